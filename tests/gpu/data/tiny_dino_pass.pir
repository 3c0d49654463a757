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
%206 = permute %203 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%207 = reshape %201 : f32[4,2,16,8,1] @ models/lib/nn.yaml:55:23
%208 = broadcast %207 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%209 = reshape %206 : f32[4,2,1,8,16] @ models/lib/nn.yaml:55:23
%210 = broadcast %209 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%211 = mul %208, %210 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%212 = reduce_sum %211 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%213 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%214 = broadcast %213 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%215 = mul %212, %214 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%216 = reduce_max %215 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%217 = stop_gradient %216 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%218 = broadcast %217 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%219 = sub %215, %218 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%220 = exp %219 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%221 = reduce_sum %220 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%222 = broadcast %221 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%223 = div %220, %222 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%224 = reshape %223 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%225 = broadcast %224 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%226 = reshape %205 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%227 = broadcast %226 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%228 = mul %225, %227 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%229 = reduce_sum %228 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%230 = permute %229 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%231 = reshape %230 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%232 = matmul %231, %92 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%233 = broadcast %93 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%234 = add %232, %233 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%235 = add %173, %234 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%236 = reduce_sum %235 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%237 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%238 = broadcast %237 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%239 = div %236, %238 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%240 = broadcast %239 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%241 = sub %235, %240 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%242 = mul %241, %241 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%243 = reduce_sum %242 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%244 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%245 = broadcast %244 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%246 = div %243, %245 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%247 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%248 = broadcast %247 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%249 = add %246, %248 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%250 = rsqrt %249 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%251 = broadcast %250 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%252 = mul %241, %251 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%253 = broadcast %94 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%254 = mul %252, %253 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%255 = broadcast %95 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%256 = add %254, %255 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%257 = matmul %256, %96 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%258 = broadcast %97 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%259 = add %257, %258 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%260 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%261 = broadcast %260 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%262 = mul %261, %259 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%263 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%264 = broadcast %263 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%265 = mul %259, %264 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%266 = erf %265 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%267 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%268 = broadcast %267 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%269 = add %268, %266 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%270 = mul %262, %269 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%271 = matmul %270, %98 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%272 = broadcast %99 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%273 = add %271, %272 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%274 = add %235, %273 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%275 = reduce_sum %274 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%276 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%277 = broadcast %276 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%278 = div %275, %277 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%279 = broadcast %278 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%280 = sub %274, %279 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%281 = mul %280, %280 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%282 = reduce_sum %281 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%283 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%284 = broadcast %283 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%285 = div %282, %284 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%286 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%287 = broadcast %286 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%288 = add %285, %287 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%289 = rsqrt %288 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%290 = broadcast %289 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%291 = mul %280, %290 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%292 = broadcast %100 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%293 = mul %291, %292 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%294 = broadcast %101 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%295 = add %293, %294 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%296 = matmul %295, %102 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%297 = broadcast %103 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%298 = add %296, %297 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%299 = reshape %298 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%300 = permute %299 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%301 = slice %300 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%302 = reshape %301 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%303 = slice %300 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%304 = reshape %303 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%305 = slice %300 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%306 = reshape %305 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%307 = permute %304 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%308 = reshape %302 : f32[4,2,16,8,1] @ models/lib/nn.yaml:55:23
%309 = broadcast %308 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%310 = reshape %307 : f32[4,2,1,8,16] @ models/lib/nn.yaml:55:23
%311 = broadcast %310 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%312 = mul %309, %311 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%313 = reduce_sum %312 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%314 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%315 = broadcast %314 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%316 = mul %313, %315 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%317 = reduce_max %316 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%318 = stop_gradient %317 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%319 = broadcast %318 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%320 = sub %316, %319 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%321 = exp %320 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%322 = reduce_sum %321 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%323 = broadcast %322 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%324 = div %321, %323 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%325 = reshape %324 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%326 = broadcast %325 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%327 = reshape %306 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%328 = broadcast %327 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%329 = mul %326, %328 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%330 = reduce_sum %329 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%331 = permute %330 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%332 = reshape %331 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%333 = matmul %332, %104 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%334 = broadcast %105 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%335 = add %333, %334 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%336 = add %274, %335 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%337 = reduce_sum %336 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%338 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%339 = broadcast %338 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%340 = div %337, %339 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%341 = broadcast %340 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%342 = sub %336, %341 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%343 = mul %342, %342 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%344 = reduce_sum %343 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%345 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%346 = broadcast %345 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%347 = div %344, %346 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%348 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%349 = broadcast %348 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%350 = add %347, %349 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%351 = rsqrt %350 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%352 = broadcast %351 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%353 = mul %342, %352 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%354 = broadcast %106 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%355 = mul %353, %354 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%356 = broadcast %107 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%357 = add %355, %356 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%358 = matmul %357, %108 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%359 = broadcast %109 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%360 = add %358, %359 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%361 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%362 = broadcast %361 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%363 = mul %362, %360 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%364 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%365 = broadcast %364 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%366 = mul %360, %365 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%367 = erf %366 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%368 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%369 = broadcast %368 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%370 = add %369, %367 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%371 = mul %363, %370 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%372 = matmul %371, %110 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%373 = broadcast %111 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%374 = add %372, %373 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%375 = add %336, %374 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%376 = grid_neighbors n=4 size=3 : i32[16,8] @ models/dino_pass.yaml:61:16
%377 = neighbor_topk_gather %375, %376 k=2 : f32[4,16,2,16] @ models/dino_pass.yaml:77:16
%378 = reshape %377 : f32[64,2,16] @ models/dino_pass.yaml:87:23
%379 = broadcast %112 : f32[64,1,16] @ models/lib/vit.yaml:116:31
%380 = concat %379, %378 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%381 = reduce_sum %380 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%382 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%383 = broadcast %382 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%384 = div %381, %383 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%385 = broadcast %384 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%386 = sub %380, %385 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%387 = mul %386, %386 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%388 = reduce_sum %387 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%389 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%390 = broadcast %389 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%391 = div %388, %390 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%392 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%393 = broadcast %392 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%394 = add %391, %393 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%395 = rsqrt %394 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%396 = broadcast %395 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%397 = mul %386, %396 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%398 = broadcast %113 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%399 = mul %397, %398 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%400 = broadcast %114 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%401 = add %399, %400 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%402 = slice %401 lo=[0,0,0] hi=[64,1,16] : f32[64,1,16] @ models/lib/vit.yaml:78:33
%403 = matmul %402, %115 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%404 = broadcast %116 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%405 = add %403, %404 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%406 = reshape %405 : f32[64,1,2,8] @ models/lib/vit.yaml:78:22
%407 = permute %406 perm=[0,2,1,3] : f32[64,2,1,8] @ models/lib/vit.yaml:78:14
%408 = matmul %401, %117 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%409 = broadcast %118 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%410 = add %408, %409 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%411 = reshape %410 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%412 = permute %411 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%413 = matmul %401, %119 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%414 = broadcast %120 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%415 = add %413, %414 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%416 = reshape %415 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%417 = permute %416 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%418 = permute %412 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%419 = reshape %407 : f32[64,2,1,8,1] @ models/lib/nn.yaml:55:23
%420 = broadcast %419 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%421 = reshape %418 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%422 = broadcast %421 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%423 = mul %420, %422 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%424 = reduce_sum %423 axes=[3] keep=0 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%425 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%426 = broadcast %425 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%427 = mul %424, %426 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%428 = reduce_max %427 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%429 = stop_gradient %428 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%430 = broadcast %429 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%431 = sub %427, %430 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%432 = exp %431 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%433 = reduce_sum %432 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%434 = broadcast %433 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%435 = div %432, %434 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%436 = reshape %435 : f32[64,2,1,3,1] @ models/lib/nn.yaml:56:23
%437 = broadcast %436 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%438 = reshape %417 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%439 = broadcast %438 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%440 = mul %437, %439 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%441 = reduce_sum %440 axes=[3] keep=0 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%442 = permute %441 perm=[0,2,1,3] : f32[64,1,2,8] @ models/lib/nn.yaml:56:13
%443 = reshape %442 : f32[64,1,16] @ models/lib/nn.yaml:57:16
%444 = matmul %443, %121 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%445 = broadcast %122 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%446 = add %444, %445 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%447 = add %379, %446 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%448 = reduce_sum %447 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%449 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%450 = broadcast %449 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%451 = div %448, %450 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%452 = broadcast %451 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%453 = sub %447, %452 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%454 = mul %453, %453 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%455 = reduce_sum %454 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%456 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%457 = broadcast %456 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%458 = div %455, %457 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%459 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%460 = broadcast %459 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%461 = add %458, %460 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%462 = rsqrt %461 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%463 = broadcast %462 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%464 = mul %453, %463 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%465 = broadcast %123 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%466 = mul %464, %465 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%467 = broadcast %124 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%468 = add %466, %467 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%469 = matmul %468, %125 ta=0 tb=1 : f32[64,1,64] @ models/lib/nn.yaml:83:15
%470 = broadcast %126 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%471 = add %469, %470 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%472 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%473 = broadcast %472 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%474 = mul %473, %471 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%475 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%476 = broadcast %475 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%477 = mul %471, %476 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%478 = erf %477 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%479 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%480 = broadcast %479 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%481 = add %480, %478 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%482 = mul %474, %481 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%483 = matmul %482, %127 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%484 = broadcast %128 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%485 = add %483, %484 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%486 = add %447, %485 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%487 = concat %486, %378 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%488 = reduce_sum %487 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%489 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%490 = broadcast %489 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%491 = div %488, %490 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%492 = broadcast %491 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%493 = sub %487, %492 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%494 = mul %493, %493 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%495 = reduce_sum %494 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%496 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%497 = broadcast %496 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%498 = div %495, %497 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%499 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%500 = broadcast %499 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%501 = add %498, %500 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%502 = rsqrt %501 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%503 = broadcast %502 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%504 = mul %493, %503 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%505 = broadcast %129 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%506 = mul %504, %505 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%507 = broadcast %130 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%508 = add %506, %507 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%509 = slice %508 lo=[0,0,0] hi=[64,1,16] : f32[64,1,16] @ models/lib/vit.yaml:78:33
%510 = matmul %509, %131 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%511 = broadcast %132 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%512 = add %510, %511 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%513 = reshape %512 : f32[64,1,2,8] @ models/lib/vit.yaml:78:22
%514 = permute %513 perm=[0,2,1,3] : f32[64,2,1,8] @ models/lib/vit.yaml:78:14
%515 = matmul %508, %133 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%516 = broadcast %134 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%517 = add %515, %516 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%518 = reshape %517 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%519 = permute %518 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%520 = matmul %508, %135 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%521 = broadcast %136 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%522 = add %520, %521 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%523 = reshape %522 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%524 = permute %523 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%525 = permute %519 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%526 = reshape %514 : f32[64,2,1,8,1] @ models/lib/nn.yaml:55:23
%527 = broadcast %526 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%528 = reshape %525 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%529 = broadcast %528 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%530 = mul %527, %529 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%531 = reduce_sum %530 axes=[3] keep=0 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%532 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%533 = broadcast %532 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%534 = mul %531, %533 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%535 = reduce_max %534 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%536 = stop_gradient %535 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%537 = broadcast %536 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%538 = sub %534, %537 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%539 = exp %538 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%540 = reduce_sum %539 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%541 = broadcast %540 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%542 = div %539, %541 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%543 = reshape %542 : f32[64,2,1,3,1] @ models/lib/nn.yaml:56:23
%544 = broadcast %543 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%545 = reshape %524 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%546 = broadcast %545 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%547 = mul %544, %546 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%548 = reduce_sum %547 axes=[3] keep=0 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%549 = permute %548 perm=[0,2,1,3] : f32[64,1,2,8] @ models/lib/nn.yaml:56:13
%550 = reshape %549 : f32[64,1,16] @ models/lib/nn.yaml:57:16
%551 = matmul %550, %137 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%552 = broadcast %138 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%553 = add %551, %552 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%554 = add %486, %553 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%555 = reduce_sum %554 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%556 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%557 = broadcast %556 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%558 = div %555, %557 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%559 = broadcast %558 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%560 = sub %554, %559 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%561 = mul %560, %560 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%562 = reduce_sum %561 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%563 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%564 = broadcast %563 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%565 = div %562, %564 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%566 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%567 = broadcast %566 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%568 = add %565, %567 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%569 = rsqrt %568 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%570 = broadcast %569 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%571 = mul %560, %570 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%572 = broadcast %139 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%573 = mul %571, %572 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%574 = broadcast %140 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%575 = add %573, %574 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%576 = matmul %575, %141 ta=0 tb=1 : f32[64,1,64] @ models/lib/nn.yaml:83:15
%577 = broadcast %142 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%578 = add %576, %577 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%579 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%580 = broadcast %579 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%581 = mul %580, %578 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%582 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%583 = broadcast %582 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%584 = mul %578, %583 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%585 = erf %584 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%586 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%587 = broadcast %586 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%588 = add %587, %585 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%589 = mul %581, %588 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%590 = matmul %589, %143 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%591 = broadcast %144 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%592 = add %590, %591 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%593 = add %554, %592 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%594 = reshape %593 : f32[4,16,16] @ models/dino_pass.yaml:88:16
%595 = broadcast %112 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%596 = concat %595, %375 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%597 = reduce_sum %596 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%598 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%599 = broadcast %598 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%600 = div %597, %599 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%601 = broadcast %600 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%602 = sub %596, %601 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%603 = mul %602, %602 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%604 = reduce_sum %603 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%605 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%606 = broadcast %605 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%607 = div %604, %606 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%608 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%609 = broadcast %608 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%610 = add %607, %609 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%611 = rsqrt %610 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%612 = broadcast %611 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%613 = mul %602, %612 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%614 = broadcast %113 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%615 = mul %613, %614 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%616 = broadcast %114 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%617 = add %615, %616 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%618 = slice %617 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%619 = matmul %618, %115 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%620 = broadcast %116 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%621 = add %619, %620 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%622 = reshape %621 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%623 = permute %622 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%624 = matmul %617, %117 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%625 = broadcast %118 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%626 = add %624, %625 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%627 = reshape %626 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%628 = permute %627 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%629 = matmul %617, %119 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%630 = broadcast %120 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%631 = add %629, %630 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%632 = reshape %631 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%633 = permute %632 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%634 = permute %628 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%635 = reshape %623 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%636 = broadcast %635 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%637 = reshape %634 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%638 = broadcast %637 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%639 = mul %636, %638 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%640 = reduce_sum %639 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%641 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%642 = broadcast %641 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%643 = mul %640, %642 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%644 = reduce_max %643 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%645 = stop_gradient %644 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%646 = broadcast %645 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%647 = sub %643, %646 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%648 = exp %647 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%649 = reduce_sum %648 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%650 = broadcast %649 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%651 = div %648, %650 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%652 = reshape %651 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%653 = broadcast %652 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%654 = reshape %633 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%655 = broadcast %654 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%656 = mul %653, %655 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%657 = reduce_sum %656 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%658 = permute %657 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%659 = reshape %658 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%660 = matmul %659, %121 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%661 = broadcast %122 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%662 = add %660, %661 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%663 = add %595, %662 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%664 = reduce_sum %663 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%665 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%666 = broadcast %665 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%667 = div %664, %666 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%668 = broadcast %667 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%669 = sub %663, %668 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%670 = mul %669, %669 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%671 = reduce_sum %670 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%672 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%673 = broadcast %672 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%674 = div %671, %673 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%675 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%676 = broadcast %675 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%677 = add %674, %676 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%678 = rsqrt %677 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%679 = broadcast %678 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%680 = mul %669, %679 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%681 = broadcast %123 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%682 = mul %680, %681 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%683 = broadcast %124 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%684 = add %682, %683 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%685 = matmul %684, %125 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%686 = broadcast %126 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%687 = add %685, %686 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%688 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%689 = broadcast %688 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%690 = mul %689, %687 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%691 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%692 = broadcast %691 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%693 = mul %687, %692 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%694 = erf %693 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%695 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%696 = broadcast %695 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%697 = add %696, %694 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%698 = mul %690, %697 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%699 = matmul %698, %127 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%700 = broadcast %128 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%701 = add %699, %700 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%702 = add %663, %701 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%703 = concat %702, %375 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%704 = reduce_sum %703 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%705 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%706 = broadcast %705 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%707 = div %704, %706 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%708 = broadcast %707 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%709 = sub %703, %708 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%710 = mul %709, %709 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%711 = reduce_sum %710 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%712 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%713 = broadcast %712 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%714 = div %711, %713 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%715 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%716 = broadcast %715 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%717 = add %714, %716 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%718 = rsqrt %717 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%719 = broadcast %718 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%720 = mul %709, %719 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%721 = broadcast %129 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%722 = mul %720, %721 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%723 = broadcast %130 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%724 = add %722, %723 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%725 = slice %724 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%726 = matmul %725, %131 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%727 = broadcast %132 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%728 = add %726, %727 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%729 = reshape %728 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%730 = permute %729 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%731 = matmul %724, %133 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%732 = broadcast %134 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%733 = add %731, %732 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%734 = reshape %733 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%735 = permute %734 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%736 = matmul %724, %135 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%737 = broadcast %136 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%738 = add %736, %737 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%739 = reshape %738 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%740 = permute %739 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%741 = permute %735 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%742 = reshape %730 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%743 = broadcast %742 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%744 = reshape %741 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%745 = broadcast %744 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%746 = mul %743, %745 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%747 = reduce_sum %746 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%748 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%749 = broadcast %748 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%750 = mul %747, %749 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%751 = reduce_max %750 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%752 = stop_gradient %751 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%753 = broadcast %752 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%754 = sub %750, %753 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%755 = exp %754 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%756 = reduce_sum %755 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%757 = broadcast %756 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%758 = div %755, %757 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%759 = reshape %758 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%760 = broadcast %759 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%761 = reshape %740 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%762 = broadcast %761 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%763 = mul %760, %762 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%764 = reduce_sum %763 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%765 = permute %764 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%766 = reshape %765 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%767 = matmul %766, %137 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%768 = broadcast %138 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%769 = add %767, %768 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%770 = add %702, %769 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%771 = reduce_sum %770 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%772 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%773 = broadcast %772 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%774 = div %771, %773 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%775 = broadcast %774 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%776 = sub %770, %775 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%777 = mul %776, %776 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%778 = reduce_sum %777 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%779 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%780 = broadcast %779 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%781 = div %778, %780 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%782 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%783 = broadcast %782 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%784 = add %781, %783 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%785 = rsqrt %784 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%786 = broadcast %785 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%787 = mul %776, %786 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%788 = broadcast %139 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%789 = mul %787, %788 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%790 = broadcast %140 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%791 = add %789, %790 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%792 = matmul %791, %141 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%793 = broadcast %142 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%794 = add %792, %793 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%795 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%796 = broadcast %795 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%797 = mul %796, %794 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%798 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%799 = broadcast %798 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%800 = mul %794, %799 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%801 = erf %800 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%802 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%803 = broadcast %802 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%804 = add %803, %801 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%805 = mul %797, %804 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%806 = matmul %805, %143 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%807 = broadcast %144 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%808 = add %806, %807 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%809 = add %770, %808 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%810 = concat %809, %594 axis=1 : f32[4,17,16] @ models/dino_pass.yaml:109:30
%811 = reduce_sum %810 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%812 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%813 = broadcast %812 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%814 = div %811, %813 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%815 = broadcast %814 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%816 = sub %810, %815 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%817 = mul %816, %816 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%818 = reduce_sum %817 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%819 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%820 = broadcast %819 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%821 = div %818, %820 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%822 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%823 = broadcast %822 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%824 = add %821, %823 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%825 = rsqrt %824 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%826 = broadcast %825 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%827 = mul %816, %826 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%828 = broadcast %145 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%829 = mul %827, %828 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%830 = broadcast %146 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%831 = add %829, %830 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%832 = slice %831 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:110:28
%833 = matmul %832, %147 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%834 = broadcast %148 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%835 = add %833, %834 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%836 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%837 = broadcast %836 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%838 = mul %837, %835 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%839 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%840 = broadcast %839 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%841 = mul %835, %840 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%842 = erf %841 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%843 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%844 = broadcast %843 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%845 = add %844, %842 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%846 = mul %838, %845 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%847 = matmul %846, %149 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%848 = broadcast %150 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%849 = add %847, %848 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%850 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%851 = broadcast %850 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%852 = mul %851, %849 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%853 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%854 = broadcast %853 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%855 = mul %849, %854 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%856 = erf %855 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%857 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%858 = broadcast %857 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%859 = add %858, %856 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%860 = mul %852, %859 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%861 = matmul %860, %151 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%862 = broadcast %152 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%863 = add %861, %862 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%864 = mul %863, %863 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%865 = reduce_sum %864 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%866 = sqrt %865 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%867 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%868 = cast %867 : f32[] @ models/lib/nn.yaml:33:61
%869 = broadcast %868 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%870 = max %866, %869 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%871 = broadcast %870 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%872 = div %863, %871 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%873 = broadcast %153 : f32[32,8] @ models/lib/dino.yaml:22:22
%874 = mul %873, %154 : f32[32,8] @ models/lib/dino.yaml:22:22
%875 = mul %154, %154 : f32[32,8] @ models/lib/dino.yaml:22:53
%876 = reduce_sum %875 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%877 = sqrt %876 : f32[32,1] @ models/lib/dino.yaml:22:35
%878 = broadcast %877 : f32[32,8] @ models/lib/dino.yaml:22:33
%879 = div %874, %878 : f32[32,8] @ models/lib/dino.yaml:22:33
%880 = matmul %872, %879 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%881 = slice %831 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/dino_pass.yaml:110:46
%882 = matmul %881, %155 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%883 = broadcast %156 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%884 = add %882, %883 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%885 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%886 = broadcast %885 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%887 = mul %886, %884 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%888 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%889 = broadcast %888 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%890 = mul %884, %889 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%891 = erf %890 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%892 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%893 = broadcast %892 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%894 = add %893, %891 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%895 = mul %887, %894 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%896 = matmul %895, %157 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%897 = broadcast %158 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%898 = add %896, %897 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%899 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%900 = broadcast %899 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%901 = mul %900, %898 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%902 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%903 = broadcast %902 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%904 = mul %898, %903 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%905 = erf %904 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%906 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%907 = broadcast %906 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%908 = add %907, %905 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%909 = mul %901, %908 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%910 = matmul %909, %159 ta=0 tb=1 : f32[4,16,8] @ models/lib/nn.yaml:83:15
%911 = broadcast %160 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%912 = add %910, %911 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%913 = mul %912, %912 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%914 = reduce_sum %913 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%915 = sqrt %914 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%916 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%917 = cast %916 : f32[] @ models/lib/nn.yaml:33:61
%918 = broadcast %917 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%919 = max %915, %918 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%920 = broadcast %919 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%921 = div %912, %920 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%922 = broadcast %161 : f32[16,8] @ models/lib/dino.yaml:22:22
%923 = mul %922, %162 : f32[16,8] @ models/lib/dino.yaml:22:22
%924 = mul %162, %162 : f32[16,8] @ models/lib/dino.yaml:22:53
%925 = reduce_sum %924 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%926 = sqrt %925 : f32[16,1] @ models/lib/dino.yaml:22:35
%927 = broadcast %926 : f32[16,8] @ models/lib/dino.yaml:22:33
%928 = div %923, %927 : f32[16,8] @ models/lib/dino.yaml:22:33
%929 = matmul %921, %928 ta=0 tb=1 : f32[4,16,16] @ models/lib/dino.yaml:23:18
%930 = slice %880 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%931 = slice %880 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%932 = slice %929 lo=[0,0,0] hi=[2,16,16] : f32[2,16,16] @ models/dino_pass.yaml:131:27
%933 = slice %929 lo=[2,0,0] hi=[4,16,16] : f32[2,16,16] @ models/dino_pass.yaml:131:27
%934 = reshape %6 : f32[4,3,3,4,3,4] @ models/lib/vit.yaml:15:21
%935 = permute %934 perm=[0,2,4,1,3,5] : f32[4,3,3,3,4,4] @ models/lib/vit.yaml:15:13
%936 = reshape %935 : f32[4,9,48] @ models/lib/vit.yaml:16:13
%937 = reshape %86 : f32[16,48] @ models/lib/vit.yaml:17:20
%938 = matmul %936, %937 ta=0 tb=1 : f32[4,9,16] @ models/lib/vit.yaml:17:18
%939 = broadcast %87 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%940 = add %938, %939 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%941 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%942 = reshape %85 : f32[4,64] @ models/lib/vit.yaml:32:17
%943 = matmul %941, %942 ta=0 tb=0 : f32[3,64] @ models/lib/vit.yaml:32:15
%944 = reshape %943 : f32[3,4,16] @ models/lib/vit.yaml:33:21
%945 = permute %944 perm=[1,0,2] : f32[4,3,16] @ models/lib/vit.yaml:33:13
%946 = reshape %945 : f32[4,48] @ models/lib/vit.yaml:34:17
%947 = matmul %941, %946 ta=0 tb=0 : f32[3,48] @ models/lib/vit.yaml:34:15
%948 = reshape %947 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%949 = permute %948 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%950 = reshape %949 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%951 = broadcast %950 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%952 = add %940, %951 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%953 = reduce_sum %952 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%954 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%955 = broadcast %954 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%956 = div %953, %955 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%957 = broadcast %956 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%958 = sub %952, %957 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%959 = mul %958, %958 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%960 = reduce_sum %959 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%961 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%962 = broadcast %961 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%963 = div %960, %962 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%964 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%965 = broadcast %964 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%966 = add %963, %965 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%967 = rsqrt %966 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%968 = broadcast %967 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%969 = mul %958, %968 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%970 = broadcast %88 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%971 = mul %969, %970 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%972 = broadcast %89 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%973 = add %971, %972 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%974 = matmul %973, %90 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%975 = broadcast %91 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%976 = add %974, %975 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%977 = reshape %976 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%978 = permute %977 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%979 = slice %978 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%980 = reshape %979 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%981 = slice %978 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%982 = reshape %981 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%983 = slice %978 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%984 = reshape %983 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%985 = permute %982 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%986 = reshape %980 : f32[4,2,9,8,1] @ models/lib/nn.yaml:55:23
%987 = broadcast %986 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%988 = reshape %985 : f32[4,2,1,8,9] @ models/lib/nn.yaml:55:23
%989 = broadcast %988 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%990 = mul %987, %989 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%991 = reduce_sum %990 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%992 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%993 = broadcast %992 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%994 = mul %991, %993 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%995 = reduce_max %994 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%996 = stop_gradient %995 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%997 = broadcast %996 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%998 = sub %994, %997 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%999 = exp %998 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1000 = reduce_sum %999 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1001 = broadcast %1000 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1002 = div %999, %1001 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1003 = reshape %1002 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1004 = broadcast %1003 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1005 = reshape %984 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%1006 = broadcast %1005 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1007 = mul %1004, %1006 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1008 = reduce_sum %1007 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1009 = permute %1008 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%1010 = reshape %1009 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%1011 = matmul %1010, %92 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%1012 = broadcast %93 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1013 = add %1011, %1012 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1014 = add %952, %1013 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1015 = reduce_sum %1014 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1016 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1017 = broadcast %1016 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1018 = div %1015, %1017 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1019 = broadcast %1018 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1020 = sub %1014, %1019 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1021 = mul %1020, %1020 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1022 = reduce_sum %1021 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1023 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1024 = broadcast %1023 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1025 = div %1022, %1024 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1026 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1027 = broadcast %1026 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1028 = add %1025, %1027 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1029 = rsqrt %1028 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1030 = broadcast %1029 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1031 = mul %1020, %1030 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1032 = broadcast %94 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1033 = mul %1031, %1032 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1034 = broadcast %95 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1035 = add %1033, %1034 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1036 = matmul %1035, %96 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%1037 = broadcast %97 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1038 = add %1036, %1037 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1039 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1040 = broadcast %1039 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1041 = mul %1040, %1038 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1042 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1043 = broadcast %1042 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1044 = mul %1038, %1043 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1045 = erf %1044 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1046 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1047 = broadcast %1046 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1048 = add %1047, %1045 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1049 = mul %1041, %1048 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1050 = matmul %1049, %98 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%1051 = broadcast %99 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1052 = add %1050, %1051 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1053 = add %1014, %1052 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1054 = reduce_sum %1053 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1055 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1056 = broadcast %1055 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1057 = div %1054, %1056 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1058 = broadcast %1057 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1059 = sub %1053, %1058 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1060 = mul %1059, %1059 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1061 = reduce_sum %1060 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1062 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1063 = broadcast %1062 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1064 = div %1061, %1063 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1065 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1066 = broadcast %1065 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1067 = add %1064, %1066 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1068 = rsqrt %1067 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1069 = broadcast %1068 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1070 = mul %1059, %1069 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1071 = broadcast %100 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1072 = mul %1070, %1071 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1073 = broadcast %101 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1074 = add %1072, %1073 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1075 = matmul %1074, %102 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%1076 = broadcast %103 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1077 = add %1075, %1076 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1078 = reshape %1077 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1079 = permute %1078 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1080 = slice %1079 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1081 = reshape %1080 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%1082 = slice %1079 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1083 = reshape %1082 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%1084 = slice %1079 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1085 = reshape %1084 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%1086 = permute %1083 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%1087 = reshape %1081 : f32[4,2,9,8,1] @ models/lib/nn.yaml:55:23
%1088 = broadcast %1087 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%1089 = reshape %1086 : f32[4,2,1,8,9] @ models/lib/nn.yaml:55:23
%1090 = broadcast %1089 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%1091 = mul %1088, %1090 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%1092 = reduce_sum %1091 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1093 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1094 = broadcast %1093 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1095 = mul %1092, %1094 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1096 = reduce_max %1095 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1097 = stop_gradient %1096 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1098 = broadcast %1097 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1099 = sub %1095, %1098 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1100 = exp %1099 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1101 = reduce_sum %1100 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1102 = broadcast %1101 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1103 = div %1100, %1102 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1104 = reshape %1103 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1105 = broadcast %1104 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1106 = reshape %1085 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%1107 = broadcast %1106 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1108 = mul %1105, %1107 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1109 = reduce_sum %1108 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1110 = permute %1109 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%1111 = reshape %1110 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%1112 = matmul %1111, %104 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%1113 = broadcast %105 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1114 = add %1112, %1113 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1115 = add %1053, %1114 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1116 = reduce_sum %1115 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1117 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1118 = broadcast %1117 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1119 = div %1116, %1118 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1120 = broadcast %1119 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1121 = sub %1115, %1120 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1122 = mul %1121, %1121 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1123 = reduce_sum %1122 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1124 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1125 = broadcast %1124 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1126 = div %1123, %1125 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1127 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1128 = broadcast %1127 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1129 = add %1126, %1128 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1130 = rsqrt %1129 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1131 = broadcast %1130 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1132 = mul %1121, %1131 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1133 = broadcast %106 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1134 = mul %1132, %1133 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1135 = broadcast %107 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1136 = add %1134, %1135 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1137 = matmul %1136, %108 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%1138 = broadcast %109 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1139 = add %1137, %1138 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1140 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1141 = broadcast %1140 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1142 = mul %1141, %1139 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1143 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1144 = broadcast %1143 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1145 = mul %1139, %1144 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1146 = erf %1145 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1147 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1148 = broadcast %1147 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1149 = add %1148, %1146 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1150 = mul %1142, %1149 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1151 = matmul %1150, %110 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%1152 = broadcast %111 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1153 = add %1151, %1152 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1154 = add %1115, %1153 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1155 = grid_neighbors n=3 size=3 : i32[9,8] @ models/dino_pass.yaml:61:16
%1156 = neighbor_topk_gather %1154, %1155 k=2 : f32[4,9,2,16] @ models/dino_pass.yaml:77:16
%1157 = reshape %1156 : f32[36,2,16] @ models/dino_pass.yaml:87:23
%1158 = broadcast %112 : f32[36,1,16] @ models/lib/vit.yaml:116:31
%1159 = concat %1158, %1157 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1160 = reduce_sum %1159 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1161 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1162 = broadcast %1161 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1163 = div %1160, %1162 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1164 = broadcast %1163 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1165 = sub %1159, %1164 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1166 = mul %1165, %1165 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1167 = reduce_sum %1166 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1168 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1169 = broadcast %1168 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1170 = div %1167, %1169 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1171 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1172 = broadcast %1171 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1173 = add %1170, %1172 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1174 = rsqrt %1173 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1175 = broadcast %1174 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1176 = mul %1165, %1175 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1177 = broadcast %113 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1178 = mul %1176, %1177 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1179 = broadcast %114 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1180 = add %1178, %1179 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1181 = slice %1180 lo=[0,0,0] hi=[36,1,16] : f32[36,1,16] @ models/lib/vit.yaml:78:33
%1182 = matmul %1181, %115 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1183 = broadcast %116 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1184 = add %1182, %1183 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1185 = reshape %1184 : f32[36,1,2,8] @ models/lib/vit.yaml:78:22
%1186 = permute %1185 perm=[0,2,1,3] : f32[36,2,1,8] @ models/lib/vit.yaml:78:14
%1187 = matmul %1180, %117 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1188 = broadcast %118 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1189 = add %1187, %1188 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1190 = reshape %1189 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1191 = permute %1190 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1192 = matmul %1180, %119 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1193 = broadcast %120 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1194 = add %1192, %1193 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1195 = reshape %1194 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1196 = permute %1195 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1197 = permute %1191 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1198 = reshape %1186 : f32[36,2,1,8,1] @ models/lib/nn.yaml:55:23
%1199 = broadcast %1198 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1200 = reshape %1197 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1201 = broadcast %1200 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1202 = mul %1199, %1201 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1203 = reduce_sum %1202 axes=[3] keep=0 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1204 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1205 = broadcast %1204 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1206 = mul %1203, %1205 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1207 = reduce_max %1206 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1208 = stop_gradient %1207 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1209 = broadcast %1208 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1210 = sub %1206, %1209 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1211 = exp %1210 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1212 = reduce_sum %1211 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1213 = broadcast %1212 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1214 = div %1211, %1213 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1215 = reshape %1214 : f32[36,2,1,3,1] @ models/lib/nn.yaml:56:23
%1216 = broadcast %1215 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1217 = reshape %1196 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1218 = broadcast %1217 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1219 = mul %1216, %1218 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1220 = reduce_sum %1219 axes=[3] keep=0 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1221 = permute %1220 perm=[0,2,1,3] : f32[36,1,2,8] @ models/lib/nn.yaml:56:13
%1222 = reshape %1221 : f32[36,1,16] @ models/lib/nn.yaml:57:16
%1223 = matmul %1222, %121 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1224 = broadcast %122 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1225 = add %1223, %1224 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1226 = add %1158, %1225 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1227 = reduce_sum %1226 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1228 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1229 = broadcast %1228 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1230 = div %1227, %1229 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1231 = broadcast %1230 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1232 = sub %1226, %1231 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1233 = mul %1232, %1232 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1234 = reduce_sum %1233 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1235 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1236 = broadcast %1235 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1237 = div %1234, %1236 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1238 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1239 = broadcast %1238 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1240 = add %1237, %1239 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1241 = rsqrt %1240 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1242 = broadcast %1241 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1243 = mul %1232, %1242 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1244 = broadcast %123 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1245 = mul %1243, %1244 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1246 = broadcast %124 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1247 = add %1245, %1246 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1248 = matmul %1247, %125 ta=0 tb=1 : f32[36,1,64] @ models/lib/nn.yaml:83:15
%1249 = broadcast %126 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1250 = add %1248, %1249 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1251 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1252 = broadcast %1251 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1253 = mul %1252, %1250 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1254 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1255 = broadcast %1254 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1256 = mul %1250, %1255 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1257 = erf %1256 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1258 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1259 = broadcast %1258 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1260 = add %1259, %1257 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1261 = mul %1253, %1260 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1262 = matmul %1261, %127 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1263 = broadcast %128 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1264 = add %1262, %1263 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1265 = add %1226, %1264 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1266 = concat %1265, %1157 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1267 = reduce_sum %1266 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1268 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1269 = broadcast %1268 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1270 = div %1267, %1269 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1271 = broadcast %1270 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1272 = sub %1266, %1271 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1273 = mul %1272, %1272 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1274 = reduce_sum %1273 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1275 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1276 = broadcast %1275 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1277 = div %1274, %1276 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1278 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1279 = broadcast %1278 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1280 = add %1277, %1279 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1281 = rsqrt %1280 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1282 = broadcast %1281 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1283 = mul %1272, %1282 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1284 = broadcast %129 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1285 = mul %1283, %1284 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1286 = broadcast %130 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1287 = add %1285, %1286 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1288 = slice %1287 lo=[0,0,0] hi=[36,1,16] : f32[36,1,16] @ models/lib/vit.yaml:78:33
%1289 = matmul %1288, %131 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1290 = broadcast %132 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1291 = add %1289, %1290 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1292 = reshape %1291 : f32[36,1,2,8] @ models/lib/vit.yaml:78:22
%1293 = permute %1292 perm=[0,2,1,3] : f32[36,2,1,8] @ models/lib/vit.yaml:78:14
%1294 = matmul %1287, %133 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1295 = broadcast %134 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1296 = add %1294, %1295 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1297 = reshape %1296 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1298 = permute %1297 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1299 = matmul %1287, %135 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1300 = broadcast %136 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1301 = add %1299, %1300 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1302 = reshape %1301 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1303 = permute %1302 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1304 = permute %1298 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1305 = reshape %1293 : f32[36,2,1,8,1] @ models/lib/nn.yaml:55:23
%1306 = broadcast %1305 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1307 = reshape %1304 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1308 = broadcast %1307 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1309 = mul %1306, %1308 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1310 = reduce_sum %1309 axes=[3] keep=0 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1311 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1312 = broadcast %1311 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1313 = mul %1310, %1312 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1314 = reduce_max %1313 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1315 = stop_gradient %1314 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1316 = broadcast %1315 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1317 = sub %1313, %1316 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1318 = exp %1317 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1319 = reduce_sum %1318 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1320 = broadcast %1319 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1321 = div %1318, %1320 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1322 = reshape %1321 : f32[36,2,1,3,1] @ models/lib/nn.yaml:56:23
%1323 = broadcast %1322 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1324 = reshape %1303 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1325 = broadcast %1324 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1326 = mul %1323, %1325 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1327 = reduce_sum %1326 axes=[3] keep=0 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1328 = permute %1327 perm=[0,2,1,3] : f32[36,1,2,8] @ models/lib/nn.yaml:56:13
%1329 = reshape %1328 : f32[36,1,16] @ models/lib/nn.yaml:57:16
%1330 = matmul %1329, %137 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1331 = broadcast %138 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1332 = add %1330, %1331 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1333 = add %1265, %1332 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1334 = reduce_sum %1333 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1335 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1336 = broadcast %1335 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1337 = div %1334, %1336 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1338 = broadcast %1337 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1339 = sub %1333, %1338 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1340 = mul %1339, %1339 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1341 = reduce_sum %1340 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1342 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1343 = broadcast %1342 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1344 = div %1341, %1343 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1345 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1346 = broadcast %1345 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1347 = add %1344, %1346 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1348 = rsqrt %1347 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1349 = broadcast %1348 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1350 = mul %1339, %1349 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1351 = broadcast %139 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1352 = mul %1350, %1351 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1353 = broadcast %140 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1354 = add %1352, %1353 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1355 = matmul %1354, %141 ta=0 tb=1 : f32[36,1,64] @ models/lib/nn.yaml:83:15
%1356 = broadcast %142 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1357 = add %1355, %1356 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1358 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1359 = broadcast %1358 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1360 = mul %1359, %1357 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1361 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1362 = broadcast %1361 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1363 = mul %1357, %1362 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1364 = erf %1363 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1365 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1366 = broadcast %1365 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1367 = add %1366, %1364 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1368 = mul %1360, %1367 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1369 = matmul %1368, %143 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1370 = broadcast %144 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1371 = add %1369, %1370 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1372 = add %1333, %1371 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1373 = reshape %1372 : f32[4,9,16] @ models/dino_pass.yaml:88:16
%1374 = broadcast %112 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%1375 = concat %1374, %1154 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%1376 = reduce_sum %1375 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1377 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1378 = broadcast %1377 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1379 = div %1376, %1378 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1380 = broadcast %1379 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1381 = sub %1375, %1380 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1382 = mul %1381, %1381 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1383 = reduce_sum %1382 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1384 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1385 = broadcast %1384 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1386 = div %1383, %1385 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1387 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1388 = broadcast %1387 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1389 = add %1386, %1388 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1390 = rsqrt %1389 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1391 = broadcast %1390 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1392 = mul %1381, %1391 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1393 = broadcast %113 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1394 = mul %1392, %1393 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1395 = broadcast %114 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1396 = add %1394, %1395 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1397 = slice %1396 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1398 = matmul %1397, %115 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1399 = broadcast %116 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1400 = add %1398, %1399 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1401 = reshape %1400 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1402 = permute %1401 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1403 = matmul %1396, %117 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1404 = broadcast %118 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1405 = add %1403, %1404 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1406 = reshape %1405 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%1407 = permute %1406 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%1408 = matmul %1396, %119 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1409 = broadcast %120 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1410 = add %1408, %1409 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1411 = reshape %1410 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%1412 = permute %1411 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%1413 = permute %1407 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%1414 = reshape %1402 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%1415 = broadcast %1414 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1416 = reshape %1413 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1417 = broadcast %1416 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1418 = mul %1415, %1417 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1419 = reduce_sum %1418 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1420 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1421 = broadcast %1420 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1422 = mul %1419, %1421 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1423 = reduce_max %1422 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1424 = stop_gradient %1423 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1425 = broadcast %1424 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1426 = sub %1422, %1425 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1427 = exp %1426 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1428 = reduce_sum %1427 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1429 = broadcast %1428 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1430 = div %1427, %1429 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1431 = reshape %1430 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%1432 = broadcast %1431 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1433 = reshape %1412 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1434 = broadcast %1433 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1435 = mul %1432, %1434 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1436 = reduce_sum %1435 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1437 = permute %1436 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%1438 = reshape %1437 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%1439 = matmul %1438, %121 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1440 = broadcast %122 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1441 = add %1439, %1440 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1442 = add %1374, %1441 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1443 = reduce_sum %1442 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1444 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1445 = broadcast %1444 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1446 = div %1443, %1445 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1447 = broadcast %1446 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1448 = sub %1442, %1447 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1449 = mul %1448, %1448 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1450 = reduce_sum %1449 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1451 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1452 = broadcast %1451 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1453 = div %1450, %1452 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1454 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1455 = broadcast %1454 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1456 = add %1453, %1455 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1457 = rsqrt %1456 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1458 = broadcast %1457 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1459 = mul %1448, %1458 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1460 = broadcast %123 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1461 = mul %1459, %1460 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1462 = broadcast %124 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1463 = add %1461, %1462 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1464 = matmul %1463, %125 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1465 = broadcast %126 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1466 = add %1464, %1465 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1467 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1468 = broadcast %1467 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1469 = mul %1468, %1466 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1470 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1471 = broadcast %1470 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1472 = mul %1466, %1471 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1473 = erf %1472 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1474 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1475 = broadcast %1474 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1476 = add %1475, %1473 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1477 = mul %1469, %1476 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1478 = matmul %1477, %127 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1479 = broadcast %128 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1480 = add %1478, %1479 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1481 = add %1442, %1480 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1482 = concat %1481, %1154 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%1483 = reduce_sum %1482 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1484 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1485 = broadcast %1484 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1486 = div %1483, %1485 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1487 = broadcast %1486 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1488 = sub %1482, %1487 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1489 = mul %1488, %1488 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1490 = reduce_sum %1489 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1491 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1492 = broadcast %1491 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1493 = div %1490, %1492 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1494 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1495 = broadcast %1494 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1496 = add %1493, %1495 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1497 = rsqrt %1496 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1498 = broadcast %1497 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1499 = mul %1488, %1498 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1500 = broadcast %129 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1501 = mul %1499, %1500 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1502 = broadcast %130 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1503 = add %1501, %1502 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1504 = slice %1503 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1505 = matmul %1504, %131 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1506 = broadcast %132 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1507 = add %1505, %1506 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1508 = reshape %1507 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1509 = permute %1508 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1510 = matmul %1503, %133 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1511 = broadcast %134 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1512 = add %1510, %1511 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1513 = reshape %1512 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%1514 = permute %1513 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%1515 = matmul %1503, %135 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1516 = broadcast %136 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1517 = add %1515, %1516 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1518 = reshape %1517 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%1519 = permute %1518 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%1520 = permute %1514 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%1521 = reshape %1509 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%1522 = broadcast %1521 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1523 = reshape %1520 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1524 = broadcast %1523 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1525 = mul %1522, %1524 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1526 = reduce_sum %1525 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1527 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1528 = broadcast %1527 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1529 = mul %1526, %1528 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1530 = reduce_max %1529 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1531 = stop_gradient %1530 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1532 = broadcast %1531 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1533 = sub %1529, %1532 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1534 = exp %1533 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1535 = reduce_sum %1534 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1536 = broadcast %1535 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1537 = div %1534, %1536 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1538 = reshape %1537 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%1539 = broadcast %1538 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1540 = reshape %1519 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1541 = broadcast %1540 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1542 = mul %1539, %1541 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1543 = reduce_sum %1542 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1544 = permute %1543 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%1545 = reshape %1544 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%1546 = matmul %1545, %137 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1547 = broadcast %138 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1548 = add %1546, %1547 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1549 = add %1481, %1548 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1550 = reduce_sum %1549 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1551 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1552 = broadcast %1551 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1553 = div %1550, %1552 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1554 = broadcast %1553 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1555 = sub %1549, %1554 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1556 = mul %1555, %1555 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1557 = reduce_sum %1556 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1558 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1559 = broadcast %1558 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1560 = div %1557, %1559 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1561 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1562 = broadcast %1561 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1563 = add %1560, %1562 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1564 = rsqrt %1563 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1565 = broadcast %1564 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1566 = mul %1555, %1565 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1567 = broadcast %139 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1568 = mul %1566, %1567 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1569 = broadcast %140 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1570 = add %1568, %1569 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1571 = matmul %1570, %141 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1572 = broadcast %142 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1573 = add %1571, %1572 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1574 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1575 = broadcast %1574 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1576 = mul %1575, %1573 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1577 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1578 = broadcast %1577 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1579 = mul %1573, %1578 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1580 = erf %1579 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1581 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1582 = broadcast %1581 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1583 = add %1582, %1580 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1584 = mul %1576, %1583 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1585 = matmul %1584, %143 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1586 = broadcast %144 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1587 = add %1585, %1586 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1588 = add %1549, %1587 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1589 = concat %1588, %1373 axis=1 : f32[4,10,16] @ models/dino_pass.yaml:109:30
%1590 = reduce_sum %1589 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1591 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1592 = broadcast %1591 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1593 = div %1590, %1592 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1594 = broadcast %1593 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1595 = sub %1589, %1594 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1596 = mul %1595, %1595 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1597 = reduce_sum %1596 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1598 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1599 = broadcast %1598 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1600 = div %1597, %1599 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1601 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1602 = broadcast %1601 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1603 = add %1600, %1602 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1604 = rsqrt %1603 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1605 = broadcast %1604 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1606 = mul %1595, %1605 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1607 = broadcast %145 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1608 = mul %1606, %1607 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1609 = broadcast %146 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1610 = add %1608, %1609 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1611 = slice %1610 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:110:28
%1612 = matmul %1611, %147 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%1613 = broadcast %148 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1614 = add %1612, %1613 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1615 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1616 = broadcast %1615 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1617 = mul %1616, %1614 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1618 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1619 = broadcast %1618 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1620 = mul %1614, %1619 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1621 = erf %1620 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1622 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1623 = broadcast %1622 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1624 = add %1623, %1621 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1625 = mul %1617, %1624 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1626 = matmul %1625, %149 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%1627 = broadcast %150 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1628 = add %1626, %1627 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1629 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1630 = broadcast %1629 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1631 = mul %1630, %1628 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1632 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1633 = broadcast %1632 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1634 = mul %1628, %1633 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1635 = erf %1634 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1636 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1637 = broadcast %1636 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1638 = add %1637, %1635 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1639 = mul %1631, %1638 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1640 = matmul %1639, %151 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%1641 = broadcast %152 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1642 = add %1640, %1641 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1643 = mul %1642, %1642 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%1644 = reduce_sum %1643 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1645 = sqrt %1644 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1646 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1647 = cast %1646 : f32[] @ models/lib/nn.yaml:33:61
%1648 = broadcast %1647 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1649 = max %1645, %1648 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1650 = broadcast %1649 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1651 = div %1642, %1650 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1652 = broadcast %153 : f32[32,8] @ models/lib/dino.yaml:22:22
%1653 = mul %1652, %154 : f32[32,8] @ models/lib/dino.yaml:22:22
%1654 = mul %154, %154 : f32[32,8] @ models/lib/dino.yaml:22:53
%1655 = reduce_sum %1654 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%1656 = sqrt %1655 : f32[32,1] @ models/lib/dino.yaml:22:35
%1657 = broadcast %1656 : f32[32,8] @ models/lib/dino.yaml:22:33
%1658 = div %1653, %1657 : f32[32,8] @ models/lib/dino.yaml:22:33
%1659 = matmul %1651, %1658 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%1660 = slice %1610 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/dino_pass.yaml:110:46
%1661 = matmul %1660, %155 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%1662 = broadcast %156 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1663 = add %1661, %1662 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1664 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1665 = broadcast %1664 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1666 = mul %1665, %1663 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1667 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1668 = broadcast %1667 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1669 = mul %1663, %1668 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1670 = erf %1669 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%1671 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1672 = broadcast %1671 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1673 = add %1672, %1670 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1674 = mul %1666, %1673 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%1675 = matmul %1674, %157 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%1676 = broadcast %158 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1677 = add %1675, %1676 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1678 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1679 = broadcast %1678 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1680 = mul %1679, %1677 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1681 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1682 = broadcast %1681 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1683 = mul %1677, %1682 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1684 = erf %1683 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%1685 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1686 = broadcast %1685 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1687 = add %1686, %1684 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1688 = mul %1680, %1687 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%1689 = matmul %1688, %159 ta=0 tb=1 : f32[4,9,8] @ models/lib/nn.yaml:83:15
%1690 = broadcast %160 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%1691 = add %1689, %1690 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%1692 = mul %1691, %1691 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%1693 = reduce_sum %1692 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%1694 = sqrt %1693 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%1695 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1696 = cast %1695 : f32[] @ models/lib/nn.yaml:33:61
%1697 = broadcast %1696 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1698 = max %1694, %1697 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1699 = broadcast %1698 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%1700 = div %1691, %1699 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%1701 = broadcast %161 : f32[16,8] @ models/lib/dino.yaml:22:22
%1702 = mul %1701, %162 : f32[16,8] @ models/lib/dino.yaml:22:22
%1703 = mul %162, %162 : f32[16,8] @ models/lib/dino.yaml:22:53
%1704 = reduce_sum %1703 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%1705 = sqrt %1704 : f32[16,1] @ models/lib/dino.yaml:22:35
%1706 = broadcast %1705 : f32[16,8] @ models/lib/dino.yaml:22:33
%1707 = div %1702, %1706 : f32[16,8] @ models/lib/dino.yaml:22:33
%1708 = matmul %1700, %1707 ta=0 tb=1 : f32[4,9,16] @ models/lib/dino.yaml:23:18
%1709 = slice %1659 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1710 = slice %1659 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1711 = slice %1708 lo=[0,0,0] hi=[2,9,16] : f32[2,9,16] @ models/dino_pass.yaml:131:27
%1712 = slice %1708 lo=[2,0,0] hi=[4,9,16] : f32[2,9,16] @ models/dino_pass.yaml:131:27
%1713 = reshape %5 : f32[4,3,4,4,4,4] @ models/lib/vit.yaml:15:21
%1714 = permute %1713 perm=[0,2,4,1,3,5] : f32[4,4,4,3,4,4] @ models/lib/vit.yaml:15:13
%1715 = reshape %1714 : f32[4,16,48] @ models/lib/vit.yaml:16:13
%1716 = reshape %8 : f32[16,48] @ models/lib/vit.yaml:17:20
%1717 = matmul %1715, %1716 ta=0 tb=1 : f32[4,16,16] @ models/lib/vit.yaml:17:18
%1718 = broadcast %9 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%1719 = add %1717, %1718 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%1720 = broadcast %7 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%1721 = add %1719, %1720 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%1722 = reduce_sum %1721 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1723 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1724 = broadcast %1723 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1725 = div %1722, %1724 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1726 = broadcast %1725 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1727 = sub %1721, %1726 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1728 = mul %1727, %1727 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%1729 = reduce_sum %1728 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1730 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1731 = broadcast %1730 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1732 = div %1729, %1731 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1733 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1734 = broadcast %1733 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1735 = add %1732, %1734 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1736 = rsqrt %1735 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1737 = broadcast %1736 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1738 = mul %1727, %1737 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1739 = broadcast %10 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1740 = mul %1738, %1739 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1741 = broadcast %11 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1742 = add %1740, %1741 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1743 = matmul %1742, %12 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%1744 = broadcast %13 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%1745 = add %1743, %1744 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%1746 = reshape %1745 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%1747 = permute %1746 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%1748 = slice %1747 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%1749 = reshape %1748 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%1750 = slice %1747 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%1751 = reshape %1750 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%1752 = slice %1747 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%1753 = reshape %1752 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%1754 = permute %1751 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%1755 = reshape %1749 : f32[4,2,16,8,1] @ models/lib/nn.yaml:55:23
%1756 = broadcast %1755 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%1757 = reshape %1754 : f32[4,2,1,8,16] @ models/lib/nn.yaml:55:23
%1758 = broadcast %1757 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%1759 = mul %1756, %1758 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%1760 = reduce_sum %1759 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1761 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1762 = broadcast %1761 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1763 = mul %1760, %1762 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1764 = reduce_max %1763 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%1765 = stop_gradient %1764 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%1766 = broadcast %1765 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1767 = sub %1763, %1766 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1768 = exp %1767 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1769 = reduce_sum %1768 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%1770 = broadcast %1769 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1771 = div %1768, %1770 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1772 = reshape %1771 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%1773 = broadcast %1772 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%1774 = reshape %1753 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%1775 = broadcast %1774 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%1776 = mul %1773, %1775 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%1777 = reduce_sum %1776 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%1778 = permute %1777 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%1779 = reshape %1778 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%1780 = matmul %1779, %14 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%1781 = broadcast %15 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1782 = add %1780, %1781 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1783 = add %1721, %1782 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%1784 = reduce_sum %1783 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1785 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1786 = broadcast %1785 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1787 = div %1784, %1786 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1788 = broadcast %1787 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1789 = sub %1783, %1788 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1790 = mul %1789, %1789 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%1791 = reduce_sum %1790 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1792 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1793 = broadcast %1792 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1794 = div %1791, %1793 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1795 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1796 = broadcast %1795 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1797 = add %1794, %1796 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1798 = rsqrt %1797 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1799 = broadcast %1798 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1800 = mul %1789, %1799 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1801 = broadcast %16 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1802 = mul %1800, %1801 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1803 = broadcast %17 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1804 = add %1802, %1803 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1805 = matmul %1804, %18 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%1806 = broadcast %19 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1807 = add %1805, %1806 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1808 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1809 = broadcast %1808 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%1810 = mul %1809, %1807 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%1811 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1812 = broadcast %1811 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%1813 = mul %1807, %1812 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%1814 = erf %1813 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%1815 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1816 = broadcast %1815 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%1817 = add %1816, %1814 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%1818 = mul %1810, %1817 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%1819 = matmul %1818, %20 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%1820 = broadcast %21 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1821 = add %1819, %1820 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1822 = add %1783, %1821 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%1823 = reduce_sum %1822 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1824 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1825 = broadcast %1824 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1826 = div %1823, %1825 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1827 = broadcast %1826 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1828 = sub %1822, %1827 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1829 = mul %1828, %1828 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%1830 = reduce_sum %1829 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1831 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1832 = broadcast %1831 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1833 = div %1830, %1832 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1834 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1835 = broadcast %1834 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1836 = add %1833, %1835 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1837 = rsqrt %1836 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1838 = broadcast %1837 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1839 = mul %1828, %1838 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1840 = broadcast %22 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1841 = mul %1839, %1840 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1842 = broadcast %23 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1843 = add %1841, %1842 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1844 = matmul %1843, %24 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%1845 = broadcast %25 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%1846 = add %1844, %1845 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%1847 = reshape %1846 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%1848 = permute %1847 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%1849 = slice %1848 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%1850 = reshape %1849 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%1851 = slice %1848 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%1852 = reshape %1851 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%1853 = slice %1848 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%1854 = reshape %1853 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%1855 = permute %1852 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%1856 = reshape %1850 : f32[4,2,16,8,1] @ models/lib/nn.yaml:55:23
%1857 = broadcast %1856 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%1858 = reshape %1855 : f32[4,2,1,8,16] @ models/lib/nn.yaml:55:23
%1859 = broadcast %1858 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%1860 = mul %1857, %1859 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%1861 = reduce_sum %1860 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1862 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1863 = broadcast %1862 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1864 = mul %1861, %1863 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1865 = reduce_max %1864 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%1866 = stop_gradient %1865 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%1867 = broadcast %1866 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1868 = sub %1864, %1867 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1869 = exp %1868 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1870 = reduce_sum %1869 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%1871 = broadcast %1870 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1872 = div %1869, %1871 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1873 = reshape %1872 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%1874 = broadcast %1873 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%1875 = reshape %1854 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%1876 = broadcast %1875 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%1877 = mul %1874, %1876 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%1878 = reduce_sum %1877 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%1879 = permute %1878 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%1880 = reshape %1879 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%1881 = matmul %1880, %26 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%1882 = broadcast %27 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1883 = add %1881, %1882 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1884 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%1885 = broadcast %1884 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%1886 = div %1883, %1885 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%1887 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%1888 = rand_uniform %1887 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%1889 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%1890 = broadcast %1889 : f32[4] @ models/lib/nn.yaml:44:35
%1891 = add %1890, %1888 : f32[4] @ models/lib/nn.yaml:44:35
%1892 = floor %1891 : f32[4] @ models/lib/nn.yaml:44:24
%1893 = reshape %1892 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1894 = broadcast %1893 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%1895 = mul %1886, %1894 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%1896 = add %1822, %1895 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%1897 = reduce_sum %1896 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1898 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1899 = broadcast %1898 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1900 = div %1897, %1899 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1901 = broadcast %1900 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1902 = sub %1896, %1901 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1903 = mul %1902, %1902 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%1904 = reduce_sum %1903 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1905 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1906 = broadcast %1905 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1907 = div %1904, %1906 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1908 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1909 = broadcast %1908 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1910 = add %1907, %1909 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1911 = rsqrt %1910 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1912 = broadcast %1911 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1913 = mul %1902, %1912 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1914 = broadcast %28 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1915 = mul %1913, %1914 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1916 = broadcast %29 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1917 = add %1915, %1916 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1918 = matmul %1917, %30 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%1919 = broadcast %31 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1920 = add %1918, %1919 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1921 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1922 = broadcast %1921 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%1923 = mul %1922, %1920 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%1924 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1925 = broadcast %1924 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%1926 = mul %1920, %1925 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%1927 = erf %1926 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%1928 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1929 = broadcast %1928 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%1930 = add %1929, %1927 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%1931 = mul %1923, %1930 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%1932 = matmul %1931, %32 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%1933 = broadcast %33 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1934 = add %1932, %1933 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1935 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%1936 = broadcast %1935 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%1937 = div %1934, %1936 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%1938 = rand_uniform %1887 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%1939 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%1940 = broadcast %1939 : f32[4] @ models/lib/nn.yaml:44:35
%1941 = add %1940, %1938 : f32[4] @ models/lib/nn.yaml:44:35
%1942 = floor %1941 : f32[4] @ models/lib/nn.yaml:44:24
%1943 = reshape %1942 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1944 = broadcast %1943 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%1945 = mul %1937, %1944 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%1946 = add %1896, %1945 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%1947 = broadcast %34 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%1948 = concat %1947, %1946 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%1949 = reduce_sum %1948 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1950 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1951 = broadcast %1950 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1952 = div %1949, %1951 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1953 = broadcast %1952 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1954 = sub %1948, %1953 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1955 = mul %1954, %1954 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1956 = reduce_sum %1955 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1957 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1958 = broadcast %1957 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1959 = div %1956, %1958 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1960 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1961 = broadcast %1960 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1962 = add %1959, %1961 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1963 = rsqrt %1962 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1964 = broadcast %1963 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1965 = mul %1954, %1964 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1966 = broadcast %35 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1967 = mul %1965, %1966 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1968 = broadcast %36 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1969 = add %1967, %1968 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1970 = slice %1969 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1971 = matmul %1970, %37 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1972 = broadcast %38 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1973 = add %1971, %1972 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1974 = reshape %1973 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1975 = permute %1974 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1976 = matmul %1969, %39 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1977 = broadcast %40 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1978 = add %1976, %1977 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1979 = reshape %1978 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1980 = permute %1979 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%1981 = matmul %1969, %41 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1982 = broadcast %42 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1983 = add %1981, %1982 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1984 = reshape %1983 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%1985 = permute %1984 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%1986 = permute %1980 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1987 = reshape %1975 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%1988 = broadcast %1987 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%1989 = reshape %1986 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%1990 = broadcast %1989 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%1991 = mul %1988, %1990 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%1992 = reduce_sum %1991 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1993 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1994 = broadcast %1993 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1995 = mul %1992, %1994 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1996 = reduce_max %1995 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1997 = stop_gradient %1996 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1998 = broadcast %1997 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1999 = sub %1995, %1998 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2000 = exp %1999 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2001 = reduce_sum %2000 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2002 = broadcast %2001 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2003 = div %2000, %2002 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2004 = reshape %2003 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%2005 = broadcast %2004 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2006 = reshape %1985 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2007 = broadcast %2006 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2008 = mul %2005, %2007 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2009 = reduce_sum %2008 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2010 = permute %2009 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%2011 = reshape %2010 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%2012 = matmul %2011, %43 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2013 = broadcast %44 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2014 = add %2012, %2013 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2015 = add %1947, %2014 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2016 = reduce_sum %2015 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2017 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2018 = broadcast %2017 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2019 = div %2016, %2018 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2020 = broadcast %2019 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2021 = sub %2015, %2020 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2022 = mul %2021, %2021 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2023 = reduce_sum %2022 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2024 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2025 = broadcast %2024 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2026 = div %2023, %2025 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2027 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2028 = broadcast %2027 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2029 = add %2026, %2028 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2030 = rsqrt %2029 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2031 = broadcast %2030 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2032 = mul %2021, %2031 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2033 = broadcast %45 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2034 = mul %2032, %2033 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2035 = broadcast %46 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2036 = add %2034, %2035 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2037 = matmul %2036, %47 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2038 = broadcast %48 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2039 = add %2037, %2038 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2040 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2041 = broadcast %2040 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2042 = mul %2041, %2039 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2043 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2044 = broadcast %2043 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2045 = mul %2039, %2044 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2046 = erf %2045 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2047 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2048 = broadcast %2047 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2049 = add %2048, %2046 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2050 = mul %2042, %2049 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2051 = matmul %2050, %49 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2052 = broadcast %50 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2053 = add %2051, %2052 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2054 = add %2015, %2053 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2055 = concat %2054, %1946 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%2056 = reduce_sum %2055 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2057 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2058 = broadcast %2057 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2059 = div %2056, %2058 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2060 = broadcast %2059 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2061 = sub %2055, %2060 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2062 = mul %2061, %2061 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2063 = reduce_sum %2062 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2064 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2065 = broadcast %2064 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2066 = div %2063, %2065 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2067 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2068 = broadcast %2067 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2069 = add %2066, %2068 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2070 = rsqrt %2069 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2071 = broadcast %2070 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2072 = mul %2061, %2071 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2073 = broadcast %51 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2074 = mul %2072, %2073 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2075 = broadcast %52 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2076 = add %2074, %2075 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2077 = slice %2076 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2078 = matmul %2077, %53 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2079 = broadcast %54 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2080 = add %2078, %2079 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2081 = reshape %2080 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2082 = permute %2081 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2083 = matmul %2076, %55 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2084 = broadcast %56 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2085 = add %2083, %2084 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2086 = reshape %2085 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2087 = permute %2086 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%2088 = matmul %2076, %57 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2089 = broadcast %58 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2090 = add %2088, %2089 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2091 = reshape %2090 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%2092 = permute %2091 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%2093 = permute %2087 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2094 = reshape %2082 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%2095 = broadcast %2094 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%2096 = reshape %2093 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%2097 = broadcast %2096 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%2098 = mul %2095, %2097 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%2099 = reduce_sum %2098 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2100 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%2101 = broadcast %2100 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2102 = mul %2099, %2101 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2103 = reduce_max %2102 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2104 = stop_gradient %2103 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2105 = broadcast %2104 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2106 = sub %2102, %2105 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2107 = exp %2106 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2108 = reduce_sum %2107 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2109 = broadcast %2108 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2110 = div %2107, %2109 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2111 = reshape %2110 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%2112 = broadcast %2111 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2113 = reshape %2092 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2114 = broadcast %2113 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2115 = mul %2112, %2114 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2116 = reduce_sum %2115 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2117 = permute %2116 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%2118 = reshape %2117 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%2119 = matmul %2118, %59 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2120 = broadcast %60 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2121 = add %2119, %2120 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2122 = add %2054, %2121 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2123 = reduce_sum %2122 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2124 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2125 = broadcast %2124 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2126 = div %2123, %2125 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2127 = broadcast %2126 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2128 = sub %2122, %2127 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2129 = mul %2128, %2128 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2130 = reduce_sum %2129 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2131 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2132 = broadcast %2131 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2133 = div %2130, %2132 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2134 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2135 = broadcast %2134 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2136 = add %2133, %2135 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2137 = rsqrt %2136 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2138 = broadcast %2137 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2139 = mul %2128, %2138 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2140 = broadcast %61 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2141 = mul %2139, %2140 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2142 = broadcast %62 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2143 = add %2141, %2142 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2144 = matmul %2143, %63 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2145 = broadcast %64 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2146 = add %2144, %2145 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2147 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2148 = broadcast %2147 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2149 = mul %2148, %2146 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2150 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2151 = broadcast %2150 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2152 = mul %2146, %2151 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2153 = erf %2152 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2154 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2155 = broadcast %2154 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2156 = add %2155, %2153 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2157 = mul %2149, %2156 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2158 = matmul %2157, %65 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2159 = broadcast %66 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2160 = add %2158, %2159 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2161 = add %2122, %2160 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2162 = concat %2161, %1946 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:111:21
%2163 = reduce_sum %2162 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2164 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2165 = broadcast %2164 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2166 = div %2163, %2165 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2167 = broadcast %2166 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2168 = sub %2162, %2167 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2169 = mul %2168, %2168 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2170 = reduce_sum %2169 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2171 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2172 = broadcast %2171 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2173 = div %2170, %2172 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2174 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2175 = broadcast %2174 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2176 = add %2173, %2175 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2177 = rsqrt %2176 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2178 = broadcast %2177 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2179 = mul %2168, %2178 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2180 = broadcast %67 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2181 = mul %2179, %2180 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2182 = broadcast %68 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2183 = add %2181, %2182 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2184 = slice %2183 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:103:28
%2185 = matmul %2184, %69 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2186 = broadcast %70 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2187 = add %2185, %2186 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2188 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2189 = broadcast %2188 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2190 = mul %2189, %2187 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2191 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2192 = broadcast %2191 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2193 = mul %2187, %2192 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2194 = erf %2193 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2195 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2196 = broadcast %2195 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2197 = add %2196, %2194 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2198 = mul %2190, %2197 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2199 = matmul %2198, %71 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2200 = broadcast %72 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2201 = add %2199, %2200 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2202 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2203 = broadcast %2202 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2204 = mul %2203, %2201 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2205 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2206 = broadcast %2205 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2207 = mul %2201, %2206 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2208 = erf %2207 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2209 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2210 = broadcast %2209 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2211 = add %2210, %2208 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2212 = mul %2204, %2211 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2213 = matmul %2212, %73 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%2214 = broadcast %74 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2215 = add %2213, %2214 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2216 = mul %2215, %2215 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2217 = reduce_sum %2216 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%2218 = sqrt %2217 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2219 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%2220 = cast %2219 : f32[] @ models/lib/nn.yaml:33:61
%2221 = broadcast %2220 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2222 = max %2218, %2221 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2223 = broadcast %2222 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2224 = div %2215, %2223 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2225 = broadcast %75 : f32[32,8] @ models/lib/dino.yaml:22:22
%2226 = mul %2225, %76 : f32[32,8] @ models/lib/dino.yaml:22:22
%2227 = mul %76, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%2228 = reduce_sum %2227 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%2229 = sqrt %2228 : f32[32,1] @ models/lib/dino.yaml:22:35
%2230 = broadcast %2229 : f32[32,8] @ models/lib/dino.yaml:22:33
%2231 = div %2226, %2230 : f32[32,8] @ models/lib/dino.yaml:22:33
%2232 = matmul %2224, %2231 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%2233 = slice %2183 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/dino_pass.yaml:103:46
%2234 = matmul %2233, %77 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%2235 = broadcast %78 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2236 = add %2234, %2235 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2237 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2238 = broadcast %2237 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2239 = mul %2238, %2236 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2240 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2241 = broadcast %2240 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2242 = mul %2236, %2241 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2243 = erf %2242 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%2244 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2245 = broadcast %2244 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2246 = add %2245, %2243 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2247 = mul %2239, %2246 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%2248 = matmul %2247, %79 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%2249 = broadcast %80 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2250 = add %2248, %2249 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2251 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2252 = broadcast %2251 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2253 = mul %2252, %2250 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2254 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2255 = broadcast %2254 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2256 = mul %2250, %2255 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2257 = erf %2256 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%2258 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2259 = broadcast %2258 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2260 = add %2259, %2257 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2261 = mul %2253, %2260 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%2262 = matmul %2261, %81 ta=0 tb=1 : f32[4,16,8] @ models/lib/nn.yaml:83:15
%2263 = broadcast %82 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%2264 = add %2262, %2263 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%2265 = mul %2264, %2264 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%2266 = reduce_sum %2265 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%2267 = sqrt %2266 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%2268 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%2269 = cast %2268 : f32[] @ models/lib/nn.yaml:33:61
%2270 = broadcast %2269 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%2271 = max %2267, %2270 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%2272 = broadcast %2271 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%2273 = div %2264, %2272 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%2274 = broadcast %83 : f32[16,8] @ models/lib/dino.yaml:22:22
%2275 = mul %2274, %84 : f32[16,8] @ models/lib/dino.yaml:22:22
%2276 = mul %84, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%2277 = reduce_sum %2276 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%2278 = sqrt %2277 : f32[16,1] @ models/lib/dino.yaml:22:35
%2279 = broadcast %2278 : f32[16,8] @ models/lib/dino.yaml:22:33
%2280 = div %2275, %2279 : f32[16,8] @ models/lib/dino.yaml:22:33
%2281 = matmul %2273, %2280 ta=0 tb=1 : f32[4,16,16] @ models/lib/dino.yaml:23:18
%2282 = slice %2232 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%2283 = slice %2232 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%2284 = slice %2281 lo=[0,0,0] hi=[2,16,16] : f32[2,16,16] @ models/dino_pass.yaml:132:27
%2285 = slice %2281 lo=[2,0,0] hi=[4,16,16] : f32[2,16,16] @ models/dino_pass.yaml:132:27
%2286 = reshape %6 : f32[4,3,3,4,3,4] @ models/lib/vit.yaml:15:21
%2287 = permute %2286 perm=[0,2,4,1,3,5] : f32[4,3,3,3,4,4] @ models/lib/vit.yaml:15:13
%2288 = reshape %2287 : f32[4,9,48] @ models/lib/vit.yaml:16:13
%2289 = reshape %8 : f32[16,48] @ models/lib/vit.yaml:17:20
%2290 = matmul %2288, %2289 ta=0 tb=1 : f32[4,9,16] @ models/lib/vit.yaml:17:18
%2291 = broadcast %9 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%2292 = add %2290, %2291 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%2293 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%2294 = reshape %7 : f32[4,64] @ models/lib/vit.yaml:32:17
%2295 = matmul %2293, %2294 ta=0 tb=0 : f32[3,64] @ models/lib/vit.yaml:32:15
%2296 = reshape %2295 : f32[3,4,16] @ models/lib/vit.yaml:33:21
%2297 = permute %2296 perm=[1,0,2] : f32[4,3,16] @ models/lib/vit.yaml:33:13
%2298 = reshape %2297 : f32[4,48] @ models/lib/vit.yaml:34:17
%2299 = matmul %2293, %2298 ta=0 tb=0 : f32[3,48] @ models/lib/vit.yaml:34:15
%2300 = reshape %2299 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%2301 = permute %2300 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%2302 = reshape %2301 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%2303 = broadcast %2302 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%2304 = add %2292, %2303 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%2305 = reduce_sum %2304 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2306 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2307 = broadcast %2306 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2308 = div %2305, %2307 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2309 = broadcast %2308 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2310 = sub %2304, %2309 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2311 = mul %2310, %2310 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2312 = reduce_sum %2311 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2313 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2314 = broadcast %2313 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2315 = div %2312, %2314 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2316 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2317 = broadcast %2316 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2318 = add %2315, %2317 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2319 = rsqrt %2318 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2320 = broadcast %2319 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2321 = mul %2310, %2320 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2322 = broadcast %10 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2323 = mul %2321, %2322 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2324 = broadcast %11 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2325 = add %2323, %2324 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2326 = matmul %2325, %12 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%2327 = broadcast %13 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2328 = add %2326, %2327 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2329 = reshape %2328 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%2330 = permute %2329 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%2331 = slice %2330 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%2332 = reshape %2331 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%2333 = slice %2330 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%2334 = reshape %2333 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%2335 = slice %2330 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%2336 = reshape %2335 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%2337 = permute %2334 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%2338 = reshape %2332 : f32[4,2,9,8,1] @ models/lib/nn.yaml:55:23
%2339 = broadcast %2338 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%2340 = reshape %2337 : f32[4,2,1,8,9] @ models/lib/nn.yaml:55:23
%2341 = broadcast %2340 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%2342 = mul %2339, %2341 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%2343 = reduce_sum %2342 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2344 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%2345 = broadcast %2344 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2346 = mul %2343, %2345 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2347 = reduce_max %2346 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%2348 = stop_gradient %2347 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%2349 = broadcast %2348 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2350 = sub %2346, %2349 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2351 = exp %2350 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%2352 = reduce_sum %2351 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%2353 = broadcast %2352 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2354 = div %2351, %2353 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2355 = reshape %2354 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%2356 = broadcast %2355 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2357 = reshape %2336 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%2358 = broadcast %2357 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2359 = mul %2356, %2358 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2360 = reduce_sum %2359 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%2361 = permute %2360 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%2362 = reshape %2361 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%2363 = matmul %2362, %14 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%2364 = broadcast %15 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2365 = add %2363, %2364 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2366 = add %2304, %2365 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%2367 = reduce_sum %2366 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2368 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2369 = broadcast %2368 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2370 = div %2367, %2369 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2371 = broadcast %2370 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2372 = sub %2366, %2371 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2373 = mul %2372, %2372 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2374 = reduce_sum %2373 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2375 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2376 = broadcast %2375 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2377 = div %2374, %2376 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2378 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2379 = broadcast %2378 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2380 = add %2377, %2379 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2381 = rsqrt %2380 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2382 = broadcast %2381 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2383 = mul %2372, %2382 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2384 = broadcast %16 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2385 = mul %2383, %2384 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2386 = broadcast %17 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2387 = add %2385, %2386 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2388 = matmul %2387, %18 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%2389 = broadcast %19 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2390 = add %2388, %2389 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2391 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2392 = broadcast %2391 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%2393 = mul %2392, %2390 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%2394 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2395 = broadcast %2394 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%2396 = mul %2390, %2395 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%2397 = erf %2396 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%2398 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2399 = broadcast %2398 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%2400 = add %2399, %2397 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%2401 = mul %2393, %2400 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%2402 = matmul %2401, %20 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%2403 = broadcast %21 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2404 = add %2402, %2403 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2405 = add %2366, %2404 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%2406 = reduce_sum %2405 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2407 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2408 = broadcast %2407 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2409 = div %2406, %2408 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2410 = broadcast %2409 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2411 = sub %2405, %2410 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2412 = mul %2411, %2411 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2413 = reduce_sum %2412 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2414 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2415 = broadcast %2414 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2416 = div %2413, %2415 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2417 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2418 = broadcast %2417 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2419 = add %2416, %2418 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2420 = rsqrt %2419 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2421 = broadcast %2420 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2422 = mul %2411, %2421 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2423 = broadcast %22 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2424 = mul %2422, %2423 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2425 = broadcast %23 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2426 = add %2424, %2425 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2427 = matmul %2426, %24 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%2428 = broadcast %25 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2429 = add %2427, %2428 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2430 = reshape %2429 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%2431 = permute %2430 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%2432 = slice %2431 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%2433 = reshape %2432 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%2434 = slice %2431 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%2435 = reshape %2434 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%2436 = slice %2431 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%2437 = reshape %2436 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%2438 = permute %2435 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%2439 = reshape %2433 : f32[4,2,9,8,1] @ models/lib/nn.yaml:55:23
%2440 = broadcast %2439 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%2441 = reshape %2438 : f32[4,2,1,8,9] @ models/lib/nn.yaml:55:23
%2442 = broadcast %2441 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%2443 = mul %2440, %2442 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%2444 = reduce_sum %2443 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2445 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%2446 = broadcast %2445 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2447 = mul %2444, %2446 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2448 = reduce_max %2447 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%2449 = stop_gradient %2448 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%2450 = broadcast %2449 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2451 = sub %2447, %2450 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2452 = exp %2451 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%2453 = reduce_sum %2452 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%2454 = broadcast %2453 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2455 = div %2452, %2454 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2456 = reshape %2455 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%2457 = broadcast %2456 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2458 = reshape %2437 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%2459 = broadcast %2458 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2460 = mul %2457, %2459 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2461 = reduce_sum %2460 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%2462 = permute %2461 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%2463 = reshape %2462 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%2464 = matmul %2463, %26 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%2465 = broadcast %27 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2466 = add %2464, %2465 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2467 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%2468 = broadcast %2467 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%2469 = div %2466, %2468 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%2470 = rand_uniform %1887 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%2471 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%2472 = broadcast %2471 : f32[4] @ models/lib/nn.yaml:44:35
%2473 = add %2472, %2470 : f32[4] @ models/lib/nn.yaml:44:35
%2474 = floor %2473 : f32[4] @ models/lib/nn.yaml:44:24
%2475 = reshape %2474 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2476 = broadcast %2475 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2477 = mul %2469, %2476 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2478 = add %2405, %2477 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%2479 = reduce_sum %2478 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2480 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2481 = broadcast %2480 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2482 = div %2479, %2481 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2483 = broadcast %2482 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2484 = sub %2478, %2483 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2485 = mul %2484, %2484 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2486 = reduce_sum %2485 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2487 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2488 = broadcast %2487 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2489 = div %2486, %2488 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2490 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2491 = broadcast %2490 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2492 = add %2489, %2491 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2493 = rsqrt %2492 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2494 = broadcast %2493 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2495 = mul %2484, %2494 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2496 = broadcast %28 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2497 = mul %2495, %2496 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2498 = broadcast %29 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2499 = add %2497, %2498 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2500 = matmul %2499, %30 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%2501 = broadcast %31 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2502 = add %2500, %2501 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2503 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2504 = broadcast %2503 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%2505 = mul %2504, %2502 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%2506 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2507 = broadcast %2506 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%2508 = mul %2502, %2507 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%2509 = erf %2508 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%2510 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2511 = broadcast %2510 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%2512 = add %2511, %2509 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%2513 = mul %2505, %2512 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%2514 = matmul %2513, %32 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%2515 = broadcast %33 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2516 = add %2514, %2515 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2517 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%2518 = broadcast %2517 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%2519 = div %2516, %2518 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%2520 = rand_uniform %1887 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%2521 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%2522 = broadcast %2521 : f32[4] @ models/lib/nn.yaml:44:35
%2523 = add %2522, %2520 : f32[4] @ models/lib/nn.yaml:44:35
%2524 = floor %2523 : f32[4] @ models/lib/nn.yaml:44:24
%2525 = reshape %2524 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2526 = broadcast %2525 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2527 = mul %2519, %2526 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2528 = add %2478, %2527 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%2529 = broadcast %34 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%2530 = concat %2529, %2528 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%2531 = reduce_sum %2530 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2532 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2533 = broadcast %2532 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2534 = div %2531, %2533 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2535 = broadcast %2534 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2536 = sub %2530, %2535 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2537 = mul %2536, %2536 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2538 = reduce_sum %2537 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2539 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2540 = broadcast %2539 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2541 = div %2538, %2540 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2542 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2543 = broadcast %2542 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2544 = add %2541, %2543 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2545 = rsqrt %2544 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2546 = broadcast %2545 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2547 = mul %2536, %2546 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2548 = broadcast %35 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2549 = mul %2547, %2548 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2550 = broadcast %36 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2551 = add %2549, %2550 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2552 = slice %2551 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2553 = matmul %2552, %37 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2554 = broadcast %38 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2555 = add %2553, %2554 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2556 = reshape %2555 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2557 = permute %2556 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2558 = matmul %2551, %39 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2559 = broadcast %40 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2560 = add %2558, %2559 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2561 = reshape %2560 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2562 = permute %2561 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2563 = matmul %2551, %41 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2564 = broadcast %42 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2565 = add %2563, %2564 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2566 = reshape %2565 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%2567 = permute %2566 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%2568 = permute %2562 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2569 = reshape %2557 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%2570 = broadcast %2569 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%2571 = reshape %2568 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%2572 = broadcast %2571 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%2573 = mul %2570, %2572 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%2574 = reduce_sum %2573 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2575 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%2576 = broadcast %2575 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2577 = mul %2574, %2576 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2578 = reduce_max %2577 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2579 = stop_gradient %2578 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2580 = broadcast %2579 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2581 = sub %2577, %2580 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2582 = exp %2581 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2583 = reduce_sum %2582 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2584 = broadcast %2583 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2585 = div %2582, %2584 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2586 = reshape %2585 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%2587 = broadcast %2586 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2588 = reshape %2567 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2589 = broadcast %2588 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2590 = mul %2587, %2589 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2591 = reduce_sum %2590 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2592 = permute %2591 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%2593 = reshape %2592 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%2594 = matmul %2593, %43 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2595 = broadcast %44 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2596 = add %2594, %2595 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2597 = add %2529, %2596 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2598 = reduce_sum %2597 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2599 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2600 = broadcast %2599 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2601 = div %2598, %2600 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2602 = broadcast %2601 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2603 = sub %2597, %2602 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2604 = mul %2603, %2603 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2605 = reduce_sum %2604 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2606 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2607 = broadcast %2606 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2608 = div %2605, %2607 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2609 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2610 = broadcast %2609 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2611 = add %2608, %2610 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2612 = rsqrt %2611 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2613 = broadcast %2612 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2614 = mul %2603, %2613 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2615 = broadcast %45 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2616 = mul %2614, %2615 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2617 = broadcast %46 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2618 = add %2616, %2617 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2619 = matmul %2618, %47 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2620 = broadcast %48 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2621 = add %2619, %2620 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2622 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2623 = broadcast %2622 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2624 = mul %2623, %2621 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2625 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2626 = broadcast %2625 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2627 = mul %2621, %2626 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2628 = erf %2627 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2629 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2630 = broadcast %2629 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2631 = add %2630, %2628 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2632 = mul %2624, %2631 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2633 = matmul %2632, %49 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2634 = broadcast %50 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2635 = add %2633, %2634 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2636 = add %2597, %2635 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2637 = concat %2636, %2528 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%2638 = reduce_sum %2637 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2639 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2640 = broadcast %2639 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2641 = div %2638, %2640 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2642 = broadcast %2641 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2643 = sub %2637, %2642 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2644 = mul %2643, %2643 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2645 = reduce_sum %2644 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2646 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2647 = broadcast %2646 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2648 = div %2645, %2647 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2649 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2650 = broadcast %2649 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2651 = add %2648, %2650 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2652 = rsqrt %2651 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2653 = broadcast %2652 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2654 = mul %2643, %2653 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2655 = broadcast %51 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2656 = mul %2654, %2655 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2657 = broadcast %52 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2658 = add %2656, %2657 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2659 = slice %2658 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2660 = matmul %2659, %53 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2661 = broadcast %54 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2662 = add %2660, %2661 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2663 = reshape %2662 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2664 = permute %2663 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2665 = matmul %2658, %55 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2666 = broadcast %56 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2667 = add %2665, %2666 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2668 = reshape %2667 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2669 = permute %2668 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2670 = matmul %2658, %57 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2671 = broadcast %58 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2672 = add %2670, %2671 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2673 = reshape %2672 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%2674 = permute %2673 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%2675 = permute %2669 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2676 = reshape %2664 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%2677 = broadcast %2676 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%2678 = reshape %2675 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%2679 = broadcast %2678 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%2680 = mul %2677, %2679 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%2681 = reduce_sum %2680 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2682 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%2683 = broadcast %2682 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2684 = mul %2681, %2683 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2685 = reduce_max %2684 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2686 = stop_gradient %2685 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2687 = broadcast %2686 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2688 = sub %2684, %2687 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2689 = exp %2688 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2690 = reduce_sum %2689 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2691 = broadcast %2690 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2692 = div %2689, %2691 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2693 = reshape %2692 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%2694 = broadcast %2693 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2695 = reshape %2674 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2696 = broadcast %2695 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2697 = mul %2694, %2696 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2698 = reduce_sum %2697 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2699 = permute %2698 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%2700 = reshape %2699 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%2701 = matmul %2700, %59 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2702 = broadcast %60 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2703 = add %2701, %2702 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2704 = add %2636, %2703 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2705 = reduce_sum %2704 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2706 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2707 = broadcast %2706 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2708 = div %2705, %2707 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2709 = broadcast %2708 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2710 = sub %2704, %2709 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2711 = mul %2710, %2710 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2712 = reduce_sum %2711 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2713 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2714 = broadcast %2713 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2715 = div %2712, %2714 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2716 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2717 = broadcast %2716 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2718 = add %2715, %2717 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2719 = rsqrt %2718 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2720 = broadcast %2719 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2721 = mul %2710, %2720 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2722 = broadcast %61 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2723 = mul %2721, %2722 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2724 = broadcast %62 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2725 = add %2723, %2724 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2726 = matmul %2725, %63 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2727 = broadcast %64 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2728 = add %2726, %2727 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2729 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2730 = broadcast %2729 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2731 = mul %2730, %2728 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2732 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2733 = broadcast %2732 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2734 = mul %2728, %2733 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2735 = erf %2734 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2736 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2737 = broadcast %2736 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2738 = add %2737, %2735 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2739 = mul %2731, %2738 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2740 = matmul %2739, %65 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2741 = broadcast %66 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2742 = add %2740, %2741 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2743 = add %2704, %2742 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2744 = concat %2743, %2528 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:111:21
%2745 = reduce_sum %2744 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2746 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2747 = broadcast %2746 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2748 = div %2745, %2747 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2749 = broadcast %2748 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2750 = sub %2744, %2749 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2751 = mul %2750, %2750 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2752 = reduce_sum %2751 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2753 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2754 = broadcast %2753 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2755 = div %2752, %2754 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2756 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2757 = broadcast %2756 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2758 = add %2755, %2757 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2759 = rsqrt %2758 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2760 = broadcast %2759 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2761 = mul %2750, %2760 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2762 = broadcast %67 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2763 = mul %2761, %2762 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2764 = broadcast %68 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2765 = add %2763, %2764 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2766 = slice %2765 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:103:28
%2767 = matmul %2766, %69 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2768 = broadcast %70 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2769 = add %2767, %2768 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2770 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2771 = broadcast %2770 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2772 = mul %2771, %2769 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2773 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2774 = broadcast %2773 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2775 = mul %2769, %2774 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2776 = erf %2775 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2777 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2778 = broadcast %2777 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2779 = add %2778, %2776 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2780 = mul %2772, %2779 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2781 = matmul %2780, %71 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2782 = broadcast %72 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2783 = add %2781, %2782 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2784 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2785 = broadcast %2784 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2786 = mul %2785, %2783 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2787 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2788 = broadcast %2787 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2789 = mul %2783, %2788 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2790 = erf %2789 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2791 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2792 = broadcast %2791 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2793 = add %2792, %2790 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2794 = mul %2786, %2793 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2795 = matmul %2794, %73 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%2796 = broadcast %74 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2797 = add %2795, %2796 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2798 = mul %2797, %2797 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2799 = reduce_sum %2798 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%2800 = sqrt %2799 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2801 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%2802 = cast %2801 : f32[] @ models/lib/nn.yaml:33:61
%2803 = broadcast %2802 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2804 = max %2800, %2803 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2805 = broadcast %2804 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2806 = div %2797, %2805 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2807 = broadcast %75 : f32[32,8] @ models/lib/dino.yaml:22:22
%2808 = mul %2807, %76 : f32[32,8] @ models/lib/dino.yaml:22:22
%2809 = mul %76, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%2810 = reduce_sum %2809 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%2811 = sqrt %2810 : f32[32,1] @ models/lib/dino.yaml:22:35
%2812 = broadcast %2811 : f32[32,8] @ models/lib/dino.yaml:22:33
%2813 = div %2808, %2812 : f32[32,8] @ models/lib/dino.yaml:22:33
%2814 = matmul %2806, %2813 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%2815 = slice %2765 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/dino_pass.yaml:103:46
%2816 = matmul %2815, %77 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%2817 = broadcast %78 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2818 = add %2816, %2817 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2819 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2820 = broadcast %2819 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2821 = mul %2820, %2818 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2822 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2823 = broadcast %2822 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2824 = mul %2818, %2823 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2825 = erf %2824 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2826 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2827 = broadcast %2826 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2828 = add %2827, %2825 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2829 = mul %2821, %2828 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2830 = matmul %2829, %79 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%2831 = broadcast %80 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2832 = add %2830, %2831 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2833 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2834 = broadcast %2833 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2835 = mul %2834, %2832 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2836 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2837 = broadcast %2836 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2838 = mul %2832, %2837 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2839 = erf %2838 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2840 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2841 = broadcast %2840 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2842 = add %2841, %2839 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2843 = mul %2835, %2842 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2844 = matmul %2843, %81 ta=0 tb=1 : f32[4,9,8] @ models/lib/nn.yaml:83:15
%2845 = broadcast %82 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2846 = add %2844, %2845 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2847 = mul %2846, %2846 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%2848 = reduce_sum %2847 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%2849 = sqrt %2848 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2850 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%2851 = cast %2850 : f32[] @ models/lib/nn.yaml:33:61
%2852 = broadcast %2851 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2853 = max %2849, %2852 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2854 = broadcast %2853 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2855 = div %2846, %2854 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2856 = broadcast %83 : f32[16,8] @ models/lib/dino.yaml:22:22
%2857 = mul %2856, %84 : f32[16,8] @ models/lib/dino.yaml:22:22
%2858 = mul %84, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%2859 = reduce_sum %2858 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%2860 = sqrt %2859 : f32[16,1] @ models/lib/dino.yaml:22:35
%2861 = broadcast %2860 : f32[16,8] @ models/lib/dino.yaml:22:33
%2862 = div %2857, %2861 : f32[16,8] @ models/lib/dino.yaml:22:33
%2863 = matmul %2855, %2862 ta=0 tb=1 : f32[4,9,16] @ models/lib/dino.yaml:23:18
%2864 = slice %2814 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%2865 = slice %2814 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%2866 = slice %2863 lo=[0,0,0] hi=[2,9,16] : f32[2,9,16] @ models/dino_pass.yaml:132:27
%2867 = slice %2863 lo=[2,0,0] hi=[4,9,16] : f32[2,9,16] @ models/dino_pass.yaml:132:27
%2868 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2869 = sub %930, %2868 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2870 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2871 = div %2869, %2870 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2872 = reduce_max %2871 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2873 = stop_gradient %2872 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2874 = broadcast %2873 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2875 = sub %2871, %2874 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2876 = exp %2875 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%2877 = reduce_sum %2876 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2878 = broadcast %2877 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2879 = div %2876, %2878 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2880 = stop_gradient %2879 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%2881 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2882 = broadcast %2881 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2883 = div %2283, %2882 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2884 = reduce_max %2883 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2885 = stop_gradient %2884 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2886 = broadcast %2885 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2887 = sub %2883, %2886 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2888 = exp %2887 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2889 = reduce_sum %2888 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2890 = log %2889 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2891 = broadcast %2890 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2892 = sub %2887, %2891 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2893 = mul %2880, %2892 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2894 = reduce_sum %2893 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2895 = neg %2894 : f32[2,1] @ models/lib/dino.yaml:39:21
%2896 = reduce_sum %2895 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2897 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%2898 = div %2896, %2897 : f32[] @ models/lib/dino.yaml:39:16
%2899 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2900 = sub %930, %2899 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2901 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2902 = div %2900, %2901 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2903 = reduce_max %2902 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2904 = stop_gradient %2903 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2905 = broadcast %2904 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2906 = sub %2902, %2905 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2907 = exp %2906 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%2908 = reduce_sum %2907 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2909 = broadcast %2908 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2910 = div %2907, %2909 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2911 = stop_gradient %2910 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%2912 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2913 = broadcast %2912 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2914 = div %2864, %2913 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2915 = reduce_max %2914 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2916 = stop_gradient %2915 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2917 = broadcast %2916 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2918 = sub %2914, %2917 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2919 = exp %2918 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2920 = reduce_sum %2919 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2921 = log %2920 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2922 = broadcast %2921 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2923 = sub %2918, %2922 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2924 = mul %2911, %2923 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2925 = reduce_sum %2924 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2926 = neg %2925 : f32[2,1] @ models/lib/dino.yaml:39:21
%2927 = reduce_sum %2926 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2928 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%2929 = div %2927, %2928 : f32[] @ models/lib/dino.yaml:39:16
%2930 = add %2898, %2929 : f32[] @ models/dino_pass.yaml:148:11
%2931 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2932 = sub %930, %2931 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2933 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2934 = div %2932, %2933 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2935 = reduce_max %2934 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2936 = stop_gradient %2935 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2937 = broadcast %2936 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2938 = sub %2934, %2937 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2939 = exp %2938 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%2940 = reduce_sum %2939 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2941 = broadcast %2940 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2942 = div %2939, %2941 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2943 = stop_gradient %2942 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%2944 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2945 = broadcast %2944 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2946 = div %2865, %2945 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2947 = reduce_max %2946 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2948 = stop_gradient %2947 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2949 = broadcast %2948 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2950 = sub %2946, %2949 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2951 = exp %2950 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2952 = reduce_sum %2951 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2953 = log %2952 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2954 = broadcast %2953 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2955 = sub %2950, %2954 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2956 = mul %2943, %2955 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2957 = reduce_sum %2956 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2958 = neg %2957 : f32[2,1] @ models/lib/dino.yaml:39:21
%2959 = reduce_sum %2958 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2960 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%2961 = div %2959, %2960 : f32[] @ models/lib/dino.yaml:39:16
%2962 = add %2930, %2961 : f32[] @ models/dino_pass.yaml:148:11
%2963 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2964 = sub %931, %2963 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2965 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2966 = div %2964, %2965 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2967 = reduce_max %2966 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2968 = stop_gradient %2967 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2969 = broadcast %2968 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2970 = sub %2966, %2969 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2971 = exp %2970 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%2972 = reduce_sum %2971 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2973 = broadcast %2972 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2974 = div %2971, %2973 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2975 = stop_gradient %2974 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%2976 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2977 = broadcast %2976 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2978 = div %2282, %2977 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2979 = reduce_max %2978 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2980 = stop_gradient %2979 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2981 = broadcast %2980 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2982 = sub %2978, %2981 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2983 = exp %2982 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2984 = reduce_sum %2983 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2985 = log %2984 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2986 = broadcast %2985 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2987 = sub %2982, %2986 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2988 = mul %2975, %2987 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2989 = reduce_sum %2988 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2990 = neg %2989 : f32[2,1] @ models/lib/dino.yaml:39:21
%2991 = reduce_sum %2990 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2992 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%2993 = div %2991, %2992 : f32[] @ models/lib/dino.yaml:39:16
%2994 = add %2962, %2993 : f32[] @ models/dino_pass.yaml:148:11
%2995 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2996 = sub %931, %2995 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2997 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2998 = div %2996, %2997 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2999 = reduce_max %2998 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3000 = stop_gradient %2999 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3001 = broadcast %3000 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3002 = sub %2998, %3001 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3003 = exp %3002 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3004 = reduce_sum %3003 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3005 = broadcast %3004 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3006 = div %3003, %3005 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3007 = stop_gradient %3006 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3008 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%3009 = broadcast %3008 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3010 = div %2864, %3009 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3011 = reduce_max %3010 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3012 = stop_gradient %3011 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3013 = broadcast %3012 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3014 = sub %3010, %3013 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3015 = exp %3014 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3016 = reduce_sum %3015 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3017 = log %3016 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3018 = broadcast %3017 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3019 = sub %3014, %3018 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3020 = mul %3007, %3019 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3021 = reduce_sum %3020 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3022 = neg %3021 : f32[2,1] @ models/lib/dino.yaml:39:21
%3023 = reduce_sum %3022 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3024 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%3025 = div %3023, %3024 : f32[] @ models/lib/dino.yaml:39:16
%3026 = add %2994, %3025 : f32[] @ models/dino_pass.yaml:148:11
%3027 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3028 = sub %931, %3027 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3029 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3030 = div %3028, %3029 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3031 = reduce_max %3030 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3032 = stop_gradient %3031 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3033 = broadcast %3032 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3034 = sub %3030, %3033 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3035 = exp %3034 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3036 = reduce_sum %3035 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3037 = broadcast %3036 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3038 = div %3035, %3037 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3039 = stop_gradient %3038 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3040 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%3041 = broadcast %3040 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3042 = div %2865, %3041 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3043 = reduce_max %3042 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3044 = stop_gradient %3043 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3045 = broadcast %3044 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3046 = sub %3042, %3045 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3047 = exp %3046 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3048 = reduce_sum %3047 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3049 = log %3048 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3050 = broadcast %3049 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3051 = sub %3046, %3050 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3052 = mul %3039, %3051 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3053 = reduce_sum %3052 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3054 = neg %3053 : f32[2,1] @ models/lib/dino.yaml:39:21
%3055 = reduce_sum %3054 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3056 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%3057 = div %3055, %3056 : f32[] @ models/lib/dino.yaml:39:16
%3058 = add %3026, %3057 : f32[] @ models/dino_pass.yaml:148:11
%3059 = const data=[6] : f32[] @ models/dino_pass.yaml:145:3
%3060 = div %3058, %3059 : f32[] @ models/dino_pass.yaml:145:3
%3061 = output %3060 name="loss.cls" : f32[] @ models/dino_pass.yaml:145:3
%3062 = const data=[1] : f32[] @ models/dino_pass.yaml:145:3
%3063 = mul %3060, %3062 : f32[] @ models/dino_pass.yaml:145:3
%3064 = broadcast %164 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3065 = sub %932, %3064 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3066 = broadcast %4 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3067 = div %3065, %3066 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3068 = reduce_max %3067 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%3069 = stop_gradient %3068 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%3070 = broadcast %3069 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3071 = sub %3067, %3070 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3072 = exp %3071 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3073 = reduce_sum %3072 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%3074 = broadcast %3073 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3075 = div %3072, %3074 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3076 = stop_gradient %3075 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3077 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%3078 = broadcast %3077 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3079 = div %2284, %3078 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3080 = reduce_max %3079 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%3081 = stop_gradient %3080 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%3082 = broadcast %3081 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3083 = sub %3079, %3082 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3084 = exp %3083 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3085 = reduce_sum %3084 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%3086 = log %3085 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3087 = broadcast %3086 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3088 = sub %3083, %3087 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3089 = mul %3076, %3088 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3090 = reduce_sum %3089 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%3091 = neg %3090 : f32[2,16] @ models/lib/dino.yaml:39:21
%3092 = reduce_sum %3091 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3093 = const data=[32] : f32[] @ models/lib/dino.yaml:39:16
%3094 = div %3092, %3093 : f32[] @ models/lib/dino.yaml:39:16
%3095 = broadcast %164 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3096 = sub %933, %3095 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3097 = broadcast %4 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3098 = div %3096, %3097 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3099 = reduce_max %3098 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%3100 = stop_gradient %3099 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%3101 = broadcast %3100 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3102 = sub %3098, %3101 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3103 = exp %3102 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3104 = reduce_sum %3103 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%3105 = broadcast %3104 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3106 = div %3103, %3105 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3107 = stop_gradient %3106 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3108 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%3109 = broadcast %3108 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3110 = div %2285, %3109 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3111 = reduce_max %3110 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%3112 = stop_gradient %3111 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%3113 = broadcast %3112 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3114 = sub %3110, %3113 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3115 = exp %3114 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3116 = reduce_sum %3115 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%3117 = log %3116 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3118 = broadcast %3117 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3119 = sub %3114, %3118 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3120 = mul %3107, %3119 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3121 = reduce_sum %3120 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%3122 = neg %3121 : f32[2,16] @ models/lib/dino.yaml:39:21
%3123 = reduce_sum %3122 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3124 = const data=[32] : f32[] @ models/lib/dino.yaml:39:16
%3125 = div %3123, %3124 : f32[] @ models/lib/dino.yaml:39:16
%3126 = add %3094, %3125 : f32[] @ models/dino_pass.yaml:152:11
%3127 = broadcast %164 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3128 = sub %1711, %3127 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3129 = broadcast %4 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3130 = div %3128, %3129 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3131 = reduce_max %3130 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%3132 = stop_gradient %3131 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%3133 = broadcast %3132 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3134 = sub %3130, %3133 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3135 = exp %3134 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%3136 = reduce_sum %3135 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%3137 = broadcast %3136 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3138 = div %3135, %3137 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3139 = stop_gradient %3138 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3140 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%3141 = broadcast %3140 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3142 = div %2866, %3141 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3143 = reduce_max %3142 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%3144 = stop_gradient %3143 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%3145 = broadcast %3144 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3146 = sub %3142, %3145 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3147 = exp %3146 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3148 = reduce_sum %3147 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%3149 = log %3148 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3150 = broadcast %3149 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3151 = sub %3146, %3150 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3152 = mul %3139, %3151 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3153 = reduce_sum %3152 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%3154 = neg %3153 : f32[2,9] @ models/lib/dino.yaml:39:21
%3155 = reduce_sum %3154 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3156 = const data=[18] : f32[] @ models/lib/dino.yaml:39:16
%3157 = div %3155, %3156 : f32[] @ models/lib/dino.yaml:39:16
%3158 = add %3126, %3157 : f32[] @ models/dino_pass.yaml:152:11
%3159 = broadcast %164 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3160 = sub %1712, %3159 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3161 = broadcast %4 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3162 = div %3160, %3161 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3163 = reduce_max %3162 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%3164 = stop_gradient %3163 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%3165 = broadcast %3164 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3166 = sub %3162, %3165 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3167 = exp %3166 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%3168 = reduce_sum %3167 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%3169 = broadcast %3168 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3170 = div %3167, %3169 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3171 = stop_gradient %3170 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3172 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%3173 = broadcast %3172 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3174 = div %2867, %3173 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3175 = reduce_max %3174 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%3176 = stop_gradient %3175 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%3177 = broadcast %3176 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3178 = sub %3174, %3177 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3179 = exp %3178 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3180 = reduce_sum %3179 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%3181 = log %3180 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3182 = broadcast %3181 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3183 = sub %3178, %3182 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3184 = mul %3171, %3183 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3185 = reduce_sum %3184 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%3186 = neg %3185 : f32[2,9] @ models/lib/dino.yaml:39:21
%3187 = reduce_sum %3186 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3188 = const data=[18] : f32[] @ models/lib/dino.yaml:39:16
%3189 = div %3187, %3188 : f32[] @ models/lib/dino.yaml:39:16
%3190 = add %3158, %3189 : f32[] @ models/dino_pass.yaml:152:11
%3191 = const data=[4] : f32[] @ models/dino_pass.yaml:149:3
%3192 = div %3190, %3191 : f32[] @ models/dino_pass.yaml:149:3
%3193 = output %3192 name="loss.patch" : f32[] @ models/dino_pass.yaml:149:3
%3194 = const data=[0.1] : f32[] @ models/dino_pass.yaml:149:3
%3195 = mul %3192, %3194 : f32[] @ models/dino_pass.yaml:149:3
%3196 = add %3063, %3195 : f32[] @ models/dino_pass.yaml:149:3
%3197 = output %3196 name="loss" : f32[] @ models/dino_pass.yaml:145:3
%3198 = const data=[0.9] : f32[] @ models/dino_pass.yaml:138:22
%3199 = broadcast %3198 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%3200 = mul %163, %3199 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%3201 = concat %930, %931, %1709, %1710 axis=0 : f32[8,1,32] @ models/dino_pass.yaml:138:75
%3202 = reduce_sum %3201 axes=[0] keep=1 : f32[1,1,32] @ models/lib/nn.yaml:73:26
%3203 = all_reduce_sum %3202 : f32[1,1,32] @ models/lib/nn.yaml:73:16
%3204 = const data=[8] : f32[] @ models/lib/nn.yaml:73:65
%3205 = broadcast %3204 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%3206 = div %3203, %3205 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%3207 = const data=[0.1] : f32[] @ models/dino_pass.yaml:138:43
%3208 = broadcast %3207 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%3209 = mul %3208, %3206 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%3210 = add %3200, %3209 : f32[1,1,32] @ models/dino_pass.yaml:138:38
%3211 = assign %163, %3210 : f32[1,1,32] @ models/dino_pass.yaml:138:13
%3212 = const data=[0.9] : f32[] @ models/dino_pass.yaml:142:28
%3213 = broadcast %3212 : f32[1,16] @ models/dino_pass.yaml:142:26
%3214 = mul %164, %3213 : f32[1,16] @ models/dino_pass.yaml:142:26
%3215 = reshape %932 : f32[32,16] @ models/dino_pass.yaml:142:81
%3216 = reshape %933 : f32[32,16] @ models/dino_pass.yaml:142:81
%3217 = reshape %1711 : f32[18,16] @ models/dino_pass.yaml:142:81
%3218 = reshape %1712 : f32[18,16] @ models/dino_pass.yaml:142:81
%3219 = concat %3215, %3216, %3217, %3218 axis=0 : f32[100,16] @ models/dino_pass.yaml:142:81
%3220 = reduce_sum %3219 axes=[0] keep=1 : f32[1,16] @ models/lib/nn.yaml:73:26
%3221 = all_reduce_sum %3220 : f32[1,16] @ models/lib/nn.yaml:73:16
%3222 = const data=[1e+02] : f32[] @ models/lib/nn.yaml:73:65
%3223 = broadcast %3222 : f32[1,16] @ models/lib/nn.yaml:73:52
%3224 = div %3221, %3223 : f32[1,16] @ models/lib/nn.yaml:73:52
%3225 = const data=[0.1] : f32[] @ models/dino_pass.yaml:142:49
%3226 = broadcast %3225 : f32[1,16] @ models/dino_pass.yaml:142:68
%3227 = mul %3226, %3224 : f32[1,16] @ models/dino_pass.yaml:142:68
%3228 = add %3214, %3227 : f32[1,16] @ models/dino_pass.yaml:142:44
%3229 = assign %164, %3228 : f32[1,16] @ models/dino_pass.yaml:142:13
%3230 = cast %1 : f64[] @ models/dino_pass.yaml:122:3
%3231 = cast %2 : f64[] @ models/dino_pass.yaml:123:3
%3232 = cast %3 : f64[] @ models/dino_pass.yaml:124:3
%3233 = const data=[1] : f32[] @ models/dino_pass.yaml:149:3
%3234 = mul %3233, %3194 : f32[] @ models/dino_pass.yaml:149:3
%3235 = div %3234, %3191 : f32[] @ models/dino_pass.yaml:149:3
%3236 = div %3235, %3188 : f32[] @ models/lib/dino.yaml:39:16
%3237 = reshape %3236 : f32[1,1] @ models/lib/dino.yaml:39:16
%3238 = broadcast %3237 : f32[2,9] @ models/lib/dino.yaml:39:16
%3239 = neg %3238 : f32[2,9] @ models/lib/dino.yaml:39:21
%3240 = reshape %3239 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%3241 = broadcast %3240 : f32[2,9,16] @ models/lib/dino.yaml:39:22
%3242 = mul %3241, %3171 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3243 = neg %3242 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3244 = reduce_sum %3243 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%3245 = div %3244, %3180 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3246 = broadcast %3245 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%3247 = mul %3246, %3179 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3248 = add %3242, %3247 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3249 = div %3248, %3173 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3250 = div %3235, %3156 : f32[] @ models/lib/dino.yaml:39:16
%3251 = reshape %3250 : f32[1,1] @ models/lib/dino.yaml:39:16
%3252 = broadcast %3251 : f32[2,9] @ models/lib/dino.yaml:39:16
%3253 = neg %3252 : f32[2,9] @ models/lib/dino.yaml:39:21
%3254 = reshape %3253 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%3255 = broadcast %3254 : f32[2,9,16] @ models/lib/dino.yaml:39:22
%3256 = mul %3255, %3139 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3257 = neg %3256 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3258 = reduce_sum %3257 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%3259 = div %3258, %3148 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3260 = broadcast %3259 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%3261 = mul %3260, %3147 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3262 = add %3256, %3261 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3263 = div %3262, %3141 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3264 = div %3235, %3124 : f32[] @ models/lib/dino.yaml:39:16
%3265 = reshape %3264 : f32[1,1] @ models/lib/dino.yaml:39:16
%3266 = broadcast %3265 : f32[2,16] @ models/lib/dino.yaml:39:16
%3267 = neg %3266 : f32[2,16] @ models/lib/dino.yaml:39:21
%3268 = reshape %3267 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%3269 = broadcast %3268 : f32[2,16,16] @ models/lib/dino.yaml:39:22
%3270 = mul %3269, %3107 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3271 = neg %3270 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3272 = reduce_sum %3271 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%3273 = div %3272, %3116 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3274 = broadcast %3273 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%3275 = mul %3274, %3115 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3276 = add %3270, %3275 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3277 = div %3276, %3109 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3278 = div %3235, %3093 : f32[] @ models/lib/dino.yaml:39:16
%3279 = reshape %3278 : f32[1,1] @ models/lib/dino.yaml:39:16
%3280 = broadcast %3279 : f32[2,16] @ models/lib/dino.yaml:39:16
%3281 = neg %3280 : f32[2,16] @ models/lib/dino.yaml:39:21
%3282 = reshape %3281 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%3283 = broadcast %3282 : f32[2,16,16] @ models/lib/dino.yaml:39:22
%3284 = mul %3283, %3076 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3285 = neg %3284 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3286 = reduce_sum %3285 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%3287 = div %3286, %3085 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3288 = broadcast %3287 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%3289 = mul %3288, %3084 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3290 = add %3284, %3289 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3291 = div %3290, %3078 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3292 = mul %3233, %3062 : f32[] @ models/dino_pass.yaml:145:3
%3293 = div %3292, %3059 : f32[] @ models/dino_pass.yaml:145:3
%3294 = div %3293, %3056 : f32[] @ models/lib/dino.yaml:39:16
%3295 = reshape %3294 : f32[1,1] @ models/lib/dino.yaml:39:16
%3296 = broadcast %3295 : f32[2,1] @ models/lib/dino.yaml:39:16
%3297 = neg %3296 : f32[2,1] @ models/lib/dino.yaml:39:21
%3298 = reshape %3297 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3299 = broadcast %3298 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3300 = mul %3299, %3039 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3301 = neg %3300 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3302 = reduce_sum %3301 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3303 = div %3302, %3048 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3304 = broadcast %3303 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3305 = mul %3304, %3047 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3306 = add %3300, %3305 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3307 = div %3306, %3041 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3308 = div %3293, %3024 : f32[] @ models/lib/dino.yaml:39:16
%3309 = reshape %3308 : f32[1,1] @ models/lib/dino.yaml:39:16
%3310 = broadcast %3309 : f32[2,1] @ models/lib/dino.yaml:39:16
%3311 = neg %3310 : f32[2,1] @ models/lib/dino.yaml:39:21
%3312 = reshape %3311 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3313 = broadcast %3312 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3314 = mul %3313, %3007 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3315 = neg %3314 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3316 = reduce_sum %3315 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3317 = div %3316, %3016 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3318 = broadcast %3317 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3319 = mul %3318, %3015 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3320 = add %3314, %3319 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3321 = div %3320, %3009 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3322 = div %3293, %2992 : f32[] @ models/lib/dino.yaml:39:16
%3323 = reshape %3322 : f32[1,1] @ models/lib/dino.yaml:39:16
%3324 = broadcast %3323 : f32[2,1] @ models/lib/dino.yaml:39:16
%3325 = neg %3324 : f32[2,1] @ models/lib/dino.yaml:39:21
%3326 = reshape %3325 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3327 = broadcast %3326 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3328 = mul %3327, %2975 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3329 = neg %3328 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3330 = reduce_sum %3329 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3331 = div %3330, %2984 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3332 = broadcast %3331 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3333 = mul %3332, %2983 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3334 = add %3328, %3333 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3335 = div %3334, %2977 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3336 = div %3293, %2960 : f32[] @ models/lib/dino.yaml:39:16
%3337 = reshape %3336 : f32[1,1] @ models/lib/dino.yaml:39:16
%3338 = broadcast %3337 : f32[2,1] @ models/lib/dino.yaml:39:16
%3339 = neg %3338 : f32[2,1] @ models/lib/dino.yaml:39:21
%3340 = reshape %3339 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3341 = broadcast %3340 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3342 = mul %3341, %2943 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3343 = neg %3342 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3344 = reduce_sum %3343 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3345 = div %3344, %2952 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3346 = broadcast %3345 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3347 = mul %3346, %2951 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3348 = add %3342, %3347 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3349 = div %3348, %2945 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3350 = add %3307, %3349 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3351 = div %3293, %2928 : f32[] @ models/lib/dino.yaml:39:16
%3352 = reshape %3351 : f32[1,1] @ models/lib/dino.yaml:39:16
%3353 = broadcast %3352 : f32[2,1] @ models/lib/dino.yaml:39:16
%3354 = neg %3353 : f32[2,1] @ models/lib/dino.yaml:39:21
%3355 = reshape %3354 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3356 = broadcast %3355 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3357 = mul %3356, %2911 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3358 = neg %3357 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3359 = reduce_sum %3358 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3360 = div %3359, %2920 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3361 = broadcast %3360 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3362 = mul %3361, %2919 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3363 = add %3357, %3362 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3364 = div %3363, %2913 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3365 = add %3321, %3364 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3366 = div %3293, %2897 : f32[] @ models/lib/dino.yaml:39:16
%3367 = reshape %3366 : f32[1,1] @ models/lib/dino.yaml:39:16
%3368 = broadcast %3367 : f32[2,1] @ models/lib/dino.yaml:39:16
%3369 = neg %3368 : f32[2,1] @ models/lib/dino.yaml:39:21
%3370 = reshape %3369 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3371 = broadcast %3370 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3372 = mul %3371, %2880 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3373 = neg %3372 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3374 = reduce_sum %3373 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3375 = div %3374, %2889 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3376 = broadcast %3375 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3377 = mul %3376, %2888 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3378 = add %3372, %3377 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3379 = div %3378, %2882 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3380 = pad %3249 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%3381 = pad %3263 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%3382 = add %3380, %3381 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%3383 = pad %3350 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3384 = pad %3365 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3385 = add %3383, %3384 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3386 = matmul %3382, %2862 ta=0 tb=0 : f32[4,9,8] @ models/lib/dino.yaml:23:18
%3387 = reshape %2855 : f32[36,8] @ models/lib/dino.yaml:23:18
%3388 = reshape %3382 : f32[36,16] @ models/lib/dino.yaml:23:18
%3389 = matmul %3388, %3387 ta=1 tb=0 : f32[16,8] @ models/lib/dino.yaml:23:18
%3390 = div %3389, %2861 : f32[16,8] @ models/lib/dino.yaml:22:33
%3391 = mul %3390, %2862 : f32[16,8] @ models/lib/dino.yaml:22:33
%3392 = neg %3391 : f32[16,8] @ models/lib/dino.yaml:22:33
%3393 = reduce_sum %3392 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%3394 = const data=[0.5] : f32[] @ models/lib/dino.yaml:22:35
%3395 = broadcast %3394 : f32[16,1] @ models/lib/dino.yaml:22:35
%3396 = mul %3393, %3395 : f32[16,1] @ models/lib/dino.yaml:22:35
%3397 = div %3396, %2860 : f32[16,1] @ models/lib/dino.yaml:22:35
%3398 = broadcast %3397 : f32[16,8] @ models/lib/dino.yaml:22:40
%3399 = mul %3398, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3400 = mul %3398, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3401 = add %3399, %3400 : f32[16,8] @ models/lib/dino.yaml:22:53
%3402 = mul %3390, %2856 : f32[16,8] @ models/lib/dino.yaml:22:22
%3403 = add %3401, %3402 : f32[16,8] @ models/lib/dino.yaml:22:22
%3404 = div %3386, %2854 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3405 = mul %3404, %2855 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3406 = neg %3405 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3407 = reduce_sum %3406 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:18
%3408 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%3409 = broadcast %3408 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3410 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%3411 = broadcast %3410 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3412 = mul %3407, %3411 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3413 = eq %2849, %2852 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%3414 = select %3413, %3412, %3409 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3415 = gt %2849, %2852 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%3416 = select %3415, %3407, %3414 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3417 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%3418 = broadcast %3417 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3419 = mul %3416, %3418 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3420 = div %3419, %2849 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3421 = broadcast %3420 : f32[4,9,8] @ models/lib/nn.yaml:33:29
%3422 = mul %3421, %2846 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3423 = add %3404, %3422 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3424 = mul %3421, %2846 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3425 = add %3423, %3424 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3426 = reduce_sum %3425 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%3427 = reshape %3426 : f32[8] @ models/lib/nn.yaml:84:18
%3428 = matmul %3425, %81 ta=0 tb=0 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%3429 = reshape %2843 : f32[36,24] @ models/lib/nn.yaml:83:15
%3430 = reshape %3425 : f32[36,8] @ models/lib/nn.yaml:83:15
%3431 = matmul %3430, %3429 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%3432 = mul %3428, %2842 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3433 = mul %3428, %2835 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3434 = mul %2838, %2838 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3435 = neg %3434 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3436 = exp %3435 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3437 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3438 = broadcast %3437 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3439 = mul %3436, %3438 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3440 = mul %3433, %3439 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3441 = mul %3440, %2837 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3442 = mul %3432, %2834 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3443 = add %3441, %3442 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3444 = reduce_sum %3443 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3445 = reshape %3444 : f32[24] @ models/lib/nn.yaml:84:18
%3446 = matmul %3443, %79 ta=0 tb=0 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%3447 = reshape %2829 : f32[36,24] @ models/lib/nn.yaml:83:15
%3448 = reshape %3443 : f32[36,24] @ models/lib/nn.yaml:83:15
%3449 = matmul %3448, %3447 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%3450 = mul %3446, %2828 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3451 = mul %3446, %2821 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3452 = mul %2824, %2824 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3453 = neg %3452 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3454 = exp %3453 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3455 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3456 = broadcast %3455 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3457 = mul %3454, %3456 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3458 = mul %3451, %3457 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3459 = mul %3458, %2823 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3460 = mul %3450, %2820 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3461 = add %3459, %3460 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3462 = reduce_sum %3461 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3463 = reshape %3462 : f32[24] @ models/lib/nn.yaml:84:18
%3464 = matmul %3461, %77 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3465 = reshape %2815 : f32[36,16] @ models/lib/nn.yaml:83:15
%3466 = reshape %3461 : f32[36,24] @ models/lib/nn.yaml:83:15
%3467 = matmul %3466, %3465 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%3468 = pad %3464 lo=[0,1,0] hi=[0,0,0] value=0 : f32[4,10,16] @ models/dino_pass.yaml:103:46
%3469 = matmul %3385, %2813 ta=0 tb=0 : f32[4,1,8] @ models/lib/dino.yaml:23:18
%3470 = reshape %2806 : f32[4,8] @ models/lib/dino.yaml:23:18
%3471 = reshape %3385 : f32[4,32] @ models/lib/dino.yaml:23:18
%3472 = matmul %3471, %3470 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%3473 = div %3472, %2812 : f32[32,8] @ models/lib/dino.yaml:22:33
%3474 = mul %3473, %2813 : f32[32,8] @ models/lib/dino.yaml:22:33
%3475 = neg %3474 : f32[32,8] @ models/lib/dino.yaml:22:33
%3476 = reduce_sum %3475 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%3477 = const data=[0.5] : f32[] @ models/lib/dino.yaml:22:35
%3478 = broadcast %3477 : f32[32,1] @ models/lib/dino.yaml:22:35
%3479 = mul %3476, %3478 : f32[32,1] @ models/lib/dino.yaml:22:35
%3480 = div %3479, %2811 : f32[32,1] @ models/lib/dino.yaml:22:35
%3481 = broadcast %3480 : f32[32,8] @ models/lib/dino.yaml:22:40
%3482 = mul %3481, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%3483 = mul %3481, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%3484 = add %3482, %3483 : f32[32,8] @ models/lib/dino.yaml:22:53
%3485 = mul %3473, %2807 : f32[32,8] @ models/lib/dino.yaml:22:22
%3486 = add %3484, %3485 : f32[32,8] @ models/lib/dino.yaml:22:22
%3487 = div %3469, %2805 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3488 = mul %3487, %2806 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3489 = neg %3488 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3490 = reduce_sum %3489 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%3491 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%3492 = broadcast %3491 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3493 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%3494 = broadcast %3493 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3495 = mul %3490, %3494 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3496 = eq %2800, %2803 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3497 = select %3496, %3495, %3492 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3498 = gt %2800, %2803 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3499 = select %3498, %3490, %3497 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3500 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%3501 = broadcast %3500 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3502 = mul %3499, %3501 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3503 = div %3502, %2800 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3504 = broadcast %3503 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%3505 = mul %3504, %2797 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3506 = add %3487, %3505 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3507 = mul %3504, %2797 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3508 = add %3506, %3507 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3509 = reduce_sum %3508 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%3510 = reshape %3509 : f32[8] @ models/lib/nn.yaml:84:18
%3511 = matmul %3508, %73 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%3512 = reshape %2794 : f32[4,24] @ models/lib/nn.yaml:83:15
%3513 = reshape %3508 : f32[4,8] @ models/lib/nn.yaml:83:15
%3514 = matmul %3513, %3512 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%3515 = mul %3511, %2793 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3516 = mul %3511, %2786 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3517 = mul %2789, %2789 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3518 = neg %3517 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3519 = exp %3518 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3520 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3521 = broadcast %3520 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3522 = mul %3519, %3521 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3523 = mul %3516, %3522 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3524 = mul %3523, %2788 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3525 = mul %3515, %2785 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3526 = add %3524, %3525 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3527 = reduce_sum %3526 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3528 = reshape %3527 : f32[24] @ models/lib/nn.yaml:84:18
%3529 = matmul %3526, %71 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%3530 = reshape %2780 : f32[4,24] @ models/lib/nn.yaml:83:15
%3531 = reshape %3526 : f32[4,24] @ models/lib/nn.yaml:83:15
%3532 = matmul %3531, %3530 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%3533 = mul %3529, %2779 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3534 = mul %3529, %2772 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3535 = mul %2775, %2775 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3536 = neg %3535 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3537 = exp %3536 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3538 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3539 = broadcast %3538 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3540 = mul %3537, %3539 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3541 = mul %3534, %3540 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3542 = mul %3541, %2774 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3543 = mul %3533, %2771 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3544 = add %3542, %3543 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3545 = reduce_sum %3544 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3546 = reshape %3545 : f32[24] @ models/lib/nn.yaml:84:18
%3547 = matmul %3544, %69 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3548 = reshape %2766 : f32[4,16] @ models/lib/nn.yaml:83:15
%3549 = reshape %3544 : f32[4,24] @ models/lib/nn.yaml:83:15
%3550 = matmul %3549, %3548 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%3551 = pad %3547 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%3552 = add %3468, %3551 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%3553 = reduce_sum %3552 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3554 = reshape %3553 : f32[16] @ models/lib/nn.yaml:96:46
%3555 = mul %3552, %2762 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3556 = mul %3552, %2761 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3557 = reduce_sum %3556 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3558 = reshape %3557 : f32[16] @ models/lib/nn.yaml:96:37
%3559 = mul %3555, %2760 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3560 = mul %3555, %2750 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3561 = reduce_sum %3560 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3562 = mul %2759, %2759 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3563 = mul %2759, %3562 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3564 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3565 = broadcast %3564 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3566 = mul %3563, %3565 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3567 = mul %3561, %3566 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3568 = div %3567, %2754 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3569 = broadcast %3568 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%3570 = mul %3569, %2750 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3571 = add %3559, %3570 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3572 = mul %3569, %2750 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3573 = add %3571, %3572 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3574 = neg %3573 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3575 = reduce_sum %3574 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3576 = div %3575, %2747 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3577 = broadcast %3576 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3578 = add %3573, %3577 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3579 = slice %3578 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%3580 = slice %3578 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:111:21
%3581 = reduce_sum %3579 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3582 = reshape %3581 : f32[16] @ models/lib/nn.yaml:84:18
%3583 = matmul %3579, %65 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3584 = reshape %2739 : f32[4,64] @ models/lib/nn.yaml:83:15
%3585 = reshape %3579 : f32[4,16] @ models/lib/nn.yaml:83:15
%3586 = matmul %3585, %3584 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3587 = mul %3583, %2738 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3588 = mul %3583, %2731 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3589 = mul %2734, %2734 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3590 = neg %3589 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3591 = exp %3590 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3592 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3593 = broadcast %3592 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3594 = mul %3591, %3593 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3595 = mul %3588, %3594 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3596 = mul %3595, %2733 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3597 = mul %3587, %2730 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3598 = add %3596, %3597 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3599 = reduce_sum %3598 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3600 = reshape %3599 : f32[64] @ models/lib/nn.yaml:84:18
%3601 = matmul %3598, %63 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3602 = reshape %2725 : f32[4,16] @ models/lib/nn.yaml:83:15
%3603 = reshape %3598 : f32[4,64] @ models/lib/nn.yaml:83:15
%3604 = matmul %3603, %3602 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3605 = reduce_sum %3601 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3606 = reshape %3605 : f32[16] @ models/lib/nn.yaml:96:46
%3607 = mul %3601, %2722 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3608 = mul %3601, %2721 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3609 = reduce_sum %3608 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3610 = reshape %3609 : f32[16] @ models/lib/nn.yaml:96:37
%3611 = mul %3607, %2720 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3612 = mul %3607, %2710 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3613 = reduce_sum %3612 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3614 = mul %2719, %2719 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3615 = mul %2719, %3614 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3616 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3617 = broadcast %3616 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3618 = mul %3615, %3617 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3619 = mul %3613, %3618 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3620 = div %3619, %2714 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3621 = broadcast %3620 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%3622 = mul %3621, %2710 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3623 = add %3611, %3622 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3624 = mul %3621, %2710 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3625 = add %3623, %3624 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3626 = add %3579, %3625 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3627 = neg %3625 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3628 = reduce_sum %3627 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3629 = div %3628, %2707 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3630 = broadcast %3629 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3631 = add %3626, %3630 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3632 = reduce_sum %3631 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3633 = reshape %3632 : f32[16] @ models/lib/nn.yaml:84:18
%3634 = matmul %3631, %59 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3635 = reshape %2700 : f32[4,16] @ models/lib/nn.yaml:83:15
%3636 = reshape %3631 : f32[4,16] @ models/lib/nn.yaml:83:15
%3637 = matmul %3636, %3635 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3638 = reshape %3634 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%3639 = permute %3638 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%3640 = permute %2674 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%3641 = reshape %3639 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%3642 = broadcast %3641 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3643 = reshape %3640 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3644 = broadcast %3643 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3645 = mul %3642, %3644 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3646 = reduce_sum %3645 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3647 = permute %2692 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%3648 = reshape %3647 : f32[4,2,10,1,1] @ models/lib/nn.yaml:56:23
%3649 = broadcast %3648 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%3650 = reshape %3639 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%3651 = broadcast %3650 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%3652 = mul %3649, %3651 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%3653 = reshape %3652 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3654 = div %3646, %2691 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3655 = mul %3654, %2692 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3656 = neg %3655 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3657 = reduce_sum %3656 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3658 = broadcast %3657 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3659 = add %3654, %3658 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3660 = mul %3659, %2689 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3661 = mul %3660, %2683 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3662 = reshape %3661 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%3663 = broadcast %3662 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3664 = reshape %2669 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3665 = broadcast %3664 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3666 = mul %3663, %3665 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3667 = reduce_sum %3666 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3668 = permute %3661 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%3669 = reshape %3668 : f32[4,2,10,1,1] @ models/lib/nn.yaml:55:23
%3670 = broadcast %3669 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%3671 = reshape %2664 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%3672 = broadcast %3671 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%3673 = mul %3670, %3672 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%3674 = reshape %3673 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3675 = permute %3653 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%3676 = reshape %3675 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%3677 = reduce_sum %3676 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3678 = reshape %3677 : f32[16] @ models/lib/nn.yaml:84:18
%3679 = matmul %3676, %57 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3680 = reshape %2658 : f32[40,16] @ models/lib/nn.yaml:83:15
%3681 = reshape %3676 : f32[40,16] @ models/lib/nn.yaml:83:15
%3682 = matmul %3681, %3680 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3683 = permute %3674 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%3684 = reshape %3683 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%3685 = reduce_sum %3684 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3686 = reshape %3685 : f32[16] @ models/lib/nn.yaml:84:18
%3687 = matmul %3684, %55 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3688 = add %3679, %3687 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3689 = reshape %2658 : f32[40,16] @ models/lib/nn.yaml:83:15
%3690 = reshape %3684 : f32[40,16] @ models/lib/nn.yaml:83:15
%3691 = matmul %3690, %3689 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3692 = permute %3667 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%3693 = reshape %3692 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%3694 = reduce_sum %3693 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3695 = reshape %3694 : f32[16] @ models/lib/nn.yaml:84:18
%3696 = matmul %3693, %53 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3697 = reshape %2659 : f32[4,16] @ models/lib/nn.yaml:83:15
%3698 = reshape %3693 : f32[4,16] @ models/lib/nn.yaml:83:15
%3699 = matmul %3698, %3697 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3700 = pad %3696 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3701 = add %3688, %3700 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3702 = reduce_sum %3701 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3703 = reshape %3702 : f32[16] @ models/lib/nn.yaml:96:46
%3704 = mul %3701, %2655 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3705 = mul %3701, %2654 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3706 = reduce_sum %3705 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3707 = reshape %3706 : f32[16] @ models/lib/nn.yaml:96:37
%3708 = mul %3704, %2653 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3709 = mul %3704, %2643 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3710 = reduce_sum %3709 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3711 = mul %2652, %2652 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3712 = mul %2652, %3711 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3713 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3714 = broadcast %3713 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3715 = mul %3712, %3714 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3716 = mul %3710, %3715 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3717 = div %3716, %2647 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3718 = broadcast %3717 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%3719 = mul %3718, %2643 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3720 = add %3708, %3719 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3721 = mul %3718, %2643 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3722 = add %3720, %3721 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3723 = neg %3722 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3724 = reduce_sum %3723 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3725 = div %3724, %2640 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3726 = broadcast %3725 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3727 = add %3722, %3726 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3728 = slice %3727 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3729 = add %3631, %3728 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3730 = slice %3727 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3731 = add %3580, %3730 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3732 = reduce_sum %3729 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3733 = reshape %3732 : f32[16] @ models/lib/nn.yaml:84:18
%3734 = matmul %3729, %49 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3735 = reshape %2632 : f32[4,64] @ models/lib/nn.yaml:83:15
%3736 = reshape %3729 : f32[4,16] @ models/lib/nn.yaml:83:15
%3737 = matmul %3736, %3735 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3738 = mul %3734, %2631 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3739 = mul %3734, %2624 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3740 = mul %2627, %2627 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3741 = neg %3740 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3742 = exp %3741 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3743 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3744 = broadcast %3743 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3745 = mul %3742, %3744 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3746 = mul %3739, %3745 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3747 = mul %3746, %2626 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3748 = mul %3738, %2623 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3749 = add %3747, %3748 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3750 = reduce_sum %3749 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3751 = reshape %3750 : f32[64] @ models/lib/nn.yaml:84:18
%3752 = matmul %3749, %47 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3753 = reshape %2618 : f32[4,16] @ models/lib/nn.yaml:83:15
%3754 = reshape %3749 : f32[4,64] @ models/lib/nn.yaml:83:15
%3755 = matmul %3754, %3753 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3756 = reduce_sum %3752 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3757 = reshape %3756 : f32[16] @ models/lib/nn.yaml:96:46
%3758 = mul %3752, %2615 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3759 = mul %3752, %2614 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3760 = reduce_sum %3759 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3761 = reshape %3760 : f32[16] @ models/lib/nn.yaml:96:37
%3762 = mul %3758, %2613 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3763 = mul %3758, %2603 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3764 = reduce_sum %3763 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3765 = mul %2612, %2612 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3766 = mul %2612, %3765 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3767 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3768 = broadcast %3767 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3769 = mul %3766, %3768 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3770 = mul %3764, %3769 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3771 = div %3770, %2607 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3772 = broadcast %3771 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%3773 = mul %3772, %2603 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3774 = add %3762, %3773 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3775 = mul %3772, %2603 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3776 = add %3774, %3775 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3777 = add %3729, %3776 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3778 = neg %3776 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3779 = reduce_sum %3778 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3780 = div %3779, %2600 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3781 = broadcast %3780 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3782 = add %3777, %3781 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3783 = reduce_sum %3782 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3784 = reshape %3783 : f32[16] @ models/lib/nn.yaml:84:18
%3785 = matmul %3782, %43 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3786 = reshape %2593 : f32[4,16] @ models/lib/nn.yaml:83:15
%3787 = reshape %3782 : f32[4,16] @ models/lib/nn.yaml:83:15
%3788 = matmul %3787, %3786 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3789 = reshape %3785 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%3790 = permute %3789 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%3791 = permute %2567 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%3792 = reshape %3790 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%3793 = broadcast %3792 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3794 = reshape %3791 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3795 = broadcast %3794 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3796 = mul %3793, %3795 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3797 = reduce_sum %3796 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3798 = permute %2585 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%3799 = reshape %3798 : f32[4,2,10,1,1] @ models/lib/nn.yaml:56:23
%3800 = broadcast %3799 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%3801 = reshape %3790 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%3802 = broadcast %3801 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%3803 = mul %3800, %3802 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%3804 = reshape %3803 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3805 = div %3797, %2584 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3806 = mul %3805, %2585 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3807 = neg %3806 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3808 = reduce_sum %3807 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3809 = broadcast %3808 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3810 = add %3805, %3809 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3811 = mul %3810, %2582 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3812 = mul %3811, %2576 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3813 = reshape %3812 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%3814 = broadcast %3813 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3815 = reshape %2562 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3816 = broadcast %3815 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3817 = mul %3814, %3816 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3818 = reduce_sum %3817 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3819 = permute %3812 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%3820 = reshape %3819 : f32[4,2,10,1,1] @ models/lib/nn.yaml:55:23
%3821 = broadcast %3820 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%3822 = reshape %2557 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%3823 = broadcast %3822 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%3824 = mul %3821, %3823 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%3825 = reshape %3824 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3826 = permute %3804 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%3827 = reshape %3826 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%3828 = reduce_sum %3827 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3829 = reshape %3828 : f32[16] @ models/lib/nn.yaml:84:18
%3830 = matmul %3827, %41 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3831 = reshape %2551 : f32[40,16] @ models/lib/nn.yaml:83:15
%3832 = reshape %3827 : f32[40,16] @ models/lib/nn.yaml:83:15
%3833 = matmul %3832, %3831 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3834 = permute %3825 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%3835 = reshape %3834 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%3836 = reduce_sum %3835 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3837 = reshape %3836 : f32[16] @ models/lib/nn.yaml:84:18
%3838 = matmul %3835, %39 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3839 = add %3830, %3838 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3840 = reshape %2551 : f32[40,16] @ models/lib/nn.yaml:83:15
%3841 = reshape %3835 : f32[40,16] @ models/lib/nn.yaml:83:15
%3842 = matmul %3841, %3840 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3843 = permute %3818 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%3844 = reshape %3843 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%3845 = reduce_sum %3844 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3846 = reshape %3845 : f32[16] @ models/lib/nn.yaml:84:18
%3847 = matmul %3844, %37 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3848 = reshape %2552 : f32[4,16] @ models/lib/nn.yaml:83:15
%3849 = reshape %3844 : f32[4,16] @ models/lib/nn.yaml:83:15
%3850 = matmul %3849, %3848 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3851 = pad %3847 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3852 = add %3839, %3851 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3853 = reduce_sum %3852 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3854 = reshape %3853 : f32[16] @ models/lib/nn.yaml:96:46
%3855 = mul %3852, %2548 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3856 = mul %3852, %2547 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3857 = reduce_sum %3856 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3858 = reshape %3857 : f32[16] @ models/lib/nn.yaml:96:37
%3859 = mul %3855, %2546 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3860 = mul %3855, %2536 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3861 = reduce_sum %3860 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3862 = mul %2545, %2545 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3863 = mul %2545, %3862 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3864 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3865 = broadcast %3864 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3866 = mul %3863, %3865 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3867 = mul %3861, %3866 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3868 = div %3867, %2540 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3869 = broadcast %3868 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%3870 = mul %3869, %2536 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3871 = add %3859, %3870 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3872 = mul %3869, %2536 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3873 = add %3871, %3872 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3874 = neg %3873 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3875 = reduce_sum %3874 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3876 = div %3875, %2533 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3877 = broadcast %3876 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3878 = add %3873, %3877 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3879 = slice %3878 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3880 = add %3782, %3879 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3881 = slice %3878 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3882 = add %3731, %3881 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3883 = reduce_sum %3880 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%3884 = mul %3882, %2526 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3885 = div %3884, %2518 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3886 = reduce_sum %3885 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3887 = reshape %3886 : f32[16] @ models/lib/nn.yaml:84:18
%3888 = matmul %3885, %32 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%3889 = reshape %2513 : f32[36,64] @ models/lib/nn.yaml:83:15
%3890 = reshape %3885 : f32[36,16] @ models/lib/nn.yaml:83:15
%3891 = matmul %3890, %3889 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3892 = mul %3888, %2512 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3893 = mul %3888, %2505 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3894 = mul %2508, %2508 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3895 = neg %3894 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3896 = exp %3895 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3897 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3898 = broadcast %3897 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3899 = mul %3896, %3898 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3900 = mul %3893, %3899 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3901 = mul %3900, %2507 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3902 = mul %3892, %2504 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3903 = add %3901, %3902 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3904 = reduce_sum %3903 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3905 = reshape %3904 : f32[64] @ models/lib/nn.yaml:84:18
%3906 = matmul %3903, %30 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3907 = reshape %2499 : f32[36,16] @ models/lib/nn.yaml:83:15
%3908 = reshape %3903 : f32[36,64] @ models/lib/nn.yaml:83:15
%3909 = matmul %3908, %3907 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3910 = reduce_sum %3906 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3911 = reshape %3910 : f32[16] @ models/lib/nn.yaml:96:46
%3912 = mul %3906, %2496 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3913 = mul %3906, %2495 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3914 = reduce_sum %3913 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3915 = reshape %3914 : f32[16] @ models/lib/nn.yaml:96:37
%3916 = mul %3912, %2494 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3917 = mul %3912, %2484 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3918 = reduce_sum %3917 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3919 = mul %2493, %2493 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3920 = mul %2493, %3919 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3921 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3922 = broadcast %3921 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3923 = mul %3920, %3922 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3924 = mul %3918, %3923 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3925 = div %3924, %2488 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3926 = broadcast %3925 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%3927 = mul %3926, %2484 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3928 = add %3916, %3927 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3929 = mul %3926, %2484 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3930 = add %3928, %3929 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3931 = add %3882, %3930 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3932 = neg %3930 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3933 = reduce_sum %3932 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3934 = div %3933, %2481 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3935 = broadcast %3934 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3936 = add %3931, %3935 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3937 = mul %3936, %2476 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3938 = div %3937, %2468 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3939 = reduce_sum %3938 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3940 = reshape %3939 : f32[16] @ models/lib/nn.yaml:84:18
%3941 = matmul %3938, %26 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3942 = reshape %2463 : f32[36,16] @ models/lib/nn.yaml:83:15
%3943 = reshape %3938 : f32[36,16] @ models/lib/nn.yaml:83:15
%3944 = matmul %3943, %3942 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3945 = reshape %3941 : f32[4,9,2,8] @ models/lib/nn.yaml:57:16
%3946 = permute %3945 perm=[0,2,1,3] : f32[4,2,9,8] @ models/lib/nn.yaml:56:13
%3947 = permute %2437 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%3948 = reshape %3946 : f32[4,2,9,8,1] @ models/lib/nn.yaml:56:23
%3949 = broadcast %3948 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%3950 = reshape %3947 : f32[4,2,1,8,9] @ models/lib/nn.yaml:56:23
%3951 = broadcast %3950 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%3952 = mul %3949, %3951 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%3953 = reduce_sum %3952 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3954 = permute %2455 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3955 = reshape %3954 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3956 = broadcast %3955 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3957 = reshape %3946 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%3958 = broadcast %3957 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3959 = mul %3956, %3958 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3960 = reduce_sum %3959 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3961 = div %3953, %2454 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3962 = mul %3961, %2455 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3963 = neg %3962 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3964 = reduce_sum %3963 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%3965 = broadcast %3964 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3966 = add %3961, %3965 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3967 = mul %3966, %2452 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3968 = mul %3967, %2446 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3969 = reshape %3968 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3970 = broadcast %3969 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3971 = reshape %2435 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%3972 = broadcast %3971 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3973 = mul %3970, %3972 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3974 = reduce_sum %3973 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3975 = permute %3968 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3976 = reshape %3975 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3977 = broadcast %3976 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3978 = reshape %2433 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%3979 = broadcast %3978 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3980 = mul %3977, %3979 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3981 = reduce_sum %3980 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3982 = reshape %3960 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3983 = pad %3982 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:40
%3984 = reshape %3981 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%3985 = pad %3984 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%3986 = add %3983, %3985 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%3987 = reshape %3974 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%3988 = pad %3987 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%3989 = add %3986, %3988 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%3990 = permute %3989 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%3991 = reshape %3990 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%3992 = reduce_sum %3991 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%3993 = reshape %3992 : f32[48] @ models/lib/nn.yaml:84:18
%3994 = matmul %3991, %24 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3995 = reshape %2426 : f32[36,16] @ models/lib/nn.yaml:83:15
%3996 = reshape %3991 : f32[36,48] @ models/lib/nn.yaml:83:15
%3997 = matmul %3996, %3995 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%3998 = reduce_sum %3994 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3999 = reshape %3998 : f32[16] @ models/lib/nn.yaml:96:46
%4000 = mul %3994, %2423 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4001 = mul %3994, %2422 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4002 = reduce_sum %4001 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4003 = reshape %4002 : f32[16] @ models/lib/nn.yaml:96:37
%4004 = mul %4000, %2421 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4005 = mul %4000, %2411 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4006 = reduce_sum %4005 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4007 = mul %2420, %2420 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4008 = mul %2420, %4007 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4009 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4010 = broadcast %4009 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4011 = mul %4008, %4010 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4012 = mul %4006, %4011 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4013 = div %4012, %2415 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4014 = broadcast %4013 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4015 = mul %4014, %2411 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4016 = add %4004, %4015 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4017 = mul %4014, %2411 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4018 = add %4016, %4017 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4019 = add %3936, %4018 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4020 = neg %4018 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4021 = reduce_sum %4020 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4022 = div %4021, %2408 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4023 = broadcast %4022 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4024 = add %4019, %4023 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4025 = reduce_sum %4024 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4026 = reshape %4025 : f32[16] @ models/lib/nn.yaml:84:18
%4027 = matmul %4024, %20 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%4028 = reshape %2401 : f32[36,64] @ models/lib/nn.yaml:83:15
%4029 = reshape %4024 : f32[36,16] @ models/lib/nn.yaml:83:15
%4030 = matmul %4029, %4028 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4031 = mul %4027, %2400 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4032 = mul %4027, %2393 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4033 = mul %2396, %2396 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4034 = neg %4033 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4035 = exp %4034 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4036 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4037 = broadcast %4036 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4038 = mul %4035, %4037 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4039 = mul %4032, %4038 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4040 = mul %4039, %2395 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4041 = mul %4031, %2392 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4042 = add %4040, %4041 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4043 = reduce_sum %4042 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4044 = reshape %4043 : f32[64] @ models/lib/nn.yaml:84:18
%4045 = matmul %4042, %18 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4046 = reshape %2387 : f32[36,16] @ models/lib/nn.yaml:83:15
%4047 = reshape %4042 : f32[36,64] @ models/lib/nn.yaml:83:15
%4048 = matmul %4047, %4046 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4049 = reduce_sum %4045 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4050 = reshape %4049 : f32[16] @ models/lib/nn.yaml:96:46
%4051 = mul %4045, %2384 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4052 = mul %4045, %2383 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4053 = reduce_sum %4052 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4054 = reshape %4053 : f32[16] @ models/lib/nn.yaml:96:37
%4055 = mul %4051, %2382 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4056 = mul %4051, %2372 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4057 = reduce_sum %4056 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4058 = mul %2381, %2381 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4059 = mul %2381, %4058 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4060 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4061 = broadcast %4060 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4062 = mul %4059, %4061 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4063 = mul %4057, %4062 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4064 = div %4063, %2376 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4065 = broadcast %4064 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4066 = mul %4065, %2372 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4067 = add %4055, %4066 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4068 = mul %4065, %2372 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4069 = add %4067, %4068 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4070 = add %4024, %4069 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4071 = neg %4069 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4072 = reduce_sum %4071 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4073 = div %4072, %2369 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4074 = broadcast %4073 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4075 = add %4070, %4074 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4076 = reduce_sum %4075 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4077 = reshape %4076 : f32[16] @ models/lib/nn.yaml:84:18
%4078 = matmul %4075, %14 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4079 = reshape %2362 : f32[36,16] @ models/lib/nn.yaml:83:15
%4080 = reshape %4075 : f32[36,16] @ models/lib/nn.yaml:83:15
%4081 = matmul %4080, %4079 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4082 = reshape %4078 : f32[4,9,2,8] @ models/lib/nn.yaml:57:16
%4083 = permute %4082 perm=[0,2,1,3] : f32[4,2,9,8] @ models/lib/nn.yaml:56:13
%4084 = permute %2336 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%4085 = reshape %4083 : f32[4,2,9,8,1] @ models/lib/nn.yaml:56:23
%4086 = broadcast %4085 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%4087 = reshape %4084 : f32[4,2,1,8,9] @ models/lib/nn.yaml:56:23
%4088 = broadcast %4087 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%4089 = mul %4086, %4088 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%4090 = reduce_sum %4089 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4091 = permute %2354 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4092 = reshape %4091 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%4093 = broadcast %4092 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4094 = reshape %4083 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%4095 = broadcast %4094 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4096 = mul %4093, %4095 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4097 = reduce_sum %4096 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4098 = div %4090, %2353 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4099 = mul %4098, %2354 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4100 = neg %4099 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4101 = reduce_sum %4100 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%4102 = broadcast %4101 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4103 = add %4098, %4102 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4104 = mul %4103, %2351 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4105 = mul %4104, %2345 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%4106 = reshape %4105 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4107 = broadcast %4106 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4108 = reshape %2334 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4109 = broadcast %4108 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4110 = mul %4107, %4109 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4111 = reduce_sum %4110 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4112 = permute %4105 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4113 = reshape %4112 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4114 = broadcast %4113 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4115 = reshape %2332 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4116 = broadcast %4115 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4117 = mul %4114, %4116 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4118 = reduce_sum %4117 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4119 = reshape %4097 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%4120 = pad %4119 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:40
%4121 = reshape %4118 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%4122 = pad %4121 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%4123 = add %4120, %4122 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%4124 = reshape %4111 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%4125 = pad %4124 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4126 = add %4123, %4125 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4127 = permute %4126 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%4128 = reshape %4127 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%4129 = reduce_sum %4128 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4130 = reshape %4129 : f32[48] @ models/lib/nn.yaml:84:18
%4131 = matmul %4128, %12 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4132 = reshape %2325 : f32[36,16] @ models/lib/nn.yaml:83:15
%4133 = reshape %4128 : f32[36,48] @ models/lib/nn.yaml:83:15
%4134 = matmul %4133, %4132 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%4135 = reduce_sum %4131 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4136 = reshape %4135 : f32[16] @ models/lib/nn.yaml:96:46
%4137 = mul %4131, %2322 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4138 = mul %4131, %2321 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4139 = reduce_sum %4138 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4140 = reshape %4139 : f32[16] @ models/lib/nn.yaml:96:37
%4141 = mul %4137, %2320 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4142 = mul %4137, %2310 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4143 = reduce_sum %4142 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4144 = mul %2319, %2319 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4145 = mul %2319, %4144 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4146 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4147 = broadcast %4146 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4148 = mul %4145, %4147 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4149 = mul %4143, %4148 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4150 = div %4149, %2314 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4151 = broadcast %4150 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4152 = mul %4151, %2310 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4153 = add %4141, %4152 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4154 = mul %4151, %2310 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4155 = add %4153, %4154 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4156 = add %4075, %4155 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4157 = neg %4155 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4158 = reduce_sum %4157 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4159 = div %4158, %2307 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4160 = broadcast %4159 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4161 = add %4156, %4160 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4162 = reduce_sum %4161 axes=[0] keep=1 : f32[1,9,16] @ models/lib/vit.yaml:62:15
%4163 = reshape %4162 : f32[3,3,16] @ models/lib/vit.yaml:36:16
%4164 = permute %4163 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%4165 = reshape %4164 : f32[3,48] @ models/lib/vit.yaml:35:21
%4166 = matmul %2293, %4165 ta=1 tb=0 : f32[4,48] @ models/lib/vit.yaml:34:15
%4167 = reshape %4166 : f32[4,3,16] @ models/lib/vit.yaml:34:17
%4168 = permute %4167 perm=[1,0,2] : f32[3,4,16] @ models/lib/vit.yaml:33:13
%4169 = reshape %4168 : f32[3,64] @ models/lib/vit.yaml:33:21
%4170 = matmul %2293, %4169 ta=1 tb=0 : f32[4,64] @ models/lib/vit.yaml:32:15
%4171 = reshape %4170 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%4172 = reduce_sum %4161 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%4173 = reshape %4172 : f32[16] @ models/lib/vit.yaml:17:71
%4174 = reshape %2288 : f32[36,48] @ models/lib/vit.yaml:17:18
%4175 = reshape %4161 : f32[36,16] @ models/lib/vit.yaml:17:18
%4176 = matmul %4175, %4174 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%4177 = reshape %4176 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%4178 = pad %3277 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%4179 = pad %3291 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%4180 = add %4178, %4179 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%4181 = pad %3379 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%4182 = pad %3335 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%4183 = add %4181, %4182 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%4184 = matmul %4180, %2280 ta=0 tb=0 : f32[4,16,8] @ models/lib/dino.yaml:23:18
%4185 = reshape %2273 : f32[64,8] @ models/lib/dino.yaml:23:18
%4186 = reshape %4180 : f32[64,16] @ models/lib/dino.yaml:23:18
%4187 = matmul %4186, %4185 ta=1 tb=0 : f32[16,8] @ models/lib/dino.yaml:23:18
%4188 = div %4187, %2279 : f32[16,8] @ models/lib/dino.yaml:22:33
%4189 = mul %4188, %2280 : f32[16,8] @ models/lib/dino.yaml:22:33
%4190 = neg %4189 : f32[16,8] @ models/lib/dino.yaml:22:33
%4191 = reduce_sum %4190 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%4192 = const data=[0.5] : f32[] @ models/lib/dino.yaml:22:35
%4193 = broadcast %4192 : f32[16,1] @ models/lib/dino.yaml:22:35
%4194 = mul %4191, %4193 : f32[16,1] @ models/lib/dino.yaml:22:35
%4195 = div %4194, %2278 : f32[16,1] @ models/lib/dino.yaml:22:35
%4196 = broadcast %4195 : f32[16,8] @ models/lib/dino.yaml:22:40
%4197 = mul %4196, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%4198 = add %3403, %4197 : f32[16,8] @ models/lib/dino.yaml:22:53
%4199 = mul %4196, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%4200 = add %4198, %4199 : f32[16,8] @ models/lib/dino.yaml:22:53
%4201 = mul %4188, %2274 : f32[16,8] @ models/lib/dino.yaml:22:22
%4202 = add %4200, %4201 : f32[16,8] @ models/lib/dino.yaml:22:22
%4203 = div %4184, %2272 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4204 = mul %4203, %2273 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4205 = neg %4204 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4206 = reduce_sum %4205 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%4207 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%4208 = broadcast %4207 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4209 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%4210 = broadcast %4209 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4211 = mul %4206, %4210 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4212 = eq %2267, %2270 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%4213 = select %4212, %4211, %4208 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4214 = gt %2267, %2270 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%4215 = select %4214, %4206, %4213 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4216 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%4217 = broadcast %4216 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4218 = mul %4215, %4217 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4219 = div %4218, %2267 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4220 = broadcast %4219 : f32[4,16,8] @ models/lib/nn.yaml:33:29
%4221 = mul %4220, %2264 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4222 = add %4203, %4221 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4223 = mul %4220, %2264 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4224 = add %4222, %4223 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4225 = reduce_sum %4224 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4226 = reshape %4225 : f32[8] @ models/lib/nn.yaml:84:18
%4227 = add %3427, %4226 : f32[8] @ models/lib/nn.yaml:84:18
%4228 = matmul %4224, %81 ta=0 tb=0 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%4229 = reshape %2261 : f32[64,24] @ models/lib/nn.yaml:83:15
%4230 = reshape %4224 : f32[64,8] @ models/lib/nn.yaml:83:15
%4231 = matmul %4230, %4229 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%4232 = add %3431, %4231 : f32[8,24] @ models/lib/nn.yaml:83:15
%4233 = mul %4228, %2260 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4234 = mul %4228, %2253 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4235 = mul %2256, %2256 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4236 = neg %4235 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4237 = exp %4236 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4238 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4239 = broadcast %4238 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4240 = mul %4237, %4239 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4241 = mul %4234, %4240 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4242 = mul %4241, %2255 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%4243 = mul %4233, %2252 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4244 = add %4242, %4243 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4245 = reduce_sum %4244 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4246 = reshape %4245 : f32[24] @ models/lib/nn.yaml:84:18
%4247 = add %3445, %4246 : f32[24] @ models/lib/nn.yaml:84:18
%4248 = matmul %4244, %79 ta=0 tb=0 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%4249 = reshape %2247 : f32[64,24] @ models/lib/nn.yaml:83:15
%4250 = reshape %4244 : f32[64,24] @ models/lib/nn.yaml:83:15
%4251 = matmul %4250, %4249 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%4252 = add %3449, %4251 : f32[24,24] @ models/lib/nn.yaml:83:15
%4253 = mul %4248, %2246 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4254 = mul %4248, %2239 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4255 = mul %2242, %2242 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4256 = neg %4255 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4257 = exp %4256 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4258 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4259 = broadcast %4258 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4260 = mul %4257, %4259 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4261 = mul %4254, %4260 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4262 = mul %4261, %2241 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%4263 = mul %4253, %2238 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4264 = add %4262, %4263 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4265 = reduce_sum %4264 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4266 = reshape %4265 : f32[24] @ models/lib/nn.yaml:84:18
%4267 = add %3463, %4266 : f32[24] @ models/lib/nn.yaml:84:18
%4268 = matmul %4264, %77 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4269 = reshape %2233 : f32[64,16] @ models/lib/nn.yaml:83:15
%4270 = reshape %4264 : f32[64,24] @ models/lib/nn.yaml:83:15
%4271 = matmul %4270, %4269 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%4272 = add %3467, %4271 : f32[24,16] @ models/lib/nn.yaml:83:15
%4273 = pad %4268 lo=[0,1,0] hi=[0,0,0] value=0 : f32[4,17,16] @ models/dino_pass.yaml:103:46
%4274 = matmul %4183, %2231 ta=0 tb=0 : f32[4,1,8] @ models/lib/dino.yaml:23:18
%4275 = reshape %2224 : f32[4,8] @ models/lib/dino.yaml:23:18
%4276 = reshape %4183 : f32[4,32] @ models/lib/dino.yaml:23:18
%4277 = matmul %4276, %4275 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%4278 = div %4277, %2230 : f32[32,8] @ models/lib/dino.yaml:22:33
%4279 = mul %4278, %2231 : f32[32,8] @ models/lib/dino.yaml:22:33
%4280 = neg %4279 : f32[32,8] @ models/lib/dino.yaml:22:33
%4281 = reduce_sum %4280 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%4282 = const data=[0.5] : f32[] @ models/lib/dino.yaml:22:35
%4283 = broadcast %4282 : f32[32,1] @ models/lib/dino.yaml:22:35
%4284 = mul %4281, %4283 : f32[32,1] @ models/lib/dino.yaml:22:35
%4285 = div %4284, %2229 : f32[32,1] @ models/lib/dino.yaml:22:35
%4286 = broadcast %4285 : f32[32,8] @ models/lib/dino.yaml:22:40
%4287 = mul %4286, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%4288 = add %3486, %4287 : f32[32,8] @ models/lib/dino.yaml:22:53
%4289 = mul %4286, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%4290 = add %4288, %4289 : f32[32,8] @ models/lib/dino.yaml:22:53
%4291 = mul %4278, %2225 : f32[32,8] @ models/lib/dino.yaml:22:22
%4292 = add %4290, %4291 : f32[32,8] @ models/lib/dino.yaml:22:22
%4293 = div %4274, %2223 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4294 = mul %4293, %2224 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4295 = neg %4294 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4296 = reduce_sum %4295 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%4297 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%4298 = broadcast %4297 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4299 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%4300 = broadcast %4299 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4301 = mul %4296, %4300 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4302 = eq %2218, %2221 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4303 = select %4302, %4301, %4298 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4304 = gt %2218, %2221 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4305 = select %4304, %4296, %4303 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4306 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%4307 = broadcast %4306 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4308 = mul %4305, %4307 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4309 = div %4308, %2218 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4310 = broadcast %4309 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%4311 = mul %4310, %2215 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4312 = add %4293, %4311 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4313 = mul %4310, %2215 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4314 = add %4312, %4313 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4315 = reduce_sum %4314 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4316 = reshape %4315 : f32[8] @ models/lib/nn.yaml:84:18
%4317 = add %3510, %4316 : f32[8] @ models/lib/nn.yaml:84:18
%4318 = matmul %4314, %73 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%4319 = reshape %2212 : f32[4,24] @ models/lib/nn.yaml:83:15
%4320 = reshape %4314 : f32[4,8] @ models/lib/nn.yaml:83:15
%4321 = matmul %4320, %4319 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%4322 = add %3514, %4321 : f32[8,24] @ models/lib/nn.yaml:83:15
%4323 = mul %4318, %2211 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4324 = mul %4318, %2204 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4325 = mul %2207, %2207 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4326 = neg %4325 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4327 = exp %4326 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4328 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4329 = broadcast %4328 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4330 = mul %4327, %4329 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4331 = mul %4324, %4330 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4332 = mul %4331, %2206 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4333 = mul %4323, %2203 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4334 = add %4332, %4333 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4335 = reduce_sum %4334 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4336 = reshape %4335 : f32[24] @ models/lib/nn.yaml:84:18
%4337 = add %3528, %4336 : f32[24] @ models/lib/nn.yaml:84:18
%4338 = matmul %4334, %71 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%4339 = reshape %2198 : f32[4,24] @ models/lib/nn.yaml:83:15
%4340 = reshape %4334 : f32[4,24] @ models/lib/nn.yaml:83:15
%4341 = matmul %4340, %4339 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%4342 = add %3532, %4341 : f32[24,24] @ models/lib/nn.yaml:83:15
%4343 = mul %4338, %2197 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4344 = mul %4338, %2190 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4345 = mul %2193, %2193 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4346 = neg %4345 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4347 = exp %4346 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4348 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4349 = broadcast %4348 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4350 = mul %4347, %4349 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4351 = mul %4344, %4350 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4352 = mul %4351, %2192 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4353 = mul %4343, %2189 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4354 = add %4352, %4353 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4355 = reduce_sum %4354 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4356 = reshape %4355 : f32[24] @ models/lib/nn.yaml:84:18
%4357 = add %3546, %4356 : f32[24] @ models/lib/nn.yaml:84:18
%4358 = matmul %4354, %69 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4359 = reshape %2184 : f32[4,16] @ models/lib/nn.yaml:83:15
%4360 = reshape %4354 : f32[4,24] @ models/lib/nn.yaml:83:15
%4361 = matmul %4360, %4359 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%4362 = add %3550, %4361 : f32[24,16] @ models/lib/nn.yaml:83:15
%4363 = pad %4358 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%4364 = add %4273, %4363 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%4365 = reduce_sum %4364 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4366 = reshape %4365 : f32[16] @ models/lib/nn.yaml:96:46
%4367 = add %3554, %4366 : f32[16] @ models/lib/nn.yaml:96:46
%4368 = mul %4364, %2180 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4369 = mul %4364, %2179 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4370 = reduce_sum %4369 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4371 = reshape %4370 : f32[16] @ models/lib/nn.yaml:96:37
%4372 = add %3558, %4371 : f32[16] @ models/lib/nn.yaml:96:37
%4373 = mul %4368, %2178 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4374 = mul %4368, %2168 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4375 = reduce_sum %4374 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%4376 = mul %2177, %2177 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4377 = mul %2177, %4376 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4378 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4379 = broadcast %4378 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4380 = mul %4377, %4379 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4381 = mul %4375, %4380 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4382 = div %4381, %2172 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%4383 = broadcast %4382 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%4384 = mul %4383, %2168 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4385 = add %4373, %4384 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4386 = mul %4383, %2168 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4387 = add %4385, %4386 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4388 = neg %4387 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%4389 = reduce_sum %4388 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%4390 = div %4389, %2165 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%4391 = broadcast %4390 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4392 = add %4387, %4391 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4393 = slice %4392 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%4394 = slice %4392 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:111:21
%4395 = reduce_sum %4393 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4396 = reshape %4395 : f32[16] @ models/lib/nn.yaml:84:18
%4397 = add %3582, %4396 : f32[16] @ models/lib/nn.yaml:84:18
%4398 = matmul %4393, %65 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%4399 = reshape %2157 : f32[4,64] @ models/lib/nn.yaml:83:15
%4400 = reshape %4393 : f32[4,16] @ models/lib/nn.yaml:83:15
%4401 = matmul %4400, %4399 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4402 = add %3586, %4401 : f32[16,64] @ models/lib/nn.yaml:83:15
%4403 = mul %4398, %2156 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4404 = mul %4398, %2149 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4405 = mul %2152, %2152 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4406 = neg %4405 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4407 = exp %4406 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4408 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4409 = broadcast %4408 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4410 = mul %4407, %4409 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4411 = mul %4404, %4410 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4412 = mul %4411, %2151 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4413 = mul %4403, %2148 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4414 = add %4412, %4413 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4415 = reduce_sum %4414 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4416 = reshape %4415 : f32[64] @ models/lib/nn.yaml:84:18
%4417 = add %3600, %4416 : f32[64] @ models/lib/nn.yaml:84:18
%4418 = matmul %4414, %63 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4419 = reshape %2143 : f32[4,16] @ models/lib/nn.yaml:83:15
%4420 = reshape %4414 : f32[4,64] @ models/lib/nn.yaml:83:15
%4421 = matmul %4420, %4419 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4422 = add %3604, %4421 : f32[64,16] @ models/lib/nn.yaml:83:15
%4423 = reduce_sum %4418 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4424 = reshape %4423 : f32[16] @ models/lib/nn.yaml:96:46
%4425 = add %3606, %4424 : f32[16] @ models/lib/nn.yaml:96:46
%4426 = mul %4418, %2140 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4427 = mul %4418, %2139 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4428 = reduce_sum %4427 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4429 = reshape %4428 : f32[16] @ models/lib/nn.yaml:96:37
%4430 = add %3610, %4429 : f32[16] @ models/lib/nn.yaml:96:37
%4431 = mul %4426, %2138 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4432 = mul %4426, %2128 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4433 = reduce_sum %4432 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4434 = mul %2137, %2137 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4435 = mul %2137, %4434 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4436 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4437 = broadcast %4436 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4438 = mul %4435, %4437 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4439 = mul %4433, %4438 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4440 = div %4439, %2132 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4441 = broadcast %4440 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4442 = mul %4441, %2128 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4443 = add %4431, %4442 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4444 = mul %4441, %2128 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4445 = add %4443, %4444 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4446 = add %4393, %4445 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4447 = neg %4445 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4448 = reduce_sum %4447 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4449 = div %4448, %2125 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4450 = broadcast %4449 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4451 = add %4446, %4450 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4452 = reduce_sum %4451 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4453 = reshape %4452 : f32[16] @ models/lib/nn.yaml:84:18
%4454 = add %3633, %4453 : f32[16] @ models/lib/nn.yaml:84:18
%4455 = matmul %4451, %59 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4456 = reshape %2118 : f32[4,16] @ models/lib/nn.yaml:83:15
%4457 = reshape %4451 : f32[4,16] @ models/lib/nn.yaml:83:15
%4458 = matmul %4457, %4456 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4459 = add %3637, %4458 : f32[16,16] @ models/lib/nn.yaml:83:15
%4460 = reshape %4455 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%4461 = permute %4460 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%4462 = permute %2092 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%4463 = reshape %4461 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%4464 = broadcast %4463 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4465 = reshape %4462 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4466 = broadcast %4465 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4467 = mul %4464, %4466 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4468 = reduce_sum %4467 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4469 = permute %2110 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%4470 = reshape %4469 : f32[4,2,17,1,1] @ models/lib/nn.yaml:56:23
%4471 = broadcast %4470 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%4472 = reshape %4461 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%4473 = broadcast %4472 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%4474 = mul %4471, %4473 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%4475 = reshape %4474 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4476 = div %4468, %2109 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4477 = mul %4476, %2110 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4478 = neg %4477 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4479 = reduce_sum %4478 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4480 = broadcast %4479 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4481 = add %4476, %4480 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4482 = mul %4481, %2107 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%4483 = mul %4482, %2101 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%4484 = reshape %4483 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%4485 = broadcast %4484 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4486 = reshape %2087 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4487 = broadcast %4486 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4488 = mul %4485, %4487 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4489 = reduce_sum %4488 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4490 = permute %4483 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%4491 = reshape %4490 : f32[4,2,17,1,1] @ models/lib/nn.yaml:55:23
%4492 = broadcast %4491 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%4493 = reshape %2082 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%4494 = broadcast %4493 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%4495 = mul %4492, %4494 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%4496 = reshape %4495 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4497 = permute %4475 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%4498 = reshape %4497 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%4499 = reduce_sum %4498 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4500 = reshape %4499 : f32[16] @ models/lib/nn.yaml:84:18
%4501 = add %3678, %4500 : f32[16] @ models/lib/nn.yaml:84:18
%4502 = matmul %4498, %57 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4503 = reshape %2076 : f32[68,16] @ models/lib/nn.yaml:83:15
%4504 = reshape %4498 : f32[68,16] @ models/lib/nn.yaml:83:15
%4505 = matmul %4504, %4503 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4506 = add %3682, %4505 : f32[16,16] @ models/lib/nn.yaml:83:15
%4507 = permute %4496 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%4508 = reshape %4507 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%4509 = reduce_sum %4508 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4510 = reshape %4509 : f32[16] @ models/lib/nn.yaml:84:18
%4511 = add %3686, %4510 : f32[16] @ models/lib/nn.yaml:84:18
%4512 = matmul %4508, %55 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4513 = add %4502, %4512 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4514 = reshape %2076 : f32[68,16] @ models/lib/nn.yaml:83:15
%4515 = reshape %4508 : f32[68,16] @ models/lib/nn.yaml:83:15
%4516 = matmul %4515, %4514 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4517 = add %3691, %4516 : f32[16,16] @ models/lib/nn.yaml:83:15
%4518 = permute %4489 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4519 = reshape %4518 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4520 = reduce_sum %4519 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4521 = reshape %4520 : f32[16] @ models/lib/nn.yaml:84:18
%4522 = add %3695, %4521 : f32[16] @ models/lib/nn.yaml:84:18
%4523 = matmul %4519, %53 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4524 = reshape %2077 : f32[4,16] @ models/lib/nn.yaml:83:15
%4525 = reshape %4519 : f32[4,16] @ models/lib/nn.yaml:83:15
%4526 = matmul %4525, %4524 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4527 = add %3699, %4526 : f32[16,16] @ models/lib/nn.yaml:83:15
%4528 = pad %4523 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4529 = add %4513, %4528 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4530 = reduce_sum %4529 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4531 = reshape %4530 : f32[16] @ models/lib/nn.yaml:96:46
%4532 = add %3703, %4531 : f32[16] @ models/lib/nn.yaml:96:46
%4533 = mul %4529, %2073 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4534 = mul %4529, %2072 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4535 = reduce_sum %4534 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4536 = reshape %4535 : f32[16] @ models/lib/nn.yaml:96:37
%4537 = add %3707, %4536 : f32[16] @ models/lib/nn.yaml:96:37
%4538 = mul %4533, %2071 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4539 = mul %4533, %2061 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4540 = reduce_sum %4539 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%4541 = mul %2070, %2070 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4542 = mul %2070, %4541 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4543 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4544 = broadcast %4543 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4545 = mul %4542, %4544 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4546 = mul %4540, %4545 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4547 = div %4546, %2065 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%4548 = broadcast %4547 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%4549 = mul %4548, %2061 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4550 = add %4538, %4549 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4551 = mul %4548, %2061 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4552 = add %4550, %4551 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4553 = neg %4552 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%4554 = reduce_sum %4553 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%4555 = div %4554, %2058 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%4556 = broadcast %4555 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4557 = add %4552, %4556 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4558 = slice %4557 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4559 = add %4451, %4558 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4560 = slice %4557 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4561 = add %4394, %4560 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4562 = reduce_sum %4559 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4563 = reshape %4562 : f32[16] @ models/lib/nn.yaml:84:18
%4564 = add %3733, %4563 : f32[16] @ models/lib/nn.yaml:84:18
%4565 = matmul %4559, %49 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%4566 = reshape %2050 : f32[4,64] @ models/lib/nn.yaml:83:15
%4567 = reshape %4559 : f32[4,16] @ models/lib/nn.yaml:83:15
%4568 = matmul %4567, %4566 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4569 = add %3737, %4568 : f32[16,64] @ models/lib/nn.yaml:83:15
%4570 = mul %4565, %2049 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4571 = mul %4565, %2042 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4572 = mul %2045, %2045 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4573 = neg %4572 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4574 = exp %4573 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4575 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4576 = broadcast %4575 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4577 = mul %4574, %4576 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4578 = mul %4571, %4577 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4579 = mul %4578, %2044 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4580 = mul %4570, %2041 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4581 = add %4579, %4580 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4582 = reduce_sum %4581 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4583 = reshape %4582 : f32[64] @ models/lib/nn.yaml:84:18
%4584 = add %3751, %4583 : f32[64] @ models/lib/nn.yaml:84:18
%4585 = matmul %4581, %47 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4586 = reshape %2036 : f32[4,16] @ models/lib/nn.yaml:83:15
%4587 = reshape %4581 : f32[4,64] @ models/lib/nn.yaml:83:15
%4588 = matmul %4587, %4586 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4589 = add %3755, %4588 : f32[64,16] @ models/lib/nn.yaml:83:15
%4590 = reduce_sum %4585 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4591 = reshape %4590 : f32[16] @ models/lib/nn.yaml:96:46
%4592 = add %3757, %4591 : f32[16] @ models/lib/nn.yaml:96:46
%4593 = mul %4585, %2033 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4594 = mul %4585, %2032 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4595 = reduce_sum %4594 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4596 = reshape %4595 : f32[16] @ models/lib/nn.yaml:96:37
%4597 = add %3761, %4596 : f32[16] @ models/lib/nn.yaml:96:37
%4598 = mul %4593, %2031 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4599 = mul %4593, %2021 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4600 = reduce_sum %4599 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4601 = mul %2030, %2030 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4602 = mul %2030, %4601 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4603 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4604 = broadcast %4603 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4605 = mul %4602, %4604 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4606 = mul %4600, %4605 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4607 = div %4606, %2025 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4608 = broadcast %4607 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4609 = mul %4608, %2021 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4610 = add %4598, %4609 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4611 = mul %4608, %2021 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4612 = add %4610, %4611 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4613 = add %4559, %4612 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4614 = neg %4612 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4615 = reduce_sum %4614 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4616 = div %4615, %2018 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4617 = broadcast %4616 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4618 = add %4613, %4617 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4619 = reduce_sum %4618 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4620 = reshape %4619 : f32[16] @ models/lib/nn.yaml:84:18
%4621 = add %3784, %4620 : f32[16] @ models/lib/nn.yaml:84:18
%4622 = matmul %4618, %43 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4623 = reshape %2011 : f32[4,16] @ models/lib/nn.yaml:83:15
%4624 = reshape %4618 : f32[4,16] @ models/lib/nn.yaml:83:15
%4625 = matmul %4624, %4623 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4626 = add %3788, %4625 : f32[16,16] @ models/lib/nn.yaml:83:15
%4627 = reshape %4622 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%4628 = permute %4627 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%4629 = permute %1985 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%4630 = reshape %4628 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%4631 = broadcast %4630 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4632 = reshape %4629 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4633 = broadcast %4632 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4634 = mul %4631, %4633 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4635 = reduce_sum %4634 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4636 = permute %2003 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%4637 = reshape %4636 : f32[4,2,17,1,1] @ models/lib/nn.yaml:56:23
%4638 = broadcast %4637 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%4639 = reshape %4628 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%4640 = broadcast %4639 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%4641 = mul %4638, %4640 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%4642 = reshape %4641 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4643 = div %4635, %2002 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4644 = mul %4643, %2003 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4645 = neg %4644 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4646 = reduce_sum %4645 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4647 = broadcast %4646 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4648 = add %4643, %4647 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4649 = mul %4648, %2000 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%4650 = mul %4649, %1994 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%4651 = reshape %4650 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%4652 = broadcast %4651 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4653 = reshape %1980 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4654 = broadcast %4653 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4655 = mul %4652, %4654 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4656 = reduce_sum %4655 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4657 = permute %4650 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%4658 = reshape %4657 : f32[4,2,17,1,1] @ models/lib/nn.yaml:55:23
%4659 = broadcast %4658 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%4660 = reshape %1975 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%4661 = broadcast %4660 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%4662 = mul %4659, %4661 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%4663 = reshape %4662 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4664 = permute %4642 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%4665 = reshape %4664 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%4666 = reduce_sum %4665 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4667 = reshape %4666 : f32[16] @ models/lib/nn.yaml:84:18
%4668 = add %3829, %4667 : f32[16] @ models/lib/nn.yaml:84:18
%4669 = matmul %4665, %41 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4670 = reshape %1969 : f32[68,16] @ models/lib/nn.yaml:83:15
%4671 = reshape %4665 : f32[68,16] @ models/lib/nn.yaml:83:15
%4672 = matmul %4671, %4670 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4673 = add %3833, %4672 : f32[16,16] @ models/lib/nn.yaml:83:15
%4674 = permute %4663 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%4675 = reshape %4674 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%4676 = reduce_sum %4675 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4677 = reshape %4676 : f32[16] @ models/lib/nn.yaml:84:18
%4678 = add %3837, %4677 : f32[16] @ models/lib/nn.yaml:84:18
%4679 = matmul %4675, %39 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4680 = add %4669, %4679 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4681 = reshape %1969 : f32[68,16] @ models/lib/nn.yaml:83:15
%4682 = reshape %4675 : f32[68,16] @ models/lib/nn.yaml:83:15
%4683 = matmul %4682, %4681 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4684 = add %3842, %4683 : f32[16,16] @ models/lib/nn.yaml:83:15
%4685 = permute %4656 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4686 = reshape %4685 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4687 = reduce_sum %4686 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4688 = reshape %4687 : f32[16] @ models/lib/nn.yaml:84:18
%4689 = add %3846, %4688 : f32[16] @ models/lib/nn.yaml:84:18
%4690 = matmul %4686, %37 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4691 = reshape %1970 : f32[4,16] @ models/lib/nn.yaml:83:15
%4692 = reshape %4686 : f32[4,16] @ models/lib/nn.yaml:83:15
%4693 = matmul %4692, %4691 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4694 = add %3850, %4693 : f32[16,16] @ models/lib/nn.yaml:83:15
%4695 = pad %4690 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4696 = add %4680, %4695 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4697 = reduce_sum %4696 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4698 = reshape %4697 : f32[16] @ models/lib/nn.yaml:96:46
%4699 = add %3854, %4698 : f32[16] @ models/lib/nn.yaml:96:46
%4700 = mul %4696, %1966 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4701 = mul %4696, %1965 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4702 = reduce_sum %4701 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4703 = reshape %4702 : f32[16] @ models/lib/nn.yaml:96:37
%4704 = add %3858, %4703 : f32[16] @ models/lib/nn.yaml:96:37
%4705 = mul %4700, %1964 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4706 = mul %4700, %1954 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4707 = reduce_sum %4706 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%4708 = mul %1963, %1963 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4709 = mul %1963, %4708 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4710 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4711 = broadcast %4710 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4712 = mul %4709, %4711 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4713 = mul %4707, %4712 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4714 = div %4713, %1958 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%4715 = broadcast %4714 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%4716 = mul %4715, %1954 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4717 = add %4705, %4716 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4718 = mul %4715, %1954 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4719 = add %4717, %4718 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4720 = neg %4719 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%4721 = reduce_sum %4720 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%4722 = div %4721, %1951 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%4723 = broadcast %4722 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4724 = add %4719, %4723 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4725 = slice %4724 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4726 = add %4618, %4725 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4727 = slice %4724 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4728 = add %4561, %4727 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4729 = reduce_sum %4726 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4730 = add %3883, %4729 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4731 = mul %4728, %1944 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%4732 = div %4731, %1936 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%4733 = reduce_sum %4732 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4734 = reshape %4733 : f32[16] @ models/lib/nn.yaml:84:18
%4735 = add %3887, %4734 : f32[16] @ models/lib/nn.yaml:84:18
%4736 = matmul %4732, %32 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%4737 = reshape %1931 : f32[64,64] @ models/lib/nn.yaml:83:15
%4738 = reshape %4732 : f32[64,16] @ models/lib/nn.yaml:83:15
%4739 = matmul %4738, %4737 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4740 = add %3891, %4739 : f32[16,64] @ models/lib/nn.yaml:83:15
%4741 = mul %4736, %1930 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4742 = mul %4736, %1923 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4743 = mul %1926, %1926 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4744 = neg %4743 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4745 = exp %4744 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4746 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4747 = broadcast %4746 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4748 = mul %4745, %4747 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4749 = mul %4742, %4748 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4750 = mul %4749, %1925 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%4751 = mul %4741, %1922 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4752 = add %4750, %4751 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4753 = reduce_sum %4752 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4754 = reshape %4753 : f32[64] @ models/lib/nn.yaml:84:18
%4755 = add %3905, %4754 : f32[64] @ models/lib/nn.yaml:84:18
%4756 = matmul %4752, %30 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4757 = reshape %1917 : f32[64,16] @ models/lib/nn.yaml:83:15
%4758 = reshape %4752 : f32[64,64] @ models/lib/nn.yaml:83:15
%4759 = matmul %4758, %4757 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4760 = add %3909, %4759 : f32[64,16] @ models/lib/nn.yaml:83:15
%4761 = reduce_sum %4756 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4762 = reshape %4761 : f32[16] @ models/lib/nn.yaml:96:46
%4763 = add %3911, %4762 : f32[16] @ models/lib/nn.yaml:96:46
%4764 = mul %4756, %1914 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4765 = mul %4756, %1913 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4766 = reduce_sum %4765 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4767 = reshape %4766 : f32[16] @ models/lib/nn.yaml:96:37
%4768 = add %3915, %4767 : f32[16] @ models/lib/nn.yaml:96:37
%4769 = mul %4764, %1912 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4770 = mul %4764, %1902 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4771 = reduce_sum %4770 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4772 = mul %1911, %1911 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4773 = mul %1911, %4772 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4774 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4775 = broadcast %4774 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4776 = mul %4773, %4775 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4777 = mul %4771, %4776 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4778 = div %4777, %1906 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4779 = broadcast %4778 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4780 = mul %4779, %1902 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4781 = add %4769, %4780 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4782 = mul %4779, %1902 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4783 = add %4781, %4782 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4784 = add %4728, %4783 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4785 = neg %4783 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4786 = reduce_sum %4785 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4787 = div %4786, %1899 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4788 = broadcast %4787 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4789 = add %4784, %4788 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4790 = mul %4789, %1894 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%4791 = div %4790, %1885 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%4792 = reduce_sum %4791 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4793 = reshape %4792 : f32[16] @ models/lib/nn.yaml:84:18
%4794 = add %3940, %4793 : f32[16] @ models/lib/nn.yaml:84:18
%4795 = matmul %4791, %26 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4796 = reshape %1880 : f32[64,16] @ models/lib/nn.yaml:83:15
%4797 = reshape %4791 : f32[64,16] @ models/lib/nn.yaml:83:15
%4798 = matmul %4797, %4796 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4799 = add %3944, %4798 : f32[16,16] @ models/lib/nn.yaml:83:15
%4800 = reshape %4795 : f32[4,16,2,8] @ models/lib/nn.yaml:57:16
%4801 = permute %4800 perm=[0,2,1,3] : f32[4,2,16,8] @ models/lib/nn.yaml:56:13
%4802 = permute %1854 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%4803 = reshape %4801 : f32[4,2,16,8,1] @ models/lib/nn.yaml:56:23
%4804 = broadcast %4803 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4805 = reshape %4802 : f32[4,2,1,8,16] @ models/lib/nn.yaml:56:23
%4806 = broadcast %4805 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4807 = mul %4804, %4806 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4808 = reduce_sum %4807 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4809 = permute %1872 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4810 = reshape %4809 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%4811 = broadcast %4810 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4812 = reshape %4801 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%4813 = broadcast %4812 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4814 = mul %4811, %4813 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4815 = reduce_sum %4814 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4816 = div %4808, %1871 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4817 = mul %4816, %1872 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4818 = neg %4817 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4819 = reduce_sum %4818 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%4820 = broadcast %4819 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4821 = add %4816, %4820 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4822 = mul %4821, %1869 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%4823 = mul %4822, %1863 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%4824 = reshape %4823 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%4825 = broadcast %4824 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4826 = reshape %1852 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%4827 = broadcast %4826 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4828 = mul %4825, %4827 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4829 = reduce_sum %4828 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4830 = permute %4823 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%4831 = reshape %4830 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%4832 = broadcast %4831 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4833 = reshape %1850 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%4834 = broadcast %4833 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4835 = mul %4832, %4834 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4836 = reduce_sum %4835 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4837 = reshape %4815 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%4838 = pad %4837 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:40
%4839 = reshape %4836 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%4840 = pad %4839 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%4841 = add %4838, %4840 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%4842 = reshape %4829 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%4843 = pad %4842 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%4844 = add %4841, %4843 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%4845 = permute %4844 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%4846 = reshape %4845 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%4847 = reduce_sum %4846 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4848 = reshape %4847 : f32[48] @ models/lib/nn.yaml:84:18
%4849 = add %3993, %4848 : f32[48] @ models/lib/nn.yaml:84:18
%4850 = matmul %4846, %24 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4851 = reshape %1843 : f32[64,16] @ models/lib/nn.yaml:83:15
%4852 = reshape %4846 : f32[64,48] @ models/lib/nn.yaml:83:15
%4853 = matmul %4852, %4851 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%4854 = add %3997, %4853 : f32[48,16] @ models/lib/nn.yaml:83:15
%4855 = reduce_sum %4850 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4856 = reshape %4855 : f32[16] @ models/lib/nn.yaml:96:46
%4857 = add %3999, %4856 : f32[16] @ models/lib/nn.yaml:96:46
%4858 = mul %4850, %1840 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4859 = mul %4850, %1839 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4860 = reduce_sum %4859 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4861 = reshape %4860 : f32[16] @ models/lib/nn.yaml:96:37
%4862 = add %4003, %4861 : f32[16] @ models/lib/nn.yaml:96:37
%4863 = mul %4858, %1838 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4864 = mul %4858, %1828 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4865 = reduce_sum %4864 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4866 = mul %1837, %1837 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4867 = mul %1837, %4866 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4868 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4869 = broadcast %4868 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4870 = mul %4867, %4869 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4871 = mul %4865, %4870 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4872 = div %4871, %1832 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4873 = broadcast %4872 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4874 = mul %4873, %1828 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4875 = add %4863, %4874 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4876 = mul %4873, %1828 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4877 = add %4875, %4876 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4878 = add %4789, %4877 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4879 = neg %4877 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4880 = reduce_sum %4879 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4881 = div %4880, %1825 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4882 = broadcast %4881 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4883 = add %4878, %4882 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4884 = reduce_sum %4883 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4885 = reshape %4884 : f32[16] @ models/lib/nn.yaml:84:18
%4886 = add %4026, %4885 : f32[16] @ models/lib/nn.yaml:84:18
%4887 = matmul %4883, %20 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%4888 = reshape %1818 : f32[64,64] @ models/lib/nn.yaml:83:15
%4889 = reshape %4883 : f32[64,16] @ models/lib/nn.yaml:83:15
%4890 = matmul %4889, %4888 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4891 = add %4030, %4890 : f32[16,64] @ models/lib/nn.yaml:83:15
%4892 = mul %4887, %1817 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4893 = mul %4887, %1810 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4894 = mul %1813, %1813 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4895 = neg %4894 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4896 = exp %4895 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4897 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4898 = broadcast %4897 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4899 = mul %4896, %4898 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4900 = mul %4893, %4899 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4901 = mul %4900, %1812 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%4902 = mul %4892, %1809 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4903 = add %4901, %4902 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4904 = reduce_sum %4903 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4905 = reshape %4904 : f32[64] @ models/lib/nn.yaml:84:18
%4906 = add %4044, %4905 : f32[64] @ models/lib/nn.yaml:84:18
%4907 = matmul %4903, %18 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4908 = reshape %1804 : f32[64,16] @ models/lib/nn.yaml:83:15
%4909 = reshape %4903 : f32[64,64] @ models/lib/nn.yaml:83:15
%4910 = matmul %4909, %4908 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4911 = add %4048, %4910 : f32[64,16] @ models/lib/nn.yaml:83:15
%4912 = reduce_sum %4907 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4913 = reshape %4912 : f32[16] @ models/lib/nn.yaml:96:46
%4914 = add %4050, %4913 : f32[16] @ models/lib/nn.yaml:96:46
%4915 = mul %4907, %1801 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4916 = mul %4907, %1800 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4917 = reduce_sum %4916 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4918 = reshape %4917 : f32[16] @ models/lib/nn.yaml:96:37
%4919 = add %4054, %4918 : f32[16] @ models/lib/nn.yaml:96:37
%4920 = mul %4915, %1799 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4921 = mul %4915, %1789 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4922 = reduce_sum %4921 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4923 = mul %1798, %1798 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4924 = mul %1798, %4923 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4925 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4926 = broadcast %4925 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4927 = mul %4924, %4926 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4928 = mul %4922, %4927 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4929 = div %4928, %1793 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4930 = broadcast %4929 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4931 = mul %4930, %1789 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4932 = add %4920, %4931 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4933 = mul %4930, %1789 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4934 = add %4932, %4933 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4935 = add %4883, %4934 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4936 = neg %4934 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4937 = reduce_sum %4936 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4938 = div %4937, %1786 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4939 = broadcast %4938 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4940 = add %4935, %4939 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4941 = reduce_sum %4940 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4942 = reshape %4941 : f32[16] @ models/lib/nn.yaml:84:18
%4943 = add %4077, %4942 : f32[16] @ models/lib/nn.yaml:84:18
%4944 = matmul %4940, %14 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4945 = reshape %1779 : f32[64,16] @ models/lib/nn.yaml:83:15
%4946 = reshape %4940 : f32[64,16] @ models/lib/nn.yaml:83:15
%4947 = matmul %4946, %4945 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4948 = add %4081, %4947 : f32[16,16] @ models/lib/nn.yaml:83:15
%4949 = reshape %4944 : f32[4,16,2,8] @ models/lib/nn.yaml:57:16
%4950 = permute %4949 perm=[0,2,1,3] : f32[4,2,16,8] @ models/lib/nn.yaml:56:13
%4951 = permute %1753 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%4952 = reshape %4950 : f32[4,2,16,8,1] @ models/lib/nn.yaml:56:23
%4953 = broadcast %4952 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4954 = reshape %4951 : f32[4,2,1,8,16] @ models/lib/nn.yaml:56:23
%4955 = broadcast %4954 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4956 = mul %4953, %4955 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4957 = reduce_sum %4956 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4958 = permute %1771 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4959 = reshape %4958 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%4960 = broadcast %4959 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4961 = reshape %4950 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%4962 = broadcast %4961 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4963 = mul %4960, %4962 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4964 = reduce_sum %4963 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4965 = div %4957, %1770 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4966 = mul %4965, %1771 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4967 = neg %4966 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4968 = reduce_sum %4967 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%4969 = broadcast %4968 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4970 = add %4965, %4969 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4971 = mul %4970, %1768 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%4972 = mul %4971, %1762 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%4973 = reshape %4972 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%4974 = broadcast %4973 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4975 = reshape %1751 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%4976 = broadcast %4975 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4977 = mul %4974, %4976 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4978 = reduce_sum %4977 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4979 = permute %4972 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%4980 = reshape %4979 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%4981 = broadcast %4980 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4982 = reshape %1749 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%4983 = broadcast %4982 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4984 = mul %4981, %4983 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4985 = reduce_sum %4984 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4986 = reshape %4964 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%4987 = pad %4986 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:40
%4988 = reshape %4985 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%4989 = pad %4988 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%4990 = add %4987, %4989 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%4991 = reshape %4978 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%4992 = pad %4991 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%4993 = add %4990, %4992 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%4994 = permute %4993 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%4995 = reshape %4994 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%4996 = reduce_sum %4995 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4997 = reshape %4996 : f32[48] @ models/lib/nn.yaml:84:18
%4998 = add %4130, %4997 : f32[48] @ models/lib/nn.yaml:84:18
%4999 = matmul %4995, %12 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5000 = reshape %1742 : f32[64,16] @ models/lib/nn.yaml:83:15
%5001 = reshape %4995 : f32[64,48] @ models/lib/nn.yaml:83:15
%5002 = matmul %5001, %5000 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%5003 = add %4134, %5002 : f32[48,16] @ models/lib/nn.yaml:83:15
%5004 = reduce_sum %4999 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5005 = reshape %5004 : f32[16] @ models/lib/nn.yaml:96:46
%5006 = add %4136, %5005 : f32[16] @ models/lib/nn.yaml:96:46
%5007 = mul %4999, %1739 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5008 = mul %4999, %1738 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5009 = reduce_sum %5008 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5010 = reshape %5009 : f32[16] @ models/lib/nn.yaml:96:37
%5011 = add %4140, %5010 : f32[16] @ models/lib/nn.yaml:96:37
%5012 = mul %5007, %1737 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5013 = mul %5007, %1727 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5014 = reduce_sum %5013 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5015 = mul %1736, %1736 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5016 = mul %1736, %5015 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5017 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%5018 = broadcast %5017 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5019 = mul %5016, %5018 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5020 = mul %5014, %5019 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5021 = div %5020, %1731 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5022 = broadcast %5021 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5023 = mul %5022, %1727 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5024 = add %5012, %5023 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5025 = mul %5022, %1727 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5026 = add %5024, %5025 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5027 = add %4940, %5026 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5028 = neg %5026 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5029 = reduce_sum %5028 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5030 = div %5029, %1724 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5031 = broadcast %5030 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5032 = add %5027, %5031 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5033 = reduce_sum %5032 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%5034 = add %4171, %5033 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%5035 = reduce_sum %5032 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%5036 = reshape %5035 : f32[16] @ models/lib/vit.yaml:17:71
%5037 = add %4173, %5036 : f32[16] @ models/lib/vit.yaml:17:71
%5038 = reshape %1715 : f32[64,48] @ models/lib/vit.yaml:17:18
%5039 = reshape %5032 : f32[64,16] @ models/lib/vit.yaml:17:18
%5040 = matmul %5039, %5038 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%5041 = reshape %5040 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%5042 = add %4177, %5041 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%5043 = all_reduce_sum %5034 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5044 = reshape %5043 : f32[256] @ models/lib/vit.yaml:48:7
%5045 = mul %5044, %5044 : f32[256] @ models/lib/vit.yaml:48:7
%5046 = reduce_sum %5045 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%5047 = sqrt %5046 : f32[] @ models/lib/vit.yaml:48:7
%5048 = cast %5047 : f64[] @ models/lib/vit.yaml:48:7
%5049 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%5050 = add %5048, %5049 : f64[] @ models/lib/vit.yaml:48:7
%5051 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%5052 = div %5051, %5050 : f64[] @ models/lib/vit.yaml:48:7
%5053 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%5054 = lt %5052, %5053 : bool[] @ models/lib/vit.yaml:48:7
%5055 = cast %5052 : f32[] @ models/lib/vit.yaml:48:7
%5056 = broadcast %5055 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5057 = mul %5043, %5056 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5058 = broadcast %5054 : bool[1,16,16] @ models/lib/vit.yaml:48:7
%5059 = select %5058, %5057, %5043 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5060 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5061 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5062 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%5063 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%5064 = add %5062, %5063 : i64[] @ models/lib/vit.yaml:48:7
%5065 = mul %3230, %3231 : f64[] @ models/lib/vit.yaml:48:7
%5066 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%5067 = sub %5066, %5065 : f64[] @ models/lib/vit.yaml:48:7
%5068 = cast %5067 : f32[] @ models/lib/vit.yaml:48:7
%5069 = broadcast %5068 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5070 = mul %7, %5069 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5071 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:48:7
%5072 = cast %5071 : f32[] @ models/lib/vit.yaml:48:7
%5073 = broadcast %5072 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5074 = mul %5059, %5073 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5075 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%5076 = cast %5075 : f32[] @ models/lib/vit.yaml:48:7
%5077 = broadcast %5076 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5078 = mul %5060, %5077 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5079 = add %5078, %5074 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5080 = mul %5059, %5059 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5081 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:48:7
%5082 = cast %5081 : f32[] @ models/lib/vit.yaml:48:7
%5083 = broadcast %5082 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5084 = mul %5080, %5083 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5085 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%5086 = cast %5085 : f32[] @ models/lib/vit.yaml:48:7
%5087 = broadcast %5086 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5088 = mul %5061, %5087 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5089 = add %5088, %5084 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5090 = cast %5064 : f64[] @ models/lib/vit.yaml:48:7
%5091 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%5092 = pow %5091, %5090 : f64[] @ models/lib/vit.yaml:48:7
%5093 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%5094 = sub %5093, %5092 : f64[] @ models/lib/vit.yaml:48:7
%5095 = div %3230, %5094 : f64[] @ models/lib/vit.yaml:48:7
%5096 = cast %5064 : f64[] @ models/lib/vit.yaml:48:7
%5097 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%5098 = pow %5097, %5096 : f64[] @ models/lib/vit.yaml:48:7
%5099 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%5100 = sub %5099, %5098 : f64[] @ models/lib/vit.yaml:48:7
%5101 = sqrt %5100 : f64[] @ models/lib/vit.yaml:48:7
%5102 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%5103 = div %5102, %5101 : f64[] @ models/lib/vit.yaml:48:7
%5104 = sqrt %5089 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5105 = cast %5103 : f32[] @ models/lib/vit.yaml:48:7
%5106 = broadcast %5105 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5107 = mul %5104, %5106 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5108 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:48:7
%5109 = cast %5108 : f32[] @ models/lib/vit.yaml:48:7
%5110 = broadcast %5109 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5111 = add %5107, %5110 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5112 = div %5079, %5111 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5113 = cast %5095 : f32[] @ models/lib/vit.yaml:48:7
%5114 = broadcast %5113 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5115 = mul %5112, %5114 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5116 = sub %5070, %5115 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5117 = assign %7, %5116 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5118 = assign %5060, %5079 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5119 = assign %5061, %5089 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5120 = assign %5062, %5064 : i64[] @ models/lib/vit.yaml:48:7
%5121 = cast %3232 : f32[] @ models/lib/vit.yaml:48:7
%5122 = broadcast %5121 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5123 = mul %85, %5122 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5124 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%5125 = sub %5124, %3232 : f64[] @ models/lib/vit.yaml:48:7
%5126 = cast %5125 : f32[] @ models/lib/vit.yaml:48:7
%5127 = broadcast %5126 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5128 = mul %5116, %5127 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5129 = add %5123, %5128 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5130 = assign %85, %5129 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5131 = all_reduce_sum %5042 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5132 = reshape %5131 : f32[768] @ models/lib/vit.yaml:9:7
%5133 = mul %5132, %5132 : f32[768] @ models/lib/vit.yaml:9:7
%5134 = reduce_sum %5133 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%5135 = sqrt %5134 : f32[] @ models/lib/vit.yaml:9:7
%5136 = cast %5135 : f64[] @ models/lib/vit.yaml:9:7
%5137 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:9:7
%5138 = add %5136, %5137 : f64[] @ models/lib/vit.yaml:9:7
%5139 = const data=[3] : f64[] @ models/lib/vit.yaml:9:7
%5140 = div %5139, %5138 : f64[] @ models/lib/vit.yaml:9:7
%5141 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%5142 = lt %5140, %5141 : bool[] @ models/lib/vit.yaml:9:7
%5143 = cast %5140 : f32[] @ models/lib/vit.yaml:9:7
%5144 = broadcast %5143 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5145 = mul %5131, %5144 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5146 = broadcast %5142 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%5147 = select %5146, %5145, %5131 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5148 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5149 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5150 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%5151 = const data=[1] : i64[] @ models/lib/vit.yaml:9:7
%5152 = add %5150, %5151 : i64[] @ models/lib/vit.yaml:9:7
%5153 = mul %3230, %3231 : f64[] @ models/lib/vit.yaml:9:7
%5154 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%5155 = sub %5154, %5153 : f64[] @ models/lib/vit.yaml:9:7
%5156 = cast %5155 : f32[] @ models/lib/vit.yaml:9:7
%5157 = broadcast %5156 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5158 = mul %8, %5157 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5159 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:9:7
%5160 = cast %5159 : f32[] @ models/lib/vit.yaml:9:7
%5161 = broadcast %5160 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5162 = mul %5147, %5161 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5163 = const data=[0.9] : f64[] @ models/lib/vit.yaml:9:7
%5164 = cast %5163 : f32[] @ models/lib/vit.yaml:9:7
%5165 = broadcast %5164 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5166 = mul %5148, %5165 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5167 = add %5166, %5162 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5168 = mul %5147, %5147 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5169 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:9:7
%5170 = cast %5169 : f32[] @ models/lib/vit.yaml:9:7
%5171 = broadcast %5170 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5172 = mul %5168, %5171 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5173 = const data=[0.999] : f64[] @ models/lib/vit.yaml:9:7
%5174 = cast %5173 : f32[] @ models/lib/vit.yaml:9:7
%5175 = broadcast %5174 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5176 = mul %5149, %5175 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5177 = add %5176, %5172 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5178 = cast %5152 : f64[] @ models/lib/vit.yaml:9:7
%5179 = const data=[0.9] : f64[] @ models/lib/vit.yaml:9:7
%5180 = pow %5179, %5178 : f64[] @ models/lib/vit.yaml:9:7
%5181 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%5182 = sub %5181, %5180 : f64[] @ models/lib/vit.yaml:9:7
%5183 = div %3230, %5182 : f64[] @ models/lib/vit.yaml:9:7
%5184 = cast %5152 : f64[] @ models/lib/vit.yaml:9:7
%5185 = const data=[0.999] : f64[] @ models/lib/vit.yaml:9:7
%5186 = pow %5185, %5184 : f64[] @ models/lib/vit.yaml:9:7
%5187 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%5188 = sub %5187, %5186 : f64[] @ models/lib/vit.yaml:9:7
%5189 = sqrt %5188 : f64[] @ models/lib/vit.yaml:9:7
%5190 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%5191 = div %5190, %5189 : f64[] @ models/lib/vit.yaml:9:7
%5192 = sqrt %5177 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5193 = cast %5191 : f32[] @ models/lib/vit.yaml:9:7
%5194 = broadcast %5193 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5195 = mul %5192, %5194 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5196 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:9:7
%5197 = cast %5196 : f32[] @ models/lib/vit.yaml:9:7
%5198 = broadcast %5197 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5199 = add %5195, %5198 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5200 = div %5167, %5199 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5201 = cast %5183 : f32[] @ models/lib/vit.yaml:9:7
%5202 = broadcast %5201 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5203 = mul %5200, %5202 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5204 = sub %5158, %5203 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5205 = assign %8, %5204 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5206 = assign %5148, %5167 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5207 = assign %5149, %5177 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5208 = assign %5150, %5152 : i64[] @ models/lib/vit.yaml:9:7
%5209 = cast %3232 : f32[] @ models/lib/vit.yaml:9:7
%5210 = broadcast %5209 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5211 = mul %86, %5210 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5212 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%5213 = sub %5212, %3232 : f64[] @ models/lib/vit.yaml:9:7
%5214 = cast %5213 : f32[] @ models/lib/vit.yaml:9:7
%5215 = broadcast %5214 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5216 = mul %5204, %5215 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5217 = add %5211, %5216 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5218 = assign %86, %5217 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5219 = all_reduce_sum %5037 : f32[16] @ models/lib/vit.yaml:10:7
%5220 = reshape %5219 : f32[16] @ models/lib/vit.yaml:10:7
%5221 = mul %5220, %5220 : f32[16] @ models/lib/vit.yaml:10:7
%5222 = reduce_sum %5221 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%5223 = sqrt %5222 : f32[] @ models/lib/vit.yaml:10:7
%5224 = cast %5223 : f64[] @ models/lib/vit.yaml:10:7
%5225 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:10:7
%5226 = add %5224, %5225 : f64[] @ models/lib/vit.yaml:10:7
%5227 = const data=[3] : f64[] @ models/lib/vit.yaml:10:7
%5228 = div %5227, %5226 : f64[] @ models/lib/vit.yaml:10:7
%5229 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%5230 = lt %5228, %5229 : bool[] @ models/lib/vit.yaml:10:7
%5231 = cast %5228 : f32[] @ models/lib/vit.yaml:10:7
%5232 = broadcast %5231 : f32[16] @ models/lib/vit.yaml:10:7
%5233 = mul %5219, %5232 : f32[16] @ models/lib/vit.yaml:10:7
%5234 = broadcast %5230 : bool[16] @ models/lib/vit.yaml:10:7
%5235 = select %5234, %5233, %5219 : f32[16] @ models/lib/vit.yaml:10:7
%5236 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%5237 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%5238 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%5239 = const data=[1] : i64[] @ models/lib/vit.yaml:10:7
%5240 = add %5238, %5239 : i64[] @ models/lib/vit.yaml:10:7
%5241 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:10:7
%5242 = cast %5241 : f32[] @ models/lib/vit.yaml:10:7
%5243 = broadcast %5242 : f32[16] @ models/lib/vit.yaml:10:7
%5244 = mul %5235, %5243 : f32[16] @ models/lib/vit.yaml:10:7
%5245 = const data=[0.9] : f64[] @ models/lib/vit.yaml:10:7
%5246 = cast %5245 : f32[] @ models/lib/vit.yaml:10:7
%5247 = broadcast %5246 : f32[16] @ models/lib/vit.yaml:10:7
%5248 = mul %5236, %5247 : f32[16] @ models/lib/vit.yaml:10:7
%5249 = add %5248, %5244 : f32[16] @ models/lib/vit.yaml:10:7
%5250 = mul %5235, %5235 : f32[16] @ models/lib/vit.yaml:10:7
%5251 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:10:7
%5252 = cast %5251 : f32[] @ models/lib/vit.yaml:10:7
%5253 = broadcast %5252 : f32[16] @ models/lib/vit.yaml:10:7
%5254 = mul %5250, %5253 : f32[16] @ models/lib/vit.yaml:10:7
%5255 = const data=[0.999] : f64[] @ models/lib/vit.yaml:10:7
%5256 = cast %5255 : f32[] @ models/lib/vit.yaml:10:7
%5257 = broadcast %5256 : f32[16] @ models/lib/vit.yaml:10:7
%5258 = mul %5237, %5257 : f32[16] @ models/lib/vit.yaml:10:7
%5259 = add %5258, %5254 : f32[16] @ models/lib/vit.yaml:10:7
%5260 = cast %5240 : f64[] @ models/lib/vit.yaml:10:7
%5261 = const data=[0.9] : f64[] @ models/lib/vit.yaml:10:7
%5262 = pow %5261, %5260 : f64[] @ models/lib/vit.yaml:10:7
%5263 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%5264 = sub %5263, %5262 : f64[] @ models/lib/vit.yaml:10:7
%5265 = div %3230, %5264 : f64[] @ models/lib/vit.yaml:10:7
%5266 = cast %5240 : f64[] @ models/lib/vit.yaml:10:7
%5267 = const data=[0.999] : f64[] @ models/lib/vit.yaml:10:7
%5268 = pow %5267, %5266 : f64[] @ models/lib/vit.yaml:10:7
%5269 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%5270 = sub %5269, %5268 : f64[] @ models/lib/vit.yaml:10:7
%5271 = sqrt %5270 : f64[] @ models/lib/vit.yaml:10:7
%5272 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%5273 = div %5272, %5271 : f64[] @ models/lib/vit.yaml:10:7
%5274 = sqrt %5259 : f32[16] @ models/lib/vit.yaml:10:7
%5275 = cast %5273 : f32[] @ models/lib/vit.yaml:10:7
%5276 = broadcast %5275 : f32[16] @ models/lib/vit.yaml:10:7
%5277 = mul %5274, %5276 : f32[16] @ models/lib/vit.yaml:10:7
%5278 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:10:7
%5279 = cast %5278 : f32[] @ models/lib/vit.yaml:10:7
%5280 = broadcast %5279 : f32[16] @ models/lib/vit.yaml:10:7
%5281 = add %5277, %5280 : f32[16] @ models/lib/vit.yaml:10:7
%5282 = div %5249, %5281 : f32[16] @ models/lib/vit.yaml:10:7
%5283 = cast %5265 : f32[] @ models/lib/vit.yaml:10:7
%5284 = broadcast %5283 : f32[16] @ models/lib/vit.yaml:10:7
%5285 = mul %5282, %5284 : f32[16] @ models/lib/vit.yaml:10:7
%5286 = sub %9, %5285 : f32[16] @ models/lib/vit.yaml:10:7
%5287 = assign %9, %5286 : f32[16] @ models/lib/vit.yaml:10:7
%5288 = assign %5236, %5249 : f32[16] @ models/lib/vit.yaml:10:7
%5289 = assign %5237, %5259 : f32[16] @ models/lib/vit.yaml:10:7
%5290 = assign %5238, %5240 : i64[] @ models/lib/vit.yaml:10:7
%5291 = cast %3232 : f32[] @ models/lib/vit.yaml:10:7
%5292 = broadcast %5291 : f32[16] @ models/lib/vit.yaml:10:7
%5293 = mul %87, %5292 : f32[16] @ models/lib/vit.yaml:10:7
%5294 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%5295 = sub %5294, %3232 : f64[] @ models/lib/vit.yaml:10:7
%5296 = cast %5295 : f32[] @ models/lib/vit.yaml:10:7
%5297 = broadcast %5296 : f32[16] @ models/lib/vit.yaml:10:7
%5298 = mul %5286, %5297 : f32[16] @ models/lib/vit.yaml:10:7
%5299 = add %5293, %5298 : f32[16] @ models/lib/vit.yaml:10:7
%5300 = assign %87, %5299 : f32[16] @ models/lib/vit.yaml:10:7
%5301 = all_reduce_sum %5011 : f32[16] @ models/lib/nn.yaml:89:7
%5302 = reshape %5301 : f32[16] @ models/lib/nn.yaml:89:7
%5303 = mul %5302, %5302 : f32[16] @ models/lib/nn.yaml:89:7
%5304 = reduce_sum %5303 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5305 = sqrt %5304 : f32[] @ models/lib/nn.yaml:89:7
%5306 = cast %5305 : f64[] @ models/lib/nn.yaml:89:7
%5307 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%5308 = add %5306, %5307 : f64[] @ models/lib/nn.yaml:89:7
%5309 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%5310 = div %5309, %5308 : f64[] @ models/lib/nn.yaml:89:7
%5311 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5312 = lt %5310, %5311 : bool[] @ models/lib/nn.yaml:89:7
%5313 = cast %5310 : f32[] @ models/lib/nn.yaml:89:7
%5314 = broadcast %5313 : f32[16] @ models/lib/nn.yaml:89:7
%5315 = mul %5301, %5314 : f32[16] @ models/lib/nn.yaml:89:7
%5316 = broadcast %5312 : bool[16] @ models/lib/nn.yaml:89:7
%5317 = select %5316, %5315, %5301 : f32[16] @ models/lib/nn.yaml:89:7
%5318 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5319 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5320 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5321 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%5322 = add %5320, %5321 : i64[] @ models/lib/nn.yaml:89:7
%5323 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%5324 = cast %5323 : f32[] @ models/lib/nn.yaml:89:7
%5325 = broadcast %5324 : f32[16] @ models/lib/nn.yaml:89:7
%5326 = mul %5317, %5325 : f32[16] @ models/lib/nn.yaml:89:7
%5327 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%5328 = cast %5327 : f32[] @ models/lib/nn.yaml:89:7
%5329 = broadcast %5328 : f32[16] @ models/lib/nn.yaml:89:7
%5330 = mul %5318, %5329 : f32[16] @ models/lib/nn.yaml:89:7
%5331 = add %5330, %5326 : f32[16] @ models/lib/nn.yaml:89:7
%5332 = mul %5317, %5317 : f32[16] @ models/lib/nn.yaml:89:7
%5333 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%5334 = cast %5333 : f32[] @ models/lib/nn.yaml:89:7
%5335 = broadcast %5334 : f32[16] @ models/lib/nn.yaml:89:7
%5336 = mul %5332, %5335 : f32[16] @ models/lib/nn.yaml:89:7
%5337 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%5338 = cast %5337 : f32[] @ models/lib/nn.yaml:89:7
%5339 = broadcast %5338 : f32[16] @ models/lib/nn.yaml:89:7
%5340 = mul %5319, %5339 : f32[16] @ models/lib/nn.yaml:89:7
%5341 = add %5340, %5336 : f32[16] @ models/lib/nn.yaml:89:7
%5342 = cast %5322 : f64[] @ models/lib/nn.yaml:89:7
%5343 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%5344 = pow %5343, %5342 : f64[] @ models/lib/nn.yaml:89:7
%5345 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5346 = sub %5345, %5344 : f64[] @ models/lib/nn.yaml:89:7
%5347 = div %3230, %5346 : f64[] @ models/lib/nn.yaml:89:7
%5348 = cast %5322 : f64[] @ models/lib/nn.yaml:89:7
%5349 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%5350 = pow %5349, %5348 : f64[] @ models/lib/nn.yaml:89:7
%5351 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5352 = sub %5351, %5350 : f64[] @ models/lib/nn.yaml:89:7
%5353 = sqrt %5352 : f64[] @ models/lib/nn.yaml:89:7
%5354 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5355 = div %5354, %5353 : f64[] @ models/lib/nn.yaml:89:7
%5356 = sqrt %5341 : f32[16] @ models/lib/nn.yaml:89:7
%5357 = cast %5355 : f32[] @ models/lib/nn.yaml:89:7
%5358 = broadcast %5357 : f32[16] @ models/lib/nn.yaml:89:7
%5359 = mul %5356, %5358 : f32[16] @ models/lib/nn.yaml:89:7
%5360 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%5361 = cast %5360 : f32[] @ models/lib/nn.yaml:89:7
%5362 = broadcast %5361 : f32[16] @ models/lib/nn.yaml:89:7
%5363 = add %5359, %5362 : f32[16] @ models/lib/nn.yaml:89:7
%5364 = div %5331, %5363 : f32[16] @ models/lib/nn.yaml:89:7
%5365 = cast %5347 : f32[] @ models/lib/nn.yaml:89:7
%5366 = broadcast %5365 : f32[16] @ models/lib/nn.yaml:89:7
%5367 = mul %5364, %5366 : f32[16] @ models/lib/nn.yaml:89:7
%5368 = sub %10, %5367 : f32[16] @ models/lib/nn.yaml:89:7
%5369 = assign %10, %5368 : f32[16] @ models/lib/nn.yaml:89:7
%5370 = assign %5318, %5331 : f32[16] @ models/lib/nn.yaml:89:7
%5371 = assign %5319, %5341 : f32[16] @ models/lib/nn.yaml:89:7
%5372 = assign %5320, %5322 : i64[] @ models/lib/nn.yaml:89:7
%5373 = cast %3232 : f32[] @ models/lib/nn.yaml:89:7
%5374 = broadcast %5373 : f32[16] @ models/lib/nn.yaml:89:7
%5375 = mul %88, %5374 : f32[16] @ models/lib/nn.yaml:89:7
%5376 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5377 = sub %5376, %3232 : f64[] @ models/lib/nn.yaml:89:7
%5378 = cast %5377 : f32[] @ models/lib/nn.yaml:89:7
%5379 = broadcast %5378 : f32[16] @ models/lib/nn.yaml:89:7
%5380 = mul %5368, %5379 : f32[16] @ models/lib/nn.yaml:89:7
%5381 = add %5375, %5380 : f32[16] @ models/lib/nn.yaml:89:7
%5382 = assign %88, %5381 : f32[16] @ models/lib/nn.yaml:89:7
%5383 = all_reduce_sum %5006 : f32[16] @ models/lib/nn.yaml:90:7
%5384 = reshape %5383 : f32[16] @ models/lib/nn.yaml:90:7
%5385 = mul %5384, %5384 : f32[16] @ models/lib/nn.yaml:90:7
%5386 = reduce_sum %5385 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5387 = sqrt %5386 : f32[] @ models/lib/nn.yaml:90:7
%5388 = cast %5387 : f64[] @ models/lib/nn.yaml:90:7
%5389 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%5390 = add %5388, %5389 : f64[] @ models/lib/nn.yaml:90:7
%5391 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%5392 = div %5391, %5390 : f64[] @ models/lib/nn.yaml:90:7
%5393 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5394 = lt %5392, %5393 : bool[] @ models/lib/nn.yaml:90:7
%5395 = cast %5392 : f32[] @ models/lib/nn.yaml:90:7
%5396 = broadcast %5395 : f32[16] @ models/lib/nn.yaml:90:7
%5397 = mul %5383, %5396 : f32[16] @ models/lib/nn.yaml:90:7
%5398 = broadcast %5394 : bool[16] @ models/lib/nn.yaml:90:7
%5399 = select %5398, %5397, %5383 : f32[16] @ models/lib/nn.yaml:90:7
%5400 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5401 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5402 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5403 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%5404 = add %5402, %5403 : i64[] @ models/lib/nn.yaml:90:7
%5405 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%5406 = cast %5405 : f32[] @ models/lib/nn.yaml:90:7
%5407 = broadcast %5406 : f32[16] @ models/lib/nn.yaml:90:7
%5408 = mul %5399, %5407 : f32[16] @ models/lib/nn.yaml:90:7
%5409 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5410 = cast %5409 : f32[] @ models/lib/nn.yaml:90:7
%5411 = broadcast %5410 : f32[16] @ models/lib/nn.yaml:90:7
%5412 = mul %5400, %5411 : f32[16] @ models/lib/nn.yaml:90:7
%5413 = add %5412, %5408 : f32[16] @ models/lib/nn.yaml:90:7
%5414 = mul %5399, %5399 : f32[16] @ models/lib/nn.yaml:90:7
%5415 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%5416 = cast %5415 : f32[] @ models/lib/nn.yaml:90:7
%5417 = broadcast %5416 : f32[16] @ models/lib/nn.yaml:90:7
%5418 = mul %5414, %5417 : f32[16] @ models/lib/nn.yaml:90:7
%5419 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5420 = cast %5419 : f32[] @ models/lib/nn.yaml:90:7
%5421 = broadcast %5420 : f32[16] @ models/lib/nn.yaml:90:7
%5422 = mul %5401, %5421 : f32[16] @ models/lib/nn.yaml:90:7
%5423 = add %5422, %5418 : f32[16] @ models/lib/nn.yaml:90:7
%5424 = cast %5404 : f64[] @ models/lib/nn.yaml:90:7
%5425 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5426 = pow %5425, %5424 : f64[] @ models/lib/nn.yaml:90:7
%5427 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5428 = sub %5427, %5426 : f64[] @ models/lib/nn.yaml:90:7
%5429 = div %3230, %5428 : f64[] @ models/lib/nn.yaml:90:7
%5430 = cast %5404 : f64[] @ models/lib/nn.yaml:90:7
%5431 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5432 = pow %5431, %5430 : f64[] @ models/lib/nn.yaml:90:7
%5433 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5434 = sub %5433, %5432 : f64[] @ models/lib/nn.yaml:90:7
%5435 = sqrt %5434 : f64[] @ models/lib/nn.yaml:90:7
%5436 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5437 = div %5436, %5435 : f64[] @ models/lib/nn.yaml:90:7
%5438 = sqrt %5423 : f32[16] @ models/lib/nn.yaml:90:7
%5439 = cast %5437 : f32[] @ models/lib/nn.yaml:90:7
%5440 = broadcast %5439 : f32[16] @ models/lib/nn.yaml:90:7
%5441 = mul %5438, %5440 : f32[16] @ models/lib/nn.yaml:90:7
%5442 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%5443 = cast %5442 : f32[] @ models/lib/nn.yaml:90:7
%5444 = broadcast %5443 : f32[16] @ models/lib/nn.yaml:90:7
%5445 = add %5441, %5444 : f32[16] @ models/lib/nn.yaml:90:7
%5446 = div %5413, %5445 : f32[16] @ models/lib/nn.yaml:90:7
%5447 = cast %5429 : f32[] @ models/lib/nn.yaml:90:7
%5448 = broadcast %5447 : f32[16] @ models/lib/nn.yaml:90:7
%5449 = mul %5446, %5448 : f32[16] @ models/lib/nn.yaml:90:7
%5450 = sub %11, %5449 : f32[16] @ models/lib/nn.yaml:90:7
%5451 = assign %11, %5450 : f32[16] @ models/lib/nn.yaml:90:7
%5452 = assign %5400, %5413 : f32[16] @ models/lib/nn.yaml:90:7
%5453 = assign %5401, %5423 : f32[16] @ models/lib/nn.yaml:90:7
%5454 = assign %5402, %5404 : i64[] @ models/lib/nn.yaml:90:7
%5455 = cast %3232 : f32[] @ models/lib/nn.yaml:90:7
%5456 = broadcast %5455 : f32[16] @ models/lib/nn.yaml:90:7
%5457 = mul %89, %5456 : f32[16] @ models/lib/nn.yaml:90:7
%5458 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5459 = sub %5458, %3232 : f64[] @ models/lib/nn.yaml:90:7
%5460 = cast %5459 : f32[] @ models/lib/nn.yaml:90:7
%5461 = broadcast %5460 : f32[16] @ models/lib/nn.yaml:90:7
%5462 = mul %5450, %5461 : f32[16] @ models/lib/nn.yaml:90:7
%5463 = add %5457, %5462 : f32[16] @ models/lib/nn.yaml:90:7
%5464 = assign %89, %5463 : f32[16] @ models/lib/nn.yaml:90:7
%5465 = all_reduce_sum %5003 : f32[48,16] @ models/lib/nn.yaml:79:7
%5466 = reshape %5465 : f32[768] @ models/lib/nn.yaml:79:7
%5467 = mul %5466, %5466 : f32[768] @ models/lib/nn.yaml:79:7
%5468 = reduce_sum %5467 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5469 = sqrt %5468 : f32[] @ models/lib/nn.yaml:79:7
%5470 = cast %5469 : f64[] @ models/lib/nn.yaml:79:7
%5471 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%5472 = add %5470, %5471 : f64[] @ models/lib/nn.yaml:79:7
%5473 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%5474 = div %5473, %5472 : f64[] @ models/lib/nn.yaml:79:7
%5475 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5476 = lt %5474, %5475 : bool[] @ models/lib/nn.yaml:79:7
%5477 = cast %5474 : f32[] @ models/lib/nn.yaml:79:7
%5478 = broadcast %5477 : f32[48,16] @ models/lib/nn.yaml:79:7
%5479 = mul %5465, %5478 : f32[48,16] @ models/lib/nn.yaml:79:7
%5480 = broadcast %5476 : bool[48,16] @ models/lib/nn.yaml:79:7
%5481 = select %5480, %5479, %5465 : f32[48,16] @ models/lib/nn.yaml:79:7
%5482 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%5483 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%5484 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5485 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5486 = add %5484, %5485 : i64[] @ models/lib/nn.yaml:79:7
%5487 = mul %3230, %3231 : f64[] @ models/lib/nn.yaml:79:7
%5488 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5489 = sub %5488, %5487 : f64[] @ models/lib/nn.yaml:79:7
%5490 = cast %5489 : f32[] @ models/lib/nn.yaml:79:7
%5491 = broadcast %5490 : f32[48,16] @ models/lib/nn.yaml:79:7
%5492 = mul %12, %5491 : f32[48,16] @ models/lib/nn.yaml:79:7
%5493 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5494 = cast %5493 : f32[] @ models/lib/nn.yaml:79:7
%5495 = broadcast %5494 : f32[48,16] @ models/lib/nn.yaml:79:7
%5496 = mul %5481, %5495 : f32[48,16] @ models/lib/nn.yaml:79:7
%5497 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5498 = cast %5497 : f32[] @ models/lib/nn.yaml:79:7
%5499 = broadcast %5498 : f32[48,16] @ models/lib/nn.yaml:79:7
%5500 = mul %5482, %5499 : f32[48,16] @ models/lib/nn.yaml:79:7
%5501 = add %5500, %5496 : f32[48,16] @ models/lib/nn.yaml:79:7
%5502 = mul %5481, %5481 : f32[48,16] @ models/lib/nn.yaml:79:7
%5503 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5504 = cast %5503 : f32[] @ models/lib/nn.yaml:79:7
%5505 = broadcast %5504 : f32[48,16] @ models/lib/nn.yaml:79:7
%5506 = mul %5502, %5505 : f32[48,16] @ models/lib/nn.yaml:79:7
%5507 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5508 = cast %5507 : f32[] @ models/lib/nn.yaml:79:7
%5509 = broadcast %5508 : f32[48,16] @ models/lib/nn.yaml:79:7
%5510 = mul %5483, %5509 : f32[48,16] @ models/lib/nn.yaml:79:7
%5511 = add %5510, %5506 : f32[48,16] @ models/lib/nn.yaml:79:7
%5512 = cast %5486 : f64[] @ models/lib/nn.yaml:79:7
%5513 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5514 = pow %5513, %5512 : f64[] @ models/lib/nn.yaml:79:7
%5515 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5516 = sub %5515, %5514 : f64[] @ models/lib/nn.yaml:79:7
%5517 = div %3230, %5516 : f64[] @ models/lib/nn.yaml:79:7
%5518 = cast %5486 : f64[] @ models/lib/nn.yaml:79:7
%5519 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5520 = pow %5519, %5518 : f64[] @ models/lib/nn.yaml:79:7
%5521 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5522 = sub %5521, %5520 : f64[] @ models/lib/nn.yaml:79:7
%5523 = sqrt %5522 : f64[] @ models/lib/nn.yaml:79:7
%5524 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5525 = div %5524, %5523 : f64[] @ models/lib/nn.yaml:79:7
%5526 = sqrt %5511 : f32[48,16] @ models/lib/nn.yaml:79:7
%5527 = cast %5525 : f32[] @ models/lib/nn.yaml:79:7
%5528 = broadcast %5527 : f32[48,16] @ models/lib/nn.yaml:79:7
%5529 = mul %5526, %5528 : f32[48,16] @ models/lib/nn.yaml:79:7
%5530 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5531 = cast %5530 : f32[] @ models/lib/nn.yaml:79:7
%5532 = broadcast %5531 : f32[48,16] @ models/lib/nn.yaml:79:7
%5533 = add %5529, %5532 : f32[48,16] @ models/lib/nn.yaml:79:7
%5534 = div %5501, %5533 : f32[48,16] @ models/lib/nn.yaml:79:7
%5535 = cast %5517 : f32[] @ models/lib/nn.yaml:79:7
%5536 = broadcast %5535 : f32[48,16] @ models/lib/nn.yaml:79:7
%5537 = mul %5534, %5536 : f32[48,16] @ models/lib/nn.yaml:79:7
%5538 = sub %5492, %5537 : f32[48,16] @ models/lib/nn.yaml:79:7
%5539 = assign %12, %5538 : f32[48,16] @ models/lib/nn.yaml:79:7
%5540 = assign %5482, %5501 : f32[48,16] @ models/lib/nn.yaml:79:7
%5541 = assign %5483, %5511 : f32[48,16] @ models/lib/nn.yaml:79:7
%5542 = assign %5484, %5486 : i64[] @ models/lib/nn.yaml:79:7
%5543 = cast %3232 : f32[] @ models/lib/nn.yaml:79:7
%5544 = broadcast %5543 : f32[48,16] @ models/lib/nn.yaml:79:7
%5545 = mul %90, %5544 : f32[48,16] @ models/lib/nn.yaml:79:7
%5546 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5547 = sub %5546, %3232 : f64[] @ models/lib/nn.yaml:79:7
%5548 = cast %5547 : f32[] @ models/lib/nn.yaml:79:7
%5549 = broadcast %5548 : f32[48,16] @ models/lib/nn.yaml:79:7
%5550 = mul %5538, %5549 : f32[48,16] @ models/lib/nn.yaml:79:7
%5551 = add %5545, %5550 : f32[48,16] @ models/lib/nn.yaml:79:7
%5552 = assign %90, %5551 : f32[48,16] @ models/lib/nn.yaml:79:7
%5553 = all_reduce_sum %4998 : f32[48] @ models/lib/nn.yaml:80:7
%5554 = reshape %5553 : f32[48] @ models/lib/nn.yaml:80:7
%5555 = mul %5554, %5554 : f32[48] @ models/lib/nn.yaml:80:7
%5556 = reduce_sum %5555 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5557 = sqrt %5556 : f32[] @ models/lib/nn.yaml:80:7
%5558 = cast %5557 : f64[] @ models/lib/nn.yaml:80:7
%5559 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%5560 = add %5558, %5559 : f64[] @ models/lib/nn.yaml:80:7
%5561 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%5562 = div %5561, %5560 : f64[] @ models/lib/nn.yaml:80:7
%5563 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5564 = lt %5562, %5563 : bool[] @ models/lib/nn.yaml:80:7
%5565 = cast %5562 : f32[] @ models/lib/nn.yaml:80:7
%5566 = broadcast %5565 : f32[48] @ models/lib/nn.yaml:80:7
%5567 = mul %5553, %5566 : f32[48] @ models/lib/nn.yaml:80:7
%5568 = broadcast %5564 : bool[48] @ models/lib/nn.yaml:80:7
%5569 = select %5568, %5567, %5553 : f32[48] @ models/lib/nn.yaml:80:7
%5570 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%5571 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%5572 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5573 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5574 = add %5572, %5573 : i64[] @ models/lib/nn.yaml:80:7
%5575 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5576 = cast %5575 : f32[] @ models/lib/nn.yaml:80:7
%5577 = broadcast %5576 : f32[48] @ models/lib/nn.yaml:80:7
%5578 = mul %5569, %5577 : f32[48] @ models/lib/nn.yaml:80:7
%5579 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5580 = cast %5579 : f32[] @ models/lib/nn.yaml:80:7
%5581 = broadcast %5580 : f32[48] @ models/lib/nn.yaml:80:7
%5582 = mul %5570, %5581 : f32[48] @ models/lib/nn.yaml:80:7
%5583 = add %5582, %5578 : f32[48] @ models/lib/nn.yaml:80:7
%5584 = mul %5569, %5569 : f32[48] @ models/lib/nn.yaml:80:7
%5585 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5586 = cast %5585 : f32[] @ models/lib/nn.yaml:80:7
%5587 = broadcast %5586 : f32[48] @ models/lib/nn.yaml:80:7
%5588 = mul %5584, %5587 : f32[48] @ models/lib/nn.yaml:80:7
%5589 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5590 = cast %5589 : f32[] @ models/lib/nn.yaml:80:7
%5591 = broadcast %5590 : f32[48] @ models/lib/nn.yaml:80:7
%5592 = mul %5571, %5591 : f32[48] @ models/lib/nn.yaml:80:7
%5593 = add %5592, %5588 : f32[48] @ models/lib/nn.yaml:80:7
%5594 = cast %5574 : f64[] @ models/lib/nn.yaml:80:7
%5595 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5596 = pow %5595, %5594 : f64[] @ models/lib/nn.yaml:80:7
%5597 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5598 = sub %5597, %5596 : f64[] @ models/lib/nn.yaml:80:7
%5599 = div %3230, %5598 : f64[] @ models/lib/nn.yaml:80:7
%5600 = cast %5574 : f64[] @ models/lib/nn.yaml:80:7
%5601 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5602 = pow %5601, %5600 : f64[] @ models/lib/nn.yaml:80:7
%5603 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5604 = sub %5603, %5602 : f64[] @ models/lib/nn.yaml:80:7
%5605 = sqrt %5604 : f64[] @ models/lib/nn.yaml:80:7
%5606 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5607 = div %5606, %5605 : f64[] @ models/lib/nn.yaml:80:7
%5608 = sqrt %5593 : f32[48] @ models/lib/nn.yaml:80:7
%5609 = cast %5607 : f32[] @ models/lib/nn.yaml:80:7
%5610 = broadcast %5609 : f32[48] @ models/lib/nn.yaml:80:7
%5611 = mul %5608, %5610 : f32[48] @ models/lib/nn.yaml:80:7
%5612 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5613 = cast %5612 : f32[] @ models/lib/nn.yaml:80:7
%5614 = broadcast %5613 : f32[48] @ models/lib/nn.yaml:80:7
%5615 = add %5611, %5614 : f32[48] @ models/lib/nn.yaml:80:7
%5616 = div %5583, %5615 : f32[48] @ models/lib/nn.yaml:80:7
%5617 = cast %5599 : f32[] @ models/lib/nn.yaml:80:7
%5618 = broadcast %5617 : f32[48] @ models/lib/nn.yaml:80:7
%5619 = mul %5616, %5618 : f32[48] @ models/lib/nn.yaml:80:7
%5620 = sub %13, %5619 : f32[48] @ models/lib/nn.yaml:80:7
%5621 = assign %13, %5620 : f32[48] @ models/lib/nn.yaml:80:7
%5622 = assign %5570, %5583 : f32[48] @ models/lib/nn.yaml:80:7
%5623 = assign %5571, %5593 : f32[48] @ models/lib/nn.yaml:80:7
%5624 = assign %5572, %5574 : i64[] @ models/lib/nn.yaml:80:7
%5625 = cast %3232 : f32[] @ models/lib/nn.yaml:80:7
%5626 = broadcast %5625 : f32[48] @ models/lib/nn.yaml:80:7
%5627 = mul %91, %5626 : f32[48] @ models/lib/nn.yaml:80:7
%5628 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5629 = sub %5628, %3232 : f64[] @ models/lib/nn.yaml:80:7
%5630 = cast %5629 : f32[] @ models/lib/nn.yaml:80:7
%5631 = broadcast %5630 : f32[48] @ models/lib/nn.yaml:80:7
%5632 = mul %5620, %5631 : f32[48] @ models/lib/nn.yaml:80:7
%5633 = add %5627, %5632 : f32[48] @ models/lib/nn.yaml:80:7
%5634 = assign %91, %5633 : f32[48] @ models/lib/nn.yaml:80:7
%5635 = all_reduce_sum %4948 : f32[16,16] @ models/lib/nn.yaml:79:7
%5636 = reshape %5635 : f32[256] @ models/lib/nn.yaml:79:7
%5637 = mul %5636, %5636 : f32[256] @ models/lib/nn.yaml:79:7
%5638 = reduce_sum %5637 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5639 = sqrt %5638 : f32[] @ models/lib/nn.yaml:79:7
%5640 = cast %5639 : f64[] @ models/lib/nn.yaml:79:7
%5641 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%5642 = add %5640, %5641 : f64[] @ models/lib/nn.yaml:79:7
%5643 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%5644 = div %5643, %5642 : f64[] @ models/lib/nn.yaml:79:7
%5645 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5646 = lt %5644, %5645 : bool[] @ models/lib/nn.yaml:79:7
%5647 = cast %5644 : f32[] @ models/lib/nn.yaml:79:7
%5648 = broadcast %5647 : f32[16,16] @ models/lib/nn.yaml:79:7
%5649 = mul %5635, %5648 : f32[16,16] @ models/lib/nn.yaml:79:7
%5650 = broadcast %5646 : bool[16,16] @ models/lib/nn.yaml:79:7
%5651 = select %5650, %5649, %5635 : f32[16,16] @ models/lib/nn.yaml:79:7
%5652 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5653 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5654 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5655 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5656 = add %5654, %5655 : i64[] @ models/lib/nn.yaml:79:7
%5657 = mul %3230, %3231 : f64[] @ models/lib/nn.yaml:79:7
%5658 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5659 = sub %5658, %5657 : f64[] @ models/lib/nn.yaml:79:7
%5660 = cast %5659 : f32[] @ models/lib/nn.yaml:79:7
%5661 = broadcast %5660 : f32[16,16] @ models/lib/nn.yaml:79:7
%5662 = mul %14, %5661 : f32[16,16] @ models/lib/nn.yaml:79:7
%5663 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5664 = cast %5663 : f32[] @ models/lib/nn.yaml:79:7
%5665 = broadcast %5664 : f32[16,16] @ models/lib/nn.yaml:79:7
%5666 = mul %5651, %5665 : f32[16,16] @ models/lib/nn.yaml:79:7
%5667 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5668 = cast %5667 : f32[] @ models/lib/nn.yaml:79:7
%5669 = broadcast %5668 : f32[16,16] @ models/lib/nn.yaml:79:7
%5670 = mul %5652, %5669 : f32[16,16] @ models/lib/nn.yaml:79:7
%5671 = add %5670, %5666 : f32[16,16] @ models/lib/nn.yaml:79:7
%5672 = mul %5651, %5651 : f32[16,16] @ models/lib/nn.yaml:79:7
%5673 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5674 = cast %5673 : f32[] @ models/lib/nn.yaml:79:7
%5675 = broadcast %5674 : f32[16,16] @ models/lib/nn.yaml:79:7
%5676 = mul %5672, %5675 : f32[16,16] @ models/lib/nn.yaml:79:7
%5677 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5678 = cast %5677 : f32[] @ models/lib/nn.yaml:79:7
%5679 = broadcast %5678 : f32[16,16] @ models/lib/nn.yaml:79:7
%5680 = mul %5653, %5679 : f32[16,16] @ models/lib/nn.yaml:79:7
%5681 = add %5680, %5676 : f32[16,16] @ models/lib/nn.yaml:79:7
%5682 = cast %5656 : f64[] @ models/lib/nn.yaml:79:7
%5683 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5684 = pow %5683, %5682 : f64[] @ models/lib/nn.yaml:79:7
%5685 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5686 = sub %5685, %5684 : f64[] @ models/lib/nn.yaml:79:7
%5687 = div %3230, %5686 : f64[] @ models/lib/nn.yaml:79:7
%5688 = cast %5656 : f64[] @ models/lib/nn.yaml:79:7
%5689 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5690 = pow %5689, %5688 : f64[] @ models/lib/nn.yaml:79:7
%5691 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5692 = sub %5691, %5690 : f64[] @ models/lib/nn.yaml:79:7
%5693 = sqrt %5692 : f64[] @ models/lib/nn.yaml:79:7
%5694 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5695 = div %5694, %5693 : f64[] @ models/lib/nn.yaml:79:7
%5696 = sqrt %5681 : f32[16,16] @ models/lib/nn.yaml:79:7
%5697 = cast %5695 : f32[] @ models/lib/nn.yaml:79:7
%5698 = broadcast %5697 : f32[16,16] @ models/lib/nn.yaml:79:7
%5699 = mul %5696, %5698 : f32[16,16] @ models/lib/nn.yaml:79:7
%5700 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5701 = cast %5700 : f32[] @ models/lib/nn.yaml:79:7
%5702 = broadcast %5701 : f32[16,16] @ models/lib/nn.yaml:79:7
%5703 = add %5699, %5702 : f32[16,16] @ models/lib/nn.yaml:79:7
%5704 = div %5671, %5703 : f32[16,16] @ models/lib/nn.yaml:79:7
%5705 = cast %5687 : f32[] @ models/lib/nn.yaml:79:7
%5706 = broadcast %5705 : f32[16,16] @ models/lib/nn.yaml:79:7
%5707 = mul %5704, %5706 : f32[16,16] @ models/lib/nn.yaml:79:7
%5708 = sub %5662, %5707 : f32[16,16] @ models/lib/nn.yaml:79:7
%5709 = assign %14, %5708 : f32[16,16] @ models/lib/nn.yaml:79:7
%5710 = assign %5652, %5671 : f32[16,16] @ models/lib/nn.yaml:79:7
%5711 = assign %5653, %5681 : f32[16,16] @ models/lib/nn.yaml:79:7
%5712 = assign %5654, %5656 : i64[] @ models/lib/nn.yaml:79:7
%5713 = cast %3232 : f32[] @ models/lib/nn.yaml:79:7
%5714 = broadcast %5713 : f32[16,16] @ models/lib/nn.yaml:79:7
%5715 = mul %92, %5714 : f32[16,16] @ models/lib/nn.yaml:79:7
%5716 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5717 = sub %5716, %3232 : f64[] @ models/lib/nn.yaml:79:7
%5718 = cast %5717 : f32[] @ models/lib/nn.yaml:79:7
%5719 = broadcast %5718 : f32[16,16] @ models/lib/nn.yaml:79:7
%5720 = mul %5708, %5719 : f32[16,16] @ models/lib/nn.yaml:79:7
%5721 = add %5715, %5720 : f32[16,16] @ models/lib/nn.yaml:79:7
%5722 = assign %92, %5721 : f32[16,16] @ models/lib/nn.yaml:79:7
%5723 = all_reduce_sum %4943 : f32[16] @ models/lib/nn.yaml:80:7
%5724 = reshape %5723 : f32[16] @ models/lib/nn.yaml:80:7
%5725 = mul %5724, %5724 : f32[16] @ models/lib/nn.yaml:80:7
%5726 = reduce_sum %5725 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5727 = sqrt %5726 : f32[] @ models/lib/nn.yaml:80:7
%5728 = cast %5727 : f64[] @ models/lib/nn.yaml:80:7
%5729 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%5730 = add %5728, %5729 : f64[] @ models/lib/nn.yaml:80:7
%5731 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%5732 = div %5731, %5730 : f64[] @ models/lib/nn.yaml:80:7
%5733 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5734 = lt %5732, %5733 : bool[] @ models/lib/nn.yaml:80:7
%5735 = cast %5732 : f32[] @ models/lib/nn.yaml:80:7
%5736 = broadcast %5735 : f32[16] @ models/lib/nn.yaml:80:7
%5737 = mul %5723, %5736 : f32[16] @ models/lib/nn.yaml:80:7
%5738 = broadcast %5734 : bool[16] @ models/lib/nn.yaml:80:7
%5739 = select %5738, %5737, %5723 : f32[16] @ models/lib/nn.yaml:80:7
%5740 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5741 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5742 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5743 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5744 = add %5742, %5743 : i64[] @ models/lib/nn.yaml:80:7
%5745 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5746 = cast %5745 : f32[] @ models/lib/nn.yaml:80:7
%5747 = broadcast %5746 : f32[16] @ models/lib/nn.yaml:80:7
%5748 = mul %5739, %5747 : f32[16] @ models/lib/nn.yaml:80:7
%5749 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5750 = cast %5749 : f32[] @ models/lib/nn.yaml:80:7
%5751 = broadcast %5750 : f32[16] @ models/lib/nn.yaml:80:7
%5752 = mul %5740, %5751 : f32[16] @ models/lib/nn.yaml:80:7
%5753 = add %5752, %5748 : f32[16] @ models/lib/nn.yaml:80:7
%5754 = mul %5739, %5739 : f32[16] @ models/lib/nn.yaml:80:7
%5755 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5756 = cast %5755 : f32[] @ models/lib/nn.yaml:80:7
%5757 = broadcast %5756 : f32[16] @ models/lib/nn.yaml:80:7
%5758 = mul %5754, %5757 : f32[16] @ models/lib/nn.yaml:80:7
%5759 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5760 = cast %5759 : f32[] @ models/lib/nn.yaml:80:7
%5761 = broadcast %5760 : f32[16] @ models/lib/nn.yaml:80:7
%5762 = mul %5741, %5761 : f32[16] @ models/lib/nn.yaml:80:7
%5763 = add %5762, %5758 : f32[16] @ models/lib/nn.yaml:80:7
%5764 = cast %5744 : f64[] @ models/lib/nn.yaml:80:7
%5765 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5766 = pow %5765, %5764 : f64[] @ models/lib/nn.yaml:80:7
%5767 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5768 = sub %5767, %5766 : f64[] @ models/lib/nn.yaml:80:7
%5769 = div %3230, %5768 : f64[] @ models/lib/nn.yaml:80:7
%5770 = cast %5744 : f64[] @ models/lib/nn.yaml:80:7
%5771 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5772 = pow %5771, %5770 : f64[] @ models/lib/nn.yaml:80:7
%5773 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5774 = sub %5773, %5772 : f64[] @ models/lib/nn.yaml:80:7
%5775 = sqrt %5774 : f64[] @ models/lib/nn.yaml:80:7
%5776 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5777 = div %5776, %5775 : f64[] @ models/lib/nn.yaml:80:7
%5778 = sqrt %5763 : f32[16] @ models/lib/nn.yaml:80:7
%5779 = cast %5777 : f32[] @ models/lib/nn.yaml:80:7
%5780 = broadcast %5779 : f32[16] @ models/lib/nn.yaml:80:7
%5781 = mul %5778, %5780 : f32[16] @ models/lib/nn.yaml:80:7
%5782 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5783 = cast %5782 : f32[] @ models/lib/nn.yaml:80:7
%5784 = broadcast %5783 : f32[16] @ models/lib/nn.yaml:80:7
%5785 = add %5781, %5784 : f32[16] @ models/lib/nn.yaml:80:7
%5786 = div %5753, %5785 : f32[16] @ models/lib/nn.yaml:80:7
%5787 = cast %5769 : f32[] @ models/lib/nn.yaml:80:7
%5788 = broadcast %5787 : f32[16] @ models/lib/nn.yaml:80:7
%5789 = mul %5786, %5788 : f32[16] @ models/lib/nn.yaml:80:7
%5790 = sub %15, %5789 : f32[16] @ models/lib/nn.yaml:80:7
%5791 = assign %15, %5790 : f32[16] @ models/lib/nn.yaml:80:7
%5792 = assign %5740, %5753 : f32[16] @ models/lib/nn.yaml:80:7
%5793 = assign %5741, %5763 : f32[16] @ models/lib/nn.yaml:80:7
%5794 = assign %5742, %5744 : i64[] @ models/lib/nn.yaml:80:7
%5795 = cast %3232 : f32[] @ models/lib/nn.yaml:80:7
%5796 = broadcast %5795 : f32[16] @ models/lib/nn.yaml:80:7
%5797 = mul %93, %5796 : f32[16] @ models/lib/nn.yaml:80:7
%5798 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5799 = sub %5798, %3232 : f64[] @ models/lib/nn.yaml:80:7
%5800 = cast %5799 : f32[] @ models/lib/nn.yaml:80:7
%5801 = broadcast %5800 : f32[16] @ models/lib/nn.yaml:80:7
%5802 = mul %5790, %5801 : f32[16] @ models/lib/nn.yaml:80:7
%5803 = add %5797, %5802 : f32[16] @ models/lib/nn.yaml:80:7
%5804 = assign %93, %5803 : f32[16] @ models/lib/nn.yaml:80:7
%5805 = all_reduce_sum %4919 : f32[16] @ models/lib/nn.yaml:89:7
%5806 = reshape %5805 : f32[16] @ models/lib/nn.yaml:89:7
%5807 = mul %5806, %5806 : f32[16] @ models/lib/nn.yaml:89:7
%5808 = reduce_sum %5807 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5809 = sqrt %5808 : f32[] @ models/lib/nn.yaml:89:7
%5810 = cast %5809 : f64[] @ models/lib/nn.yaml:89:7
%5811 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%5812 = add %5810, %5811 : f64[] @ models/lib/nn.yaml:89:7
%5813 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%5814 = div %5813, %5812 : f64[] @ models/lib/nn.yaml:89:7
%5815 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5816 = lt %5814, %5815 : bool[] @ models/lib/nn.yaml:89:7
%5817 = cast %5814 : f32[] @ models/lib/nn.yaml:89:7
%5818 = broadcast %5817 : f32[16] @ models/lib/nn.yaml:89:7
%5819 = mul %5805, %5818 : f32[16] @ models/lib/nn.yaml:89:7
%5820 = broadcast %5816 : bool[16] @ models/lib/nn.yaml:89:7
%5821 = select %5820, %5819, %5805 : f32[16] @ models/lib/nn.yaml:89:7
%5822 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5823 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5824 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5825 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%5826 = add %5824, %5825 : i64[] @ models/lib/nn.yaml:89:7
%5827 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%5828 = cast %5827 : f32[] @ models/lib/nn.yaml:89:7
%5829 = broadcast %5828 : f32[16] @ models/lib/nn.yaml:89:7
%5830 = mul %5821, %5829 : f32[16] @ models/lib/nn.yaml:89:7
%5831 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%5832 = cast %5831 : f32[] @ models/lib/nn.yaml:89:7
%5833 = broadcast %5832 : f32[16] @ models/lib/nn.yaml:89:7
%5834 = mul %5822, %5833 : f32[16] @ models/lib/nn.yaml:89:7
%5835 = add %5834, %5830 : f32[16] @ models/lib/nn.yaml:89:7
%5836 = mul %5821, %5821 : f32[16] @ models/lib/nn.yaml:89:7
%5837 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%5838 = cast %5837 : f32[] @ models/lib/nn.yaml:89:7
%5839 = broadcast %5838 : f32[16] @ models/lib/nn.yaml:89:7
%5840 = mul %5836, %5839 : f32[16] @ models/lib/nn.yaml:89:7
%5841 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%5842 = cast %5841 : f32[] @ models/lib/nn.yaml:89:7
%5843 = broadcast %5842 : f32[16] @ models/lib/nn.yaml:89:7
%5844 = mul %5823, %5843 : f32[16] @ models/lib/nn.yaml:89:7
%5845 = add %5844, %5840 : f32[16] @ models/lib/nn.yaml:89:7
%5846 = cast %5826 : f64[] @ models/lib/nn.yaml:89:7
%5847 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%5848 = pow %5847, %5846 : f64[] @ models/lib/nn.yaml:89:7
%5849 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5850 = sub %5849, %5848 : f64[] @ models/lib/nn.yaml:89:7
%5851 = div %3230, %5850 : f64[] @ models/lib/nn.yaml:89:7
%5852 = cast %5826 : f64[] @ models/lib/nn.yaml:89:7
%5853 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%5854 = pow %5853, %5852 : f64[] @ models/lib/nn.yaml:89:7
%5855 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5856 = sub %5855, %5854 : f64[] @ models/lib/nn.yaml:89:7
%5857 = sqrt %5856 : f64[] @ models/lib/nn.yaml:89:7
%5858 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5859 = div %5858, %5857 : f64[] @ models/lib/nn.yaml:89:7
%5860 = sqrt %5845 : f32[16] @ models/lib/nn.yaml:89:7
%5861 = cast %5859 : f32[] @ models/lib/nn.yaml:89:7
%5862 = broadcast %5861 : f32[16] @ models/lib/nn.yaml:89:7
%5863 = mul %5860, %5862 : f32[16] @ models/lib/nn.yaml:89:7
%5864 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%5865 = cast %5864 : f32[] @ models/lib/nn.yaml:89:7
%5866 = broadcast %5865 : f32[16] @ models/lib/nn.yaml:89:7
%5867 = add %5863, %5866 : f32[16] @ models/lib/nn.yaml:89:7
%5868 = div %5835, %5867 : f32[16] @ models/lib/nn.yaml:89:7
%5869 = cast %5851 : f32[] @ models/lib/nn.yaml:89:7
%5870 = broadcast %5869 : f32[16] @ models/lib/nn.yaml:89:7
%5871 = mul %5868, %5870 : f32[16] @ models/lib/nn.yaml:89:7
%5872 = sub %16, %5871 : f32[16] @ models/lib/nn.yaml:89:7
%5873 = assign %16, %5872 : f32[16] @ models/lib/nn.yaml:89:7
%5874 = assign %5822, %5835 : f32[16] @ models/lib/nn.yaml:89:7
%5875 = assign %5823, %5845 : f32[16] @ models/lib/nn.yaml:89:7
%5876 = assign %5824, %5826 : i64[] @ models/lib/nn.yaml:89:7
%5877 = cast %3232 : f32[] @ models/lib/nn.yaml:89:7
%5878 = broadcast %5877 : f32[16] @ models/lib/nn.yaml:89:7
%5879 = mul %94, %5878 : f32[16] @ models/lib/nn.yaml:89:7
%5880 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5881 = sub %5880, %3232 : f64[] @ models/lib/nn.yaml:89:7
%5882 = cast %5881 : f32[] @ models/lib/nn.yaml:89:7
%5883 = broadcast %5882 : f32[16] @ models/lib/nn.yaml:89:7
%5884 = mul %5872, %5883 : f32[16] @ models/lib/nn.yaml:89:7
%5885 = add %5879, %5884 : f32[16] @ models/lib/nn.yaml:89:7
%5886 = assign %94, %5885 : f32[16] @ models/lib/nn.yaml:89:7
%5887 = all_reduce_sum %4914 : f32[16] @ models/lib/nn.yaml:90:7
%5888 = reshape %5887 : f32[16] @ models/lib/nn.yaml:90:7
%5889 = mul %5888, %5888 : f32[16] @ models/lib/nn.yaml:90:7
%5890 = reduce_sum %5889 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5891 = sqrt %5890 : f32[] @ models/lib/nn.yaml:90:7
%5892 = cast %5891 : f64[] @ models/lib/nn.yaml:90:7
%5893 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%5894 = add %5892, %5893 : f64[] @ models/lib/nn.yaml:90:7
%5895 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%5896 = div %5895, %5894 : f64[] @ models/lib/nn.yaml:90:7
%5897 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5898 = lt %5896, %5897 : bool[] @ models/lib/nn.yaml:90:7
%5899 = cast %5896 : f32[] @ models/lib/nn.yaml:90:7
%5900 = broadcast %5899 : f32[16] @ models/lib/nn.yaml:90:7
%5901 = mul %5887, %5900 : f32[16] @ models/lib/nn.yaml:90:7
%5902 = broadcast %5898 : bool[16] @ models/lib/nn.yaml:90:7
%5903 = select %5902, %5901, %5887 : f32[16] @ models/lib/nn.yaml:90:7
%5904 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5905 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5906 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5907 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%5908 = add %5906, %5907 : i64[] @ models/lib/nn.yaml:90:7
%5909 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%5910 = cast %5909 : f32[] @ models/lib/nn.yaml:90:7
%5911 = broadcast %5910 : f32[16] @ models/lib/nn.yaml:90:7
%5912 = mul %5903, %5911 : f32[16] @ models/lib/nn.yaml:90:7
%5913 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5914 = cast %5913 : f32[] @ models/lib/nn.yaml:90:7
%5915 = broadcast %5914 : f32[16] @ models/lib/nn.yaml:90:7
%5916 = mul %5904, %5915 : f32[16] @ models/lib/nn.yaml:90:7
%5917 = add %5916, %5912 : f32[16] @ models/lib/nn.yaml:90:7
%5918 = mul %5903, %5903 : f32[16] @ models/lib/nn.yaml:90:7
%5919 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%5920 = cast %5919 : f32[] @ models/lib/nn.yaml:90:7
%5921 = broadcast %5920 : f32[16] @ models/lib/nn.yaml:90:7
%5922 = mul %5918, %5921 : f32[16] @ models/lib/nn.yaml:90:7
%5923 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5924 = cast %5923 : f32[] @ models/lib/nn.yaml:90:7
%5925 = broadcast %5924 : f32[16] @ models/lib/nn.yaml:90:7
%5926 = mul %5905, %5925 : f32[16] @ models/lib/nn.yaml:90:7
%5927 = add %5926, %5922 : f32[16] @ models/lib/nn.yaml:90:7
%5928 = cast %5908 : f64[] @ models/lib/nn.yaml:90:7
%5929 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5930 = pow %5929, %5928 : f64[] @ models/lib/nn.yaml:90:7
%5931 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5932 = sub %5931, %5930 : f64[] @ models/lib/nn.yaml:90:7
%5933 = div %3230, %5932 : f64[] @ models/lib/nn.yaml:90:7
%5934 = cast %5908 : f64[] @ models/lib/nn.yaml:90:7
%5935 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5936 = pow %5935, %5934 : f64[] @ models/lib/nn.yaml:90:7
%5937 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5938 = sub %5937, %5936 : f64[] @ models/lib/nn.yaml:90:7
%5939 = sqrt %5938 : f64[] @ models/lib/nn.yaml:90:7
%5940 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5941 = div %5940, %5939 : f64[] @ models/lib/nn.yaml:90:7
%5942 = sqrt %5927 : f32[16] @ models/lib/nn.yaml:90:7
%5943 = cast %5941 : f32[] @ models/lib/nn.yaml:90:7
%5944 = broadcast %5943 : f32[16] @ models/lib/nn.yaml:90:7
%5945 = mul %5942, %5944 : f32[16] @ models/lib/nn.yaml:90:7
%5946 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%5947 = cast %5946 : f32[] @ models/lib/nn.yaml:90:7
%5948 = broadcast %5947 : f32[16] @ models/lib/nn.yaml:90:7
%5949 = add %5945, %5948 : f32[16] @ models/lib/nn.yaml:90:7
%5950 = div %5917, %5949 : f32[16] @ models/lib/nn.yaml:90:7
%5951 = cast %5933 : f32[] @ models/lib/nn.yaml:90:7
%5952 = broadcast %5951 : f32[16] @ models/lib/nn.yaml:90:7
%5953 = mul %5950, %5952 : f32[16] @ models/lib/nn.yaml:90:7
%5954 = sub %17, %5953 : f32[16] @ models/lib/nn.yaml:90:7
%5955 = assign %17, %5954 : f32[16] @ models/lib/nn.yaml:90:7
%5956 = assign %5904, %5917 : f32[16] @ models/lib/nn.yaml:90:7
%5957 = assign %5905, %5927 : f32[16] @ models/lib/nn.yaml:90:7
%5958 = assign %5906, %5908 : i64[] @ models/lib/nn.yaml:90:7
%5959 = cast %3232 : f32[] @ models/lib/nn.yaml:90:7
%5960 = broadcast %5959 : f32[16] @ models/lib/nn.yaml:90:7
%5961 = mul %95, %5960 : f32[16] @ models/lib/nn.yaml:90:7
%5962 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5963 = sub %5962, %3232 : f64[] @ models/lib/nn.yaml:90:7
%5964 = cast %5963 : f32[] @ models/lib/nn.yaml:90:7
%5965 = broadcast %5964 : f32[16] @ models/lib/nn.yaml:90:7
%5966 = mul %5954, %5965 : f32[16] @ models/lib/nn.yaml:90:7
%5967 = add %5961, %5966 : f32[16] @ models/lib/nn.yaml:90:7
%5968 = assign %95, %5967 : f32[16] @ models/lib/nn.yaml:90:7
%5969 = all_reduce_sum %4911 : f32[64,16] @ models/lib/nn.yaml:79:7
%5970 = reshape %5969 : f32[1024] @ models/lib/nn.yaml:79:7
%5971 = mul %5970, %5970 : f32[1024] @ models/lib/nn.yaml:79:7
%5972 = reduce_sum %5971 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5973 = sqrt %5972 : f32[] @ models/lib/nn.yaml:79:7
%5974 = cast %5973 : f64[] @ models/lib/nn.yaml:79:7
%5975 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%5976 = add %5974, %5975 : f64[] @ models/lib/nn.yaml:79:7
%5977 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%5978 = div %5977, %5976 : f64[] @ models/lib/nn.yaml:79:7
%5979 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5980 = lt %5978, %5979 : bool[] @ models/lib/nn.yaml:79:7
%5981 = cast %5978 : f32[] @ models/lib/nn.yaml:79:7
%5982 = broadcast %5981 : f32[64,16] @ models/lib/nn.yaml:79:7
%5983 = mul %5969, %5982 : f32[64,16] @ models/lib/nn.yaml:79:7
%5984 = broadcast %5980 : bool[64,16] @ models/lib/nn.yaml:79:7
%5985 = select %5984, %5983, %5969 : f32[64,16] @ models/lib/nn.yaml:79:7
%5986 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5987 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5988 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5989 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5990 = add %5988, %5989 : i64[] @ models/lib/nn.yaml:79:7
%5991 = mul %3230, %3231 : f64[] @ models/lib/nn.yaml:79:7
%5992 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5993 = sub %5992, %5991 : f64[] @ models/lib/nn.yaml:79:7
%5994 = cast %5993 : f32[] @ models/lib/nn.yaml:79:7
%5995 = broadcast %5994 : f32[64,16] @ models/lib/nn.yaml:79:7
%5996 = mul %18, %5995 : f32[64,16] @ models/lib/nn.yaml:79:7
%5997 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5998 = cast %5997 : f32[] @ models/lib/nn.yaml:79:7
%5999 = broadcast %5998 : f32[64,16] @ models/lib/nn.yaml:79:7
%6000 = mul %5985, %5999 : f32[64,16] @ models/lib/nn.yaml:79:7
%6001 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6002 = cast %6001 : f32[] @ models/lib/nn.yaml:79:7
%6003 = broadcast %6002 : f32[64,16] @ models/lib/nn.yaml:79:7
%6004 = mul %5986, %6003 : f32[64,16] @ models/lib/nn.yaml:79:7
%6005 = add %6004, %6000 : f32[64,16] @ models/lib/nn.yaml:79:7
%6006 = mul %5985, %5985 : f32[64,16] @ models/lib/nn.yaml:79:7
%6007 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6008 = cast %6007 : f32[] @ models/lib/nn.yaml:79:7
%6009 = broadcast %6008 : f32[64,16] @ models/lib/nn.yaml:79:7
%6010 = mul %6006, %6009 : f32[64,16] @ models/lib/nn.yaml:79:7
%6011 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6012 = cast %6011 : f32[] @ models/lib/nn.yaml:79:7
%6013 = broadcast %6012 : f32[64,16] @ models/lib/nn.yaml:79:7
%6014 = mul %5987, %6013 : f32[64,16] @ models/lib/nn.yaml:79:7
%6015 = add %6014, %6010 : f32[64,16] @ models/lib/nn.yaml:79:7
%6016 = cast %5990 : f64[] @ models/lib/nn.yaml:79:7
%6017 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6018 = pow %6017, %6016 : f64[] @ models/lib/nn.yaml:79:7
%6019 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6020 = sub %6019, %6018 : f64[] @ models/lib/nn.yaml:79:7
%6021 = div %3230, %6020 : f64[] @ models/lib/nn.yaml:79:7
%6022 = cast %5990 : f64[] @ models/lib/nn.yaml:79:7
%6023 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6024 = pow %6023, %6022 : f64[] @ models/lib/nn.yaml:79:7
%6025 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6026 = sub %6025, %6024 : f64[] @ models/lib/nn.yaml:79:7
%6027 = sqrt %6026 : f64[] @ models/lib/nn.yaml:79:7
%6028 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6029 = div %6028, %6027 : f64[] @ models/lib/nn.yaml:79:7
%6030 = sqrt %6015 : f32[64,16] @ models/lib/nn.yaml:79:7
%6031 = cast %6029 : f32[] @ models/lib/nn.yaml:79:7
%6032 = broadcast %6031 : f32[64,16] @ models/lib/nn.yaml:79:7
%6033 = mul %6030, %6032 : f32[64,16] @ models/lib/nn.yaml:79:7
%6034 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6035 = cast %6034 : f32[] @ models/lib/nn.yaml:79:7
%6036 = broadcast %6035 : f32[64,16] @ models/lib/nn.yaml:79:7
%6037 = add %6033, %6036 : f32[64,16] @ models/lib/nn.yaml:79:7
%6038 = div %6005, %6037 : f32[64,16] @ models/lib/nn.yaml:79:7
%6039 = cast %6021 : f32[] @ models/lib/nn.yaml:79:7
%6040 = broadcast %6039 : f32[64,16] @ models/lib/nn.yaml:79:7
%6041 = mul %6038, %6040 : f32[64,16] @ models/lib/nn.yaml:79:7
%6042 = sub %5996, %6041 : f32[64,16] @ models/lib/nn.yaml:79:7
%6043 = assign %18, %6042 : f32[64,16] @ models/lib/nn.yaml:79:7
%6044 = assign %5986, %6005 : f32[64,16] @ models/lib/nn.yaml:79:7
%6045 = assign %5987, %6015 : f32[64,16] @ models/lib/nn.yaml:79:7
%6046 = assign %5988, %5990 : i64[] @ models/lib/nn.yaml:79:7
%6047 = cast %3232 : f32[] @ models/lib/nn.yaml:79:7
%6048 = broadcast %6047 : f32[64,16] @ models/lib/nn.yaml:79:7
%6049 = mul %96, %6048 : f32[64,16] @ models/lib/nn.yaml:79:7
%6050 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6051 = sub %6050, %3232 : f64[] @ models/lib/nn.yaml:79:7
%6052 = cast %6051 : f32[] @ models/lib/nn.yaml:79:7
%6053 = broadcast %6052 : f32[64,16] @ models/lib/nn.yaml:79:7
%6054 = mul %6042, %6053 : f32[64,16] @ models/lib/nn.yaml:79:7
%6055 = add %6049, %6054 : f32[64,16] @ models/lib/nn.yaml:79:7
%6056 = assign %96, %6055 : f32[64,16] @ models/lib/nn.yaml:79:7
%6057 = all_reduce_sum %4906 : f32[64] @ models/lib/nn.yaml:80:7
%6058 = reshape %6057 : f32[64] @ models/lib/nn.yaml:80:7
%6059 = mul %6058, %6058 : f32[64] @ models/lib/nn.yaml:80:7
%6060 = reduce_sum %6059 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6061 = sqrt %6060 : f32[] @ models/lib/nn.yaml:80:7
%6062 = cast %6061 : f64[] @ models/lib/nn.yaml:80:7
%6063 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%6064 = add %6062, %6063 : f64[] @ models/lib/nn.yaml:80:7
%6065 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%6066 = div %6065, %6064 : f64[] @ models/lib/nn.yaml:80:7
%6067 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6068 = lt %6066, %6067 : bool[] @ models/lib/nn.yaml:80:7
%6069 = cast %6066 : f32[] @ models/lib/nn.yaml:80:7
%6070 = broadcast %6069 : f32[64] @ models/lib/nn.yaml:80:7
%6071 = mul %6057, %6070 : f32[64] @ models/lib/nn.yaml:80:7
%6072 = broadcast %6068 : bool[64] @ models/lib/nn.yaml:80:7
%6073 = select %6072, %6071, %6057 : f32[64] @ models/lib/nn.yaml:80:7
%6074 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6075 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6076 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6077 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6078 = add %6076, %6077 : i64[] @ models/lib/nn.yaml:80:7
%6079 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6080 = cast %6079 : f32[] @ models/lib/nn.yaml:80:7
%6081 = broadcast %6080 : f32[64] @ models/lib/nn.yaml:80:7
%6082 = mul %6073, %6081 : f32[64] @ models/lib/nn.yaml:80:7
%6083 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6084 = cast %6083 : f32[] @ models/lib/nn.yaml:80:7
%6085 = broadcast %6084 : f32[64] @ models/lib/nn.yaml:80:7
%6086 = mul %6074, %6085 : f32[64] @ models/lib/nn.yaml:80:7
%6087 = add %6086, %6082 : f32[64] @ models/lib/nn.yaml:80:7
%6088 = mul %6073, %6073 : f32[64] @ models/lib/nn.yaml:80:7
%6089 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6090 = cast %6089 : f32[] @ models/lib/nn.yaml:80:7
%6091 = broadcast %6090 : f32[64] @ models/lib/nn.yaml:80:7
%6092 = mul %6088, %6091 : f32[64] @ models/lib/nn.yaml:80:7
%6093 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6094 = cast %6093 : f32[] @ models/lib/nn.yaml:80:7
%6095 = broadcast %6094 : f32[64] @ models/lib/nn.yaml:80:7
%6096 = mul %6075, %6095 : f32[64] @ models/lib/nn.yaml:80:7
%6097 = add %6096, %6092 : f32[64] @ models/lib/nn.yaml:80:7
%6098 = cast %6078 : f64[] @ models/lib/nn.yaml:80:7
%6099 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6100 = pow %6099, %6098 : f64[] @ models/lib/nn.yaml:80:7
%6101 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6102 = sub %6101, %6100 : f64[] @ models/lib/nn.yaml:80:7
%6103 = div %3230, %6102 : f64[] @ models/lib/nn.yaml:80:7
%6104 = cast %6078 : f64[] @ models/lib/nn.yaml:80:7
%6105 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6106 = pow %6105, %6104 : f64[] @ models/lib/nn.yaml:80:7
%6107 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6108 = sub %6107, %6106 : f64[] @ models/lib/nn.yaml:80:7
%6109 = sqrt %6108 : f64[] @ models/lib/nn.yaml:80:7
%6110 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6111 = div %6110, %6109 : f64[] @ models/lib/nn.yaml:80:7
%6112 = sqrt %6097 : f32[64] @ models/lib/nn.yaml:80:7
%6113 = cast %6111 : f32[] @ models/lib/nn.yaml:80:7
%6114 = broadcast %6113 : f32[64] @ models/lib/nn.yaml:80:7
%6115 = mul %6112, %6114 : f32[64] @ models/lib/nn.yaml:80:7
%6116 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6117 = cast %6116 : f32[] @ models/lib/nn.yaml:80:7
%6118 = broadcast %6117 : f32[64] @ models/lib/nn.yaml:80:7
%6119 = add %6115, %6118 : f32[64] @ models/lib/nn.yaml:80:7
%6120 = div %6087, %6119 : f32[64] @ models/lib/nn.yaml:80:7
%6121 = cast %6103 : f32[] @ models/lib/nn.yaml:80:7
%6122 = broadcast %6121 : f32[64] @ models/lib/nn.yaml:80:7
%6123 = mul %6120, %6122 : f32[64] @ models/lib/nn.yaml:80:7
%6124 = sub %19, %6123 : f32[64] @ models/lib/nn.yaml:80:7
%6125 = assign %19, %6124 : f32[64] @ models/lib/nn.yaml:80:7
%6126 = assign %6074, %6087 : f32[64] @ models/lib/nn.yaml:80:7
%6127 = assign %6075, %6097 : f32[64] @ models/lib/nn.yaml:80:7
%6128 = assign %6076, %6078 : i64[] @ models/lib/nn.yaml:80:7
%6129 = cast %3232 : f32[] @ models/lib/nn.yaml:80:7
%6130 = broadcast %6129 : f32[64] @ models/lib/nn.yaml:80:7
%6131 = mul %97, %6130 : f32[64] @ models/lib/nn.yaml:80:7
%6132 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6133 = sub %6132, %3232 : f64[] @ models/lib/nn.yaml:80:7
%6134 = cast %6133 : f32[] @ models/lib/nn.yaml:80:7
%6135 = broadcast %6134 : f32[64] @ models/lib/nn.yaml:80:7
%6136 = mul %6124, %6135 : f32[64] @ models/lib/nn.yaml:80:7
%6137 = add %6131, %6136 : f32[64] @ models/lib/nn.yaml:80:7
%6138 = assign %97, %6137 : f32[64] @ models/lib/nn.yaml:80:7
%6139 = all_reduce_sum %4891 : f32[16,64] @ models/lib/nn.yaml:79:7
%6140 = reshape %6139 : f32[1024] @ models/lib/nn.yaml:79:7
%6141 = mul %6140, %6140 : f32[1024] @ models/lib/nn.yaml:79:7
%6142 = reduce_sum %6141 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6143 = sqrt %6142 : f32[] @ models/lib/nn.yaml:79:7
%6144 = cast %6143 : f64[] @ models/lib/nn.yaml:79:7
%6145 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%6146 = add %6144, %6145 : f64[] @ models/lib/nn.yaml:79:7
%6147 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%6148 = div %6147, %6146 : f64[] @ models/lib/nn.yaml:79:7
%6149 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6150 = lt %6148, %6149 : bool[] @ models/lib/nn.yaml:79:7
%6151 = cast %6148 : f32[] @ models/lib/nn.yaml:79:7
%6152 = broadcast %6151 : f32[16,64] @ models/lib/nn.yaml:79:7
%6153 = mul %6139, %6152 : f32[16,64] @ models/lib/nn.yaml:79:7
%6154 = broadcast %6150 : bool[16,64] @ models/lib/nn.yaml:79:7
%6155 = select %6154, %6153, %6139 : f32[16,64] @ models/lib/nn.yaml:79:7
%6156 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6157 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6158 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6159 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6160 = add %6158, %6159 : i64[] @ models/lib/nn.yaml:79:7
%6161 = mul %3230, %3231 : f64[] @ models/lib/nn.yaml:79:7
%6162 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6163 = sub %6162, %6161 : f64[] @ models/lib/nn.yaml:79:7
%6164 = cast %6163 : f32[] @ models/lib/nn.yaml:79:7
%6165 = broadcast %6164 : f32[16,64] @ models/lib/nn.yaml:79:7
%6166 = mul %20, %6165 : f32[16,64] @ models/lib/nn.yaml:79:7
%6167 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6168 = cast %6167 : f32[] @ models/lib/nn.yaml:79:7
%6169 = broadcast %6168 : f32[16,64] @ models/lib/nn.yaml:79:7
%6170 = mul %6155, %6169 : f32[16,64] @ models/lib/nn.yaml:79:7
%6171 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6172 = cast %6171 : f32[] @ models/lib/nn.yaml:79:7
%6173 = broadcast %6172 : f32[16,64] @ models/lib/nn.yaml:79:7
%6174 = mul %6156, %6173 : f32[16,64] @ models/lib/nn.yaml:79:7
%6175 = add %6174, %6170 : f32[16,64] @ models/lib/nn.yaml:79:7
%6176 = mul %6155, %6155 : f32[16,64] @ models/lib/nn.yaml:79:7
%6177 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6178 = cast %6177 : f32[] @ models/lib/nn.yaml:79:7
%6179 = broadcast %6178 : f32[16,64] @ models/lib/nn.yaml:79:7
%6180 = mul %6176, %6179 : f32[16,64] @ models/lib/nn.yaml:79:7
%6181 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6182 = cast %6181 : f32[] @ models/lib/nn.yaml:79:7
%6183 = broadcast %6182 : f32[16,64] @ models/lib/nn.yaml:79:7
%6184 = mul %6157, %6183 : f32[16,64] @ models/lib/nn.yaml:79:7
%6185 = add %6184, %6180 : f32[16,64] @ models/lib/nn.yaml:79:7
%6186 = cast %6160 : f64[] @ models/lib/nn.yaml:79:7
%6187 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6188 = pow %6187, %6186 : f64[] @ models/lib/nn.yaml:79:7
%6189 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6190 = sub %6189, %6188 : f64[] @ models/lib/nn.yaml:79:7
%6191 = div %3230, %6190 : f64[] @ models/lib/nn.yaml:79:7
%6192 = cast %6160 : f64[] @ models/lib/nn.yaml:79:7
%6193 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6194 = pow %6193, %6192 : f64[] @ models/lib/nn.yaml:79:7
%6195 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6196 = sub %6195, %6194 : f64[] @ models/lib/nn.yaml:79:7
%6197 = sqrt %6196 : f64[] @ models/lib/nn.yaml:79:7
%6198 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6199 = div %6198, %6197 : f64[] @ models/lib/nn.yaml:79:7
%6200 = sqrt %6185 : f32[16,64] @ models/lib/nn.yaml:79:7
%6201 = cast %6199 : f32[] @ models/lib/nn.yaml:79:7
%6202 = broadcast %6201 : f32[16,64] @ models/lib/nn.yaml:79:7
%6203 = mul %6200, %6202 : f32[16,64] @ models/lib/nn.yaml:79:7
%6204 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6205 = cast %6204 : f32[] @ models/lib/nn.yaml:79:7
%6206 = broadcast %6205 : f32[16,64] @ models/lib/nn.yaml:79:7
%6207 = add %6203, %6206 : f32[16,64] @ models/lib/nn.yaml:79:7
%6208 = div %6175, %6207 : f32[16,64] @ models/lib/nn.yaml:79:7
%6209 = cast %6191 : f32[] @ models/lib/nn.yaml:79:7
%6210 = broadcast %6209 : f32[16,64] @ models/lib/nn.yaml:79:7
%6211 = mul %6208, %6210 : f32[16,64] @ models/lib/nn.yaml:79:7
%6212 = sub %6166, %6211 : f32[16,64] @ models/lib/nn.yaml:79:7
%6213 = assign %20, %6212 : f32[16,64] @ models/lib/nn.yaml:79:7
%6214 = assign %6156, %6175 : f32[16,64] @ models/lib/nn.yaml:79:7
%6215 = assign %6157, %6185 : f32[16,64] @ models/lib/nn.yaml:79:7
%6216 = assign %6158, %6160 : i64[] @ models/lib/nn.yaml:79:7
%6217 = cast %3232 : f32[] @ models/lib/nn.yaml:79:7
%6218 = broadcast %6217 : f32[16,64] @ models/lib/nn.yaml:79:7
%6219 = mul %98, %6218 : f32[16,64] @ models/lib/nn.yaml:79:7
%6220 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6221 = sub %6220, %3232 : f64[] @ models/lib/nn.yaml:79:7
%6222 = cast %6221 : f32[] @ models/lib/nn.yaml:79:7
%6223 = broadcast %6222 : f32[16,64] @ models/lib/nn.yaml:79:7
%6224 = mul %6212, %6223 : f32[16,64] @ models/lib/nn.yaml:79:7
%6225 = add %6219, %6224 : f32[16,64] @ models/lib/nn.yaml:79:7
%6226 = assign %98, %6225 : f32[16,64] @ models/lib/nn.yaml:79:7
%6227 = all_reduce_sum %4886 : f32[16] @ models/lib/nn.yaml:80:7
%6228 = reshape %6227 : f32[16] @ models/lib/nn.yaml:80:7
%6229 = mul %6228, %6228 : f32[16] @ models/lib/nn.yaml:80:7
%6230 = reduce_sum %6229 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6231 = sqrt %6230 : f32[] @ models/lib/nn.yaml:80:7
%6232 = cast %6231 : f64[] @ models/lib/nn.yaml:80:7
%6233 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%6234 = add %6232, %6233 : f64[] @ models/lib/nn.yaml:80:7
%6235 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%6236 = div %6235, %6234 : f64[] @ models/lib/nn.yaml:80:7
%6237 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6238 = lt %6236, %6237 : bool[] @ models/lib/nn.yaml:80:7
%6239 = cast %6236 : f32[] @ models/lib/nn.yaml:80:7
%6240 = broadcast %6239 : f32[16] @ models/lib/nn.yaml:80:7
%6241 = mul %6227, %6240 : f32[16] @ models/lib/nn.yaml:80:7
%6242 = broadcast %6238 : bool[16] @ models/lib/nn.yaml:80:7
%6243 = select %6242, %6241, %6227 : f32[16] @ models/lib/nn.yaml:80:7
%6244 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6245 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6246 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6247 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6248 = add %6246, %6247 : i64[] @ models/lib/nn.yaml:80:7
%6249 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6250 = cast %6249 : f32[] @ models/lib/nn.yaml:80:7
%6251 = broadcast %6250 : f32[16] @ models/lib/nn.yaml:80:7
%6252 = mul %6243, %6251 : f32[16] @ models/lib/nn.yaml:80:7
%6253 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6254 = cast %6253 : f32[] @ models/lib/nn.yaml:80:7
%6255 = broadcast %6254 : f32[16] @ models/lib/nn.yaml:80:7
%6256 = mul %6244, %6255 : f32[16] @ models/lib/nn.yaml:80:7
%6257 = add %6256, %6252 : f32[16] @ models/lib/nn.yaml:80:7
%6258 = mul %6243, %6243 : f32[16] @ models/lib/nn.yaml:80:7
%6259 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6260 = cast %6259 : f32[] @ models/lib/nn.yaml:80:7
%6261 = broadcast %6260 : f32[16] @ models/lib/nn.yaml:80:7
%6262 = mul %6258, %6261 : f32[16] @ models/lib/nn.yaml:80:7
%6263 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6264 = cast %6263 : f32[] @ models/lib/nn.yaml:80:7
%6265 = broadcast %6264 : f32[16] @ models/lib/nn.yaml:80:7
%6266 = mul %6245, %6265 : f32[16] @ models/lib/nn.yaml:80:7
%6267 = add %6266, %6262 : f32[16] @ models/lib/nn.yaml:80:7
%6268 = cast %6248 : f64[] @ models/lib/nn.yaml:80:7
%6269 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6270 = pow %6269, %6268 : f64[] @ models/lib/nn.yaml:80:7
%6271 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6272 = sub %6271, %6270 : f64[] @ models/lib/nn.yaml:80:7
%6273 = div %3230, %6272 : f64[] @ models/lib/nn.yaml:80:7
%6274 = cast %6248 : f64[] @ models/lib/nn.yaml:80:7
%6275 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6276 = pow %6275, %6274 : f64[] @ models/lib/nn.yaml:80:7
%6277 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6278 = sub %6277, %6276 : f64[] @ models/lib/nn.yaml:80:7
%6279 = sqrt %6278 : f64[] @ models/lib/nn.yaml:80:7
%6280 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6281 = div %6280, %6279 : f64[] @ models/lib/nn.yaml:80:7
%6282 = sqrt %6267 : f32[16] @ models/lib/nn.yaml:80:7
%6283 = cast %6281 : f32[] @ models/lib/nn.yaml:80:7
%6284 = broadcast %6283 : f32[16] @ models/lib/nn.yaml:80:7
%6285 = mul %6282, %6284 : f32[16] @ models/lib/nn.yaml:80:7
%6286 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6287 = cast %6286 : f32[] @ models/lib/nn.yaml:80:7
%6288 = broadcast %6287 : f32[16] @ models/lib/nn.yaml:80:7
%6289 = add %6285, %6288 : f32[16] @ models/lib/nn.yaml:80:7
%6290 = div %6257, %6289 : f32[16] @ models/lib/nn.yaml:80:7
%6291 = cast %6273 : f32[] @ models/lib/nn.yaml:80:7
%6292 = broadcast %6291 : f32[16] @ models/lib/nn.yaml:80:7
%6293 = mul %6290, %6292 : f32[16] @ models/lib/nn.yaml:80:7
%6294 = sub %21, %6293 : f32[16] @ models/lib/nn.yaml:80:7
%6295 = assign %21, %6294 : f32[16] @ models/lib/nn.yaml:80:7
%6296 = assign %6244, %6257 : f32[16] @ models/lib/nn.yaml:80:7
%6297 = assign %6245, %6267 : f32[16] @ models/lib/nn.yaml:80:7
%6298 = assign %6246, %6248 : i64[] @ models/lib/nn.yaml:80:7
%6299 = cast %3232 : f32[] @ models/lib/nn.yaml:80:7
%6300 = broadcast %6299 : f32[16] @ models/lib/nn.yaml:80:7
%6301 = mul %99, %6300 : f32[16] @ models/lib/nn.yaml:80:7
%6302 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6303 = sub %6302, %3232 : f64[] @ models/lib/nn.yaml:80:7
%6304 = cast %6303 : f32[] @ models/lib/nn.yaml:80:7
%6305 = broadcast %6304 : f32[16] @ models/lib/nn.yaml:80:7
%6306 = mul %6294, %6305 : f32[16] @ models/lib/nn.yaml:80:7
%6307 = add %6301, %6306 : f32[16] @ models/lib/nn.yaml:80:7
%6308 = assign %99, %6307 : f32[16] @ models/lib/nn.yaml:80:7
%6309 = all_reduce_sum %4862 : f32[16] @ models/lib/nn.yaml:89:7
%6310 = reshape %6309 : f32[16] @ models/lib/nn.yaml:89:7
%6311 = mul %6310, %6310 : f32[16] @ models/lib/nn.yaml:89:7
%6312 = reduce_sum %6311 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6313 = sqrt %6312 : f32[] @ models/lib/nn.yaml:89:7
%6314 = cast %6313 : f64[] @ models/lib/nn.yaml:89:7
%6315 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%6316 = add %6314, %6315 : f64[] @ models/lib/nn.yaml:89:7
%6317 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%6318 = div %6317, %6316 : f64[] @ models/lib/nn.yaml:89:7
%6319 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6320 = lt %6318, %6319 : bool[] @ models/lib/nn.yaml:89:7
%6321 = cast %6318 : f32[] @ models/lib/nn.yaml:89:7
%6322 = broadcast %6321 : f32[16] @ models/lib/nn.yaml:89:7
%6323 = mul %6309, %6322 : f32[16] @ models/lib/nn.yaml:89:7
%6324 = broadcast %6320 : bool[16] @ models/lib/nn.yaml:89:7
%6325 = select %6324, %6323, %6309 : f32[16] @ models/lib/nn.yaml:89:7
%6326 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6327 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6328 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6329 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%6330 = add %6328, %6329 : i64[] @ models/lib/nn.yaml:89:7
%6331 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%6332 = cast %6331 : f32[] @ models/lib/nn.yaml:89:7
%6333 = broadcast %6332 : f32[16] @ models/lib/nn.yaml:89:7
%6334 = mul %6325, %6333 : f32[16] @ models/lib/nn.yaml:89:7
%6335 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6336 = cast %6335 : f32[] @ models/lib/nn.yaml:89:7
%6337 = broadcast %6336 : f32[16] @ models/lib/nn.yaml:89:7
%6338 = mul %6326, %6337 : f32[16] @ models/lib/nn.yaml:89:7
%6339 = add %6338, %6334 : f32[16] @ models/lib/nn.yaml:89:7
%6340 = mul %6325, %6325 : f32[16] @ models/lib/nn.yaml:89:7
%6341 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%6342 = cast %6341 : f32[] @ models/lib/nn.yaml:89:7
%6343 = broadcast %6342 : f32[16] @ models/lib/nn.yaml:89:7
%6344 = mul %6340, %6343 : f32[16] @ models/lib/nn.yaml:89:7
%6345 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6346 = cast %6345 : f32[] @ models/lib/nn.yaml:89:7
%6347 = broadcast %6346 : f32[16] @ models/lib/nn.yaml:89:7
%6348 = mul %6327, %6347 : f32[16] @ models/lib/nn.yaml:89:7
%6349 = add %6348, %6344 : f32[16] @ models/lib/nn.yaml:89:7
%6350 = cast %6330 : f64[] @ models/lib/nn.yaml:89:7
%6351 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6352 = pow %6351, %6350 : f64[] @ models/lib/nn.yaml:89:7
%6353 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6354 = sub %6353, %6352 : f64[] @ models/lib/nn.yaml:89:7
%6355 = div %3230, %6354 : f64[] @ models/lib/nn.yaml:89:7
%6356 = cast %6330 : f64[] @ models/lib/nn.yaml:89:7
%6357 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6358 = pow %6357, %6356 : f64[] @ models/lib/nn.yaml:89:7
%6359 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6360 = sub %6359, %6358 : f64[] @ models/lib/nn.yaml:89:7
%6361 = sqrt %6360 : f64[] @ models/lib/nn.yaml:89:7
%6362 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6363 = div %6362, %6361 : f64[] @ models/lib/nn.yaml:89:7
%6364 = sqrt %6349 : f32[16] @ models/lib/nn.yaml:89:7
%6365 = cast %6363 : f32[] @ models/lib/nn.yaml:89:7
%6366 = broadcast %6365 : f32[16] @ models/lib/nn.yaml:89:7
%6367 = mul %6364, %6366 : f32[16] @ models/lib/nn.yaml:89:7
%6368 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%6369 = cast %6368 : f32[] @ models/lib/nn.yaml:89:7
%6370 = broadcast %6369 : f32[16] @ models/lib/nn.yaml:89:7
%6371 = add %6367, %6370 : f32[16] @ models/lib/nn.yaml:89:7
%6372 = div %6339, %6371 : f32[16] @ models/lib/nn.yaml:89:7
%6373 = cast %6355 : f32[] @ models/lib/nn.yaml:89:7
%6374 = broadcast %6373 : f32[16] @ models/lib/nn.yaml:89:7
%6375 = mul %6372, %6374 : f32[16] @ models/lib/nn.yaml:89:7
%6376 = sub %22, %6375 : f32[16] @ models/lib/nn.yaml:89:7
%6377 = assign %22, %6376 : f32[16] @ models/lib/nn.yaml:89:7
%6378 = assign %6326, %6339 : f32[16] @ models/lib/nn.yaml:89:7
%6379 = assign %6327, %6349 : f32[16] @ models/lib/nn.yaml:89:7
%6380 = assign %6328, %6330 : i64[] @ models/lib/nn.yaml:89:7
%6381 = cast %3232 : f32[] @ models/lib/nn.yaml:89:7
%6382 = broadcast %6381 : f32[16] @ models/lib/nn.yaml:89:7
%6383 = mul %100, %6382 : f32[16] @ models/lib/nn.yaml:89:7
%6384 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6385 = sub %6384, %3232 : f64[] @ models/lib/nn.yaml:89:7
%6386 = cast %6385 : f32[] @ models/lib/nn.yaml:89:7
%6387 = broadcast %6386 : f32[16] @ models/lib/nn.yaml:89:7
%6388 = mul %6376, %6387 : f32[16] @ models/lib/nn.yaml:89:7
%6389 = add %6383, %6388 : f32[16] @ models/lib/nn.yaml:89:7
%6390 = assign %100, %6389 : f32[16] @ models/lib/nn.yaml:89:7
%6391 = all_reduce_sum %4857 : f32[16] @ models/lib/nn.yaml:90:7
%6392 = reshape %6391 : f32[16] @ models/lib/nn.yaml:90:7
%6393 = mul %6392, %6392 : f32[16] @ models/lib/nn.yaml:90:7
%6394 = reduce_sum %6393 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6395 = sqrt %6394 : f32[] @ models/lib/nn.yaml:90:7
%6396 = cast %6395 : f64[] @ models/lib/nn.yaml:90:7
%6397 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%6398 = add %6396, %6397 : f64[] @ models/lib/nn.yaml:90:7
%6399 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%6400 = div %6399, %6398 : f64[] @ models/lib/nn.yaml:90:7
%6401 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6402 = lt %6400, %6401 : bool[] @ models/lib/nn.yaml:90:7
%6403 = cast %6400 : f32[] @ models/lib/nn.yaml:90:7
%6404 = broadcast %6403 : f32[16] @ models/lib/nn.yaml:90:7
%6405 = mul %6391, %6404 : f32[16] @ models/lib/nn.yaml:90:7
%6406 = broadcast %6402 : bool[16] @ models/lib/nn.yaml:90:7
%6407 = select %6406, %6405, %6391 : f32[16] @ models/lib/nn.yaml:90:7
%6408 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6409 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6410 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6411 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%6412 = add %6410, %6411 : i64[] @ models/lib/nn.yaml:90:7
%6413 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%6414 = cast %6413 : f32[] @ models/lib/nn.yaml:90:7
%6415 = broadcast %6414 : f32[16] @ models/lib/nn.yaml:90:7
%6416 = mul %6407, %6415 : f32[16] @ models/lib/nn.yaml:90:7
%6417 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6418 = cast %6417 : f32[] @ models/lib/nn.yaml:90:7
%6419 = broadcast %6418 : f32[16] @ models/lib/nn.yaml:90:7
%6420 = mul %6408, %6419 : f32[16] @ models/lib/nn.yaml:90:7
%6421 = add %6420, %6416 : f32[16] @ models/lib/nn.yaml:90:7
%6422 = mul %6407, %6407 : f32[16] @ models/lib/nn.yaml:90:7
%6423 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%6424 = cast %6423 : f32[] @ models/lib/nn.yaml:90:7
%6425 = broadcast %6424 : f32[16] @ models/lib/nn.yaml:90:7
%6426 = mul %6422, %6425 : f32[16] @ models/lib/nn.yaml:90:7
%6427 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6428 = cast %6427 : f32[] @ models/lib/nn.yaml:90:7
%6429 = broadcast %6428 : f32[16] @ models/lib/nn.yaml:90:7
%6430 = mul %6409, %6429 : f32[16] @ models/lib/nn.yaml:90:7
%6431 = add %6430, %6426 : f32[16] @ models/lib/nn.yaml:90:7
%6432 = cast %6412 : f64[] @ models/lib/nn.yaml:90:7
%6433 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6434 = pow %6433, %6432 : f64[] @ models/lib/nn.yaml:90:7
%6435 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6436 = sub %6435, %6434 : f64[] @ models/lib/nn.yaml:90:7
%6437 = div %3230, %6436 : f64[] @ models/lib/nn.yaml:90:7
%6438 = cast %6412 : f64[] @ models/lib/nn.yaml:90:7
%6439 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6440 = pow %6439, %6438 : f64[] @ models/lib/nn.yaml:90:7
%6441 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6442 = sub %6441, %6440 : f64[] @ models/lib/nn.yaml:90:7
%6443 = sqrt %6442 : f64[] @ models/lib/nn.yaml:90:7
%6444 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6445 = div %6444, %6443 : f64[] @ models/lib/nn.yaml:90:7
%6446 = sqrt %6431 : f32[16] @ models/lib/nn.yaml:90:7
%6447 = cast %6445 : f32[] @ models/lib/nn.yaml:90:7
%6448 = broadcast %6447 : f32[16] @ models/lib/nn.yaml:90:7
%6449 = mul %6446, %6448 : f32[16] @ models/lib/nn.yaml:90:7
%6450 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%6451 = cast %6450 : f32[] @ models/lib/nn.yaml:90:7
%6452 = broadcast %6451 : f32[16] @ models/lib/nn.yaml:90:7
%6453 = add %6449, %6452 : f32[16] @ models/lib/nn.yaml:90:7
%6454 = div %6421, %6453 : f32[16] @ models/lib/nn.yaml:90:7
%6455 = cast %6437 : f32[] @ models/lib/nn.yaml:90:7
%6456 = broadcast %6455 : f32[16] @ models/lib/nn.yaml:90:7
%6457 = mul %6454, %6456 : f32[16] @ models/lib/nn.yaml:90:7
%6458 = sub %23, %6457 : f32[16] @ models/lib/nn.yaml:90:7
%6459 = assign %23, %6458 : f32[16] @ models/lib/nn.yaml:90:7
%6460 = assign %6408, %6421 : f32[16] @ models/lib/nn.yaml:90:7
%6461 = assign %6409, %6431 : f32[16] @ models/lib/nn.yaml:90:7
%6462 = assign %6410, %6412 : i64[] @ models/lib/nn.yaml:90:7
%6463 = cast %3232 : f32[] @ models/lib/nn.yaml:90:7
%6464 = broadcast %6463 : f32[16] @ models/lib/nn.yaml:90:7
%6465 = mul %101, %6464 : f32[16] @ models/lib/nn.yaml:90:7
%6466 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6467 = sub %6466, %3232 : f64[] @ models/lib/nn.yaml:90:7
%6468 = cast %6467 : f32[] @ models/lib/nn.yaml:90:7
%6469 = broadcast %6468 : f32[16] @ models/lib/nn.yaml:90:7
%6470 = mul %6458, %6469 : f32[16] @ models/lib/nn.yaml:90:7
%6471 = add %6465, %6470 : f32[16] @ models/lib/nn.yaml:90:7
%6472 = assign %101, %6471 : f32[16] @ models/lib/nn.yaml:90:7
%6473 = all_reduce_sum %4854 : f32[48,16] @ models/lib/nn.yaml:79:7
%6474 = reshape %6473 : f32[768] @ models/lib/nn.yaml:79:7
%6475 = mul %6474, %6474 : f32[768] @ models/lib/nn.yaml:79:7
%6476 = reduce_sum %6475 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6477 = sqrt %6476 : f32[] @ models/lib/nn.yaml:79:7
%6478 = cast %6477 : f64[] @ models/lib/nn.yaml:79:7
%6479 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%6480 = add %6478, %6479 : f64[] @ models/lib/nn.yaml:79:7
%6481 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%6482 = div %6481, %6480 : f64[] @ models/lib/nn.yaml:79:7
%6483 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6484 = lt %6482, %6483 : bool[] @ models/lib/nn.yaml:79:7
%6485 = cast %6482 : f32[] @ models/lib/nn.yaml:79:7
%6486 = broadcast %6485 : f32[48,16] @ models/lib/nn.yaml:79:7
%6487 = mul %6473, %6486 : f32[48,16] @ models/lib/nn.yaml:79:7
%6488 = broadcast %6484 : bool[48,16] @ models/lib/nn.yaml:79:7
%6489 = select %6488, %6487, %6473 : f32[48,16] @ models/lib/nn.yaml:79:7
%6490 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6491 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6492 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6493 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6494 = add %6492, %6493 : i64[] @ models/lib/nn.yaml:79:7
%6495 = mul %3230, %3231 : f64[] @ models/lib/nn.yaml:79:7
%6496 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6497 = sub %6496, %6495 : f64[] @ models/lib/nn.yaml:79:7
%6498 = cast %6497 : f32[] @ models/lib/nn.yaml:79:7
%6499 = broadcast %6498 : f32[48,16] @ models/lib/nn.yaml:79:7
%6500 = mul %24, %6499 : f32[48,16] @ models/lib/nn.yaml:79:7
%6501 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6502 = cast %6501 : f32[] @ models/lib/nn.yaml:79:7
%6503 = broadcast %6502 : f32[48,16] @ models/lib/nn.yaml:79:7
%6504 = mul %6489, %6503 : f32[48,16] @ models/lib/nn.yaml:79:7
%6505 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6506 = cast %6505 : f32[] @ models/lib/nn.yaml:79:7
%6507 = broadcast %6506 : f32[48,16] @ models/lib/nn.yaml:79:7
%6508 = mul %6490, %6507 : f32[48,16] @ models/lib/nn.yaml:79:7
%6509 = add %6508, %6504 : f32[48,16] @ models/lib/nn.yaml:79:7
%6510 = mul %6489, %6489 : f32[48,16] @ models/lib/nn.yaml:79:7
%6511 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6512 = cast %6511 : f32[] @ models/lib/nn.yaml:79:7
%6513 = broadcast %6512 : f32[48,16] @ models/lib/nn.yaml:79:7
%6514 = mul %6510, %6513 : f32[48,16] @ models/lib/nn.yaml:79:7
%6515 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6516 = cast %6515 : f32[] @ models/lib/nn.yaml:79:7
%6517 = broadcast %6516 : f32[48,16] @ models/lib/nn.yaml:79:7
%6518 = mul %6491, %6517 : f32[48,16] @ models/lib/nn.yaml:79:7
%6519 = add %6518, %6514 : f32[48,16] @ models/lib/nn.yaml:79:7
%6520 = cast %6494 : f64[] @ models/lib/nn.yaml:79:7
%6521 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6522 = pow %6521, %6520 : f64[] @ models/lib/nn.yaml:79:7
%6523 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6524 = sub %6523, %6522 : f64[] @ models/lib/nn.yaml:79:7
%6525 = div %3230, %6524 : f64[] @ models/lib/nn.yaml:79:7
%6526 = cast %6494 : f64[] @ models/lib/nn.yaml:79:7
%6527 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6528 = pow %6527, %6526 : f64[] @ models/lib/nn.yaml:79:7
%6529 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6530 = sub %6529, %6528 : f64[] @ models/lib/nn.yaml:79:7
%6531 = sqrt %6530 : f64[] @ models/lib/nn.yaml:79:7
%6532 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6533 = div %6532, %6531 : f64[] @ models/lib/nn.yaml:79:7
%6534 = sqrt %6519 : f32[48,16] @ models/lib/nn.yaml:79:7
%6535 = cast %6533 : f32[] @ models/lib/nn.yaml:79:7
%6536 = broadcast %6535 : f32[48,16] @ models/lib/nn.yaml:79:7
%6537 = mul %6534, %6536 : f32[48,16] @ models/lib/nn.yaml:79:7
%6538 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6539 = cast %6538 : f32[] @ models/lib/nn.yaml:79:7
%6540 = broadcast %6539 : f32[48,16] @ models/lib/nn.yaml:79:7
%6541 = add %6537, %6540 : f32[48,16] @ models/lib/nn.yaml:79:7
%6542 = div %6509, %6541 : f32[48,16] @ models/lib/nn.yaml:79:7
%6543 = cast %6525 : f32[] @ models/lib/nn.yaml:79:7
%6544 = broadcast %6543 : f32[48,16] @ models/lib/nn.yaml:79:7
%6545 = mul %6542, %6544 : f32[48,16] @ models/lib/nn.yaml:79:7
%6546 = sub %6500, %6545 : f32[48,16] @ models/lib/nn.yaml:79:7
%6547 = assign %24, %6546 : f32[48,16] @ models/lib/nn.yaml:79:7
%6548 = assign %6490, %6509 : f32[48,16] @ models/lib/nn.yaml:79:7
%6549 = assign %6491, %6519 : f32[48,16] @ models/lib/nn.yaml:79:7
%6550 = assign %6492, %6494 : i64[] @ models/lib/nn.yaml:79:7
%6551 = cast %3232 : f32[] @ models/lib/nn.yaml:79:7
%6552 = broadcast %6551 : f32[48,16] @ models/lib/nn.yaml:79:7
%6553 = mul %102, %6552 : f32[48,16] @ models/lib/nn.yaml:79:7
%6554 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6555 = sub %6554, %3232 : f64[] @ models/lib/nn.yaml:79:7
%6556 = cast %6555 : f32[] @ models/lib/nn.yaml:79:7
%6557 = broadcast %6556 : f32[48,16] @ models/lib/nn.yaml:79:7
%6558 = mul %6546, %6557 : f32[48,16] @ models/lib/nn.yaml:79:7
%6559 = add %6553, %6558 : f32[48,16] @ models/lib/nn.yaml:79:7
%6560 = assign %102, %6559 : f32[48,16] @ models/lib/nn.yaml:79:7
%6561 = all_reduce_sum %4849 : f32[48] @ models/lib/nn.yaml:80:7
%6562 = reshape %6561 : f32[48] @ models/lib/nn.yaml:80:7
%6563 = mul %6562, %6562 : f32[48] @ models/lib/nn.yaml:80:7
%6564 = reduce_sum %6563 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6565 = sqrt %6564 : f32[] @ models/lib/nn.yaml:80:7
%6566 = cast %6565 : f64[] @ models/lib/nn.yaml:80:7
%6567 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%6568 = add %6566, %6567 : f64[] @ models/lib/nn.yaml:80:7
%6569 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%6570 = div %6569, %6568 : f64[] @ models/lib/nn.yaml:80:7
%6571 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6572 = lt %6570, %6571 : bool[] @ models/lib/nn.yaml:80:7
%6573 = cast %6570 : f32[] @ models/lib/nn.yaml:80:7
%6574 = broadcast %6573 : f32[48] @ models/lib/nn.yaml:80:7
%6575 = mul %6561, %6574 : f32[48] @ models/lib/nn.yaml:80:7
%6576 = broadcast %6572 : bool[48] @ models/lib/nn.yaml:80:7
%6577 = select %6576, %6575, %6561 : f32[48] @ models/lib/nn.yaml:80:7
%6578 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6579 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6580 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6581 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6582 = add %6580, %6581 : i64[] @ models/lib/nn.yaml:80:7
%6583 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6584 = cast %6583 : f32[] @ models/lib/nn.yaml:80:7
%6585 = broadcast %6584 : f32[48] @ models/lib/nn.yaml:80:7
%6586 = mul %6577, %6585 : f32[48] @ models/lib/nn.yaml:80:7
%6587 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6588 = cast %6587 : f32[] @ models/lib/nn.yaml:80:7
%6589 = broadcast %6588 : f32[48] @ models/lib/nn.yaml:80:7
%6590 = mul %6578, %6589 : f32[48] @ models/lib/nn.yaml:80:7
%6591 = add %6590, %6586 : f32[48] @ models/lib/nn.yaml:80:7
%6592 = mul %6577, %6577 : f32[48] @ models/lib/nn.yaml:80:7
%6593 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6594 = cast %6593 : f32[] @ models/lib/nn.yaml:80:7
%6595 = broadcast %6594 : f32[48] @ models/lib/nn.yaml:80:7
%6596 = mul %6592, %6595 : f32[48] @ models/lib/nn.yaml:80:7
%6597 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6598 = cast %6597 : f32[] @ models/lib/nn.yaml:80:7
%6599 = broadcast %6598 : f32[48] @ models/lib/nn.yaml:80:7
%6600 = mul %6579, %6599 : f32[48] @ models/lib/nn.yaml:80:7
%6601 = add %6600, %6596 : f32[48] @ models/lib/nn.yaml:80:7
%6602 = cast %6582 : f64[] @ models/lib/nn.yaml:80:7
%6603 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6604 = pow %6603, %6602 : f64[] @ models/lib/nn.yaml:80:7
%6605 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6606 = sub %6605, %6604 : f64[] @ models/lib/nn.yaml:80:7
%6607 = div %3230, %6606 : f64[] @ models/lib/nn.yaml:80:7
%6608 = cast %6582 : f64[] @ models/lib/nn.yaml:80:7
%6609 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6610 = pow %6609, %6608 : f64[] @ models/lib/nn.yaml:80:7
%6611 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6612 = sub %6611, %6610 : f64[] @ models/lib/nn.yaml:80:7
%6613 = sqrt %6612 : f64[] @ models/lib/nn.yaml:80:7
%6614 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6615 = div %6614, %6613 : f64[] @ models/lib/nn.yaml:80:7
%6616 = sqrt %6601 : f32[48] @ models/lib/nn.yaml:80:7
%6617 = cast %6615 : f32[] @ models/lib/nn.yaml:80:7
%6618 = broadcast %6617 : f32[48] @ models/lib/nn.yaml:80:7
%6619 = mul %6616, %6618 : f32[48] @ models/lib/nn.yaml:80:7
%6620 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6621 = cast %6620 : f32[] @ models/lib/nn.yaml:80:7
%6622 = broadcast %6621 : f32[48] @ models/lib/nn.yaml:80:7
%6623 = add %6619, %6622 : f32[48] @ models/lib/nn.yaml:80:7
%6624 = div %6591, %6623 : f32[48] @ models/lib/nn.yaml:80:7
%6625 = cast %6607 : f32[] @ models/lib/nn.yaml:80:7
%6626 = broadcast %6625 : f32[48] @ models/lib/nn.yaml:80:7
%6627 = mul %6624, %6626 : f32[48] @ models/lib/nn.yaml:80:7
%6628 = sub %25, %6627 : f32[48] @ models/lib/nn.yaml:80:7
%6629 = assign %25, %6628 : f32[48] @ models/lib/nn.yaml:80:7
%6630 = assign %6578, %6591 : f32[48] @ models/lib/nn.yaml:80:7
%6631 = assign %6579, %6601 : f32[48] @ models/lib/nn.yaml:80:7
%6632 = assign %6580, %6582 : i64[] @ models/lib/nn.yaml:80:7
%6633 = cast %3232 : f32[] @ models/lib/nn.yaml:80:7
%6634 = broadcast %6633 : f32[48] @ models/lib/nn.yaml:80:7
%6635 = mul %103, %6634 : f32[48] @ models/lib/nn.yaml:80:7
%6636 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6637 = sub %6636, %3232 : f64[] @ models/lib/nn.yaml:80:7
%6638 = cast %6637 : f32[] @ models/lib/nn.yaml:80:7
%6639 = broadcast %6638 : f32[48] @ models/lib/nn.yaml:80:7
%6640 = mul %6628, %6639 : f32[48] @ models/lib/nn.yaml:80:7
%6641 = add %6635, %6640 : f32[48] @ models/lib/nn.yaml:80:7
%6642 = assign %103, %6641 : f32[48] @ models/lib/nn.yaml:80:7
%6643 = all_reduce_sum %4799 : f32[16,16] @ models/lib/nn.yaml:79:7
%6644 = reshape %6643 : f32[256] @ models/lib/nn.yaml:79:7
%6645 = mul %6644, %6644 : f32[256] @ models/lib/nn.yaml:79:7
%6646 = reduce_sum %6645 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6647 = sqrt %6646 : f32[] @ models/lib/nn.yaml:79:7
%6648 = cast %6647 : f64[] @ models/lib/nn.yaml:79:7
%6649 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%6650 = add %6648, %6649 : f64[] @ models/lib/nn.yaml:79:7
%6651 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%6652 = div %6651, %6650 : f64[] @ models/lib/nn.yaml:79:7
%6653 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6654 = lt %6652, %6653 : bool[] @ models/lib/nn.yaml:79:7
%6655 = cast %6652 : f32[] @ models/lib/nn.yaml:79:7
%6656 = broadcast %6655 : f32[16,16] @ models/lib/nn.yaml:79:7
%6657 = mul %6643, %6656 : f32[16,16] @ models/lib/nn.yaml:79:7
%6658 = broadcast %6654 : bool[16,16] @ models/lib/nn.yaml:79:7
%6659 = select %6658, %6657, %6643 : f32[16,16] @ models/lib/nn.yaml:79:7
%6660 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6661 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6662 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6663 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6664 = add %6662, %6663 : i64[] @ models/lib/nn.yaml:79:7
%6665 = mul %3230, %3231 : f64[] @ models/lib/nn.yaml:79:7
%6666 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6667 = sub %6666, %6665 : f64[] @ models/lib/nn.yaml:79:7
%6668 = cast %6667 : f32[] @ models/lib/nn.yaml:79:7
%6669 = broadcast %6668 : f32[16,16] @ models/lib/nn.yaml:79:7
%6670 = mul %26, %6669 : f32[16,16] @ models/lib/nn.yaml:79:7
%6671 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6672 = cast %6671 : f32[] @ models/lib/nn.yaml:79:7
%6673 = broadcast %6672 : f32[16,16] @ models/lib/nn.yaml:79:7
%6674 = mul %6659, %6673 : f32[16,16] @ models/lib/nn.yaml:79:7
%6675 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6676 = cast %6675 : f32[] @ models/lib/nn.yaml:79:7
%6677 = broadcast %6676 : f32[16,16] @ models/lib/nn.yaml:79:7
%6678 = mul %6660, %6677 : f32[16,16] @ models/lib/nn.yaml:79:7
%6679 = add %6678, %6674 : f32[16,16] @ models/lib/nn.yaml:79:7
%6680 = mul %6659, %6659 : f32[16,16] @ models/lib/nn.yaml:79:7
%6681 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6682 = cast %6681 : f32[] @ models/lib/nn.yaml:79:7
%6683 = broadcast %6682 : f32[16,16] @ models/lib/nn.yaml:79:7
%6684 = mul %6680, %6683 : f32[16,16] @ models/lib/nn.yaml:79:7
%6685 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6686 = cast %6685 : f32[] @ models/lib/nn.yaml:79:7
%6687 = broadcast %6686 : f32[16,16] @ models/lib/nn.yaml:79:7
%6688 = mul %6661, %6687 : f32[16,16] @ models/lib/nn.yaml:79:7
%6689 = add %6688, %6684 : f32[16,16] @ models/lib/nn.yaml:79:7
%6690 = cast %6664 : f64[] @ models/lib/nn.yaml:79:7
%6691 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6692 = pow %6691, %6690 : f64[] @ models/lib/nn.yaml:79:7
%6693 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6694 = sub %6693, %6692 : f64[] @ models/lib/nn.yaml:79:7
%6695 = div %3230, %6694 : f64[] @ models/lib/nn.yaml:79:7
%6696 = cast %6664 : f64[] @ models/lib/nn.yaml:79:7
%6697 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6698 = pow %6697, %6696 : f64[] @ models/lib/nn.yaml:79:7
%6699 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6700 = sub %6699, %6698 : f64[] @ models/lib/nn.yaml:79:7
%6701 = sqrt %6700 : f64[] @ models/lib/nn.yaml:79:7
%6702 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6703 = div %6702, %6701 : f64[] @ models/lib/nn.yaml:79:7
%6704 = sqrt %6689 : f32[16,16] @ models/lib/nn.yaml:79:7
%6705 = cast %6703 : f32[] @ models/lib/nn.yaml:79:7
%6706 = broadcast %6705 : f32[16,16] @ models/lib/nn.yaml:79:7
%6707 = mul %6704, %6706 : f32[16,16] @ models/lib/nn.yaml:79:7
%6708 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6709 = cast %6708 : f32[] @ models/lib/nn.yaml:79:7
%6710 = broadcast %6709 : f32[16,16] @ models/lib/nn.yaml:79:7
%6711 = add %6707, %6710 : f32[16,16] @ models/lib/nn.yaml:79:7
%6712 = div %6679, %6711 : f32[16,16] @ models/lib/nn.yaml:79:7
%6713 = cast %6695 : f32[] @ models/lib/nn.yaml:79:7
%6714 = broadcast %6713 : f32[16,16] @ models/lib/nn.yaml:79:7
%6715 = mul %6712, %6714 : f32[16,16] @ models/lib/nn.yaml:79:7
%6716 = sub %6670, %6715 : f32[16,16] @ models/lib/nn.yaml:79:7
%6717 = assign %26, %6716 : f32[16,16] @ models/lib/nn.yaml:79:7
%6718 = assign %6660, %6679 : f32[16,16] @ models/lib/nn.yaml:79:7
%6719 = assign %6661, %6689 : f32[16,16] @ models/lib/nn.yaml:79:7
%6720 = assign %6662, %6664 : i64[] @ models/lib/nn.yaml:79:7
%6721 = cast %3232 : f32[] @ models/lib/nn.yaml:79:7
%6722 = broadcast %6721 : f32[16,16] @ models/lib/nn.yaml:79:7
%6723 = mul %104, %6722 : f32[16,16] @ models/lib/nn.yaml:79:7
%6724 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6725 = sub %6724, %3232 : f64[] @ models/lib/nn.yaml:79:7
%6726 = cast %6725 : f32[] @ models/lib/nn.yaml:79:7
%6727 = broadcast %6726 : f32[16,16] @ models/lib/nn.yaml:79:7
%6728 = mul %6716, %6727 : f32[16,16] @ models/lib/nn.yaml:79:7
%6729 = add %6723, %6728 : f32[16,16] @ models/lib/nn.yaml:79:7
%6730 = assign %104, %6729 : f32[16,16] @ models/lib/nn.yaml:79:7
%6731 = all_reduce_sum %4794 : f32[16] @ models/lib/nn.yaml:80:7
%6732 = reshape %6731 : f32[16] @ models/lib/nn.yaml:80:7
%6733 = mul %6732, %6732 : f32[16] @ models/lib/nn.yaml:80:7
%6734 = reduce_sum %6733 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6735 = sqrt %6734 : f32[] @ models/lib/nn.yaml:80:7
%6736 = cast %6735 : f64[] @ models/lib/nn.yaml:80:7
%6737 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%6738 = add %6736, %6737 : f64[] @ models/lib/nn.yaml:80:7
%6739 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%6740 = div %6739, %6738 : f64[] @ models/lib/nn.yaml:80:7
%6741 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6742 = lt %6740, %6741 : bool[] @ models/lib/nn.yaml:80:7
%6743 = cast %6740 : f32[] @ models/lib/nn.yaml:80:7
%6744 = broadcast %6743 : f32[16] @ models/lib/nn.yaml:80:7
%6745 = mul %6731, %6744 : f32[16] @ models/lib/nn.yaml:80:7
%6746 = broadcast %6742 : bool[16] @ models/lib/nn.yaml:80:7
%6747 = select %6746, %6745, %6731 : f32[16] @ models/lib/nn.yaml:80:7
%6748 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6749 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6750 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6751 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6752 = add %6750, %6751 : i64[] @ models/lib/nn.yaml:80:7
%6753 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6754 = cast %6753 : f32[] @ models/lib/nn.yaml:80:7
%6755 = broadcast %6754 : f32[16] @ models/lib/nn.yaml:80:7
%6756 = mul %6747, %6755 : f32[16] @ models/lib/nn.yaml:80:7
%6757 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6758 = cast %6757 : f32[] @ models/lib/nn.yaml:80:7
%6759 = broadcast %6758 : f32[16] @ models/lib/nn.yaml:80:7
%6760 = mul %6748, %6759 : f32[16] @ models/lib/nn.yaml:80:7
%6761 = add %6760, %6756 : f32[16] @ models/lib/nn.yaml:80:7
%6762 = mul %6747, %6747 : f32[16] @ models/lib/nn.yaml:80:7
%6763 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6764 = cast %6763 : f32[] @ models/lib/nn.yaml:80:7
%6765 = broadcast %6764 : f32[16] @ models/lib/nn.yaml:80:7
%6766 = mul %6762, %6765 : f32[16] @ models/lib/nn.yaml:80:7
%6767 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6768 = cast %6767 : f32[] @ models/lib/nn.yaml:80:7
%6769 = broadcast %6768 : f32[16] @ models/lib/nn.yaml:80:7
%6770 = mul %6749, %6769 : f32[16] @ models/lib/nn.yaml:80:7
%6771 = add %6770, %6766 : f32[16] @ models/lib/nn.yaml:80:7
%6772 = cast %6752 : f64[] @ models/lib/nn.yaml:80:7
%6773 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6774 = pow %6773, %6772 : f64[] @ models/lib/nn.yaml:80:7
%6775 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6776 = sub %6775, %6774 : f64[] @ models/lib/nn.yaml:80:7
%6777 = div %3230, %6776 : f64[] @ models/lib/nn.yaml:80:7
%6778 = cast %6752 : f64[] @ models/lib/nn.yaml:80:7
%6779 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6780 = pow %6779, %6778 : f64[] @ models/lib/nn.yaml:80:7
%6781 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6782 = sub %6781, %6780 : f64[] @ models/lib/nn.yaml:80:7
%6783 = sqrt %6782 : f64[] @ models/lib/nn.yaml:80:7
%6784 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6785 = div %6784, %6783 : f64[] @ models/lib/nn.yaml:80:7
%6786 = sqrt %6771 : f32[16] @ models/lib/nn.yaml:80:7
%6787 = cast %6785 : f32[] @ models/lib/nn.yaml:80:7
%6788 = broadcast %6787 : f32[16] @ models/lib/nn.yaml:80:7
%6789 = mul %6786, %6788 : f32[16] @ models/lib/nn.yaml:80:7
%6790 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6791 = cast %6790 : f32[] @ models/lib/nn.yaml:80:7
%6792 = broadcast %6791 : f32[16] @ models/lib/nn.yaml:80:7
%6793 = add %6789, %6792 : f32[16] @ models/lib/nn.yaml:80:7
%6794 = div %6761, %6793 : f32[16] @ models/lib/nn.yaml:80:7
%6795 = cast %6777 : f32[] @ models/lib/nn.yaml:80:7
%6796 = broadcast %6795 : f32[16] @ models/lib/nn.yaml:80:7
%6797 = mul %6794, %6796 : f32[16] @ models/lib/nn.yaml:80:7
%6798 = sub %27, %6797 : f32[16] @ models/lib/nn.yaml:80:7
%6799 = assign %27, %6798 : f32[16] @ models/lib/nn.yaml:80:7
%6800 = assign %6748, %6761 : f32[16] @ models/lib/nn.yaml:80:7
%6801 = assign %6749, %6771 : f32[16] @ models/lib/nn.yaml:80:7
%6802 = assign %6750, %6752 : i64[] @ models/lib/nn.yaml:80:7
%6803 = cast %3232 : f32[] @ models/lib/nn.yaml:80:7
%6804 = broadcast %6803 : f32[16] @ models/lib/nn.yaml:80:7
%6805 = mul %105, %6804 : f32[16] @ models/lib/nn.yaml:80:7
%6806 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6807 = sub %6806, %3232 : f64[] @ models/lib/nn.yaml:80:7
%6808 = cast %6807 : f32[] @ models/lib/nn.yaml:80:7
%6809 = broadcast %6808 : f32[16] @ models/lib/nn.yaml:80:7
%6810 = mul %6798, %6809 : f32[16] @ models/lib/nn.yaml:80:7
%6811 = add %6805, %6810 : f32[16] @ models/lib/nn.yaml:80:7
%6812 = assign %105, %6811 : f32[16] @ models/lib/nn.yaml:80:7
%6813 = all_reduce_sum %4768 : f32[16] @ models/lib/nn.yaml:89:7
%6814 = reshape %6813 : f32[16] @ models/lib/nn.yaml:89:7
%6815 = mul %6814, %6814 : f32[16] @ models/lib/nn.yaml:89:7
%6816 = reduce_sum %6815 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6817 = sqrt %6816 : f32[] @ models/lib/nn.yaml:89:7
%6818 = cast %6817 : f64[] @ models/lib/nn.yaml:89:7
%6819 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%6820 = add %6818, %6819 : f64[] @ models/lib/nn.yaml:89:7
%6821 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%6822 = div %6821, %6820 : f64[] @ models/lib/nn.yaml:89:7
%6823 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6824 = lt %6822, %6823 : bool[] @ models/lib/nn.yaml:89:7
%6825 = cast %6822 : f32[] @ models/lib/nn.yaml:89:7
%6826 = broadcast %6825 : f32[16] @ models/lib/nn.yaml:89:7
%6827 = mul %6813, %6826 : f32[16] @ models/lib/nn.yaml:89:7
%6828 = broadcast %6824 : bool[16] @ models/lib/nn.yaml:89:7
%6829 = select %6828, %6827, %6813 : f32[16] @ models/lib/nn.yaml:89:7
%6830 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6831 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6832 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6833 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%6834 = add %6832, %6833 : i64[] @ models/lib/nn.yaml:89:7
%6835 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%6836 = cast %6835 : f32[] @ models/lib/nn.yaml:89:7
%6837 = broadcast %6836 : f32[16] @ models/lib/nn.yaml:89:7
%6838 = mul %6829, %6837 : f32[16] @ models/lib/nn.yaml:89:7
%6839 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6840 = cast %6839 : f32[] @ models/lib/nn.yaml:89:7
%6841 = broadcast %6840 : f32[16] @ models/lib/nn.yaml:89:7
%6842 = mul %6830, %6841 : f32[16] @ models/lib/nn.yaml:89:7
%6843 = add %6842, %6838 : f32[16] @ models/lib/nn.yaml:89:7
%6844 = mul %6829, %6829 : f32[16] @ models/lib/nn.yaml:89:7
%6845 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%6846 = cast %6845 : f32[] @ models/lib/nn.yaml:89:7
%6847 = broadcast %6846 : f32[16] @ models/lib/nn.yaml:89:7
%6848 = mul %6844, %6847 : f32[16] @ models/lib/nn.yaml:89:7
%6849 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6850 = cast %6849 : f32[] @ models/lib/nn.yaml:89:7
%6851 = broadcast %6850 : f32[16] @ models/lib/nn.yaml:89:7
%6852 = mul %6831, %6851 : f32[16] @ models/lib/nn.yaml:89:7
%6853 = add %6852, %6848 : f32[16] @ models/lib/nn.yaml:89:7
%6854 = cast %6834 : f64[] @ models/lib/nn.yaml:89:7
%6855 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6856 = pow %6855, %6854 : f64[] @ models/lib/nn.yaml:89:7
%6857 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6858 = sub %6857, %6856 : f64[] @ models/lib/nn.yaml:89:7
%6859 = div %3230, %6858 : f64[] @ models/lib/nn.yaml:89:7
%6860 = cast %6834 : f64[] @ models/lib/nn.yaml:89:7
%6861 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6862 = pow %6861, %6860 : f64[] @ models/lib/nn.yaml:89:7
%6863 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6864 = sub %6863, %6862 : f64[] @ models/lib/nn.yaml:89:7
%6865 = sqrt %6864 : f64[] @ models/lib/nn.yaml:89:7
%6866 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6867 = div %6866, %6865 : f64[] @ models/lib/nn.yaml:89:7
%6868 = sqrt %6853 : f32[16] @ models/lib/nn.yaml:89:7
%6869 = cast %6867 : f32[] @ models/lib/nn.yaml:89:7
%6870 = broadcast %6869 : f32[16] @ models/lib/nn.yaml:89:7
%6871 = mul %6868, %6870 : f32[16] @ models/lib/nn.yaml:89:7
%6872 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%6873 = cast %6872 : f32[] @ models/lib/nn.yaml:89:7
%6874 = broadcast %6873 : f32[16] @ models/lib/nn.yaml:89:7
%6875 = add %6871, %6874 : f32[16] @ models/lib/nn.yaml:89:7
%6876 = div %6843, %6875 : f32[16] @ models/lib/nn.yaml:89:7
%6877 = cast %6859 : f32[] @ models/lib/nn.yaml:89:7
%6878 = broadcast %6877 : f32[16] @ models/lib/nn.yaml:89:7
%6879 = mul %6876, %6878 : f32[16] @ models/lib/nn.yaml:89:7
%6880 = sub %28, %6879 : f32[16] @ models/lib/nn.yaml:89:7
%6881 = assign %28, %6880 : f32[16] @ models/lib/nn.yaml:89:7
%6882 = assign %6830, %6843 : f32[16] @ models/lib/nn.yaml:89:7
%6883 = assign %6831, %6853 : f32[16] @ models/lib/nn.yaml:89:7
%6884 = assign %6832, %6834 : i64[] @ models/lib/nn.yaml:89:7
%6885 = cast %3232 : f32[] @ models/lib/nn.yaml:89:7
%6886 = broadcast %6885 : f32[16] @ models/lib/nn.yaml:89:7
%6887 = mul %106, %6886 : f32[16] @ models/lib/nn.yaml:89:7
%6888 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6889 = sub %6888, %3232 : f64[] @ models/lib/nn.yaml:89:7
%6890 = cast %6889 : f32[] @ models/lib/nn.yaml:89:7
%6891 = broadcast %6890 : f32[16] @ models/lib/nn.yaml:89:7
%6892 = mul %6880, %6891 : f32[16] @ models/lib/nn.yaml:89:7
%6893 = add %6887, %6892 : f32[16] @ models/lib/nn.yaml:89:7
%6894 = assign %106, %6893 : f32[16] @ models/lib/nn.yaml:89:7
%6895 = all_reduce_sum %4763 : f32[16] @ models/lib/nn.yaml:90:7
%6896 = reshape %6895 : f32[16] @ models/lib/nn.yaml:90:7
%6897 = mul %6896, %6896 : f32[16] @ models/lib/nn.yaml:90:7
%6898 = reduce_sum %6897 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6899 = sqrt %6898 : f32[] @ models/lib/nn.yaml:90:7
%6900 = cast %6899 : f64[] @ models/lib/nn.yaml:90:7
%6901 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%6902 = add %6900, %6901 : f64[] @ models/lib/nn.yaml:90:7
%6903 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%6904 = div %6903, %6902 : f64[] @ models/lib/nn.yaml:90:7
%6905 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6906 = lt %6904, %6905 : bool[] @ models/lib/nn.yaml:90:7
%6907 = cast %6904 : f32[] @ models/lib/nn.yaml:90:7
%6908 = broadcast %6907 : f32[16] @ models/lib/nn.yaml:90:7
%6909 = mul %6895, %6908 : f32[16] @ models/lib/nn.yaml:90:7
%6910 = broadcast %6906 : bool[16] @ models/lib/nn.yaml:90:7
%6911 = select %6910, %6909, %6895 : f32[16] @ models/lib/nn.yaml:90:7
%6912 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6913 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6914 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6915 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%6916 = add %6914, %6915 : i64[] @ models/lib/nn.yaml:90:7
%6917 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%6918 = cast %6917 : f32[] @ models/lib/nn.yaml:90:7
%6919 = broadcast %6918 : f32[16] @ models/lib/nn.yaml:90:7
%6920 = mul %6911, %6919 : f32[16] @ models/lib/nn.yaml:90:7
%6921 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6922 = cast %6921 : f32[] @ models/lib/nn.yaml:90:7
%6923 = broadcast %6922 : f32[16] @ models/lib/nn.yaml:90:7
%6924 = mul %6912, %6923 : f32[16] @ models/lib/nn.yaml:90:7
%6925 = add %6924, %6920 : f32[16] @ models/lib/nn.yaml:90:7
%6926 = mul %6911, %6911 : f32[16] @ models/lib/nn.yaml:90:7
%6927 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%6928 = cast %6927 : f32[] @ models/lib/nn.yaml:90:7
%6929 = broadcast %6928 : f32[16] @ models/lib/nn.yaml:90:7
%6930 = mul %6926, %6929 : f32[16] @ models/lib/nn.yaml:90:7
%6931 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6932 = cast %6931 : f32[] @ models/lib/nn.yaml:90:7
%6933 = broadcast %6932 : f32[16] @ models/lib/nn.yaml:90:7
%6934 = mul %6913, %6933 : f32[16] @ models/lib/nn.yaml:90:7
%6935 = add %6934, %6930 : f32[16] @ models/lib/nn.yaml:90:7
%6936 = cast %6916 : f64[] @ models/lib/nn.yaml:90:7
%6937 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6938 = pow %6937, %6936 : f64[] @ models/lib/nn.yaml:90:7
%6939 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6940 = sub %6939, %6938 : f64[] @ models/lib/nn.yaml:90:7
%6941 = div %3230, %6940 : f64[] @ models/lib/nn.yaml:90:7
%6942 = cast %6916 : f64[] @ models/lib/nn.yaml:90:7
%6943 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6944 = pow %6943, %6942 : f64[] @ models/lib/nn.yaml:90:7
%6945 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6946 = sub %6945, %6944 : f64[] @ models/lib/nn.yaml:90:7
%6947 = sqrt %6946 : f64[] @ models/lib/nn.yaml:90:7
%6948 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6949 = div %6948, %6947 : f64[] @ models/lib/nn.yaml:90:7
%6950 = sqrt %6935 : f32[16] @ models/lib/nn.yaml:90:7
%6951 = cast %6949 : f32[] @ models/lib/nn.yaml:90:7
%6952 = broadcast %6951 : f32[16] @ models/lib/nn.yaml:90:7
%6953 = mul %6950, %6952 : f32[16] @ models/lib/nn.yaml:90:7
%6954 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%6955 = cast %6954 : f32[] @ models/lib/nn.yaml:90:7
%6956 = broadcast %6955 : f32[16] @ models/lib/nn.yaml:90:7
%6957 = add %6953, %6956 : f32[16] @ models/lib/nn.yaml:90:7
%6958 = div %6925, %6957 : f32[16] @ models/lib/nn.yaml:90:7
%6959 = cast %6941 : f32[] @ models/lib/nn.yaml:90:7
%6960 = broadcast %6959 : f32[16] @ models/lib/nn.yaml:90:7
%6961 = mul %6958, %6960 : f32[16] @ models/lib/nn.yaml:90:7
%6962 = sub %29, %6961 : f32[16] @ models/lib/nn.yaml:90:7
%6963 = assign %29, %6962 : f32[16] @ models/lib/nn.yaml:90:7
%6964 = assign %6912, %6925 : f32[16] @ models/lib/nn.yaml:90:7
%6965 = assign %6913, %6935 : f32[16] @ models/lib/nn.yaml:90:7
%6966 = assign %6914, %6916 : i64[] @ models/lib/nn.yaml:90:7
%6967 = cast %3232 : f32[] @ models/lib/nn.yaml:90:7
%6968 = broadcast %6967 : f32[16] @ models/lib/nn.yaml:90:7
%6969 = mul %107, %6968 : f32[16] @ models/lib/nn.yaml:90:7
%6970 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6971 = sub %6970, %3232 : f64[] @ models/lib/nn.yaml:90:7
%6972 = cast %6971 : f32[] @ models/lib/nn.yaml:90:7
%6973 = broadcast %6972 : f32[16] @ models/lib/nn.yaml:90:7
%6974 = mul %6962, %6973 : f32[16] @ models/lib/nn.yaml:90:7
%6975 = add %6969, %6974 : f32[16] @ models/lib/nn.yaml:90:7
%6976 = assign %107, %6975 : f32[16] @ models/lib/nn.yaml:90:7
%6977 = all_reduce_sum %4760 : f32[64,16] @ models/lib/nn.yaml:79:7
%6978 = reshape %6977 : f32[1024] @ models/lib/nn.yaml:79:7
%6979 = mul %6978, %6978 : f32[1024] @ models/lib/nn.yaml:79:7
%6980 = reduce_sum %6979 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6981 = sqrt %6980 : f32[] @ models/lib/nn.yaml:79:7
%6982 = cast %6981 : f64[] @ models/lib/nn.yaml:79:7
%6983 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%6984 = add %6982, %6983 : f64[] @ models/lib/nn.yaml:79:7
%6985 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%6986 = div %6985, %6984 : f64[] @ models/lib/nn.yaml:79:7
%6987 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6988 = lt %6986, %6987 : bool[] @ models/lib/nn.yaml:79:7
%6989 = cast %6986 : f32[] @ models/lib/nn.yaml:79:7
%6990 = broadcast %6989 : f32[64,16] @ models/lib/nn.yaml:79:7
%6991 = mul %6977, %6990 : f32[64,16] @ models/lib/nn.yaml:79:7
%6992 = broadcast %6988 : bool[64,16] @ models/lib/nn.yaml:79:7
%6993 = select %6992, %6991, %6977 : f32[64,16] @ models/lib/nn.yaml:79:7
%6994 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6995 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6996 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6997 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6998 = add %6996, %6997 : i64[] @ models/lib/nn.yaml:79:7
%6999 = mul %3230, %3231 : f64[] @ models/lib/nn.yaml:79:7
%7000 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7001 = sub %7000, %6999 : f64[] @ models/lib/nn.yaml:79:7
%7002 = cast %7001 : f32[] @ models/lib/nn.yaml:79:7
%7003 = broadcast %7002 : f32[64,16] @ models/lib/nn.yaml:79:7
%7004 = mul %30, %7003 : f32[64,16] @ models/lib/nn.yaml:79:7
%7005 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7006 = cast %7005 : f32[] @ models/lib/nn.yaml:79:7
%7007 = broadcast %7006 : f32[64,16] @ models/lib/nn.yaml:79:7
%7008 = mul %6993, %7007 : f32[64,16] @ models/lib/nn.yaml:79:7
%7009 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7010 = cast %7009 : f32[] @ models/lib/nn.yaml:79:7
%7011 = broadcast %7010 : f32[64,16] @ models/lib/nn.yaml:79:7
%7012 = mul %6994, %7011 : f32[64,16] @ models/lib/nn.yaml:79:7
%7013 = add %7012, %7008 : f32[64,16] @ models/lib/nn.yaml:79:7
%7014 = mul %6993, %6993 : f32[64,16] @ models/lib/nn.yaml:79:7
%7015 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7016 = cast %7015 : f32[] @ models/lib/nn.yaml:79:7
%7017 = broadcast %7016 : f32[64,16] @ models/lib/nn.yaml:79:7
%7018 = mul %7014, %7017 : f32[64,16] @ models/lib/nn.yaml:79:7
%7019 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7020 = cast %7019 : f32[] @ models/lib/nn.yaml:79:7
%7021 = broadcast %7020 : f32[64,16] @ models/lib/nn.yaml:79:7
%7022 = mul %6995, %7021 : f32[64,16] @ models/lib/nn.yaml:79:7
%7023 = add %7022, %7018 : f32[64,16] @ models/lib/nn.yaml:79:7
%7024 = cast %6998 : f64[] @ models/lib/nn.yaml:79:7
%7025 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7026 = pow %7025, %7024 : f64[] @ models/lib/nn.yaml:79:7
%7027 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7028 = sub %7027, %7026 : f64[] @ models/lib/nn.yaml:79:7
%7029 = div %3230, %7028 : f64[] @ models/lib/nn.yaml:79:7
%7030 = cast %6998 : f64[] @ models/lib/nn.yaml:79:7
%7031 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7032 = pow %7031, %7030 : f64[] @ models/lib/nn.yaml:79:7
%7033 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7034 = sub %7033, %7032 : f64[] @ models/lib/nn.yaml:79:7
%7035 = sqrt %7034 : f64[] @ models/lib/nn.yaml:79:7
%7036 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7037 = div %7036, %7035 : f64[] @ models/lib/nn.yaml:79:7
%7038 = sqrt %7023 : f32[64,16] @ models/lib/nn.yaml:79:7
%7039 = cast %7037 : f32[] @ models/lib/nn.yaml:79:7
%7040 = broadcast %7039 : f32[64,16] @ models/lib/nn.yaml:79:7
%7041 = mul %7038, %7040 : f32[64,16] @ models/lib/nn.yaml:79:7
%7042 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7043 = cast %7042 : f32[] @ models/lib/nn.yaml:79:7
%7044 = broadcast %7043 : f32[64,16] @ models/lib/nn.yaml:79:7
%7045 = add %7041, %7044 : f32[64,16] @ models/lib/nn.yaml:79:7
%7046 = div %7013, %7045 : f32[64,16] @ models/lib/nn.yaml:79:7
%7047 = cast %7029 : f32[] @ models/lib/nn.yaml:79:7
%7048 = broadcast %7047 : f32[64,16] @ models/lib/nn.yaml:79:7
%7049 = mul %7046, %7048 : f32[64,16] @ models/lib/nn.yaml:79:7
%7050 = sub %7004, %7049 : f32[64,16] @ models/lib/nn.yaml:79:7
%7051 = assign %30, %7050 : f32[64,16] @ models/lib/nn.yaml:79:7
%7052 = assign %6994, %7013 : f32[64,16] @ models/lib/nn.yaml:79:7
%7053 = assign %6995, %7023 : f32[64,16] @ models/lib/nn.yaml:79:7
%7054 = assign %6996, %6998 : i64[] @ models/lib/nn.yaml:79:7
%7055 = cast %3232 : f32[] @ models/lib/nn.yaml:79:7
%7056 = broadcast %7055 : f32[64,16] @ models/lib/nn.yaml:79:7
%7057 = mul %108, %7056 : f32[64,16] @ models/lib/nn.yaml:79:7
%7058 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7059 = sub %7058, %3232 : f64[] @ models/lib/nn.yaml:79:7
%7060 = cast %7059 : f32[] @ models/lib/nn.yaml:79:7
%7061 = broadcast %7060 : f32[64,16] @ models/lib/nn.yaml:79:7
%7062 = mul %7050, %7061 : f32[64,16] @ models/lib/nn.yaml:79:7
%7063 = add %7057, %7062 : f32[64,16] @ models/lib/nn.yaml:79:7
%7064 = assign %108, %7063 : f32[64,16] @ models/lib/nn.yaml:79:7
%7065 = all_reduce_sum %4755 : f32[64] @ models/lib/nn.yaml:80:7
%7066 = reshape %7065 : f32[64] @ models/lib/nn.yaml:80:7
%7067 = mul %7066, %7066 : f32[64] @ models/lib/nn.yaml:80:7
%7068 = reduce_sum %7067 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7069 = sqrt %7068 : f32[] @ models/lib/nn.yaml:80:7
%7070 = cast %7069 : f64[] @ models/lib/nn.yaml:80:7
%7071 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%7072 = add %7070, %7071 : f64[] @ models/lib/nn.yaml:80:7
%7073 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%7074 = div %7073, %7072 : f64[] @ models/lib/nn.yaml:80:7
%7075 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7076 = lt %7074, %7075 : bool[] @ models/lib/nn.yaml:80:7
%7077 = cast %7074 : f32[] @ models/lib/nn.yaml:80:7
%7078 = broadcast %7077 : f32[64] @ models/lib/nn.yaml:80:7
%7079 = mul %7065, %7078 : f32[64] @ models/lib/nn.yaml:80:7
%7080 = broadcast %7076 : bool[64] @ models/lib/nn.yaml:80:7
%7081 = select %7080, %7079, %7065 : f32[64] @ models/lib/nn.yaml:80:7
%7082 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7083 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7084 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7085 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%7086 = add %7084, %7085 : i64[] @ models/lib/nn.yaml:80:7
%7087 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%7088 = cast %7087 : f32[] @ models/lib/nn.yaml:80:7
%7089 = broadcast %7088 : f32[64] @ models/lib/nn.yaml:80:7
%7090 = mul %7081, %7089 : f32[64] @ models/lib/nn.yaml:80:7
%7091 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7092 = cast %7091 : f32[] @ models/lib/nn.yaml:80:7
%7093 = broadcast %7092 : f32[64] @ models/lib/nn.yaml:80:7
%7094 = mul %7082, %7093 : f32[64] @ models/lib/nn.yaml:80:7
%7095 = add %7094, %7090 : f32[64] @ models/lib/nn.yaml:80:7
%7096 = mul %7081, %7081 : f32[64] @ models/lib/nn.yaml:80:7
%7097 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%7098 = cast %7097 : f32[] @ models/lib/nn.yaml:80:7
%7099 = broadcast %7098 : f32[64] @ models/lib/nn.yaml:80:7
%7100 = mul %7096, %7099 : f32[64] @ models/lib/nn.yaml:80:7
%7101 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7102 = cast %7101 : f32[] @ models/lib/nn.yaml:80:7
%7103 = broadcast %7102 : f32[64] @ models/lib/nn.yaml:80:7
%7104 = mul %7083, %7103 : f32[64] @ models/lib/nn.yaml:80:7
%7105 = add %7104, %7100 : f32[64] @ models/lib/nn.yaml:80:7
%7106 = cast %7086 : f64[] @ models/lib/nn.yaml:80:7
%7107 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7108 = pow %7107, %7106 : f64[] @ models/lib/nn.yaml:80:7
%7109 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7110 = sub %7109, %7108 : f64[] @ models/lib/nn.yaml:80:7
%7111 = div %3230, %7110 : f64[] @ models/lib/nn.yaml:80:7
%7112 = cast %7086 : f64[] @ models/lib/nn.yaml:80:7
%7113 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7114 = pow %7113, %7112 : f64[] @ models/lib/nn.yaml:80:7
%7115 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7116 = sub %7115, %7114 : f64[] @ models/lib/nn.yaml:80:7
%7117 = sqrt %7116 : f64[] @ models/lib/nn.yaml:80:7
%7118 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7119 = div %7118, %7117 : f64[] @ models/lib/nn.yaml:80:7
%7120 = sqrt %7105 : f32[64] @ models/lib/nn.yaml:80:7
%7121 = cast %7119 : f32[] @ models/lib/nn.yaml:80:7
%7122 = broadcast %7121 : f32[64] @ models/lib/nn.yaml:80:7
%7123 = mul %7120, %7122 : f32[64] @ models/lib/nn.yaml:80:7
%7124 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%7125 = cast %7124 : f32[] @ models/lib/nn.yaml:80:7
%7126 = broadcast %7125 : f32[64] @ models/lib/nn.yaml:80:7
%7127 = add %7123, %7126 : f32[64] @ models/lib/nn.yaml:80:7
%7128 = div %7095, %7127 : f32[64] @ models/lib/nn.yaml:80:7
%7129 = cast %7111 : f32[] @ models/lib/nn.yaml:80:7
%7130 = broadcast %7129 : f32[64] @ models/lib/nn.yaml:80:7
%7131 = mul %7128, %7130 : f32[64] @ models/lib/nn.yaml:80:7
%7132 = sub %31, %7131 : f32[64] @ models/lib/nn.yaml:80:7
%7133 = assign %31, %7132 : f32[64] @ models/lib/nn.yaml:80:7
%7134 = assign %7082, %7095 : f32[64] @ models/lib/nn.yaml:80:7
%7135 = assign %7083, %7105 : f32[64] @ models/lib/nn.yaml:80:7
%7136 = assign %7084, %7086 : i64[] @ models/lib/nn.yaml:80:7
%7137 = cast %3232 : f32[] @ models/lib/nn.yaml:80:7
%7138 = broadcast %7137 : f32[64] @ models/lib/nn.yaml:80:7
%7139 = mul %109, %7138 : f32[64] @ models/lib/nn.yaml:80:7
%7140 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7141 = sub %7140, %3232 : f64[] @ models/lib/nn.yaml:80:7
%7142 = cast %7141 : f32[] @ models/lib/nn.yaml:80:7
%7143 = broadcast %7142 : f32[64] @ models/lib/nn.yaml:80:7
%7144 = mul %7132, %7143 : f32[64] @ models/lib/nn.yaml:80:7
%7145 = add %7139, %7144 : f32[64] @ models/lib/nn.yaml:80:7
%7146 = assign %109, %7145 : f32[64] @ models/lib/nn.yaml:80:7
%7147 = all_reduce_sum %4740 : f32[16,64] @ models/lib/nn.yaml:79:7
%7148 = reshape %7147 : f32[1024] @ models/lib/nn.yaml:79:7
%7149 = mul %7148, %7148 : f32[1024] @ models/lib/nn.yaml:79:7
%7150 = reduce_sum %7149 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7151 = sqrt %7150 : f32[] @ models/lib/nn.yaml:79:7
%7152 = cast %7151 : f64[] @ models/lib/nn.yaml:79:7
%7153 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%7154 = add %7152, %7153 : f64[] @ models/lib/nn.yaml:79:7
%7155 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%7156 = div %7155, %7154 : f64[] @ models/lib/nn.yaml:79:7
%7157 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7158 = lt %7156, %7157 : bool[] @ models/lib/nn.yaml:79:7
%7159 = cast %7156 : f32[] @ models/lib/nn.yaml:79:7
%7160 = broadcast %7159 : f32[16,64] @ models/lib/nn.yaml:79:7
%7161 = mul %7147, %7160 : f32[16,64] @ models/lib/nn.yaml:79:7
%7162 = broadcast %7158 : bool[16,64] @ models/lib/nn.yaml:79:7
%7163 = select %7162, %7161, %7147 : f32[16,64] @ models/lib/nn.yaml:79:7
%7164 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7165 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7166 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7167 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7168 = add %7166, %7167 : i64[] @ models/lib/nn.yaml:79:7
%7169 = mul %3230, %3231 : f64[] @ models/lib/nn.yaml:79:7
%7170 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7171 = sub %7170, %7169 : f64[] @ models/lib/nn.yaml:79:7
%7172 = cast %7171 : f32[] @ models/lib/nn.yaml:79:7
%7173 = broadcast %7172 : f32[16,64] @ models/lib/nn.yaml:79:7
%7174 = mul %32, %7173 : f32[16,64] @ models/lib/nn.yaml:79:7
%7175 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7176 = cast %7175 : f32[] @ models/lib/nn.yaml:79:7
%7177 = broadcast %7176 : f32[16,64] @ models/lib/nn.yaml:79:7
%7178 = mul %7163, %7177 : f32[16,64] @ models/lib/nn.yaml:79:7
%7179 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7180 = cast %7179 : f32[] @ models/lib/nn.yaml:79:7
%7181 = broadcast %7180 : f32[16,64] @ models/lib/nn.yaml:79:7
%7182 = mul %7164, %7181 : f32[16,64] @ models/lib/nn.yaml:79:7
%7183 = add %7182, %7178 : f32[16,64] @ models/lib/nn.yaml:79:7
%7184 = mul %7163, %7163 : f32[16,64] @ models/lib/nn.yaml:79:7
%7185 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7186 = cast %7185 : f32[] @ models/lib/nn.yaml:79:7
%7187 = broadcast %7186 : f32[16,64] @ models/lib/nn.yaml:79:7
%7188 = mul %7184, %7187 : f32[16,64] @ models/lib/nn.yaml:79:7
%7189 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7190 = cast %7189 : f32[] @ models/lib/nn.yaml:79:7
%7191 = broadcast %7190 : f32[16,64] @ models/lib/nn.yaml:79:7
%7192 = mul %7165, %7191 : f32[16,64] @ models/lib/nn.yaml:79:7
%7193 = add %7192, %7188 : f32[16,64] @ models/lib/nn.yaml:79:7
%7194 = cast %7168 : f64[] @ models/lib/nn.yaml:79:7
%7195 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7196 = pow %7195, %7194 : f64[] @ models/lib/nn.yaml:79:7
%7197 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7198 = sub %7197, %7196 : f64[] @ models/lib/nn.yaml:79:7
%7199 = div %3230, %7198 : f64[] @ models/lib/nn.yaml:79:7
%7200 = cast %7168 : f64[] @ models/lib/nn.yaml:79:7
%7201 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7202 = pow %7201, %7200 : f64[] @ models/lib/nn.yaml:79:7
%7203 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7204 = sub %7203, %7202 : f64[] @ models/lib/nn.yaml:79:7
%7205 = sqrt %7204 : f64[] @ models/lib/nn.yaml:79:7
%7206 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7207 = div %7206, %7205 : f64[] @ models/lib/nn.yaml:79:7
%7208 = sqrt %7193 : f32[16,64] @ models/lib/nn.yaml:79:7
%7209 = cast %7207 : f32[] @ models/lib/nn.yaml:79:7
%7210 = broadcast %7209 : f32[16,64] @ models/lib/nn.yaml:79:7
%7211 = mul %7208, %7210 : f32[16,64] @ models/lib/nn.yaml:79:7
%7212 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7213 = cast %7212 : f32[] @ models/lib/nn.yaml:79:7
%7214 = broadcast %7213 : f32[16,64] @ models/lib/nn.yaml:79:7
%7215 = add %7211, %7214 : f32[16,64] @ models/lib/nn.yaml:79:7
%7216 = div %7183, %7215 : f32[16,64] @ models/lib/nn.yaml:79:7
%7217 = cast %7199 : f32[] @ models/lib/nn.yaml:79:7
%7218 = broadcast %7217 : f32[16,64] @ models/lib/nn.yaml:79:7
%7219 = mul %7216, %7218 : f32[16,64] @ models/lib/nn.yaml:79:7
%7220 = sub %7174, %7219 : f32[16,64] @ models/lib/nn.yaml:79:7
%7221 = assign %32, %7220 : f32[16,64] @ models/lib/nn.yaml:79:7
%7222 = assign %7164, %7183 : f32[16,64] @ models/lib/nn.yaml:79:7
%7223 = assign %7165, %7193 : f32[16,64] @ models/lib/nn.yaml:79:7
%7224 = assign %7166, %7168 : i64[] @ models/lib/nn.yaml:79:7
%7225 = cast %3232 : f32[] @ models/lib/nn.yaml:79:7
%7226 = broadcast %7225 : f32[16,64] @ models/lib/nn.yaml:79:7
%7227 = mul %110, %7226 : f32[16,64] @ models/lib/nn.yaml:79:7
%7228 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7229 = sub %7228, %3232 : f64[] @ models/lib/nn.yaml:79:7
%7230 = cast %7229 : f32[] @ models/lib/nn.yaml:79:7
%7231 = broadcast %7230 : f32[16,64] @ models/lib/nn.yaml:79:7
%7232 = mul %7220, %7231 : f32[16,64] @ models/lib/nn.yaml:79:7
%7233 = add %7227, %7232 : f32[16,64] @ models/lib/nn.yaml:79:7
%7234 = assign %110, %7233 : f32[16,64] @ models/lib/nn.yaml:79:7
%7235 = all_reduce_sum %4735 : f32[16] @ models/lib/nn.yaml:80:7
%7236 = reshape %7235 : f32[16] @ models/lib/nn.yaml:80:7
%7237 = mul %7236, %7236 : f32[16] @ models/lib/nn.yaml:80:7
%7238 = reduce_sum %7237 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7239 = sqrt %7238 : f32[] @ models/lib/nn.yaml:80:7
%7240 = cast %7239 : f64[] @ models/lib/nn.yaml:80:7
%7241 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%7242 = add %7240, %7241 : f64[] @ models/lib/nn.yaml:80:7
%7243 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%7244 = div %7243, %7242 : f64[] @ models/lib/nn.yaml:80:7
%7245 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7246 = lt %7244, %7245 : bool[] @ models/lib/nn.yaml:80:7
%7247 = cast %7244 : f32[] @ models/lib/nn.yaml:80:7
%7248 = broadcast %7247 : f32[16] @ models/lib/nn.yaml:80:7
%7249 = mul %7235, %7248 : f32[16] @ models/lib/nn.yaml:80:7
%7250 = broadcast %7246 : bool[16] @ models/lib/nn.yaml:80:7
%7251 = select %7250, %7249, %7235 : f32[16] @ models/lib/nn.yaml:80:7
%7252 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7253 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7254 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7255 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%7256 = add %7254, %7255 : i64[] @ models/lib/nn.yaml:80:7
%7257 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%7258 = cast %7257 : f32[] @ models/lib/nn.yaml:80:7
%7259 = broadcast %7258 : f32[16] @ models/lib/nn.yaml:80:7
%7260 = mul %7251, %7259 : f32[16] @ models/lib/nn.yaml:80:7
%7261 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7262 = cast %7261 : f32[] @ models/lib/nn.yaml:80:7
%7263 = broadcast %7262 : f32[16] @ models/lib/nn.yaml:80:7
%7264 = mul %7252, %7263 : f32[16] @ models/lib/nn.yaml:80:7
%7265 = add %7264, %7260 : f32[16] @ models/lib/nn.yaml:80:7
%7266 = mul %7251, %7251 : f32[16] @ models/lib/nn.yaml:80:7
%7267 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%7268 = cast %7267 : f32[] @ models/lib/nn.yaml:80:7
%7269 = broadcast %7268 : f32[16] @ models/lib/nn.yaml:80:7
%7270 = mul %7266, %7269 : f32[16] @ models/lib/nn.yaml:80:7
%7271 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7272 = cast %7271 : f32[] @ models/lib/nn.yaml:80:7
%7273 = broadcast %7272 : f32[16] @ models/lib/nn.yaml:80:7
%7274 = mul %7253, %7273 : f32[16] @ models/lib/nn.yaml:80:7
%7275 = add %7274, %7270 : f32[16] @ models/lib/nn.yaml:80:7
%7276 = cast %7256 : f64[] @ models/lib/nn.yaml:80:7
%7277 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7278 = pow %7277, %7276 : f64[] @ models/lib/nn.yaml:80:7
%7279 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7280 = sub %7279, %7278 : f64[] @ models/lib/nn.yaml:80:7
%7281 = div %3230, %7280 : f64[] @ models/lib/nn.yaml:80:7
%7282 = cast %7256 : f64[] @ models/lib/nn.yaml:80:7
%7283 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7284 = pow %7283, %7282 : f64[] @ models/lib/nn.yaml:80:7
%7285 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7286 = sub %7285, %7284 : f64[] @ models/lib/nn.yaml:80:7
%7287 = sqrt %7286 : f64[] @ models/lib/nn.yaml:80:7
%7288 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7289 = div %7288, %7287 : f64[] @ models/lib/nn.yaml:80:7
%7290 = sqrt %7275 : f32[16] @ models/lib/nn.yaml:80:7
%7291 = cast %7289 : f32[] @ models/lib/nn.yaml:80:7
%7292 = broadcast %7291 : f32[16] @ models/lib/nn.yaml:80:7
%7293 = mul %7290, %7292 : f32[16] @ models/lib/nn.yaml:80:7
%7294 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%7295 = cast %7294 : f32[] @ models/lib/nn.yaml:80:7
%7296 = broadcast %7295 : f32[16] @ models/lib/nn.yaml:80:7
%7297 = add %7293, %7296 : f32[16] @ models/lib/nn.yaml:80:7
%7298 = div %7265, %7297 : f32[16] @ models/lib/nn.yaml:80:7
%7299 = cast %7281 : f32[] @ models/lib/nn.yaml:80:7
%7300 = broadcast %7299 : f32[16] @ models/lib/nn.yaml:80:7
%7301 = mul %7298, %7300 : f32[16] @ models/lib/nn.yaml:80:7
%7302 = sub %33, %7301 : f32[16] @ models/lib/nn.yaml:80:7
%7303 = assign %33, %7302 : f32[16] @ models/lib/nn.yaml:80:7
%7304 = assign %7252, %7265 : f32[16] @ models/lib/nn.yaml:80:7
%7305 = assign %7253, %7275 : f32[16] @ models/lib/nn.yaml:80:7
%7306 = assign %7254, %7256 : i64[] @ models/lib/nn.yaml:80:7
%7307 = cast %3232 : f32[] @ models/lib/nn.yaml:80:7
%7308 = broadcast %7307 : f32[16] @ models/lib/nn.yaml:80:7
%7309 = mul %111, %7308 : f32[16] @ models/lib/nn.yaml:80:7
%7310 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7311 = sub %7310, %3232 : f64[] @ models/lib/nn.yaml:80:7
%7312 = cast %7311 : f32[] @ models/lib/nn.yaml:80:7
%7313 = broadcast %7312 : f32[16] @ models/lib/nn.yaml:80:7
%7314 = mul %7302, %7313 : f32[16] @ models/lib/nn.yaml:80:7
%7315 = add %7309, %7314 : f32[16] @ models/lib/nn.yaml:80:7
%7316 = assign %111, %7315 : f32[16] @ models/lib/nn.yaml:80:7
%7317 = all_reduce_sum %4730 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7318 = reshape %7317 : f32[16] @ models/lib/vit.yaml:103:7
%7319 = mul %7318, %7318 : f32[16] @ models/lib/vit.yaml:103:7
%7320 = reduce_sum %7319 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%7321 = sqrt %7320 : f32[] @ models/lib/vit.yaml:103:7
%7322 = cast %7321 : f64[] @ models/lib/vit.yaml:103:7
%7323 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:103:7
%7324 = add %7322, %7323 : f64[] @ models/lib/vit.yaml:103:7
%7325 = const data=[3] : f64[] @ models/lib/vit.yaml:103:7
%7326 = div %7325, %7324 : f64[] @ models/lib/vit.yaml:103:7
%7327 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%7328 = lt %7326, %7327 : bool[] @ models/lib/vit.yaml:103:7
%7329 = cast %7326 : f32[] @ models/lib/vit.yaml:103:7
%7330 = broadcast %7329 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7331 = mul %7317, %7330 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7332 = broadcast %7328 : bool[1,1,16] @ models/lib/vit.yaml:103:7
%7333 = select %7332, %7331, %7317 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7334 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7335 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7336 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%7337 = const data=[1] : i64[] @ models/lib/vit.yaml:103:7
%7338 = add %7336, %7337 : i64[] @ models/lib/vit.yaml:103:7
%7339 = mul %3230, %3231 : f64[] @ models/lib/vit.yaml:103:7
%7340 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%7341 = sub %7340, %7339 : f64[] @ models/lib/vit.yaml:103:7
%7342 = cast %7341 : f32[] @ models/lib/vit.yaml:103:7
%7343 = broadcast %7342 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7344 = mul %34, %7343 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7345 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:103:7
%7346 = cast %7345 : f32[] @ models/lib/vit.yaml:103:7
%7347 = broadcast %7346 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7348 = mul %7333, %7347 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7349 = const data=[0.9] : f64[] @ models/lib/vit.yaml:103:7
%7350 = cast %7349 : f32[] @ models/lib/vit.yaml:103:7
%7351 = broadcast %7350 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7352 = mul %7334, %7351 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7353 = add %7352, %7348 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7354 = mul %7333, %7333 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7355 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:103:7
%7356 = cast %7355 : f32[] @ models/lib/vit.yaml:103:7
%7357 = broadcast %7356 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7358 = mul %7354, %7357 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7359 = const data=[0.999] : f64[] @ models/lib/vit.yaml:103:7
%7360 = cast %7359 : f32[] @ models/lib/vit.yaml:103:7
%7361 = broadcast %7360 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7362 = mul %7335, %7361 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7363 = add %7362, %7358 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7364 = cast %7338 : f64[] @ models/lib/vit.yaml:103:7
%7365 = const data=[0.9] : f64[] @ models/lib/vit.yaml:103:7
%7366 = pow %7365, %7364 : f64[] @ models/lib/vit.yaml:103:7
%7367 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%7368 = sub %7367, %7366 : f64[] @ models/lib/vit.yaml:103:7
%7369 = div %3230, %7368 : f64[] @ models/lib/vit.yaml:103:7
%7370 = cast %7338 : f64[] @ models/lib/vit.yaml:103:7
%7371 = const data=[0.999] : f64[] @ models/lib/vit.yaml:103:7
%7372 = pow %7371, %7370 : f64[] @ models/lib/vit.yaml:103:7
%7373 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%7374 = sub %7373, %7372 : f64[] @ models/lib/vit.yaml:103:7
%7375 = sqrt %7374 : f64[] @ models/lib/vit.yaml:103:7
%7376 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%7377 = div %7376, %7375 : f64[] @ models/lib/vit.yaml:103:7
%7378 = sqrt %7363 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7379 = cast %7377 : f32[] @ models/lib/vit.yaml:103:7
%7380 = broadcast %7379 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7381 = mul %7378, %7380 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7382 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:103:7
%7383 = cast %7382 : f32[] @ models/lib/vit.yaml:103:7
%7384 = broadcast %7383 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7385 = add %7381, %7384 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7386 = div %7353, %7385 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7387 = cast %7369 : f32[] @ models/lib/vit.yaml:103:7
%7388 = broadcast %7387 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7389 = mul %7386, %7388 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7390 = sub %7344, %7389 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7391 = assign %34, %7390 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7392 = assign %7334, %7353 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7393 = assign %7335, %7363 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7394 = assign %7336, %7338 : i64[] @ models/lib/vit.yaml:103:7
%7395 = cast %3232 : f32[] @ models/lib/vit.yaml:103:7
%7396 = broadcast %7395 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7397 = mul %112, %7396 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7398 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%7399 = sub %7398, %3232 : f64[] @ models/lib/vit.yaml:103:7
%7400 = cast %7399 : f32[] @ models/lib/vit.yaml:103:7
%7401 = broadcast %7400 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7402 = mul %7390, %7401 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7403 = add %7397, %7402 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7404 = assign %112, %7403 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7405 = all_reduce_sum %4704 : f32[16] @ models/lib/nn.yaml:89:7
%7406 = reshape %7405 : f32[16] @ models/lib/nn.yaml:89:7
%7407 = mul %7406, %7406 : f32[16] @ models/lib/nn.yaml:89:7
%7408 = reduce_sum %7407 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7409 = sqrt %7408 : f32[] @ models/lib/nn.yaml:89:7
%7410 = cast %7409 : f64[] @ models/lib/nn.yaml:89:7
%7411 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%7412 = add %7410, %7411 : f64[] @ models/lib/nn.yaml:89:7
%7413 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%7414 = div %7413, %7412 : f64[] @ models/lib/nn.yaml:89:7
%7415 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7416 = lt %7414, %7415 : bool[] @ models/lib/nn.yaml:89:7
%7417 = cast %7414 : f32[] @ models/lib/nn.yaml:89:7
%7418 = broadcast %7417 : f32[16] @ models/lib/nn.yaml:89:7
%7419 = mul %7405, %7418 : f32[16] @ models/lib/nn.yaml:89:7
%7420 = broadcast %7416 : bool[16] @ models/lib/nn.yaml:89:7
%7421 = select %7420, %7419, %7405 : f32[16] @ models/lib/nn.yaml:89:7
%7422 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7423 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7424 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7425 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%7426 = add %7424, %7425 : i64[] @ models/lib/nn.yaml:89:7
%7427 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%7428 = cast %7427 : f32[] @ models/lib/nn.yaml:89:7
%7429 = broadcast %7428 : f32[16] @ models/lib/nn.yaml:89:7
%7430 = mul %7421, %7429 : f32[16] @ models/lib/nn.yaml:89:7
%7431 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%7432 = cast %7431 : f32[] @ models/lib/nn.yaml:89:7
%7433 = broadcast %7432 : f32[16] @ models/lib/nn.yaml:89:7
%7434 = mul %7422, %7433 : f32[16] @ models/lib/nn.yaml:89:7
%7435 = add %7434, %7430 : f32[16] @ models/lib/nn.yaml:89:7
%7436 = mul %7421, %7421 : f32[16] @ models/lib/nn.yaml:89:7
%7437 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%7438 = cast %7437 : f32[] @ models/lib/nn.yaml:89:7
%7439 = broadcast %7438 : f32[16] @ models/lib/nn.yaml:89:7
%7440 = mul %7436, %7439 : f32[16] @ models/lib/nn.yaml:89:7
%7441 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%7442 = cast %7441 : f32[] @ models/lib/nn.yaml:89:7
%7443 = broadcast %7442 : f32[16] @ models/lib/nn.yaml:89:7
%7444 = mul %7423, %7443 : f32[16] @ models/lib/nn.yaml:89:7
%7445 = add %7444, %7440 : f32[16] @ models/lib/nn.yaml:89:7
%7446 = cast %7426 : f64[] @ models/lib/nn.yaml:89:7
%7447 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%7448 = pow %7447, %7446 : f64[] @ models/lib/nn.yaml:89:7
%7449 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7450 = sub %7449, %7448 : f64[] @ models/lib/nn.yaml:89:7
%7451 = div %3230, %7450 : f64[] @ models/lib/nn.yaml:89:7
%7452 = cast %7426 : f64[] @ models/lib/nn.yaml:89:7
%7453 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%7454 = pow %7453, %7452 : f64[] @ models/lib/nn.yaml:89:7
%7455 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7456 = sub %7455, %7454 : f64[] @ models/lib/nn.yaml:89:7
%7457 = sqrt %7456 : f64[] @ models/lib/nn.yaml:89:7
%7458 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7459 = div %7458, %7457 : f64[] @ models/lib/nn.yaml:89:7
%7460 = sqrt %7445 : f32[16] @ models/lib/nn.yaml:89:7
%7461 = cast %7459 : f32[] @ models/lib/nn.yaml:89:7
%7462 = broadcast %7461 : f32[16] @ models/lib/nn.yaml:89:7
%7463 = mul %7460, %7462 : f32[16] @ models/lib/nn.yaml:89:7
%7464 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%7465 = cast %7464 : f32[] @ models/lib/nn.yaml:89:7
%7466 = broadcast %7465 : f32[16] @ models/lib/nn.yaml:89:7
%7467 = add %7463, %7466 : f32[16] @ models/lib/nn.yaml:89:7
%7468 = div %7435, %7467 : f32[16] @ models/lib/nn.yaml:89:7
%7469 = cast %7451 : f32[] @ models/lib/nn.yaml:89:7
%7470 = broadcast %7469 : f32[16] @ models/lib/nn.yaml:89:7
%7471 = mul %7468, %7470 : f32[16] @ models/lib/nn.yaml:89:7
%7472 = sub %35, %7471 : f32[16] @ models/lib/nn.yaml:89:7
%7473 = assign %35, %7472 : f32[16] @ models/lib/nn.yaml:89:7
%7474 = assign %7422, %7435 : f32[16] @ models/lib/nn.yaml:89:7
%7475 = assign %7423, %7445 : f32[16] @ models/lib/nn.yaml:89:7
%7476 = assign %7424, %7426 : i64[] @ models/lib/nn.yaml:89:7
%7477 = cast %3232 : f32[] @ models/lib/nn.yaml:89:7
%7478 = broadcast %7477 : f32[16] @ models/lib/nn.yaml:89:7
%7479 = mul %113, %7478 : f32[16] @ models/lib/nn.yaml:89:7
%7480 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7481 = sub %7480, %3232 : f64[] @ models/lib/nn.yaml:89:7
%7482 = cast %7481 : f32[] @ models/lib/nn.yaml:89:7
%7483 = broadcast %7482 : f32[16] @ models/lib/nn.yaml:89:7
%7484 = mul %7472, %7483 : f32[16] @ models/lib/nn.yaml:89:7
%7485 = add %7479, %7484 : f32[16] @ models/lib/nn.yaml:89:7
%7486 = assign %113, %7485 : f32[16] @ models/lib/nn.yaml:89:7
%7487 = all_reduce_sum %4699 : f32[16] @ models/lib/nn.yaml:90:7
%7488 = reshape %7487 : f32[16] @ models/lib/nn.yaml:90:7
%7489 = mul %7488, %7488 : f32[16] @ models/lib/nn.yaml:90:7
%7490 = reduce_sum %7489 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7491 = sqrt %7490 : f32[] @ models/lib/nn.yaml:90:7
%7492 = cast %7491 : f64[] @ models/lib/nn.yaml:90:7
%7493 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%7494 = add %7492, %7493 : f64[] @ models/lib/nn.yaml:90:7
%7495 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%7496 = div %7495, %7494 : f64[] @ models/lib/nn.yaml:90:7
%7497 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7498 = lt %7496, %7497 : bool[] @ models/lib/nn.yaml:90:7
%7499 = cast %7496 : f32[] @ models/lib/nn.yaml:90:7
%7500 = broadcast %7499 : f32[16] @ models/lib/nn.yaml:90:7
%7501 = mul %7487, %7500 : f32[16] @ models/lib/nn.yaml:90:7
%7502 = broadcast %7498 : bool[16] @ models/lib/nn.yaml:90:7
%7503 = select %7502, %7501, %7487 : f32[16] @ models/lib/nn.yaml:90:7
%7504 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7505 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7506 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7507 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%7508 = add %7506, %7507 : i64[] @ models/lib/nn.yaml:90:7
%7509 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%7510 = cast %7509 : f32[] @ models/lib/nn.yaml:90:7
%7511 = broadcast %7510 : f32[16] @ models/lib/nn.yaml:90:7
%7512 = mul %7503, %7511 : f32[16] @ models/lib/nn.yaml:90:7
%7513 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%7514 = cast %7513 : f32[] @ models/lib/nn.yaml:90:7
%7515 = broadcast %7514 : f32[16] @ models/lib/nn.yaml:90:7
%7516 = mul %7504, %7515 : f32[16] @ models/lib/nn.yaml:90:7
%7517 = add %7516, %7512 : f32[16] @ models/lib/nn.yaml:90:7
%7518 = mul %7503, %7503 : f32[16] @ models/lib/nn.yaml:90:7
%7519 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%7520 = cast %7519 : f32[] @ models/lib/nn.yaml:90:7
%7521 = broadcast %7520 : f32[16] @ models/lib/nn.yaml:90:7
%7522 = mul %7518, %7521 : f32[16] @ models/lib/nn.yaml:90:7
%7523 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%7524 = cast %7523 : f32[] @ models/lib/nn.yaml:90:7
%7525 = broadcast %7524 : f32[16] @ models/lib/nn.yaml:90:7
%7526 = mul %7505, %7525 : f32[16] @ models/lib/nn.yaml:90:7
%7527 = add %7526, %7522 : f32[16] @ models/lib/nn.yaml:90:7
%7528 = cast %7508 : f64[] @ models/lib/nn.yaml:90:7
%7529 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%7530 = pow %7529, %7528 : f64[] @ models/lib/nn.yaml:90:7
%7531 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7532 = sub %7531, %7530 : f64[] @ models/lib/nn.yaml:90:7
%7533 = div %3230, %7532 : f64[] @ models/lib/nn.yaml:90:7
%7534 = cast %7508 : f64[] @ models/lib/nn.yaml:90:7
%7535 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%7536 = pow %7535, %7534 : f64[] @ models/lib/nn.yaml:90:7
%7537 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7538 = sub %7537, %7536 : f64[] @ models/lib/nn.yaml:90:7
%7539 = sqrt %7538 : f64[] @ models/lib/nn.yaml:90:7
%7540 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7541 = div %7540, %7539 : f64[] @ models/lib/nn.yaml:90:7
%7542 = sqrt %7527 : f32[16] @ models/lib/nn.yaml:90:7
%7543 = cast %7541 : f32[] @ models/lib/nn.yaml:90:7
%7544 = broadcast %7543 : f32[16] @ models/lib/nn.yaml:90:7
%7545 = mul %7542, %7544 : f32[16] @ models/lib/nn.yaml:90:7
%7546 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%7547 = cast %7546 : f32[] @ models/lib/nn.yaml:90:7
%7548 = broadcast %7547 : f32[16] @ models/lib/nn.yaml:90:7
%7549 = add %7545, %7548 : f32[16] @ models/lib/nn.yaml:90:7
%7550 = div %7517, %7549 : f32[16] @ models/lib/nn.yaml:90:7
%7551 = cast %7533 : f32[] @ models/lib/nn.yaml:90:7
%7552 = broadcast %7551 : f32[16] @ models/lib/nn.yaml:90:7
%7553 = mul %7550, %7552 : f32[16] @ models/lib/nn.yaml:90:7
%7554 = sub %36, %7553 : f32[16] @ models/lib/nn.yaml:90:7
%7555 = assign %36, %7554 : f32[16] @ models/lib/nn.yaml:90:7
%7556 = assign %7504, %7517 : f32[16] @ models/lib/nn.yaml:90:7
%7557 = assign %7505, %7527 : f32[16] @ models/lib/nn.yaml:90:7
%7558 = assign %7506, %7508 : i64[] @ models/lib/nn.yaml:90:7
%7559 = cast %3232 : f32[] @ models/lib/nn.yaml:90:7
%7560 = broadcast %7559 : f32[16] @ models/lib/nn.yaml:90:7
%7561 = mul %114, %7560 : f32[16] @ models/lib/nn.yaml:90:7
%7562 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7563 = sub %7562, %3232 : f64[] @ models/lib/nn.yaml:90:7
%7564 = cast %7563 : f32[] @ models/lib/nn.yaml:90:7
%7565 = broadcast %7564 : f32[16] @ models/lib/nn.yaml:90:7
%7566 = mul %7554, %7565 : f32[16] @ models/lib/nn.yaml:90:7
%7567 = add %7561, %7566 : f32[16] @ models/lib/nn.yaml:90:7
%7568 = assign %114, %7567 : f32[16] @ models/lib/nn.yaml:90:7
%7569 = all_reduce_sum %4694 : f32[16,16] @ models/lib/nn.yaml:79:7
%7570 = reshape %7569 : f32[256] @ models/lib/nn.yaml:79:7
%7571 = mul %7570, %7570 : f32[256] @ models/lib/nn.yaml:79:7
%7572 = reduce_sum %7571 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7573 = sqrt %7572 : f32[] @ models/lib/nn.yaml:79:7
%7574 = cast %7573 : f64[] @ models/lib/nn.yaml:79:7
%7575 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%7576 = add %7574, %7575 : f64[] @ models/lib/nn.yaml:79:7
%7577 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%7578 = div %7577, %7576 : f64[] @ models/lib/nn.yaml:79:7
%7579 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7580 = lt %7578, %7579 : bool[] @ models/lib/nn.yaml:79:7
%7581 = cast %7578 : f32[] @ models/lib/nn.yaml:79:7
%7582 = broadcast %7581 : f32[16,16] @ models/lib/nn.yaml:79:7
%7583 = mul %7569, %7582 : f32[16,16] @ models/lib/nn.yaml:79:7
%7584 = broadcast %7580 : bool[16,16] @ models/lib/nn.yaml:79:7
%7585 = select %7584, %7583, %7569 : f32[16,16] @ models/lib/nn.yaml:79:7
%7586 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7587 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7588 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7589 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7590 = add %7588, %7589 : i64[] @ models/lib/nn.yaml:79:7
%7591 = mul %3230, %3231 : f64[] @ models/lib/nn.yaml:79:7
%7592 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7593 = sub %7592, %7591 : f64[] @ models/lib/nn.yaml:79:7
%7594 = cast %7593 : f32[] @ models/lib/nn.yaml:79:7
%7595 = broadcast %7594 : f32[16,16] @ models/lib/nn.yaml:79:7
%7596 = mul %37, %7595 : f32[16,16] @ models/lib/nn.yaml:79:7
%7597 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7598 = cast %7597 : f32[] @ models/lib/nn.yaml:79:7
%7599 = broadcast %7598 : f32[16,16] @ models/lib/nn.yaml:79:7
%7600 = mul %7585, %7599 : f32[16,16] @ models/lib/nn.yaml:79:7
%7601 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7602 = cast %7601 : f32[] @ models/lib/nn.yaml:79:7
%7603 = broadcast %7602 : f32[16,16] @ models/lib/nn.yaml:79:7
%7604 = mul %7586, %7603 : f32[16,16] @ models/lib/nn.yaml:79:7
%7605 = add %7604, %7600 : f32[16,16] @ models/lib/nn.yaml:79:7
%7606 = mul %7585, %7585 : f32[16,16] @ models/lib/nn.yaml:79:7
%7607 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7608 = cast %7607 : f32[] @ models/lib/nn.yaml:79:7
%7609 = broadcast %7608 : f32[16,16] @ models/lib/nn.yaml:79:7
%7610 = mul %7606, %7609 : f32[16,16] @ models/lib/nn.yaml:79:7
%7611 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7612 = cast %7611 : f32[] @ models/lib/nn.yaml:79:7
%7613 = broadcast %7612 : f32[16,16] @ models/lib/nn.yaml:79:7
%7614 = mul %7587, %7613 : f32[16,16] @ models/lib/nn.yaml:79:7
%7615 = add %7614, %7610 : f32[16,16] @ models/lib/nn.yaml:79:7
%7616 = cast %7590 : f64[] @ models/lib/nn.yaml:79:7
%7617 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7618 = pow %7617, %7616 : f64[] @ models/lib/nn.yaml:79:7
%7619 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7620 = sub %7619, %7618 : f64[] @ models/lib/nn.yaml:79:7
%7621 = div %3230, %7620 : f64[] @ models/lib/nn.yaml:79:7
%7622 = cast %7590 : f64[] @ models/lib/nn.yaml:79:7
%7623 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7624 = pow %7623, %7622 : f64[] @ models/lib/nn.yaml:79:7
%7625 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7626 = sub %7625, %7624 : f64[] @ models/lib/nn.yaml:79:7
%7627 = sqrt %7626 : f64[] @ models/lib/nn.yaml:79:7
%7628 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7629 = div %7628, %7627 : f64[] @ models/lib/nn.yaml:79:7
%7630 = sqrt %7615 : f32[16,16] @ models/lib/nn.yaml:79:7
%7631 = cast %7629 : f32[] @ models/lib/nn.yaml:79:7
%7632 = broadcast %7631 : f32[16,16] @ models/lib/nn.yaml:79:7
%7633 = mul %7630, %7632 : f32[16,16] @ models/lib/nn.yaml:79:7
%7634 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7635 = cast %7634 : f32[] @ models/lib/nn.yaml:79:7
%7636 = broadcast %7635 : f32[16,16] @ models/lib/nn.yaml:79:7
%7637 = add %7633, %7636 : f32[16,16] @ models/lib/nn.yaml:79:7
%7638 = div %7605, %7637 : f32[16,16] @ models/lib/nn.yaml:79:7
%7639 = cast %7621 : f32[] @ models/lib/nn.yaml:79:7
%7640 = broadcast %7639 : f32[16,16] @ models/lib/nn.yaml:79:7
%7641 = mul %7638, %7640 : f32[16,16] @ models/lib/nn.yaml:79:7
%7642 = sub %7596, %7641 : f32[16,16] @ models/lib/nn.yaml:79:7
%7643 = assign %37, %7642 : f32[16,16] @ models/lib/nn.yaml:79:7
%7644 = assign %7586, %7605 : f32[16,16] @ models/lib/nn.yaml:79:7
%7645 = assign %7587, %7615 : f32[16,16] @ models/lib/nn.yaml:79:7
%7646 = assign %7588, %7590 : i64[] @ models/lib/nn.yaml:79:7
%7647 = cast %3232 : f32[] @ models/lib/nn.yaml:79:7
%7648 = broadcast %7647 : f32[16,16] @ models/lib/nn.yaml:79:7
%7649 = mul %115, %7648 : f32[16,16] @ models/lib/nn.yaml:79:7
%7650 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7651 = sub %7650, %3232 : f64[] @ models/lib/nn.yaml:79:7
%7652 = cast %7651 : f32[] @ models/lib/nn.yaml:79:7
%7653 = broadcast %7652 : f32[16,16] @ models/lib/nn.yaml:79:7
%7654 = mul %7642, %7653 : f32[16,16] @ models/lib/nn.yaml:79:7
%7655 = add %7649, %7654 : f32[16,16] @ models/lib/nn.yaml:79:7
%7656 = assign %115, %7655 : f32[16,16] @ models/lib/nn.yaml:79:7
%7657 = all_reduce_sum %4689 : f32[16] @ models/lib/nn.yaml:80:7
%7658 = reshape %7657 : f32[16] @ models/lib/nn.yaml:80:7
%7659 = mul %7658, %7658 : f32[16] @ models/lib/nn.yaml:80:7
%7660 = reduce_sum %7659 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7661 = sqrt %7660 : f32[] @ models/lib/nn.yaml:80:7
%7662 = cast %7661 : f64[] @ models/lib/nn.yaml:80:7
%7663 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%7664 = add %7662, %7663 : f64[] @ models/lib/nn.yaml:80:7
%7665 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%7666 = div %7665, %7664 : f64[] @ models/lib/nn.yaml:80:7
%7667 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7668 = lt %7666, %7667 : bool[] @ models/lib/nn.yaml:80:7
%7669 = cast %7666 : f32[] @ models/lib/nn.yaml:80:7
%7670 = broadcast %7669 : f32[16] @ models/lib/nn.yaml:80:7
%7671 = mul %7657, %7670 : f32[16] @ models/lib/nn.yaml:80:7
%7672 = broadcast %7668 : bool[16] @ models/lib/nn.yaml:80:7
%7673 = select %7672, %7671, %7657 : f32[16] @ models/lib/nn.yaml:80:7
%7674 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7675 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7676 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7677 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%7678 = add %7676, %7677 : i64[] @ models/lib/nn.yaml:80:7
%7679 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%7680 = cast %7679 : f32[] @ models/lib/nn.yaml:80:7
%7681 = broadcast %7680 : f32[16] @ models/lib/nn.yaml:80:7
%7682 = mul %7673, %7681 : f32[16] @ models/lib/nn.yaml:80:7
%7683 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7684 = cast %7683 : f32[] @ models/lib/nn.yaml:80:7
%7685 = broadcast %7684 : f32[16] @ models/lib/nn.yaml:80:7
%7686 = mul %7674, %7685 : f32[16] @ models/lib/nn.yaml:80:7
%7687 = add %7686, %7682 : f32[16] @ models/lib/nn.yaml:80:7
%7688 = mul %7673, %7673 : f32[16] @ models/lib/nn.yaml:80:7
%7689 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%7690 = cast %7689 : f32[] @ models/lib/nn.yaml:80:7
%7691 = broadcast %7690 : f32[16] @ models/lib/nn.yaml:80:7
%7692 = mul %7688, %7691 : f32[16] @ models/lib/nn.yaml:80:7
%7693 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7694 = cast %7693 : f32[] @ models/lib/nn.yaml:80:7
%7695 = broadcast %7694 : f32[16] @ models/lib/nn.yaml:80:7
%7696 = mul %7675, %7695 : f32[16] @ models/lib/nn.yaml:80:7
%7697 = add %7696, %7692 : f32[16] @ models/lib/nn.yaml:80:7
%7698 = cast %7678 : f64[] @ models/lib/nn.yaml:80:7
%7699 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7700 = pow %7699, %7698 : f64[] @ models/lib/nn.yaml:80:7
%7701 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7702 = sub %7701, %7700 : f64[] @ models/lib/nn.yaml:80:7
%7703 = div %3230, %7702 : f64[] @ models/lib/nn.yaml:80:7
%7704 = cast %7678 : f64[] @ models/lib/nn.yaml:80:7
%7705 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7706 = pow %7705, %7704 : f64[] @ models/lib/nn.yaml:80:7
%7707 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7708 = sub %7707, %7706 : f64[] @ models/lib/nn.yaml:80:7
%7709 = sqrt %7708 : f64[] @ models/lib/nn.yaml:80:7
%7710 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7711 = div %7710, %7709 : f64[] @ models/lib/nn.yaml:80:7
%7712 = sqrt %7697 : f32[16] @ models/lib/nn.yaml:80:7
%7713 = cast %7711 : f32[] @ models/lib/nn.yaml:80:7
%7714 = broadcast %7713 : f32[16] @ models/lib/nn.yaml:80:7
%7715 = mul %7712, %7714 : f32[16] @ models/lib/nn.yaml:80:7
%7716 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%7717 = cast %7716 : f32[] @ models/lib/nn.yaml:80:7
%7718 = broadcast %7717 : f32[16] @ models/lib/nn.yaml:80:7
%7719 = add %7715, %7718 : f32[16] @ models/lib/nn.yaml:80:7
%7720 = div %7687, %7719 : f32[16] @ models/lib/nn.yaml:80:7
%7721 = cast %7703 : f32[] @ models/lib/nn.yaml:80:7
%7722 = broadcast %7721 : f32[16] @ models/lib/nn.yaml:80:7
%7723 = mul %7720, %7722 : f32[16] @ models/lib/nn.yaml:80:7
%7724 = sub %38, %7723 : f32[16] @ models/lib/nn.yaml:80:7
%7725 = assign %38, %7724 : f32[16] @ models/lib/nn.yaml:80:7
%7726 = assign %7674, %7687 : f32[16] @ models/lib/nn.yaml:80:7
%7727 = assign %7675, %7697 : f32[16] @ models/lib/nn.yaml:80:7
%7728 = assign %7676, %7678 : i64[] @ models/lib/nn.yaml:80:7
%7729 = cast %3232 : f32[] @ models/lib/nn.yaml:80:7
%7730 = broadcast %7729 : f32[16] @ models/lib/nn.yaml:80:7
%7731 = mul %116, %7730 : f32[16] @ models/lib/nn.yaml:80:7
%7732 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7733 = sub %7732, %3232 : f64[] @ models/lib/nn.yaml:80:7
%7734 = cast %7733 : f32[] @ models/lib/nn.yaml:80:7
%7735 = broadcast %7734 : f32[16] @ models/lib/nn.yaml:80:7
%7736 = mul %7724, %7735 : f32[16] @ models/lib/nn.yaml:80:7
%7737 = add %7731, %7736 : f32[16] @ models/lib/nn.yaml:80:7
%7738 = assign %116, %7737 : f32[16] @ models/lib/nn.yaml:80:7
%7739 = all_reduce_sum %4684 : f32[16,16] @ models/lib/nn.yaml:79:7
%7740 = reshape %7739 : f32[256] @ models/lib/nn.yaml:79:7
%7741 = mul %7740, %7740 : f32[256] @ models/lib/nn.yaml:79:7
%7742 = reduce_sum %7741 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7743 = sqrt %7742 : f32[] @ models/lib/nn.yaml:79:7
%7744 = cast %7743 : f64[] @ models/lib/nn.yaml:79:7
%7745 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%7746 = add %7744, %7745 : f64[] @ models/lib/nn.yaml:79:7
%7747 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%7748 = div %7747, %7746 : f64[] @ models/lib/nn.yaml:79:7
%7749 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7750 = lt %7748, %7749 : bool[] @ models/lib/nn.yaml:79:7
%7751 = cast %7748 : f32[] @ models/lib/nn.yaml:79:7
%7752 = broadcast %7751 : f32[16,16] @ models/lib/nn.yaml:79:7
%7753 = mul %7739, %7752 : f32[16,16] @ models/lib/nn.yaml:79:7
%7754 = broadcast %7750 : bool[16,16] @ models/lib/nn.yaml:79:7
%7755 = select %7754, %7753, %7739 : f32[16,16] @ models/lib/nn.yaml:79:7
%7756 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7757 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7758 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7759 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7760 = add %7758, %7759 : i64[] @ models/lib/nn.yaml:79:7
%7761 = mul %3230, %3231 : f64[] @ models/lib/nn.yaml:79:7
%7762 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7763 = sub %7762, %7761 : f64[] @ models/lib/nn.yaml:79:7
%7764 = cast %7763 : f32[] @ models/lib/nn.yaml:79:7
%7765 = broadcast %7764 : f32[16,16] @ models/lib/nn.yaml:79:7
%7766 = mul %39, %7765 : f32[16,16] @ models/lib/nn.yaml:79:7
%7767 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7768 = cast %7767 : f32[] @ models/lib/nn.yaml:79:7
%7769 = broadcast %7768 : f32[16,16] @ models/lib/nn.yaml:79:7
%7770 = mul %7755, %7769 : f32[16,16] @ models/lib/nn.yaml:79:7
%7771 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7772 = cast %7771 : f32[] @ models/lib/nn.yaml:79:7
%7773 = broadcast %7772 : f32[16,16] @ models/lib/nn.yaml:79:7
%7774 = mul %7756, %7773 : f32[16,16] @ models/lib/nn.yaml:79:7
%7775 = add %7774, %7770 : f32[16,16] @ models/lib/nn.yaml:79:7
%7776 = mul %7755, %7755 : f32[16,16] @ models/lib/nn.yaml:79:7
%7777 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7778 = cast %7777 : f32[] @ models/lib/nn.yaml:79:7
%7779 = broadcast %7778 : f32[16,16] @ models/lib/nn.yaml:79:7
%7780 = mul %7776, %7779 : f32[16,16] @ models/lib/nn.yaml:79:7
%7781 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7782 = cast %7781 : f32[] @ models/lib/nn.yaml:79:7
%7783 = broadcast %7782 : f32[16,16] @ models/lib/nn.yaml:79:7
%7784 = mul %7757, %7783 : f32[16,16] @ models/lib/nn.yaml:79:7
%7785 = add %7784, %7780 : f32[16,16] @ models/lib/nn.yaml:79:7
%7786 = cast %7760 : f64[] @ models/lib/nn.yaml:79:7
%7787 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7788 = pow %7787, %7786 : f64[] @ models/lib/nn.yaml:79:7
%7789 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7790 = sub %7789, %7788 : f64[] @ models/lib/nn.yaml:79:7
%7791 = div %3230, %7790 : f64[] @ models/lib/nn.yaml:79:7
%7792 = cast %7760 : f64[] @ models/lib/nn.yaml:79:7
%7793 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7794 = pow %7793, %7792 : f64[] @ models/lib/nn.yaml:79:7
%7795 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7796 = sub %7795, %7794 : f64[] @ models/lib/nn.yaml:79:7
%7797 = sqrt %7796 : f64[] @ models/lib/nn.yaml:79:7
%7798 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7799 = div %7798, %7797 : f64[] @ models/lib/nn.yaml:79:7
%7800 = sqrt %7785 : f32[16,16] @ models/lib/nn.yaml:79:7
%7801 = cast %7799 : f32[] @ models/lib/nn.yaml:79:7
%7802 = broadcast %7801 : f32[16,16] @ models/lib/nn.yaml:79:7
%7803 = mul %7800, %7802 : f32[16,16] @ models/lib/nn.yaml:79:7
%7804 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7805 = cast %7804 : f32[] @ models/lib/nn.yaml:79:7
%7806 = broadcast %7805 : f32[16,16] @ models/lib/nn.yaml:79:7
%7807 = add %7803, %7806 : f32[16,16] @ models/lib/nn.yaml:79:7
%7808 = div %7775, %7807 : f32[16,16] @ models/lib/nn.yaml:79:7
%7809 = cast %7791 : f32[] @ models/lib/nn.yaml:79:7
%7810 = broadcast %7809 : f32[16,16] @ models/lib/nn.yaml:79:7
%7811 = mul %7808, %7810 : f32[16,16] @ models/lib/nn.yaml:79:7
%7812 = sub %7766, %7811 : f32[16,16] @ models/lib/nn.yaml:79:7
%7813 = assign %39, %7812 : f32[16,16] @ models/lib/nn.yaml:79:7
%7814 = assign %7756, %7775 : f32[16,16] @ models/lib/nn.yaml:79:7
%7815 = assign %7757, %7785 : f32[16,16] @ models/lib/nn.yaml:79:7
%7816 = assign %7758, %7760 : i64[] @ models/lib/nn.yaml:79:7
%7817 = cast %3232 : f32[] @ models/lib/nn.yaml:79:7
%7818 = broadcast %7817 : f32[16,16] @ models/lib/nn.yaml:79:7
%7819 = mul %117, %7818 : f32[16,16] @ models/lib/nn.yaml:79:7
%7820 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7821 = sub %7820, %3232 : f64[] @ models/lib/nn.yaml:79:7
%7822 = cast %7821 : f32[] @ models/lib/nn.yaml:79:7
%7823 = broadcast %7822 : f32[16,16] @ models/lib/nn.yaml:79:7
%7824 = mul %7812, %7823 : f32[16,16] @ models/lib/nn.yaml:79:7
%7825 = add %7819, %7824 : f32[16,16] @ models/lib/nn.yaml:79:7
%7826 = assign %117, %7825 : f32[16,16] @ models/lib/nn.yaml:79:7
%7827 = all_reduce_sum %4678 : f32[16] @ models/lib/nn.yaml:80:7
%7828 = reshape %7827 : f32[16] @ models/lib/nn.yaml:80:7
%7829 = mul %7828, %7828 : f32[16] @ models/lib/nn.yaml:80:7
%7830 = reduce_sum %7829 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7831 = sqrt %7830 : f32[] @ models/lib/nn.yaml:80:7
%7832 = cast %7831 : f64[] @ models/lib/nn.yaml:80:7
%7833 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%7834 = add %7832, %7833 : f64[] @ models/lib/nn.yaml:80:7
%7835 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%7836 = div %7835, %7834 : f64[] @ models/lib/nn.yaml:80:7
%7837 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7838 = lt %7836, %7837 : bool[] @ models/lib/nn.yaml:80:7
%7839 = cast %7836 : f32[] @ models/lib/nn.yaml:80:7
%7840 = broadcast %7839 : f32[16] @ models/lib/nn.yaml:80:7
%7841 = mul %7827, %7840 : f32[16] @ models/lib/nn.yaml:80:7
%7842 = broadcast %7838 : bool[16] @ models/lib/nn.yaml:80:7
%7843 = select %7842, %7841, %7827 : f32[16] @ models/lib/nn.yaml:80:7
%7844 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7845 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7846 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7847 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%7848 = add %7846, %7847 : i64[] @ models/lib/nn.yaml:80:7
%7849 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%7850 = cast %7849 : f32[] @ models/lib/nn.yaml:80:7
%7851 = broadcast %7850 : f32[16] @ models/lib/nn.yaml:80:7
%7852 = mul %7843, %7851 : f32[16] @ models/lib/nn.yaml:80:7
%7853 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7854 = cast %7853 : f32[] @ models/lib/nn.yaml:80:7
%7855 = broadcast %7854 : f32[16] @ models/lib/nn.yaml:80:7
%7856 = mul %7844, %7855 : f32[16] @ models/lib/nn.yaml:80:7
%7857 = add %7856, %7852 : f32[16] @ models/lib/nn.yaml:80:7
%7858 = mul %7843, %7843 : f32[16] @ models/lib/nn.yaml:80:7
%7859 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%7860 = cast %7859 : f32[] @ models/lib/nn.yaml:80:7
%7861 = broadcast %7860 : f32[16] @ models/lib/nn.yaml:80:7
%7862 = mul %7858, %7861 : f32[16] @ models/lib/nn.yaml:80:7
%7863 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7864 = cast %7863 : f32[] @ models/lib/nn.yaml:80:7
%7865 = broadcast %7864 : f32[16] @ models/lib/nn.yaml:80:7
%7866 = mul %7845, %7865 : f32[16] @ models/lib/nn.yaml:80:7
%7867 = add %7866, %7862 : f32[16] @ models/lib/nn.yaml:80:7
%7868 = cast %7848 : f64[] @ models/lib/nn.yaml:80:7
%7869 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7870 = pow %7869, %7868 : f64[] @ models/lib/nn.yaml:80:7
%7871 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7872 = sub %7871, %7870 : f64[] @ models/lib/nn.yaml:80:7
%7873 = div %3230, %7872 : f64[] @ models/lib/nn.yaml:80:7
%7874 = cast %7848 : f64[] @ models/lib/nn.yaml:80:7
%7875 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7876 = pow %7875, %7874 : f64[] @ models/lib/nn.yaml:80:7
%7877 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7878 = sub %7877, %7876 : f64[] @ models/lib/nn.yaml:80:7
%7879 = sqrt %7878 : f64[] @ models/lib/nn.yaml:80:7
%7880 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7881 = div %7880, %7879 : f64[] @ models/lib/nn.yaml:80:7
%7882 = sqrt %7867 : f32[16] @ models/lib/nn.yaml:80:7
%7883 = cast %7881 : f32[] @ models/lib/nn.yaml:80:7
%7884 = broadcast %7883 : f32[16] @ models/lib/nn.yaml:80:7
%7885 = mul %7882, %7884 : f32[16] @ models/lib/nn.yaml:80:7
%7886 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%7887 = cast %7886 : f32[] @ models/lib/nn.yaml:80:7
%7888 = broadcast %7887 : f32[16] @ models/lib/nn.yaml:80:7
%7889 = add %7885, %7888 : f32[16] @ models/lib/nn.yaml:80:7
%7890 = div %7857, %7889 : f32[16] @ models/lib/nn.yaml:80:7
%7891 = cast %7873 : f32[] @ models/lib/nn.yaml:80:7
%7892 = broadcast %7891 : f32[16] @ models/lib/nn.yaml:80:7
%7893 = mul %7890, %7892 : f32[16] @ models/lib/nn.yaml:80:7
%7894 = sub %40, %7893 : f32[16] @ models/lib/nn.yaml:80:7
%7895 = assign %40, %7894 : f32[16] @ models/lib/nn.yaml:80:7
%7896 = assign %7844, %7857 : f32[16] @ models/lib/nn.yaml:80:7
%7897 = assign %7845, %7867 : f32[16] @ models/lib/nn.yaml:80:7
%7898 = assign %7846, %7848 : i64[] @ models/lib/nn.yaml:80:7
%7899 = cast %3232 : f32[] @ models/lib/nn.yaml:80:7
%7900 = broadcast %7899 : f32[16] @ models/lib/nn.yaml:80:7
%7901 = mul %118, %7900 : f32[16] @ models/lib/nn.yaml:80:7
%7902 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7903 = sub %7902, %3232 : f64[] @ models/lib/nn.yaml:80:7
%7904 = cast %7903 : f32[] @ models/lib/nn.yaml:80:7
%7905 = broadcast %7904 : f32[16] @ models/lib/nn.yaml:80:7
%7906 = mul %7894, %7905 : f32[16] @ models/lib/nn.yaml:80:7
%7907 = add %7901, %7906 : f32[16] @ models/lib/nn.yaml:80:7
%7908 = assign %118, %7907 : f32[16] @ models/lib/nn.yaml:80:7
%7909 = all_reduce_sum %4673 : f32[16,16] @ models/lib/nn.yaml:79:7
%7910 = reshape %7909 : f32[256] @ models/lib/nn.yaml:79:7
%7911 = mul %7910, %7910 : f32[256] @ models/lib/nn.yaml:79:7
%7912 = reduce_sum %7911 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7913 = sqrt %7912 : f32[] @ models/lib/nn.yaml:79:7
%7914 = cast %7913 : f64[] @ models/lib/nn.yaml:79:7
%7915 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%7916 = add %7914, %7915 : f64[] @ models/lib/nn.yaml:79:7
%7917 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%7918 = div %7917, %7916 : f64[] @ models/lib/nn.yaml:79:7
%7919 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7920 = lt %7918, %7919 : bool[] @ models/lib/nn.yaml:79:7
%7921 = cast %7918 : f32[] @ models/lib/nn.yaml:79:7
%7922 = broadcast %7921 : f32[16,16] @ models/lib/nn.yaml:79:7
%7923 = mul %7909, %7922 : f32[16,16] @ models/lib/nn.yaml:79:7
%7924 = broadcast %7920 : bool[16,16] @ models/lib/nn.yaml:79:7
%7925 = select %7924, %7923, %7909 : f32[16,16] @ models/lib/nn.yaml:79:7
%7926 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7927 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7928 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7929 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7930 = add %7928, %7929 : i64[] @ models/lib/nn.yaml:79:7
%7931 = mul %3230, %3231 : f64[] @ models/lib/nn.yaml:79:7
%7932 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7933 = sub %7932, %7931 : f64[] @ models/lib/nn.yaml:79:7
%7934 = cast %7933 : f32[] @ models/lib/nn.yaml:79:7
%7935 = broadcast %7934 : f32[16,16] @ models/lib/nn.yaml:79:7
%7936 = mul %41, %7935 : f32[16,16] @ models/lib/nn.yaml:79:7
%7937 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7938 = cast %7937 : f32[] @ models/lib/nn.yaml:79:7
%7939 = broadcast %7938 : f32[16,16] @ models/lib/nn.yaml:79:7
%7940 = mul %7925, %7939 : f32[16,16] @ models/lib/nn.yaml:79:7
%7941 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7942 = cast %7941 : f32[] @ models/lib/nn.yaml:79:7
%7943 = broadcast %7942 : f32[16,16] @ models/lib/nn.yaml:79:7
%7944 = mul %7926, %7943 : f32[16,16] @ models/lib/nn.yaml:79:7
%7945 = add %7944, %7940 : f32[16,16] @ models/lib/nn.yaml:79:7
%7946 = mul %7925, %7925 : f32[16,16] @ models/lib/nn.yaml:79:7
%7947 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7948 = cast %7947 : f32[] @ models/lib/nn.yaml:79:7
%7949 = broadcast %7948 : f32[16,16] @ models/lib/nn.yaml:79:7
%7950 = mul %7946, %7949 : f32[16,16] @ models/lib/nn.yaml:79:7
%7951 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7952 = cast %7951 : f32[] @ models/lib/nn.yaml:79:7
%7953 = broadcast %7952 : f32[16,16] @ models/lib/nn.yaml:79:7
%7954 = mul %7927, %7953 : f32[16,16] @ models/lib/nn.yaml:79:7
%7955 = add %7954, %7950 : f32[16,16] @ models/lib/nn.yaml:79:7
%7956 = cast %7930 : f64[] @ models/lib/nn.yaml:79:7
%7957 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7958 = pow %7957, %7956 : f64[] @ models/lib/nn.yaml:79:7
%7959 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7960 = sub %7959, %7958 : f64[] @ models/lib/nn.yaml:79:7
%7961 = div %3230, %7960 : f64[] @ models/lib/nn.yaml:79:7
%7962 = cast %7930 : f64[] @ models/lib/nn.yaml:79:7
%7963 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7964 = pow %7963, %7962 : f64[] @ models/lib/nn.yaml:79:7
%7965 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7966 = sub %7965, %7964 : f64[] @ models/lib/nn.yaml:79:7
%7967 = sqrt %7966 : f64[] @ models/lib/nn.yaml:79:7
%7968 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7969 = div %7968, %7967 : f64[] @ models/lib/nn.yaml:79:7
%7970 = sqrt %7955 : f32[16,16] @ models/lib/nn.yaml:79:7
%7971 = cast %7969 : f32[] @ models/lib/nn.yaml:79:7
%7972 = broadcast %7971 : f32[16,16] @ models/lib/nn.yaml:79:7
%7973 = mul %7970, %7972 : f32[16,16] @ models/lib/nn.yaml:79:7
%7974 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7975 = cast %7974 : f32[] @ models/lib/nn.yaml:79:7
%7976 = broadcast %7975 : f32[16,16] @ models/lib/nn.yaml:79:7
%7977 = add %7973, %7976 : f32[16,16] @ models/lib/nn.yaml:79:7
%7978 = div %7945, %7977 : f32[16,16] @ models/lib/nn.yaml:79:7
%7979 = cast %7961 : f32[] @ models/lib/nn.yaml:79:7
%7980 = broadcast %7979 : f32[16,16] @ models/lib/nn.yaml:79:7
%7981 = mul %7978, %7980 : f32[16,16] @ models/lib/nn.yaml:79:7
%7982 = sub %7936, %7981 : f32[16,16] @ models/lib/nn.yaml:79:7
%7983 = assign %41, %7982 : f32[16,16] @ models/lib/nn.yaml:79:7
%7984 = assign %7926, %7945 : f32[16,16] @ models/lib/nn.yaml:79:7
%7985 = assign %7927, %7955 : f32[16,16] @ models/lib/nn.yaml:79:7
%7986 = assign %7928, %7930 : i64[] @ models/lib/nn.yaml:79:7
%7987 = cast %3232 : f32[] @ models/lib/nn.yaml:79:7
%7988 = broadcast %7987 : f32[16,16] @ models/lib/nn.yaml:79:7
%7989 = mul %119, %7988 : f32[16,16] @ models/lib/nn.yaml:79:7
%7990 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7991 = sub %7990, %3232 : f64[] @ models/lib/nn.yaml:79:7
%7992 = cast %7991 : f32[] @ models/lib/nn.yaml:79:7
%7993 = broadcast %7992 : f32[16,16] @ models/lib/nn.yaml:79:7
%7994 = mul %7982, %7993 : f32[16,16] @ models/lib/nn.yaml:79:7
%7995 = add %7989, %7994 : f32[16,16] @ models/lib/nn.yaml:79:7
%7996 = assign %119, %7995 : f32[16,16] @ models/lib/nn.yaml:79:7
%7997 = all_reduce_sum %4668 : f32[16] @ models/lib/nn.yaml:80:7
%7998 = reshape %7997 : f32[16] @ models/lib/nn.yaml:80:7
%7999 = mul %7998, %7998 : f32[16] @ models/lib/nn.yaml:80:7
%8000 = reduce_sum %7999 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8001 = sqrt %8000 : f32[] @ models/lib/nn.yaml:80:7
%8002 = cast %8001 : f64[] @ models/lib/nn.yaml:80:7
%8003 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%8004 = add %8002, %8003 : f64[] @ models/lib/nn.yaml:80:7
%8005 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%8006 = div %8005, %8004 : f64[] @ models/lib/nn.yaml:80:7
%8007 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8008 = lt %8006, %8007 : bool[] @ models/lib/nn.yaml:80:7
%8009 = cast %8006 : f32[] @ models/lib/nn.yaml:80:7
%8010 = broadcast %8009 : f32[16] @ models/lib/nn.yaml:80:7
%8011 = mul %7997, %8010 : f32[16] @ models/lib/nn.yaml:80:7
%8012 = broadcast %8008 : bool[16] @ models/lib/nn.yaml:80:7
%8013 = select %8012, %8011, %7997 : f32[16] @ models/lib/nn.yaml:80:7
%8014 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8015 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8016 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8017 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%8018 = add %8016, %8017 : i64[] @ models/lib/nn.yaml:80:7
%8019 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%8020 = cast %8019 : f32[] @ models/lib/nn.yaml:80:7
%8021 = broadcast %8020 : f32[16] @ models/lib/nn.yaml:80:7
%8022 = mul %8013, %8021 : f32[16] @ models/lib/nn.yaml:80:7
%8023 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8024 = cast %8023 : f32[] @ models/lib/nn.yaml:80:7
%8025 = broadcast %8024 : f32[16] @ models/lib/nn.yaml:80:7
%8026 = mul %8014, %8025 : f32[16] @ models/lib/nn.yaml:80:7
%8027 = add %8026, %8022 : f32[16] @ models/lib/nn.yaml:80:7
%8028 = mul %8013, %8013 : f32[16] @ models/lib/nn.yaml:80:7
%8029 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%8030 = cast %8029 : f32[] @ models/lib/nn.yaml:80:7
%8031 = broadcast %8030 : f32[16] @ models/lib/nn.yaml:80:7
%8032 = mul %8028, %8031 : f32[16] @ models/lib/nn.yaml:80:7
%8033 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8034 = cast %8033 : f32[] @ models/lib/nn.yaml:80:7
%8035 = broadcast %8034 : f32[16] @ models/lib/nn.yaml:80:7
%8036 = mul %8015, %8035 : f32[16] @ models/lib/nn.yaml:80:7
%8037 = add %8036, %8032 : f32[16] @ models/lib/nn.yaml:80:7
%8038 = cast %8018 : f64[] @ models/lib/nn.yaml:80:7
%8039 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8040 = pow %8039, %8038 : f64[] @ models/lib/nn.yaml:80:7
%8041 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8042 = sub %8041, %8040 : f64[] @ models/lib/nn.yaml:80:7
%8043 = div %3230, %8042 : f64[] @ models/lib/nn.yaml:80:7
%8044 = cast %8018 : f64[] @ models/lib/nn.yaml:80:7
%8045 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8046 = pow %8045, %8044 : f64[] @ models/lib/nn.yaml:80:7
%8047 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8048 = sub %8047, %8046 : f64[] @ models/lib/nn.yaml:80:7
%8049 = sqrt %8048 : f64[] @ models/lib/nn.yaml:80:7
%8050 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8051 = div %8050, %8049 : f64[] @ models/lib/nn.yaml:80:7
%8052 = sqrt %8037 : f32[16] @ models/lib/nn.yaml:80:7
%8053 = cast %8051 : f32[] @ models/lib/nn.yaml:80:7
%8054 = broadcast %8053 : f32[16] @ models/lib/nn.yaml:80:7
%8055 = mul %8052, %8054 : f32[16] @ models/lib/nn.yaml:80:7
%8056 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%8057 = cast %8056 : f32[] @ models/lib/nn.yaml:80:7
%8058 = broadcast %8057 : f32[16] @ models/lib/nn.yaml:80:7
%8059 = add %8055, %8058 : f32[16] @ models/lib/nn.yaml:80:7
%8060 = div %8027, %8059 : f32[16] @ models/lib/nn.yaml:80:7
%8061 = cast %8043 : f32[] @ models/lib/nn.yaml:80:7
%8062 = broadcast %8061 : f32[16] @ models/lib/nn.yaml:80:7
%8063 = mul %8060, %8062 : f32[16] @ models/lib/nn.yaml:80:7
%8064 = sub %42, %8063 : f32[16] @ models/lib/nn.yaml:80:7
%8065 = assign %42, %8064 : f32[16] @ models/lib/nn.yaml:80:7
%8066 = assign %8014, %8027 : f32[16] @ models/lib/nn.yaml:80:7
%8067 = assign %8015, %8037 : f32[16] @ models/lib/nn.yaml:80:7
%8068 = assign %8016, %8018 : i64[] @ models/lib/nn.yaml:80:7
%8069 = cast %3232 : f32[] @ models/lib/nn.yaml:80:7
%8070 = broadcast %8069 : f32[16] @ models/lib/nn.yaml:80:7
%8071 = mul %120, %8070 : f32[16] @ models/lib/nn.yaml:80:7
%8072 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8073 = sub %8072, %3232 : f64[] @ models/lib/nn.yaml:80:7
%8074 = cast %8073 : f32[] @ models/lib/nn.yaml:80:7
%8075 = broadcast %8074 : f32[16] @ models/lib/nn.yaml:80:7
%8076 = mul %8064, %8075 : f32[16] @ models/lib/nn.yaml:80:7
%8077 = add %8071, %8076 : f32[16] @ models/lib/nn.yaml:80:7
%8078 = assign %120, %8077 : f32[16] @ models/lib/nn.yaml:80:7
%8079 = all_reduce_sum %4626 : f32[16,16] @ models/lib/nn.yaml:79:7
%8080 = reshape %8079 : f32[256] @ models/lib/nn.yaml:79:7
%8081 = mul %8080, %8080 : f32[256] @ models/lib/nn.yaml:79:7
%8082 = reduce_sum %8081 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8083 = sqrt %8082 : f32[] @ models/lib/nn.yaml:79:7
%8084 = cast %8083 : f64[] @ models/lib/nn.yaml:79:7
%8085 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%8086 = add %8084, %8085 : f64[] @ models/lib/nn.yaml:79:7
%8087 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%8088 = div %8087, %8086 : f64[] @ models/lib/nn.yaml:79:7
%8089 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8090 = lt %8088, %8089 : bool[] @ models/lib/nn.yaml:79:7
%8091 = cast %8088 : f32[] @ models/lib/nn.yaml:79:7
%8092 = broadcast %8091 : f32[16,16] @ models/lib/nn.yaml:79:7
%8093 = mul %8079, %8092 : f32[16,16] @ models/lib/nn.yaml:79:7
%8094 = broadcast %8090 : bool[16,16] @ models/lib/nn.yaml:79:7
%8095 = select %8094, %8093, %8079 : f32[16,16] @ models/lib/nn.yaml:79:7
%8096 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8097 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8098 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8099 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8100 = add %8098, %8099 : i64[] @ models/lib/nn.yaml:79:7
%8101 = mul %3230, %3231 : f64[] @ models/lib/nn.yaml:79:7
%8102 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8103 = sub %8102, %8101 : f64[] @ models/lib/nn.yaml:79:7
%8104 = cast %8103 : f32[] @ models/lib/nn.yaml:79:7
%8105 = broadcast %8104 : f32[16,16] @ models/lib/nn.yaml:79:7
%8106 = mul %43, %8105 : f32[16,16] @ models/lib/nn.yaml:79:7
%8107 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8108 = cast %8107 : f32[] @ models/lib/nn.yaml:79:7
%8109 = broadcast %8108 : f32[16,16] @ models/lib/nn.yaml:79:7
%8110 = mul %8095, %8109 : f32[16,16] @ models/lib/nn.yaml:79:7
%8111 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8112 = cast %8111 : f32[] @ models/lib/nn.yaml:79:7
%8113 = broadcast %8112 : f32[16,16] @ models/lib/nn.yaml:79:7
%8114 = mul %8096, %8113 : f32[16,16] @ models/lib/nn.yaml:79:7
%8115 = add %8114, %8110 : f32[16,16] @ models/lib/nn.yaml:79:7
%8116 = mul %8095, %8095 : f32[16,16] @ models/lib/nn.yaml:79:7
%8117 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8118 = cast %8117 : f32[] @ models/lib/nn.yaml:79:7
%8119 = broadcast %8118 : f32[16,16] @ models/lib/nn.yaml:79:7
%8120 = mul %8116, %8119 : f32[16,16] @ models/lib/nn.yaml:79:7
%8121 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8122 = cast %8121 : f32[] @ models/lib/nn.yaml:79:7
%8123 = broadcast %8122 : f32[16,16] @ models/lib/nn.yaml:79:7
%8124 = mul %8097, %8123 : f32[16,16] @ models/lib/nn.yaml:79:7
%8125 = add %8124, %8120 : f32[16,16] @ models/lib/nn.yaml:79:7
%8126 = cast %8100 : f64[] @ models/lib/nn.yaml:79:7
%8127 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8128 = pow %8127, %8126 : f64[] @ models/lib/nn.yaml:79:7
%8129 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8130 = sub %8129, %8128 : f64[] @ models/lib/nn.yaml:79:7
%8131 = div %3230, %8130 : f64[] @ models/lib/nn.yaml:79:7
%8132 = cast %8100 : f64[] @ models/lib/nn.yaml:79:7
%8133 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8134 = pow %8133, %8132 : f64[] @ models/lib/nn.yaml:79:7
%8135 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8136 = sub %8135, %8134 : f64[] @ models/lib/nn.yaml:79:7
%8137 = sqrt %8136 : f64[] @ models/lib/nn.yaml:79:7
%8138 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8139 = div %8138, %8137 : f64[] @ models/lib/nn.yaml:79:7
%8140 = sqrt %8125 : f32[16,16] @ models/lib/nn.yaml:79:7
%8141 = cast %8139 : f32[] @ models/lib/nn.yaml:79:7
%8142 = broadcast %8141 : f32[16,16] @ models/lib/nn.yaml:79:7
%8143 = mul %8140, %8142 : f32[16,16] @ models/lib/nn.yaml:79:7
%8144 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8145 = cast %8144 : f32[] @ models/lib/nn.yaml:79:7
%8146 = broadcast %8145 : f32[16,16] @ models/lib/nn.yaml:79:7
%8147 = add %8143, %8146 : f32[16,16] @ models/lib/nn.yaml:79:7
%8148 = div %8115, %8147 : f32[16,16] @ models/lib/nn.yaml:79:7
%8149 = cast %8131 : f32[] @ models/lib/nn.yaml:79:7
%8150 = broadcast %8149 : f32[16,16] @ models/lib/nn.yaml:79:7
%8151 = mul %8148, %8150 : f32[16,16] @ models/lib/nn.yaml:79:7
%8152 = sub %8106, %8151 : f32[16,16] @ models/lib/nn.yaml:79:7
%8153 = assign %43, %8152 : f32[16,16] @ models/lib/nn.yaml:79:7
%8154 = assign %8096, %8115 : f32[16,16] @ models/lib/nn.yaml:79:7
%8155 = assign %8097, %8125 : f32[16,16] @ models/lib/nn.yaml:79:7
%8156 = assign %8098, %8100 : i64[] @ models/lib/nn.yaml:79:7
%8157 = cast %3232 : f32[] @ models/lib/nn.yaml:79:7
%8158 = broadcast %8157 : f32[16,16] @ models/lib/nn.yaml:79:7
%8159 = mul %121, %8158 : f32[16,16] @ models/lib/nn.yaml:79:7
%8160 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8161 = sub %8160, %3232 : f64[] @ models/lib/nn.yaml:79:7
%8162 = cast %8161 : f32[] @ models/lib/nn.yaml:79:7
%8163 = broadcast %8162 : f32[16,16] @ models/lib/nn.yaml:79:7
%8164 = mul %8152, %8163 : f32[16,16] @ models/lib/nn.yaml:79:7
%8165 = add %8159, %8164 : f32[16,16] @ models/lib/nn.yaml:79:7
%8166 = assign %121, %8165 : f32[16,16] @ models/lib/nn.yaml:79:7
%8167 = all_reduce_sum %4621 : f32[16] @ models/lib/nn.yaml:80:7
%8168 = reshape %8167 : f32[16] @ models/lib/nn.yaml:80:7
%8169 = mul %8168, %8168 : f32[16] @ models/lib/nn.yaml:80:7
%8170 = reduce_sum %8169 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8171 = sqrt %8170 : f32[] @ models/lib/nn.yaml:80:7
%8172 = cast %8171 : f64[] @ models/lib/nn.yaml:80:7
%8173 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%8174 = add %8172, %8173 : f64[] @ models/lib/nn.yaml:80:7
%8175 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%8176 = div %8175, %8174 : f64[] @ models/lib/nn.yaml:80:7
%8177 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8178 = lt %8176, %8177 : bool[] @ models/lib/nn.yaml:80:7
%8179 = cast %8176 : f32[] @ models/lib/nn.yaml:80:7
%8180 = broadcast %8179 : f32[16] @ models/lib/nn.yaml:80:7
%8181 = mul %8167, %8180 : f32[16] @ models/lib/nn.yaml:80:7
%8182 = broadcast %8178 : bool[16] @ models/lib/nn.yaml:80:7
%8183 = select %8182, %8181, %8167 : f32[16] @ models/lib/nn.yaml:80:7
%8184 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8185 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8186 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8187 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%8188 = add %8186, %8187 : i64[] @ models/lib/nn.yaml:80:7
%8189 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%8190 = cast %8189 : f32[] @ models/lib/nn.yaml:80:7
%8191 = broadcast %8190 : f32[16] @ models/lib/nn.yaml:80:7
%8192 = mul %8183, %8191 : f32[16] @ models/lib/nn.yaml:80:7
%8193 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8194 = cast %8193 : f32[] @ models/lib/nn.yaml:80:7
%8195 = broadcast %8194 : f32[16] @ models/lib/nn.yaml:80:7
%8196 = mul %8184, %8195 : f32[16] @ models/lib/nn.yaml:80:7
%8197 = add %8196, %8192 : f32[16] @ models/lib/nn.yaml:80:7
%8198 = mul %8183, %8183 : f32[16] @ models/lib/nn.yaml:80:7
%8199 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%8200 = cast %8199 : f32[] @ models/lib/nn.yaml:80:7
%8201 = broadcast %8200 : f32[16] @ models/lib/nn.yaml:80:7
%8202 = mul %8198, %8201 : f32[16] @ models/lib/nn.yaml:80:7
%8203 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8204 = cast %8203 : f32[] @ models/lib/nn.yaml:80:7
%8205 = broadcast %8204 : f32[16] @ models/lib/nn.yaml:80:7
%8206 = mul %8185, %8205 : f32[16] @ models/lib/nn.yaml:80:7
%8207 = add %8206, %8202 : f32[16] @ models/lib/nn.yaml:80:7
%8208 = cast %8188 : f64[] @ models/lib/nn.yaml:80:7
%8209 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8210 = pow %8209, %8208 : f64[] @ models/lib/nn.yaml:80:7
%8211 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8212 = sub %8211, %8210 : f64[] @ models/lib/nn.yaml:80:7
%8213 = div %3230, %8212 : f64[] @ models/lib/nn.yaml:80:7
%8214 = cast %8188 : f64[] @ models/lib/nn.yaml:80:7
%8215 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8216 = pow %8215, %8214 : f64[] @ models/lib/nn.yaml:80:7
%8217 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8218 = sub %8217, %8216 : f64[] @ models/lib/nn.yaml:80:7
%8219 = sqrt %8218 : f64[] @ models/lib/nn.yaml:80:7
%8220 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8221 = div %8220, %8219 : f64[] @ models/lib/nn.yaml:80:7
%8222 = sqrt %8207 : f32[16] @ models/lib/nn.yaml:80:7
%8223 = cast %8221 : f32[] @ models/lib/nn.yaml:80:7
%8224 = broadcast %8223 : f32[16] @ models/lib/nn.yaml:80:7
%8225 = mul %8222, %8224 : f32[16] @ models/lib/nn.yaml:80:7
%8226 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%8227 = cast %8226 : f32[] @ models/lib/nn.yaml:80:7
%8228 = broadcast %8227 : f32[16] @ models/lib/nn.yaml:80:7
%8229 = add %8225, %8228 : f32[16] @ models/lib/nn.yaml:80:7
%8230 = div %8197, %8229 : f32[16] @ models/lib/nn.yaml:80:7
%8231 = cast %8213 : f32[] @ models/lib/nn.yaml:80:7
%8232 = broadcast %8231 : f32[16] @ models/lib/nn.yaml:80:7
%8233 = mul %8230, %8232 : f32[16] @ models/lib/nn.yaml:80:7
%8234 = sub %44, %8233 : f32[16] @ models/lib/nn.yaml:80:7
%8235 = assign %44, %8234 : f32[16] @ models/lib/nn.yaml:80:7
%8236 = assign %8184, %8197 : f32[16] @ models/lib/nn.yaml:80:7
%8237 = assign %8185, %8207 : f32[16] @ models/lib/nn.yaml:80:7
%8238 = assign %8186, %8188 : i64[] @ models/lib/nn.yaml:80:7
%8239 = cast %3232 : f32[] @ models/lib/nn.yaml:80:7
%8240 = broadcast %8239 : f32[16] @ models/lib/nn.yaml:80:7
%8241 = mul %122, %8240 : f32[16] @ models/lib/nn.yaml:80:7
%8242 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8243 = sub %8242, %3232 : f64[] @ models/lib/nn.yaml:80:7
%8244 = cast %8243 : f32[] @ models/lib/nn.yaml:80:7
%8245 = broadcast %8244 : f32[16] @ models/lib/nn.yaml:80:7
%8246 = mul %8234, %8245 : f32[16] @ models/lib/nn.yaml:80:7
%8247 = add %8241, %8246 : f32[16] @ models/lib/nn.yaml:80:7
%8248 = assign %122, %8247 : f32[16] @ models/lib/nn.yaml:80:7
%8249 = all_reduce_sum %4597 : f32[16] @ models/lib/nn.yaml:89:7
%8250 = reshape %8249 : f32[16] @ models/lib/nn.yaml:89:7
%8251 = mul %8250, %8250 : f32[16] @ models/lib/nn.yaml:89:7
%8252 = reduce_sum %8251 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8253 = sqrt %8252 : f32[] @ models/lib/nn.yaml:89:7
%8254 = cast %8253 : f64[] @ models/lib/nn.yaml:89:7
%8255 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%8256 = add %8254, %8255 : f64[] @ models/lib/nn.yaml:89:7
%8257 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%8258 = div %8257, %8256 : f64[] @ models/lib/nn.yaml:89:7
%8259 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8260 = lt %8258, %8259 : bool[] @ models/lib/nn.yaml:89:7
%8261 = cast %8258 : f32[] @ models/lib/nn.yaml:89:7
%8262 = broadcast %8261 : f32[16] @ models/lib/nn.yaml:89:7
%8263 = mul %8249, %8262 : f32[16] @ models/lib/nn.yaml:89:7
%8264 = broadcast %8260 : bool[16] @ models/lib/nn.yaml:89:7
%8265 = select %8264, %8263, %8249 : f32[16] @ models/lib/nn.yaml:89:7
%8266 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8267 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8268 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8269 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%8270 = add %8268, %8269 : i64[] @ models/lib/nn.yaml:89:7
%8271 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%8272 = cast %8271 : f32[] @ models/lib/nn.yaml:89:7
%8273 = broadcast %8272 : f32[16] @ models/lib/nn.yaml:89:7
%8274 = mul %8265, %8273 : f32[16] @ models/lib/nn.yaml:89:7
%8275 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%8276 = cast %8275 : f32[] @ models/lib/nn.yaml:89:7
%8277 = broadcast %8276 : f32[16] @ models/lib/nn.yaml:89:7
%8278 = mul %8266, %8277 : f32[16] @ models/lib/nn.yaml:89:7
%8279 = add %8278, %8274 : f32[16] @ models/lib/nn.yaml:89:7
%8280 = mul %8265, %8265 : f32[16] @ models/lib/nn.yaml:89:7
%8281 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%8282 = cast %8281 : f32[] @ models/lib/nn.yaml:89:7
%8283 = broadcast %8282 : f32[16] @ models/lib/nn.yaml:89:7
%8284 = mul %8280, %8283 : f32[16] @ models/lib/nn.yaml:89:7
%8285 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%8286 = cast %8285 : f32[] @ models/lib/nn.yaml:89:7
%8287 = broadcast %8286 : f32[16] @ models/lib/nn.yaml:89:7
%8288 = mul %8267, %8287 : f32[16] @ models/lib/nn.yaml:89:7
%8289 = add %8288, %8284 : f32[16] @ models/lib/nn.yaml:89:7
%8290 = cast %8270 : f64[] @ models/lib/nn.yaml:89:7
%8291 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%8292 = pow %8291, %8290 : f64[] @ models/lib/nn.yaml:89:7
%8293 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8294 = sub %8293, %8292 : f64[] @ models/lib/nn.yaml:89:7
%8295 = div %3230, %8294 : f64[] @ models/lib/nn.yaml:89:7
%8296 = cast %8270 : f64[] @ models/lib/nn.yaml:89:7
%8297 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%8298 = pow %8297, %8296 : f64[] @ models/lib/nn.yaml:89:7
%8299 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8300 = sub %8299, %8298 : f64[] @ models/lib/nn.yaml:89:7
%8301 = sqrt %8300 : f64[] @ models/lib/nn.yaml:89:7
%8302 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8303 = div %8302, %8301 : f64[] @ models/lib/nn.yaml:89:7
%8304 = sqrt %8289 : f32[16] @ models/lib/nn.yaml:89:7
%8305 = cast %8303 : f32[] @ models/lib/nn.yaml:89:7
%8306 = broadcast %8305 : f32[16] @ models/lib/nn.yaml:89:7
%8307 = mul %8304, %8306 : f32[16] @ models/lib/nn.yaml:89:7
%8308 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%8309 = cast %8308 : f32[] @ models/lib/nn.yaml:89:7
%8310 = broadcast %8309 : f32[16] @ models/lib/nn.yaml:89:7
%8311 = add %8307, %8310 : f32[16] @ models/lib/nn.yaml:89:7
%8312 = div %8279, %8311 : f32[16] @ models/lib/nn.yaml:89:7
%8313 = cast %8295 : f32[] @ models/lib/nn.yaml:89:7
%8314 = broadcast %8313 : f32[16] @ models/lib/nn.yaml:89:7
%8315 = mul %8312, %8314 : f32[16] @ models/lib/nn.yaml:89:7
%8316 = sub %45, %8315 : f32[16] @ models/lib/nn.yaml:89:7
%8317 = assign %45, %8316 : f32[16] @ models/lib/nn.yaml:89:7
%8318 = assign %8266, %8279 : f32[16] @ models/lib/nn.yaml:89:7
%8319 = assign %8267, %8289 : f32[16] @ models/lib/nn.yaml:89:7
%8320 = assign %8268, %8270 : i64[] @ models/lib/nn.yaml:89:7
%8321 = cast %3232 : f32[] @ models/lib/nn.yaml:89:7
%8322 = broadcast %8321 : f32[16] @ models/lib/nn.yaml:89:7
%8323 = mul %123, %8322 : f32[16] @ models/lib/nn.yaml:89:7
%8324 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8325 = sub %8324, %3232 : f64[] @ models/lib/nn.yaml:89:7
%8326 = cast %8325 : f32[] @ models/lib/nn.yaml:89:7
%8327 = broadcast %8326 : f32[16] @ models/lib/nn.yaml:89:7
%8328 = mul %8316, %8327 : f32[16] @ models/lib/nn.yaml:89:7
%8329 = add %8323, %8328 : f32[16] @ models/lib/nn.yaml:89:7
%8330 = assign %123, %8329 : f32[16] @ models/lib/nn.yaml:89:7
%8331 = all_reduce_sum %4592 : f32[16] @ models/lib/nn.yaml:90:7
%8332 = reshape %8331 : f32[16] @ models/lib/nn.yaml:90:7
%8333 = mul %8332, %8332 : f32[16] @ models/lib/nn.yaml:90:7
%8334 = reduce_sum %8333 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8335 = sqrt %8334 : f32[] @ models/lib/nn.yaml:90:7
%8336 = cast %8335 : f64[] @ models/lib/nn.yaml:90:7
%8337 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%8338 = add %8336, %8337 : f64[] @ models/lib/nn.yaml:90:7
%8339 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%8340 = div %8339, %8338 : f64[] @ models/lib/nn.yaml:90:7
%8341 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8342 = lt %8340, %8341 : bool[] @ models/lib/nn.yaml:90:7
%8343 = cast %8340 : f32[] @ models/lib/nn.yaml:90:7
%8344 = broadcast %8343 : f32[16] @ models/lib/nn.yaml:90:7
%8345 = mul %8331, %8344 : f32[16] @ models/lib/nn.yaml:90:7
%8346 = broadcast %8342 : bool[16] @ models/lib/nn.yaml:90:7
%8347 = select %8346, %8345, %8331 : f32[16] @ models/lib/nn.yaml:90:7
%8348 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8349 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8350 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8351 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%8352 = add %8350, %8351 : i64[] @ models/lib/nn.yaml:90:7
%8353 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%8354 = cast %8353 : f32[] @ models/lib/nn.yaml:90:7
%8355 = broadcast %8354 : f32[16] @ models/lib/nn.yaml:90:7
%8356 = mul %8347, %8355 : f32[16] @ models/lib/nn.yaml:90:7
%8357 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%8358 = cast %8357 : f32[] @ models/lib/nn.yaml:90:7
%8359 = broadcast %8358 : f32[16] @ models/lib/nn.yaml:90:7
%8360 = mul %8348, %8359 : f32[16] @ models/lib/nn.yaml:90:7
%8361 = add %8360, %8356 : f32[16] @ models/lib/nn.yaml:90:7
%8362 = mul %8347, %8347 : f32[16] @ models/lib/nn.yaml:90:7
%8363 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%8364 = cast %8363 : f32[] @ models/lib/nn.yaml:90:7
%8365 = broadcast %8364 : f32[16] @ models/lib/nn.yaml:90:7
%8366 = mul %8362, %8365 : f32[16] @ models/lib/nn.yaml:90:7
%8367 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%8368 = cast %8367 : f32[] @ models/lib/nn.yaml:90:7
%8369 = broadcast %8368 : f32[16] @ models/lib/nn.yaml:90:7
%8370 = mul %8349, %8369 : f32[16] @ models/lib/nn.yaml:90:7
%8371 = add %8370, %8366 : f32[16] @ models/lib/nn.yaml:90:7
%8372 = cast %8352 : f64[] @ models/lib/nn.yaml:90:7
%8373 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%8374 = pow %8373, %8372 : f64[] @ models/lib/nn.yaml:90:7
%8375 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8376 = sub %8375, %8374 : f64[] @ models/lib/nn.yaml:90:7
%8377 = div %3230, %8376 : f64[] @ models/lib/nn.yaml:90:7
%8378 = cast %8352 : f64[] @ models/lib/nn.yaml:90:7
%8379 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%8380 = pow %8379, %8378 : f64[] @ models/lib/nn.yaml:90:7
%8381 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8382 = sub %8381, %8380 : f64[] @ models/lib/nn.yaml:90:7
%8383 = sqrt %8382 : f64[] @ models/lib/nn.yaml:90:7
%8384 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8385 = div %8384, %8383 : f64[] @ models/lib/nn.yaml:90:7
%8386 = sqrt %8371 : f32[16] @ models/lib/nn.yaml:90:7
%8387 = cast %8385 : f32[] @ models/lib/nn.yaml:90:7
%8388 = broadcast %8387 : f32[16] @ models/lib/nn.yaml:90:7
%8389 = mul %8386, %8388 : f32[16] @ models/lib/nn.yaml:90:7
%8390 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%8391 = cast %8390 : f32[] @ models/lib/nn.yaml:90:7
%8392 = broadcast %8391 : f32[16] @ models/lib/nn.yaml:90:7
%8393 = add %8389, %8392 : f32[16] @ models/lib/nn.yaml:90:7
%8394 = div %8361, %8393 : f32[16] @ models/lib/nn.yaml:90:7
%8395 = cast %8377 : f32[] @ models/lib/nn.yaml:90:7
%8396 = broadcast %8395 : f32[16] @ models/lib/nn.yaml:90:7
%8397 = mul %8394, %8396 : f32[16] @ models/lib/nn.yaml:90:7
%8398 = sub %46, %8397 : f32[16] @ models/lib/nn.yaml:90:7
%8399 = assign %46, %8398 : f32[16] @ models/lib/nn.yaml:90:7
%8400 = assign %8348, %8361 : f32[16] @ models/lib/nn.yaml:90:7
%8401 = assign %8349, %8371 : f32[16] @ models/lib/nn.yaml:90:7
%8402 = assign %8350, %8352 : i64[] @ models/lib/nn.yaml:90:7
%8403 = cast %3232 : f32[] @ models/lib/nn.yaml:90:7
%8404 = broadcast %8403 : f32[16] @ models/lib/nn.yaml:90:7
%8405 = mul %124, %8404 : f32[16] @ models/lib/nn.yaml:90:7
%8406 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8407 = sub %8406, %3232 : f64[] @ models/lib/nn.yaml:90:7
%8408 = cast %8407 : f32[] @ models/lib/nn.yaml:90:7
%8409 = broadcast %8408 : f32[16] @ models/lib/nn.yaml:90:7
%8410 = mul %8398, %8409 : f32[16] @ models/lib/nn.yaml:90:7
%8411 = add %8405, %8410 : f32[16] @ models/lib/nn.yaml:90:7
%8412 = assign %124, %8411 : f32[16] @ models/lib/nn.yaml:90:7
%8413 = all_reduce_sum %4589 : f32[64,16] @ models/lib/nn.yaml:79:7
%8414 = reshape %8413 : f32[1024] @ models/lib/nn.yaml:79:7
%8415 = mul %8414, %8414 : f32[1024] @ models/lib/nn.yaml:79:7
%8416 = reduce_sum %8415 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8417 = sqrt %8416 : f32[] @ models/lib/nn.yaml:79:7
%8418 = cast %8417 : f64[] @ models/lib/nn.yaml:79:7
%8419 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%8420 = add %8418, %8419 : f64[] @ models/lib/nn.yaml:79:7
%8421 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%8422 = div %8421, %8420 : f64[] @ models/lib/nn.yaml:79:7
%8423 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8424 = lt %8422, %8423 : bool[] @ models/lib/nn.yaml:79:7
%8425 = cast %8422 : f32[] @ models/lib/nn.yaml:79:7
%8426 = broadcast %8425 : f32[64,16] @ models/lib/nn.yaml:79:7
%8427 = mul %8413, %8426 : f32[64,16] @ models/lib/nn.yaml:79:7
%8428 = broadcast %8424 : bool[64,16] @ models/lib/nn.yaml:79:7
%8429 = select %8428, %8427, %8413 : f32[64,16] @ models/lib/nn.yaml:79:7
%8430 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8431 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8432 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8433 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8434 = add %8432, %8433 : i64[] @ models/lib/nn.yaml:79:7
%8435 = mul %3230, %3231 : f64[] @ models/lib/nn.yaml:79:7
%8436 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8437 = sub %8436, %8435 : f64[] @ models/lib/nn.yaml:79:7
%8438 = cast %8437 : f32[] @ models/lib/nn.yaml:79:7
%8439 = broadcast %8438 : f32[64,16] @ models/lib/nn.yaml:79:7
%8440 = mul %47, %8439 : f32[64,16] @ models/lib/nn.yaml:79:7
%8441 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8442 = cast %8441 : f32[] @ models/lib/nn.yaml:79:7
%8443 = broadcast %8442 : f32[64,16] @ models/lib/nn.yaml:79:7
%8444 = mul %8429, %8443 : f32[64,16] @ models/lib/nn.yaml:79:7
%8445 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8446 = cast %8445 : f32[] @ models/lib/nn.yaml:79:7
%8447 = broadcast %8446 : f32[64,16] @ models/lib/nn.yaml:79:7
%8448 = mul %8430, %8447 : f32[64,16] @ models/lib/nn.yaml:79:7
%8449 = add %8448, %8444 : f32[64,16] @ models/lib/nn.yaml:79:7
%8450 = mul %8429, %8429 : f32[64,16] @ models/lib/nn.yaml:79:7
%8451 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8452 = cast %8451 : f32[] @ models/lib/nn.yaml:79:7
%8453 = broadcast %8452 : f32[64,16] @ models/lib/nn.yaml:79:7
%8454 = mul %8450, %8453 : f32[64,16] @ models/lib/nn.yaml:79:7
%8455 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8456 = cast %8455 : f32[] @ models/lib/nn.yaml:79:7
%8457 = broadcast %8456 : f32[64,16] @ models/lib/nn.yaml:79:7
%8458 = mul %8431, %8457 : f32[64,16] @ models/lib/nn.yaml:79:7
%8459 = add %8458, %8454 : f32[64,16] @ models/lib/nn.yaml:79:7
%8460 = cast %8434 : f64[] @ models/lib/nn.yaml:79:7
%8461 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8462 = pow %8461, %8460 : f64[] @ models/lib/nn.yaml:79:7
%8463 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8464 = sub %8463, %8462 : f64[] @ models/lib/nn.yaml:79:7
%8465 = div %3230, %8464 : f64[] @ models/lib/nn.yaml:79:7
%8466 = cast %8434 : f64[] @ models/lib/nn.yaml:79:7
%8467 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8468 = pow %8467, %8466 : f64[] @ models/lib/nn.yaml:79:7
%8469 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8470 = sub %8469, %8468 : f64[] @ models/lib/nn.yaml:79:7
%8471 = sqrt %8470 : f64[] @ models/lib/nn.yaml:79:7
%8472 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8473 = div %8472, %8471 : f64[] @ models/lib/nn.yaml:79:7
%8474 = sqrt %8459 : f32[64,16] @ models/lib/nn.yaml:79:7
%8475 = cast %8473 : f32[] @ models/lib/nn.yaml:79:7
%8476 = broadcast %8475 : f32[64,16] @ models/lib/nn.yaml:79:7
%8477 = mul %8474, %8476 : f32[64,16] @ models/lib/nn.yaml:79:7
%8478 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8479 = cast %8478 : f32[] @ models/lib/nn.yaml:79:7
%8480 = broadcast %8479 : f32[64,16] @ models/lib/nn.yaml:79:7
%8481 = add %8477, %8480 : f32[64,16] @ models/lib/nn.yaml:79:7
%8482 = div %8449, %8481 : f32[64,16] @ models/lib/nn.yaml:79:7
%8483 = cast %8465 : f32[] @ models/lib/nn.yaml:79:7
%8484 = broadcast %8483 : f32[64,16] @ models/lib/nn.yaml:79:7
%8485 = mul %8482, %8484 : f32[64,16] @ models/lib/nn.yaml:79:7
%8486 = sub %8440, %8485 : f32[64,16] @ models/lib/nn.yaml:79:7
%8487 = assign %47, %8486 : f32[64,16] @ models/lib/nn.yaml:79:7
%8488 = assign %8430, %8449 : f32[64,16] @ models/lib/nn.yaml:79:7
%8489 = assign %8431, %8459 : f32[64,16] @ models/lib/nn.yaml:79:7
%8490 = assign %8432, %8434 : i64[] @ models/lib/nn.yaml:79:7
%8491 = cast %3232 : f32[] @ models/lib/nn.yaml:79:7
%8492 = broadcast %8491 : f32[64,16] @ models/lib/nn.yaml:79:7
%8493 = mul %125, %8492 : f32[64,16] @ models/lib/nn.yaml:79:7
%8494 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8495 = sub %8494, %3232 : f64[] @ models/lib/nn.yaml:79:7
%8496 = cast %8495 : f32[] @ models/lib/nn.yaml:79:7
%8497 = broadcast %8496 : f32[64,16] @ models/lib/nn.yaml:79:7
%8498 = mul %8486, %8497 : f32[64,16] @ models/lib/nn.yaml:79:7
%8499 = add %8493, %8498 : f32[64,16] @ models/lib/nn.yaml:79:7
%8500 = assign %125, %8499 : f32[64,16] @ models/lib/nn.yaml:79:7
%8501 = all_reduce_sum %4584 : f32[64] @ models/lib/nn.yaml:80:7
%8502 = reshape %8501 : f32[64] @ models/lib/nn.yaml:80:7
%8503 = mul %8502, %8502 : f32[64] @ models/lib/nn.yaml:80:7
%8504 = reduce_sum %8503 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8505 = sqrt %8504 : f32[] @ models/lib/nn.yaml:80:7
%8506 = cast %8505 : f64[] @ models/lib/nn.yaml:80:7
%8507 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%8508 = add %8506, %8507 : f64[] @ models/lib/nn.yaml:80:7
%8509 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%8510 = div %8509, %8508 : f64[] @ models/lib/nn.yaml:80:7
%8511 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8512 = lt %8510, %8511 : bool[] @ models/lib/nn.yaml:80:7
%8513 = cast %8510 : f32[] @ models/lib/nn.yaml:80:7
%8514 = broadcast %8513 : f32[64] @ models/lib/nn.yaml:80:7
%8515 = mul %8501, %8514 : f32[64] @ models/lib/nn.yaml:80:7
%8516 = broadcast %8512 : bool[64] @ models/lib/nn.yaml:80:7
%8517 = select %8516, %8515, %8501 : f32[64] @ models/lib/nn.yaml:80:7
%8518 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8519 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8520 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8521 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%8522 = add %8520, %8521 : i64[] @ models/lib/nn.yaml:80:7
%8523 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%8524 = cast %8523 : f32[] @ models/lib/nn.yaml:80:7
%8525 = broadcast %8524 : f32[64] @ models/lib/nn.yaml:80:7
%8526 = mul %8517, %8525 : f32[64] @ models/lib/nn.yaml:80:7
%8527 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8528 = cast %8527 : f32[] @ models/lib/nn.yaml:80:7
%8529 = broadcast %8528 : f32[64] @ models/lib/nn.yaml:80:7
%8530 = mul %8518, %8529 : f32[64] @ models/lib/nn.yaml:80:7
%8531 = add %8530, %8526 : f32[64] @ models/lib/nn.yaml:80:7
%8532 = mul %8517, %8517 : f32[64] @ models/lib/nn.yaml:80:7
%8533 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%8534 = cast %8533 : f32[] @ models/lib/nn.yaml:80:7
%8535 = broadcast %8534 : f32[64] @ models/lib/nn.yaml:80:7
%8536 = mul %8532, %8535 : f32[64] @ models/lib/nn.yaml:80:7
%8537 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8538 = cast %8537 : f32[] @ models/lib/nn.yaml:80:7
%8539 = broadcast %8538 : f32[64] @ models/lib/nn.yaml:80:7
%8540 = mul %8519, %8539 : f32[64] @ models/lib/nn.yaml:80:7
%8541 = add %8540, %8536 : f32[64] @ models/lib/nn.yaml:80:7
%8542 = cast %8522 : f64[] @ models/lib/nn.yaml:80:7
%8543 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8544 = pow %8543, %8542 : f64[] @ models/lib/nn.yaml:80:7
%8545 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8546 = sub %8545, %8544 : f64[] @ models/lib/nn.yaml:80:7
%8547 = div %3230, %8546 : f64[] @ models/lib/nn.yaml:80:7
%8548 = cast %8522 : f64[] @ models/lib/nn.yaml:80:7
%8549 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8550 = pow %8549, %8548 : f64[] @ models/lib/nn.yaml:80:7
%8551 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8552 = sub %8551, %8550 : f64[] @ models/lib/nn.yaml:80:7
%8553 = sqrt %8552 : f64[] @ models/lib/nn.yaml:80:7
%8554 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8555 = div %8554, %8553 : f64[] @ models/lib/nn.yaml:80:7
%8556 = sqrt %8541 : f32[64] @ models/lib/nn.yaml:80:7
%8557 = cast %8555 : f32[] @ models/lib/nn.yaml:80:7
%8558 = broadcast %8557 : f32[64] @ models/lib/nn.yaml:80:7
%8559 = mul %8556, %8558 : f32[64] @ models/lib/nn.yaml:80:7
%8560 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%8561 = cast %8560 : f32[] @ models/lib/nn.yaml:80:7
%8562 = broadcast %8561 : f32[64] @ models/lib/nn.yaml:80:7
%8563 = add %8559, %8562 : f32[64] @ models/lib/nn.yaml:80:7
%8564 = div %8531, %8563 : f32[64] @ models/lib/nn.yaml:80:7
%8565 = cast %8547 : f32[] @ models/lib/nn.yaml:80:7
%8566 = broadcast %8565 : f32[64] @ models/lib/nn.yaml:80:7
%8567 = mul %8564, %8566 : f32[64] @ models/lib/nn.yaml:80:7
%8568 = sub %48, %8567 : f32[64] @ models/lib/nn.yaml:80:7
%8569 = assign %48, %8568 : f32[64] @ models/lib/nn.yaml:80:7
%8570 = assign %8518, %8531 : f32[64] @ models/lib/nn.yaml:80:7
%8571 = assign %8519, %8541 : f32[64] @ models/lib/nn.yaml:80:7
%8572 = assign %8520, %8522 : i64[] @ models/lib/nn.yaml:80:7
%8573 = cast %3232 : f32[] @ models/lib/nn.yaml:80:7
%8574 = broadcast %8573 : f32[64] @ models/lib/nn.yaml:80:7
%8575 = mul %126, %8574 : f32[64] @ models/lib/nn.yaml:80:7
%8576 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8577 = sub %8576, %3232 : f64[] @ models/lib/nn.yaml:80:7
%8578 = cast %8577 : f32[] @ models/lib/nn.yaml:80:7
%8579 = broadcast %8578 : f32[64] @ models/lib/nn.yaml:80:7
%8580 = mul %8568, %8579 : f32[64] @ models/lib/nn.yaml:80:7
%8581 = add %8575, %8580 : f32[64] @ models/lib/nn.yaml:80:7
%8582 = assign %126, %8581 : f32[64] @ models/lib/nn.yaml:80:7
%8583 = all_reduce_sum %4569 : f32[16,64] @ models/lib/nn.yaml:79:7
%8584 = reshape %8583 : f32[1024] @ models/lib/nn.yaml:79:7
%8585 = mul %8584, %8584 : f32[1024] @ models/lib/nn.yaml:79:7
%8586 = reduce_sum %8585 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8587 = sqrt %8586 : f32[] @ models/lib/nn.yaml:79:7
%8588 = cast %8587 : f64[] @ models/lib/nn.yaml:79:7
%8589 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%8590 = add %8588, %8589 : f64[] @ models/lib/nn.yaml:79:7
%8591 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%8592 = div %8591, %8590 : f64[] @ models/lib/nn.yaml:79:7
%8593 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8594 = lt %8592, %8593 : bool[] @ models/lib/nn.yaml:79:7
%8595 = cast %8592 : f32[] @ models/lib/nn.yaml:79:7
%8596 = broadcast %8595 : f32[16,64] @ models/lib/nn.yaml:79:7
%8597 = mul %8583, %8596 : f32[16,64] @ models/lib/nn.yaml:79:7
%8598 = broadcast %8594 : bool[16,64] @ models/lib/nn.yaml:79:7
%8599 = select %8598, %8597, %8583 : f32[16,64] @ models/lib/nn.yaml:79:7
%8600 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8601 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8602 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8603 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8604 = add %8602, %8603 : i64[] @ models/lib/nn.yaml:79:7
%8605 = mul %3230, %3231 : f64[] @ models/lib/nn.yaml:79:7
%8606 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8607 = sub %8606, %8605 : f64[] @ models/lib/nn.yaml:79:7
%8608 = cast %8607 : f32[] @ models/lib/nn.yaml:79:7
%8609 = broadcast %8608 : f32[16,64] @ models/lib/nn.yaml:79:7
%8610 = mul %49, %8609 : f32[16,64] @ models/lib/nn.yaml:79:7
%8611 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8612 = cast %8611 : f32[] @ models/lib/nn.yaml:79:7
%8613 = broadcast %8612 : f32[16,64] @ models/lib/nn.yaml:79:7
%8614 = mul %8599, %8613 : f32[16,64] @ models/lib/nn.yaml:79:7
%8615 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8616 = cast %8615 : f32[] @ models/lib/nn.yaml:79:7
%8617 = broadcast %8616 : f32[16,64] @ models/lib/nn.yaml:79:7
%8618 = mul %8600, %8617 : f32[16,64] @ models/lib/nn.yaml:79:7
%8619 = add %8618, %8614 : f32[16,64] @ models/lib/nn.yaml:79:7
%8620 = mul %8599, %8599 : f32[16,64] @ models/lib/nn.yaml:79:7
%8621 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8622 = cast %8621 : f32[] @ models/lib/nn.yaml:79:7
%8623 = broadcast %8622 : f32[16,64] @ models/lib/nn.yaml:79:7
%8624 = mul %8620, %8623 : f32[16,64] @ models/lib/nn.yaml:79:7
%8625 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8626 = cast %8625 : f32[] @ models/lib/nn.yaml:79:7
%8627 = broadcast %8626 : f32[16,64] @ models/lib/nn.yaml:79:7
%8628 = mul %8601, %8627 : f32[16,64] @ models/lib/nn.yaml:79:7
%8629 = add %8628, %8624 : f32[16,64] @ models/lib/nn.yaml:79:7
%8630 = cast %8604 : f64[] @ models/lib/nn.yaml:79:7
%8631 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8632 = pow %8631, %8630 : f64[] @ models/lib/nn.yaml:79:7
%8633 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8634 = sub %8633, %8632 : f64[] @ models/lib/nn.yaml:79:7
%8635 = div %3230, %8634 : f64[] @ models/lib/nn.yaml:79:7
%8636 = cast %8604 : f64[] @ models/lib/nn.yaml:79:7
%8637 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8638 = pow %8637, %8636 : f64[] @ models/lib/nn.yaml:79:7
%8639 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8640 = sub %8639, %8638 : f64[] @ models/lib/nn.yaml:79:7
%8641 = sqrt %8640 : f64[] @ models/lib/nn.yaml:79:7
%8642 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8643 = div %8642, %8641 : f64[] @ models/lib/nn.yaml:79:7
%8644 = sqrt %8629 : f32[16,64] @ models/lib/nn.yaml:79:7
%8645 = cast %8643 : f32[] @ models/lib/nn.yaml:79:7
%8646 = broadcast %8645 : f32[16,64] @ models/lib/nn.yaml:79:7
%8647 = mul %8644, %8646 : f32[16,64] @ models/lib/nn.yaml:79:7
%8648 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8649 = cast %8648 : f32[] @ models/lib/nn.yaml:79:7
%8650 = broadcast %8649 : f32[16,64] @ models/lib/nn.yaml:79:7
%8651 = add %8647, %8650 : f32[16,64] @ models/lib/nn.yaml:79:7
%8652 = div %8619, %8651 : f32[16,64] @ models/lib/nn.yaml:79:7
%8653 = cast %8635 : f32[] @ models/lib/nn.yaml:79:7
%8654 = broadcast %8653 : f32[16,64] @ models/lib/nn.yaml:79:7
%8655 = mul %8652, %8654 : f32[16,64] @ models/lib/nn.yaml:79:7
%8656 = sub %8610, %8655 : f32[16,64] @ models/lib/nn.yaml:79:7
%8657 = assign %49, %8656 : f32[16,64] @ models/lib/nn.yaml:79:7
%8658 = assign %8600, %8619 : f32[16,64] @ models/lib/nn.yaml:79:7
%8659 = assign %8601, %8629 : f32[16,64] @ models/lib/nn.yaml:79:7
%8660 = assign %8602, %8604 : i64[] @ models/lib/nn.yaml:79:7
%8661 = cast %3232 : f32[] @ models/lib/nn.yaml:79:7
%8662 = broadcast %8661 : f32[16,64] @ models/lib/nn.yaml:79:7
%8663 = mul %127, %8662 : f32[16,64] @ models/lib/nn.yaml:79:7
%8664 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8665 = sub %8664, %3232 : f64[] @ models/lib/nn.yaml:79:7
%8666 = cast %8665 : f32[] @ models/lib/nn.yaml:79:7
%8667 = broadcast %8666 : f32[16,64] @ models/lib/nn.yaml:79:7
%8668 = mul %8656, %8667 : f32[16,64] @ models/lib/nn.yaml:79:7
%8669 = add %8663, %8668 : f32[16,64] @ models/lib/nn.yaml:79:7
%8670 = assign %127, %8669 : f32[16,64] @ models/lib/nn.yaml:79:7
%8671 = all_reduce_sum %4564 : f32[16] @ models/lib/nn.yaml:80:7
%8672 = reshape %8671 : f32[16] @ models/lib/nn.yaml:80:7
%8673 = mul %8672, %8672 : f32[16] @ models/lib/nn.yaml:80:7
%8674 = reduce_sum %8673 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8675 = sqrt %8674 : f32[] @ models/lib/nn.yaml:80:7
%8676 = cast %8675 : f64[] @ models/lib/nn.yaml:80:7
%8677 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%8678 = add %8676, %8677 : f64[] @ models/lib/nn.yaml:80:7
%8679 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%8680 = div %8679, %8678 : f64[] @ models/lib/nn.yaml:80:7
%8681 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8682 = lt %8680, %8681 : bool[] @ models/lib/nn.yaml:80:7
%8683 = cast %8680 : f32[] @ models/lib/nn.yaml:80:7
%8684 = broadcast %8683 : f32[16] @ models/lib/nn.yaml:80:7
%8685 = mul %8671, %8684 : f32[16] @ models/lib/nn.yaml:80:7
%8686 = broadcast %8682 : bool[16] @ models/lib/nn.yaml:80:7
%8687 = select %8686, %8685, %8671 : f32[16] @ models/lib/nn.yaml:80:7
%8688 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8689 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8690 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8691 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%8692 = add %8690, %8691 : i64[] @ models/lib/nn.yaml:80:7
%8693 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%8694 = cast %8693 : f32[] @ models/lib/nn.yaml:80:7
%8695 = broadcast %8694 : f32[16] @ models/lib/nn.yaml:80:7
%8696 = mul %8687, %8695 : f32[16] @ models/lib/nn.yaml:80:7
%8697 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8698 = cast %8697 : f32[] @ models/lib/nn.yaml:80:7
%8699 = broadcast %8698 : f32[16] @ models/lib/nn.yaml:80:7
%8700 = mul %8688, %8699 : f32[16] @ models/lib/nn.yaml:80:7
%8701 = add %8700, %8696 : f32[16] @ models/lib/nn.yaml:80:7
%8702 = mul %8687, %8687 : f32[16] @ models/lib/nn.yaml:80:7
%8703 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%8704 = cast %8703 : f32[] @ models/lib/nn.yaml:80:7
%8705 = broadcast %8704 : f32[16] @ models/lib/nn.yaml:80:7
%8706 = mul %8702, %8705 : f32[16] @ models/lib/nn.yaml:80:7
%8707 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8708 = cast %8707 : f32[] @ models/lib/nn.yaml:80:7
%8709 = broadcast %8708 : f32[16] @ models/lib/nn.yaml:80:7
%8710 = mul %8689, %8709 : f32[16] @ models/lib/nn.yaml:80:7
%8711 = add %8710, %8706 : f32[16] @ models/lib/nn.yaml:80:7
%8712 = cast %8692 : f64[] @ models/lib/nn.yaml:80:7
%8713 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8714 = pow %8713, %8712 : f64[] @ models/lib/nn.yaml:80:7
%8715 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8716 = sub %8715, %8714 : f64[] @ models/lib/nn.yaml:80:7
%8717 = div %3230, %8716 : f64[] @ models/lib/nn.yaml:80:7
%8718 = cast %8692 : f64[] @ models/lib/nn.yaml:80:7
%8719 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8720 = pow %8719, %8718 : f64[] @ models/lib/nn.yaml:80:7
%8721 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8722 = sub %8721, %8720 : f64[] @ models/lib/nn.yaml:80:7
%8723 = sqrt %8722 : f64[] @ models/lib/nn.yaml:80:7
%8724 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8725 = div %8724, %8723 : f64[] @ models/lib/nn.yaml:80:7
%8726 = sqrt %8711 : f32[16] @ models/lib/nn.yaml:80:7
%8727 = cast %8725 : f32[] @ models/lib/nn.yaml:80:7
%8728 = broadcast %8727 : f32[16] @ models/lib/nn.yaml:80:7
%8729 = mul %8726, %8728 : f32[16] @ models/lib/nn.yaml:80:7
%8730 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%8731 = cast %8730 : f32[] @ models/lib/nn.yaml:80:7
%8732 = broadcast %8731 : f32[16] @ models/lib/nn.yaml:80:7
%8733 = add %8729, %8732 : f32[16] @ models/lib/nn.yaml:80:7
%8734 = div %8701, %8733 : f32[16] @ models/lib/nn.yaml:80:7
%8735 = cast %8717 : f32[] @ models/lib/nn.yaml:80:7
%8736 = broadcast %8735 : f32[16] @ models/lib/nn.yaml:80:7
%8737 = mul %8734, %8736 : f32[16] @ models/lib/nn.yaml:80:7
%8738 = sub %50, %8737 : f32[16] @ models/lib/nn.yaml:80:7
%8739 = assign %50, %8738 : f32[16] @ models/lib/nn.yaml:80:7
%8740 = assign %8688, %8701 : f32[16] @ models/lib/nn.yaml:80:7
%8741 = assign %8689, %8711 : f32[16] @ models/lib/nn.yaml:80:7
%8742 = assign %8690, %8692 : i64[] @ models/lib/nn.yaml:80:7
%8743 = cast %3232 : f32[] @ models/lib/nn.yaml:80:7
%8744 = broadcast %8743 : f32[16] @ models/lib/nn.yaml:80:7
%8745 = mul %128, %8744 : f32[16] @ models/lib/nn.yaml:80:7
%8746 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8747 = sub %8746, %3232 : f64[] @ models/lib/nn.yaml:80:7
%8748 = cast %8747 : f32[] @ models/lib/nn.yaml:80:7
%8749 = broadcast %8748 : f32[16] @ models/lib/nn.yaml:80:7
%8750 = mul %8738, %8749 : f32[16] @ models/lib/nn.yaml:80:7
%8751 = add %8745, %8750 : f32[16] @ models/lib/nn.yaml:80:7
%8752 = assign %128, %8751 : f32[16] @ models/lib/nn.yaml:80:7
%8753 = all_reduce_sum %4537 : f32[16] @ models/lib/nn.yaml:89:7
%8754 = reshape %8753 : f32[16] @ models/lib/nn.yaml:89:7
%8755 = mul %8754, %8754 : f32[16] @ models/lib/nn.yaml:89:7
%8756 = reduce_sum %8755 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8757 = sqrt %8756 : f32[] @ models/lib/nn.yaml:89:7
%8758 = cast %8757 : f64[] @ models/lib/nn.yaml:89:7
%8759 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%8760 = add %8758, %8759 : f64[] @ models/lib/nn.yaml:89:7
%8761 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%8762 = div %8761, %8760 : f64[] @ models/lib/nn.yaml:89:7
%8763 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8764 = lt %8762, %8763 : bool[] @ models/lib/nn.yaml:89:7
%8765 = cast %8762 : f32[] @ models/lib/nn.yaml:89:7
%8766 = broadcast %8765 : f32[16] @ models/lib/nn.yaml:89:7
%8767 = mul %8753, %8766 : f32[16] @ models/lib/nn.yaml:89:7
%8768 = broadcast %8764 : bool[16] @ models/lib/nn.yaml:89:7
%8769 = select %8768, %8767, %8753 : f32[16] @ models/lib/nn.yaml:89:7
%8770 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8771 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8772 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8773 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%8774 = add %8772, %8773 : i64[] @ models/lib/nn.yaml:89:7
%8775 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%8776 = cast %8775 : f32[] @ models/lib/nn.yaml:89:7
%8777 = broadcast %8776 : f32[16] @ models/lib/nn.yaml:89:7
%8778 = mul %8769, %8777 : f32[16] @ models/lib/nn.yaml:89:7
%8779 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%8780 = cast %8779 : f32[] @ models/lib/nn.yaml:89:7
%8781 = broadcast %8780 : f32[16] @ models/lib/nn.yaml:89:7
%8782 = mul %8770, %8781 : f32[16] @ models/lib/nn.yaml:89:7
%8783 = add %8782, %8778 : f32[16] @ models/lib/nn.yaml:89:7
%8784 = mul %8769, %8769 : f32[16] @ models/lib/nn.yaml:89:7
%8785 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%8786 = cast %8785 : f32[] @ models/lib/nn.yaml:89:7
%8787 = broadcast %8786 : f32[16] @ models/lib/nn.yaml:89:7
%8788 = mul %8784, %8787 : f32[16] @ models/lib/nn.yaml:89:7
%8789 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%8790 = cast %8789 : f32[] @ models/lib/nn.yaml:89:7
%8791 = broadcast %8790 : f32[16] @ models/lib/nn.yaml:89:7
%8792 = mul %8771, %8791 : f32[16] @ models/lib/nn.yaml:89:7
%8793 = add %8792, %8788 : f32[16] @ models/lib/nn.yaml:89:7
%8794 = cast %8774 : f64[] @ models/lib/nn.yaml:89:7
%8795 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%8796 = pow %8795, %8794 : f64[] @ models/lib/nn.yaml:89:7
%8797 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8798 = sub %8797, %8796 : f64[] @ models/lib/nn.yaml:89:7
%8799 = div %3230, %8798 : f64[] @ models/lib/nn.yaml:89:7
%8800 = cast %8774 : f64[] @ models/lib/nn.yaml:89:7
%8801 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%8802 = pow %8801, %8800 : f64[] @ models/lib/nn.yaml:89:7
%8803 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8804 = sub %8803, %8802 : f64[] @ models/lib/nn.yaml:89:7
%8805 = sqrt %8804 : f64[] @ models/lib/nn.yaml:89:7
%8806 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8807 = div %8806, %8805 : f64[] @ models/lib/nn.yaml:89:7
%8808 = sqrt %8793 : f32[16] @ models/lib/nn.yaml:89:7
%8809 = cast %8807 : f32[] @ models/lib/nn.yaml:89:7
%8810 = broadcast %8809 : f32[16] @ models/lib/nn.yaml:89:7
%8811 = mul %8808, %8810 : f32[16] @ models/lib/nn.yaml:89:7
%8812 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%8813 = cast %8812 : f32[] @ models/lib/nn.yaml:89:7
%8814 = broadcast %8813 : f32[16] @ models/lib/nn.yaml:89:7
%8815 = add %8811, %8814 : f32[16] @ models/lib/nn.yaml:89:7
%8816 = div %8783, %8815 : f32[16] @ models/lib/nn.yaml:89:7
%8817 = cast %8799 : f32[] @ models/lib/nn.yaml:89:7
%8818 = broadcast %8817 : f32[16] @ models/lib/nn.yaml:89:7
%8819 = mul %8816, %8818 : f32[16] @ models/lib/nn.yaml:89:7
%8820 = sub %51, %8819 : f32[16] @ models/lib/nn.yaml:89:7
%8821 = assign %51, %8820 : f32[16] @ models/lib/nn.yaml:89:7
%8822 = assign %8770, %8783 : f32[16] @ models/lib/nn.yaml:89:7
%8823 = assign %8771, %8793 : f32[16] @ models/lib/nn.yaml:89:7
%8824 = assign %8772, %8774 : i64[] @ models/lib/nn.yaml:89:7
%8825 = cast %3232 : f32[] @ models/lib/nn.yaml:89:7
%8826 = broadcast %8825 : f32[16] @ models/lib/nn.yaml:89:7
%8827 = mul %129, %8826 : f32[16] @ models/lib/nn.yaml:89:7
%8828 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8829 = sub %8828, %3232 : f64[] @ models/lib/nn.yaml:89:7
%8830 = cast %8829 : f32[] @ models/lib/nn.yaml:89:7
%8831 = broadcast %8830 : f32[16] @ models/lib/nn.yaml:89:7
%8832 = mul %8820, %8831 : f32[16] @ models/lib/nn.yaml:89:7
%8833 = add %8827, %8832 : f32[16] @ models/lib/nn.yaml:89:7
%8834 = assign %129, %8833 : f32[16] @ models/lib/nn.yaml:89:7
%8835 = all_reduce_sum %4532 : f32[16] @ models/lib/nn.yaml:90:7
%8836 = reshape %8835 : f32[16] @ models/lib/nn.yaml:90:7
%8837 = mul %8836, %8836 : f32[16] @ models/lib/nn.yaml:90:7
%8838 = reduce_sum %8837 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8839 = sqrt %8838 : f32[] @ models/lib/nn.yaml:90:7
%8840 = cast %8839 : f64[] @ models/lib/nn.yaml:90:7
%8841 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%8842 = add %8840, %8841 : f64[] @ models/lib/nn.yaml:90:7
%8843 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%8844 = div %8843, %8842 : f64[] @ models/lib/nn.yaml:90:7
%8845 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8846 = lt %8844, %8845 : bool[] @ models/lib/nn.yaml:90:7
%8847 = cast %8844 : f32[] @ models/lib/nn.yaml:90:7
%8848 = broadcast %8847 : f32[16] @ models/lib/nn.yaml:90:7
%8849 = mul %8835, %8848 : f32[16] @ models/lib/nn.yaml:90:7
%8850 = broadcast %8846 : bool[16] @ models/lib/nn.yaml:90:7
%8851 = select %8850, %8849, %8835 : f32[16] @ models/lib/nn.yaml:90:7
%8852 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8853 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8854 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8855 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%8856 = add %8854, %8855 : i64[] @ models/lib/nn.yaml:90:7
%8857 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%8858 = cast %8857 : f32[] @ models/lib/nn.yaml:90:7
%8859 = broadcast %8858 : f32[16] @ models/lib/nn.yaml:90:7
%8860 = mul %8851, %8859 : f32[16] @ models/lib/nn.yaml:90:7
%8861 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%8862 = cast %8861 : f32[] @ models/lib/nn.yaml:90:7
%8863 = broadcast %8862 : f32[16] @ models/lib/nn.yaml:90:7
%8864 = mul %8852, %8863 : f32[16] @ models/lib/nn.yaml:90:7
%8865 = add %8864, %8860 : f32[16] @ models/lib/nn.yaml:90:7
%8866 = mul %8851, %8851 : f32[16] @ models/lib/nn.yaml:90:7
%8867 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%8868 = cast %8867 : f32[] @ models/lib/nn.yaml:90:7
%8869 = broadcast %8868 : f32[16] @ models/lib/nn.yaml:90:7
%8870 = mul %8866, %8869 : f32[16] @ models/lib/nn.yaml:90:7
%8871 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%8872 = cast %8871 : f32[] @ models/lib/nn.yaml:90:7
%8873 = broadcast %8872 : f32[16] @ models/lib/nn.yaml:90:7
%8874 = mul %8853, %8873 : f32[16] @ models/lib/nn.yaml:90:7
%8875 = add %8874, %8870 : f32[16] @ models/lib/nn.yaml:90:7
%8876 = cast %8856 : f64[] @ models/lib/nn.yaml:90:7
%8877 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%8878 = pow %8877, %8876 : f64[] @ models/lib/nn.yaml:90:7
%8879 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8880 = sub %8879, %8878 : f64[] @ models/lib/nn.yaml:90:7
%8881 = div %3230, %8880 : f64[] @ models/lib/nn.yaml:90:7
%8882 = cast %8856 : f64[] @ models/lib/nn.yaml:90:7
%8883 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%8884 = pow %8883, %8882 : f64[] @ models/lib/nn.yaml:90:7
%8885 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8886 = sub %8885, %8884 : f64[] @ models/lib/nn.yaml:90:7
%8887 = sqrt %8886 : f64[] @ models/lib/nn.yaml:90:7
%8888 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8889 = div %8888, %8887 : f64[] @ models/lib/nn.yaml:90:7
%8890 = sqrt %8875 : f32[16] @ models/lib/nn.yaml:90:7
%8891 = cast %8889 : f32[] @ models/lib/nn.yaml:90:7
%8892 = broadcast %8891 : f32[16] @ models/lib/nn.yaml:90:7
%8893 = mul %8890, %8892 : f32[16] @ models/lib/nn.yaml:90:7
%8894 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%8895 = cast %8894 : f32[] @ models/lib/nn.yaml:90:7
%8896 = broadcast %8895 : f32[16] @ models/lib/nn.yaml:90:7
%8897 = add %8893, %8896 : f32[16] @ models/lib/nn.yaml:90:7
%8898 = div %8865, %8897 : f32[16] @ models/lib/nn.yaml:90:7
%8899 = cast %8881 : f32[] @ models/lib/nn.yaml:90:7
%8900 = broadcast %8899 : f32[16] @ models/lib/nn.yaml:90:7
%8901 = mul %8898, %8900 : f32[16] @ models/lib/nn.yaml:90:7
%8902 = sub %52, %8901 : f32[16] @ models/lib/nn.yaml:90:7
%8903 = assign %52, %8902 : f32[16] @ models/lib/nn.yaml:90:7
%8904 = assign %8852, %8865 : f32[16] @ models/lib/nn.yaml:90:7
%8905 = assign %8853, %8875 : f32[16] @ models/lib/nn.yaml:90:7
%8906 = assign %8854, %8856 : i64[] @ models/lib/nn.yaml:90:7
%8907 = cast %3232 : f32[] @ models/lib/nn.yaml:90:7
%8908 = broadcast %8907 : f32[16] @ models/lib/nn.yaml:90:7
%8909 = mul %130, %8908 : f32[16] @ models/lib/nn.yaml:90:7
%8910 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8911 = sub %8910, %3232 : f64[] @ models/lib/nn.yaml:90:7
%8912 = cast %8911 : f32[] @ models/lib/nn.yaml:90:7
%8913 = broadcast %8912 : f32[16] @ models/lib/nn.yaml:90:7
%8914 = mul %8902, %8913 : f32[16] @ models/lib/nn.yaml:90:7
%8915 = add %8909, %8914 : f32[16] @ models/lib/nn.yaml:90:7
%8916 = assign %130, %8915 : f32[16] @ models/lib/nn.yaml:90:7
%8917 = all_reduce_sum %4527 : f32[16,16] @ models/lib/nn.yaml:79:7
%8918 = reshape %8917 : f32[256] @ models/lib/nn.yaml:79:7
%8919 = mul %8918, %8918 : f32[256] @ models/lib/nn.yaml:79:7
%8920 = reduce_sum %8919 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8921 = sqrt %8920 : f32[] @ models/lib/nn.yaml:79:7
%8922 = cast %8921 : f64[] @ models/lib/nn.yaml:79:7
%8923 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%8924 = add %8922, %8923 : f64[] @ models/lib/nn.yaml:79:7
%8925 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%8926 = div %8925, %8924 : f64[] @ models/lib/nn.yaml:79:7
%8927 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8928 = lt %8926, %8927 : bool[] @ models/lib/nn.yaml:79:7
%8929 = cast %8926 : f32[] @ models/lib/nn.yaml:79:7
%8930 = broadcast %8929 : f32[16,16] @ models/lib/nn.yaml:79:7
%8931 = mul %8917, %8930 : f32[16,16] @ models/lib/nn.yaml:79:7
%8932 = broadcast %8928 : bool[16,16] @ models/lib/nn.yaml:79:7
%8933 = select %8932, %8931, %8917 : f32[16,16] @ models/lib/nn.yaml:79:7
%8934 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8935 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8936 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8937 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8938 = add %8936, %8937 : i64[] @ models/lib/nn.yaml:79:7
%8939 = mul %3230, %3231 : f64[] @ models/lib/nn.yaml:79:7
%8940 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8941 = sub %8940, %8939 : f64[] @ models/lib/nn.yaml:79:7
%8942 = cast %8941 : f32[] @ models/lib/nn.yaml:79:7
%8943 = broadcast %8942 : f32[16,16] @ models/lib/nn.yaml:79:7
%8944 = mul %53, %8943 : f32[16,16] @ models/lib/nn.yaml:79:7
%8945 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8946 = cast %8945 : f32[] @ models/lib/nn.yaml:79:7
%8947 = broadcast %8946 : f32[16,16] @ models/lib/nn.yaml:79:7
%8948 = mul %8933, %8947 : f32[16,16] @ models/lib/nn.yaml:79:7
%8949 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8950 = cast %8949 : f32[] @ models/lib/nn.yaml:79:7
%8951 = broadcast %8950 : f32[16,16] @ models/lib/nn.yaml:79:7
%8952 = mul %8934, %8951 : f32[16,16] @ models/lib/nn.yaml:79:7
%8953 = add %8952, %8948 : f32[16,16] @ models/lib/nn.yaml:79:7
%8954 = mul %8933, %8933 : f32[16,16] @ models/lib/nn.yaml:79:7
%8955 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8956 = cast %8955 : f32[] @ models/lib/nn.yaml:79:7
%8957 = broadcast %8956 : f32[16,16] @ models/lib/nn.yaml:79:7
%8958 = mul %8954, %8957 : f32[16,16] @ models/lib/nn.yaml:79:7
%8959 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8960 = cast %8959 : f32[] @ models/lib/nn.yaml:79:7
%8961 = broadcast %8960 : f32[16,16] @ models/lib/nn.yaml:79:7
%8962 = mul %8935, %8961 : f32[16,16] @ models/lib/nn.yaml:79:7
%8963 = add %8962, %8958 : f32[16,16] @ models/lib/nn.yaml:79:7
%8964 = cast %8938 : f64[] @ models/lib/nn.yaml:79:7
%8965 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8966 = pow %8965, %8964 : f64[] @ models/lib/nn.yaml:79:7
%8967 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8968 = sub %8967, %8966 : f64[] @ models/lib/nn.yaml:79:7
%8969 = div %3230, %8968 : f64[] @ models/lib/nn.yaml:79:7
%8970 = cast %8938 : f64[] @ models/lib/nn.yaml:79:7
%8971 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8972 = pow %8971, %8970 : f64[] @ models/lib/nn.yaml:79:7
%8973 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8974 = sub %8973, %8972 : f64[] @ models/lib/nn.yaml:79:7
%8975 = sqrt %8974 : f64[] @ models/lib/nn.yaml:79:7
%8976 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8977 = div %8976, %8975 : f64[] @ models/lib/nn.yaml:79:7
%8978 = sqrt %8963 : f32[16,16] @ models/lib/nn.yaml:79:7
%8979 = cast %8977 : f32[] @ models/lib/nn.yaml:79:7
%8980 = broadcast %8979 : f32[16,16] @ models/lib/nn.yaml:79:7
%8981 = mul %8978, %8980 : f32[16,16] @ models/lib/nn.yaml:79:7
%8982 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8983 = cast %8982 : f32[] @ models/lib/nn.yaml:79:7
%8984 = broadcast %8983 : f32[16,16] @ models/lib/nn.yaml:79:7
%8985 = add %8981, %8984 : f32[16,16] @ models/lib/nn.yaml:79:7
%8986 = div %8953, %8985 : f32[16,16] @ models/lib/nn.yaml:79:7
%8987 = cast %8969 : f32[] @ models/lib/nn.yaml:79:7
%8988 = broadcast %8987 : f32[16,16] @ models/lib/nn.yaml:79:7
%8989 = mul %8986, %8988 : f32[16,16] @ models/lib/nn.yaml:79:7
%8990 = sub %8944, %8989 : f32[16,16] @ models/lib/nn.yaml:79:7
%8991 = assign %53, %8990 : f32[16,16] @ models/lib/nn.yaml:79:7
%8992 = assign %8934, %8953 : f32[16,16] @ models/lib/nn.yaml:79:7
%8993 = assign %8935, %8963 : f32[16,16] @ models/lib/nn.yaml:79:7
%8994 = assign %8936, %8938 : i64[] @ models/lib/nn.yaml:79:7
%8995 = cast %3232 : f32[] @ models/lib/nn.yaml:79:7
%8996 = broadcast %8995 : f32[16,16] @ models/lib/nn.yaml:79:7
%8997 = mul %131, %8996 : f32[16,16] @ models/lib/nn.yaml:79:7
%8998 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8999 = sub %8998, %3232 : f64[] @ models/lib/nn.yaml:79:7
%9000 = cast %8999 : f32[] @ models/lib/nn.yaml:79:7
%9001 = broadcast %9000 : f32[16,16] @ models/lib/nn.yaml:79:7
%9002 = mul %8990, %9001 : f32[16,16] @ models/lib/nn.yaml:79:7
%9003 = add %8997, %9002 : f32[16,16] @ models/lib/nn.yaml:79:7
%9004 = assign %131, %9003 : f32[16,16] @ models/lib/nn.yaml:79:7
%9005 = all_reduce_sum %4522 : f32[16] @ models/lib/nn.yaml:80:7
%9006 = reshape %9005 : f32[16] @ models/lib/nn.yaml:80:7
%9007 = mul %9006, %9006 : f32[16] @ models/lib/nn.yaml:80:7
%9008 = reduce_sum %9007 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9009 = sqrt %9008 : f32[] @ models/lib/nn.yaml:80:7
%9010 = cast %9009 : f64[] @ models/lib/nn.yaml:80:7
%9011 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%9012 = add %9010, %9011 : f64[] @ models/lib/nn.yaml:80:7
%9013 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%9014 = div %9013, %9012 : f64[] @ models/lib/nn.yaml:80:7
%9015 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9016 = lt %9014, %9015 : bool[] @ models/lib/nn.yaml:80:7
%9017 = cast %9014 : f32[] @ models/lib/nn.yaml:80:7
%9018 = broadcast %9017 : f32[16] @ models/lib/nn.yaml:80:7
%9019 = mul %9005, %9018 : f32[16] @ models/lib/nn.yaml:80:7
%9020 = broadcast %9016 : bool[16] @ models/lib/nn.yaml:80:7
%9021 = select %9020, %9019, %9005 : f32[16] @ models/lib/nn.yaml:80:7
%9022 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9023 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9024 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9025 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%9026 = add %9024, %9025 : i64[] @ models/lib/nn.yaml:80:7
%9027 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%9028 = cast %9027 : f32[] @ models/lib/nn.yaml:80:7
%9029 = broadcast %9028 : f32[16] @ models/lib/nn.yaml:80:7
%9030 = mul %9021, %9029 : f32[16] @ models/lib/nn.yaml:80:7
%9031 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9032 = cast %9031 : f32[] @ models/lib/nn.yaml:80:7
%9033 = broadcast %9032 : f32[16] @ models/lib/nn.yaml:80:7
%9034 = mul %9022, %9033 : f32[16] @ models/lib/nn.yaml:80:7
%9035 = add %9034, %9030 : f32[16] @ models/lib/nn.yaml:80:7
%9036 = mul %9021, %9021 : f32[16] @ models/lib/nn.yaml:80:7
%9037 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%9038 = cast %9037 : f32[] @ models/lib/nn.yaml:80:7
%9039 = broadcast %9038 : f32[16] @ models/lib/nn.yaml:80:7
%9040 = mul %9036, %9039 : f32[16] @ models/lib/nn.yaml:80:7
%9041 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9042 = cast %9041 : f32[] @ models/lib/nn.yaml:80:7
%9043 = broadcast %9042 : f32[16] @ models/lib/nn.yaml:80:7
%9044 = mul %9023, %9043 : f32[16] @ models/lib/nn.yaml:80:7
%9045 = add %9044, %9040 : f32[16] @ models/lib/nn.yaml:80:7
%9046 = cast %9026 : f64[] @ models/lib/nn.yaml:80:7
%9047 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9048 = pow %9047, %9046 : f64[] @ models/lib/nn.yaml:80:7
%9049 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9050 = sub %9049, %9048 : f64[] @ models/lib/nn.yaml:80:7
%9051 = div %3230, %9050 : f64[] @ models/lib/nn.yaml:80:7
%9052 = cast %9026 : f64[] @ models/lib/nn.yaml:80:7
%9053 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9054 = pow %9053, %9052 : f64[] @ models/lib/nn.yaml:80:7
%9055 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9056 = sub %9055, %9054 : f64[] @ models/lib/nn.yaml:80:7
%9057 = sqrt %9056 : f64[] @ models/lib/nn.yaml:80:7
%9058 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9059 = div %9058, %9057 : f64[] @ models/lib/nn.yaml:80:7
%9060 = sqrt %9045 : f32[16] @ models/lib/nn.yaml:80:7
%9061 = cast %9059 : f32[] @ models/lib/nn.yaml:80:7
%9062 = broadcast %9061 : f32[16] @ models/lib/nn.yaml:80:7
%9063 = mul %9060, %9062 : f32[16] @ models/lib/nn.yaml:80:7
%9064 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%9065 = cast %9064 : f32[] @ models/lib/nn.yaml:80:7
%9066 = broadcast %9065 : f32[16] @ models/lib/nn.yaml:80:7
%9067 = add %9063, %9066 : f32[16] @ models/lib/nn.yaml:80:7
%9068 = div %9035, %9067 : f32[16] @ models/lib/nn.yaml:80:7
%9069 = cast %9051 : f32[] @ models/lib/nn.yaml:80:7
%9070 = broadcast %9069 : f32[16] @ models/lib/nn.yaml:80:7
%9071 = mul %9068, %9070 : f32[16] @ models/lib/nn.yaml:80:7
%9072 = sub %54, %9071 : f32[16] @ models/lib/nn.yaml:80:7
%9073 = assign %54, %9072 : f32[16] @ models/lib/nn.yaml:80:7
%9074 = assign %9022, %9035 : f32[16] @ models/lib/nn.yaml:80:7
%9075 = assign %9023, %9045 : f32[16] @ models/lib/nn.yaml:80:7
%9076 = assign %9024, %9026 : i64[] @ models/lib/nn.yaml:80:7
%9077 = cast %3232 : f32[] @ models/lib/nn.yaml:80:7
%9078 = broadcast %9077 : f32[16] @ models/lib/nn.yaml:80:7
%9079 = mul %132, %9078 : f32[16] @ models/lib/nn.yaml:80:7
%9080 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9081 = sub %9080, %3232 : f64[] @ models/lib/nn.yaml:80:7
%9082 = cast %9081 : f32[] @ models/lib/nn.yaml:80:7
%9083 = broadcast %9082 : f32[16] @ models/lib/nn.yaml:80:7
%9084 = mul %9072, %9083 : f32[16] @ models/lib/nn.yaml:80:7
%9085 = add %9079, %9084 : f32[16] @ models/lib/nn.yaml:80:7
%9086 = assign %132, %9085 : f32[16] @ models/lib/nn.yaml:80:7
%9087 = all_reduce_sum %4517 : f32[16,16] @ models/lib/nn.yaml:79:7
%9088 = reshape %9087 : f32[256] @ models/lib/nn.yaml:79:7
%9089 = mul %9088, %9088 : f32[256] @ models/lib/nn.yaml:79:7
%9090 = reduce_sum %9089 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9091 = sqrt %9090 : f32[] @ models/lib/nn.yaml:79:7
%9092 = cast %9091 : f64[] @ models/lib/nn.yaml:79:7
%9093 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%9094 = add %9092, %9093 : f64[] @ models/lib/nn.yaml:79:7
%9095 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%9096 = div %9095, %9094 : f64[] @ models/lib/nn.yaml:79:7
%9097 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9098 = lt %9096, %9097 : bool[] @ models/lib/nn.yaml:79:7
%9099 = cast %9096 : f32[] @ models/lib/nn.yaml:79:7
%9100 = broadcast %9099 : f32[16,16] @ models/lib/nn.yaml:79:7
%9101 = mul %9087, %9100 : f32[16,16] @ models/lib/nn.yaml:79:7
%9102 = broadcast %9098 : bool[16,16] @ models/lib/nn.yaml:79:7
%9103 = select %9102, %9101, %9087 : f32[16,16] @ models/lib/nn.yaml:79:7
%9104 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9105 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9106 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9107 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%9108 = add %9106, %9107 : i64[] @ models/lib/nn.yaml:79:7
%9109 = mul %3230, %3231 : f64[] @ models/lib/nn.yaml:79:7
%9110 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9111 = sub %9110, %9109 : f64[] @ models/lib/nn.yaml:79:7
%9112 = cast %9111 : f32[] @ models/lib/nn.yaml:79:7
%9113 = broadcast %9112 : f32[16,16] @ models/lib/nn.yaml:79:7
%9114 = mul %55, %9113 : f32[16,16] @ models/lib/nn.yaml:79:7
%9115 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%9116 = cast %9115 : f32[] @ models/lib/nn.yaml:79:7
%9117 = broadcast %9116 : f32[16,16] @ models/lib/nn.yaml:79:7
%9118 = mul %9103, %9117 : f32[16,16] @ models/lib/nn.yaml:79:7
%9119 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9120 = cast %9119 : f32[] @ models/lib/nn.yaml:79:7
%9121 = broadcast %9120 : f32[16,16] @ models/lib/nn.yaml:79:7
%9122 = mul %9104, %9121 : f32[16,16] @ models/lib/nn.yaml:79:7
%9123 = add %9122, %9118 : f32[16,16] @ models/lib/nn.yaml:79:7
%9124 = mul %9103, %9103 : f32[16,16] @ models/lib/nn.yaml:79:7
%9125 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%9126 = cast %9125 : f32[] @ models/lib/nn.yaml:79:7
%9127 = broadcast %9126 : f32[16,16] @ models/lib/nn.yaml:79:7
%9128 = mul %9124, %9127 : f32[16,16] @ models/lib/nn.yaml:79:7
%9129 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9130 = cast %9129 : f32[] @ models/lib/nn.yaml:79:7
%9131 = broadcast %9130 : f32[16,16] @ models/lib/nn.yaml:79:7
%9132 = mul %9105, %9131 : f32[16,16] @ models/lib/nn.yaml:79:7
%9133 = add %9132, %9128 : f32[16,16] @ models/lib/nn.yaml:79:7
%9134 = cast %9108 : f64[] @ models/lib/nn.yaml:79:7
%9135 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9136 = pow %9135, %9134 : f64[] @ models/lib/nn.yaml:79:7
%9137 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9138 = sub %9137, %9136 : f64[] @ models/lib/nn.yaml:79:7
%9139 = div %3230, %9138 : f64[] @ models/lib/nn.yaml:79:7
%9140 = cast %9108 : f64[] @ models/lib/nn.yaml:79:7
%9141 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9142 = pow %9141, %9140 : f64[] @ models/lib/nn.yaml:79:7
%9143 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9144 = sub %9143, %9142 : f64[] @ models/lib/nn.yaml:79:7
%9145 = sqrt %9144 : f64[] @ models/lib/nn.yaml:79:7
%9146 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9147 = div %9146, %9145 : f64[] @ models/lib/nn.yaml:79:7
%9148 = sqrt %9133 : f32[16,16] @ models/lib/nn.yaml:79:7
%9149 = cast %9147 : f32[] @ models/lib/nn.yaml:79:7
%9150 = broadcast %9149 : f32[16,16] @ models/lib/nn.yaml:79:7
%9151 = mul %9148, %9150 : f32[16,16] @ models/lib/nn.yaml:79:7
%9152 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%9153 = cast %9152 : f32[] @ models/lib/nn.yaml:79:7
%9154 = broadcast %9153 : f32[16,16] @ models/lib/nn.yaml:79:7
%9155 = add %9151, %9154 : f32[16,16] @ models/lib/nn.yaml:79:7
%9156 = div %9123, %9155 : f32[16,16] @ models/lib/nn.yaml:79:7
%9157 = cast %9139 : f32[] @ models/lib/nn.yaml:79:7
%9158 = broadcast %9157 : f32[16,16] @ models/lib/nn.yaml:79:7
%9159 = mul %9156, %9158 : f32[16,16] @ models/lib/nn.yaml:79:7
%9160 = sub %9114, %9159 : f32[16,16] @ models/lib/nn.yaml:79:7
%9161 = assign %55, %9160 : f32[16,16] @ models/lib/nn.yaml:79:7
%9162 = assign %9104, %9123 : f32[16,16] @ models/lib/nn.yaml:79:7
%9163 = assign %9105, %9133 : f32[16,16] @ models/lib/nn.yaml:79:7
%9164 = assign %9106, %9108 : i64[] @ models/lib/nn.yaml:79:7
%9165 = cast %3232 : f32[] @ models/lib/nn.yaml:79:7
%9166 = broadcast %9165 : f32[16,16] @ models/lib/nn.yaml:79:7
%9167 = mul %133, %9166 : f32[16,16] @ models/lib/nn.yaml:79:7
%9168 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9169 = sub %9168, %3232 : f64[] @ models/lib/nn.yaml:79:7
%9170 = cast %9169 : f32[] @ models/lib/nn.yaml:79:7
%9171 = broadcast %9170 : f32[16,16] @ models/lib/nn.yaml:79:7
%9172 = mul %9160, %9171 : f32[16,16] @ models/lib/nn.yaml:79:7
%9173 = add %9167, %9172 : f32[16,16] @ models/lib/nn.yaml:79:7
%9174 = assign %133, %9173 : f32[16,16] @ models/lib/nn.yaml:79:7
%9175 = all_reduce_sum %4511 : f32[16] @ models/lib/nn.yaml:80:7
%9176 = reshape %9175 : f32[16] @ models/lib/nn.yaml:80:7
%9177 = mul %9176, %9176 : f32[16] @ models/lib/nn.yaml:80:7
%9178 = reduce_sum %9177 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9179 = sqrt %9178 : f32[] @ models/lib/nn.yaml:80:7
%9180 = cast %9179 : f64[] @ models/lib/nn.yaml:80:7
%9181 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%9182 = add %9180, %9181 : f64[] @ models/lib/nn.yaml:80:7
%9183 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%9184 = div %9183, %9182 : f64[] @ models/lib/nn.yaml:80:7
%9185 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9186 = lt %9184, %9185 : bool[] @ models/lib/nn.yaml:80:7
%9187 = cast %9184 : f32[] @ models/lib/nn.yaml:80:7
%9188 = broadcast %9187 : f32[16] @ models/lib/nn.yaml:80:7
%9189 = mul %9175, %9188 : f32[16] @ models/lib/nn.yaml:80:7
%9190 = broadcast %9186 : bool[16] @ models/lib/nn.yaml:80:7
%9191 = select %9190, %9189, %9175 : f32[16] @ models/lib/nn.yaml:80:7
%9192 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9193 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9194 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9195 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%9196 = add %9194, %9195 : i64[] @ models/lib/nn.yaml:80:7
%9197 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%9198 = cast %9197 : f32[] @ models/lib/nn.yaml:80:7
%9199 = broadcast %9198 : f32[16] @ models/lib/nn.yaml:80:7
%9200 = mul %9191, %9199 : f32[16] @ models/lib/nn.yaml:80:7
%9201 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9202 = cast %9201 : f32[] @ models/lib/nn.yaml:80:7
%9203 = broadcast %9202 : f32[16] @ models/lib/nn.yaml:80:7
%9204 = mul %9192, %9203 : f32[16] @ models/lib/nn.yaml:80:7
%9205 = add %9204, %9200 : f32[16] @ models/lib/nn.yaml:80:7
%9206 = mul %9191, %9191 : f32[16] @ models/lib/nn.yaml:80:7
%9207 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%9208 = cast %9207 : f32[] @ models/lib/nn.yaml:80:7
%9209 = broadcast %9208 : f32[16] @ models/lib/nn.yaml:80:7
%9210 = mul %9206, %9209 : f32[16] @ models/lib/nn.yaml:80:7
%9211 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9212 = cast %9211 : f32[] @ models/lib/nn.yaml:80:7
%9213 = broadcast %9212 : f32[16] @ models/lib/nn.yaml:80:7
%9214 = mul %9193, %9213 : f32[16] @ models/lib/nn.yaml:80:7
%9215 = add %9214, %9210 : f32[16] @ models/lib/nn.yaml:80:7
%9216 = cast %9196 : f64[] @ models/lib/nn.yaml:80:7
%9217 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9218 = pow %9217, %9216 : f64[] @ models/lib/nn.yaml:80:7
%9219 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9220 = sub %9219, %9218 : f64[] @ models/lib/nn.yaml:80:7
%9221 = div %3230, %9220 : f64[] @ models/lib/nn.yaml:80:7
%9222 = cast %9196 : f64[] @ models/lib/nn.yaml:80:7
%9223 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9224 = pow %9223, %9222 : f64[] @ models/lib/nn.yaml:80:7
%9225 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9226 = sub %9225, %9224 : f64[] @ models/lib/nn.yaml:80:7
%9227 = sqrt %9226 : f64[] @ models/lib/nn.yaml:80:7
%9228 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9229 = div %9228, %9227 : f64[] @ models/lib/nn.yaml:80:7
%9230 = sqrt %9215 : f32[16] @ models/lib/nn.yaml:80:7
%9231 = cast %9229 : f32[] @ models/lib/nn.yaml:80:7
%9232 = broadcast %9231 : f32[16] @ models/lib/nn.yaml:80:7
%9233 = mul %9230, %9232 : f32[16] @ models/lib/nn.yaml:80:7
%9234 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%9235 = cast %9234 : f32[] @ models/lib/nn.yaml:80:7
%9236 = broadcast %9235 : f32[16] @ models/lib/nn.yaml:80:7
%9237 = add %9233, %9236 : f32[16] @ models/lib/nn.yaml:80:7
%9238 = div %9205, %9237 : f32[16] @ models/lib/nn.yaml:80:7
%9239 = cast %9221 : f32[] @ models/lib/nn.yaml:80:7
%9240 = broadcast %9239 : f32[16] @ models/lib/nn.yaml:80:7
%9241 = mul %9238, %9240 : f32[16] @ models/lib/nn.yaml:80:7
%9242 = sub %56, %9241 : f32[16] @ models/lib/nn.yaml:80:7
%9243 = assign %56, %9242 : f32[16] @ models/lib/nn.yaml:80:7
%9244 = assign %9192, %9205 : f32[16] @ models/lib/nn.yaml:80:7
%9245 = assign %9193, %9215 : f32[16] @ models/lib/nn.yaml:80:7
%9246 = assign %9194, %9196 : i64[] @ models/lib/nn.yaml:80:7
%9247 = cast %3232 : f32[] @ models/lib/nn.yaml:80:7
%9248 = broadcast %9247 : f32[16] @ models/lib/nn.yaml:80:7
%9249 = mul %134, %9248 : f32[16] @ models/lib/nn.yaml:80:7
%9250 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9251 = sub %9250, %3232 : f64[] @ models/lib/nn.yaml:80:7
%9252 = cast %9251 : f32[] @ models/lib/nn.yaml:80:7
%9253 = broadcast %9252 : f32[16] @ models/lib/nn.yaml:80:7
%9254 = mul %9242, %9253 : f32[16] @ models/lib/nn.yaml:80:7
%9255 = add %9249, %9254 : f32[16] @ models/lib/nn.yaml:80:7
%9256 = assign %134, %9255 : f32[16] @ models/lib/nn.yaml:80:7
%9257 = all_reduce_sum %4506 : f32[16,16] @ models/lib/nn.yaml:79:7
%9258 = reshape %9257 : f32[256] @ models/lib/nn.yaml:79:7
%9259 = mul %9258, %9258 : f32[256] @ models/lib/nn.yaml:79:7
%9260 = reduce_sum %9259 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9261 = sqrt %9260 : f32[] @ models/lib/nn.yaml:79:7
%9262 = cast %9261 : f64[] @ models/lib/nn.yaml:79:7
%9263 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%9264 = add %9262, %9263 : f64[] @ models/lib/nn.yaml:79:7
%9265 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%9266 = div %9265, %9264 : f64[] @ models/lib/nn.yaml:79:7
%9267 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9268 = lt %9266, %9267 : bool[] @ models/lib/nn.yaml:79:7
%9269 = cast %9266 : f32[] @ models/lib/nn.yaml:79:7
%9270 = broadcast %9269 : f32[16,16] @ models/lib/nn.yaml:79:7
%9271 = mul %9257, %9270 : f32[16,16] @ models/lib/nn.yaml:79:7
%9272 = broadcast %9268 : bool[16,16] @ models/lib/nn.yaml:79:7
%9273 = select %9272, %9271, %9257 : f32[16,16] @ models/lib/nn.yaml:79:7
%9274 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9275 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9276 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9277 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%9278 = add %9276, %9277 : i64[] @ models/lib/nn.yaml:79:7
%9279 = mul %3230, %3231 : f64[] @ models/lib/nn.yaml:79:7
%9280 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9281 = sub %9280, %9279 : f64[] @ models/lib/nn.yaml:79:7
%9282 = cast %9281 : f32[] @ models/lib/nn.yaml:79:7
%9283 = broadcast %9282 : f32[16,16] @ models/lib/nn.yaml:79:7
%9284 = mul %57, %9283 : f32[16,16] @ models/lib/nn.yaml:79:7
%9285 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%9286 = cast %9285 : f32[] @ models/lib/nn.yaml:79:7
%9287 = broadcast %9286 : f32[16,16] @ models/lib/nn.yaml:79:7
%9288 = mul %9273, %9287 : f32[16,16] @ models/lib/nn.yaml:79:7
%9289 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9290 = cast %9289 : f32[] @ models/lib/nn.yaml:79:7
%9291 = broadcast %9290 : f32[16,16] @ models/lib/nn.yaml:79:7
%9292 = mul %9274, %9291 : f32[16,16] @ models/lib/nn.yaml:79:7
%9293 = add %9292, %9288 : f32[16,16] @ models/lib/nn.yaml:79:7
%9294 = mul %9273, %9273 : f32[16,16] @ models/lib/nn.yaml:79:7
%9295 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%9296 = cast %9295 : f32[] @ models/lib/nn.yaml:79:7
%9297 = broadcast %9296 : f32[16,16] @ models/lib/nn.yaml:79:7
%9298 = mul %9294, %9297 : f32[16,16] @ models/lib/nn.yaml:79:7
%9299 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9300 = cast %9299 : f32[] @ models/lib/nn.yaml:79:7
%9301 = broadcast %9300 : f32[16,16] @ models/lib/nn.yaml:79:7
%9302 = mul %9275, %9301 : f32[16,16] @ models/lib/nn.yaml:79:7
%9303 = add %9302, %9298 : f32[16,16] @ models/lib/nn.yaml:79:7
%9304 = cast %9278 : f64[] @ models/lib/nn.yaml:79:7
%9305 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9306 = pow %9305, %9304 : f64[] @ models/lib/nn.yaml:79:7
%9307 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9308 = sub %9307, %9306 : f64[] @ models/lib/nn.yaml:79:7
%9309 = div %3230, %9308 : f64[] @ models/lib/nn.yaml:79:7
%9310 = cast %9278 : f64[] @ models/lib/nn.yaml:79:7
%9311 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9312 = pow %9311, %9310 : f64[] @ models/lib/nn.yaml:79:7
%9313 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9314 = sub %9313, %9312 : f64[] @ models/lib/nn.yaml:79:7
%9315 = sqrt %9314 : f64[] @ models/lib/nn.yaml:79:7
%9316 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9317 = div %9316, %9315 : f64[] @ models/lib/nn.yaml:79:7
%9318 = sqrt %9303 : f32[16,16] @ models/lib/nn.yaml:79:7
%9319 = cast %9317 : f32[] @ models/lib/nn.yaml:79:7
%9320 = broadcast %9319 : f32[16,16] @ models/lib/nn.yaml:79:7
%9321 = mul %9318, %9320 : f32[16,16] @ models/lib/nn.yaml:79:7
%9322 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%9323 = cast %9322 : f32[] @ models/lib/nn.yaml:79:7
%9324 = broadcast %9323 : f32[16,16] @ models/lib/nn.yaml:79:7
%9325 = add %9321, %9324 : f32[16,16] @ models/lib/nn.yaml:79:7
%9326 = div %9293, %9325 : f32[16,16] @ models/lib/nn.yaml:79:7
%9327 = cast %9309 : f32[] @ models/lib/nn.yaml:79:7
%9328 = broadcast %9327 : f32[16,16] @ models/lib/nn.yaml:79:7
%9329 = mul %9326, %9328 : f32[16,16] @ models/lib/nn.yaml:79:7
%9330 = sub %9284, %9329 : f32[16,16] @ models/lib/nn.yaml:79:7
%9331 = assign %57, %9330 : f32[16,16] @ models/lib/nn.yaml:79:7
%9332 = assign %9274, %9293 : f32[16,16] @ models/lib/nn.yaml:79:7
%9333 = assign %9275, %9303 : f32[16,16] @ models/lib/nn.yaml:79:7
%9334 = assign %9276, %9278 : i64[] @ models/lib/nn.yaml:79:7
%9335 = cast %3232 : f32[] @ models/lib/nn.yaml:79:7
%9336 = broadcast %9335 : f32[16,16] @ models/lib/nn.yaml:79:7
%9337 = mul %135, %9336 : f32[16,16] @ models/lib/nn.yaml:79:7
%9338 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9339 = sub %9338, %3232 : f64[] @ models/lib/nn.yaml:79:7
%9340 = cast %9339 : f32[] @ models/lib/nn.yaml:79:7
%9341 = broadcast %9340 : f32[16,16] @ models/lib/nn.yaml:79:7
%9342 = mul %9330, %9341 : f32[16,16] @ models/lib/nn.yaml:79:7
%9343 = add %9337, %9342 : f32[16,16] @ models/lib/nn.yaml:79:7
%9344 = assign %135, %9343 : f32[16,16] @ models/lib/nn.yaml:79:7
%9345 = all_reduce_sum %4501 : f32[16] @ models/lib/nn.yaml:80:7
%9346 = reshape %9345 : f32[16] @ models/lib/nn.yaml:80:7
%9347 = mul %9346, %9346 : f32[16] @ models/lib/nn.yaml:80:7
%9348 = reduce_sum %9347 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9349 = sqrt %9348 : f32[] @ models/lib/nn.yaml:80:7
%9350 = cast %9349 : f64[] @ models/lib/nn.yaml:80:7
%9351 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%9352 = add %9350, %9351 : f64[] @ models/lib/nn.yaml:80:7
%9353 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%9354 = div %9353, %9352 : f64[] @ models/lib/nn.yaml:80:7
%9355 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9356 = lt %9354, %9355 : bool[] @ models/lib/nn.yaml:80:7
%9357 = cast %9354 : f32[] @ models/lib/nn.yaml:80:7
%9358 = broadcast %9357 : f32[16] @ models/lib/nn.yaml:80:7
%9359 = mul %9345, %9358 : f32[16] @ models/lib/nn.yaml:80:7
%9360 = broadcast %9356 : bool[16] @ models/lib/nn.yaml:80:7
%9361 = select %9360, %9359, %9345 : f32[16] @ models/lib/nn.yaml:80:7
%9362 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9363 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9364 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9365 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%9366 = add %9364, %9365 : i64[] @ models/lib/nn.yaml:80:7
%9367 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%9368 = cast %9367 : f32[] @ models/lib/nn.yaml:80:7
%9369 = broadcast %9368 : f32[16] @ models/lib/nn.yaml:80:7
%9370 = mul %9361, %9369 : f32[16] @ models/lib/nn.yaml:80:7
%9371 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9372 = cast %9371 : f32[] @ models/lib/nn.yaml:80:7
%9373 = broadcast %9372 : f32[16] @ models/lib/nn.yaml:80:7
%9374 = mul %9362, %9373 : f32[16] @ models/lib/nn.yaml:80:7
%9375 = add %9374, %9370 : f32[16] @ models/lib/nn.yaml:80:7
%9376 = mul %9361, %9361 : f32[16] @ models/lib/nn.yaml:80:7
%9377 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%9378 = cast %9377 : f32[] @ models/lib/nn.yaml:80:7
%9379 = broadcast %9378 : f32[16] @ models/lib/nn.yaml:80:7
%9380 = mul %9376, %9379 : f32[16] @ models/lib/nn.yaml:80:7
%9381 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9382 = cast %9381 : f32[] @ models/lib/nn.yaml:80:7
%9383 = broadcast %9382 : f32[16] @ models/lib/nn.yaml:80:7
%9384 = mul %9363, %9383 : f32[16] @ models/lib/nn.yaml:80:7
%9385 = add %9384, %9380 : f32[16] @ models/lib/nn.yaml:80:7
%9386 = cast %9366 : f64[] @ models/lib/nn.yaml:80:7
%9387 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9388 = pow %9387, %9386 : f64[] @ models/lib/nn.yaml:80:7
%9389 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9390 = sub %9389, %9388 : f64[] @ models/lib/nn.yaml:80:7
%9391 = div %3230, %9390 : f64[] @ models/lib/nn.yaml:80:7
%9392 = cast %9366 : f64[] @ models/lib/nn.yaml:80:7
%9393 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9394 = pow %9393, %9392 : f64[] @ models/lib/nn.yaml:80:7
%9395 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9396 = sub %9395, %9394 : f64[] @ models/lib/nn.yaml:80:7
%9397 = sqrt %9396 : f64[] @ models/lib/nn.yaml:80:7
%9398 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9399 = div %9398, %9397 : f64[] @ models/lib/nn.yaml:80:7
%9400 = sqrt %9385 : f32[16] @ models/lib/nn.yaml:80:7
%9401 = cast %9399 : f32[] @ models/lib/nn.yaml:80:7
%9402 = broadcast %9401 : f32[16] @ models/lib/nn.yaml:80:7
%9403 = mul %9400, %9402 : f32[16] @ models/lib/nn.yaml:80:7
%9404 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%9405 = cast %9404 : f32[] @ models/lib/nn.yaml:80:7
%9406 = broadcast %9405 : f32[16] @ models/lib/nn.yaml:80:7
%9407 = add %9403, %9406 : f32[16] @ models/lib/nn.yaml:80:7
%9408 = div %9375, %9407 : f32[16] @ models/lib/nn.yaml:80:7
%9409 = cast %9391 : f32[] @ models/lib/nn.yaml:80:7
%9410 = broadcast %9409 : f32[16] @ models/lib/nn.yaml:80:7
%9411 = mul %9408, %9410 : f32[16] @ models/lib/nn.yaml:80:7
%9412 = sub %58, %9411 : f32[16] @ models/lib/nn.yaml:80:7
%9413 = assign %58, %9412 : f32[16] @ models/lib/nn.yaml:80:7
%9414 = assign %9362, %9375 : f32[16] @ models/lib/nn.yaml:80:7
%9415 = assign %9363, %9385 : f32[16] @ models/lib/nn.yaml:80:7
%9416 = assign %9364, %9366 : i64[] @ models/lib/nn.yaml:80:7
%9417 = cast %3232 : f32[] @ models/lib/nn.yaml:80:7
%9418 = broadcast %9417 : f32[16] @ models/lib/nn.yaml:80:7
%9419 = mul %136, %9418 : f32[16] @ models/lib/nn.yaml:80:7
%9420 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9421 = sub %9420, %3232 : f64[] @ models/lib/nn.yaml:80:7
%9422 = cast %9421 : f32[] @ models/lib/nn.yaml:80:7
%9423 = broadcast %9422 : f32[16] @ models/lib/nn.yaml:80:7
%9424 = mul %9412, %9423 : f32[16] @ models/lib/nn.yaml:80:7
%9425 = add %9419, %9424 : f32[16] @ models/lib/nn.yaml:80:7
%9426 = assign %136, %9425 : f32[16] @ models/lib/nn.yaml:80:7
%9427 = all_reduce_sum %4459 : f32[16,16] @ models/lib/nn.yaml:79:7
%9428 = reshape %9427 : f32[256] @ models/lib/nn.yaml:79:7
%9429 = mul %9428, %9428 : f32[256] @ models/lib/nn.yaml:79:7
%9430 = reduce_sum %9429 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9431 = sqrt %9430 : f32[] @ models/lib/nn.yaml:79:7
%9432 = cast %9431 : f64[] @ models/lib/nn.yaml:79:7
%9433 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%9434 = add %9432, %9433 : f64[] @ models/lib/nn.yaml:79:7
%9435 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%9436 = div %9435, %9434 : f64[] @ models/lib/nn.yaml:79:7
%9437 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9438 = lt %9436, %9437 : bool[] @ models/lib/nn.yaml:79:7
%9439 = cast %9436 : f32[] @ models/lib/nn.yaml:79:7
%9440 = broadcast %9439 : f32[16,16] @ models/lib/nn.yaml:79:7
%9441 = mul %9427, %9440 : f32[16,16] @ models/lib/nn.yaml:79:7
%9442 = broadcast %9438 : bool[16,16] @ models/lib/nn.yaml:79:7
%9443 = select %9442, %9441, %9427 : f32[16,16] @ models/lib/nn.yaml:79:7
%9444 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9445 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9446 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9447 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%9448 = add %9446, %9447 : i64[] @ models/lib/nn.yaml:79:7
%9449 = mul %3230, %3231 : f64[] @ models/lib/nn.yaml:79:7
%9450 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9451 = sub %9450, %9449 : f64[] @ models/lib/nn.yaml:79:7
%9452 = cast %9451 : f32[] @ models/lib/nn.yaml:79:7
%9453 = broadcast %9452 : f32[16,16] @ models/lib/nn.yaml:79:7
%9454 = mul %59, %9453 : f32[16,16] @ models/lib/nn.yaml:79:7
%9455 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%9456 = cast %9455 : f32[] @ models/lib/nn.yaml:79:7
%9457 = broadcast %9456 : f32[16,16] @ models/lib/nn.yaml:79:7
%9458 = mul %9443, %9457 : f32[16,16] @ models/lib/nn.yaml:79:7
%9459 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9460 = cast %9459 : f32[] @ models/lib/nn.yaml:79:7
%9461 = broadcast %9460 : f32[16,16] @ models/lib/nn.yaml:79:7
%9462 = mul %9444, %9461 : f32[16,16] @ models/lib/nn.yaml:79:7
%9463 = add %9462, %9458 : f32[16,16] @ models/lib/nn.yaml:79:7
%9464 = mul %9443, %9443 : f32[16,16] @ models/lib/nn.yaml:79:7
%9465 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%9466 = cast %9465 : f32[] @ models/lib/nn.yaml:79:7
%9467 = broadcast %9466 : f32[16,16] @ models/lib/nn.yaml:79:7
%9468 = mul %9464, %9467 : f32[16,16] @ models/lib/nn.yaml:79:7
%9469 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9470 = cast %9469 : f32[] @ models/lib/nn.yaml:79:7
%9471 = broadcast %9470 : f32[16,16] @ models/lib/nn.yaml:79:7
%9472 = mul %9445, %9471 : f32[16,16] @ models/lib/nn.yaml:79:7
%9473 = add %9472, %9468 : f32[16,16] @ models/lib/nn.yaml:79:7
%9474 = cast %9448 : f64[] @ models/lib/nn.yaml:79:7
%9475 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9476 = pow %9475, %9474 : f64[] @ models/lib/nn.yaml:79:7
%9477 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9478 = sub %9477, %9476 : f64[] @ models/lib/nn.yaml:79:7
%9479 = div %3230, %9478 : f64[] @ models/lib/nn.yaml:79:7
%9480 = cast %9448 : f64[] @ models/lib/nn.yaml:79:7
%9481 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9482 = pow %9481, %9480 : f64[] @ models/lib/nn.yaml:79:7
%9483 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9484 = sub %9483, %9482 : f64[] @ models/lib/nn.yaml:79:7
%9485 = sqrt %9484 : f64[] @ models/lib/nn.yaml:79:7
%9486 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9487 = div %9486, %9485 : f64[] @ models/lib/nn.yaml:79:7
%9488 = sqrt %9473 : f32[16,16] @ models/lib/nn.yaml:79:7
%9489 = cast %9487 : f32[] @ models/lib/nn.yaml:79:7
%9490 = broadcast %9489 : f32[16,16] @ models/lib/nn.yaml:79:7
%9491 = mul %9488, %9490 : f32[16,16] @ models/lib/nn.yaml:79:7
%9492 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%9493 = cast %9492 : f32[] @ models/lib/nn.yaml:79:7
%9494 = broadcast %9493 : f32[16,16] @ models/lib/nn.yaml:79:7
%9495 = add %9491, %9494 : f32[16,16] @ models/lib/nn.yaml:79:7
%9496 = div %9463, %9495 : f32[16,16] @ models/lib/nn.yaml:79:7
%9497 = cast %9479 : f32[] @ models/lib/nn.yaml:79:7
%9498 = broadcast %9497 : f32[16,16] @ models/lib/nn.yaml:79:7
%9499 = mul %9496, %9498 : f32[16,16] @ models/lib/nn.yaml:79:7
%9500 = sub %9454, %9499 : f32[16,16] @ models/lib/nn.yaml:79:7
%9501 = assign %59, %9500 : f32[16,16] @ models/lib/nn.yaml:79:7
%9502 = assign %9444, %9463 : f32[16,16] @ models/lib/nn.yaml:79:7
%9503 = assign %9445, %9473 : f32[16,16] @ models/lib/nn.yaml:79:7
%9504 = assign %9446, %9448 : i64[] @ models/lib/nn.yaml:79:7
%9505 = cast %3232 : f32[] @ models/lib/nn.yaml:79:7
%9506 = broadcast %9505 : f32[16,16] @ models/lib/nn.yaml:79:7
%9507 = mul %137, %9506 : f32[16,16] @ models/lib/nn.yaml:79:7
%9508 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9509 = sub %9508, %3232 : f64[] @ models/lib/nn.yaml:79:7
%9510 = cast %9509 : f32[] @ models/lib/nn.yaml:79:7
%9511 = broadcast %9510 : f32[16,16] @ models/lib/nn.yaml:79:7
%9512 = mul %9500, %9511 : f32[16,16] @ models/lib/nn.yaml:79:7
%9513 = add %9507, %9512 : f32[16,16] @ models/lib/nn.yaml:79:7
%9514 = assign %137, %9513 : f32[16,16] @ models/lib/nn.yaml:79:7
%9515 = all_reduce_sum %4454 : f32[16] @ models/lib/nn.yaml:80:7
%9516 = reshape %9515 : f32[16] @ models/lib/nn.yaml:80:7
%9517 = mul %9516, %9516 : f32[16] @ models/lib/nn.yaml:80:7
%9518 = reduce_sum %9517 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9519 = sqrt %9518 : f32[] @ models/lib/nn.yaml:80:7
%9520 = cast %9519 : f64[] @ models/lib/nn.yaml:80:7
%9521 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%9522 = add %9520, %9521 : f64[] @ models/lib/nn.yaml:80:7
%9523 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%9524 = div %9523, %9522 : f64[] @ models/lib/nn.yaml:80:7
%9525 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9526 = lt %9524, %9525 : bool[] @ models/lib/nn.yaml:80:7
%9527 = cast %9524 : f32[] @ models/lib/nn.yaml:80:7
%9528 = broadcast %9527 : f32[16] @ models/lib/nn.yaml:80:7
%9529 = mul %9515, %9528 : f32[16] @ models/lib/nn.yaml:80:7
%9530 = broadcast %9526 : bool[16] @ models/lib/nn.yaml:80:7
%9531 = select %9530, %9529, %9515 : f32[16] @ models/lib/nn.yaml:80:7
%9532 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9533 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9534 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9535 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%9536 = add %9534, %9535 : i64[] @ models/lib/nn.yaml:80:7
%9537 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%9538 = cast %9537 : f32[] @ models/lib/nn.yaml:80:7
%9539 = broadcast %9538 : f32[16] @ models/lib/nn.yaml:80:7
%9540 = mul %9531, %9539 : f32[16] @ models/lib/nn.yaml:80:7
%9541 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9542 = cast %9541 : f32[] @ models/lib/nn.yaml:80:7
%9543 = broadcast %9542 : f32[16] @ models/lib/nn.yaml:80:7
%9544 = mul %9532, %9543 : f32[16] @ models/lib/nn.yaml:80:7
%9545 = add %9544, %9540 : f32[16] @ models/lib/nn.yaml:80:7
%9546 = mul %9531, %9531 : f32[16] @ models/lib/nn.yaml:80:7
%9547 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%9548 = cast %9547 : f32[] @ models/lib/nn.yaml:80:7
%9549 = broadcast %9548 : f32[16] @ models/lib/nn.yaml:80:7
%9550 = mul %9546, %9549 : f32[16] @ models/lib/nn.yaml:80:7
%9551 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9552 = cast %9551 : f32[] @ models/lib/nn.yaml:80:7
%9553 = broadcast %9552 : f32[16] @ models/lib/nn.yaml:80:7
%9554 = mul %9533, %9553 : f32[16] @ models/lib/nn.yaml:80:7
%9555 = add %9554, %9550 : f32[16] @ models/lib/nn.yaml:80:7
%9556 = cast %9536 : f64[] @ models/lib/nn.yaml:80:7
%9557 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9558 = pow %9557, %9556 : f64[] @ models/lib/nn.yaml:80:7
%9559 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9560 = sub %9559, %9558 : f64[] @ models/lib/nn.yaml:80:7
%9561 = div %3230, %9560 : f64[] @ models/lib/nn.yaml:80:7
%9562 = cast %9536 : f64[] @ models/lib/nn.yaml:80:7
%9563 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9564 = pow %9563, %9562 : f64[] @ models/lib/nn.yaml:80:7
%9565 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9566 = sub %9565, %9564 : f64[] @ models/lib/nn.yaml:80:7
%9567 = sqrt %9566 : f64[] @ models/lib/nn.yaml:80:7
%9568 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9569 = div %9568, %9567 : f64[] @ models/lib/nn.yaml:80:7
%9570 = sqrt %9555 : f32[16] @ models/lib/nn.yaml:80:7
%9571 = cast %9569 : f32[] @ models/lib/nn.yaml:80:7
%9572 = broadcast %9571 : f32[16] @ models/lib/nn.yaml:80:7
%9573 = mul %9570, %9572 : f32[16] @ models/lib/nn.yaml:80:7
%9574 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%9575 = cast %9574 : f32[] @ models/lib/nn.yaml:80:7
%9576 = broadcast %9575 : f32[16] @ models/lib/nn.yaml:80:7
%9577 = add %9573, %9576 : f32[16] @ models/lib/nn.yaml:80:7
%9578 = div %9545, %9577 : f32[16] @ models/lib/nn.yaml:80:7
%9579 = cast %9561 : f32[] @ models/lib/nn.yaml:80:7
%9580 = broadcast %9579 : f32[16] @ models/lib/nn.yaml:80:7
%9581 = mul %9578, %9580 : f32[16] @ models/lib/nn.yaml:80:7
%9582 = sub %60, %9581 : f32[16] @ models/lib/nn.yaml:80:7
%9583 = assign %60, %9582 : f32[16] @ models/lib/nn.yaml:80:7
%9584 = assign %9532, %9545 : f32[16] @ models/lib/nn.yaml:80:7
%9585 = assign %9533, %9555 : f32[16] @ models/lib/nn.yaml:80:7
%9586 = assign %9534, %9536 : i64[] @ models/lib/nn.yaml:80:7
%9587 = cast %3232 : f32[] @ models/lib/nn.yaml:80:7
%9588 = broadcast %9587 : f32[16] @ models/lib/nn.yaml:80:7
%9589 = mul %138, %9588 : f32[16] @ models/lib/nn.yaml:80:7
%9590 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9591 = sub %9590, %3232 : f64[] @ models/lib/nn.yaml:80:7
%9592 = cast %9591 : f32[] @ models/lib/nn.yaml:80:7
%9593 = broadcast %9592 : f32[16] @ models/lib/nn.yaml:80:7
%9594 = mul %9582, %9593 : f32[16] @ models/lib/nn.yaml:80:7
%9595 = add %9589, %9594 : f32[16] @ models/lib/nn.yaml:80:7
%9596 = assign %138, %9595 : f32[16] @ models/lib/nn.yaml:80:7
%9597 = all_reduce_sum %4430 : f32[16] @ models/lib/nn.yaml:89:7
%9598 = reshape %9597 : f32[16] @ models/lib/nn.yaml:89:7
%9599 = mul %9598, %9598 : f32[16] @ models/lib/nn.yaml:89:7
%9600 = reduce_sum %9599 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9601 = sqrt %9600 : f32[] @ models/lib/nn.yaml:89:7
%9602 = cast %9601 : f64[] @ models/lib/nn.yaml:89:7
%9603 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%9604 = add %9602, %9603 : f64[] @ models/lib/nn.yaml:89:7
%9605 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%9606 = div %9605, %9604 : f64[] @ models/lib/nn.yaml:89:7
%9607 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9608 = lt %9606, %9607 : bool[] @ models/lib/nn.yaml:89:7
%9609 = cast %9606 : f32[] @ models/lib/nn.yaml:89:7
%9610 = broadcast %9609 : f32[16] @ models/lib/nn.yaml:89:7
%9611 = mul %9597, %9610 : f32[16] @ models/lib/nn.yaml:89:7
%9612 = broadcast %9608 : bool[16] @ models/lib/nn.yaml:89:7
%9613 = select %9612, %9611, %9597 : f32[16] @ models/lib/nn.yaml:89:7
%9614 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9615 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9616 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9617 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%9618 = add %9616, %9617 : i64[] @ models/lib/nn.yaml:89:7
%9619 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%9620 = cast %9619 : f32[] @ models/lib/nn.yaml:89:7
%9621 = broadcast %9620 : f32[16] @ models/lib/nn.yaml:89:7
%9622 = mul %9613, %9621 : f32[16] @ models/lib/nn.yaml:89:7
%9623 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%9624 = cast %9623 : f32[] @ models/lib/nn.yaml:89:7
%9625 = broadcast %9624 : f32[16] @ models/lib/nn.yaml:89:7
%9626 = mul %9614, %9625 : f32[16] @ models/lib/nn.yaml:89:7
%9627 = add %9626, %9622 : f32[16] @ models/lib/nn.yaml:89:7
%9628 = mul %9613, %9613 : f32[16] @ models/lib/nn.yaml:89:7
%9629 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%9630 = cast %9629 : f32[] @ models/lib/nn.yaml:89:7
%9631 = broadcast %9630 : f32[16] @ models/lib/nn.yaml:89:7
%9632 = mul %9628, %9631 : f32[16] @ models/lib/nn.yaml:89:7
%9633 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%9634 = cast %9633 : f32[] @ models/lib/nn.yaml:89:7
%9635 = broadcast %9634 : f32[16] @ models/lib/nn.yaml:89:7
%9636 = mul %9615, %9635 : f32[16] @ models/lib/nn.yaml:89:7
%9637 = add %9636, %9632 : f32[16] @ models/lib/nn.yaml:89:7
%9638 = cast %9618 : f64[] @ models/lib/nn.yaml:89:7
%9639 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%9640 = pow %9639, %9638 : f64[] @ models/lib/nn.yaml:89:7
%9641 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9642 = sub %9641, %9640 : f64[] @ models/lib/nn.yaml:89:7
%9643 = div %3230, %9642 : f64[] @ models/lib/nn.yaml:89:7
%9644 = cast %9618 : f64[] @ models/lib/nn.yaml:89:7
%9645 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%9646 = pow %9645, %9644 : f64[] @ models/lib/nn.yaml:89:7
%9647 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9648 = sub %9647, %9646 : f64[] @ models/lib/nn.yaml:89:7
%9649 = sqrt %9648 : f64[] @ models/lib/nn.yaml:89:7
%9650 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9651 = div %9650, %9649 : f64[] @ models/lib/nn.yaml:89:7
%9652 = sqrt %9637 : f32[16] @ models/lib/nn.yaml:89:7
%9653 = cast %9651 : f32[] @ models/lib/nn.yaml:89:7
%9654 = broadcast %9653 : f32[16] @ models/lib/nn.yaml:89:7
%9655 = mul %9652, %9654 : f32[16] @ models/lib/nn.yaml:89:7
%9656 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%9657 = cast %9656 : f32[] @ models/lib/nn.yaml:89:7
%9658 = broadcast %9657 : f32[16] @ models/lib/nn.yaml:89:7
%9659 = add %9655, %9658 : f32[16] @ models/lib/nn.yaml:89:7
%9660 = div %9627, %9659 : f32[16] @ models/lib/nn.yaml:89:7
%9661 = cast %9643 : f32[] @ models/lib/nn.yaml:89:7
%9662 = broadcast %9661 : f32[16] @ models/lib/nn.yaml:89:7
%9663 = mul %9660, %9662 : f32[16] @ models/lib/nn.yaml:89:7
%9664 = sub %61, %9663 : f32[16] @ models/lib/nn.yaml:89:7
%9665 = assign %61, %9664 : f32[16] @ models/lib/nn.yaml:89:7
%9666 = assign %9614, %9627 : f32[16] @ models/lib/nn.yaml:89:7
%9667 = assign %9615, %9637 : f32[16] @ models/lib/nn.yaml:89:7
%9668 = assign %9616, %9618 : i64[] @ models/lib/nn.yaml:89:7
%9669 = cast %3232 : f32[] @ models/lib/nn.yaml:89:7
%9670 = broadcast %9669 : f32[16] @ models/lib/nn.yaml:89:7
%9671 = mul %139, %9670 : f32[16] @ models/lib/nn.yaml:89:7
%9672 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9673 = sub %9672, %3232 : f64[] @ models/lib/nn.yaml:89:7
%9674 = cast %9673 : f32[] @ models/lib/nn.yaml:89:7
%9675 = broadcast %9674 : f32[16] @ models/lib/nn.yaml:89:7
%9676 = mul %9664, %9675 : f32[16] @ models/lib/nn.yaml:89:7
%9677 = add %9671, %9676 : f32[16] @ models/lib/nn.yaml:89:7
%9678 = assign %139, %9677 : f32[16] @ models/lib/nn.yaml:89:7
%9679 = all_reduce_sum %4425 : f32[16] @ models/lib/nn.yaml:90:7
%9680 = reshape %9679 : f32[16] @ models/lib/nn.yaml:90:7
%9681 = mul %9680, %9680 : f32[16] @ models/lib/nn.yaml:90:7
%9682 = reduce_sum %9681 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9683 = sqrt %9682 : f32[] @ models/lib/nn.yaml:90:7
%9684 = cast %9683 : f64[] @ models/lib/nn.yaml:90:7
%9685 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%9686 = add %9684, %9685 : f64[] @ models/lib/nn.yaml:90:7
%9687 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%9688 = div %9687, %9686 : f64[] @ models/lib/nn.yaml:90:7
%9689 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9690 = lt %9688, %9689 : bool[] @ models/lib/nn.yaml:90:7
%9691 = cast %9688 : f32[] @ models/lib/nn.yaml:90:7
%9692 = broadcast %9691 : f32[16] @ models/lib/nn.yaml:90:7
%9693 = mul %9679, %9692 : f32[16] @ models/lib/nn.yaml:90:7
%9694 = broadcast %9690 : bool[16] @ models/lib/nn.yaml:90:7
%9695 = select %9694, %9693, %9679 : f32[16] @ models/lib/nn.yaml:90:7
%9696 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9697 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9698 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9699 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%9700 = add %9698, %9699 : i64[] @ models/lib/nn.yaml:90:7
%9701 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%9702 = cast %9701 : f32[] @ models/lib/nn.yaml:90:7
%9703 = broadcast %9702 : f32[16] @ models/lib/nn.yaml:90:7
%9704 = mul %9695, %9703 : f32[16] @ models/lib/nn.yaml:90:7
%9705 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%9706 = cast %9705 : f32[] @ models/lib/nn.yaml:90:7
%9707 = broadcast %9706 : f32[16] @ models/lib/nn.yaml:90:7
%9708 = mul %9696, %9707 : f32[16] @ models/lib/nn.yaml:90:7
%9709 = add %9708, %9704 : f32[16] @ models/lib/nn.yaml:90:7
%9710 = mul %9695, %9695 : f32[16] @ models/lib/nn.yaml:90:7
%9711 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%9712 = cast %9711 : f32[] @ models/lib/nn.yaml:90:7
%9713 = broadcast %9712 : f32[16] @ models/lib/nn.yaml:90:7
%9714 = mul %9710, %9713 : f32[16] @ models/lib/nn.yaml:90:7
%9715 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%9716 = cast %9715 : f32[] @ models/lib/nn.yaml:90:7
%9717 = broadcast %9716 : f32[16] @ models/lib/nn.yaml:90:7
%9718 = mul %9697, %9717 : f32[16] @ models/lib/nn.yaml:90:7
%9719 = add %9718, %9714 : f32[16] @ models/lib/nn.yaml:90:7
%9720 = cast %9700 : f64[] @ models/lib/nn.yaml:90:7
%9721 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%9722 = pow %9721, %9720 : f64[] @ models/lib/nn.yaml:90:7
%9723 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9724 = sub %9723, %9722 : f64[] @ models/lib/nn.yaml:90:7
%9725 = div %3230, %9724 : f64[] @ models/lib/nn.yaml:90:7
%9726 = cast %9700 : f64[] @ models/lib/nn.yaml:90:7
%9727 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%9728 = pow %9727, %9726 : f64[] @ models/lib/nn.yaml:90:7
%9729 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9730 = sub %9729, %9728 : f64[] @ models/lib/nn.yaml:90:7
%9731 = sqrt %9730 : f64[] @ models/lib/nn.yaml:90:7
%9732 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9733 = div %9732, %9731 : f64[] @ models/lib/nn.yaml:90:7
%9734 = sqrt %9719 : f32[16] @ models/lib/nn.yaml:90:7
%9735 = cast %9733 : f32[] @ models/lib/nn.yaml:90:7
%9736 = broadcast %9735 : f32[16] @ models/lib/nn.yaml:90:7
%9737 = mul %9734, %9736 : f32[16] @ models/lib/nn.yaml:90:7
%9738 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%9739 = cast %9738 : f32[] @ models/lib/nn.yaml:90:7
%9740 = broadcast %9739 : f32[16] @ models/lib/nn.yaml:90:7
%9741 = add %9737, %9740 : f32[16] @ models/lib/nn.yaml:90:7
%9742 = div %9709, %9741 : f32[16] @ models/lib/nn.yaml:90:7
%9743 = cast %9725 : f32[] @ models/lib/nn.yaml:90:7
%9744 = broadcast %9743 : f32[16] @ models/lib/nn.yaml:90:7
%9745 = mul %9742, %9744 : f32[16] @ models/lib/nn.yaml:90:7
%9746 = sub %62, %9745 : f32[16] @ models/lib/nn.yaml:90:7
%9747 = assign %62, %9746 : f32[16] @ models/lib/nn.yaml:90:7
%9748 = assign %9696, %9709 : f32[16] @ models/lib/nn.yaml:90:7
%9749 = assign %9697, %9719 : f32[16] @ models/lib/nn.yaml:90:7
%9750 = assign %9698, %9700 : i64[] @ models/lib/nn.yaml:90:7
%9751 = cast %3232 : f32[] @ models/lib/nn.yaml:90:7
%9752 = broadcast %9751 : f32[16] @ models/lib/nn.yaml:90:7
%9753 = mul %140, %9752 : f32[16] @ models/lib/nn.yaml:90:7
%9754 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9755 = sub %9754, %3232 : f64[] @ models/lib/nn.yaml:90:7
%9756 = cast %9755 : f32[] @ models/lib/nn.yaml:90:7
%9757 = broadcast %9756 : f32[16] @ models/lib/nn.yaml:90:7
%9758 = mul %9746, %9757 : f32[16] @ models/lib/nn.yaml:90:7
%9759 = add %9753, %9758 : f32[16] @ models/lib/nn.yaml:90:7
%9760 = assign %140, %9759 : f32[16] @ models/lib/nn.yaml:90:7
%9761 = all_reduce_sum %4422 : f32[64,16] @ models/lib/nn.yaml:79:7
%9762 = reshape %9761 : f32[1024] @ models/lib/nn.yaml:79:7
%9763 = mul %9762, %9762 : f32[1024] @ models/lib/nn.yaml:79:7
%9764 = reduce_sum %9763 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9765 = sqrt %9764 : f32[] @ models/lib/nn.yaml:79:7
%9766 = cast %9765 : f64[] @ models/lib/nn.yaml:79:7
%9767 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%9768 = add %9766, %9767 : f64[] @ models/lib/nn.yaml:79:7
%9769 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%9770 = div %9769, %9768 : f64[] @ models/lib/nn.yaml:79:7
%9771 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9772 = lt %9770, %9771 : bool[] @ models/lib/nn.yaml:79:7
%9773 = cast %9770 : f32[] @ models/lib/nn.yaml:79:7
%9774 = broadcast %9773 : f32[64,16] @ models/lib/nn.yaml:79:7
%9775 = mul %9761, %9774 : f32[64,16] @ models/lib/nn.yaml:79:7
%9776 = broadcast %9772 : bool[64,16] @ models/lib/nn.yaml:79:7
%9777 = select %9776, %9775, %9761 : f32[64,16] @ models/lib/nn.yaml:79:7
%9778 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9779 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9780 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9781 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%9782 = add %9780, %9781 : i64[] @ models/lib/nn.yaml:79:7
%9783 = mul %3230, %3231 : f64[] @ models/lib/nn.yaml:79:7
%9784 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9785 = sub %9784, %9783 : f64[] @ models/lib/nn.yaml:79:7
%9786 = cast %9785 : f32[] @ models/lib/nn.yaml:79:7
%9787 = broadcast %9786 : f32[64,16] @ models/lib/nn.yaml:79:7
%9788 = mul %63, %9787 : f32[64,16] @ models/lib/nn.yaml:79:7
%9789 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%9790 = cast %9789 : f32[] @ models/lib/nn.yaml:79:7
%9791 = broadcast %9790 : f32[64,16] @ models/lib/nn.yaml:79:7
%9792 = mul %9777, %9791 : f32[64,16] @ models/lib/nn.yaml:79:7
%9793 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9794 = cast %9793 : f32[] @ models/lib/nn.yaml:79:7
%9795 = broadcast %9794 : f32[64,16] @ models/lib/nn.yaml:79:7
%9796 = mul %9778, %9795 : f32[64,16] @ models/lib/nn.yaml:79:7
%9797 = add %9796, %9792 : f32[64,16] @ models/lib/nn.yaml:79:7
%9798 = mul %9777, %9777 : f32[64,16] @ models/lib/nn.yaml:79:7
%9799 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%9800 = cast %9799 : f32[] @ models/lib/nn.yaml:79:7
%9801 = broadcast %9800 : f32[64,16] @ models/lib/nn.yaml:79:7
%9802 = mul %9798, %9801 : f32[64,16] @ models/lib/nn.yaml:79:7
%9803 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9804 = cast %9803 : f32[] @ models/lib/nn.yaml:79:7
%9805 = broadcast %9804 : f32[64,16] @ models/lib/nn.yaml:79:7
%9806 = mul %9779, %9805 : f32[64,16] @ models/lib/nn.yaml:79:7
%9807 = add %9806, %9802 : f32[64,16] @ models/lib/nn.yaml:79:7
%9808 = cast %9782 : f64[] @ models/lib/nn.yaml:79:7
%9809 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9810 = pow %9809, %9808 : f64[] @ models/lib/nn.yaml:79:7
%9811 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9812 = sub %9811, %9810 : f64[] @ models/lib/nn.yaml:79:7
%9813 = div %3230, %9812 : f64[] @ models/lib/nn.yaml:79:7
%9814 = cast %9782 : f64[] @ models/lib/nn.yaml:79:7
%9815 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9816 = pow %9815, %9814 : f64[] @ models/lib/nn.yaml:79:7
%9817 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9818 = sub %9817, %9816 : f64[] @ models/lib/nn.yaml:79:7
%9819 = sqrt %9818 : f64[] @ models/lib/nn.yaml:79:7
%9820 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9821 = div %9820, %9819 : f64[] @ models/lib/nn.yaml:79:7
%9822 = sqrt %9807 : f32[64,16] @ models/lib/nn.yaml:79:7
%9823 = cast %9821 : f32[] @ models/lib/nn.yaml:79:7
%9824 = broadcast %9823 : f32[64,16] @ models/lib/nn.yaml:79:7
%9825 = mul %9822, %9824 : f32[64,16] @ models/lib/nn.yaml:79:7
%9826 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%9827 = cast %9826 : f32[] @ models/lib/nn.yaml:79:7
%9828 = broadcast %9827 : f32[64,16] @ models/lib/nn.yaml:79:7
%9829 = add %9825, %9828 : f32[64,16] @ models/lib/nn.yaml:79:7
%9830 = div %9797, %9829 : f32[64,16] @ models/lib/nn.yaml:79:7
%9831 = cast %9813 : f32[] @ models/lib/nn.yaml:79:7
%9832 = broadcast %9831 : f32[64,16] @ models/lib/nn.yaml:79:7
%9833 = mul %9830, %9832 : f32[64,16] @ models/lib/nn.yaml:79:7
%9834 = sub %9788, %9833 : f32[64,16] @ models/lib/nn.yaml:79:7
%9835 = assign %63, %9834 : f32[64,16] @ models/lib/nn.yaml:79:7
%9836 = assign %9778, %9797 : f32[64,16] @ models/lib/nn.yaml:79:7
%9837 = assign %9779, %9807 : f32[64,16] @ models/lib/nn.yaml:79:7
%9838 = assign %9780, %9782 : i64[] @ models/lib/nn.yaml:79:7
%9839 = cast %3232 : f32[] @ models/lib/nn.yaml:79:7
%9840 = broadcast %9839 : f32[64,16] @ models/lib/nn.yaml:79:7
%9841 = mul %141, %9840 : f32[64,16] @ models/lib/nn.yaml:79:7
%9842 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9843 = sub %9842, %3232 : f64[] @ models/lib/nn.yaml:79:7
%9844 = cast %9843 : f32[] @ models/lib/nn.yaml:79:7
%9845 = broadcast %9844 : f32[64,16] @ models/lib/nn.yaml:79:7
%9846 = mul %9834, %9845 : f32[64,16] @ models/lib/nn.yaml:79:7
%9847 = add %9841, %9846 : f32[64,16] @ models/lib/nn.yaml:79:7
%9848 = assign %141, %9847 : f32[64,16] @ models/lib/nn.yaml:79:7
%9849 = all_reduce_sum %4417 : f32[64] @ models/lib/nn.yaml:80:7
%9850 = reshape %9849 : f32[64] @ models/lib/nn.yaml:80:7
%9851 = mul %9850, %9850 : f32[64] @ models/lib/nn.yaml:80:7
%9852 = reduce_sum %9851 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9853 = sqrt %9852 : f32[] @ models/lib/nn.yaml:80:7
%9854 = cast %9853 : f64[] @ models/lib/nn.yaml:80:7
%9855 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%9856 = add %9854, %9855 : f64[] @ models/lib/nn.yaml:80:7
%9857 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%9858 = div %9857, %9856 : f64[] @ models/lib/nn.yaml:80:7
%9859 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9860 = lt %9858, %9859 : bool[] @ models/lib/nn.yaml:80:7
%9861 = cast %9858 : f32[] @ models/lib/nn.yaml:80:7
%9862 = broadcast %9861 : f32[64] @ models/lib/nn.yaml:80:7
%9863 = mul %9849, %9862 : f32[64] @ models/lib/nn.yaml:80:7
%9864 = broadcast %9860 : bool[64] @ models/lib/nn.yaml:80:7
%9865 = select %9864, %9863, %9849 : f32[64] @ models/lib/nn.yaml:80:7
%9866 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9867 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9868 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9869 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%9870 = add %9868, %9869 : i64[] @ models/lib/nn.yaml:80:7
%9871 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%9872 = cast %9871 : f32[] @ models/lib/nn.yaml:80:7
%9873 = broadcast %9872 : f32[64] @ models/lib/nn.yaml:80:7
%9874 = mul %9865, %9873 : f32[64] @ models/lib/nn.yaml:80:7
%9875 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9876 = cast %9875 : f32[] @ models/lib/nn.yaml:80:7
%9877 = broadcast %9876 : f32[64] @ models/lib/nn.yaml:80:7
%9878 = mul %9866, %9877 : f32[64] @ models/lib/nn.yaml:80:7
%9879 = add %9878, %9874 : f32[64] @ models/lib/nn.yaml:80:7
%9880 = mul %9865, %9865 : f32[64] @ models/lib/nn.yaml:80:7
%9881 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%9882 = cast %9881 : f32[] @ models/lib/nn.yaml:80:7
%9883 = broadcast %9882 : f32[64] @ models/lib/nn.yaml:80:7
%9884 = mul %9880, %9883 : f32[64] @ models/lib/nn.yaml:80:7
%9885 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9886 = cast %9885 : f32[] @ models/lib/nn.yaml:80:7
%9887 = broadcast %9886 : f32[64] @ models/lib/nn.yaml:80:7
%9888 = mul %9867, %9887 : f32[64] @ models/lib/nn.yaml:80:7
%9889 = add %9888, %9884 : f32[64] @ models/lib/nn.yaml:80:7
%9890 = cast %9870 : f64[] @ models/lib/nn.yaml:80:7
%9891 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9892 = pow %9891, %9890 : f64[] @ models/lib/nn.yaml:80:7
%9893 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9894 = sub %9893, %9892 : f64[] @ models/lib/nn.yaml:80:7
%9895 = div %3230, %9894 : f64[] @ models/lib/nn.yaml:80:7
%9896 = cast %9870 : f64[] @ models/lib/nn.yaml:80:7
%9897 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9898 = pow %9897, %9896 : f64[] @ models/lib/nn.yaml:80:7
%9899 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9900 = sub %9899, %9898 : f64[] @ models/lib/nn.yaml:80:7
%9901 = sqrt %9900 : f64[] @ models/lib/nn.yaml:80:7
%9902 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9903 = div %9902, %9901 : f64[] @ models/lib/nn.yaml:80:7
%9904 = sqrt %9889 : f32[64] @ models/lib/nn.yaml:80:7
%9905 = cast %9903 : f32[] @ models/lib/nn.yaml:80:7
%9906 = broadcast %9905 : f32[64] @ models/lib/nn.yaml:80:7
%9907 = mul %9904, %9906 : f32[64] @ models/lib/nn.yaml:80:7
%9908 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%9909 = cast %9908 : f32[] @ models/lib/nn.yaml:80:7
%9910 = broadcast %9909 : f32[64] @ models/lib/nn.yaml:80:7
%9911 = add %9907, %9910 : f32[64] @ models/lib/nn.yaml:80:7
%9912 = div %9879, %9911 : f32[64] @ models/lib/nn.yaml:80:7
%9913 = cast %9895 : f32[] @ models/lib/nn.yaml:80:7
%9914 = broadcast %9913 : f32[64] @ models/lib/nn.yaml:80:7
%9915 = mul %9912, %9914 : f32[64] @ models/lib/nn.yaml:80:7
%9916 = sub %64, %9915 : f32[64] @ models/lib/nn.yaml:80:7
%9917 = assign %64, %9916 : f32[64] @ models/lib/nn.yaml:80:7
%9918 = assign %9866, %9879 : f32[64] @ models/lib/nn.yaml:80:7
%9919 = assign %9867, %9889 : f32[64] @ models/lib/nn.yaml:80:7
%9920 = assign %9868, %9870 : i64[] @ models/lib/nn.yaml:80:7
%9921 = cast %3232 : f32[] @ models/lib/nn.yaml:80:7
%9922 = broadcast %9921 : f32[64] @ models/lib/nn.yaml:80:7
%9923 = mul %142, %9922 : f32[64] @ models/lib/nn.yaml:80:7
%9924 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9925 = sub %9924, %3232 : f64[] @ models/lib/nn.yaml:80:7
%9926 = cast %9925 : f32[] @ models/lib/nn.yaml:80:7
%9927 = broadcast %9926 : f32[64] @ models/lib/nn.yaml:80:7
%9928 = mul %9916, %9927 : f32[64] @ models/lib/nn.yaml:80:7
%9929 = add %9923, %9928 : f32[64] @ models/lib/nn.yaml:80:7
%9930 = assign %142, %9929 : f32[64] @ models/lib/nn.yaml:80:7
%9931 = all_reduce_sum %4402 : f32[16,64] @ models/lib/nn.yaml:79:7
%9932 = reshape %9931 : f32[1024] @ models/lib/nn.yaml:79:7
%9933 = mul %9932, %9932 : f32[1024] @ models/lib/nn.yaml:79:7
%9934 = reduce_sum %9933 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9935 = sqrt %9934 : f32[] @ models/lib/nn.yaml:79:7
%9936 = cast %9935 : f64[] @ models/lib/nn.yaml:79:7
%9937 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%9938 = add %9936, %9937 : f64[] @ models/lib/nn.yaml:79:7
%9939 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%9940 = div %9939, %9938 : f64[] @ models/lib/nn.yaml:79:7
%9941 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9942 = lt %9940, %9941 : bool[] @ models/lib/nn.yaml:79:7
%9943 = cast %9940 : f32[] @ models/lib/nn.yaml:79:7
%9944 = broadcast %9943 : f32[16,64] @ models/lib/nn.yaml:79:7
%9945 = mul %9931, %9944 : f32[16,64] @ models/lib/nn.yaml:79:7
%9946 = broadcast %9942 : bool[16,64] @ models/lib/nn.yaml:79:7
%9947 = select %9946, %9945, %9931 : f32[16,64] @ models/lib/nn.yaml:79:7
%9948 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9949 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9950 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9951 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%9952 = add %9950, %9951 : i64[] @ models/lib/nn.yaml:79:7
%9953 = mul %3230, %3231 : f64[] @ models/lib/nn.yaml:79:7
%9954 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9955 = sub %9954, %9953 : f64[] @ models/lib/nn.yaml:79:7
%9956 = cast %9955 : f32[] @ models/lib/nn.yaml:79:7
%9957 = broadcast %9956 : f32[16,64] @ models/lib/nn.yaml:79:7
%9958 = mul %65, %9957 : f32[16,64] @ models/lib/nn.yaml:79:7
%9959 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%9960 = cast %9959 : f32[] @ models/lib/nn.yaml:79:7
%9961 = broadcast %9960 : f32[16,64] @ models/lib/nn.yaml:79:7
%9962 = mul %9947, %9961 : f32[16,64] @ models/lib/nn.yaml:79:7
%9963 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9964 = cast %9963 : f32[] @ models/lib/nn.yaml:79:7
%9965 = broadcast %9964 : f32[16,64] @ models/lib/nn.yaml:79:7
%9966 = mul %9948, %9965 : f32[16,64] @ models/lib/nn.yaml:79:7
%9967 = add %9966, %9962 : f32[16,64] @ models/lib/nn.yaml:79:7
%9968 = mul %9947, %9947 : f32[16,64] @ models/lib/nn.yaml:79:7
%9969 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%9970 = cast %9969 : f32[] @ models/lib/nn.yaml:79:7
%9971 = broadcast %9970 : f32[16,64] @ models/lib/nn.yaml:79:7
%9972 = mul %9968, %9971 : f32[16,64] @ models/lib/nn.yaml:79:7
%9973 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9974 = cast %9973 : f32[] @ models/lib/nn.yaml:79:7
%9975 = broadcast %9974 : f32[16,64] @ models/lib/nn.yaml:79:7
%9976 = mul %9949, %9975 : f32[16,64] @ models/lib/nn.yaml:79:7
%9977 = add %9976, %9972 : f32[16,64] @ models/lib/nn.yaml:79:7
%9978 = cast %9952 : f64[] @ models/lib/nn.yaml:79:7
%9979 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9980 = pow %9979, %9978 : f64[] @ models/lib/nn.yaml:79:7
%9981 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9982 = sub %9981, %9980 : f64[] @ models/lib/nn.yaml:79:7
%9983 = div %3230, %9982 : f64[] @ models/lib/nn.yaml:79:7
%9984 = cast %9952 : f64[] @ models/lib/nn.yaml:79:7
%9985 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9986 = pow %9985, %9984 : f64[] @ models/lib/nn.yaml:79:7
%9987 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9988 = sub %9987, %9986 : f64[] @ models/lib/nn.yaml:79:7
%9989 = sqrt %9988 : f64[] @ models/lib/nn.yaml:79:7
%9990 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9991 = div %9990, %9989 : f64[] @ models/lib/nn.yaml:79:7
%9992 = sqrt %9977 : f32[16,64] @ models/lib/nn.yaml:79:7
%9993 = cast %9991 : f32[] @ models/lib/nn.yaml:79:7
%9994 = broadcast %9993 : f32[16,64] @ models/lib/nn.yaml:79:7
%9995 = mul %9992, %9994 : f32[16,64] @ models/lib/nn.yaml:79:7
%9996 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%9997 = cast %9996 : f32[] @ models/lib/nn.yaml:79:7
%9998 = broadcast %9997 : f32[16,64] @ models/lib/nn.yaml:79:7
%9999 = add %9995, %9998 : f32[16,64] @ models/lib/nn.yaml:79:7
%10000 = div %9967, %9999 : f32[16,64] @ models/lib/nn.yaml:79:7
%10001 = cast %9983 : f32[] @ models/lib/nn.yaml:79:7
%10002 = broadcast %10001 : f32[16,64] @ models/lib/nn.yaml:79:7
%10003 = mul %10000, %10002 : f32[16,64] @ models/lib/nn.yaml:79:7
%10004 = sub %9958, %10003 : f32[16,64] @ models/lib/nn.yaml:79:7
%10005 = assign %65, %10004 : f32[16,64] @ models/lib/nn.yaml:79:7
%10006 = assign %9948, %9967 : f32[16,64] @ models/lib/nn.yaml:79:7
%10007 = assign %9949, %9977 : f32[16,64] @ models/lib/nn.yaml:79:7
%10008 = assign %9950, %9952 : i64[] @ models/lib/nn.yaml:79:7
%10009 = cast %3232 : f32[] @ models/lib/nn.yaml:79:7
%10010 = broadcast %10009 : f32[16,64] @ models/lib/nn.yaml:79:7
%10011 = mul %143, %10010 : f32[16,64] @ models/lib/nn.yaml:79:7
%10012 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10013 = sub %10012, %3232 : f64[] @ models/lib/nn.yaml:79:7
%10014 = cast %10013 : f32[] @ models/lib/nn.yaml:79:7
%10015 = broadcast %10014 : f32[16,64] @ models/lib/nn.yaml:79:7
%10016 = mul %10004, %10015 : f32[16,64] @ models/lib/nn.yaml:79:7
%10017 = add %10011, %10016 : f32[16,64] @ models/lib/nn.yaml:79:7
%10018 = assign %143, %10017 : f32[16,64] @ models/lib/nn.yaml:79:7
%10019 = all_reduce_sum %4397 : f32[16] @ models/lib/nn.yaml:80:7
%10020 = reshape %10019 : f32[16] @ models/lib/nn.yaml:80:7
%10021 = mul %10020, %10020 : f32[16] @ models/lib/nn.yaml:80:7
%10022 = reduce_sum %10021 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10023 = sqrt %10022 : f32[] @ models/lib/nn.yaml:80:7
%10024 = cast %10023 : f64[] @ models/lib/nn.yaml:80:7
%10025 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%10026 = add %10024, %10025 : f64[] @ models/lib/nn.yaml:80:7
%10027 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%10028 = div %10027, %10026 : f64[] @ models/lib/nn.yaml:80:7
%10029 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10030 = lt %10028, %10029 : bool[] @ models/lib/nn.yaml:80:7
%10031 = cast %10028 : f32[] @ models/lib/nn.yaml:80:7
%10032 = broadcast %10031 : f32[16] @ models/lib/nn.yaml:80:7
%10033 = mul %10019, %10032 : f32[16] @ models/lib/nn.yaml:80:7
%10034 = broadcast %10030 : bool[16] @ models/lib/nn.yaml:80:7
%10035 = select %10034, %10033, %10019 : f32[16] @ models/lib/nn.yaml:80:7
%10036 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%10037 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%10038 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10039 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%10040 = add %10038, %10039 : i64[] @ models/lib/nn.yaml:80:7
%10041 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%10042 = cast %10041 : f32[] @ models/lib/nn.yaml:80:7
%10043 = broadcast %10042 : f32[16] @ models/lib/nn.yaml:80:7
%10044 = mul %10035, %10043 : f32[16] @ models/lib/nn.yaml:80:7
%10045 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10046 = cast %10045 : f32[] @ models/lib/nn.yaml:80:7
%10047 = broadcast %10046 : f32[16] @ models/lib/nn.yaml:80:7
%10048 = mul %10036, %10047 : f32[16] @ models/lib/nn.yaml:80:7
%10049 = add %10048, %10044 : f32[16] @ models/lib/nn.yaml:80:7
%10050 = mul %10035, %10035 : f32[16] @ models/lib/nn.yaml:80:7
%10051 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%10052 = cast %10051 : f32[] @ models/lib/nn.yaml:80:7
%10053 = broadcast %10052 : f32[16] @ models/lib/nn.yaml:80:7
%10054 = mul %10050, %10053 : f32[16] @ models/lib/nn.yaml:80:7
%10055 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10056 = cast %10055 : f32[] @ models/lib/nn.yaml:80:7
%10057 = broadcast %10056 : f32[16] @ models/lib/nn.yaml:80:7
%10058 = mul %10037, %10057 : f32[16] @ models/lib/nn.yaml:80:7
%10059 = add %10058, %10054 : f32[16] @ models/lib/nn.yaml:80:7
%10060 = cast %10040 : f64[] @ models/lib/nn.yaml:80:7
%10061 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10062 = pow %10061, %10060 : f64[] @ models/lib/nn.yaml:80:7
%10063 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10064 = sub %10063, %10062 : f64[] @ models/lib/nn.yaml:80:7
%10065 = div %3230, %10064 : f64[] @ models/lib/nn.yaml:80:7
%10066 = cast %10040 : f64[] @ models/lib/nn.yaml:80:7
%10067 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10068 = pow %10067, %10066 : f64[] @ models/lib/nn.yaml:80:7
%10069 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10070 = sub %10069, %10068 : f64[] @ models/lib/nn.yaml:80:7
%10071 = sqrt %10070 : f64[] @ models/lib/nn.yaml:80:7
%10072 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10073 = div %10072, %10071 : f64[] @ models/lib/nn.yaml:80:7
%10074 = sqrt %10059 : f32[16] @ models/lib/nn.yaml:80:7
%10075 = cast %10073 : f32[] @ models/lib/nn.yaml:80:7
%10076 = broadcast %10075 : f32[16] @ models/lib/nn.yaml:80:7
%10077 = mul %10074, %10076 : f32[16] @ models/lib/nn.yaml:80:7
%10078 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%10079 = cast %10078 : f32[] @ models/lib/nn.yaml:80:7
%10080 = broadcast %10079 : f32[16] @ models/lib/nn.yaml:80:7
%10081 = add %10077, %10080 : f32[16] @ models/lib/nn.yaml:80:7
%10082 = div %10049, %10081 : f32[16] @ models/lib/nn.yaml:80:7
%10083 = cast %10065 : f32[] @ models/lib/nn.yaml:80:7
%10084 = broadcast %10083 : f32[16] @ models/lib/nn.yaml:80:7
%10085 = mul %10082, %10084 : f32[16] @ models/lib/nn.yaml:80:7
%10086 = sub %66, %10085 : f32[16] @ models/lib/nn.yaml:80:7
%10087 = assign %66, %10086 : f32[16] @ models/lib/nn.yaml:80:7
%10088 = assign %10036, %10049 : f32[16] @ models/lib/nn.yaml:80:7
%10089 = assign %10037, %10059 : f32[16] @ models/lib/nn.yaml:80:7
%10090 = assign %10038, %10040 : i64[] @ models/lib/nn.yaml:80:7
%10091 = cast %3232 : f32[] @ models/lib/nn.yaml:80:7
%10092 = broadcast %10091 : f32[16] @ models/lib/nn.yaml:80:7
%10093 = mul %144, %10092 : f32[16] @ models/lib/nn.yaml:80:7
%10094 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10095 = sub %10094, %3232 : f64[] @ models/lib/nn.yaml:80:7
%10096 = cast %10095 : f32[] @ models/lib/nn.yaml:80:7
%10097 = broadcast %10096 : f32[16] @ models/lib/nn.yaml:80:7
%10098 = mul %10086, %10097 : f32[16] @ models/lib/nn.yaml:80:7
%10099 = add %10093, %10098 : f32[16] @ models/lib/nn.yaml:80:7
%10100 = assign %144, %10099 : f32[16] @ models/lib/nn.yaml:80:7
%10101 = all_reduce_sum %4372 : f32[16] @ models/lib/nn.yaml:89:7
%10102 = reshape %10101 : f32[16] @ models/lib/nn.yaml:89:7
%10103 = mul %10102, %10102 : f32[16] @ models/lib/nn.yaml:89:7
%10104 = reduce_sum %10103 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%10105 = sqrt %10104 : f32[] @ models/lib/nn.yaml:89:7
%10106 = cast %10105 : f64[] @ models/lib/nn.yaml:89:7
%10107 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%10108 = add %10106, %10107 : f64[] @ models/lib/nn.yaml:89:7
%10109 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%10110 = div %10109, %10108 : f64[] @ models/lib/nn.yaml:89:7
%10111 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%10112 = lt %10110, %10111 : bool[] @ models/lib/nn.yaml:89:7
%10113 = cast %10110 : f32[] @ models/lib/nn.yaml:89:7
%10114 = broadcast %10113 : f32[16] @ models/lib/nn.yaml:89:7
%10115 = mul %10101, %10114 : f32[16] @ models/lib/nn.yaml:89:7
%10116 = broadcast %10112 : bool[16] @ models/lib/nn.yaml:89:7
%10117 = select %10116, %10115, %10101 : f32[16] @ models/lib/nn.yaml:89:7
%10118 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%10119 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%10120 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%10121 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%10122 = add %10120, %10121 : i64[] @ models/lib/nn.yaml:89:7
%10123 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%10124 = cast %10123 : f32[] @ models/lib/nn.yaml:89:7
%10125 = broadcast %10124 : f32[16] @ models/lib/nn.yaml:89:7
%10126 = mul %10117, %10125 : f32[16] @ models/lib/nn.yaml:89:7
%10127 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%10128 = cast %10127 : f32[] @ models/lib/nn.yaml:89:7
%10129 = broadcast %10128 : f32[16] @ models/lib/nn.yaml:89:7
%10130 = mul %10118, %10129 : f32[16] @ models/lib/nn.yaml:89:7
%10131 = add %10130, %10126 : f32[16] @ models/lib/nn.yaml:89:7
%10132 = mul %10117, %10117 : f32[16] @ models/lib/nn.yaml:89:7
%10133 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%10134 = cast %10133 : f32[] @ models/lib/nn.yaml:89:7
%10135 = broadcast %10134 : f32[16] @ models/lib/nn.yaml:89:7
%10136 = mul %10132, %10135 : f32[16] @ models/lib/nn.yaml:89:7
%10137 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%10138 = cast %10137 : f32[] @ models/lib/nn.yaml:89:7
%10139 = broadcast %10138 : f32[16] @ models/lib/nn.yaml:89:7
%10140 = mul %10119, %10139 : f32[16] @ models/lib/nn.yaml:89:7
%10141 = add %10140, %10136 : f32[16] @ models/lib/nn.yaml:89:7
%10142 = cast %10122 : f64[] @ models/lib/nn.yaml:89:7
%10143 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%10144 = pow %10143, %10142 : f64[] @ models/lib/nn.yaml:89:7
%10145 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%10146 = sub %10145, %10144 : f64[] @ models/lib/nn.yaml:89:7
%10147 = div %3230, %10146 : f64[] @ models/lib/nn.yaml:89:7
%10148 = cast %10122 : f64[] @ models/lib/nn.yaml:89:7
%10149 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%10150 = pow %10149, %10148 : f64[] @ models/lib/nn.yaml:89:7
%10151 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%10152 = sub %10151, %10150 : f64[] @ models/lib/nn.yaml:89:7
%10153 = sqrt %10152 : f64[] @ models/lib/nn.yaml:89:7
%10154 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%10155 = div %10154, %10153 : f64[] @ models/lib/nn.yaml:89:7
%10156 = sqrt %10141 : f32[16] @ models/lib/nn.yaml:89:7
%10157 = cast %10155 : f32[] @ models/lib/nn.yaml:89:7
%10158 = broadcast %10157 : f32[16] @ models/lib/nn.yaml:89:7
%10159 = mul %10156, %10158 : f32[16] @ models/lib/nn.yaml:89:7
%10160 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%10161 = cast %10160 : f32[] @ models/lib/nn.yaml:89:7
%10162 = broadcast %10161 : f32[16] @ models/lib/nn.yaml:89:7
%10163 = add %10159, %10162 : f32[16] @ models/lib/nn.yaml:89:7
%10164 = div %10131, %10163 : f32[16] @ models/lib/nn.yaml:89:7
%10165 = cast %10147 : f32[] @ models/lib/nn.yaml:89:7
%10166 = broadcast %10165 : f32[16] @ models/lib/nn.yaml:89:7
%10167 = mul %10164, %10166 : f32[16] @ models/lib/nn.yaml:89:7
%10168 = sub %67, %10167 : f32[16] @ models/lib/nn.yaml:89:7
%10169 = assign %67, %10168 : f32[16] @ models/lib/nn.yaml:89:7
%10170 = assign %10118, %10131 : f32[16] @ models/lib/nn.yaml:89:7
%10171 = assign %10119, %10141 : f32[16] @ models/lib/nn.yaml:89:7
%10172 = assign %10120, %10122 : i64[] @ models/lib/nn.yaml:89:7
%10173 = cast %3232 : f32[] @ models/lib/nn.yaml:89:7
%10174 = broadcast %10173 : f32[16] @ models/lib/nn.yaml:89:7
%10175 = mul %145, %10174 : f32[16] @ models/lib/nn.yaml:89:7
%10176 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%10177 = sub %10176, %3232 : f64[] @ models/lib/nn.yaml:89:7
%10178 = cast %10177 : f32[] @ models/lib/nn.yaml:89:7
%10179 = broadcast %10178 : f32[16] @ models/lib/nn.yaml:89:7
%10180 = mul %10168, %10179 : f32[16] @ models/lib/nn.yaml:89:7
%10181 = add %10175, %10180 : f32[16] @ models/lib/nn.yaml:89:7
%10182 = assign %145, %10181 : f32[16] @ models/lib/nn.yaml:89:7
%10183 = all_reduce_sum %4367 : f32[16] @ models/lib/nn.yaml:90:7
%10184 = reshape %10183 : f32[16] @ models/lib/nn.yaml:90:7
%10185 = mul %10184, %10184 : f32[16] @ models/lib/nn.yaml:90:7
%10186 = reduce_sum %10185 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%10187 = sqrt %10186 : f32[] @ models/lib/nn.yaml:90:7
%10188 = cast %10187 : f64[] @ models/lib/nn.yaml:90:7
%10189 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%10190 = add %10188, %10189 : f64[] @ models/lib/nn.yaml:90:7
%10191 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%10192 = div %10191, %10190 : f64[] @ models/lib/nn.yaml:90:7
%10193 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%10194 = lt %10192, %10193 : bool[] @ models/lib/nn.yaml:90:7
%10195 = cast %10192 : f32[] @ models/lib/nn.yaml:90:7
%10196 = broadcast %10195 : f32[16] @ models/lib/nn.yaml:90:7
%10197 = mul %10183, %10196 : f32[16] @ models/lib/nn.yaml:90:7
%10198 = broadcast %10194 : bool[16] @ models/lib/nn.yaml:90:7
%10199 = select %10198, %10197, %10183 : f32[16] @ models/lib/nn.yaml:90:7
%10200 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%10201 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%10202 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%10203 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%10204 = add %10202, %10203 : i64[] @ models/lib/nn.yaml:90:7
%10205 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%10206 = cast %10205 : f32[] @ models/lib/nn.yaml:90:7
%10207 = broadcast %10206 : f32[16] @ models/lib/nn.yaml:90:7
%10208 = mul %10199, %10207 : f32[16] @ models/lib/nn.yaml:90:7
%10209 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%10210 = cast %10209 : f32[] @ models/lib/nn.yaml:90:7
%10211 = broadcast %10210 : f32[16] @ models/lib/nn.yaml:90:7
%10212 = mul %10200, %10211 : f32[16] @ models/lib/nn.yaml:90:7
%10213 = add %10212, %10208 : f32[16] @ models/lib/nn.yaml:90:7
%10214 = mul %10199, %10199 : f32[16] @ models/lib/nn.yaml:90:7
%10215 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%10216 = cast %10215 : f32[] @ models/lib/nn.yaml:90:7
%10217 = broadcast %10216 : f32[16] @ models/lib/nn.yaml:90:7
%10218 = mul %10214, %10217 : f32[16] @ models/lib/nn.yaml:90:7
%10219 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%10220 = cast %10219 : f32[] @ models/lib/nn.yaml:90:7
%10221 = broadcast %10220 : f32[16] @ models/lib/nn.yaml:90:7
%10222 = mul %10201, %10221 : f32[16] @ models/lib/nn.yaml:90:7
%10223 = add %10222, %10218 : f32[16] @ models/lib/nn.yaml:90:7
%10224 = cast %10204 : f64[] @ models/lib/nn.yaml:90:7
%10225 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%10226 = pow %10225, %10224 : f64[] @ models/lib/nn.yaml:90:7
%10227 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%10228 = sub %10227, %10226 : f64[] @ models/lib/nn.yaml:90:7
%10229 = div %3230, %10228 : f64[] @ models/lib/nn.yaml:90:7
%10230 = cast %10204 : f64[] @ models/lib/nn.yaml:90:7
%10231 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%10232 = pow %10231, %10230 : f64[] @ models/lib/nn.yaml:90:7
%10233 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%10234 = sub %10233, %10232 : f64[] @ models/lib/nn.yaml:90:7
%10235 = sqrt %10234 : f64[] @ models/lib/nn.yaml:90:7
%10236 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%10237 = div %10236, %10235 : f64[] @ models/lib/nn.yaml:90:7
%10238 = sqrt %10223 : f32[16] @ models/lib/nn.yaml:90:7
%10239 = cast %10237 : f32[] @ models/lib/nn.yaml:90:7
%10240 = broadcast %10239 : f32[16] @ models/lib/nn.yaml:90:7
%10241 = mul %10238, %10240 : f32[16] @ models/lib/nn.yaml:90:7
%10242 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%10243 = cast %10242 : f32[] @ models/lib/nn.yaml:90:7
%10244 = broadcast %10243 : f32[16] @ models/lib/nn.yaml:90:7
%10245 = add %10241, %10244 : f32[16] @ models/lib/nn.yaml:90:7
%10246 = div %10213, %10245 : f32[16] @ models/lib/nn.yaml:90:7
%10247 = cast %10229 : f32[] @ models/lib/nn.yaml:90:7
%10248 = broadcast %10247 : f32[16] @ models/lib/nn.yaml:90:7
%10249 = mul %10246, %10248 : f32[16] @ models/lib/nn.yaml:90:7
%10250 = sub %68, %10249 : f32[16] @ models/lib/nn.yaml:90:7
%10251 = assign %68, %10250 : f32[16] @ models/lib/nn.yaml:90:7
%10252 = assign %10200, %10213 : f32[16] @ models/lib/nn.yaml:90:7
%10253 = assign %10201, %10223 : f32[16] @ models/lib/nn.yaml:90:7
%10254 = assign %10202, %10204 : i64[] @ models/lib/nn.yaml:90:7
%10255 = cast %3232 : f32[] @ models/lib/nn.yaml:90:7
%10256 = broadcast %10255 : f32[16] @ models/lib/nn.yaml:90:7
%10257 = mul %146, %10256 : f32[16] @ models/lib/nn.yaml:90:7
%10258 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%10259 = sub %10258, %3232 : f64[] @ models/lib/nn.yaml:90:7
%10260 = cast %10259 : f32[] @ models/lib/nn.yaml:90:7
%10261 = broadcast %10260 : f32[16] @ models/lib/nn.yaml:90:7
%10262 = mul %10250, %10261 : f32[16] @ models/lib/nn.yaml:90:7
%10263 = add %10257, %10262 : f32[16] @ models/lib/nn.yaml:90:7
%10264 = assign %146, %10263 : f32[16] @ models/lib/nn.yaml:90:7
%10265 = all_reduce_sum %4362 : f32[24,16] @ models/lib/nn.yaml:79:7
%10266 = reshape %10265 : f32[384] @ models/lib/nn.yaml:79:7
%10267 = mul %10266, %10266 : f32[384] @ models/lib/nn.yaml:79:7
%10268 = reduce_sum %10267 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10269 = sqrt %10268 : f32[] @ models/lib/nn.yaml:79:7
%10270 = cast %10269 : f64[] @ models/lib/nn.yaml:79:7
%10271 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%10272 = add %10270, %10271 : f64[] @ models/lib/nn.yaml:79:7
%10273 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%10274 = div %10273, %10272 : f64[] @ models/lib/nn.yaml:79:7
%10275 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10276 = lt %10274, %10275 : bool[] @ models/lib/nn.yaml:79:7
%10277 = cast %10274 : f32[] @ models/lib/nn.yaml:79:7
%10278 = broadcast %10277 : f32[24,16] @ models/lib/nn.yaml:79:7
%10279 = mul %10265, %10278 : f32[24,16] @ models/lib/nn.yaml:79:7
%10280 = broadcast %10276 : bool[24,16] @ models/lib/nn.yaml:79:7
%10281 = select %10280, %10279, %10265 : f32[24,16] @ models/lib/nn.yaml:79:7
%10282 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%10283 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%10284 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10285 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%10286 = add %10284, %10285 : i64[] @ models/lib/nn.yaml:79:7
%10287 = mul %3230, %3231 : f64[] @ models/lib/nn.yaml:79:7
%10288 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10289 = sub %10288, %10287 : f64[] @ models/lib/nn.yaml:79:7
%10290 = cast %10289 : f32[] @ models/lib/nn.yaml:79:7
%10291 = broadcast %10290 : f32[24,16] @ models/lib/nn.yaml:79:7
%10292 = mul %69, %10291 : f32[24,16] @ models/lib/nn.yaml:79:7
%10293 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%10294 = cast %10293 : f32[] @ models/lib/nn.yaml:79:7
%10295 = broadcast %10294 : f32[24,16] @ models/lib/nn.yaml:79:7
%10296 = mul %10281, %10295 : f32[24,16] @ models/lib/nn.yaml:79:7
%10297 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10298 = cast %10297 : f32[] @ models/lib/nn.yaml:79:7
%10299 = broadcast %10298 : f32[24,16] @ models/lib/nn.yaml:79:7
%10300 = mul %10282, %10299 : f32[24,16] @ models/lib/nn.yaml:79:7
%10301 = add %10300, %10296 : f32[24,16] @ models/lib/nn.yaml:79:7
%10302 = mul %10281, %10281 : f32[24,16] @ models/lib/nn.yaml:79:7
%10303 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%10304 = cast %10303 : f32[] @ models/lib/nn.yaml:79:7
%10305 = broadcast %10304 : f32[24,16] @ models/lib/nn.yaml:79:7
%10306 = mul %10302, %10305 : f32[24,16] @ models/lib/nn.yaml:79:7
%10307 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10308 = cast %10307 : f32[] @ models/lib/nn.yaml:79:7
%10309 = broadcast %10308 : f32[24,16] @ models/lib/nn.yaml:79:7
%10310 = mul %10283, %10309 : f32[24,16] @ models/lib/nn.yaml:79:7
%10311 = add %10310, %10306 : f32[24,16] @ models/lib/nn.yaml:79:7
%10312 = cast %10286 : f64[] @ models/lib/nn.yaml:79:7
%10313 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10314 = pow %10313, %10312 : f64[] @ models/lib/nn.yaml:79:7
%10315 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10316 = sub %10315, %10314 : f64[] @ models/lib/nn.yaml:79:7
%10317 = div %3230, %10316 : f64[] @ models/lib/nn.yaml:79:7
%10318 = cast %10286 : f64[] @ models/lib/nn.yaml:79:7
%10319 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10320 = pow %10319, %10318 : f64[] @ models/lib/nn.yaml:79:7
%10321 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10322 = sub %10321, %10320 : f64[] @ models/lib/nn.yaml:79:7
%10323 = sqrt %10322 : f64[] @ models/lib/nn.yaml:79:7
%10324 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10325 = div %10324, %10323 : f64[] @ models/lib/nn.yaml:79:7
%10326 = sqrt %10311 : f32[24,16] @ models/lib/nn.yaml:79:7
%10327 = cast %10325 : f32[] @ models/lib/nn.yaml:79:7
%10328 = broadcast %10327 : f32[24,16] @ models/lib/nn.yaml:79:7
%10329 = mul %10326, %10328 : f32[24,16] @ models/lib/nn.yaml:79:7
%10330 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%10331 = cast %10330 : f32[] @ models/lib/nn.yaml:79:7
%10332 = broadcast %10331 : f32[24,16] @ models/lib/nn.yaml:79:7
%10333 = add %10329, %10332 : f32[24,16] @ models/lib/nn.yaml:79:7
%10334 = div %10301, %10333 : f32[24,16] @ models/lib/nn.yaml:79:7
%10335 = cast %10317 : f32[] @ models/lib/nn.yaml:79:7
%10336 = broadcast %10335 : f32[24,16] @ models/lib/nn.yaml:79:7
%10337 = mul %10334, %10336 : f32[24,16] @ models/lib/nn.yaml:79:7
%10338 = sub %10292, %10337 : f32[24,16] @ models/lib/nn.yaml:79:7
%10339 = assign %69, %10338 : f32[24,16] @ models/lib/nn.yaml:79:7
%10340 = assign %10282, %10301 : f32[24,16] @ models/lib/nn.yaml:79:7
%10341 = assign %10283, %10311 : f32[24,16] @ models/lib/nn.yaml:79:7
%10342 = assign %10284, %10286 : i64[] @ models/lib/nn.yaml:79:7
%10343 = cast %3232 : f32[] @ models/lib/nn.yaml:79:7
%10344 = broadcast %10343 : f32[24,16] @ models/lib/nn.yaml:79:7
%10345 = mul %147, %10344 : f32[24,16] @ models/lib/nn.yaml:79:7
%10346 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10347 = sub %10346, %3232 : f64[] @ models/lib/nn.yaml:79:7
%10348 = cast %10347 : f32[] @ models/lib/nn.yaml:79:7
%10349 = broadcast %10348 : f32[24,16] @ models/lib/nn.yaml:79:7
%10350 = mul %10338, %10349 : f32[24,16] @ models/lib/nn.yaml:79:7
%10351 = add %10345, %10350 : f32[24,16] @ models/lib/nn.yaml:79:7
%10352 = assign %147, %10351 : f32[24,16] @ models/lib/nn.yaml:79:7
%10353 = all_reduce_sum %4357 : f32[24] @ models/lib/nn.yaml:80:7
%10354 = reshape %10353 : f32[24] @ models/lib/nn.yaml:80:7
%10355 = mul %10354, %10354 : f32[24] @ models/lib/nn.yaml:80:7
%10356 = reduce_sum %10355 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10357 = sqrt %10356 : f32[] @ models/lib/nn.yaml:80:7
%10358 = cast %10357 : f64[] @ models/lib/nn.yaml:80:7
%10359 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%10360 = add %10358, %10359 : f64[] @ models/lib/nn.yaml:80:7
%10361 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%10362 = div %10361, %10360 : f64[] @ models/lib/nn.yaml:80:7
%10363 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10364 = lt %10362, %10363 : bool[] @ models/lib/nn.yaml:80:7
%10365 = cast %10362 : f32[] @ models/lib/nn.yaml:80:7
%10366 = broadcast %10365 : f32[24] @ models/lib/nn.yaml:80:7
%10367 = mul %10353, %10366 : f32[24] @ models/lib/nn.yaml:80:7
%10368 = broadcast %10364 : bool[24] @ models/lib/nn.yaml:80:7
%10369 = select %10368, %10367, %10353 : f32[24] @ models/lib/nn.yaml:80:7
%10370 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10371 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10372 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10373 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%10374 = add %10372, %10373 : i64[] @ models/lib/nn.yaml:80:7
%10375 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%10376 = cast %10375 : f32[] @ models/lib/nn.yaml:80:7
%10377 = broadcast %10376 : f32[24] @ models/lib/nn.yaml:80:7
%10378 = mul %10369, %10377 : f32[24] @ models/lib/nn.yaml:80:7
%10379 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10380 = cast %10379 : f32[] @ models/lib/nn.yaml:80:7
%10381 = broadcast %10380 : f32[24] @ models/lib/nn.yaml:80:7
%10382 = mul %10370, %10381 : f32[24] @ models/lib/nn.yaml:80:7
%10383 = add %10382, %10378 : f32[24] @ models/lib/nn.yaml:80:7
%10384 = mul %10369, %10369 : f32[24] @ models/lib/nn.yaml:80:7
%10385 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%10386 = cast %10385 : f32[] @ models/lib/nn.yaml:80:7
%10387 = broadcast %10386 : f32[24] @ models/lib/nn.yaml:80:7
%10388 = mul %10384, %10387 : f32[24] @ models/lib/nn.yaml:80:7
%10389 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10390 = cast %10389 : f32[] @ models/lib/nn.yaml:80:7
%10391 = broadcast %10390 : f32[24] @ models/lib/nn.yaml:80:7
%10392 = mul %10371, %10391 : f32[24] @ models/lib/nn.yaml:80:7
%10393 = add %10392, %10388 : f32[24] @ models/lib/nn.yaml:80:7
%10394 = cast %10374 : f64[] @ models/lib/nn.yaml:80:7
%10395 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10396 = pow %10395, %10394 : f64[] @ models/lib/nn.yaml:80:7
%10397 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10398 = sub %10397, %10396 : f64[] @ models/lib/nn.yaml:80:7
%10399 = div %3230, %10398 : f64[] @ models/lib/nn.yaml:80:7
%10400 = cast %10374 : f64[] @ models/lib/nn.yaml:80:7
%10401 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10402 = pow %10401, %10400 : f64[] @ models/lib/nn.yaml:80:7
%10403 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10404 = sub %10403, %10402 : f64[] @ models/lib/nn.yaml:80:7
%10405 = sqrt %10404 : f64[] @ models/lib/nn.yaml:80:7
%10406 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10407 = div %10406, %10405 : f64[] @ models/lib/nn.yaml:80:7
%10408 = sqrt %10393 : f32[24] @ models/lib/nn.yaml:80:7
%10409 = cast %10407 : f32[] @ models/lib/nn.yaml:80:7
%10410 = broadcast %10409 : f32[24] @ models/lib/nn.yaml:80:7
%10411 = mul %10408, %10410 : f32[24] @ models/lib/nn.yaml:80:7
%10412 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%10413 = cast %10412 : f32[] @ models/lib/nn.yaml:80:7
%10414 = broadcast %10413 : f32[24] @ models/lib/nn.yaml:80:7
%10415 = add %10411, %10414 : f32[24] @ models/lib/nn.yaml:80:7
%10416 = div %10383, %10415 : f32[24] @ models/lib/nn.yaml:80:7
%10417 = cast %10399 : f32[] @ models/lib/nn.yaml:80:7
%10418 = broadcast %10417 : f32[24] @ models/lib/nn.yaml:80:7
%10419 = mul %10416, %10418 : f32[24] @ models/lib/nn.yaml:80:7
%10420 = sub %70, %10419 : f32[24] @ models/lib/nn.yaml:80:7
%10421 = assign %70, %10420 : f32[24] @ models/lib/nn.yaml:80:7
%10422 = assign %10370, %10383 : f32[24] @ models/lib/nn.yaml:80:7
%10423 = assign %10371, %10393 : f32[24] @ models/lib/nn.yaml:80:7
%10424 = assign %10372, %10374 : i64[] @ models/lib/nn.yaml:80:7
%10425 = cast %3232 : f32[] @ models/lib/nn.yaml:80:7
%10426 = broadcast %10425 : f32[24] @ models/lib/nn.yaml:80:7
%10427 = mul %148, %10426 : f32[24] @ models/lib/nn.yaml:80:7
%10428 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10429 = sub %10428, %3232 : f64[] @ models/lib/nn.yaml:80:7
%10430 = cast %10429 : f32[] @ models/lib/nn.yaml:80:7
%10431 = broadcast %10430 : f32[24] @ models/lib/nn.yaml:80:7
%10432 = mul %10420, %10431 : f32[24] @ models/lib/nn.yaml:80:7
%10433 = add %10427, %10432 : f32[24] @ models/lib/nn.yaml:80:7
%10434 = assign %148, %10433 : f32[24] @ models/lib/nn.yaml:80:7
%10435 = all_reduce_sum %4342 : f32[24,24] @ models/lib/nn.yaml:79:7
%10436 = reshape %10435 : f32[576] @ models/lib/nn.yaml:79:7
%10437 = mul %10436, %10436 : f32[576] @ models/lib/nn.yaml:79:7
%10438 = reduce_sum %10437 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10439 = sqrt %10438 : f32[] @ models/lib/nn.yaml:79:7
%10440 = cast %10439 : f64[] @ models/lib/nn.yaml:79:7
%10441 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%10442 = add %10440, %10441 : f64[] @ models/lib/nn.yaml:79:7
%10443 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%10444 = div %10443, %10442 : f64[] @ models/lib/nn.yaml:79:7
%10445 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10446 = lt %10444, %10445 : bool[] @ models/lib/nn.yaml:79:7
%10447 = cast %10444 : f32[] @ models/lib/nn.yaml:79:7
%10448 = broadcast %10447 : f32[24,24] @ models/lib/nn.yaml:79:7
%10449 = mul %10435, %10448 : f32[24,24] @ models/lib/nn.yaml:79:7
%10450 = broadcast %10446 : bool[24,24] @ models/lib/nn.yaml:79:7
%10451 = select %10450, %10449, %10435 : f32[24,24] @ models/lib/nn.yaml:79:7
%10452 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10453 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10454 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10455 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%10456 = add %10454, %10455 : i64[] @ models/lib/nn.yaml:79:7
%10457 = mul %3230, %3231 : f64[] @ models/lib/nn.yaml:79:7
%10458 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10459 = sub %10458, %10457 : f64[] @ models/lib/nn.yaml:79:7
%10460 = cast %10459 : f32[] @ models/lib/nn.yaml:79:7
%10461 = broadcast %10460 : f32[24,24] @ models/lib/nn.yaml:79:7
%10462 = mul %71, %10461 : f32[24,24] @ models/lib/nn.yaml:79:7
%10463 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%10464 = cast %10463 : f32[] @ models/lib/nn.yaml:79:7
%10465 = broadcast %10464 : f32[24,24] @ models/lib/nn.yaml:79:7
%10466 = mul %10451, %10465 : f32[24,24] @ models/lib/nn.yaml:79:7
%10467 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10468 = cast %10467 : f32[] @ models/lib/nn.yaml:79:7
%10469 = broadcast %10468 : f32[24,24] @ models/lib/nn.yaml:79:7
%10470 = mul %10452, %10469 : f32[24,24] @ models/lib/nn.yaml:79:7
%10471 = add %10470, %10466 : f32[24,24] @ models/lib/nn.yaml:79:7
%10472 = mul %10451, %10451 : f32[24,24] @ models/lib/nn.yaml:79:7
%10473 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%10474 = cast %10473 : f32[] @ models/lib/nn.yaml:79:7
%10475 = broadcast %10474 : f32[24,24] @ models/lib/nn.yaml:79:7
%10476 = mul %10472, %10475 : f32[24,24] @ models/lib/nn.yaml:79:7
%10477 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10478 = cast %10477 : f32[] @ models/lib/nn.yaml:79:7
%10479 = broadcast %10478 : f32[24,24] @ models/lib/nn.yaml:79:7
%10480 = mul %10453, %10479 : f32[24,24] @ models/lib/nn.yaml:79:7
%10481 = add %10480, %10476 : f32[24,24] @ models/lib/nn.yaml:79:7
%10482 = cast %10456 : f64[] @ models/lib/nn.yaml:79:7
%10483 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10484 = pow %10483, %10482 : f64[] @ models/lib/nn.yaml:79:7
%10485 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10486 = sub %10485, %10484 : f64[] @ models/lib/nn.yaml:79:7
%10487 = div %3230, %10486 : f64[] @ models/lib/nn.yaml:79:7
%10488 = cast %10456 : f64[] @ models/lib/nn.yaml:79:7
%10489 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10490 = pow %10489, %10488 : f64[] @ models/lib/nn.yaml:79:7
%10491 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10492 = sub %10491, %10490 : f64[] @ models/lib/nn.yaml:79:7
%10493 = sqrt %10492 : f64[] @ models/lib/nn.yaml:79:7
%10494 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10495 = div %10494, %10493 : f64[] @ models/lib/nn.yaml:79:7
%10496 = sqrt %10481 : f32[24,24] @ models/lib/nn.yaml:79:7
%10497 = cast %10495 : f32[] @ models/lib/nn.yaml:79:7
%10498 = broadcast %10497 : f32[24,24] @ models/lib/nn.yaml:79:7
%10499 = mul %10496, %10498 : f32[24,24] @ models/lib/nn.yaml:79:7
%10500 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%10501 = cast %10500 : f32[] @ models/lib/nn.yaml:79:7
%10502 = broadcast %10501 : f32[24,24] @ models/lib/nn.yaml:79:7
%10503 = add %10499, %10502 : f32[24,24] @ models/lib/nn.yaml:79:7
%10504 = div %10471, %10503 : f32[24,24] @ models/lib/nn.yaml:79:7
%10505 = cast %10487 : f32[] @ models/lib/nn.yaml:79:7
%10506 = broadcast %10505 : f32[24,24] @ models/lib/nn.yaml:79:7
%10507 = mul %10504, %10506 : f32[24,24] @ models/lib/nn.yaml:79:7
%10508 = sub %10462, %10507 : f32[24,24] @ models/lib/nn.yaml:79:7
%10509 = assign %71, %10508 : f32[24,24] @ models/lib/nn.yaml:79:7
%10510 = assign %10452, %10471 : f32[24,24] @ models/lib/nn.yaml:79:7
%10511 = assign %10453, %10481 : f32[24,24] @ models/lib/nn.yaml:79:7
%10512 = assign %10454, %10456 : i64[] @ models/lib/nn.yaml:79:7
%10513 = cast %3232 : f32[] @ models/lib/nn.yaml:79:7
%10514 = broadcast %10513 : f32[24,24] @ models/lib/nn.yaml:79:7
%10515 = mul %149, %10514 : f32[24,24] @ models/lib/nn.yaml:79:7
%10516 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10517 = sub %10516, %3232 : f64[] @ models/lib/nn.yaml:79:7
%10518 = cast %10517 : f32[] @ models/lib/nn.yaml:79:7
%10519 = broadcast %10518 : f32[24,24] @ models/lib/nn.yaml:79:7
%10520 = mul %10508, %10519 : f32[24,24] @ models/lib/nn.yaml:79:7
%10521 = add %10515, %10520 : f32[24,24] @ models/lib/nn.yaml:79:7
%10522 = assign %149, %10521 : f32[24,24] @ models/lib/nn.yaml:79:7
%10523 = all_reduce_sum %4337 : f32[24] @ models/lib/nn.yaml:80:7
%10524 = reshape %10523 : f32[24] @ models/lib/nn.yaml:80:7
%10525 = mul %10524, %10524 : f32[24] @ models/lib/nn.yaml:80:7
%10526 = reduce_sum %10525 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10527 = sqrt %10526 : f32[] @ models/lib/nn.yaml:80:7
%10528 = cast %10527 : f64[] @ models/lib/nn.yaml:80:7
%10529 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%10530 = add %10528, %10529 : f64[] @ models/lib/nn.yaml:80:7
%10531 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%10532 = div %10531, %10530 : f64[] @ models/lib/nn.yaml:80:7
%10533 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10534 = lt %10532, %10533 : bool[] @ models/lib/nn.yaml:80:7
%10535 = cast %10532 : f32[] @ models/lib/nn.yaml:80:7
%10536 = broadcast %10535 : f32[24] @ models/lib/nn.yaml:80:7
%10537 = mul %10523, %10536 : f32[24] @ models/lib/nn.yaml:80:7
%10538 = broadcast %10534 : bool[24] @ models/lib/nn.yaml:80:7
%10539 = select %10538, %10537, %10523 : f32[24] @ models/lib/nn.yaml:80:7
%10540 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10541 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10542 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10543 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%10544 = add %10542, %10543 : i64[] @ models/lib/nn.yaml:80:7
%10545 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%10546 = cast %10545 : f32[] @ models/lib/nn.yaml:80:7
%10547 = broadcast %10546 : f32[24] @ models/lib/nn.yaml:80:7
%10548 = mul %10539, %10547 : f32[24] @ models/lib/nn.yaml:80:7
%10549 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10550 = cast %10549 : f32[] @ models/lib/nn.yaml:80:7
%10551 = broadcast %10550 : f32[24] @ models/lib/nn.yaml:80:7
%10552 = mul %10540, %10551 : f32[24] @ models/lib/nn.yaml:80:7
%10553 = add %10552, %10548 : f32[24] @ models/lib/nn.yaml:80:7
%10554 = mul %10539, %10539 : f32[24] @ models/lib/nn.yaml:80:7
%10555 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%10556 = cast %10555 : f32[] @ models/lib/nn.yaml:80:7
%10557 = broadcast %10556 : f32[24] @ models/lib/nn.yaml:80:7
%10558 = mul %10554, %10557 : f32[24] @ models/lib/nn.yaml:80:7
%10559 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10560 = cast %10559 : f32[] @ models/lib/nn.yaml:80:7
%10561 = broadcast %10560 : f32[24] @ models/lib/nn.yaml:80:7
%10562 = mul %10541, %10561 : f32[24] @ models/lib/nn.yaml:80:7
%10563 = add %10562, %10558 : f32[24] @ models/lib/nn.yaml:80:7
%10564 = cast %10544 : f64[] @ models/lib/nn.yaml:80:7
%10565 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10566 = pow %10565, %10564 : f64[] @ models/lib/nn.yaml:80:7
%10567 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10568 = sub %10567, %10566 : f64[] @ models/lib/nn.yaml:80:7
%10569 = div %3230, %10568 : f64[] @ models/lib/nn.yaml:80:7
%10570 = cast %10544 : f64[] @ models/lib/nn.yaml:80:7
%10571 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10572 = pow %10571, %10570 : f64[] @ models/lib/nn.yaml:80:7
%10573 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10574 = sub %10573, %10572 : f64[] @ models/lib/nn.yaml:80:7
%10575 = sqrt %10574 : f64[] @ models/lib/nn.yaml:80:7
%10576 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10577 = div %10576, %10575 : f64[] @ models/lib/nn.yaml:80:7
%10578 = sqrt %10563 : f32[24] @ models/lib/nn.yaml:80:7
%10579 = cast %10577 : f32[] @ models/lib/nn.yaml:80:7
%10580 = broadcast %10579 : f32[24] @ models/lib/nn.yaml:80:7
%10581 = mul %10578, %10580 : f32[24] @ models/lib/nn.yaml:80:7
%10582 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%10583 = cast %10582 : f32[] @ models/lib/nn.yaml:80:7
%10584 = broadcast %10583 : f32[24] @ models/lib/nn.yaml:80:7
%10585 = add %10581, %10584 : f32[24] @ models/lib/nn.yaml:80:7
%10586 = div %10553, %10585 : f32[24] @ models/lib/nn.yaml:80:7
%10587 = cast %10569 : f32[] @ models/lib/nn.yaml:80:7
%10588 = broadcast %10587 : f32[24] @ models/lib/nn.yaml:80:7
%10589 = mul %10586, %10588 : f32[24] @ models/lib/nn.yaml:80:7
%10590 = sub %72, %10589 : f32[24] @ models/lib/nn.yaml:80:7
%10591 = assign %72, %10590 : f32[24] @ models/lib/nn.yaml:80:7
%10592 = assign %10540, %10553 : f32[24] @ models/lib/nn.yaml:80:7
%10593 = assign %10541, %10563 : f32[24] @ models/lib/nn.yaml:80:7
%10594 = assign %10542, %10544 : i64[] @ models/lib/nn.yaml:80:7
%10595 = cast %3232 : f32[] @ models/lib/nn.yaml:80:7
%10596 = broadcast %10595 : f32[24] @ models/lib/nn.yaml:80:7
%10597 = mul %150, %10596 : f32[24] @ models/lib/nn.yaml:80:7
%10598 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10599 = sub %10598, %3232 : f64[] @ models/lib/nn.yaml:80:7
%10600 = cast %10599 : f32[] @ models/lib/nn.yaml:80:7
%10601 = broadcast %10600 : f32[24] @ models/lib/nn.yaml:80:7
%10602 = mul %10590, %10601 : f32[24] @ models/lib/nn.yaml:80:7
%10603 = add %10597, %10602 : f32[24] @ models/lib/nn.yaml:80:7
%10604 = assign %150, %10603 : f32[24] @ models/lib/nn.yaml:80:7
%10605 = all_reduce_sum %4322 : f32[8,24] @ models/lib/nn.yaml:79:7
%10606 = reshape %10605 : f32[192] @ models/lib/nn.yaml:79:7
%10607 = mul %10606, %10606 : f32[192] @ models/lib/nn.yaml:79:7
%10608 = reduce_sum %10607 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10609 = sqrt %10608 : f32[] @ models/lib/nn.yaml:79:7
%10610 = cast %10609 : f64[] @ models/lib/nn.yaml:79:7
%10611 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%10612 = add %10610, %10611 : f64[] @ models/lib/nn.yaml:79:7
%10613 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%10614 = div %10613, %10612 : f64[] @ models/lib/nn.yaml:79:7
%10615 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10616 = lt %10614, %10615 : bool[] @ models/lib/nn.yaml:79:7
%10617 = cast %10614 : f32[] @ models/lib/nn.yaml:79:7
%10618 = broadcast %10617 : f32[8,24] @ models/lib/nn.yaml:79:7
%10619 = mul %10605, %10618 : f32[8,24] @ models/lib/nn.yaml:79:7
%10620 = broadcast %10616 : bool[8,24] @ models/lib/nn.yaml:79:7
%10621 = select %10620, %10619, %10605 : f32[8,24] @ models/lib/nn.yaml:79:7
%10622 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10623 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10624 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10625 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%10626 = add %10624, %10625 : i64[] @ models/lib/nn.yaml:79:7
%10627 = mul %3230, %3231 : f64[] @ models/lib/nn.yaml:79:7
%10628 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10629 = sub %10628, %10627 : f64[] @ models/lib/nn.yaml:79:7
%10630 = cast %10629 : f32[] @ models/lib/nn.yaml:79:7
%10631 = broadcast %10630 : f32[8,24] @ models/lib/nn.yaml:79:7
%10632 = mul %73, %10631 : f32[8,24] @ models/lib/nn.yaml:79:7
%10633 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%10634 = cast %10633 : f32[] @ models/lib/nn.yaml:79:7
%10635 = broadcast %10634 : f32[8,24] @ models/lib/nn.yaml:79:7
%10636 = mul %10621, %10635 : f32[8,24] @ models/lib/nn.yaml:79:7
%10637 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10638 = cast %10637 : f32[] @ models/lib/nn.yaml:79:7
%10639 = broadcast %10638 : f32[8,24] @ models/lib/nn.yaml:79:7
%10640 = mul %10622, %10639 : f32[8,24] @ models/lib/nn.yaml:79:7
%10641 = add %10640, %10636 : f32[8,24] @ models/lib/nn.yaml:79:7
%10642 = mul %10621, %10621 : f32[8,24] @ models/lib/nn.yaml:79:7
%10643 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%10644 = cast %10643 : f32[] @ models/lib/nn.yaml:79:7
%10645 = broadcast %10644 : f32[8,24] @ models/lib/nn.yaml:79:7
%10646 = mul %10642, %10645 : f32[8,24] @ models/lib/nn.yaml:79:7
%10647 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10648 = cast %10647 : f32[] @ models/lib/nn.yaml:79:7
%10649 = broadcast %10648 : f32[8,24] @ models/lib/nn.yaml:79:7
%10650 = mul %10623, %10649 : f32[8,24] @ models/lib/nn.yaml:79:7
%10651 = add %10650, %10646 : f32[8,24] @ models/lib/nn.yaml:79:7
%10652 = cast %10626 : f64[] @ models/lib/nn.yaml:79:7
%10653 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10654 = pow %10653, %10652 : f64[] @ models/lib/nn.yaml:79:7
%10655 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10656 = sub %10655, %10654 : f64[] @ models/lib/nn.yaml:79:7
%10657 = div %3230, %10656 : f64[] @ models/lib/nn.yaml:79:7
%10658 = cast %10626 : f64[] @ models/lib/nn.yaml:79:7
%10659 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10660 = pow %10659, %10658 : f64[] @ models/lib/nn.yaml:79:7
%10661 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10662 = sub %10661, %10660 : f64[] @ models/lib/nn.yaml:79:7
%10663 = sqrt %10662 : f64[] @ models/lib/nn.yaml:79:7
%10664 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10665 = div %10664, %10663 : f64[] @ models/lib/nn.yaml:79:7
%10666 = sqrt %10651 : f32[8,24] @ models/lib/nn.yaml:79:7
%10667 = cast %10665 : f32[] @ models/lib/nn.yaml:79:7
%10668 = broadcast %10667 : f32[8,24] @ models/lib/nn.yaml:79:7
%10669 = mul %10666, %10668 : f32[8,24] @ models/lib/nn.yaml:79:7
%10670 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%10671 = cast %10670 : f32[] @ models/lib/nn.yaml:79:7
%10672 = broadcast %10671 : f32[8,24] @ models/lib/nn.yaml:79:7
%10673 = add %10669, %10672 : f32[8,24] @ models/lib/nn.yaml:79:7
%10674 = div %10641, %10673 : f32[8,24] @ models/lib/nn.yaml:79:7
%10675 = cast %10657 : f32[] @ models/lib/nn.yaml:79:7
%10676 = broadcast %10675 : f32[8,24] @ models/lib/nn.yaml:79:7
%10677 = mul %10674, %10676 : f32[8,24] @ models/lib/nn.yaml:79:7
%10678 = sub %10632, %10677 : f32[8,24] @ models/lib/nn.yaml:79:7
%10679 = assign %73, %10678 : f32[8,24] @ models/lib/nn.yaml:79:7
%10680 = assign %10622, %10641 : f32[8,24] @ models/lib/nn.yaml:79:7
%10681 = assign %10623, %10651 : f32[8,24] @ models/lib/nn.yaml:79:7
%10682 = assign %10624, %10626 : i64[] @ models/lib/nn.yaml:79:7
%10683 = cast %3232 : f32[] @ models/lib/nn.yaml:79:7
%10684 = broadcast %10683 : f32[8,24] @ models/lib/nn.yaml:79:7
%10685 = mul %151, %10684 : f32[8,24] @ models/lib/nn.yaml:79:7
%10686 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10687 = sub %10686, %3232 : f64[] @ models/lib/nn.yaml:79:7
%10688 = cast %10687 : f32[] @ models/lib/nn.yaml:79:7
%10689 = broadcast %10688 : f32[8,24] @ models/lib/nn.yaml:79:7
%10690 = mul %10678, %10689 : f32[8,24] @ models/lib/nn.yaml:79:7
%10691 = add %10685, %10690 : f32[8,24] @ models/lib/nn.yaml:79:7
%10692 = assign %151, %10691 : f32[8,24] @ models/lib/nn.yaml:79:7
%10693 = all_reduce_sum %4317 : f32[8] @ models/lib/nn.yaml:80:7
%10694 = reshape %10693 : f32[8] @ models/lib/nn.yaml:80:7
%10695 = mul %10694, %10694 : f32[8] @ models/lib/nn.yaml:80:7
%10696 = reduce_sum %10695 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10697 = sqrt %10696 : f32[] @ models/lib/nn.yaml:80:7
%10698 = cast %10697 : f64[] @ models/lib/nn.yaml:80:7
%10699 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%10700 = add %10698, %10699 : f64[] @ models/lib/nn.yaml:80:7
%10701 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%10702 = div %10701, %10700 : f64[] @ models/lib/nn.yaml:80:7
%10703 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10704 = lt %10702, %10703 : bool[] @ models/lib/nn.yaml:80:7
%10705 = cast %10702 : f32[] @ models/lib/nn.yaml:80:7
%10706 = broadcast %10705 : f32[8] @ models/lib/nn.yaml:80:7
%10707 = mul %10693, %10706 : f32[8] @ models/lib/nn.yaml:80:7
%10708 = broadcast %10704 : bool[8] @ models/lib/nn.yaml:80:7
%10709 = select %10708, %10707, %10693 : f32[8] @ models/lib/nn.yaml:80:7
%10710 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10711 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10712 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10713 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%10714 = add %10712, %10713 : i64[] @ models/lib/nn.yaml:80:7
%10715 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%10716 = cast %10715 : f32[] @ models/lib/nn.yaml:80:7
%10717 = broadcast %10716 : f32[8] @ models/lib/nn.yaml:80:7
%10718 = mul %10709, %10717 : f32[8] @ models/lib/nn.yaml:80:7
%10719 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10720 = cast %10719 : f32[] @ models/lib/nn.yaml:80:7
%10721 = broadcast %10720 : f32[8] @ models/lib/nn.yaml:80:7
%10722 = mul %10710, %10721 : f32[8] @ models/lib/nn.yaml:80:7
%10723 = add %10722, %10718 : f32[8] @ models/lib/nn.yaml:80:7
%10724 = mul %10709, %10709 : f32[8] @ models/lib/nn.yaml:80:7
%10725 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%10726 = cast %10725 : f32[] @ models/lib/nn.yaml:80:7
%10727 = broadcast %10726 : f32[8] @ models/lib/nn.yaml:80:7
%10728 = mul %10724, %10727 : f32[8] @ models/lib/nn.yaml:80:7
%10729 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10730 = cast %10729 : f32[] @ models/lib/nn.yaml:80:7
%10731 = broadcast %10730 : f32[8] @ models/lib/nn.yaml:80:7
%10732 = mul %10711, %10731 : f32[8] @ models/lib/nn.yaml:80:7
%10733 = add %10732, %10728 : f32[8] @ models/lib/nn.yaml:80:7
%10734 = cast %10714 : f64[] @ models/lib/nn.yaml:80:7
%10735 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10736 = pow %10735, %10734 : f64[] @ models/lib/nn.yaml:80:7
%10737 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10738 = sub %10737, %10736 : f64[] @ models/lib/nn.yaml:80:7
%10739 = div %3230, %10738 : f64[] @ models/lib/nn.yaml:80:7
%10740 = cast %10714 : f64[] @ models/lib/nn.yaml:80:7
%10741 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10742 = pow %10741, %10740 : f64[] @ models/lib/nn.yaml:80:7
%10743 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10744 = sub %10743, %10742 : f64[] @ models/lib/nn.yaml:80:7
%10745 = sqrt %10744 : f64[] @ models/lib/nn.yaml:80:7
%10746 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10747 = div %10746, %10745 : f64[] @ models/lib/nn.yaml:80:7
%10748 = sqrt %10733 : f32[8] @ models/lib/nn.yaml:80:7
%10749 = cast %10747 : f32[] @ models/lib/nn.yaml:80:7
%10750 = broadcast %10749 : f32[8] @ models/lib/nn.yaml:80:7
%10751 = mul %10748, %10750 : f32[8] @ models/lib/nn.yaml:80:7
%10752 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%10753 = cast %10752 : f32[] @ models/lib/nn.yaml:80:7
%10754 = broadcast %10753 : f32[8] @ models/lib/nn.yaml:80:7
%10755 = add %10751, %10754 : f32[8] @ models/lib/nn.yaml:80:7
%10756 = div %10723, %10755 : f32[8] @ models/lib/nn.yaml:80:7
%10757 = cast %10739 : f32[] @ models/lib/nn.yaml:80:7
%10758 = broadcast %10757 : f32[8] @ models/lib/nn.yaml:80:7
%10759 = mul %10756, %10758 : f32[8] @ models/lib/nn.yaml:80:7
%10760 = sub %74, %10759 : f32[8] @ models/lib/nn.yaml:80:7
%10761 = assign %74, %10760 : f32[8] @ models/lib/nn.yaml:80:7
%10762 = assign %10710, %10723 : f32[8] @ models/lib/nn.yaml:80:7
%10763 = assign %10711, %10733 : f32[8] @ models/lib/nn.yaml:80:7
%10764 = assign %10712, %10714 : i64[] @ models/lib/nn.yaml:80:7
%10765 = cast %3232 : f32[] @ models/lib/nn.yaml:80:7
%10766 = broadcast %10765 : f32[8] @ models/lib/nn.yaml:80:7
%10767 = mul %152, %10766 : f32[8] @ models/lib/nn.yaml:80:7
%10768 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10769 = sub %10768, %3232 : f64[] @ models/lib/nn.yaml:80:7
%10770 = cast %10769 : f32[] @ models/lib/nn.yaml:80:7
%10771 = broadcast %10770 : f32[8] @ models/lib/nn.yaml:80:7
%10772 = mul %10760, %10771 : f32[8] @ models/lib/nn.yaml:80:7
%10773 = add %10767, %10772 : f32[8] @ models/lib/nn.yaml:80:7
%10774 = assign %152, %10773 : f32[8] @ models/lib/nn.yaml:80:7
%10775 = cast %3232 : f32[] @ models/lib/dino.yaml:18:7
%10776 = broadcast %10775 : f32[32,1] @ models/lib/dino.yaml:18:7
%10777 = mul %153, %10776 : f32[32,1] @ models/lib/dino.yaml:18:7
%10778 = const data=[1] : f64[] @ models/lib/dino.yaml:18:7
%10779 = sub %10778, %3232 : f64[] @ models/lib/dino.yaml:18:7
%10780 = cast %10779 : f32[] @ models/lib/dino.yaml:18:7
%10781 = broadcast %10780 : f32[32,1] @ models/lib/dino.yaml:18:7
%10782 = mul %75, %10781 : f32[32,1] @ models/lib/dino.yaml:18:7
%10783 = add %10777, %10782 : f32[32,1] @ models/lib/dino.yaml:18:7
%10784 = assign %153, %10783 : f32[32,1] @ models/lib/dino.yaml:18:7
%10785 = all_reduce_sum %4292 : f32[32,8] @ models/lib/dino.yaml:19:7
%10786 = reshape %10785 : f32[256] @ models/lib/dino.yaml:19:7
%10787 = mul %10786, %10786 : f32[256] @ models/lib/dino.yaml:19:7
%10788 = reduce_sum %10787 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%10789 = sqrt %10788 : f32[] @ models/lib/dino.yaml:19:7
%10790 = cast %10789 : f64[] @ models/lib/dino.yaml:19:7
%10791 = const data=[1e-06] : f64[] @ models/lib/dino.yaml:19:7
%10792 = add %10790, %10791 : f64[] @ models/lib/dino.yaml:19:7
%10793 = const data=[3] : f64[] @ models/lib/dino.yaml:19:7
%10794 = div %10793, %10792 : f64[] @ models/lib/dino.yaml:19:7
%10795 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%10796 = lt %10794, %10795 : bool[] @ models/lib/dino.yaml:19:7
%10797 = cast %10794 : f32[] @ models/lib/dino.yaml:19:7
%10798 = broadcast %10797 : f32[32,8] @ models/lib/dino.yaml:19:7
%10799 = mul %10785, %10798 : f32[32,8] @ models/lib/dino.yaml:19:7
%10800 = broadcast %10796 : bool[32,8] @ models/lib/dino.yaml:19:7
%10801 = select %10800, %10799, %10785 : f32[32,8] @ models/lib/dino.yaml:19:7
%10802 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%10803 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%10804 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%10805 = const data=[1] : i64[] @ models/lib/dino.yaml:19:7
%10806 = add %10804, %10805 : i64[] @ models/lib/dino.yaml:19:7
%10807 = mul %3230, %3231 : f64[] @ models/lib/dino.yaml:19:7
%10808 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%10809 = sub %10808, %10807 : f64[] @ models/lib/dino.yaml:19:7
%10810 = cast %10809 : f32[] @ models/lib/dino.yaml:19:7
%10811 = broadcast %10810 : f32[32,8] @ models/lib/dino.yaml:19:7
%10812 = mul %76, %10811 : f32[32,8] @ models/lib/dino.yaml:19:7
%10813 = const data=[0.09999999999999998] : f64[] @ models/lib/dino.yaml:19:7
%10814 = cast %10813 : f32[] @ models/lib/dino.yaml:19:7
%10815 = broadcast %10814 : f32[32,8] @ models/lib/dino.yaml:19:7
%10816 = mul %10801, %10815 : f32[32,8] @ models/lib/dino.yaml:19:7
%10817 = const data=[0.9] : f64[] @ models/lib/dino.yaml:19:7
%10818 = cast %10817 : f32[] @ models/lib/dino.yaml:19:7
%10819 = broadcast %10818 : f32[32,8] @ models/lib/dino.yaml:19:7
%10820 = mul %10802, %10819 : f32[32,8] @ models/lib/dino.yaml:19:7
%10821 = add %10820, %10816 : f32[32,8] @ models/lib/dino.yaml:19:7
%10822 = mul %10801, %10801 : f32[32,8] @ models/lib/dino.yaml:19:7
%10823 = const data=[0.0010000000000000009] : f64[] @ models/lib/dino.yaml:19:7
%10824 = cast %10823 : f32[] @ models/lib/dino.yaml:19:7
%10825 = broadcast %10824 : f32[32,8] @ models/lib/dino.yaml:19:7
%10826 = mul %10822, %10825 : f32[32,8] @ models/lib/dino.yaml:19:7
%10827 = const data=[0.999] : f64[] @ models/lib/dino.yaml:19:7
%10828 = cast %10827 : f32[] @ models/lib/dino.yaml:19:7
%10829 = broadcast %10828 : f32[32,8] @ models/lib/dino.yaml:19:7
%10830 = mul %10803, %10829 : f32[32,8] @ models/lib/dino.yaml:19:7
%10831 = add %10830, %10826 : f32[32,8] @ models/lib/dino.yaml:19:7
%10832 = cast %10806 : f64[] @ models/lib/dino.yaml:19:7
%10833 = const data=[0.9] : f64[] @ models/lib/dino.yaml:19:7
%10834 = pow %10833, %10832 : f64[] @ models/lib/dino.yaml:19:7
%10835 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%10836 = sub %10835, %10834 : f64[] @ models/lib/dino.yaml:19:7
%10837 = div %3230, %10836 : f64[] @ models/lib/dino.yaml:19:7
%10838 = cast %10806 : f64[] @ models/lib/dino.yaml:19:7
%10839 = const data=[0.999] : f64[] @ models/lib/dino.yaml:19:7
%10840 = pow %10839, %10838 : f64[] @ models/lib/dino.yaml:19:7
%10841 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%10842 = sub %10841, %10840 : f64[] @ models/lib/dino.yaml:19:7
%10843 = sqrt %10842 : f64[] @ models/lib/dino.yaml:19:7
%10844 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%10845 = div %10844, %10843 : f64[] @ models/lib/dino.yaml:19:7
%10846 = sqrt %10831 : f32[32,8] @ models/lib/dino.yaml:19:7
%10847 = cast %10845 : f32[] @ models/lib/dino.yaml:19:7
%10848 = broadcast %10847 : f32[32,8] @ models/lib/dino.yaml:19:7
%10849 = mul %10846, %10848 : f32[32,8] @ models/lib/dino.yaml:19:7
%10850 = const data=[1e-08] : f64[] @ models/lib/dino.yaml:19:7
%10851 = cast %10850 : f32[] @ models/lib/dino.yaml:19:7
%10852 = broadcast %10851 : f32[32,8] @ models/lib/dino.yaml:19:7
%10853 = add %10849, %10852 : f32[32,8] @ models/lib/dino.yaml:19:7
%10854 = div %10821, %10853 : f32[32,8] @ models/lib/dino.yaml:19:7
%10855 = cast %10837 : f32[] @ models/lib/dino.yaml:19:7
%10856 = broadcast %10855 : f32[32,8] @ models/lib/dino.yaml:19:7
%10857 = mul %10854, %10856 : f32[32,8] @ models/lib/dino.yaml:19:7
%10858 = sub %10812, %10857 : f32[32,8] @ models/lib/dino.yaml:19:7
%10859 = const data=[1] : i64[] @ models/lib/dino.yaml:19:7
%10860 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%10861 = lt %10860, %10859 : bool[] @ models/lib/dino.yaml:19:7
%10862 = broadcast %10861 : bool[32,8] @ models/lib/dino.yaml:19:7
%10863 = select %10862, %76, %10858 : f32[32,8] @ models/lib/dino.yaml:19:7
%10864 = broadcast %10861 : bool[32,8] @ models/lib/dino.yaml:19:7
%10865 = select %10864, %10802, %10821 : f32[32,8] @ models/lib/dino.yaml:19:7
%10866 = broadcast %10861 : bool[32,8] @ models/lib/dino.yaml:19:7
%10867 = select %10866, %10803, %10831 : f32[32,8] @ models/lib/dino.yaml:19:7
%10868 = select %10861, %10804, %10806 : i64[] @ models/lib/dino.yaml:19:7
%10869 = assign %76, %10863 : f32[32,8] @ models/lib/dino.yaml:19:7
%10870 = assign %10802, %10865 : f32[32,8] @ models/lib/dino.yaml:19:7
%10871 = assign %10803, %10867 : f32[32,8] @ models/lib/dino.yaml:19:7
%10872 = assign %10804, %10868 : i64[] @ models/lib/dino.yaml:19:7
%10873 = cast %3232 : f32[] @ models/lib/dino.yaml:19:7
%10874 = broadcast %10873 : f32[32,8] @ models/lib/dino.yaml:19:7
%10875 = mul %154, %10874 : f32[32,8] @ models/lib/dino.yaml:19:7
%10876 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%10877 = sub %10876, %3232 : f64[] @ models/lib/dino.yaml:19:7
%10878 = cast %10877 : f32[] @ models/lib/dino.yaml:19:7
%10879 = broadcast %10878 : f32[32,8] @ models/lib/dino.yaml:19:7
%10880 = mul %10863, %10879 : f32[32,8] @ models/lib/dino.yaml:19:7
%10881 = add %10875, %10880 : f32[32,8] @ models/lib/dino.yaml:19:7
%10882 = assign %154, %10881 : f32[32,8] @ models/lib/dino.yaml:19:7
%10883 = all_reduce_sum %4272 : f32[24,16] @ models/lib/nn.yaml:79:7
%10884 = reshape %10883 : f32[384] @ models/lib/nn.yaml:79:7
%10885 = mul %10884, %10884 : f32[384] @ models/lib/nn.yaml:79:7
%10886 = reduce_sum %10885 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10887 = sqrt %10886 : f32[] @ models/lib/nn.yaml:79:7
%10888 = cast %10887 : f64[] @ models/lib/nn.yaml:79:7
%10889 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%10890 = add %10888, %10889 : f64[] @ models/lib/nn.yaml:79:7
%10891 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%10892 = div %10891, %10890 : f64[] @ models/lib/nn.yaml:79:7
%10893 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10894 = lt %10892, %10893 : bool[] @ models/lib/nn.yaml:79:7
%10895 = cast %10892 : f32[] @ models/lib/nn.yaml:79:7
%10896 = broadcast %10895 : f32[24,16] @ models/lib/nn.yaml:79:7
%10897 = mul %10883, %10896 : f32[24,16] @ models/lib/nn.yaml:79:7
%10898 = broadcast %10894 : bool[24,16] @ models/lib/nn.yaml:79:7
%10899 = select %10898, %10897, %10883 : f32[24,16] @ models/lib/nn.yaml:79:7
%10900 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%10901 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%10902 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10903 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%10904 = add %10902, %10903 : i64[] @ models/lib/nn.yaml:79:7
%10905 = mul %3230, %3231 : f64[] @ models/lib/nn.yaml:79:7
%10906 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10907 = sub %10906, %10905 : f64[] @ models/lib/nn.yaml:79:7
%10908 = cast %10907 : f32[] @ models/lib/nn.yaml:79:7
%10909 = broadcast %10908 : f32[24,16] @ models/lib/nn.yaml:79:7
%10910 = mul %77, %10909 : f32[24,16] @ models/lib/nn.yaml:79:7
%10911 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%10912 = cast %10911 : f32[] @ models/lib/nn.yaml:79:7
%10913 = broadcast %10912 : f32[24,16] @ models/lib/nn.yaml:79:7
%10914 = mul %10899, %10913 : f32[24,16] @ models/lib/nn.yaml:79:7
%10915 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10916 = cast %10915 : f32[] @ models/lib/nn.yaml:79:7
%10917 = broadcast %10916 : f32[24,16] @ models/lib/nn.yaml:79:7
%10918 = mul %10900, %10917 : f32[24,16] @ models/lib/nn.yaml:79:7
%10919 = add %10918, %10914 : f32[24,16] @ models/lib/nn.yaml:79:7
%10920 = mul %10899, %10899 : f32[24,16] @ models/lib/nn.yaml:79:7
%10921 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%10922 = cast %10921 : f32[] @ models/lib/nn.yaml:79:7
%10923 = broadcast %10922 : f32[24,16] @ models/lib/nn.yaml:79:7
%10924 = mul %10920, %10923 : f32[24,16] @ models/lib/nn.yaml:79:7
%10925 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10926 = cast %10925 : f32[] @ models/lib/nn.yaml:79:7
%10927 = broadcast %10926 : f32[24,16] @ models/lib/nn.yaml:79:7
%10928 = mul %10901, %10927 : f32[24,16] @ models/lib/nn.yaml:79:7
%10929 = add %10928, %10924 : f32[24,16] @ models/lib/nn.yaml:79:7
%10930 = cast %10904 : f64[] @ models/lib/nn.yaml:79:7
%10931 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10932 = pow %10931, %10930 : f64[] @ models/lib/nn.yaml:79:7
%10933 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10934 = sub %10933, %10932 : f64[] @ models/lib/nn.yaml:79:7
%10935 = div %3230, %10934 : f64[] @ models/lib/nn.yaml:79:7
%10936 = cast %10904 : f64[] @ models/lib/nn.yaml:79:7
%10937 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10938 = pow %10937, %10936 : f64[] @ models/lib/nn.yaml:79:7
%10939 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10940 = sub %10939, %10938 : f64[] @ models/lib/nn.yaml:79:7
%10941 = sqrt %10940 : f64[] @ models/lib/nn.yaml:79:7
%10942 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10943 = div %10942, %10941 : f64[] @ models/lib/nn.yaml:79:7
%10944 = sqrt %10929 : f32[24,16] @ models/lib/nn.yaml:79:7
%10945 = cast %10943 : f32[] @ models/lib/nn.yaml:79:7
%10946 = broadcast %10945 : f32[24,16] @ models/lib/nn.yaml:79:7
%10947 = mul %10944, %10946 : f32[24,16] @ models/lib/nn.yaml:79:7
%10948 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%10949 = cast %10948 : f32[] @ models/lib/nn.yaml:79:7
%10950 = broadcast %10949 : f32[24,16] @ models/lib/nn.yaml:79:7
%10951 = add %10947, %10950 : f32[24,16] @ models/lib/nn.yaml:79:7
%10952 = div %10919, %10951 : f32[24,16] @ models/lib/nn.yaml:79:7
%10953 = cast %10935 : f32[] @ models/lib/nn.yaml:79:7
%10954 = broadcast %10953 : f32[24,16] @ models/lib/nn.yaml:79:7
%10955 = mul %10952, %10954 : f32[24,16] @ models/lib/nn.yaml:79:7
%10956 = sub %10910, %10955 : f32[24,16] @ models/lib/nn.yaml:79:7
%10957 = assign %77, %10956 : f32[24,16] @ models/lib/nn.yaml:79:7
%10958 = assign %10900, %10919 : f32[24,16] @ models/lib/nn.yaml:79:7
%10959 = assign %10901, %10929 : f32[24,16] @ models/lib/nn.yaml:79:7
%10960 = assign %10902, %10904 : i64[] @ models/lib/nn.yaml:79:7
%10961 = cast %3232 : f32[] @ models/lib/nn.yaml:79:7
%10962 = broadcast %10961 : f32[24,16] @ models/lib/nn.yaml:79:7
%10963 = mul %155, %10962 : f32[24,16] @ models/lib/nn.yaml:79:7
%10964 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10965 = sub %10964, %3232 : f64[] @ models/lib/nn.yaml:79:7
%10966 = cast %10965 : f32[] @ models/lib/nn.yaml:79:7
%10967 = broadcast %10966 : f32[24,16] @ models/lib/nn.yaml:79:7
%10968 = mul %10956, %10967 : f32[24,16] @ models/lib/nn.yaml:79:7
%10969 = add %10963, %10968 : f32[24,16] @ models/lib/nn.yaml:79:7
%10970 = assign %155, %10969 : f32[24,16] @ models/lib/nn.yaml:79:7
%10971 = all_reduce_sum %4267 : f32[24] @ models/lib/nn.yaml:80:7
%10972 = reshape %10971 : f32[24] @ models/lib/nn.yaml:80:7
%10973 = mul %10972, %10972 : f32[24] @ models/lib/nn.yaml:80:7
%10974 = reduce_sum %10973 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10975 = sqrt %10974 : f32[] @ models/lib/nn.yaml:80:7
%10976 = cast %10975 : f64[] @ models/lib/nn.yaml:80:7
%10977 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%10978 = add %10976, %10977 : f64[] @ models/lib/nn.yaml:80:7
%10979 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%10980 = div %10979, %10978 : f64[] @ models/lib/nn.yaml:80:7
%10981 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10982 = lt %10980, %10981 : bool[] @ models/lib/nn.yaml:80:7
%10983 = cast %10980 : f32[] @ models/lib/nn.yaml:80:7
%10984 = broadcast %10983 : f32[24] @ models/lib/nn.yaml:80:7
%10985 = mul %10971, %10984 : f32[24] @ models/lib/nn.yaml:80:7
%10986 = broadcast %10982 : bool[24] @ models/lib/nn.yaml:80:7
%10987 = select %10986, %10985, %10971 : f32[24] @ models/lib/nn.yaml:80:7
%10988 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10989 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10990 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10991 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%10992 = add %10990, %10991 : i64[] @ models/lib/nn.yaml:80:7
%10993 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%10994 = cast %10993 : f32[] @ models/lib/nn.yaml:80:7
%10995 = broadcast %10994 : f32[24] @ models/lib/nn.yaml:80:7
%10996 = mul %10987, %10995 : f32[24] @ models/lib/nn.yaml:80:7
%10997 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10998 = cast %10997 : f32[] @ models/lib/nn.yaml:80:7
%10999 = broadcast %10998 : f32[24] @ models/lib/nn.yaml:80:7
%11000 = mul %10988, %10999 : f32[24] @ models/lib/nn.yaml:80:7
%11001 = add %11000, %10996 : f32[24] @ models/lib/nn.yaml:80:7
%11002 = mul %10987, %10987 : f32[24] @ models/lib/nn.yaml:80:7
%11003 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%11004 = cast %11003 : f32[] @ models/lib/nn.yaml:80:7
%11005 = broadcast %11004 : f32[24] @ models/lib/nn.yaml:80:7
%11006 = mul %11002, %11005 : f32[24] @ models/lib/nn.yaml:80:7
%11007 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%11008 = cast %11007 : f32[] @ models/lib/nn.yaml:80:7
%11009 = broadcast %11008 : f32[24] @ models/lib/nn.yaml:80:7
%11010 = mul %10989, %11009 : f32[24] @ models/lib/nn.yaml:80:7
%11011 = add %11010, %11006 : f32[24] @ models/lib/nn.yaml:80:7
%11012 = cast %10992 : f64[] @ models/lib/nn.yaml:80:7
%11013 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%11014 = pow %11013, %11012 : f64[] @ models/lib/nn.yaml:80:7
%11015 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11016 = sub %11015, %11014 : f64[] @ models/lib/nn.yaml:80:7
%11017 = div %3230, %11016 : f64[] @ models/lib/nn.yaml:80:7
%11018 = cast %10992 : f64[] @ models/lib/nn.yaml:80:7
%11019 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%11020 = pow %11019, %11018 : f64[] @ models/lib/nn.yaml:80:7
%11021 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11022 = sub %11021, %11020 : f64[] @ models/lib/nn.yaml:80:7
%11023 = sqrt %11022 : f64[] @ models/lib/nn.yaml:80:7
%11024 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11025 = div %11024, %11023 : f64[] @ models/lib/nn.yaml:80:7
%11026 = sqrt %11011 : f32[24] @ models/lib/nn.yaml:80:7
%11027 = cast %11025 : f32[] @ models/lib/nn.yaml:80:7
%11028 = broadcast %11027 : f32[24] @ models/lib/nn.yaml:80:7
%11029 = mul %11026, %11028 : f32[24] @ models/lib/nn.yaml:80:7
%11030 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%11031 = cast %11030 : f32[] @ models/lib/nn.yaml:80:7
%11032 = broadcast %11031 : f32[24] @ models/lib/nn.yaml:80:7
%11033 = add %11029, %11032 : f32[24] @ models/lib/nn.yaml:80:7
%11034 = div %11001, %11033 : f32[24] @ models/lib/nn.yaml:80:7
%11035 = cast %11017 : f32[] @ models/lib/nn.yaml:80:7
%11036 = broadcast %11035 : f32[24] @ models/lib/nn.yaml:80:7
%11037 = mul %11034, %11036 : f32[24] @ models/lib/nn.yaml:80:7
%11038 = sub %78, %11037 : f32[24] @ models/lib/nn.yaml:80:7
%11039 = assign %78, %11038 : f32[24] @ models/lib/nn.yaml:80:7
%11040 = assign %10988, %11001 : f32[24] @ models/lib/nn.yaml:80:7
%11041 = assign %10989, %11011 : f32[24] @ models/lib/nn.yaml:80:7
%11042 = assign %10990, %10992 : i64[] @ models/lib/nn.yaml:80:7
%11043 = cast %3232 : f32[] @ models/lib/nn.yaml:80:7
%11044 = broadcast %11043 : f32[24] @ models/lib/nn.yaml:80:7
%11045 = mul %156, %11044 : f32[24] @ models/lib/nn.yaml:80:7
%11046 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11047 = sub %11046, %3232 : f64[] @ models/lib/nn.yaml:80:7
%11048 = cast %11047 : f32[] @ models/lib/nn.yaml:80:7
%11049 = broadcast %11048 : f32[24] @ models/lib/nn.yaml:80:7
%11050 = mul %11038, %11049 : f32[24] @ models/lib/nn.yaml:80:7
%11051 = add %11045, %11050 : f32[24] @ models/lib/nn.yaml:80:7
%11052 = assign %156, %11051 : f32[24] @ models/lib/nn.yaml:80:7
%11053 = all_reduce_sum %4252 : f32[24,24] @ models/lib/nn.yaml:79:7
%11054 = reshape %11053 : f32[576] @ models/lib/nn.yaml:79:7
%11055 = mul %11054, %11054 : f32[576] @ models/lib/nn.yaml:79:7
%11056 = reduce_sum %11055 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%11057 = sqrt %11056 : f32[] @ models/lib/nn.yaml:79:7
%11058 = cast %11057 : f64[] @ models/lib/nn.yaml:79:7
%11059 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%11060 = add %11058, %11059 : f64[] @ models/lib/nn.yaml:79:7
%11061 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%11062 = div %11061, %11060 : f64[] @ models/lib/nn.yaml:79:7
%11063 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11064 = lt %11062, %11063 : bool[] @ models/lib/nn.yaml:79:7
%11065 = cast %11062 : f32[] @ models/lib/nn.yaml:79:7
%11066 = broadcast %11065 : f32[24,24] @ models/lib/nn.yaml:79:7
%11067 = mul %11053, %11066 : f32[24,24] @ models/lib/nn.yaml:79:7
%11068 = broadcast %11064 : bool[24,24] @ models/lib/nn.yaml:79:7
%11069 = select %11068, %11067, %11053 : f32[24,24] @ models/lib/nn.yaml:79:7
%11070 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%11071 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%11072 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%11073 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%11074 = add %11072, %11073 : i64[] @ models/lib/nn.yaml:79:7
%11075 = mul %3230, %3231 : f64[] @ models/lib/nn.yaml:79:7
%11076 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11077 = sub %11076, %11075 : f64[] @ models/lib/nn.yaml:79:7
%11078 = cast %11077 : f32[] @ models/lib/nn.yaml:79:7
%11079 = broadcast %11078 : f32[24,24] @ models/lib/nn.yaml:79:7
%11080 = mul %79, %11079 : f32[24,24] @ models/lib/nn.yaml:79:7
%11081 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%11082 = cast %11081 : f32[] @ models/lib/nn.yaml:79:7
%11083 = broadcast %11082 : f32[24,24] @ models/lib/nn.yaml:79:7
%11084 = mul %11069, %11083 : f32[24,24] @ models/lib/nn.yaml:79:7
%11085 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%11086 = cast %11085 : f32[] @ models/lib/nn.yaml:79:7
%11087 = broadcast %11086 : f32[24,24] @ models/lib/nn.yaml:79:7
%11088 = mul %11070, %11087 : f32[24,24] @ models/lib/nn.yaml:79:7
%11089 = add %11088, %11084 : f32[24,24] @ models/lib/nn.yaml:79:7
%11090 = mul %11069, %11069 : f32[24,24] @ models/lib/nn.yaml:79:7
%11091 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%11092 = cast %11091 : f32[] @ models/lib/nn.yaml:79:7
%11093 = broadcast %11092 : f32[24,24] @ models/lib/nn.yaml:79:7
%11094 = mul %11090, %11093 : f32[24,24] @ models/lib/nn.yaml:79:7
%11095 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%11096 = cast %11095 : f32[] @ models/lib/nn.yaml:79:7
%11097 = broadcast %11096 : f32[24,24] @ models/lib/nn.yaml:79:7
%11098 = mul %11071, %11097 : f32[24,24] @ models/lib/nn.yaml:79:7
%11099 = add %11098, %11094 : f32[24,24] @ models/lib/nn.yaml:79:7
%11100 = cast %11074 : f64[] @ models/lib/nn.yaml:79:7
%11101 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%11102 = pow %11101, %11100 : f64[] @ models/lib/nn.yaml:79:7
%11103 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11104 = sub %11103, %11102 : f64[] @ models/lib/nn.yaml:79:7
%11105 = div %3230, %11104 : f64[] @ models/lib/nn.yaml:79:7
%11106 = cast %11074 : f64[] @ models/lib/nn.yaml:79:7
%11107 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%11108 = pow %11107, %11106 : f64[] @ models/lib/nn.yaml:79:7
%11109 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11110 = sub %11109, %11108 : f64[] @ models/lib/nn.yaml:79:7
%11111 = sqrt %11110 : f64[] @ models/lib/nn.yaml:79:7
%11112 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11113 = div %11112, %11111 : f64[] @ models/lib/nn.yaml:79:7
%11114 = sqrt %11099 : f32[24,24] @ models/lib/nn.yaml:79:7
%11115 = cast %11113 : f32[] @ models/lib/nn.yaml:79:7
%11116 = broadcast %11115 : f32[24,24] @ models/lib/nn.yaml:79:7
%11117 = mul %11114, %11116 : f32[24,24] @ models/lib/nn.yaml:79:7
%11118 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%11119 = cast %11118 : f32[] @ models/lib/nn.yaml:79:7
%11120 = broadcast %11119 : f32[24,24] @ models/lib/nn.yaml:79:7
%11121 = add %11117, %11120 : f32[24,24] @ models/lib/nn.yaml:79:7
%11122 = div %11089, %11121 : f32[24,24] @ models/lib/nn.yaml:79:7
%11123 = cast %11105 : f32[] @ models/lib/nn.yaml:79:7
%11124 = broadcast %11123 : f32[24,24] @ models/lib/nn.yaml:79:7
%11125 = mul %11122, %11124 : f32[24,24] @ models/lib/nn.yaml:79:7
%11126 = sub %11080, %11125 : f32[24,24] @ models/lib/nn.yaml:79:7
%11127 = assign %79, %11126 : f32[24,24] @ models/lib/nn.yaml:79:7
%11128 = assign %11070, %11089 : f32[24,24] @ models/lib/nn.yaml:79:7
%11129 = assign %11071, %11099 : f32[24,24] @ models/lib/nn.yaml:79:7
%11130 = assign %11072, %11074 : i64[] @ models/lib/nn.yaml:79:7
%11131 = cast %3232 : f32[] @ models/lib/nn.yaml:79:7
%11132 = broadcast %11131 : f32[24,24] @ models/lib/nn.yaml:79:7
%11133 = mul %157, %11132 : f32[24,24] @ models/lib/nn.yaml:79:7
%11134 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11135 = sub %11134, %3232 : f64[] @ models/lib/nn.yaml:79:7
%11136 = cast %11135 : f32[] @ models/lib/nn.yaml:79:7
%11137 = broadcast %11136 : f32[24,24] @ models/lib/nn.yaml:79:7
%11138 = mul %11126, %11137 : f32[24,24] @ models/lib/nn.yaml:79:7
%11139 = add %11133, %11138 : f32[24,24] @ models/lib/nn.yaml:79:7
%11140 = assign %157, %11139 : f32[24,24] @ models/lib/nn.yaml:79:7
%11141 = all_reduce_sum %4247 : f32[24] @ models/lib/nn.yaml:80:7
%11142 = reshape %11141 : f32[24] @ models/lib/nn.yaml:80:7
%11143 = mul %11142, %11142 : f32[24] @ models/lib/nn.yaml:80:7
%11144 = reduce_sum %11143 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%11145 = sqrt %11144 : f32[] @ models/lib/nn.yaml:80:7
%11146 = cast %11145 : f64[] @ models/lib/nn.yaml:80:7
%11147 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%11148 = add %11146, %11147 : f64[] @ models/lib/nn.yaml:80:7
%11149 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%11150 = div %11149, %11148 : f64[] @ models/lib/nn.yaml:80:7
%11151 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11152 = lt %11150, %11151 : bool[] @ models/lib/nn.yaml:80:7
%11153 = cast %11150 : f32[] @ models/lib/nn.yaml:80:7
%11154 = broadcast %11153 : f32[24] @ models/lib/nn.yaml:80:7
%11155 = mul %11141, %11154 : f32[24] @ models/lib/nn.yaml:80:7
%11156 = broadcast %11152 : bool[24] @ models/lib/nn.yaml:80:7
%11157 = select %11156, %11155, %11141 : f32[24] @ models/lib/nn.yaml:80:7
%11158 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%11159 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%11160 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%11161 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%11162 = add %11160, %11161 : i64[] @ models/lib/nn.yaml:80:7
%11163 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%11164 = cast %11163 : f32[] @ models/lib/nn.yaml:80:7
%11165 = broadcast %11164 : f32[24] @ models/lib/nn.yaml:80:7
%11166 = mul %11157, %11165 : f32[24] @ models/lib/nn.yaml:80:7
%11167 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%11168 = cast %11167 : f32[] @ models/lib/nn.yaml:80:7
%11169 = broadcast %11168 : f32[24] @ models/lib/nn.yaml:80:7
%11170 = mul %11158, %11169 : f32[24] @ models/lib/nn.yaml:80:7
%11171 = add %11170, %11166 : f32[24] @ models/lib/nn.yaml:80:7
%11172 = mul %11157, %11157 : f32[24] @ models/lib/nn.yaml:80:7
%11173 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%11174 = cast %11173 : f32[] @ models/lib/nn.yaml:80:7
%11175 = broadcast %11174 : f32[24] @ models/lib/nn.yaml:80:7
%11176 = mul %11172, %11175 : f32[24] @ models/lib/nn.yaml:80:7
%11177 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%11178 = cast %11177 : f32[] @ models/lib/nn.yaml:80:7
%11179 = broadcast %11178 : f32[24] @ models/lib/nn.yaml:80:7
%11180 = mul %11159, %11179 : f32[24] @ models/lib/nn.yaml:80:7
%11181 = add %11180, %11176 : f32[24] @ models/lib/nn.yaml:80:7
%11182 = cast %11162 : f64[] @ models/lib/nn.yaml:80:7
%11183 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%11184 = pow %11183, %11182 : f64[] @ models/lib/nn.yaml:80:7
%11185 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11186 = sub %11185, %11184 : f64[] @ models/lib/nn.yaml:80:7
%11187 = div %3230, %11186 : f64[] @ models/lib/nn.yaml:80:7
%11188 = cast %11162 : f64[] @ models/lib/nn.yaml:80:7
%11189 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%11190 = pow %11189, %11188 : f64[] @ models/lib/nn.yaml:80:7
%11191 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11192 = sub %11191, %11190 : f64[] @ models/lib/nn.yaml:80:7
%11193 = sqrt %11192 : f64[] @ models/lib/nn.yaml:80:7
%11194 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11195 = div %11194, %11193 : f64[] @ models/lib/nn.yaml:80:7
%11196 = sqrt %11181 : f32[24] @ models/lib/nn.yaml:80:7
%11197 = cast %11195 : f32[] @ models/lib/nn.yaml:80:7
%11198 = broadcast %11197 : f32[24] @ models/lib/nn.yaml:80:7
%11199 = mul %11196, %11198 : f32[24] @ models/lib/nn.yaml:80:7
%11200 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%11201 = cast %11200 : f32[] @ models/lib/nn.yaml:80:7
%11202 = broadcast %11201 : f32[24] @ models/lib/nn.yaml:80:7
%11203 = add %11199, %11202 : f32[24] @ models/lib/nn.yaml:80:7
%11204 = div %11171, %11203 : f32[24] @ models/lib/nn.yaml:80:7
%11205 = cast %11187 : f32[] @ models/lib/nn.yaml:80:7
%11206 = broadcast %11205 : f32[24] @ models/lib/nn.yaml:80:7
%11207 = mul %11204, %11206 : f32[24] @ models/lib/nn.yaml:80:7
%11208 = sub %80, %11207 : f32[24] @ models/lib/nn.yaml:80:7
%11209 = assign %80, %11208 : f32[24] @ models/lib/nn.yaml:80:7
%11210 = assign %11158, %11171 : f32[24] @ models/lib/nn.yaml:80:7
%11211 = assign %11159, %11181 : f32[24] @ models/lib/nn.yaml:80:7
%11212 = assign %11160, %11162 : i64[] @ models/lib/nn.yaml:80:7
%11213 = cast %3232 : f32[] @ models/lib/nn.yaml:80:7
%11214 = broadcast %11213 : f32[24] @ models/lib/nn.yaml:80:7
%11215 = mul %158, %11214 : f32[24] @ models/lib/nn.yaml:80:7
%11216 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11217 = sub %11216, %3232 : f64[] @ models/lib/nn.yaml:80:7
%11218 = cast %11217 : f32[] @ models/lib/nn.yaml:80:7
%11219 = broadcast %11218 : f32[24] @ models/lib/nn.yaml:80:7
%11220 = mul %11208, %11219 : f32[24] @ models/lib/nn.yaml:80:7
%11221 = add %11215, %11220 : f32[24] @ models/lib/nn.yaml:80:7
%11222 = assign %158, %11221 : f32[24] @ models/lib/nn.yaml:80:7
%11223 = all_reduce_sum %4232 : f32[8,24] @ models/lib/nn.yaml:79:7
%11224 = reshape %11223 : f32[192] @ models/lib/nn.yaml:79:7
%11225 = mul %11224, %11224 : f32[192] @ models/lib/nn.yaml:79:7
%11226 = reduce_sum %11225 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%11227 = sqrt %11226 : f32[] @ models/lib/nn.yaml:79:7
%11228 = cast %11227 : f64[] @ models/lib/nn.yaml:79:7
%11229 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%11230 = add %11228, %11229 : f64[] @ models/lib/nn.yaml:79:7
%11231 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%11232 = div %11231, %11230 : f64[] @ models/lib/nn.yaml:79:7
%11233 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11234 = lt %11232, %11233 : bool[] @ models/lib/nn.yaml:79:7
%11235 = cast %11232 : f32[] @ models/lib/nn.yaml:79:7
%11236 = broadcast %11235 : f32[8,24] @ models/lib/nn.yaml:79:7
%11237 = mul %11223, %11236 : f32[8,24] @ models/lib/nn.yaml:79:7
%11238 = broadcast %11234 : bool[8,24] @ models/lib/nn.yaml:79:7
%11239 = select %11238, %11237, %11223 : f32[8,24] @ models/lib/nn.yaml:79:7
%11240 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%11241 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%11242 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%11243 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%11244 = add %11242, %11243 : i64[] @ models/lib/nn.yaml:79:7
%11245 = mul %3230, %3231 : f64[] @ models/lib/nn.yaml:79:7
%11246 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11247 = sub %11246, %11245 : f64[] @ models/lib/nn.yaml:79:7
%11248 = cast %11247 : f32[] @ models/lib/nn.yaml:79:7
%11249 = broadcast %11248 : f32[8,24] @ models/lib/nn.yaml:79:7
%11250 = mul %81, %11249 : f32[8,24] @ models/lib/nn.yaml:79:7
%11251 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%11252 = cast %11251 : f32[] @ models/lib/nn.yaml:79:7
%11253 = broadcast %11252 : f32[8,24] @ models/lib/nn.yaml:79:7
%11254 = mul %11239, %11253 : f32[8,24] @ models/lib/nn.yaml:79:7
%11255 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%11256 = cast %11255 : f32[] @ models/lib/nn.yaml:79:7
%11257 = broadcast %11256 : f32[8,24] @ models/lib/nn.yaml:79:7
%11258 = mul %11240, %11257 : f32[8,24] @ models/lib/nn.yaml:79:7
%11259 = add %11258, %11254 : f32[8,24] @ models/lib/nn.yaml:79:7
%11260 = mul %11239, %11239 : f32[8,24] @ models/lib/nn.yaml:79:7
%11261 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%11262 = cast %11261 : f32[] @ models/lib/nn.yaml:79:7
%11263 = broadcast %11262 : f32[8,24] @ models/lib/nn.yaml:79:7
%11264 = mul %11260, %11263 : f32[8,24] @ models/lib/nn.yaml:79:7
%11265 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%11266 = cast %11265 : f32[] @ models/lib/nn.yaml:79:7
%11267 = broadcast %11266 : f32[8,24] @ models/lib/nn.yaml:79:7
%11268 = mul %11241, %11267 : f32[8,24] @ models/lib/nn.yaml:79:7
%11269 = add %11268, %11264 : f32[8,24] @ models/lib/nn.yaml:79:7
%11270 = cast %11244 : f64[] @ models/lib/nn.yaml:79:7
%11271 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%11272 = pow %11271, %11270 : f64[] @ models/lib/nn.yaml:79:7
%11273 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11274 = sub %11273, %11272 : f64[] @ models/lib/nn.yaml:79:7
%11275 = div %3230, %11274 : f64[] @ models/lib/nn.yaml:79:7
%11276 = cast %11244 : f64[] @ models/lib/nn.yaml:79:7
%11277 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%11278 = pow %11277, %11276 : f64[] @ models/lib/nn.yaml:79:7
%11279 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11280 = sub %11279, %11278 : f64[] @ models/lib/nn.yaml:79:7
%11281 = sqrt %11280 : f64[] @ models/lib/nn.yaml:79:7
%11282 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11283 = div %11282, %11281 : f64[] @ models/lib/nn.yaml:79:7
%11284 = sqrt %11269 : f32[8,24] @ models/lib/nn.yaml:79:7
%11285 = cast %11283 : f32[] @ models/lib/nn.yaml:79:7
%11286 = broadcast %11285 : f32[8,24] @ models/lib/nn.yaml:79:7
%11287 = mul %11284, %11286 : f32[8,24] @ models/lib/nn.yaml:79:7
%11288 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%11289 = cast %11288 : f32[] @ models/lib/nn.yaml:79:7
%11290 = broadcast %11289 : f32[8,24] @ models/lib/nn.yaml:79:7
%11291 = add %11287, %11290 : f32[8,24] @ models/lib/nn.yaml:79:7
%11292 = div %11259, %11291 : f32[8,24] @ models/lib/nn.yaml:79:7
%11293 = cast %11275 : f32[] @ models/lib/nn.yaml:79:7
%11294 = broadcast %11293 : f32[8,24] @ models/lib/nn.yaml:79:7
%11295 = mul %11292, %11294 : f32[8,24] @ models/lib/nn.yaml:79:7
%11296 = sub %11250, %11295 : f32[8,24] @ models/lib/nn.yaml:79:7
%11297 = assign %81, %11296 : f32[8,24] @ models/lib/nn.yaml:79:7
%11298 = assign %11240, %11259 : f32[8,24] @ models/lib/nn.yaml:79:7
%11299 = assign %11241, %11269 : f32[8,24] @ models/lib/nn.yaml:79:7
%11300 = assign %11242, %11244 : i64[] @ models/lib/nn.yaml:79:7
%11301 = cast %3232 : f32[] @ models/lib/nn.yaml:79:7
%11302 = broadcast %11301 : f32[8,24] @ models/lib/nn.yaml:79:7
%11303 = mul %159, %11302 : f32[8,24] @ models/lib/nn.yaml:79:7
%11304 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11305 = sub %11304, %3232 : f64[] @ models/lib/nn.yaml:79:7
%11306 = cast %11305 : f32[] @ models/lib/nn.yaml:79:7
%11307 = broadcast %11306 : f32[8,24] @ models/lib/nn.yaml:79:7
%11308 = mul %11296, %11307 : f32[8,24] @ models/lib/nn.yaml:79:7
%11309 = add %11303, %11308 : f32[8,24] @ models/lib/nn.yaml:79:7
%11310 = assign %159, %11309 : f32[8,24] @ models/lib/nn.yaml:79:7
%11311 = all_reduce_sum %4227 : f32[8] @ models/lib/nn.yaml:80:7
%11312 = reshape %11311 : f32[8] @ models/lib/nn.yaml:80:7
%11313 = mul %11312, %11312 : f32[8] @ models/lib/nn.yaml:80:7
%11314 = reduce_sum %11313 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%11315 = sqrt %11314 : f32[] @ models/lib/nn.yaml:80:7
%11316 = cast %11315 : f64[] @ models/lib/nn.yaml:80:7
%11317 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%11318 = add %11316, %11317 : f64[] @ models/lib/nn.yaml:80:7
%11319 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%11320 = div %11319, %11318 : f64[] @ models/lib/nn.yaml:80:7
%11321 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11322 = lt %11320, %11321 : bool[] @ models/lib/nn.yaml:80:7
%11323 = cast %11320 : f32[] @ models/lib/nn.yaml:80:7
%11324 = broadcast %11323 : f32[8] @ models/lib/nn.yaml:80:7
%11325 = mul %11311, %11324 : f32[8] @ models/lib/nn.yaml:80:7
%11326 = broadcast %11322 : bool[8] @ models/lib/nn.yaml:80:7
%11327 = select %11326, %11325, %11311 : f32[8] @ models/lib/nn.yaml:80:7
%11328 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%11329 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%11330 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%11331 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%11332 = add %11330, %11331 : i64[] @ models/lib/nn.yaml:80:7
%11333 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%11334 = cast %11333 : f32[] @ models/lib/nn.yaml:80:7
%11335 = broadcast %11334 : f32[8] @ models/lib/nn.yaml:80:7
%11336 = mul %11327, %11335 : f32[8] @ models/lib/nn.yaml:80:7
%11337 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%11338 = cast %11337 : f32[] @ models/lib/nn.yaml:80:7
%11339 = broadcast %11338 : f32[8] @ models/lib/nn.yaml:80:7
%11340 = mul %11328, %11339 : f32[8] @ models/lib/nn.yaml:80:7
%11341 = add %11340, %11336 : f32[8] @ models/lib/nn.yaml:80:7
%11342 = mul %11327, %11327 : f32[8] @ models/lib/nn.yaml:80:7
%11343 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%11344 = cast %11343 : f32[] @ models/lib/nn.yaml:80:7
%11345 = broadcast %11344 : f32[8] @ models/lib/nn.yaml:80:7
%11346 = mul %11342, %11345 : f32[8] @ models/lib/nn.yaml:80:7
%11347 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%11348 = cast %11347 : f32[] @ models/lib/nn.yaml:80:7
%11349 = broadcast %11348 : f32[8] @ models/lib/nn.yaml:80:7
%11350 = mul %11329, %11349 : f32[8] @ models/lib/nn.yaml:80:7
%11351 = add %11350, %11346 : f32[8] @ models/lib/nn.yaml:80:7
%11352 = cast %11332 : f64[] @ models/lib/nn.yaml:80:7
%11353 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%11354 = pow %11353, %11352 : f64[] @ models/lib/nn.yaml:80:7
%11355 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11356 = sub %11355, %11354 : f64[] @ models/lib/nn.yaml:80:7
%11357 = div %3230, %11356 : f64[] @ models/lib/nn.yaml:80:7
%11358 = cast %11332 : f64[] @ models/lib/nn.yaml:80:7
%11359 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%11360 = pow %11359, %11358 : f64[] @ models/lib/nn.yaml:80:7
%11361 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11362 = sub %11361, %11360 : f64[] @ models/lib/nn.yaml:80:7
%11363 = sqrt %11362 : f64[] @ models/lib/nn.yaml:80:7
%11364 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11365 = div %11364, %11363 : f64[] @ models/lib/nn.yaml:80:7
%11366 = sqrt %11351 : f32[8] @ models/lib/nn.yaml:80:7
%11367 = cast %11365 : f32[] @ models/lib/nn.yaml:80:7
%11368 = broadcast %11367 : f32[8] @ models/lib/nn.yaml:80:7
%11369 = mul %11366, %11368 : f32[8] @ models/lib/nn.yaml:80:7
%11370 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%11371 = cast %11370 : f32[] @ models/lib/nn.yaml:80:7
%11372 = broadcast %11371 : f32[8] @ models/lib/nn.yaml:80:7
%11373 = add %11369, %11372 : f32[8] @ models/lib/nn.yaml:80:7
%11374 = div %11341, %11373 : f32[8] @ models/lib/nn.yaml:80:7
%11375 = cast %11357 : f32[] @ models/lib/nn.yaml:80:7
%11376 = broadcast %11375 : f32[8] @ models/lib/nn.yaml:80:7
%11377 = mul %11374, %11376 : f32[8] @ models/lib/nn.yaml:80:7
%11378 = sub %82, %11377 : f32[8] @ models/lib/nn.yaml:80:7
%11379 = assign %82, %11378 : f32[8] @ models/lib/nn.yaml:80:7
%11380 = assign %11328, %11341 : f32[8] @ models/lib/nn.yaml:80:7
%11381 = assign %11329, %11351 : f32[8] @ models/lib/nn.yaml:80:7
%11382 = assign %11330, %11332 : i64[] @ models/lib/nn.yaml:80:7
%11383 = cast %3232 : f32[] @ models/lib/nn.yaml:80:7
%11384 = broadcast %11383 : f32[8] @ models/lib/nn.yaml:80:7
%11385 = mul %160, %11384 : f32[8] @ models/lib/nn.yaml:80:7
%11386 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11387 = sub %11386, %3232 : f64[] @ models/lib/nn.yaml:80:7
%11388 = cast %11387 : f32[] @ models/lib/nn.yaml:80:7
%11389 = broadcast %11388 : f32[8] @ models/lib/nn.yaml:80:7
%11390 = mul %11378, %11389 : f32[8] @ models/lib/nn.yaml:80:7
%11391 = add %11385, %11390 : f32[8] @ models/lib/nn.yaml:80:7
%11392 = assign %160, %11391 : f32[8] @ models/lib/nn.yaml:80:7
%11393 = cast %3232 : f32[] @ models/lib/dino.yaml:18:7
%11394 = broadcast %11393 : f32[16,1] @ models/lib/dino.yaml:18:7
%11395 = mul %161, %11394 : f32[16,1] @ models/lib/dino.yaml:18:7
%11396 = const data=[1] : f64[] @ models/lib/dino.yaml:18:7
%11397 = sub %11396, %3232 : f64[] @ models/lib/dino.yaml:18:7
%11398 = cast %11397 : f32[] @ models/lib/dino.yaml:18:7
%11399 = broadcast %11398 : f32[16,1] @ models/lib/dino.yaml:18:7
%11400 = mul %83, %11399 : f32[16,1] @ models/lib/dino.yaml:18:7
%11401 = add %11395, %11400 : f32[16,1] @ models/lib/dino.yaml:18:7
%11402 = assign %161, %11401 : f32[16,1] @ models/lib/dino.yaml:18:7
%11403 = all_reduce_sum %4202 : f32[16,8] @ models/lib/dino.yaml:19:7
%11404 = reshape %11403 : f32[128] @ models/lib/dino.yaml:19:7
%11405 = mul %11404, %11404 : f32[128] @ models/lib/dino.yaml:19:7
%11406 = reduce_sum %11405 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%11407 = sqrt %11406 : f32[] @ models/lib/dino.yaml:19:7
%11408 = cast %11407 : f64[] @ models/lib/dino.yaml:19:7
%11409 = const data=[1e-06] : f64[] @ models/lib/dino.yaml:19:7
%11410 = add %11408, %11409 : f64[] @ models/lib/dino.yaml:19:7
%11411 = const data=[3] : f64[] @ models/lib/dino.yaml:19:7
%11412 = div %11411, %11410 : f64[] @ models/lib/dino.yaml:19:7
%11413 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11414 = lt %11412, %11413 : bool[] @ models/lib/dino.yaml:19:7
%11415 = cast %11412 : f32[] @ models/lib/dino.yaml:19:7
%11416 = broadcast %11415 : f32[16,8] @ models/lib/dino.yaml:19:7
%11417 = mul %11403, %11416 : f32[16,8] @ models/lib/dino.yaml:19:7
%11418 = broadcast %11414 : bool[16,8] @ models/lib/dino.yaml:19:7
%11419 = select %11418, %11417, %11403 : f32[16,8] @ models/lib/dino.yaml:19:7
%11420 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%11421 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%11422 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%11423 = const data=[1] : i64[] @ models/lib/dino.yaml:19:7
%11424 = add %11422, %11423 : i64[] @ models/lib/dino.yaml:19:7
%11425 = mul %3230, %3231 : f64[] @ models/lib/dino.yaml:19:7
%11426 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11427 = sub %11426, %11425 : f64[] @ models/lib/dino.yaml:19:7
%11428 = cast %11427 : f32[] @ models/lib/dino.yaml:19:7
%11429 = broadcast %11428 : f32[16,8] @ models/lib/dino.yaml:19:7
%11430 = mul %84, %11429 : f32[16,8] @ models/lib/dino.yaml:19:7
%11431 = const data=[0.09999999999999998] : f64[] @ models/lib/dino.yaml:19:7
%11432 = cast %11431 : f32[] @ models/lib/dino.yaml:19:7
%11433 = broadcast %11432 : f32[16,8] @ models/lib/dino.yaml:19:7
%11434 = mul %11419, %11433 : f32[16,8] @ models/lib/dino.yaml:19:7
%11435 = const data=[0.9] : f64[] @ models/lib/dino.yaml:19:7
%11436 = cast %11435 : f32[] @ models/lib/dino.yaml:19:7
%11437 = broadcast %11436 : f32[16,8] @ models/lib/dino.yaml:19:7
%11438 = mul %11420, %11437 : f32[16,8] @ models/lib/dino.yaml:19:7
%11439 = add %11438, %11434 : f32[16,8] @ models/lib/dino.yaml:19:7
%11440 = mul %11419, %11419 : f32[16,8] @ models/lib/dino.yaml:19:7
%11441 = const data=[0.0010000000000000009] : f64[] @ models/lib/dino.yaml:19:7
%11442 = cast %11441 : f32[] @ models/lib/dino.yaml:19:7
%11443 = broadcast %11442 : f32[16,8] @ models/lib/dino.yaml:19:7
%11444 = mul %11440, %11443 : f32[16,8] @ models/lib/dino.yaml:19:7
%11445 = const data=[0.999] : f64[] @ models/lib/dino.yaml:19:7
%11446 = cast %11445 : f32[] @ models/lib/dino.yaml:19:7
%11447 = broadcast %11446 : f32[16,8] @ models/lib/dino.yaml:19:7
%11448 = mul %11421, %11447 : f32[16,8] @ models/lib/dino.yaml:19:7
%11449 = add %11448, %11444 : f32[16,8] @ models/lib/dino.yaml:19:7
%11450 = cast %11424 : f64[] @ models/lib/dino.yaml:19:7
%11451 = const data=[0.9] : f64[] @ models/lib/dino.yaml:19:7
%11452 = pow %11451, %11450 : f64[] @ models/lib/dino.yaml:19:7
%11453 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11454 = sub %11453, %11452 : f64[] @ models/lib/dino.yaml:19:7
%11455 = div %3230, %11454 : f64[] @ models/lib/dino.yaml:19:7
%11456 = cast %11424 : f64[] @ models/lib/dino.yaml:19:7
%11457 = const data=[0.999] : f64[] @ models/lib/dino.yaml:19:7
%11458 = pow %11457, %11456 : f64[] @ models/lib/dino.yaml:19:7
%11459 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11460 = sub %11459, %11458 : f64[] @ models/lib/dino.yaml:19:7
%11461 = sqrt %11460 : f64[] @ models/lib/dino.yaml:19:7
%11462 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11463 = div %11462, %11461 : f64[] @ models/lib/dino.yaml:19:7
%11464 = sqrt %11449 : f32[16,8] @ models/lib/dino.yaml:19:7
%11465 = cast %11463 : f32[] @ models/lib/dino.yaml:19:7
%11466 = broadcast %11465 : f32[16,8] @ models/lib/dino.yaml:19:7
%11467 = mul %11464, %11466 : f32[16,8] @ models/lib/dino.yaml:19:7
%11468 = const data=[1e-08] : f64[] @ models/lib/dino.yaml:19:7
%11469 = cast %11468 : f32[] @ models/lib/dino.yaml:19:7
%11470 = broadcast %11469 : f32[16,8] @ models/lib/dino.yaml:19:7
%11471 = add %11467, %11470 : f32[16,8] @ models/lib/dino.yaml:19:7
%11472 = div %11439, %11471 : f32[16,8] @ models/lib/dino.yaml:19:7
%11473 = cast %11455 : f32[] @ models/lib/dino.yaml:19:7
%11474 = broadcast %11473 : f32[16,8] @ models/lib/dino.yaml:19:7
%11475 = mul %11472, %11474 : f32[16,8] @ models/lib/dino.yaml:19:7
%11476 = sub %11430, %11475 : f32[16,8] @ models/lib/dino.yaml:19:7
%11477 = const data=[1] : i64[] @ models/lib/dino.yaml:19:7
%11478 = lt %10860, %11477 : bool[] @ models/lib/dino.yaml:19:7
%11479 = broadcast %11478 : bool[16,8] @ models/lib/dino.yaml:19:7
%11480 = select %11479, %84, %11476 : f32[16,8] @ models/lib/dino.yaml:19:7
%11481 = broadcast %11478 : bool[16,8] @ models/lib/dino.yaml:19:7
%11482 = select %11481, %11420, %11439 : f32[16,8] @ models/lib/dino.yaml:19:7
%11483 = broadcast %11478 : bool[16,8] @ models/lib/dino.yaml:19:7
%11484 = select %11483, %11421, %11449 : f32[16,8] @ models/lib/dino.yaml:19:7
%11485 = select %11478, %11422, %11424 : i64[] @ models/lib/dino.yaml:19:7
%11486 = assign %84, %11480 : f32[16,8] @ models/lib/dino.yaml:19:7
%11487 = assign %11420, %11482 : f32[16,8] @ models/lib/dino.yaml:19:7
%11488 = assign %11421, %11484 : f32[16,8] @ models/lib/dino.yaml:19:7
%11489 = assign %11422, %11485 : i64[] @ models/lib/dino.yaml:19:7
%11490 = cast %3232 : f32[] @ models/lib/dino.yaml:19:7
%11491 = broadcast %11490 : f32[16,8] @ models/lib/dino.yaml:19:7
%11492 = mul %162, %11491 : f32[16,8] @ models/lib/dino.yaml:19:7
%11493 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11494 = sub %11493, %3232 : f64[] @ models/lib/dino.yaml:19:7
%11495 = cast %11494 : f32[] @ models/lib/dino.yaml:19:7
%11496 = broadcast %11495 : f32[16,8] @ models/lib/dino.yaml:19:7
%11497 = mul %11480, %11496 : f32[16,8] @ models/lib/dino.yaml:19:7
%11498 = add %11492, %11497 : f32[16,8] @ models/lib/dino.yaml:19:7
%11499 = assign %162, %11498 : f32[16,8] @ models/lib/dino.yaml:19:7
%11500 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%11501 = abs %3196 : f32[] @ models/dino_pass.yaml:149:3
%11502 = lt %11501, %11500 : bool[] @ models/dino_pass.yaml:149:3
%11503 = output %11502 name="finite" : bool[] @ models/dino_pass.yaml:149:3
