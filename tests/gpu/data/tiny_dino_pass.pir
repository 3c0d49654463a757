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
%3549 = reduce_sum %3548 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3550 = reshape %3549 : f32[16] @ models/lib/nn.yaml:96:37
%3551 = add %2797, %3550 : f32[16] @ models/lib/nn.yaml:96:37
%3552 = mul %3547, %1799 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%3553 = mul %3547, %1793 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%3554 = reduce_sum %3553 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%3555 = mul %1798, %1798 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3556 = mul %1798, %3555 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3557 = broadcast %2803 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3558 = mul %3556, %3557 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3559 = mul %3554, %3558 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3560 = div %3559, %538 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%3561 = broadcast %3560 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%3562 = mul %3561, %1793 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%3563 = add %3552, %3562 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%3564 = add %3563, %3562 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%3565 = neg %3564 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%3566 = reduce_sum %3565 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%3567 = div %3566, %538 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%3568 = broadcast %3567 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%3569 = add %3564, %3568 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%3570 = slice %3569 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%3571 = slice %3569 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:111:21
%3572 = reduce_sum %3570 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3573 = reshape %3572 : f32[16] @ models/lib/nn.yaml:84:18
%3574 = add %2820, %3573 : f32[16] @ models/lib/nn.yaml:84:18
%3575 = matmul %3570, %65 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3576 = reshape %1784 : f32[4,64] @ models/lib/nn.yaml:83:15
%3577 = reshape %3570 : f32[4,16] @ models/lib/nn.yaml:83:15
%3578 = matmul %3577, %3576 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3579 = add %2824, %3578 : f32[16,64] @ models/lib/nn.yaml:83:15
%3580 = mul %3575, %1783 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3581 = mul %3575, %1780 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3582 = mul %1781, %1781 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3583 = neg %3582 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3584 = exp %3583 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3585 = mul %3584, %2830 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3586 = mul %3581, %3585 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3587 = mul %3586, %621 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3588 = mul %3580, %619 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3589 = add %3587, %3588 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3590 = reduce_sum %3589 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3591 = reshape %3590 : f32[64] @ models/lib/nn.yaml:84:18
%3592 = add %2837, %3591 : f32[64] @ models/lib/nn.yaml:84:18
%3593 = matmul %3589, %63 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3594 = reshape %1776 : f32[4,16] @ models/lib/nn.yaml:83:15
%3595 = reshape %3589 : f32[4,64] @ models/lib/nn.yaml:83:15
%3596 = matmul %3595, %3594 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3597 = add %2841, %3596 : f32[64,16] @ models/lib/nn.yaml:83:15
%3598 = reduce_sum %3593 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3599 = reshape %3598 : f32[16] @ models/lib/nn.yaml:96:46
%3600 = add %2843, %3599 : f32[16] @ models/lib/nn.yaml:96:46
%3601 = mul %3593, %1773 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3602 = mul %3593, %1772 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3603 = reduce_sum %3602 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3604 = reshape %3603 : f32[16] @ models/lib/nn.yaml:96:37
%3605 = add %2847, %3604 : f32[16] @ models/lib/nn.yaml:96:37
%3606 = mul %3601, %1771 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3607 = mul %3601, %1765 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3608 = reduce_sum %3607 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3609 = mul %1770, %1770 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3610 = mul %1770, %3609 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3611 = mul %3610, %2853 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3612 = mul %3608, %3611 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3613 = div %3612, %600 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3614 = broadcast %3613 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%3615 = mul %3614, %1765 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3616 = add %3606, %3615 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3617 = add %3616, %3615 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3618 = add %3570, %3617 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3619 = neg %3617 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3620 = reduce_sum %3619 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3621 = div %3620, %600 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3622 = broadcast %3621 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3623 = add %3618, %3622 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3624 = reduce_sum %3623 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3625 = reshape %3624 : f32[16] @ models/lib/nn.yaml:84:18
%3626 = add %2868, %3625 : f32[16] @ models/lib/nn.yaml:84:18
%3627 = matmul %3623, %59 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3628 = reshape %1756 : f32[4,16] @ models/lib/nn.yaml:83:15
%3629 = reshape %3623 : f32[4,16] @ models/lib/nn.yaml:83:15
%3630 = matmul %3629, %3628 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3631 = add %2872, %3630 : f32[16,16] @ models/lib/nn.yaml:83:15
%3632 = reshape %3627 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%3633 = permute %3632 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%3634 = permute %1733 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%3635 = reshape %3633 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%3636 = broadcast %3635 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%3637 = reshape %3634 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%3638 = broadcast %3637 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%3639 = mul %3636, %3638 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%3640 = reduce_sum %3639 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%3641 = permute %1749 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%3642 = reshape %3641 : f32[4,2,17,1,1] @ models/lib/nn.yaml:56:23
%3643 = broadcast %3642 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%3644 = reshape %3633 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%3645 = broadcast %3644 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%3646 = mul %3643, %3645 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%3647 = reshape %3646 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%3648 = div %3640, %1748 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3649 = mul %3648, %1749 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3650 = neg %3649 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3651 = reduce_sum %3650 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3652 = broadcast %3651 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%3653 = add %3648, %3652 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%3654 = mul %3653, %1746 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%3655 = mul %3654, %577 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%3656 = reshape %3655 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%3657 = broadcast %3656 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%3658 = reshape %1728 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%3659 = broadcast %3658 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%3660 = mul %3657, %3659 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%3661 = reduce_sum %3660 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3662 = permute %3655 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%3663 = reshape %3662 : f32[4,2,17,1,1] @ models/lib/nn.yaml:55:23
%3664 = broadcast %3663 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%3665 = reshape %1723 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%3666 = broadcast %3665 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%3667 = mul %3664, %3666 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%3668 = reshape %3667 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%3669 = permute %3647 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%3670 = reshape %3669 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%3671 = reshape %3670 : f32[68,16] @ models/lib/nn.yaml:84:18
%3672 = matmul %3541, %3671 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3673 = reshape %3672 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3674 = reshape %3673 : f32[16] @ models/lib/nn.yaml:84:18
%3675 = add %2913, %3674 : f32[16] @ models/lib/nn.yaml:84:18
%3676 = matmul %3670, %57 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%3677 = reshape %1717 : f32[68,16] @ models/lib/nn.yaml:83:15
%3678 = reshape %3669 : f32[68,16] @ models/lib/nn.yaml:83:15
%3679 = matmul %3678, %3677 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3680 = add %2917, %3679 : f32[16,16] @ models/lib/nn.yaml:83:15
%3681 = permute %3668 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%3682 = reshape %3681 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%3683 = reshape %3682 : f32[68,16] @ models/lib/nn.yaml:84:18
%3684 = matmul %3541, %3683 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3685 = reshape %3684 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3686 = reshape %3685 : f32[16] @ models/lib/nn.yaml:84:18
%3687 = add %2921, %3686 : f32[16] @ models/lib/nn.yaml:84:18
%3688 = matmul %3682, %55 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%3689 = add %3676, %3688 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%3690 = reshape %3681 : f32[68,16] @ models/lib/nn.yaml:83:15
%3691 = matmul %3690, %3677 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3692 = add %2925, %3691 : f32[16,16] @ models/lib/nn.yaml:83:15
%3693 = permute %3661 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%3694 = reshape %3693 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%3695 = reduce_sum %3694 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3696 = reshape %3695 : f32[16] @ models/lib/nn.yaml:84:18
%3697 = add %2929, %3696 : f32[16] @ models/lib/nn.yaml:84:18
%3698 = matmul %3694, %53 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3699 = reshape %1718 : f32[4,16] @ models/lib/nn.yaml:83:15
%3700 = reshape %3693 : f32[4,16] @ models/lib/nn.yaml:83:15
%3701 = matmul %3700, %3699 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3702 = add %2933, %3701 : f32[16,16] @ models/lib/nn.yaml:83:15
%3703 = pad %3698 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%3704 = add %3689, %3703 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%3705 = reshape %3704 : f32[68,16] @ models/lib/nn.yaml:96:46
%3706 = matmul %3541, %3705 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3707 = reshape %3706 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3708 = reshape %3707 : f32[16] @ models/lib/nn.yaml:96:46
%3709 = add %2937, %3708 : f32[16] @ models/lib/nn.yaml:96:46
%3710 = mul %3704, %1714 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%3711 = mul %3704, %1713 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%3712 = reduce_sum %3711 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3713 = reshape %3712 : f32[16] @ models/lib/nn.yaml:96:37
%3714 = add %2941, %3713 : f32[16] @ models/lib/nn.yaml:96:37
%3715 = mul %3710, %1712 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%3716 = mul %3710, %1706 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%3717 = reduce_sum %3716 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%3718 = mul %1711, %1711 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3719 = mul %1711, %3718 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3720 = mul %3719, %3557 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3721 = mul %3717, %3720 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3722 = div %3721, %538 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%3723 = broadcast %3722 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%3724 = mul %3723, %1706 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%3725 = add %3715, %3724 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%3726 = add %3725, %3724 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%3727 = neg %3726 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%3728 = reduce_sum %3727 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%3729 = div %3728, %538 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%3730 = broadcast %3729 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%3731 = add %3726, %3730 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%3732 = slice %3731 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3733 = add %3623, %3732 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3734 = slice %3731 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%3735 = add %3571, %3734 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%3736 = reduce_sum %3733 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3737 = reshape %3736 : f32[16] @ models/lib/nn.yaml:84:18
%3738 = add %2964, %3737 : f32[16] @ models/lib/nn.yaml:84:18
%3739 = matmul %3733, %49 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3740 = reshape %1697 : f32[4,64] @ models/lib/nn.yaml:83:15
%3741 = reshape %3733 : f32[4,16] @ models/lib/nn.yaml:83:15
%3742 = matmul %3741, %3740 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3743 = add %2968, %3742 : f32[16,64] @ models/lib/nn.yaml:83:15
%3744 = mul %3739, %1696 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3745 = mul %3739, %1693 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3746 = mul %1694, %1694 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3747 = neg %3746 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3748 = exp %3747 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3749 = mul %3748, %2830 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3750 = mul %3745, %3749 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3751 = mul %3750, %621 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3752 = mul %3744, %619 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3753 = add %3751, %3752 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3754 = reduce_sum %3753 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3755 = reshape %3754 : f32[64] @ models/lib/nn.yaml:84:18
%3756 = add %2980, %3755 : f32[64] @ models/lib/nn.yaml:84:18
%3757 = matmul %3753, %47 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3758 = reshape %1689 : f32[4,16] @ models/lib/nn.yaml:83:15
%3759 = reshape %3753 : f32[4,64] @ models/lib/nn.yaml:83:15
%3760 = matmul %3759, %3758 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3761 = add %2984, %3760 : f32[64,16] @ models/lib/nn.yaml:83:15
%3762 = reduce_sum %3757 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3763 = reshape %3762 : f32[16] @ models/lib/nn.yaml:96:46
%3764 = add %2986, %3763 : f32[16] @ models/lib/nn.yaml:96:46
%3765 = mul %3757, %1686 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3766 = mul %3757, %1685 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3767 = reduce_sum %3766 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3768 = reshape %3767 : f32[16] @ models/lib/nn.yaml:96:37
%3769 = add %2990, %3768 : f32[16] @ models/lib/nn.yaml:96:37
%3770 = mul %3765, %1684 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3771 = mul %3765, %1678 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3772 = reduce_sum %3771 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3773 = mul %1683, %1683 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3774 = mul %1683, %3773 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3775 = mul %3774, %2853 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3776 = mul %3772, %3775 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3777 = div %3776, %600 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3778 = broadcast %3777 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%3779 = mul %3778, %1678 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3780 = add %3770, %3779 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3781 = add %3780, %3779 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3782 = add %3733, %3781 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3783 = neg %3781 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3784 = reduce_sum %3783 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3785 = div %3784, %600 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3786 = broadcast %3785 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3787 = add %3782, %3786 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3788 = reduce_sum %3787 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3789 = reshape %3788 : f32[16] @ models/lib/nn.yaml:84:18
%3790 = add %3010, %3789 : f32[16] @ models/lib/nn.yaml:84:18
%3791 = matmul %3787, %43 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3792 = reshape %1669 : f32[4,16] @ models/lib/nn.yaml:83:15
%3793 = reshape %3787 : f32[4,16] @ models/lib/nn.yaml:83:15
%3794 = matmul %3793, %3792 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3795 = add %3014, %3794 : f32[16,16] @ models/lib/nn.yaml:83:15
%3796 = reshape %3791 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%3797 = permute %3796 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%3798 = permute %1646 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%3799 = reshape %3797 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%3800 = broadcast %3799 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%3801 = reshape %3798 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%3802 = broadcast %3801 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%3803 = mul %3800, %3802 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%3804 = reduce_sum %3803 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%3805 = permute %1662 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%3806 = reshape %3805 : f32[4,2,17,1,1] @ models/lib/nn.yaml:56:23
%3807 = broadcast %3806 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%3808 = reshape %3797 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%3809 = broadcast %3808 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%3810 = mul %3807, %3809 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%3811 = reshape %3810 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%3812 = div %3804, %1661 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3813 = mul %3812, %1662 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3814 = neg %3813 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3815 = reduce_sum %3814 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3816 = broadcast %3815 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%3817 = add %3812, %3816 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%3818 = mul %3817, %1659 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%3819 = mul %3818, %577 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%3820 = reshape %3819 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%3821 = broadcast %3820 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%3822 = reshape %1641 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%3823 = broadcast %3822 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%3824 = mul %3821, %3823 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%3825 = reduce_sum %3824 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3826 = permute %3819 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%3827 = reshape %3826 : f32[4,2,17,1,1] @ models/lib/nn.yaml:55:23
%3828 = broadcast %3827 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%3829 = reshape %1636 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%3830 = broadcast %3829 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%3831 = mul %3828, %3830 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%3832 = reshape %3831 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%3833 = permute %3811 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%3834 = reshape %3833 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%3835 = reshape %3834 : f32[68,16] @ models/lib/nn.yaml:84:18
%3836 = matmul %3541, %3835 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3837 = reshape %3836 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3838 = reshape %3837 : f32[16] @ models/lib/nn.yaml:84:18
%3839 = add %3055, %3838 : f32[16] @ models/lib/nn.yaml:84:18
%3840 = matmul %3834, %41 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%3841 = reshape %1630 : f32[68,16] @ models/lib/nn.yaml:83:15
%3842 = reshape %3833 : f32[68,16] @ models/lib/nn.yaml:83:15
%3843 = matmul %3842, %3841 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3844 = add %3059, %3843 : f32[16,16] @ models/lib/nn.yaml:83:15
%3845 = permute %3832 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%3846 = reshape %3845 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%3847 = reshape %3846 : f32[68,16] @ models/lib/nn.yaml:84:18
%3848 = matmul %3541, %3847 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3849 = reshape %3848 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3850 = reshape %3849 : f32[16] @ models/lib/nn.yaml:84:18
%3851 = add %3063, %3850 : f32[16] @ models/lib/nn.yaml:84:18
%3852 = matmul %3846, %39 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%3853 = add %3840, %3852 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%3854 = reshape %3845 : f32[68,16] @ models/lib/nn.yaml:83:15
%3855 = matmul %3854, %3841 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3856 = add %3067, %3855 : f32[16,16] @ models/lib/nn.yaml:83:15
%3857 = permute %3825 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%3858 = reshape %3857 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%3859 = reduce_sum %3858 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3860 = reshape %3859 : f32[16] @ models/lib/nn.yaml:84:18
%3861 = add %3071, %3860 : f32[16] @ models/lib/nn.yaml:84:18
%3862 = matmul %3858, %37 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3863 = reshape %1631 : f32[4,16] @ models/lib/nn.yaml:83:15
%3864 = reshape %3857 : f32[4,16] @ models/lib/nn.yaml:83:15
%3865 = matmul %3864, %3863 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3866 = add %3075, %3865 : f32[16,16] @ models/lib/nn.yaml:83:15
%3867 = pad %3862 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%3868 = add %3853, %3867 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%3869 = reshape %3868 : f32[68,16] @ models/lib/nn.yaml:96:46
%3870 = matmul %3541, %3869 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3871 = reshape %3870 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3872 = reshape %3871 : f32[16] @ models/lib/nn.yaml:96:46
%3873 = add %3079, %3872 : f32[16] @ models/lib/nn.yaml:96:46
%3874 = mul %3868, %1627 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%3875 = mul %3868, %1626 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%3876 = reduce_sum %3875 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3877 = reshape %3876 : f32[16] @ models/lib/nn.yaml:96:37
%3878 = add %3083, %3877 : f32[16] @ models/lib/nn.yaml:96:37
%3879 = mul %3874, %1625 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%3880 = mul %3874, %1619 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%3881 = reduce_sum %3880 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%3882 = mul %1624, %1624 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3883 = mul %1624, %3882 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3884 = mul %3883, %3557 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3885 = mul %3881, %3884 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3886 = div %3885, %538 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%3887 = broadcast %3886 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%3888 = mul %3887, %1619 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%3889 = add %3879, %3888 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%3890 = add %3889, %3888 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%3891 = neg %3890 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%3892 = reduce_sum %3891 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%3893 = div %3892, %538 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%3894 = broadcast %3893 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%3895 = add %3890, %3894 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%3896 = slice %3895 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3897 = add %3787, %3896 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3898 = slice %3895 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%3899 = add %3735, %3898 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%3900 = reduce_sum %3897 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%3901 = add %3105, %3900 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%3902 = mul %3899, %1611 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%3903 = div %3902, %1569 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%3904 = reshape %3903 : f32[64,16] @ models/lib/nn.yaml:84:18
%3905 = matmul %3413, %3904 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3906 = reshape %3905 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3907 = reshape %3906 : f32[16] @ models/lib/nn.yaml:84:18
%3908 = add %3109, %3907 : f32[16] @ models/lib/nn.yaml:84:18
%3909 = matmul %3903, %32 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%3910 = reshape %1602 : f32[64,64] @ models/lib/nn.yaml:83:15
%3911 = reshape %3903 : f32[64,16] @ models/lib/nn.yaml:83:15
%3912 = matmul %3911, %3910 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3913 = add %3113, %3912 : f32[16,64] @ models/lib/nn.yaml:83:15
%3914 = mul %3909, %1601 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%3915 = mul %3909, %1598 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%3916 = mul %1599, %1599 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%3917 = neg %3916 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%3918 = exp %3917 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%3919 = broadcast %2690 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%3920 = mul %3918, %3919 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%3921 = mul %3915, %3920 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%3922 = mul %3921, %256 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%3923 = mul %3914, %253 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%3924 = add %3922, %3923 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%3925 = reshape %3924 : f32[64,64] @ models/lib/nn.yaml:84:18
%3926 = matmul %3413, %3925 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3927 = reshape %3926 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3928 = reshape %3927 : f32[64] @ models/lib/nn.yaml:84:18
%3929 = add %3126, %3928 : f32[64] @ models/lib/nn.yaml:84:18
%3930 = matmul %3924, %30 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%3931 = reshape %1594 : f32[64,16] @ models/lib/nn.yaml:83:15
%3932 = reshape %3924 : f32[64,64] @ models/lib/nn.yaml:83:15
%3933 = matmul %3932, %3931 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3934 = add %3130, %3933 : f32[64,16] @ models/lib/nn.yaml:83:15
%3935 = reshape %3930 : f32[64,16] @ models/lib/nn.yaml:96:46
%3936 = matmul %3413, %3935 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3937 = reshape %3936 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3938 = reshape %3937 : f32[16] @ models/lib/nn.yaml:96:46
%3939 = add %3132, %3938 : f32[16] @ models/lib/nn.yaml:96:46
%3940 = mul %3930, %1591 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%3941 = mul %3930, %1590 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%3942 = reduce_sum %3941 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3943 = reshape %3942 : f32[16] @ models/lib/nn.yaml:96:37
%3944 = add %3136, %3943 : f32[16] @ models/lib/nn.yaml:96:37
%3945 = mul %3940, %1589 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%3946 = mul %3940, %1583 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%3947 = reduce_sum %3946 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%3948 = mul %1588, %1588 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3949 = mul %1588, %3948 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3950 = broadcast %2803 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3951 = mul %3949, %3950 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3952 = mul %3947, %3951 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3953 = div %3952, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%3954 = broadcast %3953 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%3955 = mul %3954, %1583 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%3956 = add %3945, %3955 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%3957 = add %3956, %3955 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%3958 = add %3899, %3957 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%3959 = neg %3957 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%3960 = reduce_sum %3959 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%3961 = div %3960, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%3962 = broadcast %3961 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%3963 = add %3958, %3962 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%3964 = mul %3963, %1577 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%3965 = div %3964, %1569 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%3966 = reshape %3965 : f32[64,16] @ models/lib/nn.yaml:84:18
%3967 = matmul %3413, %3966 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3968 = reshape %3967 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3969 = reshape %3968 : f32[16] @ models/lib/nn.yaml:84:18
%3970 = add %3159, %3969 : f32[16] @ models/lib/nn.yaml:84:18
%3971 = matmul %3965, %26 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%3972 = reshape %1563 : f32[64,16] @ models/lib/nn.yaml:83:15
%3973 = reshape %3965 : f32[64,16] @ models/lib/nn.yaml:83:15
%3974 = matmul %3973, %3972 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3975 = add %3163, %3974 : f32[16,16] @ models/lib/nn.yaml:83:15
%3976 = reshape %3971 : f32[4,16,2,8] @ models/lib/nn.yaml:57:16
%3977 = permute %3976 perm=[0,2,1,3] : f32[4,2,16,8] @ models/lib/nn.yaml:56:13
%3978 = permute %1540 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%3979 = reshape %3977 : f32[4,2,16,8,1] @ models/lib/nn.yaml:56:23
%3980 = broadcast %3979 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%3981 = reshape %3978 : f32[4,2,1,8,16] @ models/lib/nn.yaml:56:23
%3982 = broadcast %3981 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%3983 = mul %3980, %3982 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%3984 = reduce_sum %3983 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%3985 = permute %1556 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%3986 = reshape %3985 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%3987 = broadcast %3986 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%3988 = reshape %3977 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%3989 = broadcast %3988 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%3990 = mul %3987, %3989 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%3991 = reduce_sum %3990 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%3992 = div %3984, %1555 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%3993 = mul %3992, %1556 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%3994 = neg %3993 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%3995 = reduce_sum %3994 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%3996 = broadcast %3995 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%3997 = add %3992, %3996 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%3998 = mul %3997, %1553 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%3999 = mul %3998, %212 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%4000 = reshape %3999 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%4001 = broadcast %4000 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4002 = reshape %1538 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%4003 = broadcast %4002 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4004 = mul %4001, %4003 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4005 = reduce_sum %4004 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4006 = permute %3999 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%4007 = reshape %4006 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%4008 = broadcast %4007 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4009 = reshape %1536 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%4010 = broadcast %4009 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4011 = mul %4008, %4010 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4012 = reduce_sum %4011 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4013 = reshape %3991 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%4014 = reshape %4012 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%4015 = reshape %4005 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%4016 = concat %4015, %4014, %4013 axis=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%4017 = permute %4016 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%4018 = reshape %4017 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%4019 = reshape %4018 : f32[64,48] @ models/lib/nn.yaml:84:18
%4020 = matmul %3413, %4019 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%4021 = reshape %4020 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4022 = reshape %4021 : f32[48] @ models/lib/nn.yaml:84:18
%4023 = add %3208, %4022 : f32[48] @ models/lib/nn.yaml:84:18
%4024 = matmul %4018, %24 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4025 = reshape %1529 : f32[64,16] @ models/lib/nn.yaml:83:15
%4026 = reshape %4017 : f32[64,48] @ models/lib/nn.yaml:83:15
%4027 = matmul %4026, %4025 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%4028 = add %3212, %4027 : f32[48,16] @ models/lib/nn.yaml:83:15
%4029 = reshape %4024 : f32[64,16] @ models/lib/nn.yaml:96:46
%4030 = matmul %3413, %4029 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4031 = reshape %4030 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4032 = reshape %4031 : f32[16] @ models/lib/nn.yaml:96:46
%4033 = add %3214, %4032 : f32[16] @ models/lib/nn.yaml:96:46
%4034 = mul %4024, %1526 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4035 = mul %4024, %1525 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4036 = reduce_sum %4035 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4037 = reshape %4036 : f32[16] @ models/lib/nn.yaml:96:37
%4038 = add %3218, %4037 : f32[16] @ models/lib/nn.yaml:96:37
%4039 = mul %4034, %1524 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4040 = mul %4034, %1518 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4041 = reduce_sum %4040 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4042 = mul %1523, %1523 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4043 = mul %1523, %4042 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4044 = mul %4043, %3950 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4045 = mul %4041, %4044 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4046 = div %4045, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4047 = broadcast %4046 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4048 = mul %4047, %1518 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4049 = add %4039, %4048 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4050 = add %4049, %4048 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4051 = add %3963, %4050 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4052 = neg %4050 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4053 = reduce_sum %4052 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4054 = div %4053, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4055 = broadcast %4054 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4056 = add %4051, %4055 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4057 = reshape %4056 : f32[64,16] @ models/lib/nn.yaml:84:18
%4058 = matmul %3413, %4057 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4059 = reshape %4058 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4060 = reshape %4059 : f32[16] @ models/lib/nn.yaml:84:18
%4061 = add %3238, %4060 : f32[16] @ models/lib/nn.yaml:84:18
%4062 = matmul %4056, %20 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%4063 = reshape %1510 : f32[64,64] @ models/lib/nn.yaml:83:15
%4064 = reshape %4056 : f32[64,16] @ models/lib/nn.yaml:83:15
%4065 = matmul %4064, %4063 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4066 = add %3242, %4065 : f32[16,64] @ models/lib/nn.yaml:83:15
%4067 = mul %4062, %1509 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4068 = mul %4062, %1506 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4069 = mul %1507, %1507 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4070 = neg %4069 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4071 = exp %4070 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4072 = mul %4071, %3919 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4073 = mul %4068, %4072 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4074 = mul %4073, %256 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%4075 = mul %4067, %253 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4076 = add %4074, %4075 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4077 = reshape %4076 : f32[64,64] @ models/lib/nn.yaml:84:18
%4078 = matmul %3413, %4077 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%4079 = reshape %4078 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4080 = reshape %4079 : f32[64] @ models/lib/nn.yaml:84:18
%4081 = add %3254, %4080 : f32[64] @ models/lib/nn.yaml:84:18
%4082 = matmul %4076, %18 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4083 = reshape %1502 : f32[64,16] @ models/lib/nn.yaml:83:15
%4084 = reshape %4076 : f32[64,64] @ models/lib/nn.yaml:83:15
%4085 = matmul %4084, %4083 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4086 = add %3258, %4085 : f32[64,16] @ models/lib/nn.yaml:83:15
%4087 = reshape %4082 : f32[64,16] @ models/lib/nn.yaml:96:46
%4088 = matmul %3413, %4087 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4089 = reshape %4088 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4090 = reshape %4089 : f32[16] @ models/lib/nn.yaml:96:46
%4091 = add %3260, %4090 : f32[16] @ models/lib/nn.yaml:96:46
%4092 = mul %4082, %1499 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4093 = mul %4082, %1498 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4094 = reduce_sum %4093 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4095 = reshape %4094 : f32[16] @ models/lib/nn.yaml:96:37
%4096 = add %3264, %4095 : f32[16] @ models/lib/nn.yaml:96:37
%4097 = mul %4092, %1497 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4098 = mul %4092, %1491 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4099 = reduce_sum %4098 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4100 = mul %1496, %1496 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4101 = mul %1496, %4100 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4102 = mul %4101, %3950 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4103 = mul %4099, %4102 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4104 = div %4103, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4105 = broadcast %4104 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4106 = mul %4105, %1491 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4107 = add %4097, %4106 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4108 = add %4107, %4106 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4109 = add %4056, %4108 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4110 = neg %4108 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4111 = reduce_sum %4110 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4112 = div %4111, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4113 = broadcast %4112 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4114 = add %4109, %4113 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4115 = reshape %4114 : f32[64,16] @ models/lib/nn.yaml:84:18
%4116 = matmul %3413, %4115 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4117 = reshape %4116 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4118 = reshape %4117 : f32[16] @ models/lib/nn.yaml:84:18
%4119 = add %3284, %4118 : f32[16] @ models/lib/nn.yaml:84:18
%4120 = matmul %4114, %14 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4121 = reshape %1482 : f32[64,16] @ models/lib/nn.yaml:83:15
%4122 = reshape %4114 : f32[64,16] @ models/lib/nn.yaml:83:15
%4123 = matmul %4122, %4121 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4124 = add %3288, %4123 : f32[16,16] @ models/lib/nn.yaml:83:15
%4125 = reshape %4120 : f32[4,16,2,8] @ models/lib/nn.yaml:57:16
%4126 = permute %4125 perm=[0,2,1,3] : f32[4,2,16,8] @ models/lib/nn.yaml:56:13
%4127 = permute %1459 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%4128 = reshape %4126 : f32[4,2,16,8,1] @ models/lib/nn.yaml:56:23
%4129 = broadcast %4128 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4130 = reshape %4127 : f32[4,2,1,8,16] @ models/lib/nn.yaml:56:23
%4131 = broadcast %4130 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4132 = mul %4129, %4131 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4133 = reduce_sum %4132 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4134 = permute %1475 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4135 = reshape %4134 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%4136 = broadcast %4135 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4137 = reshape %4126 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%4138 = broadcast %4137 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4139 = mul %4136, %4138 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4140 = reduce_sum %4139 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4141 = div %4133, %1474 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4142 = mul %4141, %1475 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4143 = neg %4142 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4144 = reduce_sum %4143 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%4145 = broadcast %4144 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4146 = add %4141, %4145 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4147 = mul %4146, %1472 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%4148 = mul %4147, %212 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%4149 = reshape %4148 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%4150 = broadcast %4149 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4151 = reshape %1457 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%4152 = broadcast %4151 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4153 = mul %4150, %4152 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4154 = reduce_sum %4153 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4155 = permute %4148 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%4156 = reshape %4155 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%4157 = broadcast %4156 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4158 = reshape %1455 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%4159 = broadcast %4158 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4160 = mul %4157, %4159 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4161 = reduce_sum %4160 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4162 = reshape %4140 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%4163 = reshape %4161 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%4164 = reshape %4154 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%4165 = concat %4164, %4163, %4162 axis=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%4166 = permute %4165 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%4167 = reshape %4166 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%4168 = reshape %4167 : f32[64,48] @ models/lib/nn.yaml:84:18
%4169 = matmul %3413, %4168 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%4170 = reshape %4169 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4171 = reshape %4170 : f32[48] @ models/lib/nn.yaml:84:18
%4172 = add %3333, %4171 : f32[48] @ models/lib/nn.yaml:84:18
%4173 = matmul %4167, %12 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4174 = reshape %1448 : f32[64,16] @ models/lib/nn.yaml:83:15
%4175 = reshape %4166 : f32[64,48] @ models/lib/nn.yaml:83:15
%4176 = matmul %4175, %4174 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%4177 = add %3337, %4176 : f32[48,16] @ models/lib/nn.yaml:83:15
%4178 = reshape %4173 : f32[64,16] @ models/lib/nn.yaml:96:46
%4179 = matmul %3413, %4178 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4180 = reshape %4179 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4181 = reshape %4180 : f32[16] @ models/lib/nn.yaml:96:46
%4182 = add %3339, %4181 : f32[16] @ models/lib/nn.yaml:96:46
%4183 = mul %4173, %1445 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4184 = mul %4173, %1444 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4185 = reduce_sum %4184 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4186 = reshape %4185 : f32[16] @ models/lib/nn.yaml:96:37
%4187 = add %3343, %4186 : f32[16] @ models/lib/nn.yaml:96:37
%4188 = mul %4183, %1443 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4189 = mul %4183, %1437 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4190 = reduce_sum %4189 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4191 = mul %1442, %1442 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4192 = mul %1442, %4191 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4193 = mul %4192, %3950 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4194 = mul %4190, %4193 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4195 = div %4194, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4196 = broadcast %4195 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4197 = mul %4196, %1437 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4198 = add %4188, %4197 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4199 = add %4198, %4197 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4200 = add %4114, %4199 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4201 = neg %4199 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4202 = reduce_sum %4201 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4203 = div %4202, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4204 = broadcast %4203 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4205 = add %4200, %4204 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4206 = reduce_sum %4205 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%4207 = add %3371, %4206 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%4208 = reshape %4205 : f32[64,16] @ models/lib/vit.yaml:17:71
%4209 = matmul %3413, %4208 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%4210 = reshape %4209 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%4211 = reshape %4210 : f32[16] @ models/lib/vit.yaml:17:71
%4212 = add %3373, %4211 : f32[16] @ models/lib/vit.yaml:17:71
%4213 = reshape %166 : f32[64,48] @ models/lib/vit.yaml:17:18
%4214 = reshape %4205 : f32[64,16] @ models/lib/vit.yaml:17:18
%4215 = matmul %4214, %4213 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%4216 = reshape %4215 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%4217 = add %3377, %4216 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%4218 = all_reduce_sum %4207 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4219 = reshape %4218 : f32[256] @ models/lib/vit.yaml:48:7
%4220 = mul %4219, %4219 : f32[256] @ models/lib/vit.yaml:48:7
%4221 = reduce_sum %4220 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%4222 = sqrt %4221 : f32[] @ models/lib/vit.yaml:48:7
%4223 = cast %4222 : f64[] @ models/lib/vit.yaml:48:7
%4224 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%4225 = add %4223, %4224 : f64[] @ models/lib/vit.yaml:48:7
%4226 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%4227 = div %4226, %4225 : f64[] @ models/lib/vit.yaml:48:7
%4228 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%4229 = lt %4227, %4228 : bool[] @ models/lib/vit.yaml:48:7
%4230 = cast %4227 : f32[] @ models/lib/vit.yaml:48:7
%4231 = broadcast %4230 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4232 = mul %4218, %4231 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4233 = broadcast %4229 : bool[1,16,16] @ models/lib/vit.yaml:48:7
%4234 = select %4233, %4232, %4218 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4235 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4236 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4237 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%4238 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%4239 = add %4237, %4238 : i64[] @ models/lib/vit.yaml:48:7
%4240 = mul %2558, %2559 : f64[] @ models/lib/vit.yaml:48:7
%4241 = sub %4228, %4240 : f64[] @ models/lib/vit.yaml:48:7
%4242 = cast %4241 : f32[] @ models/lib/vit.yaml:48:7
%4243 = broadcast %4242 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4244 = mul %7, %4243 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4245 = broadcast %2314 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4246 = mul %4234, %4245 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4247 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%4248 = broadcast %1568 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4249 = mul %4235, %4248 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4250 = add %4249, %4246 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4251 = mul %4234, %4234 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4252 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%4253 = broadcast %4252 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4254 = mul %4251, %4253 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4255 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%4256 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%4257 = broadcast %4256 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4258 = mul %4236, %4257 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4259 = add %4258, %4254 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4260 = cast %4239 : f64[] @ models/lib/vit.yaml:48:7
%4261 = pow %4247, %4260 : f64[] @ models/lib/vit.yaml:48:7
%4262 = sub %4228, %4261 : f64[] @ models/lib/vit.yaml:48:7
%4263 = div %2558, %4262 : f64[] @ models/lib/vit.yaml:48:7
%4264 = pow %4255, %4260 : f64[] @ models/lib/vit.yaml:48:7
%4265 = sub %4228, %4264 : f64[] @ models/lib/vit.yaml:48:7
%4266 = sqrt %4265 : f64[] @ models/lib/vit.yaml:48:7
%4267 = div %4228, %4266 : f64[] @ models/lib/vit.yaml:48:7
%4268 = sqrt %4259 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4269 = cast %4267 : f32[] @ models/lib/vit.yaml:48:7
%4270 = broadcast %4269 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4271 = mul %4268, %4270 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4272 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%4273 = broadcast %4272 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4274 = add %4271, %4273 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4275 = div %4250, %4274 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4276 = cast %4263 : f32[] @ models/lib/vit.yaml:48:7
%4277 = broadcast %4276 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4278 = mul %4275, %4277 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4279 = sub %4244, %4278 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4280 = assign %7, %4279 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4281 = assign %4235, %4250 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4282 = assign %4236, %4259 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4283 = assign %4237, %4239 : i64[] @ models/lib/vit.yaml:48:7
%4284 = cast %2560 : f32[] @ models/lib/vit.yaml:48:7
%4285 = broadcast %4284 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4286 = mul %85, %4285 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4287 = sub %4228, %2560 : f64[] @ models/lib/vit.yaml:48:7
%4288 = cast %4287 : f32[] @ models/lib/vit.yaml:48:7
%4289 = broadcast %4288 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4290 = mul %4279, %4289 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4291 = add %4286, %4290 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4292 = assign %85, %4291 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4293 = all_reduce_sum %4217 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4294 = reshape %4293 : f32[768] @ models/lib/vit.yaml:9:7
%4295 = mul %4294, %4294 : f32[768] @ models/lib/vit.yaml:9:7
%4296 = reduce_sum %4295 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%4297 = sqrt %4296 : f32[] @ models/lib/vit.yaml:9:7
%4298 = cast %4297 : f64[] @ models/lib/vit.yaml:9:7
%4299 = add %4298, %4224 : f64[] @ models/lib/vit.yaml:9:7
%4300 = div %4226, %4299 : f64[] @ models/lib/vit.yaml:9:7
%4301 = lt %4300, %4228 : bool[] @ models/lib/vit.yaml:9:7
%4302 = cast %4300 : f32[] @ models/lib/vit.yaml:9:7
%4303 = broadcast %4302 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4304 = mul %4293, %4303 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4305 = broadcast %4301 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%4306 = select %4305, %4304, %4293 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4307 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4308 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4309 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%4310 = add %4309, %4238 : i64[] @ models/lib/vit.yaml:9:7
%4311 = broadcast %4242 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4312 = mul %8, %4311 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4313 = broadcast %2314 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4314 = mul %4306, %4313 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4315 = broadcast %1568 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4316 = mul %4307, %4315 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4317 = add %4316, %4314 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4318 = mul %4306, %4306 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4319 = broadcast %4252 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4320 = mul %4318, %4319 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4321 = broadcast %4256 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4322 = mul %4308, %4321 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4323 = add %4322, %4320 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4324 = cast %4310 : f64[] @ models/lib/vit.yaml:9:7
%4325 = pow %4247, %4324 : f64[] @ models/lib/vit.yaml:9:7
%4326 = sub %4228, %4325 : f64[] @ models/lib/vit.yaml:9:7
%4327 = div %2558, %4326 : f64[] @ models/lib/vit.yaml:9:7
%4328 = pow %4255, %4324 : f64[] @ models/lib/vit.yaml:9:7
%4329 = sub %4228, %4328 : f64[] @ models/lib/vit.yaml:9:7
%4330 = sqrt %4329 : f64[] @ models/lib/vit.yaml:9:7
%4331 = div %4228, %4330 : f64[] @ models/lib/vit.yaml:9:7
%4332 = sqrt %4323 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4333 = cast %4331 : f32[] @ models/lib/vit.yaml:9:7
%4334 = broadcast %4333 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4335 = mul %4332, %4334 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4336 = broadcast %4272 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4337 = add %4335, %4336 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4338 = div %4317, %4337 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4339 = cast %4327 : f32[] @ models/lib/vit.yaml:9:7
%4340 = broadcast %4339 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4341 = mul %4338, %4340 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4342 = sub %4312, %4341 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4343 = assign %8, %4342 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4344 = assign %4307, %4317 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4345 = assign %4308, %4323 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4346 = assign %4309, %4310 : i64[] @ models/lib/vit.yaml:9:7
%4347 = broadcast %4284 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4348 = mul %86, %4347 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4349 = broadcast %4288 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4350 = mul %4342, %4349 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4351 = add %4348, %4350 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4352 = assign %86, %4351 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4353 = all_reduce_sum %4212 : f32[16] @ models/lib/vit.yaml:10:7
%4354 = mul %4353, %4353 : f32[16] @ models/lib/vit.yaml:10:7
%4355 = reduce_sum %4354 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%4356 = sqrt %4355 : f32[] @ models/lib/vit.yaml:10:7
%4357 = cast %4356 : f64[] @ models/lib/vit.yaml:10:7
%4358 = add %4357, %4224 : f64[] @ models/lib/vit.yaml:10:7
%4359 = div %4226, %4358 : f64[] @ models/lib/vit.yaml:10:7
%4360 = lt %4359, %4228 : bool[] @ models/lib/vit.yaml:10:7
%4361 = cast %4359 : f32[] @ models/lib/vit.yaml:10:7
%4362 = broadcast %4361 : f32[16] @ models/lib/vit.yaml:10:7
%4363 = mul %4353, %4362 : f32[16] @ models/lib/vit.yaml:10:7
%4364 = broadcast %4360 : bool[16] @ models/lib/vit.yaml:10:7
%4365 = select %4364, %4363, %4353 : f32[16] @ models/lib/vit.yaml:10:7
%4366 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%4367 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%4368 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%4369 = add %4368, %4238 : i64[] @ models/lib/vit.yaml:10:7
%4370 = broadcast %2314 : f32[16] @ models/lib/vit.yaml:10:7
%4371 = mul %4365, %4370 : f32[16] @ models/lib/vit.yaml:10:7
%4372 = broadcast %1568 : f32[16] @ models/lib/vit.yaml:10:7
%4373 = mul %4366, %4372 : f32[16] @ models/lib/vit.yaml:10:7
%4374 = add %4373, %4371 : f32[16] @ models/lib/vit.yaml:10:7
%4375 = mul %4365, %4365 : f32[16] @ models/lib/vit.yaml:10:7
%4376 = broadcast %4252 : f32[16] @ models/lib/vit.yaml:10:7
%4377 = mul %4375, %4376 : f32[16] @ models/lib/vit.yaml:10:7
%4378 = broadcast %4256 : f32[16] @ models/lib/vit.yaml:10:7
%4379 = mul %4367, %4378 : f32[16] @ models/lib/vit.yaml:10:7
%4380 = add %4379, %4377 : f32[16] @ models/lib/vit.yaml:10:7
%4381 = cast %4369 : f64[] @ models/lib/vit.yaml:10:7
%4382 = pow %4247, %4381 : f64[] @ models/lib/vit.yaml:10:7
%4383 = sub %4228, %4382 : f64[] @ models/lib/vit.yaml:10:7
%4384 = div %2558, %4383 : f64[] @ models/lib/vit.yaml:10:7
%4385 = pow %4255, %4381 : f64[] @ models/lib/vit.yaml:10:7
%4386 = sub %4228, %4385 : f64[] @ models/lib/vit.yaml:10:7
%4387 = sqrt %4386 : f64[] @ models/lib/vit.yaml:10:7
%4388 = div %4228, %4387 : f64[] @ models/lib/vit.yaml:10:7
%4389 = sqrt %4380 : f32[16] @ models/lib/vit.yaml:10:7
%4390 = cast %4388 : f32[] @ models/lib/vit.yaml:10:7
%4391 = broadcast %4390 : f32[16] @ models/lib/vit.yaml:10:7
%4392 = mul %4389, %4391 : f32[16] @ models/lib/vit.yaml:10:7
%4393 = broadcast %4272 : f32[16] @ models/lib/vit.yaml:10:7
%4394 = add %4392, %4393 : f32[16] @ models/lib/vit.yaml:10:7
%4395 = div %4374, %4394 : f32[16] @ models/lib/vit.yaml:10:7
%4396 = cast %4384 : f32[] @ models/lib/vit.yaml:10:7
%4397 = broadcast %4396 : f32[16] @ models/lib/vit.yaml:10:7
%4398 = mul %4395, %4397 : f32[16] @ models/lib/vit.yaml:10:7
%4399 = sub %9, %4398 : f32[16] @ models/lib/vit.yaml:10:7
%4400 = assign %9, %4399 : f32[16] @ models/lib/vit.yaml:10:7
%4401 = assign %4366, %4374 : f32[16] @ models/lib/vit.yaml:10:7
%4402 = assign %4367, %4380 : f32[16] @ models/lib/vit.yaml:10:7
%4403 = assign %4368, %4369 : i64[] @ models/lib/vit.yaml:10:7
%4404 = broadcast %4284 : f32[16] @ models/lib/vit.yaml:10:7
%4405 = mul %87, %4404 : f32[16] @ models/lib/vit.yaml:10:7
%4406 = broadcast %4288 : f32[16] @ models/lib/vit.yaml:10:7
%4407 = mul %4399, %4406 : f32[16] @ models/lib/vit.yaml:10:7
%4408 = add %4405, %4407 : f32[16] @ models/lib/vit.yaml:10:7
%4409 = assign %87, %4408 : f32[16] @ models/lib/vit.yaml:10:7
%4410 = all_reduce_sum %4187 : f32[16] @ models/lib/nn.yaml:89:7
%4411 = mul %4410, %4410 : f32[16] @ models/lib/nn.yaml:89:7
%4412 = reduce_sum %4411 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%4413 = sqrt %4412 : f32[] @ models/lib/nn.yaml:89:7
%4414 = cast %4413 : f64[] @ models/lib/nn.yaml:89:7
%4415 = add %4414, %4224 : f64[] @ models/lib/nn.yaml:89:7
%4416 = div %4226, %4415 : f64[] @ models/lib/nn.yaml:89:7
%4417 = lt %4416, %4228 : bool[] @ models/lib/nn.yaml:89:7
%4418 = cast %4416 : f32[] @ models/lib/nn.yaml:89:7
%4419 = broadcast %4418 : f32[16] @ models/lib/nn.yaml:89:7
%4420 = mul %4410, %4419 : f32[16] @ models/lib/nn.yaml:89:7
%4421 = broadcast %4417 : bool[16] @ models/lib/nn.yaml:89:7
%4422 = select %4421, %4420, %4410 : f32[16] @ models/lib/nn.yaml:89:7
%4423 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4424 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4425 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4426 = add %4425, %4238 : i64[] @ models/lib/nn.yaml:89:7
%4427 = mul %4422, %4370 : f32[16] @ models/lib/nn.yaml:89:7
%4428 = mul %4423, %4372 : f32[16] @ models/lib/nn.yaml:89:7
%4429 = add %4428, %4427 : f32[16] @ models/lib/nn.yaml:89:7
%4430 = mul %4422, %4422 : f32[16] @ models/lib/nn.yaml:89:7
%4431 = mul %4430, %4376 : f32[16] @ models/lib/nn.yaml:89:7
%4432 = mul %4424, %4378 : f32[16] @ models/lib/nn.yaml:89:7
%4433 = add %4432, %4431 : f32[16] @ models/lib/nn.yaml:89:7
%4434 = cast %4426 : f64[] @ models/lib/nn.yaml:89:7
%4435 = pow %4247, %4434 : f64[] @ models/lib/nn.yaml:89:7
%4436 = sub %4228, %4435 : f64[] @ models/lib/nn.yaml:89:7
%4437 = div %2558, %4436 : f64[] @ models/lib/nn.yaml:89:7
%4438 = pow %4255, %4434 : f64[] @ models/lib/nn.yaml:89:7
%4439 = sub %4228, %4438 : f64[] @ models/lib/nn.yaml:89:7
%4440 = sqrt %4439 : f64[] @ models/lib/nn.yaml:89:7
%4441 = div %4228, %4440 : f64[] @ models/lib/nn.yaml:89:7
%4442 = sqrt %4433 : f32[16] @ models/lib/nn.yaml:89:7
%4443 = cast %4441 : f32[] @ models/lib/nn.yaml:89:7
%4444 = broadcast %4443 : f32[16] @ models/lib/nn.yaml:89:7
%4445 = mul %4442, %4444 : f32[16] @ models/lib/nn.yaml:89:7
%4446 = add %4445, %4393 : f32[16] @ models/lib/nn.yaml:89:7
%4447 = div %4429, %4446 : f32[16] @ models/lib/nn.yaml:89:7
%4448 = cast %4437 : f32[] @ models/lib/nn.yaml:89:7
%4449 = broadcast %4448 : f32[16] @ models/lib/nn.yaml:89:7
%4450 = mul %4447, %4449 : f32[16] @ models/lib/nn.yaml:89:7
%4451 = sub %10, %4450 : f32[16] @ models/lib/nn.yaml:89:7
%4452 = assign %10, %4451 : f32[16] @ models/lib/nn.yaml:89:7
%4453 = assign %4423, %4429 : f32[16] @ models/lib/nn.yaml:89:7
%4454 = assign %4424, %4433 : f32[16] @ models/lib/nn.yaml:89:7
%4455 = assign %4425, %4426 : i64[] @ models/lib/nn.yaml:89:7
%4456 = mul %88, %4404 : f32[16] @ models/lib/nn.yaml:89:7
%4457 = mul %4451, %4406 : f32[16] @ models/lib/nn.yaml:89:7
%4458 = add %4456, %4457 : f32[16] @ models/lib/nn.yaml:89:7
%4459 = assign %88, %4458 : f32[16] @ models/lib/nn.yaml:89:7
%4460 = all_reduce_sum %4182 : f32[16] @ models/lib/nn.yaml:90:7
%4461 = mul %4460, %4460 : f32[16] @ models/lib/nn.yaml:90:7
%4462 = reduce_sum %4461 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%4463 = sqrt %4462 : f32[] @ models/lib/nn.yaml:90:7
%4464 = cast %4463 : f64[] @ models/lib/nn.yaml:90:7
%4465 = add %4464, %4224 : f64[] @ models/lib/nn.yaml:90:7
%4466 = div %4226, %4465 : f64[] @ models/lib/nn.yaml:90:7
%4467 = lt %4466, %4228 : bool[] @ models/lib/nn.yaml:90:7
%4468 = cast %4466 : f32[] @ models/lib/nn.yaml:90:7
%4469 = broadcast %4468 : f32[16] @ models/lib/nn.yaml:90:7
%4470 = mul %4460, %4469 : f32[16] @ models/lib/nn.yaml:90:7
%4471 = broadcast %4467 : bool[16] @ models/lib/nn.yaml:90:7
%4472 = select %4471, %4470, %4460 : f32[16] @ models/lib/nn.yaml:90:7
%4473 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4474 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4475 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4476 = add %4475, %4238 : i64[] @ models/lib/nn.yaml:90:7
%4477 = mul %4472, %4370 : f32[16] @ models/lib/nn.yaml:90:7
%4478 = mul %4473, %4372 : f32[16] @ models/lib/nn.yaml:90:7
%4479 = add %4478, %4477 : f32[16] @ models/lib/nn.yaml:90:7
%4480 = mul %4472, %4472 : f32[16] @ models/lib/nn.yaml:90:7
%4481 = mul %4480, %4376 : f32[16] @ models/lib/nn.yaml:90:7
%4482 = mul %4474, %4378 : f32[16] @ models/lib/nn.yaml:90:7
%4483 = add %4482, %4481 : f32[16] @ models/lib/nn.yaml:90:7
%4484 = cast %4476 : f64[] @ models/lib/nn.yaml:90:7
%4485 = pow %4247, %4484 : f64[] @ models/lib/nn.yaml:90:7
%4486 = sub %4228, %4485 : f64[] @ models/lib/nn.yaml:90:7
%4487 = div %2558, %4486 : f64[] @ models/lib/nn.yaml:90:7
%4488 = pow %4255, %4484 : f64[] @ models/lib/nn.yaml:90:7
%4489 = sub %4228, %4488 : f64[] @ models/lib/nn.yaml:90:7
%4490 = sqrt %4489 : f64[] @ models/lib/nn.yaml:90:7
%4491 = div %4228, %4490 : f64[] @ models/lib/nn.yaml:90:7
%4492 = sqrt %4483 : f32[16] @ models/lib/nn.yaml:90:7
%4493 = cast %4491 : f32[] @ models/lib/nn.yaml:90:7
%4494 = broadcast %4493 : f32[16] @ models/lib/nn.yaml:90:7
%4495 = mul %4492, %4494 : f32[16] @ models/lib/nn.yaml:90:7
%4496 = add %4495, %4393 : f32[16] @ models/lib/nn.yaml:90:7
%4497 = div %4479, %4496 : f32[16] @ models/lib/nn.yaml:90:7
%4498 = cast %4487 : f32[] @ models/lib/nn.yaml:90:7
%4499 = broadcast %4498 : f32[16] @ models/lib/nn.yaml:90:7
%4500 = mul %4497, %4499 : f32[16] @ models/lib/nn.yaml:90:7
%4501 = sub %11, %4500 : f32[16] @ models/lib/nn.yaml:90:7
%4502 = assign %11, %4501 : f32[16] @ models/lib/nn.yaml:90:7
%4503 = assign %4473, %4479 : f32[16] @ models/lib/nn.yaml:90:7
%4504 = assign %4474, %4483 : f32[16] @ models/lib/nn.yaml:90:7
%4505 = assign %4475, %4476 : i64[] @ models/lib/nn.yaml:90:7
%4506 = mul %89, %4404 : f32[16] @ models/lib/nn.yaml:90:7
%4507 = mul %4501, %4406 : f32[16] @ models/lib/nn.yaml:90:7
%4508 = add %4506, %4507 : f32[16] @ models/lib/nn.yaml:90:7
%4509 = assign %89, %4508 : f32[16] @ models/lib/nn.yaml:90:7
%4510 = all_reduce_sum %4177 : f32[48,16] @ models/lib/nn.yaml:79:7
%4511 = reshape %4510 : f32[768] @ models/lib/nn.yaml:79:7
%4512 = mul %4511, %4511 : f32[768] @ models/lib/nn.yaml:79:7
%4513 = reduce_sum %4512 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4514 = sqrt %4513 : f32[] @ models/lib/nn.yaml:79:7
%4515 = cast %4514 : f64[] @ models/lib/nn.yaml:79:7
%4516 = add %4515, %4224 : f64[] @ models/lib/nn.yaml:79:7
%4517 = div %4226, %4516 : f64[] @ models/lib/nn.yaml:79:7
%4518 = lt %4517, %4228 : bool[] @ models/lib/nn.yaml:79:7
%4519 = cast %4517 : f32[] @ models/lib/nn.yaml:79:7
%4520 = broadcast %4519 : f32[48,16] @ models/lib/nn.yaml:79:7
%4521 = mul %4510, %4520 : f32[48,16] @ models/lib/nn.yaml:79:7
%4522 = broadcast %4518 : bool[48,16] @ models/lib/nn.yaml:79:7
%4523 = select %4522, %4521, %4510 : f32[48,16] @ models/lib/nn.yaml:79:7
%4524 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%4525 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%4526 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4527 = add %4526, %4238 : i64[] @ models/lib/nn.yaml:79:7
%4528 = broadcast %4242 : f32[48,16] @ models/lib/nn.yaml:79:7
%4529 = mul %12, %4528 : f32[48,16] @ models/lib/nn.yaml:79:7
%4530 = broadcast %2314 : f32[48,16] @ models/lib/nn.yaml:79:7
%4531 = mul %4523, %4530 : f32[48,16] @ models/lib/nn.yaml:79:7
%4532 = broadcast %1568 : f32[48,16] @ models/lib/nn.yaml:79:7
%4533 = mul %4524, %4532 : f32[48,16] @ models/lib/nn.yaml:79:7
%4534 = add %4533, %4531 : f32[48,16] @ models/lib/nn.yaml:79:7
%4535 = mul %4523, %4523 : f32[48,16] @ models/lib/nn.yaml:79:7
%4536 = broadcast %4252 : f32[48,16] @ models/lib/nn.yaml:79:7
%4537 = mul %4535, %4536 : f32[48,16] @ models/lib/nn.yaml:79:7
%4538 = broadcast %4256 : f32[48,16] @ models/lib/nn.yaml:79:7
%4539 = mul %4525, %4538 : f32[48,16] @ models/lib/nn.yaml:79:7
%4540 = add %4539, %4537 : f32[48,16] @ models/lib/nn.yaml:79:7
%4541 = cast %4527 : f64[] @ models/lib/nn.yaml:79:7
%4542 = pow %4247, %4541 : f64[] @ models/lib/nn.yaml:79:7
%4543 = sub %4228, %4542 : f64[] @ models/lib/nn.yaml:79:7
%4544 = div %2558, %4543 : f64[] @ models/lib/nn.yaml:79:7
%4545 = pow %4255, %4541 : f64[] @ models/lib/nn.yaml:79:7
%4546 = sub %4228, %4545 : f64[] @ models/lib/nn.yaml:79:7
%4547 = sqrt %4546 : f64[] @ models/lib/nn.yaml:79:7
%4548 = div %4228, %4547 : f64[] @ models/lib/nn.yaml:79:7
%4549 = sqrt %4540 : f32[48,16] @ models/lib/nn.yaml:79:7
%4550 = cast %4548 : f32[] @ models/lib/nn.yaml:79:7
%4551 = broadcast %4550 : f32[48,16] @ models/lib/nn.yaml:79:7
%4552 = mul %4549, %4551 : f32[48,16] @ models/lib/nn.yaml:79:7
%4553 = broadcast %4272 : f32[48,16] @ models/lib/nn.yaml:79:7
%4554 = add %4552, %4553 : f32[48,16] @ models/lib/nn.yaml:79:7
%4555 = div %4534, %4554 : f32[48,16] @ models/lib/nn.yaml:79:7
%4556 = cast %4544 : f32[] @ models/lib/nn.yaml:79:7
%4557 = broadcast %4556 : f32[48,16] @ models/lib/nn.yaml:79:7
%4558 = mul %4555, %4557 : f32[48,16] @ models/lib/nn.yaml:79:7
%4559 = sub %4529, %4558 : f32[48,16] @ models/lib/nn.yaml:79:7
%4560 = assign %12, %4559 : f32[48,16] @ models/lib/nn.yaml:79:7
%4561 = assign %4524, %4534 : f32[48,16] @ models/lib/nn.yaml:79:7
%4562 = assign %4525, %4540 : f32[48,16] @ models/lib/nn.yaml:79:7
%4563 = assign %4526, %4527 : i64[] @ models/lib/nn.yaml:79:7
%4564 = broadcast %4284 : f32[48,16] @ models/lib/nn.yaml:79:7
%4565 = mul %90, %4564 : f32[48,16] @ models/lib/nn.yaml:79:7
%4566 = broadcast %4288 : f32[48,16] @ models/lib/nn.yaml:79:7
%4567 = mul %4559, %4566 : f32[48,16] @ models/lib/nn.yaml:79:7
%4568 = add %4565, %4567 : f32[48,16] @ models/lib/nn.yaml:79:7
%4569 = assign %90, %4568 : f32[48,16] @ models/lib/nn.yaml:79:7
%4570 = all_reduce_sum %4172 : f32[48] @ models/lib/nn.yaml:80:7
%4571 = mul %4570, %4570 : f32[48] @ models/lib/nn.yaml:80:7
%4572 = reduce_sum %4571 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4573 = sqrt %4572 : f32[] @ models/lib/nn.yaml:80:7
%4574 = cast %4573 : f64[] @ models/lib/nn.yaml:80:7
%4575 = add %4574, %4224 : f64[] @ models/lib/nn.yaml:80:7
%4576 = div %4226, %4575 : f64[] @ models/lib/nn.yaml:80:7
%4577 = lt %4576, %4228 : bool[] @ models/lib/nn.yaml:80:7
%4578 = cast %4576 : f32[] @ models/lib/nn.yaml:80:7
%4579 = broadcast %4578 : f32[48] @ models/lib/nn.yaml:80:7
%4580 = mul %4570, %4579 : f32[48] @ models/lib/nn.yaml:80:7
%4581 = broadcast %4577 : bool[48] @ models/lib/nn.yaml:80:7
%4582 = select %4581, %4580, %4570 : f32[48] @ models/lib/nn.yaml:80:7
%4583 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%4584 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%4585 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4586 = add %4585, %4238 : i64[] @ models/lib/nn.yaml:80:7
%4587 = broadcast %2314 : f32[48] @ models/lib/nn.yaml:80:7
%4588 = mul %4582, %4587 : f32[48] @ models/lib/nn.yaml:80:7
%4589 = broadcast %1568 : f32[48] @ models/lib/nn.yaml:80:7
%4590 = mul %4583, %4589 : f32[48] @ models/lib/nn.yaml:80:7
%4591 = add %4590, %4588 : f32[48] @ models/lib/nn.yaml:80:7
%4592 = mul %4582, %4582 : f32[48] @ models/lib/nn.yaml:80:7
%4593 = broadcast %4252 : f32[48] @ models/lib/nn.yaml:80:7
%4594 = mul %4592, %4593 : f32[48] @ models/lib/nn.yaml:80:7
%4595 = broadcast %4256 : f32[48] @ models/lib/nn.yaml:80:7
%4596 = mul %4584, %4595 : f32[48] @ models/lib/nn.yaml:80:7
%4597 = add %4596, %4594 : f32[48] @ models/lib/nn.yaml:80:7
%4598 = cast %4586 : f64[] @ models/lib/nn.yaml:80:7
%4599 = pow %4247, %4598 : f64[] @ models/lib/nn.yaml:80:7
%4600 = sub %4228, %4599 : f64[] @ models/lib/nn.yaml:80:7
%4601 = div %2558, %4600 : f64[] @ models/lib/nn.yaml:80:7
%4602 = pow %4255, %4598 : f64[] @ models/lib/nn.yaml:80:7
%4603 = sub %4228, %4602 : f64[] @ models/lib/nn.yaml:80:7
%4604 = sqrt %4603 : f64[] @ models/lib/nn.yaml:80:7
%4605 = div %4228, %4604 : f64[] @ models/lib/nn.yaml:80:7
%4606 = sqrt %4597 : f32[48] @ models/lib/nn.yaml:80:7
%4607 = cast %4605 : f32[] @ models/lib/nn.yaml:80:7
%4608 = broadcast %4607 : f32[48] @ models/lib/nn.yaml:80:7
%4609 = mul %4606, %4608 : f32[48] @ models/lib/nn.yaml:80:7
%4610 = broadcast %4272 : f32[48] @ models/lib/nn.yaml:80:7
%4611 = add %4609, %4610 : f32[48] @ models/lib/nn.yaml:80:7
%4612 = div %4591, %4611 : f32[48] @ models/lib/nn.yaml:80:7
%4613 = cast %4601 : f32[] @ models/lib/nn.yaml:80:7
%4614 = broadcast %4613 : f32[48] @ models/lib/nn.yaml:80:7
%4615 = mul %4612, %4614 : f32[48] @ models/lib/nn.yaml:80:7
%4616 = sub %13, %4615 : f32[48] @ models/lib/nn.yaml:80:7
%4617 = assign %13, %4616 : f32[48] @ models/lib/nn.yaml:80:7
%4618 = assign %4583, %4591 : f32[48] @ models/lib/nn.yaml:80:7
%4619 = assign %4584, %4597 : f32[48] @ models/lib/nn.yaml:80:7
%4620 = assign %4585, %4586 : i64[] @ models/lib/nn.yaml:80:7
%4621 = broadcast %4284 : f32[48] @ models/lib/nn.yaml:80:7
%4622 = mul %91, %4621 : f32[48] @ models/lib/nn.yaml:80:7
%4623 = broadcast %4288 : f32[48] @ models/lib/nn.yaml:80:7
%4624 = mul %4616, %4623 : f32[48] @ models/lib/nn.yaml:80:7
%4625 = add %4622, %4624 : f32[48] @ models/lib/nn.yaml:80:7
%4626 = assign %91, %4625 : f32[48] @ models/lib/nn.yaml:80:7
%4627 = all_reduce_sum %4124 : f32[16,16] @ models/lib/nn.yaml:79:7
%4628 = reshape %4627 : f32[256] @ models/lib/nn.yaml:79:7
%4629 = mul %4628, %4628 : f32[256] @ models/lib/nn.yaml:79:7
%4630 = reduce_sum %4629 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4631 = sqrt %4630 : f32[] @ models/lib/nn.yaml:79:7
%4632 = cast %4631 : f64[] @ models/lib/nn.yaml:79:7
%4633 = add %4632, %4224 : f64[] @ models/lib/nn.yaml:79:7
%4634 = div %4226, %4633 : f64[] @ models/lib/nn.yaml:79:7
%4635 = lt %4634, %4228 : bool[] @ models/lib/nn.yaml:79:7
%4636 = cast %4634 : f32[] @ models/lib/nn.yaml:79:7
%4637 = broadcast %4636 : f32[16,16] @ models/lib/nn.yaml:79:7
%4638 = mul %4627, %4637 : f32[16,16] @ models/lib/nn.yaml:79:7
%4639 = broadcast %4635 : bool[16,16] @ models/lib/nn.yaml:79:7
%4640 = select %4639, %4638, %4627 : f32[16,16] @ models/lib/nn.yaml:79:7
%4641 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4642 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4643 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4644 = add %4643, %4238 : i64[] @ models/lib/nn.yaml:79:7
%4645 = broadcast %4242 : f32[16,16] @ models/lib/nn.yaml:79:7
%4646 = mul %14, %4645 : f32[16,16] @ models/lib/nn.yaml:79:7
%4647 = broadcast %2314 : f32[16,16] @ models/lib/nn.yaml:79:7
%4648 = mul %4640, %4647 : f32[16,16] @ models/lib/nn.yaml:79:7
%4649 = broadcast %1568 : f32[16,16] @ models/lib/nn.yaml:79:7
%4650 = mul %4641, %4649 : f32[16,16] @ models/lib/nn.yaml:79:7
%4651 = add %4650, %4648 : f32[16,16] @ models/lib/nn.yaml:79:7
%4652 = mul %4640, %4640 : f32[16,16] @ models/lib/nn.yaml:79:7
%4653 = broadcast %4252 : f32[16,16] @ models/lib/nn.yaml:79:7
%4654 = mul %4652, %4653 : f32[16,16] @ models/lib/nn.yaml:79:7
%4655 = broadcast %4256 : f32[16,16] @ models/lib/nn.yaml:79:7
%4656 = mul %4642, %4655 : f32[16,16] @ models/lib/nn.yaml:79:7
%4657 = add %4656, %4654 : f32[16,16] @ models/lib/nn.yaml:79:7
%4658 = cast %4644 : f64[] @ models/lib/nn.yaml:79:7
%4659 = pow %4247, %4658 : f64[] @ models/lib/nn.yaml:79:7
%4660 = sub %4228, %4659 : f64[] @ models/lib/nn.yaml:79:7
%4661 = div %2558, %4660 : f64[] @ models/lib/nn.yaml:79:7
%4662 = pow %4255, %4658 : f64[] @ models/lib/nn.yaml:79:7
%4663 = sub %4228, %4662 : f64[] @ models/lib/nn.yaml:79:7
%4664 = sqrt %4663 : f64[] @ models/lib/nn.yaml:79:7
%4665 = div %4228, %4664 : f64[] @ models/lib/nn.yaml:79:7
%4666 = sqrt %4657 : f32[16,16] @ models/lib/nn.yaml:79:7
%4667 = cast %4665 : f32[] @ models/lib/nn.yaml:79:7
%4668 = broadcast %4667 : f32[16,16] @ models/lib/nn.yaml:79:7
%4669 = mul %4666, %4668 : f32[16,16] @ models/lib/nn.yaml:79:7
%4670 = broadcast %4272 : f32[16,16] @ models/lib/nn.yaml:79:7
%4671 = add %4669, %4670 : f32[16,16] @ models/lib/nn.yaml:79:7
%4672 = div %4651, %4671 : f32[16,16] @ models/lib/nn.yaml:79:7
%4673 = cast %4661 : f32[] @ models/lib/nn.yaml:79:7
%4674 = broadcast %4673 : f32[16,16] @ models/lib/nn.yaml:79:7
%4675 = mul %4672, %4674 : f32[16,16] @ models/lib/nn.yaml:79:7
%4676 = sub %4646, %4675 : f32[16,16] @ models/lib/nn.yaml:79:7
%4677 = assign %14, %4676 : f32[16,16] @ models/lib/nn.yaml:79:7
%4678 = assign %4641, %4651 : f32[16,16] @ models/lib/nn.yaml:79:7
%4679 = assign %4642, %4657 : f32[16,16] @ models/lib/nn.yaml:79:7
%4680 = assign %4643, %4644 : i64[] @ models/lib/nn.yaml:79:7
%4681 = broadcast %4284 : f32[16,16] @ models/lib/nn.yaml:79:7
%4682 = mul %92, %4681 : f32[16,16] @ models/lib/nn.yaml:79:7
%4683 = broadcast %4288 : f32[16,16] @ models/lib/nn.yaml:79:7
%4684 = mul %4676, %4683 : f32[16,16] @ models/lib/nn.yaml:79:7
%4685 = add %4682, %4684 : f32[16,16] @ models/lib/nn.yaml:79:7
%4686 = assign %92, %4685 : f32[16,16] @ models/lib/nn.yaml:79:7
%4687 = all_reduce_sum %4119 : f32[16] @ models/lib/nn.yaml:80:7
%4688 = mul %4687, %4687 : f32[16] @ models/lib/nn.yaml:80:7
%4689 = reduce_sum %4688 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4690 = sqrt %4689 : f32[] @ models/lib/nn.yaml:80:7
%4691 = cast %4690 : f64[] @ models/lib/nn.yaml:80:7
%4692 = add %4691, %4224 : f64[] @ models/lib/nn.yaml:80:7
%4693 = div %4226, %4692 : f64[] @ models/lib/nn.yaml:80:7
%4694 = lt %4693, %4228 : bool[] @ models/lib/nn.yaml:80:7
%4695 = cast %4693 : f32[] @ models/lib/nn.yaml:80:7
%4696 = broadcast %4695 : f32[16] @ models/lib/nn.yaml:80:7
%4697 = mul %4687, %4696 : f32[16] @ models/lib/nn.yaml:80:7
%4698 = broadcast %4694 : bool[16] @ models/lib/nn.yaml:80:7
%4699 = select %4698, %4697, %4687 : f32[16] @ models/lib/nn.yaml:80:7
%4700 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4701 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4702 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4703 = add %4702, %4238 : i64[] @ models/lib/nn.yaml:80:7
%4704 = mul %4699, %4370 : f32[16] @ models/lib/nn.yaml:80:7
%4705 = mul %4700, %4372 : f32[16] @ models/lib/nn.yaml:80:7
%4706 = add %4705, %4704 : f32[16] @ models/lib/nn.yaml:80:7
%4707 = mul %4699, %4699 : f32[16] @ models/lib/nn.yaml:80:7
%4708 = mul %4707, %4376 : f32[16] @ models/lib/nn.yaml:80:7
%4709 = mul %4701, %4378 : f32[16] @ models/lib/nn.yaml:80:7
%4710 = add %4709, %4708 : f32[16] @ models/lib/nn.yaml:80:7
%4711 = cast %4703 : f64[] @ models/lib/nn.yaml:80:7
%4712 = pow %4247, %4711 : f64[] @ models/lib/nn.yaml:80:7
%4713 = sub %4228, %4712 : f64[] @ models/lib/nn.yaml:80:7
%4714 = div %2558, %4713 : f64[] @ models/lib/nn.yaml:80:7
%4715 = pow %4255, %4711 : f64[] @ models/lib/nn.yaml:80:7
%4716 = sub %4228, %4715 : f64[] @ models/lib/nn.yaml:80:7
%4717 = sqrt %4716 : f64[] @ models/lib/nn.yaml:80:7
%4718 = div %4228, %4717 : f64[] @ models/lib/nn.yaml:80:7
%4719 = sqrt %4710 : f32[16] @ models/lib/nn.yaml:80:7
%4720 = cast %4718 : f32[] @ models/lib/nn.yaml:80:7
%4721 = broadcast %4720 : f32[16] @ models/lib/nn.yaml:80:7
%4722 = mul %4719, %4721 : f32[16] @ models/lib/nn.yaml:80:7
%4723 = add %4722, %4393 : f32[16] @ models/lib/nn.yaml:80:7
%4724 = div %4706, %4723 : f32[16] @ models/lib/nn.yaml:80:7
%4725 = cast %4714 : f32[] @ models/lib/nn.yaml:80:7
%4726 = broadcast %4725 : f32[16] @ models/lib/nn.yaml:80:7
%4727 = mul %4724, %4726 : f32[16] @ models/lib/nn.yaml:80:7
%4728 = sub %15, %4727 : f32[16] @ models/lib/nn.yaml:80:7
%4729 = assign %15, %4728 : f32[16] @ models/lib/nn.yaml:80:7
%4730 = assign %4700, %4706 : f32[16] @ models/lib/nn.yaml:80:7
%4731 = assign %4701, %4710 : f32[16] @ models/lib/nn.yaml:80:7
%4732 = assign %4702, %4703 : i64[] @ models/lib/nn.yaml:80:7
%4733 = mul %93, %4404 : f32[16] @ models/lib/nn.yaml:80:7
%4734 = mul %4728, %4406 : f32[16] @ models/lib/nn.yaml:80:7
%4735 = add %4733, %4734 : f32[16] @ models/lib/nn.yaml:80:7
%4736 = assign %93, %4735 : f32[16] @ models/lib/nn.yaml:80:7
%4737 = all_reduce_sum %4096 : f32[16] @ models/lib/nn.yaml:89:7
%4738 = mul %4737, %4737 : f32[16] @ models/lib/nn.yaml:89:7
%4739 = reduce_sum %4738 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%4740 = sqrt %4739 : f32[] @ models/lib/nn.yaml:89:7
%4741 = cast %4740 : f64[] @ models/lib/nn.yaml:89:7
%4742 = add %4741, %4224 : f64[] @ models/lib/nn.yaml:89:7
%4743 = div %4226, %4742 : f64[] @ models/lib/nn.yaml:89:7
%4744 = lt %4743, %4228 : bool[] @ models/lib/nn.yaml:89:7
%4745 = cast %4743 : f32[] @ models/lib/nn.yaml:89:7
%4746 = broadcast %4745 : f32[16] @ models/lib/nn.yaml:89:7
%4747 = mul %4737, %4746 : f32[16] @ models/lib/nn.yaml:89:7
%4748 = broadcast %4744 : bool[16] @ models/lib/nn.yaml:89:7
%4749 = select %4748, %4747, %4737 : f32[16] @ models/lib/nn.yaml:89:7
%4750 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4751 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4752 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4753 = add %4752, %4238 : i64[] @ models/lib/nn.yaml:89:7
%4754 = mul %4749, %4370 : f32[16] @ models/lib/nn.yaml:89:7
%4755 = mul %4750, %4372 : f32[16] @ models/lib/nn.yaml:89:7
%4756 = add %4755, %4754 : f32[16] @ models/lib/nn.yaml:89:7
%4757 = mul %4749, %4749 : f32[16] @ models/lib/nn.yaml:89:7
%4758 = mul %4757, %4376 : f32[16] @ models/lib/nn.yaml:89:7
%4759 = mul %4751, %4378 : f32[16] @ models/lib/nn.yaml:89:7
%4760 = add %4759, %4758 : f32[16] @ models/lib/nn.yaml:89:7
%4761 = cast %4753 : f64[] @ models/lib/nn.yaml:89:7
%4762 = pow %4247, %4761 : f64[] @ models/lib/nn.yaml:89:7
%4763 = sub %4228, %4762 : f64[] @ models/lib/nn.yaml:89:7
%4764 = div %2558, %4763 : f64[] @ models/lib/nn.yaml:89:7
%4765 = pow %4255, %4761 : f64[] @ models/lib/nn.yaml:89:7
%4766 = sub %4228, %4765 : f64[] @ models/lib/nn.yaml:89:7
%4767 = sqrt %4766 : f64[] @ models/lib/nn.yaml:89:7
%4768 = div %4228, %4767 : f64[] @ models/lib/nn.yaml:89:7
%4769 = sqrt %4760 : f32[16] @ models/lib/nn.yaml:89:7
%4770 = cast %4768 : f32[] @ models/lib/nn.yaml:89:7
%4771 = broadcast %4770 : f32[16] @ models/lib/nn.yaml:89:7
%4772 = mul %4769, %4771 : f32[16] @ models/lib/nn.yaml:89:7
%4773 = add %4772, %4393 : f32[16] @ models/lib/nn.yaml:89:7
%4774 = div %4756, %4773 : f32[16] @ models/lib/nn.yaml:89:7
%4775 = cast %4764 : f32[] @ models/lib/nn.yaml:89:7
%4776 = broadcast %4775 : f32[16] @ models/lib/nn.yaml:89:7
%4777 = mul %4774, %4776 : f32[16] @ models/lib/nn.yaml:89:7
%4778 = sub %16, %4777 : f32[16] @ models/lib/nn.yaml:89:7
%4779 = assign %16, %4778 : f32[16] @ models/lib/nn.yaml:89:7
%4780 = assign %4750, %4756 : f32[16] @ models/lib/nn.yaml:89:7
%4781 = assign %4751, %4760 : f32[16] @ models/lib/nn.yaml:89:7
%4782 = assign %4752, %4753 : i64[] @ models/lib/nn.yaml:89:7
%4783 = mul %94, %4404 : f32[16] @ models/lib/nn.yaml:89:7
%4784 = mul %4778, %4406 : f32[16] @ models/lib/nn.yaml:89:7
%4785 = add %4783, %4784 : f32[16] @ models/lib/nn.yaml:89:7
%4786 = assign %94, %4785 : f32[16] @ models/lib/nn.yaml:89:7
%4787 = all_reduce_sum %4091 : f32[16] @ models/lib/nn.yaml:90:7
%4788 = mul %4787, %4787 : f32[16] @ models/lib/nn.yaml:90:7
%4789 = reduce_sum %4788 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%4790 = sqrt %4789 : f32[] @ models/lib/nn.yaml:90:7
%4791 = cast %4790 : f64[] @ models/lib/nn.yaml:90:7
%4792 = add %4791, %4224 : f64[] @ models/lib/nn.yaml:90:7
%4793 = div %4226, %4792 : f64[] @ models/lib/nn.yaml:90:7
%4794 = lt %4793, %4228 : bool[] @ models/lib/nn.yaml:90:7
%4795 = cast %4793 : f32[] @ models/lib/nn.yaml:90:7
%4796 = broadcast %4795 : f32[16] @ models/lib/nn.yaml:90:7
%4797 = mul %4787, %4796 : f32[16] @ models/lib/nn.yaml:90:7
%4798 = broadcast %4794 : bool[16] @ models/lib/nn.yaml:90:7
%4799 = select %4798, %4797, %4787 : f32[16] @ models/lib/nn.yaml:90:7
%4800 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4801 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4802 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4803 = add %4802, %4238 : i64[] @ models/lib/nn.yaml:90:7
%4804 = mul %4799, %4370 : f32[16] @ models/lib/nn.yaml:90:7
%4805 = mul %4800, %4372 : f32[16] @ models/lib/nn.yaml:90:7
%4806 = add %4805, %4804 : f32[16] @ models/lib/nn.yaml:90:7
%4807 = mul %4799, %4799 : f32[16] @ models/lib/nn.yaml:90:7
%4808 = mul %4807, %4376 : f32[16] @ models/lib/nn.yaml:90:7
%4809 = mul %4801, %4378 : f32[16] @ models/lib/nn.yaml:90:7
%4810 = add %4809, %4808 : f32[16] @ models/lib/nn.yaml:90:7
%4811 = cast %4803 : f64[] @ models/lib/nn.yaml:90:7
%4812 = pow %4247, %4811 : f64[] @ models/lib/nn.yaml:90:7
%4813 = sub %4228, %4812 : f64[] @ models/lib/nn.yaml:90:7
%4814 = div %2558, %4813 : f64[] @ models/lib/nn.yaml:90:7
%4815 = pow %4255, %4811 : f64[] @ models/lib/nn.yaml:90:7
%4816 = sub %4228, %4815 : f64[] @ models/lib/nn.yaml:90:7
%4817 = sqrt %4816 : f64[] @ models/lib/nn.yaml:90:7
%4818 = div %4228, %4817 : f64[] @ models/lib/nn.yaml:90:7
%4819 = sqrt %4810 : f32[16] @ models/lib/nn.yaml:90:7
%4820 = cast %4818 : f32[] @ models/lib/nn.yaml:90:7
%4821 = broadcast %4820 : f32[16] @ models/lib/nn.yaml:90:7
%4822 = mul %4819, %4821 : f32[16] @ models/lib/nn.yaml:90:7
%4823 = add %4822, %4393 : f32[16] @ models/lib/nn.yaml:90:7
%4824 = div %4806, %4823 : f32[16] @ models/lib/nn.yaml:90:7
%4825 = cast %4814 : f32[] @ models/lib/nn.yaml:90:7
%4826 = broadcast %4825 : f32[16] @ models/lib/nn.yaml:90:7
%4827 = mul %4824, %4826 : f32[16] @ models/lib/nn.yaml:90:7
%4828 = sub %17, %4827 : f32[16] @ models/lib/nn.yaml:90:7
%4829 = assign %17, %4828 : f32[16] @ models/lib/nn.yaml:90:7
%4830 = assign %4800, %4806 : f32[16] @ models/lib/nn.yaml:90:7
%4831 = assign %4801, %4810 : f32[16] @ models/lib/nn.yaml:90:7
%4832 = assign %4802, %4803 : i64[] @ models/lib/nn.yaml:90:7
%4833 = mul %95, %4404 : f32[16] @ models/lib/nn.yaml:90:7
%4834 = mul %4828, %4406 : f32[16] @ models/lib/nn.yaml:90:7
%4835 = add %4833, %4834 : f32[16] @ models/lib/nn.yaml:90:7
%4836 = assign %95, %4835 : f32[16] @ models/lib/nn.yaml:90:7
%4837 = all_reduce_sum %4086 : f32[64,16] @ models/lib/nn.yaml:79:7
%4838 = reshape %4837 : f32[1024] @ models/lib/nn.yaml:79:7
%4839 = mul %4838, %4838 : f32[1024] @ models/lib/nn.yaml:79:7
%4840 = reduce_sum %4839 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4841 = sqrt %4840 : f32[] @ models/lib/nn.yaml:79:7
%4842 = cast %4841 : f64[] @ models/lib/nn.yaml:79:7
%4843 = add %4842, %4224 : f64[] @ models/lib/nn.yaml:79:7
%4844 = div %4226, %4843 : f64[] @ models/lib/nn.yaml:79:7
%4845 = lt %4844, %4228 : bool[] @ models/lib/nn.yaml:79:7
%4846 = cast %4844 : f32[] @ models/lib/nn.yaml:79:7
%4847 = broadcast %4846 : f32[64,16] @ models/lib/nn.yaml:79:7
%4848 = mul %4837, %4847 : f32[64,16] @ models/lib/nn.yaml:79:7
%4849 = broadcast %4845 : bool[64,16] @ models/lib/nn.yaml:79:7
%4850 = select %4849, %4848, %4837 : f32[64,16] @ models/lib/nn.yaml:79:7
%4851 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4852 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4853 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4854 = add %4853, %4238 : i64[] @ models/lib/nn.yaml:79:7
%4855 = broadcast %4242 : f32[64,16] @ models/lib/nn.yaml:79:7
%4856 = mul %18, %4855 : f32[64,16] @ models/lib/nn.yaml:79:7
%4857 = broadcast %2314 : f32[64,16] @ models/lib/nn.yaml:79:7
%4858 = mul %4850, %4857 : f32[64,16] @ models/lib/nn.yaml:79:7
%4859 = broadcast %1568 : f32[64,16] @ models/lib/nn.yaml:79:7
%4860 = mul %4851, %4859 : f32[64,16] @ models/lib/nn.yaml:79:7
%4861 = add %4860, %4858 : f32[64,16] @ models/lib/nn.yaml:79:7
%4862 = mul %4850, %4850 : f32[64,16] @ models/lib/nn.yaml:79:7
%4863 = broadcast %4252 : f32[64,16] @ models/lib/nn.yaml:79:7
%4864 = mul %4862, %4863 : f32[64,16] @ models/lib/nn.yaml:79:7
%4865 = broadcast %4256 : f32[64,16] @ models/lib/nn.yaml:79:7
%4866 = mul %4852, %4865 : f32[64,16] @ models/lib/nn.yaml:79:7
%4867 = add %4866, %4864 : f32[64,16] @ models/lib/nn.yaml:79:7
%4868 = cast %4854 : f64[] @ models/lib/nn.yaml:79:7
%4869 = pow %4247, %4868 : f64[] @ models/lib/nn.yaml:79:7
%4870 = sub %4228, %4869 : f64[] @ models/lib/nn.yaml:79:7
%4871 = div %2558, %4870 : f64[] @ models/lib/nn.yaml:79:7
%4872 = pow %4255, %4868 : f64[] @ models/lib/nn.yaml:79:7
%4873 = sub %4228, %4872 : f64[] @ models/lib/nn.yaml:79:7
%4874 = sqrt %4873 : f64[] @ models/lib/nn.yaml:79:7
%4875 = div %4228, %4874 : f64[] @ models/lib/nn.yaml:79:7
%4876 = sqrt %4867 : f32[64,16] @ models/lib/nn.yaml:79:7
%4877 = cast %4875 : f32[] @ models/lib/nn.yaml:79:7
%4878 = broadcast %4877 : f32[64,16] @ models/lib/nn.yaml:79:7
%4879 = mul %4876, %4878 : f32[64,16] @ models/lib/nn.yaml:79:7
%4880 = broadcast %4272 : f32[64,16] @ models/lib/nn.yaml:79:7
%4881 = add %4879, %4880 : f32[64,16] @ models/lib/nn.yaml:79:7
%4882 = div %4861, %4881 : f32[64,16] @ models/lib/nn.yaml:79:7
%4883 = cast %4871 : f32[] @ models/lib/nn.yaml:79:7
%4884 = broadcast %4883 : f32[64,16] @ models/lib/nn.yaml:79:7
%4885 = mul %4882, %4884 : f32[64,16] @ models/lib/nn.yaml:79:7
%4886 = sub %4856, %4885 : f32[64,16] @ models/lib/nn.yaml:79:7
%4887 = assign %18, %4886 : f32[64,16] @ models/lib/nn.yaml:79:7
%4888 = assign %4851, %4861 : f32[64,16] @ models/lib/nn.yaml:79:7
%4889 = assign %4852, %4867 : f32[64,16] @ models/lib/nn.yaml:79:7
%4890 = assign %4853, %4854 : i64[] @ models/lib/nn.yaml:79:7
%4891 = broadcast %4284 : f32[64,16] @ models/lib/nn.yaml:79:7
%4892 = mul %96, %4891 : f32[64,16] @ models/lib/nn.yaml:79:7
%4893 = broadcast %4288 : f32[64,16] @ models/lib/nn.yaml:79:7
%4894 = mul %4886, %4893 : f32[64,16] @ models/lib/nn.yaml:79:7
%4895 = add %4892, %4894 : f32[64,16] @ models/lib/nn.yaml:79:7
%4896 = assign %96, %4895 : f32[64,16] @ models/lib/nn.yaml:79:7
%4897 = all_reduce_sum %4081 : f32[64] @ models/lib/nn.yaml:80:7
%4898 = mul %4897, %4897 : f32[64] @ models/lib/nn.yaml:80:7
%4899 = reduce_sum %4898 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4900 = sqrt %4899 : f32[] @ models/lib/nn.yaml:80:7
%4901 = cast %4900 : f64[] @ models/lib/nn.yaml:80:7
%4902 = add %4901, %4224 : f64[] @ models/lib/nn.yaml:80:7
%4903 = div %4226, %4902 : f64[] @ models/lib/nn.yaml:80:7
%4904 = lt %4903, %4228 : bool[] @ models/lib/nn.yaml:80:7
%4905 = cast %4903 : f32[] @ models/lib/nn.yaml:80:7
%4906 = broadcast %4905 : f32[64] @ models/lib/nn.yaml:80:7
%4907 = mul %4897, %4906 : f32[64] @ models/lib/nn.yaml:80:7
%4908 = broadcast %4904 : bool[64] @ models/lib/nn.yaml:80:7
%4909 = select %4908, %4907, %4897 : f32[64] @ models/lib/nn.yaml:80:7
%4910 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4911 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4912 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4913 = add %4912, %4238 : i64[] @ models/lib/nn.yaml:80:7
%4914 = broadcast %2314 : f32[64] @ models/lib/nn.yaml:80:7
%4915 = mul %4909, %4914 : f32[64] @ models/lib/nn.yaml:80:7
%4916 = broadcast %1568 : f32[64] @ models/lib/nn.yaml:80:7
%4917 = mul %4910, %4916 : f32[64] @ models/lib/nn.yaml:80:7
%4918 = add %4917, %4915 : f32[64] @ models/lib/nn.yaml:80:7
%4919 = mul %4909, %4909 : f32[64] @ models/lib/nn.yaml:80:7
%4920 = broadcast %4252 : f32[64] @ models/lib/nn.yaml:80:7
%4921 = mul %4919, %4920 : f32[64] @ models/lib/nn.yaml:80:7
%4922 = broadcast %4256 : f32[64] @ models/lib/nn.yaml:80:7
%4923 = mul %4911, %4922 : f32[64] @ models/lib/nn.yaml:80:7
%4924 = add %4923, %4921 : f32[64] @ models/lib/nn.yaml:80:7
%4925 = cast %4913 : f64[] @ models/lib/nn.yaml:80:7
%4926 = pow %4247, %4925 : f64[] @ models/lib/nn.yaml:80:7
%4927 = sub %4228, %4926 : f64[] @ models/lib/nn.yaml:80:7
%4928 = div %2558, %4927 : f64[] @ models/lib/nn.yaml:80:7
%4929 = pow %4255, %4925 : f64[] @ models/lib/nn.yaml:80:7
%4930 = sub %4228, %4929 : f64[] @ models/lib/nn.yaml:80:7
%4931 = sqrt %4930 : f64[] @ models/lib/nn.yaml:80:7
%4932 = div %4228, %4931 : f64[] @ models/lib/nn.yaml:80:7
%4933 = sqrt %4924 : f32[64] @ models/lib/nn.yaml:80:7
%4934 = cast %4932 : f32[] @ models/lib/nn.yaml:80:7
%4935 = broadcast %4934 : f32[64] @ models/lib/nn.yaml:80:7
%4936 = mul %4933, %4935 : f32[64] @ models/lib/nn.yaml:80:7
%4937 = broadcast %4272 : f32[64] @ models/lib/nn.yaml:80:7
%4938 = add %4936, %4937 : f32[64] @ models/lib/nn.yaml:80:7
%4939 = div %4918, %4938 : f32[64] @ models/lib/nn.yaml:80:7
%4940 = cast %4928 : f32[] @ models/lib/nn.yaml:80:7
%4941 = broadcast %4940 : f32[64] @ models/lib/nn.yaml:80:7
%4942 = mul %4939, %4941 : f32[64] @ models/lib/nn.yaml:80:7
%4943 = sub %19, %4942 : f32[64] @ models/lib/nn.yaml:80:7
%4944 = assign %19, %4943 : f32[64] @ models/lib/nn.yaml:80:7
%4945 = assign %4910, %4918 : f32[64] @ models/lib/nn.yaml:80:7
%4946 = assign %4911, %4924 : f32[64] @ models/lib/nn.yaml:80:7
%4947 = assign %4912, %4913 : i64[] @ models/lib/nn.yaml:80:7
%4948 = broadcast %4284 : f32[64] @ models/lib/nn.yaml:80:7
%4949 = mul %97, %4948 : f32[64] @ models/lib/nn.yaml:80:7
%4950 = broadcast %4288 : f32[64] @ models/lib/nn.yaml:80:7
%4951 = mul %4943, %4950 : f32[64] @ models/lib/nn.yaml:80:7
%4952 = add %4949, %4951 : f32[64] @ models/lib/nn.yaml:80:7
%4953 = assign %97, %4952 : f32[64] @ models/lib/nn.yaml:80:7
%4954 = all_reduce_sum %4066 : f32[16,64] @ models/lib/nn.yaml:79:7
%4955 = reshape %4954 : f32[1024] @ models/lib/nn.yaml:79:7
%4956 = mul %4955, %4955 : f32[1024] @ models/lib/nn.yaml:79:7
%4957 = reduce_sum %4956 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4958 = sqrt %4957 : f32[] @ models/lib/nn.yaml:79:7
%4959 = cast %4958 : f64[] @ models/lib/nn.yaml:79:7
%4960 = add %4959, %4224 : f64[] @ models/lib/nn.yaml:79:7
%4961 = div %4226, %4960 : f64[] @ models/lib/nn.yaml:79:7
%4962 = lt %4961, %4228 : bool[] @ models/lib/nn.yaml:79:7
%4963 = cast %4961 : f32[] @ models/lib/nn.yaml:79:7
%4964 = broadcast %4963 : f32[16,64] @ models/lib/nn.yaml:79:7
%4965 = mul %4954, %4964 : f32[16,64] @ models/lib/nn.yaml:79:7
%4966 = broadcast %4962 : bool[16,64] @ models/lib/nn.yaml:79:7
%4967 = select %4966, %4965, %4954 : f32[16,64] @ models/lib/nn.yaml:79:7
%4968 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4969 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4970 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4971 = add %4970, %4238 : i64[] @ models/lib/nn.yaml:79:7
%4972 = broadcast %4242 : f32[16,64] @ models/lib/nn.yaml:79:7
%4973 = mul %20, %4972 : f32[16,64] @ models/lib/nn.yaml:79:7
%4974 = broadcast %2314 : f32[16,64] @ models/lib/nn.yaml:79:7
%4975 = mul %4967, %4974 : f32[16,64] @ models/lib/nn.yaml:79:7
%4976 = broadcast %1568 : f32[16,64] @ models/lib/nn.yaml:79:7
%4977 = mul %4968, %4976 : f32[16,64] @ models/lib/nn.yaml:79:7
%4978 = add %4977, %4975 : f32[16,64] @ models/lib/nn.yaml:79:7
%4979 = mul %4967, %4967 : f32[16,64] @ models/lib/nn.yaml:79:7
%4980 = broadcast %4252 : f32[16,64] @ models/lib/nn.yaml:79:7
%4981 = mul %4979, %4980 : f32[16,64] @ models/lib/nn.yaml:79:7
%4982 = broadcast %4256 : f32[16,64] @ models/lib/nn.yaml:79:7
%4983 = mul %4969, %4982 : f32[16,64] @ models/lib/nn.yaml:79:7
%4984 = add %4983, %4981 : f32[16,64] @ models/lib/nn.yaml:79:7
%4985 = cast %4971 : f64[] @ models/lib/nn.yaml:79:7
%4986 = pow %4247, %4985 : f64[] @ models/lib/nn.yaml:79:7
%4987 = sub %4228, %4986 : f64[] @ models/lib/nn.yaml:79:7
%4988 = div %2558, %4987 : f64[] @ models/lib/nn.yaml:79:7
%4989 = pow %4255, %4985 : f64[] @ models/lib/nn.yaml:79:7
%4990 = sub %4228, %4989 : f64[] @ models/lib/nn.yaml:79:7
%4991 = sqrt %4990 : f64[] @ models/lib/nn.yaml:79:7
%4992 = div %4228, %4991 : f64[] @ models/lib/nn.yaml:79:7
%4993 = sqrt %4984 : f32[16,64] @ models/lib/nn.yaml:79:7
%4994 = cast %4992 : f32[] @ models/lib/nn.yaml:79:7
%4995 = broadcast %4994 : f32[16,64] @ models/lib/nn.yaml:79:7
%4996 = mul %4993, %4995 : f32[16,64] @ models/lib/nn.yaml:79:7
%4997 = broadcast %4272 : f32[16,64] @ models/lib/nn.yaml:79:7
%4998 = add %4996, %4997 : f32[16,64] @ models/lib/nn.yaml:79:7
%4999 = div %4978, %4998 : f32[16,64] @ models/lib/nn.yaml:79:7
%5000 = cast %4988 : f32[] @ models/lib/nn.yaml:79:7
%5001 = broadcast %5000 : f32[16,64] @ models/lib/nn.yaml:79:7
%5002 = mul %4999, %5001 : f32[16,64] @ models/lib/nn.yaml:79:7
%5003 = sub %4973, %5002 : f32[16,64] @ models/lib/nn.yaml:79:7
%5004 = assign %20, %5003 : f32[16,64] @ models/lib/nn.yaml:79:7
%5005 = assign %4968, %4978 : f32[16,64] @ models/lib/nn.yaml:79:7
%5006 = assign %4969, %4984 : f32[16,64] @ models/lib/nn.yaml:79:7
%5007 = assign %4970, %4971 : i64[] @ models/lib/nn.yaml:79:7
%5008 = broadcast %4284 : f32[16,64] @ models/lib/nn.yaml:79:7
%5009 = mul %98, %5008 : f32[16,64] @ models/lib/nn.yaml:79:7
%5010 = broadcast %4288 : f32[16,64] @ models/lib/nn.yaml:79:7
%5011 = mul %5003, %5010 : f32[16,64] @ models/lib/nn.yaml:79:7
%5012 = add %5009, %5011 : f32[16,64] @ models/lib/nn.yaml:79:7
%5013 = assign %98, %5012 : f32[16,64] @ models/lib/nn.yaml:79:7
%5014 = all_reduce_sum %4061 : f32[16] @ models/lib/nn.yaml:80:7
%5015 = mul %5014, %5014 : f32[16] @ models/lib/nn.yaml:80:7
%5016 = reduce_sum %5015 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5017 = sqrt %5016 : f32[] @ models/lib/nn.yaml:80:7
%5018 = cast %5017 : f64[] @ models/lib/nn.yaml:80:7
%5019 = add %5018, %4224 : f64[] @ models/lib/nn.yaml:80:7
%5020 = div %4226, %5019 : f64[] @ models/lib/nn.yaml:80:7
%5021 = lt %5020, %4228 : bool[] @ models/lib/nn.yaml:80:7
%5022 = cast %5020 : f32[] @ models/lib/nn.yaml:80:7
%5023 = broadcast %5022 : f32[16] @ models/lib/nn.yaml:80:7
%5024 = mul %5014, %5023 : f32[16] @ models/lib/nn.yaml:80:7
%5025 = broadcast %5021 : bool[16] @ models/lib/nn.yaml:80:7
%5026 = select %5025, %5024, %5014 : f32[16] @ models/lib/nn.yaml:80:7
%5027 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5028 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5029 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5030 = add %5029, %4238 : i64[] @ models/lib/nn.yaml:80:7
%5031 = mul %5026, %4370 : f32[16] @ models/lib/nn.yaml:80:7
%5032 = mul %5027, %4372 : f32[16] @ models/lib/nn.yaml:80:7
%5033 = add %5032, %5031 : f32[16] @ models/lib/nn.yaml:80:7
%5034 = mul %5026, %5026 : f32[16] @ models/lib/nn.yaml:80:7
%5035 = mul %5034, %4376 : f32[16] @ models/lib/nn.yaml:80:7
%5036 = mul %5028, %4378 : f32[16] @ models/lib/nn.yaml:80:7
%5037 = add %5036, %5035 : f32[16] @ models/lib/nn.yaml:80:7
%5038 = cast %5030 : f64[] @ models/lib/nn.yaml:80:7
%5039 = pow %4247, %5038 : f64[] @ models/lib/nn.yaml:80:7
%5040 = sub %4228, %5039 : f64[] @ models/lib/nn.yaml:80:7
%5041 = div %2558, %5040 : f64[] @ models/lib/nn.yaml:80:7
%5042 = pow %4255, %5038 : f64[] @ models/lib/nn.yaml:80:7
%5043 = sub %4228, %5042 : f64[] @ models/lib/nn.yaml:80:7
%5044 = sqrt %5043 : f64[] @ models/lib/nn.yaml:80:7
%5045 = div %4228, %5044 : f64[] @ models/lib/nn.yaml:80:7
%5046 = sqrt %5037 : f32[16] @ models/lib/nn.yaml:80:7
%5047 = cast %5045 : f32[] @ models/lib/nn.yaml:80:7
%5048 = broadcast %5047 : f32[16] @ models/lib/nn.yaml:80:7
%5049 = mul %5046, %5048 : f32[16] @ models/lib/nn.yaml:80:7
%5050 = add %5049, %4393 : f32[16] @ models/lib/nn.yaml:80:7
%5051 = div %5033, %5050 : f32[16] @ models/lib/nn.yaml:80:7
%5052 = cast %5041 : f32[] @ models/lib/nn.yaml:80:7
%5053 = broadcast %5052 : f32[16] @ models/lib/nn.yaml:80:7
%5054 = mul %5051, %5053 : f32[16] @ models/lib/nn.yaml:80:7
%5055 = sub %21, %5054 : f32[16] @ models/lib/nn.yaml:80:7
%5056 = assign %21, %5055 : f32[16] @ models/lib/nn.yaml:80:7
%5057 = assign %5027, %5033 : f32[16] @ models/lib/nn.yaml:80:7
%5058 = assign %5028, %5037 : f32[16] @ models/lib/nn.yaml:80:7
%5059 = assign %5029, %5030 : i64[] @ models/lib/nn.yaml:80:7
%5060 = mul %99, %4404 : f32[16] @ models/lib/nn.yaml:80:7
%5061 = mul %5055, %4406 : f32[16] @ models/lib/nn.yaml:80:7
%5062 = add %5060, %5061 : f32[16] @ models/lib/nn.yaml:80:7
%5063 = assign %99, %5062 : f32[16] @ models/lib/nn.yaml:80:7
%5064 = all_reduce_sum %4038 : f32[16] @ models/lib/nn.yaml:89:7
%5065 = mul %5064, %5064 : f32[16] @ models/lib/nn.yaml:89:7
%5066 = reduce_sum %5065 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5067 = sqrt %5066 : f32[] @ models/lib/nn.yaml:89:7
%5068 = cast %5067 : f64[] @ models/lib/nn.yaml:89:7
%5069 = add %5068, %4224 : f64[] @ models/lib/nn.yaml:89:7
%5070 = div %4226, %5069 : f64[] @ models/lib/nn.yaml:89:7
%5071 = lt %5070, %4228 : bool[] @ models/lib/nn.yaml:89:7
%5072 = cast %5070 : f32[] @ models/lib/nn.yaml:89:7
%5073 = broadcast %5072 : f32[16] @ models/lib/nn.yaml:89:7
%5074 = mul %5064, %5073 : f32[16] @ models/lib/nn.yaml:89:7
%5075 = broadcast %5071 : bool[16] @ models/lib/nn.yaml:89:7
%5076 = select %5075, %5074, %5064 : f32[16] @ models/lib/nn.yaml:89:7
%5077 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5078 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5079 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5080 = add %5079, %4238 : i64[] @ models/lib/nn.yaml:89:7
%5081 = mul %5076, %4370 : f32[16] @ models/lib/nn.yaml:89:7
%5082 = mul %5077, %4372 : f32[16] @ models/lib/nn.yaml:89:7
%5083 = add %5082, %5081 : f32[16] @ models/lib/nn.yaml:89:7
%5084 = mul %5076, %5076 : f32[16] @ models/lib/nn.yaml:89:7
%5085 = mul %5084, %4376 : f32[16] @ models/lib/nn.yaml:89:7
%5086 = mul %5078, %4378 : f32[16] @ models/lib/nn.yaml:89:7
%5087 = add %5086, %5085 : f32[16] @ models/lib/nn.yaml:89:7
%5088 = cast %5080 : f64[] @ models/lib/nn.yaml:89:7
%5089 = pow %4247, %5088 : f64[] @ models/lib/nn.yaml:89:7
%5090 = sub %4228, %5089 : f64[] @ models/lib/nn.yaml:89:7
%5091 = div %2558, %5090 : f64[] @ models/lib/nn.yaml:89:7
%5092 = pow %4255, %5088 : f64[] @ models/lib/nn.yaml:89:7
%5093 = sub %4228, %5092 : f64[] @ models/lib/nn.yaml:89:7
%5094 = sqrt %5093 : f64[] @ models/lib/nn.yaml:89:7
%5095 = div %4228, %5094 : f64[] @ models/lib/nn.yaml:89:7
%5096 = sqrt %5087 : f32[16] @ models/lib/nn.yaml:89:7
%5097 = cast %5095 : f32[] @ models/lib/nn.yaml:89:7
%5098 = broadcast %5097 : f32[16] @ models/lib/nn.yaml:89:7
%5099 = mul %5096, %5098 : f32[16] @ models/lib/nn.yaml:89:7
%5100 = add %5099, %4393 : f32[16] @ models/lib/nn.yaml:89:7
%5101 = div %5083, %5100 : f32[16] @ models/lib/nn.yaml:89:7
%5102 = cast %5091 : f32[] @ models/lib/nn.yaml:89:7
%5103 = broadcast %5102 : f32[16] @ models/lib/nn.yaml:89:7
%5104 = mul %5101, %5103 : f32[16] @ models/lib/nn.yaml:89:7
%5105 = sub %22, %5104 : f32[16] @ models/lib/nn.yaml:89:7
%5106 = assign %22, %5105 : f32[16] @ models/lib/nn.yaml:89:7
%5107 = assign %5077, %5083 : f32[16] @ models/lib/nn.yaml:89:7
%5108 = assign %5078, %5087 : f32[16] @ models/lib/nn.yaml:89:7
%5109 = assign %5079, %5080 : i64[] @ models/lib/nn.yaml:89:7
%5110 = mul %100, %4404 : f32[16] @ models/lib/nn.yaml:89:7
%5111 = mul %5105, %4406 : f32[16] @ models/lib/nn.yaml:89:7
%5112 = add %5110, %5111 : f32[16] @ models/lib/nn.yaml:89:7
%5113 = assign %100, %5112 : f32[16] @ models/lib/nn.yaml:89:7
%5114 = all_reduce_sum %4033 : f32[16] @ models/lib/nn.yaml:90:7
%5115 = mul %5114, %5114 : f32[16] @ models/lib/nn.yaml:90:7
%5116 = reduce_sum %5115 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5117 = sqrt %5116 : f32[] @ models/lib/nn.yaml:90:7
%5118 = cast %5117 : f64[] @ models/lib/nn.yaml:90:7
%5119 = add %5118, %4224 : f64[] @ models/lib/nn.yaml:90:7
%5120 = div %4226, %5119 : f64[] @ models/lib/nn.yaml:90:7
%5121 = lt %5120, %4228 : bool[] @ models/lib/nn.yaml:90:7
%5122 = cast %5120 : f32[] @ models/lib/nn.yaml:90:7
%5123 = broadcast %5122 : f32[16] @ models/lib/nn.yaml:90:7
%5124 = mul %5114, %5123 : f32[16] @ models/lib/nn.yaml:90:7
%5125 = broadcast %5121 : bool[16] @ models/lib/nn.yaml:90:7
%5126 = select %5125, %5124, %5114 : f32[16] @ models/lib/nn.yaml:90:7
%5127 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5128 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5129 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5130 = add %5129, %4238 : i64[] @ models/lib/nn.yaml:90:7
%5131 = mul %5126, %4370 : f32[16] @ models/lib/nn.yaml:90:7
%5132 = mul %5127, %4372 : f32[16] @ models/lib/nn.yaml:90:7
%5133 = add %5132, %5131 : f32[16] @ models/lib/nn.yaml:90:7
%5134 = mul %5126, %5126 : f32[16] @ models/lib/nn.yaml:90:7
%5135 = mul %5134, %4376 : f32[16] @ models/lib/nn.yaml:90:7
%5136 = mul %5128, %4378 : f32[16] @ models/lib/nn.yaml:90:7
%5137 = add %5136, %5135 : f32[16] @ models/lib/nn.yaml:90:7
%5138 = cast %5130 : f64[] @ models/lib/nn.yaml:90:7
%5139 = pow %4247, %5138 : f64[] @ models/lib/nn.yaml:90:7
%5140 = sub %4228, %5139 : f64[] @ models/lib/nn.yaml:90:7
%5141 = div %2558, %5140 : f64[] @ models/lib/nn.yaml:90:7
%5142 = pow %4255, %5138 : f64[] @ models/lib/nn.yaml:90:7
%5143 = sub %4228, %5142 : f64[] @ models/lib/nn.yaml:90:7
%5144 = sqrt %5143 : f64[] @ models/lib/nn.yaml:90:7
%5145 = div %4228, %5144 : f64[] @ models/lib/nn.yaml:90:7
%5146 = sqrt %5137 : f32[16] @ models/lib/nn.yaml:90:7
%5147 = cast %5145 : f32[] @ models/lib/nn.yaml:90:7
%5148 = broadcast %5147 : f32[16] @ models/lib/nn.yaml:90:7
%5149 = mul %5146, %5148 : f32[16] @ models/lib/nn.yaml:90:7
%5150 = add %5149, %4393 : f32[16] @ models/lib/nn.yaml:90:7
%5151 = div %5133, %5150 : f32[16] @ models/lib/nn.yaml:90:7
%5152 = cast %5141 : f32[] @ models/lib/nn.yaml:90:7
%5153 = broadcast %5152 : f32[16] @ models/lib/nn.yaml:90:7
%5154 = mul %5151, %5153 : f32[16] @ models/lib/nn.yaml:90:7
%5155 = sub %23, %5154 : f32[16] @ models/lib/nn.yaml:90:7
%5156 = assign %23, %5155 : f32[16] @ models/lib/nn.yaml:90:7
%5157 = assign %5127, %5133 : f32[16] @ models/lib/nn.yaml:90:7
%5158 = assign %5128, %5137 : f32[16] @ models/lib/nn.yaml:90:7
%5159 = assign %5129, %5130 : i64[] @ models/lib/nn.yaml:90:7
%5160 = mul %101, %4404 : f32[16] @ models/lib/nn.yaml:90:7
%5161 = mul %5155, %4406 : f32[16] @ models/lib/nn.yaml:90:7
%5162 = add %5160, %5161 : f32[16] @ models/lib/nn.yaml:90:7
%5163 = assign %101, %5162 : f32[16] @ models/lib/nn.yaml:90:7
%5164 = all_reduce_sum %4028 : f32[48,16] @ models/lib/nn.yaml:79:7
%5165 = reshape %5164 : f32[768] @ models/lib/nn.yaml:79:7
%5166 = mul %5165, %5165 : f32[768] @ models/lib/nn.yaml:79:7
%5167 = reduce_sum %5166 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5168 = sqrt %5167 : f32[] @ models/lib/nn.yaml:79:7
%5169 = cast %5168 : f64[] @ models/lib/nn.yaml:79:7
%5170 = add %5169, %4224 : f64[] @ models/lib/nn.yaml:79:7
%5171 = div %4226, %5170 : f64[] @ models/lib/nn.yaml:79:7
%5172 = lt %5171, %4228 : bool[] @ models/lib/nn.yaml:79:7
%5173 = cast %5171 : f32[] @ models/lib/nn.yaml:79:7
%5174 = broadcast %5173 : f32[48,16] @ models/lib/nn.yaml:79:7
%5175 = mul %5164, %5174 : f32[48,16] @ models/lib/nn.yaml:79:7
%5176 = broadcast %5172 : bool[48,16] @ models/lib/nn.yaml:79:7
%5177 = select %5176, %5175, %5164 : f32[48,16] @ models/lib/nn.yaml:79:7
%5178 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%5179 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%5180 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5181 = add %5180, %4238 : i64[] @ models/lib/nn.yaml:79:7
%5182 = mul %24, %4528 : f32[48,16] @ models/lib/nn.yaml:79:7
%5183 = mul %5177, %4530 : f32[48,16] @ models/lib/nn.yaml:79:7
%5184 = mul %5178, %4532 : f32[48,16] @ models/lib/nn.yaml:79:7
%5185 = add %5184, %5183 : f32[48,16] @ models/lib/nn.yaml:79:7
%5186 = mul %5177, %5177 : f32[48,16] @ models/lib/nn.yaml:79:7
%5187 = mul %5186, %4536 : f32[48,16] @ models/lib/nn.yaml:79:7
%5188 = mul %5179, %4538 : f32[48,16] @ models/lib/nn.yaml:79:7
%5189 = add %5188, %5187 : f32[48,16] @ models/lib/nn.yaml:79:7
%5190 = cast %5181 : f64[] @ models/lib/nn.yaml:79:7
%5191 = pow %4247, %5190 : f64[] @ models/lib/nn.yaml:79:7
%5192 = sub %4228, %5191 : f64[] @ models/lib/nn.yaml:79:7
%5193 = div %2558, %5192 : f64[] @ models/lib/nn.yaml:79:7
%5194 = pow %4255, %5190 : f64[] @ models/lib/nn.yaml:79:7
%5195 = sub %4228, %5194 : f64[] @ models/lib/nn.yaml:79:7
%5196 = sqrt %5195 : f64[] @ models/lib/nn.yaml:79:7
%5197 = div %4228, %5196 : f64[] @ models/lib/nn.yaml:79:7
%5198 = sqrt %5189 : f32[48,16] @ models/lib/nn.yaml:79:7
%5199 = cast %5197 : f32[] @ models/lib/nn.yaml:79:7
%5200 = broadcast %5199 : f32[48,16] @ models/lib/nn.yaml:79:7
%5201 = mul %5198, %5200 : f32[48,16] @ models/lib/nn.yaml:79:7
%5202 = add %5201, %4553 : f32[48,16] @ models/lib/nn.yaml:79:7
%5203 = div %5185, %5202 : f32[48,16] @ models/lib/nn.yaml:79:7
%5204 = cast %5193 : f32[] @ models/lib/nn.yaml:79:7
%5205 = broadcast %5204 : f32[48,16] @ models/lib/nn.yaml:79:7
%5206 = mul %5203, %5205 : f32[48,16] @ models/lib/nn.yaml:79:7
%5207 = sub %5182, %5206 : f32[48,16] @ models/lib/nn.yaml:79:7
%5208 = assign %24, %5207 : f32[48,16] @ models/lib/nn.yaml:79:7
%5209 = assign %5178, %5185 : f32[48,16] @ models/lib/nn.yaml:79:7
%5210 = assign %5179, %5189 : f32[48,16] @ models/lib/nn.yaml:79:7
%5211 = assign %5180, %5181 : i64[] @ models/lib/nn.yaml:79:7
%5212 = mul %102, %4564 : f32[48,16] @ models/lib/nn.yaml:79:7
%5213 = mul %5207, %4566 : f32[48,16] @ models/lib/nn.yaml:79:7
%5214 = add %5212, %5213 : f32[48,16] @ models/lib/nn.yaml:79:7
%5215 = assign %102, %5214 : f32[48,16] @ models/lib/nn.yaml:79:7
%5216 = all_reduce_sum %4023 : f32[48] @ models/lib/nn.yaml:80:7
%5217 = mul %5216, %5216 : f32[48] @ models/lib/nn.yaml:80:7
%5218 = reduce_sum %5217 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5219 = sqrt %5218 : f32[] @ models/lib/nn.yaml:80:7
%5220 = cast %5219 : f64[] @ models/lib/nn.yaml:80:7
%5221 = add %5220, %4224 : f64[] @ models/lib/nn.yaml:80:7
%5222 = div %4226, %5221 : f64[] @ models/lib/nn.yaml:80:7
%5223 = lt %5222, %4228 : bool[] @ models/lib/nn.yaml:80:7
%5224 = cast %5222 : f32[] @ models/lib/nn.yaml:80:7
%5225 = broadcast %5224 : f32[48] @ models/lib/nn.yaml:80:7
%5226 = mul %5216, %5225 : f32[48] @ models/lib/nn.yaml:80:7
%5227 = broadcast %5223 : bool[48] @ models/lib/nn.yaml:80:7
%5228 = select %5227, %5226, %5216 : f32[48] @ models/lib/nn.yaml:80:7
%5229 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%5230 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%5231 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5232 = add %5231, %4238 : i64[] @ models/lib/nn.yaml:80:7
%5233 = mul %5228, %4587 : f32[48] @ models/lib/nn.yaml:80:7
%5234 = mul %5229, %4589 : f32[48] @ models/lib/nn.yaml:80:7
%5235 = add %5234, %5233 : f32[48] @ models/lib/nn.yaml:80:7
%5236 = mul %5228, %5228 : f32[48] @ models/lib/nn.yaml:80:7
%5237 = mul %5236, %4593 : f32[48] @ models/lib/nn.yaml:80:7
%5238 = mul %5230, %4595 : f32[48] @ models/lib/nn.yaml:80:7
%5239 = add %5238, %5237 : f32[48] @ models/lib/nn.yaml:80:7
%5240 = cast %5232 : f64[] @ models/lib/nn.yaml:80:7
%5241 = pow %4247, %5240 : f64[] @ models/lib/nn.yaml:80:7
%5242 = sub %4228, %5241 : f64[] @ models/lib/nn.yaml:80:7
%5243 = div %2558, %5242 : f64[] @ models/lib/nn.yaml:80:7
%5244 = pow %4255, %5240 : f64[] @ models/lib/nn.yaml:80:7
%5245 = sub %4228, %5244 : f64[] @ models/lib/nn.yaml:80:7
%5246 = sqrt %5245 : f64[] @ models/lib/nn.yaml:80:7
%5247 = div %4228, %5246 : f64[] @ models/lib/nn.yaml:80:7
%5248 = sqrt %5239 : f32[48] @ models/lib/nn.yaml:80:7
%5249 = cast %5247 : f32[] @ models/lib/nn.yaml:80:7
%5250 = broadcast %5249 : f32[48] @ models/lib/nn.yaml:80:7
%5251 = mul %5248, %5250 : f32[48] @ models/lib/nn.yaml:80:7
%5252 = add %5251, %4610 : f32[48] @ models/lib/nn.yaml:80:7
%5253 = div %5235, %5252 : f32[48] @ models/lib/nn.yaml:80:7
%5254 = cast %5243 : f32[] @ models/lib/nn.yaml:80:7
%5255 = broadcast %5254 : f32[48] @ models/lib/nn.yaml:80:7
%5256 = mul %5253, %5255 : f32[48] @ models/lib/nn.yaml:80:7
%5257 = sub %25, %5256 : f32[48] @ models/lib/nn.yaml:80:7
%5258 = assign %25, %5257 : f32[48] @ models/lib/nn.yaml:80:7
%5259 = assign %5229, %5235 : f32[48] @ models/lib/nn.yaml:80:7
%5260 = assign %5230, %5239 : f32[48] @ models/lib/nn.yaml:80:7
%5261 = assign %5231, %5232 : i64[] @ models/lib/nn.yaml:80:7
%5262 = mul %103, %4621 : f32[48] @ models/lib/nn.yaml:80:7
%5263 = mul %5257, %4623 : f32[48] @ models/lib/nn.yaml:80:7
%5264 = add %5262, %5263 : f32[48] @ models/lib/nn.yaml:80:7
%5265 = assign %103, %5264 : f32[48] @ models/lib/nn.yaml:80:7
%5266 = all_reduce_sum %3975 : f32[16,16] @ models/lib/nn.yaml:79:7
%5267 = reshape %5266 : f32[256] @ models/lib/nn.yaml:79:7
%5268 = mul %5267, %5267 : f32[256] @ models/lib/nn.yaml:79:7
%5269 = reduce_sum %5268 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5270 = sqrt %5269 : f32[] @ models/lib/nn.yaml:79:7
%5271 = cast %5270 : f64[] @ models/lib/nn.yaml:79:7
%5272 = add %5271, %4224 : f64[] @ models/lib/nn.yaml:79:7
%5273 = div %4226, %5272 : f64[] @ models/lib/nn.yaml:79:7
%5274 = lt %5273, %4228 : bool[] @ models/lib/nn.yaml:79:7
%5275 = cast %5273 : f32[] @ models/lib/nn.yaml:79:7
%5276 = broadcast %5275 : f32[16,16] @ models/lib/nn.yaml:79:7
%5277 = mul %5266, %5276 : f32[16,16] @ models/lib/nn.yaml:79:7
%5278 = broadcast %5274 : bool[16,16] @ models/lib/nn.yaml:79:7
%5279 = select %5278, %5277, %5266 : f32[16,16] @ models/lib/nn.yaml:79:7
%5280 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5281 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5282 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5283 = add %5282, %4238 : i64[] @ models/lib/nn.yaml:79:7
%5284 = mul %26, %4645 : f32[16,16] @ models/lib/nn.yaml:79:7
%5285 = mul %5279, %4647 : f32[16,16] @ models/lib/nn.yaml:79:7
%5286 = mul %5280, %4649 : f32[16,16] @ models/lib/nn.yaml:79:7
%5287 = add %5286, %5285 : f32[16,16] @ models/lib/nn.yaml:79:7
%5288 = mul %5279, %5279 : f32[16,16] @ models/lib/nn.yaml:79:7
%5289 = mul %5288, %4653 : f32[16,16] @ models/lib/nn.yaml:79:7
%5290 = mul %5281, %4655 : f32[16,16] @ models/lib/nn.yaml:79:7
%5291 = add %5290, %5289 : f32[16,16] @ models/lib/nn.yaml:79:7
%5292 = cast %5283 : f64[] @ models/lib/nn.yaml:79:7
%5293 = pow %4247, %5292 : f64[] @ models/lib/nn.yaml:79:7
%5294 = sub %4228, %5293 : f64[] @ models/lib/nn.yaml:79:7
%5295 = div %2558, %5294 : f64[] @ models/lib/nn.yaml:79:7
%5296 = pow %4255, %5292 : f64[] @ models/lib/nn.yaml:79:7
%5297 = sub %4228, %5296 : f64[] @ models/lib/nn.yaml:79:7
%5298 = sqrt %5297 : f64[] @ models/lib/nn.yaml:79:7
%5299 = div %4228, %5298 : f64[] @ models/lib/nn.yaml:79:7
%5300 = sqrt %5291 : f32[16,16] @ models/lib/nn.yaml:79:7
%5301 = cast %5299 : f32[] @ models/lib/nn.yaml:79:7
%5302 = broadcast %5301 : f32[16,16] @ models/lib/nn.yaml:79:7
%5303 = mul %5300, %5302 : f32[16,16] @ models/lib/nn.yaml:79:7
%5304 = add %5303, %4670 : f32[16,16] @ models/lib/nn.yaml:79:7
%5305 = div %5287, %5304 : f32[16,16] @ models/lib/nn.yaml:79:7
%5306 = cast %5295 : f32[] @ models/lib/nn.yaml:79:7
%5307 = broadcast %5306 : f32[16,16] @ models/lib/nn.yaml:79:7
%5308 = mul %5305, %5307 : f32[16,16] @ models/lib/nn.yaml:79:7
%5309 = sub %5284, %5308 : f32[16,16] @ models/lib/nn.yaml:79:7
%5310 = assign %26, %5309 : f32[16,16] @ models/lib/nn.yaml:79:7
%5311 = assign %5280, %5287 : f32[16,16] @ models/lib/nn.yaml:79:7
%5312 = assign %5281, %5291 : f32[16,16] @ models/lib/nn.yaml:79:7
%5313 = assign %5282, %5283 : i64[] @ models/lib/nn.yaml:79:7
%5314 = mul %104, %4681 : f32[16,16] @ models/lib/nn.yaml:79:7
%5315 = mul %5309, %4683 : f32[16,16] @ models/lib/nn.yaml:79:7
%5316 = add %5314, %5315 : f32[16,16] @ models/lib/nn.yaml:79:7
%5317 = assign %104, %5316 : f32[16,16] @ models/lib/nn.yaml:79:7
%5318 = all_reduce_sum %3970 : f32[16] @ models/lib/nn.yaml:80:7
%5319 = mul %5318, %5318 : f32[16] @ models/lib/nn.yaml:80:7
%5320 = reduce_sum %5319 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5321 = sqrt %5320 : f32[] @ models/lib/nn.yaml:80:7
%5322 = cast %5321 : f64[] @ models/lib/nn.yaml:80:7
%5323 = add %5322, %4224 : f64[] @ models/lib/nn.yaml:80:7
%5324 = div %4226, %5323 : f64[] @ models/lib/nn.yaml:80:7
%5325 = lt %5324, %4228 : bool[] @ models/lib/nn.yaml:80:7
%5326 = cast %5324 : f32[] @ models/lib/nn.yaml:80:7
%5327 = broadcast %5326 : f32[16] @ models/lib/nn.yaml:80:7
%5328 = mul %5318, %5327 : f32[16] @ models/lib/nn.yaml:80:7
%5329 = broadcast %5325 : bool[16] @ models/lib/nn.yaml:80:7
%5330 = select %5329, %5328, %5318 : f32[16] @ models/lib/nn.yaml:80:7
%5331 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5332 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5333 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5334 = add %5333, %4238 : i64[] @ models/lib/nn.yaml:80:7
%5335 = mul %5330, %4370 : f32[16] @ models/lib/nn.yaml:80:7
%5336 = mul %5331, %4372 : f32[16] @ models/lib/nn.yaml:80:7
%5337 = add %5336, %5335 : f32[16] @ models/lib/nn.yaml:80:7
%5338 = mul %5330, %5330 : f32[16] @ models/lib/nn.yaml:80:7
%5339 = mul %5338, %4376 : f32[16] @ models/lib/nn.yaml:80:7
%5340 = mul %5332, %4378 : f32[16] @ models/lib/nn.yaml:80:7
%5341 = add %5340, %5339 : f32[16] @ models/lib/nn.yaml:80:7
%5342 = cast %5334 : f64[] @ models/lib/nn.yaml:80:7
%5343 = pow %4247, %5342 : f64[] @ models/lib/nn.yaml:80:7
%5344 = sub %4228, %5343 : f64[] @ models/lib/nn.yaml:80:7
%5345 = div %2558, %5344 : f64[] @ models/lib/nn.yaml:80:7
%5346 = pow %4255, %5342 : f64[] @ models/lib/nn.yaml:80:7
%5347 = sub %4228, %5346 : f64[] @ models/lib/nn.yaml:80:7
%5348 = sqrt %5347 : f64[] @ models/lib/nn.yaml:80:7
%5349 = div %4228, %5348 : f64[] @ models/lib/nn.yaml:80:7
%5350 = sqrt %5341 : f32[16] @ models/lib/nn.yaml:80:7
%5351 = cast %5349 : f32[] @ models/lib/nn.yaml:80:7
%5352 = broadcast %5351 : f32[16] @ models/lib/nn.yaml:80:7
%5353 = mul %5350, %5352 : f32[16] @ models/lib/nn.yaml:80:7
%5354 = add %5353, %4393 : f32[16] @ models/lib/nn.yaml:80:7
%5355 = div %5337, %5354 : f32[16] @ models/lib/nn.yaml:80:7
%5356 = cast %5345 : f32[] @ models/lib/nn.yaml:80:7
%5357 = broadcast %5356 : f32[16] @ models/lib/nn.yaml:80:7
%5358 = mul %5355, %5357 : f32[16] @ models/lib/nn.yaml:80:7
%5359 = sub %27, %5358 : f32[16] @ models/lib/nn.yaml:80:7
%5360 = assign %27, %5359 : f32[16] @ models/lib/nn.yaml:80:7
%5361 = assign %5331, %5337 : f32[16] @ models/lib/nn.yaml:80:7
%5362 = assign %5332, %5341 : f32[16] @ models/lib/nn.yaml:80:7
%5363 = assign %5333, %5334 : i64[] @ models/lib/nn.yaml:80:7
%5364 = mul %105, %4404 : f32[16] @ models/lib/nn.yaml:80:7
%5365 = mul %5359, %4406 : f32[16] @ models/lib/nn.yaml:80:7
%5366 = add %5364, %5365 : f32[16] @ models/lib/nn.yaml:80:7
%5367 = assign %105, %5366 : f32[16] @ models/lib/nn.yaml:80:7
%5368 = all_reduce_sum %3944 : f32[16] @ models/lib/nn.yaml:89:7
%5369 = mul %5368, %5368 : f32[16] @ models/lib/nn.yaml:89:7
%5370 = reduce_sum %5369 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5371 = sqrt %5370 : f32[] @ models/lib/nn.yaml:89:7
%5372 = cast %5371 : f64[] @ models/lib/nn.yaml:89:7
%5373 = add %5372, %4224 : f64[] @ models/lib/nn.yaml:89:7
%5374 = div %4226, %5373 : f64[] @ models/lib/nn.yaml:89:7
%5375 = lt %5374, %4228 : bool[] @ models/lib/nn.yaml:89:7
%5376 = cast %5374 : f32[] @ models/lib/nn.yaml:89:7
%5377 = broadcast %5376 : f32[16] @ models/lib/nn.yaml:89:7
%5378 = mul %5368, %5377 : f32[16] @ models/lib/nn.yaml:89:7
%5379 = broadcast %5375 : bool[16] @ models/lib/nn.yaml:89:7
%5380 = select %5379, %5378, %5368 : f32[16] @ models/lib/nn.yaml:89:7
%5381 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5382 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5383 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5384 = add %5383, %4238 : i64[] @ models/lib/nn.yaml:89:7
%5385 = mul %5380, %4370 : f32[16] @ models/lib/nn.yaml:89:7
%5386 = mul %5381, %4372 : f32[16] @ models/lib/nn.yaml:89:7
%5387 = add %5386, %5385 : f32[16] @ models/lib/nn.yaml:89:7
%5388 = mul %5380, %5380 : f32[16] @ models/lib/nn.yaml:89:7
%5389 = mul %5388, %4376 : f32[16] @ models/lib/nn.yaml:89:7
%5390 = mul %5382, %4378 : f32[16] @ models/lib/nn.yaml:89:7
%5391 = add %5390, %5389 : f32[16] @ models/lib/nn.yaml:89:7
%5392 = cast %5384 : f64[] @ models/lib/nn.yaml:89:7
%5393 = pow %4247, %5392 : f64[] @ models/lib/nn.yaml:89:7
%5394 = sub %4228, %5393 : f64[] @ models/lib/nn.yaml:89:7
%5395 = div %2558, %5394 : f64[] @ models/lib/nn.yaml:89:7
%5396 = pow %4255, %5392 : f64[] @ models/lib/nn.yaml:89:7
%5397 = sub %4228, %5396 : f64[] @ models/lib/nn.yaml:89:7
%5398 = sqrt %5397 : f64[] @ models/lib/nn.yaml:89:7
%5399 = div %4228, %5398 : f64[] @ models/lib/nn.yaml:89:7
%5400 = sqrt %5391 : f32[16] @ models/lib/nn.yaml:89:7
%5401 = cast %5399 : f32[] @ models/lib/nn.yaml:89:7
%5402 = broadcast %5401 : f32[16] @ models/lib/nn.yaml:89:7
%5403 = mul %5400, %5402 : f32[16] @ models/lib/nn.yaml:89:7
%5404 = add %5403, %4393 : f32[16] @ models/lib/nn.yaml:89:7
%5405 = div %5387, %5404 : f32[16] @ models/lib/nn.yaml:89:7
%5406 = cast %5395 : f32[] @ models/lib/nn.yaml:89:7
%5407 = broadcast %5406 : f32[16] @ models/lib/nn.yaml:89:7
%5408 = mul %5405, %5407 : f32[16] @ models/lib/nn.yaml:89:7
%5409 = sub %28, %5408 : f32[16] @ models/lib/nn.yaml:89:7
%5410 = assign %28, %5409 : f32[16] @ models/lib/nn.yaml:89:7
%5411 = assign %5381, %5387 : f32[16] @ models/lib/nn.yaml:89:7
%5412 = assign %5382, %5391 : f32[16] @ models/lib/nn.yaml:89:7
%5413 = assign %5383, %5384 : i64[] @ models/lib/nn.yaml:89:7
%5414 = mul %106, %4404 : f32[16] @ models/lib/nn.yaml:89:7
%5415 = mul %5409, %4406 : f32[16] @ models/lib/nn.yaml:89:7
%5416 = add %5414, %5415 : f32[16] @ models/lib/nn.yaml:89:7
%5417 = assign %106, %5416 : f32[16] @ models/lib/nn.yaml:89:7
%5418 = all_reduce_sum %3939 : f32[16] @ models/lib/nn.yaml:90:7
%5419 = mul %5418, %5418 : f32[16] @ models/lib/nn.yaml:90:7
%5420 = reduce_sum %5419 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5421 = sqrt %5420 : f32[] @ models/lib/nn.yaml:90:7
%5422 = cast %5421 : f64[] @ models/lib/nn.yaml:90:7
%5423 = add %5422, %4224 : f64[] @ models/lib/nn.yaml:90:7
%5424 = div %4226, %5423 : f64[] @ models/lib/nn.yaml:90:7
%5425 = lt %5424, %4228 : bool[] @ models/lib/nn.yaml:90:7
%5426 = cast %5424 : f32[] @ models/lib/nn.yaml:90:7
%5427 = broadcast %5426 : f32[16] @ models/lib/nn.yaml:90:7
%5428 = mul %5418, %5427 : f32[16] @ models/lib/nn.yaml:90:7
%5429 = broadcast %5425 : bool[16] @ models/lib/nn.yaml:90:7
%5430 = select %5429, %5428, %5418 : f32[16] @ models/lib/nn.yaml:90:7
%5431 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5432 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5433 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5434 = add %5433, %4238 : i64[] @ models/lib/nn.yaml:90:7
%5435 = mul %5430, %4370 : f32[16] @ models/lib/nn.yaml:90:7
%5436 = mul %5431, %4372 : f32[16] @ models/lib/nn.yaml:90:7
%5437 = add %5436, %5435 : f32[16] @ models/lib/nn.yaml:90:7
%5438 = mul %5430, %5430 : f32[16] @ models/lib/nn.yaml:90:7
%5439 = mul %5438, %4376 : f32[16] @ models/lib/nn.yaml:90:7
%5440 = mul %5432, %4378 : f32[16] @ models/lib/nn.yaml:90:7
%5441 = add %5440, %5439 : f32[16] @ models/lib/nn.yaml:90:7
%5442 = cast %5434 : f64[] @ models/lib/nn.yaml:90:7
%5443 = pow %4247, %5442 : f64[] @ models/lib/nn.yaml:90:7
%5444 = sub %4228, %5443 : f64[] @ models/lib/nn.yaml:90:7
%5445 = div %2558, %5444 : f64[] @ models/lib/nn.yaml:90:7
%5446 = pow %4255, %5442 : f64[] @ models/lib/nn.yaml:90:7
%5447 = sub %4228, %5446 : f64[] @ models/lib/nn.yaml:90:7
%5448 = sqrt %5447 : f64[] @ models/lib/nn.yaml:90:7
%5449 = div %4228, %5448 : f64[] @ models/lib/nn.yaml:90:7
%5450 = sqrt %5441 : f32[16] @ models/lib/nn.yaml:90:7
%5451 = cast %5449 : f32[] @ models/lib/nn.yaml:90:7
%5452 = broadcast %5451 : f32[16] @ models/lib/nn.yaml:90:7
%5453 = mul %5450, %5452 : f32[16] @ models/lib/nn.yaml:90:7
%5454 = add %5453, %4393 : f32[16] @ models/lib/nn.yaml:90:7
%5455 = div %5437, %5454 : f32[16] @ models/lib/nn.yaml:90:7
%5456 = cast %5445 : f32[] @ models/lib/nn.yaml:90:7
%5457 = broadcast %5456 : f32[16] @ models/lib/nn.yaml:90:7
%5458 = mul %5455, %5457 : f32[16] @ models/lib/nn.yaml:90:7
%5459 = sub %29, %5458 : f32[16] @ models/lib/nn.yaml:90:7
%5460 = assign %29, %5459 : f32[16] @ models/lib/nn.yaml:90:7
%5461 = assign %5431, %5437 : f32[16] @ models/lib/nn.yaml:90:7
%5462 = assign %5432, %5441 : f32[16] @ models/lib/nn.yaml:90:7
%5463 = assign %5433, %5434 : i64[] @ models/lib/nn.yaml:90:7
%5464 = mul %107, %4404 : f32[16] @ models/lib/nn.yaml:90:7
%5465 = mul %5459, %4406 : f32[16] @ models/lib/nn.yaml:90:7
%5466 = add %5464, %5465 : f32[16] @ models/lib/nn.yaml:90:7
%5467 = assign %107, %5466 : f32[16] @ models/lib/nn.yaml:90:7
%5468 = all_reduce_sum %3934 : f32[64,16] @ models/lib/nn.yaml:79:7
%5469 = reshape %5468 : f32[1024] @ models/lib/nn.yaml:79:7
%5470 = mul %5469, %5469 : f32[1024] @ models/lib/nn.yaml:79:7
%5471 = reduce_sum %5470 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5472 = sqrt %5471 : f32[] @ models/lib/nn.yaml:79:7
%5473 = cast %5472 : f64[] @ models/lib/nn.yaml:79:7
%5474 = add %5473, %4224 : f64[] @ models/lib/nn.yaml:79:7
%5475 = div %4226, %5474 : f64[] @ models/lib/nn.yaml:79:7
%5476 = lt %5475, %4228 : bool[] @ models/lib/nn.yaml:79:7
%5477 = cast %5475 : f32[] @ models/lib/nn.yaml:79:7
%5478 = broadcast %5477 : f32[64,16] @ models/lib/nn.yaml:79:7
%5479 = mul %5468, %5478 : f32[64,16] @ models/lib/nn.yaml:79:7
%5480 = broadcast %5476 : bool[64,16] @ models/lib/nn.yaml:79:7
%5481 = select %5480, %5479, %5468 : f32[64,16] @ models/lib/nn.yaml:79:7
%5482 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5483 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5484 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5485 = add %5484, %4238 : i64[] @ models/lib/nn.yaml:79:7
%5486 = mul %30, %4855 : f32[64,16] @ models/lib/nn.yaml:79:7
%5487 = mul %5481, %4857 : f32[64,16] @ models/lib/nn.yaml:79:7
%5488 = mul %5482, %4859 : f32[64,16] @ models/lib/nn.yaml:79:7
%5489 = add %5488, %5487 : f32[64,16] @ models/lib/nn.yaml:79:7
%5490 = mul %5481, %5481 : f32[64,16] @ models/lib/nn.yaml:79:7
%5491 = mul %5490, %4863 : f32[64,16] @ models/lib/nn.yaml:79:7
%5492 = mul %5483, %4865 : f32[64,16] @ models/lib/nn.yaml:79:7
%5493 = add %5492, %5491 : f32[64,16] @ models/lib/nn.yaml:79:7
%5494 = cast %5485 : f64[] @ models/lib/nn.yaml:79:7
%5495 = pow %4247, %5494 : f64[] @ models/lib/nn.yaml:79:7
%5496 = sub %4228, %5495 : f64[] @ models/lib/nn.yaml:79:7
%5497 = div %2558, %5496 : f64[] @ models/lib/nn.yaml:79:7
%5498 = pow %4255, %5494 : f64[] @ models/lib/nn.yaml:79:7
%5499 = sub %4228, %5498 : f64[] @ models/lib/nn.yaml:79:7
%5500 = sqrt %5499 : f64[] @ models/lib/nn.yaml:79:7
%5501 = div %4228, %5500 : f64[] @ models/lib/nn.yaml:79:7
%5502 = sqrt %5493 : f32[64,16] @ models/lib/nn.yaml:79:7
%5503 = cast %5501 : f32[] @ models/lib/nn.yaml:79:7
%5504 = broadcast %5503 : f32[64,16] @ models/lib/nn.yaml:79:7
%5505 = mul %5502, %5504 : f32[64,16] @ models/lib/nn.yaml:79:7
%5506 = add %5505, %4880 : f32[64,16] @ models/lib/nn.yaml:79:7
%5507 = div %5489, %5506 : f32[64,16] @ models/lib/nn.yaml:79:7
%5508 = cast %5497 : f32[] @ models/lib/nn.yaml:79:7
%5509 = broadcast %5508 : f32[64,16] @ models/lib/nn.yaml:79:7
%5510 = mul %5507, %5509 : f32[64,16] @ models/lib/nn.yaml:79:7
%5511 = sub %5486, %5510 : f32[64,16] @ models/lib/nn.yaml:79:7
%5512 = assign %30, %5511 : f32[64,16] @ models/lib/nn.yaml:79:7
%5513 = assign %5482, %5489 : f32[64,16] @ models/lib/nn.yaml:79:7
%5514 = assign %5483, %5493 : f32[64,16] @ models/lib/nn.yaml:79:7
%5515 = assign %5484, %5485 : i64[] @ models/lib/nn.yaml:79:7
%5516 = mul %108, %4891 : f32[64,16] @ models/lib/nn.yaml:79:7
%5517 = mul %5511, %4893 : f32[64,16] @ models/lib/nn.yaml:79:7
%5518 = add %5516, %5517 : f32[64,16] @ models/lib/nn.yaml:79:7
%5519 = assign %108, %5518 : f32[64,16] @ models/lib/nn.yaml:79:7
%5520 = all_reduce_sum %3929 : f32[64] @ models/lib/nn.yaml:80:7
%5521 = mul %5520, %5520 : f32[64] @ models/lib/nn.yaml:80:7
%5522 = reduce_sum %5521 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5523 = sqrt %5522 : f32[] @ models/lib/nn.yaml:80:7
%5524 = cast %5523 : f64[] @ models/lib/nn.yaml:80:7
%5525 = add %5524, %4224 : f64[] @ models/lib/nn.yaml:80:7
%5526 = div %4226, %5525 : f64[] @ models/lib/nn.yaml:80:7
%5527 = lt %5526, %4228 : bool[] @ models/lib/nn.yaml:80:7
%5528 = cast %5526 : f32[] @ models/lib/nn.yaml:80:7
%5529 = broadcast %5528 : f32[64] @ models/lib/nn.yaml:80:7
%5530 = mul %5520, %5529 : f32[64] @ models/lib/nn.yaml:80:7
%5531 = broadcast %5527 : bool[64] @ models/lib/nn.yaml:80:7
%5532 = select %5531, %5530, %5520 : f32[64] @ models/lib/nn.yaml:80:7
%5533 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5534 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5535 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5536 = add %5535, %4238 : i64[] @ models/lib/nn.yaml:80:7
%5537 = mul %5532, %4914 : f32[64] @ models/lib/nn.yaml:80:7
%5538 = mul %5533, %4916 : f32[64] @ models/lib/nn.yaml:80:7
%5539 = add %5538, %5537 : f32[64] @ models/lib/nn.yaml:80:7
%5540 = mul %5532, %5532 : f32[64] @ models/lib/nn.yaml:80:7
%5541 = mul %5540, %4920 : f32[64] @ models/lib/nn.yaml:80:7
%5542 = mul %5534, %4922 : f32[64] @ models/lib/nn.yaml:80:7
%5543 = add %5542, %5541 : f32[64] @ models/lib/nn.yaml:80:7
%5544 = cast %5536 : f64[] @ models/lib/nn.yaml:80:7
%5545 = pow %4247, %5544 : f64[] @ models/lib/nn.yaml:80:7
%5546 = sub %4228, %5545 : f64[] @ models/lib/nn.yaml:80:7
%5547 = div %2558, %5546 : f64[] @ models/lib/nn.yaml:80:7
%5548 = pow %4255, %5544 : f64[] @ models/lib/nn.yaml:80:7
%5549 = sub %4228, %5548 : f64[] @ models/lib/nn.yaml:80:7
%5550 = sqrt %5549 : f64[] @ models/lib/nn.yaml:80:7
%5551 = div %4228, %5550 : f64[] @ models/lib/nn.yaml:80:7
%5552 = sqrt %5543 : f32[64] @ models/lib/nn.yaml:80:7
%5553 = cast %5551 : f32[] @ models/lib/nn.yaml:80:7
%5554 = broadcast %5553 : f32[64] @ models/lib/nn.yaml:80:7
%5555 = mul %5552, %5554 : f32[64] @ models/lib/nn.yaml:80:7
%5556 = add %5555, %4937 : f32[64] @ models/lib/nn.yaml:80:7
%5557 = div %5539, %5556 : f32[64] @ models/lib/nn.yaml:80:7
%5558 = cast %5547 : f32[] @ models/lib/nn.yaml:80:7
%5559 = broadcast %5558 : f32[64] @ models/lib/nn.yaml:80:7
%5560 = mul %5557, %5559 : f32[64] @ models/lib/nn.yaml:80:7
%5561 = sub %31, %5560 : f32[64] @ models/lib/nn.yaml:80:7
%5562 = assign %31, %5561 : f32[64] @ models/lib/nn.yaml:80:7
%5563 = assign %5533, %5539 : f32[64] @ models/lib/nn.yaml:80:7
%5564 = assign %5534, %5543 : f32[64] @ models/lib/nn.yaml:80:7
%5565 = assign %5535, %5536 : i64[] @ models/lib/nn.yaml:80:7
%5566 = mul %109, %4948 : f32[64] @ models/lib/nn.yaml:80:7
%5567 = mul %5561, %4950 : f32[64] @ models/lib/nn.yaml:80:7
%5568 = add %5566, %5567 : f32[64] @ models/lib/nn.yaml:80:7
%5569 = assign %109, %5568 : f32[64] @ models/lib/nn.yaml:80:7
%5570 = all_reduce_sum %3913 : f32[16,64] @ models/lib/nn.yaml:79:7
%5571 = reshape %5570 : f32[1024] @ models/lib/nn.yaml:79:7
%5572 = mul %5571, %5571 : f32[1024] @ models/lib/nn.yaml:79:7
%5573 = reduce_sum %5572 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5574 = sqrt %5573 : f32[] @ models/lib/nn.yaml:79:7
%5575 = cast %5574 : f64[] @ models/lib/nn.yaml:79:7
%5576 = add %5575, %4224 : f64[] @ models/lib/nn.yaml:79:7
%5577 = div %4226, %5576 : f64[] @ models/lib/nn.yaml:79:7
%5578 = lt %5577, %4228 : bool[] @ models/lib/nn.yaml:79:7
%5579 = cast %5577 : f32[] @ models/lib/nn.yaml:79:7
%5580 = broadcast %5579 : f32[16,64] @ models/lib/nn.yaml:79:7
%5581 = mul %5570, %5580 : f32[16,64] @ models/lib/nn.yaml:79:7
%5582 = broadcast %5578 : bool[16,64] @ models/lib/nn.yaml:79:7
%5583 = select %5582, %5581, %5570 : f32[16,64] @ models/lib/nn.yaml:79:7
%5584 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5585 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5586 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5587 = add %5586, %4238 : i64[] @ models/lib/nn.yaml:79:7
%5588 = mul %32, %4972 : f32[16,64] @ models/lib/nn.yaml:79:7
%5589 = mul %5583, %4974 : f32[16,64] @ models/lib/nn.yaml:79:7
%5590 = mul %5584, %4976 : f32[16,64] @ models/lib/nn.yaml:79:7
%5591 = add %5590, %5589 : f32[16,64] @ models/lib/nn.yaml:79:7
%5592 = mul %5583, %5583 : f32[16,64] @ models/lib/nn.yaml:79:7
%5593 = mul %5592, %4980 : f32[16,64] @ models/lib/nn.yaml:79:7
%5594 = mul %5585, %4982 : f32[16,64] @ models/lib/nn.yaml:79:7
%5595 = add %5594, %5593 : f32[16,64] @ models/lib/nn.yaml:79:7
%5596 = cast %5587 : f64[] @ models/lib/nn.yaml:79:7
%5597 = pow %4247, %5596 : f64[] @ models/lib/nn.yaml:79:7
%5598 = sub %4228, %5597 : f64[] @ models/lib/nn.yaml:79:7
%5599 = div %2558, %5598 : f64[] @ models/lib/nn.yaml:79:7
%5600 = pow %4255, %5596 : f64[] @ models/lib/nn.yaml:79:7
%5601 = sub %4228, %5600 : f64[] @ models/lib/nn.yaml:79:7
%5602 = sqrt %5601 : f64[] @ models/lib/nn.yaml:79:7
%5603 = div %4228, %5602 : f64[] @ models/lib/nn.yaml:79:7
%5604 = sqrt %5595 : f32[16,64] @ models/lib/nn.yaml:79:7
%5605 = cast %5603 : f32[] @ models/lib/nn.yaml:79:7
%5606 = broadcast %5605 : f32[16,64] @ models/lib/nn.yaml:79:7
%5607 = mul %5604, %5606 : f32[16,64] @ models/lib/nn.yaml:79:7
%5608 = add %5607, %4997 : f32[16,64] @ models/lib/nn.yaml:79:7
%5609 = div %5591, %5608 : f32[16,64] @ models/lib/nn.yaml:79:7
%5610 = cast %5599 : f32[] @ models/lib/nn.yaml:79:7
%5611 = broadcast %5610 : f32[16,64] @ models/lib/nn.yaml:79:7
%5612 = mul %5609, %5611 : f32[16,64] @ models/lib/nn.yaml:79:7
%5613 = sub %5588, %5612 : f32[16,64] @ models/lib/nn.yaml:79:7
%5614 = assign %32, %5613 : f32[16,64] @ models/lib/nn.yaml:79:7
%5615 = assign %5584, %5591 : f32[16,64] @ models/lib/nn.yaml:79:7
%5616 = assign %5585, %5595 : f32[16,64] @ models/lib/nn.yaml:79:7
%5617 = assign %5586, %5587 : i64[] @ models/lib/nn.yaml:79:7
%5618 = mul %110, %5008 : f32[16,64] @ models/lib/nn.yaml:79:7
%5619 = mul %5613, %5010 : f32[16,64] @ models/lib/nn.yaml:79:7
%5620 = add %5618, %5619 : f32[16,64] @ models/lib/nn.yaml:79:7
%5621 = assign %110, %5620 : f32[16,64] @ models/lib/nn.yaml:79:7
%5622 = all_reduce_sum %3908 : f32[16] @ models/lib/nn.yaml:80:7
%5623 = mul %5622, %5622 : f32[16] @ models/lib/nn.yaml:80:7
%5624 = reduce_sum %5623 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5625 = sqrt %5624 : f32[] @ models/lib/nn.yaml:80:7
%5626 = cast %5625 : f64[] @ models/lib/nn.yaml:80:7
%5627 = add %5626, %4224 : f64[] @ models/lib/nn.yaml:80:7
%5628 = div %4226, %5627 : f64[] @ models/lib/nn.yaml:80:7
%5629 = lt %5628, %4228 : bool[] @ models/lib/nn.yaml:80:7
%5630 = cast %5628 : f32[] @ models/lib/nn.yaml:80:7
%5631 = broadcast %5630 : f32[16] @ models/lib/nn.yaml:80:7
%5632 = mul %5622, %5631 : f32[16] @ models/lib/nn.yaml:80:7
%5633 = broadcast %5629 : bool[16] @ models/lib/nn.yaml:80:7
%5634 = select %5633, %5632, %5622 : f32[16] @ models/lib/nn.yaml:80:7
%5635 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5636 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5637 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5638 = add %5637, %4238 : i64[] @ models/lib/nn.yaml:80:7
%5639 = mul %5634, %4370 : f32[16] @ models/lib/nn.yaml:80:7
%5640 = mul %5635, %4372 : f32[16] @ models/lib/nn.yaml:80:7
%5641 = add %5640, %5639 : f32[16] @ models/lib/nn.yaml:80:7
%5642 = mul %5634, %5634 : f32[16] @ models/lib/nn.yaml:80:7
%5643 = mul %5642, %4376 : f32[16] @ models/lib/nn.yaml:80:7
%5644 = mul %5636, %4378 : f32[16] @ models/lib/nn.yaml:80:7
%5645 = add %5644, %5643 : f32[16] @ models/lib/nn.yaml:80:7
%5646 = cast %5638 : f64[] @ models/lib/nn.yaml:80:7
%5647 = pow %4247, %5646 : f64[] @ models/lib/nn.yaml:80:7
%5648 = sub %4228, %5647 : f64[] @ models/lib/nn.yaml:80:7
%5649 = div %2558, %5648 : f64[] @ models/lib/nn.yaml:80:7
%5650 = pow %4255, %5646 : f64[] @ models/lib/nn.yaml:80:7
%5651 = sub %4228, %5650 : f64[] @ models/lib/nn.yaml:80:7
%5652 = sqrt %5651 : f64[] @ models/lib/nn.yaml:80:7
%5653 = div %4228, %5652 : f64[] @ models/lib/nn.yaml:80:7
%5654 = sqrt %5645 : f32[16] @ models/lib/nn.yaml:80:7
%5655 = cast %5653 : f32[] @ models/lib/nn.yaml:80:7
%5656 = broadcast %5655 : f32[16] @ models/lib/nn.yaml:80:7
%5657 = mul %5654, %5656 : f32[16] @ models/lib/nn.yaml:80:7
%5658 = add %5657, %4393 : f32[16] @ models/lib/nn.yaml:80:7
%5659 = div %5641, %5658 : f32[16] @ models/lib/nn.yaml:80:7
%5660 = cast %5649 : f32[] @ models/lib/nn.yaml:80:7
%5661 = broadcast %5660 : f32[16] @ models/lib/nn.yaml:80:7
%5662 = mul %5659, %5661 : f32[16] @ models/lib/nn.yaml:80:7
%5663 = sub %33, %5662 : f32[16] @ models/lib/nn.yaml:80:7
%5664 = assign %33, %5663 : f32[16] @ models/lib/nn.yaml:80:7
%5665 = assign %5635, %5641 : f32[16] @ models/lib/nn.yaml:80:7
%5666 = assign %5636, %5645 : f32[16] @ models/lib/nn.yaml:80:7
%5667 = assign %5637, %5638 : i64[] @ models/lib/nn.yaml:80:7
%5668 = mul %111, %4404 : f32[16] @ models/lib/nn.yaml:80:7
%5669 = mul %5663, %4406 : f32[16] @ models/lib/nn.yaml:80:7
%5670 = add %5668, %5669 : f32[16] @ models/lib/nn.yaml:80:7
%5671 = assign %111, %5670 : f32[16] @ models/lib/nn.yaml:80:7
%5672 = all_reduce_sum %3901 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5673 = reshape %5672 : f32[16] @ models/lib/vit.yaml:103:7
%5674 = mul %5673, %5673 : f32[16] @ models/lib/vit.yaml:103:7
%5675 = reduce_sum %5674 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%5676 = sqrt %5675 : f32[] @ models/lib/vit.yaml:103:7
%5677 = cast %5676 : f64[] @ models/lib/vit.yaml:103:7
%5678 = add %5677, %4224 : f64[] @ models/lib/vit.yaml:103:7
%5679 = div %4226, %5678 : f64[] @ models/lib/vit.yaml:103:7
%5680 = lt %5679, %4228 : bool[] @ models/lib/vit.yaml:103:7
%5681 = cast %5679 : f32[] @ models/lib/vit.yaml:103:7
%5682 = broadcast %5681 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5683 = mul %5672, %5682 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5684 = broadcast %5680 : bool[1,1,16] @ models/lib/vit.yaml:103:7
%5685 = select %5684, %5683, %5672 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5686 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5687 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5688 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%5689 = add %5688, %4238 : i64[] @ models/lib/vit.yaml:103:7
%5690 = broadcast %4242 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5691 = mul %34, %5690 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5692 = broadcast %2314 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5693 = mul %5685, %5692 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5694 = broadcast %1568 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5695 = mul %5686, %5694 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5696 = add %5695, %5693 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5697 = mul %5685, %5685 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5698 = broadcast %4252 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5699 = mul %5697, %5698 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5700 = broadcast %4256 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5701 = mul %5687, %5700 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5702 = add %5701, %5699 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5703 = cast %5689 : f64[] @ models/lib/vit.yaml:103:7
%5704 = pow %4247, %5703 : f64[] @ models/lib/vit.yaml:103:7
%5705 = sub %4228, %5704 : f64[] @ models/lib/vit.yaml:103:7
%5706 = div %2558, %5705 : f64[] @ models/lib/vit.yaml:103:7
%5707 = pow %4255, %5703 : f64[] @ models/lib/vit.yaml:103:7
%5708 = sub %4228, %5707 : f64[] @ models/lib/vit.yaml:103:7
%5709 = sqrt %5708 : f64[] @ models/lib/vit.yaml:103:7
%5710 = div %4228, %5709 : f64[] @ models/lib/vit.yaml:103:7
%5711 = sqrt %5702 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5712 = cast %5710 : f32[] @ models/lib/vit.yaml:103:7
%5713 = broadcast %5712 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5714 = mul %5711, %5713 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5715 = broadcast %4272 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5716 = add %5714, %5715 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5717 = div %5696, %5716 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5718 = cast %5706 : f32[] @ models/lib/vit.yaml:103:7
%5719 = broadcast %5718 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5720 = mul %5717, %5719 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5721 = sub %5691, %5720 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5722 = assign %34, %5721 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5723 = assign %5686, %5696 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5724 = assign %5687, %5702 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5725 = assign %5688, %5689 : i64[] @ models/lib/vit.yaml:103:7
%5726 = broadcast %4284 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5727 = mul %112, %5726 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5728 = broadcast %4288 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5729 = mul %5721, %5728 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5730 = add %5727, %5729 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5731 = assign %112, %5730 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5732 = all_reduce_sum %3878 : f32[16] @ models/lib/nn.yaml:89:7
%5733 = mul %5732, %5732 : f32[16] @ models/lib/nn.yaml:89:7
%5734 = reduce_sum %5733 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5735 = sqrt %5734 : f32[] @ models/lib/nn.yaml:89:7
%5736 = cast %5735 : f64[] @ models/lib/nn.yaml:89:7
%5737 = add %5736, %4224 : f64[] @ models/lib/nn.yaml:89:7
%5738 = div %4226, %5737 : f64[] @ models/lib/nn.yaml:89:7
%5739 = lt %5738, %4228 : bool[] @ models/lib/nn.yaml:89:7
%5740 = cast %5738 : f32[] @ models/lib/nn.yaml:89:7
%5741 = broadcast %5740 : f32[16] @ models/lib/nn.yaml:89:7
%5742 = mul %5732, %5741 : f32[16] @ models/lib/nn.yaml:89:7
%5743 = broadcast %5739 : bool[16] @ models/lib/nn.yaml:89:7
%5744 = select %5743, %5742, %5732 : f32[16] @ models/lib/nn.yaml:89:7
%5745 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5746 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5747 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5748 = add %5747, %4238 : i64[] @ models/lib/nn.yaml:89:7
%5749 = mul %5744, %4370 : f32[16] @ models/lib/nn.yaml:89:7
%5750 = mul %5745, %4372 : f32[16] @ models/lib/nn.yaml:89:7
%5751 = add %5750, %5749 : f32[16] @ models/lib/nn.yaml:89:7
%5752 = mul %5744, %5744 : f32[16] @ models/lib/nn.yaml:89:7
%5753 = mul %5752, %4376 : f32[16] @ models/lib/nn.yaml:89:7
%5754 = mul %5746, %4378 : f32[16] @ models/lib/nn.yaml:89:7
%5755 = add %5754, %5753 : f32[16] @ models/lib/nn.yaml:89:7
%5756 = cast %5748 : f64[] @ models/lib/nn.yaml:89:7
%5757 = pow %4247, %5756 : f64[] @ models/lib/nn.yaml:89:7
%5758 = sub %4228, %5757 : f64[] @ models/lib/nn.yaml:89:7
%5759 = div %2558, %5758 : f64[] @ models/lib/nn.yaml:89:7
%5760 = pow %4255, %5756 : f64[] @ models/lib/nn.yaml:89:7
%5761 = sub %4228, %5760 : f64[] @ models/lib/nn.yaml:89:7
%5762 = sqrt %5761 : f64[] @ models/lib/nn.yaml:89:7
%5763 = div %4228, %5762 : f64[] @ models/lib/nn.yaml:89:7
%5764 = sqrt %5755 : f32[16] @ models/lib/nn.yaml:89:7
%5765 = cast %5763 : f32[] @ models/lib/nn.yaml:89:7
%5766 = broadcast %5765 : f32[16] @ models/lib/nn.yaml:89:7
%5767 = mul %5764, %5766 : f32[16] @ models/lib/nn.yaml:89:7
%5768 = add %5767, %4393 : f32[16] @ models/lib/nn.yaml:89:7
%5769 = div %5751, %5768 : f32[16] @ models/lib/nn.yaml:89:7
%5770 = cast %5759 : f32[] @ models/lib/nn.yaml:89:7
%5771 = broadcast %5770 : f32[16] @ models/lib/nn.yaml:89:7
%5772 = mul %5769, %5771 : f32[16] @ models/lib/nn.yaml:89:7
%5773 = sub %35, %5772 : f32[16] @ models/lib/nn.yaml:89:7
%5774 = assign %35, %5773 : f32[16] @ models/lib/nn.yaml:89:7
%5775 = assign %5745, %5751 : f32[16] @ models/lib/nn.yaml:89:7
%5776 = assign %5746, %5755 : f32[16] @ models/lib/nn.yaml:89:7
%5777 = assign %5747, %5748 : i64[] @ models/lib/nn.yaml:89:7
%5778 = mul %113, %4404 : f32[16] @ models/lib/nn.yaml:89:7
%5779 = mul %5773, %4406 : f32[16] @ models/lib/nn.yaml:89:7
%5780 = add %5778, %5779 : f32[16] @ models/lib/nn.yaml:89:7
%5781 = assign %113, %5780 : f32[16] @ models/lib/nn.yaml:89:7
%5782 = all_reduce_sum %3873 : f32[16] @ models/lib/nn.yaml:90:7
%5783 = mul %5782, %5782 : f32[16] @ models/lib/nn.yaml:90:7
%5784 = reduce_sum %5783 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5785 = sqrt %5784 : f32[] @ models/lib/nn.yaml:90:7
%5786 = cast %5785 : f64[] @ models/lib/nn.yaml:90:7
%5787 = add %5786, %4224 : f64[] @ models/lib/nn.yaml:90:7
%5788 = div %4226, %5787 : f64[] @ models/lib/nn.yaml:90:7
%5789 = lt %5788, %4228 : bool[] @ models/lib/nn.yaml:90:7
%5790 = cast %5788 : f32[] @ models/lib/nn.yaml:90:7
%5791 = broadcast %5790 : f32[16] @ models/lib/nn.yaml:90:7
%5792 = mul %5782, %5791 : f32[16] @ models/lib/nn.yaml:90:7
%5793 = broadcast %5789 : bool[16] @ models/lib/nn.yaml:90:7
%5794 = select %5793, %5792, %5782 : f32[16] @ models/lib/nn.yaml:90:7
%5795 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5796 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5797 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5798 = add %5797, %4238 : i64[] @ models/lib/nn.yaml:90:7
%5799 = mul %5794, %4370 : f32[16] @ models/lib/nn.yaml:90:7
%5800 = mul %5795, %4372 : f32[16] @ models/lib/nn.yaml:90:7
%5801 = add %5800, %5799 : f32[16] @ models/lib/nn.yaml:90:7
%5802 = mul %5794, %5794 : f32[16] @ models/lib/nn.yaml:90:7
%5803 = mul %5802, %4376 : f32[16] @ models/lib/nn.yaml:90:7
%5804 = mul %5796, %4378 : f32[16] @ models/lib/nn.yaml:90:7
%5805 = add %5804, %5803 : f32[16] @ models/lib/nn.yaml:90:7
%5806 = cast %5798 : f64[] @ models/lib/nn.yaml:90:7
%5807 = pow %4247, %5806 : f64[] @ models/lib/nn.yaml:90:7
%5808 = sub %4228, %5807 : f64[] @ models/lib/nn.yaml:90:7
%5809 = div %2558, %5808 : f64[] @ models/lib/nn.yaml:90:7
%5810 = pow %4255, %5806 : f64[] @ models/lib/nn.yaml:90:7
%5811 = sub %4228, %5810 : f64[] @ models/lib/nn.yaml:90:7
%5812 = sqrt %5811 : f64[] @ models/lib/nn.yaml:90:7
%5813 = div %4228, %5812 : f64[] @ models/lib/nn.yaml:90:7
%5814 = sqrt %5805 : f32[16] @ models/lib/nn.yaml:90:7
%5815 = cast %5813 : f32[] @ models/lib/nn.yaml:90:7
%5816 = broadcast %5815 : f32[16] @ models/lib/nn.yaml:90:7
%5817 = mul %5814, %5816 : f32[16] @ models/lib/nn.yaml:90:7
%5818 = add %5817, %4393 : f32[16] @ models/lib/nn.yaml:90:7
%5819 = div %5801, %5818 : f32[16] @ models/lib/nn.yaml:90:7
%5820 = cast %5809 : f32[] @ models/lib/nn.yaml:90:7
%5821 = broadcast %5820 : f32[16] @ models/lib/nn.yaml:90:7
%5822 = mul %5819, %5821 : f32[16] @ models/lib/nn.yaml:90:7
%5823 = sub %36, %5822 : f32[16] @ models/lib/nn.yaml:90:7
%5824 = assign %36, %5823 : f32[16] @ models/lib/nn.yaml:90:7
%5825 = assign %5795, %5801 : f32[16] @ models/lib/nn.yaml:90:7
%5826 = assign %5796, %5805 : f32[16] @ models/lib/nn.yaml:90:7
%5827 = assign %5797, %5798 : i64[] @ models/lib/nn.yaml:90:7
%5828 = mul %114, %4404 : f32[16] @ models/lib/nn.yaml:90:7
%5829 = mul %5823, %4406 : f32[16] @ models/lib/nn.yaml:90:7
%5830 = add %5828, %5829 : f32[16] @ models/lib/nn.yaml:90:7
%5831 = assign %114, %5830 : f32[16] @ models/lib/nn.yaml:90:7
%5832 = all_reduce_sum %3866 : f32[16,16] @ models/lib/nn.yaml:79:7
%5833 = reshape %5832 : f32[256] @ models/lib/nn.yaml:79:7
%5834 = mul %5833, %5833 : f32[256] @ models/lib/nn.yaml:79:7
%5835 = reduce_sum %5834 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5836 = sqrt %5835 : f32[] @ models/lib/nn.yaml:79:7
%5837 = cast %5836 : f64[] @ models/lib/nn.yaml:79:7
%5838 = add %5837, %4224 : f64[] @ models/lib/nn.yaml:79:7
%5839 = div %4226, %5838 : f64[] @ models/lib/nn.yaml:79:7
%5840 = lt %5839, %4228 : bool[] @ models/lib/nn.yaml:79:7
%5841 = cast %5839 : f32[] @ models/lib/nn.yaml:79:7
%5842 = broadcast %5841 : f32[16,16] @ models/lib/nn.yaml:79:7
%5843 = mul %5832, %5842 : f32[16,16] @ models/lib/nn.yaml:79:7
%5844 = broadcast %5840 : bool[16,16] @ models/lib/nn.yaml:79:7
%5845 = select %5844, %5843, %5832 : f32[16,16] @ models/lib/nn.yaml:79:7
%5846 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5847 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5848 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5849 = add %5848, %4238 : i64[] @ models/lib/nn.yaml:79:7
%5850 = mul %37, %4645 : f32[16,16] @ models/lib/nn.yaml:79:7
%5851 = mul %5845, %4647 : f32[16,16] @ models/lib/nn.yaml:79:7
%5852 = mul %5846, %4649 : f32[16,16] @ models/lib/nn.yaml:79:7
%5853 = add %5852, %5851 : f32[16,16] @ models/lib/nn.yaml:79:7
%5854 = mul %5845, %5845 : f32[16,16] @ models/lib/nn.yaml:79:7
%5855 = mul %5854, %4653 : f32[16,16] @ models/lib/nn.yaml:79:7
%5856 = mul %5847, %4655 : f32[16,16] @ models/lib/nn.yaml:79:7
%5857 = add %5856, %5855 : f32[16,16] @ models/lib/nn.yaml:79:7
%5858 = cast %5849 : f64[] @ models/lib/nn.yaml:79:7
%5859 = pow %4247, %5858 : f64[] @ models/lib/nn.yaml:79:7
%5860 = sub %4228, %5859 : f64[] @ models/lib/nn.yaml:79:7
%5861 = div %2558, %5860 : f64[] @ models/lib/nn.yaml:79:7
%5862 = pow %4255, %5858 : f64[] @ models/lib/nn.yaml:79:7
%5863 = sub %4228, %5862 : f64[] @ models/lib/nn.yaml:79:7
%5864 = sqrt %5863 : f64[] @ models/lib/nn.yaml:79:7
%5865 = div %4228, %5864 : f64[] @ models/lib/nn.yaml:79:7
%5866 = sqrt %5857 : f32[16,16] @ models/lib/nn.yaml:79:7
%5867 = cast %5865 : f32[] @ models/lib/nn.yaml:79:7
%5868 = broadcast %5867 : f32[16,16] @ models/lib/nn.yaml:79:7
%5869 = mul %5866, %5868 : f32[16,16] @ models/lib/nn.yaml:79:7
%5870 = add %5869, %4670 : f32[16,16] @ models/lib/nn.yaml:79:7
%5871 = div %5853, %5870 : f32[16,16] @ models/lib/nn.yaml:79:7
%5872 = cast %5861 : f32[] @ models/lib/nn.yaml:79:7
%5873 = broadcast %5872 : f32[16,16] @ models/lib/nn.yaml:79:7
%5874 = mul %5871, %5873 : f32[16,16] @ models/lib/nn.yaml:79:7
%5875 = sub %5850, %5874 : f32[16,16] @ models/lib/nn.yaml:79:7
%5876 = assign %37, %5875 : f32[16,16] @ models/lib/nn.yaml:79:7
%5877 = assign %5846, %5853 : f32[16,16] @ models/lib/nn.yaml:79:7
%5878 = assign %5847, %5857 : f32[16,16] @ models/lib/nn.yaml:79:7
%5879 = assign %5848, %5849 : i64[] @ models/lib/nn.yaml:79:7
%5880 = mul %115, %4681 : f32[16,16] @ models/lib/nn.yaml:79:7
%5881 = mul %5875, %4683 : f32[16,16] @ models/lib/nn.yaml:79:7
%5882 = add %5880, %5881 : f32[16,16] @ models/lib/nn.yaml:79:7
%5883 = assign %115, %5882 : f32[16,16] @ models/lib/nn.yaml:79:7
%5884 = all_reduce_sum %3861 : f32[16] @ models/lib/nn.yaml:80:7
%5885 = mul %5884, %5884 : f32[16] @ models/lib/nn.yaml:80:7
%5886 = reduce_sum %5885 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5887 = sqrt %5886 : f32[] @ models/lib/nn.yaml:80:7
%5888 = cast %5887 : f64[] @ models/lib/nn.yaml:80:7
%5889 = add %5888, %4224 : f64[] @ models/lib/nn.yaml:80:7
%5890 = div %4226, %5889 : f64[] @ models/lib/nn.yaml:80:7
%5891 = lt %5890, %4228 : bool[] @ models/lib/nn.yaml:80:7
%5892 = cast %5890 : f32[] @ models/lib/nn.yaml:80:7
%5893 = broadcast %5892 : f32[16] @ models/lib/nn.yaml:80:7
%5894 = mul %5884, %5893 : f32[16] @ models/lib/nn.yaml:80:7
%5895 = broadcast %5891 : bool[16] @ models/lib/nn.yaml:80:7
%5896 = select %5895, %5894, %5884 : f32[16] @ models/lib/nn.yaml:80:7
%5897 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5898 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5899 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5900 = add %5899, %4238 : i64[] @ models/lib/nn.yaml:80:7
%5901 = mul %5896, %4370 : f32[16] @ models/lib/nn.yaml:80:7
%5902 = mul %5897, %4372 : f32[16] @ models/lib/nn.yaml:80:7
%5903 = add %5902, %5901 : f32[16] @ models/lib/nn.yaml:80:7
%5904 = mul %5896, %5896 : f32[16] @ models/lib/nn.yaml:80:7
%5905 = mul %5904, %4376 : f32[16] @ models/lib/nn.yaml:80:7
%5906 = mul %5898, %4378 : f32[16] @ models/lib/nn.yaml:80:7
%5907 = add %5906, %5905 : f32[16] @ models/lib/nn.yaml:80:7
%5908 = cast %5900 : f64[] @ models/lib/nn.yaml:80:7
%5909 = pow %4247, %5908 : f64[] @ models/lib/nn.yaml:80:7
%5910 = sub %4228, %5909 : f64[] @ models/lib/nn.yaml:80:7
%5911 = div %2558, %5910 : f64[] @ models/lib/nn.yaml:80:7
%5912 = pow %4255, %5908 : f64[] @ models/lib/nn.yaml:80:7
%5913 = sub %4228, %5912 : f64[] @ models/lib/nn.yaml:80:7
%5914 = sqrt %5913 : f64[] @ models/lib/nn.yaml:80:7
%5915 = div %4228, %5914 : f64[] @ models/lib/nn.yaml:80:7
%5916 = sqrt %5907 : f32[16] @ models/lib/nn.yaml:80:7
%5917 = cast %5915 : f32[] @ models/lib/nn.yaml:80:7
%5918 = broadcast %5917 : f32[16] @ models/lib/nn.yaml:80:7
%5919 = mul %5916, %5918 : f32[16] @ models/lib/nn.yaml:80:7
%5920 = add %5919, %4393 : f32[16] @ models/lib/nn.yaml:80:7
%5921 = div %5903, %5920 : f32[16] @ models/lib/nn.yaml:80:7
%5922 = cast %5911 : f32[] @ models/lib/nn.yaml:80:7
%5923 = broadcast %5922 : f32[16] @ models/lib/nn.yaml:80:7
%5924 = mul %5921, %5923 : f32[16] @ models/lib/nn.yaml:80:7
%5925 = sub %38, %5924 : f32[16] @ models/lib/nn.yaml:80:7
%5926 = assign %38, %5925 : f32[16] @ models/lib/nn.yaml:80:7
%5927 = assign %5897, %5903 : f32[16] @ models/lib/nn.yaml:80:7
%5928 = assign %5898, %5907 : f32[16] @ models/lib/nn.yaml:80:7
%5929 = assign %5899, %5900 : i64[] @ models/lib/nn.yaml:80:7
%5930 = mul %116, %4404 : f32[16] @ models/lib/nn.yaml:80:7
%5931 = mul %5925, %4406 : f32[16] @ models/lib/nn.yaml:80:7
%5932 = add %5930, %5931 : f32[16] @ models/lib/nn.yaml:80:7
%5933 = assign %116, %5932 : f32[16] @ models/lib/nn.yaml:80:7
%5934 = all_reduce_sum %3856 : f32[16,16] @ models/lib/nn.yaml:79:7
%5935 = reshape %5934 : f32[256] @ models/lib/nn.yaml:79:7
%5936 = mul %5935, %5935 : f32[256] @ models/lib/nn.yaml:79:7
%5937 = reduce_sum %5936 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5938 = sqrt %5937 : f32[] @ models/lib/nn.yaml:79:7
%5939 = cast %5938 : f64[] @ models/lib/nn.yaml:79:7
%5940 = add %5939, %4224 : f64[] @ models/lib/nn.yaml:79:7
%5941 = div %4226, %5940 : f64[] @ models/lib/nn.yaml:79:7
%5942 = lt %5941, %4228 : bool[] @ models/lib/nn.yaml:79:7
%5943 = cast %5941 : f32[] @ models/lib/nn.yaml:79:7
%5944 = broadcast %5943 : f32[16,16] @ models/lib/nn.yaml:79:7
%5945 = mul %5934, %5944 : f32[16,16] @ models/lib/nn.yaml:79:7
%5946 = broadcast %5942 : bool[16,16] @ models/lib/nn.yaml:79:7
%5947 = select %5946, %5945, %5934 : f32[16,16] @ models/lib/nn.yaml:79:7
%5948 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5949 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5950 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5951 = add %5950, %4238 : i64[] @ models/lib/nn.yaml:79:7
%5952 = mul %39, %4645 : f32[16,16] @ models/lib/nn.yaml:79:7
%5953 = mul %5947, %4647 : f32[16,16] @ models/lib/nn.yaml:79:7
%5954 = mul %5948, %4649 : f32[16,16] @ models/lib/nn.yaml:79:7
%5955 = add %5954, %5953 : f32[16,16] @ models/lib/nn.yaml:79:7
%5956 = mul %5947, %5947 : f32[16,16] @ models/lib/nn.yaml:79:7
%5957 = mul %5956, %4653 : f32[16,16] @ models/lib/nn.yaml:79:7
%5958 = mul %5949, %4655 : f32[16,16] @ models/lib/nn.yaml:79:7
%5959 = add %5958, %5957 : f32[16,16] @ models/lib/nn.yaml:79:7
%5960 = cast %5951 : f64[] @ models/lib/nn.yaml:79:7
%5961 = pow %4247, %5960 : f64[] @ models/lib/nn.yaml:79:7
%5962 = sub %4228, %5961 : f64[] @ models/lib/nn.yaml:79:7
%5963 = div %2558, %5962 : f64[] @ models/lib/nn.yaml:79:7
%5964 = pow %4255, %5960 : f64[] @ models/lib/nn.yaml:79:7
%5965 = sub %4228, %5964 : f64[] @ models/lib/nn.yaml:79:7
%5966 = sqrt %5965 : f64[] @ models/lib/nn.yaml:79:7
%5967 = div %4228, %5966 : f64[] @ models/lib/nn.yaml:79:7
%5968 = sqrt %5959 : f32[16,16] @ models/lib/nn.yaml:79:7
%5969 = cast %5967 : f32[] @ models/lib/nn.yaml:79:7
%5970 = broadcast %5969 : f32[16,16] @ models/lib/nn.yaml:79:7
%5971 = mul %5968, %5970 : f32[16,16] @ models/lib/nn.yaml:79:7
%5972 = add %5971, %4670 : f32[16,16] @ models/lib/nn.yaml:79:7
%5973 = div %5955, %5972 : f32[16,16] @ models/lib/nn.yaml:79:7
%5974 = cast %5963 : f32[] @ models/lib/nn.yaml:79:7
%5975 = broadcast %5974 : f32[16,16] @ models/lib/nn.yaml:79:7
%5976 = mul %5973, %5975 : f32[16,16] @ models/lib/nn.yaml:79:7
%5977 = sub %5952, %5976 : f32[16,16] @ models/lib/nn.yaml:79:7
%5978 = assign %39, %5977 : f32[16,16] @ models/lib/nn.yaml:79:7
%5979 = assign %5948, %5955 : f32[16,16] @ models/lib/nn.yaml:79:7
%5980 = assign %5949, %5959 : f32[16,16] @ models/lib/nn.yaml:79:7
%5981 = assign %5950, %5951 : i64[] @ models/lib/nn.yaml:79:7
%5982 = mul %117, %4681 : f32[16,16] @ models/lib/nn.yaml:79:7
%5983 = mul %5977, %4683 : f32[16,16] @ models/lib/nn.yaml:79:7
%5984 = add %5982, %5983 : f32[16,16] @ models/lib/nn.yaml:79:7
%5985 = assign %117, %5984 : f32[16,16] @ models/lib/nn.yaml:79:7
%5986 = all_reduce_sum %3851 : f32[16] @ models/lib/nn.yaml:80:7
%5987 = mul %5986, %5986 : f32[16] @ models/lib/nn.yaml:80:7
%5988 = reduce_sum %5987 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5989 = sqrt %5988 : f32[] @ models/lib/nn.yaml:80:7
%5990 = cast %5989 : f64[] @ models/lib/nn.yaml:80:7
%5991 = add %5990, %4224 : f64[] @ models/lib/nn.yaml:80:7
%5992 = div %4226, %5991 : f64[] @ models/lib/nn.yaml:80:7
%5993 = lt %5992, %4228 : bool[] @ models/lib/nn.yaml:80:7
%5994 = cast %5992 : f32[] @ models/lib/nn.yaml:80:7
%5995 = broadcast %5994 : f32[16] @ models/lib/nn.yaml:80:7
%5996 = mul %5986, %5995 : f32[16] @ models/lib/nn.yaml:80:7
%5997 = broadcast %5993 : bool[16] @ models/lib/nn.yaml:80:7
%5998 = select %5997, %5996, %5986 : f32[16] @ models/lib/nn.yaml:80:7
%5999 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6000 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6001 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6002 = add %6001, %4238 : i64[] @ models/lib/nn.yaml:80:7
%6003 = mul %5998, %4370 : f32[16] @ models/lib/nn.yaml:80:7
%6004 = mul %5999, %4372 : f32[16] @ models/lib/nn.yaml:80:7
%6005 = add %6004, %6003 : f32[16] @ models/lib/nn.yaml:80:7
%6006 = mul %5998, %5998 : f32[16] @ models/lib/nn.yaml:80:7
%6007 = mul %6006, %4376 : f32[16] @ models/lib/nn.yaml:80:7
%6008 = mul %6000, %4378 : f32[16] @ models/lib/nn.yaml:80:7
%6009 = add %6008, %6007 : f32[16] @ models/lib/nn.yaml:80:7
%6010 = cast %6002 : f64[] @ models/lib/nn.yaml:80:7
%6011 = pow %4247, %6010 : f64[] @ models/lib/nn.yaml:80:7
%6012 = sub %4228, %6011 : f64[] @ models/lib/nn.yaml:80:7
%6013 = div %2558, %6012 : f64[] @ models/lib/nn.yaml:80:7
%6014 = pow %4255, %6010 : f64[] @ models/lib/nn.yaml:80:7
%6015 = sub %4228, %6014 : f64[] @ models/lib/nn.yaml:80:7
%6016 = sqrt %6015 : f64[] @ models/lib/nn.yaml:80:7
%6017 = div %4228, %6016 : f64[] @ models/lib/nn.yaml:80:7
%6018 = sqrt %6009 : f32[16] @ models/lib/nn.yaml:80:7
%6019 = cast %6017 : f32[] @ models/lib/nn.yaml:80:7
%6020 = broadcast %6019 : f32[16] @ models/lib/nn.yaml:80:7
%6021 = mul %6018, %6020 : f32[16] @ models/lib/nn.yaml:80:7
%6022 = add %6021, %4393 : f32[16] @ models/lib/nn.yaml:80:7
%6023 = div %6005, %6022 : f32[16] @ models/lib/nn.yaml:80:7
%6024 = cast %6013 : f32[] @ models/lib/nn.yaml:80:7
%6025 = broadcast %6024 : f32[16] @ models/lib/nn.yaml:80:7
%6026 = mul %6023, %6025 : f32[16] @ models/lib/nn.yaml:80:7
%6027 = sub %40, %6026 : f32[16] @ models/lib/nn.yaml:80:7
%6028 = assign %40, %6027 : f32[16] @ models/lib/nn.yaml:80:7
%6029 = assign %5999, %6005 : f32[16] @ models/lib/nn.yaml:80:7
%6030 = assign %6000, %6009 : f32[16] @ models/lib/nn.yaml:80:7
%6031 = assign %6001, %6002 : i64[] @ models/lib/nn.yaml:80:7
%6032 = mul %118, %4404 : f32[16] @ models/lib/nn.yaml:80:7
%6033 = mul %6027, %4406 : f32[16] @ models/lib/nn.yaml:80:7
%6034 = add %6032, %6033 : f32[16] @ models/lib/nn.yaml:80:7
%6035 = assign %118, %6034 : f32[16] @ models/lib/nn.yaml:80:7
%6036 = all_reduce_sum %3844 : f32[16,16] @ models/lib/nn.yaml:79:7
%6037 = reshape %6036 : f32[256] @ models/lib/nn.yaml:79:7
%6038 = mul %6037, %6037 : f32[256] @ models/lib/nn.yaml:79:7
%6039 = reduce_sum %6038 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6040 = sqrt %6039 : f32[] @ models/lib/nn.yaml:79:7
%6041 = cast %6040 : f64[] @ models/lib/nn.yaml:79:7
%6042 = add %6041, %4224 : f64[] @ models/lib/nn.yaml:79:7
%6043 = div %4226, %6042 : f64[] @ models/lib/nn.yaml:79:7
%6044 = lt %6043, %4228 : bool[] @ models/lib/nn.yaml:79:7
%6045 = cast %6043 : f32[] @ models/lib/nn.yaml:79:7
%6046 = broadcast %6045 : f32[16,16] @ models/lib/nn.yaml:79:7
%6047 = mul %6036, %6046 : f32[16,16] @ models/lib/nn.yaml:79:7
%6048 = broadcast %6044 : bool[16,16] @ models/lib/nn.yaml:79:7
%6049 = select %6048, %6047, %6036 : f32[16,16] @ models/lib/nn.yaml:79:7
%6050 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6051 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6052 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6053 = add %6052, %4238 : i64[] @ models/lib/nn.yaml:79:7
%6054 = mul %41, %4645 : f32[16,16] @ models/lib/nn.yaml:79:7
%6055 = mul %6049, %4647 : f32[16,16] @ models/lib/nn.yaml:79:7
%6056 = mul %6050, %4649 : f32[16,16] @ models/lib/nn.yaml:79:7
%6057 = add %6056, %6055 : f32[16,16] @ models/lib/nn.yaml:79:7
%6058 = mul %6049, %6049 : f32[16,16] @ models/lib/nn.yaml:79:7
%6059 = mul %6058, %4653 : f32[16,16] @ models/lib/nn.yaml:79:7
%6060 = mul %6051, %4655 : f32[16,16] @ models/lib/nn.yaml:79:7
%6061 = add %6060, %6059 : f32[16,16] @ models/lib/nn.yaml:79:7
%6062 = cast %6053 : f64[] @ models/lib/nn.yaml:79:7
%6063 = pow %4247, %6062 : f64[] @ models/lib/nn.yaml:79:7
%6064 = sub %4228, %6063 : f64[] @ models/lib/nn.yaml:79:7
%6065 = div %2558, %6064 : f64[] @ models/lib/nn.yaml:79:7
%6066 = pow %4255, %6062 : f64[] @ models/lib/nn.yaml:79:7
%6067 = sub %4228, %6066 : f64[] @ models/lib/nn.yaml:79:7
%6068 = sqrt %6067 : f64[] @ models/lib/nn.yaml:79:7
%6069 = div %4228, %6068 : f64[] @ models/lib/nn.yaml:79:7
%6070 = sqrt %6061 : f32[16,16] @ models/lib/nn.yaml:79:7
%6071 = cast %6069 : f32[] @ models/lib/nn.yaml:79:7
%6072 = broadcast %6071 : f32[16,16] @ models/lib/nn.yaml:79:7
%6073 = mul %6070, %6072 : f32[16,16] @ models/lib/nn.yaml:79:7
%6074 = add %6073, %4670 : f32[16,16] @ models/lib/nn.yaml:79:7
%6075 = div %6057, %6074 : f32[16,16] @ models/lib/nn.yaml:79:7
%6076 = cast %6065 : f32[] @ models/lib/nn.yaml:79:7
%6077 = broadcast %6076 : f32[16,16] @ models/lib/nn.yaml:79:7
%6078 = mul %6075, %6077 : f32[16,16] @ models/lib/nn.yaml:79:7
%6079 = sub %6054, %6078 : f32[16,16] @ models/lib/nn.yaml:79:7
%6080 = assign %41, %6079 : f32[16,16] @ models/lib/nn.yaml:79:7
%6081 = assign %6050, %6057 : f32[16,16] @ models/lib/nn.yaml:79:7
%6082 = assign %6051, %6061 : f32[16,16] @ models/lib/nn.yaml:79:7
%6083 = assign %6052, %6053 : i64[] @ models/lib/nn.yaml:79:7
%6084 = mul %119, %4681 : f32[16,16] @ models/lib/nn.yaml:79:7
%6085 = mul %6079, %4683 : f32[16,16] @ models/lib/nn.yaml:79:7
%6086 = add %6084, %6085 : f32[16,16] @ models/lib/nn.yaml:79:7
%6087 = assign %119, %6086 : f32[16,16] @ models/lib/nn.yaml:79:7
%6088 = all_reduce_sum %3839 : f32[16] @ models/lib/nn.yaml:80:7
%6089 = mul %6088, %6088 : f32[16] @ models/lib/nn.yaml:80:7
%6090 = reduce_sum %6089 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6091 = sqrt %6090 : f32[] @ models/lib/nn.yaml:80:7
%6092 = cast %6091 : f64[] @ models/lib/nn.yaml:80:7
%6093 = add %6092, %4224 : f64[] @ models/lib/nn.yaml:80:7
%6094 = div %4226, %6093 : f64[] @ models/lib/nn.yaml:80:7
%6095 = lt %6094, %4228 : bool[] @ models/lib/nn.yaml:80:7
%6096 = cast %6094 : f32[] @ models/lib/nn.yaml:80:7
%6097 = broadcast %6096 : f32[16] @ models/lib/nn.yaml:80:7
%6098 = mul %6088, %6097 : f32[16] @ models/lib/nn.yaml:80:7
%6099 = broadcast %6095 : bool[16] @ models/lib/nn.yaml:80:7
%6100 = select %6099, %6098, %6088 : f32[16] @ models/lib/nn.yaml:80:7
%6101 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6102 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6103 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6104 = add %6103, %4238 : i64[] @ models/lib/nn.yaml:80:7
%6105 = mul %6100, %4370 : f32[16] @ models/lib/nn.yaml:80:7
%6106 = mul %6101, %4372 : f32[16] @ models/lib/nn.yaml:80:7
%6107 = add %6106, %6105 : f32[16] @ models/lib/nn.yaml:80:7
%6108 = mul %6100, %6100 : f32[16] @ models/lib/nn.yaml:80:7
%6109 = mul %6108, %4376 : f32[16] @ models/lib/nn.yaml:80:7
%6110 = mul %6102, %4378 : f32[16] @ models/lib/nn.yaml:80:7
%6111 = add %6110, %6109 : f32[16] @ models/lib/nn.yaml:80:7
%6112 = cast %6104 : f64[] @ models/lib/nn.yaml:80:7
%6113 = pow %4247, %6112 : f64[] @ models/lib/nn.yaml:80:7
%6114 = sub %4228, %6113 : f64[] @ models/lib/nn.yaml:80:7
%6115 = div %2558, %6114 : f64[] @ models/lib/nn.yaml:80:7
%6116 = pow %4255, %6112 : f64[] @ models/lib/nn.yaml:80:7
%6117 = sub %4228, %6116 : f64[] @ models/lib/nn.yaml:80:7
%6118 = sqrt %6117 : f64[] @ models/lib/nn.yaml:80:7
%6119 = div %4228, %6118 : f64[] @ models/lib/nn.yaml:80:7
%6120 = sqrt %6111 : f32[16] @ models/lib/nn.yaml:80:7
%6121 = cast %6119 : f32[] @ models/lib/nn.yaml:80:7
%6122 = broadcast %6121 : f32[16] @ models/lib/nn.yaml:80:7
%6123 = mul %6120, %6122 : f32[16] @ models/lib/nn.yaml:80:7
%6124 = add %6123, %4393 : f32[16] @ models/lib/nn.yaml:80:7
%6125 = div %6107, %6124 : f32[16] @ models/lib/nn.yaml:80:7
%6126 = cast %6115 : f32[] @ models/lib/nn.yaml:80:7
%6127 = broadcast %6126 : f32[16] @ models/lib/nn.yaml:80:7
%6128 = mul %6125, %6127 : f32[16] @ models/lib/nn.yaml:80:7
%6129 = sub %42, %6128 : f32[16] @ models/lib/nn.yaml:80:7
%6130 = assign %42, %6129 : f32[16] @ models/lib/nn.yaml:80:7
%6131 = assign %6101, %6107 : f32[16] @ models/lib/nn.yaml:80:7
%6132 = assign %6102, %6111 : f32[16] @ models/lib/nn.yaml:80:7
%6133 = assign %6103, %6104 : i64[] @ models/lib/nn.yaml:80:7
%6134 = mul %120, %4404 : f32[16] @ models/lib/nn.yaml:80:7
%6135 = mul %6129, %4406 : f32[16] @ models/lib/nn.yaml:80:7
%6136 = add %6134, %6135 : f32[16] @ models/lib/nn.yaml:80:7
%6137 = assign %120, %6136 : f32[16] @ models/lib/nn.yaml:80:7
%6138 = all_reduce_sum %3795 : f32[16,16] @ models/lib/nn.yaml:79:7
%6139 = reshape %6138 : f32[256] @ models/lib/nn.yaml:79:7
%6140 = mul %6139, %6139 : f32[256] @ models/lib/nn.yaml:79:7
%6141 = reduce_sum %6140 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6142 = sqrt %6141 : f32[] @ models/lib/nn.yaml:79:7
%6143 = cast %6142 : f64[] @ models/lib/nn.yaml:79:7
%6144 = add %6143, %4224 : f64[] @ models/lib/nn.yaml:79:7
%6145 = div %4226, %6144 : f64[] @ models/lib/nn.yaml:79:7
%6146 = lt %6145, %4228 : bool[] @ models/lib/nn.yaml:79:7
%6147 = cast %6145 : f32[] @ models/lib/nn.yaml:79:7
%6148 = broadcast %6147 : f32[16,16] @ models/lib/nn.yaml:79:7
%6149 = mul %6138, %6148 : f32[16,16] @ models/lib/nn.yaml:79:7
%6150 = broadcast %6146 : bool[16,16] @ models/lib/nn.yaml:79:7
%6151 = select %6150, %6149, %6138 : f32[16,16] @ models/lib/nn.yaml:79:7
%6152 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6153 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6154 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6155 = add %6154, %4238 : i64[] @ models/lib/nn.yaml:79:7
%6156 = mul %43, %4645 : f32[16,16] @ models/lib/nn.yaml:79:7
%6157 = mul %6151, %4647 : f32[16,16] @ models/lib/nn.yaml:79:7
%6158 = mul %6152, %4649 : f32[16,16] @ models/lib/nn.yaml:79:7
%6159 = add %6158, %6157 : f32[16,16] @ models/lib/nn.yaml:79:7
%6160 = mul %6151, %6151 : f32[16,16] @ models/lib/nn.yaml:79:7
%6161 = mul %6160, %4653 : f32[16,16] @ models/lib/nn.yaml:79:7
%6162 = mul %6153, %4655 : f32[16,16] @ models/lib/nn.yaml:79:7
%6163 = add %6162, %6161 : f32[16,16] @ models/lib/nn.yaml:79:7
%6164 = cast %6155 : f64[] @ models/lib/nn.yaml:79:7
%6165 = pow %4247, %6164 : f64[] @ models/lib/nn.yaml:79:7
%6166 = sub %4228, %6165 : f64[] @ models/lib/nn.yaml:79:7
%6167 = div %2558, %6166 : f64[] @ models/lib/nn.yaml:79:7
%6168 = pow %4255, %6164 : f64[] @ models/lib/nn.yaml:79:7
%6169 = sub %4228, %6168 : f64[] @ models/lib/nn.yaml:79:7
%6170 = sqrt %6169 : f64[] @ models/lib/nn.yaml:79:7
%6171 = div %4228, %6170 : f64[] @ models/lib/nn.yaml:79:7
%6172 = sqrt %6163 : f32[16,16] @ models/lib/nn.yaml:79:7
%6173 = cast %6171 : f32[] @ models/lib/nn.yaml:79:7
%6174 = broadcast %6173 : f32[16,16] @ models/lib/nn.yaml:79:7
%6175 = mul %6172, %6174 : f32[16,16] @ models/lib/nn.yaml:79:7
%6176 = add %6175, %4670 : f32[16,16] @ models/lib/nn.yaml:79:7
%6177 = div %6159, %6176 : f32[16,16] @ models/lib/nn.yaml:79:7
%6178 = cast %6167 : f32[] @ models/lib/nn.yaml:79:7
%6179 = broadcast %6178 : f32[16,16] @ models/lib/nn.yaml:79:7
%6180 = mul %6177, %6179 : f32[16,16] @ models/lib/nn.yaml:79:7
%6181 = sub %6156, %6180 : f32[16,16] @ models/lib/nn.yaml:79:7
%6182 = assign %43, %6181 : f32[16,16] @ models/lib/nn.yaml:79:7
%6183 = assign %6152, %6159 : f32[16,16] @ models/lib/nn.yaml:79:7
%6184 = assign %6153, %6163 : f32[16,16] @ models/lib/nn.yaml:79:7
%6185 = assign %6154, %6155 : i64[] @ models/lib/nn.yaml:79:7
%6186 = mul %121, %4681 : f32[16,16] @ models/lib/nn.yaml:79:7
%6187 = mul %6181, %4683 : f32[16,16] @ models/lib/nn.yaml:79:7
%6188 = add %6186, %6187 : f32[16,16] @ models/lib/nn.yaml:79:7
%6189 = assign %121, %6188 : f32[16,16] @ models/lib/nn.yaml:79:7
%6190 = all_reduce_sum %3790 : f32[16] @ models/lib/nn.yaml:80:7
%6191 = mul %6190, %6190 : f32[16] @ models/lib/nn.yaml:80:7
%6192 = reduce_sum %6191 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6193 = sqrt %6192 : f32[] @ models/lib/nn.yaml:80:7
%6194 = cast %6193 : f64[] @ models/lib/nn.yaml:80:7
%6195 = add %6194, %4224 : f64[] @ models/lib/nn.yaml:80:7
%6196 = div %4226, %6195 : f64[] @ models/lib/nn.yaml:80:7
%6197 = lt %6196, %4228 : bool[] @ models/lib/nn.yaml:80:7
%6198 = cast %6196 : f32[] @ models/lib/nn.yaml:80:7
%6199 = broadcast %6198 : f32[16] @ models/lib/nn.yaml:80:7
%6200 = mul %6190, %6199 : f32[16] @ models/lib/nn.yaml:80:7
%6201 = broadcast %6197 : bool[16] @ models/lib/nn.yaml:80:7
%6202 = select %6201, %6200, %6190 : f32[16] @ models/lib/nn.yaml:80:7
%6203 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6204 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6205 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6206 = add %6205, %4238 : i64[] @ models/lib/nn.yaml:80:7
%6207 = mul %6202, %4370 : f32[16] @ models/lib/nn.yaml:80:7
%6208 = mul %6203, %4372 : f32[16] @ models/lib/nn.yaml:80:7
%6209 = add %6208, %6207 : f32[16] @ models/lib/nn.yaml:80:7
%6210 = mul %6202, %6202 : f32[16] @ models/lib/nn.yaml:80:7
%6211 = mul %6210, %4376 : f32[16] @ models/lib/nn.yaml:80:7
%6212 = mul %6204, %4378 : f32[16] @ models/lib/nn.yaml:80:7
%6213 = add %6212, %6211 : f32[16] @ models/lib/nn.yaml:80:7
%6214 = cast %6206 : f64[] @ models/lib/nn.yaml:80:7
%6215 = pow %4247, %6214 : f64[] @ models/lib/nn.yaml:80:7
%6216 = sub %4228, %6215 : f64[] @ models/lib/nn.yaml:80:7
%6217 = div %2558, %6216 : f64[] @ models/lib/nn.yaml:80:7
%6218 = pow %4255, %6214 : f64[] @ models/lib/nn.yaml:80:7
%6219 = sub %4228, %6218 : f64[] @ models/lib/nn.yaml:80:7
%6220 = sqrt %6219 : f64[] @ models/lib/nn.yaml:80:7
%6221 = div %4228, %6220 : f64[] @ models/lib/nn.yaml:80:7
%6222 = sqrt %6213 : f32[16] @ models/lib/nn.yaml:80:7
%6223 = cast %6221 : f32[] @ models/lib/nn.yaml:80:7
%6224 = broadcast %6223 : f32[16] @ models/lib/nn.yaml:80:7
%6225 = mul %6222, %6224 : f32[16] @ models/lib/nn.yaml:80:7
%6226 = add %6225, %4393 : f32[16] @ models/lib/nn.yaml:80:7
%6227 = div %6209, %6226 : f32[16] @ models/lib/nn.yaml:80:7
%6228 = cast %6217 : f32[] @ models/lib/nn.yaml:80:7
%6229 = broadcast %6228 : f32[16] @ models/lib/nn.yaml:80:7
%6230 = mul %6227, %6229 : f32[16] @ models/lib/nn.yaml:80:7
%6231 = sub %44, %6230 : f32[16] @ models/lib/nn.yaml:80:7
%6232 = assign %44, %6231 : f32[16] @ models/lib/nn.yaml:80:7
%6233 = assign %6203, %6209 : f32[16] @ models/lib/nn.yaml:80:7
%6234 = assign %6204, %6213 : f32[16] @ models/lib/nn.yaml:80:7
%6235 = assign %6205, %6206 : i64[] @ models/lib/nn.yaml:80:7
%6236 = mul %122, %4404 : f32[16] @ models/lib/nn.yaml:80:7
%6237 = mul %6231, %4406 : f32[16] @ models/lib/nn.yaml:80:7
%6238 = add %6236, %6237 : f32[16] @ models/lib/nn.yaml:80:7
%6239 = assign %122, %6238 : f32[16] @ models/lib/nn.yaml:80:7
%6240 = all_reduce_sum %3769 : f32[16] @ models/lib/nn.yaml:89:7
%6241 = mul %6240, %6240 : f32[16] @ models/lib/nn.yaml:89:7
%6242 = reduce_sum %6241 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6243 = sqrt %6242 : f32[] @ models/lib/nn.yaml:89:7
%6244 = cast %6243 : f64[] @ models/lib/nn.yaml:89:7
%6245 = add %6244, %4224 : f64[] @ models/lib/nn.yaml:89:7
%6246 = div %4226, %6245 : f64[] @ models/lib/nn.yaml:89:7
%6247 = lt %6246, %4228 : bool[] @ models/lib/nn.yaml:89:7
%6248 = cast %6246 : f32[] @ models/lib/nn.yaml:89:7
%6249 = broadcast %6248 : f32[16] @ models/lib/nn.yaml:89:7
%6250 = mul %6240, %6249 : f32[16] @ models/lib/nn.yaml:89:7
%6251 = broadcast %6247 : bool[16] @ models/lib/nn.yaml:89:7
%6252 = select %6251, %6250, %6240 : f32[16] @ models/lib/nn.yaml:89:7
%6253 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6254 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6255 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6256 = add %6255, %4238 : i64[] @ models/lib/nn.yaml:89:7
%6257 = mul %6252, %4370 : f32[16] @ models/lib/nn.yaml:89:7
%6258 = mul %6253, %4372 : f32[16] @ models/lib/nn.yaml:89:7
%6259 = add %6258, %6257 : f32[16] @ models/lib/nn.yaml:89:7
%6260 = mul %6252, %6252 : f32[16] @ models/lib/nn.yaml:89:7
%6261 = mul %6260, %4376 : f32[16] @ models/lib/nn.yaml:89:7
%6262 = mul %6254, %4378 : f32[16] @ models/lib/nn.yaml:89:7
%6263 = add %6262, %6261 : f32[16] @ models/lib/nn.yaml:89:7
%6264 = cast %6256 : f64[] @ models/lib/nn.yaml:89:7
%6265 = pow %4247, %6264 : f64[] @ models/lib/nn.yaml:89:7
%6266 = sub %4228, %6265 : f64[] @ models/lib/nn.yaml:89:7
%6267 = div %2558, %6266 : f64[] @ models/lib/nn.yaml:89:7
%6268 = pow %4255, %6264 : f64[] @ models/lib/nn.yaml:89:7
%6269 = sub %4228, %6268 : f64[] @ models/lib/nn.yaml:89:7
%6270 = sqrt %6269 : f64[] @ models/lib/nn.yaml:89:7
%6271 = div %4228, %6270 : f64[] @ models/lib/nn.yaml:89:7
%6272 = sqrt %6263 : f32[16] @ models/lib/nn.yaml:89:7
%6273 = cast %6271 : f32[] @ models/lib/nn.yaml:89:7
%6274 = broadcast %6273 : f32[16] @ models/lib/nn.yaml:89:7
%6275 = mul %6272, %6274 : f32[16] @ models/lib/nn.yaml:89:7
%6276 = add %6275, %4393 : f32[16] @ models/lib/nn.yaml:89:7
%6277 = div %6259, %6276 : f32[16] @ models/lib/nn.yaml:89:7
%6278 = cast %6267 : f32[] @ models/lib/nn.yaml:89:7
%6279 = broadcast %6278 : f32[16] @ models/lib/nn.yaml:89:7
%6280 = mul %6277, %6279 : f32[16] @ models/lib/nn.yaml:89:7
%6281 = sub %45, %6280 : f32[16] @ models/lib/nn.yaml:89:7
%6282 = assign %45, %6281 : f32[16] @ models/lib/nn.yaml:89:7
%6283 = assign %6253, %6259 : f32[16] @ models/lib/nn.yaml:89:7
%6284 = assign %6254, %6263 : f32[16] @ models/lib/nn.yaml:89:7
%6285 = assign %6255, %6256 : i64[] @ models/lib/nn.yaml:89:7
%6286 = mul %123, %4404 : f32[16] @ models/lib/nn.yaml:89:7
%6287 = mul %6281, %4406 : f32[16] @ models/lib/nn.yaml:89:7
%6288 = add %6286, %6287 : f32[16] @ models/lib/nn.yaml:89:7
%6289 = assign %123, %6288 : f32[16] @ models/lib/nn.yaml:89:7
%6290 = all_reduce_sum %3764 : f32[16] @ models/lib/nn.yaml:90:7
%6291 = mul %6290, %6290 : f32[16] @ models/lib/nn.yaml:90:7
%6292 = reduce_sum %6291 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6293 = sqrt %6292 : f32[] @ models/lib/nn.yaml:90:7
%6294 = cast %6293 : f64[] @ models/lib/nn.yaml:90:7
%6295 = add %6294, %4224 : f64[] @ models/lib/nn.yaml:90:7
%6296 = div %4226, %6295 : f64[] @ models/lib/nn.yaml:90:7
%6297 = lt %6296, %4228 : bool[] @ models/lib/nn.yaml:90:7
%6298 = cast %6296 : f32[] @ models/lib/nn.yaml:90:7
%6299 = broadcast %6298 : f32[16] @ models/lib/nn.yaml:90:7
%6300 = mul %6290, %6299 : f32[16] @ models/lib/nn.yaml:90:7
%6301 = broadcast %6297 : bool[16] @ models/lib/nn.yaml:90:7
%6302 = select %6301, %6300, %6290 : f32[16] @ models/lib/nn.yaml:90:7
%6303 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6304 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6305 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6306 = add %6305, %4238 : i64[] @ models/lib/nn.yaml:90:7
%6307 = mul %6302, %4370 : f32[16] @ models/lib/nn.yaml:90:7
%6308 = mul %6303, %4372 : f32[16] @ models/lib/nn.yaml:90:7
%6309 = add %6308, %6307 : f32[16] @ models/lib/nn.yaml:90:7
%6310 = mul %6302, %6302 : f32[16] @ models/lib/nn.yaml:90:7
%6311 = mul %6310, %4376 : f32[16] @ models/lib/nn.yaml:90:7
%6312 = mul %6304, %4378 : f32[16] @ models/lib/nn.yaml:90:7
%6313 = add %6312, %6311 : f32[16] @ models/lib/nn.yaml:90:7
%6314 = cast %6306 : f64[] @ models/lib/nn.yaml:90:7
%6315 = pow %4247, %6314 : f64[] @ models/lib/nn.yaml:90:7
%6316 = sub %4228, %6315 : f64[] @ models/lib/nn.yaml:90:7
%6317 = div %2558, %6316 : f64[] @ models/lib/nn.yaml:90:7
%6318 = pow %4255, %6314 : f64[] @ models/lib/nn.yaml:90:7
%6319 = sub %4228, %6318 : f64[] @ models/lib/nn.yaml:90:7
%6320 = sqrt %6319 : f64[] @ models/lib/nn.yaml:90:7
%6321 = div %4228, %6320 : f64[] @ models/lib/nn.yaml:90:7
%6322 = sqrt %6313 : f32[16] @ models/lib/nn.yaml:90:7
%6323 = cast %6321 : f32[] @ models/lib/nn.yaml:90:7
%6324 = broadcast %6323 : f32[16] @ models/lib/nn.yaml:90:7
%6325 = mul %6322, %6324 : f32[16] @ models/lib/nn.yaml:90:7
%6326 = add %6325, %4393 : f32[16] @ models/lib/nn.yaml:90:7
%6327 = div %6309, %6326 : f32[16] @ models/lib/nn.yaml:90:7
%6328 = cast %6317 : f32[] @ models/lib/nn.yaml:90:7
%6329 = broadcast %6328 : f32[16] @ models/lib/nn.yaml:90:7
%6330 = mul %6327, %6329 : f32[16] @ models/lib/nn.yaml:90:7
%6331 = sub %46, %6330 : f32[16] @ models/lib/nn.yaml:90:7
%6332 = assign %46, %6331 : f32[16] @ models/lib/nn.yaml:90:7
%6333 = assign %6303, %6309 : f32[16] @ models/lib/nn.yaml:90:7
%6334 = assign %6304, %6313 : f32[16] @ models/lib/nn.yaml:90:7
%6335 = assign %6305, %6306 : i64[] @ models/lib/nn.yaml:90:7
%6336 = mul %124, %4404 : f32[16] @ models/lib/nn.yaml:90:7
%6337 = mul %6331, %4406 : f32[16] @ models/lib/nn.yaml:90:7
%6338 = add %6336, %6337 : f32[16] @ models/lib/nn.yaml:90:7
%6339 = assign %124, %6338 : f32[16] @ models/lib/nn.yaml:90:7
%6340 = all_reduce_sum %3761 : f32[64,16] @ models/lib/nn.yaml:79:7
%6341 = reshape %6340 : f32[1024] @ models/lib/nn.yaml:79:7
%6342 = mul %6341, %6341 : f32[1024] @ models/lib/nn.yaml:79:7
%6343 = reduce_sum %6342 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6344 = sqrt %6343 : f32[] @ models/lib/nn.yaml:79:7
%6345 = cast %6344 : f64[] @ models/lib/nn.yaml:79:7
%6346 = add %6345, %4224 : f64[] @ models/lib/nn.yaml:79:7
%6347 = div %4226, %6346 : f64[] @ models/lib/nn.yaml:79:7
%6348 = lt %6347, %4228 : bool[] @ models/lib/nn.yaml:79:7
%6349 = cast %6347 : f32[] @ models/lib/nn.yaml:79:7
%6350 = broadcast %6349 : f32[64,16] @ models/lib/nn.yaml:79:7
%6351 = mul %6340, %6350 : f32[64,16] @ models/lib/nn.yaml:79:7
%6352 = broadcast %6348 : bool[64,16] @ models/lib/nn.yaml:79:7
%6353 = select %6352, %6351, %6340 : f32[64,16] @ models/lib/nn.yaml:79:7
%6354 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6355 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6356 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6357 = add %6356, %4238 : i64[] @ models/lib/nn.yaml:79:7
%6358 = mul %47, %4855 : f32[64,16] @ models/lib/nn.yaml:79:7
%6359 = mul %6353, %4857 : f32[64,16] @ models/lib/nn.yaml:79:7
%6360 = mul %6354, %4859 : f32[64,16] @ models/lib/nn.yaml:79:7
%6361 = add %6360, %6359 : f32[64,16] @ models/lib/nn.yaml:79:7
%6362 = mul %6353, %6353 : f32[64,16] @ models/lib/nn.yaml:79:7
%6363 = mul %6362, %4863 : f32[64,16] @ models/lib/nn.yaml:79:7
%6364 = mul %6355, %4865 : f32[64,16] @ models/lib/nn.yaml:79:7
%6365 = add %6364, %6363 : f32[64,16] @ models/lib/nn.yaml:79:7
%6366 = cast %6357 : f64[] @ models/lib/nn.yaml:79:7
%6367 = pow %4247, %6366 : f64[] @ models/lib/nn.yaml:79:7
%6368 = sub %4228, %6367 : f64[] @ models/lib/nn.yaml:79:7
%6369 = div %2558, %6368 : f64[] @ models/lib/nn.yaml:79:7
%6370 = pow %4255, %6366 : f64[] @ models/lib/nn.yaml:79:7
%6371 = sub %4228, %6370 : f64[] @ models/lib/nn.yaml:79:7
%6372 = sqrt %6371 : f64[] @ models/lib/nn.yaml:79:7
%6373 = div %4228, %6372 : f64[] @ models/lib/nn.yaml:79:7
%6374 = sqrt %6365 : f32[64,16] @ models/lib/nn.yaml:79:7
%6375 = cast %6373 : f32[] @ models/lib/nn.yaml:79:7
%6376 = broadcast %6375 : f32[64,16] @ models/lib/nn.yaml:79:7
%6377 = mul %6374, %6376 : f32[64,16] @ models/lib/nn.yaml:79:7
%6378 = add %6377, %4880 : f32[64,16] @ models/lib/nn.yaml:79:7
%6379 = div %6361, %6378 : f32[64,16] @ models/lib/nn.yaml:79:7
%6380 = cast %6369 : f32[] @ models/lib/nn.yaml:79:7
%6381 = broadcast %6380 : f32[64,16] @ models/lib/nn.yaml:79:7
%6382 = mul %6379, %6381 : f32[64,16] @ models/lib/nn.yaml:79:7
%6383 = sub %6358, %6382 : f32[64,16] @ models/lib/nn.yaml:79:7
%6384 = assign %47, %6383 : f32[64,16] @ models/lib/nn.yaml:79:7
%6385 = assign %6354, %6361 : f32[64,16] @ models/lib/nn.yaml:79:7
%6386 = assign %6355, %6365 : f32[64,16] @ models/lib/nn.yaml:79:7
%6387 = assign %6356, %6357 : i64[] @ models/lib/nn.yaml:79:7
%6388 = mul %125, %4891 : f32[64,16] @ models/lib/nn.yaml:79:7
%6389 = mul %6383, %4893 : f32[64,16] @ models/lib/nn.yaml:79:7
%6390 = add %6388, %6389 : f32[64,16] @ models/lib/nn.yaml:79:7
%6391 = assign %125, %6390 : f32[64,16] @ models/lib/nn.yaml:79:7
%6392 = all_reduce_sum %3756 : f32[64] @ models/lib/nn.yaml:80:7
%6393 = mul %6392, %6392 : f32[64] @ models/lib/nn.yaml:80:7
%6394 = reduce_sum %6393 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6395 = sqrt %6394 : f32[] @ models/lib/nn.yaml:80:7
%6396 = cast %6395 : f64[] @ models/lib/nn.yaml:80:7
%6397 = add %6396, %4224 : f64[] @ models/lib/nn.yaml:80:7
%6398 = div %4226, %6397 : f64[] @ models/lib/nn.yaml:80:7
%6399 = lt %6398, %4228 : bool[] @ models/lib/nn.yaml:80:7
%6400 = cast %6398 : f32[] @ models/lib/nn.yaml:80:7
%6401 = broadcast %6400 : f32[64] @ models/lib/nn.yaml:80:7
%6402 = mul %6392, %6401 : f32[64] @ models/lib/nn.yaml:80:7
%6403 = broadcast %6399 : bool[64] @ models/lib/nn.yaml:80:7
%6404 = select %6403, %6402, %6392 : f32[64] @ models/lib/nn.yaml:80:7
%6405 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6406 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6407 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6408 = add %6407, %4238 : i64[] @ models/lib/nn.yaml:80:7
%6409 = mul %6404, %4914 : f32[64] @ models/lib/nn.yaml:80:7
%6410 = mul %6405, %4916 : f32[64] @ models/lib/nn.yaml:80:7
%6411 = add %6410, %6409 : f32[64] @ models/lib/nn.yaml:80:7
%6412 = mul %6404, %6404 : f32[64] @ models/lib/nn.yaml:80:7
%6413 = mul %6412, %4920 : f32[64] @ models/lib/nn.yaml:80:7
%6414 = mul %6406, %4922 : f32[64] @ models/lib/nn.yaml:80:7
%6415 = add %6414, %6413 : f32[64] @ models/lib/nn.yaml:80:7
%6416 = cast %6408 : f64[] @ models/lib/nn.yaml:80:7
%6417 = pow %4247, %6416 : f64[] @ models/lib/nn.yaml:80:7
%6418 = sub %4228, %6417 : f64[] @ models/lib/nn.yaml:80:7
%6419 = div %2558, %6418 : f64[] @ models/lib/nn.yaml:80:7
%6420 = pow %4255, %6416 : f64[] @ models/lib/nn.yaml:80:7
%6421 = sub %4228, %6420 : f64[] @ models/lib/nn.yaml:80:7
%6422 = sqrt %6421 : f64[] @ models/lib/nn.yaml:80:7
%6423 = div %4228, %6422 : f64[] @ models/lib/nn.yaml:80:7
%6424 = sqrt %6415 : f32[64] @ models/lib/nn.yaml:80:7
%6425 = cast %6423 : f32[] @ models/lib/nn.yaml:80:7
%6426 = broadcast %6425 : f32[64] @ models/lib/nn.yaml:80:7
%6427 = mul %6424, %6426 : f32[64] @ models/lib/nn.yaml:80:7
%6428 = add %6427, %4937 : f32[64] @ models/lib/nn.yaml:80:7
%6429 = div %6411, %6428 : f32[64] @ models/lib/nn.yaml:80:7
%6430 = cast %6419 : f32[] @ models/lib/nn.yaml:80:7
%6431 = broadcast %6430 : f32[64] @ models/lib/nn.yaml:80:7
%6432 = mul %6429, %6431 : f32[64] @ models/lib/nn.yaml:80:7
%6433 = sub %48, %6432 : f32[64] @ models/lib/nn.yaml:80:7
%6434 = assign %48, %6433 : f32[64] @ models/lib/nn.yaml:80:7
%6435 = assign %6405, %6411 : f32[64] @ models/lib/nn.yaml:80:7
%6436 = assign %6406, %6415 : f32[64] @ models/lib/nn.yaml:80:7
%6437 = assign %6407, %6408 : i64[] @ models/lib/nn.yaml:80:7
%6438 = mul %126, %4948 : f32[64] @ models/lib/nn.yaml:80:7
%6439 = mul %6433, %4950 : f32[64] @ models/lib/nn.yaml:80:7
%6440 = add %6438, %6439 : f32[64] @ models/lib/nn.yaml:80:7
%6441 = assign %126, %6440 : f32[64] @ models/lib/nn.yaml:80:7
%6442 = all_reduce_sum %3743 : f32[16,64] @ models/lib/nn.yaml:79:7
%6443 = reshape %6442 : f32[1024] @ models/lib/nn.yaml:79:7
%6444 = mul %6443, %6443 : f32[1024] @ models/lib/nn.yaml:79:7
%6445 = reduce_sum %6444 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6446 = sqrt %6445 : f32[] @ models/lib/nn.yaml:79:7
%6447 = cast %6446 : f64[] @ models/lib/nn.yaml:79:7
%6448 = add %6447, %4224 : f64[] @ models/lib/nn.yaml:79:7
%6449 = div %4226, %6448 : f64[] @ models/lib/nn.yaml:79:7
%6450 = lt %6449, %4228 : bool[] @ models/lib/nn.yaml:79:7
%6451 = cast %6449 : f32[] @ models/lib/nn.yaml:79:7
%6452 = broadcast %6451 : f32[16,64] @ models/lib/nn.yaml:79:7
%6453 = mul %6442, %6452 : f32[16,64] @ models/lib/nn.yaml:79:7
%6454 = broadcast %6450 : bool[16,64] @ models/lib/nn.yaml:79:7
%6455 = select %6454, %6453, %6442 : f32[16,64] @ models/lib/nn.yaml:79:7
%6456 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6457 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6458 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6459 = add %6458, %4238 : i64[] @ models/lib/nn.yaml:79:7
%6460 = mul %49, %4972 : f32[16,64] @ models/lib/nn.yaml:79:7
%6461 = mul %6455, %4974 : f32[16,64] @ models/lib/nn.yaml:79:7
%6462 = mul %6456, %4976 : f32[16,64] @ models/lib/nn.yaml:79:7
%6463 = add %6462, %6461 : f32[16,64] @ models/lib/nn.yaml:79:7
%6464 = mul %6455, %6455 : f32[16,64] @ models/lib/nn.yaml:79:7
%6465 = mul %6464, %4980 : f32[16,64] @ models/lib/nn.yaml:79:7
%6466 = mul %6457, %4982 : f32[16,64] @ models/lib/nn.yaml:79:7
%6467 = add %6466, %6465 : f32[16,64] @ models/lib/nn.yaml:79:7
%6468 = cast %6459 : f64[] @ models/lib/nn.yaml:79:7
%6469 = pow %4247, %6468 : f64[] @ models/lib/nn.yaml:79:7
%6470 = sub %4228, %6469 : f64[] @ models/lib/nn.yaml:79:7
%6471 = div %2558, %6470 : f64[] @ models/lib/nn.yaml:79:7
%6472 = pow %4255, %6468 : f64[] @ models/lib/nn.yaml:79:7
%6473 = sub %4228, %6472 : f64[] @ models/lib/nn.yaml:79:7
%6474 = sqrt %6473 : f64[] @ models/lib/nn.yaml:79:7
%6475 = div %4228, %6474 : f64[] @ models/lib/nn.yaml:79:7
%6476 = sqrt %6467 : f32[16,64] @ models/lib/nn.yaml:79:7
%6477 = cast %6475 : f32[] @ models/lib/nn.yaml:79:7
%6478 = broadcast %6477 : f32[16,64] @ models/lib/nn.yaml:79:7
%6479 = mul %6476, %6478 : f32[16,64] @ models/lib/nn.yaml:79:7
%6480 = add %6479, %4997 : f32[16,64] @ models/lib/nn.yaml:79:7
%6481 = div %6463, %6480 : f32[16,64] @ models/lib/nn.yaml:79:7
%6482 = cast %6471 : f32[] @ models/lib/nn.yaml:79:7
%6483 = broadcast %6482 : f32[16,64] @ models/lib/nn.yaml:79:7
%6484 = mul %6481, %6483 : f32[16,64] @ models/lib/nn.yaml:79:7
%6485 = sub %6460, %6484 : f32[16,64] @ models/lib/nn.yaml:79:7
%6486 = assign %49, %6485 : f32[16,64] @ models/lib/nn.yaml:79:7
%6487 = assign %6456, %6463 : f32[16,64] @ models/lib/nn.yaml:79:7
%6488 = assign %6457, %6467 : f32[16,64] @ models/lib/nn.yaml:79:7
%6489 = assign %6458, %6459 : i64[] @ models/lib/nn.yaml:79:7
%6490 = mul %127, %5008 : f32[16,64] @ models/lib/nn.yaml:79:7
%6491 = mul %6485, %5010 : f32[16,64] @ models/lib/nn.yaml:79:7
%6492 = add %6490, %6491 : f32[16,64] @ models/lib/nn.yaml:79:7
%6493 = assign %127, %6492 : f32[16,64] @ models/lib/nn.yaml:79:7
%6494 = all_reduce_sum %3738 : f32[16] @ models/lib/nn.yaml:80:7
%6495 = mul %6494, %6494 : f32[16] @ models/lib/nn.yaml:80:7
%6496 = reduce_sum %6495 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6497 = sqrt %6496 : f32[] @ models/lib/nn.yaml:80:7
%6498 = cast %6497 : f64[] @ models/lib/nn.yaml:80:7
%6499 = add %6498, %4224 : f64[] @ models/lib/nn.yaml:80:7
%6500 = div %4226, %6499 : f64[] @ models/lib/nn.yaml:80:7
%6501 = lt %6500, %4228 : bool[] @ models/lib/nn.yaml:80:7
%6502 = cast %6500 : f32[] @ models/lib/nn.yaml:80:7
%6503 = broadcast %6502 : f32[16] @ models/lib/nn.yaml:80:7
%6504 = mul %6494, %6503 : f32[16] @ models/lib/nn.yaml:80:7
%6505 = broadcast %6501 : bool[16] @ models/lib/nn.yaml:80:7
%6506 = select %6505, %6504, %6494 : f32[16] @ models/lib/nn.yaml:80:7
%6507 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6508 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6509 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6510 = add %6509, %4238 : i64[] @ models/lib/nn.yaml:80:7
%6511 = mul %6506, %4370 : f32[16] @ models/lib/nn.yaml:80:7
%6512 = mul %6507, %4372 : f32[16] @ models/lib/nn.yaml:80:7
%6513 = add %6512, %6511 : f32[16] @ models/lib/nn.yaml:80:7
%6514 = mul %6506, %6506 : f32[16] @ models/lib/nn.yaml:80:7
%6515 = mul %6514, %4376 : f32[16] @ models/lib/nn.yaml:80:7
%6516 = mul %6508, %4378 : f32[16] @ models/lib/nn.yaml:80:7
%6517 = add %6516, %6515 : f32[16] @ models/lib/nn.yaml:80:7
%6518 = cast %6510 : f64[] @ models/lib/nn.yaml:80:7
%6519 = pow %4247, %6518 : f64[] @ models/lib/nn.yaml:80:7
%6520 = sub %4228, %6519 : f64[] @ models/lib/nn.yaml:80:7
%6521 = div %2558, %6520 : f64[] @ models/lib/nn.yaml:80:7
%6522 = pow %4255, %6518 : f64[] @ models/lib/nn.yaml:80:7
%6523 = sub %4228, %6522 : f64[] @ models/lib/nn.yaml:80:7
%6524 = sqrt %6523 : f64[] @ models/lib/nn.yaml:80:7
%6525 = div %4228, %6524 : f64[] @ models/lib/nn.yaml:80:7
%6526 = sqrt %6517 : f32[16] @ models/lib/nn.yaml:80:7
%6527 = cast %6525 : f32[] @ models/lib/nn.yaml:80:7
%6528 = broadcast %6527 : f32[16] @ models/lib/nn.yaml:80:7
%6529 = mul %6526, %6528 : f32[16] @ models/lib/nn.yaml:80:7
%6530 = add %6529, %4393 : f32[16] @ models/lib/nn.yaml:80:7
%6531 = div %6513, %6530 : f32[16] @ models/lib/nn.yaml:80:7
%6532 = cast %6521 : f32[] @ models/lib/nn.yaml:80:7
%6533 = broadcast %6532 : f32[16] @ models/lib/nn.yaml:80:7
%6534 = mul %6531, %6533 : f32[16] @ models/lib/nn.yaml:80:7
%6535 = sub %50, %6534 : f32[16] @ models/lib/nn.yaml:80:7
%6536 = assign %50, %6535 : f32[16] @ models/lib/nn.yaml:80:7
%6537 = assign %6507, %6513 : f32[16] @ models/lib/nn.yaml:80:7
%6538 = assign %6508, %6517 : f32[16] @ models/lib/nn.yaml:80:7
%6539 = assign %6509, %6510 : i64[] @ models/lib/nn.yaml:80:7
%6540 = mul %128, %4404 : f32[16] @ models/lib/nn.yaml:80:7
%6541 = mul %6535, %4406 : f32[16] @ models/lib/nn.yaml:80:7
%6542 = add %6540, %6541 : f32[16] @ models/lib/nn.yaml:80:7
%6543 = assign %128, %6542 : f32[16] @ models/lib/nn.yaml:80:7
%6544 = all_reduce_sum %3714 : f32[16] @ models/lib/nn.yaml:89:7
%6545 = mul %6544, %6544 : f32[16] @ models/lib/nn.yaml:89:7
%6546 = reduce_sum %6545 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6547 = sqrt %6546 : f32[] @ models/lib/nn.yaml:89:7
%6548 = cast %6547 : f64[] @ models/lib/nn.yaml:89:7
%6549 = add %6548, %4224 : f64[] @ models/lib/nn.yaml:89:7
%6550 = div %4226, %6549 : f64[] @ models/lib/nn.yaml:89:7
%6551 = lt %6550, %4228 : bool[] @ models/lib/nn.yaml:89:7
%6552 = cast %6550 : f32[] @ models/lib/nn.yaml:89:7
%6553 = broadcast %6552 : f32[16] @ models/lib/nn.yaml:89:7
%6554 = mul %6544, %6553 : f32[16] @ models/lib/nn.yaml:89:7
%6555 = broadcast %6551 : bool[16] @ models/lib/nn.yaml:89:7
%6556 = select %6555, %6554, %6544 : f32[16] @ models/lib/nn.yaml:89:7
%6557 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6558 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6559 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6560 = add %6559, %4238 : i64[] @ models/lib/nn.yaml:89:7
%6561 = mul %6556, %4370 : f32[16] @ models/lib/nn.yaml:89:7
%6562 = mul %6557, %4372 : f32[16] @ models/lib/nn.yaml:89:7
%6563 = add %6562, %6561 : f32[16] @ models/lib/nn.yaml:89:7
%6564 = mul %6556, %6556 : f32[16] @ models/lib/nn.yaml:89:7
%6565 = mul %6564, %4376 : f32[16] @ models/lib/nn.yaml:89:7
%6566 = mul %6558, %4378 : f32[16] @ models/lib/nn.yaml:89:7
%6567 = add %6566, %6565 : f32[16] @ models/lib/nn.yaml:89:7
%6568 = cast %6560 : f64[] @ models/lib/nn.yaml:89:7
%6569 = pow %4247, %6568 : f64[] @ models/lib/nn.yaml:89:7
%6570 = sub %4228, %6569 : f64[] @ models/lib/nn.yaml:89:7
%6571 = div %2558, %6570 : f64[] @ models/lib/nn.yaml:89:7
%6572 = pow %4255, %6568 : f64[] @ models/lib/nn.yaml:89:7
%6573 = sub %4228, %6572 : f64[] @ models/lib/nn.yaml:89:7
%6574 = sqrt %6573 : f64[] @ models/lib/nn.yaml:89:7
%6575 = div %4228, %6574 : f64[] @ models/lib/nn.yaml:89:7
%6576 = sqrt %6567 : f32[16] @ models/lib/nn.yaml:89:7
%6577 = cast %6575 : f32[] @ models/lib/nn.yaml:89:7
%6578 = broadcast %6577 : f32[16] @ models/lib/nn.yaml:89:7
%6579 = mul %6576, %6578 : f32[16] @ models/lib/nn.yaml:89:7
%6580 = add %6579, %4393 : f32[16] @ models/lib/nn.yaml:89:7
%6581 = div %6563, %6580 : f32[16] @ models/lib/nn.yaml:89:7
%6582 = cast %6571 : f32[] @ models/lib/nn.yaml:89:7
%6583 = broadcast %6582 : f32[16] @ models/lib/nn.yaml:89:7
%6584 = mul %6581, %6583 : f32[16] @ models/lib/nn.yaml:89:7
%6585 = sub %51, %6584 : f32[16] @ models/lib/nn.yaml:89:7
%6586 = assign %51, %6585 : f32[16] @ models/lib/nn.yaml:89:7
%6587 = assign %6557, %6563 : f32[16] @ models/lib/nn.yaml:89:7
%6588 = assign %6558, %6567 : f32[16] @ models/lib/nn.yaml:89:7
%6589 = assign %6559, %6560 : i64[] @ models/lib/nn.yaml:89:7
%6590 = mul %129, %4404 : f32[16] @ models/lib/nn.yaml:89:7
%6591 = mul %6585, %4406 : f32[16] @ models/lib/nn.yaml:89:7
%6592 = add %6590, %6591 : f32[16] @ models/lib/nn.yaml:89:7
%6593 = assign %129, %6592 : f32[16] @ models/lib/nn.yaml:89:7
%6594 = all_reduce_sum %3709 : f32[16] @ models/lib/nn.yaml:90:7
%6595 = mul %6594, %6594 : f32[16] @ models/lib/nn.yaml:90:7
%6596 = reduce_sum %6595 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6597 = sqrt %6596 : f32[] @ models/lib/nn.yaml:90:7
%6598 = cast %6597 : f64[] @ models/lib/nn.yaml:90:7
%6599 = add %6598, %4224 : f64[] @ models/lib/nn.yaml:90:7
%6600 = div %4226, %6599 : f64[] @ models/lib/nn.yaml:90:7
%6601 = lt %6600, %4228 : bool[] @ models/lib/nn.yaml:90:7
%6602 = cast %6600 : f32[] @ models/lib/nn.yaml:90:7
%6603 = broadcast %6602 : f32[16] @ models/lib/nn.yaml:90:7
%6604 = mul %6594, %6603 : f32[16] @ models/lib/nn.yaml:90:7
%6605 = broadcast %6601 : bool[16] @ models/lib/nn.yaml:90:7
%6606 = select %6605, %6604, %6594 : f32[16] @ models/lib/nn.yaml:90:7
%6607 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6608 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6609 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6610 = add %6609, %4238 : i64[] @ models/lib/nn.yaml:90:7
%6611 = mul %6606, %4370 : f32[16] @ models/lib/nn.yaml:90:7
%6612 = mul %6607, %4372 : f32[16] @ models/lib/nn.yaml:90:7
%6613 = add %6612, %6611 : f32[16] @ models/lib/nn.yaml:90:7
%6614 = mul %6606, %6606 : f32[16] @ models/lib/nn.yaml:90:7
%6615 = mul %6614, %4376 : f32[16] @ models/lib/nn.yaml:90:7
%6616 = mul %6608, %4378 : f32[16] @ models/lib/nn.yaml:90:7
%6617 = add %6616, %6615 : f32[16] @ models/lib/nn.yaml:90:7
%6618 = cast %6610 : f64[] @ models/lib/nn.yaml:90:7
%6619 = pow %4247, %6618 : f64[] @ models/lib/nn.yaml:90:7
%6620 = sub %4228, %6619 : f64[] @ models/lib/nn.yaml:90:7
%6621 = div %2558, %6620 : f64[] @ models/lib/nn.yaml:90:7
%6622 = pow %4255, %6618 : f64[] @ models/lib/nn.yaml:90:7
%6623 = sub %4228, %6622 : f64[] @ models/lib/nn.yaml:90:7
%6624 = sqrt %6623 : f64[] @ models/lib/nn.yaml:90:7
%6625 = div %4228, %6624 : f64[] @ models/lib/nn.yaml:90:7
%6626 = sqrt %6617 : f32[16] @ models/lib/nn.yaml:90:7
%6627 = cast %6625 : f32[] @ models/lib/nn.yaml:90:7
%6628 = broadcast %6627 : f32[16] @ models/lib/nn.yaml:90:7
%6629 = mul %6626, %6628 : f32[16] @ models/lib/nn.yaml:90:7
%6630 = add %6629, %4393 : f32[16] @ models/lib/nn.yaml:90:7
%6631 = div %6613, %6630 : f32[16] @ models/lib/nn.yaml:90:7
%6632 = cast %6621 : f32[] @ models/lib/nn.yaml:90:7
%6633 = broadcast %6632 : f32[16] @ models/lib/nn.yaml:90:7
%6634 = mul %6631, %6633 : f32[16] @ models/lib/nn.yaml:90:7
%6635 = sub %52, %6634 : f32[16] @ models/lib/nn.yaml:90:7
%6636 = assign %52, %6635 : f32[16] @ models/lib/nn.yaml:90:7
%6637 = assign %6607, %6613 : f32[16] @ models/lib/nn.yaml:90:7
%6638 = assign %6608, %6617 : f32[16] @ models/lib/nn.yaml:90:7
%6639 = assign %6609, %6610 : i64[] @ models/lib/nn.yaml:90:7
%6640 = mul %130, %4404 : f32[16] @ models/lib/nn.yaml:90:7
%6641 = mul %6635, %4406 : f32[16] @ models/lib/nn.yaml:90:7
%6642 = add %6640, %6641 : f32[16] @ models/lib/nn.yaml:90:7
%6643 = assign %130, %6642 : f32[16] @ models/lib/nn.yaml:90:7
%6644 = all_reduce_sum %3702 : f32[16,16] @ models/lib/nn.yaml:79:7
%6645 = reshape %6644 : f32[256] @ models/lib/nn.yaml:79:7
%6646 = mul %6645, %6645 : f32[256] @ models/lib/nn.yaml:79:7
%6647 = reduce_sum %6646 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6648 = sqrt %6647 : f32[] @ models/lib/nn.yaml:79:7
%6649 = cast %6648 : f64[] @ models/lib/nn.yaml:79:7
%6650 = add %6649, %4224 : f64[] @ models/lib/nn.yaml:79:7
%6651 = div %4226, %6650 : f64[] @ models/lib/nn.yaml:79:7
%6652 = lt %6651, %4228 : bool[] @ models/lib/nn.yaml:79:7
%6653 = cast %6651 : f32[] @ models/lib/nn.yaml:79:7
%6654 = broadcast %6653 : f32[16,16] @ models/lib/nn.yaml:79:7
%6655 = mul %6644, %6654 : f32[16,16] @ models/lib/nn.yaml:79:7
%6656 = broadcast %6652 : bool[16,16] @ models/lib/nn.yaml:79:7
%6657 = select %6656, %6655, %6644 : f32[16,16] @ models/lib/nn.yaml:79:7
%6658 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6659 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6660 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6661 = add %6660, %4238 : i64[] @ models/lib/nn.yaml:79:7
%6662 = mul %53, %4645 : f32[16,16] @ models/lib/nn.yaml:79:7
%6663 = mul %6657, %4647 : f32[16,16] @ models/lib/nn.yaml:79:7
%6664 = mul %6658, %4649 : f32[16,16] @ models/lib/nn.yaml:79:7
%6665 = add %6664, %6663 : f32[16,16] @ models/lib/nn.yaml:79:7
%6666 = mul %6657, %6657 : f32[16,16] @ models/lib/nn.yaml:79:7
%6667 = mul %6666, %4653 : f32[16,16] @ models/lib/nn.yaml:79:7
%6668 = mul %6659, %4655 : f32[16,16] @ models/lib/nn.yaml:79:7
%6669 = add %6668, %6667 : f32[16,16] @ models/lib/nn.yaml:79:7
%6670 = cast %6661 : f64[] @ models/lib/nn.yaml:79:7
%6671 = pow %4247, %6670 : f64[] @ models/lib/nn.yaml:79:7
%6672 = sub %4228, %6671 : f64[] @ models/lib/nn.yaml:79:7
%6673 = div %2558, %6672 : f64[] @ models/lib/nn.yaml:79:7
%6674 = pow %4255, %6670 : f64[] @ models/lib/nn.yaml:79:7
%6675 = sub %4228, %6674 : f64[] @ models/lib/nn.yaml:79:7
%6676 = sqrt %6675 : f64[] @ models/lib/nn.yaml:79:7
%6677 = div %4228, %6676 : f64[] @ models/lib/nn.yaml:79:7
%6678 = sqrt %6669 : f32[16,16] @ models/lib/nn.yaml:79:7
%6679 = cast %6677 : f32[] @ models/lib/nn.yaml:79:7
%6680 = broadcast %6679 : f32[16,16] @ models/lib/nn.yaml:79:7
%6681 = mul %6678, %6680 : f32[16,16] @ models/lib/nn.yaml:79:7
%6682 = add %6681, %4670 : f32[16,16] @ models/lib/nn.yaml:79:7
%6683 = div %6665, %6682 : f32[16,16] @ models/lib/nn.yaml:79:7
%6684 = cast %6673 : f32[] @ models/lib/nn.yaml:79:7
%6685 = broadcast %6684 : f32[16,16] @ models/lib/nn.yaml:79:7
%6686 = mul %6683, %6685 : f32[16,16] @ models/lib/nn.yaml:79:7
%6687 = sub %6662, %6686 : f32[16,16] @ models/lib/nn.yaml:79:7
%6688 = assign %53, %6687 : f32[16,16] @ models/lib/nn.yaml:79:7
%6689 = assign %6658, %6665 : f32[16,16] @ models/lib/nn.yaml:79:7
%6690 = assign %6659, %6669 : f32[16,16] @ models/lib/nn.yaml:79:7
%6691 = assign %6660, %6661 : i64[] @ models/lib/nn.yaml:79:7
%6692 = mul %131, %4681 : f32[16,16] @ models/lib/nn.yaml:79:7
%6693 = mul %6687, %4683 : f32[16,16] @ models/lib/nn.yaml:79:7
%6694 = add %6692, %6693 : f32[16,16] @ models/lib/nn.yaml:79:7
%6695 = assign %131, %6694 : f32[16,16] @ models/lib/nn.yaml:79:7
%6696 = all_reduce_sum %3697 : f32[16] @ models/lib/nn.yaml:80:7
%6697 = mul %6696, %6696 : f32[16] @ models/lib/nn.yaml:80:7
%6698 = reduce_sum %6697 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6699 = sqrt %6698 : f32[] @ models/lib/nn.yaml:80:7
%6700 = cast %6699 : f64[] @ models/lib/nn.yaml:80:7
%6701 = add %6700, %4224 : f64[] @ models/lib/nn.yaml:80:7
%6702 = div %4226, %6701 : f64[] @ models/lib/nn.yaml:80:7
%6703 = lt %6702, %4228 : bool[] @ models/lib/nn.yaml:80:7
%6704 = cast %6702 : f32[] @ models/lib/nn.yaml:80:7
%6705 = broadcast %6704 : f32[16] @ models/lib/nn.yaml:80:7
%6706 = mul %6696, %6705 : f32[16] @ models/lib/nn.yaml:80:7
%6707 = broadcast %6703 : bool[16] @ models/lib/nn.yaml:80:7
%6708 = select %6707, %6706, %6696 : f32[16] @ models/lib/nn.yaml:80:7
%6709 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6710 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6711 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6712 = add %6711, %4238 : i64[] @ models/lib/nn.yaml:80:7
%6713 = mul %6708, %4370 : f32[16] @ models/lib/nn.yaml:80:7
%6714 = mul %6709, %4372 : f32[16] @ models/lib/nn.yaml:80:7
%6715 = add %6714, %6713 : f32[16] @ models/lib/nn.yaml:80:7
%6716 = mul %6708, %6708 : f32[16] @ models/lib/nn.yaml:80:7
%6717 = mul %6716, %4376 : f32[16] @ models/lib/nn.yaml:80:7
%6718 = mul %6710, %4378 : f32[16] @ models/lib/nn.yaml:80:7
%6719 = add %6718, %6717 : f32[16] @ models/lib/nn.yaml:80:7
%6720 = cast %6712 : f64[] @ models/lib/nn.yaml:80:7
%6721 = pow %4247, %6720 : f64[] @ models/lib/nn.yaml:80:7
%6722 = sub %4228, %6721 : f64[] @ models/lib/nn.yaml:80:7
%6723 = div %2558, %6722 : f64[] @ models/lib/nn.yaml:80:7
%6724 = pow %4255, %6720 : f64[] @ models/lib/nn.yaml:80:7
%6725 = sub %4228, %6724 : f64[] @ models/lib/nn.yaml:80:7
%6726 = sqrt %6725 : f64[] @ models/lib/nn.yaml:80:7
%6727 = div %4228, %6726 : f64[] @ models/lib/nn.yaml:80:7
%6728 = sqrt %6719 : f32[16] @ models/lib/nn.yaml:80:7
%6729 = cast %6727 : f32[] @ models/lib/nn.yaml:80:7
%6730 = broadcast %6729 : f32[16] @ models/lib/nn.yaml:80:7
%6731 = mul %6728, %6730 : f32[16] @ models/lib/nn.yaml:80:7
%6732 = add %6731, %4393 : f32[16] @ models/lib/nn.yaml:80:7
%6733 = div %6715, %6732 : f32[16] @ models/lib/nn.yaml:80:7
%6734 = cast %6723 : f32[] @ models/lib/nn.yaml:80:7
%6735 = broadcast %6734 : f32[16] @ models/lib/nn.yaml:80:7
%6736 = mul %6733, %6735 : f32[16] @ models/lib/nn.yaml:80:7
%6737 = sub %54, %6736 : f32[16] @ models/lib/nn.yaml:80:7
%6738 = assign %54, %6737 : f32[16] @ models/lib/nn.yaml:80:7
%6739 = assign %6709, %6715 : f32[16] @ models/lib/nn.yaml:80:7
%6740 = assign %6710, %6719 : f32[16] @ models/lib/nn.yaml:80:7
%6741 = assign %6711, %6712 : i64[] @ models/lib/nn.yaml:80:7
%6742 = mul %132, %4404 : f32[16] @ models/lib/nn.yaml:80:7
%6743 = mul %6737, %4406 : f32[16] @ models/lib/nn.yaml:80:7
%6744 = add %6742, %6743 : f32[16] @ models/lib/nn.yaml:80:7
%6745 = assign %132, %6744 : f32[16] @ models/lib/nn.yaml:80:7
%6746 = all_reduce_sum %3692 : f32[16,16] @ models/lib/nn.yaml:79:7
%6747 = reshape %6746 : f32[256] @ models/lib/nn.yaml:79:7
%6748 = mul %6747, %6747 : f32[256] @ models/lib/nn.yaml:79:7
%6749 = reduce_sum %6748 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6750 = sqrt %6749 : f32[] @ models/lib/nn.yaml:79:7
%6751 = cast %6750 : f64[] @ models/lib/nn.yaml:79:7
%6752 = add %6751, %4224 : f64[] @ models/lib/nn.yaml:79:7
%6753 = div %4226, %6752 : f64[] @ models/lib/nn.yaml:79:7
%6754 = lt %6753, %4228 : bool[] @ models/lib/nn.yaml:79:7
%6755 = cast %6753 : f32[] @ models/lib/nn.yaml:79:7
%6756 = broadcast %6755 : f32[16,16] @ models/lib/nn.yaml:79:7
%6757 = mul %6746, %6756 : f32[16,16] @ models/lib/nn.yaml:79:7
%6758 = broadcast %6754 : bool[16,16] @ models/lib/nn.yaml:79:7
%6759 = select %6758, %6757, %6746 : f32[16,16] @ models/lib/nn.yaml:79:7
%6760 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6761 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6762 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6763 = add %6762, %4238 : i64[] @ models/lib/nn.yaml:79:7
%6764 = mul %55, %4645 : f32[16,16] @ models/lib/nn.yaml:79:7
%6765 = mul %6759, %4647 : f32[16,16] @ models/lib/nn.yaml:79:7
%6766 = mul %6760, %4649 : f32[16,16] @ models/lib/nn.yaml:79:7
%6767 = add %6766, %6765 : f32[16,16] @ models/lib/nn.yaml:79:7
%6768 = mul %6759, %6759 : f32[16,16] @ models/lib/nn.yaml:79:7
%6769 = mul %6768, %4653 : f32[16,16] @ models/lib/nn.yaml:79:7
%6770 = mul %6761, %4655 : f32[16,16] @ models/lib/nn.yaml:79:7
%6771 = add %6770, %6769 : f32[16,16] @ models/lib/nn.yaml:79:7
%6772 = cast %6763 : f64[] @ models/lib/nn.yaml:79:7
%6773 = pow %4247, %6772 : f64[] @ models/lib/nn.yaml:79:7
%6774 = sub %4228, %6773 : f64[] @ models/lib/nn.yaml:79:7
%6775 = div %2558, %6774 : f64[] @ models/lib/nn.yaml:79:7
%6776 = pow %4255, %6772 : f64[] @ models/lib/nn.yaml:79:7
%6777 = sub %4228, %6776 : f64[] @ models/lib/nn.yaml:79:7
%6778 = sqrt %6777 : f64[] @ models/lib/nn.yaml:79:7
%6779 = div %4228, %6778 : f64[] @ models/lib/nn.yaml:79:7
%6780 = sqrt %6771 : f32[16,16] @ models/lib/nn.yaml:79:7
%6781 = cast %6779 : f32[] @ models/lib/nn.yaml:79:7
%6782 = broadcast %6781 : f32[16,16] @ models/lib/nn.yaml:79:7
%6783 = mul %6780, %6782 : f32[16,16] @ models/lib/nn.yaml:79:7
%6784 = add %6783, %4670 : f32[16,16] @ models/lib/nn.yaml:79:7
%6785 = div %6767, %6784 : f32[16,16] @ models/lib/nn.yaml:79:7
%6786 = cast %6775 : f32[] @ models/lib/nn.yaml:79:7
%6787 = broadcast %6786 : f32[16,16] @ models/lib/nn.yaml:79:7
%6788 = mul %6785, %6787 : f32[16,16] @ models/lib/nn.yaml:79:7
%6789 = sub %6764, %6788 : f32[16,16] @ models/lib/nn.yaml:79:7
%6790 = assign %55, %6789 : f32[16,16] @ models/lib/nn.yaml:79:7
%6791 = assign %6760, %6767 : f32[16,16] @ models/lib/nn.yaml:79:7
%6792 = assign %6761, %6771 : f32[16,16] @ models/lib/nn.yaml:79:7
%6793 = assign %6762, %6763 : i64[] @ models/lib/nn.yaml:79:7
%6794 = mul %133, %4681 : f32[16,16] @ models/lib/nn.yaml:79:7
%6795 = mul %6789, %4683 : f32[16,16] @ models/lib/nn.yaml:79:7
%6796 = add %6794, %6795 : f32[16,16] @ models/lib/nn.yaml:79:7
%6797 = assign %133, %6796 : f32[16,16] @ models/lib/nn.yaml:79:7
%6798 = all_reduce_sum %3687 : f32[16] @ models/lib/nn.yaml:80:7
%6799 = mul %6798, %6798 : f32[16] @ models/lib/nn.yaml:80:7
%6800 = reduce_sum %6799 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6801 = sqrt %6800 : f32[] @ models/lib/nn.yaml:80:7
%6802 = cast %6801 : f64[] @ models/lib/nn.yaml:80:7
%6803 = add %6802, %4224 : f64[] @ models/lib/nn.yaml:80:7
%6804 = div %4226, %6803 : f64[] @ models/lib/nn.yaml:80:7
%6805 = lt %6804, %4228 : bool[] @ models/lib/nn.yaml:80:7
%6806 = cast %6804 : f32[] @ models/lib/nn.yaml:80:7
%6807 = broadcast %6806 : f32[16] @ models/lib/nn.yaml:80:7
%6808 = mul %6798, %6807 : f32[16] @ models/lib/nn.yaml:80:7
%6809 = broadcast %6805 : bool[16] @ models/lib/nn.yaml:80:7
%6810 = select %6809, %6808, %6798 : f32[16] @ models/lib/nn.yaml:80:7
%6811 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6812 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6813 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6814 = add %6813, %4238 : i64[] @ models/lib/nn.yaml:80:7
%6815 = mul %6810, %4370 : f32[16] @ models/lib/nn.yaml:80:7
%6816 = mul %6811, %4372 : f32[16] @ models/lib/nn.yaml:80:7
%6817 = add %6816, %6815 : f32[16] @ models/lib/nn.yaml:80:7
%6818 = mul %6810, %6810 : f32[16] @ models/lib/nn.yaml:80:7
%6819 = mul %6818, %4376 : f32[16] @ models/lib/nn.yaml:80:7
%6820 = mul %6812, %4378 : f32[16] @ models/lib/nn.yaml:80:7
%6821 = add %6820, %6819 : f32[16] @ models/lib/nn.yaml:80:7
%6822 = cast %6814 : f64[] @ models/lib/nn.yaml:80:7
%6823 = pow %4247, %6822 : f64[] @ models/lib/nn.yaml:80:7
%6824 = sub %4228, %6823 : f64[] @ models/lib/nn.yaml:80:7
%6825 = div %2558, %6824 : f64[] @ models/lib/nn.yaml:80:7
%6826 = pow %4255, %6822 : f64[] @ models/lib/nn.yaml:80:7
%6827 = sub %4228, %6826 : f64[] @ models/lib/nn.yaml:80:7
%6828 = sqrt %6827 : f64[] @ models/lib/nn.yaml:80:7
%6829 = div %4228, %6828 : f64[] @ models/lib/nn.yaml:80:7
%6830 = sqrt %6821 : f32[16] @ models/lib/nn.yaml:80:7
%6831 = cast %6829 : f32[] @ models/lib/nn.yaml:80:7
%6832 = broadcast %6831 : f32[16] @ models/lib/nn.yaml:80:7
%6833 = mul %6830, %6832 : f32[16] @ models/lib/nn.yaml:80:7
%6834 = add %6833, %4393 : f32[16] @ models/lib/nn.yaml:80:7
%6835 = div %6817, %6834 : f32[16] @ models/lib/nn.yaml:80:7
%6836 = cast %6825 : f32[] @ models/lib/nn.yaml:80:7
%6837 = broadcast %6836 : f32[16] @ models/lib/nn.yaml:80:7
%6838 = mul %6835, %6837 : f32[16] @ models/lib/nn.yaml:80:7
%6839 = sub %56, %6838 : f32[16] @ models/lib/nn.yaml:80:7
%6840 = assign %56, %6839 : f32[16] @ models/lib/nn.yaml:80:7
%6841 = assign %6811, %6817 : f32[16] @ models/lib/nn.yaml:80:7
%6842 = assign %6812, %6821 : f32[16] @ models/lib/nn.yaml:80:7
%6843 = assign %6813, %6814 : i64[] @ models/lib/nn.yaml:80:7
%6844 = mul %134, %4404 : f32[16] @ models/lib/nn.yaml:80:7
%6845 = mul %6839, %4406 : f32[16] @ models/lib/nn.yaml:80:7
%6846 = add %6844, %6845 : f32[16] @ models/lib/nn.yaml:80:7
%6847 = assign %134, %6846 : f32[16] @ models/lib/nn.yaml:80:7
%6848 = all_reduce_sum %3680 : f32[16,16] @ models/lib/nn.yaml:79:7
%6849 = reshape %6848 : f32[256] @ models/lib/nn.yaml:79:7
%6850 = mul %6849, %6849 : f32[256] @ models/lib/nn.yaml:79:7
%6851 = reduce_sum %6850 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6852 = sqrt %6851 : f32[] @ models/lib/nn.yaml:79:7
%6853 = cast %6852 : f64[] @ models/lib/nn.yaml:79:7
%6854 = add %6853, %4224 : f64[] @ models/lib/nn.yaml:79:7
%6855 = div %4226, %6854 : f64[] @ models/lib/nn.yaml:79:7
%6856 = lt %6855, %4228 : bool[] @ models/lib/nn.yaml:79:7
%6857 = cast %6855 : f32[] @ models/lib/nn.yaml:79:7
%6858 = broadcast %6857 : f32[16,16] @ models/lib/nn.yaml:79:7
%6859 = mul %6848, %6858 : f32[16,16] @ models/lib/nn.yaml:79:7
%6860 = broadcast %6856 : bool[16,16] @ models/lib/nn.yaml:79:7
%6861 = select %6860, %6859, %6848 : f32[16,16] @ models/lib/nn.yaml:79:7
%6862 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6863 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6864 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6865 = add %6864, %4238 : i64[] @ models/lib/nn.yaml:79:7
%6866 = mul %57, %4645 : f32[16,16] @ models/lib/nn.yaml:79:7
%6867 = mul %6861, %4647 : f32[16,16] @ models/lib/nn.yaml:79:7
%6868 = mul %6862, %4649 : f32[16,16] @ models/lib/nn.yaml:79:7
%6869 = add %6868, %6867 : f32[16,16] @ models/lib/nn.yaml:79:7
%6870 = mul %6861, %6861 : f32[16,16] @ models/lib/nn.yaml:79:7
%6871 = mul %6870, %4653 : f32[16,16] @ models/lib/nn.yaml:79:7
%6872 = mul %6863, %4655 : f32[16,16] @ models/lib/nn.yaml:79:7
%6873 = add %6872, %6871 : f32[16,16] @ models/lib/nn.yaml:79:7
%6874 = cast %6865 : f64[] @ models/lib/nn.yaml:79:7
%6875 = pow %4247, %6874 : f64[] @ models/lib/nn.yaml:79:7
%6876 = sub %4228, %6875 : f64[] @ models/lib/nn.yaml:79:7
%6877 = div %2558, %6876 : f64[] @ models/lib/nn.yaml:79:7
%6878 = pow %4255, %6874 : f64[] @ models/lib/nn.yaml:79:7
%6879 = sub %4228, %6878 : f64[] @ models/lib/nn.yaml:79:7
%6880 = sqrt %6879 : f64[] @ models/lib/nn.yaml:79:7
%6881 = div %4228, %6880 : f64[] @ models/lib/nn.yaml:79:7
%6882 = sqrt %6873 : f32[16,16] @ models/lib/nn.yaml:79:7
%6883 = cast %6881 : f32[] @ models/lib/nn.yaml:79:7
%6884 = broadcast %6883 : f32[16,16] @ models/lib/nn.yaml:79:7
%6885 = mul %6882, %6884 : f32[16,16] @ models/lib/nn.yaml:79:7
%6886 = add %6885, %4670 : f32[16,16] @ models/lib/nn.yaml:79:7
%6887 = div %6869, %6886 : f32[16,16] @ models/lib/nn.yaml:79:7
%6888 = cast %6877 : f32[] @ models/lib/nn.yaml:79:7
%6889 = broadcast %6888 : f32[16,16] @ models/lib/nn.yaml:79:7
%6890 = mul %6887, %6889 : f32[16,16] @ models/lib/nn.yaml:79:7
%6891 = sub %6866, %6890 : f32[16,16] @ models/lib/nn.yaml:79:7
%6892 = assign %57, %6891 : f32[16,16] @ models/lib/nn.yaml:79:7
%6893 = assign %6862, %6869 : f32[16,16] @ models/lib/nn.yaml:79:7
%6894 = assign %6863, %6873 : f32[16,16] @ models/lib/nn.yaml:79:7
%6895 = assign %6864, %6865 : i64[] @ models/lib/nn.yaml:79:7
%6896 = mul %135, %4681 : f32[16,16] @ models/lib/nn.yaml:79:7
%6897 = mul %6891, %4683 : f32[16,16] @ models/lib/nn.yaml:79:7
%6898 = add %6896, %6897 : f32[16,16] @ models/lib/nn.yaml:79:7
%6899 = assign %135, %6898 : f32[16,16] @ models/lib/nn.yaml:79:7
%6900 = all_reduce_sum %3675 : f32[16] @ models/lib/nn.yaml:80:7
%6901 = mul %6900, %6900 : f32[16] @ models/lib/nn.yaml:80:7
%6902 = reduce_sum %6901 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6903 = sqrt %6902 : f32[] @ models/lib/nn.yaml:80:7
%6904 = cast %6903 : f64[] @ models/lib/nn.yaml:80:7
%6905 = add %6904, %4224 : f64[] @ models/lib/nn.yaml:80:7
%6906 = div %4226, %6905 : f64[] @ models/lib/nn.yaml:80:7
%6907 = lt %6906, %4228 : bool[] @ models/lib/nn.yaml:80:7
%6908 = cast %6906 : f32[] @ models/lib/nn.yaml:80:7
%6909 = broadcast %6908 : f32[16] @ models/lib/nn.yaml:80:7
%6910 = mul %6900, %6909 : f32[16] @ models/lib/nn.yaml:80:7
%6911 = broadcast %6907 : bool[16] @ models/lib/nn.yaml:80:7
%6912 = select %6911, %6910, %6900 : f32[16] @ models/lib/nn.yaml:80:7
%6913 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6914 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6915 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6916 = add %6915, %4238 : i64[] @ models/lib/nn.yaml:80:7
%6917 = mul %6912, %4370 : f32[16] @ models/lib/nn.yaml:80:7
%6918 = mul %6913, %4372 : f32[16] @ models/lib/nn.yaml:80:7
%6919 = add %6918, %6917 : f32[16] @ models/lib/nn.yaml:80:7
%6920 = mul %6912, %6912 : f32[16] @ models/lib/nn.yaml:80:7
%6921 = mul %6920, %4376 : f32[16] @ models/lib/nn.yaml:80:7
%6922 = mul %6914, %4378 : f32[16] @ models/lib/nn.yaml:80:7
%6923 = add %6922, %6921 : f32[16] @ models/lib/nn.yaml:80:7
%6924 = cast %6916 : f64[] @ models/lib/nn.yaml:80:7
%6925 = pow %4247, %6924 : f64[] @ models/lib/nn.yaml:80:7
%6926 = sub %4228, %6925 : f64[] @ models/lib/nn.yaml:80:7
%6927 = div %2558, %6926 : f64[] @ models/lib/nn.yaml:80:7
%6928 = pow %4255, %6924 : f64[] @ models/lib/nn.yaml:80:7
%6929 = sub %4228, %6928 : f64[] @ models/lib/nn.yaml:80:7
%6930 = sqrt %6929 : f64[] @ models/lib/nn.yaml:80:7
%6931 = div %4228, %6930 : f64[] @ models/lib/nn.yaml:80:7
%6932 = sqrt %6923 : f32[16] @ models/lib/nn.yaml:80:7
%6933 = cast %6931 : f32[] @ models/lib/nn.yaml:80:7
%6934 = broadcast %6933 : f32[16] @ models/lib/nn.yaml:80:7
%6935 = mul %6932, %6934 : f32[16] @ models/lib/nn.yaml:80:7
%6936 = add %6935, %4393 : f32[16] @ models/lib/nn.yaml:80:7
%6937 = div %6919, %6936 : f32[16] @ models/lib/nn.yaml:80:7
%6938 = cast %6927 : f32[] @ models/lib/nn.yaml:80:7
%6939 = broadcast %6938 : f32[16] @ models/lib/nn.yaml:80:7
%6940 = mul %6937, %6939 : f32[16] @ models/lib/nn.yaml:80:7
%6941 = sub %58, %6940 : f32[16] @ models/lib/nn.yaml:80:7
%6942 = assign %58, %6941 : f32[16] @ models/lib/nn.yaml:80:7
%6943 = assign %6913, %6919 : f32[16] @ models/lib/nn.yaml:80:7
%6944 = assign %6914, %6923 : f32[16] @ models/lib/nn.yaml:80:7
%6945 = assign %6915, %6916 : i64[] @ models/lib/nn.yaml:80:7
%6946 = mul %136, %4404 : f32[16] @ models/lib/nn.yaml:80:7
%6947 = mul %6941, %4406 : f32[16] @ models/lib/nn.yaml:80:7
%6948 = add %6946, %6947 : f32[16] @ models/lib/nn.yaml:80:7
%6949 = assign %136, %6948 : f32[16] @ models/lib/nn.yaml:80:7
%6950 = all_reduce_sum %3631 : f32[16,16] @ models/lib/nn.yaml:79:7
%6951 = reshape %6950 : f32[256] @ models/lib/nn.yaml:79:7
%6952 = mul %6951, %6951 : f32[256] @ models/lib/nn.yaml:79:7
%6953 = reduce_sum %6952 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6954 = sqrt %6953 : f32[] @ models/lib/nn.yaml:79:7
%6955 = cast %6954 : f64[] @ models/lib/nn.yaml:79:7
%6956 = add %6955, %4224 : f64[] @ models/lib/nn.yaml:79:7
%6957 = div %4226, %6956 : f64[] @ models/lib/nn.yaml:79:7
%6958 = lt %6957, %4228 : bool[] @ models/lib/nn.yaml:79:7
%6959 = cast %6957 : f32[] @ models/lib/nn.yaml:79:7
%6960 = broadcast %6959 : f32[16,16] @ models/lib/nn.yaml:79:7
%6961 = mul %6950, %6960 : f32[16,16] @ models/lib/nn.yaml:79:7
%6962 = broadcast %6958 : bool[16,16] @ models/lib/nn.yaml:79:7
%6963 = select %6962, %6961, %6950 : f32[16,16] @ models/lib/nn.yaml:79:7
%6964 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6965 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6966 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6967 = add %6966, %4238 : i64[] @ models/lib/nn.yaml:79:7
%6968 = mul %59, %4645 : f32[16,16] @ models/lib/nn.yaml:79:7
%6969 = mul %6963, %4647 : f32[16,16] @ models/lib/nn.yaml:79:7
%6970 = mul %6964, %4649 : f32[16,16] @ models/lib/nn.yaml:79:7
%6971 = add %6970, %6969 : f32[16,16] @ models/lib/nn.yaml:79:7
%6972 = mul %6963, %6963 : f32[16,16] @ models/lib/nn.yaml:79:7
%6973 = mul %6972, %4653 : f32[16,16] @ models/lib/nn.yaml:79:7
%6974 = mul %6965, %4655 : f32[16,16] @ models/lib/nn.yaml:79:7
%6975 = add %6974, %6973 : f32[16,16] @ models/lib/nn.yaml:79:7
%6976 = cast %6967 : f64[] @ models/lib/nn.yaml:79:7
%6977 = pow %4247, %6976 : f64[] @ models/lib/nn.yaml:79:7
%6978 = sub %4228, %6977 : f64[] @ models/lib/nn.yaml:79:7
%6979 = div %2558, %6978 : f64[] @ models/lib/nn.yaml:79:7
%6980 = pow %4255, %6976 : f64[] @ models/lib/nn.yaml:79:7
%6981 = sub %4228, %6980 : f64[] @ models/lib/nn.yaml:79:7
%6982 = sqrt %6981 : f64[] @ models/lib/nn.yaml:79:7
%6983 = div %4228, %6982 : f64[] @ models/lib/nn.yaml:79:7
%6984 = sqrt %6975 : f32[16,16] @ models/lib/nn.yaml:79:7
%6985 = cast %6983 : f32[] @ models/lib/nn.yaml:79:7
%6986 = broadcast %6985 : f32[16,16] @ models/lib/nn.yaml:79:7
%6987 = mul %6984, %6986 : f32[16,16] @ models/lib/nn.yaml:79:7
%6988 = add %6987, %4670 : f32[16,16] @ models/lib/nn.yaml:79:7
%6989 = div %6971, %6988 : f32[16,16] @ models/lib/nn.yaml:79:7
%6990 = cast %6979 : f32[] @ models/lib/nn.yaml:79:7
%6991 = broadcast %6990 : f32[16,16] @ models/lib/nn.yaml:79:7
%6992 = mul %6989, %6991 : f32[16,16] @ models/lib/nn.yaml:79:7
%6993 = sub %6968, %6992 : f32[16,16] @ models/lib/nn.yaml:79:7
%6994 = assign %59, %6993 : f32[16,16] @ models/lib/nn.yaml:79:7
%6995 = assign %6964, %6971 : f32[16,16] @ models/lib/nn.yaml:79:7
%6996 = assign %6965, %6975 : f32[16,16] @ models/lib/nn.yaml:79:7
%6997 = assign %6966, %6967 : i64[] @ models/lib/nn.yaml:79:7
%6998 = mul %137, %4681 : f32[16,16] @ models/lib/nn.yaml:79:7
%6999 = mul %6993, %4683 : f32[16,16] @ models/lib/nn.yaml:79:7
%7000 = add %6998, %6999 : f32[16,16] @ models/lib/nn.yaml:79:7
%7001 = assign %137, %7000 : f32[16,16] @ models/lib/nn.yaml:79:7
%7002 = all_reduce_sum %3626 : f32[16] @ models/lib/nn.yaml:80:7
%7003 = mul %7002, %7002 : f32[16] @ models/lib/nn.yaml:80:7
%7004 = reduce_sum %7003 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7005 = sqrt %7004 : f32[] @ models/lib/nn.yaml:80:7
%7006 = cast %7005 : f64[] @ models/lib/nn.yaml:80:7
%7007 = add %7006, %4224 : f64[] @ models/lib/nn.yaml:80:7
%7008 = div %4226, %7007 : f64[] @ models/lib/nn.yaml:80:7
%7009 = lt %7008, %4228 : bool[] @ models/lib/nn.yaml:80:7
%7010 = cast %7008 : f32[] @ models/lib/nn.yaml:80:7
%7011 = broadcast %7010 : f32[16] @ models/lib/nn.yaml:80:7
%7012 = mul %7002, %7011 : f32[16] @ models/lib/nn.yaml:80:7
%7013 = broadcast %7009 : bool[16] @ models/lib/nn.yaml:80:7
%7014 = select %7013, %7012, %7002 : f32[16] @ models/lib/nn.yaml:80:7
%7015 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7016 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7017 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7018 = add %7017, %4238 : i64[] @ models/lib/nn.yaml:80:7
%7019 = mul %7014, %4370 : f32[16] @ models/lib/nn.yaml:80:7
%7020 = mul %7015, %4372 : f32[16] @ models/lib/nn.yaml:80:7
%7021 = add %7020, %7019 : f32[16] @ models/lib/nn.yaml:80:7
%7022 = mul %7014, %7014 : f32[16] @ models/lib/nn.yaml:80:7
%7023 = mul %7022, %4376 : f32[16] @ models/lib/nn.yaml:80:7
%7024 = mul %7016, %4378 : f32[16] @ models/lib/nn.yaml:80:7
%7025 = add %7024, %7023 : f32[16] @ models/lib/nn.yaml:80:7
%7026 = cast %7018 : f64[] @ models/lib/nn.yaml:80:7
%7027 = pow %4247, %7026 : f64[] @ models/lib/nn.yaml:80:7
%7028 = sub %4228, %7027 : f64[] @ models/lib/nn.yaml:80:7
%7029 = div %2558, %7028 : f64[] @ models/lib/nn.yaml:80:7
%7030 = pow %4255, %7026 : f64[] @ models/lib/nn.yaml:80:7
%7031 = sub %4228, %7030 : f64[] @ models/lib/nn.yaml:80:7
%7032 = sqrt %7031 : f64[] @ models/lib/nn.yaml:80:7
%7033 = div %4228, %7032 : f64[] @ models/lib/nn.yaml:80:7
%7034 = sqrt %7025 : f32[16] @ models/lib/nn.yaml:80:7
%7035 = cast %7033 : f32[] @ models/lib/nn.yaml:80:7
%7036 = broadcast %7035 : f32[16] @ models/lib/nn.yaml:80:7
%7037 = mul %7034, %7036 : f32[16] @ models/lib/nn.yaml:80:7
%7038 = add %7037, %4393 : f32[16] @ models/lib/nn.yaml:80:7
%7039 = div %7021, %7038 : f32[16] @ models/lib/nn.yaml:80:7
%7040 = cast %7029 : f32[] @ models/lib/nn.yaml:80:7
%7041 = broadcast %7040 : f32[16] @ models/lib/nn.yaml:80:7
%7042 = mul %7039, %7041 : f32[16] @ models/lib/nn.yaml:80:7
%7043 = sub %60, %7042 : f32[16] @ models/lib/nn.yaml:80:7
%7044 = assign %60, %7043 : f32[16] @ models/lib/nn.yaml:80:7
%7045 = assign %7015, %7021 : f32[16] @ models/lib/nn.yaml:80:7
%7046 = assign %7016, %7025 : f32[16] @ models/lib/nn.yaml:80:7
%7047 = assign %7017, %7018 : i64[] @ models/lib/nn.yaml:80:7
%7048 = mul %138, %4404 : f32[16] @ models/lib/nn.yaml:80:7
%7049 = mul %7043, %4406 : f32[16] @ models/lib/nn.yaml:80:7
%7050 = add %7048, %7049 : f32[16] @ models/lib/nn.yaml:80:7
%7051 = assign %138, %7050 : f32[16] @ models/lib/nn.yaml:80:7
%7052 = all_reduce_sum %3605 : f32[16] @ models/lib/nn.yaml:89:7
%7053 = mul %7052, %7052 : f32[16] @ models/lib/nn.yaml:89:7
%7054 = reduce_sum %7053 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7055 = sqrt %7054 : f32[] @ models/lib/nn.yaml:89:7
%7056 = cast %7055 : f64[] @ models/lib/nn.yaml:89:7
%7057 = add %7056, %4224 : f64[] @ models/lib/nn.yaml:89:7
%7058 = div %4226, %7057 : f64[] @ models/lib/nn.yaml:89:7
%7059 = lt %7058, %4228 : bool[] @ models/lib/nn.yaml:89:7
%7060 = cast %7058 : f32[] @ models/lib/nn.yaml:89:7
%7061 = broadcast %7060 : f32[16] @ models/lib/nn.yaml:89:7
%7062 = mul %7052, %7061 : f32[16] @ models/lib/nn.yaml:89:7
%7063 = broadcast %7059 : bool[16] @ models/lib/nn.yaml:89:7
%7064 = select %7063, %7062, %7052 : f32[16] @ models/lib/nn.yaml:89:7
%7065 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7066 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7067 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7068 = add %7067, %4238 : i64[] @ models/lib/nn.yaml:89:7
%7069 = mul %7064, %4370 : f32[16] @ models/lib/nn.yaml:89:7
%7070 = mul %7065, %4372 : f32[16] @ models/lib/nn.yaml:89:7
%7071 = add %7070, %7069 : f32[16] @ models/lib/nn.yaml:89:7
%7072 = mul %7064, %7064 : f32[16] @ models/lib/nn.yaml:89:7
%7073 = mul %7072, %4376 : f32[16] @ models/lib/nn.yaml:89:7
%7074 = mul %7066, %4378 : f32[16] @ models/lib/nn.yaml:89:7
%7075 = add %7074, %7073 : f32[16] @ models/lib/nn.yaml:89:7
%7076 = cast %7068 : f64[] @ models/lib/nn.yaml:89:7
%7077 = pow %4247, %7076 : f64[] @ models/lib/nn.yaml:89:7
%7078 = sub %4228, %7077 : f64[] @ models/lib/nn.yaml:89:7
%7079 = div %2558, %7078 : f64[] @ models/lib/nn.yaml:89:7
%7080 = pow %4255, %7076 : f64[] @ models/lib/nn.yaml:89:7
%7081 = sub %4228, %7080 : f64[] @ models/lib/nn.yaml:89:7
%7082 = sqrt %7081 : f64[] @ models/lib/nn.yaml:89:7
%7083 = div %4228, %7082 : f64[] @ models/lib/nn.yaml:89:7
%7084 = sqrt %7075 : f32[16] @ models/lib/nn.yaml:89:7
%7085 = cast %7083 : f32[] @ models/lib/nn.yaml:89:7
%7086 = broadcast %7085 : f32[16] @ models/lib/nn.yaml:89:7
%7087 = mul %7084, %7086 : f32[16] @ models/lib/nn.yaml:89:7
%7088 = add %7087, %4393 : f32[16] @ models/lib/nn.yaml:89:7
%7089 = div %7071, %7088 : f32[16] @ models/lib/nn.yaml:89:7
%7090 = cast %7079 : f32[] @ models/lib/nn.yaml:89:7
%7091 = broadcast %7090 : f32[16] @ models/lib/nn.yaml:89:7
%7092 = mul %7089, %7091 : f32[16] @ models/lib/nn.yaml:89:7
%7093 = sub %61, %7092 : f32[16] @ models/lib/nn.yaml:89:7
%7094 = assign %61, %7093 : f32[16] @ models/lib/nn.yaml:89:7
%7095 = assign %7065, %7071 : f32[16] @ models/lib/nn.yaml:89:7
%7096 = assign %7066, %7075 : f32[16] @ models/lib/nn.yaml:89:7
%7097 = assign %7067, %7068 : i64[] @ models/lib/nn.yaml:89:7
%7098 = mul %139, %4404 : f32[16] @ models/lib/nn.yaml:89:7
%7099 = mul %7093, %4406 : f32[16] @ models/lib/nn.yaml:89:7
%7100 = add %7098, %7099 : f32[16] @ models/lib/nn.yaml:89:7
%7101 = assign %139, %7100 : f32[16] @ models/lib/nn.yaml:89:7
%7102 = all_reduce_sum %3600 : f32[16] @ models/lib/nn.yaml:90:7
%7103 = mul %7102, %7102 : f32[16] @ models/lib/nn.yaml:90:7
%7104 = reduce_sum %7103 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7105 = sqrt %7104 : f32[] @ models/lib/nn.yaml:90:7
%7106 = cast %7105 : f64[] @ models/lib/nn.yaml:90:7
%7107 = add %7106, %4224 : f64[] @ models/lib/nn.yaml:90:7
%7108 = div %4226, %7107 : f64[] @ models/lib/nn.yaml:90:7
%7109 = lt %7108, %4228 : bool[] @ models/lib/nn.yaml:90:7
%7110 = cast %7108 : f32[] @ models/lib/nn.yaml:90:7
%7111 = broadcast %7110 : f32[16] @ models/lib/nn.yaml:90:7
%7112 = mul %7102, %7111 : f32[16] @ models/lib/nn.yaml:90:7
%7113 = broadcast %7109 : bool[16] @ models/lib/nn.yaml:90:7
%7114 = select %7113, %7112, %7102 : f32[16] @ models/lib/nn.yaml:90:7
%7115 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7116 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7117 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7118 = add %7117, %4238 : i64[] @ models/lib/nn.yaml:90:7
%7119 = mul %7114, %4370 : f32[16] @ models/lib/nn.yaml:90:7
%7120 = mul %7115, %4372 : f32[16] @ models/lib/nn.yaml:90:7
%7121 = add %7120, %7119 : f32[16] @ models/lib/nn.yaml:90:7
%7122 = mul %7114, %7114 : f32[16] @ models/lib/nn.yaml:90:7
%7123 = mul %7122, %4376 : f32[16] @ models/lib/nn.yaml:90:7
%7124 = mul %7116, %4378 : f32[16] @ models/lib/nn.yaml:90:7
%7125 = add %7124, %7123 : f32[16] @ models/lib/nn.yaml:90:7
%7126 = cast %7118 : f64[] @ models/lib/nn.yaml:90:7
%7127 = pow %4247, %7126 : f64[] @ models/lib/nn.yaml:90:7
%7128 = sub %4228, %7127 : f64[] @ models/lib/nn.yaml:90:7
%7129 = div %2558, %7128 : f64[] @ models/lib/nn.yaml:90:7
%7130 = pow %4255, %7126 : f64[] @ models/lib/nn.yaml:90:7
%7131 = sub %4228, %7130 : f64[] @ models/lib/nn.yaml:90:7
%7132 = sqrt %7131 : f64[] @ models/lib/nn.yaml:90:7
%7133 = div %4228, %7132 : f64[] @ models/lib/nn.yaml:90:7
%7134 = sqrt %7125 : f32[16] @ models/lib/nn.yaml:90:7
%7135 = cast %7133 : f32[] @ models/lib/nn.yaml:90:7
%7136 = broadcast %7135 : f32[16] @ models/lib/nn.yaml:90:7
%7137 = mul %7134, %7136 : f32[16] @ models/lib/nn.yaml:90:7
%7138 = add %7137, %4393 : f32[16] @ models/lib/nn.yaml:90:7
%7139 = div %7121, %7138 : f32[16] @ models/lib/nn.yaml:90:7
%7140 = cast %7129 : f32[] @ models/lib/nn.yaml:90:7
%7141 = broadcast %7140 : f32[16] @ models/lib/nn.yaml:90:7
%7142 = mul %7139, %7141 : f32[16] @ models/lib/nn.yaml:90:7
%7143 = sub %62, %7142 : f32[16] @ models/lib/nn.yaml:90:7
%7144 = assign %62, %7143 : f32[16] @ models/lib/nn.yaml:90:7
%7145 = assign %7115, %7121 : f32[16] @ models/lib/nn.yaml:90:7
%7146 = assign %7116, %7125 : f32[16] @ models/lib/nn.yaml:90:7
%7147 = assign %7117, %7118 : i64[] @ models/lib/nn.yaml:90:7
%7148 = mul %140, %4404 : f32[16] @ models/lib/nn.yaml:90:7
%7149 = mul %7143, %4406 : f32[16] @ models/lib/nn.yaml:90:7
%7150 = add %7148, %7149 : f32[16] @ models/lib/nn.yaml:90:7
%7151 = assign %140, %7150 : f32[16] @ models/lib/nn.yaml:90:7
%7152 = all_reduce_sum %3597 : f32[64,16] @ models/lib/nn.yaml:79:7
%7153 = reshape %7152 : f32[1024] @ models/lib/nn.yaml:79:7
%7154 = mul %7153, %7153 : f32[1024] @ models/lib/nn.yaml:79:7
%7155 = reduce_sum %7154 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7156 = sqrt %7155 : f32[] @ models/lib/nn.yaml:79:7
%7157 = cast %7156 : f64[] @ models/lib/nn.yaml:79:7
%7158 = add %7157, %4224 : f64[] @ models/lib/nn.yaml:79:7
%7159 = div %4226, %7158 : f64[] @ models/lib/nn.yaml:79:7
%7160 = lt %7159, %4228 : bool[] @ models/lib/nn.yaml:79:7
%7161 = cast %7159 : f32[] @ models/lib/nn.yaml:79:7
%7162 = broadcast %7161 : f32[64,16] @ models/lib/nn.yaml:79:7
%7163 = mul %7152, %7162 : f32[64,16] @ models/lib/nn.yaml:79:7
%7164 = broadcast %7160 : bool[64,16] @ models/lib/nn.yaml:79:7
%7165 = select %7164, %7163, %7152 : f32[64,16] @ models/lib/nn.yaml:79:7
%7166 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7167 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7168 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7169 = add %7168, %4238 : i64[] @ models/lib/nn.yaml:79:7
%7170 = mul %63, %4855 : f32[64,16] @ models/lib/nn.yaml:79:7
%7171 = mul %7165, %4857 : f32[64,16] @ models/lib/nn.yaml:79:7
%7172 = mul %7166, %4859 : f32[64,16] @ models/lib/nn.yaml:79:7
%7173 = add %7172, %7171 : f32[64,16] @ models/lib/nn.yaml:79:7
%7174 = mul %7165, %7165 : f32[64,16] @ models/lib/nn.yaml:79:7
%7175 = mul %7174, %4863 : f32[64,16] @ models/lib/nn.yaml:79:7
%7176 = mul %7167, %4865 : f32[64,16] @ models/lib/nn.yaml:79:7
%7177 = add %7176, %7175 : f32[64,16] @ models/lib/nn.yaml:79:7
%7178 = cast %7169 : f64[] @ models/lib/nn.yaml:79:7
%7179 = pow %4247, %7178 : f64[] @ models/lib/nn.yaml:79:7
%7180 = sub %4228, %7179 : f64[] @ models/lib/nn.yaml:79:7
%7181 = div %2558, %7180 : f64[] @ models/lib/nn.yaml:79:7
%7182 = pow %4255, %7178 : f64[] @ models/lib/nn.yaml:79:7
%7183 = sub %4228, %7182 : f64[] @ models/lib/nn.yaml:79:7
%7184 = sqrt %7183 : f64[] @ models/lib/nn.yaml:79:7
%7185 = div %4228, %7184 : f64[] @ models/lib/nn.yaml:79:7
%7186 = sqrt %7177 : f32[64,16] @ models/lib/nn.yaml:79:7
%7187 = cast %7185 : f32[] @ models/lib/nn.yaml:79:7
%7188 = broadcast %7187 : f32[64,16] @ models/lib/nn.yaml:79:7
%7189 = mul %7186, %7188 : f32[64,16] @ models/lib/nn.yaml:79:7
%7190 = add %7189, %4880 : f32[64,16] @ models/lib/nn.yaml:79:7
%7191 = div %7173, %7190 : f32[64,16] @ models/lib/nn.yaml:79:7
%7192 = cast %7181 : f32[] @ models/lib/nn.yaml:79:7
%7193 = broadcast %7192 : f32[64,16] @ models/lib/nn.yaml:79:7
%7194 = mul %7191, %7193 : f32[64,16] @ models/lib/nn.yaml:79:7
%7195 = sub %7170, %7194 : f32[64,16] @ models/lib/nn.yaml:79:7
%7196 = assign %63, %7195 : f32[64,16] @ models/lib/nn.yaml:79:7
%7197 = assign %7166, %7173 : f32[64,16] @ models/lib/nn.yaml:79:7
%7198 = assign %7167, %7177 : f32[64,16] @ models/lib/nn.yaml:79:7
%7199 = assign %7168, %7169 : i64[] @ models/lib/nn.yaml:79:7
%7200 = mul %141, %4891 : f32[64,16] @ models/lib/nn.yaml:79:7
%7201 = mul %7195, %4893 : f32[64,16] @ models/lib/nn.yaml:79:7
%7202 = add %7200, %7201 : f32[64,16] @ models/lib/nn.yaml:79:7
%7203 = assign %141, %7202 : f32[64,16] @ models/lib/nn.yaml:79:7
%7204 = all_reduce_sum %3592 : f32[64] @ models/lib/nn.yaml:80:7
%7205 = mul %7204, %7204 : f32[64] @ models/lib/nn.yaml:80:7
%7206 = reduce_sum %7205 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7207 = sqrt %7206 : f32[] @ models/lib/nn.yaml:80:7
%7208 = cast %7207 : f64[] @ models/lib/nn.yaml:80:7
%7209 = add %7208, %4224 : f64[] @ models/lib/nn.yaml:80:7
%7210 = div %4226, %7209 : f64[] @ models/lib/nn.yaml:80:7
%7211 = lt %7210, %4228 : bool[] @ models/lib/nn.yaml:80:7
%7212 = cast %7210 : f32[] @ models/lib/nn.yaml:80:7
%7213 = broadcast %7212 : f32[64] @ models/lib/nn.yaml:80:7
%7214 = mul %7204, %7213 : f32[64] @ models/lib/nn.yaml:80:7
%7215 = broadcast %7211 : bool[64] @ models/lib/nn.yaml:80:7
%7216 = select %7215, %7214, %7204 : f32[64] @ models/lib/nn.yaml:80:7
%7217 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7218 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7219 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7220 = add %7219, %4238 : i64[] @ models/lib/nn.yaml:80:7
%7221 = mul %7216, %4914 : f32[64] @ models/lib/nn.yaml:80:7
%7222 = mul %7217, %4916 : f32[64] @ models/lib/nn.yaml:80:7
%7223 = add %7222, %7221 : f32[64] @ models/lib/nn.yaml:80:7
%7224 = mul %7216, %7216 : f32[64] @ models/lib/nn.yaml:80:7
%7225 = mul %7224, %4920 : f32[64] @ models/lib/nn.yaml:80:7
%7226 = mul %7218, %4922 : f32[64] @ models/lib/nn.yaml:80:7
%7227 = add %7226, %7225 : f32[64] @ models/lib/nn.yaml:80:7
%7228 = cast %7220 : f64[] @ models/lib/nn.yaml:80:7
%7229 = pow %4247, %7228 : f64[] @ models/lib/nn.yaml:80:7
%7230 = sub %4228, %7229 : f64[] @ models/lib/nn.yaml:80:7
%7231 = div %2558, %7230 : f64[] @ models/lib/nn.yaml:80:7
%7232 = pow %4255, %7228 : f64[] @ models/lib/nn.yaml:80:7
%7233 = sub %4228, %7232 : f64[] @ models/lib/nn.yaml:80:7
%7234 = sqrt %7233 : f64[] @ models/lib/nn.yaml:80:7
%7235 = div %4228, %7234 : f64[] @ models/lib/nn.yaml:80:7
%7236 = sqrt %7227 : f32[64] @ models/lib/nn.yaml:80:7
%7237 = cast %7235 : f32[] @ models/lib/nn.yaml:80:7
%7238 = broadcast %7237 : f32[64] @ models/lib/nn.yaml:80:7
%7239 = mul %7236, %7238 : f32[64] @ models/lib/nn.yaml:80:7
%7240 = add %7239, %4937 : f32[64] @ models/lib/nn.yaml:80:7
%7241 = div %7223, %7240 : f32[64] @ models/lib/nn.yaml:80:7
%7242 = cast %7231 : f32[] @ models/lib/nn.yaml:80:7
%7243 = broadcast %7242 : f32[64] @ models/lib/nn.yaml:80:7
%7244 = mul %7241, %7243 : f32[64] @ models/lib/nn.yaml:80:7
%7245 = sub %64, %7244 : f32[64] @ models/lib/nn.yaml:80:7
%7246 = assign %64, %7245 : f32[64] @ models/lib/nn.yaml:80:7
%7247 = assign %7217, %7223 : f32[64] @ models/lib/nn.yaml:80:7
%7248 = assign %7218, %7227 : f32[64] @ models/lib/nn.yaml:80:7
%7249 = assign %7219, %7220 : i64[] @ models/lib/nn.yaml:80:7
%7250 = mul %142, %4948 : f32[64] @ models/lib/nn.yaml:80:7
%7251 = mul %7245, %4950 : f32[64] @ models/lib/nn.yaml:80:7
%7252 = add %7250, %7251 : f32[64] @ models/lib/nn.yaml:80:7
%7253 = assign %142, %7252 : f32[64] @ models/lib/nn.yaml:80:7
%7254 = all_reduce_sum %3579 : f32[16,64] @ models/lib/nn.yaml:79:7
%7255 = reshape %7254 : f32[1024] @ models/lib/nn.yaml:79:7
%7256 = mul %7255, %7255 : f32[1024] @ models/lib/nn.yaml:79:7
%7257 = reduce_sum %7256 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7258 = sqrt %7257 : f32[] @ models/lib/nn.yaml:79:7
%7259 = cast %7258 : f64[] @ models/lib/nn.yaml:79:7
%7260 = add %7259, %4224 : f64[] @ models/lib/nn.yaml:79:7
%7261 = div %4226, %7260 : f64[] @ models/lib/nn.yaml:79:7
%7262 = lt %7261, %4228 : bool[] @ models/lib/nn.yaml:79:7
%7263 = cast %7261 : f32[] @ models/lib/nn.yaml:79:7
%7264 = broadcast %7263 : f32[16,64] @ models/lib/nn.yaml:79:7
%7265 = mul %7254, %7264 : f32[16,64] @ models/lib/nn.yaml:79:7
%7266 = broadcast %7262 : bool[16,64] @ models/lib/nn.yaml:79:7
%7267 = select %7266, %7265, %7254 : f32[16,64] @ models/lib/nn.yaml:79:7
%7268 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7269 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7270 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7271 = add %7270, %4238 : i64[] @ models/lib/nn.yaml:79:7
%7272 = mul %65, %4972 : f32[16,64] @ models/lib/nn.yaml:79:7
%7273 = mul %7267, %4974 : f32[16,64] @ models/lib/nn.yaml:79:7
%7274 = mul %7268, %4976 : f32[16,64] @ models/lib/nn.yaml:79:7
%7275 = add %7274, %7273 : f32[16,64] @ models/lib/nn.yaml:79:7
%7276 = mul %7267, %7267 : f32[16,64] @ models/lib/nn.yaml:79:7
%7277 = mul %7276, %4980 : f32[16,64] @ models/lib/nn.yaml:79:7
%7278 = mul %7269, %4982 : f32[16,64] @ models/lib/nn.yaml:79:7
%7279 = add %7278, %7277 : f32[16,64] @ models/lib/nn.yaml:79:7
%7280 = cast %7271 : f64[] @ models/lib/nn.yaml:79:7
%7281 = pow %4247, %7280 : f64[] @ models/lib/nn.yaml:79:7
%7282 = sub %4228, %7281 : f64[] @ models/lib/nn.yaml:79:7
%7283 = div %2558, %7282 : f64[] @ models/lib/nn.yaml:79:7
%7284 = pow %4255, %7280 : f64[] @ models/lib/nn.yaml:79:7
%7285 = sub %4228, %7284 : f64[] @ models/lib/nn.yaml:79:7
%7286 = sqrt %7285 : f64[] @ models/lib/nn.yaml:79:7
%7287 = div %4228, %7286 : f64[] @ models/lib/nn.yaml:79:7
%7288 = sqrt %7279 : f32[16,64] @ models/lib/nn.yaml:79:7
%7289 = cast %7287 : f32[] @ models/lib/nn.yaml:79:7
%7290 = broadcast %7289 : f32[16,64] @ models/lib/nn.yaml:79:7
%7291 = mul %7288, %7290 : f32[16,64] @ models/lib/nn.yaml:79:7
%7292 = add %7291, %4997 : f32[16,64] @ models/lib/nn.yaml:79:7
%7293 = div %7275, %7292 : f32[16,64] @ models/lib/nn.yaml:79:7
%7294 = cast %7283 : f32[] @ models/lib/nn.yaml:79:7
%7295 = broadcast %7294 : f32[16,64] @ models/lib/nn.yaml:79:7
%7296 = mul %7293, %7295 : f32[16,64] @ models/lib/nn.yaml:79:7
%7297 = sub %7272, %7296 : f32[16,64] @ models/lib/nn.yaml:79:7
%7298 = assign %65, %7297 : f32[16,64] @ models/lib/nn.yaml:79:7
%7299 = assign %7268, %7275 : f32[16,64] @ models/lib/nn.yaml:79:7
%7300 = assign %7269, %7279 : f32[16,64] @ models/lib/nn.yaml:79:7
%7301 = assign %7270, %7271 : i64[] @ models/lib/nn.yaml:79:7
%7302 = mul %143, %5008 : f32[16,64] @ models/lib/nn.yaml:79:7
%7303 = mul %7297, %5010 : f32[16,64] @ models/lib/nn.yaml:79:7
%7304 = add %7302, %7303 : f32[16,64] @ models/lib/nn.yaml:79:7
%7305 = assign %143, %7304 : f32[16,64] @ models/lib/nn.yaml:79:7
%7306 = all_reduce_sum %3574 : f32[16] @ models/lib/nn.yaml:80:7
%7307 = mul %7306, %7306 : f32[16] @ models/lib/nn.yaml:80:7
%7308 = reduce_sum %7307 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7309 = sqrt %7308 : f32[] @ models/lib/nn.yaml:80:7
%7310 = cast %7309 : f64[] @ models/lib/nn.yaml:80:7
%7311 = add %7310, %4224 : f64[] @ models/lib/nn.yaml:80:7
%7312 = div %4226, %7311 : f64[] @ models/lib/nn.yaml:80:7
%7313 = lt %7312, %4228 : bool[] @ models/lib/nn.yaml:80:7
%7314 = cast %7312 : f32[] @ models/lib/nn.yaml:80:7
%7315 = broadcast %7314 : f32[16] @ models/lib/nn.yaml:80:7
%7316 = mul %7306, %7315 : f32[16] @ models/lib/nn.yaml:80:7
%7317 = broadcast %7313 : bool[16] @ models/lib/nn.yaml:80:7
%7318 = select %7317, %7316, %7306 : f32[16] @ models/lib/nn.yaml:80:7
%7319 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7320 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7321 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7322 = add %7321, %4238 : i64[] @ models/lib/nn.yaml:80:7
%7323 = mul %7318, %4370 : f32[16] @ models/lib/nn.yaml:80:7
%7324 = mul %7319, %4372 : f32[16] @ models/lib/nn.yaml:80:7
%7325 = add %7324, %7323 : f32[16] @ models/lib/nn.yaml:80:7
%7326 = mul %7318, %7318 : f32[16] @ models/lib/nn.yaml:80:7
%7327 = mul %7326, %4376 : f32[16] @ models/lib/nn.yaml:80:7
%7328 = mul %7320, %4378 : f32[16] @ models/lib/nn.yaml:80:7
%7329 = add %7328, %7327 : f32[16] @ models/lib/nn.yaml:80:7
%7330 = cast %7322 : f64[] @ models/lib/nn.yaml:80:7
%7331 = pow %4247, %7330 : f64[] @ models/lib/nn.yaml:80:7
%7332 = sub %4228, %7331 : f64[] @ models/lib/nn.yaml:80:7
%7333 = div %2558, %7332 : f64[] @ models/lib/nn.yaml:80:7
%7334 = pow %4255, %7330 : f64[] @ models/lib/nn.yaml:80:7
%7335 = sub %4228, %7334 : f64[] @ models/lib/nn.yaml:80:7
%7336 = sqrt %7335 : f64[] @ models/lib/nn.yaml:80:7
%7337 = div %4228, %7336 : f64[] @ models/lib/nn.yaml:80:7
%7338 = sqrt %7329 : f32[16] @ models/lib/nn.yaml:80:7
%7339 = cast %7337 : f32[] @ models/lib/nn.yaml:80:7
%7340 = broadcast %7339 : f32[16] @ models/lib/nn.yaml:80:7
%7341 = mul %7338, %7340 : f32[16] @ models/lib/nn.yaml:80:7
%7342 = add %7341, %4393 : f32[16] @ models/lib/nn.yaml:80:7
%7343 = div %7325, %7342 : f32[16] @ models/lib/nn.yaml:80:7
%7344 = cast %7333 : f32[] @ models/lib/nn.yaml:80:7
%7345 = broadcast %7344 : f32[16] @ models/lib/nn.yaml:80:7
%7346 = mul %7343, %7345 : f32[16] @ models/lib/nn.yaml:80:7
%7347 = sub %66, %7346 : f32[16] @ models/lib/nn.yaml:80:7
%7348 = assign %66, %7347 : f32[16] @ models/lib/nn.yaml:80:7
%7349 = assign %7319, %7325 : f32[16] @ models/lib/nn.yaml:80:7
%7350 = assign %7320, %7329 : f32[16] @ models/lib/nn.yaml:80:7
%7351 = assign %7321, %7322 : i64[] @ models/lib/nn.yaml:80:7
%7352 = mul %144, %4404 : f32[16] @ models/lib/nn.yaml:80:7
%7353 = mul %7347, %4406 : f32[16] @ models/lib/nn.yaml:80:7
%7354 = add %7352, %7353 : f32[16] @ models/lib/nn.yaml:80:7
%7355 = assign %144, %7354 : f32[16] @ models/lib/nn.yaml:80:7
%7356 = all_reduce_sum %3551 : f32[16] @ models/lib/nn.yaml:89:7
%7357 = mul %7356, %7356 : f32[16] @ models/lib/nn.yaml:89:7
%7358 = reduce_sum %7357 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7359 = sqrt %7358 : f32[] @ models/lib/nn.yaml:89:7
%7360 = cast %7359 : f64[] @ models/lib/nn.yaml:89:7
%7361 = add %7360, %4224 : f64[] @ models/lib/nn.yaml:89:7
%7362 = div %4226, %7361 : f64[] @ models/lib/nn.yaml:89:7
%7363 = lt %7362, %4228 : bool[] @ models/lib/nn.yaml:89:7
%7364 = cast %7362 : f32[] @ models/lib/nn.yaml:89:7
%7365 = broadcast %7364 : f32[16] @ models/lib/nn.yaml:89:7
%7366 = mul %7356, %7365 : f32[16] @ models/lib/nn.yaml:89:7
%7367 = broadcast %7363 : bool[16] @ models/lib/nn.yaml:89:7
%7368 = select %7367, %7366, %7356 : f32[16] @ models/lib/nn.yaml:89:7
%7369 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7370 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7371 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7372 = add %7371, %4238 : i64[] @ models/lib/nn.yaml:89:7
%7373 = mul %7368, %4370 : f32[16] @ models/lib/nn.yaml:89:7
%7374 = mul %7369, %4372 : f32[16] @ models/lib/nn.yaml:89:7
%7375 = add %7374, %7373 : f32[16] @ models/lib/nn.yaml:89:7
%7376 = mul %7368, %7368 : f32[16] @ models/lib/nn.yaml:89:7
%7377 = mul %7376, %4376 : f32[16] @ models/lib/nn.yaml:89:7
%7378 = mul %7370, %4378 : f32[16] @ models/lib/nn.yaml:89:7
%7379 = add %7378, %7377 : f32[16] @ models/lib/nn.yaml:89:7
%7380 = cast %7372 : f64[] @ models/lib/nn.yaml:89:7
%7381 = pow %4247, %7380 : f64[] @ models/lib/nn.yaml:89:7
%7382 = sub %4228, %7381 : f64[] @ models/lib/nn.yaml:89:7
%7383 = div %2558, %7382 : f64[] @ models/lib/nn.yaml:89:7
%7384 = pow %4255, %7380 : f64[] @ models/lib/nn.yaml:89:7
%7385 = sub %4228, %7384 : f64[] @ models/lib/nn.yaml:89:7
%7386 = sqrt %7385 : f64[] @ models/lib/nn.yaml:89:7
%7387 = div %4228, %7386 : f64[] @ models/lib/nn.yaml:89:7
%7388 = sqrt %7379 : f32[16] @ models/lib/nn.yaml:89:7
%7389 = cast %7387 : f32[] @ models/lib/nn.yaml:89:7
%7390 = broadcast %7389 : f32[16] @ models/lib/nn.yaml:89:7
%7391 = mul %7388, %7390 : f32[16] @ models/lib/nn.yaml:89:7
%7392 = add %7391, %4393 : f32[16] @ models/lib/nn.yaml:89:7
%7393 = div %7375, %7392 : f32[16] @ models/lib/nn.yaml:89:7
%7394 = cast %7383 : f32[] @ models/lib/nn.yaml:89:7
%7395 = broadcast %7394 : f32[16] @ models/lib/nn.yaml:89:7
%7396 = mul %7393, %7395 : f32[16] @ models/lib/nn.yaml:89:7
%7397 = sub %67, %7396 : f32[16] @ models/lib/nn.yaml:89:7
%7398 = assign %67, %7397 : f32[16] @ models/lib/nn.yaml:89:7
%7399 = assign %7369, %7375 : f32[16] @ models/lib/nn.yaml:89:7
%7400 = assign %7370, %7379 : f32[16] @ models/lib/nn.yaml:89:7
%7401 = assign %7371, %7372 : i64[] @ models/lib/nn.yaml:89:7
%7402 = mul %145, %4404 : f32[16] @ models/lib/nn.yaml:89:7
%7403 = mul %7397, %4406 : f32[16] @ models/lib/nn.yaml:89:7
%7404 = add %7402, %7403 : f32[16] @ models/lib/nn.yaml:89:7
%7405 = assign %145, %7404 : f32[16] @ models/lib/nn.yaml:89:7
%7406 = all_reduce_sum %3546 : f32[16] @ models/lib/nn.yaml:90:7
%7407 = mul %7406, %7406 : f32[16] @ models/lib/nn.yaml:90:7
%7408 = reduce_sum %7407 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7409 = sqrt %7408 : f32[] @ models/lib/nn.yaml:90:7
%7410 = cast %7409 : f64[] @ models/lib/nn.yaml:90:7
%7411 = add %7410, %4224 : f64[] @ models/lib/nn.yaml:90:7
%7412 = div %4226, %7411 : f64[] @ models/lib/nn.yaml:90:7
%7413 = lt %7412, %4228 : bool[] @ models/lib/nn.yaml:90:7
%7414 = cast %7412 : f32[] @ models/lib/nn.yaml:90:7
%7415 = broadcast %7414 : f32[16] @ models/lib/nn.yaml:90:7
%7416 = mul %7406, %7415 : f32[16] @ models/lib/nn.yaml:90:7
%7417 = broadcast %7413 : bool[16] @ models/lib/nn.yaml:90:7
%7418 = select %7417, %7416, %7406 : f32[16] @ models/lib/nn.yaml:90:7
%7419 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7420 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7421 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7422 = add %7421, %4238 : i64[] @ models/lib/nn.yaml:90:7
%7423 = mul %7418, %4370 : f32[16] @ models/lib/nn.yaml:90:7
%7424 = mul %7419, %4372 : f32[16] @ models/lib/nn.yaml:90:7
%7425 = add %7424, %7423 : f32[16] @ models/lib/nn.yaml:90:7
%7426 = mul %7418, %7418 : f32[16] @ models/lib/nn.yaml:90:7
%7427 = mul %7426, %4376 : f32[16] @ models/lib/nn.yaml:90:7
%7428 = mul %7420, %4378 : f32[16] @ models/lib/nn.yaml:90:7
%7429 = add %7428, %7427 : f32[16] @ models/lib/nn.yaml:90:7
%7430 = cast %7422 : f64[] @ models/lib/nn.yaml:90:7
%7431 = pow %4247, %7430 : f64[] @ models/lib/nn.yaml:90:7
%7432 = sub %4228, %7431 : f64[] @ models/lib/nn.yaml:90:7
%7433 = div %2558, %7432 : f64[] @ models/lib/nn.yaml:90:7
%7434 = pow %4255, %7430 : f64[] @ models/lib/nn.yaml:90:7
%7435 = sub %4228, %7434 : f64[] @ models/lib/nn.yaml:90:7
%7436 = sqrt %7435 : f64[] @ models/lib/nn.yaml:90:7
%7437 = div %4228, %7436 : f64[] @ models/lib/nn.yaml:90:7
%7438 = sqrt %7429 : f32[16] @ models/lib/nn.yaml:90:7
%7439 = cast %7437 : f32[] @ models/lib/nn.yaml:90:7
%7440 = broadcast %7439 : f32[16] @ models/lib/nn.yaml:90:7
%7441 = mul %7438, %7440 : f32[16] @ models/lib/nn.yaml:90:7
%7442 = add %7441, %4393 : f32[16] @ models/lib/nn.yaml:90:7
%7443 = div %7425, %7442 : f32[16] @ models/lib/nn.yaml:90:7
%7444 = cast %7433 : f32[] @ models/lib/nn.yaml:90:7
%7445 = broadcast %7444 : f32[16] @ models/lib/nn.yaml:90:7
%7446 = mul %7443, %7445 : f32[16] @ models/lib/nn.yaml:90:7
%7447 = sub %68, %7446 : f32[16] @ models/lib/nn.yaml:90:7
%7448 = assign %68, %7447 : f32[16] @ models/lib/nn.yaml:90:7
%7449 = assign %7419, %7425 : f32[16] @ models/lib/nn.yaml:90:7
%7450 = assign %7420, %7429 : f32[16] @ models/lib/nn.yaml:90:7
%7451 = assign %7421, %7422 : i64[] @ models/lib/nn.yaml:90:7
%7452 = mul %146, %4404 : f32[16] @ models/lib/nn.yaml:90:7
%7453 = mul %7447, %4406 : f32[16] @ models/lib/nn.yaml:90:7
%7454 = add %7452, %7453 : f32[16] @ models/lib/nn.yaml:90:7
%7455 = assign %146, %7454 : f32[16] @ models/lib/nn.yaml:90:7
%7456 = all_reduce_sum %3539 : f32[24,16] @ models/lib/nn.yaml:79:7
%7457 = reshape %7456 : f32[384] @ models/lib/nn.yaml:79:7
%7458 = mul %7457, %7457 : f32[384] @ models/lib/nn.yaml:79:7
%7459 = reduce_sum %7458 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7460 = sqrt %7459 : f32[] @ models/lib/nn.yaml:79:7
%7461 = cast %7460 : f64[] @ models/lib/nn.yaml:79:7
%7462 = add %7461, %4224 : f64[] @ models/lib/nn.yaml:79:7
%7463 = div %4226, %7462 : f64[] @ models/lib/nn.yaml:79:7
%7464 = lt %7463, %4228 : bool[] @ models/lib/nn.yaml:79:7
%7465 = cast %7463 : f32[] @ models/lib/nn.yaml:79:7
%7466 = broadcast %7465 : f32[24,16] @ models/lib/nn.yaml:79:7
%7467 = mul %7456, %7466 : f32[24,16] @ models/lib/nn.yaml:79:7
%7468 = broadcast %7464 : bool[24,16] @ models/lib/nn.yaml:79:7
%7469 = select %7468, %7467, %7456 : f32[24,16] @ models/lib/nn.yaml:79:7
%7470 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%7471 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%7472 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7473 = add %7472, %4238 : i64[] @ models/lib/nn.yaml:79:7
%7474 = broadcast %4242 : f32[24,16] @ models/lib/nn.yaml:79:7
%7475 = mul %69, %7474 : f32[24,16] @ models/lib/nn.yaml:79:7
%7476 = broadcast %2314 : f32[24,16] @ models/lib/nn.yaml:79:7
%7477 = mul %7469, %7476 : f32[24,16] @ models/lib/nn.yaml:79:7
%7478 = broadcast %1568 : f32[24,16] @ models/lib/nn.yaml:79:7
%7479 = mul %7470, %7478 : f32[24,16] @ models/lib/nn.yaml:79:7
%7480 = add %7479, %7477 : f32[24,16] @ models/lib/nn.yaml:79:7
%7481 = mul %7469, %7469 : f32[24,16] @ models/lib/nn.yaml:79:7
%7482 = broadcast %4252 : f32[24,16] @ models/lib/nn.yaml:79:7
%7483 = mul %7481, %7482 : f32[24,16] @ models/lib/nn.yaml:79:7
%7484 = broadcast %4256 : f32[24,16] @ models/lib/nn.yaml:79:7
%7485 = mul %7471, %7484 : f32[24,16] @ models/lib/nn.yaml:79:7
%7486 = add %7485, %7483 : f32[24,16] @ models/lib/nn.yaml:79:7
%7487 = cast %7473 : f64[] @ models/lib/nn.yaml:79:7
%7488 = pow %4247, %7487 : f64[] @ models/lib/nn.yaml:79:7
%7489 = sub %4228, %7488 : f64[] @ models/lib/nn.yaml:79:7
%7490 = div %2558, %7489 : f64[] @ models/lib/nn.yaml:79:7
%7491 = pow %4255, %7487 : f64[] @ models/lib/nn.yaml:79:7
%7492 = sub %4228, %7491 : f64[] @ models/lib/nn.yaml:79:7
%7493 = sqrt %7492 : f64[] @ models/lib/nn.yaml:79:7
%7494 = div %4228, %7493 : f64[] @ models/lib/nn.yaml:79:7
%7495 = sqrt %7486 : f32[24,16] @ models/lib/nn.yaml:79:7
%7496 = cast %7494 : f32[] @ models/lib/nn.yaml:79:7
%7497 = broadcast %7496 : f32[24,16] @ models/lib/nn.yaml:79:7
%7498 = mul %7495, %7497 : f32[24,16] @ models/lib/nn.yaml:79:7
%7499 = broadcast %4272 : f32[24,16] @ models/lib/nn.yaml:79:7
%7500 = add %7498, %7499 : f32[24,16] @ models/lib/nn.yaml:79:7
%7501 = div %7480, %7500 : f32[24,16] @ models/lib/nn.yaml:79:7
%7502 = cast %7490 : f32[] @ models/lib/nn.yaml:79:7
%7503 = broadcast %7502 : f32[24,16] @ models/lib/nn.yaml:79:7
%7504 = mul %7501, %7503 : f32[24,16] @ models/lib/nn.yaml:79:7
%7505 = sub %7475, %7504 : f32[24,16] @ models/lib/nn.yaml:79:7
%7506 = assign %69, %7505 : f32[24,16] @ models/lib/nn.yaml:79:7
%7507 = assign %7470, %7480 : f32[24,16] @ models/lib/nn.yaml:79:7
%7508 = assign %7471, %7486 : f32[24,16] @ models/lib/nn.yaml:79:7
%7509 = assign %7472, %7473 : i64[] @ models/lib/nn.yaml:79:7
%7510 = broadcast %4284 : f32[24,16] @ models/lib/nn.yaml:79:7
%7511 = mul %147, %7510 : f32[24,16] @ models/lib/nn.yaml:79:7
%7512 = broadcast %4288 : f32[24,16] @ models/lib/nn.yaml:79:7
%7513 = mul %7505, %7512 : f32[24,16] @ models/lib/nn.yaml:79:7
%7514 = add %7511, %7513 : f32[24,16] @ models/lib/nn.yaml:79:7
%7515 = assign %147, %7514 : f32[24,16] @ models/lib/nn.yaml:79:7
%7516 = all_reduce_sum %3534 : f32[24] @ models/lib/nn.yaml:80:7
%7517 = mul %7516, %7516 : f32[24] @ models/lib/nn.yaml:80:7
%7518 = reduce_sum %7517 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7519 = sqrt %7518 : f32[] @ models/lib/nn.yaml:80:7
%7520 = cast %7519 : f64[] @ models/lib/nn.yaml:80:7
%7521 = add %7520, %4224 : f64[] @ models/lib/nn.yaml:80:7
%7522 = div %4226, %7521 : f64[] @ models/lib/nn.yaml:80:7
%7523 = lt %7522, %4228 : bool[] @ models/lib/nn.yaml:80:7
%7524 = cast %7522 : f32[] @ models/lib/nn.yaml:80:7
%7525 = broadcast %7524 : f32[24] @ models/lib/nn.yaml:80:7
%7526 = mul %7516, %7525 : f32[24] @ models/lib/nn.yaml:80:7
%7527 = broadcast %7523 : bool[24] @ models/lib/nn.yaml:80:7
%7528 = select %7527, %7526, %7516 : f32[24] @ models/lib/nn.yaml:80:7
%7529 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%7530 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%7531 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7532 = add %7531, %4238 : i64[] @ models/lib/nn.yaml:80:7
%7533 = broadcast %2314 : f32[24] @ models/lib/nn.yaml:80:7
%7534 = mul %7528, %7533 : f32[24] @ models/lib/nn.yaml:80:7
%7535 = broadcast %1568 : f32[24] @ models/lib/nn.yaml:80:7
%7536 = mul %7529, %7535 : f32[24] @ models/lib/nn.yaml:80:7
%7537 = add %7536, %7534 : f32[24] @ models/lib/nn.yaml:80:7
%7538 = mul %7528, %7528 : f32[24] @ models/lib/nn.yaml:80:7
%7539 = broadcast %4252 : f32[24] @ models/lib/nn.yaml:80:7
%7540 = mul %7538, %7539 : f32[24] @ models/lib/nn.yaml:80:7
%7541 = broadcast %4256 : f32[24] @ models/lib/nn.yaml:80:7
%7542 = mul %7530, %7541 : f32[24] @ models/lib/nn.yaml:80:7
%7543 = add %7542, %7540 : f32[24] @ models/lib/nn.yaml:80:7
%7544 = cast %7532 : f64[] @ models/lib/nn.yaml:80:7
%7545 = pow %4247, %7544 : f64[] @ models/lib/nn.yaml:80:7
%7546 = sub %4228, %7545 : f64[] @ models/lib/nn.yaml:80:7
%7547 = div %2558, %7546 : f64[] @ models/lib/nn.yaml:80:7
%7548 = pow %4255, %7544 : f64[] @ models/lib/nn.yaml:80:7
%7549 = sub %4228, %7548 : f64[] @ models/lib/nn.yaml:80:7
%7550 = sqrt %7549 : f64[] @ models/lib/nn.yaml:80:7
%7551 = div %4228, %7550 : f64[] @ models/lib/nn.yaml:80:7
%7552 = sqrt %7543 : f32[24] @ models/lib/nn.yaml:80:7
%7553 = cast %7551 : f32[] @ models/lib/nn.yaml:80:7
%7554 = broadcast %7553 : f32[24] @ models/lib/nn.yaml:80:7
%7555 = mul %7552, %7554 : f32[24] @ models/lib/nn.yaml:80:7
%7556 = broadcast %4272 : f32[24] @ models/lib/nn.yaml:80:7
%7557 = add %7555, %7556 : f32[24] @ models/lib/nn.yaml:80:7
%7558 = div %7537, %7557 : f32[24] @ models/lib/nn.yaml:80:7
%7559 = cast %7547 : f32[] @ models/lib/nn.yaml:80:7
%7560 = broadcast %7559 : f32[24] @ models/lib/nn.yaml:80:7
%7561 = mul %7558, %7560 : f32[24] @ models/lib/nn.yaml:80:7
%7562 = sub %70, %7561 : f32[24] @ models/lib/nn.yaml:80:7
%7563 = assign %70, %7562 : f32[24] @ models/lib/nn.yaml:80:7
%7564 = assign %7529, %7537 : f32[24] @ models/lib/nn.yaml:80:7
%7565 = assign %7530, %7543 : f32[24] @ models/lib/nn.yaml:80:7
%7566 = assign %7531, %7532 : i64[] @ models/lib/nn.yaml:80:7
%7567 = broadcast %4284 : f32[24] @ models/lib/nn.yaml:80:7
%7568 = mul %148, %7567 : f32[24] @ models/lib/nn.yaml:80:7
%7569 = broadcast %4288 : f32[24] @ models/lib/nn.yaml:80:7
%7570 = mul %7562, %7569 : f32[24] @ models/lib/nn.yaml:80:7
%7571 = add %7568, %7570 : f32[24] @ models/lib/nn.yaml:80:7
%7572 = assign %148, %7571 : f32[24] @ models/lib/nn.yaml:80:7
%7573 = all_reduce_sum %3521 : f32[24,24] @ models/lib/nn.yaml:79:7
%7574 = reshape %7573 : f32[576] @ models/lib/nn.yaml:79:7
%7575 = mul %7574, %7574 : f32[576] @ models/lib/nn.yaml:79:7
%7576 = reduce_sum %7575 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7577 = sqrt %7576 : f32[] @ models/lib/nn.yaml:79:7
%7578 = cast %7577 : f64[] @ models/lib/nn.yaml:79:7
%7579 = add %7578, %4224 : f64[] @ models/lib/nn.yaml:79:7
%7580 = div %4226, %7579 : f64[] @ models/lib/nn.yaml:79:7
%7581 = lt %7580, %4228 : bool[] @ models/lib/nn.yaml:79:7
%7582 = cast %7580 : f32[] @ models/lib/nn.yaml:79:7
%7583 = broadcast %7582 : f32[24,24] @ models/lib/nn.yaml:79:7
%7584 = mul %7573, %7583 : f32[24,24] @ models/lib/nn.yaml:79:7
%7585 = broadcast %7581 : bool[24,24] @ models/lib/nn.yaml:79:7
%7586 = select %7585, %7584, %7573 : f32[24,24] @ models/lib/nn.yaml:79:7
%7587 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%7588 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%7589 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7590 = add %7589, %4238 : i64[] @ models/lib/nn.yaml:79:7
%7591 = broadcast %4242 : f32[24,24] @ models/lib/nn.yaml:79:7
%7592 = mul %71, %7591 : f32[24,24] @ models/lib/nn.yaml:79:7
%7593 = broadcast %2314 : f32[24,24] @ models/lib/nn.yaml:79:7
%7594 = mul %7586, %7593 : f32[24,24] @ models/lib/nn.yaml:79:7
%7595 = broadcast %1568 : f32[24,24] @ models/lib/nn.yaml:79:7
%7596 = mul %7587, %7595 : f32[24,24] @ models/lib/nn.yaml:79:7
%7597 = add %7596, %7594 : f32[24,24] @ models/lib/nn.yaml:79:7
%7598 = mul %7586, %7586 : f32[24,24] @ models/lib/nn.yaml:79:7
%7599 = broadcast %4252 : f32[24,24] @ models/lib/nn.yaml:79:7
%7600 = mul %7598, %7599 : f32[24,24] @ models/lib/nn.yaml:79:7
%7601 = broadcast %4256 : f32[24,24] @ models/lib/nn.yaml:79:7
%7602 = mul %7588, %7601 : f32[24,24] @ models/lib/nn.yaml:79:7
%7603 = add %7602, %7600 : f32[24,24] @ models/lib/nn.yaml:79:7
%7604 = cast %7590 : f64[] @ models/lib/nn.yaml:79:7
%7605 = pow %4247, %7604 : f64[] @ models/lib/nn.yaml:79:7
%7606 = sub %4228, %7605 : f64[] @ models/lib/nn.yaml:79:7
%7607 = div %2558, %7606 : f64[] @ models/lib/nn.yaml:79:7
%7608 = pow %4255, %7604 : f64[] @ models/lib/nn.yaml:79:7
%7609 = sub %4228, %7608 : f64[] @ models/lib/nn.yaml:79:7
%7610 = sqrt %7609 : f64[] @ models/lib/nn.yaml:79:7
%7611 = div %4228, %7610 : f64[] @ models/lib/nn.yaml:79:7
%7612 = sqrt %7603 : f32[24,24] @ models/lib/nn.yaml:79:7
%7613 = cast %7611 : f32[] @ models/lib/nn.yaml:79:7
%7614 = broadcast %7613 : f32[24,24] @ models/lib/nn.yaml:79:7
%7615 = mul %7612, %7614 : f32[24,24] @ models/lib/nn.yaml:79:7
%7616 = broadcast %4272 : f32[24,24] @ models/lib/nn.yaml:79:7
%7617 = add %7615, %7616 : f32[24,24] @ models/lib/nn.yaml:79:7
%7618 = div %7597, %7617 : f32[24,24] @ models/lib/nn.yaml:79:7
%7619 = cast %7607 : f32[] @ models/lib/nn.yaml:79:7
%7620 = broadcast %7619 : f32[24,24] @ models/lib/nn.yaml:79:7
%7621 = mul %7618, %7620 : f32[24,24] @ models/lib/nn.yaml:79:7
%7622 = sub %7592, %7621 : f32[24,24] @ models/lib/nn.yaml:79:7
%7623 = assign %71, %7622 : f32[24,24] @ models/lib/nn.yaml:79:7
%7624 = assign %7587, %7597 : f32[24,24] @ models/lib/nn.yaml:79:7
%7625 = assign %7588, %7603 : f32[24,24] @ models/lib/nn.yaml:79:7
%7626 = assign %7589, %7590 : i64[] @ models/lib/nn.yaml:79:7
%7627 = broadcast %4284 : f32[24,24] @ models/lib/nn.yaml:79:7
%7628 = mul %149, %7627 : f32[24,24] @ models/lib/nn.yaml:79:7
%7629 = broadcast %4288 : f32[24,24] @ models/lib/nn.yaml:79:7
%7630 = mul %7622, %7629 : f32[24,24] @ models/lib/nn.yaml:79:7
%7631 = add %7628, %7630 : f32[24,24] @ models/lib/nn.yaml:79:7
%7632 = assign %149, %7631 : f32[24,24] @ models/lib/nn.yaml:79:7
%7633 = all_reduce_sum %3516 : f32[24] @ models/lib/nn.yaml:80:7
%7634 = mul %7633, %7633 : f32[24] @ models/lib/nn.yaml:80:7
%7635 = reduce_sum %7634 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7636 = sqrt %7635 : f32[] @ models/lib/nn.yaml:80:7
%7637 = cast %7636 : f64[] @ models/lib/nn.yaml:80:7
%7638 = add %7637, %4224 : f64[] @ models/lib/nn.yaml:80:7
%7639 = div %4226, %7638 : f64[] @ models/lib/nn.yaml:80:7
%7640 = lt %7639, %4228 : bool[] @ models/lib/nn.yaml:80:7
%7641 = cast %7639 : f32[] @ models/lib/nn.yaml:80:7
%7642 = broadcast %7641 : f32[24] @ models/lib/nn.yaml:80:7
%7643 = mul %7633, %7642 : f32[24] @ models/lib/nn.yaml:80:7
%7644 = broadcast %7640 : bool[24] @ models/lib/nn.yaml:80:7
%7645 = select %7644, %7643, %7633 : f32[24] @ models/lib/nn.yaml:80:7
%7646 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%7647 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%7648 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7649 = add %7648, %4238 : i64[] @ models/lib/nn.yaml:80:7
%7650 = mul %7645, %7533 : f32[24] @ models/lib/nn.yaml:80:7
%7651 = mul %7646, %7535 : f32[24] @ models/lib/nn.yaml:80:7
%7652 = add %7651, %7650 : f32[24] @ models/lib/nn.yaml:80:7
%7653 = mul %7645, %7645 : f32[24] @ models/lib/nn.yaml:80:7
%7654 = mul %7653, %7539 : f32[24] @ models/lib/nn.yaml:80:7
%7655 = mul %7647, %7541 : f32[24] @ models/lib/nn.yaml:80:7
%7656 = add %7655, %7654 : f32[24] @ models/lib/nn.yaml:80:7
%7657 = cast %7649 : f64[] @ models/lib/nn.yaml:80:7
%7658 = pow %4247, %7657 : f64[] @ models/lib/nn.yaml:80:7
%7659 = sub %4228, %7658 : f64[] @ models/lib/nn.yaml:80:7
%7660 = div %2558, %7659 : f64[] @ models/lib/nn.yaml:80:7
%7661 = pow %4255, %7657 : f64[] @ models/lib/nn.yaml:80:7
%7662 = sub %4228, %7661 : f64[] @ models/lib/nn.yaml:80:7
%7663 = sqrt %7662 : f64[] @ models/lib/nn.yaml:80:7
%7664 = div %4228, %7663 : f64[] @ models/lib/nn.yaml:80:7
%7665 = sqrt %7656 : f32[24] @ models/lib/nn.yaml:80:7
%7666 = cast %7664 : f32[] @ models/lib/nn.yaml:80:7
%7667 = broadcast %7666 : f32[24] @ models/lib/nn.yaml:80:7
%7668 = mul %7665, %7667 : f32[24] @ models/lib/nn.yaml:80:7
%7669 = add %7668, %7556 : f32[24] @ models/lib/nn.yaml:80:7
%7670 = div %7652, %7669 : f32[24] @ models/lib/nn.yaml:80:7
%7671 = cast %7660 : f32[] @ models/lib/nn.yaml:80:7
%7672 = broadcast %7671 : f32[24] @ models/lib/nn.yaml:80:7
%7673 = mul %7670, %7672 : f32[24] @ models/lib/nn.yaml:80:7
%7674 = sub %72, %7673 : f32[24] @ models/lib/nn.yaml:80:7
%7675 = assign %72, %7674 : f32[24] @ models/lib/nn.yaml:80:7
%7676 = assign %7646, %7652 : f32[24] @ models/lib/nn.yaml:80:7
%7677 = assign %7647, %7656 : f32[24] @ models/lib/nn.yaml:80:7
%7678 = assign %7648, %7649 : i64[] @ models/lib/nn.yaml:80:7
%7679 = mul %150, %7567 : f32[24] @ models/lib/nn.yaml:80:7
%7680 = mul %7674, %7569 : f32[24] @ models/lib/nn.yaml:80:7
%7681 = add %7679, %7680 : f32[24] @ models/lib/nn.yaml:80:7
%7682 = assign %150, %7681 : f32[24] @ models/lib/nn.yaml:80:7
%7683 = all_reduce_sum %3503 : f32[8,24] @ models/lib/nn.yaml:79:7
%7684 = reshape %7683 : f32[192] @ models/lib/nn.yaml:79:7
%7685 = mul %7684, %7684 : f32[192] @ models/lib/nn.yaml:79:7
%7686 = reduce_sum %7685 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7687 = sqrt %7686 : f32[] @ models/lib/nn.yaml:79:7
%7688 = cast %7687 : f64[] @ models/lib/nn.yaml:79:7
%7689 = add %7688, %4224 : f64[] @ models/lib/nn.yaml:79:7
%7690 = div %4226, %7689 : f64[] @ models/lib/nn.yaml:79:7
%7691 = lt %7690, %4228 : bool[] @ models/lib/nn.yaml:79:7
%7692 = cast %7690 : f32[] @ models/lib/nn.yaml:79:7
%7693 = broadcast %7692 : f32[8,24] @ models/lib/nn.yaml:79:7
%7694 = mul %7683, %7693 : f32[8,24] @ models/lib/nn.yaml:79:7
%7695 = broadcast %7691 : bool[8,24] @ models/lib/nn.yaml:79:7
%7696 = select %7695, %7694, %7683 : f32[8,24] @ models/lib/nn.yaml:79:7
%7697 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%7698 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%7699 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7700 = add %7699, %4238 : i64[] @ models/lib/nn.yaml:79:7
%7701 = broadcast %4242 : f32[8,24] @ models/lib/nn.yaml:79:7
%7702 = mul %73, %7701 : f32[8,24] @ models/lib/nn.yaml:79:7
%7703 = broadcast %2314 : f32[8,24] @ models/lib/nn.yaml:79:7
%7704 = mul %7696, %7703 : f32[8,24] @ models/lib/nn.yaml:79:7
%7705 = broadcast %1568 : f32[8,24] @ models/lib/nn.yaml:79:7
%7706 = mul %7697, %7705 : f32[8,24] @ models/lib/nn.yaml:79:7
%7707 = add %7706, %7704 : f32[8,24] @ models/lib/nn.yaml:79:7
%7708 = mul %7696, %7696 : f32[8,24] @ models/lib/nn.yaml:79:7
%7709 = broadcast %4252 : f32[8,24] @ models/lib/nn.yaml:79:7
%7710 = mul %7708, %7709 : f32[8,24] @ models/lib/nn.yaml:79:7
%7711 = broadcast %4256 : f32[8,24] @ models/lib/nn.yaml:79:7
%7712 = mul %7698, %7711 : f32[8,24] @ models/lib/nn.yaml:79:7
%7713 = add %7712, %7710 : f32[8,24] @ models/lib/nn.yaml:79:7
%7714 = cast %7700 : f64[] @ models/lib/nn.yaml:79:7
%7715 = pow %4247, %7714 : f64[] @ models/lib/nn.yaml:79:7
%7716 = sub %4228, %7715 : f64[] @ models/lib/nn.yaml:79:7
%7717 = div %2558, %7716 : f64[] @ models/lib/nn.yaml:79:7
%7718 = pow %4255, %7714 : f64[] @ models/lib/nn.yaml:79:7
%7719 = sub %4228, %7718 : f64[] @ models/lib/nn.yaml:79:7
%7720 = sqrt %7719 : f64[] @ models/lib/nn.yaml:79:7
%7721 = div %4228, %7720 : f64[] @ models/lib/nn.yaml:79:7
%7722 = sqrt %7713 : f32[8,24] @ models/lib/nn.yaml:79:7
%7723 = cast %7721 : f32[] @ models/lib/nn.yaml:79:7
%7724 = broadcast %7723 : f32[8,24] @ models/lib/nn.yaml:79:7
%7725 = mul %7722, %7724 : f32[8,24] @ models/lib/nn.yaml:79:7
%7726 = broadcast %4272 : f32[8,24] @ models/lib/nn.yaml:79:7
%7727 = add %7725, %7726 : f32[8,24] @ models/lib/nn.yaml:79:7
%7728 = div %7707, %7727 : f32[8,24] @ models/lib/nn.yaml:79:7
%7729 = cast %7717 : f32[] @ models/lib/nn.yaml:79:7
%7730 = broadcast %7729 : f32[8,24] @ models/lib/nn.yaml:79:7
%7731 = mul %7728, %7730 : f32[8,24] @ models/lib/nn.yaml:79:7
%7732 = sub %7702, %7731 : f32[8,24] @ models/lib/nn.yaml:79:7
%7733 = assign %73, %7732 : f32[8,24] @ models/lib/nn.yaml:79:7
%7734 = assign %7697, %7707 : f32[8,24] @ models/lib/nn.yaml:79:7
%7735 = assign %7698, %7713 : f32[8,24] @ models/lib/nn.yaml:79:7
%7736 = assign %7699, %7700 : i64[] @ models/lib/nn.yaml:79:7
%7737 = broadcast %4284 : f32[8,24] @ models/lib/nn.yaml:79:7
%7738 = mul %151, %7737 : f32[8,24] @ models/lib/nn.yaml:79:7
%7739 = broadcast %4288 : f32[8,24] @ models/lib/nn.yaml:79:7
%7740 = mul %7732, %7739 : f32[8,24] @ models/lib/nn.yaml:79:7
%7741 = add %7738, %7740 : f32[8,24] @ models/lib/nn.yaml:79:7
%7742 = assign %151, %7741 : f32[8,24] @ models/lib/nn.yaml:79:7
%7743 = all_reduce_sum %3498 : f32[8] @ models/lib/nn.yaml:80:7
%7744 = mul %7743, %7743 : f32[8] @ models/lib/nn.yaml:80:7
%7745 = reduce_sum %7744 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7746 = sqrt %7745 : f32[] @ models/lib/nn.yaml:80:7
%7747 = cast %7746 : f64[] @ models/lib/nn.yaml:80:7
%7748 = add %7747, %4224 : f64[] @ models/lib/nn.yaml:80:7
%7749 = div %4226, %7748 : f64[] @ models/lib/nn.yaml:80:7
%7750 = lt %7749, %4228 : bool[] @ models/lib/nn.yaml:80:7
%7751 = cast %7749 : f32[] @ models/lib/nn.yaml:80:7
%7752 = broadcast %7751 : f32[8] @ models/lib/nn.yaml:80:7
%7753 = mul %7743, %7752 : f32[8] @ models/lib/nn.yaml:80:7
%7754 = broadcast %7750 : bool[8] @ models/lib/nn.yaml:80:7
%7755 = select %7754, %7753, %7743 : f32[8] @ models/lib/nn.yaml:80:7
%7756 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%7757 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%7758 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7759 = add %7758, %4238 : i64[] @ models/lib/nn.yaml:80:7
%7760 = broadcast %2314 : f32[8] @ models/lib/nn.yaml:80:7
%7761 = mul %7755, %7760 : f32[8] @ models/lib/nn.yaml:80:7
%7762 = broadcast %1568 : f32[8] @ models/lib/nn.yaml:80:7
%7763 = mul %7756, %7762 : f32[8] @ models/lib/nn.yaml:80:7
%7764 = add %7763, %7761 : f32[8] @ models/lib/nn.yaml:80:7
%7765 = mul %7755, %7755 : f32[8] @ models/lib/nn.yaml:80:7
%7766 = broadcast %4252 : f32[8] @ models/lib/nn.yaml:80:7
%7767 = mul %7765, %7766 : f32[8] @ models/lib/nn.yaml:80:7
%7768 = broadcast %4256 : f32[8] @ models/lib/nn.yaml:80:7
%7769 = mul %7757, %7768 : f32[8] @ models/lib/nn.yaml:80:7
%7770 = add %7769, %7767 : f32[8] @ models/lib/nn.yaml:80:7
%7771 = cast %7759 : f64[] @ models/lib/nn.yaml:80:7
%7772 = pow %4247, %7771 : f64[] @ models/lib/nn.yaml:80:7
%7773 = sub %4228, %7772 : f64[] @ models/lib/nn.yaml:80:7
%7774 = div %2558, %7773 : f64[] @ models/lib/nn.yaml:80:7
%7775 = pow %4255, %7771 : f64[] @ models/lib/nn.yaml:80:7
%7776 = sub %4228, %7775 : f64[] @ models/lib/nn.yaml:80:7
%7777 = sqrt %7776 : f64[] @ models/lib/nn.yaml:80:7
%7778 = div %4228, %7777 : f64[] @ models/lib/nn.yaml:80:7
%7779 = sqrt %7770 : f32[8] @ models/lib/nn.yaml:80:7
%7780 = cast %7778 : f32[] @ models/lib/nn.yaml:80:7
%7781 = broadcast %7780 : f32[8] @ models/lib/nn.yaml:80:7
%7782 = mul %7779, %7781 : f32[8] @ models/lib/nn.yaml:80:7
%7783 = broadcast %4272 : f32[8] @ models/lib/nn.yaml:80:7
%7784 = add %7782, %7783 : f32[8] @ models/lib/nn.yaml:80:7
%7785 = div %7764, %7784 : f32[8] @ models/lib/nn.yaml:80:7
%7786 = cast %7774 : f32[] @ models/lib/nn.yaml:80:7
%7787 = broadcast %7786 : f32[8] @ models/lib/nn.yaml:80:7
%7788 = mul %7785, %7787 : f32[8] @ models/lib/nn.yaml:80:7
%7789 = sub %74, %7788 : f32[8] @ models/lib/nn.yaml:80:7
%7790 = assign %74, %7789 : f32[8] @ models/lib/nn.yaml:80:7
%7791 = assign %7756, %7764 : f32[8] @ models/lib/nn.yaml:80:7
%7792 = assign %7757, %7770 : f32[8] @ models/lib/nn.yaml:80:7
%7793 = assign %7758, %7759 : i64[] @ models/lib/nn.yaml:80:7
%7794 = broadcast %4284 : f32[8] @ models/lib/nn.yaml:80:7
%7795 = mul %152, %7794 : f32[8] @ models/lib/nn.yaml:80:7
%7796 = broadcast %4288 : f32[8] @ models/lib/nn.yaml:80:7
%7797 = mul %7789, %7796 : f32[8] @ models/lib/nn.yaml:80:7
%7798 = add %7795, %7797 : f32[8] @ models/lib/nn.yaml:80:7
%7799 = assign %152, %7798 : f32[8] @ models/lib/nn.yaml:80:7
%7800 = broadcast %4284 : f32[32,1] @ models/lib/dino.yaml:18:7
%7801 = mul %153, %7800 : f32[32,1] @ models/lib/dino.yaml:18:7
%7802 = broadcast %4288 : f32[32,1] @ models/lib/dino.yaml:18:7
%7803 = mul %75, %7802 : f32[32,1] @ models/lib/dino.yaml:18:7
%7804 = add %7801, %7803 : f32[32,1] @ models/lib/dino.yaml:18:7
%7805 = assign %153, %7804 : f32[32,1] @ models/lib/dino.yaml:18:7
%7806 = all_reduce_sum %3480 : f32[32,8] @ models/lib/dino.yaml:19:7
%7807 = reshape %7806 : f32[256] @ models/lib/dino.yaml:19:7
%7808 = mul %7807, %7807 : f32[256] @ models/lib/dino.yaml:19:7
%7809 = reduce_sum %7808 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%7810 = sqrt %7809 : f32[] @ models/lib/dino.yaml:19:7
%7811 = cast %7810 : f64[] @ models/lib/dino.yaml:19:7
%7812 = add %7811, %4224 : f64[] @ models/lib/dino.yaml:19:7
%7813 = div %4226, %7812 : f64[] @ models/lib/dino.yaml:19:7
%7814 = lt %7813, %4228 : bool[] @ models/lib/dino.yaml:19:7
%7815 = cast %7813 : f32[] @ models/lib/dino.yaml:19:7
%7816 = broadcast %7815 : f32[32,8] @ models/lib/dino.yaml:19:7
%7817 = mul %7806, %7816 : f32[32,8] @ models/lib/dino.yaml:19:7
%7818 = broadcast %7814 : bool[32,8] @ models/lib/dino.yaml:19:7
%7819 = select %7818, %7817, %7806 : f32[32,8] @ models/lib/dino.yaml:19:7
%7820 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%7821 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%7822 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%7823 = add %7822, %4238 : i64[] @ models/lib/dino.yaml:19:7
%7824 = broadcast %4242 : f32[32,8] @ models/lib/dino.yaml:19:7
%7825 = mul %76, %7824 : f32[32,8] @ models/lib/dino.yaml:19:7
%7826 = broadcast %2314 : f32[32,8] @ models/lib/dino.yaml:19:7
%7827 = mul %7819, %7826 : f32[32,8] @ models/lib/dino.yaml:19:7
%7828 = broadcast %1568 : f32[32,8] @ models/lib/dino.yaml:19:7
%7829 = mul %7820, %7828 : f32[32,8] @ models/lib/dino.yaml:19:7
%7830 = add %7829, %7827 : f32[32,8] @ models/lib/dino.yaml:19:7
%7831 = mul %7819, %7819 : f32[32,8] @ models/lib/dino.yaml:19:7
%7832 = broadcast %4252 : f32[32,8] @ models/lib/dino.yaml:19:7
%7833 = mul %7831, %7832 : f32[32,8] @ models/lib/dino.yaml:19:7
%7834 = broadcast %4256 : f32[32,8] @ models/lib/dino.yaml:19:7
%7835 = mul %7821, %7834 : f32[32,8] @ models/lib/dino.yaml:19:7
%7836 = add %7835, %7833 : f32[32,8] @ models/lib/dino.yaml:19:7
%7837 = cast %7823 : f64[] @ models/lib/dino.yaml:19:7
%7838 = pow %4247, %7837 : f64[] @ models/lib/dino.yaml:19:7
%7839 = sub %4228, %7838 : f64[] @ models/lib/dino.yaml:19:7
%7840 = div %2558, %7839 : f64[] @ models/lib/dino.yaml:19:7
%7841 = pow %4255, %7837 : f64[] @ models/lib/dino.yaml:19:7
%7842 = sub %4228, %7841 : f64[] @ models/lib/dino.yaml:19:7
%7843 = sqrt %7842 : f64[] @ models/lib/dino.yaml:19:7
%7844 = div %4228, %7843 : f64[] @ models/lib/dino.yaml:19:7
%7845 = sqrt %7836 : f32[32,8] @ models/lib/dino.yaml:19:7
%7846 = cast %7844 : f32[] @ models/lib/dino.yaml:19:7
%7847 = broadcast %7846 : f32[32,8] @ models/lib/dino.yaml:19:7
%7848 = mul %7845, %7847 : f32[32,8] @ models/lib/dino.yaml:19:7
%7849 = broadcast %4272 : f32[32,8] @ models/lib/dino.yaml:19:7
%7850 = add %7848, %7849 : f32[32,8] @ models/lib/dino.yaml:19:7
%7851 = div %7830, %7850 : f32[32,8] @ models/lib/dino.yaml:19:7
%7852 = cast %7840 : f32[] @ models/lib/dino.yaml:19:7
%7853 = broadcast %7852 : f32[32,8] @ models/lib/dino.yaml:19:7
%7854 = mul %7851, %7853 : f32[32,8] @ models/lib/dino.yaml:19:7
%7855 = sub %7825, %7854 : f32[32,8] @ models/lib/dino.yaml:19:7
%7856 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%7857 = lt %7856, %4238 : bool[] @ models/lib/dino.yaml:19:7
%7858 = broadcast %7857 : bool[32,8] @ models/lib/dino.yaml:19:7
%7859 = select %7858, %76, %7855 : f32[32,8] @ models/lib/dino.yaml:19:7
%7860 = select %7858, %7820, %7830 : f32[32,8] @ models/lib/dino.yaml:19:7
%7861 = select %7858, %7821, %7836 : f32[32,8] @ models/lib/dino.yaml:19:7
%7862 = select %7857, %7822, %7823 : i64[] @ models/lib/dino.yaml:19:7
%7863 = assign %76, %7859 : f32[32,8] @ models/lib/dino.yaml:19:7
%7864 = assign %7820, %7860 : f32[32,8] @ models/lib/dino.yaml:19:7
%7865 = assign %7821, %7861 : f32[32,8] @ models/lib/dino.yaml:19:7
%7866 = assign %7822, %7862 : i64[] @ models/lib/dino.yaml:19:7
%7867 = broadcast %4284 : f32[32,8] @ models/lib/dino.yaml:19:7
%7868 = mul %154, %7867 : f32[32,8] @ models/lib/dino.yaml:19:7
%7869 = broadcast %4288 : f32[32,8] @ models/lib/dino.yaml:19:7
%7870 = mul %7859, %7869 : f32[32,8] @ models/lib/dino.yaml:19:7
%7871 = add %7868, %7870 : f32[32,8] @ models/lib/dino.yaml:19:7
%7872 = assign %154, %7871 : f32[32,8] @ models/lib/dino.yaml:19:7
%7873 = all_reduce_sum %3464 : f32[24,16] @ models/lib/nn.yaml:79:7
%7874 = reshape %7873 : f32[384] @ models/lib/nn.yaml:79:7
%7875 = mul %7874, %7874 : f32[384] @ models/lib/nn.yaml:79:7
%7876 = reduce_sum %7875 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7877 = sqrt %7876 : f32[] @ models/lib/nn.yaml:79:7
%7878 = cast %7877 : f64[] @ models/lib/nn.yaml:79:7
%7879 = add %7878, %4224 : f64[] @ models/lib/nn.yaml:79:7
%7880 = div %4226, %7879 : f64[] @ models/lib/nn.yaml:79:7
%7881 = lt %7880, %4228 : bool[] @ models/lib/nn.yaml:79:7
%7882 = cast %7880 : f32[] @ models/lib/nn.yaml:79:7
%7883 = broadcast %7882 : f32[24,16] @ models/lib/nn.yaml:79:7
%7884 = mul %7873, %7883 : f32[24,16] @ models/lib/nn.yaml:79:7
%7885 = broadcast %7881 : bool[24,16] @ models/lib/nn.yaml:79:7
%7886 = select %7885, %7884, %7873 : f32[24,16] @ models/lib/nn.yaml:79:7
%7887 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%7888 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%7889 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7890 = add %7889, %4238 : i64[] @ models/lib/nn.yaml:79:7
%7891 = mul %77, %7474 : f32[24,16] @ models/lib/nn.yaml:79:7
%7892 = mul %7886, %7476 : f32[24,16] @ models/lib/nn.yaml:79:7
%7893 = mul %7887, %7478 : f32[24,16] @ models/lib/nn.yaml:79:7
%7894 = add %7893, %7892 : f32[24,16] @ models/lib/nn.yaml:79:7
%7895 = mul %7886, %7886 : f32[24,16] @ models/lib/nn.yaml:79:7
%7896 = mul %7895, %7482 : f32[24,16] @ models/lib/nn.yaml:79:7
%7897 = mul %7888, %7484 : f32[24,16] @ models/lib/nn.yaml:79:7
%7898 = add %7897, %7896 : f32[24,16] @ models/lib/nn.yaml:79:7
%7899 = cast %7890 : f64[] @ models/lib/nn.yaml:79:7
%7900 = pow %4247, %7899 : f64[] @ models/lib/nn.yaml:79:7
%7901 = sub %4228, %7900 : f64[] @ models/lib/nn.yaml:79:7
%7902 = div %2558, %7901 : f64[] @ models/lib/nn.yaml:79:7
%7903 = pow %4255, %7899 : f64[] @ models/lib/nn.yaml:79:7
%7904 = sub %4228, %7903 : f64[] @ models/lib/nn.yaml:79:7
%7905 = sqrt %7904 : f64[] @ models/lib/nn.yaml:79:7
%7906 = div %4228, %7905 : f64[] @ models/lib/nn.yaml:79:7
%7907 = sqrt %7898 : f32[24,16] @ models/lib/nn.yaml:79:7
%7908 = cast %7906 : f32[] @ models/lib/nn.yaml:79:7
%7909 = broadcast %7908 : f32[24,16] @ models/lib/nn.yaml:79:7
%7910 = mul %7907, %7909 : f32[24,16] @ models/lib/nn.yaml:79:7
%7911 = add %7910, %7499 : f32[24,16] @ models/lib/nn.yaml:79:7
%7912 = div %7894, %7911 : f32[24,16] @ models/lib/nn.yaml:79:7
%7913 = cast %7902 : f32[] @ models/lib/nn.yaml:79:7
%7914 = broadcast %7913 : f32[24,16] @ models/lib/nn.yaml:79:7
%7915 = mul %7912, %7914 : f32[24,16] @ models/lib/nn.yaml:79:7
%7916 = sub %7891, %7915 : f32[24,16] @ models/lib/nn.yaml:79:7
%7917 = assign %77, %7916 : f32[24,16] @ models/lib/nn.yaml:79:7
%7918 = assign %7887, %7894 : f32[24,16] @ models/lib/nn.yaml:79:7
%7919 = assign %7888, %7898 : f32[24,16] @ models/lib/nn.yaml:79:7
%7920 = assign %7889, %7890 : i64[] @ models/lib/nn.yaml:79:7
%7921 = mul %155, %7510 : f32[24,16] @ models/lib/nn.yaml:79:7
%7922 = mul %7916, %7512 : f32[24,16] @ models/lib/nn.yaml:79:7
%7923 = add %7921, %7922 : f32[24,16] @ models/lib/nn.yaml:79:7
%7924 = assign %155, %7923 : f32[24,16] @ models/lib/nn.yaml:79:7
%7925 = all_reduce_sum %3459 : f32[24] @ models/lib/nn.yaml:80:7
%7926 = mul %7925, %7925 : f32[24] @ models/lib/nn.yaml:80:7
%7927 = reduce_sum %7926 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7928 = sqrt %7927 : f32[] @ models/lib/nn.yaml:80:7
%7929 = cast %7928 : f64[] @ models/lib/nn.yaml:80:7
%7930 = add %7929, %4224 : f64[] @ models/lib/nn.yaml:80:7
%7931 = div %4226, %7930 : f64[] @ models/lib/nn.yaml:80:7
%7932 = lt %7931, %4228 : bool[] @ models/lib/nn.yaml:80:7
%7933 = cast %7931 : f32[] @ models/lib/nn.yaml:80:7
%7934 = broadcast %7933 : f32[24] @ models/lib/nn.yaml:80:7
%7935 = mul %7925, %7934 : f32[24] @ models/lib/nn.yaml:80:7
%7936 = broadcast %7932 : bool[24] @ models/lib/nn.yaml:80:7
%7937 = select %7936, %7935, %7925 : f32[24] @ models/lib/nn.yaml:80:7
%7938 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%7939 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%7940 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7941 = add %7940, %4238 : i64[] @ models/lib/nn.yaml:80:7
%7942 = mul %7937, %7533 : f32[24] @ models/lib/nn.yaml:80:7
%7943 = mul %7938, %7535 : f32[24] @ models/lib/nn.yaml:80:7
%7944 = add %7943, %7942 : f32[24] @ models/lib/nn.yaml:80:7
%7945 = mul %7937, %7937 : f32[24] @ models/lib/nn.yaml:80:7
%7946 = mul %7945, %7539 : f32[24] @ models/lib/nn.yaml:80:7
%7947 = mul %7939, %7541 : f32[24] @ models/lib/nn.yaml:80:7
%7948 = add %7947, %7946 : f32[24] @ models/lib/nn.yaml:80:7
%7949 = cast %7941 : f64[] @ models/lib/nn.yaml:80:7
%7950 = pow %4247, %7949 : f64[] @ models/lib/nn.yaml:80:7
%7951 = sub %4228, %7950 : f64[] @ models/lib/nn.yaml:80:7
%7952 = div %2558, %7951 : f64[] @ models/lib/nn.yaml:80:7
%7953 = pow %4255, %7949 : f64[] @ models/lib/nn.yaml:80:7
%7954 = sub %4228, %7953 : f64[] @ models/lib/nn.yaml:80:7
%7955 = sqrt %7954 : f64[] @ models/lib/nn.yaml:80:7
%7956 = div %4228, %7955 : f64[] @ models/lib/nn.yaml:80:7
%7957 = sqrt %7948 : f32[24] @ models/lib/nn.yaml:80:7
%7958 = cast %7956 : f32[] @ models/lib/nn.yaml:80:7
%7959 = broadcast %7958 : f32[24] @ models/lib/nn.yaml:80:7
%7960 = mul %7957, %7959 : f32[24] @ models/lib/nn.yaml:80:7
%7961 = add %7960, %7556 : f32[24] @ models/lib/nn.yaml:80:7
%7962 = div %7944, %7961 : f32[24] @ models/lib/nn.yaml:80:7
%7963 = cast %7952 : f32[] @ models/lib/nn.yaml:80:7
%7964 = broadcast %7963 : f32[24] @ models/lib/nn.yaml:80:7
%7965 = mul %7962, %7964 : f32[24] @ models/lib/nn.yaml:80:7
%7966 = sub %78, %7965 : f32[24] @ models/lib/nn.yaml:80:7
%7967 = assign %78, %7966 : f32[24] @ models/lib/nn.yaml:80:7
%7968 = assign %7938, %7944 : f32[24] @ models/lib/nn.yaml:80:7
%7969 = assign %7939, %7948 : f32[24] @ models/lib/nn.yaml:80:7
%7970 = assign %7940, %7941 : i64[] @ models/lib/nn.yaml:80:7
%7971 = mul %156, %7567 : f32[24] @ models/lib/nn.yaml:80:7
%7972 = mul %7966, %7569 : f32[24] @ models/lib/nn.yaml:80:7
%7973 = add %7971, %7972 : f32[24] @ models/lib/nn.yaml:80:7
%7974 = assign %156, %7973 : f32[24] @ models/lib/nn.yaml:80:7
%7975 = all_reduce_sum %3444 : f32[24,24] @ models/lib/nn.yaml:79:7
%7976 = reshape %7975 : f32[576] @ models/lib/nn.yaml:79:7
%7977 = mul %7976, %7976 : f32[576] @ models/lib/nn.yaml:79:7
%7978 = reduce_sum %7977 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7979 = sqrt %7978 : f32[] @ models/lib/nn.yaml:79:7
%7980 = cast %7979 : f64[] @ models/lib/nn.yaml:79:7
%7981 = add %7980, %4224 : f64[] @ models/lib/nn.yaml:79:7
%7982 = div %4226, %7981 : f64[] @ models/lib/nn.yaml:79:7
%7983 = lt %7982, %4228 : bool[] @ models/lib/nn.yaml:79:7
%7984 = cast %7982 : f32[] @ models/lib/nn.yaml:79:7
%7985 = broadcast %7984 : f32[24,24] @ models/lib/nn.yaml:79:7
%7986 = mul %7975, %7985 : f32[24,24] @ models/lib/nn.yaml:79:7
%7987 = broadcast %7983 : bool[24,24] @ models/lib/nn.yaml:79:7
%7988 = select %7987, %7986, %7975 : f32[24,24] @ models/lib/nn.yaml:79:7
%7989 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%7990 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%7991 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7992 = add %7991, %4238 : i64[] @ models/lib/nn.yaml:79:7
%7993 = mul %79, %7591 : f32[24,24] @ models/lib/nn.yaml:79:7
%7994 = mul %7988, %7593 : f32[24,24] @ models/lib/nn.yaml:79:7
%7995 = mul %7989, %7595 : f32[24,24] @ models/lib/nn.yaml:79:7
%7996 = add %7995, %7994 : f32[24,24] @ models/lib/nn.yaml:79:7
%7997 = mul %7988, %7988 : f32[24,24] @ models/lib/nn.yaml:79:7
%7998 = mul %7997, %7599 : f32[24,24] @ models/lib/nn.yaml:79:7
%7999 = mul %7990, %7601 : f32[24,24] @ models/lib/nn.yaml:79:7
%8000 = add %7999, %7998 : f32[24,24] @ models/lib/nn.yaml:79:7
%8001 = cast %7992 : f64[] @ models/lib/nn.yaml:79:7
%8002 = pow %4247, %8001 : f64[] @ models/lib/nn.yaml:79:7
%8003 = sub %4228, %8002 : f64[] @ models/lib/nn.yaml:79:7
%8004 = div %2558, %8003 : f64[] @ models/lib/nn.yaml:79:7
%8005 = pow %4255, %8001 : f64[] @ models/lib/nn.yaml:79:7
%8006 = sub %4228, %8005 : f64[] @ models/lib/nn.yaml:79:7
%8007 = sqrt %8006 : f64[] @ models/lib/nn.yaml:79:7
%8008 = div %4228, %8007 : f64[] @ models/lib/nn.yaml:79:7
%8009 = sqrt %8000 : f32[24,24] @ models/lib/nn.yaml:79:7
%8010 = cast %8008 : f32[] @ models/lib/nn.yaml:79:7
%8011 = broadcast %8010 : f32[24,24] @ models/lib/nn.yaml:79:7
%8012 = mul %8009, %8011 : f32[24,24] @ models/lib/nn.yaml:79:7
%8013 = add %8012, %7616 : f32[24,24] @ models/lib/nn.yaml:79:7
%8014 = div %7996, %8013 : f32[24,24] @ models/lib/nn.yaml:79:7
%8015 = cast %8004 : f32[] @ models/lib/nn.yaml:79:7
%8016 = broadcast %8015 : f32[24,24] @ models/lib/nn.yaml:79:7
%8017 = mul %8014, %8016 : f32[24,24] @ models/lib/nn.yaml:79:7
%8018 = sub %7993, %8017 : f32[24,24] @ models/lib/nn.yaml:79:7
%8019 = assign %79, %8018 : f32[24,24] @ models/lib/nn.yaml:79:7
%8020 = assign %7989, %7996 : f32[24,24] @ models/lib/nn.yaml:79:7
%8021 = assign %7990, %8000 : f32[24,24] @ models/lib/nn.yaml:79:7
%8022 = assign %7991, %7992 : i64[] @ models/lib/nn.yaml:79:7
%8023 = mul %157, %7627 : f32[24,24] @ models/lib/nn.yaml:79:7
%8024 = mul %8018, %7629 : f32[24,24] @ models/lib/nn.yaml:79:7
%8025 = add %8023, %8024 : f32[24,24] @ models/lib/nn.yaml:79:7
%8026 = assign %157, %8025 : f32[24,24] @ models/lib/nn.yaml:79:7
%8027 = all_reduce_sum %3439 : f32[24] @ models/lib/nn.yaml:80:7
%8028 = mul %8027, %8027 : f32[24] @ models/lib/nn.yaml:80:7
%8029 = reduce_sum %8028 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8030 = sqrt %8029 : f32[] @ models/lib/nn.yaml:80:7
%8031 = cast %8030 : f64[] @ models/lib/nn.yaml:80:7
%8032 = add %8031, %4224 : f64[] @ models/lib/nn.yaml:80:7
%8033 = div %4226, %8032 : f64[] @ models/lib/nn.yaml:80:7
%8034 = lt %8033, %4228 : bool[] @ models/lib/nn.yaml:80:7
%8035 = cast %8033 : f32[] @ models/lib/nn.yaml:80:7
%8036 = broadcast %8035 : f32[24] @ models/lib/nn.yaml:80:7
%8037 = mul %8027, %8036 : f32[24] @ models/lib/nn.yaml:80:7
%8038 = broadcast %8034 : bool[24] @ models/lib/nn.yaml:80:7
%8039 = select %8038, %8037, %8027 : f32[24] @ models/lib/nn.yaml:80:7
%8040 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8041 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8042 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8043 = add %8042, %4238 : i64[] @ models/lib/nn.yaml:80:7
%8044 = mul %8039, %7533 : f32[24] @ models/lib/nn.yaml:80:7
%8045 = mul %8040, %7535 : f32[24] @ models/lib/nn.yaml:80:7
%8046 = add %8045, %8044 : f32[24] @ models/lib/nn.yaml:80:7
%8047 = mul %8039, %8039 : f32[24] @ models/lib/nn.yaml:80:7
%8048 = mul %8047, %7539 : f32[24] @ models/lib/nn.yaml:80:7
%8049 = mul %8041, %7541 : f32[24] @ models/lib/nn.yaml:80:7
%8050 = add %8049, %8048 : f32[24] @ models/lib/nn.yaml:80:7
%8051 = cast %8043 : f64[] @ models/lib/nn.yaml:80:7
%8052 = pow %4247, %8051 : f64[] @ models/lib/nn.yaml:80:7
%8053 = sub %4228, %8052 : f64[] @ models/lib/nn.yaml:80:7
%8054 = div %2558, %8053 : f64[] @ models/lib/nn.yaml:80:7
%8055 = pow %4255, %8051 : f64[] @ models/lib/nn.yaml:80:7
%8056 = sub %4228, %8055 : f64[] @ models/lib/nn.yaml:80:7
%8057 = sqrt %8056 : f64[] @ models/lib/nn.yaml:80:7
%8058 = div %4228, %8057 : f64[] @ models/lib/nn.yaml:80:7
%8059 = sqrt %8050 : f32[24] @ models/lib/nn.yaml:80:7
%8060 = cast %8058 : f32[] @ models/lib/nn.yaml:80:7
%8061 = broadcast %8060 : f32[24] @ models/lib/nn.yaml:80:7
%8062 = mul %8059, %8061 : f32[24] @ models/lib/nn.yaml:80:7
%8063 = add %8062, %7556 : f32[24] @ models/lib/nn.yaml:80:7
%8064 = div %8046, %8063 : f32[24] @ models/lib/nn.yaml:80:7
%8065 = cast %8054 : f32[] @ models/lib/nn.yaml:80:7
%8066 = broadcast %8065 : f32[24] @ models/lib/nn.yaml:80:7
%8067 = mul %8064, %8066 : f32[24] @ models/lib/nn.yaml:80:7
%8068 = sub %80, %8067 : f32[24] @ models/lib/nn.yaml:80:7
%8069 = assign %80, %8068 : f32[24] @ models/lib/nn.yaml:80:7
%8070 = assign %8040, %8046 : f32[24] @ models/lib/nn.yaml:80:7
%8071 = assign %8041, %8050 : f32[24] @ models/lib/nn.yaml:80:7
%8072 = assign %8042, %8043 : i64[] @ models/lib/nn.yaml:80:7
%8073 = mul %158, %7567 : f32[24] @ models/lib/nn.yaml:80:7
%8074 = mul %8068, %7569 : f32[24] @ models/lib/nn.yaml:80:7
%8075 = add %8073, %8074 : f32[24] @ models/lib/nn.yaml:80:7
%8076 = assign %158, %8075 : f32[24] @ models/lib/nn.yaml:80:7
%8077 = all_reduce_sum %3423 : f32[8,24] @ models/lib/nn.yaml:79:7
%8078 = reshape %8077 : f32[192] @ models/lib/nn.yaml:79:7
%8079 = mul %8078, %8078 : f32[192] @ models/lib/nn.yaml:79:7
%8080 = reduce_sum %8079 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8081 = sqrt %8080 : f32[] @ models/lib/nn.yaml:79:7
%8082 = cast %8081 : f64[] @ models/lib/nn.yaml:79:7
%8083 = add %8082, %4224 : f64[] @ models/lib/nn.yaml:79:7
%8084 = div %4226, %8083 : f64[] @ models/lib/nn.yaml:79:7
%8085 = lt %8084, %4228 : bool[] @ models/lib/nn.yaml:79:7
%8086 = cast %8084 : f32[] @ models/lib/nn.yaml:79:7
%8087 = broadcast %8086 : f32[8,24] @ models/lib/nn.yaml:79:7
%8088 = mul %8077, %8087 : f32[8,24] @ models/lib/nn.yaml:79:7
%8089 = broadcast %8085 : bool[8,24] @ models/lib/nn.yaml:79:7
%8090 = select %8089, %8088, %8077 : f32[8,24] @ models/lib/nn.yaml:79:7
%8091 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8092 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8093 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8094 = add %8093, %4238 : i64[] @ models/lib/nn.yaml:79:7
%8095 = mul %81, %7701 : f32[8,24] @ models/lib/nn.yaml:79:7
%8096 = mul %8090, %7703 : f32[8,24] @ models/lib/nn.yaml:79:7
%8097 = mul %8091, %7705 : f32[8,24] @ models/lib/nn.yaml:79:7
%8098 = add %8097, %8096 : f32[8,24] @ models/lib/nn.yaml:79:7
%8099 = mul %8090, %8090 : f32[8,24] @ models/lib/nn.yaml:79:7
%8100 = mul %8099, %7709 : f32[8,24] @ models/lib/nn.yaml:79:7
%8101 = mul %8092, %7711 : f32[8,24] @ models/lib/nn.yaml:79:7
%8102 = add %8101, %8100 : f32[8,24] @ models/lib/nn.yaml:79:7
%8103 = cast %8094 : f64[] @ models/lib/nn.yaml:79:7
%8104 = pow %4247, %8103 : f64[] @ models/lib/nn.yaml:79:7
%8105 = sub %4228, %8104 : f64[] @ models/lib/nn.yaml:79:7
%8106 = div %2558, %8105 : f64[] @ models/lib/nn.yaml:79:7
%8107 = pow %4255, %8103 : f64[] @ models/lib/nn.yaml:79:7
%8108 = sub %4228, %8107 : f64[] @ models/lib/nn.yaml:79:7
%8109 = sqrt %8108 : f64[] @ models/lib/nn.yaml:79:7
%8110 = div %4228, %8109 : f64[] @ models/lib/nn.yaml:79:7
%8111 = sqrt %8102 : f32[8,24] @ models/lib/nn.yaml:79:7
%8112 = cast %8110 : f32[] @ models/lib/nn.yaml:79:7
%8113 = broadcast %8112 : f32[8,24] @ models/lib/nn.yaml:79:7
%8114 = mul %8111, %8113 : f32[8,24] @ models/lib/nn.yaml:79:7
%8115 = add %8114, %7726 : f32[8,24] @ models/lib/nn.yaml:79:7
%8116 = div %8098, %8115 : f32[8,24] @ models/lib/nn.yaml:79:7
%8117 = cast %8106 : f32[] @ models/lib/nn.yaml:79:7
%8118 = broadcast %8117 : f32[8,24] @ models/lib/nn.yaml:79:7
%8119 = mul %8116, %8118 : f32[8,24] @ models/lib/nn.yaml:79:7
%8120 = sub %8095, %8119 : f32[8,24] @ models/lib/nn.yaml:79:7
%8121 = assign %81, %8120 : f32[8,24] @ models/lib/nn.yaml:79:7
%8122 = assign %8091, %8098 : f32[8,24] @ models/lib/nn.yaml:79:7
%8123 = assign %8092, %8102 : f32[8,24] @ models/lib/nn.yaml:79:7
%8124 = assign %8093, %8094 : i64[] @ models/lib/nn.yaml:79:7
%8125 = mul %159, %7737 : f32[8,24] @ models/lib/nn.yaml:79:7
%8126 = mul %8120, %7739 : f32[8,24] @ models/lib/nn.yaml:79:7
%8127 = add %8125, %8126 : f32[8,24] @ models/lib/nn.yaml:79:7
%8128 = assign %159, %8127 : f32[8,24] @ models/lib/nn.yaml:79:7
%8129 = all_reduce_sum %3418 : f32[8] @ models/lib/nn.yaml:80:7
%8130 = mul %8129, %8129 : f32[8] @ models/lib/nn.yaml:80:7
%8131 = reduce_sum %8130 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8132 = sqrt %8131 : f32[] @ models/lib/nn.yaml:80:7
%8133 = cast %8132 : f64[] @ models/lib/nn.yaml:80:7
%8134 = add %8133, %4224 : f64[] @ models/lib/nn.yaml:80:7
%8135 = div %4226, %8134 : f64[] @ models/lib/nn.yaml:80:7
%8136 = lt %8135, %4228 : bool[] @ models/lib/nn.yaml:80:7
%8137 = cast %8135 : f32[] @ models/lib/nn.yaml:80:7
%8138 = broadcast %8137 : f32[8] @ models/lib/nn.yaml:80:7
%8139 = mul %8129, %8138 : f32[8] @ models/lib/nn.yaml:80:7
%8140 = broadcast %8136 : bool[8] @ models/lib/nn.yaml:80:7
%8141 = select %8140, %8139, %8129 : f32[8] @ models/lib/nn.yaml:80:7
%8142 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%8143 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%8144 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8145 = add %8144, %4238 : i64[] @ models/lib/nn.yaml:80:7
%8146 = mul %8141, %7760 : f32[8] @ models/lib/nn.yaml:80:7
%8147 = mul %8142, %7762 : f32[8] @ models/lib/nn.yaml:80:7
%8148 = add %8147, %8146 : f32[8] @ models/lib/nn.yaml:80:7
%8149 = mul %8141, %8141 : f32[8] @ models/lib/nn.yaml:80:7
%8150 = mul %8149, %7766 : f32[8] @ models/lib/nn.yaml:80:7
%8151 = mul %8143, %7768 : f32[8] @ models/lib/nn.yaml:80:7
%8152 = add %8151, %8150 : f32[8] @ models/lib/nn.yaml:80:7
%8153 = cast %8145 : f64[] @ models/lib/nn.yaml:80:7
%8154 = pow %4247, %8153 : f64[] @ models/lib/nn.yaml:80:7
%8155 = sub %4228, %8154 : f64[] @ models/lib/nn.yaml:80:7
%8156 = div %2558, %8155 : f64[] @ models/lib/nn.yaml:80:7
%8157 = pow %4255, %8153 : f64[] @ models/lib/nn.yaml:80:7
%8158 = sub %4228, %8157 : f64[] @ models/lib/nn.yaml:80:7
%8159 = sqrt %8158 : f64[] @ models/lib/nn.yaml:80:7
%8160 = div %4228, %8159 : f64[] @ models/lib/nn.yaml:80:7
%8161 = sqrt %8152 : f32[8] @ models/lib/nn.yaml:80:7
%8162 = cast %8160 : f32[] @ models/lib/nn.yaml:80:7
%8163 = broadcast %8162 : f32[8] @ models/lib/nn.yaml:80:7
%8164 = mul %8161, %8163 : f32[8] @ models/lib/nn.yaml:80:7
%8165 = add %8164, %7783 : f32[8] @ models/lib/nn.yaml:80:7
%8166 = div %8148, %8165 : f32[8] @ models/lib/nn.yaml:80:7
%8167 = cast %8156 : f32[] @ models/lib/nn.yaml:80:7
%8168 = broadcast %8167 : f32[8] @ models/lib/nn.yaml:80:7
%8169 = mul %8166, %8168 : f32[8] @ models/lib/nn.yaml:80:7
%8170 = sub %82, %8169 : f32[8] @ models/lib/nn.yaml:80:7
%8171 = assign %82, %8170 : f32[8] @ models/lib/nn.yaml:80:7
%8172 = assign %8142, %8148 : f32[8] @ models/lib/nn.yaml:80:7
%8173 = assign %8143, %8152 : f32[8] @ models/lib/nn.yaml:80:7
%8174 = assign %8144, %8145 : i64[] @ models/lib/nn.yaml:80:7
%8175 = mul %160, %7794 : f32[8] @ models/lib/nn.yaml:80:7
%8176 = mul %8170, %7796 : f32[8] @ models/lib/nn.yaml:80:7
%8177 = add %8175, %8176 : f32[8] @ models/lib/nn.yaml:80:7
%8178 = assign %160, %8177 : f32[8] @ models/lib/nn.yaml:80:7
%8179 = broadcast %4284 : f32[16,1] @ models/lib/dino.yaml:18:7
%8180 = mul %161, %8179 : f32[16,1] @ models/lib/dino.yaml:18:7
%8181 = broadcast %4288 : f32[16,1] @ models/lib/dino.yaml:18:7
%8182 = mul %83, %8181 : f32[16,1] @ models/lib/dino.yaml:18:7
%8183 = add %8180, %8182 : f32[16,1] @ models/lib/dino.yaml:18:7
%8184 = assign %161, %8183 : f32[16,1] @ models/lib/dino.yaml:18:7
%8185 = all_reduce_sum %3395 : f32[16,8] @ models/lib/dino.yaml:19:7
%8186 = reshape %8185 : f32[128] @ models/lib/dino.yaml:19:7
%8187 = mul %8186, %8186 : f32[128] @ models/lib/dino.yaml:19:7
%8188 = reduce_sum %8187 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%8189 = sqrt %8188 : f32[] @ models/lib/dino.yaml:19:7
%8190 = cast %8189 : f64[] @ models/lib/dino.yaml:19:7
%8191 = add %8190, %4224 : f64[] @ models/lib/dino.yaml:19:7
%8192 = div %4226, %8191 : f64[] @ models/lib/dino.yaml:19:7
%8193 = lt %8192, %4228 : bool[] @ models/lib/dino.yaml:19:7
%8194 = cast %8192 : f32[] @ models/lib/dino.yaml:19:7
%8195 = broadcast %8194 : f32[16,8] @ models/lib/dino.yaml:19:7
%8196 = mul %8185, %8195 : f32[16,8] @ models/lib/dino.yaml:19:7
%8197 = broadcast %8193 : bool[16,8] @ models/lib/dino.yaml:19:7
%8198 = select %8197, %8196, %8185 : f32[16,8] @ models/lib/dino.yaml:19:7
%8199 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%8200 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%8201 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%8202 = add %8201, %4238 : i64[] @ models/lib/dino.yaml:19:7
%8203 = broadcast %4242 : f32[16,8] @ models/lib/dino.yaml:19:7
%8204 = mul %84, %8203 : f32[16,8] @ models/lib/dino.yaml:19:7
%8205 = broadcast %2314 : f32[16,8] @ models/lib/dino.yaml:19:7
%8206 = mul %8198, %8205 : f32[16,8] @ models/lib/dino.yaml:19:7
%8207 = broadcast %1568 : f32[16,8] @ models/lib/dino.yaml:19:7
%8208 = mul %8199, %8207 : f32[16,8] @ models/lib/dino.yaml:19:7
%8209 = add %8208, %8206 : f32[16,8] @ models/lib/dino.yaml:19:7
%8210 = mul %8198, %8198 : f32[16,8] @ models/lib/dino.yaml:19:7
%8211 = broadcast %4252 : f32[16,8] @ models/lib/dino.yaml:19:7
%8212 = mul %8210, %8211 : f32[16,8] @ models/lib/dino.yaml:19:7
%8213 = broadcast %4256 : f32[16,8] @ models/lib/dino.yaml:19:7
%8214 = mul %8200, %8213 : f32[16,8] @ models/lib/dino.yaml:19:7
%8215 = add %8214, %8212 : f32[16,8] @ models/lib/dino.yaml:19:7
%8216 = cast %8202 : f64[] @ models/lib/dino.yaml:19:7
%8217 = pow %4247, %8216 : f64[] @ models/lib/dino.yaml:19:7
%8218 = sub %4228, %8217 : f64[] @ models/lib/dino.yaml:19:7
%8219 = div %2558, %8218 : f64[] @ models/lib/dino.yaml:19:7
%8220 = pow %4255, %8216 : f64[] @ models/lib/dino.yaml:19:7
%8221 = sub %4228, %8220 : f64[] @ models/lib/dino.yaml:19:7
%8222 = sqrt %8221 : f64[] @ models/lib/dino.yaml:19:7
%8223 = div %4228, %8222 : f64[] @ models/lib/dino.yaml:19:7
%8224 = sqrt %8215 : f32[16,8] @ models/lib/dino.yaml:19:7
%8225 = cast %8223 : f32[] @ models/lib/dino.yaml:19:7
%8226 = broadcast %8225 : f32[16,8] @ models/lib/dino.yaml:19:7
%8227 = mul %8224, %8226 : f32[16,8] @ models/lib/dino.yaml:19:7
%8228 = broadcast %4272 : f32[16,8] @ models/lib/dino.yaml:19:7
%8229 = add %8227, %8228 : f32[16,8] @ models/lib/dino.yaml:19:7
%8230 = div %8209, %8229 : f32[16,8] @ models/lib/dino.yaml:19:7
%8231 = cast %8219 : f32[] @ models/lib/dino.yaml:19:7
%8232 = broadcast %8231 : f32[16,8] @ models/lib/dino.yaml:19:7
%8233 = mul %8230, %8232 : f32[16,8] @ models/lib/dino.yaml:19:7
%8234 = sub %8204, %8233 : f32[16,8] @ models/lib/dino.yaml:19:7
%8235 = broadcast %7857 : bool[16,8] @ models/lib/dino.yaml:19:7
%8236 = select %8235, %84, %8234 : f32[16,8] @ models/lib/dino.yaml:19:7
%8237 = select %8235, %8199, %8209 : f32[16,8] @ models/lib/dino.yaml:19:7
%8238 = select %8235, %8200, %8215 : f32[16,8] @ models/lib/dino.yaml:19:7
%8239 = select %7857, %8201, %8202 : i64[] @ models/lib/dino.yaml:19:7
%8240 = assign %84, %8236 : f32[16,8] @ models/lib/dino.yaml:19:7
%8241 = assign %8199, %8237 : f32[16,8] @ models/lib/dino.yaml:19:7
%8242 = assign %8200, %8238 : f32[16,8] @ models/lib/dino.yaml:19:7
%8243 = assign %8201, %8239 : i64[] @ models/lib/dino.yaml:19:7
%8244 = broadcast %4284 : f32[16,8] @ models/lib/dino.yaml:19:7
%8245 = mul %162, %8244 : f32[16,8] @ models/lib/dino.yaml:19:7
%8246 = broadcast %4288 : f32[16,8] @ models/lib/dino.yaml:19:7
%8247 = mul %8236, %8246 : f32[16,8] @ models/lib/dino.yaml:19:7
%8248 = add %8245, %8247 : f32[16,8] @ models/lib/dino.yaml:19:7
%8249 = assign %162, %8248 : f32[16,8] @ models/lib/dino.yaml:19:7
%8250 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%8251 = abs %2525 : f32[] @ models/dino_pass.yaml:149:3
%8252 = lt %8251, %8250 : bool[] @ models/dino_pass.yaml:149:3
%8253 = output %8252 name="finite" : bool[] @ models/dino_pass.yaml:149:3
