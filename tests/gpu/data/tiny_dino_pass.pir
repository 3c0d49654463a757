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
%2643 = concat %2580, %2572 axis=0 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%2644 = concat %2637, %2631 axis=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%2645 = matmul %2643, %1871 ta=0 tb=0 : f32[4,9,8] @ models/lib/dino.yaml:23:18
%2646 = reshape %2295 : f32[36,8] @ models/lib/dino.yaml:23:18
%2647 = reshape %2643 : f32[36,16] @ models/lib/dino.yaml:23:18
%2648 = matmul %2647, %2646 ta=1 tb=0 : f32[16,8] @ models/lib/dino.yaml:23:18
%2649 = div %2648, %1870 : f32[16,8] @ models/lib/dino.yaml:22:33
%2650 = mul %2649, %1871 : f32[16,8] @ models/lib/dino.yaml:22:33
%2651 = neg %2650 : f32[16,8] @ models/lib/dino.yaml:22:33
%2652 = reduce_sum %2651 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%2653 = broadcast %252 : f32[16,1] @ models/lib/dino.yaml:22:35
%2654 = mul %2652, %2653 : f32[16,1] @ models/lib/dino.yaml:22:35
%2655 = div %2654, %1869 : f32[16,1] @ models/lib/dino.yaml:22:35
%2656 = broadcast %2655 : f32[16,8] @ models/lib/dino.yaml:22:40
%2657 = mul %2656, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%2658 = add %2657, %2657 : f32[16,8] @ models/lib/dino.yaml:22:53
%2659 = mul %2649, %1865 : f32[16,8] @ models/lib/dino.yaml:22:22
%2660 = add %2658, %2659 : f32[16,8] @ models/lib/dino.yaml:22:22
%2661 = div %2645, %2294 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2662 = mul %2661, %2295 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2663 = neg %2662 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2664 = reduce_sum %2663 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:18
%2665 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%2666 = broadcast %2665 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2667 = broadcast %252 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2668 = mul %2664, %2667 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2669 = eq %2292, %1419 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%2670 = select %2669, %2668, %2666 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2671 = gt %2292, %1419 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%2672 = select %2671, %2664, %2670 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2673 = mul %2672, %2667 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2674 = div %2673, %2292 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2675 = broadcast %2674 : f32[4,9,8] @ models/lib/nn.yaml:33:29
%2676 = mul %2675, %2289 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%2677 = add %2661, %2676 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%2678 = add %2677, %2676 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%2679 = reduce_sum %2678 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%2680 = reshape %2679 : f32[8] @ models/lib/nn.yaml:84:18
%2681 = matmul %2678, %81 ta=0 tb=0 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%2682 = reshape %2286 : f32[36,24] @ models/lib/nn.yaml:83:15
%2683 = reshape %2678 : f32[36,8] @ models/lib/nn.yaml:83:15
%2684 = matmul %2683, %2682 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%2685 = mul %2681, %2285 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2686 = mul %2681, %2282 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2687 = mul %2283, %2283 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2688 = neg %2687 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2689 = exp %2688 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2690 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%2691 = broadcast %2690 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2692 = mul %2689, %2691 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2693 = mul %2686, %2692 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2694 = mul %2693, %1399 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2695 = mul %2685, %1397 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2696 = add %2694, %2695 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2697 = reduce_sum %2696 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%2698 = reshape %2697 : f32[24] @ models/lib/nn.yaml:84:18
%2699 = matmul %2696, %79 ta=0 tb=0 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%2700 = reshape %2278 : f32[36,24] @ models/lib/nn.yaml:83:15
%2701 = reshape %2696 : f32[36,24] @ models/lib/nn.yaml:83:15
%2702 = matmul %2701, %2700 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%2703 = mul %2699, %2277 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2704 = mul %2699, %2274 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2705 = mul %2275, %2275 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2706 = neg %2705 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2707 = exp %2706 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2708 = mul %2707, %2691 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2709 = mul %2704, %2708 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2710 = mul %2709, %1399 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2711 = mul %2703, %1397 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2712 = add %2710, %2711 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2713 = reduce_sum %2712 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%2714 = reshape %2713 : f32[24] @ models/lib/nn.yaml:84:18
%2715 = matmul %2712, %77 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%2716 = reshape %2270 : f32[36,16] @ models/lib/nn.yaml:83:15
%2717 = reshape %2712 : f32[36,24] @ models/lib/nn.yaml:83:15
%2718 = matmul %2717, %2716 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%2719 = matmul %2644, %1837 ta=0 tb=0 : f32[4,1,8] @ models/lib/dino.yaml:23:18
%2720 = reshape %2268 : f32[4,8] @ models/lib/dino.yaml:23:18
%2721 = reshape %2644 : f32[4,32] @ models/lib/dino.yaml:23:18
%2722 = matmul %2721, %2720 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%2723 = div %2722, %1836 : f32[32,8] @ models/lib/dino.yaml:22:33
%2724 = mul %2723, %1837 : f32[32,8] @ models/lib/dino.yaml:22:33
%2725 = neg %2724 : f32[32,8] @ models/lib/dino.yaml:22:33
%2726 = reduce_sum %2725 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%2727 = broadcast %252 : f32[32,1] @ models/lib/dino.yaml:22:35
%2728 = mul %2726, %2727 : f32[32,1] @ models/lib/dino.yaml:22:35
%2729 = div %2728, %1835 : f32[32,1] @ models/lib/dino.yaml:22:35
%2730 = broadcast %2729 : f32[32,8] @ models/lib/dino.yaml:22:40
%2731 = mul %2730, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%2732 = add %2731, %2731 : f32[32,8] @ models/lib/dino.yaml:22:53
%2733 = mul %2723, %1831 : f32[32,8] @ models/lib/dino.yaml:22:22
%2734 = add %2732, %2733 : f32[32,8] @ models/lib/dino.yaml:22:22
%2735 = div %2719, %2267 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2736 = mul %2735, %2268 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2737 = neg %2736 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2738 = reduce_sum %2737 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%2739 = broadcast %2665 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2740 = broadcast %252 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2741 = mul %2738, %2740 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2742 = eq %2265, %761 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%2743 = select %2742, %2741, %2739 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2744 = gt %2265, %761 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%2745 = select %2744, %2738, %2743 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2746 = mul %2745, %2740 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2747 = div %2746, %2265 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2748 = broadcast %2747 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%2749 = mul %2748, %2262 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2750 = add %2735, %2749 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2751 = add %2750, %2749 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2752 = reduce_sum %2751 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%2753 = reshape %2752 : f32[8] @ models/lib/nn.yaml:84:18
%2754 = matmul %2751, %73 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2755 = reshape %2260 : f32[4,24] @ models/lib/nn.yaml:83:15
%2756 = reshape %2751 : f32[4,8] @ models/lib/nn.yaml:83:15
%2757 = matmul %2756, %2755 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%2758 = mul %2754, %2259 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2759 = mul %2754, %2256 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2760 = mul %2257, %2257 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2761 = neg %2760 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2762 = exp %2761 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2763 = broadcast %2690 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2764 = mul %2762, %2763 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2765 = mul %2759, %2764 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2766 = mul %2765, %740 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2767 = mul %2758, %738 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2768 = add %2766, %2767 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2769 = reduce_sum %2768 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%2770 = reshape %2769 : f32[24] @ models/lib/nn.yaml:84:18
%2771 = matmul %2768, %71 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2772 = reshape %2253 : f32[4,24] @ models/lib/nn.yaml:83:15
%2773 = reshape %2768 : f32[4,24] @ models/lib/nn.yaml:83:15
%2774 = matmul %2773, %2772 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%2775 = mul %2771, %2252 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2776 = mul %2771, %2249 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2777 = mul %2250, %2250 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2778 = neg %2777 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2779 = exp %2778 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2780 = mul %2779, %2763 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2781 = mul %2776, %2780 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2782 = mul %2781, %740 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2783 = mul %2775, %738 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2784 = add %2782, %2783 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2785 = reduce_sum %2784 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%2786 = reshape %2785 : f32[24] @ models/lib/nn.yaml:84:18
%2787 = matmul %2784, %69 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2788 = reshape %2246 : f32[4,16] @ models/lib/nn.yaml:83:15
%2789 = reshape %2784 : f32[4,24] @ models/lib/nn.yaml:83:15
%2790 = matmul %2789, %2788 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%2791 = concat %2787, %2715 axis=1 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%2792 = reduce_sum %2791 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2793 = reshape %2792 : f32[16] @ models/lib/nn.yaml:96:46
%2794 = mul %2791, %2242 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2795 = mul %2791, %2241 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2796 = reduce_sum %2795 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2797 = reshape %2796 : f32[16] @ models/lib/nn.yaml:96:37
%2798 = mul %2794, %2240 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2799 = mul %2794, %2234 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2800 = reduce_sum %2799 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%2801 = mul %2239, %2239 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2802 = mul %2239, %2801 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2803 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2804 = broadcast %2803 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2805 = mul %2802, %2804 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2806 = mul %2800, %2805 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2807 = div %2806, %1190 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2808 = broadcast %2807 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%2809 = mul %2808, %2234 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2810 = add %2798, %2809 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2811 = add %2810, %2809 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2812 = neg %2811 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2813 = reduce_sum %2812 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%2814 = div %2813, %1190 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2815 = broadcast %2814 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%2816 = add %2811, %2815 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%2817 = slice %2816 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%2818 = slice %2816 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:111:21
%2819 = reduce_sum %2817 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2820 = reshape %2819 : f32[16] @ models/lib/nn.yaml:84:18
%2821 = matmul %2817, %65 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2822 = reshape %2226 : f32[4,64] @ models/lib/nn.yaml:83:15
%2823 = reshape %2817 : f32[4,16] @ models/lib/nn.yaml:83:15
%2824 = matmul %2823, %2822 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2825 = mul %2821, %2225 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2826 = mul %2821, %2222 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2827 = mul %2223, %2223 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2828 = neg %2827 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2829 = exp %2828 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2830 = broadcast %2690 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2831 = mul %2829, %2830 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2832 = mul %2826, %2831 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2833 = mul %2832, %621 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2834 = mul %2825, %619 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2835 = add %2833, %2834 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2836 = reduce_sum %2835 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2837 = reshape %2836 : f32[64] @ models/lib/nn.yaml:84:18
%2838 = matmul %2835, %63 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2839 = reshape %2219 : f32[4,16] @ models/lib/nn.yaml:83:15
%2840 = reshape %2835 : f32[4,64] @ models/lib/nn.yaml:83:15
%2841 = matmul %2840, %2839 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2842 = reduce_sum %2838 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2843 = reshape %2842 : f32[16] @ models/lib/nn.yaml:96:46
%2844 = mul %2838, %1773 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2845 = mul %2838, %2217 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2846 = reduce_sum %2845 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2847 = reshape %2846 : f32[16] @ models/lib/nn.yaml:96:37
%2848 = mul %2844, %2216 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2849 = mul %2844, %2210 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2850 = reduce_sum %2849 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%2851 = mul %2215, %2215 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2852 = mul %2215, %2851 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2853 = broadcast %2803 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2854 = mul %2852, %2853 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2855 = mul %2850, %2854 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2856 = div %2855, %600 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2857 = broadcast %2856 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%2858 = mul %2857, %2210 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2859 = add %2848, %2858 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2860 = add %2859, %2858 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2861 = add %2817, %2860 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2862 = neg %2860 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2863 = reduce_sum %2862 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%2864 = div %2863, %600 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2865 = broadcast %2864 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%2866 = add %2861, %2865 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%2867 = reduce_sum %2866 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2868 = reshape %2867 : f32[16] @ models/lib/nn.yaml:84:18
%2869 = matmul %2866, %59 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2870 = reshape %2202 : f32[4,16] @ models/lib/nn.yaml:83:15
%2871 = reshape %2866 : f32[4,16] @ models/lib/nn.yaml:83:15
%2872 = matmul %2871, %2870 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2873 = reshape %2869 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%2874 = permute %2873 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%2875 = permute %2179 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%2876 = reshape %2874 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%2877 = broadcast %2876 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%2878 = reshape %2875 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%2879 = broadcast %2878 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%2880 = mul %2877, %2879 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%2881 = reduce_sum %2880 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%2882 = permute %2195 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%2883 = reshape %2882 : f32[4,2,10,1,1] @ models/lib/nn.yaml:56:23
%2884 = broadcast %2883 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%2885 = reshape %2874 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%2886 = broadcast %2885 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%2887 = mul %2884, %2886 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%2888 = reshape %2887 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%2889 = div %2881, %2194 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2890 = mul %2889, %2195 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2891 = neg %2890 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2892 = reduce_sum %2891 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%2893 = broadcast %2892 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%2894 = add %2889, %2893 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%2895 = mul %2894, %2192 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2896 = mul %2895, %1228 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2897 = reshape %2896 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%2898 = broadcast %2897 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%2899 = reshape %2174 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%2900 = broadcast %2899 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%2901 = mul %2898, %2900 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%2902 = reduce_sum %2901 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2903 = permute %2896 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%2904 = reshape %2903 : f32[4,2,10,1,1] @ models/lib/nn.yaml:55:23
%2905 = broadcast %2904 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%2906 = reshape %2169 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%2907 = broadcast %2906 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%2908 = mul %2905, %2907 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%2909 = reshape %2908 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%2910 = permute %2888 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%2911 = reshape %2910 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%2912 = reduce_sum %2911 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2913 = reshape %2912 : f32[16] @ models/lib/nn.yaml:84:18
%2914 = matmul %2911, %57 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2915 = reshape %2164 : f32[40,16] @ models/lib/nn.yaml:83:15
%2916 = reshape %2910 : f32[40,16] @ models/lib/nn.yaml:83:15
%2917 = matmul %2916, %2915 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2918 = permute %2909 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%2919 = reshape %2918 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%2920 = reduce_sum %2919 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2921 = reshape %2920 : f32[16] @ models/lib/nn.yaml:84:18
%2922 = matmul %2919, %55 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2923 = add %2914, %2922 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2924 = reshape %2918 : f32[40,16] @ models/lib/nn.yaml:83:15
%2925 = matmul %2924, %2915 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2926 = permute %2902 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%2927 = reshape %2926 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%2928 = reduce_sum %2927 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2929 = reshape %2928 : f32[16] @ models/lib/nn.yaml:84:18
%2930 = matmul %2927, %53 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2931 = reshape %2165 : f32[4,16] @ models/lib/nn.yaml:83:15
%2932 = reshape %2926 : f32[4,16] @ models/lib/nn.yaml:83:15
%2933 = matmul %2932, %2931 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2934 = pad %2930 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%2935 = add %2923, %2934 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%2936 = reduce_sum %2935 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2937 = reshape %2936 : f32[16] @ models/lib/nn.yaml:96:46
%2938 = mul %2935, %2161 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2939 = mul %2935, %2160 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2940 = reduce_sum %2939 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2941 = reshape %2940 : f32[16] @ models/lib/nn.yaml:96:37
%2942 = mul %2938, %2159 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2943 = mul %2938, %2153 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2944 = reduce_sum %2943 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%2945 = mul %2158, %2158 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2946 = mul %2158, %2945 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2947 = mul %2946, %2804 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2948 = mul %2944, %2947 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2949 = div %2948, %1190 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2950 = broadcast %2949 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%2951 = mul %2950, %2153 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2952 = add %2942, %2951 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2953 = add %2952, %2951 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2954 = neg %2953 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2955 = reduce_sum %2954 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%2956 = div %2955, %1190 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2957 = broadcast %2956 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%2958 = add %2953, %2957 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%2959 = slice %2958 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%2960 = add %2866, %2959 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%2961 = slice %2958 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%2962 = add %2818, %2961 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%2963 = reduce_sum %2960 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2964 = reshape %2963 : f32[16] @ models/lib/nn.yaml:84:18
%2965 = matmul %2960, %49 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2966 = reshape %2145 : f32[4,64] @ models/lib/nn.yaml:83:15
%2967 = reshape %2960 : f32[4,16] @ models/lib/nn.yaml:83:15
%2968 = matmul %2967, %2966 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2969 = mul %2965, %2144 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2970 = mul %2965, %2141 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2971 = mul %2142, %2142 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2972 = neg %2971 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2973 = exp %2972 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2974 = mul %2973, %2830 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2975 = mul %2970, %2974 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2976 = mul %2975, %621 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2977 = mul %2969, %619 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2978 = add %2976, %2977 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2979 = reduce_sum %2978 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2980 = reshape %2979 : f32[64] @ models/lib/nn.yaml:84:18
%2981 = matmul %2978, %47 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2982 = reshape %2138 : f32[4,16] @ models/lib/nn.yaml:83:15
%2983 = reshape %2978 : f32[4,64] @ models/lib/nn.yaml:83:15
%2984 = matmul %2983, %2982 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2985 = reduce_sum %2981 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2986 = reshape %2985 : f32[16] @ models/lib/nn.yaml:96:46
%2987 = mul %2981, %1686 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2988 = mul %2981, %2136 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2989 = reduce_sum %2988 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2990 = reshape %2989 : f32[16] @ models/lib/nn.yaml:96:37
%2991 = mul %2987, %2135 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2992 = mul %2987, %2129 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2993 = reduce_sum %2992 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%2994 = mul %2134, %2134 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2995 = mul %2134, %2994 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2996 = mul %2995, %2853 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2997 = mul %2993, %2996 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2998 = div %2997, %600 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2999 = broadcast %2998 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%3000 = mul %2999, %2129 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3001 = add %2991, %3000 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3002 = add %3001, %3000 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3003 = add %2960, %3002 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3004 = neg %3002 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3005 = reduce_sum %3004 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3006 = div %3005, %600 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3007 = broadcast %3006 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3008 = add %3003, %3007 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3009 = reduce_sum %3008 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3010 = reshape %3009 : f32[16] @ models/lib/nn.yaml:84:18
%3011 = matmul %3008, %43 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3012 = reshape %2121 : f32[4,16] @ models/lib/nn.yaml:83:15
%3013 = reshape %3008 : f32[4,16] @ models/lib/nn.yaml:83:15
%3014 = matmul %3013, %3012 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3015 = reshape %3011 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%3016 = permute %3015 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%3017 = permute %2098 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%3018 = reshape %3016 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%3019 = broadcast %3018 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3020 = reshape %3017 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3021 = broadcast %3020 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3022 = mul %3019, %3021 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3023 = reduce_sum %3022 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3024 = permute %2114 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%3025 = reshape %3024 : f32[4,2,10,1,1] @ models/lib/nn.yaml:56:23
%3026 = broadcast %3025 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%3027 = reshape %3016 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%3028 = broadcast %3027 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%3029 = mul %3026, %3028 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%3030 = reshape %3029 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3031 = div %3023, %2113 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3032 = mul %3031, %2114 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3033 = neg %3032 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3034 = reduce_sum %3033 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3035 = broadcast %3034 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3036 = add %3031, %3035 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3037 = mul %3036, %2111 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3038 = mul %3037, %1228 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3039 = reshape %3038 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%3040 = broadcast %3039 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3041 = reshape %2093 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3042 = broadcast %3041 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3043 = mul %3040, %3042 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3044 = reduce_sum %3043 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3045 = permute %3038 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%3046 = reshape %3045 : f32[4,2,10,1,1] @ models/lib/nn.yaml:55:23
%3047 = broadcast %3046 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%3048 = reshape %2088 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%3049 = broadcast %3048 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%3050 = mul %3047, %3049 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%3051 = reshape %3050 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3052 = permute %3030 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%3053 = reshape %3052 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%3054 = reduce_sum %3053 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3055 = reshape %3054 : f32[16] @ models/lib/nn.yaml:84:18
%3056 = matmul %3053, %41 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3057 = reshape %2083 : f32[40,16] @ models/lib/nn.yaml:83:15
%3058 = reshape %3052 : f32[40,16] @ models/lib/nn.yaml:83:15
%3059 = matmul %3058, %3057 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3060 = permute %3051 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%3061 = reshape %3060 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%3062 = reduce_sum %3061 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3063 = reshape %3062 : f32[16] @ models/lib/nn.yaml:84:18
%3064 = matmul %3061, %39 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3065 = add %3056, %3064 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3066 = reshape %3060 : f32[40,16] @ models/lib/nn.yaml:83:15
%3067 = matmul %3066, %3057 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3068 = permute %3044 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%3069 = reshape %3068 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%3070 = reduce_sum %3069 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3071 = reshape %3070 : f32[16] @ models/lib/nn.yaml:84:18
%3072 = matmul %3069, %37 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3073 = reshape %2084 : f32[4,16] @ models/lib/nn.yaml:83:15
%3074 = reshape %3068 : f32[4,16] @ models/lib/nn.yaml:83:15
%3075 = matmul %3074, %3073 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3076 = pad %3072 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3077 = add %3065, %3076 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3078 = reduce_sum %3077 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3079 = reshape %3078 : f32[16] @ models/lib/nn.yaml:96:46
%3080 = mul %3077, %2080 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3081 = mul %3077, %2079 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3082 = reduce_sum %3081 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3083 = reshape %3082 : f32[16] @ models/lib/nn.yaml:96:37
%3084 = mul %3080, %2078 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3085 = mul %3080, %2072 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3086 = reduce_sum %3085 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3087 = mul %2077, %2077 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3088 = mul %2077, %3087 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3089 = mul %3088, %2804 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3090 = mul %3086, %3089 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3091 = div %3090, %1190 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3092 = broadcast %3091 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%3093 = mul %3092, %2072 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3094 = add %3084, %3093 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3095 = add %3094, %3093 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3096 = neg %3095 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3097 = reduce_sum %3096 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3098 = div %3097, %1190 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3099 = broadcast %3098 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3100 = add %3095, %3099 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3101 = slice %3100 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3102 = add %3008, %3101 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3103 = slice %3100 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3104 = add %2962, %3103 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3105 = reduce_sum %3102 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%3106 = mul %3104, %2065 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3107 = div %3106, %2025 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3108 = reduce_sum %3107 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3109 = reshape %3108 : f32[16] @ models/lib/nn.yaml:84:18
%3110 = matmul %3107, %32 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%3111 = reshape %2056 : f32[36,64] @ models/lib/nn.yaml:83:15
%3112 = reshape %3107 : f32[36,16] @ models/lib/nn.yaml:83:15
%3113 = matmul %3112, %3111 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3114 = mul %3110, %2055 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3115 = mul %3110, %2052 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3116 = mul %2053, %2053 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3117 = neg %3116 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3118 = exp %3117 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3119 = broadcast %2690 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3120 = mul %3118, %3119 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3121 = mul %3115, %3120 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3122 = mul %3121, %910 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3123 = mul %3114, %908 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3124 = add %3122, %3123 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3125 = reduce_sum %3124 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3126 = reshape %3125 : f32[64] @ models/lib/nn.yaml:84:18
%3127 = matmul %3124, %30 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3128 = reshape %2048 : f32[36,16] @ models/lib/nn.yaml:83:15
%3129 = reshape %3124 : f32[36,64] @ models/lib/nn.yaml:83:15
%3130 = matmul %3129, %3128 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3131 = reduce_sum %3127 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3132 = reshape %3131 : f32[16] @ models/lib/nn.yaml:96:46
%3133 = mul %3127, %2045 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3134 = mul %3127, %2044 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3135 = reduce_sum %3134 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3136 = reshape %3135 : f32[16] @ models/lib/nn.yaml:96:37
%3137 = mul %3133, %2043 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3138 = mul %3133, %2037 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3139 = reduce_sum %3138 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3140 = mul %2042, %2042 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3141 = mul %2042, %3140 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3142 = broadcast %2803 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3143 = mul %3141, %3142 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3144 = mul %3139, %3143 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3145 = div %3144, %834 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3146 = broadcast %3145 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%3147 = mul %3146, %2037 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3148 = add %3137, %3147 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3149 = add %3148, %3147 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3150 = add %3104, %3149 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3151 = neg %3149 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3152 = reduce_sum %3151 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3153 = div %3152, %834 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3154 = broadcast %3153 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3155 = add %3150, %3154 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3156 = mul %3155, %2031 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3157 = div %3156, %2025 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3158 = reduce_sum %3157 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3159 = reshape %3158 : f32[16] @ models/lib/nn.yaml:84:18
%3160 = matmul %3157, %26 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3161 = reshape %2020 : f32[36,16] @ models/lib/nn.yaml:83:15
%3162 = reshape %3157 : f32[36,16] @ models/lib/nn.yaml:83:15
%3163 = matmul %3162, %3161 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3164 = reshape %3160 : f32[4,9,2,8] @ models/lib/nn.yaml:57:16
%3165 = permute %3164 perm=[0,2,1,3] : f32[4,2,9,8] @ models/lib/nn.yaml:56:13
%3166 = permute %1997 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%3167 = reshape %3165 : f32[4,2,9,8,1] @ models/lib/nn.yaml:56:23
%3168 = broadcast %3167 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%3169 = reshape %3166 : f32[4,2,1,8,9] @ models/lib/nn.yaml:56:23
%3170 = broadcast %3169 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%3171 = mul %3168, %3170 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%3172 = reduce_sum %3171 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3173 = permute %2013 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3174 = reshape %3173 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3175 = broadcast %3174 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3176 = reshape %3165 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%3177 = broadcast %3176 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3178 = mul %3175, %3177 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3179 = reduce_sum %3178 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3180 = div %3172, %2012 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3181 = mul %3180, %2013 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3182 = neg %3181 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3183 = reduce_sum %3182 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%3184 = broadcast %3183 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3185 = add %3180, %3184 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3186 = mul %3185, %2010 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3187 = mul %3186, %868 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3188 = reshape %3187 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3189 = broadcast %3188 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3190 = reshape %1995 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%3191 = broadcast %3190 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3192 = mul %3189, %3191 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3193 = reduce_sum %3192 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3194 = permute %3187 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3195 = reshape %3194 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3196 = broadcast %3195 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3197 = reshape %1993 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%3198 = broadcast %3197 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3199 = mul %3196, %3198 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3200 = reduce_sum %3199 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3201 = reshape %3179 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3202 = reshape %3200 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%3203 = reshape %3193 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%3204 = concat %3203, %3202, %3201 axis=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%3205 = permute %3204 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%3206 = reshape %3205 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%3207 = reduce_sum %3206 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%3208 = reshape %3207 : f32[48] @ models/lib/nn.yaml:84:18
%3209 = matmul %3206, %24 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3210 = reshape %1986 : f32[36,16] @ models/lib/nn.yaml:83:15
%3211 = reshape %3205 : f32[36,48] @ models/lib/nn.yaml:83:15
%3212 = matmul %3211, %3210 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%3213 = reduce_sum %3209 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3214 = reshape %3213 : f32[16] @ models/lib/nn.yaml:96:46
%3215 = mul %3209, %1983 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3216 = mul %3209, %1982 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3217 = reduce_sum %3216 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3218 = reshape %3217 : f32[16] @ models/lib/nn.yaml:96:37
%3219 = mul %3215, %1981 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3220 = mul %3215, %1975 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3221 = reduce_sum %3220 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3222 = mul %1980, %1980 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3223 = mul %1980, %3222 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3224 = mul %3223, %3142 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3225 = mul %3221, %3224 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3226 = div %3225, %834 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3227 = broadcast %3226 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%3228 = mul %3227, %1975 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3229 = add %3219, %3228 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3230 = add %3229, %3228 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3231 = add %3155, %3230 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3232 = neg %3230 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3233 = reduce_sum %3232 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3234 = div %3233, %834 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3235 = broadcast %3234 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3236 = add %3231, %3235 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3237 = reduce_sum %3236 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3238 = reshape %3237 : f32[16] @ models/lib/nn.yaml:84:18
%3239 = matmul %3236, %20 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%3240 = reshape %1967 : f32[36,64] @ models/lib/nn.yaml:83:15
%3241 = reshape %3236 : f32[36,16] @ models/lib/nn.yaml:83:15
%3242 = matmul %3241, %3240 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3243 = mul %3239, %1966 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3244 = mul %3239, %1963 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3245 = mul %1964, %1964 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3246 = neg %3245 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3247 = exp %3246 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3248 = mul %3247, %3119 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3249 = mul %3244, %3248 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3250 = mul %3249, %910 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3251 = mul %3243, %908 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3252 = add %3250, %3251 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3253 = reduce_sum %3252 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3254 = reshape %3253 : f32[64] @ models/lib/nn.yaml:84:18
%3255 = matmul %3252, %18 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3256 = reshape %1959 : f32[36,16] @ models/lib/nn.yaml:83:15
%3257 = reshape %3252 : f32[36,64] @ models/lib/nn.yaml:83:15
%3258 = matmul %3257, %3256 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3259 = reduce_sum %3255 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3260 = reshape %3259 : f32[16] @ models/lib/nn.yaml:96:46
%3261 = mul %3255, %1956 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3262 = mul %3255, %1955 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3263 = reduce_sum %3262 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3264 = reshape %3263 : f32[16] @ models/lib/nn.yaml:96:37
%3265 = mul %3261, %1954 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3266 = mul %3261, %1948 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3267 = reduce_sum %3266 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3268 = mul %1953, %1953 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3269 = mul %1953, %3268 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3270 = mul %3269, %3142 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3271 = mul %3267, %3270 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3272 = div %3271, %834 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3273 = broadcast %3272 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%3274 = mul %3273, %1948 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3275 = add %3265, %3274 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3276 = add %3275, %3274 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3277 = add %3236, %3276 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3278 = neg %3276 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3279 = reduce_sum %3278 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3280 = div %3279, %834 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3281 = broadcast %3280 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3282 = add %3277, %3281 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3283 = reduce_sum %3282 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3284 = reshape %3283 : f32[16] @ models/lib/nn.yaml:84:18
%3285 = matmul %3282, %14 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3286 = reshape %1939 : f32[36,16] @ models/lib/nn.yaml:83:15
%3287 = reshape %3282 : f32[36,16] @ models/lib/nn.yaml:83:15
%3288 = matmul %3287, %3286 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3289 = reshape %3285 : f32[4,9,2,8] @ models/lib/nn.yaml:57:16
%3290 = permute %3289 perm=[0,2,1,3] : f32[4,2,9,8] @ models/lib/nn.yaml:56:13
%3291 = permute %1916 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%3292 = reshape %3290 : f32[4,2,9,8,1] @ models/lib/nn.yaml:56:23
%3293 = broadcast %3292 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%3294 = reshape %3291 : f32[4,2,1,8,9] @ models/lib/nn.yaml:56:23
%3295 = broadcast %3294 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%3296 = mul %3293, %3295 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%3297 = reduce_sum %3296 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3298 = permute %1932 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3299 = reshape %3298 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3300 = broadcast %3299 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3301 = reshape %3290 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%3302 = broadcast %3301 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3303 = mul %3300, %3302 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3304 = reduce_sum %3303 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3305 = div %3297, %1931 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3306 = mul %3305, %1932 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3307 = neg %3306 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3308 = reduce_sum %3307 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%3309 = broadcast %3308 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3310 = add %3305, %3309 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3311 = mul %3310, %1929 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3312 = mul %3311, %868 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3313 = reshape %3312 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3314 = broadcast %3313 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3315 = reshape %1914 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%3316 = broadcast %3315 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3317 = mul %3314, %3316 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3318 = reduce_sum %3317 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3319 = permute %3312 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3320 = reshape %3319 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3321 = broadcast %3320 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3322 = reshape %1912 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%3323 = broadcast %3322 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3324 = mul %3321, %3323 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3325 = reduce_sum %3324 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3326 = reshape %3304 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3327 = reshape %3325 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%3328 = reshape %3318 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%3329 = concat %3328, %3327, %3326 axis=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%3330 = permute %3329 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%3331 = reshape %3330 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%3332 = reduce_sum %3331 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%3333 = reshape %3332 : f32[48] @ models/lib/nn.yaml:84:18
%3334 = matmul %3331, %12 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3335 = reshape %1905 : f32[36,16] @ models/lib/nn.yaml:83:15
%3336 = reshape %3330 : f32[36,48] @ models/lib/nn.yaml:83:15
%3337 = matmul %3336, %3335 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%3338 = reduce_sum %3334 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3339 = reshape %3338 : f32[16] @ models/lib/nn.yaml:96:46
%3340 = mul %3334, %1902 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3341 = mul %3334, %1901 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3342 = reduce_sum %3341 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3343 = reshape %3342 : f32[16] @ models/lib/nn.yaml:96:37
%3344 = mul %3340, %1900 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3345 = mul %3340, %1894 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3346 = reduce_sum %3345 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3347 = mul %1899, %1899 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3348 = mul %1899, %3347 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3349 = mul %3348, %3142 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3350 = mul %3346, %3349 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3351 = div %3350, %834 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3352 = broadcast %3351 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%3353 = mul %3352, %1894 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3354 = add %3344, %3353 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3355 = add %3354, %3353 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3356 = add %3282, %3355 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3357 = neg %3355 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3358 = reduce_sum %3357 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3359 = div %3358, %834 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3360 = broadcast %3359 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3361 = add %3356, %3360 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3362 = reduce_sum %3361 axes=[0] keep=1 : f32[1,9,16] @ models/lib/vit.yaml:62:15
%3363 = reshape %3362 : f32[3,3,16] @ models/lib/vit.yaml:36:16
%3364 = permute %3363 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%3365 = reshape %3364 : f32[3,48] @ models/lib/vit.yaml:35:21
%3366 = matmul %821, %3365 ta=1 tb=0 : f32[4,48] @ models/lib/vit.yaml:34:15
%3367 = reshape %3366 : f32[4,3,16] @ models/lib/vit.yaml:34:17
%3368 = permute %3367 perm=[1,0,2] : f32[3,4,16] @ models/lib/vit.yaml:33:13
%3369 = reshape %3368 : f32[3,64] @ models/lib/vit.yaml:33:21
%3370 = matmul %821, %3369 ta=1 tb=0 : f32[4,64] @ models/lib/vit.yaml:32:15
%3371 = reshape %3370 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%3372 = reduce_sum %3361 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%3373 = reshape %3372 : f32[16] @ models/lib/vit.yaml:17:71
%3374 = reshape %816 : f32[36,48] @ models/lib/vit.yaml:17:18
%3375 = reshape %3361 : f32[36,16] @ models/lib/vit.yaml:17:18
%3376 = matmul %3375, %3374 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%3377 = reshape %3376 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%3378 = concat %2600, %2592 axis=0 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%3379 = concat %2622, %2642 axis=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3380 = matmul %3378, %1871 ta=0 tb=0 : f32[4,16,8] @ models/lib/dino.yaml:23:18
%3381 = reshape %1864 : f32[64,8] @ models/lib/dino.yaml:23:18
%3382 = reshape %3378 : f32[64,16] @ models/lib/dino.yaml:23:18
%3383 = matmul %3382, %3381 ta=1 tb=0 : f32[16,8] @ models/lib/dino.yaml:23:18
%3384 = div %3383, %1870 : f32[16,8] @ models/lib/dino.yaml:22:33
%3385 = mul %3384, %1871 : f32[16,8] @ models/lib/dino.yaml:22:33
%3386 = neg %3385 : f32[16,8] @ models/lib/dino.yaml:22:33
%3387 = reduce_sum %3386 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%3388 = mul %3387, %2653 : f32[16,1] @ models/lib/dino.yaml:22:35
%3389 = div %3388, %1869 : f32[16,1] @ models/lib/dino.yaml:22:35
%3390 = broadcast %3389 : f32[16,8] @ models/lib/dino.yaml:22:40
%3391 = mul %3390, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3392 = add %2660, %3391 : f32[16,8] @ models/lib/dino.yaml:22:53
%3393 = add %3392, %3391 : f32[16,8] @ models/lib/dino.yaml:22:53
%3394 = mul %3384, %1865 : f32[16,8] @ models/lib/dino.yaml:22:22
%3395 = add %3393, %3394 : f32[16,8] @ models/lib/dino.yaml:22:22
%3396 = div %3380, %1863 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%3397 = mul %3396, %1864 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%3398 = neg %3397 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%3399 = reduce_sum %3398 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%3400 = broadcast %2665 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3401 = broadcast %252 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3402 = mul %3399, %3401 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3403 = eq %1861, %799 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%3404 = select %3403, %3402, %3400 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3405 = gt %1861, %799 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%3406 = select %3405, %3399, %3404 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3407 = mul %3406, %3401 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3408 = div %3407, %1861 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3409 = broadcast %3408 : f32[4,16,8] @ models/lib/nn.yaml:33:29
%3410 = mul %3409, %1858 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%3411 = add %3396, %3410 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%3412 = add %3411, %3410 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%3413 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,64] @ models/lib/nn.yaml:84:18
%3414 = reshape %3412 : f32[64,8] @ models/lib/nn.yaml:84:18
%3415 = matmul %3413, %3414 ta=0 tb=0 : f32[1,8] @ models/lib/nn.yaml:84:18
%3416 = reshape %3415 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%3417 = reshape %3416 : f32[8] @ models/lib/nn.yaml:84:18
%3418 = add %2680, %3417 : f32[8] @ models/lib/nn.yaml:84:18
%3419 = matmul %3412, %81 ta=0 tb=0 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%3420 = reshape %1855 : f32[64,24] @ models/lib/nn.yaml:83:15
%3421 = reshape %3412 : f32[64,8] @ models/lib/nn.yaml:83:15
%3422 = matmul %3421, %3420 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%3423 = add %2684, %3422 : f32[8,24] @ models/lib/nn.yaml:83:15
%3424 = mul %3419, %1854 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%3425 = mul %3419, %1851 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%3426 = mul %1852, %1852 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3427 = neg %3426 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3428 = exp %3427 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3429 = broadcast %2690 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3430 = mul %3428, %3429 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3431 = mul %3425, %3430 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3432 = mul %3431, %779 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%3433 = mul %3424, %777 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%3434 = add %3432, %3433 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%3435 = reshape %3434 : f32[64,24] @ models/lib/nn.yaml:84:18
%3436 = matmul %3413, %3435 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%3437 = reshape %3436 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3438 = reshape %3437 : f32[24] @ models/lib/nn.yaml:84:18
%3439 = add %2698, %3438 : f32[24] @ models/lib/nn.yaml:84:18
%3440 = matmul %3434, %79 ta=0 tb=0 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%3441 = reshape %1847 : f32[64,24] @ models/lib/nn.yaml:83:15
%3442 = reshape %3434 : f32[64,24] @ models/lib/nn.yaml:83:15
%3443 = matmul %3442, %3441 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%3444 = add %2702, %3443 : f32[24,24] @ models/lib/nn.yaml:83:15
%3445 = mul %3440, %1846 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%3446 = mul %3440, %1843 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%3447 = mul %1844, %1844 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3448 = neg %3447 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3449 = exp %3448 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3450 = mul %3449, %3429 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3451 = mul %3446, %3450 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3452 = mul %3451, %779 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%3453 = mul %3445, %777 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%3454 = add %3452, %3453 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%3455 = reshape %3454 : f32[64,24] @ models/lib/nn.yaml:84:18
%3456 = matmul %3413, %3455 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%3457 = reshape %3456 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3458 = reshape %3457 : f32[24] @ models/lib/nn.yaml:84:18
%3459 = add %2714, %3458 : f32[24] @ models/lib/nn.yaml:84:18
%3460 = matmul %3454, %77 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%3461 = reshape %1839 : f32[64,16] @ models/lib/nn.yaml:83:15
%3462 = reshape %3454 : f32[64,24] @ models/lib/nn.yaml:83:15
%3463 = matmul %3462, %3461 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%3464 = add %2718, %3463 : f32[24,16] @ models/lib/nn.yaml:83:15
%3465 = matmul %3379, %1837 ta=0 tb=0 : f32[4,1,8] @ models/lib/dino.yaml:23:18
%3466 = reshape %1830 : f32[4,8] @ models/lib/dino.yaml:23:18
%3467 = reshape %3379 : f32[4,32] @ models/lib/dino.yaml:23:18
%3468 = matmul %3467, %3466 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%3469 = div %3468, %1836 : f32[32,8] @ models/lib/dino.yaml:22:33
%3470 = mul %3469, %1837 : f32[32,8] @ models/lib/dino.yaml:22:33
%3471 = neg %3470 : f32[32,8] @ models/lib/dino.yaml:22:33
%3472 = reduce_sum %3471 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%3473 = mul %3472, %2727 : f32[32,1] @ models/lib/dino.yaml:22:35
%3474 = div %3473, %1835 : f32[32,1] @ models/lib/dino.yaml:22:35
%3475 = broadcast %3474 : f32[32,8] @ models/lib/dino.yaml:22:40
%3476 = mul %3475, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%3477 = add %2734, %3476 : f32[32,8] @ models/lib/dino.yaml:22:53
%3478 = add %3477, %3476 : f32[32,8] @ models/lib/dino.yaml:22:53
%3479 = mul %3469, %1831 : f32[32,8] @ models/lib/dino.yaml:22:22
%3480 = add %3478, %3479 : f32[32,8] @ models/lib/dino.yaml:22:22
%3481 = div %3465, %1829 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3482 = mul %3481, %1830 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3483 = neg %3482 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3484 = reduce_sum %3483 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%3485 = mul %3484, %2740 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3486 = eq %1827, %761 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3487 = select %3486, %3485, %2739 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3488 = gt %1827, %761 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3489 = select %3488, %3484, %3487 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3490 = mul %3489, %2740 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3491 = div %3490, %1827 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3492 = broadcast %3491 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%3493 = mul %3492, %1824 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3494 = add %3481, %3493 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3495 = add %3494, %3493 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3496 = reduce_sum %3495 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%3497 = reshape %3496 : f32[8] @ models/lib/nn.yaml:84:18
%3498 = add %2753, %3497 : f32[8] @ models/lib/nn.yaml:84:18
%3499 = matmul %3495, %73 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%3500 = reshape %1821 : f32[4,24] @ models/lib/nn.yaml:83:15
%3501 = reshape %3495 : f32[4,8] @ models/lib/nn.yaml:83:15
%3502 = matmul %3501, %3500 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%3503 = add %2757, %3502 : f32[8,24] @ models/lib/nn.yaml:83:15
%3504 = mul %3499, %1820 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3505 = mul %3499, %1817 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3506 = mul %1818, %1818 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3507 = neg %3506 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3508 = exp %3507 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3509 = mul %3508, %2763 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3510 = mul %3505, %3509 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3511 = mul %3510, %740 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3512 = mul %3504, %738 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3513 = add %3511, %3512 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3514 = reduce_sum %3513 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3515 = reshape %3514 : f32[24] @ models/lib/nn.yaml:84:18
%3516 = add %2770, %3515 : f32[24] @ models/lib/nn.yaml:84:18
%3517 = matmul %3513, %71 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%3518 = reshape %1813 : f32[4,24] @ models/lib/nn.yaml:83:15
%3519 = reshape %3513 : f32[4,24] @ models/lib/nn.yaml:83:15
%3520 = matmul %3519, %3518 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%3521 = add %2774, %3520 : f32[24,24] @ models/lib/nn.yaml:83:15
%3522 = mul %3517, %1812 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3523 = mul %3517, %1809 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3524 = mul %1810, %1810 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3525 = neg %3524 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3526 = exp %3525 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3527 = mul %3526, %2763 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3528 = mul %3523, %3527 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3529 = mul %3528, %740 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3530 = mul %3522, %738 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3531 = add %3529, %3530 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3532 = reduce_sum %3531 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3533 = reshape %3532 : f32[24] @ models/lib/nn.yaml:84:18
%3534 = add %2786, %3533 : f32[24] @ models/lib/nn.yaml:84:18
%3535 = matmul %3531, %69 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3536 = reshape %1805 : f32[4,16] @ models/lib/nn.yaml:83:15
%3537 = reshape %3531 : f32[4,24] @ models/lib/nn.yaml:83:15
%3538 = matmul %3537, %3536 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%3539 = add %2790, %3538 : f32[24,16] @ models/lib/nn.yaml:83:15
%3540 = concat %3535, %3460 axis=1 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%3541 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:46
%3542 = reshape %3540 : f32[68,16] @ models/lib/nn.yaml:96:46
%3543 = matmul %3541, %3542 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3544 = reshape %3543 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3545 = reshape %3544 : f32[16] @ models/lib/nn.yaml:96:46
%3546 = add %2793, %3545 : f32[16] @ models/lib/nn.yaml:96:46
%3547 = mul %3540, %1801 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%3548 = mul %3540, %1800 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%3549 = reshape %3548 : f32[68,16] @ models/lib/nn.yaml:96:37
%3550 = matmul %3541, %3549 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%3551 = reshape %3550 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3552 = reshape %3551 : f32[16] @ models/lib/nn.yaml:96:37
%3553 = add %2797, %3552 : f32[16] @ models/lib/nn.yaml:96:37
%3554 = mul %3547, %1799 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%3555 = mul %3547, %1793 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%3556 = reduce_sum %3555 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%3557 = mul %1798, %1798 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3558 = mul %1798, %3557 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3559 = broadcast %2803 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3560 = mul %3558, %3559 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3561 = mul %3556, %3560 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3562 = div %3561, %538 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%3563 = broadcast %3562 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%3564 = mul %3563, %1793 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%3565 = add %3554, %3564 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%3566 = add %3565, %3564 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%3567 = neg %3566 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%3568 = reduce_sum %3567 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%3569 = div %3568, %538 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%3570 = broadcast %3569 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%3571 = add %3566, %3570 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%3572 = slice %3571 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%3573 = slice %3571 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:111:21
%3574 = reduce_sum %3572 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3575 = reshape %3574 : f32[16] @ models/lib/nn.yaml:84:18
%3576 = add %2820, %3575 : f32[16] @ models/lib/nn.yaml:84:18
%3577 = matmul %3572, %65 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3578 = reshape %1784 : f32[4,64] @ models/lib/nn.yaml:83:15
%3579 = reshape %3572 : f32[4,16] @ models/lib/nn.yaml:83:15
%3580 = matmul %3579, %3578 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3581 = add %2824, %3580 : f32[16,64] @ models/lib/nn.yaml:83:15
%3582 = mul %3577, %1783 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3583 = mul %3577, %1780 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3584 = mul %1781, %1781 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3585 = neg %3584 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3586 = exp %3585 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3587 = mul %3586, %2830 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3588 = mul %3583, %3587 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3589 = mul %3588, %621 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3590 = mul %3582, %619 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3591 = add %3589, %3590 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3592 = reduce_sum %3591 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3593 = reshape %3592 : f32[64] @ models/lib/nn.yaml:84:18
%3594 = add %2837, %3593 : f32[64] @ models/lib/nn.yaml:84:18
%3595 = matmul %3591, %63 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3596 = reshape %1776 : f32[4,16] @ models/lib/nn.yaml:83:15
%3597 = reshape %3591 : f32[4,64] @ models/lib/nn.yaml:83:15
%3598 = matmul %3597, %3596 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3599 = add %2841, %3598 : f32[64,16] @ models/lib/nn.yaml:83:15
%3600 = reduce_sum %3595 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3601 = reshape %3600 : f32[16] @ models/lib/nn.yaml:96:46
%3602 = add %2843, %3601 : f32[16] @ models/lib/nn.yaml:96:46
%3603 = mul %3595, %1773 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3604 = mul %3595, %1772 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3605 = reduce_sum %3604 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3606 = reshape %3605 : f32[16] @ models/lib/nn.yaml:96:37
%3607 = add %2847, %3606 : f32[16] @ models/lib/nn.yaml:96:37
%3608 = mul %3603, %1771 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3609 = mul %3603, %1765 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3610 = reduce_sum %3609 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3611 = mul %1770, %1770 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3612 = mul %1770, %3611 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3613 = mul %3612, %2853 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3614 = mul %3610, %3613 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3615 = div %3614, %600 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3616 = broadcast %3615 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%3617 = mul %3616, %1765 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3618 = add %3608, %3617 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3619 = add %3618, %3617 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3620 = add %3572, %3619 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3621 = neg %3619 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3622 = reduce_sum %3621 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3623 = div %3622, %600 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3624 = broadcast %3623 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3625 = add %3620, %3624 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3626 = reduce_sum %3625 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3627 = reshape %3626 : f32[16] @ models/lib/nn.yaml:84:18
%3628 = add %2868, %3627 : f32[16] @ models/lib/nn.yaml:84:18
%3629 = matmul %3625, %59 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3630 = reshape %1756 : f32[4,16] @ models/lib/nn.yaml:83:15
%3631 = reshape %3625 : f32[4,16] @ models/lib/nn.yaml:83:15
%3632 = matmul %3631, %3630 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3633 = add %2872, %3632 : f32[16,16] @ models/lib/nn.yaml:83:15
%3634 = reshape %3629 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%3635 = permute %3634 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%3636 = permute %1733 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%3637 = reshape %3635 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%3638 = broadcast %3637 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%3639 = reshape %3636 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%3640 = broadcast %3639 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%3641 = mul %3638, %3640 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%3642 = reduce_sum %3641 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%3643 = permute %1749 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%3644 = reshape %3643 : f32[4,2,17,1,1] @ models/lib/nn.yaml:56:23
%3645 = broadcast %3644 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%3646 = reshape %3635 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%3647 = broadcast %3646 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%3648 = mul %3645, %3647 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%3649 = reshape %3648 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%3650 = div %3642, %1748 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3651 = mul %3650, %1749 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3652 = neg %3651 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3653 = reduce_sum %3652 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3654 = broadcast %3653 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%3655 = add %3650, %3654 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%3656 = mul %3655, %1746 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%3657 = mul %3656, %577 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%3658 = reshape %3657 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%3659 = broadcast %3658 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%3660 = reshape %1728 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%3661 = broadcast %3660 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%3662 = mul %3659, %3661 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%3663 = reduce_sum %3662 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3664 = permute %3657 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%3665 = reshape %3664 : f32[4,2,17,1,1] @ models/lib/nn.yaml:55:23
%3666 = broadcast %3665 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%3667 = reshape %1723 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%3668 = broadcast %3667 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%3669 = mul %3666, %3668 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%3670 = reshape %3669 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%3671 = permute %3649 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%3672 = reshape %3671 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%3673 = reshape %3672 : f32[68,16] @ models/lib/nn.yaml:84:18
%3674 = matmul %3541, %3673 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3675 = reshape %3674 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3676 = reshape %3675 : f32[16] @ models/lib/nn.yaml:84:18
%3677 = add %2913, %3676 : f32[16] @ models/lib/nn.yaml:84:18
%3678 = matmul %3672, %57 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%3679 = reshape %1717 : f32[68,16] @ models/lib/nn.yaml:83:15
%3680 = reshape %3671 : f32[68,16] @ models/lib/nn.yaml:83:15
%3681 = matmul %3680, %3679 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3682 = add %2917, %3681 : f32[16,16] @ models/lib/nn.yaml:83:15
%3683 = permute %3670 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%3684 = reshape %3683 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%3685 = reshape %3684 : f32[68,16] @ models/lib/nn.yaml:84:18
%3686 = matmul %3541, %3685 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3687 = reshape %3686 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3688 = reshape %3687 : f32[16] @ models/lib/nn.yaml:84:18
%3689 = add %2921, %3688 : f32[16] @ models/lib/nn.yaml:84:18
%3690 = matmul %3684, %55 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%3691 = add %3678, %3690 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%3692 = reshape %3683 : f32[68,16] @ models/lib/nn.yaml:83:15
%3693 = matmul %3692, %3679 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3694 = add %2925, %3693 : f32[16,16] @ models/lib/nn.yaml:83:15
%3695 = permute %3663 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%3696 = reshape %3695 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%3697 = reduce_sum %3696 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3698 = reshape %3697 : f32[16] @ models/lib/nn.yaml:84:18
%3699 = add %2929, %3698 : f32[16] @ models/lib/nn.yaml:84:18
%3700 = matmul %3696, %53 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3701 = reshape %1718 : f32[4,16] @ models/lib/nn.yaml:83:15
%3702 = reshape %3695 : f32[4,16] @ models/lib/nn.yaml:83:15
%3703 = matmul %3702, %3701 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3704 = add %2933, %3703 : f32[16,16] @ models/lib/nn.yaml:83:15
%3705 = pad %3700 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%3706 = add %3691, %3705 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%3707 = reshape %3706 : f32[68,16] @ models/lib/nn.yaml:96:46
%3708 = matmul %3541, %3707 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3709 = reshape %3708 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3710 = reshape %3709 : f32[16] @ models/lib/nn.yaml:96:46
%3711 = add %2937, %3710 : f32[16] @ models/lib/nn.yaml:96:46
%3712 = mul %3706, %1714 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%3713 = mul %3706, %1713 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%3714 = reshape %3713 : f32[68,16] @ models/lib/nn.yaml:96:37
%3715 = matmul %3541, %3714 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%3716 = reshape %3715 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3717 = reshape %3716 : f32[16] @ models/lib/nn.yaml:96:37
%3718 = add %2941, %3717 : f32[16] @ models/lib/nn.yaml:96:37
%3719 = mul %3712, %1712 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%3720 = mul %3712, %1706 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%3721 = reduce_sum %3720 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%3722 = mul %1711, %1711 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3723 = mul %1711, %3722 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3724 = mul %3723, %3559 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3725 = mul %3721, %3724 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3726 = div %3725, %538 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%3727 = broadcast %3726 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%3728 = mul %3727, %1706 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%3729 = add %3719, %3728 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%3730 = add %3729, %3728 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%3731 = neg %3730 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%3732 = reduce_sum %3731 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%3733 = div %3732, %538 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%3734 = broadcast %3733 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%3735 = add %3730, %3734 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%3736 = slice %3735 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3737 = add %3625, %3736 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3738 = slice %3735 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%3739 = add %3573, %3738 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%3740 = reduce_sum %3737 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3741 = reshape %3740 : f32[16] @ models/lib/nn.yaml:84:18
%3742 = add %2964, %3741 : f32[16] @ models/lib/nn.yaml:84:18
%3743 = matmul %3737, %49 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3744 = reshape %1697 : f32[4,64] @ models/lib/nn.yaml:83:15
%3745 = reshape %3737 : f32[4,16] @ models/lib/nn.yaml:83:15
%3746 = matmul %3745, %3744 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3747 = add %2968, %3746 : f32[16,64] @ models/lib/nn.yaml:83:15
%3748 = mul %3743, %1696 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3749 = mul %3743, %1693 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3750 = mul %1694, %1694 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3751 = neg %3750 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3752 = exp %3751 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3753 = mul %3752, %2830 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3754 = mul %3749, %3753 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3755 = mul %3754, %621 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3756 = mul %3748, %619 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3757 = add %3755, %3756 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3758 = reduce_sum %3757 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3759 = reshape %3758 : f32[64] @ models/lib/nn.yaml:84:18
%3760 = add %2980, %3759 : f32[64] @ models/lib/nn.yaml:84:18
%3761 = matmul %3757, %47 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3762 = reshape %1689 : f32[4,16] @ models/lib/nn.yaml:83:15
%3763 = reshape %3757 : f32[4,64] @ models/lib/nn.yaml:83:15
%3764 = matmul %3763, %3762 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3765 = add %2984, %3764 : f32[64,16] @ models/lib/nn.yaml:83:15
%3766 = reduce_sum %3761 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3767 = reshape %3766 : f32[16] @ models/lib/nn.yaml:96:46
%3768 = add %2986, %3767 : f32[16] @ models/lib/nn.yaml:96:46
%3769 = mul %3761, %1686 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3770 = mul %3761, %1685 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3771 = reduce_sum %3770 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3772 = reshape %3771 : f32[16] @ models/lib/nn.yaml:96:37
%3773 = add %2990, %3772 : f32[16] @ models/lib/nn.yaml:96:37
%3774 = mul %3769, %1684 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3775 = mul %3769, %1678 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3776 = reduce_sum %3775 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3777 = mul %1683, %1683 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3778 = mul %1683, %3777 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3779 = mul %3778, %2853 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3780 = mul %3776, %3779 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3781 = div %3780, %600 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3782 = broadcast %3781 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%3783 = mul %3782, %1678 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3784 = add %3774, %3783 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3785 = add %3784, %3783 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3786 = add %3737, %3785 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3787 = neg %3785 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3788 = reduce_sum %3787 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3789 = div %3788, %600 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3790 = broadcast %3789 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3791 = add %3786, %3790 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3792 = reduce_sum %3791 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3793 = reshape %3792 : f32[16] @ models/lib/nn.yaml:84:18
%3794 = add %3010, %3793 : f32[16] @ models/lib/nn.yaml:84:18
%3795 = matmul %3791, %43 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3796 = reshape %1669 : f32[4,16] @ models/lib/nn.yaml:83:15
%3797 = reshape %3791 : f32[4,16] @ models/lib/nn.yaml:83:15
%3798 = matmul %3797, %3796 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3799 = add %3014, %3798 : f32[16,16] @ models/lib/nn.yaml:83:15
%3800 = reshape %3795 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%3801 = permute %3800 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%3802 = permute %1646 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%3803 = reshape %3801 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%3804 = broadcast %3803 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%3805 = reshape %3802 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%3806 = broadcast %3805 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%3807 = mul %3804, %3806 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%3808 = reduce_sum %3807 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%3809 = permute %1662 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%3810 = reshape %3809 : f32[4,2,17,1,1] @ models/lib/nn.yaml:56:23
%3811 = broadcast %3810 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%3812 = reshape %3801 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%3813 = broadcast %3812 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%3814 = mul %3811, %3813 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%3815 = reshape %3814 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%3816 = div %3808, %1661 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3817 = mul %3816, %1662 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3818 = neg %3817 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3819 = reduce_sum %3818 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3820 = broadcast %3819 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%3821 = add %3816, %3820 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%3822 = mul %3821, %1659 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%3823 = mul %3822, %577 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%3824 = reshape %3823 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%3825 = broadcast %3824 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%3826 = reshape %1641 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%3827 = broadcast %3826 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%3828 = mul %3825, %3827 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%3829 = reduce_sum %3828 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3830 = permute %3823 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%3831 = reshape %3830 : f32[4,2,17,1,1] @ models/lib/nn.yaml:55:23
%3832 = broadcast %3831 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%3833 = reshape %1636 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%3834 = broadcast %3833 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%3835 = mul %3832, %3834 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%3836 = reshape %3835 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%3837 = permute %3815 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%3838 = reshape %3837 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%3839 = reshape %3838 : f32[68,16] @ models/lib/nn.yaml:84:18
%3840 = matmul %3541, %3839 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3841 = reshape %3840 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3842 = reshape %3841 : f32[16] @ models/lib/nn.yaml:84:18
%3843 = add %3055, %3842 : f32[16] @ models/lib/nn.yaml:84:18
%3844 = matmul %3838, %41 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%3845 = reshape %1630 : f32[68,16] @ models/lib/nn.yaml:83:15
%3846 = reshape %3837 : f32[68,16] @ models/lib/nn.yaml:83:15
%3847 = matmul %3846, %3845 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3848 = add %3059, %3847 : f32[16,16] @ models/lib/nn.yaml:83:15
%3849 = permute %3836 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%3850 = reshape %3849 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%3851 = reshape %3850 : f32[68,16] @ models/lib/nn.yaml:84:18
%3852 = matmul %3541, %3851 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3853 = reshape %3852 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3854 = reshape %3853 : f32[16] @ models/lib/nn.yaml:84:18
%3855 = add %3063, %3854 : f32[16] @ models/lib/nn.yaml:84:18
%3856 = matmul %3850, %39 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%3857 = add %3844, %3856 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%3858 = reshape %3849 : f32[68,16] @ models/lib/nn.yaml:83:15
%3859 = matmul %3858, %3845 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3860 = add %3067, %3859 : f32[16,16] @ models/lib/nn.yaml:83:15
%3861 = permute %3829 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%3862 = reshape %3861 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%3863 = reduce_sum %3862 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3864 = reshape %3863 : f32[16] @ models/lib/nn.yaml:84:18
%3865 = add %3071, %3864 : f32[16] @ models/lib/nn.yaml:84:18
%3866 = matmul %3862, %37 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3867 = reshape %1631 : f32[4,16] @ models/lib/nn.yaml:83:15
%3868 = reshape %3861 : f32[4,16] @ models/lib/nn.yaml:83:15
%3869 = matmul %3868, %3867 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3870 = add %3075, %3869 : f32[16,16] @ models/lib/nn.yaml:83:15
%3871 = pad %3866 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%3872 = add %3857, %3871 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%3873 = reshape %3872 : f32[68,16] @ models/lib/nn.yaml:96:46
%3874 = matmul %3541, %3873 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3875 = reshape %3874 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3876 = reshape %3875 : f32[16] @ models/lib/nn.yaml:96:46
%3877 = add %3079, %3876 : f32[16] @ models/lib/nn.yaml:96:46
%3878 = mul %3872, %1627 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%3879 = mul %3872, %1626 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%3880 = reshape %3879 : f32[68,16] @ models/lib/nn.yaml:96:37
%3881 = matmul %3541, %3880 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%3882 = reshape %3881 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3883 = reshape %3882 : f32[16] @ models/lib/nn.yaml:96:37
%3884 = add %3083, %3883 : f32[16] @ models/lib/nn.yaml:96:37
%3885 = mul %3878, %1625 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%3886 = mul %3878, %1619 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%3887 = reduce_sum %3886 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%3888 = mul %1624, %1624 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3889 = mul %1624, %3888 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3890 = mul %3889, %3559 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3891 = mul %3887, %3890 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3892 = div %3891, %538 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%3893 = broadcast %3892 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%3894 = mul %3893, %1619 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%3895 = add %3885, %3894 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%3896 = add %3895, %3894 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%3897 = neg %3896 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%3898 = reduce_sum %3897 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%3899 = div %3898, %538 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%3900 = broadcast %3899 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%3901 = add %3896, %3900 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%3902 = slice %3901 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3903 = add %3791, %3902 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3904 = slice %3901 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%3905 = add %3739, %3904 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%3906 = reduce_sum %3903 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%3907 = add %3105, %3906 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%3908 = mul %3905, %1611 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%3909 = div %3908, %1569 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%3910 = reshape %3909 : f32[64,16] @ models/lib/nn.yaml:84:18
%3911 = matmul %3413, %3910 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3912 = reshape %3911 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3913 = reshape %3912 : f32[16] @ models/lib/nn.yaml:84:18
%3914 = add %3109, %3913 : f32[16] @ models/lib/nn.yaml:84:18
%3915 = matmul %3909, %32 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%3916 = reshape %1602 : f32[64,64] @ models/lib/nn.yaml:83:15
%3917 = reshape %3909 : f32[64,16] @ models/lib/nn.yaml:83:15
%3918 = matmul %3917, %3916 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3919 = add %3113, %3918 : f32[16,64] @ models/lib/nn.yaml:83:15
%3920 = mul %3915, %1601 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%3921 = mul %3915, %1598 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%3922 = mul %1599, %1599 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%3923 = neg %3922 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%3924 = exp %3923 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%3925 = broadcast %2690 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%3926 = mul %3924, %3925 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%3927 = mul %3921, %3926 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%3928 = mul %3927, %256 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%3929 = mul %3920, %253 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%3930 = add %3928, %3929 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%3931 = reshape %3930 : f32[64,64] @ models/lib/nn.yaml:84:18
%3932 = matmul %3413, %3931 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3933 = reshape %3932 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3934 = reshape %3933 : f32[64] @ models/lib/nn.yaml:84:18
%3935 = add %3126, %3934 : f32[64] @ models/lib/nn.yaml:84:18
%3936 = matmul %3930, %30 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%3937 = reshape %1594 : f32[64,16] @ models/lib/nn.yaml:83:15
%3938 = reshape %3930 : f32[64,64] @ models/lib/nn.yaml:83:15
%3939 = matmul %3938, %3937 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3940 = add %3130, %3939 : f32[64,16] @ models/lib/nn.yaml:83:15
%3941 = reshape %3936 : f32[64,16] @ models/lib/nn.yaml:96:46
%3942 = matmul %3413, %3941 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3943 = reshape %3942 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3944 = reshape %3943 : f32[16] @ models/lib/nn.yaml:96:46
%3945 = add %3132, %3944 : f32[16] @ models/lib/nn.yaml:96:46
%3946 = mul %3936, %1591 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%3947 = mul %3936, %1590 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%3948 = reshape %3947 : f32[64,16] @ models/lib/nn.yaml:96:37
%3949 = matmul %3413, %3948 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%3950 = reshape %3949 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3951 = reshape %3950 : f32[16] @ models/lib/nn.yaml:96:37
%3952 = add %3136, %3951 : f32[16] @ models/lib/nn.yaml:96:37
%3953 = mul %3946, %1589 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%3954 = mul %3946, %1583 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%3955 = reduce_sum %3954 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%3956 = mul %1588, %1588 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3957 = mul %1588, %3956 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3958 = broadcast %2803 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3959 = mul %3957, %3958 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3960 = mul %3955, %3959 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3961 = div %3960, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%3962 = broadcast %3961 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%3963 = mul %3962, %1583 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%3964 = add %3953, %3963 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%3965 = add %3964, %3963 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%3966 = add %3905, %3965 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%3967 = neg %3965 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%3968 = reduce_sum %3967 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%3969 = div %3968, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%3970 = broadcast %3969 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%3971 = add %3966, %3970 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%3972 = mul %3971, %1577 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%3973 = div %3972, %1569 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%3974 = reshape %3973 : f32[64,16] @ models/lib/nn.yaml:84:18
%3975 = matmul %3413, %3974 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3976 = reshape %3975 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3977 = reshape %3976 : f32[16] @ models/lib/nn.yaml:84:18
%3978 = add %3159, %3977 : f32[16] @ models/lib/nn.yaml:84:18
%3979 = matmul %3973, %26 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%3980 = reshape %1563 : f32[64,16] @ models/lib/nn.yaml:83:15
%3981 = reshape %3973 : f32[64,16] @ models/lib/nn.yaml:83:15
%3982 = matmul %3981, %3980 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3983 = add %3163, %3982 : f32[16,16] @ models/lib/nn.yaml:83:15
%3984 = reshape %3979 : f32[4,16,2,8] @ models/lib/nn.yaml:57:16
%3985 = permute %3984 perm=[0,2,1,3] : f32[4,2,16,8] @ models/lib/nn.yaml:56:13
%3986 = permute %1540 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%3987 = reshape %3985 : f32[4,2,16,8,1] @ models/lib/nn.yaml:56:23
%3988 = broadcast %3987 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%3989 = reshape %3986 : f32[4,2,1,8,16] @ models/lib/nn.yaml:56:23
%3990 = broadcast %3989 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%3991 = mul %3988, %3990 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%3992 = reduce_sum %3991 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%3993 = permute %1556 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%3994 = reshape %3993 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%3995 = broadcast %3994 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%3996 = reshape %3985 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%3997 = broadcast %3996 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%3998 = mul %3995, %3997 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%3999 = reduce_sum %3998 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4000 = div %3992, %1555 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4001 = mul %4000, %1556 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4002 = neg %4001 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4003 = reduce_sum %4002 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%4004 = broadcast %4003 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4005 = add %4000, %4004 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4006 = mul %4005, %1553 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%4007 = mul %4006, %212 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%4008 = reshape %4007 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%4009 = broadcast %4008 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4010 = reshape %1538 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%4011 = broadcast %4010 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4012 = mul %4009, %4011 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4013 = reduce_sum %4012 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4014 = permute %4007 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%4015 = reshape %4014 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%4016 = broadcast %4015 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4017 = reshape %1536 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%4018 = broadcast %4017 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4019 = mul %4016, %4018 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4020 = reduce_sum %4019 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4021 = reshape %3999 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%4022 = reshape %4020 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%4023 = reshape %4013 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%4024 = concat %4023, %4022, %4021 axis=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%4025 = permute %4024 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%4026 = reshape %4025 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%4027 = reshape %4026 : f32[64,48] @ models/lib/nn.yaml:84:18
%4028 = matmul %3413, %4027 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%4029 = reshape %4028 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4030 = reshape %4029 : f32[48] @ models/lib/nn.yaml:84:18
%4031 = add %3208, %4030 : f32[48] @ models/lib/nn.yaml:84:18
%4032 = matmul %4026, %24 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4033 = reshape %1529 : f32[64,16] @ models/lib/nn.yaml:83:15
%4034 = reshape %4025 : f32[64,48] @ models/lib/nn.yaml:83:15
%4035 = matmul %4034, %4033 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%4036 = add %3212, %4035 : f32[48,16] @ models/lib/nn.yaml:83:15
%4037 = reshape %4032 : f32[64,16] @ models/lib/nn.yaml:96:46
%4038 = matmul %3413, %4037 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4039 = reshape %4038 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4040 = reshape %4039 : f32[16] @ models/lib/nn.yaml:96:46
%4041 = add %3214, %4040 : f32[16] @ models/lib/nn.yaml:96:46
%4042 = mul %4032, %1526 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4043 = mul %4032, %1525 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4044 = reshape %4043 : f32[64,16] @ models/lib/nn.yaml:96:37
%4045 = matmul %3413, %4044 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%4046 = reshape %4045 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4047 = reshape %4046 : f32[16] @ models/lib/nn.yaml:96:37
%4048 = add %3218, %4047 : f32[16] @ models/lib/nn.yaml:96:37
%4049 = mul %4042, %1524 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4050 = mul %4042, %1518 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4051 = reduce_sum %4050 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4052 = mul %1523, %1523 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4053 = mul %1523, %4052 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4054 = mul %4053, %3958 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4055 = mul %4051, %4054 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4056 = div %4055, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4057 = broadcast %4056 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4058 = mul %4057, %1518 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4059 = add %4049, %4058 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4060 = add %4059, %4058 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4061 = add %3971, %4060 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4062 = neg %4060 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4063 = reduce_sum %4062 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4064 = div %4063, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4065 = broadcast %4064 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4066 = add %4061, %4065 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4067 = reshape %4066 : f32[64,16] @ models/lib/nn.yaml:84:18
%4068 = matmul %3413, %4067 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4069 = reshape %4068 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4070 = reshape %4069 : f32[16] @ models/lib/nn.yaml:84:18
%4071 = add %3238, %4070 : f32[16] @ models/lib/nn.yaml:84:18
%4072 = matmul %4066, %20 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%4073 = reshape %1510 : f32[64,64] @ models/lib/nn.yaml:83:15
%4074 = reshape %4066 : f32[64,16] @ models/lib/nn.yaml:83:15
%4075 = matmul %4074, %4073 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4076 = add %3242, %4075 : f32[16,64] @ models/lib/nn.yaml:83:15
%4077 = mul %4072, %1509 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4078 = mul %4072, %1506 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4079 = mul %1507, %1507 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4080 = neg %4079 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4081 = exp %4080 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4082 = mul %4081, %3925 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4083 = mul %4078, %4082 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4084 = mul %4083, %256 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%4085 = mul %4077, %253 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4086 = add %4084, %4085 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4087 = reshape %4086 : f32[64,64] @ models/lib/nn.yaml:84:18
%4088 = matmul %3413, %4087 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%4089 = reshape %4088 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4090 = reshape %4089 : f32[64] @ models/lib/nn.yaml:84:18
%4091 = add %3254, %4090 : f32[64] @ models/lib/nn.yaml:84:18
%4092 = matmul %4086, %18 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4093 = reshape %1502 : f32[64,16] @ models/lib/nn.yaml:83:15
%4094 = reshape %4086 : f32[64,64] @ models/lib/nn.yaml:83:15
%4095 = matmul %4094, %4093 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4096 = add %3258, %4095 : f32[64,16] @ models/lib/nn.yaml:83:15
%4097 = reshape %4092 : f32[64,16] @ models/lib/nn.yaml:96:46
%4098 = matmul %3413, %4097 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4099 = reshape %4098 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4100 = reshape %4099 : f32[16] @ models/lib/nn.yaml:96:46
%4101 = add %3260, %4100 : f32[16] @ models/lib/nn.yaml:96:46
%4102 = mul %4092, %1499 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4103 = mul %4092, %1498 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4104 = reshape %4103 : f32[64,16] @ models/lib/nn.yaml:96:37
%4105 = matmul %3413, %4104 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%4106 = reshape %4105 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4107 = reshape %4106 : f32[16] @ models/lib/nn.yaml:96:37
%4108 = add %3264, %4107 : f32[16] @ models/lib/nn.yaml:96:37
%4109 = mul %4102, %1497 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4110 = mul %4102, %1491 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4111 = reduce_sum %4110 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4112 = mul %1496, %1496 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4113 = mul %1496, %4112 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4114 = mul %4113, %3958 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4115 = mul %4111, %4114 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4116 = div %4115, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4117 = broadcast %4116 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4118 = mul %4117, %1491 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4119 = add %4109, %4118 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4120 = add %4119, %4118 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4121 = add %4066, %4120 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4122 = neg %4120 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4123 = reduce_sum %4122 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4124 = div %4123, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4125 = broadcast %4124 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4126 = add %4121, %4125 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4127 = reshape %4126 : f32[64,16] @ models/lib/nn.yaml:84:18
%4128 = matmul %3413, %4127 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4129 = reshape %4128 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4130 = reshape %4129 : f32[16] @ models/lib/nn.yaml:84:18
%4131 = add %3284, %4130 : f32[16] @ models/lib/nn.yaml:84:18
%4132 = matmul %4126, %14 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4133 = reshape %1482 : f32[64,16] @ models/lib/nn.yaml:83:15
%4134 = reshape %4126 : f32[64,16] @ models/lib/nn.yaml:83:15
%4135 = matmul %4134, %4133 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4136 = add %3288, %4135 : f32[16,16] @ models/lib/nn.yaml:83:15
%4137 = reshape %4132 : f32[4,16,2,8] @ models/lib/nn.yaml:57:16
%4138 = permute %4137 perm=[0,2,1,3] : f32[4,2,16,8] @ models/lib/nn.yaml:56:13
%4139 = permute %1459 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%4140 = reshape %4138 : f32[4,2,16,8,1] @ models/lib/nn.yaml:56:23
%4141 = broadcast %4140 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4142 = reshape %4139 : f32[4,2,1,8,16] @ models/lib/nn.yaml:56:23
%4143 = broadcast %4142 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4144 = mul %4141, %4143 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4145 = reduce_sum %4144 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4146 = permute %1475 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4147 = reshape %4146 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%4148 = broadcast %4147 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4149 = reshape %4138 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%4150 = broadcast %4149 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4151 = mul %4148, %4150 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4152 = reduce_sum %4151 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4153 = div %4145, %1474 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4154 = mul %4153, %1475 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4155 = neg %4154 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4156 = reduce_sum %4155 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%4157 = broadcast %4156 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4158 = add %4153, %4157 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4159 = mul %4158, %1472 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%4160 = mul %4159, %212 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%4161 = reshape %4160 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%4162 = broadcast %4161 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4163 = reshape %1457 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%4164 = broadcast %4163 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4165 = mul %4162, %4164 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4166 = reduce_sum %4165 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4167 = permute %4160 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%4168 = reshape %4167 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%4169 = broadcast %4168 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4170 = reshape %1455 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%4171 = broadcast %4170 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4172 = mul %4169, %4171 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4173 = reduce_sum %4172 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4174 = reshape %4152 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%4175 = reshape %4173 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%4176 = reshape %4166 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%4177 = concat %4176, %4175, %4174 axis=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%4178 = permute %4177 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%4179 = reshape %4178 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%4180 = reshape %4179 : f32[64,48] @ models/lib/nn.yaml:84:18
%4181 = matmul %3413, %4180 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%4182 = reshape %4181 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4183 = reshape %4182 : f32[48] @ models/lib/nn.yaml:84:18
%4184 = add %3333, %4183 : f32[48] @ models/lib/nn.yaml:84:18
%4185 = matmul %4179, %12 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4186 = reshape %1448 : f32[64,16] @ models/lib/nn.yaml:83:15
%4187 = reshape %4178 : f32[64,48] @ models/lib/nn.yaml:83:15
%4188 = matmul %4187, %4186 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%4189 = add %3337, %4188 : f32[48,16] @ models/lib/nn.yaml:83:15
%4190 = reshape %4185 : f32[64,16] @ models/lib/nn.yaml:96:46
%4191 = matmul %3413, %4190 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4192 = reshape %4191 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4193 = reshape %4192 : f32[16] @ models/lib/nn.yaml:96:46
%4194 = add %3339, %4193 : f32[16] @ models/lib/nn.yaml:96:46
%4195 = mul %4185, %1445 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4196 = mul %4185, %1444 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4197 = reshape %4196 : f32[64,16] @ models/lib/nn.yaml:96:37
%4198 = matmul %3413, %4197 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%4199 = reshape %4198 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4200 = reshape %4199 : f32[16] @ models/lib/nn.yaml:96:37
%4201 = add %3343, %4200 : f32[16] @ models/lib/nn.yaml:96:37
%4202 = mul %4195, %1443 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4203 = mul %4195, %1437 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4204 = reduce_sum %4203 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4205 = mul %1442, %1442 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4206 = mul %1442, %4205 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4207 = mul %4206, %3958 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4208 = mul %4204, %4207 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4209 = div %4208, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4210 = broadcast %4209 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4211 = mul %4210, %1437 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4212 = add %4202, %4211 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4213 = add %4212, %4211 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4214 = add %4126, %4213 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4215 = neg %4213 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4216 = reduce_sum %4215 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4217 = div %4216, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4218 = broadcast %4217 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4219 = add %4214, %4218 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4220 = reduce_sum %4219 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%4221 = add %3371, %4220 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%4222 = reshape %4219 : f32[64,16] @ models/lib/vit.yaml:17:71
%4223 = matmul %3413, %4222 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%4224 = reshape %4223 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%4225 = reshape %4224 : f32[16] @ models/lib/vit.yaml:17:71
%4226 = add %3373, %4225 : f32[16] @ models/lib/vit.yaml:17:71
%4227 = reshape %166 : f32[64,48] @ models/lib/vit.yaml:17:18
%4228 = reshape %4219 : f32[64,16] @ models/lib/vit.yaml:17:18
%4229 = matmul %4228, %4227 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%4230 = reshape %4229 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%4231 = add %3377, %4230 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%4232 = all_reduce_sum %4221 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4233 = reshape %4232 : f32[256] @ models/lib/vit.yaml:48:7
%4234 = mul %4233, %4233 : f32[256] @ models/lib/vit.yaml:48:7
%4235 = reduce_sum %4234 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%4236 = sqrt %4235 : f32[] @ models/lib/vit.yaml:48:7
%4237 = cast %4236 : f64[] @ models/lib/vit.yaml:48:7
%4238 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%4239 = add %4237, %4238 : f64[] @ models/lib/vit.yaml:48:7
%4240 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%4241 = div %4240, %4239 : f64[] @ models/lib/vit.yaml:48:7
%4242 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%4243 = lt %4241, %4242 : bool[] @ models/lib/vit.yaml:48:7
%4244 = cast %4241 : f32[] @ models/lib/vit.yaml:48:7
%4245 = broadcast %4244 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4246 = mul %4232, %4245 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4247 = broadcast %4243 : bool[1,16,16] @ models/lib/vit.yaml:48:7
%4248 = select %4247, %4246, %4232 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4249 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4250 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4251 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%4252 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%4253 = add %4251, %4252 : i64[] @ models/lib/vit.yaml:48:7
%4254 = mul %2558, %2559 : f64[] @ models/lib/vit.yaml:48:7
%4255 = sub %4242, %4254 : f64[] @ models/lib/vit.yaml:48:7
%4256 = cast %4255 : f32[] @ models/lib/vit.yaml:48:7
%4257 = broadcast %4256 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4258 = mul %7, %4257 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4259 = broadcast %2314 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4260 = mul %4248, %4259 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4261 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%4262 = broadcast %1568 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4263 = mul %4249, %4262 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4264 = add %4263, %4260 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4265 = mul %4248, %4248 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4266 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%4267 = broadcast %4266 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4268 = mul %4265, %4267 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4269 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%4270 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%4271 = broadcast %4270 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4272 = mul %4250, %4271 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4273 = add %4272, %4268 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4274 = cast %4253 : f64[] @ models/lib/vit.yaml:48:7
%4275 = pow %4261, %4274 : f64[] @ models/lib/vit.yaml:48:7
%4276 = sub %4242, %4275 : f64[] @ models/lib/vit.yaml:48:7
%4277 = div %2558, %4276 : f64[] @ models/lib/vit.yaml:48:7
%4278 = pow %4269, %4274 : f64[] @ models/lib/vit.yaml:48:7
%4279 = sub %4242, %4278 : f64[] @ models/lib/vit.yaml:48:7
%4280 = sqrt %4279 : f64[] @ models/lib/vit.yaml:48:7
%4281 = div %4242, %4280 : f64[] @ models/lib/vit.yaml:48:7
%4282 = sqrt %4273 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4283 = cast %4281 : f32[] @ models/lib/vit.yaml:48:7
%4284 = broadcast %4283 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4285 = mul %4282, %4284 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4286 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%4287 = broadcast %4286 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4288 = add %4285, %4287 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4289 = div %4264, %4288 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4290 = cast %4277 : f32[] @ models/lib/vit.yaml:48:7
%4291 = broadcast %4290 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4292 = mul %4289, %4291 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4293 = sub %4258, %4292 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4294 = assign %7, %4293 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4295 = assign %4249, %4264 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4296 = assign %4250, %4273 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4297 = assign %4251, %4253 : i64[] @ models/lib/vit.yaml:48:7
%4298 = cast %2560 : f32[] @ models/lib/vit.yaml:48:7
%4299 = broadcast %4298 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4300 = mul %85, %4299 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4301 = sub %4242, %2560 : f64[] @ models/lib/vit.yaml:48:7
%4302 = cast %4301 : f32[] @ models/lib/vit.yaml:48:7
%4303 = broadcast %4302 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4304 = mul %4293, %4303 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4305 = add %4300, %4304 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4306 = assign %85, %4305 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4307 = all_reduce_sum %4231 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4308 = reshape %4307 : f32[768] @ models/lib/vit.yaml:9:7
%4309 = mul %4308, %4308 : f32[768] @ models/lib/vit.yaml:9:7
%4310 = reduce_sum %4309 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%4311 = sqrt %4310 : f32[] @ models/lib/vit.yaml:9:7
%4312 = cast %4311 : f64[] @ models/lib/vit.yaml:9:7
%4313 = add %4312, %4238 : f64[] @ models/lib/vit.yaml:9:7
%4314 = div %4240, %4313 : f64[] @ models/lib/vit.yaml:9:7
%4315 = lt %4314, %4242 : bool[] @ models/lib/vit.yaml:9:7
%4316 = cast %4314 : f32[] @ models/lib/vit.yaml:9:7
%4317 = broadcast %4316 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4318 = mul %4307, %4317 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4319 = broadcast %4315 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%4320 = select %4319, %4318, %4307 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4321 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4322 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4323 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%4324 = add %4323, %4252 : i64[] @ models/lib/vit.yaml:9:7
%4325 = broadcast %4256 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4326 = mul %8, %4325 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4327 = broadcast %2314 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4328 = mul %4320, %4327 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4329 = broadcast %1568 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4330 = mul %4321, %4329 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4331 = add %4330, %4328 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4332 = mul %4320, %4320 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4333 = broadcast %4266 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4334 = mul %4332, %4333 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4335 = broadcast %4270 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4336 = mul %4322, %4335 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4337 = add %4336, %4334 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4338 = cast %4324 : f64[] @ models/lib/vit.yaml:9:7
%4339 = pow %4261, %4338 : f64[] @ models/lib/vit.yaml:9:7
%4340 = sub %4242, %4339 : f64[] @ models/lib/vit.yaml:9:7
%4341 = div %2558, %4340 : f64[] @ models/lib/vit.yaml:9:7
%4342 = pow %4269, %4338 : f64[] @ models/lib/vit.yaml:9:7
%4343 = sub %4242, %4342 : f64[] @ models/lib/vit.yaml:9:7
%4344 = sqrt %4343 : f64[] @ models/lib/vit.yaml:9:7
%4345 = div %4242, %4344 : f64[] @ models/lib/vit.yaml:9:7
%4346 = sqrt %4337 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4347 = cast %4345 : f32[] @ models/lib/vit.yaml:9:7
%4348 = broadcast %4347 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4349 = mul %4346, %4348 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4350 = broadcast %4286 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4351 = add %4349, %4350 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4352 = div %4331, %4351 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4353 = cast %4341 : f32[] @ models/lib/vit.yaml:9:7
%4354 = broadcast %4353 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4355 = mul %4352, %4354 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4356 = sub %4326, %4355 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4357 = assign %8, %4356 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4358 = assign %4321, %4331 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4359 = assign %4322, %4337 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4360 = assign %4323, %4324 : i64[] @ models/lib/vit.yaml:9:7
%4361 = broadcast %4298 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4362 = mul %86, %4361 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4363 = broadcast %4302 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4364 = mul %4356, %4363 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4365 = add %4362, %4364 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4366 = assign %86, %4365 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4367 = all_reduce_sum %4226 : f32[16] @ models/lib/vit.yaml:10:7
%4368 = mul %4367, %4367 : f32[16] @ models/lib/vit.yaml:10:7
%4369 = reduce_sum %4368 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%4370 = sqrt %4369 : f32[] @ models/lib/vit.yaml:10:7
%4371 = cast %4370 : f64[] @ models/lib/vit.yaml:10:7
%4372 = add %4371, %4238 : f64[] @ models/lib/vit.yaml:10:7
%4373 = div %4240, %4372 : f64[] @ models/lib/vit.yaml:10:7
%4374 = lt %4373, %4242 : bool[] @ models/lib/vit.yaml:10:7
%4375 = cast %4373 : f32[] @ models/lib/vit.yaml:10:7
%4376 = broadcast %4375 : f32[16] @ models/lib/vit.yaml:10:7
%4377 = mul %4367, %4376 : f32[16] @ models/lib/vit.yaml:10:7
%4378 = broadcast %4374 : bool[16] @ models/lib/vit.yaml:10:7
%4379 = select %4378, %4377, %4367 : f32[16] @ models/lib/vit.yaml:10:7
%4380 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%4381 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%4382 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%4383 = add %4382, %4252 : i64[] @ models/lib/vit.yaml:10:7
%4384 = broadcast %2314 : f32[16] @ models/lib/vit.yaml:10:7
%4385 = mul %4379, %4384 : f32[16] @ models/lib/vit.yaml:10:7
%4386 = broadcast %1568 : f32[16] @ models/lib/vit.yaml:10:7
%4387 = mul %4380, %4386 : f32[16] @ models/lib/vit.yaml:10:7
%4388 = add %4387, %4385 : f32[16] @ models/lib/vit.yaml:10:7
%4389 = mul %4379, %4379 : f32[16] @ models/lib/vit.yaml:10:7
%4390 = broadcast %4266 : f32[16] @ models/lib/vit.yaml:10:7
%4391 = mul %4389, %4390 : f32[16] @ models/lib/vit.yaml:10:7
%4392 = broadcast %4270 : f32[16] @ models/lib/vit.yaml:10:7
%4393 = mul %4381, %4392 : f32[16] @ models/lib/vit.yaml:10:7
%4394 = add %4393, %4391 : f32[16] @ models/lib/vit.yaml:10:7
%4395 = cast %4383 : f64[] @ models/lib/vit.yaml:10:7
%4396 = pow %4261, %4395 : f64[] @ models/lib/vit.yaml:10:7
%4397 = sub %4242, %4396 : f64[] @ models/lib/vit.yaml:10:7
%4398 = div %2558, %4397 : f64[] @ models/lib/vit.yaml:10:7
%4399 = pow %4269, %4395 : f64[] @ models/lib/vit.yaml:10:7
%4400 = sub %4242, %4399 : f64[] @ models/lib/vit.yaml:10:7
%4401 = sqrt %4400 : f64[] @ models/lib/vit.yaml:10:7
%4402 = div %4242, %4401 : f64[] @ models/lib/vit.yaml:10:7
%4403 = sqrt %4394 : f32[16] @ models/lib/vit.yaml:10:7
%4404 = cast %4402 : f32[] @ models/lib/vit.yaml:10:7
%4405 = broadcast %4404 : f32[16] @ models/lib/vit.yaml:10:7
%4406 = mul %4403, %4405 : f32[16] @ models/lib/vit.yaml:10:7
%4407 = broadcast %4286 : f32[16] @ models/lib/vit.yaml:10:7
%4408 = add %4406, %4407 : f32[16] @ models/lib/vit.yaml:10:7
%4409 = div %4388, %4408 : f32[16] @ models/lib/vit.yaml:10:7
%4410 = cast %4398 : f32[] @ models/lib/vit.yaml:10:7
%4411 = broadcast %4410 : f32[16] @ models/lib/vit.yaml:10:7
%4412 = mul %4409, %4411 : f32[16] @ models/lib/vit.yaml:10:7
%4413 = sub %9, %4412 : f32[16] @ models/lib/vit.yaml:10:7
%4414 = assign %9, %4413 : f32[16] @ models/lib/vit.yaml:10:7
%4415 = assign %4380, %4388 : f32[16] @ models/lib/vit.yaml:10:7
%4416 = assign %4381, %4394 : f32[16] @ models/lib/vit.yaml:10:7
%4417 = assign %4382, %4383 : i64[] @ models/lib/vit.yaml:10:7
%4418 = broadcast %4298 : f32[16] @ models/lib/vit.yaml:10:7
%4419 = mul %87, %4418 : f32[16] @ models/lib/vit.yaml:10:7
%4420 = broadcast %4302 : f32[16] @ models/lib/vit.yaml:10:7
%4421 = mul %4413, %4420 : f32[16] @ models/lib/vit.yaml:10:7
%4422 = add %4419, %4421 : f32[16] @ models/lib/vit.yaml:10:7
%4423 = assign %87, %4422 : f32[16] @ models/lib/vit.yaml:10:7
%4424 = all_reduce_sum %4201 : f32[16] @ models/lib/nn.yaml:89:7
%4425 = mul %4424, %4424 : f32[16] @ models/lib/nn.yaml:89:7
%4426 = reduce_sum %4425 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%4427 = sqrt %4426 : f32[] @ models/lib/nn.yaml:89:7
%4428 = cast %4427 : f64[] @ models/lib/nn.yaml:89:7
%4429 = add %4428, %4238 : f64[] @ models/lib/nn.yaml:89:7
%4430 = div %4240, %4429 : f64[] @ models/lib/nn.yaml:89:7
%4431 = lt %4430, %4242 : bool[] @ models/lib/nn.yaml:89:7
%4432 = cast %4430 : f32[] @ models/lib/nn.yaml:89:7
%4433 = broadcast %4432 : f32[16] @ models/lib/nn.yaml:89:7
%4434 = mul %4424, %4433 : f32[16] @ models/lib/nn.yaml:89:7
%4435 = broadcast %4431 : bool[16] @ models/lib/nn.yaml:89:7
%4436 = select %4435, %4434, %4424 : f32[16] @ models/lib/nn.yaml:89:7
%4437 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4438 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4439 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4440 = add %4439, %4252 : i64[] @ models/lib/nn.yaml:89:7
%4441 = mul %4436, %4384 : f32[16] @ models/lib/nn.yaml:89:7
%4442 = mul %4437, %4386 : f32[16] @ models/lib/nn.yaml:89:7
%4443 = add %4442, %4441 : f32[16] @ models/lib/nn.yaml:89:7
%4444 = mul %4436, %4436 : f32[16] @ models/lib/nn.yaml:89:7
%4445 = mul %4444, %4390 : f32[16] @ models/lib/nn.yaml:89:7
%4446 = mul %4438, %4392 : f32[16] @ models/lib/nn.yaml:89:7
%4447 = add %4446, %4445 : f32[16] @ models/lib/nn.yaml:89:7
%4448 = cast %4440 : f64[] @ models/lib/nn.yaml:89:7
%4449 = pow %4261, %4448 : f64[] @ models/lib/nn.yaml:89:7
%4450 = sub %4242, %4449 : f64[] @ models/lib/nn.yaml:89:7
%4451 = div %2558, %4450 : f64[] @ models/lib/nn.yaml:89:7
%4452 = pow %4269, %4448 : f64[] @ models/lib/nn.yaml:89:7
%4453 = sub %4242, %4452 : f64[] @ models/lib/nn.yaml:89:7
%4454 = sqrt %4453 : f64[] @ models/lib/nn.yaml:89:7
%4455 = div %4242, %4454 : f64[] @ models/lib/nn.yaml:89:7
%4456 = sqrt %4447 : f32[16] @ models/lib/nn.yaml:89:7
%4457 = cast %4455 : f32[] @ models/lib/nn.yaml:89:7
%4458 = broadcast %4457 : f32[16] @ models/lib/nn.yaml:89:7
%4459 = mul %4456, %4458 : f32[16] @ models/lib/nn.yaml:89:7
%4460 = add %4459, %4407 : f32[16] @ models/lib/nn.yaml:89:7
%4461 = div %4443, %4460 : f32[16] @ models/lib/nn.yaml:89:7
%4462 = cast %4451 : f32[] @ models/lib/nn.yaml:89:7
%4463 = broadcast %4462 : f32[16] @ models/lib/nn.yaml:89:7
%4464 = mul %4461, %4463 : f32[16] @ models/lib/nn.yaml:89:7
%4465 = sub %10, %4464 : f32[16] @ models/lib/nn.yaml:89:7
%4466 = assign %10, %4465 : f32[16] @ models/lib/nn.yaml:89:7
%4467 = assign %4437, %4443 : f32[16] @ models/lib/nn.yaml:89:7
%4468 = assign %4438, %4447 : f32[16] @ models/lib/nn.yaml:89:7
%4469 = assign %4439, %4440 : i64[] @ models/lib/nn.yaml:89:7
%4470 = mul %88, %4418 : f32[16] @ models/lib/nn.yaml:89:7
%4471 = mul %4465, %4420 : f32[16] @ models/lib/nn.yaml:89:7
%4472 = add %4470, %4471 : f32[16] @ models/lib/nn.yaml:89:7
%4473 = assign %88, %4472 : f32[16] @ models/lib/nn.yaml:89:7
%4474 = all_reduce_sum %4194 : f32[16] @ models/lib/nn.yaml:90:7
%4475 = mul %4474, %4474 : f32[16] @ models/lib/nn.yaml:90:7
%4476 = reduce_sum %4475 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%4477 = sqrt %4476 : f32[] @ models/lib/nn.yaml:90:7
%4478 = cast %4477 : f64[] @ models/lib/nn.yaml:90:7
%4479 = add %4478, %4238 : f64[] @ models/lib/nn.yaml:90:7
%4480 = div %4240, %4479 : f64[] @ models/lib/nn.yaml:90:7
%4481 = lt %4480, %4242 : bool[] @ models/lib/nn.yaml:90:7
%4482 = cast %4480 : f32[] @ models/lib/nn.yaml:90:7
%4483 = broadcast %4482 : f32[16] @ models/lib/nn.yaml:90:7
%4484 = mul %4474, %4483 : f32[16] @ models/lib/nn.yaml:90:7
%4485 = broadcast %4481 : bool[16] @ models/lib/nn.yaml:90:7
%4486 = select %4485, %4484, %4474 : f32[16] @ models/lib/nn.yaml:90:7
%4487 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4488 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4489 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4490 = add %4489, %4252 : i64[] @ models/lib/nn.yaml:90:7
%4491 = mul %4486, %4384 : f32[16] @ models/lib/nn.yaml:90:7
%4492 = mul %4487, %4386 : f32[16] @ models/lib/nn.yaml:90:7
%4493 = add %4492, %4491 : f32[16] @ models/lib/nn.yaml:90:7
%4494 = mul %4486, %4486 : f32[16] @ models/lib/nn.yaml:90:7
%4495 = mul %4494, %4390 : f32[16] @ models/lib/nn.yaml:90:7
%4496 = mul %4488, %4392 : f32[16] @ models/lib/nn.yaml:90:7
%4497 = add %4496, %4495 : f32[16] @ models/lib/nn.yaml:90:7
%4498 = cast %4490 : f64[] @ models/lib/nn.yaml:90:7
%4499 = pow %4261, %4498 : f64[] @ models/lib/nn.yaml:90:7
%4500 = sub %4242, %4499 : f64[] @ models/lib/nn.yaml:90:7
%4501 = div %2558, %4500 : f64[] @ models/lib/nn.yaml:90:7
%4502 = pow %4269, %4498 : f64[] @ models/lib/nn.yaml:90:7
%4503 = sub %4242, %4502 : f64[] @ models/lib/nn.yaml:90:7
%4504 = sqrt %4503 : f64[] @ models/lib/nn.yaml:90:7
%4505 = div %4242, %4504 : f64[] @ models/lib/nn.yaml:90:7
%4506 = sqrt %4497 : f32[16] @ models/lib/nn.yaml:90:7
%4507 = cast %4505 : f32[] @ models/lib/nn.yaml:90:7
%4508 = broadcast %4507 : f32[16] @ models/lib/nn.yaml:90:7
%4509 = mul %4506, %4508 : f32[16] @ models/lib/nn.yaml:90:7
%4510 = add %4509, %4407 : f32[16] @ models/lib/nn.yaml:90:7
%4511 = div %4493, %4510 : f32[16] @ models/lib/nn.yaml:90:7
%4512 = cast %4501 : f32[] @ models/lib/nn.yaml:90:7
%4513 = broadcast %4512 : f32[16] @ models/lib/nn.yaml:90:7
%4514 = mul %4511, %4513 : f32[16] @ models/lib/nn.yaml:90:7
%4515 = sub %11, %4514 : f32[16] @ models/lib/nn.yaml:90:7
%4516 = assign %11, %4515 : f32[16] @ models/lib/nn.yaml:90:7
%4517 = assign %4487, %4493 : f32[16] @ models/lib/nn.yaml:90:7
%4518 = assign %4488, %4497 : f32[16] @ models/lib/nn.yaml:90:7
%4519 = assign %4489, %4490 : i64[] @ models/lib/nn.yaml:90:7
%4520 = mul %89, %4418 : f32[16] @ models/lib/nn.yaml:90:7
%4521 = mul %4515, %4420 : f32[16] @ models/lib/nn.yaml:90:7
%4522 = add %4520, %4521 : f32[16] @ models/lib/nn.yaml:90:7
%4523 = assign %89, %4522 : f32[16] @ models/lib/nn.yaml:90:7
%4524 = all_reduce_sum %4189 : f32[48,16] @ models/lib/nn.yaml:79:7
%4525 = reshape %4524 : f32[768] @ models/lib/nn.yaml:79:7
%4526 = mul %4525, %4525 : f32[768] @ models/lib/nn.yaml:79:7
%4527 = reduce_sum %4526 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4528 = sqrt %4527 : f32[] @ models/lib/nn.yaml:79:7
%4529 = cast %4528 : f64[] @ models/lib/nn.yaml:79:7
%4530 = add %4529, %4238 : f64[] @ models/lib/nn.yaml:79:7
%4531 = div %4240, %4530 : f64[] @ models/lib/nn.yaml:79:7
%4532 = lt %4531, %4242 : bool[] @ models/lib/nn.yaml:79:7
%4533 = cast %4531 : f32[] @ models/lib/nn.yaml:79:7
%4534 = broadcast %4533 : f32[48,16] @ models/lib/nn.yaml:79:7
%4535 = mul %4524, %4534 : f32[48,16] @ models/lib/nn.yaml:79:7
%4536 = broadcast %4532 : bool[48,16] @ models/lib/nn.yaml:79:7
%4537 = select %4536, %4535, %4524 : f32[48,16] @ models/lib/nn.yaml:79:7
%4538 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%4539 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%4540 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4541 = add %4540, %4252 : i64[] @ models/lib/nn.yaml:79:7
%4542 = broadcast %4256 : f32[48,16] @ models/lib/nn.yaml:79:7
%4543 = mul %12, %4542 : f32[48,16] @ models/lib/nn.yaml:79:7
%4544 = broadcast %2314 : f32[48,16] @ models/lib/nn.yaml:79:7
%4545 = mul %4537, %4544 : f32[48,16] @ models/lib/nn.yaml:79:7
%4546 = broadcast %1568 : f32[48,16] @ models/lib/nn.yaml:79:7
%4547 = mul %4538, %4546 : f32[48,16] @ models/lib/nn.yaml:79:7
%4548 = add %4547, %4545 : f32[48,16] @ models/lib/nn.yaml:79:7
%4549 = mul %4537, %4537 : f32[48,16] @ models/lib/nn.yaml:79:7
%4550 = broadcast %4266 : f32[48,16] @ models/lib/nn.yaml:79:7
%4551 = mul %4549, %4550 : f32[48,16] @ models/lib/nn.yaml:79:7
%4552 = broadcast %4270 : f32[48,16] @ models/lib/nn.yaml:79:7
%4553 = mul %4539, %4552 : f32[48,16] @ models/lib/nn.yaml:79:7
%4554 = add %4553, %4551 : f32[48,16] @ models/lib/nn.yaml:79:7
%4555 = cast %4541 : f64[] @ models/lib/nn.yaml:79:7
%4556 = pow %4261, %4555 : f64[] @ models/lib/nn.yaml:79:7
%4557 = sub %4242, %4556 : f64[] @ models/lib/nn.yaml:79:7
%4558 = div %2558, %4557 : f64[] @ models/lib/nn.yaml:79:7
%4559 = pow %4269, %4555 : f64[] @ models/lib/nn.yaml:79:7
%4560 = sub %4242, %4559 : f64[] @ models/lib/nn.yaml:79:7
%4561 = sqrt %4560 : f64[] @ models/lib/nn.yaml:79:7
%4562 = div %4242, %4561 : f64[] @ models/lib/nn.yaml:79:7
%4563 = sqrt %4554 : f32[48,16] @ models/lib/nn.yaml:79:7
%4564 = cast %4562 : f32[] @ models/lib/nn.yaml:79:7
%4565 = broadcast %4564 : f32[48,16] @ models/lib/nn.yaml:79:7
%4566 = mul %4563, %4565 : f32[48,16] @ models/lib/nn.yaml:79:7
%4567 = broadcast %4286 : f32[48,16] @ models/lib/nn.yaml:79:7
%4568 = add %4566, %4567 : f32[48,16] @ models/lib/nn.yaml:79:7
%4569 = div %4548, %4568 : f32[48,16] @ models/lib/nn.yaml:79:7
%4570 = cast %4558 : f32[] @ models/lib/nn.yaml:79:7
%4571 = broadcast %4570 : f32[48,16] @ models/lib/nn.yaml:79:7
%4572 = mul %4569, %4571 : f32[48,16] @ models/lib/nn.yaml:79:7
%4573 = sub %4543, %4572 : f32[48,16] @ models/lib/nn.yaml:79:7
%4574 = assign %12, %4573 : f32[48,16] @ models/lib/nn.yaml:79:7
%4575 = assign %4538, %4548 : f32[48,16] @ models/lib/nn.yaml:79:7
%4576 = assign %4539, %4554 : f32[48,16] @ models/lib/nn.yaml:79:7
%4577 = assign %4540, %4541 : i64[] @ models/lib/nn.yaml:79:7
%4578 = broadcast %4298 : f32[48,16] @ models/lib/nn.yaml:79:7
%4579 = mul %90, %4578 : f32[48,16] @ models/lib/nn.yaml:79:7
%4580 = broadcast %4302 : f32[48,16] @ models/lib/nn.yaml:79:7
%4581 = mul %4573, %4580 : f32[48,16] @ models/lib/nn.yaml:79:7
%4582 = add %4579, %4581 : f32[48,16] @ models/lib/nn.yaml:79:7
%4583 = assign %90, %4582 : f32[48,16] @ models/lib/nn.yaml:79:7
%4584 = all_reduce_sum %4184 : f32[48] @ models/lib/nn.yaml:80:7
%4585 = mul %4584, %4584 : f32[48] @ models/lib/nn.yaml:80:7
%4586 = reduce_sum %4585 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4587 = sqrt %4586 : f32[] @ models/lib/nn.yaml:80:7
%4588 = cast %4587 : f64[] @ models/lib/nn.yaml:80:7
%4589 = add %4588, %4238 : f64[] @ models/lib/nn.yaml:80:7
%4590 = div %4240, %4589 : f64[] @ models/lib/nn.yaml:80:7
%4591 = lt %4590, %4242 : bool[] @ models/lib/nn.yaml:80:7
%4592 = cast %4590 : f32[] @ models/lib/nn.yaml:80:7
%4593 = broadcast %4592 : f32[48] @ models/lib/nn.yaml:80:7
%4594 = mul %4584, %4593 : f32[48] @ models/lib/nn.yaml:80:7
%4595 = broadcast %4591 : bool[48] @ models/lib/nn.yaml:80:7
%4596 = select %4595, %4594, %4584 : f32[48] @ models/lib/nn.yaml:80:7
%4597 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%4598 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%4599 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4600 = add %4599, %4252 : i64[] @ models/lib/nn.yaml:80:7
%4601 = broadcast %2314 : f32[48] @ models/lib/nn.yaml:80:7
%4602 = mul %4596, %4601 : f32[48] @ models/lib/nn.yaml:80:7
%4603 = broadcast %1568 : f32[48] @ models/lib/nn.yaml:80:7
%4604 = mul %4597, %4603 : f32[48] @ models/lib/nn.yaml:80:7
%4605 = add %4604, %4602 : f32[48] @ models/lib/nn.yaml:80:7
%4606 = mul %4596, %4596 : f32[48] @ models/lib/nn.yaml:80:7
%4607 = broadcast %4266 : f32[48] @ models/lib/nn.yaml:80:7
%4608 = mul %4606, %4607 : f32[48] @ models/lib/nn.yaml:80:7
%4609 = broadcast %4270 : f32[48] @ models/lib/nn.yaml:80:7
%4610 = mul %4598, %4609 : f32[48] @ models/lib/nn.yaml:80:7
%4611 = add %4610, %4608 : f32[48] @ models/lib/nn.yaml:80:7
%4612 = cast %4600 : f64[] @ models/lib/nn.yaml:80:7
%4613 = pow %4261, %4612 : f64[] @ models/lib/nn.yaml:80:7
%4614 = sub %4242, %4613 : f64[] @ models/lib/nn.yaml:80:7
%4615 = div %2558, %4614 : f64[] @ models/lib/nn.yaml:80:7
%4616 = pow %4269, %4612 : f64[] @ models/lib/nn.yaml:80:7
%4617 = sub %4242, %4616 : f64[] @ models/lib/nn.yaml:80:7
%4618 = sqrt %4617 : f64[] @ models/lib/nn.yaml:80:7
%4619 = div %4242, %4618 : f64[] @ models/lib/nn.yaml:80:7
%4620 = sqrt %4611 : f32[48] @ models/lib/nn.yaml:80:7
%4621 = cast %4619 : f32[] @ models/lib/nn.yaml:80:7
%4622 = broadcast %4621 : f32[48] @ models/lib/nn.yaml:80:7
%4623 = mul %4620, %4622 : f32[48] @ models/lib/nn.yaml:80:7
%4624 = broadcast %4286 : f32[48] @ models/lib/nn.yaml:80:7
%4625 = add %4623, %4624 : f32[48] @ models/lib/nn.yaml:80:7
%4626 = div %4605, %4625 : f32[48] @ models/lib/nn.yaml:80:7
%4627 = cast %4615 : f32[] @ models/lib/nn.yaml:80:7
%4628 = broadcast %4627 : f32[48] @ models/lib/nn.yaml:80:7
%4629 = mul %4626, %4628 : f32[48] @ models/lib/nn.yaml:80:7
%4630 = sub %13, %4629 : f32[48] @ models/lib/nn.yaml:80:7
%4631 = assign %13, %4630 : f32[48] @ models/lib/nn.yaml:80:7
%4632 = assign %4597, %4605 : f32[48] @ models/lib/nn.yaml:80:7
%4633 = assign %4598, %4611 : f32[48] @ models/lib/nn.yaml:80:7
%4634 = assign %4599, %4600 : i64[] @ models/lib/nn.yaml:80:7
%4635 = broadcast %4298 : f32[48] @ models/lib/nn.yaml:80:7
%4636 = mul %91, %4635 : f32[48] @ models/lib/nn.yaml:80:7
%4637 = broadcast %4302 : f32[48] @ models/lib/nn.yaml:80:7
%4638 = mul %4630, %4637 : f32[48] @ models/lib/nn.yaml:80:7
%4639 = add %4636, %4638 : f32[48] @ models/lib/nn.yaml:80:7
%4640 = assign %91, %4639 : f32[48] @ models/lib/nn.yaml:80:7
%4641 = all_reduce_sum %4136 : f32[16,16] @ models/lib/nn.yaml:79:7
%4642 = reshape %4641 : f32[256] @ models/lib/nn.yaml:79:7
%4643 = mul %4642, %4642 : f32[256] @ models/lib/nn.yaml:79:7
%4644 = reduce_sum %4643 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4645 = sqrt %4644 : f32[] @ models/lib/nn.yaml:79:7
%4646 = cast %4645 : f64[] @ models/lib/nn.yaml:79:7
%4647 = add %4646, %4238 : f64[] @ models/lib/nn.yaml:79:7
%4648 = div %4240, %4647 : f64[] @ models/lib/nn.yaml:79:7
%4649 = lt %4648, %4242 : bool[] @ models/lib/nn.yaml:79:7
%4650 = cast %4648 : f32[] @ models/lib/nn.yaml:79:7
%4651 = broadcast %4650 : f32[16,16] @ models/lib/nn.yaml:79:7
%4652 = mul %4641, %4651 : f32[16,16] @ models/lib/nn.yaml:79:7
%4653 = broadcast %4649 : bool[16,16] @ models/lib/nn.yaml:79:7
%4654 = select %4653, %4652, %4641 : f32[16,16] @ models/lib/nn.yaml:79:7
%4655 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4656 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4657 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4658 = add %4657, %4252 : i64[] @ models/lib/nn.yaml:79:7
%4659 = broadcast %4256 : f32[16,16] @ models/lib/nn.yaml:79:7
%4660 = mul %14, %4659 : f32[16,16] @ models/lib/nn.yaml:79:7
%4661 = broadcast %2314 : f32[16,16] @ models/lib/nn.yaml:79:7
%4662 = mul %4654, %4661 : f32[16,16] @ models/lib/nn.yaml:79:7
%4663 = broadcast %1568 : f32[16,16] @ models/lib/nn.yaml:79:7
%4664 = mul %4655, %4663 : f32[16,16] @ models/lib/nn.yaml:79:7
%4665 = add %4664, %4662 : f32[16,16] @ models/lib/nn.yaml:79:7
%4666 = mul %4654, %4654 : f32[16,16] @ models/lib/nn.yaml:79:7
%4667 = broadcast %4266 : f32[16,16] @ models/lib/nn.yaml:79:7
%4668 = mul %4666, %4667 : f32[16,16] @ models/lib/nn.yaml:79:7
%4669 = broadcast %4270 : f32[16,16] @ models/lib/nn.yaml:79:7
%4670 = mul %4656, %4669 : f32[16,16] @ models/lib/nn.yaml:79:7
%4671 = add %4670, %4668 : f32[16,16] @ models/lib/nn.yaml:79:7
%4672 = cast %4658 : f64[] @ models/lib/nn.yaml:79:7
%4673 = pow %4261, %4672 : f64[] @ models/lib/nn.yaml:79:7
%4674 = sub %4242, %4673 : f64[] @ models/lib/nn.yaml:79:7
%4675 = div %2558, %4674 : f64[] @ models/lib/nn.yaml:79:7
%4676 = pow %4269, %4672 : f64[] @ models/lib/nn.yaml:79:7
%4677 = sub %4242, %4676 : f64[] @ models/lib/nn.yaml:79:7
%4678 = sqrt %4677 : f64[] @ models/lib/nn.yaml:79:7
%4679 = div %4242, %4678 : f64[] @ models/lib/nn.yaml:79:7
%4680 = sqrt %4671 : f32[16,16] @ models/lib/nn.yaml:79:7
%4681 = cast %4679 : f32[] @ models/lib/nn.yaml:79:7
%4682 = broadcast %4681 : f32[16,16] @ models/lib/nn.yaml:79:7
%4683 = mul %4680, %4682 : f32[16,16] @ models/lib/nn.yaml:79:7
%4684 = broadcast %4286 : f32[16,16] @ models/lib/nn.yaml:79:7
%4685 = add %4683, %4684 : f32[16,16] @ models/lib/nn.yaml:79:7
%4686 = div %4665, %4685 : f32[16,16] @ models/lib/nn.yaml:79:7
%4687 = cast %4675 : f32[] @ models/lib/nn.yaml:79:7
%4688 = broadcast %4687 : f32[16,16] @ models/lib/nn.yaml:79:7
%4689 = mul %4686, %4688 : f32[16,16] @ models/lib/nn.yaml:79:7
%4690 = sub %4660, %4689 : f32[16,16] @ models/lib/nn.yaml:79:7
%4691 = assign %14, %4690 : f32[16,16] @ models/lib/nn.yaml:79:7
%4692 = assign %4655, %4665 : f32[16,16] @ models/lib/nn.yaml:79:7
%4693 = assign %4656, %4671 : f32[16,16] @ models/lib/nn.yaml:79:7
%4694 = assign %4657, %4658 : i64[] @ models/lib/nn.yaml:79:7
%4695 = broadcast %4298 : f32[16,16] @ models/lib/nn.yaml:79:7
%4696 = mul %92, %4695 : f32[16,16] @ models/lib/nn.yaml:79:7
%4697 = broadcast %4302 : f32[16,16] @ models/lib/nn.yaml:79:7
%4698 = mul %4690, %4697 : f32[16,16] @ models/lib/nn.yaml:79:7
%4699 = add %4696, %4698 : f32[16,16] @ models/lib/nn.yaml:79:7
%4700 = assign %92, %4699 : f32[16,16] @ models/lib/nn.yaml:79:7
%4701 = all_reduce_sum %4131 : f32[16] @ models/lib/nn.yaml:80:7
%4702 = mul %4701, %4701 : f32[16] @ models/lib/nn.yaml:80:7
%4703 = reduce_sum %4702 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4704 = sqrt %4703 : f32[] @ models/lib/nn.yaml:80:7
%4705 = cast %4704 : f64[] @ models/lib/nn.yaml:80:7
%4706 = add %4705, %4238 : f64[] @ models/lib/nn.yaml:80:7
%4707 = div %4240, %4706 : f64[] @ models/lib/nn.yaml:80:7
%4708 = lt %4707, %4242 : bool[] @ models/lib/nn.yaml:80:7
%4709 = cast %4707 : f32[] @ models/lib/nn.yaml:80:7
%4710 = broadcast %4709 : f32[16] @ models/lib/nn.yaml:80:7
%4711 = mul %4701, %4710 : f32[16] @ models/lib/nn.yaml:80:7
%4712 = broadcast %4708 : bool[16] @ models/lib/nn.yaml:80:7
%4713 = select %4712, %4711, %4701 : f32[16] @ models/lib/nn.yaml:80:7
%4714 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4715 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4716 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4717 = add %4716, %4252 : i64[] @ models/lib/nn.yaml:80:7
%4718 = mul %4713, %4384 : f32[16] @ models/lib/nn.yaml:80:7
%4719 = mul %4714, %4386 : f32[16] @ models/lib/nn.yaml:80:7
%4720 = add %4719, %4718 : f32[16] @ models/lib/nn.yaml:80:7
%4721 = mul %4713, %4713 : f32[16] @ models/lib/nn.yaml:80:7
%4722 = mul %4721, %4390 : f32[16] @ models/lib/nn.yaml:80:7
%4723 = mul %4715, %4392 : f32[16] @ models/lib/nn.yaml:80:7
%4724 = add %4723, %4722 : f32[16] @ models/lib/nn.yaml:80:7
%4725 = cast %4717 : f64[] @ models/lib/nn.yaml:80:7
%4726 = pow %4261, %4725 : f64[] @ models/lib/nn.yaml:80:7
%4727 = sub %4242, %4726 : f64[] @ models/lib/nn.yaml:80:7
%4728 = div %2558, %4727 : f64[] @ models/lib/nn.yaml:80:7
%4729 = pow %4269, %4725 : f64[] @ models/lib/nn.yaml:80:7
%4730 = sub %4242, %4729 : f64[] @ models/lib/nn.yaml:80:7
%4731 = sqrt %4730 : f64[] @ models/lib/nn.yaml:80:7
%4732 = div %4242, %4731 : f64[] @ models/lib/nn.yaml:80:7
%4733 = sqrt %4724 : f32[16] @ models/lib/nn.yaml:80:7
%4734 = cast %4732 : f32[] @ models/lib/nn.yaml:80:7
%4735 = broadcast %4734 : f32[16] @ models/lib/nn.yaml:80:7
%4736 = mul %4733, %4735 : f32[16] @ models/lib/nn.yaml:80:7
%4737 = add %4736, %4407 : f32[16] @ models/lib/nn.yaml:80:7
%4738 = div %4720, %4737 : f32[16] @ models/lib/nn.yaml:80:7
%4739 = cast %4728 : f32[] @ models/lib/nn.yaml:80:7
%4740 = broadcast %4739 : f32[16] @ models/lib/nn.yaml:80:7
%4741 = mul %4738, %4740 : f32[16] @ models/lib/nn.yaml:80:7
%4742 = sub %15, %4741 : f32[16] @ models/lib/nn.yaml:80:7
%4743 = assign %15, %4742 : f32[16] @ models/lib/nn.yaml:80:7
%4744 = assign %4714, %4720 : f32[16] @ models/lib/nn.yaml:80:7
%4745 = assign %4715, %4724 : f32[16] @ models/lib/nn.yaml:80:7
%4746 = assign %4716, %4717 : i64[] @ models/lib/nn.yaml:80:7
%4747 = mul %93, %4418 : f32[16] @ models/lib/nn.yaml:80:7
%4748 = mul %4742, %4420 : f32[16] @ models/lib/nn.yaml:80:7
%4749 = add %4747, %4748 : f32[16] @ models/lib/nn.yaml:80:7
%4750 = assign %93, %4749 : f32[16] @ models/lib/nn.yaml:80:7
%4751 = all_reduce_sum %4108 : f32[16] @ models/lib/nn.yaml:89:7
%4752 = mul %4751, %4751 : f32[16] @ models/lib/nn.yaml:89:7
%4753 = reduce_sum %4752 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%4754 = sqrt %4753 : f32[] @ models/lib/nn.yaml:89:7
%4755 = cast %4754 : f64[] @ models/lib/nn.yaml:89:7
%4756 = add %4755, %4238 : f64[] @ models/lib/nn.yaml:89:7
%4757 = div %4240, %4756 : f64[] @ models/lib/nn.yaml:89:7
%4758 = lt %4757, %4242 : bool[] @ models/lib/nn.yaml:89:7
%4759 = cast %4757 : f32[] @ models/lib/nn.yaml:89:7
%4760 = broadcast %4759 : f32[16] @ models/lib/nn.yaml:89:7
%4761 = mul %4751, %4760 : f32[16] @ models/lib/nn.yaml:89:7
%4762 = broadcast %4758 : bool[16] @ models/lib/nn.yaml:89:7
%4763 = select %4762, %4761, %4751 : f32[16] @ models/lib/nn.yaml:89:7
%4764 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4765 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4766 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4767 = add %4766, %4252 : i64[] @ models/lib/nn.yaml:89:7
%4768 = mul %4763, %4384 : f32[16] @ models/lib/nn.yaml:89:7
%4769 = mul %4764, %4386 : f32[16] @ models/lib/nn.yaml:89:7
%4770 = add %4769, %4768 : f32[16] @ models/lib/nn.yaml:89:7
%4771 = mul %4763, %4763 : f32[16] @ models/lib/nn.yaml:89:7
%4772 = mul %4771, %4390 : f32[16] @ models/lib/nn.yaml:89:7
%4773 = mul %4765, %4392 : f32[16] @ models/lib/nn.yaml:89:7
%4774 = add %4773, %4772 : f32[16] @ models/lib/nn.yaml:89:7
%4775 = cast %4767 : f64[] @ models/lib/nn.yaml:89:7
%4776 = pow %4261, %4775 : f64[] @ models/lib/nn.yaml:89:7
%4777 = sub %4242, %4776 : f64[] @ models/lib/nn.yaml:89:7
%4778 = div %2558, %4777 : f64[] @ models/lib/nn.yaml:89:7
%4779 = pow %4269, %4775 : f64[] @ models/lib/nn.yaml:89:7
%4780 = sub %4242, %4779 : f64[] @ models/lib/nn.yaml:89:7
%4781 = sqrt %4780 : f64[] @ models/lib/nn.yaml:89:7
%4782 = div %4242, %4781 : f64[] @ models/lib/nn.yaml:89:7
%4783 = sqrt %4774 : f32[16] @ models/lib/nn.yaml:89:7
%4784 = cast %4782 : f32[] @ models/lib/nn.yaml:89:7
%4785 = broadcast %4784 : f32[16] @ models/lib/nn.yaml:89:7
%4786 = mul %4783, %4785 : f32[16] @ models/lib/nn.yaml:89:7
%4787 = add %4786, %4407 : f32[16] @ models/lib/nn.yaml:89:7
%4788 = div %4770, %4787 : f32[16] @ models/lib/nn.yaml:89:7
%4789 = cast %4778 : f32[] @ models/lib/nn.yaml:89:7
%4790 = broadcast %4789 : f32[16] @ models/lib/nn.yaml:89:7
%4791 = mul %4788, %4790 : f32[16] @ models/lib/nn.yaml:89:7
%4792 = sub %16, %4791 : f32[16] @ models/lib/nn.yaml:89:7
%4793 = assign %16, %4792 : f32[16] @ models/lib/nn.yaml:89:7
%4794 = assign %4764, %4770 : f32[16] @ models/lib/nn.yaml:89:7
%4795 = assign %4765, %4774 : f32[16] @ models/lib/nn.yaml:89:7
%4796 = assign %4766, %4767 : i64[] @ models/lib/nn.yaml:89:7
%4797 = mul %94, %4418 : f32[16] @ models/lib/nn.yaml:89:7
%4798 = mul %4792, %4420 : f32[16] @ models/lib/nn.yaml:89:7
%4799 = add %4797, %4798 : f32[16] @ models/lib/nn.yaml:89:7
%4800 = assign %94, %4799 : f32[16] @ models/lib/nn.yaml:89:7
%4801 = all_reduce_sum %4101 : f32[16] @ models/lib/nn.yaml:90:7
%4802 = mul %4801, %4801 : f32[16] @ models/lib/nn.yaml:90:7
%4803 = reduce_sum %4802 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%4804 = sqrt %4803 : f32[] @ models/lib/nn.yaml:90:7
%4805 = cast %4804 : f64[] @ models/lib/nn.yaml:90:7
%4806 = add %4805, %4238 : f64[] @ models/lib/nn.yaml:90:7
%4807 = div %4240, %4806 : f64[] @ models/lib/nn.yaml:90:7
%4808 = lt %4807, %4242 : bool[] @ models/lib/nn.yaml:90:7
%4809 = cast %4807 : f32[] @ models/lib/nn.yaml:90:7
%4810 = broadcast %4809 : f32[16] @ models/lib/nn.yaml:90:7
%4811 = mul %4801, %4810 : f32[16] @ models/lib/nn.yaml:90:7
%4812 = broadcast %4808 : bool[16] @ models/lib/nn.yaml:90:7
%4813 = select %4812, %4811, %4801 : f32[16] @ models/lib/nn.yaml:90:7
%4814 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4815 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4816 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4817 = add %4816, %4252 : i64[] @ models/lib/nn.yaml:90:7
%4818 = mul %4813, %4384 : f32[16] @ models/lib/nn.yaml:90:7
%4819 = mul %4814, %4386 : f32[16] @ models/lib/nn.yaml:90:7
%4820 = add %4819, %4818 : f32[16] @ models/lib/nn.yaml:90:7
%4821 = mul %4813, %4813 : f32[16] @ models/lib/nn.yaml:90:7
%4822 = mul %4821, %4390 : f32[16] @ models/lib/nn.yaml:90:7
%4823 = mul %4815, %4392 : f32[16] @ models/lib/nn.yaml:90:7
%4824 = add %4823, %4822 : f32[16] @ models/lib/nn.yaml:90:7
%4825 = cast %4817 : f64[] @ models/lib/nn.yaml:90:7
%4826 = pow %4261, %4825 : f64[] @ models/lib/nn.yaml:90:7
%4827 = sub %4242, %4826 : f64[] @ models/lib/nn.yaml:90:7
%4828 = div %2558, %4827 : f64[] @ models/lib/nn.yaml:90:7
%4829 = pow %4269, %4825 : f64[] @ models/lib/nn.yaml:90:7
%4830 = sub %4242, %4829 : f64[] @ models/lib/nn.yaml:90:7
%4831 = sqrt %4830 : f64[] @ models/lib/nn.yaml:90:7
%4832 = div %4242, %4831 : f64[] @ models/lib/nn.yaml:90:7
%4833 = sqrt %4824 : f32[16] @ models/lib/nn.yaml:90:7
%4834 = cast %4832 : f32[] @ models/lib/nn.yaml:90:7
%4835 = broadcast %4834 : f32[16] @ models/lib/nn.yaml:90:7
%4836 = mul %4833, %4835 : f32[16] @ models/lib/nn.yaml:90:7
%4837 = add %4836, %4407 : f32[16] @ models/lib/nn.yaml:90:7
%4838 = div %4820, %4837 : f32[16] @ models/lib/nn.yaml:90:7
%4839 = cast %4828 : f32[] @ models/lib/nn.yaml:90:7
%4840 = broadcast %4839 : f32[16] @ models/lib/nn.yaml:90:7
%4841 = mul %4838, %4840 : f32[16] @ models/lib/nn.yaml:90:7
%4842 = sub %17, %4841 : f32[16] @ models/lib/nn.yaml:90:7
%4843 = assign %17, %4842 : f32[16] @ models/lib/nn.yaml:90:7
%4844 = assign %4814, %4820 : f32[16] @ models/lib/nn.yaml:90:7
%4845 = assign %4815, %4824 : f32[16] @ models/lib/nn.yaml:90:7
%4846 = assign %4816, %4817 : i64[] @ models/lib/nn.yaml:90:7
%4847 = mul %95, %4418 : f32[16] @ models/lib/nn.yaml:90:7
%4848 = mul %4842, %4420 : f32[16] @ models/lib/nn.yaml:90:7
%4849 = add %4847, %4848 : f32[16] @ models/lib/nn.yaml:90:7
%4850 = assign %95, %4849 : f32[16] @ models/lib/nn.yaml:90:7
%4851 = all_reduce_sum %4096 : f32[64,16] @ models/lib/nn.yaml:79:7
%4852 = reshape %4851 : f32[1024] @ models/lib/nn.yaml:79:7
%4853 = mul %4852, %4852 : f32[1024] @ models/lib/nn.yaml:79:7
%4854 = reduce_sum %4853 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4855 = sqrt %4854 : f32[] @ models/lib/nn.yaml:79:7
%4856 = cast %4855 : f64[] @ models/lib/nn.yaml:79:7
%4857 = add %4856, %4238 : f64[] @ models/lib/nn.yaml:79:7
%4858 = div %4240, %4857 : f64[] @ models/lib/nn.yaml:79:7
%4859 = lt %4858, %4242 : bool[] @ models/lib/nn.yaml:79:7
%4860 = cast %4858 : f32[] @ models/lib/nn.yaml:79:7
%4861 = broadcast %4860 : f32[64,16] @ models/lib/nn.yaml:79:7
%4862 = mul %4851, %4861 : f32[64,16] @ models/lib/nn.yaml:79:7
%4863 = broadcast %4859 : bool[64,16] @ models/lib/nn.yaml:79:7
%4864 = select %4863, %4862, %4851 : f32[64,16] @ models/lib/nn.yaml:79:7
%4865 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4866 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4867 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4868 = add %4867, %4252 : i64[] @ models/lib/nn.yaml:79:7
%4869 = broadcast %4256 : f32[64,16] @ models/lib/nn.yaml:79:7
%4870 = mul %18, %4869 : f32[64,16] @ models/lib/nn.yaml:79:7
%4871 = broadcast %2314 : f32[64,16] @ models/lib/nn.yaml:79:7
%4872 = mul %4864, %4871 : f32[64,16] @ models/lib/nn.yaml:79:7
%4873 = broadcast %1568 : f32[64,16] @ models/lib/nn.yaml:79:7
%4874 = mul %4865, %4873 : f32[64,16] @ models/lib/nn.yaml:79:7
%4875 = add %4874, %4872 : f32[64,16] @ models/lib/nn.yaml:79:7
%4876 = mul %4864, %4864 : f32[64,16] @ models/lib/nn.yaml:79:7
%4877 = broadcast %4266 : f32[64,16] @ models/lib/nn.yaml:79:7
%4878 = mul %4876, %4877 : f32[64,16] @ models/lib/nn.yaml:79:7
%4879 = broadcast %4270 : f32[64,16] @ models/lib/nn.yaml:79:7
%4880 = mul %4866, %4879 : f32[64,16] @ models/lib/nn.yaml:79:7
%4881 = add %4880, %4878 : f32[64,16] @ models/lib/nn.yaml:79:7
%4882 = cast %4868 : f64[] @ models/lib/nn.yaml:79:7
%4883 = pow %4261, %4882 : f64[] @ models/lib/nn.yaml:79:7
%4884 = sub %4242, %4883 : f64[] @ models/lib/nn.yaml:79:7
%4885 = div %2558, %4884 : f64[] @ models/lib/nn.yaml:79:7
%4886 = pow %4269, %4882 : f64[] @ models/lib/nn.yaml:79:7
%4887 = sub %4242, %4886 : f64[] @ models/lib/nn.yaml:79:7
%4888 = sqrt %4887 : f64[] @ models/lib/nn.yaml:79:7
%4889 = div %4242, %4888 : f64[] @ models/lib/nn.yaml:79:7
%4890 = sqrt %4881 : f32[64,16] @ models/lib/nn.yaml:79:7
%4891 = cast %4889 : f32[] @ models/lib/nn.yaml:79:7
%4892 = broadcast %4891 : f32[64,16] @ models/lib/nn.yaml:79:7
%4893 = mul %4890, %4892 : f32[64,16] @ models/lib/nn.yaml:79:7
%4894 = broadcast %4286 : f32[64,16] @ models/lib/nn.yaml:79:7
%4895 = add %4893, %4894 : f32[64,16] @ models/lib/nn.yaml:79:7
%4896 = div %4875, %4895 : f32[64,16] @ models/lib/nn.yaml:79:7
%4897 = cast %4885 : f32[] @ models/lib/nn.yaml:79:7
%4898 = broadcast %4897 : f32[64,16] @ models/lib/nn.yaml:79:7
%4899 = mul %4896, %4898 : f32[64,16] @ models/lib/nn.yaml:79:7
%4900 = sub %4870, %4899 : f32[64,16] @ models/lib/nn.yaml:79:7
%4901 = assign %18, %4900 : f32[64,16] @ models/lib/nn.yaml:79:7
%4902 = assign %4865, %4875 : f32[64,16] @ models/lib/nn.yaml:79:7
%4903 = assign %4866, %4881 : f32[64,16] @ models/lib/nn.yaml:79:7
%4904 = assign %4867, %4868 : i64[] @ models/lib/nn.yaml:79:7
%4905 = broadcast %4298 : f32[64,16] @ models/lib/nn.yaml:79:7
%4906 = mul %96, %4905 : f32[64,16] @ models/lib/nn.yaml:79:7
%4907 = broadcast %4302 : f32[64,16] @ models/lib/nn.yaml:79:7
%4908 = mul %4900, %4907 : f32[64,16] @ models/lib/nn.yaml:79:7
%4909 = add %4906, %4908 : f32[64,16] @ models/lib/nn.yaml:79:7
%4910 = assign %96, %4909 : f32[64,16] @ models/lib/nn.yaml:79:7
%4911 = all_reduce_sum %4091 : f32[64] @ models/lib/nn.yaml:80:7
%4912 = mul %4911, %4911 : f32[64] @ models/lib/nn.yaml:80:7
%4913 = reduce_sum %4912 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4914 = sqrt %4913 : f32[] @ models/lib/nn.yaml:80:7
%4915 = cast %4914 : f64[] @ models/lib/nn.yaml:80:7
%4916 = add %4915, %4238 : f64[] @ models/lib/nn.yaml:80:7
%4917 = div %4240, %4916 : f64[] @ models/lib/nn.yaml:80:7
%4918 = lt %4917, %4242 : bool[] @ models/lib/nn.yaml:80:7
%4919 = cast %4917 : f32[] @ models/lib/nn.yaml:80:7
%4920 = broadcast %4919 : f32[64] @ models/lib/nn.yaml:80:7
%4921 = mul %4911, %4920 : f32[64] @ models/lib/nn.yaml:80:7
%4922 = broadcast %4918 : bool[64] @ models/lib/nn.yaml:80:7
%4923 = select %4922, %4921, %4911 : f32[64] @ models/lib/nn.yaml:80:7
%4924 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4925 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4926 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4927 = add %4926, %4252 : i64[] @ models/lib/nn.yaml:80:7
%4928 = broadcast %2314 : f32[64] @ models/lib/nn.yaml:80:7
%4929 = mul %4923, %4928 : f32[64] @ models/lib/nn.yaml:80:7
%4930 = broadcast %1568 : f32[64] @ models/lib/nn.yaml:80:7
%4931 = mul %4924, %4930 : f32[64] @ models/lib/nn.yaml:80:7
%4932 = add %4931, %4929 : f32[64] @ models/lib/nn.yaml:80:7
%4933 = mul %4923, %4923 : f32[64] @ models/lib/nn.yaml:80:7
%4934 = broadcast %4266 : f32[64] @ models/lib/nn.yaml:80:7
%4935 = mul %4933, %4934 : f32[64] @ models/lib/nn.yaml:80:7
%4936 = broadcast %4270 : f32[64] @ models/lib/nn.yaml:80:7
%4937 = mul %4925, %4936 : f32[64] @ models/lib/nn.yaml:80:7
%4938 = add %4937, %4935 : f32[64] @ models/lib/nn.yaml:80:7
%4939 = cast %4927 : f64[] @ models/lib/nn.yaml:80:7
%4940 = pow %4261, %4939 : f64[] @ models/lib/nn.yaml:80:7
%4941 = sub %4242, %4940 : f64[] @ models/lib/nn.yaml:80:7
%4942 = div %2558, %4941 : f64[] @ models/lib/nn.yaml:80:7
%4943 = pow %4269, %4939 : f64[] @ models/lib/nn.yaml:80:7
%4944 = sub %4242, %4943 : f64[] @ models/lib/nn.yaml:80:7
%4945 = sqrt %4944 : f64[] @ models/lib/nn.yaml:80:7
%4946 = div %4242, %4945 : f64[] @ models/lib/nn.yaml:80:7
%4947 = sqrt %4938 : f32[64] @ models/lib/nn.yaml:80:7
%4948 = cast %4946 : f32[] @ models/lib/nn.yaml:80:7
%4949 = broadcast %4948 : f32[64] @ models/lib/nn.yaml:80:7
%4950 = mul %4947, %4949 : f32[64] @ models/lib/nn.yaml:80:7
%4951 = broadcast %4286 : f32[64] @ models/lib/nn.yaml:80:7
%4952 = add %4950, %4951 : f32[64] @ models/lib/nn.yaml:80:7
%4953 = div %4932, %4952 : f32[64] @ models/lib/nn.yaml:80:7
%4954 = cast %4942 : f32[] @ models/lib/nn.yaml:80:7
%4955 = broadcast %4954 : f32[64] @ models/lib/nn.yaml:80:7
%4956 = mul %4953, %4955 : f32[64] @ models/lib/nn.yaml:80:7
%4957 = sub %19, %4956 : f32[64] @ models/lib/nn.yaml:80:7
%4958 = assign %19, %4957 : f32[64] @ models/lib/nn.yaml:80:7
%4959 = assign %4924, %4932 : f32[64] @ models/lib/nn.yaml:80:7
%4960 = assign %4925, %4938 : f32[64] @ models/lib/nn.yaml:80:7
%4961 = assign %4926, %4927 : i64[] @ models/lib/nn.yaml:80:7
%4962 = broadcast %4298 : f32[64] @ models/lib/nn.yaml:80:7
%4963 = mul %97, %4962 : f32[64] @ models/lib/nn.yaml:80:7
%4964 = broadcast %4302 : f32[64] @ models/lib/nn.yaml:80:7
%4965 = mul %4957, %4964 : f32[64] @ models/lib/nn.yaml:80:7
%4966 = add %4963, %4965 : f32[64] @ models/lib/nn.yaml:80:7
%4967 = assign %97, %4966 : f32[64] @ models/lib/nn.yaml:80:7
%4968 = all_reduce_sum %4076 : f32[16,64] @ models/lib/nn.yaml:79:7
%4969 = reshape %4968 : f32[1024] @ models/lib/nn.yaml:79:7
%4970 = mul %4969, %4969 : f32[1024] @ models/lib/nn.yaml:79:7
%4971 = reduce_sum %4970 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4972 = sqrt %4971 : f32[] @ models/lib/nn.yaml:79:7
%4973 = cast %4972 : f64[] @ models/lib/nn.yaml:79:7
%4974 = add %4973, %4238 : f64[] @ models/lib/nn.yaml:79:7
%4975 = div %4240, %4974 : f64[] @ models/lib/nn.yaml:79:7
%4976 = lt %4975, %4242 : bool[] @ models/lib/nn.yaml:79:7
%4977 = cast %4975 : f32[] @ models/lib/nn.yaml:79:7
%4978 = broadcast %4977 : f32[16,64] @ models/lib/nn.yaml:79:7
%4979 = mul %4968, %4978 : f32[16,64] @ models/lib/nn.yaml:79:7
%4980 = broadcast %4976 : bool[16,64] @ models/lib/nn.yaml:79:7
%4981 = select %4980, %4979, %4968 : f32[16,64] @ models/lib/nn.yaml:79:7
%4982 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4983 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4984 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4985 = add %4984, %4252 : i64[] @ models/lib/nn.yaml:79:7
%4986 = broadcast %4256 : f32[16,64] @ models/lib/nn.yaml:79:7
%4987 = mul %20, %4986 : f32[16,64] @ models/lib/nn.yaml:79:7
%4988 = broadcast %2314 : f32[16,64] @ models/lib/nn.yaml:79:7
%4989 = mul %4981, %4988 : f32[16,64] @ models/lib/nn.yaml:79:7
%4990 = broadcast %1568 : f32[16,64] @ models/lib/nn.yaml:79:7
%4991 = mul %4982, %4990 : f32[16,64] @ models/lib/nn.yaml:79:7
%4992 = add %4991, %4989 : f32[16,64] @ models/lib/nn.yaml:79:7
%4993 = mul %4981, %4981 : f32[16,64] @ models/lib/nn.yaml:79:7
%4994 = broadcast %4266 : f32[16,64] @ models/lib/nn.yaml:79:7
%4995 = mul %4993, %4994 : f32[16,64] @ models/lib/nn.yaml:79:7
%4996 = broadcast %4270 : f32[16,64] @ models/lib/nn.yaml:79:7
%4997 = mul %4983, %4996 : f32[16,64] @ models/lib/nn.yaml:79:7
%4998 = add %4997, %4995 : f32[16,64] @ models/lib/nn.yaml:79:7
%4999 = cast %4985 : f64[] @ models/lib/nn.yaml:79:7
%5000 = pow %4261, %4999 : f64[] @ models/lib/nn.yaml:79:7
%5001 = sub %4242, %5000 : f64[] @ models/lib/nn.yaml:79:7
%5002 = div %2558, %5001 : f64[] @ models/lib/nn.yaml:79:7
%5003 = pow %4269, %4999 : f64[] @ models/lib/nn.yaml:79:7
%5004 = sub %4242, %5003 : f64[] @ models/lib/nn.yaml:79:7
%5005 = sqrt %5004 : f64[] @ models/lib/nn.yaml:79:7
%5006 = div %4242, %5005 : f64[] @ models/lib/nn.yaml:79:7
%5007 = sqrt %4998 : f32[16,64] @ models/lib/nn.yaml:79:7
%5008 = cast %5006 : f32[] @ models/lib/nn.yaml:79:7
%5009 = broadcast %5008 : f32[16,64] @ models/lib/nn.yaml:79:7
%5010 = mul %5007, %5009 : f32[16,64] @ models/lib/nn.yaml:79:7
%5011 = broadcast %4286 : f32[16,64] @ models/lib/nn.yaml:79:7
%5012 = add %5010, %5011 : f32[16,64] @ models/lib/nn.yaml:79:7
%5013 = div %4992, %5012 : f32[16,64] @ models/lib/nn.yaml:79:7
%5014 = cast %5002 : f32[] @ models/lib/nn.yaml:79:7
%5015 = broadcast %5014 : f32[16,64] @ models/lib/nn.yaml:79:7
%5016 = mul %5013, %5015 : f32[16,64] @ models/lib/nn.yaml:79:7
%5017 = sub %4987, %5016 : f32[16,64] @ models/lib/nn.yaml:79:7
%5018 = assign %20, %5017 : f32[16,64] @ models/lib/nn.yaml:79:7
%5019 = assign %4982, %4992 : f32[16,64] @ models/lib/nn.yaml:79:7
%5020 = assign %4983, %4998 : f32[16,64] @ models/lib/nn.yaml:79:7
%5021 = assign %4984, %4985 : i64[] @ models/lib/nn.yaml:79:7
%5022 = broadcast %4298 : f32[16,64] @ models/lib/nn.yaml:79:7
%5023 = mul %98, %5022 : f32[16,64] @ models/lib/nn.yaml:79:7
%5024 = broadcast %4302 : f32[16,64] @ models/lib/nn.yaml:79:7
%5025 = mul %5017, %5024 : f32[16,64] @ models/lib/nn.yaml:79:7
%5026 = add %5023, %5025 : f32[16,64] @ models/lib/nn.yaml:79:7
%5027 = assign %98, %5026 : f32[16,64] @ models/lib/nn.yaml:79:7
%5028 = all_reduce_sum %4071 : f32[16] @ models/lib/nn.yaml:80:7
%5029 = mul %5028, %5028 : f32[16] @ models/lib/nn.yaml:80:7
%5030 = reduce_sum %5029 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5031 = sqrt %5030 : f32[] @ models/lib/nn.yaml:80:7
%5032 = cast %5031 : f64[] @ models/lib/nn.yaml:80:7
%5033 = add %5032, %4238 : f64[] @ models/lib/nn.yaml:80:7
%5034 = div %4240, %5033 : f64[] @ models/lib/nn.yaml:80:7
%5035 = lt %5034, %4242 : bool[] @ models/lib/nn.yaml:80:7
%5036 = cast %5034 : f32[] @ models/lib/nn.yaml:80:7
%5037 = broadcast %5036 : f32[16] @ models/lib/nn.yaml:80:7
%5038 = mul %5028, %5037 : f32[16] @ models/lib/nn.yaml:80:7
%5039 = broadcast %5035 : bool[16] @ models/lib/nn.yaml:80:7
%5040 = select %5039, %5038, %5028 : f32[16] @ models/lib/nn.yaml:80:7
%5041 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5042 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5043 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5044 = add %5043, %4252 : i64[] @ models/lib/nn.yaml:80:7
%5045 = mul %5040, %4384 : f32[16] @ models/lib/nn.yaml:80:7
%5046 = mul %5041, %4386 : f32[16] @ models/lib/nn.yaml:80:7
%5047 = add %5046, %5045 : f32[16] @ models/lib/nn.yaml:80:7
%5048 = mul %5040, %5040 : f32[16] @ models/lib/nn.yaml:80:7
%5049 = mul %5048, %4390 : f32[16] @ models/lib/nn.yaml:80:7
%5050 = mul %5042, %4392 : f32[16] @ models/lib/nn.yaml:80:7
%5051 = add %5050, %5049 : f32[16] @ models/lib/nn.yaml:80:7
%5052 = cast %5044 : f64[] @ models/lib/nn.yaml:80:7
%5053 = pow %4261, %5052 : f64[] @ models/lib/nn.yaml:80:7
%5054 = sub %4242, %5053 : f64[] @ models/lib/nn.yaml:80:7
%5055 = div %2558, %5054 : f64[] @ models/lib/nn.yaml:80:7
%5056 = pow %4269, %5052 : f64[] @ models/lib/nn.yaml:80:7
%5057 = sub %4242, %5056 : f64[] @ models/lib/nn.yaml:80:7
%5058 = sqrt %5057 : f64[] @ models/lib/nn.yaml:80:7
%5059 = div %4242, %5058 : f64[] @ models/lib/nn.yaml:80:7
%5060 = sqrt %5051 : f32[16] @ models/lib/nn.yaml:80:7
%5061 = cast %5059 : f32[] @ models/lib/nn.yaml:80:7
%5062 = broadcast %5061 : f32[16] @ models/lib/nn.yaml:80:7
%5063 = mul %5060, %5062 : f32[16] @ models/lib/nn.yaml:80:7
%5064 = add %5063, %4407 : f32[16] @ models/lib/nn.yaml:80:7
%5065 = div %5047, %5064 : f32[16] @ models/lib/nn.yaml:80:7
%5066 = cast %5055 : f32[] @ models/lib/nn.yaml:80:7
%5067 = broadcast %5066 : f32[16] @ models/lib/nn.yaml:80:7
%5068 = mul %5065, %5067 : f32[16] @ models/lib/nn.yaml:80:7
%5069 = sub %21, %5068 : f32[16] @ models/lib/nn.yaml:80:7
%5070 = assign %21, %5069 : f32[16] @ models/lib/nn.yaml:80:7
%5071 = assign %5041, %5047 : f32[16] @ models/lib/nn.yaml:80:7
%5072 = assign %5042, %5051 : f32[16] @ models/lib/nn.yaml:80:7
%5073 = assign %5043, %5044 : i64[] @ models/lib/nn.yaml:80:7
%5074 = mul %99, %4418 : f32[16] @ models/lib/nn.yaml:80:7
%5075 = mul %5069, %4420 : f32[16] @ models/lib/nn.yaml:80:7
%5076 = add %5074, %5075 : f32[16] @ models/lib/nn.yaml:80:7
%5077 = assign %99, %5076 : f32[16] @ models/lib/nn.yaml:80:7
%5078 = all_reduce_sum %4048 : f32[16] @ models/lib/nn.yaml:89:7
%5079 = mul %5078, %5078 : f32[16] @ models/lib/nn.yaml:89:7
%5080 = reduce_sum %5079 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5081 = sqrt %5080 : f32[] @ models/lib/nn.yaml:89:7
%5082 = cast %5081 : f64[] @ models/lib/nn.yaml:89:7
%5083 = add %5082, %4238 : f64[] @ models/lib/nn.yaml:89:7
%5084 = div %4240, %5083 : f64[] @ models/lib/nn.yaml:89:7
%5085 = lt %5084, %4242 : bool[] @ models/lib/nn.yaml:89:7
%5086 = cast %5084 : f32[] @ models/lib/nn.yaml:89:7
%5087 = broadcast %5086 : f32[16] @ models/lib/nn.yaml:89:7
%5088 = mul %5078, %5087 : f32[16] @ models/lib/nn.yaml:89:7
%5089 = broadcast %5085 : bool[16] @ models/lib/nn.yaml:89:7
%5090 = select %5089, %5088, %5078 : f32[16] @ models/lib/nn.yaml:89:7
%5091 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5092 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5093 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5094 = add %5093, %4252 : i64[] @ models/lib/nn.yaml:89:7
%5095 = mul %5090, %4384 : f32[16] @ models/lib/nn.yaml:89:7
%5096 = mul %5091, %4386 : f32[16] @ models/lib/nn.yaml:89:7
%5097 = add %5096, %5095 : f32[16] @ models/lib/nn.yaml:89:7
%5098 = mul %5090, %5090 : f32[16] @ models/lib/nn.yaml:89:7
%5099 = mul %5098, %4390 : f32[16] @ models/lib/nn.yaml:89:7
%5100 = mul %5092, %4392 : f32[16] @ models/lib/nn.yaml:89:7
%5101 = add %5100, %5099 : f32[16] @ models/lib/nn.yaml:89:7
%5102 = cast %5094 : f64[] @ models/lib/nn.yaml:89:7
%5103 = pow %4261, %5102 : f64[] @ models/lib/nn.yaml:89:7
%5104 = sub %4242, %5103 : f64[] @ models/lib/nn.yaml:89:7
%5105 = div %2558, %5104 : f64[] @ models/lib/nn.yaml:89:7
%5106 = pow %4269, %5102 : f64[] @ models/lib/nn.yaml:89:7
%5107 = sub %4242, %5106 : f64[] @ models/lib/nn.yaml:89:7
%5108 = sqrt %5107 : f64[] @ models/lib/nn.yaml:89:7
%5109 = div %4242, %5108 : f64[] @ models/lib/nn.yaml:89:7
%5110 = sqrt %5101 : f32[16] @ models/lib/nn.yaml:89:7
%5111 = cast %5109 : f32[] @ models/lib/nn.yaml:89:7
%5112 = broadcast %5111 : f32[16] @ models/lib/nn.yaml:89:7
%5113 = mul %5110, %5112 : f32[16] @ models/lib/nn.yaml:89:7
%5114 = add %5113, %4407 : f32[16] @ models/lib/nn.yaml:89:7
%5115 = div %5097, %5114 : f32[16] @ models/lib/nn.yaml:89:7
%5116 = cast %5105 : f32[] @ models/lib/nn.yaml:89:7
%5117 = broadcast %5116 : f32[16] @ models/lib/nn.yaml:89:7
%5118 = mul %5115, %5117 : f32[16] @ models/lib/nn.yaml:89:7
%5119 = sub %22, %5118 : f32[16] @ models/lib/nn.yaml:89:7
%5120 = assign %22, %5119 : f32[16] @ models/lib/nn.yaml:89:7
%5121 = assign %5091, %5097 : f32[16] @ models/lib/nn.yaml:89:7
%5122 = assign %5092, %5101 : f32[16] @ models/lib/nn.yaml:89:7
%5123 = assign %5093, %5094 : i64[] @ models/lib/nn.yaml:89:7
%5124 = mul %100, %4418 : f32[16] @ models/lib/nn.yaml:89:7
%5125 = mul %5119, %4420 : f32[16] @ models/lib/nn.yaml:89:7
%5126 = add %5124, %5125 : f32[16] @ models/lib/nn.yaml:89:7
%5127 = assign %100, %5126 : f32[16] @ models/lib/nn.yaml:89:7
%5128 = all_reduce_sum %4041 : f32[16] @ models/lib/nn.yaml:90:7
%5129 = mul %5128, %5128 : f32[16] @ models/lib/nn.yaml:90:7
%5130 = reduce_sum %5129 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5131 = sqrt %5130 : f32[] @ models/lib/nn.yaml:90:7
%5132 = cast %5131 : f64[] @ models/lib/nn.yaml:90:7
%5133 = add %5132, %4238 : f64[] @ models/lib/nn.yaml:90:7
%5134 = div %4240, %5133 : f64[] @ models/lib/nn.yaml:90:7
%5135 = lt %5134, %4242 : bool[] @ models/lib/nn.yaml:90:7
%5136 = cast %5134 : f32[] @ models/lib/nn.yaml:90:7
%5137 = broadcast %5136 : f32[16] @ models/lib/nn.yaml:90:7
%5138 = mul %5128, %5137 : f32[16] @ models/lib/nn.yaml:90:7
%5139 = broadcast %5135 : bool[16] @ models/lib/nn.yaml:90:7
%5140 = select %5139, %5138, %5128 : f32[16] @ models/lib/nn.yaml:90:7
%5141 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5142 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5143 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5144 = add %5143, %4252 : i64[] @ models/lib/nn.yaml:90:7
%5145 = mul %5140, %4384 : f32[16] @ models/lib/nn.yaml:90:7
%5146 = mul %5141, %4386 : f32[16] @ models/lib/nn.yaml:90:7
%5147 = add %5146, %5145 : f32[16] @ models/lib/nn.yaml:90:7
%5148 = mul %5140, %5140 : f32[16] @ models/lib/nn.yaml:90:7
%5149 = mul %5148, %4390 : f32[16] @ models/lib/nn.yaml:90:7
%5150 = mul %5142, %4392 : f32[16] @ models/lib/nn.yaml:90:7
%5151 = add %5150, %5149 : f32[16] @ models/lib/nn.yaml:90:7
%5152 = cast %5144 : f64[] @ models/lib/nn.yaml:90:7
%5153 = pow %4261, %5152 : f64[] @ models/lib/nn.yaml:90:7
%5154 = sub %4242, %5153 : f64[] @ models/lib/nn.yaml:90:7
%5155 = div %2558, %5154 : f64[] @ models/lib/nn.yaml:90:7
%5156 = pow %4269, %5152 : f64[] @ models/lib/nn.yaml:90:7
%5157 = sub %4242, %5156 : f64[] @ models/lib/nn.yaml:90:7
%5158 = sqrt %5157 : f64[] @ models/lib/nn.yaml:90:7
%5159 = div %4242, %5158 : f64[] @ models/lib/nn.yaml:90:7
%5160 = sqrt %5151 : f32[16] @ models/lib/nn.yaml:90:7
%5161 = cast %5159 : f32[] @ models/lib/nn.yaml:90:7
%5162 = broadcast %5161 : f32[16] @ models/lib/nn.yaml:90:7
%5163 = mul %5160, %5162 : f32[16] @ models/lib/nn.yaml:90:7
%5164 = add %5163, %4407 : f32[16] @ models/lib/nn.yaml:90:7
%5165 = div %5147, %5164 : f32[16] @ models/lib/nn.yaml:90:7
%5166 = cast %5155 : f32[] @ models/lib/nn.yaml:90:7
%5167 = broadcast %5166 : f32[16] @ models/lib/nn.yaml:90:7
%5168 = mul %5165, %5167 : f32[16] @ models/lib/nn.yaml:90:7
%5169 = sub %23, %5168 : f32[16] @ models/lib/nn.yaml:90:7
%5170 = assign %23, %5169 : f32[16] @ models/lib/nn.yaml:90:7
%5171 = assign %5141, %5147 : f32[16] @ models/lib/nn.yaml:90:7
%5172 = assign %5142, %5151 : f32[16] @ models/lib/nn.yaml:90:7
%5173 = assign %5143, %5144 : i64[] @ models/lib/nn.yaml:90:7
%5174 = mul %101, %4418 : f32[16] @ models/lib/nn.yaml:90:7
%5175 = mul %5169, %4420 : f32[16] @ models/lib/nn.yaml:90:7
%5176 = add %5174, %5175 : f32[16] @ models/lib/nn.yaml:90:7
%5177 = assign %101, %5176 : f32[16] @ models/lib/nn.yaml:90:7
%5178 = all_reduce_sum %4036 : f32[48,16] @ models/lib/nn.yaml:79:7
%5179 = reshape %5178 : f32[768] @ models/lib/nn.yaml:79:7
%5180 = mul %5179, %5179 : f32[768] @ models/lib/nn.yaml:79:7
%5181 = reduce_sum %5180 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5182 = sqrt %5181 : f32[] @ models/lib/nn.yaml:79:7
%5183 = cast %5182 : f64[] @ models/lib/nn.yaml:79:7
%5184 = add %5183, %4238 : f64[] @ models/lib/nn.yaml:79:7
%5185 = div %4240, %5184 : f64[] @ models/lib/nn.yaml:79:7
%5186 = lt %5185, %4242 : bool[] @ models/lib/nn.yaml:79:7
%5187 = cast %5185 : f32[] @ models/lib/nn.yaml:79:7
%5188 = broadcast %5187 : f32[48,16] @ models/lib/nn.yaml:79:7
%5189 = mul %5178, %5188 : f32[48,16] @ models/lib/nn.yaml:79:7
%5190 = broadcast %5186 : bool[48,16] @ models/lib/nn.yaml:79:7
%5191 = select %5190, %5189, %5178 : f32[48,16] @ models/lib/nn.yaml:79:7
%5192 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%5193 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%5194 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5195 = add %5194, %4252 : i64[] @ models/lib/nn.yaml:79:7
%5196 = mul %24, %4542 : f32[48,16] @ models/lib/nn.yaml:79:7
%5197 = mul %5191, %4544 : f32[48,16] @ models/lib/nn.yaml:79:7
%5198 = mul %5192, %4546 : f32[48,16] @ models/lib/nn.yaml:79:7
%5199 = add %5198, %5197 : f32[48,16] @ models/lib/nn.yaml:79:7
%5200 = mul %5191, %5191 : f32[48,16] @ models/lib/nn.yaml:79:7
%5201 = mul %5200, %4550 : f32[48,16] @ models/lib/nn.yaml:79:7
%5202 = mul %5193, %4552 : f32[48,16] @ models/lib/nn.yaml:79:7
%5203 = add %5202, %5201 : f32[48,16] @ models/lib/nn.yaml:79:7
%5204 = cast %5195 : f64[] @ models/lib/nn.yaml:79:7
%5205 = pow %4261, %5204 : f64[] @ models/lib/nn.yaml:79:7
%5206 = sub %4242, %5205 : f64[] @ models/lib/nn.yaml:79:7
%5207 = div %2558, %5206 : f64[] @ models/lib/nn.yaml:79:7
%5208 = pow %4269, %5204 : f64[] @ models/lib/nn.yaml:79:7
%5209 = sub %4242, %5208 : f64[] @ models/lib/nn.yaml:79:7
%5210 = sqrt %5209 : f64[] @ models/lib/nn.yaml:79:7
%5211 = div %4242, %5210 : f64[] @ models/lib/nn.yaml:79:7
%5212 = sqrt %5203 : f32[48,16] @ models/lib/nn.yaml:79:7
%5213 = cast %5211 : f32[] @ models/lib/nn.yaml:79:7
%5214 = broadcast %5213 : f32[48,16] @ models/lib/nn.yaml:79:7
%5215 = mul %5212, %5214 : f32[48,16] @ models/lib/nn.yaml:79:7
%5216 = add %5215, %4567 : f32[48,16] @ models/lib/nn.yaml:79:7
%5217 = div %5199, %5216 : f32[48,16] @ models/lib/nn.yaml:79:7
%5218 = cast %5207 : f32[] @ models/lib/nn.yaml:79:7
%5219 = broadcast %5218 : f32[48,16] @ models/lib/nn.yaml:79:7
%5220 = mul %5217, %5219 : f32[48,16] @ models/lib/nn.yaml:79:7
%5221 = sub %5196, %5220 : f32[48,16] @ models/lib/nn.yaml:79:7
%5222 = assign %24, %5221 : f32[48,16] @ models/lib/nn.yaml:79:7
%5223 = assign %5192, %5199 : f32[48,16] @ models/lib/nn.yaml:79:7
%5224 = assign %5193, %5203 : f32[48,16] @ models/lib/nn.yaml:79:7
%5225 = assign %5194, %5195 : i64[] @ models/lib/nn.yaml:79:7
%5226 = mul %102, %4578 : f32[48,16] @ models/lib/nn.yaml:79:7
%5227 = mul %5221, %4580 : f32[48,16] @ models/lib/nn.yaml:79:7
%5228 = add %5226, %5227 : f32[48,16] @ models/lib/nn.yaml:79:7
%5229 = assign %102, %5228 : f32[48,16] @ models/lib/nn.yaml:79:7
%5230 = all_reduce_sum %4031 : f32[48] @ models/lib/nn.yaml:80:7
%5231 = mul %5230, %5230 : f32[48] @ models/lib/nn.yaml:80:7
%5232 = reduce_sum %5231 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5233 = sqrt %5232 : f32[] @ models/lib/nn.yaml:80:7
%5234 = cast %5233 : f64[] @ models/lib/nn.yaml:80:7
%5235 = add %5234, %4238 : f64[] @ models/lib/nn.yaml:80:7
%5236 = div %4240, %5235 : f64[] @ models/lib/nn.yaml:80:7
%5237 = lt %5236, %4242 : bool[] @ models/lib/nn.yaml:80:7
%5238 = cast %5236 : f32[] @ models/lib/nn.yaml:80:7
%5239 = broadcast %5238 : f32[48] @ models/lib/nn.yaml:80:7
%5240 = mul %5230, %5239 : f32[48] @ models/lib/nn.yaml:80:7
%5241 = broadcast %5237 : bool[48] @ models/lib/nn.yaml:80:7
%5242 = select %5241, %5240, %5230 : f32[48] @ models/lib/nn.yaml:80:7
%5243 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%5244 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%5245 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5246 = add %5245, %4252 : i64[] @ models/lib/nn.yaml:80:7
%5247 = mul %5242, %4601 : f32[48] @ models/lib/nn.yaml:80:7
%5248 = mul %5243, %4603 : f32[48] @ models/lib/nn.yaml:80:7
%5249 = add %5248, %5247 : f32[48] @ models/lib/nn.yaml:80:7
%5250 = mul %5242, %5242 : f32[48] @ models/lib/nn.yaml:80:7
%5251 = mul %5250, %4607 : f32[48] @ models/lib/nn.yaml:80:7
%5252 = mul %5244, %4609 : f32[48] @ models/lib/nn.yaml:80:7
%5253 = add %5252, %5251 : f32[48] @ models/lib/nn.yaml:80:7
%5254 = cast %5246 : f64[] @ models/lib/nn.yaml:80:7
%5255 = pow %4261, %5254 : f64[] @ models/lib/nn.yaml:80:7
%5256 = sub %4242, %5255 : f64[] @ models/lib/nn.yaml:80:7
%5257 = div %2558, %5256 : f64[] @ models/lib/nn.yaml:80:7
%5258 = pow %4269, %5254 : f64[] @ models/lib/nn.yaml:80:7
%5259 = sub %4242, %5258 : f64[] @ models/lib/nn.yaml:80:7
%5260 = sqrt %5259 : f64[] @ models/lib/nn.yaml:80:7
%5261 = div %4242, %5260 : f64[] @ models/lib/nn.yaml:80:7
%5262 = sqrt %5253 : f32[48] @ models/lib/nn.yaml:80:7
%5263 = cast %5261 : f32[] @ models/lib/nn.yaml:80:7
%5264 = broadcast %5263 : f32[48] @ models/lib/nn.yaml:80:7
%5265 = mul %5262, %5264 : f32[48] @ models/lib/nn.yaml:80:7
%5266 = add %5265, %4624 : f32[48] @ models/lib/nn.yaml:80:7
%5267 = div %5249, %5266 : f32[48] @ models/lib/nn.yaml:80:7
%5268 = cast %5257 : f32[] @ models/lib/nn.yaml:80:7
%5269 = broadcast %5268 : f32[48] @ models/lib/nn.yaml:80:7
%5270 = mul %5267, %5269 : f32[48] @ models/lib/nn.yaml:80:7
%5271 = sub %25, %5270 : f32[48] @ models/lib/nn.yaml:80:7
%5272 = assign %25, %5271 : f32[48] @ models/lib/nn.yaml:80:7
%5273 = assign %5243, %5249 : f32[48] @ models/lib/nn.yaml:80:7
%5274 = assign %5244, %5253 : f32[48] @ models/lib/nn.yaml:80:7
%5275 = assign %5245, %5246 : i64[] @ models/lib/nn.yaml:80:7
%5276 = mul %103, %4635 : f32[48] @ models/lib/nn.yaml:80:7
%5277 = mul %5271, %4637 : f32[48] @ models/lib/nn.yaml:80:7
%5278 = add %5276, %5277 : f32[48] @ models/lib/nn.yaml:80:7
%5279 = assign %103, %5278 : f32[48] @ models/lib/nn.yaml:80:7
%5280 = all_reduce_sum %3983 : f32[16,16] @ models/lib/nn.yaml:79:7
%5281 = reshape %5280 : f32[256] @ models/lib/nn.yaml:79:7
%5282 = mul %5281, %5281 : f32[256] @ models/lib/nn.yaml:79:7
%5283 = reduce_sum %5282 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5284 = sqrt %5283 : f32[] @ models/lib/nn.yaml:79:7
%5285 = cast %5284 : f64[] @ models/lib/nn.yaml:79:7
%5286 = add %5285, %4238 : f64[] @ models/lib/nn.yaml:79:7
%5287 = div %4240, %5286 : f64[] @ models/lib/nn.yaml:79:7
%5288 = lt %5287, %4242 : bool[] @ models/lib/nn.yaml:79:7
%5289 = cast %5287 : f32[] @ models/lib/nn.yaml:79:7
%5290 = broadcast %5289 : f32[16,16] @ models/lib/nn.yaml:79:7
%5291 = mul %5280, %5290 : f32[16,16] @ models/lib/nn.yaml:79:7
%5292 = broadcast %5288 : bool[16,16] @ models/lib/nn.yaml:79:7
%5293 = select %5292, %5291, %5280 : f32[16,16] @ models/lib/nn.yaml:79:7
%5294 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5295 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5296 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5297 = add %5296, %4252 : i64[] @ models/lib/nn.yaml:79:7
%5298 = mul %26, %4659 : f32[16,16] @ models/lib/nn.yaml:79:7
%5299 = mul %5293, %4661 : f32[16,16] @ models/lib/nn.yaml:79:7
%5300 = mul %5294, %4663 : f32[16,16] @ models/lib/nn.yaml:79:7
%5301 = add %5300, %5299 : f32[16,16] @ models/lib/nn.yaml:79:7
%5302 = mul %5293, %5293 : f32[16,16] @ models/lib/nn.yaml:79:7
%5303 = mul %5302, %4667 : f32[16,16] @ models/lib/nn.yaml:79:7
%5304 = mul %5295, %4669 : f32[16,16] @ models/lib/nn.yaml:79:7
%5305 = add %5304, %5303 : f32[16,16] @ models/lib/nn.yaml:79:7
%5306 = cast %5297 : f64[] @ models/lib/nn.yaml:79:7
%5307 = pow %4261, %5306 : f64[] @ models/lib/nn.yaml:79:7
%5308 = sub %4242, %5307 : f64[] @ models/lib/nn.yaml:79:7
%5309 = div %2558, %5308 : f64[] @ models/lib/nn.yaml:79:7
%5310 = pow %4269, %5306 : f64[] @ models/lib/nn.yaml:79:7
%5311 = sub %4242, %5310 : f64[] @ models/lib/nn.yaml:79:7
%5312 = sqrt %5311 : f64[] @ models/lib/nn.yaml:79:7
%5313 = div %4242, %5312 : f64[] @ models/lib/nn.yaml:79:7
%5314 = sqrt %5305 : f32[16,16] @ models/lib/nn.yaml:79:7
%5315 = cast %5313 : f32[] @ models/lib/nn.yaml:79:7
%5316 = broadcast %5315 : f32[16,16] @ models/lib/nn.yaml:79:7
%5317 = mul %5314, %5316 : f32[16,16] @ models/lib/nn.yaml:79:7
%5318 = add %5317, %4684 : f32[16,16] @ models/lib/nn.yaml:79:7
%5319 = div %5301, %5318 : f32[16,16] @ models/lib/nn.yaml:79:7
%5320 = cast %5309 : f32[] @ models/lib/nn.yaml:79:7
%5321 = broadcast %5320 : f32[16,16] @ models/lib/nn.yaml:79:7
%5322 = mul %5319, %5321 : f32[16,16] @ models/lib/nn.yaml:79:7
%5323 = sub %5298, %5322 : f32[16,16] @ models/lib/nn.yaml:79:7
%5324 = assign %26, %5323 : f32[16,16] @ models/lib/nn.yaml:79:7
%5325 = assign %5294, %5301 : f32[16,16] @ models/lib/nn.yaml:79:7
%5326 = assign %5295, %5305 : f32[16,16] @ models/lib/nn.yaml:79:7
%5327 = assign %5296, %5297 : i64[] @ models/lib/nn.yaml:79:7
%5328 = mul %104, %4695 : f32[16,16] @ models/lib/nn.yaml:79:7
%5329 = mul %5323, %4697 : f32[16,16] @ models/lib/nn.yaml:79:7
%5330 = add %5328, %5329 : f32[16,16] @ models/lib/nn.yaml:79:7
%5331 = assign %104, %5330 : f32[16,16] @ models/lib/nn.yaml:79:7
%5332 = all_reduce_sum %3978 : f32[16] @ models/lib/nn.yaml:80:7
%5333 = mul %5332, %5332 : f32[16] @ models/lib/nn.yaml:80:7
%5334 = reduce_sum %5333 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5335 = sqrt %5334 : f32[] @ models/lib/nn.yaml:80:7
%5336 = cast %5335 : f64[] @ models/lib/nn.yaml:80:7
%5337 = add %5336, %4238 : f64[] @ models/lib/nn.yaml:80:7
%5338 = div %4240, %5337 : f64[] @ models/lib/nn.yaml:80:7
%5339 = lt %5338, %4242 : bool[] @ models/lib/nn.yaml:80:7
%5340 = cast %5338 : f32[] @ models/lib/nn.yaml:80:7
%5341 = broadcast %5340 : f32[16] @ models/lib/nn.yaml:80:7
%5342 = mul %5332, %5341 : f32[16] @ models/lib/nn.yaml:80:7
%5343 = broadcast %5339 : bool[16] @ models/lib/nn.yaml:80:7
%5344 = select %5343, %5342, %5332 : f32[16] @ models/lib/nn.yaml:80:7
%5345 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5346 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5347 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5348 = add %5347, %4252 : i64[] @ models/lib/nn.yaml:80:7
%5349 = mul %5344, %4384 : f32[16] @ models/lib/nn.yaml:80:7
%5350 = mul %5345, %4386 : f32[16] @ models/lib/nn.yaml:80:7
%5351 = add %5350, %5349 : f32[16] @ models/lib/nn.yaml:80:7
%5352 = mul %5344, %5344 : f32[16] @ models/lib/nn.yaml:80:7
%5353 = mul %5352, %4390 : f32[16] @ models/lib/nn.yaml:80:7
%5354 = mul %5346, %4392 : f32[16] @ models/lib/nn.yaml:80:7
%5355 = add %5354, %5353 : f32[16] @ models/lib/nn.yaml:80:7
%5356 = cast %5348 : f64[] @ models/lib/nn.yaml:80:7
%5357 = pow %4261, %5356 : f64[] @ models/lib/nn.yaml:80:7
%5358 = sub %4242, %5357 : f64[] @ models/lib/nn.yaml:80:7
%5359 = div %2558, %5358 : f64[] @ models/lib/nn.yaml:80:7
%5360 = pow %4269, %5356 : f64[] @ models/lib/nn.yaml:80:7
%5361 = sub %4242, %5360 : f64[] @ models/lib/nn.yaml:80:7
%5362 = sqrt %5361 : f64[] @ models/lib/nn.yaml:80:7
%5363 = div %4242, %5362 : f64[] @ models/lib/nn.yaml:80:7
%5364 = sqrt %5355 : f32[16] @ models/lib/nn.yaml:80:7
%5365 = cast %5363 : f32[] @ models/lib/nn.yaml:80:7
%5366 = broadcast %5365 : f32[16] @ models/lib/nn.yaml:80:7
%5367 = mul %5364, %5366 : f32[16] @ models/lib/nn.yaml:80:7
%5368 = add %5367, %4407 : f32[16] @ models/lib/nn.yaml:80:7
%5369 = div %5351, %5368 : f32[16] @ models/lib/nn.yaml:80:7
%5370 = cast %5359 : f32[] @ models/lib/nn.yaml:80:7
%5371 = broadcast %5370 : f32[16] @ models/lib/nn.yaml:80:7
%5372 = mul %5369, %5371 : f32[16] @ models/lib/nn.yaml:80:7
%5373 = sub %27, %5372 : f32[16] @ models/lib/nn.yaml:80:7
%5374 = assign %27, %5373 : f32[16] @ models/lib/nn.yaml:80:7
%5375 = assign %5345, %5351 : f32[16] @ models/lib/nn.yaml:80:7
%5376 = assign %5346, %5355 : f32[16] @ models/lib/nn.yaml:80:7
%5377 = assign %5347, %5348 : i64[] @ models/lib/nn.yaml:80:7
%5378 = mul %105, %4418 : f32[16] @ models/lib/nn.yaml:80:7
%5379 = mul %5373, %4420 : f32[16] @ models/lib/nn.yaml:80:7
%5380 = add %5378, %5379 : f32[16] @ models/lib/nn.yaml:80:7
%5381 = assign %105, %5380 : f32[16] @ models/lib/nn.yaml:80:7
%5382 = all_reduce_sum %3952 : f32[16] @ models/lib/nn.yaml:89:7
%5383 = mul %5382, %5382 : f32[16] @ models/lib/nn.yaml:89:7
%5384 = reduce_sum %5383 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5385 = sqrt %5384 : f32[] @ models/lib/nn.yaml:89:7
%5386 = cast %5385 : f64[] @ models/lib/nn.yaml:89:7
%5387 = add %5386, %4238 : f64[] @ models/lib/nn.yaml:89:7
%5388 = div %4240, %5387 : f64[] @ models/lib/nn.yaml:89:7
%5389 = lt %5388, %4242 : bool[] @ models/lib/nn.yaml:89:7
%5390 = cast %5388 : f32[] @ models/lib/nn.yaml:89:7
%5391 = broadcast %5390 : f32[16] @ models/lib/nn.yaml:89:7
%5392 = mul %5382, %5391 : f32[16] @ models/lib/nn.yaml:89:7
%5393 = broadcast %5389 : bool[16] @ models/lib/nn.yaml:89:7
%5394 = select %5393, %5392, %5382 : f32[16] @ models/lib/nn.yaml:89:7
%5395 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5396 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5397 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5398 = add %5397, %4252 : i64[] @ models/lib/nn.yaml:89:7
%5399 = mul %5394, %4384 : f32[16] @ models/lib/nn.yaml:89:7
%5400 = mul %5395, %4386 : f32[16] @ models/lib/nn.yaml:89:7
%5401 = add %5400, %5399 : f32[16] @ models/lib/nn.yaml:89:7
%5402 = mul %5394, %5394 : f32[16] @ models/lib/nn.yaml:89:7
%5403 = mul %5402, %4390 : f32[16] @ models/lib/nn.yaml:89:7
%5404 = mul %5396, %4392 : f32[16] @ models/lib/nn.yaml:89:7
%5405 = add %5404, %5403 : f32[16] @ models/lib/nn.yaml:89:7
%5406 = cast %5398 : f64[] @ models/lib/nn.yaml:89:7
%5407 = pow %4261, %5406 : f64[] @ models/lib/nn.yaml:89:7
%5408 = sub %4242, %5407 : f64[] @ models/lib/nn.yaml:89:7
%5409 = div %2558, %5408 : f64[] @ models/lib/nn.yaml:89:7
%5410 = pow %4269, %5406 : f64[] @ models/lib/nn.yaml:89:7
%5411 = sub %4242, %5410 : f64[] @ models/lib/nn.yaml:89:7
%5412 = sqrt %5411 : f64[] @ models/lib/nn.yaml:89:7
%5413 = div %4242, %5412 : f64[] @ models/lib/nn.yaml:89:7
%5414 = sqrt %5405 : f32[16] @ models/lib/nn.yaml:89:7
%5415 = cast %5413 : f32[] @ models/lib/nn.yaml:89:7
%5416 = broadcast %5415 : f32[16] @ models/lib/nn.yaml:89:7
%5417 = mul %5414, %5416 : f32[16] @ models/lib/nn.yaml:89:7
%5418 = add %5417, %4407 : f32[16] @ models/lib/nn.yaml:89:7
%5419 = div %5401, %5418 : f32[16] @ models/lib/nn.yaml:89:7
%5420 = cast %5409 : f32[] @ models/lib/nn.yaml:89:7
%5421 = broadcast %5420 : f32[16] @ models/lib/nn.yaml:89:7
%5422 = mul %5419, %5421 : f32[16] @ models/lib/nn.yaml:89:7
%5423 = sub %28, %5422 : f32[16] @ models/lib/nn.yaml:89:7
%5424 = assign %28, %5423 : f32[16] @ models/lib/nn.yaml:89:7
%5425 = assign %5395, %5401 : f32[16] @ models/lib/nn.yaml:89:7
%5426 = assign %5396, %5405 : f32[16] @ models/lib/nn.yaml:89:7
%5427 = assign %5397, %5398 : i64[] @ models/lib/nn.yaml:89:7
%5428 = mul %106, %4418 : f32[16] @ models/lib/nn.yaml:89:7
%5429 = mul %5423, %4420 : f32[16] @ models/lib/nn.yaml:89:7
%5430 = add %5428, %5429 : f32[16] @ models/lib/nn.yaml:89:7
%5431 = assign %106, %5430 : f32[16] @ models/lib/nn.yaml:89:7
%5432 = all_reduce_sum %3945 : f32[16] @ models/lib/nn.yaml:90:7
%5433 = mul %5432, %5432 : f32[16] @ models/lib/nn.yaml:90:7
%5434 = reduce_sum %5433 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5435 = sqrt %5434 : f32[] @ models/lib/nn.yaml:90:7
%5436 = cast %5435 : f64[] @ models/lib/nn.yaml:90:7
%5437 = add %5436, %4238 : f64[] @ models/lib/nn.yaml:90:7
%5438 = div %4240, %5437 : f64[] @ models/lib/nn.yaml:90:7
%5439 = lt %5438, %4242 : bool[] @ models/lib/nn.yaml:90:7
%5440 = cast %5438 : f32[] @ models/lib/nn.yaml:90:7
%5441 = broadcast %5440 : f32[16] @ models/lib/nn.yaml:90:7
%5442 = mul %5432, %5441 : f32[16] @ models/lib/nn.yaml:90:7
%5443 = broadcast %5439 : bool[16] @ models/lib/nn.yaml:90:7
%5444 = select %5443, %5442, %5432 : f32[16] @ models/lib/nn.yaml:90:7
%5445 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5446 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5447 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5448 = add %5447, %4252 : i64[] @ models/lib/nn.yaml:90:7
%5449 = mul %5444, %4384 : f32[16] @ models/lib/nn.yaml:90:7
%5450 = mul %5445, %4386 : f32[16] @ models/lib/nn.yaml:90:7
%5451 = add %5450, %5449 : f32[16] @ models/lib/nn.yaml:90:7
%5452 = mul %5444, %5444 : f32[16] @ models/lib/nn.yaml:90:7
%5453 = mul %5452, %4390 : f32[16] @ models/lib/nn.yaml:90:7
%5454 = mul %5446, %4392 : f32[16] @ models/lib/nn.yaml:90:7
%5455 = add %5454, %5453 : f32[16] @ models/lib/nn.yaml:90:7
%5456 = cast %5448 : f64[] @ models/lib/nn.yaml:90:7
%5457 = pow %4261, %5456 : f64[] @ models/lib/nn.yaml:90:7
%5458 = sub %4242, %5457 : f64[] @ models/lib/nn.yaml:90:7
%5459 = div %2558, %5458 : f64[] @ models/lib/nn.yaml:90:7
%5460 = pow %4269, %5456 : f64[] @ models/lib/nn.yaml:90:7
%5461 = sub %4242, %5460 : f64[] @ models/lib/nn.yaml:90:7
%5462 = sqrt %5461 : f64[] @ models/lib/nn.yaml:90:7
%5463 = div %4242, %5462 : f64[] @ models/lib/nn.yaml:90:7
%5464 = sqrt %5455 : f32[16] @ models/lib/nn.yaml:90:7
%5465 = cast %5463 : f32[] @ models/lib/nn.yaml:90:7
%5466 = broadcast %5465 : f32[16] @ models/lib/nn.yaml:90:7
%5467 = mul %5464, %5466 : f32[16] @ models/lib/nn.yaml:90:7
%5468 = add %5467, %4407 : f32[16] @ models/lib/nn.yaml:90:7
%5469 = div %5451, %5468 : f32[16] @ models/lib/nn.yaml:90:7
%5470 = cast %5459 : f32[] @ models/lib/nn.yaml:90:7
%5471 = broadcast %5470 : f32[16] @ models/lib/nn.yaml:90:7
%5472 = mul %5469, %5471 : f32[16] @ models/lib/nn.yaml:90:7
%5473 = sub %29, %5472 : f32[16] @ models/lib/nn.yaml:90:7
%5474 = assign %29, %5473 : f32[16] @ models/lib/nn.yaml:90:7
%5475 = assign %5445, %5451 : f32[16] @ models/lib/nn.yaml:90:7
%5476 = assign %5446, %5455 : f32[16] @ models/lib/nn.yaml:90:7
%5477 = assign %5447, %5448 : i64[] @ models/lib/nn.yaml:90:7
%5478 = mul %107, %4418 : f32[16] @ models/lib/nn.yaml:90:7
%5479 = mul %5473, %4420 : f32[16] @ models/lib/nn.yaml:90:7
%5480 = add %5478, %5479 : f32[16] @ models/lib/nn.yaml:90:7
%5481 = assign %107, %5480 : f32[16] @ models/lib/nn.yaml:90:7
%5482 = all_reduce_sum %3940 : f32[64,16] @ models/lib/nn.yaml:79:7
%5483 = reshape %5482 : f32[1024] @ models/lib/nn.yaml:79:7
%5484 = mul %5483, %5483 : f32[1024] @ models/lib/nn.yaml:79:7
%5485 = reduce_sum %5484 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5486 = sqrt %5485 : f32[] @ models/lib/nn.yaml:79:7
%5487 = cast %5486 : f64[] @ models/lib/nn.yaml:79:7
%5488 = add %5487, %4238 : f64[] @ models/lib/nn.yaml:79:7
%5489 = div %4240, %5488 : f64[] @ models/lib/nn.yaml:79:7
%5490 = lt %5489, %4242 : bool[] @ models/lib/nn.yaml:79:7
%5491 = cast %5489 : f32[] @ models/lib/nn.yaml:79:7
%5492 = broadcast %5491 : f32[64,16] @ models/lib/nn.yaml:79:7
%5493 = mul %5482, %5492 : f32[64,16] @ models/lib/nn.yaml:79:7
%5494 = broadcast %5490 : bool[64,16] @ models/lib/nn.yaml:79:7
%5495 = select %5494, %5493, %5482 : f32[64,16] @ models/lib/nn.yaml:79:7
%5496 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5497 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5498 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5499 = add %5498, %4252 : i64[] @ models/lib/nn.yaml:79:7
%5500 = mul %30, %4869 : f32[64,16] @ models/lib/nn.yaml:79:7
%5501 = mul %5495, %4871 : f32[64,16] @ models/lib/nn.yaml:79:7
%5502 = mul %5496, %4873 : f32[64,16] @ models/lib/nn.yaml:79:7
%5503 = add %5502, %5501 : f32[64,16] @ models/lib/nn.yaml:79:7
%5504 = mul %5495, %5495 : f32[64,16] @ models/lib/nn.yaml:79:7
%5505 = mul %5504, %4877 : f32[64,16] @ models/lib/nn.yaml:79:7
%5506 = mul %5497, %4879 : f32[64,16] @ models/lib/nn.yaml:79:7
%5507 = add %5506, %5505 : f32[64,16] @ models/lib/nn.yaml:79:7
%5508 = cast %5499 : f64[] @ models/lib/nn.yaml:79:7
%5509 = pow %4261, %5508 : f64[] @ models/lib/nn.yaml:79:7
%5510 = sub %4242, %5509 : f64[] @ models/lib/nn.yaml:79:7
%5511 = div %2558, %5510 : f64[] @ models/lib/nn.yaml:79:7
%5512 = pow %4269, %5508 : f64[] @ models/lib/nn.yaml:79:7
%5513 = sub %4242, %5512 : f64[] @ models/lib/nn.yaml:79:7
%5514 = sqrt %5513 : f64[] @ models/lib/nn.yaml:79:7
%5515 = div %4242, %5514 : f64[] @ models/lib/nn.yaml:79:7
%5516 = sqrt %5507 : f32[64,16] @ models/lib/nn.yaml:79:7
%5517 = cast %5515 : f32[] @ models/lib/nn.yaml:79:7
%5518 = broadcast %5517 : f32[64,16] @ models/lib/nn.yaml:79:7
%5519 = mul %5516, %5518 : f32[64,16] @ models/lib/nn.yaml:79:7
%5520 = add %5519, %4894 : f32[64,16] @ models/lib/nn.yaml:79:7
%5521 = div %5503, %5520 : f32[64,16] @ models/lib/nn.yaml:79:7
%5522 = cast %5511 : f32[] @ models/lib/nn.yaml:79:7
%5523 = broadcast %5522 : f32[64,16] @ models/lib/nn.yaml:79:7
%5524 = mul %5521, %5523 : f32[64,16] @ models/lib/nn.yaml:79:7
%5525 = sub %5500, %5524 : f32[64,16] @ models/lib/nn.yaml:79:7
%5526 = assign %30, %5525 : f32[64,16] @ models/lib/nn.yaml:79:7
%5527 = assign %5496, %5503 : f32[64,16] @ models/lib/nn.yaml:79:7
%5528 = assign %5497, %5507 : f32[64,16] @ models/lib/nn.yaml:79:7
%5529 = assign %5498, %5499 : i64[] @ models/lib/nn.yaml:79:7
%5530 = mul %108, %4905 : f32[64,16] @ models/lib/nn.yaml:79:7
%5531 = mul %5525, %4907 : f32[64,16] @ models/lib/nn.yaml:79:7
%5532 = add %5530, %5531 : f32[64,16] @ models/lib/nn.yaml:79:7
%5533 = assign %108, %5532 : f32[64,16] @ models/lib/nn.yaml:79:7
%5534 = all_reduce_sum %3935 : f32[64] @ models/lib/nn.yaml:80:7
%5535 = mul %5534, %5534 : f32[64] @ models/lib/nn.yaml:80:7
%5536 = reduce_sum %5535 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5537 = sqrt %5536 : f32[] @ models/lib/nn.yaml:80:7
%5538 = cast %5537 : f64[] @ models/lib/nn.yaml:80:7
%5539 = add %5538, %4238 : f64[] @ models/lib/nn.yaml:80:7
%5540 = div %4240, %5539 : f64[] @ models/lib/nn.yaml:80:7
%5541 = lt %5540, %4242 : bool[] @ models/lib/nn.yaml:80:7
%5542 = cast %5540 : f32[] @ models/lib/nn.yaml:80:7
%5543 = broadcast %5542 : f32[64] @ models/lib/nn.yaml:80:7
%5544 = mul %5534, %5543 : f32[64] @ models/lib/nn.yaml:80:7
%5545 = broadcast %5541 : bool[64] @ models/lib/nn.yaml:80:7
%5546 = select %5545, %5544, %5534 : f32[64] @ models/lib/nn.yaml:80:7
%5547 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5548 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5549 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5550 = add %5549, %4252 : i64[] @ models/lib/nn.yaml:80:7
%5551 = mul %5546, %4928 : f32[64] @ models/lib/nn.yaml:80:7
%5552 = mul %5547, %4930 : f32[64] @ models/lib/nn.yaml:80:7
%5553 = add %5552, %5551 : f32[64] @ models/lib/nn.yaml:80:7
%5554 = mul %5546, %5546 : f32[64] @ models/lib/nn.yaml:80:7
%5555 = mul %5554, %4934 : f32[64] @ models/lib/nn.yaml:80:7
%5556 = mul %5548, %4936 : f32[64] @ models/lib/nn.yaml:80:7
%5557 = add %5556, %5555 : f32[64] @ models/lib/nn.yaml:80:7
%5558 = cast %5550 : f64[] @ models/lib/nn.yaml:80:7
%5559 = pow %4261, %5558 : f64[] @ models/lib/nn.yaml:80:7
%5560 = sub %4242, %5559 : f64[] @ models/lib/nn.yaml:80:7
%5561 = div %2558, %5560 : f64[] @ models/lib/nn.yaml:80:7
%5562 = pow %4269, %5558 : f64[] @ models/lib/nn.yaml:80:7
%5563 = sub %4242, %5562 : f64[] @ models/lib/nn.yaml:80:7
%5564 = sqrt %5563 : f64[] @ models/lib/nn.yaml:80:7
%5565 = div %4242, %5564 : f64[] @ models/lib/nn.yaml:80:7
%5566 = sqrt %5557 : f32[64] @ models/lib/nn.yaml:80:7
%5567 = cast %5565 : f32[] @ models/lib/nn.yaml:80:7
%5568 = broadcast %5567 : f32[64] @ models/lib/nn.yaml:80:7
%5569 = mul %5566, %5568 : f32[64] @ models/lib/nn.yaml:80:7
%5570 = add %5569, %4951 : f32[64] @ models/lib/nn.yaml:80:7
%5571 = div %5553, %5570 : f32[64] @ models/lib/nn.yaml:80:7
%5572 = cast %5561 : f32[] @ models/lib/nn.yaml:80:7
%5573 = broadcast %5572 : f32[64] @ models/lib/nn.yaml:80:7
%5574 = mul %5571, %5573 : f32[64] @ models/lib/nn.yaml:80:7
%5575 = sub %31, %5574 : f32[64] @ models/lib/nn.yaml:80:7
%5576 = assign %31, %5575 : f32[64] @ models/lib/nn.yaml:80:7
%5577 = assign %5547, %5553 : f32[64] @ models/lib/nn.yaml:80:7
%5578 = assign %5548, %5557 : f32[64] @ models/lib/nn.yaml:80:7
%5579 = assign %5549, %5550 : i64[] @ models/lib/nn.yaml:80:7
%5580 = mul %109, %4962 : f32[64] @ models/lib/nn.yaml:80:7
%5581 = mul %5575, %4964 : f32[64] @ models/lib/nn.yaml:80:7
%5582 = add %5580, %5581 : f32[64] @ models/lib/nn.yaml:80:7
%5583 = assign %109, %5582 : f32[64] @ models/lib/nn.yaml:80:7
%5584 = all_reduce_sum %3919 : f32[16,64] @ models/lib/nn.yaml:79:7
%5585 = reshape %5584 : f32[1024] @ models/lib/nn.yaml:79:7
%5586 = mul %5585, %5585 : f32[1024] @ models/lib/nn.yaml:79:7
%5587 = reduce_sum %5586 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5588 = sqrt %5587 : f32[] @ models/lib/nn.yaml:79:7
%5589 = cast %5588 : f64[] @ models/lib/nn.yaml:79:7
%5590 = add %5589, %4238 : f64[] @ models/lib/nn.yaml:79:7
%5591 = div %4240, %5590 : f64[] @ models/lib/nn.yaml:79:7
%5592 = lt %5591, %4242 : bool[] @ models/lib/nn.yaml:79:7
%5593 = cast %5591 : f32[] @ models/lib/nn.yaml:79:7
%5594 = broadcast %5593 : f32[16,64] @ models/lib/nn.yaml:79:7
%5595 = mul %5584, %5594 : f32[16,64] @ models/lib/nn.yaml:79:7
%5596 = broadcast %5592 : bool[16,64] @ models/lib/nn.yaml:79:7
%5597 = select %5596, %5595, %5584 : f32[16,64] @ models/lib/nn.yaml:79:7
%5598 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5599 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5600 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5601 = add %5600, %4252 : i64[] @ models/lib/nn.yaml:79:7
%5602 = mul %32, %4986 : f32[16,64] @ models/lib/nn.yaml:79:7
%5603 = mul %5597, %4988 : f32[16,64] @ models/lib/nn.yaml:79:7
%5604 = mul %5598, %4990 : f32[16,64] @ models/lib/nn.yaml:79:7
%5605 = add %5604, %5603 : f32[16,64] @ models/lib/nn.yaml:79:7
%5606 = mul %5597, %5597 : f32[16,64] @ models/lib/nn.yaml:79:7
%5607 = mul %5606, %4994 : f32[16,64] @ models/lib/nn.yaml:79:7
%5608 = mul %5599, %4996 : f32[16,64] @ models/lib/nn.yaml:79:7
%5609 = add %5608, %5607 : f32[16,64] @ models/lib/nn.yaml:79:7
%5610 = cast %5601 : f64[] @ models/lib/nn.yaml:79:7
%5611 = pow %4261, %5610 : f64[] @ models/lib/nn.yaml:79:7
%5612 = sub %4242, %5611 : f64[] @ models/lib/nn.yaml:79:7
%5613 = div %2558, %5612 : f64[] @ models/lib/nn.yaml:79:7
%5614 = pow %4269, %5610 : f64[] @ models/lib/nn.yaml:79:7
%5615 = sub %4242, %5614 : f64[] @ models/lib/nn.yaml:79:7
%5616 = sqrt %5615 : f64[] @ models/lib/nn.yaml:79:7
%5617 = div %4242, %5616 : f64[] @ models/lib/nn.yaml:79:7
%5618 = sqrt %5609 : f32[16,64] @ models/lib/nn.yaml:79:7
%5619 = cast %5617 : f32[] @ models/lib/nn.yaml:79:7
%5620 = broadcast %5619 : f32[16,64] @ models/lib/nn.yaml:79:7
%5621 = mul %5618, %5620 : f32[16,64] @ models/lib/nn.yaml:79:7
%5622 = add %5621, %5011 : f32[16,64] @ models/lib/nn.yaml:79:7
%5623 = div %5605, %5622 : f32[16,64] @ models/lib/nn.yaml:79:7
%5624 = cast %5613 : f32[] @ models/lib/nn.yaml:79:7
%5625 = broadcast %5624 : f32[16,64] @ models/lib/nn.yaml:79:7
%5626 = mul %5623, %5625 : f32[16,64] @ models/lib/nn.yaml:79:7
%5627 = sub %5602, %5626 : f32[16,64] @ models/lib/nn.yaml:79:7
%5628 = assign %32, %5627 : f32[16,64] @ models/lib/nn.yaml:79:7
%5629 = assign %5598, %5605 : f32[16,64] @ models/lib/nn.yaml:79:7
%5630 = assign %5599, %5609 : f32[16,64] @ models/lib/nn.yaml:79:7
%5631 = assign %5600, %5601 : i64[] @ models/lib/nn.yaml:79:7
%5632 = mul %110, %5022 : f32[16,64] @ models/lib/nn.yaml:79:7
%5633 = mul %5627, %5024 : f32[16,64] @ models/lib/nn.yaml:79:7
%5634 = add %5632, %5633 : f32[16,64] @ models/lib/nn.yaml:79:7
%5635 = assign %110, %5634 : f32[16,64] @ models/lib/nn.yaml:79:7
%5636 = all_reduce_sum %3914 : f32[16] @ models/lib/nn.yaml:80:7
%5637 = mul %5636, %5636 : f32[16] @ models/lib/nn.yaml:80:7
%5638 = reduce_sum %5637 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5639 = sqrt %5638 : f32[] @ models/lib/nn.yaml:80:7
%5640 = cast %5639 : f64[] @ models/lib/nn.yaml:80:7
%5641 = add %5640, %4238 : f64[] @ models/lib/nn.yaml:80:7
%5642 = div %4240, %5641 : f64[] @ models/lib/nn.yaml:80:7
%5643 = lt %5642, %4242 : bool[] @ models/lib/nn.yaml:80:7
%5644 = cast %5642 : f32[] @ models/lib/nn.yaml:80:7
%5645 = broadcast %5644 : f32[16] @ models/lib/nn.yaml:80:7
%5646 = mul %5636, %5645 : f32[16] @ models/lib/nn.yaml:80:7
%5647 = broadcast %5643 : bool[16] @ models/lib/nn.yaml:80:7
%5648 = select %5647, %5646, %5636 : f32[16] @ models/lib/nn.yaml:80:7
%5649 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5650 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5651 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5652 = add %5651, %4252 : i64[] @ models/lib/nn.yaml:80:7
%5653 = mul %5648, %4384 : f32[16] @ models/lib/nn.yaml:80:7
%5654 = mul %5649, %4386 : f32[16] @ models/lib/nn.yaml:80:7
%5655 = add %5654, %5653 : f32[16] @ models/lib/nn.yaml:80:7
%5656 = mul %5648, %5648 : f32[16] @ models/lib/nn.yaml:80:7
%5657 = mul %5656, %4390 : f32[16] @ models/lib/nn.yaml:80:7
%5658 = mul %5650, %4392 : f32[16] @ models/lib/nn.yaml:80:7
%5659 = add %5658, %5657 : f32[16] @ models/lib/nn.yaml:80:7
%5660 = cast %5652 : f64[] @ models/lib/nn.yaml:80:7
%5661 = pow %4261, %5660 : f64[] @ models/lib/nn.yaml:80:7
%5662 = sub %4242, %5661 : f64[] @ models/lib/nn.yaml:80:7
%5663 = div %2558, %5662 : f64[] @ models/lib/nn.yaml:80:7
%5664 = pow %4269, %5660 : f64[] @ models/lib/nn.yaml:80:7
%5665 = sub %4242, %5664 : f64[] @ models/lib/nn.yaml:80:7
%5666 = sqrt %5665 : f64[] @ models/lib/nn.yaml:80:7
%5667 = div %4242, %5666 : f64[] @ models/lib/nn.yaml:80:7
%5668 = sqrt %5659 : f32[16] @ models/lib/nn.yaml:80:7
%5669 = cast %5667 : f32[] @ models/lib/nn.yaml:80:7
%5670 = broadcast %5669 : f32[16] @ models/lib/nn.yaml:80:7
%5671 = mul %5668, %5670 : f32[16] @ models/lib/nn.yaml:80:7
%5672 = add %5671, %4407 : f32[16] @ models/lib/nn.yaml:80:7
%5673 = div %5655, %5672 : f32[16] @ models/lib/nn.yaml:80:7
%5674 = cast %5663 : f32[] @ models/lib/nn.yaml:80:7
%5675 = broadcast %5674 : f32[16] @ models/lib/nn.yaml:80:7
%5676 = mul %5673, %5675 : f32[16] @ models/lib/nn.yaml:80:7
%5677 = sub %33, %5676 : f32[16] @ models/lib/nn.yaml:80:7
%5678 = assign %33, %5677 : f32[16] @ models/lib/nn.yaml:80:7
%5679 = assign %5649, %5655 : f32[16] @ models/lib/nn.yaml:80:7
%5680 = assign %5650, %5659 : f32[16] @ models/lib/nn.yaml:80:7
%5681 = assign %5651, %5652 : i64[] @ models/lib/nn.yaml:80:7
%5682 = mul %111, %4418 : f32[16] @ models/lib/nn.yaml:80:7
%5683 = mul %5677, %4420 : f32[16] @ models/lib/nn.yaml:80:7
%5684 = add %5682, %5683 : f32[16] @ models/lib/nn.yaml:80:7
%5685 = assign %111, %5684 : f32[16] @ models/lib/nn.yaml:80:7
%5686 = all_reduce_sum %3907 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5687 = reshape %5686 : f32[16] @ models/lib/vit.yaml:103:7
%5688 = mul %5687, %5687 : f32[16] @ models/lib/vit.yaml:103:7
%5689 = reduce_sum %5688 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%5690 = sqrt %5689 : f32[] @ models/lib/vit.yaml:103:7
%5691 = cast %5690 : f64[] @ models/lib/vit.yaml:103:7
%5692 = add %5691, %4238 : f64[] @ models/lib/vit.yaml:103:7
%5693 = div %4240, %5692 : f64[] @ models/lib/vit.yaml:103:7
%5694 = lt %5693, %4242 : bool[] @ models/lib/vit.yaml:103:7
%5695 = cast %5693 : f32[] @ models/lib/vit.yaml:103:7
%5696 = broadcast %5695 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5697 = mul %5686, %5696 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5698 = broadcast %5694 : bool[1,1,16] @ models/lib/vit.yaml:103:7
%5699 = select %5698, %5697, %5686 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5700 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5701 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5702 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%5703 = add %5702, %4252 : i64[] @ models/lib/vit.yaml:103:7
%5704 = broadcast %4256 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5705 = mul %34, %5704 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5706 = broadcast %2314 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5707 = mul %5699, %5706 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5708 = broadcast %1568 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5709 = mul %5700, %5708 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5710 = add %5709, %5707 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5711 = mul %5699, %5699 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5712 = broadcast %4266 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5713 = mul %5711, %5712 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5714 = broadcast %4270 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5715 = mul %5701, %5714 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5716 = add %5715, %5713 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5717 = cast %5703 : f64[] @ models/lib/vit.yaml:103:7
%5718 = pow %4261, %5717 : f64[] @ models/lib/vit.yaml:103:7
%5719 = sub %4242, %5718 : f64[] @ models/lib/vit.yaml:103:7
%5720 = div %2558, %5719 : f64[] @ models/lib/vit.yaml:103:7
%5721 = pow %4269, %5717 : f64[] @ models/lib/vit.yaml:103:7
%5722 = sub %4242, %5721 : f64[] @ models/lib/vit.yaml:103:7
%5723 = sqrt %5722 : f64[] @ models/lib/vit.yaml:103:7
%5724 = div %4242, %5723 : f64[] @ models/lib/vit.yaml:103:7
%5725 = sqrt %5716 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5726 = cast %5724 : f32[] @ models/lib/vit.yaml:103:7
%5727 = broadcast %5726 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5728 = mul %5725, %5727 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5729 = broadcast %4286 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5730 = add %5728, %5729 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5731 = div %5710, %5730 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5732 = cast %5720 : f32[] @ models/lib/vit.yaml:103:7
%5733 = broadcast %5732 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5734 = mul %5731, %5733 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5735 = sub %5705, %5734 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5736 = assign %34, %5735 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5737 = assign %5700, %5710 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5738 = assign %5701, %5716 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5739 = assign %5702, %5703 : i64[] @ models/lib/vit.yaml:103:7
%5740 = broadcast %4298 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5741 = mul %112, %5740 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5742 = broadcast %4302 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5743 = mul %5735, %5742 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5744 = add %5741, %5743 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5745 = assign %112, %5744 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5746 = all_reduce_sum %3884 : f32[16] @ models/lib/nn.yaml:89:7
%5747 = mul %5746, %5746 : f32[16] @ models/lib/nn.yaml:89:7
%5748 = reduce_sum %5747 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5749 = sqrt %5748 : f32[] @ models/lib/nn.yaml:89:7
%5750 = cast %5749 : f64[] @ models/lib/nn.yaml:89:7
%5751 = add %5750, %4238 : f64[] @ models/lib/nn.yaml:89:7
%5752 = div %4240, %5751 : f64[] @ models/lib/nn.yaml:89:7
%5753 = lt %5752, %4242 : bool[] @ models/lib/nn.yaml:89:7
%5754 = cast %5752 : f32[] @ models/lib/nn.yaml:89:7
%5755 = broadcast %5754 : f32[16] @ models/lib/nn.yaml:89:7
%5756 = mul %5746, %5755 : f32[16] @ models/lib/nn.yaml:89:7
%5757 = broadcast %5753 : bool[16] @ models/lib/nn.yaml:89:7
%5758 = select %5757, %5756, %5746 : f32[16] @ models/lib/nn.yaml:89:7
%5759 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5760 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5761 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5762 = add %5761, %4252 : i64[] @ models/lib/nn.yaml:89:7
%5763 = mul %5758, %4384 : f32[16] @ models/lib/nn.yaml:89:7
%5764 = mul %5759, %4386 : f32[16] @ models/lib/nn.yaml:89:7
%5765 = add %5764, %5763 : f32[16] @ models/lib/nn.yaml:89:7
%5766 = mul %5758, %5758 : f32[16] @ models/lib/nn.yaml:89:7
%5767 = mul %5766, %4390 : f32[16] @ models/lib/nn.yaml:89:7
%5768 = mul %5760, %4392 : f32[16] @ models/lib/nn.yaml:89:7
%5769 = add %5768, %5767 : f32[16] @ models/lib/nn.yaml:89:7
%5770 = cast %5762 : f64[] @ models/lib/nn.yaml:89:7
%5771 = pow %4261, %5770 : f64[] @ models/lib/nn.yaml:89:7
%5772 = sub %4242, %5771 : f64[] @ models/lib/nn.yaml:89:7
%5773 = div %2558, %5772 : f64[] @ models/lib/nn.yaml:89:7
%5774 = pow %4269, %5770 : f64[] @ models/lib/nn.yaml:89:7
%5775 = sub %4242, %5774 : f64[] @ models/lib/nn.yaml:89:7
%5776 = sqrt %5775 : f64[] @ models/lib/nn.yaml:89:7
%5777 = div %4242, %5776 : f64[] @ models/lib/nn.yaml:89:7
%5778 = sqrt %5769 : f32[16] @ models/lib/nn.yaml:89:7
%5779 = cast %5777 : f32[] @ models/lib/nn.yaml:89:7
%5780 = broadcast %5779 : f32[16] @ models/lib/nn.yaml:89:7
%5781 = mul %5778, %5780 : f32[16] @ models/lib/nn.yaml:89:7
%5782 = add %5781, %4407 : f32[16] @ models/lib/nn.yaml:89:7
%5783 = div %5765, %5782 : f32[16] @ models/lib/nn.yaml:89:7
%5784 = cast %5773 : f32[] @ models/lib/nn.yaml:89:7
%5785 = broadcast %5784 : f32[16] @ models/lib/nn.yaml:89:7
%5786 = mul %5783, %5785 : f32[16] @ models/lib/nn.yaml:89:7
%5787 = sub %35, %5786 : f32[16] @ models/lib/nn.yaml:89:7
%5788 = assign %35, %5787 : f32[16] @ models/lib/nn.yaml:89:7
%5789 = assign %5759, %5765 : f32[16] @ models/lib/nn.yaml:89:7
%5790 = assign %5760, %5769 : f32[16] @ models/lib/nn.yaml:89:7
%5791 = assign %5761, %5762 : i64[] @ models/lib/nn.yaml:89:7
%5792 = mul %113, %4418 : f32[16] @ models/lib/nn.yaml:89:7
%5793 = mul %5787, %4420 : f32[16] @ models/lib/nn.yaml:89:7
%5794 = add %5792, %5793 : f32[16] @ models/lib/nn.yaml:89:7
%5795 = assign %113, %5794 : f32[16] @ models/lib/nn.yaml:89:7
%5796 = all_reduce_sum %3877 : f32[16] @ models/lib/nn.yaml:90:7
%5797 = mul %5796, %5796 : f32[16] @ models/lib/nn.yaml:90:7
%5798 = reduce_sum %5797 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5799 = sqrt %5798 : f32[] @ models/lib/nn.yaml:90:7
%5800 = cast %5799 : f64[] @ models/lib/nn.yaml:90:7
%5801 = add %5800, %4238 : f64[] @ models/lib/nn.yaml:90:7
%5802 = div %4240, %5801 : f64[] @ models/lib/nn.yaml:90:7
%5803 = lt %5802, %4242 : bool[] @ models/lib/nn.yaml:90:7
%5804 = cast %5802 : f32[] @ models/lib/nn.yaml:90:7
%5805 = broadcast %5804 : f32[16] @ models/lib/nn.yaml:90:7
%5806 = mul %5796, %5805 : f32[16] @ models/lib/nn.yaml:90:7
%5807 = broadcast %5803 : bool[16] @ models/lib/nn.yaml:90:7
%5808 = select %5807, %5806, %5796 : f32[16] @ models/lib/nn.yaml:90:7
%5809 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5810 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5811 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5812 = add %5811, %4252 : i64[] @ models/lib/nn.yaml:90:7
%5813 = mul %5808, %4384 : f32[16] @ models/lib/nn.yaml:90:7
%5814 = mul %5809, %4386 : f32[16] @ models/lib/nn.yaml:90:7
%5815 = add %5814, %5813 : f32[16] @ models/lib/nn.yaml:90:7
%5816 = mul %5808, %5808 : f32[16] @ models/lib/nn.yaml:90:7
%5817 = mul %5816, %4390 : f32[16] @ models/lib/nn.yaml:90:7
%5818 = mul %5810, %4392 : f32[16] @ models/lib/nn.yaml:90:7
%5819 = add %5818, %5817 : f32[16] @ models/lib/nn.yaml:90:7
%5820 = cast %5812 : f64[] @ models/lib/nn.yaml:90:7
%5821 = pow %4261, %5820 : f64[] @ models/lib/nn.yaml:90:7
%5822 = sub %4242, %5821 : f64[] @ models/lib/nn.yaml:90:7
%5823 = div %2558, %5822 : f64[] @ models/lib/nn.yaml:90:7
%5824 = pow %4269, %5820 : f64[] @ models/lib/nn.yaml:90:7
%5825 = sub %4242, %5824 : f64[] @ models/lib/nn.yaml:90:7
%5826 = sqrt %5825 : f64[] @ models/lib/nn.yaml:90:7
%5827 = div %4242, %5826 : f64[] @ models/lib/nn.yaml:90:7
%5828 = sqrt %5819 : f32[16] @ models/lib/nn.yaml:90:7
%5829 = cast %5827 : f32[] @ models/lib/nn.yaml:90:7
%5830 = broadcast %5829 : f32[16] @ models/lib/nn.yaml:90:7
%5831 = mul %5828, %5830 : f32[16] @ models/lib/nn.yaml:90:7
%5832 = add %5831, %4407 : f32[16] @ models/lib/nn.yaml:90:7
%5833 = div %5815, %5832 : f32[16] @ models/lib/nn.yaml:90:7
%5834 = cast %5823 : f32[] @ models/lib/nn.yaml:90:7
%5835 = broadcast %5834 : f32[16] @ models/lib/nn.yaml:90:7
%5836 = mul %5833, %5835 : f32[16] @ models/lib/nn.yaml:90:7
%5837 = sub %36, %5836 : f32[16] @ models/lib/nn.yaml:90:7
%5838 = assign %36, %5837 : f32[16] @ models/lib/nn.yaml:90:7
%5839 = assign %5809, %5815 : f32[16] @ models/lib/nn.yaml:90:7
%5840 = assign %5810, %5819 : f32[16] @ models/lib/nn.yaml:90:7
%5841 = assign %5811, %5812 : i64[] @ models/lib/nn.yaml:90:7
%5842 = mul %114, %4418 : f32[16] @ models/lib/nn.yaml:90:7
%5843 = mul %5837, %4420 : f32[16] @ models/lib/nn.yaml:90:7
%5844 = add %5842, %5843 : f32[16] @ models/lib/nn.yaml:90:7
%5845 = assign %114, %5844 : f32[16] @ models/lib/nn.yaml:90:7
%5846 = all_reduce_sum %3870 : f32[16,16] @ models/lib/nn.yaml:79:7
%5847 = reshape %5846 : f32[256] @ models/lib/nn.yaml:79:7
%5848 = mul %5847, %5847 : f32[256] @ models/lib/nn.yaml:79:7
%5849 = reduce_sum %5848 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5850 = sqrt %5849 : f32[] @ models/lib/nn.yaml:79:7
%5851 = cast %5850 : f64[] @ models/lib/nn.yaml:79:7
%5852 = add %5851, %4238 : f64[] @ models/lib/nn.yaml:79:7
%5853 = div %4240, %5852 : f64[] @ models/lib/nn.yaml:79:7
%5854 = lt %5853, %4242 : bool[] @ models/lib/nn.yaml:79:7
%5855 = cast %5853 : f32[] @ models/lib/nn.yaml:79:7
%5856 = broadcast %5855 : f32[16,16] @ models/lib/nn.yaml:79:7
%5857 = mul %5846, %5856 : f32[16,16] @ models/lib/nn.yaml:79:7
%5858 = broadcast %5854 : bool[16,16] @ models/lib/nn.yaml:79:7
%5859 = select %5858, %5857, %5846 : f32[16,16] @ models/lib/nn.yaml:79:7
%5860 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5861 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5862 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5863 = add %5862, %4252 : i64[] @ models/lib/nn.yaml:79:7
%5864 = mul %37, %4659 : f32[16,16] @ models/lib/nn.yaml:79:7
%5865 = mul %5859, %4661 : f32[16,16] @ models/lib/nn.yaml:79:7
%5866 = mul %5860, %4663 : f32[16,16] @ models/lib/nn.yaml:79:7
%5867 = add %5866, %5865 : f32[16,16] @ models/lib/nn.yaml:79:7
%5868 = mul %5859, %5859 : f32[16,16] @ models/lib/nn.yaml:79:7
%5869 = mul %5868, %4667 : f32[16,16] @ models/lib/nn.yaml:79:7
%5870 = mul %5861, %4669 : f32[16,16] @ models/lib/nn.yaml:79:7
%5871 = add %5870, %5869 : f32[16,16] @ models/lib/nn.yaml:79:7
%5872 = cast %5863 : f64[] @ models/lib/nn.yaml:79:7
%5873 = pow %4261, %5872 : f64[] @ models/lib/nn.yaml:79:7
%5874 = sub %4242, %5873 : f64[] @ models/lib/nn.yaml:79:7
%5875 = div %2558, %5874 : f64[] @ models/lib/nn.yaml:79:7
%5876 = pow %4269, %5872 : f64[] @ models/lib/nn.yaml:79:7
%5877 = sub %4242, %5876 : f64[] @ models/lib/nn.yaml:79:7
%5878 = sqrt %5877 : f64[] @ models/lib/nn.yaml:79:7
%5879 = div %4242, %5878 : f64[] @ models/lib/nn.yaml:79:7
%5880 = sqrt %5871 : f32[16,16] @ models/lib/nn.yaml:79:7
%5881 = cast %5879 : f32[] @ models/lib/nn.yaml:79:7
%5882 = broadcast %5881 : f32[16,16] @ models/lib/nn.yaml:79:7
%5883 = mul %5880, %5882 : f32[16,16] @ models/lib/nn.yaml:79:7
%5884 = add %5883, %4684 : f32[16,16] @ models/lib/nn.yaml:79:7
%5885 = div %5867, %5884 : f32[16,16] @ models/lib/nn.yaml:79:7
%5886 = cast %5875 : f32[] @ models/lib/nn.yaml:79:7
%5887 = broadcast %5886 : f32[16,16] @ models/lib/nn.yaml:79:7
%5888 = mul %5885, %5887 : f32[16,16] @ models/lib/nn.yaml:79:7
%5889 = sub %5864, %5888 : f32[16,16] @ models/lib/nn.yaml:79:7
%5890 = assign %37, %5889 : f32[16,16] @ models/lib/nn.yaml:79:7
%5891 = assign %5860, %5867 : f32[16,16] @ models/lib/nn.yaml:79:7
%5892 = assign %5861, %5871 : f32[16,16] @ models/lib/nn.yaml:79:7
%5893 = assign %5862, %5863 : i64[] @ models/lib/nn.yaml:79:7
%5894 = mul %115, %4695 : f32[16,16] @ models/lib/nn.yaml:79:7
%5895 = mul %5889, %4697 : f32[16,16] @ models/lib/nn.yaml:79:7
%5896 = add %5894, %5895 : f32[16,16] @ models/lib/nn.yaml:79:7
%5897 = assign %115, %5896 : f32[16,16] @ models/lib/nn.yaml:79:7
%5898 = all_reduce_sum %3865 : f32[16] @ models/lib/nn.yaml:80:7
%5899 = mul %5898, %5898 : f32[16] @ models/lib/nn.yaml:80:7
%5900 = reduce_sum %5899 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5901 = sqrt %5900 : f32[] @ models/lib/nn.yaml:80:7
%5902 = cast %5901 : f64[] @ models/lib/nn.yaml:80:7
%5903 = add %5902, %4238 : f64[] @ models/lib/nn.yaml:80:7
%5904 = div %4240, %5903 : f64[] @ models/lib/nn.yaml:80:7
%5905 = lt %5904, %4242 : bool[] @ models/lib/nn.yaml:80:7
%5906 = cast %5904 : f32[] @ models/lib/nn.yaml:80:7
%5907 = broadcast %5906 : f32[16] @ models/lib/nn.yaml:80:7
%5908 = mul %5898, %5907 : f32[16] @ models/lib/nn.yaml:80:7
%5909 = broadcast %5905 : bool[16] @ models/lib/nn.yaml:80:7
%5910 = select %5909, %5908, %5898 : f32[16] @ models/lib/nn.yaml:80:7
%5911 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5912 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5913 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5914 = add %5913, %4252 : i64[] @ models/lib/nn.yaml:80:7
%5915 = mul %5910, %4384 : f32[16] @ models/lib/nn.yaml:80:7
%5916 = mul %5911, %4386 : f32[16] @ models/lib/nn.yaml:80:7
%5917 = add %5916, %5915 : f32[16] @ models/lib/nn.yaml:80:7
%5918 = mul %5910, %5910 : f32[16] @ models/lib/nn.yaml:80:7
%5919 = mul %5918, %4390 : f32[16] @ models/lib/nn.yaml:80:7
%5920 = mul %5912, %4392 : f32[16] @ models/lib/nn.yaml:80:7
%5921 = add %5920, %5919 : f32[16] @ models/lib/nn.yaml:80:7
%5922 = cast %5914 : f64[] @ models/lib/nn.yaml:80:7
%5923 = pow %4261, %5922 : f64[] @ models/lib/nn.yaml:80:7
%5924 = sub %4242, %5923 : f64[] @ models/lib/nn.yaml:80:7
%5925 = div %2558, %5924 : f64[] @ models/lib/nn.yaml:80:7
%5926 = pow %4269, %5922 : f64[] @ models/lib/nn.yaml:80:7
%5927 = sub %4242, %5926 : f64[] @ models/lib/nn.yaml:80:7
%5928 = sqrt %5927 : f64[] @ models/lib/nn.yaml:80:7
%5929 = div %4242, %5928 : f64[] @ models/lib/nn.yaml:80:7
%5930 = sqrt %5921 : f32[16] @ models/lib/nn.yaml:80:7
%5931 = cast %5929 : f32[] @ models/lib/nn.yaml:80:7
%5932 = broadcast %5931 : f32[16] @ models/lib/nn.yaml:80:7
%5933 = mul %5930, %5932 : f32[16] @ models/lib/nn.yaml:80:7
%5934 = add %5933, %4407 : f32[16] @ models/lib/nn.yaml:80:7
%5935 = div %5917, %5934 : f32[16] @ models/lib/nn.yaml:80:7
%5936 = cast %5925 : f32[] @ models/lib/nn.yaml:80:7
%5937 = broadcast %5936 : f32[16] @ models/lib/nn.yaml:80:7
%5938 = mul %5935, %5937 : f32[16] @ models/lib/nn.yaml:80:7
%5939 = sub %38, %5938 : f32[16] @ models/lib/nn.yaml:80:7
%5940 = assign %38, %5939 : f32[16] @ models/lib/nn.yaml:80:7
%5941 = assign %5911, %5917 : f32[16] @ models/lib/nn.yaml:80:7
%5942 = assign %5912, %5921 : f32[16] @ models/lib/nn.yaml:80:7
%5943 = assign %5913, %5914 : i64[] @ models/lib/nn.yaml:80:7
%5944 = mul %116, %4418 : f32[16] @ models/lib/nn.yaml:80:7
%5945 = mul %5939, %4420 : f32[16] @ models/lib/nn.yaml:80:7
%5946 = add %5944, %5945 : f32[16] @ models/lib/nn.yaml:80:7
%5947 = assign %116, %5946 : f32[16] @ models/lib/nn.yaml:80:7
%5948 = all_reduce_sum %3860 : f32[16,16] @ models/lib/nn.yaml:79:7
%5949 = reshape %5948 : f32[256] @ models/lib/nn.yaml:79:7
%5950 = mul %5949, %5949 : f32[256] @ models/lib/nn.yaml:79:7
%5951 = reduce_sum %5950 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5952 = sqrt %5951 : f32[] @ models/lib/nn.yaml:79:7
%5953 = cast %5952 : f64[] @ models/lib/nn.yaml:79:7
%5954 = add %5953, %4238 : f64[] @ models/lib/nn.yaml:79:7
%5955 = div %4240, %5954 : f64[] @ models/lib/nn.yaml:79:7
%5956 = lt %5955, %4242 : bool[] @ models/lib/nn.yaml:79:7
%5957 = cast %5955 : f32[] @ models/lib/nn.yaml:79:7
%5958 = broadcast %5957 : f32[16,16] @ models/lib/nn.yaml:79:7
%5959 = mul %5948, %5958 : f32[16,16] @ models/lib/nn.yaml:79:7
%5960 = broadcast %5956 : bool[16,16] @ models/lib/nn.yaml:79:7
%5961 = select %5960, %5959, %5948 : f32[16,16] @ models/lib/nn.yaml:79:7
%5962 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5963 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5964 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5965 = add %5964, %4252 : i64[] @ models/lib/nn.yaml:79:7
%5966 = mul %39, %4659 : f32[16,16] @ models/lib/nn.yaml:79:7
%5967 = mul %5961, %4661 : f32[16,16] @ models/lib/nn.yaml:79:7
%5968 = mul %5962, %4663 : f32[16,16] @ models/lib/nn.yaml:79:7
%5969 = add %5968, %5967 : f32[16,16] @ models/lib/nn.yaml:79:7
%5970 = mul %5961, %5961 : f32[16,16] @ models/lib/nn.yaml:79:7
%5971 = mul %5970, %4667 : f32[16,16] @ models/lib/nn.yaml:79:7
%5972 = mul %5963, %4669 : f32[16,16] @ models/lib/nn.yaml:79:7
%5973 = add %5972, %5971 : f32[16,16] @ models/lib/nn.yaml:79:7
%5974 = cast %5965 : f64[] @ models/lib/nn.yaml:79:7
%5975 = pow %4261, %5974 : f64[] @ models/lib/nn.yaml:79:7
%5976 = sub %4242, %5975 : f64[] @ models/lib/nn.yaml:79:7
%5977 = div %2558, %5976 : f64[] @ models/lib/nn.yaml:79:7
%5978 = pow %4269, %5974 : f64[] @ models/lib/nn.yaml:79:7
%5979 = sub %4242, %5978 : f64[] @ models/lib/nn.yaml:79:7
%5980 = sqrt %5979 : f64[] @ models/lib/nn.yaml:79:7
%5981 = div %4242, %5980 : f64[] @ models/lib/nn.yaml:79:7
%5982 = sqrt %5973 : f32[16,16] @ models/lib/nn.yaml:79:7
%5983 = cast %5981 : f32[] @ models/lib/nn.yaml:79:7
%5984 = broadcast %5983 : f32[16,16] @ models/lib/nn.yaml:79:7
%5985 = mul %5982, %5984 : f32[16,16] @ models/lib/nn.yaml:79:7
%5986 = add %5985, %4684 : f32[16,16] @ models/lib/nn.yaml:79:7
%5987 = div %5969, %5986 : f32[16,16] @ models/lib/nn.yaml:79:7
%5988 = cast %5977 : f32[] @ models/lib/nn.yaml:79:7
%5989 = broadcast %5988 : f32[16,16] @ models/lib/nn.yaml:79:7
%5990 = mul %5987, %5989 : f32[16,16] @ models/lib/nn.yaml:79:7
%5991 = sub %5966, %5990 : f32[16,16] @ models/lib/nn.yaml:79:7
%5992 = assign %39, %5991 : f32[16,16] @ models/lib/nn.yaml:79:7
%5993 = assign %5962, %5969 : f32[16,16] @ models/lib/nn.yaml:79:7
%5994 = assign %5963, %5973 : f32[16,16] @ models/lib/nn.yaml:79:7
%5995 = assign %5964, %5965 : i64[] @ models/lib/nn.yaml:79:7
%5996 = mul %117, %4695 : f32[16,16] @ models/lib/nn.yaml:79:7
%5997 = mul %5991, %4697 : f32[16,16] @ models/lib/nn.yaml:79:7
%5998 = add %5996, %5997 : f32[16,16] @ models/lib/nn.yaml:79:7
%5999 = assign %117, %5998 : f32[16,16] @ models/lib/nn.yaml:79:7
%6000 = all_reduce_sum %3855 : f32[16] @ models/lib/nn.yaml:80:7
%6001 = mul %6000, %6000 : f32[16] @ models/lib/nn.yaml:80:7
%6002 = reduce_sum %6001 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6003 = sqrt %6002 : f32[] @ models/lib/nn.yaml:80:7
%6004 = cast %6003 : f64[] @ models/lib/nn.yaml:80:7
%6005 = add %6004, %4238 : f64[] @ models/lib/nn.yaml:80:7
%6006 = div %4240, %6005 : f64[] @ models/lib/nn.yaml:80:7
%6007 = lt %6006, %4242 : bool[] @ models/lib/nn.yaml:80:7
%6008 = cast %6006 : f32[] @ models/lib/nn.yaml:80:7
%6009 = broadcast %6008 : f32[16] @ models/lib/nn.yaml:80:7
%6010 = mul %6000, %6009 : f32[16] @ models/lib/nn.yaml:80:7
%6011 = broadcast %6007 : bool[16] @ models/lib/nn.yaml:80:7
%6012 = select %6011, %6010, %6000 : f32[16] @ models/lib/nn.yaml:80:7
%6013 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6014 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6015 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6016 = add %6015, %4252 : i64[] @ models/lib/nn.yaml:80:7
%6017 = mul %6012, %4384 : f32[16] @ models/lib/nn.yaml:80:7
%6018 = mul %6013, %4386 : f32[16] @ models/lib/nn.yaml:80:7
%6019 = add %6018, %6017 : f32[16] @ models/lib/nn.yaml:80:7
%6020 = mul %6012, %6012 : f32[16] @ models/lib/nn.yaml:80:7
%6021 = mul %6020, %4390 : f32[16] @ models/lib/nn.yaml:80:7
%6022 = mul %6014, %4392 : f32[16] @ models/lib/nn.yaml:80:7
%6023 = add %6022, %6021 : f32[16] @ models/lib/nn.yaml:80:7
%6024 = cast %6016 : f64[] @ models/lib/nn.yaml:80:7
%6025 = pow %4261, %6024 : f64[] @ models/lib/nn.yaml:80:7
%6026 = sub %4242, %6025 : f64[] @ models/lib/nn.yaml:80:7
%6027 = div %2558, %6026 : f64[] @ models/lib/nn.yaml:80:7
%6028 = pow %4269, %6024 : f64[] @ models/lib/nn.yaml:80:7
%6029 = sub %4242, %6028 : f64[] @ models/lib/nn.yaml:80:7
%6030 = sqrt %6029 : f64[] @ models/lib/nn.yaml:80:7
%6031 = div %4242, %6030 : f64[] @ models/lib/nn.yaml:80:7
%6032 = sqrt %6023 : f32[16] @ models/lib/nn.yaml:80:7
%6033 = cast %6031 : f32[] @ models/lib/nn.yaml:80:7
%6034 = broadcast %6033 : f32[16] @ models/lib/nn.yaml:80:7
%6035 = mul %6032, %6034 : f32[16] @ models/lib/nn.yaml:80:7
%6036 = add %6035, %4407 : f32[16] @ models/lib/nn.yaml:80:7
%6037 = div %6019, %6036 : f32[16] @ models/lib/nn.yaml:80:7
%6038 = cast %6027 : f32[] @ models/lib/nn.yaml:80:7
%6039 = broadcast %6038 : f32[16] @ models/lib/nn.yaml:80:7
%6040 = mul %6037, %6039 : f32[16] @ models/lib/nn.yaml:80:7
%6041 = sub %40, %6040 : f32[16] @ models/lib/nn.yaml:80:7
%6042 = assign %40, %6041 : f32[16] @ models/lib/nn.yaml:80:7
%6043 = assign %6013, %6019 : f32[16] @ models/lib/nn.yaml:80:7
%6044 = assign %6014, %6023 : f32[16] @ models/lib/nn.yaml:80:7
%6045 = assign %6015, %6016 : i64[] @ models/lib/nn.yaml:80:7
%6046 = mul %118, %4418 : f32[16] @ models/lib/nn.yaml:80:7
%6047 = mul %6041, %4420 : f32[16] @ models/lib/nn.yaml:80:7
%6048 = add %6046, %6047 : f32[16] @ models/lib/nn.yaml:80:7
%6049 = assign %118, %6048 : f32[16] @ models/lib/nn.yaml:80:7
%6050 = all_reduce_sum %3848 : f32[16,16] @ models/lib/nn.yaml:79:7
%6051 = reshape %6050 : f32[256] @ models/lib/nn.yaml:79:7
%6052 = mul %6051, %6051 : f32[256] @ models/lib/nn.yaml:79:7
%6053 = reduce_sum %6052 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6054 = sqrt %6053 : f32[] @ models/lib/nn.yaml:79:7
%6055 = cast %6054 : f64[] @ models/lib/nn.yaml:79:7
%6056 = add %6055, %4238 : f64[] @ models/lib/nn.yaml:79:7
%6057 = div %4240, %6056 : f64[] @ models/lib/nn.yaml:79:7
%6058 = lt %6057, %4242 : bool[] @ models/lib/nn.yaml:79:7
%6059 = cast %6057 : f32[] @ models/lib/nn.yaml:79:7
%6060 = broadcast %6059 : f32[16,16] @ models/lib/nn.yaml:79:7
%6061 = mul %6050, %6060 : f32[16,16] @ models/lib/nn.yaml:79:7
%6062 = broadcast %6058 : bool[16,16] @ models/lib/nn.yaml:79:7
%6063 = select %6062, %6061, %6050 : f32[16,16] @ models/lib/nn.yaml:79:7
%6064 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6065 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6066 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6067 = add %6066, %4252 : i64[] @ models/lib/nn.yaml:79:7
%6068 = mul %41, %4659 : f32[16,16] @ models/lib/nn.yaml:79:7
%6069 = mul %6063, %4661 : f32[16,16] @ models/lib/nn.yaml:79:7
%6070 = mul %6064, %4663 : f32[16,16] @ models/lib/nn.yaml:79:7
%6071 = add %6070, %6069 : f32[16,16] @ models/lib/nn.yaml:79:7
%6072 = mul %6063, %6063 : f32[16,16] @ models/lib/nn.yaml:79:7
%6073 = mul %6072, %4667 : f32[16,16] @ models/lib/nn.yaml:79:7
%6074 = mul %6065, %4669 : f32[16,16] @ models/lib/nn.yaml:79:7
%6075 = add %6074, %6073 : f32[16,16] @ models/lib/nn.yaml:79:7
%6076 = cast %6067 : f64[] @ models/lib/nn.yaml:79:7
%6077 = pow %4261, %6076 : f64[] @ models/lib/nn.yaml:79:7
%6078 = sub %4242, %6077 : f64[] @ models/lib/nn.yaml:79:7
%6079 = div %2558, %6078 : f64[] @ models/lib/nn.yaml:79:7
%6080 = pow %4269, %6076 : f64[] @ models/lib/nn.yaml:79:7
%6081 = sub %4242, %6080 : f64[] @ models/lib/nn.yaml:79:7
%6082 = sqrt %6081 : f64[] @ models/lib/nn.yaml:79:7
%6083 = div %4242, %6082 : f64[] @ models/lib/nn.yaml:79:7
%6084 = sqrt %6075 : f32[16,16] @ models/lib/nn.yaml:79:7
%6085 = cast %6083 : f32[] @ models/lib/nn.yaml:79:7
%6086 = broadcast %6085 : f32[16,16] @ models/lib/nn.yaml:79:7
%6087 = mul %6084, %6086 : f32[16,16] @ models/lib/nn.yaml:79:7
%6088 = add %6087, %4684 : f32[16,16] @ models/lib/nn.yaml:79:7
%6089 = div %6071, %6088 : f32[16,16] @ models/lib/nn.yaml:79:7
%6090 = cast %6079 : f32[] @ models/lib/nn.yaml:79:7
%6091 = broadcast %6090 : f32[16,16] @ models/lib/nn.yaml:79:7
%6092 = mul %6089, %6091 : f32[16,16] @ models/lib/nn.yaml:79:7
%6093 = sub %6068, %6092 : f32[16,16] @ models/lib/nn.yaml:79:7
%6094 = assign %41, %6093 : f32[16,16] @ models/lib/nn.yaml:79:7
%6095 = assign %6064, %6071 : f32[16,16] @ models/lib/nn.yaml:79:7
%6096 = assign %6065, %6075 : f32[16,16] @ models/lib/nn.yaml:79:7
%6097 = assign %6066, %6067 : i64[] @ models/lib/nn.yaml:79:7
%6098 = mul %119, %4695 : f32[16,16] @ models/lib/nn.yaml:79:7
%6099 = mul %6093, %4697 : f32[16,16] @ models/lib/nn.yaml:79:7
%6100 = add %6098, %6099 : f32[16,16] @ models/lib/nn.yaml:79:7
%6101 = assign %119, %6100 : f32[16,16] @ models/lib/nn.yaml:79:7
%6102 = all_reduce_sum %3843 : f32[16] @ models/lib/nn.yaml:80:7
%6103 = mul %6102, %6102 : f32[16] @ models/lib/nn.yaml:80:7
%6104 = reduce_sum %6103 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6105 = sqrt %6104 : f32[] @ models/lib/nn.yaml:80:7
%6106 = cast %6105 : f64[] @ models/lib/nn.yaml:80:7
%6107 = add %6106, %4238 : f64[] @ models/lib/nn.yaml:80:7
%6108 = div %4240, %6107 : f64[] @ models/lib/nn.yaml:80:7
%6109 = lt %6108, %4242 : bool[] @ models/lib/nn.yaml:80:7
%6110 = cast %6108 : f32[] @ models/lib/nn.yaml:80:7
%6111 = broadcast %6110 : f32[16] @ models/lib/nn.yaml:80:7
%6112 = mul %6102, %6111 : f32[16] @ models/lib/nn.yaml:80:7
%6113 = broadcast %6109 : bool[16] @ models/lib/nn.yaml:80:7
%6114 = select %6113, %6112, %6102 : f32[16] @ models/lib/nn.yaml:80:7
%6115 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6116 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6117 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6118 = add %6117, %4252 : i64[] @ models/lib/nn.yaml:80:7
%6119 = mul %6114, %4384 : f32[16] @ models/lib/nn.yaml:80:7
%6120 = mul %6115, %4386 : f32[16] @ models/lib/nn.yaml:80:7
%6121 = add %6120, %6119 : f32[16] @ models/lib/nn.yaml:80:7
%6122 = mul %6114, %6114 : f32[16] @ models/lib/nn.yaml:80:7
%6123 = mul %6122, %4390 : f32[16] @ models/lib/nn.yaml:80:7
%6124 = mul %6116, %4392 : f32[16] @ models/lib/nn.yaml:80:7
%6125 = add %6124, %6123 : f32[16] @ models/lib/nn.yaml:80:7
%6126 = cast %6118 : f64[] @ models/lib/nn.yaml:80:7
%6127 = pow %4261, %6126 : f64[] @ models/lib/nn.yaml:80:7
%6128 = sub %4242, %6127 : f64[] @ models/lib/nn.yaml:80:7
%6129 = div %2558, %6128 : f64[] @ models/lib/nn.yaml:80:7
%6130 = pow %4269, %6126 : f64[] @ models/lib/nn.yaml:80:7
%6131 = sub %4242, %6130 : f64[] @ models/lib/nn.yaml:80:7
%6132 = sqrt %6131 : f64[] @ models/lib/nn.yaml:80:7
%6133 = div %4242, %6132 : f64[] @ models/lib/nn.yaml:80:7
%6134 = sqrt %6125 : f32[16] @ models/lib/nn.yaml:80:7
%6135 = cast %6133 : f32[] @ models/lib/nn.yaml:80:7
%6136 = broadcast %6135 : f32[16] @ models/lib/nn.yaml:80:7
%6137 = mul %6134, %6136 : f32[16] @ models/lib/nn.yaml:80:7
%6138 = add %6137, %4407 : f32[16] @ models/lib/nn.yaml:80:7
%6139 = div %6121, %6138 : f32[16] @ models/lib/nn.yaml:80:7
%6140 = cast %6129 : f32[] @ models/lib/nn.yaml:80:7
%6141 = broadcast %6140 : f32[16] @ models/lib/nn.yaml:80:7
%6142 = mul %6139, %6141 : f32[16] @ models/lib/nn.yaml:80:7
%6143 = sub %42, %6142 : f32[16] @ models/lib/nn.yaml:80:7
%6144 = assign %42, %6143 : f32[16] @ models/lib/nn.yaml:80:7
%6145 = assign %6115, %6121 : f32[16] @ models/lib/nn.yaml:80:7
%6146 = assign %6116, %6125 : f32[16] @ models/lib/nn.yaml:80:7
%6147 = assign %6117, %6118 : i64[] @ models/lib/nn.yaml:80:7
%6148 = mul %120, %4418 : f32[16] @ models/lib/nn.yaml:80:7
%6149 = mul %6143, %4420 : f32[16] @ models/lib/nn.yaml:80:7
%6150 = add %6148, %6149 : f32[16] @ models/lib/nn.yaml:80:7
%6151 = assign %120, %6150 : f32[16] @ models/lib/nn.yaml:80:7
%6152 = all_reduce_sum %3799 : f32[16,16] @ models/lib/nn.yaml:79:7
%6153 = reshape %6152 : f32[256] @ models/lib/nn.yaml:79:7
%6154 = mul %6153, %6153 : f32[256] @ models/lib/nn.yaml:79:7
%6155 = reduce_sum %6154 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6156 = sqrt %6155 : f32[] @ models/lib/nn.yaml:79:7
%6157 = cast %6156 : f64[] @ models/lib/nn.yaml:79:7
%6158 = add %6157, %4238 : f64[] @ models/lib/nn.yaml:79:7
%6159 = div %4240, %6158 : f64[] @ models/lib/nn.yaml:79:7
%6160 = lt %6159, %4242 : bool[] @ models/lib/nn.yaml:79:7
%6161 = cast %6159 : f32[] @ models/lib/nn.yaml:79:7
%6162 = broadcast %6161 : f32[16,16] @ models/lib/nn.yaml:79:7
%6163 = mul %6152, %6162 : f32[16,16] @ models/lib/nn.yaml:79:7
%6164 = broadcast %6160 : bool[16,16] @ models/lib/nn.yaml:79:7
%6165 = select %6164, %6163, %6152 : f32[16,16] @ models/lib/nn.yaml:79:7
%6166 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6167 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6168 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6169 = add %6168, %4252 : i64[] @ models/lib/nn.yaml:79:7
%6170 = mul %43, %4659 : f32[16,16] @ models/lib/nn.yaml:79:7
%6171 = mul %6165, %4661 : f32[16,16] @ models/lib/nn.yaml:79:7
%6172 = mul %6166, %4663 : f32[16,16] @ models/lib/nn.yaml:79:7
%6173 = add %6172, %6171 : f32[16,16] @ models/lib/nn.yaml:79:7
%6174 = mul %6165, %6165 : f32[16,16] @ models/lib/nn.yaml:79:7
%6175 = mul %6174, %4667 : f32[16,16] @ models/lib/nn.yaml:79:7
%6176 = mul %6167, %4669 : f32[16,16] @ models/lib/nn.yaml:79:7
%6177 = add %6176, %6175 : f32[16,16] @ models/lib/nn.yaml:79:7
%6178 = cast %6169 : f64[] @ models/lib/nn.yaml:79:7
%6179 = pow %4261, %6178 : f64[] @ models/lib/nn.yaml:79:7
%6180 = sub %4242, %6179 : f64[] @ models/lib/nn.yaml:79:7
%6181 = div %2558, %6180 : f64[] @ models/lib/nn.yaml:79:7
%6182 = pow %4269, %6178 : f64[] @ models/lib/nn.yaml:79:7
%6183 = sub %4242, %6182 : f64[] @ models/lib/nn.yaml:79:7
%6184 = sqrt %6183 : f64[] @ models/lib/nn.yaml:79:7
%6185 = div %4242, %6184 : f64[] @ models/lib/nn.yaml:79:7
%6186 = sqrt %6177 : f32[16,16] @ models/lib/nn.yaml:79:7
%6187 = cast %6185 : f32[] @ models/lib/nn.yaml:79:7
%6188 = broadcast %6187 : f32[16,16] @ models/lib/nn.yaml:79:7
%6189 = mul %6186, %6188 : f32[16,16] @ models/lib/nn.yaml:79:7
%6190 = add %6189, %4684 : f32[16,16] @ models/lib/nn.yaml:79:7
%6191 = div %6173, %6190 : f32[16,16] @ models/lib/nn.yaml:79:7
%6192 = cast %6181 : f32[] @ models/lib/nn.yaml:79:7
%6193 = broadcast %6192 : f32[16,16] @ models/lib/nn.yaml:79:7
%6194 = mul %6191, %6193 : f32[16,16] @ models/lib/nn.yaml:79:7
%6195 = sub %6170, %6194 : f32[16,16] @ models/lib/nn.yaml:79:7
%6196 = assign %43, %6195 : f32[16,16] @ models/lib/nn.yaml:79:7
%6197 = assign %6166, %6173 : f32[16,16] @ models/lib/nn.yaml:79:7
%6198 = assign %6167, %6177 : f32[16,16] @ models/lib/nn.yaml:79:7
%6199 = assign %6168, %6169 : i64[] @ models/lib/nn.yaml:79:7
%6200 = mul %121, %4695 : f32[16,16] @ models/lib/nn.yaml:79:7
%6201 = mul %6195, %4697 : f32[16,16] @ models/lib/nn.yaml:79:7
%6202 = add %6200, %6201 : f32[16,16] @ models/lib/nn.yaml:79:7
%6203 = assign %121, %6202 : f32[16,16] @ models/lib/nn.yaml:79:7
%6204 = all_reduce_sum %3794 : f32[16] @ models/lib/nn.yaml:80:7
%6205 = mul %6204, %6204 : f32[16] @ models/lib/nn.yaml:80:7
%6206 = reduce_sum %6205 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6207 = sqrt %6206 : f32[] @ models/lib/nn.yaml:80:7
%6208 = cast %6207 : f64[] @ models/lib/nn.yaml:80:7
%6209 = add %6208, %4238 : f64[] @ models/lib/nn.yaml:80:7
%6210 = div %4240, %6209 : f64[] @ models/lib/nn.yaml:80:7
%6211 = lt %6210, %4242 : bool[] @ models/lib/nn.yaml:80:7
%6212 = cast %6210 : f32[] @ models/lib/nn.yaml:80:7
%6213 = broadcast %6212 : f32[16] @ models/lib/nn.yaml:80:7
%6214 = mul %6204, %6213 : f32[16] @ models/lib/nn.yaml:80:7
%6215 = broadcast %6211 : bool[16] @ models/lib/nn.yaml:80:7
%6216 = select %6215, %6214, %6204 : f32[16] @ models/lib/nn.yaml:80:7
%6217 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6218 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6219 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6220 = add %6219, %4252 : i64[] @ models/lib/nn.yaml:80:7
%6221 = mul %6216, %4384 : f32[16] @ models/lib/nn.yaml:80:7
%6222 = mul %6217, %4386 : f32[16] @ models/lib/nn.yaml:80:7
%6223 = add %6222, %6221 : f32[16] @ models/lib/nn.yaml:80:7
%6224 = mul %6216, %6216 : f32[16] @ models/lib/nn.yaml:80:7
%6225 = mul %6224, %4390 : f32[16] @ models/lib/nn.yaml:80:7
%6226 = mul %6218, %4392 : f32[16] @ models/lib/nn.yaml:80:7
%6227 = add %6226, %6225 : f32[16] @ models/lib/nn.yaml:80:7
%6228 = cast %6220 : f64[] @ models/lib/nn.yaml:80:7
%6229 = pow %4261, %6228 : f64[] @ models/lib/nn.yaml:80:7
%6230 = sub %4242, %6229 : f64[] @ models/lib/nn.yaml:80:7
%6231 = div %2558, %6230 : f64[] @ models/lib/nn.yaml:80:7
%6232 = pow %4269, %6228 : f64[] @ models/lib/nn.yaml:80:7
%6233 = sub %4242, %6232 : f64[] @ models/lib/nn.yaml:80:7
%6234 = sqrt %6233 : f64[] @ models/lib/nn.yaml:80:7
%6235 = div %4242, %6234 : f64[] @ models/lib/nn.yaml:80:7
%6236 = sqrt %6227 : f32[16] @ models/lib/nn.yaml:80:7
%6237 = cast %6235 : f32[] @ models/lib/nn.yaml:80:7
%6238 = broadcast %6237 : f32[16] @ models/lib/nn.yaml:80:7
%6239 = mul %6236, %6238 : f32[16] @ models/lib/nn.yaml:80:7
%6240 = add %6239, %4407 : f32[16] @ models/lib/nn.yaml:80:7
%6241 = div %6223, %6240 : f32[16] @ models/lib/nn.yaml:80:7
%6242 = cast %6231 : f32[] @ models/lib/nn.yaml:80:7
%6243 = broadcast %6242 : f32[16] @ models/lib/nn.yaml:80:7
%6244 = mul %6241, %6243 : f32[16] @ models/lib/nn.yaml:80:7
%6245 = sub %44, %6244 : f32[16] @ models/lib/nn.yaml:80:7
%6246 = assign %44, %6245 : f32[16] @ models/lib/nn.yaml:80:7
%6247 = assign %6217, %6223 : f32[16] @ models/lib/nn.yaml:80:7
%6248 = assign %6218, %6227 : f32[16] @ models/lib/nn.yaml:80:7
%6249 = assign %6219, %6220 : i64[] @ models/lib/nn.yaml:80:7
%6250 = mul %122, %4418 : f32[16] @ models/lib/nn.yaml:80:7
%6251 = mul %6245, %4420 : f32[16] @ models/lib/nn.yaml:80:7
%6252 = add %6250, %6251 : f32[16] @ models/lib/nn.yaml:80:7
%6253 = assign %122, %6252 : f32[16] @ models/lib/nn.yaml:80:7
%6254 = all_reduce_sum %3773 : f32[16] @ models/lib/nn.yaml:89:7
%6255 = mul %6254, %6254 : f32[16] @ models/lib/nn.yaml:89:7
%6256 = reduce_sum %6255 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6257 = sqrt %6256 : f32[] @ models/lib/nn.yaml:89:7
%6258 = cast %6257 : f64[] @ models/lib/nn.yaml:89:7
%6259 = add %6258, %4238 : f64[] @ models/lib/nn.yaml:89:7
%6260 = div %4240, %6259 : f64[] @ models/lib/nn.yaml:89:7
%6261 = lt %6260, %4242 : bool[] @ models/lib/nn.yaml:89:7
%6262 = cast %6260 : f32[] @ models/lib/nn.yaml:89:7
%6263 = broadcast %6262 : f32[16] @ models/lib/nn.yaml:89:7
%6264 = mul %6254, %6263 : f32[16] @ models/lib/nn.yaml:89:7
%6265 = broadcast %6261 : bool[16] @ models/lib/nn.yaml:89:7
%6266 = select %6265, %6264, %6254 : f32[16] @ models/lib/nn.yaml:89:7
%6267 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6268 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6269 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6270 = add %6269, %4252 : i64[] @ models/lib/nn.yaml:89:7
%6271 = mul %6266, %4384 : f32[16] @ models/lib/nn.yaml:89:7
%6272 = mul %6267, %4386 : f32[16] @ models/lib/nn.yaml:89:7
%6273 = add %6272, %6271 : f32[16] @ models/lib/nn.yaml:89:7
%6274 = mul %6266, %6266 : f32[16] @ models/lib/nn.yaml:89:7
%6275 = mul %6274, %4390 : f32[16] @ models/lib/nn.yaml:89:7
%6276 = mul %6268, %4392 : f32[16] @ models/lib/nn.yaml:89:7
%6277 = add %6276, %6275 : f32[16] @ models/lib/nn.yaml:89:7
%6278 = cast %6270 : f64[] @ models/lib/nn.yaml:89:7
%6279 = pow %4261, %6278 : f64[] @ models/lib/nn.yaml:89:7
%6280 = sub %4242, %6279 : f64[] @ models/lib/nn.yaml:89:7
%6281 = div %2558, %6280 : f64[] @ models/lib/nn.yaml:89:7
%6282 = pow %4269, %6278 : f64[] @ models/lib/nn.yaml:89:7
%6283 = sub %4242, %6282 : f64[] @ models/lib/nn.yaml:89:7
%6284 = sqrt %6283 : f64[] @ models/lib/nn.yaml:89:7
%6285 = div %4242, %6284 : f64[] @ models/lib/nn.yaml:89:7
%6286 = sqrt %6277 : f32[16] @ models/lib/nn.yaml:89:7
%6287 = cast %6285 : f32[] @ models/lib/nn.yaml:89:7
%6288 = broadcast %6287 : f32[16] @ models/lib/nn.yaml:89:7
%6289 = mul %6286, %6288 : f32[16] @ models/lib/nn.yaml:89:7
%6290 = add %6289, %4407 : f32[16] @ models/lib/nn.yaml:89:7
%6291 = div %6273, %6290 : f32[16] @ models/lib/nn.yaml:89:7
%6292 = cast %6281 : f32[] @ models/lib/nn.yaml:89:7
%6293 = broadcast %6292 : f32[16] @ models/lib/nn.yaml:89:7
%6294 = mul %6291, %6293 : f32[16] @ models/lib/nn.yaml:89:7
%6295 = sub %45, %6294 : f32[16] @ models/lib/nn.yaml:89:7
%6296 = assign %45, %6295 : f32[16] @ models/lib/nn.yaml:89:7
%6297 = assign %6267, %6273 : f32[16] @ models/lib/nn.yaml:89:7
%6298 = assign %6268, %6277 : f32[16] @ models/lib/nn.yaml:89:7
%6299 = assign %6269, %6270 : i64[] @ models/lib/nn.yaml:89:7
%6300 = mul %123, %4418 : f32[16] @ models/lib/nn.yaml:89:7
%6301 = mul %6295, %4420 : f32[16] @ models/lib/nn.yaml:89:7
%6302 = add %6300, %6301 : f32[16] @ models/lib/nn.yaml:89:7
%6303 = assign %123, %6302 : f32[16] @ models/lib/nn.yaml:89:7
%6304 = all_reduce_sum %3768 : f32[16] @ models/lib/nn.yaml:90:7
%6305 = mul %6304, %6304 : f32[16] @ models/lib/nn.yaml:90:7
%6306 = reduce_sum %6305 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6307 = sqrt %6306 : f32[] @ models/lib/nn.yaml:90:7
%6308 = cast %6307 : f64[] @ models/lib/nn.yaml:90:7
%6309 = add %6308, %4238 : f64[] @ models/lib/nn.yaml:90:7
%6310 = div %4240, %6309 : f64[] @ models/lib/nn.yaml:90:7
%6311 = lt %6310, %4242 : bool[] @ models/lib/nn.yaml:90:7
%6312 = cast %6310 : f32[] @ models/lib/nn.yaml:90:7
%6313 = broadcast %6312 : f32[16] @ models/lib/nn.yaml:90:7
%6314 = mul %6304, %6313 : f32[16] @ models/lib/nn.yaml:90:7
%6315 = broadcast %6311 : bool[16] @ models/lib/nn.yaml:90:7
%6316 = select %6315, %6314, %6304 : f32[16] @ models/lib/nn.yaml:90:7
%6317 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6318 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6319 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6320 = add %6319, %4252 : i64[] @ models/lib/nn.yaml:90:7
%6321 = mul %6316, %4384 : f32[16] @ models/lib/nn.yaml:90:7
%6322 = mul %6317, %4386 : f32[16] @ models/lib/nn.yaml:90:7
%6323 = add %6322, %6321 : f32[16] @ models/lib/nn.yaml:90:7
%6324 = mul %6316, %6316 : f32[16] @ models/lib/nn.yaml:90:7
%6325 = mul %6324, %4390 : f32[16] @ models/lib/nn.yaml:90:7
%6326 = mul %6318, %4392 : f32[16] @ models/lib/nn.yaml:90:7
%6327 = add %6326, %6325 : f32[16] @ models/lib/nn.yaml:90:7
%6328 = cast %6320 : f64[] @ models/lib/nn.yaml:90:7
%6329 = pow %4261, %6328 : f64[] @ models/lib/nn.yaml:90:7
%6330 = sub %4242, %6329 : f64[] @ models/lib/nn.yaml:90:7
%6331 = div %2558, %6330 : f64[] @ models/lib/nn.yaml:90:7
%6332 = pow %4269, %6328 : f64[] @ models/lib/nn.yaml:90:7
%6333 = sub %4242, %6332 : f64[] @ models/lib/nn.yaml:90:7
%6334 = sqrt %6333 : f64[] @ models/lib/nn.yaml:90:7
%6335 = div %4242, %6334 : f64[] @ models/lib/nn.yaml:90:7
%6336 = sqrt %6327 : f32[16] @ models/lib/nn.yaml:90:7
%6337 = cast %6335 : f32[] @ models/lib/nn.yaml:90:7
%6338 = broadcast %6337 : f32[16] @ models/lib/nn.yaml:90:7
%6339 = mul %6336, %6338 : f32[16] @ models/lib/nn.yaml:90:7
%6340 = add %6339, %4407 : f32[16] @ models/lib/nn.yaml:90:7
%6341 = div %6323, %6340 : f32[16] @ models/lib/nn.yaml:90:7
%6342 = cast %6331 : f32[] @ models/lib/nn.yaml:90:7
%6343 = broadcast %6342 : f32[16] @ models/lib/nn.yaml:90:7
%6344 = mul %6341, %6343 : f32[16] @ models/lib/nn.yaml:90:7
%6345 = sub %46, %6344 : f32[16] @ models/lib/nn.yaml:90:7
%6346 = assign %46, %6345 : f32[16] @ models/lib/nn.yaml:90:7
%6347 = assign %6317, %6323 : f32[16] @ models/lib/nn.yaml:90:7
%6348 = assign %6318, %6327 : f32[16] @ models/lib/nn.yaml:90:7
%6349 = assign %6319, %6320 : i64[] @ models/lib/nn.yaml:90:7
%6350 = mul %124, %4418 : f32[16] @ models/lib/nn.yaml:90:7
%6351 = mul %6345, %4420 : f32[16] @ models/lib/nn.yaml:90:7
%6352 = add %6350, %6351 : f32[16] @ models/lib/nn.yaml:90:7
%6353 = assign %124, %6352 : f32[16] @ models/lib/nn.yaml:90:7
%6354 = all_reduce_sum %3765 : f32[64,16] @ models/lib/nn.yaml:79:7
%6355 = reshape %6354 : f32[1024] @ models/lib/nn.yaml:79:7
%6356 = mul %6355, %6355 : f32[1024] @ models/lib/nn.yaml:79:7
%6357 = reduce_sum %6356 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6358 = sqrt %6357 : f32[] @ models/lib/nn.yaml:79:7
%6359 = cast %6358 : f64[] @ models/lib/nn.yaml:79:7
%6360 = add %6359, %4238 : f64[] @ models/lib/nn.yaml:79:7
%6361 = div %4240, %6360 : f64[] @ models/lib/nn.yaml:79:7
%6362 = lt %6361, %4242 : bool[] @ models/lib/nn.yaml:79:7
%6363 = cast %6361 : f32[] @ models/lib/nn.yaml:79:7
%6364 = broadcast %6363 : f32[64,16] @ models/lib/nn.yaml:79:7
%6365 = mul %6354, %6364 : f32[64,16] @ models/lib/nn.yaml:79:7
%6366 = broadcast %6362 : bool[64,16] @ models/lib/nn.yaml:79:7
%6367 = select %6366, %6365, %6354 : f32[64,16] @ models/lib/nn.yaml:79:7
%6368 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6369 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6370 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6371 = add %6370, %4252 : i64[] @ models/lib/nn.yaml:79:7
%6372 = mul %47, %4869 : f32[64,16] @ models/lib/nn.yaml:79:7
%6373 = mul %6367, %4871 : f32[64,16] @ models/lib/nn.yaml:79:7
%6374 = mul %6368, %4873 : f32[64,16] @ models/lib/nn.yaml:79:7
%6375 = add %6374, %6373 : f32[64,16] @ models/lib/nn.yaml:79:7
%6376 = mul %6367, %6367 : f32[64,16] @ models/lib/nn.yaml:79:7
%6377 = mul %6376, %4877 : f32[64,16] @ models/lib/nn.yaml:79:7
%6378 = mul %6369, %4879 : f32[64,16] @ models/lib/nn.yaml:79:7
%6379 = add %6378, %6377 : f32[64,16] @ models/lib/nn.yaml:79:7
%6380 = cast %6371 : f64[] @ models/lib/nn.yaml:79:7
%6381 = pow %4261, %6380 : f64[] @ models/lib/nn.yaml:79:7
%6382 = sub %4242, %6381 : f64[] @ models/lib/nn.yaml:79:7
%6383 = div %2558, %6382 : f64[] @ models/lib/nn.yaml:79:7
%6384 = pow %4269, %6380 : f64[] @ models/lib/nn.yaml:79:7
%6385 = sub %4242, %6384 : f64[] @ models/lib/nn.yaml:79:7
%6386 = sqrt %6385 : f64[] @ models/lib/nn.yaml:79:7
%6387 = div %4242, %6386 : f64[] @ models/lib/nn.yaml:79:7
%6388 = sqrt %6379 : f32[64,16] @ models/lib/nn.yaml:79:7
%6389 = cast %6387 : f32[] @ models/lib/nn.yaml:79:7
%6390 = broadcast %6389 : f32[64,16] @ models/lib/nn.yaml:79:7
%6391 = mul %6388, %6390 : f32[64,16] @ models/lib/nn.yaml:79:7
%6392 = add %6391, %4894 : f32[64,16] @ models/lib/nn.yaml:79:7
%6393 = div %6375, %6392 : f32[64,16] @ models/lib/nn.yaml:79:7
%6394 = cast %6383 : f32[] @ models/lib/nn.yaml:79:7
%6395 = broadcast %6394 : f32[64,16] @ models/lib/nn.yaml:79:7
%6396 = mul %6393, %6395 : f32[64,16] @ models/lib/nn.yaml:79:7
%6397 = sub %6372, %6396 : f32[64,16] @ models/lib/nn.yaml:79:7
%6398 = assign %47, %6397 : f32[64,16] @ models/lib/nn.yaml:79:7
%6399 = assign %6368, %6375 : f32[64,16] @ models/lib/nn.yaml:79:7
%6400 = assign %6369, %6379 : f32[64,16] @ models/lib/nn.yaml:79:7
%6401 = assign %6370, %6371 : i64[] @ models/lib/nn.yaml:79:7
%6402 = mul %125, %4905 : f32[64,16] @ models/lib/nn.yaml:79:7
%6403 = mul %6397, %4907 : f32[64,16] @ models/lib/nn.yaml:79:7
%6404 = add %6402, %6403 : f32[64,16] @ models/lib/nn.yaml:79:7
%6405 = assign %125, %6404 : f32[64,16] @ models/lib/nn.yaml:79:7
%6406 = all_reduce_sum %3760 : f32[64] @ models/lib/nn.yaml:80:7
%6407 = mul %6406, %6406 : f32[64] @ models/lib/nn.yaml:80:7
%6408 = reduce_sum %6407 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6409 = sqrt %6408 : f32[] @ models/lib/nn.yaml:80:7
%6410 = cast %6409 : f64[] @ models/lib/nn.yaml:80:7
%6411 = add %6410, %4238 : f64[] @ models/lib/nn.yaml:80:7
%6412 = div %4240, %6411 : f64[] @ models/lib/nn.yaml:80:7
%6413 = lt %6412, %4242 : bool[] @ models/lib/nn.yaml:80:7
%6414 = cast %6412 : f32[] @ models/lib/nn.yaml:80:7
%6415 = broadcast %6414 : f32[64] @ models/lib/nn.yaml:80:7
%6416 = mul %6406, %6415 : f32[64] @ models/lib/nn.yaml:80:7
%6417 = broadcast %6413 : bool[64] @ models/lib/nn.yaml:80:7
%6418 = select %6417, %6416, %6406 : f32[64] @ models/lib/nn.yaml:80:7
%6419 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6420 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6421 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6422 = add %6421, %4252 : i64[] @ models/lib/nn.yaml:80:7
%6423 = mul %6418, %4928 : f32[64] @ models/lib/nn.yaml:80:7
%6424 = mul %6419, %4930 : f32[64] @ models/lib/nn.yaml:80:7
%6425 = add %6424, %6423 : f32[64] @ models/lib/nn.yaml:80:7
%6426 = mul %6418, %6418 : f32[64] @ models/lib/nn.yaml:80:7
%6427 = mul %6426, %4934 : f32[64] @ models/lib/nn.yaml:80:7
%6428 = mul %6420, %4936 : f32[64] @ models/lib/nn.yaml:80:7
%6429 = add %6428, %6427 : f32[64] @ models/lib/nn.yaml:80:7
%6430 = cast %6422 : f64[] @ models/lib/nn.yaml:80:7
%6431 = pow %4261, %6430 : f64[] @ models/lib/nn.yaml:80:7
%6432 = sub %4242, %6431 : f64[] @ models/lib/nn.yaml:80:7
%6433 = div %2558, %6432 : f64[] @ models/lib/nn.yaml:80:7
%6434 = pow %4269, %6430 : f64[] @ models/lib/nn.yaml:80:7
%6435 = sub %4242, %6434 : f64[] @ models/lib/nn.yaml:80:7
%6436 = sqrt %6435 : f64[] @ models/lib/nn.yaml:80:7
%6437 = div %4242, %6436 : f64[] @ models/lib/nn.yaml:80:7
%6438 = sqrt %6429 : f32[64] @ models/lib/nn.yaml:80:7
%6439 = cast %6437 : f32[] @ models/lib/nn.yaml:80:7
%6440 = broadcast %6439 : f32[64] @ models/lib/nn.yaml:80:7
%6441 = mul %6438, %6440 : f32[64] @ models/lib/nn.yaml:80:7
%6442 = add %6441, %4951 : f32[64] @ models/lib/nn.yaml:80:7
%6443 = div %6425, %6442 : f32[64] @ models/lib/nn.yaml:80:7
%6444 = cast %6433 : f32[] @ models/lib/nn.yaml:80:7
%6445 = broadcast %6444 : f32[64] @ models/lib/nn.yaml:80:7
%6446 = mul %6443, %6445 : f32[64] @ models/lib/nn.yaml:80:7
%6447 = sub %48, %6446 : f32[64] @ models/lib/nn.yaml:80:7
%6448 = assign %48, %6447 : f32[64] @ models/lib/nn.yaml:80:7
%6449 = assign %6419, %6425 : f32[64] @ models/lib/nn.yaml:80:7
%6450 = assign %6420, %6429 : f32[64] @ models/lib/nn.yaml:80:7
%6451 = assign %6421, %6422 : i64[] @ models/lib/nn.yaml:80:7
%6452 = mul %126, %4962 : f32[64] @ models/lib/nn.yaml:80:7
%6453 = mul %6447, %4964 : f32[64] @ models/lib/nn.yaml:80:7
%6454 = add %6452, %6453 : f32[64] @ models/lib/nn.yaml:80:7
%6455 = assign %126, %6454 : f32[64] @ models/lib/nn.yaml:80:7
%6456 = all_reduce_sum %3747 : f32[16,64] @ models/lib/nn.yaml:79:7
%6457 = reshape %6456 : f32[1024] @ models/lib/nn.yaml:79:7
%6458 = mul %6457, %6457 : f32[1024] @ models/lib/nn.yaml:79:7
%6459 = reduce_sum %6458 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6460 = sqrt %6459 : f32[] @ models/lib/nn.yaml:79:7
%6461 = cast %6460 : f64[] @ models/lib/nn.yaml:79:7
%6462 = add %6461, %4238 : f64[] @ models/lib/nn.yaml:79:7
%6463 = div %4240, %6462 : f64[] @ models/lib/nn.yaml:79:7
%6464 = lt %6463, %4242 : bool[] @ models/lib/nn.yaml:79:7
%6465 = cast %6463 : f32[] @ models/lib/nn.yaml:79:7
%6466 = broadcast %6465 : f32[16,64] @ models/lib/nn.yaml:79:7
%6467 = mul %6456, %6466 : f32[16,64] @ models/lib/nn.yaml:79:7
%6468 = broadcast %6464 : bool[16,64] @ models/lib/nn.yaml:79:7
%6469 = select %6468, %6467, %6456 : f32[16,64] @ models/lib/nn.yaml:79:7
%6470 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6471 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6472 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6473 = add %6472, %4252 : i64[] @ models/lib/nn.yaml:79:7
%6474 = mul %49, %4986 : f32[16,64] @ models/lib/nn.yaml:79:7
%6475 = mul %6469, %4988 : f32[16,64] @ models/lib/nn.yaml:79:7
%6476 = mul %6470, %4990 : f32[16,64] @ models/lib/nn.yaml:79:7
%6477 = add %6476, %6475 : f32[16,64] @ models/lib/nn.yaml:79:7
%6478 = mul %6469, %6469 : f32[16,64] @ models/lib/nn.yaml:79:7
%6479 = mul %6478, %4994 : f32[16,64] @ models/lib/nn.yaml:79:7
%6480 = mul %6471, %4996 : f32[16,64] @ models/lib/nn.yaml:79:7
%6481 = add %6480, %6479 : f32[16,64] @ models/lib/nn.yaml:79:7
%6482 = cast %6473 : f64[] @ models/lib/nn.yaml:79:7
%6483 = pow %4261, %6482 : f64[] @ models/lib/nn.yaml:79:7
%6484 = sub %4242, %6483 : f64[] @ models/lib/nn.yaml:79:7
%6485 = div %2558, %6484 : f64[] @ models/lib/nn.yaml:79:7
%6486 = pow %4269, %6482 : f64[] @ models/lib/nn.yaml:79:7
%6487 = sub %4242, %6486 : f64[] @ models/lib/nn.yaml:79:7
%6488 = sqrt %6487 : f64[] @ models/lib/nn.yaml:79:7
%6489 = div %4242, %6488 : f64[] @ models/lib/nn.yaml:79:7
%6490 = sqrt %6481 : f32[16,64] @ models/lib/nn.yaml:79:7
%6491 = cast %6489 : f32[] @ models/lib/nn.yaml:79:7
%6492 = broadcast %6491 : f32[16,64] @ models/lib/nn.yaml:79:7
%6493 = mul %6490, %6492 : f32[16,64] @ models/lib/nn.yaml:79:7
%6494 = add %6493, %5011 : f32[16,64] @ models/lib/nn.yaml:79:7
%6495 = div %6477, %6494 : f32[16,64] @ models/lib/nn.yaml:79:7
%6496 = cast %6485 : f32[] @ models/lib/nn.yaml:79:7
%6497 = broadcast %6496 : f32[16,64] @ models/lib/nn.yaml:79:7
%6498 = mul %6495, %6497 : f32[16,64] @ models/lib/nn.yaml:79:7
%6499 = sub %6474, %6498 : f32[16,64] @ models/lib/nn.yaml:79:7
%6500 = assign %49, %6499 : f32[16,64] @ models/lib/nn.yaml:79:7
%6501 = assign %6470, %6477 : f32[16,64] @ models/lib/nn.yaml:79:7
%6502 = assign %6471, %6481 : f32[16,64] @ models/lib/nn.yaml:79:7
%6503 = assign %6472, %6473 : i64[] @ models/lib/nn.yaml:79:7
%6504 = mul %127, %5022 : f32[16,64] @ models/lib/nn.yaml:79:7
%6505 = mul %6499, %5024 : f32[16,64] @ models/lib/nn.yaml:79:7
%6506 = add %6504, %6505 : f32[16,64] @ models/lib/nn.yaml:79:7
%6507 = assign %127, %6506 : f32[16,64] @ models/lib/nn.yaml:79:7
%6508 = all_reduce_sum %3742 : f32[16] @ models/lib/nn.yaml:80:7
%6509 = mul %6508, %6508 : f32[16] @ models/lib/nn.yaml:80:7
%6510 = reduce_sum %6509 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6511 = sqrt %6510 : f32[] @ models/lib/nn.yaml:80:7
%6512 = cast %6511 : f64[] @ models/lib/nn.yaml:80:7
%6513 = add %6512, %4238 : f64[] @ models/lib/nn.yaml:80:7
%6514 = div %4240, %6513 : f64[] @ models/lib/nn.yaml:80:7
%6515 = lt %6514, %4242 : bool[] @ models/lib/nn.yaml:80:7
%6516 = cast %6514 : f32[] @ models/lib/nn.yaml:80:7
%6517 = broadcast %6516 : f32[16] @ models/lib/nn.yaml:80:7
%6518 = mul %6508, %6517 : f32[16] @ models/lib/nn.yaml:80:7
%6519 = broadcast %6515 : bool[16] @ models/lib/nn.yaml:80:7
%6520 = select %6519, %6518, %6508 : f32[16] @ models/lib/nn.yaml:80:7
%6521 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6522 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6523 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6524 = add %6523, %4252 : i64[] @ models/lib/nn.yaml:80:7
%6525 = mul %6520, %4384 : f32[16] @ models/lib/nn.yaml:80:7
%6526 = mul %6521, %4386 : f32[16] @ models/lib/nn.yaml:80:7
%6527 = add %6526, %6525 : f32[16] @ models/lib/nn.yaml:80:7
%6528 = mul %6520, %6520 : f32[16] @ models/lib/nn.yaml:80:7
%6529 = mul %6528, %4390 : f32[16] @ models/lib/nn.yaml:80:7
%6530 = mul %6522, %4392 : f32[16] @ models/lib/nn.yaml:80:7
%6531 = add %6530, %6529 : f32[16] @ models/lib/nn.yaml:80:7
%6532 = cast %6524 : f64[] @ models/lib/nn.yaml:80:7
%6533 = pow %4261, %6532 : f64[] @ models/lib/nn.yaml:80:7
%6534 = sub %4242, %6533 : f64[] @ models/lib/nn.yaml:80:7
%6535 = div %2558, %6534 : f64[] @ models/lib/nn.yaml:80:7
%6536 = pow %4269, %6532 : f64[] @ models/lib/nn.yaml:80:7
%6537 = sub %4242, %6536 : f64[] @ models/lib/nn.yaml:80:7
%6538 = sqrt %6537 : f64[] @ models/lib/nn.yaml:80:7
%6539 = div %4242, %6538 : f64[] @ models/lib/nn.yaml:80:7
%6540 = sqrt %6531 : f32[16] @ models/lib/nn.yaml:80:7
%6541 = cast %6539 : f32[] @ models/lib/nn.yaml:80:7
%6542 = broadcast %6541 : f32[16] @ models/lib/nn.yaml:80:7
%6543 = mul %6540, %6542 : f32[16] @ models/lib/nn.yaml:80:7
%6544 = add %6543, %4407 : f32[16] @ models/lib/nn.yaml:80:7
%6545 = div %6527, %6544 : f32[16] @ models/lib/nn.yaml:80:7
%6546 = cast %6535 : f32[] @ models/lib/nn.yaml:80:7
%6547 = broadcast %6546 : f32[16] @ models/lib/nn.yaml:80:7
%6548 = mul %6545, %6547 : f32[16] @ models/lib/nn.yaml:80:7
%6549 = sub %50, %6548 : f32[16] @ models/lib/nn.yaml:80:7
%6550 = assign %50, %6549 : f32[16] @ models/lib/nn.yaml:80:7
%6551 = assign %6521, %6527 : f32[16] @ models/lib/nn.yaml:80:7
%6552 = assign %6522, %6531 : f32[16] @ models/lib/nn.yaml:80:7
%6553 = assign %6523, %6524 : i64[] @ models/lib/nn.yaml:80:7
%6554 = mul %128, %4418 : f32[16] @ models/lib/nn.yaml:80:7
%6555 = mul %6549, %4420 : f32[16] @ models/lib/nn.yaml:80:7
%6556 = add %6554, %6555 : f32[16] @ models/lib/nn.yaml:80:7
%6557 = assign %128, %6556 : f32[16] @ models/lib/nn.yaml:80:7
%6558 = all_reduce_sum %3718 : f32[16] @ models/lib/nn.yaml:89:7
%6559 = mul %6558, %6558 : f32[16] @ models/lib/nn.yaml:89:7
%6560 = reduce_sum %6559 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6561 = sqrt %6560 : f32[] @ models/lib/nn.yaml:89:7
%6562 = cast %6561 : f64[] @ models/lib/nn.yaml:89:7
%6563 = add %6562, %4238 : f64[] @ models/lib/nn.yaml:89:7
%6564 = div %4240, %6563 : f64[] @ models/lib/nn.yaml:89:7
%6565 = lt %6564, %4242 : bool[] @ models/lib/nn.yaml:89:7
%6566 = cast %6564 : f32[] @ models/lib/nn.yaml:89:7
%6567 = broadcast %6566 : f32[16] @ models/lib/nn.yaml:89:7
%6568 = mul %6558, %6567 : f32[16] @ models/lib/nn.yaml:89:7
%6569 = broadcast %6565 : bool[16] @ models/lib/nn.yaml:89:7
%6570 = select %6569, %6568, %6558 : f32[16] @ models/lib/nn.yaml:89:7
%6571 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6572 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6573 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6574 = add %6573, %4252 : i64[] @ models/lib/nn.yaml:89:7
%6575 = mul %6570, %4384 : f32[16] @ models/lib/nn.yaml:89:7
%6576 = mul %6571, %4386 : f32[16] @ models/lib/nn.yaml:89:7
%6577 = add %6576, %6575 : f32[16] @ models/lib/nn.yaml:89:7
%6578 = mul %6570, %6570 : f32[16] @ models/lib/nn.yaml:89:7
%6579 = mul %6578, %4390 : f32[16] @ models/lib/nn.yaml:89:7
%6580 = mul %6572, %4392 : f32[16] @ models/lib/nn.yaml:89:7
%6581 = add %6580, %6579 : f32[16] @ models/lib/nn.yaml:89:7
%6582 = cast %6574 : f64[] @ models/lib/nn.yaml:89:7
%6583 = pow %4261, %6582 : f64[] @ models/lib/nn.yaml:89:7
%6584 = sub %4242, %6583 : f64[] @ models/lib/nn.yaml:89:7
%6585 = div %2558, %6584 : f64[] @ models/lib/nn.yaml:89:7
%6586 = pow %4269, %6582 : f64[] @ models/lib/nn.yaml:89:7
%6587 = sub %4242, %6586 : f64[] @ models/lib/nn.yaml:89:7
%6588 = sqrt %6587 : f64[] @ models/lib/nn.yaml:89:7
%6589 = div %4242, %6588 : f64[] @ models/lib/nn.yaml:89:7
%6590 = sqrt %6581 : f32[16] @ models/lib/nn.yaml:89:7
%6591 = cast %6589 : f32[] @ models/lib/nn.yaml:89:7
%6592 = broadcast %6591 : f32[16] @ models/lib/nn.yaml:89:7
%6593 = mul %6590, %6592 : f32[16] @ models/lib/nn.yaml:89:7
%6594 = add %6593, %4407 : f32[16] @ models/lib/nn.yaml:89:7
%6595 = div %6577, %6594 : f32[16] @ models/lib/nn.yaml:89:7
%6596 = cast %6585 : f32[] @ models/lib/nn.yaml:89:7
%6597 = broadcast %6596 : f32[16] @ models/lib/nn.yaml:89:7
%6598 = mul %6595, %6597 : f32[16] @ models/lib/nn.yaml:89:7
%6599 = sub %51, %6598 : f32[16] @ models/lib/nn.yaml:89:7
%6600 = assign %51, %6599 : f32[16] @ models/lib/nn.yaml:89:7
%6601 = assign %6571, %6577 : f32[16] @ models/lib/nn.yaml:89:7
%6602 = assign %6572, %6581 : f32[16] @ models/lib/nn.yaml:89:7
%6603 = assign %6573, %6574 : i64[] @ models/lib/nn.yaml:89:7
%6604 = mul %129, %4418 : f32[16] @ models/lib/nn.yaml:89:7
%6605 = mul %6599, %4420 : f32[16] @ models/lib/nn.yaml:89:7
%6606 = add %6604, %6605 : f32[16] @ models/lib/nn.yaml:89:7
%6607 = assign %129, %6606 : f32[16] @ models/lib/nn.yaml:89:7
%6608 = all_reduce_sum %3711 : f32[16] @ models/lib/nn.yaml:90:7
%6609 = mul %6608, %6608 : f32[16] @ models/lib/nn.yaml:90:7
%6610 = reduce_sum %6609 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6611 = sqrt %6610 : f32[] @ models/lib/nn.yaml:90:7
%6612 = cast %6611 : f64[] @ models/lib/nn.yaml:90:7
%6613 = add %6612, %4238 : f64[] @ models/lib/nn.yaml:90:7
%6614 = div %4240, %6613 : f64[] @ models/lib/nn.yaml:90:7
%6615 = lt %6614, %4242 : bool[] @ models/lib/nn.yaml:90:7
%6616 = cast %6614 : f32[] @ models/lib/nn.yaml:90:7
%6617 = broadcast %6616 : f32[16] @ models/lib/nn.yaml:90:7
%6618 = mul %6608, %6617 : f32[16] @ models/lib/nn.yaml:90:7
%6619 = broadcast %6615 : bool[16] @ models/lib/nn.yaml:90:7
%6620 = select %6619, %6618, %6608 : f32[16] @ models/lib/nn.yaml:90:7
%6621 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6622 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6623 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6624 = add %6623, %4252 : i64[] @ models/lib/nn.yaml:90:7
%6625 = mul %6620, %4384 : f32[16] @ models/lib/nn.yaml:90:7
%6626 = mul %6621, %4386 : f32[16] @ models/lib/nn.yaml:90:7
%6627 = add %6626, %6625 : f32[16] @ models/lib/nn.yaml:90:7
%6628 = mul %6620, %6620 : f32[16] @ models/lib/nn.yaml:90:7
%6629 = mul %6628, %4390 : f32[16] @ models/lib/nn.yaml:90:7
%6630 = mul %6622, %4392 : f32[16] @ models/lib/nn.yaml:90:7
%6631 = add %6630, %6629 : f32[16] @ models/lib/nn.yaml:90:7
%6632 = cast %6624 : f64[] @ models/lib/nn.yaml:90:7
%6633 = pow %4261, %6632 : f64[] @ models/lib/nn.yaml:90:7
%6634 = sub %4242, %6633 : f64[] @ models/lib/nn.yaml:90:7
%6635 = div %2558, %6634 : f64[] @ models/lib/nn.yaml:90:7
%6636 = pow %4269, %6632 : f64[] @ models/lib/nn.yaml:90:7
%6637 = sub %4242, %6636 : f64[] @ models/lib/nn.yaml:90:7
%6638 = sqrt %6637 : f64[] @ models/lib/nn.yaml:90:7
%6639 = div %4242, %6638 : f64[] @ models/lib/nn.yaml:90:7
%6640 = sqrt %6631 : f32[16] @ models/lib/nn.yaml:90:7
%6641 = cast %6639 : f32[] @ models/lib/nn.yaml:90:7
%6642 = broadcast %6641 : f32[16] @ models/lib/nn.yaml:90:7
%6643 = mul %6640, %6642 : f32[16] @ models/lib/nn.yaml:90:7
%6644 = add %6643, %4407 : f32[16] @ models/lib/nn.yaml:90:7
%6645 = div %6627, %6644 : f32[16] @ models/lib/nn.yaml:90:7
%6646 = cast %6635 : f32[] @ models/lib/nn.yaml:90:7
%6647 = broadcast %6646 : f32[16] @ models/lib/nn.yaml:90:7
%6648 = mul %6645, %6647 : f32[16] @ models/lib/nn.yaml:90:7
%6649 = sub %52, %6648 : f32[16] @ models/lib/nn.yaml:90:7
%6650 = assign %52, %6649 : f32[16] @ models/lib/nn.yaml:90:7
%6651 = assign %6621, %6627 : f32[16] @ models/lib/nn.yaml:90:7
%6652 = assign %6622, %6631 : f32[16] @ models/lib/nn.yaml:90:7
%6653 = assign %6623, %6624 : i64[] @ models/lib/nn.yaml:90:7
%6654 = mul %130, %4418 : f32[16] @ models/lib/nn.yaml:90:7
%6655 = mul %6649, %4420 : f32[16] @ models/lib/nn.yaml:90:7
%6656 = add %6654, %6655 : f32[16] @ models/lib/nn.yaml:90:7
%6657 = assign %130, %6656 : f32[16] @ models/lib/nn.yaml:90:7
%6658 = all_reduce_sum %3704 : f32[16,16] @ models/lib/nn.yaml:79:7
%6659 = reshape %6658 : f32[256] @ models/lib/nn.yaml:79:7
%6660 = mul %6659, %6659 : f32[256] @ models/lib/nn.yaml:79:7
%6661 = reduce_sum %6660 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6662 = sqrt %6661 : f32[] @ models/lib/nn.yaml:79:7
%6663 = cast %6662 : f64[] @ models/lib/nn.yaml:79:7
%6664 = add %6663, %4238 : f64[] @ models/lib/nn.yaml:79:7
%6665 = div %4240, %6664 : f64[] @ models/lib/nn.yaml:79:7
%6666 = lt %6665, %4242 : bool[] @ models/lib/nn.yaml:79:7
%6667 = cast %6665 : f32[] @ models/lib/nn.yaml:79:7
%6668 = broadcast %6667 : f32[16,16] @ models/lib/nn.yaml:79:7
%6669 = mul %6658, %6668 : f32[16,16] @ models/lib/nn.yaml:79:7
%6670 = broadcast %6666 : bool[16,16] @ models/lib/nn.yaml:79:7
%6671 = select %6670, %6669, %6658 : f32[16,16] @ models/lib/nn.yaml:79:7
%6672 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6673 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6674 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6675 = add %6674, %4252 : i64[] @ models/lib/nn.yaml:79:7
%6676 = mul %53, %4659 : f32[16,16] @ models/lib/nn.yaml:79:7
%6677 = mul %6671, %4661 : f32[16,16] @ models/lib/nn.yaml:79:7
%6678 = mul %6672, %4663 : f32[16,16] @ models/lib/nn.yaml:79:7
%6679 = add %6678, %6677 : f32[16,16] @ models/lib/nn.yaml:79:7
%6680 = mul %6671, %6671 : f32[16,16] @ models/lib/nn.yaml:79:7
%6681 = mul %6680, %4667 : f32[16,16] @ models/lib/nn.yaml:79:7
%6682 = mul %6673, %4669 : f32[16,16] @ models/lib/nn.yaml:79:7
%6683 = add %6682, %6681 : f32[16,16] @ models/lib/nn.yaml:79:7
%6684 = cast %6675 : f64[] @ models/lib/nn.yaml:79:7
%6685 = pow %4261, %6684 : f64[] @ models/lib/nn.yaml:79:7
%6686 = sub %4242, %6685 : f64[] @ models/lib/nn.yaml:79:7
%6687 = div %2558, %6686 : f64[] @ models/lib/nn.yaml:79:7
%6688 = pow %4269, %6684 : f64[] @ models/lib/nn.yaml:79:7
%6689 = sub %4242, %6688 : f64[] @ models/lib/nn.yaml:79:7
%6690 = sqrt %6689 : f64[] @ models/lib/nn.yaml:79:7
%6691 = div %4242, %6690 : f64[] @ models/lib/nn.yaml:79:7
%6692 = sqrt %6683 : f32[16,16] @ models/lib/nn.yaml:79:7
%6693 = cast %6691 : f32[] @ models/lib/nn.yaml:79:7
%6694 = broadcast %6693 : f32[16,16] @ models/lib/nn.yaml:79:7
%6695 = mul %6692, %6694 : f32[16,16] @ models/lib/nn.yaml:79:7
%6696 = add %6695, %4684 : f32[16,16] @ models/lib/nn.yaml:79:7
%6697 = div %6679, %6696 : f32[16,16] @ models/lib/nn.yaml:79:7
%6698 = cast %6687 : f32[] @ models/lib/nn.yaml:79:7
%6699 = broadcast %6698 : f32[16,16] @ models/lib/nn.yaml:79:7
%6700 = mul %6697, %6699 : f32[16,16] @ models/lib/nn.yaml:79:7
%6701 = sub %6676, %6700 : f32[16,16] @ models/lib/nn.yaml:79:7
%6702 = assign %53, %6701 : f32[16,16] @ models/lib/nn.yaml:79:7
%6703 = assign %6672, %6679 : f32[16,16] @ models/lib/nn.yaml:79:7
%6704 = assign %6673, %6683 : f32[16,16] @ models/lib/nn.yaml:79:7
%6705 = assign %6674, %6675 : i64[] @ models/lib/nn.yaml:79:7
%6706 = mul %131, %4695 : f32[16,16] @ models/lib/nn.yaml:79:7
%6707 = mul %6701, %4697 : f32[16,16] @ models/lib/nn.yaml:79:7
%6708 = add %6706, %6707 : f32[16,16] @ models/lib/nn.yaml:79:7
%6709 = assign %131, %6708 : f32[16,16] @ models/lib/nn.yaml:79:7
%6710 = all_reduce_sum %3699 : f32[16] @ models/lib/nn.yaml:80:7
%6711 = mul %6710, %6710 : f32[16] @ models/lib/nn.yaml:80:7
%6712 = reduce_sum %6711 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6713 = sqrt %6712 : f32[] @ models/lib/nn.yaml:80:7
%6714 = cast %6713 : f64[] @ models/lib/nn.yaml:80:7
%6715 = add %6714, %4238 : f64[] @ models/lib/nn.yaml:80:7
%6716 = div %4240, %6715 : f64[] @ models/lib/nn.yaml:80:7
%6717 = lt %6716, %4242 : bool[] @ models/lib/nn.yaml:80:7
%6718 = cast %6716 : f32[] @ models/lib/nn.yaml:80:7
%6719 = broadcast %6718 : f32[16] @ models/lib/nn.yaml:80:7
%6720 = mul %6710, %6719 : f32[16] @ models/lib/nn.yaml:80:7
%6721 = broadcast %6717 : bool[16] @ models/lib/nn.yaml:80:7
%6722 = select %6721, %6720, %6710 : f32[16] @ models/lib/nn.yaml:80:7
%6723 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6724 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6725 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6726 = add %6725, %4252 : i64[] @ models/lib/nn.yaml:80:7
%6727 = mul %6722, %4384 : f32[16] @ models/lib/nn.yaml:80:7
%6728 = mul %6723, %4386 : f32[16] @ models/lib/nn.yaml:80:7
%6729 = add %6728, %6727 : f32[16] @ models/lib/nn.yaml:80:7
%6730 = mul %6722, %6722 : f32[16] @ models/lib/nn.yaml:80:7
%6731 = mul %6730, %4390 : f32[16] @ models/lib/nn.yaml:80:7
%6732 = mul %6724, %4392 : f32[16] @ models/lib/nn.yaml:80:7
%6733 = add %6732, %6731 : f32[16] @ models/lib/nn.yaml:80:7
%6734 = cast %6726 : f64[] @ models/lib/nn.yaml:80:7
%6735 = pow %4261, %6734 : f64[] @ models/lib/nn.yaml:80:7
%6736 = sub %4242, %6735 : f64[] @ models/lib/nn.yaml:80:7
%6737 = div %2558, %6736 : f64[] @ models/lib/nn.yaml:80:7
%6738 = pow %4269, %6734 : f64[] @ models/lib/nn.yaml:80:7
%6739 = sub %4242, %6738 : f64[] @ models/lib/nn.yaml:80:7
%6740 = sqrt %6739 : f64[] @ models/lib/nn.yaml:80:7
%6741 = div %4242, %6740 : f64[] @ models/lib/nn.yaml:80:7
%6742 = sqrt %6733 : f32[16] @ models/lib/nn.yaml:80:7
%6743 = cast %6741 : f32[] @ models/lib/nn.yaml:80:7
%6744 = broadcast %6743 : f32[16] @ models/lib/nn.yaml:80:7
%6745 = mul %6742, %6744 : f32[16] @ models/lib/nn.yaml:80:7
%6746 = add %6745, %4407 : f32[16] @ models/lib/nn.yaml:80:7
%6747 = div %6729, %6746 : f32[16] @ models/lib/nn.yaml:80:7
%6748 = cast %6737 : f32[] @ models/lib/nn.yaml:80:7
%6749 = broadcast %6748 : f32[16] @ models/lib/nn.yaml:80:7
%6750 = mul %6747, %6749 : f32[16] @ models/lib/nn.yaml:80:7
%6751 = sub %54, %6750 : f32[16] @ models/lib/nn.yaml:80:7
%6752 = assign %54, %6751 : f32[16] @ models/lib/nn.yaml:80:7
%6753 = assign %6723, %6729 : f32[16] @ models/lib/nn.yaml:80:7
%6754 = assign %6724, %6733 : f32[16] @ models/lib/nn.yaml:80:7
%6755 = assign %6725, %6726 : i64[] @ models/lib/nn.yaml:80:7
%6756 = mul %132, %4418 : f32[16] @ models/lib/nn.yaml:80:7
%6757 = mul %6751, %4420 : f32[16] @ models/lib/nn.yaml:80:7
%6758 = add %6756, %6757 : f32[16] @ models/lib/nn.yaml:80:7
%6759 = assign %132, %6758 : f32[16] @ models/lib/nn.yaml:80:7
%6760 = all_reduce_sum %3694 : f32[16,16] @ models/lib/nn.yaml:79:7
%6761 = reshape %6760 : f32[256] @ models/lib/nn.yaml:79:7
%6762 = mul %6761, %6761 : f32[256] @ models/lib/nn.yaml:79:7
%6763 = reduce_sum %6762 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6764 = sqrt %6763 : f32[] @ models/lib/nn.yaml:79:7
%6765 = cast %6764 : f64[] @ models/lib/nn.yaml:79:7
%6766 = add %6765, %4238 : f64[] @ models/lib/nn.yaml:79:7
%6767 = div %4240, %6766 : f64[] @ models/lib/nn.yaml:79:7
%6768 = lt %6767, %4242 : bool[] @ models/lib/nn.yaml:79:7
%6769 = cast %6767 : f32[] @ models/lib/nn.yaml:79:7
%6770 = broadcast %6769 : f32[16,16] @ models/lib/nn.yaml:79:7
%6771 = mul %6760, %6770 : f32[16,16] @ models/lib/nn.yaml:79:7
%6772 = broadcast %6768 : bool[16,16] @ models/lib/nn.yaml:79:7
%6773 = select %6772, %6771, %6760 : f32[16,16] @ models/lib/nn.yaml:79:7
%6774 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6775 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6776 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6777 = add %6776, %4252 : i64[] @ models/lib/nn.yaml:79:7
%6778 = mul %55, %4659 : f32[16,16] @ models/lib/nn.yaml:79:7
%6779 = mul %6773, %4661 : f32[16,16] @ models/lib/nn.yaml:79:7
%6780 = mul %6774, %4663 : f32[16,16] @ models/lib/nn.yaml:79:7
%6781 = add %6780, %6779 : f32[16,16] @ models/lib/nn.yaml:79:7
%6782 = mul %6773, %6773 : f32[16,16] @ models/lib/nn.yaml:79:7
%6783 = mul %6782, %4667 : f32[16,16] @ models/lib/nn.yaml:79:7
%6784 = mul %6775, %4669 : f32[16,16] @ models/lib/nn.yaml:79:7
%6785 = add %6784, %6783 : f32[16,16] @ models/lib/nn.yaml:79:7
%6786 = cast %6777 : f64[] @ models/lib/nn.yaml:79:7
%6787 = pow %4261, %6786 : f64[] @ models/lib/nn.yaml:79:7
%6788 = sub %4242, %6787 : f64[] @ models/lib/nn.yaml:79:7
%6789 = div %2558, %6788 : f64[] @ models/lib/nn.yaml:79:7
%6790 = pow %4269, %6786 : f64[] @ models/lib/nn.yaml:79:7
%6791 = sub %4242, %6790 : f64[] @ models/lib/nn.yaml:79:7
%6792 = sqrt %6791 : f64[] @ models/lib/nn.yaml:79:7
%6793 = div %4242, %6792 : f64[] @ models/lib/nn.yaml:79:7
%6794 = sqrt %6785 : f32[16,16] @ models/lib/nn.yaml:79:7
%6795 = cast %6793 : f32[] @ models/lib/nn.yaml:79:7
%6796 = broadcast %6795 : f32[16,16] @ models/lib/nn.yaml:79:7
%6797 = mul %6794, %6796 : f32[16,16] @ models/lib/nn.yaml:79:7
%6798 = add %6797, %4684 : f32[16,16] @ models/lib/nn.yaml:79:7
%6799 = div %6781, %6798 : f32[16,16] @ models/lib/nn.yaml:79:7
%6800 = cast %6789 : f32[] @ models/lib/nn.yaml:79:7
%6801 = broadcast %6800 : f32[16,16] @ models/lib/nn.yaml:79:7
%6802 = mul %6799, %6801 : f32[16,16] @ models/lib/nn.yaml:79:7
%6803 = sub %6778, %6802 : f32[16,16] @ models/lib/nn.yaml:79:7
%6804 = assign %55, %6803 : f32[16,16] @ models/lib/nn.yaml:79:7
%6805 = assign %6774, %6781 : f32[16,16] @ models/lib/nn.yaml:79:7
%6806 = assign %6775, %6785 : f32[16,16] @ models/lib/nn.yaml:79:7
%6807 = assign %6776, %6777 : i64[] @ models/lib/nn.yaml:79:7
%6808 = mul %133, %4695 : f32[16,16] @ models/lib/nn.yaml:79:7
%6809 = mul %6803, %4697 : f32[16,16] @ models/lib/nn.yaml:79:7
%6810 = add %6808, %6809 : f32[16,16] @ models/lib/nn.yaml:79:7
%6811 = assign %133, %6810 : f32[16,16] @ models/lib/nn.yaml:79:7
%6812 = all_reduce_sum %3689 : f32[16] @ models/lib/nn.yaml:80:7
%6813 = mul %6812, %6812 : f32[16] @ models/lib/nn.yaml:80:7
%6814 = reduce_sum %6813 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6815 = sqrt %6814 : f32[] @ models/lib/nn.yaml:80:7
%6816 = cast %6815 : f64[] @ models/lib/nn.yaml:80:7
%6817 = add %6816, %4238 : f64[] @ models/lib/nn.yaml:80:7
%6818 = div %4240, %6817 : f64[] @ models/lib/nn.yaml:80:7
%6819 = lt %6818, %4242 : bool[] @ models/lib/nn.yaml:80:7
%6820 = cast %6818 : f32[] @ models/lib/nn.yaml:80:7
%6821 = broadcast %6820 : f32[16] @ models/lib/nn.yaml:80:7
%6822 = mul %6812, %6821 : f32[16] @ models/lib/nn.yaml:80:7
%6823 = broadcast %6819 : bool[16] @ models/lib/nn.yaml:80:7
%6824 = select %6823, %6822, %6812 : f32[16] @ models/lib/nn.yaml:80:7
%6825 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6826 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6827 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6828 = add %6827, %4252 : i64[] @ models/lib/nn.yaml:80:7
%6829 = mul %6824, %4384 : f32[16] @ models/lib/nn.yaml:80:7
%6830 = mul %6825, %4386 : f32[16] @ models/lib/nn.yaml:80:7
%6831 = add %6830, %6829 : f32[16] @ models/lib/nn.yaml:80:7
%6832 = mul %6824, %6824 : f32[16] @ models/lib/nn.yaml:80:7
%6833 = mul %6832, %4390 : f32[16] @ models/lib/nn.yaml:80:7
%6834 = mul %6826, %4392 : f32[16] @ models/lib/nn.yaml:80:7
%6835 = add %6834, %6833 : f32[16] @ models/lib/nn.yaml:80:7
%6836 = cast %6828 : f64[] @ models/lib/nn.yaml:80:7
%6837 = pow %4261, %6836 : f64[] @ models/lib/nn.yaml:80:7
%6838 = sub %4242, %6837 : f64[] @ models/lib/nn.yaml:80:7
%6839 = div %2558, %6838 : f64[] @ models/lib/nn.yaml:80:7
%6840 = pow %4269, %6836 : f64[] @ models/lib/nn.yaml:80:7
%6841 = sub %4242, %6840 : f64[] @ models/lib/nn.yaml:80:7
%6842 = sqrt %6841 : f64[] @ models/lib/nn.yaml:80:7
%6843 = div %4242, %6842 : f64[] @ models/lib/nn.yaml:80:7
%6844 = sqrt %6835 : f32[16] @ models/lib/nn.yaml:80:7
%6845 = cast %6843 : f32[] @ models/lib/nn.yaml:80:7
%6846 = broadcast %6845 : f32[16] @ models/lib/nn.yaml:80:7
%6847 = mul %6844, %6846 : f32[16] @ models/lib/nn.yaml:80:7
%6848 = add %6847, %4407 : f32[16] @ models/lib/nn.yaml:80:7
%6849 = div %6831, %6848 : f32[16] @ models/lib/nn.yaml:80:7
%6850 = cast %6839 : f32[] @ models/lib/nn.yaml:80:7
%6851 = broadcast %6850 : f32[16] @ models/lib/nn.yaml:80:7
%6852 = mul %6849, %6851 : f32[16] @ models/lib/nn.yaml:80:7
%6853 = sub %56, %6852 : f32[16] @ models/lib/nn.yaml:80:7
%6854 = assign %56, %6853 : f32[16] @ models/lib/nn.yaml:80:7
%6855 = assign %6825, %6831 : f32[16] @ models/lib/nn.yaml:80:7
%6856 = assign %6826, %6835 : f32[16] @ models/lib/nn.yaml:80:7
%6857 = assign %6827, %6828 : i64[] @ models/lib/nn.yaml:80:7
%6858 = mul %134, %4418 : f32[16] @ models/lib/nn.yaml:80:7
%6859 = mul %6853, %4420 : f32[16] @ models/lib/nn.yaml:80:7
%6860 = add %6858, %6859 : f32[16] @ models/lib/nn.yaml:80:7
%6861 = assign %134, %6860 : f32[16] @ models/lib/nn.yaml:80:7
%6862 = all_reduce_sum %3682 : f32[16,16] @ models/lib/nn.yaml:79:7
%6863 = reshape %6862 : f32[256] @ models/lib/nn.yaml:79:7
%6864 = mul %6863, %6863 : f32[256] @ models/lib/nn.yaml:79:7
%6865 = reduce_sum %6864 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6866 = sqrt %6865 : f32[] @ models/lib/nn.yaml:79:7
%6867 = cast %6866 : f64[] @ models/lib/nn.yaml:79:7
%6868 = add %6867, %4238 : f64[] @ models/lib/nn.yaml:79:7
%6869 = div %4240, %6868 : f64[] @ models/lib/nn.yaml:79:7
%6870 = lt %6869, %4242 : bool[] @ models/lib/nn.yaml:79:7
%6871 = cast %6869 : f32[] @ models/lib/nn.yaml:79:7
%6872 = broadcast %6871 : f32[16,16] @ models/lib/nn.yaml:79:7
%6873 = mul %6862, %6872 : f32[16,16] @ models/lib/nn.yaml:79:7
%6874 = broadcast %6870 : bool[16,16] @ models/lib/nn.yaml:79:7
%6875 = select %6874, %6873, %6862 : f32[16,16] @ models/lib/nn.yaml:79:7
%6876 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6877 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6878 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6879 = add %6878, %4252 : i64[] @ models/lib/nn.yaml:79:7
%6880 = mul %57, %4659 : f32[16,16] @ models/lib/nn.yaml:79:7
%6881 = mul %6875, %4661 : f32[16,16] @ models/lib/nn.yaml:79:7
%6882 = mul %6876, %4663 : f32[16,16] @ models/lib/nn.yaml:79:7
%6883 = add %6882, %6881 : f32[16,16] @ models/lib/nn.yaml:79:7
%6884 = mul %6875, %6875 : f32[16,16] @ models/lib/nn.yaml:79:7
%6885 = mul %6884, %4667 : f32[16,16] @ models/lib/nn.yaml:79:7
%6886 = mul %6877, %4669 : f32[16,16] @ models/lib/nn.yaml:79:7
%6887 = add %6886, %6885 : f32[16,16] @ models/lib/nn.yaml:79:7
%6888 = cast %6879 : f64[] @ models/lib/nn.yaml:79:7
%6889 = pow %4261, %6888 : f64[] @ models/lib/nn.yaml:79:7
%6890 = sub %4242, %6889 : f64[] @ models/lib/nn.yaml:79:7
%6891 = div %2558, %6890 : f64[] @ models/lib/nn.yaml:79:7
%6892 = pow %4269, %6888 : f64[] @ models/lib/nn.yaml:79:7
%6893 = sub %4242, %6892 : f64[] @ models/lib/nn.yaml:79:7
%6894 = sqrt %6893 : f64[] @ models/lib/nn.yaml:79:7
%6895 = div %4242, %6894 : f64[] @ models/lib/nn.yaml:79:7
%6896 = sqrt %6887 : f32[16,16] @ models/lib/nn.yaml:79:7
%6897 = cast %6895 : f32[] @ models/lib/nn.yaml:79:7
%6898 = broadcast %6897 : f32[16,16] @ models/lib/nn.yaml:79:7
%6899 = mul %6896, %6898 : f32[16,16] @ models/lib/nn.yaml:79:7
%6900 = add %6899, %4684 : f32[16,16] @ models/lib/nn.yaml:79:7
%6901 = div %6883, %6900 : f32[16,16] @ models/lib/nn.yaml:79:7
%6902 = cast %6891 : f32[] @ models/lib/nn.yaml:79:7
%6903 = broadcast %6902 : f32[16,16] @ models/lib/nn.yaml:79:7
%6904 = mul %6901, %6903 : f32[16,16] @ models/lib/nn.yaml:79:7
%6905 = sub %6880, %6904 : f32[16,16] @ models/lib/nn.yaml:79:7
%6906 = assign %57, %6905 : f32[16,16] @ models/lib/nn.yaml:79:7
%6907 = assign %6876, %6883 : f32[16,16] @ models/lib/nn.yaml:79:7
%6908 = assign %6877, %6887 : f32[16,16] @ models/lib/nn.yaml:79:7
%6909 = assign %6878, %6879 : i64[] @ models/lib/nn.yaml:79:7
%6910 = mul %135, %4695 : f32[16,16] @ models/lib/nn.yaml:79:7
%6911 = mul %6905, %4697 : f32[16,16] @ models/lib/nn.yaml:79:7
%6912 = add %6910, %6911 : f32[16,16] @ models/lib/nn.yaml:79:7
%6913 = assign %135, %6912 : f32[16,16] @ models/lib/nn.yaml:79:7
%6914 = all_reduce_sum %3677 : f32[16] @ models/lib/nn.yaml:80:7
%6915 = mul %6914, %6914 : f32[16] @ models/lib/nn.yaml:80:7
%6916 = reduce_sum %6915 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6917 = sqrt %6916 : f32[] @ models/lib/nn.yaml:80:7
%6918 = cast %6917 : f64[] @ models/lib/nn.yaml:80:7
%6919 = add %6918, %4238 : f64[] @ models/lib/nn.yaml:80:7
%6920 = div %4240, %6919 : f64[] @ models/lib/nn.yaml:80:7
%6921 = lt %6920, %4242 : bool[] @ models/lib/nn.yaml:80:7
%6922 = cast %6920 : f32[] @ models/lib/nn.yaml:80:7
%6923 = broadcast %6922 : f32[16] @ models/lib/nn.yaml:80:7
%6924 = mul %6914, %6923 : f32[16] @ models/lib/nn.yaml:80:7
%6925 = broadcast %6921 : bool[16] @ models/lib/nn.yaml:80:7
%6926 = select %6925, %6924, %6914 : f32[16] @ models/lib/nn.yaml:80:7
%6927 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6928 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6929 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6930 = add %6929, %4252 : i64[] @ models/lib/nn.yaml:80:7
%6931 = mul %6926, %4384 : f32[16] @ models/lib/nn.yaml:80:7
%6932 = mul %6927, %4386 : f32[16] @ models/lib/nn.yaml:80:7
%6933 = add %6932, %6931 : f32[16] @ models/lib/nn.yaml:80:7
%6934 = mul %6926, %6926 : f32[16] @ models/lib/nn.yaml:80:7
%6935 = mul %6934, %4390 : f32[16] @ models/lib/nn.yaml:80:7
%6936 = mul %6928, %4392 : f32[16] @ models/lib/nn.yaml:80:7
%6937 = add %6936, %6935 : f32[16] @ models/lib/nn.yaml:80:7
%6938 = cast %6930 : f64[] @ models/lib/nn.yaml:80:7
%6939 = pow %4261, %6938 : f64[] @ models/lib/nn.yaml:80:7
%6940 = sub %4242, %6939 : f64[] @ models/lib/nn.yaml:80:7
%6941 = div %2558, %6940 : f64[] @ models/lib/nn.yaml:80:7
%6942 = pow %4269, %6938 : f64[] @ models/lib/nn.yaml:80:7
%6943 = sub %4242, %6942 : f64[] @ models/lib/nn.yaml:80:7
%6944 = sqrt %6943 : f64[] @ models/lib/nn.yaml:80:7
%6945 = div %4242, %6944 : f64[] @ models/lib/nn.yaml:80:7
%6946 = sqrt %6937 : f32[16] @ models/lib/nn.yaml:80:7
%6947 = cast %6945 : f32[] @ models/lib/nn.yaml:80:7
%6948 = broadcast %6947 : f32[16] @ models/lib/nn.yaml:80:7
%6949 = mul %6946, %6948 : f32[16] @ models/lib/nn.yaml:80:7
%6950 = add %6949, %4407 : f32[16] @ models/lib/nn.yaml:80:7
%6951 = div %6933, %6950 : f32[16] @ models/lib/nn.yaml:80:7
%6952 = cast %6941 : f32[] @ models/lib/nn.yaml:80:7
%6953 = broadcast %6952 : f32[16] @ models/lib/nn.yaml:80:7
%6954 = mul %6951, %6953 : f32[16] @ models/lib/nn.yaml:80:7
%6955 = sub %58, %6954 : f32[16] @ models/lib/nn.yaml:80:7
%6956 = assign %58, %6955 : f32[16] @ models/lib/nn.yaml:80:7
%6957 = assign %6927, %6933 : f32[16] @ models/lib/nn.yaml:80:7
%6958 = assign %6928, %6937 : f32[16] @ models/lib/nn.yaml:80:7
%6959 = assign %6929, %6930 : i64[] @ models/lib/nn.yaml:80:7
%6960 = mul %136, %4418 : f32[16] @ models/lib/nn.yaml:80:7
%6961 = mul %6955, %4420 : f32[16] @ models/lib/nn.yaml:80:7
%6962 = add %6960, %6961 : f32[16] @ models/lib/nn.yaml:80:7
%6963 = assign %136, %6962 : f32[16] @ models/lib/nn.yaml:80:7
%6964 = all_reduce_sum %3633 : f32[16,16] @ models/lib/nn.yaml:79:7
%6965 = reshape %6964 : f32[256] @ models/lib/nn.yaml:79:7
%6966 = mul %6965, %6965 : f32[256] @ models/lib/nn.yaml:79:7
%6967 = reduce_sum %6966 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6968 = sqrt %6967 : f32[] @ models/lib/nn.yaml:79:7
%6969 = cast %6968 : f64[] @ models/lib/nn.yaml:79:7
%6970 = add %6969, %4238 : f64[] @ models/lib/nn.yaml:79:7
%6971 = div %4240, %6970 : f64[] @ models/lib/nn.yaml:79:7
%6972 = lt %6971, %4242 : bool[] @ models/lib/nn.yaml:79:7
%6973 = cast %6971 : f32[] @ models/lib/nn.yaml:79:7
%6974 = broadcast %6973 : f32[16,16] @ models/lib/nn.yaml:79:7
%6975 = mul %6964, %6974 : f32[16,16] @ models/lib/nn.yaml:79:7
%6976 = broadcast %6972 : bool[16,16] @ models/lib/nn.yaml:79:7
%6977 = select %6976, %6975, %6964 : f32[16,16] @ models/lib/nn.yaml:79:7
%6978 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6979 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6980 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6981 = add %6980, %4252 : i64[] @ models/lib/nn.yaml:79:7
%6982 = mul %59, %4659 : f32[16,16] @ models/lib/nn.yaml:79:7
%6983 = mul %6977, %4661 : f32[16,16] @ models/lib/nn.yaml:79:7
%6984 = mul %6978, %4663 : f32[16,16] @ models/lib/nn.yaml:79:7
%6985 = add %6984, %6983 : f32[16,16] @ models/lib/nn.yaml:79:7
%6986 = mul %6977, %6977 : f32[16,16] @ models/lib/nn.yaml:79:7
%6987 = mul %6986, %4667 : f32[16,16] @ models/lib/nn.yaml:79:7
%6988 = mul %6979, %4669 : f32[16,16] @ models/lib/nn.yaml:79:7
%6989 = add %6988, %6987 : f32[16,16] @ models/lib/nn.yaml:79:7
%6990 = cast %6981 : f64[] @ models/lib/nn.yaml:79:7
%6991 = pow %4261, %6990 : f64[] @ models/lib/nn.yaml:79:7
%6992 = sub %4242, %6991 : f64[] @ models/lib/nn.yaml:79:7
%6993 = div %2558, %6992 : f64[] @ models/lib/nn.yaml:79:7
%6994 = pow %4269, %6990 : f64[] @ models/lib/nn.yaml:79:7
%6995 = sub %4242, %6994 : f64[] @ models/lib/nn.yaml:79:7
%6996 = sqrt %6995 : f64[] @ models/lib/nn.yaml:79:7
%6997 = div %4242, %6996 : f64[] @ models/lib/nn.yaml:79:7
%6998 = sqrt %6989 : f32[16,16] @ models/lib/nn.yaml:79:7
%6999 = cast %6997 : f32[] @ models/lib/nn.yaml:79:7
%7000 = broadcast %6999 : f32[16,16] @ models/lib/nn.yaml:79:7
%7001 = mul %6998, %7000 : f32[16,16] @ models/lib/nn.yaml:79:7
%7002 = add %7001, %4684 : f32[16,16] @ models/lib/nn.yaml:79:7
%7003 = div %6985, %7002 : f32[16,16] @ models/lib/nn.yaml:79:7
%7004 = cast %6993 : f32[] @ models/lib/nn.yaml:79:7
%7005 = broadcast %7004 : f32[16,16] @ models/lib/nn.yaml:79:7
%7006 = mul %7003, %7005 : f32[16,16] @ models/lib/nn.yaml:79:7
%7007 = sub %6982, %7006 : f32[16,16] @ models/lib/nn.yaml:79:7
%7008 = assign %59, %7007 : f32[16,16] @ models/lib/nn.yaml:79:7
%7009 = assign %6978, %6985 : f32[16,16] @ models/lib/nn.yaml:79:7
%7010 = assign %6979, %6989 : f32[16,16] @ models/lib/nn.yaml:79:7
%7011 = assign %6980, %6981 : i64[] @ models/lib/nn.yaml:79:7
%7012 = mul %137, %4695 : f32[16,16] @ models/lib/nn.yaml:79:7
%7013 = mul %7007, %4697 : f32[16,16] @ models/lib/nn.yaml:79:7
%7014 = add %7012, %7013 : f32[16,16] @ models/lib/nn.yaml:79:7
%7015 = assign %137, %7014 : f32[16,16] @ models/lib/nn.yaml:79:7
%7016 = all_reduce_sum %3628 : f32[16] @ models/lib/nn.yaml:80:7
%7017 = mul %7016, %7016 : f32[16] @ models/lib/nn.yaml:80:7
%7018 = reduce_sum %7017 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7019 = sqrt %7018 : f32[] @ models/lib/nn.yaml:80:7
%7020 = cast %7019 : f64[] @ models/lib/nn.yaml:80:7
%7021 = add %7020, %4238 : f64[] @ models/lib/nn.yaml:80:7
%7022 = div %4240, %7021 : f64[] @ models/lib/nn.yaml:80:7
%7023 = lt %7022, %4242 : bool[] @ models/lib/nn.yaml:80:7
%7024 = cast %7022 : f32[] @ models/lib/nn.yaml:80:7
%7025 = broadcast %7024 : f32[16] @ models/lib/nn.yaml:80:7
%7026 = mul %7016, %7025 : f32[16] @ models/lib/nn.yaml:80:7
%7027 = broadcast %7023 : bool[16] @ models/lib/nn.yaml:80:7
%7028 = select %7027, %7026, %7016 : f32[16] @ models/lib/nn.yaml:80:7
%7029 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7030 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7031 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7032 = add %7031, %4252 : i64[] @ models/lib/nn.yaml:80:7
%7033 = mul %7028, %4384 : f32[16] @ models/lib/nn.yaml:80:7
%7034 = mul %7029, %4386 : f32[16] @ models/lib/nn.yaml:80:7
%7035 = add %7034, %7033 : f32[16] @ models/lib/nn.yaml:80:7
%7036 = mul %7028, %7028 : f32[16] @ models/lib/nn.yaml:80:7
%7037 = mul %7036, %4390 : f32[16] @ models/lib/nn.yaml:80:7
%7038 = mul %7030, %4392 : f32[16] @ models/lib/nn.yaml:80:7
%7039 = add %7038, %7037 : f32[16] @ models/lib/nn.yaml:80:7
%7040 = cast %7032 : f64[] @ models/lib/nn.yaml:80:7
%7041 = pow %4261, %7040 : f64[] @ models/lib/nn.yaml:80:7
%7042 = sub %4242, %7041 : f64[] @ models/lib/nn.yaml:80:7
%7043 = div %2558, %7042 : f64[] @ models/lib/nn.yaml:80:7
%7044 = pow %4269, %7040 : f64[] @ models/lib/nn.yaml:80:7
%7045 = sub %4242, %7044 : f64[] @ models/lib/nn.yaml:80:7
%7046 = sqrt %7045 : f64[] @ models/lib/nn.yaml:80:7
%7047 = div %4242, %7046 : f64[] @ models/lib/nn.yaml:80:7
%7048 = sqrt %7039 : f32[16] @ models/lib/nn.yaml:80:7
%7049 = cast %7047 : f32[] @ models/lib/nn.yaml:80:7
%7050 = broadcast %7049 : f32[16] @ models/lib/nn.yaml:80:7
%7051 = mul %7048, %7050 : f32[16] @ models/lib/nn.yaml:80:7
%7052 = add %7051, %4407 : f32[16] @ models/lib/nn.yaml:80:7
%7053 = div %7035, %7052 : f32[16] @ models/lib/nn.yaml:80:7
%7054 = cast %7043 : f32[] @ models/lib/nn.yaml:80:7
%7055 = broadcast %7054 : f32[16] @ models/lib/nn.yaml:80:7
%7056 = mul %7053, %7055 : f32[16] @ models/lib/nn.yaml:80:7
%7057 = sub %60, %7056 : f32[16] @ models/lib/nn.yaml:80:7
%7058 = assign %60, %7057 : f32[16] @ models/lib/nn.yaml:80:7
%7059 = assign %7029, %7035 : f32[16] @ models/lib/nn.yaml:80:7
%7060 = assign %7030, %7039 : f32[16] @ models/lib/nn.yaml:80:7
%7061 = assign %7031, %7032 : i64[] @ models/lib/nn.yaml:80:7
%7062 = mul %138, %4418 : f32[16] @ models/lib/nn.yaml:80:7
%7063 = mul %7057, %4420 : f32[16] @ models/lib/nn.yaml:80:7
%7064 = add %7062, %7063 : f32[16] @ models/lib/nn.yaml:80:7
%7065 = assign %138, %7064 : f32[16] @ models/lib/nn.yaml:80:7
%7066 = all_reduce_sum %3607 : f32[16] @ models/lib/nn.yaml:89:7
%7067 = mul %7066, %7066 : f32[16] @ models/lib/nn.yaml:89:7
%7068 = reduce_sum %7067 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7069 = sqrt %7068 : f32[] @ models/lib/nn.yaml:89:7
%7070 = cast %7069 : f64[] @ models/lib/nn.yaml:89:7
%7071 = add %7070, %4238 : f64[] @ models/lib/nn.yaml:89:7
%7072 = div %4240, %7071 : f64[] @ models/lib/nn.yaml:89:7
%7073 = lt %7072, %4242 : bool[] @ models/lib/nn.yaml:89:7
%7074 = cast %7072 : f32[] @ models/lib/nn.yaml:89:7
%7075 = broadcast %7074 : f32[16] @ models/lib/nn.yaml:89:7
%7076 = mul %7066, %7075 : f32[16] @ models/lib/nn.yaml:89:7
%7077 = broadcast %7073 : bool[16] @ models/lib/nn.yaml:89:7
%7078 = select %7077, %7076, %7066 : f32[16] @ models/lib/nn.yaml:89:7
%7079 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7080 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7081 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7082 = add %7081, %4252 : i64[] @ models/lib/nn.yaml:89:7
%7083 = mul %7078, %4384 : f32[16] @ models/lib/nn.yaml:89:7
%7084 = mul %7079, %4386 : f32[16] @ models/lib/nn.yaml:89:7
%7085 = add %7084, %7083 : f32[16] @ models/lib/nn.yaml:89:7
%7086 = mul %7078, %7078 : f32[16] @ models/lib/nn.yaml:89:7
%7087 = mul %7086, %4390 : f32[16] @ models/lib/nn.yaml:89:7
%7088 = mul %7080, %4392 : f32[16] @ models/lib/nn.yaml:89:7
%7089 = add %7088, %7087 : f32[16] @ models/lib/nn.yaml:89:7
%7090 = cast %7082 : f64[] @ models/lib/nn.yaml:89:7
%7091 = pow %4261, %7090 : f64[] @ models/lib/nn.yaml:89:7
%7092 = sub %4242, %7091 : f64[] @ models/lib/nn.yaml:89:7
%7093 = div %2558, %7092 : f64[] @ models/lib/nn.yaml:89:7
%7094 = pow %4269, %7090 : f64[] @ models/lib/nn.yaml:89:7
%7095 = sub %4242, %7094 : f64[] @ models/lib/nn.yaml:89:7
%7096 = sqrt %7095 : f64[] @ models/lib/nn.yaml:89:7
%7097 = div %4242, %7096 : f64[] @ models/lib/nn.yaml:89:7
%7098 = sqrt %7089 : f32[16] @ models/lib/nn.yaml:89:7
%7099 = cast %7097 : f32[] @ models/lib/nn.yaml:89:7
%7100 = broadcast %7099 : f32[16] @ models/lib/nn.yaml:89:7
%7101 = mul %7098, %7100 : f32[16] @ models/lib/nn.yaml:89:7
%7102 = add %7101, %4407 : f32[16] @ models/lib/nn.yaml:89:7
%7103 = div %7085, %7102 : f32[16] @ models/lib/nn.yaml:89:7
%7104 = cast %7093 : f32[] @ models/lib/nn.yaml:89:7
%7105 = broadcast %7104 : f32[16] @ models/lib/nn.yaml:89:7
%7106 = mul %7103, %7105 : f32[16] @ models/lib/nn.yaml:89:7
%7107 = sub %61, %7106 : f32[16] @ models/lib/nn.yaml:89:7
%7108 = assign %61, %7107 : f32[16] @ models/lib/nn.yaml:89:7
%7109 = assign %7079, %7085 : f32[16] @ models/lib/nn.yaml:89:7
%7110 = assign %7080, %7089 : f32[16] @ models/lib/nn.yaml:89:7
%7111 = assign %7081, %7082 : i64[] @ models/lib/nn.yaml:89:7
%7112 = mul %139, %4418 : f32[16] @ models/lib/nn.yaml:89:7
%7113 = mul %7107, %4420 : f32[16] @ models/lib/nn.yaml:89:7
%7114 = add %7112, %7113 : f32[16] @ models/lib/nn.yaml:89:7
%7115 = assign %139, %7114 : f32[16] @ models/lib/nn.yaml:89:7
%7116 = all_reduce_sum %3602 : f32[16] @ models/lib/nn.yaml:90:7
%7117 = mul %7116, %7116 : f32[16] @ models/lib/nn.yaml:90:7
%7118 = reduce_sum %7117 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7119 = sqrt %7118 : f32[] @ models/lib/nn.yaml:90:7
%7120 = cast %7119 : f64[] @ models/lib/nn.yaml:90:7
%7121 = add %7120, %4238 : f64[] @ models/lib/nn.yaml:90:7
%7122 = div %4240, %7121 : f64[] @ models/lib/nn.yaml:90:7
%7123 = lt %7122, %4242 : bool[] @ models/lib/nn.yaml:90:7
%7124 = cast %7122 : f32[] @ models/lib/nn.yaml:90:7
%7125 = broadcast %7124 : f32[16] @ models/lib/nn.yaml:90:7
%7126 = mul %7116, %7125 : f32[16] @ models/lib/nn.yaml:90:7
%7127 = broadcast %7123 : bool[16] @ models/lib/nn.yaml:90:7
%7128 = select %7127, %7126, %7116 : f32[16] @ models/lib/nn.yaml:90:7
%7129 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7130 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7131 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7132 = add %7131, %4252 : i64[] @ models/lib/nn.yaml:90:7
%7133 = mul %7128, %4384 : f32[16] @ models/lib/nn.yaml:90:7
%7134 = mul %7129, %4386 : f32[16] @ models/lib/nn.yaml:90:7
%7135 = add %7134, %7133 : f32[16] @ models/lib/nn.yaml:90:7
%7136 = mul %7128, %7128 : f32[16] @ models/lib/nn.yaml:90:7
%7137 = mul %7136, %4390 : f32[16] @ models/lib/nn.yaml:90:7
%7138 = mul %7130, %4392 : f32[16] @ models/lib/nn.yaml:90:7
%7139 = add %7138, %7137 : f32[16] @ models/lib/nn.yaml:90:7
%7140 = cast %7132 : f64[] @ models/lib/nn.yaml:90:7
%7141 = pow %4261, %7140 : f64[] @ models/lib/nn.yaml:90:7
%7142 = sub %4242, %7141 : f64[] @ models/lib/nn.yaml:90:7
%7143 = div %2558, %7142 : f64[] @ models/lib/nn.yaml:90:7
%7144 = pow %4269, %7140 : f64[] @ models/lib/nn.yaml:90:7
%7145 = sub %4242, %7144 : f64[] @ models/lib/nn.yaml:90:7
%7146 = sqrt %7145 : f64[] @ models/lib/nn.yaml:90:7
%7147 = div %4242, %7146 : f64[] @ models/lib/nn.yaml:90:7
%7148 = sqrt %7139 : f32[16] @ models/lib/nn.yaml:90:7
%7149 = cast %7147 : f32[] @ models/lib/nn.yaml:90:7
%7150 = broadcast %7149 : f32[16] @ models/lib/nn.yaml:90:7
%7151 = mul %7148, %7150 : f32[16] @ models/lib/nn.yaml:90:7
%7152 = add %7151, %4407 : f32[16] @ models/lib/nn.yaml:90:7
%7153 = div %7135, %7152 : f32[16] @ models/lib/nn.yaml:90:7
%7154 = cast %7143 : f32[] @ models/lib/nn.yaml:90:7
%7155 = broadcast %7154 : f32[16] @ models/lib/nn.yaml:90:7
%7156 = mul %7153, %7155 : f32[16] @ models/lib/nn.yaml:90:7
%7157 = sub %62, %7156 : f32[16] @ models/lib/nn.yaml:90:7
%7158 = assign %62, %7157 : f32[16] @ models/lib/nn.yaml:90:7
%7159 = assign %7129, %7135 : f32[16] @ models/lib/nn.yaml:90:7
%7160 = assign %7130, %7139 : f32[16] @ models/lib/nn.yaml:90:7
%7161 = assign %7131, %7132 : i64[] @ models/lib/nn.yaml:90:7
%7162 = mul %140, %4418 : f32[16] @ models/lib/nn.yaml:90:7
%7163 = mul %7157, %4420 : f32[16] @ models/lib/nn.yaml:90:7
%7164 = add %7162, %7163 : f32[16] @ models/lib/nn.yaml:90:7
%7165 = assign %140, %7164 : f32[16] @ models/lib/nn.yaml:90:7
%7166 = all_reduce_sum %3599 : f32[64,16] @ models/lib/nn.yaml:79:7
%7167 = reshape %7166 : f32[1024] @ models/lib/nn.yaml:79:7
%7168 = mul %7167, %7167 : f32[1024] @ models/lib/nn.yaml:79:7
%7169 = reduce_sum %7168 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7170 = sqrt %7169 : f32[] @ models/lib/nn.yaml:79:7
%7171 = cast %7170 : f64[] @ models/lib/nn.yaml:79:7
%7172 = add %7171, %4238 : f64[] @ models/lib/nn.yaml:79:7
%7173 = div %4240, %7172 : f64[] @ models/lib/nn.yaml:79:7
%7174 = lt %7173, %4242 : bool[] @ models/lib/nn.yaml:79:7
%7175 = cast %7173 : f32[] @ models/lib/nn.yaml:79:7
%7176 = broadcast %7175 : f32[64,16] @ models/lib/nn.yaml:79:7
%7177 = mul %7166, %7176 : f32[64,16] @ models/lib/nn.yaml:79:7
%7178 = broadcast %7174 : bool[64,16] @ models/lib/nn.yaml:79:7
%7179 = select %7178, %7177, %7166 : f32[64,16] @ models/lib/nn.yaml:79:7
%7180 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7181 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7182 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7183 = add %7182, %4252 : i64[] @ models/lib/nn.yaml:79:7
%7184 = mul %63, %4869 : f32[64,16] @ models/lib/nn.yaml:79:7
%7185 = mul %7179, %4871 : f32[64,16] @ models/lib/nn.yaml:79:7
%7186 = mul %7180, %4873 : f32[64,16] @ models/lib/nn.yaml:79:7
%7187 = add %7186, %7185 : f32[64,16] @ models/lib/nn.yaml:79:7
%7188 = mul %7179, %7179 : f32[64,16] @ models/lib/nn.yaml:79:7
%7189 = mul %7188, %4877 : f32[64,16] @ models/lib/nn.yaml:79:7
%7190 = mul %7181, %4879 : f32[64,16] @ models/lib/nn.yaml:79:7
%7191 = add %7190, %7189 : f32[64,16] @ models/lib/nn.yaml:79:7
%7192 = cast %7183 : f64[] @ models/lib/nn.yaml:79:7
%7193 = pow %4261, %7192 : f64[] @ models/lib/nn.yaml:79:7
%7194 = sub %4242, %7193 : f64[] @ models/lib/nn.yaml:79:7
%7195 = div %2558, %7194 : f64[] @ models/lib/nn.yaml:79:7
%7196 = pow %4269, %7192 : f64[] @ models/lib/nn.yaml:79:7
%7197 = sub %4242, %7196 : f64[] @ models/lib/nn.yaml:79:7
%7198 = sqrt %7197 : f64[] @ models/lib/nn.yaml:79:7
%7199 = div %4242, %7198 : f64[] @ models/lib/nn.yaml:79:7
%7200 = sqrt %7191 : f32[64,16] @ models/lib/nn.yaml:79:7
%7201 = cast %7199 : f32[] @ models/lib/nn.yaml:79:7
%7202 = broadcast %7201 : f32[64,16] @ models/lib/nn.yaml:79:7
%7203 = mul %7200, %7202 : f32[64,16] @ models/lib/nn.yaml:79:7
%7204 = add %7203, %4894 : f32[64,16] @ models/lib/nn.yaml:79:7
%7205 = div %7187, %7204 : f32[64,16] @ models/lib/nn.yaml:79:7
%7206 = cast %7195 : f32[] @ models/lib/nn.yaml:79:7
%7207 = broadcast %7206 : f32[64,16] @ models/lib/nn.yaml:79:7
%7208 = mul %7205, %7207 : f32[64,16] @ models/lib/nn.yaml:79:7
%7209 = sub %7184, %7208 : f32[64,16] @ models/lib/nn.yaml:79:7
%7210 = assign %63, %7209 : f32[64,16] @ models/lib/nn.yaml:79:7
%7211 = assign %7180, %7187 : f32[64,16] @ models/lib/nn.yaml:79:7
%7212 = assign %7181, %7191 : f32[64,16] @ models/lib/nn.yaml:79:7
%7213 = assign %7182, %7183 : i64[] @ models/lib/nn.yaml:79:7
%7214 = mul %141, %4905 : f32[64,16] @ models/lib/nn.yaml:79:7
%7215 = mul %7209, %4907 : f32[64,16] @ models/lib/nn.yaml:79:7
%7216 = add %7214, %7215 : f32[64,16] @ models/lib/nn.yaml:79:7
%7217 = assign %141, %7216 : f32[64,16] @ models/lib/nn.yaml:79:7
%7218 = all_reduce_sum %3594 : f32[64] @ models/lib/nn.yaml:80:7
%7219 = mul %7218, %7218 : f32[64] @ models/lib/nn.yaml:80:7
%7220 = reduce_sum %7219 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7221 = sqrt %7220 : f32[] @ models/lib/nn.yaml:80:7
%7222 = cast %7221 : f64[] @ models/lib/nn.yaml:80:7
%7223 = add %7222, %4238 : f64[] @ models/lib/nn.yaml:80:7
%7224 = div %4240, %7223 : f64[] @ models/lib/nn.yaml:80:7
%7225 = lt %7224, %4242 : bool[] @ models/lib/nn.yaml:80:7
%7226 = cast %7224 : f32[] @ models/lib/nn.yaml:80:7
%7227 = broadcast %7226 : f32[64] @ models/lib/nn.yaml:80:7
%7228 = mul %7218, %7227 : f32[64] @ models/lib/nn.yaml:80:7
%7229 = broadcast %7225 : bool[64] @ models/lib/nn.yaml:80:7
%7230 = select %7229, %7228, %7218 : f32[64] @ models/lib/nn.yaml:80:7
%7231 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7232 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7233 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7234 = add %7233, %4252 : i64[] @ models/lib/nn.yaml:80:7
%7235 = mul %7230, %4928 : f32[64] @ models/lib/nn.yaml:80:7
%7236 = mul %7231, %4930 : f32[64] @ models/lib/nn.yaml:80:7
%7237 = add %7236, %7235 : f32[64] @ models/lib/nn.yaml:80:7
%7238 = mul %7230, %7230 : f32[64] @ models/lib/nn.yaml:80:7
%7239 = mul %7238, %4934 : f32[64] @ models/lib/nn.yaml:80:7
%7240 = mul %7232, %4936 : f32[64] @ models/lib/nn.yaml:80:7
%7241 = add %7240, %7239 : f32[64] @ models/lib/nn.yaml:80:7
%7242 = cast %7234 : f64[] @ models/lib/nn.yaml:80:7
%7243 = pow %4261, %7242 : f64[] @ models/lib/nn.yaml:80:7
%7244 = sub %4242, %7243 : f64[] @ models/lib/nn.yaml:80:7
%7245 = div %2558, %7244 : f64[] @ models/lib/nn.yaml:80:7
%7246 = pow %4269, %7242 : f64[] @ models/lib/nn.yaml:80:7
%7247 = sub %4242, %7246 : f64[] @ models/lib/nn.yaml:80:7
%7248 = sqrt %7247 : f64[] @ models/lib/nn.yaml:80:7
%7249 = div %4242, %7248 : f64[] @ models/lib/nn.yaml:80:7
%7250 = sqrt %7241 : f32[64] @ models/lib/nn.yaml:80:7
%7251 = cast %7249 : f32[] @ models/lib/nn.yaml:80:7
%7252 = broadcast %7251 : f32[64] @ models/lib/nn.yaml:80:7
%7253 = mul %7250, %7252 : f32[64] @ models/lib/nn.yaml:80:7
%7254 = add %7253, %4951 : f32[64] @ models/lib/nn.yaml:80:7
%7255 = div %7237, %7254 : f32[64] @ models/lib/nn.yaml:80:7
%7256 = cast %7245 : f32[] @ models/lib/nn.yaml:80:7
%7257 = broadcast %7256 : f32[64] @ models/lib/nn.yaml:80:7
%7258 = mul %7255, %7257 : f32[64] @ models/lib/nn.yaml:80:7
%7259 = sub %64, %7258 : f32[64] @ models/lib/nn.yaml:80:7
%7260 = assign %64, %7259 : f32[64] @ models/lib/nn.yaml:80:7
%7261 = assign %7231, %7237 : f32[64] @ models/lib/nn.yaml:80:7
%7262 = assign %7232, %7241 : f32[64] @ models/lib/nn.yaml:80:7
%7263 = assign %7233, %7234 : i64[] @ models/lib/nn.yaml:80:7
%7264 = mul %142, %4962 : f32[64] @ models/lib/nn.yaml:80:7
%7265 = mul %7259, %4964 : f32[64] @ models/lib/nn.yaml:80:7
%7266 = add %7264, %7265 : f32[64] @ models/lib/nn.yaml:80:7
%7267 = assign %142, %7266 : f32[64] @ models/lib/nn.yaml:80:7
%7268 = all_reduce_sum %3581 : f32[16,64] @ models/lib/nn.yaml:79:7
%7269 = reshape %7268 : f32[1024] @ models/lib/nn.yaml:79:7
%7270 = mul %7269, %7269 : f32[1024] @ models/lib/nn.yaml:79:7
%7271 = reduce_sum %7270 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7272 = sqrt %7271 : f32[] @ models/lib/nn.yaml:79:7
%7273 = cast %7272 : f64[] @ models/lib/nn.yaml:79:7
%7274 = add %7273, %4238 : f64[] @ models/lib/nn.yaml:79:7
%7275 = div %4240, %7274 : f64[] @ models/lib/nn.yaml:79:7
%7276 = lt %7275, %4242 : bool[] @ models/lib/nn.yaml:79:7
%7277 = cast %7275 : f32[] @ models/lib/nn.yaml:79:7
%7278 = broadcast %7277 : f32[16,64] @ models/lib/nn.yaml:79:7
%7279 = mul %7268, %7278 : f32[16,64] @ models/lib/nn.yaml:79:7
%7280 = broadcast %7276 : bool[16,64] @ models/lib/nn.yaml:79:7
%7281 = select %7280, %7279, %7268 : f32[16,64] @ models/lib/nn.yaml:79:7
%7282 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7283 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7284 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7285 = add %7284, %4252 : i64[] @ models/lib/nn.yaml:79:7
%7286 = mul %65, %4986 : f32[16,64] @ models/lib/nn.yaml:79:7
%7287 = mul %7281, %4988 : f32[16,64] @ models/lib/nn.yaml:79:7
%7288 = mul %7282, %4990 : f32[16,64] @ models/lib/nn.yaml:79:7
%7289 = add %7288, %7287 : f32[16,64] @ models/lib/nn.yaml:79:7
%7290 = mul %7281, %7281 : f32[16,64] @ models/lib/nn.yaml:79:7
%7291 = mul %7290, %4994 : f32[16,64] @ models/lib/nn.yaml:79:7
%7292 = mul %7283, %4996 : f32[16,64] @ models/lib/nn.yaml:79:7
%7293 = add %7292, %7291 : f32[16,64] @ models/lib/nn.yaml:79:7
%7294 = cast %7285 : f64[] @ models/lib/nn.yaml:79:7
%7295 = pow %4261, %7294 : f64[] @ models/lib/nn.yaml:79:7
%7296 = sub %4242, %7295 : f64[] @ models/lib/nn.yaml:79:7
%7297 = div %2558, %7296 : f64[] @ models/lib/nn.yaml:79:7
%7298 = pow %4269, %7294 : f64[] @ models/lib/nn.yaml:79:7
%7299 = sub %4242, %7298 : f64[] @ models/lib/nn.yaml:79:7
%7300 = sqrt %7299 : f64[] @ models/lib/nn.yaml:79:7
%7301 = div %4242, %7300 : f64[] @ models/lib/nn.yaml:79:7
%7302 = sqrt %7293 : f32[16,64] @ models/lib/nn.yaml:79:7
%7303 = cast %7301 : f32[] @ models/lib/nn.yaml:79:7
%7304 = broadcast %7303 : f32[16,64] @ models/lib/nn.yaml:79:7
%7305 = mul %7302, %7304 : f32[16,64] @ models/lib/nn.yaml:79:7
%7306 = add %7305, %5011 : f32[16,64] @ models/lib/nn.yaml:79:7
%7307 = div %7289, %7306 : f32[16,64] @ models/lib/nn.yaml:79:7
%7308 = cast %7297 : f32[] @ models/lib/nn.yaml:79:7
%7309 = broadcast %7308 : f32[16,64] @ models/lib/nn.yaml:79:7
%7310 = mul %7307, %7309 : f32[16,64] @ models/lib/nn.yaml:79:7
%7311 = sub %7286, %7310 : f32[16,64] @ models/lib/nn.yaml:79:7
%7312 = assign %65, %7311 : f32[16,64] @ models/lib/nn.yaml:79:7
%7313 = assign %7282, %7289 : f32[16,64] @ models/lib/nn.yaml:79:7
%7314 = assign %7283, %7293 : f32[16,64] @ models/lib/nn.yaml:79:7
%7315 = assign %7284, %7285 : i64[] @ models/lib/nn.yaml:79:7
%7316 = mul %143, %5022 : f32[16,64] @ models/lib/nn.yaml:79:7
%7317 = mul %7311, %5024 : f32[16,64] @ models/lib/nn.yaml:79:7
%7318 = add %7316, %7317 : f32[16,64] @ models/lib/nn.yaml:79:7
%7319 = assign %143, %7318 : f32[16,64] @ models/lib/nn.yaml:79:7
%7320 = all_reduce_sum %3576 : f32[16] @ models/lib/nn.yaml:80:7
%7321 = mul %7320, %7320 : f32[16] @ models/lib/nn.yaml:80:7
%7322 = reduce_sum %7321 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7323 = sqrt %7322 : f32[] @ models/lib/nn.yaml:80:7
%7324 = cast %7323 : f64[] @ models/lib/nn.yaml:80:7
%7325 = add %7324, %4238 : f64[] @ models/lib/nn.yaml:80:7
%7326 = div %4240, %7325 : f64[] @ models/lib/nn.yaml:80:7
%7327 = lt %7326, %4242 : bool[] @ models/lib/nn.yaml:80:7
%7328 = cast %7326 : f32[] @ models/lib/nn.yaml:80:7
%7329 = broadcast %7328 : f32[16] @ models/lib/nn.yaml:80:7
%7330 = mul %7320, %7329 : f32[16] @ models/lib/nn.yaml:80:7
%7331 = broadcast %7327 : bool[16] @ models/lib/nn.yaml:80:7
%7332 = select %7331, %7330, %7320 : f32[16] @ models/lib/nn.yaml:80:7
%7333 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7334 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7335 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7336 = add %7335, %4252 : i64[] @ models/lib/nn.yaml:80:7
%7337 = mul %7332, %4384 : f32[16] @ models/lib/nn.yaml:80:7
%7338 = mul %7333, %4386 : f32[16] @ models/lib/nn.yaml:80:7
%7339 = add %7338, %7337 : f32[16] @ models/lib/nn.yaml:80:7
%7340 = mul %7332, %7332 : f32[16] @ models/lib/nn.yaml:80:7
%7341 = mul %7340, %4390 : f32[16] @ models/lib/nn.yaml:80:7
%7342 = mul %7334, %4392 : f32[16] @ models/lib/nn.yaml:80:7
%7343 = add %7342, %7341 : f32[16] @ models/lib/nn.yaml:80:7
%7344 = cast %7336 : f64[] @ models/lib/nn.yaml:80:7
%7345 = pow %4261, %7344 : f64[] @ models/lib/nn.yaml:80:7
%7346 = sub %4242, %7345 : f64[] @ models/lib/nn.yaml:80:7
%7347 = div %2558, %7346 : f64[] @ models/lib/nn.yaml:80:7
%7348 = pow %4269, %7344 : f64[] @ models/lib/nn.yaml:80:7
%7349 = sub %4242, %7348 : f64[] @ models/lib/nn.yaml:80:7
%7350 = sqrt %7349 : f64[] @ models/lib/nn.yaml:80:7
%7351 = div %4242, %7350 : f64[] @ models/lib/nn.yaml:80:7
%7352 = sqrt %7343 : f32[16] @ models/lib/nn.yaml:80:7
%7353 = cast %7351 : f32[] @ models/lib/nn.yaml:80:7
%7354 = broadcast %7353 : f32[16] @ models/lib/nn.yaml:80:7
%7355 = mul %7352, %7354 : f32[16] @ models/lib/nn.yaml:80:7
%7356 = add %7355, %4407 : f32[16] @ models/lib/nn.yaml:80:7
%7357 = div %7339, %7356 : f32[16] @ models/lib/nn.yaml:80:7
%7358 = cast %7347 : f32[] @ models/lib/nn.yaml:80:7
%7359 = broadcast %7358 : f32[16] @ models/lib/nn.yaml:80:7
%7360 = mul %7357, %7359 : f32[16] @ models/lib/nn.yaml:80:7
%7361 = sub %66, %7360 : f32[16] @ models/lib/nn.yaml:80:7
%7362 = assign %66, %7361 : f32[16] @ models/lib/nn.yaml:80:7
%7363 = assign %7333, %7339 : f32[16] @ models/lib/nn.yaml:80:7
%7364 = assign %7334, %7343 : f32[16] @ models/lib/nn.yaml:80:7
%7365 = assign %7335, %7336 : i64[] @ models/lib/nn.yaml:80:7
%7366 = mul %144, %4418 : f32[16] @ models/lib/nn.yaml:80:7
%7367 = mul %7361, %4420 : f32[16] @ models/lib/nn.yaml:80:7
%7368 = add %7366, %7367 : f32[16] @ models/lib/nn.yaml:80:7
%7369 = assign %144, %7368 : f32[16] @ models/lib/nn.yaml:80:7
%7370 = all_reduce_sum %3553 : f32[16] @ models/lib/nn.yaml:89:7
%7371 = mul %7370, %7370 : f32[16] @ models/lib/nn.yaml:89:7
%7372 = reduce_sum %7371 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7373 = sqrt %7372 : f32[] @ models/lib/nn.yaml:89:7
%7374 = cast %7373 : f64[] @ models/lib/nn.yaml:89:7
%7375 = add %7374, %4238 : f64[] @ models/lib/nn.yaml:89:7
%7376 = div %4240, %7375 : f64[] @ models/lib/nn.yaml:89:7
%7377 = lt %7376, %4242 : bool[] @ models/lib/nn.yaml:89:7
%7378 = cast %7376 : f32[] @ models/lib/nn.yaml:89:7
%7379 = broadcast %7378 : f32[16] @ models/lib/nn.yaml:89:7
%7380 = mul %7370, %7379 : f32[16] @ models/lib/nn.yaml:89:7
%7381 = broadcast %7377 : bool[16] @ models/lib/nn.yaml:89:7
%7382 = select %7381, %7380, %7370 : f32[16] @ models/lib/nn.yaml:89:7
%7383 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7384 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7385 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7386 = add %7385, %4252 : i64[] @ models/lib/nn.yaml:89:7
%7387 = mul %7382, %4384 : f32[16] @ models/lib/nn.yaml:89:7
%7388 = mul %7383, %4386 : f32[16] @ models/lib/nn.yaml:89:7
%7389 = add %7388, %7387 : f32[16] @ models/lib/nn.yaml:89:7
%7390 = mul %7382, %7382 : f32[16] @ models/lib/nn.yaml:89:7
%7391 = mul %7390, %4390 : f32[16] @ models/lib/nn.yaml:89:7
%7392 = mul %7384, %4392 : f32[16] @ models/lib/nn.yaml:89:7
%7393 = add %7392, %7391 : f32[16] @ models/lib/nn.yaml:89:7
%7394 = cast %7386 : f64[] @ models/lib/nn.yaml:89:7
%7395 = pow %4261, %7394 : f64[] @ models/lib/nn.yaml:89:7
%7396 = sub %4242, %7395 : f64[] @ models/lib/nn.yaml:89:7
%7397 = div %2558, %7396 : f64[] @ models/lib/nn.yaml:89:7
%7398 = pow %4269, %7394 : f64[] @ models/lib/nn.yaml:89:7
%7399 = sub %4242, %7398 : f64[] @ models/lib/nn.yaml:89:7
%7400 = sqrt %7399 : f64[] @ models/lib/nn.yaml:89:7
%7401 = div %4242, %7400 : f64[] @ models/lib/nn.yaml:89:7
%7402 = sqrt %7393 : f32[16] @ models/lib/nn.yaml:89:7
%7403 = cast %7401 : f32[] @ models/lib/nn.yaml:89:7
%7404 = broadcast %7403 : f32[16] @ models/lib/nn.yaml:89:7
%7405 = mul %7402, %7404 : f32[16] @ models/lib/nn.yaml:89:7
%7406 = add %7405, %4407 : f32[16] @ models/lib/nn.yaml:89:7
%7407 = div %7389, %7406 : f32[16] @ models/lib/nn.yaml:89:7
%7408 = cast %7397 : f32[] @ models/lib/nn.yaml:89:7
%7409 = broadcast %7408 : f32[16] @ models/lib/nn.yaml:89:7
%7410 = mul %7407, %7409 : f32[16] @ models/lib/nn.yaml:89:7
%7411 = sub %67, %7410 : f32[16] @ models/lib/nn.yaml:89:7
%7412 = assign %67, %7411 : f32[16] @ models/lib/nn.yaml:89:7
%7413 = assign %7383, %7389 : f32[16] @ models/lib/nn.yaml:89:7
%7414 = assign %7384, %7393 : f32[16] @ models/lib/nn.yaml:89:7
%7415 = assign %7385, %7386 : i64[] @ models/lib/nn.yaml:89:7
%7416 = mul %145, %4418 : f32[16] @ models/lib/nn.yaml:89:7
%7417 = mul %7411, %4420 : f32[16] @ models/lib/nn.yaml:89:7
%7418 = add %7416, %7417 : f32[16] @ models/lib/nn.yaml:89:7
%7419 = assign %145, %7418 : f32[16] @ models/lib/nn.yaml:89:7
%7420 = all_reduce_sum %3546 : f32[16] @ models/lib/nn.yaml:90:7
%7421 = mul %7420, %7420 : f32[16] @ models/lib/nn.yaml:90:7
%7422 = reduce_sum %7421 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7423 = sqrt %7422 : f32[] @ models/lib/nn.yaml:90:7
%7424 = cast %7423 : f64[] @ models/lib/nn.yaml:90:7
%7425 = add %7424, %4238 : f64[] @ models/lib/nn.yaml:90:7
%7426 = div %4240, %7425 : f64[] @ models/lib/nn.yaml:90:7
%7427 = lt %7426, %4242 : bool[] @ models/lib/nn.yaml:90:7
%7428 = cast %7426 : f32[] @ models/lib/nn.yaml:90:7
%7429 = broadcast %7428 : f32[16] @ models/lib/nn.yaml:90:7
%7430 = mul %7420, %7429 : f32[16] @ models/lib/nn.yaml:90:7
%7431 = broadcast %7427 : bool[16] @ models/lib/nn.yaml:90:7
%7432 = select %7431, %7430, %7420 : f32[16] @ models/lib/nn.yaml:90:7
%7433 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7434 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7435 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7436 = add %7435, %4252 : i64[] @ models/lib/nn.yaml:90:7
%7437 = mul %7432, %4384 : f32[16] @ models/lib/nn.yaml:90:7
%7438 = mul %7433, %4386 : f32[16] @ models/lib/nn.yaml:90:7
%7439 = add %7438, %7437 : f32[16] @ models/lib/nn.yaml:90:7
%7440 = mul %7432, %7432 : f32[16] @ models/lib/nn.yaml:90:7
%7441 = mul %7440, %4390 : f32[16] @ models/lib/nn.yaml:90:7
%7442 = mul %7434, %4392 : f32[16] @ models/lib/nn.yaml:90:7
%7443 = add %7442, %7441 : f32[16] @ models/lib/nn.yaml:90:7
%7444 = cast %7436 : f64[] @ models/lib/nn.yaml:90:7
%7445 = pow %4261, %7444 : f64[] @ models/lib/nn.yaml:90:7
%7446 = sub %4242, %7445 : f64[] @ models/lib/nn.yaml:90:7
%7447 = div %2558, %7446 : f64[] @ models/lib/nn.yaml:90:7
%7448 = pow %4269, %7444 : f64[] @ models/lib/nn.yaml:90:7
%7449 = sub %4242, %7448 : f64[] @ models/lib/nn.yaml:90:7
%7450 = sqrt %7449 : f64[] @ models/lib/nn.yaml:90:7
%7451 = div %4242, %7450 : f64[] @ models/lib/nn.yaml:90:7
%7452 = sqrt %7443 : f32[16] @ models/lib/nn.yaml:90:7
%7453 = cast %7451 : f32[] @ models/lib/nn.yaml:90:7
%7454 = broadcast %7453 : f32[16] @ models/lib/nn.yaml:90:7
%7455 = mul %7452, %7454 : f32[16] @ models/lib/nn.yaml:90:7
%7456 = add %7455, %4407 : f32[16] @ models/lib/nn.yaml:90:7
%7457 = div %7439, %7456 : f32[16] @ models/lib/nn.yaml:90:7
%7458 = cast %7447 : f32[] @ models/lib/nn.yaml:90:7
%7459 = broadcast %7458 : f32[16] @ models/lib/nn.yaml:90:7
%7460 = mul %7457, %7459 : f32[16] @ models/lib/nn.yaml:90:7
%7461 = sub %68, %7460 : f32[16] @ models/lib/nn.yaml:90:7
%7462 = assign %68, %7461 : f32[16] @ models/lib/nn.yaml:90:7
%7463 = assign %7433, %7439 : f32[16] @ models/lib/nn.yaml:90:7
%7464 = assign %7434, %7443 : f32[16] @ models/lib/nn.yaml:90:7
%7465 = assign %7435, %7436 : i64[] @ models/lib/nn.yaml:90:7
%7466 = mul %146, %4418 : f32[16] @ models/lib/nn.yaml:90:7
%7467 = mul %7461, %4420 : f32[16] @ models/lib/nn.yaml:90:7
%7468 = add %7466, %7467 : f32[16] @ models/lib/nn.yaml:90:7
%7469 = assign %146, %7468 : f32[16] @ models/lib/nn.yaml:90:7
%7470 = all_reduce_sum %3539 : f32[24,16] @ models/lib/nn.yaml:79:7
%7471 = reshape %7470 : f32[384] @ models/lib/nn.yaml:79:7
%7472 = mul %7471, %7471 : f32[384] @ models/lib/nn.yaml:79:7
%7473 = reduce_sum %7472 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7474 = sqrt %7473 : f32[] @ models/lib/nn.yaml:79:7
%7475 = cast %7474 : f64[] @ models/lib/nn.yaml:79:7
%7476 = add %7475, %4238 : f64[] @ models/lib/nn.yaml:79:7
%7477 = div %4240, %7476 : f64[] @ models/lib/nn.yaml:79:7
%7478 = lt %7477, %4242 : bool[] @ models/lib/nn.yaml:79:7
%7479 = cast %7477 : f32[] @ models/lib/nn.yaml:79:7
%7480 = broadcast %7479 : f32[24,16] @ models/lib/nn.yaml:79:7
%7481 = mul %7470, %7480 : f32[24,16] @ models/lib/nn.yaml:79:7
%7482 = broadcast %7478 : bool[24,16] @ models/lib/nn.yaml:79:7
%7483 = select %7482, %7481, %7470 : f32[24,16] @ models/lib/nn.yaml:79:7
%7484 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%7485 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%7486 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7487 = add %7486, %4252 : i64[] @ models/lib/nn.yaml:79:7
%7488 = broadcast %4256 : f32[24,16] @ models/lib/nn.yaml:79:7
%7489 = mul %69, %7488 : f32[24,16] @ models/lib/nn.yaml:79:7
%7490 = broadcast %2314 : f32[24,16] @ models/lib/nn.yaml:79:7
%7491 = mul %7483, %7490 : f32[24,16] @ models/lib/nn.yaml:79:7
%7492 = broadcast %1568 : f32[24,16] @ models/lib/nn.yaml:79:7
%7493 = mul %7484, %7492 : f32[24,16] @ models/lib/nn.yaml:79:7
%7494 = add %7493, %7491 : f32[24,16] @ models/lib/nn.yaml:79:7
%7495 = mul %7483, %7483 : f32[24,16] @ models/lib/nn.yaml:79:7
%7496 = broadcast %4266 : f32[24,16] @ models/lib/nn.yaml:79:7
%7497 = mul %7495, %7496 : f32[24,16] @ models/lib/nn.yaml:79:7
%7498 = broadcast %4270 : f32[24,16] @ models/lib/nn.yaml:79:7
%7499 = mul %7485, %7498 : f32[24,16] @ models/lib/nn.yaml:79:7
%7500 = add %7499, %7497 : f32[24,16] @ models/lib/nn.yaml:79:7
%7501 = cast %7487 : f64[] @ models/lib/nn.yaml:79:7
%7502 = pow %4261, %7501 : f64[] @ models/lib/nn.yaml:79:7
%7503 = sub %4242, %7502 : f64[] @ models/lib/nn.yaml:79:7
%7504 = div %2558, %7503 : f64[] @ models/lib/nn.yaml:79:7
%7505 = pow %4269, %7501 : f64[] @ models/lib/nn.yaml:79:7
%7506 = sub %4242, %7505 : f64[] @ models/lib/nn.yaml:79:7
%7507 = sqrt %7506 : f64[] @ models/lib/nn.yaml:79:7
%7508 = div %4242, %7507 : f64[] @ models/lib/nn.yaml:79:7
%7509 = sqrt %7500 : f32[24,16] @ models/lib/nn.yaml:79:7
%7510 = cast %7508 : f32[] @ models/lib/nn.yaml:79:7
%7511 = broadcast %7510 : f32[24,16] @ models/lib/nn.yaml:79:7
%7512 = mul %7509, %7511 : f32[24,16] @ models/lib/nn.yaml:79:7
%7513 = broadcast %4286 : f32[24,16] @ models/lib/nn.yaml:79:7
%7514 = add %7512, %7513 : f32[24,16] @ models/lib/nn.yaml:79:7
%7515 = div %7494, %7514 : f32[24,16] @ models/lib/nn.yaml:79:7
%7516 = cast %7504 : f32[] @ models/lib/nn.yaml:79:7
%7517 = broadcast %7516 : f32[24,16] @ models/lib/nn.yaml:79:7
%7518 = mul %7515, %7517 : f32[24,16] @ models/lib/nn.yaml:79:7
%7519 = sub %7489, %7518 : f32[24,16] @ models/lib/nn.yaml:79:7
%7520 = assign %69, %7519 : f32[24,16] @ models/lib/nn.yaml:79:7
%7521 = assign %7484, %7494 : f32[24,16] @ models/lib/nn.yaml:79:7
%7522 = assign %7485, %7500 : f32[24,16] @ models/lib/nn.yaml:79:7
%7523 = assign %7486, %7487 : i64[] @ models/lib/nn.yaml:79:7
%7524 = broadcast %4298 : f32[24,16] @ models/lib/nn.yaml:79:7
%7525 = mul %147, %7524 : f32[24,16] @ models/lib/nn.yaml:79:7
%7526 = broadcast %4302 : f32[24,16] @ models/lib/nn.yaml:79:7
%7527 = mul %7519, %7526 : f32[24,16] @ models/lib/nn.yaml:79:7
%7528 = add %7525, %7527 : f32[24,16] @ models/lib/nn.yaml:79:7
%7529 = assign %147, %7528 : f32[24,16] @ models/lib/nn.yaml:79:7
%7530 = all_reduce_sum %3534 : f32[24] @ models/lib/nn.yaml:80:7
%7531 = mul %7530, %7530 : f32[24] @ models/lib/nn.yaml:80:7
%7532 = reduce_sum %7531 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7533 = sqrt %7532 : f32[] @ models/lib/nn.yaml:80:7
%7534 = cast %7533 : f64[] @ models/lib/nn.yaml:80:7
%7535 = add %7534, %4238 : f64[] @ models/lib/nn.yaml:80:7
%7536 = div %4240, %7535 : f64[] @ models/lib/nn.yaml:80:7
%7537 = lt %7536, %4242 : bool[] @ models/lib/nn.yaml:80:7
%7538 = cast %7536 : f32[] @ models/lib/nn.yaml:80:7
%7539 = broadcast %7538 : f32[24] @ models/lib/nn.yaml:80:7
%7540 = mul %7530, %7539 : f32[24] @ models/lib/nn.yaml:80:7
%7541 = broadcast %7537 : bool[24] @ models/lib/nn.yaml:80:7
%7542 = select %7541, %7540, %7530 : f32[24] @ models/lib/nn.yaml:80:7
%7543 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%7544 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%7545 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7546 = add %7545, %4252 : i64[] @ models/lib/nn.yaml:80:7
%7547 = broadcast %2314 : f32[24] @ models/lib/nn.yaml:80:7
%7548 = mul %7542, %7547 : f32[24] @ models/lib/nn.yaml:80:7
%7549 = broadcast %1568 : f32[24] @ models/lib/nn.yaml:80:7
%7550 = mul %7543, %7549 : f32[24] @ models/lib/nn.yaml:80:7
%7551 = add %7550, %7548 : f32[24] @ models/lib/nn.yaml:80:7
%7552 = mul %7542, %7542 : f32[24] @ models/lib/nn.yaml:80:7
%7553 = broadcast %4266 : f32[24] @ models/lib/nn.yaml:80:7
%7554 = mul %7552, %7553 : f32[24] @ models/lib/nn.yaml:80:7
%7555 = broadcast %4270 : f32[24] @ models/lib/nn.yaml:80:7
%7556 = mul %7544, %7555 : f32[24] @ models/lib/nn.yaml:80:7
%7557 = add %7556, %7554 : f32[24] @ models/lib/nn.yaml:80:7
%7558 = cast %7546 : f64[] @ models/lib/nn.yaml:80:7
%7559 = pow %4261, %7558 : f64[] @ models/lib/nn.yaml:80:7
%7560 = sub %4242, %7559 : f64[] @ models/lib/nn.yaml:80:7
%7561 = div %2558, %7560 : f64[] @ models/lib/nn.yaml:80:7
%7562 = pow %4269, %7558 : f64[] @ models/lib/nn.yaml:80:7
%7563 = sub %4242, %7562 : f64[] @ models/lib/nn.yaml:80:7
%7564 = sqrt %7563 : f64[] @ models/lib/nn.yaml:80:7
%7565 = div %4242, %7564 : f64[] @ models/lib/nn.yaml:80:7
%7566 = sqrt %7557 : f32[24] @ models/lib/nn.yaml:80:7
%7567 = cast %7565 : f32[] @ models/lib/nn.yaml:80:7
%7568 = broadcast %7567 : f32[24] @ models/lib/nn.yaml:80:7
%7569 = mul %7566, %7568 : f32[24] @ models/lib/nn.yaml:80:7
%7570 = broadcast %4286 : f32[24] @ models/lib/nn.yaml:80:7
%7571 = add %7569, %7570 : f32[24] @ models/lib/nn.yaml:80:7
%7572 = div %7551, %7571 : f32[24] @ models/lib/nn.yaml:80:7
%7573 = cast %7561 : f32[] @ models/lib/nn.yaml:80:7
%7574 = broadcast %7573 : f32[24] @ models/lib/nn.yaml:80:7
%7575 = mul %7572, %7574 : f32[24] @ models/lib/nn.yaml:80:7
%7576 = sub %70, %7575 : f32[24] @ models/lib/nn.yaml:80:7
%7577 = assign %70, %7576 : f32[24] @ models/lib/nn.yaml:80:7
%7578 = assign %7543, %7551 : f32[24] @ models/lib/nn.yaml:80:7
%7579 = assign %7544, %7557 : f32[24] @ models/lib/nn.yaml:80:7
%7580 = assign %7545, %7546 : i64[] @ models/lib/nn.yaml:80:7
%7581 = broadcast %4298 : f32[24] @ models/lib/nn.yaml:80:7
%7582 = mul %148, %7581 : f32[24] @ models/lib/nn.yaml:80:7
%7583 = broadcast %4302 : f32[24] @ models/lib/nn.yaml:80:7
%7584 = mul %7576, %7583 : f32[24] @ models/lib/nn.yaml:80:7
%7585 = add %7582, %7584 : f32[24] @ models/lib/nn.yaml:80:7
%7586 = assign %148, %7585 : f32[24] @ models/lib/nn.yaml:80:7
%7587 = all_reduce_sum %3521 : f32[24,24] @ models/lib/nn.yaml:79:7
%7588 = reshape %7587 : f32[576] @ models/lib/nn.yaml:79:7
%7589 = mul %7588, %7588 : f32[576] @ models/lib/nn.yaml:79:7
%7590 = reduce_sum %7589 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7591 = sqrt %7590 : f32[] @ models/lib/nn.yaml:79:7
%7592 = cast %7591 : f64[] @ models/lib/nn.yaml:79:7
%7593 = add %7592, %4238 : f64[] @ models/lib/nn.yaml:79:7
%7594 = div %4240, %7593 : f64[] @ models/lib/nn.yaml:79:7
%7595 = lt %7594, %4242 : bool[] @ models/lib/nn.yaml:79:7
%7596 = cast %7594 : f32[] @ models/lib/nn.yaml:79:7
%7597 = broadcast %7596 : f32[24,24] @ models/lib/nn.yaml:79:7
%7598 = mul %7587, %7597 : f32[24,24] @ models/lib/nn.yaml:79:7
%7599 = broadcast %7595 : bool[24,24] @ models/lib/nn.yaml:79:7
%7600 = select %7599, %7598, %7587 : f32[24,24] @ models/lib/nn.yaml:79:7
%7601 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%7602 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%7603 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7604 = add %7603, %4252 : i64[] @ models/lib/nn.yaml:79:7
%7605 = broadcast %4256 : f32[24,24] @ models/lib/nn.yaml:79:7
%7606 = mul %71, %7605 : f32[24,24] @ models/lib/nn.yaml:79:7
%7607 = broadcast %2314 : f32[24,24] @ models/lib/nn.yaml:79:7
%7608 = mul %7600, %7607 : f32[24,24] @ models/lib/nn.yaml:79:7
%7609 = broadcast %1568 : f32[24,24] @ models/lib/nn.yaml:79:7
%7610 = mul %7601, %7609 : f32[24,24] @ models/lib/nn.yaml:79:7
%7611 = add %7610, %7608 : f32[24,24] @ models/lib/nn.yaml:79:7
%7612 = mul %7600, %7600 : f32[24,24] @ models/lib/nn.yaml:79:7
%7613 = broadcast %4266 : f32[24,24] @ models/lib/nn.yaml:79:7
%7614 = mul %7612, %7613 : f32[24,24] @ models/lib/nn.yaml:79:7
%7615 = broadcast %4270 : f32[24,24] @ models/lib/nn.yaml:79:7
%7616 = mul %7602, %7615 : f32[24,24] @ models/lib/nn.yaml:79:7
%7617 = add %7616, %7614 : f32[24,24] @ models/lib/nn.yaml:79:7
%7618 = cast %7604 : f64[] @ models/lib/nn.yaml:79:7
%7619 = pow %4261, %7618 : f64[] @ models/lib/nn.yaml:79:7
%7620 = sub %4242, %7619 : f64[] @ models/lib/nn.yaml:79:7
%7621 = div %2558, %7620 : f64[] @ models/lib/nn.yaml:79:7
%7622 = pow %4269, %7618 : f64[] @ models/lib/nn.yaml:79:7
%7623 = sub %4242, %7622 : f64[] @ models/lib/nn.yaml:79:7
%7624 = sqrt %7623 : f64[] @ models/lib/nn.yaml:79:7
%7625 = div %4242, %7624 : f64[] @ models/lib/nn.yaml:79:7
%7626 = sqrt %7617 : f32[24,24] @ models/lib/nn.yaml:79:7
%7627 = cast %7625 : f32[] @ models/lib/nn.yaml:79:7
%7628 = broadcast %7627 : f32[24,24] @ models/lib/nn.yaml:79:7
%7629 = mul %7626, %7628 : f32[24,24] @ models/lib/nn.yaml:79:7
%7630 = broadcast %4286 : f32[24,24] @ models/lib/nn.yaml:79:7
%7631 = add %7629, %7630 : f32[24,24] @ models/lib/nn.yaml:79:7
%7632 = div %7611, %7631 : f32[24,24] @ models/lib/nn.yaml:79:7
%7633 = cast %7621 : f32[] @ models/lib/nn.yaml:79:7
%7634 = broadcast %7633 : f32[24,24] @ models/lib/nn.yaml:79:7
%7635 = mul %7632, %7634 : f32[24,24] @ models/lib/nn.yaml:79:7
%7636 = sub %7606, %7635 : f32[24,24] @ models/lib/nn.yaml:79:7
%7637 = assign %71, %7636 : f32[24,24] @ models/lib/nn.yaml:79:7
%7638 = assign %7601, %7611 : f32[24,24] @ models/lib/nn.yaml:79:7
%7639 = assign %7602, %7617 : f32[24,24] @ models/lib/nn.yaml:79:7
%7640 = assign %7603, %7604 : i64[] @ models/lib/nn.yaml:79:7
%7641 = broadcast %4298 : f32[24,24] @ models/lib/nn.yaml:79:7
%7642 = mul %149, %7641 : f32[24,24] @ models/lib/nn.yaml:79:7
%7643 = broadcast %4302 : f32[24,24] @ models/lib/nn.yaml:79:7
%7644 = mul %7636, %7643 : f32[24,24] @ models/lib/nn.yaml:79:7
%7645 = add %7642, %7644 : f32[24,24] @ models/lib/nn.yaml:79:7
%7646 = assign %149, %7645 : f32[24,24] @ models/lib/nn.yaml:79:7
%7647 = all_reduce_sum %3516 : f32[24] @ models/lib/nn.yaml:80:7
%7648 = mul %7647, %7647 : f32[24] @ models/lib/nn.yaml:80:7
%7649 = reduce_sum %7648 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7650 = sqrt %7649 : f32[] @ models/lib/nn.yaml:80:7
%7651 = cast %7650 : f64[] @ models/lib/nn.yaml:80:7
%7652 = add %7651, %4238 : f64[] @ models/lib/nn.yaml:80:7
%7653 = div %4240, %7652 : f64[] @ models/lib/nn.yaml:80:7
%7654 = lt %7653, %4242 : bool[] @ models/lib/nn.yaml:80:7
%7655 = cast %7653 : f32[] @ models/lib/nn.yaml:80:7
%7656 = broadcast %7655 : f32[24] @ models/lib/nn.yaml:80:7
%7657 = mul %7647, %7656 : f32[24] @ models/lib/nn.yaml:80:7
%7658 = broadcast %7654 : bool[24] @ models/lib/nn.yaml:80:7
%7659 = select %7658, %7657, %7647 : f32[24] @ models/lib/nn.yaml:80:7
%7660 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%7661 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%7662 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7663 = add %7662, %4252 : i64[] @ models/lib/nn.yaml:80:7
%7664 = mul %7659, %7547 : f32[24] @ models/lib/nn.yaml:80:7
%7665 = mul %7660, %7549 : f32[24] @ models/lib/nn.yaml:80:7
%7666 = add %7665, %7664 : f32[24] @ models/lib/nn.yaml:80:7
%7667 = mul %7659, %7659 : f32[24] @ models/lib/nn.yaml:80:7
%7668 = mul %7667, %7553 : f32[24] @ models/lib/nn.yaml:80:7
%7669 = mul %7661, %7555 : f32[24] @ models/lib/nn.yaml:80:7
%7670 = add %7669, %7668 : f32[24] @ models/lib/nn.yaml:80:7
%7671 = cast %7663 : f64[] @ models/lib/nn.yaml:80:7
%7672 = pow %4261, %7671 : f64[] @ models/lib/nn.yaml:80:7
%7673 = sub %4242, %7672 : f64[] @ models/lib/nn.yaml:80:7
%7674 = div %2558, %7673 : f64[] @ models/lib/nn.yaml:80:7
%7675 = pow %4269, %7671 : f64[] @ models/lib/nn.yaml:80:7
%7676 = sub %4242, %7675 : f64[] @ models/lib/nn.yaml:80:7
%7677 = sqrt %7676 : f64[] @ models/lib/nn.yaml:80:7
%7678 = div %4242, %7677 : f64[] @ models/lib/nn.yaml:80:7
%7679 = sqrt %7670 : f32[24] @ models/lib/nn.yaml:80:7
%7680 = cast %7678 : f32[] @ models/lib/nn.yaml:80:7
%7681 = broadcast %7680 : f32[24] @ models/lib/nn.yaml:80:7
%7682 = mul %7679, %7681 : f32[24] @ models/lib/nn.yaml:80:7
%7683 = add %7682, %7570 : f32[24] @ models/lib/nn.yaml:80:7
%7684 = div %7666, %7683 : f32[24] @ models/lib/nn.yaml:80:7
%7685 = cast %7674 : f32[] @ models/lib/nn.yaml:80:7
%7686 = broadcast %7685 : f32[24] @ models/lib/nn.yaml:80:7
%7687 = mul %7684, %7686 : f32[24] @ models/lib/nn.yaml:80:7
%7688 = sub %72, %7687 : f32[24] @ models/lib/nn.yaml:80:7
%7689 = assign %72, %7688 : f32[24] @ models/lib/nn.yaml:80:7
%7690 = assign %7660, %7666 : f32[24] @ models/lib/nn.yaml:80:7
%7691 = assign %7661, %7670 : f32[24] @ models/lib/nn.yaml:80:7
%7692 = assign %7662, %7663 : i64[] @ models/lib/nn.yaml:80:7
%7693 = mul %150, %7581 : f32[24] @ models/lib/nn.yaml:80:7
%7694 = mul %7688, %7583 : f32[24] @ models/lib/nn.yaml:80:7
%7695 = add %7693, %7694 : f32[24] @ models/lib/nn.yaml:80:7
%7696 = assign %150, %7695 : f32[24] @ models/lib/nn.yaml:80:7
%7697 = all_reduce_sum %3503 : f32[8,24] @ models/lib/nn.yaml:79:7
%7698 = reshape %7697 : f32[192] @ models/lib/nn.yaml:79:7
%7699 = mul %7698, %7698 : f32[192] @ models/lib/nn.yaml:79:7
%7700 = reduce_sum %7699 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7701 = sqrt %7700 : f32[] @ models/lib/nn.yaml:79:7
%7702 = cast %7701 : f64[] @ models/lib/nn.yaml:79:7
%7703 = add %7702, %4238 : f64[] @ models/lib/nn.yaml:79:7
%7704 = div %4240, %7703 : f64[] @ models/lib/nn.yaml:79:7
%7705 = lt %7704, %4242 : bool[] @ models/lib/nn.yaml:79:7
%7706 = cast %7704 : f32[] @ models/lib/nn.yaml:79:7
%7707 = broadcast %7706 : f32[8,24] @ models/lib/nn.yaml:79:7
%7708 = mul %7697, %7707 : f32[8,24] @ models/lib/nn.yaml:79:7
%7709 = broadcast %7705 : bool[8,24] @ models/lib/nn.yaml:79:7
%7710 = select %7709, %7708, %7697 : f32[8,24] @ models/lib/nn.yaml:79:7
%7711 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%7712 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%7713 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7714 = add %7713, %4252 : i64[] @ models/lib/nn.yaml:79:7
%7715 = broadcast %4256 : f32[8,24] @ models/lib/nn.yaml:79:7
%7716 = mul %73, %7715 : f32[8,24] @ models/lib/nn.yaml:79:7
%7717 = broadcast %2314 : f32[8,24] @ models/lib/nn.yaml:79:7
%7718 = mul %7710, %7717 : f32[8,24] @ models/lib/nn.yaml:79:7
%7719 = broadcast %1568 : f32[8,24] @ models/lib/nn.yaml:79:7
%7720 = mul %7711, %7719 : f32[8,24] @ models/lib/nn.yaml:79:7
%7721 = add %7720, %7718 : f32[8,24] @ models/lib/nn.yaml:79:7
%7722 = mul %7710, %7710 : f32[8,24] @ models/lib/nn.yaml:79:7
%7723 = broadcast %4266 : f32[8,24] @ models/lib/nn.yaml:79:7
%7724 = mul %7722, %7723 : f32[8,24] @ models/lib/nn.yaml:79:7
%7725 = broadcast %4270 : f32[8,24] @ models/lib/nn.yaml:79:7
%7726 = mul %7712, %7725 : f32[8,24] @ models/lib/nn.yaml:79:7
%7727 = add %7726, %7724 : f32[8,24] @ models/lib/nn.yaml:79:7
%7728 = cast %7714 : f64[] @ models/lib/nn.yaml:79:7
%7729 = pow %4261, %7728 : f64[] @ models/lib/nn.yaml:79:7
%7730 = sub %4242, %7729 : f64[] @ models/lib/nn.yaml:79:7
%7731 = div %2558, %7730 : f64[] @ models/lib/nn.yaml:79:7
%7732 = pow %4269, %7728 : f64[] @ models/lib/nn.yaml:79:7
%7733 = sub %4242, %7732 : f64[] @ models/lib/nn.yaml:79:7
%7734 = sqrt %7733 : f64[] @ models/lib/nn.yaml:79:7
%7735 = div %4242, %7734 : f64[] @ models/lib/nn.yaml:79:7
%7736 = sqrt %7727 : f32[8,24] @ models/lib/nn.yaml:79:7
%7737 = cast %7735 : f32[] @ models/lib/nn.yaml:79:7
%7738 = broadcast %7737 : f32[8,24] @ models/lib/nn.yaml:79:7
%7739 = mul %7736, %7738 : f32[8,24] @ models/lib/nn.yaml:79:7
%7740 = broadcast %4286 : f32[8,24] @ models/lib/nn.yaml:79:7
%7741 = add %7739, %7740 : f32[8,24] @ models/lib/nn.yaml:79:7
%7742 = div %7721, %7741 : f32[8,24] @ models/lib/nn.yaml:79:7
%7743 = cast %7731 : f32[] @ models/lib/nn.yaml:79:7
%7744 = broadcast %7743 : f32[8,24] @ models/lib/nn.yaml:79:7
%7745 = mul %7742, %7744 : f32[8,24] @ models/lib/nn.yaml:79:7
%7746 = sub %7716, %7745 : f32[8,24] @ models/lib/nn.yaml:79:7
%7747 = assign %73, %7746 : f32[8,24] @ models/lib/nn.yaml:79:7
%7748 = assign %7711, %7721 : f32[8,24] @ models/lib/nn.yaml:79:7
%7749 = assign %7712, %7727 : f32[8,24] @ models/lib/nn.yaml:79:7
%7750 = assign %7713, %7714 : i64[] @ models/lib/nn.yaml:79:7
%7751 = broadcast %4298 : f32[8,24] @ models/lib/nn.yaml:79:7
%7752 = mul %151, %7751 : f32[8,24] @ models/lib/nn.yaml:79:7
%7753 = broadcast %4302 : f32[8,24] @ models/lib/nn.yaml:79:7
%7754 = mul %7746, %7753 : f32[8,24] @ models/lib/nn.yaml:79:7
%7755 = add %7752, %7754 : f32[8,24] @ models/lib/nn.yaml:79:7
%7756 = assign %151, %7755 : f32[8,24] @ models/lib/nn.yaml:79:7
%7757 = all_reduce_sum %3498 : f32[8] @ models/lib/nn.yaml:80:7
%7758 = mul %7757, %7757 : f32[8] @ models/lib/nn.yaml:80:7
%7759 = reduce_sum %7758 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7760 = sqrt %7759 : f32[] @ models/lib/nn.yaml:80:7
%7761 = cast %7760 : f64[] @ models/lib/nn.yaml:80:7
%7762 = add %7761, %4238 : f64[] @ models/lib/nn.yaml:80:7
%7763 = div %4240, %7762 : f64[] @ models/lib/nn.yaml:80:7
%7764 = lt %7763, %4242 : bool[] @ models/lib/nn.yaml:80:7
%7765 = cast %7763 : f32[] @ models/lib/nn.yaml:80:7
%7766 = broadcast %7765 : f32[8] @ models/lib/nn.yaml:80:7
%7767 = mul %7757, %7766 : f32[8] @ models/lib/nn.yaml:80:7
%7768 = broadcast %7764 : bool[8] @ models/lib/nn.yaml:80:7
%7769 = select %7768, %7767, %7757 : f32[8] @ models/lib/nn.yaml:80:7
%7770 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%7771 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%7772 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7773 = add %7772, %4252 : i64[] @ models/lib/nn.yaml:80:7
%7774 = broadcast %2314 : f32[8] @ models/lib/nn.yaml:80:7
%7775 = mul %7769, %7774 : f32[8] @ models/lib/nn.yaml:80:7
%7776 = broadcast %1568 : f32[8] @ models/lib/nn.yaml:80:7
%7777 = mul %7770, %7776 : f32[8] @ models/lib/nn.yaml:80:7
%7778 = add %7777, %7775 : f32[8] @ models/lib/nn.yaml:80:7
%7779 = mul %7769, %7769 : f32[8] @ models/lib/nn.yaml:80:7
%7780 = broadcast %4266 : f32[8] @ models/lib/nn.yaml:80:7
%7781 = mul %7779, %7780 : f32[8] @ models/lib/nn.yaml:80:7
%7782 = broadcast %4270 : f32[8] @ models/lib/nn.yaml:80:7
%7783 = mul %7771, %7782 : f32[8] @ models/lib/nn.yaml:80:7
%7784 = add %7783, %7781 : f32[8] @ models/lib/nn.yaml:80:7
%7785 = cast %7773 : f64[] @ models/lib/nn.yaml:80:7
%7786 = pow %4261, %7785 : f64[] @ models/lib/nn.yaml:80:7
%7787 = sub %4242, %7786 : f64[] @ models/lib/nn.yaml:80:7
%7788 = div %2558, %7787 : f64[] @ models/lib/nn.yaml:80:7
%7789 = pow %4269, %7785 : f64[] @ models/lib/nn.yaml:80:7
%7790 = sub %4242, %7789 : f64[] @ models/lib/nn.yaml:80:7
%7791 = sqrt %7790 : f64[] @ models/lib/nn.yaml:80:7
%7792 = div %4242, %7791 : f64[] @ models/lib/nn.yaml:80:7
%7793 = sqrt %7784 : f32[8] @ models/lib/nn.yaml:80:7
%7794 = cast %7792 : f32[] @ models/lib/nn.yaml:80:7
%7795 = broadcast %7794 : f32[8] @ models/lib/nn.yaml:80:7
%7796 = mul %7793, %7795 : f32[8] @ models/lib/nn.yaml:80:7
%7797 = broadcast %4286 : f32[8] @ models/lib/nn.yaml:80:7
%7798 = add %7796, %7797 : f32[8] @ models/lib/nn.yaml:80:7
%7799 = div %7778, %7798 : f32[8] @ models/lib/nn.yaml:80:7
%7800 = cast %7788 : f32[] @ models/lib/nn.yaml:80:7
%7801 = broadcast %7800 : f32[8] @ models/lib/nn.yaml:80:7
%7802 = mul %7799, %7801 : f32[8] @ models/lib/nn.yaml:80:7
%7803 = sub %74, %7802 : f32[8] @ models/lib/nn.yaml:80:7
%7804 = assign %74, %7803 : f32[8] @ models/lib/nn.yaml:80:7
%7805 = assign %7770, %7778 : f32[8] @ models/lib/nn.yaml:80:7
%7806 = assign %7771, %7784 : f32[8] @ models/lib/nn.yaml:80:7
%7807 = assign %7772, %7773 : i64[] @ models/lib/nn.yaml:80:7
%7808 = broadcast %4298 : f32[8] @ models/lib/nn.yaml:80:7
%7809 = mul %152, %7808 : f32[8] @ models/lib/nn.yaml:80:7
%7810 = broadcast %4302 : f32[8] @ models/lib/nn.yaml:80:7
%7811 = mul %7803, %7810 : f32[8] @ models/lib/nn.yaml:80:7
%7812 = add %7809, %7811 : f32[8] @ models/lib/nn.yaml:80:7
%7813 = assign %152, %7812 : f32[8] @ models/lib/nn.yaml:80:7
%7814 = broadcast %4298 : f32[32,1] @ models/lib/dino.yaml:18:7
%7815 = mul %153, %7814 : f32[32,1] @ models/lib/dino.yaml:18:7
%7816 = broadcast %4302 : f32[32,1] @ models/lib/dino.yaml:18:7
%7817 = mul %75, %7816 : f32[32,1] @ models/lib/dino.yaml:18:7
%7818 = add %7815, %7817 : f32[32,1] @ models/lib/dino.yaml:18:7
%7819 = assign %153, %7818 : f32[32,1] @ models/lib/dino.yaml:18:7
%7820 = all_reduce_sum %3480 : f32[32,8] @ models/lib/dino.yaml:19:7
%7821 = reshape %7820 : f32[256] @ models/lib/dino.yaml:19:7
%7822 = mul %7821, %7821 : f32[256] @ models/lib/dino.yaml:19:7
%7823 = reduce_sum %7822 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%7824 = sqrt %7823 : f32[] @ models/lib/dino.yaml:19:7
%7825 = cast %7824 : f64[] @ models/lib/dino.yaml:19:7
%7826 = add %7825, %4238 : f64[] @ models/lib/dino.yaml:19:7
%7827 = div %4240, %7826 : f64[] @ models/lib/dino.yaml:19:7
%7828 = lt %7827, %4242 : bool[] @ models/lib/dino.yaml:19:7
%7829 = cast %7827 : f32[] @ models/lib/dino.yaml:19:7
%7830 = broadcast %7829 : f32[32,8] @ models/lib/dino.yaml:19:7
%7831 = mul %7820, %7830 : f32[32,8] @ models/lib/dino.yaml:19:7
%7832 = broadcast %7828 : bool[32,8] @ models/lib/dino.yaml:19:7
%7833 = select %7832, %7831, %7820 : f32[32,8] @ models/lib/dino.yaml:19:7
%7834 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%7835 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%7836 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%7837 = add %7836, %4252 : i64[] @ models/lib/dino.yaml:19:7
%7838 = broadcast %4256 : f32[32,8] @ models/lib/dino.yaml:19:7
%7839 = mul %76, %7838 : f32[32,8] @ models/lib/dino.yaml:19:7
%7840 = broadcast %2314 : f32[32,8] @ models/lib/dino.yaml:19:7
%7841 = mul %7833, %7840 : f32[32,8] @ models/lib/dino.yaml:19:7
%7842 = broadcast %1568 : f32[32,8] @ models/lib/dino.yaml:19:7
%7843 = mul %7834, %7842 : f32[32,8] @ models/lib/dino.yaml:19:7
%7844 = add %7843, %7841 : f32[32,8] @ models/lib/dino.yaml:19:7
%7845 = mul %7833, %7833 : f32[32,8] @ models/lib/dino.yaml:19:7
%7846 = broadcast %4266 : f32[32,8] @ models/lib/dino.yaml:19:7
%7847 = mul %7845, %7846 : f32[32,8] @ models/lib/dino.yaml:19:7
%7848 = broadcast %4270 : f32[32,8] @ models/lib/dino.yaml:19:7
%7849 = mul %7835, %7848 : f32[32,8] @ models/lib/dino.yaml:19:7
%7850 = add %7849, %7847 : f32[32,8] @ models/lib/dino.yaml:19:7
%7851 = cast %7837 : f64[] @ models/lib/dino.yaml:19:7
%7852 = pow %4261, %7851 : f64[] @ models/lib/dino.yaml:19:7
%7853 = sub %4242, %7852 : f64[] @ models/lib/dino.yaml:19:7
%7854 = div %2558, %7853 : f64[] @ models/lib/dino.yaml:19:7
%7855 = pow %4269, %7851 : f64[] @ models/lib/dino.yaml:19:7
%7856 = sub %4242, %7855 : f64[] @ models/lib/dino.yaml:19:7
%7857 = sqrt %7856 : f64[] @ models/lib/dino.yaml:19:7
%7858 = div %4242, %7857 : f64[] @ models/lib/dino.yaml:19:7
%7859 = sqrt %7850 : f32[32,8] @ models/lib/dino.yaml:19:7
%7860 = cast %7858 : f32[] @ models/lib/dino.yaml:19:7
%7861 = broadcast %7860 : f32[32,8] @ models/lib/dino.yaml:19:7
%7862 = mul %7859, %7861 : f32[32,8] @ models/lib/dino.yaml:19:7
%7863 = broadcast %4286 : f32[32,8] @ models/lib/dino.yaml:19:7
%7864 = add %7862, %7863 : f32[32,8] @ models/lib/dino.yaml:19:7
%7865 = div %7844, %7864 : f32[32,8] @ models/lib/dino.yaml:19:7
%7866 = cast %7854 : f32[] @ models/lib/dino.yaml:19:7
%7867 = broadcast %7866 : f32[32,8] @ models/lib/dino.yaml:19:7
%7868 = mul %7865, %7867 : f32[32,8] @ models/lib/dino.yaml:19:7
%7869 = sub %7839, %7868 : f32[32,8] @ models/lib/dino.yaml:19:7
%7870 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%7871 = lt %7870, %4252 : bool[] @ models/lib/dino.yaml:19:7
%7872 = broadcast %7871 : bool[32,8] @ models/lib/dino.yaml:19:7
%7873 = select %7872, %76, %7869 : f32[32,8] @ models/lib/dino.yaml:19:7
%7874 = select %7872, %7834, %7844 : f32[32,8] @ models/lib/dino.yaml:19:7
%7875 = select %7872, %7835, %7850 : f32[32,8] @ models/lib/dino.yaml:19:7
%7876 = select %7871, %7836, %7837 : i64[] @ models/lib/dino.yaml:19:7
%7877 = assign %76, %7873 : f32[32,8] @ models/lib/dino.yaml:19:7
%7878 = assign %7834, %7874 : f32[32,8] @ models/lib/dino.yaml:19:7
%7879 = assign %7835, %7875 : f32[32,8] @ models/lib/dino.yaml:19:7
%7880 = assign %7836, %7876 : i64[] @ models/lib/dino.yaml:19:7
%7881 = broadcast %4298 : f32[32,8] @ models/lib/dino.yaml:19:7
%7882 = mul %154, %7881 : f32[32,8] @ models/lib/dino.yaml:19:7
%7883 = broadcast %4302 : f32[32,8] @ models/lib/dino.yaml:19:7
%7884 = mul %7873, %7883 : f32[32,8] @ models/lib/dino.yaml:19:7
%7885 = add %7882, %7884 : f32[32,8] @ models/lib/dino.yaml:19:7
%7886 = assign %154, %7885 : f32[32,8] @ models/lib/dino.yaml:19:7
%7887 = all_reduce_sum %3464 : f32[24,16] @ models/lib/nn.yaml:79:7
%7888 = reshape %7887 : f32[384] @ models/lib/nn.yaml:79:7
%7889 = mul %7888, %7888 : f32[384] @ models/lib/nn.yaml:79:7
%7890 = reduce_sum %7889 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7891 = sqrt %7890 : f32[] @ models/lib/nn.yaml:79:7
%7892 = cast %7891 : f64[] @ models/lib/nn.yaml:79:7
%7893 = add %7892, %4238 : f64[] @ models/lib/nn.yaml:79:7
%7894 = div %4240, %7893 : f64[] @ models/lib/nn.yaml:79:7
%7895 = lt %7894, %4242 : bool[] @ models/lib/nn.yaml:79:7
%7896 = cast %7894 : f32[] @ models/lib/nn.yaml:79:7
%7897 = broadcast %7896 : f32[24,16] @ models/lib/nn.yaml:79:7
%7898 = mul %7887, %7897 : f32[24,16] @ models/lib/nn.yaml:79:7
%7899 = broadcast %7895 : bool[24,16] @ models/lib/nn.yaml:79:7
%7900 = select %7899, %7898, %7887 : f32[24,16] @ models/lib/nn.yaml:79:7
%7901 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%7902 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%7903 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7904 = add %7903, %4252 : i64[] @ models/lib/nn.yaml:79:7
%7905 = mul %77, %7488 : f32[24,16] @ models/lib/nn.yaml:79:7
%7906 = mul %7900, %7490 : f32[24,16] @ models/lib/nn.yaml:79:7
%7907 = mul %7901, %7492 : f32[24,16] @ models/lib/nn.yaml:79:7
%7908 = add %7907, %7906 : f32[24,16] @ models/lib/nn.yaml:79:7
%7909 = mul %7900, %7900 : f32[24,16] @ models/lib/nn.yaml:79:7
%7910 = mul %7909, %7496 : f32[24,16] @ models/lib/nn.yaml:79:7
%7911 = mul %7902, %7498 : f32[24,16] @ models/lib/nn.yaml:79:7
%7912 = add %7911, %7910 : f32[24,16] @ models/lib/nn.yaml:79:7
%7913 = cast %7904 : f64[] @ models/lib/nn.yaml:79:7
%7914 = pow %4261, %7913 : f64[] @ models/lib/nn.yaml:79:7
%7915 = sub %4242, %7914 : f64[] @ models/lib/nn.yaml:79:7
%7916 = div %2558, %7915 : f64[] @ models/lib/nn.yaml:79:7
%7917 = pow %4269, %7913 : f64[] @ models/lib/nn.yaml:79:7
%7918 = sub %4242, %7917 : f64[] @ models/lib/nn.yaml:79:7
%7919 = sqrt %7918 : f64[] @ models/lib/nn.yaml:79:7
%7920 = div %4242, %7919 : f64[] @ models/lib/nn.yaml:79:7
%7921 = sqrt %7912 : f32[24,16] @ models/lib/nn.yaml:79:7
%7922 = cast %7920 : f32[] @ models/lib/nn.yaml:79:7
%7923 = broadcast %7922 : f32[24,16] @ models/lib/nn.yaml:79:7
%7924 = mul %7921, %7923 : f32[24,16] @ models/lib/nn.yaml:79:7
%7925 = add %7924, %7513 : f32[24,16] @ models/lib/nn.yaml:79:7
%7926 = div %7908, %7925 : f32[24,16] @ models/lib/nn.yaml:79:7
%7927 = cast %7916 : f32[] @ models/lib/nn.yaml:79:7
%7928 = broadcast %7927 : f32[24,16] @ models/lib/nn.yaml:79:7
%7929 = mul %7926, %7928 : f32[24,16] @ models/lib/nn.yaml:79:7
%7930 = sub %7905, %7929 : f32[24,16] @ models/lib/nn.yaml:79:7
%7931 = assign %77, %7930 : f32[24,16] @ models/lib/nn.yaml:79:7
%7932 = assign %7901, %7908 : f32[24,16] @ models/lib/nn.yaml:79:7
%7933 = assign %7902, %7912 : f32[24,16] @ models/lib/nn.yaml:79:7
%7934 = assign %7903, %7904 : i64[] @ models/lib/nn.yaml:79:7
%7935 = mul %155, %7524 : f32[24,16] @ models/lib/nn.yaml:79:7
%7936 = mul %7930, %7526 : f32[24,16] @ models/lib/nn.yaml:79:7
%7937 = add %7935, %7936 : f32[24,16] @ models/lib/nn.yaml:79:7
%7938 = assign %155, %7937 : f32[24,16] @ models/lib/nn.yaml:79:7
%7939 = all_reduce_sum %3459 : f32[24] @ models/lib/nn.yaml:80:7
%7940 = mul %7939, %7939 : f32[24] @ models/lib/nn.yaml:80:7
%7941 = reduce_sum %7940 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7942 = sqrt %7941 : f32[] @ models/lib/nn.yaml:80:7
%7943 = cast %7942 : f64[] @ models/lib/nn.yaml:80:7
%7944 = add %7943, %4238 : f64[] @ models/lib/nn.yaml:80:7
%7945 = div %4240, %7944 : f64[] @ models/lib/nn.yaml:80:7
%7946 = lt %7945, %4242 : bool[] @ models/lib/nn.yaml:80:7
%7947 = cast %7945 : f32[] @ models/lib/nn.yaml:80:7
%7948 = broadcast %7947 : f32[24] @ models/lib/nn.yaml:80:7
%7949 = mul %7939, %7948 : f32[24] @ models/lib/nn.yaml:80:7
%7950 = broadcast %7946 : bool[24] @ models/lib/nn.yaml:80:7
%7951 = select %7950, %7949, %7939 : f32[24] @ models/lib/nn.yaml:80:7
%7952 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%7953 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%7954 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7955 = add %7954, %4252 : i64[] @ models/lib/nn.yaml:80:7
%7956 = mul %7951, %7547 : f32[24] @ models/lib/nn.yaml:80:7
%7957 = mul %7952, %7549 : f32[24] @ models/lib/nn.yaml:80:7
%7958 = add %7957, %7956 : f32[24] @ models/lib/nn.yaml:80:7
%7959 = mul %7951, %7951 : f32[24] @ models/lib/nn.yaml:80:7
%7960 = mul %7959, %7553 : f32[24] @ models/lib/nn.yaml:80:7
%7961 = mul %7953, %7555 : f32[24] @ models/lib/nn.yaml:80:7
%7962 = add %7961, %7960 : f32[24] @ models/lib/nn.yaml:80:7
%7963 = cast %7955 : f64[] @ models/lib/nn.yaml:80:7
%7964 = pow %4261, %7963 : f64[] @ models/lib/nn.yaml:80:7
%7965 = sub %4242, %7964 : f64[] @ models/lib/nn.yaml:80:7
%7966 = div %2558, %7965 : f64[] @ models/lib/nn.yaml:80:7
%7967 = pow %4269, %7963 : f64[] @ models/lib/nn.yaml:80:7
%7968 = sub %4242, %7967 : f64[] @ models/lib/nn.yaml:80:7
%7969 = sqrt %7968 : f64[] @ models/lib/nn.yaml:80:7
%7970 = div %4242, %7969 : f64[] @ models/lib/nn.yaml:80:7
%7971 = sqrt %7962 : f32[24] @ models/lib/nn.yaml:80:7
%7972 = cast %7970 : f32[] @ models/lib/nn.yaml:80:7
%7973 = broadcast %7972 : f32[24] @ models/lib/nn.yaml:80:7
%7974 = mul %7971, %7973 : f32[24] @ models/lib/nn.yaml:80:7
%7975 = add %7974, %7570 : f32[24] @ models/lib/nn.yaml:80:7
%7976 = div %7958, %7975 : f32[24] @ models/lib/nn.yaml:80:7
%7977 = cast %7966 : f32[] @ models/lib/nn.yaml:80:7
%7978 = broadcast %7977 : f32[24] @ models/lib/nn.yaml:80:7
%7979 = mul %7976, %7978 : f32[24] @ models/lib/nn.yaml:80:7
%7980 = sub %78, %7979 : f32[24] @ models/lib/nn.yaml:80:7
%7981 = assign %78, %7980 : f32[24] @ models/lib/nn.yaml:80:7
%7982 = assign %7952, %7958 : f32[24] @ models/lib/nn.yaml:80:7
%7983 = assign %7953, %7962 : f32[24] @ models/lib/nn.yaml:80:7
%7984 = assign %7954, %7955 : i64[] @ models/lib/nn.yaml:80:7
%7985 = mul %156, %7581 : f32[24] @ models/lib/nn.yaml:80:7
%7986 = mul %7980, %7583 : f32[24] @ models/lib/nn.yaml:80:7
%7987 = add %7985, %7986 : f32[24] @ models/lib/nn.yaml:80:7
%7988 = assign %156, %7987 : f32[24] @ models/lib/nn.yaml:80:7
%7989 = all_reduce_sum %3444 : f32[24,24] @ models/lib/nn.yaml:79:7
%7990 = reshape %7989 : f32[576] @ models/lib/nn.yaml:79:7
%7991 = mul %7990, %7990 : f32[576] @ models/lib/nn.yaml:79:7
%7992 = reduce_sum %7991 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7993 = sqrt %7992 : f32[] @ models/lib/nn.yaml:79:7
%7994 = cast %7993 : f64[] @ models/lib/nn.yaml:79:7
%7995 = add %7994, %4238 : f64[] @ models/lib/nn.yaml:79:7
%7996 = div %4240, %7995 : f64[] @ models/lib/nn.yaml:79:7
%7997 = lt %7996, %4242 : bool[] @ models/lib/nn.yaml:79:7
%7998 = cast %7996 : f32[] @ models/lib/nn.yaml:79:7
%7999 = broadcast %7998 : f32[24,24] @ models/lib/nn.yaml:79:7
%8000 = mul %7989, %7999 : f32[24,24] @ models/lib/nn.yaml:79:7
%8001 = broadcast %7997 : bool[24,24] @ models/lib/nn.yaml:79:7
%8002 = select %8001, %8000, %7989 : f32[24,24] @ models/lib/nn.yaml:79:7
%8003 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%8004 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%8005 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8006 = add %8005, %4252 : i64[] @ models/lib/nn.yaml:79:7
%8007 = mul %79, %7605 : f32[24,24] @ models/lib/nn.yaml:79:7
%8008 = mul %8002, %7607 : f32[24,24] @ models/lib/nn.yaml:79:7
%8009 = mul %8003, %7609 : f32[24,24] @ models/lib/nn.yaml:79:7
%8010 = add %8009, %8008 : f32[24,24] @ models/lib/nn.yaml:79:7
%8011 = mul %8002, %8002 : f32[24,24] @ models/lib/nn.yaml:79:7
%8012 = mul %8011, %7613 : f32[24,24] @ models/lib/nn.yaml:79:7
%8013 = mul %8004, %7615 : f32[24,24] @ models/lib/nn.yaml:79:7
%8014 = add %8013, %8012 : f32[24,24] @ models/lib/nn.yaml:79:7
%8015 = cast %8006 : f64[] @ models/lib/nn.yaml:79:7
%8016 = pow %4261, %8015 : f64[] @ models/lib/nn.yaml:79:7
%8017 = sub %4242, %8016 : f64[] @ models/lib/nn.yaml:79:7
%8018 = div %2558, %8017 : f64[] @ models/lib/nn.yaml:79:7
%8019 = pow %4269, %8015 : f64[] @ models/lib/nn.yaml:79:7
%8020 = sub %4242, %8019 : f64[] @ models/lib/nn.yaml:79:7
%8021 = sqrt %8020 : f64[] @ models/lib/nn.yaml:79:7
%8022 = div %4242, %8021 : f64[] @ models/lib/nn.yaml:79:7
%8023 = sqrt %8014 : f32[24,24] @ models/lib/nn.yaml:79:7
%8024 = cast %8022 : f32[] @ models/lib/nn.yaml:79:7
%8025 = broadcast %8024 : f32[24,24] @ models/lib/nn.yaml:79:7
%8026 = mul %8023, %8025 : f32[24,24] @ models/lib/nn.yaml:79:7
%8027 = add %8026, %7630 : f32[24,24] @ models/lib/nn.yaml:79:7
%8028 = div %8010, %8027 : f32[24,24] @ models/lib/nn.yaml:79:7
%8029 = cast %8018 : f32[] @ models/lib/nn.yaml:79:7
%8030 = broadcast %8029 : f32[24,24] @ models/lib/nn.yaml:79:7
%8031 = mul %8028, %8030 : f32[24,24] @ models/lib/nn.yaml:79:7
%8032 = sub %8007, %8031 : f32[24,24] @ models/lib/nn.yaml:79:7
%8033 = assign %79, %8032 : f32[24,24] @ models/lib/nn.yaml:79:7
%8034 = assign %8003, %8010 : f32[24,24] @ models/lib/nn.yaml:79:7
%8035 = assign %8004, %8014 : f32[24,24] @ models/lib/nn.yaml:79:7
%8036 = assign %8005, %8006 : i64[] @ models/lib/nn.yaml:79:7
%8037 = mul %157, %7641 : f32[24,24] @ models/lib/nn.yaml:79:7
%8038 = mul %8032, %7643 : f32[24,24] @ models/lib/nn.yaml:79:7
%8039 = add %8037, %8038 : f32[24,24] @ models/lib/nn.yaml:79:7
%8040 = assign %157, %8039 : f32[24,24] @ models/lib/nn.yaml:79:7
%8041 = all_reduce_sum %3439 : f32[24] @ models/lib/nn.yaml:80:7
%8042 = mul %8041, %8041 : f32[24] @ models/lib/nn.yaml:80:7
%8043 = reduce_sum %8042 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8044 = sqrt %8043 : f32[] @ models/lib/nn.yaml:80:7
%8045 = cast %8044 : f64[] @ models/lib/nn.yaml:80:7
%8046 = add %8045, %4238 : f64[] @ models/lib/nn.yaml:80:7
%8047 = div %4240, %8046 : f64[] @ models/lib/nn.yaml:80:7
%8048 = lt %8047, %4242 : bool[] @ models/lib/nn.yaml:80:7
%8049 = cast %8047 : f32[] @ models/lib/nn.yaml:80:7
%8050 = broadcast %8049 : f32[24] @ models/lib/nn.yaml:80:7
%8051 = mul %8041, %8050 : f32[24] @ models/lib/nn.yaml:80:7
%8052 = broadcast %8048 : bool[24] @ models/lib/nn.yaml:80:7
%8053 = select %8052, %8051, %8041 : f32[24] @ models/lib/nn.yaml:80:7
%8054 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8055 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8056 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8057 = add %8056, %4252 : i64[] @ models/lib/nn.yaml:80:7
%8058 = mul %8053, %7547 : f32[24] @ models/lib/nn.yaml:80:7
%8059 = mul %8054, %7549 : f32[24] @ models/lib/nn.yaml:80:7
%8060 = add %8059, %8058 : f32[24] @ models/lib/nn.yaml:80:7
%8061 = mul %8053, %8053 : f32[24] @ models/lib/nn.yaml:80:7
%8062 = mul %8061, %7553 : f32[24] @ models/lib/nn.yaml:80:7
%8063 = mul %8055, %7555 : f32[24] @ models/lib/nn.yaml:80:7
%8064 = add %8063, %8062 : f32[24] @ models/lib/nn.yaml:80:7
%8065 = cast %8057 : f64[] @ models/lib/nn.yaml:80:7
%8066 = pow %4261, %8065 : f64[] @ models/lib/nn.yaml:80:7
%8067 = sub %4242, %8066 : f64[] @ models/lib/nn.yaml:80:7
%8068 = div %2558, %8067 : f64[] @ models/lib/nn.yaml:80:7
%8069 = pow %4269, %8065 : f64[] @ models/lib/nn.yaml:80:7
%8070 = sub %4242, %8069 : f64[] @ models/lib/nn.yaml:80:7
%8071 = sqrt %8070 : f64[] @ models/lib/nn.yaml:80:7
%8072 = div %4242, %8071 : f64[] @ models/lib/nn.yaml:80:7
%8073 = sqrt %8064 : f32[24] @ models/lib/nn.yaml:80:7
%8074 = cast %8072 : f32[] @ models/lib/nn.yaml:80:7
%8075 = broadcast %8074 : f32[24] @ models/lib/nn.yaml:80:7
%8076 = mul %8073, %8075 : f32[24] @ models/lib/nn.yaml:80:7
%8077 = add %8076, %7570 : f32[24] @ models/lib/nn.yaml:80:7
%8078 = div %8060, %8077 : f32[24] @ models/lib/nn.yaml:80:7
%8079 = cast %8068 : f32[] @ models/lib/nn.yaml:80:7
%8080 = broadcast %8079 : f32[24] @ models/lib/nn.yaml:80:7
%8081 = mul %8078, %8080 : f32[24] @ models/lib/nn.yaml:80:7
%8082 = sub %80, %8081 : f32[24] @ models/lib/nn.yaml:80:7
%8083 = assign %80, %8082 : f32[24] @ models/lib/nn.yaml:80:7
%8084 = assign %8054, %8060 : f32[24] @ models/lib/nn.yaml:80:7
%8085 = assign %8055, %8064 : f32[24] @ models/lib/nn.yaml:80:7
%8086 = assign %8056, %8057 : i64[] @ models/lib/nn.yaml:80:7
%8087 = mul %158, %7581 : f32[24] @ models/lib/nn.yaml:80:7
%8088 = mul %8082, %7583 : f32[24] @ models/lib/nn.yaml:80:7
%8089 = add %8087, %8088 : f32[24] @ models/lib/nn.yaml:80:7
%8090 = assign %158, %8089 : f32[24] @ models/lib/nn.yaml:80:7
%8091 = all_reduce_sum %3423 : f32[8,24] @ models/lib/nn.yaml:79:7
%8092 = reshape %8091 : f32[192] @ models/lib/nn.yaml:79:7
%8093 = mul %8092, %8092 : f32[192] @ models/lib/nn.yaml:79:7
%8094 = reduce_sum %8093 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8095 = sqrt %8094 : f32[] @ models/lib/nn.yaml:79:7
%8096 = cast %8095 : f64[] @ models/lib/nn.yaml:79:7
%8097 = add %8096, %4238 : f64[] @ models/lib/nn.yaml:79:7
%8098 = div %4240, %8097 : f64[] @ models/lib/nn.yaml:79:7
%8099 = lt %8098, %4242 : bool[] @ models/lib/nn.yaml:79:7
%8100 = cast %8098 : f32[] @ models/lib/nn.yaml:79:7
%8101 = broadcast %8100 : f32[8,24] @ models/lib/nn.yaml:79:7
%8102 = mul %8091, %8101 : f32[8,24] @ models/lib/nn.yaml:79:7
%8103 = broadcast %8099 : bool[8,24] @ models/lib/nn.yaml:79:7
%8104 = select %8103, %8102, %8091 : f32[8,24] @ models/lib/nn.yaml:79:7
%8105 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8106 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8107 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8108 = add %8107, %4252 : i64[] @ models/lib/nn.yaml:79:7
%8109 = mul %81, %7715 : f32[8,24] @ models/lib/nn.yaml:79:7
%8110 = mul %8104, %7717 : f32[8,24] @ models/lib/nn.yaml:79:7
%8111 = mul %8105, %7719 : f32[8,24] @ models/lib/nn.yaml:79:7
%8112 = add %8111, %8110 : f32[8,24] @ models/lib/nn.yaml:79:7
%8113 = mul %8104, %8104 : f32[8,24] @ models/lib/nn.yaml:79:7
%8114 = mul %8113, %7723 : f32[8,24] @ models/lib/nn.yaml:79:7
%8115 = mul %8106, %7725 : f32[8,24] @ models/lib/nn.yaml:79:7
%8116 = add %8115, %8114 : f32[8,24] @ models/lib/nn.yaml:79:7
%8117 = cast %8108 : f64[] @ models/lib/nn.yaml:79:7
%8118 = pow %4261, %8117 : f64[] @ models/lib/nn.yaml:79:7
%8119 = sub %4242, %8118 : f64[] @ models/lib/nn.yaml:79:7
%8120 = div %2558, %8119 : f64[] @ models/lib/nn.yaml:79:7
%8121 = pow %4269, %8117 : f64[] @ models/lib/nn.yaml:79:7
%8122 = sub %4242, %8121 : f64[] @ models/lib/nn.yaml:79:7
%8123 = sqrt %8122 : f64[] @ models/lib/nn.yaml:79:7
%8124 = div %4242, %8123 : f64[] @ models/lib/nn.yaml:79:7
%8125 = sqrt %8116 : f32[8,24] @ models/lib/nn.yaml:79:7
%8126 = cast %8124 : f32[] @ models/lib/nn.yaml:79:7
%8127 = broadcast %8126 : f32[8,24] @ models/lib/nn.yaml:79:7
%8128 = mul %8125, %8127 : f32[8,24] @ models/lib/nn.yaml:79:7
%8129 = add %8128, %7740 : f32[8,24] @ models/lib/nn.yaml:79:7
%8130 = div %8112, %8129 : f32[8,24] @ models/lib/nn.yaml:79:7
%8131 = cast %8120 : f32[] @ models/lib/nn.yaml:79:7
%8132 = broadcast %8131 : f32[8,24] @ models/lib/nn.yaml:79:7
%8133 = mul %8130, %8132 : f32[8,24] @ models/lib/nn.yaml:79:7
%8134 = sub %8109, %8133 : f32[8,24] @ models/lib/nn.yaml:79:7
%8135 = assign %81, %8134 : f32[8,24] @ models/lib/nn.yaml:79:7
%8136 = assign %8105, %8112 : f32[8,24] @ models/lib/nn.yaml:79:7
%8137 = assign %8106, %8116 : f32[8,24] @ models/lib/nn.yaml:79:7
%8138 = assign %8107, %8108 : i64[] @ models/lib/nn.yaml:79:7
%8139 = mul %159, %7751 : f32[8,24] @ models/lib/nn.yaml:79:7
%8140 = mul %8134, %7753 : f32[8,24] @ models/lib/nn.yaml:79:7
%8141 = add %8139, %8140 : f32[8,24] @ models/lib/nn.yaml:79:7
%8142 = assign %159, %8141 : f32[8,24] @ models/lib/nn.yaml:79:7
%8143 = all_reduce_sum %3418 : f32[8] @ models/lib/nn.yaml:80:7
%8144 = mul %8143, %8143 : f32[8] @ models/lib/nn.yaml:80:7
%8145 = reduce_sum %8144 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8146 = sqrt %8145 : f32[] @ models/lib/nn.yaml:80:7
%8147 = cast %8146 : f64[] @ models/lib/nn.yaml:80:7
%8148 = add %8147, %4238 : f64[] @ models/lib/nn.yaml:80:7
%8149 = div %4240, %8148 : f64[] @ models/lib/nn.yaml:80:7
%8150 = lt %8149, %4242 : bool[] @ models/lib/nn.yaml:80:7
%8151 = cast %8149 : f32[] @ models/lib/nn.yaml:80:7
%8152 = broadcast %8151 : f32[8] @ models/lib/nn.yaml:80:7
%8153 = mul %8143, %8152 : f32[8] @ models/lib/nn.yaml:80:7
%8154 = broadcast %8150 : bool[8] @ models/lib/nn.yaml:80:7
%8155 = select %8154, %8153, %8143 : f32[8] @ models/lib/nn.yaml:80:7
%8156 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%8157 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%8158 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8159 = add %8158, %4252 : i64[] @ models/lib/nn.yaml:80:7
%8160 = mul %8155, %7774 : f32[8] @ models/lib/nn.yaml:80:7
%8161 = mul %8156, %7776 : f32[8] @ models/lib/nn.yaml:80:7
%8162 = add %8161, %8160 : f32[8] @ models/lib/nn.yaml:80:7
%8163 = mul %8155, %8155 : f32[8] @ models/lib/nn.yaml:80:7
%8164 = mul %8163, %7780 : f32[8] @ models/lib/nn.yaml:80:7
%8165 = mul %8157, %7782 : f32[8] @ models/lib/nn.yaml:80:7
%8166 = add %8165, %8164 : f32[8] @ models/lib/nn.yaml:80:7
%8167 = cast %8159 : f64[] @ models/lib/nn.yaml:80:7
%8168 = pow %4261, %8167 : f64[] @ models/lib/nn.yaml:80:7
%8169 = sub %4242, %8168 : f64[] @ models/lib/nn.yaml:80:7
%8170 = div %2558, %8169 : f64[] @ models/lib/nn.yaml:80:7
%8171 = pow %4269, %8167 : f64[] @ models/lib/nn.yaml:80:7
%8172 = sub %4242, %8171 : f64[] @ models/lib/nn.yaml:80:7
%8173 = sqrt %8172 : f64[] @ models/lib/nn.yaml:80:7
%8174 = div %4242, %8173 : f64[] @ models/lib/nn.yaml:80:7
%8175 = sqrt %8166 : f32[8] @ models/lib/nn.yaml:80:7
%8176 = cast %8174 : f32[] @ models/lib/nn.yaml:80:7
%8177 = broadcast %8176 : f32[8] @ models/lib/nn.yaml:80:7
%8178 = mul %8175, %8177 : f32[8] @ models/lib/nn.yaml:80:7
%8179 = add %8178, %7797 : f32[8] @ models/lib/nn.yaml:80:7
%8180 = div %8162, %8179 : f32[8] @ models/lib/nn.yaml:80:7
%8181 = cast %8170 : f32[] @ models/lib/nn.yaml:80:7
%8182 = broadcast %8181 : f32[8] @ models/lib/nn.yaml:80:7
%8183 = mul %8180, %8182 : f32[8] @ models/lib/nn.yaml:80:7
%8184 = sub %82, %8183 : f32[8] @ models/lib/nn.yaml:80:7
%8185 = assign %82, %8184 : f32[8] @ models/lib/nn.yaml:80:7
%8186 = assign %8156, %8162 : f32[8] @ models/lib/nn.yaml:80:7
%8187 = assign %8157, %8166 : f32[8] @ models/lib/nn.yaml:80:7
%8188 = assign %8158, %8159 : i64[] @ models/lib/nn.yaml:80:7
%8189 = mul %160, %7808 : f32[8] @ models/lib/nn.yaml:80:7
%8190 = mul %8184, %7810 : f32[8] @ models/lib/nn.yaml:80:7
%8191 = add %8189, %8190 : f32[8] @ models/lib/nn.yaml:80:7
%8192 = assign %160, %8191 : f32[8] @ models/lib/nn.yaml:80:7
%8193 = broadcast %4298 : f32[16,1] @ models/lib/dino.yaml:18:7
%8194 = mul %161, %8193 : f32[16,1] @ models/lib/dino.yaml:18:7
%8195 = broadcast %4302 : f32[16,1] @ models/lib/dino.yaml:18:7
%8196 = mul %83, %8195 : f32[16,1] @ models/lib/dino.yaml:18:7
%8197 = add %8194, %8196 : f32[16,1] @ models/lib/dino.yaml:18:7
%8198 = assign %161, %8197 : f32[16,1] @ models/lib/dino.yaml:18:7
%8199 = all_reduce_sum %3395 : f32[16,8] @ models/lib/dino.yaml:19:7
%8200 = reshape %8199 : f32[128] @ models/lib/dino.yaml:19:7
%8201 = mul %8200, %8200 : f32[128] @ models/lib/dino.yaml:19:7
%8202 = reduce_sum %8201 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%8203 = sqrt %8202 : f32[] @ models/lib/dino.yaml:19:7
%8204 = cast %8203 : f64[] @ models/lib/dino.yaml:19:7
%8205 = add %8204, %4238 : f64[] @ models/lib/dino.yaml:19:7
%8206 = div %4240, %8205 : f64[] @ models/lib/dino.yaml:19:7
%8207 = lt %8206, %4242 : bool[] @ models/lib/dino.yaml:19:7
%8208 = cast %8206 : f32[] @ models/lib/dino.yaml:19:7
%8209 = broadcast %8208 : f32[16,8] @ models/lib/dino.yaml:19:7
%8210 = mul %8199, %8209 : f32[16,8] @ models/lib/dino.yaml:19:7
%8211 = broadcast %8207 : bool[16,8] @ models/lib/dino.yaml:19:7
%8212 = select %8211, %8210, %8199 : f32[16,8] @ models/lib/dino.yaml:19:7
%8213 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%8214 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%8215 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%8216 = add %8215, %4252 : i64[] @ models/lib/dino.yaml:19:7
%8217 = broadcast %4256 : f32[16,8] @ models/lib/dino.yaml:19:7
%8218 = mul %84, %8217 : f32[16,8] @ models/lib/dino.yaml:19:7
%8219 = broadcast %2314 : f32[16,8] @ models/lib/dino.yaml:19:7
%8220 = mul %8212, %8219 : f32[16,8] @ models/lib/dino.yaml:19:7
%8221 = broadcast %1568 : f32[16,8] @ models/lib/dino.yaml:19:7
%8222 = mul %8213, %8221 : f32[16,8] @ models/lib/dino.yaml:19:7
%8223 = add %8222, %8220 : f32[16,8] @ models/lib/dino.yaml:19:7
%8224 = mul %8212, %8212 : f32[16,8] @ models/lib/dino.yaml:19:7
%8225 = broadcast %4266 : f32[16,8] @ models/lib/dino.yaml:19:7
%8226 = mul %8224, %8225 : f32[16,8] @ models/lib/dino.yaml:19:7
%8227 = broadcast %4270 : f32[16,8] @ models/lib/dino.yaml:19:7
%8228 = mul %8214, %8227 : f32[16,8] @ models/lib/dino.yaml:19:7
%8229 = add %8228, %8226 : f32[16,8] @ models/lib/dino.yaml:19:7
%8230 = cast %8216 : f64[] @ models/lib/dino.yaml:19:7
%8231 = pow %4261, %8230 : f64[] @ models/lib/dino.yaml:19:7
%8232 = sub %4242, %8231 : f64[] @ models/lib/dino.yaml:19:7
%8233 = div %2558, %8232 : f64[] @ models/lib/dino.yaml:19:7
%8234 = pow %4269, %8230 : f64[] @ models/lib/dino.yaml:19:7
%8235 = sub %4242, %8234 : f64[] @ models/lib/dino.yaml:19:7
%8236 = sqrt %8235 : f64[] @ models/lib/dino.yaml:19:7
%8237 = div %4242, %8236 : f64[] @ models/lib/dino.yaml:19:7
%8238 = sqrt %8229 : f32[16,8] @ models/lib/dino.yaml:19:7
%8239 = cast %8237 : f32[] @ models/lib/dino.yaml:19:7
%8240 = broadcast %8239 : f32[16,8] @ models/lib/dino.yaml:19:7
%8241 = mul %8238, %8240 : f32[16,8] @ models/lib/dino.yaml:19:7
%8242 = broadcast %4286 : f32[16,8] @ models/lib/dino.yaml:19:7
%8243 = add %8241, %8242 : f32[16,8] @ models/lib/dino.yaml:19:7
%8244 = div %8223, %8243 : f32[16,8] @ models/lib/dino.yaml:19:7
%8245 = cast %8233 : f32[] @ models/lib/dino.yaml:19:7
%8246 = broadcast %8245 : f32[16,8] @ models/lib/dino.yaml:19:7
%8247 = mul %8244, %8246 : f32[16,8] @ models/lib/dino.yaml:19:7
%8248 = sub %8218, %8247 : f32[16,8] @ models/lib/dino.yaml:19:7
%8249 = broadcast %7871 : bool[16,8] @ models/lib/dino.yaml:19:7
%8250 = select %8249, %84, %8248 : f32[16,8] @ models/lib/dino.yaml:19:7
%8251 = select %8249, %8213, %8223 : f32[16,8] @ models/lib/dino.yaml:19:7
%8252 = select %8249, %8214, %8229 : f32[16,8] @ models/lib/dino.yaml:19:7
%8253 = select %7871, %8215, %8216 : i64[] @ models/lib/dino.yaml:19:7
%8254 = assign %84, %8250 : f32[16,8] @ models/lib/dino.yaml:19:7
%8255 = assign %8213, %8251 : f32[16,8] @ models/lib/dino.yaml:19:7
%8256 = assign %8214, %8252 : f32[16,8] @ models/lib/dino.yaml:19:7
%8257 = assign %8215, %8253 : i64[] @ models/lib/dino.yaml:19:7
%8258 = broadcast %4298 : f32[16,8] @ models/lib/dino.yaml:19:7
%8259 = mul %162, %8258 : f32[16,8] @ models/lib/dino.yaml:19:7
%8260 = broadcast %4302 : f32[16,8] @ models/lib/dino.yaml:19:7
%8261 = mul %8250, %8260 : f32[16,8] @ models/lib/dino.yaml:19:7
%8262 = add %8259, %8261 : f32[16,8] @ models/lib/dino.yaml:19:7
%8263 = assign %162, %8262 : f32[16,8] @ models/lib/dino.yaml:19:7
%8264 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%8265 = abs %2525 : f32[] @ models/dino_pass.yaml:149:3
%8266 = lt %8265, %8264 : bool[] @ models/dino_pass.yaml:149:3
%8267 = output %8266 name="finite" : bool[] @ models/dino_pass.yaml:149:3
