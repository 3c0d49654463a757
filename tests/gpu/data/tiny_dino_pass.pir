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
%2033 = mul %2032, %299 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%2034 = erf %2033 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%2035 = mul %296, %2032 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%2036 = add %303, %2034 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%2037 = mul %2035, %2036 : f32[4,16,64] @ models/lib/nn.yaml:27:24
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
%2168 = mul %2167, %299 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%2169 = erf %2168 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%2170 = mul %296, %2167 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%2171 = add %303, %2169 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%2172 = mul %2170, %2171 : f32[4,16,64] @ models/lib/nn.yaml:27:24
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
%2298 = mul %2297, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2299 = erf %2298 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2300 = mul %826, %2297 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2301 = add %831, %2299 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2302 = mul %2300, %2301 : f32[4,1,64] @ models/lib/nn.yaml:27:24
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
%2420 = mul %2419, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2421 = erf %2420 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2422 = mul %826, %2419 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2423 = add %831, %2421 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2424 = mul %2422, %2423 : f32[4,1,64] @ models/lib/nn.yaml:27:24
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
%2449 = mul %2448, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2450 = erf %2449 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2451 = mul %980, %2448 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2452 = add %985, %2450 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2453 = mul %2451, %2452 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2454 = matmul %2453, %71 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2455 = broadcast %72 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2456 = add %2454, %2455 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2457 = mul %2456, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2458 = erf %2457 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2459 = mul %980, %2456 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2460 = add %985, %2458 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2461 = mul %2459, %2460 : f32[4,1,24] @ models/lib/nn.yaml:27:24
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
%2483 = mul %2482, %1021 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2484 = erf %2483 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%2485 = mul %1019, %2482 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2486 = add %1024, %2484 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2487 = mul %2485, %2486 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%2488 = matmul %2487, %79 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%2489 = broadcast %80 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2490 = add %2488, %2489 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2491 = mul %2490, %1021 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2492 = erf %2491 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%2493 = mul %1019, %2490 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2494 = add %1024, %2492 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2495 = mul %2493, %2494 : f32[4,16,24] @ models/lib/nn.yaml:27:24
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
%2646 = mul %2645, %1195 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%2647 = erf %2646 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%2648 = mul %1193, %2645 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%2649 = add %1198, %2647 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%2650 = mul %2648, %2649 : f32[4,9,64] @ models/lib/nn.yaml:27:24
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
%2778 = mul %2777, %1195 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%2779 = erf %2778 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%2780 = mul %1193, %2777 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%2781 = add %1198, %2779 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%2782 = mul %2780, %2781 : f32[4,9,64] @ models/lib/nn.yaml:27:24
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
%2902 = mul %2901, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2903 = erf %2902 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2904 = mul %826, %2901 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2905 = add %831, %2903 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2906 = mul %2904, %2905 : f32[4,1,64] @ models/lib/nn.yaml:27:24
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
%3018 = mul %3017, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3019 = erf %3018 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3020 = mul %826, %3017 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3021 = add %831, %3019 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3022 = mul %3020, %3021 : f32[4,1,64] @ models/lib/nn.yaml:27:24
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
%3045 = mul %3044, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3046 = erf %3045 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3047 = mul %980, %3044 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3048 = add %985, %3046 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3049 = mul %3047, %3048 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3050 = matmul %3049, %71 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%3051 = add %3050, %2455 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3052 = mul %3051, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3053 = erf %3052 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3054 = mul %980, %3051 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3055 = add %985, %3053 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3056 = mul %3054, %3055 : f32[4,1,24] @ models/lib/nn.yaml:27:24
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
%3070 = mul %3069, %1883 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3071 = erf %3070 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3072 = mul %1881, %3069 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3073 = add %1886, %3071 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3074 = mul %3072, %3073 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3075 = matmul %3074, %79 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%3076 = broadcast %80 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3077 = add %3075, %3076 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3078 = mul %3077, %1883 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3079 = erf %3078 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3080 = mul %1881, %3077 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3081 = add %1886, %3079 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3082 = mul %3080, %3081 : f32[4,9,24] @ models/lib/nn.yaml:27:24
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
%3548 = add %1886, %3079 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3549 = mul %3544, %3548 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3550 = mul %1881, %3077 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3551 = mul %3544, %3550 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3552 = mul %3077, %1883 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3553 = mul %3552, %3552 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3554 = neg %3553 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3555 = exp %3554 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3556 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3557 = broadcast %3556 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3558 = mul %3555, %3557 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3559 = mul %3551, %3558 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3560 = mul %3559, %1883 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3561 = mul %3549, %1881 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3562 = add %3560, %3561 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3563 = reduce_sum %3562 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3564 = reshape %3563 : f32[24] @ models/lib/nn.yaml:84:18
%3565 = matmul %3562, %79 ta=0 tb=0 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%3566 = reshape %3074 : f32[36,24] @ models/lib/nn.yaml:83:15
%3567 = reshape %3562 : f32[36,24] @ models/lib/nn.yaml:83:15
%3568 = matmul %3567, %3566 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%3569 = add %1886, %3071 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3570 = mul %3565, %3569 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3571 = mul %1881, %3069 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3572 = mul %3565, %3571 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3573 = mul %3069, %1883 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3574 = mul %3573, %3573 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3575 = neg %3574 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3576 = exp %3575 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3577 = mul %3576, %3557 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3578 = mul %3572, %3577 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3579 = mul %3578, %1883 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3580 = mul %3570, %1881 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3581 = add %3579, %3580 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3582 = reduce_sum %3581 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3583 = reshape %3582 : f32[24] @ models/lib/nn.yaml:84:18
%3584 = matmul %3581, %77 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3585 = reshape %3066 : f32[36,16] @ models/lib/nn.yaml:83:15
%3586 = reshape %3581 : f32[36,24] @ models/lib/nn.yaml:83:15
%3587 = matmul %3586, %3585 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%3588 = matmul %3504, %2477 ta=0 tb=0 : f32[4,1,8] @ models/lib/dino.yaml:23:18
%3589 = reshape %3064 : f32[4,8] @ models/lib/dino.yaml:23:18
%3590 = reshape %3504 : f32[4,32] @ models/lib/dino.yaml:23:18
%3591 = matmul %3590, %3589 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%3592 = div %3591, %2476 : f32[32,8] @ models/lib/dino.yaml:22:33
%3593 = mul %3592, %2477 : f32[32,8] @ models/lib/dino.yaml:22:33
%3594 = neg %3593 : f32[32,8] @ models/lib/dino.yaml:22:33
%3595 = reduce_sum %3594 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%3596 = broadcast %295 : f32[32,1] @ models/lib/dino.yaml:22:35
%3597 = mul %3595, %3596 : f32[32,1] @ models/lib/dino.yaml:22:35
%3598 = div %3597, %2475 : f32[32,1] @ models/lib/dino.yaml:22:35
%3599 = broadcast %3598 : f32[32,8] @ models/lib/dino.yaml:22:40
%3600 = mul %3599, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%3601 = add %3600, %3600 : f32[32,8] @ models/lib/dino.yaml:22:53
%3602 = mul %3592, %2471 : f32[32,8] @ models/lib/dino.yaml:22:22
%3603 = add %3601, %3602 : f32[32,8] @ models/lib/dino.yaml:22:22
%3604 = div %3588, %3063 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3605 = mul %3604, %3064 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3606 = neg %3605 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3607 = reduce_sum %3606 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%3608 = broadcast %3525 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3609 = broadcast %295 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3610 = mul %3607, %3609 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3611 = sqrt %3060 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3612 = eq %3611, %1003 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3613 = select %3612, %3610, %3608 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3614 = sqrt %3060 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3615 = gt %3614, %1003 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3616 = select %3615, %3607, %3613 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3617 = mul %3616, %3609 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3618 = sqrt %3060 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3619 = div %3617, %3618 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3620 = broadcast %3619 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%3621 = mul %3620, %3058 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3622 = add %3604, %3621 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3623 = add %3622, %3621 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3624 = reduce_sum %3623 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%3625 = reshape %3624 : f32[8] @ models/lib/nn.yaml:84:18
%3626 = matmul %3623, %73 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%3627 = reshape %3056 : f32[4,24] @ models/lib/nn.yaml:83:15
%3628 = reshape %3623 : f32[4,8] @ models/lib/nn.yaml:83:15
%3629 = matmul %3628, %3627 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%3630 = add %985, %3053 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3631 = mul %3626, %3630 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3632 = mul %980, %3051 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3633 = mul %3626, %3632 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3634 = mul %3051, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3635 = mul %3634, %3634 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3636 = neg %3635 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3637 = exp %3636 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3638 = broadcast %3556 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3639 = mul %3637, %3638 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3640 = mul %3633, %3639 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3641 = mul %3640, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3642 = mul %3631, %980 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3643 = add %3641, %3642 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3644 = reduce_sum %3643 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3645 = reshape %3644 : f32[24] @ models/lib/nn.yaml:84:18
%3646 = matmul %3643, %71 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%3647 = reshape %3049 : f32[4,24] @ models/lib/nn.yaml:83:15
%3648 = reshape %3643 : f32[4,24] @ models/lib/nn.yaml:83:15
%3649 = matmul %3648, %3647 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%3650 = add %985, %3046 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3651 = mul %3646, %3650 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3652 = mul %980, %3044 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3653 = mul %3646, %3652 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3654 = mul %3044, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3655 = mul %3654, %3654 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3656 = neg %3655 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3657 = exp %3656 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3658 = mul %3657, %3638 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3659 = mul %3653, %3658 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3660 = mul %3659, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3661 = mul %3651, %980 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3662 = add %3660, %3661 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3663 = reduce_sum %3662 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3664 = reshape %3663 : f32[24] @ models/lib/nn.yaml:84:18
%3665 = matmul %3662, %69 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3666 = reshape %3042 : f32[4,16] @ models/lib/nn.yaml:83:15
%3667 = reshape %3662 : f32[4,24] @ models/lib/nn.yaml:83:15
%3668 = matmul %3667, %3666 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%3669 = concat %3665, %3584 axis=1 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%3670 = reduce_sum %3669 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3671 = reshape %3670 : f32[16] @ models/lib/nn.yaml:96:46
%3672 = mul %3669, %3038 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3673 = mul %3669, %3037 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3674 = reduce_sum %3673 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3675 = reshape %3674 : f32[16] @ models/lib/nn.yaml:96:37
%3676 = mul %3672, %3036 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3677 = mul %3672, %3030 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3678 = reduce_sum %3677 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3679 = mul %3035, %3035 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3680 = mul %3035, %3679 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3681 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3682 = broadcast %3681 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3683 = mul %3680, %3682 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3684 = mul %3678, %3683 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3685 = div %3684, %1604 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3686 = broadcast %3685 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%3687 = mul %3686, %3030 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3688 = add %3676, %3687 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3689 = add %3688, %3687 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3690 = neg %3689 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3691 = reduce_sum %3690 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3692 = div %3691, %1604 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3693 = broadcast %3692 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3694 = add %3689, %3693 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3695 = slice %3694 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%3696 = slice %3694 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:111:21
%3697 = reduce_sum %3695 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3698 = reshape %3697 : f32[16] @ models/lib/nn.yaml:84:18
%3699 = matmul %3695, %65 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3700 = reshape %3022 : f32[4,64] @ models/lib/nn.yaml:83:15
%3701 = reshape %3695 : f32[4,16] @ models/lib/nn.yaml:83:15
%3702 = matmul %3701, %3700 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3703 = add %831, %3019 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3704 = mul %3699, %3703 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3705 = mul %826, %3017 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3706 = mul %3699, %3705 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3707 = mul %3017, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3708 = mul %3707, %3707 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3709 = neg %3708 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3710 = exp %3709 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3711 = broadcast %3556 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3712 = mul %3710, %3711 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3713 = mul %3706, %3712 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3714 = mul %3713, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3715 = mul %3704, %826 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3716 = add %3714, %3715 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3717 = reduce_sum %3716 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3718 = reshape %3717 : f32[64] @ models/lib/nn.yaml:84:18
%3719 = matmul %3716, %63 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3720 = reshape %3015 : f32[4,16] @ models/lib/nn.yaml:83:15
%3721 = reshape %3716 : f32[4,64] @ models/lib/nn.yaml:83:15
%3722 = matmul %3721, %3720 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3723 = reduce_sum %3719 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3724 = reshape %3723 : f32[16] @ models/lib/nn.yaml:96:46
%3725 = mul %3719, %2413 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3726 = mul %3719, %3013 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3727 = reduce_sum %3726 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3728 = reshape %3727 : f32[16] @ models/lib/nn.yaml:96:37
%3729 = mul %3725, %3012 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3730 = mul %3725, %3006 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3731 = reduce_sum %3730 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3732 = mul %3011, %3011 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3733 = mul %3011, %3732 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3734 = broadcast %3681 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3735 = mul %3733, %3734 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3736 = mul %3731, %3735 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3737 = div %3736, %807 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3738 = broadcast %3737 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%3739 = mul %3738, %3006 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3740 = add %3729, %3739 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3741 = add %3740, %3739 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3742 = add %3695, %3741 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3743 = neg %3741 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3744 = reduce_sum %3743 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3745 = div %3744, %807 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3746 = broadcast %3745 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3747 = add %3742, %3746 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3748 = reduce_sum %3747 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3749 = reshape %3748 : f32[16] @ models/lib/nn.yaml:84:18
%3750 = matmul %3747, %59 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3751 = reshape %2998 : f32[4,16] @ models/lib/nn.yaml:83:15
%3752 = reshape %3747 : f32[4,16] @ models/lib/nn.yaml:83:15
%3753 = matmul %3752, %3751 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3754 = reshape %3750 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%3755 = permute %3754 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%3756 = permute %2940 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%3757 = slice %3755 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3758 = broadcast %3757 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3759 = slice %3756 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3760 = mul %3758, %3759 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3761 = slice %3755 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3762 = broadcast %3761 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3763 = slice %3756 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3764 = mul %3762, %3763 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3765 = add %3760, %3764 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3766 = slice %3755 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3767 = broadcast %3766 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3768 = slice %3756 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3769 = mul %3767, %3768 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3770 = add %3765, %3769 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3771 = slice %3755 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3772 = broadcast %3771 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3773 = slice %3756 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3774 = mul %3772, %3773 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3775 = add %3770, %3774 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3776 = slice %3755 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3777 = broadcast %3776 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3778 = slice %3756 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3779 = mul %3777, %3778 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3780 = add %3775, %3779 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3781 = slice %3755 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3782 = broadcast %3781 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3783 = slice %3756 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3784 = mul %3782, %3783 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3785 = add %3780, %3784 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3786 = slice %3755 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3787 = broadcast %3786 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3788 = slice %3756 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3789 = mul %3787, %3788 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3790 = add %3785, %3789 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3791 = slice %3755 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3792 = broadcast %3791 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3793 = slice %3756 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3794 = mul %3792, %3793 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3795 = add %3790, %3794 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3796 = permute %2991 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%3797 = broadcast %3796 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3798 = broadcast %3755 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3799 = mul %3797, %3798 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3800 = div %3795, %2989 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3801 = mul %3800, %2991 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3802 = neg %3801 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3803 = reduce_sum %3802 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3804 = broadcast %3803 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3805 = add %3800, %3804 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3806 = exp %2986 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3807 = mul %3805, %3806 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3808 = mul %3807, %1675 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3809 = reshape %3808 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%3810 = broadcast %3809 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3811 = reshape %2935 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3812 = broadcast %3811 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3813 = mul %3810, %3812 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3814 = reduce_sum %3813 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3815 = permute %3808 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%3816 = broadcast %3815 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3817 = broadcast %2930 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3818 = mul %3816, %3817 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3819 = permute %3799 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%3820 = reshape %3819 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%3821 = reduce_sum %3820 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3822 = reshape %3821 : f32[16] @ models/lib/nn.yaml:84:18
%3823 = matmul %3820, %57 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3824 = reshape %2925 : f32[40,16] @ models/lib/nn.yaml:83:15
%3825 = reshape %3819 : f32[40,16] @ models/lib/nn.yaml:83:15
%3826 = matmul %3825, %3824 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3827 = permute %3818 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%3828 = reshape %3827 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%3829 = reduce_sum %3828 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3830 = reshape %3829 : f32[16] @ models/lib/nn.yaml:84:18
%3831 = matmul %3828, %55 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3832 = add %3823, %3831 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3833 = reshape %3827 : f32[40,16] @ models/lib/nn.yaml:83:15
%3834 = matmul %3833, %3824 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3835 = permute %3814 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%3836 = reshape %3835 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%3837 = reduce_sum %3836 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3838 = reshape %3837 : f32[16] @ models/lib/nn.yaml:84:18
%3839 = matmul %3836, %53 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3840 = reshape %2926 : f32[4,16] @ models/lib/nn.yaml:83:15
%3841 = reshape %3835 : f32[4,16] @ models/lib/nn.yaml:83:15
%3842 = matmul %3841, %3840 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3843 = pad %3839 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3844 = add %3832, %3843 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3845 = reduce_sum %3844 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3846 = reshape %3845 : f32[16] @ models/lib/nn.yaml:96:46
%3847 = mul %3844, %2922 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3848 = mul %3844, %2921 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3849 = reduce_sum %3848 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3850 = reshape %3849 : f32[16] @ models/lib/nn.yaml:96:37
%3851 = mul %3847, %2920 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3852 = mul %3847, %2914 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3853 = reduce_sum %3852 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3854 = mul %2919, %2919 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3855 = mul %2919, %3854 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3856 = mul %3855, %3682 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3857 = mul %3853, %3856 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3858 = div %3857, %1604 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3859 = broadcast %3858 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%3860 = mul %3859, %2914 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3861 = add %3851, %3860 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3862 = add %3861, %3860 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3863 = neg %3862 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3864 = reduce_sum %3863 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3865 = div %3864, %1604 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3866 = broadcast %3865 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3867 = add %3862, %3866 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3868 = slice %3867 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3869 = add %3747, %3868 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3870 = slice %3867 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3871 = add %3696, %3870 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3872 = reduce_sum %3869 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3873 = reshape %3872 : f32[16] @ models/lib/nn.yaml:84:18
%3874 = matmul %3869, %49 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3875 = reshape %2906 : f32[4,64] @ models/lib/nn.yaml:83:15
%3876 = reshape %3869 : f32[4,16] @ models/lib/nn.yaml:83:15
%3877 = matmul %3876, %3875 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3878 = add %831, %2903 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3879 = mul %3874, %3878 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3880 = mul %826, %2901 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3881 = mul %3874, %3880 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3882 = mul %2901, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3883 = mul %3882, %3882 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3884 = neg %3883 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3885 = exp %3884 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3886 = mul %3885, %3711 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3887 = mul %3881, %3886 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3888 = mul %3887, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3889 = mul %3879, %826 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3890 = add %3888, %3889 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3891 = reduce_sum %3890 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3892 = reshape %3891 : f32[64] @ models/lib/nn.yaml:84:18
%3893 = matmul %3890, %47 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3894 = reshape %2899 : f32[4,16] @ models/lib/nn.yaml:83:15
%3895 = reshape %3890 : f32[4,64] @ models/lib/nn.yaml:83:15
%3896 = matmul %3895, %3894 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3897 = reduce_sum %3893 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3898 = reshape %3897 : f32[16] @ models/lib/nn.yaml:96:46
%3899 = mul %3893, %2291 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3900 = mul %3893, %2897 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3901 = reduce_sum %3900 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3902 = reshape %3901 : f32[16] @ models/lib/nn.yaml:96:37
%3903 = mul %3899, %2896 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3904 = mul %3899, %2890 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3905 = reduce_sum %3904 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3906 = mul %2895, %2895 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3907 = mul %2895, %3906 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3908 = mul %3907, %3734 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3909 = mul %3905, %3908 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3910 = div %3909, %807 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3911 = broadcast %3910 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%3912 = mul %3911, %2890 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3913 = add %3903, %3912 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3914 = add %3913, %3912 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3915 = add %3869, %3914 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3916 = neg %3914 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3917 = reduce_sum %3916 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3918 = div %3917, %807 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3919 = broadcast %3918 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3920 = add %3915, %3919 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3921 = reduce_sum %3920 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3922 = reshape %3921 : f32[16] @ models/lib/nn.yaml:84:18
%3923 = matmul %3920, %43 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3924 = reshape %2882 : f32[4,16] @ models/lib/nn.yaml:83:15
%3925 = reshape %3920 : f32[4,16] @ models/lib/nn.yaml:83:15
%3926 = matmul %3925, %3924 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3927 = reshape %3923 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%3928 = permute %3927 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%3929 = permute %2824 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%3930 = slice %3928 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3931 = broadcast %3930 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3932 = slice %3929 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3933 = mul %3931, %3932 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3934 = slice %3928 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3935 = broadcast %3934 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3936 = slice %3929 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3937 = mul %3935, %3936 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3938 = add %3933, %3937 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3939 = slice %3928 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3940 = broadcast %3939 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3941 = slice %3929 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3942 = mul %3940, %3941 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3943 = add %3938, %3942 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3944 = slice %3928 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3945 = broadcast %3944 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3946 = slice %3929 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3947 = mul %3945, %3946 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3948 = add %3943, %3947 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3949 = slice %3928 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3950 = broadcast %3949 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3951 = slice %3929 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3952 = mul %3950, %3951 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3953 = add %3948, %3952 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3954 = slice %3928 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3955 = broadcast %3954 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3956 = slice %3929 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3957 = mul %3955, %3956 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3958 = add %3953, %3957 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3959 = slice %3928 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3960 = broadcast %3959 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3961 = slice %3929 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3962 = mul %3960, %3961 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3963 = add %3958, %3962 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3964 = slice %3928 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3965 = broadcast %3964 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3966 = slice %3929 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3967 = mul %3965, %3966 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3968 = add %3963, %3967 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3969 = permute %2875 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%3970 = broadcast %3969 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3971 = broadcast %3928 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3972 = mul %3970, %3971 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3973 = div %3968, %2873 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3974 = mul %3973, %2875 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3975 = neg %3974 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3976 = reduce_sum %3975 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3977 = broadcast %3976 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3978 = add %3973, %3977 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3979 = exp %2870 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3980 = mul %3978, %3979 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3981 = mul %3980, %1675 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3982 = reshape %3981 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%3983 = broadcast %3982 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3984 = reshape %2819 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3985 = broadcast %3984 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3986 = mul %3983, %3985 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3987 = reduce_sum %3986 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3988 = permute %3981 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%3989 = broadcast %3988 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3990 = broadcast %2814 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3991 = mul %3989, %3990 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3992 = permute %3972 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%3993 = reshape %3992 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%3994 = reduce_sum %3993 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3995 = reshape %3994 : f32[16] @ models/lib/nn.yaml:84:18
%3996 = matmul %3993, %41 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3997 = reshape %2809 : f32[40,16] @ models/lib/nn.yaml:83:15
%3998 = reshape %3992 : f32[40,16] @ models/lib/nn.yaml:83:15
%3999 = matmul %3998, %3997 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4000 = permute %3991 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%4001 = reshape %4000 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%4002 = reduce_sum %4001 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4003 = reshape %4002 : f32[16] @ models/lib/nn.yaml:84:18
%4004 = matmul %4001, %39 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4005 = add %3996, %4004 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4006 = reshape %4000 : f32[40,16] @ models/lib/nn.yaml:83:15
%4007 = matmul %4006, %3997 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4008 = permute %3987 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4009 = reshape %4008 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4010 = reduce_sum %4009 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4011 = reshape %4010 : f32[16] @ models/lib/nn.yaml:84:18
%4012 = matmul %4009, %37 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4013 = reshape %2810 : f32[4,16] @ models/lib/nn.yaml:83:15
%4014 = reshape %4008 : f32[4,16] @ models/lib/nn.yaml:83:15
%4015 = matmul %4014, %4013 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4016 = pad %4012 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4017 = add %4005, %4016 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4018 = reduce_sum %4017 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4019 = reshape %4018 : f32[16] @ models/lib/nn.yaml:96:46
%4020 = mul %4017, %2806 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4021 = mul %4017, %2805 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4022 = reduce_sum %4021 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4023 = reshape %4022 : f32[16] @ models/lib/nn.yaml:96:37
%4024 = mul %4020, %2804 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4025 = mul %4020, %2798 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4026 = reduce_sum %4025 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4027 = mul %2803, %2803 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4028 = mul %2803, %4027 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4029 = mul %4028, %3682 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4030 = mul %4026, %4029 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4031 = div %4030, %1604 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4032 = broadcast %4031 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4033 = mul %4032, %2798 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4034 = add %4024, %4033 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4035 = add %4034, %4033 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4036 = neg %4035 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4037 = reduce_sum %4036 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4038 = div %4037, %1604 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4039 = broadcast %4038 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4040 = add %4035, %4039 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4041 = slice %4040 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4042 = add %3920, %4041 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4043 = slice %4040 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4044 = add %3871, %4043 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4045 = reduce_sum %4042 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4046 = mul %4044, %2791 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%4047 = div %4046, %2751 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4048 = reduce_sum %4047 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4049 = reshape %4048 : f32[16] @ models/lib/nn.yaml:84:18
%4050 = matmul %4047, %32 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%4051 = reshape %2782 : f32[36,64] @ models/lib/nn.yaml:83:15
%4052 = reshape %4047 : f32[36,16] @ models/lib/nn.yaml:83:15
%4053 = matmul %4052, %4051 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4054 = add %1198, %2779 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%4055 = mul %4050, %4054 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4056 = mul %1193, %2777 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4057 = mul %4050, %4056 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4058 = mul %2777, %1195 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4059 = mul %4058, %4058 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4060 = neg %4059 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4061 = exp %4060 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4062 = broadcast %3556 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4063 = mul %4061, %4062 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4064 = mul %4057, %4063 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4065 = mul %4064, %1195 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4066 = mul %4055, %1193 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4067 = add %4065, %4066 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4068 = reduce_sum %4067 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4069 = reshape %4068 : f32[64] @ models/lib/nn.yaml:84:18
%4070 = matmul %4067, %30 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4071 = reshape %2774 : f32[36,16] @ models/lib/nn.yaml:83:15
%4072 = reshape %4067 : f32[36,64] @ models/lib/nn.yaml:83:15
%4073 = matmul %4072, %4071 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4074 = reduce_sum %4070 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4075 = reshape %4074 : f32[16] @ models/lib/nn.yaml:96:46
%4076 = mul %4070, %2771 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4077 = mul %4070, %2770 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4078 = reduce_sum %4077 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4079 = reshape %4078 : f32[16] @ models/lib/nn.yaml:96:37
%4080 = mul %4076, %2769 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4081 = mul %4076, %2763 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4082 = reduce_sum %4081 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4083 = mul %2768, %2768 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4084 = mul %2768, %4083 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4085 = broadcast %3681 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4086 = mul %4084, %4085 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4087 = mul %4082, %4086 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4088 = div %4087, %1076 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4089 = broadcast %4088 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4090 = mul %4089, %2763 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4091 = add %4080, %4090 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4092 = add %4091, %4090 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4093 = add %4044, %4092 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4094 = neg %4092 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4095 = reduce_sum %4094 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4096 = div %4095, %1076 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4097 = broadcast %4096 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4098 = add %4093, %4097 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4099 = mul %4098, %2757 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%4100 = div %4099, %2751 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4101 = reduce_sum %4100 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4102 = reshape %4101 : f32[16] @ models/lib/nn.yaml:84:18
%4103 = matmul %4100, %26 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4104 = reshape %2746 : f32[36,16] @ models/lib/nn.yaml:83:15
%4105 = reshape %4100 : f32[36,16] @ models/lib/nn.yaml:83:15
%4106 = matmul %4105, %4104 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4107 = reshape %4103 : f32[4,9,2,8] @ models/lib/nn.yaml:57:16
%4108 = permute %4107 perm=[0,2,1,3] : f32[4,2,9,8] @ models/lib/nn.yaml:56:13
%4109 = permute %2680 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%4110 = slice %4108 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4111 = broadcast %4110 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4112 = slice %4109 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4113 = broadcast %4112 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4114 = mul %4111, %4113 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4115 = slice %4108 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4116 = broadcast %4115 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4117 = slice %4109 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4118 = broadcast %4117 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4119 = mul %4116, %4118 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4120 = add %4114, %4119 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4121 = slice %4108 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4122 = broadcast %4121 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4123 = slice %4109 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4124 = broadcast %4123 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4125 = mul %4122, %4124 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4126 = add %4120, %4125 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4127 = slice %4108 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4128 = broadcast %4127 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4129 = slice %4109 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4130 = broadcast %4129 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4131 = mul %4128, %4130 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4132 = add %4126, %4131 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4133 = slice %4108 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4134 = broadcast %4133 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4135 = slice %4109 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4136 = broadcast %4135 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4137 = mul %4134, %4136 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4138 = add %4132, %4137 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4139 = slice %4108 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4140 = broadcast %4139 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4141 = slice %4109 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4142 = broadcast %4141 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4143 = mul %4140, %4142 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4144 = add %4138, %4143 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4145 = slice %4108 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4146 = broadcast %4145 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4147 = slice %4109 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4148 = broadcast %4147 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4149 = mul %4146, %4148 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4150 = add %4144, %4149 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4151 = slice %4108 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4152 = broadcast %4151 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4153 = slice %4109 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4154 = broadcast %4153 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4155 = mul %4152, %4154 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4156 = add %4150, %4155 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4157 = permute %2739 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4158 = reshape %4157 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%4159 = broadcast %4158 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4160 = reshape %4108 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%4161 = broadcast %4160 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4162 = mul %4159, %4161 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4163 = reduce_sum %4162 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4164 = div %4156, %2737 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4165 = mul %4164, %2739 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4166 = neg %4165 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4167 = reduce_sum %4166 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%4168 = broadcast %4167 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4169 = add %4164, %4168 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4170 = exp %2734 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4171 = mul %4169, %4170 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4172 = mul %4171, %1151 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%4173 = reshape %4172 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4174 = broadcast %4173 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4175 = reshape %2678 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4176 = broadcast %4175 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4177 = mul %4174, %4176 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4178 = reduce_sum %4177 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4179 = permute %4172 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4180 = reshape %4179 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4181 = broadcast %4180 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4182 = reshape %2676 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4183 = broadcast %4182 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4184 = mul %4181, %4183 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4185 = reduce_sum %4184 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4186 = reshape %4163 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%4187 = reshape %4185 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%4188 = reshape %4178 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%4189 = concat %4188, %4187, %4186 axis=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4190 = permute %4189 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%4191 = reshape %4190 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%4192 = reduce_sum %4191 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4193 = reshape %4192 : f32[48] @ models/lib/nn.yaml:84:18
%4194 = matmul %4191, %24 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4195 = reshape %2669 : f32[36,16] @ models/lib/nn.yaml:83:15
%4196 = reshape %4190 : f32[36,48] @ models/lib/nn.yaml:83:15
%4197 = matmul %4196, %4195 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%4198 = reduce_sum %4194 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4199 = reshape %4198 : f32[16] @ models/lib/nn.yaml:96:46
%4200 = mul %4194, %2666 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4201 = mul %4194, %2665 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4202 = reduce_sum %4201 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4203 = reshape %4202 : f32[16] @ models/lib/nn.yaml:96:37
%4204 = mul %4200, %2664 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4205 = mul %4200, %2658 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4206 = reduce_sum %4205 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4207 = mul %2663, %2663 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4208 = mul %2663, %4207 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4209 = mul %4208, %4085 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4210 = mul %4206, %4209 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4211 = div %4210, %1076 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4212 = broadcast %4211 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4213 = mul %4212, %2658 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4214 = add %4204, %4213 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4215 = add %4214, %4213 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4216 = add %4098, %4215 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4217 = neg %4215 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4218 = reduce_sum %4217 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4219 = div %4218, %1076 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4220 = broadcast %4219 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4221 = add %4216, %4220 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4222 = reduce_sum %4221 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4223 = reshape %4222 : f32[16] @ models/lib/nn.yaml:84:18
%4224 = matmul %4221, %20 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%4225 = reshape %2650 : f32[36,64] @ models/lib/nn.yaml:83:15
%4226 = reshape %4221 : f32[36,16] @ models/lib/nn.yaml:83:15
%4227 = matmul %4226, %4225 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4228 = add %1198, %2647 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%4229 = mul %4224, %4228 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4230 = mul %1193, %2645 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4231 = mul %4224, %4230 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4232 = mul %2645, %1195 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4233 = mul %4232, %4232 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4234 = neg %4233 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4235 = exp %4234 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4236 = mul %4235, %4062 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4237 = mul %4231, %4236 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4238 = mul %4237, %1195 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4239 = mul %4229, %1193 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4240 = add %4238, %4239 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4241 = reduce_sum %4240 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4242 = reshape %4241 : f32[64] @ models/lib/nn.yaml:84:18
%4243 = matmul %4240, %18 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4244 = reshape %2642 : f32[36,16] @ models/lib/nn.yaml:83:15
%4245 = reshape %4240 : f32[36,64] @ models/lib/nn.yaml:83:15
%4246 = matmul %4245, %4244 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4247 = reduce_sum %4243 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4248 = reshape %4247 : f32[16] @ models/lib/nn.yaml:96:46
%4249 = mul %4243, %2639 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4250 = mul %4243, %2638 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4251 = reduce_sum %4250 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4252 = reshape %4251 : f32[16] @ models/lib/nn.yaml:96:37
%4253 = mul %4249, %2637 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4254 = mul %4249, %2631 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4255 = reduce_sum %4254 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4256 = mul %2636, %2636 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4257 = mul %2636, %4256 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4258 = mul %4257, %4085 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4259 = mul %4255, %4258 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4260 = div %4259, %1076 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4261 = broadcast %4260 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4262 = mul %4261, %2631 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4263 = add %4253, %4262 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4264 = add %4263, %4262 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4265 = add %4221, %4264 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4266 = neg %4264 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4267 = reduce_sum %4266 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4268 = div %4267, %1076 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4269 = broadcast %4268 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4270 = add %4265, %4269 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4271 = reduce_sum %4270 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4272 = reshape %4271 : f32[16] @ models/lib/nn.yaml:84:18
%4273 = matmul %4270, %14 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4274 = reshape %2622 : f32[36,16] @ models/lib/nn.yaml:83:15
%4275 = reshape %4270 : f32[36,16] @ models/lib/nn.yaml:83:15
%4276 = matmul %4275, %4274 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4277 = reshape %4273 : f32[4,9,2,8] @ models/lib/nn.yaml:57:16
%4278 = permute %4277 perm=[0,2,1,3] : f32[4,2,9,8] @ models/lib/nn.yaml:56:13
%4279 = permute %2556 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%4280 = slice %4278 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4281 = broadcast %4280 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4282 = slice %4279 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4283 = broadcast %4282 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4284 = mul %4281, %4283 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4285 = slice %4278 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4286 = broadcast %4285 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4287 = slice %4279 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4288 = broadcast %4287 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4289 = mul %4286, %4288 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4290 = add %4284, %4289 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4291 = slice %4278 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4292 = broadcast %4291 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4293 = slice %4279 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4294 = broadcast %4293 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4295 = mul %4292, %4294 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4296 = add %4290, %4295 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4297 = slice %4278 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4298 = broadcast %4297 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4299 = slice %4279 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4300 = broadcast %4299 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4301 = mul %4298, %4300 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4302 = add %4296, %4301 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4303 = slice %4278 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4304 = broadcast %4303 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4305 = slice %4279 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4306 = broadcast %4305 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4307 = mul %4304, %4306 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4308 = add %4302, %4307 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4309 = slice %4278 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4310 = broadcast %4309 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4311 = slice %4279 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4312 = broadcast %4311 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4313 = mul %4310, %4312 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4314 = add %4308, %4313 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4315 = slice %4278 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4316 = broadcast %4315 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4317 = slice %4279 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4318 = broadcast %4317 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4319 = mul %4316, %4318 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4320 = add %4314, %4319 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4321 = slice %4278 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4322 = broadcast %4321 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4323 = slice %4279 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4324 = broadcast %4323 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4325 = mul %4322, %4324 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4326 = add %4320, %4325 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4327 = permute %2615 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4328 = reshape %4327 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%4329 = broadcast %4328 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4330 = reshape %4278 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%4331 = broadcast %4330 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4332 = mul %4329, %4331 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4333 = reduce_sum %4332 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4334 = div %4326, %2613 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4335 = mul %4334, %2615 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4336 = neg %4335 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4337 = reduce_sum %4336 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%4338 = broadcast %4337 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4339 = add %4334, %4338 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4340 = exp %2610 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4341 = mul %4339, %4340 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4342 = mul %4341, %1151 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%4343 = reshape %4342 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4344 = broadcast %4343 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4345 = reshape %2554 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4346 = broadcast %4345 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4347 = mul %4344, %4346 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4348 = reduce_sum %4347 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4349 = permute %4342 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4350 = reshape %4349 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4351 = broadcast %4350 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4352 = reshape %2552 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4353 = broadcast %4352 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4354 = mul %4351, %4353 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4355 = reduce_sum %4354 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4356 = reshape %4333 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%4357 = reshape %4355 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%4358 = reshape %4348 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%4359 = concat %4358, %4357, %4356 axis=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4360 = permute %4359 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%4361 = reshape %4360 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%4362 = reduce_sum %4361 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4363 = reshape %4362 : f32[48] @ models/lib/nn.yaml:84:18
%4364 = matmul %4361, %12 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4365 = reshape %2545 : f32[36,16] @ models/lib/nn.yaml:83:15
%4366 = reshape %4360 : f32[36,48] @ models/lib/nn.yaml:83:15
%4367 = matmul %4366, %4365 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%4368 = reduce_sum %4364 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4369 = reshape %4368 : f32[16] @ models/lib/nn.yaml:96:46
%4370 = mul %4364, %2542 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4371 = mul %4364, %2541 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4372 = reduce_sum %4371 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4373 = reshape %4372 : f32[16] @ models/lib/nn.yaml:96:37
%4374 = mul %4370, %2540 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4375 = mul %4370, %2534 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4376 = reduce_sum %4375 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4377 = mul %2539, %2539 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4378 = mul %2539, %4377 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4379 = mul %4378, %4085 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4380 = mul %4376, %4379 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4381 = div %4380, %1076 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4382 = broadcast %4381 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4383 = mul %4382, %2534 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4384 = add %4374, %4383 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4385 = add %4384, %4383 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4386 = add %4270, %4385 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4387 = neg %4385 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4388 = reduce_sum %4387 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4389 = div %4388, %1076 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4390 = broadcast %4389 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4391 = add %4386, %4390 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4392 = reduce_sum %4391 axes=[0] keep=1 : f32[1,9,16] @ models/lib/vit.yaml:62:15
%4393 = reshape %4392 : f32[3,3,16] @ models/lib/vit.yaml:36:16
%4394 = permute %4393 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%4395 = reshape %4394 : f32[3,48] @ models/lib/vit.yaml:35:21
%4396 = matmul %1063, %4395 ta=1 tb=0 : f32[4,48] @ models/lib/vit.yaml:34:15
%4397 = reshape %4396 : f32[4,3,16] @ models/lib/vit.yaml:34:17
%4398 = permute %4397 perm=[1,0,2] : f32[3,4,16] @ models/lib/vit.yaml:33:13
%4399 = reshape %4398 : f32[3,64] @ models/lib/vit.yaml:33:21
%4400 = matmul %1063, %4399 ta=1 tb=0 : f32[4,64] @ models/lib/vit.yaml:32:15
%4401 = reshape %4400 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%4402 = reduce_sum %4391 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%4403 = reshape %4402 : f32[16] @ models/lib/vit.yaml:17:71
%4404 = reshape %1058 : f32[36,48] @ models/lib/vit.yaml:17:18
%4405 = reshape %4391 : f32[36,16] @ models/lib/vit.yaml:17:18
%4406 = matmul %4405, %4404 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%4407 = reshape %4406 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%4408 = concat %3440, %3428 axis=0 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%4409 = concat %3472, %3502 axis=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%4410 = matmul %4408, %2511 ta=0 tb=0 : f32[4,16,8] @ models/lib/dino.yaml:23:18
%4411 = reshape %2504 : f32[64,8] @ models/lib/dino.yaml:23:18
%4412 = reshape %4408 : f32[64,16] @ models/lib/dino.yaml:23:18
%4413 = matmul %4412, %4411 ta=1 tb=0 : f32[16,8] @ models/lib/dino.yaml:23:18
%4414 = div %4413, %2510 : f32[16,8] @ models/lib/dino.yaml:22:33
%4415 = mul %4414, %2511 : f32[16,8] @ models/lib/dino.yaml:22:33
%4416 = neg %4415 : f32[16,8] @ models/lib/dino.yaml:22:33
%4417 = reduce_sum %4416 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%4418 = mul %4417, %3513 : f32[16,1] @ models/lib/dino.yaml:22:35
%4419 = div %4418, %2509 : f32[16,1] @ models/lib/dino.yaml:22:35
%4420 = broadcast %4419 : f32[16,8] @ models/lib/dino.yaml:22:40
%4421 = mul %4420, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%4422 = add %3520, %4421 : f32[16,8] @ models/lib/dino.yaml:22:53
%4423 = add %4422, %4421 : f32[16,8] @ models/lib/dino.yaml:22:53
%4424 = mul %4414, %2505 : f32[16,8] @ models/lib/dino.yaml:22:22
%4425 = add %4423, %4424 : f32[16,8] @ models/lib/dino.yaml:22:22
%4426 = div %4410, %2503 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4427 = mul %4426, %2504 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4428 = neg %4427 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4429 = reduce_sum %4428 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%4430 = broadcast %3525 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4431 = broadcast %295 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4432 = mul %4429, %4431 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4433 = sqrt %2500 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4434 = eq %4433, %1041 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%4435 = select %4434, %4432, %4430 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4436 = sqrt %2500 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4437 = gt %4436, %1041 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%4438 = select %4437, %4429, %4435 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4439 = mul %4438, %4431 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4440 = sqrt %2500 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4441 = div %4439, %4440 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4442 = broadcast %4441 : f32[4,16,8] @ models/lib/nn.yaml:33:29
%4443 = mul %4442, %2498 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4444 = add %4426, %4443 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4445 = add %4444, %4443 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4446 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,64] @ models/lib/nn.yaml:84:18
%4447 = reshape %4445 : f32[64,8] @ models/lib/nn.yaml:84:18
%4448 = matmul %4446, %4447 ta=0 tb=0 : f32[1,8] @ models/lib/nn.yaml:84:18
%4449 = reshape %4448 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4450 = reshape %4449 : f32[8] @ models/lib/nn.yaml:84:18
%4451 = add %3543, %4450 : f32[8] @ models/lib/nn.yaml:84:18
%4452 = matmul %4445, %81 ta=0 tb=0 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%4453 = reshape %2495 : f32[64,24] @ models/lib/nn.yaml:83:15
%4454 = reshape %4445 : f32[64,8] @ models/lib/nn.yaml:83:15
%4455 = matmul %4454, %4453 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%4456 = add %3547, %4455 : f32[8,24] @ models/lib/nn.yaml:83:15
%4457 = add %1024, %2492 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%4458 = mul %4452, %4457 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4459 = mul %1019, %2490 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4460 = mul %4452, %4459 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4461 = mul %2490, %1021 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%4462 = mul %4461, %4461 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4463 = neg %4462 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4464 = exp %4463 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4465 = broadcast %3556 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4466 = mul %4464, %4465 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4467 = mul %4460, %4466 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4468 = mul %4467, %1021 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%4469 = mul %4458, %1019 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4470 = add %4468, %4469 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4471 = reshape %4470 : f32[64,24] @ models/lib/nn.yaml:84:18
%4472 = matmul %4446, %4471 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%4473 = reshape %4472 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4474 = reshape %4473 : f32[24] @ models/lib/nn.yaml:84:18
%4475 = add %3564, %4474 : f32[24] @ models/lib/nn.yaml:84:18
%4476 = matmul %4470, %79 ta=0 tb=0 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%4477 = reshape %2487 : f32[64,24] @ models/lib/nn.yaml:83:15
%4478 = reshape %4470 : f32[64,24] @ models/lib/nn.yaml:83:15
%4479 = matmul %4478, %4477 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%4480 = add %3568, %4479 : f32[24,24] @ models/lib/nn.yaml:83:15
%4481 = add %1024, %2484 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%4482 = mul %4476, %4481 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4483 = mul %1019, %2482 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4484 = mul %4476, %4483 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4485 = mul %2482, %1021 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%4486 = mul %4485, %4485 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4487 = neg %4486 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4488 = exp %4487 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4489 = mul %4488, %4465 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4490 = mul %4484, %4489 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4491 = mul %4490, %1021 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%4492 = mul %4482, %1019 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4493 = add %4491, %4492 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4494 = reshape %4493 : f32[64,24] @ models/lib/nn.yaml:84:18
%4495 = matmul %4446, %4494 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%4496 = reshape %4495 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4497 = reshape %4496 : f32[24] @ models/lib/nn.yaml:84:18
%4498 = add %3583, %4497 : f32[24] @ models/lib/nn.yaml:84:18
%4499 = matmul %4493, %77 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4500 = reshape %2479 : f32[64,16] @ models/lib/nn.yaml:83:15
%4501 = reshape %4493 : f32[64,24] @ models/lib/nn.yaml:83:15
%4502 = matmul %4501, %4500 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%4503 = add %3587, %4502 : f32[24,16] @ models/lib/nn.yaml:83:15
%4504 = matmul %4409, %2477 ta=0 tb=0 : f32[4,1,8] @ models/lib/dino.yaml:23:18
%4505 = reshape %2470 : f32[4,8] @ models/lib/dino.yaml:23:18
%4506 = reshape %4409 : f32[4,32] @ models/lib/dino.yaml:23:18
%4507 = matmul %4506, %4505 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%4508 = div %4507, %2476 : f32[32,8] @ models/lib/dino.yaml:22:33
%4509 = mul %4508, %2477 : f32[32,8] @ models/lib/dino.yaml:22:33
%4510 = neg %4509 : f32[32,8] @ models/lib/dino.yaml:22:33
%4511 = reduce_sum %4510 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%4512 = mul %4511, %3596 : f32[32,1] @ models/lib/dino.yaml:22:35
%4513 = div %4512, %2475 : f32[32,1] @ models/lib/dino.yaml:22:35
%4514 = broadcast %4513 : f32[32,8] @ models/lib/dino.yaml:22:40
%4515 = mul %4514, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%4516 = add %3603, %4515 : f32[32,8] @ models/lib/dino.yaml:22:53
%4517 = add %4516, %4515 : f32[32,8] @ models/lib/dino.yaml:22:53
%4518 = mul %4508, %2471 : f32[32,8] @ models/lib/dino.yaml:22:22
%4519 = add %4517, %4518 : f32[32,8] @ models/lib/dino.yaml:22:22
%4520 = div %4504, %2469 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4521 = mul %4520, %2470 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4522 = neg %4521 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4523 = reduce_sum %4522 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%4524 = mul %4523, %3609 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4525 = sqrt %2466 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4526 = eq %4525, %1003 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4527 = select %4526, %4524, %3608 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4528 = sqrt %2466 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4529 = gt %4528, %1003 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4530 = select %4529, %4523, %4527 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4531 = mul %4530, %3609 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4532 = sqrt %2466 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4533 = div %4531, %4532 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4534 = broadcast %4533 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%4535 = mul %4534, %2464 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4536 = add %4520, %4535 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4537 = add %4536, %4535 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4538 = reduce_sum %4537 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4539 = reshape %4538 : f32[8] @ models/lib/nn.yaml:84:18
%4540 = add %3625, %4539 : f32[8] @ models/lib/nn.yaml:84:18
%4541 = matmul %4537, %73 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%4542 = reshape %2461 : f32[4,24] @ models/lib/nn.yaml:83:15
%4543 = reshape %4537 : f32[4,8] @ models/lib/nn.yaml:83:15
%4544 = matmul %4543, %4542 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%4545 = add %3629, %4544 : f32[8,24] @ models/lib/nn.yaml:83:15
%4546 = add %985, %2458 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%4547 = mul %4541, %4546 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4548 = mul %980, %2456 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4549 = mul %4541, %4548 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4550 = mul %2456, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4551 = mul %4550, %4550 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4552 = neg %4551 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4553 = exp %4552 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4554 = mul %4553, %3638 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4555 = mul %4549, %4554 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4556 = mul %4555, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4557 = mul %4547, %980 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4558 = add %4556, %4557 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4559 = reduce_sum %4558 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4560 = reshape %4559 : f32[24] @ models/lib/nn.yaml:84:18
%4561 = add %3645, %4560 : f32[24] @ models/lib/nn.yaml:84:18
%4562 = matmul %4558, %71 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%4563 = reshape %2453 : f32[4,24] @ models/lib/nn.yaml:83:15
%4564 = reshape %4558 : f32[4,24] @ models/lib/nn.yaml:83:15
%4565 = matmul %4564, %4563 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%4566 = add %3649, %4565 : f32[24,24] @ models/lib/nn.yaml:83:15
%4567 = add %985, %2450 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%4568 = mul %4562, %4567 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4569 = mul %980, %2448 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4570 = mul %4562, %4569 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4571 = mul %2448, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4572 = mul %4571, %4571 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4573 = neg %4572 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4574 = exp %4573 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4575 = mul %4574, %3638 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4576 = mul %4570, %4575 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4577 = mul %4576, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4578 = mul %4568, %980 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4579 = add %4577, %4578 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4580 = reduce_sum %4579 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4581 = reshape %4580 : f32[24] @ models/lib/nn.yaml:84:18
%4582 = add %3664, %4581 : f32[24] @ models/lib/nn.yaml:84:18
%4583 = matmul %4579, %69 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4584 = reshape %2445 : f32[4,16] @ models/lib/nn.yaml:83:15
%4585 = reshape %4579 : f32[4,24] @ models/lib/nn.yaml:83:15
%4586 = matmul %4585, %4584 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%4587 = add %3668, %4586 : f32[24,16] @ models/lib/nn.yaml:83:15
%4588 = concat %4583, %4499 axis=1 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%4589 = const data=[1,1,1,1] : f32[1,4] @ models/lib/nn.yaml:96:46
%4590 = reshape %4583 : f32[4,16] @ models/lib/nn.yaml:96:46
%4591 = matmul %4589, %4590 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4592 = reshape %4499 : f32[64,16] @ models/lib/nn.yaml:96:46
%4593 = matmul %4446, %4592 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4594 = add %4591, %4593 : f32[1,16] @ models/lib/nn.yaml:96:46
%4595 = reshape %4594 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4596 = reshape %4595 : f32[16] @ models/lib/nn.yaml:96:46
%4597 = add %3671, %4596 : f32[16] @ models/lib/nn.yaml:96:46
%4598 = mul %4588, %2441 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4599 = mul %4588, %2440 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4600 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:37
%4601 = reshape %4599 : f32[68,16] @ models/lib/nn.yaml:96:37
%4602 = matmul %4600, %4601 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%4603 = reshape %4602 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4604 = reshape %4603 : f32[16] @ models/lib/nn.yaml:96:37
%4605 = add %3675, %4604 : f32[16] @ models/lib/nn.yaml:96:37
%4606 = mul %4598, %2439 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4607 = mul %4598, %2433 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4608 = reduce_sum %4607 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%4609 = mul %2438, %2438 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4610 = mul %2438, %4609 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4611 = broadcast %3681 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4612 = mul %4610, %4611 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4613 = mul %4608, %4612 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4614 = div %4613, %710 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%4615 = broadcast %4614 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%4616 = mul %4615, %2433 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4617 = add %4606, %4616 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4618 = add %4617, %4616 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4619 = neg %4618 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%4620 = reduce_sum %4619 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%4621 = div %4620, %710 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%4622 = broadcast %4621 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4623 = add %4618, %4622 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4624 = slice %4623 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%4625 = slice %4623 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:111:21
%4626 = reduce_sum %4624 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4627 = reshape %4626 : f32[16] @ models/lib/nn.yaml:84:18
%4628 = add %3698, %4627 : f32[16] @ models/lib/nn.yaml:84:18
%4629 = matmul %4624, %65 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%4630 = reshape %2424 : f32[4,64] @ models/lib/nn.yaml:83:15
%4631 = reshape %4624 : f32[4,16] @ models/lib/nn.yaml:83:15
%4632 = matmul %4631, %4630 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4633 = add %3702, %4632 : f32[16,64] @ models/lib/nn.yaml:83:15
%4634 = add %831, %2421 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%4635 = mul %4629, %4634 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4636 = mul %826, %2419 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4637 = mul %4629, %4636 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4638 = mul %2419, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4639 = mul %4638, %4638 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4640 = neg %4639 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4641 = exp %4640 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4642 = mul %4641, %3711 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4643 = mul %4637, %4642 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4644 = mul %4643, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4645 = mul %4635, %826 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4646 = add %4644, %4645 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4647 = reduce_sum %4646 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4648 = reshape %4647 : f32[64] @ models/lib/nn.yaml:84:18
%4649 = add %3718, %4648 : f32[64] @ models/lib/nn.yaml:84:18
%4650 = matmul %4646, %63 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4651 = reshape %2416 : f32[4,16] @ models/lib/nn.yaml:83:15
%4652 = reshape %4646 : f32[4,64] @ models/lib/nn.yaml:83:15
%4653 = matmul %4652, %4651 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4654 = add %3722, %4653 : f32[64,16] @ models/lib/nn.yaml:83:15
%4655 = reduce_sum %4650 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4656 = reshape %4655 : f32[16] @ models/lib/nn.yaml:96:46
%4657 = add %3724, %4656 : f32[16] @ models/lib/nn.yaml:96:46
%4658 = mul %4650, %2413 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4659 = mul %4650, %2412 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4660 = reduce_sum %4659 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4661 = reshape %4660 : f32[16] @ models/lib/nn.yaml:96:37
%4662 = add %3728, %4661 : f32[16] @ models/lib/nn.yaml:96:37
%4663 = mul %4658, %2411 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4664 = mul %4658, %2405 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4665 = reduce_sum %4664 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4666 = mul %2410, %2410 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4667 = mul %2410, %4666 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4668 = mul %4667, %3734 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4669 = mul %4665, %4668 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4670 = div %4669, %807 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4671 = broadcast %4670 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4672 = mul %4671, %2405 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4673 = add %4663, %4672 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4674 = add %4673, %4672 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4675 = add %4624, %4674 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4676 = neg %4674 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4677 = reduce_sum %4676 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4678 = div %4677, %807 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4679 = broadcast %4678 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4680 = add %4675, %4679 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4681 = reduce_sum %4680 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4682 = reshape %4681 : f32[16] @ models/lib/nn.yaml:84:18
%4683 = add %3749, %4682 : f32[16] @ models/lib/nn.yaml:84:18
%4684 = matmul %4680, %59 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4685 = reshape %2396 : f32[4,16] @ models/lib/nn.yaml:83:15
%4686 = reshape %4680 : f32[4,16] @ models/lib/nn.yaml:83:15
%4687 = matmul %4686, %4685 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4688 = add %3753, %4687 : f32[16,16] @ models/lib/nn.yaml:83:15
%4689 = reshape %4684 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%4690 = permute %4689 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%4691 = permute %2338 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%4692 = slice %4690 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4693 = broadcast %4692 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4694 = slice %4691 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4695 = mul %4693, %4694 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4696 = slice %4690 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4697 = broadcast %4696 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4698 = slice %4691 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4699 = mul %4697, %4698 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4700 = add %4695, %4699 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4701 = slice %4690 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4702 = broadcast %4701 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4703 = slice %4691 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4704 = mul %4702, %4703 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4705 = add %4700, %4704 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4706 = slice %4690 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4707 = broadcast %4706 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4708 = slice %4691 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4709 = mul %4707, %4708 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4710 = add %4705, %4709 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4711 = slice %4690 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4712 = broadcast %4711 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4713 = slice %4691 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4714 = mul %4712, %4713 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4715 = add %4710, %4714 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4716 = slice %4690 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4717 = broadcast %4716 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4718 = slice %4691 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4719 = mul %4717, %4718 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4720 = add %4715, %4719 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4721 = slice %4690 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4722 = broadcast %4721 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4723 = slice %4691 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4724 = mul %4722, %4723 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4725 = add %4720, %4724 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4726 = slice %4690 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4727 = broadcast %4726 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4728 = slice %4691 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4729 = mul %4727, %4728 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4730 = add %4725, %4729 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4731 = permute %2389 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%4732 = broadcast %4731 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4733 = broadcast %4690 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4734 = mul %4732, %4733 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4735 = div %4730, %2387 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4736 = mul %4735, %2389 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4737 = neg %4736 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4738 = reduce_sum %4737 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4739 = broadcast %4738 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4740 = add %4735, %4739 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4741 = exp %2384 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%4742 = mul %4740, %4741 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%4743 = mul %4742, %782 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%4744 = reshape %4743 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%4745 = broadcast %4744 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4746 = reshape %2333 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4747 = broadcast %4746 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4748 = mul %4745, %4747 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4749 = reduce_sum %4748 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4750 = permute %4743 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%4751 = broadcast %4750 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4752 = broadcast %2328 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4753 = mul %4751, %4752 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4754 = permute %4734 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%4755 = reshape %4754 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%4756 = reshape %4755 : f32[68,16] @ models/lib/nn.yaml:84:18
%4757 = matmul %4600, %4756 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4758 = reshape %4757 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4759 = reshape %4758 : f32[16] @ models/lib/nn.yaml:84:18
%4760 = add %3822, %4759 : f32[16] @ models/lib/nn.yaml:84:18
%4761 = matmul %4755, %57 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4762 = reshape %2322 : f32[68,16] @ models/lib/nn.yaml:83:15
%4763 = reshape %4754 : f32[68,16] @ models/lib/nn.yaml:83:15
%4764 = matmul %4763, %4762 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4765 = add %3826, %4764 : f32[16,16] @ models/lib/nn.yaml:83:15
%4766 = permute %4753 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%4767 = reshape %4766 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%4768 = reshape %4767 : f32[68,16] @ models/lib/nn.yaml:84:18
%4769 = matmul %4600, %4768 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4770 = reshape %4769 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4771 = reshape %4770 : f32[16] @ models/lib/nn.yaml:84:18
%4772 = add %3830, %4771 : f32[16] @ models/lib/nn.yaml:84:18
%4773 = matmul %4767, %55 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4774 = add %4761, %4773 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4775 = reshape %4766 : f32[68,16] @ models/lib/nn.yaml:83:15
%4776 = matmul %4775, %4762 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4777 = add %3834, %4776 : f32[16,16] @ models/lib/nn.yaml:83:15
%4778 = permute %4749 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4779 = reshape %4778 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4780 = reduce_sum %4779 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4781 = reshape %4780 : f32[16] @ models/lib/nn.yaml:84:18
%4782 = add %3838, %4781 : f32[16] @ models/lib/nn.yaml:84:18
%4783 = matmul %4779, %53 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4784 = reshape %2323 : f32[4,16] @ models/lib/nn.yaml:83:15
%4785 = reshape %4778 : f32[4,16] @ models/lib/nn.yaml:83:15
%4786 = matmul %4785, %4784 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4787 = add %3842, %4786 : f32[16,16] @ models/lib/nn.yaml:83:15
%4788 = pad %4783 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4789 = add %4774, %4788 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4790 = reshape %4789 : f32[68,16] @ models/lib/nn.yaml:96:46
%4791 = matmul %4600, %4790 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4792 = reshape %4791 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4793 = reshape %4792 : f32[16] @ models/lib/nn.yaml:96:46
%4794 = add %3846, %4793 : f32[16] @ models/lib/nn.yaml:96:46
%4795 = mul %4789, %2319 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4796 = mul %4789, %2318 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4797 = reshape %4796 : f32[68,16] @ models/lib/nn.yaml:96:37
%4798 = matmul %4600, %4797 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%4799 = reshape %4798 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4800 = reshape %4799 : f32[16] @ models/lib/nn.yaml:96:37
%4801 = add %3850, %4800 : f32[16] @ models/lib/nn.yaml:96:37
%4802 = mul %4795, %2317 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4803 = mul %4795, %2311 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4804 = reduce_sum %4803 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%4805 = mul %2316, %2316 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4806 = mul %2316, %4805 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4807 = mul %4806, %4611 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4808 = mul %4804, %4807 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4809 = div %4808, %710 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%4810 = broadcast %4809 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%4811 = mul %4810, %2311 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4812 = add %4802, %4811 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4813 = add %4812, %4811 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4814 = neg %4813 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%4815 = reduce_sum %4814 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%4816 = div %4815, %710 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%4817 = broadcast %4816 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4818 = add %4813, %4817 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4819 = slice %4818 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4820 = add %4680, %4819 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4821 = slice %4818 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4822 = add %4625, %4821 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4823 = reduce_sum %4820 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4824 = reshape %4823 : f32[16] @ models/lib/nn.yaml:84:18
%4825 = add %3873, %4824 : f32[16] @ models/lib/nn.yaml:84:18
%4826 = matmul %4820, %49 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%4827 = reshape %2302 : f32[4,64] @ models/lib/nn.yaml:83:15
%4828 = reshape %4820 : f32[4,16] @ models/lib/nn.yaml:83:15
%4829 = matmul %4828, %4827 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4830 = add %3877, %4829 : f32[16,64] @ models/lib/nn.yaml:83:15
%4831 = add %831, %2299 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%4832 = mul %4826, %4831 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4833 = mul %826, %2297 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4834 = mul %4826, %4833 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4835 = mul %2297, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4836 = mul %4835, %4835 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4837 = neg %4836 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4838 = exp %4837 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4839 = mul %4838, %3711 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4840 = mul %4834, %4839 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4841 = mul %4840, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4842 = mul %4832, %826 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4843 = add %4841, %4842 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4844 = reduce_sum %4843 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4845 = reshape %4844 : f32[64] @ models/lib/nn.yaml:84:18
%4846 = add %3892, %4845 : f32[64] @ models/lib/nn.yaml:84:18
%4847 = matmul %4843, %47 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4848 = reshape %2294 : f32[4,16] @ models/lib/nn.yaml:83:15
%4849 = reshape %4843 : f32[4,64] @ models/lib/nn.yaml:83:15
%4850 = matmul %4849, %4848 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4851 = add %3896, %4850 : f32[64,16] @ models/lib/nn.yaml:83:15
%4852 = reduce_sum %4847 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4853 = reshape %4852 : f32[16] @ models/lib/nn.yaml:96:46
%4854 = add %3898, %4853 : f32[16] @ models/lib/nn.yaml:96:46
%4855 = mul %4847, %2291 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4856 = mul %4847, %2290 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4857 = reduce_sum %4856 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4858 = reshape %4857 : f32[16] @ models/lib/nn.yaml:96:37
%4859 = add %3902, %4858 : f32[16] @ models/lib/nn.yaml:96:37
%4860 = mul %4855, %2289 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4861 = mul %4855, %2283 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4862 = reduce_sum %4861 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4863 = mul %2288, %2288 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4864 = mul %2288, %4863 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4865 = mul %4864, %3734 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4866 = mul %4862, %4865 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4867 = div %4866, %807 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4868 = broadcast %4867 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4869 = mul %4868, %2283 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4870 = add %4860, %4869 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4871 = add %4870, %4869 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4872 = add %4820, %4871 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4873 = neg %4871 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4874 = reduce_sum %4873 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4875 = div %4874, %807 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4876 = broadcast %4875 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4877 = add %4872, %4876 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4878 = reduce_sum %4877 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4879 = reshape %4878 : f32[16] @ models/lib/nn.yaml:84:18
%4880 = add %3922, %4879 : f32[16] @ models/lib/nn.yaml:84:18
%4881 = matmul %4877, %43 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4882 = reshape %2274 : f32[4,16] @ models/lib/nn.yaml:83:15
%4883 = reshape %4877 : f32[4,16] @ models/lib/nn.yaml:83:15
%4884 = matmul %4883, %4882 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4885 = add %3926, %4884 : f32[16,16] @ models/lib/nn.yaml:83:15
%4886 = reshape %4881 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%4887 = permute %4886 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%4888 = permute %2216 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%4889 = slice %4887 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4890 = broadcast %4889 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4891 = slice %4888 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4892 = mul %4890, %4891 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4893 = slice %4887 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4894 = broadcast %4893 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4895 = slice %4888 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4896 = mul %4894, %4895 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4897 = add %4892, %4896 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4898 = slice %4887 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4899 = broadcast %4898 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4900 = slice %4888 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4901 = mul %4899, %4900 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4902 = add %4897, %4901 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4903 = slice %4887 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4904 = broadcast %4903 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4905 = slice %4888 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4906 = mul %4904, %4905 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4907 = add %4902, %4906 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4908 = slice %4887 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4909 = broadcast %4908 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4910 = slice %4888 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4911 = mul %4909, %4910 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4912 = add %4907, %4911 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4913 = slice %4887 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4914 = broadcast %4913 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4915 = slice %4888 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4916 = mul %4914, %4915 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4917 = add %4912, %4916 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4918 = slice %4887 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4919 = broadcast %4918 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4920 = slice %4888 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4921 = mul %4919, %4920 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4922 = add %4917, %4921 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4923 = slice %4887 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4924 = broadcast %4923 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4925 = slice %4888 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4926 = mul %4924, %4925 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4927 = add %4922, %4926 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4928 = permute %2267 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%4929 = broadcast %4928 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4930 = broadcast %4887 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4931 = mul %4929, %4930 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4932 = div %4927, %2265 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4933 = mul %4932, %2267 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4934 = neg %4933 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4935 = reduce_sum %4934 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4936 = broadcast %4935 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4937 = add %4932, %4936 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4938 = exp %2262 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%4939 = mul %4937, %4938 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%4940 = mul %4939, %782 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%4941 = reshape %4940 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%4942 = broadcast %4941 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4943 = reshape %2211 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4944 = broadcast %4943 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4945 = mul %4942, %4944 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4946 = reduce_sum %4945 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4947 = permute %4940 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%4948 = broadcast %4947 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4949 = broadcast %2206 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4950 = mul %4948, %4949 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4951 = permute %4931 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%4952 = reshape %4951 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%4953 = reshape %4952 : f32[68,16] @ models/lib/nn.yaml:84:18
%4954 = matmul %4600, %4953 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4955 = reshape %4954 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4956 = reshape %4955 : f32[16] @ models/lib/nn.yaml:84:18
%4957 = add %3995, %4956 : f32[16] @ models/lib/nn.yaml:84:18
%4958 = matmul %4952, %41 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4959 = reshape %2200 : f32[68,16] @ models/lib/nn.yaml:83:15
%4960 = reshape %4951 : f32[68,16] @ models/lib/nn.yaml:83:15
%4961 = matmul %4960, %4959 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4962 = add %3999, %4961 : f32[16,16] @ models/lib/nn.yaml:83:15
%4963 = permute %4950 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%4964 = reshape %4963 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%4965 = reshape %4964 : f32[68,16] @ models/lib/nn.yaml:84:18
%4966 = matmul %4600, %4965 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4967 = reshape %4966 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4968 = reshape %4967 : f32[16] @ models/lib/nn.yaml:84:18
%4969 = add %4003, %4968 : f32[16] @ models/lib/nn.yaml:84:18
%4970 = matmul %4964, %39 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4971 = add %4958, %4970 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4972 = reshape %4963 : f32[68,16] @ models/lib/nn.yaml:83:15
%4973 = matmul %4972, %4959 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4974 = add %4007, %4973 : f32[16,16] @ models/lib/nn.yaml:83:15
%4975 = permute %4946 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4976 = reshape %4975 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4977 = reduce_sum %4976 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4978 = reshape %4977 : f32[16] @ models/lib/nn.yaml:84:18
%4979 = add %4011, %4978 : f32[16] @ models/lib/nn.yaml:84:18
%4980 = matmul %4976, %37 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4981 = reshape %2201 : f32[4,16] @ models/lib/nn.yaml:83:15
%4982 = reshape %4975 : f32[4,16] @ models/lib/nn.yaml:83:15
%4983 = matmul %4982, %4981 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4984 = add %4015, %4983 : f32[16,16] @ models/lib/nn.yaml:83:15
%4985 = pad %4980 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4986 = add %4971, %4985 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4987 = reshape %4986 : f32[68,16] @ models/lib/nn.yaml:96:46
%4988 = matmul %4600, %4987 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4989 = reshape %4988 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4990 = reshape %4989 : f32[16] @ models/lib/nn.yaml:96:46
%4991 = add %4019, %4990 : f32[16] @ models/lib/nn.yaml:96:46
%4992 = mul %4986, %2197 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4993 = mul %4986, %2196 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4994 = reshape %4993 : f32[68,16] @ models/lib/nn.yaml:96:37
%4995 = matmul %4600, %4994 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%4996 = reshape %4995 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4997 = reshape %4996 : f32[16] @ models/lib/nn.yaml:96:37
%4998 = add %4023, %4997 : f32[16] @ models/lib/nn.yaml:96:37
%4999 = mul %4992, %2195 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5000 = mul %4992, %2189 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5001 = reduce_sum %5000 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5002 = mul %2194, %2194 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5003 = mul %2194, %5002 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5004 = mul %5003, %4611 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5005 = mul %5001, %5004 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5006 = div %5005, %710 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5007 = broadcast %5006 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5008 = mul %5007, %2189 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5009 = add %4999, %5008 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5010 = add %5009, %5008 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5011 = neg %5010 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5012 = reduce_sum %5011 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5013 = div %5012, %710 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5014 = broadcast %5013 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5015 = add %5010, %5014 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5016 = slice %5015 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5017 = add %4877, %5016 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5018 = slice %5015 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5019 = add %4822, %5018 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5020 = reduce_sum %5017 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%5021 = add %4045, %5020 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%5022 = mul %5019, %2181 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%5023 = div %5022, %2139 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%5024 = reshape %5023 : f32[64,16] @ models/lib/nn.yaml:84:18
%5025 = matmul %4446, %5024 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5026 = reshape %5025 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5027 = reshape %5026 : f32[16] @ models/lib/nn.yaml:84:18
%5028 = add %4049, %5027 : f32[16] @ models/lib/nn.yaml:84:18
%5029 = matmul %5023, %32 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%5030 = reshape %2172 : f32[64,64] @ models/lib/nn.yaml:83:15
%5031 = reshape %5023 : f32[64,16] @ models/lib/nn.yaml:83:15
%5032 = matmul %5031, %5030 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%5033 = add %4053, %5032 : f32[16,64] @ models/lib/nn.yaml:83:15
%5034 = add %303, %2169 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%5035 = mul %5029, %5034 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5036 = mul %296, %2167 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5037 = mul %5029, %5036 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5038 = mul %2167, %299 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5039 = mul %5038, %5038 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5040 = neg %5039 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5041 = exp %5040 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5042 = broadcast %3556 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5043 = mul %5041, %5042 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5044 = mul %5037, %5043 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5045 = mul %5044, %299 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5046 = mul %5035, %296 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5047 = add %5045, %5046 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5048 = reshape %5047 : f32[64,64] @ models/lib/nn.yaml:84:18
%5049 = matmul %4446, %5048 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%5050 = reshape %5049 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5051 = reshape %5050 : f32[64] @ models/lib/nn.yaml:84:18
%5052 = add %4069, %5051 : f32[64] @ models/lib/nn.yaml:84:18
%5053 = matmul %5047, %30 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5054 = reshape %2164 : f32[64,16] @ models/lib/nn.yaml:83:15
%5055 = reshape %5047 : f32[64,64] @ models/lib/nn.yaml:83:15
%5056 = matmul %5055, %5054 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%5057 = add %4073, %5056 : f32[64,16] @ models/lib/nn.yaml:83:15
%5058 = reshape %5053 : f32[64,16] @ models/lib/nn.yaml:96:46
%5059 = matmul %4446, %5058 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5060 = reshape %5059 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5061 = reshape %5060 : f32[16] @ models/lib/nn.yaml:96:46
%5062 = add %4075, %5061 : f32[16] @ models/lib/nn.yaml:96:46
%5063 = mul %5053, %2161 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5064 = mul %5053, %2160 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5065 = reshape %5064 : f32[64,16] @ models/lib/nn.yaml:96:37
%5066 = matmul %4446, %5065 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5067 = reshape %5066 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5068 = reshape %5067 : f32[16] @ models/lib/nn.yaml:96:37
%5069 = add %4079, %5068 : f32[16] @ models/lib/nn.yaml:96:37
%5070 = mul %5063, %2159 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5071 = mul %5063, %2153 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5072 = reduce_sum %5071 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5073 = mul %2158, %2158 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5074 = mul %2158, %5073 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5075 = broadcast %3681 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5076 = mul %5074, %5075 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5077 = mul %5072, %5076 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5078 = div %5077, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5079 = broadcast %5078 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5080 = mul %5079, %2153 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5081 = add %5070, %5080 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5082 = add %5081, %5080 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5083 = add %5019, %5082 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5084 = neg %5082 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5085 = reduce_sum %5084 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5086 = div %5085, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5087 = broadcast %5086 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5088 = add %5083, %5087 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5089 = mul %5088, %2147 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%5090 = div %5089, %2139 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%5091 = reshape %5090 : f32[64,16] @ models/lib/nn.yaml:84:18
%5092 = matmul %4446, %5091 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5093 = reshape %5092 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5094 = reshape %5093 : f32[16] @ models/lib/nn.yaml:84:18
%5095 = add %4102, %5094 : f32[16] @ models/lib/nn.yaml:84:18
%5096 = matmul %5090, %26 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5097 = reshape %2133 : f32[64,16] @ models/lib/nn.yaml:83:15
%5098 = reshape %5090 : f32[64,16] @ models/lib/nn.yaml:83:15
%5099 = matmul %5098, %5097 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%5100 = add %4106, %5099 : f32[16,16] @ models/lib/nn.yaml:83:15
%5101 = reshape %5096 : f32[4,16,2,8] @ models/lib/nn.yaml:57:16
%5102 = permute %5101 perm=[0,2,1,3] : f32[4,2,16,8] @ models/lib/nn.yaml:56:13
%5103 = permute %2067 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%5104 = slice %5102 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5105 = broadcast %5104 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5106 = slice %5103 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5107 = broadcast %5106 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5108 = mul %5105, %5107 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5109 = slice %5102 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5110 = broadcast %5109 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5111 = slice %5103 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5112 = broadcast %5111 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5113 = mul %5110, %5112 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5114 = add %5108, %5113 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5115 = slice %5102 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5116 = broadcast %5115 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5117 = slice %5103 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5118 = broadcast %5117 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5119 = mul %5116, %5118 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5120 = add %5114, %5119 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5121 = slice %5102 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5122 = broadcast %5121 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5123 = slice %5103 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5124 = broadcast %5123 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5125 = mul %5122, %5124 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5126 = add %5120, %5125 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5127 = slice %5102 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5128 = broadcast %5127 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5129 = slice %5103 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5130 = broadcast %5129 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5131 = mul %5128, %5130 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5132 = add %5126, %5131 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5133 = slice %5102 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5134 = broadcast %5133 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5135 = slice %5103 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5136 = broadcast %5135 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5137 = mul %5134, %5136 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5138 = add %5132, %5137 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5139 = slice %5102 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5140 = broadcast %5139 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5141 = slice %5103 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5142 = broadcast %5141 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5143 = mul %5140, %5142 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5144 = add %5138, %5143 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5145 = slice %5102 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5146 = broadcast %5145 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5147 = slice %5103 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5148 = broadcast %5147 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5149 = mul %5146, %5148 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5150 = add %5144, %5149 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5151 = permute %2126 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5152 = reshape %5151 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%5153 = broadcast %5152 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5154 = reshape %5102 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%5155 = broadcast %5154 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5156 = mul %5153, %5155 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5157 = reduce_sum %5156 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5158 = div %5150, %2124 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5159 = mul %5158, %2126 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5160 = neg %5159 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5161 = reduce_sum %5160 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%5162 = broadcast %5161 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5163 = add %5158, %5162 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5164 = exp %2121 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%5165 = mul %5163, %5164 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%5166 = mul %5165, %253 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%5167 = reshape %5166 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5168 = broadcast %5167 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5169 = reshape %2065 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5170 = broadcast %5169 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5171 = mul %5168, %5170 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5172 = reduce_sum %5171 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5173 = permute %5166 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5174 = reshape %5173 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5175 = broadcast %5174 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5176 = reshape %2063 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5177 = broadcast %5176 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5178 = mul %5175, %5177 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5179 = reduce_sum %5178 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5180 = reshape %5157 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%5181 = reshape %5179 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%5182 = reshape %5172 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%5183 = concat %5182, %5181, %5180 axis=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%5184 = permute %5183 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%5185 = reshape %5184 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%5186 = reshape %5185 : f32[64,48] @ models/lib/nn.yaml:84:18
%5187 = matmul %4446, %5186 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%5188 = reshape %5187 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5189 = reshape %5188 : f32[48] @ models/lib/nn.yaml:84:18
%5190 = add %4193, %5189 : f32[48] @ models/lib/nn.yaml:84:18
%5191 = matmul %5185, %24 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5192 = reshape %2056 : f32[64,16] @ models/lib/nn.yaml:83:15
%5193 = reshape %5184 : f32[64,48] @ models/lib/nn.yaml:83:15
%5194 = matmul %5193, %5192 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%5195 = add %4197, %5194 : f32[48,16] @ models/lib/nn.yaml:83:15
%5196 = reshape %5191 : f32[64,16] @ models/lib/nn.yaml:96:46
%5197 = matmul %4446, %5196 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5198 = reshape %5197 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5199 = reshape %5198 : f32[16] @ models/lib/nn.yaml:96:46
%5200 = add %4199, %5199 : f32[16] @ models/lib/nn.yaml:96:46
%5201 = mul %5191, %2053 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5202 = mul %5191, %2052 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5203 = reshape %5202 : f32[64,16] @ models/lib/nn.yaml:96:37
%5204 = matmul %4446, %5203 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5205 = reshape %5204 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5206 = reshape %5205 : f32[16] @ models/lib/nn.yaml:96:37
%5207 = add %4203, %5206 : f32[16] @ models/lib/nn.yaml:96:37
%5208 = mul %5201, %2051 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5209 = mul %5201, %2045 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5210 = reduce_sum %5209 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5211 = mul %2050, %2050 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5212 = mul %2050, %5211 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5213 = mul %5212, %5075 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5214 = mul %5210, %5213 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5215 = div %5214, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5216 = broadcast %5215 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5217 = mul %5216, %2045 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5218 = add %5208, %5217 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5219 = add %5218, %5217 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5220 = add %5088, %5219 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5221 = neg %5219 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5222 = reduce_sum %5221 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5223 = div %5222, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5224 = broadcast %5223 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5225 = add %5220, %5224 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5226 = reshape %5225 : f32[64,16] @ models/lib/nn.yaml:84:18
%5227 = matmul %4446, %5226 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5228 = reshape %5227 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5229 = reshape %5228 : f32[16] @ models/lib/nn.yaml:84:18
%5230 = add %4223, %5229 : f32[16] @ models/lib/nn.yaml:84:18
%5231 = matmul %5225, %20 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%5232 = reshape %2037 : f32[64,64] @ models/lib/nn.yaml:83:15
%5233 = reshape %5225 : f32[64,16] @ models/lib/nn.yaml:83:15
%5234 = matmul %5233, %5232 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%5235 = add %4227, %5234 : f32[16,64] @ models/lib/nn.yaml:83:15
%5236 = add %303, %2034 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%5237 = mul %5231, %5236 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5238 = mul %296, %2032 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5239 = mul %5231, %5238 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5240 = mul %2032, %299 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5241 = mul %5240, %5240 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5242 = neg %5241 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5243 = exp %5242 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5244 = mul %5243, %5042 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5245 = mul %5239, %5244 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5246 = mul %5245, %299 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5247 = mul %5237, %296 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5248 = add %5246, %5247 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5249 = reshape %5248 : f32[64,64] @ models/lib/nn.yaml:84:18
%5250 = matmul %4446, %5249 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%5251 = reshape %5250 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5252 = reshape %5251 : f32[64] @ models/lib/nn.yaml:84:18
%5253 = add %4242, %5252 : f32[64] @ models/lib/nn.yaml:84:18
%5254 = matmul %5248, %18 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5255 = reshape %2029 : f32[64,16] @ models/lib/nn.yaml:83:15
%5256 = reshape %5248 : f32[64,64] @ models/lib/nn.yaml:83:15
%5257 = matmul %5256, %5255 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%5258 = add %4246, %5257 : f32[64,16] @ models/lib/nn.yaml:83:15
%5259 = reshape %5254 : f32[64,16] @ models/lib/nn.yaml:96:46
%5260 = matmul %4446, %5259 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5261 = reshape %5260 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5262 = reshape %5261 : f32[16] @ models/lib/nn.yaml:96:46
%5263 = add %4248, %5262 : f32[16] @ models/lib/nn.yaml:96:46
%5264 = mul %5254, %2026 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5265 = mul %5254, %2025 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5266 = reshape %5265 : f32[64,16] @ models/lib/nn.yaml:96:37
%5267 = matmul %4446, %5266 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5268 = reshape %5267 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5269 = reshape %5268 : f32[16] @ models/lib/nn.yaml:96:37
%5270 = add %4252, %5269 : f32[16] @ models/lib/nn.yaml:96:37
%5271 = mul %5264, %2024 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5272 = mul %5264, %2018 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5273 = reduce_sum %5272 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5274 = mul %2023, %2023 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5275 = mul %2023, %5274 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5276 = mul %5275, %5075 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5277 = mul %5273, %5276 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5278 = div %5277, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5279 = broadcast %5278 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5280 = mul %5279, %2018 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5281 = add %5271, %5280 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5282 = add %5281, %5280 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5283 = add %5225, %5282 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5284 = neg %5282 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5285 = reduce_sum %5284 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5286 = div %5285, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5287 = broadcast %5286 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5288 = add %5283, %5287 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5289 = reshape %5288 : f32[64,16] @ models/lib/nn.yaml:84:18
%5290 = matmul %4446, %5289 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5291 = reshape %5290 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5292 = reshape %5291 : f32[16] @ models/lib/nn.yaml:84:18
%5293 = add %4272, %5292 : f32[16] @ models/lib/nn.yaml:84:18
%5294 = matmul %5288, %14 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5295 = reshape %2009 : f32[64,16] @ models/lib/nn.yaml:83:15
%5296 = reshape %5288 : f32[64,16] @ models/lib/nn.yaml:83:15
%5297 = matmul %5296, %5295 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%5298 = add %4276, %5297 : f32[16,16] @ models/lib/nn.yaml:83:15
%5299 = reshape %5294 : f32[4,16,2,8] @ models/lib/nn.yaml:57:16
%5300 = permute %5299 perm=[0,2,1,3] : f32[4,2,16,8] @ models/lib/nn.yaml:56:13
%5301 = permute %1943 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%5302 = slice %5300 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5303 = broadcast %5302 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5304 = slice %5301 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5305 = broadcast %5304 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5306 = mul %5303, %5305 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5307 = slice %5300 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5308 = broadcast %5307 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5309 = slice %5301 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5310 = broadcast %5309 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5311 = mul %5308, %5310 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5312 = add %5306, %5311 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5313 = slice %5300 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5314 = broadcast %5313 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5315 = slice %5301 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5316 = broadcast %5315 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5317 = mul %5314, %5316 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5318 = add %5312, %5317 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5319 = slice %5300 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5320 = broadcast %5319 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5321 = slice %5301 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5322 = broadcast %5321 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5323 = mul %5320, %5322 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5324 = add %5318, %5323 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5325 = slice %5300 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5326 = broadcast %5325 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5327 = slice %5301 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5328 = broadcast %5327 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5329 = mul %5326, %5328 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5330 = add %5324, %5329 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5331 = slice %5300 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5332 = broadcast %5331 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5333 = slice %5301 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5334 = broadcast %5333 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5335 = mul %5332, %5334 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5336 = add %5330, %5335 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5337 = slice %5300 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5338 = broadcast %5337 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5339 = slice %5301 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5340 = broadcast %5339 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5341 = mul %5338, %5340 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5342 = add %5336, %5341 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5343 = slice %5300 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5344 = broadcast %5343 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5345 = slice %5301 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5346 = broadcast %5345 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5347 = mul %5344, %5346 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5348 = add %5342, %5347 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5349 = permute %2002 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5350 = reshape %5349 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%5351 = broadcast %5350 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5352 = reshape %5300 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%5353 = broadcast %5352 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5354 = mul %5351, %5353 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5355 = reduce_sum %5354 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5356 = div %5348, %2000 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5357 = mul %5356, %2002 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5358 = neg %5357 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5359 = reduce_sum %5358 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%5360 = broadcast %5359 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5361 = add %5356, %5360 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5362 = exp %1997 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%5363 = mul %5361, %5362 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%5364 = mul %5363, %253 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%5365 = reshape %5364 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5366 = broadcast %5365 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5367 = reshape %1941 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5368 = broadcast %5367 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5369 = mul %5366, %5368 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5370 = reduce_sum %5369 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5371 = permute %5364 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5372 = reshape %5371 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5373 = broadcast %5372 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5374 = reshape %1939 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5375 = broadcast %5374 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5376 = mul %5373, %5375 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5377 = reduce_sum %5376 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5378 = reshape %5355 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%5379 = reshape %5377 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%5380 = reshape %5370 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%5381 = concat %5380, %5379, %5378 axis=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%5382 = permute %5381 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%5383 = reshape %5382 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%5384 = reshape %5383 : f32[64,48] @ models/lib/nn.yaml:84:18
%5385 = matmul %4446, %5384 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%5386 = reshape %5385 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5387 = reshape %5386 : f32[48] @ models/lib/nn.yaml:84:18
%5388 = add %4363, %5387 : f32[48] @ models/lib/nn.yaml:84:18
%5389 = matmul %5383, %12 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5390 = reshape %1932 : f32[64,16] @ models/lib/nn.yaml:83:15
%5391 = reshape %5382 : f32[64,48] @ models/lib/nn.yaml:83:15
%5392 = matmul %5391, %5390 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%5393 = add %4367, %5392 : f32[48,16] @ models/lib/nn.yaml:83:15
%5394 = reshape %5389 : f32[64,16] @ models/lib/nn.yaml:96:46
%5395 = matmul %4446, %5394 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5396 = reshape %5395 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5397 = reshape %5396 : f32[16] @ models/lib/nn.yaml:96:46
%5398 = add %4369, %5397 : f32[16] @ models/lib/nn.yaml:96:46
%5399 = mul %5389, %1929 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5400 = mul %5389, %1928 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5401 = reshape %5400 : f32[64,16] @ models/lib/nn.yaml:96:37
%5402 = matmul %4446, %5401 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5403 = reshape %5402 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5404 = reshape %5403 : f32[16] @ models/lib/nn.yaml:96:37
%5405 = add %4373, %5404 : f32[16] @ models/lib/nn.yaml:96:37
%5406 = mul %5399, %1927 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5407 = mul %5399, %1921 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5408 = reduce_sum %5407 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5409 = mul %1926, %1926 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5410 = mul %1926, %5409 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5411 = mul %5410, %5075 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5412 = mul %5408, %5411 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5413 = div %5412, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5414 = broadcast %5413 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5415 = mul %5414, %1921 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5416 = add %5406, %5415 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5417 = add %5416, %5415 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5418 = add %5288, %5417 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5419 = neg %5417 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5420 = reduce_sum %5419 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5421 = div %5420, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5422 = broadcast %5421 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5423 = add %5418, %5422 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5424 = reduce_sum %5423 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%5425 = add %4401, %5424 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%5426 = reshape %5423 : f32[64,16] @ models/lib/vit.yaml:17:71
%5427 = matmul %4446, %5426 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%5428 = reshape %5427 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%5429 = reshape %5428 : f32[16] @ models/lib/vit.yaml:17:71
%5430 = add %4403, %5429 : f32[16] @ models/lib/vit.yaml:17:71
%5431 = reshape %166 : f32[64,48] @ models/lib/vit.yaml:17:18
%5432 = reshape %5423 : f32[64,16] @ models/lib/vit.yaml:17:18
%5433 = matmul %5432, %5431 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%5434 = reshape %5433 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%5435 = add %4407, %5434 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%5436 = all_reduce_sum %5425 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5437 = reshape %5436 : f32[256] @ models/lib/vit.yaml:48:7
%5438 = mul %5437, %5437 : f32[256] @ models/lib/vit.yaml:48:7
%5439 = reduce_sum %5438 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%5440 = sqrt %5439 : f32[] @ models/lib/vit.yaml:48:7
%5441 = cast %5440 : f64[] @ models/lib/vit.yaml:48:7
%5442 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%5443 = add %5441, %5442 : f64[] @ models/lib/vit.yaml:48:7
%5444 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%5445 = div %5444, %5443 : f64[] @ models/lib/vit.yaml:48:7
%5446 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%5447 = lt %5445, %5446 : bool[] @ models/lib/vit.yaml:48:7
%5448 = cast %5445 : f32[] @ models/lib/vit.yaml:48:7
%5449 = broadcast %5448 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5450 = mul %5436, %5449 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5451 = broadcast %5447 : bool[1,16,16] @ models/lib/vit.yaml:48:7
%5452 = select %5451, %5450, %5436 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5453 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5454 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5455 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%5456 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%5457 = add %5455, %5456 : i64[] @ models/lib/vit.yaml:48:7
%5458 = mul %3382, %3383 : f64[] @ models/lib/vit.yaml:48:7
%5459 = sub %5446, %5458 : f64[] @ models/lib/vit.yaml:48:7
%5460 = cast %5459 : f32[] @ models/lib/vit.yaml:48:7
%5461 = broadcast %5460 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5462 = mul %7, %5461 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5463 = broadcast %3111 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5464 = mul %5452, %5463 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5465 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%5466 = broadcast %2138 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5467 = mul %5453, %5466 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5468 = add %5467, %5464 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5469 = mul %5452, %5452 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5470 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%5471 = broadcast %5470 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5472 = mul %5469, %5471 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5473 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%5474 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%5475 = broadcast %5474 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5476 = mul %5454, %5475 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5477 = add %5476, %5472 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5478 = cast %5457 : f64[] @ models/lib/vit.yaml:48:7
%5479 = pow %5465, %5478 : f64[] @ models/lib/vit.yaml:48:7
%5480 = sub %5446, %5479 : f64[] @ models/lib/vit.yaml:48:7
%5481 = div %3382, %5480 : f64[] @ models/lib/vit.yaml:48:7
%5482 = pow %5473, %5478 : f64[] @ models/lib/vit.yaml:48:7
%5483 = sub %5446, %5482 : f64[] @ models/lib/vit.yaml:48:7
%5484 = sqrt %5483 : f64[] @ models/lib/vit.yaml:48:7
%5485 = div %5446, %5484 : f64[] @ models/lib/vit.yaml:48:7
%5486 = sqrt %5477 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5487 = cast %5485 : f32[] @ models/lib/vit.yaml:48:7
%5488 = broadcast %5487 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5489 = mul %5486, %5488 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5490 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%5491 = broadcast %5490 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5492 = add %5489, %5491 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5493 = div %5468, %5492 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5494 = cast %5481 : f32[] @ models/lib/vit.yaml:48:7
%5495 = broadcast %5494 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5496 = mul %5493, %5495 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5497 = sub %5462, %5496 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5498 = assign %7, %5497 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5499 = assign %5453, %5468 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5500 = assign %5454, %5477 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5501 = assign %5455, %5457 : i64[] @ models/lib/vit.yaml:48:7
%5502 = broadcast %3 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5503 = mul %85, %5502 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5504 = sub %5446, %3384 : f64[] @ models/lib/vit.yaml:48:7
%5505 = cast %5504 : f32[] @ models/lib/vit.yaml:48:7
%5506 = broadcast %5505 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5507 = mul %5497, %5506 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5508 = add %5503, %5507 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5509 = assign %85, %5508 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5510 = all_reduce_sum %5435 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5511 = reshape %5510 : f32[768] @ models/lib/vit.yaml:9:7
%5512 = mul %5511, %5511 : f32[768] @ models/lib/vit.yaml:9:7
%5513 = reduce_sum %5512 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%5514 = sqrt %5513 : f32[] @ models/lib/vit.yaml:9:7
%5515 = cast %5514 : f64[] @ models/lib/vit.yaml:9:7
%5516 = add %5515, %5442 : f64[] @ models/lib/vit.yaml:9:7
%5517 = div %5444, %5516 : f64[] @ models/lib/vit.yaml:9:7
%5518 = lt %5517, %5446 : bool[] @ models/lib/vit.yaml:9:7
%5519 = cast %5517 : f32[] @ models/lib/vit.yaml:9:7
%5520 = broadcast %5519 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5521 = mul %5510, %5520 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5522 = broadcast %5518 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%5523 = select %5522, %5521, %5510 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5524 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5525 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5526 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%5527 = add %5526, %5456 : i64[] @ models/lib/vit.yaml:9:7
%5528 = broadcast %5460 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5529 = mul %8, %5528 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5530 = broadcast %3111 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5531 = mul %5523, %5530 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5532 = broadcast %2138 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5533 = mul %5524, %5532 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5534 = add %5533, %5531 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5535 = mul %5523, %5523 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5536 = broadcast %5470 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5537 = mul %5535, %5536 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5538 = broadcast %5474 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5539 = mul %5525, %5538 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5540 = add %5539, %5537 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5541 = cast %5527 : f64[] @ models/lib/vit.yaml:9:7
%5542 = pow %5465, %5541 : f64[] @ models/lib/vit.yaml:9:7
%5543 = sub %5446, %5542 : f64[] @ models/lib/vit.yaml:9:7
%5544 = div %3382, %5543 : f64[] @ models/lib/vit.yaml:9:7
%5545 = pow %5473, %5541 : f64[] @ models/lib/vit.yaml:9:7
%5546 = sub %5446, %5545 : f64[] @ models/lib/vit.yaml:9:7
%5547 = sqrt %5546 : f64[] @ models/lib/vit.yaml:9:7
%5548 = div %5446, %5547 : f64[] @ models/lib/vit.yaml:9:7
%5549 = sqrt %5540 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5550 = cast %5548 : f32[] @ models/lib/vit.yaml:9:7
%5551 = broadcast %5550 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5552 = mul %5549, %5551 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5553 = broadcast %5490 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5554 = add %5552, %5553 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5555 = div %5534, %5554 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5556 = cast %5544 : f32[] @ models/lib/vit.yaml:9:7
%5557 = broadcast %5556 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5558 = mul %5555, %5557 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5559 = sub %5529, %5558 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5560 = assign %8, %5559 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5561 = assign %5524, %5534 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5562 = assign %5525, %5540 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5563 = assign %5526, %5527 : i64[] @ models/lib/vit.yaml:9:7
%5564 = broadcast %3 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5565 = mul %86, %5564 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5566 = broadcast %5505 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5567 = mul %5559, %5566 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5568 = add %5565, %5567 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5569 = assign %86, %5568 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5570 = all_reduce_sum %5430 : f32[16] @ models/lib/vit.yaml:10:7
%5571 = mul %5570, %5570 : f32[16] @ models/lib/vit.yaml:10:7
%5572 = reduce_sum %5571 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%5573 = sqrt %5572 : f32[] @ models/lib/vit.yaml:10:7
%5574 = cast %5573 : f64[] @ models/lib/vit.yaml:10:7
%5575 = add %5574, %5442 : f64[] @ models/lib/vit.yaml:10:7
%5576 = div %5444, %5575 : f64[] @ models/lib/vit.yaml:10:7
%5577 = lt %5576, %5446 : bool[] @ models/lib/vit.yaml:10:7
%5578 = cast %5576 : f32[] @ models/lib/vit.yaml:10:7
%5579 = broadcast %5578 : f32[16] @ models/lib/vit.yaml:10:7
%5580 = mul %5570, %5579 : f32[16] @ models/lib/vit.yaml:10:7
%5581 = broadcast %5577 : bool[16] @ models/lib/vit.yaml:10:7
%5582 = select %5581, %5580, %5570 : f32[16] @ models/lib/vit.yaml:10:7
%5583 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%5584 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%5585 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%5586 = add %5585, %5456 : i64[] @ models/lib/vit.yaml:10:7
%5587 = broadcast %3111 : f32[16] @ models/lib/vit.yaml:10:7
%5588 = mul %5582, %5587 : f32[16] @ models/lib/vit.yaml:10:7
%5589 = broadcast %2138 : f32[16] @ models/lib/vit.yaml:10:7
%5590 = mul %5583, %5589 : f32[16] @ models/lib/vit.yaml:10:7
%5591 = add %5590, %5588 : f32[16] @ models/lib/vit.yaml:10:7
%5592 = mul %5582, %5582 : f32[16] @ models/lib/vit.yaml:10:7
%5593 = broadcast %5470 : f32[16] @ models/lib/vit.yaml:10:7
%5594 = mul %5592, %5593 : f32[16] @ models/lib/vit.yaml:10:7
%5595 = broadcast %5474 : f32[16] @ models/lib/vit.yaml:10:7
%5596 = mul %5584, %5595 : f32[16] @ models/lib/vit.yaml:10:7
%5597 = add %5596, %5594 : f32[16] @ models/lib/vit.yaml:10:7
%5598 = cast %5586 : f64[] @ models/lib/vit.yaml:10:7
%5599 = pow %5465, %5598 : f64[] @ models/lib/vit.yaml:10:7
%5600 = sub %5446, %5599 : f64[] @ models/lib/vit.yaml:10:7
%5601 = div %3382, %5600 : f64[] @ models/lib/vit.yaml:10:7
%5602 = pow %5473, %5598 : f64[] @ models/lib/vit.yaml:10:7
%5603 = sub %5446, %5602 : f64[] @ models/lib/vit.yaml:10:7
%5604 = sqrt %5603 : f64[] @ models/lib/vit.yaml:10:7
%5605 = div %5446, %5604 : f64[] @ models/lib/vit.yaml:10:7
%5606 = sqrt %5597 : f32[16] @ models/lib/vit.yaml:10:7
%5607 = cast %5605 : f32[] @ models/lib/vit.yaml:10:7
%5608 = broadcast %5607 : f32[16] @ models/lib/vit.yaml:10:7
%5609 = mul %5606, %5608 : f32[16] @ models/lib/vit.yaml:10:7
%5610 = broadcast %5490 : f32[16] @ models/lib/vit.yaml:10:7
%5611 = add %5609, %5610 : f32[16] @ models/lib/vit.yaml:10:7
%5612 = div %5591, %5611 : f32[16] @ models/lib/vit.yaml:10:7
%5613 = cast %5601 : f32[] @ models/lib/vit.yaml:10:7
%5614 = broadcast %5613 : f32[16] @ models/lib/vit.yaml:10:7
%5615 = mul %5612, %5614 : f32[16] @ models/lib/vit.yaml:10:7
%5616 = sub %9, %5615 : f32[16] @ models/lib/vit.yaml:10:7
%5617 = assign %9, %5616 : f32[16] @ models/lib/vit.yaml:10:7
%5618 = assign %5583, %5591 : f32[16] @ models/lib/vit.yaml:10:7
%5619 = assign %5584, %5597 : f32[16] @ models/lib/vit.yaml:10:7
%5620 = assign %5585, %5586 : i64[] @ models/lib/vit.yaml:10:7
%5621 = broadcast %3 : f32[16] @ models/lib/vit.yaml:10:7
%5622 = mul %87, %5621 : f32[16] @ models/lib/vit.yaml:10:7
%5623 = broadcast %5505 : f32[16] @ models/lib/vit.yaml:10:7
%5624 = mul %5616, %5623 : f32[16] @ models/lib/vit.yaml:10:7
%5625 = add %5622, %5624 : f32[16] @ models/lib/vit.yaml:10:7
%5626 = assign %87, %5625 : f32[16] @ models/lib/vit.yaml:10:7
%5627 = all_reduce_sum %5405 : f32[16] @ models/lib/nn.yaml:89:7
%5628 = mul %5627, %5627 : f32[16] @ models/lib/nn.yaml:89:7
%5629 = reduce_sum %5628 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5630 = sqrt %5629 : f32[] @ models/lib/nn.yaml:89:7
%5631 = cast %5630 : f64[] @ models/lib/nn.yaml:89:7
%5632 = add %5631, %5442 : f64[] @ models/lib/nn.yaml:89:7
%5633 = div %5444, %5632 : f64[] @ models/lib/nn.yaml:89:7
%5634 = lt %5633, %5446 : bool[] @ models/lib/nn.yaml:89:7
%5635 = cast %5633 : f32[] @ models/lib/nn.yaml:89:7
%5636 = broadcast %5635 : f32[16] @ models/lib/nn.yaml:89:7
%5637 = mul %5627, %5636 : f32[16] @ models/lib/nn.yaml:89:7
%5638 = broadcast %5634 : bool[16] @ models/lib/nn.yaml:89:7
%5639 = select %5638, %5637, %5627 : f32[16] @ models/lib/nn.yaml:89:7
%5640 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5641 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5642 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5643 = add %5642, %5456 : i64[] @ models/lib/nn.yaml:89:7
%5644 = mul %5639, %5587 : f32[16] @ models/lib/nn.yaml:89:7
%5645 = mul %5640, %5589 : f32[16] @ models/lib/nn.yaml:89:7
%5646 = add %5645, %5644 : f32[16] @ models/lib/nn.yaml:89:7
%5647 = mul %5639, %5639 : f32[16] @ models/lib/nn.yaml:89:7
%5648 = mul %5647, %5593 : f32[16] @ models/lib/nn.yaml:89:7
%5649 = mul %5641, %5595 : f32[16] @ models/lib/nn.yaml:89:7
%5650 = add %5649, %5648 : f32[16] @ models/lib/nn.yaml:89:7
%5651 = cast %5643 : f64[] @ models/lib/nn.yaml:89:7
%5652 = pow %5465, %5651 : f64[] @ models/lib/nn.yaml:89:7
%5653 = sub %5446, %5652 : f64[] @ models/lib/nn.yaml:89:7
%5654 = div %3382, %5653 : f64[] @ models/lib/nn.yaml:89:7
%5655 = pow %5473, %5651 : f64[] @ models/lib/nn.yaml:89:7
%5656 = sub %5446, %5655 : f64[] @ models/lib/nn.yaml:89:7
%5657 = sqrt %5656 : f64[] @ models/lib/nn.yaml:89:7
%5658 = div %5446, %5657 : f64[] @ models/lib/nn.yaml:89:7
%5659 = sqrt %5650 : f32[16] @ models/lib/nn.yaml:89:7
%5660 = cast %5658 : f32[] @ models/lib/nn.yaml:89:7
%5661 = broadcast %5660 : f32[16] @ models/lib/nn.yaml:89:7
%5662 = mul %5659, %5661 : f32[16] @ models/lib/nn.yaml:89:7
%5663 = add %5662, %5610 : f32[16] @ models/lib/nn.yaml:89:7
%5664 = div %5646, %5663 : f32[16] @ models/lib/nn.yaml:89:7
%5665 = cast %5654 : f32[] @ models/lib/nn.yaml:89:7
%5666 = broadcast %5665 : f32[16] @ models/lib/nn.yaml:89:7
%5667 = mul %5664, %5666 : f32[16] @ models/lib/nn.yaml:89:7
%5668 = sub %10, %5667 : f32[16] @ models/lib/nn.yaml:89:7
%5669 = assign %10, %5668 : f32[16] @ models/lib/nn.yaml:89:7
%5670 = assign %5640, %5646 : f32[16] @ models/lib/nn.yaml:89:7
%5671 = assign %5641, %5650 : f32[16] @ models/lib/nn.yaml:89:7
%5672 = assign %5642, %5643 : i64[] @ models/lib/nn.yaml:89:7
%5673 = mul %88, %5621 : f32[16] @ models/lib/nn.yaml:89:7
%5674 = mul %5668, %5623 : f32[16] @ models/lib/nn.yaml:89:7
%5675 = add %5673, %5674 : f32[16] @ models/lib/nn.yaml:89:7
%5676 = assign %88, %5675 : f32[16] @ models/lib/nn.yaml:89:7
%5677 = all_reduce_sum %5398 : f32[16] @ models/lib/nn.yaml:90:7
%5678 = mul %5677, %5677 : f32[16] @ models/lib/nn.yaml:90:7
%5679 = reduce_sum %5678 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5680 = sqrt %5679 : f32[] @ models/lib/nn.yaml:90:7
%5681 = cast %5680 : f64[] @ models/lib/nn.yaml:90:7
%5682 = add %5681, %5442 : f64[] @ models/lib/nn.yaml:90:7
%5683 = div %5444, %5682 : f64[] @ models/lib/nn.yaml:90:7
%5684 = lt %5683, %5446 : bool[] @ models/lib/nn.yaml:90:7
%5685 = cast %5683 : f32[] @ models/lib/nn.yaml:90:7
%5686 = broadcast %5685 : f32[16] @ models/lib/nn.yaml:90:7
%5687 = mul %5677, %5686 : f32[16] @ models/lib/nn.yaml:90:7
%5688 = broadcast %5684 : bool[16] @ models/lib/nn.yaml:90:7
%5689 = select %5688, %5687, %5677 : f32[16] @ models/lib/nn.yaml:90:7
%5690 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5691 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5692 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5693 = add %5692, %5456 : i64[] @ models/lib/nn.yaml:90:7
%5694 = mul %5689, %5587 : f32[16] @ models/lib/nn.yaml:90:7
%5695 = mul %5690, %5589 : f32[16] @ models/lib/nn.yaml:90:7
%5696 = add %5695, %5694 : f32[16] @ models/lib/nn.yaml:90:7
%5697 = mul %5689, %5689 : f32[16] @ models/lib/nn.yaml:90:7
%5698 = mul %5697, %5593 : f32[16] @ models/lib/nn.yaml:90:7
%5699 = mul %5691, %5595 : f32[16] @ models/lib/nn.yaml:90:7
%5700 = add %5699, %5698 : f32[16] @ models/lib/nn.yaml:90:7
%5701 = cast %5693 : f64[] @ models/lib/nn.yaml:90:7
%5702 = pow %5465, %5701 : f64[] @ models/lib/nn.yaml:90:7
%5703 = sub %5446, %5702 : f64[] @ models/lib/nn.yaml:90:7
%5704 = div %3382, %5703 : f64[] @ models/lib/nn.yaml:90:7
%5705 = pow %5473, %5701 : f64[] @ models/lib/nn.yaml:90:7
%5706 = sub %5446, %5705 : f64[] @ models/lib/nn.yaml:90:7
%5707 = sqrt %5706 : f64[] @ models/lib/nn.yaml:90:7
%5708 = div %5446, %5707 : f64[] @ models/lib/nn.yaml:90:7
%5709 = sqrt %5700 : f32[16] @ models/lib/nn.yaml:90:7
%5710 = cast %5708 : f32[] @ models/lib/nn.yaml:90:7
%5711 = broadcast %5710 : f32[16] @ models/lib/nn.yaml:90:7
%5712 = mul %5709, %5711 : f32[16] @ models/lib/nn.yaml:90:7
%5713 = add %5712, %5610 : f32[16] @ models/lib/nn.yaml:90:7
%5714 = div %5696, %5713 : f32[16] @ models/lib/nn.yaml:90:7
%5715 = cast %5704 : f32[] @ models/lib/nn.yaml:90:7
%5716 = broadcast %5715 : f32[16] @ models/lib/nn.yaml:90:7
%5717 = mul %5714, %5716 : f32[16] @ models/lib/nn.yaml:90:7
%5718 = sub %11, %5717 : f32[16] @ models/lib/nn.yaml:90:7
%5719 = assign %11, %5718 : f32[16] @ models/lib/nn.yaml:90:7
%5720 = assign %5690, %5696 : f32[16] @ models/lib/nn.yaml:90:7
%5721 = assign %5691, %5700 : f32[16] @ models/lib/nn.yaml:90:7
%5722 = assign %5692, %5693 : i64[] @ models/lib/nn.yaml:90:7
%5723 = mul %89, %5621 : f32[16] @ models/lib/nn.yaml:90:7
%5724 = mul %5718, %5623 : f32[16] @ models/lib/nn.yaml:90:7
%5725 = add %5723, %5724 : f32[16] @ models/lib/nn.yaml:90:7
%5726 = assign %89, %5725 : f32[16] @ models/lib/nn.yaml:90:7
%5727 = all_reduce_sum %5393 : f32[48,16] @ models/lib/nn.yaml:79:7
%5728 = reshape %5727 : f32[768] @ models/lib/nn.yaml:79:7
%5729 = mul %5728, %5728 : f32[768] @ models/lib/nn.yaml:79:7
%5730 = reduce_sum %5729 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5731 = sqrt %5730 : f32[] @ models/lib/nn.yaml:79:7
%5732 = cast %5731 : f64[] @ models/lib/nn.yaml:79:7
%5733 = add %5732, %5442 : f64[] @ models/lib/nn.yaml:79:7
%5734 = div %5444, %5733 : f64[] @ models/lib/nn.yaml:79:7
%5735 = lt %5734, %5446 : bool[] @ models/lib/nn.yaml:79:7
%5736 = cast %5734 : f32[] @ models/lib/nn.yaml:79:7
%5737 = broadcast %5736 : f32[48,16] @ models/lib/nn.yaml:79:7
%5738 = mul %5727, %5737 : f32[48,16] @ models/lib/nn.yaml:79:7
%5739 = broadcast %5735 : bool[48,16] @ models/lib/nn.yaml:79:7
%5740 = select %5739, %5738, %5727 : f32[48,16] @ models/lib/nn.yaml:79:7
%5741 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%5742 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%5743 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5744 = add %5743, %5456 : i64[] @ models/lib/nn.yaml:79:7
%5745 = broadcast %5460 : f32[48,16] @ models/lib/nn.yaml:79:7
%5746 = mul %12, %5745 : f32[48,16] @ models/lib/nn.yaml:79:7
%5747 = broadcast %3111 : f32[48,16] @ models/lib/nn.yaml:79:7
%5748 = mul %5740, %5747 : f32[48,16] @ models/lib/nn.yaml:79:7
%5749 = broadcast %2138 : f32[48,16] @ models/lib/nn.yaml:79:7
%5750 = mul %5741, %5749 : f32[48,16] @ models/lib/nn.yaml:79:7
%5751 = add %5750, %5748 : f32[48,16] @ models/lib/nn.yaml:79:7
%5752 = mul %5740, %5740 : f32[48,16] @ models/lib/nn.yaml:79:7
%5753 = broadcast %5470 : f32[48,16] @ models/lib/nn.yaml:79:7
%5754 = mul %5752, %5753 : f32[48,16] @ models/lib/nn.yaml:79:7
%5755 = broadcast %5474 : f32[48,16] @ models/lib/nn.yaml:79:7
%5756 = mul %5742, %5755 : f32[48,16] @ models/lib/nn.yaml:79:7
%5757 = add %5756, %5754 : f32[48,16] @ models/lib/nn.yaml:79:7
%5758 = cast %5744 : f64[] @ models/lib/nn.yaml:79:7
%5759 = pow %5465, %5758 : f64[] @ models/lib/nn.yaml:79:7
%5760 = sub %5446, %5759 : f64[] @ models/lib/nn.yaml:79:7
%5761 = div %3382, %5760 : f64[] @ models/lib/nn.yaml:79:7
%5762 = pow %5473, %5758 : f64[] @ models/lib/nn.yaml:79:7
%5763 = sub %5446, %5762 : f64[] @ models/lib/nn.yaml:79:7
%5764 = sqrt %5763 : f64[] @ models/lib/nn.yaml:79:7
%5765 = div %5446, %5764 : f64[] @ models/lib/nn.yaml:79:7
%5766 = sqrt %5757 : f32[48,16] @ models/lib/nn.yaml:79:7
%5767 = cast %5765 : f32[] @ models/lib/nn.yaml:79:7
%5768 = broadcast %5767 : f32[48,16] @ models/lib/nn.yaml:79:7
%5769 = mul %5766, %5768 : f32[48,16] @ models/lib/nn.yaml:79:7
%5770 = broadcast %5490 : f32[48,16] @ models/lib/nn.yaml:79:7
%5771 = add %5769, %5770 : f32[48,16] @ models/lib/nn.yaml:79:7
%5772 = div %5751, %5771 : f32[48,16] @ models/lib/nn.yaml:79:7
%5773 = cast %5761 : f32[] @ models/lib/nn.yaml:79:7
%5774 = broadcast %5773 : f32[48,16] @ models/lib/nn.yaml:79:7
%5775 = mul %5772, %5774 : f32[48,16] @ models/lib/nn.yaml:79:7
%5776 = sub %5746, %5775 : f32[48,16] @ models/lib/nn.yaml:79:7
%5777 = assign %12, %5776 : f32[48,16] @ models/lib/nn.yaml:79:7
%5778 = assign %5741, %5751 : f32[48,16] @ models/lib/nn.yaml:79:7
%5779 = assign %5742, %5757 : f32[48,16] @ models/lib/nn.yaml:79:7
%5780 = assign %5743, %5744 : i64[] @ models/lib/nn.yaml:79:7
%5781 = broadcast %3 : f32[48,16] @ models/lib/nn.yaml:79:7
%5782 = mul %90, %5781 : f32[48,16] @ models/lib/nn.yaml:79:7
%5783 = broadcast %5505 : f32[48,16] @ models/lib/nn.yaml:79:7
%5784 = mul %5776, %5783 : f32[48,16] @ models/lib/nn.yaml:79:7
%5785 = add %5782, %5784 : f32[48,16] @ models/lib/nn.yaml:79:7
%5786 = assign %90, %5785 : f32[48,16] @ models/lib/nn.yaml:79:7
%5787 = all_reduce_sum %5388 : f32[48] @ models/lib/nn.yaml:80:7
%5788 = mul %5787, %5787 : f32[48] @ models/lib/nn.yaml:80:7
%5789 = reduce_sum %5788 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5790 = sqrt %5789 : f32[] @ models/lib/nn.yaml:80:7
%5791 = cast %5790 : f64[] @ models/lib/nn.yaml:80:7
%5792 = add %5791, %5442 : f64[] @ models/lib/nn.yaml:80:7
%5793 = div %5444, %5792 : f64[] @ models/lib/nn.yaml:80:7
%5794 = lt %5793, %5446 : bool[] @ models/lib/nn.yaml:80:7
%5795 = cast %5793 : f32[] @ models/lib/nn.yaml:80:7
%5796 = broadcast %5795 : f32[48] @ models/lib/nn.yaml:80:7
%5797 = mul %5787, %5796 : f32[48] @ models/lib/nn.yaml:80:7
%5798 = broadcast %5794 : bool[48] @ models/lib/nn.yaml:80:7
%5799 = select %5798, %5797, %5787 : f32[48] @ models/lib/nn.yaml:80:7
%5800 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%5801 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%5802 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5803 = add %5802, %5456 : i64[] @ models/lib/nn.yaml:80:7
%5804 = broadcast %3111 : f32[48] @ models/lib/nn.yaml:80:7
%5805 = mul %5799, %5804 : f32[48] @ models/lib/nn.yaml:80:7
%5806 = broadcast %2138 : f32[48] @ models/lib/nn.yaml:80:7
%5807 = mul %5800, %5806 : f32[48] @ models/lib/nn.yaml:80:7
%5808 = add %5807, %5805 : f32[48] @ models/lib/nn.yaml:80:7
%5809 = mul %5799, %5799 : f32[48] @ models/lib/nn.yaml:80:7
%5810 = broadcast %5470 : f32[48] @ models/lib/nn.yaml:80:7
%5811 = mul %5809, %5810 : f32[48] @ models/lib/nn.yaml:80:7
%5812 = broadcast %5474 : f32[48] @ models/lib/nn.yaml:80:7
%5813 = mul %5801, %5812 : f32[48] @ models/lib/nn.yaml:80:7
%5814 = add %5813, %5811 : f32[48] @ models/lib/nn.yaml:80:7
%5815 = cast %5803 : f64[] @ models/lib/nn.yaml:80:7
%5816 = pow %5465, %5815 : f64[] @ models/lib/nn.yaml:80:7
%5817 = sub %5446, %5816 : f64[] @ models/lib/nn.yaml:80:7
%5818 = div %3382, %5817 : f64[] @ models/lib/nn.yaml:80:7
%5819 = pow %5473, %5815 : f64[] @ models/lib/nn.yaml:80:7
%5820 = sub %5446, %5819 : f64[] @ models/lib/nn.yaml:80:7
%5821 = sqrt %5820 : f64[] @ models/lib/nn.yaml:80:7
%5822 = div %5446, %5821 : f64[] @ models/lib/nn.yaml:80:7
%5823 = sqrt %5814 : f32[48] @ models/lib/nn.yaml:80:7
%5824 = cast %5822 : f32[] @ models/lib/nn.yaml:80:7
%5825 = broadcast %5824 : f32[48] @ models/lib/nn.yaml:80:7
%5826 = mul %5823, %5825 : f32[48] @ models/lib/nn.yaml:80:7
%5827 = broadcast %5490 : f32[48] @ models/lib/nn.yaml:80:7
%5828 = add %5826, %5827 : f32[48] @ models/lib/nn.yaml:80:7
%5829 = div %5808, %5828 : f32[48] @ models/lib/nn.yaml:80:7
%5830 = cast %5818 : f32[] @ models/lib/nn.yaml:80:7
%5831 = broadcast %5830 : f32[48] @ models/lib/nn.yaml:80:7
%5832 = mul %5829, %5831 : f32[48] @ models/lib/nn.yaml:80:7
%5833 = sub %13, %5832 : f32[48] @ models/lib/nn.yaml:80:7
%5834 = assign %13, %5833 : f32[48] @ models/lib/nn.yaml:80:7
%5835 = assign %5800, %5808 : f32[48] @ models/lib/nn.yaml:80:7
%5836 = assign %5801, %5814 : f32[48] @ models/lib/nn.yaml:80:7
%5837 = assign %5802, %5803 : i64[] @ models/lib/nn.yaml:80:7
%5838 = broadcast %3 : f32[48] @ models/lib/nn.yaml:80:7
%5839 = mul %91, %5838 : f32[48] @ models/lib/nn.yaml:80:7
%5840 = broadcast %5505 : f32[48] @ models/lib/nn.yaml:80:7
%5841 = mul %5833, %5840 : f32[48] @ models/lib/nn.yaml:80:7
%5842 = add %5839, %5841 : f32[48] @ models/lib/nn.yaml:80:7
%5843 = assign %91, %5842 : f32[48] @ models/lib/nn.yaml:80:7
%5844 = all_reduce_sum %5298 : f32[16,16] @ models/lib/nn.yaml:79:7
%5845 = reshape %5844 : f32[256] @ models/lib/nn.yaml:79:7
%5846 = mul %5845, %5845 : f32[256] @ models/lib/nn.yaml:79:7
%5847 = reduce_sum %5846 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5848 = sqrt %5847 : f32[] @ models/lib/nn.yaml:79:7
%5849 = cast %5848 : f64[] @ models/lib/nn.yaml:79:7
%5850 = add %5849, %5442 : f64[] @ models/lib/nn.yaml:79:7
%5851 = div %5444, %5850 : f64[] @ models/lib/nn.yaml:79:7
%5852 = lt %5851, %5446 : bool[] @ models/lib/nn.yaml:79:7
%5853 = cast %5851 : f32[] @ models/lib/nn.yaml:79:7
%5854 = broadcast %5853 : f32[16,16] @ models/lib/nn.yaml:79:7
%5855 = mul %5844, %5854 : f32[16,16] @ models/lib/nn.yaml:79:7
%5856 = broadcast %5852 : bool[16,16] @ models/lib/nn.yaml:79:7
%5857 = select %5856, %5855, %5844 : f32[16,16] @ models/lib/nn.yaml:79:7
%5858 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5859 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5860 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5861 = add %5860, %5456 : i64[] @ models/lib/nn.yaml:79:7
%5862 = broadcast %5460 : f32[16,16] @ models/lib/nn.yaml:79:7
%5863 = mul %14, %5862 : f32[16,16] @ models/lib/nn.yaml:79:7
%5864 = broadcast %3111 : f32[16,16] @ models/lib/nn.yaml:79:7
%5865 = mul %5857, %5864 : f32[16,16] @ models/lib/nn.yaml:79:7
%5866 = broadcast %2138 : f32[16,16] @ models/lib/nn.yaml:79:7
%5867 = mul %5858, %5866 : f32[16,16] @ models/lib/nn.yaml:79:7
%5868 = add %5867, %5865 : f32[16,16] @ models/lib/nn.yaml:79:7
%5869 = mul %5857, %5857 : f32[16,16] @ models/lib/nn.yaml:79:7
%5870 = broadcast %5470 : f32[16,16] @ models/lib/nn.yaml:79:7
%5871 = mul %5869, %5870 : f32[16,16] @ models/lib/nn.yaml:79:7
%5872 = broadcast %5474 : f32[16,16] @ models/lib/nn.yaml:79:7
%5873 = mul %5859, %5872 : f32[16,16] @ models/lib/nn.yaml:79:7
%5874 = add %5873, %5871 : f32[16,16] @ models/lib/nn.yaml:79:7
%5875 = cast %5861 : f64[] @ models/lib/nn.yaml:79:7
%5876 = pow %5465, %5875 : f64[] @ models/lib/nn.yaml:79:7
%5877 = sub %5446, %5876 : f64[] @ models/lib/nn.yaml:79:7
%5878 = div %3382, %5877 : f64[] @ models/lib/nn.yaml:79:7
%5879 = pow %5473, %5875 : f64[] @ models/lib/nn.yaml:79:7
%5880 = sub %5446, %5879 : f64[] @ models/lib/nn.yaml:79:7
%5881 = sqrt %5880 : f64[] @ models/lib/nn.yaml:79:7
%5882 = div %5446, %5881 : f64[] @ models/lib/nn.yaml:79:7
%5883 = sqrt %5874 : f32[16,16] @ models/lib/nn.yaml:79:7
%5884 = cast %5882 : f32[] @ models/lib/nn.yaml:79:7
%5885 = broadcast %5884 : f32[16,16] @ models/lib/nn.yaml:79:7
%5886 = mul %5883, %5885 : f32[16,16] @ models/lib/nn.yaml:79:7
%5887 = broadcast %5490 : f32[16,16] @ models/lib/nn.yaml:79:7
%5888 = add %5886, %5887 : f32[16,16] @ models/lib/nn.yaml:79:7
%5889 = div %5868, %5888 : f32[16,16] @ models/lib/nn.yaml:79:7
%5890 = cast %5878 : f32[] @ models/lib/nn.yaml:79:7
%5891 = broadcast %5890 : f32[16,16] @ models/lib/nn.yaml:79:7
%5892 = mul %5889, %5891 : f32[16,16] @ models/lib/nn.yaml:79:7
%5893 = sub %5863, %5892 : f32[16,16] @ models/lib/nn.yaml:79:7
%5894 = assign %14, %5893 : f32[16,16] @ models/lib/nn.yaml:79:7
%5895 = assign %5858, %5868 : f32[16,16] @ models/lib/nn.yaml:79:7
%5896 = assign %5859, %5874 : f32[16,16] @ models/lib/nn.yaml:79:7
%5897 = assign %5860, %5861 : i64[] @ models/lib/nn.yaml:79:7
%5898 = broadcast %3 : f32[16,16] @ models/lib/nn.yaml:79:7
%5899 = mul %92, %5898 : f32[16,16] @ models/lib/nn.yaml:79:7
%5900 = broadcast %5505 : f32[16,16] @ models/lib/nn.yaml:79:7
%5901 = mul %5893, %5900 : f32[16,16] @ models/lib/nn.yaml:79:7
%5902 = add %5899, %5901 : f32[16,16] @ models/lib/nn.yaml:79:7
%5903 = assign %92, %5902 : f32[16,16] @ models/lib/nn.yaml:79:7
%5904 = all_reduce_sum %5293 : f32[16] @ models/lib/nn.yaml:80:7
%5905 = mul %5904, %5904 : f32[16] @ models/lib/nn.yaml:80:7
%5906 = reduce_sum %5905 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5907 = sqrt %5906 : f32[] @ models/lib/nn.yaml:80:7
%5908 = cast %5907 : f64[] @ models/lib/nn.yaml:80:7
%5909 = add %5908, %5442 : f64[] @ models/lib/nn.yaml:80:7
%5910 = div %5444, %5909 : f64[] @ models/lib/nn.yaml:80:7
%5911 = lt %5910, %5446 : bool[] @ models/lib/nn.yaml:80:7
%5912 = cast %5910 : f32[] @ models/lib/nn.yaml:80:7
%5913 = broadcast %5912 : f32[16] @ models/lib/nn.yaml:80:7
%5914 = mul %5904, %5913 : f32[16] @ models/lib/nn.yaml:80:7
%5915 = broadcast %5911 : bool[16] @ models/lib/nn.yaml:80:7
%5916 = select %5915, %5914, %5904 : f32[16] @ models/lib/nn.yaml:80:7
%5917 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5918 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5919 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5920 = add %5919, %5456 : i64[] @ models/lib/nn.yaml:80:7
%5921 = mul %5916, %5587 : f32[16] @ models/lib/nn.yaml:80:7
%5922 = mul %5917, %5589 : f32[16] @ models/lib/nn.yaml:80:7
%5923 = add %5922, %5921 : f32[16] @ models/lib/nn.yaml:80:7
%5924 = mul %5916, %5916 : f32[16] @ models/lib/nn.yaml:80:7
%5925 = mul %5924, %5593 : f32[16] @ models/lib/nn.yaml:80:7
%5926 = mul %5918, %5595 : f32[16] @ models/lib/nn.yaml:80:7
%5927 = add %5926, %5925 : f32[16] @ models/lib/nn.yaml:80:7
%5928 = cast %5920 : f64[] @ models/lib/nn.yaml:80:7
%5929 = pow %5465, %5928 : f64[] @ models/lib/nn.yaml:80:7
%5930 = sub %5446, %5929 : f64[] @ models/lib/nn.yaml:80:7
%5931 = div %3382, %5930 : f64[] @ models/lib/nn.yaml:80:7
%5932 = pow %5473, %5928 : f64[] @ models/lib/nn.yaml:80:7
%5933 = sub %5446, %5932 : f64[] @ models/lib/nn.yaml:80:7
%5934 = sqrt %5933 : f64[] @ models/lib/nn.yaml:80:7
%5935 = div %5446, %5934 : f64[] @ models/lib/nn.yaml:80:7
%5936 = sqrt %5927 : f32[16] @ models/lib/nn.yaml:80:7
%5937 = cast %5935 : f32[] @ models/lib/nn.yaml:80:7
%5938 = broadcast %5937 : f32[16] @ models/lib/nn.yaml:80:7
%5939 = mul %5936, %5938 : f32[16] @ models/lib/nn.yaml:80:7
%5940 = add %5939, %5610 : f32[16] @ models/lib/nn.yaml:80:7
%5941 = div %5923, %5940 : f32[16] @ models/lib/nn.yaml:80:7
%5942 = cast %5931 : f32[] @ models/lib/nn.yaml:80:7
%5943 = broadcast %5942 : f32[16] @ models/lib/nn.yaml:80:7
%5944 = mul %5941, %5943 : f32[16] @ models/lib/nn.yaml:80:7
%5945 = sub %15, %5944 : f32[16] @ models/lib/nn.yaml:80:7
%5946 = assign %15, %5945 : f32[16] @ models/lib/nn.yaml:80:7
%5947 = assign %5917, %5923 : f32[16] @ models/lib/nn.yaml:80:7
%5948 = assign %5918, %5927 : f32[16] @ models/lib/nn.yaml:80:7
%5949 = assign %5919, %5920 : i64[] @ models/lib/nn.yaml:80:7
%5950 = mul %93, %5621 : f32[16] @ models/lib/nn.yaml:80:7
%5951 = mul %5945, %5623 : f32[16] @ models/lib/nn.yaml:80:7
%5952 = add %5950, %5951 : f32[16] @ models/lib/nn.yaml:80:7
%5953 = assign %93, %5952 : f32[16] @ models/lib/nn.yaml:80:7
%5954 = all_reduce_sum %5270 : f32[16] @ models/lib/nn.yaml:89:7
%5955 = mul %5954, %5954 : f32[16] @ models/lib/nn.yaml:89:7
%5956 = reduce_sum %5955 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5957 = sqrt %5956 : f32[] @ models/lib/nn.yaml:89:7
%5958 = cast %5957 : f64[] @ models/lib/nn.yaml:89:7
%5959 = add %5958, %5442 : f64[] @ models/lib/nn.yaml:89:7
%5960 = div %5444, %5959 : f64[] @ models/lib/nn.yaml:89:7
%5961 = lt %5960, %5446 : bool[] @ models/lib/nn.yaml:89:7
%5962 = cast %5960 : f32[] @ models/lib/nn.yaml:89:7
%5963 = broadcast %5962 : f32[16] @ models/lib/nn.yaml:89:7
%5964 = mul %5954, %5963 : f32[16] @ models/lib/nn.yaml:89:7
%5965 = broadcast %5961 : bool[16] @ models/lib/nn.yaml:89:7
%5966 = select %5965, %5964, %5954 : f32[16] @ models/lib/nn.yaml:89:7
%5967 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5968 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5969 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5970 = add %5969, %5456 : i64[] @ models/lib/nn.yaml:89:7
%5971 = mul %5966, %5587 : f32[16] @ models/lib/nn.yaml:89:7
%5972 = mul %5967, %5589 : f32[16] @ models/lib/nn.yaml:89:7
%5973 = add %5972, %5971 : f32[16] @ models/lib/nn.yaml:89:7
%5974 = mul %5966, %5966 : f32[16] @ models/lib/nn.yaml:89:7
%5975 = mul %5974, %5593 : f32[16] @ models/lib/nn.yaml:89:7
%5976 = mul %5968, %5595 : f32[16] @ models/lib/nn.yaml:89:7
%5977 = add %5976, %5975 : f32[16] @ models/lib/nn.yaml:89:7
%5978 = cast %5970 : f64[] @ models/lib/nn.yaml:89:7
%5979 = pow %5465, %5978 : f64[] @ models/lib/nn.yaml:89:7
%5980 = sub %5446, %5979 : f64[] @ models/lib/nn.yaml:89:7
%5981 = div %3382, %5980 : f64[] @ models/lib/nn.yaml:89:7
%5982 = pow %5473, %5978 : f64[] @ models/lib/nn.yaml:89:7
%5983 = sub %5446, %5982 : f64[] @ models/lib/nn.yaml:89:7
%5984 = sqrt %5983 : f64[] @ models/lib/nn.yaml:89:7
%5985 = div %5446, %5984 : f64[] @ models/lib/nn.yaml:89:7
%5986 = sqrt %5977 : f32[16] @ models/lib/nn.yaml:89:7
%5987 = cast %5985 : f32[] @ models/lib/nn.yaml:89:7
%5988 = broadcast %5987 : f32[16] @ models/lib/nn.yaml:89:7
%5989 = mul %5986, %5988 : f32[16] @ models/lib/nn.yaml:89:7
%5990 = add %5989, %5610 : f32[16] @ models/lib/nn.yaml:89:7
%5991 = div %5973, %5990 : f32[16] @ models/lib/nn.yaml:89:7
%5992 = cast %5981 : f32[] @ models/lib/nn.yaml:89:7
%5993 = broadcast %5992 : f32[16] @ models/lib/nn.yaml:89:7
%5994 = mul %5991, %5993 : f32[16] @ models/lib/nn.yaml:89:7
%5995 = sub %16, %5994 : f32[16] @ models/lib/nn.yaml:89:7
%5996 = assign %16, %5995 : f32[16] @ models/lib/nn.yaml:89:7
%5997 = assign %5967, %5973 : f32[16] @ models/lib/nn.yaml:89:7
%5998 = assign %5968, %5977 : f32[16] @ models/lib/nn.yaml:89:7
%5999 = assign %5969, %5970 : i64[] @ models/lib/nn.yaml:89:7
%6000 = mul %94, %5621 : f32[16] @ models/lib/nn.yaml:89:7
%6001 = mul %5995, %5623 : f32[16] @ models/lib/nn.yaml:89:7
%6002 = add %6000, %6001 : f32[16] @ models/lib/nn.yaml:89:7
%6003 = assign %94, %6002 : f32[16] @ models/lib/nn.yaml:89:7
%6004 = all_reduce_sum %5263 : f32[16] @ models/lib/nn.yaml:90:7
%6005 = mul %6004, %6004 : f32[16] @ models/lib/nn.yaml:90:7
%6006 = reduce_sum %6005 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6007 = sqrt %6006 : f32[] @ models/lib/nn.yaml:90:7
%6008 = cast %6007 : f64[] @ models/lib/nn.yaml:90:7
%6009 = add %6008, %5442 : f64[] @ models/lib/nn.yaml:90:7
%6010 = div %5444, %6009 : f64[] @ models/lib/nn.yaml:90:7
%6011 = lt %6010, %5446 : bool[] @ models/lib/nn.yaml:90:7
%6012 = cast %6010 : f32[] @ models/lib/nn.yaml:90:7
%6013 = broadcast %6012 : f32[16] @ models/lib/nn.yaml:90:7
%6014 = mul %6004, %6013 : f32[16] @ models/lib/nn.yaml:90:7
%6015 = broadcast %6011 : bool[16] @ models/lib/nn.yaml:90:7
%6016 = select %6015, %6014, %6004 : f32[16] @ models/lib/nn.yaml:90:7
%6017 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6018 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6019 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6020 = add %6019, %5456 : i64[] @ models/lib/nn.yaml:90:7
%6021 = mul %6016, %5587 : f32[16] @ models/lib/nn.yaml:90:7
%6022 = mul %6017, %5589 : f32[16] @ models/lib/nn.yaml:90:7
%6023 = add %6022, %6021 : f32[16] @ models/lib/nn.yaml:90:7
%6024 = mul %6016, %6016 : f32[16] @ models/lib/nn.yaml:90:7
%6025 = mul %6024, %5593 : f32[16] @ models/lib/nn.yaml:90:7
%6026 = mul %6018, %5595 : f32[16] @ models/lib/nn.yaml:90:7
%6027 = add %6026, %6025 : f32[16] @ models/lib/nn.yaml:90:7
%6028 = cast %6020 : f64[] @ models/lib/nn.yaml:90:7
%6029 = pow %5465, %6028 : f64[] @ models/lib/nn.yaml:90:7
%6030 = sub %5446, %6029 : f64[] @ models/lib/nn.yaml:90:7
%6031 = div %3382, %6030 : f64[] @ models/lib/nn.yaml:90:7
%6032 = pow %5473, %6028 : f64[] @ models/lib/nn.yaml:90:7
%6033 = sub %5446, %6032 : f64[] @ models/lib/nn.yaml:90:7
%6034 = sqrt %6033 : f64[] @ models/lib/nn.yaml:90:7
%6035 = div %5446, %6034 : f64[] @ models/lib/nn.yaml:90:7
%6036 = sqrt %6027 : f32[16] @ models/lib/nn.yaml:90:7
%6037 = cast %6035 : f32[] @ models/lib/nn.yaml:90:7
%6038 = broadcast %6037 : f32[16] @ models/lib/nn.yaml:90:7
%6039 = mul %6036, %6038 : f32[16] @ models/lib/nn.yaml:90:7
%6040 = add %6039, %5610 : f32[16] @ models/lib/nn.yaml:90:7
%6041 = div %6023, %6040 : f32[16] @ models/lib/nn.yaml:90:7
%6042 = cast %6031 : f32[] @ models/lib/nn.yaml:90:7
%6043 = broadcast %6042 : f32[16] @ models/lib/nn.yaml:90:7
%6044 = mul %6041, %6043 : f32[16] @ models/lib/nn.yaml:90:7
%6045 = sub %17, %6044 : f32[16] @ models/lib/nn.yaml:90:7
%6046 = assign %17, %6045 : f32[16] @ models/lib/nn.yaml:90:7
%6047 = assign %6017, %6023 : f32[16] @ models/lib/nn.yaml:90:7
%6048 = assign %6018, %6027 : f32[16] @ models/lib/nn.yaml:90:7
%6049 = assign %6019, %6020 : i64[] @ models/lib/nn.yaml:90:7
%6050 = mul %95, %5621 : f32[16] @ models/lib/nn.yaml:90:7
%6051 = mul %6045, %5623 : f32[16] @ models/lib/nn.yaml:90:7
%6052 = add %6050, %6051 : f32[16] @ models/lib/nn.yaml:90:7
%6053 = assign %95, %6052 : f32[16] @ models/lib/nn.yaml:90:7
%6054 = all_reduce_sum %5258 : f32[64,16] @ models/lib/nn.yaml:79:7
%6055 = reshape %6054 : f32[1024] @ models/lib/nn.yaml:79:7
%6056 = mul %6055, %6055 : f32[1024] @ models/lib/nn.yaml:79:7
%6057 = reduce_sum %6056 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6058 = sqrt %6057 : f32[] @ models/lib/nn.yaml:79:7
%6059 = cast %6058 : f64[] @ models/lib/nn.yaml:79:7
%6060 = add %6059, %5442 : f64[] @ models/lib/nn.yaml:79:7
%6061 = div %5444, %6060 : f64[] @ models/lib/nn.yaml:79:7
%6062 = lt %6061, %5446 : bool[] @ models/lib/nn.yaml:79:7
%6063 = cast %6061 : f32[] @ models/lib/nn.yaml:79:7
%6064 = broadcast %6063 : f32[64,16] @ models/lib/nn.yaml:79:7
%6065 = mul %6054, %6064 : f32[64,16] @ models/lib/nn.yaml:79:7
%6066 = broadcast %6062 : bool[64,16] @ models/lib/nn.yaml:79:7
%6067 = select %6066, %6065, %6054 : f32[64,16] @ models/lib/nn.yaml:79:7
%6068 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6069 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6070 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6071 = add %6070, %5456 : i64[] @ models/lib/nn.yaml:79:7
%6072 = broadcast %5460 : f32[64,16] @ models/lib/nn.yaml:79:7
%6073 = mul %18, %6072 : f32[64,16] @ models/lib/nn.yaml:79:7
%6074 = broadcast %3111 : f32[64,16] @ models/lib/nn.yaml:79:7
%6075 = mul %6067, %6074 : f32[64,16] @ models/lib/nn.yaml:79:7
%6076 = broadcast %2138 : f32[64,16] @ models/lib/nn.yaml:79:7
%6077 = mul %6068, %6076 : f32[64,16] @ models/lib/nn.yaml:79:7
%6078 = add %6077, %6075 : f32[64,16] @ models/lib/nn.yaml:79:7
%6079 = mul %6067, %6067 : f32[64,16] @ models/lib/nn.yaml:79:7
%6080 = broadcast %5470 : f32[64,16] @ models/lib/nn.yaml:79:7
%6081 = mul %6079, %6080 : f32[64,16] @ models/lib/nn.yaml:79:7
%6082 = broadcast %5474 : f32[64,16] @ models/lib/nn.yaml:79:7
%6083 = mul %6069, %6082 : f32[64,16] @ models/lib/nn.yaml:79:7
%6084 = add %6083, %6081 : f32[64,16] @ models/lib/nn.yaml:79:7
%6085 = cast %6071 : f64[] @ models/lib/nn.yaml:79:7
%6086 = pow %5465, %6085 : f64[] @ models/lib/nn.yaml:79:7
%6087 = sub %5446, %6086 : f64[] @ models/lib/nn.yaml:79:7
%6088 = div %3382, %6087 : f64[] @ models/lib/nn.yaml:79:7
%6089 = pow %5473, %6085 : f64[] @ models/lib/nn.yaml:79:7
%6090 = sub %5446, %6089 : f64[] @ models/lib/nn.yaml:79:7
%6091 = sqrt %6090 : f64[] @ models/lib/nn.yaml:79:7
%6092 = div %5446, %6091 : f64[] @ models/lib/nn.yaml:79:7
%6093 = sqrt %6084 : f32[64,16] @ models/lib/nn.yaml:79:7
%6094 = cast %6092 : f32[] @ models/lib/nn.yaml:79:7
%6095 = broadcast %6094 : f32[64,16] @ models/lib/nn.yaml:79:7
%6096 = mul %6093, %6095 : f32[64,16] @ models/lib/nn.yaml:79:7
%6097 = broadcast %5490 : f32[64,16] @ models/lib/nn.yaml:79:7
%6098 = add %6096, %6097 : f32[64,16] @ models/lib/nn.yaml:79:7
%6099 = div %6078, %6098 : f32[64,16] @ models/lib/nn.yaml:79:7
%6100 = cast %6088 : f32[] @ models/lib/nn.yaml:79:7
%6101 = broadcast %6100 : f32[64,16] @ models/lib/nn.yaml:79:7
%6102 = mul %6099, %6101 : f32[64,16] @ models/lib/nn.yaml:79:7
%6103 = sub %6073, %6102 : f32[64,16] @ models/lib/nn.yaml:79:7
%6104 = assign %18, %6103 : f32[64,16] @ models/lib/nn.yaml:79:7
%6105 = assign %6068, %6078 : f32[64,16] @ models/lib/nn.yaml:79:7
%6106 = assign %6069, %6084 : f32[64,16] @ models/lib/nn.yaml:79:7
%6107 = assign %6070, %6071 : i64[] @ models/lib/nn.yaml:79:7
%6108 = broadcast %3 : f32[64,16] @ models/lib/nn.yaml:79:7
%6109 = mul %96, %6108 : f32[64,16] @ models/lib/nn.yaml:79:7
%6110 = broadcast %5505 : f32[64,16] @ models/lib/nn.yaml:79:7
%6111 = mul %6103, %6110 : f32[64,16] @ models/lib/nn.yaml:79:7
%6112 = add %6109, %6111 : f32[64,16] @ models/lib/nn.yaml:79:7
%6113 = assign %96, %6112 : f32[64,16] @ models/lib/nn.yaml:79:7
%6114 = all_reduce_sum %5253 : f32[64] @ models/lib/nn.yaml:80:7
%6115 = mul %6114, %6114 : f32[64] @ models/lib/nn.yaml:80:7
%6116 = reduce_sum %6115 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6117 = sqrt %6116 : f32[] @ models/lib/nn.yaml:80:7
%6118 = cast %6117 : f64[] @ models/lib/nn.yaml:80:7
%6119 = add %6118, %5442 : f64[] @ models/lib/nn.yaml:80:7
%6120 = div %5444, %6119 : f64[] @ models/lib/nn.yaml:80:7
%6121 = lt %6120, %5446 : bool[] @ models/lib/nn.yaml:80:7
%6122 = cast %6120 : f32[] @ models/lib/nn.yaml:80:7
%6123 = broadcast %6122 : f32[64] @ models/lib/nn.yaml:80:7
%6124 = mul %6114, %6123 : f32[64] @ models/lib/nn.yaml:80:7
%6125 = broadcast %6121 : bool[64] @ models/lib/nn.yaml:80:7
%6126 = select %6125, %6124, %6114 : f32[64] @ models/lib/nn.yaml:80:7
%6127 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6128 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6129 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6130 = add %6129, %5456 : i64[] @ models/lib/nn.yaml:80:7
%6131 = broadcast %3111 : f32[64] @ models/lib/nn.yaml:80:7
%6132 = mul %6126, %6131 : f32[64] @ models/lib/nn.yaml:80:7
%6133 = broadcast %2138 : f32[64] @ models/lib/nn.yaml:80:7
%6134 = mul %6127, %6133 : f32[64] @ models/lib/nn.yaml:80:7
%6135 = add %6134, %6132 : f32[64] @ models/lib/nn.yaml:80:7
%6136 = mul %6126, %6126 : f32[64] @ models/lib/nn.yaml:80:7
%6137 = broadcast %5470 : f32[64] @ models/lib/nn.yaml:80:7
%6138 = mul %6136, %6137 : f32[64] @ models/lib/nn.yaml:80:7
%6139 = broadcast %5474 : f32[64] @ models/lib/nn.yaml:80:7
%6140 = mul %6128, %6139 : f32[64] @ models/lib/nn.yaml:80:7
%6141 = add %6140, %6138 : f32[64] @ models/lib/nn.yaml:80:7
%6142 = cast %6130 : f64[] @ models/lib/nn.yaml:80:7
%6143 = pow %5465, %6142 : f64[] @ models/lib/nn.yaml:80:7
%6144 = sub %5446, %6143 : f64[] @ models/lib/nn.yaml:80:7
%6145 = div %3382, %6144 : f64[] @ models/lib/nn.yaml:80:7
%6146 = pow %5473, %6142 : f64[] @ models/lib/nn.yaml:80:7
%6147 = sub %5446, %6146 : f64[] @ models/lib/nn.yaml:80:7
%6148 = sqrt %6147 : f64[] @ models/lib/nn.yaml:80:7
%6149 = div %5446, %6148 : f64[] @ models/lib/nn.yaml:80:7
%6150 = sqrt %6141 : f32[64] @ models/lib/nn.yaml:80:7
%6151 = cast %6149 : f32[] @ models/lib/nn.yaml:80:7
%6152 = broadcast %6151 : f32[64] @ models/lib/nn.yaml:80:7
%6153 = mul %6150, %6152 : f32[64] @ models/lib/nn.yaml:80:7
%6154 = broadcast %5490 : f32[64] @ models/lib/nn.yaml:80:7
%6155 = add %6153, %6154 : f32[64] @ models/lib/nn.yaml:80:7
%6156 = div %6135, %6155 : f32[64] @ models/lib/nn.yaml:80:7
%6157 = cast %6145 : f32[] @ models/lib/nn.yaml:80:7
%6158 = broadcast %6157 : f32[64] @ models/lib/nn.yaml:80:7
%6159 = mul %6156, %6158 : f32[64] @ models/lib/nn.yaml:80:7
%6160 = sub %19, %6159 : f32[64] @ models/lib/nn.yaml:80:7
%6161 = assign %19, %6160 : f32[64] @ models/lib/nn.yaml:80:7
%6162 = assign %6127, %6135 : f32[64] @ models/lib/nn.yaml:80:7
%6163 = assign %6128, %6141 : f32[64] @ models/lib/nn.yaml:80:7
%6164 = assign %6129, %6130 : i64[] @ models/lib/nn.yaml:80:7
%6165 = broadcast %3 : f32[64] @ models/lib/nn.yaml:80:7
%6166 = mul %97, %6165 : f32[64] @ models/lib/nn.yaml:80:7
%6167 = broadcast %5505 : f32[64] @ models/lib/nn.yaml:80:7
%6168 = mul %6160, %6167 : f32[64] @ models/lib/nn.yaml:80:7
%6169 = add %6166, %6168 : f32[64] @ models/lib/nn.yaml:80:7
%6170 = assign %97, %6169 : f32[64] @ models/lib/nn.yaml:80:7
%6171 = all_reduce_sum %5235 : f32[16,64] @ models/lib/nn.yaml:79:7
%6172 = reshape %6171 : f32[1024] @ models/lib/nn.yaml:79:7
%6173 = mul %6172, %6172 : f32[1024] @ models/lib/nn.yaml:79:7
%6174 = reduce_sum %6173 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6175 = sqrt %6174 : f32[] @ models/lib/nn.yaml:79:7
%6176 = cast %6175 : f64[] @ models/lib/nn.yaml:79:7
%6177 = add %6176, %5442 : f64[] @ models/lib/nn.yaml:79:7
%6178 = div %5444, %6177 : f64[] @ models/lib/nn.yaml:79:7
%6179 = lt %6178, %5446 : bool[] @ models/lib/nn.yaml:79:7
%6180 = cast %6178 : f32[] @ models/lib/nn.yaml:79:7
%6181 = broadcast %6180 : f32[16,64] @ models/lib/nn.yaml:79:7
%6182 = mul %6171, %6181 : f32[16,64] @ models/lib/nn.yaml:79:7
%6183 = broadcast %6179 : bool[16,64] @ models/lib/nn.yaml:79:7
%6184 = select %6183, %6182, %6171 : f32[16,64] @ models/lib/nn.yaml:79:7
%6185 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6186 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6187 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6188 = add %6187, %5456 : i64[] @ models/lib/nn.yaml:79:7
%6189 = broadcast %5460 : f32[16,64] @ models/lib/nn.yaml:79:7
%6190 = mul %20, %6189 : f32[16,64] @ models/lib/nn.yaml:79:7
%6191 = broadcast %3111 : f32[16,64] @ models/lib/nn.yaml:79:7
%6192 = mul %6184, %6191 : f32[16,64] @ models/lib/nn.yaml:79:7
%6193 = broadcast %2138 : f32[16,64] @ models/lib/nn.yaml:79:7
%6194 = mul %6185, %6193 : f32[16,64] @ models/lib/nn.yaml:79:7
%6195 = add %6194, %6192 : f32[16,64] @ models/lib/nn.yaml:79:7
%6196 = mul %6184, %6184 : f32[16,64] @ models/lib/nn.yaml:79:7
%6197 = broadcast %5470 : f32[16,64] @ models/lib/nn.yaml:79:7
%6198 = mul %6196, %6197 : f32[16,64] @ models/lib/nn.yaml:79:7
%6199 = broadcast %5474 : f32[16,64] @ models/lib/nn.yaml:79:7
%6200 = mul %6186, %6199 : f32[16,64] @ models/lib/nn.yaml:79:7
%6201 = add %6200, %6198 : f32[16,64] @ models/lib/nn.yaml:79:7
%6202 = cast %6188 : f64[] @ models/lib/nn.yaml:79:7
%6203 = pow %5465, %6202 : f64[] @ models/lib/nn.yaml:79:7
%6204 = sub %5446, %6203 : f64[] @ models/lib/nn.yaml:79:7
%6205 = div %3382, %6204 : f64[] @ models/lib/nn.yaml:79:7
%6206 = pow %5473, %6202 : f64[] @ models/lib/nn.yaml:79:7
%6207 = sub %5446, %6206 : f64[] @ models/lib/nn.yaml:79:7
%6208 = sqrt %6207 : f64[] @ models/lib/nn.yaml:79:7
%6209 = div %5446, %6208 : f64[] @ models/lib/nn.yaml:79:7
%6210 = sqrt %6201 : f32[16,64] @ models/lib/nn.yaml:79:7
%6211 = cast %6209 : f32[] @ models/lib/nn.yaml:79:7
%6212 = broadcast %6211 : f32[16,64] @ models/lib/nn.yaml:79:7
%6213 = mul %6210, %6212 : f32[16,64] @ models/lib/nn.yaml:79:7
%6214 = broadcast %5490 : f32[16,64] @ models/lib/nn.yaml:79:7
%6215 = add %6213, %6214 : f32[16,64] @ models/lib/nn.yaml:79:7
%6216 = div %6195, %6215 : f32[16,64] @ models/lib/nn.yaml:79:7
%6217 = cast %6205 : f32[] @ models/lib/nn.yaml:79:7
%6218 = broadcast %6217 : f32[16,64] @ models/lib/nn.yaml:79:7
%6219 = mul %6216, %6218 : f32[16,64] @ models/lib/nn.yaml:79:7
%6220 = sub %6190, %6219 : f32[16,64] @ models/lib/nn.yaml:79:7
%6221 = assign %20, %6220 : f32[16,64] @ models/lib/nn.yaml:79:7
%6222 = assign %6185, %6195 : f32[16,64] @ models/lib/nn.yaml:79:7
%6223 = assign %6186, %6201 : f32[16,64] @ models/lib/nn.yaml:79:7
%6224 = assign %6187, %6188 : i64[] @ models/lib/nn.yaml:79:7
%6225 = broadcast %3 : f32[16,64] @ models/lib/nn.yaml:79:7
%6226 = mul %98, %6225 : f32[16,64] @ models/lib/nn.yaml:79:7
%6227 = broadcast %5505 : f32[16,64] @ models/lib/nn.yaml:79:7
%6228 = mul %6220, %6227 : f32[16,64] @ models/lib/nn.yaml:79:7
%6229 = add %6226, %6228 : f32[16,64] @ models/lib/nn.yaml:79:7
%6230 = assign %98, %6229 : f32[16,64] @ models/lib/nn.yaml:79:7
%6231 = all_reduce_sum %5230 : f32[16] @ models/lib/nn.yaml:80:7
%6232 = mul %6231, %6231 : f32[16] @ models/lib/nn.yaml:80:7
%6233 = reduce_sum %6232 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6234 = sqrt %6233 : f32[] @ models/lib/nn.yaml:80:7
%6235 = cast %6234 : f64[] @ models/lib/nn.yaml:80:7
%6236 = add %6235, %5442 : f64[] @ models/lib/nn.yaml:80:7
%6237 = div %5444, %6236 : f64[] @ models/lib/nn.yaml:80:7
%6238 = lt %6237, %5446 : bool[] @ models/lib/nn.yaml:80:7
%6239 = cast %6237 : f32[] @ models/lib/nn.yaml:80:7
%6240 = broadcast %6239 : f32[16] @ models/lib/nn.yaml:80:7
%6241 = mul %6231, %6240 : f32[16] @ models/lib/nn.yaml:80:7
%6242 = broadcast %6238 : bool[16] @ models/lib/nn.yaml:80:7
%6243 = select %6242, %6241, %6231 : f32[16] @ models/lib/nn.yaml:80:7
%6244 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6245 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6246 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6247 = add %6246, %5456 : i64[] @ models/lib/nn.yaml:80:7
%6248 = mul %6243, %5587 : f32[16] @ models/lib/nn.yaml:80:7
%6249 = mul %6244, %5589 : f32[16] @ models/lib/nn.yaml:80:7
%6250 = add %6249, %6248 : f32[16] @ models/lib/nn.yaml:80:7
%6251 = mul %6243, %6243 : f32[16] @ models/lib/nn.yaml:80:7
%6252 = mul %6251, %5593 : f32[16] @ models/lib/nn.yaml:80:7
%6253 = mul %6245, %5595 : f32[16] @ models/lib/nn.yaml:80:7
%6254 = add %6253, %6252 : f32[16] @ models/lib/nn.yaml:80:7
%6255 = cast %6247 : f64[] @ models/lib/nn.yaml:80:7
%6256 = pow %5465, %6255 : f64[] @ models/lib/nn.yaml:80:7
%6257 = sub %5446, %6256 : f64[] @ models/lib/nn.yaml:80:7
%6258 = div %3382, %6257 : f64[] @ models/lib/nn.yaml:80:7
%6259 = pow %5473, %6255 : f64[] @ models/lib/nn.yaml:80:7
%6260 = sub %5446, %6259 : f64[] @ models/lib/nn.yaml:80:7
%6261 = sqrt %6260 : f64[] @ models/lib/nn.yaml:80:7
%6262 = div %5446, %6261 : f64[] @ models/lib/nn.yaml:80:7
%6263 = sqrt %6254 : f32[16] @ models/lib/nn.yaml:80:7
%6264 = cast %6262 : f32[] @ models/lib/nn.yaml:80:7
%6265 = broadcast %6264 : f32[16] @ models/lib/nn.yaml:80:7
%6266 = mul %6263, %6265 : f32[16] @ models/lib/nn.yaml:80:7
%6267 = add %6266, %5610 : f32[16] @ models/lib/nn.yaml:80:7
%6268 = div %6250, %6267 : f32[16] @ models/lib/nn.yaml:80:7
%6269 = cast %6258 : f32[] @ models/lib/nn.yaml:80:7
%6270 = broadcast %6269 : f32[16] @ models/lib/nn.yaml:80:7
%6271 = mul %6268, %6270 : f32[16] @ models/lib/nn.yaml:80:7
%6272 = sub %21, %6271 : f32[16] @ models/lib/nn.yaml:80:7
%6273 = assign %21, %6272 : f32[16] @ models/lib/nn.yaml:80:7
%6274 = assign %6244, %6250 : f32[16] @ models/lib/nn.yaml:80:7
%6275 = assign %6245, %6254 : f32[16] @ models/lib/nn.yaml:80:7
%6276 = assign %6246, %6247 : i64[] @ models/lib/nn.yaml:80:7
%6277 = mul %99, %5621 : f32[16] @ models/lib/nn.yaml:80:7
%6278 = mul %6272, %5623 : f32[16] @ models/lib/nn.yaml:80:7
%6279 = add %6277, %6278 : f32[16] @ models/lib/nn.yaml:80:7
%6280 = assign %99, %6279 : f32[16] @ models/lib/nn.yaml:80:7
%6281 = all_reduce_sum %5207 : f32[16] @ models/lib/nn.yaml:89:7
%6282 = mul %6281, %6281 : f32[16] @ models/lib/nn.yaml:89:7
%6283 = reduce_sum %6282 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6284 = sqrt %6283 : f32[] @ models/lib/nn.yaml:89:7
%6285 = cast %6284 : f64[] @ models/lib/nn.yaml:89:7
%6286 = add %6285, %5442 : f64[] @ models/lib/nn.yaml:89:7
%6287 = div %5444, %6286 : f64[] @ models/lib/nn.yaml:89:7
%6288 = lt %6287, %5446 : bool[] @ models/lib/nn.yaml:89:7
%6289 = cast %6287 : f32[] @ models/lib/nn.yaml:89:7
%6290 = broadcast %6289 : f32[16] @ models/lib/nn.yaml:89:7
%6291 = mul %6281, %6290 : f32[16] @ models/lib/nn.yaml:89:7
%6292 = broadcast %6288 : bool[16] @ models/lib/nn.yaml:89:7
%6293 = select %6292, %6291, %6281 : f32[16] @ models/lib/nn.yaml:89:7
%6294 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6295 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6296 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6297 = add %6296, %5456 : i64[] @ models/lib/nn.yaml:89:7
%6298 = mul %6293, %5587 : f32[16] @ models/lib/nn.yaml:89:7
%6299 = mul %6294, %5589 : f32[16] @ models/lib/nn.yaml:89:7
%6300 = add %6299, %6298 : f32[16] @ models/lib/nn.yaml:89:7
%6301 = mul %6293, %6293 : f32[16] @ models/lib/nn.yaml:89:7
%6302 = mul %6301, %5593 : f32[16] @ models/lib/nn.yaml:89:7
%6303 = mul %6295, %5595 : f32[16] @ models/lib/nn.yaml:89:7
%6304 = add %6303, %6302 : f32[16] @ models/lib/nn.yaml:89:7
%6305 = cast %6297 : f64[] @ models/lib/nn.yaml:89:7
%6306 = pow %5465, %6305 : f64[] @ models/lib/nn.yaml:89:7
%6307 = sub %5446, %6306 : f64[] @ models/lib/nn.yaml:89:7
%6308 = div %3382, %6307 : f64[] @ models/lib/nn.yaml:89:7
%6309 = pow %5473, %6305 : f64[] @ models/lib/nn.yaml:89:7
%6310 = sub %5446, %6309 : f64[] @ models/lib/nn.yaml:89:7
%6311 = sqrt %6310 : f64[] @ models/lib/nn.yaml:89:7
%6312 = div %5446, %6311 : f64[] @ models/lib/nn.yaml:89:7
%6313 = sqrt %6304 : f32[16] @ models/lib/nn.yaml:89:7
%6314 = cast %6312 : f32[] @ models/lib/nn.yaml:89:7
%6315 = broadcast %6314 : f32[16] @ models/lib/nn.yaml:89:7
%6316 = mul %6313, %6315 : f32[16] @ models/lib/nn.yaml:89:7
%6317 = add %6316, %5610 : f32[16] @ models/lib/nn.yaml:89:7
%6318 = div %6300, %6317 : f32[16] @ models/lib/nn.yaml:89:7
%6319 = cast %6308 : f32[] @ models/lib/nn.yaml:89:7
%6320 = broadcast %6319 : f32[16] @ models/lib/nn.yaml:89:7
%6321 = mul %6318, %6320 : f32[16] @ models/lib/nn.yaml:89:7
%6322 = sub %22, %6321 : f32[16] @ models/lib/nn.yaml:89:7
%6323 = assign %22, %6322 : f32[16] @ models/lib/nn.yaml:89:7
%6324 = assign %6294, %6300 : f32[16] @ models/lib/nn.yaml:89:7
%6325 = assign %6295, %6304 : f32[16] @ models/lib/nn.yaml:89:7
%6326 = assign %6296, %6297 : i64[] @ models/lib/nn.yaml:89:7
%6327 = mul %100, %5621 : f32[16] @ models/lib/nn.yaml:89:7
%6328 = mul %6322, %5623 : f32[16] @ models/lib/nn.yaml:89:7
%6329 = add %6327, %6328 : f32[16] @ models/lib/nn.yaml:89:7
%6330 = assign %100, %6329 : f32[16] @ models/lib/nn.yaml:89:7
%6331 = all_reduce_sum %5200 : f32[16] @ models/lib/nn.yaml:90:7
%6332 = mul %6331, %6331 : f32[16] @ models/lib/nn.yaml:90:7
%6333 = reduce_sum %6332 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6334 = sqrt %6333 : f32[] @ models/lib/nn.yaml:90:7
%6335 = cast %6334 : f64[] @ models/lib/nn.yaml:90:7
%6336 = add %6335, %5442 : f64[] @ models/lib/nn.yaml:90:7
%6337 = div %5444, %6336 : f64[] @ models/lib/nn.yaml:90:7
%6338 = lt %6337, %5446 : bool[] @ models/lib/nn.yaml:90:7
%6339 = cast %6337 : f32[] @ models/lib/nn.yaml:90:7
%6340 = broadcast %6339 : f32[16] @ models/lib/nn.yaml:90:7
%6341 = mul %6331, %6340 : f32[16] @ models/lib/nn.yaml:90:7
%6342 = broadcast %6338 : bool[16] @ models/lib/nn.yaml:90:7
%6343 = select %6342, %6341, %6331 : f32[16] @ models/lib/nn.yaml:90:7
%6344 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6345 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6346 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6347 = add %6346, %5456 : i64[] @ models/lib/nn.yaml:90:7
%6348 = mul %6343, %5587 : f32[16] @ models/lib/nn.yaml:90:7
%6349 = mul %6344, %5589 : f32[16] @ models/lib/nn.yaml:90:7
%6350 = add %6349, %6348 : f32[16] @ models/lib/nn.yaml:90:7
%6351 = mul %6343, %6343 : f32[16] @ models/lib/nn.yaml:90:7
%6352 = mul %6351, %5593 : f32[16] @ models/lib/nn.yaml:90:7
%6353 = mul %6345, %5595 : f32[16] @ models/lib/nn.yaml:90:7
%6354 = add %6353, %6352 : f32[16] @ models/lib/nn.yaml:90:7
%6355 = cast %6347 : f64[] @ models/lib/nn.yaml:90:7
%6356 = pow %5465, %6355 : f64[] @ models/lib/nn.yaml:90:7
%6357 = sub %5446, %6356 : f64[] @ models/lib/nn.yaml:90:7
%6358 = div %3382, %6357 : f64[] @ models/lib/nn.yaml:90:7
%6359 = pow %5473, %6355 : f64[] @ models/lib/nn.yaml:90:7
%6360 = sub %5446, %6359 : f64[] @ models/lib/nn.yaml:90:7
%6361 = sqrt %6360 : f64[] @ models/lib/nn.yaml:90:7
%6362 = div %5446, %6361 : f64[] @ models/lib/nn.yaml:90:7
%6363 = sqrt %6354 : f32[16] @ models/lib/nn.yaml:90:7
%6364 = cast %6362 : f32[] @ models/lib/nn.yaml:90:7
%6365 = broadcast %6364 : f32[16] @ models/lib/nn.yaml:90:7
%6366 = mul %6363, %6365 : f32[16] @ models/lib/nn.yaml:90:7
%6367 = add %6366, %5610 : f32[16] @ models/lib/nn.yaml:90:7
%6368 = div %6350, %6367 : f32[16] @ models/lib/nn.yaml:90:7
%6369 = cast %6358 : f32[] @ models/lib/nn.yaml:90:7
%6370 = broadcast %6369 : f32[16] @ models/lib/nn.yaml:90:7
%6371 = mul %6368, %6370 : f32[16] @ models/lib/nn.yaml:90:7
%6372 = sub %23, %6371 : f32[16] @ models/lib/nn.yaml:90:7
%6373 = assign %23, %6372 : f32[16] @ models/lib/nn.yaml:90:7
%6374 = assign %6344, %6350 : f32[16] @ models/lib/nn.yaml:90:7
%6375 = assign %6345, %6354 : f32[16] @ models/lib/nn.yaml:90:7
%6376 = assign %6346, %6347 : i64[] @ models/lib/nn.yaml:90:7
%6377 = mul %101, %5621 : f32[16] @ models/lib/nn.yaml:90:7
%6378 = mul %6372, %5623 : f32[16] @ models/lib/nn.yaml:90:7
%6379 = add %6377, %6378 : f32[16] @ models/lib/nn.yaml:90:7
%6380 = assign %101, %6379 : f32[16] @ models/lib/nn.yaml:90:7
%6381 = all_reduce_sum %5195 : f32[48,16] @ models/lib/nn.yaml:79:7
%6382 = reshape %6381 : f32[768] @ models/lib/nn.yaml:79:7
%6383 = mul %6382, %6382 : f32[768] @ models/lib/nn.yaml:79:7
%6384 = reduce_sum %6383 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6385 = sqrt %6384 : f32[] @ models/lib/nn.yaml:79:7
%6386 = cast %6385 : f64[] @ models/lib/nn.yaml:79:7
%6387 = add %6386, %5442 : f64[] @ models/lib/nn.yaml:79:7
%6388 = div %5444, %6387 : f64[] @ models/lib/nn.yaml:79:7
%6389 = lt %6388, %5446 : bool[] @ models/lib/nn.yaml:79:7
%6390 = cast %6388 : f32[] @ models/lib/nn.yaml:79:7
%6391 = broadcast %6390 : f32[48,16] @ models/lib/nn.yaml:79:7
%6392 = mul %6381, %6391 : f32[48,16] @ models/lib/nn.yaml:79:7
%6393 = broadcast %6389 : bool[48,16] @ models/lib/nn.yaml:79:7
%6394 = select %6393, %6392, %6381 : f32[48,16] @ models/lib/nn.yaml:79:7
%6395 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6396 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6397 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6398 = add %6397, %5456 : i64[] @ models/lib/nn.yaml:79:7
%6399 = mul %24, %5745 : f32[48,16] @ models/lib/nn.yaml:79:7
%6400 = mul %6394, %5747 : f32[48,16] @ models/lib/nn.yaml:79:7
%6401 = mul %6395, %5749 : f32[48,16] @ models/lib/nn.yaml:79:7
%6402 = add %6401, %6400 : f32[48,16] @ models/lib/nn.yaml:79:7
%6403 = mul %6394, %6394 : f32[48,16] @ models/lib/nn.yaml:79:7
%6404 = mul %6403, %5753 : f32[48,16] @ models/lib/nn.yaml:79:7
%6405 = mul %6396, %5755 : f32[48,16] @ models/lib/nn.yaml:79:7
%6406 = add %6405, %6404 : f32[48,16] @ models/lib/nn.yaml:79:7
%6407 = cast %6398 : f64[] @ models/lib/nn.yaml:79:7
%6408 = pow %5465, %6407 : f64[] @ models/lib/nn.yaml:79:7
%6409 = sub %5446, %6408 : f64[] @ models/lib/nn.yaml:79:7
%6410 = div %3382, %6409 : f64[] @ models/lib/nn.yaml:79:7
%6411 = pow %5473, %6407 : f64[] @ models/lib/nn.yaml:79:7
%6412 = sub %5446, %6411 : f64[] @ models/lib/nn.yaml:79:7
%6413 = sqrt %6412 : f64[] @ models/lib/nn.yaml:79:7
%6414 = div %5446, %6413 : f64[] @ models/lib/nn.yaml:79:7
%6415 = sqrt %6406 : f32[48,16] @ models/lib/nn.yaml:79:7
%6416 = cast %6414 : f32[] @ models/lib/nn.yaml:79:7
%6417 = broadcast %6416 : f32[48,16] @ models/lib/nn.yaml:79:7
%6418 = mul %6415, %6417 : f32[48,16] @ models/lib/nn.yaml:79:7
%6419 = add %6418, %5770 : f32[48,16] @ models/lib/nn.yaml:79:7
%6420 = div %6402, %6419 : f32[48,16] @ models/lib/nn.yaml:79:7
%6421 = cast %6410 : f32[] @ models/lib/nn.yaml:79:7
%6422 = broadcast %6421 : f32[48,16] @ models/lib/nn.yaml:79:7
%6423 = mul %6420, %6422 : f32[48,16] @ models/lib/nn.yaml:79:7
%6424 = sub %6399, %6423 : f32[48,16] @ models/lib/nn.yaml:79:7
%6425 = assign %24, %6424 : f32[48,16] @ models/lib/nn.yaml:79:7
%6426 = assign %6395, %6402 : f32[48,16] @ models/lib/nn.yaml:79:7
%6427 = assign %6396, %6406 : f32[48,16] @ models/lib/nn.yaml:79:7
%6428 = assign %6397, %6398 : i64[] @ models/lib/nn.yaml:79:7
%6429 = mul %102, %5781 : f32[48,16] @ models/lib/nn.yaml:79:7
%6430 = mul %6424, %5783 : f32[48,16] @ models/lib/nn.yaml:79:7
%6431 = add %6429, %6430 : f32[48,16] @ models/lib/nn.yaml:79:7
%6432 = assign %102, %6431 : f32[48,16] @ models/lib/nn.yaml:79:7
%6433 = all_reduce_sum %5190 : f32[48] @ models/lib/nn.yaml:80:7
%6434 = mul %6433, %6433 : f32[48] @ models/lib/nn.yaml:80:7
%6435 = reduce_sum %6434 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6436 = sqrt %6435 : f32[] @ models/lib/nn.yaml:80:7
%6437 = cast %6436 : f64[] @ models/lib/nn.yaml:80:7
%6438 = add %6437, %5442 : f64[] @ models/lib/nn.yaml:80:7
%6439 = div %5444, %6438 : f64[] @ models/lib/nn.yaml:80:7
%6440 = lt %6439, %5446 : bool[] @ models/lib/nn.yaml:80:7
%6441 = cast %6439 : f32[] @ models/lib/nn.yaml:80:7
%6442 = broadcast %6441 : f32[48] @ models/lib/nn.yaml:80:7
%6443 = mul %6433, %6442 : f32[48] @ models/lib/nn.yaml:80:7
%6444 = broadcast %6440 : bool[48] @ models/lib/nn.yaml:80:7
%6445 = select %6444, %6443, %6433 : f32[48] @ models/lib/nn.yaml:80:7
%6446 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6447 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6448 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6449 = add %6448, %5456 : i64[] @ models/lib/nn.yaml:80:7
%6450 = mul %6445, %5804 : f32[48] @ models/lib/nn.yaml:80:7
%6451 = mul %6446, %5806 : f32[48] @ models/lib/nn.yaml:80:7
%6452 = add %6451, %6450 : f32[48] @ models/lib/nn.yaml:80:7
%6453 = mul %6445, %6445 : f32[48] @ models/lib/nn.yaml:80:7
%6454 = mul %6453, %5810 : f32[48] @ models/lib/nn.yaml:80:7
%6455 = mul %6447, %5812 : f32[48] @ models/lib/nn.yaml:80:7
%6456 = add %6455, %6454 : f32[48] @ models/lib/nn.yaml:80:7
%6457 = cast %6449 : f64[] @ models/lib/nn.yaml:80:7
%6458 = pow %5465, %6457 : f64[] @ models/lib/nn.yaml:80:7
%6459 = sub %5446, %6458 : f64[] @ models/lib/nn.yaml:80:7
%6460 = div %3382, %6459 : f64[] @ models/lib/nn.yaml:80:7
%6461 = pow %5473, %6457 : f64[] @ models/lib/nn.yaml:80:7
%6462 = sub %5446, %6461 : f64[] @ models/lib/nn.yaml:80:7
%6463 = sqrt %6462 : f64[] @ models/lib/nn.yaml:80:7
%6464 = div %5446, %6463 : f64[] @ models/lib/nn.yaml:80:7
%6465 = sqrt %6456 : f32[48] @ models/lib/nn.yaml:80:7
%6466 = cast %6464 : f32[] @ models/lib/nn.yaml:80:7
%6467 = broadcast %6466 : f32[48] @ models/lib/nn.yaml:80:7
%6468 = mul %6465, %6467 : f32[48] @ models/lib/nn.yaml:80:7
%6469 = add %6468, %5827 : f32[48] @ models/lib/nn.yaml:80:7
%6470 = div %6452, %6469 : f32[48] @ models/lib/nn.yaml:80:7
%6471 = cast %6460 : f32[] @ models/lib/nn.yaml:80:7
%6472 = broadcast %6471 : f32[48] @ models/lib/nn.yaml:80:7
%6473 = mul %6470, %6472 : f32[48] @ models/lib/nn.yaml:80:7
%6474 = sub %25, %6473 : f32[48] @ models/lib/nn.yaml:80:7
%6475 = assign %25, %6474 : f32[48] @ models/lib/nn.yaml:80:7
%6476 = assign %6446, %6452 : f32[48] @ models/lib/nn.yaml:80:7
%6477 = assign %6447, %6456 : f32[48] @ models/lib/nn.yaml:80:7
%6478 = assign %6448, %6449 : i64[] @ models/lib/nn.yaml:80:7
%6479 = mul %103, %5838 : f32[48] @ models/lib/nn.yaml:80:7
%6480 = mul %6474, %5840 : f32[48] @ models/lib/nn.yaml:80:7
%6481 = add %6479, %6480 : f32[48] @ models/lib/nn.yaml:80:7
%6482 = assign %103, %6481 : f32[48] @ models/lib/nn.yaml:80:7
%6483 = all_reduce_sum %5100 : f32[16,16] @ models/lib/nn.yaml:79:7
%6484 = reshape %6483 : f32[256] @ models/lib/nn.yaml:79:7
%6485 = mul %6484, %6484 : f32[256] @ models/lib/nn.yaml:79:7
%6486 = reduce_sum %6485 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6487 = sqrt %6486 : f32[] @ models/lib/nn.yaml:79:7
%6488 = cast %6487 : f64[] @ models/lib/nn.yaml:79:7
%6489 = add %6488, %5442 : f64[] @ models/lib/nn.yaml:79:7
%6490 = div %5444, %6489 : f64[] @ models/lib/nn.yaml:79:7
%6491 = lt %6490, %5446 : bool[] @ models/lib/nn.yaml:79:7
%6492 = cast %6490 : f32[] @ models/lib/nn.yaml:79:7
%6493 = broadcast %6492 : f32[16,16] @ models/lib/nn.yaml:79:7
%6494 = mul %6483, %6493 : f32[16,16] @ models/lib/nn.yaml:79:7
%6495 = broadcast %6491 : bool[16,16] @ models/lib/nn.yaml:79:7
%6496 = select %6495, %6494, %6483 : f32[16,16] @ models/lib/nn.yaml:79:7
%6497 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6498 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6499 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6500 = add %6499, %5456 : i64[] @ models/lib/nn.yaml:79:7
%6501 = mul %26, %5862 : f32[16,16] @ models/lib/nn.yaml:79:7
%6502 = mul %6496, %5864 : f32[16,16] @ models/lib/nn.yaml:79:7
%6503 = mul %6497, %5866 : f32[16,16] @ models/lib/nn.yaml:79:7
%6504 = add %6503, %6502 : f32[16,16] @ models/lib/nn.yaml:79:7
%6505 = mul %6496, %6496 : f32[16,16] @ models/lib/nn.yaml:79:7
%6506 = mul %6505, %5870 : f32[16,16] @ models/lib/nn.yaml:79:7
%6507 = mul %6498, %5872 : f32[16,16] @ models/lib/nn.yaml:79:7
%6508 = add %6507, %6506 : f32[16,16] @ models/lib/nn.yaml:79:7
%6509 = cast %6500 : f64[] @ models/lib/nn.yaml:79:7
%6510 = pow %5465, %6509 : f64[] @ models/lib/nn.yaml:79:7
%6511 = sub %5446, %6510 : f64[] @ models/lib/nn.yaml:79:7
%6512 = div %3382, %6511 : f64[] @ models/lib/nn.yaml:79:7
%6513 = pow %5473, %6509 : f64[] @ models/lib/nn.yaml:79:7
%6514 = sub %5446, %6513 : f64[] @ models/lib/nn.yaml:79:7
%6515 = sqrt %6514 : f64[] @ models/lib/nn.yaml:79:7
%6516 = div %5446, %6515 : f64[] @ models/lib/nn.yaml:79:7
%6517 = sqrt %6508 : f32[16,16] @ models/lib/nn.yaml:79:7
%6518 = cast %6516 : f32[] @ models/lib/nn.yaml:79:7
%6519 = broadcast %6518 : f32[16,16] @ models/lib/nn.yaml:79:7
%6520 = mul %6517, %6519 : f32[16,16] @ models/lib/nn.yaml:79:7
%6521 = add %6520, %5887 : f32[16,16] @ models/lib/nn.yaml:79:7
%6522 = div %6504, %6521 : f32[16,16] @ models/lib/nn.yaml:79:7
%6523 = cast %6512 : f32[] @ models/lib/nn.yaml:79:7
%6524 = broadcast %6523 : f32[16,16] @ models/lib/nn.yaml:79:7
%6525 = mul %6522, %6524 : f32[16,16] @ models/lib/nn.yaml:79:7
%6526 = sub %6501, %6525 : f32[16,16] @ models/lib/nn.yaml:79:7
%6527 = assign %26, %6526 : f32[16,16] @ models/lib/nn.yaml:79:7
%6528 = assign %6497, %6504 : f32[16,16] @ models/lib/nn.yaml:79:7
%6529 = assign %6498, %6508 : f32[16,16] @ models/lib/nn.yaml:79:7
%6530 = assign %6499, %6500 : i64[] @ models/lib/nn.yaml:79:7
%6531 = mul %104, %5898 : f32[16,16] @ models/lib/nn.yaml:79:7
%6532 = mul %6526, %5900 : f32[16,16] @ models/lib/nn.yaml:79:7
%6533 = add %6531, %6532 : f32[16,16] @ models/lib/nn.yaml:79:7
%6534 = assign %104, %6533 : f32[16,16] @ models/lib/nn.yaml:79:7
%6535 = all_reduce_sum %5095 : f32[16] @ models/lib/nn.yaml:80:7
%6536 = mul %6535, %6535 : f32[16] @ models/lib/nn.yaml:80:7
%6537 = reduce_sum %6536 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6538 = sqrt %6537 : f32[] @ models/lib/nn.yaml:80:7
%6539 = cast %6538 : f64[] @ models/lib/nn.yaml:80:7
%6540 = add %6539, %5442 : f64[] @ models/lib/nn.yaml:80:7
%6541 = div %5444, %6540 : f64[] @ models/lib/nn.yaml:80:7
%6542 = lt %6541, %5446 : bool[] @ models/lib/nn.yaml:80:7
%6543 = cast %6541 : f32[] @ models/lib/nn.yaml:80:7
%6544 = broadcast %6543 : f32[16] @ models/lib/nn.yaml:80:7
%6545 = mul %6535, %6544 : f32[16] @ models/lib/nn.yaml:80:7
%6546 = broadcast %6542 : bool[16] @ models/lib/nn.yaml:80:7
%6547 = select %6546, %6545, %6535 : f32[16] @ models/lib/nn.yaml:80:7
%6548 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6549 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6550 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6551 = add %6550, %5456 : i64[] @ models/lib/nn.yaml:80:7
%6552 = mul %6547, %5587 : f32[16] @ models/lib/nn.yaml:80:7
%6553 = mul %6548, %5589 : f32[16] @ models/lib/nn.yaml:80:7
%6554 = add %6553, %6552 : f32[16] @ models/lib/nn.yaml:80:7
%6555 = mul %6547, %6547 : f32[16] @ models/lib/nn.yaml:80:7
%6556 = mul %6555, %5593 : f32[16] @ models/lib/nn.yaml:80:7
%6557 = mul %6549, %5595 : f32[16] @ models/lib/nn.yaml:80:7
%6558 = add %6557, %6556 : f32[16] @ models/lib/nn.yaml:80:7
%6559 = cast %6551 : f64[] @ models/lib/nn.yaml:80:7
%6560 = pow %5465, %6559 : f64[] @ models/lib/nn.yaml:80:7
%6561 = sub %5446, %6560 : f64[] @ models/lib/nn.yaml:80:7
%6562 = div %3382, %6561 : f64[] @ models/lib/nn.yaml:80:7
%6563 = pow %5473, %6559 : f64[] @ models/lib/nn.yaml:80:7
%6564 = sub %5446, %6563 : f64[] @ models/lib/nn.yaml:80:7
%6565 = sqrt %6564 : f64[] @ models/lib/nn.yaml:80:7
%6566 = div %5446, %6565 : f64[] @ models/lib/nn.yaml:80:7
%6567 = sqrt %6558 : f32[16] @ models/lib/nn.yaml:80:7
%6568 = cast %6566 : f32[] @ models/lib/nn.yaml:80:7
%6569 = broadcast %6568 : f32[16] @ models/lib/nn.yaml:80:7
%6570 = mul %6567, %6569 : f32[16] @ models/lib/nn.yaml:80:7
%6571 = add %6570, %5610 : f32[16] @ models/lib/nn.yaml:80:7
%6572 = div %6554, %6571 : f32[16] @ models/lib/nn.yaml:80:7
%6573 = cast %6562 : f32[] @ models/lib/nn.yaml:80:7
%6574 = broadcast %6573 : f32[16] @ models/lib/nn.yaml:80:7
%6575 = mul %6572, %6574 : f32[16] @ models/lib/nn.yaml:80:7
%6576 = sub %27, %6575 : f32[16] @ models/lib/nn.yaml:80:7
%6577 = assign %27, %6576 : f32[16] @ models/lib/nn.yaml:80:7
%6578 = assign %6548, %6554 : f32[16] @ models/lib/nn.yaml:80:7
%6579 = assign %6549, %6558 : f32[16] @ models/lib/nn.yaml:80:7
%6580 = assign %6550, %6551 : i64[] @ models/lib/nn.yaml:80:7
%6581 = mul %105, %5621 : f32[16] @ models/lib/nn.yaml:80:7
%6582 = mul %6576, %5623 : f32[16] @ models/lib/nn.yaml:80:7
%6583 = add %6581, %6582 : f32[16] @ models/lib/nn.yaml:80:7
%6584 = assign %105, %6583 : f32[16] @ models/lib/nn.yaml:80:7
%6585 = all_reduce_sum %5069 : f32[16] @ models/lib/nn.yaml:89:7
%6586 = mul %6585, %6585 : f32[16] @ models/lib/nn.yaml:89:7
%6587 = reduce_sum %6586 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6588 = sqrt %6587 : f32[] @ models/lib/nn.yaml:89:7
%6589 = cast %6588 : f64[] @ models/lib/nn.yaml:89:7
%6590 = add %6589, %5442 : f64[] @ models/lib/nn.yaml:89:7
%6591 = div %5444, %6590 : f64[] @ models/lib/nn.yaml:89:7
%6592 = lt %6591, %5446 : bool[] @ models/lib/nn.yaml:89:7
%6593 = cast %6591 : f32[] @ models/lib/nn.yaml:89:7
%6594 = broadcast %6593 : f32[16] @ models/lib/nn.yaml:89:7
%6595 = mul %6585, %6594 : f32[16] @ models/lib/nn.yaml:89:7
%6596 = broadcast %6592 : bool[16] @ models/lib/nn.yaml:89:7
%6597 = select %6596, %6595, %6585 : f32[16] @ models/lib/nn.yaml:89:7
%6598 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6599 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6600 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6601 = add %6600, %5456 : i64[] @ models/lib/nn.yaml:89:7
%6602 = mul %6597, %5587 : f32[16] @ models/lib/nn.yaml:89:7
%6603 = mul %6598, %5589 : f32[16] @ models/lib/nn.yaml:89:7
%6604 = add %6603, %6602 : f32[16] @ models/lib/nn.yaml:89:7
%6605 = mul %6597, %6597 : f32[16] @ models/lib/nn.yaml:89:7
%6606 = mul %6605, %5593 : f32[16] @ models/lib/nn.yaml:89:7
%6607 = mul %6599, %5595 : f32[16] @ models/lib/nn.yaml:89:7
%6608 = add %6607, %6606 : f32[16] @ models/lib/nn.yaml:89:7
%6609 = cast %6601 : f64[] @ models/lib/nn.yaml:89:7
%6610 = pow %5465, %6609 : f64[] @ models/lib/nn.yaml:89:7
%6611 = sub %5446, %6610 : f64[] @ models/lib/nn.yaml:89:7
%6612 = div %3382, %6611 : f64[] @ models/lib/nn.yaml:89:7
%6613 = pow %5473, %6609 : f64[] @ models/lib/nn.yaml:89:7
%6614 = sub %5446, %6613 : f64[] @ models/lib/nn.yaml:89:7
%6615 = sqrt %6614 : f64[] @ models/lib/nn.yaml:89:7
%6616 = div %5446, %6615 : f64[] @ models/lib/nn.yaml:89:7
%6617 = sqrt %6608 : f32[16] @ models/lib/nn.yaml:89:7
%6618 = cast %6616 : f32[] @ models/lib/nn.yaml:89:7
%6619 = broadcast %6618 : f32[16] @ models/lib/nn.yaml:89:7
%6620 = mul %6617, %6619 : f32[16] @ models/lib/nn.yaml:89:7
%6621 = add %6620, %5610 : f32[16] @ models/lib/nn.yaml:89:7
%6622 = div %6604, %6621 : f32[16] @ models/lib/nn.yaml:89:7
%6623 = cast %6612 : f32[] @ models/lib/nn.yaml:89:7
%6624 = broadcast %6623 : f32[16] @ models/lib/nn.yaml:89:7
%6625 = mul %6622, %6624 : f32[16] @ models/lib/nn.yaml:89:7
%6626 = sub %28, %6625 : f32[16] @ models/lib/nn.yaml:89:7
%6627 = assign %28, %6626 : f32[16] @ models/lib/nn.yaml:89:7
%6628 = assign %6598, %6604 : f32[16] @ models/lib/nn.yaml:89:7
%6629 = assign %6599, %6608 : f32[16] @ models/lib/nn.yaml:89:7
%6630 = assign %6600, %6601 : i64[] @ models/lib/nn.yaml:89:7
%6631 = mul %106, %5621 : f32[16] @ models/lib/nn.yaml:89:7
%6632 = mul %6626, %5623 : f32[16] @ models/lib/nn.yaml:89:7
%6633 = add %6631, %6632 : f32[16] @ models/lib/nn.yaml:89:7
%6634 = assign %106, %6633 : f32[16] @ models/lib/nn.yaml:89:7
%6635 = all_reduce_sum %5062 : f32[16] @ models/lib/nn.yaml:90:7
%6636 = mul %6635, %6635 : f32[16] @ models/lib/nn.yaml:90:7
%6637 = reduce_sum %6636 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6638 = sqrt %6637 : f32[] @ models/lib/nn.yaml:90:7
%6639 = cast %6638 : f64[] @ models/lib/nn.yaml:90:7
%6640 = add %6639, %5442 : f64[] @ models/lib/nn.yaml:90:7
%6641 = div %5444, %6640 : f64[] @ models/lib/nn.yaml:90:7
%6642 = lt %6641, %5446 : bool[] @ models/lib/nn.yaml:90:7
%6643 = cast %6641 : f32[] @ models/lib/nn.yaml:90:7
%6644 = broadcast %6643 : f32[16] @ models/lib/nn.yaml:90:7
%6645 = mul %6635, %6644 : f32[16] @ models/lib/nn.yaml:90:7
%6646 = broadcast %6642 : bool[16] @ models/lib/nn.yaml:90:7
%6647 = select %6646, %6645, %6635 : f32[16] @ models/lib/nn.yaml:90:7
%6648 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6649 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6650 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6651 = add %6650, %5456 : i64[] @ models/lib/nn.yaml:90:7
%6652 = mul %6647, %5587 : f32[16] @ models/lib/nn.yaml:90:7
%6653 = mul %6648, %5589 : f32[16] @ models/lib/nn.yaml:90:7
%6654 = add %6653, %6652 : f32[16] @ models/lib/nn.yaml:90:7
%6655 = mul %6647, %6647 : f32[16] @ models/lib/nn.yaml:90:7
%6656 = mul %6655, %5593 : f32[16] @ models/lib/nn.yaml:90:7
%6657 = mul %6649, %5595 : f32[16] @ models/lib/nn.yaml:90:7
%6658 = add %6657, %6656 : f32[16] @ models/lib/nn.yaml:90:7
%6659 = cast %6651 : f64[] @ models/lib/nn.yaml:90:7
%6660 = pow %5465, %6659 : f64[] @ models/lib/nn.yaml:90:7
%6661 = sub %5446, %6660 : f64[] @ models/lib/nn.yaml:90:7
%6662 = div %3382, %6661 : f64[] @ models/lib/nn.yaml:90:7
%6663 = pow %5473, %6659 : f64[] @ models/lib/nn.yaml:90:7
%6664 = sub %5446, %6663 : f64[] @ models/lib/nn.yaml:90:7
%6665 = sqrt %6664 : f64[] @ models/lib/nn.yaml:90:7
%6666 = div %5446, %6665 : f64[] @ models/lib/nn.yaml:90:7
%6667 = sqrt %6658 : f32[16] @ models/lib/nn.yaml:90:7
%6668 = cast %6666 : f32[] @ models/lib/nn.yaml:90:7
%6669 = broadcast %6668 : f32[16] @ models/lib/nn.yaml:90:7
%6670 = mul %6667, %6669 : f32[16] @ models/lib/nn.yaml:90:7
%6671 = add %6670, %5610 : f32[16] @ models/lib/nn.yaml:90:7
%6672 = div %6654, %6671 : f32[16] @ models/lib/nn.yaml:90:7
%6673 = cast %6662 : f32[] @ models/lib/nn.yaml:90:7
%6674 = broadcast %6673 : f32[16] @ models/lib/nn.yaml:90:7
%6675 = mul %6672, %6674 : f32[16] @ models/lib/nn.yaml:90:7
%6676 = sub %29, %6675 : f32[16] @ models/lib/nn.yaml:90:7
%6677 = assign %29, %6676 : f32[16] @ models/lib/nn.yaml:90:7
%6678 = assign %6648, %6654 : f32[16] @ models/lib/nn.yaml:90:7
%6679 = assign %6649, %6658 : f32[16] @ models/lib/nn.yaml:90:7
%6680 = assign %6650, %6651 : i64[] @ models/lib/nn.yaml:90:7
%6681 = mul %107, %5621 : f32[16] @ models/lib/nn.yaml:90:7
%6682 = mul %6676, %5623 : f32[16] @ models/lib/nn.yaml:90:7
%6683 = add %6681, %6682 : f32[16] @ models/lib/nn.yaml:90:7
%6684 = assign %107, %6683 : f32[16] @ models/lib/nn.yaml:90:7
%6685 = all_reduce_sum %5057 : f32[64,16] @ models/lib/nn.yaml:79:7
%6686 = reshape %6685 : f32[1024] @ models/lib/nn.yaml:79:7
%6687 = mul %6686, %6686 : f32[1024] @ models/lib/nn.yaml:79:7
%6688 = reduce_sum %6687 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6689 = sqrt %6688 : f32[] @ models/lib/nn.yaml:79:7
%6690 = cast %6689 : f64[] @ models/lib/nn.yaml:79:7
%6691 = add %6690, %5442 : f64[] @ models/lib/nn.yaml:79:7
%6692 = div %5444, %6691 : f64[] @ models/lib/nn.yaml:79:7
%6693 = lt %6692, %5446 : bool[] @ models/lib/nn.yaml:79:7
%6694 = cast %6692 : f32[] @ models/lib/nn.yaml:79:7
%6695 = broadcast %6694 : f32[64,16] @ models/lib/nn.yaml:79:7
%6696 = mul %6685, %6695 : f32[64,16] @ models/lib/nn.yaml:79:7
%6697 = broadcast %6693 : bool[64,16] @ models/lib/nn.yaml:79:7
%6698 = select %6697, %6696, %6685 : f32[64,16] @ models/lib/nn.yaml:79:7
%6699 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6700 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6701 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6702 = add %6701, %5456 : i64[] @ models/lib/nn.yaml:79:7
%6703 = mul %30, %6072 : f32[64,16] @ models/lib/nn.yaml:79:7
%6704 = mul %6698, %6074 : f32[64,16] @ models/lib/nn.yaml:79:7
%6705 = mul %6699, %6076 : f32[64,16] @ models/lib/nn.yaml:79:7
%6706 = add %6705, %6704 : f32[64,16] @ models/lib/nn.yaml:79:7
%6707 = mul %6698, %6698 : f32[64,16] @ models/lib/nn.yaml:79:7
%6708 = mul %6707, %6080 : f32[64,16] @ models/lib/nn.yaml:79:7
%6709 = mul %6700, %6082 : f32[64,16] @ models/lib/nn.yaml:79:7
%6710 = add %6709, %6708 : f32[64,16] @ models/lib/nn.yaml:79:7
%6711 = cast %6702 : f64[] @ models/lib/nn.yaml:79:7
%6712 = pow %5465, %6711 : f64[] @ models/lib/nn.yaml:79:7
%6713 = sub %5446, %6712 : f64[] @ models/lib/nn.yaml:79:7
%6714 = div %3382, %6713 : f64[] @ models/lib/nn.yaml:79:7
%6715 = pow %5473, %6711 : f64[] @ models/lib/nn.yaml:79:7
%6716 = sub %5446, %6715 : f64[] @ models/lib/nn.yaml:79:7
%6717 = sqrt %6716 : f64[] @ models/lib/nn.yaml:79:7
%6718 = div %5446, %6717 : f64[] @ models/lib/nn.yaml:79:7
%6719 = sqrt %6710 : f32[64,16] @ models/lib/nn.yaml:79:7
%6720 = cast %6718 : f32[] @ models/lib/nn.yaml:79:7
%6721 = broadcast %6720 : f32[64,16] @ models/lib/nn.yaml:79:7
%6722 = mul %6719, %6721 : f32[64,16] @ models/lib/nn.yaml:79:7
%6723 = add %6722, %6097 : f32[64,16] @ models/lib/nn.yaml:79:7
%6724 = div %6706, %6723 : f32[64,16] @ models/lib/nn.yaml:79:7
%6725 = cast %6714 : f32[] @ models/lib/nn.yaml:79:7
%6726 = broadcast %6725 : f32[64,16] @ models/lib/nn.yaml:79:7
%6727 = mul %6724, %6726 : f32[64,16] @ models/lib/nn.yaml:79:7
%6728 = sub %6703, %6727 : f32[64,16] @ models/lib/nn.yaml:79:7
%6729 = assign %30, %6728 : f32[64,16] @ models/lib/nn.yaml:79:7
%6730 = assign %6699, %6706 : f32[64,16] @ models/lib/nn.yaml:79:7
%6731 = assign %6700, %6710 : f32[64,16] @ models/lib/nn.yaml:79:7
%6732 = assign %6701, %6702 : i64[] @ models/lib/nn.yaml:79:7
%6733 = mul %108, %6108 : f32[64,16] @ models/lib/nn.yaml:79:7
%6734 = mul %6728, %6110 : f32[64,16] @ models/lib/nn.yaml:79:7
%6735 = add %6733, %6734 : f32[64,16] @ models/lib/nn.yaml:79:7
%6736 = assign %108, %6735 : f32[64,16] @ models/lib/nn.yaml:79:7
%6737 = all_reduce_sum %5052 : f32[64] @ models/lib/nn.yaml:80:7
%6738 = mul %6737, %6737 : f32[64] @ models/lib/nn.yaml:80:7
%6739 = reduce_sum %6738 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6740 = sqrt %6739 : f32[] @ models/lib/nn.yaml:80:7
%6741 = cast %6740 : f64[] @ models/lib/nn.yaml:80:7
%6742 = add %6741, %5442 : f64[] @ models/lib/nn.yaml:80:7
%6743 = div %5444, %6742 : f64[] @ models/lib/nn.yaml:80:7
%6744 = lt %6743, %5446 : bool[] @ models/lib/nn.yaml:80:7
%6745 = cast %6743 : f32[] @ models/lib/nn.yaml:80:7
%6746 = broadcast %6745 : f32[64] @ models/lib/nn.yaml:80:7
%6747 = mul %6737, %6746 : f32[64] @ models/lib/nn.yaml:80:7
%6748 = broadcast %6744 : bool[64] @ models/lib/nn.yaml:80:7
%6749 = select %6748, %6747, %6737 : f32[64] @ models/lib/nn.yaml:80:7
%6750 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6751 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6752 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6753 = add %6752, %5456 : i64[] @ models/lib/nn.yaml:80:7
%6754 = mul %6749, %6131 : f32[64] @ models/lib/nn.yaml:80:7
%6755 = mul %6750, %6133 : f32[64] @ models/lib/nn.yaml:80:7
%6756 = add %6755, %6754 : f32[64] @ models/lib/nn.yaml:80:7
%6757 = mul %6749, %6749 : f32[64] @ models/lib/nn.yaml:80:7
%6758 = mul %6757, %6137 : f32[64] @ models/lib/nn.yaml:80:7
%6759 = mul %6751, %6139 : f32[64] @ models/lib/nn.yaml:80:7
%6760 = add %6759, %6758 : f32[64] @ models/lib/nn.yaml:80:7
%6761 = cast %6753 : f64[] @ models/lib/nn.yaml:80:7
%6762 = pow %5465, %6761 : f64[] @ models/lib/nn.yaml:80:7
%6763 = sub %5446, %6762 : f64[] @ models/lib/nn.yaml:80:7
%6764 = div %3382, %6763 : f64[] @ models/lib/nn.yaml:80:7
%6765 = pow %5473, %6761 : f64[] @ models/lib/nn.yaml:80:7
%6766 = sub %5446, %6765 : f64[] @ models/lib/nn.yaml:80:7
%6767 = sqrt %6766 : f64[] @ models/lib/nn.yaml:80:7
%6768 = div %5446, %6767 : f64[] @ models/lib/nn.yaml:80:7
%6769 = sqrt %6760 : f32[64] @ models/lib/nn.yaml:80:7
%6770 = cast %6768 : f32[] @ models/lib/nn.yaml:80:7
%6771 = broadcast %6770 : f32[64] @ models/lib/nn.yaml:80:7
%6772 = mul %6769, %6771 : f32[64] @ models/lib/nn.yaml:80:7
%6773 = add %6772, %6154 : f32[64] @ models/lib/nn.yaml:80:7
%6774 = div %6756, %6773 : f32[64] @ models/lib/nn.yaml:80:7
%6775 = cast %6764 : f32[] @ models/lib/nn.yaml:80:7
%6776 = broadcast %6775 : f32[64] @ models/lib/nn.yaml:80:7
%6777 = mul %6774, %6776 : f32[64] @ models/lib/nn.yaml:80:7
%6778 = sub %31, %6777 : f32[64] @ models/lib/nn.yaml:80:7
%6779 = assign %31, %6778 : f32[64] @ models/lib/nn.yaml:80:7
%6780 = assign %6750, %6756 : f32[64] @ models/lib/nn.yaml:80:7
%6781 = assign %6751, %6760 : f32[64] @ models/lib/nn.yaml:80:7
%6782 = assign %6752, %6753 : i64[] @ models/lib/nn.yaml:80:7
%6783 = mul %109, %6165 : f32[64] @ models/lib/nn.yaml:80:7
%6784 = mul %6778, %6167 : f32[64] @ models/lib/nn.yaml:80:7
%6785 = add %6783, %6784 : f32[64] @ models/lib/nn.yaml:80:7
%6786 = assign %109, %6785 : f32[64] @ models/lib/nn.yaml:80:7
%6787 = all_reduce_sum %5033 : f32[16,64] @ models/lib/nn.yaml:79:7
%6788 = reshape %6787 : f32[1024] @ models/lib/nn.yaml:79:7
%6789 = mul %6788, %6788 : f32[1024] @ models/lib/nn.yaml:79:7
%6790 = reduce_sum %6789 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6791 = sqrt %6790 : f32[] @ models/lib/nn.yaml:79:7
%6792 = cast %6791 : f64[] @ models/lib/nn.yaml:79:7
%6793 = add %6792, %5442 : f64[] @ models/lib/nn.yaml:79:7
%6794 = div %5444, %6793 : f64[] @ models/lib/nn.yaml:79:7
%6795 = lt %6794, %5446 : bool[] @ models/lib/nn.yaml:79:7
%6796 = cast %6794 : f32[] @ models/lib/nn.yaml:79:7
%6797 = broadcast %6796 : f32[16,64] @ models/lib/nn.yaml:79:7
%6798 = mul %6787, %6797 : f32[16,64] @ models/lib/nn.yaml:79:7
%6799 = broadcast %6795 : bool[16,64] @ models/lib/nn.yaml:79:7
%6800 = select %6799, %6798, %6787 : f32[16,64] @ models/lib/nn.yaml:79:7
%6801 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6802 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6803 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6804 = add %6803, %5456 : i64[] @ models/lib/nn.yaml:79:7
%6805 = mul %32, %6189 : f32[16,64] @ models/lib/nn.yaml:79:7
%6806 = mul %6800, %6191 : f32[16,64] @ models/lib/nn.yaml:79:7
%6807 = mul %6801, %6193 : f32[16,64] @ models/lib/nn.yaml:79:7
%6808 = add %6807, %6806 : f32[16,64] @ models/lib/nn.yaml:79:7
%6809 = mul %6800, %6800 : f32[16,64] @ models/lib/nn.yaml:79:7
%6810 = mul %6809, %6197 : f32[16,64] @ models/lib/nn.yaml:79:7
%6811 = mul %6802, %6199 : f32[16,64] @ models/lib/nn.yaml:79:7
%6812 = add %6811, %6810 : f32[16,64] @ models/lib/nn.yaml:79:7
%6813 = cast %6804 : f64[] @ models/lib/nn.yaml:79:7
%6814 = pow %5465, %6813 : f64[] @ models/lib/nn.yaml:79:7
%6815 = sub %5446, %6814 : f64[] @ models/lib/nn.yaml:79:7
%6816 = div %3382, %6815 : f64[] @ models/lib/nn.yaml:79:7
%6817 = pow %5473, %6813 : f64[] @ models/lib/nn.yaml:79:7
%6818 = sub %5446, %6817 : f64[] @ models/lib/nn.yaml:79:7
%6819 = sqrt %6818 : f64[] @ models/lib/nn.yaml:79:7
%6820 = div %5446, %6819 : f64[] @ models/lib/nn.yaml:79:7
%6821 = sqrt %6812 : f32[16,64] @ models/lib/nn.yaml:79:7
%6822 = cast %6820 : f32[] @ models/lib/nn.yaml:79:7
%6823 = broadcast %6822 : f32[16,64] @ models/lib/nn.yaml:79:7
%6824 = mul %6821, %6823 : f32[16,64] @ models/lib/nn.yaml:79:7
%6825 = add %6824, %6214 : f32[16,64] @ models/lib/nn.yaml:79:7
%6826 = div %6808, %6825 : f32[16,64] @ models/lib/nn.yaml:79:7
%6827 = cast %6816 : f32[] @ models/lib/nn.yaml:79:7
%6828 = broadcast %6827 : f32[16,64] @ models/lib/nn.yaml:79:7
%6829 = mul %6826, %6828 : f32[16,64] @ models/lib/nn.yaml:79:7
%6830 = sub %6805, %6829 : f32[16,64] @ models/lib/nn.yaml:79:7
%6831 = assign %32, %6830 : f32[16,64] @ models/lib/nn.yaml:79:7
%6832 = assign %6801, %6808 : f32[16,64] @ models/lib/nn.yaml:79:7
%6833 = assign %6802, %6812 : f32[16,64] @ models/lib/nn.yaml:79:7
%6834 = assign %6803, %6804 : i64[] @ models/lib/nn.yaml:79:7
%6835 = mul %110, %6225 : f32[16,64] @ models/lib/nn.yaml:79:7
%6836 = mul %6830, %6227 : f32[16,64] @ models/lib/nn.yaml:79:7
%6837 = add %6835, %6836 : f32[16,64] @ models/lib/nn.yaml:79:7
%6838 = assign %110, %6837 : f32[16,64] @ models/lib/nn.yaml:79:7
%6839 = all_reduce_sum %5028 : f32[16] @ models/lib/nn.yaml:80:7
%6840 = mul %6839, %6839 : f32[16] @ models/lib/nn.yaml:80:7
%6841 = reduce_sum %6840 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6842 = sqrt %6841 : f32[] @ models/lib/nn.yaml:80:7
%6843 = cast %6842 : f64[] @ models/lib/nn.yaml:80:7
%6844 = add %6843, %5442 : f64[] @ models/lib/nn.yaml:80:7
%6845 = div %5444, %6844 : f64[] @ models/lib/nn.yaml:80:7
%6846 = lt %6845, %5446 : bool[] @ models/lib/nn.yaml:80:7
%6847 = cast %6845 : f32[] @ models/lib/nn.yaml:80:7
%6848 = broadcast %6847 : f32[16] @ models/lib/nn.yaml:80:7
%6849 = mul %6839, %6848 : f32[16] @ models/lib/nn.yaml:80:7
%6850 = broadcast %6846 : bool[16] @ models/lib/nn.yaml:80:7
%6851 = select %6850, %6849, %6839 : f32[16] @ models/lib/nn.yaml:80:7
%6852 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6853 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6854 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6855 = add %6854, %5456 : i64[] @ models/lib/nn.yaml:80:7
%6856 = mul %6851, %5587 : f32[16] @ models/lib/nn.yaml:80:7
%6857 = mul %6852, %5589 : f32[16] @ models/lib/nn.yaml:80:7
%6858 = add %6857, %6856 : f32[16] @ models/lib/nn.yaml:80:7
%6859 = mul %6851, %6851 : f32[16] @ models/lib/nn.yaml:80:7
%6860 = mul %6859, %5593 : f32[16] @ models/lib/nn.yaml:80:7
%6861 = mul %6853, %5595 : f32[16] @ models/lib/nn.yaml:80:7
%6862 = add %6861, %6860 : f32[16] @ models/lib/nn.yaml:80:7
%6863 = cast %6855 : f64[] @ models/lib/nn.yaml:80:7
%6864 = pow %5465, %6863 : f64[] @ models/lib/nn.yaml:80:7
%6865 = sub %5446, %6864 : f64[] @ models/lib/nn.yaml:80:7
%6866 = div %3382, %6865 : f64[] @ models/lib/nn.yaml:80:7
%6867 = pow %5473, %6863 : f64[] @ models/lib/nn.yaml:80:7
%6868 = sub %5446, %6867 : f64[] @ models/lib/nn.yaml:80:7
%6869 = sqrt %6868 : f64[] @ models/lib/nn.yaml:80:7
%6870 = div %5446, %6869 : f64[] @ models/lib/nn.yaml:80:7
%6871 = sqrt %6862 : f32[16] @ models/lib/nn.yaml:80:7
%6872 = cast %6870 : f32[] @ models/lib/nn.yaml:80:7
%6873 = broadcast %6872 : f32[16] @ models/lib/nn.yaml:80:7
%6874 = mul %6871, %6873 : f32[16] @ models/lib/nn.yaml:80:7
%6875 = add %6874, %5610 : f32[16] @ models/lib/nn.yaml:80:7
%6876 = div %6858, %6875 : f32[16] @ models/lib/nn.yaml:80:7
%6877 = cast %6866 : f32[] @ models/lib/nn.yaml:80:7
%6878 = broadcast %6877 : f32[16] @ models/lib/nn.yaml:80:7
%6879 = mul %6876, %6878 : f32[16] @ models/lib/nn.yaml:80:7
%6880 = sub %33, %6879 : f32[16] @ models/lib/nn.yaml:80:7
%6881 = assign %33, %6880 : f32[16] @ models/lib/nn.yaml:80:7
%6882 = assign %6852, %6858 : f32[16] @ models/lib/nn.yaml:80:7
%6883 = assign %6853, %6862 : f32[16] @ models/lib/nn.yaml:80:7
%6884 = assign %6854, %6855 : i64[] @ models/lib/nn.yaml:80:7
%6885 = mul %111, %5621 : f32[16] @ models/lib/nn.yaml:80:7
%6886 = mul %6880, %5623 : f32[16] @ models/lib/nn.yaml:80:7
%6887 = add %6885, %6886 : f32[16] @ models/lib/nn.yaml:80:7
%6888 = assign %111, %6887 : f32[16] @ models/lib/nn.yaml:80:7
%6889 = all_reduce_sum %5021 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6890 = reshape %6889 : f32[16] @ models/lib/vit.yaml:103:7
%6891 = mul %6890, %6890 : f32[16] @ models/lib/vit.yaml:103:7
%6892 = reduce_sum %6891 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%6893 = sqrt %6892 : f32[] @ models/lib/vit.yaml:103:7
%6894 = cast %6893 : f64[] @ models/lib/vit.yaml:103:7
%6895 = add %6894, %5442 : f64[] @ models/lib/vit.yaml:103:7
%6896 = div %5444, %6895 : f64[] @ models/lib/vit.yaml:103:7
%6897 = lt %6896, %5446 : bool[] @ models/lib/vit.yaml:103:7
%6898 = cast %6896 : f32[] @ models/lib/vit.yaml:103:7
%6899 = broadcast %6898 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6900 = mul %6889, %6899 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6901 = broadcast %6897 : bool[1,1,16] @ models/lib/vit.yaml:103:7
%6902 = select %6901, %6900, %6889 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6903 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6904 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6905 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%6906 = add %6905, %5456 : i64[] @ models/lib/vit.yaml:103:7
%6907 = broadcast %5460 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6908 = mul %34, %6907 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6909 = broadcast %3111 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6910 = mul %6902, %6909 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6911 = broadcast %2138 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6912 = mul %6903, %6911 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6913 = add %6912, %6910 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6914 = mul %6902, %6902 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6915 = broadcast %5470 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6916 = mul %6914, %6915 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6917 = broadcast %5474 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6918 = mul %6904, %6917 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6919 = add %6918, %6916 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6920 = cast %6906 : f64[] @ models/lib/vit.yaml:103:7
%6921 = pow %5465, %6920 : f64[] @ models/lib/vit.yaml:103:7
%6922 = sub %5446, %6921 : f64[] @ models/lib/vit.yaml:103:7
%6923 = div %3382, %6922 : f64[] @ models/lib/vit.yaml:103:7
%6924 = pow %5473, %6920 : f64[] @ models/lib/vit.yaml:103:7
%6925 = sub %5446, %6924 : f64[] @ models/lib/vit.yaml:103:7
%6926 = sqrt %6925 : f64[] @ models/lib/vit.yaml:103:7
%6927 = div %5446, %6926 : f64[] @ models/lib/vit.yaml:103:7
%6928 = sqrt %6919 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6929 = cast %6927 : f32[] @ models/lib/vit.yaml:103:7
%6930 = broadcast %6929 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6931 = mul %6928, %6930 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6932 = broadcast %5490 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6933 = add %6931, %6932 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6934 = div %6913, %6933 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6935 = cast %6923 : f32[] @ models/lib/vit.yaml:103:7
%6936 = broadcast %6935 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6937 = mul %6934, %6936 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6938 = sub %6908, %6937 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6939 = assign %34, %6938 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6940 = assign %6903, %6913 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6941 = assign %6904, %6919 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6942 = assign %6905, %6906 : i64[] @ models/lib/vit.yaml:103:7
%6943 = broadcast %3 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6944 = mul %112, %6943 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6945 = broadcast %5505 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6946 = mul %6938, %6945 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6947 = add %6944, %6946 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6948 = assign %112, %6947 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6949 = all_reduce_sum %4998 : f32[16] @ models/lib/nn.yaml:89:7
%6950 = mul %6949, %6949 : f32[16] @ models/lib/nn.yaml:89:7
%6951 = reduce_sum %6950 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6952 = sqrt %6951 : f32[] @ models/lib/nn.yaml:89:7
%6953 = cast %6952 : f64[] @ models/lib/nn.yaml:89:7
%6954 = add %6953, %5442 : f64[] @ models/lib/nn.yaml:89:7
%6955 = div %5444, %6954 : f64[] @ models/lib/nn.yaml:89:7
%6956 = lt %6955, %5446 : bool[] @ models/lib/nn.yaml:89:7
%6957 = cast %6955 : f32[] @ models/lib/nn.yaml:89:7
%6958 = broadcast %6957 : f32[16] @ models/lib/nn.yaml:89:7
%6959 = mul %6949, %6958 : f32[16] @ models/lib/nn.yaml:89:7
%6960 = broadcast %6956 : bool[16] @ models/lib/nn.yaml:89:7
%6961 = select %6960, %6959, %6949 : f32[16] @ models/lib/nn.yaml:89:7
%6962 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6963 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6964 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6965 = add %6964, %5456 : i64[] @ models/lib/nn.yaml:89:7
%6966 = mul %6961, %5587 : f32[16] @ models/lib/nn.yaml:89:7
%6967 = mul %6962, %5589 : f32[16] @ models/lib/nn.yaml:89:7
%6968 = add %6967, %6966 : f32[16] @ models/lib/nn.yaml:89:7
%6969 = mul %6961, %6961 : f32[16] @ models/lib/nn.yaml:89:7
%6970 = mul %6969, %5593 : f32[16] @ models/lib/nn.yaml:89:7
%6971 = mul %6963, %5595 : f32[16] @ models/lib/nn.yaml:89:7
%6972 = add %6971, %6970 : f32[16] @ models/lib/nn.yaml:89:7
%6973 = cast %6965 : f64[] @ models/lib/nn.yaml:89:7
%6974 = pow %5465, %6973 : f64[] @ models/lib/nn.yaml:89:7
%6975 = sub %5446, %6974 : f64[] @ models/lib/nn.yaml:89:7
%6976 = div %3382, %6975 : f64[] @ models/lib/nn.yaml:89:7
%6977 = pow %5473, %6973 : f64[] @ models/lib/nn.yaml:89:7
%6978 = sub %5446, %6977 : f64[] @ models/lib/nn.yaml:89:7
%6979 = sqrt %6978 : f64[] @ models/lib/nn.yaml:89:7
%6980 = div %5446, %6979 : f64[] @ models/lib/nn.yaml:89:7
%6981 = sqrt %6972 : f32[16] @ models/lib/nn.yaml:89:7
%6982 = cast %6980 : f32[] @ models/lib/nn.yaml:89:7
%6983 = broadcast %6982 : f32[16] @ models/lib/nn.yaml:89:7
%6984 = mul %6981, %6983 : f32[16] @ models/lib/nn.yaml:89:7
%6985 = add %6984, %5610 : f32[16] @ models/lib/nn.yaml:89:7
%6986 = div %6968, %6985 : f32[16] @ models/lib/nn.yaml:89:7
%6987 = cast %6976 : f32[] @ models/lib/nn.yaml:89:7
%6988 = broadcast %6987 : f32[16] @ models/lib/nn.yaml:89:7
%6989 = mul %6986, %6988 : f32[16] @ models/lib/nn.yaml:89:7
%6990 = sub %35, %6989 : f32[16] @ models/lib/nn.yaml:89:7
%6991 = assign %35, %6990 : f32[16] @ models/lib/nn.yaml:89:7
%6992 = assign %6962, %6968 : f32[16] @ models/lib/nn.yaml:89:7
%6993 = assign %6963, %6972 : f32[16] @ models/lib/nn.yaml:89:7
%6994 = assign %6964, %6965 : i64[] @ models/lib/nn.yaml:89:7
%6995 = mul %113, %5621 : f32[16] @ models/lib/nn.yaml:89:7
%6996 = mul %6990, %5623 : f32[16] @ models/lib/nn.yaml:89:7
%6997 = add %6995, %6996 : f32[16] @ models/lib/nn.yaml:89:7
%6998 = assign %113, %6997 : f32[16] @ models/lib/nn.yaml:89:7
%6999 = all_reduce_sum %4991 : f32[16] @ models/lib/nn.yaml:90:7
%7000 = mul %6999, %6999 : f32[16] @ models/lib/nn.yaml:90:7
%7001 = reduce_sum %7000 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7002 = sqrt %7001 : f32[] @ models/lib/nn.yaml:90:7
%7003 = cast %7002 : f64[] @ models/lib/nn.yaml:90:7
%7004 = add %7003, %5442 : f64[] @ models/lib/nn.yaml:90:7
%7005 = div %5444, %7004 : f64[] @ models/lib/nn.yaml:90:7
%7006 = lt %7005, %5446 : bool[] @ models/lib/nn.yaml:90:7
%7007 = cast %7005 : f32[] @ models/lib/nn.yaml:90:7
%7008 = broadcast %7007 : f32[16] @ models/lib/nn.yaml:90:7
%7009 = mul %6999, %7008 : f32[16] @ models/lib/nn.yaml:90:7
%7010 = broadcast %7006 : bool[16] @ models/lib/nn.yaml:90:7
%7011 = select %7010, %7009, %6999 : f32[16] @ models/lib/nn.yaml:90:7
%7012 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7013 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7014 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7015 = add %7014, %5456 : i64[] @ models/lib/nn.yaml:90:7
%7016 = mul %7011, %5587 : f32[16] @ models/lib/nn.yaml:90:7
%7017 = mul %7012, %5589 : f32[16] @ models/lib/nn.yaml:90:7
%7018 = add %7017, %7016 : f32[16] @ models/lib/nn.yaml:90:7
%7019 = mul %7011, %7011 : f32[16] @ models/lib/nn.yaml:90:7
%7020 = mul %7019, %5593 : f32[16] @ models/lib/nn.yaml:90:7
%7021 = mul %7013, %5595 : f32[16] @ models/lib/nn.yaml:90:7
%7022 = add %7021, %7020 : f32[16] @ models/lib/nn.yaml:90:7
%7023 = cast %7015 : f64[] @ models/lib/nn.yaml:90:7
%7024 = pow %5465, %7023 : f64[] @ models/lib/nn.yaml:90:7
%7025 = sub %5446, %7024 : f64[] @ models/lib/nn.yaml:90:7
%7026 = div %3382, %7025 : f64[] @ models/lib/nn.yaml:90:7
%7027 = pow %5473, %7023 : f64[] @ models/lib/nn.yaml:90:7
%7028 = sub %5446, %7027 : f64[] @ models/lib/nn.yaml:90:7
%7029 = sqrt %7028 : f64[] @ models/lib/nn.yaml:90:7
%7030 = div %5446, %7029 : f64[] @ models/lib/nn.yaml:90:7
%7031 = sqrt %7022 : f32[16] @ models/lib/nn.yaml:90:7
%7032 = cast %7030 : f32[] @ models/lib/nn.yaml:90:7
%7033 = broadcast %7032 : f32[16] @ models/lib/nn.yaml:90:7
%7034 = mul %7031, %7033 : f32[16] @ models/lib/nn.yaml:90:7
%7035 = add %7034, %5610 : f32[16] @ models/lib/nn.yaml:90:7
%7036 = div %7018, %7035 : f32[16] @ models/lib/nn.yaml:90:7
%7037 = cast %7026 : f32[] @ models/lib/nn.yaml:90:7
%7038 = broadcast %7037 : f32[16] @ models/lib/nn.yaml:90:7
%7039 = mul %7036, %7038 : f32[16] @ models/lib/nn.yaml:90:7
%7040 = sub %36, %7039 : f32[16] @ models/lib/nn.yaml:90:7
%7041 = assign %36, %7040 : f32[16] @ models/lib/nn.yaml:90:7
%7042 = assign %7012, %7018 : f32[16] @ models/lib/nn.yaml:90:7
%7043 = assign %7013, %7022 : f32[16] @ models/lib/nn.yaml:90:7
%7044 = assign %7014, %7015 : i64[] @ models/lib/nn.yaml:90:7
%7045 = mul %114, %5621 : f32[16] @ models/lib/nn.yaml:90:7
%7046 = mul %7040, %5623 : f32[16] @ models/lib/nn.yaml:90:7
%7047 = add %7045, %7046 : f32[16] @ models/lib/nn.yaml:90:7
%7048 = assign %114, %7047 : f32[16] @ models/lib/nn.yaml:90:7
%7049 = all_reduce_sum %4984 : f32[16,16] @ models/lib/nn.yaml:79:7
%7050 = reshape %7049 : f32[256] @ models/lib/nn.yaml:79:7
%7051 = mul %7050, %7050 : f32[256] @ models/lib/nn.yaml:79:7
%7052 = reduce_sum %7051 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7053 = sqrt %7052 : f32[] @ models/lib/nn.yaml:79:7
%7054 = cast %7053 : f64[] @ models/lib/nn.yaml:79:7
%7055 = add %7054, %5442 : f64[] @ models/lib/nn.yaml:79:7
%7056 = div %5444, %7055 : f64[] @ models/lib/nn.yaml:79:7
%7057 = lt %7056, %5446 : bool[] @ models/lib/nn.yaml:79:7
%7058 = cast %7056 : f32[] @ models/lib/nn.yaml:79:7
%7059 = broadcast %7058 : f32[16,16] @ models/lib/nn.yaml:79:7
%7060 = mul %7049, %7059 : f32[16,16] @ models/lib/nn.yaml:79:7
%7061 = broadcast %7057 : bool[16,16] @ models/lib/nn.yaml:79:7
%7062 = select %7061, %7060, %7049 : f32[16,16] @ models/lib/nn.yaml:79:7
%7063 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7064 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7065 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7066 = add %7065, %5456 : i64[] @ models/lib/nn.yaml:79:7
%7067 = mul %37, %5862 : f32[16,16] @ models/lib/nn.yaml:79:7
%7068 = mul %7062, %5864 : f32[16,16] @ models/lib/nn.yaml:79:7
%7069 = mul %7063, %5866 : f32[16,16] @ models/lib/nn.yaml:79:7
%7070 = add %7069, %7068 : f32[16,16] @ models/lib/nn.yaml:79:7
%7071 = mul %7062, %7062 : f32[16,16] @ models/lib/nn.yaml:79:7
%7072 = mul %7071, %5870 : f32[16,16] @ models/lib/nn.yaml:79:7
%7073 = mul %7064, %5872 : f32[16,16] @ models/lib/nn.yaml:79:7
%7074 = add %7073, %7072 : f32[16,16] @ models/lib/nn.yaml:79:7
%7075 = cast %7066 : f64[] @ models/lib/nn.yaml:79:7
%7076 = pow %5465, %7075 : f64[] @ models/lib/nn.yaml:79:7
%7077 = sub %5446, %7076 : f64[] @ models/lib/nn.yaml:79:7
%7078 = div %3382, %7077 : f64[] @ models/lib/nn.yaml:79:7
%7079 = pow %5473, %7075 : f64[] @ models/lib/nn.yaml:79:7
%7080 = sub %5446, %7079 : f64[] @ models/lib/nn.yaml:79:7
%7081 = sqrt %7080 : f64[] @ models/lib/nn.yaml:79:7
%7082 = div %5446, %7081 : f64[] @ models/lib/nn.yaml:79:7
%7083 = sqrt %7074 : f32[16,16] @ models/lib/nn.yaml:79:7
%7084 = cast %7082 : f32[] @ models/lib/nn.yaml:79:7
%7085 = broadcast %7084 : f32[16,16] @ models/lib/nn.yaml:79:7
%7086 = mul %7083, %7085 : f32[16,16] @ models/lib/nn.yaml:79:7
%7087 = add %7086, %5887 : f32[16,16] @ models/lib/nn.yaml:79:7
%7088 = div %7070, %7087 : f32[16,16] @ models/lib/nn.yaml:79:7
%7089 = cast %7078 : f32[] @ models/lib/nn.yaml:79:7
%7090 = broadcast %7089 : f32[16,16] @ models/lib/nn.yaml:79:7
%7091 = mul %7088, %7090 : f32[16,16] @ models/lib/nn.yaml:79:7
%7092 = sub %7067, %7091 : f32[16,16] @ models/lib/nn.yaml:79:7
%7093 = assign %37, %7092 : f32[16,16] @ models/lib/nn.yaml:79:7
%7094 = assign %7063, %7070 : f32[16,16] @ models/lib/nn.yaml:79:7
%7095 = assign %7064, %7074 : f32[16,16] @ models/lib/nn.yaml:79:7
%7096 = assign %7065, %7066 : i64[] @ models/lib/nn.yaml:79:7
%7097 = mul %115, %5898 : f32[16,16] @ models/lib/nn.yaml:79:7
%7098 = mul %7092, %5900 : f32[16,16] @ models/lib/nn.yaml:79:7
%7099 = add %7097, %7098 : f32[16,16] @ models/lib/nn.yaml:79:7
%7100 = assign %115, %7099 : f32[16,16] @ models/lib/nn.yaml:79:7
%7101 = all_reduce_sum %4979 : f32[16] @ models/lib/nn.yaml:80:7
%7102 = mul %7101, %7101 : f32[16] @ models/lib/nn.yaml:80:7
%7103 = reduce_sum %7102 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7104 = sqrt %7103 : f32[] @ models/lib/nn.yaml:80:7
%7105 = cast %7104 : f64[] @ models/lib/nn.yaml:80:7
%7106 = add %7105, %5442 : f64[] @ models/lib/nn.yaml:80:7
%7107 = div %5444, %7106 : f64[] @ models/lib/nn.yaml:80:7
%7108 = lt %7107, %5446 : bool[] @ models/lib/nn.yaml:80:7
%7109 = cast %7107 : f32[] @ models/lib/nn.yaml:80:7
%7110 = broadcast %7109 : f32[16] @ models/lib/nn.yaml:80:7
%7111 = mul %7101, %7110 : f32[16] @ models/lib/nn.yaml:80:7
%7112 = broadcast %7108 : bool[16] @ models/lib/nn.yaml:80:7
%7113 = select %7112, %7111, %7101 : f32[16] @ models/lib/nn.yaml:80:7
%7114 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7115 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7116 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7117 = add %7116, %5456 : i64[] @ models/lib/nn.yaml:80:7
%7118 = mul %7113, %5587 : f32[16] @ models/lib/nn.yaml:80:7
%7119 = mul %7114, %5589 : f32[16] @ models/lib/nn.yaml:80:7
%7120 = add %7119, %7118 : f32[16] @ models/lib/nn.yaml:80:7
%7121 = mul %7113, %7113 : f32[16] @ models/lib/nn.yaml:80:7
%7122 = mul %7121, %5593 : f32[16] @ models/lib/nn.yaml:80:7
%7123 = mul %7115, %5595 : f32[16] @ models/lib/nn.yaml:80:7
%7124 = add %7123, %7122 : f32[16] @ models/lib/nn.yaml:80:7
%7125 = cast %7117 : f64[] @ models/lib/nn.yaml:80:7
%7126 = pow %5465, %7125 : f64[] @ models/lib/nn.yaml:80:7
%7127 = sub %5446, %7126 : f64[] @ models/lib/nn.yaml:80:7
%7128 = div %3382, %7127 : f64[] @ models/lib/nn.yaml:80:7
%7129 = pow %5473, %7125 : f64[] @ models/lib/nn.yaml:80:7
%7130 = sub %5446, %7129 : f64[] @ models/lib/nn.yaml:80:7
%7131 = sqrt %7130 : f64[] @ models/lib/nn.yaml:80:7
%7132 = div %5446, %7131 : f64[] @ models/lib/nn.yaml:80:7
%7133 = sqrt %7124 : f32[16] @ models/lib/nn.yaml:80:7
%7134 = cast %7132 : f32[] @ models/lib/nn.yaml:80:7
%7135 = broadcast %7134 : f32[16] @ models/lib/nn.yaml:80:7
%7136 = mul %7133, %7135 : f32[16] @ models/lib/nn.yaml:80:7
%7137 = add %7136, %5610 : f32[16] @ models/lib/nn.yaml:80:7
%7138 = div %7120, %7137 : f32[16] @ models/lib/nn.yaml:80:7
%7139 = cast %7128 : f32[] @ models/lib/nn.yaml:80:7
%7140 = broadcast %7139 : f32[16] @ models/lib/nn.yaml:80:7
%7141 = mul %7138, %7140 : f32[16] @ models/lib/nn.yaml:80:7
%7142 = sub %38, %7141 : f32[16] @ models/lib/nn.yaml:80:7
%7143 = assign %38, %7142 : f32[16] @ models/lib/nn.yaml:80:7
%7144 = assign %7114, %7120 : f32[16] @ models/lib/nn.yaml:80:7
%7145 = assign %7115, %7124 : f32[16] @ models/lib/nn.yaml:80:7
%7146 = assign %7116, %7117 : i64[] @ models/lib/nn.yaml:80:7
%7147 = mul %116, %5621 : f32[16] @ models/lib/nn.yaml:80:7
%7148 = mul %7142, %5623 : f32[16] @ models/lib/nn.yaml:80:7
%7149 = add %7147, %7148 : f32[16] @ models/lib/nn.yaml:80:7
%7150 = assign %116, %7149 : f32[16] @ models/lib/nn.yaml:80:7
%7151 = all_reduce_sum %4974 : f32[16,16] @ models/lib/nn.yaml:79:7
%7152 = reshape %7151 : f32[256] @ models/lib/nn.yaml:79:7
%7153 = mul %7152, %7152 : f32[256] @ models/lib/nn.yaml:79:7
%7154 = reduce_sum %7153 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7155 = sqrt %7154 : f32[] @ models/lib/nn.yaml:79:7
%7156 = cast %7155 : f64[] @ models/lib/nn.yaml:79:7
%7157 = add %7156, %5442 : f64[] @ models/lib/nn.yaml:79:7
%7158 = div %5444, %7157 : f64[] @ models/lib/nn.yaml:79:7
%7159 = lt %7158, %5446 : bool[] @ models/lib/nn.yaml:79:7
%7160 = cast %7158 : f32[] @ models/lib/nn.yaml:79:7
%7161 = broadcast %7160 : f32[16,16] @ models/lib/nn.yaml:79:7
%7162 = mul %7151, %7161 : f32[16,16] @ models/lib/nn.yaml:79:7
%7163 = broadcast %7159 : bool[16,16] @ models/lib/nn.yaml:79:7
%7164 = select %7163, %7162, %7151 : f32[16,16] @ models/lib/nn.yaml:79:7
%7165 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7166 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7167 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7168 = add %7167, %5456 : i64[] @ models/lib/nn.yaml:79:7
%7169 = mul %39, %5862 : f32[16,16] @ models/lib/nn.yaml:79:7
%7170 = mul %7164, %5864 : f32[16,16] @ models/lib/nn.yaml:79:7
%7171 = mul %7165, %5866 : f32[16,16] @ models/lib/nn.yaml:79:7
%7172 = add %7171, %7170 : f32[16,16] @ models/lib/nn.yaml:79:7
%7173 = mul %7164, %7164 : f32[16,16] @ models/lib/nn.yaml:79:7
%7174 = mul %7173, %5870 : f32[16,16] @ models/lib/nn.yaml:79:7
%7175 = mul %7166, %5872 : f32[16,16] @ models/lib/nn.yaml:79:7
%7176 = add %7175, %7174 : f32[16,16] @ models/lib/nn.yaml:79:7
%7177 = cast %7168 : f64[] @ models/lib/nn.yaml:79:7
%7178 = pow %5465, %7177 : f64[] @ models/lib/nn.yaml:79:7
%7179 = sub %5446, %7178 : f64[] @ models/lib/nn.yaml:79:7
%7180 = div %3382, %7179 : f64[] @ models/lib/nn.yaml:79:7
%7181 = pow %5473, %7177 : f64[] @ models/lib/nn.yaml:79:7
%7182 = sub %5446, %7181 : f64[] @ models/lib/nn.yaml:79:7
%7183 = sqrt %7182 : f64[] @ models/lib/nn.yaml:79:7
%7184 = div %5446, %7183 : f64[] @ models/lib/nn.yaml:79:7
%7185 = sqrt %7176 : f32[16,16] @ models/lib/nn.yaml:79:7
%7186 = cast %7184 : f32[] @ models/lib/nn.yaml:79:7
%7187 = broadcast %7186 : f32[16,16] @ models/lib/nn.yaml:79:7
%7188 = mul %7185, %7187 : f32[16,16] @ models/lib/nn.yaml:79:7
%7189 = add %7188, %5887 : f32[16,16] @ models/lib/nn.yaml:79:7
%7190 = div %7172, %7189 : f32[16,16] @ models/lib/nn.yaml:79:7
%7191 = cast %7180 : f32[] @ models/lib/nn.yaml:79:7
%7192 = broadcast %7191 : f32[16,16] @ models/lib/nn.yaml:79:7
%7193 = mul %7190, %7192 : f32[16,16] @ models/lib/nn.yaml:79:7
%7194 = sub %7169, %7193 : f32[16,16] @ models/lib/nn.yaml:79:7
%7195 = assign %39, %7194 : f32[16,16] @ models/lib/nn.yaml:79:7
%7196 = assign %7165, %7172 : f32[16,16] @ models/lib/nn.yaml:79:7
%7197 = assign %7166, %7176 : f32[16,16] @ models/lib/nn.yaml:79:7
%7198 = assign %7167, %7168 : i64[] @ models/lib/nn.yaml:79:7
%7199 = mul %117, %5898 : f32[16,16] @ models/lib/nn.yaml:79:7
%7200 = mul %7194, %5900 : f32[16,16] @ models/lib/nn.yaml:79:7
%7201 = add %7199, %7200 : f32[16,16] @ models/lib/nn.yaml:79:7
%7202 = assign %117, %7201 : f32[16,16] @ models/lib/nn.yaml:79:7
%7203 = all_reduce_sum %4969 : f32[16] @ models/lib/nn.yaml:80:7
%7204 = mul %7203, %7203 : f32[16] @ models/lib/nn.yaml:80:7
%7205 = reduce_sum %7204 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7206 = sqrt %7205 : f32[] @ models/lib/nn.yaml:80:7
%7207 = cast %7206 : f64[] @ models/lib/nn.yaml:80:7
%7208 = add %7207, %5442 : f64[] @ models/lib/nn.yaml:80:7
%7209 = div %5444, %7208 : f64[] @ models/lib/nn.yaml:80:7
%7210 = lt %7209, %5446 : bool[] @ models/lib/nn.yaml:80:7
%7211 = cast %7209 : f32[] @ models/lib/nn.yaml:80:7
%7212 = broadcast %7211 : f32[16] @ models/lib/nn.yaml:80:7
%7213 = mul %7203, %7212 : f32[16] @ models/lib/nn.yaml:80:7
%7214 = broadcast %7210 : bool[16] @ models/lib/nn.yaml:80:7
%7215 = select %7214, %7213, %7203 : f32[16] @ models/lib/nn.yaml:80:7
%7216 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7217 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7218 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7219 = add %7218, %5456 : i64[] @ models/lib/nn.yaml:80:7
%7220 = mul %7215, %5587 : f32[16] @ models/lib/nn.yaml:80:7
%7221 = mul %7216, %5589 : f32[16] @ models/lib/nn.yaml:80:7
%7222 = add %7221, %7220 : f32[16] @ models/lib/nn.yaml:80:7
%7223 = mul %7215, %7215 : f32[16] @ models/lib/nn.yaml:80:7
%7224 = mul %7223, %5593 : f32[16] @ models/lib/nn.yaml:80:7
%7225 = mul %7217, %5595 : f32[16] @ models/lib/nn.yaml:80:7
%7226 = add %7225, %7224 : f32[16] @ models/lib/nn.yaml:80:7
%7227 = cast %7219 : f64[] @ models/lib/nn.yaml:80:7
%7228 = pow %5465, %7227 : f64[] @ models/lib/nn.yaml:80:7
%7229 = sub %5446, %7228 : f64[] @ models/lib/nn.yaml:80:7
%7230 = div %3382, %7229 : f64[] @ models/lib/nn.yaml:80:7
%7231 = pow %5473, %7227 : f64[] @ models/lib/nn.yaml:80:7
%7232 = sub %5446, %7231 : f64[] @ models/lib/nn.yaml:80:7
%7233 = sqrt %7232 : f64[] @ models/lib/nn.yaml:80:7
%7234 = div %5446, %7233 : f64[] @ models/lib/nn.yaml:80:7
%7235 = sqrt %7226 : f32[16] @ models/lib/nn.yaml:80:7
%7236 = cast %7234 : f32[] @ models/lib/nn.yaml:80:7
%7237 = broadcast %7236 : f32[16] @ models/lib/nn.yaml:80:7
%7238 = mul %7235, %7237 : f32[16] @ models/lib/nn.yaml:80:7
%7239 = add %7238, %5610 : f32[16] @ models/lib/nn.yaml:80:7
%7240 = div %7222, %7239 : f32[16] @ models/lib/nn.yaml:80:7
%7241 = cast %7230 : f32[] @ models/lib/nn.yaml:80:7
%7242 = broadcast %7241 : f32[16] @ models/lib/nn.yaml:80:7
%7243 = mul %7240, %7242 : f32[16] @ models/lib/nn.yaml:80:7
%7244 = sub %40, %7243 : f32[16] @ models/lib/nn.yaml:80:7
%7245 = assign %40, %7244 : f32[16] @ models/lib/nn.yaml:80:7
%7246 = assign %7216, %7222 : f32[16] @ models/lib/nn.yaml:80:7
%7247 = assign %7217, %7226 : f32[16] @ models/lib/nn.yaml:80:7
%7248 = assign %7218, %7219 : i64[] @ models/lib/nn.yaml:80:7
%7249 = mul %118, %5621 : f32[16] @ models/lib/nn.yaml:80:7
%7250 = mul %7244, %5623 : f32[16] @ models/lib/nn.yaml:80:7
%7251 = add %7249, %7250 : f32[16] @ models/lib/nn.yaml:80:7
%7252 = assign %118, %7251 : f32[16] @ models/lib/nn.yaml:80:7
%7253 = all_reduce_sum %4962 : f32[16,16] @ models/lib/nn.yaml:79:7
%7254 = reshape %7253 : f32[256] @ models/lib/nn.yaml:79:7
%7255 = mul %7254, %7254 : f32[256] @ models/lib/nn.yaml:79:7
%7256 = reduce_sum %7255 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7257 = sqrt %7256 : f32[] @ models/lib/nn.yaml:79:7
%7258 = cast %7257 : f64[] @ models/lib/nn.yaml:79:7
%7259 = add %7258, %5442 : f64[] @ models/lib/nn.yaml:79:7
%7260 = div %5444, %7259 : f64[] @ models/lib/nn.yaml:79:7
%7261 = lt %7260, %5446 : bool[] @ models/lib/nn.yaml:79:7
%7262 = cast %7260 : f32[] @ models/lib/nn.yaml:79:7
%7263 = broadcast %7262 : f32[16,16] @ models/lib/nn.yaml:79:7
%7264 = mul %7253, %7263 : f32[16,16] @ models/lib/nn.yaml:79:7
%7265 = broadcast %7261 : bool[16,16] @ models/lib/nn.yaml:79:7
%7266 = select %7265, %7264, %7253 : f32[16,16] @ models/lib/nn.yaml:79:7
%7267 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7268 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7269 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7270 = add %7269, %5456 : i64[] @ models/lib/nn.yaml:79:7
%7271 = mul %41, %5862 : f32[16,16] @ models/lib/nn.yaml:79:7
%7272 = mul %7266, %5864 : f32[16,16] @ models/lib/nn.yaml:79:7
%7273 = mul %7267, %5866 : f32[16,16] @ models/lib/nn.yaml:79:7
%7274 = add %7273, %7272 : f32[16,16] @ models/lib/nn.yaml:79:7
%7275 = mul %7266, %7266 : f32[16,16] @ models/lib/nn.yaml:79:7
%7276 = mul %7275, %5870 : f32[16,16] @ models/lib/nn.yaml:79:7
%7277 = mul %7268, %5872 : f32[16,16] @ models/lib/nn.yaml:79:7
%7278 = add %7277, %7276 : f32[16,16] @ models/lib/nn.yaml:79:7
%7279 = cast %7270 : f64[] @ models/lib/nn.yaml:79:7
%7280 = pow %5465, %7279 : f64[] @ models/lib/nn.yaml:79:7
%7281 = sub %5446, %7280 : f64[] @ models/lib/nn.yaml:79:7
%7282 = div %3382, %7281 : f64[] @ models/lib/nn.yaml:79:7
%7283 = pow %5473, %7279 : f64[] @ models/lib/nn.yaml:79:7
%7284 = sub %5446, %7283 : f64[] @ models/lib/nn.yaml:79:7
%7285 = sqrt %7284 : f64[] @ models/lib/nn.yaml:79:7
%7286 = div %5446, %7285 : f64[] @ models/lib/nn.yaml:79:7
%7287 = sqrt %7278 : f32[16,16] @ models/lib/nn.yaml:79:7
%7288 = cast %7286 : f32[] @ models/lib/nn.yaml:79:7
%7289 = broadcast %7288 : f32[16,16] @ models/lib/nn.yaml:79:7
%7290 = mul %7287, %7289 : f32[16,16] @ models/lib/nn.yaml:79:7
%7291 = add %7290, %5887 : f32[16,16] @ models/lib/nn.yaml:79:7
%7292 = div %7274, %7291 : f32[16,16] @ models/lib/nn.yaml:79:7
%7293 = cast %7282 : f32[] @ models/lib/nn.yaml:79:7
%7294 = broadcast %7293 : f32[16,16] @ models/lib/nn.yaml:79:7
%7295 = mul %7292, %7294 : f32[16,16] @ models/lib/nn.yaml:79:7
%7296 = sub %7271, %7295 : f32[16,16] @ models/lib/nn.yaml:79:7
%7297 = assign %41, %7296 : f32[16,16] @ models/lib/nn.yaml:79:7
%7298 = assign %7267, %7274 : f32[16,16] @ models/lib/nn.yaml:79:7
%7299 = assign %7268, %7278 : f32[16,16] @ models/lib/nn.yaml:79:7
%7300 = assign %7269, %7270 : i64[] @ models/lib/nn.yaml:79:7
%7301 = mul %119, %5898 : f32[16,16] @ models/lib/nn.yaml:79:7
%7302 = mul %7296, %5900 : f32[16,16] @ models/lib/nn.yaml:79:7
%7303 = add %7301, %7302 : f32[16,16] @ models/lib/nn.yaml:79:7
%7304 = assign %119, %7303 : f32[16,16] @ models/lib/nn.yaml:79:7
%7305 = all_reduce_sum %4957 : f32[16] @ models/lib/nn.yaml:80:7
%7306 = mul %7305, %7305 : f32[16] @ models/lib/nn.yaml:80:7
%7307 = reduce_sum %7306 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7308 = sqrt %7307 : f32[] @ models/lib/nn.yaml:80:7
%7309 = cast %7308 : f64[] @ models/lib/nn.yaml:80:7
%7310 = add %7309, %5442 : f64[] @ models/lib/nn.yaml:80:7
%7311 = div %5444, %7310 : f64[] @ models/lib/nn.yaml:80:7
%7312 = lt %7311, %5446 : bool[] @ models/lib/nn.yaml:80:7
%7313 = cast %7311 : f32[] @ models/lib/nn.yaml:80:7
%7314 = broadcast %7313 : f32[16] @ models/lib/nn.yaml:80:7
%7315 = mul %7305, %7314 : f32[16] @ models/lib/nn.yaml:80:7
%7316 = broadcast %7312 : bool[16] @ models/lib/nn.yaml:80:7
%7317 = select %7316, %7315, %7305 : f32[16] @ models/lib/nn.yaml:80:7
%7318 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7319 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7320 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7321 = add %7320, %5456 : i64[] @ models/lib/nn.yaml:80:7
%7322 = mul %7317, %5587 : f32[16] @ models/lib/nn.yaml:80:7
%7323 = mul %7318, %5589 : f32[16] @ models/lib/nn.yaml:80:7
%7324 = add %7323, %7322 : f32[16] @ models/lib/nn.yaml:80:7
%7325 = mul %7317, %7317 : f32[16] @ models/lib/nn.yaml:80:7
%7326 = mul %7325, %5593 : f32[16] @ models/lib/nn.yaml:80:7
%7327 = mul %7319, %5595 : f32[16] @ models/lib/nn.yaml:80:7
%7328 = add %7327, %7326 : f32[16] @ models/lib/nn.yaml:80:7
%7329 = cast %7321 : f64[] @ models/lib/nn.yaml:80:7
%7330 = pow %5465, %7329 : f64[] @ models/lib/nn.yaml:80:7
%7331 = sub %5446, %7330 : f64[] @ models/lib/nn.yaml:80:7
%7332 = div %3382, %7331 : f64[] @ models/lib/nn.yaml:80:7
%7333 = pow %5473, %7329 : f64[] @ models/lib/nn.yaml:80:7
%7334 = sub %5446, %7333 : f64[] @ models/lib/nn.yaml:80:7
%7335 = sqrt %7334 : f64[] @ models/lib/nn.yaml:80:7
%7336 = div %5446, %7335 : f64[] @ models/lib/nn.yaml:80:7
%7337 = sqrt %7328 : f32[16] @ models/lib/nn.yaml:80:7
%7338 = cast %7336 : f32[] @ models/lib/nn.yaml:80:7
%7339 = broadcast %7338 : f32[16] @ models/lib/nn.yaml:80:7
%7340 = mul %7337, %7339 : f32[16] @ models/lib/nn.yaml:80:7
%7341 = add %7340, %5610 : f32[16] @ models/lib/nn.yaml:80:7
%7342 = div %7324, %7341 : f32[16] @ models/lib/nn.yaml:80:7
%7343 = cast %7332 : f32[] @ models/lib/nn.yaml:80:7
%7344 = broadcast %7343 : f32[16] @ models/lib/nn.yaml:80:7
%7345 = mul %7342, %7344 : f32[16] @ models/lib/nn.yaml:80:7
%7346 = sub %42, %7345 : f32[16] @ models/lib/nn.yaml:80:7
%7347 = assign %42, %7346 : f32[16] @ models/lib/nn.yaml:80:7
%7348 = assign %7318, %7324 : f32[16] @ models/lib/nn.yaml:80:7
%7349 = assign %7319, %7328 : f32[16] @ models/lib/nn.yaml:80:7
%7350 = assign %7320, %7321 : i64[] @ models/lib/nn.yaml:80:7
%7351 = mul %120, %5621 : f32[16] @ models/lib/nn.yaml:80:7
%7352 = mul %7346, %5623 : f32[16] @ models/lib/nn.yaml:80:7
%7353 = add %7351, %7352 : f32[16] @ models/lib/nn.yaml:80:7
%7354 = assign %120, %7353 : f32[16] @ models/lib/nn.yaml:80:7
%7355 = all_reduce_sum %4885 : f32[16,16] @ models/lib/nn.yaml:79:7
%7356 = reshape %7355 : f32[256] @ models/lib/nn.yaml:79:7
%7357 = mul %7356, %7356 : f32[256] @ models/lib/nn.yaml:79:7
%7358 = reduce_sum %7357 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7359 = sqrt %7358 : f32[] @ models/lib/nn.yaml:79:7
%7360 = cast %7359 : f64[] @ models/lib/nn.yaml:79:7
%7361 = add %7360, %5442 : f64[] @ models/lib/nn.yaml:79:7
%7362 = div %5444, %7361 : f64[] @ models/lib/nn.yaml:79:7
%7363 = lt %7362, %5446 : bool[] @ models/lib/nn.yaml:79:7
%7364 = cast %7362 : f32[] @ models/lib/nn.yaml:79:7
%7365 = broadcast %7364 : f32[16,16] @ models/lib/nn.yaml:79:7
%7366 = mul %7355, %7365 : f32[16,16] @ models/lib/nn.yaml:79:7
%7367 = broadcast %7363 : bool[16,16] @ models/lib/nn.yaml:79:7
%7368 = select %7367, %7366, %7355 : f32[16,16] @ models/lib/nn.yaml:79:7
%7369 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7370 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7371 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7372 = add %7371, %5456 : i64[] @ models/lib/nn.yaml:79:7
%7373 = mul %43, %5862 : f32[16,16] @ models/lib/nn.yaml:79:7
%7374 = mul %7368, %5864 : f32[16,16] @ models/lib/nn.yaml:79:7
%7375 = mul %7369, %5866 : f32[16,16] @ models/lib/nn.yaml:79:7
%7376 = add %7375, %7374 : f32[16,16] @ models/lib/nn.yaml:79:7
%7377 = mul %7368, %7368 : f32[16,16] @ models/lib/nn.yaml:79:7
%7378 = mul %7377, %5870 : f32[16,16] @ models/lib/nn.yaml:79:7
%7379 = mul %7370, %5872 : f32[16,16] @ models/lib/nn.yaml:79:7
%7380 = add %7379, %7378 : f32[16,16] @ models/lib/nn.yaml:79:7
%7381 = cast %7372 : f64[] @ models/lib/nn.yaml:79:7
%7382 = pow %5465, %7381 : f64[] @ models/lib/nn.yaml:79:7
%7383 = sub %5446, %7382 : f64[] @ models/lib/nn.yaml:79:7
%7384 = div %3382, %7383 : f64[] @ models/lib/nn.yaml:79:7
%7385 = pow %5473, %7381 : f64[] @ models/lib/nn.yaml:79:7
%7386 = sub %5446, %7385 : f64[] @ models/lib/nn.yaml:79:7
%7387 = sqrt %7386 : f64[] @ models/lib/nn.yaml:79:7
%7388 = div %5446, %7387 : f64[] @ models/lib/nn.yaml:79:7
%7389 = sqrt %7380 : f32[16,16] @ models/lib/nn.yaml:79:7
%7390 = cast %7388 : f32[] @ models/lib/nn.yaml:79:7
%7391 = broadcast %7390 : f32[16,16] @ models/lib/nn.yaml:79:7
%7392 = mul %7389, %7391 : f32[16,16] @ models/lib/nn.yaml:79:7
%7393 = add %7392, %5887 : f32[16,16] @ models/lib/nn.yaml:79:7
%7394 = div %7376, %7393 : f32[16,16] @ models/lib/nn.yaml:79:7
%7395 = cast %7384 : f32[] @ models/lib/nn.yaml:79:7
%7396 = broadcast %7395 : f32[16,16] @ models/lib/nn.yaml:79:7
%7397 = mul %7394, %7396 : f32[16,16] @ models/lib/nn.yaml:79:7
%7398 = sub %7373, %7397 : f32[16,16] @ models/lib/nn.yaml:79:7
%7399 = assign %43, %7398 : f32[16,16] @ models/lib/nn.yaml:79:7
%7400 = assign %7369, %7376 : f32[16,16] @ models/lib/nn.yaml:79:7
%7401 = assign %7370, %7380 : f32[16,16] @ models/lib/nn.yaml:79:7
%7402 = assign %7371, %7372 : i64[] @ models/lib/nn.yaml:79:7
%7403 = mul %121, %5898 : f32[16,16] @ models/lib/nn.yaml:79:7
%7404 = mul %7398, %5900 : f32[16,16] @ models/lib/nn.yaml:79:7
%7405 = add %7403, %7404 : f32[16,16] @ models/lib/nn.yaml:79:7
%7406 = assign %121, %7405 : f32[16,16] @ models/lib/nn.yaml:79:7
%7407 = all_reduce_sum %4880 : f32[16] @ models/lib/nn.yaml:80:7
%7408 = mul %7407, %7407 : f32[16] @ models/lib/nn.yaml:80:7
%7409 = reduce_sum %7408 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7410 = sqrt %7409 : f32[] @ models/lib/nn.yaml:80:7
%7411 = cast %7410 : f64[] @ models/lib/nn.yaml:80:7
%7412 = add %7411, %5442 : f64[] @ models/lib/nn.yaml:80:7
%7413 = div %5444, %7412 : f64[] @ models/lib/nn.yaml:80:7
%7414 = lt %7413, %5446 : bool[] @ models/lib/nn.yaml:80:7
%7415 = cast %7413 : f32[] @ models/lib/nn.yaml:80:7
%7416 = broadcast %7415 : f32[16] @ models/lib/nn.yaml:80:7
%7417 = mul %7407, %7416 : f32[16] @ models/lib/nn.yaml:80:7
%7418 = broadcast %7414 : bool[16] @ models/lib/nn.yaml:80:7
%7419 = select %7418, %7417, %7407 : f32[16] @ models/lib/nn.yaml:80:7
%7420 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7421 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7422 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7423 = add %7422, %5456 : i64[] @ models/lib/nn.yaml:80:7
%7424 = mul %7419, %5587 : f32[16] @ models/lib/nn.yaml:80:7
%7425 = mul %7420, %5589 : f32[16] @ models/lib/nn.yaml:80:7
%7426 = add %7425, %7424 : f32[16] @ models/lib/nn.yaml:80:7
%7427 = mul %7419, %7419 : f32[16] @ models/lib/nn.yaml:80:7
%7428 = mul %7427, %5593 : f32[16] @ models/lib/nn.yaml:80:7
%7429 = mul %7421, %5595 : f32[16] @ models/lib/nn.yaml:80:7
%7430 = add %7429, %7428 : f32[16] @ models/lib/nn.yaml:80:7
%7431 = cast %7423 : f64[] @ models/lib/nn.yaml:80:7
%7432 = pow %5465, %7431 : f64[] @ models/lib/nn.yaml:80:7
%7433 = sub %5446, %7432 : f64[] @ models/lib/nn.yaml:80:7
%7434 = div %3382, %7433 : f64[] @ models/lib/nn.yaml:80:7
%7435 = pow %5473, %7431 : f64[] @ models/lib/nn.yaml:80:7
%7436 = sub %5446, %7435 : f64[] @ models/lib/nn.yaml:80:7
%7437 = sqrt %7436 : f64[] @ models/lib/nn.yaml:80:7
%7438 = div %5446, %7437 : f64[] @ models/lib/nn.yaml:80:7
%7439 = sqrt %7430 : f32[16] @ models/lib/nn.yaml:80:7
%7440 = cast %7438 : f32[] @ models/lib/nn.yaml:80:7
%7441 = broadcast %7440 : f32[16] @ models/lib/nn.yaml:80:7
%7442 = mul %7439, %7441 : f32[16] @ models/lib/nn.yaml:80:7
%7443 = add %7442, %5610 : f32[16] @ models/lib/nn.yaml:80:7
%7444 = div %7426, %7443 : f32[16] @ models/lib/nn.yaml:80:7
%7445 = cast %7434 : f32[] @ models/lib/nn.yaml:80:7
%7446 = broadcast %7445 : f32[16] @ models/lib/nn.yaml:80:7
%7447 = mul %7444, %7446 : f32[16] @ models/lib/nn.yaml:80:7
%7448 = sub %44, %7447 : f32[16] @ models/lib/nn.yaml:80:7
%7449 = assign %44, %7448 : f32[16] @ models/lib/nn.yaml:80:7
%7450 = assign %7420, %7426 : f32[16] @ models/lib/nn.yaml:80:7
%7451 = assign %7421, %7430 : f32[16] @ models/lib/nn.yaml:80:7
%7452 = assign %7422, %7423 : i64[] @ models/lib/nn.yaml:80:7
%7453 = mul %122, %5621 : f32[16] @ models/lib/nn.yaml:80:7
%7454 = mul %7448, %5623 : f32[16] @ models/lib/nn.yaml:80:7
%7455 = add %7453, %7454 : f32[16] @ models/lib/nn.yaml:80:7
%7456 = assign %122, %7455 : f32[16] @ models/lib/nn.yaml:80:7
%7457 = all_reduce_sum %4859 : f32[16] @ models/lib/nn.yaml:89:7
%7458 = mul %7457, %7457 : f32[16] @ models/lib/nn.yaml:89:7
%7459 = reduce_sum %7458 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7460 = sqrt %7459 : f32[] @ models/lib/nn.yaml:89:7
%7461 = cast %7460 : f64[] @ models/lib/nn.yaml:89:7
%7462 = add %7461, %5442 : f64[] @ models/lib/nn.yaml:89:7
%7463 = div %5444, %7462 : f64[] @ models/lib/nn.yaml:89:7
%7464 = lt %7463, %5446 : bool[] @ models/lib/nn.yaml:89:7
%7465 = cast %7463 : f32[] @ models/lib/nn.yaml:89:7
%7466 = broadcast %7465 : f32[16] @ models/lib/nn.yaml:89:7
%7467 = mul %7457, %7466 : f32[16] @ models/lib/nn.yaml:89:7
%7468 = broadcast %7464 : bool[16] @ models/lib/nn.yaml:89:7
%7469 = select %7468, %7467, %7457 : f32[16] @ models/lib/nn.yaml:89:7
%7470 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7471 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7472 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7473 = add %7472, %5456 : i64[] @ models/lib/nn.yaml:89:7
%7474 = mul %7469, %5587 : f32[16] @ models/lib/nn.yaml:89:7
%7475 = mul %7470, %5589 : f32[16] @ models/lib/nn.yaml:89:7
%7476 = add %7475, %7474 : f32[16] @ models/lib/nn.yaml:89:7
%7477 = mul %7469, %7469 : f32[16] @ models/lib/nn.yaml:89:7
%7478 = mul %7477, %5593 : f32[16] @ models/lib/nn.yaml:89:7
%7479 = mul %7471, %5595 : f32[16] @ models/lib/nn.yaml:89:7
%7480 = add %7479, %7478 : f32[16] @ models/lib/nn.yaml:89:7
%7481 = cast %7473 : f64[] @ models/lib/nn.yaml:89:7
%7482 = pow %5465, %7481 : f64[] @ models/lib/nn.yaml:89:7
%7483 = sub %5446, %7482 : f64[] @ models/lib/nn.yaml:89:7
%7484 = div %3382, %7483 : f64[] @ models/lib/nn.yaml:89:7
%7485 = pow %5473, %7481 : f64[] @ models/lib/nn.yaml:89:7
%7486 = sub %5446, %7485 : f64[] @ models/lib/nn.yaml:89:7
%7487 = sqrt %7486 : f64[] @ models/lib/nn.yaml:89:7
%7488 = div %5446, %7487 : f64[] @ models/lib/nn.yaml:89:7
%7489 = sqrt %7480 : f32[16] @ models/lib/nn.yaml:89:7
%7490 = cast %7488 : f32[] @ models/lib/nn.yaml:89:7
%7491 = broadcast %7490 : f32[16] @ models/lib/nn.yaml:89:7
%7492 = mul %7489, %7491 : f32[16] @ models/lib/nn.yaml:89:7
%7493 = add %7492, %5610 : f32[16] @ models/lib/nn.yaml:89:7
%7494 = div %7476, %7493 : f32[16] @ models/lib/nn.yaml:89:7
%7495 = cast %7484 : f32[] @ models/lib/nn.yaml:89:7
%7496 = broadcast %7495 : f32[16] @ models/lib/nn.yaml:89:7
%7497 = mul %7494, %7496 : f32[16] @ models/lib/nn.yaml:89:7
%7498 = sub %45, %7497 : f32[16] @ models/lib/nn.yaml:89:7
%7499 = assign %45, %7498 : f32[16] @ models/lib/nn.yaml:89:7
%7500 = assign %7470, %7476 : f32[16] @ models/lib/nn.yaml:89:7
%7501 = assign %7471, %7480 : f32[16] @ models/lib/nn.yaml:89:7
%7502 = assign %7472, %7473 : i64[] @ models/lib/nn.yaml:89:7
%7503 = mul %123, %5621 : f32[16] @ models/lib/nn.yaml:89:7
%7504 = mul %7498, %5623 : f32[16] @ models/lib/nn.yaml:89:7
%7505 = add %7503, %7504 : f32[16] @ models/lib/nn.yaml:89:7
%7506 = assign %123, %7505 : f32[16] @ models/lib/nn.yaml:89:7
%7507 = all_reduce_sum %4854 : f32[16] @ models/lib/nn.yaml:90:7
%7508 = mul %7507, %7507 : f32[16] @ models/lib/nn.yaml:90:7
%7509 = reduce_sum %7508 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7510 = sqrt %7509 : f32[] @ models/lib/nn.yaml:90:7
%7511 = cast %7510 : f64[] @ models/lib/nn.yaml:90:7
%7512 = add %7511, %5442 : f64[] @ models/lib/nn.yaml:90:7
%7513 = div %5444, %7512 : f64[] @ models/lib/nn.yaml:90:7
%7514 = lt %7513, %5446 : bool[] @ models/lib/nn.yaml:90:7
%7515 = cast %7513 : f32[] @ models/lib/nn.yaml:90:7
%7516 = broadcast %7515 : f32[16] @ models/lib/nn.yaml:90:7
%7517 = mul %7507, %7516 : f32[16] @ models/lib/nn.yaml:90:7
%7518 = broadcast %7514 : bool[16] @ models/lib/nn.yaml:90:7
%7519 = select %7518, %7517, %7507 : f32[16] @ models/lib/nn.yaml:90:7
%7520 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7521 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7522 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7523 = add %7522, %5456 : i64[] @ models/lib/nn.yaml:90:7
%7524 = mul %7519, %5587 : f32[16] @ models/lib/nn.yaml:90:7
%7525 = mul %7520, %5589 : f32[16] @ models/lib/nn.yaml:90:7
%7526 = add %7525, %7524 : f32[16] @ models/lib/nn.yaml:90:7
%7527 = mul %7519, %7519 : f32[16] @ models/lib/nn.yaml:90:7
%7528 = mul %7527, %5593 : f32[16] @ models/lib/nn.yaml:90:7
%7529 = mul %7521, %5595 : f32[16] @ models/lib/nn.yaml:90:7
%7530 = add %7529, %7528 : f32[16] @ models/lib/nn.yaml:90:7
%7531 = cast %7523 : f64[] @ models/lib/nn.yaml:90:7
%7532 = pow %5465, %7531 : f64[] @ models/lib/nn.yaml:90:7
%7533 = sub %5446, %7532 : f64[] @ models/lib/nn.yaml:90:7
%7534 = div %3382, %7533 : f64[] @ models/lib/nn.yaml:90:7
%7535 = pow %5473, %7531 : f64[] @ models/lib/nn.yaml:90:7
%7536 = sub %5446, %7535 : f64[] @ models/lib/nn.yaml:90:7
%7537 = sqrt %7536 : f64[] @ models/lib/nn.yaml:90:7
%7538 = div %5446, %7537 : f64[] @ models/lib/nn.yaml:90:7
%7539 = sqrt %7530 : f32[16] @ models/lib/nn.yaml:90:7
%7540 = cast %7538 : f32[] @ models/lib/nn.yaml:90:7
%7541 = broadcast %7540 : f32[16] @ models/lib/nn.yaml:90:7
%7542 = mul %7539, %7541 : f32[16] @ models/lib/nn.yaml:90:7
%7543 = add %7542, %5610 : f32[16] @ models/lib/nn.yaml:90:7
%7544 = div %7526, %7543 : f32[16] @ models/lib/nn.yaml:90:7
%7545 = cast %7534 : f32[] @ models/lib/nn.yaml:90:7
%7546 = broadcast %7545 : f32[16] @ models/lib/nn.yaml:90:7
%7547 = mul %7544, %7546 : f32[16] @ models/lib/nn.yaml:90:7
%7548 = sub %46, %7547 : f32[16] @ models/lib/nn.yaml:90:7
%7549 = assign %46, %7548 : f32[16] @ models/lib/nn.yaml:90:7
%7550 = assign %7520, %7526 : f32[16] @ models/lib/nn.yaml:90:7
%7551 = assign %7521, %7530 : f32[16] @ models/lib/nn.yaml:90:7
%7552 = assign %7522, %7523 : i64[] @ models/lib/nn.yaml:90:7
%7553 = mul %124, %5621 : f32[16] @ models/lib/nn.yaml:90:7
%7554 = mul %7548, %5623 : f32[16] @ models/lib/nn.yaml:90:7
%7555 = add %7553, %7554 : f32[16] @ models/lib/nn.yaml:90:7
%7556 = assign %124, %7555 : f32[16] @ models/lib/nn.yaml:90:7
%7557 = all_reduce_sum %4851 : f32[64,16] @ models/lib/nn.yaml:79:7
%7558 = reshape %7557 : f32[1024] @ models/lib/nn.yaml:79:7
%7559 = mul %7558, %7558 : f32[1024] @ models/lib/nn.yaml:79:7
%7560 = reduce_sum %7559 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7561 = sqrt %7560 : f32[] @ models/lib/nn.yaml:79:7
%7562 = cast %7561 : f64[] @ models/lib/nn.yaml:79:7
%7563 = add %7562, %5442 : f64[] @ models/lib/nn.yaml:79:7
%7564 = div %5444, %7563 : f64[] @ models/lib/nn.yaml:79:7
%7565 = lt %7564, %5446 : bool[] @ models/lib/nn.yaml:79:7
%7566 = cast %7564 : f32[] @ models/lib/nn.yaml:79:7
%7567 = broadcast %7566 : f32[64,16] @ models/lib/nn.yaml:79:7
%7568 = mul %7557, %7567 : f32[64,16] @ models/lib/nn.yaml:79:7
%7569 = broadcast %7565 : bool[64,16] @ models/lib/nn.yaml:79:7
%7570 = select %7569, %7568, %7557 : f32[64,16] @ models/lib/nn.yaml:79:7
%7571 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7572 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7573 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7574 = add %7573, %5456 : i64[] @ models/lib/nn.yaml:79:7
%7575 = mul %47, %6072 : f32[64,16] @ models/lib/nn.yaml:79:7
%7576 = mul %7570, %6074 : f32[64,16] @ models/lib/nn.yaml:79:7
%7577 = mul %7571, %6076 : f32[64,16] @ models/lib/nn.yaml:79:7
%7578 = add %7577, %7576 : f32[64,16] @ models/lib/nn.yaml:79:7
%7579 = mul %7570, %7570 : f32[64,16] @ models/lib/nn.yaml:79:7
%7580 = mul %7579, %6080 : f32[64,16] @ models/lib/nn.yaml:79:7
%7581 = mul %7572, %6082 : f32[64,16] @ models/lib/nn.yaml:79:7
%7582 = add %7581, %7580 : f32[64,16] @ models/lib/nn.yaml:79:7
%7583 = cast %7574 : f64[] @ models/lib/nn.yaml:79:7
%7584 = pow %5465, %7583 : f64[] @ models/lib/nn.yaml:79:7
%7585 = sub %5446, %7584 : f64[] @ models/lib/nn.yaml:79:7
%7586 = div %3382, %7585 : f64[] @ models/lib/nn.yaml:79:7
%7587 = pow %5473, %7583 : f64[] @ models/lib/nn.yaml:79:7
%7588 = sub %5446, %7587 : f64[] @ models/lib/nn.yaml:79:7
%7589 = sqrt %7588 : f64[] @ models/lib/nn.yaml:79:7
%7590 = div %5446, %7589 : f64[] @ models/lib/nn.yaml:79:7
%7591 = sqrt %7582 : f32[64,16] @ models/lib/nn.yaml:79:7
%7592 = cast %7590 : f32[] @ models/lib/nn.yaml:79:7
%7593 = broadcast %7592 : f32[64,16] @ models/lib/nn.yaml:79:7
%7594 = mul %7591, %7593 : f32[64,16] @ models/lib/nn.yaml:79:7
%7595 = add %7594, %6097 : f32[64,16] @ models/lib/nn.yaml:79:7
%7596 = div %7578, %7595 : f32[64,16] @ models/lib/nn.yaml:79:7
%7597 = cast %7586 : f32[] @ models/lib/nn.yaml:79:7
%7598 = broadcast %7597 : f32[64,16] @ models/lib/nn.yaml:79:7
%7599 = mul %7596, %7598 : f32[64,16] @ models/lib/nn.yaml:79:7
%7600 = sub %7575, %7599 : f32[64,16] @ models/lib/nn.yaml:79:7
%7601 = assign %47, %7600 : f32[64,16] @ models/lib/nn.yaml:79:7
%7602 = assign %7571, %7578 : f32[64,16] @ models/lib/nn.yaml:79:7
%7603 = assign %7572, %7582 : f32[64,16] @ models/lib/nn.yaml:79:7
%7604 = assign %7573, %7574 : i64[] @ models/lib/nn.yaml:79:7
%7605 = mul %125, %6108 : f32[64,16] @ models/lib/nn.yaml:79:7
%7606 = mul %7600, %6110 : f32[64,16] @ models/lib/nn.yaml:79:7
%7607 = add %7605, %7606 : f32[64,16] @ models/lib/nn.yaml:79:7
%7608 = assign %125, %7607 : f32[64,16] @ models/lib/nn.yaml:79:7
%7609 = all_reduce_sum %4846 : f32[64] @ models/lib/nn.yaml:80:7
%7610 = mul %7609, %7609 : f32[64] @ models/lib/nn.yaml:80:7
%7611 = reduce_sum %7610 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7612 = sqrt %7611 : f32[] @ models/lib/nn.yaml:80:7
%7613 = cast %7612 : f64[] @ models/lib/nn.yaml:80:7
%7614 = add %7613, %5442 : f64[] @ models/lib/nn.yaml:80:7
%7615 = div %5444, %7614 : f64[] @ models/lib/nn.yaml:80:7
%7616 = lt %7615, %5446 : bool[] @ models/lib/nn.yaml:80:7
%7617 = cast %7615 : f32[] @ models/lib/nn.yaml:80:7
%7618 = broadcast %7617 : f32[64] @ models/lib/nn.yaml:80:7
%7619 = mul %7609, %7618 : f32[64] @ models/lib/nn.yaml:80:7
%7620 = broadcast %7616 : bool[64] @ models/lib/nn.yaml:80:7
%7621 = select %7620, %7619, %7609 : f32[64] @ models/lib/nn.yaml:80:7
%7622 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7623 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7624 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7625 = add %7624, %5456 : i64[] @ models/lib/nn.yaml:80:7
%7626 = mul %7621, %6131 : f32[64] @ models/lib/nn.yaml:80:7
%7627 = mul %7622, %6133 : f32[64] @ models/lib/nn.yaml:80:7
%7628 = add %7627, %7626 : f32[64] @ models/lib/nn.yaml:80:7
%7629 = mul %7621, %7621 : f32[64] @ models/lib/nn.yaml:80:7
%7630 = mul %7629, %6137 : f32[64] @ models/lib/nn.yaml:80:7
%7631 = mul %7623, %6139 : f32[64] @ models/lib/nn.yaml:80:7
%7632 = add %7631, %7630 : f32[64] @ models/lib/nn.yaml:80:7
%7633 = cast %7625 : f64[] @ models/lib/nn.yaml:80:7
%7634 = pow %5465, %7633 : f64[] @ models/lib/nn.yaml:80:7
%7635 = sub %5446, %7634 : f64[] @ models/lib/nn.yaml:80:7
%7636 = div %3382, %7635 : f64[] @ models/lib/nn.yaml:80:7
%7637 = pow %5473, %7633 : f64[] @ models/lib/nn.yaml:80:7
%7638 = sub %5446, %7637 : f64[] @ models/lib/nn.yaml:80:7
%7639 = sqrt %7638 : f64[] @ models/lib/nn.yaml:80:7
%7640 = div %5446, %7639 : f64[] @ models/lib/nn.yaml:80:7
%7641 = sqrt %7632 : f32[64] @ models/lib/nn.yaml:80:7
%7642 = cast %7640 : f32[] @ models/lib/nn.yaml:80:7
%7643 = broadcast %7642 : f32[64] @ models/lib/nn.yaml:80:7
%7644 = mul %7641, %7643 : f32[64] @ models/lib/nn.yaml:80:7
%7645 = add %7644, %6154 : f32[64] @ models/lib/nn.yaml:80:7
%7646 = div %7628, %7645 : f32[64] @ models/lib/nn.yaml:80:7
%7647 = cast %7636 : f32[] @ models/lib/nn.yaml:80:7
%7648 = broadcast %7647 : f32[64] @ models/lib/nn.yaml:80:7
%7649 = mul %7646, %7648 : f32[64] @ models/lib/nn.yaml:80:7
%7650 = sub %48, %7649 : f32[64] @ models/lib/nn.yaml:80:7
%7651 = assign %48, %7650 : f32[64] @ models/lib/nn.yaml:80:7
%7652 = assign %7622, %7628 : f32[64] @ models/lib/nn.yaml:80:7
%7653 = assign %7623, %7632 : f32[64] @ models/lib/nn.yaml:80:7
%7654 = assign %7624, %7625 : i64[] @ models/lib/nn.yaml:80:7
%7655 = mul %126, %6165 : f32[64] @ models/lib/nn.yaml:80:7
%7656 = mul %7650, %6167 : f32[64] @ models/lib/nn.yaml:80:7
%7657 = add %7655, %7656 : f32[64] @ models/lib/nn.yaml:80:7
%7658 = assign %126, %7657 : f32[64] @ models/lib/nn.yaml:80:7
%7659 = all_reduce_sum %4830 : f32[16,64] @ models/lib/nn.yaml:79:7
%7660 = reshape %7659 : f32[1024] @ models/lib/nn.yaml:79:7
%7661 = mul %7660, %7660 : f32[1024] @ models/lib/nn.yaml:79:7
%7662 = reduce_sum %7661 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7663 = sqrt %7662 : f32[] @ models/lib/nn.yaml:79:7
%7664 = cast %7663 : f64[] @ models/lib/nn.yaml:79:7
%7665 = add %7664, %5442 : f64[] @ models/lib/nn.yaml:79:7
%7666 = div %5444, %7665 : f64[] @ models/lib/nn.yaml:79:7
%7667 = lt %7666, %5446 : bool[] @ models/lib/nn.yaml:79:7
%7668 = cast %7666 : f32[] @ models/lib/nn.yaml:79:7
%7669 = broadcast %7668 : f32[16,64] @ models/lib/nn.yaml:79:7
%7670 = mul %7659, %7669 : f32[16,64] @ models/lib/nn.yaml:79:7
%7671 = broadcast %7667 : bool[16,64] @ models/lib/nn.yaml:79:7
%7672 = select %7671, %7670, %7659 : f32[16,64] @ models/lib/nn.yaml:79:7
%7673 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7674 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7675 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7676 = add %7675, %5456 : i64[] @ models/lib/nn.yaml:79:7
%7677 = mul %49, %6189 : f32[16,64] @ models/lib/nn.yaml:79:7
%7678 = mul %7672, %6191 : f32[16,64] @ models/lib/nn.yaml:79:7
%7679 = mul %7673, %6193 : f32[16,64] @ models/lib/nn.yaml:79:7
%7680 = add %7679, %7678 : f32[16,64] @ models/lib/nn.yaml:79:7
%7681 = mul %7672, %7672 : f32[16,64] @ models/lib/nn.yaml:79:7
%7682 = mul %7681, %6197 : f32[16,64] @ models/lib/nn.yaml:79:7
%7683 = mul %7674, %6199 : f32[16,64] @ models/lib/nn.yaml:79:7
%7684 = add %7683, %7682 : f32[16,64] @ models/lib/nn.yaml:79:7
%7685 = cast %7676 : f64[] @ models/lib/nn.yaml:79:7
%7686 = pow %5465, %7685 : f64[] @ models/lib/nn.yaml:79:7
%7687 = sub %5446, %7686 : f64[] @ models/lib/nn.yaml:79:7
%7688 = div %3382, %7687 : f64[] @ models/lib/nn.yaml:79:7
%7689 = pow %5473, %7685 : f64[] @ models/lib/nn.yaml:79:7
%7690 = sub %5446, %7689 : f64[] @ models/lib/nn.yaml:79:7
%7691 = sqrt %7690 : f64[] @ models/lib/nn.yaml:79:7
%7692 = div %5446, %7691 : f64[] @ models/lib/nn.yaml:79:7
%7693 = sqrt %7684 : f32[16,64] @ models/lib/nn.yaml:79:7
%7694 = cast %7692 : f32[] @ models/lib/nn.yaml:79:7
%7695 = broadcast %7694 : f32[16,64] @ models/lib/nn.yaml:79:7
%7696 = mul %7693, %7695 : f32[16,64] @ models/lib/nn.yaml:79:7
%7697 = add %7696, %6214 : f32[16,64] @ models/lib/nn.yaml:79:7
%7698 = div %7680, %7697 : f32[16,64] @ models/lib/nn.yaml:79:7
%7699 = cast %7688 : f32[] @ models/lib/nn.yaml:79:7
%7700 = broadcast %7699 : f32[16,64] @ models/lib/nn.yaml:79:7
%7701 = mul %7698, %7700 : f32[16,64] @ models/lib/nn.yaml:79:7
%7702 = sub %7677, %7701 : f32[16,64] @ models/lib/nn.yaml:79:7
%7703 = assign %49, %7702 : f32[16,64] @ models/lib/nn.yaml:79:7
%7704 = assign %7673, %7680 : f32[16,64] @ models/lib/nn.yaml:79:7
%7705 = assign %7674, %7684 : f32[16,64] @ models/lib/nn.yaml:79:7
%7706 = assign %7675, %7676 : i64[] @ models/lib/nn.yaml:79:7
%7707 = mul %127, %6225 : f32[16,64] @ models/lib/nn.yaml:79:7
%7708 = mul %7702, %6227 : f32[16,64] @ models/lib/nn.yaml:79:7
%7709 = add %7707, %7708 : f32[16,64] @ models/lib/nn.yaml:79:7
%7710 = assign %127, %7709 : f32[16,64] @ models/lib/nn.yaml:79:7
%7711 = all_reduce_sum %4825 : f32[16] @ models/lib/nn.yaml:80:7
%7712 = mul %7711, %7711 : f32[16] @ models/lib/nn.yaml:80:7
%7713 = reduce_sum %7712 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7714 = sqrt %7713 : f32[] @ models/lib/nn.yaml:80:7
%7715 = cast %7714 : f64[] @ models/lib/nn.yaml:80:7
%7716 = add %7715, %5442 : f64[] @ models/lib/nn.yaml:80:7
%7717 = div %5444, %7716 : f64[] @ models/lib/nn.yaml:80:7
%7718 = lt %7717, %5446 : bool[] @ models/lib/nn.yaml:80:7
%7719 = cast %7717 : f32[] @ models/lib/nn.yaml:80:7
%7720 = broadcast %7719 : f32[16] @ models/lib/nn.yaml:80:7
%7721 = mul %7711, %7720 : f32[16] @ models/lib/nn.yaml:80:7
%7722 = broadcast %7718 : bool[16] @ models/lib/nn.yaml:80:7
%7723 = select %7722, %7721, %7711 : f32[16] @ models/lib/nn.yaml:80:7
%7724 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7725 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7726 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7727 = add %7726, %5456 : i64[] @ models/lib/nn.yaml:80:7
%7728 = mul %7723, %5587 : f32[16] @ models/lib/nn.yaml:80:7
%7729 = mul %7724, %5589 : f32[16] @ models/lib/nn.yaml:80:7
%7730 = add %7729, %7728 : f32[16] @ models/lib/nn.yaml:80:7
%7731 = mul %7723, %7723 : f32[16] @ models/lib/nn.yaml:80:7
%7732 = mul %7731, %5593 : f32[16] @ models/lib/nn.yaml:80:7
%7733 = mul %7725, %5595 : f32[16] @ models/lib/nn.yaml:80:7
%7734 = add %7733, %7732 : f32[16] @ models/lib/nn.yaml:80:7
%7735 = cast %7727 : f64[] @ models/lib/nn.yaml:80:7
%7736 = pow %5465, %7735 : f64[] @ models/lib/nn.yaml:80:7
%7737 = sub %5446, %7736 : f64[] @ models/lib/nn.yaml:80:7
%7738 = div %3382, %7737 : f64[] @ models/lib/nn.yaml:80:7
%7739 = pow %5473, %7735 : f64[] @ models/lib/nn.yaml:80:7
%7740 = sub %5446, %7739 : f64[] @ models/lib/nn.yaml:80:7
%7741 = sqrt %7740 : f64[] @ models/lib/nn.yaml:80:7
%7742 = div %5446, %7741 : f64[] @ models/lib/nn.yaml:80:7
%7743 = sqrt %7734 : f32[16] @ models/lib/nn.yaml:80:7
%7744 = cast %7742 : f32[] @ models/lib/nn.yaml:80:7
%7745 = broadcast %7744 : f32[16] @ models/lib/nn.yaml:80:7
%7746 = mul %7743, %7745 : f32[16] @ models/lib/nn.yaml:80:7
%7747 = add %7746, %5610 : f32[16] @ models/lib/nn.yaml:80:7
%7748 = div %7730, %7747 : f32[16] @ models/lib/nn.yaml:80:7
%7749 = cast %7738 : f32[] @ models/lib/nn.yaml:80:7
%7750 = broadcast %7749 : f32[16] @ models/lib/nn.yaml:80:7
%7751 = mul %7748, %7750 : f32[16] @ models/lib/nn.yaml:80:7
%7752 = sub %50, %7751 : f32[16] @ models/lib/nn.yaml:80:7
%7753 = assign %50, %7752 : f32[16] @ models/lib/nn.yaml:80:7
%7754 = assign %7724, %7730 : f32[16] @ models/lib/nn.yaml:80:7
%7755 = assign %7725, %7734 : f32[16] @ models/lib/nn.yaml:80:7
%7756 = assign %7726, %7727 : i64[] @ models/lib/nn.yaml:80:7
%7757 = mul %128, %5621 : f32[16] @ models/lib/nn.yaml:80:7
%7758 = mul %7752, %5623 : f32[16] @ models/lib/nn.yaml:80:7
%7759 = add %7757, %7758 : f32[16] @ models/lib/nn.yaml:80:7
%7760 = assign %128, %7759 : f32[16] @ models/lib/nn.yaml:80:7
%7761 = all_reduce_sum %4801 : f32[16] @ models/lib/nn.yaml:89:7
%7762 = mul %7761, %7761 : f32[16] @ models/lib/nn.yaml:89:7
%7763 = reduce_sum %7762 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7764 = sqrt %7763 : f32[] @ models/lib/nn.yaml:89:7
%7765 = cast %7764 : f64[] @ models/lib/nn.yaml:89:7
%7766 = add %7765, %5442 : f64[] @ models/lib/nn.yaml:89:7
%7767 = div %5444, %7766 : f64[] @ models/lib/nn.yaml:89:7
%7768 = lt %7767, %5446 : bool[] @ models/lib/nn.yaml:89:7
%7769 = cast %7767 : f32[] @ models/lib/nn.yaml:89:7
%7770 = broadcast %7769 : f32[16] @ models/lib/nn.yaml:89:7
%7771 = mul %7761, %7770 : f32[16] @ models/lib/nn.yaml:89:7
%7772 = broadcast %7768 : bool[16] @ models/lib/nn.yaml:89:7
%7773 = select %7772, %7771, %7761 : f32[16] @ models/lib/nn.yaml:89:7
%7774 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7775 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7776 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7777 = add %7776, %5456 : i64[] @ models/lib/nn.yaml:89:7
%7778 = mul %7773, %5587 : f32[16] @ models/lib/nn.yaml:89:7
%7779 = mul %7774, %5589 : f32[16] @ models/lib/nn.yaml:89:7
%7780 = add %7779, %7778 : f32[16] @ models/lib/nn.yaml:89:7
%7781 = mul %7773, %7773 : f32[16] @ models/lib/nn.yaml:89:7
%7782 = mul %7781, %5593 : f32[16] @ models/lib/nn.yaml:89:7
%7783 = mul %7775, %5595 : f32[16] @ models/lib/nn.yaml:89:7
%7784 = add %7783, %7782 : f32[16] @ models/lib/nn.yaml:89:7
%7785 = cast %7777 : f64[] @ models/lib/nn.yaml:89:7
%7786 = pow %5465, %7785 : f64[] @ models/lib/nn.yaml:89:7
%7787 = sub %5446, %7786 : f64[] @ models/lib/nn.yaml:89:7
%7788 = div %3382, %7787 : f64[] @ models/lib/nn.yaml:89:7
%7789 = pow %5473, %7785 : f64[] @ models/lib/nn.yaml:89:7
%7790 = sub %5446, %7789 : f64[] @ models/lib/nn.yaml:89:7
%7791 = sqrt %7790 : f64[] @ models/lib/nn.yaml:89:7
%7792 = div %5446, %7791 : f64[] @ models/lib/nn.yaml:89:7
%7793 = sqrt %7784 : f32[16] @ models/lib/nn.yaml:89:7
%7794 = cast %7792 : f32[] @ models/lib/nn.yaml:89:7
%7795 = broadcast %7794 : f32[16] @ models/lib/nn.yaml:89:7
%7796 = mul %7793, %7795 : f32[16] @ models/lib/nn.yaml:89:7
%7797 = add %7796, %5610 : f32[16] @ models/lib/nn.yaml:89:7
%7798 = div %7780, %7797 : f32[16] @ models/lib/nn.yaml:89:7
%7799 = cast %7788 : f32[] @ models/lib/nn.yaml:89:7
%7800 = broadcast %7799 : f32[16] @ models/lib/nn.yaml:89:7
%7801 = mul %7798, %7800 : f32[16] @ models/lib/nn.yaml:89:7
%7802 = sub %51, %7801 : f32[16] @ models/lib/nn.yaml:89:7
%7803 = assign %51, %7802 : f32[16] @ models/lib/nn.yaml:89:7
%7804 = assign %7774, %7780 : f32[16] @ models/lib/nn.yaml:89:7
%7805 = assign %7775, %7784 : f32[16] @ models/lib/nn.yaml:89:7
%7806 = assign %7776, %7777 : i64[] @ models/lib/nn.yaml:89:7
%7807 = mul %129, %5621 : f32[16] @ models/lib/nn.yaml:89:7
%7808 = mul %7802, %5623 : f32[16] @ models/lib/nn.yaml:89:7
%7809 = add %7807, %7808 : f32[16] @ models/lib/nn.yaml:89:7
%7810 = assign %129, %7809 : f32[16] @ models/lib/nn.yaml:89:7
%7811 = all_reduce_sum %4794 : f32[16] @ models/lib/nn.yaml:90:7
%7812 = mul %7811, %7811 : f32[16] @ models/lib/nn.yaml:90:7
%7813 = reduce_sum %7812 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7814 = sqrt %7813 : f32[] @ models/lib/nn.yaml:90:7
%7815 = cast %7814 : f64[] @ models/lib/nn.yaml:90:7
%7816 = add %7815, %5442 : f64[] @ models/lib/nn.yaml:90:7
%7817 = div %5444, %7816 : f64[] @ models/lib/nn.yaml:90:7
%7818 = lt %7817, %5446 : bool[] @ models/lib/nn.yaml:90:7
%7819 = cast %7817 : f32[] @ models/lib/nn.yaml:90:7
%7820 = broadcast %7819 : f32[16] @ models/lib/nn.yaml:90:7
%7821 = mul %7811, %7820 : f32[16] @ models/lib/nn.yaml:90:7
%7822 = broadcast %7818 : bool[16] @ models/lib/nn.yaml:90:7
%7823 = select %7822, %7821, %7811 : f32[16] @ models/lib/nn.yaml:90:7
%7824 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7825 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7826 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7827 = add %7826, %5456 : i64[] @ models/lib/nn.yaml:90:7
%7828 = mul %7823, %5587 : f32[16] @ models/lib/nn.yaml:90:7
%7829 = mul %7824, %5589 : f32[16] @ models/lib/nn.yaml:90:7
%7830 = add %7829, %7828 : f32[16] @ models/lib/nn.yaml:90:7
%7831 = mul %7823, %7823 : f32[16] @ models/lib/nn.yaml:90:7
%7832 = mul %7831, %5593 : f32[16] @ models/lib/nn.yaml:90:7
%7833 = mul %7825, %5595 : f32[16] @ models/lib/nn.yaml:90:7
%7834 = add %7833, %7832 : f32[16] @ models/lib/nn.yaml:90:7
%7835 = cast %7827 : f64[] @ models/lib/nn.yaml:90:7
%7836 = pow %5465, %7835 : f64[] @ models/lib/nn.yaml:90:7
%7837 = sub %5446, %7836 : f64[] @ models/lib/nn.yaml:90:7
%7838 = div %3382, %7837 : f64[] @ models/lib/nn.yaml:90:7
%7839 = pow %5473, %7835 : f64[] @ models/lib/nn.yaml:90:7
%7840 = sub %5446, %7839 : f64[] @ models/lib/nn.yaml:90:7
%7841 = sqrt %7840 : f64[] @ models/lib/nn.yaml:90:7
%7842 = div %5446, %7841 : f64[] @ models/lib/nn.yaml:90:7
%7843 = sqrt %7834 : f32[16] @ models/lib/nn.yaml:90:7
%7844 = cast %7842 : f32[] @ models/lib/nn.yaml:90:7
%7845 = broadcast %7844 : f32[16] @ models/lib/nn.yaml:90:7
%7846 = mul %7843, %7845 : f32[16] @ models/lib/nn.yaml:90:7
%7847 = add %7846, %5610 : f32[16] @ models/lib/nn.yaml:90:7
%7848 = div %7830, %7847 : f32[16] @ models/lib/nn.yaml:90:7
%7849 = cast %7838 : f32[] @ models/lib/nn.yaml:90:7
%7850 = broadcast %7849 : f32[16] @ models/lib/nn.yaml:90:7
%7851 = mul %7848, %7850 : f32[16] @ models/lib/nn.yaml:90:7
%7852 = sub %52, %7851 : f32[16] @ models/lib/nn.yaml:90:7
%7853 = assign %52, %7852 : f32[16] @ models/lib/nn.yaml:90:7
%7854 = assign %7824, %7830 : f32[16] @ models/lib/nn.yaml:90:7
%7855 = assign %7825, %7834 : f32[16] @ models/lib/nn.yaml:90:7
%7856 = assign %7826, %7827 : i64[] @ models/lib/nn.yaml:90:7
%7857 = mul %130, %5621 : f32[16] @ models/lib/nn.yaml:90:7
%7858 = mul %7852, %5623 : f32[16] @ models/lib/nn.yaml:90:7
%7859 = add %7857, %7858 : f32[16] @ models/lib/nn.yaml:90:7
%7860 = assign %130, %7859 : f32[16] @ models/lib/nn.yaml:90:7
%7861 = all_reduce_sum %4787 : f32[16,16] @ models/lib/nn.yaml:79:7
%7862 = reshape %7861 : f32[256] @ models/lib/nn.yaml:79:7
%7863 = mul %7862, %7862 : f32[256] @ models/lib/nn.yaml:79:7
%7864 = reduce_sum %7863 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7865 = sqrt %7864 : f32[] @ models/lib/nn.yaml:79:7
%7866 = cast %7865 : f64[] @ models/lib/nn.yaml:79:7
%7867 = add %7866, %5442 : f64[] @ models/lib/nn.yaml:79:7
%7868 = div %5444, %7867 : f64[] @ models/lib/nn.yaml:79:7
%7869 = lt %7868, %5446 : bool[] @ models/lib/nn.yaml:79:7
%7870 = cast %7868 : f32[] @ models/lib/nn.yaml:79:7
%7871 = broadcast %7870 : f32[16,16] @ models/lib/nn.yaml:79:7
%7872 = mul %7861, %7871 : f32[16,16] @ models/lib/nn.yaml:79:7
%7873 = broadcast %7869 : bool[16,16] @ models/lib/nn.yaml:79:7
%7874 = select %7873, %7872, %7861 : f32[16,16] @ models/lib/nn.yaml:79:7
%7875 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7876 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7877 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7878 = add %7877, %5456 : i64[] @ models/lib/nn.yaml:79:7
%7879 = mul %53, %5862 : f32[16,16] @ models/lib/nn.yaml:79:7
%7880 = mul %7874, %5864 : f32[16,16] @ models/lib/nn.yaml:79:7
%7881 = mul %7875, %5866 : f32[16,16] @ models/lib/nn.yaml:79:7
%7882 = add %7881, %7880 : f32[16,16] @ models/lib/nn.yaml:79:7
%7883 = mul %7874, %7874 : f32[16,16] @ models/lib/nn.yaml:79:7
%7884 = mul %7883, %5870 : f32[16,16] @ models/lib/nn.yaml:79:7
%7885 = mul %7876, %5872 : f32[16,16] @ models/lib/nn.yaml:79:7
%7886 = add %7885, %7884 : f32[16,16] @ models/lib/nn.yaml:79:7
%7887 = cast %7878 : f64[] @ models/lib/nn.yaml:79:7
%7888 = pow %5465, %7887 : f64[] @ models/lib/nn.yaml:79:7
%7889 = sub %5446, %7888 : f64[] @ models/lib/nn.yaml:79:7
%7890 = div %3382, %7889 : f64[] @ models/lib/nn.yaml:79:7
%7891 = pow %5473, %7887 : f64[] @ models/lib/nn.yaml:79:7
%7892 = sub %5446, %7891 : f64[] @ models/lib/nn.yaml:79:7
%7893 = sqrt %7892 : f64[] @ models/lib/nn.yaml:79:7
%7894 = div %5446, %7893 : f64[] @ models/lib/nn.yaml:79:7
%7895 = sqrt %7886 : f32[16,16] @ models/lib/nn.yaml:79:7
%7896 = cast %7894 : f32[] @ models/lib/nn.yaml:79:7
%7897 = broadcast %7896 : f32[16,16] @ models/lib/nn.yaml:79:7
%7898 = mul %7895, %7897 : f32[16,16] @ models/lib/nn.yaml:79:7
%7899 = add %7898, %5887 : f32[16,16] @ models/lib/nn.yaml:79:7
%7900 = div %7882, %7899 : f32[16,16] @ models/lib/nn.yaml:79:7
%7901 = cast %7890 : f32[] @ models/lib/nn.yaml:79:7
%7902 = broadcast %7901 : f32[16,16] @ models/lib/nn.yaml:79:7
%7903 = mul %7900, %7902 : f32[16,16] @ models/lib/nn.yaml:79:7
%7904 = sub %7879, %7903 : f32[16,16] @ models/lib/nn.yaml:79:7
%7905 = assign %53, %7904 : f32[16,16] @ models/lib/nn.yaml:79:7
%7906 = assign %7875, %7882 : f32[16,16] @ models/lib/nn.yaml:79:7
%7907 = assign %7876, %7886 : f32[16,16] @ models/lib/nn.yaml:79:7
%7908 = assign %7877, %7878 : i64[] @ models/lib/nn.yaml:79:7
%7909 = mul %131, %5898 : f32[16,16] @ models/lib/nn.yaml:79:7
%7910 = mul %7904, %5900 : f32[16,16] @ models/lib/nn.yaml:79:7
%7911 = add %7909, %7910 : f32[16,16] @ models/lib/nn.yaml:79:7
%7912 = assign %131, %7911 : f32[16,16] @ models/lib/nn.yaml:79:7
%7913 = all_reduce_sum %4782 : f32[16] @ models/lib/nn.yaml:80:7
%7914 = mul %7913, %7913 : f32[16] @ models/lib/nn.yaml:80:7
%7915 = reduce_sum %7914 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7916 = sqrt %7915 : f32[] @ models/lib/nn.yaml:80:7
%7917 = cast %7916 : f64[] @ models/lib/nn.yaml:80:7
%7918 = add %7917, %5442 : f64[] @ models/lib/nn.yaml:80:7
%7919 = div %5444, %7918 : f64[] @ models/lib/nn.yaml:80:7
%7920 = lt %7919, %5446 : bool[] @ models/lib/nn.yaml:80:7
%7921 = cast %7919 : f32[] @ models/lib/nn.yaml:80:7
%7922 = broadcast %7921 : f32[16] @ models/lib/nn.yaml:80:7
%7923 = mul %7913, %7922 : f32[16] @ models/lib/nn.yaml:80:7
%7924 = broadcast %7920 : bool[16] @ models/lib/nn.yaml:80:7
%7925 = select %7924, %7923, %7913 : f32[16] @ models/lib/nn.yaml:80:7
%7926 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7927 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7928 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7929 = add %7928, %5456 : i64[] @ models/lib/nn.yaml:80:7
%7930 = mul %7925, %5587 : f32[16] @ models/lib/nn.yaml:80:7
%7931 = mul %7926, %5589 : f32[16] @ models/lib/nn.yaml:80:7
%7932 = add %7931, %7930 : f32[16] @ models/lib/nn.yaml:80:7
%7933 = mul %7925, %7925 : f32[16] @ models/lib/nn.yaml:80:7
%7934 = mul %7933, %5593 : f32[16] @ models/lib/nn.yaml:80:7
%7935 = mul %7927, %5595 : f32[16] @ models/lib/nn.yaml:80:7
%7936 = add %7935, %7934 : f32[16] @ models/lib/nn.yaml:80:7
%7937 = cast %7929 : f64[] @ models/lib/nn.yaml:80:7
%7938 = pow %5465, %7937 : f64[] @ models/lib/nn.yaml:80:7
%7939 = sub %5446, %7938 : f64[] @ models/lib/nn.yaml:80:7
%7940 = div %3382, %7939 : f64[] @ models/lib/nn.yaml:80:7
%7941 = pow %5473, %7937 : f64[] @ models/lib/nn.yaml:80:7
%7942 = sub %5446, %7941 : f64[] @ models/lib/nn.yaml:80:7
%7943 = sqrt %7942 : f64[] @ models/lib/nn.yaml:80:7
%7944 = div %5446, %7943 : f64[] @ models/lib/nn.yaml:80:7
%7945 = sqrt %7936 : f32[16] @ models/lib/nn.yaml:80:7
%7946 = cast %7944 : f32[] @ models/lib/nn.yaml:80:7
%7947 = broadcast %7946 : f32[16] @ models/lib/nn.yaml:80:7
%7948 = mul %7945, %7947 : f32[16] @ models/lib/nn.yaml:80:7
%7949 = add %7948, %5610 : f32[16] @ models/lib/nn.yaml:80:7
%7950 = div %7932, %7949 : f32[16] @ models/lib/nn.yaml:80:7
%7951 = cast %7940 : f32[] @ models/lib/nn.yaml:80:7
%7952 = broadcast %7951 : f32[16] @ models/lib/nn.yaml:80:7
%7953 = mul %7950, %7952 : f32[16] @ models/lib/nn.yaml:80:7
%7954 = sub %54, %7953 : f32[16] @ models/lib/nn.yaml:80:7
%7955 = assign %54, %7954 : f32[16] @ models/lib/nn.yaml:80:7
%7956 = assign %7926, %7932 : f32[16] @ models/lib/nn.yaml:80:7
%7957 = assign %7927, %7936 : f32[16] @ models/lib/nn.yaml:80:7
%7958 = assign %7928, %7929 : i64[] @ models/lib/nn.yaml:80:7
%7959 = mul %132, %5621 : f32[16] @ models/lib/nn.yaml:80:7
%7960 = mul %7954, %5623 : f32[16] @ models/lib/nn.yaml:80:7
%7961 = add %7959, %7960 : f32[16] @ models/lib/nn.yaml:80:7
%7962 = assign %132, %7961 : f32[16] @ models/lib/nn.yaml:80:7
%7963 = all_reduce_sum %4777 : f32[16,16] @ models/lib/nn.yaml:79:7
%7964 = reshape %7963 : f32[256] @ models/lib/nn.yaml:79:7
%7965 = mul %7964, %7964 : f32[256] @ models/lib/nn.yaml:79:7
%7966 = reduce_sum %7965 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7967 = sqrt %7966 : f32[] @ models/lib/nn.yaml:79:7
%7968 = cast %7967 : f64[] @ models/lib/nn.yaml:79:7
%7969 = add %7968, %5442 : f64[] @ models/lib/nn.yaml:79:7
%7970 = div %5444, %7969 : f64[] @ models/lib/nn.yaml:79:7
%7971 = lt %7970, %5446 : bool[] @ models/lib/nn.yaml:79:7
%7972 = cast %7970 : f32[] @ models/lib/nn.yaml:79:7
%7973 = broadcast %7972 : f32[16,16] @ models/lib/nn.yaml:79:7
%7974 = mul %7963, %7973 : f32[16,16] @ models/lib/nn.yaml:79:7
%7975 = broadcast %7971 : bool[16,16] @ models/lib/nn.yaml:79:7
%7976 = select %7975, %7974, %7963 : f32[16,16] @ models/lib/nn.yaml:79:7
%7977 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7978 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7979 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7980 = add %7979, %5456 : i64[] @ models/lib/nn.yaml:79:7
%7981 = mul %55, %5862 : f32[16,16] @ models/lib/nn.yaml:79:7
%7982 = mul %7976, %5864 : f32[16,16] @ models/lib/nn.yaml:79:7
%7983 = mul %7977, %5866 : f32[16,16] @ models/lib/nn.yaml:79:7
%7984 = add %7983, %7982 : f32[16,16] @ models/lib/nn.yaml:79:7
%7985 = mul %7976, %7976 : f32[16,16] @ models/lib/nn.yaml:79:7
%7986 = mul %7985, %5870 : f32[16,16] @ models/lib/nn.yaml:79:7
%7987 = mul %7978, %5872 : f32[16,16] @ models/lib/nn.yaml:79:7
%7988 = add %7987, %7986 : f32[16,16] @ models/lib/nn.yaml:79:7
%7989 = cast %7980 : f64[] @ models/lib/nn.yaml:79:7
%7990 = pow %5465, %7989 : f64[] @ models/lib/nn.yaml:79:7
%7991 = sub %5446, %7990 : f64[] @ models/lib/nn.yaml:79:7
%7992 = div %3382, %7991 : f64[] @ models/lib/nn.yaml:79:7
%7993 = pow %5473, %7989 : f64[] @ models/lib/nn.yaml:79:7
%7994 = sub %5446, %7993 : f64[] @ models/lib/nn.yaml:79:7
%7995 = sqrt %7994 : f64[] @ models/lib/nn.yaml:79:7
%7996 = div %5446, %7995 : f64[] @ models/lib/nn.yaml:79:7
%7997 = sqrt %7988 : f32[16,16] @ models/lib/nn.yaml:79:7
%7998 = cast %7996 : f32[] @ models/lib/nn.yaml:79:7
%7999 = broadcast %7998 : f32[16,16] @ models/lib/nn.yaml:79:7
%8000 = mul %7997, %7999 : f32[16,16] @ models/lib/nn.yaml:79:7
%8001 = add %8000, %5887 : f32[16,16] @ models/lib/nn.yaml:79:7
%8002 = div %7984, %8001 : f32[16,16] @ models/lib/nn.yaml:79:7
%8003 = cast %7992 : f32[] @ models/lib/nn.yaml:79:7
%8004 = broadcast %8003 : f32[16,16] @ models/lib/nn.yaml:79:7
%8005 = mul %8002, %8004 : f32[16,16] @ models/lib/nn.yaml:79:7
%8006 = sub %7981, %8005 : f32[16,16] @ models/lib/nn.yaml:79:7
%8007 = assign %55, %8006 : f32[16,16] @ models/lib/nn.yaml:79:7
%8008 = assign %7977, %7984 : f32[16,16] @ models/lib/nn.yaml:79:7
%8009 = assign %7978, %7988 : f32[16,16] @ models/lib/nn.yaml:79:7
%8010 = assign %7979, %7980 : i64[] @ models/lib/nn.yaml:79:7
%8011 = mul %133, %5898 : f32[16,16] @ models/lib/nn.yaml:79:7
%8012 = mul %8006, %5900 : f32[16,16] @ models/lib/nn.yaml:79:7
%8013 = add %8011, %8012 : f32[16,16] @ models/lib/nn.yaml:79:7
%8014 = assign %133, %8013 : f32[16,16] @ models/lib/nn.yaml:79:7
%8015 = all_reduce_sum %4772 : f32[16] @ models/lib/nn.yaml:80:7
%8016 = mul %8015, %8015 : f32[16] @ models/lib/nn.yaml:80:7
%8017 = reduce_sum %8016 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8018 = sqrt %8017 : f32[] @ models/lib/nn.yaml:80:7
%8019 = cast %8018 : f64[] @ models/lib/nn.yaml:80:7
%8020 = add %8019, %5442 : f64[] @ models/lib/nn.yaml:80:7
%8021 = div %5444, %8020 : f64[] @ models/lib/nn.yaml:80:7
%8022 = lt %8021, %5446 : bool[] @ models/lib/nn.yaml:80:7
%8023 = cast %8021 : f32[] @ models/lib/nn.yaml:80:7
%8024 = broadcast %8023 : f32[16] @ models/lib/nn.yaml:80:7
%8025 = mul %8015, %8024 : f32[16] @ models/lib/nn.yaml:80:7
%8026 = broadcast %8022 : bool[16] @ models/lib/nn.yaml:80:7
%8027 = select %8026, %8025, %8015 : f32[16] @ models/lib/nn.yaml:80:7
%8028 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8029 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8030 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8031 = add %8030, %5456 : i64[] @ models/lib/nn.yaml:80:7
%8032 = mul %8027, %5587 : f32[16] @ models/lib/nn.yaml:80:7
%8033 = mul %8028, %5589 : f32[16] @ models/lib/nn.yaml:80:7
%8034 = add %8033, %8032 : f32[16] @ models/lib/nn.yaml:80:7
%8035 = mul %8027, %8027 : f32[16] @ models/lib/nn.yaml:80:7
%8036 = mul %8035, %5593 : f32[16] @ models/lib/nn.yaml:80:7
%8037 = mul %8029, %5595 : f32[16] @ models/lib/nn.yaml:80:7
%8038 = add %8037, %8036 : f32[16] @ models/lib/nn.yaml:80:7
%8039 = cast %8031 : f64[] @ models/lib/nn.yaml:80:7
%8040 = pow %5465, %8039 : f64[] @ models/lib/nn.yaml:80:7
%8041 = sub %5446, %8040 : f64[] @ models/lib/nn.yaml:80:7
%8042 = div %3382, %8041 : f64[] @ models/lib/nn.yaml:80:7
%8043 = pow %5473, %8039 : f64[] @ models/lib/nn.yaml:80:7
%8044 = sub %5446, %8043 : f64[] @ models/lib/nn.yaml:80:7
%8045 = sqrt %8044 : f64[] @ models/lib/nn.yaml:80:7
%8046 = div %5446, %8045 : f64[] @ models/lib/nn.yaml:80:7
%8047 = sqrt %8038 : f32[16] @ models/lib/nn.yaml:80:7
%8048 = cast %8046 : f32[] @ models/lib/nn.yaml:80:7
%8049 = broadcast %8048 : f32[16] @ models/lib/nn.yaml:80:7
%8050 = mul %8047, %8049 : f32[16] @ models/lib/nn.yaml:80:7
%8051 = add %8050, %5610 : f32[16] @ models/lib/nn.yaml:80:7
%8052 = div %8034, %8051 : f32[16] @ models/lib/nn.yaml:80:7
%8053 = cast %8042 : f32[] @ models/lib/nn.yaml:80:7
%8054 = broadcast %8053 : f32[16] @ models/lib/nn.yaml:80:7
%8055 = mul %8052, %8054 : f32[16] @ models/lib/nn.yaml:80:7
%8056 = sub %56, %8055 : f32[16] @ models/lib/nn.yaml:80:7
%8057 = assign %56, %8056 : f32[16] @ models/lib/nn.yaml:80:7
%8058 = assign %8028, %8034 : f32[16] @ models/lib/nn.yaml:80:7
%8059 = assign %8029, %8038 : f32[16] @ models/lib/nn.yaml:80:7
%8060 = assign %8030, %8031 : i64[] @ models/lib/nn.yaml:80:7
%8061 = mul %134, %5621 : f32[16] @ models/lib/nn.yaml:80:7
%8062 = mul %8056, %5623 : f32[16] @ models/lib/nn.yaml:80:7
%8063 = add %8061, %8062 : f32[16] @ models/lib/nn.yaml:80:7
%8064 = assign %134, %8063 : f32[16] @ models/lib/nn.yaml:80:7
%8065 = all_reduce_sum %4765 : f32[16,16] @ models/lib/nn.yaml:79:7
%8066 = reshape %8065 : f32[256] @ models/lib/nn.yaml:79:7
%8067 = mul %8066, %8066 : f32[256] @ models/lib/nn.yaml:79:7
%8068 = reduce_sum %8067 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8069 = sqrt %8068 : f32[] @ models/lib/nn.yaml:79:7
%8070 = cast %8069 : f64[] @ models/lib/nn.yaml:79:7
%8071 = add %8070, %5442 : f64[] @ models/lib/nn.yaml:79:7
%8072 = div %5444, %8071 : f64[] @ models/lib/nn.yaml:79:7
%8073 = lt %8072, %5446 : bool[] @ models/lib/nn.yaml:79:7
%8074 = cast %8072 : f32[] @ models/lib/nn.yaml:79:7
%8075 = broadcast %8074 : f32[16,16] @ models/lib/nn.yaml:79:7
%8076 = mul %8065, %8075 : f32[16,16] @ models/lib/nn.yaml:79:7
%8077 = broadcast %8073 : bool[16,16] @ models/lib/nn.yaml:79:7
%8078 = select %8077, %8076, %8065 : f32[16,16] @ models/lib/nn.yaml:79:7
%8079 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8080 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8081 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8082 = add %8081, %5456 : i64[] @ models/lib/nn.yaml:79:7
%8083 = mul %57, %5862 : f32[16,16] @ models/lib/nn.yaml:79:7
%8084 = mul %8078, %5864 : f32[16,16] @ models/lib/nn.yaml:79:7
%8085 = mul %8079, %5866 : f32[16,16] @ models/lib/nn.yaml:79:7
%8086 = add %8085, %8084 : f32[16,16] @ models/lib/nn.yaml:79:7
%8087 = mul %8078, %8078 : f32[16,16] @ models/lib/nn.yaml:79:7
%8088 = mul %8087, %5870 : f32[16,16] @ models/lib/nn.yaml:79:7
%8089 = mul %8080, %5872 : f32[16,16] @ models/lib/nn.yaml:79:7
%8090 = add %8089, %8088 : f32[16,16] @ models/lib/nn.yaml:79:7
%8091 = cast %8082 : f64[] @ models/lib/nn.yaml:79:7
%8092 = pow %5465, %8091 : f64[] @ models/lib/nn.yaml:79:7
%8093 = sub %5446, %8092 : f64[] @ models/lib/nn.yaml:79:7
%8094 = div %3382, %8093 : f64[] @ models/lib/nn.yaml:79:7
%8095 = pow %5473, %8091 : f64[] @ models/lib/nn.yaml:79:7
%8096 = sub %5446, %8095 : f64[] @ models/lib/nn.yaml:79:7
%8097 = sqrt %8096 : f64[] @ models/lib/nn.yaml:79:7
%8098 = div %5446, %8097 : f64[] @ models/lib/nn.yaml:79:7
%8099 = sqrt %8090 : f32[16,16] @ models/lib/nn.yaml:79:7
%8100 = cast %8098 : f32[] @ models/lib/nn.yaml:79:7
%8101 = broadcast %8100 : f32[16,16] @ models/lib/nn.yaml:79:7
%8102 = mul %8099, %8101 : f32[16,16] @ models/lib/nn.yaml:79:7
%8103 = add %8102, %5887 : f32[16,16] @ models/lib/nn.yaml:79:7
%8104 = div %8086, %8103 : f32[16,16] @ models/lib/nn.yaml:79:7
%8105 = cast %8094 : f32[] @ models/lib/nn.yaml:79:7
%8106 = broadcast %8105 : f32[16,16] @ models/lib/nn.yaml:79:7
%8107 = mul %8104, %8106 : f32[16,16] @ models/lib/nn.yaml:79:7
%8108 = sub %8083, %8107 : f32[16,16] @ models/lib/nn.yaml:79:7
%8109 = assign %57, %8108 : f32[16,16] @ models/lib/nn.yaml:79:7
%8110 = assign %8079, %8086 : f32[16,16] @ models/lib/nn.yaml:79:7
%8111 = assign %8080, %8090 : f32[16,16] @ models/lib/nn.yaml:79:7
%8112 = assign %8081, %8082 : i64[] @ models/lib/nn.yaml:79:7
%8113 = mul %135, %5898 : f32[16,16] @ models/lib/nn.yaml:79:7
%8114 = mul %8108, %5900 : f32[16,16] @ models/lib/nn.yaml:79:7
%8115 = add %8113, %8114 : f32[16,16] @ models/lib/nn.yaml:79:7
%8116 = assign %135, %8115 : f32[16,16] @ models/lib/nn.yaml:79:7
%8117 = all_reduce_sum %4760 : f32[16] @ models/lib/nn.yaml:80:7
%8118 = mul %8117, %8117 : f32[16] @ models/lib/nn.yaml:80:7
%8119 = reduce_sum %8118 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8120 = sqrt %8119 : f32[] @ models/lib/nn.yaml:80:7
%8121 = cast %8120 : f64[] @ models/lib/nn.yaml:80:7
%8122 = add %8121, %5442 : f64[] @ models/lib/nn.yaml:80:7
%8123 = div %5444, %8122 : f64[] @ models/lib/nn.yaml:80:7
%8124 = lt %8123, %5446 : bool[] @ models/lib/nn.yaml:80:7
%8125 = cast %8123 : f32[] @ models/lib/nn.yaml:80:7
%8126 = broadcast %8125 : f32[16] @ models/lib/nn.yaml:80:7
%8127 = mul %8117, %8126 : f32[16] @ models/lib/nn.yaml:80:7
%8128 = broadcast %8124 : bool[16] @ models/lib/nn.yaml:80:7
%8129 = select %8128, %8127, %8117 : f32[16] @ models/lib/nn.yaml:80:7
%8130 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8131 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8132 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8133 = add %8132, %5456 : i64[] @ models/lib/nn.yaml:80:7
%8134 = mul %8129, %5587 : f32[16] @ models/lib/nn.yaml:80:7
%8135 = mul %8130, %5589 : f32[16] @ models/lib/nn.yaml:80:7
%8136 = add %8135, %8134 : f32[16] @ models/lib/nn.yaml:80:7
%8137 = mul %8129, %8129 : f32[16] @ models/lib/nn.yaml:80:7
%8138 = mul %8137, %5593 : f32[16] @ models/lib/nn.yaml:80:7
%8139 = mul %8131, %5595 : f32[16] @ models/lib/nn.yaml:80:7
%8140 = add %8139, %8138 : f32[16] @ models/lib/nn.yaml:80:7
%8141 = cast %8133 : f64[] @ models/lib/nn.yaml:80:7
%8142 = pow %5465, %8141 : f64[] @ models/lib/nn.yaml:80:7
%8143 = sub %5446, %8142 : f64[] @ models/lib/nn.yaml:80:7
%8144 = div %3382, %8143 : f64[] @ models/lib/nn.yaml:80:7
%8145 = pow %5473, %8141 : f64[] @ models/lib/nn.yaml:80:7
%8146 = sub %5446, %8145 : f64[] @ models/lib/nn.yaml:80:7
%8147 = sqrt %8146 : f64[] @ models/lib/nn.yaml:80:7
%8148 = div %5446, %8147 : f64[] @ models/lib/nn.yaml:80:7
%8149 = sqrt %8140 : f32[16] @ models/lib/nn.yaml:80:7
%8150 = cast %8148 : f32[] @ models/lib/nn.yaml:80:7
%8151 = broadcast %8150 : f32[16] @ models/lib/nn.yaml:80:7
%8152 = mul %8149, %8151 : f32[16] @ models/lib/nn.yaml:80:7
%8153 = add %8152, %5610 : f32[16] @ models/lib/nn.yaml:80:7
%8154 = div %8136, %8153 : f32[16] @ models/lib/nn.yaml:80:7
%8155 = cast %8144 : f32[] @ models/lib/nn.yaml:80:7
%8156 = broadcast %8155 : f32[16] @ models/lib/nn.yaml:80:7
%8157 = mul %8154, %8156 : f32[16] @ models/lib/nn.yaml:80:7
%8158 = sub %58, %8157 : f32[16] @ models/lib/nn.yaml:80:7
%8159 = assign %58, %8158 : f32[16] @ models/lib/nn.yaml:80:7
%8160 = assign %8130, %8136 : f32[16] @ models/lib/nn.yaml:80:7
%8161 = assign %8131, %8140 : f32[16] @ models/lib/nn.yaml:80:7
%8162 = assign %8132, %8133 : i64[] @ models/lib/nn.yaml:80:7
%8163 = mul %136, %5621 : f32[16] @ models/lib/nn.yaml:80:7
%8164 = mul %8158, %5623 : f32[16] @ models/lib/nn.yaml:80:7
%8165 = add %8163, %8164 : f32[16] @ models/lib/nn.yaml:80:7
%8166 = assign %136, %8165 : f32[16] @ models/lib/nn.yaml:80:7
%8167 = all_reduce_sum %4688 : f32[16,16] @ models/lib/nn.yaml:79:7
%8168 = reshape %8167 : f32[256] @ models/lib/nn.yaml:79:7
%8169 = mul %8168, %8168 : f32[256] @ models/lib/nn.yaml:79:7
%8170 = reduce_sum %8169 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8171 = sqrt %8170 : f32[] @ models/lib/nn.yaml:79:7
%8172 = cast %8171 : f64[] @ models/lib/nn.yaml:79:7
%8173 = add %8172, %5442 : f64[] @ models/lib/nn.yaml:79:7
%8174 = div %5444, %8173 : f64[] @ models/lib/nn.yaml:79:7
%8175 = lt %8174, %5446 : bool[] @ models/lib/nn.yaml:79:7
%8176 = cast %8174 : f32[] @ models/lib/nn.yaml:79:7
%8177 = broadcast %8176 : f32[16,16] @ models/lib/nn.yaml:79:7
%8178 = mul %8167, %8177 : f32[16,16] @ models/lib/nn.yaml:79:7
%8179 = broadcast %8175 : bool[16,16] @ models/lib/nn.yaml:79:7
%8180 = select %8179, %8178, %8167 : f32[16,16] @ models/lib/nn.yaml:79:7
%8181 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8182 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8183 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8184 = add %8183, %5456 : i64[] @ models/lib/nn.yaml:79:7
%8185 = mul %59, %5862 : f32[16,16] @ models/lib/nn.yaml:79:7
%8186 = mul %8180, %5864 : f32[16,16] @ models/lib/nn.yaml:79:7
%8187 = mul %8181, %5866 : f32[16,16] @ models/lib/nn.yaml:79:7
%8188 = add %8187, %8186 : f32[16,16] @ models/lib/nn.yaml:79:7
%8189 = mul %8180, %8180 : f32[16,16] @ models/lib/nn.yaml:79:7
%8190 = mul %8189, %5870 : f32[16,16] @ models/lib/nn.yaml:79:7
%8191 = mul %8182, %5872 : f32[16,16] @ models/lib/nn.yaml:79:7
%8192 = add %8191, %8190 : f32[16,16] @ models/lib/nn.yaml:79:7
%8193 = cast %8184 : f64[] @ models/lib/nn.yaml:79:7
%8194 = pow %5465, %8193 : f64[] @ models/lib/nn.yaml:79:7
%8195 = sub %5446, %8194 : f64[] @ models/lib/nn.yaml:79:7
%8196 = div %3382, %8195 : f64[] @ models/lib/nn.yaml:79:7
%8197 = pow %5473, %8193 : f64[] @ models/lib/nn.yaml:79:7
%8198 = sub %5446, %8197 : f64[] @ models/lib/nn.yaml:79:7
%8199 = sqrt %8198 : f64[] @ models/lib/nn.yaml:79:7
%8200 = div %5446, %8199 : f64[] @ models/lib/nn.yaml:79:7
%8201 = sqrt %8192 : f32[16,16] @ models/lib/nn.yaml:79:7
%8202 = cast %8200 : f32[] @ models/lib/nn.yaml:79:7
%8203 = broadcast %8202 : f32[16,16] @ models/lib/nn.yaml:79:7
%8204 = mul %8201, %8203 : f32[16,16] @ models/lib/nn.yaml:79:7
%8205 = add %8204, %5887 : f32[16,16] @ models/lib/nn.yaml:79:7
%8206 = div %8188, %8205 : f32[16,16] @ models/lib/nn.yaml:79:7
%8207 = cast %8196 : f32[] @ models/lib/nn.yaml:79:7
%8208 = broadcast %8207 : f32[16,16] @ models/lib/nn.yaml:79:7
%8209 = mul %8206, %8208 : f32[16,16] @ models/lib/nn.yaml:79:7
%8210 = sub %8185, %8209 : f32[16,16] @ models/lib/nn.yaml:79:7
%8211 = assign %59, %8210 : f32[16,16] @ models/lib/nn.yaml:79:7
%8212 = assign %8181, %8188 : f32[16,16] @ models/lib/nn.yaml:79:7
%8213 = assign %8182, %8192 : f32[16,16] @ models/lib/nn.yaml:79:7
%8214 = assign %8183, %8184 : i64[] @ models/lib/nn.yaml:79:7
%8215 = mul %137, %5898 : f32[16,16] @ models/lib/nn.yaml:79:7
%8216 = mul %8210, %5900 : f32[16,16] @ models/lib/nn.yaml:79:7
%8217 = add %8215, %8216 : f32[16,16] @ models/lib/nn.yaml:79:7
%8218 = assign %137, %8217 : f32[16,16] @ models/lib/nn.yaml:79:7
%8219 = all_reduce_sum %4683 : f32[16] @ models/lib/nn.yaml:80:7
%8220 = mul %8219, %8219 : f32[16] @ models/lib/nn.yaml:80:7
%8221 = reduce_sum %8220 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8222 = sqrt %8221 : f32[] @ models/lib/nn.yaml:80:7
%8223 = cast %8222 : f64[] @ models/lib/nn.yaml:80:7
%8224 = add %8223, %5442 : f64[] @ models/lib/nn.yaml:80:7
%8225 = div %5444, %8224 : f64[] @ models/lib/nn.yaml:80:7
%8226 = lt %8225, %5446 : bool[] @ models/lib/nn.yaml:80:7
%8227 = cast %8225 : f32[] @ models/lib/nn.yaml:80:7
%8228 = broadcast %8227 : f32[16] @ models/lib/nn.yaml:80:7
%8229 = mul %8219, %8228 : f32[16] @ models/lib/nn.yaml:80:7
%8230 = broadcast %8226 : bool[16] @ models/lib/nn.yaml:80:7
%8231 = select %8230, %8229, %8219 : f32[16] @ models/lib/nn.yaml:80:7
%8232 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8233 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8234 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8235 = add %8234, %5456 : i64[] @ models/lib/nn.yaml:80:7
%8236 = mul %8231, %5587 : f32[16] @ models/lib/nn.yaml:80:7
%8237 = mul %8232, %5589 : f32[16] @ models/lib/nn.yaml:80:7
%8238 = add %8237, %8236 : f32[16] @ models/lib/nn.yaml:80:7
%8239 = mul %8231, %8231 : f32[16] @ models/lib/nn.yaml:80:7
%8240 = mul %8239, %5593 : f32[16] @ models/lib/nn.yaml:80:7
%8241 = mul %8233, %5595 : f32[16] @ models/lib/nn.yaml:80:7
%8242 = add %8241, %8240 : f32[16] @ models/lib/nn.yaml:80:7
%8243 = cast %8235 : f64[] @ models/lib/nn.yaml:80:7
%8244 = pow %5465, %8243 : f64[] @ models/lib/nn.yaml:80:7
%8245 = sub %5446, %8244 : f64[] @ models/lib/nn.yaml:80:7
%8246 = div %3382, %8245 : f64[] @ models/lib/nn.yaml:80:7
%8247 = pow %5473, %8243 : f64[] @ models/lib/nn.yaml:80:7
%8248 = sub %5446, %8247 : f64[] @ models/lib/nn.yaml:80:7
%8249 = sqrt %8248 : f64[] @ models/lib/nn.yaml:80:7
%8250 = div %5446, %8249 : f64[] @ models/lib/nn.yaml:80:7
%8251 = sqrt %8242 : f32[16] @ models/lib/nn.yaml:80:7
%8252 = cast %8250 : f32[] @ models/lib/nn.yaml:80:7
%8253 = broadcast %8252 : f32[16] @ models/lib/nn.yaml:80:7
%8254 = mul %8251, %8253 : f32[16] @ models/lib/nn.yaml:80:7
%8255 = add %8254, %5610 : f32[16] @ models/lib/nn.yaml:80:7
%8256 = div %8238, %8255 : f32[16] @ models/lib/nn.yaml:80:7
%8257 = cast %8246 : f32[] @ models/lib/nn.yaml:80:7
%8258 = broadcast %8257 : f32[16] @ models/lib/nn.yaml:80:7
%8259 = mul %8256, %8258 : f32[16] @ models/lib/nn.yaml:80:7
%8260 = sub %60, %8259 : f32[16] @ models/lib/nn.yaml:80:7
%8261 = assign %60, %8260 : f32[16] @ models/lib/nn.yaml:80:7
%8262 = assign %8232, %8238 : f32[16] @ models/lib/nn.yaml:80:7
%8263 = assign %8233, %8242 : f32[16] @ models/lib/nn.yaml:80:7
%8264 = assign %8234, %8235 : i64[] @ models/lib/nn.yaml:80:7
%8265 = mul %138, %5621 : f32[16] @ models/lib/nn.yaml:80:7
%8266 = mul %8260, %5623 : f32[16] @ models/lib/nn.yaml:80:7
%8267 = add %8265, %8266 : f32[16] @ models/lib/nn.yaml:80:7
%8268 = assign %138, %8267 : f32[16] @ models/lib/nn.yaml:80:7
%8269 = all_reduce_sum %4662 : f32[16] @ models/lib/nn.yaml:89:7
%8270 = mul %8269, %8269 : f32[16] @ models/lib/nn.yaml:89:7
%8271 = reduce_sum %8270 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8272 = sqrt %8271 : f32[] @ models/lib/nn.yaml:89:7
%8273 = cast %8272 : f64[] @ models/lib/nn.yaml:89:7
%8274 = add %8273, %5442 : f64[] @ models/lib/nn.yaml:89:7
%8275 = div %5444, %8274 : f64[] @ models/lib/nn.yaml:89:7
%8276 = lt %8275, %5446 : bool[] @ models/lib/nn.yaml:89:7
%8277 = cast %8275 : f32[] @ models/lib/nn.yaml:89:7
%8278 = broadcast %8277 : f32[16] @ models/lib/nn.yaml:89:7
%8279 = mul %8269, %8278 : f32[16] @ models/lib/nn.yaml:89:7
%8280 = broadcast %8276 : bool[16] @ models/lib/nn.yaml:89:7
%8281 = select %8280, %8279, %8269 : f32[16] @ models/lib/nn.yaml:89:7
%8282 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8283 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8284 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8285 = add %8284, %5456 : i64[] @ models/lib/nn.yaml:89:7
%8286 = mul %8281, %5587 : f32[16] @ models/lib/nn.yaml:89:7
%8287 = mul %8282, %5589 : f32[16] @ models/lib/nn.yaml:89:7
%8288 = add %8287, %8286 : f32[16] @ models/lib/nn.yaml:89:7
%8289 = mul %8281, %8281 : f32[16] @ models/lib/nn.yaml:89:7
%8290 = mul %8289, %5593 : f32[16] @ models/lib/nn.yaml:89:7
%8291 = mul %8283, %5595 : f32[16] @ models/lib/nn.yaml:89:7
%8292 = add %8291, %8290 : f32[16] @ models/lib/nn.yaml:89:7
%8293 = cast %8285 : f64[] @ models/lib/nn.yaml:89:7
%8294 = pow %5465, %8293 : f64[] @ models/lib/nn.yaml:89:7
%8295 = sub %5446, %8294 : f64[] @ models/lib/nn.yaml:89:7
%8296 = div %3382, %8295 : f64[] @ models/lib/nn.yaml:89:7
%8297 = pow %5473, %8293 : f64[] @ models/lib/nn.yaml:89:7
%8298 = sub %5446, %8297 : f64[] @ models/lib/nn.yaml:89:7
%8299 = sqrt %8298 : f64[] @ models/lib/nn.yaml:89:7
%8300 = div %5446, %8299 : f64[] @ models/lib/nn.yaml:89:7
%8301 = sqrt %8292 : f32[16] @ models/lib/nn.yaml:89:7
%8302 = cast %8300 : f32[] @ models/lib/nn.yaml:89:7
%8303 = broadcast %8302 : f32[16] @ models/lib/nn.yaml:89:7
%8304 = mul %8301, %8303 : f32[16] @ models/lib/nn.yaml:89:7
%8305 = add %8304, %5610 : f32[16] @ models/lib/nn.yaml:89:7
%8306 = div %8288, %8305 : f32[16] @ models/lib/nn.yaml:89:7
%8307 = cast %8296 : f32[] @ models/lib/nn.yaml:89:7
%8308 = broadcast %8307 : f32[16] @ models/lib/nn.yaml:89:7
%8309 = mul %8306, %8308 : f32[16] @ models/lib/nn.yaml:89:7
%8310 = sub %61, %8309 : f32[16] @ models/lib/nn.yaml:89:7
%8311 = assign %61, %8310 : f32[16] @ models/lib/nn.yaml:89:7
%8312 = assign %8282, %8288 : f32[16] @ models/lib/nn.yaml:89:7
%8313 = assign %8283, %8292 : f32[16] @ models/lib/nn.yaml:89:7
%8314 = assign %8284, %8285 : i64[] @ models/lib/nn.yaml:89:7
%8315 = mul %139, %5621 : f32[16] @ models/lib/nn.yaml:89:7
%8316 = mul %8310, %5623 : f32[16] @ models/lib/nn.yaml:89:7
%8317 = add %8315, %8316 : f32[16] @ models/lib/nn.yaml:89:7
%8318 = assign %139, %8317 : f32[16] @ models/lib/nn.yaml:89:7
%8319 = all_reduce_sum %4657 : f32[16] @ models/lib/nn.yaml:90:7
%8320 = mul %8319, %8319 : f32[16] @ models/lib/nn.yaml:90:7
%8321 = reduce_sum %8320 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8322 = sqrt %8321 : f32[] @ models/lib/nn.yaml:90:7
%8323 = cast %8322 : f64[] @ models/lib/nn.yaml:90:7
%8324 = add %8323, %5442 : f64[] @ models/lib/nn.yaml:90:7
%8325 = div %5444, %8324 : f64[] @ models/lib/nn.yaml:90:7
%8326 = lt %8325, %5446 : bool[] @ models/lib/nn.yaml:90:7
%8327 = cast %8325 : f32[] @ models/lib/nn.yaml:90:7
%8328 = broadcast %8327 : f32[16] @ models/lib/nn.yaml:90:7
%8329 = mul %8319, %8328 : f32[16] @ models/lib/nn.yaml:90:7
%8330 = broadcast %8326 : bool[16] @ models/lib/nn.yaml:90:7
%8331 = select %8330, %8329, %8319 : f32[16] @ models/lib/nn.yaml:90:7
%8332 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8333 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8334 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8335 = add %8334, %5456 : i64[] @ models/lib/nn.yaml:90:7
%8336 = mul %8331, %5587 : f32[16] @ models/lib/nn.yaml:90:7
%8337 = mul %8332, %5589 : f32[16] @ models/lib/nn.yaml:90:7
%8338 = add %8337, %8336 : f32[16] @ models/lib/nn.yaml:90:7
%8339 = mul %8331, %8331 : f32[16] @ models/lib/nn.yaml:90:7
%8340 = mul %8339, %5593 : f32[16] @ models/lib/nn.yaml:90:7
%8341 = mul %8333, %5595 : f32[16] @ models/lib/nn.yaml:90:7
%8342 = add %8341, %8340 : f32[16] @ models/lib/nn.yaml:90:7
%8343 = cast %8335 : f64[] @ models/lib/nn.yaml:90:7
%8344 = pow %5465, %8343 : f64[] @ models/lib/nn.yaml:90:7
%8345 = sub %5446, %8344 : f64[] @ models/lib/nn.yaml:90:7
%8346 = div %3382, %8345 : f64[] @ models/lib/nn.yaml:90:7
%8347 = pow %5473, %8343 : f64[] @ models/lib/nn.yaml:90:7
%8348 = sub %5446, %8347 : f64[] @ models/lib/nn.yaml:90:7
%8349 = sqrt %8348 : f64[] @ models/lib/nn.yaml:90:7
%8350 = div %5446, %8349 : f64[] @ models/lib/nn.yaml:90:7
%8351 = sqrt %8342 : f32[16] @ models/lib/nn.yaml:90:7
%8352 = cast %8350 : f32[] @ models/lib/nn.yaml:90:7
%8353 = broadcast %8352 : f32[16] @ models/lib/nn.yaml:90:7
%8354 = mul %8351, %8353 : f32[16] @ models/lib/nn.yaml:90:7
%8355 = add %8354, %5610 : f32[16] @ models/lib/nn.yaml:90:7
%8356 = div %8338, %8355 : f32[16] @ models/lib/nn.yaml:90:7
%8357 = cast %8346 : f32[] @ models/lib/nn.yaml:90:7
%8358 = broadcast %8357 : f32[16] @ models/lib/nn.yaml:90:7
%8359 = mul %8356, %8358 : f32[16] @ models/lib/nn.yaml:90:7
%8360 = sub %62, %8359 : f32[16] @ models/lib/nn.yaml:90:7
%8361 = assign %62, %8360 : f32[16] @ models/lib/nn.yaml:90:7
%8362 = assign %8332, %8338 : f32[16] @ models/lib/nn.yaml:90:7
%8363 = assign %8333, %8342 : f32[16] @ models/lib/nn.yaml:90:7
%8364 = assign %8334, %8335 : i64[] @ models/lib/nn.yaml:90:7
%8365 = mul %140, %5621 : f32[16] @ models/lib/nn.yaml:90:7
%8366 = mul %8360, %5623 : f32[16] @ models/lib/nn.yaml:90:7
%8367 = add %8365, %8366 : f32[16] @ models/lib/nn.yaml:90:7
%8368 = assign %140, %8367 : f32[16] @ models/lib/nn.yaml:90:7
%8369 = all_reduce_sum %4654 : f32[64,16] @ models/lib/nn.yaml:79:7
%8370 = reshape %8369 : f32[1024] @ models/lib/nn.yaml:79:7
%8371 = mul %8370, %8370 : f32[1024] @ models/lib/nn.yaml:79:7
%8372 = reduce_sum %8371 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8373 = sqrt %8372 : f32[] @ models/lib/nn.yaml:79:7
%8374 = cast %8373 : f64[] @ models/lib/nn.yaml:79:7
%8375 = add %8374, %5442 : f64[] @ models/lib/nn.yaml:79:7
%8376 = div %5444, %8375 : f64[] @ models/lib/nn.yaml:79:7
%8377 = lt %8376, %5446 : bool[] @ models/lib/nn.yaml:79:7
%8378 = cast %8376 : f32[] @ models/lib/nn.yaml:79:7
%8379 = broadcast %8378 : f32[64,16] @ models/lib/nn.yaml:79:7
%8380 = mul %8369, %8379 : f32[64,16] @ models/lib/nn.yaml:79:7
%8381 = broadcast %8377 : bool[64,16] @ models/lib/nn.yaml:79:7
%8382 = select %8381, %8380, %8369 : f32[64,16] @ models/lib/nn.yaml:79:7
%8383 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8384 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8385 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8386 = add %8385, %5456 : i64[] @ models/lib/nn.yaml:79:7
%8387 = mul %63, %6072 : f32[64,16] @ models/lib/nn.yaml:79:7
%8388 = mul %8382, %6074 : f32[64,16] @ models/lib/nn.yaml:79:7
%8389 = mul %8383, %6076 : f32[64,16] @ models/lib/nn.yaml:79:7
%8390 = add %8389, %8388 : f32[64,16] @ models/lib/nn.yaml:79:7
%8391 = mul %8382, %8382 : f32[64,16] @ models/lib/nn.yaml:79:7
%8392 = mul %8391, %6080 : f32[64,16] @ models/lib/nn.yaml:79:7
%8393 = mul %8384, %6082 : f32[64,16] @ models/lib/nn.yaml:79:7
%8394 = add %8393, %8392 : f32[64,16] @ models/lib/nn.yaml:79:7
%8395 = cast %8386 : f64[] @ models/lib/nn.yaml:79:7
%8396 = pow %5465, %8395 : f64[] @ models/lib/nn.yaml:79:7
%8397 = sub %5446, %8396 : f64[] @ models/lib/nn.yaml:79:7
%8398 = div %3382, %8397 : f64[] @ models/lib/nn.yaml:79:7
%8399 = pow %5473, %8395 : f64[] @ models/lib/nn.yaml:79:7
%8400 = sub %5446, %8399 : f64[] @ models/lib/nn.yaml:79:7
%8401 = sqrt %8400 : f64[] @ models/lib/nn.yaml:79:7
%8402 = div %5446, %8401 : f64[] @ models/lib/nn.yaml:79:7
%8403 = sqrt %8394 : f32[64,16] @ models/lib/nn.yaml:79:7
%8404 = cast %8402 : f32[] @ models/lib/nn.yaml:79:7
%8405 = broadcast %8404 : f32[64,16] @ models/lib/nn.yaml:79:7
%8406 = mul %8403, %8405 : f32[64,16] @ models/lib/nn.yaml:79:7
%8407 = add %8406, %6097 : f32[64,16] @ models/lib/nn.yaml:79:7
%8408 = div %8390, %8407 : f32[64,16] @ models/lib/nn.yaml:79:7
%8409 = cast %8398 : f32[] @ models/lib/nn.yaml:79:7
%8410 = broadcast %8409 : f32[64,16] @ models/lib/nn.yaml:79:7
%8411 = mul %8408, %8410 : f32[64,16] @ models/lib/nn.yaml:79:7
%8412 = sub %8387, %8411 : f32[64,16] @ models/lib/nn.yaml:79:7
%8413 = assign %63, %8412 : f32[64,16] @ models/lib/nn.yaml:79:7
%8414 = assign %8383, %8390 : f32[64,16] @ models/lib/nn.yaml:79:7
%8415 = assign %8384, %8394 : f32[64,16] @ models/lib/nn.yaml:79:7
%8416 = assign %8385, %8386 : i64[] @ models/lib/nn.yaml:79:7
%8417 = mul %141, %6108 : f32[64,16] @ models/lib/nn.yaml:79:7
%8418 = mul %8412, %6110 : f32[64,16] @ models/lib/nn.yaml:79:7
%8419 = add %8417, %8418 : f32[64,16] @ models/lib/nn.yaml:79:7
%8420 = assign %141, %8419 : f32[64,16] @ models/lib/nn.yaml:79:7
%8421 = all_reduce_sum %4649 : f32[64] @ models/lib/nn.yaml:80:7
%8422 = mul %8421, %8421 : f32[64] @ models/lib/nn.yaml:80:7
%8423 = reduce_sum %8422 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8424 = sqrt %8423 : f32[] @ models/lib/nn.yaml:80:7
%8425 = cast %8424 : f64[] @ models/lib/nn.yaml:80:7
%8426 = add %8425, %5442 : f64[] @ models/lib/nn.yaml:80:7
%8427 = div %5444, %8426 : f64[] @ models/lib/nn.yaml:80:7
%8428 = lt %8427, %5446 : bool[] @ models/lib/nn.yaml:80:7
%8429 = cast %8427 : f32[] @ models/lib/nn.yaml:80:7
%8430 = broadcast %8429 : f32[64] @ models/lib/nn.yaml:80:7
%8431 = mul %8421, %8430 : f32[64] @ models/lib/nn.yaml:80:7
%8432 = broadcast %8428 : bool[64] @ models/lib/nn.yaml:80:7
%8433 = select %8432, %8431, %8421 : f32[64] @ models/lib/nn.yaml:80:7
%8434 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8435 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8436 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8437 = add %8436, %5456 : i64[] @ models/lib/nn.yaml:80:7
%8438 = mul %8433, %6131 : f32[64] @ models/lib/nn.yaml:80:7
%8439 = mul %8434, %6133 : f32[64] @ models/lib/nn.yaml:80:7
%8440 = add %8439, %8438 : f32[64] @ models/lib/nn.yaml:80:7
%8441 = mul %8433, %8433 : f32[64] @ models/lib/nn.yaml:80:7
%8442 = mul %8441, %6137 : f32[64] @ models/lib/nn.yaml:80:7
%8443 = mul %8435, %6139 : f32[64] @ models/lib/nn.yaml:80:7
%8444 = add %8443, %8442 : f32[64] @ models/lib/nn.yaml:80:7
%8445 = cast %8437 : f64[] @ models/lib/nn.yaml:80:7
%8446 = pow %5465, %8445 : f64[] @ models/lib/nn.yaml:80:7
%8447 = sub %5446, %8446 : f64[] @ models/lib/nn.yaml:80:7
%8448 = div %3382, %8447 : f64[] @ models/lib/nn.yaml:80:7
%8449 = pow %5473, %8445 : f64[] @ models/lib/nn.yaml:80:7
%8450 = sub %5446, %8449 : f64[] @ models/lib/nn.yaml:80:7
%8451 = sqrt %8450 : f64[] @ models/lib/nn.yaml:80:7
%8452 = div %5446, %8451 : f64[] @ models/lib/nn.yaml:80:7
%8453 = sqrt %8444 : f32[64] @ models/lib/nn.yaml:80:7
%8454 = cast %8452 : f32[] @ models/lib/nn.yaml:80:7
%8455 = broadcast %8454 : f32[64] @ models/lib/nn.yaml:80:7
%8456 = mul %8453, %8455 : f32[64] @ models/lib/nn.yaml:80:7
%8457 = add %8456, %6154 : f32[64] @ models/lib/nn.yaml:80:7
%8458 = div %8440, %8457 : f32[64] @ models/lib/nn.yaml:80:7
%8459 = cast %8448 : f32[] @ models/lib/nn.yaml:80:7
%8460 = broadcast %8459 : f32[64] @ models/lib/nn.yaml:80:7
%8461 = mul %8458, %8460 : f32[64] @ models/lib/nn.yaml:80:7
%8462 = sub %64, %8461 : f32[64] @ models/lib/nn.yaml:80:7
%8463 = assign %64, %8462 : f32[64] @ models/lib/nn.yaml:80:7
%8464 = assign %8434, %8440 : f32[64] @ models/lib/nn.yaml:80:7
%8465 = assign %8435, %8444 : f32[64] @ models/lib/nn.yaml:80:7
%8466 = assign %8436, %8437 : i64[] @ models/lib/nn.yaml:80:7
%8467 = mul %142, %6165 : f32[64] @ models/lib/nn.yaml:80:7
%8468 = mul %8462, %6167 : f32[64] @ models/lib/nn.yaml:80:7
%8469 = add %8467, %8468 : f32[64] @ models/lib/nn.yaml:80:7
%8470 = assign %142, %8469 : f32[64] @ models/lib/nn.yaml:80:7
%8471 = all_reduce_sum %4633 : f32[16,64] @ models/lib/nn.yaml:79:7
%8472 = reshape %8471 : f32[1024] @ models/lib/nn.yaml:79:7
%8473 = mul %8472, %8472 : f32[1024] @ models/lib/nn.yaml:79:7
%8474 = reduce_sum %8473 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8475 = sqrt %8474 : f32[] @ models/lib/nn.yaml:79:7
%8476 = cast %8475 : f64[] @ models/lib/nn.yaml:79:7
%8477 = add %8476, %5442 : f64[] @ models/lib/nn.yaml:79:7
%8478 = div %5444, %8477 : f64[] @ models/lib/nn.yaml:79:7
%8479 = lt %8478, %5446 : bool[] @ models/lib/nn.yaml:79:7
%8480 = cast %8478 : f32[] @ models/lib/nn.yaml:79:7
%8481 = broadcast %8480 : f32[16,64] @ models/lib/nn.yaml:79:7
%8482 = mul %8471, %8481 : f32[16,64] @ models/lib/nn.yaml:79:7
%8483 = broadcast %8479 : bool[16,64] @ models/lib/nn.yaml:79:7
%8484 = select %8483, %8482, %8471 : f32[16,64] @ models/lib/nn.yaml:79:7
%8485 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8486 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8487 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8488 = add %8487, %5456 : i64[] @ models/lib/nn.yaml:79:7
%8489 = mul %65, %6189 : f32[16,64] @ models/lib/nn.yaml:79:7
%8490 = mul %8484, %6191 : f32[16,64] @ models/lib/nn.yaml:79:7
%8491 = mul %8485, %6193 : f32[16,64] @ models/lib/nn.yaml:79:7
%8492 = add %8491, %8490 : f32[16,64] @ models/lib/nn.yaml:79:7
%8493 = mul %8484, %8484 : f32[16,64] @ models/lib/nn.yaml:79:7
%8494 = mul %8493, %6197 : f32[16,64] @ models/lib/nn.yaml:79:7
%8495 = mul %8486, %6199 : f32[16,64] @ models/lib/nn.yaml:79:7
%8496 = add %8495, %8494 : f32[16,64] @ models/lib/nn.yaml:79:7
%8497 = cast %8488 : f64[] @ models/lib/nn.yaml:79:7
%8498 = pow %5465, %8497 : f64[] @ models/lib/nn.yaml:79:7
%8499 = sub %5446, %8498 : f64[] @ models/lib/nn.yaml:79:7
%8500 = div %3382, %8499 : f64[] @ models/lib/nn.yaml:79:7
%8501 = pow %5473, %8497 : f64[] @ models/lib/nn.yaml:79:7
%8502 = sub %5446, %8501 : f64[] @ models/lib/nn.yaml:79:7
%8503 = sqrt %8502 : f64[] @ models/lib/nn.yaml:79:7
%8504 = div %5446, %8503 : f64[] @ models/lib/nn.yaml:79:7
%8505 = sqrt %8496 : f32[16,64] @ models/lib/nn.yaml:79:7
%8506 = cast %8504 : f32[] @ models/lib/nn.yaml:79:7
%8507 = broadcast %8506 : f32[16,64] @ models/lib/nn.yaml:79:7
%8508 = mul %8505, %8507 : f32[16,64] @ models/lib/nn.yaml:79:7
%8509 = add %8508, %6214 : f32[16,64] @ models/lib/nn.yaml:79:7
%8510 = div %8492, %8509 : f32[16,64] @ models/lib/nn.yaml:79:7
%8511 = cast %8500 : f32[] @ models/lib/nn.yaml:79:7
%8512 = broadcast %8511 : f32[16,64] @ models/lib/nn.yaml:79:7
%8513 = mul %8510, %8512 : f32[16,64] @ models/lib/nn.yaml:79:7
%8514 = sub %8489, %8513 : f32[16,64] @ models/lib/nn.yaml:79:7
%8515 = assign %65, %8514 : f32[16,64] @ models/lib/nn.yaml:79:7
%8516 = assign %8485, %8492 : f32[16,64] @ models/lib/nn.yaml:79:7
%8517 = assign %8486, %8496 : f32[16,64] @ models/lib/nn.yaml:79:7
%8518 = assign %8487, %8488 : i64[] @ models/lib/nn.yaml:79:7
%8519 = mul %143, %6225 : f32[16,64] @ models/lib/nn.yaml:79:7
%8520 = mul %8514, %6227 : f32[16,64] @ models/lib/nn.yaml:79:7
%8521 = add %8519, %8520 : f32[16,64] @ models/lib/nn.yaml:79:7
%8522 = assign %143, %8521 : f32[16,64] @ models/lib/nn.yaml:79:7
%8523 = all_reduce_sum %4628 : f32[16] @ models/lib/nn.yaml:80:7
%8524 = mul %8523, %8523 : f32[16] @ models/lib/nn.yaml:80:7
%8525 = reduce_sum %8524 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8526 = sqrt %8525 : f32[] @ models/lib/nn.yaml:80:7
%8527 = cast %8526 : f64[] @ models/lib/nn.yaml:80:7
%8528 = add %8527, %5442 : f64[] @ models/lib/nn.yaml:80:7
%8529 = div %5444, %8528 : f64[] @ models/lib/nn.yaml:80:7
%8530 = lt %8529, %5446 : bool[] @ models/lib/nn.yaml:80:7
%8531 = cast %8529 : f32[] @ models/lib/nn.yaml:80:7
%8532 = broadcast %8531 : f32[16] @ models/lib/nn.yaml:80:7
%8533 = mul %8523, %8532 : f32[16] @ models/lib/nn.yaml:80:7
%8534 = broadcast %8530 : bool[16] @ models/lib/nn.yaml:80:7
%8535 = select %8534, %8533, %8523 : f32[16] @ models/lib/nn.yaml:80:7
%8536 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8537 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8538 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8539 = add %8538, %5456 : i64[] @ models/lib/nn.yaml:80:7
%8540 = mul %8535, %5587 : f32[16] @ models/lib/nn.yaml:80:7
%8541 = mul %8536, %5589 : f32[16] @ models/lib/nn.yaml:80:7
%8542 = add %8541, %8540 : f32[16] @ models/lib/nn.yaml:80:7
%8543 = mul %8535, %8535 : f32[16] @ models/lib/nn.yaml:80:7
%8544 = mul %8543, %5593 : f32[16] @ models/lib/nn.yaml:80:7
%8545 = mul %8537, %5595 : f32[16] @ models/lib/nn.yaml:80:7
%8546 = add %8545, %8544 : f32[16] @ models/lib/nn.yaml:80:7
%8547 = cast %8539 : f64[] @ models/lib/nn.yaml:80:7
%8548 = pow %5465, %8547 : f64[] @ models/lib/nn.yaml:80:7
%8549 = sub %5446, %8548 : f64[] @ models/lib/nn.yaml:80:7
%8550 = div %3382, %8549 : f64[] @ models/lib/nn.yaml:80:7
%8551 = pow %5473, %8547 : f64[] @ models/lib/nn.yaml:80:7
%8552 = sub %5446, %8551 : f64[] @ models/lib/nn.yaml:80:7
%8553 = sqrt %8552 : f64[] @ models/lib/nn.yaml:80:7
%8554 = div %5446, %8553 : f64[] @ models/lib/nn.yaml:80:7
%8555 = sqrt %8546 : f32[16] @ models/lib/nn.yaml:80:7
%8556 = cast %8554 : f32[] @ models/lib/nn.yaml:80:7
%8557 = broadcast %8556 : f32[16] @ models/lib/nn.yaml:80:7
%8558 = mul %8555, %8557 : f32[16] @ models/lib/nn.yaml:80:7
%8559 = add %8558, %5610 : f32[16] @ models/lib/nn.yaml:80:7
%8560 = div %8542, %8559 : f32[16] @ models/lib/nn.yaml:80:7
%8561 = cast %8550 : f32[] @ models/lib/nn.yaml:80:7
%8562 = broadcast %8561 : f32[16] @ models/lib/nn.yaml:80:7
%8563 = mul %8560, %8562 : f32[16] @ models/lib/nn.yaml:80:7
%8564 = sub %66, %8563 : f32[16] @ models/lib/nn.yaml:80:7
%8565 = assign %66, %8564 : f32[16] @ models/lib/nn.yaml:80:7
%8566 = assign %8536, %8542 : f32[16] @ models/lib/nn.yaml:80:7
%8567 = assign %8537, %8546 : f32[16] @ models/lib/nn.yaml:80:7
%8568 = assign %8538, %8539 : i64[] @ models/lib/nn.yaml:80:7
%8569 = mul %144, %5621 : f32[16] @ models/lib/nn.yaml:80:7
%8570 = mul %8564, %5623 : f32[16] @ models/lib/nn.yaml:80:7
%8571 = add %8569, %8570 : f32[16] @ models/lib/nn.yaml:80:7
%8572 = assign %144, %8571 : f32[16] @ models/lib/nn.yaml:80:7
%8573 = all_reduce_sum %4605 : f32[16] @ models/lib/nn.yaml:89:7
%8574 = mul %8573, %8573 : f32[16] @ models/lib/nn.yaml:89:7
%8575 = reduce_sum %8574 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8576 = sqrt %8575 : f32[] @ models/lib/nn.yaml:89:7
%8577 = cast %8576 : f64[] @ models/lib/nn.yaml:89:7
%8578 = add %8577, %5442 : f64[] @ models/lib/nn.yaml:89:7
%8579 = div %5444, %8578 : f64[] @ models/lib/nn.yaml:89:7
%8580 = lt %8579, %5446 : bool[] @ models/lib/nn.yaml:89:7
%8581 = cast %8579 : f32[] @ models/lib/nn.yaml:89:7
%8582 = broadcast %8581 : f32[16] @ models/lib/nn.yaml:89:7
%8583 = mul %8573, %8582 : f32[16] @ models/lib/nn.yaml:89:7
%8584 = broadcast %8580 : bool[16] @ models/lib/nn.yaml:89:7
%8585 = select %8584, %8583, %8573 : f32[16] @ models/lib/nn.yaml:89:7
%8586 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8587 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8588 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8589 = add %8588, %5456 : i64[] @ models/lib/nn.yaml:89:7
%8590 = mul %8585, %5587 : f32[16] @ models/lib/nn.yaml:89:7
%8591 = mul %8586, %5589 : f32[16] @ models/lib/nn.yaml:89:7
%8592 = add %8591, %8590 : f32[16] @ models/lib/nn.yaml:89:7
%8593 = mul %8585, %8585 : f32[16] @ models/lib/nn.yaml:89:7
%8594 = mul %8593, %5593 : f32[16] @ models/lib/nn.yaml:89:7
%8595 = mul %8587, %5595 : f32[16] @ models/lib/nn.yaml:89:7
%8596 = add %8595, %8594 : f32[16] @ models/lib/nn.yaml:89:7
%8597 = cast %8589 : f64[] @ models/lib/nn.yaml:89:7
%8598 = pow %5465, %8597 : f64[] @ models/lib/nn.yaml:89:7
%8599 = sub %5446, %8598 : f64[] @ models/lib/nn.yaml:89:7
%8600 = div %3382, %8599 : f64[] @ models/lib/nn.yaml:89:7
%8601 = pow %5473, %8597 : f64[] @ models/lib/nn.yaml:89:7
%8602 = sub %5446, %8601 : f64[] @ models/lib/nn.yaml:89:7
%8603 = sqrt %8602 : f64[] @ models/lib/nn.yaml:89:7
%8604 = div %5446, %8603 : f64[] @ models/lib/nn.yaml:89:7
%8605 = sqrt %8596 : f32[16] @ models/lib/nn.yaml:89:7
%8606 = cast %8604 : f32[] @ models/lib/nn.yaml:89:7
%8607 = broadcast %8606 : f32[16] @ models/lib/nn.yaml:89:7
%8608 = mul %8605, %8607 : f32[16] @ models/lib/nn.yaml:89:7
%8609 = add %8608, %5610 : f32[16] @ models/lib/nn.yaml:89:7
%8610 = div %8592, %8609 : f32[16] @ models/lib/nn.yaml:89:7
%8611 = cast %8600 : f32[] @ models/lib/nn.yaml:89:7
%8612 = broadcast %8611 : f32[16] @ models/lib/nn.yaml:89:7
%8613 = mul %8610, %8612 : f32[16] @ models/lib/nn.yaml:89:7
%8614 = sub %67, %8613 : f32[16] @ models/lib/nn.yaml:89:7
%8615 = assign %67, %8614 : f32[16] @ models/lib/nn.yaml:89:7
%8616 = assign %8586, %8592 : f32[16] @ models/lib/nn.yaml:89:7
%8617 = assign %8587, %8596 : f32[16] @ models/lib/nn.yaml:89:7
%8618 = assign %8588, %8589 : i64[] @ models/lib/nn.yaml:89:7
%8619 = mul %145, %5621 : f32[16] @ models/lib/nn.yaml:89:7
%8620 = mul %8614, %5623 : f32[16] @ models/lib/nn.yaml:89:7
%8621 = add %8619, %8620 : f32[16] @ models/lib/nn.yaml:89:7
%8622 = assign %145, %8621 : f32[16] @ models/lib/nn.yaml:89:7
%8623 = all_reduce_sum %4597 : f32[16] @ models/lib/nn.yaml:90:7
%8624 = mul %8623, %8623 : f32[16] @ models/lib/nn.yaml:90:7
%8625 = reduce_sum %8624 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8626 = sqrt %8625 : f32[] @ models/lib/nn.yaml:90:7
%8627 = cast %8626 : f64[] @ models/lib/nn.yaml:90:7
%8628 = add %8627, %5442 : f64[] @ models/lib/nn.yaml:90:7
%8629 = div %5444, %8628 : f64[] @ models/lib/nn.yaml:90:7
%8630 = lt %8629, %5446 : bool[] @ models/lib/nn.yaml:90:7
%8631 = cast %8629 : f32[] @ models/lib/nn.yaml:90:7
%8632 = broadcast %8631 : f32[16] @ models/lib/nn.yaml:90:7
%8633 = mul %8623, %8632 : f32[16] @ models/lib/nn.yaml:90:7
%8634 = broadcast %8630 : bool[16] @ models/lib/nn.yaml:90:7
%8635 = select %8634, %8633, %8623 : f32[16] @ models/lib/nn.yaml:90:7
%8636 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8637 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8638 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8639 = add %8638, %5456 : i64[] @ models/lib/nn.yaml:90:7
%8640 = mul %8635, %5587 : f32[16] @ models/lib/nn.yaml:90:7
%8641 = mul %8636, %5589 : f32[16] @ models/lib/nn.yaml:90:7
%8642 = add %8641, %8640 : f32[16] @ models/lib/nn.yaml:90:7
%8643 = mul %8635, %8635 : f32[16] @ models/lib/nn.yaml:90:7
%8644 = mul %8643, %5593 : f32[16] @ models/lib/nn.yaml:90:7
%8645 = mul %8637, %5595 : f32[16] @ models/lib/nn.yaml:90:7
%8646 = add %8645, %8644 : f32[16] @ models/lib/nn.yaml:90:7
%8647 = cast %8639 : f64[] @ models/lib/nn.yaml:90:7
%8648 = pow %5465, %8647 : f64[] @ models/lib/nn.yaml:90:7
%8649 = sub %5446, %8648 : f64[] @ models/lib/nn.yaml:90:7
%8650 = div %3382, %8649 : f64[] @ models/lib/nn.yaml:90:7
%8651 = pow %5473, %8647 : f64[] @ models/lib/nn.yaml:90:7
%8652 = sub %5446, %8651 : f64[] @ models/lib/nn.yaml:90:7
%8653 = sqrt %8652 : f64[] @ models/lib/nn.yaml:90:7
%8654 = div %5446, %8653 : f64[] @ models/lib/nn.yaml:90:7
%8655 = sqrt %8646 : f32[16] @ models/lib/nn.yaml:90:7
%8656 = cast %8654 : f32[] @ models/lib/nn.yaml:90:7
%8657 = broadcast %8656 : f32[16] @ models/lib/nn.yaml:90:7
%8658 = mul %8655, %8657 : f32[16] @ models/lib/nn.yaml:90:7
%8659 = add %8658, %5610 : f32[16] @ models/lib/nn.yaml:90:7
%8660 = div %8642, %8659 : f32[16] @ models/lib/nn.yaml:90:7
%8661 = cast %8650 : f32[] @ models/lib/nn.yaml:90:7
%8662 = broadcast %8661 : f32[16] @ models/lib/nn.yaml:90:7
%8663 = mul %8660, %8662 : f32[16] @ models/lib/nn.yaml:90:7
%8664 = sub %68, %8663 : f32[16] @ models/lib/nn.yaml:90:7
%8665 = assign %68, %8664 : f32[16] @ models/lib/nn.yaml:90:7
%8666 = assign %8636, %8642 : f32[16] @ models/lib/nn.yaml:90:7
%8667 = assign %8637, %8646 : f32[16] @ models/lib/nn.yaml:90:7
%8668 = assign %8638, %8639 : i64[] @ models/lib/nn.yaml:90:7
%8669 = mul %146, %5621 : f32[16] @ models/lib/nn.yaml:90:7
%8670 = mul %8664, %5623 : f32[16] @ models/lib/nn.yaml:90:7
%8671 = add %8669, %8670 : f32[16] @ models/lib/nn.yaml:90:7
%8672 = assign %146, %8671 : f32[16] @ models/lib/nn.yaml:90:7
%8673 = all_reduce_sum %4587 : f32[24,16] @ models/lib/nn.yaml:79:7
%8674 = reshape %8673 : f32[384] @ models/lib/nn.yaml:79:7
%8675 = mul %8674, %8674 : f32[384] @ models/lib/nn.yaml:79:7
%8676 = reduce_sum %8675 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8677 = sqrt %8676 : f32[] @ models/lib/nn.yaml:79:7
%8678 = cast %8677 : f64[] @ models/lib/nn.yaml:79:7
%8679 = add %8678, %5442 : f64[] @ models/lib/nn.yaml:79:7
%8680 = div %5444, %8679 : f64[] @ models/lib/nn.yaml:79:7
%8681 = lt %8680, %5446 : bool[] @ models/lib/nn.yaml:79:7
%8682 = cast %8680 : f32[] @ models/lib/nn.yaml:79:7
%8683 = broadcast %8682 : f32[24,16] @ models/lib/nn.yaml:79:7
%8684 = mul %8673, %8683 : f32[24,16] @ models/lib/nn.yaml:79:7
%8685 = broadcast %8681 : bool[24,16] @ models/lib/nn.yaml:79:7
%8686 = select %8685, %8684, %8673 : f32[24,16] @ models/lib/nn.yaml:79:7
%8687 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%8688 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%8689 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8690 = add %8689, %5456 : i64[] @ models/lib/nn.yaml:79:7
%8691 = broadcast %5460 : f32[24,16] @ models/lib/nn.yaml:79:7
%8692 = mul %69, %8691 : f32[24,16] @ models/lib/nn.yaml:79:7
%8693 = broadcast %3111 : f32[24,16] @ models/lib/nn.yaml:79:7
%8694 = mul %8686, %8693 : f32[24,16] @ models/lib/nn.yaml:79:7
%8695 = broadcast %2138 : f32[24,16] @ models/lib/nn.yaml:79:7
%8696 = mul %8687, %8695 : f32[24,16] @ models/lib/nn.yaml:79:7
%8697 = add %8696, %8694 : f32[24,16] @ models/lib/nn.yaml:79:7
%8698 = mul %8686, %8686 : f32[24,16] @ models/lib/nn.yaml:79:7
%8699 = broadcast %5470 : f32[24,16] @ models/lib/nn.yaml:79:7
%8700 = mul %8698, %8699 : f32[24,16] @ models/lib/nn.yaml:79:7
%8701 = broadcast %5474 : f32[24,16] @ models/lib/nn.yaml:79:7
%8702 = mul %8688, %8701 : f32[24,16] @ models/lib/nn.yaml:79:7
%8703 = add %8702, %8700 : f32[24,16] @ models/lib/nn.yaml:79:7
%8704 = cast %8690 : f64[] @ models/lib/nn.yaml:79:7
%8705 = pow %5465, %8704 : f64[] @ models/lib/nn.yaml:79:7
%8706 = sub %5446, %8705 : f64[] @ models/lib/nn.yaml:79:7
%8707 = div %3382, %8706 : f64[] @ models/lib/nn.yaml:79:7
%8708 = pow %5473, %8704 : f64[] @ models/lib/nn.yaml:79:7
%8709 = sub %5446, %8708 : f64[] @ models/lib/nn.yaml:79:7
%8710 = sqrt %8709 : f64[] @ models/lib/nn.yaml:79:7
%8711 = div %5446, %8710 : f64[] @ models/lib/nn.yaml:79:7
%8712 = sqrt %8703 : f32[24,16] @ models/lib/nn.yaml:79:7
%8713 = cast %8711 : f32[] @ models/lib/nn.yaml:79:7
%8714 = broadcast %8713 : f32[24,16] @ models/lib/nn.yaml:79:7
%8715 = mul %8712, %8714 : f32[24,16] @ models/lib/nn.yaml:79:7
%8716 = broadcast %5490 : f32[24,16] @ models/lib/nn.yaml:79:7
%8717 = add %8715, %8716 : f32[24,16] @ models/lib/nn.yaml:79:7
%8718 = div %8697, %8717 : f32[24,16] @ models/lib/nn.yaml:79:7
%8719 = cast %8707 : f32[] @ models/lib/nn.yaml:79:7
%8720 = broadcast %8719 : f32[24,16] @ models/lib/nn.yaml:79:7
%8721 = mul %8718, %8720 : f32[24,16] @ models/lib/nn.yaml:79:7
%8722 = sub %8692, %8721 : f32[24,16] @ models/lib/nn.yaml:79:7
%8723 = assign %69, %8722 : f32[24,16] @ models/lib/nn.yaml:79:7
%8724 = assign %8687, %8697 : f32[24,16] @ models/lib/nn.yaml:79:7
%8725 = assign %8688, %8703 : f32[24,16] @ models/lib/nn.yaml:79:7
%8726 = assign %8689, %8690 : i64[] @ models/lib/nn.yaml:79:7
%8727 = broadcast %3 : f32[24,16] @ models/lib/nn.yaml:79:7
%8728 = mul %147, %8727 : f32[24,16] @ models/lib/nn.yaml:79:7
%8729 = broadcast %5505 : f32[24,16] @ models/lib/nn.yaml:79:7
%8730 = mul %8722, %8729 : f32[24,16] @ models/lib/nn.yaml:79:7
%8731 = add %8728, %8730 : f32[24,16] @ models/lib/nn.yaml:79:7
%8732 = assign %147, %8731 : f32[24,16] @ models/lib/nn.yaml:79:7
%8733 = all_reduce_sum %4582 : f32[24] @ models/lib/nn.yaml:80:7
%8734 = mul %8733, %8733 : f32[24] @ models/lib/nn.yaml:80:7
%8735 = reduce_sum %8734 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8736 = sqrt %8735 : f32[] @ models/lib/nn.yaml:80:7
%8737 = cast %8736 : f64[] @ models/lib/nn.yaml:80:7
%8738 = add %8737, %5442 : f64[] @ models/lib/nn.yaml:80:7
%8739 = div %5444, %8738 : f64[] @ models/lib/nn.yaml:80:7
%8740 = lt %8739, %5446 : bool[] @ models/lib/nn.yaml:80:7
%8741 = cast %8739 : f32[] @ models/lib/nn.yaml:80:7
%8742 = broadcast %8741 : f32[24] @ models/lib/nn.yaml:80:7
%8743 = mul %8733, %8742 : f32[24] @ models/lib/nn.yaml:80:7
%8744 = broadcast %8740 : bool[24] @ models/lib/nn.yaml:80:7
%8745 = select %8744, %8743, %8733 : f32[24] @ models/lib/nn.yaml:80:7
%8746 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8747 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8748 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8749 = add %8748, %5456 : i64[] @ models/lib/nn.yaml:80:7
%8750 = broadcast %3111 : f32[24] @ models/lib/nn.yaml:80:7
%8751 = mul %8745, %8750 : f32[24] @ models/lib/nn.yaml:80:7
%8752 = broadcast %2138 : f32[24] @ models/lib/nn.yaml:80:7
%8753 = mul %8746, %8752 : f32[24] @ models/lib/nn.yaml:80:7
%8754 = add %8753, %8751 : f32[24] @ models/lib/nn.yaml:80:7
%8755 = mul %8745, %8745 : f32[24] @ models/lib/nn.yaml:80:7
%8756 = broadcast %5470 : f32[24] @ models/lib/nn.yaml:80:7
%8757 = mul %8755, %8756 : f32[24] @ models/lib/nn.yaml:80:7
%8758 = broadcast %5474 : f32[24] @ models/lib/nn.yaml:80:7
%8759 = mul %8747, %8758 : f32[24] @ models/lib/nn.yaml:80:7
%8760 = add %8759, %8757 : f32[24] @ models/lib/nn.yaml:80:7
%8761 = cast %8749 : f64[] @ models/lib/nn.yaml:80:7
%8762 = pow %5465, %8761 : f64[] @ models/lib/nn.yaml:80:7
%8763 = sub %5446, %8762 : f64[] @ models/lib/nn.yaml:80:7
%8764 = div %3382, %8763 : f64[] @ models/lib/nn.yaml:80:7
%8765 = pow %5473, %8761 : f64[] @ models/lib/nn.yaml:80:7
%8766 = sub %5446, %8765 : f64[] @ models/lib/nn.yaml:80:7
%8767 = sqrt %8766 : f64[] @ models/lib/nn.yaml:80:7
%8768 = div %5446, %8767 : f64[] @ models/lib/nn.yaml:80:7
%8769 = sqrt %8760 : f32[24] @ models/lib/nn.yaml:80:7
%8770 = cast %8768 : f32[] @ models/lib/nn.yaml:80:7
%8771 = broadcast %8770 : f32[24] @ models/lib/nn.yaml:80:7
%8772 = mul %8769, %8771 : f32[24] @ models/lib/nn.yaml:80:7
%8773 = broadcast %5490 : f32[24] @ models/lib/nn.yaml:80:7
%8774 = add %8772, %8773 : f32[24] @ models/lib/nn.yaml:80:7
%8775 = div %8754, %8774 : f32[24] @ models/lib/nn.yaml:80:7
%8776 = cast %8764 : f32[] @ models/lib/nn.yaml:80:7
%8777 = broadcast %8776 : f32[24] @ models/lib/nn.yaml:80:7
%8778 = mul %8775, %8777 : f32[24] @ models/lib/nn.yaml:80:7
%8779 = sub %70, %8778 : f32[24] @ models/lib/nn.yaml:80:7
%8780 = assign %70, %8779 : f32[24] @ models/lib/nn.yaml:80:7
%8781 = assign %8746, %8754 : f32[24] @ models/lib/nn.yaml:80:7
%8782 = assign %8747, %8760 : f32[24] @ models/lib/nn.yaml:80:7
%8783 = assign %8748, %8749 : i64[] @ models/lib/nn.yaml:80:7
%8784 = broadcast %3 : f32[24] @ models/lib/nn.yaml:80:7
%8785 = mul %148, %8784 : f32[24] @ models/lib/nn.yaml:80:7
%8786 = broadcast %5505 : f32[24] @ models/lib/nn.yaml:80:7
%8787 = mul %8779, %8786 : f32[24] @ models/lib/nn.yaml:80:7
%8788 = add %8785, %8787 : f32[24] @ models/lib/nn.yaml:80:7
%8789 = assign %148, %8788 : f32[24] @ models/lib/nn.yaml:80:7
%8790 = all_reduce_sum %4566 : f32[24,24] @ models/lib/nn.yaml:79:7
%8791 = reshape %8790 : f32[576] @ models/lib/nn.yaml:79:7
%8792 = mul %8791, %8791 : f32[576] @ models/lib/nn.yaml:79:7
%8793 = reduce_sum %8792 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8794 = sqrt %8793 : f32[] @ models/lib/nn.yaml:79:7
%8795 = cast %8794 : f64[] @ models/lib/nn.yaml:79:7
%8796 = add %8795, %5442 : f64[] @ models/lib/nn.yaml:79:7
%8797 = div %5444, %8796 : f64[] @ models/lib/nn.yaml:79:7
%8798 = lt %8797, %5446 : bool[] @ models/lib/nn.yaml:79:7
%8799 = cast %8797 : f32[] @ models/lib/nn.yaml:79:7
%8800 = broadcast %8799 : f32[24,24] @ models/lib/nn.yaml:79:7
%8801 = mul %8790, %8800 : f32[24,24] @ models/lib/nn.yaml:79:7
%8802 = broadcast %8798 : bool[24,24] @ models/lib/nn.yaml:79:7
%8803 = select %8802, %8801, %8790 : f32[24,24] @ models/lib/nn.yaml:79:7
%8804 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%8805 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%8806 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8807 = add %8806, %5456 : i64[] @ models/lib/nn.yaml:79:7
%8808 = broadcast %5460 : f32[24,24] @ models/lib/nn.yaml:79:7
%8809 = mul %71, %8808 : f32[24,24] @ models/lib/nn.yaml:79:7
%8810 = broadcast %3111 : f32[24,24] @ models/lib/nn.yaml:79:7
%8811 = mul %8803, %8810 : f32[24,24] @ models/lib/nn.yaml:79:7
%8812 = broadcast %2138 : f32[24,24] @ models/lib/nn.yaml:79:7
%8813 = mul %8804, %8812 : f32[24,24] @ models/lib/nn.yaml:79:7
%8814 = add %8813, %8811 : f32[24,24] @ models/lib/nn.yaml:79:7
%8815 = mul %8803, %8803 : f32[24,24] @ models/lib/nn.yaml:79:7
%8816 = broadcast %5470 : f32[24,24] @ models/lib/nn.yaml:79:7
%8817 = mul %8815, %8816 : f32[24,24] @ models/lib/nn.yaml:79:7
%8818 = broadcast %5474 : f32[24,24] @ models/lib/nn.yaml:79:7
%8819 = mul %8805, %8818 : f32[24,24] @ models/lib/nn.yaml:79:7
%8820 = add %8819, %8817 : f32[24,24] @ models/lib/nn.yaml:79:7
%8821 = cast %8807 : f64[] @ models/lib/nn.yaml:79:7
%8822 = pow %5465, %8821 : f64[] @ models/lib/nn.yaml:79:7
%8823 = sub %5446, %8822 : f64[] @ models/lib/nn.yaml:79:7
%8824 = div %3382, %8823 : f64[] @ models/lib/nn.yaml:79:7
%8825 = pow %5473, %8821 : f64[] @ models/lib/nn.yaml:79:7
%8826 = sub %5446, %8825 : f64[] @ models/lib/nn.yaml:79:7
%8827 = sqrt %8826 : f64[] @ models/lib/nn.yaml:79:7
%8828 = div %5446, %8827 : f64[] @ models/lib/nn.yaml:79:7
%8829 = sqrt %8820 : f32[24,24] @ models/lib/nn.yaml:79:7
%8830 = cast %8828 : f32[] @ models/lib/nn.yaml:79:7
%8831 = broadcast %8830 : f32[24,24] @ models/lib/nn.yaml:79:7
%8832 = mul %8829, %8831 : f32[24,24] @ models/lib/nn.yaml:79:7
%8833 = broadcast %5490 : f32[24,24] @ models/lib/nn.yaml:79:7
%8834 = add %8832, %8833 : f32[24,24] @ models/lib/nn.yaml:79:7
%8835 = div %8814, %8834 : f32[24,24] @ models/lib/nn.yaml:79:7
%8836 = cast %8824 : f32[] @ models/lib/nn.yaml:79:7
%8837 = broadcast %8836 : f32[24,24] @ models/lib/nn.yaml:79:7
%8838 = mul %8835, %8837 : f32[24,24] @ models/lib/nn.yaml:79:7
%8839 = sub %8809, %8838 : f32[24,24] @ models/lib/nn.yaml:79:7
%8840 = assign %71, %8839 : f32[24,24] @ models/lib/nn.yaml:79:7
%8841 = assign %8804, %8814 : f32[24,24] @ models/lib/nn.yaml:79:7
%8842 = assign %8805, %8820 : f32[24,24] @ models/lib/nn.yaml:79:7
%8843 = assign %8806, %8807 : i64[] @ models/lib/nn.yaml:79:7
%8844 = broadcast %3 : f32[24,24] @ models/lib/nn.yaml:79:7
%8845 = mul %149, %8844 : f32[24,24] @ models/lib/nn.yaml:79:7
%8846 = broadcast %5505 : f32[24,24] @ models/lib/nn.yaml:79:7
%8847 = mul %8839, %8846 : f32[24,24] @ models/lib/nn.yaml:79:7
%8848 = add %8845, %8847 : f32[24,24] @ models/lib/nn.yaml:79:7
%8849 = assign %149, %8848 : f32[24,24] @ models/lib/nn.yaml:79:7
%8850 = all_reduce_sum %4561 : f32[24] @ models/lib/nn.yaml:80:7
%8851 = mul %8850, %8850 : f32[24] @ models/lib/nn.yaml:80:7
%8852 = reduce_sum %8851 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8853 = sqrt %8852 : f32[] @ models/lib/nn.yaml:80:7
%8854 = cast %8853 : f64[] @ models/lib/nn.yaml:80:7
%8855 = add %8854, %5442 : f64[] @ models/lib/nn.yaml:80:7
%8856 = div %5444, %8855 : f64[] @ models/lib/nn.yaml:80:7
%8857 = lt %8856, %5446 : bool[] @ models/lib/nn.yaml:80:7
%8858 = cast %8856 : f32[] @ models/lib/nn.yaml:80:7
%8859 = broadcast %8858 : f32[24] @ models/lib/nn.yaml:80:7
%8860 = mul %8850, %8859 : f32[24] @ models/lib/nn.yaml:80:7
%8861 = broadcast %8857 : bool[24] @ models/lib/nn.yaml:80:7
%8862 = select %8861, %8860, %8850 : f32[24] @ models/lib/nn.yaml:80:7
%8863 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8864 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8865 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8866 = add %8865, %5456 : i64[] @ models/lib/nn.yaml:80:7
%8867 = mul %8862, %8750 : f32[24] @ models/lib/nn.yaml:80:7
%8868 = mul %8863, %8752 : f32[24] @ models/lib/nn.yaml:80:7
%8869 = add %8868, %8867 : f32[24] @ models/lib/nn.yaml:80:7
%8870 = mul %8862, %8862 : f32[24] @ models/lib/nn.yaml:80:7
%8871 = mul %8870, %8756 : f32[24] @ models/lib/nn.yaml:80:7
%8872 = mul %8864, %8758 : f32[24] @ models/lib/nn.yaml:80:7
%8873 = add %8872, %8871 : f32[24] @ models/lib/nn.yaml:80:7
%8874 = cast %8866 : f64[] @ models/lib/nn.yaml:80:7
%8875 = pow %5465, %8874 : f64[] @ models/lib/nn.yaml:80:7
%8876 = sub %5446, %8875 : f64[] @ models/lib/nn.yaml:80:7
%8877 = div %3382, %8876 : f64[] @ models/lib/nn.yaml:80:7
%8878 = pow %5473, %8874 : f64[] @ models/lib/nn.yaml:80:7
%8879 = sub %5446, %8878 : f64[] @ models/lib/nn.yaml:80:7
%8880 = sqrt %8879 : f64[] @ models/lib/nn.yaml:80:7
%8881 = div %5446, %8880 : f64[] @ models/lib/nn.yaml:80:7
%8882 = sqrt %8873 : f32[24] @ models/lib/nn.yaml:80:7
%8883 = cast %8881 : f32[] @ models/lib/nn.yaml:80:7
%8884 = broadcast %8883 : f32[24] @ models/lib/nn.yaml:80:7
%8885 = mul %8882, %8884 : f32[24] @ models/lib/nn.yaml:80:7
%8886 = add %8885, %8773 : f32[24] @ models/lib/nn.yaml:80:7
%8887 = div %8869, %8886 : f32[24] @ models/lib/nn.yaml:80:7
%8888 = cast %8877 : f32[] @ models/lib/nn.yaml:80:7
%8889 = broadcast %8888 : f32[24] @ models/lib/nn.yaml:80:7
%8890 = mul %8887, %8889 : f32[24] @ models/lib/nn.yaml:80:7
%8891 = sub %72, %8890 : f32[24] @ models/lib/nn.yaml:80:7
%8892 = assign %72, %8891 : f32[24] @ models/lib/nn.yaml:80:7
%8893 = assign %8863, %8869 : f32[24] @ models/lib/nn.yaml:80:7
%8894 = assign %8864, %8873 : f32[24] @ models/lib/nn.yaml:80:7
%8895 = assign %8865, %8866 : i64[] @ models/lib/nn.yaml:80:7
%8896 = mul %150, %8784 : f32[24] @ models/lib/nn.yaml:80:7
%8897 = mul %8891, %8786 : f32[24] @ models/lib/nn.yaml:80:7
%8898 = add %8896, %8897 : f32[24] @ models/lib/nn.yaml:80:7
%8899 = assign %150, %8898 : f32[24] @ models/lib/nn.yaml:80:7
%8900 = all_reduce_sum %4545 : f32[8,24] @ models/lib/nn.yaml:79:7
%8901 = reshape %8900 : f32[192] @ models/lib/nn.yaml:79:7
%8902 = mul %8901, %8901 : f32[192] @ models/lib/nn.yaml:79:7
%8903 = reduce_sum %8902 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8904 = sqrt %8903 : f32[] @ models/lib/nn.yaml:79:7
%8905 = cast %8904 : f64[] @ models/lib/nn.yaml:79:7
%8906 = add %8905, %5442 : f64[] @ models/lib/nn.yaml:79:7
%8907 = div %5444, %8906 : f64[] @ models/lib/nn.yaml:79:7
%8908 = lt %8907, %5446 : bool[] @ models/lib/nn.yaml:79:7
%8909 = cast %8907 : f32[] @ models/lib/nn.yaml:79:7
%8910 = broadcast %8909 : f32[8,24] @ models/lib/nn.yaml:79:7
%8911 = mul %8900, %8910 : f32[8,24] @ models/lib/nn.yaml:79:7
%8912 = broadcast %8908 : bool[8,24] @ models/lib/nn.yaml:79:7
%8913 = select %8912, %8911, %8900 : f32[8,24] @ models/lib/nn.yaml:79:7
%8914 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8915 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8916 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8917 = add %8916, %5456 : i64[] @ models/lib/nn.yaml:79:7
%8918 = broadcast %5460 : f32[8,24] @ models/lib/nn.yaml:79:7
%8919 = mul %73, %8918 : f32[8,24] @ models/lib/nn.yaml:79:7
%8920 = broadcast %3111 : f32[8,24] @ models/lib/nn.yaml:79:7
%8921 = mul %8913, %8920 : f32[8,24] @ models/lib/nn.yaml:79:7
%8922 = broadcast %2138 : f32[8,24] @ models/lib/nn.yaml:79:7
%8923 = mul %8914, %8922 : f32[8,24] @ models/lib/nn.yaml:79:7
%8924 = add %8923, %8921 : f32[8,24] @ models/lib/nn.yaml:79:7
%8925 = mul %8913, %8913 : f32[8,24] @ models/lib/nn.yaml:79:7
%8926 = broadcast %5470 : f32[8,24] @ models/lib/nn.yaml:79:7
%8927 = mul %8925, %8926 : f32[8,24] @ models/lib/nn.yaml:79:7
%8928 = broadcast %5474 : f32[8,24] @ models/lib/nn.yaml:79:7
%8929 = mul %8915, %8928 : f32[8,24] @ models/lib/nn.yaml:79:7
%8930 = add %8929, %8927 : f32[8,24] @ models/lib/nn.yaml:79:7
%8931 = cast %8917 : f64[] @ models/lib/nn.yaml:79:7
%8932 = pow %5465, %8931 : f64[] @ models/lib/nn.yaml:79:7
%8933 = sub %5446, %8932 : f64[] @ models/lib/nn.yaml:79:7
%8934 = div %3382, %8933 : f64[] @ models/lib/nn.yaml:79:7
%8935 = pow %5473, %8931 : f64[] @ models/lib/nn.yaml:79:7
%8936 = sub %5446, %8935 : f64[] @ models/lib/nn.yaml:79:7
%8937 = sqrt %8936 : f64[] @ models/lib/nn.yaml:79:7
%8938 = div %5446, %8937 : f64[] @ models/lib/nn.yaml:79:7
%8939 = sqrt %8930 : f32[8,24] @ models/lib/nn.yaml:79:7
%8940 = cast %8938 : f32[] @ models/lib/nn.yaml:79:7
%8941 = broadcast %8940 : f32[8,24] @ models/lib/nn.yaml:79:7
%8942 = mul %8939, %8941 : f32[8,24] @ models/lib/nn.yaml:79:7
%8943 = broadcast %5490 : f32[8,24] @ models/lib/nn.yaml:79:7
%8944 = add %8942, %8943 : f32[8,24] @ models/lib/nn.yaml:79:7
%8945 = div %8924, %8944 : f32[8,24] @ models/lib/nn.yaml:79:7
%8946 = cast %8934 : f32[] @ models/lib/nn.yaml:79:7
%8947 = broadcast %8946 : f32[8,24] @ models/lib/nn.yaml:79:7
%8948 = mul %8945, %8947 : f32[8,24] @ models/lib/nn.yaml:79:7
%8949 = sub %8919, %8948 : f32[8,24] @ models/lib/nn.yaml:79:7
%8950 = assign %73, %8949 : f32[8,24] @ models/lib/nn.yaml:79:7
%8951 = assign %8914, %8924 : f32[8,24] @ models/lib/nn.yaml:79:7
%8952 = assign %8915, %8930 : f32[8,24] @ models/lib/nn.yaml:79:7
%8953 = assign %8916, %8917 : i64[] @ models/lib/nn.yaml:79:7
%8954 = broadcast %3 : f32[8,24] @ models/lib/nn.yaml:79:7
%8955 = mul %151, %8954 : f32[8,24] @ models/lib/nn.yaml:79:7
%8956 = broadcast %5505 : f32[8,24] @ models/lib/nn.yaml:79:7
%8957 = mul %8949, %8956 : f32[8,24] @ models/lib/nn.yaml:79:7
%8958 = add %8955, %8957 : f32[8,24] @ models/lib/nn.yaml:79:7
%8959 = assign %151, %8958 : f32[8,24] @ models/lib/nn.yaml:79:7
%8960 = all_reduce_sum %4540 : f32[8] @ models/lib/nn.yaml:80:7
%8961 = mul %8960, %8960 : f32[8] @ models/lib/nn.yaml:80:7
%8962 = reduce_sum %8961 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8963 = sqrt %8962 : f32[] @ models/lib/nn.yaml:80:7
%8964 = cast %8963 : f64[] @ models/lib/nn.yaml:80:7
%8965 = add %8964, %5442 : f64[] @ models/lib/nn.yaml:80:7
%8966 = div %5444, %8965 : f64[] @ models/lib/nn.yaml:80:7
%8967 = lt %8966, %5446 : bool[] @ models/lib/nn.yaml:80:7
%8968 = cast %8966 : f32[] @ models/lib/nn.yaml:80:7
%8969 = broadcast %8968 : f32[8] @ models/lib/nn.yaml:80:7
%8970 = mul %8960, %8969 : f32[8] @ models/lib/nn.yaml:80:7
%8971 = broadcast %8967 : bool[8] @ models/lib/nn.yaml:80:7
%8972 = select %8971, %8970, %8960 : f32[8] @ models/lib/nn.yaml:80:7
%8973 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%8974 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%8975 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8976 = add %8975, %5456 : i64[] @ models/lib/nn.yaml:80:7
%8977 = broadcast %3111 : f32[8] @ models/lib/nn.yaml:80:7
%8978 = mul %8972, %8977 : f32[8] @ models/lib/nn.yaml:80:7
%8979 = broadcast %2138 : f32[8] @ models/lib/nn.yaml:80:7
%8980 = mul %8973, %8979 : f32[8] @ models/lib/nn.yaml:80:7
%8981 = add %8980, %8978 : f32[8] @ models/lib/nn.yaml:80:7
%8982 = mul %8972, %8972 : f32[8] @ models/lib/nn.yaml:80:7
%8983 = broadcast %5470 : f32[8] @ models/lib/nn.yaml:80:7
%8984 = mul %8982, %8983 : f32[8] @ models/lib/nn.yaml:80:7
%8985 = broadcast %5474 : f32[8] @ models/lib/nn.yaml:80:7
%8986 = mul %8974, %8985 : f32[8] @ models/lib/nn.yaml:80:7
%8987 = add %8986, %8984 : f32[8] @ models/lib/nn.yaml:80:7
%8988 = cast %8976 : f64[] @ models/lib/nn.yaml:80:7
%8989 = pow %5465, %8988 : f64[] @ models/lib/nn.yaml:80:7
%8990 = sub %5446, %8989 : f64[] @ models/lib/nn.yaml:80:7
%8991 = div %3382, %8990 : f64[] @ models/lib/nn.yaml:80:7
%8992 = pow %5473, %8988 : f64[] @ models/lib/nn.yaml:80:7
%8993 = sub %5446, %8992 : f64[] @ models/lib/nn.yaml:80:7
%8994 = sqrt %8993 : f64[] @ models/lib/nn.yaml:80:7
%8995 = div %5446, %8994 : f64[] @ models/lib/nn.yaml:80:7
%8996 = sqrt %8987 : f32[8] @ models/lib/nn.yaml:80:7
%8997 = cast %8995 : f32[] @ models/lib/nn.yaml:80:7
%8998 = broadcast %8997 : f32[8] @ models/lib/nn.yaml:80:7
%8999 = mul %8996, %8998 : f32[8] @ models/lib/nn.yaml:80:7
%9000 = broadcast %5490 : f32[8] @ models/lib/nn.yaml:80:7
%9001 = add %8999, %9000 : f32[8] @ models/lib/nn.yaml:80:7
%9002 = div %8981, %9001 : f32[8] @ models/lib/nn.yaml:80:7
%9003 = cast %8991 : f32[] @ models/lib/nn.yaml:80:7
%9004 = broadcast %9003 : f32[8] @ models/lib/nn.yaml:80:7
%9005 = mul %9002, %9004 : f32[8] @ models/lib/nn.yaml:80:7
%9006 = sub %74, %9005 : f32[8] @ models/lib/nn.yaml:80:7
%9007 = assign %74, %9006 : f32[8] @ models/lib/nn.yaml:80:7
%9008 = assign %8973, %8981 : f32[8] @ models/lib/nn.yaml:80:7
%9009 = assign %8974, %8987 : f32[8] @ models/lib/nn.yaml:80:7
%9010 = assign %8975, %8976 : i64[] @ models/lib/nn.yaml:80:7
%9011 = broadcast %3 : f32[8] @ models/lib/nn.yaml:80:7
%9012 = mul %152, %9011 : f32[8] @ models/lib/nn.yaml:80:7
%9013 = broadcast %5505 : f32[8] @ models/lib/nn.yaml:80:7
%9014 = mul %9006, %9013 : f32[8] @ models/lib/nn.yaml:80:7
%9015 = add %9012, %9014 : f32[8] @ models/lib/nn.yaml:80:7
%9016 = assign %152, %9015 : f32[8] @ models/lib/nn.yaml:80:7
%9017 = broadcast %3 : f32[32,1] @ models/lib/dino.yaml:18:7
%9018 = mul %153, %9017 : f32[32,1] @ models/lib/dino.yaml:18:7
%9019 = broadcast %5505 : f32[32,1] @ models/lib/dino.yaml:18:7
%9020 = mul %75, %9019 : f32[32,1] @ models/lib/dino.yaml:18:7
%9021 = add %9018, %9020 : f32[32,1] @ models/lib/dino.yaml:18:7
%9022 = assign %153, %9021 : f32[32,1] @ models/lib/dino.yaml:18:7
%9023 = all_reduce_sum %4519 : f32[32,8] @ models/lib/dino.yaml:19:7
%9024 = reshape %9023 : f32[256] @ models/lib/dino.yaml:19:7
%9025 = mul %9024, %9024 : f32[256] @ models/lib/dino.yaml:19:7
%9026 = reduce_sum %9025 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%9027 = sqrt %9026 : f32[] @ models/lib/dino.yaml:19:7
%9028 = cast %9027 : f64[] @ models/lib/dino.yaml:19:7
%9029 = add %9028, %5442 : f64[] @ models/lib/dino.yaml:19:7
%9030 = div %5444, %9029 : f64[] @ models/lib/dino.yaml:19:7
%9031 = lt %9030, %5446 : bool[] @ models/lib/dino.yaml:19:7
%9032 = cast %9030 : f32[] @ models/lib/dino.yaml:19:7
%9033 = broadcast %9032 : f32[32,8] @ models/lib/dino.yaml:19:7
%9034 = mul %9023, %9033 : f32[32,8] @ models/lib/dino.yaml:19:7
%9035 = broadcast %9031 : bool[32,8] @ models/lib/dino.yaml:19:7
%9036 = select %9035, %9034, %9023 : f32[32,8] @ models/lib/dino.yaml:19:7
%9037 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%9038 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%9039 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%9040 = add %9039, %5456 : i64[] @ models/lib/dino.yaml:19:7
%9041 = broadcast %5460 : f32[32,8] @ models/lib/dino.yaml:19:7
%9042 = mul %76, %9041 : f32[32,8] @ models/lib/dino.yaml:19:7
%9043 = broadcast %3111 : f32[32,8] @ models/lib/dino.yaml:19:7
%9044 = mul %9036, %9043 : f32[32,8] @ models/lib/dino.yaml:19:7
%9045 = broadcast %2138 : f32[32,8] @ models/lib/dino.yaml:19:7
%9046 = mul %9037, %9045 : f32[32,8] @ models/lib/dino.yaml:19:7
%9047 = add %9046, %9044 : f32[32,8] @ models/lib/dino.yaml:19:7
%9048 = mul %9036, %9036 : f32[32,8] @ models/lib/dino.yaml:19:7
%9049 = broadcast %5470 : f32[32,8] @ models/lib/dino.yaml:19:7
%9050 = mul %9048, %9049 : f32[32,8] @ models/lib/dino.yaml:19:7
%9051 = broadcast %5474 : f32[32,8] @ models/lib/dino.yaml:19:7
%9052 = mul %9038, %9051 : f32[32,8] @ models/lib/dino.yaml:19:7
%9053 = add %9052, %9050 : f32[32,8] @ models/lib/dino.yaml:19:7
%9054 = cast %9040 : f64[] @ models/lib/dino.yaml:19:7
%9055 = pow %5465, %9054 : f64[] @ models/lib/dino.yaml:19:7
%9056 = sub %5446, %9055 : f64[] @ models/lib/dino.yaml:19:7
%9057 = div %3382, %9056 : f64[] @ models/lib/dino.yaml:19:7
%9058 = pow %5473, %9054 : f64[] @ models/lib/dino.yaml:19:7
%9059 = sub %5446, %9058 : f64[] @ models/lib/dino.yaml:19:7
%9060 = sqrt %9059 : f64[] @ models/lib/dino.yaml:19:7
%9061 = div %5446, %9060 : f64[] @ models/lib/dino.yaml:19:7
%9062 = sqrt %9053 : f32[32,8] @ models/lib/dino.yaml:19:7
%9063 = cast %9061 : f32[] @ models/lib/dino.yaml:19:7
%9064 = broadcast %9063 : f32[32,8] @ models/lib/dino.yaml:19:7
%9065 = mul %9062, %9064 : f32[32,8] @ models/lib/dino.yaml:19:7
%9066 = broadcast %5490 : f32[32,8] @ models/lib/dino.yaml:19:7
%9067 = add %9065, %9066 : f32[32,8] @ models/lib/dino.yaml:19:7
%9068 = div %9047, %9067 : f32[32,8] @ models/lib/dino.yaml:19:7
%9069 = cast %9057 : f32[] @ models/lib/dino.yaml:19:7
%9070 = broadcast %9069 : f32[32,8] @ models/lib/dino.yaml:19:7
%9071 = mul %9068, %9070 : f32[32,8] @ models/lib/dino.yaml:19:7
%9072 = sub %9042, %9071 : f32[32,8] @ models/lib/dino.yaml:19:7
%9073 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%9074 = lt %9073, %5456 : bool[] @ models/lib/dino.yaml:19:7
%9075 = broadcast %9074 : bool[32,8] @ models/lib/dino.yaml:19:7
%9076 = select %9075, %76, %9072 : f32[32,8] @ models/lib/dino.yaml:19:7
%9077 = select %9075, %9037, %9047 : f32[32,8] @ models/lib/dino.yaml:19:7
%9078 = select %9075, %9038, %9053 : f32[32,8] @ models/lib/dino.yaml:19:7
%9079 = select %9074, %9039, %9040 : i64[] @ models/lib/dino.yaml:19:7
%9080 = assign %76, %9076 : f32[32,8] @ models/lib/dino.yaml:19:7
%9081 = assign %9037, %9077 : f32[32,8] @ models/lib/dino.yaml:19:7
%9082 = assign %9038, %9078 : f32[32,8] @ models/lib/dino.yaml:19:7
%9083 = assign %9039, %9079 : i64[] @ models/lib/dino.yaml:19:7
%9084 = broadcast %3 : f32[32,8] @ models/lib/dino.yaml:19:7
%9085 = mul %154, %9084 : f32[32,8] @ models/lib/dino.yaml:19:7
%9086 = broadcast %5505 : f32[32,8] @ models/lib/dino.yaml:19:7
%9087 = mul %9076, %9086 : f32[32,8] @ models/lib/dino.yaml:19:7
%9088 = add %9085, %9087 : f32[32,8] @ models/lib/dino.yaml:19:7
%9089 = assign %154, %9088 : f32[32,8] @ models/lib/dino.yaml:19:7
%9090 = all_reduce_sum %4503 : f32[24,16] @ models/lib/nn.yaml:79:7
%9091 = reshape %9090 : f32[384] @ models/lib/nn.yaml:79:7
%9092 = mul %9091, %9091 : f32[384] @ models/lib/nn.yaml:79:7
%9093 = reduce_sum %9092 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9094 = sqrt %9093 : f32[] @ models/lib/nn.yaml:79:7
%9095 = cast %9094 : f64[] @ models/lib/nn.yaml:79:7
%9096 = add %9095, %5442 : f64[] @ models/lib/nn.yaml:79:7
%9097 = div %5444, %9096 : f64[] @ models/lib/nn.yaml:79:7
%9098 = lt %9097, %5446 : bool[] @ models/lib/nn.yaml:79:7
%9099 = cast %9097 : f32[] @ models/lib/nn.yaml:79:7
%9100 = broadcast %9099 : f32[24,16] @ models/lib/nn.yaml:79:7
%9101 = mul %9090, %9100 : f32[24,16] @ models/lib/nn.yaml:79:7
%9102 = broadcast %9098 : bool[24,16] @ models/lib/nn.yaml:79:7
%9103 = select %9102, %9101, %9090 : f32[24,16] @ models/lib/nn.yaml:79:7
%9104 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9105 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9106 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9107 = add %9106, %5456 : i64[] @ models/lib/nn.yaml:79:7
%9108 = mul %77, %8691 : f32[24,16] @ models/lib/nn.yaml:79:7
%9109 = mul %9103, %8693 : f32[24,16] @ models/lib/nn.yaml:79:7
%9110 = mul %9104, %8695 : f32[24,16] @ models/lib/nn.yaml:79:7
%9111 = add %9110, %9109 : f32[24,16] @ models/lib/nn.yaml:79:7
%9112 = mul %9103, %9103 : f32[24,16] @ models/lib/nn.yaml:79:7
%9113 = mul %9112, %8699 : f32[24,16] @ models/lib/nn.yaml:79:7
%9114 = mul %9105, %8701 : f32[24,16] @ models/lib/nn.yaml:79:7
%9115 = add %9114, %9113 : f32[24,16] @ models/lib/nn.yaml:79:7
%9116 = cast %9107 : f64[] @ models/lib/nn.yaml:79:7
%9117 = pow %5465, %9116 : f64[] @ models/lib/nn.yaml:79:7
%9118 = sub %5446, %9117 : f64[] @ models/lib/nn.yaml:79:7
%9119 = div %3382, %9118 : f64[] @ models/lib/nn.yaml:79:7
%9120 = pow %5473, %9116 : f64[] @ models/lib/nn.yaml:79:7
%9121 = sub %5446, %9120 : f64[] @ models/lib/nn.yaml:79:7
%9122 = sqrt %9121 : f64[] @ models/lib/nn.yaml:79:7
%9123 = div %5446, %9122 : f64[] @ models/lib/nn.yaml:79:7
%9124 = sqrt %9115 : f32[24,16] @ models/lib/nn.yaml:79:7
%9125 = cast %9123 : f32[] @ models/lib/nn.yaml:79:7
%9126 = broadcast %9125 : f32[24,16] @ models/lib/nn.yaml:79:7
%9127 = mul %9124, %9126 : f32[24,16] @ models/lib/nn.yaml:79:7
%9128 = add %9127, %8716 : f32[24,16] @ models/lib/nn.yaml:79:7
%9129 = div %9111, %9128 : f32[24,16] @ models/lib/nn.yaml:79:7
%9130 = cast %9119 : f32[] @ models/lib/nn.yaml:79:7
%9131 = broadcast %9130 : f32[24,16] @ models/lib/nn.yaml:79:7
%9132 = mul %9129, %9131 : f32[24,16] @ models/lib/nn.yaml:79:7
%9133 = sub %9108, %9132 : f32[24,16] @ models/lib/nn.yaml:79:7
%9134 = assign %77, %9133 : f32[24,16] @ models/lib/nn.yaml:79:7
%9135 = assign %9104, %9111 : f32[24,16] @ models/lib/nn.yaml:79:7
%9136 = assign %9105, %9115 : f32[24,16] @ models/lib/nn.yaml:79:7
%9137 = assign %9106, %9107 : i64[] @ models/lib/nn.yaml:79:7
%9138 = mul %155, %8727 : f32[24,16] @ models/lib/nn.yaml:79:7
%9139 = mul %9133, %8729 : f32[24,16] @ models/lib/nn.yaml:79:7
%9140 = add %9138, %9139 : f32[24,16] @ models/lib/nn.yaml:79:7
%9141 = assign %155, %9140 : f32[24,16] @ models/lib/nn.yaml:79:7
%9142 = all_reduce_sum %4498 : f32[24] @ models/lib/nn.yaml:80:7
%9143 = mul %9142, %9142 : f32[24] @ models/lib/nn.yaml:80:7
%9144 = reduce_sum %9143 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9145 = sqrt %9144 : f32[] @ models/lib/nn.yaml:80:7
%9146 = cast %9145 : f64[] @ models/lib/nn.yaml:80:7
%9147 = add %9146, %5442 : f64[] @ models/lib/nn.yaml:80:7
%9148 = div %5444, %9147 : f64[] @ models/lib/nn.yaml:80:7
%9149 = lt %9148, %5446 : bool[] @ models/lib/nn.yaml:80:7
%9150 = cast %9148 : f32[] @ models/lib/nn.yaml:80:7
%9151 = broadcast %9150 : f32[24] @ models/lib/nn.yaml:80:7
%9152 = mul %9142, %9151 : f32[24] @ models/lib/nn.yaml:80:7
%9153 = broadcast %9149 : bool[24] @ models/lib/nn.yaml:80:7
%9154 = select %9153, %9152, %9142 : f32[24] @ models/lib/nn.yaml:80:7
%9155 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9156 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9157 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9158 = add %9157, %5456 : i64[] @ models/lib/nn.yaml:80:7
%9159 = mul %9154, %8750 : f32[24] @ models/lib/nn.yaml:80:7
%9160 = mul %9155, %8752 : f32[24] @ models/lib/nn.yaml:80:7
%9161 = add %9160, %9159 : f32[24] @ models/lib/nn.yaml:80:7
%9162 = mul %9154, %9154 : f32[24] @ models/lib/nn.yaml:80:7
%9163 = mul %9162, %8756 : f32[24] @ models/lib/nn.yaml:80:7
%9164 = mul %9156, %8758 : f32[24] @ models/lib/nn.yaml:80:7
%9165 = add %9164, %9163 : f32[24] @ models/lib/nn.yaml:80:7
%9166 = cast %9158 : f64[] @ models/lib/nn.yaml:80:7
%9167 = pow %5465, %9166 : f64[] @ models/lib/nn.yaml:80:7
%9168 = sub %5446, %9167 : f64[] @ models/lib/nn.yaml:80:7
%9169 = div %3382, %9168 : f64[] @ models/lib/nn.yaml:80:7
%9170 = pow %5473, %9166 : f64[] @ models/lib/nn.yaml:80:7
%9171 = sub %5446, %9170 : f64[] @ models/lib/nn.yaml:80:7
%9172 = sqrt %9171 : f64[] @ models/lib/nn.yaml:80:7
%9173 = div %5446, %9172 : f64[] @ models/lib/nn.yaml:80:7
%9174 = sqrt %9165 : f32[24] @ models/lib/nn.yaml:80:7
%9175 = cast %9173 : f32[] @ models/lib/nn.yaml:80:7
%9176 = broadcast %9175 : f32[24] @ models/lib/nn.yaml:80:7
%9177 = mul %9174, %9176 : f32[24] @ models/lib/nn.yaml:80:7
%9178 = add %9177, %8773 : f32[24] @ models/lib/nn.yaml:80:7
%9179 = div %9161, %9178 : f32[24] @ models/lib/nn.yaml:80:7
%9180 = cast %9169 : f32[] @ models/lib/nn.yaml:80:7
%9181 = broadcast %9180 : f32[24] @ models/lib/nn.yaml:80:7
%9182 = mul %9179, %9181 : f32[24] @ models/lib/nn.yaml:80:7
%9183 = sub %78, %9182 : f32[24] @ models/lib/nn.yaml:80:7
%9184 = assign %78, %9183 : f32[24] @ models/lib/nn.yaml:80:7
%9185 = assign %9155, %9161 : f32[24] @ models/lib/nn.yaml:80:7
%9186 = assign %9156, %9165 : f32[24] @ models/lib/nn.yaml:80:7
%9187 = assign %9157, %9158 : i64[] @ models/lib/nn.yaml:80:7
%9188 = mul %156, %8784 : f32[24] @ models/lib/nn.yaml:80:7
%9189 = mul %9183, %8786 : f32[24] @ models/lib/nn.yaml:80:7
%9190 = add %9188, %9189 : f32[24] @ models/lib/nn.yaml:80:7
%9191 = assign %156, %9190 : f32[24] @ models/lib/nn.yaml:80:7
%9192 = all_reduce_sum %4480 : f32[24,24] @ models/lib/nn.yaml:79:7
%9193 = reshape %9192 : f32[576] @ models/lib/nn.yaml:79:7
%9194 = mul %9193, %9193 : f32[576] @ models/lib/nn.yaml:79:7
%9195 = reduce_sum %9194 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9196 = sqrt %9195 : f32[] @ models/lib/nn.yaml:79:7
%9197 = cast %9196 : f64[] @ models/lib/nn.yaml:79:7
%9198 = add %9197, %5442 : f64[] @ models/lib/nn.yaml:79:7
%9199 = div %5444, %9198 : f64[] @ models/lib/nn.yaml:79:7
%9200 = lt %9199, %5446 : bool[] @ models/lib/nn.yaml:79:7
%9201 = cast %9199 : f32[] @ models/lib/nn.yaml:79:7
%9202 = broadcast %9201 : f32[24,24] @ models/lib/nn.yaml:79:7
%9203 = mul %9192, %9202 : f32[24,24] @ models/lib/nn.yaml:79:7
%9204 = broadcast %9200 : bool[24,24] @ models/lib/nn.yaml:79:7
%9205 = select %9204, %9203, %9192 : f32[24,24] @ models/lib/nn.yaml:79:7
%9206 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9207 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9208 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9209 = add %9208, %5456 : i64[] @ models/lib/nn.yaml:79:7
%9210 = mul %79, %8808 : f32[24,24] @ models/lib/nn.yaml:79:7
%9211 = mul %9205, %8810 : f32[24,24] @ models/lib/nn.yaml:79:7
%9212 = mul %9206, %8812 : f32[24,24] @ models/lib/nn.yaml:79:7
%9213 = add %9212, %9211 : f32[24,24] @ models/lib/nn.yaml:79:7
%9214 = mul %9205, %9205 : f32[24,24] @ models/lib/nn.yaml:79:7
%9215 = mul %9214, %8816 : f32[24,24] @ models/lib/nn.yaml:79:7
%9216 = mul %9207, %8818 : f32[24,24] @ models/lib/nn.yaml:79:7
%9217 = add %9216, %9215 : f32[24,24] @ models/lib/nn.yaml:79:7
%9218 = cast %9209 : f64[] @ models/lib/nn.yaml:79:7
%9219 = pow %5465, %9218 : f64[] @ models/lib/nn.yaml:79:7
%9220 = sub %5446, %9219 : f64[] @ models/lib/nn.yaml:79:7
%9221 = div %3382, %9220 : f64[] @ models/lib/nn.yaml:79:7
%9222 = pow %5473, %9218 : f64[] @ models/lib/nn.yaml:79:7
%9223 = sub %5446, %9222 : f64[] @ models/lib/nn.yaml:79:7
%9224 = sqrt %9223 : f64[] @ models/lib/nn.yaml:79:7
%9225 = div %5446, %9224 : f64[] @ models/lib/nn.yaml:79:7
%9226 = sqrt %9217 : f32[24,24] @ models/lib/nn.yaml:79:7
%9227 = cast %9225 : f32[] @ models/lib/nn.yaml:79:7
%9228 = broadcast %9227 : f32[24,24] @ models/lib/nn.yaml:79:7
%9229 = mul %9226, %9228 : f32[24,24] @ models/lib/nn.yaml:79:7
%9230 = add %9229, %8833 : f32[24,24] @ models/lib/nn.yaml:79:7
%9231 = div %9213, %9230 : f32[24,24] @ models/lib/nn.yaml:79:7
%9232 = cast %9221 : f32[] @ models/lib/nn.yaml:79:7
%9233 = broadcast %9232 : f32[24,24] @ models/lib/nn.yaml:79:7
%9234 = mul %9231, %9233 : f32[24,24] @ models/lib/nn.yaml:79:7
%9235 = sub %9210, %9234 : f32[24,24] @ models/lib/nn.yaml:79:7
%9236 = assign %79, %9235 : f32[24,24] @ models/lib/nn.yaml:79:7
%9237 = assign %9206, %9213 : f32[24,24] @ models/lib/nn.yaml:79:7
%9238 = assign %9207, %9217 : f32[24,24] @ models/lib/nn.yaml:79:7
%9239 = assign %9208, %9209 : i64[] @ models/lib/nn.yaml:79:7
%9240 = mul %157, %8844 : f32[24,24] @ models/lib/nn.yaml:79:7
%9241 = mul %9235, %8846 : f32[24,24] @ models/lib/nn.yaml:79:7
%9242 = add %9240, %9241 : f32[24,24] @ models/lib/nn.yaml:79:7
%9243 = assign %157, %9242 : f32[24,24] @ models/lib/nn.yaml:79:7
%9244 = all_reduce_sum %4475 : f32[24] @ models/lib/nn.yaml:80:7
%9245 = mul %9244, %9244 : f32[24] @ models/lib/nn.yaml:80:7
%9246 = reduce_sum %9245 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9247 = sqrt %9246 : f32[] @ models/lib/nn.yaml:80:7
%9248 = cast %9247 : f64[] @ models/lib/nn.yaml:80:7
%9249 = add %9248, %5442 : f64[] @ models/lib/nn.yaml:80:7
%9250 = div %5444, %9249 : f64[] @ models/lib/nn.yaml:80:7
%9251 = lt %9250, %5446 : bool[] @ models/lib/nn.yaml:80:7
%9252 = cast %9250 : f32[] @ models/lib/nn.yaml:80:7
%9253 = broadcast %9252 : f32[24] @ models/lib/nn.yaml:80:7
%9254 = mul %9244, %9253 : f32[24] @ models/lib/nn.yaml:80:7
%9255 = broadcast %9251 : bool[24] @ models/lib/nn.yaml:80:7
%9256 = select %9255, %9254, %9244 : f32[24] @ models/lib/nn.yaml:80:7
%9257 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9258 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9259 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9260 = add %9259, %5456 : i64[] @ models/lib/nn.yaml:80:7
%9261 = mul %9256, %8750 : f32[24] @ models/lib/nn.yaml:80:7
%9262 = mul %9257, %8752 : f32[24] @ models/lib/nn.yaml:80:7
%9263 = add %9262, %9261 : f32[24] @ models/lib/nn.yaml:80:7
%9264 = mul %9256, %9256 : f32[24] @ models/lib/nn.yaml:80:7
%9265 = mul %9264, %8756 : f32[24] @ models/lib/nn.yaml:80:7
%9266 = mul %9258, %8758 : f32[24] @ models/lib/nn.yaml:80:7
%9267 = add %9266, %9265 : f32[24] @ models/lib/nn.yaml:80:7
%9268 = cast %9260 : f64[] @ models/lib/nn.yaml:80:7
%9269 = pow %5465, %9268 : f64[] @ models/lib/nn.yaml:80:7
%9270 = sub %5446, %9269 : f64[] @ models/lib/nn.yaml:80:7
%9271 = div %3382, %9270 : f64[] @ models/lib/nn.yaml:80:7
%9272 = pow %5473, %9268 : f64[] @ models/lib/nn.yaml:80:7
%9273 = sub %5446, %9272 : f64[] @ models/lib/nn.yaml:80:7
%9274 = sqrt %9273 : f64[] @ models/lib/nn.yaml:80:7
%9275 = div %5446, %9274 : f64[] @ models/lib/nn.yaml:80:7
%9276 = sqrt %9267 : f32[24] @ models/lib/nn.yaml:80:7
%9277 = cast %9275 : f32[] @ models/lib/nn.yaml:80:7
%9278 = broadcast %9277 : f32[24] @ models/lib/nn.yaml:80:7
%9279 = mul %9276, %9278 : f32[24] @ models/lib/nn.yaml:80:7
%9280 = add %9279, %8773 : f32[24] @ models/lib/nn.yaml:80:7
%9281 = div %9263, %9280 : f32[24] @ models/lib/nn.yaml:80:7
%9282 = cast %9271 : f32[] @ models/lib/nn.yaml:80:7
%9283 = broadcast %9282 : f32[24] @ models/lib/nn.yaml:80:7
%9284 = mul %9281, %9283 : f32[24] @ models/lib/nn.yaml:80:7
%9285 = sub %80, %9284 : f32[24] @ models/lib/nn.yaml:80:7
%9286 = assign %80, %9285 : f32[24] @ models/lib/nn.yaml:80:7
%9287 = assign %9257, %9263 : f32[24] @ models/lib/nn.yaml:80:7
%9288 = assign %9258, %9267 : f32[24] @ models/lib/nn.yaml:80:7
%9289 = assign %9259, %9260 : i64[] @ models/lib/nn.yaml:80:7
%9290 = mul %158, %8784 : f32[24] @ models/lib/nn.yaml:80:7
%9291 = mul %9285, %8786 : f32[24] @ models/lib/nn.yaml:80:7
%9292 = add %9290, %9291 : f32[24] @ models/lib/nn.yaml:80:7
%9293 = assign %158, %9292 : f32[24] @ models/lib/nn.yaml:80:7
%9294 = all_reduce_sum %4456 : f32[8,24] @ models/lib/nn.yaml:79:7
%9295 = reshape %9294 : f32[192] @ models/lib/nn.yaml:79:7
%9296 = mul %9295, %9295 : f32[192] @ models/lib/nn.yaml:79:7
%9297 = reduce_sum %9296 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9298 = sqrt %9297 : f32[] @ models/lib/nn.yaml:79:7
%9299 = cast %9298 : f64[] @ models/lib/nn.yaml:79:7
%9300 = add %9299, %5442 : f64[] @ models/lib/nn.yaml:79:7
%9301 = div %5444, %9300 : f64[] @ models/lib/nn.yaml:79:7
%9302 = lt %9301, %5446 : bool[] @ models/lib/nn.yaml:79:7
%9303 = cast %9301 : f32[] @ models/lib/nn.yaml:79:7
%9304 = broadcast %9303 : f32[8,24] @ models/lib/nn.yaml:79:7
%9305 = mul %9294, %9304 : f32[8,24] @ models/lib/nn.yaml:79:7
%9306 = broadcast %9302 : bool[8,24] @ models/lib/nn.yaml:79:7
%9307 = select %9306, %9305, %9294 : f32[8,24] @ models/lib/nn.yaml:79:7
%9308 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%9309 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%9310 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9311 = add %9310, %5456 : i64[] @ models/lib/nn.yaml:79:7
%9312 = mul %81, %8918 : f32[8,24] @ models/lib/nn.yaml:79:7
%9313 = mul %9307, %8920 : f32[8,24] @ models/lib/nn.yaml:79:7
%9314 = mul %9308, %8922 : f32[8,24] @ models/lib/nn.yaml:79:7
%9315 = add %9314, %9313 : f32[8,24] @ models/lib/nn.yaml:79:7
%9316 = mul %9307, %9307 : f32[8,24] @ models/lib/nn.yaml:79:7
%9317 = mul %9316, %8926 : f32[8,24] @ models/lib/nn.yaml:79:7
%9318 = mul %9309, %8928 : f32[8,24] @ models/lib/nn.yaml:79:7
%9319 = add %9318, %9317 : f32[8,24] @ models/lib/nn.yaml:79:7
%9320 = cast %9311 : f64[] @ models/lib/nn.yaml:79:7
%9321 = pow %5465, %9320 : f64[] @ models/lib/nn.yaml:79:7
%9322 = sub %5446, %9321 : f64[] @ models/lib/nn.yaml:79:7
%9323 = div %3382, %9322 : f64[] @ models/lib/nn.yaml:79:7
%9324 = pow %5473, %9320 : f64[] @ models/lib/nn.yaml:79:7
%9325 = sub %5446, %9324 : f64[] @ models/lib/nn.yaml:79:7
%9326 = sqrt %9325 : f64[] @ models/lib/nn.yaml:79:7
%9327 = div %5446, %9326 : f64[] @ models/lib/nn.yaml:79:7
%9328 = sqrt %9319 : f32[8,24] @ models/lib/nn.yaml:79:7
%9329 = cast %9327 : f32[] @ models/lib/nn.yaml:79:7
%9330 = broadcast %9329 : f32[8,24] @ models/lib/nn.yaml:79:7
%9331 = mul %9328, %9330 : f32[8,24] @ models/lib/nn.yaml:79:7
%9332 = add %9331, %8943 : f32[8,24] @ models/lib/nn.yaml:79:7
%9333 = div %9315, %9332 : f32[8,24] @ models/lib/nn.yaml:79:7
%9334 = cast %9323 : f32[] @ models/lib/nn.yaml:79:7
%9335 = broadcast %9334 : f32[8,24] @ models/lib/nn.yaml:79:7
%9336 = mul %9333, %9335 : f32[8,24] @ models/lib/nn.yaml:79:7
%9337 = sub %9312, %9336 : f32[8,24] @ models/lib/nn.yaml:79:7
%9338 = assign %81, %9337 : f32[8,24] @ models/lib/nn.yaml:79:7
%9339 = assign %9308, %9315 : f32[8,24] @ models/lib/nn.yaml:79:7
%9340 = assign %9309, %9319 : f32[8,24] @ models/lib/nn.yaml:79:7
%9341 = assign %9310, %9311 : i64[] @ models/lib/nn.yaml:79:7
%9342 = mul %159, %8954 : f32[8,24] @ models/lib/nn.yaml:79:7
%9343 = mul %9337, %8956 : f32[8,24] @ models/lib/nn.yaml:79:7
%9344 = add %9342, %9343 : f32[8,24] @ models/lib/nn.yaml:79:7
%9345 = assign %159, %9344 : f32[8,24] @ models/lib/nn.yaml:79:7
%9346 = all_reduce_sum %4451 : f32[8] @ models/lib/nn.yaml:80:7
%9347 = mul %9346, %9346 : f32[8] @ models/lib/nn.yaml:80:7
%9348 = reduce_sum %9347 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9349 = sqrt %9348 : f32[] @ models/lib/nn.yaml:80:7
%9350 = cast %9349 : f64[] @ models/lib/nn.yaml:80:7
%9351 = add %9350, %5442 : f64[] @ models/lib/nn.yaml:80:7
%9352 = div %5444, %9351 : f64[] @ models/lib/nn.yaml:80:7
%9353 = lt %9352, %5446 : bool[] @ models/lib/nn.yaml:80:7
%9354 = cast %9352 : f32[] @ models/lib/nn.yaml:80:7
%9355 = broadcast %9354 : f32[8] @ models/lib/nn.yaml:80:7
%9356 = mul %9346, %9355 : f32[8] @ models/lib/nn.yaml:80:7
%9357 = broadcast %9353 : bool[8] @ models/lib/nn.yaml:80:7
%9358 = select %9357, %9356, %9346 : f32[8] @ models/lib/nn.yaml:80:7
%9359 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9360 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9361 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9362 = add %9361, %5456 : i64[] @ models/lib/nn.yaml:80:7
%9363 = mul %9358, %8977 : f32[8] @ models/lib/nn.yaml:80:7
%9364 = mul %9359, %8979 : f32[8] @ models/lib/nn.yaml:80:7
%9365 = add %9364, %9363 : f32[8] @ models/lib/nn.yaml:80:7
%9366 = mul %9358, %9358 : f32[8] @ models/lib/nn.yaml:80:7
%9367 = mul %9366, %8983 : f32[8] @ models/lib/nn.yaml:80:7
%9368 = mul %9360, %8985 : f32[8] @ models/lib/nn.yaml:80:7
%9369 = add %9368, %9367 : f32[8] @ models/lib/nn.yaml:80:7
%9370 = cast %9362 : f64[] @ models/lib/nn.yaml:80:7
%9371 = pow %5465, %9370 : f64[] @ models/lib/nn.yaml:80:7
%9372 = sub %5446, %9371 : f64[] @ models/lib/nn.yaml:80:7
%9373 = div %3382, %9372 : f64[] @ models/lib/nn.yaml:80:7
%9374 = pow %5473, %9370 : f64[] @ models/lib/nn.yaml:80:7
%9375 = sub %5446, %9374 : f64[] @ models/lib/nn.yaml:80:7
%9376 = sqrt %9375 : f64[] @ models/lib/nn.yaml:80:7
%9377 = div %5446, %9376 : f64[] @ models/lib/nn.yaml:80:7
%9378 = sqrt %9369 : f32[8] @ models/lib/nn.yaml:80:7
%9379 = cast %9377 : f32[] @ models/lib/nn.yaml:80:7
%9380 = broadcast %9379 : f32[8] @ models/lib/nn.yaml:80:7
%9381 = mul %9378, %9380 : f32[8] @ models/lib/nn.yaml:80:7
%9382 = add %9381, %9000 : f32[8] @ models/lib/nn.yaml:80:7
%9383 = div %9365, %9382 : f32[8] @ models/lib/nn.yaml:80:7
%9384 = cast %9373 : f32[] @ models/lib/nn.yaml:80:7
%9385 = broadcast %9384 : f32[8] @ models/lib/nn.yaml:80:7
%9386 = mul %9383, %9385 : f32[8] @ models/lib/nn.yaml:80:7
%9387 = sub %82, %9386 : f32[8] @ models/lib/nn.yaml:80:7
%9388 = assign %82, %9387 : f32[8] @ models/lib/nn.yaml:80:7
%9389 = assign %9359, %9365 : f32[8] @ models/lib/nn.yaml:80:7
%9390 = assign %9360, %9369 : f32[8] @ models/lib/nn.yaml:80:7
%9391 = assign %9361, %9362 : i64[] @ models/lib/nn.yaml:80:7
%9392 = mul %160, %9011 : f32[8] @ models/lib/nn.yaml:80:7
%9393 = mul %9387, %9013 : f32[8] @ models/lib/nn.yaml:80:7
%9394 = add %9392, %9393 : f32[8] @ models/lib/nn.yaml:80:7
%9395 = assign %160, %9394 : f32[8] @ models/lib/nn.yaml:80:7
%9396 = broadcast %3 : f32[16,1] @ models/lib/dino.yaml:18:7
%9397 = mul %161, %9396 : f32[16,1] @ models/lib/dino.yaml:18:7
%9398 = broadcast %5505 : f32[16,1] @ models/lib/dino.yaml:18:7
%9399 = mul %83, %9398 : f32[16,1] @ models/lib/dino.yaml:18:7
%9400 = add %9397, %9399 : f32[16,1] @ models/lib/dino.yaml:18:7
%9401 = assign %161, %9400 : f32[16,1] @ models/lib/dino.yaml:18:7
%9402 = all_reduce_sum %4425 : f32[16,8] @ models/lib/dino.yaml:19:7
%9403 = reshape %9402 : f32[128] @ models/lib/dino.yaml:19:7
%9404 = mul %9403, %9403 : f32[128] @ models/lib/dino.yaml:19:7
%9405 = reduce_sum %9404 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%9406 = sqrt %9405 : f32[] @ models/lib/dino.yaml:19:7
%9407 = cast %9406 : f64[] @ models/lib/dino.yaml:19:7
%9408 = add %9407, %5442 : f64[] @ models/lib/dino.yaml:19:7
%9409 = div %5444, %9408 : f64[] @ models/lib/dino.yaml:19:7
%9410 = lt %9409, %5446 : bool[] @ models/lib/dino.yaml:19:7
%9411 = cast %9409 : f32[] @ models/lib/dino.yaml:19:7
%9412 = broadcast %9411 : f32[16,8] @ models/lib/dino.yaml:19:7
%9413 = mul %9402, %9412 : f32[16,8] @ models/lib/dino.yaml:19:7
%9414 = broadcast %9410 : bool[16,8] @ models/lib/dino.yaml:19:7
%9415 = select %9414, %9413, %9402 : f32[16,8] @ models/lib/dino.yaml:19:7
%9416 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%9417 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%9418 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%9419 = add %9418, %5456 : i64[] @ models/lib/dino.yaml:19:7
%9420 = broadcast %5460 : f32[16,8] @ models/lib/dino.yaml:19:7
%9421 = mul %84, %9420 : f32[16,8] @ models/lib/dino.yaml:19:7
%9422 = broadcast %3111 : f32[16,8] @ models/lib/dino.yaml:19:7
%9423 = mul %9415, %9422 : f32[16,8] @ models/lib/dino.yaml:19:7
%9424 = broadcast %2138 : f32[16,8] @ models/lib/dino.yaml:19:7
%9425 = mul %9416, %9424 : f32[16,8] @ models/lib/dino.yaml:19:7
%9426 = add %9425, %9423 : f32[16,8] @ models/lib/dino.yaml:19:7
%9427 = mul %9415, %9415 : f32[16,8] @ models/lib/dino.yaml:19:7
%9428 = broadcast %5470 : f32[16,8] @ models/lib/dino.yaml:19:7
%9429 = mul %9427, %9428 : f32[16,8] @ models/lib/dino.yaml:19:7
%9430 = broadcast %5474 : f32[16,8] @ models/lib/dino.yaml:19:7
%9431 = mul %9417, %9430 : f32[16,8] @ models/lib/dino.yaml:19:7
%9432 = add %9431, %9429 : f32[16,8] @ models/lib/dino.yaml:19:7
%9433 = cast %9419 : f64[] @ models/lib/dino.yaml:19:7
%9434 = pow %5465, %9433 : f64[] @ models/lib/dino.yaml:19:7
%9435 = sub %5446, %9434 : f64[] @ models/lib/dino.yaml:19:7
%9436 = div %3382, %9435 : f64[] @ models/lib/dino.yaml:19:7
%9437 = pow %5473, %9433 : f64[] @ models/lib/dino.yaml:19:7
%9438 = sub %5446, %9437 : f64[] @ models/lib/dino.yaml:19:7
%9439 = sqrt %9438 : f64[] @ models/lib/dino.yaml:19:7
%9440 = div %5446, %9439 : f64[] @ models/lib/dino.yaml:19:7
%9441 = sqrt %9432 : f32[16,8] @ models/lib/dino.yaml:19:7
%9442 = cast %9440 : f32[] @ models/lib/dino.yaml:19:7
%9443 = broadcast %9442 : f32[16,8] @ models/lib/dino.yaml:19:7
%9444 = mul %9441, %9443 : f32[16,8] @ models/lib/dino.yaml:19:7
%9445 = broadcast %5490 : f32[16,8] @ models/lib/dino.yaml:19:7
%9446 = add %9444, %9445 : f32[16,8] @ models/lib/dino.yaml:19:7
%9447 = div %9426, %9446 : f32[16,8] @ models/lib/dino.yaml:19:7
%9448 = cast %9436 : f32[] @ models/lib/dino.yaml:19:7
%9449 = broadcast %9448 : f32[16,8] @ models/lib/dino.yaml:19:7
%9450 = mul %9447, %9449 : f32[16,8] @ models/lib/dino.yaml:19:7
%9451 = sub %9421, %9450 : f32[16,8] @ models/lib/dino.yaml:19:7
%9452 = broadcast %9074 : bool[16,8] @ models/lib/dino.yaml:19:7
%9453 = select %9452, %84, %9451 : f32[16,8] @ models/lib/dino.yaml:19:7
%9454 = select %9452, %9416, %9426 : f32[16,8] @ models/lib/dino.yaml:19:7
%9455 = select %9452, %9417, %9432 : f32[16,8] @ models/lib/dino.yaml:19:7
%9456 = select %9074, %9418, %9419 : i64[] @ models/lib/dino.yaml:19:7
%9457 = assign %84, %9453 : f32[16,8] @ models/lib/dino.yaml:19:7
%9458 = assign %9416, %9454 : f32[16,8] @ models/lib/dino.yaml:19:7
%9459 = assign %9417, %9455 : f32[16,8] @ models/lib/dino.yaml:19:7
%9460 = assign %9418, %9456 : i64[] @ models/lib/dino.yaml:19:7
%9461 = broadcast %3 : f32[16,8] @ models/lib/dino.yaml:19:7
%9462 = mul %162, %9461 : f32[16,8] @ models/lib/dino.yaml:19:7
%9463 = broadcast %5505 : f32[16,8] @ models/lib/dino.yaml:19:7
%9464 = mul %9453, %9463 : f32[16,8] @ models/lib/dino.yaml:19:7
%9465 = add %9462, %9464 : f32[16,8] @ models/lib/dino.yaml:19:7
%9466 = assign %162, %9465 : f32[16,8] @ models/lib/dino.yaml:19:7
%9467 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%9468 = abs %3345 : f32[] @ models/dino_pass.yaml:149:3
%9469 = lt %9468, %9467 : bool[] @ models/dino_pass.yaml:149:3
%9470 = output %9469 name="finite" : bool[] @ models/dino_pass.yaml:149:3
