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
%355 = neighbor_topk_gather %353, %354 k=2 : f32[4,16,2,16] @ models/dino_pass.yaml:77:16
%356 = reshape %355 : f32[64,2,16] @ models/dino_pass.yaml:87:23
%357 = broadcast %112 : f32[64,1,16] @ models/lib/vit.yaml:116:31
%358 = concat %357, %356 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%359 = reduce_sum %358 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%360 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%361 = broadcast %360 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%362 = div %359, %361 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%363 = broadcast %362 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%364 = sub %358, %363 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%365 = mul %364, %364 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%366 = reduce_sum %365 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%367 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%368 = broadcast %367 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%369 = div %366, %368 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%370 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%371 = broadcast %370 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%372 = add %369, %371 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%373 = rsqrt %372 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%374 = broadcast %373 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%375 = mul %364, %374 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%376 = broadcast %113 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%377 = mul %375, %376 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%378 = broadcast %114 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%379 = add %377, %378 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%380 = slice %379 lo=[0,0,0] hi=[64,1,16] : f32[64,1,16] @ models/lib/vit.yaml:78:33
%381 = matmul %380, %115 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%382 = broadcast %116 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%383 = add %381, %382 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%384 = reshape %383 : f32[64,1,2,8] @ models/lib/vit.yaml:78:22
%385 = permute %384 perm=[0,2,1,3] : f32[64,2,1,8] @ models/lib/vit.yaml:78:14
%386 = matmul %379, %117 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%387 = broadcast %118 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%388 = add %386, %387 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%389 = reshape %388 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%390 = permute %389 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%391 = matmul %379, %119 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%392 = broadcast %120 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%393 = add %391, %392 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%394 = reshape %393 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%395 = permute %394 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%396 = matmul %385, %390 ta=0 tb=1 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%397 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%398 = broadcast %397 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%399 = mul %396, %398 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%400 = reduce_max %399 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%401 = stop_gradient %400 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%402 = broadcast %401 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%403 = sub %399, %402 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%404 = exp %403 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%405 = reduce_sum %404 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%406 = broadcast %405 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%407 = div %404, %406 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%408 = matmul %407, %395 ta=0 tb=0 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%409 = permute %408 perm=[0,2,1,3] : f32[64,1,2,8] @ models/lib/nn.yaml:56:13
%410 = reshape %409 : f32[64,1,16] @ models/lib/nn.yaml:57:16
%411 = matmul %410, %121 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%412 = broadcast %122 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%413 = add %411, %412 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%414 = add %357, %413 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%415 = reduce_sum %414 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%416 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%417 = broadcast %416 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%418 = div %415, %417 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%419 = broadcast %418 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%420 = sub %414, %419 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%421 = mul %420, %420 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%422 = reduce_sum %421 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%423 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%424 = broadcast %423 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%425 = div %422, %424 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%426 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%427 = broadcast %426 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%428 = add %425, %427 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%429 = rsqrt %428 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%430 = broadcast %429 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%431 = mul %420, %430 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%432 = broadcast %123 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%433 = mul %431, %432 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%434 = broadcast %124 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%435 = add %433, %434 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%436 = matmul %435, %125 ta=0 tb=1 : f32[64,1,64] @ models/lib/nn.yaml:83:15
%437 = broadcast %126 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%438 = add %436, %437 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%439 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%440 = broadcast %439 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%441 = mul %440, %438 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%442 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%443 = broadcast %442 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%444 = mul %438, %443 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%445 = erf %444 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%446 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%447 = broadcast %446 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%448 = add %447, %445 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%449 = mul %441, %448 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%450 = matmul %449, %127 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%451 = broadcast %128 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%452 = add %450, %451 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%453 = add %414, %452 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%454 = concat %453, %356 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%455 = reduce_sum %454 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%456 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%457 = broadcast %456 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%458 = div %455, %457 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%459 = broadcast %458 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%460 = sub %454, %459 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%461 = mul %460, %460 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%462 = reduce_sum %461 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%463 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%464 = broadcast %463 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%465 = div %462, %464 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%466 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%467 = broadcast %466 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%468 = add %465, %467 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%469 = rsqrt %468 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%470 = broadcast %469 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%471 = mul %460, %470 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%472 = broadcast %129 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%473 = mul %471, %472 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%474 = broadcast %130 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%475 = add %473, %474 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%476 = slice %475 lo=[0,0,0] hi=[64,1,16] : f32[64,1,16] @ models/lib/vit.yaml:78:33
%477 = matmul %476, %131 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%478 = broadcast %132 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%479 = add %477, %478 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%480 = reshape %479 : f32[64,1,2,8] @ models/lib/vit.yaml:78:22
%481 = permute %480 perm=[0,2,1,3] : f32[64,2,1,8] @ models/lib/vit.yaml:78:14
%482 = matmul %475, %133 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%483 = broadcast %134 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%484 = add %482, %483 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%485 = reshape %484 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%486 = permute %485 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%487 = matmul %475, %135 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%488 = broadcast %136 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%489 = add %487, %488 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%490 = reshape %489 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%491 = permute %490 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%492 = matmul %481, %486 ta=0 tb=1 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%493 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%494 = broadcast %493 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%495 = mul %492, %494 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%496 = reduce_max %495 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%497 = stop_gradient %496 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%498 = broadcast %497 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%499 = sub %495, %498 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%500 = exp %499 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%501 = reduce_sum %500 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%502 = broadcast %501 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%503 = div %500, %502 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%504 = matmul %503, %491 ta=0 tb=0 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%505 = permute %504 perm=[0,2,1,3] : f32[64,1,2,8] @ models/lib/nn.yaml:56:13
%506 = reshape %505 : f32[64,1,16] @ models/lib/nn.yaml:57:16
%507 = matmul %506, %137 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%508 = broadcast %138 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%509 = add %507, %508 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%510 = add %453, %509 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%511 = reduce_sum %510 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%512 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%513 = broadcast %512 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%514 = div %511, %513 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%515 = broadcast %514 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%516 = sub %510, %515 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%517 = mul %516, %516 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%518 = reduce_sum %517 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%519 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%520 = broadcast %519 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%521 = div %518, %520 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%522 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%523 = broadcast %522 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%524 = add %521, %523 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%525 = rsqrt %524 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%526 = broadcast %525 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%527 = mul %516, %526 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%528 = broadcast %139 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%529 = mul %527, %528 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%530 = broadcast %140 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%531 = add %529, %530 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%532 = matmul %531, %141 ta=0 tb=1 : f32[64,1,64] @ models/lib/nn.yaml:83:15
%533 = broadcast %142 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%534 = add %532, %533 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%535 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%536 = broadcast %535 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%537 = mul %536, %534 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%538 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%539 = broadcast %538 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%540 = mul %534, %539 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%541 = erf %540 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%542 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%543 = broadcast %542 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%544 = add %543, %541 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%545 = mul %537, %544 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%546 = matmul %545, %143 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%547 = broadcast %144 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%548 = add %546, %547 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%549 = add %510, %548 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%550 = reshape %549 : f32[4,16,16] @ models/dino_pass.yaml:88:16
%551 = broadcast %112 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%552 = concat %551, %353 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%553 = reduce_sum %552 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%554 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%555 = broadcast %554 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%556 = div %553, %555 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%557 = broadcast %556 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%558 = sub %552, %557 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%559 = mul %558, %558 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%560 = reduce_sum %559 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%561 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%562 = broadcast %561 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%563 = div %560, %562 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%564 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%565 = broadcast %564 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%566 = add %563, %565 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%567 = rsqrt %566 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%568 = broadcast %567 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%569 = mul %558, %568 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%570 = broadcast %113 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%571 = mul %569, %570 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%572 = broadcast %114 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%573 = add %571, %572 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%574 = slice %573 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%575 = matmul %574, %115 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%576 = broadcast %116 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%577 = add %575, %576 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%578 = reshape %577 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%579 = permute %578 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%580 = matmul %573, %117 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%581 = broadcast %118 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%582 = add %580, %581 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%583 = reshape %582 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%584 = permute %583 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%585 = matmul %573, %119 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%586 = broadcast %120 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%587 = add %585, %586 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%588 = reshape %587 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%589 = permute %588 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%590 = matmul %579, %584 ta=0 tb=1 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%591 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%592 = broadcast %591 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%593 = mul %590, %592 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%594 = reduce_max %593 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%595 = stop_gradient %594 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%596 = broadcast %595 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%597 = sub %593, %596 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%598 = exp %597 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%599 = reduce_sum %598 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%600 = broadcast %599 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%601 = div %598, %600 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%602 = matmul %601, %589 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%603 = permute %602 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%604 = reshape %603 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%605 = matmul %604, %121 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%606 = broadcast %122 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%607 = add %605, %606 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%608 = add %551, %607 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%609 = reduce_sum %608 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%610 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%611 = broadcast %610 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%612 = div %609, %611 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%613 = broadcast %612 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%614 = sub %608, %613 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%615 = mul %614, %614 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%616 = reduce_sum %615 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%617 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%618 = broadcast %617 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%619 = div %616, %618 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%620 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%621 = broadcast %620 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%622 = add %619, %621 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%623 = rsqrt %622 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%624 = broadcast %623 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%625 = mul %614, %624 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%626 = broadcast %123 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%627 = mul %625, %626 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%628 = broadcast %124 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%629 = add %627, %628 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%630 = matmul %629, %125 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%631 = broadcast %126 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%632 = add %630, %631 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%633 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%634 = broadcast %633 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%635 = mul %634, %632 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%636 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%637 = broadcast %636 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%638 = mul %632, %637 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%639 = erf %638 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%640 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%641 = broadcast %640 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%642 = add %641, %639 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%643 = mul %635, %642 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%644 = matmul %643, %127 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%645 = broadcast %128 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%646 = add %644, %645 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%647 = add %608, %646 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%648 = concat %647, %353 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%649 = reduce_sum %648 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%650 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%651 = broadcast %650 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%652 = div %649, %651 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%653 = broadcast %652 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%654 = sub %648, %653 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%655 = mul %654, %654 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%656 = reduce_sum %655 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%657 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%658 = broadcast %657 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%659 = div %656, %658 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%660 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%661 = broadcast %660 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%662 = add %659, %661 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%663 = rsqrt %662 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%664 = broadcast %663 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%665 = mul %654, %664 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%666 = broadcast %129 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%667 = mul %665, %666 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%668 = broadcast %130 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%669 = add %667, %668 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%670 = slice %669 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%671 = matmul %670, %131 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%672 = broadcast %132 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%673 = add %671, %672 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%674 = reshape %673 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%675 = permute %674 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%676 = matmul %669, %133 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%677 = broadcast %134 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%678 = add %676, %677 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%679 = reshape %678 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%680 = permute %679 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%681 = matmul %669, %135 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%682 = broadcast %136 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%683 = add %681, %682 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%684 = reshape %683 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%685 = permute %684 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%686 = matmul %675, %680 ta=0 tb=1 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%687 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%688 = broadcast %687 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%689 = mul %686, %688 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%690 = reduce_max %689 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%691 = stop_gradient %690 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%692 = broadcast %691 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%693 = sub %689, %692 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%694 = exp %693 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%695 = reduce_sum %694 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%696 = broadcast %695 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%697 = div %694, %696 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%698 = matmul %697, %685 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%699 = permute %698 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%700 = reshape %699 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%701 = matmul %700, %137 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%702 = broadcast %138 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%703 = add %701, %702 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%704 = add %647, %703 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%705 = reduce_sum %704 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%706 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%707 = broadcast %706 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%708 = div %705, %707 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%709 = broadcast %708 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%710 = sub %704, %709 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%711 = mul %710, %710 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%712 = reduce_sum %711 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%713 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%714 = broadcast %713 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%715 = div %712, %714 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%716 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%717 = broadcast %716 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%718 = add %715, %717 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%719 = rsqrt %718 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%720 = broadcast %719 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%721 = mul %710, %720 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%722 = broadcast %139 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%723 = mul %721, %722 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%724 = broadcast %140 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%725 = add %723, %724 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%726 = matmul %725, %141 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%727 = broadcast %142 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%728 = add %726, %727 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%729 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%730 = broadcast %729 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%731 = mul %730, %728 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%732 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%733 = broadcast %732 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%734 = mul %728, %733 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%735 = erf %734 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%736 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%737 = broadcast %736 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%738 = add %737, %735 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%739 = mul %731, %738 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%740 = matmul %739, %143 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%741 = broadcast %144 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%742 = add %740, %741 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%743 = add %704, %742 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%744 = concat %743, %550 axis=1 : f32[4,17,16] @ models/dino_pass.yaml:109:30
%745 = reduce_sum %744 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%746 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%747 = broadcast %746 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%748 = div %745, %747 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%749 = broadcast %748 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%750 = sub %744, %749 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%751 = mul %750, %750 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%752 = reduce_sum %751 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%753 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%754 = broadcast %753 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%755 = div %752, %754 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%756 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%757 = broadcast %756 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%758 = add %755, %757 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%759 = rsqrt %758 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%760 = broadcast %759 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%761 = mul %750, %760 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%762 = broadcast %145 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%763 = mul %761, %762 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%764 = broadcast %146 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%765 = add %763, %764 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%766 = slice %765 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:110:28
%767 = matmul %766, %147 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%768 = broadcast %148 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%769 = add %767, %768 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%770 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%771 = broadcast %770 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%772 = mul %771, %769 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%773 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%774 = broadcast %773 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%775 = mul %769, %774 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%776 = erf %775 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%777 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%778 = broadcast %777 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%779 = add %778, %776 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%780 = mul %772, %779 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%781 = matmul %780, %149 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%782 = broadcast %150 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%783 = add %781, %782 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%784 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%785 = broadcast %784 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%786 = mul %785, %783 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%787 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%788 = broadcast %787 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%789 = mul %783, %788 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%790 = erf %789 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%791 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%792 = broadcast %791 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%793 = add %792, %790 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%794 = mul %786, %793 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%795 = matmul %794, %151 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%796 = broadcast %152 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%797 = add %795, %796 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%798 = mul %797, %797 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%799 = reduce_sum %798 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%800 = sqrt %799 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%801 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%802 = cast %801 : f32[] @ models/lib/nn.yaml:33:61
%803 = broadcast %802 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%804 = max %800, %803 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%805 = broadcast %804 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%806 = div %797, %805 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%807 = broadcast %153 : f32[32,8] @ models/lib/dino.yaml:22:22
%808 = mul %807, %154 : f32[32,8] @ models/lib/dino.yaml:22:22
%809 = mul %154, %154 : f32[32,8] @ models/lib/dino.yaml:22:53
%810 = reduce_sum %809 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%811 = sqrt %810 : f32[32,1] @ models/lib/dino.yaml:22:35
%812 = broadcast %811 : f32[32,8] @ models/lib/dino.yaml:22:33
%813 = div %808, %812 : f32[32,8] @ models/lib/dino.yaml:22:33
%814 = matmul %806, %813 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%815 = slice %765 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/dino_pass.yaml:110:46
%816 = matmul %815, %155 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%817 = broadcast %156 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%818 = add %816, %817 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%819 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%820 = broadcast %819 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%821 = mul %820, %818 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%822 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%823 = broadcast %822 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%824 = mul %818, %823 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%825 = erf %824 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%826 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%827 = broadcast %826 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%828 = add %827, %825 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%829 = mul %821, %828 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%830 = matmul %829, %157 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%831 = broadcast %158 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%832 = add %830, %831 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%833 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%834 = broadcast %833 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%835 = mul %834, %832 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%836 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%837 = broadcast %836 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%838 = mul %832, %837 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%839 = erf %838 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%840 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%841 = broadcast %840 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%842 = add %841, %839 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%843 = mul %835, %842 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%844 = matmul %843, %159 ta=0 tb=1 : f32[4,16,8] @ models/lib/nn.yaml:83:15
%845 = broadcast %160 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%846 = add %844, %845 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%847 = mul %846, %846 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%848 = reduce_sum %847 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%849 = sqrt %848 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%850 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%851 = cast %850 : f32[] @ models/lib/nn.yaml:33:61
%852 = broadcast %851 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%853 = max %849, %852 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%854 = broadcast %853 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%855 = div %846, %854 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%856 = broadcast %161 : f32[16,8] @ models/lib/dino.yaml:22:22
%857 = mul %856, %162 : f32[16,8] @ models/lib/dino.yaml:22:22
%858 = mul %162, %162 : f32[16,8] @ models/lib/dino.yaml:22:53
%859 = reduce_sum %858 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%860 = sqrt %859 : f32[16,1] @ models/lib/dino.yaml:22:35
%861 = broadcast %860 : f32[16,8] @ models/lib/dino.yaml:22:33
%862 = div %857, %861 : f32[16,8] @ models/lib/dino.yaml:22:33
%863 = matmul %855, %862 ta=0 tb=1 : f32[4,16,16] @ models/lib/dino.yaml:23:18
%864 = slice %814 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%865 = slice %814 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%866 = slice %863 lo=[0,0,0] hi=[2,16,16] : f32[2,16,16] @ models/dino_pass.yaml:131:27
%867 = slice %863 lo=[2,0,0] hi=[4,16,16] : f32[2,16,16] @ models/dino_pass.yaml:131:27
%868 = reshape %6 : f32[4,3,3,4,3,4] @ models/lib/vit.yaml:15:21
%869 = permute %868 perm=[0,2,4,1,3,5] : f32[4,3,3,3,4,4] @ models/lib/vit.yaml:15:13
%870 = reshape %869 : f32[4,9,48] @ models/lib/vit.yaml:16:13
%871 = reshape %86 : f32[16,48] @ models/lib/vit.yaml:17:20
%872 = matmul %870, %871 ta=0 tb=1 : f32[4,9,16] @ models/lib/vit.yaml:17:18
%873 = broadcast %87 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%874 = add %872, %873 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%875 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%876 = reshape %85 : f32[4,64] @ models/lib/vit.yaml:32:17
%877 = matmul %875, %876 ta=0 tb=0 : f32[3,64] @ models/lib/vit.yaml:32:15
%878 = reshape %877 : f32[3,4,16] @ models/lib/vit.yaml:33:21
%879 = permute %878 perm=[1,0,2] : f32[4,3,16] @ models/lib/vit.yaml:33:13
%880 = reshape %879 : f32[4,48] @ models/lib/vit.yaml:34:17
%881 = matmul %875, %880 ta=0 tb=0 : f32[3,48] @ models/lib/vit.yaml:34:15
%882 = reshape %881 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%883 = permute %882 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%884 = reshape %883 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%885 = broadcast %884 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%886 = add %874, %885 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%887 = reduce_sum %886 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%888 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%889 = broadcast %888 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%890 = div %887, %889 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%891 = broadcast %890 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%892 = sub %886, %891 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%893 = mul %892, %892 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%894 = reduce_sum %893 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%895 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%896 = broadcast %895 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%897 = div %894, %896 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%898 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%899 = broadcast %898 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%900 = add %897, %899 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%901 = rsqrt %900 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%902 = broadcast %901 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%903 = mul %892, %902 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%904 = broadcast %88 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%905 = mul %903, %904 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%906 = broadcast %89 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%907 = add %905, %906 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%908 = matmul %907, %90 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%909 = broadcast %91 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%910 = add %908, %909 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%911 = reshape %910 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%912 = permute %911 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%913 = slice %912 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%914 = reshape %913 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%915 = slice %912 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%916 = reshape %915 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%917 = slice %912 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%918 = reshape %917 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%919 = matmul %914, %916 ta=0 tb=1 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%920 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%921 = broadcast %920 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%922 = mul %919, %921 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%923 = reduce_max %922 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%924 = stop_gradient %923 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%925 = broadcast %924 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%926 = sub %922, %925 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%927 = exp %926 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%928 = reduce_sum %927 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%929 = broadcast %928 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%930 = div %927, %929 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%931 = matmul %930, %918 ta=0 tb=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%932 = permute %931 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%933 = reshape %932 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%934 = matmul %933, %92 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%935 = broadcast %93 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%936 = add %934, %935 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%937 = add %886, %936 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%938 = reduce_sum %937 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%939 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%940 = broadcast %939 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%941 = div %938, %940 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%942 = broadcast %941 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%943 = sub %937, %942 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%944 = mul %943, %943 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%945 = reduce_sum %944 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%946 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%947 = broadcast %946 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%948 = div %945, %947 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%949 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%950 = broadcast %949 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%951 = add %948, %950 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%952 = rsqrt %951 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%953 = broadcast %952 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%954 = mul %943, %953 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%955 = broadcast %94 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%956 = mul %954, %955 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%957 = broadcast %95 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%958 = add %956, %957 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%959 = matmul %958, %96 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%960 = broadcast %97 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%961 = add %959, %960 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%962 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%963 = broadcast %962 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%964 = mul %963, %961 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%965 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%966 = broadcast %965 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%967 = mul %961, %966 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%968 = erf %967 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%969 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%970 = broadcast %969 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%971 = add %970, %968 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%972 = mul %964, %971 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%973 = matmul %972, %98 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%974 = broadcast %99 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%975 = add %973, %974 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%976 = add %937, %975 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%977 = reduce_sum %976 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%978 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%979 = broadcast %978 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%980 = div %977, %979 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%981 = broadcast %980 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%982 = sub %976, %981 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%983 = mul %982, %982 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%984 = reduce_sum %983 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%985 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%986 = broadcast %985 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%987 = div %984, %986 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%988 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%989 = broadcast %988 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%990 = add %987, %989 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%991 = rsqrt %990 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%992 = broadcast %991 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%993 = mul %982, %992 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%994 = broadcast %100 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%995 = mul %993, %994 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%996 = broadcast %101 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%997 = add %995, %996 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%998 = matmul %997, %102 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%999 = broadcast %103 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1000 = add %998, %999 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1001 = reshape %1000 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1002 = permute %1001 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1003 = slice %1002 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1004 = reshape %1003 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%1005 = slice %1002 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1006 = reshape %1005 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%1007 = slice %1002 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1008 = reshape %1007 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%1009 = matmul %1004, %1006 ta=0 tb=1 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1010 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1011 = broadcast %1010 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1012 = mul %1009, %1011 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1013 = reduce_max %1012 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1014 = stop_gradient %1013 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1015 = broadcast %1014 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1016 = sub %1012, %1015 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1017 = exp %1016 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1018 = reduce_sum %1017 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1019 = broadcast %1018 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1020 = div %1017, %1019 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1021 = matmul %1020, %1008 ta=0 tb=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1022 = permute %1021 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%1023 = reshape %1022 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%1024 = matmul %1023, %104 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%1025 = broadcast %105 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1026 = add %1024, %1025 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1027 = add %976, %1026 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1028 = reduce_sum %1027 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1029 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1030 = broadcast %1029 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1031 = div %1028, %1030 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1032 = broadcast %1031 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1033 = sub %1027, %1032 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1034 = mul %1033, %1033 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1035 = reduce_sum %1034 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1036 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1037 = broadcast %1036 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1038 = div %1035, %1037 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1039 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1040 = broadcast %1039 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1041 = add %1038, %1040 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1042 = rsqrt %1041 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1043 = broadcast %1042 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1044 = mul %1033, %1043 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1045 = broadcast %106 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1046 = mul %1044, %1045 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1047 = broadcast %107 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1048 = add %1046, %1047 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1049 = matmul %1048, %108 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%1050 = broadcast %109 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1051 = add %1049, %1050 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1052 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1053 = broadcast %1052 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1054 = mul %1053, %1051 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1055 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1056 = broadcast %1055 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1057 = mul %1051, %1056 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1058 = erf %1057 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1059 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1060 = broadcast %1059 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1061 = add %1060, %1058 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1062 = mul %1054, %1061 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1063 = matmul %1062, %110 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%1064 = broadcast %111 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1065 = add %1063, %1064 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1066 = add %1027, %1065 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1067 = grid_neighbors n=3 size=3 : i32[9,8] @ models/dino_pass.yaml:61:16
%1068 = neighbor_topk_gather %1066, %1067 k=2 : f32[4,9,2,16] @ models/dino_pass.yaml:77:16
%1069 = reshape %1068 : f32[36,2,16] @ models/dino_pass.yaml:87:23
%1070 = broadcast %112 : f32[36,1,16] @ models/lib/vit.yaml:116:31
%1071 = concat %1070, %1069 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1072 = reduce_sum %1071 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1073 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1074 = broadcast %1073 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1075 = div %1072, %1074 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1076 = broadcast %1075 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1077 = sub %1071, %1076 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1078 = mul %1077, %1077 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1079 = reduce_sum %1078 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1080 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1081 = broadcast %1080 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1082 = div %1079, %1081 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1083 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1084 = broadcast %1083 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1085 = add %1082, %1084 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1086 = rsqrt %1085 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1087 = broadcast %1086 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1088 = mul %1077, %1087 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1089 = broadcast %113 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1090 = mul %1088, %1089 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1091 = broadcast %114 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1092 = add %1090, %1091 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1093 = slice %1092 lo=[0,0,0] hi=[36,1,16] : f32[36,1,16] @ models/lib/vit.yaml:78:33
%1094 = matmul %1093, %115 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1095 = broadcast %116 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1096 = add %1094, %1095 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1097 = reshape %1096 : f32[36,1,2,8] @ models/lib/vit.yaml:78:22
%1098 = permute %1097 perm=[0,2,1,3] : f32[36,2,1,8] @ models/lib/vit.yaml:78:14
%1099 = matmul %1092, %117 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1100 = broadcast %118 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1101 = add %1099, %1100 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1102 = reshape %1101 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1103 = permute %1102 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1104 = matmul %1092, %119 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1105 = broadcast %120 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1106 = add %1104, %1105 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1107 = reshape %1106 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1108 = permute %1107 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1109 = matmul %1098, %1103 ta=0 tb=1 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1110 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1111 = broadcast %1110 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1112 = mul %1109, %1111 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1113 = reduce_max %1112 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1114 = stop_gradient %1113 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1115 = broadcast %1114 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1116 = sub %1112, %1115 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1117 = exp %1116 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1118 = reduce_sum %1117 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1119 = broadcast %1118 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1120 = div %1117, %1119 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1121 = matmul %1120, %1108 ta=0 tb=0 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1122 = permute %1121 perm=[0,2,1,3] : f32[36,1,2,8] @ models/lib/nn.yaml:56:13
%1123 = reshape %1122 : f32[36,1,16] @ models/lib/nn.yaml:57:16
%1124 = matmul %1123, %121 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1125 = broadcast %122 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1126 = add %1124, %1125 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1127 = add %1070, %1126 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1128 = reduce_sum %1127 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1129 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1130 = broadcast %1129 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1131 = div %1128, %1130 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1132 = broadcast %1131 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1133 = sub %1127, %1132 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1134 = mul %1133, %1133 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1135 = reduce_sum %1134 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1136 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1137 = broadcast %1136 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1138 = div %1135, %1137 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1139 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1140 = broadcast %1139 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1141 = add %1138, %1140 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1142 = rsqrt %1141 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1143 = broadcast %1142 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1144 = mul %1133, %1143 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1145 = broadcast %123 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1146 = mul %1144, %1145 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1147 = broadcast %124 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1148 = add %1146, %1147 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1149 = matmul %1148, %125 ta=0 tb=1 : f32[36,1,64] @ models/lib/nn.yaml:83:15
%1150 = broadcast %126 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1151 = add %1149, %1150 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1152 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1153 = broadcast %1152 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1154 = mul %1153, %1151 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1155 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1156 = broadcast %1155 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1157 = mul %1151, %1156 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1158 = erf %1157 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1159 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1160 = broadcast %1159 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1161 = add %1160, %1158 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1162 = mul %1154, %1161 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1163 = matmul %1162, %127 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1164 = broadcast %128 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1165 = add %1163, %1164 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1166 = add %1127, %1165 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1167 = concat %1166, %1069 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1168 = reduce_sum %1167 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1169 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1170 = broadcast %1169 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1171 = div %1168, %1170 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1172 = broadcast %1171 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1173 = sub %1167, %1172 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1174 = mul %1173, %1173 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1175 = reduce_sum %1174 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1176 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1177 = broadcast %1176 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1178 = div %1175, %1177 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1179 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1180 = broadcast %1179 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1181 = add %1178, %1180 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1182 = rsqrt %1181 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1183 = broadcast %1182 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1184 = mul %1173, %1183 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1185 = broadcast %129 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1186 = mul %1184, %1185 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1187 = broadcast %130 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1188 = add %1186, %1187 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1189 = slice %1188 lo=[0,0,0] hi=[36,1,16] : f32[36,1,16] @ models/lib/vit.yaml:78:33
%1190 = matmul %1189, %131 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1191 = broadcast %132 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1192 = add %1190, %1191 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1193 = reshape %1192 : f32[36,1,2,8] @ models/lib/vit.yaml:78:22
%1194 = permute %1193 perm=[0,2,1,3] : f32[36,2,1,8] @ models/lib/vit.yaml:78:14
%1195 = matmul %1188, %133 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1196 = broadcast %134 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1197 = add %1195, %1196 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1198 = reshape %1197 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1199 = permute %1198 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1200 = matmul %1188, %135 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1201 = broadcast %136 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1202 = add %1200, %1201 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1203 = reshape %1202 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1204 = permute %1203 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1205 = matmul %1194, %1199 ta=0 tb=1 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1206 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1207 = broadcast %1206 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1208 = mul %1205, %1207 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1209 = reduce_max %1208 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1210 = stop_gradient %1209 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1211 = broadcast %1210 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1212 = sub %1208, %1211 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1213 = exp %1212 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1214 = reduce_sum %1213 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1215 = broadcast %1214 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1216 = div %1213, %1215 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1217 = matmul %1216, %1204 ta=0 tb=0 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1218 = permute %1217 perm=[0,2,1,3] : f32[36,1,2,8] @ models/lib/nn.yaml:56:13
%1219 = reshape %1218 : f32[36,1,16] @ models/lib/nn.yaml:57:16
%1220 = matmul %1219, %137 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1221 = broadcast %138 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1222 = add %1220, %1221 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1223 = add %1166, %1222 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1224 = reduce_sum %1223 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1225 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1226 = broadcast %1225 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1227 = div %1224, %1226 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1228 = broadcast %1227 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1229 = sub %1223, %1228 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1230 = mul %1229, %1229 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1231 = reduce_sum %1230 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1232 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1233 = broadcast %1232 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1234 = div %1231, %1233 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1235 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1236 = broadcast %1235 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1237 = add %1234, %1236 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1238 = rsqrt %1237 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1239 = broadcast %1238 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1240 = mul %1229, %1239 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1241 = broadcast %139 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1242 = mul %1240, %1241 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1243 = broadcast %140 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1244 = add %1242, %1243 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1245 = matmul %1244, %141 ta=0 tb=1 : f32[36,1,64] @ models/lib/nn.yaml:83:15
%1246 = broadcast %142 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1247 = add %1245, %1246 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1248 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1249 = broadcast %1248 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1250 = mul %1249, %1247 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1251 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1252 = broadcast %1251 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1253 = mul %1247, %1252 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1254 = erf %1253 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1255 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1256 = broadcast %1255 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1257 = add %1256, %1254 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1258 = mul %1250, %1257 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1259 = matmul %1258, %143 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1260 = broadcast %144 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1261 = add %1259, %1260 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1262 = add %1223, %1261 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1263 = reshape %1262 : f32[4,9,16] @ models/dino_pass.yaml:88:16
%1264 = broadcast %112 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%1265 = concat %1264, %1066 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%1266 = reduce_sum %1265 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1267 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1268 = broadcast %1267 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1269 = div %1266, %1268 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1270 = broadcast %1269 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1271 = sub %1265, %1270 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1272 = mul %1271, %1271 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1273 = reduce_sum %1272 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1274 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1275 = broadcast %1274 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1276 = div %1273, %1275 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1277 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1278 = broadcast %1277 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1279 = add %1276, %1278 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1280 = rsqrt %1279 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1281 = broadcast %1280 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1282 = mul %1271, %1281 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1283 = broadcast %113 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1284 = mul %1282, %1283 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1285 = broadcast %114 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1286 = add %1284, %1285 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1287 = slice %1286 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1288 = matmul %1287, %115 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1289 = broadcast %116 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1290 = add %1288, %1289 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1291 = reshape %1290 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1292 = permute %1291 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1293 = matmul %1286, %117 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1294 = broadcast %118 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1295 = add %1293, %1294 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1296 = reshape %1295 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%1297 = permute %1296 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%1298 = matmul %1286, %119 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1299 = broadcast %120 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1300 = add %1298, %1299 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1301 = reshape %1300 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%1302 = permute %1301 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%1303 = matmul %1292, %1297 ta=0 tb=1 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1304 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1305 = broadcast %1304 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1306 = mul %1303, %1305 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1307 = reduce_max %1306 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1308 = stop_gradient %1307 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1309 = broadcast %1308 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1310 = sub %1306, %1309 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1311 = exp %1310 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1312 = reduce_sum %1311 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1313 = broadcast %1312 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1314 = div %1311, %1313 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1315 = matmul %1314, %1302 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1316 = permute %1315 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%1317 = reshape %1316 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%1318 = matmul %1317, %121 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1319 = broadcast %122 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1320 = add %1318, %1319 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1321 = add %1264, %1320 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1322 = reduce_sum %1321 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1323 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1324 = broadcast %1323 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1325 = div %1322, %1324 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1326 = broadcast %1325 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1327 = sub %1321, %1326 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1328 = mul %1327, %1327 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1329 = reduce_sum %1328 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1330 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1331 = broadcast %1330 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1332 = div %1329, %1331 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1333 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1334 = broadcast %1333 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1335 = add %1332, %1334 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1336 = rsqrt %1335 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1337 = broadcast %1336 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1338 = mul %1327, %1337 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1339 = broadcast %123 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1340 = mul %1338, %1339 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1341 = broadcast %124 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1342 = add %1340, %1341 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1343 = matmul %1342, %125 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1344 = broadcast %126 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1345 = add %1343, %1344 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1346 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1347 = broadcast %1346 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1348 = mul %1347, %1345 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1349 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1350 = broadcast %1349 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1351 = mul %1345, %1350 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1352 = erf %1351 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1353 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1354 = broadcast %1353 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1355 = add %1354, %1352 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1356 = mul %1348, %1355 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1357 = matmul %1356, %127 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1358 = broadcast %128 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1359 = add %1357, %1358 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1360 = add %1321, %1359 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1361 = concat %1360, %1066 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%1362 = reduce_sum %1361 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1363 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1364 = broadcast %1363 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1365 = div %1362, %1364 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1366 = broadcast %1365 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1367 = sub %1361, %1366 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1368 = mul %1367, %1367 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1369 = reduce_sum %1368 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1370 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1371 = broadcast %1370 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1372 = div %1369, %1371 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1373 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1374 = broadcast %1373 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1375 = add %1372, %1374 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1376 = rsqrt %1375 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1377 = broadcast %1376 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1378 = mul %1367, %1377 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1379 = broadcast %129 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1380 = mul %1378, %1379 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1381 = broadcast %130 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1382 = add %1380, %1381 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1383 = slice %1382 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1384 = matmul %1383, %131 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1385 = broadcast %132 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1386 = add %1384, %1385 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1387 = reshape %1386 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1388 = permute %1387 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1389 = matmul %1382, %133 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1390 = broadcast %134 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1391 = add %1389, %1390 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1392 = reshape %1391 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%1393 = permute %1392 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%1394 = matmul %1382, %135 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1395 = broadcast %136 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1396 = add %1394, %1395 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1397 = reshape %1396 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%1398 = permute %1397 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%1399 = matmul %1388, %1393 ta=0 tb=1 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1400 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1401 = broadcast %1400 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1402 = mul %1399, %1401 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1403 = reduce_max %1402 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1404 = stop_gradient %1403 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1405 = broadcast %1404 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1406 = sub %1402, %1405 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1407 = exp %1406 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1408 = reduce_sum %1407 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1409 = broadcast %1408 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1410 = div %1407, %1409 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1411 = matmul %1410, %1398 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1412 = permute %1411 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%1413 = reshape %1412 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%1414 = matmul %1413, %137 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1415 = broadcast %138 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1416 = add %1414, %1415 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1417 = add %1360, %1416 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1418 = reduce_sum %1417 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1419 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1420 = broadcast %1419 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1421 = div %1418, %1420 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1422 = broadcast %1421 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1423 = sub %1417, %1422 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1424 = mul %1423, %1423 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1425 = reduce_sum %1424 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1426 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1427 = broadcast %1426 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1428 = div %1425, %1427 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1429 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1430 = broadcast %1429 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1431 = add %1428, %1430 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1432 = rsqrt %1431 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1433 = broadcast %1432 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1434 = mul %1423, %1433 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1435 = broadcast %139 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1436 = mul %1434, %1435 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1437 = broadcast %140 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1438 = add %1436, %1437 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1439 = matmul %1438, %141 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1440 = broadcast %142 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1441 = add %1439, %1440 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1442 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1443 = broadcast %1442 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1444 = mul %1443, %1441 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1445 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1446 = broadcast %1445 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1447 = mul %1441, %1446 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1448 = erf %1447 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1449 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1450 = broadcast %1449 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1451 = add %1450, %1448 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1452 = mul %1444, %1451 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1453 = matmul %1452, %143 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1454 = broadcast %144 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1455 = add %1453, %1454 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1456 = add %1417, %1455 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1457 = concat %1456, %1263 axis=1 : f32[4,10,16] @ models/dino_pass.yaml:109:30
%1458 = reduce_sum %1457 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1459 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1460 = broadcast %1459 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1461 = div %1458, %1460 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1462 = broadcast %1461 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1463 = sub %1457, %1462 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1464 = mul %1463, %1463 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1465 = reduce_sum %1464 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1466 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1467 = broadcast %1466 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1468 = div %1465, %1467 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1469 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1470 = broadcast %1469 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1471 = add %1468, %1470 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1472 = rsqrt %1471 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1473 = broadcast %1472 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1474 = mul %1463, %1473 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1475 = broadcast %145 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1476 = mul %1474, %1475 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1477 = broadcast %146 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1478 = add %1476, %1477 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1479 = slice %1478 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:110:28
%1480 = matmul %1479, %147 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%1481 = broadcast %148 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1482 = add %1480, %1481 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1483 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1484 = broadcast %1483 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1485 = mul %1484, %1482 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1486 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1487 = broadcast %1486 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1488 = mul %1482, %1487 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1489 = erf %1488 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1490 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1491 = broadcast %1490 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1492 = add %1491, %1489 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1493 = mul %1485, %1492 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1494 = matmul %1493, %149 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%1495 = broadcast %150 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1496 = add %1494, %1495 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1497 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1498 = broadcast %1497 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1499 = mul %1498, %1496 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1500 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1501 = broadcast %1500 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1502 = mul %1496, %1501 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1503 = erf %1502 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1504 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1505 = broadcast %1504 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1506 = add %1505, %1503 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1507 = mul %1499, %1506 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1508 = matmul %1507, %151 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%1509 = broadcast %152 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1510 = add %1508, %1509 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1511 = mul %1510, %1510 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%1512 = reduce_sum %1511 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1513 = sqrt %1512 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1514 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1515 = cast %1514 : f32[] @ models/lib/nn.yaml:33:61
%1516 = broadcast %1515 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1517 = max %1513, %1516 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1518 = broadcast %1517 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1519 = div %1510, %1518 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1520 = broadcast %153 : f32[32,8] @ models/lib/dino.yaml:22:22
%1521 = mul %1520, %154 : f32[32,8] @ models/lib/dino.yaml:22:22
%1522 = mul %154, %154 : f32[32,8] @ models/lib/dino.yaml:22:53
%1523 = reduce_sum %1522 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%1524 = sqrt %1523 : f32[32,1] @ models/lib/dino.yaml:22:35
%1525 = broadcast %1524 : f32[32,8] @ models/lib/dino.yaml:22:33
%1526 = div %1521, %1525 : f32[32,8] @ models/lib/dino.yaml:22:33
%1527 = matmul %1519, %1526 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%1528 = slice %1478 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/dino_pass.yaml:110:46
%1529 = matmul %1528, %155 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%1530 = broadcast %156 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1531 = add %1529, %1530 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1532 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1533 = broadcast %1532 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1534 = mul %1533, %1531 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1535 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1536 = broadcast %1535 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1537 = mul %1531, %1536 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1538 = erf %1537 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%1539 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1540 = broadcast %1539 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1541 = add %1540, %1538 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1542 = mul %1534, %1541 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%1543 = matmul %1542, %157 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%1544 = broadcast %158 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1545 = add %1543, %1544 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1546 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1547 = broadcast %1546 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1548 = mul %1547, %1545 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1549 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1550 = broadcast %1549 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1551 = mul %1545, %1550 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1552 = erf %1551 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%1553 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1554 = broadcast %1553 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1555 = add %1554, %1552 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1556 = mul %1548, %1555 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%1557 = matmul %1556, %159 ta=0 tb=1 : f32[4,9,8] @ models/lib/nn.yaml:83:15
%1558 = broadcast %160 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%1559 = add %1557, %1558 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%1560 = mul %1559, %1559 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%1561 = reduce_sum %1560 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%1562 = sqrt %1561 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%1563 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1564 = cast %1563 : f32[] @ models/lib/nn.yaml:33:61
%1565 = broadcast %1564 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1566 = max %1562, %1565 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1567 = broadcast %1566 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%1568 = div %1559, %1567 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%1569 = broadcast %161 : f32[16,8] @ models/lib/dino.yaml:22:22
%1570 = mul %1569, %162 : f32[16,8] @ models/lib/dino.yaml:22:22
%1571 = mul %162, %162 : f32[16,8] @ models/lib/dino.yaml:22:53
%1572 = reduce_sum %1571 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%1573 = sqrt %1572 : f32[16,1] @ models/lib/dino.yaml:22:35
%1574 = broadcast %1573 : f32[16,8] @ models/lib/dino.yaml:22:33
%1575 = div %1570, %1574 : f32[16,8] @ models/lib/dino.yaml:22:33
%1576 = matmul %1568, %1575 ta=0 tb=1 : f32[4,9,16] @ models/lib/dino.yaml:23:18
%1577 = slice %1527 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1578 = slice %1527 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1579 = slice %1576 lo=[0,0,0] hi=[2,9,16] : f32[2,9,16] @ models/dino_pass.yaml:131:27
%1580 = slice %1576 lo=[2,0,0] hi=[4,9,16] : f32[2,9,16] @ models/dino_pass.yaml:131:27
%1581 = reshape %5 : f32[4,3,4,4,4,4] @ models/lib/vit.yaml:15:21
%1582 = permute %1581 perm=[0,2,4,1,3,5] : f32[4,4,4,3,4,4] @ models/lib/vit.yaml:15:13
%1583 = reshape %1582 : f32[4,16,48] @ models/lib/vit.yaml:16:13
%1584 = reshape %8 : f32[16,48] @ models/lib/vit.yaml:17:20
%1585 = matmul %1583, %1584 ta=0 tb=1 : f32[4,16,16] @ models/lib/vit.yaml:17:18
%1586 = broadcast %9 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%1587 = add %1585, %1586 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%1588 = broadcast %7 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%1589 = add %1587, %1588 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%1590 = reduce_sum %1589 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1591 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1592 = broadcast %1591 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1593 = div %1590, %1592 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1594 = broadcast %1593 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1595 = sub %1589, %1594 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1596 = mul %1595, %1595 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%1597 = reduce_sum %1596 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1598 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1599 = broadcast %1598 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1600 = div %1597, %1599 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1601 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1602 = broadcast %1601 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1603 = add %1600, %1602 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1604 = rsqrt %1603 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1605 = broadcast %1604 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1606 = mul %1595, %1605 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1607 = broadcast %10 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1608 = mul %1606, %1607 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1609 = broadcast %11 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1610 = add %1608, %1609 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1611 = matmul %1610, %12 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%1612 = broadcast %13 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%1613 = add %1611, %1612 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%1614 = reshape %1613 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%1615 = permute %1614 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%1616 = slice %1615 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%1617 = reshape %1616 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%1618 = slice %1615 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%1619 = reshape %1618 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%1620 = slice %1615 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%1621 = reshape %1620 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%1622 = matmul %1617, %1619 ta=0 tb=1 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1623 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1624 = broadcast %1623 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1625 = mul %1622, %1624 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1626 = reduce_max %1625 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%1627 = stop_gradient %1626 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%1628 = broadcast %1627 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1629 = sub %1625, %1628 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1630 = exp %1629 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1631 = reduce_sum %1630 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%1632 = broadcast %1631 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1633 = div %1630, %1632 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1634 = matmul %1633, %1621 ta=0 tb=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%1635 = permute %1634 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%1636 = reshape %1635 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%1637 = matmul %1636, %14 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%1638 = broadcast %15 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1639 = add %1637, %1638 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1640 = add %1589, %1639 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%1641 = reduce_sum %1640 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1642 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1643 = broadcast %1642 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1644 = div %1641, %1643 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1645 = broadcast %1644 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1646 = sub %1640, %1645 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1647 = mul %1646, %1646 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%1648 = reduce_sum %1647 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1649 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1650 = broadcast %1649 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1651 = div %1648, %1650 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1652 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1653 = broadcast %1652 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1654 = add %1651, %1653 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1655 = rsqrt %1654 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1656 = broadcast %1655 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1657 = mul %1646, %1656 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1658 = broadcast %16 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1659 = mul %1657, %1658 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1660 = broadcast %17 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1661 = add %1659, %1660 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1662 = matmul %1661, %18 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%1663 = broadcast %19 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1664 = add %1662, %1663 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1665 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1666 = broadcast %1665 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%1667 = mul %1666, %1664 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%1668 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1669 = broadcast %1668 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%1670 = mul %1664, %1669 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%1671 = erf %1670 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%1672 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1673 = broadcast %1672 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%1674 = add %1673, %1671 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%1675 = mul %1667, %1674 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%1676 = matmul %1675, %20 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%1677 = broadcast %21 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1678 = add %1676, %1677 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1679 = add %1640, %1678 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%1680 = reduce_sum %1679 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1681 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1682 = broadcast %1681 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1683 = div %1680, %1682 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1684 = broadcast %1683 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1685 = sub %1679, %1684 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1686 = mul %1685, %1685 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%1687 = reduce_sum %1686 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1688 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1689 = broadcast %1688 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1690 = div %1687, %1689 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1691 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1692 = broadcast %1691 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1693 = add %1690, %1692 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1694 = rsqrt %1693 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1695 = broadcast %1694 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1696 = mul %1685, %1695 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1697 = broadcast %22 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1698 = mul %1696, %1697 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1699 = broadcast %23 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1700 = add %1698, %1699 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1701 = matmul %1700, %24 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%1702 = broadcast %25 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%1703 = add %1701, %1702 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%1704 = reshape %1703 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%1705 = permute %1704 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%1706 = slice %1705 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%1707 = reshape %1706 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%1708 = slice %1705 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%1709 = reshape %1708 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%1710 = slice %1705 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%1711 = reshape %1710 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%1712 = matmul %1707, %1709 ta=0 tb=1 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1713 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1714 = broadcast %1713 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1715 = mul %1712, %1714 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1716 = reduce_max %1715 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%1717 = stop_gradient %1716 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%1718 = broadcast %1717 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1719 = sub %1715, %1718 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1720 = exp %1719 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1721 = reduce_sum %1720 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%1722 = broadcast %1721 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1723 = div %1720, %1722 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1724 = matmul %1723, %1711 ta=0 tb=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%1725 = permute %1724 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%1726 = reshape %1725 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%1727 = matmul %1726, %26 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%1728 = broadcast %27 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1729 = add %1727, %1728 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1730 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%1731 = broadcast %1730 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%1732 = div %1729, %1731 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%1733 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%1734 = rand_uniform %1733 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%1735 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%1736 = broadcast %1735 : f32[4] @ models/lib/nn.yaml:44:35
%1737 = add %1736, %1734 : f32[4] @ models/lib/nn.yaml:44:35
%1738 = floor %1737 : f32[4] @ models/lib/nn.yaml:44:24
%1739 = reshape %1738 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1740 = broadcast %1739 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%1741 = mul %1732, %1740 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%1742 = add %1679, %1741 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%1743 = reduce_sum %1742 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1744 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1745 = broadcast %1744 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1746 = div %1743, %1745 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1747 = broadcast %1746 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1748 = sub %1742, %1747 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1749 = mul %1748, %1748 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%1750 = reduce_sum %1749 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1751 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1752 = broadcast %1751 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1753 = div %1750, %1752 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1754 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1755 = broadcast %1754 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1756 = add %1753, %1755 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1757 = rsqrt %1756 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1758 = broadcast %1757 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1759 = mul %1748, %1758 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1760 = broadcast %28 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1761 = mul %1759, %1760 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1762 = broadcast %29 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1763 = add %1761, %1762 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1764 = matmul %1763, %30 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%1765 = broadcast %31 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1766 = add %1764, %1765 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1767 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1768 = broadcast %1767 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%1769 = mul %1768, %1766 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%1770 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1771 = broadcast %1770 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%1772 = mul %1766, %1771 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%1773 = erf %1772 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%1774 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1775 = broadcast %1774 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%1776 = add %1775, %1773 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%1777 = mul %1769, %1776 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%1778 = matmul %1777, %32 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%1779 = broadcast %33 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1780 = add %1778, %1779 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1781 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%1782 = broadcast %1781 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%1783 = div %1780, %1782 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%1784 = rand_uniform %1733 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%1785 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%1786 = broadcast %1785 : f32[4] @ models/lib/nn.yaml:44:35
%1787 = add %1786, %1784 : f32[4] @ models/lib/nn.yaml:44:35
%1788 = floor %1787 : f32[4] @ models/lib/nn.yaml:44:24
%1789 = reshape %1788 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1790 = broadcast %1789 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%1791 = mul %1783, %1790 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%1792 = add %1742, %1791 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%1793 = broadcast %34 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%1794 = concat %1793, %1792 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%1795 = reduce_sum %1794 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1796 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1797 = broadcast %1796 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1798 = div %1795, %1797 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1799 = broadcast %1798 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1800 = sub %1794, %1799 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1801 = mul %1800, %1800 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1802 = reduce_sum %1801 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1803 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1804 = broadcast %1803 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1805 = div %1802, %1804 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1806 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1807 = broadcast %1806 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1808 = add %1805, %1807 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1809 = rsqrt %1808 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1810 = broadcast %1809 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1811 = mul %1800, %1810 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1812 = broadcast %35 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1813 = mul %1811, %1812 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1814 = broadcast %36 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1815 = add %1813, %1814 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1816 = slice %1815 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1817 = matmul %1816, %37 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1818 = broadcast %38 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1819 = add %1817, %1818 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1820 = reshape %1819 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1821 = permute %1820 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1822 = matmul %1815, %39 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1823 = broadcast %40 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1824 = add %1822, %1823 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1825 = reshape %1824 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1826 = permute %1825 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%1827 = matmul %1815, %41 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1828 = broadcast %42 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1829 = add %1827, %1828 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1830 = reshape %1829 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%1831 = permute %1830 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%1832 = matmul %1821, %1826 ta=0 tb=1 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1833 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1834 = broadcast %1833 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1835 = mul %1832, %1834 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1836 = reduce_max %1835 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1837 = stop_gradient %1836 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1838 = broadcast %1837 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1839 = sub %1835, %1838 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1840 = exp %1839 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1841 = reduce_sum %1840 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1842 = broadcast %1841 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1843 = div %1840, %1842 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1844 = matmul %1843, %1831 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1845 = permute %1844 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%1846 = reshape %1845 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%1847 = matmul %1846, %43 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1848 = broadcast %44 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1849 = add %1847, %1848 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1850 = add %1793, %1849 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1851 = reduce_sum %1850 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1852 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1853 = broadcast %1852 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1854 = div %1851, %1853 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1855 = broadcast %1854 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1856 = sub %1850, %1855 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1857 = mul %1856, %1856 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1858 = reduce_sum %1857 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1859 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1860 = broadcast %1859 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1861 = div %1858, %1860 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1862 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1863 = broadcast %1862 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1864 = add %1861, %1863 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1865 = rsqrt %1864 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1866 = broadcast %1865 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1867 = mul %1856, %1866 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1868 = broadcast %45 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1869 = mul %1867, %1868 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1870 = broadcast %46 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1871 = add %1869, %1870 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1872 = matmul %1871, %47 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1873 = broadcast %48 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1874 = add %1872, %1873 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1875 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1876 = broadcast %1875 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1877 = mul %1876, %1874 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1878 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1879 = broadcast %1878 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1880 = mul %1874, %1879 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1881 = erf %1880 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1882 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1883 = broadcast %1882 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1884 = add %1883, %1881 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1885 = mul %1877, %1884 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1886 = matmul %1885, %49 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1887 = broadcast %50 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1888 = add %1886, %1887 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1889 = add %1850, %1888 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1890 = concat %1889, %1792 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%1891 = reduce_sum %1890 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1892 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1893 = broadcast %1892 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1894 = div %1891, %1893 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1895 = broadcast %1894 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1896 = sub %1890, %1895 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1897 = mul %1896, %1896 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1898 = reduce_sum %1897 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1899 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1900 = broadcast %1899 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1901 = div %1898, %1900 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1902 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1903 = broadcast %1902 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1904 = add %1901, %1903 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1905 = rsqrt %1904 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1906 = broadcast %1905 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1907 = mul %1896, %1906 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1908 = broadcast %51 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1909 = mul %1907, %1908 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1910 = broadcast %52 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1911 = add %1909, %1910 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1912 = slice %1911 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1913 = matmul %1912, %53 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1914 = broadcast %54 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1915 = add %1913, %1914 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1916 = reshape %1915 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1917 = permute %1916 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1918 = matmul %1911, %55 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1919 = broadcast %56 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1920 = add %1918, %1919 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1921 = reshape %1920 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1922 = permute %1921 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%1923 = matmul %1911, %57 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1924 = broadcast %58 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1925 = add %1923, %1924 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1926 = reshape %1925 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%1927 = permute %1926 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%1928 = matmul %1917, %1922 ta=0 tb=1 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1929 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1930 = broadcast %1929 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1931 = mul %1928, %1930 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1932 = reduce_max %1931 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1933 = stop_gradient %1932 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1934 = broadcast %1933 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1935 = sub %1931, %1934 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1936 = exp %1935 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1937 = reduce_sum %1936 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1938 = broadcast %1937 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1939 = div %1936, %1938 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1940 = matmul %1939, %1927 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1941 = permute %1940 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%1942 = reshape %1941 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%1943 = matmul %1942, %59 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1944 = broadcast %60 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1945 = add %1943, %1944 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1946 = add %1889, %1945 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1947 = reduce_sum %1946 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1948 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1949 = broadcast %1948 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1950 = div %1947, %1949 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1951 = broadcast %1950 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1952 = sub %1946, %1951 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1953 = mul %1952, %1952 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1954 = reduce_sum %1953 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1955 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1956 = broadcast %1955 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1957 = div %1954, %1956 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1958 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1959 = broadcast %1958 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1960 = add %1957, %1959 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1961 = rsqrt %1960 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1962 = broadcast %1961 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1963 = mul %1952, %1962 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1964 = broadcast %61 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1965 = mul %1963, %1964 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1966 = broadcast %62 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1967 = add %1965, %1966 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1968 = matmul %1967, %63 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1969 = broadcast %64 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1970 = add %1968, %1969 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1971 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1972 = broadcast %1971 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1973 = mul %1972, %1970 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1974 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1975 = broadcast %1974 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1976 = mul %1970, %1975 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1977 = erf %1976 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1978 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1979 = broadcast %1978 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1980 = add %1979, %1977 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1981 = mul %1973, %1980 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1982 = matmul %1981, %65 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1983 = broadcast %66 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1984 = add %1982, %1983 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1985 = add %1946, %1984 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1986 = concat %1985, %1792 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:111:21
%1987 = reduce_sum %1986 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1988 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1989 = broadcast %1988 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1990 = div %1987, %1989 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1991 = broadcast %1990 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1992 = sub %1986, %1991 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1993 = mul %1992, %1992 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1994 = reduce_sum %1993 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1995 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1996 = broadcast %1995 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1997 = div %1994, %1996 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1998 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1999 = broadcast %1998 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2000 = add %1997, %1999 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2001 = rsqrt %2000 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2002 = broadcast %2001 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2003 = mul %1992, %2002 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2004 = broadcast %67 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2005 = mul %2003, %2004 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2006 = broadcast %68 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2007 = add %2005, %2006 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2008 = slice %2007 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:103:28
%2009 = matmul %2008, %69 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2010 = broadcast %70 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2011 = add %2009, %2010 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2012 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2013 = broadcast %2012 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2014 = mul %2013, %2011 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2015 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2016 = broadcast %2015 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2017 = mul %2011, %2016 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2018 = erf %2017 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2019 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2020 = broadcast %2019 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2021 = add %2020, %2018 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2022 = mul %2014, %2021 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2023 = matmul %2022, %71 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2024 = broadcast %72 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2025 = add %2023, %2024 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2026 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2027 = broadcast %2026 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2028 = mul %2027, %2025 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2029 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2030 = broadcast %2029 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2031 = mul %2025, %2030 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2032 = erf %2031 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2033 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2034 = broadcast %2033 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2035 = add %2034, %2032 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2036 = mul %2028, %2035 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2037 = matmul %2036, %73 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%2038 = broadcast %74 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2039 = add %2037, %2038 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2040 = mul %2039, %2039 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2041 = reduce_sum %2040 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%2042 = sqrt %2041 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2043 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%2044 = cast %2043 : f32[] @ models/lib/nn.yaml:33:61
%2045 = broadcast %2044 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2046 = max %2042, %2045 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2047 = broadcast %2046 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2048 = div %2039, %2047 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2049 = broadcast %75 : f32[32,8] @ models/lib/dino.yaml:22:22
%2050 = mul %2049, %76 : f32[32,8] @ models/lib/dino.yaml:22:22
%2051 = mul %76, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%2052 = reduce_sum %2051 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%2053 = sqrt %2052 : f32[32,1] @ models/lib/dino.yaml:22:35
%2054 = broadcast %2053 : f32[32,8] @ models/lib/dino.yaml:22:33
%2055 = div %2050, %2054 : f32[32,8] @ models/lib/dino.yaml:22:33
%2056 = matmul %2048, %2055 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%2057 = slice %2007 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/dino_pass.yaml:103:46
%2058 = matmul %2057, %77 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%2059 = broadcast %78 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2060 = add %2058, %2059 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2061 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2062 = broadcast %2061 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2063 = mul %2062, %2060 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2064 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2065 = broadcast %2064 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2066 = mul %2060, %2065 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2067 = erf %2066 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%2068 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2069 = broadcast %2068 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2070 = add %2069, %2067 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2071 = mul %2063, %2070 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%2072 = matmul %2071, %79 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%2073 = broadcast %80 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2074 = add %2072, %2073 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2075 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2076 = broadcast %2075 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2077 = mul %2076, %2074 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2078 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2079 = broadcast %2078 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2080 = mul %2074, %2079 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2081 = erf %2080 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%2082 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2083 = broadcast %2082 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2084 = add %2083, %2081 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2085 = mul %2077, %2084 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%2086 = matmul %2085, %81 ta=0 tb=1 : f32[4,16,8] @ models/lib/nn.yaml:83:15
%2087 = broadcast %82 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%2088 = add %2086, %2087 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%2089 = mul %2088, %2088 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%2090 = reduce_sum %2089 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%2091 = sqrt %2090 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%2092 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%2093 = cast %2092 : f32[] @ models/lib/nn.yaml:33:61
%2094 = broadcast %2093 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%2095 = max %2091, %2094 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%2096 = broadcast %2095 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%2097 = div %2088, %2096 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%2098 = broadcast %83 : f32[16,8] @ models/lib/dino.yaml:22:22
%2099 = mul %2098, %84 : f32[16,8] @ models/lib/dino.yaml:22:22
%2100 = mul %84, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%2101 = reduce_sum %2100 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%2102 = sqrt %2101 : f32[16,1] @ models/lib/dino.yaml:22:35
%2103 = broadcast %2102 : f32[16,8] @ models/lib/dino.yaml:22:33
%2104 = div %2099, %2103 : f32[16,8] @ models/lib/dino.yaml:22:33
%2105 = matmul %2097, %2104 ta=0 tb=1 : f32[4,16,16] @ models/lib/dino.yaml:23:18
%2106 = slice %2056 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%2107 = slice %2056 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%2108 = slice %2105 lo=[0,0,0] hi=[2,16,16] : f32[2,16,16] @ models/dino_pass.yaml:132:27
%2109 = slice %2105 lo=[2,0,0] hi=[4,16,16] : f32[2,16,16] @ models/dino_pass.yaml:132:27
%2110 = reshape %6 : f32[4,3,3,4,3,4] @ models/lib/vit.yaml:15:21
%2111 = permute %2110 perm=[0,2,4,1,3,5] : f32[4,3,3,3,4,4] @ models/lib/vit.yaml:15:13
%2112 = reshape %2111 : f32[4,9,48] @ models/lib/vit.yaml:16:13
%2113 = reshape %8 : f32[16,48] @ models/lib/vit.yaml:17:20
%2114 = matmul %2112, %2113 ta=0 tb=1 : f32[4,9,16] @ models/lib/vit.yaml:17:18
%2115 = broadcast %9 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%2116 = add %2114, %2115 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%2117 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%2118 = reshape %7 : f32[4,64] @ models/lib/vit.yaml:32:17
%2119 = matmul %2117, %2118 ta=0 tb=0 : f32[3,64] @ models/lib/vit.yaml:32:15
%2120 = reshape %2119 : f32[3,4,16] @ models/lib/vit.yaml:33:21
%2121 = permute %2120 perm=[1,0,2] : f32[4,3,16] @ models/lib/vit.yaml:33:13
%2122 = reshape %2121 : f32[4,48] @ models/lib/vit.yaml:34:17
%2123 = matmul %2117, %2122 ta=0 tb=0 : f32[3,48] @ models/lib/vit.yaml:34:15
%2124 = reshape %2123 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%2125 = permute %2124 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%2126 = reshape %2125 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%2127 = broadcast %2126 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%2128 = add %2116, %2127 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%2129 = reduce_sum %2128 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2130 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2131 = broadcast %2130 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2132 = div %2129, %2131 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2133 = broadcast %2132 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2134 = sub %2128, %2133 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2135 = mul %2134, %2134 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2136 = reduce_sum %2135 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2137 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2138 = broadcast %2137 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2139 = div %2136, %2138 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2140 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2141 = broadcast %2140 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2142 = add %2139, %2141 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2143 = rsqrt %2142 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2144 = broadcast %2143 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2145 = mul %2134, %2144 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2146 = broadcast %10 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2147 = mul %2145, %2146 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2148 = broadcast %11 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2149 = add %2147, %2148 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2150 = matmul %2149, %12 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%2151 = broadcast %13 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2152 = add %2150, %2151 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2153 = reshape %2152 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%2154 = permute %2153 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%2155 = slice %2154 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%2156 = reshape %2155 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%2157 = slice %2154 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%2158 = reshape %2157 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%2159 = slice %2154 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%2160 = reshape %2159 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%2161 = matmul %2156, %2158 ta=0 tb=1 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2162 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%2163 = broadcast %2162 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2164 = mul %2161, %2163 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2165 = reduce_max %2164 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%2166 = stop_gradient %2165 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%2167 = broadcast %2166 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2168 = sub %2164, %2167 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2169 = exp %2168 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%2170 = reduce_sum %2169 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%2171 = broadcast %2170 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2172 = div %2169, %2171 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2173 = matmul %2172, %2160 ta=0 tb=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%2174 = permute %2173 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%2175 = reshape %2174 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%2176 = matmul %2175, %14 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%2177 = broadcast %15 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2178 = add %2176, %2177 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2179 = add %2128, %2178 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%2180 = reduce_sum %2179 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2181 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2182 = broadcast %2181 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2183 = div %2180, %2182 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2184 = broadcast %2183 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2185 = sub %2179, %2184 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2186 = mul %2185, %2185 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2187 = reduce_sum %2186 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2188 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2189 = broadcast %2188 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2190 = div %2187, %2189 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2191 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2192 = broadcast %2191 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2193 = add %2190, %2192 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2194 = rsqrt %2193 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2195 = broadcast %2194 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2196 = mul %2185, %2195 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2197 = broadcast %16 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2198 = mul %2196, %2197 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2199 = broadcast %17 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2200 = add %2198, %2199 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2201 = matmul %2200, %18 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%2202 = broadcast %19 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2203 = add %2201, %2202 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2204 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2205 = broadcast %2204 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%2206 = mul %2205, %2203 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%2207 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2208 = broadcast %2207 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%2209 = mul %2203, %2208 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%2210 = erf %2209 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%2211 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2212 = broadcast %2211 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%2213 = add %2212, %2210 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%2214 = mul %2206, %2213 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%2215 = matmul %2214, %20 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%2216 = broadcast %21 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2217 = add %2215, %2216 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2218 = add %2179, %2217 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%2219 = reduce_sum %2218 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2220 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2221 = broadcast %2220 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2222 = div %2219, %2221 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2223 = broadcast %2222 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2224 = sub %2218, %2223 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2225 = mul %2224, %2224 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2226 = reduce_sum %2225 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2227 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2228 = broadcast %2227 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2229 = div %2226, %2228 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2230 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2231 = broadcast %2230 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2232 = add %2229, %2231 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2233 = rsqrt %2232 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2234 = broadcast %2233 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2235 = mul %2224, %2234 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2236 = broadcast %22 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2237 = mul %2235, %2236 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2238 = broadcast %23 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2239 = add %2237, %2238 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2240 = matmul %2239, %24 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%2241 = broadcast %25 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2242 = add %2240, %2241 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2243 = reshape %2242 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%2244 = permute %2243 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%2245 = slice %2244 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%2246 = reshape %2245 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%2247 = slice %2244 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%2248 = reshape %2247 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%2249 = slice %2244 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%2250 = reshape %2249 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%2251 = matmul %2246, %2248 ta=0 tb=1 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2252 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%2253 = broadcast %2252 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2254 = mul %2251, %2253 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2255 = reduce_max %2254 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%2256 = stop_gradient %2255 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%2257 = broadcast %2256 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2258 = sub %2254, %2257 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2259 = exp %2258 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%2260 = reduce_sum %2259 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%2261 = broadcast %2260 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2262 = div %2259, %2261 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2263 = matmul %2262, %2250 ta=0 tb=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%2264 = permute %2263 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%2265 = reshape %2264 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%2266 = matmul %2265, %26 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%2267 = broadcast %27 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2268 = add %2266, %2267 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2269 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%2270 = broadcast %2269 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%2271 = div %2268, %2270 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%2272 = rand_uniform %1733 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%2273 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%2274 = broadcast %2273 : f32[4] @ models/lib/nn.yaml:44:35
%2275 = add %2274, %2272 : f32[4] @ models/lib/nn.yaml:44:35
%2276 = floor %2275 : f32[4] @ models/lib/nn.yaml:44:24
%2277 = reshape %2276 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2278 = broadcast %2277 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2279 = mul %2271, %2278 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2280 = add %2218, %2279 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%2281 = reduce_sum %2280 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2282 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2283 = broadcast %2282 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2284 = div %2281, %2283 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2285 = broadcast %2284 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2286 = sub %2280, %2285 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2287 = mul %2286, %2286 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2288 = reduce_sum %2287 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2289 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2290 = broadcast %2289 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2291 = div %2288, %2290 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2292 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2293 = broadcast %2292 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2294 = add %2291, %2293 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2295 = rsqrt %2294 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2296 = broadcast %2295 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2297 = mul %2286, %2296 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2298 = broadcast %28 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2299 = mul %2297, %2298 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2300 = broadcast %29 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2301 = add %2299, %2300 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2302 = matmul %2301, %30 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%2303 = broadcast %31 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2304 = add %2302, %2303 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2305 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2306 = broadcast %2305 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%2307 = mul %2306, %2304 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%2308 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2309 = broadcast %2308 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%2310 = mul %2304, %2309 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%2311 = erf %2310 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%2312 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2313 = broadcast %2312 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%2314 = add %2313, %2311 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%2315 = mul %2307, %2314 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%2316 = matmul %2315, %32 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%2317 = broadcast %33 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2318 = add %2316, %2317 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2319 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%2320 = broadcast %2319 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%2321 = div %2318, %2320 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%2322 = rand_uniform %1733 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%2323 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%2324 = broadcast %2323 : f32[4] @ models/lib/nn.yaml:44:35
%2325 = add %2324, %2322 : f32[4] @ models/lib/nn.yaml:44:35
%2326 = floor %2325 : f32[4] @ models/lib/nn.yaml:44:24
%2327 = reshape %2326 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2328 = broadcast %2327 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2329 = mul %2321, %2328 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2330 = add %2280, %2329 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%2331 = broadcast %34 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%2332 = concat %2331, %2330 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%2333 = reduce_sum %2332 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2334 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2335 = broadcast %2334 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2336 = div %2333, %2335 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2337 = broadcast %2336 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2338 = sub %2332, %2337 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2339 = mul %2338, %2338 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2340 = reduce_sum %2339 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2341 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2342 = broadcast %2341 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2343 = div %2340, %2342 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2344 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2345 = broadcast %2344 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2346 = add %2343, %2345 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2347 = rsqrt %2346 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2348 = broadcast %2347 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2349 = mul %2338, %2348 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2350 = broadcast %35 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2351 = mul %2349, %2350 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2352 = broadcast %36 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2353 = add %2351, %2352 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2354 = slice %2353 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2355 = matmul %2354, %37 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2356 = broadcast %38 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2357 = add %2355, %2356 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2358 = reshape %2357 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2359 = permute %2358 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2360 = matmul %2353, %39 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2361 = broadcast %40 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2362 = add %2360, %2361 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2363 = reshape %2362 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2364 = permute %2363 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2365 = matmul %2353, %41 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2366 = broadcast %42 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2367 = add %2365, %2366 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2368 = reshape %2367 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%2369 = permute %2368 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%2370 = matmul %2359, %2364 ta=0 tb=1 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2371 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%2372 = broadcast %2371 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2373 = mul %2370, %2372 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2374 = reduce_max %2373 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2375 = stop_gradient %2374 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2376 = broadcast %2375 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2377 = sub %2373, %2376 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2378 = exp %2377 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2379 = reduce_sum %2378 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2380 = broadcast %2379 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2381 = div %2378, %2380 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2382 = matmul %2381, %2369 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2383 = permute %2382 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%2384 = reshape %2383 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%2385 = matmul %2384, %43 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2386 = broadcast %44 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2387 = add %2385, %2386 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2388 = add %2331, %2387 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2389 = reduce_sum %2388 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2390 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2391 = broadcast %2390 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2392 = div %2389, %2391 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2393 = broadcast %2392 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2394 = sub %2388, %2393 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2395 = mul %2394, %2394 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2396 = reduce_sum %2395 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2397 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2398 = broadcast %2397 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2399 = div %2396, %2398 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2400 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2401 = broadcast %2400 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2402 = add %2399, %2401 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2403 = rsqrt %2402 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2404 = broadcast %2403 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2405 = mul %2394, %2404 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2406 = broadcast %45 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2407 = mul %2405, %2406 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2408 = broadcast %46 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2409 = add %2407, %2408 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2410 = matmul %2409, %47 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2411 = broadcast %48 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2412 = add %2410, %2411 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2413 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2414 = broadcast %2413 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2415 = mul %2414, %2412 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2416 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2417 = broadcast %2416 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2418 = mul %2412, %2417 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2419 = erf %2418 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2420 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2421 = broadcast %2420 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2422 = add %2421, %2419 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2423 = mul %2415, %2422 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2424 = matmul %2423, %49 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2425 = broadcast %50 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2426 = add %2424, %2425 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2427 = add %2388, %2426 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2428 = concat %2427, %2330 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%2429 = reduce_sum %2428 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2430 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2431 = broadcast %2430 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2432 = div %2429, %2431 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2433 = broadcast %2432 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2434 = sub %2428, %2433 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2435 = mul %2434, %2434 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2436 = reduce_sum %2435 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2437 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2438 = broadcast %2437 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2439 = div %2436, %2438 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2440 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2441 = broadcast %2440 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2442 = add %2439, %2441 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2443 = rsqrt %2442 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2444 = broadcast %2443 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2445 = mul %2434, %2444 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2446 = broadcast %51 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2447 = mul %2445, %2446 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2448 = broadcast %52 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2449 = add %2447, %2448 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2450 = slice %2449 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2451 = matmul %2450, %53 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2452 = broadcast %54 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2453 = add %2451, %2452 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2454 = reshape %2453 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2455 = permute %2454 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2456 = matmul %2449, %55 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2457 = broadcast %56 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2458 = add %2456, %2457 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2459 = reshape %2458 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2460 = permute %2459 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2461 = matmul %2449, %57 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2462 = broadcast %58 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2463 = add %2461, %2462 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2464 = reshape %2463 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%2465 = permute %2464 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%2466 = matmul %2455, %2460 ta=0 tb=1 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2467 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%2468 = broadcast %2467 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2469 = mul %2466, %2468 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2470 = reduce_max %2469 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2471 = stop_gradient %2470 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2472 = broadcast %2471 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2473 = sub %2469, %2472 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2474 = exp %2473 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2475 = reduce_sum %2474 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2476 = broadcast %2475 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2477 = div %2474, %2476 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2478 = matmul %2477, %2465 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2479 = permute %2478 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%2480 = reshape %2479 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%2481 = matmul %2480, %59 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2482 = broadcast %60 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2483 = add %2481, %2482 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2484 = add %2427, %2483 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2485 = reduce_sum %2484 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2486 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2487 = broadcast %2486 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2488 = div %2485, %2487 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2489 = broadcast %2488 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2490 = sub %2484, %2489 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2491 = mul %2490, %2490 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2492 = reduce_sum %2491 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2493 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2494 = broadcast %2493 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2495 = div %2492, %2494 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2496 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2497 = broadcast %2496 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2498 = add %2495, %2497 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2499 = rsqrt %2498 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2500 = broadcast %2499 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2501 = mul %2490, %2500 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2502 = broadcast %61 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2503 = mul %2501, %2502 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2504 = broadcast %62 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2505 = add %2503, %2504 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2506 = matmul %2505, %63 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2507 = broadcast %64 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2508 = add %2506, %2507 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2509 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2510 = broadcast %2509 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2511 = mul %2510, %2508 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2512 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2513 = broadcast %2512 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2514 = mul %2508, %2513 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2515 = erf %2514 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2516 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2517 = broadcast %2516 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2518 = add %2517, %2515 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2519 = mul %2511, %2518 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2520 = matmul %2519, %65 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2521 = broadcast %66 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2522 = add %2520, %2521 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2523 = add %2484, %2522 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2524 = concat %2523, %2330 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:111:21
%2525 = reduce_sum %2524 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2526 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2527 = broadcast %2526 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2528 = div %2525, %2527 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2529 = broadcast %2528 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2530 = sub %2524, %2529 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2531 = mul %2530, %2530 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2532 = reduce_sum %2531 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2533 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2534 = broadcast %2533 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2535 = div %2532, %2534 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2536 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2537 = broadcast %2536 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2538 = add %2535, %2537 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2539 = rsqrt %2538 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2540 = broadcast %2539 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2541 = mul %2530, %2540 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2542 = broadcast %67 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2543 = mul %2541, %2542 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2544 = broadcast %68 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2545 = add %2543, %2544 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2546 = slice %2545 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:103:28
%2547 = matmul %2546, %69 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2548 = broadcast %70 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2549 = add %2547, %2548 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2550 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2551 = broadcast %2550 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2552 = mul %2551, %2549 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2553 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2554 = broadcast %2553 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2555 = mul %2549, %2554 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2556 = erf %2555 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2557 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2558 = broadcast %2557 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2559 = add %2558, %2556 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2560 = mul %2552, %2559 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2561 = matmul %2560, %71 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2562 = broadcast %72 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2563 = add %2561, %2562 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2564 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2565 = broadcast %2564 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2566 = mul %2565, %2563 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2567 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2568 = broadcast %2567 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2569 = mul %2563, %2568 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2570 = erf %2569 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2571 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2572 = broadcast %2571 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2573 = add %2572, %2570 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2574 = mul %2566, %2573 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2575 = matmul %2574, %73 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%2576 = broadcast %74 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2577 = add %2575, %2576 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2578 = mul %2577, %2577 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2579 = reduce_sum %2578 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%2580 = sqrt %2579 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2581 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%2582 = cast %2581 : f32[] @ models/lib/nn.yaml:33:61
%2583 = broadcast %2582 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2584 = max %2580, %2583 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2585 = broadcast %2584 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2586 = div %2577, %2585 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2587 = broadcast %75 : f32[32,8] @ models/lib/dino.yaml:22:22
%2588 = mul %2587, %76 : f32[32,8] @ models/lib/dino.yaml:22:22
%2589 = mul %76, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%2590 = reduce_sum %2589 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%2591 = sqrt %2590 : f32[32,1] @ models/lib/dino.yaml:22:35
%2592 = broadcast %2591 : f32[32,8] @ models/lib/dino.yaml:22:33
%2593 = div %2588, %2592 : f32[32,8] @ models/lib/dino.yaml:22:33
%2594 = matmul %2586, %2593 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%2595 = slice %2545 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/dino_pass.yaml:103:46
%2596 = matmul %2595, %77 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%2597 = broadcast %78 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2598 = add %2596, %2597 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2599 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2600 = broadcast %2599 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2601 = mul %2600, %2598 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2602 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2603 = broadcast %2602 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2604 = mul %2598, %2603 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2605 = erf %2604 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2606 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2607 = broadcast %2606 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2608 = add %2607, %2605 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2609 = mul %2601, %2608 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2610 = matmul %2609, %79 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%2611 = broadcast %80 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2612 = add %2610, %2611 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2613 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2614 = broadcast %2613 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2615 = mul %2614, %2612 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2616 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2617 = broadcast %2616 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2618 = mul %2612, %2617 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2619 = erf %2618 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2620 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2621 = broadcast %2620 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2622 = add %2621, %2619 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2623 = mul %2615, %2622 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2624 = matmul %2623, %81 ta=0 tb=1 : f32[4,9,8] @ models/lib/nn.yaml:83:15
%2625 = broadcast %82 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2626 = add %2624, %2625 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2627 = mul %2626, %2626 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%2628 = reduce_sum %2627 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%2629 = sqrt %2628 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2630 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%2631 = cast %2630 : f32[] @ models/lib/nn.yaml:33:61
%2632 = broadcast %2631 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2633 = max %2629, %2632 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2634 = broadcast %2633 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2635 = div %2626, %2634 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2636 = broadcast %83 : f32[16,8] @ models/lib/dino.yaml:22:22
%2637 = mul %2636, %84 : f32[16,8] @ models/lib/dino.yaml:22:22
%2638 = mul %84, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%2639 = reduce_sum %2638 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%2640 = sqrt %2639 : f32[16,1] @ models/lib/dino.yaml:22:35
%2641 = broadcast %2640 : f32[16,8] @ models/lib/dino.yaml:22:33
%2642 = div %2637, %2641 : f32[16,8] @ models/lib/dino.yaml:22:33
%2643 = matmul %2635, %2642 ta=0 tb=1 : f32[4,9,16] @ models/lib/dino.yaml:23:18
%2644 = slice %2594 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%2645 = slice %2594 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%2646 = slice %2643 lo=[0,0,0] hi=[2,9,16] : f32[2,9,16] @ models/dino_pass.yaml:132:27
%2647 = slice %2643 lo=[2,0,0] hi=[4,9,16] : f32[2,9,16] @ models/dino_pass.yaml:132:27
%2648 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2649 = sub %864, %2648 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2650 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2651 = div %2649, %2650 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2652 = reduce_max %2651 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2653 = stop_gradient %2652 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2654 = broadcast %2653 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2655 = sub %2651, %2654 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2656 = exp %2655 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%2657 = reduce_sum %2656 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2658 = broadcast %2657 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2659 = div %2656, %2658 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2660 = stop_gradient %2659 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%2661 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2662 = broadcast %2661 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2663 = div %2107, %2662 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2664 = reduce_max %2663 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2665 = stop_gradient %2664 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2666 = broadcast %2665 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2667 = sub %2663, %2666 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2668 = exp %2667 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2669 = reduce_sum %2668 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2670 = log %2669 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2671 = broadcast %2670 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2672 = sub %2667, %2671 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2673 = mul %2660, %2672 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2674 = reduce_sum %2673 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2675 = neg %2674 : f32[2,1] @ models/lib/dino.yaml:39:21
%2676 = reduce_sum %2675 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2677 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%2678 = div %2676, %2677 : f32[] @ models/lib/dino.yaml:39:16
%2679 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2680 = sub %864, %2679 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2681 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2682 = div %2680, %2681 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2683 = reduce_max %2682 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2684 = stop_gradient %2683 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2685 = broadcast %2684 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2686 = sub %2682, %2685 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2687 = exp %2686 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%2688 = reduce_sum %2687 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2689 = broadcast %2688 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2690 = div %2687, %2689 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2691 = stop_gradient %2690 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%2692 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2693 = broadcast %2692 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2694 = div %2644, %2693 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2695 = reduce_max %2694 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2696 = stop_gradient %2695 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2697 = broadcast %2696 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2698 = sub %2694, %2697 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2699 = exp %2698 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2700 = reduce_sum %2699 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2701 = log %2700 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2702 = broadcast %2701 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2703 = sub %2698, %2702 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2704 = mul %2691, %2703 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2705 = reduce_sum %2704 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2706 = neg %2705 : f32[2,1] @ models/lib/dino.yaml:39:21
%2707 = reduce_sum %2706 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2708 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%2709 = div %2707, %2708 : f32[] @ models/lib/dino.yaml:39:16
%2710 = add %2678, %2709 : f32[] @ models/dino_pass.yaml:148:11
%2711 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2712 = sub %864, %2711 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2713 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2714 = div %2712, %2713 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2715 = reduce_max %2714 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2716 = stop_gradient %2715 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2717 = broadcast %2716 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2718 = sub %2714, %2717 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2719 = exp %2718 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%2720 = reduce_sum %2719 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2721 = broadcast %2720 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2722 = div %2719, %2721 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2723 = stop_gradient %2722 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%2724 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2725 = broadcast %2724 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2726 = div %2645, %2725 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2727 = reduce_max %2726 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2728 = stop_gradient %2727 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2729 = broadcast %2728 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2730 = sub %2726, %2729 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2731 = exp %2730 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2732 = reduce_sum %2731 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2733 = log %2732 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2734 = broadcast %2733 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2735 = sub %2730, %2734 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2736 = mul %2723, %2735 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2737 = reduce_sum %2736 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2738 = neg %2737 : f32[2,1] @ models/lib/dino.yaml:39:21
%2739 = reduce_sum %2738 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2740 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%2741 = div %2739, %2740 : f32[] @ models/lib/dino.yaml:39:16
%2742 = add %2710, %2741 : f32[] @ models/dino_pass.yaml:148:11
%2743 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2744 = sub %865, %2743 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2745 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2746 = div %2744, %2745 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2747 = reduce_max %2746 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2748 = stop_gradient %2747 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2749 = broadcast %2748 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2750 = sub %2746, %2749 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2751 = exp %2750 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%2752 = reduce_sum %2751 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2753 = broadcast %2752 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2754 = div %2751, %2753 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2755 = stop_gradient %2754 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%2756 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2757 = broadcast %2756 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2758 = div %2106, %2757 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2759 = reduce_max %2758 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2760 = stop_gradient %2759 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2761 = broadcast %2760 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2762 = sub %2758, %2761 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2763 = exp %2762 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2764 = reduce_sum %2763 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2765 = log %2764 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2766 = broadcast %2765 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2767 = sub %2762, %2766 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2768 = mul %2755, %2767 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2769 = reduce_sum %2768 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2770 = neg %2769 : f32[2,1] @ models/lib/dino.yaml:39:21
%2771 = reduce_sum %2770 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2772 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%2773 = div %2771, %2772 : f32[] @ models/lib/dino.yaml:39:16
%2774 = add %2742, %2773 : f32[] @ models/dino_pass.yaml:148:11
%2775 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2776 = sub %865, %2775 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2777 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2778 = div %2776, %2777 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2779 = reduce_max %2778 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2780 = stop_gradient %2779 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2781 = broadcast %2780 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2782 = sub %2778, %2781 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2783 = exp %2782 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%2784 = reduce_sum %2783 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2785 = broadcast %2784 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2786 = div %2783, %2785 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2787 = stop_gradient %2786 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%2788 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2789 = broadcast %2788 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2790 = div %2644, %2789 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2791 = reduce_max %2790 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2792 = stop_gradient %2791 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2793 = broadcast %2792 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2794 = sub %2790, %2793 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2795 = exp %2794 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2796 = reduce_sum %2795 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2797 = log %2796 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2798 = broadcast %2797 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2799 = sub %2794, %2798 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2800 = mul %2787, %2799 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2801 = reduce_sum %2800 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2802 = neg %2801 : f32[2,1] @ models/lib/dino.yaml:39:21
%2803 = reduce_sum %2802 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2804 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%2805 = div %2803, %2804 : f32[] @ models/lib/dino.yaml:39:16
%2806 = add %2774, %2805 : f32[] @ models/dino_pass.yaml:148:11
%2807 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2808 = sub %865, %2807 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2809 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2810 = div %2808, %2809 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2811 = reduce_max %2810 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2812 = stop_gradient %2811 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2813 = broadcast %2812 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2814 = sub %2810, %2813 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2815 = exp %2814 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%2816 = reduce_sum %2815 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2817 = broadcast %2816 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2818 = div %2815, %2817 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2819 = stop_gradient %2818 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%2820 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2821 = broadcast %2820 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2822 = div %2645, %2821 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2823 = reduce_max %2822 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2824 = stop_gradient %2823 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2825 = broadcast %2824 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2826 = sub %2822, %2825 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2827 = exp %2826 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2828 = reduce_sum %2827 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2829 = log %2828 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2830 = broadcast %2829 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2831 = sub %2826, %2830 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2832 = mul %2819, %2831 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2833 = reduce_sum %2832 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2834 = neg %2833 : f32[2,1] @ models/lib/dino.yaml:39:21
%2835 = reduce_sum %2834 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2836 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%2837 = div %2835, %2836 : f32[] @ models/lib/dino.yaml:39:16
%2838 = add %2806, %2837 : f32[] @ models/dino_pass.yaml:148:11
%2839 = const data=[6] : f32[] @ models/dino_pass.yaml:145:3
%2840 = div %2838, %2839 : f32[] @ models/dino_pass.yaml:145:3
%2841 = output %2840 name="loss.cls" : f32[] @ models/dino_pass.yaml:145:3
%2842 = const data=[1] : f32[] @ models/dino_pass.yaml:145:3
%2843 = mul %2840, %2842 : f32[] @ models/dino_pass.yaml:145:3
%2844 = broadcast %164 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%2845 = sub %866, %2844 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%2846 = broadcast %4 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%2847 = div %2845, %2846 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%2848 = reduce_max %2847 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%2849 = stop_gradient %2848 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%2850 = broadcast %2849 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%2851 = sub %2847, %2850 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%2852 = exp %2851 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%2853 = reduce_sum %2852 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%2854 = broadcast %2853 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%2855 = div %2852, %2854 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%2856 = stop_gradient %2855 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%2857 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2858 = broadcast %2857 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%2859 = div %2108, %2858 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%2860 = reduce_max %2859 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%2861 = stop_gradient %2860 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%2862 = broadcast %2861 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%2863 = sub %2859, %2862 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%2864 = exp %2863 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%2865 = reduce_sum %2864 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%2866 = log %2865 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%2867 = broadcast %2866 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%2868 = sub %2863, %2867 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%2869 = mul %2856, %2868 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%2870 = reduce_sum %2869 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%2871 = neg %2870 : f32[2,16] @ models/lib/dino.yaml:39:21
%2872 = reduce_sum %2871 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2873 = const data=[32] : f32[] @ models/lib/dino.yaml:39:16
%2874 = div %2872, %2873 : f32[] @ models/lib/dino.yaml:39:16
%2875 = broadcast %164 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%2876 = sub %867, %2875 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%2877 = broadcast %4 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%2878 = div %2876, %2877 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%2879 = reduce_max %2878 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%2880 = stop_gradient %2879 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%2881 = broadcast %2880 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%2882 = sub %2878, %2881 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%2883 = exp %2882 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%2884 = reduce_sum %2883 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%2885 = broadcast %2884 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%2886 = div %2883, %2885 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%2887 = stop_gradient %2886 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%2888 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2889 = broadcast %2888 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%2890 = div %2109, %2889 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%2891 = reduce_max %2890 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%2892 = stop_gradient %2891 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%2893 = broadcast %2892 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%2894 = sub %2890, %2893 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%2895 = exp %2894 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%2896 = reduce_sum %2895 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%2897 = log %2896 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%2898 = broadcast %2897 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%2899 = sub %2894, %2898 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%2900 = mul %2887, %2899 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%2901 = reduce_sum %2900 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%2902 = neg %2901 : f32[2,16] @ models/lib/dino.yaml:39:21
%2903 = reduce_sum %2902 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2904 = const data=[32] : f32[] @ models/lib/dino.yaml:39:16
%2905 = div %2903, %2904 : f32[] @ models/lib/dino.yaml:39:16
%2906 = add %2874, %2905 : f32[] @ models/dino_pass.yaml:152:11
%2907 = broadcast %164 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%2908 = sub %1579, %2907 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%2909 = broadcast %4 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%2910 = div %2908, %2909 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%2911 = reduce_max %2910 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%2912 = stop_gradient %2911 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%2913 = broadcast %2912 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%2914 = sub %2910, %2913 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%2915 = exp %2914 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%2916 = reduce_sum %2915 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%2917 = broadcast %2916 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%2918 = div %2915, %2917 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%2919 = stop_gradient %2918 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%2920 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2921 = broadcast %2920 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%2922 = div %2646, %2921 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%2923 = reduce_max %2922 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%2924 = stop_gradient %2923 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%2925 = broadcast %2924 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%2926 = sub %2922, %2925 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%2927 = exp %2926 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%2928 = reduce_sum %2927 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%2929 = log %2928 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%2930 = broadcast %2929 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%2931 = sub %2926, %2930 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%2932 = mul %2919, %2931 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%2933 = reduce_sum %2932 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%2934 = neg %2933 : f32[2,9] @ models/lib/dino.yaml:39:21
%2935 = reduce_sum %2934 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2936 = const data=[18] : f32[] @ models/lib/dino.yaml:39:16
%2937 = div %2935, %2936 : f32[] @ models/lib/dino.yaml:39:16
%2938 = add %2906, %2937 : f32[] @ models/dino_pass.yaml:152:11
%2939 = broadcast %164 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%2940 = sub %1580, %2939 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%2941 = broadcast %4 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%2942 = div %2940, %2941 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%2943 = reduce_max %2942 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%2944 = stop_gradient %2943 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%2945 = broadcast %2944 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%2946 = sub %2942, %2945 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%2947 = exp %2946 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%2948 = reduce_sum %2947 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%2949 = broadcast %2948 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%2950 = div %2947, %2949 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%2951 = stop_gradient %2950 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%2952 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2953 = broadcast %2952 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%2954 = div %2647, %2953 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%2955 = reduce_max %2954 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%2956 = stop_gradient %2955 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%2957 = broadcast %2956 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%2958 = sub %2954, %2957 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%2959 = exp %2958 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%2960 = reduce_sum %2959 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%2961 = log %2960 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%2962 = broadcast %2961 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%2963 = sub %2958, %2962 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%2964 = mul %2951, %2963 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%2965 = reduce_sum %2964 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%2966 = neg %2965 : f32[2,9] @ models/lib/dino.yaml:39:21
%2967 = reduce_sum %2966 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2968 = const data=[18] : f32[] @ models/lib/dino.yaml:39:16
%2969 = div %2967, %2968 : f32[] @ models/lib/dino.yaml:39:16
%2970 = add %2938, %2969 : f32[] @ models/dino_pass.yaml:152:11
%2971 = const data=[4] : f32[] @ models/dino_pass.yaml:149:3
%2972 = div %2970, %2971 : f32[] @ models/dino_pass.yaml:149:3
%2973 = output %2972 name="loss.patch" : f32[] @ models/dino_pass.yaml:149:3
%2974 = const data=[0.1] : f32[] @ models/dino_pass.yaml:149:3
%2975 = mul %2972, %2974 : f32[] @ models/dino_pass.yaml:149:3
%2976 = add %2843, %2975 : f32[] @ models/dino_pass.yaml:149:3
%2977 = output %2976 name="loss" : f32[] @ models/dino_pass.yaml:145:3
%2978 = const data=[0.9] : f32[] @ models/dino_pass.yaml:138:22
%2979 = broadcast %2978 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%2980 = mul %163, %2979 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%2981 = concat %864, %865, %1577, %1578 axis=0 : f32[8,1,32] @ models/dino_pass.yaml:138:75
%2982 = reduce_sum %2981 axes=[0] keep=1 : f32[1,1,32] @ models/lib/nn.yaml:73:26
%2983 = all_reduce_sum %2982 : f32[1,1,32] @ models/lib/nn.yaml:73:16
%2984 = const data=[8] : f32[] @ models/lib/nn.yaml:73:65
%2985 = broadcast %2984 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%2986 = div %2983, %2985 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%2987 = const data=[0.1] : f32[] @ models/dino_pass.yaml:138:43
%2988 = broadcast %2987 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%2989 = mul %2988, %2986 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%2990 = add %2980, %2989 : f32[1,1,32] @ models/dino_pass.yaml:138:38
%2991 = assign %163, %2990 : f32[1,1,32] @ models/dino_pass.yaml:138:13
%2992 = const data=[0.9] : f32[] @ models/dino_pass.yaml:142:28
%2993 = broadcast %2992 : f32[1,16] @ models/dino_pass.yaml:142:26
%2994 = mul %164, %2993 : f32[1,16] @ models/dino_pass.yaml:142:26
%2995 = reshape %866 : f32[32,16] @ models/dino_pass.yaml:142:81
%2996 = reshape %867 : f32[32,16] @ models/dino_pass.yaml:142:81
%2997 = reshape %1579 : f32[18,16] @ models/dino_pass.yaml:142:81
%2998 = reshape %1580 : f32[18,16] @ models/dino_pass.yaml:142:81
%2999 = concat %2995, %2996, %2997, %2998 axis=0 : f32[100,16] @ models/dino_pass.yaml:142:81
%3000 = reduce_sum %2999 axes=[0] keep=1 : f32[1,16] @ models/lib/nn.yaml:73:26
%3001 = all_reduce_sum %3000 : f32[1,16] @ models/lib/nn.yaml:73:16
%3002 = const data=[1e+02] : f32[] @ models/lib/nn.yaml:73:65
%3003 = broadcast %3002 : f32[1,16] @ models/lib/nn.yaml:73:52
%3004 = div %3001, %3003 : f32[1,16] @ models/lib/nn.yaml:73:52
%3005 = const data=[0.1] : f32[] @ models/dino_pass.yaml:142:49
%3006 = broadcast %3005 : f32[1,16] @ models/dino_pass.yaml:142:68
%3007 = mul %3006, %3004 : f32[1,16] @ models/dino_pass.yaml:142:68
%3008 = add %2994, %3007 : f32[1,16] @ models/dino_pass.yaml:142:44
%3009 = assign %164, %3008 : f32[1,16] @ models/dino_pass.yaml:142:13
%3010 = cast %1 : f64[] @ models/dino_pass.yaml:122:3
%3011 = cast %2 : f64[] @ models/dino_pass.yaml:123:3
%3012 = cast %3 : f64[] @ models/dino_pass.yaml:124:3
%3013 = const data=[1] : f32[] @ models/dino_pass.yaml:149:3
%3014 = mul %3013, %2974 : f32[] @ models/dino_pass.yaml:149:3
%3015 = div %3014, %2971 : f32[] @ models/dino_pass.yaml:149:3
%3016 = div %3015, %2968 : f32[] @ models/lib/dino.yaml:39:16
%3017 = reshape %3016 : f32[1,1] @ models/lib/dino.yaml:39:16
%3018 = broadcast %3017 : f32[2,9] @ models/lib/dino.yaml:39:16
%3019 = neg %3018 : f32[2,9] @ models/lib/dino.yaml:39:21
%3020 = reshape %3019 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%3021 = broadcast %3020 : f32[2,9,16] @ models/lib/dino.yaml:39:22
%3022 = mul %3021, %2951 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3023 = neg %3022 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3024 = reduce_sum %3023 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%3025 = div %3024, %2960 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3026 = broadcast %3025 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%3027 = mul %3026, %2959 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3028 = add %3022, %3027 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3029 = div %3028, %2953 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3030 = div %3015, %2936 : f32[] @ models/lib/dino.yaml:39:16
%3031 = reshape %3030 : f32[1,1] @ models/lib/dino.yaml:39:16
%3032 = broadcast %3031 : f32[2,9] @ models/lib/dino.yaml:39:16
%3033 = neg %3032 : f32[2,9] @ models/lib/dino.yaml:39:21
%3034 = reshape %3033 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%3035 = broadcast %3034 : f32[2,9,16] @ models/lib/dino.yaml:39:22
%3036 = mul %3035, %2919 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3037 = neg %3036 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3038 = reduce_sum %3037 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%3039 = div %3038, %2928 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3040 = broadcast %3039 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%3041 = mul %3040, %2927 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3042 = add %3036, %3041 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3043 = div %3042, %2921 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3044 = div %3015, %2904 : f32[] @ models/lib/dino.yaml:39:16
%3045 = reshape %3044 : f32[1,1] @ models/lib/dino.yaml:39:16
%3046 = broadcast %3045 : f32[2,16] @ models/lib/dino.yaml:39:16
%3047 = neg %3046 : f32[2,16] @ models/lib/dino.yaml:39:21
%3048 = reshape %3047 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%3049 = broadcast %3048 : f32[2,16,16] @ models/lib/dino.yaml:39:22
%3050 = mul %3049, %2887 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3051 = neg %3050 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3052 = reduce_sum %3051 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%3053 = div %3052, %2896 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3054 = broadcast %3053 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%3055 = mul %3054, %2895 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3056 = add %3050, %3055 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3057 = div %3056, %2889 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3058 = div %3015, %2873 : f32[] @ models/lib/dino.yaml:39:16
%3059 = reshape %3058 : f32[1,1] @ models/lib/dino.yaml:39:16
%3060 = broadcast %3059 : f32[2,16] @ models/lib/dino.yaml:39:16
%3061 = neg %3060 : f32[2,16] @ models/lib/dino.yaml:39:21
%3062 = reshape %3061 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%3063 = broadcast %3062 : f32[2,16,16] @ models/lib/dino.yaml:39:22
%3064 = mul %3063, %2856 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3065 = neg %3064 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3066 = reduce_sum %3065 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%3067 = div %3066, %2865 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3068 = broadcast %3067 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%3069 = mul %3068, %2864 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3070 = add %3064, %3069 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3071 = div %3070, %2858 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3072 = mul %3013, %2842 : f32[] @ models/dino_pass.yaml:145:3
%3073 = div %3072, %2839 : f32[] @ models/dino_pass.yaml:145:3
%3074 = div %3073, %2836 : f32[] @ models/lib/dino.yaml:39:16
%3075 = reshape %3074 : f32[1,1] @ models/lib/dino.yaml:39:16
%3076 = broadcast %3075 : f32[2,1] @ models/lib/dino.yaml:39:16
%3077 = neg %3076 : f32[2,1] @ models/lib/dino.yaml:39:21
%3078 = reshape %3077 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3079 = broadcast %3078 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3080 = mul %3079, %2819 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3081 = neg %3080 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3082 = reduce_sum %3081 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3083 = div %3082, %2828 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3084 = broadcast %3083 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3085 = mul %3084, %2827 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3086 = add %3080, %3085 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3087 = div %3086, %2821 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3088 = div %3073, %2804 : f32[] @ models/lib/dino.yaml:39:16
%3089 = reshape %3088 : f32[1,1] @ models/lib/dino.yaml:39:16
%3090 = broadcast %3089 : f32[2,1] @ models/lib/dino.yaml:39:16
%3091 = neg %3090 : f32[2,1] @ models/lib/dino.yaml:39:21
%3092 = reshape %3091 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3093 = broadcast %3092 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3094 = mul %3093, %2787 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3095 = neg %3094 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3096 = reduce_sum %3095 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3097 = div %3096, %2796 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3098 = broadcast %3097 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3099 = mul %3098, %2795 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3100 = add %3094, %3099 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3101 = div %3100, %2789 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3102 = div %3073, %2772 : f32[] @ models/lib/dino.yaml:39:16
%3103 = reshape %3102 : f32[1,1] @ models/lib/dino.yaml:39:16
%3104 = broadcast %3103 : f32[2,1] @ models/lib/dino.yaml:39:16
%3105 = neg %3104 : f32[2,1] @ models/lib/dino.yaml:39:21
%3106 = reshape %3105 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3107 = broadcast %3106 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3108 = mul %3107, %2755 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3109 = neg %3108 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3110 = reduce_sum %3109 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3111 = div %3110, %2764 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3112 = broadcast %3111 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3113 = mul %3112, %2763 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3114 = add %3108, %3113 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3115 = div %3114, %2757 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3116 = div %3073, %2740 : f32[] @ models/lib/dino.yaml:39:16
%3117 = reshape %3116 : f32[1,1] @ models/lib/dino.yaml:39:16
%3118 = broadcast %3117 : f32[2,1] @ models/lib/dino.yaml:39:16
%3119 = neg %3118 : f32[2,1] @ models/lib/dino.yaml:39:21
%3120 = reshape %3119 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3121 = broadcast %3120 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3122 = mul %3121, %2723 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3123 = neg %3122 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3124 = reduce_sum %3123 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3125 = div %3124, %2732 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3126 = broadcast %3125 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3127 = mul %3126, %2731 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3128 = add %3122, %3127 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3129 = div %3128, %2725 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3130 = add %3087, %3129 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3131 = div %3073, %2708 : f32[] @ models/lib/dino.yaml:39:16
%3132 = reshape %3131 : f32[1,1] @ models/lib/dino.yaml:39:16
%3133 = broadcast %3132 : f32[2,1] @ models/lib/dino.yaml:39:16
%3134 = neg %3133 : f32[2,1] @ models/lib/dino.yaml:39:21
%3135 = reshape %3134 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3136 = broadcast %3135 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3137 = mul %3136, %2691 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3138 = neg %3137 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3139 = reduce_sum %3138 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3140 = div %3139, %2700 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3141 = broadcast %3140 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3142 = mul %3141, %2699 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3143 = add %3137, %3142 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3144 = div %3143, %2693 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3145 = add %3101, %3144 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3146 = div %3073, %2677 : f32[] @ models/lib/dino.yaml:39:16
%3147 = reshape %3146 : f32[1,1] @ models/lib/dino.yaml:39:16
%3148 = broadcast %3147 : f32[2,1] @ models/lib/dino.yaml:39:16
%3149 = neg %3148 : f32[2,1] @ models/lib/dino.yaml:39:21
%3150 = reshape %3149 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3151 = broadcast %3150 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3152 = mul %3151, %2660 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3153 = neg %3152 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3154 = reduce_sum %3153 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3155 = div %3154, %2669 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3156 = broadcast %3155 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3157 = mul %3156, %2668 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3158 = add %3152, %3157 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3159 = div %3158, %2662 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3160 = pad %3029 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%3161 = pad %3043 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%3162 = add %3160, %3161 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%3163 = pad %3130 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3164 = pad %3145 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3165 = add %3163, %3164 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3166 = matmul %3162, %2642 ta=0 tb=0 : f32[4,9,8] @ models/lib/dino.yaml:23:18
%3167 = reshape %2635 : f32[36,8] @ models/lib/dino.yaml:23:18
%3168 = reshape %3162 : f32[36,16] @ models/lib/dino.yaml:23:18
%3169 = matmul %3168, %3167 ta=1 tb=0 : f32[16,8] @ models/lib/dino.yaml:23:18
%3170 = div %3169, %2641 : f32[16,8] @ models/lib/dino.yaml:22:33
%3171 = mul %3170, %2642 : f32[16,8] @ models/lib/dino.yaml:22:33
%3172 = neg %3171 : f32[16,8] @ models/lib/dino.yaml:22:33
%3173 = reduce_sum %3172 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%3174 = const data=[0.5] : f32[] @ models/lib/dino.yaml:22:35
%3175 = broadcast %3174 : f32[16,1] @ models/lib/dino.yaml:22:35
%3176 = mul %3173, %3175 : f32[16,1] @ models/lib/dino.yaml:22:35
%3177 = div %3176, %2640 : f32[16,1] @ models/lib/dino.yaml:22:35
%3178 = broadcast %3177 : f32[16,8] @ models/lib/dino.yaml:22:40
%3179 = mul %3178, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3180 = mul %3178, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3181 = add %3179, %3180 : f32[16,8] @ models/lib/dino.yaml:22:53
%3182 = mul %3170, %2636 : f32[16,8] @ models/lib/dino.yaml:22:22
%3183 = add %3181, %3182 : f32[16,8] @ models/lib/dino.yaml:22:22
%3184 = div %3166, %2634 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3185 = mul %3184, %2635 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3186 = neg %3185 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3187 = reduce_sum %3186 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:18
%3188 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%3189 = broadcast %3188 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3190 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%3191 = broadcast %3190 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3192 = mul %3187, %3191 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3193 = eq %2629, %2632 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%3194 = select %3193, %3192, %3189 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3195 = gt %2629, %2632 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%3196 = select %3195, %3187, %3194 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3197 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%3198 = broadcast %3197 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3199 = mul %3196, %3198 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3200 = div %3199, %2629 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3201 = broadcast %3200 : f32[4,9,8] @ models/lib/nn.yaml:33:29
%3202 = mul %3201, %2626 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3203 = add %3184, %3202 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3204 = mul %3201, %2626 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3205 = add %3203, %3204 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3206 = reduce_sum %3205 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%3207 = reshape %3206 : f32[8] @ models/lib/nn.yaml:84:18
%3208 = matmul %3205, %81 ta=0 tb=0 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%3209 = reshape %2623 : f32[36,24] @ models/lib/nn.yaml:83:15
%3210 = reshape %3205 : f32[36,8] @ models/lib/nn.yaml:83:15
%3211 = matmul %3210, %3209 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%3212 = mul %3208, %2622 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3213 = mul %3208, %2615 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3214 = mul %2618, %2618 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3215 = neg %3214 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3216 = exp %3215 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3217 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3218 = broadcast %3217 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3219 = mul %3216, %3218 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3220 = mul %3213, %3219 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3221 = mul %3220, %2617 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3222 = mul %3212, %2614 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3223 = add %3221, %3222 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3224 = reduce_sum %3223 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3225 = reshape %3224 : f32[24] @ models/lib/nn.yaml:84:18
%3226 = matmul %3223, %79 ta=0 tb=0 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%3227 = reshape %2609 : f32[36,24] @ models/lib/nn.yaml:83:15
%3228 = reshape %3223 : f32[36,24] @ models/lib/nn.yaml:83:15
%3229 = matmul %3228, %3227 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%3230 = mul %3226, %2608 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3231 = mul %3226, %2601 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3232 = mul %2604, %2604 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3233 = neg %3232 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3234 = exp %3233 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3235 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3236 = broadcast %3235 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3237 = mul %3234, %3236 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3238 = mul %3231, %3237 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3239 = mul %3238, %2603 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3240 = mul %3230, %2600 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3241 = add %3239, %3240 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3242 = reduce_sum %3241 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3243 = reshape %3242 : f32[24] @ models/lib/nn.yaml:84:18
%3244 = matmul %3241, %77 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3245 = reshape %2595 : f32[36,16] @ models/lib/nn.yaml:83:15
%3246 = reshape %3241 : f32[36,24] @ models/lib/nn.yaml:83:15
%3247 = matmul %3246, %3245 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%3248 = pad %3244 lo=[0,1,0] hi=[0,0,0] value=0 : f32[4,10,16] @ models/dino_pass.yaml:103:46
%3249 = matmul %3165, %2593 ta=0 tb=0 : f32[4,1,8] @ models/lib/dino.yaml:23:18
%3250 = reshape %2586 : f32[4,8] @ models/lib/dino.yaml:23:18
%3251 = reshape %3165 : f32[4,32] @ models/lib/dino.yaml:23:18
%3252 = matmul %3251, %3250 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%3253 = div %3252, %2592 : f32[32,8] @ models/lib/dino.yaml:22:33
%3254 = mul %3253, %2593 : f32[32,8] @ models/lib/dino.yaml:22:33
%3255 = neg %3254 : f32[32,8] @ models/lib/dino.yaml:22:33
%3256 = reduce_sum %3255 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%3257 = const data=[0.5] : f32[] @ models/lib/dino.yaml:22:35
%3258 = broadcast %3257 : f32[32,1] @ models/lib/dino.yaml:22:35
%3259 = mul %3256, %3258 : f32[32,1] @ models/lib/dino.yaml:22:35
%3260 = div %3259, %2591 : f32[32,1] @ models/lib/dino.yaml:22:35
%3261 = broadcast %3260 : f32[32,8] @ models/lib/dino.yaml:22:40
%3262 = mul %3261, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%3263 = mul %3261, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%3264 = add %3262, %3263 : f32[32,8] @ models/lib/dino.yaml:22:53
%3265 = mul %3253, %2587 : f32[32,8] @ models/lib/dino.yaml:22:22
%3266 = add %3264, %3265 : f32[32,8] @ models/lib/dino.yaml:22:22
%3267 = div %3249, %2585 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3268 = mul %3267, %2586 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3269 = neg %3268 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3270 = reduce_sum %3269 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%3271 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%3272 = broadcast %3271 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3273 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%3274 = broadcast %3273 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3275 = mul %3270, %3274 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3276 = eq %2580, %2583 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3277 = select %3276, %3275, %3272 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3278 = gt %2580, %2583 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3279 = select %3278, %3270, %3277 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3280 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%3281 = broadcast %3280 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3282 = mul %3279, %3281 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3283 = div %3282, %2580 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3284 = broadcast %3283 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%3285 = mul %3284, %2577 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3286 = add %3267, %3285 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3287 = mul %3284, %2577 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3288 = add %3286, %3287 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3289 = reduce_sum %3288 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%3290 = reshape %3289 : f32[8] @ models/lib/nn.yaml:84:18
%3291 = matmul %3288, %73 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%3292 = reshape %2574 : f32[4,24] @ models/lib/nn.yaml:83:15
%3293 = reshape %3288 : f32[4,8] @ models/lib/nn.yaml:83:15
%3294 = matmul %3293, %3292 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%3295 = mul %3291, %2573 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3296 = mul %3291, %2566 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3297 = mul %2569, %2569 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3298 = neg %3297 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3299 = exp %3298 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3300 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3301 = broadcast %3300 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3302 = mul %3299, %3301 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3303 = mul %3296, %3302 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3304 = mul %3303, %2568 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3305 = mul %3295, %2565 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3306 = add %3304, %3305 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3307 = reduce_sum %3306 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3308 = reshape %3307 : f32[24] @ models/lib/nn.yaml:84:18
%3309 = matmul %3306, %71 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%3310 = reshape %2560 : f32[4,24] @ models/lib/nn.yaml:83:15
%3311 = reshape %3306 : f32[4,24] @ models/lib/nn.yaml:83:15
%3312 = matmul %3311, %3310 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%3313 = mul %3309, %2559 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3314 = mul %3309, %2552 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3315 = mul %2555, %2555 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3316 = neg %3315 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3317 = exp %3316 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3318 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3319 = broadcast %3318 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3320 = mul %3317, %3319 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3321 = mul %3314, %3320 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3322 = mul %3321, %2554 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3323 = mul %3313, %2551 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3324 = add %3322, %3323 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3325 = reduce_sum %3324 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3326 = reshape %3325 : f32[24] @ models/lib/nn.yaml:84:18
%3327 = matmul %3324, %69 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3328 = reshape %2546 : f32[4,16] @ models/lib/nn.yaml:83:15
%3329 = reshape %3324 : f32[4,24] @ models/lib/nn.yaml:83:15
%3330 = matmul %3329, %3328 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%3331 = pad %3327 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%3332 = add %3248, %3331 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%3333 = reduce_sum %3332 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3334 = reshape %3333 : f32[16] @ models/lib/nn.yaml:96:46
%3335 = mul %3332, %2542 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3336 = mul %3332, %2541 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3337 = reduce_sum %3336 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3338 = reshape %3337 : f32[16] @ models/lib/nn.yaml:96:37
%3339 = mul %3335, %2540 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3340 = mul %3335, %2530 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3341 = reduce_sum %3340 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3342 = mul %2539, %2539 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3343 = mul %2539, %3342 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3344 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3345 = broadcast %3344 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3346 = mul %3343, %3345 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3347 = mul %3341, %3346 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3348 = div %3347, %2534 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3349 = broadcast %3348 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%3350 = mul %3349, %2530 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3351 = add %3339, %3350 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3352 = mul %3349, %2530 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3353 = add %3351, %3352 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3354 = neg %3353 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3355 = reduce_sum %3354 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3356 = div %3355, %2527 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3357 = broadcast %3356 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3358 = add %3353, %3357 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3359 = slice %3358 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%3360 = slice %3358 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:111:21
%3361 = reduce_sum %3359 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3362 = reshape %3361 : f32[16] @ models/lib/nn.yaml:84:18
%3363 = matmul %3359, %65 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3364 = reshape %2519 : f32[4,64] @ models/lib/nn.yaml:83:15
%3365 = reshape %3359 : f32[4,16] @ models/lib/nn.yaml:83:15
%3366 = matmul %3365, %3364 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3367 = mul %3363, %2518 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3368 = mul %3363, %2511 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3369 = mul %2514, %2514 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3370 = neg %3369 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3371 = exp %3370 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3372 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3373 = broadcast %3372 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3374 = mul %3371, %3373 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3375 = mul %3368, %3374 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3376 = mul %3375, %2513 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3377 = mul %3367, %2510 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3378 = add %3376, %3377 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3379 = reduce_sum %3378 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3380 = reshape %3379 : f32[64] @ models/lib/nn.yaml:84:18
%3381 = matmul %3378, %63 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3382 = reshape %2505 : f32[4,16] @ models/lib/nn.yaml:83:15
%3383 = reshape %3378 : f32[4,64] @ models/lib/nn.yaml:83:15
%3384 = matmul %3383, %3382 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3385 = reduce_sum %3381 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3386 = reshape %3385 : f32[16] @ models/lib/nn.yaml:96:46
%3387 = mul %3381, %2502 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3388 = mul %3381, %2501 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3389 = reduce_sum %3388 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3390 = reshape %3389 : f32[16] @ models/lib/nn.yaml:96:37
%3391 = mul %3387, %2500 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3392 = mul %3387, %2490 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3393 = reduce_sum %3392 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3394 = mul %2499, %2499 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3395 = mul %2499, %3394 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3396 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3397 = broadcast %3396 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3398 = mul %3395, %3397 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3399 = mul %3393, %3398 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3400 = div %3399, %2494 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3401 = broadcast %3400 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%3402 = mul %3401, %2490 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3403 = add %3391, %3402 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3404 = mul %3401, %2490 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3405 = add %3403, %3404 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3406 = add %3359, %3405 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3407 = neg %3405 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3408 = reduce_sum %3407 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3409 = div %3408, %2487 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3410 = broadcast %3409 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3411 = add %3406, %3410 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3412 = reduce_sum %3411 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3413 = reshape %3412 : f32[16] @ models/lib/nn.yaml:84:18
%3414 = matmul %3411, %59 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3415 = reshape %2480 : f32[4,16] @ models/lib/nn.yaml:83:15
%3416 = reshape %3411 : f32[4,16] @ models/lib/nn.yaml:83:15
%3417 = matmul %3416, %3415 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3418 = reshape %3414 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%3419 = permute %3418 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%3420 = matmul %3419, %2465 ta=0 tb=1 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3421 = matmul %2477, %3419 ta=1 tb=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3422 = div %3420, %2476 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3423 = mul %3422, %2477 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3424 = neg %3423 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3425 = reduce_sum %3424 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3426 = broadcast %3425 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3427 = add %3422, %3426 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3428 = mul %3427, %2474 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3429 = mul %3428, %2468 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3430 = matmul %3429, %2460 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3431 = matmul %3429, %2455 ta=1 tb=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3432 = permute %3421 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%3433 = reshape %3432 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%3434 = reduce_sum %3433 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3435 = reshape %3434 : f32[16] @ models/lib/nn.yaml:84:18
%3436 = matmul %3433, %57 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3437 = reshape %2449 : f32[40,16] @ models/lib/nn.yaml:83:15
%3438 = reshape %3433 : f32[40,16] @ models/lib/nn.yaml:83:15
%3439 = matmul %3438, %3437 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3440 = permute %3431 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%3441 = reshape %3440 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%3442 = reduce_sum %3441 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3443 = reshape %3442 : f32[16] @ models/lib/nn.yaml:84:18
%3444 = matmul %3441, %55 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3445 = add %3436, %3444 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3446 = reshape %2449 : f32[40,16] @ models/lib/nn.yaml:83:15
%3447 = reshape %3441 : f32[40,16] @ models/lib/nn.yaml:83:15
%3448 = matmul %3447, %3446 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3449 = permute %3430 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%3450 = reshape %3449 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%3451 = reduce_sum %3450 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3452 = reshape %3451 : f32[16] @ models/lib/nn.yaml:84:18
%3453 = matmul %3450, %53 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3454 = reshape %2450 : f32[4,16] @ models/lib/nn.yaml:83:15
%3455 = reshape %3450 : f32[4,16] @ models/lib/nn.yaml:83:15
%3456 = matmul %3455, %3454 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3457 = pad %3453 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3458 = add %3445, %3457 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3459 = reduce_sum %3458 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3460 = reshape %3459 : f32[16] @ models/lib/nn.yaml:96:46
%3461 = mul %3458, %2446 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3462 = mul %3458, %2445 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3463 = reduce_sum %3462 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3464 = reshape %3463 : f32[16] @ models/lib/nn.yaml:96:37
%3465 = mul %3461, %2444 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3466 = mul %3461, %2434 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3467 = reduce_sum %3466 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3468 = mul %2443, %2443 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3469 = mul %2443, %3468 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3470 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3471 = broadcast %3470 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3472 = mul %3469, %3471 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3473 = mul %3467, %3472 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3474 = div %3473, %2438 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3475 = broadcast %3474 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%3476 = mul %3475, %2434 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3477 = add %3465, %3476 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3478 = mul %3475, %2434 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3479 = add %3477, %3478 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3480 = neg %3479 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3481 = reduce_sum %3480 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3482 = div %3481, %2431 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3483 = broadcast %3482 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3484 = add %3479, %3483 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3485 = slice %3484 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3486 = add %3411, %3485 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3487 = slice %3484 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3488 = add %3360, %3487 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3489 = reduce_sum %3486 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3490 = reshape %3489 : f32[16] @ models/lib/nn.yaml:84:18
%3491 = matmul %3486, %49 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3492 = reshape %2423 : f32[4,64] @ models/lib/nn.yaml:83:15
%3493 = reshape %3486 : f32[4,16] @ models/lib/nn.yaml:83:15
%3494 = matmul %3493, %3492 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3495 = mul %3491, %2422 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3496 = mul %3491, %2415 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3497 = mul %2418, %2418 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3498 = neg %3497 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3499 = exp %3498 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3500 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3501 = broadcast %3500 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3502 = mul %3499, %3501 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3503 = mul %3496, %3502 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3504 = mul %3503, %2417 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3505 = mul %3495, %2414 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3506 = add %3504, %3505 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3507 = reduce_sum %3506 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3508 = reshape %3507 : f32[64] @ models/lib/nn.yaml:84:18
%3509 = matmul %3506, %47 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3510 = reshape %2409 : f32[4,16] @ models/lib/nn.yaml:83:15
%3511 = reshape %3506 : f32[4,64] @ models/lib/nn.yaml:83:15
%3512 = matmul %3511, %3510 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3513 = reduce_sum %3509 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3514 = reshape %3513 : f32[16] @ models/lib/nn.yaml:96:46
%3515 = mul %3509, %2406 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3516 = mul %3509, %2405 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3517 = reduce_sum %3516 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3518 = reshape %3517 : f32[16] @ models/lib/nn.yaml:96:37
%3519 = mul %3515, %2404 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3520 = mul %3515, %2394 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3521 = reduce_sum %3520 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3522 = mul %2403, %2403 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3523 = mul %2403, %3522 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3524 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3525 = broadcast %3524 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3526 = mul %3523, %3525 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3527 = mul %3521, %3526 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3528 = div %3527, %2398 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3529 = broadcast %3528 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%3530 = mul %3529, %2394 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3531 = add %3519, %3530 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3532 = mul %3529, %2394 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3533 = add %3531, %3532 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3534 = add %3486, %3533 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3535 = neg %3533 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3536 = reduce_sum %3535 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3537 = div %3536, %2391 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3538 = broadcast %3537 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3539 = add %3534, %3538 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3540 = reduce_sum %3539 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3541 = reshape %3540 : f32[16] @ models/lib/nn.yaml:84:18
%3542 = matmul %3539, %43 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3543 = reshape %2384 : f32[4,16] @ models/lib/nn.yaml:83:15
%3544 = reshape %3539 : f32[4,16] @ models/lib/nn.yaml:83:15
%3545 = matmul %3544, %3543 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3546 = reshape %3542 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%3547 = permute %3546 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%3548 = matmul %3547, %2369 ta=0 tb=1 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3549 = matmul %2381, %3547 ta=1 tb=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3550 = div %3548, %2380 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3551 = mul %3550, %2381 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3552 = neg %3551 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3553 = reduce_sum %3552 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3554 = broadcast %3553 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3555 = add %3550, %3554 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3556 = mul %3555, %2378 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3557 = mul %3556, %2372 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3558 = matmul %3557, %2364 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3559 = matmul %3557, %2359 ta=1 tb=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3560 = permute %3549 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%3561 = reshape %3560 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%3562 = reduce_sum %3561 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3563 = reshape %3562 : f32[16] @ models/lib/nn.yaml:84:18
%3564 = matmul %3561, %41 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3565 = reshape %2353 : f32[40,16] @ models/lib/nn.yaml:83:15
%3566 = reshape %3561 : f32[40,16] @ models/lib/nn.yaml:83:15
%3567 = matmul %3566, %3565 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3568 = permute %3559 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%3569 = reshape %3568 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%3570 = reduce_sum %3569 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3571 = reshape %3570 : f32[16] @ models/lib/nn.yaml:84:18
%3572 = matmul %3569, %39 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3573 = add %3564, %3572 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3574 = reshape %2353 : f32[40,16] @ models/lib/nn.yaml:83:15
%3575 = reshape %3569 : f32[40,16] @ models/lib/nn.yaml:83:15
%3576 = matmul %3575, %3574 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3577 = permute %3558 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%3578 = reshape %3577 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%3579 = reduce_sum %3578 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3580 = reshape %3579 : f32[16] @ models/lib/nn.yaml:84:18
%3581 = matmul %3578, %37 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3582 = reshape %2354 : f32[4,16] @ models/lib/nn.yaml:83:15
%3583 = reshape %3578 : f32[4,16] @ models/lib/nn.yaml:83:15
%3584 = matmul %3583, %3582 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3585 = pad %3581 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3586 = add %3573, %3585 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3587 = reduce_sum %3586 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3588 = reshape %3587 : f32[16] @ models/lib/nn.yaml:96:46
%3589 = mul %3586, %2350 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3590 = mul %3586, %2349 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3591 = reduce_sum %3590 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3592 = reshape %3591 : f32[16] @ models/lib/nn.yaml:96:37
%3593 = mul %3589, %2348 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3594 = mul %3589, %2338 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3595 = reduce_sum %3594 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3596 = mul %2347, %2347 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3597 = mul %2347, %3596 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3598 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3599 = broadcast %3598 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3600 = mul %3597, %3599 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3601 = mul %3595, %3600 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3602 = div %3601, %2342 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3603 = broadcast %3602 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%3604 = mul %3603, %2338 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3605 = add %3593, %3604 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3606 = mul %3603, %2338 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3607 = add %3605, %3606 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3608 = neg %3607 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3609 = reduce_sum %3608 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3610 = div %3609, %2335 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3611 = broadcast %3610 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3612 = add %3607, %3611 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3613 = slice %3612 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3614 = add %3539, %3613 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3615 = slice %3612 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3616 = add %3488, %3615 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3617 = reduce_sum %3614 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%3618 = mul %3616, %2328 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3619 = div %3618, %2320 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3620 = reduce_sum %3619 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3621 = reshape %3620 : f32[16] @ models/lib/nn.yaml:84:18
%3622 = matmul %3619, %32 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%3623 = reshape %2315 : f32[36,64] @ models/lib/nn.yaml:83:15
%3624 = reshape %3619 : f32[36,16] @ models/lib/nn.yaml:83:15
%3625 = matmul %3624, %3623 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3626 = mul %3622, %2314 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3627 = mul %3622, %2307 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3628 = mul %2310, %2310 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3629 = neg %3628 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3630 = exp %3629 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3631 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3632 = broadcast %3631 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3633 = mul %3630, %3632 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3634 = mul %3627, %3633 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3635 = mul %3634, %2309 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3636 = mul %3626, %2306 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3637 = add %3635, %3636 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3638 = reduce_sum %3637 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3639 = reshape %3638 : f32[64] @ models/lib/nn.yaml:84:18
%3640 = matmul %3637, %30 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3641 = reshape %2301 : f32[36,16] @ models/lib/nn.yaml:83:15
%3642 = reshape %3637 : f32[36,64] @ models/lib/nn.yaml:83:15
%3643 = matmul %3642, %3641 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3644 = reduce_sum %3640 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3645 = reshape %3644 : f32[16] @ models/lib/nn.yaml:96:46
%3646 = mul %3640, %2298 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3647 = mul %3640, %2297 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3648 = reduce_sum %3647 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3649 = reshape %3648 : f32[16] @ models/lib/nn.yaml:96:37
%3650 = mul %3646, %2296 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3651 = mul %3646, %2286 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3652 = reduce_sum %3651 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3653 = mul %2295, %2295 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3654 = mul %2295, %3653 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3655 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3656 = broadcast %3655 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3657 = mul %3654, %3656 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3658 = mul %3652, %3657 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3659 = div %3658, %2290 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3660 = broadcast %3659 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%3661 = mul %3660, %2286 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3662 = add %3650, %3661 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3663 = mul %3660, %2286 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3664 = add %3662, %3663 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3665 = add %3616, %3664 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3666 = neg %3664 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3667 = reduce_sum %3666 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3668 = div %3667, %2283 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3669 = broadcast %3668 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3670 = add %3665, %3669 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3671 = mul %3670, %2278 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3672 = div %3671, %2270 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3673 = reduce_sum %3672 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3674 = reshape %3673 : f32[16] @ models/lib/nn.yaml:84:18
%3675 = matmul %3672, %26 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3676 = reshape %2265 : f32[36,16] @ models/lib/nn.yaml:83:15
%3677 = reshape %3672 : f32[36,16] @ models/lib/nn.yaml:83:15
%3678 = matmul %3677, %3676 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3679 = reshape %3675 : f32[4,9,2,8] @ models/lib/nn.yaml:57:16
%3680 = permute %3679 perm=[0,2,1,3] : f32[4,2,9,8] @ models/lib/nn.yaml:56:13
%3681 = matmul %3680, %2250 ta=0 tb=1 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3682 = matmul %2262, %3680 ta=1 tb=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3683 = div %3681, %2261 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3684 = mul %3683, %2262 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3685 = neg %3684 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3686 = reduce_sum %3685 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%3687 = broadcast %3686 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3688 = add %3683, %3687 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3689 = mul %3688, %2259 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3690 = mul %3689, %2253 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3691 = matmul %3690, %2248 ta=0 tb=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3692 = matmul %3690, %2246 ta=1 tb=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3693 = reshape %3682 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3694 = pad %3693 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:40
%3695 = reshape %3692 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%3696 = pad %3695 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%3697 = add %3694, %3696 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%3698 = reshape %3691 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%3699 = pad %3698 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%3700 = add %3697, %3699 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%3701 = permute %3700 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%3702 = reshape %3701 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%3703 = reduce_sum %3702 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%3704 = reshape %3703 : f32[48] @ models/lib/nn.yaml:84:18
%3705 = matmul %3702, %24 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3706 = reshape %2239 : f32[36,16] @ models/lib/nn.yaml:83:15
%3707 = reshape %3702 : f32[36,48] @ models/lib/nn.yaml:83:15
%3708 = matmul %3707, %3706 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%3709 = reduce_sum %3705 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3710 = reshape %3709 : f32[16] @ models/lib/nn.yaml:96:46
%3711 = mul %3705, %2236 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3712 = mul %3705, %2235 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3713 = reduce_sum %3712 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3714 = reshape %3713 : f32[16] @ models/lib/nn.yaml:96:37
%3715 = mul %3711, %2234 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3716 = mul %3711, %2224 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3717 = reduce_sum %3716 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3718 = mul %2233, %2233 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3719 = mul %2233, %3718 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3720 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3721 = broadcast %3720 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3722 = mul %3719, %3721 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3723 = mul %3717, %3722 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3724 = div %3723, %2228 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3725 = broadcast %3724 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%3726 = mul %3725, %2224 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3727 = add %3715, %3726 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3728 = mul %3725, %2224 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3729 = add %3727, %3728 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3730 = add %3670, %3729 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3731 = neg %3729 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3732 = reduce_sum %3731 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3733 = div %3732, %2221 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3734 = broadcast %3733 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3735 = add %3730, %3734 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3736 = reduce_sum %3735 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3737 = reshape %3736 : f32[16] @ models/lib/nn.yaml:84:18
%3738 = matmul %3735, %20 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%3739 = reshape %2214 : f32[36,64] @ models/lib/nn.yaml:83:15
%3740 = reshape %3735 : f32[36,16] @ models/lib/nn.yaml:83:15
%3741 = matmul %3740, %3739 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3742 = mul %3738, %2213 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3743 = mul %3738, %2206 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3744 = mul %2209, %2209 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3745 = neg %3744 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3746 = exp %3745 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3747 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3748 = broadcast %3747 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3749 = mul %3746, %3748 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3750 = mul %3743, %3749 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3751 = mul %3750, %2208 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3752 = mul %3742, %2205 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3753 = add %3751, %3752 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3754 = reduce_sum %3753 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3755 = reshape %3754 : f32[64] @ models/lib/nn.yaml:84:18
%3756 = matmul %3753, %18 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3757 = reshape %2200 : f32[36,16] @ models/lib/nn.yaml:83:15
%3758 = reshape %3753 : f32[36,64] @ models/lib/nn.yaml:83:15
%3759 = matmul %3758, %3757 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3760 = reduce_sum %3756 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3761 = reshape %3760 : f32[16] @ models/lib/nn.yaml:96:46
%3762 = mul %3756, %2197 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3763 = mul %3756, %2196 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3764 = reduce_sum %3763 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3765 = reshape %3764 : f32[16] @ models/lib/nn.yaml:96:37
%3766 = mul %3762, %2195 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3767 = mul %3762, %2185 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3768 = reduce_sum %3767 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3769 = mul %2194, %2194 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3770 = mul %2194, %3769 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3771 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3772 = broadcast %3771 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3773 = mul %3770, %3772 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3774 = mul %3768, %3773 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3775 = div %3774, %2189 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3776 = broadcast %3775 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%3777 = mul %3776, %2185 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3778 = add %3766, %3777 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3779 = mul %3776, %2185 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3780 = add %3778, %3779 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3781 = add %3735, %3780 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3782 = neg %3780 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3783 = reduce_sum %3782 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3784 = div %3783, %2182 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3785 = broadcast %3784 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3786 = add %3781, %3785 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3787 = reduce_sum %3786 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3788 = reshape %3787 : f32[16] @ models/lib/nn.yaml:84:18
%3789 = matmul %3786, %14 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3790 = reshape %2175 : f32[36,16] @ models/lib/nn.yaml:83:15
%3791 = reshape %3786 : f32[36,16] @ models/lib/nn.yaml:83:15
%3792 = matmul %3791, %3790 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3793 = reshape %3789 : f32[4,9,2,8] @ models/lib/nn.yaml:57:16
%3794 = permute %3793 perm=[0,2,1,3] : f32[4,2,9,8] @ models/lib/nn.yaml:56:13
%3795 = matmul %3794, %2160 ta=0 tb=1 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3796 = matmul %2172, %3794 ta=1 tb=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3797 = div %3795, %2171 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3798 = mul %3797, %2172 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3799 = neg %3798 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3800 = reduce_sum %3799 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%3801 = broadcast %3800 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3802 = add %3797, %3801 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3803 = mul %3802, %2169 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3804 = mul %3803, %2163 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3805 = matmul %3804, %2158 ta=0 tb=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3806 = matmul %3804, %2156 ta=1 tb=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3807 = reshape %3796 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3808 = pad %3807 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:40
%3809 = reshape %3806 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%3810 = pad %3809 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%3811 = add %3808, %3810 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%3812 = reshape %3805 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%3813 = pad %3812 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%3814 = add %3811, %3813 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%3815 = permute %3814 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%3816 = reshape %3815 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%3817 = reduce_sum %3816 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%3818 = reshape %3817 : f32[48] @ models/lib/nn.yaml:84:18
%3819 = matmul %3816, %12 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3820 = reshape %2149 : f32[36,16] @ models/lib/nn.yaml:83:15
%3821 = reshape %3816 : f32[36,48] @ models/lib/nn.yaml:83:15
%3822 = matmul %3821, %3820 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%3823 = reduce_sum %3819 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3824 = reshape %3823 : f32[16] @ models/lib/nn.yaml:96:46
%3825 = mul %3819, %2146 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3826 = mul %3819, %2145 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3827 = reduce_sum %3826 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3828 = reshape %3827 : f32[16] @ models/lib/nn.yaml:96:37
%3829 = mul %3825, %2144 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3830 = mul %3825, %2134 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3831 = reduce_sum %3830 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3832 = mul %2143, %2143 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3833 = mul %2143, %3832 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3834 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3835 = broadcast %3834 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3836 = mul %3833, %3835 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3837 = mul %3831, %3836 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3838 = div %3837, %2138 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3839 = broadcast %3838 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%3840 = mul %3839, %2134 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3841 = add %3829, %3840 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3842 = mul %3839, %2134 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3843 = add %3841, %3842 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3844 = add %3786, %3843 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3845 = neg %3843 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3846 = reduce_sum %3845 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3847 = div %3846, %2131 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3848 = broadcast %3847 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3849 = add %3844, %3848 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3850 = reduce_sum %3849 axes=[0] keep=1 : f32[1,9,16] @ models/lib/vit.yaml:62:15
%3851 = reshape %3850 : f32[3,3,16] @ models/lib/vit.yaml:36:16
%3852 = permute %3851 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%3853 = reshape %3852 : f32[3,48] @ models/lib/vit.yaml:35:21
%3854 = matmul %2117, %3853 ta=1 tb=0 : f32[4,48] @ models/lib/vit.yaml:34:15
%3855 = reshape %3854 : f32[4,3,16] @ models/lib/vit.yaml:34:17
%3856 = permute %3855 perm=[1,0,2] : f32[3,4,16] @ models/lib/vit.yaml:33:13
%3857 = reshape %3856 : f32[3,64] @ models/lib/vit.yaml:33:21
%3858 = matmul %2117, %3857 ta=1 tb=0 : f32[4,64] @ models/lib/vit.yaml:32:15
%3859 = reshape %3858 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%3860 = reduce_sum %3849 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%3861 = reshape %3860 : f32[16] @ models/lib/vit.yaml:17:71
%3862 = reshape %2112 : f32[36,48] @ models/lib/vit.yaml:17:18
%3863 = reshape %3849 : f32[36,16] @ models/lib/vit.yaml:17:18
%3864 = matmul %3863, %3862 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%3865 = reshape %3864 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%3866 = pad %3057 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%3867 = pad %3071 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%3868 = add %3866, %3867 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%3869 = pad %3159 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3870 = pad %3115 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3871 = add %3869, %3870 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3872 = matmul %3868, %2104 ta=0 tb=0 : f32[4,16,8] @ models/lib/dino.yaml:23:18
%3873 = reshape %2097 : f32[64,8] @ models/lib/dino.yaml:23:18
%3874 = reshape %3868 : f32[64,16] @ models/lib/dino.yaml:23:18
%3875 = matmul %3874, %3873 ta=1 tb=0 : f32[16,8] @ models/lib/dino.yaml:23:18
%3876 = div %3875, %2103 : f32[16,8] @ models/lib/dino.yaml:22:33
%3877 = mul %3876, %2104 : f32[16,8] @ models/lib/dino.yaml:22:33
%3878 = neg %3877 : f32[16,8] @ models/lib/dino.yaml:22:33
%3879 = reduce_sum %3878 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%3880 = const data=[0.5] : f32[] @ models/lib/dino.yaml:22:35
%3881 = broadcast %3880 : f32[16,1] @ models/lib/dino.yaml:22:35
%3882 = mul %3879, %3881 : f32[16,1] @ models/lib/dino.yaml:22:35
%3883 = div %3882, %2102 : f32[16,1] @ models/lib/dino.yaml:22:35
%3884 = broadcast %3883 : f32[16,8] @ models/lib/dino.yaml:22:40
%3885 = mul %3884, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3886 = add %3183, %3885 : f32[16,8] @ models/lib/dino.yaml:22:53
%3887 = mul %3884, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3888 = add %3886, %3887 : f32[16,8] @ models/lib/dino.yaml:22:53
%3889 = mul %3876, %2098 : f32[16,8] @ models/lib/dino.yaml:22:22
%3890 = add %3888, %3889 : f32[16,8] @ models/lib/dino.yaml:22:22
%3891 = div %3872, %2096 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%3892 = mul %3891, %2097 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%3893 = neg %3892 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%3894 = reduce_sum %3893 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%3895 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%3896 = broadcast %3895 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3897 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%3898 = broadcast %3897 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3899 = mul %3894, %3898 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3900 = eq %2091, %2094 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%3901 = select %3900, %3899, %3896 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3902 = gt %2091, %2094 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%3903 = select %3902, %3894, %3901 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3904 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%3905 = broadcast %3904 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3906 = mul %3903, %3905 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3907 = div %3906, %2091 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3908 = broadcast %3907 : f32[4,16,8] @ models/lib/nn.yaml:33:29
%3909 = mul %3908, %2088 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%3910 = add %3891, %3909 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%3911 = mul %3908, %2088 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%3912 = add %3910, %3911 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%3913 = reduce_sum %3912 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%3914 = reshape %3913 : f32[8] @ models/lib/nn.yaml:84:18
%3915 = add %3207, %3914 : f32[8] @ models/lib/nn.yaml:84:18
%3916 = matmul %3912, %81 ta=0 tb=0 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%3917 = reshape %2085 : f32[64,24] @ models/lib/nn.yaml:83:15
%3918 = reshape %3912 : f32[64,8] @ models/lib/nn.yaml:83:15
%3919 = matmul %3918, %3917 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%3920 = add %3211, %3919 : f32[8,24] @ models/lib/nn.yaml:83:15
%3921 = mul %3916, %2084 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%3922 = mul %3916, %2077 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%3923 = mul %2080, %2080 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3924 = neg %3923 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3925 = exp %3924 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3926 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3927 = broadcast %3926 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3928 = mul %3925, %3927 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3929 = mul %3922, %3928 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3930 = mul %3929, %2079 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%3931 = mul %3921, %2076 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%3932 = add %3930, %3931 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%3933 = reduce_sum %3932 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3934 = reshape %3933 : f32[24] @ models/lib/nn.yaml:84:18
%3935 = add %3225, %3934 : f32[24] @ models/lib/nn.yaml:84:18
%3936 = matmul %3932, %79 ta=0 tb=0 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%3937 = reshape %2071 : f32[64,24] @ models/lib/nn.yaml:83:15
%3938 = reshape %3932 : f32[64,24] @ models/lib/nn.yaml:83:15
%3939 = matmul %3938, %3937 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%3940 = add %3229, %3939 : f32[24,24] @ models/lib/nn.yaml:83:15
%3941 = mul %3936, %2070 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%3942 = mul %3936, %2063 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%3943 = mul %2066, %2066 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3944 = neg %3943 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3945 = exp %3944 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3946 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3947 = broadcast %3946 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3948 = mul %3945, %3947 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3949 = mul %3942, %3948 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3950 = mul %3949, %2065 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%3951 = mul %3941, %2062 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%3952 = add %3950, %3951 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%3953 = reduce_sum %3952 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3954 = reshape %3953 : f32[24] @ models/lib/nn.yaml:84:18
%3955 = add %3243, %3954 : f32[24] @ models/lib/nn.yaml:84:18
%3956 = matmul %3952, %77 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%3957 = reshape %2057 : f32[64,16] @ models/lib/nn.yaml:83:15
%3958 = reshape %3952 : f32[64,24] @ models/lib/nn.yaml:83:15
%3959 = matmul %3958, %3957 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%3960 = add %3247, %3959 : f32[24,16] @ models/lib/nn.yaml:83:15
%3961 = pad %3956 lo=[0,1,0] hi=[0,0,0] value=0 : f32[4,17,16] @ models/dino_pass.yaml:103:46
%3962 = matmul %3871, %2055 ta=0 tb=0 : f32[4,1,8] @ models/lib/dino.yaml:23:18
%3963 = reshape %2048 : f32[4,8] @ models/lib/dino.yaml:23:18
%3964 = reshape %3871 : f32[4,32] @ models/lib/dino.yaml:23:18
%3965 = matmul %3964, %3963 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%3966 = div %3965, %2054 : f32[32,8] @ models/lib/dino.yaml:22:33
%3967 = mul %3966, %2055 : f32[32,8] @ models/lib/dino.yaml:22:33
%3968 = neg %3967 : f32[32,8] @ models/lib/dino.yaml:22:33
%3969 = reduce_sum %3968 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%3970 = const data=[0.5] : f32[] @ models/lib/dino.yaml:22:35
%3971 = broadcast %3970 : f32[32,1] @ models/lib/dino.yaml:22:35
%3972 = mul %3969, %3971 : f32[32,1] @ models/lib/dino.yaml:22:35
%3973 = div %3972, %2053 : f32[32,1] @ models/lib/dino.yaml:22:35
%3974 = broadcast %3973 : f32[32,8] @ models/lib/dino.yaml:22:40
%3975 = mul %3974, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%3976 = add %3266, %3975 : f32[32,8] @ models/lib/dino.yaml:22:53
%3977 = mul %3974, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%3978 = add %3976, %3977 : f32[32,8] @ models/lib/dino.yaml:22:53
%3979 = mul %3966, %2049 : f32[32,8] @ models/lib/dino.yaml:22:22
%3980 = add %3978, %3979 : f32[32,8] @ models/lib/dino.yaml:22:22
%3981 = div %3962, %2047 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3982 = mul %3981, %2048 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3983 = neg %3982 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3984 = reduce_sum %3983 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%3985 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%3986 = broadcast %3985 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3987 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%3988 = broadcast %3987 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3989 = mul %3984, %3988 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3990 = eq %2042, %2045 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3991 = select %3990, %3989, %3986 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3992 = gt %2042, %2045 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3993 = select %3992, %3984, %3991 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3994 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%3995 = broadcast %3994 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3996 = mul %3993, %3995 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3997 = div %3996, %2042 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3998 = broadcast %3997 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%3999 = mul %3998, %2039 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4000 = add %3981, %3999 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4001 = mul %3998, %2039 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4002 = add %4000, %4001 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4003 = reduce_sum %4002 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4004 = reshape %4003 : f32[8] @ models/lib/nn.yaml:84:18
%4005 = add %3290, %4004 : f32[8] @ models/lib/nn.yaml:84:18
%4006 = matmul %4002, %73 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%4007 = reshape %2036 : f32[4,24] @ models/lib/nn.yaml:83:15
%4008 = reshape %4002 : f32[4,8] @ models/lib/nn.yaml:83:15
%4009 = matmul %4008, %4007 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%4010 = add %3294, %4009 : f32[8,24] @ models/lib/nn.yaml:83:15
%4011 = mul %4006, %2035 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4012 = mul %4006, %2028 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4013 = mul %2031, %2031 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4014 = neg %4013 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4015 = exp %4014 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4016 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4017 = broadcast %4016 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4018 = mul %4015, %4017 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4019 = mul %4012, %4018 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4020 = mul %4019, %2030 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4021 = mul %4011, %2027 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4022 = add %4020, %4021 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4023 = reduce_sum %4022 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4024 = reshape %4023 : f32[24] @ models/lib/nn.yaml:84:18
%4025 = add %3308, %4024 : f32[24] @ models/lib/nn.yaml:84:18
%4026 = matmul %4022, %71 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%4027 = reshape %2022 : f32[4,24] @ models/lib/nn.yaml:83:15
%4028 = reshape %4022 : f32[4,24] @ models/lib/nn.yaml:83:15
%4029 = matmul %4028, %4027 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%4030 = add %3312, %4029 : f32[24,24] @ models/lib/nn.yaml:83:15
%4031 = mul %4026, %2021 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4032 = mul %4026, %2014 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4033 = mul %2017, %2017 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4034 = neg %4033 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4035 = exp %4034 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4036 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4037 = broadcast %4036 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4038 = mul %4035, %4037 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4039 = mul %4032, %4038 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4040 = mul %4039, %2016 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4041 = mul %4031, %2013 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4042 = add %4040, %4041 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4043 = reduce_sum %4042 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4044 = reshape %4043 : f32[24] @ models/lib/nn.yaml:84:18
%4045 = add %3326, %4044 : f32[24] @ models/lib/nn.yaml:84:18
%4046 = matmul %4042, %69 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4047 = reshape %2008 : f32[4,16] @ models/lib/nn.yaml:83:15
%4048 = reshape %4042 : f32[4,24] @ models/lib/nn.yaml:83:15
%4049 = matmul %4048, %4047 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%4050 = add %3330, %4049 : f32[24,16] @ models/lib/nn.yaml:83:15
%4051 = pad %4046 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%4052 = add %3961, %4051 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%4053 = reduce_sum %4052 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4054 = reshape %4053 : f32[16] @ models/lib/nn.yaml:96:46
%4055 = add %3334, %4054 : f32[16] @ models/lib/nn.yaml:96:46
%4056 = mul %4052, %2004 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4057 = mul %4052, %2003 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4058 = reduce_sum %4057 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4059 = reshape %4058 : f32[16] @ models/lib/nn.yaml:96:37
%4060 = add %3338, %4059 : f32[16] @ models/lib/nn.yaml:96:37
%4061 = mul %4056, %2002 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4062 = mul %4056, %1992 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4063 = reduce_sum %4062 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%4064 = mul %2001, %2001 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4065 = mul %2001, %4064 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4066 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4067 = broadcast %4066 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4068 = mul %4065, %4067 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4069 = mul %4063, %4068 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4070 = div %4069, %1996 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%4071 = broadcast %4070 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%4072 = mul %4071, %1992 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4073 = add %4061, %4072 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4074 = mul %4071, %1992 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4075 = add %4073, %4074 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4076 = neg %4075 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%4077 = reduce_sum %4076 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%4078 = div %4077, %1989 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%4079 = broadcast %4078 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4080 = add %4075, %4079 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4081 = slice %4080 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%4082 = slice %4080 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:111:21
%4083 = reduce_sum %4081 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4084 = reshape %4083 : f32[16] @ models/lib/nn.yaml:84:18
%4085 = add %3362, %4084 : f32[16] @ models/lib/nn.yaml:84:18
%4086 = matmul %4081, %65 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%4087 = reshape %1981 : f32[4,64] @ models/lib/nn.yaml:83:15
%4088 = reshape %4081 : f32[4,16] @ models/lib/nn.yaml:83:15
%4089 = matmul %4088, %4087 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4090 = add %3366, %4089 : f32[16,64] @ models/lib/nn.yaml:83:15
%4091 = mul %4086, %1980 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4092 = mul %4086, %1973 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4093 = mul %1976, %1976 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4094 = neg %4093 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4095 = exp %4094 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4096 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4097 = broadcast %4096 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4098 = mul %4095, %4097 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4099 = mul %4092, %4098 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4100 = mul %4099, %1975 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4101 = mul %4091, %1972 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4102 = add %4100, %4101 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4103 = reduce_sum %4102 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4104 = reshape %4103 : f32[64] @ models/lib/nn.yaml:84:18
%4105 = add %3380, %4104 : f32[64] @ models/lib/nn.yaml:84:18
%4106 = matmul %4102, %63 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4107 = reshape %1967 : f32[4,16] @ models/lib/nn.yaml:83:15
%4108 = reshape %4102 : f32[4,64] @ models/lib/nn.yaml:83:15
%4109 = matmul %4108, %4107 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4110 = add %3384, %4109 : f32[64,16] @ models/lib/nn.yaml:83:15
%4111 = reduce_sum %4106 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4112 = reshape %4111 : f32[16] @ models/lib/nn.yaml:96:46
%4113 = add %3386, %4112 : f32[16] @ models/lib/nn.yaml:96:46
%4114 = mul %4106, %1964 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4115 = mul %4106, %1963 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4116 = reduce_sum %4115 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4117 = reshape %4116 : f32[16] @ models/lib/nn.yaml:96:37
%4118 = add %3390, %4117 : f32[16] @ models/lib/nn.yaml:96:37
%4119 = mul %4114, %1962 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4120 = mul %4114, %1952 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4121 = reduce_sum %4120 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4122 = mul %1961, %1961 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4123 = mul %1961, %4122 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4124 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4125 = broadcast %4124 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4126 = mul %4123, %4125 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4127 = mul %4121, %4126 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4128 = div %4127, %1956 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4129 = broadcast %4128 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4130 = mul %4129, %1952 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4131 = add %4119, %4130 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4132 = mul %4129, %1952 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4133 = add %4131, %4132 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4134 = add %4081, %4133 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4135 = neg %4133 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4136 = reduce_sum %4135 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4137 = div %4136, %1949 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4138 = broadcast %4137 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4139 = add %4134, %4138 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4140 = reduce_sum %4139 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4141 = reshape %4140 : f32[16] @ models/lib/nn.yaml:84:18
%4142 = add %3413, %4141 : f32[16] @ models/lib/nn.yaml:84:18
%4143 = matmul %4139, %59 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4144 = reshape %1942 : f32[4,16] @ models/lib/nn.yaml:83:15
%4145 = reshape %4139 : f32[4,16] @ models/lib/nn.yaml:83:15
%4146 = matmul %4145, %4144 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4147 = add %3417, %4146 : f32[16,16] @ models/lib/nn.yaml:83:15
%4148 = reshape %4143 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%4149 = permute %4148 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%4150 = matmul %4149, %1927 ta=0 tb=1 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4151 = matmul %1939, %4149 ta=1 tb=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4152 = div %4150, %1938 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4153 = mul %4152, %1939 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4154 = neg %4153 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4155 = reduce_sum %4154 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4156 = broadcast %4155 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4157 = add %4152, %4156 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4158 = mul %4157, %1936 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%4159 = mul %4158, %1930 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%4160 = matmul %4159, %1922 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4161 = matmul %4159, %1917 ta=1 tb=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4162 = permute %4151 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%4163 = reshape %4162 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%4164 = reduce_sum %4163 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4165 = reshape %4164 : f32[16] @ models/lib/nn.yaml:84:18
%4166 = add %3435, %4165 : f32[16] @ models/lib/nn.yaml:84:18
%4167 = matmul %4163, %57 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4168 = reshape %1911 : f32[68,16] @ models/lib/nn.yaml:83:15
%4169 = reshape %4163 : f32[68,16] @ models/lib/nn.yaml:83:15
%4170 = matmul %4169, %4168 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4171 = add %3439, %4170 : f32[16,16] @ models/lib/nn.yaml:83:15
%4172 = permute %4161 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%4173 = reshape %4172 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%4174 = reduce_sum %4173 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4175 = reshape %4174 : f32[16] @ models/lib/nn.yaml:84:18
%4176 = add %3443, %4175 : f32[16] @ models/lib/nn.yaml:84:18
%4177 = matmul %4173, %55 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4178 = add %4167, %4177 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4179 = reshape %1911 : f32[68,16] @ models/lib/nn.yaml:83:15
%4180 = reshape %4173 : f32[68,16] @ models/lib/nn.yaml:83:15
%4181 = matmul %4180, %4179 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4182 = add %3448, %4181 : f32[16,16] @ models/lib/nn.yaml:83:15
%4183 = permute %4160 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4184 = reshape %4183 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4185 = reduce_sum %4184 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4186 = reshape %4185 : f32[16] @ models/lib/nn.yaml:84:18
%4187 = add %3452, %4186 : f32[16] @ models/lib/nn.yaml:84:18
%4188 = matmul %4184, %53 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4189 = reshape %1912 : f32[4,16] @ models/lib/nn.yaml:83:15
%4190 = reshape %4184 : f32[4,16] @ models/lib/nn.yaml:83:15
%4191 = matmul %4190, %4189 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4192 = add %3456, %4191 : f32[16,16] @ models/lib/nn.yaml:83:15
%4193 = pad %4188 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4194 = add %4178, %4193 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4195 = reduce_sum %4194 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4196 = reshape %4195 : f32[16] @ models/lib/nn.yaml:96:46
%4197 = add %3460, %4196 : f32[16] @ models/lib/nn.yaml:96:46
%4198 = mul %4194, %1908 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4199 = mul %4194, %1907 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4200 = reduce_sum %4199 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4201 = reshape %4200 : f32[16] @ models/lib/nn.yaml:96:37
%4202 = add %3464, %4201 : f32[16] @ models/lib/nn.yaml:96:37
%4203 = mul %4198, %1906 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4204 = mul %4198, %1896 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4205 = reduce_sum %4204 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%4206 = mul %1905, %1905 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4207 = mul %1905, %4206 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4208 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4209 = broadcast %4208 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4210 = mul %4207, %4209 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4211 = mul %4205, %4210 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4212 = div %4211, %1900 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%4213 = broadcast %4212 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%4214 = mul %4213, %1896 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4215 = add %4203, %4214 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4216 = mul %4213, %1896 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4217 = add %4215, %4216 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4218 = neg %4217 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%4219 = reduce_sum %4218 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%4220 = div %4219, %1893 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%4221 = broadcast %4220 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4222 = add %4217, %4221 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4223 = slice %4222 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4224 = add %4139, %4223 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4225 = slice %4222 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4226 = add %4082, %4225 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4227 = reduce_sum %4224 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4228 = reshape %4227 : f32[16] @ models/lib/nn.yaml:84:18
%4229 = add %3490, %4228 : f32[16] @ models/lib/nn.yaml:84:18
%4230 = matmul %4224, %49 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%4231 = reshape %1885 : f32[4,64] @ models/lib/nn.yaml:83:15
%4232 = reshape %4224 : f32[4,16] @ models/lib/nn.yaml:83:15
%4233 = matmul %4232, %4231 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4234 = add %3494, %4233 : f32[16,64] @ models/lib/nn.yaml:83:15
%4235 = mul %4230, %1884 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4236 = mul %4230, %1877 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4237 = mul %1880, %1880 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4238 = neg %4237 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4239 = exp %4238 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4240 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4241 = broadcast %4240 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4242 = mul %4239, %4241 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4243 = mul %4236, %4242 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4244 = mul %4243, %1879 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4245 = mul %4235, %1876 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4246 = add %4244, %4245 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4247 = reduce_sum %4246 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4248 = reshape %4247 : f32[64] @ models/lib/nn.yaml:84:18
%4249 = add %3508, %4248 : f32[64] @ models/lib/nn.yaml:84:18
%4250 = matmul %4246, %47 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4251 = reshape %1871 : f32[4,16] @ models/lib/nn.yaml:83:15
%4252 = reshape %4246 : f32[4,64] @ models/lib/nn.yaml:83:15
%4253 = matmul %4252, %4251 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4254 = add %3512, %4253 : f32[64,16] @ models/lib/nn.yaml:83:15
%4255 = reduce_sum %4250 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4256 = reshape %4255 : f32[16] @ models/lib/nn.yaml:96:46
%4257 = add %3514, %4256 : f32[16] @ models/lib/nn.yaml:96:46
%4258 = mul %4250, %1868 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4259 = mul %4250, %1867 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4260 = reduce_sum %4259 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4261 = reshape %4260 : f32[16] @ models/lib/nn.yaml:96:37
%4262 = add %3518, %4261 : f32[16] @ models/lib/nn.yaml:96:37
%4263 = mul %4258, %1866 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4264 = mul %4258, %1856 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4265 = reduce_sum %4264 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4266 = mul %1865, %1865 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4267 = mul %1865, %4266 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4268 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4269 = broadcast %4268 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4270 = mul %4267, %4269 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4271 = mul %4265, %4270 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4272 = div %4271, %1860 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4273 = broadcast %4272 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4274 = mul %4273, %1856 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4275 = add %4263, %4274 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4276 = mul %4273, %1856 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4277 = add %4275, %4276 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4278 = add %4224, %4277 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4279 = neg %4277 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4280 = reduce_sum %4279 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4281 = div %4280, %1853 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4282 = broadcast %4281 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4283 = add %4278, %4282 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4284 = reduce_sum %4283 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4285 = reshape %4284 : f32[16] @ models/lib/nn.yaml:84:18
%4286 = add %3541, %4285 : f32[16] @ models/lib/nn.yaml:84:18
%4287 = matmul %4283, %43 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4288 = reshape %1846 : f32[4,16] @ models/lib/nn.yaml:83:15
%4289 = reshape %4283 : f32[4,16] @ models/lib/nn.yaml:83:15
%4290 = matmul %4289, %4288 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4291 = add %3545, %4290 : f32[16,16] @ models/lib/nn.yaml:83:15
%4292 = reshape %4287 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%4293 = permute %4292 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%4294 = matmul %4293, %1831 ta=0 tb=1 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4295 = matmul %1843, %4293 ta=1 tb=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4296 = div %4294, %1842 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4297 = mul %4296, %1843 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4298 = neg %4297 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4299 = reduce_sum %4298 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4300 = broadcast %4299 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4301 = add %4296, %4300 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4302 = mul %4301, %1840 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%4303 = mul %4302, %1834 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%4304 = matmul %4303, %1826 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4305 = matmul %4303, %1821 ta=1 tb=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4306 = permute %4295 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%4307 = reshape %4306 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%4308 = reduce_sum %4307 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4309 = reshape %4308 : f32[16] @ models/lib/nn.yaml:84:18
%4310 = add %3563, %4309 : f32[16] @ models/lib/nn.yaml:84:18
%4311 = matmul %4307, %41 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4312 = reshape %1815 : f32[68,16] @ models/lib/nn.yaml:83:15
%4313 = reshape %4307 : f32[68,16] @ models/lib/nn.yaml:83:15
%4314 = matmul %4313, %4312 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4315 = add %3567, %4314 : f32[16,16] @ models/lib/nn.yaml:83:15
%4316 = permute %4305 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%4317 = reshape %4316 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%4318 = reduce_sum %4317 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4319 = reshape %4318 : f32[16] @ models/lib/nn.yaml:84:18
%4320 = add %3571, %4319 : f32[16] @ models/lib/nn.yaml:84:18
%4321 = matmul %4317, %39 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4322 = add %4311, %4321 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4323 = reshape %1815 : f32[68,16] @ models/lib/nn.yaml:83:15
%4324 = reshape %4317 : f32[68,16] @ models/lib/nn.yaml:83:15
%4325 = matmul %4324, %4323 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4326 = add %3576, %4325 : f32[16,16] @ models/lib/nn.yaml:83:15
%4327 = permute %4304 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4328 = reshape %4327 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4329 = reduce_sum %4328 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4330 = reshape %4329 : f32[16] @ models/lib/nn.yaml:84:18
%4331 = add %3580, %4330 : f32[16] @ models/lib/nn.yaml:84:18
%4332 = matmul %4328, %37 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4333 = reshape %1816 : f32[4,16] @ models/lib/nn.yaml:83:15
%4334 = reshape %4328 : f32[4,16] @ models/lib/nn.yaml:83:15
%4335 = matmul %4334, %4333 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4336 = add %3584, %4335 : f32[16,16] @ models/lib/nn.yaml:83:15
%4337 = pad %4332 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4338 = add %4322, %4337 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4339 = reduce_sum %4338 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4340 = reshape %4339 : f32[16] @ models/lib/nn.yaml:96:46
%4341 = add %3588, %4340 : f32[16] @ models/lib/nn.yaml:96:46
%4342 = mul %4338, %1812 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4343 = mul %4338, %1811 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4344 = reduce_sum %4343 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4345 = reshape %4344 : f32[16] @ models/lib/nn.yaml:96:37
%4346 = add %3592, %4345 : f32[16] @ models/lib/nn.yaml:96:37
%4347 = mul %4342, %1810 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4348 = mul %4342, %1800 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4349 = reduce_sum %4348 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%4350 = mul %1809, %1809 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4351 = mul %1809, %4350 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4352 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4353 = broadcast %4352 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4354 = mul %4351, %4353 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4355 = mul %4349, %4354 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4356 = div %4355, %1804 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%4357 = broadcast %4356 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%4358 = mul %4357, %1800 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4359 = add %4347, %4358 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4360 = mul %4357, %1800 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4361 = add %4359, %4360 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4362 = neg %4361 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%4363 = reduce_sum %4362 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%4364 = div %4363, %1797 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%4365 = broadcast %4364 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4366 = add %4361, %4365 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4367 = slice %4366 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4368 = add %4283, %4367 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4369 = slice %4366 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4370 = add %4226, %4369 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4371 = reduce_sum %4368 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4372 = add %3617, %4371 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4373 = mul %4370, %1790 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%4374 = div %4373, %1782 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%4375 = reduce_sum %4374 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4376 = reshape %4375 : f32[16] @ models/lib/nn.yaml:84:18
%4377 = add %3621, %4376 : f32[16] @ models/lib/nn.yaml:84:18
%4378 = matmul %4374, %32 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%4379 = reshape %1777 : f32[64,64] @ models/lib/nn.yaml:83:15
%4380 = reshape %4374 : f32[64,16] @ models/lib/nn.yaml:83:15
%4381 = matmul %4380, %4379 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4382 = add %3625, %4381 : f32[16,64] @ models/lib/nn.yaml:83:15
%4383 = mul %4378, %1776 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4384 = mul %4378, %1769 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4385 = mul %1772, %1772 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4386 = neg %4385 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4387 = exp %4386 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4388 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4389 = broadcast %4388 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4390 = mul %4387, %4389 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4391 = mul %4384, %4390 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4392 = mul %4391, %1771 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%4393 = mul %4383, %1768 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4394 = add %4392, %4393 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4395 = reduce_sum %4394 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4396 = reshape %4395 : f32[64] @ models/lib/nn.yaml:84:18
%4397 = add %3639, %4396 : f32[64] @ models/lib/nn.yaml:84:18
%4398 = matmul %4394, %30 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4399 = reshape %1763 : f32[64,16] @ models/lib/nn.yaml:83:15
%4400 = reshape %4394 : f32[64,64] @ models/lib/nn.yaml:83:15
%4401 = matmul %4400, %4399 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4402 = add %3643, %4401 : f32[64,16] @ models/lib/nn.yaml:83:15
%4403 = reduce_sum %4398 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4404 = reshape %4403 : f32[16] @ models/lib/nn.yaml:96:46
%4405 = add %3645, %4404 : f32[16] @ models/lib/nn.yaml:96:46
%4406 = mul %4398, %1760 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4407 = mul %4398, %1759 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4408 = reduce_sum %4407 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4409 = reshape %4408 : f32[16] @ models/lib/nn.yaml:96:37
%4410 = add %3649, %4409 : f32[16] @ models/lib/nn.yaml:96:37
%4411 = mul %4406, %1758 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4412 = mul %4406, %1748 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4413 = reduce_sum %4412 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4414 = mul %1757, %1757 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4415 = mul %1757, %4414 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4416 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4417 = broadcast %4416 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4418 = mul %4415, %4417 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4419 = mul %4413, %4418 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4420 = div %4419, %1752 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4421 = broadcast %4420 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4422 = mul %4421, %1748 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4423 = add %4411, %4422 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4424 = mul %4421, %1748 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4425 = add %4423, %4424 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4426 = add %4370, %4425 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4427 = neg %4425 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4428 = reduce_sum %4427 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4429 = div %4428, %1745 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4430 = broadcast %4429 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4431 = add %4426, %4430 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4432 = mul %4431, %1740 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%4433 = div %4432, %1731 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%4434 = reduce_sum %4433 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4435 = reshape %4434 : f32[16] @ models/lib/nn.yaml:84:18
%4436 = add %3674, %4435 : f32[16] @ models/lib/nn.yaml:84:18
%4437 = matmul %4433, %26 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4438 = reshape %1726 : f32[64,16] @ models/lib/nn.yaml:83:15
%4439 = reshape %4433 : f32[64,16] @ models/lib/nn.yaml:83:15
%4440 = matmul %4439, %4438 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4441 = add %3678, %4440 : f32[16,16] @ models/lib/nn.yaml:83:15
%4442 = reshape %4437 : f32[4,16,2,8] @ models/lib/nn.yaml:57:16
%4443 = permute %4442 perm=[0,2,1,3] : f32[4,2,16,8] @ models/lib/nn.yaml:56:13
%4444 = matmul %4443, %1711 ta=0 tb=1 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4445 = matmul %1723, %4443 ta=1 tb=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4446 = div %4444, %1722 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4447 = mul %4446, %1723 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4448 = neg %4447 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4449 = reduce_sum %4448 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%4450 = broadcast %4449 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4451 = add %4446, %4450 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4452 = mul %4451, %1720 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%4453 = mul %4452, %1714 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%4454 = matmul %4453, %1709 ta=0 tb=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4455 = matmul %4453, %1707 ta=1 tb=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4456 = reshape %4445 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%4457 = pad %4456 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:40
%4458 = reshape %4455 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%4459 = pad %4458 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%4460 = add %4457, %4459 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%4461 = reshape %4454 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%4462 = pad %4461 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%4463 = add %4460, %4462 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%4464 = permute %4463 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%4465 = reshape %4464 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%4466 = reduce_sum %4465 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4467 = reshape %4466 : f32[48] @ models/lib/nn.yaml:84:18
%4468 = add %3704, %4467 : f32[48] @ models/lib/nn.yaml:84:18
%4469 = matmul %4465, %24 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4470 = reshape %1700 : f32[64,16] @ models/lib/nn.yaml:83:15
%4471 = reshape %4465 : f32[64,48] @ models/lib/nn.yaml:83:15
%4472 = matmul %4471, %4470 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%4473 = add %3708, %4472 : f32[48,16] @ models/lib/nn.yaml:83:15
%4474 = reduce_sum %4469 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4475 = reshape %4474 : f32[16] @ models/lib/nn.yaml:96:46
%4476 = add %3710, %4475 : f32[16] @ models/lib/nn.yaml:96:46
%4477 = mul %4469, %1697 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4478 = mul %4469, %1696 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4479 = reduce_sum %4478 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4480 = reshape %4479 : f32[16] @ models/lib/nn.yaml:96:37
%4481 = add %3714, %4480 : f32[16] @ models/lib/nn.yaml:96:37
%4482 = mul %4477, %1695 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4483 = mul %4477, %1685 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4484 = reduce_sum %4483 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4485 = mul %1694, %1694 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4486 = mul %1694, %4485 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4487 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4488 = broadcast %4487 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4489 = mul %4486, %4488 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4490 = mul %4484, %4489 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4491 = div %4490, %1689 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4492 = broadcast %4491 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4493 = mul %4492, %1685 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4494 = add %4482, %4493 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4495 = mul %4492, %1685 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4496 = add %4494, %4495 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4497 = add %4431, %4496 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4498 = neg %4496 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4499 = reduce_sum %4498 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4500 = div %4499, %1682 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4501 = broadcast %4500 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4502 = add %4497, %4501 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4503 = reduce_sum %4502 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4504 = reshape %4503 : f32[16] @ models/lib/nn.yaml:84:18
%4505 = add %3737, %4504 : f32[16] @ models/lib/nn.yaml:84:18
%4506 = matmul %4502, %20 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%4507 = reshape %1675 : f32[64,64] @ models/lib/nn.yaml:83:15
%4508 = reshape %4502 : f32[64,16] @ models/lib/nn.yaml:83:15
%4509 = matmul %4508, %4507 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4510 = add %3741, %4509 : f32[16,64] @ models/lib/nn.yaml:83:15
%4511 = mul %4506, %1674 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4512 = mul %4506, %1667 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4513 = mul %1670, %1670 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4514 = neg %4513 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4515 = exp %4514 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4516 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4517 = broadcast %4516 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4518 = mul %4515, %4517 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4519 = mul %4512, %4518 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4520 = mul %4519, %1669 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%4521 = mul %4511, %1666 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4522 = add %4520, %4521 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4523 = reduce_sum %4522 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4524 = reshape %4523 : f32[64] @ models/lib/nn.yaml:84:18
%4525 = add %3755, %4524 : f32[64] @ models/lib/nn.yaml:84:18
%4526 = matmul %4522, %18 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4527 = reshape %1661 : f32[64,16] @ models/lib/nn.yaml:83:15
%4528 = reshape %4522 : f32[64,64] @ models/lib/nn.yaml:83:15
%4529 = matmul %4528, %4527 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4530 = add %3759, %4529 : f32[64,16] @ models/lib/nn.yaml:83:15
%4531 = reduce_sum %4526 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4532 = reshape %4531 : f32[16] @ models/lib/nn.yaml:96:46
%4533 = add %3761, %4532 : f32[16] @ models/lib/nn.yaml:96:46
%4534 = mul %4526, %1658 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4535 = mul %4526, %1657 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4536 = reduce_sum %4535 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4537 = reshape %4536 : f32[16] @ models/lib/nn.yaml:96:37
%4538 = add %3765, %4537 : f32[16] @ models/lib/nn.yaml:96:37
%4539 = mul %4534, %1656 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4540 = mul %4534, %1646 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4541 = reduce_sum %4540 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4542 = mul %1655, %1655 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4543 = mul %1655, %4542 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4544 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4545 = broadcast %4544 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4546 = mul %4543, %4545 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4547 = mul %4541, %4546 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4548 = div %4547, %1650 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4549 = broadcast %4548 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4550 = mul %4549, %1646 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4551 = add %4539, %4550 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4552 = mul %4549, %1646 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4553 = add %4551, %4552 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4554 = add %4502, %4553 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4555 = neg %4553 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4556 = reduce_sum %4555 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4557 = div %4556, %1643 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4558 = broadcast %4557 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4559 = add %4554, %4558 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4560 = reduce_sum %4559 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4561 = reshape %4560 : f32[16] @ models/lib/nn.yaml:84:18
%4562 = add %3788, %4561 : f32[16] @ models/lib/nn.yaml:84:18
%4563 = matmul %4559, %14 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4564 = reshape %1636 : f32[64,16] @ models/lib/nn.yaml:83:15
%4565 = reshape %4559 : f32[64,16] @ models/lib/nn.yaml:83:15
%4566 = matmul %4565, %4564 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4567 = add %3792, %4566 : f32[16,16] @ models/lib/nn.yaml:83:15
%4568 = reshape %4563 : f32[4,16,2,8] @ models/lib/nn.yaml:57:16
%4569 = permute %4568 perm=[0,2,1,3] : f32[4,2,16,8] @ models/lib/nn.yaml:56:13
%4570 = matmul %4569, %1621 ta=0 tb=1 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4571 = matmul %1633, %4569 ta=1 tb=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4572 = div %4570, %1632 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4573 = mul %4572, %1633 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4574 = neg %4573 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4575 = reduce_sum %4574 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%4576 = broadcast %4575 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4577 = add %4572, %4576 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4578 = mul %4577, %1630 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%4579 = mul %4578, %1624 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%4580 = matmul %4579, %1619 ta=0 tb=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4581 = matmul %4579, %1617 ta=1 tb=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4582 = reshape %4571 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%4583 = pad %4582 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:40
%4584 = reshape %4581 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%4585 = pad %4584 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%4586 = add %4583, %4585 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%4587 = reshape %4580 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%4588 = pad %4587 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%4589 = add %4586, %4588 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%4590 = permute %4589 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%4591 = reshape %4590 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%4592 = reduce_sum %4591 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4593 = reshape %4592 : f32[48] @ models/lib/nn.yaml:84:18
%4594 = add %3818, %4593 : f32[48] @ models/lib/nn.yaml:84:18
%4595 = matmul %4591, %12 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4596 = reshape %1610 : f32[64,16] @ models/lib/nn.yaml:83:15
%4597 = reshape %4591 : f32[64,48] @ models/lib/nn.yaml:83:15
%4598 = matmul %4597, %4596 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%4599 = add %3822, %4598 : f32[48,16] @ models/lib/nn.yaml:83:15
%4600 = reduce_sum %4595 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4601 = reshape %4600 : f32[16] @ models/lib/nn.yaml:96:46
%4602 = add %3824, %4601 : f32[16] @ models/lib/nn.yaml:96:46
%4603 = mul %4595, %1607 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4604 = mul %4595, %1606 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4605 = reduce_sum %4604 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4606 = reshape %4605 : f32[16] @ models/lib/nn.yaml:96:37
%4607 = add %3828, %4606 : f32[16] @ models/lib/nn.yaml:96:37
%4608 = mul %4603, %1605 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4609 = mul %4603, %1595 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4610 = reduce_sum %4609 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4611 = mul %1604, %1604 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4612 = mul %1604, %4611 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4613 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4614 = broadcast %4613 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4615 = mul %4612, %4614 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4616 = mul %4610, %4615 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4617 = div %4616, %1599 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4618 = broadcast %4617 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4619 = mul %4618, %1595 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4620 = add %4608, %4619 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4621 = mul %4618, %1595 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4622 = add %4620, %4621 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4623 = add %4559, %4622 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4624 = neg %4622 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4625 = reduce_sum %4624 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4626 = div %4625, %1592 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4627 = broadcast %4626 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4628 = add %4623, %4627 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4629 = reduce_sum %4628 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%4630 = add %3859, %4629 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%4631 = reduce_sum %4628 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%4632 = reshape %4631 : f32[16] @ models/lib/vit.yaml:17:71
%4633 = add %3861, %4632 : f32[16] @ models/lib/vit.yaml:17:71
%4634 = reshape %1583 : f32[64,48] @ models/lib/vit.yaml:17:18
%4635 = reshape %4628 : f32[64,16] @ models/lib/vit.yaml:17:18
%4636 = matmul %4635, %4634 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%4637 = reshape %4636 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%4638 = add %3865, %4637 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%4639 = all_reduce_sum %4630 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4640 = reshape %4639 : f32[256] @ models/lib/vit.yaml:48:7
%4641 = mul %4640, %4640 : f32[256] @ models/lib/vit.yaml:48:7
%4642 = reduce_sum %4641 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%4643 = sqrt %4642 : f32[] @ models/lib/vit.yaml:48:7
%4644 = cast %4643 : f64[] @ models/lib/vit.yaml:48:7
%4645 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%4646 = add %4644, %4645 : f64[] @ models/lib/vit.yaml:48:7
%4647 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%4648 = div %4647, %4646 : f64[] @ models/lib/vit.yaml:48:7
%4649 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%4650 = lt %4648, %4649 : bool[] @ models/lib/vit.yaml:48:7
%4651 = cast %4648 : f32[] @ models/lib/vit.yaml:48:7
%4652 = broadcast %4651 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4653 = mul %4639, %4652 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4654 = broadcast %4650 : bool[1,16,16] @ models/lib/vit.yaml:48:7
%4655 = select %4654, %4653, %4639 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4656 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4657 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4658 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%4659 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%4660 = add %4658, %4659 : i64[] @ models/lib/vit.yaml:48:7
%4661 = mul %3010, %3011 : f64[] @ models/lib/vit.yaml:48:7
%4662 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%4663 = sub %4662, %4661 : f64[] @ models/lib/vit.yaml:48:7
%4664 = cast %4663 : f32[] @ models/lib/vit.yaml:48:7
%4665 = broadcast %4664 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4666 = mul %7, %4665 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4667 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:48:7
%4668 = cast %4667 : f32[] @ models/lib/vit.yaml:48:7
%4669 = broadcast %4668 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4670 = mul %4655, %4669 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4671 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%4672 = cast %4671 : f32[] @ models/lib/vit.yaml:48:7
%4673 = broadcast %4672 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4674 = mul %4656, %4673 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4675 = add %4674, %4670 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4676 = mul %4655, %4655 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4677 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:48:7
%4678 = cast %4677 : f32[] @ models/lib/vit.yaml:48:7
%4679 = broadcast %4678 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4680 = mul %4676, %4679 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4681 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%4682 = cast %4681 : f32[] @ models/lib/vit.yaml:48:7
%4683 = broadcast %4682 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4684 = mul %4657, %4683 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4685 = add %4684, %4680 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4686 = cast %4660 : f64[] @ models/lib/vit.yaml:48:7
%4687 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%4688 = pow %4687, %4686 : f64[] @ models/lib/vit.yaml:48:7
%4689 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%4690 = sub %4689, %4688 : f64[] @ models/lib/vit.yaml:48:7
%4691 = div %3010, %4690 : f64[] @ models/lib/vit.yaml:48:7
%4692 = cast %4660 : f64[] @ models/lib/vit.yaml:48:7
%4693 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%4694 = pow %4693, %4692 : f64[] @ models/lib/vit.yaml:48:7
%4695 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%4696 = sub %4695, %4694 : f64[] @ models/lib/vit.yaml:48:7
%4697 = sqrt %4696 : f64[] @ models/lib/vit.yaml:48:7
%4698 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%4699 = div %4698, %4697 : f64[] @ models/lib/vit.yaml:48:7
%4700 = sqrt %4685 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4701 = cast %4699 : f32[] @ models/lib/vit.yaml:48:7
%4702 = broadcast %4701 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4703 = mul %4700, %4702 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4704 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:48:7
%4705 = cast %4704 : f32[] @ models/lib/vit.yaml:48:7
%4706 = broadcast %4705 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4707 = add %4703, %4706 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4708 = div %4675, %4707 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4709 = cast %4691 : f32[] @ models/lib/vit.yaml:48:7
%4710 = broadcast %4709 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4711 = mul %4708, %4710 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4712 = sub %4666, %4711 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4713 = assign %7, %4712 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4714 = assign %4656, %4675 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4715 = assign %4657, %4685 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4716 = assign %4658, %4660 : i64[] @ models/lib/vit.yaml:48:7
%4717 = cast %3012 : f32[] @ models/lib/vit.yaml:48:7
%4718 = broadcast %4717 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4719 = mul %85, %4718 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4720 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%4721 = sub %4720, %3012 : f64[] @ models/lib/vit.yaml:48:7
%4722 = cast %4721 : f32[] @ models/lib/vit.yaml:48:7
%4723 = broadcast %4722 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4724 = mul %4712, %4723 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4725 = add %4719, %4724 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4726 = assign %85, %4725 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4727 = all_reduce_sum %4638 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4728 = reshape %4727 : f32[768] @ models/lib/vit.yaml:9:7
%4729 = mul %4728, %4728 : f32[768] @ models/lib/vit.yaml:9:7
%4730 = reduce_sum %4729 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%4731 = sqrt %4730 : f32[] @ models/lib/vit.yaml:9:7
%4732 = cast %4731 : f64[] @ models/lib/vit.yaml:9:7
%4733 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:9:7
%4734 = add %4732, %4733 : f64[] @ models/lib/vit.yaml:9:7
%4735 = const data=[3] : f64[] @ models/lib/vit.yaml:9:7
%4736 = div %4735, %4734 : f64[] @ models/lib/vit.yaml:9:7
%4737 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%4738 = lt %4736, %4737 : bool[] @ models/lib/vit.yaml:9:7
%4739 = cast %4736 : f32[] @ models/lib/vit.yaml:9:7
%4740 = broadcast %4739 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4741 = mul %4727, %4740 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4742 = broadcast %4738 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%4743 = select %4742, %4741, %4727 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4744 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4745 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4746 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%4747 = const data=[1] : i64[] @ models/lib/vit.yaml:9:7
%4748 = add %4746, %4747 : i64[] @ models/lib/vit.yaml:9:7
%4749 = mul %3010, %3011 : f64[] @ models/lib/vit.yaml:9:7
%4750 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%4751 = sub %4750, %4749 : f64[] @ models/lib/vit.yaml:9:7
%4752 = cast %4751 : f32[] @ models/lib/vit.yaml:9:7
%4753 = broadcast %4752 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4754 = mul %8, %4753 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4755 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:9:7
%4756 = cast %4755 : f32[] @ models/lib/vit.yaml:9:7
%4757 = broadcast %4756 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4758 = mul %4743, %4757 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4759 = const data=[0.9] : f64[] @ models/lib/vit.yaml:9:7
%4760 = cast %4759 : f32[] @ models/lib/vit.yaml:9:7
%4761 = broadcast %4760 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4762 = mul %4744, %4761 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4763 = add %4762, %4758 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4764 = mul %4743, %4743 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4765 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:9:7
%4766 = cast %4765 : f32[] @ models/lib/vit.yaml:9:7
%4767 = broadcast %4766 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4768 = mul %4764, %4767 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4769 = const data=[0.999] : f64[] @ models/lib/vit.yaml:9:7
%4770 = cast %4769 : f32[] @ models/lib/vit.yaml:9:7
%4771 = broadcast %4770 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4772 = mul %4745, %4771 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4773 = add %4772, %4768 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4774 = cast %4748 : f64[] @ models/lib/vit.yaml:9:7
%4775 = const data=[0.9] : f64[] @ models/lib/vit.yaml:9:7
%4776 = pow %4775, %4774 : f64[] @ models/lib/vit.yaml:9:7
%4777 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%4778 = sub %4777, %4776 : f64[] @ models/lib/vit.yaml:9:7
%4779 = div %3010, %4778 : f64[] @ models/lib/vit.yaml:9:7
%4780 = cast %4748 : f64[] @ models/lib/vit.yaml:9:7
%4781 = const data=[0.999] : f64[] @ models/lib/vit.yaml:9:7
%4782 = pow %4781, %4780 : f64[] @ models/lib/vit.yaml:9:7
%4783 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%4784 = sub %4783, %4782 : f64[] @ models/lib/vit.yaml:9:7
%4785 = sqrt %4784 : f64[] @ models/lib/vit.yaml:9:7
%4786 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%4787 = div %4786, %4785 : f64[] @ models/lib/vit.yaml:9:7
%4788 = sqrt %4773 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4789 = cast %4787 : f32[] @ models/lib/vit.yaml:9:7
%4790 = broadcast %4789 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4791 = mul %4788, %4790 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4792 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:9:7
%4793 = cast %4792 : f32[] @ models/lib/vit.yaml:9:7
%4794 = broadcast %4793 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4795 = add %4791, %4794 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4796 = div %4763, %4795 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4797 = cast %4779 : f32[] @ models/lib/vit.yaml:9:7
%4798 = broadcast %4797 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4799 = mul %4796, %4798 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4800 = sub %4754, %4799 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4801 = assign %8, %4800 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4802 = assign %4744, %4763 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4803 = assign %4745, %4773 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4804 = assign %4746, %4748 : i64[] @ models/lib/vit.yaml:9:7
%4805 = cast %3012 : f32[] @ models/lib/vit.yaml:9:7
%4806 = broadcast %4805 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4807 = mul %86, %4806 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4808 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%4809 = sub %4808, %3012 : f64[] @ models/lib/vit.yaml:9:7
%4810 = cast %4809 : f32[] @ models/lib/vit.yaml:9:7
%4811 = broadcast %4810 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4812 = mul %4800, %4811 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4813 = add %4807, %4812 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4814 = assign %86, %4813 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4815 = all_reduce_sum %4633 : f32[16] @ models/lib/vit.yaml:10:7
%4816 = reshape %4815 : f32[16] @ models/lib/vit.yaml:10:7
%4817 = mul %4816, %4816 : f32[16] @ models/lib/vit.yaml:10:7
%4818 = reduce_sum %4817 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%4819 = sqrt %4818 : f32[] @ models/lib/vit.yaml:10:7
%4820 = cast %4819 : f64[] @ models/lib/vit.yaml:10:7
%4821 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:10:7
%4822 = add %4820, %4821 : f64[] @ models/lib/vit.yaml:10:7
%4823 = const data=[3] : f64[] @ models/lib/vit.yaml:10:7
%4824 = div %4823, %4822 : f64[] @ models/lib/vit.yaml:10:7
%4825 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%4826 = lt %4824, %4825 : bool[] @ models/lib/vit.yaml:10:7
%4827 = cast %4824 : f32[] @ models/lib/vit.yaml:10:7
%4828 = broadcast %4827 : f32[16] @ models/lib/vit.yaml:10:7
%4829 = mul %4815, %4828 : f32[16] @ models/lib/vit.yaml:10:7
%4830 = broadcast %4826 : bool[16] @ models/lib/vit.yaml:10:7
%4831 = select %4830, %4829, %4815 : f32[16] @ models/lib/vit.yaml:10:7
%4832 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%4833 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%4834 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%4835 = const data=[1] : i64[] @ models/lib/vit.yaml:10:7
%4836 = add %4834, %4835 : i64[] @ models/lib/vit.yaml:10:7
%4837 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:10:7
%4838 = cast %4837 : f32[] @ models/lib/vit.yaml:10:7
%4839 = broadcast %4838 : f32[16] @ models/lib/vit.yaml:10:7
%4840 = mul %4831, %4839 : f32[16] @ models/lib/vit.yaml:10:7
%4841 = const data=[0.9] : f64[] @ models/lib/vit.yaml:10:7
%4842 = cast %4841 : f32[] @ models/lib/vit.yaml:10:7
%4843 = broadcast %4842 : f32[16] @ models/lib/vit.yaml:10:7
%4844 = mul %4832, %4843 : f32[16] @ models/lib/vit.yaml:10:7
%4845 = add %4844, %4840 : f32[16] @ models/lib/vit.yaml:10:7
%4846 = mul %4831, %4831 : f32[16] @ models/lib/vit.yaml:10:7
%4847 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:10:7
%4848 = cast %4847 : f32[] @ models/lib/vit.yaml:10:7
%4849 = broadcast %4848 : f32[16] @ models/lib/vit.yaml:10:7
%4850 = mul %4846, %4849 : f32[16] @ models/lib/vit.yaml:10:7
%4851 = const data=[0.999] : f64[] @ models/lib/vit.yaml:10:7
%4852 = cast %4851 : f32[] @ models/lib/vit.yaml:10:7
%4853 = broadcast %4852 : f32[16] @ models/lib/vit.yaml:10:7
%4854 = mul %4833, %4853 : f32[16] @ models/lib/vit.yaml:10:7
%4855 = add %4854, %4850 : f32[16] @ models/lib/vit.yaml:10:7
%4856 = cast %4836 : f64[] @ models/lib/vit.yaml:10:7
%4857 = const data=[0.9] : f64[] @ models/lib/vit.yaml:10:7
%4858 = pow %4857, %4856 : f64[] @ models/lib/vit.yaml:10:7
%4859 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%4860 = sub %4859, %4858 : f64[] @ models/lib/vit.yaml:10:7
%4861 = div %3010, %4860 : f64[] @ models/lib/vit.yaml:10:7
%4862 = cast %4836 : f64[] @ models/lib/vit.yaml:10:7
%4863 = const data=[0.999] : f64[] @ models/lib/vit.yaml:10:7
%4864 = pow %4863, %4862 : f64[] @ models/lib/vit.yaml:10:7
%4865 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%4866 = sub %4865, %4864 : f64[] @ models/lib/vit.yaml:10:7
%4867 = sqrt %4866 : f64[] @ models/lib/vit.yaml:10:7
%4868 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%4869 = div %4868, %4867 : f64[] @ models/lib/vit.yaml:10:7
%4870 = sqrt %4855 : f32[16] @ models/lib/vit.yaml:10:7
%4871 = cast %4869 : f32[] @ models/lib/vit.yaml:10:7
%4872 = broadcast %4871 : f32[16] @ models/lib/vit.yaml:10:7
%4873 = mul %4870, %4872 : f32[16] @ models/lib/vit.yaml:10:7
%4874 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:10:7
%4875 = cast %4874 : f32[] @ models/lib/vit.yaml:10:7
%4876 = broadcast %4875 : f32[16] @ models/lib/vit.yaml:10:7
%4877 = add %4873, %4876 : f32[16] @ models/lib/vit.yaml:10:7
%4878 = div %4845, %4877 : f32[16] @ models/lib/vit.yaml:10:7
%4879 = cast %4861 : f32[] @ models/lib/vit.yaml:10:7
%4880 = broadcast %4879 : f32[16] @ models/lib/vit.yaml:10:7
%4881 = mul %4878, %4880 : f32[16] @ models/lib/vit.yaml:10:7
%4882 = sub %9, %4881 : f32[16] @ models/lib/vit.yaml:10:7
%4883 = assign %9, %4882 : f32[16] @ models/lib/vit.yaml:10:7
%4884 = assign %4832, %4845 : f32[16] @ models/lib/vit.yaml:10:7
%4885 = assign %4833, %4855 : f32[16] @ models/lib/vit.yaml:10:7
%4886 = assign %4834, %4836 : i64[] @ models/lib/vit.yaml:10:7
%4887 = cast %3012 : f32[] @ models/lib/vit.yaml:10:7
%4888 = broadcast %4887 : f32[16] @ models/lib/vit.yaml:10:7
%4889 = mul %87, %4888 : f32[16] @ models/lib/vit.yaml:10:7
%4890 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%4891 = sub %4890, %3012 : f64[] @ models/lib/vit.yaml:10:7
%4892 = cast %4891 : f32[] @ models/lib/vit.yaml:10:7
%4893 = broadcast %4892 : f32[16] @ models/lib/vit.yaml:10:7
%4894 = mul %4882, %4893 : f32[16] @ models/lib/vit.yaml:10:7
%4895 = add %4889, %4894 : f32[16] @ models/lib/vit.yaml:10:7
%4896 = assign %87, %4895 : f32[16] @ models/lib/vit.yaml:10:7
%4897 = all_reduce_sum %4607 : f32[16] @ models/lib/nn.yaml:89:7
%4898 = reshape %4897 : f32[16] @ models/lib/nn.yaml:89:7
%4899 = mul %4898, %4898 : f32[16] @ models/lib/nn.yaml:89:7
%4900 = reduce_sum %4899 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%4901 = sqrt %4900 : f32[] @ models/lib/nn.yaml:89:7
%4902 = cast %4901 : f64[] @ models/lib/nn.yaml:89:7
%4903 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%4904 = add %4902, %4903 : f64[] @ models/lib/nn.yaml:89:7
%4905 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%4906 = div %4905, %4904 : f64[] @ models/lib/nn.yaml:89:7
%4907 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4908 = lt %4906, %4907 : bool[] @ models/lib/nn.yaml:89:7
%4909 = cast %4906 : f32[] @ models/lib/nn.yaml:89:7
%4910 = broadcast %4909 : f32[16] @ models/lib/nn.yaml:89:7
%4911 = mul %4897, %4910 : f32[16] @ models/lib/nn.yaml:89:7
%4912 = broadcast %4908 : bool[16] @ models/lib/nn.yaml:89:7
%4913 = select %4912, %4911, %4897 : f32[16] @ models/lib/nn.yaml:89:7
%4914 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4915 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4916 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4917 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%4918 = add %4916, %4917 : i64[] @ models/lib/nn.yaml:89:7
%4919 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%4920 = cast %4919 : f32[] @ models/lib/nn.yaml:89:7
%4921 = broadcast %4920 : f32[16] @ models/lib/nn.yaml:89:7
%4922 = mul %4913, %4921 : f32[16] @ models/lib/nn.yaml:89:7
%4923 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4924 = cast %4923 : f32[] @ models/lib/nn.yaml:89:7
%4925 = broadcast %4924 : f32[16] @ models/lib/nn.yaml:89:7
%4926 = mul %4914, %4925 : f32[16] @ models/lib/nn.yaml:89:7
%4927 = add %4926, %4922 : f32[16] @ models/lib/nn.yaml:89:7
%4928 = mul %4913, %4913 : f32[16] @ models/lib/nn.yaml:89:7
%4929 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%4930 = cast %4929 : f32[] @ models/lib/nn.yaml:89:7
%4931 = broadcast %4930 : f32[16] @ models/lib/nn.yaml:89:7
%4932 = mul %4928, %4931 : f32[16] @ models/lib/nn.yaml:89:7
%4933 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4934 = cast %4933 : f32[] @ models/lib/nn.yaml:89:7
%4935 = broadcast %4934 : f32[16] @ models/lib/nn.yaml:89:7
%4936 = mul %4915, %4935 : f32[16] @ models/lib/nn.yaml:89:7
%4937 = add %4936, %4932 : f32[16] @ models/lib/nn.yaml:89:7
%4938 = cast %4918 : f64[] @ models/lib/nn.yaml:89:7
%4939 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4940 = pow %4939, %4938 : f64[] @ models/lib/nn.yaml:89:7
%4941 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4942 = sub %4941, %4940 : f64[] @ models/lib/nn.yaml:89:7
%4943 = div %3010, %4942 : f64[] @ models/lib/nn.yaml:89:7
%4944 = cast %4918 : f64[] @ models/lib/nn.yaml:89:7
%4945 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4946 = pow %4945, %4944 : f64[] @ models/lib/nn.yaml:89:7
%4947 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4948 = sub %4947, %4946 : f64[] @ models/lib/nn.yaml:89:7
%4949 = sqrt %4948 : f64[] @ models/lib/nn.yaml:89:7
%4950 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4951 = div %4950, %4949 : f64[] @ models/lib/nn.yaml:89:7
%4952 = sqrt %4937 : f32[16] @ models/lib/nn.yaml:89:7
%4953 = cast %4951 : f32[] @ models/lib/nn.yaml:89:7
%4954 = broadcast %4953 : f32[16] @ models/lib/nn.yaml:89:7
%4955 = mul %4952, %4954 : f32[16] @ models/lib/nn.yaml:89:7
%4956 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%4957 = cast %4956 : f32[] @ models/lib/nn.yaml:89:7
%4958 = broadcast %4957 : f32[16] @ models/lib/nn.yaml:89:7
%4959 = add %4955, %4958 : f32[16] @ models/lib/nn.yaml:89:7
%4960 = div %4927, %4959 : f32[16] @ models/lib/nn.yaml:89:7
%4961 = cast %4943 : f32[] @ models/lib/nn.yaml:89:7
%4962 = broadcast %4961 : f32[16] @ models/lib/nn.yaml:89:7
%4963 = mul %4960, %4962 : f32[16] @ models/lib/nn.yaml:89:7
%4964 = sub %10, %4963 : f32[16] @ models/lib/nn.yaml:89:7
%4965 = assign %10, %4964 : f32[16] @ models/lib/nn.yaml:89:7
%4966 = assign %4914, %4927 : f32[16] @ models/lib/nn.yaml:89:7
%4967 = assign %4915, %4937 : f32[16] @ models/lib/nn.yaml:89:7
%4968 = assign %4916, %4918 : i64[] @ models/lib/nn.yaml:89:7
%4969 = cast %3012 : f32[] @ models/lib/nn.yaml:89:7
%4970 = broadcast %4969 : f32[16] @ models/lib/nn.yaml:89:7
%4971 = mul %88, %4970 : f32[16] @ models/lib/nn.yaml:89:7
%4972 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4973 = sub %4972, %3012 : f64[] @ models/lib/nn.yaml:89:7
%4974 = cast %4973 : f32[] @ models/lib/nn.yaml:89:7
%4975 = broadcast %4974 : f32[16] @ models/lib/nn.yaml:89:7
%4976 = mul %4964, %4975 : f32[16] @ models/lib/nn.yaml:89:7
%4977 = add %4971, %4976 : f32[16] @ models/lib/nn.yaml:89:7
%4978 = assign %88, %4977 : f32[16] @ models/lib/nn.yaml:89:7
%4979 = all_reduce_sum %4602 : f32[16] @ models/lib/nn.yaml:90:7
%4980 = reshape %4979 : f32[16] @ models/lib/nn.yaml:90:7
%4981 = mul %4980, %4980 : f32[16] @ models/lib/nn.yaml:90:7
%4982 = reduce_sum %4981 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%4983 = sqrt %4982 : f32[] @ models/lib/nn.yaml:90:7
%4984 = cast %4983 : f64[] @ models/lib/nn.yaml:90:7
%4985 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%4986 = add %4984, %4985 : f64[] @ models/lib/nn.yaml:90:7
%4987 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%4988 = div %4987, %4986 : f64[] @ models/lib/nn.yaml:90:7
%4989 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4990 = lt %4988, %4989 : bool[] @ models/lib/nn.yaml:90:7
%4991 = cast %4988 : f32[] @ models/lib/nn.yaml:90:7
%4992 = broadcast %4991 : f32[16] @ models/lib/nn.yaml:90:7
%4993 = mul %4979, %4992 : f32[16] @ models/lib/nn.yaml:90:7
%4994 = broadcast %4990 : bool[16] @ models/lib/nn.yaml:90:7
%4995 = select %4994, %4993, %4979 : f32[16] @ models/lib/nn.yaml:90:7
%4996 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4997 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4998 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4999 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%5000 = add %4998, %4999 : i64[] @ models/lib/nn.yaml:90:7
%5001 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%5002 = cast %5001 : f32[] @ models/lib/nn.yaml:90:7
%5003 = broadcast %5002 : f32[16] @ models/lib/nn.yaml:90:7
%5004 = mul %4995, %5003 : f32[16] @ models/lib/nn.yaml:90:7
%5005 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5006 = cast %5005 : f32[] @ models/lib/nn.yaml:90:7
%5007 = broadcast %5006 : f32[16] @ models/lib/nn.yaml:90:7
%5008 = mul %4996, %5007 : f32[16] @ models/lib/nn.yaml:90:7
%5009 = add %5008, %5004 : f32[16] @ models/lib/nn.yaml:90:7
%5010 = mul %4995, %4995 : f32[16] @ models/lib/nn.yaml:90:7
%5011 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%5012 = cast %5011 : f32[] @ models/lib/nn.yaml:90:7
%5013 = broadcast %5012 : f32[16] @ models/lib/nn.yaml:90:7
%5014 = mul %5010, %5013 : f32[16] @ models/lib/nn.yaml:90:7
%5015 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5016 = cast %5015 : f32[] @ models/lib/nn.yaml:90:7
%5017 = broadcast %5016 : f32[16] @ models/lib/nn.yaml:90:7
%5018 = mul %4997, %5017 : f32[16] @ models/lib/nn.yaml:90:7
%5019 = add %5018, %5014 : f32[16] @ models/lib/nn.yaml:90:7
%5020 = cast %5000 : f64[] @ models/lib/nn.yaml:90:7
%5021 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5022 = pow %5021, %5020 : f64[] @ models/lib/nn.yaml:90:7
%5023 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5024 = sub %5023, %5022 : f64[] @ models/lib/nn.yaml:90:7
%5025 = div %3010, %5024 : f64[] @ models/lib/nn.yaml:90:7
%5026 = cast %5000 : f64[] @ models/lib/nn.yaml:90:7
%5027 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5028 = pow %5027, %5026 : f64[] @ models/lib/nn.yaml:90:7
%5029 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5030 = sub %5029, %5028 : f64[] @ models/lib/nn.yaml:90:7
%5031 = sqrt %5030 : f64[] @ models/lib/nn.yaml:90:7
%5032 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5033 = div %5032, %5031 : f64[] @ models/lib/nn.yaml:90:7
%5034 = sqrt %5019 : f32[16] @ models/lib/nn.yaml:90:7
%5035 = cast %5033 : f32[] @ models/lib/nn.yaml:90:7
%5036 = broadcast %5035 : f32[16] @ models/lib/nn.yaml:90:7
%5037 = mul %5034, %5036 : f32[16] @ models/lib/nn.yaml:90:7
%5038 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%5039 = cast %5038 : f32[] @ models/lib/nn.yaml:90:7
%5040 = broadcast %5039 : f32[16] @ models/lib/nn.yaml:90:7
%5041 = add %5037, %5040 : f32[16] @ models/lib/nn.yaml:90:7
%5042 = div %5009, %5041 : f32[16] @ models/lib/nn.yaml:90:7
%5043 = cast %5025 : f32[] @ models/lib/nn.yaml:90:7
%5044 = broadcast %5043 : f32[16] @ models/lib/nn.yaml:90:7
%5045 = mul %5042, %5044 : f32[16] @ models/lib/nn.yaml:90:7
%5046 = sub %11, %5045 : f32[16] @ models/lib/nn.yaml:90:7
%5047 = assign %11, %5046 : f32[16] @ models/lib/nn.yaml:90:7
%5048 = assign %4996, %5009 : f32[16] @ models/lib/nn.yaml:90:7
%5049 = assign %4997, %5019 : f32[16] @ models/lib/nn.yaml:90:7
%5050 = assign %4998, %5000 : i64[] @ models/lib/nn.yaml:90:7
%5051 = cast %3012 : f32[] @ models/lib/nn.yaml:90:7
%5052 = broadcast %5051 : f32[16] @ models/lib/nn.yaml:90:7
%5053 = mul %89, %5052 : f32[16] @ models/lib/nn.yaml:90:7
%5054 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5055 = sub %5054, %3012 : f64[] @ models/lib/nn.yaml:90:7
%5056 = cast %5055 : f32[] @ models/lib/nn.yaml:90:7
%5057 = broadcast %5056 : f32[16] @ models/lib/nn.yaml:90:7
%5058 = mul %5046, %5057 : f32[16] @ models/lib/nn.yaml:90:7
%5059 = add %5053, %5058 : f32[16] @ models/lib/nn.yaml:90:7
%5060 = assign %89, %5059 : f32[16] @ models/lib/nn.yaml:90:7
%5061 = all_reduce_sum %4599 : f32[48,16] @ models/lib/nn.yaml:79:7
%5062 = reshape %5061 : f32[768] @ models/lib/nn.yaml:79:7
%5063 = mul %5062, %5062 : f32[768] @ models/lib/nn.yaml:79:7
%5064 = reduce_sum %5063 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5065 = sqrt %5064 : f32[] @ models/lib/nn.yaml:79:7
%5066 = cast %5065 : f64[] @ models/lib/nn.yaml:79:7
%5067 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%5068 = add %5066, %5067 : f64[] @ models/lib/nn.yaml:79:7
%5069 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%5070 = div %5069, %5068 : f64[] @ models/lib/nn.yaml:79:7
%5071 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5072 = lt %5070, %5071 : bool[] @ models/lib/nn.yaml:79:7
%5073 = cast %5070 : f32[] @ models/lib/nn.yaml:79:7
%5074 = broadcast %5073 : f32[48,16] @ models/lib/nn.yaml:79:7
%5075 = mul %5061, %5074 : f32[48,16] @ models/lib/nn.yaml:79:7
%5076 = broadcast %5072 : bool[48,16] @ models/lib/nn.yaml:79:7
%5077 = select %5076, %5075, %5061 : f32[48,16] @ models/lib/nn.yaml:79:7
%5078 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%5079 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%5080 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5081 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5082 = add %5080, %5081 : i64[] @ models/lib/nn.yaml:79:7
%5083 = mul %3010, %3011 : f64[] @ models/lib/nn.yaml:79:7
%5084 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5085 = sub %5084, %5083 : f64[] @ models/lib/nn.yaml:79:7
%5086 = cast %5085 : f32[] @ models/lib/nn.yaml:79:7
%5087 = broadcast %5086 : f32[48,16] @ models/lib/nn.yaml:79:7
%5088 = mul %12, %5087 : f32[48,16] @ models/lib/nn.yaml:79:7
%5089 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5090 = cast %5089 : f32[] @ models/lib/nn.yaml:79:7
%5091 = broadcast %5090 : f32[48,16] @ models/lib/nn.yaml:79:7
%5092 = mul %5077, %5091 : f32[48,16] @ models/lib/nn.yaml:79:7
%5093 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5094 = cast %5093 : f32[] @ models/lib/nn.yaml:79:7
%5095 = broadcast %5094 : f32[48,16] @ models/lib/nn.yaml:79:7
%5096 = mul %5078, %5095 : f32[48,16] @ models/lib/nn.yaml:79:7
%5097 = add %5096, %5092 : f32[48,16] @ models/lib/nn.yaml:79:7
%5098 = mul %5077, %5077 : f32[48,16] @ models/lib/nn.yaml:79:7
%5099 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5100 = cast %5099 : f32[] @ models/lib/nn.yaml:79:7
%5101 = broadcast %5100 : f32[48,16] @ models/lib/nn.yaml:79:7
%5102 = mul %5098, %5101 : f32[48,16] @ models/lib/nn.yaml:79:7
%5103 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5104 = cast %5103 : f32[] @ models/lib/nn.yaml:79:7
%5105 = broadcast %5104 : f32[48,16] @ models/lib/nn.yaml:79:7
%5106 = mul %5079, %5105 : f32[48,16] @ models/lib/nn.yaml:79:7
%5107 = add %5106, %5102 : f32[48,16] @ models/lib/nn.yaml:79:7
%5108 = cast %5082 : f64[] @ models/lib/nn.yaml:79:7
%5109 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5110 = pow %5109, %5108 : f64[] @ models/lib/nn.yaml:79:7
%5111 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5112 = sub %5111, %5110 : f64[] @ models/lib/nn.yaml:79:7
%5113 = div %3010, %5112 : f64[] @ models/lib/nn.yaml:79:7
%5114 = cast %5082 : f64[] @ models/lib/nn.yaml:79:7
%5115 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5116 = pow %5115, %5114 : f64[] @ models/lib/nn.yaml:79:7
%5117 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5118 = sub %5117, %5116 : f64[] @ models/lib/nn.yaml:79:7
%5119 = sqrt %5118 : f64[] @ models/lib/nn.yaml:79:7
%5120 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5121 = div %5120, %5119 : f64[] @ models/lib/nn.yaml:79:7
%5122 = sqrt %5107 : f32[48,16] @ models/lib/nn.yaml:79:7
%5123 = cast %5121 : f32[] @ models/lib/nn.yaml:79:7
%5124 = broadcast %5123 : f32[48,16] @ models/lib/nn.yaml:79:7
%5125 = mul %5122, %5124 : f32[48,16] @ models/lib/nn.yaml:79:7
%5126 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5127 = cast %5126 : f32[] @ models/lib/nn.yaml:79:7
%5128 = broadcast %5127 : f32[48,16] @ models/lib/nn.yaml:79:7
%5129 = add %5125, %5128 : f32[48,16] @ models/lib/nn.yaml:79:7
%5130 = div %5097, %5129 : f32[48,16] @ models/lib/nn.yaml:79:7
%5131 = cast %5113 : f32[] @ models/lib/nn.yaml:79:7
%5132 = broadcast %5131 : f32[48,16] @ models/lib/nn.yaml:79:7
%5133 = mul %5130, %5132 : f32[48,16] @ models/lib/nn.yaml:79:7
%5134 = sub %5088, %5133 : f32[48,16] @ models/lib/nn.yaml:79:7
%5135 = assign %12, %5134 : f32[48,16] @ models/lib/nn.yaml:79:7
%5136 = assign %5078, %5097 : f32[48,16] @ models/lib/nn.yaml:79:7
%5137 = assign %5079, %5107 : f32[48,16] @ models/lib/nn.yaml:79:7
%5138 = assign %5080, %5082 : i64[] @ models/lib/nn.yaml:79:7
%5139 = cast %3012 : f32[] @ models/lib/nn.yaml:79:7
%5140 = broadcast %5139 : f32[48,16] @ models/lib/nn.yaml:79:7
%5141 = mul %90, %5140 : f32[48,16] @ models/lib/nn.yaml:79:7
%5142 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5143 = sub %5142, %3012 : f64[] @ models/lib/nn.yaml:79:7
%5144 = cast %5143 : f32[] @ models/lib/nn.yaml:79:7
%5145 = broadcast %5144 : f32[48,16] @ models/lib/nn.yaml:79:7
%5146 = mul %5134, %5145 : f32[48,16] @ models/lib/nn.yaml:79:7
%5147 = add %5141, %5146 : f32[48,16] @ models/lib/nn.yaml:79:7
%5148 = assign %90, %5147 : f32[48,16] @ models/lib/nn.yaml:79:7
%5149 = all_reduce_sum %4594 : f32[48] @ models/lib/nn.yaml:80:7
%5150 = reshape %5149 : f32[48] @ models/lib/nn.yaml:80:7
%5151 = mul %5150, %5150 : f32[48] @ models/lib/nn.yaml:80:7
%5152 = reduce_sum %5151 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5153 = sqrt %5152 : f32[] @ models/lib/nn.yaml:80:7
%5154 = cast %5153 : f64[] @ models/lib/nn.yaml:80:7
%5155 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%5156 = add %5154, %5155 : f64[] @ models/lib/nn.yaml:80:7
%5157 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%5158 = div %5157, %5156 : f64[] @ models/lib/nn.yaml:80:7
%5159 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5160 = lt %5158, %5159 : bool[] @ models/lib/nn.yaml:80:7
%5161 = cast %5158 : f32[] @ models/lib/nn.yaml:80:7
%5162 = broadcast %5161 : f32[48] @ models/lib/nn.yaml:80:7
%5163 = mul %5149, %5162 : f32[48] @ models/lib/nn.yaml:80:7
%5164 = broadcast %5160 : bool[48] @ models/lib/nn.yaml:80:7
%5165 = select %5164, %5163, %5149 : f32[48] @ models/lib/nn.yaml:80:7
%5166 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%5167 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%5168 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5169 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5170 = add %5168, %5169 : i64[] @ models/lib/nn.yaml:80:7
%5171 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5172 = cast %5171 : f32[] @ models/lib/nn.yaml:80:7
%5173 = broadcast %5172 : f32[48] @ models/lib/nn.yaml:80:7
%5174 = mul %5165, %5173 : f32[48] @ models/lib/nn.yaml:80:7
%5175 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5176 = cast %5175 : f32[] @ models/lib/nn.yaml:80:7
%5177 = broadcast %5176 : f32[48] @ models/lib/nn.yaml:80:7
%5178 = mul %5166, %5177 : f32[48] @ models/lib/nn.yaml:80:7
%5179 = add %5178, %5174 : f32[48] @ models/lib/nn.yaml:80:7
%5180 = mul %5165, %5165 : f32[48] @ models/lib/nn.yaml:80:7
%5181 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5182 = cast %5181 : f32[] @ models/lib/nn.yaml:80:7
%5183 = broadcast %5182 : f32[48] @ models/lib/nn.yaml:80:7
%5184 = mul %5180, %5183 : f32[48] @ models/lib/nn.yaml:80:7
%5185 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5186 = cast %5185 : f32[] @ models/lib/nn.yaml:80:7
%5187 = broadcast %5186 : f32[48] @ models/lib/nn.yaml:80:7
%5188 = mul %5167, %5187 : f32[48] @ models/lib/nn.yaml:80:7
%5189 = add %5188, %5184 : f32[48] @ models/lib/nn.yaml:80:7
%5190 = cast %5170 : f64[] @ models/lib/nn.yaml:80:7
%5191 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5192 = pow %5191, %5190 : f64[] @ models/lib/nn.yaml:80:7
%5193 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5194 = sub %5193, %5192 : f64[] @ models/lib/nn.yaml:80:7
%5195 = div %3010, %5194 : f64[] @ models/lib/nn.yaml:80:7
%5196 = cast %5170 : f64[] @ models/lib/nn.yaml:80:7
%5197 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5198 = pow %5197, %5196 : f64[] @ models/lib/nn.yaml:80:7
%5199 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5200 = sub %5199, %5198 : f64[] @ models/lib/nn.yaml:80:7
%5201 = sqrt %5200 : f64[] @ models/lib/nn.yaml:80:7
%5202 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5203 = div %5202, %5201 : f64[] @ models/lib/nn.yaml:80:7
%5204 = sqrt %5189 : f32[48] @ models/lib/nn.yaml:80:7
%5205 = cast %5203 : f32[] @ models/lib/nn.yaml:80:7
%5206 = broadcast %5205 : f32[48] @ models/lib/nn.yaml:80:7
%5207 = mul %5204, %5206 : f32[48] @ models/lib/nn.yaml:80:7
%5208 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5209 = cast %5208 : f32[] @ models/lib/nn.yaml:80:7
%5210 = broadcast %5209 : f32[48] @ models/lib/nn.yaml:80:7
%5211 = add %5207, %5210 : f32[48] @ models/lib/nn.yaml:80:7
%5212 = div %5179, %5211 : f32[48] @ models/lib/nn.yaml:80:7
%5213 = cast %5195 : f32[] @ models/lib/nn.yaml:80:7
%5214 = broadcast %5213 : f32[48] @ models/lib/nn.yaml:80:7
%5215 = mul %5212, %5214 : f32[48] @ models/lib/nn.yaml:80:7
%5216 = sub %13, %5215 : f32[48] @ models/lib/nn.yaml:80:7
%5217 = assign %13, %5216 : f32[48] @ models/lib/nn.yaml:80:7
%5218 = assign %5166, %5179 : f32[48] @ models/lib/nn.yaml:80:7
%5219 = assign %5167, %5189 : f32[48] @ models/lib/nn.yaml:80:7
%5220 = assign %5168, %5170 : i64[] @ models/lib/nn.yaml:80:7
%5221 = cast %3012 : f32[] @ models/lib/nn.yaml:80:7
%5222 = broadcast %5221 : f32[48] @ models/lib/nn.yaml:80:7
%5223 = mul %91, %5222 : f32[48] @ models/lib/nn.yaml:80:7
%5224 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5225 = sub %5224, %3012 : f64[] @ models/lib/nn.yaml:80:7
%5226 = cast %5225 : f32[] @ models/lib/nn.yaml:80:7
%5227 = broadcast %5226 : f32[48] @ models/lib/nn.yaml:80:7
%5228 = mul %5216, %5227 : f32[48] @ models/lib/nn.yaml:80:7
%5229 = add %5223, %5228 : f32[48] @ models/lib/nn.yaml:80:7
%5230 = assign %91, %5229 : f32[48] @ models/lib/nn.yaml:80:7
%5231 = all_reduce_sum %4567 : f32[16,16] @ models/lib/nn.yaml:79:7
%5232 = reshape %5231 : f32[256] @ models/lib/nn.yaml:79:7
%5233 = mul %5232, %5232 : f32[256] @ models/lib/nn.yaml:79:7
%5234 = reduce_sum %5233 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5235 = sqrt %5234 : f32[] @ models/lib/nn.yaml:79:7
%5236 = cast %5235 : f64[] @ models/lib/nn.yaml:79:7
%5237 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%5238 = add %5236, %5237 : f64[] @ models/lib/nn.yaml:79:7
%5239 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%5240 = div %5239, %5238 : f64[] @ models/lib/nn.yaml:79:7
%5241 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5242 = lt %5240, %5241 : bool[] @ models/lib/nn.yaml:79:7
%5243 = cast %5240 : f32[] @ models/lib/nn.yaml:79:7
%5244 = broadcast %5243 : f32[16,16] @ models/lib/nn.yaml:79:7
%5245 = mul %5231, %5244 : f32[16,16] @ models/lib/nn.yaml:79:7
%5246 = broadcast %5242 : bool[16,16] @ models/lib/nn.yaml:79:7
%5247 = select %5246, %5245, %5231 : f32[16,16] @ models/lib/nn.yaml:79:7
%5248 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5249 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5250 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5251 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5252 = add %5250, %5251 : i64[] @ models/lib/nn.yaml:79:7
%5253 = mul %3010, %3011 : f64[] @ models/lib/nn.yaml:79:7
%5254 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5255 = sub %5254, %5253 : f64[] @ models/lib/nn.yaml:79:7
%5256 = cast %5255 : f32[] @ models/lib/nn.yaml:79:7
%5257 = broadcast %5256 : f32[16,16] @ models/lib/nn.yaml:79:7
%5258 = mul %14, %5257 : f32[16,16] @ models/lib/nn.yaml:79:7
%5259 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5260 = cast %5259 : f32[] @ models/lib/nn.yaml:79:7
%5261 = broadcast %5260 : f32[16,16] @ models/lib/nn.yaml:79:7
%5262 = mul %5247, %5261 : f32[16,16] @ models/lib/nn.yaml:79:7
%5263 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5264 = cast %5263 : f32[] @ models/lib/nn.yaml:79:7
%5265 = broadcast %5264 : f32[16,16] @ models/lib/nn.yaml:79:7
%5266 = mul %5248, %5265 : f32[16,16] @ models/lib/nn.yaml:79:7
%5267 = add %5266, %5262 : f32[16,16] @ models/lib/nn.yaml:79:7
%5268 = mul %5247, %5247 : f32[16,16] @ models/lib/nn.yaml:79:7
%5269 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5270 = cast %5269 : f32[] @ models/lib/nn.yaml:79:7
%5271 = broadcast %5270 : f32[16,16] @ models/lib/nn.yaml:79:7
%5272 = mul %5268, %5271 : f32[16,16] @ models/lib/nn.yaml:79:7
%5273 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5274 = cast %5273 : f32[] @ models/lib/nn.yaml:79:7
%5275 = broadcast %5274 : f32[16,16] @ models/lib/nn.yaml:79:7
%5276 = mul %5249, %5275 : f32[16,16] @ models/lib/nn.yaml:79:7
%5277 = add %5276, %5272 : f32[16,16] @ models/lib/nn.yaml:79:7
%5278 = cast %5252 : f64[] @ models/lib/nn.yaml:79:7
%5279 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5280 = pow %5279, %5278 : f64[] @ models/lib/nn.yaml:79:7
%5281 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5282 = sub %5281, %5280 : f64[] @ models/lib/nn.yaml:79:7
%5283 = div %3010, %5282 : f64[] @ models/lib/nn.yaml:79:7
%5284 = cast %5252 : f64[] @ models/lib/nn.yaml:79:7
%5285 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5286 = pow %5285, %5284 : f64[] @ models/lib/nn.yaml:79:7
%5287 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5288 = sub %5287, %5286 : f64[] @ models/lib/nn.yaml:79:7
%5289 = sqrt %5288 : f64[] @ models/lib/nn.yaml:79:7
%5290 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5291 = div %5290, %5289 : f64[] @ models/lib/nn.yaml:79:7
%5292 = sqrt %5277 : f32[16,16] @ models/lib/nn.yaml:79:7
%5293 = cast %5291 : f32[] @ models/lib/nn.yaml:79:7
%5294 = broadcast %5293 : f32[16,16] @ models/lib/nn.yaml:79:7
%5295 = mul %5292, %5294 : f32[16,16] @ models/lib/nn.yaml:79:7
%5296 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5297 = cast %5296 : f32[] @ models/lib/nn.yaml:79:7
%5298 = broadcast %5297 : f32[16,16] @ models/lib/nn.yaml:79:7
%5299 = add %5295, %5298 : f32[16,16] @ models/lib/nn.yaml:79:7
%5300 = div %5267, %5299 : f32[16,16] @ models/lib/nn.yaml:79:7
%5301 = cast %5283 : f32[] @ models/lib/nn.yaml:79:7
%5302 = broadcast %5301 : f32[16,16] @ models/lib/nn.yaml:79:7
%5303 = mul %5300, %5302 : f32[16,16] @ models/lib/nn.yaml:79:7
%5304 = sub %5258, %5303 : f32[16,16] @ models/lib/nn.yaml:79:7
%5305 = assign %14, %5304 : f32[16,16] @ models/lib/nn.yaml:79:7
%5306 = assign %5248, %5267 : f32[16,16] @ models/lib/nn.yaml:79:7
%5307 = assign %5249, %5277 : f32[16,16] @ models/lib/nn.yaml:79:7
%5308 = assign %5250, %5252 : i64[] @ models/lib/nn.yaml:79:7
%5309 = cast %3012 : f32[] @ models/lib/nn.yaml:79:7
%5310 = broadcast %5309 : f32[16,16] @ models/lib/nn.yaml:79:7
%5311 = mul %92, %5310 : f32[16,16] @ models/lib/nn.yaml:79:7
%5312 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5313 = sub %5312, %3012 : f64[] @ models/lib/nn.yaml:79:7
%5314 = cast %5313 : f32[] @ models/lib/nn.yaml:79:7
%5315 = broadcast %5314 : f32[16,16] @ models/lib/nn.yaml:79:7
%5316 = mul %5304, %5315 : f32[16,16] @ models/lib/nn.yaml:79:7
%5317 = add %5311, %5316 : f32[16,16] @ models/lib/nn.yaml:79:7
%5318 = assign %92, %5317 : f32[16,16] @ models/lib/nn.yaml:79:7
%5319 = all_reduce_sum %4562 : f32[16] @ models/lib/nn.yaml:80:7
%5320 = reshape %5319 : f32[16] @ models/lib/nn.yaml:80:7
%5321 = mul %5320, %5320 : f32[16] @ models/lib/nn.yaml:80:7
%5322 = reduce_sum %5321 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5323 = sqrt %5322 : f32[] @ models/lib/nn.yaml:80:7
%5324 = cast %5323 : f64[] @ models/lib/nn.yaml:80:7
%5325 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%5326 = add %5324, %5325 : f64[] @ models/lib/nn.yaml:80:7
%5327 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%5328 = div %5327, %5326 : f64[] @ models/lib/nn.yaml:80:7
%5329 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5330 = lt %5328, %5329 : bool[] @ models/lib/nn.yaml:80:7
%5331 = cast %5328 : f32[] @ models/lib/nn.yaml:80:7
%5332 = broadcast %5331 : f32[16] @ models/lib/nn.yaml:80:7
%5333 = mul %5319, %5332 : f32[16] @ models/lib/nn.yaml:80:7
%5334 = broadcast %5330 : bool[16] @ models/lib/nn.yaml:80:7
%5335 = select %5334, %5333, %5319 : f32[16] @ models/lib/nn.yaml:80:7
%5336 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5337 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5338 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5339 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5340 = add %5338, %5339 : i64[] @ models/lib/nn.yaml:80:7
%5341 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5342 = cast %5341 : f32[] @ models/lib/nn.yaml:80:7
%5343 = broadcast %5342 : f32[16] @ models/lib/nn.yaml:80:7
%5344 = mul %5335, %5343 : f32[16] @ models/lib/nn.yaml:80:7
%5345 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5346 = cast %5345 : f32[] @ models/lib/nn.yaml:80:7
%5347 = broadcast %5346 : f32[16] @ models/lib/nn.yaml:80:7
%5348 = mul %5336, %5347 : f32[16] @ models/lib/nn.yaml:80:7
%5349 = add %5348, %5344 : f32[16] @ models/lib/nn.yaml:80:7
%5350 = mul %5335, %5335 : f32[16] @ models/lib/nn.yaml:80:7
%5351 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5352 = cast %5351 : f32[] @ models/lib/nn.yaml:80:7
%5353 = broadcast %5352 : f32[16] @ models/lib/nn.yaml:80:7
%5354 = mul %5350, %5353 : f32[16] @ models/lib/nn.yaml:80:7
%5355 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5356 = cast %5355 : f32[] @ models/lib/nn.yaml:80:7
%5357 = broadcast %5356 : f32[16] @ models/lib/nn.yaml:80:7
%5358 = mul %5337, %5357 : f32[16] @ models/lib/nn.yaml:80:7
%5359 = add %5358, %5354 : f32[16] @ models/lib/nn.yaml:80:7
%5360 = cast %5340 : f64[] @ models/lib/nn.yaml:80:7
%5361 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5362 = pow %5361, %5360 : f64[] @ models/lib/nn.yaml:80:7
%5363 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5364 = sub %5363, %5362 : f64[] @ models/lib/nn.yaml:80:7
%5365 = div %3010, %5364 : f64[] @ models/lib/nn.yaml:80:7
%5366 = cast %5340 : f64[] @ models/lib/nn.yaml:80:7
%5367 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5368 = pow %5367, %5366 : f64[] @ models/lib/nn.yaml:80:7
%5369 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5370 = sub %5369, %5368 : f64[] @ models/lib/nn.yaml:80:7
%5371 = sqrt %5370 : f64[] @ models/lib/nn.yaml:80:7
%5372 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5373 = div %5372, %5371 : f64[] @ models/lib/nn.yaml:80:7
%5374 = sqrt %5359 : f32[16] @ models/lib/nn.yaml:80:7
%5375 = cast %5373 : f32[] @ models/lib/nn.yaml:80:7
%5376 = broadcast %5375 : f32[16] @ models/lib/nn.yaml:80:7
%5377 = mul %5374, %5376 : f32[16] @ models/lib/nn.yaml:80:7
%5378 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5379 = cast %5378 : f32[] @ models/lib/nn.yaml:80:7
%5380 = broadcast %5379 : f32[16] @ models/lib/nn.yaml:80:7
%5381 = add %5377, %5380 : f32[16] @ models/lib/nn.yaml:80:7
%5382 = div %5349, %5381 : f32[16] @ models/lib/nn.yaml:80:7
%5383 = cast %5365 : f32[] @ models/lib/nn.yaml:80:7
%5384 = broadcast %5383 : f32[16] @ models/lib/nn.yaml:80:7
%5385 = mul %5382, %5384 : f32[16] @ models/lib/nn.yaml:80:7
%5386 = sub %15, %5385 : f32[16] @ models/lib/nn.yaml:80:7
%5387 = assign %15, %5386 : f32[16] @ models/lib/nn.yaml:80:7
%5388 = assign %5336, %5349 : f32[16] @ models/lib/nn.yaml:80:7
%5389 = assign %5337, %5359 : f32[16] @ models/lib/nn.yaml:80:7
%5390 = assign %5338, %5340 : i64[] @ models/lib/nn.yaml:80:7
%5391 = cast %3012 : f32[] @ models/lib/nn.yaml:80:7
%5392 = broadcast %5391 : f32[16] @ models/lib/nn.yaml:80:7
%5393 = mul %93, %5392 : f32[16] @ models/lib/nn.yaml:80:7
%5394 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5395 = sub %5394, %3012 : f64[] @ models/lib/nn.yaml:80:7
%5396 = cast %5395 : f32[] @ models/lib/nn.yaml:80:7
%5397 = broadcast %5396 : f32[16] @ models/lib/nn.yaml:80:7
%5398 = mul %5386, %5397 : f32[16] @ models/lib/nn.yaml:80:7
%5399 = add %5393, %5398 : f32[16] @ models/lib/nn.yaml:80:7
%5400 = assign %93, %5399 : f32[16] @ models/lib/nn.yaml:80:7
%5401 = all_reduce_sum %4538 : f32[16] @ models/lib/nn.yaml:89:7
%5402 = reshape %5401 : f32[16] @ models/lib/nn.yaml:89:7
%5403 = mul %5402, %5402 : f32[16] @ models/lib/nn.yaml:89:7
%5404 = reduce_sum %5403 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5405 = sqrt %5404 : f32[] @ models/lib/nn.yaml:89:7
%5406 = cast %5405 : f64[] @ models/lib/nn.yaml:89:7
%5407 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%5408 = add %5406, %5407 : f64[] @ models/lib/nn.yaml:89:7
%5409 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%5410 = div %5409, %5408 : f64[] @ models/lib/nn.yaml:89:7
%5411 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5412 = lt %5410, %5411 : bool[] @ models/lib/nn.yaml:89:7
%5413 = cast %5410 : f32[] @ models/lib/nn.yaml:89:7
%5414 = broadcast %5413 : f32[16] @ models/lib/nn.yaml:89:7
%5415 = mul %5401, %5414 : f32[16] @ models/lib/nn.yaml:89:7
%5416 = broadcast %5412 : bool[16] @ models/lib/nn.yaml:89:7
%5417 = select %5416, %5415, %5401 : f32[16] @ models/lib/nn.yaml:89:7
%5418 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5419 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5420 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5421 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%5422 = add %5420, %5421 : i64[] @ models/lib/nn.yaml:89:7
%5423 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%5424 = cast %5423 : f32[] @ models/lib/nn.yaml:89:7
%5425 = broadcast %5424 : f32[16] @ models/lib/nn.yaml:89:7
%5426 = mul %5417, %5425 : f32[16] @ models/lib/nn.yaml:89:7
%5427 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%5428 = cast %5427 : f32[] @ models/lib/nn.yaml:89:7
%5429 = broadcast %5428 : f32[16] @ models/lib/nn.yaml:89:7
%5430 = mul %5418, %5429 : f32[16] @ models/lib/nn.yaml:89:7
%5431 = add %5430, %5426 : f32[16] @ models/lib/nn.yaml:89:7
%5432 = mul %5417, %5417 : f32[16] @ models/lib/nn.yaml:89:7
%5433 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%5434 = cast %5433 : f32[] @ models/lib/nn.yaml:89:7
%5435 = broadcast %5434 : f32[16] @ models/lib/nn.yaml:89:7
%5436 = mul %5432, %5435 : f32[16] @ models/lib/nn.yaml:89:7
%5437 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%5438 = cast %5437 : f32[] @ models/lib/nn.yaml:89:7
%5439 = broadcast %5438 : f32[16] @ models/lib/nn.yaml:89:7
%5440 = mul %5419, %5439 : f32[16] @ models/lib/nn.yaml:89:7
%5441 = add %5440, %5436 : f32[16] @ models/lib/nn.yaml:89:7
%5442 = cast %5422 : f64[] @ models/lib/nn.yaml:89:7
%5443 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%5444 = pow %5443, %5442 : f64[] @ models/lib/nn.yaml:89:7
%5445 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5446 = sub %5445, %5444 : f64[] @ models/lib/nn.yaml:89:7
%5447 = div %3010, %5446 : f64[] @ models/lib/nn.yaml:89:7
%5448 = cast %5422 : f64[] @ models/lib/nn.yaml:89:7
%5449 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%5450 = pow %5449, %5448 : f64[] @ models/lib/nn.yaml:89:7
%5451 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5452 = sub %5451, %5450 : f64[] @ models/lib/nn.yaml:89:7
%5453 = sqrt %5452 : f64[] @ models/lib/nn.yaml:89:7
%5454 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5455 = div %5454, %5453 : f64[] @ models/lib/nn.yaml:89:7
%5456 = sqrt %5441 : f32[16] @ models/lib/nn.yaml:89:7
%5457 = cast %5455 : f32[] @ models/lib/nn.yaml:89:7
%5458 = broadcast %5457 : f32[16] @ models/lib/nn.yaml:89:7
%5459 = mul %5456, %5458 : f32[16] @ models/lib/nn.yaml:89:7
%5460 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%5461 = cast %5460 : f32[] @ models/lib/nn.yaml:89:7
%5462 = broadcast %5461 : f32[16] @ models/lib/nn.yaml:89:7
%5463 = add %5459, %5462 : f32[16] @ models/lib/nn.yaml:89:7
%5464 = div %5431, %5463 : f32[16] @ models/lib/nn.yaml:89:7
%5465 = cast %5447 : f32[] @ models/lib/nn.yaml:89:7
%5466 = broadcast %5465 : f32[16] @ models/lib/nn.yaml:89:7
%5467 = mul %5464, %5466 : f32[16] @ models/lib/nn.yaml:89:7
%5468 = sub %16, %5467 : f32[16] @ models/lib/nn.yaml:89:7
%5469 = assign %16, %5468 : f32[16] @ models/lib/nn.yaml:89:7
%5470 = assign %5418, %5431 : f32[16] @ models/lib/nn.yaml:89:7
%5471 = assign %5419, %5441 : f32[16] @ models/lib/nn.yaml:89:7
%5472 = assign %5420, %5422 : i64[] @ models/lib/nn.yaml:89:7
%5473 = cast %3012 : f32[] @ models/lib/nn.yaml:89:7
%5474 = broadcast %5473 : f32[16] @ models/lib/nn.yaml:89:7
%5475 = mul %94, %5474 : f32[16] @ models/lib/nn.yaml:89:7
%5476 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5477 = sub %5476, %3012 : f64[] @ models/lib/nn.yaml:89:7
%5478 = cast %5477 : f32[] @ models/lib/nn.yaml:89:7
%5479 = broadcast %5478 : f32[16] @ models/lib/nn.yaml:89:7
%5480 = mul %5468, %5479 : f32[16] @ models/lib/nn.yaml:89:7
%5481 = add %5475, %5480 : f32[16] @ models/lib/nn.yaml:89:7
%5482 = assign %94, %5481 : f32[16] @ models/lib/nn.yaml:89:7
%5483 = all_reduce_sum %4533 : f32[16] @ models/lib/nn.yaml:90:7
%5484 = reshape %5483 : f32[16] @ models/lib/nn.yaml:90:7
%5485 = mul %5484, %5484 : f32[16] @ models/lib/nn.yaml:90:7
%5486 = reduce_sum %5485 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5487 = sqrt %5486 : f32[] @ models/lib/nn.yaml:90:7
%5488 = cast %5487 : f64[] @ models/lib/nn.yaml:90:7
%5489 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%5490 = add %5488, %5489 : f64[] @ models/lib/nn.yaml:90:7
%5491 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%5492 = div %5491, %5490 : f64[] @ models/lib/nn.yaml:90:7
%5493 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5494 = lt %5492, %5493 : bool[] @ models/lib/nn.yaml:90:7
%5495 = cast %5492 : f32[] @ models/lib/nn.yaml:90:7
%5496 = broadcast %5495 : f32[16] @ models/lib/nn.yaml:90:7
%5497 = mul %5483, %5496 : f32[16] @ models/lib/nn.yaml:90:7
%5498 = broadcast %5494 : bool[16] @ models/lib/nn.yaml:90:7
%5499 = select %5498, %5497, %5483 : f32[16] @ models/lib/nn.yaml:90:7
%5500 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5501 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5502 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5503 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%5504 = add %5502, %5503 : i64[] @ models/lib/nn.yaml:90:7
%5505 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%5506 = cast %5505 : f32[] @ models/lib/nn.yaml:90:7
%5507 = broadcast %5506 : f32[16] @ models/lib/nn.yaml:90:7
%5508 = mul %5499, %5507 : f32[16] @ models/lib/nn.yaml:90:7
%5509 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5510 = cast %5509 : f32[] @ models/lib/nn.yaml:90:7
%5511 = broadcast %5510 : f32[16] @ models/lib/nn.yaml:90:7
%5512 = mul %5500, %5511 : f32[16] @ models/lib/nn.yaml:90:7
%5513 = add %5512, %5508 : f32[16] @ models/lib/nn.yaml:90:7
%5514 = mul %5499, %5499 : f32[16] @ models/lib/nn.yaml:90:7
%5515 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%5516 = cast %5515 : f32[] @ models/lib/nn.yaml:90:7
%5517 = broadcast %5516 : f32[16] @ models/lib/nn.yaml:90:7
%5518 = mul %5514, %5517 : f32[16] @ models/lib/nn.yaml:90:7
%5519 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5520 = cast %5519 : f32[] @ models/lib/nn.yaml:90:7
%5521 = broadcast %5520 : f32[16] @ models/lib/nn.yaml:90:7
%5522 = mul %5501, %5521 : f32[16] @ models/lib/nn.yaml:90:7
%5523 = add %5522, %5518 : f32[16] @ models/lib/nn.yaml:90:7
%5524 = cast %5504 : f64[] @ models/lib/nn.yaml:90:7
%5525 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5526 = pow %5525, %5524 : f64[] @ models/lib/nn.yaml:90:7
%5527 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5528 = sub %5527, %5526 : f64[] @ models/lib/nn.yaml:90:7
%5529 = div %3010, %5528 : f64[] @ models/lib/nn.yaml:90:7
%5530 = cast %5504 : f64[] @ models/lib/nn.yaml:90:7
%5531 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5532 = pow %5531, %5530 : f64[] @ models/lib/nn.yaml:90:7
%5533 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5534 = sub %5533, %5532 : f64[] @ models/lib/nn.yaml:90:7
%5535 = sqrt %5534 : f64[] @ models/lib/nn.yaml:90:7
%5536 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5537 = div %5536, %5535 : f64[] @ models/lib/nn.yaml:90:7
%5538 = sqrt %5523 : f32[16] @ models/lib/nn.yaml:90:7
%5539 = cast %5537 : f32[] @ models/lib/nn.yaml:90:7
%5540 = broadcast %5539 : f32[16] @ models/lib/nn.yaml:90:7
%5541 = mul %5538, %5540 : f32[16] @ models/lib/nn.yaml:90:7
%5542 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%5543 = cast %5542 : f32[] @ models/lib/nn.yaml:90:7
%5544 = broadcast %5543 : f32[16] @ models/lib/nn.yaml:90:7
%5545 = add %5541, %5544 : f32[16] @ models/lib/nn.yaml:90:7
%5546 = div %5513, %5545 : f32[16] @ models/lib/nn.yaml:90:7
%5547 = cast %5529 : f32[] @ models/lib/nn.yaml:90:7
%5548 = broadcast %5547 : f32[16] @ models/lib/nn.yaml:90:7
%5549 = mul %5546, %5548 : f32[16] @ models/lib/nn.yaml:90:7
%5550 = sub %17, %5549 : f32[16] @ models/lib/nn.yaml:90:7
%5551 = assign %17, %5550 : f32[16] @ models/lib/nn.yaml:90:7
%5552 = assign %5500, %5513 : f32[16] @ models/lib/nn.yaml:90:7
%5553 = assign %5501, %5523 : f32[16] @ models/lib/nn.yaml:90:7
%5554 = assign %5502, %5504 : i64[] @ models/lib/nn.yaml:90:7
%5555 = cast %3012 : f32[] @ models/lib/nn.yaml:90:7
%5556 = broadcast %5555 : f32[16] @ models/lib/nn.yaml:90:7
%5557 = mul %95, %5556 : f32[16] @ models/lib/nn.yaml:90:7
%5558 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5559 = sub %5558, %3012 : f64[] @ models/lib/nn.yaml:90:7
%5560 = cast %5559 : f32[] @ models/lib/nn.yaml:90:7
%5561 = broadcast %5560 : f32[16] @ models/lib/nn.yaml:90:7
%5562 = mul %5550, %5561 : f32[16] @ models/lib/nn.yaml:90:7
%5563 = add %5557, %5562 : f32[16] @ models/lib/nn.yaml:90:7
%5564 = assign %95, %5563 : f32[16] @ models/lib/nn.yaml:90:7
%5565 = all_reduce_sum %4530 : f32[64,16] @ models/lib/nn.yaml:79:7
%5566 = reshape %5565 : f32[1024] @ models/lib/nn.yaml:79:7
%5567 = mul %5566, %5566 : f32[1024] @ models/lib/nn.yaml:79:7
%5568 = reduce_sum %5567 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5569 = sqrt %5568 : f32[] @ models/lib/nn.yaml:79:7
%5570 = cast %5569 : f64[] @ models/lib/nn.yaml:79:7
%5571 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%5572 = add %5570, %5571 : f64[] @ models/lib/nn.yaml:79:7
%5573 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%5574 = div %5573, %5572 : f64[] @ models/lib/nn.yaml:79:7
%5575 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5576 = lt %5574, %5575 : bool[] @ models/lib/nn.yaml:79:7
%5577 = cast %5574 : f32[] @ models/lib/nn.yaml:79:7
%5578 = broadcast %5577 : f32[64,16] @ models/lib/nn.yaml:79:7
%5579 = mul %5565, %5578 : f32[64,16] @ models/lib/nn.yaml:79:7
%5580 = broadcast %5576 : bool[64,16] @ models/lib/nn.yaml:79:7
%5581 = select %5580, %5579, %5565 : f32[64,16] @ models/lib/nn.yaml:79:7
%5582 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5583 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5584 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5585 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5586 = add %5584, %5585 : i64[] @ models/lib/nn.yaml:79:7
%5587 = mul %3010, %3011 : f64[] @ models/lib/nn.yaml:79:7
%5588 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5589 = sub %5588, %5587 : f64[] @ models/lib/nn.yaml:79:7
%5590 = cast %5589 : f32[] @ models/lib/nn.yaml:79:7
%5591 = broadcast %5590 : f32[64,16] @ models/lib/nn.yaml:79:7
%5592 = mul %18, %5591 : f32[64,16] @ models/lib/nn.yaml:79:7
%5593 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5594 = cast %5593 : f32[] @ models/lib/nn.yaml:79:7
%5595 = broadcast %5594 : f32[64,16] @ models/lib/nn.yaml:79:7
%5596 = mul %5581, %5595 : f32[64,16] @ models/lib/nn.yaml:79:7
%5597 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5598 = cast %5597 : f32[] @ models/lib/nn.yaml:79:7
%5599 = broadcast %5598 : f32[64,16] @ models/lib/nn.yaml:79:7
%5600 = mul %5582, %5599 : f32[64,16] @ models/lib/nn.yaml:79:7
%5601 = add %5600, %5596 : f32[64,16] @ models/lib/nn.yaml:79:7
%5602 = mul %5581, %5581 : f32[64,16] @ models/lib/nn.yaml:79:7
%5603 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5604 = cast %5603 : f32[] @ models/lib/nn.yaml:79:7
%5605 = broadcast %5604 : f32[64,16] @ models/lib/nn.yaml:79:7
%5606 = mul %5602, %5605 : f32[64,16] @ models/lib/nn.yaml:79:7
%5607 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5608 = cast %5607 : f32[] @ models/lib/nn.yaml:79:7
%5609 = broadcast %5608 : f32[64,16] @ models/lib/nn.yaml:79:7
%5610 = mul %5583, %5609 : f32[64,16] @ models/lib/nn.yaml:79:7
%5611 = add %5610, %5606 : f32[64,16] @ models/lib/nn.yaml:79:7
%5612 = cast %5586 : f64[] @ models/lib/nn.yaml:79:7
%5613 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5614 = pow %5613, %5612 : f64[] @ models/lib/nn.yaml:79:7
%5615 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5616 = sub %5615, %5614 : f64[] @ models/lib/nn.yaml:79:7
%5617 = div %3010, %5616 : f64[] @ models/lib/nn.yaml:79:7
%5618 = cast %5586 : f64[] @ models/lib/nn.yaml:79:7
%5619 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5620 = pow %5619, %5618 : f64[] @ models/lib/nn.yaml:79:7
%5621 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5622 = sub %5621, %5620 : f64[] @ models/lib/nn.yaml:79:7
%5623 = sqrt %5622 : f64[] @ models/lib/nn.yaml:79:7
%5624 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5625 = div %5624, %5623 : f64[] @ models/lib/nn.yaml:79:7
%5626 = sqrt %5611 : f32[64,16] @ models/lib/nn.yaml:79:7
%5627 = cast %5625 : f32[] @ models/lib/nn.yaml:79:7
%5628 = broadcast %5627 : f32[64,16] @ models/lib/nn.yaml:79:7
%5629 = mul %5626, %5628 : f32[64,16] @ models/lib/nn.yaml:79:7
%5630 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5631 = cast %5630 : f32[] @ models/lib/nn.yaml:79:7
%5632 = broadcast %5631 : f32[64,16] @ models/lib/nn.yaml:79:7
%5633 = add %5629, %5632 : f32[64,16] @ models/lib/nn.yaml:79:7
%5634 = div %5601, %5633 : f32[64,16] @ models/lib/nn.yaml:79:7
%5635 = cast %5617 : f32[] @ models/lib/nn.yaml:79:7
%5636 = broadcast %5635 : f32[64,16] @ models/lib/nn.yaml:79:7
%5637 = mul %5634, %5636 : f32[64,16] @ models/lib/nn.yaml:79:7
%5638 = sub %5592, %5637 : f32[64,16] @ models/lib/nn.yaml:79:7
%5639 = assign %18, %5638 : f32[64,16] @ models/lib/nn.yaml:79:7
%5640 = assign %5582, %5601 : f32[64,16] @ models/lib/nn.yaml:79:7
%5641 = assign %5583, %5611 : f32[64,16] @ models/lib/nn.yaml:79:7
%5642 = assign %5584, %5586 : i64[] @ models/lib/nn.yaml:79:7
%5643 = cast %3012 : f32[] @ models/lib/nn.yaml:79:7
%5644 = broadcast %5643 : f32[64,16] @ models/lib/nn.yaml:79:7
%5645 = mul %96, %5644 : f32[64,16] @ models/lib/nn.yaml:79:7
%5646 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5647 = sub %5646, %3012 : f64[] @ models/lib/nn.yaml:79:7
%5648 = cast %5647 : f32[] @ models/lib/nn.yaml:79:7
%5649 = broadcast %5648 : f32[64,16] @ models/lib/nn.yaml:79:7
%5650 = mul %5638, %5649 : f32[64,16] @ models/lib/nn.yaml:79:7
%5651 = add %5645, %5650 : f32[64,16] @ models/lib/nn.yaml:79:7
%5652 = assign %96, %5651 : f32[64,16] @ models/lib/nn.yaml:79:7
%5653 = all_reduce_sum %4525 : f32[64] @ models/lib/nn.yaml:80:7
%5654 = reshape %5653 : f32[64] @ models/lib/nn.yaml:80:7
%5655 = mul %5654, %5654 : f32[64] @ models/lib/nn.yaml:80:7
%5656 = reduce_sum %5655 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5657 = sqrt %5656 : f32[] @ models/lib/nn.yaml:80:7
%5658 = cast %5657 : f64[] @ models/lib/nn.yaml:80:7
%5659 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%5660 = add %5658, %5659 : f64[] @ models/lib/nn.yaml:80:7
%5661 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%5662 = div %5661, %5660 : f64[] @ models/lib/nn.yaml:80:7
%5663 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5664 = lt %5662, %5663 : bool[] @ models/lib/nn.yaml:80:7
%5665 = cast %5662 : f32[] @ models/lib/nn.yaml:80:7
%5666 = broadcast %5665 : f32[64] @ models/lib/nn.yaml:80:7
%5667 = mul %5653, %5666 : f32[64] @ models/lib/nn.yaml:80:7
%5668 = broadcast %5664 : bool[64] @ models/lib/nn.yaml:80:7
%5669 = select %5668, %5667, %5653 : f32[64] @ models/lib/nn.yaml:80:7
%5670 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5671 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5672 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5673 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5674 = add %5672, %5673 : i64[] @ models/lib/nn.yaml:80:7
%5675 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5676 = cast %5675 : f32[] @ models/lib/nn.yaml:80:7
%5677 = broadcast %5676 : f32[64] @ models/lib/nn.yaml:80:7
%5678 = mul %5669, %5677 : f32[64] @ models/lib/nn.yaml:80:7
%5679 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5680 = cast %5679 : f32[] @ models/lib/nn.yaml:80:7
%5681 = broadcast %5680 : f32[64] @ models/lib/nn.yaml:80:7
%5682 = mul %5670, %5681 : f32[64] @ models/lib/nn.yaml:80:7
%5683 = add %5682, %5678 : f32[64] @ models/lib/nn.yaml:80:7
%5684 = mul %5669, %5669 : f32[64] @ models/lib/nn.yaml:80:7
%5685 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5686 = cast %5685 : f32[] @ models/lib/nn.yaml:80:7
%5687 = broadcast %5686 : f32[64] @ models/lib/nn.yaml:80:7
%5688 = mul %5684, %5687 : f32[64] @ models/lib/nn.yaml:80:7
%5689 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5690 = cast %5689 : f32[] @ models/lib/nn.yaml:80:7
%5691 = broadcast %5690 : f32[64] @ models/lib/nn.yaml:80:7
%5692 = mul %5671, %5691 : f32[64] @ models/lib/nn.yaml:80:7
%5693 = add %5692, %5688 : f32[64] @ models/lib/nn.yaml:80:7
%5694 = cast %5674 : f64[] @ models/lib/nn.yaml:80:7
%5695 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5696 = pow %5695, %5694 : f64[] @ models/lib/nn.yaml:80:7
%5697 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5698 = sub %5697, %5696 : f64[] @ models/lib/nn.yaml:80:7
%5699 = div %3010, %5698 : f64[] @ models/lib/nn.yaml:80:7
%5700 = cast %5674 : f64[] @ models/lib/nn.yaml:80:7
%5701 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5702 = pow %5701, %5700 : f64[] @ models/lib/nn.yaml:80:7
%5703 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5704 = sub %5703, %5702 : f64[] @ models/lib/nn.yaml:80:7
%5705 = sqrt %5704 : f64[] @ models/lib/nn.yaml:80:7
%5706 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5707 = div %5706, %5705 : f64[] @ models/lib/nn.yaml:80:7
%5708 = sqrt %5693 : f32[64] @ models/lib/nn.yaml:80:7
%5709 = cast %5707 : f32[] @ models/lib/nn.yaml:80:7
%5710 = broadcast %5709 : f32[64] @ models/lib/nn.yaml:80:7
%5711 = mul %5708, %5710 : f32[64] @ models/lib/nn.yaml:80:7
%5712 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5713 = cast %5712 : f32[] @ models/lib/nn.yaml:80:7
%5714 = broadcast %5713 : f32[64] @ models/lib/nn.yaml:80:7
%5715 = add %5711, %5714 : f32[64] @ models/lib/nn.yaml:80:7
%5716 = div %5683, %5715 : f32[64] @ models/lib/nn.yaml:80:7
%5717 = cast %5699 : f32[] @ models/lib/nn.yaml:80:7
%5718 = broadcast %5717 : f32[64] @ models/lib/nn.yaml:80:7
%5719 = mul %5716, %5718 : f32[64] @ models/lib/nn.yaml:80:7
%5720 = sub %19, %5719 : f32[64] @ models/lib/nn.yaml:80:7
%5721 = assign %19, %5720 : f32[64] @ models/lib/nn.yaml:80:7
%5722 = assign %5670, %5683 : f32[64] @ models/lib/nn.yaml:80:7
%5723 = assign %5671, %5693 : f32[64] @ models/lib/nn.yaml:80:7
%5724 = assign %5672, %5674 : i64[] @ models/lib/nn.yaml:80:7
%5725 = cast %3012 : f32[] @ models/lib/nn.yaml:80:7
%5726 = broadcast %5725 : f32[64] @ models/lib/nn.yaml:80:7
%5727 = mul %97, %5726 : f32[64] @ models/lib/nn.yaml:80:7
%5728 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5729 = sub %5728, %3012 : f64[] @ models/lib/nn.yaml:80:7
%5730 = cast %5729 : f32[] @ models/lib/nn.yaml:80:7
%5731 = broadcast %5730 : f32[64] @ models/lib/nn.yaml:80:7
%5732 = mul %5720, %5731 : f32[64] @ models/lib/nn.yaml:80:7
%5733 = add %5727, %5732 : f32[64] @ models/lib/nn.yaml:80:7
%5734 = assign %97, %5733 : f32[64] @ models/lib/nn.yaml:80:7
%5735 = all_reduce_sum %4510 : f32[16,64] @ models/lib/nn.yaml:79:7
%5736 = reshape %5735 : f32[1024] @ models/lib/nn.yaml:79:7
%5737 = mul %5736, %5736 : f32[1024] @ models/lib/nn.yaml:79:7
%5738 = reduce_sum %5737 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5739 = sqrt %5738 : f32[] @ models/lib/nn.yaml:79:7
%5740 = cast %5739 : f64[] @ models/lib/nn.yaml:79:7
%5741 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%5742 = add %5740, %5741 : f64[] @ models/lib/nn.yaml:79:7
%5743 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%5744 = div %5743, %5742 : f64[] @ models/lib/nn.yaml:79:7
%5745 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5746 = lt %5744, %5745 : bool[] @ models/lib/nn.yaml:79:7
%5747 = cast %5744 : f32[] @ models/lib/nn.yaml:79:7
%5748 = broadcast %5747 : f32[16,64] @ models/lib/nn.yaml:79:7
%5749 = mul %5735, %5748 : f32[16,64] @ models/lib/nn.yaml:79:7
%5750 = broadcast %5746 : bool[16,64] @ models/lib/nn.yaml:79:7
%5751 = select %5750, %5749, %5735 : f32[16,64] @ models/lib/nn.yaml:79:7
%5752 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5753 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5754 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5755 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5756 = add %5754, %5755 : i64[] @ models/lib/nn.yaml:79:7
%5757 = mul %3010, %3011 : f64[] @ models/lib/nn.yaml:79:7
%5758 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5759 = sub %5758, %5757 : f64[] @ models/lib/nn.yaml:79:7
%5760 = cast %5759 : f32[] @ models/lib/nn.yaml:79:7
%5761 = broadcast %5760 : f32[16,64] @ models/lib/nn.yaml:79:7
%5762 = mul %20, %5761 : f32[16,64] @ models/lib/nn.yaml:79:7
%5763 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5764 = cast %5763 : f32[] @ models/lib/nn.yaml:79:7
%5765 = broadcast %5764 : f32[16,64] @ models/lib/nn.yaml:79:7
%5766 = mul %5751, %5765 : f32[16,64] @ models/lib/nn.yaml:79:7
%5767 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5768 = cast %5767 : f32[] @ models/lib/nn.yaml:79:7
%5769 = broadcast %5768 : f32[16,64] @ models/lib/nn.yaml:79:7
%5770 = mul %5752, %5769 : f32[16,64] @ models/lib/nn.yaml:79:7
%5771 = add %5770, %5766 : f32[16,64] @ models/lib/nn.yaml:79:7
%5772 = mul %5751, %5751 : f32[16,64] @ models/lib/nn.yaml:79:7
%5773 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5774 = cast %5773 : f32[] @ models/lib/nn.yaml:79:7
%5775 = broadcast %5774 : f32[16,64] @ models/lib/nn.yaml:79:7
%5776 = mul %5772, %5775 : f32[16,64] @ models/lib/nn.yaml:79:7
%5777 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5778 = cast %5777 : f32[] @ models/lib/nn.yaml:79:7
%5779 = broadcast %5778 : f32[16,64] @ models/lib/nn.yaml:79:7
%5780 = mul %5753, %5779 : f32[16,64] @ models/lib/nn.yaml:79:7
%5781 = add %5780, %5776 : f32[16,64] @ models/lib/nn.yaml:79:7
%5782 = cast %5756 : f64[] @ models/lib/nn.yaml:79:7
%5783 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5784 = pow %5783, %5782 : f64[] @ models/lib/nn.yaml:79:7
%5785 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5786 = sub %5785, %5784 : f64[] @ models/lib/nn.yaml:79:7
%5787 = div %3010, %5786 : f64[] @ models/lib/nn.yaml:79:7
%5788 = cast %5756 : f64[] @ models/lib/nn.yaml:79:7
%5789 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5790 = pow %5789, %5788 : f64[] @ models/lib/nn.yaml:79:7
%5791 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5792 = sub %5791, %5790 : f64[] @ models/lib/nn.yaml:79:7
%5793 = sqrt %5792 : f64[] @ models/lib/nn.yaml:79:7
%5794 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5795 = div %5794, %5793 : f64[] @ models/lib/nn.yaml:79:7
%5796 = sqrt %5781 : f32[16,64] @ models/lib/nn.yaml:79:7
%5797 = cast %5795 : f32[] @ models/lib/nn.yaml:79:7
%5798 = broadcast %5797 : f32[16,64] @ models/lib/nn.yaml:79:7
%5799 = mul %5796, %5798 : f32[16,64] @ models/lib/nn.yaml:79:7
%5800 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5801 = cast %5800 : f32[] @ models/lib/nn.yaml:79:7
%5802 = broadcast %5801 : f32[16,64] @ models/lib/nn.yaml:79:7
%5803 = add %5799, %5802 : f32[16,64] @ models/lib/nn.yaml:79:7
%5804 = div %5771, %5803 : f32[16,64] @ models/lib/nn.yaml:79:7
%5805 = cast %5787 : f32[] @ models/lib/nn.yaml:79:7
%5806 = broadcast %5805 : f32[16,64] @ models/lib/nn.yaml:79:7
%5807 = mul %5804, %5806 : f32[16,64] @ models/lib/nn.yaml:79:7
%5808 = sub %5762, %5807 : f32[16,64] @ models/lib/nn.yaml:79:7
%5809 = assign %20, %5808 : f32[16,64] @ models/lib/nn.yaml:79:7
%5810 = assign %5752, %5771 : f32[16,64] @ models/lib/nn.yaml:79:7
%5811 = assign %5753, %5781 : f32[16,64] @ models/lib/nn.yaml:79:7
%5812 = assign %5754, %5756 : i64[] @ models/lib/nn.yaml:79:7
%5813 = cast %3012 : f32[] @ models/lib/nn.yaml:79:7
%5814 = broadcast %5813 : f32[16,64] @ models/lib/nn.yaml:79:7
%5815 = mul %98, %5814 : f32[16,64] @ models/lib/nn.yaml:79:7
%5816 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5817 = sub %5816, %3012 : f64[] @ models/lib/nn.yaml:79:7
%5818 = cast %5817 : f32[] @ models/lib/nn.yaml:79:7
%5819 = broadcast %5818 : f32[16,64] @ models/lib/nn.yaml:79:7
%5820 = mul %5808, %5819 : f32[16,64] @ models/lib/nn.yaml:79:7
%5821 = add %5815, %5820 : f32[16,64] @ models/lib/nn.yaml:79:7
%5822 = assign %98, %5821 : f32[16,64] @ models/lib/nn.yaml:79:7
%5823 = all_reduce_sum %4505 : f32[16] @ models/lib/nn.yaml:80:7
%5824 = reshape %5823 : f32[16] @ models/lib/nn.yaml:80:7
%5825 = mul %5824, %5824 : f32[16] @ models/lib/nn.yaml:80:7
%5826 = reduce_sum %5825 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5827 = sqrt %5826 : f32[] @ models/lib/nn.yaml:80:7
%5828 = cast %5827 : f64[] @ models/lib/nn.yaml:80:7
%5829 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%5830 = add %5828, %5829 : f64[] @ models/lib/nn.yaml:80:7
%5831 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%5832 = div %5831, %5830 : f64[] @ models/lib/nn.yaml:80:7
%5833 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5834 = lt %5832, %5833 : bool[] @ models/lib/nn.yaml:80:7
%5835 = cast %5832 : f32[] @ models/lib/nn.yaml:80:7
%5836 = broadcast %5835 : f32[16] @ models/lib/nn.yaml:80:7
%5837 = mul %5823, %5836 : f32[16] @ models/lib/nn.yaml:80:7
%5838 = broadcast %5834 : bool[16] @ models/lib/nn.yaml:80:7
%5839 = select %5838, %5837, %5823 : f32[16] @ models/lib/nn.yaml:80:7
%5840 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5841 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5842 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5843 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5844 = add %5842, %5843 : i64[] @ models/lib/nn.yaml:80:7
%5845 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5846 = cast %5845 : f32[] @ models/lib/nn.yaml:80:7
%5847 = broadcast %5846 : f32[16] @ models/lib/nn.yaml:80:7
%5848 = mul %5839, %5847 : f32[16] @ models/lib/nn.yaml:80:7
%5849 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5850 = cast %5849 : f32[] @ models/lib/nn.yaml:80:7
%5851 = broadcast %5850 : f32[16] @ models/lib/nn.yaml:80:7
%5852 = mul %5840, %5851 : f32[16] @ models/lib/nn.yaml:80:7
%5853 = add %5852, %5848 : f32[16] @ models/lib/nn.yaml:80:7
%5854 = mul %5839, %5839 : f32[16] @ models/lib/nn.yaml:80:7
%5855 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5856 = cast %5855 : f32[] @ models/lib/nn.yaml:80:7
%5857 = broadcast %5856 : f32[16] @ models/lib/nn.yaml:80:7
%5858 = mul %5854, %5857 : f32[16] @ models/lib/nn.yaml:80:7
%5859 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5860 = cast %5859 : f32[] @ models/lib/nn.yaml:80:7
%5861 = broadcast %5860 : f32[16] @ models/lib/nn.yaml:80:7
%5862 = mul %5841, %5861 : f32[16] @ models/lib/nn.yaml:80:7
%5863 = add %5862, %5858 : f32[16] @ models/lib/nn.yaml:80:7
%5864 = cast %5844 : f64[] @ models/lib/nn.yaml:80:7
%5865 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5866 = pow %5865, %5864 : f64[] @ models/lib/nn.yaml:80:7
%5867 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5868 = sub %5867, %5866 : f64[] @ models/lib/nn.yaml:80:7
%5869 = div %3010, %5868 : f64[] @ models/lib/nn.yaml:80:7
%5870 = cast %5844 : f64[] @ models/lib/nn.yaml:80:7
%5871 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5872 = pow %5871, %5870 : f64[] @ models/lib/nn.yaml:80:7
%5873 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5874 = sub %5873, %5872 : f64[] @ models/lib/nn.yaml:80:7
%5875 = sqrt %5874 : f64[] @ models/lib/nn.yaml:80:7
%5876 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5877 = div %5876, %5875 : f64[] @ models/lib/nn.yaml:80:7
%5878 = sqrt %5863 : f32[16] @ models/lib/nn.yaml:80:7
%5879 = cast %5877 : f32[] @ models/lib/nn.yaml:80:7
%5880 = broadcast %5879 : f32[16] @ models/lib/nn.yaml:80:7
%5881 = mul %5878, %5880 : f32[16] @ models/lib/nn.yaml:80:7
%5882 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5883 = cast %5882 : f32[] @ models/lib/nn.yaml:80:7
%5884 = broadcast %5883 : f32[16] @ models/lib/nn.yaml:80:7
%5885 = add %5881, %5884 : f32[16] @ models/lib/nn.yaml:80:7
%5886 = div %5853, %5885 : f32[16] @ models/lib/nn.yaml:80:7
%5887 = cast %5869 : f32[] @ models/lib/nn.yaml:80:7
%5888 = broadcast %5887 : f32[16] @ models/lib/nn.yaml:80:7
%5889 = mul %5886, %5888 : f32[16] @ models/lib/nn.yaml:80:7
%5890 = sub %21, %5889 : f32[16] @ models/lib/nn.yaml:80:7
%5891 = assign %21, %5890 : f32[16] @ models/lib/nn.yaml:80:7
%5892 = assign %5840, %5853 : f32[16] @ models/lib/nn.yaml:80:7
%5893 = assign %5841, %5863 : f32[16] @ models/lib/nn.yaml:80:7
%5894 = assign %5842, %5844 : i64[] @ models/lib/nn.yaml:80:7
%5895 = cast %3012 : f32[] @ models/lib/nn.yaml:80:7
%5896 = broadcast %5895 : f32[16] @ models/lib/nn.yaml:80:7
%5897 = mul %99, %5896 : f32[16] @ models/lib/nn.yaml:80:7
%5898 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5899 = sub %5898, %3012 : f64[] @ models/lib/nn.yaml:80:7
%5900 = cast %5899 : f32[] @ models/lib/nn.yaml:80:7
%5901 = broadcast %5900 : f32[16] @ models/lib/nn.yaml:80:7
%5902 = mul %5890, %5901 : f32[16] @ models/lib/nn.yaml:80:7
%5903 = add %5897, %5902 : f32[16] @ models/lib/nn.yaml:80:7
%5904 = assign %99, %5903 : f32[16] @ models/lib/nn.yaml:80:7
%5905 = all_reduce_sum %4481 : f32[16] @ models/lib/nn.yaml:89:7
%5906 = reshape %5905 : f32[16] @ models/lib/nn.yaml:89:7
%5907 = mul %5906, %5906 : f32[16] @ models/lib/nn.yaml:89:7
%5908 = reduce_sum %5907 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5909 = sqrt %5908 : f32[] @ models/lib/nn.yaml:89:7
%5910 = cast %5909 : f64[] @ models/lib/nn.yaml:89:7
%5911 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%5912 = add %5910, %5911 : f64[] @ models/lib/nn.yaml:89:7
%5913 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%5914 = div %5913, %5912 : f64[] @ models/lib/nn.yaml:89:7
%5915 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5916 = lt %5914, %5915 : bool[] @ models/lib/nn.yaml:89:7
%5917 = cast %5914 : f32[] @ models/lib/nn.yaml:89:7
%5918 = broadcast %5917 : f32[16] @ models/lib/nn.yaml:89:7
%5919 = mul %5905, %5918 : f32[16] @ models/lib/nn.yaml:89:7
%5920 = broadcast %5916 : bool[16] @ models/lib/nn.yaml:89:7
%5921 = select %5920, %5919, %5905 : f32[16] @ models/lib/nn.yaml:89:7
%5922 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5923 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5924 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5925 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%5926 = add %5924, %5925 : i64[] @ models/lib/nn.yaml:89:7
%5927 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%5928 = cast %5927 : f32[] @ models/lib/nn.yaml:89:7
%5929 = broadcast %5928 : f32[16] @ models/lib/nn.yaml:89:7
%5930 = mul %5921, %5929 : f32[16] @ models/lib/nn.yaml:89:7
%5931 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%5932 = cast %5931 : f32[] @ models/lib/nn.yaml:89:7
%5933 = broadcast %5932 : f32[16] @ models/lib/nn.yaml:89:7
%5934 = mul %5922, %5933 : f32[16] @ models/lib/nn.yaml:89:7
%5935 = add %5934, %5930 : f32[16] @ models/lib/nn.yaml:89:7
%5936 = mul %5921, %5921 : f32[16] @ models/lib/nn.yaml:89:7
%5937 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%5938 = cast %5937 : f32[] @ models/lib/nn.yaml:89:7
%5939 = broadcast %5938 : f32[16] @ models/lib/nn.yaml:89:7
%5940 = mul %5936, %5939 : f32[16] @ models/lib/nn.yaml:89:7
%5941 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%5942 = cast %5941 : f32[] @ models/lib/nn.yaml:89:7
%5943 = broadcast %5942 : f32[16] @ models/lib/nn.yaml:89:7
%5944 = mul %5923, %5943 : f32[16] @ models/lib/nn.yaml:89:7
%5945 = add %5944, %5940 : f32[16] @ models/lib/nn.yaml:89:7
%5946 = cast %5926 : f64[] @ models/lib/nn.yaml:89:7
%5947 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%5948 = pow %5947, %5946 : f64[] @ models/lib/nn.yaml:89:7
%5949 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5950 = sub %5949, %5948 : f64[] @ models/lib/nn.yaml:89:7
%5951 = div %3010, %5950 : f64[] @ models/lib/nn.yaml:89:7
%5952 = cast %5926 : f64[] @ models/lib/nn.yaml:89:7
%5953 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%5954 = pow %5953, %5952 : f64[] @ models/lib/nn.yaml:89:7
%5955 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5956 = sub %5955, %5954 : f64[] @ models/lib/nn.yaml:89:7
%5957 = sqrt %5956 : f64[] @ models/lib/nn.yaml:89:7
%5958 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5959 = div %5958, %5957 : f64[] @ models/lib/nn.yaml:89:7
%5960 = sqrt %5945 : f32[16] @ models/lib/nn.yaml:89:7
%5961 = cast %5959 : f32[] @ models/lib/nn.yaml:89:7
%5962 = broadcast %5961 : f32[16] @ models/lib/nn.yaml:89:7
%5963 = mul %5960, %5962 : f32[16] @ models/lib/nn.yaml:89:7
%5964 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%5965 = cast %5964 : f32[] @ models/lib/nn.yaml:89:7
%5966 = broadcast %5965 : f32[16] @ models/lib/nn.yaml:89:7
%5967 = add %5963, %5966 : f32[16] @ models/lib/nn.yaml:89:7
%5968 = div %5935, %5967 : f32[16] @ models/lib/nn.yaml:89:7
%5969 = cast %5951 : f32[] @ models/lib/nn.yaml:89:7
%5970 = broadcast %5969 : f32[16] @ models/lib/nn.yaml:89:7
%5971 = mul %5968, %5970 : f32[16] @ models/lib/nn.yaml:89:7
%5972 = sub %22, %5971 : f32[16] @ models/lib/nn.yaml:89:7
%5973 = assign %22, %5972 : f32[16] @ models/lib/nn.yaml:89:7
%5974 = assign %5922, %5935 : f32[16] @ models/lib/nn.yaml:89:7
%5975 = assign %5923, %5945 : f32[16] @ models/lib/nn.yaml:89:7
%5976 = assign %5924, %5926 : i64[] @ models/lib/nn.yaml:89:7
%5977 = cast %3012 : f32[] @ models/lib/nn.yaml:89:7
%5978 = broadcast %5977 : f32[16] @ models/lib/nn.yaml:89:7
%5979 = mul %100, %5978 : f32[16] @ models/lib/nn.yaml:89:7
%5980 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5981 = sub %5980, %3012 : f64[] @ models/lib/nn.yaml:89:7
%5982 = cast %5981 : f32[] @ models/lib/nn.yaml:89:7
%5983 = broadcast %5982 : f32[16] @ models/lib/nn.yaml:89:7
%5984 = mul %5972, %5983 : f32[16] @ models/lib/nn.yaml:89:7
%5985 = add %5979, %5984 : f32[16] @ models/lib/nn.yaml:89:7
%5986 = assign %100, %5985 : f32[16] @ models/lib/nn.yaml:89:7
%5987 = all_reduce_sum %4476 : f32[16] @ models/lib/nn.yaml:90:7
%5988 = reshape %5987 : f32[16] @ models/lib/nn.yaml:90:7
%5989 = mul %5988, %5988 : f32[16] @ models/lib/nn.yaml:90:7
%5990 = reduce_sum %5989 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5991 = sqrt %5990 : f32[] @ models/lib/nn.yaml:90:7
%5992 = cast %5991 : f64[] @ models/lib/nn.yaml:90:7
%5993 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%5994 = add %5992, %5993 : f64[] @ models/lib/nn.yaml:90:7
%5995 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%5996 = div %5995, %5994 : f64[] @ models/lib/nn.yaml:90:7
%5997 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5998 = lt %5996, %5997 : bool[] @ models/lib/nn.yaml:90:7
%5999 = cast %5996 : f32[] @ models/lib/nn.yaml:90:7
%6000 = broadcast %5999 : f32[16] @ models/lib/nn.yaml:90:7
%6001 = mul %5987, %6000 : f32[16] @ models/lib/nn.yaml:90:7
%6002 = broadcast %5998 : bool[16] @ models/lib/nn.yaml:90:7
%6003 = select %6002, %6001, %5987 : f32[16] @ models/lib/nn.yaml:90:7
%6004 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6005 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6006 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6007 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%6008 = add %6006, %6007 : i64[] @ models/lib/nn.yaml:90:7
%6009 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%6010 = cast %6009 : f32[] @ models/lib/nn.yaml:90:7
%6011 = broadcast %6010 : f32[16] @ models/lib/nn.yaml:90:7
%6012 = mul %6003, %6011 : f32[16] @ models/lib/nn.yaml:90:7
%6013 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6014 = cast %6013 : f32[] @ models/lib/nn.yaml:90:7
%6015 = broadcast %6014 : f32[16] @ models/lib/nn.yaml:90:7
%6016 = mul %6004, %6015 : f32[16] @ models/lib/nn.yaml:90:7
%6017 = add %6016, %6012 : f32[16] @ models/lib/nn.yaml:90:7
%6018 = mul %6003, %6003 : f32[16] @ models/lib/nn.yaml:90:7
%6019 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%6020 = cast %6019 : f32[] @ models/lib/nn.yaml:90:7
%6021 = broadcast %6020 : f32[16] @ models/lib/nn.yaml:90:7
%6022 = mul %6018, %6021 : f32[16] @ models/lib/nn.yaml:90:7
%6023 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6024 = cast %6023 : f32[] @ models/lib/nn.yaml:90:7
%6025 = broadcast %6024 : f32[16] @ models/lib/nn.yaml:90:7
%6026 = mul %6005, %6025 : f32[16] @ models/lib/nn.yaml:90:7
%6027 = add %6026, %6022 : f32[16] @ models/lib/nn.yaml:90:7
%6028 = cast %6008 : f64[] @ models/lib/nn.yaml:90:7
%6029 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6030 = pow %6029, %6028 : f64[] @ models/lib/nn.yaml:90:7
%6031 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6032 = sub %6031, %6030 : f64[] @ models/lib/nn.yaml:90:7
%6033 = div %3010, %6032 : f64[] @ models/lib/nn.yaml:90:7
%6034 = cast %6008 : f64[] @ models/lib/nn.yaml:90:7
%6035 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6036 = pow %6035, %6034 : f64[] @ models/lib/nn.yaml:90:7
%6037 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6038 = sub %6037, %6036 : f64[] @ models/lib/nn.yaml:90:7
%6039 = sqrt %6038 : f64[] @ models/lib/nn.yaml:90:7
%6040 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6041 = div %6040, %6039 : f64[] @ models/lib/nn.yaml:90:7
%6042 = sqrt %6027 : f32[16] @ models/lib/nn.yaml:90:7
%6043 = cast %6041 : f32[] @ models/lib/nn.yaml:90:7
%6044 = broadcast %6043 : f32[16] @ models/lib/nn.yaml:90:7
%6045 = mul %6042, %6044 : f32[16] @ models/lib/nn.yaml:90:7
%6046 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%6047 = cast %6046 : f32[] @ models/lib/nn.yaml:90:7
%6048 = broadcast %6047 : f32[16] @ models/lib/nn.yaml:90:7
%6049 = add %6045, %6048 : f32[16] @ models/lib/nn.yaml:90:7
%6050 = div %6017, %6049 : f32[16] @ models/lib/nn.yaml:90:7
%6051 = cast %6033 : f32[] @ models/lib/nn.yaml:90:7
%6052 = broadcast %6051 : f32[16] @ models/lib/nn.yaml:90:7
%6053 = mul %6050, %6052 : f32[16] @ models/lib/nn.yaml:90:7
%6054 = sub %23, %6053 : f32[16] @ models/lib/nn.yaml:90:7
%6055 = assign %23, %6054 : f32[16] @ models/lib/nn.yaml:90:7
%6056 = assign %6004, %6017 : f32[16] @ models/lib/nn.yaml:90:7
%6057 = assign %6005, %6027 : f32[16] @ models/lib/nn.yaml:90:7
%6058 = assign %6006, %6008 : i64[] @ models/lib/nn.yaml:90:7
%6059 = cast %3012 : f32[] @ models/lib/nn.yaml:90:7
%6060 = broadcast %6059 : f32[16] @ models/lib/nn.yaml:90:7
%6061 = mul %101, %6060 : f32[16] @ models/lib/nn.yaml:90:7
%6062 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6063 = sub %6062, %3012 : f64[] @ models/lib/nn.yaml:90:7
%6064 = cast %6063 : f32[] @ models/lib/nn.yaml:90:7
%6065 = broadcast %6064 : f32[16] @ models/lib/nn.yaml:90:7
%6066 = mul %6054, %6065 : f32[16] @ models/lib/nn.yaml:90:7
%6067 = add %6061, %6066 : f32[16] @ models/lib/nn.yaml:90:7
%6068 = assign %101, %6067 : f32[16] @ models/lib/nn.yaml:90:7
%6069 = all_reduce_sum %4473 : f32[48,16] @ models/lib/nn.yaml:79:7
%6070 = reshape %6069 : f32[768] @ models/lib/nn.yaml:79:7
%6071 = mul %6070, %6070 : f32[768] @ models/lib/nn.yaml:79:7
%6072 = reduce_sum %6071 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6073 = sqrt %6072 : f32[] @ models/lib/nn.yaml:79:7
%6074 = cast %6073 : f64[] @ models/lib/nn.yaml:79:7
%6075 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%6076 = add %6074, %6075 : f64[] @ models/lib/nn.yaml:79:7
%6077 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%6078 = div %6077, %6076 : f64[] @ models/lib/nn.yaml:79:7
%6079 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6080 = lt %6078, %6079 : bool[] @ models/lib/nn.yaml:79:7
%6081 = cast %6078 : f32[] @ models/lib/nn.yaml:79:7
%6082 = broadcast %6081 : f32[48,16] @ models/lib/nn.yaml:79:7
%6083 = mul %6069, %6082 : f32[48,16] @ models/lib/nn.yaml:79:7
%6084 = broadcast %6080 : bool[48,16] @ models/lib/nn.yaml:79:7
%6085 = select %6084, %6083, %6069 : f32[48,16] @ models/lib/nn.yaml:79:7
%6086 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6087 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6088 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6089 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6090 = add %6088, %6089 : i64[] @ models/lib/nn.yaml:79:7
%6091 = mul %3010, %3011 : f64[] @ models/lib/nn.yaml:79:7
%6092 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6093 = sub %6092, %6091 : f64[] @ models/lib/nn.yaml:79:7
%6094 = cast %6093 : f32[] @ models/lib/nn.yaml:79:7
%6095 = broadcast %6094 : f32[48,16] @ models/lib/nn.yaml:79:7
%6096 = mul %24, %6095 : f32[48,16] @ models/lib/nn.yaml:79:7
%6097 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6098 = cast %6097 : f32[] @ models/lib/nn.yaml:79:7
%6099 = broadcast %6098 : f32[48,16] @ models/lib/nn.yaml:79:7
%6100 = mul %6085, %6099 : f32[48,16] @ models/lib/nn.yaml:79:7
%6101 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6102 = cast %6101 : f32[] @ models/lib/nn.yaml:79:7
%6103 = broadcast %6102 : f32[48,16] @ models/lib/nn.yaml:79:7
%6104 = mul %6086, %6103 : f32[48,16] @ models/lib/nn.yaml:79:7
%6105 = add %6104, %6100 : f32[48,16] @ models/lib/nn.yaml:79:7
%6106 = mul %6085, %6085 : f32[48,16] @ models/lib/nn.yaml:79:7
%6107 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6108 = cast %6107 : f32[] @ models/lib/nn.yaml:79:7
%6109 = broadcast %6108 : f32[48,16] @ models/lib/nn.yaml:79:7
%6110 = mul %6106, %6109 : f32[48,16] @ models/lib/nn.yaml:79:7
%6111 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6112 = cast %6111 : f32[] @ models/lib/nn.yaml:79:7
%6113 = broadcast %6112 : f32[48,16] @ models/lib/nn.yaml:79:7
%6114 = mul %6087, %6113 : f32[48,16] @ models/lib/nn.yaml:79:7
%6115 = add %6114, %6110 : f32[48,16] @ models/lib/nn.yaml:79:7
%6116 = cast %6090 : f64[] @ models/lib/nn.yaml:79:7
%6117 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6118 = pow %6117, %6116 : f64[] @ models/lib/nn.yaml:79:7
%6119 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6120 = sub %6119, %6118 : f64[] @ models/lib/nn.yaml:79:7
%6121 = div %3010, %6120 : f64[] @ models/lib/nn.yaml:79:7
%6122 = cast %6090 : f64[] @ models/lib/nn.yaml:79:7
%6123 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6124 = pow %6123, %6122 : f64[] @ models/lib/nn.yaml:79:7
%6125 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6126 = sub %6125, %6124 : f64[] @ models/lib/nn.yaml:79:7
%6127 = sqrt %6126 : f64[] @ models/lib/nn.yaml:79:7
%6128 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6129 = div %6128, %6127 : f64[] @ models/lib/nn.yaml:79:7
%6130 = sqrt %6115 : f32[48,16] @ models/lib/nn.yaml:79:7
%6131 = cast %6129 : f32[] @ models/lib/nn.yaml:79:7
%6132 = broadcast %6131 : f32[48,16] @ models/lib/nn.yaml:79:7
%6133 = mul %6130, %6132 : f32[48,16] @ models/lib/nn.yaml:79:7
%6134 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6135 = cast %6134 : f32[] @ models/lib/nn.yaml:79:7
%6136 = broadcast %6135 : f32[48,16] @ models/lib/nn.yaml:79:7
%6137 = add %6133, %6136 : f32[48,16] @ models/lib/nn.yaml:79:7
%6138 = div %6105, %6137 : f32[48,16] @ models/lib/nn.yaml:79:7
%6139 = cast %6121 : f32[] @ models/lib/nn.yaml:79:7
%6140 = broadcast %6139 : f32[48,16] @ models/lib/nn.yaml:79:7
%6141 = mul %6138, %6140 : f32[48,16] @ models/lib/nn.yaml:79:7
%6142 = sub %6096, %6141 : f32[48,16] @ models/lib/nn.yaml:79:7
%6143 = assign %24, %6142 : f32[48,16] @ models/lib/nn.yaml:79:7
%6144 = assign %6086, %6105 : f32[48,16] @ models/lib/nn.yaml:79:7
%6145 = assign %6087, %6115 : f32[48,16] @ models/lib/nn.yaml:79:7
%6146 = assign %6088, %6090 : i64[] @ models/lib/nn.yaml:79:7
%6147 = cast %3012 : f32[] @ models/lib/nn.yaml:79:7
%6148 = broadcast %6147 : f32[48,16] @ models/lib/nn.yaml:79:7
%6149 = mul %102, %6148 : f32[48,16] @ models/lib/nn.yaml:79:7
%6150 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6151 = sub %6150, %3012 : f64[] @ models/lib/nn.yaml:79:7
%6152 = cast %6151 : f32[] @ models/lib/nn.yaml:79:7
%6153 = broadcast %6152 : f32[48,16] @ models/lib/nn.yaml:79:7
%6154 = mul %6142, %6153 : f32[48,16] @ models/lib/nn.yaml:79:7
%6155 = add %6149, %6154 : f32[48,16] @ models/lib/nn.yaml:79:7
%6156 = assign %102, %6155 : f32[48,16] @ models/lib/nn.yaml:79:7
%6157 = all_reduce_sum %4468 : f32[48] @ models/lib/nn.yaml:80:7
%6158 = reshape %6157 : f32[48] @ models/lib/nn.yaml:80:7
%6159 = mul %6158, %6158 : f32[48] @ models/lib/nn.yaml:80:7
%6160 = reduce_sum %6159 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6161 = sqrt %6160 : f32[] @ models/lib/nn.yaml:80:7
%6162 = cast %6161 : f64[] @ models/lib/nn.yaml:80:7
%6163 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%6164 = add %6162, %6163 : f64[] @ models/lib/nn.yaml:80:7
%6165 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%6166 = div %6165, %6164 : f64[] @ models/lib/nn.yaml:80:7
%6167 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6168 = lt %6166, %6167 : bool[] @ models/lib/nn.yaml:80:7
%6169 = cast %6166 : f32[] @ models/lib/nn.yaml:80:7
%6170 = broadcast %6169 : f32[48] @ models/lib/nn.yaml:80:7
%6171 = mul %6157, %6170 : f32[48] @ models/lib/nn.yaml:80:7
%6172 = broadcast %6168 : bool[48] @ models/lib/nn.yaml:80:7
%6173 = select %6172, %6171, %6157 : f32[48] @ models/lib/nn.yaml:80:7
%6174 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6175 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6176 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6177 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6178 = add %6176, %6177 : i64[] @ models/lib/nn.yaml:80:7
%6179 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6180 = cast %6179 : f32[] @ models/lib/nn.yaml:80:7
%6181 = broadcast %6180 : f32[48] @ models/lib/nn.yaml:80:7
%6182 = mul %6173, %6181 : f32[48] @ models/lib/nn.yaml:80:7
%6183 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6184 = cast %6183 : f32[] @ models/lib/nn.yaml:80:7
%6185 = broadcast %6184 : f32[48] @ models/lib/nn.yaml:80:7
%6186 = mul %6174, %6185 : f32[48] @ models/lib/nn.yaml:80:7
%6187 = add %6186, %6182 : f32[48] @ models/lib/nn.yaml:80:7
%6188 = mul %6173, %6173 : f32[48] @ models/lib/nn.yaml:80:7
%6189 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6190 = cast %6189 : f32[] @ models/lib/nn.yaml:80:7
%6191 = broadcast %6190 : f32[48] @ models/lib/nn.yaml:80:7
%6192 = mul %6188, %6191 : f32[48] @ models/lib/nn.yaml:80:7
%6193 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6194 = cast %6193 : f32[] @ models/lib/nn.yaml:80:7
%6195 = broadcast %6194 : f32[48] @ models/lib/nn.yaml:80:7
%6196 = mul %6175, %6195 : f32[48] @ models/lib/nn.yaml:80:7
%6197 = add %6196, %6192 : f32[48] @ models/lib/nn.yaml:80:7
%6198 = cast %6178 : f64[] @ models/lib/nn.yaml:80:7
%6199 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6200 = pow %6199, %6198 : f64[] @ models/lib/nn.yaml:80:7
%6201 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6202 = sub %6201, %6200 : f64[] @ models/lib/nn.yaml:80:7
%6203 = div %3010, %6202 : f64[] @ models/lib/nn.yaml:80:7
%6204 = cast %6178 : f64[] @ models/lib/nn.yaml:80:7
%6205 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6206 = pow %6205, %6204 : f64[] @ models/lib/nn.yaml:80:7
%6207 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6208 = sub %6207, %6206 : f64[] @ models/lib/nn.yaml:80:7
%6209 = sqrt %6208 : f64[] @ models/lib/nn.yaml:80:7
%6210 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6211 = div %6210, %6209 : f64[] @ models/lib/nn.yaml:80:7
%6212 = sqrt %6197 : f32[48] @ models/lib/nn.yaml:80:7
%6213 = cast %6211 : f32[] @ models/lib/nn.yaml:80:7
%6214 = broadcast %6213 : f32[48] @ models/lib/nn.yaml:80:7
%6215 = mul %6212, %6214 : f32[48] @ models/lib/nn.yaml:80:7
%6216 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6217 = cast %6216 : f32[] @ models/lib/nn.yaml:80:7
%6218 = broadcast %6217 : f32[48] @ models/lib/nn.yaml:80:7
%6219 = add %6215, %6218 : f32[48] @ models/lib/nn.yaml:80:7
%6220 = div %6187, %6219 : f32[48] @ models/lib/nn.yaml:80:7
%6221 = cast %6203 : f32[] @ models/lib/nn.yaml:80:7
%6222 = broadcast %6221 : f32[48] @ models/lib/nn.yaml:80:7
%6223 = mul %6220, %6222 : f32[48] @ models/lib/nn.yaml:80:7
%6224 = sub %25, %6223 : f32[48] @ models/lib/nn.yaml:80:7
%6225 = assign %25, %6224 : f32[48] @ models/lib/nn.yaml:80:7
%6226 = assign %6174, %6187 : f32[48] @ models/lib/nn.yaml:80:7
%6227 = assign %6175, %6197 : f32[48] @ models/lib/nn.yaml:80:7
%6228 = assign %6176, %6178 : i64[] @ models/lib/nn.yaml:80:7
%6229 = cast %3012 : f32[] @ models/lib/nn.yaml:80:7
%6230 = broadcast %6229 : f32[48] @ models/lib/nn.yaml:80:7
%6231 = mul %103, %6230 : f32[48] @ models/lib/nn.yaml:80:7
%6232 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6233 = sub %6232, %3012 : f64[] @ models/lib/nn.yaml:80:7
%6234 = cast %6233 : f32[] @ models/lib/nn.yaml:80:7
%6235 = broadcast %6234 : f32[48] @ models/lib/nn.yaml:80:7
%6236 = mul %6224, %6235 : f32[48] @ models/lib/nn.yaml:80:7
%6237 = add %6231, %6236 : f32[48] @ models/lib/nn.yaml:80:7
%6238 = assign %103, %6237 : f32[48] @ models/lib/nn.yaml:80:7
%6239 = all_reduce_sum %4441 : f32[16,16] @ models/lib/nn.yaml:79:7
%6240 = reshape %6239 : f32[256] @ models/lib/nn.yaml:79:7
%6241 = mul %6240, %6240 : f32[256] @ models/lib/nn.yaml:79:7
%6242 = reduce_sum %6241 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6243 = sqrt %6242 : f32[] @ models/lib/nn.yaml:79:7
%6244 = cast %6243 : f64[] @ models/lib/nn.yaml:79:7
%6245 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%6246 = add %6244, %6245 : f64[] @ models/lib/nn.yaml:79:7
%6247 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%6248 = div %6247, %6246 : f64[] @ models/lib/nn.yaml:79:7
%6249 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6250 = lt %6248, %6249 : bool[] @ models/lib/nn.yaml:79:7
%6251 = cast %6248 : f32[] @ models/lib/nn.yaml:79:7
%6252 = broadcast %6251 : f32[16,16] @ models/lib/nn.yaml:79:7
%6253 = mul %6239, %6252 : f32[16,16] @ models/lib/nn.yaml:79:7
%6254 = broadcast %6250 : bool[16,16] @ models/lib/nn.yaml:79:7
%6255 = select %6254, %6253, %6239 : f32[16,16] @ models/lib/nn.yaml:79:7
%6256 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6257 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6258 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6259 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6260 = add %6258, %6259 : i64[] @ models/lib/nn.yaml:79:7
%6261 = mul %3010, %3011 : f64[] @ models/lib/nn.yaml:79:7
%6262 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6263 = sub %6262, %6261 : f64[] @ models/lib/nn.yaml:79:7
%6264 = cast %6263 : f32[] @ models/lib/nn.yaml:79:7
%6265 = broadcast %6264 : f32[16,16] @ models/lib/nn.yaml:79:7
%6266 = mul %26, %6265 : f32[16,16] @ models/lib/nn.yaml:79:7
%6267 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6268 = cast %6267 : f32[] @ models/lib/nn.yaml:79:7
%6269 = broadcast %6268 : f32[16,16] @ models/lib/nn.yaml:79:7
%6270 = mul %6255, %6269 : f32[16,16] @ models/lib/nn.yaml:79:7
%6271 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6272 = cast %6271 : f32[] @ models/lib/nn.yaml:79:7
%6273 = broadcast %6272 : f32[16,16] @ models/lib/nn.yaml:79:7
%6274 = mul %6256, %6273 : f32[16,16] @ models/lib/nn.yaml:79:7
%6275 = add %6274, %6270 : f32[16,16] @ models/lib/nn.yaml:79:7
%6276 = mul %6255, %6255 : f32[16,16] @ models/lib/nn.yaml:79:7
%6277 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6278 = cast %6277 : f32[] @ models/lib/nn.yaml:79:7
%6279 = broadcast %6278 : f32[16,16] @ models/lib/nn.yaml:79:7
%6280 = mul %6276, %6279 : f32[16,16] @ models/lib/nn.yaml:79:7
%6281 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6282 = cast %6281 : f32[] @ models/lib/nn.yaml:79:7
%6283 = broadcast %6282 : f32[16,16] @ models/lib/nn.yaml:79:7
%6284 = mul %6257, %6283 : f32[16,16] @ models/lib/nn.yaml:79:7
%6285 = add %6284, %6280 : f32[16,16] @ models/lib/nn.yaml:79:7
%6286 = cast %6260 : f64[] @ models/lib/nn.yaml:79:7
%6287 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6288 = pow %6287, %6286 : f64[] @ models/lib/nn.yaml:79:7
%6289 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6290 = sub %6289, %6288 : f64[] @ models/lib/nn.yaml:79:7
%6291 = div %3010, %6290 : f64[] @ models/lib/nn.yaml:79:7
%6292 = cast %6260 : f64[] @ models/lib/nn.yaml:79:7
%6293 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6294 = pow %6293, %6292 : f64[] @ models/lib/nn.yaml:79:7
%6295 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6296 = sub %6295, %6294 : f64[] @ models/lib/nn.yaml:79:7
%6297 = sqrt %6296 : f64[] @ models/lib/nn.yaml:79:7
%6298 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6299 = div %6298, %6297 : f64[] @ models/lib/nn.yaml:79:7
%6300 = sqrt %6285 : f32[16,16] @ models/lib/nn.yaml:79:7
%6301 = cast %6299 : f32[] @ models/lib/nn.yaml:79:7
%6302 = broadcast %6301 : f32[16,16] @ models/lib/nn.yaml:79:7
%6303 = mul %6300, %6302 : f32[16,16] @ models/lib/nn.yaml:79:7
%6304 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6305 = cast %6304 : f32[] @ models/lib/nn.yaml:79:7
%6306 = broadcast %6305 : f32[16,16] @ models/lib/nn.yaml:79:7
%6307 = add %6303, %6306 : f32[16,16] @ models/lib/nn.yaml:79:7
%6308 = div %6275, %6307 : f32[16,16] @ models/lib/nn.yaml:79:7
%6309 = cast %6291 : f32[] @ models/lib/nn.yaml:79:7
%6310 = broadcast %6309 : f32[16,16] @ models/lib/nn.yaml:79:7
%6311 = mul %6308, %6310 : f32[16,16] @ models/lib/nn.yaml:79:7
%6312 = sub %6266, %6311 : f32[16,16] @ models/lib/nn.yaml:79:7
%6313 = assign %26, %6312 : f32[16,16] @ models/lib/nn.yaml:79:7
%6314 = assign %6256, %6275 : f32[16,16] @ models/lib/nn.yaml:79:7
%6315 = assign %6257, %6285 : f32[16,16] @ models/lib/nn.yaml:79:7
%6316 = assign %6258, %6260 : i64[] @ models/lib/nn.yaml:79:7
%6317 = cast %3012 : f32[] @ models/lib/nn.yaml:79:7
%6318 = broadcast %6317 : f32[16,16] @ models/lib/nn.yaml:79:7
%6319 = mul %104, %6318 : f32[16,16] @ models/lib/nn.yaml:79:7
%6320 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6321 = sub %6320, %3012 : f64[] @ models/lib/nn.yaml:79:7
%6322 = cast %6321 : f32[] @ models/lib/nn.yaml:79:7
%6323 = broadcast %6322 : f32[16,16] @ models/lib/nn.yaml:79:7
%6324 = mul %6312, %6323 : f32[16,16] @ models/lib/nn.yaml:79:7
%6325 = add %6319, %6324 : f32[16,16] @ models/lib/nn.yaml:79:7
%6326 = assign %104, %6325 : f32[16,16] @ models/lib/nn.yaml:79:7
%6327 = all_reduce_sum %4436 : f32[16] @ models/lib/nn.yaml:80:7
%6328 = reshape %6327 : f32[16] @ models/lib/nn.yaml:80:7
%6329 = mul %6328, %6328 : f32[16] @ models/lib/nn.yaml:80:7
%6330 = reduce_sum %6329 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6331 = sqrt %6330 : f32[] @ models/lib/nn.yaml:80:7
%6332 = cast %6331 : f64[] @ models/lib/nn.yaml:80:7
%6333 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%6334 = add %6332, %6333 : f64[] @ models/lib/nn.yaml:80:7
%6335 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%6336 = div %6335, %6334 : f64[] @ models/lib/nn.yaml:80:7
%6337 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6338 = lt %6336, %6337 : bool[] @ models/lib/nn.yaml:80:7
%6339 = cast %6336 : f32[] @ models/lib/nn.yaml:80:7
%6340 = broadcast %6339 : f32[16] @ models/lib/nn.yaml:80:7
%6341 = mul %6327, %6340 : f32[16] @ models/lib/nn.yaml:80:7
%6342 = broadcast %6338 : bool[16] @ models/lib/nn.yaml:80:7
%6343 = select %6342, %6341, %6327 : f32[16] @ models/lib/nn.yaml:80:7
%6344 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6345 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6346 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6347 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6348 = add %6346, %6347 : i64[] @ models/lib/nn.yaml:80:7
%6349 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6350 = cast %6349 : f32[] @ models/lib/nn.yaml:80:7
%6351 = broadcast %6350 : f32[16] @ models/lib/nn.yaml:80:7
%6352 = mul %6343, %6351 : f32[16] @ models/lib/nn.yaml:80:7
%6353 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6354 = cast %6353 : f32[] @ models/lib/nn.yaml:80:7
%6355 = broadcast %6354 : f32[16] @ models/lib/nn.yaml:80:7
%6356 = mul %6344, %6355 : f32[16] @ models/lib/nn.yaml:80:7
%6357 = add %6356, %6352 : f32[16] @ models/lib/nn.yaml:80:7
%6358 = mul %6343, %6343 : f32[16] @ models/lib/nn.yaml:80:7
%6359 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6360 = cast %6359 : f32[] @ models/lib/nn.yaml:80:7
%6361 = broadcast %6360 : f32[16] @ models/lib/nn.yaml:80:7
%6362 = mul %6358, %6361 : f32[16] @ models/lib/nn.yaml:80:7
%6363 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6364 = cast %6363 : f32[] @ models/lib/nn.yaml:80:7
%6365 = broadcast %6364 : f32[16] @ models/lib/nn.yaml:80:7
%6366 = mul %6345, %6365 : f32[16] @ models/lib/nn.yaml:80:7
%6367 = add %6366, %6362 : f32[16] @ models/lib/nn.yaml:80:7
%6368 = cast %6348 : f64[] @ models/lib/nn.yaml:80:7
%6369 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6370 = pow %6369, %6368 : f64[] @ models/lib/nn.yaml:80:7
%6371 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6372 = sub %6371, %6370 : f64[] @ models/lib/nn.yaml:80:7
%6373 = div %3010, %6372 : f64[] @ models/lib/nn.yaml:80:7
%6374 = cast %6348 : f64[] @ models/lib/nn.yaml:80:7
%6375 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6376 = pow %6375, %6374 : f64[] @ models/lib/nn.yaml:80:7
%6377 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6378 = sub %6377, %6376 : f64[] @ models/lib/nn.yaml:80:7
%6379 = sqrt %6378 : f64[] @ models/lib/nn.yaml:80:7
%6380 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6381 = div %6380, %6379 : f64[] @ models/lib/nn.yaml:80:7
%6382 = sqrt %6367 : f32[16] @ models/lib/nn.yaml:80:7
%6383 = cast %6381 : f32[] @ models/lib/nn.yaml:80:7
%6384 = broadcast %6383 : f32[16] @ models/lib/nn.yaml:80:7
%6385 = mul %6382, %6384 : f32[16] @ models/lib/nn.yaml:80:7
%6386 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6387 = cast %6386 : f32[] @ models/lib/nn.yaml:80:7
%6388 = broadcast %6387 : f32[16] @ models/lib/nn.yaml:80:7
%6389 = add %6385, %6388 : f32[16] @ models/lib/nn.yaml:80:7
%6390 = div %6357, %6389 : f32[16] @ models/lib/nn.yaml:80:7
%6391 = cast %6373 : f32[] @ models/lib/nn.yaml:80:7
%6392 = broadcast %6391 : f32[16] @ models/lib/nn.yaml:80:7
%6393 = mul %6390, %6392 : f32[16] @ models/lib/nn.yaml:80:7
%6394 = sub %27, %6393 : f32[16] @ models/lib/nn.yaml:80:7
%6395 = assign %27, %6394 : f32[16] @ models/lib/nn.yaml:80:7
%6396 = assign %6344, %6357 : f32[16] @ models/lib/nn.yaml:80:7
%6397 = assign %6345, %6367 : f32[16] @ models/lib/nn.yaml:80:7
%6398 = assign %6346, %6348 : i64[] @ models/lib/nn.yaml:80:7
%6399 = cast %3012 : f32[] @ models/lib/nn.yaml:80:7
%6400 = broadcast %6399 : f32[16] @ models/lib/nn.yaml:80:7
%6401 = mul %105, %6400 : f32[16] @ models/lib/nn.yaml:80:7
%6402 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6403 = sub %6402, %3012 : f64[] @ models/lib/nn.yaml:80:7
%6404 = cast %6403 : f32[] @ models/lib/nn.yaml:80:7
%6405 = broadcast %6404 : f32[16] @ models/lib/nn.yaml:80:7
%6406 = mul %6394, %6405 : f32[16] @ models/lib/nn.yaml:80:7
%6407 = add %6401, %6406 : f32[16] @ models/lib/nn.yaml:80:7
%6408 = assign %105, %6407 : f32[16] @ models/lib/nn.yaml:80:7
%6409 = all_reduce_sum %4410 : f32[16] @ models/lib/nn.yaml:89:7
%6410 = reshape %6409 : f32[16] @ models/lib/nn.yaml:89:7
%6411 = mul %6410, %6410 : f32[16] @ models/lib/nn.yaml:89:7
%6412 = reduce_sum %6411 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6413 = sqrt %6412 : f32[] @ models/lib/nn.yaml:89:7
%6414 = cast %6413 : f64[] @ models/lib/nn.yaml:89:7
%6415 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%6416 = add %6414, %6415 : f64[] @ models/lib/nn.yaml:89:7
%6417 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%6418 = div %6417, %6416 : f64[] @ models/lib/nn.yaml:89:7
%6419 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6420 = lt %6418, %6419 : bool[] @ models/lib/nn.yaml:89:7
%6421 = cast %6418 : f32[] @ models/lib/nn.yaml:89:7
%6422 = broadcast %6421 : f32[16] @ models/lib/nn.yaml:89:7
%6423 = mul %6409, %6422 : f32[16] @ models/lib/nn.yaml:89:7
%6424 = broadcast %6420 : bool[16] @ models/lib/nn.yaml:89:7
%6425 = select %6424, %6423, %6409 : f32[16] @ models/lib/nn.yaml:89:7
%6426 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6427 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6428 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6429 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%6430 = add %6428, %6429 : i64[] @ models/lib/nn.yaml:89:7
%6431 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%6432 = cast %6431 : f32[] @ models/lib/nn.yaml:89:7
%6433 = broadcast %6432 : f32[16] @ models/lib/nn.yaml:89:7
%6434 = mul %6425, %6433 : f32[16] @ models/lib/nn.yaml:89:7
%6435 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6436 = cast %6435 : f32[] @ models/lib/nn.yaml:89:7
%6437 = broadcast %6436 : f32[16] @ models/lib/nn.yaml:89:7
%6438 = mul %6426, %6437 : f32[16] @ models/lib/nn.yaml:89:7
%6439 = add %6438, %6434 : f32[16] @ models/lib/nn.yaml:89:7
%6440 = mul %6425, %6425 : f32[16] @ models/lib/nn.yaml:89:7
%6441 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%6442 = cast %6441 : f32[] @ models/lib/nn.yaml:89:7
%6443 = broadcast %6442 : f32[16] @ models/lib/nn.yaml:89:7
%6444 = mul %6440, %6443 : f32[16] @ models/lib/nn.yaml:89:7
%6445 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6446 = cast %6445 : f32[] @ models/lib/nn.yaml:89:7
%6447 = broadcast %6446 : f32[16] @ models/lib/nn.yaml:89:7
%6448 = mul %6427, %6447 : f32[16] @ models/lib/nn.yaml:89:7
%6449 = add %6448, %6444 : f32[16] @ models/lib/nn.yaml:89:7
%6450 = cast %6430 : f64[] @ models/lib/nn.yaml:89:7
%6451 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6452 = pow %6451, %6450 : f64[] @ models/lib/nn.yaml:89:7
%6453 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6454 = sub %6453, %6452 : f64[] @ models/lib/nn.yaml:89:7
%6455 = div %3010, %6454 : f64[] @ models/lib/nn.yaml:89:7
%6456 = cast %6430 : f64[] @ models/lib/nn.yaml:89:7
%6457 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6458 = pow %6457, %6456 : f64[] @ models/lib/nn.yaml:89:7
%6459 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6460 = sub %6459, %6458 : f64[] @ models/lib/nn.yaml:89:7
%6461 = sqrt %6460 : f64[] @ models/lib/nn.yaml:89:7
%6462 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6463 = div %6462, %6461 : f64[] @ models/lib/nn.yaml:89:7
%6464 = sqrt %6449 : f32[16] @ models/lib/nn.yaml:89:7
%6465 = cast %6463 : f32[] @ models/lib/nn.yaml:89:7
%6466 = broadcast %6465 : f32[16] @ models/lib/nn.yaml:89:7
%6467 = mul %6464, %6466 : f32[16] @ models/lib/nn.yaml:89:7
%6468 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%6469 = cast %6468 : f32[] @ models/lib/nn.yaml:89:7
%6470 = broadcast %6469 : f32[16] @ models/lib/nn.yaml:89:7
%6471 = add %6467, %6470 : f32[16] @ models/lib/nn.yaml:89:7
%6472 = div %6439, %6471 : f32[16] @ models/lib/nn.yaml:89:7
%6473 = cast %6455 : f32[] @ models/lib/nn.yaml:89:7
%6474 = broadcast %6473 : f32[16] @ models/lib/nn.yaml:89:7
%6475 = mul %6472, %6474 : f32[16] @ models/lib/nn.yaml:89:7
%6476 = sub %28, %6475 : f32[16] @ models/lib/nn.yaml:89:7
%6477 = assign %28, %6476 : f32[16] @ models/lib/nn.yaml:89:7
%6478 = assign %6426, %6439 : f32[16] @ models/lib/nn.yaml:89:7
%6479 = assign %6427, %6449 : f32[16] @ models/lib/nn.yaml:89:7
%6480 = assign %6428, %6430 : i64[] @ models/lib/nn.yaml:89:7
%6481 = cast %3012 : f32[] @ models/lib/nn.yaml:89:7
%6482 = broadcast %6481 : f32[16] @ models/lib/nn.yaml:89:7
%6483 = mul %106, %6482 : f32[16] @ models/lib/nn.yaml:89:7
%6484 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6485 = sub %6484, %3012 : f64[] @ models/lib/nn.yaml:89:7
%6486 = cast %6485 : f32[] @ models/lib/nn.yaml:89:7
%6487 = broadcast %6486 : f32[16] @ models/lib/nn.yaml:89:7
%6488 = mul %6476, %6487 : f32[16] @ models/lib/nn.yaml:89:7
%6489 = add %6483, %6488 : f32[16] @ models/lib/nn.yaml:89:7
%6490 = assign %106, %6489 : f32[16] @ models/lib/nn.yaml:89:7
%6491 = all_reduce_sum %4405 : f32[16] @ models/lib/nn.yaml:90:7
%6492 = reshape %6491 : f32[16] @ models/lib/nn.yaml:90:7
%6493 = mul %6492, %6492 : f32[16] @ models/lib/nn.yaml:90:7
%6494 = reduce_sum %6493 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6495 = sqrt %6494 : f32[] @ models/lib/nn.yaml:90:7
%6496 = cast %6495 : f64[] @ models/lib/nn.yaml:90:7
%6497 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%6498 = add %6496, %6497 : f64[] @ models/lib/nn.yaml:90:7
%6499 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%6500 = div %6499, %6498 : f64[] @ models/lib/nn.yaml:90:7
%6501 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6502 = lt %6500, %6501 : bool[] @ models/lib/nn.yaml:90:7
%6503 = cast %6500 : f32[] @ models/lib/nn.yaml:90:7
%6504 = broadcast %6503 : f32[16] @ models/lib/nn.yaml:90:7
%6505 = mul %6491, %6504 : f32[16] @ models/lib/nn.yaml:90:7
%6506 = broadcast %6502 : bool[16] @ models/lib/nn.yaml:90:7
%6507 = select %6506, %6505, %6491 : f32[16] @ models/lib/nn.yaml:90:7
%6508 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6509 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6510 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6511 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%6512 = add %6510, %6511 : i64[] @ models/lib/nn.yaml:90:7
%6513 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%6514 = cast %6513 : f32[] @ models/lib/nn.yaml:90:7
%6515 = broadcast %6514 : f32[16] @ models/lib/nn.yaml:90:7
%6516 = mul %6507, %6515 : f32[16] @ models/lib/nn.yaml:90:7
%6517 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6518 = cast %6517 : f32[] @ models/lib/nn.yaml:90:7
%6519 = broadcast %6518 : f32[16] @ models/lib/nn.yaml:90:7
%6520 = mul %6508, %6519 : f32[16] @ models/lib/nn.yaml:90:7
%6521 = add %6520, %6516 : f32[16] @ models/lib/nn.yaml:90:7
%6522 = mul %6507, %6507 : f32[16] @ models/lib/nn.yaml:90:7
%6523 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%6524 = cast %6523 : f32[] @ models/lib/nn.yaml:90:7
%6525 = broadcast %6524 : f32[16] @ models/lib/nn.yaml:90:7
%6526 = mul %6522, %6525 : f32[16] @ models/lib/nn.yaml:90:7
%6527 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6528 = cast %6527 : f32[] @ models/lib/nn.yaml:90:7
%6529 = broadcast %6528 : f32[16] @ models/lib/nn.yaml:90:7
%6530 = mul %6509, %6529 : f32[16] @ models/lib/nn.yaml:90:7
%6531 = add %6530, %6526 : f32[16] @ models/lib/nn.yaml:90:7
%6532 = cast %6512 : f64[] @ models/lib/nn.yaml:90:7
%6533 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6534 = pow %6533, %6532 : f64[] @ models/lib/nn.yaml:90:7
%6535 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6536 = sub %6535, %6534 : f64[] @ models/lib/nn.yaml:90:7
%6537 = div %3010, %6536 : f64[] @ models/lib/nn.yaml:90:7
%6538 = cast %6512 : f64[] @ models/lib/nn.yaml:90:7
%6539 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6540 = pow %6539, %6538 : f64[] @ models/lib/nn.yaml:90:7
%6541 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6542 = sub %6541, %6540 : f64[] @ models/lib/nn.yaml:90:7
%6543 = sqrt %6542 : f64[] @ models/lib/nn.yaml:90:7
%6544 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6545 = div %6544, %6543 : f64[] @ models/lib/nn.yaml:90:7
%6546 = sqrt %6531 : f32[16] @ models/lib/nn.yaml:90:7
%6547 = cast %6545 : f32[] @ models/lib/nn.yaml:90:7
%6548 = broadcast %6547 : f32[16] @ models/lib/nn.yaml:90:7
%6549 = mul %6546, %6548 : f32[16] @ models/lib/nn.yaml:90:7
%6550 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%6551 = cast %6550 : f32[] @ models/lib/nn.yaml:90:7
%6552 = broadcast %6551 : f32[16] @ models/lib/nn.yaml:90:7
%6553 = add %6549, %6552 : f32[16] @ models/lib/nn.yaml:90:7
%6554 = div %6521, %6553 : f32[16] @ models/lib/nn.yaml:90:7
%6555 = cast %6537 : f32[] @ models/lib/nn.yaml:90:7
%6556 = broadcast %6555 : f32[16] @ models/lib/nn.yaml:90:7
%6557 = mul %6554, %6556 : f32[16] @ models/lib/nn.yaml:90:7
%6558 = sub %29, %6557 : f32[16] @ models/lib/nn.yaml:90:7
%6559 = assign %29, %6558 : f32[16] @ models/lib/nn.yaml:90:7
%6560 = assign %6508, %6521 : f32[16] @ models/lib/nn.yaml:90:7
%6561 = assign %6509, %6531 : f32[16] @ models/lib/nn.yaml:90:7
%6562 = assign %6510, %6512 : i64[] @ models/lib/nn.yaml:90:7
%6563 = cast %3012 : f32[] @ models/lib/nn.yaml:90:7
%6564 = broadcast %6563 : f32[16] @ models/lib/nn.yaml:90:7
%6565 = mul %107, %6564 : f32[16] @ models/lib/nn.yaml:90:7
%6566 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6567 = sub %6566, %3012 : f64[] @ models/lib/nn.yaml:90:7
%6568 = cast %6567 : f32[] @ models/lib/nn.yaml:90:7
%6569 = broadcast %6568 : f32[16] @ models/lib/nn.yaml:90:7
%6570 = mul %6558, %6569 : f32[16] @ models/lib/nn.yaml:90:7
%6571 = add %6565, %6570 : f32[16] @ models/lib/nn.yaml:90:7
%6572 = assign %107, %6571 : f32[16] @ models/lib/nn.yaml:90:7
%6573 = all_reduce_sum %4402 : f32[64,16] @ models/lib/nn.yaml:79:7
%6574 = reshape %6573 : f32[1024] @ models/lib/nn.yaml:79:7
%6575 = mul %6574, %6574 : f32[1024] @ models/lib/nn.yaml:79:7
%6576 = reduce_sum %6575 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6577 = sqrt %6576 : f32[] @ models/lib/nn.yaml:79:7
%6578 = cast %6577 : f64[] @ models/lib/nn.yaml:79:7
%6579 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%6580 = add %6578, %6579 : f64[] @ models/lib/nn.yaml:79:7
%6581 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%6582 = div %6581, %6580 : f64[] @ models/lib/nn.yaml:79:7
%6583 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6584 = lt %6582, %6583 : bool[] @ models/lib/nn.yaml:79:7
%6585 = cast %6582 : f32[] @ models/lib/nn.yaml:79:7
%6586 = broadcast %6585 : f32[64,16] @ models/lib/nn.yaml:79:7
%6587 = mul %6573, %6586 : f32[64,16] @ models/lib/nn.yaml:79:7
%6588 = broadcast %6584 : bool[64,16] @ models/lib/nn.yaml:79:7
%6589 = select %6588, %6587, %6573 : f32[64,16] @ models/lib/nn.yaml:79:7
%6590 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6591 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6592 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6593 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6594 = add %6592, %6593 : i64[] @ models/lib/nn.yaml:79:7
%6595 = mul %3010, %3011 : f64[] @ models/lib/nn.yaml:79:7
%6596 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6597 = sub %6596, %6595 : f64[] @ models/lib/nn.yaml:79:7
%6598 = cast %6597 : f32[] @ models/lib/nn.yaml:79:7
%6599 = broadcast %6598 : f32[64,16] @ models/lib/nn.yaml:79:7
%6600 = mul %30, %6599 : f32[64,16] @ models/lib/nn.yaml:79:7
%6601 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6602 = cast %6601 : f32[] @ models/lib/nn.yaml:79:7
%6603 = broadcast %6602 : f32[64,16] @ models/lib/nn.yaml:79:7
%6604 = mul %6589, %6603 : f32[64,16] @ models/lib/nn.yaml:79:7
%6605 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6606 = cast %6605 : f32[] @ models/lib/nn.yaml:79:7
%6607 = broadcast %6606 : f32[64,16] @ models/lib/nn.yaml:79:7
%6608 = mul %6590, %6607 : f32[64,16] @ models/lib/nn.yaml:79:7
%6609 = add %6608, %6604 : f32[64,16] @ models/lib/nn.yaml:79:7
%6610 = mul %6589, %6589 : f32[64,16] @ models/lib/nn.yaml:79:7
%6611 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6612 = cast %6611 : f32[] @ models/lib/nn.yaml:79:7
%6613 = broadcast %6612 : f32[64,16] @ models/lib/nn.yaml:79:7
%6614 = mul %6610, %6613 : f32[64,16] @ models/lib/nn.yaml:79:7
%6615 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6616 = cast %6615 : f32[] @ models/lib/nn.yaml:79:7
%6617 = broadcast %6616 : f32[64,16] @ models/lib/nn.yaml:79:7
%6618 = mul %6591, %6617 : f32[64,16] @ models/lib/nn.yaml:79:7
%6619 = add %6618, %6614 : f32[64,16] @ models/lib/nn.yaml:79:7
%6620 = cast %6594 : f64[] @ models/lib/nn.yaml:79:7
%6621 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6622 = pow %6621, %6620 : f64[] @ models/lib/nn.yaml:79:7
%6623 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6624 = sub %6623, %6622 : f64[] @ models/lib/nn.yaml:79:7
%6625 = div %3010, %6624 : f64[] @ models/lib/nn.yaml:79:7
%6626 = cast %6594 : f64[] @ models/lib/nn.yaml:79:7
%6627 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6628 = pow %6627, %6626 : f64[] @ models/lib/nn.yaml:79:7
%6629 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6630 = sub %6629, %6628 : f64[] @ models/lib/nn.yaml:79:7
%6631 = sqrt %6630 : f64[] @ models/lib/nn.yaml:79:7
%6632 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6633 = div %6632, %6631 : f64[] @ models/lib/nn.yaml:79:7
%6634 = sqrt %6619 : f32[64,16] @ models/lib/nn.yaml:79:7
%6635 = cast %6633 : f32[] @ models/lib/nn.yaml:79:7
%6636 = broadcast %6635 : f32[64,16] @ models/lib/nn.yaml:79:7
%6637 = mul %6634, %6636 : f32[64,16] @ models/lib/nn.yaml:79:7
%6638 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6639 = cast %6638 : f32[] @ models/lib/nn.yaml:79:7
%6640 = broadcast %6639 : f32[64,16] @ models/lib/nn.yaml:79:7
%6641 = add %6637, %6640 : f32[64,16] @ models/lib/nn.yaml:79:7
%6642 = div %6609, %6641 : f32[64,16] @ models/lib/nn.yaml:79:7
%6643 = cast %6625 : f32[] @ models/lib/nn.yaml:79:7
%6644 = broadcast %6643 : f32[64,16] @ models/lib/nn.yaml:79:7
%6645 = mul %6642, %6644 : f32[64,16] @ models/lib/nn.yaml:79:7
%6646 = sub %6600, %6645 : f32[64,16] @ models/lib/nn.yaml:79:7
%6647 = assign %30, %6646 : f32[64,16] @ models/lib/nn.yaml:79:7
%6648 = assign %6590, %6609 : f32[64,16] @ models/lib/nn.yaml:79:7
%6649 = assign %6591, %6619 : f32[64,16] @ models/lib/nn.yaml:79:7
%6650 = assign %6592, %6594 : i64[] @ models/lib/nn.yaml:79:7
%6651 = cast %3012 : f32[] @ models/lib/nn.yaml:79:7
%6652 = broadcast %6651 : f32[64,16] @ models/lib/nn.yaml:79:7
%6653 = mul %108, %6652 : f32[64,16] @ models/lib/nn.yaml:79:7
%6654 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6655 = sub %6654, %3012 : f64[] @ models/lib/nn.yaml:79:7
%6656 = cast %6655 : f32[] @ models/lib/nn.yaml:79:7
%6657 = broadcast %6656 : f32[64,16] @ models/lib/nn.yaml:79:7
%6658 = mul %6646, %6657 : f32[64,16] @ models/lib/nn.yaml:79:7
%6659 = add %6653, %6658 : f32[64,16] @ models/lib/nn.yaml:79:7
%6660 = assign %108, %6659 : f32[64,16] @ models/lib/nn.yaml:79:7
%6661 = all_reduce_sum %4397 : f32[64] @ models/lib/nn.yaml:80:7
%6662 = reshape %6661 : f32[64] @ models/lib/nn.yaml:80:7
%6663 = mul %6662, %6662 : f32[64] @ models/lib/nn.yaml:80:7
%6664 = reduce_sum %6663 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6665 = sqrt %6664 : f32[] @ models/lib/nn.yaml:80:7
%6666 = cast %6665 : f64[] @ models/lib/nn.yaml:80:7
%6667 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%6668 = add %6666, %6667 : f64[] @ models/lib/nn.yaml:80:7
%6669 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%6670 = div %6669, %6668 : f64[] @ models/lib/nn.yaml:80:7
%6671 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6672 = lt %6670, %6671 : bool[] @ models/lib/nn.yaml:80:7
%6673 = cast %6670 : f32[] @ models/lib/nn.yaml:80:7
%6674 = broadcast %6673 : f32[64] @ models/lib/nn.yaml:80:7
%6675 = mul %6661, %6674 : f32[64] @ models/lib/nn.yaml:80:7
%6676 = broadcast %6672 : bool[64] @ models/lib/nn.yaml:80:7
%6677 = select %6676, %6675, %6661 : f32[64] @ models/lib/nn.yaml:80:7
%6678 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6679 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6680 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6681 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6682 = add %6680, %6681 : i64[] @ models/lib/nn.yaml:80:7
%6683 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6684 = cast %6683 : f32[] @ models/lib/nn.yaml:80:7
%6685 = broadcast %6684 : f32[64] @ models/lib/nn.yaml:80:7
%6686 = mul %6677, %6685 : f32[64] @ models/lib/nn.yaml:80:7
%6687 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6688 = cast %6687 : f32[] @ models/lib/nn.yaml:80:7
%6689 = broadcast %6688 : f32[64] @ models/lib/nn.yaml:80:7
%6690 = mul %6678, %6689 : f32[64] @ models/lib/nn.yaml:80:7
%6691 = add %6690, %6686 : f32[64] @ models/lib/nn.yaml:80:7
%6692 = mul %6677, %6677 : f32[64] @ models/lib/nn.yaml:80:7
%6693 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6694 = cast %6693 : f32[] @ models/lib/nn.yaml:80:7
%6695 = broadcast %6694 : f32[64] @ models/lib/nn.yaml:80:7
%6696 = mul %6692, %6695 : f32[64] @ models/lib/nn.yaml:80:7
%6697 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6698 = cast %6697 : f32[] @ models/lib/nn.yaml:80:7
%6699 = broadcast %6698 : f32[64] @ models/lib/nn.yaml:80:7
%6700 = mul %6679, %6699 : f32[64] @ models/lib/nn.yaml:80:7
%6701 = add %6700, %6696 : f32[64] @ models/lib/nn.yaml:80:7
%6702 = cast %6682 : f64[] @ models/lib/nn.yaml:80:7
%6703 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6704 = pow %6703, %6702 : f64[] @ models/lib/nn.yaml:80:7
%6705 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6706 = sub %6705, %6704 : f64[] @ models/lib/nn.yaml:80:7
%6707 = div %3010, %6706 : f64[] @ models/lib/nn.yaml:80:7
%6708 = cast %6682 : f64[] @ models/lib/nn.yaml:80:7
%6709 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6710 = pow %6709, %6708 : f64[] @ models/lib/nn.yaml:80:7
%6711 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6712 = sub %6711, %6710 : f64[] @ models/lib/nn.yaml:80:7
%6713 = sqrt %6712 : f64[] @ models/lib/nn.yaml:80:7
%6714 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6715 = div %6714, %6713 : f64[] @ models/lib/nn.yaml:80:7
%6716 = sqrt %6701 : f32[64] @ models/lib/nn.yaml:80:7
%6717 = cast %6715 : f32[] @ models/lib/nn.yaml:80:7
%6718 = broadcast %6717 : f32[64] @ models/lib/nn.yaml:80:7
%6719 = mul %6716, %6718 : f32[64] @ models/lib/nn.yaml:80:7
%6720 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6721 = cast %6720 : f32[] @ models/lib/nn.yaml:80:7
%6722 = broadcast %6721 : f32[64] @ models/lib/nn.yaml:80:7
%6723 = add %6719, %6722 : f32[64] @ models/lib/nn.yaml:80:7
%6724 = div %6691, %6723 : f32[64] @ models/lib/nn.yaml:80:7
%6725 = cast %6707 : f32[] @ models/lib/nn.yaml:80:7
%6726 = broadcast %6725 : f32[64] @ models/lib/nn.yaml:80:7
%6727 = mul %6724, %6726 : f32[64] @ models/lib/nn.yaml:80:7
%6728 = sub %31, %6727 : f32[64] @ models/lib/nn.yaml:80:7
%6729 = assign %31, %6728 : f32[64] @ models/lib/nn.yaml:80:7
%6730 = assign %6678, %6691 : f32[64] @ models/lib/nn.yaml:80:7
%6731 = assign %6679, %6701 : f32[64] @ models/lib/nn.yaml:80:7
%6732 = assign %6680, %6682 : i64[] @ models/lib/nn.yaml:80:7
%6733 = cast %3012 : f32[] @ models/lib/nn.yaml:80:7
%6734 = broadcast %6733 : f32[64] @ models/lib/nn.yaml:80:7
%6735 = mul %109, %6734 : f32[64] @ models/lib/nn.yaml:80:7
%6736 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6737 = sub %6736, %3012 : f64[] @ models/lib/nn.yaml:80:7
%6738 = cast %6737 : f32[] @ models/lib/nn.yaml:80:7
%6739 = broadcast %6738 : f32[64] @ models/lib/nn.yaml:80:7
%6740 = mul %6728, %6739 : f32[64] @ models/lib/nn.yaml:80:7
%6741 = add %6735, %6740 : f32[64] @ models/lib/nn.yaml:80:7
%6742 = assign %109, %6741 : f32[64] @ models/lib/nn.yaml:80:7
%6743 = all_reduce_sum %4382 : f32[16,64] @ models/lib/nn.yaml:79:7
%6744 = reshape %6743 : f32[1024] @ models/lib/nn.yaml:79:7
%6745 = mul %6744, %6744 : f32[1024] @ models/lib/nn.yaml:79:7
%6746 = reduce_sum %6745 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6747 = sqrt %6746 : f32[] @ models/lib/nn.yaml:79:7
%6748 = cast %6747 : f64[] @ models/lib/nn.yaml:79:7
%6749 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%6750 = add %6748, %6749 : f64[] @ models/lib/nn.yaml:79:7
%6751 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%6752 = div %6751, %6750 : f64[] @ models/lib/nn.yaml:79:7
%6753 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6754 = lt %6752, %6753 : bool[] @ models/lib/nn.yaml:79:7
%6755 = cast %6752 : f32[] @ models/lib/nn.yaml:79:7
%6756 = broadcast %6755 : f32[16,64] @ models/lib/nn.yaml:79:7
%6757 = mul %6743, %6756 : f32[16,64] @ models/lib/nn.yaml:79:7
%6758 = broadcast %6754 : bool[16,64] @ models/lib/nn.yaml:79:7
%6759 = select %6758, %6757, %6743 : f32[16,64] @ models/lib/nn.yaml:79:7
%6760 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6761 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6762 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6763 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6764 = add %6762, %6763 : i64[] @ models/lib/nn.yaml:79:7
%6765 = mul %3010, %3011 : f64[] @ models/lib/nn.yaml:79:7
%6766 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6767 = sub %6766, %6765 : f64[] @ models/lib/nn.yaml:79:7
%6768 = cast %6767 : f32[] @ models/lib/nn.yaml:79:7
%6769 = broadcast %6768 : f32[16,64] @ models/lib/nn.yaml:79:7
%6770 = mul %32, %6769 : f32[16,64] @ models/lib/nn.yaml:79:7
%6771 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6772 = cast %6771 : f32[] @ models/lib/nn.yaml:79:7
%6773 = broadcast %6772 : f32[16,64] @ models/lib/nn.yaml:79:7
%6774 = mul %6759, %6773 : f32[16,64] @ models/lib/nn.yaml:79:7
%6775 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6776 = cast %6775 : f32[] @ models/lib/nn.yaml:79:7
%6777 = broadcast %6776 : f32[16,64] @ models/lib/nn.yaml:79:7
%6778 = mul %6760, %6777 : f32[16,64] @ models/lib/nn.yaml:79:7
%6779 = add %6778, %6774 : f32[16,64] @ models/lib/nn.yaml:79:7
%6780 = mul %6759, %6759 : f32[16,64] @ models/lib/nn.yaml:79:7
%6781 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6782 = cast %6781 : f32[] @ models/lib/nn.yaml:79:7
%6783 = broadcast %6782 : f32[16,64] @ models/lib/nn.yaml:79:7
%6784 = mul %6780, %6783 : f32[16,64] @ models/lib/nn.yaml:79:7
%6785 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6786 = cast %6785 : f32[] @ models/lib/nn.yaml:79:7
%6787 = broadcast %6786 : f32[16,64] @ models/lib/nn.yaml:79:7
%6788 = mul %6761, %6787 : f32[16,64] @ models/lib/nn.yaml:79:7
%6789 = add %6788, %6784 : f32[16,64] @ models/lib/nn.yaml:79:7
%6790 = cast %6764 : f64[] @ models/lib/nn.yaml:79:7
%6791 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6792 = pow %6791, %6790 : f64[] @ models/lib/nn.yaml:79:7
%6793 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6794 = sub %6793, %6792 : f64[] @ models/lib/nn.yaml:79:7
%6795 = div %3010, %6794 : f64[] @ models/lib/nn.yaml:79:7
%6796 = cast %6764 : f64[] @ models/lib/nn.yaml:79:7
%6797 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6798 = pow %6797, %6796 : f64[] @ models/lib/nn.yaml:79:7
%6799 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6800 = sub %6799, %6798 : f64[] @ models/lib/nn.yaml:79:7
%6801 = sqrt %6800 : f64[] @ models/lib/nn.yaml:79:7
%6802 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6803 = div %6802, %6801 : f64[] @ models/lib/nn.yaml:79:7
%6804 = sqrt %6789 : f32[16,64] @ models/lib/nn.yaml:79:7
%6805 = cast %6803 : f32[] @ models/lib/nn.yaml:79:7
%6806 = broadcast %6805 : f32[16,64] @ models/lib/nn.yaml:79:7
%6807 = mul %6804, %6806 : f32[16,64] @ models/lib/nn.yaml:79:7
%6808 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6809 = cast %6808 : f32[] @ models/lib/nn.yaml:79:7
%6810 = broadcast %6809 : f32[16,64] @ models/lib/nn.yaml:79:7
%6811 = add %6807, %6810 : f32[16,64] @ models/lib/nn.yaml:79:7
%6812 = div %6779, %6811 : f32[16,64] @ models/lib/nn.yaml:79:7
%6813 = cast %6795 : f32[] @ models/lib/nn.yaml:79:7
%6814 = broadcast %6813 : f32[16,64] @ models/lib/nn.yaml:79:7
%6815 = mul %6812, %6814 : f32[16,64] @ models/lib/nn.yaml:79:7
%6816 = sub %6770, %6815 : f32[16,64] @ models/lib/nn.yaml:79:7
%6817 = assign %32, %6816 : f32[16,64] @ models/lib/nn.yaml:79:7
%6818 = assign %6760, %6779 : f32[16,64] @ models/lib/nn.yaml:79:7
%6819 = assign %6761, %6789 : f32[16,64] @ models/lib/nn.yaml:79:7
%6820 = assign %6762, %6764 : i64[] @ models/lib/nn.yaml:79:7
%6821 = cast %3012 : f32[] @ models/lib/nn.yaml:79:7
%6822 = broadcast %6821 : f32[16,64] @ models/lib/nn.yaml:79:7
%6823 = mul %110, %6822 : f32[16,64] @ models/lib/nn.yaml:79:7
%6824 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6825 = sub %6824, %3012 : f64[] @ models/lib/nn.yaml:79:7
%6826 = cast %6825 : f32[] @ models/lib/nn.yaml:79:7
%6827 = broadcast %6826 : f32[16,64] @ models/lib/nn.yaml:79:7
%6828 = mul %6816, %6827 : f32[16,64] @ models/lib/nn.yaml:79:7
%6829 = add %6823, %6828 : f32[16,64] @ models/lib/nn.yaml:79:7
%6830 = assign %110, %6829 : f32[16,64] @ models/lib/nn.yaml:79:7
%6831 = all_reduce_sum %4377 : f32[16] @ models/lib/nn.yaml:80:7
%6832 = reshape %6831 : f32[16] @ models/lib/nn.yaml:80:7
%6833 = mul %6832, %6832 : f32[16] @ models/lib/nn.yaml:80:7
%6834 = reduce_sum %6833 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6835 = sqrt %6834 : f32[] @ models/lib/nn.yaml:80:7
%6836 = cast %6835 : f64[] @ models/lib/nn.yaml:80:7
%6837 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%6838 = add %6836, %6837 : f64[] @ models/lib/nn.yaml:80:7
%6839 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%6840 = div %6839, %6838 : f64[] @ models/lib/nn.yaml:80:7
%6841 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6842 = lt %6840, %6841 : bool[] @ models/lib/nn.yaml:80:7
%6843 = cast %6840 : f32[] @ models/lib/nn.yaml:80:7
%6844 = broadcast %6843 : f32[16] @ models/lib/nn.yaml:80:7
%6845 = mul %6831, %6844 : f32[16] @ models/lib/nn.yaml:80:7
%6846 = broadcast %6842 : bool[16] @ models/lib/nn.yaml:80:7
%6847 = select %6846, %6845, %6831 : f32[16] @ models/lib/nn.yaml:80:7
%6848 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6849 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6850 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6851 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6852 = add %6850, %6851 : i64[] @ models/lib/nn.yaml:80:7
%6853 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6854 = cast %6853 : f32[] @ models/lib/nn.yaml:80:7
%6855 = broadcast %6854 : f32[16] @ models/lib/nn.yaml:80:7
%6856 = mul %6847, %6855 : f32[16] @ models/lib/nn.yaml:80:7
%6857 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6858 = cast %6857 : f32[] @ models/lib/nn.yaml:80:7
%6859 = broadcast %6858 : f32[16] @ models/lib/nn.yaml:80:7
%6860 = mul %6848, %6859 : f32[16] @ models/lib/nn.yaml:80:7
%6861 = add %6860, %6856 : f32[16] @ models/lib/nn.yaml:80:7
%6862 = mul %6847, %6847 : f32[16] @ models/lib/nn.yaml:80:7
%6863 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6864 = cast %6863 : f32[] @ models/lib/nn.yaml:80:7
%6865 = broadcast %6864 : f32[16] @ models/lib/nn.yaml:80:7
%6866 = mul %6862, %6865 : f32[16] @ models/lib/nn.yaml:80:7
%6867 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6868 = cast %6867 : f32[] @ models/lib/nn.yaml:80:7
%6869 = broadcast %6868 : f32[16] @ models/lib/nn.yaml:80:7
%6870 = mul %6849, %6869 : f32[16] @ models/lib/nn.yaml:80:7
%6871 = add %6870, %6866 : f32[16] @ models/lib/nn.yaml:80:7
%6872 = cast %6852 : f64[] @ models/lib/nn.yaml:80:7
%6873 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6874 = pow %6873, %6872 : f64[] @ models/lib/nn.yaml:80:7
%6875 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6876 = sub %6875, %6874 : f64[] @ models/lib/nn.yaml:80:7
%6877 = div %3010, %6876 : f64[] @ models/lib/nn.yaml:80:7
%6878 = cast %6852 : f64[] @ models/lib/nn.yaml:80:7
%6879 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6880 = pow %6879, %6878 : f64[] @ models/lib/nn.yaml:80:7
%6881 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6882 = sub %6881, %6880 : f64[] @ models/lib/nn.yaml:80:7
%6883 = sqrt %6882 : f64[] @ models/lib/nn.yaml:80:7
%6884 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6885 = div %6884, %6883 : f64[] @ models/lib/nn.yaml:80:7
%6886 = sqrt %6871 : f32[16] @ models/lib/nn.yaml:80:7
%6887 = cast %6885 : f32[] @ models/lib/nn.yaml:80:7
%6888 = broadcast %6887 : f32[16] @ models/lib/nn.yaml:80:7
%6889 = mul %6886, %6888 : f32[16] @ models/lib/nn.yaml:80:7
%6890 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6891 = cast %6890 : f32[] @ models/lib/nn.yaml:80:7
%6892 = broadcast %6891 : f32[16] @ models/lib/nn.yaml:80:7
%6893 = add %6889, %6892 : f32[16] @ models/lib/nn.yaml:80:7
%6894 = div %6861, %6893 : f32[16] @ models/lib/nn.yaml:80:7
%6895 = cast %6877 : f32[] @ models/lib/nn.yaml:80:7
%6896 = broadcast %6895 : f32[16] @ models/lib/nn.yaml:80:7
%6897 = mul %6894, %6896 : f32[16] @ models/lib/nn.yaml:80:7
%6898 = sub %33, %6897 : f32[16] @ models/lib/nn.yaml:80:7
%6899 = assign %33, %6898 : f32[16] @ models/lib/nn.yaml:80:7
%6900 = assign %6848, %6861 : f32[16] @ models/lib/nn.yaml:80:7
%6901 = assign %6849, %6871 : f32[16] @ models/lib/nn.yaml:80:7
%6902 = assign %6850, %6852 : i64[] @ models/lib/nn.yaml:80:7
%6903 = cast %3012 : f32[] @ models/lib/nn.yaml:80:7
%6904 = broadcast %6903 : f32[16] @ models/lib/nn.yaml:80:7
%6905 = mul %111, %6904 : f32[16] @ models/lib/nn.yaml:80:7
%6906 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6907 = sub %6906, %3012 : f64[] @ models/lib/nn.yaml:80:7
%6908 = cast %6907 : f32[] @ models/lib/nn.yaml:80:7
%6909 = broadcast %6908 : f32[16] @ models/lib/nn.yaml:80:7
%6910 = mul %6898, %6909 : f32[16] @ models/lib/nn.yaml:80:7
%6911 = add %6905, %6910 : f32[16] @ models/lib/nn.yaml:80:7
%6912 = assign %111, %6911 : f32[16] @ models/lib/nn.yaml:80:7
%6913 = all_reduce_sum %4372 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6914 = reshape %6913 : f32[16] @ models/lib/vit.yaml:103:7
%6915 = mul %6914, %6914 : f32[16] @ models/lib/vit.yaml:103:7
%6916 = reduce_sum %6915 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%6917 = sqrt %6916 : f32[] @ models/lib/vit.yaml:103:7
%6918 = cast %6917 : f64[] @ models/lib/vit.yaml:103:7
%6919 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:103:7
%6920 = add %6918, %6919 : f64[] @ models/lib/vit.yaml:103:7
%6921 = const data=[3] : f64[] @ models/lib/vit.yaml:103:7
%6922 = div %6921, %6920 : f64[] @ models/lib/vit.yaml:103:7
%6923 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%6924 = lt %6922, %6923 : bool[] @ models/lib/vit.yaml:103:7
%6925 = cast %6922 : f32[] @ models/lib/vit.yaml:103:7
%6926 = broadcast %6925 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6927 = mul %6913, %6926 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6928 = broadcast %6924 : bool[1,1,16] @ models/lib/vit.yaml:103:7
%6929 = select %6928, %6927, %6913 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6930 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6931 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6932 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%6933 = const data=[1] : i64[] @ models/lib/vit.yaml:103:7
%6934 = add %6932, %6933 : i64[] @ models/lib/vit.yaml:103:7
%6935 = mul %3010, %3011 : f64[] @ models/lib/vit.yaml:103:7
%6936 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%6937 = sub %6936, %6935 : f64[] @ models/lib/vit.yaml:103:7
%6938 = cast %6937 : f32[] @ models/lib/vit.yaml:103:7
%6939 = broadcast %6938 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6940 = mul %34, %6939 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6941 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:103:7
%6942 = cast %6941 : f32[] @ models/lib/vit.yaml:103:7
%6943 = broadcast %6942 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6944 = mul %6929, %6943 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6945 = const data=[0.9] : f64[] @ models/lib/vit.yaml:103:7
%6946 = cast %6945 : f32[] @ models/lib/vit.yaml:103:7
%6947 = broadcast %6946 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6948 = mul %6930, %6947 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6949 = add %6948, %6944 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6950 = mul %6929, %6929 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6951 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:103:7
%6952 = cast %6951 : f32[] @ models/lib/vit.yaml:103:7
%6953 = broadcast %6952 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6954 = mul %6950, %6953 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6955 = const data=[0.999] : f64[] @ models/lib/vit.yaml:103:7
%6956 = cast %6955 : f32[] @ models/lib/vit.yaml:103:7
%6957 = broadcast %6956 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6958 = mul %6931, %6957 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6959 = add %6958, %6954 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6960 = cast %6934 : f64[] @ models/lib/vit.yaml:103:7
%6961 = const data=[0.9] : f64[] @ models/lib/vit.yaml:103:7
%6962 = pow %6961, %6960 : f64[] @ models/lib/vit.yaml:103:7
%6963 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%6964 = sub %6963, %6962 : f64[] @ models/lib/vit.yaml:103:7
%6965 = div %3010, %6964 : f64[] @ models/lib/vit.yaml:103:7
%6966 = cast %6934 : f64[] @ models/lib/vit.yaml:103:7
%6967 = const data=[0.999] : f64[] @ models/lib/vit.yaml:103:7
%6968 = pow %6967, %6966 : f64[] @ models/lib/vit.yaml:103:7
%6969 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%6970 = sub %6969, %6968 : f64[] @ models/lib/vit.yaml:103:7
%6971 = sqrt %6970 : f64[] @ models/lib/vit.yaml:103:7
%6972 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%6973 = div %6972, %6971 : f64[] @ models/lib/vit.yaml:103:7
%6974 = sqrt %6959 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6975 = cast %6973 : f32[] @ models/lib/vit.yaml:103:7
%6976 = broadcast %6975 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6977 = mul %6974, %6976 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6978 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:103:7
%6979 = cast %6978 : f32[] @ models/lib/vit.yaml:103:7
%6980 = broadcast %6979 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6981 = add %6977, %6980 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6982 = div %6949, %6981 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6983 = cast %6965 : f32[] @ models/lib/vit.yaml:103:7
%6984 = broadcast %6983 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6985 = mul %6982, %6984 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6986 = sub %6940, %6985 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6987 = assign %34, %6986 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6988 = assign %6930, %6949 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6989 = assign %6931, %6959 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6990 = assign %6932, %6934 : i64[] @ models/lib/vit.yaml:103:7
%6991 = cast %3012 : f32[] @ models/lib/vit.yaml:103:7
%6992 = broadcast %6991 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6993 = mul %112, %6992 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6994 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%6995 = sub %6994, %3012 : f64[] @ models/lib/vit.yaml:103:7
%6996 = cast %6995 : f32[] @ models/lib/vit.yaml:103:7
%6997 = broadcast %6996 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6998 = mul %6986, %6997 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6999 = add %6993, %6998 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7000 = assign %112, %6999 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7001 = all_reduce_sum %4346 : f32[16] @ models/lib/nn.yaml:89:7
%7002 = reshape %7001 : f32[16] @ models/lib/nn.yaml:89:7
%7003 = mul %7002, %7002 : f32[16] @ models/lib/nn.yaml:89:7
%7004 = reduce_sum %7003 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7005 = sqrt %7004 : f32[] @ models/lib/nn.yaml:89:7
%7006 = cast %7005 : f64[] @ models/lib/nn.yaml:89:7
%7007 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%7008 = add %7006, %7007 : f64[] @ models/lib/nn.yaml:89:7
%7009 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%7010 = div %7009, %7008 : f64[] @ models/lib/nn.yaml:89:7
%7011 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7012 = lt %7010, %7011 : bool[] @ models/lib/nn.yaml:89:7
%7013 = cast %7010 : f32[] @ models/lib/nn.yaml:89:7
%7014 = broadcast %7013 : f32[16] @ models/lib/nn.yaml:89:7
%7015 = mul %7001, %7014 : f32[16] @ models/lib/nn.yaml:89:7
%7016 = broadcast %7012 : bool[16] @ models/lib/nn.yaml:89:7
%7017 = select %7016, %7015, %7001 : f32[16] @ models/lib/nn.yaml:89:7
%7018 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7019 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7020 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7021 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%7022 = add %7020, %7021 : i64[] @ models/lib/nn.yaml:89:7
%7023 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%7024 = cast %7023 : f32[] @ models/lib/nn.yaml:89:7
%7025 = broadcast %7024 : f32[16] @ models/lib/nn.yaml:89:7
%7026 = mul %7017, %7025 : f32[16] @ models/lib/nn.yaml:89:7
%7027 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%7028 = cast %7027 : f32[] @ models/lib/nn.yaml:89:7
%7029 = broadcast %7028 : f32[16] @ models/lib/nn.yaml:89:7
%7030 = mul %7018, %7029 : f32[16] @ models/lib/nn.yaml:89:7
%7031 = add %7030, %7026 : f32[16] @ models/lib/nn.yaml:89:7
%7032 = mul %7017, %7017 : f32[16] @ models/lib/nn.yaml:89:7
%7033 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%7034 = cast %7033 : f32[] @ models/lib/nn.yaml:89:7
%7035 = broadcast %7034 : f32[16] @ models/lib/nn.yaml:89:7
%7036 = mul %7032, %7035 : f32[16] @ models/lib/nn.yaml:89:7
%7037 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%7038 = cast %7037 : f32[] @ models/lib/nn.yaml:89:7
%7039 = broadcast %7038 : f32[16] @ models/lib/nn.yaml:89:7
%7040 = mul %7019, %7039 : f32[16] @ models/lib/nn.yaml:89:7
%7041 = add %7040, %7036 : f32[16] @ models/lib/nn.yaml:89:7
%7042 = cast %7022 : f64[] @ models/lib/nn.yaml:89:7
%7043 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%7044 = pow %7043, %7042 : f64[] @ models/lib/nn.yaml:89:7
%7045 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7046 = sub %7045, %7044 : f64[] @ models/lib/nn.yaml:89:7
%7047 = div %3010, %7046 : f64[] @ models/lib/nn.yaml:89:7
%7048 = cast %7022 : f64[] @ models/lib/nn.yaml:89:7
%7049 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%7050 = pow %7049, %7048 : f64[] @ models/lib/nn.yaml:89:7
%7051 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7052 = sub %7051, %7050 : f64[] @ models/lib/nn.yaml:89:7
%7053 = sqrt %7052 : f64[] @ models/lib/nn.yaml:89:7
%7054 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7055 = div %7054, %7053 : f64[] @ models/lib/nn.yaml:89:7
%7056 = sqrt %7041 : f32[16] @ models/lib/nn.yaml:89:7
%7057 = cast %7055 : f32[] @ models/lib/nn.yaml:89:7
%7058 = broadcast %7057 : f32[16] @ models/lib/nn.yaml:89:7
%7059 = mul %7056, %7058 : f32[16] @ models/lib/nn.yaml:89:7
%7060 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%7061 = cast %7060 : f32[] @ models/lib/nn.yaml:89:7
%7062 = broadcast %7061 : f32[16] @ models/lib/nn.yaml:89:7
%7063 = add %7059, %7062 : f32[16] @ models/lib/nn.yaml:89:7
%7064 = div %7031, %7063 : f32[16] @ models/lib/nn.yaml:89:7
%7065 = cast %7047 : f32[] @ models/lib/nn.yaml:89:7
%7066 = broadcast %7065 : f32[16] @ models/lib/nn.yaml:89:7
%7067 = mul %7064, %7066 : f32[16] @ models/lib/nn.yaml:89:7
%7068 = sub %35, %7067 : f32[16] @ models/lib/nn.yaml:89:7
%7069 = assign %35, %7068 : f32[16] @ models/lib/nn.yaml:89:7
%7070 = assign %7018, %7031 : f32[16] @ models/lib/nn.yaml:89:7
%7071 = assign %7019, %7041 : f32[16] @ models/lib/nn.yaml:89:7
%7072 = assign %7020, %7022 : i64[] @ models/lib/nn.yaml:89:7
%7073 = cast %3012 : f32[] @ models/lib/nn.yaml:89:7
%7074 = broadcast %7073 : f32[16] @ models/lib/nn.yaml:89:7
%7075 = mul %113, %7074 : f32[16] @ models/lib/nn.yaml:89:7
%7076 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7077 = sub %7076, %3012 : f64[] @ models/lib/nn.yaml:89:7
%7078 = cast %7077 : f32[] @ models/lib/nn.yaml:89:7
%7079 = broadcast %7078 : f32[16] @ models/lib/nn.yaml:89:7
%7080 = mul %7068, %7079 : f32[16] @ models/lib/nn.yaml:89:7
%7081 = add %7075, %7080 : f32[16] @ models/lib/nn.yaml:89:7
%7082 = assign %113, %7081 : f32[16] @ models/lib/nn.yaml:89:7
%7083 = all_reduce_sum %4341 : f32[16] @ models/lib/nn.yaml:90:7
%7084 = reshape %7083 : f32[16] @ models/lib/nn.yaml:90:7
%7085 = mul %7084, %7084 : f32[16] @ models/lib/nn.yaml:90:7
%7086 = reduce_sum %7085 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7087 = sqrt %7086 : f32[] @ models/lib/nn.yaml:90:7
%7088 = cast %7087 : f64[] @ models/lib/nn.yaml:90:7
%7089 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%7090 = add %7088, %7089 : f64[] @ models/lib/nn.yaml:90:7
%7091 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%7092 = div %7091, %7090 : f64[] @ models/lib/nn.yaml:90:7
%7093 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7094 = lt %7092, %7093 : bool[] @ models/lib/nn.yaml:90:7
%7095 = cast %7092 : f32[] @ models/lib/nn.yaml:90:7
%7096 = broadcast %7095 : f32[16] @ models/lib/nn.yaml:90:7
%7097 = mul %7083, %7096 : f32[16] @ models/lib/nn.yaml:90:7
%7098 = broadcast %7094 : bool[16] @ models/lib/nn.yaml:90:7
%7099 = select %7098, %7097, %7083 : f32[16] @ models/lib/nn.yaml:90:7
%7100 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7101 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7102 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7103 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%7104 = add %7102, %7103 : i64[] @ models/lib/nn.yaml:90:7
%7105 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%7106 = cast %7105 : f32[] @ models/lib/nn.yaml:90:7
%7107 = broadcast %7106 : f32[16] @ models/lib/nn.yaml:90:7
%7108 = mul %7099, %7107 : f32[16] @ models/lib/nn.yaml:90:7
%7109 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%7110 = cast %7109 : f32[] @ models/lib/nn.yaml:90:7
%7111 = broadcast %7110 : f32[16] @ models/lib/nn.yaml:90:7
%7112 = mul %7100, %7111 : f32[16] @ models/lib/nn.yaml:90:7
%7113 = add %7112, %7108 : f32[16] @ models/lib/nn.yaml:90:7
%7114 = mul %7099, %7099 : f32[16] @ models/lib/nn.yaml:90:7
%7115 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%7116 = cast %7115 : f32[] @ models/lib/nn.yaml:90:7
%7117 = broadcast %7116 : f32[16] @ models/lib/nn.yaml:90:7
%7118 = mul %7114, %7117 : f32[16] @ models/lib/nn.yaml:90:7
%7119 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%7120 = cast %7119 : f32[] @ models/lib/nn.yaml:90:7
%7121 = broadcast %7120 : f32[16] @ models/lib/nn.yaml:90:7
%7122 = mul %7101, %7121 : f32[16] @ models/lib/nn.yaml:90:7
%7123 = add %7122, %7118 : f32[16] @ models/lib/nn.yaml:90:7
%7124 = cast %7104 : f64[] @ models/lib/nn.yaml:90:7
%7125 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%7126 = pow %7125, %7124 : f64[] @ models/lib/nn.yaml:90:7
%7127 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7128 = sub %7127, %7126 : f64[] @ models/lib/nn.yaml:90:7
%7129 = div %3010, %7128 : f64[] @ models/lib/nn.yaml:90:7
%7130 = cast %7104 : f64[] @ models/lib/nn.yaml:90:7
%7131 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%7132 = pow %7131, %7130 : f64[] @ models/lib/nn.yaml:90:7
%7133 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7134 = sub %7133, %7132 : f64[] @ models/lib/nn.yaml:90:7
%7135 = sqrt %7134 : f64[] @ models/lib/nn.yaml:90:7
%7136 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7137 = div %7136, %7135 : f64[] @ models/lib/nn.yaml:90:7
%7138 = sqrt %7123 : f32[16] @ models/lib/nn.yaml:90:7
%7139 = cast %7137 : f32[] @ models/lib/nn.yaml:90:7
%7140 = broadcast %7139 : f32[16] @ models/lib/nn.yaml:90:7
%7141 = mul %7138, %7140 : f32[16] @ models/lib/nn.yaml:90:7
%7142 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%7143 = cast %7142 : f32[] @ models/lib/nn.yaml:90:7
%7144 = broadcast %7143 : f32[16] @ models/lib/nn.yaml:90:7
%7145 = add %7141, %7144 : f32[16] @ models/lib/nn.yaml:90:7
%7146 = div %7113, %7145 : f32[16] @ models/lib/nn.yaml:90:7
%7147 = cast %7129 : f32[] @ models/lib/nn.yaml:90:7
%7148 = broadcast %7147 : f32[16] @ models/lib/nn.yaml:90:7
%7149 = mul %7146, %7148 : f32[16] @ models/lib/nn.yaml:90:7
%7150 = sub %36, %7149 : f32[16] @ models/lib/nn.yaml:90:7
%7151 = assign %36, %7150 : f32[16] @ models/lib/nn.yaml:90:7
%7152 = assign %7100, %7113 : f32[16] @ models/lib/nn.yaml:90:7
%7153 = assign %7101, %7123 : f32[16] @ models/lib/nn.yaml:90:7
%7154 = assign %7102, %7104 : i64[] @ models/lib/nn.yaml:90:7
%7155 = cast %3012 : f32[] @ models/lib/nn.yaml:90:7
%7156 = broadcast %7155 : f32[16] @ models/lib/nn.yaml:90:7
%7157 = mul %114, %7156 : f32[16] @ models/lib/nn.yaml:90:7
%7158 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7159 = sub %7158, %3012 : f64[] @ models/lib/nn.yaml:90:7
%7160 = cast %7159 : f32[] @ models/lib/nn.yaml:90:7
%7161 = broadcast %7160 : f32[16] @ models/lib/nn.yaml:90:7
%7162 = mul %7150, %7161 : f32[16] @ models/lib/nn.yaml:90:7
%7163 = add %7157, %7162 : f32[16] @ models/lib/nn.yaml:90:7
%7164 = assign %114, %7163 : f32[16] @ models/lib/nn.yaml:90:7
%7165 = all_reduce_sum %4336 : f32[16,16] @ models/lib/nn.yaml:79:7
%7166 = reshape %7165 : f32[256] @ models/lib/nn.yaml:79:7
%7167 = mul %7166, %7166 : f32[256] @ models/lib/nn.yaml:79:7
%7168 = reduce_sum %7167 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7169 = sqrt %7168 : f32[] @ models/lib/nn.yaml:79:7
%7170 = cast %7169 : f64[] @ models/lib/nn.yaml:79:7
%7171 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%7172 = add %7170, %7171 : f64[] @ models/lib/nn.yaml:79:7
%7173 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%7174 = div %7173, %7172 : f64[] @ models/lib/nn.yaml:79:7
%7175 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7176 = lt %7174, %7175 : bool[] @ models/lib/nn.yaml:79:7
%7177 = cast %7174 : f32[] @ models/lib/nn.yaml:79:7
%7178 = broadcast %7177 : f32[16,16] @ models/lib/nn.yaml:79:7
%7179 = mul %7165, %7178 : f32[16,16] @ models/lib/nn.yaml:79:7
%7180 = broadcast %7176 : bool[16,16] @ models/lib/nn.yaml:79:7
%7181 = select %7180, %7179, %7165 : f32[16,16] @ models/lib/nn.yaml:79:7
%7182 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7183 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7184 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7185 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7186 = add %7184, %7185 : i64[] @ models/lib/nn.yaml:79:7
%7187 = mul %3010, %3011 : f64[] @ models/lib/nn.yaml:79:7
%7188 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7189 = sub %7188, %7187 : f64[] @ models/lib/nn.yaml:79:7
%7190 = cast %7189 : f32[] @ models/lib/nn.yaml:79:7
%7191 = broadcast %7190 : f32[16,16] @ models/lib/nn.yaml:79:7
%7192 = mul %37, %7191 : f32[16,16] @ models/lib/nn.yaml:79:7
%7193 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7194 = cast %7193 : f32[] @ models/lib/nn.yaml:79:7
%7195 = broadcast %7194 : f32[16,16] @ models/lib/nn.yaml:79:7
%7196 = mul %7181, %7195 : f32[16,16] @ models/lib/nn.yaml:79:7
%7197 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7198 = cast %7197 : f32[] @ models/lib/nn.yaml:79:7
%7199 = broadcast %7198 : f32[16,16] @ models/lib/nn.yaml:79:7
%7200 = mul %7182, %7199 : f32[16,16] @ models/lib/nn.yaml:79:7
%7201 = add %7200, %7196 : f32[16,16] @ models/lib/nn.yaml:79:7
%7202 = mul %7181, %7181 : f32[16,16] @ models/lib/nn.yaml:79:7
%7203 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7204 = cast %7203 : f32[] @ models/lib/nn.yaml:79:7
%7205 = broadcast %7204 : f32[16,16] @ models/lib/nn.yaml:79:7
%7206 = mul %7202, %7205 : f32[16,16] @ models/lib/nn.yaml:79:7
%7207 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7208 = cast %7207 : f32[] @ models/lib/nn.yaml:79:7
%7209 = broadcast %7208 : f32[16,16] @ models/lib/nn.yaml:79:7
%7210 = mul %7183, %7209 : f32[16,16] @ models/lib/nn.yaml:79:7
%7211 = add %7210, %7206 : f32[16,16] @ models/lib/nn.yaml:79:7
%7212 = cast %7186 : f64[] @ models/lib/nn.yaml:79:7
%7213 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7214 = pow %7213, %7212 : f64[] @ models/lib/nn.yaml:79:7
%7215 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7216 = sub %7215, %7214 : f64[] @ models/lib/nn.yaml:79:7
%7217 = div %3010, %7216 : f64[] @ models/lib/nn.yaml:79:7
%7218 = cast %7186 : f64[] @ models/lib/nn.yaml:79:7
%7219 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7220 = pow %7219, %7218 : f64[] @ models/lib/nn.yaml:79:7
%7221 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7222 = sub %7221, %7220 : f64[] @ models/lib/nn.yaml:79:7
%7223 = sqrt %7222 : f64[] @ models/lib/nn.yaml:79:7
%7224 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7225 = div %7224, %7223 : f64[] @ models/lib/nn.yaml:79:7
%7226 = sqrt %7211 : f32[16,16] @ models/lib/nn.yaml:79:7
%7227 = cast %7225 : f32[] @ models/lib/nn.yaml:79:7
%7228 = broadcast %7227 : f32[16,16] @ models/lib/nn.yaml:79:7
%7229 = mul %7226, %7228 : f32[16,16] @ models/lib/nn.yaml:79:7
%7230 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7231 = cast %7230 : f32[] @ models/lib/nn.yaml:79:7
%7232 = broadcast %7231 : f32[16,16] @ models/lib/nn.yaml:79:7
%7233 = add %7229, %7232 : f32[16,16] @ models/lib/nn.yaml:79:7
%7234 = div %7201, %7233 : f32[16,16] @ models/lib/nn.yaml:79:7
%7235 = cast %7217 : f32[] @ models/lib/nn.yaml:79:7
%7236 = broadcast %7235 : f32[16,16] @ models/lib/nn.yaml:79:7
%7237 = mul %7234, %7236 : f32[16,16] @ models/lib/nn.yaml:79:7
%7238 = sub %7192, %7237 : f32[16,16] @ models/lib/nn.yaml:79:7
%7239 = assign %37, %7238 : f32[16,16] @ models/lib/nn.yaml:79:7
%7240 = assign %7182, %7201 : f32[16,16] @ models/lib/nn.yaml:79:7
%7241 = assign %7183, %7211 : f32[16,16] @ models/lib/nn.yaml:79:7
%7242 = assign %7184, %7186 : i64[] @ models/lib/nn.yaml:79:7
%7243 = cast %3012 : f32[] @ models/lib/nn.yaml:79:7
%7244 = broadcast %7243 : f32[16,16] @ models/lib/nn.yaml:79:7
%7245 = mul %115, %7244 : f32[16,16] @ models/lib/nn.yaml:79:7
%7246 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7247 = sub %7246, %3012 : f64[] @ models/lib/nn.yaml:79:7
%7248 = cast %7247 : f32[] @ models/lib/nn.yaml:79:7
%7249 = broadcast %7248 : f32[16,16] @ models/lib/nn.yaml:79:7
%7250 = mul %7238, %7249 : f32[16,16] @ models/lib/nn.yaml:79:7
%7251 = add %7245, %7250 : f32[16,16] @ models/lib/nn.yaml:79:7
%7252 = assign %115, %7251 : f32[16,16] @ models/lib/nn.yaml:79:7
%7253 = all_reduce_sum %4331 : f32[16] @ models/lib/nn.yaml:80:7
%7254 = reshape %7253 : f32[16] @ models/lib/nn.yaml:80:7
%7255 = mul %7254, %7254 : f32[16] @ models/lib/nn.yaml:80:7
%7256 = reduce_sum %7255 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7257 = sqrt %7256 : f32[] @ models/lib/nn.yaml:80:7
%7258 = cast %7257 : f64[] @ models/lib/nn.yaml:80:7
%7259 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%7260 = add %7258, %7259 : f64[] @ models/lib/nn.yaml:80:7
%7261 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%7262 = div %7261, %7260 : f64[] @ models/lib/nn.yaml:80:7
%7263 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7264 = lt %7262, %7263 : bool[] @ models/lib/nn.yaml:80:7
%7265 = cast %7262 : f32[] @ models/lib/nn.yaml:80:7
%7266 = broadcast %7265 : f32[16] @ models/lib/nn.yaml:80:7
%7267 = mul %7253, %7266 : f32[16] @ models/lib/nn.yaml:80:7
%7268 = broadcast %7264 : bool[16] @ models/lib/nn.yaml:80:7
%7269 = select %7268, %7267, %7253 : f32[16] @ models/lib/nn.yaml:80:7
%7270 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7271 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7272 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7273 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%7274 = add %7272, %7273 : i64[] @ models/lib/nn.yaml:80:7
%7275 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%7276 = cast %7275 : f32[] @ models/lib/nn.yaml:80:7
%7277 = broadcast %7276 : f32[16] @ models/lib/nn.yaml:80:7
%7278 = mul %7269, %7277 : f32[16] @ models/lib/nn.yaml:80:7
%7279 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7280 = cast %7279 : f32[] @ models/lib/nn.yaml:80:7
%7281 = broadcast %7280 : f32[16] @ models/lib/nn.yaml:80:7
%7282 = mul %7270, %7281 : f32[16] @ models/lib/nn.yaml:80:7
%7283 = add %7282, %7278 : f32[16] @ models/lib/nn.yaml:80:7
%7284 = mul %7269, %7269 : f32[16] @ models/lib/nn.yaml:80:7
%7285 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%7286 = cast %7285 : f32[] @ models/lib/nn.yaml:80:7
%7287 = broadcast %7286 : f32[16] @ models/lib/nn.yaml:80:7
%7288 = mul %7284, %7287 : f32[16] @ models/lib/nn.yaml:80:7
%7289 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7290 = cast %7289 : f32[] @ models/lib/nn.yaml:80:7
%7291 = broadcast %7290 : f32[16] @ models/lib/nn.yaml:80:7
%7292 = mul %7271, %7291 : f32[16] @ models/lib/nn.yaml:80:7
%7293 = add %7292, %7288 : f32[16] @ models/lib/nn.yaml:80:7
%7294 = cast %7274 : f64[] @ models/lib/nn.yaml:80:7
%7295 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7296 = pow %7295, %7294 : f64[] @ models/lib/nn.yaml:80:7
%7297 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7298 = sub %7297, %7296 : f64[] @ models/lib/nn.yaml:80:7
%7299 = div %3010, %7298 : f64[] @ models/lib/nn.yaml:80:7
%7300 = cast %7274 : f64[] @ models/lib/nn.yaml:80:7
%7301 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7302 = pow %7301, %7300 : f64[] @ models/lib/nn.yaml:80:7
%7303 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7304 = sub %7303, %7302 : f64[] @ models/lib/nn.yaml:80:7
%7305 = sqrt %7304 : f64[] @ models/lib/nn.yaml:80:7
%7306 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7307 = div %7306, %7305 : f64[] @ models/lib/nn.yaml:80:7
%7308 = sqrt %7293 : f32[16] @ models/lib/nn.yaml:80:7
%7309 = cast %7307 : f32[] @ models/lib/nn.yaml:80:7
%7310 = broadcast %7309 : f32[16] @ models/lib/nn.yaml:80:7
%7311 = mul %7308, %7310 : f32[16] @ models/lib/nn.yaml:80:7
%7312 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%7313 = cast %7312 : f32[] @ models/lib/nn.yaml:80:7
%7314 = broadcast %7313 : f32[16] @ models/lib/nn.yaml:80:7
%7315 = add %7311, %7314 : f32[16] @ models/lib/nn.yaml:80:7
%7316 = div %7283, %7315 : f32[16] @ models/lib/nn.yaml:80:7
%7317 = cast %7299 : f32[] @ models/lib/nn.yaml:80:7
%7318 = broadcast %7317 : f32[16] @ models/lib/nn.yaml:80:7
%7319 = mul %7316, %7318 : f32[16] @ models/lib/nn.yaml:80:7
%7320 = sub %38, %7319 : f32[16] @ models/lib/nn.yaml:80:7
%7321 = assign %38, %7320 : f32[16] @ models/lib/nn.yaml:80:7
%7322 = assign %7270, %7283 : f32[16] @ models/lib/nn.yaml:80:7
%7323 = assign %7271, %7293 : f32[16] @ models/lib/nn.yaml:80:7
%7324 = assign %7272, %7274 : i64[] @ models/lib/nn.yaml:80:7
%7325 = cast %3012 : f32[] @ models/lib/nn.yaml:80:7
%7326 = broadcast %7325 : f32[16] @ models/lib/nn.yaml:80:7
%7327 = mul %116, %7326 : f32[16] @ models/lib/nn.yaml:80:7
%7328 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7329 = sub %7328, %3012 : f64[] @ models/lib/nn.yaml:80:7
%7330 = cast %7329 : f32[] @ models/lib/nn.yaml:80:7
%7331 = broadcast %7330 : f32[16] @ models/lib/nn.yaml:80:7
%7332 = mul %7320, %7331 : f32[16] @ models/lib/nn.yaml:80:7
%7333 = add %7327, %7332 : f32[16] @ models/lib/nn.yaml:80:7
%7334 = assign %116, %7333 : f32[16] @ models/lib/nn.yaml:80:7
%7335 = all_reduce_sum %4326 : f32[16,16] @ models/lib/nn.yaml:79:7
%7336 = reshape %7335 : f32[256] @ models/lib/nn.yaml:79:7
%7337 = mul %7336, %7336 : f32[256] @ models/lib/nn.yaml:79:7
%7338 = reduce_sum %7337 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7339 = sqrt %7338 : f32[] @ models/lib/nn.yaml:79:7
%7340 = cast %7339 : f64[] @ models/lib/nn.yaml:79:7
%7341 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%7342 = add %7340, %7341 : f64[] @ models/lib/nn.yaml:79:7
%7343 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%7344 = div %7343, %7342 : f64[] @ models/lib/nn.yaml:79:7
%7345 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7346 = lt %7344, %7345 : bool[] @ models/lib/nn.yaml:79:7
%7347 = cast %7344 : f32[] @ models/lib/nn.yaml:79:7
%7348 = broadcast %7347 : f32[16,16] @ models/lib/nn.yaml:79:7
%7349 = mul %7335, %7348 : f32[16,16] @ models/lib/nn.yaml:79:7
%7350 = broadcast %7346 : bool[16,16] @ models/lib/nn.yaml:79:7
%7351 = select %7350, %7349, %7335 : f32[16,16] @ models/lib/nn.yaml:79:7
%7352 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7353 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7354 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7355 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7356 = add %7354, %7355 : i64[] @ models/lib/nn.yaml:79:7
%7357 = mul %3010, %3011 : f64[] @ models/lib/nn.yaml:79:7
%7358 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7359 = sub %7358, %7357 : f64[] @ models/lib/nn.yaml:79:7
%7360 = cast %7359 : f32[] @ models/lib/nn.yaml:79:7
%7361 = broadcast %7360 : f32[16,16] @ models/lib/nn.yaml:79:7
%7362 = mul %39, %7361 : f32[16,16] @ models/lib/nn.yaml:79:7
%7363 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7364 = cast %7363 : f32[] @ models/lib/nn.yaml:79:7
%7365 = broadcast %7364 : f32[16,16] @ models/lib/nn.yaml:79:7
%7366 = mul %7351, %7365 : f32[16,16] @ models/lib/nn.yaml:79:7
%7367 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7368 = cast %7367 : f32[] @ models/lib/nn.yaml:79:7
%7369 = broadcast %7368 : f32[16,16] @ models/lib/nn.yaml:79:7
%7370 = mul %7352, %7369 : f32[16,16] @ models/lib/nn.yaml:79:7
%7371 = add %7370, %7366 : f32[16,16] @ models/lib/nn.yaml:79:7
%7372 = mul %7351, %7351 : f32[16,16] @ models/lib/nn.yaml:79:7
%7373 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7374 = cast %7373 : f32[] @ models/lib/nn.yaml:79:7
%7375 = broadcast %7374 : f32[16,16] @ models/lib/nn.yaml:79:7
%7376 = mul %7372, %7375 : f32[16,16] @ models/lib/nn.yaml:79:7
%7377 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7378 = cast %7377 : f32[] @ models/lib/nn.yaml:79:7
%7379 = broadcast %7378 : f32[16,16] @ models/lib/nn.yaml:79:7
%7380 = mul %7353, %7379 : f32[16,16] @ models/lib/nn.yaml:79:7
%7381 = add %7380, %7376 : f32[16,16] @ models/lib/nn.yaml:79:7
%7382 = cast %7356 : f64[] @ models/lib/nn.yaml:79:7
%7383 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7384 = pow %7383, %7382 : f64[] @ models/lib/nn.yaml:79:7
%7385 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7386 = sub %7385, %7384 : f64[] @ models/lib/nn.yaml:79:7
%7387 = div %3010, %7386 : f64[] @ models/lib/nn.yaml:79:7
%7388 = cast %7356 : f64[] @ models/lib/nn.yaml:79:7
%7389 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7390 = pow %7389, %7388 : f64[] @ models/lib/nn.yaml:79:7
%7391 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7392 = sub %7391, %7390 : f64[] @ models/lib/nn.yaml:79:7
%7393 = sqrt %7392 : f64[] @ models/lib/nn.yaml:79:7
%7394 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7395 = div %7394, %7393 : f64[] @ models/lib/nn.yaml:79:7
%7396 = sqrt %7381 : f32[16,16] @ models/lib/nn.yaml:79:7
%7397 = cast %7395 : f32[] @ models/lib/nn.yaml:79:7
%7398 = broadcast %7397 : f32[16,16] @ models/lib/nn.yaml:79:7
%7399 = mul %7396, %7398 : f32[16,16] @ models/lib/nn.yaml:79:7
%7400 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7401 = cast %7400 : f32[] @ models/lib/nn.yaml:79:7
%7402 = broadcast %7401 : f32[16,16] @ models/lib/nn.yaml:79:7
%7403 = add %7399, %7402 : f32[16,16] @ models/lib/nn.yaml:79:7
%7404 = div %7371, %7403 : f32[16,16] @ models/lib/nn.yaml:79:7
%7405 = cast %7387 : f32[] @ models/lib/nn.yaml:79:7
%7406 = broadcast %7405 : f32[16,16] @ models/lib/nn.yaml:79:7
%7407 = mul %7404, %7406 : f32[16,16] @ models/lib/nn.yaml:79:7
%7408 = sub %7362, %7407 : f32[16,16] @ models/lib/nn.yaml:79:7
%7409 = assign %39, %7408 : f32[16,16] @ models/lib/nn.yaml:79:7
%7410 = assign %7352, %7371 : f32[16,16] @ models/lib/nn.yaml:79:7
%7411 = assign %7353, %7381 : f32[16,16] @ models/lib/nn.yaml:79:7
%7412 = assign %7354, %7356 : i64[] @ models/lib/nn.yaml:79:7
%7413 = cast %3012 : f32[] @ models/lib/nn.yaml:79:7
%7414 = broadcast %7413 : f32[16,16] @ models/lib/nn.yaml:79:7
%7415 = mul %117, %7414 : f32[16,16] @ models/lib/nn.yaml:79:7
%7416 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7417 = sub %7416, %3012 : f64[] @ models/lib/nn.yaml:79:7
%7418 = cast %7417 : f32[] @ models/lib/nn.yaml:79:7
%7419 = broadcast %7418 : f32[16,16] @ models/lib/nn.yaml:79:7
%7420 = mul %7408, %7419 : f32[16,16] @ models/lib/nn.yaml:79:7
%7421 = add %7415, %7420 : f32[16,16] @ models/lib/nn.yaml:79:7
%7422 = assign %117, %7421 : f32[16,16] @ models/lib/nn.yaml:79:7
%7423 = all_reduce_sum %4320 : f32[16] @ models/lib/nn.yaml:80:7
%7424 = reshape %7423 : f32[16] @ models/lib/nn.yaml:80:7
%7425 = mul %7424, %7424 : f32[16] @ models/lib/nn.yaml:80:7
%7426 = reduce_sum %7425 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7427 = sqrt %7426 : f32[] @ models/lib/nn.yaml:80:7
%7428 = cast %7427 : f64[] @ models/lib/nn.yaml:80:7
%7429 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%7430 = add %7428, %7429 : f64[] @ models/lib/nn.yaml:80:7
%7431 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%7432 = div %7431, %7430 : f64[] @ models/lib/nn.yaml:80:7
%7433 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7434 = lt %7432, %7433 : bool[] @ models/lib/nn.yaml:80:7
%7435 = cast %7432 : f32[] @ models/lib/nn.yaml:80:7
%7436 = broadcast %7435 : f32[16] @ models/lib/nn.yaml:80:7
%7437 = mul %7423, %7436 : f32[16] @ models/lib/nn.yaml:80:7
%7438 = broadcast %7434 : bool[16] @ models/lib/nn.yaml:80:7
%7439 = select %7438, %7437, %7423 : f32[16] @ models/lib/nn.yaml:80:7
%7440 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7441 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7442 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7443 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%7444 = add %7442, %7443 : i64[] @ models/lib/nn.yaml:80:7
%7445 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%7446 = cast %7445 : f32[] @ models/lib/nn.yaml:80:7
%7447 = broadcast %7446 : f32[16] @ models/lib/nn.yaml:80:7
%7448 = mul %7439, %7447 : f32[16] @ models/lib/nn.yaml:80:7
%7449 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7450 = cast %7449 : f32[] @ models/lib/nn.yaml:80:7
%7451 = broadcast %7450 : f32[16] @ models/lib/nn.yaml:80:7
%7452 = mul %7440, %7451 : f32[16] @ models/lib/nn.yaml:80:7
%7453 = add %7452, %7448 : f32[16] @ models/lib/nn.yaml:80:7
%7454 = mul %7439, %7439 : f32[16] @ models/lib/nn.yaml:80:7
%7455 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%7456 = cast %7455 : f32[] @ models/lib/nn.yaml:80:7
%7457 = broadcast %7456 : f32[16] @ models/lib/nn.yaml:80:7
%7458 = mul %7454, %7457 : f32[16] @ models/lib/nn.yaml:80:7
%7459 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7460 = cast %7459 : f32[] @ models/lib/nn.yaml:80:7
%7461 = broadcast %7460 : f32[16] @ models/lib/nn.yaml:80:7
%7462 = mul %7441, %7461 : f32[16] @ models/lib/nn.yaml:80:7
%7463 = add %7462, %7458 : f32[16] @ models/lib/nn.yaml:80:7
%7464 = cast %7444 : f64[] @ models/lib/nn.yaml:80:7
%7465 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7466 = pow %7465, %7464 : f64[] @ models/lib/nn.yaml:80:7
%7467 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7468 = sub %7467, %7466 : f64[] @ models/lib/nn.yaml:80:7
%7469 = div %3010, %7468 : f64[] @ models/lib/nn.yaml:80:7
%7470 = cast %7444 : f64[] @ models/lib/nn.yaml:80:7
%7471 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7472 = pow %7471, %7470 : f64[] @ models/lib/nn.yaml:80:7
%7473 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7474 = sub %7473, %7472 : f64[] @ models/lib/nn.yaml:80:7
%7475 = sqrt %7474 : f64[] @ models/lib/nn.yaml:80:7
%7476 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7477 = div %7476, %7475 : f64[] @ models/lib/nn.yaml:80:7
%7478 = sqrt %7463 : f32[16] @ models/lib/nn.yaml:80:7
%7479 = cast %7477 : f32[] @ models/lib/nn.yaml:80:7
%7480 = broadcast %7479 : f32[16] @ models/lib/nn.yaml:80:7
%7481 = mul %7478, %7480 : f32[16] @ models/lib/nn.yaml:80:7
%7482 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%7483 = cast %7482 : f32[] @ models/lib/nn.yaml:80:7
%7484 = broadcast %7483 : f32[16] @ models/lib/nn.yaml:80:7
%7485 = add %7481, %7484 : f32[16] @ models/lib/nn.yaml:80:7
%7486 = div %7453, %7485 : f32[16] @ models/lib/nn.yaml:80:7
%7487 = cast %7469 : f32[] @ models/lib/nn.yaml:80:7
%7488 = broadcast %7487 : f32[16] @ models/lib/nn.yaml:80:7
%7489 = mul %7486, %7488 : f32[16] @ models/lib/nn.yaml:80:7
%7490 = sub %40, %7489 : f32[16] @ models/lib/nn.yaml:80:7
%7491 = assign %40, %7490 : f32[16] @ models/lib/nn.yaml:80:7
%7492 = assign %7440, %7453 : f32[16] @ models/lib/nn.yaml:80:7
%7493 = assign %7441, %7463 : f32[16] @ models/lib/nn.yaml:80:7
%7494 = assign %7442, %7444 : i64[] @ models/lib/nn.yaml:80:7
%7495 = cast %3012 : f32[] @ models/lib/nn.yaml:80:7
%7496 = broadcast %7495 : f32[16] @ models/lib/nn.yaml:80:7
%7497 = mul %118, %7496 : f32[16] @ models/lib/nn.yaml:80:7
%7498 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7499 = sub %7498, %3012 : f64[] @ models/lib/nn.yaml:80:7
%7500 = cast %7499 : f32[] @ models/lib/nn.yaml:80:7
%7501 = broadcast %7500 : f32[16] @ models/lib/nn.yaml:80:7
%7502 = mul %7490, %7501 : f32[16] @ models/lib/nn.yaml:80:7
%7503 = add %7497, %7502 : f32[16] @ models/lib/nn.yaml:80:7
%7504 = assign %118, %7503 : f32[16] @ models/lib/nn.yaml:80:7
%7505 = all_reduce_sum %4315 : f32[16,16] @ models/lib/nn.yaml:79:7
%7506 = reshape %7505 : f32[256] @ models/lib/nn.yaml:79:7
%7507 = mul %7506, %7506 : f32[256] @ models/lib/nn.yaml:79:7
%7508 = reduce_sum %7507 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7509 = sqrt %7508 : f32[] @ models/lib/nn.yaml:79:7
%7510 = cast %7509 : f64[] @ models/lib/nn.yaml:79:7
%7511 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%7512 = add %7510, %7511 : f64[] @ models/lib/nn.yaml:79:7
%7513 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%7514 = div %7513, %7512 : f64[] @ models/lib/nn.yaml:79:7
%7515 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7516 = lt %7514, %7515 : bool[] @ models/lib/nn.yaml:79:7
%7517 = cast %7514 : f32[] @ models/lib/nn.yaml:79:7
%7518 = broadcast %7517 : f32[16,16] @ models/lib/nn.yaml:79:7
%7519 = mul %7505, %7518 : f32[16,16] @ models/lib/nn.yaml:79:7
%7520 = broadcast %7516 : bool[16,16] @ models/lib/nn.yaml:79:7
%7521 = select %7520, %7519, %7505 : f32[16,16] @ models/lib/nn.yaml:79:7
%7522 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7523 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7524 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7525 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7526 = add %7524, %7525 : i64[] @ models/lib/nn.yaml:79:7
%7527 = mul %3010, %3011 : f64[] @ models/lib/nn.yaml:79:7
%7528 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7529 = sub %7528, %7527 : f64[] @ models/lib/nn.yaml:79:7
%7530 = cast %7529 : f32[] @ models/lib/nn.yaml:79:7
%7531 = broadcast %7530 : f32[16,16] @ models/lib/nn.yaml:79:7
%7532 = mul %41, %7531 : f32[16,16] @ models/lib/nn.yaml:79:7
%7533 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7534 = cast %7533 : f32[] @ models/lib/nn.yaml:79:7
%7535 = broadcast %7534 : f32[16,16] @ models/lib/nn.yaml:79:7
%7536 = mul %7521, %7535 : f32[16,16] @ models/lib/nn.yaml:79:7
%7537 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7538 = cast %7537 : f32[] @ models/lib/nn.yaml:79:7
%7539 = broadcast %7538 : f32[16,16] @ models/lib/nn.yaml:79:7
%7540 = mul %7522, %7539 : f32[16,16] @ models/lib/nn.yaml:79:7
%7541 = add %7540, %7536 : f32[16,16] @ models/lib/nn.yaml:79:7
%7542 = mul %7521, %7521 : f32[16,16] @ models/lib/nn.yaml:79:7
%7543 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7544 = cast %7543 : f32[] @ models/lib/nn.yaml:79:7
%7545 = broadcast %7544 : f32[16,16] @ models/lib/nn.yaml:79:7
%7546 = mul %7542, %7545 : f32[16,16] @ models/lib/nn.yaml:79:7
%7547 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7548 = cast %7547 : f32[] @ models/lib/nn.yaml:79:7
%7549 = broadcast %7548 : f32[16,16] @ models/lib/nn.yaml:79:7
%7550 = mul %7523, %7549 : f32[16,16] @ models/lib/nn.yaml:79:7
%7551 = add %7550, %7546 : f32[16,16] @ models/lib/nn.yaml:79:7
%7552 = cast %7526 : f64[] @ models/lib/nn.yaml:79:7
%7553 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7554 = pow %7553, %7552 : f64[] @ models/lib/nn.yaml:79:7
%7555 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7556 = sub %7555, %7554 : f64[] @ models/lib/nn.yaml:79:7
%7557 = div %3010, %7556 : f64[] @ models/lib/nn.yaml:79:7
%7558 = cast %7526 : f64[] @ models/lib/nn.yaml:79:7
%7559 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7560 = pow %7559, %7558 : f64[] @ models/lib/nn.yaml:79:7
%7561 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7562 = sub %7561, %7560 : f64[] @ models/lib/nn.yaml:79:7
%7563 = sqrt %7562 : f64[] @ models/lib/nn.yaml:79:7
%7564 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7565 = div %7564, %7563 : f64[] @ models/lib/nn.yaml:79:7
%7566 = sqrt %7551 : f32[16,16] @ models/lib/nn.yaml:79:7
%7567 = cast %7565 : f32[] @ models/lib/nn.yaml:79:7
%7568 = broadcast %7567 : f32[16,16] @ models/lib/nn.yaml:79:7
%7569 = mul %7566, %7568 : f32[16,16] @ models/lib/nn.yaml:79:7
%7570 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7571 = cast %7570 : f32[] @ models/lib/nn.yaml:79:7
%7572 = broadcast %7571 : f32[16,16] @ models/lib/nn.yaml:79:7
%7573 = add %7569, %7572 : f32[16,16] @ models/lib/nn.yaml:79:7
%7574 = div %7541, %7573 : f32[16,16] @ models/lib/nn.yaml:79:7
%7575 = cast %7557 : f32[] @ models/lib/nn.yaml:79:7
%7576 = broadcast %7575 : f32[16,16] @ models/lib/nn.yaml:79:7
%7577 = mul %7574, %7576 : f32[16,16] @ models/lib/nn.yaml:79:7
%7578 = sub %7532, %7577 : f32[16,16] @ models/lib/nn.yaml:79:7
%7579 = assign %41, %7578 : f32[16,16] @ models/lib/nn.yaml:79:7
%7580 = assign %7522, %7541 : f32[16,16] @ models/lib/nn.yaml:79:7
%7581 = assign %7523, %7551 : f32[16,16] @ models/lib/nn.yaml:79:7
%7582 = assign %7524, %7526 : i64[] @ models/lib/nn.yaml:79:7
%7583 = cast %3012 : f32[] @ models/lib/nn.yaml:79:7
%7584 = broadcast %7583 : f32[16,16] @ models/lib/nn.yaml:79:7
%7585 = mul %119, %7584 : f32[16,16] @ models/lib/nn.yaml:79:7
%7586 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7587 = sub %7586, %3012 : f64[] @ models/lib/nn.yaml:79:7
%7588 = cast %7587 : f32[] @ models/lib/nn.yaml:79:7
%7589 = broadcast %7588 : f32[16,16] @ models/lib/nn.yaml:79:7
%7590 = mul %7578, %7589 : f32[16,16] @ models/lib/nn.yaml:79:7
%7591 = add %7585, %7590 : f32[16,16] @ models/lib/nn.yaml:79:7
%7592 = assign %119, %7591 : f32[16,16] @ models/lib/nn.yaml:79:7
%7593 = all_reduce_sum %4310 : f32[16] @ models/lib/nn.yaml:80:7
%7594 = reshape %7593 : f32[16] @ models/lib/nn.yaml:80:7
%7595 = mul %7594, %7594 : f32[16] @ models/lib/nn.yaml:80:7
%7596 = reduce_sum %7595 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7597 = sqrt %7596 : f32[] @ models/lib/nn.yaml:80:7
%7598 = cast %7597 : f64[] @ models/lib/nn.yaml:80:7
%7599 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%7600 = add %7598, %7599 : f64[] @ models/lib/nn.yaml:80:7
%7601 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%7602 = div %7601, %7600 : f64[] @ models/lib/nn.yaml:80:7
%7603 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7604 = lt %7602, %7603 : bool[] @ models/lib/nn.yaml:80:7
%7605 = cast %7602 : f32[] @ models/lib/nn.yaml:80:7
%7606 = broadcast %7605 : f32[16] @ models/lib/nn.yaml:80:7
%7607 = mul %7593, %7606 : f32[16] @ models/lib/nn.yaml:80:7
%7608 = broadcast %7604 : bool[16] @ models/lib/nn.yaml:80:7
%7609 = select %7608, %7607, %7593 : f32[16] @ models/lib/nn.yaml:80:7
%7610 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7611 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7612 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7613 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%7614 = add %7612, %7613 : i64[] @ models/lib/nn.yaml:80:7
%7615 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%7616 = cast %7615 : f32[] @ models/lib/nn.yaml:80:7
%7617 = broadcast %7616 : f32[16] @ models/lib/nn.yaml:80:7
%7618 = mul %7609, %7617 : f32[16] @ models/lib/nn.yaml:80:7
%7619 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7620 = cast %7619 : f32[] @ models/lib/nn.yaml:80:7
%7621 = broadcast %7620 : f32[16] @ models/lib/nn.yaml:80:7
%7622 = mul %7610, %7621 : f32[16] @ models/lib/nn.yaml:80:7
%7623 = add %7622, %7618 : f32[16] @ models/lib/nn.yaml:80:7
%7624 = mul %7609, %7609 : f32[16] @ models/lib/nn.yaml:80:7
%7625 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%7626 = cast %7625 : f32[] @ models/lib/nn.yaml:80:7
%7627 = broadcast %7626 : f32[16] @ models/lib/nn.yaml:80:7
%7628 = mul %7624, %7627 : f32[16] @ models/lib/nn.yaml:80:7
%7629 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7630 = cast %7629 : f32[] @ models/lib/nn.yaml:80:7
%7631 = broadcast %7630 : f32[16] @ models/lib/nn.yaml:80:7
%7632 = mul %7611, %7631 : f32[16] @ models/lib/nn.yaml:80:7
%7633 = add %7632, %7628 : f32[16] @ models/lib/nn.yaml:80:7
%7634 = cast %7614 : f64[] @ models/lib/nn.yaml:80:7
%7635 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7636 = pow %7635, %7634 : f64[] @ models/lib/nn.yaml:80:7
%7637 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7638 = sub %7637, %7636 : f64[] @ models/lib/nn.yaml:80:7
%7639 = div %3010, %7638 : f64[] @ models/lib/nn.yaml:80:7
%7640 = cast %7614 : f64[] @ models/lib/nn.yaml:80:7
%7641 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7642 = pow %7641, %7640 : f64[] @ models/lib/nn.yaml:80:7
%7643 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7644 = sub %7643, %7642 : f64[] @ models/lib/nn.yaml:80:7
%7645 = sqrt %7644 : f64[] @ models/lib/nn.yaml:80:7
%7646 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7647 = div %7646, %7645 : f64[] @ models/lib/nn.yaml:80:7
%7648 = sqrt %7633 : f32[16] @ models/lib/nn.yaml:80:7
%7649 = cast %7647 : f32[] @ models/lib/nn.yaml:80:7
%7650 = broadcast %7649 : f32[16] @ models/lib/nn.yaml:80:7
%7651 = mul %7648, %7650 : f32[16] @ models/lib/nn.yaml:80:7
%7652 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%7653 = cast %7652 : f32[] @ models/lib/nn.yaml:80:7
%7654 = broadcast %7653 : f32[16] @ models/lib/nn.yaml:80:7
%7655 = add %7651, %7654 : f32[16] @ models/lib/nn.yaml:80:7
%7656 = div %7623, %7655 : f32[16] @ models/lib/nn.yaml:80:7
%7657 = cast %7639 : f32[] @ models/lib/nn.yaml:80:7
%7658 = broadcast %7657 : f32[16] @ models/lib/nn.yaml:80:7
%7659 = mul %7656, %7658 : f32[16] @ models/lib/nn.yaml:80:7
%7660 = sub %42, %7659 : f32[16] @ models/lib/nn.yaml:80:7
%7661 = assign %42, %7660 : f32[16] @ models/lib/nn.yaml:80:7
%7662 = assign %7610, %7623 : f32[16] @ models/lib/nn.yaml:80:7
%7663 = assign %7611, %7633 : f32[16] @ models/lib/nn.yaml:80:7
%7664 = assign %7612, %7614 : i64[] @ models/lib/nn.yaml:80:7
%7665 = cast %3012 : f32[] @ models/lib/nn.yaml:80:7
%7666 = broadcast %7665 : f32[16] @ models/lib/nn.yaml:80:7
%7667 = mul %120, %7666 : f32[16] @ models/lib/nn.yaml:80:7
%7668 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7669 = sub %7668, %3012 : f64[] @ models/lib/nn.yaml:80:7
%7670 = cast %7669 : f32[] @ models/lib/nn.yaml:80:7
%7671 = broadcast %7670 : f32[16] @ models/lib/nn.yaml:80:7
%7672 = mul %7660, %7671 : f32[16] @ models/lib/nn.yaml:80:7
%7673 = add %7667, %7672 : f32[16] @ models/lib/nn.yaml:80:7
%7674 = assign %120, %7673 : f32[16] @ models/lib/nn.yaml:80:7
%7675 = all_reduce_sum %4291 : f32[16,16] @ models/lib/nn.yaml:79:7
%7676 = reshape %7675 : f32[256] @ models/lib/nn.yaml:79:7
%7677 = mul %7676, %7676 : f32[256] @ models/lib/nn.yaml:79:7
%7678 = reduce_sum %7677 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7679 = sqrt %7678 : f32[] @ models/lib/nn.yaml:79:7
%7680 = cast %7679 : f64[] @ models/lib/nn.yaml:79:7
%7681 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%7682 = add %7680, %7681 : f64[] @ models/lib/nn.yaml:79:7
%7683 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%7684 = div %7683, %7682 : f64[] @ models/lib/nn.yaml:79:7
%7685 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7686 = lt %7684, %7685 : bool[] @ models/lib/nn.yaml:79:7
%7687 = cast %7684 : f32[] @ models/lib/nn.yaml:79:7
%7688 = broadcast %7687 : f32[16,16] @ models/lib/nn.yaml:79:7
%7689 = mul %7675, %7688 : f32[16,16] @ models/lib/nn.yaml:79:7
%7690 = broadcast %7686 : bool[16,16] @ models/lib/nn.yaml:79:7
%7691 = select %7690, %7689, %7675 : f32[16,16] @ models/lib/nn.yaml:79:7
%7692 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7693 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7694 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7695 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7696 = add %7694, %7695 : i64[] @ models/lib/nn.yaml:79:7
%7697 = mul %3010, %3011 : f64[] @ models/lib/nn.yaml:79:7
%7698 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7699 = sub %7698, %7697 : f64[] @ models/lib/nn.yaml:79:7
%7700 = cast %7699 : f32[] @ models/lib/nn.yaml:79:7
%7701 = broadcast %7700 : f32[16,16] @ models/lib/nn.yaml:79:7
%7702 = mul %43, %7701 : f32[16,16] @ models/lib/nn.yaml:79:7
%7703 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7704 = cast %7703 : f32[] @ models/lib/nn.yaml:79:7
%7705 = broadcast %7704 : f32[16,16] @ models/lib/nn.yaml:79:7
%7706 = mul %7691, %7705 : f32[16,16] @ models/lib/nn.yaml:79:7
%7707 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7708 = cast %7707 : f32[] @ models/lib/nn.yaml:79:7
%7709 = broadcast %7708 : f32[16,16] @ models/lib/nn.yaml:79:7
%7710 = mul %7692, %7709 : f32[16,16] @ models/lib/nn.yaml:79:7
%7711 = add %7710, %7706 : f32[16,16] @ models/lib/nn.yaml:79:7
%7712 = mul %7691, %7691 : f32[16,16] @ models/lib/nn.yaml:79:7
%7713 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7714 = cast %7713 : f32[] @ models/lib/nn.yaml:79:7
%7715 = broadcast %7714 : f32[16,16] @ models/lib/nn.yaml:79:7
%7716 = mul %7712, %7715 : f32[16,16] @ models/lib/nn.yaml:79:7
%7717 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7718 = cast %7717 : f32[] @ models/lib/nn.yaml:79:7
%7719 = broadcast %7718 : f32[16,16] @ models/lib/nn.yaml:79:7
%7720 = mul %7693, %7719 : f32[16,16] @ models/lib/nn.yaml:79:7
%7721 = add %7720, %7716 : f32[16,16] @ models/lib/nn.yaml:79:7
%7722 = cast %7696 : f64[] @ models/lib/nn.yaml:79:7
%7723 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7724 = pow %7723, %7722 : f64[] @ models/lib/nn.yaml:79:7
%7725 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7726 = sub %7725, %7724 : f64[] @ models/lib/nn.yaml:79:7
%7727 = div %3010, %7726 : f64[] @ models/lib/nn.yaml:79:7
%7728 = cast %7696 : f64[] @ models/lib/nn.yaml:79:7
%7729 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7730 = pow %7729, %7728 : f64[] @ models/lib/nn.yaml:79:7
%7731 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7732 = sub %7731, %7730 : f64[] @ models/lib/nn.yaml:79:7
%7733 = sqrt %7732 : f64[] @ models/lib/nn.yaml:79:7
%7734 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7735 = div %7734, %7733 : f64[] @ models/lib/nn.yaml:79:7
%7736 = sqrt %7721 : f32[16,16] @ models/lib/nn.yaml:79:7
%7737 = cast %7735 : f32[] @ models/lib/nn.yaml:79:7
%7738 = broadcast %7737 : f32[16,16] @ models/lib/nn.yaml:79:7
%7739 = mul %7736, %7738 : f32[16,16] @ models/lib/nn.yaml:79:7
%7740 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7741 = cast %7740 : f32[] @ models/lib/nn.yaml:79:7
%7742 = broadcast %7741 : f32[16,16] @ models/lib/nn.yaml:79:7
%7743 = add %7739, %7742 : f32[16,16] @ models/lib/nn.yaml:79:7
%7744 = div %7711, %7743 : f32[16,16] @ models/lib/nn.yaml:79:7
%7745 = cast %7727 : f32[] @ models/lib/nn.yaml:79:7
%7746 = broadcast %7745 : f32[16,16] @ models/lib/nn.yaml:79:7
%7747 = mul %7744, %7746 : f32[16,16] @ models/lib/nn.yaml:79:7
%7748 = sub %7702, %7747 : f32[16,16] @ models/lib/nn.yaml:79:7
%7749 = assign %43, %7748 : f32[16,16] @ models/lib/nn.yaml:79:7
%7750 = assign %7692, %7711 : f32[16,16] @ models/lib/nn.yaml:79:7
%7751 = assign %7693, %7721 : f32[16,16] @ models/lib/nn.yaml:79:7
%7752 = assign %7694, %7696 : i64[] @ models/lib/nn.yaml:79:7
%7753 = cast %3012 : f32[] @ models/lib/nn.yaml:79:7
%7754 = broadcast %7753 : f32[16,16] @ models/lib/nn.yaml:79:7
%7755 = mul %121, %7754 : f32[16,16] @ models/lib/nn.yaml:79:7
%7756 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7757 = sub %7756, %3012 : f64[] @ models/lib/nn.yaml:79:7
%7758 = cast %7757 : f32[] @ models/lib/nn.yaml:79:7
%7759 = broadcast %7758 : f32[16,16] @ models/lib/nn.yaml:79:7
%7760 = mul %7748, %7759 : f32[16,16] @ models/lib/nn.yaml:79:7
%7761 = add %7755, %7760 : f32[16,16] @ models/lib/nn.yaml:79:7
%7762 = assign %121, %7761 : f32[16,16] @ models/lib/nn.yaml:79:7
%7763 = all_reduce_sum %4286 : f32[16] @ models/lib/nn.yaml:80:7
%7764 = reshape %7763 : f32[16] @ models/lib/nn.yaml:80:7
%7765 = mul %7764, %7764 : f32[16] @ models/lib/nn.yaml:80:7
%7766 = reduce_sum %7765 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7767 = sqrt %7766 : f32[] @ models/lib/nn.yaml:80:7
%7768 = cast %7767 : f64[] @ models/lib/nn.yaml:80:7
%7769 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%7770 = add %7768, %7769 : f64[] @ models/lib/nn.yaml:80:7
%7771 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%7772 = div %7771, %7770 : f64[] @ models/lib/nn.yaml:80:7
%7773 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7774 = lt %7772, %7773 : bool[] @ models/lib/nn.yaml:80:7
%7775 = cast %7772 : f32[] @ models/lib/nn.yaml:80:7
%7776 = broadcast %7775 : f32[16] @ models/lib/nn.yaml:80:7
%7777 = mul %7763, %7776 : f32[16] @ models/lib/nn.yaml:80:7
%7778 = broadcast %7774 : bool[16] @ models/lib/nn.yaml:80:7
%7779 = select %7778, %7777, %7763 : f32[16] @ models/lib/nn.yaml:80:7
%7780 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7781 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7782 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7783 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%7784 = add %7782, %7783 : i64[] @ models/lib/nn.yaml:80:7
%7785 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%7786 = cast %7785 : f32[] @ models/lib/nn.yaml:80:7
%7787 = broadcast %7786 : f32[16] @ models/lib/nn.yaml:80:7
%7788 = mul %7779, %7787 : f32[16] @ models/lib/nn.yaml:80:7
%7789 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7790 = cast %7789 : f32[] @ models/lib/nn.yaml:80:7
%7791 = broadcast %7790 : f32[16] @ models/lib/nn.yaml:80:7
%7792 = mul %7780, %7791 : f32[16] @ models/lib/nn.yaml:80:7
%7793 = add %7792, %7788 : f32[16] @ models/lib/nn.yaml:80:7
%7794 = mul %7779, %7779 : f32[16] @ models/lib/nn.yaml:80:7
%7795 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%7796 = cast %7795 : f32[] @ models/lib/nn.yaml:80:7
%7797 = broadcast %7796 : f32[16] @ models/lib/nn.yaml:80:7
%7798 = mul %7794, %7797 : f32[16] @ models/lib/nn.yaml:80:7
%7799 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7800 = cast %7799 : f32[] @ models/lib/nn.yaml:80:7
%7801 = broadcast %7800 : f32[16] @ models/lib/nn.yaml:80:7
%7802 = mul %7781, %7801 : f32[16] @ models/lib/nn.yaml:80:7
%7803 = add %7802, %7798 : f32[16] @ models/lib/nn.yaml:80:7
%7804 = cast %7784 : f64[] @ models/lib/nn.yaml:80:7
%7805 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7806 = pow %7805, %7804 : f64[] @ models/lib/nn.yaml:80:7
%7807 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7808 = sub %7807, %7806 : f64[] @ models/lib/nn.yaml:80:7
%7809 = div %3010, %7808 : f64[] @ models/lib/nn.yaml:80:7
%7810 = cast %7784 : f64[] @ models/lib/nn.yaml:80:7
%7811 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7812 = pow %7811, %7810 : f64[] @ models/lib/nn.yaml:80:7
%7813 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7814 = sub %7813, %7812 : f64[] @ models/lib/nn.yaml:80:7
%7815 = sqrt %7814 : f64[] @ models/lib/nn.yaml:80:7
%7816 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7817 = div %7816, %7815 : f64[] @ models/lib/nn.yaml:80:7
%7818 = sqrt %7803 : f32[16] @ models/lib/nn.yaml:80:7
%7819 = cast %7817 : f32[] @ models/lib/nn.yaml:80:7
%7820 = broadcast %7819 : f32[16] @ models/lib/nn.yaml:80:7
%7821 = mul %7818, %7820 : f32[16] @ models/lib/nn.yaml:80:7
%7822 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%7823 = cast %7822 : f32[] @ models/lib/nn.yaml:80:7
%7824 = broadcast %7823 : f32[16] @ models/lib/nn.yaml:80:7
%7825 = add %7821, %7824 : f32[16] @ models/lib/nn.yaml:80:7
%7826 = div %7793, %7825 : f32[16] @ models/lib/nn.yaml:80:7
%7827 = cast %7809 : f32[] @ models/lib/nn.yaml:80:7
%7828 = broadcast %7827 : f32[16] @ models/lib/nn.yaml:80:7
%7829 = mul %7826, %7828 : f32[16] @ models/lib/nn.yaml:80:7
%7830 = sub %44, %7829 : f32[16] @ models/lib/nn.yaml:80:7
%7831 = assign %44, %7830 : f32[16] @ models/lib/nn.yaml:80:7
%7832 = assign %7780, %7793 : f32[16] @ models/lib/nn.yaml:80:7
%7833 = assign %7781, %7803 : f32[16] @ models/lib/nn.yaml:80:7
%7834 = assign %7782, %7784 : i64[] @ models/lib/nn.yaml:80:7
%7835 = cast %3012 : f32[] @ models/lib/nn.yaml:80:7
%7836 = broadcast %7835 : f32[16] @ models/lib/nn.yaml:80:7
%7837 = mul %122, %7836 : f32[16] @ models/lib/nn.yaml:80:7
%7838 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7839 = sub %7838, %3012 : f64[] @ models/lib/nn.yaml:80:7
%7840 = cast %7839 : f32[] @ models/lib/nn.yaml:80:7
%7841 = broadcast %7840 : f32[16] @ models/lib/nn.yaml:80:7
%7842 = mul %7830, %7841 : f32[16] @ models/lib/nn.yaml:80:7
%7843 = add %7837, %7842 : f32[16] @ models/lib/nn.yaml:80:7
%7844 = assign %122, %7843 : f32[16] @ models/lib/nn.yaml:80:7
%7845 = all_reduce_sum %4262 : f32[16] @ models/lib/nn.yaml:89:7
%7846 = reshape %7845 : f32[16] @ models/lib/nn.yaml:89:7
%7847 = mul %7846, %7846 : f32[16] @ models/lib/nn.yaml:89:7
%7848 = reduce_sum %7847 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7849 = sqrt %7848 : f32[] @ models/lib/nn.yaml:89:7
%7850 = cast %7849 : f64[] @ models/lib/nn.yaml:89:7
%7851 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%7852 = add %7850, %7851 : f64[] @ models/lib/nn.yaml:89:7
%7853 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%7854 = div %7853, %7852 : f64[] @ models/lib/nn.yaml:89:7
%7855 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7856 = lt %7854, %7855 : bool[] @ models/lib/nn.yaml:89:7
%7857 = cast %7854 : f32[] @ models/lib/nn.yaml:89:7
%7858 = broadcast %7857 : f32[16] @ models/lib/nn.yaml:89:7
%7859 = mul %7845, %7858 : f32[16] @ models/lib/nn.yaml:89:7
%7860 = broadcast %7856 : bool[16] @ models/lib/nn.yaml:89:7
%7861 = select %7860, %7859, %7845 : f32[16] @ models/lib/nn.yaml:89:7
%7862 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7863 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7864 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7865 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%7866 = add %7864, %7865 : i64[] @ models/lib/nn.yaml:89:7
%7867 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%7868 = cast %7867 : f32[] @ models/lib/nn.yaml:89:7
%7869 = broadcast %7868 : f32[16] @ models/lib/nn.yaml:89:7
%7870 = mul %7861, %7869 : f32[16] @ models/lib/nn.yaml:89:7
%7871 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%7872 = cast %7871 : f32[] @ models/lib/nn.yaml:89:7
%7873 = broadcast %7872 : f32[16] @ models/lib/nn.yaml:89:7
%7874 = mul %7862, %7873 : f32[16] @ models/lib/nn.yaml:89:7
%7875 = add %7874, %7870 : f32[16] @ models/lib/nn.yaml:89:7
%7876 = mul %7861, %7861 : f32[16] @ models/lib/nn.yaml:89:7
%7877 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%7878 = cast %7877 : f32[] @ models/lib/nn.yaml:89:7
%7879 = broadcast %7878 : f32[16] @ models/lib/nn.yaml:89:7
%7880 = mul %7876, %7879 : f32[16] @ models/lib/nn.yaml:89:7
%7881 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%7882 = cast %7881 : f32[] @ models/lib/nn.yaml:89:7
%7883 = broadcast %7882 : f32[16] @ models/lib/nn.yaml:89:7
%7884 = mul %7863, %7883 : f32[16] @ models/lib/nn.yaml:89:7
%7885 = add %7884, %7880 : f32[16] @ models/lib/nn.yaml:89:7
%7886 = cast %7866 : f64[] @ models/lib/nn.yaml:89:7
%7887 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%7888 = pow %7887, %7886 : f64[] @ models/lib/nn.yaml:89:7
%7889 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7890 = sub %7889, %7888 : f64[] @ models/lib/nn.yaml:89:7
%7891 = div %3010, %7890 : f64[] @ models/lib/nn.yaml:89:7
%7892 = cast %7866 : f64[] @ models/lib/nn.yaml:89:7
%7893 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%7894 = pow %7893, %7892 : f64[] @ models/lib/nn.yaml:89:7
%7895 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7896 = sub %7895, %7894 : f64[] @ models/lib/nn.yaml:89:7
%7897 = sqrt %7896 : f64[] @ models/lib/nn.yaml:89:7
%7898 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7899 = div %7898, %7897 : f64[] @ models/lib/nn.yaml:89:7
%7900 = sqrt %7885 : f32[16] @ models/lib/nn.yaml:89:7
%7901 = cast %7899 : f32[] @ models/lib/nn.yaml:89:7
%7902 = broadcast %7901 : f32[16] @ models/lib/nn.yaml:89:7
%7903 = mul %7900, %7902 : f32[16] @ models/lib/nn.yaml:89:7
%7904 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%7905 = cast %7904 : f32[] @ models/lib/nn.yaml:89:7
%7906 = broadcast %7905 : f32[16] @ models/lib/nn.yaml:89:7
%7907 = add %7903, %7906 : f32[16] @ models/lib/nn.yaml:89:7
%7908 = div %7875, %7907 : f32[16] @ models/lib/nn.yaml:89:7
%7909 = cast %7891 : f32[] @ models/lib/nn.yaml:89:7
%7910 = broadcast %7909 : f32[16] @ models/lib/nn.yaml:89:7
%7911 = mul %7908, %7910 : f32[16] @ models/lib/nn.yaml:89:7
%7912 = sub %45, %7911 : f32[16] @ models/lib/nn.yaml:89:7
%7913 = assign %45, %7912 : f32[16] @ models/lib/nn.yaml:89:7
%7914 = assign %7862, %7875 : f32[16] @ models/lib/nn.yaml:89:7
%7915 = assign %7863, %7885 : f32[16] @ models/lib/nn.yaml:89:7
%7916 = assign %7864, %7866 : i64[] @ models/lib/nn.yaml:89:7
%7917 = cast %3012 : f32[] @ models/lib/nn.yaml:89:7
%7918 = broadcast %7917 : f32[16] @ models/lib/nn.yaml:89:7
%7919 = mul %123, %7918 : f32[16] @ models/lib/nn.yaml:89:7
%7920 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7921 = sub %7920, %3012 : f64[] @ models/lib/nn.yaml:89:7
%7922 = cast %7921 : f32[] @ models/lib/nn.yaml:89:7
%7923 = broadcast %7922 : f32[16] @ models/lib/nn.yaml:89:7
%7924 = mul %7912, %7923 : f32[16] @ models/lib/nn.yaml:89:7
%7925 = add %7919, %7924 : f32[16] @ models/lib/nn.yaml:89:7
%7926 = assign %123, %7925 : f32[16] @ models/lib/nn.yaml:89:7
%7927 = all_reduce_sum %4257 : f32[16] @ models/lib/nn.yaml:90:7
%7928 = reshape %7927 : f32[16] @ models/lib/nn.yaml:90:7
%7929 = mul %7928, %7928 : f32[16] @ models/lib/nn.yaml:90:7
%7930 = reduce_sum %7929 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7931 = sqrt %7930 : f32[] @ models/lib/nn.yaml:90:7
%7932 = cast %7931 : f64[] @ models/lib/nn.yaml:90:7
%7933 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%7934 = add %7932, %7933 : f64[] @ models/lib/nn.yaml:90:7
%7935 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%7936 = div %7935, %7934 : f64[] @ models/lib/nn.yaml:90:7
%7937 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7938 = lt %7936, %7937 : bool[] @ models/lib/nn.yaml:90:7
%7939 = cast %7936 : f32[] @ models/lib/nn.yaml:90:7
%7940 = broadcast %7939 : f32[16] @ models/lib/nn.yaml:90:7
%7941 = mul %7927, %7940 : f32[16] @ models/lib/nn.yaml:90:7
%7942 = broadcast %7938 : bool[16] @ models/lib/nn.yaml:90:7
%7943 = select %7942, %7941, %7927 : f32[16] @ models/lib/nn.yaml:90:7
%7944 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7945 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7946 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7947 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%7948 = add %7946, %7947 : i64[] @ models/lib/nn.yaml:90:7
%7949 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%7950 = cast %7949 : f32[] @ models/lib/nn.yaml:90:7
%7951 = broadcast %7950 : f32[16] @ models/lib/nn.yaml:90:7
%7952 = mul %7943, %7951 : f32[16] @ models/lib/nn.yaml:90:7
%7953 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%7954 = cast %7953 : f32[] @ models/lib/nn.yaml:90:7
%7955 = broadcast %7954 : f32[16] @ models/lib/nn.yaml:90:7
%7956 = mul %7944, %7955 : f32[16] @ models/lib/nn.yaml:90:7
%7957 = add %7956, %7952 : f32[16] @ models/lib/nn.yaml:90:7
%7958 = mul %7943, %7943 : f32[16] @ models/lib/nn.yaml:90:7
%7959 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%7960 = cast %7959 : f32[] @ models/lib/nn.yaml:90:7
%7961 = broadcast %7960 : f32[16] @ models/lib/nn.yaml:90:7
%7962 = mul %7958, %7961 : f32[16] @ models/lib/nn.yaml:90:7
%7963 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%7964 = cast %7963 : f32[] @ models/lib/nn.yaml:90:7
%7965 = broadcast %7964 : f32[16] @ models/lib/nn.yaml:90:7
%7966 = mul %7945, %7965 : f32[16] @ models/lib/nn.yaml:90:7
%7967 = add %7966, %7962 : f32[16] @ models/lib/nn.yaml:90:7
%7968 = cast %7948 : f64[] @ models/lib/nn.yaml:90:7
%7969 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%7970 = pow %7969, %7968 : f64[] @ models/lib/nn.yaml:90:7
%7971 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7972 = sub %7971, %7970 : f64[] @ models/lib/nn.yaml:90:7
%7973 = div %3010, %7972 : f64[] @ models/lib/nn.yaml:90:7
%7974 = cast %7948 : f64[] @ models/lib/nn.yaml:90:7
%7975 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%7976 = pow %7975, %7974 : f64[] @ models/lib/nn.yaml:90:7
%7977 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7978 = sub %7977, %7976 : f64[] @ models/lib/nn.yaml:90:7
%7979 = sqrt %7978 : f64[] @ models/lib/nn.yaml:90:7
%7980 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7981 = div %7980, %7979 : f64[] @ models/lib/nn.yaml:90:7
%7982 = sqrt %7967 : f32[16] @ models/lib/nn.yaml:90:7
%7983 = cast %7981 : f32[] @ models/lib/nn.yaml:90:7
%7984 = broadcast %7983 : f32[16] @ models/lib/nn.yaml:90:7
%7985 = mul %7982, %7984 : f32[16] @ models/lib/nn.yaml:90:7
%7986 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%7987 = cast %7986 : f32[] @ models/lib/nn.yaml:90:7
%7988 = broadcast %7987 : f32[16] @ models/lib/nn.yaml:90:7
%7989 = add %7985, %7988 : f32[16] @ models/lib/nn.yaml:90:7
%7990 = div %7957, %7989 : f32[16] @ models/lib/nn.yaml:90:7
%7991 = cast %7973 : f32[] @ models/lib/nn.yaml:90:7
%7992 = broadcast %7991 : f32[16] @ models/lib/nn.yaml:90:7
%7993 = mul %7990, %7992 : f32[16] @ models/lib/nn.yaml:90:7
%7994 = sub %46, %7993 : f32[16] @ models/lib/nn.yaml:90:7
%7995 = assign %46, %7994 : f32[16] @ models/lib/nn.yaml:90:7
%7996 = assign %7944, %7957 : f32[16] @ models/lib/nn.yaml:90:7
%7997 = assign %7945, %7967 : f32[16] @ models/lib/nn.yaml:90:7
%7998 = assign %7946, %7948 : i64[] @ models/lib/nn.yaml:90:7
%7999 = cast %3012 : f32[] @ models/lib/nn.yaml:90:7
%8000 = broadcast %7999 : f32[16] @ models/lib/nn.yaml:90:7
%8001 = mul %124, %8000 : f32[16] @ models/lib/nn.yaml:90:7
%8002 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8003 = sub %8002, %3012 : f64[] @ models/lib/nn.yaml:90:7
%8004 = cast %8003 : f32[] @ models/lib/nn.yaml:90:7
%8005 = broadcast %8004 : f32[16] @ models/lib/nn.yaml:90:7
%8006 = mul %7994, %8005 : f32[16] @ models/lib/nn.yaml:90:7
%8007 = add %8001, %8006 : f32[16] @ models/lib/nn.yaml:90:7
%8008 = assign %124, %8007 : f32[16] @ models/lib/nn.yaml:90:7
%8009 = all_reduce_sum %4254 : f32[64,16] @ models/lib/nn.yaml:79:7
%8010 = reshape %8009 : f32[1024] @ models/lib/nn.yaml:79:7
%8011 = mul %8010, %8010 : f32[1024] @ models/lib/nn.yaml:79:7
%8012 = reduce_sum %8011 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8013 = sqrt %8012 : f32[] @ models/lib/nn.yaml:79:7
%8014 = cast %8013 : f64[] @ models/lib/nn.yaml:79:7
%8015 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%8016 = add %8014, %8015 : f64[] @ models/lib/nn.yaml:79:7
%8017 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%8018 = div %8017, %8016 : f64[] @ models/lib/nn.yaml:79:7
%8019 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8020 = lt %8018, %8019 : bool[] @ models/lib/nn.yaml:79:7
%8021 = cast %8018 : f32[] @ models/lib/nn.yaml:79:7
%8022 = broadcast %8021 : f32[64,16] @ models/lib/nn.yaml:79:7
%8023 = mul %8009, %8022 : f32[64,16] @ models/lib/nn.yaml:79:7
%8024 = broadcast %8020 : bool[64,16] @ models/lib/nn.yaml:79:7
%8025 = select %8024, %8023, %8009 : f32[64,16] @ models/lib/nn.yaml:79:7
%8026 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8027 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8028 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8029 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8030 = add %8028, %8029 : i64[] @ models/lib/nn.yaml:79:7
%8031 = mul %3010, %3011 : f64[] @ models/lib/nn.yaml:79:7
%8032 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8033 = sub %8032, %8031 : f64[] @ models/lib/nn.yaml:79:7
%8034 = cast %8033 : f32[] @ models/lib/nn.yaml:79:7
%8035 = broadcast %8034 : f32[64,16] @ models/lib/nn.yaml:79:7
%8036 = mul %47, %8035 : f32[64,16] @ models/lib/nn.yaml:79:7
%8037 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8038 = cast %8037 : f32[] @ models/lib/nn.yaml:79:7
%8039 = broadcast %8038 : f32[64,16] @ models/lib/nn.yaml:79:7
%8040 = mul %8025, %8039 : f32[64,16] @ models/lib/nn.yaml:79:7
%8041 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8042 = cast %8041 : f32[] @ models/lib/nn.yaml:79:7
%8043 = broadcast %8042 : f32[64,16] @ models/lib/nn.yaml:79:7
%8044 = mul %8026, %8043 : f32[64,16] @ models/lib/nn.yaml:79:7
%8045 = add %8044, %8040 : f32[64,16] @ models/lib/nn.yaml:79:7
%8046 = mul %8025, %8025 : f32[64,16] @ models/lib/nn.yaml:79:7
%8047 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8048 = cast %8047 : f32[] @ models/lib/nn.yaml:79:7
%8049 = broadcast %8048 : f32[64,16] @ models/lib/nn.yaml:79:7
%8050 = mul %8046, %8049 : f32[64,16] @ models/lib/nn.yaml:79:7
%8051 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8052 = cast %8051 : f32[] @ models/lib/nn.yaml:79:7
%8053 = broadcast %8052 : f32[64,16] @ models/lib/nn.yaml:79:7
%8054 = mul %8027, %8053 : f32[64,16] @ models/lib/nn.yaml:79:7
%8055 = add %8054, %8050 : f32[64,16] @ models/lib/nn.yaml:79:7
%8056 = cast %8030 : f64[] @ models/lib/nn.yaml:79:7
%8057 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8058 = pow %8057, %8056 : f64[] @ models/lib/nn.yaml:79:7
%8059 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8060 = sub %8059, %8058 : f64[] @ models/lib/nn.yaml:79:7
%8061 = div %3010, %8060 : f64[] @ models/lib/nn.yaml:79:7
%8062 = cast %8030 : f64[] @ models/lib/nn.yaml:79:7
%8063 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8064 = pow %8063, %8062 : f64[] @ models/lib/nn.yaml:79:7
%8065 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8066 = sub %8065, %8064 : f64[] @ models/lib/nn.yaml:79:7
%8067 = sqrt %8066 : f64[] @ models/lib/nn.yaml:79:7
%8068 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8069 = div %8068, %8067 : f64[] @ models/lib/nn.yaml:79:7
%8070 = sqrt %8055 : f32[64,16] @ models/lib/nn.yaml:79:7
%8071 = cast %8069 : f32[] @ models/lib/nn.yaml:79:7
%8072 = broadcast %8071 : f32[64,16] @ models/lib/nn.yaml:79:7
%8073 = mul %8070, %8072 : f32[64,16] @ models/lib/nn.yaml:79:7
%8074 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8075 = cast %8074 : f32[] @ models/lib/nn.yaml:79:7
%8076 = broadcast %8075 : f32[64,16] @ models/lib/nn.yaml:79:7
%8077 = add %8073, %8076 : f32[64,16] @ models/lib/nn.yaml:79:7
%8078 = div %8045, %8077 : f32[64,16] @ models/lib/nn.yaml:79:7
%8079 = cast %8061 : f32[] @ models/lib/nn.yaml:79:7
%8080 = broadcast %8079 : f32[64,16] @ models/lib/nn.yaml:79:7
%8081 = mul %8078, %8080 : f32[64,16] @ models/lib/nn.yaml:79:7
%8082 = sub %8036, %8081 : f32[64,16] @ models/lib/nn.yaml:79:7
%8083 = assign %47, %8082 : f32[64,16] @ models/lib/nn.yaml:79:7
%8084 = assign %8026, %8045 : f32[64,16] @ models/lib/nn.yaml:79:7
%8085 = assign %8027, %8055 : f32[64,16] @ models/lib/nn.yaml:79:7
%8086 = assign %8028, %8030 : i64[] @ models/lib/nn.yaml:79:7
%8087 = cast %3012 : f32[] @ models/lib/nn.yaml:79:7
%8088 = broadcast %8087 : f32[64,16] @ models/lib/nn.yaml:79:7
%8089 = mul %125, %8088 : f32[64,16] @ models/lib/nn.yaml:79:7
%8090 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8091 = sub %8090, %3012 : f64[] @ models/lib/nn.yaml:79:7
%8092 = cast %8091 : f32[] @ models/lib/nn.yaml:79:7
%8093 = broadcast %8092 : f32[64,16] @ models/lib/nn.yaml:79:7
%8094 = mul %8082, %8093 : f32[64,16] @ models/lib/nn.yaml:79:7
%8095 = add %8089, %8094 : f32[64,16] @ models/lib/nn.yaml:79:7
%8096 = assign %125, %8095 : f32[64,16] @ models/lib/nn.yaml:79:7
%8097 = all_reduce_sum %4249 : f32[64] @ models/lib/nn.yaml:80:7
%8098 = reshape %8097 : f32[64] @ models/lib/nn.yaml:80:7
%8099 = mul %8098, %8098 : f32[64] @ models/lib/nn.yaml:80:7
%8100 = reduce_sum %8099 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8101 = sqrt %8100 : f32[] @ models/lib/nn.yaml:80:7
%8102 = cast %8101 : f64[] @ models/lib/nn.yaml:80:7
%8103 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%8104 = add %8102, %8103 : f64[] @ models/lib/nn.yaml:80:7
%8105 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%8106 = div %8105, %8104 : f64[] @ models/lib/nn.yaml:80:7
%8107 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8108 = lt %8106, %8107 : bool[] @ models/lib/nn.yaml:80:7
%8109 = cast %8106 : f32[] @ models/lib/nn.yaml:80:7
%8110 = broadcast %8109 : f32[64] @ models/lib/nn.yaml:80:7
%8111 = mul %8097, %8110 : f32[64] @ models/lib/nn.yaml:80:7
%8112 = broadcast %8108 : bool[64] @ models/lib/nn.yaml:80:7
%8113 = select %8112, %8111, %8097 : f32[64] @ models/lib/nn.yaml:80:7
%8114 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8115 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8116 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8117 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%8118 = add %8116, %8117 : i64[] @ models/lib/nn.yaml:80:7
%8119 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%8120 = cast %8119 : f32[] @ models/lib/nn.yaml:80:7
%8121 = broadcast %8120 : f32[64] @ models/lib/nn.yaml:80:7
%8122 = mul %8113, %8121 : f32[64] @ models/lib/nn.yaml:80:7
%8123 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8124 = cast %8123 : f32[] @ models/lib/nn.yaml:80:7
%8125 = broadcast %8124 : f32[64] @ models/lib/nn.yaml:80:7
%8126 = mul %8114, %8125 : f32[64] @ models/lib/nn.yaml:80:7
%8127 = add %8126, %8122 : f32[64] @ models/lib/nn.yaml:80:7
%8128 = mul %8113, %8113 : f32[64] @ models/lib/nn.yaml:80:7
%8129 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%8130 = cast %8129 : f32[] @ models/lib/nn.yaml:80:7
%8131 = broadcast %8130 : f32[64] @ models/lib/nn.yaml:80:7
%8132 = mul %8128, %8131 : f32[64] @ models/lib/nn.yaml:80:7
%8133 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8134 = cast %8133 : f32[] @ models/lib/nn.yaml:80:7
%8135 = broadcast %8134 : f32[64] @ models/lib/nn.yaml:80:7
%8136 = mul %8115, %8135 : f32[64] @ models/lib/nn.yaml:80:7
%8137 = add %8136, %8132 : f32[64] @ models/lib/nn.yaml:80:7
%8138 = cast %8118 : f64[] @ models/lib/nn.yaml:80:7
%8139 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8140 = pow %8139, %8138 : f64[] @ models/lib/nn.yaml:80:7
%8141 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8142 = sub %8141, %8140 : f64[] @ models/lib/nn.yaml:80:7
%8143 = div %3010, %8142 : f64[] @ models/lib/nn.yaml:80:7
%8144 = cast %8118 : f64[] @ models/lib/nn.yaml:80:7
%8145 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8146 = pow %8145, %8144 : f64[] @ models/lib/nn.yaml:80:7
%8147 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8148 = sub %8147, %8146 : f64[] @ models/lib/nn.yaml:80:7
%8149 = sqrt %8148 : f64[] @ models/lib/nn.yaml:80:7
%8150 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8151 = div %8150, %8149 : f64[] @ models/lib/nn.yaml:80:7
%8152 = sqrt %8137 : f32[64] @ models/lib/nn.yaml:80:7
%8153 = cast %8151 : f32[] @ models/lib/nn.yaml:80:7
%8154 = broadcast %8153 : f32[64] @ models/lib/nn.yaml:80:7
%8155 = mul %8152, %8154 : f32[64] @ models/lib/nn.yaml:80:7
%8156 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%8157 = cast %8156 : f32[] @ models/lib/nn.yaml:80:7
%8158 = broadcast %8157 : f32[64] @ models/lib/nn.yaml:80:7
%8159 = add %8155, %8158 : f32[64] @ models/lib/nn.yaml:80:7
%8160 = div %8127, %8159 : f32[64] @ models/lib/nn.yaml:80:7
%8161 = cast %8143 : f32[] @ models/lib/nn.yaml:80:7
%8162 = broadcast %8161 : f32[64] @ models/lib/nn.yaml:80:7
%8163 = mul %8160, %8162 : f32[64] @ models/lib/nn.yaml:80:7
%8164 = sub %48, %8163 : f32[64] @ models/lib/nn.yaml:80:7
%8165 = assign %48, %8164 : f32[64] @ models/lib/nn.yaml:80:7
%8166 = assign %8114, %8127 : f32[64] @ models/lib/nn.yaml:80:7
%8167 = assign %8115, %8137 : f32[64] @ models/lib/nn.yaml:80:7
%8168 = assign %8116, %8118 : i64[] @ models/lib/nn.yaml:80:7
%8169 = cast %3012 : f32[] @ models/lib/nn.yaml:80:7
%8170 = broadcast %8169 : f32[64] @ models/lib/nn.yaml:80:7
%8171 = mul %126, %8170 : f32[64] @ models/lib/nn.yaml:80:7
%8172 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8173 = sub %8172, %3012 : f64[] @ models/lib/nn.yaml:80:7
%8174 = cast %8173 : f32[] @ models/lib/nn.yaml:80:7
%8175 = broadcast %8174 : f32[64] @ models/lib/nn.yaml:80:7
%8176 = mul %8164, %8175 : f32[64] @ models/lib/nn.yaml:80:7
%8177 = add %8171, %8176 : f32[64] @ models/lib/nn.yaml:80:7
%8178 = assign %126, %8177 : f32[64] @ models/lib/nn.yaml:80:7
%8179 = all_reduce_sum %4234 : f32[16,64] @ models/lib/nn.yaml:79:7
%8180 = reshape %8179 : f32[1024] @ models/lib/nn.yaml:79:7
%8181 = mul %8180, %8180 : f32[1024] @ models/lib/nn.yaml:79:7
%8182 = reduce_sum %8181 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8183 = sqrt %8182 : f32[] @ models/lib/nn.yaml:79:7
%8184 = cast %8183 : f64[] @ models/lib/nn.yaml:79:7
%8185 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%8186 = add %8184, %8185 : f64[] @ models/lib/nn.yaml:79:7
%8187 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%8188 = div %8187, %8186 : f64[] @ models/lib/nn.yaml:79:7
%8189 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8190 = lt %8188, %8189 : bool[] @ models/lib/nn.yaml:79:7
%8191 = cast %8188 : f32[] @ models/lib/nn.yaml:79:7
%8192 = broadcast %8191 : f32[16,64] @ models/lib/nn.yaml:79:7
%8193 = mul %8179, %8192 : f32[16,64] @ models/lib/nn.yaml:79:7
%8194 = broadcast %8190 : bool[16,64] @ models/lib/nn.yaml:79:7
%8195 = select %8194, %8193, %8179 : f32[16,64] @ models/lib/nn.yaml:79:7
%8196 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8197 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8198 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8199 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8200 = add %8198, %8199 : i64[] @ models/lib/nn.yaml:79:7
%8201 = mul %3010, %3011 : f64[] @ models/lib/nn.yaml:79:7
%8202 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8203 = sub %8202, %8201 : f64[] @ models/lib/nn.yaml:79:7
%8204 = cast %8203 : f32[] @ models/lib/nn.yaml:79:7
%8205 = broadcast %8204 : f32[16,64] @ models/lib/nn.yaml:79:7
%8206 = mul %49, %8205 : f32[16,64] @ models/lib/nn.yaml:79:7
%8207 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8208 = cast %8207 : f32[] @ models/lib/nn.yaml:79:7
%8209 = broadcast %8208 : f32[16,64] @ models/lib/nn.yaml:79:7
%8210 = mul %8195, %8209 : f32[16,64] @ models/lib/nn.yaml:79:7
%8211 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8212 = cast %8211 : f32[] @ models/lib/nn.yaml:79:7
%8213 = broadcast %8212 : f32[16,64] @ models/lib/nn.yaml:79:7
%8214 = mul %8196, %8213 : f32[16,64] @ models/lib/nn.yaml:79:7
%8215 = add %8214, %8210 : f32[16,64] @ models/lib/nn.yaml:79:7
%8216 = mul %8195, %8195 : f32[16,64] @ models/lib/nn.yaml:79:7
%8217 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8218 = cast %8217 : f32[] @ models/lib/nn.yaml:79:7
%8219 = broadcast %8218 : f32[16,64] @ models/lib/nn.yaml:79:7
%8220 = mul %8216, %8219 : f32[16,64] @ models/lib/nn.yaml:79:7
%8221 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8222 = cast %8221 : f32[] @ models/lib/nn.yaml:79:7
%8223 = broadcast %8222 : f32[16,64] @ models/lib/nn.yaml:79:7
%8224 = mul %8197, %8223 : f32[16,64] @ models/lib/nn.yaml:79:7
%8225 = add %8224, %8220 : f32[16,64] @ models/lib/nn.yaml:79:7
%8226 = cast %8200 : f64[] @ models/lib/nn.yaml:79:7
%8227 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8228 = pow %8227, %8226 : f64[] @ models/lib/nn.yaml:79:7
%8229 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8230 = sub %8229, %8228 : f64[] @ models/lib/nn.yaml:79:7
%8231 = div %3010, %8230 : f64[] @ models/lib/nn.yaml:79:7
%8232 = cast %8200 : f64[] @ models/lib/nn.yaml:79:7
%8233 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8234 = pow %8233, %8232 : f64[] @ models/lib/nn.yaml:79:7
%8235 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8236 = sub %8235, %8234 : f64[] @ models/lib/nn.yaml:79:7
%8237 = sqrt %8236 : f64[] @ models/lib/nn.yaml:79:7
%8238 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8239 = div %8238, %8237 : f64[] @ models/lib/nn.yaml:79:7
%8240 = sqrt %8225 : f32[16,64] @ models/lib/nn.yaml:79:7
%8241 = cast %8239 : f32[] @ models/lib/nn.yaml:79:7
%8242 = broadcast %8241 : f32[16,64] @ models/lib/nn.yaml:79:7
%8243 = mul %8240, %8242 : f32[16,64] @ models/lib/nn.yaml:79:7
%8244 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8245 = cast %8244 : f32[] @ models/lib/nn.yaml:79:7
%8246 = broadcast %8245 : f32[16,64] @ models/lib/nn.yaml:79:7
%8247 = add %8243, %8246 : f32[16,64] @ models/lib/nn.yaml:79:7
%8248 = div %8215, %8247 : f32[16,64] @ models/lib/nn.yaml:79:7
%8249 = cast %8231 : f32[] @ models/lib/nn.yaml:79:7
%8250 = broadcast %8249 : f32[16,64] @ models/lib/nn.yaml:79:7
%8251 = mul %8248, %8250 : f32[16,64] @ models/lib/nn.yaml:79:7
%8252 = sub %8206, %8251 : f32[16,64] @ models/lib/nn.yaml:79:7
%8253 = assign %49, %8252 : f32[16,64] @ models/lib/nn.yaml:79:7
%8254 = assign %8196, %8215 : f32[16,64] @ models/lib/nn.yaml:79:7
%8255 = assign %8197, %8225 : f32[16,64] @ models/lib/nn.yaml:79:7
%8256 = assign %8198, %8200 : i64[] @ models/lib/nn.yaml:79:7
%8257 = cast %3012 : f32[] @ models/lib/nn.yaml:79:7
%8258 = broadcast %8257 : f32[16,64] @ models/lib/nn.yaml:79:7
%8259 = mul %127, %8258 : f32[16,64] @ models/lib/nn.yaml:79:7
%8260 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8261 = sub %8260, %3012 : f64[] @ models/lib/nn.yaml:79:7
%8262 = cast %8261 : f32[] @ models/lib/nn.yaml:79:7
%8263 = broadcast %8262 : f32[16,64] @ models/lib/nn.yaml:79:7
%8264 = mul %8252, %8263 : f32[16,64] @ models/lib/nn.yaml:79:7
%8265 = add %8259, %8264 : f32[16,64] @ models/lib/nn.yaml:79:7
%8266 = assign %127, %8265 : f32[16,64] @ models/lib/nn.yaml:79:7
%8267 = all_reduce_sum %4229 : f32[16] @ models/lib/nn.yaml:80:7
%8268 = reshape %8267 : f32[16] @ models/lib/nn.yaml:80:7
%8269 = mul %8268, %8268 : f32[16] @ models/lib/nn.yaml:80:7
%8270 = reduce_sum %8269 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8271 = sqrt %8270 : f32[] @ models/lib/nn.yaml:80:7
%8272 = cast %8271 : f64[] @ models/lib/nn.yaml:80:7
%8273 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%8274 = add %8272, %8273 : f64[] @ models/lib/nn.yaml:80:7
%8275 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%8276 = div %8275, %8274 : f64[] @ models/lib/nn.yaml:80:7
%8277 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8278 = lt %8276, %8277 : bool[] @ models/lib/nn.yaml:80:7
%8279 = cast %8276 : f32[] @ models/lib/nn.yaml:80:7
%8280 = broadcast %8279 : f32[16] @ models/lib/nn.yaml:80:7
%8281 = mul %8267, %8280 : f32[16] @ models/lib/nn.yaml:80:7
%8282 = broadcast %8278 : bool[16] @ models/lib/nn.yaml:80:7
%8283 = select %8282, %8281, %8267 : f32[16] @ models/lib/nn.yaml:80:7
%8284 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8285 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8286 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8287 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%8288 = add %8286, %8287 : i64[] @ models/lib/nn.yaml:80:7
%8289 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%8290 = cast %8289 : f32[] @ models/lib/nn.yaml:80:7
%8291 = broadcast %8290 : f32[16] @ models/lib/nn.yaml:80:7
%8292 = mul %8283, %8291 : f32[16] @ models/lib/nn.yaml:80:7
%8293 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8294 = cast %8293 : f32[] @ models/lib/nn.yaml:80:7
%8295 = broadcast %8294 : f32[16] @ models/lib/nn.yaml:80:7
%8296 = mul %8284, %8295 : f32[16] @ models/lib/nn.yaml:80:7
%8297 = add %8296, %8292 : f32[16] @ models/lib/nn.yaml:80:7
%8298 = mul %8283, %8283 : f32[16] @ models/lib/nn.yaml:80:7
%8299 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%8300 = cast %8299 : f32[] @ models/lib/nn.yaml:80:7
%8301 = broadcast %8300 : f32[16] @ models/lib/nn.yaml:80:7
%8302 = mul %8298, %8301 : f32[16] @ models/lib/nn.yaml:80:7
%8303 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8304 = cast %8303 : f32[] @ models/lib/nn.yaml:80:7
%8305 = broadcast %8304 : f32[16] @ models/lib/nn.yaml:80:7
%8306 = mul %8285, %8305 : f32[16] @ models/lib/nn.yaml:80:7
%8307 = add %8306, %8302 : f32[16] @ models/lib/nn.yaml:80:7
%8308 = cast %8288 : f64[] @ models/lib/nn.yaml:80:7
%8309 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8310 = pow %8309, %8308 : f64[] @ models/lib/nn.yaml:80:7
%8311 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8312 = sub %8311, %8310 : f64[] @ models/lib/nn.yaml:80:7
%8313 = div %3010, %8312 : f64[] @ models/lib/nn.yaml:80:7
%8314 = cast %8288 : f64[] @ models/lib/nn.yaml:80:7
%8315 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8316 = pow %8315, %8314 : f64[] @ models/lib/nn.yaml:80:7
%8317 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8318 = sub %8317, %8316 : f64[] @ models/lib/nn.yaml:80:7
%8319 = sqrt %8318 : f64[] @ models/lib/nn.yaml:80:7
%8320 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8321 = div %8320, %8319 : f64[] @ models/lib/nn.yaml:80:7
%8322 = sqrt %8307 : f32[16] @ models/lib/nn.yaml:80:7
%8323 = cast %8321 : f32[] @ models/lib/nn.yaml:80:7
%8324 = broadcast %8323 : f32[16] @ models/lib/nn.yaml:80:7
%8325 = mul %8322, %8324 : f32[16] @ models/lib/nn.yaml:80:7
%8326 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%8327 = cast %8326 : f32[] @ models/lib/nn.yaml:80:7
%8328 = broadcast %8327 : f32[16] @ models/lib/nn.yaml:80:7
%8329 = add %8325, %8328 : f32[16] @ models/lib/nn.yaml:80:7
%8330 = div %8297, %8329 : f32[16] @ models/lib/nn.yaml:80:7
%8331 = cast %8313 : f32[] @ models/lib/nn.yaml:80:7
%8332 = broadcast %8331 : f32[16] @ models/lib/nn.yaml:80:7
%8333 = mul %8330, %8332 : f32[16] @ models/lib/nn.yaml:80:7
%8334 = sub %50, %8333 : f32[16] @ models/lib/nn.yaml:80:7
%8335 = assign %50, %8334 : f32[16] @ models/lib/nn.yaml:80:7
%8336 = assign %8284, %8297 : f32[16] @ models/lib/nn.yaml:80:7
%8337 = assign %8285, %8307 : f32[16] @ models/lib/nn.yaml:80:7
%8338 = assign %8286, %8288 : i64[] @ models/lib/nn.yaml:80:7
%8339 = cast %3012 : f32[] @ models/lib/nn.yaml:80:7
%8340 = broadcast %8339 : f32[16] @ models/lib/nn.yaml:80:7
%8341 = mul %128, %8340 : f32[16] @ models/lib/nn.yaml:80:7
%8342 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8343 = sub %8342, %3012 : f64[] @ models/lib/nn.yaml:80:7
%8344 = cast %8343 : f32[] @ models/lib/nn.yaml:80:7
%8345 = broadcast %8344 : f32[16] @ models/lib/nn.yaml:80:7
%8346 = mul %8334, %8345 : f32[16] @ models/lib/nn.yaml:80:7
%8347 = add %8341, %8346 : f32[16] @ models/lib/nn.yaml:80:7
%8348 = assign %128, %8347 : f32[16] @ models/lib/nn.yaml:80:7
%8349 = all_reduce_sum %4202 : f32[16] @ models/lib/nn.yaml:89:7
%8350 = reshape %8349 : f32[16] @ models/lib/nn.yaml:89:7
%8351 = mul %8350, %8350 : f32[16] @ models/lib/nn.yaml:89:7
%8352 = reduce_sum %8351 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8353 = sqrt %8352 : f32[] @ models/lib/nn.yaml:89:7
%8354 = cast %8353 : f64[] @ models/lib/nn.yaml:89:7
%8355 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%8356 = add %8354, %8355 : f64[] @ models/lib/nn.yaml:89:7
%8357 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%8358 = div %8357, %8356 : f64[] @ models/lib/nn.yaml:89:7
%8359 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8360 = lt %8358, %8359 : bool[] @ models/lib/nn.yaml:89:7
%8361 = cast %8358 : f32[] @ models/lib/nn.yaml:89:7
%8362 = broadcast %8361 : f32[16] @ models/lib/nn.yaml:89:7
%8363 = mul %8349, %8362 : f32[16] @ models/lib/nn.yaml:89:7
%8364 = broadcast %8360 : bool[16] @ models/lib/nn.yaml:89:7
%8365 = select %8364, %8363, %8349 : f32[16] @ models/lib/nn.yaml:89:7
%8366 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8367 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8368 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8369 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%8370 = add %8368, %8369 : i64[] @ models/lib/nn.yaml:89:7
%8371 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%8372 = cast %8371 : f32[] @ models/lib/nn.yaml:89:7
%8373 = broadcast %8372 : f32[16] @ models/lib/nn.yaml:89:7
%8374 = mul %8365, %8373 : f32[16] @ models/lib/nn.yaml:89:7
%8375 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%8376 = cast %8375 : f32[] @ models/lib/nn.yaml:89:7
%8377 = broadcast %8376 : f32[16] @ models/lib/nn.yaml:89:7
%8378 = mul %8366, %8377 : f32[16] @ models/lib/nn.yaml:89:7
%8379 = add %8378, %8374 : f32[16] @ models/lib/nn.yaml:89:7
%8380 = mul %8365, %8365 : f32[16] @ models/lib/nn.yaml:89:7
%8381 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%8382 = cast %8381 : f32[] @ models/lib/nn.yaml:89:7
%8383 = broadcast %8382 : f32[16] @ models/lib/nn.yaml:89:7
%8384 = mul %8380, %8383 : f32[16] @ models/lib/nn.yaml:89:7
%8385 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%8386 = cast %8385 : f32[] @ models/lib/nn.yaml:89:7
%8387 = broadcast %8386 : f32[16] @ models/lib/nn.yaml:89:7
%8388 = mul %8367, %8387 : f32[16] @ models/lib/nn.yaml:89:7
%8389 = add %8388, %8384 : f32[16] @ models/lib/nn.yaml:89:7
%8390 = cast %8370 : f64[] @ models/lib/nn.yaml:89:7
%8391 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%8392 = pow %8391, %8390 : f64[] @ models/lib/nn.yaml:89:7
%8393 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8394 = sub %8393, %8392 : f64[] @ models/lib/nn.yaml:89:7
%8395 = div %3010, %8394 : f64[] @ models/lib/nn.yaml:89:7
%8396 = cast %8370 : f64[] @ models/lib/nn.yaml:89:7
%8397 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%8398 = pow %8397, %8396 : f64[] @ models/lib/nn.yaml:89:7
%8399 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8400 = sub %8399, %8398 : f64[] @ models/lib/nn.yaml:89:7
%8401 = sqrt %8400 : f64[] @ models/lib/nn.yaml:89:7
%8402 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8403 = div %8402, %8401 : f64[] @ models/lib/nn.yaml:89:7
%8404 = sqrt %8389 : f32[16] @ models/lib/nn.yaml:89:7
%8405 = cast %8403 : f32[] @ models/lib/nn.yaml:89:7
%8406 = broadcast %8405 : f32[16] @ models/lib/nn.yaml:89:7
%8407 = mul %8404, %8406 : f32[16] @ models/lib/nn.yaml:89:7
%8408 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%8409 = cast %8408 : f32[] @ models/lib/nn.yaml:89:7
%8410 = broadcast %8409 : f32[16] @ models/lib/nn.yaml:89:7
%8411 = add %8407, %8410 : f32[16] @ models/lib/nn.yaml:89:7
%8412 = div %8379, %8411 : f32[16] @ models/lib/nn.yaml:89:7
%8413 = cast %8395 : f32[] @ models/lib/nn.yaml:89:7
%8414 = broadcast %8413 : f32[16] @ models/lib/nn.yaml:89:7
%8415 = mul %8412, %8414 : f32[16] @ models/lib/nn.yaml:89:7
%8416 = sub %51, %8415 : f32[16] @ models/lib/nn.yaml:89:7
%8417 = assign %51, %8416 : f32[16] @ models/lib/nn.yaml:89:7
%8418 = assign %8366, %8379 : f32[16] @ models/lib/nn.yaml:89:7
%8419 = assign %8367, %8389 : f32[16] @ models/lib/nn.yaml:89:7
%8420 = assign %8368, %8370 : i64[] @ models/lib/nn.yaml:89:7
%8421 = cast %3012 : f32[] @ models/lib/nn.yaml:89:7
%8422 = broadcast %8421 : f32[16] @ models/lib/nn.yaml:89:7
%8423 = mul %129, %8422 : f32[16] @ models/lib/nn.yaml:89:7
%8424 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8425 = sub %8424, %3012 : f64[] @ models/lib/nn.yaml:89:7
%8426 = cast %8425 : f32[] @ models/lib/nn.yaml:89:7
%8427 = broadcast %8426 : f32[16] @ models/lib/nn.yaml:89:7
%8428 = mul %8416, %8427 : f32[16] @ models/lib/nn.yaml:89:7
%8429 = add %8423, %8428 : f32[16] @ models/lib/nn.yaml:89:7
%8430 = assign %129, %8429 : f32[16] @ models/lib/nn.yaml:89:7
%8431 = all_reduce_sum %4197 : f32[16] @ models/lib/nn.yaml:90:7
%8432 = reshape %8431 : f32[16] @ models/lib/nn.yaml:90:7
%8433 = mul %8432, %8432 : f32[16] @ models/lib/nn.yaml:90:7
%8434 = reduce_sum %8433 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8435 = sqrt %8434 : f32[] @ models/lib/nn.yaml:90:7
%8436 = cast %8435 : f64[] @ models/lib/nn.yaml:90:7
%8437 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%8438 = add %8436, %8437 : f64[] @ models/lib/nn.yaml:90:7
%8439 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%8440 = div %8439, %8438 : f64[] @ models/lib/nn.yaml:90:7
%8441 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8442 = lt %8440, %8441 : bool[] @ models/lib/nn.yaml:90:7
%8443 = cast %8440 : f32[] @ models/lib/nn.yaml:90:7
%8444 = broadcast %8443 : f32[16] @ models/lib/nn.yaml:90:7
%8445 = mul %8431, %8444 : f32[16] @ models/lib/nn.yaml:90:7
%8446 = broadcast %8442 : bool[16] @ models/lib/nn.yaml:90:7
%8447 = select %8446, %8445, %8431 : f32[16] @ models/lib/nn.yaml:90:7
%8448 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8449 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8450 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8451 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%8452 = add %8450, %8451 : i64[] @ models/lib/nn.yaml:90:7
%8453 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%8454 = cast %8453 : f32[] @ models/lib/nn.yaml:90:7
%8455 = broadcast %8454 : f32[16] @ models/lib/nn.yaml:90:7
%8456 = mul %8447, %8455 : f32[16] @ models/lib/nn.yaml:90:7
%8457 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%8458 = cast %8457 : f32[] @ models/lib/nn.yaml:90:7
%8459 = broadcast %8458 : f32[16] @ models/lib/nn.yaml:90:7
%8460 = mul %8448, %8459 : f32[16] @ models/lib/nn.yaml:90:7
%8461 = add %8460, %8456 : f32[16] @ models/lib/nn.yaml:90:7
%8462 = mul %8447, %8447 : f32[16] @ models/lib/nn.yaml:90:7
%8463 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%8464 = cast %8463 : f32[] @ models/lib/nn.yaml:90:7
%8465 = broadcast %8464 : f32[16] @ models/lib/nn.yaml:90:7
%8466 = mul %8462, %8465 : f32[16] @ models/lib/nn.yaml:90:7
%8467 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%8468 = cast %8467 : f32[] @ models/lib/nn.yaml:90:7
%8469 = broadcast %8468 : f32[16] @ models/lib/nn.yaml:90:7
%8470 = mul %8449, %8469 : f32[16] @ models/lib/nn.yaml:90:7
%8471 = add %8470, %8466 : f32[16] @ models/lib/nn.yaml:90:7
%8472 = cast %8452 : f64[] @ models/lib/nn.yaml:90:7
%8473 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%8474 = pow %8473, %8472 : f64[] @ models/lib/nn.yaml:90:7
%8475 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8476 = sub %8475, %8474 : f64[] @ models/lib/nn.yaml:90:7
%8477 = div %3010, %8476 : f64[] @ models/lib/nn.yaml:90:7
%8478 = cast %8452 : f64[] @ models/lib/nn.yaml:90:7
%8479 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%8480 = pow %8479, %8478 : f64[] @ models/lib/nn.yaml:90:7
%8481 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8482 = sub %8481, %8480 : f64[] @ models/lib/nn.yaml:90:7
%8483 = sqrt %8482 : f64[] @ models/lib/nn.yaml:90:7
%8484 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8485 = div %8484, %8483 : f64[] @ models/lib/nn.yaml:90:7
%8486 = sqrt %8471 : f32[16] @ models/lib/nn.yaml:90:7
%8487 = cast %8485 : f32[] @ models/lib/nn.yaml:90:7
%8488 = broadcast %8487 : f32[16] @ models/lib/nn.yaml:90:7
%8489 = mul %8486, %8488 : f32[16] @ models/lib/nn.yaml:90:7
%8490 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%8491 = cast %8490 : f32[] @ models/lib/nn.yaml:90:7
%8492 = broadcast %8491 : f32[16] @ models/lib/nn.yaml:90:7
%8493 = add %8489, %8492 : f32[16] @ models/lib/nn.yaml:90:7
%8494 = div %8461, %8493 : f32[16] @ models/lib/nn.yaml:90:7
%8495 = cast %8477 : f32[] @ models/lib/nn.yaml:90:7
%8496 = broadcast %8495 : f32[16] @ models/lib/nn.yaml:90:7
%8497 = mul %8494, %8496 : f32[16] @ models/lib/nn.yaml:90:7
%8498 = sub %52, %8497 : f32[16] @ models/lib/nn.yaml:90:7
%8499 = assign %52, %8498 : f32[16] @ models/lib/nn.yaml:90:7
%8500 = assign %8448, %8461 : f32[16] @ models/lib/nn.yaml:90:7
%8501 = assign %8449, %8471 : f32[16] @ models/lib/nn.yaml:90:7
%8502 = assign %8450, %8452 : i64[] @ models/lib/nn.yaml:90:7
%8503 = cast %3012 : f32[] @ models/lib/nn.yaml:90:7
%8504 = broadcast %8503 : f32[16] @ models/lib/nn.yaml:90:7
%8505 = mul %130, %8504 : f32[16] @ models/lib/nn.yaml:90:7
%8506 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8507 = sub %8506, %3012 : f64[] @ models/lib/nn.yaml:90:7
%8508 = cast %8507 : f32[] @ models/lib/nn.yaml:90:7
%8509 = broadcast %8508 : f32[16] @ models/lib/nn.yaml:90:7
%8510 = mul %8498, %8509 : f32[16] @ models/lib/nn.yaml:90:7
%8511 = add %8505, %8510 : f32[16] @ models/lib/nn.yaml:90:7
%8512 = assign %130, %8511 : f32[16] @ models/lib/nn.yaml:90:7
%8513 = all_reduce_sum %4192 : f32[16,16] @ models/lib/nn.yaml:79:7
%8514 = reshape %8513 : f32[256] @ models/lib/nn.yaml:79:7
%8515 = mul %8514, %8514 : f32[256] @ models/lib/nn.yaml:79:7
%8516 = reduce_sum %8515 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8517 = sqrt %8516 : f32[] @ models/lib/nn.yaml:79:7
%8518 = cast %8517 : f64[] @ models/lib/nn.yaml:79:7
%8519 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%8520 = add %8518, %8519 : f64[] @ models/lib/nn.yaml:79:7
%8521 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%8522 = div %8521, %8520 : f64[] @ models/lib/nn.yaml:79:7
%8523 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8524 = lt %8522, %8523 : bool[] @ models/lib/nn.yaml:79:7
%8525 = cast %8522 : f32[] @ models/lib/nn.yaml:79:7
%8526 = broadcast %8525 : f32[16,16] @ models/lib/nn.yaml:79:7
%8527 = mul %8513, %8526 : f32[16,16] @ models/lib/nn.yaml:79:7
%8528 = broadcast %8524 : bool[16,16] @ models/lib/nn.yaml:79:7
%8529 = select %8528, %8527, %8513 : f32[16,16] @ models/lib/nn.yaml:79:7
%8530 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8531 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8532 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8533 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8534 = add %8532, %8533 : i64[] @ models/lib/nn.yaml:79:7
%8535 = mul %3010, %3011 : f64[] @ models/lib/nn.yaml:79:7
%8536 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8537 = sub %8536, %8535 : f64[] @ models/lib/nn.yaml:79:7
%8538 = cast %8537 : f32[] @ models/lib/nn.yaml:79:7
%8539 = broadcast %8538 : f32[16,16] @ models/lib/nn.yaml:79:7
%8540 = mul %53, %8539 : f32[16,16] @ models/lib/nn.yaml:79:7
%8541 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8542 = cast %8541 : f32[] @ models/lib/nn.yaml:79:7
%8543 = broadcast %8542 : f32[16,16] @ models/lib/nn.yaml:79:7
%8544 = mul %8529, %8543 : f32[16,16] @ models/lib/nn.yaml:79:7
%8545 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8546 = cast %8545 : f32[] @ models/lib/nn.yaml:79:7
%8547 = broadcast %8546 : f32[16,16] @ models/lib/nn.yaml:79:7
%8548 = mul %8530, %8547 : f32[16,16] @ models/lib/nn.yaml:79:7
%8549 = add %8548, %8544 : f32[16,16] @ models/lib/nn.yaml:79:7
%8550 = mul %8529, %8529 : f32[16,16] @ models/lib/nn.yaml:79:7
%8551 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8552 = cast %8551 : f32[] @ models/lib/nn.yaml:79:7
%8553 = broadcast %8552 : f32[16,16] @ models/lib/nn.yaml:79:7
%8554 = mul %8550, %8553 : f32[16,16] @ models/lib/nn.yaml:79:7
%8555 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8556 = cast %8555 : f32[] @ models/lib/nn.yaml:79:7
%8557 = broadcast %8556 : f32[16,16] @ models/lib/nn.yaml:79:7
%8558 = mul %8531, %8557 : f32[16,16] @ models/lib/nn.yaml:79:7
%8559 = add %8558, %8554 : f32[16,16] @ models/lib/nn.yaml:79:7
%8560 = cast %8534 : f64[] @ models/lib/nn.yaml:79:7
%8561 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8562 = pow %8561, %8560 : f64[] @ models/lib/nn.yaml:79:7
%8563 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8564 = sub %8563, %8562 : f64[] @ models/lib/nn.yaml:79:7
%8565 = div %3010, %8564 : f64[] @ models/lib/nn.yaml:79:7
%8566 = cast %8534 : f64[] @ models/lib/nn.yaml:79:7
%8567 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8568 = pow %8567, %8566 : f64[] @ models/lib/nn.yaml:79:7
%8569 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8570 = sub %8569, %8568 : f64[] @ models/lib/nn.yaml:79:7
%8571 = sqrt %8570 : f64[] @ models/lib/nn.yaml:79:7
%8572 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8573 = div %8572, %8571 : f64[] @ models/lib/nn.yaml:79:7
%8574 = sqrt %8559 : f32[16,16] @ models/lib/nn.yaml:79:7
%8575 = cast %8573 : f32[] @ models/lib/nn.yaml:79:7
%8576 = broadcast %8575 : f32[16,16] @ models/lib/nn.yaml:79:7
%8577 = mul %8574, %8576 : f32[16,16] @ models/lib/nn.yaml:79:7
%8578 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8579 = cast %8578 : f32[] @ models/lib/nn.yaml:79:7
%8580 = broadcast %8579 : f32[16,16] @ models/lib/nn.yaml:79:7
%8581 = add %8577, %8580 : f32[16,16] @ models/lib/nn.yaml:79:7
%8582 = div %8549, %8581 : f32[16,16] @ models/lib/nn.yaml:79:7
%8583 = cast %8565 : f32[] @ models/lib/nn.yaml:79:7
%8584 = broadcast %8583 : f32[16,16] @ models/lib/nn.yaml:79:7
%8585 = mul %8582, %8584 : f32[16,16] @ models/lib/nn.yaml:79:7
%8586 = sub %8540, %8585 : f32[16,16] @ models/lib/nn.yaml:79:7
%8587 = assign %53, %8586 : f32[16,16] @ models/lib/nn.yaml:79:7
%8588 = assign %8530, %8549 : f32[16,16] @ models/lib/nn.yaml:79:7
%8589 = assign %8531, %8559 : f32[16,16] @ models/lib/nn.yaml:79:7
%8590 = assign %8532, %8534 : i64[] @ models/lib/nn.yaml:79:7
%8591 = cast %3012 : f32[] @ models/lib/nn.yaml:79:7
%8592 = broadcast %8591 : f32[16,16] @ models/lib/nn.yaml:79:7
%8593 = mul %131, %8592 : f32[16,16] @ models/lib/nn.yaml:79:7
%8594 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8595 = sub %8594, %3012 : f64[] @ models/lib/nn.yaml:79:7
%8596 = cast %8595 : f32[] @ models/lib/nn.yaml:79:7
%8597 = broadcast %8596 : f32[16,16] @ models/lib/nn.yaml:79:7
%8598 = mul %8586, %8597 : f32[16,16] @ models/lib/nn.yaml:79:7
%8599 = add %8593, %8598 : f32[16,16] @ models/lib/nn.yaml:79:7
%8600 = assign %131, %8599 : f32[16,16] @ models/lib/nn.yaml:79:7
%8601 = all_reduce_sum %4187 : f32[16] @ models/lib/nn.yaml:80:7
%8602 = reshape %8601 : f32[16] @ models/lib/nn.yaml:80:7
%8603 = mul %8602, %8602 : f32[16] @ models/lib/nn.yaml:80:7
%8604 = reduce_sum %8603 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8605 = sqrt %8604 : f32[] @ models/lib/nn.yaml:80:7
%8606 = cast %8605 : f64[] @ models/lib/nn.yaml:80:7
%8607 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%8608 = add %8606, %8607 : f64[] @ models/lib/nn.yaml:80:7
%8609 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%8610 = div %8609, %8608 : f64[] @ models/lib/nn.yaml:80:7
%8611 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8612 = lt %8610, %8611 : bool[] @ models/lib/nn.yaml:80:7
%8613 = cast %8610 : f32[] @ models/lib/nn.yaml:80:7
%8614 = broadcast %8613 : f32[16] @ models/lib/nn.yaml:80:7
%8615 = mul %8601, %8614 : f32[16] @ models/lib/nn.yaml:80:7
%8616 = broadcast %8612 : bool[16] @ models/lib/nn.yaml:80:7
%8617 = select %8616, %8615, %8601 : f32[16] @ models/lib/nn.yaml:80:7
%8618 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8619 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8620 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8621 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%8622 = add %8620, %8621 : i64[] @ models/lib/nn.yaml:80:7
%8623 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%8624 = cast %8623 : f32[] @ models/lib/nn.yaml:80:7
%8625 = broadcast %8624 : f32[16] @ models/lib/nn.yaml:80:7
%8626 = mul %8617, %8625 : f32[16] @ models/lib/nn.yaml:80:7
%8627 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8628 = cast %8627 : f32[] @ models/lib/nn.yaml:80:7
%8629 = broadcast %8628 : f32[16] @ models/lib/nn.yaml:80:7
%8630 = mul %8618, %8629 : f32[16] @ models/lib/nn.yaml:80:7
%8631 = add %8630, %8626 : f32[16] @ models/lib/nn.yaml:80:7
%8632 = mul %8617, %8617 : f32[16] @ models/lib/nn.yaml:80:7
%8633 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%8634 = cast %8633 : f32[] @ models/lib/nn.yaml:80:7
%8635 = broadcast %8634 : f32[16] @ models/lib/nn.yaml:80:7
%8636 = mul %8632, %8635 : f32[16] @ models/lib/nn.yaml:80:7
%8637 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8638 = cast %8637 : f32[] @ models/lib/nn.yaml:80:7
%8639 = broadcast %8638 : f32[16] @ models/lib/nn.yaml:80:7
%8640 = mul %8619, %8639 : f32[16] @ models/lib/nn.yaml:80:7
%8641 = add %8640, %8636 : f32[16] @ models/lib/nn.yaml:80:7
%8642 = cast %8622 : f64[] @ models/lib/nn.yaml:80:7
%8643 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8644 = pow %8643, %8642 : f64[] @ models/lib/nn.yaml:80:7
%8645 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8646 = sub %8645, %8644 : f64[] @ models/lib/nn.yaml:80:7
%8647 = div %3010, %8646 : f64[] @ models/lib/nn.yaml:80:7
%8648 = cast %8622 : f64[] @ models/lib/nn.yaml:80:7
%8649 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8650 = pow %8649, %8648 : f64[] @ models/lib/nn.yaml:80:7
%8651 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8652 = sub %8651, %8650 : f64[] @ models/lib/nn.yaml:80:7
%8653 = sqrt %8652 : f64[] @ models/lib/nn.yaml:80:7
%8654 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8655 = div %8654, %8653 : f64[] @ models/lib/nn.yaml:80:7
%8656 = sqrt %8641 : f32[16] @ models/lib/nn.yaml:80:7
%8657 = cast %8655 : f32[] @ models/lib/nn.yaml:80:7
%8658 = broadcast %8657 : f32[16] @ models/lib/nn.yaml:80:7
%8659 = mul %8656, %8658 : f32[16] @ models/lib/nn.yaml:80:7
%8660 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%8661 = cast %8660 : f32[] @ models/lib/nn.yaml:80:7
%8662 = broadcast %8661 : f32[16] @ models/lib/nn.yaml:80:7
%8663 = add %8659, %8662 : f32[16] @ models/lib/nn.yaml:80:7
%8664 = div %8631, %8663 : f32[16] @ models/lib/nn.yaml:80:7
%8665 = cast %8647 : f32[] @ models/lib/nn.yaml:80:7
%8666 = broadcast %8665 : f32[16] @ models/lib/nn.yaml:80:7
%8667 = mul %8664, %8666 : f32[16] @ models/lib/nn.yaml:80:7
%8668 = sub %54, %8667 : f32[16] @ models/lib/nn.yaml:80:7
%8669 = assign %54, %8668 : f32[16] @ models/lib/nn.yaml:80:7
%8670 = assign %8618, %8631 : f32[16] @ models/lib/nn.yaml:80:7
%8671 = assign %8619, %8641 : f32[16] @ models/lib/nn.yaml:80:7
%8672 = assign %8620, %8622 : i64[] @ models/lib/nn.yaml:80:7
%8673 = cast %3012 : f32[] @ models/lib/nn.yaml:80:7
%8674 = broadcast %8673 : f32[16] @ models/lib/nn.yaml:80:7
%8675 = mul %132, %8674 : f32[16] @ models/lib/nn.yaml:80:7
%8676 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8677 = sub %8676, %3012 : f64[] @ models/lib/nn.yaml:80:7
%8678 = cast %8677 : f32[] @ models/lib/nn.yaml:80:7
%8679 = broadcast %8678 : f32[16] @ models/lib/nn.yaml:80:7
%8680 = mul %8668, %8679 : f32[16] @ models/lib/nn.yaml:80:7
%8681 = add %8675, %8680 : f32[16] @ models/lib/nn.yaml:80:7
%8682 = assign %132, %8681 : f32[16] @ models/lib/nn.yaml:80:7
%8683 = all_reduce_sum %4182 : f32[16,16] @ models/lib/nn.yaml:79:7
%8684 = reshape %8683 : f32[256] @ models/lib/nn.yaml:79:7
%8685 = mul %8684, %8684 : f32[256] @ models/lib/nn.yaml:79:7
%8686 = reduce_sum %8685 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8687 = sqrt %8686 : f32[] @ models/lib/nn.yaml:79:7
%8688 = cast %8687 : f64[] @ models/lib/nn.yaml:79:7
%8689 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%8690 = add %8688, %8689 : f64[] @ models/lib/nn.yaml:79:7
%8691 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%8692 = div %8691, %8690 : f64[] @ models/lib/nn.yaml:79:7
%8693 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8694 = lt %8692, %8693 : bool[] @ models/lib/nn.yaml:79:7
%8695 = cast %8692 : f32[] @ models/lib/nn.yaml:79:7
%8696 = broadcast %8695 : f32[16,16] @ models/lib/nn.yaml:79:7
%8697 = mul %8683, %8696 : f32[16,16] @ models/lib/nn.yaml:79:7
%8698 = broadcast %8694 : bool[16,16] @ models/lib/nn.yaml:79:7
%8699 = select %8698, %8697, %8683 : f32[16,16] @ models/lib/nn.yaml:79:7
%8700 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8701 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8702 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8703 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8704 = add %8702, %8703 : i64[] @ models/lib/nn.yaml:79:7
%8705 = mul %3010, %3011 : f64[] @ models/lib/nn.yaml:79:7
%8706 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8707 = sub %8706, %8705 : f64[] @ models/lib/nn.yaml:79:7
%8708 = cast %8707 : f32[] @ models/lib/nn.yaml:79:7
%8709 = broadcast %8708 : f32[16,16] @ models/lib/nn.yaml:79:7
%8710 = mul %55, %8709 : f32[16,16] @ models/lib/nn.yaml:79:7
%8711 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8712 = cast %8711 : f32[] @ models/lib/nn.yaml:79:7
%8713 = broadcast %8712 : f32[16,16] @ models/lib/nn.yaml:79:7
%8714 = mul %8699, %8713 : f32[16,16] @ models/lib/nn.yaml:79:7
%8715 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8716 = cast %8715 : f32[] @ models/lib/nn.yaml:79:7
%8717 = broadcast %8716 : f32[16,16] @ models/lib/nn.yaml:79:7
%8718 = mul %8700, %8717 : f32[16,16] @ models/lib/nn.yaml:79:7
%8719 = add %8718, %8714 : f32[16,16] @ models/lib/nn.yaml:79:7
%8720 = mul %8699, %8699 : f32[16,16] @ models/lib/nn.yaml:79:7
%8721 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8722 = cast %8721 : f32[] @ models/lib/nn.yaml:79:7
%8723 = broadcast %8722 : f32[16,16] @ models/lib/nn.yaml:79:7
%8724 = mul %8720, %8723 : f32[16,16] @ models/lib/nn.yaml:79:7
%8725 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8726 = cast %8725 : f32[] @ models/lib/nn.yaml:79:7
%8727 = broadcast %8726 : f32[16,16] @ models/lib/nn.yaml:79:7
%8728 = mul %8701, %8727 : f32[16,16] @ models/lib/nn.yaml:79:7
%8729 = add %8728, %8724 : f32[16,16] @ models/lib/nn.yaml:79:7
%8730 = cast %8704 : f64[] @ models/lib/nn.yaml:79:7
%8731 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8732 = pow %8731, %8730 : f64[] @ models/lib/nn.yaml:79:7
%8733 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8734 = sub %8733, %8732 : f64[] @ models/lib/nn.yaml:79:7
%8735 = div %3010, %8734 : f64[] @ models/lib/nn.yaml:79:7
%8736 = cast %8704 : f64[] @ models/lib/nn.yaml:79:7
%8737 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8738 = pow %8737, %8736 : f64[] @ models/lib/nn.yaml:79:7
%8739 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8740 = sub %8739, %8738 : f64[] @ models/lib/nn.yaml:79:7
%8741 = sqrt %8740 : f64[] @ models/lib/nn.yaml:79:7
%8742 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8743 = div %8742, %8741 : f64[] @ models/lib/nn.yaml:79:7
%8744 = sqrt %8729 : f32[16,16] @ models/lib/nn.yaml:79:7
%8745 = cast %8743 : f32[] @ models/lib/nn.yaml:79:7
%8746 = broadcast %8745 : f32[16,16] @ models/lib/nn.yaml:79:7
%8747 = mul %8744, %8746 : f32[16,16] @ models/lib/nn.yaml:79:7
%8748 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8749 = cast %8748 : f32[] @ models/lib/nn.yaml:79:7
%8750 = broadcast %8749 : f32[16,16] @ models/lib/nn.yaml:79:7
%8751 = add %8747, %8750 : f32[16,16] @ models/lib/nn.yaml:79:7
%8752 = div %8719, %8751 : f32[16,16] @ models/lib/nn.yaml:79:7
%8753 = cast %8735 : f32[] @ models/lib/nn.yaml:79:7
%8754 = broadcast %8753 : f32[16,16] @ models/lib/nn.yaml:79:7
%8755 = mul %8752, %8754 : f32[16,16] @ models/lib/nn.yaml:79:7
%8756 = sub %8710, %8755 : f32[16,16] @ models/lib/nn.yaml:79:7
%8757 = assign %55, %8756 : f32[16,16] @ models/lib/nn.yaml:79:7
%8758 = assign %8700, %8719 : f32[16,16] @ models/lib/nn.yaml:79:7
%8759 = assign %8701, %8729 : f32[16,16] @ models/lib/nn.yaml:79:7
%8760 = assign %8702, %8704 : i64[] @ models/lib/nn.yaml:79:7
%8761 = cast %3012 : f32[] @ models/lib/nn.yaml:79:7
%8762 = broadcast %8761 : f32[16,16] @ models/lib/nn.yaml:79:7
%8763 = mul %133, %8762 : f32[16,16] @ models/lib/nn.yaml:79:7
%8764 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8765 = sub %8764, %3012 : f64[] @ models/lib/nn.yaml:79:7
%8766 = cast %8765 : f32[] @ models/lib/nn.yaml:79:7
%8767 = broadcast %8766 : f32[16,16] @ models/lib/nn.yaml:79:7
%8768 = mul %8756, %8767 : f32[16,16] @ models/lib/nn.yaml:79:7
%8769 = add %8763, %8768 : f32[16,16] @ models/lib/nn.yaml:79:7
%8770 = assign %133, %8769 : f32[16,16] @ models/lib/nn.yaml:79:7
%8771 = all_reduce_sum %4176 : f32[16] @ models/lib/nn.yaml:80:7
%8772 = reshape %8771 : f32[16] @ models/lib/nn.yaml:80:7
%8773 = mul %8772, %8772 : f32[16] @ models/lib/nn.yaml:80:7
%8774 = reduce_sum %8773 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8775 = sqrt %8774 : f32[] @ models/lib/nn.yaml:80:7
%8776 = cast %8775 : f64[] @ models/lib/nn.yaml:80:7
%8777 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%8778 = add %8776, %8777 : f64[] @ models/lib/nn.yaml:80:7
%8779 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%8780 = div %8779, %8778 : f64[] @ models/lib/nn.yaml:80:7
%8781 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8782 = lt %8780, %8781 : bool[] @ models/lib/nn.yaml:80:7
%8783 = cast %8780 : f32[] @ models/lib/nn.yaml:80:7
%8784 = broadcast %8783 : f32[16] @ models/lib/nn.yaml:80:7
%8785 = mul %8771, %8784 : f32[16] @ models/lib/nn.yaml:80:7
%8786 = broadcast %8782 : bool[16] @ models/lib/nn.yaml:80:7
%8787 = select %8786, %8785, %8771 : f32[16] @ models/lib/nn.yaml:80:7
%8788 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8789 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8790 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8791 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%8792 = add %8790, %8791 : i64[] @ models/lib/nn.yaml:80:7
%8793 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%8794 = cast %8793 : f32[] @ models/lib/nn.yaml:80:7
%8795 = broadcast %8794 : f32[16] @ models/lib/nn.yaml:80:7
%8796 = mul %8787, %8795 : f32[16] @ models/lib/nn.yaml:80:7
%8797 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8798 = cast %8797 : f32[] @ models/lib/nn.yaml:80:7
%8799 = broadcast %8798 : f32[16] @ models/lib/nn.yaml:80:7
%8800 = mul %8788, %8799 : f32[16] @ models/lib/nn.yaml:80:7
%8801 = add %8800, %8796 : f32[16] @ models/lib/nn.yaml:80:7
%8802 = mul %8787, %8787 : f32[16] @ models/lib/nn.yaml:80:7
%8803 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%8804 = cast %8803 : f32[] @ models/lib/nn.yaml:80:7
%8805 = broadcast %8804 : f32[16] @ models/lib/nn.yaml:80:7
%8806 = mul %8802, %8805 : f32[16] @ models/lib/nn.yaml:80:7
%8807 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8808 = cast %8807 : f32[] @ models/lib/nn.yaml:80:7
%8809 = broadcast %8808 : f32[16] @ models/lib/nn.yaml:80:7
%8810 = mul %8789, %8809 : f32[16] @ models/lib/nn.yaml:80:7
%8811 = add %8810, %8806 : f32[16] @ models/lib/nn.yaml:80:7
%8812 = cast %8792 : f64[] @ models/lib/nn.yaml:80:7
%8813 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8814 = pow %8813, %8812 : f64[] @ models/lib/nn.yaml:80:7
%8815 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8816 = sub %8815, %8814 : f64[] @ models/lib/nn.yaml:80:7
%8817 = div %3010, %8816 : f64[] @ models/lib/nn.yaml:80:7
%8818 = cast %8792 : f64[] @ models/lib/nn.yaml:80:7
%8819 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8820 = pow %8819, %8818 : f64[] @ models/lib/nn.yaml:80:7
%8821 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8822 = sub %8821, %8820 : f64[] @ models/lib/nn.yaml:80:7
%8823 = sqrt %8822 : f64[] @ models/lib/nn.yaml:80:7
%8824 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8825 = div %8824, %8823 : f64[] @ models/lib/nn.yaml:80:7
%8826 = sqrt %8811 : f32[16] @ models/lib/nn.yaml:80:7
%8827 = cast %8825 : f32[] @ models/lib/nn.yaml:80:7
%8828 = broadcast %8827 : f32[16] @ models/lib/nn.yaml:80:7
%8829 = mul %8826, %8828 : f32[16] @ models/lib/nn.yaml:80:7
%8830 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%8831 = cast %8830 : f32[] @ models/lib/nn.yaml:80:7
%8832 = broadcast %8831 : f32[16] @ models/lib/nn.yaml:80:7
%8833 = add %8829, %8832 : f32[16] @ models/lib/nn.yaml:80:7
%8834 = div %8801, %8833 : f32[16] @ models/lib/nn.yaml:80:7
%8835 = cast %8817 : f32[] @ models/lib/nn.yaml:80:7
%8836 = broadcast %8835 : f32[16] @ models/lib/nn.yaml:80:7
%8837 = mul %8834, %8836 : f32[16] @ models/lib/nn.yaml:80:7
%8838 = sub %56, %8837 : f32[16] @ models/lib/nn.yaml:80:7
%8839 = assign %56, %8838 : f32[16] @ models/lib/nn.yaml:80:7
%8840 = assign %8788, %8801 : f32[16] @ models/lib/nn.yaml:80:7
%8841 = assign %8789, %8811 : f32[16] @ models/lib/nn.yaml:80:7
%8842 = assign %8790, %8792 : i64[] @ models/lib/nn.yaml:80:7
%8843 = cast %3012 : f32[] @ models/lib/nn.yaml:80:7
%8844 = broadcast %8843 : f32[16] @ models/lib/nn.yaml:80:7
%8845 = mul %134, %8844 : f32[16] @ models/lib/nn.yaml:80:7
%8846 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8847 = sub %8846, %3012 : f64[] @ models/lib/nn.yaml:80:7
%8848 = cast %8847 : f32[] @ models/lib/nn.yaml:80:7
%8849 = broadcast %8848 : f32[16] @ models/lib/nn.yaml:80:7
%8850 = mul %8838, %8849 : f32[16] @ models/lib/nn.yaml:80:7
%8851 = add %8845, %8850 : f32[16] @ models/lib/nn.yaml:80:7
%8852 = assign %134, %8851 : f32[16] @ models/lib/nn.yaml:80:7
%8853 = all_reduce_sum %4171 : f32[16,16] @ models/lib/nn.yaml:79:7
%8854 = reshape %8853 : f32[256] @ models/lib/nn.yaml:79:7
%8855 = mul %8854, %8854 : f32[256] @ models/lib/nn.yaml:79:7
%8856 = reduce_sum %8855 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8857 = sqrt %8856 : f32[] @ models/lib/nn.yaml:79:7
%8858 = cast %8857 : f64[] @ models/lib/nn.yaml:79:7
%8859 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%8860 = add %8858, %8859 : f64[] @ models/lib/nn.yaml:79:7
%8861 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%8862 = div %8861, %8860 : f64[] @ models/lib/nn.yaml:79:7
%8863 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8864 = lt %8862, %8863 : bool[] @ models/lib/nn.yaml:79:7
%8865 = cast %8862 : f32[] @ models/lib/nn.yaml:79:7
%8866 = broadcast %8865 : f32[16,16] @ models/lib/nn.yaml:79:7
%8867 = mul %8853, %8866 : f32[16,16] @ models/lib/nn.yaml:79:7
%8868 = broadcast %8864 : bool[16,16] @ models/lib/nn.yaml:79:7
%8869 = select %8868, %8867, %8853 : f32[16,16] @ models/lib/nn.yaml:79:7
%8870 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8871 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8872 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8873 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8874 = add %8872, %8873 : i64[] @ models/lib/nn.yaml:79:7
%8875 = mul %3010, %3011 : f64[] @ models/lib/nn.yaml:79:7
%8876 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8877 = sub %8876, %8875 : f64[] @ models/lib/nn.yaml:79:7
%8878 = cast %8877 : f32[] @ models/lib/nn.yaml:79:7
%8879 = broadcast %8878 : f32[16,16] @ models/lib/nn.yaml:79:7
%8880 = mul %57, %8879 : f32[16,16] @ models/lib/nn.yaml:79:7
%8881 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8882 = cast %8881 : f32[] @ models/lib/nn.yaml:79:7
%8883 = broadcast %8882 : f32[16,16] @ models/lib/nn.yaml:79:7
%8884 = mul %8869, %8883 : f32[16,16] @ models/lib/nn.yaml:79:7
%8885 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8886 = cast %8885 : f32[] @ models/lib/nn.yaml:79:7
%8887 = broadcast %8886 : f32[16,16] @ models/lib/nn.yaml:79:7
%8888 = mul %8870, %8887 : f32[16,16] @ models/lib/nn.yaml:79:7
%8889 = add %8888, %8884 : f32[16,16] @ models/lib/nn.yaml:79:7
%8890 = mul %8869, %8869 : f32[16,16] @ models/lib/nn.yaml:79:7
%8891 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8892 = cast %8891 : f32[] @ models/lib/nn.yaml:79:7
%8893 = broadcast %8892 : f32[16,16] @ models/lib/nn.yaml:79:7
%8894 = mul %8890, %8893 : f32[16,16] @ models/lib/nn.yaml:79:7
%8895 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8896 = cast %8895 : f32[] @ models/lib/nn.yaml:79:7
%8897 = broadcast %8896 : f32[16,16] @ models/lib/nn.yaml:79:7
%8898 = mul %8871, %8897 : f32[16,16] @ models/lib/nn.yaml:79:7
%8899 = add %8898, %8894 : f32[16,16] @ models/lib/nn.yaml:79:7
%8900 = cast %8874 : f64[] @ models/lib/nn.yaml:79:7
%8901 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8902 = pow %8901, %8900 : f64[] @ models/lib/nn.yaml:79:7
%8903 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8904 = sub %8903, %8902 : f64[] @ models/lib/nn.yaml:79:7
%8905 = div %3010, %8904 : f64[] @ models/lib/nn.yaml:79:7
%8906 = cast %8874 : f64[] @ models/lib/nn.yaml:79:7
%8907 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8908 = pow %8907, %8906 : f64[] @ models/lib/nn.yaml:79:7
%8909 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8910 = sub %8909, %8908 : f64[] @ models/lib/nn.yaml:79:7
%8911 = sqrt %8910 : f64[] @ models/lib/nn.yaml:79:7
%8912 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8913 = div %8912, %8911 : f64[] @ models/lib/nn.yaml:79:7
%8914 = sqrt %8899 : f32[16,16] @ models/lib/nn.yaml:79:7
%8915 = cast %8913 : f32[] @ models/lib/nn.yaml:79:7
%8916 = broadcast %8915 : f32[16,16] @ models/lib/nn.yaml:79:7
%8917 = mul %8914, %8916 : f32[16,16] @ models/lib/nn.yaml:79:7
%8918 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8919 = cast %8918 : f32[] @ models/lib/nn.yaml:79:7
%8920 = broadcast %8919 : f32[16,16] @ models/lib/nn.yaml:79:7
%8921 = add %8917, %8920 : f32[16,16] @ models/lib/nn.yaml:79:7
%8922 = div %8889, %8921 : f32[16,16] @ models/lib/nn.yaml:79:7
%8923 = cast %8905 : f32[] @ models/lib/nn.yaml:79:7
%8924 = broadcast %8923 : f32[16,16] @ models/lib/nn.yaml:79:7
%8925 = mul %8922, %8924 : f32[16,16] @ models/lib/nn.yaml:79:7
%8926 = sub %8880, %8925 : f32[16,16] @ models/lib/nn.yaml:79:7
%8927 = assign %57, %8926 : f32[16,16] @ models/lib/nn.yaml:79:7
%8928 = assign %8870, %8889 : f32[16,16] @ models/lib/nn.yaml:79:7
%8929 = assign %8871, %8899 : f32[16,16] @ models/lib/nn.yaml:79:7
%8930 = assign %8872, %8874 : i64[] @ models/lib/nn.yaml:79:7
%8931 = cast %3012 : f32[] @ models/lib/nn.yaml:79:7
%8932 = broadcast %8931 : f32[16,16] @ models/lib/nn.yaml:79:7
%8933 = mul %135, %8932 : f32[16,16] @ models/lib/nn.yaml:79:7
%8934 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8935 = sub %8934, %3012 : f64[] @ models/lib/nn.yaml:79:7
%8936 = cast %8935 : f32[] @ models/lib/nn.yaml:79:7
%8937 = broadcast %8936 : f32[16,16] @ models/lib/nn.yaml:79:7
%8938 = mul %8926, %8937 : f32[16,16] @ models/lib/nn.yaml:79:7
%8939 = add %8933, %8938 : f32[16,16] @ models/lib/nn.yaml:79:7
%8940 = assign %135, %8939 : f32[16,16] @ models/lib/nn.yaml:79:7
%8941 = all_reduce_sum %4166 : f32[16] @ models/lib/nn.yaml:80:7
%8942 = reshape %8941 : f32[16] @ models/lib/nn.yaml:80:7
%8943 = mul %8942, %8942 : f32[16] @ models/lib/nn.yaml:80:7
%8944 = reduce_sum %8943 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8945 = sqrt %8944 : f32[] @ models/lib/nn.yaml:80:7
%8946 = cast %8945 : f64[] @ models/lib/nn.yaml:80:7
%8947 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%8948 = add %8946, %8947 : f64[] @ models/lib/nn.yaml:80:7
%8949 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%8950 = div %8949, %8948 : f64[] @ models/lib/nn.yaml:80:7
%8951 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8952 = lt %8950, %8951 : bool[] @ models/lib/nn.yaml:80:7
%8953 = cast %8950 : f32[] @ models/lib/nn.yaml:80:7
%8954 = broadcast %8953 : f32[16] @ models/lib/nn.yaml:80:7
%8955 = mul %8941, %8954 : f32[16] @ models/lib/nn.yaml:80:7
%8956 = broadcast %8952 : bool[16] @ models/lib/nn.yaml:80:7
%8957 = select %8956, %8955, %8941 : f32[16] @ models/lib/nn.yaml:80:7
%8958 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8959 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8960 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8961 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%8962 = add %8960, %8961 : i64[] @ models/lib/nn.yaml:80:7
%8963 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%8964 = cast %8963 : f32[] @ models/lib/nn.yaml:80:7
%8965 = broadcast %8964 : f32[16] @ models/lib/nn.yaml:80:7
%8966 = mul %8957, %8965 : f32[16] @ models/lib/nn.yaml:80:7
%8967 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8968 = cast %8967 : f32[] @ models/lib/nn.yaml:80:7
%8969 = broadcast %8968 : f32[16] @ models/lib/nn.yaml:80:7
%8970 = mul %8958, %8969 : f32[16] @ models/lib/nn.yaml:80:7
%8971 = add %8970, %8966 : f32[16] @ models/lib/nn.yaml:80:7
%8972 = mul %8957, %8957 : f32[16] @ models/lib/nn.yaml:80:7
%8973 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%8974 = cast %8973 : f32[] @ models/lib/nn.yaml:80:7
%8975 = broadcast %8974 : f32[16] @ models/lib/nn.yaml:80:7
%8976 = mul %8972, %8975 : f32[16] @ models/lib/nn.yaml:80:7
%8977 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8978 = cast %8977 : f32[] @ models/lib/nn.yaml:80:7
%8979 = broadcast %8978 : f32[16] @ models/lib/nn.yaml:80:7
%8980 = mul %8959, %8979 : f32[16] @ models/lib/nn.yaml:80:7
%8981 = add %8980, %8976 : f32[16] @ models/lib/nn.yaml:80:7
%8982 = cast %8962 : f64[] @ models/lib/nn.yaml:80:7
%8983 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8984 = pow %8983, %8982 : f64[] @ models/lib/nn.yaml:80:7
%8985 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8986 = sub %8985, %8984 : f64[] @ models/lib/nn.yaml:80:7
%8987 = div %3010, %8986 : f64[] @ models/lib/nn.yaml:80:7
%8988 = cast %8962 : f64[] @ models/lib/nn.yaml:80:7
%8989 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8990 = pow %8989, %8988 : f64[] @ models/lib/nn.yaml:80:7
%8991 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8992 = sub %8991, %8990 : f64[] @ models/lib/nn.yaml:80:7
%8993 = sqrt %8992 : f64[] @ models/lib/nn.yaml:80:7
%8994 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8995 = div %8994, %8993 : f64[] @ models/lib/nn.yaml:80:7
%8996 = sqrt %8981 : f32[16] @ models/lib/nn.yaml:80:7
%8997 = cast %8995 : f32[] @ models/lib/nn.yaml:80:7
%8998 = broadcast %8997 : f32[16] @ models/lib/nn.yaml:80:7
%8999 = mul %8996, %8998 : f32[16] @ models/lib/nn.yaml:80:7
%9000 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%9001 = cast %9000 : f32[] @ models/lib/nn.yaml:80:7
%9002 = broadcast %9001 : f32[16] @ models/lib/nn.yaml:80:7
%9003 = add %8999, %9002 : f32[16] @ models/lib/nn.yaml:80:7
%9004 = div %8971, %9003 : f32[16] @ models/lib/nn.yaml:80:7
%9005 = cast %8987 : f32[] @ models/lib/nn.yaml:80:7
%9006 = broadcast %9005 : f32[16] @ models/lib/nn.yaml:80:7
%9007 = mul %9004, %9006 : f32[16] @ models/lib/nn.yaml:80:7
%9008 = sub %58, %9007 : f32[16] @ models/lib/nn.yaml:80:7
%9009 = assign %58, %9008 : f32[16] @ models/lib/nn.yaml:80:7
%9010 = assign %8958, %8971 : f32[16] @ models/lib/nn.yaml:80:7
%9011 = assign %8959, %8981 : f32[16] @ models/lib/nn.yaml:80:7
%9012 = assign %8960, %8962 : i64[] @ models/lib/nn.yaml:80:7
%9013 = cast %3012 : f32[] @ models/lib/nn.yaml:80:7
%9014 = broadcast %9013 : f32[16] @ models/lib/nn.yaml:80:7
%9015 = mul %136, %9014 : f32[16] @ models/lib/nn.yaml:80:7
%9016 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9017 = sub %9016, %3012 : f64[] @ models/lib/nn.yaml:80:7
%9018 = cast %9017 : f32[] @ models/lib/nn.yaml:80:7
%9019 = broadcast %9018 : f32[16] @ models/lib/nn.yaml:80:7
%9020 = mul %9008, %9019 : f32[16] @ models/lib/nn.yaml:80:7
%9021 = add %9015, %9020 : f32[16] @ models/lib/nn.yaml:80:7
%9022 = assign %136, %9021 : f32[16] @ models/lib/nn.yaml:80:7
%9023 = all_reduce_sum %4147 : f32[16,16] @ models/lib/nn.yaml:79:7
%9024 = reshape %9023 : f32[256] @ models/lib/nn.yaml:79:7
%9025 = mul %9024, %9024 : f32[256] @ models/lib/nn.yaml:79:7
%9026 = reduce_sum %9025 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9027 = sqrt %9026 : f32[] @ models/lib/nn.yaml:79:7
%9028 = cast %9027 : f64[] @ models/lib/nn.yaml:79:7
%9029 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%9030 = add %9028, %9029 : f64[] @ models/lib/nn.yaml:79:7
%9031 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%9032 = div %9031, %9030 : f64[] @ models/lib/nn.yaml:79:7
%9033 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9034 = lt %9032, %9033 : bool[] @ models/lib/nn.yaml:79:7
%9035 = cast %9032 : f32[] @ models/lib/nn.yaml:79:7
%9036 = broadcast %9035 : f32[16,16] @ models/lib/nn.yaml:79:7
%9037 = mul %9023, %9036 : f32[16,16] @ models/lib/nn.yaml:79:7
%9038 = broadcast %9034 : bool[16,16] @ models/lib/nn.yaml:79:7
%9039 = select %9038, %9037, %9023 : f32[16,16] @ models/lib/nn.yaml:79:7
%9040 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9041 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9042 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9043 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%9044 = add %9042, %9043 : i64[] @ models/lib/nn.yaml:79:7
%9045 = mul %3010, %3011 : f64[] @ models/lib/nn.yaml:79:7
%9046 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9047 = sub %9046, %9045 : f64[] @ models/lib/nn.yaml:79:7
%9048 = cast %9047 : f32[] @ models/lib/nn.yaml:79:7
%9049 = broadcast %9048 : f32[16,16] @ models/lib/nn.yaml:79:7
%9050 = mul %59, %9049 : f32[16,16] @ models/lib/nn.yaml:79:7
%9051 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%9052 = cast %9051 : f32[] @ models/lib/nn.yaml:79:7
%9053 = broadcast %9052 : f32[16,16] @ models/lib/nn.yaml:79:7
%9054 = mul %9039, %9053 : f32[16,16] @ models/lib/nn.yaml:79:7
%9055 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9056 = cast %9055 : f32[] @ models/lib/nn.yaml:79:7
%9057 = broadcast %9056 : f32[16,16] @ models/lib/nn.yaml:79:7
%9058 = mul %9040, %9057 : f32[16,16] @ models/lib/nn.yaml:79:7
%9059 = add %9058, %9054 : f32[16,16] @ models/lib/nn.yaml:79:7
%9060 = mul %9039, %9039 : f32[16,16] @ models/lib/nn.yaml:79:7
%9061 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%9062 = cast %9061 : f32[] @ models/lib/nn.yaml:79:7
%9063 = broadcast %9062 : f32[16,16] @ models/lib/nn.yaml:79:7
%9064 = mul %9060, %9063 : f32[16,16] @ models/lib/nn.yaml:79:7
%9065 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9066 = cast %9065 : f32[] @ models/lib/nn.yaml:79:7
%9067 = broadcast %9066 : f32[16,16] @ models/lib/nn.yaml:79:7
%9068 = mul %9041, %9067 : f32[16,16] @ models/lib/nn.yaml:79:7
%9069 = add %9068, %9064 : f32[16,16] @ models/lib/nn.yaml:79:7
%9070 = cast %9044 : f64[] @ models/lib/nn.yaml:79:7
%9071 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9072 = pow %9071, %9070 : f64[] @ models/lib/nn.yaml:79:7
%9073 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9074 = sub %9073, %9072 : f64[] @ models/lib/nn.yaml:79:7
%9075 = div %3010, %9074 : f64[] @ models/lib/nn.yaml:79:7
%9076 = cast %9044 : f64[] @ models/lib/nn.yaml:79:7
%9077 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9078 = pow %9077, %9076 : f64[] @ models/lib/nn.yaml:79:7
%9079 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9080 = sub %9079, %9078 : f64[] @ models/lib/nn.yaml:79:7
%9081 = sqrt %9080 : f64[] @ models/lib/nn.yaml:79:7
%9082 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9083 = div %9082, %9081 : f64[] @ models/lib/nn.yaml:79:7
%9084 = sqrt %9069 : f32[16,16] @ models/lib/nn.yaml:79:7
%9085 = cast %9083 : f32[] @ models/lib/nn.yaml:79:7
%9086 = broadcast %9085 : f32[16,16] @ models/lib/nn.yaml:79:7
%9087 = mul %9084, %9086 : f32[16,16] @ models/lib/nn.yaml:79:7
%9088 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%9089 = cast %9088 : f32[] @ models/lib/nn.yaml:79:7
%9090 = broadcast %9089 : f32[16,16] @ models/lib/nn.yaml:79:7
%9091 = add %9087, %9090 : f32[16,16] @ models/lib/nn.yaml:79:7
%9092 = div %9059, %9091 : f32[16,16] @ models/lib/nn.yaml:79:7
%9093 = cast %9075 : f32[] @ models/lib/nn.yaml:79:7
%9094 = broadcast %9093 : f32[16,16] @ models/lib/nn.yaml:79:7
%9095 = mul %9092, %9094 : f32[16,16] @ models/lib/nn.yaml:79:7
%9096 = sub %9050, %9095 : f32[16,16] @ models/lib/nn.yaml:79:7
%9097 = assign %59, %9096 : f32[16,16] @ models/lib/nn.yaml:79:7
%9098 = assign %9040, %9059 : f32[16,16] @ models/lib/nn.yaml:79:7
%9099 = assign %9041, %9069 : f32[16,16] @ models/lib/nn.yaml:79:7
%9100 = assign %9042, %9044 : i64[] @ models/lib/nn.yaml:79:7
%9101 = cast %3012 : f32[] @ models/lib/nn.yaml:79:7
%9102 = broadcast %9101 : f32[16,16] @ models/lib/nn.yaml:79:7
%9103 = mul %137, %9102 : f32[16,16] @ models/lib/nn.yaml:79:7
%9104 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9105 = sub %9104, %3012 : f64[] @ models/lib/nn.yaml:79:7
%9106 = cast %9105 : f32[] @ models/lib/nn.yaml:79:7
%9107 = broadcast %9106 : f32[16,16] @ models/lib/nn.yaml:79:7
%9108 = mul %9096, %9107 : f32[16,16] @ models/lib/nn.yaml:79:7
%9109 = add %9103, %9108 : f32[16,16] @ models/lib/nn.yaml:79:7
%9110 = assign %137, %9109 : f32[16,16] @ models/lib/nn.yaml:79:7
%9111 = all_reduce_sum %4142 : f32[16] @ models/lib/nn.yaml:80:7
%9112 = reshape %9111 : f32[16] @ models/lib/nn.yaml:80:7
%9113 = mul %9112, %9112 : f32[16] @ models/lib/nn.yaml:80:7
%9114 = reduce_sum %9113 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9115 = sqrt %9114 : f32[] @ models/lib/nn.yaml:80:7
%9116 = cast %9115 : f64[] @ models/lib/nn.yaml:80:7
%9117 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%9118 = add %9116, %9117 : f64[] @ models/lib/nn.yaml:80:7
%9119 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%9120 = div %9119, %9118 : f64[] @ models/lib/nn.yaml:80:7
%9121 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9122 = lt %9120, %9121 : bool[] @ models/lib/nn.yaml:80:7
%9123 = cast %9120 : f32[] @ models/lib/nn.yaml:80:7
%9124 = broadcast %9123 : f32[16] @ models/lib/nn.yaml:80:7
%9125 = mul %9111, %9124 : f32[16] @ models/lib/nn.yaml:80:7
%9126 = broadcast %9122 : bool[16] @ models/lib/nn.yaml:80:7
%9127 = select %9126, %9125, %9111 : f32[16] @ models/lib/nn.yaml:80:7
%9128 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9129 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9130 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9131 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%9132 = add %9130, %9131 : i64[] @ models/lib/nn.yaml:80:7
%9133 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%9134 = cast %9133 : f32[] @ models/lib/nn.yaml:80:7
%9135 = broadcast %9134 : f32[16] @ models/lib/nn.yaml:80:7
%9136 = mul %9127, %9135 : f32[16] @ models/lib/nn.yaml:80:7
%9137 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9138 = cast %9137 : f32[] @ models/lib/nn.yaml:80:7
%9139 = broadcast %9138 : f32[16] @ models/lib/nn.yaml:80:7
%9140 = mul %9128, %9139 : f32[16] @ models/lib/nn.yaml:80:7
%9141 = add %9140, %9136 : f32[16] @ models/lib/nn.yaml:80:7
%9142 = mul %9127, %9127 : f32[16] @ models/lib/nn.yaml:80:7
%9143 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%9144 = cast %9143 : f32[] @ models/lib/nn.yaml:80:7
%9145 = broadcast %9144 : f32[16] @ models/lib/nn.yaml:80:7
%9146 = mul %9142, %9145 : f32[16] @ models/lib/nn.yaml:80:7
%9147 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9148 = cast %9147 : f32[] @ models/lib/nn.yaml:80:7
%9149 = broadcast %9148 : f32[16] @ models/lib/nn.yaml:80:7
%9150 = mul %9129, %9149 : f32[16] @ models/lib/nn.yaml:80:7
%9151 = add %9150, %9146 : f32[16] @ models/lib/nn.yaml:80:7
%9152 = cast %9132 : f64[] @ models/lib/nn.yaml:80:7
%9153 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9154 = pow %9153, %9152 : f64[] @ models/lib/nn.yaml:80:7
%9155 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9156 = sub %9155, %9154 : f64[] @ models/lib/nn.yaml:80:7
%9157 = div %3010, %9156 : f64[] @ models/lib/nn.yaml:80:7
%9158 = cast %9132 : f64[] @ models/lib/nn.yaml:80:7
%9159 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9160 = pow %9159, %9158 : f64[] @ models/lib/nn.yaml:80:7
%9161 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9162 = sub %9161, %9160 : f64[] @ models/lib/nn.yaml:80:7
%9163 = sqrt %9162 : f64[] @ models/lib/nn.yaml:80:7
%9164 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9165 = div %9164, %9163 : f64[] @ models/lib/nn.yaml:80:7
%9166 = sqrt %9151 : f32[16] @ models/lib/nn.yaml:80:7
%9167 = cast %9165 : f32[] @ models/lib/nn.yaml:80:7
%9168 = broadcast %9167 : f32[16] @ models/lib/nn.yaml:80:7
%9169 = mul %9166, %9168 : f32[16] @ models/lib/nn.yaml:80:7
%9170 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%9171 = cast %9170 : f32[] @ models/lib/nn.yaml:80:7
%9172 = broadcast %9171 : f32[16] @ models/lib/nn.yaml:80:7
%9173 = add %9169, %9172 : f32[16] @ models/lib/nn.yaml:80:7
%9174 = div %9141, %9173 : f32[16] @ models/lib/nn.yaml:80:7
%9175 = cast %9157 : f32[] @ models/lib/nn.yaml:80:7
%9176 = broadcast %9175 : f32[16] @ models/lib/nn.yaml:80:7
%9177 = mul %9174, %9176 : f32[16] @ models/lib/nn.yaml:80:7
%9178 = sub %60, %9177 : f32[16] @ models/lib/nn.yaml:80:7
%9179 = assign %60, %9178 : f32[16] @ models/lib/nn.yaml:80:7
%9180 = assign %9128, %9141 : f32[16] @ models/lib/nn.yaml:80:7
%9181 = assign %9129, %9151 : f32[16] @ models/lib/nn.yaml:80:7
%9182 = assign %9130, %9132 : i64[] @ models/lib/nn.yaml:80:7
%9183 = cast %3012 : f32[] @ models/lib/nn.yaml:80:7
%9184 = broadcast %9183 : f32[16] @ models/lib/nn.yaml:80:7
%9185 = mul %138, %9184 : f32[16] @ models/lib/nn.yaml:80:7
%9186 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9187 = sub %9186, %3012 : f64[] @ models/lib/nn.yaml:80:7
%9188 = cast %9187 : f32[] @ models/lib/nn.yaml:80:7
%9189 = broadcast %9188 : f32[16] @ models/lib/nn.yaml:80:7
%9190 = mul %9178, %9189 : f32[16] @ models/lib/nn.yaml:80:7
%9191 = add %9185, %9190 : f32[16] @ models/lib/nn.yaml:80:7
%9192 = assign %138, %9191 : f32[16] @ models/lib/nn.yaml:80:7
%9193 = all_reduce_sum %4118 : f32[16] @ models/lib/nn.yaml:89:7
%9194 = reshape %9193 : f32[16] @ models/lib/nn.yaml:89:7
%9195 = mul %9194, %9194 : f32[16] @ models/lib/nn.yaml:89:7
%9196 = reduce_sum %9195 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9197 = sqrt %9196 : f32[] @ models/lib/nn.yaml:89:7
%9198 = cast %9197 : f64[] @ models/lib/nn.yaml:89:7
%9199 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%9200 = add %9198, %9199 : f64[] @ models/lib/nn.yaml:89:7
%9201 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%9202 = div %9201, %9200 : f64[] @ models/lib/nn.yaml:89:7
%9203 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9204 = lt %9202, %9203 : bool[] @ models/lib/nn.yaml:89:7
%9205 = cast %9202 : f32[] @ models/lib/nn.yaml:89:7
%9206 = broadcast %9205 : f32[16] @ models/lib/nn.yaml:89:7
%9207 = mul %9193, %9206 : f32[16] @ models/lib/nn.yaml:89:7
%9208 = broadcast %9204 : bool[16] @ models/lib/nn.yaml:89:7
%9209 = select %9208, %9207, %9193 : f32[16] @ models/lib/nn.yaml:89:7
%9210 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9211 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9212 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9213 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%9214 = add %9212, %9213 : i64[] @ models/lib/nn.yaml:89:7
%9215 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%9216 = cast %9215 : f32[] @ models/lib/nn.yaml:89:7
%9217 = broadcast %9216 : f32[16] @ models/lib/nn.yaml:89:7
%9218 = mul %9209, %9217 : f32[16] @ models/lib/nn.yaml:89:7
%9219 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%9220 = cast %9219 : f32[] @ models/lib/nn.yaml:89:7
%9221 = broadcast %9220 : f32[16] @ models/lib/nn.yaml:89:7
%9222 = mul %9210, %9221 : f32[16] @ models/lib/nn.yaml:89:7
%9223 = add %9222, %9218 : f32[16] @ models/lib/nn.yaml:89:7
%9224 = mul %9209, %9209 : f32[16] @ models/lib/nn.yaml:89:7
%9225 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%9226 = cast %9225 : f32[] @ models/lib/nn.yaml:89:7
%9227 = broadcast %9226 : f32[16] @ models/lib/nn.yaml:89:7
%9228 = mul %9224, %9227 : f32[16] @ models/lib/nn.yaml:89:7
%9229 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%9230 = cast %9229 : f32[] @ models/lib/nn.yaml:89:7
%9231 = broadcast %9230 : f32[16] @ models/lib/nn.yaml:89:7
%9232 = mul %9211, %9231 : f32[16] @ models/lib/nn.yaml:89:7
%9233 = add %9232, %9228 : f32[16] @ models/lib/nn.yaml:89:7
%9234 = cast %9214 : f64[] @ models/lib/nn.yaml:89:7
%9235 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%9236 = pow %9235, %9234 : f64[] @ models/lib/nn.yaml:89:7
%9237 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9238 = sub %9237, %9236 : f64[] @ models/lib/nn.yaml:89:7
%9239 = div %3010, %9238 : f64[] @ models/lib/nn.yaml:89:7
%9240 = cast %9214 : f64[] @ models/lib/nn.yaml:89:7
%9241 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%9242 = pow %9241, %9240 : f64[] @ models/lib/nn.yaml:89:7
%9243 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9244 = sub %9243, %9242 : f64[] @ models/lib/nn.yaml:89:7
%9245 = sqrt %9244 : f64[] @ models/lib/nn.yaml:89:7
%9246 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9247 = div %9246, %9245 : f64[] @ models/lib/nn.yaml:89:7
%9248 = sqrt %9233 : f32[16] @ models/lib/nn.yaml:89:7
%9249 = cast %9247 : f32[] @ models/lib/nn.yaml:89:7
%9250 = broadcast %9249 : f32[16] @ models/lib/nn.yaml:89:7
%9251 = mul %9248, %9250 : f32[16] @ models/lib/nn.yaml:89:7
%9252 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%9253 = cast %9252 : f32[] @ models/lib/nn.yaml:89:7
%9254 = broadcast %9253 : f32[16] @ models/lib/nn.yaml:89:7
%9255 = add %9251, %9254 : f32[16] @ models/lib/nn.yaml:89:7
%9256 = div %9223, %9255 : f32[16] @ models/lib/nn.yaml:89:7
%9257 = cast %9239 : f32[] @ models/lib/nn.yaml:89:7
%9258 = broadcast %9257 : f32[16] @ models/lib/nn.yaml:89:7
%9259 = mul %9256, %9258 : f32[16] @ models/lib/nn.yaml:89:7
%9260 = sub %61, %9259 : f32[16] @ models/lib/nn.yaml:89:7
%9261 = assign %61, %9260 : f32[16] @ models/lib/nn.yaml:89:7
%9262 = assign %9210, %9223 : f32[16] @ models/lib/nn.yaml:89:7
%9263 = assign %9211, %9233 : f32[16] @ models/lib/nn.yaml:89:7
%9264 = assign %9212, %9214 : i64[] @ models/lib/nn.yaml:89:7
%9265 = cast %3012 : f32[] @ models/lib/nn.yaml:89:7
%9266 = broadcast %9265 : f32[16] @ models/lib/nn.yaml:89:7
%9267 = mul %139, %9266 : f32[16] @ models/lib/nn.yaml:89:7
%9268 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9269 = sub %9268, %3012 : f64[] @ models/lib/nn.yaml:89:7
%9270 = cast %9269 : f32[] @ models/lib/nn.yaml:89:7
%9271 = broadcast %9270 : f32[16] @ models/lib/nn.yaml:89:7
%9272 = mul %9260, %9271 : f32[16] @ models/lib/nn.yaml:89:7
%9273 = add %9267, %9272 : f32[16] @ models/lib/nn.yaml:89:7
%9274 = assign %139, %9273 : f32[16] @ models/lib/nn.yaml:89:7
%9275 = all_reduce_sum %4113 : f32[16] @ models/lib/nn.yaml:90:7
%9276 = reshape %9275 : f32[16] @ models/lib/nn.yaml:90:7
%9277 = mul %9276, %9276 : f32[16] @ models/lib/nn.yaml:90:7
%9278 = reduce_sum %9277 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9279 = sqrt %9278 : f32[] @ models/lib/nn.yaml:90:7
%9280 = cast %9279 : f64[] @ models/lib/nn.yaml:90:7
%9281 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%9282 = add %9280, %9281 : f64[] @ models/lib/nn.yaml:90:7
%9283 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%9284 = div %9283, %9282 : f64[] @ models/lib/nn.yaml:90:7
%9285 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9286 = lt %9284, %9285 : bool[] @ models/lib/nn.yaml:90:7
%9287 = cast %9284 : f32[] @ models/lib/nn.yaml:90:7
%9288 = broadcast %9287 : f32[16] @ models/lib/nn.yaml:90:7
%9289 = mul %9275, %9288 : f32[16] @ models/lib/nn.yaml:90:7
%9290 = broadcast %9286 : bool[16] @ models/lib/nn.yaml:90:7
%9291 = select %9290, %9289, %9275 : f32[16] @ models/lib/nn.yaml:90:7
%9292 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9293 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9294 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9295 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%9296 = add %9294, %9295 : i64[] @ models/lib/nn.yaml:90:7
%9297 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%9298 = cast %9297 : f32[] @ models/lib/nn.yaml:90:7
%9299 = broadcast %9298 : f32[16] @ models/lib/nn.yaml:90:7
%9300 = mul %9291, %9299 : f32[16] @ models/lib/nn.yaml:90:7
%9301 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%9302 = cast %9301 : f32[] @ models/lib/nn.yaml:90:7
%9303 = broadcast %9302 : f32[16] @ models/lib/nn.yaml:90:7
%9304 = mul %9292, %9303 : f32[16] @ models/lib/nn.yaml:90:7
%9305 = add %9304, %9300 : f32[16] @ models/lib/nn.yaml:90:7
%9306 = mul %9291, %9291 : f32[16] @ models/lib/nn.yaml:90:7
%9307 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%9308 = cast %9307 : f32[] @ models/lib/nn.yaml:90:7
%9309 = broadcast %9308 : f32[16] @ models/lib/nn.yaml:90:7
%9310 = mul %9306, %9309 : f32[16] @ models/lib/nn.yaml:90:7
%9311 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%9312 = cast %9311 : f32[] @ models/lib/nn.yaml:90:7
%9313 = broadcast %9312 : f32[16] @ models/lib/nn.yaml:90:7
%9314 = mul %9293, %9313 : f32[16] @ models/lib/nn.yaml:90:7
%9315 = add %9314, %9310 : f32[16] @ models/lib/nn.yaml:90:7
%9316 = cast %9296 : f64[] @ models/lib/nn.yaml:90:7
%9317 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%9318 = pow %9317, %9316 : f64[] @ models/lib/nn.yaml:90:7
%9319 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9320 = sub %9319, %9318 : f64[] @ models/lib/nn.yaml:90:7
%9321 = div %3010, %9320 : f64[] @ models/lib/nn.yaml:90:7
%9322 = cast %9296 : f64[] @ models/lib/nn.yaml:90:7
%9323 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%9324 = pow %9323, %9322 : f64[] @ models/lib/nn.yaml:90:7
%9325 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9326 = sub %9325, %9324 : f64[] @ models/lib/nn.yaml:90:7
%9327 = sqrt %9326 : f64[] @ models/lib/nn.yaml:90:7
%9328 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9329 = div %9328, %9327 : f64[] @ models/lib/nn.yaml:90:7
%9330 = sqrt %9315 : f32[16] @ models/lib/nn.yaml:90:7
%9331 = cast %9329 : f32[] @ models/lib/nn.yaml:90:7
%9332 = broadcast %9331 : f32[16] @ models/lib/nn.yaml:90:7
%9333 = mul %9330, %9332 : f32[16] @ models/lib/nn.yaml:90:7
%9334 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%9335 = cast %9334 : f32[] @ models/lib/nn.yaml:90:7
%9336 = broadcast %9335 : f32[16] @ models/lib/nn.yaml:90:7
%9337 = add %9333, %9336 : f32[16] @ models/lib/nn.yaml:90:7
%9338 = div %9305, %9337 : f32[16] @ models/lib/nn.yaml:90:7
%9339 = cast %9321 : f32[] @ models/lib/nn.yaml:90:7
%9340 = broadcast %9339 : f32[16] @ models/lib/nn.yaml:90:7
%9341 = mul %9338, %9340 : f32[16] @ models/lib/nn.yaml:90:7
%9342 = sub %62, %9341 : f32[16] @ models/lib/nn.yaml:90:7
%9343 = assign %62, %9342 : f32[16] @ models/lib/nn.yaml:90:7
%9344 = assign %9292, %9305 : f32[16] @ models/lib/nn.yaml:90:7
%9345 = assign %9293, %9315 : f32[16] @ models/lib/nn.yaml:90:7
%9346 = assign %9294, %9296 : i64[] @ models/lib/nn.yaml:90:7
%9347 = cast %3012 : f32[] @ models/lib/nn.yaml:90:7
%9348 = broadcast %9347 : f32[16] @ models/lib/nn.yaml:90:7
%9349 = mul %140, %9348 : f32[16] @ models/lib/nn.yaml:90:7
%9350 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9351 = sub %9350, %3012 : f64[] @ models/lib/nn.yaml:90:7
%9352 = cast %9351 : f32[] @ models/lib/nn.yaml:90:7
%9353 = broadcast %9352 : f32[16] @ models/lib/nn.yaml:90:7
%9354 = mul %9342, %9353 : f32[16] @ models/lib/nn.yaml:90:7
%9355 = add %9349, %9354 : f32[16] @ models/lib/nn.yaml:90:7
%9356 = assign %140, %9355 : f32[16] @ models/lib/nn.yaml:90:7
%9357 = all_reduce_sum %4110 : f32[64,16] @ models/lib/nn.yaml:79:7
%9358 = reshape %9357 : f32[1024] @ models/lib/nn.yaml:79:7
%9359 = mul %9358, %9358 : f32[1024] @ models/lib/nn.yaml:79:7
%9360 = reduce_sum %9359 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9361 = sqrt %9360 : f32[] @ models/lib/nn.yaml:79:7
%9362 = cast %9361 : f64[] @ models/lib/nn.yaml:79:7
%9363 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%9364 = add %9362, %9363 : f64[] @ models/lib/nn.yaml:79:7
%9365 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%9366 = div %9365, %9364 : f64[] @ models/lib/nn.yaml:79:7
%9367 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9368 = lt %9366, %9367 : bool[] @ models/lib/nn.yaml:79:7
%9369 = cast %9366 : f32[] @ models/lib/nn.yaml:79:7
%9370 = broadcast %9369 : f32[64,16] @ models/lib/nn.yaml:79:7
%9371 = mul %9357, %9370 : f32[64,16] @ models/lib/nn.yaml:79:7
%9372 = broadcast %9368 : bool[64,16] @ models/lib/nn.yaml:79:7
%9373 = select %9372, %9371, %9357 : f32[64,16] @ models/lib/nn.yaml:79:7
%9374 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9375 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9376 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9377 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%9378 = add %9376, %9377 : i64[] @ models/lib/nn.yaml:79:7
%9379 = mul %3010, %3011 : f64[] @ models/lib/nn.yaml:79:7
%9380 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9381 = sub %9380, %9379 : f64[] @ models/lib/nn.yaml:79:7
%9382 = cast %9381 : f32[] @ models/lib/nn.yaml:79:7
%9383 = broadcast %9382 : f32[64,16] @ models/lib/nn.yaml:79:7
%9384 = mul %63, %9383 : f32[64,16] @ models/lib/nn.yaml:79:7
%9385 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%9386 = cast %9385 : f32[] @ models/lib/nn.yaml:79:7
%9387 = broadcast %9386 : f32[64,16] @ models/lib/nn.yaml:79:7
%9388 = mul %9373, %9387 : f32[64,16] @ models/lib/nn.yaml:79:7
%9389 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9390 = cast %9389 : f32[] @ models/lib/nn.yaml:79:7
%9391 = broadcast %9390 : f32[64,16] @ models/lib/nn.yaml:79:7
%9392 = mul %9374, %9391 : f32[64,16] @ models/lib/nn.yaml:79:7
%9393 = add %9392, %9388 : f32[64,16] @ models/lib/nn.yaml:79:7
%9394 = mul %9373, %9373 : f32[64,16] @ models/lib/nn.yaml:79:7
%9395 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%9396 = cast %9395 : f32[] @ models/lib/nn.yaml:79:7
%9397 = broadcast %9396 : f32[64,16] @ models/lib/nn.yaml:79:7
%9398 = mul %9394, %9397 : f32[64,16] @ models/lib/nn.yaml:79:7
%9399 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9400 = cast %9399 : f32[] @ models/lib/nn.yaml:79:7
%9401 = broadcast %9400 : f32[64,16] @ models/lib/nn.yaml:79:7
%9402 = mul %9375, %9401 : f32[64,16] @ models/lib/nn.yaml:79:7
%9403 = add %9402, %9398 : f32[64,16] @ models/lib/nn.yaml:79:7
%9404 = cast %9378 : f64[] @ models/lib/nn.yaml:79:7
%9405 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9406 = pow %9405, %9404 : f64[] @ models/lib/nn.yaml:79:7
%9407 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9408 = sub %9407, %9406 : f64[] @ models/lib/nn.yaml:79:7
%9409 = div %3010, %9408 : f64[] @ models/lib/nn.yaml:79:7
%9410 = cast %9378 : f64[] @ models/lib/nn.yaml:79:7
%9411 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9412 = pow %9411, %9410 : f64[] @ models/lib/nn.yaml:79:7
%9413 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9414 = sub %9413, %9412 : f64[] @ models/lib/nn.yaml:79:7
%9415 = sqrt %9414 : f64[] @ models/lib/nn.yaml:79:7
%9416 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9417 = div %9416, %9415 : f64[] @ models/lib/nn.yaml:79:7
%9418 = sqrt %9403 : f32[64,16] @ models/lib/nn.yaml:79:7
%9419 = cast %9417 : f32[] @ models/lib/nn.yaml:79:7
%9420 = broadcast %9419 : f32[64,16] @ models/lib/nn.yaml:79:7
%9421 = mul %9418, %9420 : f32[64,16] @ models/lib/nn.yaml:79:7
%9422 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%9423 = cast %9422 : f32[] @ models/lib/nn.yaml:79:7
%9424 = broadcast %9423 : f32[64,16] @ models/lib/nn.yaml:79:7
%9425 = add %9421, %9424 : f32[64,16] @ models/lib/nn.yaml:79:7
%9426 = div %9393, %9425 : f32[64,16] @ models/lib/nn.yaml:79:7
%9427 = cast %9409 : f32[] @ models/lib/nn.yaml:79:7
%9428 = broadcast %9427 : f32[64,16] @ models/lib/nn.yaml:79:7
%9429 = mul %9426, %9428 : f32[64,16] @ models/lib/nn.yaml:79:7
%9430 = sub %9384, %9429 : f32[64,16] @ models/lib/nn.yaml:79:7
%9431 = assign %63, %9430 : f32[64,16] @ models/lib/nn.yaml:79:7
%9432 = assign %9374, %9393 : f32[64,16] @ models/lib/nn.yaml:79:7
%9433 = assign %9375, %9403 : f32[64,16] @ models/lib/nn.yaml:79:7
%9434 = assign %9376, %9378 : i64[] @ models/lib/nn.yaml:79:7
%9435 = cast %3012 : f32[] @ models/lib/nn.yaml:79:7
%9436 = broadcast %9435 : f32[64,16] @ models/lib/nn.yaml:79:7
%9437 = mul %141, %9436 : f32[64,16] @ models/lib/nn.yaml:79:7
%9438 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9439 = sub %9438, %3012 : f64[] @ models/lib/nn.yaml:79:7
%9440 = cast %9439 : f32[] @ models/lib/nn.yaml:79:7
%9441 = broadcast %9440 : f32[64,16] @ models/lib/nn.yaml:79:7
%9442 = mul %9430, %9441 : f32[64,16] @ models/lib/nn.yaml:79:7
%9443 = add %9437, %9442 : f32[64,16] @ models/lib/nn.yaml:79:7
%9444 = assign %141, %9443 : f32[64,16] @ models/lib/nn.yaml:79:7
%9445 = all_reduce_sum %4105 : f32[64] @ models/lib/nn.yaml:80:7
%9446 = reshape %9445 : f32[64] @ models/lib/nn.yaml:80:7
%9447 = mul %9446, %9446 : f32[64] @ models/lib/nn.yaml:80:7
%9448 = reduce_sum %9447 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9449 = sqrt %9448 : f32[] @ models/lib/nn.yaml:80:7
%9450 = cast %9449 : f64[] @ models/lib/nn.yaml:80:7
%9451 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%9452 = add %9450, %9451 : f64[] @ models/lib/nn.yaml:80:7
%9453 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%9454 = div %9453, %9452 : f64[] @ models/lib/nn.yaml:80:7
%9455 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9456 = lt %9454, %9455 : bool[] @ models/lib/nn.yaml:80:7
%9457 = cast %9454 : f32[] @ models/lib/nn.yaml:80:7
%9458 = broadcast %9457 : f32[64] @ models/lib/nn.yaml:80:7
%9459 = mul %9445, %9458 : f32[64] @ models/lib/nn.yaml:80:7
%9460 = broadcast %9456 : bool[64] @ models/lib/nn.yaml:80:7
%9461 = select %9460, %9459, %9445 : f32[64] @ models/lib/nn.yaml:80:7
%9462 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9463 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9464 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9465 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%9466 = add %9464, %9465 : i64[] @ models/lib/nn.yaml:80:7
%9467 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%9468 = cast %9467 : f32[] @ models/lib/nn.yaml:80:7
%9469 = broadcast %9468 : f32[64] @ models/lib/nn.yaml:80:7
%9470 = mul %9461, %9469 : f32[64] @ models/lib/nn.yaml:80:7
%9471 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9472 = cast %9471 : f32[] @ models/lib/nn.yaml:80:7
%9473 = broadcast %9472 : f32[64] @ models/lib/nn.yaml:80:7
%9474 = mul %9462, %9473 : f32[64] @ models/lib/nn.yaml:80:7
%9475 = add %9474, %9470 : f32[64] @ models/lib/nn.yaml:80:7
%9476 = mul %9461, %9461 : f32[64] @ models/lib/nn.yaml:80:7
%9477 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%9478 = cast %9477 : f32[] @ models/lib/nn.yaml:80:7
%9479 = broadcast %9478 : f32[64] @ models/lib/nn.yaml:80:7
%9480 = mul %9476, %9479 : f32[64] @ models/lib/nn.yaml:80:7
%9481 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9482 = cast %9481 : f32[] @ models/lib/nn.yaml:80:7
%9483 = broadcast %9482 : f32[64] @ models/lib/nn.yaml:80:7
%9484 = mul %9463, %9483 : f32[64] @ models/lib/nn.yaml:80:7
%9485 = add %9484, %9480 : f32[64] @ models/lib/nn.yaml:80:7
%9486 = cast %9466 : f64[] @ models/lib/nn.yaml:80:7
%9487 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9488 = pow %9487, %9486 : f64[] @ models/lib/nn.yaml:80:7
%9489 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9490 = sub %9489, %9488 : f64[] @ models/lib/nn.yaml:80:7
%9491 = div %3010, %9490 : f64[] @ models/lib/nn.yaml:80:7
%9492 = cast %9466 : f64[] @ models/lib/nn.yaml:80:7
%9493 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9494 = pow %9493, %9492 : f64[] @ models/lib/nn.yaml:80:7
%9495 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9496 = sub %9495, %9494 : f64[] @ models/lib/nn.yaml:80:7
%9497 = sqrt %9496 : f64[] @ models/lib/nn.yaml:80:7
%9498 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9499 = div %9498, %9497 : f64[] @ models/lib/nn.yaml:80:7
%9500 = sqrt %9485 : f32[64] @ models/lib/nn.yaml:80:7
%9501 = cast %9499 : f32[] @ models/lib/nn.yaml:80:7
%9502 = broadcast %9501 : f32[64] @ models/lib/nn.yaml:80:7
%9503 = mul %9500, %9502 : f32[64] @ models/lib/nn.yaml:80:7
%9504 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%9505 = cast %9504 : f32[] @ models/lib/nn.yaml:80:7
%9506 = broadcast %9505 : f32[64] @ models/lib/nn.yaml:80:7
%9507 = add %9503, %9506 : f32[64] @ models/lib/nn.yaml:80:7
%9508 = div %9475, %9507 : f32[64] @ models/lib/nn.yaml:80:7
%9509 = cast %9491 : f32[] @ models/lib/nn.yaml:80:7
%9510 = broadcast %9509 : f32[64] @ models/lib/nn.yaml:80:7
%9511 = mul %9508, %9510 : f32[64] @ models/lib/nn.yaml:80:7
%9512 = sub %64, %9511 : f32[64] @ models/lib/nn.yaml:80:7
%9513 = assign %64, %9512 : f32[64] @ models/lib/nn.yaml:80:7
%9514 = assign %9462, %9475 : f32[64] @ models/lib/nn.yaml:80:7
%9515 = assign %9463, %9485 : f32[64] @ models/lib/nn.yaml:80:7
%9516 = assign %9464, %9466 : i64[] @ models/lib/nn.yaml:80:7
%9517 = cast %3012 : f32[] @ models/lib/nn.yaml:80:7
%9518 = broadcast %9517 : f32[64] @ models/lib/nn.yaml:80:7
%9519 = mul %142, %9518 : f32[64] @ models/lib/nn.yaml:80:7
%9520 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9521 = sub %9520, %3012 : f64[] @ models/lib/nn.yaml:80:7
%9522 = cast %9521 : f32[] @ models/lib/nn.yaml:80:7
%9523 = broadcast %9522 : f32[64] @ models/lib/nn.yaml:80:7
%9524 = mul %9512, %9523 : f32[64] @ models/lib/nn.yaml:80:7
%9525 = add %9519, %9524 : f32[64] @ models/lib/nn.yaml:80:7
%9526 = assign %142, %9525 : f32[64] @ models/lib/nn.yaml:80:7
%9527 = all_reduce_sum %4090 : f32[16,64] @ models/lib/nn.yaml:79:7
%9528 = reshape %9527 : f32[1024] @ models/lib/nn.yaml:79:7
%9529 = mul %9528, %9528 : f32[1024] @ models/lib/nn.yaml:79:7
%9530 = reduce_sum %9529 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9531 = sqrt %9530 : f32[] @ models/lib/nn.yaml:79:7
%9532 = cast %9531 : f64[] @ models/lib/nn.yaml:79:7
%9533 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%9534 = add %9532, %9533 : f64[] @ models/lib/nn.yaml:79:7
%9535 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%9536 = div %9535, %9534 : f64[] @ models/lib/nn.yaml:79:7
%9537 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9538 = lt %9536, %9537 : bool[] @ models/lib/nn.yaml:79:7
%9539 = cast %9536 : f32[] @ models/lib/nn.yaml:79:7
%9540 = broadcast %9539 : f32[16,64] @ models/lib/nn.yaml:79:7
%9541 = mul %9527, %9540 : f32[16,64] @ models/lib/nn.yaml:79:7
%9542 = broadcast %9538 : bool[16,64] @ models/lib/nn.yaml:79:7
%9543 = select %9542, %9541, %9527 : f32[16,64] @ models/lib/nn.yaml:79:7
%9544 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9545 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9546 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9547 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%9548 = add %9546, %9547 : i64[] @ models/lib/nn.yaml:79:7
%9549 = mul %3010, %3011 : f64[] @ models/lib/nn.yaml:79:7
%9550 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9551 = sub %9550, %9549 : f64[] @ models/lib/nn.yaml:79:7
%9552 = cast %9551 : f32[] @ models/lib/nn.yaml:79:7
%9553 = broadcast %9552 : f32[16,64] @ models/lib/nn.yaml:79:7
%9554 = mul %65, %9553 : f32[16,64] @ models/lib/nn.yaml:79:7
%9555 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%9556 = cast %9555 : f32[] @ models/lib/nn.yaml:79:7
%9557 = broadcast %9556 : f32[16,64] @ models/lib/nn.yaml:79:7
%9558 = mul %9543, %9557 : f32[16,64] @ models/lib/nn.yaml:79:7
%9559 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9560 = cast %9559 : f32[] @ models/lib/nn.yaml:79:7
%9561 = broadcast %9560 : f32[16,64] @ models/lib/nn.yaml:79:7
%9562 = mul %9544, %9561 : f32[16,64] @ models/lib/nn.yaml:79:7
%9563 = add %9562, %9558 : f32[16,64] @ models/lib/nn.yaml:79:7
%9564 = mul %9543, %9543 : f32[16,64] @ models/lib/nn.yaml:79:7
%9565 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%9566 = cast %9565 : f32[] @ models/lib/nn.yaml:79:7
%9567 = broadcast %9566 : f32[16,64] @ models/lib/nn.yaml:79:7
%9568 = mul %9564, %9567 : f32[16,64] @ models/lib/nn.yaml:79:7
%9569 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9570 = cast %9569 : f32[] @ models/lib/nn.yaml:79:7
%9571 = broadcast %9570 : f32[16,64] @ models/lib/nn.yaml:79:7
%9572 = mul %9545, %9571 : f32[16,64] @ models/lib/nn.yaml:79:7
%9573 = add %9572, %9568 : f32[16,64] @ models/lib/nn.yaml:79:7
%9574 = cast %9548 : f64[] @ models/lib/nn.yaml:79:7
%9575 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9576 = pow %9575, %9574 : f64[] @ models/lib/nn.yaml:79:7
%9577 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9578 = sub %9577, %9576 : f64[] @ models/lib/nn.yaml:79:7
%9579 = div %3010, %9578 : f64[] @ models/lib/nn.yaml:79:7
%9580 = cast %9548 : f64[] @ models/lib/nn.yaml:79:7
%9581 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9582 = pow %9581, %9580 : f64[] @ models/lib/nn.yaml:79:7
%9583 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9584 = sub %9583, %9582 : f64[] @ models/lib/nn.yaml:79:7
%9585 = sqrt %9584 : f64[] @ models/lib/nn.yaml:79:7
%9586 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9587 = div %9586, %9585 : f64[] @ models/lib/nn.yaml:79:7
%9588 = sqrt %9573 : f32[16,64] @ models/lib/nn.yaml:79:7
%9589 = cast %9587 : f32[] @ models/lib/nn.yaml:79:7
%9590 = broadcast %9589 : f32[16,64] @ models/lib/nn.yaml:79:7
%9591 = mul %9588, %9590 : f32[16,64] @ models/lib/nn.yaml:79:7
%9592 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%9593 = cast %9592 : f32[] @ models/lib/nn.yaml:79:7
%9594 = broadcast %9593 : f32[16,64] @ models/lib/nn.yaml:79:7
%9595 = add %9591, %9594 : f32[16,64] @ models/lib/nn.yaml:79:7
%9596 = div %9563, %9595 : f32[16,64] @ models/lib/nn.yaml:79:7
%9597 = cast %9579 : f32[] @ models/lib/nn.yaml:79:7
%9598 = broadcast %9597 : f32[16,64] @ models/lib/nn.yaml:79:7
%9599 = mul %9596, %9598 : f32[16,64] @ models/lib/nn.yaml:79:7
%9600 = sub %9554, %9599 : f32[16,64] @ models/lib/nn.yaml:79:7
%9601 = assign %65, %9600 : f32[16,64] @ models/lib/nn.yaml:79:7
%9602 = assign %9544, %9563 : f32[16,64] @ models/lib/nn.yaml:79:7
%9603 = assign %9545, %9573 : f32[16,64] @ models/lib/nn.yaml:79:7
%9604 = assign %9546, %9548 : i64[] @ models/lib/nn.yaml:79:7
%9605 = cast %3012 : f32[] @ models/lib/nn.yaml:79:7
%9606 = broadcast %9605 : f32[16,64] @ models/lib/nn.yaml:79:7
%9607 = mul %143, %9606 : f32[16,64] @ models/lib/nn.yaml:79:7
%9608 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9609 = sub %9608, %3012 : f64[] @ models/lib/nn.yaml:79:7
%9610 = cast %9609 : f32[] @ models/lib/nn.yaml:79:7
%9611 = broadcast %9610 : f32[16,64] @ models/lib/nn.yaml:79:7
%9612 = mul %9600, %9611 : f32[16,64] @ models/lib/nn.yaml:79:7
%9613 = add %9607, %9612 : f32[16,64] @ models/lib/nn.yaml:79:7
%9614 = assign %143, %9613 : f32[16,64] @ models/lib/nn.yaml:79:7
%9615 = all_reduce_sum %4085 : f32[16] @ models/lib/nn.yaml:80:7
%9616 = reshape %9615 : f32[16] @ models/lib/nn.yaml:80:7
%9617 = mul %9616, %9616 : f32[16] @ models/lib/nn.yaml:80:7
%9618 = reduce_sum %9617 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9619 = sqrt %9618 : f32[] @ models/lib/nn.yaml:80:7
%9620 = cast %9619 : f64[] @ models/lib/nn.yaml:80:7
%9621 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%9622 = add %9620, %9621 : f64[] @ models/lib/nn.yaml:80:7
%9623 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%9624 = div %9623, %9622 : f64[] @ models/lib/nn.yaml:80:7
%9625 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9626 = lt %9624, %9625 : bool[] @ models/lib/nn.yaml:80:7
%9627 = cast %9624 : f32[] @ models/lib/nn.yaml:80:7
%9628 = broadcast %9627 : f32[16] @ models/lib/nn.yaml:80:7
%9629 = mul %9615, %9628 : f32[16] @ models/lib/nn.yaml:80:7
%9630 = broadcast %9626 : bool[16] @ models/lib/nn.yaml:80:7
%9631 = select %9630, %9629, %9615 : f32[16] @ models/lib/nn.yaml:80:7
%9632 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9633 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9634 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9635 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%9636 = add %9634, %9635 : i64[] @ models/lib/nn.yaml:80:7
%9637 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%9638 = cast %9637 : f32[] @ models/lib/nn.yaml:80:7
%9639 = broadcast %9638 : f32[16] @ models/lib/nn.yaml:80:7
%9640 = mul %9631, %9639 : f32[16] @ models/lib/nn.yaml:80:7
%9641 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9642 = cast %9641 : f32[] @ models/lib/nn.yaml:80:7
%9643 = broadcast %9642 : f32[16] @ models/lib/nn.yaml:80:7
%9644 = mul %9632, %9643 : f32[16] @ models/lib/nn.yaml:80:7
%9645 = add %9644, %9640 : f32[16] @ models/lib/nn.yaml:80:7
%9646 = mul %9631, %9631 : f32[16] @ models/lib/nn.yaml:80:7
%9647 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%9648 = cast %9647 : f32[] @ models/lib/nn.yaml:80:7
%9649 = broadcast %9648 : f32[16] @ models/lib/nn.yaml:80:7
%9650 = mul %9646, %9649 : f32[16] @ models/lib/nn.yaml:80:7
%9651 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9652 = cast %9651 : f32[] @ models/lib/nn.yaml:80:7
%9653 = broadcast %9652 : f32[16] @ models/lib/nn.yaml:80:7
%9654 = mul %9633, %9653 : f32[16] @ models/lib/nn.yaml:80:7
%9655 = add %9654, %9650 : f32[16] @ models/lib/nn.yaml:80:7
%9656 = cast %9636 : f64[] @ models/lib/nn.yaml:80:7
%9657 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9658 = pow %9657, %9656 : f64[] @ models/lib/nn.yaml:80:7
%9659 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9660 = sub %9659, %9658 : f64[] @ models/lib/nn.yaml:80:7
%9661 = div %3010, %9660 : f64[] @ models/lib/nn.yaml:80:7
%9662 = cast %9636 : f64[] @ models/lib/nn.yaml:80:7
%9663 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9664 = pow %9663, %9662 : f64[] @ models/lib/nn.yaml:80:7
%9665 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9666 = sub %9665, %9664 : f64[] @ models/lib/nn.yaml:80:7
%9667 = sqrt %9666 : f64[] @ models/lib/nn.yaml:80:7
%9668 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9669 = div %9668, %9667 : f64[] @ models/lib/nn.yaml:80:7
%9670 = sqrt %9655 : f32[16] @ models/lib/nn.yaml:80:7
%9671 = cast %9669 : f32[] @ models/lib/nn.yaml:80:7
%9672 = broadcast %9671 : f32[16] @ models/lib/nn.yaml:80:7
%9673 = mul %9670, %9672 : f32[16] @ models/lib/nn.yaml:80:7
%9674 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%9675 = cast %9674 : f32[] @ models/lib/nn.yaml:80:7
%9676 = broadcast %9675 : f32[16] @ models/lib/nn.yaml:80:7
%9677 = add %9673, %9676 : f32[16] @ models/lib/nn.yaml:80:7
%9678 = div %9645, %9677 : f32[16] @ models/lib/nn.yaml:80:7
%9679 = cast %9661 : f32[] @ models/lib/nn.yaml:80:7
%9680 = broadcast %9679 : f32[16] @ models/lib/nn.yaml:80:7
%9681 = mul %9678, %9680 : f32[16] @ models/lib/nn.yaml:80:7
%9682 = sub %66, %9681 : f32[16] @ models/lib/nn.yaml:80:7
%9683 = assign %66, %9682 : f32[16] @ models/lib/nn.yaml:80:7
%9684 = assign %9632, %9645 : f32[16] @ models/lib/nn.yaml:80:7
%9685 = assign %9633, %9655 : f32[16] @ models/lib/nn.yaml:80:7
%9686 = assign %9634, %9636 : i64[] @ models/lib/nn.yaml:80:7
%9687 = cast %3012 : f32[] @ models/lib/nn.yaml:80:7
%9688 = broadcast %9687 : f32[16] @ models/lib/nn.yaml:80:7
%9689 = mul %144, %9688 : f32[16] @ models/lib/nn.yaml:80:7
%9690 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9691 = sub %9690, %3012 : f64[] @ models/lib/nn.yaml:80:7
%9692 = cast %9691 : f32[] @ models/lib/nn.yaml:80:7
%9693 = broadcast %9692 : f32[16] @ models/lib/nn.yaml:80:7
%9694 = mul %9682, %9693 : f32[16] @ models/lib/nn.yaml:80:7
%9695 = add %9689, %9694 : f32[16] @ models/lib/nn.yaml:80:7
%9696 = assign %144, %9695 : f32[16] @ models/lib/nn.yaml:80:7
%9697 = all_reduce_sum %4060 : f32[16] @ models/lib/nn.yaml:89:7
%9698 = reshape %9697 : f32[16] @ models/lib/nn.yaml:89:7
%9699 = mul %9698, %9698 : f32[16] @ models/lib/nn.yaml:89:7
%9700 = reduce_sum %9699 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9701 = sqrt %9700 : f32[] @ models/lib/nn.yaml:89:7
%9702 = cast %9701 : f64[] @ models/lib/nn.yaml:89:7
%9703 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%9704 = add %9702, %9703 : f64[] @ models/lib/nn.yaml:89:7
%9705 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%9706 = div %9705, %9704 : f64[] @ models/lib/nn.yaml:89:7
%9707 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9708 = lt %9706, %9707 : bool[] @ models/lib/nn.yaml:89:7
%9709 = cast %9706 : f32[] @ models/lib/nn.yaml:89:7
%9710 = broadcast %9709 : f32[16] @ models/lib/nn.yaml:89:7
%9711 = mul %9697, %9710 : f32[16] @ models/lib/nn.yaml:89:7
%9712 = broadcast %9708 : bool[16] @ models/lib/nn.yaml:89:7
%9713 = select %9712, %9711, %9697 : f32[16] @ models/lib/nn.yaml:89:7
%9714 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9715 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9716 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9717 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%9718 = add %9716, %9717 : i64[] @ models/lib/nn.yaml:89:7
%9719 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%9720 = cast %9719 : f32[] @ models/lib/nn.yaml:89:7
%9721 = broadcast %9720 : f32[16] @ models/lib/nn.yaml:89:7
%9722 = mul %9713, %9721 : f32[16] @ models/lib/nn.yaml:89:7
%9723 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%9724 = cast %9723 : f32[] @ models/lib/nn.yaml:89:7
%9725 = broadcast %9724 : f32[16] @ models/lib/nn.yaml:89:7
%9726 = mul %9714, %9725 : f32[16] @ models/lib/nn.yaml:89:7
%9727 = add %9726, %9722 : f32[16] @ models/lib/nn.yaml:89:7
%9728 = mul %9713, %9713 : f32[16] @ models/lib/nn.yaml:89:7
%9729 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%9730 = cast %9729 : f32[] @ models/lib/nn.yaml:89:7
%9731 = broadcast %9730 : f32[16] @ models/lib/nn.yaml:89:7
%9732 = mul %9728, %9731 : f32[16] @ models/lib/nn.yaml:89:7
%9733 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%9734 = cast %9733 : f32[] @ models/lib/nn.yaml:89:7
%9735 = broadcast %9734 : f32[16] @ models/lib/nn.yaml:89:7
%9736 = mul %9715, %9735 : f32[16] @ models/lib/nn.yaml:89:7
%9737 = add %9736, %9732 : f32[16] @ models/lib/nn.yaml:89:7
%9738 = cast %9718 : f64[] @ models/lib/nn.yaml:89:7
%9739 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%9740 = pow %9739, %9738 : f64[] @ models/lib/nn.yaml:89:7
%9741 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9742 = sub %9741, %9740 : f64[] @ models/lib/nn.yaml:89:7
%9743 = div %3010, %9742 : f64[] @ models/lib/nn.yaml:89:7
%9744 = cast %9718 : f64[] @ models/lib/nn.yaml:89:7
%9745 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%9746 = pow %9745, %9744 : f64[] @ models/lib/nn.yaml:89:7
%9747 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9748 = sub %9747, %9746 : f64[] @ models/lib/nn.yaml:89:7
%9749 = sqrt %9748 : f64[] @ models/lib/nn.yaml:89:7
%9750 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9751 = div %9750, %9749 : f64[] @ models/lib/nn.yaml:89:7
%9752 = sqrt %9737 : f32[16] @ models/lib/nn.yaml:89:7
%9753 = cast %9751 : f32[] @ models/lib/nn.yaml:89:7
%9754 = broadcast %9753 : f32[16] @ models/lib/nn.yaml:89:7
%9755 = mul %9752, %9754 : f32[16] @ models/lib/nn.yaml:89:7
%9756 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%9757 = cast %9756 : f32[] @ models/lib/nn.yaml:89:7
%9758 = broadcast %9757 : f32[16] @ models/lib/nn.yaml:89:7
%9759 = add %9755, %9758 : f32[16] @ models/lib/nn.yaml:89:7
%9760 = div %9727, %9759 : f32[16] @ models/lib/nn.yaml:89:7
%9761 = cast %9743 : f32[] @ models/lib/nn.yaml:89:7
%9762 = broadcast %9761 : f32[16] @ models/lib/nn.yaml:89:7
%9763 = mul %9760, %9762 : f32[16] @ models/lib/nn.yaml:89:7
%9764 = sub %67, %9763 : f32[16] @ models/lib/nn.yaml:89:7
%9765 = assign %67, %9764 : f32[16] @ models/lib/nn.yaml:89:7
%9766 = assign %9714, %9727 : f32[16] @ models/lib/nn.yaml:89:7
%9767 = assign %9715, %9737 : f32[16] @ models/lib/nn.yaml:89:7
%9768 = assign %9716, %9718 : i64[] @ models/lib/nn.yaml:89:7
%9769 = cast %3012 : f32[] @ models/lib/nn.yaml:89:7
%9770 = broadcast %9769 : f32[16] @ models/lib/nn.yaml:89:7
%9771 = mul %145, %9770 : f32[16] @ models/lib/nn.yaml:89:7
%9772 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9773 = sub %9772, %3012 : f64[] @ models/lib/nn.yaml:89:7
%9774 = cast %9773 : f32[] @ models/lib/nn.yaml:89:7
%9775 = broadcast %9774 : f32[16] @ models/lib/nn.yaml:89:7
%9776 = mul %9764, %9775 : f32[16] @ models/lib/nn.yaml:89:7
%9777 = add %9771, %9776 : f32[16] @ models/lib/nn.yaml:89:7
%9778 = assign %145, %9777 : f32[16] @ models/lib/nn.yaml:89:7
%9779 = all_reduce_sum %4055 : f32[16] @ models/lib/nn.yaml:90:7
%9780 = reshape %9779 : f32[16] @ models/lib/nn.yaml:90:7
%9781 = mul %9780, %9780 : f32[16] @ models/lib/nn.yaml:90:7
%9782 = reduce_sum %9781 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9783 = sqrt %9782 : f32[] @ models/lib/nn.yaml:90:7
%9784 = cast %9783 : f64[] @ models/lib/nn.yaml:90:7
%9785 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%9786 = add %9784, %9785 : f64[] @ models/lib/nn.yaml:90:7
%9787 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%9788 = div %9787, %9786 : f64[] @ models/lib/nn.yaml:90:7
%9789 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9790 = lt %9788, %9789 : bool[] @ models/lib/nn.yaml:90:7
%9791 = cast %9788 : f32[] @ models/lib/nn.yaml:90:7
%9792 = broadcast %9791 : f32[16] @ models/lib/nn.yaml:90:7
%9793 = mul %9779, %9792 : f32[16] @ models/lib/nn.yaml:90:7
%9794 = broadcast %9790 : bool[16] @ models/lib/nn.yaml:90:7
%9795 = select %9794, %9793, %9779 : f32[16] @ models/lib/nn.yaml:90:7
%9796 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9797 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9798 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9799 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%9800 = add %9798, %9799 : i64[] @ models/lib/nn.yaml:90:7
%9801 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%9802 = cast %9801 : f32[] @ models/lib/nn.yaml:90:7
%9803 = broadcast %9802 : f32[16] @ models/lib/nn.yaml:90:7
%9804 = mul %9795, %9803 : f32[16] @ models/lib/nn.yaml:90:7
%9805 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%9806 = cast %9805 : f32[] @ models/lib/nn.yaml:90:7
%9807 = broadcast %9806 : f32[16] @ models/lib/nn.yaml:90:7
%9808 = mul %9796, %9807 : f32[16] @ models/lib/nn.yaml:90:7
%9809 = add %9808, %9804 : f32[16] @ models/lib/nn.yaml:90:7
%9810 = mul %9795, %9795 : f32[16] @ models/lib/nn.yaml:90:7
%9811 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%9812 = cast %9811 : f32[] @ models/lib/nn.yaml:90:7
%9813 = broadcast %9812 : f32[16] @ models/lib/nn.yaml:90:7
%9814 = mul %9810, %9813 : f32[16] @ models/lib/nn.yaml:90:7
%9815 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%9816 = cast %9815 : f32[] @ models/lib/nn.yaml:90:7
%9817 = broadcast %9816 : f32[16] @ models/lib/nn.yaml:90:7
%9818 = mul %9797, %9817 : f32[16] @ models/lib/nn.yaml:90:7
%9819 = add %9818, %9814 : f32[16] @ models/lib/nn.yaml:90:7
%9820 = cast %9800 : f64[] @ models/lib/nn.yaml:90:7
%9821 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%9822 = pow %9821, %9820 : f64[] @ models/lib/nn.yaml:90:7
%9823 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9824 = sub %9823, %9822 : f64[] @ models/lib/nn.yaml:90:7
%9825 = div %3010, %9824 : f64[] @ models/lib/nn.yaml:90:7
%9826 = cast %9800 : f64[] @ models/lib/nn.yaml:90:7
%9827 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%9828 = pow %9827, %9826 : f64[] @ models/lib/nn.yaml:90:7
%9829 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9830 = sub %9829, %9828 : f64[] @ models/lib/nn.yaml:90:7
%9831 = sqrt %9830 : f64[] @ models/lib/nn.yaml:90:7
%9832 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9833 = div %9832, %9831 : f64[] @ models/lib/nn.yaml:90:7
%9834 = sqrt %9819 : f32[16] @ models/lib/nn.yaml:90:7
%9835 = cast %9833 : f32[] @ models/lib/nn.yaml:90:7
%9836 = broadcast %9835 : f32[16] @ models/lib/nn.yaml:90:7
%9837 = mul %9834, %9836 : f32[16] @ models/lib/nn.yaml:90:7
%9838 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%9839 = cast %9838 : f32[] @ models/lib/nn.yaml:90:7
%9840 = broadcast %9839 : f32[16] @ models/lib/nn.yaml:90:7
%9841 = add %9837, %9840 : f32[16] @ models/lib/nn.yaml:90:7
%9842 = div %9809, %9841 : f32[16] @ models/lib/nn.yaml:90:7
%9843 = cast %9825 : f32[] @ models/lib/nn.yaml:90:7
%9844 = broadcast %9843 : f32[16] @ models/lib/nn.yaml:90:7
%9845 = mul %9842, %9844 : f32[16] @ models/lib/nn.yaml:90:7
%9846 = sub %68, %9845 : f32[16] @ models/lib/nn.yaml:90:7
%9847 = assign %68, %9846 : f32[16] @ models/lib/nn.yaml:90:7
%9848 = assign %9796, %9809 : f32[16] @ models/lib/nn.yaml:90:7
%9849 = assign %9797, %9819 : f32[16] @ models/lib/nn.yaml:90:7
%9850 = assign %9798, %9800 : i64[] @ models/lib/nn.yaml:90:7
%9851 = cast %3012 : f32[] @ models/lib/nn.yaml:90:7
%9852 = broadcast %9851 : f32[16] @ models/lib/nn.yaml:90:7
%9853 = mul %146, %9852 : f32[16] @ models/lib/nn.yaml:90:7
%9854 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9855 = sub %9854, %3012 : f64[] @ models/lib/nn.yaml:90:7
%9856 = cast %9855 : f32[] @ models/lib/nn.yaml:90:7
%9857 = broadcast %9856 : f32[16] @ models/lib/nn.yaml:90:7
%9858 = mul %9846, %9857 : f32[16] @ models/lib/nn.yaml:90:7
%9859 = add %9853, %9858 : f32[16] @ models/lib/nn.yaml:90:7
%9860 = assign %146, %9859 : f32[16] @ models/lib/nn.yaml:90:7
%9861 = all_reduce_sum %4050 : f32[24,16] @ models/lib/nn.yaml:79:7
%9862 = reshape %9861 : f32[384] @ models/lib/nn.yaml:79:7
%9863 = mul %9862, %9862 : f32[384] @ models/lib/nn.yaml:79:7
%9864 = reduce_sum %9863 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9865 = sqrt %9864 : f32[] @ models/lib/nn.yaml:79:7
%9866 = cast %9865 : f64[] @ models/lib/nn.yaml:79:7
%9867 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%9868 = add %9866, %9867 : f64[] @ models/lib/nn.yaml:79:7
%9869 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%9870 = div %9869, %9868 : f64[] @ models/lib/nn.yaml:79:7
%9871 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9872 = lt %9870, %9871 : bool[] @ models/lib/nn.yaml:79:7
%9873 = cast %9870 : f32[] @ models/lib/nn.yaml:79:7
%9874 = broadcast %9873 : f32[24,16] @ models/lib/nn.yaml:79:7
%9875 = mul %9861, %9874 : f32[24,16] @ models/lib/nn.yaml:79:7
%9876 = broadcast %9872 : bool[24,16] @ models/lib/nn.yaml:79:7
%9877 = select %9876, %9875, %9861 : f32[24,16] @ models/lib/nn.yaml:79:7
%9878 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9879 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9880 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9881 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%9882 = add %9880, %9881 : i64[] @ models/lib/nn.yaml:79:7
%9883 = mul %3010, %3011 : f64[] @ models/lib/nn.yaml:79:7
%9884 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9885 = sub %9884, %9883 : f64[] @ models/lib/nn.yaml:79:7
%9886 = cast %9885 : f32[] @ models/lib/nn.yaml:79:7
%9887 = broadcast %9886 : f32[24,16] @ models/lib/nn.yaml:79:7
%9888 = mul %69, %9887 : f32[24,16] @ models/lib/nn.yaml:79:7
%9889 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%9890 = cast %9889 : f32[] @ models/lib/nn.yaml:79:7
%9891 = broadcast %9890 : f32[24,16] @ models/lib/nn.yaml:79:7
%9892 = mul %9877, %9891 : f32[24,16] @ models/lib/nn.yaml:79:7
%9893 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9894 = cast %9893 : f32[] @ models/lib/nn.yaml:79:7
%9895 = broadcast %9894 : f32[24,16] @ models/lib/nn.yaml:79:7
%9896 = mul %9878, %9895 : f32[24,16] @ models/lib/nn.yaml:79:7
%9897 = add %9896, %9892 : f32[24,16] @ models/lib/nn.yaml:79:7
%9898 = mul %9877, %9877 : f32[24,16] @ models/lib/nn.yaml:79:7
%9899 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%9900 = cast %9899 : f32[] @ models/lib/nn.yaml:79:7
%9901 = broadcast %9900 : f32[24,16] @ models/lib/nn.yaml:79:7
%9902 = mul %9898, %9901 : f32[24,16] @ models/lib/nn.yaml:79:7
%9903 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9904 = cast %9903 : f32[] @ models/lib/nn.yaml:79:7
%9905 = broadcast %9904 : f32[24,16] @ models/lib/nn.yaml:79:7
%9906 = mul %9879, %9905 : f32[24,16] @ models/lib/nn.yaml:79:7
%9907 = add %9906, %9902 : f32[24,16] @ models/lib/nn.yaml:79:7
%9908 = cast %9882 : f64[] @ models/lib/nn.yaml:79:7
%9909 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9910 = pow %9909, %9908 : f64[] @ models/lib/nn.yaml:79:7
%9911 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9912 = sub %9911, %9910 : f64[] @ models/lib/nn.yaml:79:7
%9913 = div %3010, %9912 : f64[] @ models/lib/nn.yaml:79:7
%9914 = cast %9882 : f64[] @ models/lib/nn.yaml:79:7
%9915 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9916 = pow %9915, %9914 : f64[] @ models/lib/nn.yaml:79:7
%9917 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9918 = sub %9917, %9916 : f64[] @ models/lib/nn.yaml:79:7
%9919 = sqrt %9918 : f64[] @ models/lib/nn.yaml:79:7
%9920 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9921 = div %9920, %9919 : f64[] @ models/lib/nn.yaml:79:7
%9922 = sqrt %9907 : f32[24,16] @ models/lib/nn.yaml:79:7
%9923 = cast %9921 : f32[] @ models/lib/nn.yaml:79:7
%9924 = broadcast %9923 : f32[24,16] @ models/lib/nn.yaml:79:7
%9925 = mul %9922, %9924 : f32[24,16] @ models/lib/nn.yaml:79:7
%9926 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%9927 = cast %9926 : f32[] @ models/lib/nn.yaml:79:7
%9928 = broadcast %9927 : f32[24,16] @ models/lib/nn.yaml:79:7
%9929 = add %9925, %9928 : f32[24,16] @ models/lib/nn.yaml:79:7
%9930 = div %9897, %9929 : f32[24,16] @ models/lib/nn.yaml:79:7
%9931 = cast %9913 : f32[] @ models/lib/nn.yaml:79:7
%9932 = broadcast %9931 : f32[24,16] @ models/lib/nn.yaml:79:7
%9933 = mul %9930, %9932 : f32[24,16] @ models/lib/nn.yaml:79:7
%9934 = sub %9888, %9933 : f32[24,16] @ models/lib/nn.yaml:79:7
%9935 = assign %69, %9934 : f32[24,16] @ models/lib/nn.yaml:79:7
%9936 = assign %9878, %9897 : f32[24,16] @ models/lib/nn.yaml:79:7
%9937 = assign %9879, %9907 : f32[24,16] @ models/lib/nn.yaml:79:7
%9938 = assign %9880, %9882 : i64[] @ models/lib/nn.yaml:79:7
%9939 = cast %3012 : f32[] @ models/lib/nn.yaml:79:7
%9940 = broadcast %9939 : f32[24,16] @ models/lib/nn.yaml:79:7
%9941 = mul %147, %9940 : f32[24,16] @ models/lib/nn.yaml:79:7
%9942 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9943 = sub %9942, %3012 : f64[] @ models/lib/nn.yaml:79:7
%9944 = cast %9943 : f32[] @ models/lib/nn.yaml:79:7
%9945 = broadcast %9944 : f32[24,16] @ models/lib/nn.yaml:79:7
%9946 = mul %9934, %9945 : f32[24,16] @ models/lib/nn.yaml:79:7
%9947 = add %9941, %9946 : f32[24,16] @ models/lib/nn.yaml:79:7
%9948 = assign %147, %9947 : f32[24,16] @ models/lib/nn.yaml:79:7
%9949 = all_reduce_sum %4045 : f32[24] @ models/lib/nn.yaml:80:7
%9950 = reshape %9949 : f32[24] @ models/lib/nn.yaml:80:7
%9951 = mul %9950, %9950 : f32[24] @ models/lib/nn.yaml:80:7
%9952 = reduce_sum %9951 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9953 = sqrt %9952 : f32[] @ models/lib/nn.yaml:80:7
%9954 = cast %9953 : f64[] @ models/lib/nn.yaml:80:7
%9955 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%9956 = add %9954, %9955 : f64[] @ models/lib/nn.yaml:80:7
%9957 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%9958 = div %9957, %9956 : f64[] @ models/lib/nn.yaml:80:7
%9959 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9960 = lt %9958, %9959 : bool[] @ models/lib/nn.yaml:80:7
%9961 = cast %9958 : f32[] @ models/lib/nn.yaml:80:7
%9962 = broadcast %9961 : f32[24] @ models/lib/nn.yaml:80:7
%9963 = mul %9949, %9962 : f32[24] @ models/lib/nn.yaml:80:7
%9964 = broadcast %9960 : bool[24] @ models/lib/nn.yaml:80:7
%9965 = select %9964, %9963, %9949 : f32[24] @ models/lib/nn.yaml:80:7
%9966 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9967 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9968 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9969 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%9970 = add %9968, %9969 : i64[] @ models/lib/nn.yaml:80:7
%9971 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%9972 = cast %9971 : f32[] @ models/lib/nn.yaml:80:7
%9973 = broadcast %9972 : f32[24] @ models/lib/nn.yaml:80:7
%9974 = mul %9965, %9973 : f32[24] @ models/lib/nn.yaml:80:7
%9975 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9976 = cast %9975 : f32[] @ models/lib/nn.yaml:80:7
%9977 = broadcast %9976 : f32[24] @ models/lib/nn.yaml:80:7
%9978 = mul %9966, %9977 : f32[24] @ models/lib/nn.yaml:80:7
%9979 = add %9978, %9974 : f32[24] @ models/lib/nn.yaml:80:7
%9980 = mul %9965, %9965 : f32[24] @ models/lib/nn.yaml:80:7
%9981 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%9982 = cast %9981 : f32[] @ models/lib/nn.yaml:80:7
%9983 = broadcast %9982 : f32[24] @ models/lib/nn.yaml:80:7
%9984 = mul %9980, %9983 : f32[24] @ models/lib/nn.yaml:80:7
%9985 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9986 = cast %9985 : f32[] @ models/lib/nn.yaml:80:7
%9987 = broadcast %9986 : f32[24] @ models/lib/nn.yaml:80:7
%9988 = mul %9967, %9987 : f32[24] @ models/lib/nn.yaml:80:7
%9989 = add %9988, %9984 : f32[24] @ models/lib/nn.yaml:80:7
%9990 = cast %9970 : f64[] @ models/lib/nn.yaml:80:7
%9991 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9992 = pow %9991, %9990 : f64[] @ models/lib/nn.yaml:80:7
%9993 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9994 = sub %9993, %9992 : f64[] @ models/lib/nn.yaml:80:7
%9995 = div %3010, %9994 : f64[] @ models/lib/nn.yaml:80:7
%9996 = cast %9970 : f64[] @ models/lib/nn.yaml:80:7
%9997 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9998 = pow %9997, %9996 : f64[] @ models/lib/nn.yaml:80:7
%9999 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10000 = sub %9999, %9998 : f64[] @ models/lib/nn.yaml:80:7
%10001 = sqrt %10000 : f64[] @ models/lib/nn.yaml:80:7
%10002 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10003 = div %10002, %10001 : f64[] @ models/lib/nn.yaml:80:7
%10004 = sqrt %9989 : f32[24] @ models/lib/nn.yaml:80:7
%10005 = cast %10003 : f32[] @ models/lib/nn.yaml:80:7
%10006 = broadcast %10005 : f32[24] @ models/lib/nn.yaml:80:7
%10007 = mul %10004, %10006 : f32[24] @ models/lib/nn.yaml:80:7
%10008 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%10009 = cast %10008 : f32[] @ models/lib/nn.yaml:80:7
%10010 = broadcast %10009 : f32[24] @ models/lib/nn.yaml:80:7
%10011 = add %10007, %10010 : f32[24] @ models/lib/nn.yaml:80:7
%10012 = div %9979, %10011 : f32[24] @ models/lib/nn.yaml:80:7
%10013 = cast %9995 : f32[] @ models/lib/nn.yaml:80:7
%10014 = broadcast %10013 : f32[24] @ models/lib/nn.yaml:80:7
%10015 = mul %10012, %10014 : f32[24] @ models/lib/nn.yaml:80:7
%10016 = sub %70, %10015 : f32[24] @ models/lib/nn.yaml:80:7
%10017 = assign %70, %10016 : f32[24] @ models/lib/nn.yaml:80:7
%10018 = assign %9966, %9979 : f32[24] @ models/lib/nn.yaml:80:7
%10019 = assign %9967, %9989 : f32[24] @ models/lib/nn.yaml:80:7
%10020 = assign %9968, %9970 : i64[] @ models/lib/nn.yaml:80:7
%10021 = cast %3012 : f32[] @ models/lib/nn.yaml:80:7
%10022 = broadcast %10021 : f32[24] @ models/lib/nn.yaml:80:7
%10023 = mul %148, %10022 : f32[24] @ models/lib/nn.yaml:80:7
%10024 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10025 = sub %10024, %3012 : f64[] @ models/lib/nn.yaml:80:7
%10026 = cast %10025 : f32[] @ models/lib/nn.yaml:80:7
%10027 = broadcast %10026 : f32[24] @ models/lib/nn.yaml:80:7
%10028 = mul %10016, %10027 : f32[24] @ models/lib/nn.yaml:80:7
%10029 = add %10023, %10028 : f32[24] @ models/lib/nn.yaml:80:7
%10030 = assign %148, %10029 : f32[24] @ models/lib/nn.yaml:80:7
%10031 = all_reduce_sum %4030 : f32[24,24] @ models/lib/nn.yaml:79:7
%10032 = reshape %10031 : f32[576] @ models/lib/nn.yaml:79:7
%10033 = mul %10032, %10032 : f32[576] @ models/lib/nn.yaml:79:7
%10034 = reduce_sum %10033 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10035 = sqrt %10034 : f32[] @ models/lib/nn.yaml:79:7
%10036 = cast %10035 : f64[] @ models/lib/nn.yaml:79:7
%10037 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%10038 = add %10036, %10037 : f64[] @ models/lib/nn.yaml:79:7
%10039 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%10040 = div %10039, %10038 : f64[] @ models/lib/nn.yaml:79:7
%10041 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10042 = lt %10040, %10041 : bool[] @ models/lib/nn.yaml:79:7
%10043 = cast %10040 : f32[] @ models/lib/nn.yaml:79:7
%10044 = broadcast %10043 : f32[24,24] @ models/lib/nn.yaml:79:7
%10045 = mul %10031, %10044 : f32[24,24] @ models/lib/nn.yaml:79:7
%10046 = broadcast %10042 : bool[24,24] @ models/lib/nn.yaml:79:7
%10047 = select %10046, %10045, %10031 : f32[24,24] @ models/lib/nn.yaml:79:7
%10048 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10049 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10050 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10051 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%10052 = add %10050, %10051 : i64[] @ models/lib/nn.yaml:79:7
%10053 = mul %3010, %3011 : f64[] @ models/lib/nn.yaml:79:7
%10054 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10055 = sub %10054, %10053 : f64[] @ models/lib/nn.yaml:79:7
%10056 = cast %10055 : f32[] @ models/lib/nn.yaml:79:7
%10057 = broadcast %10056 : f32[24,24] @ models/lib/nn.yaml:79:7
%10058 = mul %71, %10057 : f32[24,24] @ models/lib/nn.yaml:79:7
%10059 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%10060 = cast %10059 : f32[] @ models/lib/nn.yaml:79:7
%10061 = broadcast %10060 : f32[24,24] @ models/lib/nn.yaml:79:7
%10062 = mul %10047, %10061 : f32[24,24] @ models/lib/nn.yaml:79:7
%10063 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10064 = cast %10063 : f32[] @ models/lib/nn.yaml:79:7
%10065 = broadcast %10064 : f32[24,24] @ models/lib/nn.yaml:79:7
%10066 = mul %10048, %10065 : f32[24,24] @ models/lib/nn.yaml:79:7
%10067 = add %10066, %10062 : f32[24,24] @ models/lib/nn.yaml:79:7
%10068 = mul %10047, %10047 : f32[24,24] @ models/lib/nn.yaml:79:7
%10069 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%10070 = cast %10069 : f32[] @ models/lib/nn.yaml:79:7
%10071 = broadcast %10070 : f32[24,24] @ models/lib/nn.yaml:79:7
%10072 = mul %10068, %10071 : f32[24,24] @ models/lib/nn.yaml:79:7
%10073 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10074 = cast %10073 : f32[] @ models/lib/nn.yaml:79:7
%10075 = broadcast %10074 : f32[24,24] @ models/lib/nn.yaml:79:7
%10076 = mul %10049, %10075 : f32[24,24] @ models/lib/nn.yaml:79:7
%10077 = add %10076, %10072 : f32[24,24] @ models/lib/nn.yaml:79:7
%10078 = cast %10052 : f64[] @ models/lib/nn.yaml:79:7
%10079 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10080 = pow %10079, %10078 : f64[] @ models/lib/nn.yaml:79:7
%10081 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10082 = sub %10081, %10080 : f64[] @ models/lib/nn.yaml:79:7
%10083 = div %3010, %10082 : f64[] @ models/lib/nn.yaml:79:7
%10084 = cast %10052 : f64[] @ models/lib/nn.yaml:79:7
%10085 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10086 = pow %10085, %10084 : f64[] @ models/lib/nn.yaml:79:7
%10087 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10088 = sub %10087, %10086 : f64[] @ models/lib/nn.yaml:79:7
%10089 = sqrt %10088 : f64[] @ models/lib/nn.yaml:79:7
%10090 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10091 = div %10090, %10089 : f64[] @ models/lib/nn.yaml:79:7
%10092 = sqrt %10077 : f32[24,24] @ models/lib/nn.yaml:79:7
%10093 = cast %10091 : f32[] @ models/lib/nn.yaml:79:7
%10094 = broadcast %10093 : f32[24,24] @ models/lib/nn.yaml:79:7
%10095 = mul %10092, %10094 : f32[24,24] @ models/lib/nn.yaml:79:7
%10096 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%10097 = cast %10096 : f32[] @ models/lib/nn.yaml:79:7
%10098 = broadcast %10097 : f32[24,24] @ models/lib/nn.yaml:79:7
%10099 = add %10095, %10098 : f32[24,24] @ models/lib/nn.yaml:79:7
%10100 = div %10067, %10099 : f32[24,24] @ models/lib/nn.yaml:79:7
%10101 = cast %10083 : f32[] @ models/lib/nn.yaml:79:7
%10102 = broadcast %10101 : f32[24,24] @ models/lib/nn.yaml:79:7
%10103 = mul %10100, %10102 : f32[24,24] @ models/lib/nn.yaml:79:7
%10104 = sub %10058, %10103 : f32[24,24] @ models/lib/nn.yaml:79:7
%10105 = assign %71, %10104 : f32[24,24] @ models/lib/nn.yaml:79:7
%10106 = assign %10048, %10067 : f32[24,24] @ models/lib/nn.yaml:79:7
%10107 = assign %10049, %10077 : f32[24,24] @ models/lib/nn.yaml:79:7
%10108 = assign %10050, %10052 : i64[] @ models/lib/nn.yaml:79:7
%10109 = cast %3012 : f32[] @ models/lib/nn.yaml:79:7
%10110 = broadcast %10109 : f32[24,24] @ models/lib/nn.yaml:79:7
%10111 = mul %149, %10110 : f32[24,24] @ models/lib/nn.yaml:79:7
%10112 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10113 = sub %10112, %3012 : f64[] @ models/lib/nn.yaml:79:7
%10114 = cast %10113 : f32[] @ models/lib/nn.yaml:79:7
%10115 = broadcast %10114 : f32[24,24] @ models/lib/nn.yaml:79:7
%10116 = mul %10104, %10115 : f32[24,24] @ models/lib/nn.yaml:79:7
%10117 = add %10111, %10116 : f32[24,24] @ models/lib/nn.yaml:79:7
%10118 = assign %149, %10117 : f32[24,24] @ models/lib/nn.yaml:79:7
%10119 = all_reduce_sum %4025 : f32[24] @ models/lib/nn.yaml:80:7
%10120 = reshape %10119 : f32[24] @ models/lib/nn.yaml:80:7
%10121 = mul %10120, %10120 : f32[24] @ models/lib/nn.yaml:80:7
%10122 = reduce_sum %10121 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10123 = sqrt %10122 : f32[] @ models/lib/nn.yaml:80:7
%10124 = cast %10123 : f64[] @ models/lib/nn.yaml:80:7
%10125 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%10126 = add %10124, %10125 : f64[] @ models/lib/nn.yaml:80:7
%10127 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%10128 = div %10127, %10126 : f64[] @ models/lib/nn.yaml:80:7
%10129 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10130 = lt %10128, %10129 : bool[] @ models/lib/nn.yaml:80:7
%10131 = cast %10128 : f32[] @ models/lib/nn.yaml:80:7
%10132 = broadcast %10131 : f32[24] @ models/lib/nn.yaml:80:7
%10133 = mul %10119, %10132 : f32[24] @ models/lib/nn.yaml:80:7
%10134 = broadcast %10130 : bool[24] @ models/lib/nn.yaml:80:7
%10135 = select %10134, %10133, %10119 : f32[24] @ models/lib/nn.yaml:80:7
%10136 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10137 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10138 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10139 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%10140 = add %10138, %10139 : i64[] @ models/lib/nn.yaml:80:7
%10141 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%10142 = cast %10141 : f32[] @ models/lib/nn.yaml:80:7
%10143 = broadcast %10142 : f32[24] @ models/lib/nn.yaml:80:7
%10144 = mul %10135, %10143 : f32[24] @ models/lib/nn.yaml:80:7
%10145 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10146 = cast %10145 : f32[] @ models/lib/nn.yaml:80:7
%10147 = broadcast %10146 : f32[24] @ models/lib/nn.yaml:80:7
%10148 = mul %10136, %10147 : f32[24] @ models/lib/nn.yaml:80:7
%10149 = add %10148, %10144 : f32[24] @ models/lib/nn.yaml:80:7
%10150 = mul %10135, %10135 : f32[24] @ models/lib/nn.yaml:80:7
%10151 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%10152 = cast %10151 : f32[] @ models/lib/nn.yaml:80:7
%10153 = broadcast %10152 : f32[24] @ models/lib/nn.yaml:80:7
%10154 = mul %10150, %10153 : f32[24] @ models/lib/nn.yaml:80:7
%10155 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10156 = cast %10155 : f32[] @ models/lib/nn.yaml:80:7
%10157 = broadcast %10156 : f32[24] @ models/lib/nn.yaml:80:7
%10158 = mul %10137, %10157 : f32[24] @ models/lib/nn.yaml:80:7
%10159 = add %10158, %10154 : f32[24] @ models/lib/nn.yaml:80:7
%10160 = cast %10140 : f64[] @ models/lib/nn.yaml:80:7
%10161 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10162 = pow %10161, %10160 : f64[] @ models/lib/nn.yaml:80:7
%10163 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10164 = sub %10163, %10162 : f64[] @ models/lib/nn.yaml:80:7
%10165 = div %3010, %10164 : f64[] @ models/lib/nn.yaml:80:7
%10166 = cast %10140 : f64[] @ models/lib/nn.yaml:80:7
%10167 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10168 = pow %10167, %10166 : f64[] @ models/lib/nn.yaml:80:7
%10169 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10170 = sub %10169, %10168 : f64[] @ models/lib/nn.yaml:80:7
%10171 = sqrt %10170 : f64[] @ models/lib/nn.yaml:80:7
%10172 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10173 = div %10172, %10171 : f64[] @ models/lib/nn.yaml:80:7
%10174 = sqrt %10159 : f32[24] @ models/lib/nn.yaml:80:7
%10175 = cast %10173 : f32[] @ models/lib/nn.yaml:80:7
%10176 = broadcast %10175 : f32[24] @ models/lib/nn.yaml:80:7
%10177 = mul %10174, %10176 : f32[24] @ models/lib/nn.yaml:80:7
%10178 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%10179 = cast %10178 : f32[] @ models/lib/nn.yaml:80:7
%10180 = broadcast %10179 : f32[24] @ models/lib/nn.yaml:80:7
%10181 = add %10177, %10180 : f32[24] @ models/lib/nn.yaml:80:7
%10182 = div %10149, %10181 : f32[24] @ models/lib/nn.yaml:80:7
%10183 = cast %10165 : f32[] @ models/lib/nn.yaml:80:7
%10184 = broadcast %10183 : f32[24] @ models/lib/nn.yaml:80:7
%10185 = mul %10182, %10184 : f32[24] @ models/lib/nn.yaml:80:7
%10186 = sub %72, %10185 : f32[24] @ models/lib/nn.yaml:80:7
%10187 = assign %72, %10186 : f32[24] @ models/lib/nn.yaml:80:7
%10188 = assign %10136, %10149 : f32[24] @ models/lib/nn.yaml:80:7
%10189 = assign %10137, %10159 : f32[24] @ models/lib/nn.yaml:80:7
%10190 = assign %10138, %10140 : i64[] @ models/lib/nn.yaml:80:7
%10191 = cast %3012 : f32[] @ models/lib/nn.yaml:80:7
%10192 = broadcast %10191 : f32[24] @ models/lib/nn.yaml:80:7
%10193 = mul %150, %10192 : f32[24] @ models/lib/nn.yaml:80:7
%10194 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10195 = sub %10194, %3012 : f64[] @ models/lib/nn.yaml:80:7
%10196 = cast %10195 : f32[] @ models/lib/nn.yaml:80:7
%10197 = broadcast %10196 : f32[24] @ models/lib/nn.yaml:80:7
%10198 = mul %10186, %10197 : f32[24] @ models/lib/nn.yaml:80:7
%10199 = add %10193, %10198 : f32[24] @ models/lib/nn.yaml:80:7
%10200 = assign %150, %10199 : f32[24] @ models/lib/nn.yaml:80:7
%10201 = all_reduce_sum %4010 : f32[8,24] @ models/lib/nn.yaml:79:7
%10202 = reshape %10201 : f32[192] @ models/lib/nn.yaml:79:7
%10203 = mul %10202, %10202 : f32[192] @ models/lib/nn.yaml:79:7
%10204 = reduce_sum %10203 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10205 = sqrt %10204 : f32[] @ models/lib/nn.yaml:79:7
%10206 = cast %10205 : f64[] @ models/lib/nn.yaml:79:7
%10207 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%10208 = add %10206, %10207 : f64[] @ models/lib/nn.yaml:79:7
%10209 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%10210 = div %10209, %10208 : f64[] @ models/lib/nn.yaml:79:7
%10211 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10212 = lt %10210, %10211 : bool[] @ models/lib/nn.yaml:79:7
%10213 = cast %10210 : f32[] @ models/lib/nn.yaml:79:7
%10214 = broadcast %10213 : f32[8,24] @ models/lib/nn.yaml:79:7
%10215 = mul %10201, %10214 : f32[8,24] @ models/lib/nn.yaml:79:7
%10216 = broadcast %10212 : bool[8,24] @ models/lib/nn.yaml:79:7
%10217 = select %10216, %10215, %10201 : f32[8,24] @ models/lib/nn.yaml:79:7
%10218 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10219 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10220 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10221 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%10222 = add %10220, %10221 : i64[] @ models/lib/nn.yaml:79:7
%10223 = mul %3010, %3011 : f64[] @ models/lib/nn.yaml:79:7
%10224 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10225 = sub %10224, %10223 : f64[] @ models/lib/nn.yaml:79:7
%10226 = cast %10225 : f32[] @ models/lib/nn.yaml:79:7
%10227 = broadcast %10226 : f32[8,24] @ models/lib/nn.yaml:79:7
%10228 = mul %73, %10227 : f32[8,24] @ models/lib/nn.yaml:79:7
%10229 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%10230 = cast %10229 : f32[] @ models/lib/nn.yaml:79:7
%10231 = broadcast %10230 : f32[8,24] @ models/lib/nn.yaml:79:7
%10232 = mul %10217, %10231 : f32[8,24] @ models/lib/nn.yaml:79:7
%10233 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10234 = cast %10233 : f32[] @ models/lib/nn.yaml:79:7
%10235 = broadcast %10234 : f32[8,24] @ models/lib/nn.yaml:79:7
%10236 = mul %10218, %10235 : f32[8,24] @ models/lib/nn.yaml:79:7
%10237 = add %10236, %10232 : f32[8,24] @ models/lib/nn.yaml:79:7
%10238 = mul %10217, %10217 : f32[8,24] @ models/lib/nn.yaml:79:7
%10239 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%10240 = cast %10239 : f32[] @ models/lib/nn.yaml:79:7
%10241 = broadcast %10240 : f32[8,24] @ models/lib/nn.yaml:79:7
%10242 = mul %10238, %10241 : f32[8,24] @ models/lib/nn.yaml:79:7
%10243 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10244 = cast %10243 : f32[] @ models/lib/nn.yaml:79:7
%10245 = broadcast %10244 : f32[8,24] @ models/lib/nn.yaml:79:7
%10246 = mul %10219, %10245 : f32[8,24] @ models/lib/nn.yaml:79:7
%10247 = add %10246, %10242 : f32[8,24] @ models/lib/nn.yaml:79:7
%10248 = cast %10222 : f64[] @ models/lib/nn.yaml:79:7
%10249 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10250 = pow %10249, %10248 : f64[] @ models/lib/nn.yaml:79:7
%10251 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10252 = sub %10251, %10250 : f64[] @ models/lib/nn.yaml:79:7
%10253 = div %3010, %10252 : f64[] @ models/lib/nn.yaml:79:7
%10254 = cast %10222 : f64[] @ models/lib/nn.yaml:79:7
%10255 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10256 = pow %10255, %10254 : f64[] @ models/lib/nn.yaml:79:7
%10257 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10258 = sub %10257, %10256 : f64[] @ models/lib/nn.yaml:79:7
%10259 = sqrt %10258 : f64[] @ models/lib/nn.yaml:79:7
%10260 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10261 = div %10260, %10259 : f64[] @ models/lib/nn.yaml:79:7
%10262 = sqrt %10247 : f32[8,24] @ models/lib/nn.yaml:79:7
%10263 = cast %10261 : f32[] @ models/lib/nn.yaml:79:7
%10264 = broadcast %10263 : f32[8,24] @ models/lib/nn.yaml:79:7
%10265 = mul %10262, %10264 : f32[8,24] @ models/lib/nn.yaml:79:7
%10266 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%10267 = cast %10266 : f32[] @ models/lib/nn.yaml:79:7
%10268 = broadcast %10267 : f32[8,24] @ models/lib/nn.yaml:79:7
%10269 = add %10265, %10268 : f32[8,24] @ models/lib/nn.yaml:79:7
%10270 = div %10237, %10269 : f32[8,24] @ models/lib/nn.yaml:79:7
%10271 = cast %10253 : f32[] @ models/lib/nn.yaml:79:7
%10272 = broadcast %10271 : f32[8,24] @ models/lib/nn.yaml:79:7
%10273 = mul %10270, %10272 : f32[8,24] @ models/lib/nn.yaml:79:7
%10274 = sub %10228, %10273 : f32[8,24] @ models/lib/nn.yaml:79:7
%10275 = assign %73, %10274 : f32[8,24] @ models/lib/nn.yaml:79:7
%10276 = assign %10218, %10237 : f32[8,24] @ models/lib/nn.yaml:79:7
%10277 = assign %10219, %10247 : f32[8,24] @ models/lib/nn.yaml:79:7
%10278 = assign %10220, %10222 : i64[] @ models/lib/nn.yaml:79:7
%10279 = cast %3012 : f32[] @ models/lib/nn.yaml:79:7
%10280 = broadcast %10279 : f32[8,24] @ models/lib/nn.yaml:79:7
%10281 = mul %151, %10280 : f32[8,24] @ models/lib/nn.yaml:79:7
%10282 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10283 = sub %10282, %3012 : f64[] @ models/lib/nn.yaml:79:7
%10284 = cast %10283 : f32[] @ models/lib/nn.yaml:79:7
%10285 = broadcast %10284 : f32[8,24] @ models/lib/nn.yaml:79:7
%10286 = mul %10274, %10285 : f32[8,24] @ models/lib/nn.yaml:79:7
%10287 = add %10281, %10286 : f32[8,24] @ models/lib/nn.yaml:79:7
%10288 = assign %151, %10287 : f32[8,24] @ models/lib/nn.yaml:79:7
%10289 = all_reduce_sum %4005 : f32[8] @ models/lib/nn.yaml:80:7
%10290 = reshape %10289 : f32[8] @ models/lib/nn.yaml:80:7
%10291 = mul %10290, %10290 : f32[8] @ models/lib/nn.yaml:80:7
%10292 = reduce_sum %10291 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10293 = sqrt %10292 : f32[] @ models/lib/nn.yaml:80:7
%10294 = cast %10293 : f64[] @ models/lib/nn.yaml:80:7
%10295 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%10296 = add %10294, %10295 : f64[] @ models/lib/nn.yaml:80:7
%10297 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%10298 = div %10297, %10296 : f64[] @ models/lib/nn.yaml:80:7
%10299 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10300 = lt %10298, %10299 : bool[] @ models/lib/nn.yaml:80:7
%10301 = cast %10298 : f32[] @ models/lib/nn.yaml:80:7
%10302 = broadcast %10301 : f32[8] @ models/lib/nn.yaml:80:7
%10303 = mul %10289, %10302 : f32[8] @ models/lib/nn.yaml:80:7
%10304 = broadcast %10300 : bool[8] @ models/lib/nn.yaml:80:7
%10305 = select %10304, %10303, %10289 : f32[8] @ models/lib/nn.yaml:80:7
%10306 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10307 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10308 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10309 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%10310 = add %10308, %10309 : i64[] @ models/lib/nn.yaml:80:7
%10311 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%10312 = cast %10311 : f32[] @ models/lib/nn.yaml:80:7
%10313 = broadcast %10312 : f32[8] @ models/lib/nn.yaml:80:7
%10314 = mul %10305, %10313 : f32[8] @ models/lib/nn.yaml:80:7
%10315 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10316 = cast %10315 : f32[] @ models/lib/nn.yaml:80:7
%10317 = broadcast %10316 : f32[8] @ models/lib/nn.yaml:80:7
%10318 = mul %10306, %10317 : f32[8] @ models/lib/nn.yaml:80:7
%10319 = add %10318, %10314 : f32[8] @ models/lib/nn.yaml:80:7
%10320 = mul %10305, %10305 : f32[8] @ models/lib/nn.yaml:80:7
%10321 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%10322 = cast %10321 : f32[] @ models/lib/nn.yaml:80:7
%10323 = broadcast %10322 : f32[8] @ models/lib/nn.yaml:80:7
%10324 = mul %10320, %10323 : f32[8] @ models/lib/nn.yaml:80:7
%10325 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10326 = cast %10325 : f32[] @ models/lib/nn.yaml:80:7
%10327 = broadcast %10326 : f32[8] @ models/lib/nn.yaml:80:7
%10328 = mul %10307, %10327 : f32[8] @ models/lib/nn.yaml:80:7
%10329 = add %10328, %10324 : f32[8] @ models/lib/nn.yaml:80:7
%10330 = cast %10310 : f64[] @ models/lib/nn.yaml:80:7
%10331 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10332 = pow %10331, %10330 : f64[] @ models/lib/nn.yaml:80:7
%10333 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10334 = sub %10333, %10332 : f64[] @ models/lib/nn.yaml:80:7
%10335 = div %3010, %10334 : f64[] @ models/lib/nn.yaml:80:7
%10336 = cast %10310 : f64[] @ models/lib/nn.yaml:80:7
%10337 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10338 = pow %10337, %10336 : f64[] @ models/lib/nn.yaml:80:7
%10339 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10340 = sub %10339, %10338 : f64[] @ models/lib/nn.yaml:80:7
%10341 = sqrt %10340 : f64[] @ models/lib/nn.yaml:80:7
%10342 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10343 = div %10342, %10341 : f64[] @ models/lib/nn.yaml:80:7
%10344 = sqrt %10329 : f32[8] @ models/lib/nn.yaml:80:7
%10345 = cast %10343 : f32[] @ models/lib/nn.yaml:80:7
%10346 = broadcast %10345 : f32[8] @ models/lib/nn.yaml:80:7
%10347 = mul %10344, %10346 : f32[8] @ models/lib/nn.yaml:80:7
%10348 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%10349 = cast %10348 : f32[] @ models/lib/nn.yaml:80:7
%10350 = broadcast %10349 : f32[8] @ models/lib/nn.yaml:80:7
%10351 = add %10347, %10350 : f32[8] @ models/lib/nn.yaml:80:7
%10352 = div %10319, %10351 : f32[8] @ models/lib/nn.yaml:80:7
%10353 = cast %10335 : f32[] @ models/lib/nn.yaml:80:7
%10354 = broadcast %10353 : f32[8] @ models/lib/nn.yaml:80:7
%10355 = mul %10352, %10354 : f32[8] @ models/lib/nn.yaml:80:7
%10356 = sub %74, %10355 : f32[8] @ models/lib/nn.yaml:80:7
%10357 = assign %74, %10356 : f32[8] @ models/lib/nn.yaml:80:7
%10358 = assign %10306, %10319 : f32[8] @ models/lib/nn.yaml:80:7
%10359 = assign %10307, %10329 : f32[8] @ models/lib/nn.yaml:80:7
%10360 = assign %10308, %10310 : i64[] @ models/lib/nn.yaml:80:7
%10361 = cast %3012 : f32[] @ models/lib/nn.yaml:80:7
%10362 = broadcast %10361 : f32[8] @ models/lib/nn.yaml:80:7
%10363 = mul %152, %10362 : f32[8] @ models/lib/nn.yaml:80:7
%10364 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10365 = sub %10364, %3012 : f64[] @ models/lib/nn.yaml:80:7
%10366 = cast %10365 : f32[] @ models/lib/nn.yaml:80:7
%10367 = broadcast %10366 : f32[8] @ models/lib/nn.yaml:80:7
%10368 = mul %10356, %10367 : f32[8] @ models/lib/nn.yaml:80:7
%10369 = add %10363, %10368 : f32[8] @ models/lib/nn.yaml:80:7
%10370 = assign %152, %10369 : f32[8] @ models/lib/nn.yaml:80:7
%10371 = cast %3012 : f32[] @ models/lib/dino.yaml:18:7
%10372 = broadcast %10371 : f32[32,1] @ models/lib/dino.yaml:18:7
%10373 = mul %153, %10372 : f32[32,1] @ models/lib/dino.yaml:18:7
%10374 = const data=[1] : f64[] @ models/lib/dino.yaml:18:7
%10375 = sub %10374, %3012 : f64[] @ models/lib/dino.yaml:18:7
%10376 = cast %10375 : f32[] @ models/lib/dino.yaml:18:7
%10377 = broadcast %10376 : f32[32,1] @ models/lib/dino.yaml:18:7
%10378 = mul %75, %10377 : f32[32,1] @ models/lib/dino.yaml:18:7
%10379 = add %10373, %10378 : f32[32,1] @ models/lib/dino.yaml:18:7
%10380 = assign %153, %10379 : f32[32,1] @ models/lib/dino.yaml:18:7
%10381 = all_reduce_sum %3980 : f32[32,8] @ models/lib/dino.yaml:19:7
%10382 = reshape %10381 : f32[256] @ models/lib/dino.yaml:19:7
%10383 = mul %10382, %10382 : f32[256] @ models/lib/dino.yaml:19:7
%10384 = reduce_sum %10383 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%10385 = sqrt %10384 : f32[] @ models/lib/dino.yaml:19:7
%10386 = cast %10385 : f64[] @ models/lib/dino.yaml:19:7
%10387 = const data=[1e-06] : f64[] @ models/lib/dino.yaml:19:7
%10388 = add %10386, %10387 : f64[] @ models/lib/dino.yaml:19:7
%10389 = const data=[3] : f64[] @ models/lib/dino.yaml:19:7
%10390 = div %10389, %10388 : f64[] @ models/lib/dino.yaml:19:7
%10391 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%10392 = lt %10390, %10391 : bool[] @ models/lib/dino.yaml:19:7
%10393 = cast %10390 : f32[] @ models/lib/dino.yaml:19:7
%10394 = broadcast %10393 : f32[32,8] @ models/lib/dino.yaml:19:7
%10395 = mul %10381, %10394 : f32[32,8] @ models/lib/dino.yaml:19:7
%10396 = broadcast %10392 : bool[32,8] @ models/lib/dino.yaml:19:7
%10397 = select %10396, %10395, %10381 : f32[32,8] @ models/lib/dino.yaml:19:7
%10398 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%10399 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%10400 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%10401 = const data=[1] : i64[] @ models/lib/dino.yaml:19:7
%10402 = add %10400, %10401 : i64[] @ models/lib/dino.yaml:19:7
%10403 = mul %3010, %3011 : f64[] @ models/lib/dino.yaml:19:7
%10404 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%10405 = sub %10404, %10403 : f64[] @ models/lib/dino.yaml:19:7
%10406 = cast %10405 : f32[] @ models/lib/dino.yaml:19:7
%10407 = broadcast %10406 : f32[32,8] @ models/lib/dino.yaml:19:7
%10408 = mul %76, %10407 : f32[32,8] @ models/lib/dino.yaml:19:7
%10409 = const data=[0.09999999999999998] : f64[] @ models/lib/dino.yaml:19:7
%10410 = cast %10409 : f32[] @ models/lib/dino.yaml:19:7
%10411 = broadcast %10410 : f32[32,8] @ models/lib/dino.yaml:19:7
%10412 = mul %10397, %10411 : f32[32,8] @ models/lib/dino.yaml:19:7
%10413 = const data=[0.9] : f64[] @ models/lib/dino.yaml:19:7
%10414 = cast %10413 : f32[] @ models/lib/dino.yaml:19:7
%10415 = broadcast %10414 : f32[32,8] @ models/lib/dino.yaml:19:7
%10416 = mul %10398, %10415 : f32[32,8] @ models/lib/dino.yaml:19:7
%10417 = add %10416, %10412 : f32[32,8] @ models/lib/dino.yaml:19:7
%10418 = mul %10397, %10397 : f32[32,8] @ models/lib/dino.yaml:19:7
%10419 = const data=[0.0010000000000000009] : f64[] @ models/lib/dino.yaml:19:7
%10420 = cast %10419 : f32[] @ models/lib/dino.yaml:19:7
%10421 = broadcast %10420 : f32[32,8] @ models/lib/dino.yaml:19:7
%10422 = mul %10418, %10421 : f32[32,8] @ models/lib/dino.yaml:19:7
%10423 = const data=[0.999] : f64[] @ models/lib/dino.yaml:19:7
%10424 = cast %10423 : f32[] @ models/lib/dino.yaml:19:7
%10425 = broadcast %10424 : f32[32,8] @ models/lib/dino.yaml:19:7
%10426 = mul %10399, %10425 : f32[32,8] @ models/lib/dino.yaml:19:7
%10427 = add %10426, %10422 : f32[32,8] @ models/lib/dino.yaml:19:7
%10428 = cast %10402 : f64[] @ models/lib/dino.yaml:19:7
%10429 = const data=[0.9] : f64[] @ models/lib/dino.yaml:19:7
%10430 = pow %10429, %10428 : f64[] @ models/lib/dino.yaml:19:7
%10431 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%10432 = sub %10431, %10430 : f64[] @ models/lib/dino.yaml:19:7
%10433 = div %3010, %10432 : f64[] @ models/lib/dino.yaml:19:7
%10434 = cast %10402 : f64[] @ models/lib/dino.yaml:19:7
%10435 = const data=[0.999] : f64[] @ models/lib/dino.yaml:19:7
%10436 = pow %10435, %10434 : f64[] @ models/lib/dino.yaml:19:7
%10437 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%10438 = sub %10437, %10436 : f64[] @ models/lib/dino.yaml:19:7
%10439 = sqrt %10438 : f64[] @ models/lib/dino.yaml:19:7
%10440 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%10441 = div %10440, %10439 : f64[] @ models/lib/dino.yaml:19:7
%10442 = sqrt %10427 : f32[32,8] @ models/lib/dino.yaml:19:7
%10443 = cast %10441 : f32[] @ models/lib/dino.yaml:19:7
%10444 = broadcast %10443 : f32[32,8] @ models/lib/dino.yaml:19:7
%10445 = mul %10442, %10444 : f32[32,8] @ models/lib/dino.yaml:19:7
%10446 = const data=[1e-08] : f64[] @ models/lib/dino.yaml:19:7
%10447 = cast %10446 : f32[] @ models/lib/dino.yaml:19:7
%10448 = broadcast %10447 : f32[32,8] @ models/lib/dino.yaml:19:7
%10449 = add %10445, %10448 : f32[32,8] @ models/lib/dino.yaml:19:7
%10450 = div %10417, %10449 : f32[32,8] @ models/lib/dino.yaml:19:7
%10451 = cast %10433 : f32[] @ models/lib/dino.yaml:19:7
%10452 = broadcast %10451 : f32[32,8] @ models/lib/dino.yaml:19:7
%10453 = mul %10450, %10452 : f32[32,8] @ models/lib/dino.yaml:19:7
%10454 = sub %10408, %10453 : f32[32,8] @ models/lib/dino.yaml:19:7
%10455 = const data=[1] : i64[] @ models/lib/dino.yaml:19:7
%10456 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%10457 = lt %10456, %10455 : bool[] @ models/lib/dino.yaml:19:7
%10458 = broadcast %10457 : bool[32,8] @ models/lib/dino.yaml:19:7
%10459 = select %10458, %76, %10454 : f32[32,8] @ models/lib/dino.yaml:19:7
%10460 = broadcast %10457 : bool[32,8] @ models/lib/dino.yaml:19:7
%10461 = select %10460, %10398, %10417 : f32[32,8] @ models/lib/dino.yaml:19:7
%10462 = broadcast %10457 : bool[32,8] @ models/lib/dino.yaml:19:7
%10463 = select %10462, %10399, %10427 : f32[32,8] @ models/lib/dino.yaml:19:7
%10464 = select %10457, %10400, %10402 : i64[] @ models/lib/dino.yaml:19:7
%10465 = assign %76, %10459 : f32[32,8] @ models/lib/dino.yaml:19:7
%10466 = assign %10398, %10461 : f32[32,8] @ models/lib/dino.yaml:19:7
%10467 = assign %10399, %10463 : f32[32,8] @ models/lib/dino.yaml:19:7
%10468 = assign %10400, %10464 : i64[] @ models/lib/dino.yaml:19:7
%10469 = cast %3012 : f32[] @ models/lib/dino.yaml:19:7
%10470 = broadcast %10469 : f32[32,8] @ models/lib/dino.yaml:19:7
%10471 = mul %154, %10470 : f32[32,8] @ models/lib/dino.yaml:19:7
%10472 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%10473 = sub %10472, %3012 : f64[] @ models/lib/dino.yaml:19:7
%10474 = cast %10473 : f32[] @ models/lib/dino.yaml:19:7
%10475 = broadcast %10474 : f32[32,8] @ models/lib/dino.yaml:19:7
%10476 = mul %10459, %10475 : f32[32,8] @ models/lib/dino.yaml:19:7
%10477 = add %10471, %10476 : f32[32,8] @ models/lib/dino.yaml:19:7
%10478 = assign %154, %10477 : f32[32,8] @ models/lib/dino.yaml:19:7
%10479 = all_reduce_sum %3960 : f32[24,16] @ models/lib/nn.yaml:79:7
%10480 = reshape %10479 : f32[384] @ models/lib/nn.yaml:79:7
%10481 = mul %10480, %10480 : f32[384] @ models/lib/nn.yaml:79:7
%10482 = reduce_sum %10481 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10483 = sqrt %10482 : f32[] @ models/lib/nn.yaml:79:7
%10484 = cast %10483 : f64[] @ models/lib/nn.yaml:79:7
%10485 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%10486 = add %10484, %10485 : f64[] @ models/lib/nn.yaml:79:7
%10487 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%10488 = div %10487, %10486 : f64[] @ models/lib/nn.yaml:79:7
%10489 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10490 = lt %10488, %10489 : bool[] @ models/lib/nn.yaml:79:7
%10491 = cast %10488 : f32[] @ models/lib/nn.yaml:79:7
%10492 = broadcast %10491 : f32[24,16] @ models/lib/nn.yaml:79:7
%10493 = mul %10479, %10492 : f32[24,16] @ models/lib/nn.yaml:79:7
%10494 = broadcast %10490 : bool[24,16] @ models/lib/nn.yaml:79:7
%10495 = select %10494, %10493, %10479 : f32[24,16] @ models/lib/nn.yaml:79:7
%10496 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%10497 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%10498 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10499 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%10500 = add %10498, %10499 : i64[] @ models/lib/nn.yaml:79:7
%10501 = mul %3010, %3011 : f64[] @ models/lib/nn.yaml:79:7
%10502 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10503 = sub %10502, %10501 : f64[] @ models/lib/nn.yaml:79:7
%10504 = cast %10503 : f32[] @ models/lib/nn.yaml:79:7
%10505 = broadcast %10504 : f32[24,16] @ models/lib/nn.yaml:79:7
%10506 = mul %77, %10505 : f32[24,16] @ models/lib/nn.yaml:79:7
%10507 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%10508 = cast %10507 : f32[] @ models/lib/nn.yaml:79:7
%10509 = broadcast %10508 : f32[24,16] @ models/lib/nn.yaml:79:7
%10510 = mul %10495, %10509 : f32[24,16] @ models/lib/nn.yaml:79:7
%10511 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10512 = cast %10511 : f32[] @ models/lib/nn.yaml:79:7
%10513 = broadcast %10512 : f32[24,16] @ models/lib/nn.yaml:79:7
%10514 = mul %10496, %10513 : f32[24,16] @ models/lib/nn.yaml:79:7
%10515 = add %10514, %10510 : f32[24,16] @ models/lib/nn.yaml:79:7
%10516 = mul %10495, %10495 : f32[24,16] @ models/lib/nn.yaml:79:7
%10517 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%10518 = cast %10517 : f32[] @ models/lib/nn.yaml:79:7
%10519 = broadcast %10518 : f32[24,16] @ models/lib/nn.yaml:79:7
%10520 = mul %10516, %10519 : f32[24,16] @ models/lib/nn.yaml:79:7
%10521 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10522 = cast %10521 : f32[] @ models/lib/nn.yaml:79:7
%10523 = broadcast %10522 : f32[24,16] @ models/lib/nn.yaml:79:7
%10524 = mul %10497, %10523 : f32[24,16] @ models/lib/nn.yaml:79:7
%10525 = add %10524, %10520 : f32[24,16] @ models/lib/nn.yaml:79:7
%10526 = cast %10500 : f64[] @ models/lib/nn.yaml:79:7
%10527 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10528 = pow %10527, %10526 : f64[] @ models/lib/nn.yaml:79:7
%10529 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10530 = sub %10529, %10528 : f64[] @ models/lib/nn.yaml:79:7
%10531 = div %3010, %10530 : f64[] @ models/lib/nn.yaml:79:7
%10532 = cast %10500 : f64[] @ models/lib/nn.yaml:79:7
%10533 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10534 = pow %10533, %10532 : f64[] @ models/lib/nn.yaml:79:7
%10535 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10536 = sub %10535, %10534 : f64[] @ models/lib/nn.yaml:79:7
%10537 = sqrt %10536 : f64[] @ models/lib/nn.yaml:79:7
%10538 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10539 = div %10538, %10537 : f64[] @ models/lib/nn.yaml:79:7
%10540 = sqrt %10525 : f32[24,16] @ models/lib/nn.yaml:79:7
%10541 = cast %10539 : f32[] @ models/lib/nn.yaml:79:7
%10542 = broadcast %10541 : f32[24,16] @ models/lib/nn.yaml:79:7
%10543 = mul %10540, %10542 : f32[24,16] @ models/lib/nn.yaml:79:7
%10544 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%10545 = cast %10544 : f32[] @ models/lib/nn.yaml:79:7
%10546 = broadcast %10545 : f32[24,16] @ models/lib/nn.yaml:79:7
%10547 = add %10543, %10546 : f32[24,16] @ models/lib/nn.yaml:79:7
%10548 = div %10515, %10547 : f32[24,16] @ models/lib/nn.yaml:79:7
%10549 = cast %10531 : f32[] @ models/lib/nn.yaml:79:7
%10550 = broadcast %10549 : f32[24,16] @ models/lib/nn.yaml:79:7
%10551 = mul %10548, %10550 : f32[24,16] @ models/lib/nn.yaml:79:7
%10552 = sub %10506, %10551 : f32[24,16] @ models/lib/nn.yaml:79:7
%10553 = assign %77, %10552 : f32[24,16] @ models/lib/nn.yaml:79:7
%10554 = assign %10496, %10515 : f32[24,16] @ models/lib/nn.yaml:79:7
%10555 = assign %10497, %10525 : f32[24,16] @ models/lib/nn.yaml:79:7
%10556 = assign %10498, %10500 : i64[] @ models/lib/nn.yaml:79:7
%10557 = cast %3012 : f32[] @ models/lib/nn.yaml:79:7
%10558 = broadcast %10557 : f32[24,16] @ models/lib/nn.yaml:79:7
%10559 = mul %155, %10558 : f32[24,16] @ models/lib/nn.yaml:79:7
%10560 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10561 = sub %10560, %3012 : f64[] @ models/lib/nn.yaml:79:7
%10562 = cast %10561 : f32[] @ models/lib/nn.yaml:79:7
%10563 = broadcast %10562 : f32[24,16] @ models/lib/nn.yaml:79:7
%10564 = mul %10552, %10563 : f32[24,16] @ models/lib/nn.yaml:79:7
%10565 = add %10559, %10564 : f32[24,16] @ models/lib/nn.yaml:79:7
%10566 = assign %155, %10565 : f32[24,16] @ models/lib/nn.yaml:79:7
%10567 = all_reduce_sum %3955 : f32[24] @ models/lib/nn.yaml:80:7
%10568 = reshape %10567 : f32[24] @ models/lib/nn.yaml:80:7
%10569 = mul %10568, %10568 : f32[24] @ models/lib/nn.yaml:80:7
%10570 = reduce_sum %10569 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10571 = sqrt %10570 : f32[] @ models/lib/nn.yaml:80:7
%10572 = cast %10571 : f64[] @ models/lib/nn.yaml:80:7
%10573 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%10574 = add %10572, %10573 : f64[] @ models/lib/nn.yaml:80:7
%10575 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%10576 = div %10575, %10574 : f64[] @ models/lib/nn.yaml:80:7
%10577 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10578 = lt %10576, %10577 : bool[] @ models/lib/nn.yaml:80:7
%10579 = cast %10576 : f32[] @ models/lib/nn.yaml:80:7
%10580 = broadcast %10579 : f32[24] @ models/lib/nn.yaml:80:7
%10581 = mul %10567, %10580 : f32[24] @ models/lib/nn.yaml:80:7
%10582 = broadcast %10578 : bool[24] @ models/lib/nn.yaml:80:7
%10583 = select %10582, %10581, %10567 : f32[24] @ models/lib/nn.yaml:80:7
%10584 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10585 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10586 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10587 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%10588 = add %10586, %10587 : i64[] @ models/lib/nn.yaml:80:7
%10589 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%10590 = cast %10589 : f32[] @ models/lib/nn.yaml:80:7
%10591 = broadcast %10590 : f32[24] @ models/lib/nn.yaml:80:7
%10592 = mul %10583, %10591 : f32[24] @ models/lib/nn.yaml:80:7
%10593 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10594 = cast %10593 : f32[] @ models/lib/nn.yaml:80:7
%10595 = broadcast %10594 : f32[24] @ models/lib/nn.yaml:80:7
%10596 = mul %10584, %10595 : f32[24] @ models/lib/nn.yaml:80:7
%10597 = add %10596, %10592 : f32[24] @ models/lib/nn.yaml:80:7
%10598 = mul %10583, %10583 : f32[24] @ models/lib/nn.yaml:80:7
%10599 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%10600 = cast %10599 : f32[] @ models/lib/nn.yaml:80:7
%10601 = broadcast %10600 : f32[24] @ models/lib/nn.yaml:80:7
%10602 = mul %10598, %10601 : f32[24] @ models/lib/nn.yaml:80:7
%10603 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10604 = cast %10603 : f32[] @ models/lib/nn.yaml:80:7
%10605 = broadcast %10604 : f32[24] @ models/lib/nn.yaml:80:7
%10606 = mul %10585, %10605 : f32[24] @ models/lib/nn.yaml:80:7
%10607 = add %10606, %10602 : f32[24] @ models/lib/nn.yaml:80:7
%10608 = cast %10588 : f64[] @ models/lib/nn.yaml:80:7
%10609 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10610 = pow %10609, %10608 : f64[] @ models/lib/nn.yaml:80:7
%10611 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10612 = sub %10611, %10610 : f64[] @ models/lib/nn.yaml:80:7
%10613 = div %3010, %10612 : f64[] @ models/lib/nn.yaml:80:7
%10614 = cast %10588 : f64[] @ models/lib/nn.yaml:80:7
%10615 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10616 = pow %10615, %10614 : f64[] @ models/lib/nn.yaml:80:7
%10617 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10618 = sub %10617, %10616 : f64[] @ models/lib/nn.yaml:80:7
%10619 = sqrt %10618 : f64[] @ models/lib/nn.yaml:80:7
%10620 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10621 = div %10620, %10619 : f64[] @ models/lib/nn.yaml:80:7
%10622 = sqrt %10607 : f32[24] @ models/lib/nn.yaml:80:7
%10623 = cast %10621 : f32[] @ models/lib/nn.yaml:80:7
%10624 = broadcast %10623 : f32[24] @ models/lib/nn.yaml:80:7
%10625 = mul %10622, %10624 : f32[24] @ models/lib/nn.yaml:80:7
%10626 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%10627 = cast %10626 : f32[] @ models/lib/nn.yaml:80:7
%10628 = broadcast %10627 : f32[24] @ models/lib/nn.yaml:80:7
%10629 = add %10625, %10628 : f32[24] @ models/lib/nn.yaml:80:7
%10630 = div %10597, %10629 : f32[24] @ models/lib/nn.yaml:80:7
%10631 = cast %10613 : f32[] @ models/lib/nn.yaml:80:7
%10632 = broadcast %10631 : f32[24] @ models/lib/nn.yaml:80:7
%10633 = mul %10630, %10632 : f32[24] @ models/lib/nn.yaml:80:7
%10634 = sub %78, %10633 : f32[24] @ models/lib/nn.yaml:80:7
%10635 = assign %78, %10634 : f32[24] @ models/lib/nn.yaml:80:7
%10636 = assign %10584, %10597 : f32[24] @ models/lib/nn.yaml:80:7
%10637 = assign %10585, %10607 : f32[24] @ models/lib/nn.yaml:80:7
%10638 = assign %10586, %10588 : i64[] @ models/lib/nn.yaml:80:7
%10639 = cast %3012 : f32[] @ models/lib/nn.yaml:80:7
%10640 = broadcast %10639 : f32[24] @ models/lib/nn.yaml:80:7
%10641 = mul %156, %10640 : f32[24] @ models/lib/nn.yaml:80:7
%10642 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10643 = sub %10642, %3012 : f64[] @ models/lib/nn.yaml:80:7
%10644 = cast %10643 : f32[] @ models/lib/nn.yaml:80:7
%10645 = broadcast %10644 : f32[24] @ models/lib/nn.yaml:80:7
%10646 = mul %10634, %10645 : f32[24] @ models/lib/nn.yaml:80:7
%10647 = add %10641, %10646 : f32[24] @ models/lib/nn.yaml:80:7
%10648 = assign %156, %10647 : f32[24] @ models/lib/nn.yaml:80:7
%10649 = all_reduce_sum %3940 : f32[24,24] @ models/lib/nn.yaml:79:7
%10650 = reshape %10649 : f32[576] @ models/lib/nn.yaml:79:7
%10651 = mul %10650, %10650 : f32[576] @ models/lib/nn.yaml:79:7
%10652 = reduce_sum %10651 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10653 = sqrt %10652 : f32[] @ models/lib/nn.yaml:79:7
%10654 = cast %10653 : f64[] @ models/lib/nn.yaml:79:7
%10655 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%10656 = add %10654, %10655 : f64[] @ models/lib/nn.yaml:79:7
%10657 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%10658 = div %10657, %10656 : f64[] @ models/lib/nn.yaml:79:7
%10659 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10660 = lt %10658, %10659 : bool[] @ models/lib/nn.yaml:79:7
%10661 = cast %10658 : f32[] @ models/lib/nn.yaml:79:7
%10662 = broadcast %10661 : f32[24,24] @ models/lib/nn.yaml:79:7
%10663 = mul %10649, %10662 : f32[24,24] @ models/lib/nn.yaml:79:7
%10664 = broadcast %10660 : bool[24,24] @ models/lib/nn.yaml:79:7
%10665 = select %10664, %10663, %10649 : f32[24,24] @ models/lib/nn.yaml:79:7
%10666 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10667 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10668 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10669 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%10670 = add %10668, %10669 : i64[] @ models/lib/nn.yaml:79:7
%10671 = mul %3010, %3011 : f64[] @ models/lib/nn.yaml:79:7
%10672 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10673 = sub %10672, %10671 : f64[] @ models/lib/nn.yaml:79:7
%10674 = cast %10673 : f32[] @ models/lib/nn.yaml:79:7
%10675 = broadcast %10674 : f32[24,24] @ models/lib/nn.yaml:79:7
%10676 = mul %79, %10675 : f32[24,24] @ models/lib/nn.yaml:79:7
%10677 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%10678 = cast %10677 : f32[] @ models/lib/nn.yaml:79:7
%10679 = broadcast %10678 : f32[24,24] @ models/lib/nn.yaml:79:7
%10680 = mul %10665, %10679 : f32[24,24] @ models/lib/nn.yaml:79:7
%10681 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10682 = cast %10681 : f32[] @ models/lib/nn.yaml:79:7
%10683 = broadcast %10682 : f32[24,24] @ models/lib/nn.yaml:79:7
%10684 = mul %10666, %10683 : f32[24,24] @ models/lib/nn.yaml:79:7
%10685 = add %10684, %10680 : f32[24,24] @ models/lib/nn.yaml:79:7
%10686 = mul %10665, %10665 : f32[24,24] @ models/lib/nn.yaml:79:7
%10687 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%10688 = cast %10687 : f32[] @ models/lib/nn.yaml:79:7
%10689 = broadcast %10688 : f32[24,24] @ models/lib/nn.yaml:79:7
%10690 = mul %10686, %10689 : f32[24,24] @ models/lib/nn.yaml:79:7
%10691 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10692 = cast %10691 : f32[] @ models/lib/nn.yaml:79:7
%10693 = broadcast %10692 : f32[24,24] @ models/lib/nn.yaml:79:7
%10694 = mul %10667, %10693 : f32[24,24] @ models/lib/nn.yaml:79:7
%10695 = add %10694, %10690 : f32[24,24] @ models/lib/nn.yaml:79:7
%10696 = cast %10670 : f64[] @ models/lib/nn.yaml:79:7
%10697 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10698 = pow %10697, %10696 : f64[] @ models/lib/nn.yaml:79:7
%10699 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10700 = sub %10699, %10698 : f64[] @ models/lib/nn.yaml:79:7
%10701 = div %3010, %10700 : f64[] @ models/lib/nn.yaml:79:7
%10702 = cast %10670 : f64[] @ models/lib/nn.yaml:79:7
%10703 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10704 = pow %10703, %10702 : f64[] @ models/lib/nn.yaml:79:7
%10705 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10706 = sub %10705, %10704 : f64[] @ models/lib/nn.yaml:79:7
%10707 = sqrt %10706 : f64[] @ models/lib/nn.yaml:79:7
%10708 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10709 = div %10708, %10707 : f64[] @ models/lib/nn.yaml:79:7
%10710 = sqrt %10695 : f32[24,24] @ models/lib/nn.yaml:79:7
%10711 = cast %10709 : f32[] @ models/lib/nn.yaml:79:7
%10712 = broadcast %10711 : f32[24,24] @ models/lib/nn.yaml:79:7
%10713 = mul %10710, %10712 : f32[24,24] @ models/lib/nn.yaml:79:7
%10714 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%10715 = cast %10714 : f32[] @ models/lib/nn.yaml:79:7
%10716 = broadcast %10715 : f32[24,24] @ models/lib/nn.yaml:79:7
%10717 = add %10713, %10716 : f32[24,24] @ models/lib/nn.yaml:79:7
%10718 = div %10685, %10717 : f32[24,24] @ models/lib/nn.yaml:79:7
%10719 = cast %10701 : f32[] @ models/lib/nn.yaml:79:7
%10720 = broadcast %10719 : f32[24,24] @ models/lib/nn.yaml:79:7
%10721 = mul %10718, %10720 : f32[24,24] @ models/lib/nn.yaml:79:7
%10722 = sub %10676, %10721 : f32[24,24] @ models/lib/nn.yaml:79:7
%10723 = assign %79, %10722 : f32[24,24] @ models/lib/nn.yaml:79:7
%10724 = assign %10666, %10685 : f32[24,24] @ models/lib/nn.yaml:79:7
%10725 = assign %10667, %10695 : f32[24,24] @ models/lib/nn.yaml:79:7
%10726 = assign %10668, %10670 : i64[] @ models/lib/nn.yaml:79:7
%10727 = cast %3012 : f32[] @ models/lib/nn.yaml:79:7
%10728 = broadcast %10727 : f32[24,24] @ models/lib/nn.yaml:79:7
%10729 = mul %157, %10728 : f32[24,24] @ models/lib/nn.yaml:79:7
%10730 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10731 = sub %10730, %3012 : f64[] @ models/lib/nn.yaml:79:7
%10732 = cast %10731 : f32[] @ models/lib/nn.yaml:79:7
%10733 = broadcast %10732 : f32[24,24] @ models/lib/nn.yaml:79:7
%10734 = mul %10722, %10733 : f32[24,24] @ models/lib/nn.yaml:79:7
%10735 = add %10729, %10734 : f32[24,24] @ models/lib/nn.yaml:79:7
%10736 = assign %157, %10735 : f32[24,24] @ models/lib/nn.yaml:79:7
%10737 = all_reduce_sum %3935 : f32[24] @ models/lib/nn.yaml:80:7
%10738 = reshape %10737 : f32[24] @ models/lib/nn.yaml:80:7
%10739 = mul %10738, %10738 : f32[24] @ models/lib/nn.yaml:80:7
%10740 = reduce_sum %10739 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10741 = sqrt %10740 : f32[] @ models/lib/nn.yaml:80:7
%10742 = cast %10741 : f64[] @ models/lib/nn.yaml:80:7
%10743 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%10744 = add %10742, %10743 : f64[] @ models/lib/nn.yaml:80:7
%10745 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%10746 = div %10745, %10744 : f64[] @ models/lib/nn.yaml:80:7
%10747 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10748 = lt %10746, %10747 : bool[] @ models/lib/nn.yaml:80:7
%10749 = cast %10746 : f32[] @ models/lib/nn.yaml:80:7
%10750 = broadcast %10749 : f32[24] @ models/lib/nn.yaml:80:7
%10751 = mul %10737, %10750 : f32[24] @ models/lib/nn.yaml:80:7
%10752 = broadcast %10748 : bool[24] @ models/lib/nn.yaml:80:7
%10753 = select %10752, %10751, %10737 : f32[24] @ models/lib/nn.yaml:80:7
%10754 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10755 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10756 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10757 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%10758 = add %10756, %10757 : i64[] @ models/lib/nn.yaml:80:7
%10759 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%10760 = cast %10759 : f32[] @ models/lib/nn.yaml:80:7
%10761 = broadcast %10760 : f32[24] @ models/lib/nn.yaml:80:7
%10762 = mul %10753, %10761 : f32[24] @ models/lib/nn.yaml:80:7
%10763 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10764 = cast %10763 : f32[] @ models/lib/nn.yaml:80:7
%10765 = broadcast %10764 : f32[24] @ models/lib/nn.yaml:80:7
%10766 = mul %10754, %10765 : f32[24] @ models/lib/nn.yaml:80:7
%10767 = add %10766, %10762 : f32[24] @ models/lib/nn.yaml:80:7
%10768 = mul %10753, %10753 : f32[24] @ models/lib/nn.yaml:80:7
%10769 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%10770 = cast %10769 : f32[] @ models/lib/nn.yaml:80:7
%10771 = broadcast %10770 : f32[24] @ models/lib/nn.yaml:80:7
%10772 = mul %10768, %10771 : f32[24] @ models/lib/nn.yaml:80:7
%10773 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10774 = cast %10773 : f32[] @ models/lib/nn.yaml:80:7
%10775 = broadcast %10774 : f32[24] @ models/lib/nn.yaml:80:7
%10776 = mul %10755, %10775 : f32[24] @ models/lib/nn.yaml:80:7
%10777 = add %10776, %10772 : f32[24] @ models/lib/nn.yaml:80:7
%10778 = cast %10758 : f64[] @ models/lib/nn.yaml:80:7
%10779 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10780 = pow %10779, %10778 : f64[] @ models/lib/nn.yaml:80:7
%10781 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10782 = sub %10781, %10780 : f64[] @ models/lib/nn.yaml:80:7
%10783 = div %3010, %10782 : f64[] @ models/lib/nn.yaml:80:7
%10784 = cast %10758 : f64[] @ models/lib/nn.yaml:80:7
%10785 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10786 = pow %10785, %10784 : f64[] @ models/lib/nn.yaml:80:7
%10787 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10788 = sub %10787, %10786 : f64[] @ models/lib/nn.yaml:80:7
%10789 = sqrt %10788 : f64[] @ models/lib/nn.yaml:80:7
%10790 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10791 = div %10790, %10789 : f64[] @ models/lib/nn.yaml:80:7
%10792 = sqrt %10777 : f32[24] @ models/lib/nn.yaml:80:7
%10793 = cast %10791 : f32[] @ models/lib/nn.yaml:80:7
%10794 = broadcast %10793 : f32[24] @ models/lib/nn.yaml:80:7
%10795 = mul %10792, %10794 : f32[24] @ models/lib/nn.yaml:80:7
%10796 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%10797 = cast %10796 : f32[] @ models/lib/nn.yaml:80:7
%10798 = broadcast %10797 : f32[24] @ models/lib/nn.yaml:80:7
%10799 = add %10795, %10798 : f32[24] @ models/lib/nn.yaml:80:7
%10800 = div %10767, %10799 : f32[24] @ models/lib/nn.yaml:80:7
%10801 = cast %10783 : f32[] @ models/lib/nn.yaml:80:7
%10802 = broadcast %10801 : f32[24] @ models/lib/nn.yaml:80:7
%10803 = mul %10800, %10802 : f32[24] @ models/lib/nn.yaml:80:7
%10804 = sub %80, %10803 : f32[24] @ models/lib/nn.yaml:80:7
%10805 = assign %80, %10804 : f32[24] @ models/lib/nn.yaml:80:7
%10806 = assign %10754, %10767 : f32[24] @ models/lib/nn.yaml:80:7
%10807 = assign %10755, %10777 : f32[24] @ models/lib/nn.yaml:80:7
%10808 = assign %10756, %10758 : i64[] @ models/lib/nn.yaml:80:7
%10809 = cast %3012 : f32[] @ models/lib/nn.yaml:80:7
%10810 = broadcast %10809 : f32[24] @ models/lib/nn.yaml:80:7
%10811 = mul %158, %10810 : f32[24] @ models/lib/nn.yaml:80:7
%10812 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10813 = sub %10812, %3012 : f64[] @ models/lib/nn.yaml:80:7
%10814 = cast %10813 : f32[] @ models/lib/nn.yaml:80:7
%10815 = broadcast %10814 : f32[24] @ models/lib/nn.yaml:80:7
%10816 = mul %10804, %10815 : f32[24] @ models/lib/nn.yaml:80:7
%10817 = add %10811, %10816 : f32[24] @ models/lib/nn.yaml:80:7
%10818 = assign %158, %10817 : f32[24] @ models/lib/nn.yaml:80:7
%10819 = all_reduce_sum %3920 : f32[8,24] @ models/lib/nn.yaml:79:7
%10820 = reshape %10819 : f32[192] @ models/lib/nn.yaml:79:7
%10821 = mul %10820, %10820 : f32[192] @ models/lib/nn.yaml:79:7
%10822 = reduce_sum %10821 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10823 = sqrt %10822 : f32[] @ models/lib/nn.yaml:79:7
%10824 = cast %10823 : f64[] @ models/lib/nn.yaml:79:7
%10825 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%10826 = add %10824, %10825 : f64[] @ models/lib/nn.yaml:79:7
%10827 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%10828 = div %10827, %10826 : f64[] @ models/lib/nn.yaml:79:7
%10829 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10830 = lt %10828, %10829 : bool[] @ models/lib/nn.yaml:79:7
%10831 = cast %10828 : f32[] @ models/lib/nn.yaml:79:7
%10832 = broadcast %10831 : f32[8,24] @ models/lib/nn.yaml:79:7
%10833 = mul %10819, %10832 : f32[8,24] @ models/lib/nn.yaml:79:7
%10834 = broadcast %10830 : bool[8,24] @ models/lib/nn.yaml:79:7
%10835 = select %10834, %10833, %10819 : f32[8,24] @ models/lib/nn.yaml:79:7
%10836 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10837 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10838 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10839 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%10840 = add %10838, %10839 : i64[] @ models/lib/nn.yaml:79:7
%10841 = mul %3010, %3011 : f64[] @ models/lib/nn.yaml:79:7
%10842 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10843 = sub %10842, %10841 : f64[] @ models/lib/nn.yaml:79:7
%10844 = cast %10843 : f32[] @ models/lib/nn.yaml:79:7
%10845 = broadcast %10844 : f32[8,24] @ models/lib/nn.yaml:79:7
%10846 = mul %81, %10845 : f32[8,24] @ models/lib/nn.yaml:79:7
%10847 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%10848 = cast %10847 : f32[] @ models/lib/nn.yaml:79:7
%10849 = broadcast %10848 : f32[8,24] @ models/lib/nn.yaml:79:7
%10850 = mul %10835, %10849 : f32[8,24] @ models/lib/nn.yaml:79:7
%10851 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10852 = cast %10851 : f32[] @ models/lib/nn.yaml:79:7
%10853 = broadcast %10852 : f32[8,24] @ models/lib/nn.yaml:79:7
%10854 = mul %10836, %10853 : f32[8,24] @ models/lib/nn.yaml:79:7
%10855 = add %10854, %10850 : f32[8,24] @ models/lib/nn.yaml:79:7
%10856 = mul %10835, %10835 : f32[8,24] @ models/lib/nn.yaml:79:7
%10857 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%10858 = cast %10857 : f32[] @ models/lib/nn.yaml:79:7
%10859 = broadcast %10858 : f32[8,24] @ models/lib/nn.yaml:79:7
%10860 = mul %10856, %10859 : f32[8,24] @ models/lib/nn.yaml:79:7
%10861 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10862 = cast %10861 : f32[] @ models/lib/nn.yaml:79:7
%10863 = broadcast %10862 : f32[8,24] @ models/lib/nn.yaml:79:7
%10864 = mul %10837, %10863 : f32[8,24] @ models/lib/nn.yaml:79:7
%10865 = add %10864, %10860 : f32[8,24] @ models/lib/nn.yaml:79:7
%10866 = cast %10840 : f64[] @ models/lib/nn.yaml:79:7
%10867 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10868 = pow %10867, %10866 : f64[] @ models/lib/nn.yaml:79:7
%10869 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10870 = sub %10869, %10868 : f64[] @ models/lib/nn.yaml:79:7
%10871 = div %3010, %10870 : f64[] @ models/lib/nn.yaml:79:7
%10872 = cast %10840 : f64[] @ models/lib/nn.yaml:79:7
%10873 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10874 = pow %10873, %10872 : f64[] @ models/lib/nn.yaml:79:7
%10875 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10876 = sub %10875, %10874 : f64[] @ models/lib/nn.yaml:79:7
%10877 = sqrt %10876 : f64[] @ models/lib/nn.yaml:79:7
%10878 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10879 = div %10878, %10877 : f64[] @ models/lib/nn.yaml:79:7
%10880 = sqrt %10865 : f32[8,24] @ models/lib/nn.yaml:79:7
%10881 = cast %10879 : f32[] @ models/lib/nn.yaml:79:7
%10882 = broadcast %10881 : f32[8,24] @ models/lib/nn.yaml:79:7
%10883 = mul %10880, %10882 : f32[8,24] @ models/lib/nn.yaml:79:7
%10884 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%10885 = cast %10884 : f32[] @ models/lib/nn.yaml:79:7
%10886 = broadcast %10885 : f32[8,24] @ models/lib/nn.yaml:79:7
%10887 = add %10883, %10886 : f32[8,24] @ models/lib/nn.yaml:79:7
%10888 = div %10855, %10887 : f32[8,24] @ models/lib/nn.yaml:79:7
%10889 = cast %10871 : f32[] @ models/lib/nn.yaml:79:7
%10890 = broadcast %10889 : f32[8,24] @ models/lib/nn.yaml:79:7
%10891 = mul %10888, %10890 : f32[8,24] @ models/lib/nn.yaml:79:7
%10892 = sub %10846, %10891 : f32[8,24] @ models/lib/nn.yaml:79:7
%10893 = assign %81, %10892 : f32[8,24] @ models/lib/nn.yaml:79:7
%10894 = assign %10836, %10855 : f32[8,24] @ models/lib/nn.yaml:79:7
%10895 = assign %10837, %10865 : f32[8,24] @ models/lib/nn.yaml:79:7
%10896 = assign %10838, %10840 : i64[] @ models/lib/nn.yaml:79:7
%10897 = cast %3012 : f32[] @ models/lib/nn.yaml:79:7
%10898 = broadcast %10897 : f32[8,24] @ models/lib/nn.yaml:79:7
%10899 = mul %159, %10898 : f32[8,24] @ models/lib/nn.yaml:79:7
%10900 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10901 = sub %10900, %3012 : f64[] @ models/lib/nn.yaml:79:7
%10902 = cast %10901 : f32[] @ models/lib/nn.yaml:79:7
%10903 = broadcast %10902 : f32[8,24] @ models/lib/nn.yaml:79:7
%10904 = mul %10892, %10903 : f32[8,24] @ models/lib/nn.yaml:79:7
%10905 = add %10899, %10904 : f32[8,24] @ models/lib/nn.yaml:79:7
%10906 = assign %159, %10905 : f32[8,24] @ models/lib/nn.yaml:79:7
%10907 = all_reduce_sum %3915 : f32[8] @ models/lib/nn.yaml:80:7
%10908 = reshape %10907 : f32[8] @ models/lib/nn.yaml:80:7
%10909 = mul %10908, %10908 : f32[8] @ models/lib/nn.yaml:80:7
%10910 = reduce_sum %10909 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10911 = sqrt %10910 : f32[] @ models/lib/nn.yaml:80:7
%10912 = cast %10911 : f64[] @ models/lib/nn.yaml:80:7
%10913 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%10914 = add %10912, %10913 : f64[] @ models/lib/nn.yaml:80:7
%10915 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%10916 = div %10915, %10914 : f64[] @ models/lib/nn.yaml:80:7
%10917 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10918 = lt %10916, %10917 : bool[] @ models/lib/nn.yaml:80:7
%10919 = cast %10916 : f32[] @ models/lib/nn.yaml:80:7
%10920 = broadcast %10919 : f32[8] @ models/lib/nn.yaml:80:7
%10921 = mul %10907, %10920 : f32[8] @ models/lib/nn.yaml:80:7
%10922 = broadcast %10918 : bool[8] @ models/lib/nn.yaml:80:7
%10923 = select %10922, %10921, %10907 : f32[8] @ models/lib/nn.yaml:80:7
%10924 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10925 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10926 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10927 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%10928 = add %10926, %10927 : i64[] @ models/lib/nn.yaml:80:7
%10929 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%10930 = cast %10929 : f32[] @ models/lib/nn.yaml:80:7
%10931 = broadcast %10930 : f32[8] @ models/lib/nn.yaml:80:7
%10932 = mul %10923, %10931 : f32[8] @ models/lib/nn.yaml:80:7
%10933 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10934 = cast %10933 : f32[] @ models/lib/nn.yaml:80:7
%10935 = broadcast %10934 : f32[8] @ models/lib/nn.yaml:80:7
%10936 = mul %10924, %10935 : f32[8] @ models/lib/nn.yaml:80:7
%10937 = add %10936, %10932 : f32[8] @ models/lib/nn.yaml:80:7
%10938 = mul %10923, %10923 : f32[8] @ models/lib/nn.yaml:80:7
%10939 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%10940 = cast %10939 : f32[] @ models/lib/nn.yaml:80:7
%10941 = broadcast %10940 : f32[8] @ models/lib/nn.yaml:80:7
%10942 = mul %10938, %10941 : f32[8] @ models/lib/nn.yaml:80:7
%10943 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10944 = cast %10943 : f32[] @ models/lib/nn.yaml:80:7
%10945 = broadcast %10944 : f32[8] @ models/lib/nn.yaml:80:7
%10946 = mul %10925, %10945 : f32[8] @ models/lib/nn.yaml:80:7
%10947 = add %10946, %10942 : f32[8] @ models/lib/nn.yaml:80:7
%10948 = cast %10928 : f64[] @ models/lib/nn.yaml:80:7
%10949 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10950 = pow %10949, %10948 : f64[] @ models/lib/nn.yaml:80:7
%10951 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10952 = sub %10951, %10950 : f64[] @ models/lib/nn.yaml:80:7
%10953 = div %3010, %10952 : f64[] @ models/lib/nn.yaml:80:7
%10954 = cast %10928 : f64[] @ models/lib/nn.yaml:80:7
%10955 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10956 = pow %10955, %10954 : f64[] @ models/lib/nn.yaml:80:7
%10957 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10958 = sub %10957, %10956 : f64[] @ models/lib/nn.yaml:80:7
%10959 = sqrt %10958 : f64[] @ models/lib/nn.yaml:80:7
%10960 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10961 = div %10960, %10959 : f64[] @ models/lib/nn.yaml:80:7
%10962 = sqrt %10947 : f32[8] @ models/lib/nn.yaml:80:7
%10963 = cast %10961 : f32[] @ models/lib/nn.yaml:80:7
%10964 = broadcast %10963 : f32[8] @ models/lib/nn.yaml:80:7
%10965 = mul %10962, %10964 : f32[8] @ models/lib/nn.yaml:80:7
%10966 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%10967 = cast %10966 : f32[] @ models/lib/nn.yaml:80:7
%10968 = broadcast %10967 : f32[8] @ models/lib/nn.yaml:80:7
%10969 = add %10965, %10968 : f32[8] @ models/lib/nn.yaml:80:7
%10970 = div %10937, %10969 : f32[8] @ models/lib/nn.yaml:80:7
%10971 = cast %10953 : f32[] @ models/lib/nn.yaml:80:7
%10972 = broadcast %10971 : f32[8] @ models/lib/nn.yaml:80:7
%10973 = mul %10970, %10972 : f32[8] @ models/lib/nn.yaml:80:7
%10974 = sub %82, %10973 : f32[8] @ models/lib/nn.yaml:80:7
%10975 = assign %82, %10974 : f32[8] @ models/lib/nn.yaml:80:7
%10976 = assign %10924, %10937 : f32[8] @ models/lib/nn.yaml:80:7
%10977 = assign %10925, %10947 : f32[8] @ models/lib/nn.yaml:80:7
%10978 = assign %10926, %10928 : i64[] @ models/lib/nn.yaml:80:7
%10979 = cast %3012 : f32[] @ models/lib/nn.yaml:80:7
%10980 = broadcast %10979 : f32[8] @ models/lib/nn.yaml:80:7
%10981 = mul %160, %10980 : f32[8] @ models/lib/nn.yaml:80:7
%10982 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10983 = sub %10982, %3012 : f64[] @ models/lib/nn.yaml:80:7
%10984 = cast %10983 : f32[] @ models/lib/nn.yaml:80:7
%10985 = broadcast %10984 : f32[8] @ models/lib/nn.yaml:80:7
%10986 = mul %10974, %10985 : f32[8] @ models/lib/nn.yaml:80:7
%10987 = add %10981, %10986 : f32[8] @ models/lib/nn.yaml:80:7
%10988 = assign %160, %10987 : f32[8] @ models/lib/nn.yaml:80:7
%10989 = cast %3012 : f32[] @ models/lib/dino.yaml:18:7
%10990 = broadcast %10989 : f32[16,1] @ models/lib/dino.yaml:18:7
%10991 = mul %161, %10990 : f32[16,1] @ models/lib/dino.yaml:18:7
%10992 = const data=[1] : f64[] @ models/lib/dino.yaml:18:7
%10993 = sub %10992, %3012 : f64[] @ models/lib/dino.yaml:18:7
%10994 = cast %10993 : f32[] @ models/lib/dino.yaml:18:7
%10995 = broadcast %10994 : f32[16,1] @ models/lib/dino.yaml:18:7
%10996 = mul %83, %10995 : f32[16,1] @ models/lib/dino.yaml:18:7
%10997 = add %10991, %10996 : f32[16,1] @ models/lib/dino.yaml:18:7
%10998 = assign %161, %10997 : f32[16,1] @ models/lib/dino.yaml:18:7
%10999 = all_reduce_sum %3890 : f32[16,8] @ models/lib/dino.yaml:19:7
%11000 = reshape %10999 : f32[128] @ models/lib/dino.yaml:19:7
%11001 = mul %11000, %11000 : f32[128] @ models/lib/dino.yaml:19:7
%11002 = reduce_sum %11001 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%11003 = sqrt %11002 : f32[] @ models/lib/dino.yaml:19:7
%11004 = cast %11003 : f64[] @ models/lib/dino.yaml:19:7
%11005 = const data=[1e-06] : f64[] @ models/lib/dino.yaml:19:7
%11006 = add %11004, %11005 : f64[] @ models/lib/dino.yaml:19:7
%11007 = const data=[3] : f64[] @ models/lib/dino.yaml:19:7
%11008 = div %11007, %11006 : f64[] @ models/lib/dino.yaml:19:7
%11009 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11010 = lt %11008, %11009 : bool[] @ models/lib/dino.yaml:19:7
%11011 = cast %11008 : f32[] @ models/lib/dino.yaml:19:7
%11012 = broadcast %11011 : f32[16,8] @ models/lib/dino.yaml:19:7
%11013 = mul %10999, %11012 : f32[16,8] @ models/lib/dino.yaml:19:7
%11014 = broadcast %11010 : bool[16,8] @ models/lib/dino.yaml:19:7
%11015 = select %11014, %11013, %10999 : f32[16,8] @ models/lib/dino.yaml:19:7
%11016 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%11017 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%11018 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%11019 = const data=[1] : i64[] @ models/lib/dino.yaml:19:7
%11020 = add %11018, %11019 : i64[] @ models/lib/dino.yaml:19:7
%11021 = mul %3010, %3011 : f64[] @ models/lib/dino.yaml:19:7
%11022 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11023 = sub %11022, %11021 : f64[] @ models/lib/dino.yaml:19:7
%11024 = cast %11023 : f32[] @ models/lib/dino.yaml:19:7
%11025 = broadcast %11024 : f32[16,8] @ models/lib/dino.yaml:19:7
%11026 = mul %84, %11025 : f32[16,8] @ models/lib/dino.yaml:19:7
%11027 = const data=[0.09999999999999998] : f64[] @ models/lib/dino.yaml:19:7
%11028 = cast %11027 : f32[] @ models/lib/dino.yaml:19:7
%11029 = broadcast %11028 : f32[16,8] @ models/lib/dino.yaml:19:7
%11030 = mul %11015, %11029 : f32[16,8] @ models/lib/dino.yaml:19:7
%11031 = const data=[0.9] : f64[] @ models/lib/dino.yaml:19:7
%11032 = cast %11031 : f32[] @ models/lib/dino.yaml:19:7
%11033 = broadcast %11032 : f32[16,8] @ models/lib/dino.yaml:19:7
%11034 = mul %11016, %11033 : f32[16,8] @ models/lib/dino.yaml:19:7
%11035 = add %11034, %11030 : f32[16,8] @ models/lib/dino.yaml:19:7
%11036 = mul %11015, %11015 : f32[16,8] @ models/lib/dino.yaml:19:7
%11037 = const data=[0.0010000000000000009] : f64[] @ models/lib/dino.yaml:19:7
%11038 = cast %11037 : f32[] @ models/lib/dino.yaml:19:7
%11039 = broadcast %11038 : f32[16,8] @ models/lib/dino.yaml:19:7
%11040 = mul %11036, %11039 : f32[16,8] @ models/lib/dino.yaml:19:7
%11041 = const data=[0.999] : f64[] @ models/lib/dino.yaml:19:7
%11042 = cast %11041 : f32[] @ models/lib/dino.yaml:19:7
%11043 = broadcast %11042 : f32[16,8] @ models/lib/dino.yaml:19:7
%11044 = mul %11017, %11043 : f32[16,8] @ models/lib/dino.yaml:19:7
%11045 = add %11044, %11040 : f32[16,8] @ models/lib/dino.yaml:19:7
%11046 = cast %11020 : f64[] @ models/lib/dino.yaml:19:7
%11047 = const data=[0.9] : f64[] @ models/lib/dino.yaml:19:7
%11048 = pow %11047, %11046 : f64[] @ models/lib/dino.yaml:19:7
%11049 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11050 = sub %11049, %11048 : f64[] @ models/lib/dino.yaml:19:7
%11051 = div %3010, %11050 : f64[] @ models/lib/dino.yaml:19:7
%11052 = cast %11020 : f64[] @ models/lib/dino.yaml:19:7
%11053 = const data=[0.999] : f64[] @ models/lib/dino.yaml:19:7
%11054 = pow %11053, %11052 : f64[] @ models/lib/dino.yaml:19:7
%11055 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11056 = sub %11055, %11054 : f64[] @ models/lib/dino.yaml:19:7
%11057 = sqrt %11056 : f64[] @ models/lib/dino.yaml:19:7
%11058 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11059 = div %11058, %11057 : f64[] @ models/lib/dino.yaml:19:7
%11060 = sqrt %11045 : f32[16,8] @ models/lib/dino.yaml:19:7
%11061 = cast %11059 : f32[] @ models/lib/dino.yaml:19:7
%11062 = broadcast %11061 : f32[16,8] @ models/lib/dino.yaml:19:7
%11063 = mul %11060, %11062 : f32[16,8] @ models/lib/dino.yaml:19:7
%11064 = const data=[1e-08] : f64[] @ models/lib/dino.yaml:19:7
%11065 = cast %11064 : f32[] @ models/lib/dino.yaml:19:7
%11066 = broadcast %11065 : f32[16,8] @ models/lib/dino.yaml:19:7
%11067 = add %11063, %11066 : f32[16,8] @ models/lib/dino.yaml:19:7
%11068 = div %11035, %11067 : f32[16,8] @ models/lib/dino.yaml:19:7
%11069 = cast %11051 : f32[] @ models/lib/dino.yaml:19:7
%11070 = broadcast %11069 : f32[16,8] @ models/lib/dino.yaml:19:7
%11071 = mul %11068, %11070 : f32[16,8] @ models/lib/dino.yaml:19:7
%11072 = sub %11026, %11071 : f32[16,8] @ models/lib/dino.yaml:19:7
%11073 = const data=[1] : i64[] @ models/lib/dino.yaml:19:7
%11074 = lt %10456, %11073 : bool[] @ models/lib/dino.yaml:19:7
%11075 = broadcast %11074 : bool[16,8] @ models/lib/dino.yaml:19:7
%11076 = select %11075, %84, %11072 : f32[16,8] @ models/lib/dino.yaml:19:7
%11077 = broadcast %11074 : bool[16,8] @ models/lib/dino.yaml:19:7
%11078 = select %11077, %11016, %11035 : f32[16,8] @ models/lib/dino.yaml:19:7
%11079 = broadcast %11074 : bool[16,8] @ models/lib/dino.yaml:19:7
%11080 = select %11079, %11017, %11045 : f32[16,8] @ models/lib/dino.yaml:19:7
%11081 = select %11074, %11018, %11020 : i64[] @ models/lib/dino.yaml:19:7
%11082 = assign %84, %11076 : f32[16,8] @ models/lib/dino.yaml:19:7
%11083 = assign %11016, %11078 : f32[16,8] @ models/lib/dino.yaml:19:7
%11084 = assign %11017, %11080 : f32[16,8] @ models/lib/dino.yaml:19:7
%11085 = assign %11018, %11081 : i64[] @ models/lib/dino.yaml:19:7
%11086 = cast %3012 : f32[] @ models/lib/dino.yaml:19:7
%11087 = broadcast %11086 : f32[16,8] @ models/lib/dino.yaml:19:7
%11088 = mul %162, %11087 : f32[16,8] @ models/lib/dino.yaml:19:7
%11089 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11090 = sub %11089, %3012 : f64[] @ models/lib/dino.yaml:19:7
%11091 = cast %11090 : f32[] @ models/lib/dino.yaml:19:7
%11092 = broadcast %11091 : f32[16,8] @ models/lib/dino.yaml:19:7
%11093 = mul %11076, %11092 : f32[16,8] @ models/lib/dino.yaml:19:7
%11094 = add %11088, %11093 : f32[16,8] @ models/lib/dino.yaml:19:7
%11095 = assign %162, %11094 : f32[16,8] @ models/lib/dino.yaml:19:7
%11096 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%11097 = abs %2976 : f32[] @ models/dino_pass.yaml:149:3
%11098 = lt %11097, %11096 : bool[] @ models/dino_pass.yaml:149:3
%11099 = output %11098 name="finite" : bool[] @ models/dino_pass.yaml:149:3
