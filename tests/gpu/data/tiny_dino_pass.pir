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
%205 = slice %199 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%206 = broadcast %205 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%207 = slice %204 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%208 = broadcast %207 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%209 = mul %206, %208 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%210 = slice %199 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%211 = broadcast %210 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%212 = slice %204 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%213 = broadcast %212 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%214 = mul %211, %213 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%215 = add %209, %214 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%216 = slice %199 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%217 = broadcast %216 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%218 = slice %204 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%219 = broadcast %218 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%220 = mul %217, %219 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%221 = add %215, %220 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%222 = slice %199 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%223 = broadcast %222 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%224 = slice %204 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%225 = broadcast %224 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%226 = mul %223, %225 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%227 = add %221, %226 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%228 = slice %199 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%229 = broadcast %228 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%230 = slice %204 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%231 = broadcast %230 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%232 = mul %229, %231 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%233 = add %227, %232 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%234 = slice %199 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%235 = broadcast %234 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%236 = slice %204 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%237 = broadcast %236 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%238 = mul %235, %237 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%239 = add %233, %238 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%240 = slice %199 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%241 = broadcast %240 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%242 = slice %204 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%243 = broadcast %242 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%244 = mul %241, %243 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%245 = add %239, %244 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%246 = slice %199 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%247 = broadcast %246 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%248 = slice %204 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%249 = broadcast %248 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%250 = mul %247, %249 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%251 = add %245, %250 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%252 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%253 = broadcast %252 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%254 = mul %251, %253 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%255 = reduce_max %254 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%256 = stop_gradient %255 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%257 = broadcast %256 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%258 = mul %251, %253 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%259 = sub %258, %257 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%260 = exp %259 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%261 = reduce_sum %260 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%262 = broadcast %261 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%263 = exp %259 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%264 = div %263, %262 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%265 = reshape %264 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%266 = broadcast %265 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%267 = reshape %203 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%268 = broadcast %267 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%269 = mul %266, %268 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%270 = reduce_sum %269 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%271 = permute %270 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%272 = reshape %271 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%273 = matmul %272, %92 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%274 = broadcast %93 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%275 = add %273, %274 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%276 = add %173, %275 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%277 = reduce_sum %276 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%278 = div %277, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%279 = broadcast %278 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%280 = sub %276, %279 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%281 = mul %280, %280 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%282 = reduce_sum %281 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%283 = div %282, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%284 = add %283, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%285 = rsqrt %284 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%286 = broadcast %285 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%287 = mul %280, %286 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%288 = broadcast %94 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%289 = mul %287, %288 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%290 = broadcast %95 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%291 = add %289, %290 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%292 = matmul %291, %96 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%293 = broadcast %97 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%294 = add %292, %293 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%295 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%296 = broadcast %295 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%297 = mul %296, %294 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%298 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%299 = broadcast %298 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%300 = mul %294, %299 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%301 = erf %300 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%302 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%303 = broadcast %302 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%304 = add %303, %301 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%305 = mul %297, %304 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%306 = matmul %305, %98 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%307 = broadcast %99 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%308 = add %306, %307 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%309 = add %276, %308 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%310 = reduce_sum %309 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%311 = div %310, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%312 = broadcast %311 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%313 = sub %309, %312 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%314 = mul %313, %313 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%315 = reduce_sum %314 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%316 = div %315, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%317 = add %316, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%318 = rsqrt %317 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%319 = broadcast %318 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%320 = mul %313, %319 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%321 = broadcast %100 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%322 = mul %320, %321 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%323 = broadcast %101 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%324 = add %322, %323 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%325 = matmul %324, %102 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%326 = broadcast %103 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%327 = add %325, %326 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%328 = reshape %327 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%329 = permute %328 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%330 = slice %329 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%331 = reshape %330 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%332 = slice %329 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%333 = reshape %332 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%334 = slice %329 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%335 = reshape %334 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%336 = permute %333 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%337 = slice %331 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%338 = broadcast %337 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%339 = slice %336 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%340 = broadcast %339 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%341 = mul %338, %340 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%342 = slice %331 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%343 = broadcast %342 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%344 = slice %336 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%345 = broadcast %344 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%346 = mul %343, %345 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%347 = add %341, %346 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%348 = slice %331 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%349 = broadcast %348 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%350 = slice %336 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%351 = broadcast %350 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%352 = mul %349, %351 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%353 = add %347, %352 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%354 = slice %331 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%355 = broadcast %354 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%356 = slice %336 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%357 = broadcast %356 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%358 = mul %355, %357 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%359 = add %353, %358 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%360 = slice %331 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%361 = broadcast %360 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%362 = slice %336 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%363 = broadcast %362 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%364 = mul %361, %363 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%365 = add %359, %364 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%366 = slice %331 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%367 = broadcast %366 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%368 = slice %336 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%369 = broadcast %368 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%370 = mul %367, %369 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%371 = add %365, %370 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%372 = slice %331 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%373 = broadcast %372 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%374 = slice %336 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%375 = broadcast %374 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%376 = mul %373, %375 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%377 = add %371, %376 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%378 = slice %331 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%379 = broadcast %378 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%380 = slice %336 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%381 = broadcast %380 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%382 = mul %379, %381 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%383 = add %377, %382 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%384 = mul %383, %253 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%385 = reduce_max %384 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%386 = stop_gradient %385 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%387 = broadcast %386 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%388 = mul %383, %253 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%389 = sub %388, %387 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%390 = exp %389 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%391 = reduce_sum %390 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%392 = broadcast %391 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%393 = exp %389 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%394 = div %393, %392 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%395 = reshape %394 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%396 = broadcast %395 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%397 = reshape %335 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%398 = broadcast %397 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%399 = mul %396, %398 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%400 = reduce_sum %399 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%401 = permute %400 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%402 = reshape %401 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%403 = matmul %402, %104 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%404 = broadcast %105 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%405 = add %403, %404 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%406 = add %309, %405 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%407 = reduce_sum %406 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%408 = div %407, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%409 = broadcast %408 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%410 = sub %406, %409 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%411 = mul %410, %410 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%412 = reduce_sum %411 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%413 = div %412, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%414 = add %413, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%415 = rsqrt %414 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%416 = broadcast %415 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%417 = mul %410, %416 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%418 = broadcast %106 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%419 = mul %417, %418 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%420 = broadcast %107 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%421 = add %419, %420 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%422 = matmul %421, %108 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%423 = broadcast %109 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%424 = add %422, %423 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%425 = mul %296, %424 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%426 = mul %424, %299 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%427 = erf %426 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%428 = add %303, %427 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%429 = mul %425, %428 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%430 = matmul %429, %110 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%431 = broadcast %111 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%432 = add %430, %431 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%433 = add %406, %432 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%434 = grid_neighbors n=4 size=3 : i32[16,8] @ models/dino_pass.yaml:61:16
%435 = neighbor_topk_gather %433, %434 k=2 : f32[4,16,2,16] @ models/dino_pass.yaml:77:16
%436 = reshape %435 : f32[64,2,16] @ models/dino_pass.yaml:87:23
%437 = broadcast %112 : f32[64,1,16] @ models/lib/vit.yaml:116:31
%438 = concat %437, %436 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%439 = reduce_sum %438 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%440 = broadcast %175 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%441 = div %439, %440 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%442 = broadcast %441 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%443 = sub %438, %442 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%444 = mul %443, %443 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%445 = reduce_sum %444 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%446 = div %445, %440 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%447 = broadcast %183 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%448 = add %446, %447 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%449 = rsqrt %448 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%450 = broadcast %449 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%451 = mul %443, %450 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%452 = broadcast %113 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%453 = mul %451, %452 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%454 = broadcast %114 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%455 = add %453, %454 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%456 = slice %455 lo=[0,0,0] hi=[64,1,16] : f32[64,1,16] @ models/lib/vit.yaml:78:33
%457 = matmul %456, %115 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%458 = broadcast %116 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%459 = add %457, %458 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%460 = reshape %459 : f32[64,1,2,8] @ models/lib/vit.yaml:78:22
%461 = permute %460 perm=[0,2,1,3] : f32[64,2,1,8] @ models/lib/vit.yaml:78:14
%462 = matmul %455, %117 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%463 = broadcast %118 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%464 = add %462, %463 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%465 = reshape %464 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%466 = permute %465 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%467 = matmul %455, %119 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%468 = broadcast %120 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%469 = add %467, %468 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%470 = reshape %469 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%471 = permute %470 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%472 = permute %466 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%473 = slice %461 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%474 = broadcast %473 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%475 = slice %472 lo=[0,0,0,0] hi=[64,2,1,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%476 = mul %474, %475 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%477 = slice %461 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%478 = broadcast %477 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%479 = slice %472 lo=[0,0,1,0] hi=[64,2,2,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%480 = mul %478, %479 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%481 = add %476, %480 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%482 = slice %461 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%483 = broadcast %482 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%484 = slice %472 lo=[0,0,2,0] hi=[64,2,3,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%485 = mul %483, %484 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%486 = add %481, %485 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%487 = slice %461 lo=[0,0,0,3] hi=[64,2,1,4] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%488 = broadcast %487 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%489 = slice %472 lo=[0,0,3,0] hi=[64,2,4,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%490 = mul %488, %489 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%491 = add %486, %490 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%492 = slice %461 lo=[0,0,0,4] hi=[64,2,1,5] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%493 = broadcast %492 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%494 = slice %472 lo=[0,0,4,0] hi=[64,2,5,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%495 = mul %493, %494 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%496 = add %491, %495 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%497 = slice %461 lo=[0,0,0,5] hi=[64,2,1,6] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%498 = broadcast %497 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%499 = slice %472 lo=[0,0,5,0] hi=[64,2,6,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%500 = mul %498, %499 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%501 = add %496, %500 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%502 = slice %461 lo=[0,0,0,6] hi=[64,2,1,7] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%503 = broadcast %502 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%504 = slice %472 lo=[0,0,6,0] hi=[64,2,7,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%505 = mul %503, %504 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%506 = add %501, %505 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%507 = slice %461 lo=[0,0,0,7] hi=[64,2,1,8] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%508 = broadcast %507 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%509 = slice %472 lo=[0,0,7,0] hi=[64,2,8,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%510 = mul %508, %509 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%511 = add %506, %510 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%512 = broadcast %252 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%513 = mul %511, %512 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%514 = reduce_max %513 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%515 = stop_gradient %514 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%516 = broadcast %515 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%517 = mul %511, %512 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%518 = sub %517, %516 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%519 = exp %518 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%520 = reduce_sum %519 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%521 = broadcast %520 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%522 = exp %518 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%523 = div %522, %521 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%524 = slice %523 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%525 = broadcast %524 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%526 = slice %471 lo=[0,0,0,0] hi=[64,2,1,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%527 = mul %525, %526 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%528 = slice %523 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%529 = broadcast %528 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%530 = slice %471 lo=[0,0,1,0] hi=[64,2,2,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%531 = mul %529, %530 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%532 = add %527, %531 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%533 = slice %523 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%534 = broadcast %533 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%535 = slice %471 lo=[0,0,2,0] hi=[64,2,3,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%536 = mul %534, %535 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%537 = add %532, %536 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%538 = permute %537 perm=[0,2,1,3] : f32[64,1,2,8] @ models/lib/nn.yaml:56:13
%539 = reshape %538 : f32[64,1,16] @ models/lib/nn.yaml:57:16
%540 = matmul %539, %121 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%541 = broadcast %122 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%542 = add %540, %541 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%543 = add %437, %542 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%544 = reduce_sum %543 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%545 = broadcast %175 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%546 = div %544, %545 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%547 = broadcast %546 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%548 = sub %543, %547 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%549 = mul %548, %548 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%550 = reduce_sum %549 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%551 = div %550, %545 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%552 = broadcast %183 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%553 = add %551, %552 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%554 = rsqrt %553 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%555 = broadcast %554 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%556 = mul %548, %555 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%557 = broadcast %123 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%558 = mul %556, %557 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%559 = broadcast %124 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%560 = add %558, %559 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%561 = matmul %560, %125 ta=0 tb=1 : f32[64,1,64] @ models/lib/nn.yaml:83:15
%562 = broadcast %126 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%563 = add %561, %562 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%564 = broadcast %295 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%565 = mul %564, %563 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%566 = broadcast %298 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%567 = mul %563, %566 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%568 = erf %567 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%569 = broadcast %302 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%570 = add %569, %568 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%571 = mul %565, %570 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%572 = matmul %571, %127 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%573 = broadcast %128 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%574 = add %572, %573 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%575 = add %543, %574 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%576 = concat %575, %436 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%577 = reduce_sum %576 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%578 = div %577, %440 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%579 = broadcast %578 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%580 = sub %576, %579 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%581 = mul %580, %580 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%582 = reduce_sum %581 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%583 = div %582, %440 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%584 = add %583, %447 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%585 = rsqrt %584 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%586 = broadcast %585 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%587 = mul %580, %586 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%588 = broadcast %129 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%589 = mul %587, %588 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%590 = broadcast %130 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%591 = add %589, %590 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%592 = slice %591 lo=[0,0,0] hi=[64,1,16] : f32[64,1,16] @ models/lib/vit.yaml:78:33
%593 = matmul %592, %131 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%594 = broadcast %132 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%595 = add %593, %594 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%596 = reshape %595 : f32[64,1,2,8] @ models/lib/vit.yaml:78:22
%597 = permute %596 perm=[0,2,1,3] : f32[64,2,1,8] @ models/lib/vit.yaml:78:14
%598 = matmul %591, %133 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%599 = broadcast %134 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%600 = add %598, %599 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%601 = reshape %600 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%602 = permute %601 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%603 = matmul %591, %135 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%604 = broadcast %136 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%605 = add %603, %604 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%606 = reshape %605 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%607 = permute %606 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%608 = permute %602 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%609 = slice %597 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%610 = broadcast %609 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%611 = slice %608 lo=[0,0,0,0] hi=[64,2,1,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%612 = mul %610, %611 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%613 = slice %597 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%614 = broadcast %613 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%615 = slice %608 lo=[0,0,1,0] hi=[64,2,2,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%616 = mul %614, %615 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%617 = add %612, %616 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%618 = slice %597 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%619 = broadcast %618 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%620 = slice %608 lo=[0,0,2,0] hi=[64,2,3,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%621 = mul %619, %620 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%622 = add %617, %621 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%623 = slice %597 lo=[0,0,0,3] hi=[64,2,1,4] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%624 = broadcast %623 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%625 = slice %608 lo=[0,0,3,0] hi=[64,2,4,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%626 = mul %624, %625 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%627 = add %622, %626 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%628 = slice %597 lo=[0,0,0,4] hi=[64,2,1,5] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%629 = broadcast %628 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%630 = slice %608 lo=[0,0,4,0] hi=[64,2,5,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%631 = mul %629, %630 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%632 = add %627, %631 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%633 = slice %597 lo=[0,0,0,5] hi=[64,2,1,6] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%634 = broadcast %633 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%635 = slice %608 lo=[0,0,5,0] hi=[64,2,6,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%636 = mul %634, %635 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%637 = add %632, %636 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%638 = slice %597 lo=[0,0,0,6] hi=[64,2,1,7] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%639 = broadcast %638 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%640 = slice %608 lo=[0,0,6,0] hi=[64,2,7,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%641 = mul %639, %640 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%642 = add %637, %641 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%643 = slice %597 lo=[0,0,0,7] hi=[64,2,1,8] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%644 = broadcast %643 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%645 = slice %608 lo=[0,0,7,0] hi=[64,2,8,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%646 = mul %644, %645 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%647 = add %642, %646 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%648 = mul %647, %512 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%649 = reduce_max %648 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%650 = stop_gradient %649 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%651 = broadcast %650 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%652 = mul %647, %512 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%653 = sub %652, %651 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%654 = exp %653 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%655 = reduce_sum %654 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%656 = broadcast %655 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%657 = exp %653 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%658 = div %657, %656 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%659 = slice %658 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%660 = broadcast %659 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%661 = slice %607 lo=[0,0,0,0] hi=[64,2,1,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%662 = mul %660, %661 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%663 = slice %658 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%664 = broadcast %663 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%665 = slice %607 lo=[0,0,1,0] hi=[64,2,2,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%666 = mul %664, %665 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%667 = add %662, %666 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%668 = slice %658 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%669 = broadcast %668 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%670 = slice %607 lo=[0,0,2,0] hi=[64,2,3,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%671 = mul %669, %670 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%672 = add %667, %671 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%673 = permute %672 perm=[0,2,1,3] : f32[64,1,2,8] @ models/lib/nn.yaml:56:13
%674 = reshape %673 : f32[64,1,16] @ models/lib/nn.yaml:57:16
%675 = matmul %674, %137 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%676 = broadcast %138 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%677 = add %675, %676 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%678 = add %575, %677 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%679 = reduce_sum %678 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%680 = div %679, %545 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%681 = broadcast %680 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%682 = sub %678, %681 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%683 = mul %682, %682 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%684 = reduce_sum %683 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%685 = div %684, %545 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%686 = add %685, %552 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%687 = rsqrt %686 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%688 = broadcast %687 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%689 = mul %682, %688 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%690 = broadcast %139 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%691 = mul %689, %690 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%692 = broadcast %140 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%693 = add %691, %692 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%694 = matmul %693, %141 ta=0 tb=1 : f32[64,1,64] @ models/lib/nn.yaml:83:15
%695 = broadcast %142 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%696 = add %694, %695 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%697 = mul %564, %696 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%698 = mul %696, %566 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%699 = erf %698 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%700 = add %569, %699 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%701 = mul %697, %700 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%702 = matmul %701, %143 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%703 = broadcast %144 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%704 = add %702, %703 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%705 = add %678, %704 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%706 = reshape %705 : f32[4,16,16] @ models/dino_pass.yaml:88:16
%707 = broadcast %112 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%708 = concat %707, %433 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%709 = reduce_sum %708 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%710 = broadcast %175 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%711 = div %709, %710 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%712 = broadcast %711 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%713 = sub %708, %712 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%714 = mul %713, %713 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%715 = reduce_sum %714 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%716 = div %715, %710 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%717 = broadcast %183 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%718 = add %716, %717 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%719 = rsqrt %718 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%720 = broadcast %719 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%721 = mul %713, %720 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%722 = broadcast %113 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%723 = mul %721, %722 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%724 = broadcast %114 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%725 = add %723, %724 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%726 = slice %725 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%727 = matmul %726, %115 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%728 = broadcast %116 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%729 = add %727, %728 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%730 = reshape %729 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%731 = permute %730 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%732 = matmul %725, %117 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%733 = broadcast %118 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%734 = add %732, %733 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%735 = reshape %734 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%736 = permute %735 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%737 = matmul %725, %119 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%738 = broadcast %120 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%739 = add %737, %738 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%740 = reshape %739 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%741 = permute %740 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%742 = permute %736 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%743 = slice %731 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%744 = broadcast %743 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%745 = slice %742 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%746 = mul %744, %745 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%747 = slice %731 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%748 = broadcast %747 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%749 = slice %742 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%750 = mul %748, %749 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%751 = add %746, %750 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%752 = slice %731 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%753 = broadcast %752 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%754 = slice %742 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%755 = mul %753, %754 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%756 = add %751, %755 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%757 = slice %731 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%758 = broadcast %757 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%759 = slice %742 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%760 = mul %758, %759 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%761 = add %756, %760 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%762 = slice %731 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%763 = broadcast %762 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%764 = slice %742 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%765 = mul %763, %764 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%766 = add %761, %765 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%767 = slice %731 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%768 = broadcast %767 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%769 = slice %742 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%770 = mul %768, %769 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%771 = add %766, %770 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%772 = slice %731 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%773 = broadcast %772 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%774 = slice %742 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%775 = mul %773, %774 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%776 = add %771, %775 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%777 = slice %731 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%778 = broadcast %777 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%779 = slice %742 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%780 = mul %778, %779 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%781 = add %776, %780 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%782 = broadcast %252 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%783 = mul %781, %782 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%784 = reduce_max %783 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%785 = stop_gradient %784 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%786 = broadcast %785 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%787 = mul %781, %782 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%788 = sub %787, %786 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%789 = exp %788 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%790 = reduce_sum %789 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%791 = broadcast %790 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%792 = exp %788 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%793 = div %792, %791 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%794 = reshape %793 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%795 = broadcast %794 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%796 = reshape %741 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%797 = broadcast %796 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%798 = mul %795, %797 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%799 = reduce_sum %798 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%800 = permute %799 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%801 = reshape %800 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%802 = matmul %801, %121 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%803 = broadcast %122 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%804 = add %802, %803 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%805 = add %707, %804 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%806 = reduce_sum %805 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%807 = broadcast %175 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%808 = div %806, %807 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%809 = broadcast %808 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%810 = sub %805, %809 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%811 = mul %810, %810 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%812 = reduce_sum %811 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%813 = div %812, %807 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%814 = broadcast %183 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%815 = add %813, %814 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%816 = rsqrt %815 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%817 = broadcast %816 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%818 = mul %810, %817 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%819 = broadcast %123 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%820 = mul %818, %819 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%821 = broadcast %124 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%822 = add %820, %821 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%823 = matmul %822, %125 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%824 = broadcast %126 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%825 = add %823, %824 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%826 = broadcast %295 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%827 = mul %826, %825 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%828 = broadcast %298 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%829 = mul %825, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%830 = erf %829 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%831 = broadcast %302 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%832 = add %831, %830 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%833 = mul %827, %832 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%834 = matmul %833, %127 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%835 = broadcast %128 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%836 = add %834, %835 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%837 = add %805, %836 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%838 = concat %837, %433 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%839 = reduce_sum %838 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%840 = div %839, %710 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%841 = broadcast %840 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%842 = sub %838, %841 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%843 = mul %842, %842 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%844 = reduce_sum %843 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%845 = div %844, %710 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%846 = add %845, %717 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%847 = rsqrt %846 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%848 = broadcast %847 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%849 = mul %842, %848 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%850 = broadcast %129 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%851 = mul %849, %850 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%852 = broadcast %130 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%853 = add %851, %852 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%854 = slice %853 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%855 = matmul %854, %131 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%856 = broadcast %132 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%857 = add %855, %856 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%858 = reshape %857 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%859 = permute %858 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%860 = matmul %853, %133 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%861 = broadcast %134 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%862 = add %860, %861 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%863 = reshape %862 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%864 = permute %863 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%865 = matmul %853, %135 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%866 = broadcast %136 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%867 = add %865, %866 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%868 = reshape %867 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%869 = permute %868 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%870 = permute %864 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%871 = slice %859 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%872 = broadcast %871 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%873 = slice %870 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%874 = mul %872, %873 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%875 = slice %859 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%876 = broadcast %875 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%877 = slice %870 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%878 = mul %876, %877 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%879 = add %874, %878 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%880 = slice %859 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%881 = broadcast %880 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%882 = slice %870 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%883 = mul %881, %882 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%884 = add %879, %883 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%885 = slice %859 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%886 = broadcast %885 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%887 = slice %870 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%888 = mul %886, %887 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%889 = add %884, %888 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%890 = slice %859 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%891 = broadcast %890 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%892 = slice %870 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%893 = mul %891, %892 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%894 = add %889, %893 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%895 = slice %859 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%896 = broadcast %895 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%897 = slice %870 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%898 = mul %896, %897 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%899 = add %894, %898 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%900 = slice %859 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%901 = broadcast %900 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%902 = slice %870 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%903 = mul %901, %902 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%904 = add %899, %903 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%905 = slice %859 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%906 = broadcast %905 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%907 = slice %870 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%908 = mul %906, %907 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%909 = add %904, %908 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%910 = mul %909, %782 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%911 = reduce_max %910 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%912 = stop_gradient %911 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%913 = broadcast %912 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%914 = mul %909, %782 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%915 = sub %914, %913 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%916 = exp %915 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%917 = reduce_sum %916 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%918 = broadcast %917 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%919 = exp %915 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%920 = div %919, %918 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%921 = reshape %920 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%922 = broadcast %921 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%923 = reshape %869 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%924 = broadcast %923 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%925 = mul %922, %924 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%926 = reduce_sum %925 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%927 = permute %926 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%928 = reshape %927 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%929 = matmul %928, %137 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%930 = broadcast %138 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%931 = add %929, %930 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%932 = add %837, %931 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%933 = reduce_sum %932 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%934 = div %933, %807 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%935 = broadcast %934 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%936 = sub %932, %935 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%937 = mul %936, %936 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%938 = reduce_sum %937 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%939 = div %938, %807 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%940 = add %939, %814 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%941 = rsqrt %940 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%942 = broadcast %941 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%943 = mul %936, %942 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%944 = broadcast %139 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%945 = mul %943, %944 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%946 = broadcast %140 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%947 = add %945, %946 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%948 = matmul %947, %141 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%949 = broadcast %142 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%950 = add %948, %949 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%951 = mul %826, %950 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%952 = mul %950, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%953 = erf %952 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%954 = add %831, %953 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%955 = mul %951, %954 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%956 = matmul %955, %143 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%957 = broadcast %144 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%958 = add %956, %957 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%959 = add %932, %958 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%960 = concat %959, %706 axis=1 : f32[4,17,16] @ models/dino_pass.yaml:109:30
%961 = reduce_sum %960 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%962 = div %961, %710 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%963 = broadcast %962 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%964 = sub %960, %963 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%965 = mul %964, %964 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%966 = reduce_sum %965 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%967 = div %966, %710 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%968 = add %967, %717 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%969 = rsqrt %968 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%970 = broadcast %969 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%971 = mul %964, %970 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%972 = broadcast %145 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%973 = mul %971, %972 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%974 = broadcast %146 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%975 = add %973, %974 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%976 = slice %975 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:110:28
%977 = matmul %976, %147 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%978 = broadcast %148 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%979 = add %977, %978 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%980 = broadcast %295 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%981 = mul %980, %979 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%982 = broadcast %298 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%983 = mul %979, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%984 = erf %983 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%985 = broadcast %302 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%986 = add %985, %984 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%987 = mul %981, %986 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%988 = matmul %987, %149 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%989 = broadcast %150 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%990 = add %988, %989 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%991 = mul %980, %990 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%992 = mul %990, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%993 = erf %992 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%994 = add %985, %993 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%995 = mul %991, %994 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%996 = matmul %995, %151 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%997 = broadcast %152 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%998 = add %996, %997 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%999 = mul %998, %998 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%1000 = reduce_sum %999 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1001 = sqrt %1000 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1002 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1003 = broadcast %1002 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1004 = max %1001, %1003 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1005 = broadcast %1004 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1006 = div %998, %1005 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1007 = broadcast %153 : f32[32,8] @ models/lib/dino.yaml:22:22
%1008 = mul %1007, %154 : f32[32,8] @ models/lib/dino.yaml:22:22
%1009 = mul %154, %154 : f32[32,8] @ models/lib/dino.yaml:22:53
%1010 = reduce_sum %1009 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%1011 = sqrt %1010 : f32[32,1] @ models/lib/dino.yaml:22:35
%1012 = broadcast %1011 : f32[32,8] @ models/lib/dino.yaml:22:33
%1013 = div %1008, %1012 : f32[32,8] @ models/lib/dino.yaml:22:33
%1014 = matmul %1006, %1013 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%1015 = slice %975 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/dino_pass.yaml:110:46
%1016 = matmul %1015, %155 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%1017 = broadcast %156 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1018 = add %1016, %1017 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1019 = broadcast %295 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1020 = mul %1019, %1018 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1021 = broadcast %298 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1022 = mul %1018, %1021 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1023 = erf %1022 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%1024 = broadcast %302 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1025 = add %1024, %1023 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1026 = mul %1020, %1025 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%1027 = matmul %1026, %157 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%1028 = broadcast %158 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1029 = add %1027, %1028 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1030 = mul %1019, %1029 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1031 = mul %1029, %1021 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1032 = erf %1031 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%1033 = add %1024, %1032 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1034 = mul %1030, %1033 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%1035 = matmul %1034, %159 ta=0 tb=1 : f32[4,16,8] @ models/lib/nn.yaml:83:15
%1036 = broadcast %160 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1037 = add %1035, %1036 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1038 = mul %1037, %1037 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%1039 = reduce_sum %1038 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%1040 = sqrt %1039 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%1041 = broadcast %1002 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%1042 = max %1040, %1041 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%1043 = broadcast %1042 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%1044 = div %1037, %1043 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%1045 = broadcast %161 : f32[16,8] @ models/lib/dino.yaml:22:22
%1046 = mul %1045, %162 : f32[16,8] @ models/lib/dino.yaml:22:22
%1047 = mul %162, %162 : f32[16,8] @ models/lib/dino.yaml:22:53
%1048 = reduce_sum %1047 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%1049 = sqrt %1048 : f32[16,1] @ models/lib/dino.yaml:22:35
%1050 = broadcast %1049 : f32[16,8] @ models/lib/dino.yaml:22:33
%1051 = div %1046, %1050 : f32[16,8] @ models/lib/dino.yaml:22:33
%1052 = matmul %1044, %1051 ta=0 tb=1 : f32[4,16,16] @ models/lib/dino.yaml:23:18
%1053 = slice %1014 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1054 = slice %1014 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1055 = slice %1052 lo=[0,0,0] hi=[2,16,16] : f32[2,16,16] @ models/dino_pass.yaml:131:27
%1056 = slice %1052 lo=[2,0,0] hi=[4,16,16] : f32[2,16,16] @ models/dino_pass.yaml:131:27
%1057 = reshape %6 : f32[4,3,3,4,3,4] @ models/lib/vit.yaml:15:21
%1058 = permute %1057 perm=[0,2,4,1,3,5] : f32[4,3,3,3,4,4] @ models/lib/vit.yaml:15:13
%1059 = reshape %1058 : f32[4,9,48] @ models/lib/vit.yaml:16:13
%1060 = matmul %1059, %168 ta=0 tb=1 : f32[4,9,16] @ models/lib/vit.yaml:17:18
%1061 = broadcast %87 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1062 = add %1060, %1061 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1063 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%1064 = reshape %85 : f32[4,64] @ models/lib/vit.yaml:32:17
%1065 = matmul %1063, %1064 ta=0 tb=0 : f32[3,64] @ models/lib/vit.yaml:32:15
%1066 = reshape %1065 : f32[3,4,16] @ models/lib/vit.yaml:33:21
%1067 = permute %1066 perm=[1,0,2] : f32[4,3,16] @ models/lib/vit.yaml:33:13
%1068 = reshape %1067 : f32[4,48] @ models/lib/vit.yaml:34:17
%1069 = matmul %1063, %1068 ta=0 tb=0 : f32[3,48] @ models/lib/vit.yaml:34:15
%1070 = reshape %1069 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%1071 = permute %1070 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%1072 = reshape %1071 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%1073 = broadcast %1072 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%1074 = add %1062, %1073 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%1075 = reduce_sum %1074 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1076 = broadcast %175 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1077 = div %1075, %1076 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1078 = broadcast %1077 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1079 = sub %1074, %1078 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1080 = mul %1079, %1079 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1081 = reduce_sum %1080 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1082 = div %1081, %1076 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1083 = broadcast %183 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1084 = add %1082, %1083 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1085 = rsqrt %1084 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1086 = broadcast %1085 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1087 = mul %1079, %1086 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1088 = broadcast %88 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1089 = mul %1087, %1088 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1090 = broadcast %89 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1091 = add %1089, %1090 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1092 = matmul %1091, %90 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%1093 = broadcast %91 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1094 = add %1092, %1093 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1095 = reshape %1094 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1096 = permute %1095 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1097 = slice %1096 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1098 = reshape %1097 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%1099 = slice %1096 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1100 = reshape %1099 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%1101 = slice %1096 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1102 = reshape %1101 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%1103 = permute %1100 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%1104 = slice %1098 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1105 = broadcast %1104 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1106 = slice %1103 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1107 = broadcast %1106 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1108 = mul %1105, %1107 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1109 = slice %1098 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1110 = broadcast %1109 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1111 = slice %1103 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1112 = broadcast %1111 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1113 = mul %1110, %1112 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1114 = add %1108, %1113 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1115 = slice %1098 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1116 = broadcast %1115 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1117 = slice %1103 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1118 = broadcast %1117 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1119 = mul %1116, %1118 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1120 = add %1114, %1119 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1121 = slice %1098 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1122 = broadcast %1121 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1123 = slice %1103 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1124 = broadcast %1123 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1125 = mul %1122, %1124 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1126 = add %1120, %1125 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1127 = slice %1098 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1128 = broadcast %1127 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1129 = slice %1103 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1130 = broadcast %1129 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1131 = mul %1128, %1130 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1132 = add %1126, %1131 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1133 = slice %1098 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1134 = broadcast %1133 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1135 = slice %1103 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1136 = broadcast %1135 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1137 = mul %1134, %1136 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1138 = add %1132, %1137 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1139 = slice %1098 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1140 = broadcast %1139 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1141 = slice %1103 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1142 = broadcast %1141 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1143 = mul %1140, %1142 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1144 = add %1138, %1143 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1145 = slice %1098 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1146 = broadcast %1145 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1147 = slice %1103 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1148 = broadcast %1147 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1149 = mul %1146, %1148 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1150 = add %1144, %1149 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1151 = broadcast %252 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1152 = mul %1150, %1151 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1153 = reduce_max %1152 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1154 = stop_gradient %1153 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1155 = broadcast %1154 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1156 = mul %1150, %1151 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1157 = sub %1156, %1155 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1158 = exp %1157 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1159 = reduce_sum %1158 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1160 = broadcast %1159 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1161 = exp %1157 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1162 = div %1161, %1160 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1163 = reshape %1162 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1164 = broadcast %1163 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1165 = reshape %1102 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%1166 = broadcast %1165 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1167 = mul %1164, %1166 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1168 = reduce_sum %1167 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1169 = permute %1168 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%1170 = reshape %1169 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%1171 = matmul %1170, %92 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%1172 = broadcast %93 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1173 = add %1171, %1172 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1174 = add %1074, %1173 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1175 = reduce_sum %1174 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1176 = div %1175, %1076 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1177 = broadcast %1176 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1178 = sub %1174, %1177 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1179 = mul %1178, %1178 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1180 = reduce_sum %1179 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1181 = div %1180, %1076 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1182 = add %1181, %1083 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1183 = rsqrt %1182 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1184 = broadcast %1183 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1185 = mul %1178, %1184 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1186 = broadcast %94 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1187 = mul %1185, %1186 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1188 = broadcast %95 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1189 = add %1187, %1188 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1190 = matmul %1189, %96 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%1191 = broadcast %97 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1192 = add %1190, %1191 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1193 = broadcast %295 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1194 = mul %1193, %1192 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1195 = broadcast %298 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1196 = mul %1192, %1195 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1197 = erf %1196 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1198 = broadcast %302 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1199 = add %1198, %1197 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1200 = mul %1194, %1199 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1201 = matmul %1200, %98 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%1202 = broadcast %99 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1203 = add %1201, %1202 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1204 = add %1174, %1203 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1205 = reduce_sum %1204 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1206 = div %1205, %1076 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1207 = broadcast %1206 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1208 = sub %1204, %1207 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1209 = mul %1208, %1208 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1210 = reduce_sum %1209 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1211 = div %1210, %1076 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1212 = add %1211, %1083 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1213 = rsqrt %1212 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1214 = broadcast %1213 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1215 = mul %1208, %1214 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1216 = broadcast %100 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1217 = mul %1215, %1216 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1218 = broadcast %101 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1219 = add %1217, %1218 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1220 = matmul %1219, %102 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%1221 = broadcast %103 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1222 = add %1220, %1221 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1223 = reshape %1222 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1224 = permute %1223 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1225 = slice %1224 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1226 = reshape %1225 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%1227 = slice %1224 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1228 = reshape %1227 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%1229 = slice %1224 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1230 = reshape %1229 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%1231 = permute %1228 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%1232 = slice %1226 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1233 = broadcast %1232 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1234 = slice %1231 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1235 = broadcast %1234 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1236 = mul %1233, %1235 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1237 = slice %1226 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1238 = broadcast %1237 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1239 = slice %1231 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1240 = broadcast %1239 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1241 = mul %1238, %1240 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1242 = add %1236, %1241 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1243 = slice %1226 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1244 = broadcast %1243 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1245 = slice %1231 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1246 = broadcast %1245 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1247 = mul %1244, %1246 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1248 = add %1242, %1247 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1249 = slice %1226 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1250 = broadcast %1249 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1251 = slice %1231 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1252 = broadcast %1251 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1253 = mul %1250, %1252 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1254 = add %1248, %1253 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1255 = slice %1226 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1256 = broadcast %1255 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1257 = slice %1231 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1258 = broadcast %1257 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1259 = mul %1256, %1258 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1260 = add %1254, %1259 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1261 = slice %1226 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1262 = broadcast %1261 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1263 = slice %1231 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1264 = broadcast %1263 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1265 = mul %1262, %1264 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1266 = add %1260, %1265 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1267 = slice %1226 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1268 = broadcast %1267 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1269 = slice %1231 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1270 = broadcast %1269 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1271 = mul %1268, %1270 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1272 = add %1266, %1271 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1273 = slice %1226 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1274 = broadcast %1273 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1275 = slice %1231 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1276 = broadcast %1275 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1277 = mul %1274, %1276 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1278 = add %1272, %1277 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1279 = mul %1278, %1151 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1280 = reduce_max %1279 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1281 = stop_gradient %1280 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1282 = broadcast %1281 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1283 = mul %1278, %1151 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1284 = sub %1283, %1282 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1285 = exp %1284 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1286 = reduce_sum %1285 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1287 = broadcast %1286 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1288 = exp %1284 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1289 = div %1288, %1287 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1290 = reshape %1289 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1291 = broadcast %1290 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1292 = reshape %1230 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%1293 = broadcast %1292 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1294 = mul %1291, %1293 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1295 = reduce_sum %1294 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1296 = permute %1295 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%1297 = reshape %1296 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%1298 = matmul %1297, %104 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%1299 = broadcast %105 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1300 = add %1298, %1299 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1301 = add %1204, %1300 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1302 = reduce_sum %1301 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1303 = div %1302, %1076 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1304 = broadcast %1303 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1305 = sub %1301, %1304 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1306 = mul %1305, %1305 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1307 = reduce_sum %1306 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1308 = div %1307, %1076 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1309 = add %1308, %1083 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1310 = rsqrt %1309 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1311 = broadcast %1310 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1312 = mul %1305, %1311 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1313 = broadcast %106 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1314 = mul %1312, %1313 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1315 = broadcast %107 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1316 = add %1314, %1315 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1317 = matmul %1316, %108 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%1318 = broadcast %109 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1319 = add %1317, %1318 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1320 = mul %1193, %1319 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1321 = mul %1319, %1195 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1322 = erf %1321 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1323 = add %1198, %1322 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1324 = mul %1320, %1323 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1325 = matmul %1324, %110 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%1326 = broadcast %111 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1327 = add %1325, %1326 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1328 = add %1301, %1327 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1329 = grid_neighbors n=3 size=3 : i32[9,8] @ models/dino_pass.yaml:61:16
%1330 = neighbor_topk_gather %1328, %1329 k=2 : f32[4,9,2,16] @ models/dino_pass.yaml:77:16
%1331 = reshape %1330 : f32[36,2,16] @ models/dino_pass.yaml:87:23
%1332 = broadcast %112 : f32[36,1,16] @ models/lib/vit.yaml:116:31
%1333 = concat %1332, %1331 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1334 = reduce_sum %1333 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1335 = broadcast %175 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1336 = div %1334, %1335 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1337 = broadcast %1336 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1338 = sub %1333, %1337 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1339 = mul %1338, %1338 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1340 = reduce_sum %1339 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1341 = div %1340, %1335 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1342 = broadcast %183 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1343 = add %1341, %1342 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1344 = rsqrt %1343 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1345 = broadcast %1344 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1346 = mul %1338, %1345 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1347 = broadcast %113 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1348 = mul %1346, %1347 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1349 = broadcast %114 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1350 = add %1348, %1349 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1351 = slice %1350 lo=[0,0,0] hi=[36,1,16] : f32[36,1,16] @ models/lib/vit.yaml:78:33
%1352 = matmul %1351, %115 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1353 = broadcast %116 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1354 = add %1352, %1353 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1355 = reshape %1354 : f32[36,1,2,8] @ models/lib/vit.yaml:78:22
%1356 = permute %1355 perm=[0,2,1,3] : f32[36,2,1,8] @ models/lib/vit.yaml:78:14
%1357 = matmul %1350, %117 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1358 = broadcast %118 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1359 = add %1357, %1358 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1360 = reshape %1359 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1361 = permute %1360 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1362 = matmul %1350, %119 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1363 = broadcast %120 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1364 = add %1362, %1363 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1365 = reshape %1364 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1366 = permute %1365 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1367 = permute %1361 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1368 = slice %1356 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1369 = broadcast %1368 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1370 = slice %1367 lo=[0,0,0,0] hi=[36,2,1,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1371 = mul %1369, %1370 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1372 = slice %1356 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1373 = broadcast %1372 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1374 = slice %1367 lo=[0,0,1,0] hi=[36,2,2,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1375 = mul %1373, %1374 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1376 = add %1371, %1375 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1377 = slice %1356 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1378 = broadcast %1377 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1379 = slice %1367 lo=[0,0,2,0] hi=[36,2,3,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1380 = mul %1378, %1379 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1381 = add %1376, %1380 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1382 = slice %1356 lo=[0,0,0,3] hi=[36,2,1,4] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1383 = broadcast %1382 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1384 = slice %1367 lo=[0,0,3,0] hi=[36,2,4,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1385 = mul %1383, %1384 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1386 = add %1381, %1385 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1387 = slice %1356 lo=[0,0,0,4] hi=[36,2,1,5] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1388 = broadcast %1387 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1389 = slice %1367 lo=[0,0,4,0] hi=[36,2,5,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1390 = mul %1388, %1389 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1391 = add %1386, %1390 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1392 = slice %1356 lo=[0,0,0,5] hi=[36,2,1,6] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1393 = broadcast %1392 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1394 = slice %1367 lo=[0,0,5,0] hi=[36,2,6,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1395 = mul %1393, %1394 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1396 = add %1391, %1395 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1397 = slice %1356 lo=[0,0,0,6] hi=[36,2,1,7] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1398 = broadcast %1397 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1399 = slice %1367 lo=[0,0,6,0] hi=[36,2,7,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1400 = mul %1398, %1399 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1401 = add %1396, %1400 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1402 = slice %1356 lo=[0,0,0,7] hi=[36,2,1,8] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1403 = broadcast %1402 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1404 = slice %1367 lo=[0,0,7,0] hi=[36,2,8,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1405 = mul %1403, %1404 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1406 = add %1401, %1405 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1407 = broadcast %252 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1408 = mul %1406, %1407 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1409 = reduce_max %1408 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1410 = stop_gradient %1409 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1411 = broadcast %1410 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1412 = mul %1406, %1407 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1413 = sub %1412, %1411 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1414 = exp %1413 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1415 = reduce_sum %1414 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1416 = broadcast %1415 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1417 = exp %1413 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1418 = div %1417, %1416 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1419 = slice %1418 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1420 = broadcast %1419 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1421 = slice %1366 lo=[0,0,0,0] hi=[36,2,1,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1422 = mul %1420, %1421 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1423 = slice %1418 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1424 = broadcast %1423 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1425 = slice %1366 lo=[0,0,1,0] hi=[36,2,2,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1426 = mul %1424, %1425 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1427 = add %1422, %1426 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1428 = slice %1418 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1429 = broadcast %1428 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1430 = slice %1366 lo=[0,0,2,0] hi=[36,2,3,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1431 = mul %1429, %1430 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1432 = add %1427, %1431 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1433 = permute %1432 perm=[0,2,1,3] : f32[36,1,2,8] @ models/lib/nn.yaml:56:13
%1434 = reshape %1433 : f32[36,1,16] @ models/lib/nn.yaml:57:16
%1435 = matmul %1434, %121 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1436 = broadcast %122 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1437 = add %1435, %1436 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1438 = add %1332, %1437 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1439 = reduce_sum %1438 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1440 = broadcast %175 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1441 = div %1439, %1440 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1442 = broadcast %1441 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1443 = sub %1438, %1442 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1444 = mul %1443, %1443 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1445 = reduce_sum %1444 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1446 = div %1445, %1440 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1447 = broadcast %183 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1448 = add %1446, %1447 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1449 = rsqrt %1448 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1450 = broadcast %1449 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1451 = mul %1443, %1450 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1452 = broadcast %123 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1453 = mul %1451, %1452 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1454 = broadcast %124 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1455 = add %1453, %1454 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1456 = matmul %1455, %125 ta=0 tb=1 : f32[36,1,64] @ models/lib/nn.yaml:83:15
%1457 = broadcast %126 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1458 = add %1456, %1457 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1459 = broadcast %295 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1460 = mul %1459, %1458 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1461 = broadcast %298 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1462 = mul %1458, %1461 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1463 = erf %1462 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1464 = broadcast %302 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1465 = add %1464, %1463 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1466 = mul %1460, %1465 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1467 = matmul %1466, %127 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1468 = broadcast %128 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1469 = add %1467, %1468 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1470 = add %1438, %1469 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1471 = concat %1470, %1331 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1472 = reduce_sum %1471 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1473 = div %1472, %1335 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1474 = broadcast %1473 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1475 = sub %1471, %1474 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1476 = mul %1475, %1475 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1477 = reduce_sum %1476 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1478 = div %1477, %1335 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1479 = add %1478, %1342 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1480 = rsqrt %1479 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1481 = broadcast %1480 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1482 = mul %1475, %1481 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1483 = broadcast %129 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1484 = mul %1482, %1483 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1485 = broadcast %130 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1486 = add %1484, %1485 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1487 = slice %1486 lo=[0,0,0] hi=[36,1,16] : f32[36,1,16] @ models/lib/vit.yaml:78:33
%1488 = matmul %1487, %131 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1489 = broadcast %132 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1490 = add %1488, %1489 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1491 = reshape %1490 : f32[36,1,2,8] @ models/lib/vit.yaml:78:22
%1492 = permute %1491 perm=[0,2,1,3] : f32[36,2,1,8] @ models/lib/vit.yaml:78:14
%1493 = matmul %1486, %133 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1494 = broadcast %134 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1495 = add %1493, %1494 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1496 = reshape %1495 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1497 = permute %1496 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1498 = matmul %1486, %135 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1499 = broadcast %136 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1500 = add %1498, %1499 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1501 = reshape %1500 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1502 = permute %1501 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1503 = permute %1497 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1504 = slice %1492 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1505 = broadcast %1504 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1506 = slice %1503 lo=[0,0,0,0] hi=[36,2,1,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1507 = mul %1505, %1506 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1508 = slice %1492 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1509 = broadcast %1508 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1510 = slice %1503 lo=[0,0,1,0] hi=[36,2,2,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1511 = mul %1509, %1510 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1512 = add %1507, %1511 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1513 = slice %1492 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1514 = broadcast %1513 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1515 = slice %1503 lo=[0,0,2,0] hi=[36,2,3,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1516 = mul %1514, %1515 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1517 = add %1512, %1516 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1518 = slice %1492 lo=[0,0,0,3] hi=[36,2,1,4] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1519 = broadcast %1518 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1520 = slice %1503 lo=[0,0,3,0] hi=[36,2,4,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1521 = mul %1519, %1520 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1522 = add %1517, %1521 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1523 = slice %1492 lo=[0,0,0,4] hi=[36,2,1,5] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1524 = broadcast %1523 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1525 = slice %1503 lo=[0,0,4,0] hi=[36,2,5,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1526 = mul %1524, %1525 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1527 = add %1522, %1526 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1528 = slice %1492 lo=[0,0,0,5] hi=[36,2,1,6] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1529 = broadcast %1528 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1530 = slice %1503 lo=[0,0,5,0] hi=[36,2,6,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1531 = mul %1529, %1530 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1532 = add %1527, %1531 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1533 = slice %1492 lo=[0,0,0,6] hi=[36,2,1,7] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1534 = broadcast %1533 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1535 = slice %1503 lo=[0,0,6,0] hi=[36,2,7,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1536 = mul %1534, %1535 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1537 = add %1532, %1536 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1538 = slice %1492 lo=[0,0,0,7] hi=[36,2,1,8] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1539 = broadcast %1538 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1540 = slice %1503 lo=[0,0,7,0] hi=[36,2,8,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1541 = mul %1539, %1540 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1542 = add %1537, %1541 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1543 = mul %1542, %1407 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1544 = reduce_max %1543 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1545 = stop_gradient %1544 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1546 = broadcast %1545 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1547 = mul %1542, %1407 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1548 = sub %1547, %1546 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1549 = exp %1548 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1550 = reduce_sum %1549 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1551 = broadcast %1550 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1552 = exp %1548 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1553 = div %1552, %1551 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1554 = slice %1553 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1555 = broadcast %1554 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1556 = slice %1502 lo=[0,0,0,0] hi=[36,2,1,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1557 = mul %1555, %1556 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1558 = slice %1553 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1559 = broadcast %1558 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1560 = slice %1502 lo=[0,0,1,0] hi=[36,2,2,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1561 = mul %1559, %1560 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1562 = add %1557, %1561 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1563 = slice %1553 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1564 = broadcast %1563 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1565 = slice %1502 lo=[0,0,2,0] hi=[36,2,3,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1566 = mul %1564, %1565 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1567 = add %1562, %1566 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1568 = permute %1567 perm=[0,2,1,3] : f32[36,1,2,8] @ models/lib/nn.yaml:56:13
%1569 = reshape %1568 : f32[36,1,16] @ models/lib/nn.yaml:57:16
%1570 = matmul %1569, %137 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1571 = broadcast %138 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1572 = add %1570, %1571 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1573 = add %1470, %1572 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1574 = reduce_sum %1573 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1575 = div %1574, %1440 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1576 = broadcast %1575 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1577 = sub %1573, %1576 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1578 = mul %1577, %1577 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1579 = reduce_sum %1578 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1580 = div %1579, %1440 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1581 = add %1580, %1447 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1582 = rsqrt %1581 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1583 = broadcast %1582 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1584 = mul %1577, %1583 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1585 = broadcast %139 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1586 = mul %1584, %1585 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1587 = broadcast %140 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1588 = add %1586, %1587 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1589 = matmul %1588, %141 ta=0 tb=1 : f32[36,1,64] @ models/lib/nn.yaml:83:15
%1590 = broadcast %142 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1591 = add %1589, %1590 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1592 = mul %1459, %1591 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1593 = mul %1591, %1461 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1594 = erf %1593 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1595 = add %1464, %1594 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1596 = mul %1592, %1595 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1597 = matmul %1596, %143 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1598 = broadcast %144 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1599 = add %1597, %1598 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1600 = add %1573, %1599 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1601 = reshape %1600 : f32[4,9,16] @ models/dino_pass.yaml:88:16
%1602 = concat %707, %1328 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%1603 = reduce_sum %1602 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1604 = broadcast %175 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1605 = div %1603, %1604 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1606 = broadcast %1605 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1607 = sub %1602, %1606 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1608 = mul %1607, %1607 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1609 = reduce_sum %1608 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1610 = div %1609, %1604 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1611 = broadcast %183 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1612 = add %1610, %1611 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1613 = rsqrt %1612 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1614 = broadcast %1613 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1615 = mul %1607, %1614 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1616 = broadcast %113 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1617 = mul %1615, %1616 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1618 = broadcast %114 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1619 = add %1617, %1618 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1620 = slice %1619 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1621 = matmul %1620, %115 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1622 = add %1621, %728 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1623 = reshape %1622 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1624 = permute %1623 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1625 = matmul %1619, %117 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1626 = broadcast %118 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1627 = add %1625, %1626 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1628 = reshape %1627 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%1629 = permute %1628 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%1630 = matmul %1619, %119 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1631 = broadcast %120 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1632 = add %1630, %1631 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1633 = reshape %1632 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%1634 = permute %1633 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%1635 = permute %1629 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%1636 = slice %1624 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1637 = broadcast %1636 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1638 = slice %1635 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1639 = mul %1637, %1638 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1640 = slice %1624 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1641 = broadcast %1640 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1642 = slice %1635 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1643 = mul %1641, %1642 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1644 = add %1639, %1643 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1645 = slice %1624 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1646 = broadcast %1645 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1647 = slice %1635 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1648 = mul %1646, %1647 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1649 = add %1644, %1648 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1650 = slice %1624 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1651 = broadcast %1650 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1652 = slice %1635 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1653 = mul %1651, %1652 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1654 = add %1649, %1653 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1655 = slice %1624 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1656 = broadcast %1655 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1657 = slice %1635 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1658 = mul %1656, %1657 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1659 = add %1654, %1658 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1660 = slice %1624 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1661 = broadcast %1660 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1662 = slice %1635 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1663 = mul %1661, %1662 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1664 = add %1659, %1663 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1665 = slice %1624 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1666 = broadcast %1665 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1667 = slice %1635 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1668 = mul %1666, %1667 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1669 = add %1664, %1668 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1670 = slice %1624 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1671 = broadcast %1670 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1672 = slice %1635 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1673 = mul %1671, %1672 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1674 = add %1669, %1673 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1675 = broadcast %252 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1676 = mul %1674, %1675 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1677 = reduce_max %1676 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1678 = stop_gradient %1677 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1679 = broadcast %1678 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1680 = mul %1674, %1675 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1681 = sub %1680, %1679 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1682 = exp %1681 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1683 = reduce_sum %1682 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1684 = broadcast %1683 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1685 = exp %1681 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1686 = div %1685, %1684 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1687 = reshape %1686 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%1688 = broadcast %1687 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1689 = reshape %1634 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1690 = broadcast %1689 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1691 = mul %1688, %1690 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1692 = reduce_sum %1691 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1693 = permute %1692 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%1694 = reshape %1693 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%1695 = matmul %1694, %121 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1696 = add %1695, %803 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1697 = add %707, %1696 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1698 = reduce_sum %1697 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1699 = div %1698, %807 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1700 = broadcast %1699 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1701 = sub %1697, %1700 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1702 = mul %1701, %1701 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1703 = reduce_sum %1702 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1704 = div %1703, %807 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1705 = add %1704, %814 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1706 = rsqrt %1705 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1707 = broadcast %1706 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1708 = mul %1701, %1707 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1709 = mul %1708, %819 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1710 = add %1709, %821 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1711 = matmul %1710, %125 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1712 = add %1711, %824 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1713 = mul %826, %1712 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1714 = mul %1712, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1715 = erf %1714 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1716 = add %831, %1715 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1717 = mul %1713, %1716 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1718 = matmul %1717, %127 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1719 = add %1718, %835 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1720 = add %1697, %1719 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1721 = concat %1720, %1328 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%1722 = reduce_sum %1721 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1723 = div %1722, %1604 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1724 = broadcast %1723 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1725 = sub %1721, %1724 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1726 = mul %1725, %1725 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1727 = reduce_sum %1726 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1728 = div %1727, %1604 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1729 = add %1728, %1611 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1730 = rsqrt %1729 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1731 = broadcast %1730 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1732 = mul %1725, %1731 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1733 = broadcast %129 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1734 = mul %1732, %1733 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1735 = broadcast %130 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1736 = add %1734, %1735 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1737 = slice %1736 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1738 = matmul %1737, %131 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1739 = add %1738, %856 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1740 = reshape %1739 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1741 = permute %1740 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1742 = matmul %1736, %133 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1743 = broadcast %134 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1744 = add %1742, %1743 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1745 = reshape %1744 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%1746 = permute %1745 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%1747 = matmul %1736, %135 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1748 = broadcast %136 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1749 = add %1747, %1748 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1750 = reshape %1749 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%1751 = permute %1750 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%1752 = permute %1746 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%1753 = slice %1741 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1754 = broadcast %1753 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1755 = slice %1752 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1756 = mul %1754, %1755 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1757 = slice %1741 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1758 = broadcast %1757 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1759 = slice %1752 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1760 = mul %1758, %1759 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1761 = add %1756, %1760 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1762 = slice %1741 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1763 = broadcast %1762 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1764 = slice %1752 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1765 = mul %1763, %1764 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1766 = add %1761, %1765 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1767 = slice %1741 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1768 = broadcast %1767 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1769 = slice %1752 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1770 = mul %1768, %1769 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1771 = add %1766, %1770 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1772 = slice %1741 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1773 = broadcast %1772 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1774 = slice %1752 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1775 = mul %1773, %1774 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1776 = add %1771, %1775 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1777 = slice %1741 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1778 = broadcast %1777 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1779 = slice %1752 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1780 = mul %1778, %1779 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1781 = add %1776, %1780 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1782 = slice %1741 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1783 = broadcast %1782 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1784 = slice %1752 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1785 = mul %1783, %1784 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1786 = add %1781, %1785 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1787 = slice %1741 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1788 = broadcast %1787 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1789 = slice %1752 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1790 = mul %1788, %1789 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1791 = add %1786, %1790 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1792 = mul %1791, %1675 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1793 = reduce_max %1792 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1794 = stop_gradient %1793 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1795 = broadcast %1794 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1796 = mul %1791, %1675 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1797 = sub %1796, %1795 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1798 = exp %1797 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1799 = reduce_sum %1798 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1800 = broadcast %1799 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1801 = exp %1797 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1802 = div %1801, %1800 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1803 = reshape %1802 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%1804 = broadcast %1803 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1805 = reshape %1751 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1806 = broadcast %1805 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1807 = mul %1804, %1806 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1808 = reduce_sum %1807 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1809 = permute %1808 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%1810 = reshape %1809 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%1811 = matmul %1810, %137 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1812 = add %1811, %930 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1813 = add %1720, %1812 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1814 = reduce_sum %1813 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1815 = div %1814, %807 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1816 = broadcast %1815 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1817 = sub %1813, %1816 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1818 = mul %1817, %1817 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1819 = reduce_sum %1818 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1820 = div %1819, %807 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1821 = add %1820, %814 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1822 = rsqrt %1821 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1823 = broadcast %1822 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1824 = mul %1817, %1823 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1825 = mul %1824, %944 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1826 = add %1825, %946 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1827 = matmul %1826, %141 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1828 = add %1827, %949 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1829 = mul %826, %1828 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1830 = mul %1828, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1831 = erf %1830 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1832 = add %831, %1831 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1833 = mul %1829, %1832 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1834 = matmul %1833, %143 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1835 = add %1834, %957 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1836 = add %1813, %1835 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1837 = concat %1836, %1601 axis=1 : f32[4,10,16] @ models/dino_pass.yaml:109:30
%1838 = reduce_sum %1837 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1839 = div %1838, %1604 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1840 = broadcast %1839 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1841 = sub %1837, %1840 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1842 = mul %1841, %1841 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1843 = reduce_sum %1842 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1844 = div %1843, %1604 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1845 = add %1844, %1611 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1846 = rsqrt %1845 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1847 = broadcast %1846 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1848 = mul %1841, %1847 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1849 = broadcast %145 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1850 = mul %1848, %1849 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1851 = broadcast %146 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1852 = add %1850, %1851 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1853 = slice %1852 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:110:28
%1854 = matmul %1853, %147 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%1855 = add %1854, %978 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1856 = mul %980, %1855 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1857 = mul %1855, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1858 = erf %1857 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1859 = add %985, %1858 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1860 = mul %1856, %1859 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1861 = matmul %1860, %149 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%1862 = add %1861, %989 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1863 = mul %980, %1862 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1864 = mul %1862, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1865 = erf %1864 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1866 = add %985, %1865 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1867 = mul %1863, %1866 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1868 = matmul %1867, %151 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%1869 = add %1868, %997 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1870 = mul %1869, %1869 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%1871 = reduce_sum %1870 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1872 = sqrt %1871 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1873 = max %1872, %1003 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1874 = broadcast %1873 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1875 = div %1869, %1874 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1876 = matmul %1875, %1013 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%1877 = slice %1852 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/dino_pass.yaml:110:46
%1878 = matmul %1877, %155 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%1879 = broadcast %156 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1880 = add %1878, %1879 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1881 = broadcast %295 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1882 = mul %1881, %1880 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1883 = broadcast %298 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1884 = mul %1880, %1883 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1885 = erf %1884 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%1886 = broadcast %302 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1887 = add %1886, %1885 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1888 = mul %1882, %1887 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%1889 = matmul %1888, %157 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%1890 = broadcast %158 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1891 = add %1889, %1890 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1892 = mul %1881, %1891 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1893 = mul %1891, %1883 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1894 = erf %1893 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%1895 = add %1886, %1894 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1896 = mul %1892, %1895 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%1897 = matmul %1896, %159 ta=0 tb=1 : f32[4,9,8] @ models/lib/nn.yaml:83:15
%1898 = broadcast %160 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%1899 = add %1897, %1898 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%1900 = mul %1899, %1899 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%1901 = reduce_sum %1900 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%1902 = sqrt %1901 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%1903 = broadcast %1002 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1904 = max %1902, %1903 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1905 = broadcast %1904 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%1906 = div %1899, %1905 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%1907 = matmul %1906, %1051 ta=0 tb=1 : f32[4,9,16] @ models/lib/dino.yaml:23:18
%1908 = slice %1876 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1909 = slice %1876 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1910 = slice %1907 lo=[0,0,0] hi=[2,9,16] : f32[2,9,16] @ models/dino_pass.yaml:131:27
%1911 = slice %1907 lo=[2,0,0] hi=[4,9,16] : f32[2,9,16] @ models/dino_pass.yaml:131:27
%1912 = reshape %8 : f32[16,48] @ models/lib/vit.yaml:17:20
%1913 = matmul %167, %1912 ta=0 tb=1 : f32[4,16,16] @ models/lib/vit.yaml:17:18
%1914 = broadcast %9 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%1915 = add %1913, %1914 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%1916 = broadcast %7 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%1917 = add %1915, %1916 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%1918 = reduce_sum %1917 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1919 = div %1918, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1920 = broadcast %1919 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1921 = sub %1917, %1920 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1922 = mul %1921, %1921 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%1923 = reduce_sum %1922 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1924 = div %1923, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1925 = add %1924, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1926 = rsqrt %1925 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1927 = broadcast %1926 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1928 = mul %1921, %1927 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1929 = broadcast %10 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1930 = mul %1928, %1929 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1931 = broadcast %11 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1932 = add %1930, %1931 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1933 = matmul %1932, %12 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%1934 = broadcast %13 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%1935 = add %1933, %1934 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%1936 = reshape %1935 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%1937 = permute %1936 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%1938 = slice %1937 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%1939 = reshape %1938 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%1940 = slice %1937 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%1941 = reshape %1940 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%1942 = slice %1937 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%1943 = reshape %1942 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%1944 = permute %1941 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%1945 = slice %1939 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%1946 = broadcast %1945 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1947 = slice %1944 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%1948 = broadcast %1947 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1949 = mul %1946, %1948 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1950 = slice %1939 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%1951 = broadcast %1950 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1952 = slice %1944 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%1953 = broadcast %1952 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1954 = mul %1951, %1953 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1955 = add %1949, %1954 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1956 = slice %1939 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%1957 = broadcast %1956 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1958 = slice %1944 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%1959 = broadcast %1958 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1960 = mul %1957, %1959 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1961 = add %1955, %1960 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1962 = slice %1939 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%1963 = broadcast %1962 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1964 = slice %1944 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%1965 = broadcast %1964 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1966 = mul %1963, %1965 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1967 = add %1961, %1966 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1968 = slice %1939 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%1969 = broadcast %1968 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1970 = slice %1944 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%1971 = broadcast %1970 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1972 = mul %1969, %1971 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1973 = add %1967, %1972 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1974 = slice %1939 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%1975 = broadcast %1974 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1976 = slice %1944 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%1977 = broadcast %1976 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1978 = mul %1975, %1977 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1979 = add %1973, %1978 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1980 = slice %1939 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%1981 = broadcast %1980 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1982 = slice %1944 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%1983 = broadcast %1982 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1984 = mul %1981, %1983 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1985 = add %1979, %1984 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1986 = slice %1939 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%1987 = broadcast %1986 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1988 = slice %1944 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%1989 = broadcast %1988 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1990 = mul %1987, %1989 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1991 = add %1985, %1990 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1992 = mul %1991, %253 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1993 = reduce_max %1992 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%1994 = stop_gradient %1993 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%1995 = broadcast %1994 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1996 = mul %1991, %253 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1997 = sub %1996, %1995 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1998 = exp %1997 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1999 = reduce_sum %1998 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%2000 = broadcast %1999 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2001 = exp %1997 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2002 = div %2001, %2000 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2003 = reshape %2002 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%2004 = broadcast %2003 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2005 = reshape %1943 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%2006 = broadcast %2005 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2007 = mul %2004, %2006 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2008 = reduce_sum %2007 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2009 = permute %2008 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%2010 = reshape %2009 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%2011 = matmul %2010, %14 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%2012 = broadcast %15 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2013 = add %2011, %2012 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2014 = add %1917, %2013 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%2015 = reduce_sum %2014 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2016 = div %2015, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2017 = broadcast %2016 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2018 = sub %2014, %2017 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2019 = mul %2018, %2018 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2020 = reduce_sum %2019 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2021 = div %2020, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2022 = add %2021, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2023 = rsqrt %2022 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2024 = broadcast %2023 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2025 = mul %2018, %2024 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2026 = broadcast %16 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2027 = mul %2025, %2026 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2028 = broadcast %17 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2029 = add %2027, %2028 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2030 = matmul %2029, %18 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%2031 = broadcast %19 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2032 = add %2030, %2031 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2033 = mul %296, %2032 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%2034 = mul %2032, %299 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%2035 = erf %2034 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%2036 = add %303, %2035 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%2037 = mul %2033, %2036 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%2038 = matmul %2037, %20 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%2039 = broadcast %21 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2040 = add %2038, %2039 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2041 = add %2014, %2040 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%2042 = reduce_sum %2041 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2043 = div %2042, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2044 = broadcast %2043 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2045 = sub %2041, %2044 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2046 = mul %2045, %2045 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2047 = reduce_sum %2046 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2048 = div %2047, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2049 = add %2048, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2050 = rsqrt %2049 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2051 = broadcast %2050 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2052 = mul %2045, %2051 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2053 = broadcast %22 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2054 = mul %2052, %2053 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2055 = broadcast %23 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2056 = add %2054, %2055 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2057 = matmul %2056, %24 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%2058 = broadcast %25 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2059 = add %2057, %2058 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2060 = reshape %2059 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%2061 = permute %2060 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%2062 = slice %2061 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%2063 = reshape %2062 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%2064 = slice %2061 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%2065 = reshape %2064 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%2066 = slice %2061 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%2067 = reshape %2066 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%2068 = permute %2065 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%2069 = slice %2063 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2070 = broadcast %2069 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2071 = slice %2068 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2072 = broadcast %2071 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2073 = mul %2070, %2072 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2074 = slice %2063 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2075 = broadcast %2074 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2076 = slice %2068 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2077 = broadcast %2076 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2078 = mul %2075, %2077 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2079 = add %2073, %2078 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2080 = slice %2063 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2081 = broadcast %2080 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2082 = slice %2068 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2083 = broadcast %2082 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2084 = mul %2081, %2083 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2085 = add %2079, %2084 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2086 = slice %2063 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2087 = broadcast %2086 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2088 = slice %2068 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2089 = broadcast %2088 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2090 = mul %2087, %2089 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2091 = add %2085, %2090 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2092 = slice %2063 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2093 = broadcast %2092 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2094 = slice %2068 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2095 = broadcast %2094 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2096 = mul %2093, %2095 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2097 = add %2091, %2096 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2098 = slice %2063 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2099 = broadcast %2098 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2100 = slice %2068 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2101 = broadcast %2100 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2102 = mul %2099, %2101 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2103 = add %2097, %2102 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2104 = slice %2063 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2105 = broadcast %2104 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2106 = slice %2068 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2107 = broadcast %2106 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2108 = mul %2105, %2107 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2109 = add %2103, %2108 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2110 = slice %2063 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2111 = broadcast %2110 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2112 = slice %2068 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2113 = broadcast %2112 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2114 = mul %2111, %2113 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2115 = add %2109, %2114 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2116 = mul %2115, %253 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2117 = reduce_max %2116 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%2118 = stop_gradient %2117 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%2119 = broadcast %2118 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2120 = mul %2115, %253 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2121 = sub %2120, %2119 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2122 = exp %2121 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2123 = reduce_sum %2122 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%2124 = broadcast %2123 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2125 = exp %2121 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2126 = div %2125, %2124 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2127 = reshape %2126 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%2128 = broadcast %2127 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2129 = reshape %2067 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%2130 = broadcast %2129 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2131 = mul %2128, %2130 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2132 = reduce_sum %2131 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2133 = permute %2132 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%2134 = reshape %2133 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%2135 = matmul %2134, %26 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%2136 = broadcast %27 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2137 = add %2135, %2136 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2138 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%2139 = broadcast %2138 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2140 = div %2137, %2139 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2141 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%2142 = rand_uniform %2141 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%2143 = broadcast %2138 : f32[4] @ models/lib/nn.yaml:44:35
%2144 = add %2143, %2142 : f32[4] @ models/lib/nn.yaml:44:35
%2145 = floor %2144 : f32[4] @ models/lib/nn.yaml:44:24
%2146 = reshape %2145 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2147 = broadcast %2146 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2148 = mul %2140, %2147 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2149 = add %2041, %2148 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%2150 = reduce_sum %2149 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2151 = div %2150, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2152 = broadcast %2151 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2153 = sub %2149, %2152 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2154 = mul %2153, %2153 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2155 = reduce_sum %2154 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2156 = div %2155, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2157 = add %2156, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2158 = rsqrt %2157 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2159 = broadcast %2158 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2160 = mul %2153, %2159 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2161 = broadcast %28 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2162 = mul %2160, %2161 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2163 = broadcast %29 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2164 = add %2162, %2163 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2165 = matmul %2164, %30 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%2166 = broadcast %31 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2167 = add %2165, %2166 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2168 = mul %296, %2167 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%2169 = mul %2167, %299 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%2170 = erf %2169 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%2171 = add %303, %2170 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%2172 = mul %2168, %2171 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%2173 = matmul %2172, %32 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%2174 = broadcast %33 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2175 = add %2173, %2174 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2176 = div %2175, %2139 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2177 = rand_uniform %2141 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%2178 = add %2143, %2177 : f32[4] @ models/lib/nn.yaml:44:35
%2179 = floor %2178 : f32[4] @ models/lib/nn.yaml:44:24
%2180 = reshape %2179 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2181 = broadcast %2180 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2182 = mul %2176, %2181 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2183 = add %2149, %2182 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%2184 = broadcast %34 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%2185 = concat %2184, %2183 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%2186 = reduce_sum %2185 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2187 = div %2186, %710 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2188 = broadcast %2187 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2189 = sub %2185, %2188 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2190 = mul %2189, %2189 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2191 = reduce_sum %2190 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2192 = div %2191, %710 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2193 = add %2192, %717 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2194 = rsqrt %2193 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2195 = broadcast %2194 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2196 = mul %2189, %2195 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2197 = broadcast %35 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2198 = mul %2196, %2197 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2199 = broadcast %36 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2200 = add %2198, %2199 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2201 = slice %2200 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2202 = matmul %2201, %37 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2203 = broadcast %38 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2204 = add %2202, %2203 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2205 = reshape %2204 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2206 = permute %2205 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2207 = matmul %2200, %39 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2208 = broadcast %40 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2209 = add %2207, %2208 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2210 = reshape %2209 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2211 = permute %2210 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%2212 = matmul %2200, %41 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2213 = broadcast %42 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2214 = add %2212, %2213 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2215 = reshape %2214 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%2216 = permute %2215 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%2217 = permute %2211 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2218 = slice %2206 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2219 = broadcast %2218 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2220 = slice %2217 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2221 = mul %2219, %2220 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2222 = slice %2206 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2223 = broadcast %2222 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2224 = slice %2217 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2225 = mul %2223, %2224 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2226 = add %2221, %2225 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2227 = slice %2206 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2228 = broadcast %2227 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2229 = slice %2217 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2230 = mul %2228, %2229 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2231 = add %2226, %2230 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2232 = slice %2206 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2233 = broadcast %2232 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2234 = slice %2217 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2235 = mul %2233, %2234 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2236 = add %2231, %2235 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2237 = slice %2206 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2238 = broadcast %2237 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2239 = slice %2217 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2240 = mul %2238, %2239 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2241 = add %2236, %2240 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2242 = slice %2206 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2243 = broadcast %2242 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2244 = slice %2217 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2245 = mul %2243, %2244 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2246 = add %2241, %2245 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2247 = slice %2206 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2248 = broadcast %2247 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2249 = slice %2217 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2250 = mul %2248, %2249 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2251 = add %2246, %2250 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2252 = slice %2206 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2253 = broadcast %2252 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2254 = slice %2217 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2255 = mul %2253, %2254 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2256 = add %2251, %2255 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2257 = mul %2256, %782 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2258 = reduce_max %2257 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2259 = stop_gradient %2258 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2260 = broadcast %2259 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2261 = mul %2256, %782 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2262 = sub %2261, %2260 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2263 = exp %2262 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2264 = reduce_sum %2263 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2265 = broadcast %2264 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2266 = exp %2262 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2267 = div %2266, %2265 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2268 = reshape %2267 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%2269 = broadcast %2268 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2270 = reshape %2216 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2271 = broadcast %2270 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2272 = mul %2269, %2271 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2273 = reduce_sum %2272 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2274 = permute %2273 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%2275 = reshape %2274 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%2276 = matmul %2275, %43 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2277 = broadcast %44 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2278 = add %2276, %2277 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2279 = add %2184, %2278 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2280 = reduce_sum %2279 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2281 = div %2280, %807 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2282 = broadcast %2281 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2283 = sub %2279, %2282 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2284 = mul %2283, %2283 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2285 = reduce_sum %2284 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2286 = div %2285, %807 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2287 = add %2286, %814 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2288 = rsqrt %2287 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2289 = broadcast %2288 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2290 = mul %2283, %2289 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2291 = broadcast %45 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2292 = mul %2290, %2291 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2293 = broadcast %46 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2294 = add %2292, %2293 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2295 = matmul %2294, %47 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2296 = broadcast %48 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2297 = add %2295, %2296 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2298 = mul %826, %2297 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2299 = mul %2297, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2300 = erf %2299 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2301 = add %831, %2300 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2302 = mul %2298, %2301 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2303 = matmul %2302, %49 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2304 = broadcast %50 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2305 = add %2303, %2304 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2306 = add %2279, %2305 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2307 = concat %2306, %2183 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%2308 = reduce_sum %2307 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2309 = div %2308, %710 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2310 = broadcast %2309 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2311 = sub %2307, %2310 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2312 = mul %2311, %2311 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2313 = reduce_sum %2312 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2314 = div %2313, %710 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2315 = add %2314, %717 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2316 = rsqrt %2315 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2317 = broadcast %2316 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2318 = mul %2311, %2317 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2319 = broadcast %51 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2320 = mul %2318, %2319 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2321 = broadcast %52 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2322 = add %2320, %2321 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2323 = slice %2322 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2324 = matmul %2323, %53 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2325 = broadcast %54 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2326 = add %2324, %2325 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2327 = reshape %2326 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2328 = permute %2327 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2329 = matmul %2322, %55 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2330 = broadcast %56 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2331 = add %2329, %2330 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2332 = reshape %2331 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2333 = permute %2332 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%2334 = matmul %2322, %57 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2335 = broadcast %58 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2336 = add %2334, %2335 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2337 = reshape %2336 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%2338 = permute %2337 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%2339 = permute %2333 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2340 = slice %2328 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2341 = broadcast %2340 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2342 = slice %2339 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2343 = mul %2341, %2342 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2344 = slice %2328 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2345 = broadcast %2344 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2346 = slice %2339 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2347 = mul %2345, %2346 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2348 = add %2343, %2347 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2349 = slice %2328 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2350 = broadcast %2349 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2351 = slice %2339 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2352 = mul %2350, %2351 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2353 = add %2348, %2352 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2354 = slice %2328 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2355 = broadcast %2354 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2356 = slice %2339 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2357 = mul %2355, %2356 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2358 = add %2353, %2357 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2359 = slice %2328 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2360 = broadcast %2359 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2361 = slice %2339 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2362 = mul %2360, %2361 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2363 = add %2358, %2362 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2364 = slice %2328 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2365 = broadcast %2364 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2366 = slice %2339 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2367 = mul %2365, %2366 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2368 = add %2363, %2367 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2369 = slice %2328 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2370 = broadcast %2369 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2371 = slice %2339 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2372 = mul %2370, %2371 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2373 = add %2368, %2372 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2374 = slice %2328 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2375 = broadcast %2374 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2376 = slice %2339 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2377 = mul %2375, %2376 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2378 = add %2373, %2377 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2379 = mul %2378, %782 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2380 = reduce_max %2379 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2381 = stop_gradient %2380 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2382 = broadcast %2381 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2383 = mul %2378, %782 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2384 = sub %2383, %2382 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2385 = exp %2384 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2386 = reduce_sum %2385 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2387 = broadcast %2386 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2388 = exp %2384 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2389 = div %2388, %2387 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2390 = reshape %2389 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%2391 = broadcast %2390 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2392 = reshape %2338 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2393 = broadcast %2392 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2394 = mul %2391, %2393 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2395 = reduce_sum %2394 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2396 = permute %2395 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%2397 = reshape %2396 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%2398 = matmul %2397, %59 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2399 = broadcast %60 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2400 = add %2398, %2399 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2401 = add %2306, %2400 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2402 = reduce_sum %2401 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2403 = div %2402, %807 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2404 = broadcast %2403 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2405 = sub %2401, %2404 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2406 = mul %2405, %2405 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2407 = reduce_sum %2406 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2408 = div %2407, %807 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2409 = add %2408, %814 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2410 = rsqrt %2409 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2411 = broadcast %2410 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2412 = mul %2405, %2411 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2413 = broadcast %61 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2414 = mul %2412, %2413 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2415 = broadcast %62 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2416 = add %2414, %2415 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2417 = matmul %2416, %63 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2418 = broadcast %64 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2419 = add %2417, %2418 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2420 = mul %826, %2419 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2421 = mul %2419, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2422 = erf %2421 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2423 = add %831, %2422 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2424 = mul %2420, %2423 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2425 = matmul %2424, %65 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2426 = broadcast %66 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2427 = add %2425, %2426 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2428 = add %2401, %2427 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2429 = concat %2428, %2183 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:111:21
%2430 = reduce_sum %2429 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2431 = div %2430, %710 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2432 = broadcast %2431 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2433 = sub %2429, %2432 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2434 = mul %2433, %2433 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2435 = reduce_sum %2434 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2436 = div %2435, %710 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2437 = add %2436, %717 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2438 = rsqrt %2437 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2439 = broadcast %2438 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2440 = mul %2433, %2439 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2441 = broadcast %67 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2442 = mul %2440, %2441 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2443 = broadcast %68 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2444 = add %2442, %2443 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2445 = slice %2444 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:103:28
%2446 = matmul %2445, %69 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2447 = broadcast %70 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2448 = add %2446, %2447 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2449 = mul %980, %2448 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2450 = mul %2448, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2451 = erf %2450 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2452 = add %985, %2451 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2453 = mul %2449, %2452 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2454 = matmul %2453, %71 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2455 = broadcast %72 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2456 = add %2454, %2455 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2457 = mul %980, %2456 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2458 = mul %2456, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2459 = erf %2458 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2460 = add %985, %2459 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2461 = mul %2457, %2460 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2462 = matmul %2461, %73 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%2463 = broadcast %74 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2464 = add %2462, %2463 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2465 = mul %2464, %2464 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2466 = reduce_sum %2465 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%2467 = sqrt %2466 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2468 = max %2467, %1003 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2469 = broadcast %2468 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2470 = div %2464, %2469 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2471 = broadcast %75 : f32[32,8] @ models/lib/dino.yaml:22:22
%2472 = mul %2471, %76 : f32[32,8] @ models/lib/dino.yaml:22:22
%2473 = mul %76, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%2474 = reduce_sum %2473 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%2475 = sqrt %2474 : f32[32,1] @ models/lib/dino.yaml:22:35
%2476 = broadcast %2475 : f32[32,8] @ models/lib/dino.yaml:22:33
%2477 = div %2472, %2476 : f32[32,8] @ models/lib/dino.yaml:22:33
%2478 = matmul %2470, %2477 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%2479 = slice %2444 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/dino_pass.yaml:103:46
%2480 = matmul %2479, %77 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%2481 = broadcast %78 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2482 = add %2480, %2481 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2483 = mul %1019, %2482 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2484 = mul %2482, %1021 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2485 = erf %2484 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%2486 = add %1024, %2485 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2487 = mul %2483, %2486 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%2488 = matmul %2487, %79 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%2489 = broadcast %80 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2490 = add %2488, %2489 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2491 = mul %1019, %2490 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2492 = mul %2490, %1021 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2493 = erf %2492 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%2494 = add %1024, %2493 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2495 = mul %2491, %2494 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%2496 = matmul %2495, %81 ta=0 tb=1 : f32[4,16,8] @ models/lib/nn.yaml:83:15
%2497 = broadcast %82 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%2498 = add %2496, %2497 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%2499 = mul %2498, %2498 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%2500 = reduce_sum %2499 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%2501 = sqrt %2500 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%2502 = max %2501, %1041 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%2503 = broadcast %2502 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%2504 = div %2498, %2503 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%2505 = broadcast %83 : f32[16,8] @ models/lib/dino.yaml:22:22
%2506 = mul %2505, %84 : f32[16,8] @ models/lib/dino.yaml:22:22
%2507 = mul %84, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%2508 = reduce_sum %2507 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%2509 = sqrt %2508 : f32[16,1] @ models/lib/dino.yaml:22:35
%2510 = broadcast %2509 : f32[16,8] @ models/lib/dino.yaml:22:33
%2511 = div %2506, %2510 : f32[16,8] @ models/lib/dino.yaml:22:33
%2512 = matmul %2504, %2511 ta=0 tb=1 : f32[4,16,16] @ models/lib/dino.yaml:23:18
%2513 = slice %2478 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%2514 = slice %2478 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%2515 = slice %2512 lo=[0,0,0] hi=[2,16,16] : f32[2,16,16] @ models/dino_pass.yaml:132:27
%2516 = slice %2512 lo=[2,0,0] hi=[4,16,16] : f32[2,16,16] @ models/dino_pass.yaml:132:27
%2517 = matmul %1059, %1912 ta=0 tb=1 : f32[4,9,16] @ models/lib/vit.yaml:17:18
%2518 = broadcast %9 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%2519 = add %2517, %2518 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%2520 = reshape %7 : f32[4,64] @ models/lib/vit.yaml:32:17
%2521 = matmul %1063, %2520 ta=0 tb=0 : f32[3,64] @ models/lib/vit.yaml:32:15
%2522 = reshape %2521 : f32[3,4,16] @ models/lib/vit.yaml:33:21
%2523 = permute %2522 perm=[1,0,2] : f32[4,3,16] @ models/lib/vit.yaml:33:13
%2524 = reshape %2523 : f32[4,48] @ models/lib/vit.yaml:34:17
%2525 = matmul %1063, %2524 ta=0 tb=0 : f32[3,48] @ models/lib/vit.yaml:34:15
%2526 = reshape %2525 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%2527 = permute %2526 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%2528 = reshape %2527 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%2529 = broadcast %2528 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%2530 = add %2519, %2529 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%2531 = reduce_sum %2530 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2532 = div %2531, %1076 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2533 = broadcast %2532 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2534 = sub %2530, %2533 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2535 = mul %2534, %2534 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2536 = reduce_sum %2535 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2537 = div %2536, %1076 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2538 = add %2537, %1083 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2539 = rsqrt %2538 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2540 = broadcast %2539 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2541 = mul %2534, %2540 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2542 = broadcast %10 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2543 = mul %2541, %2542 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2544 = broadcast %11 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2545 = add %2543, %2544 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2546 = matmul %2545, %12 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%2547 = broadcast %13 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2548 = add %2546, %2547 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2549 = reshape %2548 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%2550 = permute %2549 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%2551 = slice %2550 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%2552 = reshape %2551 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%2553 = slice %2550 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%2554 = reshape %2553 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%2555 = slice %2550 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%2556 = reshape %2555 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%2557 = permute %2554 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%2558 = slice %2552 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2559 = broadcast %2558 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2560 = slice %2557 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2561 = broadcast %2560 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2562 = mul %2559, %2561 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2563 = slice %2552 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2564 = broadcast %2563 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2565 = slice %2557 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2566 = broadcast %2565 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2567 = mul %2564, %2566 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2568 = add %2562, %2567 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2569 = slice %2552 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2570 = broadcast %2569 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2571 = slice %2557 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2572 = broadcast %2571 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2573 = mul %2570, %2572 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2574 = add %2568, %2573 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2575 = slice %2552 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2576 = broadcast %2575 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2577 = slice %2557 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2578 = broadcast %2577 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2579 = mul %2576, %2578 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2580 = add %2574, %2579 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2581 = slice %2552 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2582 = broadcast %2581 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2583 = slice %2557 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2584 = broadcast %2583 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2585 = mul %2582, %2584 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2586 = add %2580, %2585 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2587 = slice %2552 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2588 = broadcast %2587 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2589 = slice %2557 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2590 = broadcast %2589 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2591 = mul %2588, %2590 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2592 = add %2586, %2591 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2593 = slice %2552 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2594 = broadcast %2593 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2595 = slice %2557 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2596 = broadcast %2595 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2597 = mul %2594, %2596 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2598 = add %2592, %2597 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2599 = slice %2552 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2600 = broadcast %2599 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2601 = slice %2557 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2602 = broadcast %2601 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2603 = mul %2600, %2602 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2604 = add %2598, %2603 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2605 = mul %2604, %1151 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2606 = reduce_max %2605 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%2607 = stop_gradient %2606 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%2608 = broadcast %2607 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2609 = mul %2604, %1151 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2610 = sub %2609, %2608 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2611 = exp %2610 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%2612 = reduce_sum %2611 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%2613 = broadcast %2612 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2614 = exp %2610 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%2615 = div %2614, %2613 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2616 = reshape %2615 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%2617 = broadcast %2616 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2618 = reshape %2556 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%2619 = broadcast %2618 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2620 = mul %2617, %2619 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2621 = reduce_sum %2620 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%2622 = permute %2621 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%2623 = reshape %2622 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%2624 = matmul %2623, %14 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%2625 = broadcast %15 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2626 = add %2624, %2625 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2627 = add %2530, %2626 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%2628 = reduce_sum %2627 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2629 = div %2628, %1076 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2630 = broadcast %2629 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2631 = sub %2627, %2630 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2632 = mul %2631, %2631 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2633 = reduce_sum %2632 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2634 = div %2633, %1076 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2635 = add %2634, %1083 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2636 = rsqrt %2635 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2637 = broadcast %2636 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2638 = mul %2631, %2637 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2639 = broadcast %16 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2640 = mul %2638, %2639 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2641 = broadcast %17 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2642 = add %2640, %2641 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2643 = matmul %2642, %18 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%2644 = broadcast %19 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2645 = add %2643, %2644 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2646 = mul %1193, %2645 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%2647 = mul %2645, %1195 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%2648 = erf %2647 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%2649 = add %1198, %2648 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%2650 = mul %2646, %2649 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%2651 = matmul %2650, %20 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%2652 = broadcast %21 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2653 = add %2651, %2652 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2654 = add %2627, %2653 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%2655 = reduce_sum %2654 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2656 = div %2655, %1076 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2657 = broadcast %2656 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2658 = sub %2654, %2657 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2659 = mul %2658, %2658 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2660 = reduce_sum %2659 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2661 = div %2660, %1076 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2662 = add %2661, %1083 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2663 = rsqrt %2662 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2664 = broadcast %2663 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2665 = mul %2658, %2664 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2666 = broadcast %22 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2667 = mul %2665, %2666 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2668 = broadcast %23 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2669 = add %2667, %2668 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2670 = matmul %2669, %24 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%2671 = broadcast %25 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2672 = add %2670, %2671 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2673 = reshape %2672 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%2674 = permute %2673 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%2675 = slice %2674 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%2676 = reshape %2675 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%2677 = slice %2674 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%2678 = reshape %2677 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%2679 = slice %2674 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%2680 = reshape %2679 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%2681 = permute %2678 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%2682 = slice %2676 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2683 = broadcast %2682 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2684 = slice %2681 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2685 = broadcast %2684 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2686 = mul %2683, %2685 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2687 = slice %2676 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2688 = broadcast %2687 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2689 = slice %2681 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2690 = broadcast %2689 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2691 = mul %2688, %2690 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2692 = add %2686, %2691 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2693 = slice %2676 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2694 = broadcast %2693 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2695 = slice %2681 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2696 = broadcast %2695 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2697 = mul %2694, %2696 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2698 = add %2692, %2697 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2699 = slice %2676 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2700 = broadcast %2699 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2701 = slice %2681 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2702 = broadcast %2701 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2703 = mul %2700, %2702 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2704 = add %2698, %2703 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2705 = slice %2676 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2706 = broadcast %2705 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2707 = slice %2681 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2708 = broadcast %2707 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2709 = mul %2706, %2708 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2710 = add %2704, %2709 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2711 = slice %2676 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2712 = broadcast %2711 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2713 = slice %2681 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2714 = broadcast %2713 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2715 = mul %2712, %2714 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2716 = add %2710, %2715 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2717 = slice %2676 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2718 = broadcast %2717 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2719 = slice %2681 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2720 = broadcast %2719 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2721 = mul %2718, %2720 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2722 = add %2716, %2721 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2723 = slice %2676 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2724 = broadcast %2723 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2725 = slice %2681 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2726 = broadcast %2725 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2727 = mul %2724, %2726 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2728 = add %2722, %2727 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2729 = mul %2728, %1151 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2730 = reduce_max %2729 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%2731 = stop_gradient %2730 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%2732 = broadcast %2731 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2733 = mul %2728, %1151 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2734 = sub %2733, %2732 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2735 = exp %2734 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%2736 = reduce_sum %2735 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%2737 = broadcast %2736 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2738 = exp %2734 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%2739 = div %2738, %2737 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2740 = reshape %2739 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%2741 = broadcast %2740 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2742 = reshape %2680 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%2743 = broadcast %2742 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2744 = mul %2741, %2743 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2745 = reduce_sum %2744 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%2746 = permute %2745 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%2747 = reshape %2746 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%2748 = matmul %2747, %26 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%2749 = broadcast %27 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2750 = add %2748, %2749 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2751 = broadcast %2138 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%2752 = div %2750, %2751 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%2753 = rand_uniform %2141 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%2754 = add %2143, %2753 : f32[4] @ models/lib/nn.yaml:44:35
%2755 = floor %2754 : f32[4] @ models/lib/nn.yaml:44:24
%2756 = reshape %2755 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2757 = broadcast %2756 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2758 = mul %2752, %2757 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2759 = add %2654, %2758 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%2760 = reduce_sum %2759 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2761 = div %2760, %1076 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2762 = broadcast %2761 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2763 = sub %2759, %2762 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2764 = mul %2763, %2763 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2765 = reduce_sum %2764 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2766 = div %2765, %1076 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2767 = add %2766, %1083 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2768 = rsqrt %2767 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2769 = broadcast %2768 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2770 = mul %2763, %2769 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2771 = broadcast %28 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2772 = mul %2770, %2771 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2773 = broadcast %29 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2774 = add %2772, %2773 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2775 = matmul %2774, %30 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%2776 = broadcast %31 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2777 = add %2775, %2776 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2778 = mul %1193, %2777 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%2779 = mul %2777, %1195 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%2780 = erf %2779 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%2781 = add %1198, %2780 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%2782 = mul %2778, %2781 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%2783 = matmul %2782, %32 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%2784 = broadcast %33 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2785 = add %2783, %2784 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2786 = div %2785, %2751 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%2787 = rand_uniform %2141 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%2788 = add %2143, %2787 : f32[4] @ models/lib/nn.yaml:44:35
%2789 = floor %2788 : f32[4] @ models/lib/nn.yaml:44:24
%2790 = reshape %2789 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2791 = broadcast %2790 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2792 = mul %2786, %2791 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2793 = add %2759, %2792 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%2794 = concat %2184, %2793 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%2795 = reduce_sum %2794 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2796 = div %2795, %1604 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2797 = broadcast %2796 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2798 = sub %2794, %2797 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2799 = mul %2798, %2798 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2800 = reduce_sum %2799 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2801 = div %2800, %1604 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2802 = add %2801, %1611 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2803 = rsqrt %2802 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2804 = broadcast %2803 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2805 = mul %2798, %2804 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2806 = broadcast %35 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2807 = mul %2805, %2806 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2808 = broadcast %36 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2809 = add %2807, %2808 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2810 = slice %2809 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2811 = matmul %2810, %37 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2812 = add %2811, %2203 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2813 = reshape %2812 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2814 = permute %2813 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2815 = matmul %2809, %39 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2816 = broadcast %40 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2817 = add %2815, %2816 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2818 = reshape %2817 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2819 = permute %2818 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2820 = matmul %2809, %41 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2821 = broadcast %42 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2822 = add %2820, %2821 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2823 = reshape %2822 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%2824 = permute %2823 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%2825 = permute %2819 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2826 = slice %2814 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2827 = broadcast %2826 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2828 = slice %2825 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2829 = mul %2827, %2828 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2830 = slice %2814 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2831 = broadcast %2830 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2832 = slice %2825 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2833 = mul %2831, %2832 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2834 = add %2829, %2833 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2835 = slice %2814 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2836 = broadcast %2835 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2837 = slice %2825 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2838 = mul %2836, %2837 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2839 = add %2834, %2838 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2840 = slice %2814 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2841 = broadcast %2840 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2842 = slice %2825 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2843 = mul %2841, %2842 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2844 = add %2839, %2843 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2845 = slice %2814 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2846 = broadcast %2845 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2847 = slice %2825 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2848 = mul %2846, %2847 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2849 = add %2844, %2848 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2850 = slice %2814 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2851 = broadcast %2850 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2852 = slice %2825 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2853 = mul %2851, %2852 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2854 = add %2849, %2853 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2855 = slice %2814 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2856 = broadcast %2855 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2857 = slice %2825 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2858 = mul %2856, %2857 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2859 = add %2854, %2858 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2860 = slice %2814 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2861 = broadcast %2860 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2862 = slice %2825 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2863 = mul %2861, %2862 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2864 = add %2859, %2863 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2865 = mul %2864, %1675 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2866 = reduce_max %2865 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2867 = stop_gradient %2866 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2868 = broadcast %2867 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2869 = mul %2864, %1675 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2870 = sub %2869, %2868 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2871 = exp %2870 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2872 = reduce_sum %2871 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2873 = broadcast %2872 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2874 = exp %2870 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2875 = div %2874, %2873 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2876 = reshape %2875 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%2877 = broadcast %2876 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2878 = reshape %2824 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2879 = broadcast %2878 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2880 = mul %2877, %2879 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2881 = reduce_sum %2880 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2882 = permute %2881 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%2883 = reshape %2882 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%2884 = matmul %2883, %43 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2885 = add %2884, %2277 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2886 = add %2184, %2885 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2887 = reduce_sum %2886 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2888 = div %2887, %807 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2889 = broadcast %2888 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2890 = sub %2886, %2889 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2891 = mul %2890, %2890 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2892 = reduce_sum %2891 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2893 = div %2892, %807 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2894 = add %2893, %814 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2895 = rsqrt %2894 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2896 = broadcast %2895 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2897 = mul %2890, %2896 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2898 = mul %2897, %2291 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2899 = add %2898, %2293 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2900 = matmul %2899, %47 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2901 = add %2900, %2296 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2902 = mul %826, %2901 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2903 = mul %2901, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2904 = erf %2903 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2905 = add %831, %2904 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2906 = mul %2902, %2905 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2907 = matmul %2906, %49 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2908 = add %2907, %2304 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2909 = add %2886, %2908 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2910 = concat %2909, %2793 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%2911 = reduce_sum %2910 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2912 = div %2911, %1604 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2913 = broadcast %2912 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2914 = sub %2910, %2913 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2915 = mul %2914, %2914 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2916 = reduce_sum %2915 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2917 = div %2916, %1604 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2918 = add %2917, %1611 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2919 = rsqrt %2918 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2920 = broadcast %2919 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2921 = mul %2914, %2920 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2922 = broadcast %51 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2923 = mul %2921, %2922 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2924 = broadcast %52 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2925 = add %2923, %2924 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2926 = slice %2925 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2927 = matmul %2926, %53 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2928 = add %2927, %2325 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2929 = reshape %2928 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2930 = permute %2929 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2931 = matmul %2925, %55 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2932 = broadcast %56 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2933 = add %2931, %2932 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2934 = reshape %2933 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2935 = permute %2934 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2936 = matmul %2925, %57 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2937 = broadcast %58 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2938 = add %2936, %2937 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2939 = reshape %2938 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%2940 = permute %2939 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%2941 = permute %2935 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2942 = slice %2930 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2943 = broadcast %2942 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2944 = slice %2941 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2945 = mul %2943, %2944 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2946 = slice %2930 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2947 = broadcast %2946 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2948 = slice %2941 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2949 = mul %2947, %2948 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2950 = add %2945, %2949 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2951 = slice %2930 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2952 = broadcast %2951 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2953 = slice %2941 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2954 = mul %2952, %2953 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2955 = add %2950, %2954 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2956 = slice %2930 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2957 = broadcast %2956 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2958 = slice %2941 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2959 = mul %2957, %2958 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2960 = add %2955, %2959 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2961 = slice %2930 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2962 = broadcast %2961 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2963 = slice %2941 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2964 = mul %2962, %2963 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2965 = add %2960, %2964 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2966 = slice %2930 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2967 = broadcast %2966 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2968 = slice %2941 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2969 = mul %2967, %2968 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2970 = add %2965, %2969 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2971 = slice %2930 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2972 = broadcast %2971 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2973 = slice %2941 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2974 = mul %2972, %2973 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2975 = add %2970, %2974 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2976 = slice %2930 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2977 = broadcast %2976 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2978 = slice %2941 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2979 = mul %2977, %2978 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2980 = add %2975, %2979 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2981 = mul %2980, %1675 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2982 = reduce_max %2981 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2983 = stop_gradient %2982 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2984 = broadcast %2983 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2985 = mul %2980, %1675 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2986 = sub %2985, %2984 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2987 = exp %2986 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2988 = reduce_sum %2987 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2989 = broadcast %2988 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2990 = exp %2986 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2991 = div %2990, %2989 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2992 = reshape %2991 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%2993 = broadcast %2992 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2994 = reshape %2940 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2995 = broadcast %2994 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2996 = mul %2993, %2995 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2997 = reduce_sum %2996 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2998 = permute %2997 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%2999 = reshape %2998 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%3000 = matmul %2999, %59 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3001 = add %3000, %2399 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3002 = add %2909, %3001 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%3003 = reduce_sum %3002 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3004 = div %3003, %807 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3005 = broadcast %3004 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3006 = sub %3002, %3005 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3007 = mul %3006, %3006 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3008 = reduce_sum %3007 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3009 = div %3008, %807 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3010 = add %3009, %814 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%3011 = rsqrt %3010 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3012 = broadcast %3011 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3013 = mul %3006, %3012 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3014 = mul %3013, %2413 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3015 = add %3014, %2415 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%3016 = matmul %3015, %63 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3017 = add %3016, %2418 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3018 = mul %826, %3017 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3019 = mul %3017, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3020 = erf %3019 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3021 = add %831, %3020 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3022 = mul %3018, %3021 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3023 = matmul %3022, %65 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3024 = add %3023, %2426 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3025 = add %3002, %3024 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%3026 = concat %3025, %2793 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:111:21
%3027 = reduce_sum %3026 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3028 = div %3027, %1604 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3029 = broadcast %3028 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3030 = sub %3026, %3029 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3031 = mul %3030, %3030 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3032 = reduce_sum %3031 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3033 = div %3032, %1604 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3034 = add %3033, %1611 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3035 = rsqrt %3034 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3036 = broadcast %3035 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3037 = mul %3030, %3036 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3038 = broadcast %67 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3039 = mul %3037, %3038 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3040 = broadcast %68 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3041 = add %3039, %3040 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3042 = slice %3041 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:103:28
%3043 = matmul %3042, %69 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%3044 = add %3043, %2447 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3045 = mul %980, %3044 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3046 = mul %3044, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3047 = erf %3046 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3048 = add %985, %3047 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3049 = mul %3045, %3048 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3050 = matmul %3049, %71 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%3051 = add %3050, %2455 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3052 = mul %980, %3051 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3053 = mul %3051, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3054 = erf %3053 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3055 = add %985, %3054 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3056 = mul %3052, %3055 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3057 = matmul %3056, %73 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%3058 = add %3057, %2463 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3059 = mul %3058, %3058 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3060 = reduce_sum %3059 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%3061 = sqrt %3060 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3062 = max %3061, %1003 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3063 = broadcast %3062 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3064 = div %3058, %3063 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3065 = matmul %3064, %2477 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%3066 = slice %3041 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/dino_pass.yaml:103:46
%3067 = matmul %3066, %77 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%3068 = broadcast %78 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3069 = add %3067, %3068 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3070 = mul %1881, %3069 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3071 = mul %3069, %1883 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3072 = erf %3071 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3073 = add %1886, %3072 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3074 = mul %3070, %3073 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3075 = matmul %3074, %79 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%3076 = broadcast %80 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3077 = add %3075, %3076 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3078 = mul %1881, %3077 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3079 = mul %3077, %1883 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3080 = erf %3079 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3081 = add %1886, %3080 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3082 = mul %3078, %3081 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3083 = matmul %3082, %81 ta=0 tb=1 : f32[4,9,8] @ models/lib/nn.yaml:83:15
%3084 = broadcast %82 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3085 = add %3083, %3084 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3086 = mul %3085, %3085 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3087 = reduce_sum %3086 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%3088 = sqrt %3087 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3089 = max %3088, %1903 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3090 = broadcast %3089 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3091 = div %3085, %3090 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3092 = matmul %3091, %2511 ta=0 tb=1 : f32[4,9,16] @ models/lib/dino.yaml:23:18
%3093 = slice %3065 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3094 = slice %3065 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3095 = slice %3092 lo=[0,0,0] hi=[2,9,16] : f32[2,9,16] @ models/dino_pass.yaml:132:27
%3096 = slice %3092 lo=[2,0,0] hi=[4,9,16] : f32[2,9,16] @ models/dino_pass.yaml:132:27
%3097 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3098 = sub %1053, %3097 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3099 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3100 = div %3098, %3099 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3101 = reduce_max %3100 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3102 = stop_gradient %3101 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3103 = broadcast %3102 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3104 = div %3098, %3099 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3105 = sub %3104, %3103 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3106 = exp %3105 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3107 = reduce_sum %3106 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3108 = broadcast %3107 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3109 = exp %3105 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3110 = div %3109, %3108 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3111 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%3112 = broadcast %3111 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3113 = div %2514, %3112 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3114 = reduce_max %3113 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3115 = stop_gradient %3114 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3116 = broadcast %3115 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3117 = div %2514, %3112 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3118 = sub %3117, %3116 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3119 = exp %3118 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3120 = reduce_sum %3119 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3121 = log %3120 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3122 = broadcast %3121 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3123 = sub %3118, %3122 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3124 = stop_gradient %3110 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3125 = mul %3124, %3123 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3126 = reduce_sum %3125 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3127 = neg %3126 : f32[2,1] @ models/lib/dino.yaml:39:21
%3128 = reduce_sum %3127 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3129 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%3130 = div %3128, %3129 : f32[] @ models/lib/dino.yaml:39:16
%3131 = div %3093, %3112 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3132 = reduce_max %3131 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3133 = stop_gradient %3132 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3134 = broadcast %3133 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3135 = div %3093, %3112 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3136 = sub %3135, %3134 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3137 = exp %3136 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3138 = reduce_sum %3137 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3139 = log %3138 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3140 = broadcast %3139 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3141 = sub %3136, %3140 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3142 = stop_gradient %3110 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3143 = mul %3142, %3141 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3144 = reduce_sum %3143 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3145 = neg %3144 : f32[2,1] @ models/lib/dino.yaml:39:21
%3146 = reduce_sum %3145 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3147 = div %3146, %3129 : f32[] @ models/lib/dino.yaml:39:16
%3148 = add %3130, %3147 : f32[] @ models/dino_pass.yaml:148:11
%3149 = div %3094, %3112 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3150 = reduce_max %3149 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3151 = stop_gradient %3150 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3152 = broadcast %3151 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3153 = div %3094, %3112 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3154 = sub %3153, %3152 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3155 = exp %3154 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3156 = reduce_sum %3155 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3157 = log %3156 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3158 = broadcast %3157 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3159 = sub %3154, %3158 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3160 = stop_gradient %3110 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3161 = mul %3160, %3159 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3162 = reduce_sum %3161 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3163 = neg %3162 : f32[2,1] @ models/lib/dino.yaml:39:21
%3164 = reduce_sum %3163 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3165 = div %3164, %3129 : f32[] @ models/lib/dino.yaml:39:16
%3166 = add %3148, %3165 : f32[] @ models/dino_pass.yaml:148:11
%3167 = sub %1054, %3097 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3168 = div %3167, %3099 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3169 = reduce_max %3168 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3170 = stop_gradient %3169 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3171 = broadcast %3170 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3172 = div %3167, %3099 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3173 = sub %3172, %3171 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3174 = exp %3173 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3175 = reduce_sum %3174 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3176 = broadcast %3175 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3177 = exp %3173 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3178 = div %3177, %3176 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3179 = div %2513, %3112 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3180 = reduce_max %3179 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3181 = stop_gradient %3180 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3182 = broadcast %3181 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3183 = div %2513, %3112 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3184 = sub %3183, %3182 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3185 = exp %3184 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3186 = reduce_sum %3185 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3187 = log %3186 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3188 = broadcast %3187 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3189 = sub %3184, %3188 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3190 = stop_gradient %3178 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3191 = mul %3190, %3189 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3192 = reduce_sum %3191 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3193 = neg %3192 : f32[2,1] @ models/lib/dino.yaml:39:21
%3194 = reduce_sum %3193 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3195 = div %3194, %3129 : f32[] @ models/lib/dino.yaml:39:16
%3196 = add %3166, %3195 : f32[] @ models/dino_pass.yaml:148:11
%3197 = stop_gradient %3178 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3198 = mul %3197, %3141 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3199 = reduce_sum %3198 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3200 = neg %3199 : f32[2,1] @ models/lib/dino.yaml:39:21
%3201 = reduce_sum %3200 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3202 = div %3201, %3129 : f32[] @ models/lib/dino.yaml:39:16
%3203 = add %3196, %3202 : f32[] @ models/dino_pass.yaml:148:11
%3204 = stop_gradient %3178 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3205 = mul %3204, %3159 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3206 = reduce_sum %3205 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3207 = neg %3206 : f32[2,1] @ models/lib/dino.yaml:39:21
%3208 = reduce_sum %3207 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3209 = div %3208, %3129 : f32[] @ models/lib/dino.yaml:39:16
%3210 = add %3203, %3209 : f32[] @ models/dino_pass.yaml:148:11
%3211 = const data=[6] : f32[] @ models/dino_pass.yaml:145:3
%3212 = div %3210, %3211 : f32[] @ models/dino_pass.yaml:145:3
%3213 = output %3212 name="loss.cls" : f32[] @ models/dino_pass.yaml:145:3
%3214 = broadcast %164 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3215 = sub %1055, %3214 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3216 = broadcast %4 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3217 = div %3215, %3216 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3218 = reduce_max %3217 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%3219 = stop_gradient %3218 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%3220 = broadcast %3219 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3221 = div %3215, %3216 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3222 = sub %3221, %3220 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3223 = exp %3222 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3224 = reduce_sum %3223 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%3225 = broadcast %3224 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3226 = exp %3222 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3227 = div %3226, %3225 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3228 = broadcast %3111 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3229 = div %2515, %3228 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3230 = reduce_max %3229 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%3231 = stop_gradient %3230 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%3232 = broadcast %3231 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3233 = div %2515, %3228 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3234 = sub %3233, %3232 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3235 = exp %3234 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3236 = reduce_sum %3235 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%3237 = log %3236 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3238 = broadcast %3237 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3239 = sub %3234, %3238 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3240 = stop_gradient %3227 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3241 = mul %3240, %3239 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3242 = reduce_sum %3241 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%3243 = neg %3242 : f32[2,16] @ models/lib/dino.yaml:39:21
%3244 = reduce_sum %3243 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3245 = const data=[32] : f32[] @ models/lib/dino.yaml:39:16
%3246 = div %3244, %3245 : f32[] @ models/lib/dino.yaml:39:16
%3247 = sub %1056, %3214 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3248 = div %3247, %3216 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3249 = reduce_max %3248 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%3250 = stop_gradient %3249 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%3251 = broadcast %3250 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3252 = div %3247, %3216 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3253 = sub %3252, %3251 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3254 = exp %3253 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3255 = reduce_sum %3254 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%3256 = broadcast %3255 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3257 = exp %3253 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3258 = div %3257, %3256 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3259 = div %2516, %3228 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3260 = reduce_max %3259 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%3261 = stop_gradient %3260 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%3262 = broadcast %3261 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3263 = div %2516, %3228 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3264 = sub %3263, %3262 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3265 = exp %3264 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3266 = reduce_sum %3265 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%3267 = log %3266 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3268 = broadcast %3267 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3269 = sub %3264, %3268 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3270 = stop_gradient %3258 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3271 = mul %3270, %3269 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3272 = reduce_sum %3271 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%3273 = neg %3272 : f32[2,16] @ models/lib/dino.yaml:39:21
%3274 = reduce_sum %3273 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3275 = div %3274, %3245 : f32[] @ models/lib/dino.yaml:39:16
%3276 = add %3246, %3275 : f32[] @ models/dino_pass.yaml:152:11
%3277 = broadcast %164 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3278 = sub %1910, %3277 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3279 = broadcast %4 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3280 = div %3278, %3279 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3281 = reduce_max %3280 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%3282 = stop_gradient %3281 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%3283 = broadcast %3282 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3284 = div %3278, %3279 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3285 = sub %3284, %3283 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3286 = exp %3285 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%3287 = reduce_sum %3286 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%3288 = broadcast %3287 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3289 = exp %3285 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%3290 = div %3289, %3288 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3291 = broadcast %3111 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3292 = div %3095, %3291 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3293 = reduce_max %3292 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%3294 = stop_gradient %3293 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%3295 = broadcast %3294 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3296 = div %3095, %3291 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3297 = sub %3296, %3295 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3298 = exp %3297 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3299 = reduce_sum %3298 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%3300 = log %3299 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3301 = broadcast %3300 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3302 = sub %3297, %3301 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3303 = stop_gradient %3290 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3304 = mul %3303, %3302 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3305 = reduce_sum %3304 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%3306 = neg %3305 : f32[2,9] @ models/lib/dino.yaml:39:21
%3307 = reduce_sum %3306 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3308 = const data=[18] : f32[] @ models/lib/dino.yaml:39:16
%3309 = div %3307, %3308 : f32[] @ models/lib/dino.yaml:39:16
%3310 = add %3276, %3309 : f32[] @ models/dino_pass.yaml:152:11
%3311 = sub %1911, %3277 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3312 = div %3311, %3279 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3313 = reduce_max %3312 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%3314 = stop_gradient %3313 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%3315 = broadcast %3314 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3316 = div %3311, %3279 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3317 = sub %3316, %3315 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3318 = exp %3317 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%3319 = reduce_sum %3318 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%3320 = broadcast %3319 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3321 = exp %3317 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%3322 = div %3321, %3320 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3323 = div %3096, %3291 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3324 = reduce_max %3323 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%3325 = stop_gradient %3324 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%3326 = broadcast %3325 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3327 = div %3096, %3291 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3328 = sub %3327, %3326 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3329 = exp %3328 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3330 = reduce_sum %3329 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%3331 = log %3330 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3332 = broadcast %3331 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3333 = sub %3328, %3332 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3334 = stop_gradient %3322 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3335 = mul %3334, %3333 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3336 = reduce_sum %3335 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%3337 = neg %3336 : f32[2,9] @ models/lib/dino.yaml:39:21
%3338 = reduce_sum %3337 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3339 = div %3338, %3308 : f32[] @ models/lib/dino.yaml:39:16
%3340 = add %3310, %3339 : f32[] @ models/dino_pass.yaml:152:11
%3341 = const data=[4] : f32[] @ models/dino_pass.yaml:149:3
%3342 = div %3340, %3341 : f32[] @ models/dino_pass.yaml:149:3
%3343 = output %3342 name="loss.patch" : f32[] @ models/dino_pass.yaml:149:3
%3344 = mul %3342, %3111 : f32[] @ models/dino_pass.yaml:149:3
%3345 = add %3212, %3344 : f32[] @ models/dino_pass.yaml:149:3
%3346 = output %3345 name="loss" : f32[] @ models/dino_pass.yaml:145:3
%3347 = broadcast %2138 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%3348 = mul %163, %3347 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%3349 = concat %1053, %1054, %1908, %1909 axis=0 : f32[8,1,32] @ models/dino_pass.yaml:138:75
%3350 = reduce_sum %3349 axes=[0] keep=1 : f32[1,1,32] @ models/lib/nn.yaml:73:26
%3351 = all_reduce_sum %3350 : f32[1,1,32] @ models/lib/nn.yaml:73:16
%3352 = const data=[8] : f32[] @ models/lib/nn.yaml:73:65
%3353 = broadcast %3352 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%3354 = div %3351, %3353 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%3355 = broadcast %3111 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%3356 = mul %3355, %3354 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%3357 = add %3348, %3356 : f32[1,1,32] @ models/dino_pass.yaml:138:38
%3358 = assign %163, %3357 : f32[1,1,32] @ models/dino_pass.yaml:138:13
%3359 = broadcast %2138 : f32[1,16] @ models/dino_pass.yaml:142:26
%3360 = mul %164, %3359 : f32[1,16] @ models/dino_pass.yaml:142:26
%3361 = reshape %1055 : f32[32,16] @ models/dino_pass.yaml:142:81
%3362 = reshape %1056 : f32[32,16] @ models/dino_pass.yaml:142:81
%3363 = reshape %1910 : f32[18,16] @ models/dino_pass.yaml:142:81
%3364 = reshape %1911 : f32[18,16] @ models/dino_pass.yaml:142:81
%3365 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,32] @ models/lib/nn.yaml:73:26
%3366 = matmul %3365, %3361 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%3367 = matmul %3365, %3362 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%3368 = add %3366, %3367 : f32[1,16] @ models/lib/nn.yaml:73:26
%3369 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,18] @ models/lib/nn.yaml:73:26
%3370 = matmul %3369, %3363 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%3371 = add %3368, %3370 : f32[1,16] @ models/lib/nn.yaml:73:26
%3372 = matmul %3369, %3364 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%3373 = add %3371, %3372 : f32[1,16] @ models/lib/nn.yaml:73:26
%3374 = all_reduce_sum %3373 : f32[1,16] @ models/lib/nn.yaml:73:16
%3375 = const data=[1e+02] : f32[] @ models/lib/nn.yaml:73:65
%3376 = broadcast %3375 : f32[1,16] @ models/lib/nn.yaml:73:52
%3377 = div %3374, %3376 : f32[1,16] @ models/lib/nn.yaml:73:52
%3378 = broadcast %3111 : f32[1,16] @ models/dino_pass.yaml:142:68
%3379 = mul %3378, %3377 : f32[1,16] @ models/dino_pass.yaml:142:68
%3380 = add %3360, %3379 : f32[1,16] @ models/dino_pass.yaml:142:44
%3381 = assign %164, %3380 : f32[1,16] @ models/dino_pass.yaml:142:13
%3382 = cast %1 : f64[] @ models/dino_pass.yaml:122:3
%3383 = cast %2 : f64[] @ models/dino_pass.yaml:123:3
%3384 = cast %3 : f64[] @ models/dino_pass.yaml:124:3
%3385 = const data=[-0.0013888889] : f32[] @ models/lib/dino.yaml:39:21
%3386 = broadcast %3385 : f32[2,9] @ models/lib/dino.yaml:39:21
%3387 = reshape %3386 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%3388 = broadcast %3387 : f32[2,9,16] @ models/lib/dino.yaml:39:22
%3389 = stop_gradient %3322 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3390 = mul %3388, %3389 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3391 = neg %3390 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3392 = reduce_sum %3391 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%3393 = div %3392, %3330 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3394 = broadcast %3393 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%3395 = exp %3328 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3396 = mul %3394, %3395 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3397 = stop_gradient %3322 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3398 = mul %3388, %3397 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3399 = add %3398, %3396 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3400 = div %3399, %3291 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3401 = stop_gradient %3290 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3402 = mul %3388, %3401 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3403 = neg %3402 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3404 = reduce_sum %3403 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%3405 = div %3404, %3299 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3406 = broadcast %3405 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%3407 = exp %3297 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3408 = mul %3406, %3407 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3409 = stop_gradient %3290 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3410 = mul %3388, %3409 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3411 = add %3410, %3408 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3412 = div %3411, %3291 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3413 = const data=[-0.00078125] : f32[] @ models/lib/dino.yaml:39:21
%3414 = broadcast %3413 : f32[2,16] @ models/lib/dino.yaml:39:21
%3415 = reshape %3414 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%3416 = broadcast %3415 : f32[2,16,16] @ models/lib/dino.yaml:39:22
%3417 = stop_gradient %3258 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3418 = mul %3416, %3417 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3419 = neg %3418 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3420 = reduce_sum %3419 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%3421 = div %3420, %3266 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3422 = broadcast %3421 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%3423 = exp %3264 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3424 = mul %3422, %3423 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3425 = stop_gradient %3258 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3426 = mul %3416, %3425 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3427 = add %3426, %3424 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3428 = div %3427, %3228 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3429 = stop_gradient %3227 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3430 = mul %3416, %3429 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3431 = neg %3430 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3432 = reduce_sum %3431 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%3433 = div %3432, %3236 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3434 = broadcast %3433 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%3435 = exp %3234 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3436 = mul %3434, %3435 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3437 = stop_gradient %3227 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3438 = mul %3416, %3437 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3439 = add %3438, %3436 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3440 = div %3439, %3228 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3441 = const data=[-0.083333336] : f32[] @ models/lib/dino.yaml:39:21
%3442 = broadcast %3441 : f32[2,1] @ models/lib/dino.yaml:39:21
%3443 = reshape %3442 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3444 = broadcast %3443 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3445 = stop_gradient %3178 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3446 = mul %3444, %3445 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3447 = neg %3446 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3448 = reduce_sum %3447 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3449 = div %3448, %3156 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3450 = broadcast %3449 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3451 = exp %3154 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3452 = mul %3450, %3451 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3453 = stop_gradient %3178 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3454 = mul %3444, %3453 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3455 = add %3454, %3452 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3456 = div %3455, %3112 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3457 = div %3448, %3138 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3458 = broadcast %3457 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3459 = exp %3136 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3460 = mul %3458, %3459 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3461 = stop_gradient %3178 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3462 = mul %3444, %3461 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3463 = add %3462, %3460 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3464 = div %3463, %3112 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3465 = div %3448, %3186 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3466 = broadcast %3465 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3467 = exp %3184 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3468 = mul %3466, %3467 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3469 = stop_gradient %3178 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3470 = mul %3444, %3469 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3471 = add %3470, %3468 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3472 = div %3471, %3112 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3473 = stop_gradient %3110 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3474 = mul %3444, %3473 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3475 = neg %3474 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3476 = reduce_sum %3475 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3477 = div %3476, %3156 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3478 = broadcast %3477 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3479 = exp %3154 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3480 = mul %3478, %3479 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3481 = stop_gradient %3110 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3482 = mul %3444, %3481 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3483 = add %3482, %3480 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3484 = div %3483, %3112 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3485 = add %3456, %3484 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3486 = div %3476, %3138 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3487 = broadcast %3486 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3488 = exp %3136 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3489 = mul %3487, %3488 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3490 = stop_gradient %3110 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3491 = mul %3444, %3490 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3492 = add %3491, %3489 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3493 = div %3492, %3112 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3494 = add %3464, %3493 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3495 = div %3476, %3120 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3496 = broadcast %3495 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3497 = exp %3118 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3498 = mul %3496, %3497 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3499 = stop_gradient %3110 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3500 = mul %3444, %3499 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3501 = add %3500, %3498 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3502 = div %3501, %3112 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3503 = concat %3412, %3400 axis=0 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%3504 = concat %3494, %3485 axis=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3505 = matmul %3503, %2511 ta=0 tb=0 : f32[4,9,8] @ models/lib/dino.yaml:23:18
%3506 = reshape %3091 : f32[36,8] @ models/lib/dino.yaml:23:18
%3507 = reshape %3503 : f32[36,16] @ models/lib/dino.yaml:23:18
%3508 = matmul %3507, %3506 ta=1 tb=0 : f32[16,8] @ models/lib/dino.yaml:23:18
%3509 = div %3508, %2510 : f32[16,8] @ models/lib/dino.yaml:22:33
%3510 = mul %3509, %2511 : f32[16,8] @ models/lib/dino.yaml:22:33
%3511 = neg %3510 : f32[16,8] @ models/lib/dino.yaml:22:33
%3512 = reduce_sum %3511 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%3513 = broadcast %295 : f32[16,1] @ models/lib/dino.yaml:22:35
%3514 = mul %3512, %3513 : f32[16,1] @ models/lib/dino.yaml:22:35
%3515 = div %3514, %2509 : f32[16,1] @ models/lib/dino.yaml:22:35
%3516 = broadcast %3515 : f32[16,8] @ models/lib/dino.yaml:22:40
%3517 = mul %3516, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3518 = add %3517, %3517 : f32[16,8] @ models/lib/dino.yaml:22:53
%3519 = mul %3509, %2505 : f32[16,8] @ models/lib/dino.yaml:22:22
%3520 = add %3518, %3519 : f32[16,8] @ models/lib/dino.yaml:22:22
%3521 = div %3505, %3090 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3522 = mul %3521, %3091 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3523 = neg %3522 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3524 = reduce_sum %3523 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:18
%3525 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%3526 = broadcast %3525 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3527 = broadcast %295 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3528 = mul %3524, %3527 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3529 = sqrt %3087 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3530 = eq %3529, %1903 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%3531 = select %3530, %3528, %3526 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3532 = sqrt %3087 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3533 = gt %3532, %1903 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%3534 = select %3533, %3524, %3531 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3535 = mul %3534, %3527 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3536 = sqrt %3087 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3537 = div %3535, %3536 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3538 = broadcast %3537 : f32[4,9,8] @ models/lib/nn.yaml:33:29
%3539 = mul %3538, %3085 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3540 = add %3521, %3539 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3541 = add %3540, %3539 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3542 = reduce_sum %3541 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%3543 = reshape %3542 : f32[8] @ models/lib/nn.yaml:84:18
%3544 = matmul %3541, %81 ta=0 tb=0 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%3545 = reshape %3082 : f32[36,24] @ models/lib/nn.yaml:83:15
%3546 = reshape %3541 : f32[36,8] @ models/lib/nn.yaml:83:15
%3547 = matmul %3546, %3545 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%3548 = mul %3077, %1883 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3549 = erf %3548 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3550 = add %1886, %3549 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3551 = mul %3544, %3550 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3552 = mul %1881, %3077 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3553 = mul %3544, %3552 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3554 = mul %3077, %1883 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3555 = mul %3554, %3554 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3556 = neg %3555 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3557 = exp %3556 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3558 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3559 = broadcast %3558 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3560 = mul %3557, %3559 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3561 = mul %3553, %3560 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3562 = mul %3561, %1883 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3563 = mul %3551, %1881 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3564 = add %3562, %3563 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3565 = reduce_sum %3564 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3566 = reshape %3565 : f32[24] @ models/lib/nn.yaml:84:18
%3567 = matmul %3564, %79 ta=0 tb=0 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%3568 = reshape %3074 : f32[36,24] @ models/lib/nn.yaml:83:15
%3569 = reshape %3564 : f32[36,24] @ models/lib/nn.yaml:83:15
%3570 = matmul %3569, %3568 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%3571 = mul %3069, %1883 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3572 = erf %3571 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3573 = add %1886, %3572 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3574 = mul %3567, %3573 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3575 = mul %1881, %3069 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3576 = mul %3567, %3575 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3577 = mul %3069, %1883 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3578 = mul %3577, %3577 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3579 = neg %3578 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3580 = exp %3579 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3581 = mul %3580, %3559 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3582 = mul %3576, %3581 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3583 = mul %3582, %1883 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3584 = mul %3574, %1881 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3585 = add %3583, %3584 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3586 = reduce_sum %3585 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3587 = reshape %3586 : f32[24] @ models/lib/nn.yaml:84:18
%3588 = matmul %3585, %77 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3589 = reshape %3066 : f32[36,16] @ models/lib/nn.yaml:83:15
%3590 = reshape %3585 : f32[36,24] @ models/lib/nn.yaml:83:15
%3591 = matmul %3590, %3589 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%3592 = matmul %3504, %2477 ta=0 tb=0 : f32[4,1,8] @ models/lib/dino.yaml:23:18
%3593 = reshape %3064 : f32[4,8] @ models/lib/dino.yaml:23:18
%3594 = reshape %3504 : f32[4,32] @ models/lib/dino.yaml:23:18
%3595 = matmul %3594, %3593 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%3596 = div %3595, %2476 : f32[32,8] @ models/lib/dino.yaml:22:33
%3597 = mul %3596, %2477 : f32[32,8] @ models/lib/dino.yaml:22:33
%3598 = neg %3597 : f32[32,8] @ models/lib/dino.yaml:22:33
%3599 = reduce_sum %3598 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%3600 = broadcast %295 : f32[32,1] @ models/lib/dino.yaml:22:35
%3601 = mul %3599, %3600 : f32[32,1] @ models/lib/dino.yaml:22:35
%3602 = div %3601, %2475 : f32[32,1] @ models/lib/dino.yaml:22:35
%3603 = broadcast %3602 : f32[32,8] @ models/lib/dino.yaml:22:40
%3604 = mul %3603, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%3605 = add %3604, %3604 : f32[32,8] @ models/lib/dino.yaml:22:53
%3606 = mul %3596, %2471 : f32[32,8] @ models/lib/dino.yaml:22:22
%3607 = add %3605, %3606 : f32[32,8] @ models/lib/dino.yaml:22:22
%3608 = div %3592, %3063 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3609 = mul %3608, %3064 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3610 = neg %3609 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3611 = reduce_sum %3610 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%3612 = broadcast %3525 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3613 = broadcast %295 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3614 = mul %3611, %3613 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3615 = sqrt %3060 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3616 = eq %3615, %1003 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3617 = select %3616, %3614, %3612 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3618 = sqrt %3060 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3619 = gt %3618, %1003 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3620 = select %3619, %3611, %3617 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3621 = mul %3620, %3613 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3622 = sqrt %3060 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3623 = div %3621, %3622 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3624 = broadcast %3623 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%3625 = mul %3624, %3058 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3626 = add %3608, %3625 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3627 = add %3626, %3625 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3628 = reduce_sum %3627 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%3629 = reshape %3628 : f32[8] @ models/lib/nn.yaml:84:18
%3630 = matmul %3627, %73 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%3631 = reshape %3056 : f32[4,24] @ models/lib/nn.yaml:83:15
%3632 = reshape %3627 : f32[4,8] @ models/lib/nn.yaml:83:15
%3633 = matmul %3632, %3631 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%3634 = mul %3051, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3635 = erf %3634 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3636 = add %985, %3635 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3637 = mul %3630, %3636 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3638 = mul %980, %3051 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3639 = mul %3630, %3638 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3640 = mul %3051, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3641 = mul %3640, %3640 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3642 = neg %3641 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3643 = exp %3642 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3644 = broadcast %3558 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3645 = mul %3643, %3644 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3646 = mul %3639, %3645 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3647 = mul %3646, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3648 = mul %3637, %980 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3649 = add %3647, %3648 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3650 = reduce_sum %3649 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3651 = reshape %3650 : f32[24] @ models/lib/nn.yaml:84:18
%3652 = matmul %3649, %71 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%3653 = reshape %3049 : f32[4,24] @ models/lib/nn.yaml:83:15
%3654 = reshape %3649 : f32[4,24] @ models/lib/nn.yaml:83:15
%3655 = matmul %3654, %3653 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%3656 = mul %3044, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3657 = erf %3656 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3658 = add %985, %3657 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3659 = mul %3652, %3658 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3660 = mul %980, %3044 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3661 = mul %3652, %3660 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3662 = mul %3044, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3663 = mul %3662, %3662 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3664 = neg %3663 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3665 = exp %3664 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3666 = mul %3665, %3644 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3667 = mul %3661, %3666 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3668 = mul %3667, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3669 = mul %3659, %980 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3670 = add %3668, %3669 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3671 = reduce_sum %3670 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3672 = reshape %3671 : f32[24] @ models/lib/nn.yaml:84:18
%3673 = matmul %3670, %69 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3674 = reshape %3042 : f32[4,16] @ models/lib/nn.yaml:83:15
%3675 = reshape %3670 : f32[4,24] @ models/lib/nn.yaml:83:15
%3676 = matmul %3675, %3674 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%3677 = concat %3673, %3588 axis=1 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%3678 = reduce_sum %3677 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3679 = reshape %3678 : f32[16] @ models/lib/nn.yaml:96:46
%3680 = mul %3677, %3038 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3681 = mul %3677, %3037 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3682 = reduce_sum %3681 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3683 = reshape %3682 : f32[16] @ models/lib/nn.yaml:96:37
%3684 = mul %3680, %3036 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3685 = mul %3680, %3030 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3686 = reduce_sum %3685 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3687 = mul %3035, %3035 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3688 = mul %3035, %3687 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3689 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3690 = broadcast %3689 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3691 = mul %3688, %3690 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3692 = mul %3686, %3691 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3693 = div %3692, %1604 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3694 = broadcast %3693 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%3695 = mul %3694, %3030 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3696 = add %3684, %3695 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3697 = add %3696, %3695 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3698 = neg %3697 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3699 = reduce_sum %3698 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3700 = div %3699, %1604 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3701 = broadcast %3700 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3702 = add %3697, %3701 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3703 = slice %3702 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%3704 = slice %3702 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:111:21
%3705 = reduce_sum %3703 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3706 = reshape %3705 : f32[16] @ models/lib/nn.yaml:84:18
%3707 = matmul %3703, %65 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3708 = reshape %3022 : f32[4,64] @ models/lib/nn.yaml:83:15
%3709 = reshape %3703 : f32[4,16] @ models/lib/nn.yaml:83:15
%3710 = matmul %3709, %3708 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3711 = mul %3017, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3712 = erf %3711 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3713 = add %831, %3712 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3714 = mul %3707, %3713 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3715 = mul %826, %3017 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3716 = mul %3707, %3715 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3717 = mul %3017, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3718 = mul %3717, %3717 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3719 = neg %3718 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3720 = exp %3719 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3721 = broadcast %3558 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3722 = mul %3720, %3721 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3723 = mul %3716, %3722 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3724 = mul %3723, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3725 = mul %3714, %826 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3726 = add %3724, %3725 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3727 = reduce_sum %3726 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3728 = reshape %3727 : f32[64] @ models/lib/nn.yaml:84:18
%3729 = matmul %3726, %63 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3730 = reshape %3015 : f32[4,16] @ models/lib/nn.yaml:83:15
%3731 = reshape %3726 : f32[4,64] @ models/lib/nn.yaml:83:15
%3732 = matmul %3731, %3730 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3733 = reduce_sum %3729 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3734 = reshape %3733 : f32[16] @ models/lib/nn.yaml:96:46
%3735 = mul %3729, %2413 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3736 = mul %3729, %3013 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3737 = reduce_sum %3736 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3738 = reshape %3737 : f32[16] @ models/lib/nn.yaml:96:37
%3739 = mul %3735, %3012 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3740 = mul %3735, %3006 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3741 = reduce_sum %3740 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3742 = mul %3011, %3011 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3743 = mul %3011, %3742 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3744 = broadcast %3689 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3745 = mul %3743, %3744 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3746 = mul %3741, %3745 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3747 = div %3746, %807 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3748 = broadcast %3747 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%3749 = mul %3748, %3006 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3750 = add %3739, %3749 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3751 = add %3750, %3749 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3752 = add %3703, %3751 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3753 = neg %3751 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3754 = reduce_sum %3753 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3755 = div %3754, %807 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3756 = broadcast %3755 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3757 = add %3752, %3756 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3758 = reduce_sum %3757 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3759 = reshape %3758 : f32[16] @ models/lib/nn.yaml:84:18
%3760 = matmul %3757, %59 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3761 = reshape %2998 : f32[4,16] @ models/lib/nn.yaml:83:15
%3762 = reshape %3757 : f32[4,16] @ models/lib/nn.yaml:83:15
%3763 = matmul %3762, %3761 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3764 = reshape %3760 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%3765 = permute %3764 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%3766 = permute %2940 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%3767 = slice %3765 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3768 = broadcast %3767 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3769 = slice %3766 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3770 = mul %3768, %3769 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3771 = slice %3765 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3772 = broadcast %3771 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3773 = slice %3766 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3774 = mul %3772, %3773 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3775 = add %3770, %3774 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3776 = slice %3765 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3777 = broadcast %3776 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3778 = slice %3766 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3779 = mul %3777, %3778 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3780 = add %3775, %3779 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3781 = slice %3765 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3782 = broadcast %3781 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3783 = slice %3766 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3784 = mul %3782, %3783 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3785 = add %3780, %3784 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3786 = slice %3765 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3787 = broadcast %3786 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3788 = slice %3766 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3789 = mul %3787, %3788 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3790 = add %3785, %3789 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3791 = slice %3765 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3792 = broadcast %3791 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3793 = slice %3766 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3794 = mul %3792, %3793 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3795 = add %3790, %3794 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3796 = slice %3765 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3797 = broadcast %3796 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3798 = slice %3766 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3799 = mul %3797, %3798 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3800 = add %3795, %3799 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3801 = slice %3765 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3802 = broadcast %3801 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3803 = slice %3766 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3804 = mul %3802, %3803 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3805 = add %3800, %3804 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3806 = permute %2991 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%3807 = broadcast %3806 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3808 = broadcast %3765 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3809 = mul %3807, %3808 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3810 = div %3805, %2989 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3811 = mul %3810, %2991 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3812 = neg %3811 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3813 = reduce_sum %3812 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3814 = broadcast %3813 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3815 = add %3810, %3814 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3816 = exp %2986 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3817 = mul %3815, %3816 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3818 = mul %3817, %1675 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3819 = reshape %3818 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%3820 = broadcast %3819 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3821 = reshape %2935 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3822 = broadcast %3821 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3823 = mul %3820, %3822 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3824 = reduce_sum %3823 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3825 = permute %3818 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%3826 = broadcast %3825 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3827 = broadcast %2930 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3828 = mul %3826, %3827 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3829 = permute %3809 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%3830 = reshape %3829 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%3831 = reduce_sum %3830 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3832 = reshape %3831 : f32[16] @ models/lib/nn.yaml:84:18
%3833 = matmul %3830, %57 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3834 = reshape %2925 : f32[40,16] @ models/lib/nn.yaml:83:15
%3835 = reshape %3829 : f32[40,16] @ models/lib/nn.yaml:83:15
%3836 = matmul %3835, %3834 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3837 = permute %3828 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%3838 = reshape %3837 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%3839 = reduce_sum %3838 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3840 = reshape %3839 : f32[16] @ models/lib/nn.yaml:84:18
%3841 = matmul %3838, %55 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3842 = add %3833, %3841 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3843 = reshape %3837 : f32[40,16] @ models/lib/nn.yaml:83:15
%3844 = matmul %3843, %3834 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3845 = permute %3824 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%3846 = reshape %3845 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%3847 = reduce_sum %3846 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3848 = reshape %3847 : f32[16] @ models/lib/nn.yaml:84:18
%3849 = matmul %3846, %53 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3850 = reshape %2926 : f32[4,16] @ models/lib/nn.yaml:83:15
%3851 = reshape %3845 : f32[4,16] @ models/lib/nn.yaml:83:15
%3852 = matmul %3851, %3850 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3853 = pad %3849 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3854 = add %3842, %3853 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3855 = reduce_sum %3854 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3856 = reshape %3855 : f32[16] @ models/lib/nn.yaml:96:46
%3857 = mul %3854, %2922 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3858 = mul %3854, %2921 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3859 = reduce_sum %3858 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3860 = reshape %3859 : f32[16] @ models/lib/nn.yaml:96:37
%3861 = mul %3857, %2920 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3862 = mul %3857, %2914 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3863 = reduce_sum %3862 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3864 = mul %2919, %2919 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3865 = mul %2919, %3864 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3866 = mul %3865, %3690 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3867 = mul %3863, %3866 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3868 = div %3867, %1604 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3869 = broadcast %3868 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%3870 = mul %3869, %2914 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3871 = add %3861, %3870 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3872 = add %3871, %3870 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3873 = neg %3872 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3874 = reduce_sum %3873 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3875 = div %3874, %1604 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3876 = broadcast %3875 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3877 = add %3872, %3876 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3878 = slice %3877 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3879 = add %3757, %3878 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3880 = slice %3877 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3881 = add %3704, %3880 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3882 = reduce_sum %3879 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3883 = reshape %3882 : f32[16] @ models/lib/nn.yaml:84:18
%3884 = matmul %3879, %49 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3885 = reshape %2906 : f32[4,64] @ models/lib/nn.yaml:83:15
%3886 = reshape %3879 : f32[4,16] @ models/lib/nn.yaml:83:15
%3887 = matmul %3886, %3885 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3888 = mul %2901, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3889 = erf %3888 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3890 = add %831, %3889 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3891 = mul %3884, %3890 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3892 = mul %826, %2901 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3893 = mul %3884, %3892 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3894 = mul %2901, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3895 = mul %3894, %3894 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3896 = neg %3895 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3897 = exp %3896 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3898 = mul %3897, %3721 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3899 = mul %3893, %3898 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3900 = mul %3899, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3901 = mul %3891, %826 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3902 = add %3900, %3901 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3903 = reduce_sum %3902 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3904 = reshape %3903 : f32[64] @ models/lib/nn.yaml:84:18
%3905 = matmul %3902, %47 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3906 = reshape %2899 : f32[4,16] @ models/lib/nn.yaml:83:15
%3907 = reshape %3902 : f32[4,64] @ models/lib/nn.yaml:83:15
%3908 = matmul %3907, %3906 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3909 = reduce_sum %3905 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3910 = reshape %3909 : f32[16] @ models/lib/nn.yaml:96:46
%3911 = mul %3905, %2291 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3912 = mul %3905, %2897 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3913 = reduce_sum %3912 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3914 = reshape %3913 : f32[16] @ models/lib/nn.yaml:96:37
%3915 = mul %3911, %2896 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3916 = mul %3911, %2890 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3917 = reduce_sum %3916 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3918 = mul %2895, %2895 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3919 = mul %2895, %3918 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3920 = mul %3919, %3744 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3921 = mul %3917, %3920 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3922 = div %3921, %807 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3923 = broadcast %3922 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%3924 = mul %3923, %2890 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3925 = add %3915, %3924 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3926 = add %3925, %3924 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3927 = add %3879, %3926 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3928 = neg %3926 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3929 = reduce_sum %3928 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3930 = div %3929, %807 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3931 = broadcast %3930 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3932 = add %3927, %3931 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3933 = reduce_sum %3932 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3934 = reshape %3933 : f32[16] @ models/lib/nn.yaml:84:18
%3935 = matmul %3932, %43 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3936 = reshape %2882 : f32[4,16] @ models/lib/nn.yaml:83:15
%3937 = reshape %3932 : f32[4,16] @ models/lib/nn.yaml:83:15
%3938 = matmul %3937, %3936 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3939 = reshape %3935 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%3940 = permute %3939 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%3941 = permute %2824 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%3942 = slice %3940 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3943 = broadcast %3942 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3944 = slice %3941 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3945 = mul %3943, %3944 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3946 = slice %3940 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3947 = broadcast %3946 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3948 = slice %3941 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3949 = mul %3947, %3948 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3950 = add %3945, %3949 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3951 = slice %3940 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3952 = broadcast %3951 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3953 = slice %3941 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3954 = mul %3952, %3953 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3955 = add %3950, %3954 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3956 = slice %3940 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3957 = broadcast %3956 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3958 = slice %3941 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3959 = mul %3957, %3958 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3960 = add %3955, %3959 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3961 = slice %3940 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3962 = broadcast %3961 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3963 = slice %3941 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3964 = mul %3962, %3963 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3965 = add %3960, %3964 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3966 = slice %3940 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3967 = broadcast %3966 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3968 = slice %3941 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3969 = mul %3967, %3968 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3970 = add %3965, %3969 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3971 = slice %3940 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3972 = broadcast %3971 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3973 = slice %3941 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3974 = mul %3972, %3973 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3975 = add %3970, %3974 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3976 = slice %3940 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3977 = broadcast %3976 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3978 = slice %3941 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3979 = mul %3977, %3978 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3980 = add %3975, %3979 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3981 = permute %2875 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%3982 = broadcast %3981 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3983 = broadcast %3940 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3984 = mul %3982, %3983 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3985 = div %3980, %2873 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3986 = mul %3985, %2875 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3987 = neg %3986 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3988 = reduce_sum %3987 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3989 = broadcast %3988 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3990 = add %3985, %3989 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3991 = exp %2870 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3992 = mul %3990, %3991 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3993 = mul %3992, %1675 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3994 = reshape %3993 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%3995 = broadcast %3994 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3996 = reshape %2819 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3997 = broadcast %3996 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3998 = mul %3995, %3997 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3999 = reduce_sum %3998 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4000 = permute %3993 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%4001 = broadcast %4000 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4002 = broadcast %2814 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4003 = mul %4001, %4002 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4004 = permute %3984 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%4005 = reshape %4004 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%4006 = reduce_sum %4005 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4007 = reshape %4006 : f32[16] @ models/lib/nn.yaml:84:18
%4008 = matmul %4005, %41 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4009 = reshape %2809 : f32[40,16] @ models/lib/nn.yaml:83:15
%4010 = reshape %4004 : f32[40,16] @ models/lib/nn.yaml:83:15
%4011 = matmul %4010, %4009 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4012 = permute %4003 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%4013 = reshape %4012 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%4014 = reduce_sum %4013 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4015 = reshape %4014 : f32[16] @ models/lib/nn.yaml:84:18
%4016 = matmul %4013, %39 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4017 = add %4008, %4016 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4018 = reshape %4012 : f32[40,16] @ models/lib/nn.yaml:83:15
%4019 = matmul %4018, %4009 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4020 = permute %3999 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4021 = reshape %4020 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4022 = reduce_sum %4021 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4023 = reshape %4022 : f32[16] @ models/lib/nn.yaml:84:18
%4024 = matmul %4021, %37 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4025 = reshape %2810 : f32[4,16] @ models/lib/nn.yaml:83:15
%4026 = reshape %4020 : f32[4,16] @ models/lib/nn.yaml:83:15
%4027 = matmul %4026, %4025 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4028 = pad %4024 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4029 = add %4017, %4028 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4030 = reduce_sum %4029 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4031 = reshape %4030 : f32[16] @ models/lib/nn.yaml:96:46
%4032 = mul %4029, %2806 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4033 = mul %4029, %2805 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4034 = reduce_sum %4033 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4035 = reshape %4034 : f32[16] @ models/lib/nn.yaml:96:37
%4036 = mul %4032, %2804 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4037 = mul %4032, %2798 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4038 = reduce_sum %4037 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4039 = mul %2803, %2803 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4040 = mul %2803, %4039 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4041 = mul %4040, %3690 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4042 = mul %4038, %4041 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4043 = div %4042, %1604 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4044 = broadcast %4043 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4045 = mul %4044, %2798 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4046 = add %4036, %4045 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4047 = add %4046, %4045 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4048 = neg %4047 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4049 = reduce_sum %4048 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4050 = div %4049, %1604 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4051 = broadcast %4050 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4052 = add %4047, %4051 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4053 = slice %4052 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4054 = add %3932, %4053 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4055 = slice %4052 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4056 = add %3881, %4055 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4057 = reduce_sum %4054 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4058 = mul %4056, %2791 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%4059 = div %4058, %2751 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4060 = reduce_sum %4059 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4061 = reshape %4060 : f32[16] @ models/lib/nn.yaml:84:18
%4062 = matmul %4059, %32 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%4063 = reshape %2782 : f32[36,64] @ models/lib/nn.yaml:83:15
%4064 = reshape %4059 : f32[36,16] @ models/lib/nn.yaml:83:15
%4065 = matmul %4064, %4063 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4066 = mul %2777, %1195 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4067 = erf %4066 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4068 = add %1198, %4067 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%4069 = mul %4062, %4068 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4070 = mul %1193, %2777 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4071 = mul %4062, %4070 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4072 = mul %2777, %1195 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4073 = mul %4072, %4072 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4074 = neg %4073 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4075 = exp %4074 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4076 = broadcast %3558 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4077 = mul %4075, %4076 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4078 = mul %4071, %4077 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4079 = mul %4078, %1195 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4080 = mul %4069, %1193 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4081 = add %4079, %4080 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4082 = reduce_sum %4081 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4083 = reshape %4082 : f32[64] @ models/lib/nn.yaml:84:18
%4084 = matmul %4081, %30 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4085 = reshape %2774 : f32[36,16] @ models/lib/nn.yaml:83:15
%4086 = reshape %4081 : f32[36,64] @ models/lib/nn.yaml:83:15
%4087 = matmul %4086, %4085 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4088 = reduce_sum %4084 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4089 = reshape %4088 : f32[16] @ models/lib/nn.yaml:96:46
%4090 = mul %4084, %2771 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4091 = mul %4084, %2770 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4092 = reduce_sum %4091 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4093 = reshape %4092 : f32[16] @ models/lib/nn.yaml:96:37
%4094 = mul %4090, %2769 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4095 = mul %4090, %2763 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4096 = reduce_sum %4095 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4097 = mul %2768, %2768 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4098 = mul %2768, %4097 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4099 = broadcast %3689 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4100 = mul %4098, %4099 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4101 = mul %4096, %4100 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4102 = div %4101, %1076 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4103 = broadcast %4102 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4104 = mul %4103, %2763 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4105 = add %4094, %4104 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4106 = add %4105, %4104 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4107 = add %4056, %4106 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4108 = neg %4106 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4109 = reduce_sum %4108 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4110 = div %4109, %1076 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4111 = broadcast %4110 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4112 = add %4107, %4111 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4113 = mul %4112, %2757 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%4114 = div %4113, %2751 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4115 = reduce_sum %4114 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4116 = reshape %4115 : f32[16] @ models/lib/nn.yaml:84:18
%4117 = matmul %4114, %26 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4118 = reshape %2746 : f32[36,16] @ models/lib/nn.yaml:83:15
%4119 = reshape %4114 : f32[36,16] @ models/lib/nn.yaml:83:15
%4120 = matmul %4119, %4118 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4121 = reshape %4117 : f32[4,9,2,8] @ models/lib/nn.yaml:57:16
%4122 = permute %4121 perm=[0,2,1,3] : f32[4,2,9,8] @ models/lib/nn.yaml:56:13
%4123 = permute %2680 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%4124 = slice %4122 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4125 = broadcast %4124 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4126 = slice %4123 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4127 = broadcast %4126 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4128 = mul %4125, %4127 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4129 = slice %4122 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4130 = broadcast %4129 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4131 = slice %4123 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4132 = broadcast %4131 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4133 = mul %4130, %4132 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4134 = add %4128, %4133 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4135 = slice %4122 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4136 = broadcast %4135 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4137 = slice %4123 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4138 = broadcast %4137 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4139 = mul %4136, %4138 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4140 = add %4134, %4139 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4141 = slice %4122 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4142 = broadcast %4141 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4143 = slice %4123 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4144 = broadcast %4143 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4145 = mul %4142, %4144 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4146 = add %4140, %4145 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4147 = slice %4122 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4148 = broadcast %4147 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4149 = slice %4123 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4150 = broadcast %4149 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4151 = mul %4148, %4150 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4152 = add %4146, %4151 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4153 = slice %4122 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4154 = broadcast %4153 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4155 = slice %4123 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4156 = broadcast %4155 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4157 = mul %4154, %4156 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4158 = add %4152, %4157 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4159 = slice %4122 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4160 = broadcast %4159 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4161 = slice %4123 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4162 = broadcast %4161 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4163 = mul %4160, %4162 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4164 = add %4158, %4163 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4165 = slice %4122 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4166 = broadcast %4165 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4167 = slice %4123 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4168 = broadcast %4167 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4169 = mul %4166, %4168 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4170 = add %4164, %4169 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4171 = permute %2739 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4172 = reshape %4171 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%4173 = broadcast %4172 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4174 = reshape %4122 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%4175 = broadcast %4174 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4176 = mul %4173, %4175 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4177 = reduce_sum %4176 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4178 = div %4170, %2737 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4179 = mul %4178, %2739 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4180 = neg %4179 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4181 = reduce_sum %4180 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%4182 = broadcast %4181 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4183 = add %4178, %4182 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4184 = exp %2734 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4185 = mul %4183, %4184 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4186 = mul %4185, %1151 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%4187 = reshape %4186 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4188 = broadcast %4187 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4189 = reshape %2678 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4190 = broadcast %4189 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4191 = mul %4188, %4190 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4192 = reduce_sum %4191 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4193 = permute %4186 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4194 = reshape %4193 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4195 = broadcast %4194 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4196 = reshape %2676 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4197 = broadcast %4196 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4198 = mul %4195, %4197 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4199 = reduce_sum %4198 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4200 = reshape %4177 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%4201 = reshape %4199 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%4202 = reshape %4192 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%4203 = concat %4202, %4201, %4200 axis=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4204 = permute %4203 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%4205 = reshape %4204 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%4206 = reduce_sum %4205 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4207 = reshape %4206 : f32[48] @ models/lib/nn.yaml:84:18
%4208 = matmul %4205, %24 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4209 = reshape %2669 : f32[36,16] @ models/lib/nn.yaml:83:15
%4210 = reshape %4204 : f32[36,48] @ models/lib/nn.yaml:83:15
%4211 = matmul %4210, %4209 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%4212 = reduce_sum %4208 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4213 = reshape %4212 : f32[16] @ models/lib/nn.yaml:96:46
%4214 = mul %4208, %2666 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4215 = mul %4208, %2665 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4216 = reduce_sum %4215 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4217 = reshape %4216 : f32[16] @ models/lib/nn.yaml:96:37
%4218 = mul %4214, %2664 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4219 = mul %4214, %2658 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4220 = reduce_sum %4219 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4221 = mul %2663, %2663 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4222 = mul %2663, %4221 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4223 = mul %4222, %4099 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4224 = mul %4220, %4223 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4225 = div %4224, %1076 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4226 = broadcast %4225 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4227 = mul %4226, %2658 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4228 = add %4218, %4227 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4229 = add %4228, %4227 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4230 = add %4112, %4229 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4231 = neg %4229 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4232 = reduce_sum %4231 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4233 = div %4232, %1076 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4234 = broadcast %4233 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4235 = add %4230, %4234 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4236 = reduce_sum %4235 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4237 = reshape %4236 : f32[16] @ models/lib/nn.yaml:84:18
%4238 = matmul %4235, %20 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%4239 = reshape %2650 : f32[36,64] @ models/lib/nn.yaml:83:15
%4240 = reshape %4235 : f32[36,16] @ models/lib/nn.yaml:83:15
%4241 = matmul %4240, %4239 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4242 = mul %2645, %1195 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4243 = erf %4242 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4244 = add %1198, %4243 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%4245 = mul %4238, %4244 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4246 = mul %1193, %2645 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4247 = mul %4238, %4246 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4248 = mul %2645, %1195 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4249 = mul %4248, %4248 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4250 = neg %4249 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4251 = exp %4250 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4252 = mul %4251, %4076 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4253 = mul %4247, %4252 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4254 = mul %4253, %1195 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4255 = mul %4245, %1193 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4256 = add %4254, %4255 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4257 = reduce_sum %4256 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4258 = reshape %4257 : f32[64] @ models/lib/nn.yaml:84:18
%4259 = matmul %4256, %18 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4260 = reshape %2642 : f32[36,16] @ models/lib/nn.yaml:83:15
%4261 = reshape %4256 : f32[36,64] @ models/lib/nn.yaml:83:15
%4262 = matmul %4261, %4260 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4263 = reduce_sum %4259 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4264 = reshape %4263 : f32[16] @ models/lib/nn.yaml:96:46
%4265 = mul %4259, %2639 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4266 = mul %4259, %2638 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4267 = reduce_sum %4266 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4268 = reshape %4267 : f32[16] @ models/lib/nn.yaml:96:37
%4269 = mul %4265, %2637 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4270 = mul %4265, %2631 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4271 = reduce_sum %4270 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4272 = mul %2636, %2636 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4273 = mul %2636, %4272 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4274 = mul %4273, %4099 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4275 = mul %4271, %4274 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4276 = div %4275, %1076 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4277 = broadcast %4276 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4278 = mul %4277, %2631 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4279 = add %4269, %4278 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4280 = add %4279, %4278 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4281 = add %4235, %4280 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4282 = neg %4280 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4283 = reduce_sum %4282 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4284 = div %4283, %1076 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4285 = broadcast %4284 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4286 = add %4281, %4285 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4287 = reduce_sum %4286 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4288 = reshape %4287 : f32[16] @ models/lib/nn.yaml:84:18
%4289 = matmul %4286, %14 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4290 = reshape %2622 : f32[36,16] @ models/lib/nn.yaml:83:15
%4291 = reshape %4286 : f32[36,16] @ models/lib/nn.yaml:83:15
%4292 = matmul %4291, %4290 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4293 = reshape %4289 : f32[4,9,2,8] @ models/lib/nn.yaml:57:16
%4294 = permute %4293 perm=[0,2,1,3] : f32[4,2,9,8] @ models/lib/nn.yaml:56:13
%4295 = permute %2556 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%4296 = slice %4294 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4297 = broadcast %4296 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4298 = slice %4295 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4299 = broadcast %4298 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4300 = mul %4297, %4299 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4301 = slice %4294 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4302 = broadcast %4301 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4303 = slice %4295 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4304 = broadcast %4303 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4305 = mul %4302, %4304 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4306 = add %4300, %4305 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4307 = slice %4294 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4308 = broadcast %4307 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4309 = slice %4295 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4310 = broadcast %4309 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4311 = mul %4308, %4310 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4312 = add %4306, %4311 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4313 = slice %4294 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4314 = broadcast %4313 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4315 = slice %4295 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4316 = broadcast %4315 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4317 = mul %4314, %4316 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4318 = add %4312, %4317 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4319 = slice %4294 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4320 = broadcast %4319 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4321 = slice %4295 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4322 = broadcast %4321 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4323 = mul %4320, %4322 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4324 = add %4318, %4323 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4325 = slice %4294 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4326 = broadcast %4325 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4327 = slice %4295 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4328 = broadcast %4327 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4329 = mul %4326, %4328 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4330 = add %4324, %4329 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4331 = slice %4294 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4332 = broadcast %4331 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4333 = slice %4295 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4334 = broadcast %4333 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4335 = mul %4332, %4334 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4336 = add %4330, %4335 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4337 = slice %4294 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4338 = broadcast %4337 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4339 = slice %4295 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4340 = broadcast %4339 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4341 = mul %4338, %4340 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4342 = add %4336, %4341 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4343 = permute %2615 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4344 = reshape %4343 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%4345 = broadcast %4344 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4346 = reshape %4294 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%4347 = broadcast %4346 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4348 = mul %4345, %4347 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4349 = reduce_sum %4348 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4350 = div %4342, %2613 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4351 = mul %4350, %2615 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4352 = neg %4351 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4353 = reduce_sum %4352 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%4354 = broadcast %4353 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4355 = add %4350, %4354 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4356 = exp %2610 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4357 = mul %4355, %4356 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4358 = mul %4357, %1151 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%4359 = reshape %4358 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4360 = broadcast %4359 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4361 = reshape %2554 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4362 = broadcast %4361 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4363 = mul %4360, %4362 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4364 = reduce_sum %4363 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4365 = permute %4358 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4366 = reshape %4365 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4367 = broadcast %4366 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4368 = reshape %2552 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4369 = broadcast %4368 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4370 = mul %4367, %4369 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4371 = reduce_sum %4370 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4372 = reshape %4349 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%4373 = reshape %4371 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%4374 = reshape %4364 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%4375 = concat %4374, %4373, %4372 axis=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4376 = permute %4375 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%4377 = reshape %4376 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%4378 = reduce_sum %4377 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4379 = reshape %4378 : f32[48] @ models/lib/nn.yaml:84:18
%4380 = matmul %4377, %12 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4381 = reshape %2545 : f32[36,16] @ models/lib/nn.yaml:83:15
%4382 = reshape %4376 : f32[36,48] @ models/lib/nn.yaml:83:15
%4383 = matmul %4382, %4381 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%4384 = reduce_sum %4380 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4385 = reshape %4384 : f32[16] @ models/lib/nn.yaml:96:46
%4386 = mul %4380, %2542 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4387 = mul %4380, %2541 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4388 = reduce_sum %4387 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4389 = reshape %4388 : f32[16] @ models/lib/nn.yaml:96:37
%4390 = mul %4386, %2540 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4391 = mul %4386, %2534 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4392 = reduce_sum %4391 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4393 = mul %2539, %2539 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4394 = mul %2539, %4393 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4395 = mul %4394, %4099 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4396 = mul %4392, %4395 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4397 = div %4396, %1076 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4398 = broadcast %4397 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4399 = mul %4398, %2534 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4400 = add %4390, %4399 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4401 = add %4400, %4399 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4402 = add %4286, %4401 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4403 = neg %4401 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4404 = reduce_sum %4403 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4405 = div %4404, %1076 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4406 = broadcast %4405 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4407 = add %4402, %4406 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4408 = reduce_sum %4407 axes=[0] keep=1 : f32[1,9,16] @ models/lib/vit.yaml:62:15
%4409 = reshape %4408 : f32[3,3,16] @ models/lib/vit.yaml:36:16
%4410 = permute %4409 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%4411 = reshape %4410 : f32[3,48] @ models/lib/vit.yaml:35:21
%4412 = matmul %1063, %4411 ta=1 tb=0 : f32[4,48] @ models/lib/vit.yaml:34:15
%4413 = reshape %4412 : f32[4,3,16] @ models/lib/vit.yaml:34:17
%4414 = permute %4413 perm=[1,0,2] : f32[3,4,16] @ models/lib/vit.yaml:33:13
%4415 = reshape %4414 : f32[3,64] @ models/lib/vit.yaml:33:21
%4416 = matmul %1063, %4415 ta=1 tb=0 : f32[4,64] @ models/lib/vit.yaml:32:15
%4417 = reshape %4416 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%4418 = reduce_sum %4407 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%4419 = reshape %4418 : f32[16] @ models/lib/vit.yaml:17:71
%4420 = reshape %1058 : f32[36,48] @ models/lib/vit.yaml:17:18
%4421 = reshape %4407 : f32[36,16] @ models/lib/vit.yaml:17:18
%4422 = matmul %4421, %4420 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%4423 = reshape %4422 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%4424 = concat %3440, %3428 axis=0 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%4425 = concat %3472, %3502 axis=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%4426 = matmul %4424, %2511 ta=0 tb=0 : f32[4,16,8] @ models/lib/dino.yaml:23:18
%4427 = reshape %2504 : f32[64,8] @ models/lib/dino.yaml:23:18
%4428 = reshape %4424 : f32[64,16] @ models/lib/dino.yaml:23:18
%4429 = matmul %4428, %4427 ta=1 tb=0 : f32[16,8] @ models/lib/dino.yaml:23:18
%4430 = div %4429, %2510 : f32[16,8] @ models/lib/dino.yaml:22:33
%4431 = mul %4430, %2511 : f32[16,8] @ models/lib/dino.yaml:22:33
%4432 = neg %4431 : f32[16,8] @ models/lib/dino.yaml:22:33
%4433 = reduce_sum %4432 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%4434 = mul %4433, %3513 : f32[16,1] @ models/lib/dino.yaml:22:35
%4435 = div %4434, %2509 : f32[16,1] @ models/lib/dino.yaml:22:35
%4436 = broadcast %4435 : f32[16,8] @ models/lib/dino.yaml:22:40
%4437 = mul %4436, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%4438 = add %3520, %4437 : f32[16,8] @ models/lib/dino.yaml:22:53
%4439 = add %4438, %4437 : f32[16,8] @ models/lib/dino.yaml:22:53
%4440 = mul %4430, %2505 : f32[16,8] @ models/lib/dino.yaml:22:22
%4441 = add %4439, %4440 : f32[16,8] @ models/lib/dino.yaml:22:22
%4442 = div %4426, %2503 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4443 = mul %4442, %2504 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4444 = neg %4443 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4445 = reduce_sum %4444 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%4446 = broadcast %3525 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4447 = broadcast %295 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4448 = mul %4445, %4447 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4449 = sqrt %2500 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4450 = eq %4449, %1041 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%4451 = select %4450, %4448, %4446 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4452 = sqrt %2500 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4453 = gt %4452, %1041 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%4454 = select %4453, %4445, %4451 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4455 = mul %4454, %4447 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4456 = sqrt %2500 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4457 = div %4455, %4456 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4458 = broadcast %4457 : f32[4,16,8] @ models/lib/nn.yaml:33:29
%4459 = mul %4458, %2498 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4460 = add %4442, %4459 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4461 = add %4460, %4459 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4462 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,64] @ models/lib/nn.yaml:84:18
%4463 = reshape %4461 : f32[64,8] @ models/lib/nn.yaml:84:18
%4464 = matmul %4462, %4463 ta=0 tb=0 : f32[1,8] @ models/lib/nn.yaml:84:18
%4465 = reshape %4464 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4466 = reshape %4465 : f32[8] @ models/lib/nn.yaml:84:18
%4467 = add %3543, %4466 : f32[8] @ models/lib/nn.yaml:84:18
%4468 = matmul %4461, %81 ta=0 tb=0 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%4469 = reshape %2495 : f32[64,24] @ models/lib/nn.yaml:83:15
%4470 = reshape %4461 : f32[64,8] @ models/lib/nn.yaml:83:15
%4471 = matmul %4470, %4469 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%4472 = add %3547, %4471 : f32[8,24] @ models/lib/nn.yaml:83:15
%4473 = mul %2490, %1021 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%4474 = erf %4473 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4475 = add %1024, %4474 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%4476 = mul %4468, %4475 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4477 = mul %1019, %2490 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4478 = mul %4468, %4477 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4479 = mul %2490, %1021 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%4480 = mul %4479, %4479 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4481 = neg %4480 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4482 = exp %4481 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4483 = broadcast %3558 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4484 = mul %4482, %4483 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4485 = mul %4478, %4484 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4486 = mul %4485, %1021 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%4487 = mul %4476, %1019 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4488 = add %4486, %4487 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4489 = reshape %4488 : f32[64,24] @ models/lib/nn.yaml:84:18
%4490 = matmul %4462, %4489 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%4491 = reshape %4490 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4492 = reshape %4491 : f32[24] @ models/lib/nn.yaml:84:18
%4493 = add %3566, %4492 : f32[24] @ models/lib/nn.yaml:84:18
%4494 = matmul %4488, %79 ta=0 tb=0 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%4495 = reshape %2487 : f32[64,24] @ models/lib/nn.yaml:83:15
%4496 = reshape %4488 : f32[64,24] @ models/lib/nn.yaml:83:15
%4497 = matmul %4496, %4495 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%4498 = add %3570, %4497 : f32[24,24] @ models/lib/nn.yaml:83:15
%4499 = mul %2482, %1021 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%4500 = erf %4499 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4501 = add %1024, %4500 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%4502 = mul %4494, %4501 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4503 = mul %1019, %2482 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4504 = mul %4494, %4503 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4505 = mul %2482, %1021 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%4506 = mul %4505, %4505 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4507 = neg %4506 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4508 = exp %4507 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4509 = mul %4508, %4483 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4510 = mul %4504, %4509 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4511 = mul %4510, %1021 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%4512 = mul %4502, %1019 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4513 = add %4511, %4512 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4514 = reshape %4513 : f32[64,24] @ models/lib/nn.yaml:84:18
%4515 = matmul %4462, %4514 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%4516 = reshape %4515 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4517 = reshape %4516 : f32[24] @ models/lib/nn.yaml:84:18
%4518 = add %3587, %4517 : f32[24] @ models/lib/nn.yaml:84:18
%4519 = matmul %4513, %77 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4520 = reshape %2479 : f32[64,16] @ models/lib/nn.yaml:83:15
%4521 = reshape %4513 : f32[64,24] @ models/lib/nn.yaml:83:15
%4522 = matmul %4521, %4520 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%4523 = add %3591, %4522 : f32[24,16] @ models/lib/nn.yaml:83:15
%4524 = matmul %4425, %2477 ta=0 tb=0 : f32[4,1,8] @ models/lib/dino.yaml:23:18
%4525 = reshape %2470 : f32[4,8] @ models/lib/dino.yaml:23:18
%4526 = reshape %4425 : f32[4,32] @ models/lib/dino.yaml:23:18
%4527 = matmul %4526, %4525 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%4528 = div %4527, %2476 : f32[32,8] @ models/lib/dino.yaml:22:33
%4529 = mul %4528, %2477 : f32[32,8] @ models/lib/dino.yaml:22:33
%4530 = neg %4529 : f32[32,8] @ models/lib/dino.yaml:22:33
%4531 = reduce_sum %4530 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%4532 = mul %4531, %3600 : f32[32,1] @ models/lib/dino.yaml:22:35
%4533 = div %4532, %2475 : f32[32,1] @ models/lib/dino.yaml:22:35
%4534 = broadcast %4533 : f32[32,8] @ models/lib/dino.yaml:22:40
%4535 = mul %4534, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%4536 = add %3607, %4535 : f32[32,8] @ models/lib/dino.yaml:22:53
%4537 = add %4536, %4535 : f32[32,8] @ models/lib/dino.yaml:22:53
%4538 = mul %4528, %2471 : f32[32,8] @ models/lib/dino.yaml:22:22
%4539 = add %4537, %4538 : f32[32,8] @ models/lib/dino.yaml:22:22
%4540 = div %4524, %2469 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4541 = mul %4540, %2470 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4542 = neg %4541 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4543 = reduce_sum %4542 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%4544 = mul %4543, %3613 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4545 = sqrt %2466 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4546 = eq %4545, %1003 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4547 = select %4546, %4544, %3612 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4548 = sqrt %2466 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4549 = gt %4548, %1003 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4550 = select %4549, %4543, %4547 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4551 = mul %4550, %3613 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4552 = sqrt %2466 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4553 = div %4551, %4552 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4554 = broadcast %4553 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%4555 = mul %4554, %2464 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4556 = add %4540, %4555 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4557 = add %4556, %4555 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4558 = reduce_sum %4557 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4559 = reshape %4558 : f32[8] @ models/lib/nn.yaml:84:18
%4560 = add %3629, %4559 : f32[8] @ models/lib/nn.yaml:84:18
%4561 = matmul %4557, %73 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%4562 = reshape %2461 : f32[4,24] @ models/lib/nn.yaml:83:15
%4563 = reshape %4557 : f32[4,8] @ models/lib/nn.yaml:83:15
%4564 = matmul %4563, %4562 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%4565 = add %3633, %4564 : f32[8,24] @ models/lib/nn.yaml:83:15
%4566 = mul %2456, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4567 = erf %4566 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4568 = add %985, %4567 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%4569 = mul %4561, %4568 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4570 = mul %980, %2456 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4571 = mul %4561, %4570 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4572 = mul %2456, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4573 = mul %4572, %4572 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4574 = neg %4573 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4575 = exp %4574 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4576 = mul %4575, %3644 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4577 = mul %4571, %4576 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4578 = mul %4577, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4579 = mul %4569, %980 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4580 = add %4578, %4579 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4581 = reduce_sum %4580 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4582 = reshape %4581 : f32[24] @ models/lib/nn.yaml:84:18
%4583 = add %3651, %4582 : f32[24] @ models/lib/nn.yaml:84:18
%4584 = matmul %4580, %71 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%4585 = reshape %2453 : f32[4,24] @ models/lib/nn.yaml:83:15
%4586 = reshape %4580 : f32[4,24] @ models/lib/nn.yaml:83:15
%4587 = matmul %4586, %4585 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%4588 = add %3655, %4587 : f32[24,24] @ models/lib/nn.yaml:83:15
%4589 = mul %2448, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4590 = erf %4589 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4591 = add %985, %4590 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%4592 = mul %4584, %4591 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4593 = mul %980, %2448 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4594 = mul %4584, %4593 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4595 = mul %2448, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4596 = mul %4595, %4595 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4597 = neg %4596 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4598 = exp %4597 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4599 = mul %4598, %3644 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4600 = mul %4594, %4599 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4601 = mul %4600, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4602 = mul %4592, %980 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4603 = add %4601, %4602 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4604 = reduce_sum %4603 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4605 = reshape %4604 : f32[24] @ models/lib/nn.yaml:84:18
%4606 = add %3672, %4605 : f32[24] @ models/lib/nn.yaml:84:18
%4607 = matmul %4603, %69 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4608 = reshape %2445 : f32[4,16] @ models/lib/nn.yaml:83:15
%4609 = reshape %4603 : f32[4,24] @ models/lib/nn.yaml:83:15
%4610 = matmul %4609, %4608 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%4611 = add %3676, %4610 : f32[24,16] @ models/lib/nn.yaml:83:15
%4612 = concat %4607, %4519 axis=1 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%4613 = const data=[1,1,1,1] : f32[1,4] @ models/lib/nn.yaml:96:46
%4614 = reshape %4607 : f32[4,16] @ models/lib/nn.yaml:96:46
%4615 = matmul %4613, %4614 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4616 = reshape %4519 : f32[64,16] @ models/lib/nn.yaml:96:46
%4617 = matmul %4462, %4616 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4618 = add %4615, %4617 : f32[1,16] @ models/lib/nn.yaml:96:46
%4619 = reshape %4618 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4620 = reshape %4619 : f32[16] @ models/lib/nn.yaml:96:46
%4621 = add %3679, %4620 : f32[16] @ models/lib/nn.yaml:96:46
%4622 = mul %4612, %2441 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4623 = mul %4612, %2440 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4624 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:37
%4625 = reshape %4623 : f32[68,16] @ models/lib/nn.yaml:96:37
%4626 = matmul %4624, %4625 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%4627 = reshape %4626 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4628 = reshape %4627 : f32[16] @ models/lib/nn.yaml:96:37
%4629 = add %3683, %4628 : f32[16] @ models/lib/nn.yaml:96:37
%4630 = mul %4622, %2439 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4631 = mul %4622, %2433 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4632 = reduce_sum %4631 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%4633 = mul %2438, %2438 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4634 = mul %2438, %4633 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4635 = broadcast %3689 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4636 = mul %4634, %4635 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4637 = mul %4632, %4636 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4638 = div %4637, %710 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%4639 = broadcast %4638 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%4640 = mul %4639, %2433 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4641 = add %4630, %4640 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4642 = add %4641, %4640 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4643 = neg %4642 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%4644 = reduce_sum %4643 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%4645 = div %4644, %710 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%4646 = broadcast %4645 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4647 = add %4642, %4646 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4648 = slice %4647 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%4649 = slice %4647 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:111:21
%4650 = reduce_sum %4648 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4651 = reshape %4650 : f32[16] @ models/lib/nn.yaml:84:18
%4652 = add %3706, %4651 : f32[16] @ models/lib/nn.yaml:84:18
%4653 = matmul %4648, %65 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%4654 = reshape %2424 : f32[4,64] @ models/lib/nn.yaml:83:15
%4655 = reshape %4648 : f32[4,16] @ models/lib/nn.yaml:83:15
%4656 = matmul %4655, %4654 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4657 = add %3710, %4656 : f32[16,64] @ models/lib/nn.yaml:83:15
%4658 = mul %2419, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4659 = erf %4658 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4660 = add %831, %4659 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%4661 = mul %4653, %4660 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4662 = mul %826, %2419 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4663 = mul %4653, %4662 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4664 = mul %2419, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4665 = mul %4664, %4664 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4666 = neg %4665 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4667 = exp %4666 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4668 = mul %4667, %3721 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4669 = mul %4663, %4668 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4670 = mul %4669, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4671 = mul %4661, %826 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4672 = add %4670, %4671 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4673 = reduce_sum %4672 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4674 = reshape %4673 : f32[64] @ models/lib/nn.yaml:84:18
%4675 = add %3728, %4674 : f32[64] @ models/lib/nn.yaml:84:18
%4676 = matmul %4672, %63 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4677 = reshape %2416 : f32[4,16] @ models/lib/nn.yaml:83:15
%4678 = reshape %4672 : f32[4,64] @ models/lib/nn.yaml:83:15
%4679 = matmul %4678, %4677 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4680 = add %3732, %4679 : f32[64,16] @ models/lib/nn.yaml:83:15
%4681 = reduce_sum %4676 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4682 = reshape %4681 : f32[16] @ models/lib/nn.yaml:96:46
%4683 = add %3734, %4682 : f32[16] @ models/lib/nn.yaml:96:46
%4684 = mul %4676, %2413 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4685 = mul %4676, %2412 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4686 = reduce_sum %4685 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4687 = reshape %4686 : f32[16] @ models/lib/nn.yaml:96:37
%4688 = add %3738, %4687 : f32[16] @ models/lib/nn.yaml:96:37
%4689 = mul %4684, %2411 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4690 = mul %4684, %2405 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4691 = reduce_sum %4690 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4692 = mul %2410, %2410 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4693 = mul %2410, %4692 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4694 = mul %4693, %3744 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4695 = mul %4691, %4694 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4696 = div %4695, %807 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4697 = broadcast %4696 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4698 = mul %4697, %2405 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4699 = add %4689, %4698 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4700 = add %4699, %4698 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4701 = add %4648, %4700 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4702 = neg %4700 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4703 = reduce_sum %4702 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4704 = div %4703, %807 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4705 = broadcast %4704 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4706 = add %4701, %4705 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4707 = reduce_sum %4706 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4708 = reshape %4707 : f32[16] @ models/lib/nn.yaml:84:18
%4709 = add %3759, %4708 : f32[16] @ models/lib/nn.yaml:84:18
%4710 = matmul %4706, %59 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4711 = reshape %2396 : f32[4,16] @ models/lib/nn.yaml:83:15
%4712 = reshape %4706 : f32[4,16] @ models/lib/nn.yaml:83:15
%4713 = matmul %4712, %4711 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4714 = add %3763, %4713 : f32[16,16] @ models/lib/nn.yaml:83:15
%4715 = reshape %4710 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%4716 = permute %4715 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%4717 = permute %2338 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%4718 = slice %4716 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4719 = broadcast %4718 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4720 = slice %4717 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4721 = mul %4719, %4720 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4722 = slice %4716 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4723 = broadcast %4722 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4724 = slice %4717 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4725 = mul %4723, %4724 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4726 = add %4721, %4725 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4727 = slice %4716 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4728 = broadcast %4727 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4729 = slice %4717 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4730 = mul %4728, %4729 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4731 = add %4726, %4730 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4732 = slice %4716 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4733 = broadcast %4732 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4734 = slice %4717 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4735 = mul %4733, %4734 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4736 = add %4731, %4735 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4737 = slice %4716 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4738 = broadcast %4737 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4739 = slice %4717 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4740 = mul %4738, %4739 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4741 = add %4736, %4740 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4742 = slice %4716 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4743 = broadcast %4742 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4744 = slice %4717 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4745 = mul %4743, %4744 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4746 = add %4741, %4745 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4747 = slice %4716 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4748 = broadcast %4747 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4749 = slice %4717 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4750 = mul %4748, %4749 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4751 = add %4746, %4750 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4752 = slice %4716 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4753 = broadcast %4752 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4754 = slice %4717 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4755 = mul %4753, %4754 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4756 = add %4751, %4755 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4757 = permute %2389 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%4758 = broadcast %4757 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4759 = broadcast %4716 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4760 = mul %4758, %4759 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4761 = div %4756, %2387 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4762 = mul %4761, %2389 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4763 = neg %4762 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4764 = reduce_sum %4763 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4765 = broadcast %4764 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4766 = add %4761, %4765 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4767 = exp %2384 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%4768 = mul %4766, %4767 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%4769 = mul %4768, %782 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%4770 = reshape %4769 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%4771 = broadcast %4770 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4772 = reshape %2333 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4773 = broadcast %4772 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4774 = mul %4771, %4773 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4775 = reduce_sum %4774 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4776 = permute %4769 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%4777 = broadcast %4776 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4778 = broadcast %2328 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4779 = mul %4777, %4778 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4780 = permute %4760 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%4781 = reshape %4780 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%4782 = reshape %4781 : f32[68,16] @ models/lib/nn.yaml:84:18
%4783 = matmul %4624, %4782 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4784 = reshape %4783 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4785 = reshape %4784 : f32[16] @ models/lib/nn.yaml:84:18
%4786 = add %3832, %4785 : f32[16] @ models/lib/nn.yaml:84:18
%4787 = matmul %4781, %57 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4788 = reshape %2322 : f32[68,16] @ models/lib/nn.yaml:83:15
%4789 = reshape %4780 : f32[68,16] @ models/lib/nn.yaml:83:15
%4790 = matmul %4789, %4788 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4791 = add %3836, %4790 : f32[16,16] @ models/lib/nn.yaml:83:15
%4792 = permute %4779 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%4793 = reshape %4792 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%4794 = reshape %4793 : f32[68,16] @ models/lib/nn.yaml:84:18
%4795 = matmul %4624, %4794 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4796 = reshape %4795 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4797 = reshape %4796 : f32[16] @ models/lib/nn.yaml:84:18
%4798 = add %3840, %4797 : f32[16] @ models/lib/nn.yaml:84:18
%4799 = matmul %4793, %55 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4800 = add %4787, %4799 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4801 = reshape %4792 : f32[68,16] @ models/lib/nn.yaml:83:15
%4802 = matmul %4801, %4788 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4803 = add %3844, %4802 : f32[16,16] @ models/lib/nn.yaml:83:15
%4804 = permute %4775 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4805 = reshape %4804 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4806 = reduce_sum %4805 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4807 = reshape %4806 : f32[16] @ models/lib/nn.yaml:84:18
%4808 = add %3848, %4807 : f32[16] @ models/lib/nn.yaml:84:18
%4809 = matmul %4805, %53 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4810 = reshape %2323 : f32[4,16] @ models/lib/nn.yaml:83:15
%4811 = reshape %4804 : f32[4,16] @ models/lib/nn.yaml:83:15
%4812 = matmul %4811, %4810 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4813 = add %3852, %4812 : f32[16,16] @ models/lib/nn.yaml:83:15
%4814 = pad %4809 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4815 = add %4800, %4814 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4816 = reshape %4815 : f32[68,16] @ models/lib/nn.yaml:96:46
%4817 = matmul %4624, %4816 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4818 = reshape %4817 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4819 = reshape %4818 : f32[16] @ models/lib/nn.yaml:96:46
%4820 = add %3856, %4819 : f32[16] @ models/lib/nn.yaml:96:46
%4821 = mul %4815, %2319 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4822 = mul %4815, %2318 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4823 = reshape %4822 : f32[68,16] @ models/lib/nn.yaml:96:37
%4824 = matmul %4624, %4823 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%4825 = reshape %4824 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4826 = reshape %4825 : f32[16] @ models/lib/nn.yaml:96:37
%4827 = add %3860, %4826 : f32[16] @ models/lib/nn.yaml:96:37
%4828 = mul %4821, %2317 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4829 = mul %4821, %2311 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4830 = reduce_sum %4829 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%4831 = mul %2316, %2316 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4832 = mul %2316, %4831 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4833 = mul %4832, %4635 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4834 = mul %4830, %4833 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4835 = div %4834, %710 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%4836 = broadcast %4835 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%4837 = mul %4836, %2311 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4838 = add %4828, %4837 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4839 = add %4838, %4837 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4840 = neg %4839 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%4841 = reduce_sum %4840 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%4842 = div %4841, %710 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%4843 = broadcast %4842 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4844 = add %4839, %4843 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4845 = slice %4844 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4846 = add %4706, %4845 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4847 = slice %4844 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4848 = add %4649, %4847 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4849 = reduce_sum %4846 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4850 = reshape %4849 : f32[16] @ models/lib/nn.yaml:84:18
%4851 = add %3883, %4850 : f32[16] @ models/lib/nn.yaml:84:18
%4852 = matmul %4846, %49 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%4853 = reshape %2302 : f32[4,64] @ models/lib/nn.yaml:83:15
%4854 = reshape %4846 : f32[4,16] @ models/lib/nn.yaml:83:15
%4855 = matmul %4854, %4853 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4856 = add %3887, %4855 : f32[16,64] @ models/lib/nn.yaml:83:15
%4857 = mul %2297, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4858 = erf %4857 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4859 = add %831, %4858 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%4860 = mul %4852, %4859 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4861 = mul %826, %2297 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4862 = mul %4852, %4861 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4863 = mul %2297, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4864 = mul %4863, %4863 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4865 = neg %4864 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4866 = exp %4865 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4867 = mul %4866, %3721 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4868 = mul %4862, %4867 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4869 = mul %4868, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4870 = mul %4860, %826 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4871 = add %4869, %4870 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4872 = reduce_sum %4871 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4873 = reshape %4872 : f32[64] @ models/lib/nn.yaml:84:18
%4874 = add %3904, %4873 : f32[64] @ models/lib/nn.yaml:84:18
%4875 = matmul %4871, %47 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4876 = reshape %2294 : f32[4,16] @ models/lib/nn.yaml:83:15
%4877 = reshape %4871 : f32[4,64] @ models/lib/nn.yaml:83:15
%4878 = matmul %4877, %4876 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4879 = add %3908, %4878 : f32[64,16] @ models/lib/nn.yaml:83:15
%4880 = reduce_sum %4875 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4881 = reshape %4880 : f32[16] @ models/lib/nn.yaml:96:46
%4882 = add %3910, %4881 : f32[16] @ models/lib/nn.yaml:96:46
%4883 = mul %4875, %2291 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4884 = mul %4875, %2290 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4885 = reduce_sum %4884 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4886 = reshape %4885 : f32[16] @ models/lib/nn.yaml:96:37
%4887 = add %3914, %4886 : f32[16] @ models/lib/nn.yaml:96:37
%4888 = mul %4883, %2289 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4889 = mul %4883, %2283 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4890 = reduce_sum %4889 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4891 = mul %2288, %2288 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4892 = mul %2288, %4891 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4893 = mul %4892, %3744 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4894 = mul %4890, %4893 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4895 = div %4894, %807 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4896 = broadcast %4895 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4897 = mul %4896, %2283 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4898 = add %4888, %4897 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4899 = add %4898, %4897 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4900 = add %4846, %4899 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4901 = neg %4899 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4902 = reduce_sum %4901 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4903 = div %4902, %807 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4904 = broadcast %4903 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4905 = add %4900, %4904 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4906 = reduce_sum %4905 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4907 = reshape %4906 : f32[16] @ models/lib/nn.yaml:84:18
%4908 = add %3934, %4907 : f32[16] @ models/lib/nn.yaml:84:18
%4909 = matmul %4905, %43 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4910 = reshape %2274 : f32[4,16] @ models/lib/nn.yaml:83:15
%4911 = reshape %4905 : f32[4,16] @ models/lib/nn.yaml:83:15
%4912 = matmul %4911, %4910 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4913 = add %3938, %4912 : f32[16,16] @ models/lib/nn.yaml:83:15
%4914 = reshape %4909 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%4915 = permute %4914 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%4916 = permute %2216 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%4917 = slice %4915 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4918 = broadcast %4917 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4919 = slice %4916 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4920 = mul %4918, %4919 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4921 = slice %4915 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4922 = broadcast %4921 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4923 = slice %4916 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4924 = mul %4922, %4923 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4925 = add %4920, %4924 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4926 = slice %4915 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4927 = broadcast %4926 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4928 = slice %4916 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4929 = mul %4927, %4928 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4930 = add %4925, %4929 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4931 = slice %4915 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4932 = broadcast %4931 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4933 = slice %4916 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4934 = mul %4932, %4933 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4935 = add %4930, %4934 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4936 = slice %4915 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4937 = broadcast %4936 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4938 = slice %4916 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4939 = mul %4937, %4938 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4940 = add %4935, %4939 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4941 = slice %4915 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4942 = broadcast %4941 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4943 = slice %4916 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4944 = mul %4942, %4943 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4945 = add %4940, %4944 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4946 = slice %4915 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4947 = broadcast %4946 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4948 = slice %4916 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4949 = mul %4947, %4948 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4950 = add %4945, %4949 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4951 = slice %4915 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4952 = broadcast %4951 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4953 = slice %4916 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4954 = mul %4952, %4953 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4955 = add %4950, %4954 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4956 = permute %2267 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%4957 = broadcast %4956 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4958 = broadcast %4915 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4959 = mul %4957, %4958 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4960 = div %4955, %2265 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4961 = mul %4960, %2267 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4962 = neg %4961 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4963 = reduce_sum %4962 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4964 = broadcast %4963 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4965 = add %4960, %4964 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4966 = exp %2262 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%4967 = mul %4965, %4966 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%4968 = mul %4967, %782 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%4969 = reshape %4968 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%4970 = broadcast %4969 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4971 = reshape %2211 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4972 = broadcast %4971 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4973 = mul %4970, %4972 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4974 = reduce_sum %4973 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4975 = permute %4968 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%4976 = broadcast %4975 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4977 = broadcast %2206 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4978 = mul %4976, %4977 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4979 = permute %4959 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%4980 = reshape %4979 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%4981 = reshape %4980 : f32[68,16] @ models/lib/nn.yaml:84:18
%4982 = matmul %4624, %4981 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4983 = reshape %4982 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4984 = reshape %4983 : f32[16] @ models/lib/nn.yaml:84:18
%4985 = add %4007, %4984 : f32[16] @ models/lib/nn.yaml:84:18
%4986 = matmul %4980, %41 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4987 = reshape %2200 : f32[68,16] @ models/lib/nn.yaml:83:15
%4988 = reshape %4979 : f32[68,16] @ models/lib/nn.yaml:83:15
%4989 = matmul %4988, %4987 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4990 = add %4011, %4989 : f32[16,16] @ models/lib/nn.yaml:83:15
%4991 = permute %4978 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%4992 = reshape %4991 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%4993 = reshape %4992 : f32[68,16] @ models/lib/nn.yaml:84:18
%4994 = matmul %4624, %4993 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4995 = reshape %4994 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4996 = reshape %4995 : f32[16] @ models/lib/nn.yaml:84:18
%4997 = add %4015, %4996 : f32[16] @ models/lib/nn.yaml:84:18
%4998 = matmul %4992, %39 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4999 = add %4986, %4998 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5000 = reshape %4991 : f32[68,16] @ models/lib/nn.yaml:83:15
%5001 = matmul %5000, %4987 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%5002 = add %4019, %5001 : f32[16,16] @ models/lib/nn.yaml:83:15
%5003 = permute %4974 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%5004 = reshape %5003 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%5005 = reduce_sum %5004 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5006 = reshape %5005 : f32[16] @ models/lib/nn.yaml:84:18
%5007 = add %4023, %5006 : f32[16] @ models/lib/nn.yaml:84:18
%5008 = matmul %5004, %37 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%5009 = reshape %2201 : f32[4,16] @ models/lib/nn.yaml:83:15
%5010 = reshape %5003 : f32[4,16] @ models/lib/nn.yaml:83:15
%5011 = matmul %5010, %5009 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%5012 = add %4027, %5011 : f32[16,16] @ models/lib/nn.yaml:83:15
%5013 = pad %5008 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5014 = add %4999, %5013 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5015 = reshape %5014 : f32[68,16] @ models/lib/nn.yaml:96:46
%5016 = matmul %4624, %5015 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5017 = reshape %5016 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5018 = reshape %5017 : f32[16] @ models/lib/nn.yaml:96:46
%5019 = add %4031, %5018 : f32[16] @ models/lib/nn.yaml:96:46
%5020 = mul %5014, %2197 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5021 = mul %5014, %2196 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5022 = reshape %5021 : f32[68,16] @ models/lib/nn.yaml:96:37
%5023 = matmul %4624, %5022 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5024 = reshape %5023 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5025 = reshape %5024 : f32[16] @ models/lib/nn.yaml:96:37
%5026 = add %4035, %5025 : f32[16] @ models/lib/nn.yaml:96:37
%5027 = mul %5020, %2195 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5028 = mul %5020, %2189 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5029 = reduce_sum %5028 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5030 = mul %2194, %2194 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5031 = mul %2194, %5030 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5032 = mul %5031, %4635 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5033 = mul %5029, %5032 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5034 = div %5033, %710 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5035 = broadcast %5034 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5036 = mul %5035, %2189 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5037 = add %5027, %5036 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5038 = add %5037, %5036 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5039 = neg %5038 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5040 = reduce_sum %5039 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5041 = div %5040, %710 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5042 = broadcast %5041 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5043 = add %5038, %5042 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5044 = slice %5043 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5045 = add %4905, %5044 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5046 = slice %5043 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5047 = add %4848, %5046 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5048 = reduce_sum %5045 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%5049 = add %4057, %5048 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%5050 = mul %5047, %2181 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%5051 = div %5050, %2139 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%5052 = reshape %5051 : f32[64,16] @ models/lib/nn.yaml:84:18
%5053 = matmul %4462, %5052 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5054 = reshape %5053 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5055 = reshape %5054 : f32[16] @ models/lib/nn.yaml:84:18
%5056 = add %4061, %5055 : f32[16] @ models/lib/nn.yaml:84:18
%5057 = matmul %5051, %32 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%5058 = reshape %2172 : f32[64,64] @ models/lib/nn.yaml:83:15
%5059 = reshape %5051 : f32[64,16] @ models/lib/nn.yaml:83:15
%5060 = matmul %5059, %5058 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%5061 = add %4065, %5060 : f32[16,64] @ models/lib/nn.yaml:83:15
%5062 = mul %2167, %299 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5063 = erf %5062 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5064 = add %303, %5063 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%5065 = mul %5057, %5064 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5066 = mul %296, %2167 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5067 = mul %5057, %5066 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5068 = mul %2167, %299 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5069 = mul %5068, %5068 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5070 = neg %5069 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5071 = exp %5070 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5072 = broadcast %3558 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5073 = mul %5071, %5072 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5074 = mul %5067, %5073 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5075 = mul %5074, %299 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5076 = mul %5065, %296 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5077 = add %5075, %5076 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5078 = reshape %5077 : f32[64,64] @ models/lib/nn.yaml:84:18
%5079 = matmul %4462, %5078 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%5080 = reshape %5079 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5081 = reshape %5080 : f32[64] @ models/lib/nn.yaml:84:18
%5082 = add %4083, %5081 : f32[64] @ models/lib/nn.yaml:84:18
%5083 = matmul %5077, %30 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5084 = reshape %2164 : f32[64,16] @ models/lib/nn.yaml:83:15
%5085 = reshape %5077 : f32[64,64] @ models/lib/nn.yaml:83:15
%5086 = matmul %5085, %5084 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%5087 = add %4087, %5086 : f32[64,16] @ models/lib/nn.yaml:83:15
%5088 = reshape %5083 : f32[64,16] @ models/lib/nn.yaml:96:46
%5089 = matmul %4462, %5088 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5090 = reshape %5089 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5091 = reshape %5090 : f32[16] @ models/lib/nn.yaml:96:46
%5092 = add %4089, %5091 : f32[16] @ models/lib/nn.yaml:96:46
%5093 = mul %5083, %2161 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5094 = mul %5083, %2160 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5095 = reshape %5094 : f32[64,16] @ models/lib/nn.yaml:96:37
%5096 = matmul %4462, %5095 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5097 = reshape %5096 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5098 = reshape %5097 : f32[16] @ models/lib/nn.yaml:96:37
%5099 = add %4093, %5098 : f32[16] @ models/lib/nn.yaml:96:37
%5100 = mul %5093, %2159 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5101 = mul %5093, %2153 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5102 = reduce_sum %5101 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5103 = mul %2158, %2158 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5104 = mul %2158, %5103 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5105 = broadcast %3689 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5106 = mul %5104, %5105 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5107 = mul %5102, %5106 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5108 = div %5107, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5109 = broadcast %5108 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5110 = mul %5109, %2153 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5111 = add %5100, %5110 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5112 = add %5111, %5110 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5113 = add %5047, %5112 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5114 = neg %5112 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5115 = reduce_sum %5114 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5116 = div %5115, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5117 = broadcast %5116 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5118 = add %5113, %5117 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5119 = mul %5118, %2147 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%5120 = div %5119, %2139 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%5121 = reshape %5120 : f32[64,16] @ models/lib/nn.yaml:84:18
%5122 = matmul %4462, %5121 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5123 = reshape %5122 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5124 = reshape %5123 : f32[16] @ models/lib/nn.yaml:84:18
%5125 = add %4116, %5124 : f32[16] @ models/lib/nn.yaml:84:18
%5126 = matmul %5120, %26 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5127 = reshape %2133 : f32[64,16] @ models/lib/nn.yaml:83:15
%5128 = reshape %5120 : f32[64,16] @ models/lib/nn.yaml:83:15
%5129 = matmul %5128, %5127 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%5130 = add %4120, %5129 : f32[16,16] @ models/lib/nn.yaml:83:15
%5131 = reshape %5126 : f32[4,16,2,8] @ models/lib/nn.yaml:57:16
%5132 = permute %5131 perm=[0,2,1,3] : f32[4,2,16,8] @ models/lib/nn.yaml:56:13
%5133 = permute %2067 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%5134 = slice %5132 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5135 = broadcast %5134 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5136 = slice %5133 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5137 = broadcast %5136 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5138 = mul %5135, %5137 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5139 = slice %5132 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5140 = broadcast %5139 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5141 = slice %5133 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5142 = broadcast %5141 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5143 = mul %5140, %5142 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5144 = add %5138, %5143 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5145 = slice %5132 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5146 = broadcast %5145 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5147 = slice %5133 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5148 = broadcast %5147 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5149 = mul %5146, %5148 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5150 = add %5144, %5149 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5151 = slice %5132 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5152 = broadcast %5151 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5153 = slice %5133 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5154 = broadcast %5153 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5155 = mul %5152, %5154 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5156 = add %5150, %5155 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5157 = slice %5132 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5158 = broadcast %5157 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5159 = slice %5133 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5160 = broadcast %5159 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5161 = mul %5158, %5160 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5162 = add %5156, %5161 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5163 = slice %5132 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5164 = broadcast %5163 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5165 = slice %5133 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5166 = broadcast %5165 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5167 = mul %5164, %5166 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5168 = add %5162, %5167 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5169 = slice %5132 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5170 = broadcast %5169 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5171 = slice %5133 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5172 = broadcast %5171 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5173 = mul %5170, %5172 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5174 = add %5168, %5173 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5175 = slice %5132 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5176 = broadcast %5175 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5177 = slice %5133 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5178 = broadcast %5177 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5179 = mul %5176, %5178 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5180 = add %5174, %5179 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5181 = permute %2126 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5182 = reshape %5181 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%5183 = broadcast %5182 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5184 = reshape %5132 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%5185 = broadcast %5184 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5186 = mul %5183, %5185 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5187 = reduce_sum %5186 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5188 = div %5180, %2124 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5189 = mul %5188, %2126 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5190 = neg %5189 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5191 = reduce_sum %5190 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%5192 = broadcast %5191 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5193 = add %5188, %5192 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5194 = exp %2121 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%5195 = mul %5193, %5194 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%5196 = mul %5195, %253 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%5197 = reshape %5196 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5198 = broadcast %5197 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5199 = reshape %2065 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5200 = broadcast %5199 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5201 = mul %5198, %5200 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5202 = reduce_sum %5201 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5203 = permute %5196 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5204 = reshape %5203 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5205 = broadcast %5204 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5206 = reshape %2063 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5207 = broadcast %5206 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5208 = mul %5205, %5207 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5209 = reduce_sum %5208 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5210 = reshape %5187 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%5211 = reshape %5209 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%5212 = reshape %5202 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%5213 = concat %5212, %5211, %5210 axis=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%5214 = permute %5213 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%5215 = reshape %5214 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%5216 = reshape %5215 : f32[64,48] @ models/lib/nn.yaml:84:18
%5217 = matmul %4462, %5216 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%5218 = reshape %5217 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5219 = reshape %5218 : f32[48] @ models/lib/nn.yaml:84:18
%5220 = add %4207, %5219 : f32[48] @ models/lib/nn.yaml:84:18
%5221 = matmul %5215, %24 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5222 = reshape %2056 : f32[64,16] @ models/lib/nn.yaml:83:15
%5223 = reshape %5214 : f32[64,48] @ models/lib/nn.yaml:83:15
%5224 = matmul %5223, %5222 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%5225 = add %4211, %5224 : f32[48,16] @ models/lib/nn.yaml:83:15
%5226 = reshape %5221 : f32[64,16] @ models/lib/nn.yaml:96:46
%5227 = matmul %4462, %5226 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5228 = reshape %5227 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5229 = reshape %5228 : f32[16] @ models/lib/nn.yaml:96:46
%5230 = add %4213, %5229 : f32[16] @ models/lib/nn.yaml:96:46
%5231 = mul %5221, %2053 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5232 = mul %5221, %2052 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5233 = reshape %5232 : f32[64,16] @ models/lib/nn.yaml:96:37
%5234 = matmul %4462, %5233 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5235 = reshape %5234 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5236 = reshape %5235 : f32[16] @ models/lib/nn.yaml:96:37
%5237 = add %4217, %5236 : f32[16] @ models/lib/nn.yaml:96:37
%5238 = mul %5231, %2051 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5239 = mul %5231, %2045 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5240 = reduce_sum %5239 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5241 = mul %2050, %2050 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5242 = mul %2050, %5241 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5243 = mul %5242, %5105 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5244 = mul %5240, %5243 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5245 = div %5244, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5246 = broadcast %5245 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5247 = mul %5246, %2045 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5248 = add %5238, %5247 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5249 = add %5248, %5247 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5250 = add %5118, %5249 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5251 = neg %5249 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5252 = reduce_sum %5251 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5253 = div %5252, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5254 = broadcast %5253 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5255 = add %5250, %5254 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5256 = reshape %5255 : f32[64,16] @ models/lib/nn.yaml:84:18
%5257 = matmul %4462, %5256 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5258 = reshape %5257 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5259 = reshape %5258 : f32[16] @ models/lib/nn.yaml:84:18
%5260 = add %4237, %5259 : f32[16] @ models/lib/nn.yaml:84:18
%5261 = matmul %5255, %20 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%5262 = reshape %2037 : f32[64,64] @ models/lib/nn.yaml:83:15
%5263 = reshape %5255 : f32[64,16] @ models/lib/nn.yaml:83:15
%5264 = matmul %5263, %5262 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%5265 = add %4241, %5264 : f32[16,64] @ models/lib/nn.yaml:83:15
%5266 = mul %2032, %299 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5267 = erf %5266 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5268 = add %303, %5267 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%5269 = mul %5261, %5268 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5270 = mul %296, %2032 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5271 = mul %5261, %5270 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5272 = mul %2032, %299 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5273 = mul %5272, %5272 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5274 = neg %5273 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5275 = exp %5274 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5276 = mul %5275, %5072 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5277 = mul %5271, %5276 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5278 = mul %5277, %299 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5279 = mul %5269, %296 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5280 = add %5278, %5279 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5281 = reshape %5280 : f32[64,64] @ models/lib/nn.yaml:84:18
%5282 = matmul %4462, %5281 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%5283 = reshape %5282 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5284 = reshape %5283 : f32[64] @ models/lib/nn.yaml:84:18
%5285 = add %4258, %5284 : f32[64] @ models/lib/nn.yaml:84:18
%5286 = matmul %5280, %18 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5287 = reshape %2029 : f32[64,16] @ models/lib/nn.yaml:83:15
%5288 = reshape %5280 : f32[64,64] @ models/lib/nn.yaml:83:15
%5289 = matmul %5288, %5287 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%5290 = add %4262, %5289 : f32[64,16] @ models/lib/nn.yaml:83:15
%5291 = reshape %5286 : f32[64,16] @ models/lib/nn.yaml:96:46
%5292 = matmul %4462, %5291 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5293 = reshape %5292 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5294 = reshape %5293 : f32[16] @ models/lib/nn.yaml:96:46
%5295 = add %4264, %5294 : f32[16] @ models/lib/nn.yaml:96:46
%5296 = mul %5286, %2026 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5297 = mul %5286, %2025 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5298 = reshape %5297 : f32[64,16] @ models/lib/nn.yaml:96:37
%5299 = matmul %4462, %5298 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5300 = reshape %5299 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5301 = reshape %5300 : f32[16] @ models/lib/nn.yaml:96:37
%5302 = add %4268, %5301 : f32[16] @ models/lib/nn.yaml:96:37
%5303 = mul %5296, %2024 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5304 = mul %5296, %2018 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5305 = reduce_sum %5304 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5306 = mul %2023, %2023 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5307 = mul %2023, %5306 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5308 = mul %5307, %5105 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5309 = mul %5305, %5308 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5310 = div %5309, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5311 = broadcast %5310 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5312 = mul %5311, %2018 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5313 = add %5303, %5312 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5314 = add %5313, %5312 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5315 = add %5255, %5314 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5316 = neg %5314 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5317 = reduce_sum %5316 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5318 = div %5317, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5319 = broadcast %5318 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5320 = add %5315, %5319 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5321 = reshape %5320 : f32[64,16] @ models/lib/nn.yaml:84:18
%5322 = matmul %4462, %5321 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5323 = reshape %5322 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5324 = reshape %5323 : f32[16] @ models/lib/nn.yaml:84:18
%5325 = add %4288, %5324 : f32[16] @ models/lib/nn.yaml:84:18
%5326 = matmul %5320, %14 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5327 = reshape %2009 : f32[64,16] @ models/lib/nn.yaml:83:15
%5328 = reshape %5320 : f32[64,16] @ models/lib/nn.yaml:83:15
%5329 = matmul %5328, %5327 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%5330 = add %4292, %5329 : f32[16,16] @ models/lib/nn.yaml:83:15
%5331 = reshape %5326 : f32[4,16,2,8] @ models/lib/nn.yaml:57:16
%5332 = permute %5331 perm=[0,2,1,3] : f32[4,2,16,8] @ models/lib/nn.yaml:56:13
%5333 = permute %1943 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%5334 = slice %5332 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5335 = broadcast %5334 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5336 = slice %5333 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5337 = broadcast %5336 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5338 = mul %5335, %5337 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5339 = slice %5332 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5340 = broadcast %5339 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5341 = slice %5333 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5342 = broadcast %5341 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5343 = mul %5340, %5342 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5344 = add %5338, %5343 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5345 = slice %5332 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5346 = broadcast %5345 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5347 = slice %5333 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5348 = broadcast %5347 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5349 = mul %5346, %5348 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5350 = add %5344, %5349 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5351 = slice %5332 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5352 = broadcast %5351 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5353 = slice %5333 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5354 = broadcast %5353 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5355 = mul %5352, %5354 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5356 = add %5350, %5355 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5357 = slice %5332 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5358 = broadcast %5357 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5359 = slice %5333 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5360 = broadcast %5359 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5361 = mul %5358, %5360 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5362 = add %5356, %5361 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5363 = slice %5332 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5364 = broadcast %5363 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5365 = slice %5333 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5366 = broadcast %5365 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5367 = mul %5364, %5366 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5368 = add %5362, %5367 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5369 = slice %5332 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5370 = broadcast %5369 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5371 = slice %5333 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5372 = broadcast %5371 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5373 = mul %5370, %5372 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5374 = add %5368, %5373 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5375 = slice %5332 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5376 = broadcast %5375 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5377 = slice %5333 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5378 = broadcast %5377 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5379 = mul %5376, %5378 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5380 = add %5374, %5379 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5381 = permute %2002 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5382 = reshape %5381 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%5383 = broadcast %5382 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5384 = reshape %5332 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%5385 = broadcast %5384 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5386 = mul %5383, %5385 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5387 = reduce_sum %5386 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5388 = div %5380, %2000 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5389 = mul %5388, %2002 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5390 = neg %5389 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5391 = reduce_sum %5390 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%5392 = broadcast %5391 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5393 = add %5388, %5392 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5394 = exp %1997 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%5395 = mul %5393, %5394 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%5396 = mul %5395, %253 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%5397 = reshape %5396 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5398 = broadcast %5397 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5399 = reshape %1941 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5400 = broadcast %5399 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5401 = mul %5398, %5400 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5402 = reduce_sum %5401 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5403 = permute %5396 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5404 = reshape %5403 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5405 = broadcast %5404 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5406 = reshape %1939 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5407 = broadcast %5406 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5408 = mul %5405, %5407 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5409 = reduce_sum %5408 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5410 = reshape %5387 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%5411 = reshape %5409 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%5412 = reshape %5402 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%5413 = concat %5412, %5411, %5410 axis=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%5414 = permute %5413 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%5415 = reshape %5414 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%5416 = reshape %5415 : f32[64,48] @ models/lib/nn.yaml:84:18
%5417 = matmul %4462, %5416 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%5418 = reshape %5417 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5419 = reshape %5418 : f32[48] @ models/lib/nn.yaml:84:18
%5420 = add %4379, %5419 : f32[48] @ models/lib/nn.yaml:84:18
%5421 = matmul %5415, %12 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5422 = reshape %1932 : f32[64,16] @ models/lib/nn.yaml:83:15
%5423 = reshape %5414 : f32[64,48] @ models/lib/nn.yaml:83:15
%5424 = matmul %5423, %5422 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%5425 = add %4383, %5424 : f32[48,16] @ models/lib/nn.yaml:83:15
%5426 = reshape %5421 : f32[64,16] @ models/lib/nn.yaml:96:46
%5427 = matmul %4462, %5426 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5428 = reshape %5427 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5429 = reshape %5428 : f32[16] @ models/lib/nn.yaml:96:46
%5430 = add %4385, %5429 : f32[16] @ models/lib/nn.yaml:96:46
%5431 = mul %5421, %1929 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5432 = mul %5421, %1928 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5433 = reshape %5432 : f32[64,16] @ models/lib/nn.yaml:96:37
%5434 = matmul %4462, %5433 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5435 = reshape %5434 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5436 = reshape %5435 : f32[16] @ models/lib/nn.yaml:96:37
%5437 = add %4389, %5436 : f32[16] @ models/lib/nn.yaml:96:37
%5438 = mul %5431, %1927 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5439 = mul %5431, %1921 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5440 = reduce_sum %5439 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5441 = mul %1926, %1926 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5442 = mul %1926, %5441 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5443 = mul %5442, %5105 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5444 = mul %5440, %5443 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5445 = div %5444, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5446 = broadcast %5445 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5447 = mul %5446, %1921 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5448 = add %5438, %5447 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5449 = add %5448, %5447 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5450 = add %5320, %5449 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5451 = neg %5449 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5452 = reduce_sum %5451 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5453 = div %5452, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5454 = broadcast %5453 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5455 = add %5450, %5454 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5456 = reduce_sum %5455 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%5457 = add %4417, %5456 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%5458 = reshape %5455 : f32[64,16] @ models/lib/vit.yaml:17:71
%5459 = matmul %4462, %5458 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%5460 = reshape %5459 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%5461 = reshape %5460 : f32[16] @ models/lib/vit.yaml:17:71
%5462 = add %4419, %5461 : f32[16] @ models/lib/vit.yaml:17:71
%5463 = reshape %166 : f32[64,48] @ models/lib/vit.yaml:17:18
%5464 = reshape %5455 : f32[64,16] @ models/lib/vit.yaml:17:18
%5465 = matmul %5464, %5463 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%5466 = reshape %5465 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%5467 = add %4423, %5466 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%5468 = all_reduce_sum %5457 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5469 = reshape %5468 : f32[256] @ models/lib/vit.yaml:48:7
%5470 = mul %5469, %5469 : f32[256] @ models/lib/vit.yaml:48:7
%5471 = reduce_sum %5470 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%5472 = sqrt %5471 : f32[] @ models/lib/vit.yaml:48:7
%5473 = cast %5472 : f64[] @ models/lib/vit.yaml:48:7
%5474 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%5475 = add %5473, %5474 : f64[] @ models/lib/vit.yaml:48:7
%5476 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%5477 = div %5476, %5475 : f64[] @ models/lib/vit.yaml:48:7
%5478 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%5479 = lt %5477, %5478 : bool[] @ models/lib/vit.yaml:48:7
%5480 = cast %5477 : f32[] @ models/lib/vit.yaml:48:7
%5481 = broadcast %5480 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5482 = mul %5468, %5481 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5483 = broadcast %5479 : bool[1,16,16] @ models/lib/vit.yaml:48:7
%5484 = select %5483, %5482, %5468 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5485 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5486 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5487 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%5488 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%5489 = add %5487, %5488 : i64[] @ models/lib/vit.yaml:48:7
%5490 = mul %3382, %3383 : f64[] @ models/lib/vit.yaml:48:7
%5491 = sub %5478, %5490 : f64[] @ models/lib/vit.yaml:48:7
%5492 = cast %5491 : f32[] @ models/lib/vit.yaml:48:7
%5493 = broadcast %5492 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5494 = mul %7, %5493 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5495 = broadcast %3111 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5496 = mul %5484, %5495 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5497 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%5498 = broadcast %2138 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5499 = mul %5485, %5498 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5500 = add %5499, %5496 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5501 = mul %5484, %5484 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5502 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%5503 = broadcast %5502 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5504 = mul %5501, %5503 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5505 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%5506 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%5507 = broadcast %5506 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5508 = mul %5486, %5507 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5509 = add %5508, %5504 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5510 = cast %5489 : f64[] @ models/lib/vit.yaml:48:7
%5511 = pow %5497, %5510 : f64[] @ models/lib/vit.yaml:48:7
%5512 = sub %5478, %5511 : f64[] @ models/lib/vit.yaml:48:7
%5513 = div %3382, %5512 : f64[] @ models/lib/vit.yaml:48:7
%5514 = pow %5505, %5510 : f64[] @ models/lib/vit.yaml:48:7
%5515 = sub %5478, %5514 : f64[] @ models/lib/vit.yaml:48:7
%5516 = sqrt %5515 : f64[] @ models/lib/vit.yaml:48:7
%5517 = div %5478, %5516 : f64[] @ models/lib/vit.yaml:48:7
%5518 = sqrt %5509 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5519 = cast %5517 : f32[] @ models/lib/vit.yaml:48:7
%5520 = broadcast %5519 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5521 = mul %5518, %5520 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5522 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%5523 = broadcast %5522 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5524 = add %5521, %5523 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5525 = div %5500, %5524 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5526 = cast %5513 : f32[] @ models/lib/vit.yaml:48:7
%5527 = broadcast %5526 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5528 = mul %5525, %5527 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5529 = sub %5494, %5528 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5530 = assign %7, %5529 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5531 = assign %5485, %5500 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5532 = assign %5486, %5509 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5533 = assign %5487, %5489 : i64[] @ models/lib/vit.yaml:48:7
%5534 = broadcast %3 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5535 = mul %85, %5534 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5536 = sub %5478, %3384 : f64[] @ models/lib/vit.yaml:48:7
%5537 = cast %5536 : f32[] @ models/lib/vit.yaml:48:7
%5538 = broadcast %5537 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5539 = mul %5529, %5538 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5540 = add %5535, %5539 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5541 = assign %85, %5540 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5542 = all_reduce_sum %5467 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5543 = reshape %5542 : f32[768] @ models/lib/vit.yaml:9:7
%5544 = mul %5543, %5543 : f32[768] @ models/lib/vit.yaml:9:7
%5545 = reduce_sum %5544 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%5546 = sqrt %5545 : f32[] @ models/lib/vit.yaml:9:7
%5547 = cast %5546 : f64[] @ models/lib/vit.yaml:9:7
%5548 = add %5547, %5474 : f64[] @ models/lib/vit.yaml:9:7
%5549 = div %5476, %5548 : f64[] @ models/lib/vit.yaml:9:7
%5550 = lt %5549, %5478 : bool[] @ models/lib/vit.yaml:9:7
%5551 = cast %5549 : f32[] @ models/lib/vit.yaml:9:7
%5552 = broadcast %5551 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5553 = mul %5542, %5552 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5554 = broadcast %5550 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%5555 = select %5554, %5553, %5542 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5556 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5557 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5558 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%5559 = add %5558, %5488 : i64[] @ models/lib/vit.yaml:9:7
%5560 = broadcast %5492 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5561 = mul %8, %5560 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5562 = broadcast %3111 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5563 = mul %5555, %5562 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5564 = broadcast %2138 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5565 = mul %5556, %5564 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5566 = add %5565, %5563 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5567 = mul %5555, %5555 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5568 = broadcast %5502 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5569 = mul %5567, %5568 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5570 = broadcast %5506 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5571 = mul %5557, %5570 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5572 = add %5571, %5569 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5573 = cast %5559 : f64[] @ models/lib/vit.yaml:9:7
%5574 = pow %5497, %5573 : f64[] @ models/lib/vit.yaml:9:7
%5575 = sub %5478, %5574 : f64[] @ models/lib/vit.yaml:9:7
%5576 = div %3382, %5575 : f64[] @ models/lib/vit.yaml:9:7
%5577 = pow %5505, %5573 : f64[] @ models/lib/vit.yaml:9:7
%5578 = sub %5478, %5577 : f64[] @ models/lib/vit.yaml:9:7
%5579 = sqrt %5578 : f64[] @ models/lib/vit.yaml:9:7
%5580 = div %5478, %5579 : f64[] @ models/lib/vit.yaml:9:7
%5581 = sqrt %5572 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5582 = cast %5580 : f32[] @ models/lib/vit.yaml:9:7
%5583 = broadcast %5582 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5584 = mul %5581, %5583 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5585 = broadcast %5522 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5586 = add %5584, %5585 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5587 = div %5566, %5586 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5588 = cast %5576 : f32[] @ models/lib/vit.yaml:9:7
%5589 = broadcast %5588 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5590 = mul %5587, %5589 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5591 = sub %5561, %5590 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5592 = assign %8, %5591 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5593 = assign %5556, %5566 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5594 = assign %5557, %5572 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5595 = assign %5558, %5559 : i64[] @ models/lib/vit.yaml:9:7
%5596 = broadcast %3 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5597 = mul %86, %5596 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5598 = broadcast %5537 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5599 = mul %5591, %5598 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5600 = add %5597, %5599 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5601 = assign %86, %5600 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5602 = all_reduce_sum %5462 : f32[16] @ models/lib/vit.yaml:10:7
%5603 = mul %5602, %5602 : f32[16] @ models/lib/vit.yaml:10:7
%5604 = reduce_sum %5603 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%5605 = sqrt %5604 : f32[] @ models/lib/vit.yaml:10:7
%5606 = cast %5605 : f64[] @ models/lib/vit.yaml:10:7
%5607 = add %5606, %5474 : f64[] @ models/lib/vit.yaml:10:7
%5608 = div %5476, %5607 : f64[] @ models/lib/vit.yaml:10:7
%5609 = lt %5608, %5478 : bool[] @ models/lib/vit.yaml:10:7
%5610 = cast %5608 : f32[] @ models/lib/vit.yaml:10:7
%5611 = broadcast %5610 : f32[16] @ models/lib/vit.yaml:10:7
%5612 = mul %5602, %5611 : f32[16] @ models/lib/vit.yaml:10:7
%5613 = broadcast %5609 : bool[16] @ models/lib/vit.yaml:10:7
%5614 = select %5613, %5612, %5602 : f32[16] @ models/lib/vit.yaml:10:7
%5615 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%5616 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%5617 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%5618 = add %5617, %5488 : i64[] @ models/lib/vit.yaml:10:7
%5619 = broadcast %3111 : f32[16] @ models/lib/vit.yaml:10:7
%5620 = mul %5614, %5619 : f32[16] @ models/lib/vit.yaml:10:7
%5621 = broadcast %2138 : f32[16] @ models/lib/vit.yaml:10:7
%5622 = mul %5615, %5621 : f32[16] @ models/lib/vit.yaml:10:7
%5623 = add %5622, %5620 : f32[16] @ models/lib/vit.yaml:10:7
%5624 = mul %5614, %5614 : f32[16] @ models/lib/vit.yaml:10:7
%5625 = broadcast %5502 : f32[16] @ models/lib/vit.yaml:10:7
%5626 = mul %5624, %5625 : f32[16] @ models/lib/vit.yaml:10:7
%5627 = broadcast %5506 : f32[16] @ models/lib/vit.yaml:10:7
%5628 = mul %5616, %5627 : f32[16] @ models/lib/vit.yaml:10:7
%5629 = add %5628, %5626 : f32[16] @ models/lib/vit.yaml:10:7
%5630 = cast %5618 : f64[] @ models/lib/vit.yaml:10:7
%5631 = pow %5497, %5630 : f64[] @ models/lib/vit.yaml:10:7
%5632 = sub %5478, %5631 : f64[] @ models/lib/vit.yaml:10:7
%5633 = div %3382, %5632 : f64[] @ models/lib/vit.yaml:10:7
%5634 = pow %5505, %5630 : f64[] @ models/lib/vit.yaml:10:7
%5635 = sub %5478, %5634 : f64[] @ models/lib/vit.yaml:10:7
%5636 = sqrt %5635 : f64[] @ models/lib/vit.yaml:10:7
%5637 = div %5478, %5636 : f64[] @ models/lib/vit.yaml:10:7
%5638 = sqrt %5629 : f32[16] @ models/lib/vit.yaml:10:7
%5639 = cast %5637 : f32[] @ models/lib/vit.yaml:10:7
%5640 = broadcast %5639 : f32[16] @ models/lib/vit.yaml:10:7
%5641 = mul %5638, %5640 : f32[16] @ models/lib/vit.yaml:10:7
%5642 = broadcast %5522 : f32[16] @ models/lib/vit.yaml:10:7
%5643 = add %5641, %5642 : f32[16] @ models/lib/vit.yaml:10:7
%5644 = div %5623, %5643 : f32[16] @ models/lib/vit.yaml:10:7
%5645 = cast %5633 : f32[] @ models/lib/vit.yaml:10:7
%5646 = broadcast %5645 : f32[16] @ models/lib/vit.yaml:10:7
%5647 = mul %5644, %5646 : f32[16] @ models/lib/vit.yaml:10:7
%5648 = sub %9, %5647 : f32[16] @ models/lib/vit.yaml:10:7
%5649 = assign %9, %5648 : f32[16] @ models/lib/vit.yaml:10:7
%5650 = assign %5615, %5623 : f32[16] @ models/lib/vit.yaml:10:7
%5651 = assign %5616, %5629 : f32[16] @ models/lib/vit.yaml:10:7
%5652 = assign %5617, %5618 : i64[] @ models/lib/vit.yaml:10:7
%5653 = broadcast %3 : f32[16] @ models/lib/vit.yaml:10:7
%5654 = mul %87, %5653 : f32[16] @ models/lib/vit.yaml:10:7
%5655 = broadcast %5537 : f32[16] @ models/lib/vit.yaml:10:7
%5656 = mul %5648, %5655 : f32[16] @ models/lib/vit.yaml:10:7
%5657 = add %5654, %5656 : f32[16] @ models/lib/vit.yaml:10:7
%5658 = assign %87, %5657 : f32[16] @ models/lib/vit.yaml:10:7
%5659 = all_reduce_sum %5437 : f32[16] @ models/lib/nn.yaml:89:7
%5660 = mul %5659, %5659 : f32[16] @ models/lib/nn.yaml:89:7
%5661 = reduce_sum %5660 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5662 = sqrt %5661 : f32[] @ models/lib/nn.yaml:89:7
%5663 = cast %5662 : f64[] @ models/lib/nn.yaml:89:7
%5664 = add %5663, %5474 : f64[] @ models/lib/nn.yaml:89:7
%5665 = div %5476, %5664 : f64[] @ models/lib/nn.yaml:89:7
%5666 = lt %5665, %5478 : bool[] @ models/lib/nn.yaml:89:7
%5667 = cast %5665 : f32[] @ models/lib/nn.yaml:89:7
%5668 = broadcast %5667 : f32[16] @ models/lib/nn.yaml:89:7
%5669 = mul %5659, %5668 : f32[16] @ models/lib/nn.yaml:89:7
%5670 = broadcast %5666 : bool[16] @ models/lib/nn.yaml:89:7
%5671 = select %5670, %5669, %5659 : f32[16] @ models/lib/nn.yaml:89:7
%5672 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5673 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5674 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5675 = add %5674, %5488 : i64[] @ models/lib/nn.yaml:89:7
%5676 = mul %5671, %5619 : f32[16] @ models/lib/nn.yaml:89:7
%5677 = mul %5672, %5621 : f32[16] @ models/lib/nn.yaml:89:7
%5678 = add %5677, %5676 : f32[16] @ models/lib/nn.yaml:89:7
%5679 = mul %5671, %5671 : f32[16] @ models/lib/nn.yaml:89:7
%5680 = mul %5679, %5625 : f32[16] @ models/lib/nn.yaml:89:7
%5681 = mul %5673, %5627 : f32[16] @ models/lib/nn.yaml:89:7
%5682 = add %5681, %5680 : f32[16] @ models/lib/nn.yaml:89:7
%5683 = cast %5675 : f64[] @ models/lib/nn.yaml:89:7
%5684 = pow %5497, %5683 : f64[] @ models/lib/nn.yaml:89:7
%5685 = sub %5478, %5684 : f64[] @ models/lib/nn.yaml:89:7
%5686 = div %3382, %5685 : f64[] @ models/lib/nn.yaml:89:7
%5687 = pow %5505, %5683 : f64[] @ models/lib/nn.yaml:89:7
%5688 = sub %5478, %5687 : f64[] @ models/lib/nn.yaml:89:7
%5689 = sqrt %5688 : f64[] @ models/lib/nn.yaml:89:7
%5690 = div %5478, %5689 : f64[] @ models/lib/nn.yaml:89:7
%5691 = sqrt %5682 : f32[16] @ models/lib/nn.yaml:89:7
%5692 = cast %5690 : f32[] @ models/lib/nn.yaml:89:7
%5693 = broadcast %5692 : f32[16] @ models/lib/nn.yaml:89:7
%5694 = mul %5691, %5693 : f32[16] @ models/lib/nn.yaml:89:7
%5695 = add %5694, %5642 : f32[16] @ models/lib/nn.yaml:89:7
%5696 = div %5678, %5695 : f32[16] @ models/lib/nn.yaml:89:7
%5697 = cast %5686 : f32[] @ models/lib/nn.yaml:89:7
%5698 = broadcast %5697 : f32[16] @ models/lib/nn.yaml:89:7
%5699 = mul %5696, %5698 : f32[16] @ models/lib/nn.yaml:89:7
%5700 = sub %10, %5699 : f32[16] @ models/lib/nn.yaml:89:7
%5701 = assign %10, %5700 : f32[16] @ models/lib/nn.yaml:89:7
%5702 = assign %5672, %5678 : f32[16] @ models/lib/nn.yaml:89:7
%5703 = assign %5673, %5682 : f32[16] @ models/lib/nn.yaml:89:7
%5704 = assign %5674, %5675 : i64[] @ models/lib/nn.yaml:89:7
%5705 = mul %88, %5653 : f32[16] @ models/lib/nn.yaml:89:7
%5706 = mul %5700, %5655 : f32[16] @ models/lib/nn.yaml:89:7
%5707 = add %5705, %5706 : f32[16] @ models/lib/nn.yaml:89:7
%5708 = assign %88, %5707 : f32[16] @ models/lib/nn.yaml:89:7
%5709 = all_reduce_sum %5430 : f32[16] @ models/lib/nn.yaml:90:7
%5710 = mul %5709, %5709 : f32[16] @ models/lib/nn.yaml:90:7
%5711 = reduce_sum %5710 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5712 = sqrt %5711 : f32[] @ models/lib/nn.yaml:90:7
%5713 = cast %5712 : f64[] @ models/lib/nn.yaml:90:7
%5714 = add %5713, %5474 : f64[] @ models/lib/nn.yaml:90:7
%5715 = div %5476, %5714 : f64[] @ models/lib/nn.yaml:90:7
%5716 = lt %5715, %5478 : bool[] @ models/lib/nn.yaml:90:7
%5717 = cast %5715 : f32[] @ models/lib/nn.yaml:90:7
%5718 = broadcast %5717 : f32[16] @ models/lib/nn.yaml:90:7
%5719 = mul %5709, %5718 : f32[16] @ models/lib/nn.yaml:90:7
%5720 = broadcast %5716 : bool[16] @ models/lib/nn.yaml:90:7
%5721 = select %5720, %5719, %5709 : f32[16] @ models/lib/nn.yaml:90:7
%5722 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5723 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5724 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5725 = add %5724, %5488 : i64[] @ models/lib/nn.yaml:90:7
%5726 = mul %5721, %5619 : f32[16] @ models/lib/nn.yaml:90:7
%5727 = mul %5722, %5621 : f32[16] @ models/lib/nn.yaml:90:7
%5728 = add %5727, %5726 : f32[16] @ models/lib/nn.yaml:90:7
%5729 = mul %5721, %5721 : f32[16] @ models/lib/nn.yaml:90:7
%5730 = mul %5729, %5625 : f32[16] @ models/lib/nn.yaml:90:7
%5731 = mul %5723, %5627 : f32[16] @ models/lib/nn.yaml:90:7
%5732 = add %5731, %5730 : f32[16] @ models/lib/nn.yaml:90:7
%5733 = cast %5725 : f64[] @ models/lib/nn.yaml:90:7
%5734 = pow %5497, %5733 : f64[] @ models/lib/nn.yaml:90:7
%5735 = sub %5478, %5734 : f64[] @ models/lib/nn.yaml:90:7
%5736 = div %3382, %5735 : f64[] @ models/lib/nn.yaml:90:7
%5737 = pow %5505, %5733 : f64[] @ models/lib/nn.yaml:90:7
%5738 = sub %5478, %5737 : f64[] @ models/lib/nn.yaml:90:7
%5739 = sqrt %5738 : f64[] @ models/lib/nn.yaml:90:7
%5740 = div %5478, %5739 : f64[] @ models/lib/nn.yaml:90:7
%5741 = sqrt %5732 : f32[16] @ models/lib/nn.yaml:90:7
%5742 = cast %5740 : f32[] @ models/lib/nn.yaml:90:7
%5743 = broadcast %5742 : f32[16] @ models/lib/nn.yaml:90:7
%5744 = mul %5741, %5743 : f32[16] @ models/lib/nn.yaml:90:7
%5745 = add %5744, %5642 : f32[16] @ models/lib/nn.yaml:90:7
%5746 = div %5728, %5745 : f32[16] @ models/lib/nn.yaml:90:7
%5747 = cast %5736 : f32[] @ models/lib/nn.yaml:90:7
%5748 = broadcast %5747 : f32[16] @ models/lib/nn.yaml:90:7
%5749 = mul %5746, %5748 : f32[16] @ models/lib/nn.yaml:90:7
%5750 = sub %11, %5749 : f32[16] @ models/lib/nn.yaml:90:7
%5751 = assign %11, %5750 : f32[16] @ models/lib/nn.yaml:90:7
%5752 = assign %5722, %5728 : f32[16] @ models/lib/nn.yaml:90:7
%5753 = assign %5723, %5732 : f32[16] @ models/lib/nn.yaml:90:7
%5754 = assign %5724, %5725 : i64[] @ models/lib/nn.yaml:90:7
%5755 = mul %89, %5653 : f32[16] @ models/lib/nn.yaml:90:7
%5756 = mul %5750, %5655 : f32[16] @ models/lib/nn.yaml:90:7
%5757 = add %5755, %5756 : f32[16] @ models/lib/nn.yaml:90:7
%5758 = assign %89, %5757 : f32[16] @ models/lib/nn.yaml:90:7
%5759 = all_reduce_sum %5425 : f32[48,16] @ models/lib/nn.yaml:79:7
%5760 = reshape %5759 : f32[768] @ models/lib/nn.yaml:79:7
%5761 = mul %5760, %5760 : f32[768] @ models/lib/nn.yaml:79:7
%5762 = reduce_sum %5761 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5763 = sqrt %5762 : f32[] @ models/lib/nn.yaml:79:7
%5764 = cast %5763 : f64[] @ models/lib/nn.yaml:79:7
%5765 = add %5764, %5474 : f64[] @ models/lib/nn.yaml:79:7
%5766 = div %5476, %5765 : f64[] @ models/lib/nn.yaml:79:7
%5767 = lt %5766, %5478 : bool[] @ models/lib/nn.yaml:79:7
%5768 = cast %5766 : f32[] @ models/lib/nn.yaml:79:7
%5769 = broadcast %5768 : f32[48,16] @ models/lib/nn.yaml:79:7
%5770 = mul %5759, %5769 : f32[48,16] @ models/lib/nn.yaml:79:7
%5771 = broadcast %5767 : bool[48,16] @ models/lib/nn.yaml:79:7
%5772 = select %5771, %5770, %5759 : f32[48,16] @ models/lib/nn.yaml:79:7
%5773 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%5774 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%5775 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5776 = add %5775, %5488 : i64[] @ models/lib/nn.yaml:79:7
%5777 = broadcast %5492 : f32[48,16] @ models/lib/nn.yaml:79:7
%5778 = mul %12, %5777 : f32[48,16] @ models/lib/nn.yaml:79:7
%5779 = broadcast %3111 : f32[48,16] @ models/lib/nn.yaml:79:7
%5780 = mul %5772, %5779 : f32[48,16] @ models/lib/nn.yaml:79:7
%5781 = broadcast %2138 : f32[48,16] @ models/lib/nn.yaml:79:7
%5782 = mul %5773, %5781 : f32[48,16] @ models/lib/nn.yaml:79:7
%5783 = add %5782, %5780 : f32[48,16] @ models/lib/nn.yaml:79:7
%5784 = mul %5772, %5772 : f32[48,16] @ models/lib/nn.yaml:79:7
%5785 = broadcast %5502 : f32[48,16] @ models/lib/nn.yaml:79:7
%5786 = mul %5784, %5785 : f32[48,16] @ models/lib/nn.yaml:79:7
%5787 = broadcast %5506 : f32[48,16] @ models/lib/nn.yaml:79:7
%5788 = mul %5774, %5787 : f32[48,16] @ models/lib/nn.yaml:79:7
%5789 = add %5788, %5786 : f32[48,16] @ models/lib/nn.yaml:79:7
%5790 = cast %5776 : f64[] @ models/lib/nn.yaml:79:7
%5791 = pow %5497, %5790 : f64[] @ models/lib/nn.yaml:79:7
%5792 = sub %5478, %5791 : f64[] @ models/lib/nn.yaml:79:7
%5793 = div %3382, %5792 : f64[] @ models/lib/nn.yaml:79:7
%5794 = pow %5505, %5790 : f64[] @ models/lib/nn.yaml:79:7
%5795 = sub %5478, %5794 : f64[] @ models/lib/nn.yaml:79:7
%5796 = sqrt %5795 : f64[] @ models/lib/nn.yaml:79:7
%5797 = div %5478, %5796 : f64[] @ models/lib/nn.yaml:79:7
%5798 = sqrt %5789 : f32[48,16] @ models/lib/nn.yaml:79:7
%5799 = cast %5797 : f32[] @ models/lib/nn.yaml:79:7
%5800 = broadcast %5799 : f32[48,16] @ models/lib/nn.yaml:79:7
%5801 = mul %5798, %5800 : f32[48,16] @ models/lib/nn.yaml:79:7
%5802 = broadcast %5522 : f32[48,16] @ models/lib/nn.yaml:79:7
%5803 = add %5801, %5802 : f32[48,16] @ models/lib/nn.yaml:79:7
%5804 = div %5783, %5803 : f32[48,16] @ models/lib/nn.yaml:79:7
%5805 = cast %5793 : f32[] @ models/lib/nn.yaml:79:7
%5806 = broadcast %5805 : f32[48,16] @ models/lib/nn.yaml:79:7
%5807 = mul %5804, %5806 : f32[48,16] @ models/lib/nn.yaml:79:7
%5808 = sub %5778, %5807 : f32[48,16] @ models/lib/nn.yaml:79:7
%5809 = assign %12, %5808 : f32[48,16] @ models/lib/nn.yaml:79:7
%5810 = assign %5773, %5783 : f32[48,16] @ models/lib/nn.yaml:79:7
%5811 = assign %5774, %5789 : f32[48,16] @ models/lib/nn.yaml:79:7
%5812 = assign %5775, %5776 : i64[] @ models/lib/nn.yaml:79:7
%5813 = broadcast %3 : f32[48,16] @ models/lib/nn.yaml:79:7
%5814 = mul %90, %5813 : f32[48,16] @ models/lib/nn.yaml:79:7
%5815 = broadcast %5537 : f32[48,16] @ models/lib/nn.yaml:79:7
%5816 = mul %5808, %5815 : f32[48,16] @ models/lib/nn.yaml:79:7
%5817 = add %5814, %5816 : f32[48,16] @ models/lib/nn.yaml:79:7
%5818 = assign %90, %5817 : f32[48,16] @ models/lib/nn.yaml:79:7
%5819 = all_reduce_sum %5420 : f32[48] @ models/lib/nn.yaml:80:7
%5820 = mul %5819, %5819 : f32[48] @ models/lib/nn.yaml:80:7
%5821 = reduce_sum %5820 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5822 = sqrt %5821 : f32[] @ models/lib/nn.yaml:80:7
%5823 = cast %5822 : f64[] @ models/lib/nn.yaml:80:7
%5824 = add %5823, %5474 : f64[] @ models/lib/nn.yaml:80:7
%5825 = div %5476, %5824 : f64[] @ models/lib/nn.yaml:80:7
%5826 = lt %5825, %5478 : bool[] @ models/lib/nn.yaml:80:7
%5827 = cast %5825 : f32[] @ models/lib/nn.yaml:80:7
%5828 = broadcast %5827 : f32[48] @ models/lib/nn.yaml:80:7
%5829 = mul %5819, %5828 : f32[48] @ models/lib/nn.yaml:80:7
%5830 = broadcast %5826 : bool[48] @ models/lib/nn.yaml:80:7
%5831 = select %5830, %5829, %5819 : f32[48] @ models/lib/nn.yaml:80:7
%5832 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%5833 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%5834 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5835 = add %5834, %5488 : i64[] @ models/lib/nn.yaml:80:7
%5836 = broadcast %3111 : f32[48] @ models/lib/nn.yaml:80:7
%5837 = mul %5831, %5836 : f32[48] @ models/lib/nn.yaml:80:7
%5838 = broadcast %2138 : f32[48] @ models/lib/nn.yaml:80:7
%5839 = mul %5832, %5838 : f32[48] @ models/lib/nn.yaml:80:7
%5840 = add %5839, %5837 : f32[48] @ models/lib/nn.yaml:80:7
%5841 = mul %5831, %5831 : f32[48] @ models/lib/nn.yaml:80:7
%5842 = broadcast %5502 : f32[48] @ models/lib/nn.yaml:80:7
%5843 = mul %5841, %5842 : f32[48] @ models/lib/nn.yaml:80:7
%5844 = broadcast %5506 : f32[48] @ models/lib/nn.yaml:80:7
%5845 = mul %5833, %5844 : f32[48] @ models/lib/nn.yaml:80:7
%5846 = add %5845, %5843 : f32[48] @ models/lib/nn.yaml:80:7
%5847 = cast %5835 : f64[] @ models/lib/nn.yaml:80:7
%5848 = pow %5497, %5847 : f64[] @ models/lib/nn.yaml:80:7
%5849 = sub %5478, %5848 : f64[] @ models/lib/nn.yaml:80:7
%5850 = div %3382, %5849 : f64[] @ models/lib/nn.yaml:80:7
%5851 = pow %5505, %5847 : f64[] @ models/lib/nn.yaml:80:7
%5852 = sub %5478, %5851 : f64[] @ models/lib/nn.yaml:80:7
%5853 = sqrt %5852 : f64[] @ models/lib/nn.yaml:80:7
%5854 = div %5478, %5853 : f64[] @ models/lib/nn.yaml:80:7
%5855 = sqrt %5846 : f32[48] @ models/lib/nn.yaml:80:7
%5856 = cast %5854 : f32[] @ models/lib/nn.yaml:80:7
%5857 = broadcast %5856 : f32[48] @ models/lib/nn.yaml:80:7
%5858 = mul %5855, %5857 : f32[48] @ models/lib/nn.yaml:80:7
%5859 = broadcast %5522 : f32[48] @ models/lib/nn.yaml:80:7
%5860 = add %5858, %5859 : f32[48] @ models/lib/nn.yaml:80:7
%5861 = div %5840, %5860 : f32[48] @ models/lib/nn.yaml:80:7
%5862 = cast %5850 : f32[] @ models/lib/nn.yaml:80:7
%5863 = broadcast %5862 : f32[48] @ models/lib/nn.yaml:80:7
%5864 = mul %5861, %5863 : f32[48] @ models/lib/nn.yaml:80:7
%5865 = sub %13, %5864 : f32[48] @ models/lib/nn.yaml:80:7
%5866 = assign %13, %5865 : f32[48] @ models/lib/nn.yaml:80:7
%5867 = assign %5832, %5840 : f32[48] @ models/lib/nn.yaml:80:7
%5868 = assign %5833, %5846 : f32[48] @ models/lib/nn.yaml:80:7
%5869 = assign %5834, %5835 : i64[] @ models/lib/nn.yaml:80:7
%5870 = broadcast %3 : f32[48] @ models/lib/nn.yaml:80:7
%5871 = mul %91, %5870 : f32[48] @ models/lib/nn.yaml:80:7
%5872 = broadcast %5537 : f32[48] @ models/lib/nn.yaml:80:7
%5873 = mul %5865, %5872 : f32[48] @ models/lib/nn.yaml:80:7
%5874 = add %5871, %5873 : f32[48] @ models/lib/nn.yaml:80:7
%5875 = assign %91, %5874 : f32[48] @ models/lib/nn.yaml:80:7
%5876 = all_reduce_sum %5330 : f32[16,16] @ models/lib/nn.yaml:79:7
%5877 = reshape %5876 : f32[256] @ models/lib/nn.yaml:79:7
%5878 = mul %5877, %5877 : f32[256] @ models/lib/nn.yaml:79:7
%5879 = reduce_sum %5878 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5880 = sqrt %5879 : f32[] @ models/lib/nn.yaml:79:7
%5881 = cast %5880 : f64[] @ models/lib/nn.yaml:79:7
%5882 = add %5881, %5474 : f64[] @ models/lib/nn.yaml:79:7
%5883 = div %5476, %5882 : f64[] @ models/lib/nn.yaml:79:7
%5884 = lt %5883, %5478 : bool[] @ models/lib/nn.yaml:79:7
%5885 = cast %5883 : f32[] @ models/lib/nn.yaml:79:7
%5886 = broadcast %5885 : f32[16,16] @ models/lib/nn.yaml:79:7
%5887 = mul %5876, %5886 : f32[16,16] @ models/lib/nn.yaml:79:7
%5888 = broadcast %5884 : bool[16,16] @ models/lib/nn.yaml:79:7
%5889 = select %5888, %5887, %5876 : f32[16,16] @ models/lib/nn.yaml:79:7
%5890 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5891 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5892 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5893 = add %5892, %5488 : i64[] @ models/lib/nn.yaml:79:7
%5894 = broadcast %5492 : f32[16,16] @ models/lib/nn.yaml:79:7
%5895 = mul %14, %5894 : f32[16,16] @ models/lib/nn.yaml:79:7
%5896 = broadcast %3111 : f32[16,16] @ models/lib/nn.yaml:79:7
%5897 = mul %5889, %5896 : f32[16,16] @ models/lib/nn.yaml:79:7
%5898 = broadcast %2138 : f32[16,16] @ models/lib/nn.yaml:79:7
%5899 = mul %5890, %5898 : f32[16,16] @ models/lib/nn.yaml:79:7
%5900 = add %5899, %5897 : f32[16,16] @ models/lib/nn.yaml:79:7
%5901 = mul %5889, %5889 : f32[16,16] @ models/lib/nn.yaml:79:7
%5902 = broadcast %5502 : f32[16,16] @ models/lib/nn.yaml:79:7
%5903 = mul %5901, %5902 : f32[16,16] @ models/lib/nn.yaml:79:7
%5904 = broadcast %5506 : f32[16,16] @ models/lib/nn.yaml:79:7
%5905 = mul %5891, %5904 : f32[16,16] @ models/lib/nn.yaml:79:7
%5906 = add %5905, %5903 : f32[16,16] @ models/lib/nn.yaml:79:7
%5907 = cast %5893 : f64[] @ models/lib/nn.yaml:79:7
%5908 = pow %5497, %5907 : f64[] @ models/lib/nn.yaml:79:7
%5909 = sub %5478, %5908 : f64[] @ models/lib/nn.yaml:79:7
%5910 = div %3382, %5909 : f64[] @ models/lib/nn.yaml:79:7
%5911 = pow %5505, %5907 : f64[] @ models/lib/nn.yaml:79:7
%5912 = sub %5478, %5911 : f64[] @ models/lib/nn.yaml:79:7
%5913 = sqrt %5912 : f64[] @ models/lib/nn.yaml:79:7
%5914 = div %5478, %5913 : f64[] @ models/lib/nn.yaml:79:7
%5915 = sqrt %5906 : f32[16,16] @ models/lib/nn.yaml:79:7
%5916 = cast %5914 : f32[] @ models/lib/nn.yaml:79:7
%5917 = broadcast %5916 : f32[16,16] @ models/lib/nn.yaml:79:7
%5918 = mul %5915, %5917 : f32[16,16] @ models/lib/nn.yaml:79:7
%5919 = broadcast %5522 : f32[16,16] @ models/lib/nn.yaml:79:7
%5920 = add %5918, %5919 : f32[16,16] @ models/lib/nn.yaml:79:7
%5921 = div %5900, %5920 : f32[16,16] @ models/lib/nn.yaml:79:7
%5922 = cast %5910 : f32[] @ models/lib/nn.yaml:79:7
%5923 = broadcast %5922 : f32[16,16] @ models/lib/nn.yaml:79:7
%5924 = mul %5921, %5923 : f32[16,16] @ models/lib/nn.yaml:79:7
%5925 = sub %5895, %5924 : f32[16,16] @ models/lib/nn.yaml:79:7
%5926 = assign %14, %5925 : f32[16,16] @ models/lib/nn.yaml:79:7
%5927 = assign %5890, %5900 : f32[16,16] @ models/lib/nn.yaml:79:7
%5928 = assign %5891, %5906 : f32[16,16] @ models/lib/nn.yaml:79:7
%5929 = assign %5892, %5893 : i64[] @ models/lib/nn.yaml:79:7
%5930 = broadcast %3 : f32[16,16] @ models/lib/nn.yaml:79:7
%5931 = mul %92, %5930 : f32[16,16] @ models/lib/nn.yaml:79:7
%5932 = broadcast %5537 : f32[16,16] @ models/lib/nn.yaml:79:7
%5933 = mul %5925, %5932 : f32[16,16] @ models/lib/nn.yaml:79:7
%5934 = add %5931, %5933 : f32[16,16] @ models/lib/nn.yaml:79:7
%5935 = assign %92, %5934 : f32[16,16] @ models/lib/nn.yaml:79:7
%5936 = all_reduce_sum %5325 : f32[16] @ models/lib/nn.yaml:80:7
%5937 = mul %5936, %5936 : f32[16] @ models/lib/nn.yaml:80:7
%5938 = reduce_sum %5937 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5939 = sqrt %5938 : f32[] @ models/lib/nn.yaml:80:7
%5940 = cast %5939 : f64[] @ models/lib/nn.yaml:80:7
%5941 = add %5940, %5474 : f64[] @ models/lib/nn.yaml:80:7
%5942 = div %5476, %5941 : f64[] @ models/lib/nn.yaml:80:7
%5943 = lt %5942, %5478 : bool[] @ models/lib/nn.yaml:80:7
%5944 = cast %5942 : f32[] @ models/lib/nn.yaml:80:7
%5945 = broadcast %5944 : f32[16] @ models/lib/nn.yaml:80:7
%5946 = mul %5936, %5945 : f32[16] @ models/lib/nn.yaml:80:7
%5947 = broadcast %5943 : bool[16] @ models/lib/nn.yaml:80:7
%5948 = select %5947, %5946, %5936 : f32[16] @ models/lib/nn.yaml:80:7
%5949 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5950 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5951 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5952 = add %5951, %5488 : i64[] @ models/lib/nn.yaml:80:7
%5953 = mul %5948, %5619 : f32[16] @ models/lib/nn.yaml:80:7
%5954 = mul %5949, %5621 : f32[16] @ models/lib/nn.yaml:80:7
%5955 = add %5954, %5953 : f32[16] @ models/lib/nn.yaml:80:7
%5956 = mul %5948, %5948 : f32[16] @ models/lib/nn.yaml:80:7
%5957 = mul %5956, %5625 : f32[16] @ models/lib/nn.yaml:80:7
%5958 = mul %5950, %5627 : f32[16] @ models/lib/nn.yaml:80:7
%5959 = add %5958, %5957 : f32[16] @ models/lib/nn.yaml:80:7
%5960 = cast %5952 : f64[] @ models/lib/nn.yaml:80:7
%5961 = pow %5497, %5960 : f64[] @ models/lib/nn.yaml:80:7
%5962 = sub %5478, %5961 : f64[] @ models/lib/nn.yaml:80:7
%5963 = div %3382, %5962 : f64[] @ models/lib/nn.yaml:80:7
%5964 = pow %5505, %5960 : f64[] @ models/lib/nn.yaml:80:7
%5965 = sub %5478, %5964 : f64[] @ models/lib/nn.yaml:80:7
%5966 = sqrt %5965 : f64[] @ models/lib/nn.yaml:80:7
%5967 = div %5478, %5966 : f64[] @ models/lib/nn.yaml:80:7
%5968 = sqrt %5959 : f32[16] @ models/lib/nn.yaml:80:7
%5969 = cast %5967 : f32[] @ models/lib/nn.yaml:80:7
%5970 = broadcast %5969 : f32[16] @ models/lib/nn.yaml:80:7
%5971 = mul %5968, %5970 : f32[16] @ models/lib/nn.yaml:80:7
%5972 = add %5971, %5642 : f32[16] @ models/lib/nn.yaml:80:7
%5973 = div %5955, %5972 : f32[16] @ models/lib/nn.yaml:80:7
%5974 = cast %5963 : f32[] @ models/lib/nn.yaml:80:7
%5975 = broadcast %5974 : f32[16] @ models/lib/nn.yaml:80:7
%5976 = mul %5973, %5975 : f32[16] @ models/lib/nn.yaml:80:7
%5977 = sub %15, %5976 : f32[16] @ models/lib/nn.yaml:80:7
%5978 = assign %15, %5977 : f32[16] @ models/lib/nn.yaml:80:7
%5979 = assign %5949, %5955 : f32[16] @ models/lib/nn.yaml:80:7
%5980 = assign %5950, %5959 : f32[16] @ models/lib/nn.yaml:80:7
%5981 = assign %5951, %5952 : i64[] @ models/lib/nn.yaml:80:7
%5982 = mul %93, %5653 : f32[16] @ models/lib/nn.yaml:80:7
%5983 = mul %5977, %5655 : f32[16] @ models/lib/nn.yaml:80:7
%5984 = add %5982, %5983 : f32[16] @ models/lib/nn.yaml:80:7
%5985 = assign %93, %5984 : f32[16] @ models/lib/nn.yaml:80:7
%5986 = all_reduce_sum %5302 : f32[16] @ models/lib/nn.yaml:89:7
%5987 = mul %5986, %5986 : f32[16] @ models/lib/nn.yaml:89:7
%5988 = reduce_sum %5987 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5989 = sqrt %5988 : f32[] @ models/lib/nn.yaml:89:7
%5990 = cast %5989 : f64[] @ models/lib/nn.yaml:89:7
%5991 = add %5990, %5474 : f64[] @ models/lib/nn.yaml:89:7
%5992 = div %5476, %5991 : f64[] @ models/lib/nn.yaml:89:7
%5993 = lt %5992, %5478 : bool[] @ models/lib/nn.yaml:89:7
%5994 = cast %5992 : f32[] @ models/lib/nn.yaml:89:7
%5995 = broadcast %5994 : f32[16] @ models/lib/nn.yaml:89:7
%5996 = mul %5986, %5995 : f32[16] @ models/lib/nn.yaml:89:7
%5997 = broadcast %5993 : bool[16] @ models/lib/nn.yaml:89:7
%5998 = select %5997, %5996, %5986 : f32[16] @ models/lib/nn.yaml:89:7
%5999 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6000 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6001 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6002 = add %6001, %5488 : i64[] @ models/lib/nn.yaml:89:7
%6003 = mul %5998, %5619 : f32[16] @ models/lib/nn.yaml:89:7
%6004 = mul %5999, %5621 : f32[16] @ models/lib/nn.yaml:89:7
%6005 = add %6004, %6003 : f32[16] @ models/lib/nn.yaml:89:7
%6006 = mul %5998, %5998 : f32[16] @ models/lib/nn.yaml:89:7
%6007 = mul %6006, %5625 : f32[16] @ models/lib/nn.yaml:89:7
%6008 = mul %6000, %5627 : f32[16] @ models/lib/nn.yaml:89:7
%6009 = add %6008, %6007 : f32[16] @ models/lib/nn.yaml:89:7
%6010 = cast %6002 : f64[] @ models/lib/nn.yaml:89:7
%6011 = pow %5497, %6010 : f64[] @ models/lib/nn.yaml:89:7
%6012 = sub %5478, %6011 : f64[] @ models/lib/nn.yaml:89:7
%6013 = div %3382, %6012 : f64[] @ models/lib/nn.yaml:89:7
%6014 = pow %5505, %6010 : f64[] @ models/lib/nn.yaml:89:7
%6015 = sub %5478, %6014 : f64[] @ models/lib/nn.yaml:89:7
%6016 = sqrt %6015 : f64[] @ models/lib/nn.yaml:89:7
%6017 = div %5478, %6016 : f64[] @ models/lib/nn.yaml:89:7
%6018 = sqrt %6009 : f32[16] @ models/lib/nn.yaml:89:7
%6019 = cast %6017 : f32[] @ models/lib/nn.yaml:89:7
%6020 = broadcast %6019 : f32[16] @ models/lib/nn.yaml:89:7
%6021 = mul %6018, %6020 : f32[16] @ models/lib/nn.yaml:89:7
%6022 = add %6021, %5642 : f32[16] @ models/lib/nn.yaml:89:7
%6023 = div %6005, %6022 : f32[16] @ models/lib/nn.yaml:89:7
%6024 = cast %6013 : f32[] @ models/lib/nn.yaml:89:7
%6025 = broadcast %6024 : f32[16] @ models/lib/nn.yaml:89:7
%6026 = mul %6023, %6025 : f32[16] @ models/lib/nn.yaml:89:7
%6027 = sub %16, %6026 : f32[16] @ models/lib/nn.yaml:89:7
%6028 = assign %16, %6027 : f32[16] @ models/lib/nn.yaml:89:7
%6029 = assign %5999, %6005 : f32[16] @ models/lib/nn.yaml:89:7
%6030 = assign %6000, %6009 : f32[16] @ models/lib/nn.yaml:89:7
%6031 = assign %6001, %6002 : i64[] @ models/lib/nn.yaml:89:7
%6032 = mul %94, %5653 : f32[16] @ models/lib/nn.yaml:89:7
%6033 = mul %6027, %5655 : f32[16] @ models/lib/nn.yaml:89:7
%6034 = add %6032, %6033 : f32[16] @ models/lib/nn.yaml:89:7
%6035 = assign %94, %6034 : f32[16] @ models/lib/nn.yaml:89:7
%6036 = all_reduce_sum %5295 : f32[16] @ models/lib/nn.yaml:90:7
%6037 = mul %6036, %6036 : f32[16] @ models/lib/nn.yaml:90:7
%6038 = reduce_sum %6037 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6039 = sqrt %6038 : f32[] @ models/lib/nn.yaml:90:7
%6040 = cast %6039 : f64[] @ models/lib/nn.yaml:90:7
%6041 = add %6040, %5474 : f64[] @ models/lib/nn.yaml:90:7
%6042 = div %5476, %6041 : f64[] @ models/lib/nn.yaml:90:7
%6043 = lt %6042, %5478 : bool[] @ models/lib/nn.yaml:90:7
%6044 = cast %6042 : f32[] @ models/lib/nn.yaml:90:7
%6045 = broadcast %6044 : f32[16] @ models/lib/nn.yaml:90:7
%6046 = mul %6036, %6045 : f32[16] @ models/lib/nn.yaml:90:7
%6047 = broadcast %6043 : bool[16] @ models/lib/nn.yaml:90:7
%6048 = select %6047, %6046, %6036 : f32[16] @ models/lib/nn.yaml:90:7
%6049 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6050 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6051 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6052 = add %6051, %5488 : i64[] @ models/lib/nn.yaml:90:7
%6053 = mul %6048, %5619 : f32[16] @ models/lib/nn.yaml:90:7
%6054 = mul %6049, %5621 : f32[16] @ models/lib/nn.yaml:90:7
%6055 = add %6054, %6053 : f32[16] @ models/lib/nn.yaml:90:7
%6056 = mul %6048, %6048 : f32[16] @ models/lib/nn.yaml:90:7
%6057 = mul %6056, %5625 : f32[16] @ models/lib/nn.yaml:90:7
%6058 = mul %6050, %5627 : f32[16] @ models/lib/nn.yaml:90:7
%6059 = add %6058, %6057 : f32[16] @ models/lib/nn.yaml:90:7
%6060 = cast %6052 : f64[] @ models/lib/nn.yaml:90:7
%6061 = pow %5497, %6060 : f64[] @ models/lib/nn.yaml:90:7
%6062 = sub %5478, %6061 : f64[] @ models/lib/nn.yaml:90:7
%6063 = div %3382, %6062 : f64[] @ models/lib/nn.yaml:90:7
%6064 = pow %5505, %6060 : f64[] @ models/lib/nn.yaml:90:7
%6065 = sub %5478, %6064 : f64[] @ models/lib/nn.yaml:90:7
%6066 = sqrt %6065 : f64[] @ models/lib/nn.yaml:90:7
%6067 = div %5478, %6066 : f64[] @ models/lib/nn.yaml:90:7
%6068 = sqrt %6059 : f32[16] @ models/lib/nn.yaml:90:7
%6069 = cast %6067 : f32[] @ models/lib/nn.yaml:90:7
%6070 = broadcast %6069 : f32[16] @ models/lib/nn.yaml:90:7
%6071 = mul %6068, %6070 : f32[16] @ models/lib/nn.yaml:90:7
%6072 = add %6071, %5642 : f32[16] @ models/lib/nn.yaml:90:7
%6073 = div %6055, %6072 : f32[16] @ models/lib/nn.yaml:90:7
%6074 = cast %6063 : f32[] @ models/lib/nn.yaml:90:7
%6075 = broadcast %6074 : f32[16] @ models/lib/nn.yaml:90:7
%6076 = mul %6073, %6075 : f32[16] @ models/lib/nn.yaml:90:7
%6077 = sub %17, %6076 : f32[16] @ models/lib/nn.yaml:90:7
%6078 = assign %17, %6077 : f32[16] @ models/lib/nn.yaml:90:7
%6079 = assign %6049, %6055 : f32[16] @ models/lib/nn.yaml:90:7
%6080 = assign %6050, %6059 : f32[16] @ models/lib/nn.yaml:90:7
%6081 = assign %6051, %6052 : i64[] @ models/lib/nn.yaml:90:7
%6082 = mul %95, %5653 : f32[16] @ models/lib/nn.yaml:90:7
%6083 = mul %6077, %5655 : f32[16] @ models/lib/nn.yaml:90:7
%6084 = add %6082, %6083 : f32[16] @ models/lib/nn.yaml:90:7
%6085 = assign %95, %6084 : f32[16] @ models/lib/nn.yaml:90:7
%6086 = all_reduce_sum %5290 : f32[64,16] @ models/lib/nn.yaml:79:7
%6087 = reshape %6086 : f32[1024] @ models/lib/nn.yaml:79:7
%6088 = mul %6087, %6087 : f32[1024] @ models/lib/nn.yaml:79:7
%6089 = reduce_sum %6088 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6090 = sqrt %6089 : f32[] @ models/lib/nn.yaml:79:7
%6091 = cast %6090 : f64[] @ models/lib/nn.yaml:79:7
%6092 = add %6091, %5474 : f64[] @ models/lib/nn.yaml:79:7
%6093 = div %5476, %6092 : f64[] @ models/lib/nn.yaml:79:7
%6094 = lt %6093, %5478 : bool[] @ models/lib/nn.yaml:79:7
%6095 = cast %6093 : f32[] @ models/lib/nn.yaml:79:7
%6096 = broadcast %6095 : f32[64,16] @ models/lib/nn.yaml:79:7
%6097 = mul %6086, %6096 : f32[64,16] @ models/lib/nn.yaml:79:7
%6098 = broadcast %6094 : bool[64,16] @ models/lib/nn.yaml:79:7
%6099 = select %6098, %6097, %6086 : f32[64,16] @ models/lib/nn.yaml:79:7
%6100 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6101 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6102 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6103 = add %6102, %5488 : i64[] @ models/lib/nn.yaml:79:7
%6104 = broadcast %5492 : f32[64,16] @ models/lib/nn.yaml:79:7
%6105 = mul %18, %6104 : f32[64,16] @ models/lib/nn.yaml:79:7
%6106 = broadcast %3111 : f32[64,16] @ models/lib/nn.yaml:79:7
%6107 = mul %6099, %6106 : f32[64,16] @ models/lib/nn.yaml:79:7
%6108 = broadcast %2138 : f32[64,16] @ models/lib/nn.yaml:79:7
%6109 = mul %6100, %6108 : f32[64,16] @ models/lib/nn.yaml:79:7
%6110 = add %6109, %6107 : f32[64,16] @ models/lib/nn.yaml:79:7
%6111 = mul %6099, %6099 : f32[64,16] @ models/lib/nn.yaml:79:7
%6112 = broadcast %5502 : f32[64,16] @ models/lib/nn.yaml:79:7
%6113 = mul %6111, %6112 : f32[64,16] @ models/lib/nn.yaml:79:7
%6114 = broadcast %5506 : f32[64,16] @ models/lib/nn.yaml:79:7
%6115 = mul %6101, %6114 : f32[64,16] @ models/lib/nn.yaml:79:7
%6116 = add %6115, %6113 : f32[64,16] @ models/lib/nn.yaml:79:7
%6117 = cast %6103 : f64[] @ models/lib/nn.yaml:79:7
%6118 = pow %5497, %6117 : f64[] @ models/lib/nn.yaml:79:7
%6119 = sub %5478, %6118 : f64[] @ models/lib/nn.yaml:79:7
%6120 = div %3382, %6119 : f64[] @ models/lib/nn.yaml:79:7
%6121 = pow %5505, %6117 : f64[] @ models/lib/nn.yaml:79:7
%6122 = sub %5478, %6121 : f64[] @ models/lib/nn.yaml:79:7
%6123 = sqrt %6122 : f64[] @ models/lib/nn.yaml:79:7
%6124 = div %5478, %6123 : f64[] @ models/lib/nn.yaml:79:7
%6125 = sqrt %6116 : f32[64,16] @ models/lib/nn.yaml:79:7
%6126 = cast %6124 : f32[] @ models/lib/nn.yaml:79:7
%6127 = broadcast %6126 : f32[64,16] @ models/lib/nn.yaml:79:7
%6128 = mul %6125, %6127 : f32[64,16] @ models/lib/nn.yaml:79:7
%6129 = broadcast %5522 : f32[64,16] @ models/lib/nn.yaml:79:7
%6130 = add %6128, %6129 : f32[64,16] @ models/lib/nn.yaml:79:7
%6131 = div %6110, %6130 : f32[64,16] @ models/lib/nn.yaml:79:7
%6132 = cast %6120 : f32[] @ models/lib/nn.yaml:79:7
%6133 = broadcast %6132 : f32[64,16] @ models/lib/nn.yaml:79:7
%6134 = mul %6131, %6133 : f32[64,16] @ models/lib/nn.yaml:79:7
%6135 = sub %6105, %6134 : f32[64,16] @ models/lib/nn.yaml:79:7
%6136 = assign %18, %6135 : f32[64,16] @ models/lib/nn.yaml:79:7
%6137 = assign %6100, %6110 : f32[64,16] @ models/lib/nn.yaml:79:7
%6138 = assign %6101, %6116 : f32[64,16] @ models/lib/nn.yaml:79:7
%6139 = assign %6102, %6103 : i64[] @ models/lib/nn.yaml:79:7
%6140 = broadcast %3 : f32[64,16] @ models/lib/nn.yaml:79:7
%6141 = mul %96, %6140 : f32[64,16] @ models/lib/nn.yaml:79:7
%6142 = broadcast %5537 : f32[64,16] @ models/lib/nn.yaml:79:7
%6143 = mul %6135, %6142 : f32[64,16] @ models/lib/nn.yaml:79:7
%6144 = add %6141, %6143 : f32[64,16] @ models/lib/nn.yaml:79:7
%6145 = assign %96, %6144 : f32[64,16] @ models/lib/nn.yaml:79:7
%6146 = all_reduce_sum %5285 : f32[64] @ models/lib/nn.yaml:80:7
%6147 = mul %6146, %6146 : f32[64] @ models/lib/nn.yaml:80:7
%6148 = reduce_sum %6147 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6149 = sqrt %6148 : f32[] @ models/lib/nn.yaml:80:7
%6150 = cast %6149 : f64[] @ models/lib/nn.yaml:80:7
%6151 = add %6150, %5474 : f64[] @ models/lib/nn.yaml:80:7
%6152 = div %5476, %6151 : f64[] @ models/lib/nn.yaml:80:7
%6153 = lt %6152, %5478 : bool[] @ models/lib/nn.yaml:80:7
%6154 = cast %6152 : f32[] @ models/lib/nn.yaml:80:7
%6155 = broadcast %6154 : f32[64] @ models/lib/nn.yaml:80:7
%6156 = mul %6146, %6155 : f32[64] @ models/lib/nn.yaml:80:7
%6157 = broadcast %6153 : bool[64] @ models/lib/nn.yaml:80:7
%6158 = select %6157, %6156, %6146 : f32[64] @ models/lib/nn.yaml:80:7
%6159 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6160 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6161 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6162 = add %6161, %5488 : i64[] @ models/lib/nn.yaml:80:7
%6163 = broadcast %3111 : f32[64] @ models/lib/nn.yaml:80:7
%6164 = mul %6158, %6163 : f32[64] @ models/lib/nn.yaml:80:7
%6165 = broadcast %2138 : f32[64] @ models/lib/nn.yaml:80:7
%6166 = mul %6159, %6165 : f32[64] @ models/lib/nn.yaml:80:7
%6167 = add %6166, %6164 : f32[64] @ models/lib/nn.yaml:80:7
%6168 = mul %6158, %6158 : f32[64] @ models/lib/nn.yaml:80:7
%6169 = broadcast %5502 : f32[64] @ models/lib/nn.yaml:80:7
%6170 = mul %6168, %6169 : f32[64] @ models/lib/nn.yaml:80:7
%6171 = broadcast %5506 : f32[64] @ models/lib/nn.yaml:80:7
%6172 = mul %6160, %6171 : f32[64] @ models/lib/nn.yaml:80:7
%6173 = add %6172, %6170 : f32[64] @ models/lib/nn.yaml:80:7
%6174 = cast %6162 : f64[] @ models/lib/nn.yaml:80:7
%6175 = pow %5497, %6174 : f64[] @ models/lib/nn.yaml:80:7
%6176 = sub %5478, %6175 : f64[] @ models/lib/nn.yaml:80:7
%6177 = div %3382, %6176 : f64[] @ models/lib/nn.yaml:80:7
%6178 = pow %5505, %6174 : f64[] @ models/lib/nn.yaml:80:7
%6179 = sub %5478, %6178 : f64[] @ models/lib/nn.yaml:80:7
%6180 = sqrt %6179 : f64[] @ models/lib/nn.yaml:80:7
%6181 = div %5478, %6180 : f64[] @ models/lib/nn.yaml:80:7
%6182 = sqrt %6173 : f32[64] @ models/lib/nn.yaml:80:7
%6183 = cast %6181 : f32[] @ models/lib/nn.yaml:80:7
%6184 = broadcast %6183 : f32[64] @ models/lib/nn.yaml:80:7
%6185 = mul %6182, %6184 : f32[64] @ models/lib/nn.yaml:80:7
%6186 = broadcast %5522 : f32[64] @ models/lib/nn.yaml:80:7
%6187 = add %6185, %6186 : f32[64] @ models/lib/nn.yaml:80:7
%6188 = div %6167, %6187 : f32[64] @ models/lib/nn.yaml:80:7
%6189 = cast %6177 : f32[] @ models/lib/nn.yaml:80:7
%6190 = broadcast %6189 : f32[64] @ models/lib/nn.yaml:80:7
%6191 = mul %6188, %6190 : f32[64] @ models/lib/nn.yaml:80:7
%6192 = sub %19, %6191 : f32[64] @ models/lib/nn.yaml:80:7
%6193 = assign %19, %6192 : f32[64] @ models/lib/nn.yaml:80:7
%6194 = assign %6159, %6167 : f32[64] @ models/lib/nn.yaml:80:7
%6195 = assign %6160, %6173 : f32[64] @ models/lib/nn.yaml:80:7
%6196 = assign %6161, %6162 : i64[] @ models/lib/nn.yaml:80:7
%6197 = broadcast %3 : f32[64] @ models/lib/nn.yaml:80:7
%6198 = mul %97, %6197 : f32[64] @ models/lib/nn.yaml:80:7
%6199 = broadcast %5537 : f32[64] @ models/lib/nn.yaml:80:7
%6200 = mul %6192, %6199 : f32[64] @ models/lib/nn.yaml:80:7
%6201 = add %6198, %6200 : f32[64] @ models/lib/nn.yaml:80:7
%6202 = assign %97, %6201 : f32[64] @ models/lib/nn.yaml:80:7
%6203 = all_reduce_sum %5265 : f32[16,64] @ models/lib/nn.yaml:79:7
%6204 = reshape %6203 : f32[1024] @ models/lib/nn.yaml:79:7
%6205 = mul %6204, %6204 : f32[1024] @ models/lib/nn.yaml:79:7
%6206 = reduce_sum %6205 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6207 = sqrt %6206 : f32[] @ models/lib/nn.yaml:79:7
%6208 = cast %6207 : f64[] @ models/lib/nn.yaml:79:7
%6209 = add %6208, %5474 : f64[] @ models/lib/nn.yaml:79:7
%6210 = div %5476, %6209 : f64[] @ models/lib/nn.yaml:79:7
%6211 = lt %6210, %5478 : bool[] @ models/lib/nn.yaml:79:7
%6212 = cast %6210 : f32[] @ models/lib/nn.yaml:79:7
%6213 = broadcast %6212 : f32[16,64] @ models/lib/nn.yaml:79:7
%6214 = mul %6203, %6213 : f32[16,64] @ models/lib/nn.yaml:79:7
%6215 = broadcast %6211 : bool[16,64] @ models/lib/nn.yaml:79:7
%6216 = select %6215, %6214, %6203 : f32[16,64] @ models/lib/nn.yaml:79:7
%6217 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6218 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6219 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6220 = add %6219, %5488 : i64[] @ models/lib/nn.yaml:79:7
%6221 = broadcast %5492 : f32[16,64] @ models/lib/nn.yaml:79:7
%6222 = mul %20, %6221 : f32[16,64] @ models/lib/nn.yaml:79:7
%6223 = broadcast %3111 : f32[16,64] @ models/lib/nn.yaml:79:7
%6224 = mul %6216, %6223 : f32[16,64] @ models/lib/nn.yaml:79:7
%6225 = broadcast %2138 : f32[16,64] @ models/lib/nn.yaml:79:7
%6226 = mul %6217, %6225 : f32[16,64] @ models/lib/nn.yaml:79:7
%6227 = add %6226, %6224 : f32[16,64] @ models/lib/nn.yaml:79:7
%6228 = mul %6216, %6216 : f32[16,64] @ models/lib/nn.yaml:79:7
%6229 = broadcast %5502 : f32[16,64] @ models/lib/nn.yaml:79:7
%6230 = mul %6228, %6229 : f32[16,64] @ models/lib/nn.yaml:79:7
%6231 = broadcast %5506 : f32[16,64] @ models/lib/nn.yaml:79:7
%6232 = mul %6218, %6231 : f32[16,64] @ models/lib/nn.yaml:79:7
%6233 = add %6232, %6230 : f32[16,64] @ models/lib/nn.yaml:79:7
%6234 = cast %6220 : f64[] @ models/lib/nn.yaml:79:7
%6235 = pow %5497, %6234 : f64[] @ models/lib/nn.yaml:79:7
%6236 = sub %5478, %6235 : f64[] @ models/lib/nn.yaml:79:7
%6237 = div %3382, %6236 : f64[] @ models/lib/nn.yaml:79:7
%6238 = pow %5505, %6234 : f64[] @ models/lib/nn.yaml:79:7
%6239 = sub %5478, %6238 : f64[] @ models/lib/nn.yaml:79:7
%6240 = sqrt %6239 : f64[] @ models/lib/nn.yaml:79:7
%6241 = div %5478, %6240 : f64[] @ models/lib/nn.yaml:79:7
%6242 = sqrt %6233 : f32[16,64] @ models/lib/nn.yaml:79:7
%6243 = cast %6241 : f32[] @ models/lib/nn.yaml:79:7
%6244 = broadcast %6243 : f32[16,64] @ models/lib/nn.yaml:79:7
%6245 = mul %6242, %6244 : f32[16,64] @ models/lib/nn.yaml:79:7
%6246 = broadcast %5522 : f32[16,64] @ models/lib/nn.yaml:79:7
%6247 = add %6245, %6246 : f32[16,64] @ models/lib/nn.yaml:79:7
%6248 = div %6227, %6247 : f32[16,64] @ models/lib/nn.yaml:79:7
%6249 = cast %6237 : f32[] @ models/lib/nn.yaml:79:7
%6250 = broadcast %6249 : f32[16,64] @ models/lib/nn.yaml:79:7
%6251 = mul %6248, %6250 : f32[16,64] @ models/lib/nn.yaml:79:7
%6252 = sub %6222, %6251 : f32[16,64] @ models/lib/nn.yaml:79:7
%6253 = assign %20, %6252 : f32[16,64] @ models/lib/nn.yaml:79:7
%6254 = assign %6217, %6227 : f32[16,64] @ models/lib/nn.yaml:79:7
%6255 = assign %6218, %6233 : f32[16,64] @ models/lib/nn.yaml:79:7
%6256 = assign %6219, %6220 : i64[] @ models/lib/nn.yaml:79:7
%6257 = broadcast %3 : f32[16,64] @ models/lib/nn.yaml:79:7
%6258 = mul %98, %6257 : f32[16,64] @ models/lib/nn.yaml:79:7
%6259 = broadcast %5537 : f32[16,64] @ models/lib/nn.yaml:79:7
%6260 = mul %6252, %6259 : f32[16,64] @ models/lib/nn.yaml:79:7
%6261 = add %6258, %6260 : f32[16,64] @ models/lib/nn.yaml:79:7
%6262 = assign %98, %6261 : f32[16,64] @ models/lib/nn.yaml:79:7
%6263 = all_reduce_sum %5260 : f32[16] @ models/lib/nn.yaml:80:7
%6264 = mul %6263, %6263 : f32[16] @ models/lib/nn.yaml:80:7
%6265 = reduce_sum %6264 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6266 = sqrt %6265 : f32[] @ models/lib/nn.yaml:80:7
%6267 = cast %6266 : f64[] @ models/lib/nn.yaml:80:7
%6268 = add %6267, %5474 : f64[] @ models/lib/nn.yaml:80:7
%6269 = div %5476, %6268 : f64[] @ models/lib/nn.yaml:80:7
%6270 = lt %6269, %5478 : bool[] @ models/lib/nn.yaml:80:7
%6271 = cast %6269 : f32[] @ models/lib/nn.yaml:80:7
%6272 = broadcast %6271 : f32[16] @ models/lib/nn.yaml:80:7
%6273 = mul %6263, %6272 : f32[16] @ models/lib/nn.yaml:80:7
%6274 = broadcast %6270 : bool[16] @ models/lib/nn.yaml:80:7
%6275 = select %6274, %6273, %6263 : f32[16] @ models/lib/nn.yaml:80:7
%6276 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6277 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6278 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6279 = add %6278, %5488 : i64[] @ models/lib/nn.yaml:80:7
%6280 = mul %6275, %5619 : f32[16] @ models/lib/nn.yaml:80:7
%6281 = mul %6276, %5621 : f32[16] @ models/lib/nn.yaml:80:7
%6282 = add %6281, %6280 : f32[16] @ models/lib/nn.yaml:80:7
%6283 = mul %6275, %6275 : f32[16] @ models/lib/nn.yaml:80:7
%6284 = mul %6283, %5625 : f32[16] @ models/lib/nn.yaml:80:7
%6285 = mul %6277, %5627 : f32[16] @ models/lib/nn.yaml:80:7
%6286 = add %6285, %6284 : f32[16] @ models/lib/nn.yaml:80:7
%6287 = cast %6279 : f64[] @ models/lib/nn.yaml:80:7
%6288 = pow %5497, %6287 : f64[] @ models/lib/nn.yaml:80:7
%6289 = sub %5478, %6288 : f64[] @ models/lib/nn.yaml:80:7
%6290 = div %3382, %6289 : f64[] @ models/lib/nn.yaml:80:7
%6291 = pow %5505, %6287 : f64[] @ models/lib/nn.yaml:80:7
%6292 = sub %5478, %6291 : f64[] @ models/lib/nn.yaml:80:7
%6293 = sqrt %6292 : f64[] @ models/lib/nn.yaml:80:7
%6294 = div %5478, %6293 : f64[] @ models/lib/nn.yaml:80:7
%6295 = sqrt %6286 : f32[16] @ models/lib/nn.yaml:80:7
%6296 = cast %6294 : f32[] @ models/lib/nn.yaml:80:7
%6297 = broadcast %6296 : f32[16] @ models/lib/nn.yaml:80:7
%6298 = mul %6295, %6297 : f32[16] @ models/lib/nn.yaml:80:7
%6299 = add %6298, %5642 : f32[16] @ models/lib/nn.yaml:80:7
%6300 = div %6282, %6299 : f32[16] @ models/lib/nn.yaml:80:7
%6301 = cast %6290 : f32[] @ models/lib/nn.yaml:80:7
%6302 = broadcast %6301 : f32[16] @ models/lib/nn.yaml:80:7
%6303 = mul %6300, %6302 : f32[16] @ models/lib/nn.yaml:80:7
%6304 = sub %21, %6303 : f32[16] @ models/lib/nn.yaml:80:7
%6305 = assign %21, %6304 : f32[16] @ models/lib/nn.yaml:80:7
%6306 = assign %6276, %6282 : f32[16] @ models/lib/nn.yaml:80:7
%6307 = assign %6277, %6286 : f32[16] @ models/lib/nn.yaml:80:7
%6308 = assign %6278, %6279 : i64[] @ models/lib/nn.yaml:80:7
%6309 = mul %99, %5653 : f32[16] @ models/lib/nn.yaml:80:7
%6310 = mul %6304, %5655 : f32[16] @ models/lib/nn.yaml:80:7
%6311 = add %6309, %6310 : f32[16] @ models/lib/nn.yaml:80:7
%6312 = assign %99, %6311 : f32[16] @ models/lib/nn.yaml:80:7
%6313 = all_reduce_sum %5237 : f32[16] @ models/lib/nn.yaml:89:7
%6314 = mul %6313, %6313 : f32[16] @ models/lib/nn.yaml:89:7
%6315 = reduce_sum %6314 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6316 = sqrt %6315 : f32[] @ models/lib/nn.yaml:89:7
%6317 = cast %6316 : f64[] @ models/lib/nn.yaml:89:7
%6318 = add %6317, %5474 : f64[] @ models/lib/nn.yaml:89:7
%6319 = div %5476, %6318 : f64[] @ models/lib/nn.yaml:89:7
%6320 = lt %6319, %5478 : bool[] @ models/lib/nn.yaml:89:7
%6321 = cast %6319 : f32[] @ models/lib/nn.yaml:89:7
%6322 = broadcast %6321 : f32[16] @ models/lib/nn.yaml:89:7
%6323 = mul %6313, %6322 : f32[16] @ models/lib/nn.yaml:89:7
%6324 = broadcast %6320 : bool[16] @ models/lib/nn.yaml:89:7
%6325 = select %6324, %6323, %6313 : f32[16] @ models/lib/nn.yaml:89:7
%6326 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6327 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6328 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6329 = add %6328, %5488 : i64[] @ models/lib/nn.yaml:89:7
%6330 = mul %6325, %5619 : f32[16] @ models/lib/nn.yaml:89:7
%6331 = mul %6326, %5621 : f32[16] @ models/lib/nn.yaml:89:7
%6332 = add %6331, %6330 : f32[16] @ models/lib/nn.yaml:89:7
%6333 = mul %6325, %6325 : f32[16] @ models/lib/nn.yaml:89:7
%6334 = mul %6333, %5625 : f32[16] @ models/lib/nn.yaml:89:7
%6335 = mul %6327, %5627 : f32[16] @ models/lib/nn.yaml:89:7
%6336 = add %6335, %6334 : f32[16] @ models/lib/nn.yaml:89:7
%6337 = cast %6329 : f64[] @ models/lib/nn.yaml:89:7
%6338 = pow %5497, %6337 : f64[] @ models/lib/nn.yaml:89:7
%6339 = sub %5478, %6338 : f64[] @ models/lib/nn.yaml:89:7
%6340 = div %3382, %6339 : f64[] @ models/lib/nn.yaml:89:7
%6341 = pow %5505, %6337 : f64[] @ models/lib/nn.yaml:89:7
%6342 = sub %5478, %6341 : f64[] @ models/lib/nn.yaml:89:7
%6343 = sqrt %6342 : f64[] @ models/lib/nn.yaml:89:7
%6344 = div %5478, %6343 : f64[] @ models/lib/nn.yaml:89:7
%6345 = sqrt %6336 : f32[16] @ models/lib/nn.yaml:89:7
%6346 = cast %6344 : f32[] @ models/lib/nn.yaml:89:7
%6347 = broadcast %6346 : f32[16] @ models/lib/nn.yaml:89:7
%6348 = mul %6345, %6347 : f32[16] @ models/lib/nn.yaml:89:7
%6349 = add %6348, %5642 : f32[16] @ models/lib/nn.yaml:89:7
%6350 = div %6332, %6349 : f32[16] @ models/lib/nn.yaml:89:7
%6351 = cast %6340 : f32[] @ models/lib/nn.yaml:89:7
%6352 = broadcast %6351 : f32[16] @ models/lib/nn.yaml:89:7
%6353 = mul %6350, %6352 : f32[16] @ models/lib/nn.yaml:89:7
%6354 = sub %22, %6353 : f32[16] @ models/lib/nn.yaml:89:7
%6355 = assign %22, %6354 : f32[16] @ models/lib/nn.yaml:89:7
%6356 = assign %6326, %6332 : f32[16] @ models/lib/nn.yaml:89:7
%6357 = assign %6327, %6336 : f32[16] @ models/lib/nn.yaml:89:7
%6358 = assign %6328, %6329 : i64[] @ models/lib/nn.yaml:89:7
%6359 = mul %100, %5653 : f32[16] @ models/lib/nn.yaml:89:7
%6360 = mul %6354, %5655 : f32[16] @ models/lib/nn.yaml:89:7
%6361 = add %6359, %6360 : f32[16] @ models/lib/nn.yaml:89:7
%6362 = assign %100, %6361 : f32[16] @ models/lib/nn.yaml:89:7
%6363 = all_reduce_sum %5230 : f32[16] @ models/lib/nn.yaml:90:7
%6364 = mul %6363, %6363 : f32[16] @ models/lib/nn.yaml:90:7
%6365 = reduce_sum %6364 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6366 = sqrt %6365 : f32[] @ models/lib/nn.yaml:90:7
%6367 = cast %6366 : f64[] @ models/lib/nn.yaml:90:7
%6368 = add %6367, %5474 : f64[] @ models/lib/nn.yaml:90:7
%6369 = div %5476, %6368 : f64[] @ models/lib/nn.yaml:90:7
%6370 = lt %6369, %5478 : bool[] @ models/lib/nn.yaml:90:7
%6371 = cast %6369 : f32[] @ models/lib/nn.yaml:90:7
%6372 = broadcast %6371 : f32[16] @ models/lib/nn.yaml:90:7
%6373 = mul %6363, %6372 : f32[16] @ models/lib/nn.yaml:90:7
%6374 = broadcast %6370 : bool[16] @ models/lib/nn.yaml:90:7
%6375 = select %6374, %6373, %6363 : f32[16] @ models/lib/nn.yaml:90:7
%6376 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6377 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6378 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6379 = add %6378, %5488 : i64[] @ models/lib/nn.yaml:90:7
%6380 = mul %6375, %5619 : f32[16] @ models/lib/nn.yaml:90:7
%6381 = mul %6376, %5621 : f32[16] @ models/lib/nn.yaml:90:7
%6382 = add %6381, %6380 : f32[16] @ models/lib/nn.yaml:90:7
%6383 = mul %6375, %6375 : f32[16] @ models/lib/nn.yaml:90:7
%6384 = mul %6383, %5625 : f32[16] @ models/lib/nn.yaml:90:7
%6385 = mul %6377, %5627 : f32[16] @ models/lib/nn.yaml:90:7
%6386 = add %6385, %6384 : f32[16] @ models/lib/nn.yaml:90:7
%6387 = cast %6379 : f64[] @ models/lib/nn.yaml:90:7
%6388 = pow %5497, %6387 : f64[] @ models/lib/nn.yaml:90:7
%6389 = sub %5478, %6388 : f64[] @ models/lib/nn.yaml:90:7
%6390 = div %3382, %6389 : f64[] @ models/lib/nn.yaml:90:7
%6391 = pow %5505, %6387 : f64[] @ models/lib/nn.yaml:90:7
%6392 = sub %5478, %6391 : f64[] @ models/lib/nn.yaml:90:7
%6393 = sqrt %6392 : f64[] @ models/lib/nn.yaml:90:7
%6394 = div %5478, %6393 : f64[] @ models/lib/nn.yaml:90:7
%6395 = sqrt %6386 : f32[16] @ models/lib/nn.yaml:90:7
%6396 = cast %6394 : f32[] @ models/lib/nn.yaml:90:7
%6397 = broadcast %6396 : f32[16] @ models/lib/nn.yaml:90:7
%6398 = mul %6395, %6397 : f32[16] @ models/lib/nn.yaml:90:7
%6399 = add %6398, %5642 : f32[16] @ models/lib/nn.yaml:90:7
%6400 = div %6382, %6399 : f32[16] @ models/lib/nn.yaml:90:7
%6401 = cast %6390 : f32[] @ models/lib/nn.yaml:90:7
%6402 = broadcast %6401 : f32[16] @ models/lib/nn.yaml:90:7
%6403 = mul %6400, %6402 : f32[16] @ models/lib/nn.yaml:90:7
%6404 = sub %23, %6403 : f32[16] @ models/lib/nn.yaml:90:7
%6405 = assign %23, %6404 : f32[16] @ models/lib/nn.yaml:90:7
%6406 = assign %6376, %6382 : f32[16] @ models/lib/nn.yaml:90:7
%6407 = assign %6377, %6386 : f32[16] @ models/lib/nn.yaml:90:7
%6408 = assign %6378, %6379 : i64[] @ models/lib/nn.yaml:90:7
%6409 = mul %101, %5653 : f32[16] @ models/lib/nn.yaml:90:7
%6410 = mul %6404, %5655 : f32[16] @ models/lib/nn.yaml:90:7
%6411 = add %6409, %6410 : f32[16] @ models/lib/nn.yaml:90:7
%6412 = assign %101, %6411 : f32[16] @ models/lib/nn.yaml:90:7
%6413 = all_reduce_sum %5225 : f32[48,16] @ models/lib/nn.yaml:79:7
%6414 = reshape %6413 : f32[768] @ models/lib/nn.yaml:79:7
%6415 = mul %6414, %6414 : f32[768] @ models/lib/nn.yaml:79:7
%6416 = reduce_sum %6415 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6417 = sqrt %6416 : f32[] @ models/lib/nn.yaml:79:7
%6418 = cast %6417 : f64[] @ models/lib/nn.yaml:79:7
%6419 = add %6418, %5474 : f64[] @ models/lib/nn.yaml:79:7
%6420 = div %5476, %6419 : f64[] @ models/lib/nn.yaml:79:7
%6421 = lt %6420, %5478 : bool[] @ models/lib/nn.yaml:79:7
%6422 = cast %6420 : f32[] @ models/lib/nn.yaml:79:7
%6423 = broadcast %6422 : f32[48,16] @ models/lib/nn.yaml:79:7
%6424 = mul %6413, %6423 : f32[48,16] @ models/lib/nn.yaml:79:7
%6425 = broadcast %6421 : bool[48,16] @ models/lib/nn.yaml:79:7
%6426 = select %6425, %6424, %6413 : f32[48,16] @ models/lib/nn.yaml:79:7
%6427 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6428 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6429 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6430 = add %6429, %5488 : i64[] @ models/lib/nn.yaml:79:7
%6431 = mul %24, %5777 : f32[48,16] @ models/lib/nn.yaml:79:7
%6432 = mul %6426, %5779 : f32[48,16] @ models/lib/nn.yaml:79:7
%6433 = mul %6427, %5781 : f32[48,16] @ models/lib/nn.yaml:79:7
%6434 = add %6433, %6432 : f32[48,16] @ models/lib/nn.yaml:79:7
%6435 = mul %6426, %6426 : f32[48,16] @ models/lib/nn.yaml:79:7
%6436 = mul %6435, %5785 : f32[48,16] @ models/lib/nn.yaml:79:7
%6437 = mul %6428, %5787 : f32[48,16] @ models/lib/nn.yaml:79:7
%6438 = add %6437, %6436 : f32[48,16] @ models/lib/nn.yaml:79:7
%6439 = cast %6430 : f64[] @ models/lib/nn.yaml:79:7
%6440 = pow %5497, %6439 : f64[] @ models/lib/nn.yaml:79:7
%6441 = sub %5478, %6440 : f64[] @ models/lib/nn.yaml:79:7
%6442 = div %3382, %6441 : f64[] @ models/lib/nn.yaml:79:7
%6443 = pow %5505, %6439 : f64[] @ models/lib/nn.yaml:79:7
%6444 = sub %5478, %6443 : f64[] @ models/lib/nn.yaml:79:7
%6445 = sqrt %6444 : f64[] @ models/lib/nn.yaml:79:7
%6446 = div %5478, %6445 : f64[] @ models/lib/nn.yaml:79:7
%6447 = sqrt %6438 : f32[48,16] @ models/lib/nn.yaml:79:7
%6448 = cast %6446 : f32[] @ models/lib/nn.yaml:79:7
%6449 = broadcast %6448 : f32[48,16] @ models/lib/nn.yaml:79:7
%6450 = mul %6447, %6449 : f32[48,16] @ models/lib/nn.yaml:79:7
%6451 = add %6450, %5802 : f32[48,16] @ models/lib/nn.yaml:79:7
%6452 = div %6434, %6451 : f32[48,16] @ models/lib/nn.yaml:79:7
%6453 = cast %6442 : f32[] @ models/lib/nn.yaml:79:7
%6454 = broadcast %6453 : f32[48,16] @ models/lib/nn.yaml:79:7
%6455 = mul %6452, %6454 : f32[48,16] @ models/lib/nn.yaml:79:7
%6456 = sub %6431, %6455 : f32[48,16] @ models/lib/nn.yaml:79:7
%6457 = assign %24, %6456 : f32[48,16] @ models/lib/nn.yaml:79:7
%6458 = assign %6427, %6434 : f32[48,16] @ models/lib/nn.yaml:79:7
%6459 = assign %6428, %6438 : f32[48,16] @ models/lib/nn.yaml:79:7
%6460 = assign %6429, %6430 : i64[] @ models/lib/nn.yaml:79:7
%6461 = mul %102, %5813 : f32[48,16] @ models/lib/nn.yaml:79:7
%6462 = mul %6456, %5815 : f32[48,16] @ models/lib/nn.yaml:79:7
%6463 = add %6461, %6462 : f32[48,16] @ models/lib/nn.yaml:79:7
%6464 = assign %102, %6463 : f32[48,16] @ models/lib/nn.yaml:79:7
%6465 = all_reduce_sum %5220 : f32[48] @ models/lib/nn.yaml:80:7
%6466 = mul %6465, %6465 : f32[48] @ models/lib/nn.yaml:80:7
%6467 = reduce_sum %6466 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6468 = sqrt %6467 : f32[] @ models/lib/nn.yaml:80:7
%6469 = cast %6468 : f64[] @ models/lib/nn.yaml:80:7
%6470 = add %6469, %5474 : f64[] @ models/lib/nn.yaml:80:7
%6471 = div %5476, %6470 : f64[] @ models/lib/nn.yaml:80:7
%6472 = lt %6471, %5478 : bool[] @ models/lib/nn.yaml:80:7
%6473 = cast %6471 : f32[] @ models/lib/nn.yaml:80:7
%6474 = broadcast %6473 : f32[48] @ models/lib/nn.yaml:80:7
%6475 = mul %6465, %6474 : f32[48] @ models/lib/nn.yaml:80:7
%6476 = broadcast %6472 : bool[48] @ models/lib/nn.yaml:80:7
%6477 = select %6476, %6475, %6465 : f32[48] @ models/lib/nn.yaml:80:7
%6478 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6479 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6480 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6481 = add %6480, %5488 : i64[] @ models/lib/nn.yaml:80:7
%6482 = mul %6477, %5836 : f32[48] @ models/lib/nn.yaml:80:7
%6483 = mul %6478, %5838 : f32[48] @ models/lib/nn.yaml:80:7
%6484 = add %6483, %6482 : f32[48] @ models/lib/nn.yaml:80:7
%6485 = mul %6477, %6477 : f32[48] @ models/lib/nn.yaml:80:7
%6486 = mul %6485, %5842 : f32[48] @ models/lib/nn.yaml:80:7
%6487 = mul %6479, %5844 : f32[48] @ models/lib/nn.yaml:80:7
%6488 = add %6487, %6486 : f32[48] @ models/lib/nn.yaml:80:7
%6489 = cast %6481 : f64[] @ models/lib/nn.yaml:80:7
%6490 = pow %5497, %6489 : f64[] @ models/lib/nn.yaml:80:7
%6491 = sub %5478, %6490 : f64[] @ models/lib/nn.yaml:80:7
%6492 = div %3382, %6491 : f64[] @ models/lib/nn.yaml:80:7
%6493 = pow %5505, %6489 : f64[] @ models/lib/nn.yaml:80:7
%6494 = sub %5478, %6493 : f64[] @ models/lib/nn.yaml:80:7
%6495 = sqrt %6494 : f64[] @ models/lib/nn.yaml:80:7
%6496 = div %5478, %6495 : f64[] @ models/lib/nn.yaml:80:7
%6497 = sqrt %6488 : f32[48] @ models/lib/nn.yaml:80:7
%6498 = cast %6496 : f32[] @ models/lib/nn.yaml:80:7
%6499 = broadcast %6498 : f32[48] @ models/lib/nn.yaml:80:7
%6500 = mul %6497, %6499 : f32[48] @ models/lib/nn.yaml:80:7
%6501 = add %6500, %5859 : f32[48] @ models/lib/nn.yaml:80:7
%6502 = div %6484, %6501 : f32[48] @ models/lib/nn.yaml:80:7
%6503 = cast %6492 : f32[] @ models/lib/nn.yaml:80:7
%6504 = broadcast %6503 : f32[48] @ models/lib/nn.yaml:80:7
%6505 = mul %6502, %6504 : f32[48] @ models/lib/nn.yaml:80:7
%6506 = sub %25, %6505 : f32[48] @ models/lib/nn.yaml:80:7
%6507 = assign %25, %6506 : f32[48] @ models/lib/nn.yaml:80:7
%6508 = assign %6478, %6484 : f32[48] @ models/lib/nn.yaml:80:7
%6509 = assign %6479, %6488 : f32[48] @ models/lib/nn.yaml:80:7
%6510 = assign %6480, %6481 : i64[] @ models/lib/nn.yaml:80:7
%6511 = mul %103, %5870 : f32[48] @ models/lib/nn.yaml:80:7
%6512 = mul %6506, %5872 : f32[48] @ models/lib/nn.yaml:80:7
%6513 = add %6511, %6512 : f32[48] @ models/lib/nn.yaml:80:7
%6514 = assign %103, %6513 : f32[48] @ models/lib/nn.yaml:80:7
%6515 = all_reduce_sum %5130 : f32[16,16] @ models/lib/nn.yaml:79:7
%6516 = reshape %6515 : f32[256] @ models/lib/nn.yaml:79:7
%6517 = mul %6516, %6516 : f32[256] @ models/lib/nn.yaml:79:7
%6518 = reduce_sum %6517 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6519 = sqrt %6518 : f32[] @ models/lib/nn.yaml:79:7
%6520 = cast %6519 : f64[] @ models/lib/nn.yaml:79:7
%6521 = add %6520, %5474 : f64[] @ models/lib/nn.yaml:79:7
%6522 = div %5476, %6521 : f64[] @ models/lib/nn.yaml:79:7
%6523 = lt %6522, %5478 : bool[] @ models/lib/nn.yaml:79:7
%6524 = cast %6522 : f32[] @ models/lib/nn.yaml:79:7
%6525 = broadcast %6524 : f32[16,16] @ models/lib/nn.yaml:79:7
%6526 = mul %6515, %6525 : f32[16,16] @ models/lib/nn.yaml:79:7
%6527 = broadcast %6523 : bool[16,16] @ models/lib/nn.yaml:79:7
%6528 = select %6527, %6526, %6515 : f32[16,16] @ models/lib/nn.yaml:79:7
%6529 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6530 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6531 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6532 = add %6531, %5488 : i64[] @ models/lib/nn.yaml:79:7
%6533 = mul %26, %5894 : f32[16,16] @ models/lib/nn.yaml:79:7
%6534 = mul %6528, %5896 : f32[16,16] @ models/lib/nn.yaml:79:7
%6535 = mul %6529, %5898 : f32[16,16] @ models/lib/nn.yaml:79:7
%6536 = add %6535, %6534 : f32[16,16] @ models/lib/nn.yaml:79:7
%6537 = mul %6528, %6528 : f32[16,16] @ models/lib/nn.yaml:79:7
%6538 = mul %6537, %5902 : f32[16,16] @ models/lib/nn.yaml:79:7
%6539 = mul %6530, %5904 : f32[16,16] @ models/lib/nn.yaml:79:7
%6540 = add %6539, %6538 : f32[16,16] @ models/lib/nn.yaml:79:7
%6541 = cast %6532 : f64[] @ models/lib/nn.yaml:79:7
%6542 = pow %5497, %6541 : f64[] @ models/lib/nn.yaml:79:7
%6543 = sub %5478, %6542 : f64[] @ models/lib/nn.yaml:79:7
%6544 = div %3382, %6543 : f64[] @ models/lib/nn.yaml:79:7
%6545 = pow %5505, %6541 : f64[] @ models/lib/nn.yaml:79:7
%6546 = sub %5478, %6545 : f64[] @ models/lib/nn.yaml:79:7
%6547 = sqrt %6546 : f64[] @ models/lib/nn.yaml:79:7
%6548 = div %5478, %6547 : f64[] @ models/lib/nn.yaml:79:7
%6549 = sqrt %6540 : f32[16,16] @ models/lib/nn.yaml:79:7
%6550 = cast %6548 : f32[] @ models/lib/nn.yaml:79:7
%6551 = broadcast %6550 : f32[16,16] @ models/lib/nn.yaml:79:7
%6552 = mul %6549, %6551 : f32[16,16] @ models/lib/nn.yaml:79:7
%6553 = add %6552, %5919 : f32[16,16] @ models/lib/nn.yaml:79:7
%6554 = div %6536, %6553 : f32[16,16] @ models/lib/nn.yaml:79:7
%6555 = cast %6544 : f32[] @ models/lib/nn.yaml:79:7
%6556 = broadcast %6555 : f32[16,16] @ models/lib/nn.yaml:79:7
%6557 = mul %6554, %6556 : f32[16,16] @ models/lib/nn.yaml:79:7
%6558 = sub %6533, %6557 : f32[16,16] @ models/lib/nn.yaml:79:7
%6559 = assign %26, %6558 : f32[16,16] @ models/lib/nn.yaml:79:7
%6560 = assign %6529, %6536 : f32[16,16] @ models/lib/nn.yaml:79:7
%6561 = assign %6530, %6540 : f32[16,16] @ models/lib/nn.yaml:79:7
%6562 = assign %6531, %6532 : i64[] @ models/lib/nn.yaml:79:7
%6563 = mul %104, %5930 : f32[16,16] @ models/lib/nn.yaml:79:7
%6564 = mul %6558, %5932 : f32[16,16] @ models/lib/nn.yaml:79:7
%6565 = add %6563, %6564 : f32[16,16] @ models/lib/nn.yaml:79:7
%6566 = assign %104, %6565 : f32[16,16] @ models/lib/nn.yaml:79:7
%6567 = all_reduce_sum %5125 : f32[16] @ models/lib/nn.yaml:80:7
%6568 = mul %6567, %6567 : f32[16] @ models/lib/nn.yaml:80:7
%6569 = reduce_sum %6568 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6570 = sqrt %6569 : f32[] @ models/lib/nn.yaml:80:7
%6571 = cast %6570 : f64[] @ models/lib/nn.yaml:80:7
%6572 = add %6571, %5474 : f64[] @ models/lib/nn.yaml:80:7
%6573 = div %5476, %6572 : f64[] @ models/lib/nn.yaml:80:7
%6574 = lt %6573, %5478 : bool[] @ models/lib/nn.yaml:80:7
%6575 = cast %6573 : f32[] @ models/lib/nn.yaml:80:7
%6576 = broadcast %6575 : f32[16] @ models/lib/nn.yaml:80:7
%6577 = mul %6567, %6576 : f32[16] @ models/lib/nn.yaml:80:7
%6578 = broadcast %6574 : bool[16] @ models/lib/nn.yaml:80:7
%6579 = select %6578, %6577, %6567 : f32[16] @ models/lib/nn.yaml:80:7
%6580 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6581 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6582 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6583 = add %6582, %5488 : i64[] @ models/lib/nn.yaml:80:7
%6584 = mul %6579, %5619 : f32[16] @ models/lib/nn.yaml:80:7
%6585 = mul %6580, %5621 : f32[16] @ models/lib/nn.yaml:80:7
%6586 = add %6585, %6584 : f32[16] @ models/lib/nn.yaml:80:7
%6587 = mul %6579, %6579 : f32[16] @ models/lib/nn.yaml:80:7
%6588 = mul %6587, %5625 : f32[16] @ models/lib/nn.yaml:80:7
%6589 = mul %6581, %5627 : f32[16] @ models/lib/nn.yaml:80:7
%6590 = add %6589, %6588 : f32[16] @ models/lib/nn.yaml:80:7
%6591 = cast %6583 : f64[] @ models/lib/nn.yaml:80:7
%6592 = pow %5497, %6591 : f64[] @ models/lib/nn.yaml:80:7
%6593 = sub %5478, %6592 : f64[] @ models/lib/nn.yaml:80:7
%6594 = div %3382, %6593 : f64[] @ models/lib/nn.yaml:80:7
%6595 = pow %5505, %6591 : f64[] @ models/lib/nn.yaml:80:7
%6596 = sub %5478, %6595 : f64[] @ models/lib/nn.yaml:80:7
%6597 = sqrt %6596 : f64[] @ models/lib/nn.yaml:80:7
%6598 = div %5478, %6597 : f64[] @ models/lib/nn.yaml:80:7
%6599 = sqrt %6590 : f32[16] @ models/lib/nn.yaml:80:7
%6600 = cast %6598 : f32[] @ models/lib/nn.yaml:80:7
%6601 = broadcast %6600 : f32[16] @ models/lib/nn.yaml:80:7
%6602 = mul %6599, %6601 : f32[16] @ models/lib/nn.yaml:80:7
%6603 = add %6602, %5642 : f32[16] @ models/lib/nn.yaml:80:7
%6604 = div %6586, %6603 : f32[16] @ models/lib/nn.yaml:80:7
%6605 = cast %6594 : f32[] @ models/lib/nn.yaml:80:7
%6606 = broadcast %6605 : f32[16] @ models/lib/nn.yaml:80:7
%6607 = mul %6604, %6606 : f32[16] @ models/lib/nn.yaml:80:7
%6608 = sub %27, %6607 : f32[16] @ models/lib/nn.yaml:80:7
%6609 = assign %27, %6608 : f32[16] @ models/lib/nn.yaml:80:7
%6610 = assign %6580, %6586 : f32[16] @ models/lib/nn.yaml:80:7
%6611 = assign %6581, %6590 : f32[16] @ models/lib/nn.yaml:80:7
%6612 = assign %6582, %6583 : i64[] @ models/lib/nn.yaml:80:7
%6613 = mul %105, %5653 : f32[16] @ models/lib/nn.yaml:80:7
%6614 = mul %6608, %5655 : f32[16] @ models/lib/nn.yaml:80:7
%6615 = add %6613, %6614 : f32[16] @ models/lib/nn.yaml:80:7
%6616 = assign %105, %6615 : f32[16] @ models/lib/nn.yaml:80:7
%6617 = all_reduce_sum %5099 : f32[16] @ models/lib/nn.yaml:89:7
%6618 = mul %6617, %6617 : f32[16] @ models/lib/nn.yaml:89:7
%6619 = reduce_sum %6618 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6620 = sqrt %6619 : f32[] @ models/lib/nn.yaml:89:7
%6621 = cast %6620 : f64[] @ models/lib/nn.yaml:89:7
%6622 = add %6621, %5474 : f64[] @ models/lib/nn.yaml:89:7
%6623 = div %5476, %6622 : f64[] @ models/lib/nn.yaml:89:7
%6624 = lt %6623, %5478 : bool[] @ models/lib/nn.yaml:89:7
%6625 = cast %6623 : f32[] @ models/lib/nn.yaml:89:7
%6626 = broadcast %6625 : f32[16] @ models/lib/nn.yaml:89:7
%6627 = mul %6617, %6626 : f32[16] @ models/lib/nn.yaml:89:7
%6628 = broadcast %6624 : bool[16] @ models/lib/nn.yaml:89:7
%6629 = select %6628, %6627, %6617 : f32[16] @ models/lib/nn.yaml:89:7
%6630 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6631 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6632 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6633 = add %6632, %5488 : i64[] @ models/lib/nn.yaml:89:7
%6634 = mul %6629, %5619 : f32[16] @ models/lib/nn.yaml:89:7
%6635 = mul %6630, %5621 : f32[16] @ models/lib/nn.yaml:89:7
%6636 = add %6635, %6634 : f32[16] @ models/lib/nn.yaml:89:7
%6637 = mul %6629, %6629 : f32[16] @ models/lib/nn.yaml:89:7
%6638 = mul %6637, %5625 : f32[16] @ models/lib/nn.yaml:89:7
%6639 = mul %6631, %5627 : f32[16] @ models/lib/nn.yaml:89:7
%6640 = add %6639, %6638 : f32[16] @ models/lib/nn.yaml:89:7
%6641 = cast %6633 : f64[] @ models/lib/nn.yaml:89:7
%6642 = pow %5497, %6641 : f64[] @ models/lib/nn.yaml:89:7
%6643 = sub %5478, %6642 : f64[] @ models/lib/nn.yaml:89:7
%6644 = div %3382, %6643 : f64[] @ models/lib/nn.yaml:89:7
%6645 = pow %5505, %6641 : f64[] @ models/lib/nn.yaml:89:7
%6646 = sub %5478, %6645 : f64[] @ models/lib/nn.yaml:89:7
%6647 = sqrt %6646 : f64[] @ models/lib/nn.yaml:89:7
%6648 = div %5478, %6647 : f64[] @ models/lib/nn.yaml:89:7
%6649 = sqrt %6640 : f32[16] @ models/lib/nn.yaml:89:7
%6650 = cast %6648 : f32[] @ models/lib/nn.yaml:89:7
%6651 = broadcast %6650 : f32[16] @ models/lib/nn.yaml:89:7
%6652 = mul %6649, %6651 : f32[16] @ models/lib/nn.yaml:89:7
%6653 = add %6652, %5642 : f32[16] @ models/lib/nn.yaml:89:7
%6654 = div %6636, %6653 : f32[16] @ models/lib/nn.yaml:89:7
%6655 = cast %6644 : f32[] @ models/lib/nn.yaml:89:7
%6656 = broadcast %6655 : f32[16] @ models/lib/nn.yaml:89:7
%6657 = mul %6654, %6656 : f32[16] @ models/lib/nn.yaml:89:7
%6658 = sub %28, %6657 : f32[16] @ models/lib/nn.yaml:89:7
%6659 = assign %28, %6658 : f32[16] @ models/lib/nn.yaml:89:7
%6660 = assign %6630, %6636 : f32[16] @ models/lib/nn.yaml:89:7
%6661 = assign %6631, %6640 : f32[16] @ models/lib/nn.yaml:89:7
%6662 = assign %6632, %6633 : i64[] @ models/lib/nn.yaml:89:7
%6663 = mul %106, %5653 : f32[16] @ models/lib/nn.yaml:89:7
%6664 = mul %6658, %5655 : f32[16] @ models/lib/nn.yaml:89:7
%6665 = add %6663, %6664 : f32[16] @ models/lib/nn.yaml:89:7
%6666 = assign %106, %6665 : f32[16] @ models/lib/nn.yaml:89:7
%6667 = all_reduce_sum %5092 : f32[16] @ models/lib/nn.yaml:90:7
%6668 = mul %6667, %6667 : f32[16] @ models/lib/nn.yaml:90:7
%6669 = reduce_sum %6668 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6670 = sqrt %6669 : f32[] @ models/lib/nn.yaml:90:7
%6671 = cast %6670 : f64[] @ models/lib/nn.yaml:90:7
%6672 = add %6671, %5474 : f64[] @ models/lib/nn.yaml:90:7
%6673 = div %5476, %6672 : f64[] @ models/lib/nn.yaml:90:7
%6674 = lt %6673, %5478 : bool[] @ models/lib/nn.yaml:90:7
%6675 = cast %6673 : f32[] @ models/lib/nn.yaml:90:7
%6676 = broadcast %6675 : f32[16] @ models/lib/nn.yaml:90:7
%6677 = mul %6667, %6676 : f32[16] @ models/lib/nn.yaml:90:7
%6678 = broadcast %6674 : bool[16] @ models/lib/nn.yaml:90:7
%6679 = select %6678, %6677, %6667 : f32[16] @ models/lib/nn.yaml:90:7
%6680 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6681 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6682 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6683 = add %6682, %5488 : i64[] @ models/lib/nn.yaml:90:7
%6684 = mul %6679, %5619 : f32[16] @ models/lib/nn.yaml:90:7
%6685 = mul %6680, %5621 : f32[16] @ models/lib/nn.yaml:90:7
%6686 = add %6685, %6684 : f32[16] @ models/lib/nn.yaml:90:7
%6687 = mul %6679, %6679 : f32[16] @ models/lib/nn.yaml:90:7
%6688 = mul %6687, %5625 : f32[16] @ models/lib/nn.yaml:90:7
%6689 = mul %6681, %5627 : f32[16] @ models/lib/nn.yaml:90:7
%6690 = add %6689, %6688 : f32[16] @ models/lib/nn.yaml:90:7
%6691 = cast %6683 : f64[] @ models/lib/nn.yaml:90:7
%6692 = pow %5497, %6691 : f64[] @ models/lib/nn.yaml:90:7
%6693 = sub %5478, %6692 : f64[] @ models/lib/nn.yaml:90:7
%6694 = div %3382, %6693 : f64[] @ models/lib/nn.yaml:90:7
%6695 = pow %5505, %6691 : f64[] @ models/lib/nn.yaml:90:7
%6696 = sub %5478, %6695 : f64[] @ models/lib/nn.yaml:90:7
%6697 = sqrt %6696 : f64[] @ models/lib/nn.yaml:90:7
%6698 = div %5478, %6697 : f64[] @ models/lib/nn.yaml:90:7
%6699 = sqrt %6690 : f32[16] @ models/lib/nn.yaml:90:7
%6700 = cast %6698 : f32[] @ models/lib/nn.yaml:90:7
%6701 = broadcast %6700 : f32[16] @ models/lib/nn.yaml:90:7
%6702 = mul %6699, %6701 : f32[16] @ models/lib/nn.yaml:90:7
%6703 = add %6702, %5642 : f32[16] @ models/lib/nn.yaml:90:7
%6704 = div %6686, %6703 : f32[16] @ models/lib/nn.yaml:90:7
%6705 = cast %6694 : f32[] @ models/lib/nn.yaml:90:7
%6706 = broadcast %6705 : f32[16] @ models/lib/nn.yaml:90:7
%6707 = mul %6704, %6706 : f32[16] @ models/lib/nn.yaml:90:7
%6708 = sub %29, %6707 : f32[16] @ models/lib/nn.yaml:90:7
%6709 = assign %29, %6708 : f32[16] @ models/lib/nn.yaml:90:7
%6710 = assign %6680, %6686 : f32[16] @ models/lib/nn.yaml:90:7
%6711 = assign %6681, %6690 : f32[16] @ models/lib/nn.yaml:90:7
%6712 = assign %6682, %6683 : i64[] @ models/lib/nn.yaml:90:7
%6713 = mul %107, %5653 : f32[16] @ models/lib/nn.yaml:90:7
%6714 = mul %6708, %5655 : f32[16] @ models/lib/nn.yaml:90:7
%6715 = add %6713, %6714 : f32[16] @ models/lib/nn.yaml:90:7
%6716 = assign %107, %6715 : f32[16] @ models/lib/nn.yaml:90:7
%6717 = all_reduce_sum %5087 : f32[64,16] @ models/lib/nn.yaml:79:7
%6718 = reshape %6717 : f32[1024] @ models/lib/nn.yaml:79:7
%6719 = mul %6718, %6718 : f32[1024] @ models/lib/nn.yaml:79:7
%6720 = reduce_sum %6719 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6721 = sqrt %6720 : f32[] @ models/lib/nn.yaml:79:7
%6722 = cast %6721 : f64[] @ models/lib/nn.yaml:79:7
%6723 = add %6722, %5474 : f64[] @ models/lib/nn.yaml:79:7
%6724 = div %5476, %6723 : f64[] @ models/lib/nn.yaml:79:7
%6725 = lt %6724, %5478 : bool[] @ models/lib/nn.yaml:79:7
%6726 = cast %6724 : f32[] @ models/lib/nn.yaml:79:7
%6727 = broadcast %6726 : f32[64,16] @ models/lib/nn.yaml:79:7
%6728 = mul %6717, %6727 : f32[64,16] @ models/lib/nn.yaml:79:7
%6729 = broadcast %6725 : bool[64,16] @ models/lib/nn.yaml:79:7
%6730 = select %6729, %6728, %6717 : f32[64,16] @ models/lib/nn.yaml:79:7
%6731 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6732 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6733 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6734 = add %6733, %5488 : i64[] @ models/lib/nn.yaml:79:7
%6735 = mul %30, %6104 : f32[64,16] @ models/lib/nn.yaml:79:7
%6736 = mul %6730, %6106 : f32[64,16] @ models/lib/nn.yaml:79:7
%6737 = mul %6731, %6108 : f32[64,16] @ models/lib/nn.yaml:79:7
%6738 = add %6737, %6736 : f32[64,16] @ models/lib/nn.yaml:79:7
%6739 = mul %6730, %6730 : f32[64,16] @ models/lib/nn.yaml:79:7
%6740 = mul %6739, %6112 : f32[64,16] @ models/lib/nn.yaml:79:7
%6741 = mul %6732, %6114 : f32[64,16] @ models/lib/nn.yaml:79:7
%6742 = add %6741, %6740 : f32[64,16] @ models/lib/nn.yaml:79:7
%6743 = cast %6734 : f64[] @ models/lib/nn.yaml:79:7
%6744 = pow %5497, %6743 : f64[] @ models/lib/nn.yaml:79:7
%6745 = sub %5478, %6744 : f64[] @ models/lib/nn.yaml:79:7
%6746 = div %3382, %6745 : f64[] @ models/lib/nn.yaml:79:7
%6747 = pow %5505, %6743 : f64[] @ models/lib/nn.yaml:79:7
%6748 = sub %5478, %6747 : f64[] @ models/lib/nn.yaml:79:7
%6749 = sqrt %6748 : f64[] @ models/lib/nn.yaml:79:7
%6750 = div %5478, %6749 : f64[] @ models/lib/nn.yaml:79:7
%6751 = sqrt %6742 : f32[64,16] @ models/lib/nn.yaml:79:7
%6752 = cast %6750 : f32[] @ models/lib/nn.yaml:79:7
%6753 = broadcast %6752 : f32[64,16] @ models/lib/nn.yaml:79:7
%6754 = mul %6751, %6753 : f32[64,16] @ models/lib/nn.yaml:79:7
%6755 = add %6754, %6129 : f32[64,16] @ models/lib/nn.yaml:79:7
%6756 = div %6738, %6755 : f32[64,16] @ models/lib/nn.yaml:79:7
%6757 = cast %6746 : f32[] @ models/lib/nn.yaml:79:7
%6758 = broadcast %6757 : f32[64,16] @ models/lib/nn.yaml:79:7
%6759 = mul %6756, %6758 : f32[64,16] @ models/lib/nn.yaml:79:7
%6760 = sub %6735, %6759 : f32[64,16] @ models/lib/nn.yaml:79:7
%6761 = assign %30, %6760 : f32[64,16] @ models/lib/nn.yaml:79:7
%6762 = assign %6731, %6738 : f32[64,16] @ models/lib/nn.yaml:79:7
%6763 = assign %6732, %6742 : f32[64,16] @ models/lib/nn.yaml:79:7
%6764 = assign %6733, %6734 : i64[] @ models/lib/nn.yaml:79:7
%6765 = mul %108, %6140 : f32[64,16] @ models/lib/nn.yaml:79:7
%6766 = mul %6760, %6142 : f32[64,16] @ models/lib/nn.yaml:79:7
%6767 = add %6765, %6766 : f32[64,16] @ models/lib/nn.yaml:79:7
%6768 = assign %108, %6767 : f32[64,16] @ models/lib/nn.yaml:79:7
%6769 = all_reduce_sum %5082 : f32[64] @ models/lib/nn.yaml:80:7
%6770 = mul %6769, %6769 : f32[64] @ models/lib/nn.yaml:80:7
%6771 = reduce_sum %6770 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6772 = sqrt %6771 : f32[] @ models/lib/nn.yaml:80:7
%6773 = cast %6772 : f64[] @ models/lib/nn.yaml:80:7
%6774 = add %6773, %5474 : f64[] @ models/lib/nn.yaml:80:7
%6775 = div %5476, %6774 : f64[] @ models/lib/nn.yaml:80:7
%6776 = lt %6775, %5478 : bool[] @ models/lib/nn.yaml:80:7
%6777 = cast %6775 : f32[] @ models/lib/nn.yaml:80:7
%6778 = broadcast %6777 : f32[64] @ models/lib/nn.yaml:80:7
%6779 = mul %6769, %6778 : f32[64] @ models/lib/nn.yaml:80:7
%6780 = broadcast %6776 : bool[64] @ models/lib/nn.yaml:80:7
%6781 = select %6780, %6779, %6769 : f32[64] @ models/lib/nn.yaml:80:7
%6782 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6783 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6784 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6785 = add %6784, %5488 : i64[] @ models/lib/nn.yaml:80:7
%6786 = mul %6781, %6163 : f32[64] @ models/lib/nn.yaml:80:7
%6787 = mul %6782, %6165 : f32[64] @ models/lib/nn.yaml:80:7
%6788 = add %6787, %6786 : f32[64] @ models/lib/nn.yaml:80:7
%6789 = mul %6781, %6781 : f32[64] @ models/lib/nn.yaml:80:7
%6790 = mul %6789, %6169 : f32[64] @ models/lib/nn.yaml:80:7
%6791 = mul %6783, %6171 : f32[64] @ models/lib/nn.yaml:80:7
%6792 = add %6791, %6790 : f32[64] @ models/lib/nn.yaml:80:7
%6793 = cast %6785 : f64[] @ models/lib/nn.yaml:80:7
%6794 = pow %5497, %6793 : f64[] @ models/lib/nn.yaml:80:7
%6795 = sub %5478, %6794 : f64[] @ models/lib/nn.yaml:80:7
%6796 = div %3382, %6795 : f64[] @ models/lib/nn.yaml:80:7
%6797 = pow %5505, %6793 : f64[] @ models/lib/nn.yaml:80:7
%6798 = sub %5478, %6797 : f64[] @ models/lib/nn.yaml:80:7
%6799 = sqrt %6798 : f64[] @ models/lib/nn.yaml:80:7
%6800 = div %5478, %6799 : f64[] @ models/lib/nn.yaml:80:7
%6801 = sqrt %6792 : f32[64] @ models/lib/nn.yaml:80:7
%6802 = cast %6800 : f32[] @ models/lib/nn.yaml:80:7
%6803 = broadcast %6802 : f32[64] @ models/lib/nn.yaml:80:7
%6804 = mul %6801, %6803 : f32[64] @ models/lib/nn.yaml:80:7
%6805 = add %6804, %6186 : f32[64] @ models/lib/nn.yaml:80:7
%6806 = div %6788, %6805 : f32[64] @ models/lib/nn.yaml:80:7
%6807 = cast %6796 : f32[] @ models/lib/nn.yaml:80:7
%6808 = broadcast %6807 : f32[64] @ models/lib/nn.yaml:80:7
%6809 = mul %6806, %6808 : f32[64] @ models/lib/nn.yaml:80:7
%6810 = sub %31, %6809 : f32[64] @ models/lib/nn.yaml:80:7
%6811 = assign %31, %6810 : f32[64] @ models/lib/nn.yaml:80:7
%6812 = assign %6782, %6788 : f32[64] @ models/lib/nn.yaml:80:7
%6813 = assign %6783, %6792 : f32[64] @ models/lib/nn.yaml:80:7
%6814 = assign %6784, %6785 : i64[] @ models/lib/nn.yaml:80:7
%6815 = mul %109, %6197 : f32[64] @ models/lib/nn.yaml:80:7
%6816 = mul %6810, %6199 : f32[64] @ models/lib/nn.yaml:80:7
%6817 = add %6815, %6816 : f32[64] @ models/lib/nn.yaml:80:7
%6818 = assign %109, %6817 : f32[64] @ models/lib/nn.yaml:80:7
%6819 = all_reduce_sum %5061 : f32[16,64] @ models/lib/nn.yaml:79:7
%6820 = reshape %6819 : f32[1024] @ models/lib/nn.yaml:79:7
%6821 = mul %6820, %6820 : f32[1024] @ models/lib/nn.yaml:79:7
%6822 = reduce_sum %6821 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6823 = sqrt %6822 : f32[] @ models/lib/nn.yaml:79:7
%6824 = cast %6823 : f64[] @ models/lib/nn.yaml:79:7
%6825 = add %6824, %5474 : f64[] @ models/lib/nn.yaml:79:7
%6826 = div %5476, %6825 : f64[] @ models/lib/nn.yaml:79:7
%6827 = lt %6826, %5478 : bool[] @ models/lib/nn.yaml:79:7
%6828 = cast %6826 : f32[] @ models/lib/nn.yaml:79:7
%6829 = broadcast %6828 : f32[16,64] @ models/lib/nn.yaml:79:7
%6830 = mul %6819, %6829 : f32[16,64] @ models/lib/nn.yaml:79:7
%6831 = broadcast %6827 : bool[16,64] @ models/lib/nn.yaml:79:7
%6832 = select %6831, %6830, %6819 : f32[16,64] @ models/lib/nn.yaml:79:7
%6833 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6834 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6835 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6836 = add %6835, %5488 : i64[] @ models/lib/nn.yaml:79:7
%6837 = mul %32, %6221 : f32[16,64] @ models/lib/nn.yaml:79:7
%6838 = mul %6832, %6223 : f32[16,64] @ models/lib/nn.yaml:79:7
%6839 = mul %6833, %6225 : f32[16,64] @ models/lib/nn.yaml:79:7
%6840 = add %6839, %6838 : f32[16,64] @ models/lib/nn.yaml:79:7
%6841 = mul %6832, %6832 : f32[16,64] @ models/lib/nn.yaml:79:7
%6842 = mul %6841, %6229 : f32[16,64] @ models/lib/nn.yaml:79:7
%6843 = mul %6834, %6231 : f32[16,64] @ models/lib/nn.yaml:79:7
%6844 = add %6843, %6842 : f32[16,64] @ models/lib/nn.yaml:79:7
%6845 = cast %6836 : f64[] @ models/lib/nn.yaml:79:7
%6846 = pow %5497, %6845 : f64[] @ models/lib/nn.yaml:79:7
%6847 = sub %5478, %6846 : f64[] @ models/lib/nn.yaml:79:7
%6848 = div %3382, %6847 : f64[] @ models/lib/nn.yaml:79:7
%6849 = pow %5505, %6845 : f64[] @ models/lib/nn.yaml:79:7
%6850 = sub %5478, %6849 : f64[] @ models/lib/nn.yaml:79:7
%6851 = sqrt %6850 : f64[] @ models/lib/nn.yaml:79:7
%6852 = div %5478, %6851 : f64[] @ models/lib/nn.yaml:79:7
%6853 = sqrt %6844 : f32[16,64] @ models/lib/nn.yaml:79:7
%6854 = cast %6852 : f32[] @ models/lib/nn.yaml:79:7
%6855 = broadcast %6854 : f32[16,64] @ models/lib/nn.yaml:79:7
%6856 = mul %6853, %6855 : f32[16,64] @ models/lib/nn.yaml:79:7
%6857 = add %6856, %6246 : f32[16,64] @ models/lib/nn.yaml:79:7
%6858 = div %6840, %6857 : f32[16,64] @ models/lib/nn.yaml:79:7
%6859 = cast %6848 : f32[] @ models/lib/nn.yaml:79:7
%6860 = broadcast %6859 : f32[16,64] @ models/lib/nn.yaml:79:7
%6861 = mul %6858, %6860 : f32[16,64] @ models/lib/nn.yaml:79:7
%6862 = sub %6837, %6861 : f32[16,64] @ models/lib/nn.yaml:79:7
%6863 = assign %32, %6862 : f32[16,64] @ models/lib/nn.yaml:79:7
%6864 = assign %6833, %6840 : f32[16,64] @ models/lib/nn.yaml:79:7
%6865 = assign %6834, %6844 : f32[16,64] @ models/lib/nn.yaml:79:7
%6866 = assign %6835, %6836 : i64[] @ models/lib/nn.yaml:79:7
%6867 = mul %110, %6257 : f32[16,64] @ models/lib/nn.yaml:79:7
%6868 = mul %6862, %6259 : f32[16,64] @ models/lib/nn.yaml:79:7
%6869 = add %6867, %6868 : f32[16,64] @ models/lib/nn.yaml:79:7
%6870 = assign %110, %6869 : f32[16,64] @ models/lib/nn.yaml:79:7
%6871 = all_reduce_sum %5056 : f32[16] @ models/lib/nn.yaml:80:7
%6872 = mul %6871, %6871 : f32[16] @ models/lib/nn.yaml:80:7
%6873 = reduce_sum %6872 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6874 = sqrt %6873 : f32[] @ models/lib/nn.yaml:80:7
%6875 = cast %6874 : f64[] @ models/lib/nn.yaml:80:7
%6876 = add %6875, %5474 : f64[] @ models/lib/nn.yaml:80:7
%6877 = div %5476, %6876 : f64[] @ models/lib/nn.yaml:80:7
%6878 = lt %6877, %5478 : bool[] @ models/lib/nn.yaml:80:7
%6879 = cast %6877 : f32[] @ models/lib/nn.yaml:80:7
%6880 = broadcast %6879 : f32[16] @ models/lib/nn.yaml:80:7
%6881 = mul %6871, %6880 : f32[16] @ models/lib/nn.yaml:80:7
%6882 = broadcast %6878 : bool[16] @ models/lib/nn.yaml:80:7
%6883 = select %6882, %6881, %6871 : f32[16] @ models/lib/nn.yaml:80:7
%6884 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6885 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6886 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6887 = add %6886, %5488 : i64[] @ models/lib/nn.yaml:80:7
%6888 = mul %6883, %5619 : f32[16] @ models/lib/nn.yaml:80:7
%6889 = mul %6884, %5621 : f32[16] @ models/lib/nn.yaml:80:7
%6890 = add %6889, %6888 : f32[16] @ models/lib/nn.yaml:80:7
%6891 = mul %6883, %6883 : f32[16] @ models/lib/nn.yaml:80:7
%6892 = mul %6891, %5625 : f32[16] @ models/lib/nn.yaml:80:7
%6893 = mul %6885, %5627 : f32[16] @ models/lib/nn.yaml:80:7
%6894 = add %6893, %6892 : f32[16] @ models/lib/nn.yaml:80:7
%6895 = cast %6887 : f64[] @ models/lib/nn.yaml:80:7
%6896 = pow %5497, %6895 : f64[] @ models/lib/nn.yaml:80:7
%6897 = sub %5478, %6896 : f64[] @ models/lib/nn.yaml:80:7
%6898 = div %3382, %6897 : f64[] @ models/lib/nn.yaml:80:7
%6899 = pow %5505, %6895 : f64[] @ models/lib/nn.yaml:80:7
%6900 = sub %5478, %6899 : f64[] @ models/lib/nn.yaml:80:7
%6901 = sqrt %6900 : f64[] @ models/lib/nn.yaml:80:7
%6902 = div %5478, %6901 : f64[] @ models/lib/nn.yaml:80:7
%6903 = sqrt %6894 : f32[16] @ models/lib/nn.yaml:80:7
%6904 = cast %6902 : f32[] @ models/lib/nn.yaml:80:7
%6905 = broadcast %6904 : f32[16] @ models/lib/nn.yaml:80:7
%6906 = mul %6903, %6905 : f32[16] @ models/lib/nn.yaml:80:7
%6907 = add %6906, %5642 : f32[16] @ models/lib/nn.yaml:80:7
%6908 = div %6890, %6907 : f32[16] @ models/lib/nn.yaml:80:7
%6909 = cast %6898 : f32[] @ models/lib/nn.yaml:80:7
%6910 = broadcast %6909 : f32[16] @ models/lib/nn.yaml:80:7
%6911 = mul %6908, %6910 : f32[16] @ models/lib/nn.yaml:80:7
%6912 = sub %33, %6911 : f32[16] @ models/lib/nn.yaml:80:7
%6913 = assign %33, %6912 : f32[16] @ models/lib/nn.yaml:80:7
%6914 = assign %6884, %6890 : f32[16] @ models/lib/nn.yaml:80:7
%6915 = assign %6885, %6894 : f32[16] @ models/lib/nn.yaml:80:7
%6916 = assign %6886, %6887 : i64[] @ models/lib/nn.yaml:80:7
%6917 = mul %111, %5653 : f32[16] @ models/lib/nn.yaml:80:7
%6918 = mul %6912, %5655 : f32[16] @ models/lib/nn.yaml:80:7
%6919 = add %6917, %6918 : f32[16] @ models/lib/nn.yaml:80:7
%6920 = assign %111, %6919 : f32[16] @ models/lib/nn.yaml:80:7
%6921 = all_reduce_sum %5049 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6922 = reshape %6921 : f32[16] @ models/lib/vit.yaml:103:7
%6923 = mul %6922, %6922 : f32[16] @ models/lib/vit.yaml:103:7
%6924 = reduce_sum %6923 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%6925 = sqrt %6924 : f32[] @ models/lib/vit.yaml:103:7
%6926 = cast %6925 : f64[] @ models/lib/vit.yaml:103:7
%6927 = add %6926, %5474 : f64[] @ models/lib/vit.yaml:103:7
%6928 = div %5476, %6927 : f64[] @ models/lib/vit.yaml:103:7
%6929 = lt %6928, %5478 : bool[] @ models/lib/vit.yaml:103:7
%6930 = cast %6928 : f32[] @ models/lib/vit.yaml:103:7
%6931 = broadcast %6930 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6932 = mul %6921, %6931 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6933 = broadcast %6929 : bool[1,1,16] @ models/lib/vit.yaml:103:7
%6934 = select %6933, %6932, %6921 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6935 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6936 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6937 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%6938 = add %6937, %5488 : i64[] @ models/lib/vit.yaml:103:7
%6939 = broadcast %5492 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6940 = mul %34, %6939 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6941 = broadcast %3111 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6942 = mul %6934, %6941 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6943 = broadcast %2138 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6944 = mul %6935, %6943 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6945 = add %6944, %6942 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6946 = mul %6934, %6934 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6947 = broadcast %5502 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6948 = mul %6946, %6947 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6949 = broadcast %5506 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6950 = mul %6936, %6949 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6951 = add %6950, %6948 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6952 = cast %6938 : f64[] @ models/lib/vit.yaml:103:7
%6953 = pow %5497, %6952 : f64[] @ models/lib/vit.yaml:103:7
%6954 = sub %5478, %6953 : f64[] @ models/lib/vit.yaml:103:7
%6955 = div %3382, %6954 : f64[] @ models/lib/vit.yaml:103:7
%6956 = pow %5505, %6952 : f64[] @ models/lib/vit.yaml:103:7
%6957 = sub %5478, %6956 : f64[] @ models/lib/vit.yaml:103:7
%6958 = sqrt %6957 : f64[] @ models/lib/vit.yaml:103:7
%6959 = div %5478, %6958 : f64[] @ models/lib/vit.yaml:103:7
%6960 = sqrt %6951 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6961 = cast %6959 : f32[] @ models/lib/vit.yaml:103:7
%6962 = broadcast %6961 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6963 = mul %6960, %6962 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6964 = broadcast %5522 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6965 = add %6963, %6964 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6966 = div %6945, %6965 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6967 = cast %6955 : f32[] @ models/lib/vit.yaml:103:7
%6968 = broadcast %6967 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6969 = mul %6966, %6968 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6970 = sub %6940, %6969 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6971 = assign %34, %6970 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6972 = assign %6935, %6945 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6973 = assign %6936, %6951 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6974 = assign %6937, %6938 : i64[] @ models/lib/vit.yaml:103:7
%6975 = broadcast %3 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6976 = mul %112, %6975 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6977 = broadcast %5537 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6978 = mul %6970, %6977 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6979 = add %6976, %6978 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6980 = assign %112, %6979 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6981 = all_reduce_sum %5026 : f32[16] @ models/lib/nn.yaml:89:7
%6982 = mul %6981, %6981 : f32[16] @ models/lib/nn.yaml:89:7
%6983 = reduce_sum %6982 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6984 = sqrt %6983 : f32[] @ models/lib/nn.yaml:89:7
%6985 = cast %6984 : f64[] @ models/lib/nn.yaml:89:7
%6986 = add %6985, %5474 : f64[] @ models/lib/nn.yaml:89:7
%6987 = div %5476, %6986 : f64[] @ models/lib/nn.yaml:89:7
%6988 = lt %6987, %5478 : bool[] @ models/lib/nn.yaml:89:7
%6989 = cast %6987 : f32[] @ models/lib/nn.yaml:89:7
%6990 = broadcast %6989 : f32[16] @ models/lib/nn.yaml:89:7
%6991 = mul %6981, %6990 : f32[16] @ models/lib/nn.yaml:89:7
%6992 = broadcast %6988 : bool[16] @ models/lib/nn.yaml:89:7
%6993 = select %6992, %6991, %6981 : f32[16] @ models/lib/nn.yaml:89:7
%6994 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6995 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6996 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6997 = add %6996, %5488 : i64[] @ models/lib/nn.yaml:89:7
%6998 = mul %6993, %5619 : f32[16] @ models/lib/nn.yaml:89:7
%6999 = mul %6994, %5621 : f32[16] @ models/lib/nn.yaml:89:7
%7000 = add %6999, %6998 : f32[16] @ models/lib/nn.yaml:89:7
%7001 = mul %6993, %6993 : f32[16] @ models/lib/nn.yaml:89:7
%7002 = mul %7001, %5625 : f32[16] @ models/lib/nn.yaml:89:7
%7003 = mul %6995, %5627 : f32[16] @ models/lib/nn.yaml:89:7
%7004 = add %7003, %7002 : f32[16] @ models/lib/nn.yaml:89:7
%7005 = cast %6997 : f64[] @ models/lib/nn.yaml:89:7
%7006 = pow %5497, %7005 : f64[] @ models/lib/nn.yaml:89:7
%7007 = sub %5478, %7006 : f64[] @ models/lib/nn.yaml:89:7
%7008 = div %3382, %7007 : f64[] @ models/lib/nn.yaml:89:7
%7009 = pow %5505, %7005 : f64[] @ models/lib/nn.yaml:89:7
%7010 = sub %5478, %7009 : f64[] @ models/lib/nn.yaml:89:7
%7011 = sqrt %7010 : f64[] @ models/lib/nn.yaml:89:7
%7012 = div %5478, %7011 : f64[] @ models/lib/nn.yaml:89:7
%7013 = sqrt %7004 : f32[16] @ models/lib/nn.yaml:89:7
%7014 = cast %7012 : f32[] @ models/lib/nn.yaml:89:7
%7015 = broadcast %7014 : f32[16] @ models/lib/nn.yaml:89:7
%7016 = mul %7013, %7015 : f32[16] @ models/lib/nn.yaml:89:7
%7017 = add %7016, %5642 : f32[16] @ models/lib/nn.yaml:89:7
%7018 = div %7000, %7017 : f32[16] @ models/lib/nn.yaml:89:7
%7019 = cast %7008 : f32[] @ models/lib/nn.yaml:89:7
%7020 = broadcast %7019 : f32[16] @ models/lib/nn.yaml:89:7
%7021 = mul %7018, %7020 : f32[16] @ models/lib/nn.yaml:89:7
%7022 = sub %35, %7021 : f32[16] @ models/lib/nn.yaml:89:7
%7023 = assign %35, %7022 : f32[16] @ models/lib/nn.yaml:89:7
%7024 = assign %6994, %7000 : f32[16] @ models/lib/nn.yaml:89:7
%7025 = assign %6995, %7004 : f32[16] @ models/lib/nn.yaml:89:7
%7026 = assign %6996, %6997 : i64[] @ models/lib/nn.yaml:89:7
%7027 = mul %113, %5653 : f32[16] @ models/lib/nn.yaml:89:7
%7028 = mul %7022, %5655 : f32[16] @ models/lib/nn.yaml:89:7
%7029 = add %7027, %7028 : f32[16] @ models/lib/nn.yaml:89:7
%7030 = assign %113, %7029 : f32[16] @ models/lib/nn.yaml:89:7
%7031 = all_reduce_sum %5019 : f32[16] @ models/lib/nn.yaml:90:7
%7032 = mul %7031, %7031 : f32[16] @ models/lib/nn.yaml:90:7
%7033 = reduce_sum %7032 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7034 = sqrt %7033 : f32[] @ models/lib/nn.yaml:90:7
%7035 = cast %7034 : f64[] @ models/lib/nn.yaml:90:7
%7036 = add %7035, %5474 : f64[] @ models/lib/nn.yaml:90:7
%7037 = div %5476, %7036 : f64[] @ models/lib/nn.yaml:90:7
%7038 = lt %7037, %5478 : bool[] @ models/lib/nn.yaml:90:7
%7039 = cast %7037 : f32[] @ models/lib/nn.yaml:90:7
%7040 = broadcast %7039 : f32[16] @ models/lib/nn.yaml:90:7
%7041 = mul %7031, %7040 : f32[16] @ models/lib/nn.yaml:90:7
%7042 = broadcast %7038 : bool[16] @ models/lib/nn.yaml:90:7
%7043 = select %7042, %7041, %7031 : f32[16] @ models/lib/nn.yaml:90:7
%7044 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7045 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7046 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7047 = add %7046, %5488 : i64[] @ models/lib/nn.yaml:90:7
%7048 = mul %7043, %5619 : f32[16] @ models/lib/nn.yaml:90:7
%7049 = mul %7044, %5621 : f32[16] @ models/lib/nn.yaml:90:7
%7050 = add %7049, %7048 : f32[16] @ models/lib/nn.yaml:90:7
%7051 = mul %7043, %7043 : f32[16] @ models/lib/nn.yaml:90:7
%7052 = mul %7051, %5625 : f32[16] @ models/lib/nn.yaml:90:7
%7053 = mul %7045, %5627 : f32[16] @ models/lib/nn.yaml:90:7
%7054 = add %7053, %7052 : f32[16] @ models/lib/nn.yaml:90:7
%7055 = cast %7047 : f64[] @ models/lib/nn.yaml:90:7
%7056 = pow %5497, %7055 : f64[] @ models/lib/nn.yaml:90:7
%7057 = sub %5478, %7056 : f64[] @ models/lib/nn.yaml:90:7
%7058 = div %3382, %7057 : f64[] @ models/lib/nn.yaml:90:7
%7059 = pow %5505, %7055 : f64[] @ models/lib/nn.yaml:90:7
%7060 = sub %5478, %7059 : f64[] @ models/lib/nn.yaml:90:7
%7061 = sqrt %7060 : f64[] @ models/lib/nn.yaml:90:7
%7062 = div %5478, %7061 : f64[] @ models/lib/nn.yaml:90:7
%7063 = sqrt %7054 : f32[16] @ models/lib/nn.yaml:90:7
%7064 = cast %7062 : f32[] @ models/lib/nn.yaml:90:7
%7065 = broadcast %7064 : f32[16] @ models/lib/nn.yaml:90:7
%7066 = mul %7063, %7065 : f32[16] @ models/lib/nn.yaml:90:7
%7067 = add %7066, %5642 : f32[16] @ models/lib/nn.yaml:90:7
%7068 = div %7050, %7067 : f32[16] @ models/lib/nn.yaml:90:7
%7069 = cast %7058 : f32[] @ models/lib/nn.yaml:90:7
%7070 = broadcast %7069 : f32[16] @ models/lib/nn.yaml:90:7
%7071 = mul %7068, %7070 : f32[16] @ models/lib/nn.yaml:90:7
%7072 = sub %36, %7071 : f32[16] @ models/lib/nn.yaml:90:7
%7073 = assign %36, %7072 : f32[16] @ models/lib/nn.yaml:90:7
%7074 = assign %7044, %7050 : f32[16] @ models/lib/nn.yaml:90:7
%7075 = assign %7045, %7054 : f32[16] @ models/lib/nn.yaml:90:7
%7076 = assign %7046, %7047 : i64[] @ models/lib/nn.yaml:90:7
%7077 = mul %114, %5653 : f32[16] @ models/lib/nn.yaml:90:7
%7078 = mul %7072, %5655 : f32[16] @ models/lib/nn.yaml:90:7
%7079 = add %7077, %7078 : f32[16] @ models/lib/nn.yaml:90:7
%7080 = assign %114, %7079 : f32[16] @ models/lib/nn.yaml:90:7
%7081 = all_reduce_sum %5012 : f32[16,16] @ models/lib/nn.yaml:79:7
%7082 = reshape %7081 : f32[256] @ models/lib/nn.yaml:79:7
%7083 = mul %7082, %7082 : f32[256] @ models/lib/nn.yaml:79:7
%7084 = reduce_sum %7083 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7085 = sqrt %7084 : f32[] @ models/lib/nn.yaml:79:7
%7086 = cast %7085 : f64[] @ models/lib/nn.yaml:79:7
%7087 = add %7086, %5474 : f64[] @ models/lib/nn.yaml:79:7
%7088 = div %5476, %7087 : f64[] @ models/lib/nn.yaml:79:7
%7089 = lt %7088, %5478 : bool[] @ models/lib/nn.yaml:79:7
%7090 = cast %7088 : f32[] @ models/lib/nn.yaml:79:7
%7091 = broadcast %7090 : f32[16,16] @ models/lib/nn.yaml:79:7
%7092 = mul %7081, %7091 : f32[16,16] @ models/lib/nn.yaml:79:7
%7093 = broadcast %7089 : bool[16,16] @ models/lib/nn.yaml:79:7
%7094 = select %7093, %7092, %7081 : f32[16,16] @ models/lib/nn.yaml:79:7
%7095 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7096 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7097 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7098 = add %7097, %5488 : i64[] @ models/lib/nn.yaml:79:7
%7099 = mul %37, %5894 : f32[16,16] @ models/lib/nn.yaml:79:7
%7100 = mul %7094, %5896 : f32[16,16] @ models/lib/nn.yaml:79:7
%7101 = mul %7095, %5898 : f32[16,16] @ models/lib/nn.yaml:79:7
%7102 = add %7101, %7100 : f32[16,16] @ models/lib/nn.yaml:79:7
%7103 = mul %7094, %7094 : f32[16,16] @ models/lib/nn.yaml:79:7
%7104 = mul %7103, %5902 : f32[16,16] @ models/lib/nn.yaml:79:7
%7105 = mul %7096, %5904 : f32[16,16] @ models/lib/nn.yaml:79:7
%7106 = add %7105, %7104 : f32[16,16] @ models/lib/nn.yaml:79:7
%7107 = cast %7098 : f64[] @ models/lib/nn.yaml:79:7
%7108 = pow %5497, %7107 : f64[] @ models/lib/nn.yaml:79:7
%7109 = sub %5478, %7108 : f64[] @ models/lib/nn.yaml:79:7
%7110 = div %3382, %7109 : f64[] @ models/lib/nn.yaml:79:7
%7111 = pow %5505, %7107 : f64[] @ models/lib/nn.yaml:79:7
%7112 = sub %5478, %7111 : f64[] @ models/lib/nn.yaml:79:7
%7113 = sqrt %7112 : f64[] @ models/lib/nn.yaml:79:7
%7114 = div %5478, %7113 : f64[] @ models/lib/nn.yaml:79:7
%7115 = sqrt %7106 : f32[16,16] @ models/lib/nn.yaml:79:7
%7116 = cast %7114 : f32[] @ models/lib/nn.yaml:79:7
%7117 = broadcast %7116 : f32[16,16] @ models/lib/nn.yaml:79:7
%7118 = mul %7115, %7117 : f32[16,16] @ models/lib/nn.yaml:79:7
%7119 = add %7118, %5919 : f32[16,16] @ models/lib/nn.yaml:79:7
%7120 = div %7102, %7119 : f32[16,16] @ models/lib/nn.yaml:79:7
%7121 = cast %7110 : f32[] @ models/lib/nn.yaml:79:7
%7122 = broadcast %7121 : f32[16,16] @ models/lib/nn.yaml:79:7
%7123 = mul %7120, %7122 : f32[16,16] @ models/lib/nn.yaml:79:7
%7124 = sub %7099, %7123 : f32[16,16] @ models/lib/nn.yaml:79:7
%7125 = assign %37, %7124 : f32[16,16] @ models/lib/nn.yaml:79:7
%7126 = assign %7095, %7102 : f32[16,16] @ models/lib/nn.yaml:79:7
%7127 = assign %7096, %7106 : f32[16,16] @ models/lib/nn.yaml:79:7
%7128 = assign %7097, %7098 : i64[] @ models/lib/nn.yaml:79:7
%7129 = mul %115, %5930 : f32[16,16] @ models/lib/nn.yaml:79:7
%7130 = mul %7124, %5932 : f32[16,16] @ models/lib/nn.yaml:79:7
%7131 = add %7129, %7130 : f32[16,16] @ models/lib/nn.yaml:79:7
%7132 = assign %115, %7131 : f32[16,16] @ models/lib/nn.yaml:79:7
%7133 = all_reduce_sum %5007 : f32[16] @ models/lib/nn.yaml:80:7
%7134 = mul %7133, %7133 : f32[16] @ models/lib/nn.yaml:80:7
%7135 = reduce_sum %7134 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7136 = sqrt %7135 : f32[] @ models/lib/nn.yaml:80:7
%7137 = cast %7136 : f64[] @ models/lib/nn.yaml:80:7
%7138 = add %7137, %5474 : f64[] @ models/lib/nn.yaml:80:7
%7139 = div %5476, %7138 : f64[] @ models/lib/nn.yaml:80:7
%7140 = lt %7139, %5478 : bool[] @ models/lib/nn.yaml:80:7
%7141 = cast %7139 : f32[] @ models/lib/nn.yaml:80:7
%7142 = broadcast %7141 : f32[16] @ models/lib/nn.yaml:80:7
%7143 = mul %7133, %7142 : f32[16] @ models/lib/nn.yaml:80:7
%7144 = broadcast %7140 : bool[16] @ models/lib/nn.yaml:80:7
%7145 = select %7144, %7143, %7133 : f32[16] @ models/lib/nn.yaml:80:7
%7146 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7147 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7148 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7149 = add %7148, %5488 : i64[] @ models/lib/nn.yaml:80:7
%7150 = mul %7145, %5619 : f32[16] @ models/lib/nn.yaml:80:7
%7151 = mul %7146, %5621 : f32[16] @ models/lib/nn.yaml:80:7
%7152 = add %7151, %7150 : f32[16] @ models/lib/nn.yaml:80:7
%7153 = mul %7145, %7145 : f32[16] @ models/lib/nn.yaml:80:7
%7154 = mul %7153, %5625 : f32[16] @ models/lib/nn.yaml:80:7
%7155 = mul %7147, %5627 : f32[16] @ models/lib/nn.yaml:80:7
%7156 = add %7155, %7154 : f32[16] @ models/lib/nn.yaml:80:7
%7157 = cast %7149 : f64[] @ models/lib/nn.yaml:80:7
%7158 = pow %5497, %7157 : f64[] @ models/lib/nn.yaml:80:7
%7159 = sub %5478, %7158 : f64[] @ models/lib/nn.yaml:80:7
%7160 = div %3382, %7159 : f64[] @ models/lib/nn.yaml:80:7
%7161 = pow %5505, %7157 : f64[] @ models/lib/nn.yaml:80:7
%7162 = sub %5478, %7161 : f64[] @ models/lib/nn.yaml:80:7
%7163 = sqrt %7162 : f64[] @ models/lib/nn.yaml:80:7
%7164 = div %5478, %7163 : f64[] @ models/lib/nn.yaml:80:7
%7165 = sqrt %7156 : f32[16] @ models/lib/nn.yaml:80:7
%7166 = cast %7164 : f32[] @ models/lib/nn.yaml:80:7
%7167 = broadcast %7166 : f32[16] @ models/lib/nn.yaml:80:7
%7168 = mul %7165, %7167 : f32[16] @ models/lib/nn.yaml:80:7
%7169 = add %7168, %5642 : f32[16] @ models/lib/nn.yaml:80:7
%7170 = div %7152, %7169 : f32[16] @ models/lib/nn.yaml:80:7
%7171 = cast %7160 : f32[] @ models/lib/nn.yaml:80:7
%7172 = broadcast %7171 : f32[16] @ models/lib/nn.yaml:80:7
%7173 = mul %7170, %7172 : f32[16] @ models/lib/nn.yaml:80:7
%7174 = sub %38, %7173 : f32[16] @ models/lib/nn.yaml:80:7
%7175 = assign %38, %7174 : f32[16] @ models/lib/nn.yaml:80:7
%7176 = assign %7146, %7152 : f32[16] @ models/lib/nn.yaml:80:7
%7177 = assign %7147, %7156 : f32[16] @ models/lib/nn.yaml:80:7
%7178 = assign %7148, %7149 : i64[] @ models/lib/nn.yaml:80:7
%7179 = mul %116, %5653 : f32[16] @ models/lib/nn.yaml:80:7
%7180 = mul %7174, %5655 : f32[16] @ models/lib/nn.yaml:80:7
%7181 = add %7179, %7180 : f32[16] @ models/lib/nn.yaml:80:7
%7182 = assign %116, %7181 : f32[16] @ models/lib/nn.yaml:80:7
%7183 = all_reduce_sum %5002 : f32[16,16] @ models/lib/nn.yaml:79:7
%7184 = reshape %7183 : f32[256] @ models/lib/nn.yaml:79:7
%7185 = mul %7184, %7184 : f32[256] @ models/lib/nn.yaml:79:7
%7186 = reduce_sum %7185 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7187 = sqrt %7186 : f32[] @ models/lib/nn.yaml:79:7
%7188 = cast %7187 : f64[] @ models/lib/nn.yaml:79:7
%7189 = add %7188, %5474 : f64[] @ models/lib/nn.yaml:79:7
%7190 = div %5476, %7189 : f64[] @ models/lib/nn.yaml:79:7
%7191 = lt %7190, %5478 : bool[] @ models/lib/nn.yaml:79:7
%7192 = cast %7190 : f32[] @ models/lib/nn.yaml:79:7
%7193 = broadcast %7192 : f32[16,16] @ models/lib/nn.yaml:79:7
%7194 = mul %7183, %7193 : f32[16,16] @ models/lib/nn.yaml:79:7
%7195 = broadcast %7191 : bool[16,16] @ models/lib/nn.yaml:79:7
%7196 = select %7195, %7194, %7183 : f32[16,16] @ models/lib/nn.yaml:79:7
%7197 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7198 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7199 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7200 = add %7199, %5488 : i64[] @ models/lib/nn.yaml:79:7
%7201 = mul %39, %5894 : f32[16,16] @ models/lib/nn.yaml:79:7
%7202 = mul %7196, %5896 : f32[16,16] @ models/lib/nn.yaml:79:7
%7203 = mul %7197, %5898 : f32[16,16] @ models/lib/nn.yaml:79:7
%7204 = add %7203, %7202 : f32[16,16] @ models/lib/nn.yaml:79:7
%7205 = mul %7196, %7196 : f32[16,16] @ models/lib/nn.yaml:79:7
%7206 = mul %7205, %5902 : f32[16,16] @ models/lib/nn.yaml:79:7
%7207 = mul %7198, %5904 : f32[16,16] @ models/lib/nn.yaml:79:7
%7208 = add %7207, %7206 : f32[16,16] @ models/lib/nn.yaml:79:7
%7209 = cast %7200 : f64[] @ models/lib/nn.yaml:79:7
%7210 = pow %5497, %7209 : f64[] @ models/lib/nn.yaml:79:7
%7211 = sub %5478, %7210 : f64[] @ models/lib/nn.yaml:79:7
%7212 = div %3382, %7211 : f64[] @ models/lib/nn.yaml:79:7
%7213 = pow %5505, %7209 : f64[] @ models/lib/nn.yaml:79:7
%7214 = sub %5478, %7213 : f64[] @ models/lib/nn.yaml:79:7
%7215 = sqrt %7214 : f64[] @ models/lib/nn.yaml:79:7
%7216 = div %5478, %7215 : f64[] @ models/lib/nn.yaml:79:7
%7217 = sqrt %7208 : f32[16,16] @ models/lib/nn.yaml:79:7
%7218 = cast %7216 : f32[] @ models/lib/nn.yaml:79:7
%7219 = broadcast %7218 : f32[16,16] @ models/lib/nn.yaml:79:7
%7220 = mul %7217, %7219 : f32[16,16] @ models/lib/nn.yaml:79:7
%7221 = add %7220, %5919 : f32[16,16] @ models/lib/nn.yaml:79:7
%7222 = div %7204, %7221 : f32[16,16] @ models/lib/nn.yaml:79:7
%7223 = cast %7212 : f32[] @ models/lib/nn.yaml:79:7
%7224 = broadcast %7223 : f32[16,16] @ models/lib/nn.yaml:79:7
%7225 = mul %7222, %7224 : f32[16,16] @ models/lib/nn.yaml:79:7
%7226 = sub %7201, %7225 : f32[16,16] @ models/lib/nn.yaml:79:7
%7227 = assign %39, %7226 : f32[16,16] @ models/lib/nn.yaml:79:7
%7228 = assign %7197, %7204 : f32[16,16] @ models/lib/nn.yaml:79:7
%7229 = assign %7198, %7208 : f32[16,16] @ models/lib/nn.yaml:79:7
%7230 = assign %7199, %7200 : i64[] @ models/lib/nn.yaml:79:7
%7231 = mul %117, %5930 : f32[16,16] @ models/lib/nn.yaml:79:7
%7232 = mul %7226, %5932 : f32[16,16] @ models/lib/nn.yaml:79:7
%7233 = add %7231, %7232 : f32[16,16] @ models/lib/nn.yaml:79:7
%7234 = assign %117, %7233 : f32[16,16] @ models/lib/nn.yaml:79:7
%7235 = all_reduce_sum %4997 : f32[16] @ models/lib/nn.yaml:80:7
%7236 = mul %7235, %7235 : f32[16] @ models/lib/nn.yaml:80:7
%7237 = reduce_sum %7236 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7238 = sqrt %7237 : f32[] @ models/lib/nn.yaml:80:7
%7239 = cast %7238 : f64[] @ models/lib/nn.yaml:80:7
%7240 = add %7239, %5474 : f64[] @ models/lib/nn.yaml:80:7
%7241 = div %5476, %7240 : f64[] @ models/lib/nn.yaml:80:7
%7242 = lt %7241, %5478 : bool[] @ models/lib/nn.yaml:80:7
%7243 = cast %7241 : f32[] @ models/lib/nn.yaml:80:7
%7244 = broadcast %7243 : f32[16] @ models/lib/nn.yaml:80:7
%7245 = mul %7235, %7244 : f32[16] @ models/lib/nn.yaml:80:7
%7246 = broadcast %7242 : bool[16] @ models/lib/nn.yaml:80:7
%7247 = select %7246, %7245, %7235 : f32[16] @ models/lib/nn.yaml:80:7
%7248 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7249 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7250 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7251 = add %7250, %5488 : i64[] @ models/lib/nn.yaml:80:7
%7252 = mul %7247, %5619 : f32[16] @ models/lib/nn.yaml:80:7
%7253 = mul %7248, %5621 : f32[16] @ models/lib/nn.yaml:80:7
%7254 = add %7253, %7252 : f32[16] @ models/lib/nn.yaml:80:7
%7255 = mul %7247, %7247 : f32[16] @ models/lib/nn.yaml:80:7
%7256 = mul %7255, %5625 : f32[16] @ models/lib/nn.yaml:80:7
%7257 = mul %7249, %5627 : f32[16] @ models/lib/nn.yaml:80:7
%7258 = add %7257, %7256 : f32[16] @ models/lib/nn.yaml:80:7
%7259 = cast %7251 : f64[] @ models/lib/nn.yaml:80:7
%7260 = pow %5497, %7259 : f64[] @ models/lib/nn.yaml:80:7
%7261 = sub %5478, %7260 : f64[] @ models/lib/nn.yaml:80:7
%7262 = div %3382, %7261 : f64[] @ models/lib/nn.yaml:80:7
%7263 = pow %5505, %7259 : f64[] @ models/lib/nn.yaml:80:7
%7264 = sub %5478, %7263 : f64[] @ models/lib/nn.yaml:80:7
%7265 = sqrt %7264 : f64[] @ models/lib/nn.yaml:80:7
%7266 = div %5478, %7265 : f64[] @ models/lib/nn.yaml:80:7
%7267 = sqrt %7258 : f32[16] @ models/lib/nn.yaml:80:7
%7268 = cast %7266 : f32[] @ models/lib/nn.yaml:80:7
%7269 = broadcast %7268 : f32[16] @ models/lib/nn.yaml:80:7
%7270 = mul %7267, %7269 : f32[16] @ models/lib/nn.yaml:80:7
%7271 = add %7270, %5642 : f32[16] @ models/lib/nn.yaml:80:7
%7272 = div %7254, %7271 : f32[16] @ models/lib/nn.yaml:80:7
%7273 = cast %7262 : f32[] @ models/lib/nn.yaml:80:7
%7274 = broadcast %7273 : f32[16] @ models/lib/nn.yaml:80:7
%7275 = mul %7272, %7274 : f32[16] @ models/lib/nn.yaml:80:7
%7276 = sub %40, %7275 : f32[16] @ models/lib/nn.yaml:80:7
%7277 = assign %40, %7276 : f32[16] @ models/lib/nn.yaml:80:7
%7278 = assign %7248, %7254 : f32[16] @ models/lib/nn.yaml:80:7
%7279 = assign %7249, %7258 : f32[16] @ models/lib/nn.yaml:80:7
%7280 = assign %7250, %7251 : i64[] @ models/lib/nn.yaml:80:7
%7281 = mul %118, %5653 : f32[16] @ models/lib/nn.yaml:80:7
%7282 = mul %7276, %5655 : f32[16] @ models/lib/nn.yaml:80:7
%7283 = add %7281, %7282 : f32[16] @ models/lib/nn.yaml:80:7
%7284 = assign %118, %7283 : f32[16] @ models/lib/nn.yaml:80:7
%7285 = all_reduce_sum %4990 : f32[16,16] @ models/lib/nn.yaml:79:7
%7286 = reshape %7285 : f32[256] @ models/lib/nn.yaml:79:7
%7287 = mul %7286, %7286 : f32[256] @ models/lib/nn.yaml:79:7
%7288 = reduce_sum %7287 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7289 = sqrt %7288 : f32[] @ models/lib/nn.yaml:79:7
%7290 = cast %7289 : f64[] @ models/lib/nn.yaml:79:7
%7291 = add %7290, %5474 : f64[] @ models/lib/nn.yaml:79:7
%7292 = div %5476, %7291 : f64[] @ models/lib/nn.yaml:79:7
%7293 = lt %7292, %5478 : bool[] @ models/lib/nn.yaml:79:7
%7294 = cast %7292 : f32[] @ models/lib/nn.yaml:79:7
%7295 = broadcast %7294 : f32[16,16] @ models/lib/nn.yaml:79:7
%7296 = mul %7285, %7295 : f32[16,16] @ models/lib/nn.yaml:79:7
%7297 = broadcast %7293 : bool[16,16] @ models/lib/nn.yaml:79:7
%7298 = select %7297, %7296, %7285 : f32[16,16] @ models/lib/nn.yaml:79:7
%7299 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7300 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7301 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7302 = add %7301, %5488 : i64[] @ models/lib/nn.yaml:79:7
%7303 = mul %41, %5894 : f32[16,16] @ models/lib/nn.yaml:79:7
%7304 = mul %7298, %5896 : f32[16,16] @ models/lib/nn.yaml:79:7
%7305 = mul %7299, %5898 : f32[16,16] @ models/lib/nn.yaml:79:7
%7306 = add %7305, %7304 : f32[16,16] @ models/lib/nn.yaml:79:7
%7307 = mul %7298, %7298 : f32[16,16] @ models/lib/nn.yaml:79:7
%7308 = mul %7307, %5902 : f32[16,16] @ models/lib/nn.yaml:79:7
%7309 = mul %7300, %5904 : f32[16,16] @ models/lib/nn.yaml:79:7
%7310 = add %7309, %7308 : f32[16,16] @ models/lib/nn.yaml:79:7
%7311 = cast %7302 : f64[] @ models/lib/nn.yaml:79:7
%7312 = pow %5497, %7311 : f64[] @ models/lib/nn.yaml:79:7
%7313 = sub %5478, %7312 : f64[] @ models/lib/nn.yaml:79:7
%7314 = div %3382, %7313 : f64[] @ models/lib/nn.yaml:79:7
%7315 = pow %5505, %7311 : f64[] @ models/lib/nn.yaml:79:7
%7316 = sub %5478, %7315 : f64[] @ models/lib/nn.yaml:79:7
%7317 = sqrt %7316 : f64[] @ models/lib/nn.yaml:79:7
%7318 = div %5478, %7317 : f64[] @ models/lib/nn.yaml:79:7
%7319 = sqrt %7310 : f32[16,16] @ models/lib/nn.yaml:79:7
%7320 = cast %7318 : f32[] @ models/lib/nn.yaml:79:7
%7321 = broadcast %7320 : f32[16,16] @ models/lib/nn.yaml:79:7
%7322 = mul %7319, %7321 : f32[16,16] @ models/lib/nn.yaml:79:7
%7323 = add %7322, %5919 : f32[16,16] @ models/lib/nn.yaml:79:7
%7324 = div %7306, %7323 : f32[16,16] @ models/lib/nn.yaml:79:7
%7325 = cast %7314 : f32[] @ models/lib/nn.yaml:79:7
%7326 = broadcast %7325 : f32[16,16] @ models/lib/nn.yaml:79:7
%7327 = mul %7324, %7326 : f32[16,16] @ models/lib/nn.yaml:79:7
%7328 = sub %7303, %7327 : f32[16,16] @ models/lib/nn.yaml:79:7
%7329 = assign %41, %7328 : f32[16,16] @ models/lib/nn.yaml:79:7
%7330 = assign %7299, %7306 : f32[16,16] @ models/lib/nn.yaml:79:7
%7331 = assign %7300, %7310 : f32[16,16] @ models/lib/nn.yaml:79:7
%7332 = assign %7301, %7302 : i64[] @ models/lib/nn.yaml:79:7
%7333 = mul %119, %5930 : f32[16,16] @ models/lib/nn.yaml:79:7
%7334 = mul %7328, %5932 : f32[16,16] @ models/lib/nn.yaml:79:7
%7335 = add %7333, %7334 : f32[16,16] @ models/lib/nn.yaml:79:7
%7336 = assign %119, %7335 : f32[16,16] @ models/lib/nn.yaml:79:7
%7337 = all_reduce_sum %4985 : f32[16] @ models/lib/nn.yaml:80:7
%7338 = mul %7337, %7337 : f32[16] @ models/lib/nn.yaml:80:7
%7339 = reduce_sum %7338 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7340 = sqrt %7339 : f32[] @ models/lib/nn.yaml:80:7
%7341 = cast %7340 : f64[] @ models/lib/nn.yaml:80:7
%7342 = add %7341, %5474 : f64[] @ models/lib/nn.yaml:80:7
%7343 = div %5476, %7342 : f64[] @ models/lib/nn.yaml:80:7
%7344 = lt %7343, %5478 : bool[] @ models/lib/nn.yaml:80:7
%7345 = cast %7343 : f32[] @ models/lib/nn.yaml:80:7
%7346 = broadcast %7345 : f32[16] @ models/lib/nn.yaml:80:7
%7347 = mul %7337, %7346 : f32[16] @ models/lib/nn.yaml:80:7
%7348 = broadcast %7344 : bool[16] @ models/lib/nn.yaml:80:7
%7349 = select %7348, %7347, %7337 : f32[16] @ models/lib/nn.yaml:80:7
%7350 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7351 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7352 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7353 = add %7352, %5488 : i64[] @ models/lib/nn.yaml:80:7
%7354 = mul %7349, %5619 : f32[16] @ models/lib/nn.yaml:80:7
%7355 = mul %7350, %5621 : f32[16] @ models/lib/nn.yaml:80:7
%7356 = add %7355, %7354 : f32[16] @ models/lib/nn.yaml:80:7
%7357 = mul %7349, %7349 : f32[16] @ models/lib/nn.yaml:80:7
%7358 = mul %7357, %5625 : f32[16] @ models/lib/nn.yaml:80:7
%7359 = mul %7351, %5627 : f32[16] @ models/lib/nn.yaml:80:7
%7360 = add %7359, %7358 : f32[16] @ models/lib/nn.yaml:80:7
%7361 = cast %7353 : f64[] @ models/lib/nn.yaml:80:7
%7362 = pow %5497, %7361 : f64[] @ models/lib/nn.yaml:80:7
%7363 = sub %5478, %7362 : f64[] @ models/lib/nn.yaml:80:7
%7364 = div %3382, %7363 : f64[] @ models/lib/nn.yaml:80:7
%7365 = pow %5505, %7361 : f64[] @ models/lib/nn.yaml:80:7
%7366 = sub %5478, %7365 : f64[] @ models/lib/nn.yaml:80:7
%7367 = sqrt %7366 : f64[] @ models/lib/nn.yaml:80:7
%7368 = div %5478, %7367 : f64[] @ models/lib/nn.yaml:80:7
%7369 = sqrt %7360 : f32[16] @ models/lib/nn.yaml:80:7
%7370 = cast %7368 : f32[] @ models/lib/nn.yaml:80:7
%7371 = broadcast %7370 : f32[16] @ models/lib/nn.yaml:80:7
%7372 = mul %7369, %7371 : f32[16] @ models/lib/nn.yaml:80:7
%7373 = add %7372, %5642 : f32[16] @ models/lib/nn.yaml:80:7
%7374 = div %7356, %7373 : f32[16] @ models/lib/nn.yaml:80:7
%7375 = cast %7364 : f32[] @ models/lib/nn.yaml:80:7
%7376 = broadcast %7375 : f32[16] @ models/lib/nn.yaml:80:7
%7377 = mul %7374, %7376 : f32[16] @ models/lib/nn.yaml:80:7
%7378 = sub %42, %7377 : f32[16] @ models/lib/nn.yaml:80:7
%7379 = assign %42, %7378 : f32[16] @ models/lib/nn.yaml:80:7
%7380 = assign %7350, %7356 : f32[16] @ models/lib/nn.yaml:80:7
%7381 = assign %7351, %7360 : f32[16] @ models/lib/nn.yaml:80:7
%7382 = assign %7352, %7353 : i64[] @ models/lib/nn.yaml:80:7
%7383 = mul %120, %5653 : f32[16] @ models/lib/nn.yaml:80:7
%7384 = mul %7378, %5655 : f32[16] @ models/lib/nn.yaml:80:7
%7385 = add %7383, %7384 : f32[16] @ models/lib/nn.yaml:80:7
%7386 = assign %120, %7385 : f32[16] @ models/lib/nn.yaml:80:7
%7387 = all_reduce_sum %4913 : f32[16,16] @ models/lib/nn.yaml:79:7
%7388 = reshape %7387 : f32[256] @ models/lib/nn.yaml:79:7
%7389 = mul %7388, %7388 : f32[256] @ models/lib/nn.yaml:79:7
%7390 = reduce_sum %7389 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7391 = sqrt %7390 : f32[] @ models/lib/nn.yaml:79:7
%7392 = cast %7391 : f64[] @ models/lib/nn.yaml:79:7
%7393 = add %7392, %5474 : f64[] @ models/lib/nn.yaml:79:7
%7394 = div %5476, %7393 : f64[] @ models/lib/nn.yaml:79:7
%7395 = lt %7394, %5478 : bool[] @ models/lib/nn.yaml:79:7
%7396 = cast %7394 : f32[] @ models/lib/nn.yaml:79:7
%7397 = broadcast %7396 : f32[16,16] @ models/lib/nn.yaml:79:7
%7398 = mul %7387, %7397 : f32[16,16] @ models/lib/nn.yaml:79:7
%7399 = broadcast %7395 : bool[16,16] @ models/lib/nn.yaml:79:7
%7400 = select %7399, %7398, %7387 : f32[16,16] @ models/lib/nn.yaml:79:7
%7401 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7402 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7403 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7404 = add %7403, %5488 : i64[] @ models/lib/nn.yaml:79:7
%7405 = mul %43, %5894 : f32[16,16] @ models/lib/nn.yaml:79:7
%7406 = mul %7400, %5896 : f32[16,16] @ models/lib/nn.yaml:79:7
%7407 = mul %7401, %5898 : f32[16,16] @ models/lib/nn.yaml:79:7
%7408 = add %7407, %7406 : f32[16,16] @ models/lib/nn.yaml:79:7
%7409 = mul %7400, %7400 : f32[16,16] @ models/lib/nn.yaml:79:7
%7410 = mul %7409, %5902 : f32[16,16] @ models/lib/nn.yaml:79:7
%7411 = mul %7402, %5904 : f32[16,16] @ models/lib/nn.yaml:79:7
%7412 = add %7411, %7410 : f32[16,16] @ models/lib/nn.yaml:79:7
%7413 = cast %7404 : f64[] @ models/lib/nn.yaml:79:7
%7414 = pow %5497, %7413 : f64[] @ models/lib/nn.yaml:79:7
%7415 = sub %5478, %7414 : f64[] @ models/lib/nn.yaml:79:7
%7416 = div %3382, %7415 : f64[] @ models/lib/nn.yaml:79:7
%7417 = pow %5505, %7413 : f64[] @ models/lib/nn.yaml:79:7
%7418 = sub %5478, %7417 : f64[] @ models/lib/nn.yaml:79:7
%7419 = sqrt %7418 : f64[] @ models/lib/nn.yaml:79:7
%7420 = div %5478, %7419 : f64[] @ models/lib/nn.yaml:79:7
%7421 = sqrt %7412 : f32[16,16] @ models/lib/nn.yaml:79:7
%7422 = cast %7420 : f32[] @ models/lib/nn.yaml:79:7
%7423 = broadcast %7422 : f32[16,16] @ models/lib/nn.yaml:79:7
%7424 = mul %7421, %7423 : f32[16,16] @ models/lib/nn.yaml:79:7
%7425 = add %7424, %5919 : f32[16,16] @ models/lib/nn.yaml:79:7
%7426 = div %7408, %7425 : f32[16,16] @ models/lib/nn.yaml:79:7
%7427 = cast %7416 : f32[] @ models/lib/nn.yaml:79:7
%7428 = broadcast %7427 : f32[16,16] @ models/lib/nn.yaml:79:7
%7429 = mul %7426, %7428 : f32[16,16] @ models/lib/nn.yaml:79:7
%7430 = sub %7405, %7429 : f32[16,16] @ models/lib/nn.yaml:79:7
%7431 = assign %43, %7430 : f32[16,16] @ models/lib/nn.yaml:79:7
%7432 = assign %7401, %7408 : f32[16,16] @ models/lib/nn.yaml:79:7
%7433 = assign %7402, %7412 : f32[16,16] @ models/lib/nn.yaml:79:7
%7434 = assign %7403, %7404 : i64[] @ models/lib/nn.yaml:79:7
%7435 = mul %121, %5930 : f32[16,16] @ models/lib/nn.yaml:79:7
%7436 = mul %7430, %5932 : f32[16,16] @ models/lib/nn.yaml:79:7
%7437 = add %7435, %7436 : f32[16,16] @ models/lib/nn.yaml:79:7
%7438 = assign %121, %7437 : f32[16,16] @ models/lib/nn.yaml:79:7
%7439 = all_reduce_sum %4908 : f32[16] @ models/lib/nn.yaml:80:7
%7440 = mul %7439, %7439 : f32[16] @ models/lib/nn.yaml:80:7
%7441 = reduce_sum %7440 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7442 = sqrt %7441 : f32[] @ models/lib/nn.yaml:80:7
%7443 = cast %7442 : f64[] @ models/lib/nn.yaml:80:7
%7444 = add %7443, %5474 : f64[] @ models/lib/nn.yaml:80:7
%7445 = div %5476, %7444 : f64[] @ models/lib/nn.yaml:80:7
%7446 = lt %7445, %5478 : bool[] @ models/lib/nn.yaml:80:7
%7447 = cast %7445 : f32[] @ models/lib/nn.yaml:80:7
%7448 = broadcast %7447 : f32[16] @ models/lib/nn.yaml:80:7
%7449 = mul %7439, %7448 : f32[16] @ models/lib/nn.yaml:80:7
%7450 = broadcast %7446 : bool[16] @ models/lib/nn.yaml:80:7
%7451 = select %7450, %7449, %7439 : f32[16] @ models/lib/nn.yaml:80:7
%7452 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7453 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7454 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7455 = add %7454, %5488 : i64[] @ models/lib/nn.yaml:80:7
%7456 = mul %7451, %5619 : f32[16] @ models/lib/nn.yaml:80:7
%7457 = mul %7452, %5621 : f32[16] @ models/lib/nn.yaml:80:7
%7458 = add %7457, %7456 : f32[16] @ models/lib/nn.yaml:80:7
%7459 = mul %7451, %7451 : f32[16] @ models/lib/nn.yaml:80:7
%7460 = mul %7459, %5625 : f32[16] @ models/lib/nn.yaml:80:7
%7461 = mul %7453, %5627 : f32[16] @ models/lib/nn.yaml:80:7
%7462 = add %7461, %7460 : f32[16] @ models/lib/nn.yaml:80:7
%7463 = cast %7455 : f64[] @ models/lib/nn.yaml:80:7
%7464 = pow %5497, %7463 : f64[] @ models/lib/nn.yaml:80:7
%7465 = sub %5478, %7464 : f64[] @ models/lib/nn.yaml:80:7
%7466 = div %3382, %7465 : f64[] @ models/lib/nn.yaml:80:7
%7467 = pow %5505, %7463 : f64[] @ models/lib/nn.yaml:80:7
%7468 = sub %5478, %7467 : f64[] @ models/lib/nn.yaml:80:7
%7469 = sqrt %7468 : f64[] @ models/lib/nn.yaml:80:7
%7470 = div %5478, %7469 : f64[] @ models/lib/nn.yaml:80:7
%7471 = sqrt %7462 : f32[16] @ models/lib/nn.yaml:80:7
%7472 = cast %7470 : f32[] @ models/lib/nn.yaml:80:7
%7473 = broadcast %7472 : f32[16] @ models/lib/nn.yaml:80:7
%7474 = mul %7471, %7473 : f32[16] @ models/lib/nn.yaml:80:7
%7475 = add %7474, %5642 : f32[16] @ models/lib/nn.yaml:80:7
%7476 = div %7458, %7475 : f32[16] @ models/lib/nn.yaml:80:7
%7477 = cast %7466 : f32[] @ models/lib/nn.yaml:80:7
%7478 = broadcast %7477 : f32[16] @ models/lib/nn.yaml:80:7
%7479 = mul %7476, %7478 : f32[16] @ models/lib/nn.yaml:80:7
%7480 = sub %44, %7479 : f32[16] @ models/lib/nn.yaml:80:7
%7481 = assign %44, %7480 : f32[16] @ models/lib/nn.yaml:80:7
%7482 = assign %7452, %7458 : f32[16] @ models/lib/nn.yaml:80:7
%7483 = assign %7453, %7462 : f32[16] @ models/lib/nn.yaml:80:7
%7484 = assign %7454, %7455 : i64[] @ models/lib/nn.yaml:80:7
%7485 = mul %122, %5653 : f32[16] @ models/lib/nn.yaml:80:7
%7486 = mul %7480, %5655 : f32[16] @ models/lib/nn.yaml:80:7
%7487 = add %7485, %7486 : f32[16] @ models/lib/nn.yaml:80:7
%7488 = assign %122, %7487 : f32[16] @ models/lib/nn.yaml:80:7
%7489 = all_reduce_sum %4887 : f32[16] @ models/lib/nn.yaml:89:7
%7490 = mul %7489, %7489 : f32[16] @ models/lib/nn.yaml:89:7
%7491 = reduce_sum %7490 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7492 = sqrt %7491 : f32[] @ models/lib/nn.yaml:89:7
%7493 = cast %7492 : f64[] @ models/lib/nn.yaml:89:7
%7494 = add %7493, %5474 : f64[] @ models/lib/nn.yaml:89:7
%7495 = div %5476, %7494 : f64[] @ models/lib/nn.yaml:89:7
%7496 = lt %7495, %5478 : bool[] @ models/lib/nn.yaml:89:7
%7497 = cast %7495 : f32[] @ models/lib/nn.yaml:89:7
%7498 = broadcast %7497 : f32[16] @ models/lib/nn.yaml:89:7
%7499 = mul %7489, %7498 : f32[16] @ models/lib/nn.yaml:89:7
%7500 = broadcast %7496 : bool[16] @ models/lib/nn.yaml:89:7
%7501 = select %7500, %7499, %7489 : f32[16] @ models/lib/nn.yaml:89:7
%7502 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7503 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7504 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7505 = add %7504, %5488 : i64[] @ models/lib/nn.yaml:89:7
%7506 = mul %7501, %5619 : f32[16] @ models/lib/nn.yaml:89:7
%7507 = mul %7502, %5621 : f32[16] @ models/lib/nn.yaml:89:7
%7508 = add %7507, %7506 : f32[16] @ models/lib/nn.yaml:89:7
%7509 = mul %7501, %7501 : f32[16] @ models/lib/nn.yaml:89:7
%7510 = mul %7509, %5625 : f32[16] @ models/lib/nn.yaml:89:7
%7511 = mul %7503, %5627 : f32[16] @ models/lib/nn.yaml:89:7
%7512 = add %7511, %7510 : f32[16] @ models/lib/nn.yaml:89:7
%7513 = cast %7505 : f64[] @ models/lib/nn.yaml:89:7
%7514 = pow %5497, %7513 : f64[] @ models/lib/nn.yaml:89:7
%7515 = sub %5478, %7514 : f64[] @ models/lib/nn.yaml:89:7
%7516 = div %3382, %7515 : f64[] @ models/lib/nn.yaml:89:7
%7517 = pow %5505, %7513 : f64[] @ models/lib/nn.yaml:89:7
%7518 = sub %5478, %7517 : f64[] @ models/lib/nn.yaml:89:7
%7519 = sqrt %7518 : f64[] @ models/lib/nn.yaml:89:7
%7520 = div %5478, %7519 : f64[] @ models/lib/nn.yaml:89:7
%7521 = sqrt %7512 : f32[16] @ models/lib/nn.yaml:89:7
%7522 = cast %7520 : f32[] @ models/lib/nn.yaml:89:7
%7523 = broadcast %7522 : f32[16] @ models/lib/nn.yaml:89:7
%7524 = mul %7521, %7523 : f32[16] @ models/lib/nn.yaml:89:7
%7525 = add %7524, %5642 : f32[16] @ models/lib/nn.yaml:89:7
%7526 = div %7508, %7525 : f32[16] @ models/lib/nn.yaml:89:7
%7527 = cast %7516 : f32[] @ models/lib/nn.yaml:89:7
%7528 = broadcast %7527 : f32[16] @ models/lib/nn.yaml:89:7
%7529 = mul %7526, %7528 : f32[16] @ models/lib/nn.yaml:89:7
%7530 = sub %45, %7529 : f32[16] @ models/lib/nn.yaml:89:7
%7531 = assign %45, %7530 : f32[16] @ models/lib/nn.yaml:89:7
%7532 = assign %7502, %7508 : f32[16] @ models/lib/nn.yaml:89:7
%7533 = assign %7503, %7512 : f32[16] @ models/lib/nn.yaml:89:7
%7534 = assign %7504, %7505 : i64[] @ models/lib/nn.yaml:89:7
%7535 = mul %123, %5653 : f32[16] @ models/lib/nn.yaml:89:7
%7536 = mul %7530, %5655 : f32[16] @ models/lib/nn.yaml:89:7
%7537 = add %7535, %7536 : f32[16] @ models/lib/nn.yaml:89:7
%7538 = assign %123, %7537 : f32[16] @ models/lib/nn.yaml:89:7
%7539 = all_reduce_sum %4882 : f32[16] @ models/lib/nn.yaml:90:7
%7540 = mul %7539, %7539 : f32[16] @ models/lib/nn.yaml:90:7
%7541 = reduce_sum %7540 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7542 = sqrt %7541 : f32[] @ models/lib/nn.yaml:90:7
%7543 = cast %7542 : f64[] @ models/lib/nn.yaml:90:7
%7544 = add %7543, %5474 : f64[] @ models/lib/nn.yaml:90:7
%7545 = div %5476, %7544 : f64[] @ models/lib/nn.yaml:90:7
%7546 = lt %7545, %5478 : bool[] @ models/lib/nn.yaml:90:7
%7547 = cast %7545 : f32[] @ models/lib/nn.yaml:90:7
%7548 = broadcast %7547 : f32[16] @ models/lib/nn.yaml:90:7
%7549 = mul %7539, %7548 : f32[16] @ models/lib/nn.yaml:90:7
%7550 = broadcast %7546 : bool[16] @ models/lib/nn.yaml:90:7
%7551 = select %7550, %7549, %7539 : f32[16] @ models/lib/nn.yaml:90:7
%7552 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7553 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7554 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7555 = add %7554, %5488 : i64[] @ models/lib/nn.yaml:90:7
%7556 = mul %7551, %5619 : f32[16] @ models/lib/nn.yaml:90:7
%7557 = mul %7552, %5621 : f32[16] @ models/lib/nn.yaml:90:7
%7558 = add %7557, %7556 : f32[16] @ models/lib/nn.yaml:90:7
%7559 = mul %7551, %7551 : f32[16] @ models/lib/nn.yaml:90:7
%7560 = mul %7559, %5625 : f32[16] @ models/lib/nn.yaml:90:7
%7561 = mul %7553, %5627 : f32[16] @ models/lib/nn.yaml:90:7
%7562 = add %7561, %7560 : f32[16] @ models/lib/nn.yaml:90:7
%7563 = cast %7555 : f64[] @ models/lib/nn.yaml:90:7
%7564 = pow %5497, %7563 : f64[] @ models/lib/nn.yaml:90:7
%7565 = sub %5478, %7564 : f64[] @ models/lib/nn.yaml:90:7
%7566 = div %3382, %7565 : f64[] @ models/lib/nn.yaml:90:7
%7567 = pow %5505, %7563 : f64[] @ models/lib/nn.yaml:90:7
%7568 = sub %5478, %7567 : f64[] @ models/lib/nn.yaml:90:7
%7569 = sqrt %7568 : f64[] @ models/lib/nn.yaml:90:7
%7570 = div %5478, %7569 : f64[] @ models/lib/nn.yaml:90:7
%7571 = sqrt %7562 : f32[16] @ models/lib/nn.yaml:90:7
%7572 = cast %7570 : f32[] @ models/lib/nn.yaml:90:7
%7573 = broadcast %7572 : f32[16] @ models/lib/nn.yaml:90:7
%7574 = mul %7571, %7573 : f32[16] @ models/lib/nn.yaml:90:7
%7575 = add %7574, %5642 : f32[16] @ models/lib/nn.yaml:90:7
%7576 = div %7558, %7575 : f32[16] @ models/lib/nn.yaml:90:7
%7577 = cast %7566 : f32[] @ models/lib/nn.yaml:90:7
%7578 = broadcast %7577 : f32[16] @ models/lib/nn.yaml:90:7
%7579 = mul %7576, %7578 : f32[16] @ models/lib/nn.yaml:90:7
%7580 = sub %46, %7579 : f32[16] @ models/lib/nn.yaml:90:7
%7581 = assign %46, %7580 : f32[16] @ models/lib/nn.yaml:90:7
%7582 = assign %7552, %7558 : f32[16] @ models/lib/nn.yaml:90:7
%7583 = assign %7553, %7562 : f32[16] @ models/lib/nn.yaml:90:7
%7584 = assign %7554, %7555 : i64[] @ models/lib/nn.yaml:90:7
%7585 = mul %124, %5653 : f32[16] @ models/lib/nn.yaml:90:7
%7586 = mul %7580, %5655 : f32[16] @ models/lib/nn.yaml:90:7
%7587 = add %7585, %7586 : f32[16] @ models/lib/nn.yaml:90:7
%7588 = assign %124, %7587 : f32[16] @ models/lib/nn.yaml:90:7
%7589 = all_reduce_sum %4879 : f32[64,16] @ models/lib/nn.yaml:79:7
%7590 = reshape %7589 : f32[1024] @ models/lib/nn.yaml:79:7
%7591 = mul %7590, %7590 : f32[1024] @ models/lib/nn.yaml:79:7
%7592 = reduce_sum %7591 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7593 = sqrt %7592 : f32[] @ models/lib/nn.yaml:79:7
%7594 = cast %7593 : f64[] @ models/lib/nn.yaml:79:7
%7595 = add %7594, %5474 : f64[] @ models/lib/nn.yaml:79:7
%7596 = div %5476, %7595 : f64[] @ models/lib/nn.yaml:79:7
%7597 = lt %7596, %5478 : bool[] @ models/lib/nn.yaml:79:7
%7598 = cast %7596 : f32[] @ models/lib/nn.yaml:79:7
%7599 = broadcast %7598 : f32[64,16] @ models/lib/nn.yaml:79:7
%7600 = mul %7589, %7599 : f32[64,16] @ models/lib/nn.yaml:79:7
%7601 = broadcast %7597 : bool[64,16] @ models/lib/nn.yaml:79:7
%7602 = select %7601, %7600, %7589 : f32[64,16] @ models/lib/nn.yaml:79:7
%7603 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7604 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7605 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7606 = add %7605, %5488 : i64[] @ models/lib/nn.yaml:79:7
%7607 = mul %47, %6104 : f32[64,16] @ models/lib/nn.yaml:79:7
%7608 = mul %7602, %6106 : f32[64,16] @ models/lib/nn.yaml:79:7
%7609 = mul %7603, %6108 : f32[64,16] @ models/lib/nn.yaml:79:7
%7610 = add %7609, %7608 : f32[64,16] @ models/lib/nn.yaml:79:7
%7611 = mul %7602, %7602 : f32[64,16] @ models/lib/nn.yaml:79:7
%7612 = mul %7611, %6112 : f32[64,16] @ models/lib/nn.yaml:79:7
%7613 = mul %7604, %6114 : f32[64,16] @ models/lib/nn.yaml:79:7
%7614 = add %7613, %7612 : f32[64,16] @ models/lib/nn.yaml:79:7
%7615 = cast %7606 : f64[] @ models/lib/nn.yaml:79:7
%7616 = pow %5497, %7615 : f64[] @ models/lib/nn.yaml:79:7
%7617 = sub %5478, %7616 : f64[] @ models/lib/nn.yaml:79:7
%7618 = div %3382, %7617 : f64[] @ models/lib/nn.yaml:79:7
%7619 = pow %5505, %7615 : f64[] @ models/lib/nn.yaml:79:7
%7620 = sub %5478, %7619 : f64[] @ models/lib/nn.yaml:79:7
%7621 = sqrt %7620 : f64[] @ models/lib/nn.yaml:79:7
%7622 = div %5478, %7621 : f64[] @ models/lib/nn.yaml:79:7
%7623 = sqrt %7614 : f32[64,16] @ models/lib/nn.yaml:79:7
%7624 = cast %7622 : f32[] @ models/lib/nn.yaml:79:7
%7625 = broadcast %7624 : f32[64,16] @ models/lib/nn.yaml:79:7
%7626 = mul %7623, %7625 : f32[64,16] @ models/lib/nn.yaml:79:7
%7627 = add %7626, %6129 : f32[64,16] @ models/lib/nn.yaml:79:7
%7628 = div %7610, %7627 : f32[64,16] @ models/lib/nn.yaml:79:7
%7629 = cast %7618 : f32[] @ models/lib/nn.yaml:79:7
%7630 = broadcast %7629 : f32[64,16] @ models/lib/nn.yaml:79:7
%7631 = mul %7628, %7630 : f32[64,16] @ models/lib/nn.yaml:79:7
%7632 = sub %7607, %7631 : f32[64,16] @ models/lib/nn.yaml:79:7
%7633 = assign %47, %7632 : f32[64,16] @ models/lib/nn.yaml:79:7
%7634 = assign %7603, %7610 : f32[64,16] @ models/lib/nn.yaml:79:7
%7635 = assign %7604, %7614 : f32[64,16] @ models/lib/nn.yaml:79:7
%7636 = assign %7605, %7606 : i64[] @ models/lib/nn.yaml:79:7
%7637 = mul %125, %6140 : f32[64,16] @ models/lib/nn.yaml:79:7
%7638 = mul %7632, %6142 : f32[64,16] @ models/lib/nn.yaml:79:7
%7639 = add %7637, %7638 : f32[64,16] @ models/lib/nn.yaml:79:7
%7640 = assign %125, %7639 : f32[64,16] @ models/lib/nn.yaml:79:7
%7641 = all_reduce_sum %4874 : f32[64] @ models/lib/nn.yaml:80:7
%7642 = mul %7641, %7641 : f32[64] @ models/lib/nn.yaml:80:7
%7643 = reduce_sum %7642 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7644 = sqrt %7643 : f32[] @ models/lib/nn.yaml:80:7
%7645 = cast %7644 : f64[] @ models/lib/nn.yaml:80:7
%7646 = add %7645, %5474 : f64[] @ models/lib/nn.yaml:80:7
%7647 = div %5476, %7646 : f64[] @ models/lib/nn.yaml:80:7
%7648 = lt %7647, %5478 : bool[] @ models/lib/nn.yaml:80:7
%7649 = cast %7647 : f32[] @ models/lib/nn.yaml:80:7
%7650 = broadcast %7649 : f32[64] @ models/lib/nn.yaml:80:7
%7651 = mul %7641, %7650 : f32[64] @ models/lib/nn.yaml:80:7
%7652 = broadcast %7648 : bool[64] @ models/lib/nn.yaml:80:7
%7653 = select %7652, %7651, %7641 : f32[64] @ models/lib/nn.yaml:80:7
%7654 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7655 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7656 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7657 = add %7656, %5488 : i64[] @ models/lib/nn.yaml:80:7
%7658 = mul %7653, %6163 : f32[64] @ models/lib/nn.yaml:80:7
%7659 = mul %7654, %6165 : f32[64] @ models/lib/nn.yaml:80:7
%7660 = add %7659, %7658 : f32[64] @ models/lib/nn.yaml:80:7
%7661 = mul %7653, %7653 : f32[64] @ models/lib/nn.yaml:80:7
%7662 = mul %7661, %6169 : f32[64] @ models/lib/nn.yaml:80:7
%7663 = mul %7655, %6171 : f32[64] @ models/lib/nn.yaml:80:7
%7664 = add %7663, %7662 : f32[64] @ models/lib/nn.yaml:80:7
%7665 = cast %7657 : f64[] @ models/lib/nn.yaml:80:7
%7666 = pow %5497, %7665 : f64[] @ models/lib/nn.yaml:80:7
%7667 = sub %5478, %7666 : f64[] @ models/lib/nn.yaml:80:7
%7668 = div %3382, %7667 : f64[] @ models/lib/nn.yaml:80:7
%7669 = pow %5505, %7665 : f64[] @ models/lib/nn.yaml:80:7
%7670 = sub %5478, %7669 : f64[] @ models/lib/nn.yaml:80:7
%7671 = sqrt %7670 : f64[] @ models/lib/nn.yaml:80:7
%7672 = div %5478, %7671 : f64[] @ models/lib/nn.yaml:80:7
%7673 = sqrt %7664 : f32[64] @ models/lib/nn.yaml:80:7
%7674 = cast %7672 : f32[] @ models/lib/nn.yaml:80:7
%7675 = broadcast %7674 : f32[64] @ models/lib/nn.yaml:80:7
%7676 = mul %7673, %7675 : f32[64] @ models/lib/nn.yaml:80:7
%7677 = add %7676, %6186 : f32[64] @ models/lib/nn.yaml:80:7
%7678 = div %7660, %7677 : f32[64] @ models/lib/nn.yaml:80:7
%7679 = cast %7668 : f32[] @ models/lib/nn.yaml:80:7
%7680 = broadcast %7679 : f32[64] @ models/lib/nn.yaml:80:7
%7681 = mul %7678, %7680 : f32[64] @ models/lib/nn.yaml:80:7
%7682 = sub %48, %7681 : f32[64] @ models/lib/nn.yaml:80:7
%7683 = assign %48, %7682 : f32[64] @ models/lib/nn.yaml:80:7
%7684 = assign %7654, %7660 : f32[64] @ models/lib/nn.yaml:80:7
%7685 = assign %7655, %7664 : f32[64] @ models/lib/nn.yaml:80:7
%7686 = assign %7656, %7657 : i64[] @ models/lib/nn.yaml:80:7
%7687 = mul %126, %6197 : f32[64] @ models/lib/nn.yaml:80:7
%7688 = mul %7682, %6199 : f32[64] @ models/lib/nn.yaml:80:7
%7689 = add %7687, %7688 : f32[64] @ models/lib/nn.yaml:80:7
%7690 = assign %126, %7689 : f32[64] @ models/lib/nn.yaml:80:7
%7691 = all_reduce_sum %4856 : f32[16,64] @ models/lib/nn.yaml:79:7
%7692 = reshape %7691 : f32[1024] @ models/lib/nn.yaml:79:7
%7693 = mul %7692, %7692 : f32[1024] @ models/lib/nn.yaml:79:7
%7694 = reduce_sum %7693 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7695 = sqrt %7694 : f32[] @ models/lib/nn.yaml:79:7
%7696 = cast %7695 : f64[] @ models/lib/nn.yaml:79:7
%7697 = add %7696, %5474 : f64[] @ models/lib/nn.yaml:79:7
%7698 = div %5476, %7697 : f64[] @ models/lib/nn.yaml:79:7
%7699 = lt %7698, %5478 : bool[] @ models/lib/nn.yaml:79:7
%7700 = cast %7698 : f32[] @ models/lib/nn.yaml:79:7
%7701 = broadcast %7700 : f32[16,64] @ models/lib/nn.yaml:79:7
%7702 = mul %7691, %7701 : f32[16,64] @ models/lib/nn.yaml:79:7
%7703 = broadcast %7699 : bool[16,64] @ models/lib/nn.yaml:79:7
%7704 = select %7703, %7702, %7691 : f32[16,64] @ models/lib/nn.yaml:79:7
%7705 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7706 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7707 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7708 = add %7707, %5488 : i64[] @ models/lib/nn.yaml:79:7
%7709 = mul %49, %6221 : f32[16,64] @ models/lib/nn.yaml:79:7
%7710 = mul %7704, %6223 : f32[16,64] @ models/lib/nn.yaml:79:7
%7711 = mul %7705, %6225 : f32[16,64] @ models/lib/nn.yaml:79:7
%7712 = add %7711, %7710 : f32[16,64] @ models/lib/nn.yaml:79:7
%7713 = mul %7704, %7704 : f32[16,64] @ models/lib/nn.yaml:79:7
%7714 = mul %7713, %6229 : f32[16,64] @ models/lib/nn.yaml:79:7
%7715 = mul %7706, %6231 : f32[16,64] @ models/lib/nn.yaml:79:7
%7716 = add %7715, %7714 : f32[16,64] @ models/lib/nn.yaml:79:7
%7717 = cast %7708 : f64[] @ models/lib/nn.yaml:79:7
%7718 = pow %5497, %7717 : f64[] @ models/lib/nn.yaml:79:7
%7719 = sub %5478, %7718 : f64[] @ models/lib/nn.yaml:79:7
%7720 = div %3382, %7719 : f64[] @ models/lib/nn.yaml:79:7
%7721 = pow %5505, %7717 : f64[] @ models/lib/nn.yaml:79:7
%7722 = sub %5478, %7721 : f64[] @ models/lib/nn.yaml:79:7
%7723 = sqrt %7722 : f64[] @ models/lib/nn.yaml:79:7
%7724 = div %5478, %7723 : f64[] @ models/lib/nn.yaml:79:7
%7725 = sqrt %7716 : f32[16,64] @ models/lib/nn.yaml:79:7
%7726 = cast %7724 : f32[] @ models/lib/nn.yaml:79:7
%7727 = broadcast %7726 : f32[16,64] @ models/lib/nn.yaml:79:7
%7728 = mul %7725, %7727 : f32[16,64] @ models/lib/nn.yaml:79:7
%7729 = add %7728, %6246 : f32[16,64] @ models/lib/nn.yaml:79:7
%7730 = div %7712, %7729 : f32[16,64] @ models/lib/nn.yaml:79:7
%7731 = cast %7720 : f32[] @ models/lib/nn.yaml:79:7
%7732 = broadcast %7731 : f32[16,64] @ models/lib/nn.yaml:79:7
%7733 = mul %7730, %7732 : f32[16,64] @ models/lib/nn.yaml:79:7
%7734 = sub %7709, %7733 : f32[16,64] @ models/lib/nn.yaml:79:7
%7735 = assign %49, %7734 : f32[16,64] @ models/lib/nn.yaml:79:7
%7736 = assign %7705, %7712 : f32[16,64] @ models/lib/nn.yaml:79:7
%7737 = assign %7706, %7716 : f32[16,64] @ models/lib/nn.yaml:79:7
%7738 = assign %7707, %7708 : i64[] @ models/lib/nn.yaml:79:7
%7739 = mul %127, %6257 : f32[16,64] @ models/lib/nn.yaml:79:7
%7740 = mul %7734, %6259 : f32[16,64] @ models/lib/nn.yaml:79:7
%7741 = add %7739, %7740 : f32[16,64] @ models/lib/nn.yaml:79:7
%7742 = assign %127, %7741 : f32[16,64] @ models/lib/nn.yaml:79:7
%7743 = all_reduce_sum %4851 : f32[16] @ models/lib/nn.yaml:80:7
%7744 = mul %7743, %7743 : f32[16] @ models/lib/nn.yaml:80:7
%7745 = reduce_sum %7744 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7746 = sqrt %7745 : f32[] @ models/lib/nn.yaml:80:7
%7747 = cast %7746 : f64[] @ models/lib/nn.yaml:80:7
%7748 = add %7747, %5474 : f64[] @ models/lib/nn.yaml:80:7
%7749 = div %5476, %7748 : f64[] @ models/lib/nn.yaml:80:7
%7750 = lt %7749, %5478 : bool[] @ models/lib/nn.yaml:80:7
%7751 = cast %7749 : f32[] @ models/lib/nn.yaml:80:7
%7752 = broadcast %7751 : f32[16] @ models/lib/nn.yaml:80:7
%7753 = mul %7743, %7752 : f32[16] @ models/lib/nn.yaml:80:7
%7754 = broadcast %7750 : bool[16] @ models/lib/nn.yaml:80:7
%7755 = select %7754, %7753, %7743 : f32[16] @ models/lib/nn.yaml:80:7
%7756 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7757 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7758 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7759 = add %7758, %5488 : i64[] @ models/lib/nn.yaml:80:7
%7760 = mul %7755, %5619 : f32[16] @ models/lib/nn.yaml:80:7
%7761 = mul %7756, %5621 : f32[16] @ models/lib/nn.yaml:80:7
%7762 = add %7761, %7760 : f32[16] @ models/lib/nn.yaml:80:7
%7763 = mul %7755, %7755 : f32[16] @ models/lib/nn.yaml:80:7
%7764 = mul %7763, %5625 : f32[16] @ models/lib/nn.yaml:80:7
%7765 = mul %7757, %5627 : f32[16] @ models/lib/nn.yaml:80:7
%7766 = add %7765, %7764 : f32[16] @ models/lib/nn.yaml:80:7
%7767 = cast %7759 : f64[] @ models/lib/nn.yaml:80:7
%7768 = pow %5497, %7767 : f64[] @ models/lib/nn.yaml:80:7
%7769 = sub %5478, %7768 : f64[] @ models/lib/nn.yaml:80:7
%7770 = div %3382, %7769 : f64[] @ models/lib/nn.yaml:80:7
%7771 = pow %5505, %7767 : f64[] @ models/lib/nn.yaml:80:7
%7772 = sub %5478, %7771 : f64[] @ models/lib/nn.yaml:80:7
%7773 = sqrt %7772 : f64[] @ models/lib/nn.yaml:80:7
%7774 = div %5478, %7773 : f64[] @ models/lib/nn.yaml:80:7
%7775 = sqrt %7766 : f32[16] @ models/lib/nn.yaml:80:7
%7776 = cast %7774 : f32[] @ models/lib/nn.yaml:80:7
%7777 = broadcast %7776 : f32[16] @ models/lib/nn.yaml:80:7
%7778 = mul %7775, %7777 : f32[16] @ models/lib/nn.yaml:80:7
%7779 = add %7778, %5642 : f32[16] @ models/lib/nn.yaml:80:7
%7780 = div %7762, %7779 : f32[16] @ models/lib/nn.yaml:80:7
%7781 = cast %7770 : f32[] @ models/lib/nn.yaml:80:7
%7782 = broadcast %7781 : f32[16] @ models/lib/nn.yaml:80:7
%7783 = mul %7780, %7782 : f32[16] @ models/lib/nn.yaml:80:7
%7784 = sub %50, %7783 : f32[16] @ models/lib/nn.yaml:80:7
%7785 = assign %50, %7784 : f32[16] @ models/lib/nn.yaml:80:7
%7786 = assign %7756, %7762 : f32[16] @ models/lib/nn.yaml:80:7
%7787 = assign %7757, %7766 : f32[16] @ models/lib/nn.yaml:80:7
%7788 = assign %7758, %7759 : i64[] @ models/lib/nn.yaml:80:7
%7789 = mul %128, %5653 : f32[16] @ models/lib/nn.yaml:80:7
%7790 = mul %7784, %5655 : f32[16] @ models/lib/nn.yaml:80:7
%7791 = add %7789, %7790 : f32[16] @ models/lib/nn.yaml:80:7
%7792 = assign %128, %7791 : f32[16] @ models/lib/nn.yaml:80:7
%7793 = all_reduce_sum %4827 : f32[16] @ models/lib/nn.yaml:89:7
%7794 = mul %7793, %7793 : f32[16] @ models/lib/nn.yaml:89:7
%7795 = reduce_sum %7794 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7796 = sqrt %7795 : f32[] @ models/lib/nn.yaml:89:7
%7797 = cast %7796 : f64[] @ models/lib/nn.yaml:89:7
%7798 = add %7797, %5474 : f64[] @ models/lib/nn.yaml:89:7
%7799 = div %5476, %7798 : f64[] @ models/lib/nn.yaml:89:7
%7800 = lt %7799, %5478 : bool[] @ models/lib/nn.yaml:89:7
%7801 = cast %7799 : f32[] @ models/lib/nn.yaml:89:7
%7802 = broadcast %7801 : f32[16] @ models/lib/nn.yaml:89:7
%7803 = mul %7793, %7802 : f32[16] @ models/lib/nn.yaml:89:7
%7804 = broadcast %7800 : bool[16] @ models/lib/nn.yaml:89:7
%7805 = select %7804, %7803, %7793 : f32[16] @ models/lib/nn.yaml:89:7
%7806 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7807 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7808 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7809 = add %7808, %5488 : i64[] @ models/lib/nn.yaml:89:7
%7810 = mul %7805, %5619 : f32[16] @ models/lib/nn.yaml:89:7
%7811 = mul %7806, %5621 : f32[16] @ models/lib/nn.yaml:89:7
%7812 = add %7811, %7810 : f32[16] @ models/lib/nn.yaml:89:7
%7813 = mul %7805, %7805 : f32[16] @ models/lib/nn.yaml:89:7
%7814 = mul %7813, %5625 : f32[16] @ models/lib/nn.yaml:89:7
%7815 = mul %7807, %5627 : f32[16] @ models/lib/nn.yaml:89:7
%7816 = add %7815, %7814 : f32[16] @ models/lib/nn.yaml:89:7
%7817 = cast %7809 : f64[] @ models/lib/nn.yaml:89:7
%7818 = pow %5497, %7817 : f64[] @ models/lib/nn.yaml:89:7
%7819 = sub %5478, %7818 : f64[] @ models/lib/nn.yaml:89:7
%7820 = div %3382, %7819 : f64[] @ models/lib/nn.yaml:89:7
%7821 = pow %5505, %7817 : f64[] @ models/lib/nn.yaml:89:7
%7822 = sub %5478, %7821 : f64[] @ models/lib/nn.yaml:89:7
%7823 = sqrt %7822 : f64[] @ models/lib/nn.yaml:89:7
%7824 = div %5478, %7823 : f64[] @ models/lib/nn.yaml:89:7
%7825 = sqrt %7816 : f32[16] @ models/lib/nn.yaml:89:7
%7826 = cast %7824 : f32[] @ models/lib/nn.yaml:89:7
%7827 = broadcast %7826 : f32[16] @ models/lib/nn.yaml:89:7
%7828 = mul %7825, %7827 : f32[16] @ models/lib/nn.yaml:89:7
%7829 = add %7828, %5642 : f32[16] @ models/lib/nn.yaml:89:7
%7830 = div %7812, %7829 : f32[16] @ models/lib/nn.yaml:89:7
%7831 = cast %7820 : f32[] @ models/lib/nn.yaml:89:7
%7832 = broadcast %7831 : f32[16] @ models/lib/nn.yaml:89:7
%7833 = mul %7830, %7832 : f32[16] @ models/lib/nn.yaml:89:7
%7834 = sub %51, %7833 : f32[16] @ models/lib/nn.yaml:89:7
%7835 = assign %51, %7834 : f32[16] @ models/lib/nn.yaml:89:7
%7836 = assign %7806, %7812 : f32[16] @ models/lib/nn.yaml:89:7
%7837 = assign %7807, %7816 : f32[16] @ models/lib/nn.yaml:89:7
%7838 = assign %7808, %7809 : i64[] @ models/lib/nn.yaml:89:7
%7839 = mul %129, %5653 : f32[16] @ models/lib/nn.yaml:89:7
%7840 = mul %7834, %5655 : f32[16] @ models/lib/nn.yaml:89:7
%7841 = add %7839, %7840 : f32[16] @ models/lib/nn.yaml:89:7
%7842 = assign %129, %7841 : f32[16] @ models/lib/nn.yaml:89:7
%7843 = all_reduce_sum %4820 : f32[16] @ models/lib/nn.yaml:90:7
%7844 = mul %7843, %7843 : f32[16] @ models/lib/nn.yaml:90:7
%7845 = reduce_sum %7844 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7846 = sqrt %7845 : f32[] @ models/lib/nn.yaml:90:7
%7847 = cast %7846 : f64[] @ models/lib/nn.yaml:90:7
%7848 = add %7847, %5474 : f64[] @ models/lib/nn.yaml:90:7
%7849 = div %5476, %7848 : f64[] @ models/lib/nn.yaml:90:7
%7850 = lt %7849, %5478 : bool[] @ models/lib/nn.yaml:90:7
%7851 = cast %7849 : f32[] @ models/lib/nn.yaml:90:7
%7852 = broadcast %7851 : f32[16] @ models/lib/nn.yaml:90:7
%7853 = mul %7843, %7852 : f32[16] @ models/lib/nn.yaml:90:7
%7854 = broadcast %7850 : bool[16] @ models/lib/nn.yaml:90:7
%7855 = select %7854, %7853, %7843 : f32[16] @ models/lib/nn.yaml:90:7
%7856 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7857 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7858 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7859 = add %7858, %5488 : i64[] @ models/lib/nn.yaml:90:7
%7860 = mul %7855, %5619 : f32[16] @ models/lib/nn.yaml:90:7
%7861 = mul %7856, %5621 : f32[16] @ models/lib/nn.yaml:90:7
%7862 = add %7861, %7860 : f32[16] @ models/lib/nn.yaml:90:7
%7863 = mul %7855, %7855 : f32[16] @ models/lib/nn.yaml:90:7
%7864 = mul %7863, %5625 : f32[16] @ models/lib/nn.yaml:90:7
%7865 = mul %7857, %5627 : f32[16] @ models/lib/nn.yaml:90:7
%7866 = add %7865, %7864 : f32[16] @ models/lib/nn.yaml:90:7
%7867 = cast %7859 : f64[] @ models/lib/nn.yaml:90:7
%7868 = pow %5497, %7867 : f64[] @ models/lib/nn.yaml:90:7
%7869 = sub %5478, %7868 : f64[] @ models/lib/nn.yaml:90:7
%7870 = div %3382, %7869 : f64[] @ models/lib/nn.yaml:90:7
%7871 = pow %5505, %7867 : f64[] @ models/lib/nn.yaml:90:7
%7872 = sub %5478, %7871 : f64[] @ models/lib/nn.yaml:90:7
%7873 = sqrt %7872 : f64[] @ models/lib/nn.yaml:90:7
%7874 = div %5478, %7873 : f64[] @ models/lib/nn.yaml:90:7
%7875 = sqrt %7866 : f32[16] @ models/lib/nn.yaml:90:7
%7876 = cast %7874 : f32[] @ models/lib/nn.yaml:90:7
%7877 = broadcast %7876 : f32[16] @ models/lib/nn.yaml:90:7
%7878 = mul %7875, %7877 : f32[16] @ models/lib/nn.yaml:90:7
%7879 = add %7878, %5642 : f32[16] @ models/lib/nn.yaml:90:7
%7880 = div %7862, %7879 : f32[16] @ models/lib/nn.yaml:90:7
%7881 = cast %7870 : f32[] @ models/lib/nn.yaml:90:7
%7882 = broadcast %7881 : f32[16] @ models/lib/nn.yaml:90:7
%7883 = mul %7880, %7882 : f32[16] @ models/lib/nn.yaml:90:7
%7884 = sub %52, %7883 : f32[16] @ models/lib/nn.yaml:90:7
%7885 = assign %52, %7884 : f32[16] @ models/lib/nn.yaml:90:7
%7886 = assign %7856, %7862 : f32[16] @ models/lib/nn.yaml:90:7
%7887 = assign %7857, %7866 : f32[16] @ models/lib/nn.yaml:90:7
%7888 = assign %7858, %7859 : i64[] @ models/lib/nn.yaml:90:7
%7889 = mul %130, %5653 : f32[16] @ models/lib/nn.yaml:90:7
%7890 = mul %7884, %5655 : f32[16] @ models/lib/nn.yaml:90:7
%7891 = add %7889, %7890 : f32[16] @ models/lib/nn.yaml:90:7
%7892 = assign %130, %7891 : f32[16] @ models/lib/nn.yaml:90:7
%7893 = all_reduce_sum %4813 : f32[16,16] @ models/lib/nn.yaml:79:7
%7894 = reshape %7893 : f32[256] @ models/lib/nn.yaml:79:7
%7895 = mul %7894, %7894 : f32[256] @ models/lib/nn.yaml:79:7
%7896 = reduce_sum %7895 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7897 = sqrt %7896 : f32[] @ models/lib/nn.yaml:79:7
%7898 = cast %7897 : f64[] @ models/lib/nn.yaml:79:7
%7899 = add %7898, %5474 : f64[] @ models/lib/nn.yaml:79:7
%7900 = div %5476, %7899 : f64[] @ models/lib/nn.yaml:79:7
%7901 = lt %7900, %5478 : bool[] @ models/lib/nn.yaml:79:7
%7902 = cast %7900 : f32[] @ models/lib/nn.yaml:79:7
%7903 = broadcast %7902 : f32[16,16] @ models/lib/nn.yaml:79:7
%7904 = mul %7893, %7903 : f32[16,16] @ models/lib/nn.yaml:79:7
%7905 = broadcast %7901 : bool[16,16] @ models/lib/nn.yaml:79:7
%7906 = select %7905, %7904, %7893 : f32[16,16] @ models/lib/nn.yaml:79:7
%7907 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7908 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7909 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7910 = add %7909, %5488 : i64[] @ models/lib/nn.yaml:79:7
%7911 = mul %53, %5894 : f32[16,16] @ models/lib/nn.yaml:79:7
%7912 = mul %7906, %5896 : f32[16,16] @ models/lib/nn.yaml:79:7
%7913 = mul %7907, %5898 : f32[16,16] @ models/lib/nn.yaml:79:7
%7914 = add %7913, %7912 : f32[16,16] @ models/lib/nn.yaml:79:7
%7915 = mul %7906, %7906 : f32[16,16] @ models/lib/nn.yaml:79:7
%7916 = mul %7915, %5902 : f32[16,16] @ models/lib/nn.yaml:79:7
%7917 = mul %7908, %5904 : f32[16,16] @ models/lib/nn.yaml:79:7
%7918 = add %7917, %7916 : f32[16,16] @ models/lib/nn.yaml:79:7
%7919 = cast %7910 : f64[] @ models/lib/nn.yaml:79:7
%7920 = pow %5497, %7919 : f64[] @ models/lib/nn.yaml:79:7
%7921 = sub %5478, %7920 : f64[] @ models/lib/nn.yaml:79:7
%7922 = div %3382, %7921 : f64[] @ models/lib/nn.yaml:79:7
%7923 = pow %5505, %7919 : f64[] @ models/lib/nn.yaml:79:7
%7924 = sub %5478, %7923 : f64[] @ models/lib/nn.yaml:79:7
%7925 = sqrt %7924 : f64[] @ models/lib/nn.yaml:79:7
%7926 = div %5478, %7925 : f64[] @ models/lib/nn.yaml:79:7
%7927 = sqrt %7918 : f32[16,16] @ models/lib/nn.yaml:79:7
%7928 = cast %7926 : f32[] @ models/lib/nn.yaml:79:7
%7929 = broadcast %7928 : f32[16,16] @ models/lib/nn.yaml:79:7
%7930 = mul %7927, %7929 : f32[16,16] @ models/lib/nn.yaml:79:7
%7931 = add %7930, %5919 : f32[16,16] @ models/lib/nn.yaml:79:7
%7932 = div %7914, %7931 : f32[16,16] @ models/lib/nn.yaml:79:7
%7933 = cast %7922 : f32[] @ models/lib/nn.yaml:79:7
%7934 = broadcast %7933 : f32[16,16] @ models/lib/nn.yaml:79:7
%7935 = mul %7932, %7934 : f32[16,16] @ models/lib/nn.yaml:79:7
%7936 = sub %7911, %7935 : f32[16,16] @ models/lib/nn.yaml:79:7
%7937 = assign %53, %7936 : f32[16,16] @ models/lib/nn.yaml:79:7
%7938 = assign %7907, %7914 : f32[16,16] @ models/lib/nn.yaml:79:7
%7939 = assign %7908, %7918 : f32[16,16] @ models/lib/nn.yaml:79:7
%7940 = assign %7909, %7910 : i64[] @ models/lib/nn.yaml:79:7
%7941 = mul %131, %5930 : f32[16,16] @ models/lib/nn.yaml:79:7
%7942 = mul %7936, %5932 : f32[16,16] @ models/lib/nn.yaml:79:7
%7943 = add %7941, %7942 : f32[16,16] @ models/lib/nn.yaml:79:7
%7944 = assign %131, %7943 : f32[16,16] @ models/lib/nn.yaml:79:7
%7945 = all_reduce_sum %4808 : f32[16] @ models/lib/nn.yaml:80:7
%7946 = mul %7945, %7945 : f32[16] @ models/lib/nn.yaml:80:7
%7947 = reduce_sum %7946 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7948 = sqrt %7947 : f32[] @ models/lib/nn.yaml:80:7
%7949 = cast %7948 : f64[] @ models/lib/nn.yaml:80:7
%7950 = add %7949, %5474 : f64[] @ models/lib/nn.yaml:80:7
%7951 = div %5476, %7950 : f64[] @ models/lib/nn.yaml:80:7
%7952 = lt %7951, %5478 : bool[] @ models/lib/nn.yaml:80:7
%7953 = cast %7951 : f32[] @ models/lib/nn.yaml:80:7
%7954 = broadcast %7953 : f32[16] @ models/lib/nn.yaml:80:7
%7955 = mul %7945, %7954 : f32[16] @ models/lib/nn.yaml:80:7
%7956 = broadcast %7952 : bool[16] @ models/lib/nn.yaml:80:7
%7957 = select %7956, %7955, %7945 : f32[16] @ models/lib/nn.yaml:80:7
%7958 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7959 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7960 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7961 = add %7960, %5488 : i64[] @ models/lib/nn.yaml:80:7
%7962 = mul %7957, %5619 : f32[16] @ models/lib/nn.yaml:80:7
%7963 = mul %7958, %5621 : f32[16] @ models/lib/nn.yaml:80:7
%7964 = add %7963, %7962 : f32[16] @ models/lib/nn.yaml:80:7
%7965 = mul %7957, %7957 : f32[16] @ models/lib/nn.yaml:80:7
%7966 = mul %7965, %5625 : f32[16] @ models/lib/nn.yaml:80:7
%7967 = mul %7959, %5627 : f32[16] @ models/lib/nn.yaml:80:7
%7968 = add %7967, %7966 : f32[16] @ models/lib/nn.yaml:80:7
%7969 = cast %7961 : f64[] @ models/lib/nn.yaml:80:7
%7970 = pow %5497, %7969 : f64[] @ models/lib/nn.yaml:80:7
%7971 = sub %5478, %7970 : f64[] @ models/lib/nn.yaml:80:7
%7972 = div %3382, %7971 : f64[] @ models/lib/nn.yaml:80:7
%7973 = pow %5505, %7969 : f64[] @ models/lib/nn.yaml:80:7
%7974 = sub %5478, %7973 : f64[] @ models/lib/nn.yaml:80:7
%7975 = sqrt %7974 : f64[] @ models/lib/nn.yaml:80:7
%7976 = div %5478, %7975 : f64[] @ models/lib/nn.yaml:80:7
%7977 = sqrt %7968 : f32[16] @ models/lib/nn.yaml:80:7
%7978 = cast %7976 : f32[] @ models/lib/nn.yaml:80:7
%7979 = broadcast %7978 : f32[16] @ models/lib/nn.yaml:80:7
%7980 = mul %7977, %7979 : f32[16] @ models/lib/nn.yaml:80:7
%7981 = add %7980, %5642 : f32[16] @ models/lib/nn.yaml:80:7
%7982 = div %7964, %7981 : f32[16] @ models/lib/nn.yaml:80:7
%7983 = cast %7972 : f32[] @ models/lib/nn.yaml:80:7
%7984 = broadcast %7983 : f32[16] @ models/lib/nn.yaml:80:7
%7985 = mul %7982, %7984 : f32[16] @ models/lib/nn.yaml:80:7
%7986 = sub %54, %7985 : f32[16] @ models/lib/nn.yaml:80:7
%7987 = assign %54, %7986 : f32[16] @ models/lib/nn.yaml:80:7
%7988 = assign %7958, %7964 : f32[16] @ models/lib/nn.yaml:80:7
%7989 = assign %7959, %7968 : f32[16] @ models/lib/nn.yaml:80:7
%7990 = assign %7960, %7961 : i64[] @ models/lib/nn.yaml:80:7
%7991 = mul %132, %5653 : f32[16] @ models/lib/nn.yaml:80:7
%7992 = mul %7986, %5655 : f32[16] @ models/lib/nn.yaml:80:7
%7993 = add %7991, %7992 : f32[16] @ models/lib/nn.yaml:80:7
%7994 = assign %132, %7993 : f32[16] @ models/lib/nn.yaml:80:7
%7995 = all_reduce_sum %4803 : f32[16,16] @ models/lib/nn.yaml:79:7
%7996 = reshape %7995 : f32[256] @ models/lib/nn.yaml:79:7
%7997 = mul %7996, %7996 : f32[256] @ models/lib/nn.yaml:79:7
%7998 = reduce_sum %7997 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7999 = sqrt %7998 : f32[] @ models/lib/nn.yaml:79:7
%8000 = cast %7999 : f64[] @ models/lib/nn.yaml:79:7
%8001 = add %8000, %5474 : f64[] @ models/lib/nn.yaml:79:7
%8002 = div %5476, %8001 : f64[] @ models/lib/nn.yaml:79:7
%8003 = lt %8002, %5478 : bool[] @ models/lib/nn.yaml:79:7
%8004 = cast %8002 : f32[] @ models/lib/nn.yaml:79:7
%8005 = broadcast %8004 : f32[16,16] @ models/lib/nn.yaml:79:7
%8006 = mul %7995, %8005 : f32[16,16] @ models/lib/nn.yaml:79:7
%8007 = broadcast %8003 : bool[16,16] @ models/lib/nn.yaml:79:7
%8008 = select %8007, %8006, %7995 : f32[16,16] @ models/lib/nn.yaml:79:7
%8009 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8010 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8011 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8012 = add %8011, %5488 : i64[] @ models/lib/nn.yaml:79:7
%8013 = mul %55, %5894 : f32[16,16] @ models/lib/nn.yaml:79:7
%8014 = mul %8008, %5896 : f32[16,16] @ models/lib/nn.yaml:79:7
%8015 = mul %8009, %5898 : f32[16,16] @ models/lib/nn.yaml:79:7
%8016 = add %8015, %8014 : f32[16,16] @ models/lib/nn.yaml:79:7
%8017 = mul %8008, %8008 : f32[16,16] @ models/lib/nn.yaml:79:7
%8018 = mul %8017, %5902 : f32[16,16] @ models/lib/nn.yaml:79:7
%8019 = mul %8010, %5904 : f32[16,16] @ models/lib/nn.yaml:79:7
%8020 = add %8019, %8018 : f32[16,16] @ models/lib/nn.yaml:79:7
%8021 = cast %8012 : f64[] @ models/lib/nn.yaml:79:7
%8022 = pow %5497, %8021 : f64[] @ models/lib/nn.yaml:79:7
%8023 = sub %5478, %8022 : f64[] @ models/lib/nn.yaml:79:7
%8024 = div %3382, %8023 : f64[] @ models/lib/nn.yaml:79:7
%8025 = pow %5505, %8021 : f64[] @ models/lib/nn.yaml:79:7
%8026 = sub %5478, %8025 : f64[] @ models/lib/nn.yaml:79:7
%8027 = sqrt %8026 : f64[] @ models/lib/nn.yaml:79:7
%8028 = div %5478, %8027 : f64[] @ models/lib/nn.yaml:79:7
%8029 = sqrt %8020 : f32[16,16] @ models/lib/nn.yaml:79:7
%8030 = cast %8028 : f32[] @ models/lib/nn.yaml:79:7
%8031 = broadcast %8030 : f32[16,16] @ models/lib/nn.yaml:79:7
%8032 = mul %8029, %8031 : f32[16,16] @ models/lib/nn.yaml:79:7
%8033 = add %8032, %5919 : f32[16,16] @ models/lib/nn.yaml:79:7
%8034 = div %8016, %8033 : f32[16,16] @ models/lib/nn.yaml:79:7
%8035 = cast %8024 : f32[] @ models/lib/nn.yaml:79:7
%8036 = broadcast %8035 : f32[16,16] @ models/lib/nn.yaml:79:7
%8037 = mul %8034, %8036 : f32[16,16] @ models/lib/nn.yaml:79:7
%8038 = sub %8013, %8037 : f32[16,16] @ models/lib/nn.yaml:79:7
%8039 = assign %55, %8038 : f32[16,16] @ models/lib/nn.yaml:79:7
%8040 = assign %8009, %8016 : f32[16,16] @ models/lib/nn.yaml:79:7
%8041 = assign %8010, %8020 : f32[16,16] @ models/lib/nn.yaml:79:7
%8042 = assign %8011, %8012 : i64[] @ models/lib/nn.yaml:79:7
%8043 = mul %133, %5930 : f32[16,16] @ models/lib/nn.yaml:79:7
%8044 = mul %8038, %5932 : f32[16,16] @ models/lib/nn.yaml:79:7
%8045 = add %8043, %8044 : f32[16,16] @ models/lib/nn.yaml:79:7
%8046 = assign %133, %8045 : f32[16,16] @ models/lib/nn.yaml:79:7
%8047 = all_reduce_sum %4798 : f32[16] @ models/lib/nn.yaml:80:7
%8048 = mul %8047, %8047 : f32[16] @ models/lib/nn.yaml:80:7
%8049 = reduce_sum %8048 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8050 = sqrt %8049 : f32[] @ models/lib/nn.yaml:80:7
%8051 = cast %8050 : f64[] @ models/lib/nn.yaml:80:7
%8052 = add %8051, %5474 : f64[] @ models/lib/nn.yaml:80:7
%8053 = div %5476, %8052 : f64[] @ models/lib/nn.yaml:80:7
%8054 = lt %8053, %5478 : bool[] @ models/lib/nn.yaml:80:7
%8055 = cast %8053 : f32[] @ models/lib/nn.yaml:80:7
%8056 = broadcast %8055 : f32[16] @ models/lib/nn.yaml:80:7
%8057 = mul %8047, %8056 : f32[16] @ models/lib/nn.yaml:80:7
%8058 = broadcast %8054 : bool[16] @ models/lib/nn.yaml:80:7
%8059 = select %8058, %8057, %8047 : f32[16] @ models/lib/nn.yaml:80:7
%8060 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8061 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8062 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8063 = add %8062, %5488 : i64[] @ models/lib/nn.yaml:80:7
%8064 = mul %8059, %5619 : f32[16] @ models/lib/nn.yaml:80:7
%8065 = mul %8060, %5621 : f32[16] @ models/lib/nn.yaml:80:7
%8066 = add %8065, %8064 : f32[16] @ models/lib/nn.yaml:80:7
%8067 = mul %8059, %8059 : f32[16] @ models/lib/nn.yaml:80:7
%8068 = mul %8067, %5625 : f32[16] @ models/lib/nn.yaml:80:7
%8069 = mul %8061, %5627 : f32[16] @ models/lib/nn.yaml:80:7
%8070 = add %8069, %8068 : f32[16] @ models/lib/nn.yaml:80:7
%8071 = cast %8063 : f64[] @ models/lib/nn.yaml:80:7
%8072 = pow %5497, %8071 : f64[] @ models/lib/nn.yaml:80:7
%8073 = sub %5478, %8072 : f64[] @ models/lib/nn.yaml:80:7
%8074 = div %3382, %8073 : f64[] @ models/lib/nn.yaml:80:7
%8075 = pow %5505, %8071 : f64[] @ models/lib/nn.yaml:80:7
%8076 = sub %5478, %8075 : f64[] @ models/lib/nn.yaml:80:7
%8077 = sqrt %8076 : f64[] @ models/lib/nn.yaml:80:7
%8078 = div %5478, %8077 : f64[] @ models/lib/nn.yaml:80:7
%8079 = sqrt %8070 : f32[16] @ models/lib/nn.yaml:80:7
%8080 = cast %8078 : f32[] @ models/lib/nn.yaml:80:7
%8081 = broadcast %8080 : f32[16] @ models/lib/nn.yaml:80:7
%8082 = mul %8079, %8081 : f32[16] @ models/lib/nn.yaml:80:7
%8083 = add %8082, %5642 : f32[16] @ models/lib/nn.yaml:80:7
%8084 = div %8066, %8083 : f32[16] @ models/lib/nn.yaml:80:7
%8085 = cast %8074 : f32[] @ models/lib/nn.yaml:80:7
%8086 = broadcast %8085 : f32[16] @ models/lib/nn.yaml:80:7
%8087 = mul %8084, %8086 : f32[16] @ models/lib/nn.yaml:80:7
%8088 = sub %56, %8087 : f32[16] @ models/lib/nn.yaml:80:7
%8089 = assign %56, %8088 : f32[16] @ models/lib/nn.yaml:80:7
%8090 = assign %8060, %8066 : f32[16] @ models/lib/nn.yaml:80:7
%8091 = assign %8061, %8070 : f32[16] @ models/lib/nn.yaml:80:7
%8092 = assign %8062, %8063 : i64[] @ models/lib/nn.yaml:80:7
%8093 = mul %134, %5653 : f32[16] @ models/lib/nn.yaml:80:7
%8094 = mul %8088, %5655 : f32[16] @ models/lib/nn.yaml:80:7
%8095 = add %8093, %8094 : f32[16] @ models/lib/nn.yaml:80:7
%8096 = assign %134, %8095 : f32[16] @ models/lib/nn.yaml:80:7
%8097 = all_reduce_sum %4791 : f32[16,16] @ models/lib/nn.yaml:79:7
%8098 = reshape %8097 : f32[256] @ models/lib/nn.yaml:79:7
%8099 = mul %8098, %8098 : f32[256] @ models/lib/nn.yaml:79:7
%8100 = reduce_sum %8099 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8101 = sqrt %8100 : f32[] @ models/lib/nn.yaml:79:7
%8102 = cast %8101 : f64[] @ models/lib/nn.yaml:79:7
%8103 = add %8102, %5474 : f64[] @ models/lib/nn.yaml:79:7
%8104 = div %5476, %8103 : f64[] @ models/lib/nn.yaml:79:7
%8105 = lt %8104, %5478 : bool[] @ models/lib/nn.yaml:79:7
%8106 = cast %8104 : f32[] @ models/lib/nn.yaml:79:7
%8107 = broadcast %8106 : f32[16,16] @ models/lib/nn.yaml:79:7
%8108 = mul %8097, %8107 : f32[16,16] @ models/lib/nn.yaml:79:7
%8109 = broadcast %8105 : bool[16,16] @ models/lib/nn.yaml:79:7
%8110 = select %8109, %8108, %8097 : f32[16,16] @ models/lib/nn.yaml:79:7
%8111 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8112 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8113 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8114 = add %8113, %5488 : i64[] @ models/lib/nn.yaml:79:7
%8115 = mul %57, %5894 : f32[16,16] @ models/lib/nn.yaml:79:7
%8116 = mul %8110, %5896 : f32[16,16] @ models/lib/nn.yaml:79:7
%8117 = mul %8111, %5898 : f32[16,16] @ models/lib/nn.yaml:79:7
%8118 = add %8117, %8116 : f32[16,16] @ models/lib/nn.yaml:79:7
%8119 = mul %8110, %8110 : f32[16,16] @ models/lib/nn.yaml:79:7
%8120 = mul %8119, %5902 : f32[16,16] @ models/lib/nn.yaml:79:7
%8121 = mul %8112, %5904 : f32[16,16] @ models/lib/nn.yaml:79:7
%8122 = add %8121, %8120 : f32[16,16] @ models/lib/nn.yaml:79:7
%8123 = cast %8114 : f64[] @ models/lib/nn.yaml:79:7
%8124 = pow %5497, %8123 : f64[] @ models/lib/nn.yaml:79:7
%8125 = sub %5478, %8124 : f64[] @ models/lib/nn.yaml:79:7
%8126 = div %3382, %8125 : f64[] @ models/lib/nn.yaml:79:7
%8127 = pow %5505, %8123 : f64[] @ models/lib/nn.yaml:79:7
%8128 = sub %5478, %8127 : f64[] @ models/lib/nn.yaml:79:7
%8129 = sqrt %8128 : f64[] @ models/lib/nn.yaml:79:7
%8130 = div %5478, %8129 : f64[] @ models/lib/nn.yaml:79:7
%8131 = sqrt %8122 : f32[16,16] @ models/lib/nn.yaml:79:7
%8132 = cast %8130 : f32[] @ models/lib/nn.yaml:79:7
%8133 = broadcast %8132 : f32[16,16] @ models/lib/nn.yaml:79:7
%8134 = mul %8131, %8133 : f32[16,16] @ models/lib/nn.yaml:79:7
%8135 = add %8134, %5919 : f32[16,16] @ models/lib/nn.yaml:79:7
%8136 = div %8118, %8135 : f32[16,16] @ models/lib/nn.yaml:79:7
%8137 = cast %8126 : f32[] @ models/lib/nn.yaml:79:7
%8138 = broadcast %8137 : f32[16,16] @ models/lib/nn.yaml:79:7
%8139 = mul %8136, %8138 : f32[16,16] @ models/lib/nn.yaml:79:7
%8140 = sub %8115, %8139 : f32[16,16] @ models/lib/nn.yaml:79:7
%8141 = assign %57, %8140 : f32[16,16] @ models/lib/nn.yaml:79:7
%8142 = assign %8111, %8118 : f32[16,16] @ models/lib/nn.yaml:79:7
%8143 = assign %8112, %8122 : f32[16,16] @ models/lib/nn.yaml:79:7
%8144 = assign %8113, %8114 : i64[] @ models/lib/nn.yaml:79:7
%8145 = mul %135, %5930 : f32[16,16] @ models/lib/nn.yaml:79:7
%8146 = mul %8140, %5932 : f32[16,16] @ models/lib/nn.yaml:79:7
%8147 = add %8145, %8146 : f32[16,16] @ models/lib/nn.yaml:79:7
%8148 = assign %135, %8147 : f32[16,16] @ models/lib/nn.yaml:79:7
%8149 = all_reduce_sum %4786 : f32[16] @ models/lib/nn.yaml:80:7
%8150 = mul %8149, %8149 : f32[16] @ models/lib/nn.yaml:80:7
%8151 = reduce_sum %8150 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8152 = sqrt %8151 : f32[] @ models/lib/nn.yaml:80:7
%8153 = cast %8152 : f64[] @ models/lib/nn.yaml:80:7
%8154 = add %8153, %5474 : f64[] @ models/lib/nn.yaml:80:7
%8155 = div %5476, %8154 : f64[] @ models/lib/nn.yaml:80:7
%8156 = lt %8155, %5478 : bool[] @ models/lib/nn.yaml:80:7
%8157 = cast %8155 : f32[] @ models/lib/nn.yaml:80:7
%8158 = broadcast %8157 : f32[16] @ models/lib/nn.yaml:80:7
%8159 = mul %8149, %8158 : f32[16] @ models/lib/nn.yaml:80:7
%8160 = broadcast %8156 : bool[16] @ models/lib/nn.yaml:80:7
%8161 = select %8160, %8159, %8149 : f32[16] @ models/lib/nn.yaml:80:7
%8162 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8163 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8164 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8165 = add %8164, %5488 : i64[] @ models/lib/nn.yaml:80:7
%8166 = mul %8161, %5619 : f32[16] @ models/lib/nn.yaml:80:7
%8167 = mul %8162, %5621 : f32[16] @ models/lib/nn.yaml:80:7
%8168 = add %8167, %8166 : f32[16] @ models/lib/nn.yaml:80:7
%8169 = mul %8161, %8161 : f32[16] @ models/lib/nn.yaml:80:7
%8170 = mul %8169, %5625 : f32[16] @ models/lib/nn.yaml:80:7
%8171 = mul %8163, %5627 : f32[16] @ models/lib/nn.yaml:80:7
%8172 = add %8171, %8170 : f32[16] @ models/lib/nn.yaml:80:7
%8173 = cast %8165 : f64[] @ models/lib/nn.yaml:80:7
%8174 = pow %5497, %8173 : f64[] @ models/lib/nn.yaml:80:7
%8175 = sub %5478, %8174 : f64[] @ models/lib/nn.yaml:80:7
%8176 = div %3382, %8175 : f64[] @ models/lib/nn.yaml:80:7
%8177 = pow %5505, %8173 : f64[] @ models/lib/nn.yaml:80:7
%8178 = sub %5478, %8177 : f64[] @ models/lib/nn.yaml:80:7
%8179 = sqrt %8178 : f64[] @ models/lib/nn.yaml:80:7
%8180 = div %5478, %8179 : f64[] @ models/lib/nn.yaml:80:7
%8181 = sqrt %8172 : f32[16] @ models/lib/nn.yaml:80:7
%8182 = cast %8180 : f32[] @ models/lib/nn.yaml:80:7
%8183 = broadcast %8182 : f32[16] @ models/lib/nn.yaml:80:7
%8184 = mul %8181, %8183 : f32[16] @ models/lib/nn.yaml:80:7
%8185 = add %8184, %5642 : f32[16] @ models/lib/nn.yaml:80:7
%8186 = div %8168, %8185 : f32[16] @ models/lib/nn.yaml:80:7
%8187 = cast %8176 : f32[] @ models/lib/nn.yaml:80:7
%8188 = broadcast %8187 : f32[16] @ models/lib/nn.yaml:80:7
%8189 = mul %8186, %8188 : f32[16] @ models/lib/nn.yaml:80:7
%8190 = sub %58, %8189 : f32[16] @ models/lib/nn.yaml:80:7
%8191 = assign %58, %8190 : f32[16] @ models/lib/nn.yaml:80:7
%8192 = assign %8162, %8168 : f32[16] @ models/lib/nn.yaml:80:7
%8193 = assign %8163, %8172 : f32[16] @ models/lib/nn.yaml:80:7
%8194 = assign %8164, %8165 : i64[] @ models/lib/nn.yaml:80:7
%8195 = mul %136, %5653 : f32[16] @ models/lib/nn.yaml:80:7
%8196 = mul %8190, %5655 : f32[16] @ models/lib/nn.yaml:80:7
%8197 = add %8195, %8196 : f32[16] @ models/lib/nn.yaml:80:7
%8198 = assign %136, %8197 : f32[16] @ models/lib/nn.yaml:80:7
%8199 = all_reduce_sum %4714 : f32[16,16] @ models/lib/nn.yaml:79:7
%8200 = reshape %8199 : f32[256] @ models/lib/nn.yaml:79:7
%8201 = mul %8200, %8200 : f32[256] @ models/lib/nn.yaml:79:7
%8202 = reduce_sum %8201 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8203 = sqrt %8202 : f32[] @ models/lib/nn.yaml:79:7
%8204 = cast %8203 : f64[] @ models/lib/nn.yaml:79:7
%8205 = add %8204, %5474 : f64[] @ models/lib/nn.yaml:79:7
%8206 = div %5476, %8205 : f64[] @ models/lib/nn.yaml:79:7
%8207 = lt %8206, %5478 : bool[] @ models/lib/nn.yaml:79:7
%8208 = cast %8206 : f32[] @ models/lib/nn.yaml:79:7
%8209 = broadcast %8208 : f32[16,16] @ models/lib/nn.yaml:79:7
%8210 = mul %8199, %8209 : f32[16,16] @ models/lib/nn.yaml:79:7
%8211 = broadcast %8207 : bool[16,16] @ models/lib/nn.yaml:79:7
%8212 = select %8211, %8210, %8199 : f32[16,16] @ models/lib/nn.yaml:79:7
%8213 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8214 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8215 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8216 = add %8215, %5488 : i64[] @ models/lib/nn.yaml:79:7
%8217 = mul %59, %5894 : f32[16,16] @ models/lib/nn.yaml:79:7
%8218 = mul %8212, %5896 : f32[16,16] @ models/lib/nn.yaml:79:7
%8219 = mul %8213, %5898 : f32[16,16] @ models/lib/nn.yaml:79:7
%8220 = add %8219, %8218 : f32[16,16] @ models/lib/nn.yaml:79:7
%8221 = mul %8212, %8212 : f32[16,16] @ models/lib/nn.yaml:79:7
%8222 = mul %8221, %5902 : f32[16,16] @ models/lib/nn.yaml:79:7
%8223 = mul %8214, %5904 : f32[16,16] @ models/lib/nn.yaml:79:7
%8224 = add %8223, %8222 : f32[16,16] @ models/lib/nn.yaml:79:7
%8225 = cast %8216 : f64[] @ models/lib/nn.yaml:79:7
%8226 = pow %5497, %8225 : f64[] @ models/lib/nn.yaml:79:7
%8227 = sub %5478, %8226 : f64[] @ models/lib/nn.yaml:79:7
%8228 = div %3382, %8227 : f64[] @ models/lib/nn.yaml:79:7
%8229 = pow %5505, %8225 : f64[] @ models/lib/nn.yaml:79:7
%8230 = sub %5478, %8229 : f64[] @ models/lib/nn.yaml:79:7
%8231 = sqrt %8230 : f64[] @ models/lib/nn.yaml:79:7
%8232 = div %5478, %8231 : f64[] @ models/lib/nn.yaml:79:7
%8233 = sqrt %8224 : f32[16,16] @ models/lib/nn.yaml:79:7
%8234 = cast %8232 : f32[] @ models/lib/nn.yaml:79:7
%8235 = broadcast %8234 : f32[16,16] @ models/lib/nn.yaml:79:7
%8236 = mul %8233, %8235 : f32[16,16] @ models/lib/nn.yaml:79:7
%8237 = add %8236, %5919 : f32[16,16] @ models/lib/nn.yaml:79:7
%8238 = div %8220, %8237 : f32[16,16] @ models/lib/nn.yaml:79:7
%8239 = cast %8228 : f32[] @ models/lib/nn.yaml:79:7
%8240 = broadcast %8239 : f32[16,16] @ models/lib/nn.yaml:79:7
%8241 = mul %8238, %8240 : f32[16,16] @ models/lib/nn.yaml:79:7
%8242 = sub %8217, %8241 : f32[16,16] @ models/lib/nn.yaml:79:7
%8243 = assign %59, %8242 : f32[16,16] @ models/lib/nn.yaml:79:7
%8244 = assign %8213, %8220 : f32[16,16] @ models/lib/nn.yaml:79:7
%8245 = assign %8214, %8224 : f32[16,16] @ models/lib/nn.yaml:79:7
%8246 = assign %8215, %8216 : i64[] @ models/lib/nn.yaml:79:7
%8247 = mul %137, %5930 : f32[16,16] @ models/lib/nn.yaml:79:7
%8248 = mul %8242, %5932 : f32[16,16] @ models/lib/nn.yaml:79:7
%8249 = add %8247, %8248 : f32[16,16] @ models/lib/nn.yaml:79:7
%8250 = assign %137, %8249 : f32[16,16] @ models/lib/nn.yaml:79:7
%8251 = all_reduce_sum %4709 : f32[16] @ models/lib/nn.yaml:80:7
%8252 = mul %8251, %8251 : f32[16] @ models/lib/nn.yaml:80:7
%8253 = reduce_sum %8252 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8254 = sqrt %8253 : f32[] @ models/lib/nn.yaml:80:7
%8255 = cast %8254 : f64[] @ models/lib/nn.yaml:80:7
%8256 = add %8255, %5474 : f64[] @ models/lib/nn.yaml:80:7
%8257 = div %5476, %8256 : f64[] @ models/lib/nn.yaml:80:7
%8258 = lt %8257, %5478 : bool[] @ models/lib/nn.yaml:80:7
%8259 = cast %8257 : f32[] @ models/lib/nn.yaml:80:7
%8260 = broadcast %8259 : f32[16] @ models/lib/nn.yaml:80:7
%8261 = mul %8251, %8260 : f32[16] @ models/lib/nn.yaml:80:7
%8262 = broadcast %8258 : bool[16] @ models/lib/nn.yaml:80:7
%8263 = select %8262, %8261, %8251 : f32[16] @ models/lib/nn.yaml:80:7
%8264 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8265 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8266 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8267 = add %8266, %5488 : i64[] @ models/lib/nn.yaml:80:7
%8268 = mul %8263, %5619 : f32[16] @ models/lib/nn.yaml:80:7
%8269 = mul %8264, %5621 : f32[16] @ models/lib/nn.yaml:80:7
%8270 = add %8269, %8268 : f32[16] @ models/lib/nn.yaml:80:7
%8271 = mul %8263, %8263 : f32[16] @ models/lib/nn.yaml:80:7
%8272 = mul %8271, %5625 : f32[16] @ models/lib/nn.yaml:80:7
%8273 = mul %8265, %5627 : f32[16] @ models/lib/nn.yaml:80:7
%8274 = add %8273, %8272 : f32[16] @ models/lib/nn.yaml:80:7
%8275 = cast %8267 : f64[] @ models/lib/nn.yaml:80:7
%8276 = pow %5497, %8275 : f64[] @ models/lib/nn.yaml:80:7
%8277 = sub %5478, %8276 : f64[] @ models/lib/nn.yaml:80:7
%8278 = div %3382, %8277 : f64[] @ models/lib/nn.yaml:80:7
%8279 = pow %5505, %8275 : f64[] @ models/lib/nn.yaml:80:7
%8280 = sub %5478, %8279 : f64[] @ models/lib/nn.yaml:80:7
%8281 = sqrt %8280 : f64[] @ models/lib/nn.yaml:80:7
%8282 = div %5478, %8281 : f64[] @ models/lib/nn.yaml:80:7
%8283 = sqrt %8274 : f32[16] @ models/lib/nn.yaml:80:7
%8284 = cast %8282 : f32[] @ models/lib/nn.yaml:80:7
%8285 = broadcast %8284 : f32[16] @ models/lib/nn.yaml:80:7
%8286 = mul %8283, %8285 : f32[16] @ models/lib/nn.yaml:80:7
%8287 = add %8286, %5642 : f32[16] @ models/lib/nn.yaml:80:7
%8288 = div %8270, %8287 : f32[16] @ models/lib/nn.yaml:80:7
%8289 = cast %8278 : f32[] @ models/lib/nn.yaml:80:7
%8290 = broadcast %8289 : f32[16] @ models/lib/nn.yaml:80:7
%8291 = mul %8288, %8290 : f32[16] @ models/lib/nn.yaml:80:7
%8292 = sub %60, %8291 : f32[16] @ models/lib/nn.yaml:80:7
%8293 = assign %60, %8292 : f32[16] @ models/lib/nn.yaml:80:7
%8294 = assign %8264, %8270 : f32[16] @ models/lib/nn.yaml:80:7
%8295 = assign %8265, %8274 : f32[16] @ models/lib/nn.yaml:80:7
%8296 = assign %8266, %8267 : i64[] @ models/lib/nn.yaml:80:7
%8297 = mul %138, %5653 : f32[16] @ models/lib/nn.yaml:80:7
%8298 = mul %8292, %5655 : f32[16] @ models/lib/nn.yaml:80:7
%8299 = add %8297, %8298 : f32[16] @ models/lib/nn.yaml:80:7
%8300 = assign %138, %8299 : f32[16] @ models/lib/nn.yaml:80:7
%8301 = all_reduce_sum %4688 : f32[16] @ models/lib/nn.yaml:89:7
%8302 = mul %8301, %8301 : f32[16] @ models/lib/nn.yaml:89:7
%8303 = reduce_sum %8302 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8304 = sqrt %8303 : f32[] @ models/lib/nn.yaml:89:7
%8305 = cast %8304 : f64[] @ models/lib/nn.yaml:89:7
%8306 = add %8305, %5474 : f64[] @ models/lib/nn.yaml:89:7
%8307 = div %5476, %8306 : f64[] @ models/lib/nn.yaml:89:7
%8308 = lt %8307, %5478 : bool[] @ models/lib/nn.yaml:89:7
%8309 = cast %8307 : f32[] @ models/lib/nn.yaml:89:7
%8310 = broadcast %8309 : f32[16] @ models/lib/nn.yaml:89:7
%8311 = mul %8301, %8310 : f32[16] @ models/lib/nn.yaml:89:7
%8312 = broadcast %8308 : bool[16] @ models/lib/nn.yaml:89:7
%8313 = select %8312, %8311, %8301 : f32[16] @ models/lib/nn.yaml:89:7
%8314 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8315 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8316 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8317 = add %8316, %5488 : i64[] @ models/lib/nn.yaml:89:7
%8318 = mul %8313, %5619 : f32[16] @ models/lib/nn.yaml:89:7
%8319 = mul %8314, %5621 : f32[16] @ models/lib/nn.yaml:89:7
%8320 = add %8319, %8318 : f32[16] @ models/lib/nn.yaml:89:7
%8321 = mul %8313, %8313 : f32[16] @ models/lib/nn.yaml:89:7
%8322 = mul %8321, %5625 : f32[16] @ models/lib/nn.yaml:89:7
%8323 = mul %8315, %5627 : f32[16] @ models/lib/nn.yaml:89:7
%8324 = add %8323, %8322 : f32[16] @ models/lib/nn.yaml:89:7
%8325 = cast %8317 : f64[] @ models/lib/nn.yaml:89:7
%8326 = pow %5497, %8325 : f64[] @ models/lib/nn.yaml:89:7
%8327 = sub %5478, %8326 : f64[] @ models/lib/nn.yaml:89:7
%8328 = div %3382, %8327 : f64[] @ models/lib/nn.yaml:89:7
%8329 = pow %5505, %8325 : f64[] @ models/lib/nn.yaml:89:7
%8330 = sub %5478, %8329 : f64[] @ models/lib/nn.yaml:89:7
%8331 = sqrt %8330 : f64[] @ models/lib/nn.yaml:89:7
%8332 = div %5478, %8331 : f64[] @ models/lib/nn.yaml:89:7
%8333 = sqrt %8324 : f32[16] @ models/lib/nn.yaml:89:7
%8334 = cast %8332 : f32[] @ models/lib/nn.yaml:89:7
%8335 = broadcast %8334 : f32[16] @ models/lib/nn.yaml:89:7
%8336 = mul %8333, %8335 : f32[16] @ models/lib/nn.yaml:89:7
%8337 = add %8336, %5642 : f32[16] @ models/lib/nn.yaml:89:7
%8338 = div %8320, %8337 : f32[16] @ models/lib/nn.yaml:89:7
%8339 = cast %8328 : f32[] @ models/lib/nn.yaml:89:7
%8340 = broadcast %8339 : f32[16] @ models/lib/nn.yaml:89:7
%8341 = mul %8338, %8340 : f32[16] @ models/lib/nn.yaml:89:7
%8342 = sub %61, %8341 : f32[16] @ models/lib/nn.yaml:89:7
%8343 = assign %61, %8342 : f32[16] @ models/lib/nn.yaml:89:7
%8344 = assign %8314, %8320 : f32[16] @ models/lib/nn.yaml:89:7
%8345 = assign %8315, %8324 : f32[16] @ models/lib/nn.yaml:89:7
%8346 = assign %8316, %8317 : i64[] @ models/lib/nn.yaml:89:7
%8347 = mul %139, %5653 : f32[16] @ models/lib/nn.yaml:89:7
%8348 = mul %8342, %5655 : f32[16] @ models/lib/nn.yaml:89:7
%8349 = add %8347, %8348 : f32[16] @ models/lib/nn.yaml:89:7
%8350 = assign %139, %8349 : f32[16] @ models/lib/nn.yaml:89:7
%8351 = all_reduce_sum %4683 : f32[16] @ models/lib/nn.yaml:90:7
%8352 = mul %8351, %8351 : f32[16] @ models/lib/nn.yaml:90:7
%8353 = reduce_sum %8352 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8354 = sqrt %8353 : f32[] @ models/lib/nn.yaml:90:7
%8355 = cast %8354 : f64[] @ models/lib/nn.yaml:90:7
%8356 = add %8355, %5474 : f64[] @ models/lib/nn.yaml:90:7
%8357 = div %5476, %8356 : f64[] @ models/lib/nn.yaml:90:7
%8358 = lt %8357, %5478 : bool[] @ models/lib/nn.yaml:90:7
%8359 = cast %8357 : f32[] @ models/lib/nn.yaml:90:7
%8360 = broadcast %8359 : f32[16] @ models/lib/nn.yaml:90:7
%8361 = mul %8351, %8360 : f32[16] @ models/lib/nn.yaml:90:7
%8362 = broadcast %8358 : bool[16] @ models/lib/nn.yaml:90:7
%8363 = select %8362, %8361, %8351 : f32[16] @ models/lib/nn.yaml:90:7
%8364 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8365 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8366 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8367 = add %8366, %5488 : i64[] @ models/lib/nn.yaml:90:7
%8368 = mul %8363, %5619 : f32[16] @ models/lib/nn.yaml:90:7
%8369 = mul %8364, %5621 : f32[16] @ models/lib/nn.yaml:90:7
%8370 = add %8369, %8368 : f32[16] @ models/lib/nn.yaml:90:7
%8371 = mul %8363, %8363 : f32[16] @ models/lib/nn.yaml:90:7
%8372 = mul %8371, %5625 : f32[16] @ models/lib/nn.yaml:90:7
%8373 = mul %8365, %5627 : f32[16] @ models/lib/nn.yaml:90:7
%8374 = add %8373, %8372 : f32[16] @ models/lib/nn.yaml:90:7
%8375 = cast %8367 : f64[] @ models/lib/nn.yaml:90:7
%8376 = pow %5497, %8375 : f64[] @ models/lib/nn.yaml:90:7
%8377 = sub %5478, %8376 : f64[] @ models/lib/nn.yaml:90:7
%8378 = div %3382, %8377 : f64[] @ models/lib/nn.yaml:90:7
%8379 = pow %5505, %8375 : f64[] @ models/lib/nn.yaml:90:7
%8380 = sub %5478, %8379 : f64[] @ models/lib/nn.yaml:90:7
%8381 = sqrt %8380 : f64[] @ models/lib/nn.yaml:90:7
%8382 = div %5478, %8381 : f64[] @ models/lib/nn.yaml:90:7
%8383 = sqrt %8374 : f32[16] @ models/lib/nn.yaml:90:7
%8384 = cast %8382 : f32[] @ models/lib/nn.yaml:90:7
%8385 = broadcast %8384 : f32[16] @ models/lib/nn.yaml:90:7
%8386 = mul %8383, %8385 : f32[16] @ models/lib/nn.yaml:90:7
%8387 = add %8386, %5642 : f32[16] @ models/lib/nn.yaml:90:7
%8388 = div %8370, %8387 : f32[16] @ models/lib/nn.yaml:90:7
%8389 = cast %8378 : f32[] @ models/lib/nn.yaml:90:7
%8390 = broadcast %8389 : f32[16] @ models/lib/nn.yaml:90:7
%8391 = mul %8388, %8390 : f32[16] @ models/lib/nn.yaml:90:7
%8392 = sub %62, %8391 : f32[16] @ models/lib/nn.yaml:90:7
%8393 = assign %62, %8392 : f32[16] @ models/lib/nn.yaml:90:7
%8394 = assign %8364, %8370 : f32[16] @ models/lib/nn.yaml:90:7
%8395 = assign %8365, %8374 : f32[16] @ models/lib/nn.yaml:90:7
%8396 = assign %8366, %8367 : i64[] @ models/lib/nn.yaml:90:7
%8397 = mul %140, %5653 : f32[16] @ models/lib/nn.yaml:90:7
%8398 = mul %8392, %5655 : f32[16] @ models/lib/nn.yaml:90:7
%8399 = add %8397, %8398 : f32[16] @ models/lib/nn.yaml:90:7
%8400 = assign %140, %8399 : f32[16] @ models/lib/nn.yaml:90:7
%8401 = all_reduce_sum %4680 : f32[64,16] @ models/lib/nn.yaml:79:7
%8402 = reshape %8401 : f32[1024] @ models/lib/nn.yaml:79:7
%8403 = mul %8402, %8402 : f32[1024] @ models/lib/nn.yaml:79:7
%8404 = reduce_sum %8403 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8405 = sqrt %8404 : f32[] @ models/lib/nn.yaml:79:7
%8406 = cast %8405 : f64[] @ models/lib/nn.yaml:79:7
%8407 = add %8406, %5474 : f64[] @ models/lib/nn.yaml:79:7
%8408 = div %5476, %8407 : f64[] @ models/lib/nn.yaml:79:7
%8409 = lt %8408, %5478 : bool[] @ models/lib/nn.yaml:79:7
%8410 = cast %8408 : f32[] @ models/lib/nn.yaml:79:7
%8411 = broadcast %8410 : f32[64,16] @ models/lib/nn.yaml:79:7
%8412 = mul %8401, %8411 : f32[64,16] @ models/lib/nn.yaml:79:7
%8413 = broadcast %8409 : bool[64,16] @ models/lib/nn.yaml:79:7
%8414 = select %8413, %8412, %8401 : f32[64,16] @ models/lib/nn.yaml:79:7
%8415 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8416 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8417 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8418 = add %8417, %5488 : i64[] @ models/lib/nn.yaml:79:7
%8419 = mul %63, %6104 : f32[64,16] @ models/lib/nn.yaml:79:7
%8420 = mul %8414, %6106 : f32[64,16] @ models/lib/nn.yaml:79:7
%8421 = mul %8415, %6108 : f32[64,16] @ models/lib/nn.yaml:79:7
%8422 = add %8421, %8420 : f32[64,16] @ models/lib/nn.yaml:79:7
%8423 = mul %8414, %8414 : f32[64,16] @ models/lib/nn.yaml:79:7
%8424 = mul %8423, %6112 : f32[64,16] @ models/lib/nn.yaml:79:7
%8425 = mul %8416, %6114 : f32[64,16] @ models/lib/nn.yaml:79:7
%8426 = add %8425, %8424 : f32[64,16] @ models/lib/nn.yaml:79:7
%8427 = cast %8418 : f64[] @ models/lib/nn.yaml:79:7
%8428 = pow %5497, %8427 : f64[] @ models/lib/nn.yaml:79:7
%8429 = sub %5478, %8428 : f64[] @ models/lib/nn.yaml:79:7
%8430 = div %3382, %8429 : f64[] @ models/lib/nn.yaml:79:7
%8431 = pow %5505, %8427 : f64[] @ models/lib/nn.yaml:79:7
%8432 = sub %5478, %8431 : f64[] @ models/lib/nn.yaml:79:7
%8433 = sqrt %8432 : f64[] @ models/lib/nn.yaml:79:7
%8434 = div %5478, %8433 : f64[] @ models/lib/nn.yaml:79:7
%8435 = sqrt %8426 : f32[64,16] @ models/lib/nn.yaml:79:7
%8436 = cast %8434 : f32[] @ models/lib/nn.yaml:79:7
%8437 = broadcast %8436 : f32[64,16] @ models/lib/nn.yaml:79:7
%8438 = mul %8435, %8437 : f32[64,16] @ models/lib/nn.yaml:79:7
%8439 = add %8438, %6129 : f32[64,16] @ models/lib/nn.yaml:79:7
%8440 = div %8422, %8439 : f32[64,16] @ models/lib/nn.yaml:79:7
%8441 = cast %8430 : f32[] @ models/lib/nn.yaml:79:7
%8442 = broadcast %8441 : f32[64,16] @ models/lib/nn.yaml:79:7
%8443 = mul %8440, %8442 : f32[64,16] @ models/lib/nn.yaml:79:7
%8444 = sub %8419, %8443 : f32[64,16] @ models/lib/nn.yaml:79:7
%8445 = assign %63, %8444 : f32[64,16] @ models/lib/nn.yaml:79:7
%8446 = assign %8415, %8422 : f32[64,16] @ models/lib/nn.yaml:79:7
%8447 = assign %8416, %8426 : f32[64,16] @ models/lib/nn.yaml:79:7
%8448 = assign %8417, %8418 : i64[] @ models/lib/nn.yaml:79:7
%8449 = mul %141, %6140 : f32[64,16] @ models/lib/nn.yaml:79:7
%8450 = mul %8444, %6142 : f32[64,16] @ models/lib/nn.yaml:79:7
%8451 = add %8449, %8450 : f32[64,16] @ models/lib/nn.yaml:79:7
%8452 = assign %141, %8451 : f32[64,16] @ models/lib/nn.yaml:79:7
%8453 = all_reduce_sum %4675 : f32[64] @ models/lib/nn.yaml:80:7
%8454 = mul %8453, %8453 : f32[64] @ models/lib/nn.yaml:80:7
%8455 = reduce_sum %8454 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8456 = sqrt %8455 : f32[] @ models/lib/nn.yaml:80:7
%8457 = cast %8456 : f64[] @ models/lib/nn.yaml:80:7
%8458 = add %8457, %5474 : f64[] @ models/lib/nn.yaml:80:7
%8459 = div %5476, %8458 : f64[] @ models/lib/nn.yaml:80:7
%8460 = lt %8459, %5478 : bool[] @ models/lib/nn.yaml:80:7
%8461 = cast %8459 : f32[] @ models/lib/nn.yaml:80:7
%8462 = broadcast %8461 : f32[64] @ models/lib/nn.yaml:80:7
%8463 = mul %8453, %8462 : f32[64] @ models/lib/nn.yaml:80:7
%8464 = broadcast %8460 : bool[64] @ models/lib/nn.yaml:80:7
%8465 = select %8464, %8463, %8453 : f32[64] @ models/lib/nn.yaml:80:7
%8466 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8467 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8468 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8469 = add %8468, %5488 : i64[] @ models/lib/nn.yaml:80:7
%8470 = mul %8465, %6163 : f32[64] @ models/lib/nn.yaml:80:7
%8471 = mul %8466, %6165 : f32[64] @ models/lib/nn.yaml:80:7
%8472 = add %8471, %8470 : f32[64] @ models/lib/nn.yaml:80:7
%8473 = mul %8465, %8465 : f32[64] @ models/lib/nn.yaml:80:7
%8474 = mul %8473, %6169 : f32[64] @ models/lib/nn.yaml:80:7
%8475 = mul %8467, %6171 : f32[64] @ models/lib/nn.yaml:80:7
%8476 = add %8475, %8474 : f32[64] @ models/lib/nn.yaml:80:7
%8477 = cast %8469 : f64[] @ models/lib/nn.yaml:80:7
%8478 = pow %5497, %8477 : f64[] @ models/lib/nn.yaml:80:7
%8479 = sub %5478, %8478 : f64[] @ models/lib/nn.yaml:80:7
%8480 = div %3382, %8479 : f64[] @ models/lib/nn.yaml:80:7
%8481 = pow %5505, %8477 : f64[] @ models/lib/nn.yaml:80:7
%8482 = sub %5478, %8481 : f64[] @ models/lib/nn.yaml:80:7
%8483 = sqrt %8482 : f64[] @ models/lib/nn.yaml:80:7
%8484 = div %5478, %8483 : f64[] @ models/lib/nn.yaml:80:7
%8485 = sqrt %8476 : f32[64] @ models/lib/nn.yaml:80:7
%8486 = cast %8484 : f32[] @ models/lib/nn.yaml:80:7
%8487 = broadcast %8486 : f32[64] @ models/lib/nn.yaml:80:7
%8488 = mul %8485, %8487 : f32[64] @ models/lib/nn.yaml:80:7
%8489 = add %8488, %6186 : f32[64] @ models/lib/nn.yaml:80:7
%8490 = div %8472, %8489 : f32[64] @ models/lib/nn.yaml:80:7
%8491 = cast %8480 : f32[] @ models/lib/nn.yaml:80:7
%8492 = broadcast %8491 : f32[64] @ models/lib/nn.yaml:80:7
%8493 = mul %8490, %8492 : f32[64] @ models/lib/nn.yaml:80:7
%8494 = sub %64, %8493 : f32[64] @ models/lib/nn.yaml:80:7
%8495 = assign %64, %8494 : f32[64] @ models/lib/nn.yaml:80:7
%8496 = assign %8466, %8472 : f32[64] @ models/lib/nn.yaml:80:7
%8497 = assign %8467, %8476 : f32[64] @ models/lib/nn.yaml:80:7
%8498 = assign %8468, %8469 : i64[] @ models/lib/nn.yaml:80:7
%8499 = mul %142, %6197 : f32[64] @ models/lib/nn.yaml:80:7
%8500 = mul %8494, %6199 : f32[64] @ models/lib/nn.yaml:80:7
%8501 = add %8499, %8500 : f32[64] @ models/lib/nn.yaml:80:7
%8502 = assign %142, %8501 : f32[64] @ models/lib/nn.yaml:80:7
%8503 = all_reduce_sum %4657 : f32[16,64] @ models/lib/nn.yaml:79:7
%8504 = reshape %8503 : f32[1024] @ models/lib/nn.yaml:79:7
%8505 = mul %8504, %8504 : f32[1024] @ models/lib/nn.yaml:79:7
%8506 = reduce_sum %8505 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8507 = sqrt %8506 : f32[] @ models/lib/nn.yaml:79:7
%8508 = cast %8507 : f64[] @ models/lib/nn.yaml:79:7
%8509 = add %8508, %5474 : f64[] @ models/lib/nn.yaml:79:7
%8510 = div %5476, %8509 : f64[] @ models/lib/nn.yaml:79:7
%8511 = lt %8510, %5478 : bool[] @ models/lib/nn.yaml:79:7
%8512 = cast %8510 : f32[] @ models/lib/nn.yaml:79:7
%8513 = broadcast %8512 : f32[16,64] @ models/lib/nn.yaml:79:7
%8514 = mul %8503, %8513 : f32[16,64] @ models/lib/nn.yaml:79:7
%8515 = broadcast %8511 : bool[16,64] @ models/lib/nn.yaml:79:7
%8516 = select %8515, %8514, %8503 : f32[16,64] @ models/lib/nn.yaml:79:7
%8517 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8518 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8519 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8520 = add %8519, %5488 : i64[] @ models/lib/nn.yaml:79:7
%8521 = mul %65, %6221 : f32[16,64] @ models/lib/nn.yaml:79:7
%8522 = mul %8516, %6223 : f32[16,64] @ models/lib/nn.yaml:79:7
%8523 = mul %8517, %6225 : f32[16,64] @ models/lib/nn.yaml:79:7
%8524 = add %8523, %8522 : f32[16,64] @ models/lib/nn.yaml:79:7
%8525 = mul %8516, %8516 : f32[16,64] @ models/lib/nn.yaml:79:7
%8526 = mul %8525, %6229 : f32[16,64] @ models/lib/nn.yaml:79:7
%8527 = mul %8518, %6231 : f32[16,64] @ models/lib/nn.yaml:79:7
%8528 = add %8527, %8526 : f32[16,64] @ models/lib/nn.yaml:79:7
%8529 = cast %8520 : f64[] @ models/lib/nn.yaml:79:7
%8530 = pow %5497, %8529 : f64[] @ models/lib/nn.yaml:79:7
%8531 = sub %5478, %8530 : f64[] @ models/lib/nn.yaml:79:7
%8532 = div %3382, %8531 : f64[] @ models/lib/nn.yaml:79:7
%8533 = pow %5505, %8529 : f64[] @ models/lib/nn.yaml:79:7
%8534 = sub %5478, %8533 : f64[] @ models/lib/nn.yaml:79:7
%8535 = sqrt %8534 : f64[] @ models/lib/nn.yaml:79:7
%8536 = div %5478, %8535 : f64[] @ models/lib/nn.yaml:79:7
%8537 = sqrt %8528 : f32[16,64] @ models/lib/nn.yaml:79:7
%8538 = cast %8536 : f32[] @ models/lib/nn.yaml:79:7
%8539 = broadcast %8538 : f32[16,64] @ models/lib/nn.yaml:79:7
%8540 = mul %8537, %8539 : f32[16,64] @ models/lib/nn.yaml:79:7
%8541 = add %8540, %6246 : f32[16,64] @ models/lib/nn.yaml:79:7
%8542 = div %8524, %8541 : f32[16,64] @ models/lib/nn.yaml:79:7
%8543 = cast %8532 : f32[] @ models/lib/nn.yaml:79:7
%8544 = broadcast %8543 : f32[16,64] @ models/lib/nn.yaml:79:7
%8545 = mul %8542, %8544 : f32[16,64] @ models/lib/nn.yaml:79:7
%8546 = sub %8521, %8545 : f32[16,64] @ models/lib/nn.yaml:79:7
%8547 = assign %65, %8546 : f32[16,64] @ models/lib/nn.yaml:79:7
%8548 = assign %8517, %8524 : f32[16,64] @ models/lib/nn.yaml:79:7
%8549 = assign %8518, %8528 : f32[16,64] @ models/lib/nn.yaml:79:7
%8550 = assign %8519, %8520 : i64[] @ models/lib/nn.yaml:79:7
%8551 = mul %143, %6257 : f32[16,64] @ models/lib/nn.yaml:79:7
%8552 = mul %8546, %6259 : f32[16,64] @ models/lib/nn.yaml:79:7
%8553 = add %8551, %8552 : f32[16,64] @ models/lib/nn.yaml:79:7
%8554 = assign %143, %8553 : f32[16,64] @ models/lib/nn.yaml:79:7
%8555 = all_reduce_sum %4652 : f32[16] @ models/lib/nn.yaml:80:7
%8556 = mul %8555, %8555 : f32[16] @ models/lib/nn.yaml:80:7
%8557 = reduce_sum %8556 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8558 = sqrt %8557 : f32[] @ models/lib/nn.yaml:80:7
%8559 = cast %8558 : f64[] @ models/lib/nn.yaml:80:7
%8560 = add %8559, %5474 : f64[] @ models/lib/nn.yaml:80:7
%8561 = div %5476, %8560 : f64[] @ models/lib/nn.yaml:80:7
%8562 = lt %8561, %5478 : bool[] @ models/lib/nn.yaml:80:7
%8563 = cast %8561 : f32[] @ models/lib/nn.yaml:80:7
%8564 = broadcast %8563 : f32[16] @ models/lib/nn.yaml:80:7
%8565 = mul %8555, %8564 : f32[16] @ models/lib/nn.yaml:80:7
%8566 = broadcast %8562 : bool[16] @ models/lib/nn.yaml:80:7
%8567 = select %8566, %8565, %8555 : f32[16] @ models/lib/nn.yaml:80:7
%8568 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8569 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8570 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8571 = add %8570, %5488 : i64[] @ models/lib/nn.yaml:80:7
%8572 = mul %8567, %5619 : f32[16] @ models/lib/nn.yaml:80:7
%8573 = mul %8568, %5621 : f32[16] @ models/lib/nn.yaml:80:7
%8574 = add %8573, %8572 : f32[16] @ models/lib/nn.yaml:80:7
%8575 = mul %8567, %8567 : f32[16] @ models/lib/nn.yaml:80:7
%8576 = mul %8575, %5625 : f32[16] @ models/lib/nn.yaml:80:7
%8577 = mul %8569, %5627 : f32[16] @ models/lib/nn.yaml:80:7
%8578 = add %8577, %8576 : f32[16] @ models/lib/nn.yaml:80:7
%8579 = cast %8571 : f64[] @ models/lib/nn.yaml:80:7
%8580 = pow %5497, %8579 : f64[] @ models/lib/nn.yaml:80:7
%8581 = sub %5478, %8580 : f64[] @ models/lib/nn.yaml:80:7
%8582 = div %3382, %8581 : f64[] @ models/lib/nn.yaml:80:7
%8583 = pow %5505, %8579 : f64[] @ models/lib/nn.yaml:80:7
%8584 = sub %5478, %8583 : f64[] @ models/lib/nn.yaml:80:7
%8585 = sqrt %8584 : f64[] @ models/lib/nn.yaml:80:7
%8586 = div %5478, %8585 : f64[] @ models/lib/nn.yaml:80:7
%8587 = sqrt %8578 : f32[16] @ models/lib/nn.yaml:80:7
%8588 = cast %8586 : f32[] @ models/lib/nn.yaml:80:7
%8589 = broadcast %8588 : f32[16] @ models/lib/nn.yaml:80:7
%8590 = mul %8587, %8589 : f32[16] @ models/lib/nn.yaml:80:7
%8591 = add %8590, %5642 : f32[16] @ models/lib/nn.yaml:80:7
%8592 = div %8574, %8591 : f32[16] @ models/lib/nn.yaml:80:7
%8593 = cast %8582 : f32[] @ models/lib/nn.yaml:80:7
%8594 = broadcast %8593 : f32[16] @ models/lib/nn.yaml:80:7
%8595 = mul %8592, %8594 : f32[16] @ models/lib/nn.yaml:80:7
%8596 = sub %66, %8595 : f32[16] @ models/lib/nn.yaml:80:7
%8597 = assign %66, %8596 : f32[16] @ models/lib/nn.yaml:80:7
%8598 = assign %8568, %8574 : f32[16] @ models/lib/nn.yaml:80:7
%8599 = assign %8569, %8578 : f32[16] @ models/lib/nn.yaml:80:7
%8600 = assign %8570, %8571 : i64[] @ models/lib/nn.yaml:80:7
%8601 = mul %144, %5653 : f32[16] @ models/lib/nn.yaml:80:7
%8602 = mul %8596, %5655 : f32[16] @ models/lib/nn.yaml:80:7
%8603 = add %8601, %8602 : f32[16] @ models/lib/nn.yaml:80:7
%8604 = assign %144, %8603 : f32[16] @ models/lib/nn.yaml:80:7
%8605 = all_reduce_sum %4629 : f32[16] @ models/lib/nn.yaml:89:7
%8606 = mul %8605, %8605 : f32[16] @ models/lib/nn.yaml:89:7
%8607 = reduce_sum %8606 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8608 = sqrt %8607 : f32[] @ models/lib/nn.yaml:89:7
%8609 = cast %8608 : f64[] @ models/lib/nn.yaml:89:7
%8610 = add %8609, %5474 : f64[] @ models/lib/nn.yaml:89:7
%8611 = div %5476, %8610 : f64[] @ models/lib/nn.yaml:89:7
%8612 = lt %8611, %5478 : bool[] @ models/lib/nn.yaml:89:7
%8613 = cast %8611 : f32[] @ models/lib/nn.yaml:89:7
%8614 = broadcast %8613 : f32[16] @ models/lib/nn.yaml:89:7
%8615 = mul %8605, %8614 : f32[16] @ models/lib/nn.yaml:89:7
%8616 = broadcast %8612 : bool[16] @ models/lib/nn.yaml:89:7
%8617 = select %8616, %8615, %8605 : f32[16] @ models/lib/nn.yaml:89:7
%8618 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8619 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8620 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8621 = add %8620, %5488 : i64[] @ models/lib/nn.yaml:89:7
%8622 = mul %8617, %5619 : f32[16] @ models/lib/nn.yaml:89:7
%8623 = mul %8618, %5621 : f32[16] @ models/lib/nn.yaml:89:7
%8624 = add %8623, %8622 : f32[16] @ models/lib/nn.yaml:89:7
%8625 = mul %8617, %8617 : f32[16] @ models/lib/nn.yaml:89:7
%8626 = mul %8625, %5625 : f32[16] @ models/lib/nn.yaml:89:7
%8627 = mul %8619, %5627 : f32[16] @ models/lib/nn.yaml:89:7
%8628 = add %8627, %8626 : f32[16] @ models/lib/nn.yaml:89:7
%8629 = cast %8621 : f64[] @ models/lib/nn.yaml:89:7
%8630 = pow %5497, %8629 : f64[] @ models/lib/nn.yaml:89:7
%8631 = sub %5478, %8630 : f64[] @ models/lib/nn.yaml:89:7
%8632 = div %3382, %8631 : f64[] @ models/lib/nn.yaml:89:7
%8633 = pow %5505, %8629 : f64[] @ models/lib/nn.yaml:89:7
%8634 = sub %5478, %8633 : f64[] @ models/lib/nn.yaml:89:7
%8635 = sqrt %8634 : f64[] @ models/lib/nn.yaml:89:7
%8636 = div %5478, %8635 : f64[] @ models/lib/nn.yaml:89:7
%8637 = sqrt %8628 : f32[16] @ models/lib/nn.yaml:89:7
%8638 = cast %8636 : f32[] @ models/lib/nn.yaml:89:7
%8639 = broadcast %8638 : f32[16] @ models/lib/nn.yaml:89:7
%8640 = mul %8637, %8639 : f32[16] @ models/lib/nn.yaml:89:7
%8641 = add %8640, %5642 : f32[16] @ models/lib/nn.yaml:89:7
%8642 = div %8624, %8641 : f32[16] @ models/lib/nn.yaml:89:7
%8643 = cast %8632 : f32[] @ models/lib/nn.yaml:89:7
%8644 = broadcast %8643 : f32[16] @ models/lib/nn.yaml:89:7
%8645 = mul %8642, %8644 : f32[16] @ models/lib/nn.yaml:89:7
%8646 = sub %67, %8645 : f32[16] @ models/lib/nn.yaml:89:7
%8647 = assign %67, %8646 : f32[16] @ models/lib/nn.yaml:89:7
%8648 = assign %8618, %8624 : f32[16] @ models/lib/nn.yaml:89:7
%8649 = assign %8619, %8628 : f32[16] @ models/lib/nn.yaml:89:7
%8650 = assign %8620, %8621 : i64[] @ models/lib/nn.yaml:89:7
%8651 = mul %145, %5653 : f32[16] @ models/lib/nn.yaml:89:7
%8652 = mul %8646, %5655 : f32[16] @ models/lib/nn.yaml:89:7
%8653 = add %8651, %8652 : f32[16] @ models/lib/nn.yaml:89:7
%8654 = assign %145, %8653 : f32[16] @ models/lib/nn.yaml:89:7
%8655 = all_reduce_sum %4621 : f32[16] @ models/lib/nn.yaml:90:7
%8656 = mul %8655, %8655 : f32[16] @ models/lib/nn.yaml:90:7
%8657 = reduce_sum %8656 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8658 = sqrt %8657 : f32[] @ models/lib/nn.yaml:90:7
%8659 = cast %8658 : f64[] @ models/lib/nn.yaml:90:7
%8660 = add %8659, %5474 : f64[] @ models/lib/nn.yaml:90:7
%8661 = div %5476, %8660 : f64[] @ models/lib/nn.yaml:90:7
%8662 = lt %8661, %5478 : bool[] @ models/lib/nn.yaml:90:7
%8663 = cast %8661 : f32[] @ models/lib/nn.yaml:90:7
%8664 = broadcast %8663 : f32[16] @ models/lib/nn.yaml:90:7
%8665 = mul %8655, %8664 : f32[16] @ models/lib/nn.yaml:90:7
%8666 = broadcast %8662 : bool[16] @ models/lib/nn.yaml:90:7
%8667 = select %8666, %8665, %8655 : f32[16] @ models/lib/nn.yaml:90:7
%8668 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8669 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8670 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8671 = add %8670, %5488 : i64[] @ models/lib/nn.yaml:90:7
%8672 = mul %8667, %5619 : f32[16] @ models/lib/nn.yaml:90:7
%8673 = mul %8668, %5621 : f32[16] @ models/lib/nn.yaml:90:7
%8674 = add %8673, %8672 : f32[16] @ models/lib/nn.yaml:90:7
%8675 = mul %8667, %8667 : f32[16] @ models/lib/nn.yaml:90:7
%8676 = mul %8675, %5625 : f32[16] @ models/lib/nn.yaml:90:7
%8677 = mul %8669, %5627 : f32[16] @ models/lib/nn.yaml:90:7
%8678 = add %8677, %8676 : f32[16] @ models/lib/nn.yaml:90:7
%8679 = cast %8671 : f64[] @ models/lib/nn.yaml:90:7
%8680 = pow %5497, %8679 : f64[] @ models/lib/nn.yaml:90:7
%8681 = sub %5478, %8680 : f64[] @ models/lib/nn.yaml:90:7
%8682 = div %3382, %8681 : f64[] @ models/lib/nn.yaml:90:7
%8683 = pow %5505, %8679 : f64[] @ models/lib/nn.yaml:90:7
%8684 = sub %5478, %8683 : f64[] @ models/lib/nn.yaml:90:7
%8685 = sqrt %8684 : f64[] @ models/lib/nn.yaml:90:7
%8686 = div %5478, %8685 : f64[] @ models/lib/nn.yaml:90:7
%8687 = sqrt %8678 : f32[16] @ models/lib/nn.yaml:90:7
%8688 = cast %8686 : f32[] @ models/lib/nn.yaml:90:7
%8689 = broadcast %8688 : f32[16] @ models/lib/nn.yaml:90:7
%8690 = mul %8687, %8689 : f32[16] @ models/lib/nn.yaml:90:7
%8691 = add %8690, %5642 : f32[16] @ models/lib/nn.yaml:90:7
%8692 = div %8674, %8691 : f32[16] @ models/lib/nn.yaml:90:7
%8693 = cast %8682 : f32[] @ models/lib/nn.yaml:90:7
%8694 = broadcast %8693 : f32[16] @ models/lib/nn.yaml:90:7
%8695 = mul %8692, %8694 : f32[16] @ models/lib/nn.yaml:90:7
%8696 = sub %68, %8695 : f32[16] @ models/lib/nn.yaml:90:7
%8697 = assign %68, %8696 : f32[16] @ models/lib/nn.yaml:90:7
%8698 = assign %8668, %8674 : f32[16] @ models/lib/nn.yaml:90:7
%8699 = assign %8669, %8678 : f32[16] @ models/lib/nn.yaml:90:7
%8700 = assign %8670, %8671 : i64[] @ models/lib/nn.yaml:90:7
%8701 = mul %146, %5653 : f32[16] @ models/lib/nn.yaml:90:7
%8702 = mul %8696, %5655 : f32[16] @ models/lib/nn.yaml:90:7
%8703 = add %8701, %8702 : f32[16] @ models/lib/nn.yaml:90:7
%8704 = assign %146, %8703 : f32[16] @ models/lib/nn.yaml:90:7
%8705 = all_reduce_sum %4611 : f32[24,16] @ models/lib/nn.yaml:79:7
%8706 = reshape %8705 : f32[384] @ models/lib/nn.yaml:79:7
%8707 = mul %8706, %8706 : f32[384] @ models/lib/nn.yaml:79:7
%8708 = reduce_sum %8707 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8709 = sqrt %8708 : f32[] @ models/lib/nn.yaml:79:7
%8710 = cast %8709 : f64[] @ models/lib/nn.yaml:79:7
%8711 = add %8710, %5474 : f64[] @ models/lib/nn.yaml:79:7
%8712 = div %5476, %8711 : f64[] @ models/lib/nn.yaml:79:7
%8713 = lt %8712, %5478 : bool[] @ models/lib/nn.yaml:79:7
%8714 = cast %8712 : f32[] @ models/lib/nn.yaml:79:7
%8715 = broadcast %8714 : f32[24,16] @ models/lib/nn.yaml:79:7
%8716 = mul %8705, %8715 : f32[24,16] @ models/lib/nn.yaml:79:7
%8717 = broadcast %8713 : bool[24,16] @ models/lib/nn.yaml:79:7
%8718 = select %8717, %8716, %8705 : f32[24,16] @ models/lib/nn.yaml:79:7
%8719 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%8720 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%8721 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8722 = add %8721, %5488 : i64[] @ models/lib/nn.yaml:79:7
%8723 = broadcast %5492 : f32[24,16] @ models/lib/nn.yaml:79:7
%8724 = mul %69, %8723 : f32[24,16] @ models/lib/nn.yaml:79:7
%8725 = broadcast %3111 : f32[24,16] @ models/lib/nn.yaml:79:7
%8726 = mul %8718, %8725 : f32[24,16] @ models/lib/nn.yaml:79:7
%8727 = broadcast %2138 : f32[24,16] @ models/lib/nn.yaml:79:7
%8728 = mul %8719, %8727 : f32[24,16] @ models/lib/nn.yaml:79:7
%8729 = add %8728, %8726 : f32[24,16] @ models/lib/nn.yaml:79:7
%8730 = mul %8718, %8718 : f32[24,16] @ models/lib/nn.yaml:79:7
%8731 = broadcast %5502 : f32[24,16] @ models/lib/nn.yaml:79:7
%8732 = mul %8730, %8731 : f32[24,16] @ models/lib/nn.yaml:79:7
%8733 = broadcast %5506 : f32[24,16] @ models/lib/nn.yaml:79:7
%8734 = mul %8720, %8733 : f32[24,16] @ models/lib/nn.yaml:79:7
%8735 = add %8734, %8732 : f32[24,16] @ models/lib/nn.yaml:79:7
%8736 = cast %8722 : f64[] @ models/lib/nn.yaml:79:7
%8737 = pow %5497, %8736 : f64[] @ models/lib/nn.yaml:79:7
%8738 = sub %5478, %8737 : f64[] @ models/lib/nn.yaml:79:7
%8739 = div %3382, %8738 : f64[] @ models/lib/nn.yaml:79:7
%8740 = pow %5505, %8736 : f64[] @ models/lib/nn.yaml:79:7
%8741 = sub %5478, %8740 : f64[] @ models/lib/nn.yaml:79:7
%8742 = sqrt %8741 : f64[] @ models/lib/nn.yaml:79:7
%8743 = div %5478, %8742 : f64[] @ models/lib/nn.yaml:79:7
%8744 = sqrt %8735 : f32[24,16] @ models/lib/nn.yaml:79:7
%8745 = cast %8743 : f32[] @ models/lib/nn.yaml:79:7
%8746 = broadcast %8745 : f32[24,16] @ models/lib/nn.yaml:79:7
%8747 = mul %8744, %8746 : f32[24,16] @ models/lib/nn.yaml:79:7
%8748 = broadcast %5522 : f32[24,16] @ models/lib/nn.yaml:79:7
%8749 = add %8747, %8748 : f32[24,16] @ models/lib/nn.yaml:79:7
%8750 = div %8729, %8749 : f32[24,16] @ models/lib/nn.yaml:79:7
%8751 = cast %8739 : f32[] @ models/lib/nn.yaml:79:7
%8752 = broadcast %8751 : f32[24,16] @ models/lib/nn.yaml:79:7
%8753 = mul %8750, %8752 : f32[24,16] @ models/lib/nn.yaml:79:7
%8754 = sub %8724, %8753 : f32[24,16] @ models/lib/nn.yaml:79:7
%8755 = assign %69, %8754 : f32[24,16] @ models/lib/nn.yaml:79:7
%8756 = assign %8719, %8729 : f32[24,16] @ models/lib/nn.yaml:79:7
%8757 = assign %8720, %8735 : f32[24,16] @ models/lib/nn.yaml:79:7
%8758 = assign %8721, %8722 : i64[] @ models/lib/nn.yaml:79:7
%8759 = broadcast %3 : f32[24,16] @ models/lib/nn.yaml:79:7
%8760 = mul %147, %8759 : f32[24,16] @ models/lib/nn.yaml:79:7
%8761 = broadcast %5537 : f32[24,16] @ models/lib/nn.yaml:79:7
%8762 = mul %8754, %8761 : f32[24,16] @ models/lib/nn.yaml:79:7
%8763 = add %8760, %8762 : f32[24,16] @ models/lib/nn.yaml:79:7
%8764 = assign %147, %8763 : f32[24,16] @ models/lib/nn.yaml:79:7
%8765 = all_reduce_sum %4606 : f32[24] @ models/lib/nn.yaml:80:7
%8766 = mul %8765, %8765 : f32[24] @ models/lib/nn.yaml:80:7
%8767 = reduce_sum %8766 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8768 = sqrt %8767 : f32[] @ models/lib/nn.yaml:80:7
%8769 = cast %8768 : f64[] @ models/lib/nn.yaml:80:7
%8770 = add %8769, %5474 : f64[] @ models/lib/nn.yaml:80:7
%8771 = div %5476, %8770 : f64[] @ models/lib/nn.yaml:80:7
%8772 = lt %8771, %5478 : bool[] @ models/lib/nn.yaml:80:7
%8773 = cast %8771 : f32[] @ models/lib/nn.yaml:80:7
%8774 = broadcast %8773 : f32[24] @ models/lib/nn.yaml:80:7
%8775 = mul %8765, %8774 : f32[24] @ models/lib/nn.yaml:80:7
%8776 = broadcast %8772 : bool[24] @ models/lib/nn.yaml:80:7
%8777 = select %8776, %8775, %8765 : f32[24] @ models/lib/nn.yaml:80:7
%8778 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8779 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8780 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8781 = add %8780, %5488 : i64[] @ models/lib/nn.yaml:80:7
%8782 = broadcast %3111 : f32[24] @ models/lib/nn.yaml:80:7
%8783 = mul %8777, %8782 : f32[24] @ models/lib/nn.yaml:80:7
%8784 = broadcast %2138 : f32[24] @ models/lib/nn.yaml:80:7
%8785 = mul %8778, %8784 : f32[24] @ models/lib/nn.yaml:80:7
%8786 = add %8785, %8783 : f32[24] @ models/lib/nn.yaml:80:7
%8787 = mul %8777, %8777 : f32[24] @ models/lib/nn.yaml:80:7
%8788 = broadcast %5502 : f32[24] @ models/lib/nn.yaml:80:7
%8789 = mul %8787, %8788 : f32[24] @ models/lib/nn.yaml:80:7
%8790 = broadcast %5506 : f32[24] @ models/lib/nn.yaml:80:7
%8791 = mul %8779, %8790 : f32[24] @ models/lib/nn.yaml:80:7
%8792 = add %8791, %8789 : f32[24] @ models/lib/nn.yaml:80:7
%8793 = cast %8781 : f64[] @ models/lib/nn.yaml:80:7
%8794 = pow %5497, %8793 : f64[] @ models/lib/nn.yaml:80:7
%8795 = sub %5478, %8794 : f64[] @ models/lib/nn.yaml:80:7
%8796 = div %3382, %8795 : f64[] @ models/lib/nn.yaml:80:7
%8797 = pow %5505, %8793 : f64[] @ models/lib/nn.yaml:80:7
%8798 = sub %5478, %8797 : f64[] @ models/lib/nn.yaml:80:7
%8799 = sqrt %8798 : f64[] @ models/lib/nn.yaml:80:7
%8800 = div %5478, %8799 : f64[] @ models/lib/nn.yaml:80:7
%8801 = sqrt %8792 : f32[24] @ models/lib/nn.yaml:80:7
%8802 = cast %8800 : f32[] @ models/lib/nn.yaml:80:7
%8803 = broadcast %8802 : f32[24] @ models/lib/nn.yaml:80:7
%8804 = mul %8801, %8803 : f32[24] @ models/lib/nn.yaml:80:7
%8805 = broadcast %5522 : f32[24] @ models/lib/nn.yaml:80:7
%8806 = add %8804, %8805 : f32[24] @ models/lib/nn.yaml:80:7
%8807 = div %8786, %8806 : f32[24] @ models/lib/nn.yaml:80:7
%8808 = cast %8796 : f32[] @ models/lib/nn.yaml:80:7
%8809 = broadcast %8808 : f32[24] @ models/lib/nn.yaml:80:7
%8810 = mul %8807, %8809 : f32[24] @ models/lib/nn.yaml:80:7
%8811 = sub %70, %8810 : f32[24] @ models/lib/nn.yaml:80:7
%8812 = assign %70, %8811 : f32[24] @ models/lib/nn.yaml:80:7
%8813 = assign %8778, %8786 : f32[24] @ models/lib/nn.yaml:80:7
%8814 = assign %8779, %8792 : f32[24] @ models/lib/nn.yaml:80:7
%8815 = assign %8780, %8781 : i64[] @ models/lib/nn.yaml:80:7
%8816 = broadcast %3 : f32[24] @ models/lib/nn.yaml:80:7
%8817 = mul %148, %8816 : f32[24] @ models/lib/nn.yaml:80:7
%8818 = broadcast %5537 : f32[24] @ models/lib/nn.yaml:80:7
%8819 = mul %8811, %8818 : f32[24] @ models/lib/nn.yaml:80:7
%8820 = add %8817, %8819 : f32[24] @ models/lib/nn.yaml:80:7
%8821 = assign %148, %8820 : f32[24] @ models/lib/nn.yaml:80:7
%8822 = all_reduce_sum %4588 : f32[24,24] @ models/lib/nn.yaml:79:7
%8823 = reshape %8822 : f32[576] @ models/lib/nn.yaml:79:7
%8824 = mul %8823, %8823 : f32[576] @ models/lib/nn.yaml:79:7
%8825 = reduce_sum %8824 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8826 = sqrt %8825 : f32[] @ models/lib/nn.yaml:79:7
%8827 = cast %8826 : f64[] @ models/lib/nn.yaml:79:7
%8828 = add %8827, %5474 : f64[] @ models/lib/nn.yaml:79:7
%8829 = div %5476, %8828 : f64[] @ models/lib/nn.yaml:79:7
%8830 = lt %8829, %5478 : bool[] @ models/lib/nn.yaml:79:7
%8831 = cast %8829 : f32[] @ models/lib/nn.yaml:79:7
%8832 = broadcast %8831 : f32[24,24] @ models/lib/nn.yaml:79:7
%8833 = mul %8822, %8832 : f32[24,24] @ models/lib/nn.yaml:79:7
%8834 = broadcast %8830 : bool[24,24] @ models/lib/nn.yaml:79:7
%8835 = select %8834, %8833, %8822 : f32[24,24] @ models/lib/nn.yaml:79:7
%8836 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%8837 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%8838 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8839 = add %8838, %5488 : i64[] @ models/lib/nn.yaml:79:7
%8840 = broadcast %5492 : f32[24,24] @ models/lib/nn.yaml:79:7
%8841 = mul %71, %8840 : f32[24,24] @ models/lib/nn.yaml:79:7
%8842 = broadcast %3111 : f32[24,24] @ models/lib/nn.yaml:79:7
%8843 = mul %8835, %8842 : f32[24,24] @ models/lib/nn.yaml:79:7
%8844 = broadcast %2138 : f32[24,24] @ models/lib/nn.yaml:79:7
%8845 = mul %8836, %8844 : f32[24,24] @ models/lib/nn.yaml:79:7
%8846 = add %8845, %8843 : f32[24,24] @ models/lib/nn.yaml:79:7
%8847 = mul %8835, %8835 : f32[24,24] @ models/lib/nn.yaml:79:7
%8848 = broadcast %5502 : f32[24,24] @ models/lib/nn.yaml:79:7
%8849 = mul %8847, %8848 : f32[24,24] @ models/lib/nn.yaml:79:7
%8850 = broadcast %5506 : f32[24,24] @ models/lib/nn.yaml:79:7
%8851 = mul %8837, %8850 : f32[24,24] @ models/lib/nn.yaml:79:7
%8852 = add %8851, %8849 : f32[24,24] @ models/lib/nn.yaml:79:7
%8853 = cast %8839 : f64[] @ models/lib/nn.yaml:79:7
%8854 = pow %5497, %8853 : f64[] @ models/lib/nn.yaml:79:7
%8855 = sub %5478, %8854 : f64[] @ models/lib/nn.yaml:79:7
%8856 = div %3382, %8855 : f64[] @ models/lib/nn.yaml:79:7
%8857 = pow %5505, %8853 : f64[] @ models/lib/nn.yaml:79:7
%8858 = sub %5478, %8857 : f64[] @ models/lib/nn.yaml:79:7
%8859 = sqrt %8858 : f64[] @ models/lib/nn.yaml:79:7
%8860 = div %5478, %8859 : f64[] @ models/lib/nn.yaml:79:7
%8861 = sqrt %8852 : f32[24,24] @ models/lib/nn.yaml:79:7
%8862 = cast %8860 : f32[] @ models/lib/nn.yaml:79:7
%8863 = broadcast %8862 : f32[24,24] @ models/lib/nn.yaml:79:7
%8864 = mul %8861, %8863 : f32[24,24] @ models/lib/nn.yaml:79:7
%8865 = broadcast %5522 : f32[24,24] @ models/lib/nn.yaml:79:7
%8866 = add %8864, %8865 : f32[24,24] @ models/lib/nn.yaml:79:7
%8867 = div %8846, %8866 : f32[24,24] @ models/lib/nn.yaml:79:7
%8868 = cast %8856 : f32[] @ models/lib/nn.yaml:79:7
%8869 = broadcast %8868 : f32[24,24] @ models/lib/nn.yaml:79:7
%8870 = mul %8867, %8869 : f32[24,24] @ models/lib/nn.yaml:79:7
%8871 = sub %8841, %8870 : f32[24,24] @ models/lib/nn.yaml:79:7
%8872 = assign %71, %8871 : f32[24,24] @ models/lib/nn.yaml:79:7
%8873 = assign %8836, %8846 : f32[24,24] @ models/lib/nn.yaml:79:7
%8874 = assign %8837, %8852 : f32[24,24] @ models/lib/nn.yaml:79:7
%8875 = assign %8838, %8839 : i64[] @ models/lib/nn.yaml:79:7
%8876 = broadcast %3 : f32[24,24] @ models/lib/nn.yaml:79:7
%8877 = mul %149, %8876 : f32[24,24] @ models/lib/nn.yaml:79:7
%8878 = broadcast %5537 : f32[24,24] @ models/lib/nn.yaml:79:7
%8879 = mul %8871, %8878 : f32[24,24] @ models/lib/nn.yaml:79:7
%8880 = add %8877, %8879 : f32[24,24] @ models/lib/nn.yaml:79:7
%8881 = assign %149, %8880 : f32[24,24] @ models/lib/nn.yaml:79:7
%8882 = all_reduce_sum %4583 : f32[24] @ models/lib/nn.yaml:80:7
%8883 = mul %8882, %8882 : f32[24] @ models/lib/nn.yaml:80:7
%8884 = reduce_sum %8883 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8885 = sqrt %8884 : f32[] @ models/lib/nn.yaml:80:7
%8886 = cast %8885 : f64[] @ models/lib/nn.yaml:80:7
%8887 = add %8886, %5474 : f64[] @ models/lib/nn.yaml:80:7
%8888 = div %5476, %8887 : f64[] @ models/lib/nn.yaml:80:7
%8889 = lt %8888, %5478 : bool[] @ models/lib/nn.yaml:80:7
%8890 = cast %8888 : f32[] @ models/lib/nn.yaml:80:7
%8891 = broadcast %8890 : f32[24] @ models/lib/nn.yaml:80:7
%8892 = mul %8882, %8891 : f32[24] @ models/lib/nn.yaml:80:7
%8893 = broadcast %8889 : bool[24] @ models/lib/nn.yaml:80:7
%8894 = select %8893, %8892, %8882 : f32[24] @ models/lib/nn.yaml:80:7
%8895 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8896 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8897 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8898 = add %8897, %5488 : i64[] @ models/lib/nn.yaml:80:7
%8899 = mul %8894, %8782 : f32[24] @ models/lib/nn.yaml:80:7
%8900 = mul %8895, %8784 : f32[24] @ models/lib/nn.yaml:80:7
%8901 = add %8900, %8899 : f32[24] @ models/lib/nn.yaml:80:7
%8902 = mul %8894, %8894 : f32[24] @ models/lib/nn.yaml:80:7
%8903 = mul %8902, %8788 : f32[24] @ models/lib/nn.yaml:80:7
%8904 = mul %8896, %8790 : f32[24] @ models/lib/nn.yaml:80:7
%8905 = add %8904, %8903 : f32[24] @ models/lib/nn.yaml:80:7
%8906 = cast %8898 : f64[] @ models/lib/nn.yaml:80:7
%8907 = pow %5497, %8906 : f64[] @ models/lib/nn.yaml:80:7
%8908 = sub %5478, %8907 : f64[] @ models/lib/nn.yaml:80:7
%8909 = div %3382, %8908 : f64[] @ models/lib/nn.yaml:80:7
%8910 = pow %5505, %8906 : f64[] @ models/lib/nn.yaml:80:7
%8911 = sub %5478, %8910 : f64[] @ models/lib/nn.yaml:80:7
%8912 = sqrt %8911 : f64[] @ models/lib/nn.yaml:80:7
%8913 = div %5478, %8912 : f64[] @ models/lib/nn.yaml:80:7
%8914 = sqrt %8905 : f32[24] @ models/lib/nn.yaml:80:7
%8915 = cast %8913 : f32[] @ models/lib/nn.yaml:80:7
%8916 = broadcast %8915 : f32[24] @ models/lib/nn.yaml:80:7
%8917 = mul %8914, %8916 : f32[24] @ models/lib/nn.yaml:80:7
%8918 = add %8917, %8805 : f32[24] @ models/lib/nn.yaml:80:7
%8919 = div %8901, %8918 : f32[24] @ models/lib/nn.yaml:80:7
%8920 = cast %8909 : f32[] @ models/lib/nn.yaml:80:7
%8921 = broadcast %8920 : f32[24] @ models/lib/nn.yaml:80:7
%8922 = mul %8919, %8921 : f32[24] @ models/lib/nn.yaml:80:7
%8923 = sub %72, %8922 : f32[24] @ models/lib/nn.yaml:80:7
%8924 = assign %72, %8923 : f32[24] @ models/lib/nn.yaml:80:7
%8925 = assign %8895, %8901 : f32[24] @ models/lib/nn.yaml:80:7
%8926 = assign %8896, %8905 : f32[24] @ models/lib/nn.yaml:80:7
%8927 = assign %8897, %8898 : i64[] @ models/lib/nn.yaml:80:7
%8928 = mul %150, %8816 : f32[24] @ models/lib/nn.yaml:80:7
%8929 = mul %8923, %8818 : f32[24] @ models/lib/nn.yaml:80:7
%8930 = add %8928, %8929 : f32[24] @ models/lib/nn.yaml:80:7
%8931 = assign %150, %8930 : f32[24] @ models/lib/nn.yaml:80:7
%8932 = all_reduce_sum %4565 : f32[8,24] @ models/lib/nn.yaml:79:7
%8933 = reshape %8932 : f32[192] @ models/lib/nn.yaml:79:7
%8934 = mul %8933, %8933 : f32[192] @ models/lib/nn.yaml:79:7
%8935 = reduce_sum %8934 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8936 = sqrt %8935 : f32[] @ models/lib/nn.yaml:79:7
%8937 = cast %8936 : f64[] @ models/lib/nn.yaml:79:7
%8938 = add %8937, %5474 : f64[] @ models/lib/nn.yaml:79:7
%8939 = div %5476, %8938 : f64[] @ models/lib/nn.yaml:79:7
%8940 = lt %8939, %5478 : bool[] @ models/lib/nn.yaml:79:7
%8941 = cast %8939 : f32[] @ models/lib/nn.yaml:79:7
%8942 = broadcast %8941 : f32[8,24] @ models/lib/nn.yaml:79:7
%8943 = mul %8932, %8942 : f32[8,24] @ models/lib/nn.yaml:79:7
%8944 = broadcast %8940 : bool[8,24] @ models/lib/nn.yaml:79:7
%8945 = select %8944, %8943, %8932 : f32[8,24] @ models/lib/nn.yaml:79:7
%8946 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8947 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8948 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8949 = add %8948, %5488 : i64[] @ models/lib/nn.yaml:79:7
%8950 = broadcast %5492 : f32[8,24] @ models/lib/nn.yaml:79:7
%8951 = mul %73, %8950 : f32[8,24] @ models/lib/nn.yaml:79:7
%8952 = broadcast %3111 : f32[8,24] @ models/lib/nn.yaml:79:7
%8953 = mul %8945, %8952 : f32[8,24] @ models/lib/nn.yaml:79:7
%8954 = broadcast %2138 : f32[8,24] @ models/lib/nn.yaml:79:7
%8955 = mul %8946, %8954 : f32[8,24] @ models/lib/nn.yaml:79:7
%8956 = add %8955, %8953 : f32[8,24] @ models/lib/nn.yaml:79:7
%8957 = mul %8945, %8945 : f32[8,24] @ models/lib/nn.yaml:79:7
%8958 = broadcast %5502 : f32[8,24] @ models/lib/nn.yaml:79:7
%8959 = mul %8957, %8958 : f32[8,24] @ models/lib/nn.yaml:79:7
%8960 = broadcast %5506 : f32[8,24] @ models/lib/nn.yaml:79:7
%8961 = mul %8947, %8960 : f32[8,24] @ models/lib/nn.yaml:79:7
%8962 = add %8961, %8959 : f32[8,24] @ models/lib/nn.yaml:79:7
%8963 = cast %8949 : f64[] @ models/lib/nn.yaml:79:7
%8964 = pow %5497, %8963 : f64[] @ models/lib/nn.yaml:79:7
%8965 = sub %5478, %8964 : f64[] @ models/lib/nn.yaml:79:7
%8966 = div %3382, %8965 : f64[] @ models/lib/nn.yaml:79:7
%8967 = pow %5505, %8963 : f64[] @ models/lib/nn.yaml:79:7
%8968 = sub %5478, %8967 : f64[] @ models/lib/nn.yaml:79:7
%8969 = sqrt %8968 : f64[] @ models/lib/nn.yaml:79:7
%8970 = div %5478, %8969 : f64[] @ models/lib/nn.yaml:79:7
%8971 = sqrt %8962 : f32[8,24] @ models/lib/nn.yaml:79:7
%8972 = cast %8970 : f32[] @ models/lib/nn.yaml:79:7
%8973 = broadcast %8972 : f32[8,24] @ models/lib/nn.yaml:79:7
%8974 = mul %8971, %8973 : f32[8,24] @ models/lib/nn.yaml:79:7
%8975 = broadcast %5522 : f32[8,24] @ models/lib/nn.yaml:79:7
%8976 = add %8974, %8975 : f32[8,24] @ models/lib/nn.yaml:79:7
%8977 = div %8956, %8976 : f32[8,24] @ models/lib/nn.yaml:79:7
%8978 = cast %8966 : f32[] @ models/lib/nn.yaml:79:7
%8979 = broadcast %8978 : f32[8,24] @ models/lib/nn.yaml:79:7
%8980 = mul %8977, %8979 : f32[8,24] @ models/lib/nn.yaml:79:7
%8981 = sub %8951, %8980 : f32[8,24] @ models/lib/nn.yaml:79:7
%8982 = assign %73, %8981 : f32[8,24] @ models/lib/nn.yaml:79:7
%8983 = assign %8946, %8956 : f32[8,24] @ models/lib/nn.yaml:79:7
%8984 = assign %8947, %8962 : f32[8,24] @ models/lib/nn.yaml:79:7
%8985 = assign %8948, %8949 : i64[] @ models/lib/nn.yaml:79:7
%8986 = broadcast %3 : f32[8,24] @ models/lib/nn.yaml:79:7
%8987 = mul %151, %8986 : f32[8,24] @ models/lib/nn.yaml:79:7
%8988 = broadcast %5537 : f32[8,24] @ models/lib/nn.yaml:79:7
%8989 = mul %8981, %8988 : f32[8,24] @ models/lib/nn.yaml:79:7
%8990 = add %8987, %8989 : f32[8,24] @ models/lib/nn.yaml:79:7
%8991 = assign %151, %8990 : f32[8,24] @ models/lib/nn.yaml:79:7
%8992 = all_reduce_sum %4560 : f32[8] @ models/lib/nn.yaml:80:7
%8993 = mul %8992, %8992 : f32[8] @ models/lib/nn.yaml:80:7
%8994 = reduce_sum %8993 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8995 = sqrt %8994 : f32[] @ models/lib/nn.yaml:80:7
%8996 = cast %8995 : f64[] @ models/lib/nn.yaml:80:7
%8997 = add %8996, %5474 : f64[] @ models/lib/nn.yaml:80:7
%8998 = div %5476, %8997 : f64[] @ models/lib/nn.yaml:80:7
%8999 = lt %8998, %5478 : bool[] @ models/lib/nn.yaml:80:7
%9000 = cast %8998 : f32[] @ models/lib/nn.yaml:80:7
%9001 = broadcast %9000 : f32[8] @ models/lib/nn.yaml:80:7
%9002 = mul %8992, %9001 : f32[8] @ models/lib/nn.yaml:80:7
%9003 = broadcast %8999 : bool[8] @ models/lib/nn.yaml:80:7
%9004 = select %9003, %9002, %8992 : f32[8] @ models/lib/nn.yaml:80:7
%9005 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9006 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9007 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9008 = add %9007, %5488 : i64[] @ models/lib/nn.yaml:80:7
%9009 = broadcast %3111 : f32[8] @ models/lib/nn.yaml:80:7
%9010 = mul %9004, %9009 : f32[8] @ models/lib/nn.yaml:80:7
%9011 = broadcast %2138 : f32[8] @ models/lib/nn.yaml:80:7
%9012 = mul %9005, %9011 : f32[8] @ models/lib/nn.yaml:80:7
%9013 = add %9012, %9010 : f32[8] @ models/lib/nn.yaml:80:7
%9014 = mul %9004, %9004 : f32[8] @ models/lib/nn.yaml:80:7
%9015 = broadcast %5502 : f32[8] @ models/lib/nn.yaml:80:7
%9016 = mul %9014, %9015 : f32[8] @ models/lib/nn.yaml:80:7
%9017 = broadcast %5506 : f32[8] @ models/lib/nn.yaml:80:7
%9018 = mul %9006, %9017 : f32[8] @ models/lib/nn.yaml:80:7
%9019 = add %9018, %9016 : f32[8] @ models/lib/nn.yaml:80:7
%9020 = cast %9008 : f64[] @ models/lib/nn.yaml:80:7
%9021 = pow %5497, %9020 : f64[] @ models/lib/nn.yaml:80:7
%9022 = sub %5478, %9021 : f64[] @ models/lib/nn.yaml:80:7
%9023 = div %3382, %9022 : f64[] @ models/lib/nn.yaml:80:7
%9024 = pow %5505, %9020 : f64[] @ models/lib/nn.yaml:80:7
%9025 = sub %5478, %9024 : f64[] @ models/lib/nn.yaml:80:7
%9026 = sqrt %9025 : f64[] @ models/lib/nn.yaml:80:7
%9027 = div %5478, %9026 : f64[] @ models/lib/nn.yaml:80:7
%9028 = sqrt %9019 : f32[8] @ models/lib/nn.yaml:80:7
%9029 = cast %9027 : f32[] @ models/lib/nn.yaml:80:7
%9030 = broadcast %9029 : f32[8] @ models/lib/nn.yaml:80:7
%9031 = mul %9028, %9030 : f32[8] @ models/lib/nn.yaml:80:7
%9032 = broadcast %5522 : f32[8] @ models/lib/nn.yaml:80:7
%9033 = add %9031, %9032 : f32[8] @ models/lib/nn.yaml:80:7
%9034 = div %9013, %9033 : f32[8] @ models/lib/nn.yaml:80:7
%9035 = cast %9023 : f32[] @ models/lib/nn.yaml:80:7
%9036 = broadcast %9035 : f32[8] @ models/lib/nn.yaml:80:7
%9037 = mul %9034, %9036 : f32[8] @ models/lib/nn.yaml:80:7
%9038 = sub %74, %9037 : f32[8] @ models/lib/nn.yaml:80:7
%9039 = assign %74, %9038 : f32[8] @ models/lib/nn.yaml:80:7
%9040 = assign %9005, %9013 : f32[8] @ models/lib/nn.yaml:80:7
%9041 = assign %9006, %9019 : f32[8] @ models/lib/nn.yaml:80:7
%9042 = assign %9007, %9008 : i64[] @ models/lib/nn.yaml:80:7
%9043 = broadcast %3 : f32[8] @ models/lib/nn.yaml:80:7
%9044 = mul %152, %9043 : f32[8] @ models/lib/nn.yaml:80:7
%9045 = broadcast %5537 : f32[8] @ models/lib/nn.yaml:80:7
%9046 = mul %9038, %9045 : f32[8] @ models/lib/nn.yaml:80:7
%9047 = add %9044, %9046 : f32[8] @ models/lib/nn.yaml:80:7
%9048 = assign %152, %9047 : f32[8] @ models/lib/nn.yaml:80:7
%9049 = broadcast %3 : f32[32,1] @ models/lib/dino.yaml:18:7
%9050 = mul %153, %9049 : f32[32,1] @ models/lib/dino.yaml:18:7
%9051 = broadcast %5537 : f32[32,1] @ models/lib/dino.yaml:18:7
%9052 = mul %75, %9051 : f32[32,1] @ models/lib/dino.yaml:18:7
%9053 = add %9050, %9052 : f32[32,1] @ models/lib/dino.yaml:18:7
%9054 = assign %153, %9053 : f32[32,1] @ models/lib/dino.yaml:18:7
%9055 = all_reduce_sum %4539 : f32[32,8] @ models/lib/dino.yaml:19:7
%9056 = reshape %9055 : f32[256] @ models/lib/dino.yaml:19:7
%9057 = mul %9056, %9056 : f32[256] @ models/lib/dino.yaml:19:7
%9058 = reduce_sum %9057 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%9059 = sqrt %9058 : f32[] @ models/lib/dino.yaml:19:7
%9060 = cast %9059 : f64[] @ models/lib/dino.yaml:19:7
%9061 = add %9060, %5474 : f64[] @ models/lib/dino.yaml:19:7
%9062 = div %5476, %9061 : f64[] @ models/lib/dino.yaml:19:7
%9063 = lt %9062, %5478 : bool[] @ models/lib/dino.yaml:19:7
%9064 = cast %9062 : f32[] @ models/lib/dino.yaml:19:7
%9065 = broadcast %9064 : f32[32,8] @ models/lib/dino.yaml:19:7
%9066 = mul %9055, %9065 : f32[32,8] @ models/lib/dino.yaml:19:7
%9067 = broadcast %9063 : bool[32,8] @ models/lib/dino.yaml:19:7
%9068 = select %9067, %9066, %9055 : f32[32,8] @ models/lib/dino.yaml:19:7
%9069 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%9070 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%9071 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%9072 = add %9071, %5488 : i64[] @ models/lib/dino.yaml:19:7
%9073 = broadcast %5492 : f32[32,8] @ models/lib/dino.yaml:19:7
%9074 = mul %76, %9073 : f32[32,8] @ models/lib/dino.yaml:19:7
%9075 = broadcast %3111 : f32[32,8] @ models/lib/dino.yaml:19:7
%9076 = mul %9068, %9075 : f32[32,8] @ models/lib/dino.yaml:19:7
%9077 = broadcast %2138 : f32[32,8] @ models/lib/dino.yaml:19:7
%9078 = mul %9069, %9077 : f32[32,8] @ models/lib/dino.yaml:19:7
%9079 = add %9078, %9076 : f32[32,8] @ models/lib/dino.yaml:19:7
%9080 = mul %9068, %9068 : f32[32,8] @ models/lib/dino.yaml:19:7
%9081 = broadcast %5502 : f32[32,8] @ models/lib/dino.yaml:19:7
%9082 = mul %9080, %9081 : f32[32,8] @ models/lib/dino.yaml:19:7
%9083 = broadcast %5506 : f32[32,8] @ models/lib/dino.yaml:19:7
%9084 = mul %9070, %9083 : f32[32,8] @ models/lib/dino.yaml:19:7
%9085 = add %9084, %9082 : f32[32,8] @ models/lib/dino.yaml:19:7
%9086 = cast %9072 : f64[] @ models/lib/dino.yaml:19:7
%9087 = pow %5497, %9086 : f64[] @ models/lib/dino.yaml:19:7
%9088 = sub %5478, %9087 : f64[] @ models/lib/dino.yaml:19:7
%9089 = div %3382, %9088 : f64[] @ models/lib/dino.yaml:19:7
%9090 = pow %5505, %9086 : f64[] @ models/lib/dino.yaml:19:7
%9091 = sub %5478, %9090 : f64[] @ models/lib/dino.yaml:19:7
%9092 = sqrt %9091 : f64[] @ models/lib/dino.yaml:19:7
%9093 = div %5478, %9092 : f64[] @ models/lib/dino.yaml:19:7
%9094 = sqrt %9085 : f32[32,8] @ models/lib/dino.yaml:19:7
%9095 = cast %9093 : f32[] @ models/lib/dino.yaml:19:7
%9096 = broadcast %9095 : f32[32,8] @ models/lib/dino.yaml:19:7
%9097 = mul %9094, %9096 : f32[32,8] @ models/lib/dino.yaml:19:7
%9098 = broadcast %5522 : f32[32,8] @ models/lib/dino.yaml:19:7
%9099 = add %9097, %9098 : f32[32,8] @ models/lib/dino.yaml:19:7
%9100 = div %9079, %9099 : f32[32,8] @ models/lib/dino.yaml:19:7
%9101 = cast %9089 : f32[] @ models/lib/dino.yaml:19:7
%9102 = broadcast %9101 : f32[32,8] @ models/lib/dino.yaml:19:7
%9103 = mul %9100, %9102 : f32[32,8] @ models/lib/dino.yaml:19:7
%9104 = sub %9074, %9103 : f32[32,8] @ models/lib/dino.yaml:19:7
%9105 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%9106 = lt %9105, %5488 : bool[] @ models/lib/dino.yaml:19:7
%9107 = broadcast %9106 : bool[32,8] @ models/lib/dino.yaml:19:7
%9108 = select %9107, %76, %9104 : f32[32,8] @ models/lib/dino.yaml:19:7
%9109 = select %9107, %9069, %9079 : f32[32,8] @ models/lib/dino.yaml:19:7
%9110 = select %9107, %9070, %9085 : f32[32,8] @ models/lib/dino.yaml:19:7
%9111 = select %9106, %9071, %9072 : i64[] @ models/lib/dino.yaml:19:7
%9112 = assign %76, %9108 : f32[32,8] @ models/lib/dino.yaml:19:7
%9113 = assign %9069, %9109 : f32[32,8] @ models/lib/dino.yaml:19:7
%9114 = assign %9070, %9110 : f32[32,8] @ models/lib/dino.yaml:19:7
%9115 = assign %9071, %9111 : i64[] @ models/lib/dino.yaml:19:7
%9116 = broadcast %3 : f32[32,8] @ models/lib/dino.yaml:19:7
%9117 = mul %154, %9116 : f32[32,8] @ models/lib/dino.yaml:19:7
%9118 = broadcast %5537 : f32[32,8] @ models/lib/dino.yaml:19:7
%9119 = mul %9108, %9118 : f32[32,8] @ models/lib/dino.yaml:19:7
%9120 = add %9117, %9119 : f32[32,8] @ models/lib/dino.yaml:19:7
%9121 = assign %154, %9120 : f32[32,8] @ models/lib/dino.yaml:19:7
%9122 = all_reduce_sum %4523 : f32[24,16] @ models/lib/nn.yaml:79:7
%9123 = reshape %9122 : f32[384] @ models/lib/nn.yaml:79:7
%9124 = mul %9123, %9123 : f32[384] @ models/lib/nn.yaml:79:7
%9125 = reduce_sum %9124 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9126 = sqrt %9125 : f32[] @ models/lib/nn.yaml:79:7
%9127 = cast %9126 : f64[] @ models/lib/nn.yaml:79:7
%9128 = add %9127, %5474 : f64[] @ models/lib/nn.yaml:79:7
%9129 = div %5476, %9128 : f64[] @ models/lib/nn.yaml:79:7
%9130 = lt %9129, %5478 : bool[] @ models/lib/nn.yaml:79:7
%9131 = cast %9129 : f32[] @ models/lib/nn.yaml:79:7
%9132 = broadcast %9131 : f32[24,16] @ models/lib/nn.yaml:79:7
%9133 = mul %9122, %9132 : f32[24,16] @ models/lib/nn.yaml:79:7
%9134 = broadcast %9130 : bool[24,16] @ models/lib/nn.yaml:79:7
%9135 = select %9134, %9133, %9122 : f32[24,16] @ models/lib/nn.yaml:79:7
%9136 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9137 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9138 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9139 = add %9138, %5488 : i64[] @ models/lib/nn.yaml:79:7
%9140 = mul %77, %8723 : f32[24,16] @ models/lib/nn.yaml:79:7
%9141 = mul %9135, %8725 : f32[24,16] @ models/lib/nn.yaml:79:7
%9142 = mul %9136, %8727 : f32[24,16] @ models/lib/nn.yaml:79:7
%9143 = add %9142, %9141 : f32[24,16] @ models/lib/nn.yaml:79:7
%9144 = mul %9135, %9135 : f32[24,16] @ models/lib/nn.yaml:79:7
%9145 = mul %9144, %8731 : f32[24,16] @ models/lib/nn.yaml:79:7
%9146 = mul %9137, %8733 : f32[24,16] @ models/lib/nn.yaml:79:7
%9147 = add %9146, %9145 : f32[24,16] @ models/lib/nn.yaml:79:7
%9148 = cast %9139 : f64[] @ models/lib/nn.yaml:79:7
%9149 = pow %5497, %9148 : f64[] @ models/lib/nn.yaml:79:7
%9150 = sub %5478, %9149 : f64[] @ models/lib/nn.yaml:79:7
%9151 = div %3382, %9150 : f64[] @ models/lib/nn.yaml:79:7
%9152 = pow %5505, %9148 : f64[] @ models/lib/nn.yaml:79:7
%9153 = sub %5478, %9152 : f64[] @ models/lib/nn.yaml:79:7
%9154 = sqrt %9153 : f64[] @ models/lib/nn.yaml:79:7
%9155 = div %5478, %9154 : f64[] @ models/lib/nn.yaml:79:7
%9156 = sqrt %9147 : f32[24,16] @ models/lib/nn.yaml:79:7
%9157 = cast %9155 : f32[] @ models/lib/nn.yaml:79:7
%9158 = broadcast %9157 : f32[24,16] @ models/lib/nn.yaml:79:7
%9159 = mul %9156, %9158 : f32[24,16] @ models/lib/nn.yaml:79:7
%9160 = add %9159, %8748 : f32[24,16] @ models/lib/nn.yaml:79:7
%9161 = div %9143, %9160 : f32[24,16] @ models/lib/nn.yaml:79:7
%9162 = cast %9151 : f32[] @ models/lib/nn.yaml:79:7
%9163 = broadcast %9162 : f32[24,16] @ models/lib/nn.yaml:79:7
%9164 = mul %9161, %9163 : f32[24,16] @ models/lib/nn.yaml:79:7
%9165 = sub %9140, %9164 : f32[24,16] @ models/lib/nn.yaml:79:7
%9166 = assign %77, %9165 : f32[24,16] @ models/lib/nn.yaml:79:7
%9167 = assign %9136, %9143 : f32[24,16] @ models/lib/nn.yaml:79:7
%9168 = assign %9137, %9147 : f32[24,16] @ models/lib/nn.yaml:79:7
%9169 = assign %9138, %9139 : i64[] @ models/lib/nn.yaml:79:7
%9170 = mul %155, %8759 : f32[24,16] @ models/lib/nn.yaml:79:7
%9171 = mul %9165, %8761 : f32[24,16] @ models/lib/nn.yaml:79:7
%9172 = add %9170, %9171 : f32[24,16] @ models/lib/nn.yaml:79:7
%9173 = assign %155, %9172 : f32[24,16] @ models/lib/nn.yaml:79:7
%9174 = all_reduce_sum %4518 : f32[24] @ models/lib/nn.yaml:80:7
%9175 = mul %9174, %9174 : f32[24] @ models/lib/nn.yaml:80:7
%9176 = reduce_sum %9175 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9177 = sqrt %9176 : f32[] @ models/lib/nn.yaml:80:7
%9178 = cast %9177 : f64[] @ models/lib/nn.yaml:80:7
%9179 = add %9178, %5474 : f64[] @ models/lib/nn.yaml:80:7
%9180 = div %5476, %9179 : f64[] @ models/lib/nn.yaml:80:7
%9181 = lt %9180, %5478 : bool[] @ models/lib/nn.yaml:80:7
%9182 = cast %9180 : f32[] @ models/lib/nn.yaml:80:7
%9183 = broadcast %9182 : f32[24] @ models/lib/nn.yaml:80:7
%9184 = mul %9174, %9183 : f32[24] @ models/lib/nn.yaml:80:7
%9185 = broadcast %9181 : bool[24] @ models/lib/nn.yaml:80:7
%9186 = select %9185, %9184, %9174 : f32[24] @ models/lib/nn.yaml:80:7
%9187 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9188 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9189 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9190 = add %9189, %5488 : i64[] @ models/lib/nn.yaml:80:7
%9191 = mul %9186, %8782 : f32[24] @ models/lib/nn.yaml:80:7
%9192 = mul %9187, %8784 : f32[24] @ models/lib/nn.yaml:80:7
%9193 = add %9192, %9191 : f32[24] @ models/lib/nn.yaml:80:7
%9194 = mul %9186, %9186 : f32[24] @ models/lib/nn.yaml:80:7
%9195 = mul %9194, %8788 : f32[24] @ models/lib/nn.yaml:80:7
%9196 = mul %9188, %8790 : f32[24] @ models/lib/nn.yaml:80:7
%9197 = add %9196, %9195 : f32[24] @ models/lib/nn.yaml:80:7
%9198 = cast %9190 : f64[] @ models/lib/nn.yaml:80:7
%9199 = pow %5497, %9198 : f64[] @ models/lib/nn.yaml:80:7
%9200 = sub %5478, %9199 : f64[] @ models/lib/nn.yaml:80:7
%9201 = div %3382, %9200 : f64[] @ models/lib/nn.yaml:80:7
%9202 = pow %5505, %9198 : f64[] @ models/lib/nn.yaml:80:7
%9203 = sub %5478, %9202 : f64[] @ models/lib/nn.yaml:80:7
%9204 = sqrt %9203 : f64[] @ models/lib/nn.yaml:80:7
%9205 = div %5478, %9204 : f64[] @ models/lib/nn.yaml:80:7
%9206 = sqrt %9197 : f32[24] @ models/lib/nn.yaml:80:7
%9207 = cast %9205 : f32[] @ models/lib/nn.yaml:80:7
%9208 = broadcast %9207 : f32[24] @ models/lib/nn.yaml:80:7
%9209 = mul %9206, %9208 : f32[24] @ models/lib/nn.yaml:80:7
%9210 = add %9209, %8805 : f32[24] @ models/lib/nn.yaml:80:7
%9211 = div %9193, %9210 : f32[24] @ models/lib/nn.yaml:80:7
%9212 = cast %9201 : f32[] @ models/lib/nn.yaml:80:7
%9213 = broadcast %9212 : f32[24] @ models/lib/nn.yaml:80:7
%9214 = mul %9211, %9213 : f32[24] @ models/lib/nn.yaml:80:7
%9215 = sub %78, %9214 : f32[24] @ models/lib/nn.yaml:80:7
%9216 = assign %78, %9215 : f32[24] @ models/lib/nn.yaml:80:7
%9217 = assign %9187, %9193 : f32[24] @ models/lib/nn.yaml:80:7
%9218 = assign %9188, %9197 : f32[24] @ models/lib/nn.yaml:80:7
%9219 = assign %9189, %9190 : i64[] @ models/lib/nn.yaml:80:7
%9220 = mul %156, %8816 : f32[24] @ models/lib/nn.yaml:80:7
%9221 = mul %9215, %8818 : f32[24] @ models/lib/nn.yaml:80:7
%9222 = add %9220, %9221 : f32[24] @ models/lib/nn.yaml:80:7
%9223 = assign %156, %9222 : f32[24] @ models/lib/nn.yaml:80:7
%9224 = all_reduce_sum %4498 : f32[24,24] @ models/lib/nn.yaml:79:7
%9225 = reshape %9224 : f32[576] @ models/lib/nn.yaml:79:7
%9226 = mul %9225, %9225 : f32[576] @ models/lib/nn.yaml:79:7
%9227 = reduce_sum %9226 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9228 = sqrt %9227 : f32[] @ models/lib/nn.yaml:79:7
%9229 = cast %9228 : f64[] @ models/lib/nn.yaml:79:7
%9230 = add %9229, %5474 : f64[] @ models/lib/nn.yaml:79:7
%9231 = div %5476, %9230 : f64[] @ models/lib/nn.yaml:79:7
%9232 = lt %9231, %5478 : bool[] @ models/lib/nn.yaml:79:7
%9233 = cast %9231 : f32[] @ models/lib/nn.yaml:79:7
%9234 = broadcast %9233 : f32[24,24] @ models/lib/nn.yaml:79:7
%9235 = mul %9224, %9234 : f32[24,24] @ models/lib/nn.yaml:79:7
%9236 = broadcast %9232 : bool[24,24] @ models/lib/nn.yaml:79:7
%9237 = select %9236, %9235, %9224 : f32[24,24] @ models/lib/nn.yaml:79:7
%9238 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9239 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9240 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9241 = add %9240, %5488 : i64[] @ models/lib/nn.yaml:79:7
%9242 = mul %79, %8840 : f32[24,24] @ models/lib/nn.yaml:79:7
%9243 = mul %9237, %8842 : f32[24,24] @ models/lib/nn.yaml:79:7
%9244 = mul %9238, %8844 : f32[24,24] @ models/lib/nn.yaml:79:7
%9245 = add %9244, %9243 : f32[24,24] @ models/lib/nn.yaml:79:7
%9246 = mul %9237, %9237 : f32[24,24] @ models/lib/nn.yaml:79:7
%9247 = mul %9246, %8848 : f32[24,24] @ models/lib/nn.yaml:79:7
%9248 = mul %9239, %8850 : f32[24,24] @ models/lib/nn.yaml:79:7
%9249 = add %9248, %9247 : f32[24,24] @ models/lib/nn.yaml:79:7
%9250 = cast %9241 : f64[] @ models/lib/nn.yaml:79:7
%9251 = pow %5497, %9250 : f64[] @ models/lib/nn.yaml:79:7
%9252 = sub %5478, %9251 : f64[] @ models/lib/nn.yaml:79:7
%9253 = div %3382, %9252 : f64[] @ models/lib/nn.yaml:79:7
%9254 = pow %5505, %9250 : f64[] @ models/lib/nn.yaml:79:7
%9255 = sub %5478, %9254 : f64[] @ models/lib/nn.yaml:79:7
%9256 = sqrt %9255 : f64[] @ models/lib/nn.yaml:79:7
%9257 = div %5478, %9256 : f64[] @ models/lib/nn.yaml:79:7
%9258 = sqrt %9249 : f32[24,24] @ models/lib/nn.yaml:79:7
%9259 = cast %9257 : f32[] @ models/lib/nn.yaml:79:7
%9260 = broadcast %9259 : f32[24,24] @ models/lib/nn.yaml:79:7
%9261 = mul %9258, %9260 : f32[24,24] @ models/lib/nn.yaml:79:7
%9262 = add %9261, %8865 : f32[24,24] @ models/lib/nn.yaml:79:7
%9263 = div %9245, %9262 : f32[24,24] @ models/lib/nn.yaml:79:7
%9264 = cast %9253 : f32[] @ models/lib/nn.yaml:79:7
%9265 = broadcast %9264 : f32[24,24] @ models/lib/nn.yaml:79:7
%9266 = mul %9263, %9265 : f32[24,24] @ models/lib/nn.yaml:79:7
%9267 = sub %9242, %9266 : f32[24,24] @ models/lib/nn.yaml:79:7
%9268 = assign %79, %9267 : f32[24,24] @ models/lib/nn.yaml:79:7
%9269 = assign %9238, %9245 : f32[24,24] @ models/lib/nn.yaml:79:7
%9270 = assign %9239, %9249 : f32[24,24] @ models/lib/nn.yaml:79:7
%9271 = assign %9240, %9241 : i64[] @ models/lib/nn.yaml:79:7
%9272 = mul %157, %8876 : f32[24,24] @ models/lib/nn.yaml:79:7
%9273 = mul %9267, %8878 : f32[24,24] @ models/lib/nn.yaml:79:7
%9274 = add %9272, %9273 : f32[24,24] @ models/lib/nn.yaml:79:7
%9275 = assign %157, %9274 : f32[24,24] @ models/lib/nn.yaml:79:7
%9276 = all_reduce_sum %4493 : f32[24] @ models/lib/nn.yaml:80:7
%9277 = mul %9276, %9276 : f32[24] @ models/lib/nn.yaml:80:7
%9278 = reduce_sum %9277 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9279 = sqrt %9278 : f32[] @ models/lib/nn.yaml:80:7
%9280 = cast %9279 : f64[] @ models/lib/nn.yaml:80:7
%9281 = add %9280, %5474 : f64[] @ models/lib/nn.yaml:80:7
%9282 = div %5476, %9281 : f64[] @ models/lib/nn.yaml:80:7
%9283 = lt %9282, %5478 : bool[] @ models/lib/nn.yaml:80:7
%9284 = cast %9282 : f32[] @ models/lib/nn.yaml:80:7
%9285 = broadcast %9284 : f32[24] @ models/lib/nn.yaml:80:7
%9286 = mul %9276, %9285 : f32[24] @ models/lib/nn.yaml:80:7
%9287 = broadcast %9283 : bool[24] @ models/lib/nn.yaml:80:7
%9288 = select %9287, %9286, %9276 : f32[24] @ models/lib/nn.yaml:80:7
%9289 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9290 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9291 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9292 = add %9291, %5488 : i64[] @ models/lib/nn.yaml:80:7
%9293 = mul %9288, %8782 : f32[24] @ models/lib/nn.yaml:80:7
%9294 = mul %9289, %8784 : f32[24] @ models/lib/nn.yaml:80:7
%9295 = add %9294, %9293 : f32[24] @ models/lib/nn.yaml:80:7
%9296 = mul %9288, %9288 : f32[24] @ models/lib/nn.yaml:80:7
%9297 = mul %9296, %8788 : f32[24] @ models/lib/nn.yaml:80:7
%9298 = mul %9290, %8790 : f32[24] @ models/lib/nn.yaml:80:7
%9299 = add %9298, %9297 : f32[24] @ models/lib/nn.yaml:80:7
%9300 = cast %9292 : f64[] @ models/lib/nn.yaml:80:7
%9301 = pow %5497, %9300 : f64[] @ models/lib/nn.yaml:80:7
%9302 = sub %5478, %9301 : f64[] @ models/lib/nn.yaml:80:7
%9303 = div %3382, %9302 : f64[] @ models/lib/nn.yaml:80:7
%9304 = pow %5505, %9300 : f64[] @ models/lib/nn.yaml:80:7
%9305 = sub %5478, %9304 : f64[] @ models/lib/nn.yaml:80:7
%9306 = sqrt %9305 : f64[] @ models/lib/nn.yaml:80:7
%9307 = div %5478, %9306 : f64[] @ models/lib/nn.yaml:80:7
%9308 = sqrt %9299 : f32[24] @ models/lib/nn.yaml:80:7
%9309 = cast %9307 : f32[] @ models/lib/nn.yaml:80:7
%9310 = broadcast %9309 : f32[24] @ models/lib/nn.yaml:80:7
%9311 = mul %9308, %9310 : f32[24] @ models/lib/nn.yaml:80:7
%9312 = add %9311, %8805 : f32[24] @ models/lib/nn.yaml:80:7
%9313 = div %9295, %9312 : f32[24] @ models/lib/nn.yaml:80:7
%9314 = cast %9303 : f32[] @ models/lib/nn.yaml:80:7
%9315 = broadcast %9314 : f32[24] @ models/lib/nn.yaml:80:7
%9316 = mul %9313, %9315 : f32[24] @ models/lib/nn.yaml:80:7
%9317 = sub %80, %9316 : f32[24] @ models/lib/nn.yaml:80:7
%9318 = assign %80, %9317 : f32[24] @ models/lib/nn.yaml:80:7
%9319 = assign %9289, %9295 : f32[24] @ models/lib/nn.yaml:80:7
%9320 = assign %9290, %9299 : f32[24] @ models/lib/nn.yaml:80:7
%9321 = assign %9291, %9292 : i64[] @ models/lib/nn.yaml:80:7
%9322 = mul %158, %8816 : f32[24] @ models/lib/nn.yaml:80:7
%9323 = mul %9317, %8818 : f32[24] @ models/lib/nn.yaml:80:7
%9324 = add %9322, %9323 : f32[24] @ models/lib/nn.yaml:80:7
%9325 = assign %158, %9324 : f32[24] @ models/lib/nn.yaml:80:7
%9326 = all_reduce_sum %4472 : f32[8,24] @ models/lib/nn.yaml:79:7
%9327 = reshape %9326 : f32[192] @ models/lib/nn.yaml:79:7
%9328 = mul %9327, %9327 : f32[192] @ models/lib/nn.yaml:79:7
%9329 = reduce_sum %9328 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9330 = sqrt %9329 : f32[] @ models/lib/nn.yaml:79:7
%9331 = cast %9330 : f64[] @ models/lib/nn.yaml:79:7
%9332 = add %9331, %5474 : f64[] @ models/lib/nn.yaml:79:7
%9333 = div %5476, %9332 : f64[] @ models/lib/nn.yaml:79:7
%9334 = lt %9333, %5478 : bool[] @ models/lib/nn.yaml:79:7
%9335 = cast %9333 : f32[] @ models/lib/nn.yaml:79:7
%9336 = broadcast %9335 : f32[8,24] @ models/lib/nn.yaml:79:7
%9337 = mul %9326, %9336 : f32[8,24] @ models/lib/nn.yaml:79:7
%9338 = broadcast %9334 : bool[8,24] @ models/lib/nn.yaml:79:7
%9339 = select %9338, %9337, %9326 : f32[8,24] @ models/lib/nn.yaml:79:7
%9340 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%9341 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%9342 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9343 = add %9342, %5488 : i64[] @ models/lib/nn.yaml:79:7
%9344 = mul %81, %8950 : f32[8,24] @ models/lib/nn.yaml:79:7
%9345 = mul %9339, %8952 : f32[8,24] @ models/lib/nn.yaml:79:7
%9346 = mul %9340, %8954 : f32[8,24] @ models/lib/nn.yaml:79:7
%9347 = add %9346, %9345 : f32[8,24] @ models/lib/nn.yaml:79:7
%9348 = mul %9339, %9339 : f32[8,24] @ models/lib/nn.yaml:79:7
%9349 = mul %9348, %8958 : f32[8,24] @ models/lib/nn.yaml:79:7
%9350 = mul %9341, %8960 : f32[8,24] @ models/lib/nn.yaml:79:7
%9351 = add %9350, %9349 : f32[8,24] @ models/lib/nn.yaml:79:7
%9352 = cast %9343 : f64[] @ models/lib/nn.yaml:79:7
%9353 = pow %5497, %9352 : f64[] @ models/lib/nn.yaml:79:7
%9354 = sub %5478, %9353 : f64[] @ models/lib/nn.yaml:79:7
%9355 = div %3382, %9354 : f64[] @ models/lib/nn.yaml:79:7
%9356 = pow %5505, %9352 : f64[] @ models/lib/nn.yaml:79:7
%9357 = sub %5478, %9356 : f64[] @ models/lib/nn.yaml:79:7
%9358 = sqrt %9357 : f64[] @ models/lib/nn.yaml:79:7
%9359 = div %5478, %9358 : f64[] @ models/lib/nn.yaml:79:7
%9360 = sqrt %9351 : f32[8,24] @ models/lib/nn.yaml:79:7
%9361 = cast %9359 : f32[] @ models/lib/nn.yaml:79:7
%9362 = broadcast %9361 : f32[8,24] @ models/lib/nn.yaml:79:7
%9363 = mul %9360, %9362 : f32[8,24] @ models/lib/nn.yaml:79:7
%9364 = add %9363, %8975 : f32[8,24] @ models/lib/nn.yaml:79:7
%9365 = div %9347, %9364 : f32[8,24] @ models/lib/nn.yaml:79:7
%9366 = cast %9355 : f32[] @ models/lib/nn.yaml:79:7
%9367 = broadcast %9366 : f32[8,24] @ models/lib/nn.yaml:79:7
%9368 = mul %9365, %9367 : f32[8,24] @ models/lib/nn.yaml:79:7
%9369 = sub %9344, %9368 : f32[8,24] @ models/lib/nn.yaml:79:7
%9370 = assign %81, %9369 : f32[8,24] @ models/lib/nn.yaml:79:7
%9371 = assign %9340, %9347 : f32[8,24] @ models/lib/nn.yaml:79:7
%9372 = assign %9341, %9351 : f32[8,24] @ models/lib/nn.yaml:79:7
%9373 = assign %9342, %9343 : i64[] @ models/lib/nn.yaml:79:7
%9374 = mul %159, %8986 : f32[8,24] @ models/lib/nn.yaml:79:7
%9375 = mul %9369, %8988 : f32[8,24] @ models/lib/nn.yaml:79:7
%9376 = add %9374, %9375 : f32[8,24] @ models/lib/nn.yaml:79:7
%9377 = assign %159, %9376 : f32[8,24] @ models/lib/nn.yaml:79:7
%9378 = all_reduce_sum %4467 : f32[8] @ models/lib/nn.yaml:80:7
%9379 = mul %9378, %9378 : f32[8] @ models/lib/nn.yaml:80:7
%9380 = reduce_sum %9379 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9381 = sqrt %9380 : f32[] @ models/lib/nn.yaml:80:7
%9382 = cast %9381 : f64[] @ models/lib/nn.yaml:80:7
%9383 = add %9382, %5474 : f64[] @ models/lib/nn.yaml:80:7
%9384 = div %5476, %9383 : f64[] @ models/lib/nn.yaml:80:7
%9385 = lt %9384, %5478 : bool[] @ models/lib/nn.yaml:80:7
%9386 = cast %9384 : f32[] @ models/lib/nn.yaml:80:7
%9387 = broadcast %9386 : f32[8] @ models/lib/nn.yaml:80:7
%9388 = mul %9378, %9387 : f32[8] @ models/lib/nn.yaml:80:7
%9389 = broadcast %9385 : bool[8] @ models/lib/nn.yaml:80:7
%9390 = select %9389, %9388, %9378 : f32[8] @ models/lib/nn.yaml:80:7
%9391 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9392 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9393 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9394 = add %9393, %5488 : i64[] @ models/lib/nn.yaml:80:7
%9395 = mul %9390, %9009 : f32[8] @ models/lib/nn.yaml:80:7
%9396 = mul %9391, %9011 : f32[8] @ models/lib/nn.yaml:80:7
%9397 = add %9396, %9395 : f32[8] @ models/lib/nn.yaml:80:7
%9398 = mul %9390, %9390 : f32[8] @ models/lib/nn.yaml:80:7
%9399 = mul %9398, %9015 : f32[8] @ models/lib/nn.yaml:80:7
%9400 = mul %9392, %9017 : f32[8] @ models/lib/nn.yaml:80:7
%9401 = add %9400, %9399 : f32[8] @ models/lib/nn.yaml:80:7
%9402 = cast %9394 : f64[] @ models/lib/nn.yaml:80:7
%9403 = pow %5497, %9402 : f64[] @ models/lib/nn.yaml:80:7
%9404 = sub %5478, %9403 : f64[] @ models/lib/nn.yaml:80:7
%9405 = div %3382, %9404 : f64[] @ models/lib/nn.yaml:80:7
%9406 = pow %5505, %9402 : f64[] @ models/lib/nn.yaml:80:7
%9407 = sub %5478, %9406 : f64[] @ models/lib/nn.yaml:80:7
%9408 = sqrt %9407 : f64[] @ models/lib/nn.yaml:80:7
%9409 = div %5478, %9408 : f64[] @ models/lib/nn.yaml:80:7
%9410 = sqrt %9401 : f32[8] @ models/lib/nn.yaml:80:7
%9411 = cast %9409 : f32[] @ models/lib/nn.yaml:80:7
%9412 = broadcast %9411 : f32[8] @ models/lib/nn.yaml:80:7
%9413 = mul %9410, %9412 : f32[8] @ models/lib/nn.yaml:80:7
%9414 = add %9413, %9032 : f32[8] @ models/lib/nn.yaml:80:7
%9415 = div %9397, %9414 : f32[8] @ models/lib/nn.yaml:80:7
%9416 = cast %9405 : f32[] @ models/lib/nn.yaml:80:7
%9417 = broadcast %9416 : f32[8] @ models/lib/nn.yaml:80:7
%9418 = mul %9415, %9417 : f32[8] @ models/lib/nn.yaml:80:7
%9419 = sub %82, %9418 : f32[8] @ models/lib/nn.yaml:80:7
%9420 = assign %82, %9419 : f32[8] @ models/lib/nn.yaml:80:7
%9421 = assign %9391, %9397 : f32[8] @ models/lib/nn.yaml:80:7
%9422 = assign %9392, %9401 : f32[8] @ models/lib/nn.yaml:80:7
%9423 = assign %9393, %9394 : i64[] @ models/lib/nn.yaml:80:7
%9424 = mul %160, %9043 : f32[8] @ models/lib/nn.yaml:80:7
%9425 = mul %9419, %9045 : f32[8] @ models/lib/nn.yaml:80:7
%9426 = add %9424, %9425 : f32[8] @ models/lib/nn.yaml:80:7
%9427 = assign %160, %9426 : f32[8] @ models/lib/nn.yaml:80:7
%9428 = broadcast %3 : f32[16,1] @ models/lib/dino.yaml:18:7
%9429 = mul %161, %9428 : f32[16,1] @ models/lib/dino.yaml:18:7
%9430 = broadcast %5537 : f32[16,1] @ models/lib/dino.yaml:18:7
%9431 = mul %83, %9430 : f32[16,1] @ models/lib/dino.yaml:18:7
%9432 = add %9429, %9431 : f32[16,1] @ models/lib/dino.yaml:18:7
%9433 = assign %161, %9432 : f32[16,1] @ models/lib/dino.yaml:18:7
%9434 = all_reduce_sum %4441 : f32[16,8] @ models/lib/dino.yaml:19:7
%9435 = reshape %9434 : f32[128] @ models/lib/dino.yaml:19:7
%9436 = mul %9435, %9435 : f32[128] @ models/lib/dino.yaml:19:7
%9437 = reduce_sum %9436 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%9438 = sqrt %9437 : f32[] @ models/lib/dino.yaml:19:7
%9439 = cast %9438 : f64[] @ models/lib/dino.yaml:19:7
%9440 = add %9439, %5474 : f64[] @ models/lib/dino.yaml:19:7
%9441 = div %5476, %9440 : f64[] @ models/lib/dino.yaml:19:7
%9442 = lt %9441, %5478 : bool[] @ models/lib/dino.yaml:19:7
%9443 = cast %9441 : f32[] @ models/lib/dino.yaml:19:7
%9444 = broadcast %9443 : f32[16,8] @ models/lib/dino.yaml:19:7
%9445 = mul %9434, %9444 : f32[16,8] @ models/lib/dino.yaml:19:7
%9446 = broadcast %9442 : bool[16,8] @ models/lib/dino.yaml:19:7
%9447 = select %9446, %9445, %9434 : f32[16,8] @ models/lib/dino.yaml:19:7
%9448 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%9449 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%9450 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%9451 = add %9450, %5488 : i64[] @ models/lib/dino.yaml:19:7
%9452 = broadcast %5492 : f32[16,8] @ models/lib/dino.yaml:19:7
%9453 = mul %84, %9452 : f32[16,8] @ models/lib/dino.yaml:19:7
%9454 = broadcast %3111 : f32[16,8] @ models/lib/dino.yaml:19:7
%9455 = mul %9447, %9454 : f32[16,8] @ models/lib/dino.yaml:19:7
%9456 = broadcast %2138 : f32[16,8] @ models/lib/dino.yaml:19:7
%9457 = mul %9448, %9456 : f32[16,8] @ models/lib/dino.yaml:19:7
%9458 = add %9457, %9455 : f32[16,8] @ models/lib/dino.yaml:19:7
%9459 = mul %9447, %9447 : f32[16,8] @ models/lib/dino.yaml:19:7
%9460 = broadcast %5502 : f32[16,8] @ models/lib/dino.yaml:19:7
%9461 = mul %9459, %9460 : f32[16,8] @ models/lib/dino.yaml:19:7
%9462 = broadcast %5506 : f32[16,8] @ models/lib/dino.yaml:19:7
%9463 = mul %9449, %9462 : f32[16,8] @ models/lib/dino.yaml:19:7
%9464 = add %9463, %9461 : f32[16,8] @ models/lib/dino.yaml:19:7
%9465 = cast %9451 : f64[] @ models/lib/dino.yaml:19:7
%9466 = pow %5497, %9465 : f64[] @ models/lib/dino.yaml:19:7
%9467 = sub %5478, %9466 : f64[] @ models/lib/dino.yaml:19:7
%9468 = div %3382, %9467 : f64[] @ models/lib/dino.yaml:19:7
%9469 = pow %5505, %9465 : f64[] @ models/lib/dino.yaml:19:7
%9470 = sub %5478, %9469 : f64[] @ models/lib/dino.yaml:19:7
%9471 = sqrt %9470 : f64[] @ models/lib/dino.yaml:19:7
%9472 = div %5478, %9471 : f64[] @ models/lib/dino.yaml:19:7
%9473 = sqrt %9464 : f32[16,8] @ models/lib/dino.yaml:19:7
%9474 = cast %9472 : f32[] @ models/lib/dino.yaml:19:7
%9475 = broadcast %9474 : f32[16,8] @ models/lib/dino.yaml:19:7
%9476 = mul %9473, %9475 : f32[16,8] @ models/lib/dino.yaml:19:7
%9477 = broadcast %5522 : f32[16,8] @ models/lib/dino.yaml:19:7
%9478 = add %9476, %9477 : f32[16,8] @ models/lib/dino.yaml:19:7
%9479 = div %9458, %9478 : f32[16,8] @ models/lib/dino.yaml:19:7
%9480 = cast %9468 : f32[] @ models/lib/dino.yaml:19:7
%9481 = broadcast %9480 : f32[16,8] @ models/lib/dino.yaml:19:7
%9482 = mul %9479, %9481 : f32[16,8] @ models/lib/dino.yaml:19:7
%9483 = sub %9453, %9482 : f32[16,8] @ models/lib/dino.yaml:19:7
%9484 = broadcast %9106 : bool[16,8] @ models/lib/dino.yaml:19:7
%9485 = select %9484, %84, %9483 : f32[16,8] @ models/lib/dino.yaml:19:7
%9486 = select %9484, %9448, %9458 : f32[16,8] @ models/lib/dino.yaml:19:7
%9487 = select %9484, %9449, %9464 : f32[16,8] @ models/lib/dino.yaml:19:7
%9488 = select %9106, %9450, %9451 : i64[] @ models/lib/dino.yaml:19:7
%9489 = assign %84, %9485 : f32[16,8] @ models/lib/dino.yaml:19:7
%9490 = assign %9448, %9486 : f32[16,8] @ models/lib/dino.yaml:19:7
%9491 = assign %9449, %9487 : f32[16,8] @ models/lib/dino.yaml:19:7
%9492 = assign %9450, %9488 : i64[] @ models/lib/dino.yaml:19:7
%9493 = broadcast %3 : f32[16,8] @ models/lib/dino.yaml:19:7
%9494 = mul %162, %9493 : f32[16,8] @ models/lib/dino.yaml:19:7
%9495 = broadcast %5537 : f32[16,8] @ models/lib/dino.yaml:19:7
%9496 = mul %9485, %9495 : f32[16,8] @ models/lib/dino.yaml:19:7
%9497 = add %9494, %9496 : f32[16,8] @ models/lib/dino.yaml:19:7
%9498 = assign %162, %9497 : f32[16,8] @ models/lib/dino.yaml:19:7
%9499 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%9500 = abs %3345 : f32[] @ models/dino_pass.yaml:149:3
%9501 = lt %9500, %9499 : bool[] @ models/dino_pass.yaml:149:3
%9502 = output %9501 name="finite" : bool[] @ models/dino_pass.yaml:149:3
