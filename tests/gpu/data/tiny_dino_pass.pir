graph "models/tiny_dino_pass.yaml"
%1 = input name="sched.lr" : f32[] @ models/dino_pass.yaml:122:3
%2 = input name="sched.wd" : f32[] @ models/dino_pass.yaml:123:3
%3 = input name="sched.momentum" : f32[] @ models/dino_pass.yaml:124:3
%4 = input name="sched.temp_t" : f32[] @ models/dino_pass.yaml:125:3
%5 = input name="crops.global" : f32[4,3,16,16] @ models/dino_pass.yaml:116:3
%6 = input name="crops.local" : f32[4,3,12,12] @ models/dino_pass.yaml:118:3
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
%163 = state name="center" init="zeros" : f32[1,1,32] @ models/dino_pass.yaml:135:3
%164 = state name="patch_center" init="zeros" : f32[1,16] @ models/dino_pass.yaml:139:3
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
%182 = div %181, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%183 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%184 = broadcast %183 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%185 = add %182, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%186 = rsqrt %185 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%187 = broadcast %186 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%188 = mul %179, %187 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%189 = broadcast %88 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%190 = mul %188, %189 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%191 = broadcast %89 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%192 = add %190, %191 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%193 = matmul %192, %90 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%194 = broadcast %91 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%195 = add %193, %194 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%196 = reshape %195 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%197 = permute %196 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%198 = slice %197 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%199 = reshape %198 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%200 = slice %197 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%201 = reshape %200 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%202 = slice %197 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%203 = reshape %202 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%204 = permute %201 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%205 = reshape %199 : f32[4,2,16,8,1] @ models/lib/nn.yaml:55:23
%206 = broadcast %205 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%207 = reshape %204 : f32[4,2,1,8,16] @ models/lib/nn.yaml:55:23
%208 = broadcast %207 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%209 = mul %206, %208 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%210 = reduce_sum %209 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%211 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%212 = broadcast %211 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%213 = mul %210, %212 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%214 = reduce_max %213 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%215 = stop_gradient %214 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%216 = broadcast %215 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%217 = sub %213, %216 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%218 = exp %217 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%219 = reduce_sum %218 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%220 = broadcast %219 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%221 = div %218, %220 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%222 = reshape %221 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%223 = broadcast %222 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%224 = reshape %203 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%225 = broadcast %224 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%226 = mul %223, %225 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%227 = reduce_sum %226 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%228 = permute %227 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%229 = reshape %228 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%230 = matmul %229, %92 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%231 = broadcast %93 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%232 = add %230, %231 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%233 = add %173, %232 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%234 = reduce_sum %233 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%235 = div %234, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%236 = broadcast %235 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%237 = sub %233, %236 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%238 = mul %237, %237 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%239 = reduce_sum %238 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%240 = div %239, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%241 = add %240, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%242 = rsqrt %241 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%243 = broadcast %242 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%244 = mul %237, %243 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%245 = broadcast %94 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%246 = mul %244, %245 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%247 = broadcast %95 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%248 = add %246, %247 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%249 = matmul %248, %96 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%250 = broadcast %97 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%251 = add %249, %250 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%252 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%253 = broadcast %252 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%254 = mul %253, %251 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%255 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%256 = broadcast %255 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%257 = mul %251, %256 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%258 = erf %257 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%259 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%260 = broadcast %259 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%261 = add %260, %258 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%262 = mul %254, %261 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%263 = matmul %262, %98 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%264 = broadcast %99 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%265 = add %263, %264 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%266 = add %233, %265 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%267 = reduce_sum %266 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%268 = div %267, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%269 = broadcast %268 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%270 = sub %266, %269 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%271 = mul %270, %270 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%272 = reduce_sum %271 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%273 = div %272, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%274 = add %273, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%275 = rsqrt %274 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%276 = broadcast %275 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%277 = mul %270, %276 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%278 = broadcast %100 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%279 = mul %277, %278 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%280 = broadcast %101 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%281 = add %279, %280 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%282 = matmul %281, %102 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%283 = broadcast %103 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%284 = add %282, %283 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%285 = reshape %284 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%286 = permute %285 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%287 = slice %286 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%288 = reshape %287 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%289 = slice %286 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%290 = reshape %289 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%291 = slice %286 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%292 = reshape %291 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%293 = permute %290 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%294 = reshape %288 : f32[4,2,16,8,1] @ models/lib/nn.yaml:55:23
%295 = broadcast %294 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%296 = reshape %293 : f32[4,2,1,8,16] @ models/lib/nn.yaml:55:23
%297 = broadcast %296 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%298 = mul %295, %297 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%299 = reduce_sum %298 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%300 = mul %299, %212 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%301 = reduce_max %300 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%302 = stop_gradient %301 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%303 = broadcast %302 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%304 = sub %300, %303 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%305 = exp %304 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%306 = reduce_sum %305 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%307 = broadcast %306 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%308 = div %305, %307 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%309 = reshape %308 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%310 = broadcast %309 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%311 = reshape %292 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%312 = broadcast %311 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%313 = mul %310, %312 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%314 = reduce_sum %313 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%315 = permute %314 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%316 = reshape %315 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%317 = matmul %316, %104 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%318 = broadcast %105 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%319 = add %317, %318 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%320 = add %266, %319 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%321 = reduce_sum %320 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%322 = div %321, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%323 = broadcast %322 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%324 = sub %320, %323 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%325 = mul %324, %324 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%326 = reduce_sum %325 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%327 = div %326, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%328 = add %327, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%329 = rsqrt %328 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%330 = broadcast %329 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%331 = mul %324, %330 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%332 = broadcast %106 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%333 = mul %331, %332 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%334 = broadcast %107 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%335 = add %333, %334 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%336 = matmul %335, %108 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%337 = broadcast %109 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%338 = add %336, %337 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%339 = mul %253, %338 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%340 = mul %338, %256 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%341 = erf %340 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%342 = add %260, %341 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%343 = mul %339, %342 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%344 = matmul %343, %110 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%345 = broadcast %111 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%346 = add %344, %345 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%347 = add %320, %346 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%348 = grid_neighbors n=4 size=3 : i32[16,8] @ models/dino_pass.yaml:61:16
%349 = neighbor_topk_gather %347, %348 k=2 : f32[4,16,2,16] @ models/dino_pass.yaml:77:16
%350 = reshape %349 : f32[64,2,16] @ models/dino_pass.yaml:87:23
%351 = broadcast %112 : f32[64,1,16] @ models/lib/vit.yaml:116:31
%352 = concat %351, %350 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%353 = reduce_sum %352 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%354 = broadcast %175 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%355 = div %353, %354 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%356 = broadcast %355 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%357 = sub %352, %356 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%358 = mul %357, %357 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%359 = reduce_sum %358 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%360 = div %359, %354 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%361 = broadcast %183 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%362 = add %360, %361 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%363 = rsqrt %362 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%364 = broadcast %363 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%365 = mul %357, %364 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%366 = broadcast %113 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%367 = mul %365, %366 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%368 = broadcast %114 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%369 = add %367, %368 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%370 = slice %369 lo=[0,0,0] hi=[64,1,16] : f32[64,1,16] @ models/lib/vit.yaml:78:33
%371 = matmul %370, %115 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%372 = broadcast %116 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%373 = add %371, %372 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%374 = reshape %373 : f32[64,1,2,8] @ models/lib/vit.yaml:78:22
%375 = permute %374 perm=[0,2,1,3] : f32[64,2,1,8] @ models/lib/vit.yaml:78:14
%376 = matmul %369, %117 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%377 = broadcast %118 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%378 = add %376, %377 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%379 = reshape %378 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%380 = permute %379 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%381 = matmul %369, %119 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%382 = broadcast %120 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%383 = add %381, %382 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%384 = reshape %383 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%385 = permute %384 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%386 = permute %380 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%387 = reshape %375 : f32[64,2,1,8,1] @ models/lib/nn.yaml:55:23
%388 = broadcast %387 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%389 = reshape %386 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%390 = broadcast %389 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%391 = mul %388, %390 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%392 = reduce_sum %391 axes=[3] keep=0 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%393 = broadcast %211 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%394 = mul %392, %393 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%395 = reduce_max %394 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%396 = stop_gradient %395 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%397 = broadcast %396 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%398 = sub %394, %397 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%399 = exp %398 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%400 = reduce_sum %399 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%401 = broadcast %400 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%402 = div %399, %401 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%403 = reshape %402 : f32[64,2,1,3,1] @ models/lib/nn.yaml:56:23
%404 = broadcast %403 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%405 = reshape %385 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%406 = broadcast %405 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%407 = mul %404, %406 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%408 = reduce_sum %407 axes=[3] keep=0 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%409 = permute %408 perm=[0,2,1,3] : f32[64,1,2,8] @ models/lib/nn.yaml:56:13
%410 = reshape %409 : f32[64,1,16] @ models/lib/nn.yaml:57:16
%411 = matmul %410, %121 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%412 = broadcast %122 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%413 = add %411, %412 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%414 = add %351, %413 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%415 = reduce_sum %414 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%416 = broadcast %175 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%417 = div %415, %416 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%418 = broadcast %417 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%419 = sub %414, %418 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%420 = mul %419, %419 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%421 = reduce_sum %420 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%422 = div %421, %416 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%423 = broadcast %183 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%424 = add %422, %423 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%425 = rsqrt %424 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%426 = broadcast %425 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%427 = mul %419, %426 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%428 = broadcast %123 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%429 = mul %427, %428 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%430 = broadcast %124 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%431 = add %429, %430 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%432 = matmul %431, %125 ta=0 tb=1 : f32[64,1,64] @ models/lib/nn.yaml:83:15
%433 = broadcast %126 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%434 = add %432, %433 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%435 = broadcast %252 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%436 = mul %435, %434 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%437 = broadcast %255 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%438 = mul %434, %437 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%439 = erf %438 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%440 = broadcast %259 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%441 = add %440, %439 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%442 = mul %436, %441 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%443 = matmul %442, %127 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%444 = broadcast %128 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%445 = add %443, %444 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%446 = add %414, %445 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%447 = concat %446, %350 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%448 = reduce_sum %447 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%449 = div %448, %354 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%450 = broadcast %449 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%451 = sub %447, %450 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%452 = mul %451, %451 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%453 = reduce_sum %452 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%454 = div %453, %354 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%455 = add %454, %361 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%456 = rsqrt %455 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%457 = broadcast %456 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%458 = mul %451, %457 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%459 = broadcast %129 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%460 = mul %458, %459 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%461 = broadcast %130 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%462 = add %460, %461 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%463 = slice %462 lo=[0,0,0] hi=[64,1,16] : f32[64,1,16] @ models/lib/vit.yaml:78:33
%464 = matmul %463, %131 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%465 = broadcast %132 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%466 = add %464, %465 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%467 = reshape %466 : f32[64,1,2,8] @ models/lib/vit.yaml:78:22
%468 = permute %467 perm=[0,2,1,3] : f32[64,2,1,8] @ models/lib/vit.yaml:78:14
%469 = matmul %462, %133 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%470 = broadcast %134 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%471 = add %469, %470 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%472 = reshape %471 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%473 = permute %472 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%474 = matmul %462, %135 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%475 = broadcast %136 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%476 = add %474, %475 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%477 = reshape %476 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%478 = permute %477 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%479 = permute %473 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%480 = reshape %468 : f32[64,2,1,8,1] @ models/lib/nn.yaml:55:23
%481 = broadcast %480 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%482 = reshape %479 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%483 = broadcast %482 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%484 = mul %481, %483 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%485 = reduce_sum %484 axes=[3] keep=0 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%486 = mul %485, %393 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%487 = reduce_max %486 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%488 = stop_gradient %487 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%489 = broadcast %488 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%490 = sub %486, %489 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%491 = exp %490 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%492 = reduce_sum %491 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%493 = broadcast %492 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%494 = div %491, %493 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%495 = reshape %494 : f32[64,2,1,3,1] @ models/lib/nn.yaml:56:23
%496 = broadcast %495 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%497 = reshape %478 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%498 = broadcast %497 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%499 = mul %496, %498 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%500 = reduce_sum %499 axes=[3] keep=0 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%501 = permute %500 perm=[0,2,1,3] : f32[64,1,2,8] @ models/lib/nn.yaml:56:13
%502 = reshape %501 : f32[64,1,16] @ models/lib/nn.yaml:57:16
%503 = matmul %502, %137 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%504 = broadcast %138 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%505 = add %503, %504 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%506 = add %446, %505 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%507 = reduce_sum %506 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%508 = div %507, %416 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%509 = broadcast %508 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%510 = sub %506, %509 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%511 = mul %510, %510 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%512 = reduce_sum %511 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%513 = div %512, %416 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%514 = add %513, %423 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%515 = rsqrt %514 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%516 = broadcast %515 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%517 = mul %510, %516 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%518 = broadcast %139 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%519 = mul %517, %518 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%520 = broadcast %140 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%521 = add %519, %520 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%522 = matmul %521, %141 ta=0 tb=1 : f32[64,1,64] @ models/lib/nn.yaml:83:15
%523 = broadcast %142 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%524 = add %522, %523 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%525 = mul %435, %524 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%526 = mul %524, %437 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%527 = erf %526 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%528 = add %440, %527 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%529 = mul %525, %528 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%530 = matmul %529, %143 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%531 = broadcast %144 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%532 = add %530, %531 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%533 = add %506, %532 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%534 = reshape %533 : f32[4,16,16] @ models/dino_pass.yaml:88:16
%535 = broadcast %112 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%536 = concat %535, %347 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%537 = reduce_sum %536 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%538 = broadcast %175 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%539 = div %537, %538 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%540 = broadcast %539 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%541 = sub %536, %540 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%542 = mul %541, %541 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%543 = reduce_sum %542 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%544 = div %543, %538 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%545 = broadcast %183 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%546 = add %544, %545 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%547 = rsqrt %546 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%548 = broadcast %547 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%549 = mul %541, %548 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%550 = broadcast %113 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%551 = mul %549, %550 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%552 = broadcast %114 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%553 = add %551, %552 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%554 = slice %553 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%555 = matmul %554, %115 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%556 = broadcast %116 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%557 = add %555, %556 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%558 = reshape %557 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%559 = permute %558 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%560 = matmul %553, %117 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%561 = broadcast %118 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%562 = add %560, %561 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%563 = reshape %562 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%564 = permute %563 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%565 = matmul %553, %119 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%566 = broadcast %120 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%567 = add %565, %566 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%568 = reshape %567 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%569 = permute %568 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%570 = permute %564 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%571 = reshape %559 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%572 = broadcast %571 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%573 = reshape %570 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%574 = broadcast %573 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%575 = mul %572, %574 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%576 = reduce_sum %575 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%577 = broadcast %211 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%578 = mul %576, %577 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%579 = reduce_max %578 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%580 = stop_gradient %579 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%581 = broadcast %580 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%582 = sub %578, %581 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%583 = exp %582 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%584 = reduce_sum %583 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%585 = broadcast %584 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%586 = div %583, %585 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%587 = reshape %586 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%588 = broadcast %587 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%589 = reshape %569 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%590 = broadcast %589 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%591 = mul %588, %590 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%592 = reduce_sum %591 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%593 = permute %592 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%594 = reshape %593 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%595 = matmul %594, %121 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%596 = broadcast %122 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%597 = add %595, %596 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%598 = add %535, %597 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%599 = reduce_sum %598 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%600 = broadcast %175 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%601 = div %599, %600 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%602 = broadcast %601 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%603 = sub %598, %602 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%604 = mul %603, %603 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%605 = reduce_sum %604 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%606 = div %605, %600 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%607 = broadcast %183 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%608 = add %606, %607 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%609 = rsqrt %608 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%610 = broadcast %609 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%611 = mul %603, %610 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%612 = broadcast %123 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%613 = mul %611, %612 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%614 = broadcast %124 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%615 = add %613, %614 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%616 = matmul %615, %125 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%617 = broadcast %126 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%618 = add %616, %617 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%619 = broadcast %252 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%620 = mul %619, %618 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%621 = broadcast %255 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%622 = mul %618, %621 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%623 = erf %622 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%624 = broadcast %259 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%625 = add %624, %623 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%626 = mul %620, %625 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%627 = matmul %626, %127 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%628 = broadcast %128 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%629 = add %627, %628 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%630 = add %598, %629 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%631 = concat %630, %347 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%632 = reduce_sum %631 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%633 = div %632, %538 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%634 = broadcast %633 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%635 = sub %631, %634 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%636 = mul %635, %635 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%637 = reduce_sum %636 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%638 = div %637, %538 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%639 = add %638, %545 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%640 = rsqrt %639 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%641 = broadcast %640 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%642 = mul %635, %641 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%643 = broadcast %129 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%644 = mul %642, %643 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%645 = broadcast %130 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%646 = add %644, %645 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%647 = slice %646 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%648 = matmul %647, %131 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%649 = broadcast %132 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%650 = add %648, %649 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%651 = reshape %650 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%652 = permute %651 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%653 = matmul %646, %133 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%654 = broadcast %134 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%655 = add %653, %654 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%656 = reshape %655 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%657 = permute %656 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%658 = matmul %646, %135 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%659 = broadcast %136 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%660 = add %658, %659 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%661 = reshape %660 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%662 = permute %661 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%663 = permute %657 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%664 = reshape %652 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%665 = broadcast %664 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%666 = reshape %663 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%667 = broadcast %666 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%668 = mul %665, %667 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%669 = reduce_sum %668 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%670 = mul %669, %577 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%671 = reduce_max %670 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%672 = stop_gradient %671 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%673 = broadcast %672 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%674 = sub %670, %673 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%675 = exp %674 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%676 = reduce_sum %675 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%677 = broadcast %676 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%678 = div %675, %677 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%679 = reshape %678 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%680 = broadcast %679 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%681 = reshape %662 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%682 = broadcast %681 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%683 = mul %680, %682 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%684 = reduce_sum %683 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%685 = permute %684 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%686 = reshape %685 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%687 = matmul %686, %137 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%688 = broadcast %138 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%689 = add %687, %688 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%690 = add %630, %689 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%691 = reduce_sum %690 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%692 = div %691, %600 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%693 = broadcast %692 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%694 = sub %690, %693 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%695 = mul %694, %694 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%696 = reduce_sum %695 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%697 = div %696, %600 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%698 = add %697, %607 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%699 = rsqrt %698 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%700 = broadcast %699 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%701 = mul %694, %700 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%702 = broadcast %139 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%703 = mul %701, %702 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%704 = broadcast %140 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%705 = add %703, %704 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%706 = matmul %705, %141 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%707 = broadcast %142 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%708 = add %706, %707 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%709 = mul %619, %708 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%710 = mul %708, %621 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%711 = erf %710 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%712 = add %624, %711 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%713 = mul %709, %712 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%714 = matmul %713, %143 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%715 = broadcast %144 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%716 = add %714, %715 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%717 = add %690, %716 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%718 = concat %717, %534 axis=1 : f32[4,17,16] @ models/dino_pass.yaml:109:30
%719 = reduce_sum %718 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%720 = div %719, %538 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%721 = broadcast %720 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%722 = sub %718, %721 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%723 = mul %722, %722 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%724 = reduce_sum %723 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%725 = div %724, %538 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%726 = add %725, %545 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%727 = rsqrt %726 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%728 = broadcast %727 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%729 = mul %722, %728 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%730 = broadcast %145 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%731 = mul %729, %730 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%732 = broadcast %146 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%733 = add %731, %732 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%734 = slice %733 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:110:28
%735 = matmul %734, %147 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%736 = broadcast %148 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%737 = add %735, %736 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%738 = broadcast %252 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%739 = mul %738, %737 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%740 = broadcast %255 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%741 = mul %737, %740 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%742 = erf %741 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%743 = broadcast %259 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%744 = add %743, %742 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%745 = mul %739, %744 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%746 = matmul %745, %149 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%747 = broadcast %150 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%748 = add %746, %747 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%749 = mul %738, %748 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%750 = mul %748, %740 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%751 = erf %750 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%752 = add %743, %751 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%753 = mul %749, %752 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%754 = matmul %753, %151 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%755 = broadcast %152 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%756 = add %754, %755 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%757 = mul %756, %756 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%758 = reduce_sum %757 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%759 = sqrt %758 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%760 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%761 = broadcast %760 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%762 = max %759, %761 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%763 = broadcast %762 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%764 = div %756, %763 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%765 = broadcast %153 : f32[32,8] @ models/lib/dino.yaml:22:22
%766 = mul %765, %154 : f32[32,8] @ models/lib/dino.yaml:22:22
%767 = mul %154, %154 : f32[32,8] @ models/lib/dino.yaml:22:53
%768 = reduce_sum %767 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%769 = sqrt %768 : f32[32,1] @ models/lib/dino.yaml:22:35
%770 = broadcast %769 : f32[32,8] @ models/lib/dino.yaml:22:33
%771 = div %766, %770 : f32[32,8] @ models/lib/dino.yaml:22:33
%772 = matmul %764, %771 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%773 = slice %733 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/dino_pass.yaml:110:46
%774 = matmul %773, %155 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%775 = broadcast %156 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%776 = add %774, %775 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%777 = broadcast %252 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%778 = mul %777, %776 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%779 = broadcast %255 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%780 = mul %776, %779 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%781 = erf %780 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%782 = broadcast %259 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%783 = add %782, %781 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%784 = mul %778, %783 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%785 = matmul %784, %157 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%786 = broadcast %158 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%787 = add %785, %786 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%788 = mul %777, %787 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%789 = mul %787, %779 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%790 = erf %789 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%791 = add %782, %790 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%792 = mul %788, %791 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%793 = matmul %792, %159 ta=0 tb=1 : f32[4,16,8] @ models/lib/nn.yaml:83:15
%794 = broadcast %160 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%795 = add %793, %794 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%796 = mul %795, %795 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%797 = reduce_sum %796 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%798 = sqrt %797 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%799 = broadcast %760 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%800 = max %798, %799 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%801 = broadcast %800 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%802 = div %795, %801 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%803 = broadcast %161 : f32[16,8] @ models/lib/dino.yaml:22:22
%804 = mul %803, %162 : f32[16,8] @ models/lib/dino.yaml:22:22
%805 = mul %162, %162 : f32[16,8] @ models/lib/dino.yaml:22:53
%806 = reduce_sum %805 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%807 = sqrt %806 : f32[16,1] @ models/lib/dino.yaml:22:35
%808 = broadcast %807 : f32[16,8] @ models/lib/dino.yaml:22:33
%809 = div %804, %808 : f32[16,8] @ models/lib/dino.yaml:22:33
%810 = matmul %802, %809 ta=0 tb=1 : f32[4,16,16] @ models/lib/dino.yaml:23:18
%811 = slice %772 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%812 = slice %772 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%813 = slice %810 lo=[0,0,0] hi=[2,16,16] : f32[2,16,16] @ models/dino_pass.yaml:131:27
%814 = slice %810 lo=[2,0,0] hi=[4,16,16] : f32[2,16,16] @ models/dino_pass.yaml:131:27
%815 = reshape %6 : f32[4,3,3,4,3,4] @ models/lib/vit.yaml:15:21
%816 = permute %815 perm=[0,2,4,1,3,5] : f32[4,3,3,3,4,4] @ models/lib/vit.yaml:15:13
%817 = reshape %816 : f32[4,9,48] @ models/lib/vit.yaml:16:13
%818 = matmul %817, %168 ta=0 tb=1 : f32[4,9,16] @ models/lib/vit.yaml:17:18
%819 = broadcast %87 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%820 = add %818, %819 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%821 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%822 = reshape %85 : f32[4,64] @ models/lib/vit.yaml:32:17
%823 = matmul %821, %822 ta=0 tb=0 : f32[3,64] @ models/lib/vit.yaml:32:15
%824 = reshape %823 : f32[3,4,16] @ models/lib/vit.yaml:33:21
%825 = permute %824 perm=[1,0,2] : f32[4,3,16] @ models/lib/vit.yaml:33:13
%826 = reshape %825 : f32[4,48] @ models/lib/vit.yaml:34:17
%827 = matmul %821, %826 ta=0 tb=0 : f32[3,48] @ models/lib/vit.yaml:34:15
%828 = reshape %827 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%829 = permute %828 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%830 = reshape %829 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%831 = broadcast %830 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%832 = add %820, %831 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%833 = reduce_sum %832 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%834 = broadcast %175 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%835 = div %833, %834 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%836 = broadcast %835 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%837 = sub %832, %836 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%838 = mul %837, %837 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%839 = reduce_sum %838 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%840 = div %839, %834 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%841 = broadcast %183 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%842 = add %840, %841 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%843 = rsqrt %842 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%844 = broadcast %843 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%845 = mul %837, %844 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%846 = broadcast %88 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%847 = mul %845, %846 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%848 = broadcast %89 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%849 = add %847, %848 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%850 = matmul %849, %90 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%851 = broadcast %91 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%852 = add %850, %851 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%853 = reshape %852 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%854 = permute %853 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%855 = slice %854 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%856 = reshape %855 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%857 = slice %854 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%858 = reshape %857 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%859 = slice %854 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%860 = reshape %859 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%861 = permute %858 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%862 = reshape %856 : f32[4,2,9,8,1] @ models/lib/nn.yaml:55:23
%863 = broadcast %862 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%864 = reshape %861 : f32[4,2,1,8,9] @ models/lib/nn.yaml:55:23
%865 = broadcast %864 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%866 = mul %863, %865 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%867 = reduce_sum %866 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%868 = broadcast %211 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%869 = mul %867, %868 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%870 = reduce_max %869 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%871 = stop_gradient %870 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%872 = broadcast %871 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%873 = sub %869, %872 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%874 = exp %873 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%875 = reduce_sum %874 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%876 = broadcast %875 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%877 = div %874, %876 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%878 = reshape %877 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%879 = broadcast %878 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%880 = reshape %860 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%881 = broadcast %880 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%882 = mul %879, %881 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%883 = reduce_sum %882 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%884 = permute %883 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%885 = reshape %884 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%886 = matmul %885, %92 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%887 = broadcast %93 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%888 = add %886, %887 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%889 = add %832, %888 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%890 = reduce_sum %889 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%891 = div %890, %834 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%892 = broadcast %891 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%893 = sub %889, %892 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%894 = mul %893, %893 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%895 = reduce_sum %894 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%896 = div %895, %834 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%897 = add %896, %841 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%898 = rsqrt %897 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%899 = broadcast %898 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%900 = mul %893, %899 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%901 = broadcast %94 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%902 = mul %900, %901 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%903 = broadcast %95 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%904 = add %902, %903 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%905 = matmul %904, %96 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%906 = broadcast %97 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%907 = add %905, %906 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%908 = broadcast %252 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%909 = mul %908, %907 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%910 = broadcast %255 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%911 = mul %907, %910 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%912 = erf %911 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%913 = broadcast %259 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%914 = add %913, %912 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%915 = mul %909, %914 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%916 = matmul %915, %98 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%917 = broadcast %99 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%918 = add %916, %917 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%919 = add %889, %918 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%920 = reduce_sum %919 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%921 = div %920, %834 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%922 = broadcast %921 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%923 = sub %919, %922 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%924 = mul %923, %923 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%925 = reduce_sum %924 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%926 = div %925, %834 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%927 = add %926, %841 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%928 = rsqrt %927 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%929 = broadcast %928 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%930 = mul %923, %929 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%931 = broadcast %100 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%932 = mul %930, %931 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%933 = broadcast %101 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%934 = add %932, %933 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%935 = matmul %934, %102 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%936 = broadcast %103 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%937 = add %935, %936 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%938 = reshape %937 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%939 = permute %938 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%940 = slice %939 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%941 = reshape %940 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%942 = slice %939 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%943 = reshape %942 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%944 = slice %939 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%945 = reshape %944 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%946 = permute %943 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%947 = reshape %941 : f32[4,2,9,8,1] @ models/lib/nn.yaml:55:23
%948 = broadcast %947 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%949 = reshape %946 : f32[4,2,1,8,9] @ models/lib/nn.yaml:55:23
%950 = broadcast %949 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%951 = mul %948, %950 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%952 = reduce_sum %951 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%953 = mul %952, %868 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%954 = reduce_max %953 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%955 = stop_gradient %954 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%956 = broadcast %955 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%957 = sub %953, %956 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%958 = exp %957 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%959 = reduce_sum %958 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%960 = broadcast %959 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%961 = div %958, %960 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%962 = reshape %961 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%963 = broadcast %962 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%964 = reshape %945 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%965 = broadcast %964 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%966 = mul %963, %965 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%967 = reduce_sum %966 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%968 = permute %967 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%969 = reshape %968 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%970 = matmul %969, %104 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%971 = broadcast %105 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%972 = add %970, %971 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%973 = add %919, %972 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%974 = reduce_sum %973 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%975 = div %974, %834 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%976 = broadcast %975 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%977 = sub %973, %976 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%978 = mul %977, %977 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%979 = reduce_sum %978 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%980 = div %979, %834 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%981 = add %980, %841 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%982 = rsqrt %981 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%983 = broadcast %982 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%984 = mul %977, %983 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%985 = broadcast %106 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%986 = mul %984, %985 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%987 = broadcast %107 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%988 = add %986, %987 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%989 = matmul %988, %108 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%990 = broadcast %109 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%991 = add %989, %990 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%992 = mul %908, %991 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%993 = mul %991, %910 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%994 = erf %993 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%995 = add %913, %994 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%996 = mul %992, %995 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%997 = matmul %996, %110 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%998 = broadcast %111 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%999 = add %997, %998 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1000 = add %973, %999 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1001 = grid_neighbors n=3 size=3 : i32[9,8] @ models/dino_pass.yaml:61:16
%1002 = neighbor_topk_gather %1000, %1001 k=2 : f32[4,9,2,16] @ models/dino_pass.yaml:77:16
%1003 = reshape %1002 : f32[36,2,16] @ models/dino_pass.yaml:87:23
%1004 = broadcast %112 : f32[36,1,16] @ models/lib/vit.yaml:116:31
%1005 = concat %1004, %1003 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1006 = reduce_sum %1005 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1007 = broadcast %175 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1008 = div %1006, %1007 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1009 = broadcast %1008 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1010 = sub %1005, %1009 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1011 = mul %1010, %1010 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1012 = reduce_sum %1011 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1013 = div %1012, %1007 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1014 = broadcast %183 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1015 = add %1013, %1014 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1016 = rsqrt %1015 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1017 = broadcast %1016 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1018 = mul %1010, %1017 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1019 = broadcast %113 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1020 = mul %1018, %1019 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1021 = broadcast %114 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1022 = add %1020, %1021 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1023 = slice %1022 lo=[0,0,0] hi=[36,1,16] : f32[36,1,16] @ models/lib/vit.yaml:78:33
%1024 = matmul %1023, %115 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1025 = broadcast %116 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1026 = add %1024, %1025 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1027 = reshape %1026 : f32[36,1,2,8] @ models/lib/vit.yaml:78:22
%1028 = permute %1027 perm=[0,2,1,3] : f32[36,2,1,8] @ models/lib/vit.yaml:78:14
%1029 = matmul %1022, %117 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1030 = broadcast %118 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1031 = add %1029, %1030 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1032 = reshape %1031 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1033 = permute %1032 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1034 = matmul %1022, %119 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1035 = broadcast %120 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1036 = add %1034, %1035 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1037 = reshape %1036 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1038 = permute %1037 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1039 = permute %1033 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1040 = reshape %1028 : f32[36,2,1,8,1] @ models/lib/nn.yaml:55:23
%1041 = broadcast %1040 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1042 = reshape %1039 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1043 = broadcast %1042 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1044 = mul %1041, %1043 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1045 = reduce_sum %1044 axes=[3] keep=0 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1046 = broadcast %211 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1047 = mul %1045, %1046 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1048 = reduce_max %1047 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1049 = stop_gradient %1048 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1050 = broadcast %1049 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1051 = sub %1047, %1050 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1052 = exp %1051 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1053 = reduce_sum %1052 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1054 = broadcast %1053 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1055 = div %1052, %1054 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1056 = reshape %1055 : f32[36,2,1,3,1] @ models/lib/nn.yaml:56:23
%1057 = broadcast %1056 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1058 = reshape %1038 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1059 = broadcast %1058 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1060 = mul %1057, %1059 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1061 = reduce_sum %1060 axes=[3] keep=0 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1062 = permute %1061 perm=[0,2,1,3] : f32[36,1,2,8] @ models/lib/nn.yaml:56:13
%1063 = reshape %1062 : f32[36,1,16] @ models/lib/nn.yaml:57:16
%1064 = matmul %1063, %121 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1065 = broadcast %122 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1066 = add %1064, %1065 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1067 = add %1004, %1066 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1068 = reduce_sum %1067 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1069 = broadcast %175 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1070 = div %1068, %1069 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1071 = broadcast %1070 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1072 = sub %1067, %1071 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1073 = mul %1072, %1072 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1074 = reduce_sum %1073 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1075 = div %1074, %1069 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1076 = broadcast %183 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1077 = add %1075, %1076 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1078 = rsqrt %1077 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1079 = broadcast %1078 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1080 = mul %1072, %1079 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1081 = broadcast %123 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1082 = mul %1080, %1081 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1083 = broadcast %124 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1084 = add %1082, %1083 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1085 = matmul %1084, %125 ta=0 tb=1 : f32[36,1,64] @ models/lib/nn.yaml:83:15
%1086 = broadcast %126 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1087 = add %1085, %1086 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1088 = broadcast %252 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1089 = mul %1088, %1087 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1090 = broadcast %255 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1091 = mul %1087, %1090 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1092 = erf %1091 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1093 = broadcast %259 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1094 = add %1093, %1092 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1095 = mul %1089, %1094 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1096 = matmul %1095, %127 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1097 = broadcast %128 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1098 = add %1096, %1097 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1099 = add %1067, %1098 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1100 = concat %1099, %1003 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1101 = reduce_sum %1100 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1102 = div %1101, %1007 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1103 = broadcast %1102 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1104 = sub %1100, %1103 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1105 = mul %1104, %1104 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1106 = reduce_sum %1105 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1107 = div %1106, %1007 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1108 = add %1107, %1014 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1109 = rsqrt %1108 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1110 = broadcast %1109 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1111 = mul %1104, %1110 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1112 = broadcast %129 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1113 = mul %1111, %1112 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1114 = broadcast %130 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1115 = add %1113, %1114 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1116 = slice %1115 lo=[0,0,0] hi=[36,1,16] : f32[36,1,16] @ models/lib/vit.yaml:78:33
%1117 = matmul %1116, %131 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1118 = broadcast %132 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1119 = add %1117, %1118 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1120 = reshape %1119 : f32[36,1,2,8] @ models/lib/vit.yaml:78:22
%1121 = permute %1120 perm=[0,2,1,3] : f32[36,2,1,8] @ models/lib/vit.yaml:78:14
%1122 = matmul %1115, %133 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1123 = broadcast %134 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1124 = add %1122, %1123 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1125 = reshape %1124 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1126 = permute %1125 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1127 = matmul %1115, %135 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1128 = broadcast %136 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1129 = add %1127, %1128 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1130 = reshape %1129 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1131 = permute %1130 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1132 = permute %1126 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1133 = reshape %1121 : f32[36,2,1,8,1] @ models/lib/nn.yaml:55:23
%1134 = broadcast %1133 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1135 = reshape %1132 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1136 = broadcast %1135 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1137 = mul %1134, %1136 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1138 = reduce_sum %1137 axes=[3] keep=0 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1139 = mul %1138, %1046 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1140 = reduce_max %1139 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1141 = stop_gradient %1140 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1142 = broadcast %1141 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1143 = sub %1139, %1142 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1144 = exp %1143 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1145 = reduce_sum %1144 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1146 = broadcast %1145 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1147 = div %1144, %1146 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1148 = reshape %1147 : f32[36,2,1,3,1] @ models/lib/nn.yaml:56:23
%1149 = broadcast %1148 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1150 = reshape %1131 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1151 = broadcast %1150 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1152 = mul %1149, %1151 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1153 = reduce_sum %1152 axes=[3] keep=0 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1154 = permute %1153 perm=[0,2,1,3] : f32[36,1,2,8] @ models/lib/nn.yaml:56:13
%1155 = reshape %1154 : f32[36,1,16] @ models/lib/nn.yaml:57:16
%1156 = matmul %1155, %137 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1157 = broadcast %138 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1158 = add %1156, %1157 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1159 = add %1099, %1158 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1160 = reduce_sum %1159 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1161 = div %1160, %1069 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1162 = broadcast %1161 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1163 = sub %1159, %1162 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1164 = mul %1163, %1163 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1165 = reduce_sum %1164 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1166 = div %1165, %1069 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1167 = add %1166, %1076 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1168 = rsqrt %1167 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1169 = broadcast %1168 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1170 = mul %1163, %1169 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1171 = broadcast %139 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1172 = mul %1170, %1171 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1173 = broadcast %140 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1174 = add %1172, %1173 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1175 = matmul %1174, %141 ta=0 tb=1 : f32[36,1,64] @ models/lib/nn.yaml:83:15
%1176 = broadcast %142 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1177 = add %1175, %1176 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1178 = mul %1088, %1177 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1179 = mul %1177, %1090 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1180 = erf %1179 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1181 = add %1093, %1180 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1182 = mul %1178, %1181 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1183 = matmul %1182, %143 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1184 = broadcast %144 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1185 = add %1183, %1184 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1186 = add %1159, %1185 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1187 = reshape %1186 : f32[4,9,16] @ models/dino_pass.yaml:88:16
%1188 = concat %535, %1000 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%1189 = reduce_sum %1188 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1190 = broadcast %175 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1191 = div %1189, %1190 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1192 = broadcast %1191 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1193 = sub %1188, %1192 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1194 = mul %1193, %1193 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1195 = reduce_sum %1194 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1196 = div %1195, %1190 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1197 = broadcast %183 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1198 = add %1196, %1197 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1199 = rsqrt %1198 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1200 = broadcast %1199 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1201 = mul %1193, %1200 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1202 = broadcast %113 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1203 = mul %1201, %1202 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1204 = broadcast %114 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1205 = add %1203, %1204 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1206 = slice %1205 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1207 = matmul %1206, %115 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1208 = add %1207, %556 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1209 = reshape %1208 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1210 = permute %1209 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1211 = matmul %1205, %117 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1212 = broadcast %118 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1213 = add %1211, %1212 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1214 = reshape %1213 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%1215 = permute %1214 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%1216 = matmul %1205, %119 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1217 = broadcast %120 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1218 = add %1216, %1217 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1219 = reshape %1218 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%1220 = permute %1219 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%1221 = permute %1215 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%1222 = reshape %1210 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%1223 = broadcast %1222 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1224 = reshape %1221 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1225 = broadcast %1224 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1226 = mul %1223, %1225 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1227 = reduce_sum %1226 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1228 = broadcast %211 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1229 = mul %1227, %1228 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1230 = reduce_max %1229 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1231 = stop_gradient %1230 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1232 = broadcast %1231 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1233 = sub %1229, %1232 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1234 = exp %1233 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1235 = reduce_sum %1234 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1236 = broadcast %1235 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1237 = div %1234, %1236 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1238 = reshape %1237 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%1239 = broadcast %1238 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1240 = reshape %1220 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1241 = broadcast %1240 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1242 = mul %1239, %1241 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1243 = reduce_sum %1242 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1244 = permute %1243 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%1245 = reshape %1244 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%1246 = matmul %1245, %121 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1247 = add %1246, %596 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1248 = add %535, %1247 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1249 = reduce_sum %1248 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1250 = div %1249, %600 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1251 = broadcast %1250 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1252 = sub %1248, %1251 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1253 = mul %1252, %1252 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1254 = reduce_sum %1253 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1255 = div %1254, %600 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1256 = add %1255, %607 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1257 = rsqrt %1256 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1258 = broadcast %1257 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1259 = mul %1252, %1258 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1260 = mul %1259, %612 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1261 = add %1260, %614 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1262 = matmul %1261, %125 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1263 = add %1262, %617 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1264 = mul %619, %1263 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1265 = mul %1263, %621 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1266 = erf %1265 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1267 = add %624, %1266 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1268 = mul %1264, %1267 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1269 = matmul %1268, %127 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1270 = add %1269, %628 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1271 = add %1248, %1270 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1272 = concat %1271, %1000 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%1273 = reduce_sum %1272 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1274 = div %1273, %1190 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1275 = broadcast %1274 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1276 = sub %1272, %1275 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1277 = mul %1276, %1276 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1278 = reduce_sum %1277 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1279 = div %1278, %1190 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1280 = add %1279, %1197 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1281 = rsqrt %1280 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1282 = broadcast %1281 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1283 = mul %1276, %1282 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1284 = broadcast %129 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1285 = mul %1283, %1284 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1286 = broadcast %130 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1287 = add %1285, %1286 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1288 = slice %1287 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1289 = matmul %1288, %131 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1290 = add %1289, %649 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1291 = reshape %1290 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1292 = permute %1291 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1293 = matmul %1287, %133 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1294 = broadcast %134 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1295 = add %1293, %1294 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1296 = reshape %1295 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%1297 = permute %1296 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%1298 = matmul %1287, %135 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1299 = broadcast %136 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1300 = add %1298, %1299 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1301 = reshape %1300 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%1302 = permute %1301 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%1303 = permute %1297 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%1304 = reshape %1292 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%1305 = broadcast %1304 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1306 = reshape %1303 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1307 = broadcast %1306 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1308 = mul %1305, %1307 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1309 = reduce_sum %1308 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1310 = mul %1309, %1228 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1311 = reduce_max %1310 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1312 = stop_gradient %1311 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1313 = broadcast %1312 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1314 = sub %1310, %1313 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1315 = exp %1314 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1316 = reduce_sum %1315 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1317 = broadcast %1316 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1318 = div %1315, %1317 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1319 = reshape %1318 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%1320 = broadcast %1319 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1321 = reshape %1302 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1322 = broadcast %1321 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1323 = mul %1320, %1322 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1324 = reduce_sum %1323 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1325 = permute %1324 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%1326 = reshape %1325 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%1327 = matmul %1326, %137 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1328 = add %1327, %688 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1329 = add %1271, %1328 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1330 = reduce_sum %1329 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1331 = div %1330, %600 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1332 = broadcast %1331 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1333 = sub %1329, %1332 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1334 = mul %1333, %1333 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1335 = reduce_sum %1334 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1336 = div %1335, %600 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1337 = add %1336, %607 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1338 = rsqrt %1337 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1339 = broadcast %1338 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1340 = mul %1333, %1339 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1341 = mul %1340, %702 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1342 = add %1341, %704 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1343 = matmul %1342, %141 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1344 = add %1343, %707 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1345 = mul %619, %1344 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1346 = mul %1344, %621 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1347 = erf %1346 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1348 = add %624, %1347 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1349 = mul %1345, %1348 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1350 = matmul %1349, %143 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1351 = add %1350, %715 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1352 = add %1329, %1351 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1353 = concat %1352, %1187 axis=1 : f32[4,10,16] @ models/dino_pass.yaml:109:30
%1354 = reduce_sum %1353 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1355 = div %1354, %1190 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1356 = broadcast %1355 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1357 = sub %1353, %1356 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1358 = mul %1357, %1357 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1359 = reduce_sum %1358 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1360 = div %1359, %1190 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1361 = add %1360, %1197 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1362 = rsqrt %1361 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1363 = broadcast %1362 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1364 = mul %1357, %1363 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1365 = broadcast %145 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1366 = mul %1364, %1365 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1367 = broadcast %146 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1368 = add %1366, %1367 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1369 = slice %1368 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:110:28
%1370 = matmul %1369, %147 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%1371 = add %1370, %736 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1372 = mul %738, %1371 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1373 = mul %1371, %740 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1374 = erf %1373 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1375 = add %743, %1374 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1376 = mul %1372, %1375 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1377 = matmul %1376, %149 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%1378 = add %1377, %747 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1379 = mul %738, %1378 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1380 = mul %1378, %740 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1381 = erf %1380 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1382 = add %743, %1381 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1383 = mul %1379, %1382 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1384 = matmul %1383, %151 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%1385 = add %1384, %755 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1386 = mul %1385, %1385 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%1387 = reduce_sum %1386 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1388 = sqrt %1387 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1389 = max %1388, %761 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1390 = broadcast %1389 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1391 = div %1385, %1390 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1392 = matmul %1391, %771 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%1393 = slice %1368 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/dino_pass.yaml:110:46
%1394 = matmul %1393, %155 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%1395 = broadcast %156 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1396 = add %1394, %1395 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1397 = broadcast %252 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1398 = mul %1397, %1396 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1399 = broadcast %255 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1400 = mul %1396, %1399 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1401 = erf %1400 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%1402 = broadcast %259 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1403 = add %1402, %1401 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1404 = mul %1398, %1403 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%1405 = matmul %1404, %157 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%1406 = broadcast %158 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1407 = add %1405, %1406 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1408 = mul %1397, %1407 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1409 = mul %1407, %1399 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1410 = erf %1409 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%1411 = add %1402, %1410 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1412 = mul %1408, %1411 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%1413 = matmul %1412, %159 ta=0 tb=1 : f32[4,9,8] @ models/lib/nn.yaml:83:15
%1414 = broadcast %160 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%1415 = add %1413, %1414 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%1416 = mul %1415, %1415 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%1417 = reduce_sum %1416 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%1418 = sqrt %1417 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%1419 = broadcast %760 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1420 = max %1418, %1419 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1421 = broadcast %1420 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%1422 = div %1415, %1421 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%1423 = matmul %1422, %809 ta=0 tb=1 : f32[4,9,16] @ models/lib/dino.yaml:23:18
%1424 = slice %1392 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1425 = slice %1392 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1426 = slice %1423 lo=[0,0,0] hi=[2,9,16] : f32[2,9,16] @ models/dino_pass.yaml:131:27
%1427 = slice %1423 lo=[2,0,0] hi=[4,9,16] : f32[2,9,16] @ models/dino_pass.yaml:131:27
%1428 = reshape %8 : f32[16,48] @ models/lib/vit.yaml:17:20
%1429 = matmul %167, %1428 ta=0 tb=1 : f32[4,16,16] @ models/lib/vit.yaml:17:18
%1430 = broadcast %9 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%1431 = add %1429, %1430 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%1432 = broadcast %7 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%1433 = add %1431, %1432 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%1434 = reduce_sum %1433 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1435 = div %1434, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1436 = broadcast %1435 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1437 = sub %1433, %1436 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1438 = mul %1437, %1437 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%1439 = reduce_sum %1438 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1440 = div %1439, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1441 = add %1440, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1442 = rsqrt %1441 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1443 = broadcast %1442 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1444 = mul %1437, %1443 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1445 = broadcast %10 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1446 = mul %1444, %1445 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1447 = broadcast %11 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1448 = add %1446, %1447 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1449 = matmul %1448, %12 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%1450 = broadcast %13 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%1451 = add %1449, %1450 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%1452 = reshape %1451 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%1453 = permute %1452 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%1454 = slice %1453 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%1455 = reshape %1454 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%1456 = slice %1453 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%1457 = reshape %1456 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%1458 = slice %1453 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%1459 = reshape %1458 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%1460 = permute %1457 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%1461 = reshape %1455 : f32[4,2,16,8,1] @ models/lib/nn.yaml:55:23
%1462 = broadcast %1461 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%1463 = reshape %1460 : f32[4,2,1,8,16] @ models/lib/nn.yaml:55:23
%1464 = broadcast %1463 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%1465 = mul %1462, %1464 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%1466 = reduce_sum %1465 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1467 = mul %1466, %212 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1468 = reduce_max %1467 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%1469 = stop_gradient %1468 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%1470 = broadcast %1469 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1471 = sub %1467, %1470 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1472 = exp %1471 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1473 = reduce_sum %1472 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%1474 = broadcast %1473 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1475 = div %1472, %1474 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1476 = reshape %1475 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%1477 = broadcast %1476 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%1478 = reshape %1459 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%1479 = broadcast %1478 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%1480 = mul %1477, %1479 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%1481 = reduce_sum %1480 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%1482 = permute %1481 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%1483 = reshape %1482 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%1484 = matmul %1483, %14 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%1485 = broadcast %15 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1486 = add %1484, %1485 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1487 = add %1433, %1486 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%1488 = reduce_sum %1487 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1489 = div %1488, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1490 = broadcast %1489 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1491 = sub %1487, %1490 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1492 = mul %1491, %1491 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%1493 = reduce_sum %1492 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1494 = div %1493, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1495 = add %1494, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1496 = rsqrt %1495 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1497 = broadcast %1496 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1498 = mul %1491, %1497 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1499 = broadcast %16 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1500 = mul %1498, %1499 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1501 = broadcast %17 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1502 = add %1500, %1501 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1503 = matmul %1502, %18 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%1504 = broadcast %19 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1505 = add %1503, %1504 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1506 = mul %253, %1505 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%1507 = mul %1505, %256 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%1508 = erf %1507 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%1509 = add %260, %1508 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%1510 = mul %1506, %1509 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%1511 = matmul %1510, %20 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%1512 = broadcast %21 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1513 = add %1511, %1512 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1514 = add %1487, %1513 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%1515 = reduce_sum %1514 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1516 = div %1515, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1517 = broadcast %1516 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1518 = sub %1514, %1517 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1519 = mul %1518, %1518 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%1520 = reduce_sum %1519 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1521 = div %1520, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1522 = add %1521, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1523 = rsqrt %1522 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1524 = broadcast %1523 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1525 = mul %1518, %1524 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1526 = broadcast %22 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1527 = mul %1525, %1526 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1528 = broadcast %23 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1529 = add %1527, %1528 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1530 = matmul %1529, %24 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%1531 = broadcast %25 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%1532 = add %1530, %1531 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%1533 = reshape %1532 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%1534 = permute %1533 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%1535 = slice %1534 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%1536 = reshape %1535 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%1537 = slice %1534 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%1538 = reshape %1537 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%1539 = slice %1534 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%1540 = reshape %1539 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%1541 = permute %1538 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%1542 = reshape %1536 : f32[4,2,16,8,1] @ models/lib/nn.yaml:55:23
%1543 = broadcast %1542 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%1544 = reshape %1541 : f32[4,2,1,8,16] @ models/lib/nn.yaml:55:23
%1545 = broadcast %1544 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%1546 = mul %1543, %1545 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%1547 = reduce_sum %1546 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1548 = mul %1547, %212 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1549 = reduce_max %1548 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%1550 = stop_gradient %1549 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%1551 = broadcast %1550 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1552 = sub %1548, %1551 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1553 = exp %1552 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1554 = reduce_sum %1553 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%1555 = broadcast %1554 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1556 = div %1553, %1555 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1557 = reshape %1556 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%1558 = broadcast %1557 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%1559 = reshape %1540 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%1560 = broadcast %1559 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%1561 = mul %1558, %1560 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%1562 = reduce_sum %1561 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%1563 = permute %1562 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%1564 = reshape %1563 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%1565 = matmul %1564, %26 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%1566 = broadcast %27 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1567 = add %1565, %1566 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1568 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%1569 = broadcast %1568 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%1570 = div %1567, %1569 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%1571 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%1572 = rand_uniform %1571 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%1573 = broadcast %1568 : f32[4] @ models/lib/nn.yaml:44:35
%1574 = add %1573, %1572 : f32[4] @ models/lib/nn.yaml:44:35
%1575 = floor %1574 : f32[4] @ models/lib/nn.yaml:44:24
%1576 = reshape %1575 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1577 = broadcast %1576 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%1578 = mul %1570, %1577 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%1579 = add %1514, %1578 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%1580 = reduce_sum %1579 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1581 = div %1580, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1582 = broadcast %1581 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1583 = sub %1579, %1582 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1584 = mul %1583, %1583 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%1585 = reduce_sum %1584 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1586 = div %1585, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1587 = add %1586, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1588 = rsqrt %1587 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1589 = broadcast %1588 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1590 = mul %1583, %1589 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1591 = broadcast %28 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1592 = mul %1590, %1591 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1593 = broadcast %29 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1594 = add %1592, %1593 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1595 = matmul %1594, %30 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%1596 = broadcast %31 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1597 = add %1595, %1596 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1598 = mul %253, %1597 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%1599 = mul %1597, %256 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%1600 = erf %1599 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%1601 = add %260, %1600 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%1602 = mul %1598, %1601 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%1603 = matmul %1602, %32 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%1604 = broadcast %33 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1605 = add %1603, %1604 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1606 = div %1605, %1569 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%1607 = rand_uniform %1571 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%1608 = add %1573, %1607 : f32[4] @ models/lib/nn.yaml:44:35
%1609 = floor %1608 : f32[4] @ models/lib/nn.yaml:44:24
%1610 = reshape %1609 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1611 = broadcast %1610 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%1612 = mul %1606, %1611 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%1613 = add %1579, %1612 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%1614 = broadcast %34 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%1615 = concat %1614, %1613 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%1616 = reduce_sum %1615 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1617 = div %1616, %538 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1618 = broadcast %1617 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1619 = sub %1615, %1618 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1620 = mul %1619, %1619 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1621 = reduce_sum %1620 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1622 = div %1621, %538 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1623 = add %1622, %545 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1624 = rsqrt %1623 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1625 = broadcast %1624 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1626 = mul %1619, %1625 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1627 = broadcast %35 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1628 = mul %1626, %1627 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1629 = broadcast %36 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1630 = add %1628, %1629 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1631 = slice %1630 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1632 = matmul %1631, %37 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1633 = broadcast %38 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1634 = add %1632, %1633 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1635 = reshape %1634 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1636 = permute %1635 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1637 = matmul %1630, %39 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1638 = broadcast %40 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1639 = add %1637, %1638 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1640 = reshape %1639 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1641 = permute %1640 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%1642 = matmul %1630, %41 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1643 = broadcast %42 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1644 = add %1642, %1643 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1645 = reshape %1644 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%1646 = permute %1645 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%1647 = permute %1641 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1648 = reshape %1636 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%1649 = broadcast %1648 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%1650 = reshape %1647 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%1651 = broadcast %1650 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%1652 = mul %1649, %1651 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%1653 = reduce_sum %1652 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1654 = mul %1653, %577 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1655 = reduce_max %1654 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1656 = stop_gradient %1655 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1657 = broadcast %1656 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1658 = sub %1654, %1657 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1659 = exp %1658 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1660 = reduce_sum %1659 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1661 = broadcast %1660 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1662 = div %1659, %1661 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1663 = reshape %1662 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%1664 = broadcast %1663 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1665 = reshape %1646 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1666 = broadcast %1665 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1667 = mul %1664, %1666 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1668 = reduce_sum %1667 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1669 = permute %1668 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%1670 = reshape %1669 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%1671 = matmul %1670, %43 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1672 = broadcast %44 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1673 = add %1671, %1672 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1674 = add %1614, %1673 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1675 = reduce_sum %1674 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1676 = div %1675, %600 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1677 = broadcast %1676 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1678 = sub %1674, %1677 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1679 = mul %1678, %1678 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1680 = reduce_sum %1679 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1681 = div %1680, %600 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1682 = add %1681, %607 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1683 = rsqrt %1682 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1684 = broadcast %1683 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1685 = mul %1678, %1684 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1686 = broadcast %45 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1687 = mul %1685, %1686 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1688 = broadcast %46 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1689 = add %1687, %1688 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1690 = matmul %1689, %47 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1691 = broadcast %48 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1692 = add %1690, %1691 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1693 = mul %619, %1692 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1694 = mul %1692, %621 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1695 = erf %1694 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1696 = add %624, %1695 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1697 = mul %1693, %1696 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1698 = matmul %1697, %49 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1699 = broadcast %50 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1700 = add %1698, %1699 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1701 = add %1674, %1700 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1702 = concat %1701, %1613 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%1703 = reduce_sum %1702 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1704 = div %1703, %538 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1705 = broadcast %1704 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1706 = sub %1702, %1705 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1707 = mul %1706, %1706 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1708 = reduce_sum %1707 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1709 = div %1708, %538 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1710 = add %1709, %545 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1711 = rsqrt %1710 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1712 = broadcast %1711 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1713 = mul %1706, %1712 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1714 = broadcast %51 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1715 = mul %1713, %1714 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1716 = broadcast %52 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1717 = add %1715, %1716 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1718 = slice %1717 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1719 = matmul %1718, %53 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1720 = broadcast %54 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1721 = add %1719, %1720 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1722 = reshape %1721 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1723 = permute %1722 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1724 = matmul %1717, %55 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1725 = broadcast %56 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1726 = add %1724, %1725 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1727 = reshape %1726 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1728 = permute %1727 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%1729 = matmul %1717, %57 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1730 = broadcast %58 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1731 = add %1729, %1730 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1732 = reshape %1731 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%1733 = permute %1732 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%1734 = permute %1728 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1735 = reshape %1723 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%1736 = broadcast %1735 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%1737 = reshape %1734 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%1738 = broadcast %1737 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%1739 = mul %1736, %1738 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%1740 = reduce_sum %1739 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1741 = mul %1740, %577 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1742 = reduce_max %1741 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1743 = stop_gradient %1742 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1744 = broadcast %1743 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1745 = sub %1741, %1744 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1746 = exp %1745 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1747 = reduce_sum %1746 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1748 = broadcast %1747 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1749 = div %1746, %1748 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1750 = reshape %1749 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%1751 = broadcast %1750 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1752 = reshape %1733 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1753 = broadcast %1752 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1754 = mul %1751, %1753 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1755 = reduce_sum %1754 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1756 = permute %1755 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%1757 = reshape %1756 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%1758 = matmul %1757, %59 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1759 = broadcast %60 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1760 = add %1758, %1759 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1761 = add %1701, %1760 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1762 = reduce_sum %1761 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1763 = div %1762, %600 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1764 = broadcast %1763 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1765 = sub %1761, %1764 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1766 = mul %1765, %1765 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1767 = reduce_sum %1766 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1768 = div %1767, %600 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1769 = add %1768, %607 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1770 = rsqrt %1769 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1771 = broadcast %1770 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1772 = mul %1765, %1771 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1773 = broadcast %61 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1774 = mul %1772, %1773 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1775 = broadcast %62 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1776 = add %1774, %1775 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1777 = matmul %1776, %63 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1778 = broadcast %64 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1779 = add %1777, %1778 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1780 = mul %619, %1779 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1781 = mul %1779, %621 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1782 = erf %1781 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1783 = add %624, %1782 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1784 = mul %1780, %1783 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1785 = matmul %1784, %65 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1786 = broadcast %66 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1787 = add %1785, %1786 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1788 = add %1761, %1787 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1789 = concat %1788, %1613 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:111:21
%1790 = reduce_sum %1789 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1791 = div %1790, %538 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1792 = broadcast %1791 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1793 = sub %1789, %1792 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1794 = mul %1793, %1793 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1795 = reduce_sum %1794 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1796 = div %1795, %538 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1797 = add %1796, %545 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1798 = rsqrt %1797 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1799 = broadcast %1798 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1800 = mul %1793, %1799 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1801 = broadcast %67 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1802 = mul %1800, %1801 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1803 = broadcast %68 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1804 = add %1802, %1803 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1805 = slice %1804 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:103:28
%1806 = matmul %1805, %69 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%1807 = broadcast %70 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1808 = add %1806, %1807 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1809 = mul %738, %1808 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1810 = mul %1808, %740 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1811 = erf %1810 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1812 = add %743, %1811 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1813 = mul %1809, %1812 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1814 = matmul %1813, %71 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%1815 = broadcast %72 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1816 = add %1814, %1815 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1817 = mul %738, %1816 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1818 = mul %1816, %740 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1819 = erf %1818 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1820 = add %743, %1819 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1821 = mul %1817, %1820 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1822 = matmul %1821, %73 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%1823 = broadcast %74 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1824 = add %1822, %1823 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1825 = mul %1824, %1824 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%1826 = reduce_sum %1825 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1827 = sqrt %1826 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1828 = max %1827, %761 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1829 = broadcast %1828 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1830 = div %1824, %1829 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1831 = broadcast %75 : f32[32,8] @ models/lib/dino.yaml:22:22
%1832 = mul %1831, %76 : f32[32,8] @ models/lib/dino.yaml:22:22
%1833 = mul %76, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%1834 = reduce_sum %1833 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%1835 = sqrt %1834 : f32[32,1] @ models/lib/dino.yaml:22:35
%1836 = broadcast %1835 : f32[32,8] @ models/lib/dino.yaml:22:33
%1837 = div %1832, %1836 : f32[32,8] @ models/lib/dino.yaml:22:33
%1838 = matmul %1830, %1837 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%1839 = slice %1804 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/dino_pass.yaml:103:46
%1840 = matmul %1839, %77 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%1841 = broadcast %78 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1842 = add %1840, %1841 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1843 = mul %777, %1842 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1844 = mul %1842, %779 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1845 = erf %1844 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%1846 = add %782, %1845 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1847 = mul %1843, %1846 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%1848 = matmul %1847, %79 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%1849 = broadcast %80 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1850 = add %1848, %1849 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1851 = mul %777, %1850 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1852 = mul %1850, %779 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1853 = erf %1852 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%1854 = add %782, %1853 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1855 = mul %1851, %1854 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%1856 = matmul %1855, %81 ta=0 tb=1 : f32[4,16,8] @ models/lib/nn.yaml:83:15
%1857 = broadcast %82 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1858 = add %1856, %1857 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1859 = mul %1858, %1858 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%1860 = reduce_sum %1859 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%1861 = sqrt %1860 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%1862 = max %1861, %799 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%1863 = broadcast %1862 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%1864 = div %1858, %1863 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%1865 = broadcast %83 : f32[16,8] @ models/lib/dino.yaml:22:22
%1866 = mul %1865, %84 : f32[16,8] @ models/lib/dino.yaml:22:22
%1867 = mul %84, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%1868 = reduce_sum %1867 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%1869 = sqrt %1868 : f32[16,1] @ models/lib/dino.yaml:22:35
%1870 = broadcast %1869 : f32[16,8] @ models/lib/dino.yaml:22:33
%1871 = div %1866, %1870 : f32[16,8] @ models/lib/dino.yaml:22:33
%1872 = matmul %1864, %1871 ta=0 tb=1 : f32[4,16,16] @ models/lib/dino.yaml:23:18
%1873 = slice %1838 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%1874 = slice %1838 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%1875 = slice %1872 lo=[0,0,0] hi=[2,16,16] : f32[2,16,16] @ models/dino_pass.yaml:132:27
%1876 = slice %1872 lo=[2,0,0] hi=[4,16,16] : f32[2,16,16] @ models/dino_pass.yaml:132:27
%1877 = matmul %817, %1428 ta=0 tb=1 : f32[4,9,16] @ models/lib/vit.yaml:17:18
%1878 = broadcast %9 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1879 = add %1877, %1878 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1880 = reshape %7 : f32[4,64] @ models/lib/vit.yaml:32:17
%1881 = matmul %821, %1880 ta=0 tb=0 : f32[3,64] @ models/lib/vit.yaml:32:15
%1882 = reshape %1881 : f32[3,4,16] @ models/lib/vit.yaml:33:21
%1883 = permute %1882 perm=[1,0,2] : f32[4,3,16] @ models/lib/vit.yaml:33:13
%1884 = reshape %1883 : f32[4,48] @ models/lib/vit.yaml:34:17
%1885 = matmul %821, %1884 ta=0 tb=0 : f32[3,48] @ models/lib/vit.yaml:34:15
%1886 = reshape %1885 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%1887 = permute %1886 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%1888 = reshape %1887 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%1889 = broadcast %1888 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%1890 = add %1879, %1889 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%1891 = reduce_sum %1890 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1892 = div %1891, %834 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1893 = broadcast %1892 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1894 = sub %1890, %1893 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1895 = mul %1894, %1894 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1896 = reduce_sum %1895 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1897 = div %1896, %834 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1898 = add %1897, %841 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1899 = rsqrt %1898 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1900 = broadcast %1899 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1901 = mul %1894, %1900 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1902 = broadcast %10 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1903 = mul %1901, %1902 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1904 = broadcast %11 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1905 = add %1903, %1904 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1906 = matmul %1905, %12 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%1907 = broadcast %13 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1908 = add %1906, %1907 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1909 = reshape %1908 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1910 = permute %1909 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1911 = slice %1910 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1912 = reshape %1911 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%1913 = slice %1910 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1914 = reshape %1913 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%1915 = slice %1910 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1916 = reshape %1915 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%1917 = permute %1914 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%1918 = reshape %1912 : f32[4,2,9,8,1] @ models/lib/nn.yaml:55:23
%1919 = broadcast %1918 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%1920 = reshape %1917 : f32[4,2,1,8,9] @ models/lib/nn.yaml:55:23
%1921 = broadcast %1920 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%1922 = mul %1919, %1921 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%1923 = reduce_sum %1922 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1924 = mul %1923, %868 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1925 = reduce_max %1924 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1926 = stop_gradient %1925 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1927 = broadcast %1926 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1928 = sub %1924, %1927 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1929 = exp %1928 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1930 = reduce_sum %1929 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1931 = broadcast %1930 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1932 = div %1929, %1931 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1933 = reshape %1932 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1934 = broadcast %1933 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1935 = reshape %1916 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%1936 = broadcast %1935 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1937 = mul %1934, %1936 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1938 = reduce_sum %1937 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1939 = permute %1938 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%1940 = reshape %1939 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%1941 = matmul %1940, %14 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%1942 = broadcast %15 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1943 = add %1941, %1942 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1944 = add %1890, %1943 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1945 = reduce_sum %1944 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1946 = div %1945, %834 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1947 = broadcast %1946 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1948 = sub %1944, %1947 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1949 = mul %1948, %1948 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1950 = reduce_sum %1949 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1951 = div %1950, %834 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1952 = add %1951, %841 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1953 = rsqrt %1952 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1954 = broadcast %1953 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1955 = mul %1948, %1954 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1956 = broadcast %16 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1957 = mul %1955, %1956 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1958 = broadcast %17 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1959 = add %1957, %1958 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1960 = matmul %1959, %18 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%1961 = broadcast %19 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1962 = add %1960, %1961 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1963 = mul %908, %1962 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1964 = mul %1962, %910 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1965 = erf %1964 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1966 = add %913, %1965 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1967 = mul %1963, %1966 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1968 = matmul %1967, %20 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%1969 = broadcast %21 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1970 = add %1968, %1969 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1971 = add %1944, %1970 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1972 = reduce_sum %1971 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1973 = div %1972, %834 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1974 = broadcast %1973 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1975 = sub %1971, %1974 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1976 = mul %1975, %1975 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1977 = reduce_sum %1976 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1978 = div %1977, %834 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1979 = add %1978, %841 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1980 = rsqrt %1979 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1981 = broadcast %1980 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1982 = mul %1975, %1981 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1983 = broadcast %22 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1984 = mul %1982, %1983 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1985 = broadcast %23 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1986 = add %1984, %1985 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1987 = matmul %1986, %24 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%1988 = broadcast %25 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1989 = add %1987, %1988 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1990 = reshape %1989 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1991 = permute %1990 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1992 = slice %1991 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1993 = reshape %1992 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%1994 = slice %1991 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1995 = reshape %1994 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%1996 = slice %1991 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1997 = reshape %1996 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%1998 = permute %1995 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%1999 = reshape %1993 : f32[4,2,9,8,1] @ models/lib/nn.yaml:55:23
%2000 = broadcast %1999 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%2001 = reshape %1998 : f32[4,2,1,8,9] @ models/lib/nn.yaml:55:23
%2002 = broadcast %2001 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%2003 = mul %2000, %2002 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%2004 = reduce_sum %2003 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2005 = mul %2004, %868 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2006 = reduce_max %2005 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%2007 = stop_gradient %2006 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%2008 = broadcast %2007 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2009 = sub %2005, %2008 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2010 = exp %2009 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%2011 = reduce_sum %2010 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%2012 = broadcast %2011 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2013 = div %2010, %2012 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2014 = reshape %2013 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%2015 = broadcast %2014 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2016 = reshape %1997 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%2017 = broadcast %2016 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2018 = mul %2015, %2017 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2019 = reduce_sum %2018 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%2020 = permute %2019 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%2021 = reshape %2020 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%2022 = matmul %2021, %26 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%2023 = broadcast %27 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2024 = add %2022, %2023 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2025 = broadcast %1568 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%2026 = div %2024, %2025 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%2027 = rand_uniform %1571 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%2028 = add %1573, %2027 : f32[4] @ models/lib/nn.yaml:44:35
%2029 = floor %2028 : f32[4] @ models/lib/nn.yaml:44:24
%2030 = reshape %2029 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2031 = broadcast %2030 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2032 = mul %2026, %2031 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2033 = add %1971, %2032 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%2034 = reduce_sum %2033 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2035 = div %2034, %834 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2036 = broadcast %2035 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2037 = sub %2033, %2036 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2038 = mul %2037, %2037 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2039 = reduce_sum %2038 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2040 = div %2039, %834 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2041 = add %2040, %841 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2042 = rsqrt %2041 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2043 = broadcast %2042 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2044 = mul %2037, %2043 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2045 = broadcast %28 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2046 = mul %2044, %2045 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2047 = broadcast %29 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2048 = add %2046, %2047 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2049 = matmul %2048, %30 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%2050 = broadcast %31 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2051 = add %2049, %2050 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2052 = mul %908, %2051 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%2053 = mul %2051, %910 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%2054 = erf %2053 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%2055 = add %913, %2054 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%2056 = mul %2052, %2055 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%2057 = matmul %2056, %32 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%2058 = broadcast %33 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2059 = add %2057, %2058 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2060 = div %2059, %2025 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%2061 = rand_uniform %1571 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%2062 = add %1573, %2061 : f32[4] @ models/lib/nn.yaml:44:35
%2063 = floor %2062 : f32[4] @ models/lib/nn.yaml:44:24
%2064 = reshape %2063 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2065 = broadcast %2064 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2066 = mul %2060, %2065 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2067 = add %2033, %2066 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%2068 = concat %1614, %2067 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%2069 = reduce_sum %2068 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2070 = div %2069, %1190 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2071 = broadcast %2070 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2072 = sub %2068, %2071 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2073 = mul %2072, %2072 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2074 = reduce_sum %2073 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2075 = div %2074, %1190 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2076 = add %2075, %1197 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2077 = rsqrt %2076 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2078 = broadcast %2077 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2079 = mul %2072, %2078 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2080 = broadcast %35 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2081 = mul %2079, %2080 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2082 = broadcast %36 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2083 = add %2081, %2082 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2084 = slice %2083 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2085 = matmul %2084, %37 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2086 = add %2085, %1633 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2087 = reshape %2086 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2088 = permute %2087 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2089 = matmul %2083, %39 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2090 = broadcast %40 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2091 = add %2089, %2090 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2092 = reshape %2091 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2093 = permute %2092 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2094 = matmul %2083, %41 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2095 = broadcast %42 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2096 = add %2094, %2095 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2097 = reshape %2096 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%2098 = permute %2097 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%2099 = permute %2093 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2100 = reshape %2088 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%2101 = broadcast %2100 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%2102 = reshape %2099 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%2103 = broadcast %2102 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%2104 = mul %2101, %2103 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%2105 = reduce_sum %2104 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2106 = mul %2105, %1228 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2107 = reduce_max %2106 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2108 = stop_gradient %2107 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2109 = broadcast %2108 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2110 = sub %2106, %2109 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2111 = exp %2110 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2112 = reduce_sum %2111 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2113 = broadcast %2112 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2114 = div %2111, %2113 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2115 = reshape %2114 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%2116 = broadcast %2115 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2117 = reshape %2098 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2118 = broadcast %2117 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2119 = mul %2116, %2118 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2120 = reduce_sum %2119 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2121 = permute %2120 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%2122 = reshape %2121 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%2123 = matmul %2122, %43 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2124 = add %2123, %1672 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2125 = add %1614, %2124 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2126 = reduce_sum %2125 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2127 = div %2126, %600 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2128 = broadcast %2127 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2129 = sub %2125, %2128 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2130 = mul %2129, %2129 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2131 = reduce_sum %2130 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2132 = div %2131, %600 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2133 = add %2132, %607 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2134 = rsqrt %2133 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2135 = broadcast %2134 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2136 = mul %2129, %2135 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2137 = mul %2136, %1686 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2138 = add %2137, %1688 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2139 = matmul %2138, %47 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2140 = add %2139, %1691 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2141 = mul %619, %2140 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2142 = mul %2140, %621 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2143 = erf %2142 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2144 = add %624, %2143 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2145 = mul %2141, %2144 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2146 = matmul %2145, %49 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2147 = add %2146, %1699 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2148 = add %2125, %2147 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2149 = concat %2148, %2067 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%2150 = reduce_sum %2149 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2151 = div %2150, %1190 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2152 = broadcast %2151 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2153 = sub %2149, %2152 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2154 = mul %2153, %2153 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2155 = reduce_sum %2154 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2156 = div %2155, %1190 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2157 = add %2156, %1197 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2158 = rsqrt %2157 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2159 = broadcast %2158 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2160 = mul %2153, %2159 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2161 = broadcast %51 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2162 = mul %2160, %2161 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2163 = broadcast %52 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2164 = add %2162, %2163 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2165 = slice %2164 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2166 = matmul %2165, %53 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2167 = add %2166, %1720 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2168 = reshape %2167 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2169 = permute %2168 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2170 = matmul %2164, %55 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2171 = broadcast %56 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2172 = add %2170, %2171 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2173 = reshape %2172 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2174 = permute %2173 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2175 = matmul %2164, %57 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2176 = broadcast %58 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2177 = add %2175, %2176 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2178 = reshape %2177 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%2179 = permute %2178 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%2180 = permute %2174 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2181 = reshape %2169 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%2182 = broadcast %2181 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%2183 = reshape %2180 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%2184 = broadcast %2183 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%2185 = mul %2182, %2184 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%2186 = reduce_sum %2185 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2187 = mul %2186, %1228 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2188 = reduce_max %2187 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2189 = stop_gradient %2188 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2190 = broadcast %2189 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2191 = sub %2187, %2190 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2192 = exp %2191 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2193 = reduce_sum %2192 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2194 = broadcast %2193 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2195 = div %2192, %2194 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2196 = reshape %2195 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%2197 = broadcast %2196 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2198 = reshape %2179 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2199 = broadcast %2198 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2200 = mul %2197, %2199 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2201 = reduce_sum %2200 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2202 = permute %2201 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%2203 = reshape %2202 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%2204 = matmul %2203, %59 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2205 = add %2204, %1759 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2206 = add %2148, %2205 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2207 = reduce_sum %2206 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2208 = div %2207, %600 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2209 = broadcast %2208 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2210 = sub %2206, %2209 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2211 = mul %2210, %2210 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2212 = reduce_sum %2211 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2213 = div %2212, %600 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2214 = add %2213, %607 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2215 = rsqrt %2214 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2216 = broadcast %2215 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2217 = mul %2210, %2216 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2218 = mul %2217, %1773 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2219 = add %2218, %1775 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2220 = matmul %2219, %63 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2221 = add %2220, %1778 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2222 = mul %619, %2221 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2223 = mul %2221, %621 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2224 = erf %2223 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2225 = add %624, %2224 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2226 = mul %2222, %2225 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2227 = matmul %2226, %65 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2228 = add %2227, %1786 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2229 = add %2206, %2228 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2230 = concat %2229, %2067 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:111:21
%2231 = reduce_sum %2230 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2232 = div %2231, %1190 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2233 = broadcast %2232 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2234 = sub %2230, %2233 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2235 = mul %2234, %2234 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2236 = reduce_sum %2235 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2237 = div %2236, %1190 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2238 = add %2237, %1197 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2239 = rsqrt %2238 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2240 = broadcast %2239 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2241 = mul %2234, %2240 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2242 = broadcast %67 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2243 = mul %2241, %2242 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2244 = broadcast %68 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2245 = add %2243, %2244 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2246 = slice %2245 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:103:28
%2247 = matmul %2246, %69 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2248 = add %2247, %1807 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2249 = mul %738, %2248 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2250 = mul %2248, %740 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2251 = erf %2250 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2252 = add %743, %2251 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2253 = mul %2249, %2252 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2254 = matmul %2253, %71 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2255 = add %2254, %1815 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2256 = mul %738, %2255 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2257 = mul %2255, %740 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2258 = erf %2257 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2259 = add %743, %2258 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2260 = mul %2256, %2259 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2261 = matmul %2260, %73 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%2262 = add %2261, %1823 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2263 = mul %2262, %2262 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2264 = reduce_sum %2263 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%2265 = sqrt %2264 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2266 = max %2265, %761 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2267 = broadcast %2266 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2268 = div %2262, %2267 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2269 = matmul %2268, %1837 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%2270 = slice %2245 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/dino_pass.yaml:103:46
%2271 = matmul %2270, %77 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%2272 = broadcast %78 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2273 = add %2271, %2272 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2274 = mul %1397, %2273 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2275 = mul %2273, %1399 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2276 = erf %2275 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2277 = add %1402, %2276 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2278 = mul %2274, %2277 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2279 = matmul %2278, %79 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%2280 = broadcast %80 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2281 = add %2279, %2280 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2282 = mul %1397, %2281 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2283 = mul %2281, %1399 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2284 = erf %2283 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2285 = add %1402, %2284 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2286 = mul %2282, %2285 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2287 = matmul %2286, %81 ta=0 tb=1 : f32[4,9,8] @ models/lib/nn.yaml:83:15
%2288 = broadcast %82 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2289 = add %2287, %2288 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2290 = mul %2289, %2289 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%2291 = reduce_sum %2290 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%2292 = sqrt %2291 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2293 = max %2292, %1419 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2294 = broadcast %2293 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2295 = div %2289, %2294 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2296 = matmul %2295, %1871 ta=0 tb=1 : f32[4,9,16] @ models/lib/dino.yaml:23:18
%2297 = slice %2269 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%2298 = slice %2269 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%2299 = slice %2296 lo=[0,0,0] hi=[2,9,16] : f32[2,9,16] @ models/dino_pass.yaml:132:27
%2300 = slice %2296 lo=[2,0,0] hi=[4,9,16] : f32[2,9,16] @ models/dino_pass.yaml:132:27
%2301 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2302 = sub %811, %2301 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2303 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2304 = div %2302, %2303 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2305 = reduce_max %2304 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2306 = stop_gradient %2305 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2307 = broadcast %2306 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2308 = sub %2304, %2307 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2309 = exp %2308 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%2310 = reduce_sum %2309 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2311 = broadcast %2310 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2312 = div %2309, %2311 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2313 = stop_gradient %2312 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%2314 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2315 = broadcast %2314 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2316 = div %1874, %2315 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2317 = reduce_max %2316 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2318 = stop_gradient %2317 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2319 = broadcast %2318 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2320 = sub %2316, %2319 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2321 = exp %2320 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2322 = reduce_sum %2321 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2323 = log %2322 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2324 = broadcast %2323 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2325 = sub %2320, %2324 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2326 = mul %2313, %2325 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2327 = reduce_sum %2326 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2328 = neg %2327 : f32[2,1] @ models/lib/dino.yaml:39:21
%2329 = reduce_sum %2328 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2330 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%2331 = div %2329, %2330 : f32[] @ models/lib/dino.yaml:39:16
%2332 = div %2297, %2315 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2333 = reduce_max %2332 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2334 = stop_gradient %2333 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2335 = broadcast %2334 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2336 = sub %2332, %2335 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2337 = exp %2336 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2338 = reduce_sum %2337 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2339 = log %2338 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2340 = broadcast %2339 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2341 = sub %2336, %2340 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2342 = mul %2313, %2341 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2343 = reduce_sum %2342 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2344 = neg %2343 : f32[2,1] @ models/lib/dino.yaml:39:21
%2345 = reduce_sum %2344 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2346 = div %2345, %2330 : f32[] @ models/lib/dino.yaml:39:16
%2347 = add %2331, %2346 : f32[] @ models/dino_pass.yaml:148:11
%2348 = div %2298, %2315 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2349 = reduce_max %2348 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2350 = stop_gradient %2349 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2351 = broadcast %2350 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2352 = sub %2348, %2351 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2353 = exp %2352 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2354 = reduce_sum %2353 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2355 = log %2354 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2356 = broadcast %2355 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2357 = sub %2352, %2356 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2358 = mul %2313, %2357 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2359 = reduce_sum %2358 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2360 = neg %2359 : f32[2,1] @ models/lib/dino.yaml:39:21
%2361 = reduce_sum %2360 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2362 = div %2361, %2330 : f32[] @ models/lib/dino.yaml:39:16
%2363 = add %2347, %2362 : f32[] @ models/dino_pass.yaml:148:11
%2364 = sub %812, %2301 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2365 = div %2364, %2303 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2366 = reduce_max %2365 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2367 = stop_gradient %2366 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2368 = broadcast %2367 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2369 = sub %2365, %2368 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2370 = exp %2369 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%2371 = reduce_sum %2370 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2372 = broadcast %2371 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2373 = div %2370, %2372 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2374 = stop_gradient %2373 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%2375 = div %1873, %2315 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2376 = reduce_max %2375 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2377 = stop_gradient %2376 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2378 = broadcast %2377 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2379 = sub %2375, %2378 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2380 = exp %2379 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2381 = reduce_sum %2380 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2382 = log %2381 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2383 = broadcast %2382 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2384 = sub %2379, %2383 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2385 = mul %2374, %2384 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2386 = reduce_sum %2385 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2387 = neg %2386 : f32[2,1] @ models/lib/dino.yaml:39:21
%2388 = reduce_sum %2387 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2389 = div %2388, %2330 : f32[] @ models/lib/dino.yaml:39:16
%2390 = add %2363, %2389 : f32[] @ models/dino_pass.yaml:148:11
%2391 = mul %2374, %2341 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2392 = reduce_sum %2391 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2393 = neg %2392 : f32[2,1] @ models/lib/dino.yaml:39:21
%2394 = reduce_sum %2393 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2395 = div %2394, %2330 : f32[] @ models/lib/dino.yaml:39:16
%2396 = add %2390, %2395 : f32[] @ models/dino_pass.yaml:148:11
%2397 = mul %2374, %2357 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2398 = reduce_sum %2397 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2399 = neg %2398 : f32[2,1] @ models/lib/dino.yaml:39:21
%2400 = reduce_sum %2399 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2401 = div %2400, %2330 : f32[] @ models/lib/dino.yaml:39:16
%2402 = add %2396, %2401 : f32[] @ models/dino_pass.yaml:148:11
%2403 = const data=[6] : f32[] @ models/dino_pass.yaml:145:3
%2404 = div %2402, %2403 : f32[] @ models/dino_pass.yaml:145:3
%2405 = output %2404 name="loss.cls" : f32[] @ models/dino_pass.yaml:145:3
%2406 = broadcast %164 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%2407 = sub %813, %2406 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%2408 = broadcast %4 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%2409 = div %2407, %2408 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%2410 = reduce_max %2409 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%2411 = stop_gradient %2410 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%2412 = broadcast %2411 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%2413 = sub %2409, %2412 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%2414 = exp %2413 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%2415 = reduce_sum %2414 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%2416 = broadcast %2415 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%2417 = div %2414, %2416 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%2418 = stop_gradient %2417 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%2419 = broadcast %2314 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%2420 = div %1875, %2419 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%2421 = reduce_max %2420 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%2422 = stop_gradient %2421 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%2423 = broadcast %2422 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%2424 = sub %2420, %2423 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%2425 = exp %2424 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%2426 = reduce_sum %2425 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%2427 = log %2426 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%2428 = broadcast %2427 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%2429 = sub %2424, %2428 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%2430 = mul %2418, %2429 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%2431 = reduce_sum %2430 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%2432 = neg %2431 : f32[2,16] @ models/lib/dino.yaml:39:21
%2433 = reduce_sum %2432 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2434 = const data=[32] : f32[] @ models/lib/dino.yaml:39:16
%2435 = div %2433, %2434 : f32[] @ models/lib/dino.yaml:39:16
%2436 = sub %814, %2406 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%2437 = div %2436, %2408 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%2438 = reduce_max %2437 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%2439 = stop_gradient %2438 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%2440 = broadcast %2439 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%2441 = sub %2437, %2440 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%2442 = exp %2441 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%2443 = reduce_sum %2442 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%2444 = broadcast %2443 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%2445 = div %2442, %2444 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%2446 = stop_gradient %2445 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%2447 = div %1876, %2419 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%2448 = reduce_max %2447 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%2449 = stop_gradient %2448 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%2450 = broadcast %2449 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%2451 = sub %2447, %2450 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%2452 = exp %2451 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%2453 = reduce_sum %2452 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%2454 = log %2453 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%2455 = broadcast %2454 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%2456 = sub %2451, %2455 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%2457 = mul %2446, %2456 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%2458 = reduce_sum %2457 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%2459 = neg %2458 : f32[2,16] @ models/lib/dino.yaml:39:21
%2460 = reduce_sum %2459 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2461 = div %2460, %2434 : f32[] @ models/lib/dino.yaml:39:16
%2462 = add %2435, %2461 : f32[] @ models/dino_pass.yaml:152:11
%2463 = broadcast %164 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%2464 = sub %1426, %2463 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%2465 = broadcast %4 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%2466 = div %2464, %2465 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%2467 = reduce_max %2466 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%2468 = stop_gradient %2467 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%2469 = broadcast %2468 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%2470 = sub %2466, %2469 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%2471 = exp %2470 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%2472 = reduce_sum %2471 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%2473 = broadcast %2472 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%2474 = div %2471, %2473 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%2475 = stop_gradient %2474 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%2476 = broadcast %2314 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%2477 = div %2299, %2476 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%2478 = reduce_max %2477 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%2479 = stop_gradient %2478 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%2480 = broadcast %2479 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%2481 = sub %2477, %2480 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%2482 = exp %2481 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%2483 = reduce_sum %2482 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%2484 = log %2483 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%2485 = broadcast %2484 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%2486 = sub %2481, %2485 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%2487 = mul %2475, %2486 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%2488 = reduce_sum %2487 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%2489 = neg %2488 : f32[2,9] @ models/lib/dino.yaml:39:21
%2490 = reduce_sum %2489 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2491 = const data=[18] : f32[] @ models/lib/dino.yaml:39:16
%2492 = div %2490, %2491 : f32[] @ models/lib/dino.yaml:39:16
%2493 = add %2462, %2492 : f32[] @ models/dino_pass.yaml:152:11
%2494 = sub %1427, %2463 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%2495 = div %2494, %2465 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%2496 = reduce_max %2495 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%2497 = stop_gradient %2496 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%2498 = broadcast %2497 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%2499 = sub %2495, %2498 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%2500 = exp %2499 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%2501 = reduce_sum %2500 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%2502 = broadcast %2501 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%2503 = div %2500, %2502 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%2504 = stop_gradient %2503 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%2505 = div %2300, %2476 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%2506 = reduce_max %2505 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%2507 = stop_gradient %2506 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%2508 = broadcast %2507 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%2509 = sub %2505, %2508 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%2510 = exp %2509 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%2511 = reduce_sum %2510 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%2512 = log %2511 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%2513 = broadcast %2512 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%2514 = sub %2509, %2513 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%2515 = mul %2504, %2514 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%2516 = reduce_sum %2515 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%2517 = neg %2516 : f32[2,9] @ models/lib/dino.yaml:39:21
%2518 = reduce_sum %2517 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2519 = div %2518, %2491 : f32[] @ models/lib/dino.yaml:39:16
%2520 = add %2493, %2519 : f32[] @ models/dino_pass.yaml:152:11
%2521 = const data=[4] : f32[] @ models/dino_pass.yaml:149:3
%2522 = div %2520, %2521 : f32[] @ models/dino_pass.yaml:149:3
%2523 = output %2522 name="loss.patch" : f32[] @ models/dino_pass.yaml:149:3
%2524 = mul %2522, %2314 : f32[] @ models/dino_pass.yaml:149:3
%2525 = add %2404, %2524 : f32[] @ models/dino_pass.yaml:149:3
%2526 = output %2525 name="loss" : f32[] @ models/dino_pass.yaml:145:3
%2527 = broadcast %1568 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%2528 = mul %163, %2527 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%2529 = concat %811, %812, %1424, %1425 axis=0 : f32[8,1,32] @ models/dino_pass.yaml:138:75
%2530 = reduce_sum %2529 axes=[0] keep=1 : f32[1,1,32] @ models/lib/nn.yaml:73:26
%2531 = all_reduce_sum %2530 : f32[1,1,32] @ models/lib/nn.yaml:73:16
%2532 = const data=[8] : f32[] @ models/lib/nn.yaml:73:65
%2533 = broadcast %2532 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%2534 = div %2531, %2533 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%2535 = broadcast %2314 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%2536 = mul %2535, %2534 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%2537 = add %2528, %2536 : f32[1,1,32] @ models/dino_pass.yaml:138:38
%2538 = assign %163, %2537 : f32[1,1,32] @ models/dino_pass.yaml:138:13
%2539 = broadcast %1568 : f32[1,16] @ models/dino_pass.yaml:142:26
%2540 = mul %164, %2539 : f32[1,16] @ models/dino_pass.yaml:142:26
%2541 = reshape %813 : f32[32,16] @ models/dino_pass.yaml:142:81
%2542 = reshape %814 : f32[32,16] @ models/dino_pass.yaml:142:81
%2543 = reshape %1426 : f32[18,16] @ models/dino_pass.yaml:142:81
%2544 = reshape %1427 : f32[18,16] @ models/dino_pass.yaml:142:81
%2545 = concat %2541, %2542, %2543, %2544 axis=0 : f32[100,16] @ models/dino_pass.yaml:142:81
%2546 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,100] @ models/lib/nn.yaml:73:26
%2547 = reshape %2545 : f32[100,16] @ models/lib/nn.yaml:73:26
%2548 = matmul %2546, %2547 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%2549 = reshape %2548 : f32[1,16] @ models/lib/nn.yaml:73:26
%2550 = all_reduce_sum %2549 : f32[1,16] @ models/lib/nn.yaml:73:16
%2551 = const data=[1e+02] : f32[] @ models/lib/nn.yaml:73:65
%2552 = broadcast %2551 : f32[1,16] @ models/lib/nn.yaml:73:52
%2553 = div %2550, %2552 : f32[1,16] @ models/lib/nn.yaml:73:52
%2554 = broadcast %2314 : f32[1,16] @ models/dino_pass.yaml:142:68
%2555 = mul %2554, %2553 : f32[1,16] @ models/dino_pass.yaml:142:68
%2556 = add %2540, %2555 : f32[1,16] @ models/dino_pass.yaml:142:44
%2557 = assign %164, %2556 : f32[1,16] @ models/dino_pass.yaml:142:13
%2558 = cast %1 : f64[] @ models/dino_pass.yaml:122:3
%2559 = cast %2 : f64[] @ models/dino_pass.yaml:123:3
%2560 = cast %3 : f64[] @ models/dino_pass.yaml:124:3
%2561 = const data=[-0.0013888889] : f32[] @ models/lib/dino.yaml:39:21
%2562 = broadcast %2561 : f32[2,9] @ models/lib/dino.yaml:39:21
%2563 = reshape %2562 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%2564 = broadcast %2563 : f32[2,9,16] @ models/lib/dino.yaml:39:22
%2565 = mul %2564, %2504 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%2566 = neg %2565 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%2567 = reduce_sum %2566 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%2568 = div %2567, %2511 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%2569 = broadcast %2568 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%2570 = mul %2569, %2510 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%2571 = add %2565, %2570 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%2572 = div %2571, %2476 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%2573 = mul %2564, %2475 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%2574 = neg %2573 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%2575 = reduce_sum %2574 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%2576 = div %2575, %2483 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%2577 = broadcast %2576 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%2578 = mul %2577, %2482 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%2579 = add %2573, %2578 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%2580 = div %2579, %2476 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%2581 = const data=[-0.00078125] : f32[] @ models/lib/dino.yaml:39:21
%2582 = broadcast %2581 : f32[2,16] @ models/lib/dino.yaml:39:21
%2583 = reshape %2582 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%2584 = broadcast %2583 : f32[2,16,16] @ models/lib/dino.yaml:39:22
%2585 = mul %2584, %2446 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%2586 = neg %2585 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%2587 = reduce_sum %2586 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%2588 = div %2587, %2453 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%2589 = broadcast %2588 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%2590 = mul %2589, %2452 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%2591 = add %2585, %2590 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%2592 = div %2591, %2419 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%2593 = mul %2584, %2418 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%2594 = neg %2593 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%2595 = reduce_sum %2594 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%2596 = div %2595, %2426 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%2597 = broadcast %2596 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%2598 = mul %2597, %2425 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%2599 = add %2593, %2598 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%2600 = div %2599, %2419 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%2601 = const data=[-0.083333336] : f32[] @ models/lib/dino.yaml:39:21
%2602 = broadcast %2601 : f32[2,1] @ models/lib/dino.yaml:39:21
%2603 = reshape %2602 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%2604 = broadcast %2603 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%2605 = mul %2604, %2374 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2606 = neg %2605 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2607 = reduce_sum %2606 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%2608 = div %2607, %2354 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2609 = broadcast %2608 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%2610 = mul %2609, %2353 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2611 = add %2605, %2610 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2612 = div %2611, %2315 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2613 = div %2607, %2338 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2614 = broadcast %2613 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%2615 = mul %2614, %2337 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2616 = add %2605, %2615 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2617 = div %2616, %2315 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2618 = div %2607, %2381 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2619 = broadcast %2618 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%2620 = mul %2619, %2380 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2621 = add %2605, %2620 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2622 = div %2621, %2315 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2623 = mul %2604, %2313 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2624 = neg %2623 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2625 = reduce_sum %2624 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%2626 = div %2625, %2354 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2627 = broadcast %2626 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%2628 = mul %2627, %2353 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2629 = add %2623, %2628 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2630 = div %2629, %2315 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2631 = add %2612, %2630 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2632 = div %2625, %2338 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2633 = broadcast %2632 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%2634 = mul %2633, %2337 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2635 = add %2623, %2634 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2636 = div %2635, %2315 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2637 = add %2617, %2636 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2638 = div %2625, %2322 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2639 = broadcast %2638 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%2640 = mul %2639, %2321 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2641 = add %2623, %2640 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2642 = div %2641, %2315 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2643 = pad %2572 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%2644 = pad %2580 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%2645 = add %2643, %2644 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%2646 = pad %2631 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%2647 = pad %2637 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%2648 = add %2646, %2647 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%2649 = matmul %2645, %1871 ta=0 tb=0 : f32[4,9,8] @ models/lib/dino.yaml:23:18
%2650 = reshape %2295 : f32[36,8] @ models/lib/dino.yaml:23:18
%2651 = reshape %2645 : f32[36,16] @ models/lib/dino.yaml:23:18
%2652 = matmul %2651, %2650 ta=1 tb=0 : f32[16,8] @ models/lib/dino.yaml:23:18
%2653 = div %2652, %1870 : f32[16,8] @ models/lib/dino.yaml:22:33
%2654 = mul %2653, %1871 : f32[16,8] @ models/lib/dino.yaml:22:33
%2655 = neg %2654 : f32[16,8] @ models/lib/dino.yaml:22:33
%2656 = reduce_sum %2655 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%2657 = broadcast %252 : f32[16,1] @ models/lib/dino.yaml:22:35
%2658 = mul %2656, %2657 : f32[16,1] @ models/lib/dino.yaml:22:35
%2659 = div %2658, %1869 : f32[16,1] @ models/lib/dino.yaml:22:35
%2660 = broadcast %2659 : f32[16,8] @ models/lib/dino.yaml:22:40
%2661 = mul %2660, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%2662 = add %2661, %2661 : f32[16,8] @ models/lib/dino.yaml:22:53
%2663 = mul %2653, %1865 : f32[16,8] @ models/lib/dino.yaml:22:22
%2664 = add %2662, %2663 : f32[16,8] @ models/lib/dino.yaml:22:22
%2665 = div %2649, %2294 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2666 = mul %2665, %2295 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2667 = neg %2666 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2668 = reduce_sum %2667 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:18
%2669 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%2670 = broadcast %2669 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2671 = broadcast %252 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2672 = mul %2668, %2671 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2673 = eq %2292, %1419 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%2674 = select %2673, %2672, %2670 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2675 = gt %2292, %1419 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%2676 = select %2675, %2668, %2674 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2677 = mul %2676, %2671 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2678 = div %2677, %2292 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2679 = broadcast %2678 : f32[4,9,8] @ models/lib/nn.yaml:33:29
%2680 = mul %2679, %2289 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%2681 = add %2665, %2680 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%2682 = add %2681, %2680 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%2683 = reduce_sum %2682 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%2684 = reshape %2683 : f32[8] @ models/lib/nn.yaml:84:18
%2685 = matmul %2682, %81 ta=0 tb=0 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%2686 = reshape %2286 : f32[36,24] @ models/lib/nn.yaml:83:15
%2687 = reshape %2682 : f32[36,8] @ models/lib/nn.yaml:83:15
%2688 = matmul %2687, %2686 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%2689 = mul %2685, %2285 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2690 = mul %2685, %2282 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2691 = mul %2283, %2283 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2692 = neg %2691 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2693 = exp %2692 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2694 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%2695 = broadcast %2694 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2696 = mul %2693, %2695 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2697 = mul %2690, %2696 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2698 = mul %2697, %1399 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2699 = mul %2689, %1397 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2700 = add %2698, %2699 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2701 = reduce_sum %2700 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%2702 = reshape %2701 : f32[24] @ models/lib/nn.yaml:84:18
%2703 = matmul %2700, %79 ta=0 tb=0 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%2704 = reshape %2278 : f32[36,24] @ models/lib/nn.yaml:83:15
%2705 = reshape %2700 : f32[36,24] @ models/lib/nn.yaml:83:15
%2706 = matmul %2705, %2704 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%2707 = mul %2703, %2277 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2708 = mul %2703, %2274 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2709 = mul %2275, %2275 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2710 = neg %2709 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2711 = exp %2710 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2712 = mul %2711, %2695 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2713 = mul %2708, %2712 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2714 = mul %2713, %1399 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2715 = mul %2707, %1397 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2716 = add %2714, %2715 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2717 = reduce_sum %2716 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%2718 = reshape %2717 : f32[24] @ models/lib/nn.yaml:84:18
%2719 = matmul %2716, %77 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%2720 = reshape %2270 : f32[36,16] @ models/lib/nn.yaml:83:15
%2721 = reshape %2716 : f32[36,24] @ models/lib/nn.yaml:83:15
%2722 = matmul %2721, %2720 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%2723 = pad %2719 lo=[0,1,0] hi=[0,0,0] value=0 : f32[4,10,16] @ models/dino_pass.yaml:103:46
%2724 = matmul %2648, %1837 ta=0 tb=0 : f32[4,1,8] @ models/lib/dino.yaml:23:18
%2725 = reshape %2268 : f32[4,8] @ models/lib/dino.yaml:23:18
%2726 = reshape %2648 : f32[4,32] @ models/lib/dino.yaml:23:18
%2727 = matmul %2726, %2725 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%2728 = div %2727, %1836 : f32[32,8] @ models/lib/dino.yaml:22:33
%2729 = mul %2728, %1837 : f32[32,8] @ models/lib/dino.yaml:22:33
%2730 = neg %2729 : f32[32,8] @ models/lib/dino.yaml:22:33
%2731 = reduce_sum %2730 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%2732 = broadcast %252 : f32[32,1] @ models/lib/dino.yaml:22:35
%2733 = mul %2731, %2732 : f32[32,1] @ models/lib/dino.yaml:22:35
%2734 = div %2733, %1835 : f32[32,1] @ models/lib/dino.yaml:22:35
%2735 = broadcast %2734 : f32[32,8] @ models/lib/dino.yaml:22:40
%2736 = mul %2735, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%2737 = add %2736, %2736 : f32[32,8] @ models/lib/dino.yaml:22:53
%2738 = mul %2728, %1831 : f32[32,8] @ models/lib/dino.yaml:22:22
%2739 = add %2737, %2738 : f32[32,8] @ models/lib/dino.yaml:22:22
%2740 = div %2724, %2267 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2741 = mul %2740, %2268 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2742 = neg %2741 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2743 = reduce_sum %2742 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%2744 = broadcast %2669 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2745 = broadcast %252 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2746 = mul %2743, %2745 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2747 = eq %2265, %761 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%2748 = select %2747, %2746, %2744 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2749 = gt %2265, %761 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%2750 = select %2749, %2743, %2748 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2751 = mul %2750, %2745 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2752 = div %2751, %2265 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2753 = broadcast %2752 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%2754 = mul %2753, %2262 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2755 = add %2740, %2754 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2756 = add %2755, %2754 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2757 = reduce_sum %2756 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%2758 = reshape %2757 : f32[8] @ models/lib/nn.yaml:84:18
%2759 = matmul %2756, %73 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2760 = reshape %2260 : f32[4,24] @ models/lib/nn.yaml:83:15
%2761 = reshape %2756 : f32[4,8] @ models/lib/nn.yaml:83:15
%2762 = matmul %2761, %2760 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%2763 = mul %2759, %2259 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2764 = mul %2759, %2256 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2765 = mul %2257, %2257 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2766 = neg %2765 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2767 = exp %2766 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2768 = broadcast %2694 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2769 = mul %2767, %2768 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2770 = mul %2764, %2769 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2771 = mul %2770, %740 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2772 = mul %2763, %738 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2773 = add %2771, %2772 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2774 = reduce_sum %2773 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%2775 = reshape %2774 : f32[24] @ models/lib/nn.yaml:84:18
%2776 = matmul %2773, %71 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2777 = reshape %2253 : f32[4,24] @ models/lib/nn.yaml:83:15
%2778 = reshape %2773 : f32[4,24] @ models/lib/nn.yaml:83:15
%2779 = matmul %2778, %2777 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%2780 = mul %2776, %2252 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2781 = mul %2776, %2249 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2782 = mul %2250, %2250 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2783 = neg %2782 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2784 = exp %2783 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2785 = mul %2784, %2768 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2786 = mul %2781, %2785 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2787 = mul %2786, %740 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2788 = mul %2780, %738 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2789 = add %2787, %2788 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2790 = reduce_sum %2789 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%2791 = reshape %2790 : f32[24] @ models/lib/nn.yaml:84:18
%2792 = matmul %2789, %69 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2793 = reshape %2246 : f32[4,16] @ models/lib/nn.yaml:83:15
%2794 = reshape %2789 : f32[4,24] @ models/lib/nn.yaml:83:15
%2795 = matmul %2794, %2793 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%2796 = pad %2792 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%2797 = add %2723, %2796 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%2798 = reduce_sum %2797 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2799 = reshape %2798 : f32[16] @ models/lib/nn.yaml:96:46
%2800 = mul %2797, %2242 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2801 = mul %2797, %2241 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2802 = reduce_sum %2801 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2803 = reshape %2802 : f32[16] @ models/lib/nn.yaml:96:37
%2804 = mul %2800, %2240 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2805 = mul %2800, %2234 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2806 = reduce_sum %2805 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%2807 = mul %2239, %2239 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2808 = mul %2239, %2807 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2809 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2810 = broadcast %2809 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2811 = mul %2808, %2810 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2812 = mul %2806, %2811 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2813 = div %2812, %1190 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2814 = broadcast %2813 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%2815 = mul %2814, %2234 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2816 = add %2804, %2815 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2817 = add %2816, %2815 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2818 = neg %2817 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2819 = reduce_sum %2818 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%2820 = div %2819, %1190 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2821 = broadcast %2820 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%2822 = add %2817, %2821 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%2823 = slice %2822 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%2824 = slice %2822 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:111:21
%2825 = reduce_sum %2823 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2826 = reshape %2825 : f32[16] @ models/lib/nn.yaml:84:18
%2827 = matmul %2823, %65 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2828 = reshape %2226 : f32[4,64] @ models/lib/nn.yaml:83:15
%2829 = reshape %2823 : f32[4,16] @ models/lib/nn.yaml:83:15
%2830 = matmul %2829, %2828 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2831 = mul %2827, %2225 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2832 = mul %2827, %2222 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2833 = mul %2223, %2223 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2834 = neg %2833 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2835 = exp %2834 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2836 = broadcast %2694 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2837 = mul %2835, %2836 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2838 = mul %2832, %2837 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2839 = mul %2838, %621 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2840 = mul %2831, %619 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2841 = add %2839, %2840 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2842 = reduce_sum %2841 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2843 = reshape %2842 : f32[64] @ models/lib/nn.yaml:84:18
%2844 = matmul %2841, %63 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2845 = reshape %2219 : f32[4,16] @ models/lib/nn.yaml:83:15
%2846 = reshape %2841 : f32[4,64] @ models/lib/nn.yaml:83:15
%2847 = matmul %2846, %2845 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2848 = reduce_sum %2844 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2849 = reshape %2848 : f32[16] @ models/lib/nn.yaml:96:46
%2850 = mul %2844, %1773 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2851 = mul %2844, %2217 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2852 = reduce_sum %2851 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2853 = reshape %2852 : f32[16] @ models/lib/nn.yaml:96:37
%2854 = mul %2850, %2216 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2855 = mul %2850, %2210 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2856 = reduce_sum %2855 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%2857 = mul %2215, %2215 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2858 = mul %2215, %2857 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2859 = broadcast %2809 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2860 = mul %2858, %2859 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2861 = mul %2856, %2860 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2862 = div %2861, %600 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2863 = broadcast %2862 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%2864 = mul %2863, %2210 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2865 = add %2854, %2864 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2866 = add %2865, %2864 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2867 = add %2823, %2866 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2868 = neg %2866 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2869 = reduce_sum %2868 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%2870 = div %2869, %600 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2871 = broadcast %2870 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%2872 = add %2867, %2871 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%2873 = reduce_sum %2872 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2874 = reshape %2873 : f32[16] @ models/lib/nn.yaml:84:18
%2875 = matmul %2872, %59 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2876 = reshape %2202 : f32[4,16] @ models/lib/nn.yaml:83:15
%2877 = reshape %2872 : f32[4,16] @ models/lib/nn.yaml:83:15
%2878 = matmul %2877, %2876 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2879 = reshape %2875 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%2880 = permute %2879 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%2881 = permute %2179 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%2882 = reshape %2880 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%2883 = broadcast %2882 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%2884 = reshape %2881 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%2885 = broadcast %2884 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%2886 = mul %2883, %2885 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%2887 = reduce_sum %2886 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%2888 = permute %2195 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%2889 = reshape %2888 : f32[4,2,10,1,1] @ models/lib/nn.yaml:56:23
%2890 = broadcast %2889 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%2891 = reshape %2880 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%2892 = broadcast %2891 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%2893 = mul %2890, %2892 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%2894 = reshape %2893 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%2895 = div %2887, %2194 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2896 = mul %2895, %2195 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2897 = neg %2896 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2898 = reduce_sum %2897 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%2899 = broadcast %2898 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%2900 = add %2895, %2899 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%2901 = mul %2900, %2192 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2902 = mul %2901, %1228 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2903 = reshape %2902 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%2904 = broadcast %2903 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%2905 = reshape %2174 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%2906 = broadcast %2905 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%2907 = mul %2904, %2906 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%2908 = reduce_sum %2907 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2909 = permute %2902 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%2910 = reshape %2909 : f32[4,2,10,1,1] @ models/lib/nn.yaml:55:23
%2911 = broadcast %2910 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%2912 = reshape %2169 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%2913 = broadcast %2912 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%2914 = mul %2911, %2913 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%2915 = reshape %2914 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%2916 = permute %2894 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%2917 = reshape %2916 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%2918 = reduce_sum %2917 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2919 = reshape %2918 : f32[16] @ models/lib/nn.yaml:84:18
%2920 = matmul %2917, %57 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2921 = reshape %2164 : f32[40,16] @ models/lib/nn.yaml:83:15
%2922 = reshape %2916 : f32[40,16] @ models/lib/nn.yaml:83:15
%2923 = matmul %2922, %2921 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2924 = permute %2915 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%2925 = reshape %2924 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%2926 = reduce_sum %2925 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2927 = reshape %2926 : f32[16] @ models/lib/nn.yaml:84:18
%2928 = matmul %2925, %55 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2929 = add %2920, %2928 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2930 = reshape %2924 : f32[40,16] @ models/lib/nn.yaml:83:15
%2931 = matmul %2930, %2921 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2932 = permute %2908 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%2933 = reshape %2932 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%2934 = reduce_sum %2933 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2935 = reshape %2934 : f32[16] @ models/lib/nn.yaml:84:18
%2936 = matmul %2933, %53 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2937 = reshape %2165 : f32[4,16] @ models/lib/nn.yaml:83:15
%2938 = reshape %2932 : f32[4,16] @ models/lib/nn.yaml:83:15
%2939 = matmul %2938, %2937 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2940 = pad %2936 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%2941 = add %2929, %2940 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%2942 = reduce_sum %2941 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2943 = reshape %2942 : f32[16] @ models/lib/nn.yaml:96:46
%2944 = mul %2941, %2161 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2945 = mul %2941, %2160 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2946 = reduce_sum %2945 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2947 = reshape %2946 : f32[16] @ models/lib/nn.yaml:96:37
%2948 = mul %2944, %2159 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2949 = mul %2944, %2153 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2950 = reduce_sum %2949 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%2951 = mul %2158, %2158 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2952 = mul %2158, %2951 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2953 = mul %2952, %2810 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2954 = mul %2950, %2953 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2955 = div %2954, %1190 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2956 = broadcast %2955 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%2957 = mul %2956, %2153 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2958 = add %2948, %2957 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2959 = add %2958, %2957 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2960 = neg %2959 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2961 = reduce_sum %2960 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%2962 = div %2961, %1190 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2963 = broadcast %2962 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%2964 = add %2959, %2963 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%2965 = slice %2964 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%2966 = add %2872, %2965 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%2967 = slice %2964 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%2968 = add %2824, %2967 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%2969 = reduce_sum %2966 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2970 = reshape %2969 : f32[16] @ models/lib/nn.yaml:84:18
%2971 = matmul %2966, %49 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2972 = reshape %2145 : f32[4,64] @ models/lib/nn.yaml:83:15
%2973 = reshape %2966 : f32[4,16] @ models/lib/nn.yaml:83:15
%2974 = matmul %2973, %2972 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2975 = mul %2971, %2144 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2976 = mul %2971, %2141 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2977 = mul %2142, %2142 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2978 = neg %2977 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2979 = exp %2978 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2980 = mul %2979, %2836 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2981 = mul %2976, %2980 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2982 = mul %2981, %621 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2983 = mul %2975, %619 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2984 = add %2982, %2983 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2985 = reduce_sum %2984 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2986 = reshape %2985 : f32[64] @ models/lib/nn.yaml:84:18
%2987 = matmul %2984, %47 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2988 = reshape %2138 : f32[4,16] @ models/lib/nn.yaml:83:15
%2989 = reshape %2984 : f32[4,64] @ models/lib/nn.yaml:83:15
%2990 = matmul %2989, %2988 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2991 = reduce_sum %2987 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2992 = reshape %2991 : f32[16] @ models/lib/nn.yaml:96:46
%2993 = mul %2987, %1686 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2994 = mul %2987, %2136 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2995 = reduce_sum %2994 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2996 = reshape %2995 : f32[16] @ models/lib/nn.yaml:96:37
%2997 = mul %2993, %2135 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2998 = mul %2993, %2129 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2999 = reduce_sum %2998 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3000 = mul %2134, %2134 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3001 = mul %2134, %3000 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3002 = mul %3001, %2859 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3003 = mul %2999, %3002 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3004 = div %3003, %600 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3005 = broadcast %3004 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%3006 = mul %3005, %2129 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3007 = add %2997, %3006 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3008 = add %3007, %3006 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3009 = add %2966, %3008 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3010 = neg %3008 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3011 = reduce_sum %3010 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3012 = div %3011, %600 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3013 = broadcast %3012 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3014 = add %3009, %3013 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3015 = reduce_sum %3014 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3016 = reshape %3015 : f32[16] @ models/lib/nn.yaml:84:18
%3017 = matmul %3014, %43 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3018 = reshape %2121 : f32[4,16] @ models/lib/nn.yaml:83:15
%3019 = reshape %3014 : f32[4,16] @ models/lib/nn.yaml:83:15
%3020 = matmul %3019, %3018 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3021 = reshape %3017 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%3022 = permute %3021 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%3023 = permute %2098 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%3024 = reshape %3022 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%3025 = broadcast %3024 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3026 = reshape %3023 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3027 = broadcast %3026 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3028 = mul %3025, %3027 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3029 = reduce_sum %3028 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3030 = permute %2114 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%3031 = reshape %3030 : f32[4,2,10,1,1] @ models/lib/nn.yaml:56:23
%3032 = broadcast %3031 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%3033 = reshape %3022 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%3034 = broadcast %3033 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%3035 = mul %3032, %3034 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%3036 = reshape %3035 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3037 = div %3029, %2113 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3038 = mul %3037, %2114 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3039 = neg %3038 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3040 = reduce_sum %3039 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3041 = broadcast %3040 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3042 = add %3037, %3041 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3043 = mul %3042, %2111 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3044 = mul %3043, %1228 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3045 = reshape %3044 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%3046 = broadcast %3045 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3047 = reshape %2093 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3048 = broadcast %3047 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3049 = mul %3046, %3048 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3050 = reduce_sum %3049 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3051 = permute %3044 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%3052 = reshape %3051 : f32[4,2,10,1,1] @ models/lib/nn.yaml:55:23
%3053 = broadcast %3052 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%3054 = reshape %2088 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%3055 = broadcast %3054 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%3056 = mul %3053, %3055 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%3057 = reshape %3056 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3058 = permute %3036 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%3059 = reshape %3058 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%3060 = reduce_sum %3059 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3061 = reshape %3060 : f32[16] @ models/lib/nn.yaml:84:18
%3062 = matmul %3059, %41 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3063 = reshape %2083 : f32[40,16] @ models/lib/nn.yaml:83:15
%3064 = reshape %3058 : f32[40,16] @ models/lib/nn.yaml:83:15
%3065 = matmul %3064, %3063 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3066 = permute %3057 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%3067 = reshape %3066 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%3068 = reduce_sum %3067 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3069 = reshape %3068 : f32[16] @ models/lib/nn.yaml:84:18
%3070 = matmul %3067, %39 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3071 = add %3062, %3070 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3072 = reshape %3066 : f32[40,16] @ models/lib/nn.yaml:83:15
%3073 = matmul %3072, %3063 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3074 = permute %3050 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%3075 = reshape %3074 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%3076 = reduce_sum %3075 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3077 = reshape %3076 : f32[16] @ models/lib/nn.yaml:84:18
%3078 = matmul %3075, %37 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3079 = reshape %2084 : f32[4,16] @ models/lib/nn.yaml:83:15
%3080 = reshape %3074 : f32[4,16] @ models/lib/nn.yaml:83:15
%3081 = matmul %3080, %3079 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3082 = pad %3078 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3083 = add %3071, %3082 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3084 = reduce_sum %3083 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3085 = reshape %3084 : f32[16] @ models/lib/nn.yaml:96:46
%3086 = mul %3083, %2080 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3087 = mul %3083, %2079 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3088 = reduce_sum %3087 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3089 = reshape %3088 : f32[16] @ models/lib/nn.yaml:96:37
%3090 = mul %3086, %2078 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3091 = mul %3086, %2072 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3092 = reduce_sum %3091 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3093 = mul %2077, %2077 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3094 = mul %2077, %3093 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3095 = mul %3094, %2810 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3096 = mul %3092, %3095 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3097 = div %3096, %1190 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3098 = broadcast %3097 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%3099 = mul %3098, %2072 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3100 = add %3090, %3099 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3101 = add %3100, %3099 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3102 = neg %3101 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3103 = reduce_sum %3102 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3104 = div %3103, %1190 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3105 = broadcast %3104 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3106 = add %3101, %3105 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3107 = slice %3106 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3108 = add %3014, %3107 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3109 = slice %3106 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3110 = add %2968, %3109 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3111 = reduce_sum %3108 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%3112 = mul %3110, %2065 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3113 = div %3112, %2025 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3114 = reduce_sum %3113 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3115 = reshape %3114 : f32[16] @ models/lib/nn.yaml:84:18
%3116 = matmul %3113, %32 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%3117 = reshape %2056 : f32[36,64] @ models/lib/nn.yaml:83:15
%3118 = reshape %3113 : f32[36,16] @ models/lib/nn.yaml:83:15
%3119 = matmul %3118, %3117 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3120 = mul %3116, %2055 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3121 = mul %3116, %2052 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3122 = mul %2053, %2053 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3123 = neg %3122 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3124 = exp %3123 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3125 = broadcast %2694 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3126 = mul %3124, %3125 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3127 = mul %3121, %3126 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3128 = mul %3127, %910 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3129 = mul %3120, %908 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3130 = add %3128, %3129 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3131 = reduce_sum %3130 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3132 = reshape %3131 : f32[64] @ models/lib/nn.yaml:84:18
%3133 = matmul %3130, %30 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3134 = reshape %2048 : f32[36,16] @ models/lib/nn.yaml:83:15
%3135 = reshape %3130 : f32[36,64] @ models/lib/nn.yaml:83:15
%3136 = matmul %3135, %3134 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3137 = reduce_sum %3133 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3138 = reshape %3137 : f32[16] @ models/lib/nn.yaml:96:46
%3139 = mul %3133, %2045 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3140 = mul %3133, %2044 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3141 = reduce_sum %3140 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3142 = reshape %3141 : f32[16] @ models/lib/nn.yaml:96:37
%3143 = mul %3139, %2043 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3144 = mul %3139, %2037 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3145 = reduce_sum %3144 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3146 = mul %2042, %2042 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3147 = mul %2042, %3146 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3148 = broadcast %2809 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3149 = mul %3147, %3148 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3150 = mul %3145, %3149 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3151 = div %3150, %834 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3152 = broadcast %3151 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%3153 = mul %3152, %2037 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3154 = add %3143, %3153 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3155 = add %3154, %3153 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3156 = add %3110, %3155 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3157 = neg %3155 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3158 = reduce_sum %3157 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3159 = div %3158, %834 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3160 = broadcast %3159 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3161 = add %3156, %3160 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3162 = mul %3161, %2031 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3163 = div %3162, %2025 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3164 = reduce_sum %3163 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3165 = reshape %3164 : f32[16] @ models/lib/nn.yaml:84:18
%3166 = matmul %3163, %26 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3167 = reshape %2020 : f32[36,16] @ models/lib/nn.yaml:83:15
%3168 = reshape %3163 : f32[36,16] @ models/lib/nn.yaml:83:15
%3169 = matmul %3168, %3167 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3170 = reshape %3166 : f32[4,9,2,8] @ models/lib/nn.yaml:57:16
%3171 = permute %3170 perm=[0,2,1,3] : f32[4,2,9,8] @ models/lib/nn.yaml:56:13
%3172 = permute %1997 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%3173 = reshape %3171 : f32[4,2,9,8,1] @ models/lib/nn.yaml:56:23
%3174 = broadcast %3173 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%3175 = reshape %3172 : f32[4,2,1,8,9] @ models/lib/nn.yaml:56:23
%3176 = broadcast %3175 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%3177 = mul %3174, %3176 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%3178 = reduce_sum %3177 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3179 = permute %2013 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3180 = reshape %3179 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3181 = broadcast %3180 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3182 = reshape %3171 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%3183 = broadcast %3182 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3184 = mul %3181, %3183 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3185 = reduce_sum %3184 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3186 = div %3178, %2012 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3187 = mul %3186, %2013 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3188 = neg %3187 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3189 = reduce_sum %3188 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%3190 = broadcast %3189 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3191 = add %3186, %3190 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3192 = mul %3191, %2010 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3193 = mul %3192, %868 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3194 = reshape %3193 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3195 = broadcast %3194 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3196 = reshape %1995 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%3197 = broadcast %3196 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3198 = mul %3195, %3197 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3199 = reduce_sum %3198 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3200 = permute %3193 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3201 = reshape %3200 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3202 = broadcast %3201 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3203 = reshape %1993 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%3204 = broadcast %3203 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3205 = mul %3202, %3204 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3206 = reduce_sum %3205 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3207 = reshape %3185 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3208 = pad %3207 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:40
%3209 = reshape %3206 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%3210 = pad %3209 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%3211 = add %3208, %3210 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%3212 = reshape %3199 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%3213 = pad %3212 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%3214 = add %3211, %3213 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%3215 = permute %3214 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%3216 = reshape %3215 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%3217 = reduce_sum %3216 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%3218 = reshape %3217 : f32[48] @ models/lib/nn.yaml:84:18
%3219 = matmul %3216, %24 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3220 = reshape %1986 : f32[36,16] @ models/lib/nn.yaml:83:15
%3221 = reshape %3215 : f32[36,48] @ models/lib/nn.yaml:83:15
%3222 = matmul %3221, %3220 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%3223 = reduce_sum %3219 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3224 = reshape %3223 : f32[16] @ models/lib/nn.yaml:96:46
%3225 = mul %3219, %1983 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3226 = mul %3219, %1982 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3227 = reduce_sum %3226 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3228 = reshape %3227 : f32[16] @ models/lib/nn.yaml:96:37
%3229 = mul %3225, %1981 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3230 = mul %3225, %1975 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3231 = reduce_sum %3230 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3232 = mul %1980, %1980 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3233 = mul %1980, %3232 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3234 = mul %3233, %3148 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3235 = mul %3231, %3234 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3236 = div %3235, %834 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3237 = broadcast %3236 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%3238 = mul %3237, %1975 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3239 = add %3229, %3238 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3240 = add %3239, %3238 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3241 = add %3161, %3240 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3242 = neg %3240 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3243 = reduce_sum %3242 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3244 = div %3243, %834 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3245 = broadcast %3244 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3246 = add %3241, %3245 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3247 = reduce_sum %3246 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3248 = reshape %3247 : f32[16] @ models/lib/nn.yaml:84:18
%3249 = matmul %3246, %20 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%3250 = reshape %1967 : f32[36,64] @ models/lib/nn.yaml:83:15
%3251 = reshape %3246 : f32[36,16] @ models/lib/nn.yaml:83:15
%3252 = matmul %3251, %3250 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3253 = mul %3249, %1966 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3254 = mul %3249, %1963 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3255 = mul %1964, %1964 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3256 = neg %3255 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3257 = exp %3256 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3258 = mul %3257, %3125 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3259 = mul %3254, %3258 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3260 = mul %3259, %910 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3261 = mul %3253, %908 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3262 = add %3260, %3261 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3263 = reduce_sum %3262 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3264 = reshape %3263 : f32[64] @ models/lib/nn.yaml:84:18
%3265 = matmul %3262, %18 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3266 = reshape %1959 : f32[36,16] @ models/lib/nn.yaml:83:15
%3267 = reshape %3262 : f32[36,64] @ models/lib/nn.yaml:83:15
%3268 = matmul %3267, %3266 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3269 = reduce_sum %3265 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3270 = reshape %3269 : f32[16] @ models/lib/nn.yaml:96:46
%3271 = mul %3265, %1956 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3272 = mul %3265, %1955 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3273 = reduce_sum %3272 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3274 = reshape %3273 : f32[16] @ models/lib/nn.yaml:96:37
%3275 = mul %3271, %1954 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3276 = mul %3271, %1948 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3277 = reduce_sum %3276 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3278 = mul %1953, %1953 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3279 = mul %1953, %3278 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3280 = mul %3279, %3148 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3281 = mul %3277, %3280 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3282 = div %3281, %834 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3283 = broadcast %3282 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%3284 = mul %3283, %1948 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3285 = add %3275, %3284 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3286 = add %3285, %3284 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3287 = add %3246, %3286 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3288 = neg %3286 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3289 = reduce_sum %3288 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3290 = div %3289, %834 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3291 = broadcast %3290 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3292 = add %3287, %3291 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3293 = reduce_sum %3292 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3294 = reshape %3293 : f32[16] @ models/lib/nn.yaml:84:18
%3295 = matmul %3292, %14 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3296 = reshape %1939 : f32[36,16] @ models/lib/nn.yaml:83:15
%3297 = reshape %3292 : f32[36,16] @ models/lib/nn.yaml:83:15
%3298 = matmul %3297, %3296 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3299 = reshape %3295 : f32[4,9,2,8] @ models/lib/nn.yaml:57:16
%3300 = permute %3299 perm=[0,2,1,3] : f32[4,2,9,8] @ models/lib/nn.yaml:56:13
%3301 = permute %1916 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%3302 = reshape %3300 : f32[4,2,9,8,1] @ models/lib/nn.yaml:56:23
%3303 = broadcast %3302 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%3304 = reshape %3301 : f32[4,2,1,8,9] @ models/lib/nn.yaml:56:23
%3305 = broadcast %3304 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%3306 = mul %3303, %3305 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%3307 = reduce_sum %3306 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3308 = permute %1932 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3309 = reshape %3308 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3310 = broadcast %3309 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3311 = reshape %3300 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%3312 = broadcast %3311 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3313 = mul %3310, %3312 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3314 = reduce_sum %3313 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3315 = div %3307, %1931 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3316 = mul %3315, %1932 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3317 = neg %3316 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3318 = reduce_sum %3317 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%3319 = broadcast %3318 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3320 = add %3315, %3319 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3321 = mul %3320, %1929 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3322 = mul %3321, %868 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3323 = reshape %3322 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3324 = broadcast %3323 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3325 = reshape %1914 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%3326 = broadcast %3325 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3327 = mul %3324, %3326 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3328 = reduce_sum %3327 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3329 = permute %3322 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3330 = reshape %3329 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3331 = broadcast %3330 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3332 = reshape %1912 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%3333 = broadcast %3332 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3334 = mul %3331, %3333 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3335 = reduce_sum %3334 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3336 = reshape %3314 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3337 = pad %3336 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:40
%3338 = reshape %3335 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%3339 = pad %3338 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%3340 = add %3337, %3339 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%3341 = reshape %3328 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%3342 = pad %3341 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%3343 = add %3340, %3342 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%3344 = permute %3343 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%3345 = reshape %3344 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%3346 = reduce_sum %3345 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%3347 = reshape %3346 : f32[48] @ models/lib/nn.yaml:84:18
%3348 = matmul %3345, %12 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3349 = reshape %1905 : f32[36,16] @ models/lib/nn.yaml:83:15
%3350 = reshape %3344 : f32[36,48] @ models/lib/nn.yaml:83:15
%3351 = matmul %3350, %3349 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%3352 = reduce_sum %3348 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3353 = reshape %3352 : f32[16] @ models/lib/nn.yaml:96:46
%3354 = mul %3348, %1902 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3355 = mul %3348, %1901 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3356 = reduce_sum %3355 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3357 = reshape %3356 : f32[16] @ models/lib/nn.yaml:96:37
%3358 = mul %3354, %1900 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3359 = mul %3354, %1894 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3360 = reduce_sum %3359 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3361 = mul %1899, %1899 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3362 = mul %1899, %3361 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3363 = mul %3362, %3148 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3364 = mul %3360, %3363 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3365 = div %3364, %834 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3366 = broadcast %3365 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%3367 = mul %3366, %1894 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3368 = add %3358, %3367 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3369 = add %3368, %3367 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3370 = add %3292, %3369 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3371 = neg %3369 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3372 = reduce_sum %3371 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3373 = div %3372, %834 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3374 = broadcast %3373 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3375 = add %3370, %3374 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3376 = reduce_sum %3375 axes=[0] keep=1 : f32[1,9,16] @ models/lib/vit.yaml:62:15
%3377 = reshape %3376 : f32[3,3,16] @ models/lib/vit.yaml:36:16
%3378 = permute %3377 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%3379 = reshape %3378 : f32[3,48] @ models/lib/vit.yaml:35:21
%3380 = matmul %821, %3379 ta=1 tb=0 : f32[4,48] @ models/lib/vit.yaml:34:15
%3381 = reshape %3380 : f32[4,3,16] @ models/lib/vit.yaml:34:17
%3382 = permute %3381 perm=[1,0,2] : f32[3,4,16] @ models/lib/vit.yaml:33:13
%3383 = reshape %3382 : f32[3,64] @ models/lib/vit.yaml:33:21
%3384 = matmul %821, %3383 ta=1 tb=0 : f32[4,64] @ models/lib/vit.yaml:32:15
%3385 = reshape %3384 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%3386 = reduce_sum %3375 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%3387 = reshape %3386 : f32[16] @ models/lib/vit.yaml:17:71
%3388 = reshape %816 : f32[36,48] @ models/lib/vit.yaml:17:18
%3389 = reshape %3375 : f32[36,16] @ models/lib/vit.yaml:17:18
%3390 = matmul %3389, %3388 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%3391 = reshape %3390 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%3392 = pad %2592 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%3393 = pad %2600 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%3394 = add %3392, %3393 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%3395 = pad %2642 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3396 = pad %2622 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3397 = add %3395, %3396 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3398 = matmul %3394, %1871 ta=0 tb=0 : f32[4,16,8] @ models/lib/dino.yaml:23:18
%3399 = reshape %1864 : f32[64,8] @ models/lib/dino.yaml:23:18
%3400 = reshape %3394 : f32[64,16] @ models/lib/dino.yaml:23:18
%3401 = matmul %3400, %3399 ta=1 tb=0 : f32[16,8] @ models/lib/dino.yaml:23:18
%3402 = div %3401, %1870 : f32[16,8] @ models/lib/dino.yaml:22:33
%3403 = mul %3402, %1871 : f32[16,8] @ models/lib/dino.yaml:22:33
%3404 = neg %3403 : f32[16,8] @ models/lib/dino.yaml:22:33
%3405 = reduce_sum %3404 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%3406 = mul %3405, %2657 : f32[16,1] @ models/lib/dino.yaml:22:35
%3407 = div %3406, %1869 : f32[16,1] @ models/lib/dino.yaml:22:35
%3408 = broadcast %3407 : f32[16,8] @ models/lib/dino.yaml:22:40
%3409 = mul %3408, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3410 = add %2664, %3409 : f32[16,8] @ models/lib/dino.yaml:22:53
%3411 = add %3410, %3409 : f32[16,8] @ models/lib/dino.yaml:22:53
%3412 = mul %3402, %1865 : f32[16,8] @ models/lib/dino.yaml:22:22
%3413 = add %3411, %3412 : f32[16,8] @ models/lib/dino.yaml:22:22
%3414 = div %3398, %1863 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%3415 = mul %3414, %1864 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%3416 = neg %3415 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%3417 = reduce_sum %3416 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%3418 = broadcast %2669 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3419 = broadcast %252 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3420 = mul %3417, %3419 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3421 = eq %1861, %799 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%3422 = select %3421, %3420, %3418 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3423 = gt %1861, %799 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%3424 = select %3423, %3417, %3422 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3425 = mul %3424, %3419 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3426 = div %3425, %1861 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3427 = broadcast %3426 : f32[4,16,8] @ models/lib/nn.yaml:33:29
%3428 = mul %3427, %1858 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%3429 = add %3414, %3428 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%3430 = add %3429, %3428 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%3431 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,64] @ models/lib/nn.yaml:84:18
%3432 = reshape %3430 : f32[64,8] @ models/lib/nn.yaml:84:18
%3433 = matmul %3431, %3432 ta=0 tb=0 : f32[1,8] @ models/lib/nn.yaml:84:18
%3434 = reshape %3433 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%3435 = reshape %3434 : f32[8] @ models/lib/nn.yaml:84:18
%3436 = add %2684, %3435 : f32[8] @ models/lib/nn.yaml:84:18
%3437 = matmul %3430, %81 ta=0 tb=0 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%3438 = reshape %1855 : f32[64,24] @ models/lib/nn.yaml:83:15
%3439 = reshape %3430 : f32[64,8] @ models/lib/nn.yaml:83:15
%3440 = matmul %3439, %3438 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%3441 = add %2688, %3440 : f32[8,24] @ models/lib/nn.yaml:83:15
%3442 = mul %3437, %1854 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%3443 = mul %3437, %1851 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%3444 = mul %1852, %1852 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3445 = neg %3444 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3446 = exp %3445 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3447 = broadcast %2694 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3448 = mul %3446, %3447 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3449 = mul %3443, %3448 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3450 = mul %3449, %779 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%3451 = mul %3442, %777 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%3452 = add %3450, %3451 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%3453 = reshape %3452 : f32[64,24] @ models/lib/nn.yaml:84:18
%3454 = matmul %3431, %3453 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%3455 = reshape %3454 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3456 = reshape %3455 : f32[24] @ models/lib/nn.yaml:84:18
%3457 = add %2702, %3456 : f32[24] @ models/lib/nn.yaml:84:18
%3458 = matmul %3452, %79 ta=0 tb=0 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%3459 = reshape %1847 : f32[64,24] @ models/lib/nn.yaml:83:15
%3460 = reshape %3452 : f32[64,24] @ models/lib/nn.yaml:83:15
%3461 = matmul %3460, %3459 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%3462 = add %2706, %3461 : f32[24,24] @ models/lib/nn.yaml:83:15
%3463 = mul %3458, %1846 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%3464 = mul %3458, %1843 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%3465 = mul %1844, %1844 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3466 = neg %3465 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3467 = exp %3466 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3468 = mul %3467, %3447 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3469 = mul %3464, %3468 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3470 = mul %3469, %779 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%3471 = mul %3463, %777 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%3472 = add %3470, %3471 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%3473 = reshape %3472 : f32[64,24] @ models/lib/nn.yaml:84:18
%3474 = matmul %3431, %3473 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%3475 = reshape %3474 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3476 = reshape %3475 : f32[24] @ models/lib/nn.yaml:84:18
%3477 = add %2718, %3476 : f32[24] @ models/lib/nn.yaml:84:18
%3478 = matmul %3472, %77 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%3479 = reshape %1839 : f32[64,16] @ models/lib/nn.yaml:83:15
%3480 = reshape %3472 : f32[64,24] @ models/lib/nn.yaml:83:15
%3481 = matmul %3480, %3479 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%3482 = add %2722, %3481 : f32[24,16] @ models/lib/nn.yaml:83:15
%3483 = pad %3478 lo=[0,1,0] hi=[0,0,0] value=0 : f32[4,17,16] @ models/dino_pass.yaml:103:46
%3484 = matmul %3397, %1837 ta=0 tb=0 : f32[4,1,8] @ models/lib/dino.yaml:23:18
%3485 = reshape %1830 : f32[4,8] @ models/lib/dino.yaml:23:18
%3486 = reshape %3397 : f32[4,32] @ models/lib/dino.yaml:23:18
%3487 = matmul %3486, %3485 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%3488 = div %3487, %1836 : f32[32,8] @ models/lib/dino.yaml:22:33
%3489 = mul %3488, %1837 : f32[32,8] @ models/lib/dino.yaml:22:33
%3490 = neg %3489 : f32[32,8] @ models/lib/dino.yaml:22:33
%3491 = reduce_sum %3490 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%3492 = mul %3491, %2732 : f32[32,1] @ models/lib/dino.yaml:22:35
%3493 = div %3492, %1835 : f32[32,1] @ models/lib/dino.yaml:22:35
%3494 = broadcast %3493 : f32[32,8] @ models/lib/dino.yaml:22:40
%3495 = mul %3494, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%3496 = add %2739, %3495 : f32[32,8] @ models/lib/dino.yaml:22:53
%3497 = add %3496, %3495 : f32[32,8] @ models/lib/dino.yaml:22:53
%3498 = mul %3488, %1831 : f32[32,8] @ models/lib/dino.yaml:22:22
%3499 = add %3497, %3498 : f32[32,8] @ models/lib/dino.yaml:22:22
%3500 = div %3484, %1829 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3501 = mul %3500, %1830 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3502 = neg %3501 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3503 = reduce_sum %3502 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%3504 = mul %3503, %2745 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3505 = eq %1827, %761 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3506 = select %3505, %3504, %2744 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3507 = gt %1827, %761 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3508 = select %3507, %3503, %3506 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3509 = mul %3508, %2745 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3510 = div %3509, %1827 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3511 = broadcast %3510 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%3512 = mul %3511, %1824 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3513 = add %3500, %3512 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3514 = add %3513, %3512 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3515 = reduce_sum %3514 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%3516 = reshape %3515 : f32[8] @ models/lib/nn.yaml:84:18
%3517 = add %2758, %3516 : f32[8] @ models/lib/nn.yaml:84:18
%3518 = matmul %3514, %73 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%3519 = reshape %1821 : f32[4,24] @ models/lib/nn.yaml:83:15
%3520 = reshape %3514 : f32[4,8] @ models/lib/nn.yaml:83:15
%3521 = matmul %3520, %3519 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%3522 = add %2762, %3521 : f32[8,24] @ models/lib/nn.yaml:83:15
%3523 = mul %3518, %1820 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3524 = mul %3518, %1817 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3525 = mul %1818, %1818 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3526 = neg %3525 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3527 = exp %3526 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3528 = mul %3527, %2768 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3529 = mul %3524, %3528 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3530 = mul %3529, %740 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3531 = mul %3523, %738 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3532 = add %3530, %3531 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3533 = reduce_sum %3532 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3534 = reshape %3533 : f32[24] @ models/lib/nn.yaml:84:18
%3535 = add %2775, %3534 : f32[24] @ models/lib/nn.yaml:84:18
%3536 = matmul %3532, %71 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%3537 = reshape %1813 : f32[4,24] @ models/lib/nn.yaml:83:15
%3538 = reshape %3532 : f32[4,24] @ models/lib/nn.yaml:83:15
%3539 = matmul %3538, %3537 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%3540 = add %2779, %3539 : f32[24,24] @ models/lib/nn.yaml:83:15
%3541 = mul %3536, %1812 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3542 = mul %3536, %1809 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3543 = mul %1810, %1810 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3544 = neg %3543 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3545 = exp %3544 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3546 = mul %3545, %2768 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3547 = mul %3542, %3546 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3548 = mul %3547, %740 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3549 = mul %3541, %738 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3550 = add %3548, %3549 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3551 = reduce_sum %3550 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3552 = reshape %3551 : f32[24] @ models/lib/nn.yaml:84:18
%3553 = add %2791, %3552 : f32[24] @ models/lib/nn.yaml:84:18
%3554 = matmul %3550, %69 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3555 = reshape %1805 : f32[4,16] @ models/lib/nn.yaml:83:15
%3556 = reshape %3550 : f32[4,24] @ models/lib/nn.yaml:83:15
%3557 = matmul %3556, %3555 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%3558 = add %2795, %3557 : f32[24,16] @ models/lib/nn.yaml:83:15
%3559 = pad %3554 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%3560 = add %3483, %3559 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%3561 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:46
%3562 = reshape %3560 : f32[68,16] @ models/lib/nn.yaml:96:46
%3563 = matmul %3561, %3562 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3564 = reshape %3563 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3565 = reshape %3564 : f32[16] @ models/lib/nn.yaml:96:46
%3566 = add %2799, %3565 : f32[16] @ models/lib/nn.yaml:96:46
%3567 = mul %3560, %1801 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%3568 = mul %3560, %1800 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%3569 = reduce_sum %3568 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3570 = reshape %3569 : f32[16] @ models/lib/nn.yaml:96:37
%3571 = add %2803, %3570 : f32[16] @ models/lib/nn.yaml:96:37
%3572 = mul %3567, %1799 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%3573 = mul %3567, %1793 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%3574 = reduce_sum %3573 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%3575 = mul %1798, %1798 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3576 = mul %1798, %3575 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3577 = broadcast %2809 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3578 = mul %3576, %3577 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3579 = mul %3574, %3578 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3580 = div %3579, %538 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%3581 = broadcast %3580 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%3582 = mul %3581, %1793 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%3583 = add %3572, %3582 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%3584 = add %3583, %3582 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%3585 = neg %3584 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%3586 = reduce_sum %3585 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%3587 = div %3586, %538 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%3588 = broadcast %3587 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%3589 = add %3584, %3588 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%3590 = slice %3589 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%3591 = slice %3589 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:111:21
%3592 = reduce_sum %3590 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3593 = reshape %3592 : f32[16] @ models/lib/nn.yaml:84:18
%3594 = add %2826, %3593 : f32[16] @ models/lib/nn.yaml:84:18
%3595 = matmul %3590, %65 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3596 = reshape %1784 : f32[4,64] @ models/lib/nn.yaml:83:15
%3597 = reshape %3590 : f32[4,16] @ models/lib/nn.yaml:83:15
%3598 = matmul %3597, %3596 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3599 = add %2830, %3598 : f32[16,64] @ models/lib/nn.yaml:83:15
%3600 = mul %3595, %1783 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3601 = mul %3595, %1780 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3602 = mul %1781, %1781 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3603 = neg %3602 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3604 = exp %3603 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3605 = mul %3604, %2836 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3606 = mul %3601, %3605 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3607 = mul %3606, %621 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3608 = mul %3600, %619 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3609 = add %3607, %3608 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3610 = reduce_sum %3609 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3611 = reshape %3610 : f32[64] @ models/lib/nn.yaml:84:18
%3612 = add %2843, %3611 : f32[64] @ models/lib/nn.yaml:84:18
%3613 = matmul %3609, %63 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3614 = reshape %1776 : f32[4,16] @ models/lib/nn.yaml:83:15
%3615 = reshape %3609 : f32[4,64] @ models/lib/nn.yaml:83:15
%3616 = matmul %3615, %3614 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3617 = add %2847, %3616 : f32[64,16] @ models/lib/nn.yaml:83:15
%3618 = reduce_sum %3613 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3619 = reshape %3618 : f32[16] @ models/lib/nn.yaml:96:46
%3620 = add %2849, %3619 : f32[16] @ models/lib/nn.yaml:96:46
%3621 = mul %3613, %1773 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3622 = mul %3613, %1772 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3623 = reduce_sum %3622 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3624 = reshape %3623 : f32[16] @ models/lib/nn.yaml:96:37
%3625 = add %2853, %3624 : f32[16] @ models/lib/nn.yaml:96:37
%3626 = mul %3621, %1771 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3627 = mul %3621, %1765 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3628 = reduce_sum %3627 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3629 = mul %1770, %1770 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3630 = mul %1770, %3629 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3631 = mul %3630, %2859 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3632 = mul %3628, %3631 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3633 = div %3632, %600 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3634 = broadcast %3633 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%3635 = mul %3634, %1765 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3636 = add %3626, %3635 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3637 = add %3636, %3635 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3638 = add %3590, %3637 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3639 = neg %3637 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3640 = reduce_sum %3639 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3641 = div %3640, %600 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3642 = broadcast %3641 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3643 = add %3638, %3642 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3644 = reduce_sum %3643 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3645 = reshape %3644 : f32[16] @ models/lib/nn.yaml:84:18
%3646 = add %2874, %3645 : f32[16] @ models/lib/nn.yaml:84:18
%3647 = matmul %3643, %59 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3648 = reshape %1756 : f32[4,16] @ models/lib/nn.yaml:83:15
%3649 = reshape %3643 : f32[4,16] @ models/lib/nn.yaml:83:15
%3650 = matmul %3649, %3648 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3651 = add %2878, %3650 : f32[16,16] @ models/lib/nn.yaml:83:15
%3652 = reshape %3647 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%3653 = permute %3652 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%3654 = permute %1733 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%3655 = reshape %3653 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%3656 = broadcast %3655 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%3657 = reshape %3654 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%3658 = broadcast %3657 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%3659 = mul %3656, %3658 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%3660 = reduce_sum %3659 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%3661 = permute %1749 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%3662 = reshape %3661 : f32[4,2,17,1,1] @ models/lib/nn.yaml:56:23
%3663 = broadcast %3662 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%3664 = reshape %3653 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%3665 = broadcast %3664 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%3666 = mul %3663, %3665 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%3667 = reshape %3666 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%3668 = div %3660, %1748 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3669 = mul %3668, %1749 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3670 = neg %3669 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3671 = reduce_sum %3670 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3672 = broadcast %3671 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%3673 = add %3668, %3672 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%3674 = mul %3673, %1746 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%3675 = mul %3674, %577 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%3676 = reshape %3675 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%3677 = broadcast %3676 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%3678 = reshape %1728 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%3679 = broadcast %3678 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%3680 = mul %3677, %3679 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%3681 = reduce_sum %3680 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3682 = permute %3675 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%3683 = reshape %3682 : f32[4,2,17,1,1] @ models/lib/nn.yaml:55:23
%3684 = broadcast %3683 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%3685 = reshape %1723 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%3686 = broadcast %3685 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%3687 = mul %3684, %3686 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%3688 = reshape %3687 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%3689 = permute %3667 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%3690 = reshape %3689 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%3691 = reshape %3690 : f32[68,16] @ models/lib/nn.yaml:84:18
%3692 = matmul %3561, %3691 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3693 = reshape %3692 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3694 = reshape %3693 : f32[16] @ models/lib/nn.yaml:84:18
%3695 = add %2919, %3694 : f32[16] @ models/lib/nn.yaml:84:18
%3696 = matmul %3690, %57 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%3697 = reshape %1717 : f32[68,16] @ models/lib/nn.yaml:83:15
%3698 = reshape %3689 : f32[68,16] @ models/lib/nn.yaml:83:15
%3699 = matmul %3698, %3697 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3700 = add %2923, %3699 : f32[16,16] @ models/lib/nn.yaml:83:15
%3701 = permute %3688 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%3702 = reshape %3701 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%3703 = reshape %3702 : f32[68,16] @ models/lib/nn.yaml:84:18
%3704 = matmul %3561, %3703 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3705 = reshape %3704 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3706 = reshape %3705 : f32[16] @ models/lib/nn.yaml:84:18
%3707 = add %2927, %3706 : f32[16] @ models/lib/nn.yaml:84:18
%3708 = matmul %3702, %55 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%3709 = add %3696, %3708 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%3710 = reshape %3701 : f32[68,16] @ models/lib/nn.yaml:83:15
%3711 = matmul %3710, %3697 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3712 = add %2931, %3711 : f32[16,16] @ models/lib/nn.yaml:83:15
%3713 = permute %3681 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%3714 = reshape %3713 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%3715 = reduce_sum %3714 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3716 = reshape %3715 : f32[16] @ models/lib/nn.yaml:84:18
%3717 = add %2935, %3716 : f32[16] @ models/lib/nn.yaml:84:18
%3718 = matmul %3714, %53 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3719 = reshape %1718 : f32[4,16] @ models/lib/nn.yaml:83:15
%3720 = reshape %3713 : f32[4,16] @ models/lib/nn.yaml:83:15
%3721 = matmul %3720, %3719 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3722 = add %2939, %3721 : f32[16,16] @ models/lib/nn.yaml:83:15
%3723 = pad %3718 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%3724 = add %3709, %3723 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%3725 = reshape %3724 : f32[68,16] @ models/lib/nn.yaml:96:46
%3726 = matmul %3561, %3725 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3727 = reshape %3726 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3728 = reshape %3727 : f32[16] @ models/lib/nn.yaml:96:46
%3729 = add %2943, %3728 : f32[16] @ models/lib/nn.yaml:96:46
%3730 = mul %3724, %1714 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%3731 = mul %3724, %1713 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%3732 = reduce_sum %3731 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3733 = reshape %3732 : f32[16] @ models/lib/nn.yaml:96:37
%3734 = add %2947, %3733 : f32[16] @ models/lib/nn.yaml:96:37
%3735 = mul %3730, %1712 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%3736 = mul %3730, %1706 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%3737 = reduce_sum %3736 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%3738 = mul %1711, %1711 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3739 = mul %1711, %3738 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3740 = mul %3739, %3577 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3741 = mul %3737, %3740 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3742 = div %3741, %538 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%3743 = broadcast %3742 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%3744 = mul %3743, %1706 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%3745 = add %3735, %3744 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%3746 = add %3745, %3744 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%3747 = neg %3746 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%3748 = reduce_sum %3747 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%3749 = div %3748, %538 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%3750 = broadcast %3749 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%3751 = add %3746, %3750 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%3752 = slice %3751 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3753 = add %3643, %3752 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3754 = slice %3751 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%3755 = add %3591, %3754 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%3756 = reduce_sum %3753 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3757 = reshape %3756 : f32[16] @ models/lib/nn.yaml:84:18
%3758 = add %2970, %3757 : f32[16] @ models/lib/nn.yaml:84:18
%3759 = matmul %3753, %49 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3760 = reshape %1697 : f32[4,64] @ models/lib/nn.yaml:83:15
%3761 = reshape %3753 : f32[4,16] @ models/lib/nn.yaml:83:15
%3762 = matmul %3761, %3760 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3763 = add %2974, %3762 : f32[16,64] @ models/lib/nn.yaml:83:15
%3764 = mul %3759, %1696 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3765 = mul %3759, %1693 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3766 = mul %1694, %1694 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3767 = neg %3766 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3768 = exp %3767 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3769 = mul %3768, %2836 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3770 = mul %3765, %3769 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3771 = mul %3770, %621 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3772 = mul %3764, %619 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3773 = add %3771, %3772 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3774 = reduce_sum %3773 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3775 = reshape %3774 : f32[64] @ models/lib/nn.yaml:84:18
%3776 = add %2986, %3775 : f32[64] @ models/lib/nn.yaml:84:18
%3777 = matmul %3773, %47 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3778 = reshape %1689 : f32[4,16] @ models/lib/nn.yaml:83:15
%3779 = reshape %3773 : f32[4,64] @ models/lib/nn.yaml:83:15
%3780 = matmul %3779, %3778 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3781 = add %2990, %3780 : f32[64,16] @ models/lib/nn.yaml:83:15
%3782 = reduce_sum %3777 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3783 = reshape %3782 : f32[16] @ models/lib/nn.yaml:96:46
%3784 = add %2992, %3783 : f32[16] @ models/lib/nn.yaml:96:46
%3785 = mul %3777, %1686 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3786 = mul %3777, %1685 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3787 = reduce_sum %3786 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3788 = reshape %3787 : f32[16] @ models/lib/nn.yaml:96:37
%3789 = add %2996, %3788 : f32[16] @ models/lib/nn.yaml:96:37
%3790 = mul %3785, %1684 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3791 = mul %3785, %1678 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3792 = reduce_sum %3791 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3793 = mul %1683, %1683 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3794 = mul %1683, %3793 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3795 = mul %3794, %2859 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3796 = mul %3792, %3795 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3797 = div %3796, %600 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3798 = broadcast %3797 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%3799 = mul %3798, %1678 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3800 = add %3790, %3799 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3801 = add %3800, %3799 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3802 = add %3753, %3801 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3803 = neg %3801 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3804 = reduce_sum %3803 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3805 = div %3804, %600 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3806 = broadcast %3805 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3807 = add %3802, %3806 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3808 = reduce_sum %3807 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3809 = reshape %3808 : f32[16] @ models/lib/nn.yaml:84:18
%3810 = add %3016, %3809 : f32[16] @ models/lib/nn.yaml:84:18
%3811 = matmul %3807, %43 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3812 = reshape %1669 : f32[4,16] @ models/lib/nn.yaml:83:15
%3813 = reshape %3807 : f32[4,16] @ models/lib/nn.yaml:83:15
%3814 = matmul %3813, %3812 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3815 = add %3020, %3814 : f32[16,16] @ models/lib/nn.yaml:83:15
%3816 = reshape %3811 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%3817 = permute %3816 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%3818 = permute %1646 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%3819 = reshape %3817 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%3820 = broadcast %3819 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%3821 = reshape %3818 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%3822 = broadcast %3821 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%3823 = mul %3820, %3822 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%3824 = reduce_sum %3823 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%3825 = permute %1662 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%3826 = reshape %3825 : f32[4,2,17,1,1] @ models/lib/nn.yaml:56:23
%3827 = broadcast %3826 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%3828 = reshape %3817 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%3829 = broadcast %3828 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%3830 = mul %3827, %3829 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%3831 = reshape %3830 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%3832 = div %3824, %1661 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3833 = mul %3832, %1662 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3834 = neg %3833 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3835 = reduce_sum %3834 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3836 = broadcast %3835 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%3837 = add %3832, %3836 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%3838 = mul %3837, %1659 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%3839 = mul %3838, %577 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%3840 = reshape %3839 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%3841 = broadcast %3840 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%3842 = reshape %1641 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%3843 = broadcast %3842 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%3844 = mul %3841, %3843 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%3845 = reduce_sum %3844 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3846 = permute %3839 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%3847 = reshape %3846 : f32[4,2,17,1,1] @ models/lib/nn.yaml:55:23
%3848 = broadcast %3847 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%3849 = reshape %1636 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%3850 = broadcast %3849 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%3851 = mul %3848, %3850 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%3852 = reshape %3851 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%3853 = permute %3831 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%3854 = reshape %3853 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%3855 = reshape %3854 : f32[68,16] @ models/lib/nn.yaml:84:18
%3856 = matmul %3561, %3855 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3857 = reshape %3856 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3858 = reshape %3857 : f32[16] @ models/lib/nn.yaml:84:18
%3859 = add %3061, %3858 : f32[16] @ models/lib/nn.yaml:84:18
%3860 = matmul %3854, %41 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%3861 = reshape %1630 : f32[68,16] @ models/lib/nn.yaml:83:15
%3862 = reshape %3853 : f32[68,16] @ models/lib/nn.yaml:83:15
%3863 = matmul %3862, %3861 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3864 = add %3065, %3863 : f32[16,16] @ models/lib/nn.yaml:83:15
%3865 = permute %3852 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%3866 = reshape %3865 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%3867 = reshape %3866 : f32[68,16] @ models/lib/nn.yaml:84:18
%3868 = matmul %3561, %3867 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3869 = reshape %3868 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3870 = reshape %3869 : f32[16] @ models/lib/nn.yaml:84:18
%3871 = add %3069, %3870 : f32[16] @ models/lib/nn.yaml:84:18
%3872 = matmul %3866, %39 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%3873 = add %3860, %3872 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%3874 = reshape %3865 : f32[68,16] @ models/lib/nn.yaml:83:15
%3875 = matmul %3874, %3861 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3876 = add %3073, %3875 : f32[16,16] @ models/lib/nn.yaml:83:15
%3877 = permute %3845 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%3878 = reshape %3877 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%3879 = reduce_sum %3878 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3880 = reshape %3879 : f32[16] @ models/lib/nn.yaml:84:18
%3881 = add %3077, %3880 : f32[16] @ models/lib/nn.yaml:84:18
%3882 = matmul %3878, %37 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3883 = reshape %1631 : f32[4,16] @ models/lib/nn.yaml:83:15
%3884 = reshape %3877 : f32[4,16] @ models/lib/nn.yaml:83:15
%3885 = matmul %3884, %3883 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3886 = add %3081, %3885 : f32[16,16] @ models/lib/nn.yaml:83:15
%3887 = pad %3882 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%3888 = add %3873, %3887 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%3889 = reshape %3888 : f32[68,16] @ models/lib/nn.yaml:96:46
%3890 = matmul %3561, %3889 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3891 = reshape %3890 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3892 = reshape %3891 : f32[16] @ models/lib/nn.yaml:96:46
%3893 = add %3085, %3892 : f32[16] @ models/lib/nn.yaml:96:46
%3894 = mul %3888, %1627 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%3895 = mul %3888, %1626 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%3896 = reduce_sum %3895 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3897 = reshape %3896 : f32[16] @ models/lib/nn.yaml:96:37
%3898 = add %3089, %3897 : f32[16] @ models/lib/nn.yaml:96:37
%3899 = mul %3894, %1625 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%3900 = mul %3894, %1619 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%3901 = reduce_sum %3900 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%3902 = mul %1624, %1624 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3903 = mul %1624, %3902 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3904 = mul %3903, %3577 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3905 = mul %3901, %3904 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3906 = div %3905, %538 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%3907 = broadcast %3906 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%3908 = mul %3907, %1619 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%3909 = add %3899, %3908 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%3910 = add %3909, %3908 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%3911 = neg %3910 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%3912 = reduce_sum %3911 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%3913 = div %3912, %538 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%3914 = broadcast %3913 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%3915 = add %3910, %3914 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%3916 = slice %3915 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3917 = add %3807, %3916 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3918 = slice %3915 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%3919 = add %3755, %3918 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%3920 = reduce_sum %3917 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%3921 = add %3111, %3920 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%3922 = mul %3919, %1611 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%3923 = div %3922, %1569 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%3924 = reshape %3923 : f32[64,16] @ models/lib/nn.yaml:84:18
%3925 = matmul %3431, %3924 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3926 = reshape %3925 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3927 = reshape %3926 : f32[16] @ models/lib/nn.yaml:84:18
%3928 = add %3115, %3927 : f32[16] @ models/lib/nn.yaml:84:18
%3929 = matmul %3923, %32 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%3930 = reshape %1602 : f32[64,64] @ models/lib/nn.yaml:83:15
%3931 = reshape %3923 : f32[64,16] @ models/lib/nn.yaml:83:15
%3932 = matmul %3931, %3930 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3933 = add %3119, %3932 : f32[16,64] @ models/lib/nn.yaml:83:15
%3934 = mul %3929, %1601 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%3935 = mul %3929, %1598 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%3936 = mul %1599, %1599 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%3937 = neg %3936 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%3938 = exp %3937 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%3939 = broadcast %2694 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%3940 = mul %3938, %3939 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%3941 = mul %3935, %3940 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%3942 = mul %3941, %256 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%3943 = mul %3934, %253 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%3944 = add %3942, %3943 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%3945 = reshape %3944 : f32[64,64] @ models/lib/nn.yaml:84:18
%3946 = matmul %3431, %3945 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3947 = reshape %3946 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3948 = reshape %3947 : f32[64] @ models/lib/nn.yaml:84:18
%3949 = add %3132, %3948 : f32[64] @ models/lib/nn.yaml:84:18
%3950 = matmul %3944, %30 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%3951 = reshape %1594 : f32[64,16] @ models/lib/nn.yaml:83:15
%3952 = reshape %3944 : f32[64,64] @ models/lib/nn.yaml:83:15
%3953 = matmul %3952, %3951 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3954 = add %3136, %3953 : f32[64,16] @ models/lib/nn.yaml:83:15
%3955 = reshape %3950 : f32[64,16] @ models/lib/nn.yaml:96:46
%3956 = matmul %3431, %3955 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3957 = reshape %3956 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3958 = reshape %3957 : f32[16] @ models/lib/nn.yaml:96:46
%3959 = add %3138, %3958 : f32[16] @ models/lib/nn.yaml:96:46
%3960 = mul %3950, %1591 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%3961 = mul %3950, %1590 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%3962 = reduce_sum %3961 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3963 = reshape %3962 : f32[16] @ models/lib/nn.yaml:96:37
%3964 = add %3142, %3963 : f32[16] @ models/lib/nn.yaml:96:37
%3965 = mul %3960, %1589 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%3966 = mul %3960, %1583 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%3967 = reduce_sum %3966 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%3968 = mul %1588, %1588 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3969 = mul %1588, %3968 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3970 = broadcast %2809 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3971 = mul %3969, %3970 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3972 = mul %3967, %3971 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3973 = div %3972, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%3974 = broadcast %3973 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%3975 = mul %3974, %1583 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%3976 = add %3965, %3975 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%3977 = add %3976, %3975 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%3978 = add %3919, %3977 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%3979 = neg %3977 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%3980 = reduce_sum %3979 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%3981 = div %3980, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%3982 = broadcast %3981 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%3983 = add %3978, %3982 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%3984 = mul %3983, %1577 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%3985 = div %3984, %1569 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%3986 = reshape %3985 : f32[64,16] @ models/lib/nn.yaml:84:18
%3987 = matmul %3431, %3986 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3988 = reshape %3987 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3989 = reshape %3988 : f32[16] @ models/lib/nn.yaml:84:18
%3990 = add %3165, %3989 : f32[16] @ models/lib/nn.yaml:84:18
%3991 = matmul %3985, %26 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%3992 = reshape %1563 : f32[64,16] @ models/lib/nn.yaml:83:15
%3993 = reshape %3985 : f32[64,16] @ models/lib/nn.yaml:83:15
%3994 = matmul %3993, %3992 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3995 = add %3169, %3994 : f32[16,16] @ models/lib/nn.yaml:83:15
%3996 = reshape %3991 : f32[4,16,2,8] @ models/lib/nn.yaml:57:16
%3997 = permute %3996 perm=[0,2,1,3] : f32[4,2,16,8] @ models/lib/nn.yaml:56:13
%3998 = permute %1540 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%3999 = reshape %3997 : f32[4,2,16,8,1] @ models/lib/nn.yaml:56:23
%4000 = broadcast %3999 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4001 = reshape %3998 : f32[4,2,1,8,16] @ models/lib/nn.yaml:56:23
%4002 = broadcast %4001 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4003 = mul %4000, %4002 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4004 = reduce_sum %4003 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4005 = permute %1556 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4006 = reshape %4005 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%4007 = broadcast %4006 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4008 = reshape %3997 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%4009 = broadcast %4008 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4010 = mul %4007, %4009 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4011 = reduce_sum %4010 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4012 = div %4004, %1555 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4013 = mul %4012, %1556 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4014 = neg %4013 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4015 = reduce_sum %4014 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%4016 = broadcast %4015 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4017 = add %4012, %4016 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4018 = mul %4017, %1553 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%4019 = mul %4018, %212 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%4020 = reshape %4019 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%4021 = broadcast %4020 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4022 = reshape %1538 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%4023 = broadcast %4022 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4024 = mul %4021, %4023 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4025 = reduce_sum %4024 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4026 = permute %4019 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%4027 = reshape %4026 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%4028 = broadcast %4027 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4029 = reshape %1536 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%4030 = broadcast %4029 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4031 = mul %4028, %4030 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4032 = reduce_sum %4031 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4033 = reshape %4011 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%4034 = pad %4033 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:40
%4035 = reshape %4032 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%4036 = pad %4035 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%4037 = add %4034, %4036 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%4038 = reshape %4025 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%4039 = pad %4038 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%4040 = add %4037, %4039 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%4041 = permute %4040 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%4042 = reshape %4041 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%4043 = reshape %4042 : f32[64,48] @ models/lib/nn.yaml:84:18
%4044 = matmul %3431, %4043 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%4045 = reshape %4044 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4046 = reshape %4045 : f32[48] @ models/lib/nn.yaml:84:18
%4047 = add %3218, %4046 : f32[48] @ models/lib/nn.yaml:84:18
%4048 = matmul %4042, %24 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4049 = reshape %1529 : f32[64,16] @ models/lib/nn.yaml:83:15
%4050 = reshape %4041 : f32[64,48] @ models/lib/nn.yaml:83:15
%4051 = matmul %4050, %4049 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%4052 = add %3222, %4051 : f32[48,16] @ models/lib/nn.yaml:83:15
%4053 = reshape %4048 : f32[64,16] @ models/lib/nn.yaml:96:46
%4054 = matmul %3431, %4053 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4055 = reshape %4054 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4056 = reshape %4055 : f32[16] @ models/lib/nn.yaml:96:46
%4057 = add %3224, %4056 : f32[16] @ models/lib/nn.yaml:96:46
%4058 = mul %4048, %1526 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4059 = mul %4048, %1525 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4060 = reduce_sum %4059 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4061 = reshape %4060 : f32[16] @ models/lib/nn.yaml:96:37
%4062 = add %3228, %4061 : f32[16] @ models/lib/nn.yaml:96:37
%4063 = mul %4058, %1524 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4064 = mul %4058, %1518 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4065 = reduce_sum %4064 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4066 = mul %1523, %1523 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4067 = mul %1523, %4066 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4068 = mul %4067, %3970 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4069 = mul %4065, %4068 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4070 = div %4069, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4071 = broadcast %4070 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4072 = mul %4071, %1518 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4073 = add %4063, %4072 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4074 = add %4073, %4072 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4075 = add %3983, %4074 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4076 = neg %4074 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4077 = reduce_sum %4076 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4078 = div %4077, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4079 = broadcast %4078 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4080 = add %4075, %4079 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4081 = reshape %4080 : f32[64,16] @ models/lib/nn.yaml:84:18
%4082 = matmul %3431, %4081 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4083 = reshape %4082 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4084 = reshape %4083 : f32[16] @ models/lib/nn.yaml:84:18
%4085 = add %3248, %4084 : f32[16] @ models/lib/nn.yaml:84:18
%4086 = matmul %4080, %20 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%4087 = reshape %1510 : f32[64,64] @ models/lib/nn.yaml:83:15
%4088 = reshape %4080 : f32[64,16] @ models/lib/nn.yaml:83:15
%4089 = matmul %4088, %4087 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4090 = add %3252, %4089 : f32[16,64] @ models/lib/nn.yaml:83:15
%4091 = mul %4086, %1509 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4092 = mul %4086, %1506 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4093 = mul %1507, %1507 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4094 = neg %4093 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4095 = exp %4094 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4096 = mul %4095, %3939 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4097 = mul %4092, %4096 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4098 = mul %4097, %256 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%4099 = mul %4091, %253 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4100 = add %4098, %4099 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4101 = reshape %4100 : f32[64,64] @ models/lib/nn.yaml:84:18
%4102 = matmul %3431, %4101 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%4103 = reshape %4102 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4104 = reshape %4103 : f32[64] @ models/lib/nn.yaml:84:18
%4105 = add %3264, %4104 : f32[64] @ models/lib/nn.yaml:84:18
%4106 = matmul %4100, %18 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4107 = reshape %1502 : f32[64,16] @ models/lib/nn.yaml:83:15
%4108 = reshape %4100 : f32[64,64] @ models/lib/nn.yaml:83:15
%4109 = matmul %4108, %4107 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4110 = add %3268, %4109 : f32[64,16] @ models/lib/nn.yaml:83:15
%4111 = reshape %4106 : f32[64,16] @ models/lib/nn.yaml:96:46
%4112 = matmul %3431, %4111 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4113 = reshape %4112 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4114 = reshape %4113 : f32[16] @ models/lib/nn.yaml:96:46
%4115 = add %3270, %4114 : f32[16] @ models/lib/nn.yaml:96:46
%4116 = mul %4106, %1499 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4117 = mul %4106, %1498 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4118 = reduce_sum %4117 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4119 = reshape %4118 : f32[16] @ models/lib/nn.yaml:96:37
%4120 = add %3274, %4119 : f32[16] @ models/lib/nn.yaml:96:37
%4121 = mul %4116, %1497 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4122 = mul %4116, %1491 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4123 = reduce_sum %4122 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4124 = mul %1496, %1496 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4125 = mul %1496, %4124 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4126 = mul %4125, %3970 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4127 = mul %4123, %4126 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4128 = div %4127, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4129 = broadcast %4128 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4130 = mul %4129, %1491 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4131 = add %4121, %4130 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4132 = add %4131, %4130 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4133 = add %4080, %4132 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4134 = neg %4132 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4135 = reduce_sum %4134 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4136 = div %4135, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4137 = broadcast %4136 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4138 = add %4133, %4137 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4139 = reshape %4138 : f32[64,16] @ models/lib/nn.yaml:84:18
%4140 = matmul %3431, %4139 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4141 = reshape %4140 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4142 = reshape %4141 : f32[16] @ models/lib/nn.yaml:84:18
%4143 = add %3294, %4142 : f32[16] @ models/lib/nn.yaml:84:18
%4144 = matmul %4138, %14 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4145 = reshape %1482 : f32[64,16] @ models/lib/nn.yaml:83:15
%4146 = reshape %4138 : f32[64,16] @ models/lib/nn.yaml:83:15
%4147 = matmul %4146, %4145 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4148 = add %3298, %4147 : f32[16,16] @ models/lib/nn.yaml:83:15
%4149 = reshape %4144 : f32[4,16,2,8] @ models/lib/nn.yaml:57:16
%4150 = permute %4149 perm=[0,2,1,3] : f32[4,2,16,8] @ models/lib/nn.yaml:56:13
%4151 = permute %1459 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%4152 = reshape %4150 : f32[4,2,16,8,1] @ models/lib/nn.yaml:56:23
%4153 = broadcast %4152 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4154 = reshape %4151 : f32[4,2,1,8,16] @ models/lib/nn.yaml:56:23
%4155 = broadcast %4154 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4156 = mul %4153, %4155 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4157 = reduce_sum %4156 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4158 = permute %1475 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4159 = reshape %4158 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%4160 = broadcast %4159 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4161 = reshape %4150 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%4162 = broadcast %4161 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4163 = mul %4160, %4162 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4164 = reduce_sum %4163 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4165 = div %4157, %1474 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4166 = mul %4165, %1475 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4167 = neg %4166 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4168 = reduce_sum %4167 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%4169 = broadcast %4168 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4170 = add %4165, %4169 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4171 = mul %4170, %1472 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%4172 = mul %4171, %212 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%4173 = reshape %4172 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%4174 = broadcast %4173 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4175 = reshape %1457 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%4176 = broadcast %4175 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4177 = mul %4174, %4176 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4178 = reduce_sum %4177 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4179 = permute %4172 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%4180 = reshape %4179 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%4181 = broadcast %4180 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4182 = reshape %1455 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%4183 = broadcast %4182 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4184 = mul %4181, %4183 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4185 = reduce_sum %4184 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4186 = reshape %4164 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%4187 = pad %4186 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:40
%4188 = reshape %4185 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%4189 = pad %4188 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%4190 = add %4187, %4189 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%4191 = reshape %4178 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%4192 = pad %4191 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%4193 = add %4190, %4192 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%4194 = permute %4193 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%4195 = reshape %4194 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%4196 = reshape %4195 : f32[64,48] @ models/lib/nn.yaml:84:18
%4197 = matmul %3431, %4196 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%4198 = reshape %4197 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4199 = reshape %4198 : f32[48] @ models/lib/nn.yaml:84:18
%4200 = add %3347, %4199 : f32[48] @ models/lib/nn.yaml:84:18
%4201 = matmul %4195, %12 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4202 = reshape %1448 : f32[64,16] @ models/lib/nn.yaml:83:15
%4203 = reshape %4194 : f32[64,48] @ models/lib/nn.yaml:83:15
%4204 = matmul %4203, %4202 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%4205 = add %3351, %4204 : f32[48,16] @ models/lib/nn.yaml:83:15
%4206 = reshape %4201 : f32[64,16] @ models/lib/nn.yaml:96:46
%4207 = matmul %3431, %4206 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4208 = reshape %4207 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4209 = reshape %4208 : f32[16] @ models/lib/nn.yaml:96:46
%4210 = add %3353, %4209 : f32[16] @ models/lib/nn.yaml:96:46
%4211 = mul %4201, %1445 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4212 = mul %4201, %1444 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4213 = reduce_sum %4212 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4214 = reshape %4213 : f32[16] @ models/lib/nn.yaml:96:37
%4215 = add %3357, %4214 : f32[16] @ models/lib/nn.yaml:96:37
%4216 = mul %4211, %1443 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4217 = mul %4211, %1437 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4218 = reduce_sum %4217 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4219 = mul %1442, %1442 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4220 = mul %1442, %4219 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4221 = mul %4220, %3970 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4222 = mul %4218, %4221 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4223 = div %4222, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4224 = broadcast %4223 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4225 = mul %4224, %1437 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4226 = add %4216, %4225 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4227 = add %4226, %4225 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4228 = add %4138, %4227 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4229 = neg %4227 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4230 = reduce_sum %4229 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4231 = div %4230, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4232 = broadcast %4231 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4233 = add %4228, %4232 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4234 = reduce_sum %4233 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%4235 = add %3385, %4234 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%4236 = reshape %4233 : f32[64,16] @ models/lib/vit.yaml:17:71
%4237 = matmul %3431, %4236 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%4238 = reshape %4237 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%4239 = reshape %4238 : f32[16] @ models/lib/vit.yaml:17:71
%4240 = add %3387, %4239 : f32[16] @ models/lib/vit.yaml:17:71
%4241 = reshape %166 : f32[64,48] @ models/lib/vit.yaml:17:18
%4242 = reshape %4233 : f32[64,16] @ models/lib/vit.yaml:17:18
%4243 = matmul %4242, %4241 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%4244 = reshape %4243 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%4245 = add %3391, %4244 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%4246 = all_reduce_sum %4235 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4247 = reshape %4246 : f32[256] @ models/lib/vit.yaml:48:7
%4248 = mul %4247, %4247 : f32[256] @ models/lib/vit.yaml:48:7
%4249 = reduce_sum %4248 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%4250 = sqrt %4249 : f32[] @ models/lib/vit.yaml:48:7
%4251 = cast %4250 : f64[] @ models/lib/vit.yaml:48:7
%4252 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%4253 = add %4251, %4252 : f64[] @ models/lib/vit.yaml:48:7
%4254 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%4255 = div %4254, %4253 : f64[] @ models/lib/vit.yaml:48:7
%4256 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%4257 = lt %4255, %4256 : bool[] @ models/lib/vit.yaml:48:7
%4258 = cast %4255 : f32[] @ models/lib/vit.yaml:48:7
%4259 = broadcast %4258 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4260 = mul %4246, %4259 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4261 = broadcast %4257 : bool[1,16,16] @ models/lib/vit.yaml:48:7
%4262 = select %4261, %4260, %4246 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4263 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4264 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4265 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%4266 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%4267 = add %4265, %4266 : i64[] @ models/lib/vit.yaml:48:7
%4268 = mul %2558, %2559 : f64[] @ models/lib/vit.yaml:48:7
%4269 = sub %4256, %4268 : f64[] @ models/lib/vit.yaml:48:7
%4270 = cast %4269 : f32[] @ models/lib/vit.yaml:48:7
%4271 = broadcast %4270 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4272 = mul %7, %4271 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4273 = broadcast %2314 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4274 = mul %4262, %4273 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4275 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%4276 = broadcast %1568 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4277 = mul %4263, %4276 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4278 = add %4277, %4274 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4279 = mul %4262, %4262 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4280 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%4281 = broadcast %4280 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4282 = mul %4279, %4281 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4283 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%4284 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%4285 = broadcast %4284 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4286 = mul %4264, %4285 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4287 = add %4286, %4282 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4288 = cast %4267 : f64[] @ models/lib/vit.yaml:48:7
%4289 = pow %4275, %4288 : f64[] @ models/lib/vit.yaml:48:7
%4290 = sub %4256, %4289 : f64[] @ models/lib/vit.yaml:48:7
%4291 = div %2558, %4290 : f64[] @ models/lib/vit.yaml:48:7
%4292 = pow %4283, %4288 : f64[] @ models/lib/vit.yaml:48:7
%4293 = sub %4256, %4292 : f64[] @ models/lib/vit.yaml:48:7
%4294 = sqrt %4293 : f64[] @ models/lib/vit.yaml:48:7
%4295 = div %4256, %4294 : f64[] @ models/lib/vit.yaml:48:7
%4296 = sqrt %4287 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4297 = cast %4295 : f32[] @ models/lib/vit.yaml:48:7
%4298 = broadcast %4297 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4299 = mul %4296, %4298 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4300 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%4301 = broadcast %4300 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4302 = add %4299, %4301 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4303 = div %4278, %4302 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4304 = cast %4291 : f32[] @ models/lib/vit.yaml:48:7
%4305 = broadcast %4304 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4306 = mul %4303, %4305 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4307 = sub %4272, %4306 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4308 = assign %7, %4307 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4309 = assign %4263, %4278 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4310 = assign %4264, %4287 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4311 = assign %4265, %4267 : i64[] @ models/lib/vit.yaml:48:7
%4312 = cast %2560 : f32[] @ models/lib/vit.yaml:48:7
%4313 = broadcast %4312 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4314 = mul %85, %4313 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4315 = sub %4256, %2560 : f64[] @ models/lib/vit.yaml:48:7
%4316 = cast %4315 : f32[] @ models/lib/vit.yaml:48:7
%4317 = broadcast %4316 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4318 = mul %4307, %4317 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4319 = add %4314, %4318 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4320 = assign %85, %4319 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4321 = all_reduce_sum %4245 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4322 = reshape %4321 : f32[768] @ models/lib/vit.yaml:9:7
%4323 = mul %4322, %4322 : f32[768] @ models/lib/vit.yaml:9:7
%4324 = reduce_sum %4323 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%4325 = sqrt %4324 : f32[] @ models/lib/vit.yaml:9:7
%4326 = cast %4325 : f64[] @ models/lib/vit.yaml:9:7
%4327 = add %4326, %4252 : f64[] @ models/lib/vit.yaml:9:7
%4328 = div %4254, %4327 : f64[] @ models/lib/vit.yaml:9:7
%4329 = lt %4328, %4256 : bool[] @ models/lib/vit.yaml:9:7
%4330 = cast %4328 : f32[] @ models/lib/vit.yaml:9:7
%4331 = broadcast %4330 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4332 = mul %4321, %4331 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4333 = broadcast %4329 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%4334 = select %4333, %4332, %4321 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4335 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4336 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4337 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%4338 = add %4337, %4266 : i64[] @ models/lib/vit.yaml:9:7
%4339 = broadcast %4270 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4340 = mul %8, %4339 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4341 = broadcast %2314 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4342 = mul %4334, %4341 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4343 = broadcast %1568 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4344 = mul %4335, %4343 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4345 = add %4344, %4342 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4346 = mul %4334, %4334 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4347 = broadcast %4280 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4348 = mul %4346, %4347 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4349 = broadcast %4284 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4350 = mul %4336, %4349 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4351 = add %4350, %4348 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4352 = cast %4338 : f64[] @ models/lib/vit.yaml:9:7
%4353 = pow %4275, %4352 : f64[] @ models/lib/vit.yaml:9:7
%4354 = sub %4256, %4353 : f64[] @ models/lib/vit.yaml:9:7
%4355 = div %2558, %4354 : f64[] @ models/lib/vit.yaml:9:7
%4356 = pow %4283, %4352 : f64[] @ models/lib/vit.yaml:9:7
%4357 = sub %4256, %4356 : f64[] @ models/lib/vit.yaml:9:7
%4358 = sqrt %4357 : f64[] @ models/lib/vit.yaml:9:7
%4359 = div %4256, %4358 : f64[] @ models/lib/vit.yaml:9:7
%4360 = sqrt %4351 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4361 = cast %4359 : f32[] @ models/lib/vit.yaml:9:7
%4362 = broadcast %4361 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4363 = mul %4360, %4362 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4364 = broadcast %4300 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4365 = add %4363, %4364 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4366 = div %4345, %4365 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4367 = cast %4355 : f32[] @ models/lib/vit.yaml:9:7
%4368 = broadcast %4367 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4369 = mul %4366, %4368 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4370 = sub %4340, %4369 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4371 = assign %8, %4370 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4372 = assign %4335, %4345 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4373 = assign %4336, %4351 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4374 = assign %4337, %4338 : i64[] @ models/lib/vit.yaml:9:7
%4375 = broadcast %4312 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4376 = mul %86, %4375 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4377 = broadcast %4316 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4378 = mul %4370, %4377 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4379 = add %4376, %4378 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4380 = assign %86, %4379 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4381 = all_reduce_sum %4240 : f32[16] @ models/lib/vit.yaml:10:7
%4382 = mul %4381, %4381 : f32[16] @ models/lib/vit.yaml:10:7
%4383 = reduce_sum %4382 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%4384 = sqrt %4383 : f32[] @ models/lib/vit.yaml:10:7
%4385 = cast %4384 : f64[] @ models/lib/vit.yaml:10:7
%4386 = add %4385, %4252 : f64[] @ models/lib/vit.yaml:10:7
%4387 = div %4254, %4386 : f64[] @ models/lib/vit.yaml:10:7
%4388 = lt %4387, %4256 : bool[] @ models/lib/vit.yaml:10:7
%4389 = cast %4387 : f32[] @ models/lib/vit.yaml:10:7
%4390 = broadcast %4389 : f32[16] @ models/lib/vit.yaml:10:7
%4391 = mul %4381, %4390 : f32[16] @ models/lib/vit.yaml:10:7
%4392 = broadcast %4388 : bool[16] @ models/lib/vit.yaml:10:7
%4393 = select %4392, %4391, %4381 : f32[16] @ models/lib/vit.yaml:10:7
%4394 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%4395 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%4396 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%4397 = add %4396, %4266 : i64[] @ models/lib/vit.yaml:10:7
%4398 = broadcast %2314 : f32[16] @ models/lib/vit.yaml:10:7
%4399 = mul %4393, %4398 : f32[16] @ models/lib/vit.yaml:10:7
%4400 = broadcast %1568 : f32[16] @ models/lib/vit.yaml:10:7
%4401 = mul %4394, %4400 : f32[16] @ models/lib/vit.yaml:10:7
%4402 = add %4401, %4399 : f32[16] @ models/lib/vit.yaml:10:7
%4403 = mul %4393, %4393 : f32[16] @ models/lib/vit.yaml:10:7
%4404 = broadcast %4280 : f32[16] @ models/lib/vit.yaml:10:7
%4405 = mul %4403, %4404 : f32[16] @ models/lib/vit.yaml:10:7
%4406 = broadcast %4284 : f32[16] @ models/lib/vit.yaml:10:7
%4407 = mul %4395, %4406 : f32[16] @ models/lib/vit.yaml:10:7
%4408 = add %4407, %4405 : f32[16] @ models/lib/vit.yaml:10:7
%4409 = cast %4397 : f64[] @ models/lib/vit.yaml:10:7
%4410 = pow %4275, %4409 : f64[] @ models/lib/vit.yaml:10:7
%4411 = sub %4256, %4410 : f64[] @ models/lib/vit.yaml:10:7
%4412 = div %2558, %4411 : f64[] @ models/lib/vit.yaml:10:7
%4413 = pow %4283, %4409 : f64[] @ models/lib/vit.yaml:10:7
%4414 = sub %4256, %4413 : f64[] @ models/lib/vit.yaml:10:7
%4415 = sqrt %4414 : f64[] @ models/lib/vit.yaml:10:7
%4416 = div %4256, %4415 : f64[] @ models/lib/vit.yaml:10:7
%4417 = sqrt %4408 : f32[16] @ models/lib/vit.yaml:10:7
%4418 = cast %4416 : f32[] @ models/lib/vit.yaml:10:7
%4419 = broadcast %4418 : f32[16] @ models/lib/vit.yaml:10:7
%4420 = mul %4417, %4419 : f32[16] @ models/lib/vit.yaml:10:7
%4421 = broadcast %4300 : f32[16] @ models/lib/vit.yaml:10:7
%4422 = add %4420, %4421 : f32[16] @ models/lib/vit.yaml:10:7
%4423 = div %4402, %4422 : f32[16] @ models/lib/vit.yaml:10:7
%4424 = cast %4412 : f32[] @ models/lib/vit.yaml:10:7
%4425 = broadcast %4424 : f32[16] @ models/lib/vit.yaml:10:7
%4426 = mul %4423, %4425 : f32[16] @ models/lib/vit.yaml:10:7
%4427 = sub %9, %4426 : f32[16] @ models/lib/vit.yaml:10:7
%4428 = assign %9, %4427 : f32[16] @ models/lib/vit.yaml:10:7
%4429 = assign %4394, %4402 : f32[16] @ models/lib/vit.yaml:10:7
%4430 = assign %4395, %4408 : f32[16] @ models/lib/vit.yaml:10:7
%4431 = assign %4396, %4397 : i64[] @ models/lib/vit.yaml:10:7
%4432 = broadcast %4312 : f32[16] @ models/lib/vit.yaml:10:7
%4433 = mul %87, %4432 : f32[16] @ models/lib/vit.yaml:10:7
%4434 = broadcast %4316 : f32[16] @ models/lib/vit.yaml:10:7
%4435 = mul %4427, %4434 : f32[16] @ models/lib/vit.yaml:10:7
%4436 = add %4433, %4435 : f32[16] @ models/lib/vit.yaml:10:7
%4437 = assign %87, %4436 : f32[16] @ models/lib/vit.yaml:10:7
%4438 = all_reduce_sum %4215 : f32[16] @ models/lib/nn.yaml:89:7
%4439 = mul %4438, %4438 : f32[16] @ models/lib/nn.yaml:89:7
%4440 = reduce_sum %4439 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%4441 = sqrt %4440 : f32[] @ models/lib/nn.yaml:89:7
%4442 = cast %4441 : f64[] @ models/lib/nn.yaml:89:7
%4443 = add %4442, %4252 : f64[] @ models/lib/nn.yaml:89:7
%4444 = div %4254, %4443 : f64[] @ models/lib/nn.yaml:89:7
%4445 = lt %4444, %4256 : bool[] @ models/lib/nn.yaml:89:7
%4446 = cast %4444 : f32[] @ models/lib/nn.yaml:89:7
%4447 = broadcast %4446 : f32[16] @ models/lib/nn.yaml:89:7
%4448 = mul %4438, %4447 : f32[16] @ models/lib/nn.yaml:89:7
%4449 = broadcast %4445 : bool[16] @ models/lib/nn.yaml:89:7
%4450 = select %4449, %4448, %4438 : f32[16] @ models/lib/nn.yaml:89:7
%4451 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4452 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4453 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4454 = add %4453, %4266 : i64[] @ models/lib/nn.yaml:89:7
%4455 = mul %4450, %4398 : f32[16] @ models/lib/nn.yaml:89:7
%4456 = mul %4451, %4400 : f32[16] @ models/lib/nn.yaml:89:7
%4457 = add %4456, %4455 : f32[16] @ models/lib/nn.yaml:89:7
%4458 = mul %4450, %4450 : f32[16] @ models/lib/nn.yaml:89:7
%4459 = mul %4458, %4404 : f32[16] @ models/lib/nn.yaml:89:7
%4460 = mul %4452, %4406 : f32[16] @ models/lib/nn.yaml:89:7
%4461 = add %4460, %4459 : f32[16] @ models/lib/nn.yaml:89:7
%4462 = cast %4454 : f64[] @ models/lib/nn.yaml:89:7
%4463 = pow %4275, %4462 : f64[] @ models/lib/nn.yaml:89:7
%4464 = sub %4256, %4463 : f64[] @ models/lib/nn.yaml:89:7
%4465 = div %2558, %4464 : f64[] @ models/lib/nn.yaml:89:7
%4466 = pow %4283, %4462 : f64[] @ models/lib/nn.yaml:89:7
%4467 = sub %4256, %4466 : f64[] @ models/lib/nn.yaml:89:7
%4468 = sqrt %4467 : f64[] @ models/lib/nn.yaml:89:7
%4469 = div %4256, %4468 : f64[] @ models/lib/nn.yaml:89:7
%4470 = sqrt %4461 : f32[16] @ models/lib/nn.yaml:89:7
%4471 = cast %4469 : f32[] @ models/lib/nn.yaml:89:7
%4472 = broadcast %4471 : f32[16] @ models/lib/nn.yaml:89:7
%4473 = mul %4470, %4472 : f32[16] @ models/lib/nn.yaml:89:7
%4474 = add %4473, %4421 : f32[16] @ models/lib/nn.yaml:89:7
%4475 = div %4457, %4474 : f32[16] @ models/lib/nn.yaml:89:7
%4476 = cast %4465 : f32[] @ models/lib/nn.yaml:89:7
%4477 = broadcast %4476 : f32[16] @ models/lib/nn.yaml:89:7
%4478 = mul %4475, %4477 : f32[16] @ models/lib/nn.yaml:89:7
%4479 = sub %10, %4478 : f32[16] @ models/lib/nn.yaml:89:7
%4480 = assign %10, %4479 : f32[16] @ models/lib/nn.yaml:89:7
%4481 = assign %4451, %4457 : f32[16] @ models/lib/nn.yaml:89:7
%4482 = assign %4452, %4461 : f32[16] @ models/lib/nn.yaml:89:7
%4483 = assign %4453, %4454 : i64[] @ models/lib/nn.yaml:89:7
%4484 = mul %88, %4432 : f32[16] @ models/lib/nn.yaml:89:7
%4485 = mul %4479, %4434 : f32[16] @ models/lib/nn.yaml:89:7
%4486 = add %4484, %4485 : f32[16] @ models/lib/nn.yaml:89:7
%4487 = assign %88, %4486 : f32[16] @ models/lib/nn.yaml:89:7
%4488 = all_reduce_sum %4210 : f32[16] @ models/lib/nn.yaml:90:7
%4489 = mul %4488, %4488 : f32[16] @ models/lib/nn.yaml:90:7
%4490 = reduce_sum %4489 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%4491 = sqrt %4490 : f32[] @ models/lib/nn.yaml:90:7
%4492 = cast %4491 : f64[] @ models/lib/nn.yaml:90:7
%4493 = add %4492, %4252 : f64[] @ models/lib/nn.yaml:90:7
%4494 = div %4254, %4493 : f64[] @ models/lib/nn.yaml:90:7
%4495 = lt %4494, %4256 : bool[] @ models/lib/nn.yaml:90:7
%4496 = cast %4494 : f32[] @ models/lib/nn.yaml:90:7
%4497 = broadcast %4496 : f32[16] @ models/lib/nn.yaml:90:7
%4498 = mul %4488, %4497 : f32[16] @ models/lib/nn.yaml:90:7
%4499 = broadcast %4495 : bool[16] @ models/lib/nn.yaml:90:7
%4500 = select %4499, %4498, %4488 : f32[16] @ models/lib/nn.yaml:90:7
%4501 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4502 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4503 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4504 = add %4503, %4266 : i64[] @ models/lib/nn.yaml:90:7
%4505 = mul %4500, %4398 : f32[16] @ models/lib/nn.yaml:90:7
%4506 = mul %4501, %4400 : f32[16] @ models/lib/nn.yaml:90:7
%4507 = add %4506, %4505 : f32[16] @ models/lib/nn.yaml:90:7
%4508 = mul %4500, %4500 : f32[16] @ models/lib/nn.yaml:90:7
%4509 = mul %4508, %4404 : f32[16] @ models/lib/nn.yaml:90:7
%4510 = mul %4502, %4406 : f32[16] @ models/lib/nn.yaml:90:7
%4511 = add %4510, %4509 : f32[16] @ models/lib/nn.yaml:90:7
%4512 = cast %4504 : f64[] @ models/lib/nn.yaml:90:7
%4513 = pow %4275, %4512 : f64[] @ models/lib/nn.yaml:90:7
%4514 = sub %4256, %4513 : f64[] @ models/lib/nn.yaml:90:7
%4515 = div %2558, %4514 : f64[] @ models/lib/nn.yaml:90:7
%4516 = pow %4283, %4512 : f64[] @ models/lib/nn.yaml:90:7
%4517 = sub %4256, %4516 : f64[] @ models/lib/nn.yaml:90:7
%4518 = sqrt %4517 : f64[] @ models/lib/nn.yaml:90:7
%4519 = div %4256, %4518 : f64[] @ models/lib/nn.yaml:90:7
%4520 = sqrt %4511 : f32[16] @ models/lib/nn.yaml:90:7
%4521 = cast %4519 : f32[] @ models/lib/nn.yaml:90:7
%4522 = broadcast %4521 : f32[16] @ models/lib/nn.yaml:90:7
%4523 = mul %4520, %4522 : f32[16] @ models/lib/nn.yaml:90:7
%4524 = add %4523, %4421 : f32[16] @ models/lib/nn.yaml:90:7
%4525 = div %4507, %4524 : f32[16] @ models/lib/nn.yaml:90:7
%4526 = cast %4515 : f32[] @ models/lib/nn.yaml:90:7
%4527 = broadcast %4526 : f32[16] @ models/lib/nn.yaml:90:7
%4528 = mul %4525, %4527 : f32[16] @ models/lib/nn.yaml:90:7
%4529 = sub %11, %4528 : f32[16] @ models/lib/nn.yaml:90:7
%4530 = assign %11, %4529 : f32[16] @ models/lib/nn.yaml:90:7
%4531 = assign %4501, %4507 : f32[16] @ models/lib/nn.yaml:90:7
%4532 = assign %4502, %4511 : f32[16] @ models/lib/nn.yaml:90:7
%4533 = assign %4503, %4504 : i64[] @ models/lib/nn.yaml:90:7
%4534 = mul %89, %4432 : f32[16] @ models/lib/nn.yaml:90:7
%4535 = mul %4529, %4434 : f32[16] @ models/lib/nn.yaml:90:7
%4536 = add %4534, %4535 : f32[16] @ models/lib/nn.yaml:90:7
%4537 = assign %89, %4536 : f32[16] @ models/lib/nn.yaml:90:7
%4538 = all_reduce_sum %4205 : f32[48,16] @ models/lib/nn.yaml:79:7
%4539 = reshape %4538 : f32[768] @ models/lib/nn.yaml:79:7
%4540 = mul %4539, %4539 : f32[768] @ models/lib/nn.yaml:79:7
%4541 = reduce_sum %4540 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4542 = sqrt %4541 : f32[] @ models/lib/nn.yaml:79:7
%4543 = cast %4542 : f64[] @ models/lib/nn.yaml:79:7
%4544 = add %4543, %4252 : f64[] @ models/lib/nn.yaml:79:7
%4545 = div %4254, %4544 : f64[] @ models/lib/nn.yaml:79:7
%4546 = lt %4545, %4256 : bool[] @ models/lib/nn.yaml:79:7
%4547 = cast %4545 : f32[] @ models/lib/nn.yaml:79:7
%4548 = broadcast %4547 : f32[48,16] @ models/lib/nn.yaml:79:7
%4549 = mul %4538, %4548 : f32[48,16] @ models/lib/nn.yaml:79:7
%4550 = broadcast %4546 : bool[48,16] @ models/lib/nn.yaml:79:7
%4551 = select %4550, %4549, %4538 : f32[48,16] @ models/lib/nn.yaml:79:7
%4552 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%4553 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%4554 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4555 = add %4554, %4266 : i64[] @ models/lib/nn.yaml:79:7
%4556 = broadcast %4270 : f32[48,16] @ models/lib/nn.yaml:79:7
%4557 = mul %12, %4556 : f32[48,16] @ models/lib/nn.yaml:79:7
%4558 = broadcast %2314 : f32[48,16] @ models/lib/nn.yaml:79:7
%4559 = mul %4551, %4558 : f32[48,16] @ models/lib/nn.yaml:79:7
%4560 = broadcast %1568 : f32[48,16] @ models/lib/nn.yaml:79:7
%4561 = mul %4552, %4560 : f32[48,16] @ models/lib/nn.yaml:79:7
%4562 = add %4561, %4559 : f32[48,16] @ models/lib/nn.yaml:79:7
%4563 = mul %4551, %4551 : f32[48,16] @ models/lib/nn.yaml:79:7
%4564 = broadcast %4280 : f32[48,16] @ models/lib/nn.yaml:79:7
%4565 = mul %4563, %4564 : f32[48,16] @ models/lib/nn.yaml:79:7
%4566 = broadcast %4284 : f32[48,16] @ models/lib/nn.yaml:79:7
%4567 = mul %4553, %4566 : f32[48,16] @ models/lib/nn.yaml:79:7
%4568 = add %4567, %4565 : f32[48,16] @ models/lib/nn.yaml:79:7
%4569 = cast %4555 : f64[] @ models/lib/nn.yaml:79:7
%4570 = pow %4275, %4569 : f64[] @ models/lib/nn.yaml:79:7
%4571 = sub %4256, %4570 : f64[] @ models/lib/nn.yaml:79:7
%4572 = div %2558, %4571 : f64[] @ models/lib/nn.yaml:79:7
%4573 = pow %4283, %4569 : f64[] @ models/lib/nn.yaml:79:7
%4574 = sub %4256, %4573 : f64[] @ models/lib/nn.yaml:79:7
%4575 = sqrt %4574 : f64[] @ models/lib/nn.yaml:79:7
%4576 = div %4256, %4575 : f64[] @ models/lib/nn.yaml:79:7
%4577 = sqrt %4568 : f32[48,16] @ models/lib/nn.yaml:79:7
%4578 = cast %4576 : f32[] @ models/lib/nn.yaml:79:7
%4579 = broadcast %4578 : f32[48,16] @ models/lib/nn.yaml:79:7
%4580 = mul %4577, %4579 : f32[48,16] @ models/lib/nn.yaml:79:7
%4581 = broadcast %4300 : f32[48,16] @ models/lib/nn.yaml:79:7
%4582 = add %4580, %4581 : f32[48,16] @ models/lib/nn.yaml:79:7
%4583 = div %4562, %4582 : f32[48,16] @ models/lib/nn.yaml:79:7
%4584 = cast %4572 : f32[] @ models/lib/nn.yaml:79:7
%4585 = broadcast %4584 : f32[48,16] @ models/lib/nn.yaml:79:7
%4586 = mul %4583, %4585 : f32[48,16] @ models/lib/nn.yaml:79:7
%4587 = sub %4557, %4586 : f32[48,16] @ models/lib/nn.yaml:79:7
%4588 = assign %12, %4587 : f32[48,16] @ models/lib/nn.yaml:79:7
%4589 = assign %4552, %4562 : f32[48,16] @ models/lib/nn.yaml:79:7
%4590 = assign %4553, %4568 : f32[48,16] @ models/lib/nn.yaml:79:7
%4591 = assign %4554, %4555 : i64[] @ models/lib/nn.yaml:79:7
%4592 = broadcast %4312 : f32[48,16] @ models/lib/nn.yaml:79:7
%4593 = mul %90, %4592 : f32[48,16] @ models/lib/nn.yaml:79:7
%4594 = broadcast %4316 : f32[48,16] @ models/lib/nn.yaml:79:7
%4595 = mul %4587, %4594 : f32[48,16] @ models/lib/nn.yaml:79:7
%4596 = add %4593, %4595 : f32[48,16] @ models/lib/nn.yaml:79:7
%4597 = assign %90, %4596 : f32[48,16] @ models/lib/nn.yaml:79:7
%4598 = all_reduce_sum %4200 : f32[48] @ models/lib/nn.yaml:80:7
%4599 = mul %4598, %4598 : f32[48] @ models/lib/nn.yaml:80:7
%4600 = reduce_sum %4599 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4601 = sqrt %4600 : f32[] @ models/lib/nn.yaml:80:7
%4602 = cast %4601 : f64[] @ models/lib/nn.yaml:80:7
%4603 = add %4602, %4252 : f64[] @ models/lib/nn.yaml:80:7
%4604 = div %4254, %4603 : f64[] @ models/lib/nn.yaml:80:7
%4605 = lt %4604, %4256 : bool[] @ models/lib/nn.yaml:80:7
%4606 = cast %4604 : f32[] @ models/lib/nn.yaml:80:7
%4607 = broadcast %4606 : f32[48] @ models/lib/nn.yaml:80:7
%4608 = mul %4598, %4607 : f32[48] @ models/lib/nn.yaml:80:7
%4609 = broadcast %4605 : bool[48] @ models/lib/nn.yaml:80:7
%4610 = select %4609, %4608, %4598 : f32[48] @ models/lib/nn.yaml:80:7
%4611 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%4612 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%4613 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4614 = add %4613, %4266 : i64[] @ models/lib/nn.yaml:80:7
%4615 = broadcast %2314 : f32[48] @ models/lib/nn.yaml:80:7
%4616 = mul %4610, %4615 : f32[48] @ models/lib/nn.yaml:80:7
%4617 = broadcast %1568 : f32[48] @ models/lib/nn.yaml:80:7
%4618 = mul %4611, %4617 : f32[48] @ models/lib/nn.yaml:80:7
%4619 = add %4618, %4616 : f32[48] @ models/lib/nn.yaml:80:7
%4620 = mul %4610, %4610 : f32[48] @ models/lib/nn.yaml:80:7
%4621 = broadcast %4280 : f32[48] @ models/lib/nn.yaml:80:7
%4622 = mul %4620, %4621 : f32[48] @ models/lib/nn.yaml:80:7
%4623 = broadcast %4284 : f32[48] @ models/lib/nn.yaml:80:7
%4624 = mul %4612, %4623 : f32[48] @ models/lib/nn.yaml:80:7
%4625 = add %4624, %4622 : f32[48] @ models/lib/nn.yaml:80:7
%4626 = cast %4614 : f64[] @ models/lib/nn.yaml:80:7
%4627 = pow %4275, %4626 : f64[] @ models/lib/nn.yaml:80:7
%4628 = sub %4256, %4627 : f64[] @ models/lib/nn.yaml:80:7
%4629 = div %2558, %4628 : f64[] @ models/lib/nn.yaml:80:7
%4630 = pow %4283, %4626 : f64[] @ models/lib/nn.yaml:80:7
%4631 = sub %4256, %4630 : f64[] @ models/lib/nn.yaml:80:7
%4632 = sqrt %4631 : f64[] @ models/lib/nn.yaml:80:7
%4633 = div %4256, %4632 : f64[] @ models/lib/nn.yaml:80:7
%4634 = sqrt %4625 : f32[48] @ models/lib/nn.yaml:80:7
%4635 = cast %4633 : f32[] @ models/lib/nn.yaml:80:7
%4636 = broadcast %4635 : f32[48] @ models/lib/nn.yaml:80:7
%4637 = mul %4634, %4636 : f32[48] @ models/lib/nn.yaml:80:7
%4638 = broadcast %4300 : f32[48] @ models/lib/nn.yaml:80:7
%4639 = add %4637, %4638 : f32[48] @ models/lib/nn.yaml:80:7
%4640 = div %4619, %4639 : f32[48] @ models/lib/nn.yaml:80:7
%4641 = cast %4629 : f32[] @ models/lib/nn.yaml:80:7
%4642 = broadcast %4641 : f32[48] @ models/lib/nn.yaml:80:7
%4643 = mul %4640, %4642 : f32[48] @ models/lib/nn.yaml:80:7
%4644 = sub %13, %4643 : f32[48] @ models/lib/nn.yaml:80:7
%4645 = assign %13, %4644 : f32[48] @ models/lib/nn.yaml:80:7
%4646 = assign %4611, %4619 : f32[48] @ models/lib/nn.yaml:80:7
%4647 = assign %4612, %4625 : f32[48] @ models/lib/nn.yaml:80:7
%4648 = assign %4613, %4614 : i64[] @ models/lib/nn.yaml:80:7
%4649 = broadcast %4312 : f32[48] @ models/lib/nn.yaml:80:7
%4650 = mul %91, %4649 : f32[48] @ models/lib/nn.yaml:80:7
%4651 = broadcast %4316 : f32[48] @ models/lib/nn.yaml:80:7
%4652 = mul %4644, %4651 : f32[48] @ models/lib/nn.yaml:80:7
%4653 = add %4650, %4652 : f32[48] @ models/lib/nn.yaml:80:7
%4654 = assign %91, %4653 : f32[48] @ models/lib/nn.yaml:80:7
%4655 = all_reduce_sum %4148 : f32[16,16] @ models/lib/nn.yaml:79:7
%4656 = reshape %4655 : f32[256] @ models/lib/nn.yaml:79:7
%4657 = mul %4656, %4656 : f32[256] @ models/lib/nn.yaml:79:7
%4658 = reduce_sum %4657 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4659 = sqrt %4658 : f32[] @ models/lib/nn.yaml:79:7
%4660 = cast %4659 : f64[] @ models/lib/nn.yaml:79:7
%4661 = add %4660, %4252 : f64[] @ models/lib/nn.yaml:79:7
%4662 = div %4254, %4661 : f64[] @ models/lib/nn.yaml:79:7
%4663 = lt %4662, %4256 : bool[] @ models/lib/nn.yaml:79:7
%4664 = cast %4662 : f32[] @ models/lib/nn.yaml:79:7
%4665 = broadcast %4664 : f32[16,16] @ models/lib/nn.yaml:79:7
%4666 = mul %4655, %4665 : f32[16,16] @ models/lib/nn.yaml:79:7
%4667 = broadcast %4663 : bool[16,16] @ models/lib/nn.yaml:79:7
%4668 = select %4667, %4666, %4655 : f32[16,16] @ models/lib/nn.yaml:79:7
%4669 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4670 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4671 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4672 = add %4671, %4266 : i64[] @ models/lib/nn.yaml:79:7
%4673 = broadcast %4270 : f32[16,16] @ models/lib/nn.yaml:79:7
%4674 = mul %14, %4673 : f32[16,16] @ models/lib/nn.yaml:79:7
%4675 = broadcast %2314 : f32[16,16] @ models/lib/nn.yaml:79:7
%4676 = mul %4668, %4675 : f32[16,16] @ models/lib/nn.yaml:79:7
%4677 = broadcast %1568 : f32[16,16] @ models/lib/nn.yaml:79:7
%4678 = mul %4669, %4677 : f32[16,16] @ models/lib/nn.yaml:79:7
%4679 = add %4678, %4676 : f32[16,16] @ models/lib/nn.yaml:79:7
%4680 = mul %4668, %4668 : f32[16,16] @ models/lib/nn.yaml:79:7
%4681 = broadcast %4280 : f32[16,16] @ models/lib/nn.yaml:79:7
%4682 = mul %4680, %4681 : f32[16,16] @ models/lib/nn.yaml:79:7
%4683 = broadcast %4284 : f32[16,16] @ models/lib/nn.yaml:79:7
%4684 = mul %4670, %4683 : f32[16,16] @ models/lib/nn.yaml:79:7
%4685 = add %4684, %4682 : f32[16,16] @ models/lib/nn.yaml:79:7
%4686 = cast %4672 : f64[] @ models/lib/nn.yaml:79:7
%4687 = pow %4275, %4686 : f64[] @ models/lib/nn.yaml:79:7
%4688 = sub %4256, %4687 : f64[] @ models/lib/nn.yaml:79:7
%4689 = div %2558, %4688 : f64[] @ models/lib/nn.yaml:79:7
%4690 = pow %4283, %4686 : f64[] @ models/lib/nn.yaml:79:7
%4691 = sub %4256, %4690 : f64[] @ models/lib/nn.yaml:79:7
%4692 = sqrt %4691 : f64[] @ models/lib/nn.yaml:79:7
%4693 = div %4256, %4692 : f64[] @ models/lib/nn.yaml:79:7
%4694 = sqrt %4685 : f32[16,16] @ models/lib/nn.yaml:79:7
%4695 = cast %4693 : f32[] @ models/lib/nn.yaml:79:7
%4696 = broadcast %4695 : f32[16,16] @ models/lib/nn.yaml:79:7
%4697 = mul %4694, %4696 : f32[16,16] @ models/lib/nn.yaml:79:7
%4698 = broadcast %4300 : f32[16,16] @ models/lib/nn.yaml:79:7
%4699 = add %4697, %4698 : f32[16,16] @ models/lib/nn.yaml:79:7
%4700 = div %4679, %4699 : f32[16,16] @ models/lib/nn.yaml:79:7
%4701 = cast %4689 : f32[] @ models/lib/nn.yaml:79:7
%4702 = broadcast %4701 : f32[16,16] @ models/lib/nn.yaml:79:7
%4703 = mul %4700, %4702 : f32[16,16] @ models/lib/nn.yaml:79:7
%4704 = sub %4674, %4703 : f32[16,16] @ models/lib/nn.yaml:79:7
%4705 = assign %14, %4704 : f32[16,16] @ models/lib/nn.yaml:79:7
%4706 = assign %4669, %4679 : f32[16,16] @ models/lib/nn.yaml:79:7
%4707 = assign %4670, %4685 : f32[16,16] @ models/lib/nn.yaml:79:7
%4708 = assign %4671, %4672 : i64[] @ models/lib/nn.yaml:79:7
%4709 = broadcast %4312 : f32[16,16] @ models/lib/nn.yaml:79:7
%4710 = mul %92, %4709 : f32[16,16] @ models/lib/nn.yaml:79:7
%4711 = broadcast %4316 : f32[16,16] @ models/lib/nn.yaml:79:7
%4712 = mul %4704, %4711 : f32[16,16] @ models/lib/nn.yaml:79:7
%4713 = add %4710, %4712 : f32[16,16] @ models/lib/nn.yaml:79:7
%4714 = assign %92, %4713 : f32[16,16] @ models/lib/nn.yaml:79:7
%4715 = all_reduce_sum %4143 : f32[16] @ models/lib/nn.yaml:80:7
%4716 = mul %4715, %4715 : f32[16] @ models/lib/nn.yaml:80:7
%4717 = reduce_sum %4716 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4718 = sqrt %4717 : f32[] @ models/lib/nn.yaml:80:7
%4719 = cast %4718 : f64[] @ models/lib/nn.yaml:80:7
%4720 = add %4719, %4252 : f64[] @ models/lib/nn.yaml:80:7
%4721 = div %4254, %4720 : f64[] @ models/lib/nn.yaml:80:7
%4722 = lt %4721, %4256 : bool[] @ models/lib/nn.yaml:80:7
%4723 = cast %4721 : f32[] @ models/lib/nn.yaml:80:7
%4724 = broadcast %4723 : f32[16] @ models/lib/nn.yaml:80:7
%4725 = mul %4715, %4724 : f32[16] @ models/lib/nn.yaml:80:7
%4726 = broadcast %4722 : bool[16] @ models/lib/nn.yaml:80:7
%4727 = select %4726, %4725, %4715 : f32[16] @ models/lib/nn.yaml:80:7
%4728 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4729 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4730 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4731 = add %4730, %4266 : i64[] @ models/lib/nn.yaml:80:7
%4732 = mul %4727, %4398 : f32[16] @ models/lib/nn.yaml:80:7
%4733 = mul %4728, %4400 : f32[16] @ models/lib/nn.yaml:80:7
%4734 = add %4733, %4732 : f32[16] @ models/lib/nn.yaml:80:7
%4735 = mul %4727, %4727 : f32[16] @ models/lib/nn.yaml:80:7
%4736 = mul %4735, %4404 : f32[16] @ models/lib/nn.yaml:80:7
%4737 = mul %4729, %4406 : f32[16] @ models/lib/nn.yaml:80:7
%4738 = add %4737, %4736 : f32[16] @ models/lib/nn.yaml:80:7
%4739 = cast %4731 : f64[] @ models/lib/nn.yaml:80:7
%4740 = pow %4275, %4739 : f64[] @ models/lib/nn.yaml:80:7
%4741 = sub %4256, %4740 : f64[] @ models/lib/nn.yaml:80:7
%4742 = div %2558, %4741 : f64[] @ models/lib/nn.yaml:80:7
%4743 = pow %4283, %4739 : f64[] @ models/lib/nn.yaml:80:7
%4744 = sub %4256, %4743 : f64[] @ models/lib/nn.yaml:80:7
%4745 = sqrt %4744 : f64[] @ models/lib/nn.yaml:80:7
%4746 = div %4256, %4745 : f64[] @ models/lib/nn.yaml:80:7
%4747 = sqrt %4738 : f32[16] @ models/lib/nn.yaml:80:7
%4748 = cast %4746 : f32[] @ models/lib/nn.yaml:80:7
%4749 = broadcast %4748 : f32[16] @ models/lib/nn.yaml:80:7
%4750 = mul %4747, %4749 : f32[16] @ models/lib/nn.yaml:80:7
%4751 = add %4750, %4421 : f32[16] @ models/lib/nn.yaml:80:7
%4752 = div %4734, %4751 : f32[16] @ models/lib/nn.yaml:80:7
%4753 = cast %4742 : f32[] @ models/lib/nn.yaml:80:7
%4754 = broadcast %4753 : f32[16] @ models/lib/nn.yaml:80:7
%4755 = mul %4752, %4754 : f32[16] @ models/lib/nn.yaml:80:7
%4756 = sub %15, %4755 : f32[16] @ models/lib/nn.yaml:80:7
%4757 = assign %15, %4756 : f32[16] @ models/lib/nn.yaml:80:7
%4758 = assign %4728, %4734 : f32[16] @ models/lib/nn.yaml:80:7
%4759 = assign %4729, %4738 : f32[16] @ models/lib/nn.yaml:80:7
%4760 = assign %4730, %4731 : i64[] @ models/lib/nn.yaml:80:7
%4761 = mul %93, %4432 : f32[16] @ models/lib/nn.yaml:80:7
%4762 = mul %4756, %4434 : f32[16] @ models/lib/nn.yaml:80:7
%4763 = add %4761, %4762 : f32[16] @ models/lib/nn.yaml:80:7
%4764 = assign %93, %4763 : f32[16] @ models/lib/nn.yaml:80:7
%4765 = all_reduce_sum %4120 : f32[16] @ models/lib/nn.yaml:89:7
%4766 = mul %4765, %4765 : f32[16] @ models/lib/nn.yaml:89:7
%4767 = reduce_sum %4766 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%4768 = sqrt %4767 : f32[] @ models/lib/nn.yaml:89:7
%4769 = cast %4768 : f64[] @ models/lib/nn.yaml:89:7
%4770 = add %4769, %4252 : f64[] @ models/lib/nn.yaml:89:7
%4771 = div %4254, %4770 : f64[] @ models/lib/nn.yaml:89:7
%4772 = lt %4771, %4256 : bool[] @ models/lib/nn.yaml:89:7
%4773 = cast %4771 : f32[] @ models/lib/nn.yaml:89:7
%4774 = broadcast %4773 : f32[16] @ models/lib/nn.yaml:89:7
%4775 = mul %4765, %4774 : f32[16] @ models/lib/nn.yaml:89:7
%4776 = broadcast %4772 : bool[16] @ models/lib/nn.yaml:89:7
%4777 = select %4776, %4775, %4765 : f32[16] @ models/lib/nn.yaml:89:7
%4778 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4779 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4780 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4781 = add %4780, %4266 : i64[] @ models/lib/nn.yaml:89:7
%4782 = mul %4777, %4398 : f32[16] @ models/lib/nn.yaml:89:7
%4783 = mul %4778, %4400 : f32[16] @ models/lib/nn.yaml:89:7
%4784 = add %4783, %4782 : f32[16] @ models/lib/nn.yaml:89:7
%4785 = mul %4777, %4777 : f32[16] @ models/lib/nn.yaml:89:7
%4786 = mul %4785, %4404 : f32[16] @ models/lib/nn.yaml:89:7
%4787 = mul %4779, %4406 : f32[16] @ models/lib/nn.yaml:89:7
%4788 = add %4787, %4786 : f32[16] @ models/lib/nn.yaml:89:7
%4789 = cast %4781 : f64[] @ models/lib/nn.yaml:89:7
%4790 = pow %4275, %4789 : f64[] @ models/lib/nn.yaml:89:7
%4791 = sub %4256, %4790 : f64[] @ models/lib/nn.yaml:89:7
%4792 = div %2558, %4791 : f64[] @ models/lib/nn.yaml:89:7
%4793 = pow %4283, %4789 : f64[] @ models/lib/nn.yaml:89:7
%4794 = sub %4256, %4793 : f64[] @ models/lib/nn.yaml:89:7
%4795 = sqrt %4794 : f64[] @ models/lib/nn.yaml:89:7
%4796 = div %4256, %4795 : f64[] @ models/lib/nn.yaml:89:7
%4797 = sqrt %4788 : f32[16] @ models/lib/nn.yaml:89:7
%4798 = cast %4796 : f32[] @ models/lib/nn.yaml:89:7
%4799 = broadcast %4798 : f32[16] @ models/lib/nn.yaml:89:7
%4800 = mul %4797, %4799 : f32[16] @ models/lib/nn.yaml:89:7
%4801 = add %4800, %4421 : f32[16] @ models/lib/nn.yaml:89:7
%4802 = div %4784, %4801 : f32[16] @ models/lib/nn.yaml:89:7
%4803 = cast %4792 : f32[] @ models/lib/nn.yaml:89:7
%4804 = broadcast %4803 : f32[16] @ models/lib/nn.yaml:89:7
%4805 = mul %4802, %4804 : f32[16] @ models/lib/nn.yaml:89:7
%4806 = sub %16, %4805 : f32[16] @ models/lib/nn.yaml:89:7
%4807 = assign %16, %4806 : f32[16] @ models/lib/nn.yaml:89:7
%4808 = assign %4778, %4784 : f32[16] @ models/lib/nn.yaml:89:7
%4809 = assign %4779, %4788 : f32[16] @ models/lib/nn.yaml:89:7
%4810 = assign %4780, %4781 : i64[] @ models/lib/nn.yaml:89:7
%4811 = mul %94, %4432 : f32[16] @ models/lib/nn.yaml:89:7
%4812 = mul %4806, %4434 : f32[16] @ models/lib/nn.yaml:89:7
%4813 = add %4811, %4812 : f32[16] @ models/lib/nn.yaml:89:7
%4814 = assign %94, %4813 : f32[16] @ models/lib/nn.yaml:89:7
%4815 = all_reduce_sum %4115 : f32[16] @ models/lib/nn.yaml:90:7
%4816 = mul %4815, %4815 : f32[16] @ models/lib/nn.yaml:90:7
%4817 = reduce_sum %4816 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%4818 = sqrt %4817 : f32[] @ models/lib/nn.yaml:90:7
%4819 = cast %4818 : f64[] @ models/lib/nn.yaml:90:7
%4820 = add %4819, %4252 : f64[] @ models/lib/nn.yaml:90:7
%4821 = div %4254, %4820 : f64[] @ models/lib/nn.yaml:90:7
%4822 = lt %4821, %4256 : bool[] @ models/lib/nn.yaml:90:7
%4823 = cast %4821 : f32[] @ models/lib/nn.yaml:90:7
%4824 = broadcast %4823 : f32[16] @ models/lib/nn.yaml:90:7
%4825 = mul %4815, %4824 : f32[16] @ models/lib/nn.yaml:90:7
%4826 = broadcast %4822 : bool[16] @ models/lib/nn.yaml:90:7
%4827 = select %4826, %4825, %4815 : f32[16] @ models/lib/nn.yaml:90:7
%4828 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4829 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4830 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4831 = add %4830, %4266 : i64[] @ models/lib/nn.yaml:90:7
%4832 = mul %4827, %4398 : f32[16] @ models/lib/nn.yaml:90:7
%4833 = mul %4828, %4400 : f32[16] @ models/lib/nn.yaml:90:7
%4834 = add %4833, %4832 : f32[16] @ models/lib/nn.yaml:90:7
%4835 = mul %4827, %4827 : f32[16] @ models/lib/nn.yaml:90:7
%4836 = mul %4835, %4404 : f32[16] @ models/lib/nn.yaml:90:7
%4837 = mul %4829, %4406 : f32[16] @ models/lib/nn.yaml:90:7
%4838 = add %4837, %4836 : f32[16] @ models/lib/nn.yaml:90:7
%4839 = cast %4831 : f64[] @ models/lib/nn.yaml:90:7
%4840 = pow %4275, %4839 : f64[] @ models/lib/nn.yaml:90:7
%4841 = sub %4256, %4840 : f64[] @ models/lib/nn.yaml:90:7
%4842 = div %2558, %4841 : f64[] @ models/lib/nn.yaml:90:7
%4843 = pow %4283, %4839 : f64[] @ models/lib/nn.yaml:90:7
%4844 = sub %4256, %4843 : f64[] @ models/lib/nn.yaml:90:7
%4845 = sqrt %4844 : f64[] @ models/lib/nn.yaml:90:7
%4846 = div %4256, %4845 : f64[] @ models/lib/nn.yaml:90:7
%4847 = sqrt %4838 : f32[16] @ models/lib/nn.yaml:90:7
%4848 = cast %4846 : f32[] @ models/lib/nn.yaml:90:7
%4849 = broadcast %4848 : f32[16] @ models/lib/nn.yaml:90:7
%4850 = mul %4847, %4849 : f32[16] @ models/lib/nn.yaml:90:7
%4851 = add %4850, %4421 : f32[16] @ models/lib/nn.yaml:90:7
%4852 = div %4834, %4851 : f32[16] @ models/lib/nn.yaml:90:7
%4853 = cast %4842 : f32[] @ models/lib/nn.yaml:90:7
%4854 = broadcast %4853 : f32[16] @ models/lib/nn.yaml:90:7
%4855 = mul %4852, %4854 : f32[16] @ models/lib/nn.yaml:90:7
%4856 = sub %17, %4855 : f32[16] @ models/lib/nn.yaml:90:7
%4857 = assign %17, %4856 : f32[16] @ models/lib/nn.yaml:90:7
%4858 = assign %4828, %4834 : f32[16] @ models/lib/nn.yaml:90:7
%4859 = assign %4829, %4838 : f32[16] @ models/lib/nn.yaml:90:7
%4860 = assign %4830, %4831 : i64[] @ models/lib/nn.yaml:90:7
%4861 = mul %95, %4432 : f32[16] @ models/lib/nn.yaml:90:7
%4862 = mul %4856, %4434 : f32[16] @ models/lib/nn.yaml:90:7
%4863 = add %4861, %4862 : f32[16] @ models/lib/nn.yaml:90:7
%4864 = assign %95, %4863 : f32[16] @ models/lib/nn.yaml:90:7
%4865 = all_reduce_sum %4110 : f32[64,16] @ models/lib/nn.yaml:79:7
%4866 = reshape %4865 : f32[1024] @ models/lib/nn.yaml:79:7
%4867 = mul %4866, %4866 : f32[1024] @ models/lib/nn.yaml:79:7
%4868 = reduce_sum %4867 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4869 = sqrt %4868 : f32[] @ models/lib/nn.yaml:79:7
%4870 = cast %4869 : f64[] @ models/lib/nn.yaml:79:7
%4871 = add %4870, %4252 : f64[] @ models/lib/nn.yaml:79:7
%4872 = div %4254, %4871 : f64[] @ models/lib/nn.yaml:79:7
%4873 = lt %4872, %4256 : bool[] @ models/lib/nn.yaml:79:7
%4874 = cast %4872 : f32[] @ models/lib/nn.yaml:79:7
%4875 = broadcast %4874 : f32[64,16] @ models/lib/nn.yaml:79:7
%4876 = mul %4865, %4875 : f32[64,16] @ models/lib/nn.yaml:79:7
%4877 = broadcast %4873 : bool[64,16] @ models/lib/nn.yaml:79:7
%4878 = select %4877, %4876, %4865 : f32[64,16] @ models/lib/nn.yaml:79:7
%4879 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4880 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4881 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4882 = add %4881, %4266 : i64[] @ models/lib/nn.yaml:79:7
%4883 = broadcast %4270 : f32[64,16] @ models/lib/nn.yaml:79:7
%4884 = mul %18, %4883 : f32[64,16] @ models/lib/nn.yaml:79:7
%4885 = broadcast %2314 : f32[64,16] @ models/lib/nn.yaml:79:7
%4886 = mul %4878, %4885 : f32[64,16] @ models/lib/nn.yaml:79:7
%4887 = broadcast %1568 : f32[64,16] @ models/lib/nn.yaml:79:7
%4888 = mul %4879, %4887 : f32[64,16] @ models/lib/nn.yaml:79:7
%4889 = add %4888, %4886 : f32[64,16] @ models/lib/nn.yaml:79:7
%4890 = mul %4878, %4878 : f32[64,16] @ models/lib/nn.yaml:79:7
%4891 = broadcast %4280 : f32[64,16] @ models/lib/nn.yaml:79:7
%4892 = mul %4890, %4891 : f32[64,16] @ models/lib/nn.yaml:79:7
%4893 = broadcast %4284 : f32[64,16] @ models/lib/nn.yaml:79:7
%4894 = mul %4880, %4893 : f32[64,16] @ models/lib/nn.yaml:79:7
%4895 = add %4894, %4892 : f32[64,16] @ models/lib/nn.yaml:79:7
%4896 = cast %4882 : f64[] @ models/lib/nn.yaml:79:7
%4897 = pow %4275, %4896 : f64[] @ models/lib/nn.yaml:79:7
%4898 = sub %4256, %4897 : f64[] @ models/lib/nn.yaml:79:7
%4899 = div %2558, %4898 : f64[] @ models/lib/nn.yaml:79:7
%4900 = pow %4283, %4896 : f64[] @ models/lib/nn.yaml:79:7
%4901 = sub %4256, %4900 : f64[] @ models/lib/nn.yaml:79:7
%4902 = sqrt %4901 : f64[] @ models/lib/nn.yaml:79:7
%4903 = div %4256, %4902 : f64[] @ models/lib/nn.yaml:79:7
%4904 = sqrt %4895 : f32[64,16] @ models/lib/nn.yaml:79:7
%4905 = cast %4903 : f32[] @ models/lib/nn.yaml:79:7
%4906 = broadcast %4905 : f32[64,16] @ models/lib/nn.yaml:79:7
%4907 = mul %4904, %4906 : f32[64,16] @ models/lib/nn.yaml:79:7
%4908 = broadcast %4300 : f32[64,16] @ models/lib/nn.yaml:79:7
%4909 = add %4907, %4908 : f32[64,16] @ models/lib/nn.yaml:79:7
%4910 = div %4889, %4909 : f32[64,16] @ models/lib/nn.yaml:79:7
%4911 = cast %4899 : f32[] @ models/lib/nn.yaml:79:7
%4912 = broadcast %4911 : f32[64,16] @ models/lib/nn.yaml:79:7
%4913 = mul %4910, %4912 : f32[64,16] @ models/lib/nn.yaml:79:7
%4914 = sub %4884, %4913 : f32[64,16] @ models/lib/nn.yaml:79:7
%4915 = assign %18, %4914 : f32[64,16] @ models/lib/nn.yaml:79:7
%4916 = assign %4879, %4889 : f32[64,16] @ models/lib/nn.yaml:79:7
%4917 = assign %4880, %4895 : f32[64,16] @ models/lib/nn.yaml:79:7
%4918 = assign %4881, %4882 : i64[] @ models/lib/nn.yaml:79:7
%4919 = broadcast %4312 : f32[64,16] @ models/lib/nn.yaml:79:7
%4920 = mul %96, %4919 : f32[64,16] @ models/lib/nn.yaml:79:7
%4921 = broadcast %4316 : f32[64,16] @ models/lib/nn.yaml:79:7
%4922 = mul %4914, %4921 : f32[64,16] @ models/lib/nn.yaml:79:7
%4923 = add %4920, %4922 : f32[64,16] @ models/lib/nn.yaml:79:7
%4924 = assign %96, %4923 : f32[64,16] @ models/lib/nn.yaml:79:7
%4925 = all_reduce_sum %4105 : f32[64] @ models/lib/nn.yaml:80:7
%4926 = mul %4925, %4925 : f32[64] @ models/lib/nn.yaml:80:7
%4927 = reduce_sum %4926 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4928 = sqrt %4927 : f32[] @ models/lib/nn.yaml:80:7
%4929 = cast %4928 : f64[] @ models/lib/nn.yaml:80:7
%4930 = add %4929, %4252 : f64[] @ models/lib/nn.yaml:80:7
%4931 = div %4254, %4930 : f64[] @ models/lib/nn.yaml:80:7
%4932 = lt %4931, %4256 : bool[] @ models/lib/nn.yaml:80:7
%4933 = cast %4931 : f32[] @ models/lib/nn.yaml:80:7
%4934 = broadcast %4933 : f32[64] @ models/lib/nn.yaml:80:7
%4935 = mul %4925, %4934 : f32[64] @ models/lib/nn.yaml:80:7
%4936 = broadcast %4932 : bool[64] @ models/lib/nn.yaml:80:7
%4937 = select %4936, %4935, %4925 : f32[64] @ models/lib/nn.yaml:80:7
%4938 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4939 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4940 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4941 = add %4940, %4266 : i64[] @ models/lib/nn.yaml:80:7
%4942 = broadcast %2314 : f32[64] @ models/lib/nn.yaml:80:7
%4943 = mul %4937, %4942 : f32[64] @ models/lib/nn.yaml:80:7
%4944 = broadcast %1568 : f32[64] @ models/lib/nn.yaml:80:7
%4945 = mul %4938, %4944 : f32[64] @ models/lib/nn.yaml:80:7
%4946 = add %4945, %4943 : f32[64] @ models/lib/nn.yaml:80:7
%4947 = mul %4937, %4937 : f32[64] @ models/lib/nn.yaml:80:7
%4948 = broadcast %4280 : f32[64] @ models/lib/nn.yaml:80:7
%4949 = mul %4947, %4948 : f32[64] @ models/lib/nn.yaml:80:7
%4950 = broadcast %4284 : f32[64] @ models/lib/nn.yaml:80:7
%4951 = mul %4939, %4950 : f32[64] @ models/lib/nn.yaml:80:7
%4952 = add %4951, %4949 : f32[64] @ models/lib/nn.yaml:80:7
%4953 = cast %4941 : f64[] @ models/lib/nn.yaml:80:7
%4954 = pow %4275, %4953 : f64[] @ models/lib/nn.yaml:80:7
%4955 = sub %4256, %4954 : f64[] @ models/lib/nn.yaml:80:7
%4956 = div %2558, %4955 : f64[] @ models/lib/nn.yaml:80:7
%4957 = pow %4283, %4953 : f64[] @ models/lib/nn.yaml:80:7
%4958 = sub %4256, %4957 : f64[] @ models/lib/nn.yaml:80:7
%4959 = sqrt %4958 : f64[] @ models/lib/nn.yaml:80:7
%4960 = div %4256, %4959 : f64[] @ models/lib/nn.yaml:80:7
%4961 = sqrt %4952 : f32[64] @ models/lib/nn.yaml:80:7
%4962 = cast %4960 : f32[] @ models/lib/nn.yaml:80:7
%4963 = broadcast %4962 : f32[64] @ models/lib/nn.yaml:80:7
%4964 = mul %4961, %4963 : f32[64] @ models/lib/nn.yaml:80:7
%4965 = broadcast %4300 : f32[64] @ models/lib/nn.yaml:80:7
%4966 = add %4964, %4965 : f32[64] @ models/lib/nn.yaml:80:7
%4967 = div %4946, %4966 : f32[64] @ models/lib/nn.yaml:80:7
%4968 = cast %4956 : f32[] @ models/lib/nn.yaml:80:7
%4969 = broadcast %4968 : f32[64] @ models/lib/nn.yaml:80:7
%4970 = mul %4967, %4969 : f32[64] @ models/lib/nn.yaml:80:7
%4971 = sub %19, %4970 : f32[64] @ models/lib/nn.yaml:80:7
%4972 = assign %19, %4971 : f32[64] @ models/lib/nn.yaml:80:7
%4973 = assign %4938, %4946 : f32[64] @ models/lib/nn.yaml:80:7
%4974 = assign %4939, %4952 : f32[64] @ models/lib/nn.yaml:80:7
%4975 = assign %4940, %4941 : i64[] @ models/lib/nn.yaml:80:7
%4976 = broadcast %4312 : f32[64] @ models/lib/nn.yaml:80:7
%4977 = mul %97, %4976 : f32[64] @ models/lib/nn.yaml:80:7
%4978 = broadcast %4316 : f32[64] @ models/lib/nn.yaml:80:7
%4979 = mul %4971, %4978 : f32[64] @ models/lib/nn.yaml:80:7
%4980 = add %4977, %4979 : f32[64] @ models/lib/nn.yaml:80:7
%4981 = assign %97, %4980 : f32[64] @ models/lib/nn.yaml:80:7
%4982 = all_reduce_sum %4090 : f32[16,64] @ models/lib/nn.yaml:79:7
%4983 = reshape %4982 : f32[1024] @ models/lib/nn.yaml:79:7
%4984 = mul %4983, %4983 : f32[1024] @ models/lib/nn.yaml:79:7
%4985 = reduce_sum %4984 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4986 = sqrt %4985 : f32[] @ models/lib/nn.yaml:79:7
%4987 = cast %4986 : f64[] @ models/lib/nn.yaml:79:7
%4988 = add %4987, %4252 : f64[] @ models/lib/nn.yaml:79:7
%4989 = div %4254, %4988 : f64[] @ models/lib/nn.yaml:79:7
%4990 = lt %4989, %4256 : bool[] @ models/lib/nn.yaml:79:7
%4991 = cast %4989 : f32[] @ models/lib/nn.yaml:79:7
%4992 = broadcast %4991 : f32[16,64] @ models/lib/nn.yaml:79:7
%4993 = mul %4982, %4992 : f32[16,64] @ models/lib/nn.yaml:79:7
%4994 = broadcast %4990 : bool[16,64] @ models/lib/nn.yaml:79:7
%4995 = select %4994, %4993, %4982 : f32[16,64] @ models/lib/nn.yaml:79:7
%4996 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4997 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4998 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4999 = add %4998, %4266 : i64[] @ models/lib/nn.yaml:79:7
%5000 = broadcast %4270 : f32[16,64] @ models/lib/nn.yaml:79:7
%5001 = mul %20, %5000 : f32[16,64] @ models/lib/nn.yaml:79:7
%5002 = broadcast %2314 : f32[16,64] @ models/lib/nn.yaml:79:7
%5003 = mul %4995, %5002 : f32[16,64] @ models/lib/nn.yaml:79:7
%5004 = broadcast %1568 : f32[16,64] @ models/lib/nn.yaml:79:7
%5005 = mul %4996, %5004 : f32[16,64] @ models/lib/nn.yaml:79:7
%5006 = add %5005, %5003 : f32[16,64] @ models/lib/nn.yaml:79:7
%5007 = mul %4995, %4995 : f32[16,64] @ models/lib/nn.yaml:79:7
%5008 = broadcast %4280 : f32[16,64] @ models/lib/nn.yaml:79:7
%5009 = mul %5007, %5008 : f32[16,64] @ models/lib/nn.yaml:79:7
%5010 = broadcast %4284 : f32[16,64] @ models/lib/nn.yaml:79:7
%5011 = mul %4997, %5010 : f32[16,64] @ models/lib/nn.yaml:79:7
%5012 = add %5011, %5009 : f32[16,64] @ models/lib/nn.yaml:79:7
%5013 = cast %4999 : f64[] @ models/lib/nn.yaml:79:7
%5014 = pow %4275, %5013 : f64[] @ models/lib/nn.yaml:79:7
%5015 = sub %4256, %5014 : f64[] @ models/lib/nn.yaml:79:7
%5016 = div %2558, %5015 : f64[] @ models/lib/nn.yaml:79:7
%5017 = pow %4283, %5013 : f64[] @ models/lib/nn.yaml:79:7
%5018 = sub %4256, %5017 : f64[] @ models/lib/nn.yaml:79:7
%5019 = sqrt %5018 : f64[] @ models/lib/nn.yaml:79:7
%5020 = div %4256, %5019 : f64[] @ models/lib/nn.yaml:79:7
%5021 = sqrt %5012 : f32[16,64] @ models/lib/nn.yaml:79:7
%5022 = cast %5020 : f32[] @ models/lib/nn.yaml:79:7
%5023 = broadcast %5022 : f32[16,64] @ models/lib/nn.yaml:79:7
%5024 = mul %5021, %5023 : f32[16,64] @ models/lib/nn.yaml:79:7
%5025 = broadcast %4300 : f32[16,64] @ models/lib/nn.yaml:79:7
%5026 = add %5024, %5025 : f32[16,64] @ models/lib/nn.yaml:79:7
%5027 = div %5006, %5026 : f32[16,64] @ models/lib/nn.yaml:79:7
%5028 = cast %5016 : f32[] @ models/lib/nn.yaml:79:7
%5029 = broadcast %5028 : f32[16,64] @ models/lib/nn.yaml:79:7
%5030 = mul %5027, %5029 : f32[16,64] @ models/lib/nn.yaml:79:7
%5031 = sub %5001, %5030 : f32[16,64] @ models/lib/nn.yaml:79:7
%5032 = assign %20, %5031 : f32[16,64] @ models/lib/nn.yaml:79:7
%5033 = assign %4996, %5006 : f32[16,64] @ models/lib/nn.yaml:79:7
%5034 = assign %4997, %5012 : f32[16,64] @ models/lib/nn.yaml:79:7
%5035 = assign %4998, %4999 : i64[] @ models/lib/nn.yaml:79:7
%5036 = broadcast %4312 : f32[16,64] @ models/lib/nn.yaml:79:7
%5037 = mul %98, %5036 : f32[16,64] @ models/lib/nn.yaml:79:7
%5038 = broadcast %4316 : f32[16,64] @ models/lib/nn.yaml:79:7
%5039 = mul %5031, %5038 : f32[16,64] @ models/lib/nn.yaml:79:7
%5040 = add %5037, %5039 : f32[16,64] @ models/lib/nn.yaml:79:7
%5041 = assign %98, %5040 : f32[16,64] @ models/lib/nn.yaml:79:7
%5042 = all_reduce_sum %4085 : f32[16] @ models/lib/nn.yaml:80:7
%5043 = mul %5042, %5042 : f32[16] @ models/lib/nn.yaml:80:7
%5044 = reduce_sum %5043 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5045 = sqrt %5044 : f32[] @ models/lib/nn.yaml:80:7
%5046 = cast %5045 : f64[] @ models/lib/nn.yaml:80:7
%5047 = add %5046, %4252 : f64[] @ models/lib/nn.yaml:80:7
%5048 = div %4254, %5047 : f64[] @ models/lib/nn.yaml:80:7
%5049 = lt %5048, %4256 : bool[] @ models/lib/nn.yaml:80:7
%5050 = cast %5048 : f32[] @ models/lib/nn.yaml:80:7
%5051 = broadcast %5050 : f32[16] @ models/lib/nn.yaml:80:7
%5052 = mul %5042, %5051 : f32[16] @ models/lib/nn.yaml:80:7
%5053 = broadcast %5049 : bool[16] @ models/lib/nn.yaml:80:7
%5054 = select %5053, %5052, %5042 : f32[16] @ models/lib/nn.yaml:80:7
%5055 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5056 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5057 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5058 = add %5057, %4266 : i64[] @ models/lib/nn.yaml:80:7
%5059 = mul %5054, %4398 : f32[16] @ models/lib/nn.yaml:80:7
%5060 = mul %5055, %4400 : f32[16] @ models/lib/nn.yaml:80:7
%5061 = add %5060, %5059 : f32[16] @ models/lib/nn.yaml:80:7
%5062 = mul %5054, %5054 : f32[16] @ models/lib/nn.yaml:80:7
%5063 = mul %5062, %4404 : f32[16] @ models/lib/nn.yaml:80:7
%5064 = mul %5056, %4406 : f32[16] @ models/lib/nn.yaml:80:7
%5065 = add %5064, %5063 : f32[16] @ models/lib/nn.yaml:80:7
%5066 = cast %5058 : f64[] @ models/lib/nn.yaml:80:7
%5067 = pow %4275, %5066 : f64[] @ models/lib/nn.yaml:80:7
%5068 = sub %4256, %5067 : f64[] @ models/lib/nn.yaml:80:7
%5069 = div %2558, %5068 : f64[] @ models/lib/nn.yaml:80:7
%5070 = pow %4283, %5066 : f64[] @ models/lib/nn.yaml:80:7
%5071 = sub %4256, %5070 : f64[] @ models/lib/nn.yaml:80:7
%5072 = sqrt %5071 : f64[] @ models/lib/nn.yaml:80:7
%5073 = div %4256, %5072 : f64[] @ models/lib/nn.yaml:80:7
%5074 = sqrt %5065 : f32[16] @ models/lib/nn.yaml:80:7
%5075 = cast %5073 : f32[] @ models/lib/nn.yaml:80:7
%5076 = broadcast %5075 : f32[16] @ models/lib/nn.yaml:80:7
%5077 = mul %5074, %5076 : f32[16] @ models/lib/nn.yaml:80:7
%5078 = add %5077, %4421 : f32[16] @ models/lib/nn.yaml:80:7
%5079 = div %5061, %5078 : f32[16] @ models/lib/nn.yaml:80:7
%5080 = cast %5069 : f32[] @ models/lib/nn.yaml:80:7
%5081 = broadcast %5080 : f32[16] @ models/lib/nn.yaml:80:7
%5082 = mul %5079, %5081 : f32[16] @ models/lib/nn.yaml:80:7
%5083 = sub %21, %5082 : f32[16] @ models/lib/nn.yaml:80:7
%5084 = assign %21, %5083 : f32[16] @ models/lib/nn.yaml:80:7
%5085 = assign %5055, %5061 : f32[16] @ models/lib/nn.yaml:80:7
%5086 = assign %5056, %5065 : f32[16] @ models/lib/nn.yaml:80:7
%5087 = assign %5057, %5058 : i64[] @ models/lib/nn.yaml:80:7
%5088 = mul %99, %4432 : f32[16] @ models/lib/nn.yaml:80:7
%5089 = mul %5083, %4434 : f32[16] @ models/lib/nn.yaml:80:7
%5090 = add %5088, %5089 : f32[16] @ models/lib/nn.yaml:80:7
%5091 = assign %99, %5090 : f32[16] @ models/lib/nn.yaml:80:7
%5092 = all_reduce_sum %4062 : f32[16] @ models/lib/nn.yaml:89:7
%5093 = mul %5092, %5092 : f32[16] @ models/lib/nn.yaml:89:7
%5094 = reduce_sum %5093 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5095 = sqrt %5094 : f32[] @ models/lib/nn.yaml:89:7
%5096 = cast %5095 : f64[] @ models/lib/nn.yaml:89:7
%5097 = add %5096, %4252 : f64[] @ models/lib/nn.yaml:89:7
%5098 = div %4254, %5097 : f64[] @ models/lib/nn.yaml:89:7
%5099 = lt %5098, %4256 : bool[] @ models/lib/nn.yaml:89:7
%5100 = cast %5098 : f32[] @ models/lib/nn.yaml:89:7
%5101 = broadcast %5100 : f32[16] @ models/lib/nn.yaml:89:7
%5102 = mul %5092, %5101 : f32[16] @ models/lib/nn.yaml:89:7
%5103 = broadcast %5099 : bool[16] @ models/lib/nn.yaml:89:7
%5104 = select %5103, %5102, %5092 : f32[16] @ models/lib/nn.yaml:89:7
%5105 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5106 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5107 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5108 = add %5107, %4266 : i64[] @ models/lib/nn.yaml:89:7
%5109 = mul %5104, %4398 : f32[16] @ models/lib/nn.yaml:89:7
%5110 = mul %5105, %4400 : f32[16] @ models/lib/nn.yaml:89:7
%5111 = add %5110, %5109 : f32[16] @ models/lib/nn.yaml:89:7
%5112 = mul %5104, %5104 : f32[16] @ models/lib/nn.yaml:89:7
%5113 = mul %5112, %4404 : f32[16] @ models/lib/nn.yaml:89:7
%5114 = mul %5106, %4406 : f32[16] @ models/lib/nn.yaml:89:7
%5115 = add %5114, %5113 : f32[16] @ models/lib/nn.yaml:89:7
%5116 = cast %5108 : f64[] @ models/lib/nn.yaml:89:7
%5117 = pow %4275, %5116 : f64[] @ models/lib/nn.yaml:89:7
%5118 = sub %4256, %5117 : f64[] @ models/lib/nn.yaml:89:7
%5119 = div %2558, %5118 : f64[] @ models/lib/nn.yaml:89:7
%5120 = pow %4283, %5116 : f64[] @ models/lib/nn.yaml:89:7
%5121 = sub %4256, %5120 : f64[] @ models/lib/nn.yaml:89:7
%5122 = sqrt %5121 : f64[] @ models/lib/nn.yaml:89:7
%5123 = div %4256, %5122 : f64[] @ models/lib/nn.yaml:89:7
%5124 = sqrt %5115 : f32[16] @ models/lib/nn.yaml:89:7
%5125 = cast %5123 : f32[] @ models/lib/nn.yaml:89:7
%5126 = broadcast %5125 : f32[16] @ models/lib/nn.yaml:89:7
%5127 = mul %5124, %5126 : f32[16] @ models/lib/nn.yaml:89:7
%5128 = add %5127, %4421 : f32[16] @ models/lib/nn.yaml:89:7
%5129 = div %5111, %5128 : f32[16] @ models/lib/nn.yaml:89:7
%5130 = cast %5119 : f32[] @ models/lib/nn.yaml:89:7
%5131 = broadcast %5130 : f32[16] @ models/lib/nn.yaml:89:7
%5132 = mul %5129, %5131 : f32[16] @ models/lib/nn.yaml:89:7
%5133 = sub %22, %5132 : f32[16] @ models/lib/nn.yaml:89:7
%5134 = assign %22, %5133 : f32[16] @ models/lib/nn.yaml:89:7
%5135 = assign %5105, %5111 : f32[16] @ models/lib/nn.yaml:89:7
%5136 = assign %5106, %5115 : f32[16] @ models/lib/nn.yaml:89:7
%5137 = assign %5107, %5108 : i64[] @ models/lib/nn.yaml:89:7
%5138 = mul %100, %4432 : f32[16] @ models/lib/nn.yaml:89:7
%5139 = mul %5133, %4434 : f32[16] @ models/lib/nn.yaml:89:7
%5140 = add %5138, %5139 : f32[16] @ models/lib/nn.yaml:89:7
%5141 = assign %100, %5140 : f32[16] @ models/lib/nn.yaml:89:7
%5142 = all_reduce_sum %4057 : f32[16] @ models/lib/nn.yaml:90:7
%5143 = mul %5142, %5142 : f32[16] @ models/lib/nn.yaml:90:7
%5144 = reduce_sum %5143 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5145 = sqrt %5144 : f32[] @ models/lib/nn.yaml:90:7
%5146 = cast %5145 : f64[] @ models/lib/nn.yaml:90:7
%5147 = add %5146, %4252 : f64[] @ models/lib/nn.yaml:90:7
%5148 = div %4254, %5147 : f64[] @ models/lib/nn.yaml:90:7
%5149 = lt %5148, %4256 : bool[] @ models/lib/nn.yaml:90:7
%5150 = cast %5148 : f32[] @ models/lib/nn.yaml:90:7
%5151 = broadcast %5150 : f32[16] @ models/lib/nn.yaml:90:7
%5152 = mul %5142, %5151 : f32[16] @ models/lib/nn.yaml:90:7
%5153 = broadcast %5149 : bool[16] @ models/lib/nn.yaml:90:7
%5154 = select %5153, %5152, %5142 : f32[16] @ models/lib/nn.yaml:90:7
%5155 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5156 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5157 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5158 = add %5157, %4266 : i64[] @ models/lib/nn.yaml:90:7
%5159 = mul %5154, %4398 : f32[16] @ models/lib/nn.yaml:90:7
%5160 = mul %5155, %4400 : f32[16] @ models/lib/nn.yaml:90:7
%5161 = add %5160, %5159 : f32[16] @ models/lib/nn.yaml:90:7
%5162 = mul %5154, %5154 : f32[16] @ models/lib/nn.yaml:90:7
%5163 = mul %5162, %4404 : f32[16] @ models/lib/nn.yaml:90:7
%5164 = mul %5156, %4406 : f32[16] @ models/lib/nn.yaml:90:7
%5165 = add %5164, %5163 : f32[16] @ models/lib/nn.yaml:90:7
%5166 = cast %5158 : f64[] @ models/lib/nn.yaml:90:7
%5167 = pow %4275, %5166 : f64[] @ models/lib/nn.yaml:90:7
%5168 = sub %4256, %5167 : f64[] @ models/lib/nn.yaml:90:7
%5169 = div %2558, %5168 : f64[] @ models/lib/nn.yaml:90:7
%5170 = pow %4283, %5166 : f64[] @ models/lib/nn.yaml:90:7
%5171 = sub %4256, %5170 : f64[] @ models/lib/nn.yaml:90:7
%5172 = sqrt %5171 : f64[] @ models/lib/nn.yaml:90:7
%5173 = div %4256, %5172 : f64[] @ models/lib/nn.yaml:90:7
%5174 = sqrt %5165 : f32[16] @ models/lib/nn.yaml:90:7
%5175 = cast %5173 : f32[] @ models/lib/nn.yaml:90:7
%5176 = broadcast %5175 : f32[16] @ models/lib/nn.yaml:90:7
%5177 = mul %5174, %5176 : f32[16] @ models/lib/nn.yaml:90:7
%5178 = add %5177, %4421 : f32[16] @ models/lib/nn.yaml:90:7
%5179 = div %5161, %5178 : f32[16] @ models/lib/nn.yaml:90:7
%5180 = cast %5169 : f32[] @ models/lib/nn.yaml:90:7
%5181 = broadcast %5180 : f32[16] @ models/lib/nn.yaml:90:7
%5182 = mul %5179, %5181 : f32[16] @ models/lib/nn.yaml:90:7
%5183 = sub %23, %5182 : f32[16] @ models/lib/nn.yaml:90:7
%5184 = assign %23, %5183 : f32[16] @ models/lib/nn.yaml:90:7
%5185 = assign %5155, %5161 : f32[16] @ models/lib/nn.yaml:90:7
%5186 = assign %5156, %5165 : f32[16] @ models/lib/nn.yaml:90:7
%5187 = assign %5157, %5158 : i64[] @ models/lib/nn.yaml:90:7
%5188 = mul %101, %4432 : f32[16] @ models/lib/nn.yaml:90:7
%5189 = mul %5183, %4434 : f32[16] @ models/lib/nn.yaml:90:7
%5190 = add %5188, %5189 : f32[16] @ models/lib/nn.yaml:90:7
%5191 = assign %101, %5190 : f32[16] @ models/lib/nn.yaml:90:7
%5192 = all_reduce_sum %4052 : f32[48,16] @ models/lib/nn.yaml:79:7
%5193 = reshape %5192 : f32[768] @ models/lib/nn.yaml:79:7
%5194 = mul %5193, %5193 : f32[768] @ models/lib/nn.yaml:79:7
%5195 = reduce_sum %5194 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5196 = sqrt %5195 : f32[] @ models/lib/nn.yaml:79:7
%5197 = cast %5196 : f64[] @ models/lib/nn.yaml:79:7
%5198 = add %5197, %4252 : f64[] @ models/lib/nn.yaml:79:7
%5199 = div %4254, %5198 : f64[] @ models/lib/nn.yaml:79:7
%5200 = lt %5199, %4256 : bool[] @ models/lib/nn.yaml:79:7
%5201 = cast %5199 : f32[] @ models/lib/nn.yaml:79:7
%5202 = broadcast %5201 : f32[48,16] @ models/lib/nn.yaml:79:7
%5203 = mul %5192, %5202 : f32[48,16] @ models/lib/nn.yaml:79:7
%5204 = broadcast %5200 : bool[48,16] @ models/lib/nn.yaml:79:7
%5205 = select %5204, %5203, %5192 : f32[48,16] @ models/lib/nn.yaml:79:7
%5206 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%5207 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%5208 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5209 = add %5208, %4266 : i64[] @ models/lib/nn.yaml:79:7
%5210 = mul %24, %4556 : f32[48,16] @ models/lib/nn.yaml:79:7
%5211 = mul %5205, %4558 : f32[48,16] @ models/lib/nn.yaml:79:7
%5212 = mul %5206, %4560 : f32[48,16] @ models/lib/nn.yaml:79:7
%5213 = add %5212, %5211 : f32[48,16] @ models/lib/nn.yaml:79:7
%5214 = mul %5205, %5205 : f32[48,16] @ models/lib/nn.yaml:79:7
%5215 = mul %5214, %4564 : f32[48,16] @ models/lib/nn.yaml:79:7
%5216 = mul %5207, %4566 : f32[48,16] @ models/lib/nn.yaml:79:7
%5217 = add %5216, %5215 : f32[48,16] @ models/lib/nn.yaml:79:7
%5218 = cast %5209 : f64[] @ models/lib/nn.yaml:79:7
%5219 = pow %4275, %5218 : f64[] @ models/lib/nn.yaml:79:7
%5220 = sub %4256, %5219 : f64[] @ models/lib/nn.yaml:79:7
%5221 = div %2558, %5220 : f64[] @ models/lib/nn.yaml:79:7
%5222 = pow %4283, %5218 : f64[] @ models/lib/nn.yaml:79:7
%5223 = sub %4256, %5222 : f64[] @ models/lib/nn.yaml:79:7
%5224 = sqrt %5223 : f64[] @ models/lib/nn.yaml:79:7
%5225 = div %4256, %5224 : f64[] @ models/lib/nn.yaml:79:7
%5226 = sqrt %5217 : f32[48,16] @ models/lib/nn.yaml:79:7
%5227 = cast %5225 : f32[] @ models/lib/nn.yaml:79:7
%5228 = broadcast %5227 : f32[48,16] @ models/lib/nn.yaml:79:7
%5229 = mul %5226, %5228 : f32[48,16] @ models/lib/nn.yaml:79:7
%5230 = add %5229, %4581 : f32[48,16] @ models/lib/nn.yaml:79:7
%5231 = div %5213, %5230 : f32[48,16] @ models/lib/nn.yaml:79:7
%5232 = cast %5221 : f32[] @ models/lib/nn.yaml:79:7
%5233 = broadcast %5232 : f32[48,16] @ models/lib/nn.yaml:79:7
%5234 = mul %5231, %5233 : f32[48,16] @ models/lib/nn.yaml:79:7
%5235 = sub %5210, %5234 : f32[48,16] @ models/lib/nn.yaml:79:7
%5236 = assign %24, %5235 : f32[48,16] @ models/lib/nn.yaml:79:7
%5237 = assign %5206, %5213 : f32[48,16] @ models/lib/nn.yaml:79:7
%5238 = assign %5207, %5217 : f32[48,16] @ models/lib/nn.yaml:79:7
%5239 = assign %5208, %5209 : i64[] @ models/lib/nn.yaml:79:7
%5240 = mul %102, %4592 : f32[48,16] @ models/lib/nn.yaml:79:7
%5241 = mul %5235, %4594 : f32[48,16] @ models/lib/nn.yaml:79:7
%5242 = add %5240, %5241 : f32[48,16] @ models/lib/nn.yaml:79:7
%5243 = assign %102, %5242 : f32[48,16] @ models/lib/nn.yaml:79:7
%5244 = all_reduce_sum %4047 : f32[48] @ models/lib/nn.yaml:80:7
%5245 = mul %5244, %5244 : f32[48] @ models/lib/nn.yaml:80:7
%5246 = reduce_sum %5245 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5247 = sqrt %5246 : f32[] @ models/lib/nn.yaml:80:7
%5248 = cast %5247 : f64[] @ models/lib/nn.yaml:80:7
%5249 = add %5248, %4252 : f64[] @ models/lib/nn.yaml:80:7
%5250 = div %4254, %5249 : f64[] @ models/lib/nn.yaml:80:7
%5251 = lt %5250, %4256 : bool[] @ models/lib/nn.yaml:80:7
%5252 = cast %5250 : f32[] @ models/lib/nn.yaml:80:7
%5253 = broadcast %5252 : f32[48] @ models/lib/nn.yaml:80:7
%5254 = mul %5244, %5253 : f32[48] @ models/lib/nn.yaml:80:7
%5255 = broadcast %5251 : bool[48] @ models/lib/nn.yaml:80:7
%5256 = select %5255, %5254, %5244 : f32[48] @ models/lib/nn.yaml:80:7
%5257 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%5258 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%5259 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5260 = add %5259, %4266 : i64[] @ models/lib/nn.yaml:80:7
%5261 = mul %5256, %4615 : f32[48] @ models/lib/nn.yaml:80:7
%5262 = mul %5257, %4617 : f32[48] @ models/lib/nn.yaml:80:7
%5263 = add %5262, %5261 : f32[48] @ models/lib/nn.yaml:80:7
%5264 = mul %5256, %5256 : f32[48] @ models/lib/nn.yaml:80:7
%5265 = mul %5264, %4621 : f32[48] @ models/lib/nn.yaml:80:7
%5266 = mul %5258, %4623 : f32[48] @ models/lib/nn.yaml:80:7
%5267 = add %5266, %5265 : f32[48] @ models/lib/nn.yaml:80:7
%5268 = cast %5260 : f64[] @ models/lib/nn.yaml:80:7
%5269 = pow %4275, %5268 : f64[] @ models/lib/nn.yaml:80:7
%5270 = sub %4256, %5269 : f64[] @ models/lib/nn.yaml:80:7
%5271 = div %2558, %5270 : f64[] @ models/lib/nn.yaml:80:7
%5272 = pow %4283, %5268 : f64[] @ models/lib/nn.yaml:80:7
%5273 = sub %4256, %5272 : f64[] @ models/lib/nn.yaml:80:7
%5274 = sqrt %5273 : f64[] @ models/lib/nn.yaml:80:7
%5275 = div %4256, %5274 : f64[] @ models/lib/nn.yaml:80:7
%5276 = sqrt %5267 : f32[48] @ models/lib/nn.yaml:80:7
%5277 = cast %5275 : f32[] @ models/lib/nn.yaml:80:7
%5278 = broadcast %5277 : f32[48] @ models/lib/nn.yaml:80:7
%5279 = mul %5276, %5278 : f32[48] @ models/lib/nn.yaml:80:7
%5280 = add %5279, %4638 : f32[48] @ models/lib/nn.yaml:80:7
%5281 = div %5263, %5280 : f32[48] @ models/lib/nn.yaml:80:7
%5282 = cast %5271 : f32[] @ models/lib/nn.yaml:80:7
%5283 = broadcast %5282 : f32[48] @ models/lib/nn.yaml:80:7
%5284 = mul %5281, %5283 : f32[48] @ models/lib/nn.yaml:80:7
%5285 = sub %25, %5284 : f32[48] @ models/lib/nn.yaml:80:7
%5286 = assign %25, %5285 : f32[48] @ models/lib/nn.yaml:80:7
%5287 = assign %5257, %5263 : f32[48] @ models/lib/nn.yaml:80:7
%5288 = assign %5258, %5267 : f32[48] @ models/lib/nn.yaml:80:7
%5289 = assign %5259, %5260 : i64[] @ models/lib/nn.yaml:80:7
%5290 = mul %103, %4649 : f32[48] @ models/lib/nn.yaml:80:7
%5291 = mul %5285, %4651 : f32[48] @ models/lib/nn.yaml:80:7
%5292 = add %5290, %5291 : f32[48] @ models/lib/nn.yaml:80:7
%5293 = assign %103, %5292 : f32[48] @ models/lib/nn.yaml:80:7
%5294 = all_reduce_sum %3995 : f32[16,16] @ models/lib/nn.yaml:79:7
%5295 = reshape %5294 : f32[256] @ models/lib/nn.yaml:79:7
%5296 = mul %5295, %5295 : f32[256] @ models/lib/nn.yaml:79:7
%5297 = reduce_sum %5296 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5298 = sqrt %5297 : f32[] @ models/lib/nn.yaml:79:7
%5299 = cast %5298 : f64[] @ models/lib/nn.yaml:79:7
%5300 = add %5299, %4252 : f64[] @ models/lib/nn.yaml:79:7
%5301 = div %4254, %5300 : f64[] @ models/lib/nn.yaml:79:7
%5302 = lt %5301, %4256 : bool[] @ models/lib/nn.yaml:79:7
%5303 = cast %5301 : f32[] @ models/lib/nn.yaml:79:7
%5304 = broadcast %5303 : f32[16,16] @ models/lib/nn.yaml:79:7
%5305 = mul %5294, %5304 : f32[16,16] @ models/lib/nn.yaml:79:7
%5306 = broadcast %5302 : bool[16,16] @ models/lib/nn.yaml:79:7
%5307 = select %5306, %5305, %5294 : f32[16,16] @ models/lib/nn.yaml:79:7
%5308 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5309 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5310 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5311 = add %5310, %4266 : i64[] @ models/lib/nn.yaml:79:7
%5312 = mul %26, %4673 : f32[16,16] @ models/lib/nn.yaml:79:7
%5313 = mul %5307, %4675 : f32[16,16] @ models/lib/nn.yaml:79:7
%5314 = mul %5308, %4677 : f32[16,16] @ models/lib/nn.yaml:79:7
%5315 = add %5314, %5313 : f32[16,16] @ models/lib/nn.yaml:79:7
%5316 = mul %5307, %5307 : f32[16,16] @ models/lib/nn.yaml:79:7
%5317 = mul %5316, %4681 : f32[16,16] @ models/lib/nn.yaml:79:7
%5318 = mul %5309, %4683 : f32[16,16] @ models/lib/nn.yaml:79:7
%5319 = add %5318, %5317 : f32[16,16] @ models/lib/nn.yaml:79:7
%5320 = cast %5311 : f64[] @ models/lib/nn.yaml:79:7
%5321 = pow %4275, %5320 : f64[] @ models/lib/nn.yaml:79:7
%5322 = sub %4256, %5321 : f64[] @ models/lib/nn.yaml:79:7
%5323 = div %2558, %5322 : f64[] @ models/lib/nn.yaml:79:7
%5324 = pow %4283, %5320 : f64[] @ models/lib/nn.yaml:79:7
%5325 = sub %4256, %5324 : f64[] @ models/lib/nn.yaml:79:7
%5326 = sqrt %5325 : f64[] @ models/lib/nn.yaml:79:7
%5327 = div %4256, %5326 : f64[] @ models/lib/nn.yaml:79:7
%5328 = sqrt %5319 : f32[16,16] @ models/lib/nn.yaml:79:7
%5329 = cast %5327 : f32[] @ models/lib/nn.yaml:79:7
%5330 = broadcast %5329 : f32[16,16] @ models/lib/nn.yaml:79:7
%5331 = mul %5328, %5330 : f32[16,16] @ models/lib/nn.yaml:79:7
%5332 = add %5331, %4698 : f32[16,16] @ models/lib/nn.yaml:79:7
%5333 = div %5315, %5332 : f32[16,16] @ models/lib/nn.yaml:79:7
%5334 = cast %5323 : f32[] @ models/lib/nn.yaml:79:7
%5335 = broadcast %5334 : f32[16,16] @ models/lib/nn.yaml:79:7
%5336 = mul %5333, %5335 : f32[16,16] @ models/lib/nn.yaml:79:7
%5337 = sub %5312, %5336 : f32[16,16] @ models/lib/nn.yaml:79:7
%5338 = assign %26, %5337 : f32[16,16] @ models/lib/nn.yaml:79:7
%5339 = assign %5308, %5315 : f32[16,16] @ models/lib/nn.yaml:79:7
%5340 = assign %5309, %5319 : f32[16,16] @ models/lib/nn.yaml:79:7
%5341 = assign %5310, %5311 : i64[] @ models/lib/nn.yaml:79:7
%5342 = mul %104, %4709 : f32[16,16] @ models/lib/nn.yaml:79:7
%5343 = mul %5337, %4711 : f32[16,16] @ models/lib/nn.yaml:79:7
%5344 = add %5342, %5343 : f32[16,16] @ models/lib/nn.yaml:79:7
%5345 = assign %104, %5344 : f32[16,16] @ models/lib/nn.yaml:79:7
%5346 = all_reduce_sum %3990 : f32[16] @ models/lib/nn.yaml:80:7
%5347 = mul %5346, %5346 : f32[16] @ models/lib/nn.yaml:80:7
%5348 = reduce_sum %5347 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5349 = sqrt %5348 : f32[] @ models/lib/nn.yaml:80:7
%5350 = cast %5349 : f64[] @ models/lib/nn.yaml:80:7
%5351 = add %5350, %4252 : f64[] @ models/lib/nn.yaml:80:7
%5352 = div %4254, %5351 : f64[] @ models/lib/nn.yaml:80:7
%5353 = lt %5352, %4256 : bool[] @ models/lib/nn.yaml:80:7
%5354 = cast %5352 : f32[] @ models/lib/nn.yaml:80:7
%5355 = broadcast %5354 : f32[16] @ models/lib/nn.yaml:80:7
%5356 = mul %5346, %5355 : f32[16] @ models/lib/nn.yaml:80:7
%5357 = broadcast %5353 : bool[16] @ models/lib/nn.yaml:80:7
%5358 = select %5357, %5356, %5346 : f32[16] @ models/lib/nn.yaml:80:7
%5359 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5360 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5361 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5362 = add %5361, %4266 : i64[] @ models/lib/nn.yaml:80:7
%5363 = mul %5358, %4398 : f32[16] @ models/lib/nn.yaml:80:7
%5364 = mul %5359, %4400 : f32[16] @ models/lib/nn.yaml:80:7
%5365 = add %5364, %5363 : f32[16] @ models/lib/nn.yaml:80:7
%5366 = mul %5358, %5358 : f32[16] @ models/lib/nn.yaml:80:7
%5367 = mul %5366, %4404 : f32[16] @ models/lib/nn.yaml:80:7
%5368 = mul %5360, %4406 : f32[16] @ models/lib/nn.yaml:80:7
%5369 = add %5368, %5367 : f32[16] @ models/lib/nn.yaml:80:7
%5370 = cast %5362 : f64[] @ models/lib/nn.yaml:80:7
%5371 = pow %4275, %5370 : f64[] @ models/lib/nn.yaml:80:7
%5372 = sub %4256, %5371 : f64[] @ models/lib/nn.yaml:80:7
%5373 = div %2558, %5372 : f64[] @ models/lib/nn.yaml:80:7
%5374 = pow %4283, %5370 : f64[] @ models/lib/nn.yaml:80:7
%5375 = sub %4256, %5374 : f64[] @ models/lib/nn.yaml:80:7
%5376 = sqrt %5375 : f64[] @ models/lib/nn.yaml:80:7
%5377 = div %4256, %5376 : f64[] @ models/lib/nn.yaml:80:7
%5378 = sqrt %5369 : f32[16] @ models/lib/nn.yaml:80:7
%5379 = cast %5377 : f32[] @ models/lib/nn.yaml:80:7
%5380 = broadcast %5379 : f32[16] @ models/lib/nn.yaml:80:7
%5381 = mul %5378, %5380 : f32[16] @ models/lib/nn.yaml:80:7
%5382 = add %5381, %4421 : f32[16] @ models/lib/nn.yaml:80:7
%5383 = div %5365, %5382 : f32[16] @ models/lib/nn.yaml:80:7
%5384 = cast %5373 : f32[] @ models/lib/nn.yaml:80:7
%5385 = broadcast %5384 : f32[16] @ models/lib/nn.yaml:80:7
%5386 = mul %5383, %5385 : f32[16] @ models/lib/nn.yaml:80:7
%5387 = sub %27, %5386 : f32[16] @ models/lib/nn.yaml:80:7
%5388 = assign %27, %5387 : f32[16] @ models/lib/nn.yaml:80:7
%5389 = assign %5359, %5365 : f32[16] @ models/lib/nn.yaml:80:7
%5390 = assign %5360, %5369 : f32[16] @ models/lib/nn.yaml:80:7
%5391 = assign %5361, %5362 : i64[] @ models/lib/nn.yaml:80:7
%5392 = mul %105, %4432 : f32[16] @ models/lib/nn.yaml:80:7
%5393 = mul %5387, %4434 : f32[16] @ models/lib/nn.yaml:80:7
%5394 = add %5392, %5393 : f32[16] @ models/lib/nn.yaml:80:7
%5395 = assign %105, %5394 : f32[16] @ models/lib/nn.yaml:80:7
%5396 = all_reduce_sum %3964 : f32[16] @ models/lib/nn.yaml:89:7
%5397 = mul %5396, %5396 : f32[16] @ models/lib/nn.yaml:89:7
%5398 = reduce_sum %5397 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5399 = sqrt %5398 : f32[] @ models/lib/nn.yaml:89:7
%5400 = cast %5399 : f64[] @ models/lib/nn.yaml:89:7
%5401 = add %5400, %4252 : f64[] @ models/lib/nn.yaml:89:7
%5402 = div %4254, %5401 : f64[] @ models/lib/nn.yaml:89:7
%5403 = lt %5402, %4256 : bool[] @ models/lib/nn.yaml:89:7
%5404 = cast %5402 : f32[] @ models/lib/nn.yaml:89:7
%5405 = broadcast %5404 : f32[16] @ models/lib/nn.yaml:89:7
%5406 = mul %5396, %5405 : f32[16] @ models/lib/nn.yaml:89:7
%5407 = broadcast %5403 : bool[16] @ models/lib/nn.yaml:89:7
%5408 = select %5407, %5406, %5396 : f32[16] @ models/lib/nn.yaml:89:7
%5409 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5410 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5411 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5412 = add %5411, %4266 : i64[] @ models/lib/nn.yaml:89:7
%5413 = mul %5408, %4398 : f32[16] @ models/lib/nn.yaml:89:7
%5414 = mul %5409, %4400 : f32[16] @ models/lib/nn.yaml:89:7
%5415 = add %5414, %5413 : f32[16] @ models/lib/nn.yaml:89:7
%5416 = mul %5408, %5408 : f32[16] @ models/lib/nn.yaml:89:7
%5417 = mul %5416, %4404 : f32[16] @ models/lib/nn.yaml:89:7
%5418 = mul %5410, %4406 : f32[16] @ models/lib/nn.yaml:89:7
%5419 = add %5418, %5417 : f32[16] @ models/lib/nn.yaml:89:7
%5420 = cast %5412 : f64[] @ models/lib/nn.yaml:89:7
%5421 = pow %4275, %5420 : f64[] @ models/lib/nn.yaml:89:7
%5422 = sub %4256, %5421 : f64[] @ models/lib/nn.yaml:89:7
%5423 = div %2558, %5422 : f64[] @ models/lib/nn.yaml:89:7
%5424 = pow %4283, %5420 : f64[] @ models/lib/nn.yaml:89:7
%5425 = sub %4256, %5424 : f64[] @ models/lib/nn.yaml:89:7
%5426 = sqrt %5425 : f64[] @ models/lib/nn.yaml:89:7
%5427 = div %4256, %5426 : f64[] @ models/lib/nn.yaml:89:7
%5428 = sqrt %5419 : f32[16] @ models/lib/nn.yaml:89:7
%5429 = cast %5427 : f32[] @ models/lib/nn.yaml:89:7
%5430 = broadcast %5429 : f32[16] @ models/lib/nn.yaml:89:7
%5431 = mul %5428, %5430 : f32[16] @ models/lib/nn.yaml:89:7
%5432 = add %5431, %4421 : f32[16] @ models/lib/nn.yaml:89:7
%5433 = div %5415, %5432 : f32[16] @ models/lib/nn.yaml:89:7
%5434 = cast %5423 : f32[] @ models/lib/nn.yaml:89:7
%5435 = broadcast %5434 : f32[16] @ models/lib/nn.yaml:89:7
%5436 = mul %5433, %5435 : f32[16] @ models/lib/nn.yaml:89:7
%5437 = sub %28, %5436 : f32[16] @ models/lib/nn.yaml:89:7
%5438 = assign %28, %5437 : f32[16] @ models/lib/nn.yaml:89:7
%5439 = assign %5409, %5415 : f32[16] @ models/lib/nn.yaml:89:7
%5440 = assign %5410, %5419 : f32[16] @ models/lib/nn.yaml:89:7
%5441 = assign %5411, %5412 : i64[] @ models/lib/nn.yaml:89:7
%5442 = mul %106, %4432 : f32[16] @ models/lib/nn.yaml:89:7
%5443 = mul %5437, %4434 : f32[16] @ models/lib/nn.yaml:89:7
%5444 = add %5442, %5443 : f32[16] @ models/lib/nn.yaml:89:7
%5445 = assign %106, %5444 : f32[16] @ models/lib/nn.yaml:89:7
%5446 = all_reduce_sum %3959 : f32[16] @ models/lib/nn.yaml:90:7
%5447 = mul %5446, %5446 : f32[16] @ models/lib/nn.yaml:90:7
%5448 = reduce_sum %5447 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5449 = sqrt %5448 : f32[] @ models/lib/nn.yaml:90:7
%5450 = cast %5449 : f64[] @ models/lib/nn.yaml:90:7
%5451 = add %5450, %4252 : f64[] @ models/lib/nn.yaml:90:7
%5452 = div %4254, %5451 : f64[] @ models/lib/nn.yaml:90:7
%5453 = lt %5452, %4256 : bool[] @ models/lib/nn.yaml:90:7
%5454 = cast %5452 : f32[] @ models/lib/nn.yaml:90:7
%5455 = broadcast %5454 : f32[16] @ models/lib/nn.yaml:90:7
%5456 = mul %5446, %5455 : f32[16] @ models/lib/nn.yaml:90:7
%5457 = broadcast %5453 : bool[16] @ models/lib/nn.yaml:90:7
%5458 = select %5457, %5456, %5446 : f32[16] @ models/lib/nn.yaml:90:7
%5459 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5460 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5461 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5462 = add %5461, %4266 : i64[] @ models/lib/nn.yaml:90:7
%5463 = mul %5458, %4398 : f32[16] @ models/lib/nn.yaml:90:7
%5464 = mul %5459, %4400 : f32[16] @ models/lib/nn.yaml:90:7
%5465 = add %5464, %5463 : f32[16] @ models/lib/nn.yaml:90:7
%5466 = mul %5458, %5458 : f32[16] @ models/lib/nn.yaml:90:7
%5467 = mul %5466, %4404 : f32[16] @ models/lib/nn.yaml:90:7
%5468 = mul %5460, %4406 : f32[16] @ models/lib/nn.yaml:90:7
%5469 = add %5468, %5467 : f32[16] @ models/lib/nn.yaml:90:7
%5470 = cast %5462 : f64[] @ models/lib/nn.yaml:90:7
%5471 = pow %4275, %5470 : f64[] @ models/lib/nn.yaml:90:7
%5472 = sub %4256, %5471 : f64[] @ models/lib/nn.yaml:90:7
%5473 = div %2558, %5472 : f64[] @ models/lib/nn.yaml:90:7
%5474 = pow %4283, %5470 : f64[] @ models/lib/nn.yaml:90:7
%5475 = sub %4256, %5474 : f64[] @ models/lib/nn.yaml:90:7
%5476 = sqrt %5475 : f64[] @ models/lib/nn.yaml:90:7
%5477 = div %4256, %5476 : f64[] @ models/lib/nn.yaml:90:7
%5478 = sqrt %5469 : f32[16] @ models/lib/nn.yaml:90:7
%5479 = cast %5477 : f32[] @ models/lib/nn.yaml:90:7
%5480 = broadcast %5479 : f32[16] @ models/lib/nn.yaml:90:7
%5481 = mul %5478, %5480 : f32[16] @ models/lib/nn.yaml:90:7
%5482 = add %5481, %4421 : f32[16] @ models/lib/nn.yaml:90:7
%5483 = div %5465, %5482 : f32[16] @ models/lib/nn.yaml:90:7
%5484 = cast %5473 : f32[] @ models/lib/nn.yaml:90:7
%5485 = broadcast %5484 : f32[16] @ models/lib/nn.yaml:90:7
%5486 = mul %5483, %5485 : f32[16] @ models/lib/nn.yaml:90:7
%5487 = sub %29, %5486 : f32[16] @ models/lib/nn.yaml:90:7
%5488 = assign %29, %5487 : f32[16] @ models/lib/nn.yaml:90:7
%5489 = assign %5459, %5465 : f32[16] @ models/lib/nn.yaml:90:7
%5490 = assign %5460, %5469 : f32[16] @ models/lib/nn.yaml:90:7
%5491 = assign %5461, %5462 : i64[] @ models/lib/nn.yaml:90:7
%5492 = mul %107, %4432 : f32[16] @ models/lib/nn.yaml:90:7
%5493 = mul %5487, %4434 : f32[16] @ models/lib/nn.yaml:90:7
%5494 = add %5492, %5493 : f32[16] @ models/lib/nn.yaml:90:7
%5495 = assign %107, %5494 : f32[16] @ models/lib/nn.yaml:90:7
%5496 = all_reduce_sum %3954 : f32[64,16] @ models/lib/nn.yaml:79:7
%5497 = reshape %5496 : f32[1024] @ models/lib/nn.yaml:79:7
%5498 = mul %5497, %5497 : f32[1024] @ models/lib/nn.yaml:79:7
%5499 = reduce_sum %5498 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5500 = sqrt %5499 : f32[] @ models/lib/nn.yaml:79:7
%5501 = cast %5500 : f64[] @ models/lib/nn.yaml:79:7
%5502 = add %5501, %4252 : f64[] @ models/lib/nn.yaml:79:7
%5503 = div %4254, %5502 : f64[] @ models/lib/nn.yaml:79:7
%5504 = lt %5503, %4256 : bool[] @ models/lib/nn.yaml:79:7
%5505 = cast %5503 : f32[] @ models/lib/nn.yaml:79:7
%5506 = broadcast %5505 : f32[64,16] @ models/lib/nn.yaml:79:7
%5507 = mul %5496, %5506 : f32[64,16] @ models/lib/nn.yaml:79:7
%5508 = broadcast %5504 : bool[64,16] @ models/lib/nn.yaml:79:7
%5509 = select %5508, %5507, %5496 : f32[64,16] @ models/lib/nn.yaml:79:7
%5510 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5511 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5512 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5513 = add %5512, %4266 : i64[] @ models/lib/nn.yaml:79:7
%5514 = mul %30, %4883 : f32[64,16] @ models/lib/nn.yaml:79:7
%5515 = mul %5509, %4885 : f32[64,16] @ models/lib/nn.yaml:79:7
%5516 = mul %5510, %4887 : f32[64,16] @ models/lib/nn.yaml:79:7
%5517 = add %5516, %5515 : f32[64,16] @ models/lib/nn.yaml:79:7
%5518 = mul %5509, %5509 : f32[64,16] @ models/lib/nn.yaml:79:7
%5519 = mul %5518, %4891 : f32[64,16] @ models/lib/nn.yaml:79:7
%5520 = mul %5511, %4893 : f32[64,16] @ models/lib/nn.yaml:79:7
%5521 = add %5520, %5519 : f32[64,16] @ models/lib/nn.yaml:79:7
%5522 = cast %5513 : f64[] @ models/lib/nn.yaml:79:7
%5523 = pow %4275, %5522 : f64[] @ models/lib/nn.yaml:79:7
%5524 = sub %4256, %5523 : f64[] @ models/lib/nn.yaml:79:7
%5525 = div %2558, %5524 : f64[] @ models/lib/nn.yaml:79:7
%5526 = pow %4283, %5522 : f64[] @ models/lib/nn.yaml:79:7
%5527 = sub %4256, %5526 : f64[] @ models/lib/nn.yaml:79:7
%5528 = sqrt %5527 : f64[] @ models/lib/nn.yaml:79:7
%5529 = div %4256, %5528 : f64[] @ models/lib/nn.yaml:79:7
%5530 = sqrt %5521 : f32[64,16] @ models/lib/nn.yaml:79:7
%5531 = cast %5529 : f32[] @ models/lib/nn.yaml:79:7
%5532 = broadcast %5531 : f32[64,16] @ models/lib/nn.yaml:79:7
%5533 = mul %5530, %5532 : f32[64,16] @ models/lib/nn.yaml:79:7
%5534 = add %5533, %4908 : f32[64,16] @ models/lib/nn.yaml:79:7
%5535 = div %5517, %5534 : f32[64,16] @ models/lib/nn.yaml:79:7
%5536 = cast %5525 : f32[] @ models/lib/nn.yaml:79:7
%5537 = broadcast %5536 : f32[64,16] @ models/lib/nn.yaml:79:7
%5538 = mul %5535, %5537 : f32[64,16] @ models/lib/nn.yaml:79:7
%5539 = sub %5514, %5538 : f32[64,16] @ models/lib/nn.yaml:79:7
%5540 = assign %30, %5539 : f32[64,16] @ models/lib/nn.yaml:79:7
%5541 = assign %5510, %5517 : f32[64,16] @ models/lib/nn.yaml:79:7
%5542 = assign %5511, %5521 : f32[64,16] @ models/lib/nn.yaml:79:7
%5543 = assign %5512, %5513 : i64[] @ models/lib/nn.yaml:79:7
%5544 = mul %108, %4919 : f32[64,16] @ models/lib/nn.yaml:79:7
%5545 = mul %5539, %4921 : f32[64,16] @ models/lib/nn.yaml:79:7
%5546 = add %5544, %5545 : f32[64,16] @ models/lib/nn.yaml:79:7
%5547 = assign %108, %5546 : f32[64,16] @ models/lib/nn.yaml:79:7
%5548 = all_reduce_sum %3949 : f32[64] @ models/lib/nn.yaml:80:7
%5549 = mul %5548, %5548 : f32[64] @ models/lib/nn.yaml:80:7
%5550 = reduce_sum %5549 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5551 = sqrt %5550 : f32[] @ models/lib/nn.yaml:80:7
%5552 = cast %5551 : f64[] @ models/lib/nn.yaml:80:7
%5553 = add %5552, %4252 : f64[] @ models/lib/nn.yaml:80:7
%5554 = div %4254, %5553 : f64[] @ models/lib/nn.yaml:80:7
%5555 = lt %5554, %4256 : bool[] @ models/lib/nn.yaml:80:7
%5556 = cast %5554 : f32[] @ models/lib/nn.yaml:80:7
%5557 = broadcast %5556 : f32[64] @ models/lib/nn.yaml:80:7
%5558 = mul %5548, %5557 : f32[64] @ models/lib/nn.yaml:80:7
%5559 = broadcast %5555 : bool[64] @ models/lib/nn.yaml:80:7
%5560 = select %5559, %5558, %5548 : f32[64] @ models/lib/nn.yaml:80:7
%5561 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5562 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5563 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5564 = add %5563, %4266 : i64[] @ models/lib/nn.yaml:80:7
%5565 = mul %5560, %4942 : f32[64] @ models/lib/nn.yaml:80:7
%5566 = mul %5561, %4944 : f32[64] @ models/lib/nn.yaml:80:7
%5567 = add %5566, %5565 : f32[64] @ models/lib/nn.yaml:80:7
%5568 = mul %5560, %5560 : f32[64] @ models/lib/nn.yaml:80:7
%5569 = mul %5568, %4948 : f32[64] @ models/lib/nn.yaml:80:7
%5570 = mul %5562, %4950 : f32[64] @ models/lib/nn.yaml:80:7
%5571 = add %5570, %5569 : f32[64] @ models/lib/nn.yaml:80:7
%5572 = cast %5564 : f64[] @ models/lib/nn.yaml:80:7
%5573 = pow %4275, %5572 : f64[] @ models/lib/nn.yaml:80:7
%5574 = sub %4256, %5573 : f64[] @ models/lib/nn.yaml:80:7
%5575 = div %2558, %5574 : f64[] @ models/lib/nn.yaml:80:7
%5576 = pow %4283, %5572 : f64[] @ models/lib/nn.yaml:80:7
%5577 = sub %4256, %5576 : f64[] @ models/lib/nn.yaml:80:7
%5578 = sqrt %5577 : f64[] @ models/lib/nn.yaml:80:7
%5579 = div %4256, %5578 : f64[] @ models/lib/nn.yaml:80:7
%5580 = sqrt %5571 : f32[64] @ models/lib/nn.yaml:80:7
%5581 = cast %5579 : f32[] @ models/lib/nn.yaml:80:7
%5582 = broadcast %5581 : f32[64] @ models/lib/nn.yaml:80:7
%5583 = mul %5580, %5582 : f32[64] @ models/lib/nn.yaml:80:7
%5584 = add %5583, %4965 : f32[64] @ models/lib/nn.yaml:80:7
%5585 = div %5567, %5584 : f32[64] @ models/lib/nn.yaml:80:7
%5586 = cast %5575 : f32[] @ models/lib/nn.yaml:80:7
%5587 = broadcast %5586 : f32[64] @ models/lib/nn.yaml:80:7
%5588 = mul %5585, %5587 : f32[64] @ models/lib/nn.yaml:80:7
%5589 = sub %31, %5588 : f32[64] @ models/lib/nn.yaml:80:7
%5590 = assign %31, %5589 : f32[64] @ models/lib/nn.yaml:80:7
%5591 = assign %5561, %5567 : f32[64] @ models/lib/nn.yaml:80:7
%5592 = assign %5562, %5571 : f32[64] @ models/lib/nn.yaml:80:7
%5593 = assign %5563, %5564 : i64[] @ models/lib/nn.yaml:80:7
%5594 = mul %109, %4976 : f32[64] @ models/lib/nn.yaml:80:7
%5595 = mul %5589, %4978 : f32[64] @ models/lib/nn.yaml:80:7
%5596 = add %5594, %5595 : f32[64] @ models/lib/nn.yaml:80:7
%5597 = assign %109, %5596 : f32[64] @ models/lib/nn.yaml:80:7
%5598 = all_reduce_sum %3933 : f32[16,64] @ models/lib/nn.yaml:79:7
%5599 = reshape %5598 : f32[1024] @ models/lib/nn.yaml:79:7
%5600 = mul %5599, %5599 : f32[1024] @ models/lib/nn.yaml:79:7
%5601 = reduce_sum %5600 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5602 = sqrt %5601 : f32[] @ models/lib/nn.yaml:79:7
%5603 = cast %5602 : f64[] @ models/lib/nn.yaml:79:7
%5604 = add %5603, %4252 : f64[] @ models/lib/nn.yaml:79:7
%5605 = div %4254, %5604 : f64[] @ models/lib/nn.yaml:79:7
%5606 = lt %5605, %4256 : bool[] @ models/lib/nn.yaml:79:7
%5607 = cast %5605 : f32[] @ models/lib/nn.yaml:79:7
%5608 = broadcast %5607 : f32[16,64] @ models/lib/nn.yaml:79:7
%5609 = mul %5598, %5608 : f32[16,64] @ models/lib/nn.yaml:79:7
%5610 = broadcast %5606 : bool[16,64] @ models/lib/nn.yaml:79:7
%5611 = select %5610, %5609, %5598 : f32[16,64] @ models/lib/nn.yaml:79:7
%5612 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5613 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5614 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5615 = add %5614, %4266 : i64[] @ models/lib/nn.yaml:79:7
%5616 = mul %32, %5000 : f32[16,64] @ models/lib/nn.yaml:79:7
%5617 = mul %5611, %5002 : f32[16,64] @ models/lib/nn.yaml:79:7
%5618 = mul %5612, %5004 : f32[16,64] @ models/lib/nn.yaml:79:7
%5619 = add %5618, %5617 : f32[16,64] @ models/lib/nn.yaml:79:7
%5620 = mul %5611, %5611 : f32[16,64] @ models/lib/nn.yaml:79:7
%5621 = mul %5620, %5008 : f32[16,64] @ models/lib/nn.yaml:79:7
%5622 = mul %5613, %5010 : f32[16,64] @ models/lib/nn.yaml:79:7
%5623 = add %5622, %5621 : f32[16,64] @ models/lib/nn.yaml:79:7
%5624 = cast %5615 : f64[] @ models/lib/nn.yaml:79:7
%5625 = pow %4275, %5624 : f64[] @ models/lib/nn.yaml:79:7
%5626 = sub %4256, %5625 : f64[] @ models/lib/nn.yaml:79:7
%5627 = div %2558, %5626 : f64[] @ models/lib/nn.yaml:79:7
%5628 = pow %4283, %5624 : f64[] @ models/lib/nn.yaml:79:7
%5629 = sub %4256, %5628 : f64[] @ models/lib/nn.yaml:79:7
%5630 = sqrt %5629 : f64[] @ models/lib/nn.yaml:79:7
%5631 = div %4256, %5630 : f64[] @ models/lib/nn.yaml:79:7
%5632 = sqrt %5623 : f32[16,64] @ models/lib/nn.yaml:79:7
%5633 = cast %5631 : f32[] @ models/lib/nn.yaml:79:7
%5634 = broadcast %5633 : f32[16,64] @ models/lib/nn.yaml:79:7
%5635 = mul %5632, %5634 : f32[16,64] @ models/lib/nn.yaml:79:7
%5636 = add %5635, %5025 : f32[16,64] @ models/lib/nn.yaml:79:7
%5637 = div %5619, %5636 : f32[16,64] @ models/lib/nn.yaml:79:7
%5638 = cast %5627 : f32[] @ models/lib/nn.yaml:79:7
%5639 = broadcast %5638 : f32[16,64] @ models/lib/nn.yaml:79:7
%5640 = mul %5637, %5639 : f32[16,64] @ models/lib/nn.yaml:79:7
%5641 = sub %5616, %5640 : f32[16,64] @ models/lib/nn.yaml:79:7
%5642 = assign %32, %5641 : f32[16,64] @ models/lib/nn.yaml:79:7
%5643 = assign %5612, %5619 : f32[16,64] @ models/lib/nn.yaml:79:7
%5644 = assign %5613, %5623 : f32[16,64] @ models/lib/nn.yaml:79:7
%5645 = assign %5614, %5615 : i64[] @ models/lib/nn.yaml:79:7
%5646 = mul %110, %5036 : f32[16,64] @ models/lib/nn.yaml:79:7
%5647 = mul %5641, %5038 : f32[16,64] @ models/lib/nn.yaml:79:7
%5648 = add %5646, %5647 : f32[16,64] @ models/lib/nn.yaml:79:7
%5649 = assign %110, %5648 : f32[16,64] @ models/lib/nn.yaml:79:7
%5650 = all_reduce_sum %3928 : f32[16] @ models/lib/nn.yaml:80:7
%5651 = mul %5650, %5650 : f32[16] @ models/lib/nn.yaml:80:7
%5652 = reduce_sum %5651 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5653 = sqrt %5652 : f32[] @ models/lib/nn.yaml:80:7
%5654 = cast %5653 : f64[] @ models/lib/nn.yaml:80:7
%5655 = add %5654, %4252 : f64[] @ models/lib/nn.yaml:80:7
%5656 = div %4254, %5655 : f64[] @ models/lib/nn.yaml:80:7
%5657 = lt %5656, %4256 : bool[] @ models/lib/nn.yaml:80:7
%5658 = cast %5656 : f32[] @ models/lib/nn.yaml:80:7
%5659 = broadcast %5658 : f32[16] @ models/lib/nn.yaml:80:7
%5660 = mul %5650, %5659 : f32[16] @ models/lib/nn.yaml:80:7
%5661 = broadcast %5657 : bool[16] @ models/lib/nn.yaml:80:7
%5662 = select %5661, %5660, %5650 : f32[16] @ models/lib/nn.yaml:80:7
%5663 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5664 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5665 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5666 = add %5665, %4266 : i64[] @ models/lib/nn.yaml:80:7
%5667 = mul %5662, %4398 : f32[16] @ models/lib/nn.yaml:80:7
%5668 = mul %5663, %4400 : f32[16] @ models/lib/nn.yaml:80:7
%5669 = add %5668, %5667 : f32[16] @ models/lib/nn.yaml:80:7
%5670 = mul %5662, %5662 : f32[16] @ models/lib/nn.yaml:80:7
%5671 = mul %5670, %4404 : f32[16] @ models/lib/nn.yaml:80:7
%5672 = mul %5664, %4406 : f32[16] @ models/lib/nn.yaml:80:7
%5673 = add %5672, %5671 : f32[16] @ models/lib/nn.yaml:80:7
%5674 = cast %5666 : f64[] @ models/lib/nn.yaml:80:7
%5675 = pow %4275, %5674 : f64[] @ models/lib/nn.yaml:80:7
%5676 = sub %4256, %5675 : f64[] @ models/lib/nn.yaml:80:7
%5677 = div %2558, %5676 : f64[] @ models/lib/nn.yaml:80:7
%5678 = pow %4283, %5674 : f64[] @ models/lib/nn.yaml:80:7
%5679 = sub %4256, %5678 : f64[] @ models/lib/nn.yaml:80:7
%5680 = sqrt %5679 : f64[] @ models/lib/nn.yaml:80:7
%5681 = div %4256, %5680 : f64[] @ models/lib/nn.yaml:80:7
%5682 = sqrt %5673 : f32[16] @ models/lib/nn.yaml:80:7
%5683 = cast %5681 : f32[] @ models/lib/nn.yaml:80:7
%5684 = broadcast %5683 : f32[16] @ models/lib/nn.yaml:80:7
%5685 = mul %5682, %5684 : f32[16] @ models/lib/nn.yaml:80:7
%5686 = add %5685, %4421 : f32[16] @ models/lib/nn.yaml:80:7
%5687 = div %5669, %5686 : f32[16] @ models/lib/nn.yaml:80:7
%5688 = cast %5677 : f32[] @ models/lib/nn.yaml:80:7
%5689 = broadcast %5688 : f32[16] @ models/lib/nn.yaml:80:7
%5690 = mul %5687, %5689 : f32[16] @ models/lib/nn.yaml:80:7
%5691 = sub %33, %5690 : f32[16] @ models/lib/nn.yaml:80:7
%5692 = assign %33, %5691 : f32[16] @ models/lib/nn.yaml:80:7
%5693 = assign %5663, %5669 : f32[16] @ models/lib/nn.yaml:80:7
%5694 = assign %5664, %5673 : f32[16] @ models/lib/nn.yaml:80:7
%5695 = assign %5665, %5666 : i64[] @ models/lib/nn.yaml:80:7
%5696 = mul %111, %4432 : f32[16] @ models/lib/nn.yaml:80:7
%5697 = mul %5691, %4434 : f32[16] @ models/lib/nn.yaml:80:7
%5698 = add %5696, %5697 : f32[16] @ models/lib/nn.yaml:80:7
%5699 = assign %111, %5698 : f32[16] @ models/lib/nn.yaml:80:7
%5700 = all_reduce_sum %3921 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5701 = reshape %5700 : f32[16] @ models/lib/vit.yaml:103:7
%5702 = mul %5701, %5701 : f32[16] @ models/lib/vit.yaml:103:7
%5703 = reduce_sum %5702 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%5704 = sqrt %5703 : f32[] @ models/lib/vit.yaml:103:7
%5705 = cast %5704 : f64[] @ models/lib/vit.yaml:103:7
%5706 = add %5705, %4252 : f64[] @ models/lib/vit.yaml:103:7
%5707 = div %4254, %5706 : f64[] @ models/lib/vit.yaml:103:7
%5708 = lt %5707, %4256 : bool[] @ models/lib/vit.yaml:103:7
%5709 = cast %5707 : f32[] @ models/lib/vit.yaml:103:7
%5710 = broadcast %5709 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5711 = mul %5700, %5710 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5712 = broadcast %5708 : bool[1,1,16] @ models/lib/vit.yaml:103:7
%5713 = select %5712, %5711, %5700 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5714 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5715 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5716 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%5717 = add %5716, %4266 : i64[] @ models/lib/vit.yaml:103:7
%5718 = broadcast %4270 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5719 = mul %34, %5718 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5720 = broadcast %2314 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5721 = mul %5713, %5720 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5722 = broadcast %1568 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5723 = mul %5714, %5722 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5724 = add %5723, %5721 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5725 = mul %5713, %5713 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5726 = broadcast %4280 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5727 = mul %5725, %5726 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5728 = broadcast %4284 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5729 = mul %5715, %5728 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5730 = add %5729, %5727 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5731 = cast %5717 : f64[] @ models/lib/vit.yaml:103:7
%5732 = pow %4275, %5731 : f64[] @ models/lib/vit.yaml:103:7
%5733 = sub %4256, %5732 : f64[] @ models/lib/vit.yaml:103:7
%5734 = div %2558, %5733 : f64[] @ models/lib/vit.yaml:103:7
%5735 = pow %4283, %5731 : f64[] @ models/lib/vit.yaml:103:7
%5736 = sub %4256, %5735 : f64[] @ models/lib/vit.yaml:103:7
%5737 = sqrt %5736 : f64[] @ models/lib/vit.yaml:103:7
%5738 = div %4256, %5737 : f64[] @ models/lib/vit.yaml:103:7
%5739 = sqrt %5730 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5740 = cast %5738 : f32[] @ models/lib/vit.yaml:103:7
%5741 = broadcast %5740 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5742 = mul %5739, %5741 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5743 = broadcast %4300 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5744 = add %5742, %5743 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5745 = div %5724, %5744 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5746 = cast %5734 : f32[] @ models/lib/vit.yaml:103:7
%5747 = broadcast %5746 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5748 = mul %5745, %5747 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5749 = sub %5719, %5748 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5750 = assign %34, %5749 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5751 = assign %5714, %5724 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5752 = assign %5715, %5730 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5753 = assign %5716, %5717 : i64[] @ models/lib/vit.yaml:103:7
%5754 = broadcast %4312 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5755 = mul %112, %5754 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5756 = broadcast %4316 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5757 = mul %5749, %5756 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5758 = add %5755, %5757 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5759 = assign %112, %5758 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5760 = all_reduce_sum %3898 : f32[16] @ models/lib/nn.yaml:89:7
%5761 = mul %5760, %5760 : f32[16] @ models/lib/nn.yaml:89:7
%5762 = reduce_sum %5761 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5763 = sqrt %5762 : f32[] @ models/lib/nn.yaml:89:7
%5764 = cast %5763 : f64[] @ models/lib/nn.yaml:89:7
%5765 = add %5764, %4252 : f64[] @ models/lib/nn.yaml:89:7
%5766 = div %4254, %5765 : f64[] @ models/lib/nn.yaml:89:7
%5767 = lt %5766, %4256 : bool[] @ models/lib/nn.yaml:89:7
%5768 = cast %5766 : f32[] @ models/lib/nn.yaml:89:7
%5769 = broadcast %5768 : f32[16] @ models/lib/nn.yaml:89:7
%5770 = mul %5760, %5769 : f32[16] @ models/lib/nn.yaml:89:7
%5771 = broadcast %5767 : bool[16] @ models/lib/nn.yaml:89:7
%5772 = select %5771, %5770, %5760 : f32[16] @ models/lib/nn.yaml:89:7
%5773 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5774 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5775 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5776 = add %5775, %4266 : i64[] @ models/lib/nn.yaml:89:7
%5777 = mul %5772, %4398 : f32[16] @ models/lib/nn.yaml:89:7
%5778 = mul %5773, %4400 : f32[16] @ models/lib/nn.yaml:89:7
%5779 = add %5778, %5777 : f32[16] @ models/lib/nn.yaml:89:7
%5780 = mul %5772, %5772 : f32[16] @ models/lib/nn.yaml:89:7
%5781 = mul %5780, %4404 : f32[16] @ models/lib/nn.yaml:89:7
%5782 = mul %5774, %4406 : f32[16] @ models/lib/nn.yaml:89:7
%5783 = add %5782, %5781 : f32[16] @ models/lib/nn.yaml:89:7
%5784 = cast %5776 : f64[] @ models/lib/nn.yaml:89:7
%5785 = pow %4275, %5784 : f64[] @ models/lib/nn.yaml:89:7
%5786 = sub %4256, %5785 : f64[] @ models/lib/nn.yaml:89:7
%5787 = div %2558, %5786 : f64[] @ models/lib/nn.yaml:89:7
%5788 = pow %4283, %5784 : f64[] @ models/lib/nn.yaml:89:7
%5789 = sub %4256, %5788 : f64[] @ models/lib/nn.yaml:89:7
%5790 = sqrt %5789 : f64[] @ models/lib/nn.yaml:89:7
%5791 = div %4256, %5790 : f64[] @ models/lib/nn.yaml:89:7
%5792 = sqrt %5783 : f32[16] @ models/lib/nn.yaml:89:7
%5793 = cast %5791 : f32[] @ models/lib/nn.yaml:89:7
%5794 = broadcast %5793 : f32[16] @ models/lib/nn.yaml:89:7
%5795 = mul %5792, %5794 : f32[16] @ models/lib/nn.yaml:89:7
%5796 = add %5795, %4421 : f32[16] @ models/lib/nn.yaml:89:7
%5797 = div %5779, %5796 : f32[16] @ models/lib/nn.yaml:89:7
%5798 = cast %5787 : f32[] @ models/lib/nn.yaml:89:7
%5799 = broadcast %5798 : f32[16] @ models/lib/nn.yaml:89:7
%5800 = mul %5797, %5799 : f32[16] @ models/lib/nn.yaml:89:7
%5801 = sub %35, %5800 : f32[16] @ models/lib/nn.yaml:89:7
%5802 = assign %35, %5801 : f32[16] @ models/lib/nn.yaml:89:7
%5803 = assign %5773, %5779 : f32[16] @ models/lib/nn.yaml:89:7
%5804 = assign %5774, %5783 : f32[16] @ models/lib/nn.yaml:89:7
%5805 = assign %5775, %5776 : i64[] @ models/lib/nn.yaml:89:7
%5806 = mul %113, %4432 : f32[16] @ models/lib/nn.yaml:89:7
%5807 = mul %5801, %4434 : f32[16] @ models/lib/nn.yaml:89:7
%5808 = add %5806, %5807 : f32[16] @ models/lib/nn.yaml:89:7
%5809 = assign %113, %5808 : f32[16] @ models/lib/nn.yaml:89:7
%5810 = all_reduce_sum %3893 : f32[16] @ models/lib/nn.yaml:90:7
%5811 = mul %5810, %5810 : f32[16] @ models/lib/nn.yaml:90:7
%5812 = reduce_sum %5811 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5813 = sqrt %5812 : f32[] @ models/lib/nn.yaml:90:7
%5814 = cast %5813 : f64[] @ models/lib/nn.yaml:90:7
%5815 = add %5814, %4252 : f64[] @ models/lib/nn.yaml:90:7
%5816 = div %4254, %5815 : f64[] @ models/lib/nn.yaml:90:7
%5817 = lt %5816, %4256 : bool[] @ models/lib/nn.yaml:90:7
%5818 = cast %5816 : f32[] @ models/lib/nn.yaml:90:7
%5819 = broadcast %5818 : f32[16] @ models/lib/nn.yaml:90:7
%5820 = mul %5810, %5819 : f32[16] @ models/lib/nn.yaml:90:7
%5821 = broadcast %5817 : bool[16] @ models/lib/nn.yaml:90:7
%5822 = select %5821, %5820, %5810 : f32[16] @ models/lib/nn.yaml:90:7
%5823 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5824 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5825 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5826 = add %5825, %4266 : i64[] @ models/lib/nn.yaml:90:7
%5827 = mul %5822, %4398 : f32[16] @ models/lib/nn.yaml:90:7
%5828 = mul %5823, %4400 : f32[16] @ models/lib/nn.yaml:90:7
%5829 = add %5828, %5827 : f32[16] @ models/lib/nn.yaml:90:7
%5830 = mul %5822, %5822 : f32[16] @ models/lib/nn.yaml:90:7
%5831 = mul %5830, %4404 : f32[16] @ models/lib/nn.yaml:90:7
%5832 = mul %5824, %4406 : f32[16] @ models/lib/nn.yaml:90:7
%5833 = add %5832, %5831 : f32[16] @ models/lib/nn.yaml:90:7
%5834 = cast %5826 : f64[] @ models/lib/nn.yaml:90:7
%5835 = pow %4275, %5834 : f64[] @ models/lib/nn.yaml:90:7
%5836 = sub %4256, %5835 : f64[] @ models/lib/nn.yaml:90:7
%5837 = div %2558, %5836 : f64[] @ models/lib/nn.yaml:90:7
%5838 = pow %4283, %5834 : f64[] @ models/lib/nn.yaml:90:7
%5839 = sub %4256, %5838 : f64[] @ models/lib/nn.yaml:90:7
%5840 = sqrt %5839 : f64[] @ models/lib/nn.yaml:90:7
%5841 = div %4256, %5840 : f64[] @ models/lib/nn.yaml:90:7
%5842 = sqrt %5833 : f32[16] @ models/lib/nn.yaml:90:7
%5843 = cast %5841 : f32[] @ models/lib/nn.yaml:90:7
%5844 = broadcast %5843 : f32[16] @ models/lib/nn.yaml:90:7
%5845 = mul %5842, %5844 : f32[16] @ models/lib/nn.yaml:90:7
%5846 = add %5845, %4421 : f32[16] @ models/lib/nn.yaml:90:7
%5847 = div %5829, %5846 : f32[16] @ models/lib/nn.yaml:90:7
%5848 = cast %5837 : f32[] @ models/lib/nn.yaml:90:7
%5849 = broadcast %5848 : f32[16] @ models/lib/nn.yaml:90:7
%5850 = mul %5847, %5849 : f32[16] @ models/lib/nn.yaml:90:7
%5851 = sub %36, %5850 : f32[16] @ models/lib/nn.yaml:90:7
%5852 = assign %36, %5851 : f32[16] @ models/lib/nn.yaml:90:7
%5853 = assign %5823, %5829 : f32[16] @ models/lib/nn.yaml:90:7
%5854 = assign %5824, %5833 : f32[16] @ models/lib/nn.yaml:90:7
%5855 = assign %5825, %5826 : i64[] @ models/lib/nn.yaml:90:7
%5856 = mul %114, %4432 : f32[16] @ models/lib/nn.yaml:90:7
%5857 = mul %5851, %4434 : f32[16] @ models/lib/nn.yaml:90:7
%5858 = add %5856, %5857 : f32[16] @ models/lib/nn.yaml:90:7
%5859 = assign %114, %5858 : f32[16] @ models/lib/nn.yaml:90:7
%5860 = all_reduce_sum %3886 : f32[16,16] @ models/lib/nn.yaml:79:7
%5861 = reshape %5860 : f32[256] @ models/lib/nn.yaml:79:7
%5862 = mul %5861, %5861 : f32[256] @ models/lib/nn.yaml:79:7
%5863 = reduce_sum %5862 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5864 = sqrt %5863 : f32[] @ models/lib/nn.yaml:79:7
%5865 = cast %5864 : f64[] @ models/lib/nn.yaml:79:7
%5866 = add %5865, %4252 : f64[] @ models/lib/nn.yaml:79:7
%5867 = div %4254, %5866 : f64[] @ models/lib/nn.yaml:79:7
%5868 = lt %5867, %4256 : bool[] @ models/lib/nn.yaml:79:7
%5869 = cast %5867 : f32[] @ models/lib/nn.yaml:79:7
%5870 = broadcast %5869 : f32[16,16] @ models/lib/nn.yaml:79:7
%5871 = mul %5860, %5870 : f32[16,16] @ models/lib/nn.yaml:79:7
%5872 = broadcast %5868 : bool[16,16] @ models/lib/nn.yaml:79:7
%5873 = select %5872, %5871, %5860 : f32[16,16] @ models/lib/nn.yaml:79:7
%5874 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5875 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5876 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5877 = add %5876, %4266 : i64[] @ models/lib/nn.yaml:79:7
%5878 = mul %37, %4673 : f32[16,16] @ models/lib/nn.yaml:79:7
%5879 = mul %5873, %4675 : f32[16,16] @ models/lib/nn.yaml:79:7
%5880 = mul %5874, %4677 : f32[16,16] @ models/lib/nn.yaml:79:7
%5881 = add %5880, %5879 : f32[16,16] @ models/lib/nn.yaml:79:7
%5882 = mul %5873, %5873 : f32[16,16] @ models/lib/nn.yaml:79:7
%5883 = mul %5882, %4681 : f32[16,16] @ models/lib/nn.yaml:79:7
%5884 = mul %5875, %4683 : f32[16,16] @ models/lib/nn.yaml:79:7
%5885 = add %5884, %5883 : f32[16,16] @ models/lib/nn.yaml:79:7
%5886 = cast %5877 : f64[] @ models/lib/nn.yaml:79:7
%5887 = pow %4275, %5886 : f64[] @ models/lib/nn.yaml:79:7
%5888 = sub %4256, %5887 : f64[] @ models/lib/nn.yaml:79:7
%5889 = div %2558, %5888 : f64[] @ models/lib/nn.yaml:79:7
%5890 = pow %4283, %5886 : f64[] @ models/lib/nn.yaml:79:7
%5891 = sub %4256, %5890 : f64[] @ models/lib/nn.yaml:79:7
%5892 = sqrt %5891 : f64[] @ models/lib/nn.yaml:79:7
%5893 = div %4256, %5892 : f64[] @ models/lib/nn.yaml:79:7
%5894 = sqrt %5885 : f32[16,16] @ models/lib/nn.yaml:79:7
%5895 = cast %5893 : f32[] @ models/lib/nn.yaml:79:7
%5896 = broadcast %5895 : f32[16,16] @ models/lib/nn.yaml:79:7
%5897 = mul %5894, %5896 : f32[16,16] @ models/lib/nn.yaml:79:7
%5898 = add %5897, %4698 : f32[16,16] @ models/lib/nn.yaml:79:7
%5899 = div %5881, %5898 : f32[16,16] @ models/lib/nn.yaml:79:7
%5900 = cast %5889 : f32[] @ models/lib/nn.yaml:79:7
%5901 = broadcast %5900 : f32[16,16] @ models/lib/nn.yaml:79:7
%5902 = mul %5899, %5901 : f32[16,16] @ models/lib/nn.yaml:79:7
%5903 = sub %5878, %5902 : f32[16,16] @ models/lib/nn.yaml:79:7
%5904 = assign %37, %5903 : f32[16,16] @ models/lib/nn.yaml:79:7
%5905 = assign %5874, %5881 : f32[16,16] @ models/lib/nn.yaml:79:7
%5906 = assign %5875, %5885 : f32[16,16] @ models/lib/nn.yaml:79:7
%5907 = assign %5876, %5877 : i64[] @ models/lib/nn.yaml:79:7
%5908 = mul %115, %4709 : f32[16,16] @ models/lib/nn.yaml:79:7
%5909 = mul %5903, %4711 : f32[16,16] @ models/lib/nn.yaml:79:7
%5910 = add %5908, %5909 : f32[16,16] @ models/lib/nn.yaml:79:7
%5911 = assign %115, %5910 : f32[16,16] @ models/lib/nn.yaml:79:7
%5912 = all_reduce_sum %3881 : f32[16] @ models/lib/nn.yaml:80:7
%5913 = mul %5912, %5912 : f32[16] @ models/lib/nn.yaml:80:7
%5914 = reduce_sum %5913 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5915 = sqrt %5914 : f32[] @ models/lib/nn.yaml:80:7
%5916 = cast %5915 : f64[] @ models/lib/nn.yaml:80:7
%5917 = add %5916, %4252 : f64[] @ models/lib/nn.yaml:80:7
%5918 = div %4254, %5917 : f64[] @ models/lib/nn.yaml:80:7
%5919 = lt %5918, %4256 : bool[] @ models/lib/nn.yaml:80:7
%5920 = cast %5918 : f32[] @ models/lib/nn.yaml:80:7
%5921 = broadcast %5920 : f32[16] @ models/lib/nn.yaml:80:7
%5922 = mul %5912, %5921 : f32[16] @ models/lib/nn.yaml:80:7
%5923 = broadcast %5919 : bool[16] @ models/lib/nn.yaml:80:7
%5924 = select %5923, %5922, %5912 : f32[16] @ models/lib/nn.yaml:80:7
%5925 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5926 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5927 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5928 = add %5927, %4266 : i64[] @ models/lib/nn.yaml:80:7
%5929 = mul %5924, %4398 : f32[16] @ models/lib/nn.yaml:80:7
%5930 = mul %5925, %4400 : f32[16] @ models/lib/nn.yaml:80:7
%5931 = add %5930, %5929 : f32[16] @ models/lib/nn.yaml:80:7
%5932 = mul %5924, %5924 : f32[16] @ models/lib/nn.yaml:80:7
%5933 = mul %5932, %4404 : f32[16] @ models/lib/nn.yaml:80:7
%5934 = mul %5926, %4406 : f32[16] @ models/lib/nn.yaml:80:7
%5935 = add %5934, %5933 : f32[16] @ models/lib/nn.yaml:80:7
%5936 = cast %5928 : f64[] @ models/lib/nn.yaml:80:7
%5937 = pow %4275, %5936 : f64[] @ models/lib/nn.yaml:80:7
%5938 = sub %4256, %5937 : f64[] @ models/lib/nn.yaml:80:7
%5939 = div %2558, %5938 : f64[] @ models/lib/nn.yaml:80:7
%5940 = pow %4283, %5936 : f64[] @ models/lib/nn.yaml:80:7
%5941 = sub %4256, %5940 : f64[] @ models/lib/nn.yaml:80:7
%5942 = sqrt %5941 : f64[] @ models/lib/nn.yaml:80:7
%5943 = div %4256, %5942 : f64[] @ models/lib/nn.yaml:80:7
%5944 = sqrt %5935 : f32[16] @ models/lib/nn.yaml:80:7
%5945 = cast %5943 : f32[] @ models/lib/nn.yaml:80:7
%5946 = broadcast %5945 : f32[16] @ models/lib/nn.yaml:80:7
%5947 = mul %5944, %5946 : f32[16] @ models/lib/nn.yaml:80:7
%5948 = add %5947, %4421 : f32[16] @ models/lib/nn.yaml:80:7
%5949 = div %5931, %5948 : f32[16] @ models/lib/nn.yaml:80:7
%5950 = cast %5939 : f32[] @ models/lib/nn.yaml:80:7
%5951 = broadcast %5950 : f32[16] @ models/lib/nn.yaml:80:7
%5952 = mul %5949, %5951 : f32[16] @ models/lib/nn.yaml:80:7
%5953 = sub %38, %5952 : f32[16] @ models/lib/nn.yaml:80:7
%5954 = assign %38, %5953 : f32[16] @ models/lib/nn.yaml:80:7
%5955 = assign %5925, %5931 : f32[16] @ models/lib/nn.yaml:80:7
%5956 = assign %5926, %5935 : f32[16] @ models/lib/nn.yaml:80:7
%5957 = assign %5927, %5928 : i64[] @ models/lib/nn.yaml:80:7
%5958 = mul %116, %4432 : f32[16] @ models/lib/nn.yaml:80:7
%5959 = mul %5953, %4434 : f32[16] @ models/lib/nn.yaml:80:7
%5960 = add %5958, %5959 : f32[16] @ models/lib/nn.yaml:80:7
%5961 = assign %116, %5960 : f32[16] @ models/lib/nn.yaml:80:7
%5962 = all_reduce_sum %3876 : f32[16,16] @ models/lib/nn.yaml:79:7
%5963 = reshape %5962 : f32[256] @ models/lib/nn.yaml:79:7
%5964 = mul %5963, %5963 : f32[256] @ models/lib/nn.yaml:79:7
%5965 = reduce_sum %5964 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5966 = sqrt %5965 : f32[] @ models/lib/nn.yaml:79:7
%5967 = cast %5966 : f64[] @ models/lib/nn.yaml:79:7
%5968 = add %5967, %4252 : f64[] @ models/lib/nn.yaml:79:7
%5969 = div %4254, %5968 : f64[] @ models/lib/nn.yaml:79:7
%5970 = lt %5969, %4256 : bool[] @ models/lib/nn.yaml:79:7
%5971 = cast %5969 : f32[] @ models/lib/nn.yaml:79:7
%5972 = broadcast %5971 : f32[16,16] @ models/lib/nn.yaml:79:7
%5973 = mul %5962, %5972 : f32[16,16] @ models/lib/nn.yaml:79:7
%5974 = broadcast %5970 : bool[16,16] @ models/lib/nn.yaml:79:7
%5975 = select %5974, %5973, %5962 : f32[16,16] @ models/lib/nn.yaml:79:7
%5976 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5977 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5978 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5979 = add %5978, %4266 : i64[] @ models/lib/nn.yaml:79:7
%5980 = mul %39, %4673 : f32[16,16] @ models/lib/nn.yaml:79:7
%5981 = mul %5975, %4675 : f32[16,16] @ models/lib/nn.yaml:79:7
%5982 = mul %5976, %4677 : f32[16,16] @ models/lib/nn.yaml:79:7
%5983 = add %5982, %5981 : f32[16,16] @ models/lib/nn.yaml:79:7
%5984 = mul %5975, %5975 : f32[16,16] @ models/lib/nn.yaml:79:7
%5985 = mul %5984, %4681 : f32[16,16] @ models/lib/nn.yaml:79:7
%5986 = mul %5977, %4683 : f32[16,16] @ models/lib/nn.yaml:79:7
%5987 = add %5986, %5985 : f32[16,16] @ models/lib/nn.yaml:79:7
%5988 = cast %5979 : f64[] @ models/lib/nn.yaml:79:7
%5989 = pow %4275, %5988 : f64[] @ models/lib/nn.yaml:79:7
%5990 = sub %4256, %5989 : f64[] @ models/lib/nn.yaml:79:7
%5991 = div %2558, %5990 : f64[] @ models/lib/nn.yaml:79:7
%5992 = pow %4283, %5988 : f64[] @ models/lib/nn.yaml:79:7
%5993 = sub %4256, %5992 : f64[] @ models/lib/nn.yaml:79:7
%5994 = sqrt %5993 : f64[] @ models/lib/nn.yaml:79:7
%5995 = div %4256, %5994 : f64[] @ models/lib/nn.yaml:79:7
%5996 = sqrt %5987 : f32[16,16] @ models/lib/nn.yaml:79:7
%5997 = cast %5995 : f32[] @ models/lib/nn.yaml:79:7
%5998 = broadcast %5997 : f32[16,16] @ models/lib/nn.yaml:79:7
%5999 = mul %5996, %5998 : f32[16,16] @ models/lib/nn.yaml:79:7
%6000 = add %5999, %4698 : f32[16,16] @ models/lib/nn.yaml:79:7
%6001 = div %5983, %6000 : f32[16,16] @ models/lib/nn.yaml:79:7
%6002 = cast %5991 : f32[] @ models/lib/nn.yaml:79:7
%6003 = broadcast %6002 : f32[16,16] @ models/lib/nn.yaml:79:7
%6004 = mul %6001, %6003 : f32[16,16] @ models/lib/nn.yaml:79:7
%6005 = sub %5980, %6004 : f32[16,16] @ models/lib/nn.yaml:79:7
%6006 = assign %39, %6005 : f32[16,16] @ models/lib/nn.yaml:79:7
%6007 = assign %5976, %5983 : f32[16,16] @ models/lib/nn.yaml:79:7
%6008 = assign %5977, %5987 : f32[16,16] @ models/lib/nn.yaml:79:7
%6009 = assign %5978, %5979 : i64[] @ models/lib/nn.yaml:79:7
%6010 = mul %117, %4709 : f32[16,16] @ models/lib/nn.yaml:79:7
%6011 = mul %6005, %4711 : f32[16,16] @ models/lib/nn.yaml:79:7
%6012 = add %6010, %6011 : f32[16,16] @ models/lib/nn.yaml:79:7
%6013 = assign %117, %6012 : f32[16,16] @ models/lib/nn.yaml:79:7
%6014 = all_reduce_sum %3871 : f32[16] @ models/lib/nn.yaml:80:7
%6015 = mul %6014, %6014 : f32[16] @ models/lib/nn.yaml:80:7
%6016 = reduce_sum %6015 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6017 = sqrt %6016 : f32[] @ models/lib/nn.yaml:80:7
%6018 = cast %6017 : f64[] @ models/lib/nn.yaml:80:7
%6019 = add %6018, %4252 : f64[] @ models/lib/nn.yaml:80:7
%6020 = div %4254, %6019 : f64[] @ models/lib/nn.yaml:80:7
%6021 = lt %6020, %4256 : bool[] @ models/lib/nn.yaml:80:7
%6022 = cast %6020 : f32[] @ models/lib/nn.yaml:80:7
%6023 = broadcast %6022 : f32[16] @ models/lib/nn.yaml:80:7
%6024 = mul %6014, %6023 : f32[16] @ models/lib/nn.yaml:80:7
%6025 = broadcast %6021 : bool[16] @ models/lib/nn.yaml:80:7
%6026 = select %6025, %6024, %6014 : f32[16] @ models/lib/nn.yaml:80:7
%6027 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6028 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6029 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6030 = add %6029, %4266 : i64[] @ models/lib/nn.yaml:80:7
%6031 = mul %6026, %4398 : f32[16] @ models/lib/nn.yaml:80:7
%6032 = mul %6027, %4400 : f32[16] @ models/lib/nn.yaml:80:7
%6033 = add %6032, %6031 : f32[16] @ models/lib/nn.yaml:80:7
%6034 = mul %6026, %6026 : f32[16] @ models/lib/nn.yaml:80:7
%6035 = mul %6034, %4404 : f32[16] @ models/lib/nn.yaml:80:7
%6036 = mul %6028, %4406 : f32[16] @ models/lib/nn.yaml:80:7
%6037 = add %6036, %6035 : f32[16] @ models/lib/nn.yaml:80:7
%6038 = cast %6030 : f64[] @ models/lib/nn.yaml:80:7
%6039 = pow %4275, %6038 : f64[] @ models/lib/nn.yaml:80:7
%6040 = sub %4256, %6039 : f64[] @ models/lib/nn.yaml:80:7
%6041 = div %2558, %6040 : f64[] @ models/lib/nn.yaml:80:7
%6042 = pow %4283, %6038 : f64[] @ models/lib/nn.yaml:80:7
%6043 = sub %4256, %6042 : f64[] @ models/lib/nn.yaml:80:7
%6044 = sqrt %6043 : f64[] @ models/lib/nn.yaml:80:7
%6045 = div %4256, %6044 : f64[] @ models/lib/nn.yaml:80:7
%6046 = sqrt %6037 : f32[16] @ models/lib/nn.yaml:80:7
%6047 = cast %6045 : f32[] @ models/lib/nn.yaml:80:7
%6048 = broadcast %6047 : f32[16] @ models/lib/nn.yaml:80:7
%6049 = mul %6046, %6048 : f32[16] @ models/lib/nn.yaml:80:7
%6050 = add %6049, %4421 : f32[16] @ models/lib/nn.yaml:80:7
%6051 = div %6033, %6050 : f32[16] @ models/lib/nn.yaml:80:7
%6052 = cast %6041 : f32[] @ models/lib/nn.yaml:80:7
%6053 = broadcast %6052 : f32[16] @ models/lib/nn.yaml:80:7
%6054 = mul %6051, %6053 : f32[16] @ models/lib/nn.yaml:80:7
%6055 = sub %40, %6054 : f32[16] @ models/lib/nn.yaml:80:7
%6056 = assign %40, %6055 : f32[16] @ models/lib/nn.yaml:80:7
%6057 = assign %6027, %6033 : f32[16] @ models/lib/nn.yaml:80:7
%6058 = assign %6028, %6037 : f32[16] @ models/lib/nn.yaml:80:7
%6059 = assign %6029, %6030 : i64[] @ models/lib/nn.yaml:80:7
%6060 = mul %118, %4432 : f32[16] @ models/lib/nn.yaml:80:7
%6061 = mul %6055, %4434 : f32[16] @ models/lib/nn.yaml:80:7
%6062 = add %6060, %6061 : f32[16] @ models/lib/nn.yaml:80:7
%6063 = assign %118, %6062 : f32[16] @ models/lib/nn.yaml:80:7
%6064 = all_reduce_sum %3864 : f32[16,16] @ models/lib/nn.yaml:79:7
%6065 = reshape %6064 : f32[256] @ models/lib/nn.yaml:79:7
%6066 = mul %6065, %6065 : f32[256] @ models/lib/nn.yaml:79:7
%6067 = reduce_sum %6066 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6068 = sqrt %6067 : f32[] @ models/lib/nn.yaml:79:7
%6069 = cast %6068 : f64[] @ models/lib/nn.yaml:79:7
%6070 = add %6069, %4252 : f64[] @ models/lib/nn.yaml:79:7
%6071 = div %4254, %6070 : f64[] @ models/lib/nn.yaml:79:7
%6072 = lt %6071, %4256 : bool[] @ models/lib/nn.yaml:79:7
%6073 = cast %6071 : f32[] @ models/lib/nn.yaml:79:7
%6074 = broadcast %6073 : f32[16,16] @ models/lib/nn.yaml:79:7
%6075 = mul %6064, %6074 : f32[16,16] @ models/lib/nn.yaml:79:7
%6076 = broadcast %6072 : bool[16,16] @ models/lib/nn.yaml:79:7
%6077 = select %6076, %6075, %6064 : f32[16,16] @ models/lib/nn.yaml:79:7
%6078 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6079 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6080 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6081 = add %6080, %4266 : i64[] @ models/lib/nn.yaml:79:7
%6082 = mul %41, %4673 : f32[16,16] @ models/lib/nn.yaml:79:7
%6083 = mul %6077, %4675 : f32[16,16] @ models/lib/nn.yaml:79:7
%6084 = mul %6078, %4677 : f32[16,16] @ models/lib/nn.yaml:79:7
%6085 = add %6084, %6083 : f32[16,16] @ models/lib/nn.yaml:79:7
%6086 = mul %6077, %6077 : f32[16,16] @ models/lib/nn.yaml:79:7
%6087 = mul %6086, %4681 : f32[16,16] @ models/lib/nn.yaml:79:7
%6088 = mul %6079, %4683 : f32[16,16] @ models/lib/nn.yaml:79:7
%6089 = add %6088, %6087 : f32[16,16] @ models/lib/nn.yaml:79:7
%6090 = cast %6081 : f64[] @ models/lib/nn.yaml:79:7
%6091 = pow %4275, %6090 : f64[] @ models/lib/nn.yaml:79:7
%6092 = sub %4256, %6091 : f64[] @ models/lib/nn.yaml:79:7
%6093 = div %2558, %6092 : f64[] @ models/lib/nn.yaml:79:7
%6094 = pow %4283, %6090 : f64[] @ models/lib/nn.yaml:79:7
%6095 = sub %4256, %6094 : f64[] @ models/lib/nn.yaml:79:7
%6096 = sqrt %6095 : f64[] @ models/lib/nn.yaml:79:7
%6097 = div %4256, %6096 : f64[] @ models/lib/nn.yaml:79:7
%6098 = sqrt %6089 : f32[16,16] @ models/lib/nn.yaml:79:7
%6099 = cast %6097 : f32[] @ models/lib/nn.yaml:79:7
%6100 = broadcast %6099 : f32[16,16] @ models/lib/nn.yaml:79:7
%6101 = mul %6098, %6100 : f32[16,16] @ models/lib/nn.yaml:79:7
%6102 = add %6101, %4698 : f32[16,16] @ models/lib/nn.yaml:79:7
%6103 = div %6085, %6102 : f32[16,16] @ models/lib/nn.yaml:79:7
%6104 = cast %6093 : f32[] @ models/lib/nn.yaml:79:7
%6105 = broadcast %6104 : f32[16,16] @ models/lib/nn.yaml:79:7
%6106 = mul %6103, %6105 : f32[16,16] @ models/lib/nn.yaml:79:7
%6107 = sub %6082, %6106 : f32[16,16] @ models/lib/nn.yaml:79:7
%6108 = assign %41, %6107 : f32[16,16] @ models/lib/nn.yaml:79:7
%6109 = assign %6078, %6085 : f32[16,16] @ models/lib/nn.yaml:79:7
%6110 = assign %6079, %6089 : f32[16,16] @ models/lib/nn.yaml:79:7
%6111 = assign %6080, %6081 : i64[] @ models/lib/nn.yaml:79:7
%6112 = mul %119, %4709 : f32[16,16] @ models/lib/nn.yaml:79:7
%6113 = mul %6107, %4711 : f32[16,16] @ models/lib/nn.yaml:79:7
%6114 = add %6112, %6113 : f32[16,16] @ models/lib/nn.yaml:79:7
%6115 = assign %119, %6114 : f32[16,16] @ models/lib/nn.yaml:79:7
%6116 = all_reduce_sum %3859 : f32[16] @ models/lib/nn.yaml:80:7
%6117 = mul %6116, %6116 : f32[16] @ models/lib/nn.yaml:80:7
%6118 = reduce_sum %6117 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6119 = sqrt %6118 : f32[] @ models/lib/nn.yaml:80:7
%6120 = cast %6119 : f64[] @ models/lib/nn.yaml:80:7
%6121 = add %6120, %4252 : f64[] @ models/lib/nn.yaml:80:7
%6122 = div %4254, %6121 : f64[] @ models/lib/nn.yaml:80:7
%6123 = lt %6122, %4256 : bool[] @ models/lib/nn.yaml:80:7
%6124 = cast %6122 : f32[] @ models/lib/nn.yaml:80:7
%6125 = broadcast %6124 : f32[16] @ models/lib/nn.yaml:80:7
%6126 = mul %6116, %6125 : f32[16] @ models/lib/nn.yaml:80:7
%6127 = broadcast %6123 : bool[16] @ models/lib/nn.yaml:80:7
%6128 = select %6127, %6126, %6116 : f32[16] @ models/lib/nn.yaml:80:7
%6129 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6130 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6131 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6132 = add %6131, %4266 : i64[] @ models/lib/nn.yaml:80:7
%6133 = mul %6128, %4398 : f32[16] @ models/lib/nn.yaml:80:7
%6134 = mul %6129, %4400 : f32[16] @ models/lib/nn.yaml:80:7
%6135 = add %6134, %6133 : f32[16] @ models/lib/nn.yaml:80:7
%6136 = mul %6128, %6128 : f32[16] @ models/lib/nn.yaml:80:7
%6137 = mul %6136, %4404 : f32[16] @ models/lib/nn.yaml:80:7
%6138 = mul %6130, %4406 : f32[16] @ models/lib/nn.yaml:80:7
%6139 = add %6138, %6137 : f32[16] @ models/lib/nn.yaml:80:7
%6140 = cast %6132 : f64[] @ models/lib/nn.yaml:80:7
%6141 = pow %4275, %6140 : f64[] @ models/lib/nn.yaml:80:7
%6142 = sub %4256, %6141 : f64[] @ models/lib/nn.yaml:80:7
%6143 = div %2558, %6142 : f64[] @ models/lib/nn.yaml:80:7
%6144 = pow %4283, %6140 : f64[] @ models/lib/nn.yaml:80:7
%6145 = sub %4256, %6144 : f64[] @ models/lib/nn.yaml:80:7
%6146 = sqrt %6145 : f64[] @ models/lib/nn.yaml:80:7
%6147 = div %4256, %6146 : f64[] @ models/lib/nn.yaml:80:7
%6148 = sqrt %6139 : f32[16] @ models/lib/nn.yaml:80:7
%6149 = cast %6147 : f32[] @ models/lib/nn.yaml:80:7
%6150 = broadcast %6149 : f32[16] @ models/lib/nn.yaml:80:7
%6151 = mul %6148, %6150 : f32[16] @ models/lib/nn.yaml:80:7
%6152 = add %6151, %4421 : f32[16] @ models/lib/nn.yaml:80:7
%6153 = div %6135, %6152 : f32[16] @ models/lib/nn.yaml:80:7
%6154 = cast %6143 : f32[] @ models/lib/nn.yaml:80:7
%6155 = broadcast %6154 : f32[16] @ models/lib/nn.yaml:80:7
%6156 = mul %6153, %6155 : f32[16] @ models/lib/nn.yaml:80:7
%6157 = sub %42, %6156 : f32[16] @ models/lib/nn.yaml:80:7
%6158 = assign %42, %6157 : f32[16] @ models/lib/nn.yaml:80:7
%6159 = assign %6129, %6135 : f32[16] @ models/lib/nn.yaml:80:7
%6160 = assign %6130, %6139 : f32[16] @ models/lib/nn.yaml:80:7
%6161 = assign %6131, %6132 : i64[] @ models/lib/nn.yaml:80:7
%6162 = mul %120, %4432 : f32[16] @ models/lib/nn.yaml:80:7
%6163 = mul %6157, %4434 : f32[16] @ models/lib/nn.yaml:80:7
%6164 = add %6162, %6163 : f32[16] @ models/lib/nn.yaml:80:7
%6165 = assign %120, %6164 : f32[16] @ models/lib/nn.yaml:80:7
%6166 = all_reduce_sum %3815 : f32[16,16] @ models/lib/nn.yaml:79:7
%6167 = reshape %6166 : f32[256] @ models/lib/nn.yaml:79:7
%6168 = mul %6167, %6167 : f32[256] @ models/lib/nn.yaml:79:7
%6169 = reduce_sum %6168 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6170 = sqrt %6169 : f32[] @ models/lib/nn.yaml:79:7
%6171 = cast %6170 : f64[] @ models/lib/nn.yaml:79:7
%6172 = add %6171, %4252 : f64[] @ models/lib/nn.yaml:79:7
%6173 = div %4254, %6172 : f64[] @ models/lib/nn.yaml:79:7
%6174 = lt %6173, %4256 : bool[] @ models/lib/nn.yaml:79:7
%6175 = cast %6173 : f32[] @ models/lib/nn.yaml:79:7
%6176 = broadcast %6175 : f32[16,16] @ models/lib/nn.yaml:79:7
%6177 = mul %6166, %6176 : f32[16,16] @ models/lib/nn.yaml:79:7
%6178 = broadcast %6174 : bool[16,16] @ models/lib/nn.yaml:79:7
%6179 = select %6178, %6177, %6166 : f32[16,16] @ models/lib/nn.yaml:79:7
%6180 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6181 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6182 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6183 = add %6182, %4266 : i64[] @ models/lib/nn.yaml:79:7
%6184 = mul %43, %4673 : f32[16,16] @ models/lib/nn.yaml:79:7
%6185 = mul %6179, %4675 : f32[16,16] @ models/lib/nn.yaml:79:7
%6186 = mul %6180, %4677 : f32[16,16] @ models/lib/nn.yaml:79:7
%6187 = add %6186, %6185 : f32[16,16] @ models/lib/nn.yaml:79:7
%6188 = mul %6179, %6179 : f32[16,16] @ models/lib/nn.yaml:79:7
%6189 = mul %6188, %4681 : f32[16,16] @ models/lib/nn.yaml:79:7
%6190 = mul %6181, %4683 : f32[16,16] @ models/lib/nn.yaml:79:7
%6191 = add %6190, %6189 : f32[16,16] @ models/lib/nn.yaml:79:7
%6192 = cast %6183 : f64[] @ models/lib/nn.yaml:79:7
%6193 = pow %4275, %6192 : f64[] @ models/lib/nn.yaml:79:7
%6194 = sub %4256, %6193 : f64[] @ models/lib/nn.yaml:79:7
%6195 = div %2558, %6194 : f64[] @ models/lib/nn.yaml:79:7
%6196 = pow %4283, %6192 : f64[] @ models/lib/nn.yaml:79:7
%6197 = sub %4256, %6196 : f64[] @ models/lib/nn.yaml:79:7
%6198 = sqrt %6197 : f64[] @ models/lib/nn.yaml:79:7
%6199 = div %4256, %6198 : f64[] @ models/lib/nn.yaml:79:7
%6200 = sqrt %6191 : f32[16,16] @ models/lib/nn.yaml:79:7
%6201 = cast %6199 : f32[] @ models/lib/nn.yaml:79:7
%6202 = broadcast %6201 : f32[16,16] @ models/lib/nn.yaml:79:7
%6203 = mul %6200, %6202 : f32[16,16] @ models/lib/nn.yaml:79:7
%6204 = add %6203, %4698 : f32[16,16] @ models/lib/nn.yaml:79:7
%6205 = div %6187, %6204 : f32[16,16] @ models/lib/nn.yaml:79:7
%6206 = cast %6195 : f32[] @ models/lib/nn.yaml:79:7
%6207 = broadcast %6206 : f32[16,16] @ models/lib/nn.yaml:79:7
%6208 = mul %6205, %6207 : f32[16,16] @ models/lib/nn.yaml:79:7
%6209 = sub %6184, %6208 : f32[16,16] @ models/lib/nn.yaml:79:7
%6210 = assign %43, %6209 : f32[16,16] @ models/lib/nn.yaml:79:7
%6211 = assign %6180, %6187 : f32[16,16] @ models/lib/nn.yaml:79:7
%6212 = assign %6181, %6191 : f32[16,16] @ models/lib/nn.yaml:79:7
%6213 = assign %6182, %6183 : i64[] @ models/lib/nn.yaml:79:7
%6214 = mul %121, %4709 : f32[16,16] @ models/lib/nn.yaml:79:7
%6215 = mul %6209, %4711 : f32[16,16] @ models/lib/nn.yaml:79:7
%6216 = add %6214, %6215 : f32[16,16] @ models/lib/nn.yaml:79:7
%6217 = assign %121, %6216 : f32[16,16] @ models/lib/nn.yaml:79:7
%6218 = all_reduce_sum %3810 : f32[16] @ models/lib/nn.yaml:80:7
%6219 = mul %6218, %6218 : f32[16] @ models/lib/nn.yaml:80:7
%6220 = reduce_sum %6219 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6221 = sqrt %6220 : f32[] @ models/lib/nn.yaml:80:7
%6222 = cast %6221 : f64[] @ models/lib/nn.yaml:80:7
%6223 = add %6222, %4252 : f64[] @ models/lib/nn.yaml:80:7
%6224 = div %4254, %6223 : f64[] @ models/lib/nn.yaml:80:7
%6225 = lt %6224, %4256 : bool[] @ models/lib/nn.yaml:80:7
%6226 = cast %6224 : f32[] @ models/lib/nn.yaml:80:7
%6227 = broadcast %6226 : f32[16] @ models/lib/nn.yaml:80:7
%6228 = mul %6218, %6227 : f32[16] @ models/lib/nn.yaml:80:7
%6229 = broadcast %6225 : bool[16] @ models/lib/nn.yaml:80:7
%6230 = select %6229, %6228, %6218 : f32[16] @ models/lib/nn.yaml:80:7
%6231 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6232 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6233 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6234 = add %6233, %4266 : i64[] @ models/lib/nn.yaml:80:7
%6235 = mul %6230, %4398 : f32[16] @ models/lib/nn.yaml:80:7
%6236 = mul %6231, %4400 : f32[16] @ models/lib/nn.yaml:80:7
%6237 = add %6236, %6235 : f32[16] @ models/lib/nn.yaml:80:7
%6238 = mul %6230, %6230 : f32[16] @ models/lib/nn.yaml:80:7
%6239 = mul %6238, %4404 : f32[16] @ models/lib/nn.yaml:80:7
%6240 = mul %6232, %4406 : f32[16] @ models/lib/nn.yaml:80:7
%6241 = add %6240, %6239 : f32[16] @ models/lib/nn.yaml:80:7
%6242 = cast %6234 : f64[] @ models/lib/nn.yaml:80:7
%6243 = pow %4275, %6242 : f64[] @ models/lib/nn.yaml:80:7
%6244 = sub %4256, %6243 : f64[] @ models/lib/nn.yaml:80:7
%6245 = div %2558, %6244 : f64[] @ models/lib/nn.yaml:80:7
%6246 = pow %4283, %6242 : f64[] @ models/lib/nn.yaml:80:7
%6247 = sub %4256, %6246 : f64[] @ models/lib/nn.yaml:80:7
%6248 = sqrt %6247 : f64[] @ models/lib/nn.yaml:80:7
%6249 = div %4256, %6248 : f64[] @ models/lib/nn.yaml:80:7
%6250 = sqrt %6241 : f32[16] @ models/lib/nn.yaml:80:7
%6251 = cast %6249 : f32[] @ models/lib/nn.yaml:80:7
%6252 = broadcast %6251 : f32[16] @ models/lib/nn.yaml:80:7
%6253 = mul %6250, %6252 : f32[16] @ models/lib/nn.yaml:80:7
%6254 = add %6253, %4421 : f32[16] @ models/lib/nn.yaml:80:7
%6255 = div %6237, %6254 : f32[16] @ models/lib/nn.yaml:80:7
%6256 = cast %6245 : f32[] @ models/lib/nn.yaml:80:7
%6257 = broadcast %6256 : f32[16] @ models/lib/nn.yaml:80:7
%6258 = mul %6255, %6257 : f32[16] @ models/lib/nn.yaml:80:7
%6259 = sub %44, %6258 : f32[16] @ models/lib/nn.yaml:80:7
%6260 = assign %44, %6259 : f32[16] @ models/lib/nn.yaml:80:7
%6261 = assign %6231, %6237 : f32[16] @ models/lib/nn.yaml:80:7
%6262 = assign %6232, %6241 : f32[16] @ models/lib/nn.yaml:80:7
%6263 = assign %6233, %6234 : i64[] @ models/lib/nn.yaml:80:7
%6264 = mul %122, %4432 : f32[16] @ models/lib/nn.yaml:80:7
%6265 = mul %6259, %4434 : f32[16] @ models/lib/nn.yaml:80:7
%6266 = add %6264, %6265 : f32[16] @ models/lib/nn.yaml:80:7
%6267 = assign %122, %6266 : f32[16] @ models/lib/nn.yaml:80:7
%6268 = all_reduce_sum %3789 : f32[16] @ models/lib/nn.yaml:89:7
%6269 = mul %6268, %6268 : f32[16] @ models/lib/nn.yaml:89:7
%6270 = reduce_sum %6269 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6271 = sqrt %6270 : f32[] @ models/lib/nn.yaml:89:7
%6272 = cast %6271 : f64[] @ models/lib/nn.yaml:89:7
%6273 = add %6272, %4252 : f64[] @ models/lib/nn.yaml:89:7
%6274 = div %4254, %6273 : f64[] @ models/lib/nn.yaml:89:7
%6275 = lt %6274, %4256 : bool[] @ models/lib/nn.yaml:89:7
%6276 = cast %6274 : f32[] @ models/lib/nn.yaml:89:7
%6277 = broadcast %6276 : f32[16] @ models/lib/nn.yaml:89:7
%6278 = mul %6268, %6277 : f32[16] @ models/lib/nn.yaml:89:7
%6279 = broadcast %6275 : bool[16] @ models/lib/nn.yaml:89:7
%6280 = select %6279, %6278, %6268 : f32[16] @ models/lib/nn.yaml:89:7
%6281 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6282 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6283 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6284 = add %6283, %4266 : i64[] @ models/lib/nn.yaml:89:7
%6285 = mul %6280, %4398 : f32[16] @ models/lib/nn.yaml:89:7
%6286 = mul %6281, %4400 : f32[16] @ models/lib/nn.yaml:89:7
%6287 = add %6286, %6285 : f32[16] @ models/lib/nn.yaml:89:7
%6288 = mul %6280, %6280 : f32[16] @ models/lib/nn.yaml:89:7
%6289 = mul %6288, %4404 : f32[16] @ models/lib/nn.yaml:89:7
%6290 = mul %6282, %4406 : f32[16] @ models/lib/nn.yaml:89:7
%6291 = add %6290, %6289 : f32[16] @ models/lib/nn.yaml:89:7
%6292 = cast %6284 : f64[] @ models/lib/nn.yaml:89:7
%6293 = pow %4275, %6292 : f64[] @ models/lib/nn.yaml:89:7
%6294 = sub %4256, %6293 : f64[] @ models/lib/nn.yaml:89:7
%6295 = div %2558, %6294 : f64[] @ models/lib/nn.yaml:89:7
%6296 = pow %4283, %6292 : f64[] @ models/lib/nn.yaml:89:7
%6297 = sub %4256, %6296 : f64[] @ models/lib/nn.yaml:89:7
%6298 = sqrt %6297 : f64[] @ models/lib/nn.yaml:89:7
%6299 = div %4256, %6298 : f64[] @ models/lib/nn.yaml:89:7
%6300 = sqrt %6291 : f32[16] @ models/lib/nn.yaml:89:7
%6301 = cast %6299 : f32[] @ models/lib/nn.yaml:89:7
%6302 = broadcast %6301 : f32[16] @ models/lib/nn.yaml:89:7
%6303 = mul %6300, %6302 : f32[16] @ models/lib/nn.yaml:89:7
%6304 = add %6303, %4421 : f32[16] @ models/lib/nn.yaml:89:7
%6305 = div %6287, %6304 : f32[16] @ models/lib/nn.yaml:89:7
%6306 = cast %6295 : f32[] @ models/lib/nn.yaml:89:7
%6307 = broadcast %6306 : f32[16] @ models/lib/nn.yaml:89:7
%6308 = mul %6305, %6307 : f32[16] @ models/lib/nn.yaml:89:7
%6309 = sub %45, %6308 : f32[16] @ models/lib/nn.yaml:89:7
%6310 = assign %45, %6309 : f32[16] @ models/lib/nn.yaml:89:7
%6311 = assign %6281, %6287 : f32[16] @ models/lib/nn.yaml:89:7
%6312 = assign %6282, %6291 : f32[16] @ models/lib/nn.yaml:89:7
%6313 = assign %6283, %6284 : i64[] @ models/lib/nn.yaml:89:7
%6314 = mul %123, %4432 : f32[16] @ models/lib/nn.yaml:89:7
%6315 = mul %6309, %4434 : f32[16] @ models/lib/nn.yaml:89:7
%6316 = add %6314, %6315 : f32[16] @ models/lib/nn.yaml:89:7
%6317 = assign %123, %6316 : f32[16] @ models/lib/nn.yaml:89:7
%6318 = all_reduce_sum %3784 : f32[16] @ models/lib/nn.yaml:90:7
%6319 = mul %6318, %6318 : f32[16] @ models/lib/nn.yaml:90:7
%6320 = reduce_sum %6319 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6321 = sqrt %6320 : f32[] @ models/lib/nn.yaml:90:7
%6322 = cast %6321 : f64[] @ models/lib/nn.yaml:90:7
%6323 = add %6322, %4252 : f64[] @ models/lib/nn.yaml:90:7
%6324 = div %4254, %6323 : f64[] @ models/lib/nn.yaml:90:7
%6325 = lt %6324, %4256 : bool[] @ models/lib/nn.yaml:90:7
%6326 = cast %6324 : f32[] @ models/lib/nn.yaml:90:7
%6327 = broadcast %6326 : f32[16] @ models/lib/nn.yaml:90:7
%6328 = mul %6318, %6327 : f32[16] @ models/lib/nn.yaml:90:7
%6329 = broadcast %6325 : bool[16] @ models/lib/nn.yaml:90:7
%6330 = select %6329, %6328, %6318 : f32[16] @ models/lib/nn.yaml:90:7
%6331 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6332 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6333 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6334 = add %6333, %4266 : i64[] @ models/lib/nn.yaml:90:7
%6335 = mul %6330, %4398 : f32[16] @ models/lib/nn.yaml:90:7
%6336 = mul %6331, %4400 : f32[16] @ models/lib/nn.yaml:90:7
%6337 = add %6336, %6335 : f32[16] @ models/lib/nn.yaml:90:7
%6338 = mul %6330, %6330 : f32[16] @ models/lib/nn.yaml:90:7
%6339 = mul %6338, %4404 : f32[16] @ models/lib/nn.yaml:90:7
%6340 = mul %6332, %4406 : f32[16] @ models/lib/nn.yaml:90:7
%6341 = add %6340, %6339 : f32[16] @ models/lib/nn.yaml:90:7
%6342 = cast %6334 : f64[] @ models/lib/nn.yaml:90:7
%6343 = pow %4275, %6342 : f64[] @ models/lib/nn.yaml:90:7
%6344 = sub %4256, %6343 : f64[] @ models/lib/nn.yaml:90:7
%6345 = div %2558, %6344 : f64[] @ models/lib/nn.yaml:90:7
%6346 = pow %4283, %6342 : f64[] @ models/lib/nn.yaml:90:7
%6347 = sub %4256, %6346 : f64[] @ models/lib/nn.yaml:90:7
%6348 = sqrt %6347 : f64[] @ models/lib/nn.yaml:90:7
%6349 = div %4256, %6348 : f64[] @ models/lib/nn.yaml:90:7
%6350 = sqrt %6341 : f32[16] @ models/lib/nn.yaml:90:7
%6351 = cast %6349 : f32[] @ models/lib/nn.yaml:90:7
%6352 = broadcast %6351 : f32[16] @ models/lib/nn.yaml:90:7
%6353 = mul %6350, %6352 : f32[16] @ models/lib/nn.yaml:90:7
%6354 = add %6353, %4421 : f32[16] @ models/lib/nn.yaml:90:7
%6355 = div %6337, %6354 : f32[16] @ models/lib/nn.yaml:90:7
%6356 = cast %6345 : f32[] @ models/lib/nn.yaml:90:7
%6357 = broadcast %6356 : f32[16] @ models/lib/nn.yaml:90:7
%6358 = mul %6355, %6357 : f32[16] @ models/lib/nn.yaml:90:7
%6359 = sub %46, %6358 : f32[16] @ models/lib/nn.yaml:90:7
%6360 = assign %46, %6359 : f32[16] @ models/lib/nn.yaml:90:7
%6361 = assign %6331, %6337 : f32[16] @ models/lib/nn.yaml:90:7
%6362 = assign %6332, %6341 : f32[16] @ models/lib/nn.yaml:90:7
%6363 = assign %6333, %6334 : i64[] @ models/lib/nn.yaml:90:7
%6364 = mul %124, %4432 : f32[16] @ models/lib/nn.yaml:90:7
%6365 = mul %6359, %4434 : f32[16] @ models/lib/nn.yaml:90:7
%6366 = add %6364, %6365 : f32[16] @ models/lib/nn.yaml:90:7
%6367 = assign %124, %6366 : f32[16] @ models/lib/nn.yaml:90:7
%6368 = all_reduce_sum %3781 : f32[64,16] @ models/lib/nn.yaml:79:7
%6369 = reshape %6368 : f32[1024] @ models/lib/nn.yaml:79:7
%6370 = mul %6369, %6369 : f32[1024] @ models/lib/nn.yaml:79:7
%6371 = reduce_sum %6370 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6372 = sqrt %6371 : f32[] @ models/lib/nn.yaml:79:7
%6373 = cast %6372 : f64[] @ models/lib/nn.yaml:79:7
%6374 = add %6373, %4252 : f64[] @ models/lib/nn.yaml:79:7
%6375 = div %4254, %6374 : f64[] @ models/lib/nn.yaml:79:7
%6376 = lt %6375, %4256 : bool[] @ models/lib/nn.yaml:79:7
%6377 = cast %6375 : f32[] @ models/lib/nn.yaml:79:7
%6378 = broadcast %6377 : f32[64,16] @ models/lib/nn.yaml:79:7
%6379 = mul %6368, %6378 : f32[64,16] @ models/lib/nn.yaml:79:7
%6380 = broadcast %6376 : bool[64,16] @ models/lib/nn.yaml:79:7
%6381 = select %6380, %6379, %6368 : f32[64,16] @ models/lib/nn.yaml:79:7
%6382 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6383 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6384 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6385 = add %6384, %4266 : i64[] @ models/lib/nn.yaml:79:7
%6386 = mul %47, %4883 : f32[64,16] @ models/lib/nn.yaml:79:7
%6387 = mul %6381, %4885 : f32[64,16] @ models/lib/nn.yaml:79:7
%6388 = mul %6382, %4887 : f32[64,16] @ models/lib/nn.yaml:79:7
%6389 = add %6388, %6387 : f32[64,16] @ models/lib/nn.yaml:79:7
%6390 = mul %6381, %6381 : f32[64,16] @ models/lib/nn.yaml:79:7
%6391 = mul %6390, %4891 : f32[64,16] @ models/lib/nn.yaml:79:7
%6392 = mul %6383, %4893 : f32[64,16] @ models/lib/nn.yaml:79:7
%6393 = add %6392, %6391 : f32[64,16] @ models/lib/nn.yaml:79:7
%6394 = cast %6385 : f64[] @ models/lib/nn.yaml:79:7
%6395 = pow %4275, %6394 : f64[] @ models/lib/nn.yaml:79:7
%6396 = sub %4256, %6395 : f64[] @ models/lib/nn.yaml:79:7
%6397 = div %2558, %6396 : f64[] @ models/lib/nn.yaml:79:7
%6398 = pow %4283, %6394 : f64[] @ models/lib/nn.yaml:79:7
%6399 = sub %4256, %6398 : f64[] @ models/lib/nn.yaml:79:7
%6400 = sqrt %6399 : f64[] @ models/lib/nn.yaml:79:7
%6401 = div %4256, %6400 : f64[] @ models/lib/nn.yaml:79:7
%6402 = sqrt %6393 : f32[64,16] @ models/lib/nn.yaml:79:7
%6403 = cast %6401 : f32[] @ models/lib/nn.yaml:79:7
%6404 = broadcast %6403 : f32[64,16] @ models/lib/nn.yaml:79:7
%6405 = mul %6402, %6404 : f32[64,16] @ models/lib/nn.yaml:79:7
%6406 = add %6405, %4908 : f32[64,16] @ models/lib/nn.yaml:79:7
%6407 = div %6389, %6406 : f32[64,16] @ models/lib/nn.yaml:79:7
%6408 = cast %6397 : f32[] @ models/lib/nn.yaml:79:7
%6409 = broadcast %6408 : f32[64,16] @ models/lib/nn.yaml:79:7
%6410 = mul %6407, %6409 : f32[64,16] @ models/lib/nn.yaml:79:7
%6411 = sub %6386, %6410 : f32[64,16] @ models/lib/nn.yaml:79:7
%6412 = assign %47, %6411 : f32[64,16] @ models/lib/nn.yaml:79:7
%6413 = assign %6382, %6389 : f32[64,16] @ models/lib/nn.yaml:79:7
%6414 = assign %6383, %6393 : f32[64,16] @ models/lib/nn.yaml:79:7
%6415 = assign %6384, %6385 : i64[] @ models/lib/nn.yaml:79:7
%6416 = mul %125, %4919 : f32[64,16] @ models/lib/nn.yaml:79:7
%6417 = mul %6411, %4921 : f32[64,16] @ models/lib/nn.yaml:79:7
%6418 = add %6416, %6417 : f32[64,16] @ models/lib/nn.yaml:79:7
%6419 = assign %125, %6418 : f32[64,16] @ models/lib/nn.yaml:79:7
%6420 = all_reduce_sum %3776 : f32[64] @ models/lib/nn.yaml:80:7
%6421 = mul %6420, %6420 : f32[64] @ models/lib/nn.yaml:80:7
%6422 = reduce_sum %6421 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6423 = sqrt %6422 : f32[] @ models/lib/nn.yaml:80:7
%6424 = cast %6423 : f64[] @ models/lib/nn.yaml:80:7
%6425 = add %6424, %4252 : f64[] @ models/lib/nn.yaml:80:7
%6426 = div %4254, %6425 : f64[] @ models/lib/nn.yaml:80:7
%6427 = lt %6426, %4256 : bool[] @ models/lib/nn.yaml:80:7
%6428 = cast %6426 : f32[] @ models/lib/nn.yaml:80:7
%6429 = broadcast %6428 : f32[64] @ models/lib/nn.yaml:80:7
%6430 = mul %6420, %6429 : f32[64] @ models/lib/nn.yaml:80:7
%6431 = broadcast %6427 : bool[64] @ models/lib/nn.yaml:80:7
%6432 = select %6431, %6430, %6420 : f32[64] @ models/lib/nn.yaml:80:7
%6433 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6434 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6435 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6436 = add %6435, %4266 : i64[] @ models/lib/nn.yaml:80:7
%6437 = mul %6432, %4942 : f32[64] @ models/lib/nn.yaml:80:7
%6438 = mul %6433, %4944 : f32[64] @ models/lib/nn.yaml:80:7
%6439 = add %6438, %6437 : f32[64] @ models/lib/nn.yaml:80:7
%6440 = mul %6432, %6432 : f32[64] @ models/lib/nn.yaml:80:7
%6441 = mul %6440, %4948 : f32[64] @ models/lib/nn.yaml:80:7
%6442 = mul %6434, %4950 : f32[64] @ models/lib/nn.yaml:80:7
%6443 = add %6442, %6441 : f32[64] @ models/lib/nn.yaml:80:7
%6444 = cast %6436 : f64[] @ models/lib/nn.yaml:80:7
%6445 = pow %4275, %6444 : f64[] @ models/lib/nn.yaml:80:7
%6446 = sub %4256, %6445 : f64[] @ models/lib/nn.yaml:80:7
%6447 = div %2558, %6446 : f64[] @ models/lib/nn.yaml:80:7
%6448 = pow %4283, %6444 : f64[] @ models/lib/nn.yaml:80:7
%6449 = sub %4256, %6448 : f64[] @ models/lib/nn.yaml:80:7
%6450 = sqrt %6449 : f64[] @ models/lib/nn.yaml:80:7
%6451 = div %4256, %6450 : f64[] @ models/lib/nn.yaml:80:7
%6452 = sqrt %6443 : f32[64] @ models/lib/nn.yaml:80:7
%6453 = cast %6451 : f32[] @ models/lib/nn.yaml:80:7
%6454 = broadcast %6453 : f32[64] @ models/lib/nn.yaml:80:7
%6455 = mul %6452, %6454 : f32[64] @ models/lib/nn.yaml:80:7
%6456 = add %6455, %4965 : f32[64] @ models/lib/nn.yaml:80:7
%6457 = div %6439, %6456 : f32[64] @ models/lib/nn.yaml:80:7
%6458 = cast %6447 : f32[] @ models/lib/nn.yaml:80:7
%6459 = broadcast %6458 : f32[64] @ models/lib/nn.yaml:80:7
%6460 = mul %6457, %6459 : f32[64] @ models/lib/nn.yaml:80:7
%6461 = sub %48, %6460 : f32[64] @ models/lib/nn.yaml:80:7
%6462 = assign %48, %6461 : f32[64] @ models/lib/nn.yaml:80:7
%6463 = assign %6433, %6439 : f32[64] @ models/lib/nn.yaml:80:7
%6464 = assign %6434, %6443 : f32[64] @ models/lib/nn.yaml:80:7
%6465 = assign %6435, %6436 : i64[] @ models/lib/nn.yaml:80:7
%6466 = mul %126, %4976 : f32[64] @ models/lib/nn.yaml:80:7
%6467 = mul %6461, %4978 : f32[64] @ models/lib/nn.yaml:80:7
%6468 = add %6466, %6467 : f32[64] @ models/lib/nn.yaml:80:7
%6469 = assign %126, %6468 : f32[64] @ models/lib/nn.yaml:80:7
%6470 = all_reduce_sum %3763 : f32[16,64] @ models/lib/nn.yaml:79:7
%6471 = reshape %6470 : f32[1024] @ models/lib/nn.yaml:79:7
%6472 = mul %6471, %6471 : f32[1024] @ models/lib/nn.yaml:79:7
%6473 = reduce_sum %6472 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6474 = sqrt %6473 : f32[] @ models/lib/nn.yaml:79:7
%6475 = cast %6474 : f64[] @ models/lib/nn.yaml:79:7
%6476 = add %6475, %4252 : f64[] @ models/lib/nn.yaml:79:7
%6477 = div %4254, %6476 : f64[] @ models/lib/nn.yaml:79:7
%6478 = lt %6477, %4256 : bool[] @ models/lib/nn.yaml:79:7
%6479 = cast %6477 : f32[] @ models/lib/nn.yaml:79:7
%6480 = broadcast %6479 : f32[16,64] @ models/lib/nn.yaml:79:7
%6481 = mul %6470, %6480 : f32[16,64] @ models/lib/nn.yaml:79:7
%6482 = broadcast %6478 : bool[16,64] @ models/lib/nn.yaml:79:7
%6483 = select %6482, %6481, %6470 : f32[16,64] @ models/lib/nn.yaml:79:7
%6484 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6485 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6486 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6487 = add %6486, %4266 : i64[] @ models/lib/nn.yaml:79:7
%6488 = mul %49, %5000 : f32[16,64] @ models/lib/nn.yaml:79:7
%6489 = mul %6483, %5002 : f32[16,64] @ models/lib/nn.yaml:79:7
%6490 = mul %6484, %5004 : f32[16,64] @ models/lib/nn.yaml:79:7
%6491 = add %6490, %6489 : f32[16,64] @ models/lib/nn.yaml:79:7
%6492 = mul %6483, %6483 : f32[16,64] @ models/lib/nn.yaml:79:7
%6493 = mul %6492, %5008 : f32[16,64] @ models/lib/nn.yaml:79:7
%6494 = mul %6485, %5010 : f32[16,64] @ models/lib/nn.yaml:79:7
%6495 = add %6494, %6493 : f32[16,64] @ models/lib/nn.yaml:79:7
%6496 = cast %6487 : f64[] @ models/lib/nn.yaml:79:7
%6497 = pow %4275, %6496 : f64[] @ models/lib/nn.yaml:79:7
%6498 = sub %4256, %6497 : f64[] @ models/lib/nn.yaml:79:7
%6499 = div %2558, %6498 : f64[] @ models/lib/nn.yaml:79:7
%6500 = pow %4283, %6496 : f64[] @ models/lib/nn.yaml:79:7
%6501 = sub %4256, %6500 : f64[] @ models/lib/nn.yaml:79:7
%6502 = sqrt %6501 : f64[] @ models/lib/nn.yaml:79:7
%6503 = div %4256, %6502 : f64[] @ models/lib/nn.yaml:79:7
%6504 = sqrt %6495 : f32[16,64] @ models/lib/nn.yaml:79:7
%6505 = cast %6503 : f32[] @ models/lib/nn.yaml:79:7
%6506 = broadcast %6505 : f32[16,64] @ models/lib/nn.yaml:79:7
%6507 = mul %6504, %6506 : f32[16,64] @ models/lib/nn.yaml:79:7
%6508 = add %6507, %5025 : f32[16,64] @ models/lib/nn.yaml:79:7
%6509 = div %6491, %6508 : f32[16,64] @ models/lib/nn.yaml:79:7
%6510 = cast %6499 : f32[] @ models/lib/nn.yaml:79:7
%6511 = broadcast %6510 : f32[16,64] @ models/lib/nn.yaml:79:7
%6512 = mul %6509, %6511 : f32[16,64] @ models/lib/nn.yaml:79:7
%6513 = sub %6488, %6512 : f32[16,64] @ models/lib/nn.yaml:79:7
%6514 = assign %49, %6513 : f32[16,64] @ models/lib/nn.yaml:79:7
%6515 = assign %6484, %6491 : f32[16,64] @ models/lib/nn.yaml:79:7
%6516 = assign %6485, %6495 : f32[16,64] @ models/lib/nn.yaml:79:7
%6517 = assign %6486, %6487 : i64[] @ models/lib/nn.yaml:79:7
%6518 = mul %127, %5036 : f32[16,64] @ models/lib/nn.yaml:79:7
%6519 = mul %6513, %5038 : f32[16,64] @ models/lib/nn.yaml:79:7
%6520 = add %6518, %6519 : f32[16,64] @ models/lib/nn.yaml:79:7
%6521 = assign %127, %6520 : f32[16,64] @ models/lib/nn.yaml:79:7
%6522 = all_reduce_sum %3758 : f32[16] @ models/lib/nn.yaml:80:7
%6523 = mul %6522, %6522 : f32[16] @ models/lib/nn.yaml:80:7
%6524 = reduce_sum %6523 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6525 = sqrt %6524 : f32[] @ models/lib/nn.yaml:80:7
%6526 = cast %6525 : f64[] @ models/lib/nn.yaml:80:7
%6527 = add %6526, %4252 : f64[] @ models/lib/nn.yaml:80:7
%6528 = div %4254, %6527 : f64[] @ models/lib/nn.yaml:80:7
%6529 = lt %6528, %4256 : bool[] @ models/lib/nn.yaml:80:7
%6530 = cast %6528 : f32[] @ models/lib/nn.yaml:80:7
%6531 = broadcast %6530 : f32[16] @ models/lib/nn.yaml:80:7
%6532 = mul %6522, %6531 : f32[16] @ models/lib/nn.yaml:80:7
%6533 = broadcast %6529 : bool[16] @ models/lib/nn.yaml:80:7
%6534 = select %6533, %6532, %6522 : f32[16] @ models/lib/nn.yaml:80:7
%6535 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6536 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6537 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6538 = add %6537, %4266 : i64[] @ models/lib/nn.yaml:80:7
%6539 = mul %6534, %4398 : f32[16] @ models/lib/nn.yaml:80:7
%6540 = mul %6535, %4400 : f32[16] @ models/lib/nn.yaml:80:7
%6541 = add %6540, %6539 : f32[16] @ models/lib/nn.yaml:80:7
%6542 = mul %6534, %6534 : f32[16] @ models/lib/nn.yaml:80:7
%6543 = mul %6542, %4404 : f32[16] @ models/lib/nn.yaml:80:7
%6544 = mul %6536, %4406 : f32[16] @ models/lib/nn.yaml:80:7
%6545 = add %6544, %6543 : f32[16] @ models/lib/nn.yaml:80:7
%6546 = cast %6538 : f64[] @ models/lib/nn.yaml:80:7
%6547 = pow %4275, %6546 : f64[] @ models/lib/nn.yaml:80:7
%6548 = sub %4256, %6547 : f64[] @ models/lib/nn.yaml:80:7
%6549 = div %2558, %6548 : f64[] @ models/lib/nn.yaml:80:7
%6550 = pow %4283, %6546 : f64[] @ models/lib/nn.yaml:80:7
%6551 = sub %4256, %6550 : f64[] @ models/lib/nn.yaml:80:7
%6552 = sqrt %6551 : f64[] @ models/lib/nn.yaml:80:7
%6553 = div %4256, %6552 : f64[] @ models/lib/nn.yaml:80:7
%6554 = sqrt %6545 : f32[16] @ models/lib/nn.yaml:80:7
%6555 = cast %6553 : f32[] @ models/lib/nn.yaml:80:7
%6556 = broadcast %6555 : f32[16] @ models/lib/nn.yaml:80:7
%6557 = mul %6554, %6556 : f32[16] @ models/lib/nn.yaml:80:7
%6558 = add %6557, %4421 : f32[16] @ models/lib/nn.yaml:80:7
%6559 = div %6541, %6558 : f32[16] @ models/lib/nn.yaml:80:7
%6560 = cast %6549 : f32[] @ models/lib/nn.yaml:80:7
%6561 = broadcast %6560 : f32[16] @ models/lib/nn.yaml:80:7
%6562 = mul %6559, %6561 : f32[16] @ models/lib/nn.yaml:80:7
%6563 = sub %50, %6562 : f32[16] @ models/lib/nn.yaml:80:7
%6564 = assign %50, %6563 : f32[16] @ models/lib/nn.yaml:80:7
%6565 = assign %6535, %6541 : f32[16] @ models/lib/nn.yaml:80:7
%6566 = assign %6536, %6545 : f32[16] @ models/lib/nn.yaml:80:7
%6567 = assign %6537, %6538 : i64[] @ models/lib/nn.yaml:80:7
%6568 = mul %128, %4432 : f32[16] @ models/lib/nn.yaml:80:7
%6569 = mul %6563, %4434 : f32[16] @ models/lib/nn.yaml:80:7
%6570 = add %6568, %6569 : f32[16] @ models/lib/nn.yaml:80:7
%6571 = assign %128, %6570 : f32[16] @ models/lib/nn.yaml:80:7
%6572 = all_reduce_sum %3734 : f32[16] @ models/lib/nn.yaml:89:7
%6573 = mul %6572, %6572 : f32[16] @ models/lib/nn.yaml:89:7
%6574 = reduce_sum %6573 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6575 = sqrt %6574 : f32[] @ models/lib/nn.yaml:89:7
%6576 = cast %6575 : f64[] @ models/lib/nn.yaml:89:7
%6577 = add %6576, %4252 : f64[] @ models/lib/nn.yaml:89:7
%6578 = div %4254, %6577 : f64[] @ models/lib/nn.yaml:89:7
%6579 = lt %6578, %4256 : bool[] @ models/lib/nn.yaml:89:7
%6580 = cast %6578 : f32[] @ models/lib/nn.yaml:89:7
%6581 = broadcast %6580 : f32[16] @ models/lib/nn.yaml:89:7
%6582 = mul %6572, %6581 : f32[16] @ models/lib/nn.yaml:89:7
%6583 = broadcast %6579 : bool[16] @ models/lib/nn.yaml:89:7
%6584 = select %6583, %6582, %6572 : f32[16] @ models/lib/nn.yaml:89:7
%6585 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6586 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6587 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6588 = add %6587, %4266 : i64[] @ models/lib/nn.yaml:89:7
%6589 = mul %6584, %4398 : f32[16] @ models/lib/nn.yaml:89:7
%6590 = mul %6585, %4400 : f32[16] @ models/lib/nn.yaml:89:7
%6591 = add %6590, %6589 : f32[16] @ models/lib/nn.yaml:89:7
%6592 = mul %6584, %6584 : f32[16] @ models/lib/nn.yaml:89:7
%6593 = mul %6592, %4404 : f32[16] @ models/lib/nn.yaml:89:7
%6594 = mul %6586, %4406 : f32[16] @ models/lib/nn.yaml:89:7
%6595 = add %6594, %6593 : f32[16] @ models/lib/nn.yaml:89:7
%6596 = cast %6588 : f64[] @ models/lib/nn.yaml:89:7
%6597 = pow %4275, %6596 : f64[] @ models/lib/nn.yaml:89:7
%6598 = sub %4256, %6597 : f64[] @ models/lib/nn.yaml:89:7
%6599 = div %2558, %6598 : f64[] @ models/lib/nn.yaml:89:7
%6600 = pow %4283, %6596 : f64[] @ models/lib/nn.yaml:89:7
%6601 = sub %4256, %6600 : f64[] @ models/lib/nn.yaml:89:7
%6602 = sqrt %6601 : f64[] @ models/lib/nn.yaml:89:7
%6603 = div %4256, %6602 : f64[] @ models/lib/nn.yaml:89:7
%6604 = sqrt %6595 : f32[16] @ models/lib/nn.yaml:89:7
%6605 = cast %6603 : f32[] @ models/lib/nn.yaml:89:7
%6606 = broadcast %6605 : f32[16] @ models/lib/nn.yaml:89:7
%6607 = mul %6604, %6606 : f32[16] @ models/lib/nn.yaml:89:7
%6608 = add %6607, %4421 : f32[16] @ models/lib/nn.yaml:89:7
%6609 = div %6591, %6608 : f32[16] @ models/lib/nn.yaml:89:7
%6610 = cast %6599 : f32[] @ models/lib/nn.yaml:89:7
%6611 = broadcast %6610 : f32[16] @ models/lib/nn.yaml:89:7
%6612 = mul %6609, %6611 : f32[16] @ models/lib/nn.yaml:89:7
%6613 = sub %51, %6612 : f32[16] @ models/lib/nn.yaml:89:7
%6614 = assign %51, %6613 : f32[16] @ models/lib/nn.yaml:89:7
%6615 = assign %6585, %6591 : f32[16] @ models/lib/nn.yaml:89:7
%6616 = assign %6586, %6595 : f32[16] @ models/lib/nn.yaml:89:7
%6617 = assign %6587, %6588 : i64[] @ models/lib/nn.yaml:89:7
%6618 = mul %129, %4432 : f32[16] @ models/lib/nn.yaml:89:7
%6619 = mul %6613, %4434 : f32[16] @ models/lib/nn.yaml:89:7
%6620 = add %6618, %6619 : f32[16] @ models/lib/nn.yaml:89:7
%6621 = assign %129, %6620 : f32[16] @ models/lib/nn.yaml:89:7
%6622 = all_reduce_sum %3729 : f32[16] @ models/lib/nn.yaml:90:7
%6623 = mul %6622, %6622 : f32[16] @ models/lib/nn.yaml:90:7
%6624 = reduce_sum %6623 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6625 = sqrt %6624 : f32[] @ models/lib/nn.yaml:90:7
%6626 = cast %6625 : f64[] @ models/lib/nn.yaml:90:7
%6627 = add %6626, %4252 : f64[] @ models/lib/nn.yaml:90:7
%6628 = div %4254, %6627 : f64[] @ models/lib/nn.yaml:90:7
%6629 = lt %6628, %4256 : bool[] @ models/lib/nn.yaml:90:7
%6630 = cast %6628 : f32[] @ models/lib/nn.yaml:90:7
%6631 = broadcast %6630 : f32[16] @ models/lib/nn.yaml:90:7
%6632 = mul %6622, %6631 : f32[16] @ models/lib/nn.yaml:90:7
%6633 = broadcast %6629 : bool[16] @ models/lib/nn.yaml:90:7
%6634 = select %6633, %6632, %6622 : f32[16] @ models/lib/nn.yaml:90:7
%6635 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6636 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6637 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6638 = add %6637, %4266 : i64[] @ models/lib/nn.yaml:90:7
%6639 = mul %6634, %4398 : f32[16] @ models/lib/nn.yaml:90:7
%6640 = mul %6635, %4400 : f32[16] @ models/lib/nn.yaml:90:7
%6641 = add %6640, %6639 : f32[16] @ models/lib/nn.yaml:90:7
%6642 = mul %6634, %6634 : f32[16] @ models/lib/nn.yaml:90:7
%6643 = mul %6642, %4404 : f32[16] @ models/lib/nn.yaml:90:7
%6644 = mul %6636, %4406 : f32[16] @ models/lib/nn.yaml:90:7
%6645 = add %6644, %6643 : f32[16] @ models/lib/nn.yaml:90:7
%6646 = cast %6638 : f64[] @ models/lib/nn.yaml:90:7
%6647 = pow %4275, %6646 : f64[] @ models/lib/nn.yaml:90:7
%6648 = sub %4256, %6647 : f64[] @ models/lib/nn.yaml:90:7
%6649 = div %2558, %6648 : f64[] @ models/lib/nn.yaml:90:7
%6650 = pow %4283, %6646 : f64[] @ models/lib/nn.yaml:90:7
%6651 = sub %4256, %6650 : f64[] @ models/lib/nn.yaml:90:7
%6652 = sqrt %6651 : f64[] @ models/lib/nn.yaml:90:7
%6653 = div %4256, %6652 : f64[] @ models/lib/nn.yaml:90:7
%6654 = sqrt %6645 : f32[16] @ models/lib/nn.yaml:90:7
%6655 = cast %6653 : f32[] @ models/lib/nn.yaml:90:7
%6656 = broadcast %6655 : f32[16] @ models/lib/nn.yaml:90:7
%6657 = mul %6654, %6656 : f32[16] @ models/lib/nn.yaml:90:7
%6658 = add %6657, %4421 : f32[16] @ models/lib/nn.yaml:90:7
%6659 = div %6641, %6658 : f32[16] @ models/lib/nn.yaml:90:7
%6660 = cast %6649 : f32[] @ models/lib/nn.yaml:90:7
%6661 = broadcast %6660 : f32[16] @ models/lib/nn.yaml:90:7
%6662 = mul %6659, %6661 : f32[16] @ models/lib/nn.yaml:90:7
%6663 = sub %52, %6662 : f32[16] @ models/lib/nn.yaml:90:7
%6664 = assign %52, %6663 : f32[16] @ models/lib/nn.yaml:90:7
%6665 = assign %6635, %6641 : f32[16] @ models/lib/nn.yaml:90:7
%6666 = assign %6636, %6645 : f32[16] @ models/lib/nn.yaml:90:7
%6667 = assign %6637, %6638 : i64[] @ models/lib/nn.yaml:90:7
%6668 = mul %130, %4432 : f32[16] @ models/lib/nn.yaml:90:7
%6669 = mul %6663, %4434 : f32[16] @ models/lib/nn.yaml:90:7
%6670 = add %6668, %6669 : f32[16] @ models/lib/nn.yaml:90:7
%6671 = assign %130, %6670 : f32[16] @ models/lib/nn.yaml:90:7
%6672 = all_reduce_sum %3722 : f32[16,16] @ models/lib/nn.yaml:79:7
%6673 = reshape %6672 : f32[256] @ models/lib/nn.yaml:79:7
%6674 = mul %6673, %6673 : f32[256] @ models/lib/nn.yaml:79:7
%6675 = reduce_sum %6674 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6676 = sqrt %6675 : f32[] @ models/lib/nn.yaml:79:7
%6677 = cast %6676 : f64[] @ models/lib/nn.yaml:79:7
%6678 = add %6677, %4252 : f64[] @ models/lib/nn.yaml:79:7
%6679 = div %4254, %6678 : f64[] @ models/lib/nn.yaml:79:7
%6680 = lt %6679, %4256 : bool[] @ models/lib/nn.yaml:79:7
%6681 = cast %6679 : f32[] @ models/lib/nn.yaml:79:7
%6682 = broadcast %6681 : f32[16,16] @ models/lib/nn.yaml:79:7
%6683 = mul %6672, %6682 : f32[16,16] @ models/lib/nn.yaml:79:7
%6684 = broadcast %6680 : bool[16,16] @ models/lib/nn.yaml:79:7
%6685 = select %6684, %6683, %6672 : f32[16,16] @ models/lib/nn.yaml:79:7
%6686 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6687 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6688 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6689 = add %6688, %4266 : i64[] @ models/lib/nn.yaml:79:7
%6690 = mul %53, %4673 : f32[16,16] @ models/lib/nn.yaml:79:7
%6691 = mul %6685, %4675 : f32[16,16] @ models/lib/nn.yaml:79:7
%6692 = mul %6686, %4677 : f32[16,16] @ models/lib/nn.yaml:79:7
%6693 = add %6692, %6691 : f32[16,16] @ models/lib/nn.yaml:79:7
%6694 = mul %6685, %6685 : f32[16,16] @ models/lib/nn.yaml:79:7
%6695 = mul %6694, %4681 : f32[16,16] @ models/lib/nn.yaml:79:7
%6696 = mul %6687, %4683 : f32[16,16] @ models/lib/nn.yaml:79:7
%6697 = add %6696, %6695 : f32[16,16] @ models/lib/nn.yaml:79:7
%6698 = cast %6689 : f64[] @ models/lib/nn.yaml:79:7
%6699 = pow %4275, %6698 : f64[] @ models/lib/nn.yaml:79:7
%6700 = sub %4256, %6699 : f64[] @ models/lib/nn.yaml:79:7
%6701 = div %2558, %6700 : f64[] @ models/lib/nn.yaml:79:7
%6702 = pow %4283, %6698 : f64[] @ models/lib/nn.yaml:79:7
%6703 = sub %4256, %6702 : f64[] @ models/lib/nn.yaml:79:7
%6704 = sqrt %6703 : f64[] @ models/lib/nn.yaml:79:7
%6705 = div %4256, %6704 : f64[] @ models/lib/nn.yaml:79:7
%6706 = sqrt %6697 : f32[16,16] @ models/lib/nn.yaml:79:7
%6707 = cast %6705 : f32[] @ models/lib/nn.yaml:79:7
%6708 = broadcast %6707 : f32[16,16] @ models/lib/nn.yaml:79:7
%6709 = mul %6706, %6708 : f32[16,16] @ models/lib/nn.yaml:79:7
%6710 = add %6709, %4698 : f32[16,16] @ models/lib/nn.yaml:79:7
%6711 = div %6693, %6710 : f32[16,16] @ models/lib/nn.yaml:79:7
%6712 = cast %6701 : f32[] @ models/lib/nn.yaml:79:7
%6713 = broadcast %6712 : f32[16,16] @ models/lib/nn.yaml:79:7
%6714 = mul %6711, %6713 : f32[16,16] @ models/lib/nn.yaml:79:7
%6715 = sub %6690, %6714 : f32[16,16] @ models/lib/nn.yaml:79:7
%6716 = assign %53, %6715 : f32[16,16] @ models/lib/nn.yaml:79:7
%6717 = assign %6686, %6693 : f32[16,16] @ models/lib/nn.yaml:79:7
%6718 = assign %6687, %6697 : f32[16,16] @ models/lib/nn.yaml:79:7
%6719 = assign %6688, %6689 : i64[] @ models/lib/nn.yaml:79:7
%6720 = mul %131, %4709 : f32[16,16] @ models/lib/nn.yaml:79:7
%6721 = mul %6715, %4711 : f32[16,16] @ models/lib/nn.yaml:79:7
%6722 = add %6720, %6721 : f32[16,16] @ models/lib/nn.yaml:79:7
%6723 = assign %131, %6722 : f32[16,16] @ models/lib/nn.yaml:79:7
%6724 = all_reduce_sum %3717 : f32[16] @ models/lib/nn.yaml:80:7
%6725 = mul %6724, %6724 : f32[16] @ models/lib/nn.yaml:80:7
%6726 = reduce_sum %6725 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6727 = sqrt %6726 : f32[] @ models/lib/nn.yaml:80:7
%6728 = cast %6727 : f64[] @ models/lib/nn.yaml:80:7
%6729 = add %6728, %4252 : f64[] @ models/lib/nn.yaml:80:7
%6730 = div %4254, %6729 : f64[] @ models/lib/nn.yaml:80:7
%6731 = lt %6730, %4256 : bool[] @ models/lib/nn.yaml:80:7
%6732 = cast %6730 : f32[] @ models/lib/nn.yaml:80:7
%6733 = broadcast %6732 : f32[16] @ models/lib/nn.yaml:80:7
%6734 = mul %6724, %6733 : f32[16] @ models/lib/nn.yaml:80:7
%6735 = broadcast %6731 : bool[16] @ models/lib/nn.yaml:80:7
%6736 = select %6735, %6734, %6724 : f32[16] @ models/lib/nn.yaml:80:7
%6737 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6738 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6739 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6740 = add %6739, %4266 : i64[] @ models/lib/nn.yaml:80:7
%6741 = mul %6736, %4398 : f32[16] @ models/lib/nn.yaml:80:7
%6742 = mul %6737, %4400 : f32[16] @ models/lib/nn.yaml:80:7
%6743 = add %6742, %6741 : f32[16] @ models/lib/nn.yaml:80:7
%6744 = mul %6736, %6736 : f32[16] @ models/lib/nn.yaml:80:7
%6745 = mul %6744, %4404 : f32[16] @ models/lib/nn.yaml:80:7
%6746 = mul %6738, %4406 : f32[16] @ models/lib/nn.yaml:80:7
%6747 = add %6746, %6745 : f32[16] @ models/lib/nn.yaml:80:7
%6748 = cast %6740 : f64[] @ models/lib/nn.yaml:80:7
%6749 = pow %4275, %6748 : f64[] @ models/lib/nn.yaml:80:7
%6750 = sub %4256, %6749 : f64[] @ models/lib/nn.yaml:80:7
%6751 = div %2558, %6750 : f64[] @ models/lib/nn.yaml:80:7
%6752 = pow %4283, %6748 : f64[] @ models/lib/nn.yaml:80:7
%6753 = sub %4256, %6752 : f64[] @ models/lib/nn.yaml:80:7
%6754 = sqrt %6753 : f64[] @ models/lib/nn.yaml:80:7
%6755 = div %4256, %6754 : f64[] @ models/lib/nn.yaml:80:7
%6756 = sqrt %6747 : f32[16] @ models/lib/nn.yaml:80:7
%6757 = cast %6755 : f32[] @ models/lib/nn.yaml:80:7
%6758 = broadcast %6757 : f32[16] @ models/lib/nn.yaml:80:7
%6759 = mul %6756, %6758 : f32[16] @ models/lib/nn.yaml:80:7
%6760 = add %6759, %4421 : f32[16] @ models/lib/nn.yaml:80:7
%6761 = div %6743, %6760 : f32[16] @ models/lib/nn.yaml:80:7
%6762 = cast %6751 : f32[] @ models/lib/nn.yaml:80:7
%6763 = broadcast %6762 : f32[16] @ models/lib/nn.yaml:80:7
%6764 = mul %6761, %6763 : f32[16] @ models/lib/nn.yaml:80:7
%6765 = sub %54, %6764 : f32[16] @ models/lib/nn.yaml:80:7
%6766 = assign %54, %6765 : f32[16] @ models/lib/nn.yaml:80:7
%6767 = assign %6737, %6743 : f32[16] @ models/lib/nn.yaml:80:7
%6768 = assign %6738, %6747 : f32[16] @ models/lib/nn.yaml:80:7
%6769 = assign %6739, %6740 : i64[] @ models/lib/nn.yaml:80:7
%6770 = mul %132, %4432 : f32[16] @ models/lib/nn.yaml:80:7
%6771 = mul %6765, %4434 : f32[16] @ models/lib/nn.yaml:80:7
%6772 = add %6770, %6771 : f32[16] @ models/lib/nn.yaml:80:7
%6773 = assign %132, %6772 : f32[16] @ models/lib/nn.yaml:80:7
%6774 = all_reduce_sum %3712 : f32[16,16] @ models/lib/nn.yaml:79:7
%6775 = reshape %6774 : f32[256] @ models/lib/nn.yaml:79:7
%6776 = mul %6775, %6775 : f32[256] @ models/lib/nn.yaml:79:7
%6777 = reduce_sum %6776 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6778 = sqrt %6777 : f32[] @ models/lib/nn.yaml:79:7
%6779 = cast %6778 : f64[] @ models/lib/nn.yaml:79:7
%6780 = add %6779, %4252 : f64[] @ models/lib/nn.yaml:79:7
%6781 = div %4254, %6780 : f64[] @ models/lib/nn.yaml:79:7
%6782 = lt %6781, %4256 : bool[] @ models/lib/nn.yaml:79:7
%6783 = cast %6781 : f32[] @ models/lib/nn.yaml:79:7
%6784 = broadcast %6783 : f32[16,16] @ models/lib/nn.yaml:79:7
%6785 = mul %6774, %6784 : f32[16,16] @ models/lib/nn.yaml:79:7
%6786 = broadcast %6782 : bool[16,16] @ models/lib/nn.yaml:79:7
%6787 = select %6786, %6785, %6774 : f32[16,16] @ models/lib/nn.yaml:79:7
%6788 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6789 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6790 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6791 = add %6790, %4266 : i64[] @ models/lib/nn.yaml:79:7
%6792 = mul %55, %4673 : f32[16,16] @ models/lib/nn.yaml:79:7
%6793 = mul %6787, %4675 : f32[16,16] @ models/lib/nn.yaml:79:7
%6794 = mul %6788, %4677 : f32[16,16] @ models/lib/nn.yaml:79:7
%6795 = add %6794, %6793 : f32[16,16] @ models/lib/nn.yaml:79:7
%6796 = mul %6787, %6787 : f32[16,16] @ models/lib/nn.yaml:79:7
%6797 = mul %6796, %4681 : f32[16,16] @ models/lib/nn.yaml:79:7
%6798 = mul %6789, %4683 : f32[16,16] @ models/lib/nn.yaml:79:7
%6799 = add %6798, %6797 : f32[16,16] @ models/lib/nn.yaml:79:7
%6800 = cast %6791 : f64[] @ models/lib/nn.yaml:79:7
%6801 = pow %4275, %6800 : f64[] @ models/lib/nn.yaml:79:7
%6802 = sub %4256, %6801 : f64[] @ models/lib/nn.yaml:79:7
%6803 = div %2558, %6802 : f64[] @ models/lib/nn.yaml:79:7
%6804 = pow %4283, %6800 : f64[] @ models/lib/nn.yaml:79:7
%6805 = sub %4256, %6804 : f64[] @ models/lib/nn.yaml:79:7
%6806 = sqrt %6805 : f64[] @ models/lib/nn.yaml:79:7
%6807 = div %4256, %6806 : f64[] @ models/lib/nn.yaml:79:7
%6808 = sqrt %6799 : f32[16,16] @ models/lib/nn.yaml:79:7
%6809 = cast %6807 : f32[] @ models/lib/nn.yaml:79:7
%6810 = broadcast %6809 : f32[16,16] @ models/lib/nn.yaml:79:7
%6811 = mul %6808, %6810 : f32[16,16] @ models/lib/nn.yaml:79:7
%6812 = add %6811, %4698 : f32[16,16] @ models/lib/nn.yaml:79:7
%6813 = div %6795, %6812 : f32[16,16] @ models/lib/nn.yaml:79:7
%6814 = cast %6803 : f32[] @ models/lib/nn.yaml:79:7
%6815 = broadcast %6814 : f32[16,16] @ models/lib/nn.yaml:79:7
%6816 = mul %6813, %6815 : f32[16,16] @ models/lib/nn.yaml:79:7
%6817 = sub %6792, %6816 : f32[16,16] @ models/lib/nn.yaml:79:7
%6818 = assign %55, %6817 : f32[16,16] @ models/lib/nn.yaml:79:7
%6819 = assign %6788, %6795 : f32[16,16] @ models/lib/nn.yaml:79:7
%6820 = assign %6789, %6799 : f32[16,16] @ models/lib/nn.yaml:79:7
%6821 = assign %6790, %6791 : i64[] @ models/lib/nn.yaml:79:7
%6822 = mul %133, %4709 : f32[16,16] @ models/lib/nn.yaml:79:7
%6823 = mul %6817, %4711 : f32[16,16] @ models/lib/nn.yaml:79:7
%6824 = add %6822, %6823 : f32[16,16] @ models/lib/nn.yaml:79:7
%6825 = assign %133, %6824 : f32[16,16] @ models/lib/nn.yaml:79:7
%6826 = all_reduce_sum %3707 : f32[16] @ models/lib/nn.yaml:80:7
%6827 = mul %6826, %6826 : f32[16] @ models/lib/nn.yaml:80:7
%6828 = reduce_sum %6827 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6829 = sqrt %6828 : f32[] @ models/lib/nn.yaml:80:7
%6830 = cast %6829 : f64[] @ models/lib/nn.yaml:80:7
%6831 = add %6830, %4252 : f64[] @ models/lib/nn.yaml:80:7
%6832 = div %4254, %6831 : f64[] @ models/lib/nn.yaml:80:7
%6833 = lt %6832, %4256 : bool[] @ models/lib/nn.yaml:80:7
%6834 = cast %6832 : f32[] @ models/lib/nn.yaml:80:7
%6835 = broadcast %6834 : f32[16] @ models/lib/nn.yaml:80:7
%6836 = mul %6826, %6835 : f32[16] @ models/lib/nn.yaml:80:7
%6837 = broadcast %6833 : bool[16] @ models/lib/nn.yaml:80:7
%6838 = select %6837, %6836, %6826 : f32[16] @ models/lib/nn.yaml:80:7
%6839 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6840 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6841 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6842 = add %6841, %4266 : i64[] @ models/lib/nn.yaml:80:7
%6843 = mul %6838, %4398 : f32[16] @ models/lib/nn.yaml:80:7
%6844 = mul %6839, %4400 : f32[16] @ models/lib/nn.yaml:80:7
%6845 = add %6844, %6843 : f32[16] @ models/lib/nn.yaml:80:7
%6846 = mul %6838, %6838 : f32[16] @ models/lib/nn.yaml:80:7
%6847 = mul %6846, %4404 : f32[16] @ models/lib/nn.yaml:80:7
%6848 = mul %6840, %4406 : f32[16] @ models/lib/nn.yaml:80:7
%6849 = add %6848, %6847 : f32[16] @ models/lib/nn.yaml:80:7
%6850 = cast %6842 : f64[] @ models/lib/nn.yaml:80:7
%6851 = pow %4275, %6850 : f64[] @ models/lib/nn.yaml:80:7
%6852 = sub %4256, %6851 : f64[] @ models/lib/nn.yaml:80:7
%6853 = div %2558, %6852 : f64[] @ models/lib/nn.yaml:80:7
%6854 = pow %4283, %6850 : f64[] @ models/lib/nn.yaml:80:7
%6855 = sub %4256, %6854 : f64[] @ models/lib/nn.yaml:80:7
%6856 = sqrt %6855 : f64[] @ models/lib/nn.yaml:80:7
%6857 = div %4256, %6856 : f64[] @ models/lib/nn.yaml:80:7
%6858 = sqrt %6849 : f32[16] @ models/lib/nn.yaml:80:7
%6859 = cast %6857 : f32[] @ models/lib/nn.yaml:80:7
%6860 = broadcast %6859 : f32[16] @ models/lib/nn.yaml:80:7
%6861 = mul %6858, %6860 : f32[16] @ models/lib/nn.yaml:80:7
%6862 = add %6861, %4421 : f32[16] @ models/lib/nn.yaml:80:7
%6863 = div %6845, %6862 : f32[16] @ models/lib/nn.yaml:80:7
%6864 = cast %6853 : f32[] @ models/lib/nn.yaml:80:7
%6865 = broadcast %6864 : f32[16] @ models/lib/nn.yaml:80:7
%6866 = mul %6863, %6865 : f32[16] @ models/lib/nn.yaml:80:7
%6867 = sub %56, %6866 : f32[16] @ models/lib/nn.yaml:80:7
%6868 = assign %56, %6867 : f32[16] @ models/lib/nn.yaml:80:7
%6869 = assign %6839, %6845 : f32[16] @ models/lib/nn.yaml:80:7
%6870 = assign %6840, %6849 : f32[16] @ models/lib/nn.yaml:80:7
%6871 = assign %6841, %6842 : i64[] @ models/lib/nn.yaml:80:7
%6872 = mul %134, %4432 : f32[16] @ models/lib/nn.yaml:80:7
%6873 = mul %6867, %4434 : f32[16] @ models/lib/nn.yaml:80:7
%6874 = add %6872, %6873 : f32[16] @ models/lib/nn.yaml:80:7
%6875 = assign %134, %6874 : f32[16] @ models/lib/nn.yaml:80:7
%6876 = all_reduce_sum %3700 : f32[16,16] @ models/lib/nn.yaml:79:7
%6877 = reshape %6876 : f32[256] @ models/lib/nn.yaml:79:7
%6878 = mul %6877, %6877 : f32[256] @ models/lib/nn.yaml:79:7
%6879 = reduce_sum %6878 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6880 = sqrt %6879 : f32[] @ models/lib/nn.yaml:79:7
%6881 = cast %6880 : f64[] @ models/lib/nn.yaml:79:7
%6882 = add %6881, %4252 : f64[] @ models/lib/nn.yaml:79:7
%6883 = div %4254, %6882 : f64[] @ models/lib/nn.yaml:79:7
%6884 = lt %6883, %4256 : bool[] @ models/lib/nn.yaml:79:7
%6885 = cast %6883 : f32[] @ models/lib/nn.yaml:79:7
%6886 = broadcast %6885 : f32[16,16] @ models/lib/nn.yaml:79:7
%6887 = mul %6876, %6886 : f32[16,16] @ models/lib/nn.yaml:79:7
%6888 = broadcast %6884 : bool[16,16] @ models/lib/nn.yaml:79:7
%6889 = select %6888, %6887, %6876 : f32[16,16] @ models/lib/nn.yaml:79:7
%6890 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6891 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6892 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6893 = add %6892, %4266 : i64[] @ models/lib/nn.yaml:79:7
%6894 = mul %57, %4673 : f32[16,16] @ models/lib/nn.yaml:79:7
%6895 = mul %6889, %4675 : f32[16,16] @ models/lib/nn.yaml:79:7
%6896 = mul %6890, %4677 : f32[16,16] @ models/lib/nn.yaml:79:7
%6897 = add %6896, %6895 : f32[16,16] @ models/lib/nn.yaml:79:7
%6898 = mul %6889, %6889 : f32[16,16] @ models/lib/nn.yaml:79:7
%6899 = mul %6898, %4681 : f32[16,16] @ models/lib/nn.yaml:79:7
%6900 = mul %6891, %4683 : f32[16,16] @ models/lib/nn.yaml:79:7
%6901 = add %6900, %6899 : f32[16,16] @ models/lib/nn.yaml:79:7
%6902 = cast %6893 : f64[] @ models/lib/nn.yaml:79:7
%6903 = pow %4275, %6902 : f64[] @ models/lib/nn.yaml:79:7
%6904 = sub %4256, %6903 : f64[] @ models/lib/nn.yaml:79:7
%6905 = div %2558, %6904 : f64[] @ models/lib/nn.yaml:79:7
%6906 = pow %4283, %6902 : f64[] @ models/lib/nn.yaml:79:7
%6907 = sub %4256, %6906 : f64[] @ models/lib/nn.yaml:79:7
%6908 = sqrt %6907 : f64[] @ models/lib/nn.yaml:79:7
%6909 = div %4256, %6908 : f64[] @ models/lib/nn.yaml:79:7
%6910 = sqrt %6901 : f32[16,16] @ models/lib/nn.yaml:79:7
%6911 = cast %6909 : f32[] @ models/lib/nn.yaml:79:7
%6912 = broadcast %6911 : f32[16,16] @ models/lib/nn.yaml:79:7
%6913 = mul %6910, %6912 : f32[16,16] @ models/lib/nn.yaml:79:7
%6914 = add %6913, %4698 : f32[16,16] @ models/lib/nn.yaml:79:7
%6915 = div %6897, %6914 : f32[16,16] @ models/lib/nn.yaml:79:7
%6916 = cast %6905 : f32[] @ models/lib/nn.yaml:79:7
%6917 = broadcast %6916 : f32[16,16] @ models/lib/nn.yaml:79:7
%6918 = mul %6915, %6917 : f32[16,16] @ models/lib/nn.yaml:79:7
%6919 = sub %6894, %6918 : f32[16,16] @ models/lib/nn.yaml:79:7
%6920 = assign %57, %6919 : f32[16,16] @ models/lib/nn.yaml:79:7
%6921 = assign %6890, %6897 : f32[16,16] @ models/lib/nn.yaml:79:7
%6922 = assign %6891, %6901 : f32[16,16] @ models/lib/nn.yaml:79:7
%6923 = assign %6892, %6893 : i64[] @ models/lib/nn.yaml:79:7
%6924 = mul %135, %4709 : f32[16,16] @ models/lib/nn.yaml:79:7
%6925 = mul %6919, %4711 : f32[16,16] @ models/lib/nn.yaml:79:7
%6926 = add %6924, %6925 : f32[16,16] @ models/lib/nn.yaml:79:7
%6927 = assign %135, %6926 : f32[16,16] @ models/lib/nn.yaml:79:7
%6928 = all_reduce_sum %3695 : f32[16] @ models/lib/nn.yaml:80:7
%6929 = mul %6928, %6928 : f32[16] @ models/lib/nn.yaml:80:7
%6930 = reduce_sum %6929 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6931 = sqrt %6930 : f32[] @ models/lib/nn.yaml:80:7
%6932 = cast %6931 : f64[] @ models/lib/nn.yaml:80:7
%6933 = add %6932, %4252 : f64[] @ models/lib/nn.yaml:80:7
%6934 = div %4254, %6933 : f64[] @ models/lib/nn.yaml:80:7
%6935 = lt %6934, %4256 : bool[] @ models/lib/nn.yaml:80:7
%6936 = cast %6934 : f32[] @ models/lib/nn.yaml:80:7
%6937 = broadcast %6936 : f32[16] @ models/lib/nn.yaml:80:7
%6938 = mul %6928, %6937 : f32[16] @ models/lib/nn.yaml:80:7
%6939 = broadcast %6935 : bool[16] @ models/lib/nn.yaml:80:7
%6940 = select %6939, %6938, %6928 : f32[16] @ models/lib/nn.yaml:80:7
%6941 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6942 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6943 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6944 = add %6943, %4266 : i64[] @ models/lib/nn.yaml:80:7
%6945 = mul %6940, %4398 : f32[16] @ models/lib/nn.yaml:80:7
%6946 = mul %6941, %4400 : f32[16] @ models/lib/nn.yaml:80:7
%6947 = add %6946, %6945 : f32[16] @ models/lib/nn.yaml:80:7
%6948 = mul %6940, %6940 : f32[16] @ models/lib/nn.yaml:80:7
%6949 = mul %6948, %4404 : f32[16] @ models/lib/nn.yaml:80:7
%6950 = mul %6942, %4406 : f32[16] @ models/lib/nn.yaml:80:7
%6951 = add %6950, %6949 : f32[16] @ models/lib/nn.yaml:80:7
%6952 = cast %6944 : f64[] @ models/lib/nn.yaml:80:7
%6953 = pow %4275, %6952 : f64[] @ models/lib/nn.yaml:80:7
%6954 = sub %4256, %6953 : f64[] @ models/lib/nn.yaml:80:7
%6955 = div %2558, %6954 : f64[] @ models/lib/nn.yaml:80:7
%6956 = pow %4283, %6952 : f64[] @ models/lib/nn.yaml:80:7
%6957 = sub %4256, %6956 : f64[] @ models/lib/nn.yaml:80:7
%6958 = sqrt %6957 : f64[] @ models/lib/nn.yaml:80:7
%6959 = div %4256, %6958 : f64[] @ models/lib/nn.yaml:80:7
%6960 = sqrt %6951 : f32[16] @ models/lib/nn.yaml:80:7
%6961 = cast %6959 : f32[] @ models/lib/nn.yaml:80:7
%6962 = broadcast %6961 : f32[16] @ models/lib/nn.yaml:80:7
%6963 = mul %6960, %6962 : f32[16] @ models/lib/nn.yaml:80:7
%6964 = add %6963, %4421 : f32[16] @ models/lib/nn.yaml:80:7
%6965 = div %6947, %6964 : f32[16] @ models/lib/nn.yaml:80:7
%6966 = cast %6955 : f32[] @ models/lib/nn.yaml:80:7
%6967 = broadcast %6966 : f32[16] @ models/lib/nn.yaml:80:7
%6968 = mul %6965, %6967 : f32[16] @ models/lib/nn.yaml:80:7
%6969 = sub %58, %6968 : f32[16] @ models/lib/nn.yaml:80:7
%6970 = assign %58, %6969 : f32[16] @ models/lib/nn.yaml:80:7
%6971 = assign %6941, %6947 : f32[16] @ models/lib/nn.yaml:80:7
%6972 = assign %6942, %6951 : f32[16] @ models/lib/nn.yaml:80:7
%6973 = assign %6943, %6944 : i64[] @ models/lib/nn.yaml:80:7
%6974 = mul %136, %4432 : f32[16] @ models/lib/nn.yaml:80:7
%6975 = mul %6969, %4434 : f32[16] @ models/lib/nn.yaml:80:7
%6976 = add %6974, %6975 : f32[16] @ models/lib/nn.yaml:80:7
%6977 = assign %136, %6976 : f32[16] @ models/lib/nn.yaml:80:7
%6978 = all_reduce_sum %3651 : f32[16,16] @ models/lib/nn.yaml:79:7
%6979 = reshape %6978 : f32[256] @ models/lib/nn.yaml:79:7
%6980 = mul %6979, %6979 : f32[256] @ models/lib/nn.yaml:79:7
%6981 = reduce_sum %6980 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6982 = sqrt %6981 : f32[] @ models/lib/nn.yaml:79:7
%6983 = cast %6982 : f64[] @ models/lib/nn.yaml:79:7
%6984 = add %6983, %4252 : f64[] @ models/lib/nn.yaml:79:7
%6985 = div %4254, %6984 : f64[] @ models/lib/nn.yaml:79:7
%6986 = lt %6985, %4256 : bool[] @ models/lib/nn.yaml:79:7
%6987 = cast %6985 : f32[] @ models/lib/nn.yaml:79:7
%6988 = broadcast %6987 : f32[16,16] @ models/lib/nn.yaml:79:7
%6989 = mul %6978, %6988 : f32[16,16] @ models/lib/nn.yaml:79:7
%6990 = broadcast %6986 : bool[16,16] @ models/lib/nn.yaml:79:7
%6991 = select %6990, %6989, %6978 : f32[16,16] @ models/lib/nn.yaml:79:7
%6992 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6993 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6994 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6995 = add %6994, %4266 : i64[] @ models/lib/nn.yaml:79:7
%6996 = mul %59, %4673 : f32[16,16] @ models/lib/nn.yaml:79:7
%6997 = mul %6991, %4675 : f32[16,16] @ models/lib/nn.yaml:79:7
%6998 = mul %6992, %4677 : f32[16,16] @ models/lib/nn.yaml:79:7
%6999 = add %6998, %6997 : f32[16,16] @ models/lib/nn.yaml:79:7
%7000 = mul %6991, %6991 : f32[16,16] @ models/lib/nn.yaml:79:7
%7001 = mul %7000, %4681 : f32[16,16] @ models/lib/nn.yaml:79:7
%7002 = mul %6993, %4683 : f32[16,16] @ models/lib/nn.yaml:79:7
%7003 = add %7002, %7001 : f32[16,16] @ models/lib/nn.yaml:79:7
%7004 = cast %6995 : f64[] @ models/lib/nn.yaml:79:7
%7005 = pow %4275, %7004 : f64[] @ models/lib/nn.yaml:79:7
%7006 = sub %4256, %7005 : f64[] @ models/lib/nn.yaml:79:7
%7007 = div %2558, %7006 : f64[] @ models/lib/nn.yaml:79:7
%7008 = pow %4283, %7004 : f64[] @ models/lib/nn.yaml:79:7
%7009 = sub %4256, %7008 : f64[] @ models/lib/nn.yaml:79:7
%7010 = sqrt %7009 : f64[] @ models/lib/nn.yaml:79:7
%7011 = div %4256, %7010 : f64[] @ models/lib/nn.yaml:79:7
%7012 = sqrt %7003 : f32[16,16] @ models/lib/nn.yaml:79:7
%7013 = cast %7011 : f32[] @ models/lib/nn.yaml:79:7
%7014 = broadcast %7013 : f32[16,16] @ models/lib/nn.yaml:79:7
%7015 = mul %7012, %7014 : f32[16,16] @ models/lib/nn.yaml:79:7
%7016 = add %7015, %4698 : f32[16,16] @ models/lib/nn.yaml:79:7
%7017 = div %6999, %7016 : f32[16,16] @ models/lib/nn.yaml:79:7
%7018 = cast %7007 : f32[] @ models/lib/nn.yaml:79:7
%7019 = broadcast %7018 : f32[16,16] @ models/lib/nn.yaml:79:7
%7020 = mul %7017, %7019 : f32[16,16] @ models/lib/nn.yaml:79:7
%7021 = sub %6996, %7020 : f32[16,16] @ models/lib/nn.yaml:79:7
%7022 = assign %59, %7021 : f32[16,16] @ models/lib/nn.yaml:79:7
%7023 = assign %6992, %6999 : f32[16,16] @ models/lib/nn.yaml:79:7
%7024 = assign %6993, %7003 : f32[16,16] @ models/lib/nn.yaml:79:7
%7025 = assign %6994, %6995 : i64[] @ models/lib/nn.yaml:79:7
%7026 = mul %137, %4709 : f32[16,16] @ models/lib/nn.yaml:79:7
%7027 = mul %7021, %4711 : f32[16,16] @ models/lib/nn.yaml:79:7
%7028 = add %7026, %7027 : f32[16,16] @ models/lib/nn.yaml:79:7
%7029 = assign %137, %7028 : f32[16,16] @ models/lib/nn.yaml:79:7
%7030 = all_reduce_sum %3646 : f32[16] @ models/lib/nn.yaml:80:7
%7031 = mul %7030, %7030 : f32[16] @ models/lib/nn.yaml:80:7
%7032 = reduce_sum %7031 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7033 = sqrt %7032 : f32[] @ models/lib/nn.yaml:80:7
%7034 = cast %7033 : f64[] @ models/lib/nn.yaml:80:7
%7035 = add %7034, %4252 : f64[] @ models/lib/nn.yaml:80:7
%7036 = div %4254, %7035 : f64[] @ models/lib/nn.yaml:80:7
%7037 = lt %7036, %4256 : bool[] @ models/lib/nn.yaml:80:7
%7038 = cast %7036 : f32[] @ models/lib/nn.yaml:80:7
%7039 = broadcast %7038 : f32[16] @ models/lib/nn.yaml:80:7
%7040 = mul %7030, %7039 : f32[16] @ models/lib/nn.yaml:80:7
%7041 = broadcast %7037 : bool[16] @ models/lib/nn.yaml:80:7
%7042 = select %7041, %7040, %7030 : f32[16] @ models/lib/nn.yaml:80:7
%7043 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7044 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7045 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7046 = add %7045, %4266 : i64[] @ models/lib/nn.yaml:80:7
%7047 = mul %7042, %4398 : f32[16] @ models/lib/nn.yaml:80:7
%7048 = mul %7043, %4400 : f32[16] @ models/lib/nn.yaml:80:7
%7049 = add %7048, %7047 : f32[16] @ models/lib/nn.yaml:80:7
%7050 = mul %7042, %7042 : f32[16] @ models/lib/nn.yaml:80:7
%7051 = mul %7050, %4404 : f32[16] @ models/lib/nn.yaml:80:7
%7052 = mul %7044, %4406 : f32[16] @ models/lib/nn.yaml:80:7
%7053 = add %7052, %7051 : f32[16] @ models/lib/nn.yaml:80:7
%7054 = cast %7046 : f64[] @ models/lib/nn.yaml:80:7
%7055 = pow %4275, %7054 : f64[] @ models/lib/nn.yaml:80:7
%7056 = sub %4256, %7055 : f64[] @ models/lib/nn.yaml:80:7
%7057 = div %2558, %7056 : f64[] @ models/lib/nn.yaml:80:7
%7058 = pow %4283, %7054 : f64[] @ models/lib/nn.yaml:80:7
%7059 = sub %4256, %7058 : f64[] @ models/lib/nn.yaml:80:7
%7060 = sqrt %7059 : f64[] @ models/lib/nn.yaml:80:7
%7061 = div %4256, %7060 : f64[] @ models/lib/nn.yaml:80:7
%7062 = sqrt %7053 : f32[16] @ models/lib/nn.yaml:80:7
%7063 = cast %7061 : f32[] @ models/lib/nn.yaml:80:7
%7064 = broadcast %7063 : f32[16] @ models/lib/nn.yaml:80:7
%7065 = mul %7062, %7064 : f32[16] @ models/lib/nn.yaml:80:7
%7066 = add %7065, %4421 : f32[16] @ models/lib/nn.yaml:80:7
%7067 = div %7049, %7066 : f32[16] @ models/lib/nn.yaml:80:7
%7068 = cast %7057 : f32[] @ models/lib/nn.yaml:80:7
%7069 = broadcast %7068 : f32[16] @ models/lib/nn.yaml:80:7
%7070 = mul %7067, %7069 : f32[16] @ models/lib/nn.yaml:80:7
%7071 = sub %60, %7070 : f32[16] @ models/lib/nn.yaml:80:7
%7072 = assign %60, %7071 : f32[16] @ models/lib/nn.yaml:80:7
%7073 = assign %7043, %7049 : f32[16] @ models/lib/nn.yaml:80:7
%7074 = assign %7044, %7053 : f32[16] @ models/lib/nn.yaml:80:7
%7075 = assign %7045, %7046 : i64[] @ models/lib/nn.yaml:80:7
%7076 = mul %138, %4432 : f32[16] @ models/lib/nn.yaml:80:7
%7077 = mul %7071, %4434 : f32[16] @ models/lib/nn.yaml:80:7
%7078 = add %7076, %7077 : f32[16] @ models/lib/nn.yaml:80:7
%7079 = assign %138, %7078 : f32[16] @ models/lib/nn.yaml:80:7
%7080 = all_reduce_sum %3625 : f32[16] @ models/lib/nn.yaml:89:7
%7081 = mul %7080, %7080 : f32[16] @ models/lib/nn.yaml:89:7
%7082 = reduce_sum %7081 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7083 = sqrt %7082 : f32[] @ models/lib/nn.yaml:89:7
%7084 = cast %7083 : f64[] @ models/lib/nn.yaml:89:7
%7085 = add %7084, %4252 : f64[] @ models/lib/nn.yaml:89:7
%7086 = div %4254, %7085 : f64[] @ models/lib/nn.yaml:89:7
%7087 = lt %7086, %4256 : bool[] @ models/lib/nn.yaml:89:7
%7088 = cast %7086 : f32[] @ models/lib/nn.yaml:89:7
%7089 = broadcast %7088 : f32[16] @ models/lib/nn.yaml:89:7
%7090 = mul %7080, %7089 : f32[16] @ models/lib/nn.yaml:89:7
%7091 = broadcast %7087 : bool[16] @ models/lib/nn.yaml:89:7
%7092 = select %7091, %7090, %7080 : f32[16] @ models/lib/nn.yaml:89:7
%7093 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7094 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7095 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7096 = add %7095, %4266 : i64[] @ models/lib/nn.yaml:89:7
%7097 = mul %7092, %4398 : f32[16] @ models/lib/nn.yaml:89:7
%7098 = mul %7093, %4400 : f32[16] @ models/lib/nn.yaml:89:7
%7099 = add %7098, %7097 : f32[16] @ models/lib/nn.yaml:89:7
%7100 = mul %7092, %7092 : f32[16] @ models/lib/nn.yaml:89:7
%7101 = mul %7100, %4404 : f32[16] @ models/lib/nn.yaml:89:7
%7102 = mul %7094, %4406 : f32[16] @ models/lib/nn.yaml:89:7
%7103 = add %7102, %7101 : f32[16] @ models/lib/nn.yaml:89:7
%7104 = cast %7096 : f64[] @ models/lib/nn.yaml:89:7
%7105 = pow %4275, %7104 : f64[] @ models/lib/nn.yaml:89:7
%7106 = sub %4256, %7105 : f64[] @ models/lib/nn.yaml:89:7
%7107 = div %2558, %7106 : f64[] @ models/lib/nn.yaml:89:7
%7108 = pow %4283, %7104 : f64[] @ models/lib/nn.yaml:89:7
%7109 = sub %4256, %7108 : f64[] @ models/lib/nn.yaml:89:7
%7110 = sqrt %7109 : f64[] @ models/lib/nn.yaml:89:7
%7111 = div %4256, %7110 : f64[] @ models/lib/nn.yaml:89:7
%7112 = sqrt %7103 : f32[16] @ models/lib/nn.yaml:89:7
%7113 = cast %7111 : f32[] @ models/lib/nn.yaml:89:7
%7114 = broadcast %7113 : f32[16] @ models/lib/nn.yaml:89:7
%7115 = mul %7112, %7114 : f32[16] @ models/lib/nn.yaml:89:7
%7116 = add %7115, %4421 : f32[16] @ models/lib/nn.yaml:89:7
%7117 = div %7099, %7116 : f32[16] @ models/lib/nn.yaml:89:7
%7118 = cast %7107 : f32[] @ models/lib/nn.yaml:89:7
%7119 = broadcast %7118 : f32[16] @ models/lib/nn.yaml:89:7
%7120 = mul %7117, %7119 : f32[16] @ models/lib/nn.yaml:89:7
%7121 = sub %61, %7120 : f32[16] @ models/lib/nn.yaml:89:7
%7122 = assign %61, %7121 : f32[16] @ models/lib/nn.yaml:89:7
%7123 = assign %7093, %7099 : f32[16] @ models/lib/nn.yaml:89:7
%7124 = assign %7094, %7103 : f32[16] @ models/lib/nn.yaml:89:7
%7125 = assign %7095, %7096 : i64[] @ models/lib/nn.yaml:89:7
%7126 = mul %139, %4432 : f32[16] @ models/lib/nn.yaml:89:7
%7127 = mul %7121, %4434 : f32[16] @ models/lib/nn.yaml:89:7
%7128 = add %7126, %7127 : f32[16] @ models/lib/nn.yaml:89:7
%7129 = assign %139, %7128 : f32[16] @ models/lib/nn.yaml:89:7
%7130 = all_reduce_sum %3620 : f32[16] @ models/lib/nn.yaml:90:7
%7131 = mul %7130, %7130 : f32[16] @ models/lib/nn.yaml:90:7
%7132 = reduce_sum %7131 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7133 = sqrt %7132 : f32[] @ models/lib/nn.yaml:90:7
%7134 = cast %7133 : f64[] @ models/lib/nn.yaml:90:7
%7135 = add %7134, %4252 : f64[] @ models/lib/nn.yaml:90:7
%7136 = div %4254, %7135 : f64[] @ models/lib/nn.yaml:90:7
%7137 = lt %7136, %4256 : bool[] @ models/lib/nn.yaml:90:7
%7138 = cast %7136 : f32[] @ models/lib/nn.yaml:90:7
%7139 = broadcast %7138 : f32[16] @ models/lib/nn.yaml:90:7
%7140 = mul %7130, %7139 : f32[16] @ models/lib/nn.yaml:90:7
%7141 = broadcast %7137 : bool[16] @ models/lib/nn.yaml:90:7
%7142 = select %7141, %7140, %7130 : f32[16] @ models/lib/nn.yaml:90:7
%7143 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7144 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7145 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7146 = add %7145, %4266 : i64[] @ models/lib/nn.yaml:90:7
%7147 = mul %7142, %4398 : f32[16] @ models/lib/nn.yaml:90:7
%7148 = mul %7143, %4400 : f32[16] @ models/lib/nn.yaml:90:7
%7149 = add %7148, %7147 : f32[16] @ models/lib/nn.yaml:90:7
%7150 = mul %7142, %7142 : f32[16] @ models/lib/nn.yaml:90:7
%7151 = mul %7150, %4404 : f32[16] @ models/lib/nn.yaml:90:7
%7152 = mul %7144, %4406 : f32[16] @ models/lib/nn.yaml:90:7
%7153 = add %7152, %7151 : f32[16] @ models/lib/nn.yaml:90:7
%7154 = cast %7146 : f64[] @ models/lib/nn.yaml:90:7
%7155 = pow %4275, %7154 : f64[] @ models/lib/nn.yaml:90:7
%7156 = sub %4256, %7155 : f64[] @ models/lib/nn.yaml:90:7
%7157 = div %2558, %7156 : f64[] @ models/lib/nn.yaml:90:7
%7158 = pow %4283, %7154 : f64[] @ models/lib/nn.yaml:90:7
%7159 = sub %4256, %7158 : f64[] @ models/lib/nn.yaml:90:7
%7160 = sqrt %7159 : f64[] @ models/lib/nn.yaml:90:7
%7161 = div %4256, %7160 : f64[] @ models/lib/nn.yaml:90:7
%7162 = sqrt %7153 : f32[16] @ models/lib/nn.yaml:90:7
%7163 = cast %7161 : f32[] @ models/lib/nn.yaml:90:7
%7164 = broadcast %7163 : f32[16] @ models/lib/nn.yaml:90:7
%7165 = mul %7162, %7164 : f32[16] @ models/lib/nn.yaml:90:7
%7166 = add %7165, %4421 : f32[16] @ models/lib/nn.yaml:90:7
%7167 = div %7149, %7166 : f32[16] @ models/lib/nn.yaml:90:7
%7168 = cast %7157 : f32[] @ models/lib/nn.yaml:90:7
%7169 = broadcast %7168 : f32[16] @ models/lib/nn.yaml:90:7
%7170 = mul %7167, %7169 : f32[16] @ models/lib/nn.yaml:90:7
%7171 = sub %62, %7170 : f32[16] @ models/lib/nn.yaml:90:7
%7172 = assign %62, %7171 : f32[16] @ models/lib/nn.yaml:90:7
%7173 = assign %7143, %7149 : f32[16] @ models/lib/nn.yaml:90:7
%7174 = assign %7144, %7153 : f32[16] @ models/lib/nn.yaml:90:7
%7175 = assign %7145, %7146 : i64[] @ models/lib/nn.yaml:90:7
%7176 = mul %140, %4432 : f32[16] @ models/lib/nn.yaml:90:7
%7177 = mul %7171, %4434 : f32[16] @ models/lib/nn.yaml:90:7
%7178 = add %7176, %7177 : f32[16] @ models/lib/nn.yaml:90:7
%7179 = assign %140, %7178 : f32[16] @ models/lib/nn.yaml:90:7
%7180 = all_reduce_sum %3617 : f32[64,16] @ models/lib/nn.yaml:79:7
%7181 = reshape %7180 : f32[1024] @ models/lib/nn.yaml:79:7
%7182 = mul %7181, %7181 : f32[1024] @ models/lib/nn.yaml:79:7
%7183 = reduce_sum %7182 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7184 = sqrt %7183 : f32[] @ models/lib/nn.yaml:79:7
%7185 = cast %7184 : f64[] @ models/lib/nn.yaml:79:7
%7186 = add %7185, %4252 : f64[] @ models/lib/nn.yaml:79:7
%7187 = div %4254, %7186 : f64[] @ models/lib/nn.yaml:79:7
%7188 = lt %7187, %4256 : bool[] @ models/lib/nn.yaml:79:7
%7189 = cast %7187 : f32[] @ models/lib/nn.yaml:79:7
%7190 = broadcast %7189 : f32[64,16] @ models/lib/nn.yaml:79:7
%7191 = mul %7180, %7190 : f32[64,16] @ models/lib/nn.yaml:79:7
%7192 = broadcast %7188 : bool[64,16] @ models/lib/nn.yaml:79:7
%7193 = select %7192, %7191, %7180 : f32[64,16] @ models/lib/nn.yaml:79:7
%7194 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7195 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7196 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7197 = add %7196, %4266 : i64[] @ models/lib/nn.yaml:79:7
%7198 = mul %63, %4883 : f32[64,16] @ models/lib/nn.yaml:79:7
%7199 = mul %7193, %4885 : f32[64,16] @ models/lib/nn.yaml:79:7
%7200 = mul %7194, %4887 : f32[64,16] @ models/lib/nn.yaml:79:7
%7201 = add %7200, %7199 : f32[64,16] @ models/lib/nn.yaml:79:7
%7202 = mul %7193, %7193 : f32[64,16] @ models/lib/nn.yaml:79:7
%7203 = mul %7202, %4891 : f32[64,16] @ models/lib/nn.yaml:79:7
%7204 = mul %7195, %4893 : f32[64,16] @ models/lib/nn.yaml:79:7
%7205 = add %7204, %7203 : f32[64,16] @ models/lib/nn.yaml:79:7
%7206 = cast %7197 : f64[] @ models/lib/nn.yaml:79:7
%7207 = pow %4275, %7206 : f64[] @ models/lib/nn.yaml:79:7
%7208 = sub %4256, %7207 : f64[] @ models/lib/nn.yaml:79:7
%7209 = div %2558, %7208 : f64[] @ models/lib/nn.yaml:79:7
%7210 = pow %4283, %7206 : f64[] @ models/lib/nn.yaml:79:7
%7211 = sub %4256, %7210 : f64[] @ models/lib/nn.yaml:79:7
%7212 = sqrt %7211 : f64[] @ models/lib/nn.yaml:79:7
%7213 = div %4256, %7212 : f64[] @ models/lib/nn.yaml:79:7
%7214 = sqrt %7205 : f32[64,16] @ models/lib/nn.yaml:79:7
%7215 = cast %7213 : f32[] @ models/lib/nn.yaml:79:7
%7216 = broadcast %7215 : f32[64,16] @ models/lib/nn.yaml:79:7
%7217 = mul %7214, %7216 : f32[64,16] @ models/lib/nn.yaml:79:7
%7218 = add %7217, %4908 : f32[64,16] @ models/lib/nn.yaml:79:7
%7219 = div %7201, %7218 : f32[64,16] @ models/lib/nn.yaml:79:7
%7220 = cast %7209 : f32[] @ models/lib/nn.yaml:79:7
%7221 = broadcast %7220 : f32[64,16] @ models/lib/nn.yaml:79:7
%7222 = mul %7219, %7221 : f32[64,16] @ models/lib/nn.yaml:79:7
%7223 = sub %7198, %7222 : f32[64,16] @ models/lib/nn.yaml:79:7
%7224 = assign %63, %7223 : f32[64,16] @ models/lib/nn.yaml:79:7
%7225 = assign %7194, %7201 : f32[64,16] @ models/lib/nn.yaml:79:7
%7226 = assign %7195, %7205 : f32[64,16] @ models/lib/nn.yaml:79:7
%7227 = assign %7196, %7197 : i64[] @ models/lib/nn.yaml:79:7
%7228 = mul %141, %4919 : f32[64,16] @ models/lib/nn.yaml:79:7
%7229 = mul %7223, %4921 : f32[64,16] @ models/lib/nn.yaml:79:7
%7230 = add %7228, %7229 : f32[64,16] @ models/lib/nn.yaml:79:7
%7231 = assign %141, %7230 : f32[64,16] @ models/lib/nn.yaml:79:7
%7232 = all_reduce_sum %3612 : f32[64] @ models/lib/nn.yaml:80:7
%7233 = mul %7232, %7232 : f32[64] @ models/lib/nn.yaml:80:7
%7234 = reduce_sum %7233 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7235 = sqrt %7234 : f32[] @ models/lib/nn.yaml:80:7
%7236 = cast %7235 : f64[] @ models/lib/nn.yaml:80:7
%7237 = add %7236, %4252 : f64[] @ models/lib/nn.yaml:80:7
%7238 = div %4254, %7237 : f64[] @ models/lib/nn.yaml:80:7
%7239 = lt %7238, %4256 : bool[] @ models/lib/nn.yaml:80:7
%7240 = cast %7238 : f32[] @ models/lib/nn.yaml:80:7
%7241 = broadcast %7240 : f32[64] @ models/lib/nn.yaml:80:7
%7242 = mul %7232, %7241 : f32[64] @ models/lib/nn.yaml:80:7
%7243 = broadcast %7239 : bool[64] @ models/lib/nn.yaml:80:7
%7244 = select %7243, %7242, %7232 : f32[64] @ models/lib/nn.yaml:80:7
%7245 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7246 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7247 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7248 = add %7247, %4266 : i64[] @ models/lib/nn.yaml:80:7
%7249 = mul %7244, %4942 : f32[64] @ models/lib/nn.yaml:80:7
%7250 = mul %7245, %4944 : f32[64] @ models/lib/nn.yaml:80:7
%7251 = add %7250, %7249 : f32[64] @ models/lib/nn.yaml:80:7
%7252 = mul %7244, %7244 : f32[64] @ models/lib/nn.yaml:80:7
%7253 = mul %7252, %4948 : f32[64] @ models/lib/nn.yaml:80:7
%7254 = mul %7246, %4950 : f32[64] @ models/lib/nn.yaml:80:7
%7255 = add %7254, %7253 : f32[64] @ models/lib/nn.yaml:80:7
%7256 = cast %7248 : f64[] @ models/lib/nn.yaml:80:7
%7257 = pow %4275, %7256 : f64[] @ models/lib/nn.yaml:80:7
%7258 = sub %4256, %7257 : f64[] @ models/lib/nn.yaml:80:7
%7259 = div %2558, %7258 : f64[] @ models/lib/nn.yaml:80:7
%7260 = pow %4283, %7256 : f64[] @ models/lib/nn.yaml:80:7
%7261 = sub %4256, %7260 : f64[] @ models/lib/nn.yaml:80:7
%7262 = sqrt %7261 : f64[] @ models/lib/nn.yaml:80:7
%7263 = div %4256, %7262 : f64[] @ models/lib/nn.yaml:80:7
%7264 = sqrt %7255 : f32[64] @ models/lib/nn.yaml:80:7
%7265 = cast %7263 : f32[] @ models/lib/nn.yaml:80:7
%7266 = broadcast %7265 : f32[64] @ models/lib/nn.yaml:80:7
%7267 = mul %7264, %7266 : f32[64] @ models/lib/nn.yaml:80:7
%7268 = add %7267, %4965 : f32[64] @ models/lib/nn.yaml:80:7
%7269 = div %7251, %7268 : f32[64] @ models/lib/nn.yaml:80:7
%7270 = cast %7259 : f32[] @ models/lib/nn.yaml:80:7
%7271 = broadcast %7270 : f32[64] @ models/lib/nn.yaml:80:7
%7272 = mul %7269, %7271 : f32[64] @ models/lib/nn.yaml:80:7
%7273 = sub %64, %7272 : f32[64] @ models/lib/nn.yaml:80:7
%7274 = assign %64, %7273 : f32[64] @ models/lib/nn.yaml:80:7
%7275 = assign %7245, %7251 : f32[64] @ models/lib/nn.yaml:80:7
%7276 = assign %7246, %7255 : f32[64] @ models/lib/nn.yaml:80:7
%7277 = assign %7247, %7248 : i64[] @ models/lib/nn.yaml:80:7
%7278 = mul %142, %4976 : f32[64] @ models/lib/nn.yaml:80:7
%7279 = mul %7273, %4978 : f32[64] @ models/lib/nn.yaml:80:7
%7280 = add %7278, %7279 : f32[64] @ models/lib/nn.yaml:80:7
%7281 = assign %142, %7280 : f32[64] @ models/lib/nn.yaml:80:7
%7282 = all_reduce_sum %3599 : f32[16,64] @ models/lib/nn.yaml:79:7
%7283 = reshape %7282 : f32[1024] @ models/lib/nn.yaml:79:7
%7284 = mul %7283, %7283 : f32[1024] @ models/lib/nn.yaml:79:7
%7285 = reduce_sum %7284 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7286 = sqrt %7285 : f32[] @ models/lib/nn.yaml:79:7
%7287 = cast %7286 : f64[] @ models/lib/nn.yaml:79:7
%7288 = add %7287, %4252 : f64[] @ models/lib/nn.yaml:79:7
%7289 = div %4254, %7288 : f64[] @ models/lib/nn.yaml:79:7
%7290 = lt %7289, %4256 : bool[] @ models/lib/nn.yaml:79:7
%7291 = cast %7289 : f32[] @ models/lib/nn.yaml:79:7
%7292 = broadcast %7291 : f32[16,64] @ models/lib/nn.yaml:79:7
%7293 = mul %7282, %7292 : f32[16,64] @ models/lib/nn.yaml:79:7
%7294 = broadcast %7290 : bool[16,64] @ models/lib/nn.yaml:79:7
%7295 = select %7294, %7293, %7282 : f32[16,64] @ models/lib/nn.yaml:79:7
%7296 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7297 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7298 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7299 = add %7298, %4266 : i64[] @ models/lib/nn.yaml:79:7
%7300 = mul %65, %5000 : f32[16,64] @ models/lib/nn.yaml:79:7
%7301 = mul %7295, %5002 : f32[16,64] @ models/lib/nn.yaml:79:7
%7302 = mul %7296, %5004 : f32[16,64] @ models/lib/nn.yaml:79:7
%7303 = add %7302, %7301 : f32[16,64] @ models/lib/nn.yaml:79:7
%7304 = mul %7295, %7295 : f32[16,64] @ models/lib/nn.yaml:79:7
%7305 = mul %7304, %5008 : f32[16,64] @ models/lib/nn.yaml:79:7
%7306 = mul %7297, %5010 : f32[16,64] @ models/lib/nn.yaml:79:7
%7307 = add %7306, %7305 : f32[16,64] @ models/lib/nn.yaml:79:7
%7308 = cast %7299 : f64[] @ models/lib/nn.yaml:79:7
%7309 = pow %4275, %7308 : f64[] @ models/lib/nn.yaml:79:7
%7310 = sub %4256, %7309 : f64[] @ models/lib/nn.yaml:79:7
%7311 = div %2558, %7310 : f64[] @ models/lib/nn.yaml:79:7
%7312 = pow %4283, %7308 : f64[] @ models/lib/nn.yaml:79:7
%7313 = sub %4256, %7312 : f64[] @ models/lib/nn.yaml:79:7
%7314 = sqrt %7313 : f64[] @ models/lib/nn.yaml:79:7
%7315 = div %4256, %7314 : f64[] @ models/lib/nn.yaml:79:7
%7316 = sqrt %7307 : f32[16,64] @ models/lib/nn.yaml:79:7
%7317 = cast %7315 : f32[] @ models/lib/nn.yaml:79:7
%7318 = broadcast %7317 : f32[16,64] @ models/lib/nn.yaml:79:7
%7319 = mul %7316, %7318 : f32[16,64] @ models/lib/nn.yaml:79:7
%7320 = add %7319, %5025 : f32[16,64] @ models/lib/nn.yaml:79:7
%7321 = div %7303, %7320 : f32[16,64] @ models/lib/nn.yaml:79:7
%7322 = cast %7311 : f32[] @ models/lib/nn.yaml:79:7
%7323 = broadcast %7322 : f32[16,64] @ models/lib/nn.yaml:79:7
%7324 = mul %7321, %7323 : f32[16,64] @ models/lib/nn.yaml:79:7
%7325 = sub %7300, %7324 : f32[16,64] @ models/lib/nn.yaml:79:7
%7326 = assign %65, %7325 : f32[16,64] @ models/lib/nn.yaml:79:7
%7327 = assign %7296, %7303 : f32[16,64] @ models/lib/nn.yaml:79:7
%7328 = assign %7297, %7307 : f32[16,64] @ models/lib/nn.yaml:79:7
%7329 = assign %7298, %7299 : i64[] @ models/lib/nn.yaml:79:7
%7330 = mul %143, %5036 : f32[16,64] @ models/lib/nn.yaml:79:7
%7331 = mul %7325, %5038 : f32[16,64] @ models/lib/nn.yaml:79:7
%7332 = add %7330, %7331 : f32[16,64] @ models/lib/nn.yaml:79:7
%7333 = assign %143, %7332 : f32[16,64] @ models/lib/nn.yaml:79:7
%7334 = all_reduce_sum %3594 : f32[16] @ models/lib/nn.yaml:80:7
%7335 = mul %7334, %7334 : f32[16] @ models/lib/nn.yaml:80:7
%7336 = reduce_sum %7335 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7337 = sqrt %7336 : f32[] @ models/lib/nn.yaml:80:7
%7338 = cast %7337 : f64[] @ models/lib/nn.yaml:80:7
%7339 = add %7338, %4252 : f64[] @ models/lib/nn.yaml:80:7
%7340 = div %4254, %7339 : f64[] @ models/lib/nn.yaml:80:7
%7341 = lt %7340, %4256 : bool[] @ models/lib/nn.yaml:80:7
%7342 = cast %7340 : f32[] @ models/lib/nn.yaml:80:7
%7343 = broadcast %7342 : f32[16] @ models/lib/nn.yaml:80:7
%7344 = mul %7334, %7343 : f32[16] @ models/lib/nn.yaml:80:7
%7345 = broadcast %7341 : bool[16] @ models/lib/nn.yaml:80:7
%7346 = select %7345, %7344, %7334 : f32[16] @ models/lib/nn.yaml:80:7
%7347 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7348 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7349 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7350 = add %7349, %4266 : i64[] @ models/lib/nn.yaml:80:7
%7351 = mul %7346, %4398 : f32[16] @ models/lib/nn.yaml:80:7
%7352 = mul %7347, %4400 : f32[16] @ models/lib/nn.yaml:80:7
%7353 = add %7352, %7351 : f32[16] @ models/lib/nn.yaml:80:7
%7354 = mul %7346, %7346 : f32[16] @ models/lib/nn.yaml:80:7
%7355 = mul %7354, %4404 : f32[16] @ models/lib/nn.yaml:80:7
%7356 = mul %7348, %4406 : f32[16] @ models/lib/nn.yaml:80:7
%7357 = add %7356, %7355 : f32[16] @ models/lib/nn.yaml:80:7
%7358 = cast %7350 : f64[] @ models/lib/nn.yaml:80:7
%7359 = pow %4275, %7358 : f64[] @ models/lib/nn.yaml:80:7
%7360 = sub %4256, %7359 : f64[] @ models/lib/nn.yaml:80:7
%7361 = div %2558, %7360 : f64[] @ models/lib/nn.yaml:80:7
%7362 = pow %4283, %7358 : f64[] @ models/lib/nn.yaml:80:7
%7363 = sub %4256, %7362 : f64[] @ models/lib/nn.yaml:80:7
%7364 = sqrt %7363 : f64[] @ models/lib/nn.yaml:80:7
%7365 = div %4256, %7364 : f64[] @ models/lib/nn.yaml:80:7
%7366 = sqrt %7357 : f32[16] @ models/lib/nn.yaml:80:7
%7367 = cast %7365 : f32[] @ models/lib/nn.yaml:80:7
%7368 = broadcast %7367 : f32[16] @ models/lib/nn.yaml:80:7
%7369 = mul %7366, %7368 : f32[16] @ models/lib/nn.yaml:80:7
%7370 = add %7369, %4421 : f32[16] @ models/lib/nn.yaml:80:7
%7371 = div %7353, %7370 : f32[16] @ models/lib/nn.yaml:80:7
%7372 = cast %7361 : f32[] @ models/lib/nn.yaml:80:7
%7373 = broadcast %7372 : f32[16] @ models/lib/nn.yaml:80:7
%7374 = mul %7371, %7373 : f32[16] @ models/lib/nn.yaml:80:7
%7375 = sub %66, %7374 : f32[16] @ models/lib/nn.yaml:80:7
%7376 = assign %66, %7375 : f32[16] @ models/lib/nn.yaml:80:7
%7377 = assign %7347, %7353 : f32[16] @ models/lib/nn.yaml:80:7
%7378 = assign %7348, %7357 : f32[16] @ models/lib/nn.yaml:80:7
%7379 = assign %7349, %7350 : i64[] @ models/lib/nn.yaml:80:7
%7380 = mul %144, %4432 : f32[16] @ models/lib/nn.yaml:80:7
%7381 = mul %7375, %4434 : f32[16] @ models/lib/nn.yaml:80:7
%7382 = add %7380, %7381 : f32[16] @ models/lib/nn.yaml:80:7
%7383 = assign %144, %7382 : f32[16] @ models/lib/nn.yaml:80:7
%7384 = all_reduce_sum %3571 : f32[16] @ models/lib/nn.yaml:89:7
%7385 = mul %7384, %7384 : f32[16] @ models/lib/nn.yaml:89:7
%7386 = reduce_sum %7385 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7387 = sqrt %7386 : f32[] @ models/lib/nn.yaml:89:7
%7388 = cast %7387 : f64[] @ models/lib/nn.yaml:89:7
%7389 = add %7388, %4252 : f64[] @ models/lib/nn.yaml:89:7
%7390 = div %4254, %7389 : f64[] @ models/lib/nn.yaml:89:7
%7391 = lt %7390, %4256 : bool[] @ models/lib/nn.yaml:89:7
%7392 = cast %7390 : f32[] @ models/lib/nn.yaml:89:7
%7393 = broadcast %7392 : f32[16] @ models/lib/nn.yaml:89:7
%7394 = mul %7384, %7393 : f32[16] @ models/lib/nn.yaml:89:7
%7395 = broadcast %7391 : bool[16] @ models/lib/nn.yaml:89:7
%7396 = select %7395, %7394, %7384 : f32[16] @ models/lib/nn.yaml:89:7
%7397 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7398 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7399 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7400 = add %7399, %4266 : i64[] @ models/lib/nn.yaml:89:7
%7401 = mul %7396, %4398 : f32[16] @ models/lib/nn.yaml:89:7
%7402 = mul %7397, %4400 : f32[16] @ models/lib/nn.yaml:89:7
%7403 = add %7402, %7401 : f32[16] @ models/lib/nn.yaml:89:7
%7404 = mul %7396, %7396 : f32[16] @ models/lib/nn.yaml:89:7
%7405 = mul %7404, %4404 : f32[16] @ models/lib/nn.yaml:89:7
%7406 = mul %7398, %4406 : f32[16] @ models/lib/nn.yaml:89:7
%7407 = add %7406, %7405 : f32[16] @ models/lib/nn.yaml:89:7
%7408 = cast %7400 : f64[] @ models/lib/nn.yaml:89:7
%7409 = pow %4275, %7408 : f64[] @ models/lib/nn.yaml:89:7
%7410 = sub %4256, %7409 : f64[] @ models/lib/nn.yaml:89:7
%7411 = div %2558, %7410 : f64[] @ models/lib/nn.yaml:89:7
%7412 = pow %4283, %7408 : f64[] @ models/lib/nn.yaml:89:7
%7413 = sub %4256, %7412 : f64[] @ models/lib/nn.yaml:89:7
%7414 = sqrt %7413 : f64[] @ models/lib/nn.yaml:89:7
%7415 = div %4256, %7414 : f64[] @ models/lib/nn.yaml:89:7
%7416 = sqrt %7407 : f32[16] @ models/lib/nn.yaml:89:7
%7417 = cast %7415 : f32[] @ models/lib/nn.yaml:89:7
%7418 = broadcast %7417 : f32[16] @ models/lib/nn.yaml:89:7
%7419 = mul %7416, %7418 : f32[16] @ models/lib/nn.yaml:89:7
%7420 = add %7419, %4421 : f32[16] @ models/lib/nn.yaml:89:7
%7421 = div %7403, %7420 : f32[16] @ models/lib/nn.yaml:89:7
%7422 = cast %7411 : f32[] @ models/lib/nn.yaml:89:7
%7423 = broadcast %7422 : f32[16] @ models/lib/nn.yaml:89:7
%7424 = mul %7421, %7423 : f32[16] @ models/lib/nn.yaml:89:7
%7425 = sub %67, %7424 : f32[16] @ models/lib/nn.yaml:89:7
%7426 = assign %67, %7425 : f32[16] @ models/lib/nn.yaml:89:7
%7427 = assign %7397, %7403 : f32[16] @ models/lib/nn.yaml:89:7
%7428 = assign %7398, %7407 : f32[16] @ models/lib/nn.yaml:89:7
%7429 = assign %7399, %7400 : i64[] @ models/lib/nn.yaml:89:7
%7430 = mul %145, %4432 : f32[16] @ models/lib/nn.yaml:89:7
%7431 = mul %7425, %4434 : f32[16] @ models/lib/nn.yaml:89:7
%7432 = add %7430, %7431 : f32[16] @ models/lib/nn.yaml:89:7
%7433 = assign %145, %7432 : f32[16] @ models/lib/nn.yaml:89:7
%7434 = all_reduce_sum %3566 : f32[16] @ models/lib/nn.yaml:90:7
%7435 = mul %7434, %7434 : f32[16] @ models/lib/nn.yaml:90:7
%7436 = reduce_sum %7435 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7437 = sqrt %7436 : f32[] @ models/lib/nn.yaml:90:7
%7438 = cast %7437 : f64[] @ models/lib/nn.yaml:90:7
%7439 = add %7438, %4252 : f64[] @ models/lib/nn.yaml:90:7
%7440 = div %4254, %7439 : f64[] @ models/lib/nn.yaml:90:7
%7441 = lt %7440, %4256 : bool[] @ models/lib/nn.yaml:90:7
%7442 = cast %7440 : f32[] @ models/lib/nn.yaml:90:7
%7443 = broadcast %7442 : f32[16] @ models/lib/nn.yaml:90:7
%7444 = mul %7434, %7443 : f32[16] @ models/lib/nn.yaml:90:7
%7445 = broadcast %7441 : bool[16] @ models/lib/nn.yaml:90:7
%7446 = select %7445, %7444, %7434 : f32[16] @ models/lib/nn.yaml:90:7
%7447 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7448 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7449 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7450 = add %7449, %4266 : i64[] @ models/lib/nn.yaml:90:7
%7451 = mul %7446, %4398 : f32[16] @ models/lib/nn.yaml:90:7
%7452 = mul %7447, %4400 : f32[16] @ models/lib/nn.yaml:90:7
%7453 = add %7452, %7451 : f32[16] @ models/lib/nn.yaml:90:7
%7454 = mul %7446, %7446 : f32[16] @ models/lib/nn.yaml:90:7
%7455 = mul %7454, %4404 : f32[16] @ models/lib/nn.yaml:90:7
%7456 = mul %7448, %4406 : f32[16] @ models/lib/nn.yaml:90:7
%7457 = add %7456, %7455 : f32[16] @ models/lib/nn.yaml:90:7
%7458 = cast %7450 : f64[] @ models/lib/nn.yaml:90:7
%7459 = pow %4275, %7458 : f64[] @ models/lib/nn.yaml:90:7
%7460 = sub %4256, %7459 : f64[] @ models/lib/nn.yaml:90:7
%7461 = div %2558, %7460 : f64[] @ models/lib/nn.yaml:90:7
%7462 = pow %4283, %7458 : f64[] @ models/lib/nn.yaml:90:7
%7463 = sub %4256, %7462 : f64[] @ models/lib/nn.yaml:90:7
%7464 = sqrt %7463 : f64[] @ models/lib/nn.yaml:90:7
%7465 = div %4256, %7464 : f64[] @ models/lib/nn.yaml:90:7
%7466 = sqrt %7457 : f32[16] @ models/lib/nn.yaml:90:7
%7467 = cast %7465 : f32[] @ models/lib/nn.yaml:90:7
%7468 = broadcast %7467 : f32[16] @ models/lib/nn.yaml:90:7
%7469 = mul %7466, %7468 : f32[16] @ models/lib/nn.yaml:90:7
%7470 = add %7469, %4421 : f32[16] @ models/lib/nn.yaml:90:7
%7471 = div %7453, %7470 : f32[16] @ models/lib/nn.yaml:90:7
%7472 = cast %7461 : f32[] @ models/lib/nn.yaml:90:7
%7473 = broadcast %7472 : f32[16] @ models/lib/nn.yaml:90:7
%7474 = mul %7471, %7473 : f32[16] @ models/lib/nn.yaml:90:7
%7475 = sub %68, %7474 : f32[16] @ models/lib/nn.yaml:90:7
%7476 = assign %68, %7475 : f32[16] @ models/lib/nn.yaml:90:7
%7477 = assign %7447, %7453 : f32[16] @ models/lib/nn.yaml:90:7
%7478 = assign %7448, %7457 : f32[16] @ models/lib/nn.yaml:90:7
%7479 = assign %7449, %7450 : i64[] @ models/lib/nn.yaml:90:7
%7480 = mul %146, %4432 : f32[16] @ models/lib/nn.yaml:90:7
%7481 = mul %7475, %4434 : f32[16] @ models/lib/nn.yaml:90:7
%7482 = add %7480, %7481 : f32[16] @ models/lib/nn.yaml:90:7
%7483 = assign %146, %7482 : f32[16] @ models/lib/nn.yaml:90:7
%7484 = all_reduce_sum %3558 : f32[24,16] @ models/lib/nn.yaml:79:7
%7485 = reshape %7484 : f32[384] @ models/lib/nn.yaml:79:7
%7486 = mul %7485, %7485 : f32[384] @ models/lib/nn.yaml:79:7
%7487 = reduce_sum %7486 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7488 = sqrt %7487 : f32[] @ models/lib/nn.yaml:79:7
%7489 = cast %7488 : f64[] @ models/lib/nn.yaml:79:7
%7490 = add %7489, %4252 : f64[] @ models/lib/nn.yaml:79:7
%7491 = div %4254, %7490 : f64[] @ models/lib/nn.yaml:79:7
%7492 = lt %7491, %4256 : bool[] @ models/lib/nn.yaml:79:7
%7493 = cast %7491 : f32[] @ models/lib/nn.yaml:79:7
%7494 = broadcast %7493 : f32[24,16] @ models/lib/nn.yaml:79:7
%7495 = mul %7484, %7494 : f32[24,16] @ models/lib/nn.yaml:79:7
%7496 = broadcast %7492 : bool[24,16] @ models/lib/nn.yaml:79:7
%7497 = select %7496, %7495, %7484 : f32[24,16] @ models/lib/nn.yaml:79:7
%7498 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%7499 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%7500 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7501 = add %7500, %4266 : i64[] @ models/lib/nn.yaml:79:7
%7502 = broadcast %4270 : f32[24,16] @ models/lib/nn.yaml:79:7
%7503 = mul %69, %7502 : f32[24,16] @ models/lib/nn.yaml:79:7
%7504 = broadcast %2314 : f32[24,16] @ models/lib/nn.yaml:79:7
%7505 = mul %7497, %7504 : f32[24,16] @ models/lib/nn.yaml:79:7
%7506 = broadcast %1568 : f32[24,16] @ models/lib/nn.yaml:79:7
%7507 = mul %7498, %7506 : f32[24,16] @ models/lib/nn.yaml:79:7
%7508 = add %7507, %7505 : f32[24,16] @ models/lib/nn.yaml:79:7
%7509 = mul %7497, %7497 : f32[24,16] @ models/lib/nn.yaml:79:7
%7510 = broadcast %4280 : f32[24,16] @ models/lib/nn.yaml:79:7
%7511 = mul %7509, %7510 : f32[24,16] @ models/lib/nn.yaml:79:7
%7512 = broadcast %4284 : f32[24,16] @ models/lib/nn.yaml:79:7
%7513 = mul %7499, %7512 : f32[24,16] @ models/lib/nn.yaml:79:7
%7514 = add %7513, %7511 : f32[24,16] @ models/lib/nn.yaml:79:7
%7515 = cast %7501 : f64[] @ models/lib/nn.yaml:79:7
%7516 = pow %4275, %7515 : f64[] @ models/lib/nn.yaml:79:7
%7517 = sub %4256, %7516 : f64[] @ models/lib/nn.yaml:79:7
%7518 = div %2558, %7517 : f64[] @ models/lib/nn.yaml:79:7
%7519 = pow %4283, %7515 : f64[] @ models/lib/nn.yaml:79:7
%7520 = sub %4256, %7519 : f64[] @ models/lib/nn.yaml:79:7
%7521 = sqrt %7520 : f64[] @ models/lib/nn.yaml:79:7
%7522 = div %4256, %7521 : f64[] @ models/lib/nn.yaml:79:7
%7523 = sqrt %7514 : f32[24,16] @ models/lib/nn.yaml:79:7
%7524 = cast %7522 : f32[] @ models/lib/nn.yaml:79:7
%7525 = broadcast %7524 : f32[24,16] @ models/lib/nn.yaml:79:7
%7526 = mul %7523, %7525 : f32[24,16] @ models/lib/nn.yaml:79:7
%7527 = broadcast %4300 : f32[24,16] @ models/lib/nn.yaml:79:7
%7528 = add %7526, %7527 : f32[24,16] @ models/lib/nn.yaml:79:7
%7529 = div %7508, %7528 : f32[24,16] @ models/lib/nn.yaml:79:7
%7530 = cast %7518 : f32[] @ models/lib/nn.yaml:79:7
%7531 = broadcast %7530 : f32[24,16] @ models/lib/nn.yaml:79:7
%7532 = mul %7529, %7531 : f32[24,16] @ models/lib/nn.yaml:79:7
%7533 = sub %7503, %7532 : f32[24,16] @ models/lib/nn.yaml:79:7
%7534 = assign %69, %7533 : f32[24,16] @ models/lib/nn.yaml:79:7
%7535 = assign %7498, %7508 : f32[24,16] @ models/lib/nn.yaml:79:7
%7536 = assign %7499, %7514 : f32[24,16] @ models/lib/nn.yaml:79:7
%7537 = assign %7500, %7501 : i64[] @ models/lib/nn.yaml:79:7
%7538 = broadcast %4312 : f32[24,16] @ models/lib/nn.yaml:79:7
%7539 = mul %147, %7538 : f32[24,16] @ models/lib/nn.yaml:79:7
%7540 = broadcast %4316 : f32[24,16] @ models/lib/nn.yaml:79:7
%7541 = mul %7533, %7540 : f32[24,16] @ models/lib/nn.yaml:79:7
%7542 = add %7539, %7541 : f32[24,16] @ models/lib/nn.yaml:79:7
%7543 = assign %147, %7542 : f32[24,16] @ models/lib/nn.yaml:79:7
%7544 = all_reduce_sum %3553 : f32[24] @ models/lib/nn.yaml:80:7
%7545 = mul %7544, %7544 : f32[24] @ models/lib/nn.yaml:80:7
%7546 = reduce_sum %7545 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7547 = sqrt %7546 : f32[] @ models/lib/nn.yaml:80:7
%7548 = cast %7547 : f64[] @ models/lib/nn.yaml:80:7
%7549 = add %7548, %4252 : f64[] @ models/lib/nn.yaml:80:7
%7550 = div %4254, %7549 : f64[] @ models/lib/nn.yaml:80:7
%7551 = lt %7550, %4256 : bool[] @ models/lib/nn.yaml:80:7
%7552 = cast %7550 : f32[] @ models/lib/nn.yaml:80:7
%7553 = broadcast %7552 : f32[24] @ models/lib/nn.yaml:80:7
%7554 = mul %7544, %7553 : f32[24] @ models/lib/nn.yaml:80:7
%7555 = broadcast %7551 : bool[24] @ models/lib/nn.yaml:80:7
%7556 = select %7555, %7554, %7544 : f32[24] @ models/lib/nn.yaml:80:7
%7557 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%7558 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%7559 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7560 = add %7559, %4266 : i64[] @ models/lib/nn.yaml:80:7
%7561 = broadcast %2314 : f32[24] @ models/lib/nn.yaml:80:7
%7562 = mul %7556, %7561 : f32[24] @ models/lib/nn.yaml:80:7
%7563 = broadcast %1568 : f32[24] @ models/lib/nn.yaml:80:7
%7564 = mul %7557, %7563 : f32[24] @ models/lib/nn.yaml:80:7
%7565 = add %7564, %7562 : f32[24] @ models/lib/nn.yaml:80:7
%7566 = mul %7556, %7556 : f32[24] @ models/lib/nn.yaml:80:7
%7567 = broadcast %4280 : f32[24] @ models/lib/nn.yaml:80:7
%7568 = mul %7566, %7567 : f32[24] @ models/lib/nn.yaml:80:7
%7569 = broadcast %4284 : f32[24] @ models/lib/nn.yaml:80:7
%7570 = mul %7558, %7569 : f32[24] @ models/lib/nn.yaml:80:7
%7571 = add %7570, %7568 : f32[24] @ models/lib/nn.yaml:80:7
%7572 = cast %7560 : f64[] @ models/lib/nn.yaml:80:7
%7573 = pow %4275, %7572 : f64[] @ models/lib/nn.yaml:80:7
%7574 = sub %4256, %7573 : f64[] @ models/lib/nn.yaml:80:7
%7575 = div %2558, %7574 : f64[] @ models/lib/nn.yaml:80:7
%7576 = pow %4283, %7572 : f64[] @ models/lib/nn.yaml:80:7
%7577 = sub %4256, %7576 : f64[] @ models/lib/nn.yaml:80:7
%7578 = sqrt %7577 : f64[] @ models/lib/nn.yaml:80:7
%7579 = div %4256, %7578 : f64[] @ models/lib/nn.yaml:80:7
%7580 = sqrt %7571 : f32[24] @ models/lib/nn.yaml:80:7
%7581 = cast %7579 : f32[] @ models/lib/nn.yaml:80:7
%7582 = broadcast %7581 : f32[24] @ models/lib/nn.yaml:80:7
%7583 = mul %7580, %7582 : f32[24] @ models/lib/nn.yaml:80:7
%7584 = broadcast %4300 : f32[24] @ models/lib/nn.yaml:80:7
%7585 = add %7583, %7584 : f32[24] @ models/lib/nn.yaml:80:7
%7586 = div %7565, %7585 : f32[24] @ models/lib/nn.yaml:80:7
%7587 = cast %7575 : f32[] @ models/lib/nn.yaml:80:7
%7588 = broadcast %7587 : f32[24] @ models/lib/nn.yaml:80:7
%7589 = mul %7586, %7588 : f32[24] @ models/lib/nn.yaml:80:7
%7590 = sub %70, %7589 : f32[24] @ models/lib/nn.yaml:80:7
%7591 = assign %70, %7590 : f32[24] @ models/lib/nn.yaml:80:7
%7592 = assign %7557, %7565 : f32[24] @ models/lib/nn.yaml:80:7
%7593 = assign %7558, %7571 : f32[24] @ models/lib/nn.yaml:80:7
%7594 = assign %7559, %7560 : i64[] @ models/lib/nn.yaml:80:7
%7595 = broadcast %4312 : f32[24] @ models/lib/nn.yaml:80:7
%7596 = mul %148, %7595 : f32[24] @ models/lib/nn.yaml:80:7
%7597 = broadcast %4316 : f32[24] @ models/lib/nn.yaml:80:7
%7598 = mul %7590, %7597 : f32[24] @ models/lib/nn.yaml:80:7
%7599 = add %7596, %7598 : f32[24] @ models/lib/nn.yaml:80:7
%7600 = assign %148, %7599 : f32[24] @ models/lib/nn.yaml:80:7
%7601 = all_reduce_sum %3540 : f32[24,24] @ models/lib/nn.yaml:79:7
%7602 = reshape %7601 : f32[576] @ models/lib/nn.yaml:79:7
%7603 = mul %7602, %7602 : f32[576] @ models/lib/nn.yaml:79:7
%7604 = reduce_sum %7603 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7605 = sqrt %7604 : f32[] @ models/lib/nn.yaml:79:7
%7606 = cast %7605 : f64[] @ models/lib/nn.yaml:79:7
%7607 = add %7606, %4252 : f64[] @ models/lib/nn.yaml:79:7
%7608 = div %4254, %7607 : f64[] @ models/lib/nn.yaml:79:7
%7609 = lt %7608, %4256 : bool[] @ models/lib/nn.yaml:79:7
%7610 = cast %7608 : f32[] @ models/lib/nn.yaml:79:7
%7611 = broadcast %7610 : f32[24,24] @ models/lib/nn.yaml:79:7
%7612 = mul %7601, %7611 : f32[24,24] @ models/lib/nn.yaml:79:7
%7613 = broadcast %7609 : bool[24,24] @ models/lib/nn.yaml:79:7
%7614 = select %7613, %7612, %7601 : f32[24,24] @ models/lib/nn.yaml:79:7
%7615 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%7616 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%7617 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7618 = add %7617, %4266 : i64[] @ models/lib/nn.yaml:79:7
%7619 = broadcast %4270 : f32[24,24] @ models/lib/nn.yaml:79:7
%7620 = mul %71, %7619 : f32[24,24] @ models/lib/nn.yaml:79:7
%7621 = broadcast %2314 : f32[24,24] @ models/lib/nn.yaml:79:7
%7622 = mul %7614, %7621 : f32[24,24] @ models/lib/nn.yaml:79:7
%7623 = broadcast %1568 : f32[24,24] @ models/lib/nn.yaml:79:7
%7624 = mul %7615, %7623 : f32[24,24] @ models/lib/nn.yaml:79:7
%7625 = add %7624, %7622 : f32[24,24] @ models/lib/nn.yaml:79:7
%7626 = mul %7614, %7614 : f32[24,24] @ models/lib/nn.yaml:79:7
%7627 = broadcast %4280 : f32[24,24] @ models/lib/nn.yaml:79:7
%7628 = mul %7626, %7627 : f32[24,24] @ models/lib/nn.yaml:79:7
%7629 = broadcast %4284 : f32[24,24] @ models/lib/nn.yaml:79:7
%7630 = mul %7616, %7629 : f32[24,24] @ models/lib/nn.yaml:79:7
%7631 = add %7630, %7628 : f32[24,24] @ models/lib/nn.yaml:79:7
%7632 = cast %7618 : f64[] @ models/lib/nn.yaml:79:7
%7633 = pow %4275, %7632 : f64[] @ models/lib/nn.yaml:79:7
%7634 = sub %4256, %7633 : f64[] @ models/lib/nn.yaml:79:7
%7635 = div %2558, %7634 : f64[] @ models/lib/nn.yaml:79:7
%7636 = pow %4283, %7632 : f64[] @ models/lib/nn.yaml:79:7
%7637 = sub %4256, %7636 : f64[] @ models/lib/nn.yaml:79:7
%7638 = sqrt %7637 : f64[] @ models/lib/nn.yaml:79:7
%7639 = div %4256, %7638 : f64[] @ models/lib/nn.yaml:79:7
%7640 = sqrt %7631 : f32[24,24] @ models/lib/nn.yaml:79:7
%7641 = cast %7639 : f32[] @ models/lib/nn.yaml:79:7
%7642 = broadcast %7641 : f32[24,24] @ models/lib/nn.yaml:79:7
%7643 = mul %7640, %7642 : f32[24,24] @ models/lib/nn.yaml:79:7
%7644 = broadcast %4300 : f32[24,24] @ models/lib/nn.yaml:79:7
%7645 = add %7643, %7644 : f32[24,24] @ models/lib/nn.yaml:79:7
%7646 = div %7625, %7645 : f32[24,24] @ models/lib/nn.yaml:79:7
%7647 = cast %7635 : f32[] @ models/lib/nn.yaml:79:7
%7648 = broadcast %7647 : f32[24,24] @ models/lib/nn.yaml:79:7
%7649 = mul %7646, %7648 : f32[24,24] @ models/lib/nn.yaml:79:7
%7650 = sub %7620, %7649 : f32[24,24] @ models/lib/nn.yaml:79:7
%7651 = assign %71, %7650 : f32[24,24] @ models/lib/nn.yaml:79:7
%7652 = assign %7615, %7625 : f32[24,24] @ models/lib/nn.yaml:79:7
%7653 = assign %7616, %7631 : f32[24,24] @ models/lib/nn.yaml:79:7
%7654 = assign %7617, %7618 : i64[] @ models/lib/nn.yaml:79:7
%7655 = broadcast %4312 : f32[24,24] @ models/lib/nn.yaml:79:7
%7656 = mul %149, %7655 : f32[24,24] @ models/lib/nn.yaml:79:7
%7657 = broadcast %4316 : f32[24,24] @ models/lib/nn.yaml:79:7
%7658 = mul %7650, %7657 : f32[24,24] @ models/lib/nn.yaml:79:7
%7659 = add %7656, %7658 : f32[24,24] @ models/lib/nn.yaml:79:7
%7660 = assign %149, %7659 : f32[24,24] @ models/lib/nn.yaml:79:7
%7661 = all_reduce_sum %3535 : f32[24] @ models/lib/nn.yaml:80:7
%7662 = mul %7661, %7661 : f32[24] @ models/lib/nn.yaml:80:7
%7663 = reduce_sum %7662 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7664 = sqrt %7663 : f32[] @ models/lib/nn.yaml:80:7
%7665 = cast %7664 : f64[] @ models/lib/nn.yaml:80:7
%7666 = add %7665, %4252 : f64[] @ models/lib/nn.yaml:80:7
%7667 = div %4254, %7666 : f64[] @ models/lib/nn.yaml:80:7
%7668 = lt %7667, %4256 : bool[] @ models/lib/nn.yaml:80:7
%7669 = cast %7667 : f32[] @ models/lib/nn.yaml:80:7
%7670 = broadcast %7669 : f32[24] @ models/lib/nn.yaml:80:7
%7671 = mul %7661, %7670 : f32[24] @ models/lib/nn.yaml:80:7
%7672 = broadcast %7668 : bool[24] @ models/lib/nn.yaml:80:7
%7673 = select %7672, %7671, %7661 : f32[24] @ models/lib/nn.yaml:80:7
%7674 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%7675 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%7676 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7677 = add %7676, %4266 : i64[] @ models/lib/nn.yaml:80:7
%7678 = mul %7673, %7561 : f32[24] @ models/lib/nn.yaml:80:7
%7679 = mul %7674, %7563 : f32[24] @ models/lib/nn.yaml:80:7
%7680 = add %7679, %7678 : f32[24] @ models/lib/nn.yaml:80:7
%7681 = mul %7673, %7673 : f32[24] @ models/lib/nn.yaml:80:7
%7682 = mul %7681, %7567 : f32[24] @ models/lib/nn.yaml:80:7
%7683 = mul %7675, %7569 : f32[24] @ models/lib/nn.yaml:80:7
%7684 = add %7683, %7682 : f32[24] @ models/lib/nn.yaml:80:7
%7685 = cast %7677 : f64[] @ models/lib/nn.yaml:80:7
%7686 = pow %4275, %7685 : f64[] @ models/lib/nn.yaml:80:7
%7687 = sub %4256, %7686 : f64[] @ models/lib/nn.yaml:80:7
%7688 = div %2558, %7687 : f64[] @ models/lib/nn.yaml:80:7
%7689 = pow %4283, %7685 : f64[] @ models/lib/nn.yaml:80:7
%7690 = sub %4256, %7689 : f64[] @ models/lib/nn.yaml:80:7
%7691 = sqrt %7690 : f64[] @ models/lib/nn.yaml:80:7
%7692 = div %4256, %7691 : f64[] @ models/lib/nn.yaml:80:7
%7693 = sqrt %7684 : f32[24] @ models/lib/nn.yaml:80:7
%7694 = cast %7692 : f32[] @ models/lib/nn.yaml:80:7
%7695 = broadcast %7694 : f32[24] @ models/lib/nn.yaml:80:7
%7696 = mul %7693, %7695 : f32[24] @ models/lib/nn.yaml:80:7
%7697 = add %7696, %7584 : f32[24] @ models/lib/nn.yaml:80:7
%7698 = div %7680, %7697 : f32[24] @ models/lib/nn.yaml:80:7
%7699 = cast %7688 : f32[] @ models/lib/nn.yaml:80:7
%7700 = broadcast %7699 : f32[24] @ models/lib/nn.yaml:80:7
%7701 = mul %7698, %7700 : f32[24] @ models/lib/nn.yaml:80:7
%7702 = sub %72, %7701 : f32[24] @ models/lib/nn.yaml:80:7
%7703 = assign %72, %7702 : f32[24] @ models/lib/nn.yaml:80:7
%7704 = assign %7674, %7680 : f32[24] @ models/lib/nn.yaml:80:7
%7705 = assign %7675, %7684 : f32[24] @ models/lib/nn.yaml:80:7
%7706 = assign %7676, %7677 : i64[] @ models/lib/nn.yaml:80:7
%7707 = mul %150, %7595 : f32[24] @ models/lib/nn.yaml:80:7
%7708 = mul %7702, %7597 : f32[24] @ models/lib/nn.yaml:80:7
%7709 = add %7707, %7708 : f32[24] @ models/lib/nn.yaml:80:7
%7710 = assign %150, %7709 : f32[24] @ models/lib/nn.yaml:80:7
%7711 = all_reduce_sum %3522 : f32[8,24] @ models/lib/nn.yaml:79:7
%7712 = reshape %7711 : f32[192] @ models/lib/nn.yaml:79:7
%7713 = mul %7712, %7712 : f32[192] @ models/lib/nn.yaml:79:7
%7714 = reduce_sum %7713 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7715 = sqrt %7714 : f32[] @ models/lib/nn.yaml:79:7
%7716 = cast %7715 : f64[] @ models/lib/nn.yaml:79:7
%7717 = add %7716, %4252 : f64[] @ models/lib/nn.yaml:79:7
%7718 = div %4254, %7717 : f64[] @ models/lib/nn.yaml:79:7
%7719 = lt %7718, %4256 : bool[] @ models/lib/nn.yaml:79:7
%7720 = cast %7718 : f32[] @ models/lib/nn.yaml:79:7
%7721 = broadcast %7720 : f32[8,24] @ models/lib/nn.yaml:79:7
%7722 = mul %7711, %7721 : f32[8,24] @ models/lib/nn.yaml:79:7
%7723 = broadcast %7719 : bool[8,24] @ models/lib/nn.yaml:79:7
%7724 = select %7723, %7722, %7711 : f32[8,24] @ models/lib/nn.yaml:79:7
%7725 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%7726 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%7727 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7728 = add %7727, %4266 : i64[] @ models/lib/nn.yaml:79:7
%7729 = broadcast %4270 : f32[8,24] @ models/lib/nn.yaml:79:7
%7730 = mul %73, %7729 : f32[8,24] @ models/lib/nn.yaml:79:7
%7731 = broadcast %2314 : f32[8,24] @ models/lib/nn.yaml:79:7
%7732 = mul %7724, %7731 : f32[8,24] @ models/lib/nn.yaml:79:7
%7733 = broadcast %1568 : f32[8,24] @ models/lib/nn.yaml:79:7
%7734 = mul %7725, %7733 : f32[8,24] @ models/lib/nn.yaml:79:7
%7735 = add %7734, %7732 : f32[8,24] @ models/lib/nn.yaml:79:7
%7736 = mul %7724, %7724 : f32[8,24] @ models/lib/nn.yaml:79:7
%7737 = broadcast %4280 : f32[8,24] @ models/lib/nn.yaml:79:7
%7738 = mul %7736, %7737 : f32[8,24] @ models/lib/nn.yaml:79:7
%7739 = broadcast %4284 : f32[8,24] @ models/lib/nn.yaml:79:7
%7740 = mul %7726, %7739 : f32[8,24] @ models/lib/nn.yaml:79:7
%7741 = add %7740, %7738 : f32[8,24] @ models/lib/nn.yaml:79:7
%7742 = cast %7728 : f64[] @ models/lib/nn.yaml:79:7
%7743 = pow %4275, %7742 : f64[] @ models/lib/nn.yaml:79:7
%7744 = sub %4256, %7743 : f64[] @ models/lib/nn.yaml:79:7
%7745 = div %2558, %7744 : f64[] @ models/lib/nn.yaml:79:7
%7746 = pow %4283, %7742 : f64[] @ models/lib/nn.yaml:79:7
%7747 = sub %4256, %7746 : f64[] @ models/lib/nn.yaml:79:7
%7748 = sqrt %7747 : f64[] @ models/lib/nn.yaml:79:7
%7749 = div %4256, %7748 : f64[] @ models/lib/nn.yaml:79:7
%7750 = sqrt %7741 : f32[8,24] @ models/lib/nn.yaml:79:7
%7751 = cast %7749 : f32[] @ models/lib/nn.yaml:79:7
%7752 = broadcast %7751 : f32[8,24] @ models/lib/nn.yaml:79:7
%7753 = mul %7750, %7752 : f32[8,24] @ models/lib/nn.yaml:79:7
%7754 = broadcast %4300 : f32[8,24] @ models/lib/nn.yaml:79:7
%7755 = add %7753, %7754 : f32[8,24] @ models/lib/nn.yaml:79:7
%7756 = div %7735, %7755 : f32[8,24] @ models/lib/nn.yaml:79:7
%7757 = cast %7745 : f32[] @ models/lib/nn.yaml:79:7
%7758 = broadcast %7757 : f32[8,24] @ models/lib/nn.yaml:79:7
%7759 = mul %7756, %7758 : f32[8,24] @ models/lib/nn.yaml:79:7
%7760 = sub %7730, %7759 : f32[8,24] @ models/lib/nn.yaml:79:7
%7761 = assign %73, %7760 : f32[8,24] @ models/lib/nn.yaml:79:7
%7762 = assign %7725, %7735 : f32[8,24] @ models/lib/nn.yaml:79:7
%7763 = assign %7726, %7741 : f32[8,24] @ models/lib/nn.yaml:79:7
%7764 = assign %7727, %7728 : i64[] @ models/lib/nn.yaml:79:7
%7765 = broadcast %4312 : f32[8,24] @ models/lib/nn.yaml:79:7
%7766 = mul %151, %7765 : f32[8,24] @ models/lib/nn.yaml:79:7
%7767 = broadcast %4316 : f32[8,24] @ models/lib/nn.yaml:79:7
%7768 = mul %7760, %7767 : f32[8,24] @ models/lib/nn.yaml:79:7
%7769 = add %7766, %7768 : f32[8,24] @ models/lib/nn.yaml:79:7
%7770 = assign %151, %7769 : f32[8,24] @ models/lib/nn.yaml:79:7
%7771 = all_reduce_sum %3517 : f32[8] @ models/lib/nn.yaml:80:7
%7772 = mul %7771, %7771 : f32[8] @ models/lib/nn.yaml:80:7
%7773 = reduce_sum %7772 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7774 = sqrt %7773 : f32[] @ models/lib/nn.yaml:80:7
%7775 = cast %7774 : f64[] @ models/lib/nn.yaml:80:7
%7776 = add %7775, %4252 : f64[] @ models/lib/nn.yaml:80:7
%7777 = div %4254, %7776 : f64[] @ models/lib/nn.yaml:80:7
%7778 = lt %7777, %4256 : bool[] @ models/lib/nn.yaml:80:7
%7779 = cast %7777 : f32[] @ models/lib/nn.yaml:80:7
%7780 = broadcast %7779 : f32[8] @ models/lib/nn.yaml:80:7
%7781 = mul %7771, %7780 : f32[8] @ models/lib/nn.yaml:80:7
%7782 = broadcast %7778 : bool[8] @ models/lib/nn.yaml:80:7
%7783 = select %7782, %7781, %7771 : f32[8] @ models/lib/nn.yaml:80:7
%7784 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%7785 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%7786 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7787 = add %7786, %4266 : i64[] @ models/lib/nn.yaml:80:7
%7788 = broadcast %2314 : f32[8] @ models/lib/nn.yaml:80:7
%7789 = mul %7783, %7788 : f32[8] @ models/lib/nn.yaml:80:7
%7790 = broadcast %1568 : f32[8] @ models/lib/nn.yaml:80:7
%7791 = mul %7784, %7790 : f32[8] @ models/lib/nn.yaml:80:7
%7792 = add %7791, %7789 : f32[8] @ models/lib/nn.yaml:80:7
%7793 = mul %7783, %7783 : f32[8] @ models/lib/nn.yaml:80:7
%7794 = broadcast %4280 : f32[8] @ models/lib/nn.yaml:80:7
%7795 = mul %7793, %7794 : f32[8] @ models/lib/nn.yaml:80:7
%7796 = broadcast %4284 : f32[8] @ models/lib/nn.yaml:80:7
%7797 = mul %7785, %7796 : f32[8] @ models/lib/nn.yaml:80:7
%7798 = add %7797, %7795 : f32[8] @ models/lib/nn.yaml:80:7
%7799 = cast %7787 : f64[] @ models/lib/nn.yaml:80:7
%7800 = pow %4275, %7799 : f64[] @ models/lib/nn.yaml:80:7
%7801 = sub %4256, %7800 : f64[] @ models/lib/nn.yaml:80:7
%7802 = div %2558, %7801 : f64[] @ models/lib/nn.yaml:80:7
%7803 = pow %4283, %7799 : f64[] @ models/lib/nn.yaml:80:7
%7804 = sub %4256, %7803 : f64[] @ models/lib/nn.yaml:80:7
%7805 = sqrt %7804 : f64[] @ models/lib/nn.yaml:80:7
%7806 = div %4256, %7805 : f64[] @ models/lib/nn.yaml:80:7
%7807 = sqrt %7798 : f32[8] @ models/lib/nn.yaml:80:7
%7808 = cast %7806 : f32[] @ models/lib/nn.yaml:80:7
%7809 = broadcast %7808 : f32[8] @ models/lib/nn.yaml:80:7
%7810 = mul %7807, %7809 : f32[8] @ models/lib/nn.yaml:80:7
%7811 = broadcast %4300 : f32[8] @ models/lib/nn.yaml:80:7
%7812 = add %7810, %7811 : f32[8] @ models/lib/nn.yaml:80:7
%7813 = div %7792, %7812 : f32[8] @ models/lib/nn.yaml:80:7
%7814 = cast %7802 : f32[] @ models/lib/nn.yaml:80:7
%7815 = broadcast %7814 : f32[8] @ models/lib/nn.yaml:80:7
%7816 = mul %7813, %7815 : f32[8] @ models/lib/nn.yaml:80:7
%7817 = sub %74, %7816 : f32[8] @ models/lib/nn.yaml:80:7
%7818 = assign %74, %7817 : f32[8] @ models/lib/nn.yaml:80:7
%7819 = assign %7784, %7792 : f32[8] @ models/lib/nn.yaml:80:7
%7820 = assign %7785, %7798 : f32[8] @ models/lib/nn.yaml:80:7
%7821 = assign %7786, %7787 : i64[] @ models/lib/nn.yaml:80:7
%7822 = broadcast %4312 : f32[8] @ models/lib/nn.yaml:80:7
%7823 = mul %152, %7822 : f32[8] @ models/lib/nn.yaml:80:7
%7824 = broadcast %4316 : f32[8] @ models/lib/nn.yaml:80:7
%7825 = mul %7817, %7824 : f32[8] @ models/lib/nn.yaml:80:7
%7826 = add %7823, %7825 : f32[8] @ models/lib/nn.yaml:80:7
%7827 = assign %152, %7826 : f32[8] @ models/lib/nn.yaml:80:7
%7828 = broadcast %4312 : f32[32,1] @ models/lib/dino.yaml:18:7
%7829 = mul %153, %7828 : f32[32,1] @ models/lib/dino.yaml:18:7
%7830 = broadcast %4316 : f32[32,1] @ models/lib/dino.yaml:18:7
%7831 = mul %75, %7830 : f32[32,1] @ models/lib/dino.yaml:18:7
%7832 = add %7829, %7831 : f32[32,1] @ models/lib/dino.yaml:18:7
%7833 = assign %153, %7832 : f32[32,1] @ models/lib/dino.yaml:18:7
%7834 = all_reduce_sum %3499 : f32[32,8] @ models/lib/dino.yaml:19:7
%7835 = reshape %7834 : f32[256] @ models/lib/dino.yaml:19:7
%7836 = mul %7835, %7835 : f32[256] @ models/lib/dino.yaml:19:7
%7837 = reduce_sum %7836 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%7838 = sqrt %7837 : f32[] @ models/lib/dino.yaml:19:7
%7839 = cast %7838 : f64[] @ models/lib/dino.yaml:19:7
%7840 = add %7839, %4252 : f64[] @ models/lib/dino.yaml:19:7
%7841 = div %4254, %7840 : f64[] @ models/lib/dino.yaml:19:7
%7842 = lt %7841, %4256 : bool[] @ models/lib/dino.yaml:19:7
%7843 = cast %7841 : f32[] @ models/lib/dino.yaml:19:7
%7844 = broadcast %7843 : f32[32,8] @ models/lib/dino.yaml:19:7
%7845 = mul %7834, %7844 : f32[32,8] @ models/lib/dino.yaml:19:7
%7846 = broadcast %7842 : bool[32,8] @ models/lib/dino.yaml:19:7
%7847 = select %7846, %7845, %7834 : f32[32,8] @ models/lib/dino.yaml:19:7
%7848 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%7849 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%7850 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%7851 = add %7850, %4266 : i64[] @ models/lib/dino.yaml:19:7
%7852 = broadcast %4270 : f32[32,8] @ models/lib/dino.yaml:19:7
%7853 = mul %76, %7852 : f32[32,8] @ models/lib/dino.yaml:19:7
%7854 = broadcast %2314 : f32[32,8] @ models/lib/dino.yaml:19:7
%7855 = mul %7847, %7854 : f32[32,8] @ models/lib/dino.yaml:19:7
%7856 = broadcast %1568 : f32[32,8] @ models/lib/dino.yaml:19:7
%7857 = mul %7848, %7856 : f32[32,8] @ models/lib/dino.yaml:19:7
%7858 = add %7857, %7855 : f32[32,8] @ models/lib/dino.yaml:19:7
%7859 = mul %7847, %7847 : f32[32,8] @ models/lib/dino.yaml:19:7
%7860 = broadcast %4280 : f32[32,8] @ models/lib/dino.yaml:19:7
%7861 = mul %7859, %7860 : f32[32,8] @ models/lib/dino.yaml:19:7
%7862 = broadcast %4284 : f32[32,8] @ models/lib/dino.yaml:19:7
%7863 = mul %7849, %7862 : f32[32,8] @ models/lib/dino.yaml:19:7
%7864 = add %7863, %7861 : f32[32,8] @ models/lib/dino.yaml:19:7
%7865 = cast %7851 : f64[] @ models/lib/dino.yaml:19:7
%7866 = pow %4275, %7865 : f64[] @ models/lib/dino.yaml:19:7
%7867 = sub %4256, %7866 : f64[] @ models/lib/dino.yaml:19:7
%7868 = div %2558, %7867 : f64[] @ models/lib/dino.yaml:19:7
%7869 = pow %4283, %7865 : f64[] @ models/lib/dino.yaml:19:7
%7870 = sub %4256, %7869 : f64[] @ models/lib/dino.yaml:19:7
%7871 = sqrt %7870 : f64[] @ models/lib/dino.yaml:19:7
%7872 = div %4256, %7871 : f64[] @ models/lib/dino.yaml:19:7
%7873 = sqrt %7864 : f32[32,8] @ models/lib/dino.yaml:19:7
%7874 = cast %7872 : f32[] @ models/lib/dino.yaml:19:7
%7875 = broadcast %7874 : f32[32,8] @ models/lib/dino.yaml:19:7
%7876 = mul %7873, %7875 : f32[32,8] @ models/lib/dino.yaml:19:7
%7877 = broadcast %4300 : f32[32,8] @ models/lib/dino.yaml:19:7
%7878 = add %7876, %7877 : f32[32,8] @ models/lib/dino.yaml:19:7
%7879 = div %7858, %7878 : f32[32,8] @ models/lib/dino.yaml:19:7
%7880 = cast %7868 : f32[] @ models/lib/dino.yaml:19:7
%7881 = broadcast %7880 : f32[32,8] @ models/lib/dino.yaml:19:7
%7882 = mul %7879, %7881 : f32[32,8] @ models/lib/dino.yaml:19:7
%7883 = sub %7853, %7882 : f32[32,8] @ models/lib/dino.yaml:19:7
%7884 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%7885 = lt %7884, %4266 : bool[] @ models/lib/dino.yaml:19:7
%7886 = broadcast %7885 : bool[32,8] @ models/lib/dino.yaml:19:7
%7887 = select %7886, %76, %7883 : f32[32,8] @ models/lib/dino.yaml:19:7
%7888 = select %7886, %7848, %7858 : f32[32,8] @ models/lib/dino.yaml:19:7
%7889 = select %7886, %7849, %7864 : f32[32,8] @ models/lib/dino.yaml:19:7
%7890 = select %7885, %7850, %7851 : i64[] @ models/lib/dino.yaml:19:7
%7891 = assign %76, %7887 : f32[32,8] @ models/lib/dino.yaml:19:7
%7892 = assign %7848, %7888 : f32[32,8] @ models/lib/dino.yaml:19:7
%7893 = assign %7849, %7889 : f32[32,8] @ models/lib/dino.yaml:19:7
%7894 = assign %7850, %7890 : i64[] @ models/lib/dino.yaml:19:7
%7895 = broadcast %4312 : f32[32,8] @ models/lib/dino.yaml:19:7
%7896 = mul %154, %7895 : f32[32,8] @ models/lib/dino.yaml:19:7
%7897 = broadcast %4316 : f32[32,8] @ models/lib/dino.yaml:19:7
%7898 = mul %7887, %7897 : f32[32,8] @ models/lib/dino.yaml:19:7
%7899 = add %7896, %7898 : f32[32,8] @ models/lib/dino.yaml:19:7
%7900 = assign %154, %7899 : f32[32,8] @ models/lib/dino.yaml:19:7
%7901 = all_reduce_sum %3482 : f32[24,16] @ models/lib/nn.yaml:79:7
%7902 = reshape %7901 : f32[384] @ models/lib/nn.yaml:79:7
%7903 = mul %7902, %7902 : f32[384] @ models/lib/nn.yaml:79:7
%7904 = reduce_sum %7903 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7905 = sqrt %7904 : f32[] @ models/lib/nn.yaml:79:7
%7906 = cast %7905 : f64[] @ models/lib/nn.yaml:79:7
%7907 = add %7906, %4252 : f64[] @ models/lib/nn.yaml:79:7
%7908 = div %4254, %7907 : f64[] @ models/lib/nn.yaml:79:7
%7909 = lt %7908, %4256 : bool[] @ models/lib/nn.yaml:79:7
%7910 = cast %7908 : f32[] @ models/lib/nn.yaml:79:7
%7911 = broadcast %7910 : f32[24,16] @ models/lib/nn.yaml:79:7
%7912 = mul %7901, %7911 : f32[24,16] @ models/lib/nn.yaml:79:7
%7913 = broadcast %7909 : bool[24,16] @ models/lib/nn.yaml:79:7
%7914 = select %7913, %7912, %7901 : f32[24,16] @ models/lib/nn.yaml:79:7
%7915 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%7916 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%7917 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7918 = add %7917, %4266 : i64[] @ models/lib/nn.yaml:79:7
%7919 = mul %77, %7502 : f32[24,16] @ models/lib/nn.yaml:79:7
%7920 = mul %7914, %7504 : f32[24,16] @ models/lib/nn.yaml:79:7
%7921 = mul %7915, %7506 : f32[24,16] @ models/lib/nn.yaml:79:7
%7922 = add %7921, %7920 : f32[24,16] @ models/lib/nn.yaml:79:7
%7923 = mul %7914, %7914 : f32[24,16] @ models/lib/nn.yaml:79:7
%7924 = mul %7923, %7510 : f32[24,16] @ models/lib/nn.yaml:79:7
%7925 = mul %7916, %7512 : f32[24,16] @ models/lib/nn.yaml:79:7
%7926 = add %7925, %7924 : f32[24,16] @ models/lib/nn.yaml:79:7
%7927 = cast %7918 : f64[] @ models/lib/nn.yaml:79:7
%7928 = pow %4275, %7927 : f64[] @ models/lib/nn.yaml:79:7
%7929 = sub %4256, %7928 : f64[] @ models/lib/nn.yaml:79:7
%7930 = div %2558, %7929 : f64[] @ models/lib/nn.yaml:79:7
%7931 = pow %4283, %7927 : f64[] @ models/lib/nn.yaml:79:7
%7932 = sub %4256, %7931 : f64[] @ models/lib/nn.yaml:79:7
%7933 = sqrt %7932 : f64[] @ models/lib/nn.yaml:79:7
%7934 = div %4256, %7933 : f64[] @ models/lib/nn.yaml:79:7
%7935 = sqrt %7926 : f32[24,16] @ models/lib/nn.yaml:79:7
%7936 = cast %7934 : f32[] @ models/lib/nn.yaml:79:7
%7937 = broadcast %7936 : f32[24,16] @ models/lib/nn.yaml:79:7
%7938 = mul %7935, %7937 : f32[24,16] @ models/lib/nn.yaml:79:7
%7939 = add %7938, %7527 : f32[24,16] @ models/lib/nn.yaml:79:7
%7940 = div %7922, %7939 : f32[24,16] @ models/lib/nn.yaml:79:7
%7941 = cast %7930 : f32[] @ models/lib/nn.yaml:79:7
%7942 = broadcast %7941 : f32[24,16] @ models/lib/nn.yaml:79:7
%7943 = mul %7940, %7942 : f32[24,16] @ models/lib/nn.yaml:79:7
%7944 = sub %7919, %7943 : f32[24,16] @ models/lib/nn.yaml:79:7
%7945 = assign %77, %7944 : f32[24,16] @ models/lib/nn.yaml:79:7
%7946 = assign %7915, %7922 : f32[24,16] @ models/lib/nn.yaml:79:7
%7947 = assign %7916, %7926 : f32[24,16] @ models/lib/nn.yaml:79:7
%7948 = assign %7917, %7918 : i64[] @ models/lib/nn.yaml:79:7
%7949 = mul %155, %7538 : f32[24,16] @ models/lib/nn.yaml:79:7
%7950 = mul %7944, %7540 : f32[24,16] @ models/lib/nn.yaml:79:7
%7951 = add %7949, %7950 : f32[24,16] @ models/lib/nn.yaml:79:7
%7952 = assign %155, %7951 : f32[24,16] @ models/lib/nn.yaml:79:7
%7953 = all_reduce_sum %3477 : f32[24] @ models/lib/nn.yaml:80:7
%7954 = mul %7953, %7953 : f32[24] @ models/lib/nn.yaml:80:7
%7955 = reduce_sum %7954 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7956 = sqrt %7955 : f32[] @ models/lib/nn.yaml:80:7
%7957 = cast %7956 : f64[] @ models/lib/nn.yaml:80:7
%7958 = add %7957, %4252 : f64[] @ models/lib/nn.yaml:80:7
%7959 = div %4254, %7958 : f64[] @ models/lib/nn.yaml:80:7
%7960 = lt %7959, %4256 : bool[] @ models/lib/nn.yaml:80:7
%7961 = cast %7959 : f32[] @ models/lib/nn.yaml:80:7
%7962 = broadcast %7961 : f32[24] @ models/lib/nn.yaml:80:7
%7963 = mul %7953, %7962 : f32[24] @ models/lib/nn.yaml:80:7
%7964 = broadcast %7960 : bool[24] @ models/lib/nn.yaml:80:7
%7965 = select %7964, %7963, %7953 : f32[24] @ models/lib/nn.yaml:80:7
%7966 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%7967 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%7968 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7969 = add %7968, %4266 : i64[] @ models/lib/nn.yaml:80:7
%7970 = mul %7965, %7561 : f32[24] @ models/lib/nn.yaml:80:7
%7971 = mul %7966, %7563 : f32[24] @ models/lib/nn.yaml:80:7
%7972 = add %7971, %7970 : f32[24] @ models/lib/nn.yaml:80:7
%7973 = mul %7965, %7965 : f32[24] @ models/lib/nn.yaml:80:7
%7974 = mul %7973, %7567 : f32[24] @ models/lib/nn.yaml:80:7
%7975 = mul %7967, %7569 : f32[24] @ models/lib/nn.yaml:80:7
%7976 = add %7975, %7974 : f32[24] @ models/lib/nn.yaml:80:7
%7977 = cast %7969 : f64[] @ models/lib/nn.yaml:80:7
%7978 = pow %4275, %7977 : f64[] @ models/lib/nn.yaml:80:7
%7979 = sub %4256, %7978 : f64[] @ models/lib/nn.yaml:80:7
%7980 = div %2558, %7979 : f64[] @ models/lib/nn.yaml:80:7
%7981 = pow %4283, %7977 : f64[] @ models/lib/nn.yaml:80:7
%7982 = sub %4256, %7981 : f64[] @ models/lib/nn.yaml:80:7
%7983 = sqrt %7982 : f64[] @ models/lib/nn.yaml:80:7
%7984 = div %4256, %7983 : f64[] @ models/lib/nn.yaml:80:7
%7985 = sqrt %7976 : f32[24] @ models/lib/nn.yaml:80:7
%7986 = cast %7984 : f32[] @ models/lib/nn.yaml:80:7
%7987 = broadcast %7986 : f32[24] @ models/lib/nn.yaml:80:7
%7988 = mul %7985, %7987 : f32[24] @ models/lib/nn.yaml:80:7
%7989 = add %7988, %7584 : f32[24] @ models/lib/nn.yaml:80:7
%7990 = div %7972, %7989 : f32[24] @ models/lib/nn.yaml:80:7
%7991 = cast %7980 : f32[] @ models/lib/nn.yaml:80:7
%7992 = broadcast %7991 : f32[24] @ models/lib/nn.yaml:80:7
%7993 = mul %7990, %7992 : f32[24] @ models/lib/nn.yaml:80:7
%7994 = sub %78, %7993 : f32[24] @ models/lib/nn.yaml:80:7
%7995 = assign %78, %7994 : f32[24] @ models/lib/nn.yaml:80:7
%7996 = assign %7966, %7972 : f32[24] @ models/lib/nn.yaml:80:7
%7997 = assign %7967, %7976 : f32[24] @ models/lib/nn.yaml:80:7
%7998 = assign %7968, %7969 : i64[] @ models/lib/nn.yaml:80:7
%7999 = mul %156, %7595 : f32[24] @ models/lib/nn.yaml:80:7
%8000 = mul %7994, %7597 : f32[24] @ models/lib/nn.yaml:80:7
%8001 = add %7999, %8000 : f32[24] @ models/lib/nn.yaml:80:7
%8002 = assign %156, %8001 : f32[24] @ models/lib/nn.yaml:80:7
%8003 = all_reduce_sum %3462 : f32[24,24] @ models/lib/nn.yaml:79:7
%8004 = reshape %8003 : f32[576] @ models/lib/nn.yaml:79:7
%8005 = mul %8004, %8004 : f32[576] @ models/lib/nn.yaml:79:7
%8006 = reduce_sum %8005 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8007 = sqrt %8006 : f32[] @ models/lib/nn.yaml:79:7
%8008 = cast %8007 : f64[] @ models/lib/nn.yaml:79:7
%8009 = add %8008, %4252 : f64[] @ models/lib/nn.yaml:79:7
%8010 = div %4254, %8009 : f64[] @ models/lib/nn.yaml:79:7
%8011 = lt %8010, %4256 : bool[] @ models/lib/nn.yaml:79:7
%8012 = cast %8010 : f32[] @ models/lib/nn.yaml:79:7
%8013 = broadcast %8012 : f32[24,24] @ models/lib/nn.yaml:79:7
%8014 = mul %8003, %8013 : f32[24,24] @ models/lib/nn.yaml:79:7
%8015 = broadcast %8011 : bool[24,24] @ models/lib/nn.yaml:79:7
%8016 = select %8015, %8014, %8003 : f32[24,24] @ models/lib/nn.yaml:79:7
%8017 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%8018 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%8019 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8020 = add %8019, %4266 : i64[] @ models/lib/nn.yaml:79:7
%8021 = mul %79, %7619 : f32[24,24] @ models/lib/nn.yaml:79:7
%8022 = mul %8016, %7621 : f32[24,24] @ models/lib/nn.yaml:79:7
%8023 = mul %8017, %7623 : f32[24,24] @ models/lib/nn.yaml:79:7
%8024 = add %8023, %8022 : f32[24,24] @ models/lib/nn.yaml:79:7
%8025 = mul %8016, %8016 : f32[24,24] @ models/lib/nn.yaml:79:7
%8026 = mul %8025, %7627 : f32[24,24] @ models/lib/nn.yaml:79:7
%8027 = mul %8018, %7629 : f32[24,24] @ models/lib/nn.yaml:79:7
%8028 = add %8027, %8026 : f32[24,24] @ models/lib/nn.yaml:79:7
%8029 = cast %8020 : f64[] @ models/lib/nn.yaml:79:7
%8030 = pow %4275, %8029 : f64[] @ models/lib/nn.yaml:79:7
%8031 = sub %4256, %8030 : f64[] @ models/lib/nn.yaml:79:7
%8032 = div %2558, %8031 : f64[] @ models/lib/nn.yaml:79:7
%8033 = pow %4283, %8029 : f64[] @ models/lib/nn.yaml:79:7
%8034 = sub %4256, %8033 : f64[] @ models/lib/nn.yaml:79:7
%8035 = sqrt %8034 : f64[] @ models/lib/nn.yaml:79:7
%8036 = div %4256, %8035 : f64[] @ models/lib/nn.yaml:79:7
%8037 = sqrt %8028 : f32[24,24] @ models/lib/nn.yaml:79:7
%8038 = cast %8036 : f32[] @ models/lib/nn.yaml:79:7
%8039 = broadcast %8038 : f32[24,24] @ models/lib/nn.yaml:79:7
%8040 = mul %8037, %8039 : f32[24,24] @ models/lib/nn.yaml:79:7
%8041 = add %8040, %7644 : f32[24,24] @ models/lib/nn.yaml:79:7
%8042 = div %8024, %8041 : f32[24,24] @ models/lib/nn.yaml:79:7
%8043 = cast %8032 : f32[] @ models/lib/nn.yaml:79:7
%8044 = broadcast %8043 : f32[24,24] @ models/lib/nn.yaml:79:7
%8045 = mul %8042, %8044 : f32[24,24] @ models/lib/nn.yaml:79:7
%8046 = sub %8021, %8045 : f32[24,24] @ models/lib/nn.yaml:79:7
%8047 = assign %79, %8046 : f32[24,24] @ models/lib/nn.yaml:79:7
%8048 = assign %8017, %8024 : f32[24,24] @ models/lib/nn.yaml:79:7
%8049 = assign %8018, %8028 : f32[24,24] @ models/lib/nn.yaml:79:7
%8050 = assign %8019, %8020 : i64[] @ models/lib/nn.yaml:79:7
%8051 = mul %157, %7655 : f32[24,24] @ models/lib/nn.yaml:79:7
%8052 = mul %8046, %7657 : f32[24,24] @ models/lib/nn.yaml:79:7
%8053 = add %8051, %8052 : f32[24,24] @ models/lib/nn.yaml:79:7
%8054 = assign %157, %8053 : f32[24,24] @ models/lib/nn.yaml:79:7
%8055 = all_reduce_sum %3457 : f32[24] @ models/lib/nn.yaml:80:7
%8056 = mul %8055, %8055 : f32[24] @ models/lib/nn.yaml:80:7
%8057 = reduce_sum %8056 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8058 = sqrt %8057 : f32[] @ models/lib/nn.yaml:80:7
%8059 = cast %8058 : f64[] @ models/lib/nn.yaml:80:7
%8060 = add %8059, %4252 : f64[] @ models/lib/nn.yaml:80:7
%8061 = div %4254, %8060 : f64[] @ models/lib/nn.yaml:80:7
%8062 = lt %8061, %4256 : bool[] @ models/lib/nn.yaml:80:7
%8063 = cast %8061 : f32[] @ models/lib/nn.yaml:80:7
%8064 = broadcast %8063 : f32[24] @ models/lib/nn.yaml:80:7
%8065 = mul %8055, %8064 : f32[24] @ models/lib/nn.yaml:80:7
%8066 = broadcast %8062 : bool[24] @ models/lib/nn.yaml:80:7
%8067 = select %8066, %8065, %8055 : f32[24] @ models/lib/nn.yaml:80:7
%8068 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8069 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8070 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8071 = add %8070, %4266 : i64[] @ models/lib/nn.yaml:80:7
%8072 = mul %8067, %7561 : f32[24] @ models/lib/nn.yaml:80:7
%8073 = mul %8068, %7563 : f32[24] @ models/lib/nn.yaml:80:7
%8074 = add %8073, %8072 : f32[24] @ models/lib/nn.yaml:80:7
%8075 = mul %8067, %8067 : f32[24] @ models/lib/nn.yaml:80:7
%8076 = mul %8075, %7567 : f32[24] @ models/lib/nn.yaml:80:7
%8077 = mul %8069, %7569 : f32[24] @ models/lib/nn.yaml:80:7
%8078 = add %8077, %8076 : f32[24] @ models/lib/nn.yaml:80:7
%8079 = cast %8071 : f64[] @ models/lib/nn.yaml:80:7
%8080 = pow %4275, %8079 : f64[] @ models/lib/nn.yaml:80:7
%8081 = sub %4256, %8080 : f64[] @ models/lib/nn.yaml:80:7
%8082 = div %2558, %8081 : f64[] @ models/lib/nn.yaml:80:7
%8083 = pow %4283, %8079 : f64[] @ models/lib/nn.yaml:80:7
%8084 = sub %4256, %8083 : f64[] @ models/lib/nn.yaml:80:7
%8085 = sqrt %8084 : f64[] @ models/lib/nn.yaml:80:7
%8086 = div %4256, %8085 : f64[] @ models/lib/nn.yaml:80:7
%8087 = sqrt %8078 : f32[24] @ models/lib/nn.yaml:80:7
%8088 = cast %8086 : f32[] @ models/lib/nn.yaml:80:7
%8089 = broadcast %8088 : f32[24] @ models/lib/nn.yaml:80:7
%8090 = mul %8087, %8089 : f32[24] @ models/lib/nn.yaml:80:7
%8091 = add %8090, %7584 : f32[24] @ models/lib/nn.yaml:80:7
%8092 = div %8074, %8091 : f32[24] @ models/lib/nn.yaml:80:7
%8093 = cast %8082 : f32[] @ models/lib/nn.yaml:80:7
%8094 = broadcast %8093 : f32[24] @ models/lib/nn.yaml:80:7
%8095 = mul %8092, %8094 : f32[24] @ models/lib/nn.yaml:80:7
%8096 = sub %80, %8095 : f32[24] @ models/lib/nn.yaml:80:7
%8097 = assign %80, %8096 : f32[24] @ models/lib/nn.yaml:80:7
%8098 = assign %8068, %8074 : f32[24] @ models/lib/nn.yaml:80:7
%8099 = assign %8069, %8078 : f32[24] @ models/lib/nn.yaml:80:7
%8100 = assign %8070, %8071 : i64[] @ models/lib/nn.yaml:80:7
%8101 = mul %158, %7595 : f32[24] @ models/lib/nn.yaml:80:7
%8102 = mul %8096, %7597 : f32[24] @ models/lib/nn.yaml:80:7
%8103 = add %8101, %8102 : f32[24] @ models/lib/nn.yaml:80:7
%8104 = assign %158, %8103 : f32[24] @ models/lib/nn.yaml:80:7
%8105 = all_reduce_sum %3441 : f32[8,24] @ models/lib/nn.yaml:79:7
%8106 = reshape %8105 : f32[192] @ models/lib/nn.yaml:79:7
%8107 = mul %8106, %8106 : f32[192] @ models/lib/nn.yaml:79:7
%8108 = reduce_sum %8107 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8109 = sqrt %8108 : f32[] @ models/lib/nn.yaml:79:7
%8110 = cast %8109 : f64[] @ models/lib/nn.yaml:79:7
%8111 = add %8110, %4252 : f64[] @ models/lib/nn.yaml:79:7
%8112 = div %4254, %8111 : f64[] @ models/lib/nn.yaml:79:7
%8113 = lt %8112, %4256 : bool[] @ models/lib/nn.yaml:79:7
%8114 = cast %8112 : f32[] @ models/lib/nn.yaml:79:7
%8115 = broadcast %8114 : f32[8,24] @ models/lib/nn.yaml:79:7
%8116 = mul %8105, %8115 : f32[8,24] @ models/lib/nn.yaml:79:7
%8117 = broadcast %8113 : bool[8,24] @ models/lib/nn.yaml:79:7
%8118 = select %8117, %8116, %8105 : f32[8,24] @ models/lib/nn.yaml:79:7
%8119 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8120 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8121 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8122 = add %8121, %4266 : i64[] @ models/lib/nn.yaml:79:7
%8123 = mul %81, %7729 : f32[8,24] @ models/lib/nn.yaml:79:7
%8124 = mul %8118, %7731 : f32[8,24] @ models/lib/nn.yaml:79:7
%8125 = mul %8119, %7733 : f32[8,24] @ models/lib/nn.yaml:79:7
%8126 = add %8125, %8124 : f32[8,24] @ models/lib/nn.yaml:79:7
%8127 = mul %8118, %8118 : f32[8,24] @ models/lib/nn.yaml:79:7
%8128 = mul %8127, %7737 : f32[8,24] @ models/lib/nn.yaml:79:7
%8129 = mul %8120, %7739 : f32[8,24] @ models/lib/nn.yaml:79:7
%8130 = add %8129, %8128 : f32[8,24] @ models/lib/nn.yaml:79:7
%8131 = cast %8122 : f64[] @ models/lib/nn.yaml:79:7
%8132 = pow %4275, %8131 : f64[] @ models/lib/nn.yaml:79:7
%8133 = sub %4256, %8132 : f64[] @ models/lib/nn.yaml:79:7
%8134 = div %2558, %8133 : f64[] @ models/lib/nn.yaml:79:7
%8135 = pow %4283, %8131 : f64[] @ models/lib/nn.yaml:79:7
%8136 = sub %4256, %8135 : f64[] @ models/lib/nn.yaml:79:7
%8137 = sqrt %8136 : f64[] @ models/lib/nn.yaml:79:7
%8138 = div %4256, %8137 : f64[] @ models/lib/nn.yaml:79:7
%8139 = sqrt %8130 : f32[8,24] @ models/lib/nn.yaml:79:7
%8140 = cast %8138 : f32[] @ models/lib/nn.yaml:79:7
%8141 = broadcast %8140 : f32[8,24] @ models/lib/nn.yaml:79:7
%8142 = mul %8139, %8141 : f32[8,24] @ models/lib/nn.yaml:79:7
%8143 = add %8142, %7754 : f32[8,24] @ models/lib/nn.yaml:79:7
%8144 = div %8126, %8143 : f32[8,24] @ models/lib/nn.yaml:79:7
%8145 = cast %8134 : f32[] @ models/lib/nn.yaml:79:7
%8146 = broadcast %8145 : f32[8,24] @ models/lib/nn.yaml:79:7
%8147 = mul %8144, %8146 : f32[8,24] @ models/lib/nn.yaml:79:7
%8148 = sub %8123, %8147 : f32[8,24] @ models/lib/nn.yaml:79:7
%8149 = assign %81, %8148 : f32[8,24] @ models/lib/nn.yaml:79:7
%8150 = assign %8119, %8126 : f32[8,24] @ models/lib/nn.yaml:79:7
%8151 = assign %8120, %8130 : f32[8,24] @ models/lib/nn.yaml:79:7
%8152 = assign %8121, %8122 : i64[] @ models/lib/nn.yaml:79:7
%8153 = mul %159, %7765 : f32[8,24] @ models/lib/nn.yaml:79:7
%8154 = mul %8148, %7767 : f32[8,24] @ models/lib/nn.yaml:79:7
%8155 = add %8153, %8154 : f32[8,24] @ models/lib/nn.yaml:79:7
%8156 = assign %159, %8155 : f32[8,24] @ models/lib/nn.yaml:79:7
%8157 = all_reduce_sum %3436 : f32[8] @ models/lib/nn.yaml:80:7
%8158 = mul %8157, %8157 : f32[8] @ models/lib/nn.yaml:80:7
%8159 = reduce_sum %8158 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8160 = sqrt %8159 : f32[] @ models/lib/nn.yaml:80:7
%8161 = cast %8160 : f64[] @ models/lib/nn.yaml:80:7
%8162 = add %8161, %4252 : f64[] @ models/lib/nn.yaml:80:7
%8163 = div %4254, %8162 : f64[] @ models/lib/nn.yaml:80:7
%8164 = lt %8163, %4256 : bool[] @ models/lib/nn.yaml:80:7
%8165 = cast %8163 : f32[] @ models/lib/nn.yaml:80:7
%8166 = broadcast %8165 : f32[8] @ models/lib/nn.yaml:80:7
%8167 = mul %8157, %8166 : f32[8] @ models/lib/nn.yaml:80:7
%8168 = broadcast %8164 : bool[8] @ models/lib/nn.yaml:80:7
%8169 = select %8168, %8167, %8157 : f32[8] @ models/lib/nn.yaml:80:7
%8170 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%8171 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%8172 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8173 = add %8172, %4266 : i64[] @ models/lib/nn.yaml:80:7
%8174 = mul %8169, %7788 : f32[8] @ models/lib/nn.yaml:80:7
%8175 = mul %8170, %7790 : f32[8] @ models/lib/nn.yaml:80:7
%8176 = add %8175, %8174 : f32[8] @ models/lib/nn.yaml:80:7
%8177 = mul %8169, %8169 : f32[8] @ models/lib/nn.yaml:80:7
%8178 = mul %8177, %7794 : f32[8] @ models/lib/nn.yaml:80:7
%8179 = mul %8171, %7796 : f32[8] @ models/lib/nn.yaml:80:7
%8180 = add %8179, %8178 : f32[8] @ models/lib/nn.yaml:80:7
%8181 = cast %8173 : f64[] @ models/lib/nn.yaml:80:7
%8182 = pow %4275, %8181 : f64[] @ models/lib/nn.yaml:80:7
%8183 = sub %4256, %8182 : f64[] @ models/lib/nn.yaml:80:7
%8184 = div %2558, %8183 : f64[] @ models/lib/nn.yaml:80:7
%8185 = pow %4283, %8181 : f64[] @ models/lib/nn.yaml:80:7
%8186 = sub %4256, %8185 : f64[] @ models/lib/nn.yaml:80:7
%8187 = sqrt %8186 : f64[] @ models/lib/nn.yaml:80:7
%8188 = div %4256, %8187 : f64[] @ models/lib/nn.yaml:80:7
%8189 = sqrt %8180 : f32[8] @ models/lib/nn.yaml:80:7
%8190 = cast %8188 : f32[] @ models/lib/nn.yaml:80:7
%8191 = broadcast %8190 : f32[8] @ models/lib/nn.yaml:80:7
%8192 = mul %8189, %8191 : f32[8] @ models/lib/nn.yaml:80:7
%8193 = add %8192, %7811 : f32[8] @ models/lib/nn.yaml:80:7
%8194 = div %8176, %8193 : f32[8] @ models/lib/nn.yaml:80:7
%8195 = cast %8184 : f32[] @ models/lib/nn.yaml:80:7
%8196 = broadcast %8195 : f32[8] @ models/lib/nn.yaml:80:7
%8197 = mul %8194, %8196 : f32[8] @ models/lib/nn.yaml:80:7
%8198 = sub %82, %8197 : f32[8] @ models/lib/nn.yaml:80:7
%8199 = assign %82, %8198 : f32[8] @ models/lib/nn.yaml:80:7
%8200 = assign %8170, %8176 : f32[8] @ models/lib/nn.yaml:80:7
%8201 = assign %8171, %8180 : f32[8] @ models/lib/nn.yaml:80:7
%8202 = assign %8172, %8173 : i64[] @ models/lib/nn.yaml:80:7
%8203 = mul %160, %7822 : f32[8] @ models/lib/nn.yaml:80:7
%8204 = mul %8198, %7824 : f32[8] @ models/lib/nn.yaml:80:7
%8205 = add %8203, %8204 : f32[8] @ models/lib/nn.yaml:80:7
%8206 = assign %160, %8205 : f32[8] @ models/lib/nn.yaml:80:7
%8207 = broadcast %4312 : f32[16,1] @ models/lib/dino.yaml:18:7
%8208 = mul %161, %8207 : f32[16,1] @ models/lib/dino.yaml:18:7
%8209 = broadcast %4316 : f32[16,1] @ models/lib/dino.yaml:18:7
%8210 = mul %83, %8209 : f32[16,1] @ models/lib/dino.yaml:18:7
%8211 = add %8208, %8210 : f32[16,1] @ models/lib/dino.yaml:18:7
%8212 = assign %161, %8211 : f32[16,1] @ models/lib/dino.yaml:18:7
%8213 = all_reduce_sum %3413 : f32[16,8] @ models/lib/dino.yaml:19:7
%8214 = reshape %8213 : f32[128] @ models/lib/dino.yaml:19:7
%8215 = mul %8214, %8214 : f32[128] @ models/lib/dino.yaml:19:7
%8216 = reduce_sum %8215 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%8217 = sqrt %8216 : f32[] @ models/lib/dino.yaml:19:7
%8218 = cast %8217 : f64[] @ models/lib/dino.yaml:19:7
%8219 = add %8218, %4252 : f64[] @ models/lib/dino.yaml:19:7
%8220 = div %4254, %8219 : f64[] @ models/lib/dino.yaml:19:7
%8221 = lt %8220, %4256 : bool[] @ models/lib/dino.yaml:19:7
%8222 = cast %8220 : f32[] @ models/lib/dino.yaml:19:7
%8223 = broadcast %8222 : f32[16,8] @ models/lib/dino.yaml:19:7
%8224 = mul %8213, %8223 : f32[16,8] @ models/lib/dino.yaml:19:7
%8225 = broadcast %8221 : bool[16,8] @ models/lib/dino.yaml:19:7
%8226 = select %8225, %8224, %8213 : f32[16,8] @ models/lib/dino.yaml:19:7
%8227 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%8228 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%8229 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%8230 = add %8229, %4266 : i64[] @ models/lib/dino.yaml:19:7
%8231 = broadcast %4270 : f32[16,8] @ models/lib/dino.yaml:19:7
%8232 = mul %84, %8231 : f32[16,8] @ models/lib/dino.yaml:19:7
%8233 = broadcast %2314 : f32[16,8] @ models/lib/dino.yaml:19:7
%8234 = mul %8226, %8233 : f32[16,8] @ models/lib/dino.yaml:19:7
%8235 = broadcast %1568 : f32[16,8] @ models/lib/dino.yaml:19:7
%8236 = mul %8227, %8235 : f32[16,8] @ models/lib/dino.yaml:19:7
%8237 = add %8236, %8234 : f32[16,8] @ models/lib/dino.yaml:19:7
%8238 = mul %8226, %8226 : f32[16,8] @ models/lib/dino.yaml:19:7
%8239 = broadcast %4280 : f32[16,8] @ models/lib/dino.yaml:19:7
%8240 = mul %8238, %8239 : f32[16,8] @ models/lib/dino.yaml:19:7
%8241 = broadcast %4284 : f32[16,8] @ models/lib/dino.yaml:19:7
%8242 = mul %8228, %8241 : f32[16,8] @ models/lib/dino.yaml:19:7
%8243 = add %8242, %8240 : f32[16,8] @ models/lib/dino.yaml:19:7
%8244 = cast %8230 : f64[] @ models/lib/dino.yaml:19:7
%8245 = pow %4275, %8244 : f64[] @ models/lib/dino.yaml:19:7
%8246 = sub %4256, %8245 : f64[] @ models/lib/dino.yaml:19:7
%8247 = div %2558, %8246 : f64[] @ models/lib/dino.yaml:19:7
%8248 = pow %4283, %8244 : f64[] @ models/lib/dino.yaml:19:7
%8249 = sub %4256, %8248 : f64[] @ models/lib/dino.yaml:19:7
%8250 = sqrt %8249 : f64[] @ models/lib/dino.yaml:19:7
%8251 = div %4256, %8250 : f64[] @ models/lib/dino.yaml:19:7
%8252 = sqrt %8243 : f32[16,8] @ models/lib/dino.yaml:19:7
%8253 = cast %8251 : f32[] @ models/lib/dino.yaml:19:7
%8254 = broadcast %8253 : f32[16,8] @ models/lib/dino.yaml:19:7
%8255 = mul %8252, %8254 : f32[16,8] @ models/lib/dino.yaml:19:7
%8256 = broadcast %4300 : f32[16,8] @ models/lib/dino.yaml:19:7
%8257 = add %8255, %8256 : f32[16,8] @ models/lib/dino.yaml:19:7
%8258 = div %8237, %8257 : f32[16,8] @ models/lib/dino.yaml:19:7
%8259 = cast %8247 : f32[] @ models/lib/dino.yaml:19:7
%8260 = broadcast %8259 : f32[16,8] @ models/lib/dino.yaml:19:7
%8261 = mul %8258, %8260 : f32[16,8] @ models/lib/dino.yaml:19:7
%8262 = sub %8232, %8261 : f32[16,8] @ models/lib/dino.yaml:19:7
%8263 = broadcast %7885 : bool[16,8] @ models/lib/dino.yaml:19:7
%8264 = select %8263, %84, %8262 : f32[16,8] @ models/lib/dino.yaml:19:7
%8265 = select %8263, %8227, %8237 : f32[16,8] @ models/lib/dino.yaml:19:7
%8266 = select %8263, %8228, %8243 : f32[16,8] @ models/lib/dino.yaml:19:7
%8267 = select %7885, %8229, %8230 : i64[] @ models/lib/dino.yaml:19:7
%8268 = assign %84, %8264 : f32[16,8] @ models/lib/dino.yaml:19:7
%8269 = assign %8227, %8265 : f32[16,8] @ models/lib/dino.yaml:19:7
%8270 = assign %8228, %8266 : f32[16,8] @ models/lib/dino.yaml:19:7
%8271 = assign %8229, %8267 : i64[] @ models/lib/dino.yaml:19:7
%8272 = broadcast %4312 : f32[16,8] @ models/lib/dino.yaml:19:7
%8273 = mul %162, %8272 : f32[16,8] @ models/lib/dino.yaml:19:7
%8274 = broadcast %4316 : f32[16,8] @ models/lib/dino.yaml:19:7
%8275 = mul %8264, %8274 : f32[16,8] @ models/lib/dino.yaml:19:7
%8276 = add %8273, %8275 : f32[16,8] @ models/lib/dino.yaml:19:7
%8277 = assign %162, %8276 : f32[16,8] @ models/lib/dino.yaml:19:7
%8278 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%8279 = abs %2525 : f32[] @ models/dino_pass.yaml:149:3
%8280 = lt %8279, %8278 : bool[] @ models/dino_pass.yaml:149:3
%8281 = output %8280 name="finite" : bool[] @ models/dino_pass.yaml:149:3
