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
%294 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%295 = broadcast %294 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%296 = add %292, %293 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%297 = mul %295, %296 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%298 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%299 = broadcast %298 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%300 = add %292, %293 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%301 = mul %300, %299 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%302 = erf %301 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%303 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%304 = broadcast %303 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%305 = add %304, %302 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%306 = mul %297, %305 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%307 = matmul %306, %98 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%308 = broadcast %99 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%309 = add %307, %308 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%310 = add %276, %309 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%311 = reduce_sum %310 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%312 = div %311, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%313 = broadcast %312 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%314 = sub %310, %313 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%315 = mul %314, %314 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%316 = reduce_sum %315 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%317 = div %316, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%318 = add %317, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%319 = rsqrt %318 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%320 = broadcast %319 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%321 = mul %314, %320 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%322 = broadcast %100 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%323 = mul %321, %322 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%324 = broadcast %101 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%325 = add %323, %324 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%326 = matmul %325, %102 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%327 = broadcast %103 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%328 = add %326, %327 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%329 = reshape %328 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%330 = permute %329 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%331 = slice %330 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%332 = reshape %331 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%333 = slice %330 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%334 = reshape %333 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%335 = slice %330 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%336 = reshape %335 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%337 = permute %334 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%338 = slice %332 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%339 = broadcast %338 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%340 = slice %337 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%341 = broadcast %340 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%342 = mul %339, %341 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%343 = slice %332 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%344 = broadcast %343 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%345 = slice %337 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%346 = broadcast %345 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%347 = mul %344, %346 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%348 = add %342, %347 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%349 = slice %332 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%350 = broadcast %349 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%351 = slice %337 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%352 = broadcast %351 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%353 = mul %350, %352 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%354 = add %348, %353 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%355 = slice %332 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%356 = broadcast %355 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%357 = slice %337 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%358 = broadcast %357 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%359 = mul %356, %358 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%360 = add %354, %359 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%361 = slice %332 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%362 = broadcast %361 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%363 = slice %337 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%364 = broadcast %363 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%365 = mul %362, %364 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%366 = add %360, %365 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%367 = slice %332 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%368 = broadcast %367 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%369 = slice %337 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%370 = broadcast %369 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%371 = mul %368, %370 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%372 = add %366, %371 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%373 = slice %332 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%374 = broadcast %373 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%375 = slice %337 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%376 = broadcast %375 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%377 = mul %374, %376 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%378 = add %372, %377 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%379 = slice %332 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%380 = broadcast %379 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%381 = slice %337 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%382 = broadcast %381 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%383 = mul %380, %382 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%384 = add %378, %383 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%385 = mul %384, %253 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%386 = reduce_max %385 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%387 = stop_gradient %386 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%388 = broadcast %387 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%389 = mul %384, %253 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%390 = sub %389, %388 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%391 = exp %390 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%392 = reduce_sum %391 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%393 = broadcast %392 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%394 = exp %390 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%395 = div %394, %393 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%396 = reshape %395 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%397 = broadcast %396 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%398 = reshape %336 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%399 = broadcast %398 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%400 = mul %397, %399 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%401 = reduce_sum %400 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%402 = permute %401 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%403 = reshape %402 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%404 = matmul %403, %104 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%405 = broadcast %105 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%406 = add %404, %405 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%407 = add %310, %406 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%408 = reduce_sum %407 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%409 = div %408, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%410 = broadcast %409 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%411 = sub %407, %410 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%412 = mul %411, %411 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%413 = reduce_sum %412 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%414 = div %413, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%415 = add %414, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%416 = rsqrt %415 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%417 = broadcast %416 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%418 = mul %411, %417 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%419 = broadcast %106 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%420 = mul %418, %419 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%421 = broadcast %107 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%422 = add %420, %421 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%423 = matmul %422, %108 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%424 = broadcast %109 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%425 = add %423, %424 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%426 = mul %295, %425 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%427 = add %423, %424 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%428 = mul %427, %299 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%429 = erf %428 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%430 = add %304, %429 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%431 = mul %426, %430 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%432 = matmul %431, %110 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%433 = broadcast %111 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%434 = add %432, %433 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%435 = add %407, %434 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%436 = grid_neighbors n=4 size=3 : i32[16,8] @ models/dino_pass.yaml:61:16
%437 = neighbor_topk_gather %435, %436 k=2 : f32[4,16,2,16] @ models/dino_pass.yaml:77:16
%438 = reshape %437 : f32[64,2,16] @ models/dino_pass.yaml:87:23
%439 = broadcast %112 : f32[64,1,16] @ models/lib/vit.yaml:116:31
%440 = concat %439, %438 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%441 = reduce_sum %440 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%442 = broadcast %175 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%443 = div %441, %442 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%444 = broadcast %443 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%445 = sub %440, %444 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%446 = mul %445, %445 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%447 = reduce_sum %446 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%448 = div %447, %442 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%449 = broadcast %183 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%450 = add %448, %449 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%451 = rsqrt %450 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%452 = broadcast %451 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%453 = mul %445, %452 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%454 = broadcast %113 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%455 = mul %453, %454 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%456 = broadcast %114 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%457 = add %455, %456 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%458 = slice %457 lo=[0,0,0] hi=[64,1,16] : f32[64,1,16] @ models/lib/vit.yaml:78:33
%459 = matmul %458, %115 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%460 = broadcast %116 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%461 = add %459, %460 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%462 = reshape %461 : f32[64,1,2,8] @ models/lib/vit.yaml:78:22
%463 = permute %462 perm=[0,2,1,3] : f32[64,2,1,8] @ models/lib/vit.yaml:78:14
%464 = matmul %457, %117 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%465 = broadcast %118 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%466 = matmul %457, %119 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%467 = broadcast %120 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%468 = slice %463 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%469 = broadcast %468 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%470 = reshape %464 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%471 = permute %470 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%472 = permute %471 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%473 = slice %472 lo=[0,0,0,0] hi=[64,2,1,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%474 = reshape %465 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%475 = permute %474 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%476 = permute %475 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%477 = slice %476 lo=[0,0,0,0] hi=[64,2,1,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%478 = add %473, %477 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%479 = mul %469, %478 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%480 = slice %463 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%481 = broadcast %480 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%482 = reshape %464 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%483 = permute %482 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%484 = permute %483 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%485 = slice %484 lo=[0,0,1,0] hi=[64,2,2,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%486 = reshape %465 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%487 = permute %486 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%488 = permute %487 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%489 = slice %488 lo=[0,0,1,0] hi=[64,2,2,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%490 = add %485, %489 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%491 = mul %481, %490 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%492 = add %479, %491 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%493 = slice %463 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%494 = broadcast %493 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%495 = reshape %464 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%496 = permute %495 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%497 = permute %496 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%498 = slice %497 lo=[0,0,2,0] hi=[64,2,3,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%499 = reshape %465 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%500 = permute %499 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%501 = permute %500 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%502 = slice %501 lo=[0,0,2,0] hi=[64,2,3,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%503 = add %498, %502 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%504 = mul %494, %503 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%505 = add %492, %504 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%506 = slice %463 lo=[0,0,0,3] hi=[64,2,1,4] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%507 = broadcast %506 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%508 = reshape %464 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%509 = permute %508 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%510 = permute %509 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%511 = slice %510 lo=[0,0,3,0] hi=[64,2,4,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%512 = reshape %465 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%513 = permute %512 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%514 = permute %513 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%515 = slice %514 lo=[0,0,3,0] hi=[64,2,4,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%516 = add %511, %515 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%517 = mul %507, %516 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%518 = add %505, %517 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%519 = slice %463 lo=[0,0,0,4] hi=[64,2,1,5] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%520 = broadcast %519 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%521 = reshape %464 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%522 = permute %521 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%523 = permute %522 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%524 = slice %523 lo=[0,0,4,0] hi=[64,2,5,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%525 = reshape %465 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%526 = permute %525 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%527 = permute %526 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%528 = slice %527 lo=[0,0,4,0] hi=[64,2,5,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%529 = add %524, %528 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%530 = mul %520, %529 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%531 = add %518, %530 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%532 = slice %463 lo=[0,0,0,5] hi=[64,2,1,6] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%533 = broadcast %532 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%534 = reshape %464 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%535 = permute %534 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%536 = permute %535 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%537 = slice %536 lo=[0,0,5,0] hi=[64,2,6,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%538 = reshape %465 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%539 = permute %538 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%540 = permute %539 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%541 = slice %540 lo=[0,0,5,0] hi=[64,2,6,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%542 = add %537, %541 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%543 = mul %533, %542 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%544 = add %531, %543 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%545 = slice %463 lo=[0,0,0,6] hi=[64,2,1,7] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%546 = broadcast %545 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%547 = reshape %464 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%548 = permute %547 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%549 = permute %548 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%550 = slice %549 lo=[0,0,6,0] hi=[64,2,7,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%551 = reshape %465 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%552 = permute %551 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%553 = permute %552 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%554 = slice %553 lo=[0,0,6,0] hi=[64,2,7,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%555 = add %550, %554 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%556 = mul %546, %555 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%557 = add %544, %556 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%558 = slice %463 lo=[0,0,0,7] hi=[64,2,1,8] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%559 = broadcast %558 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%560 = reshape %464 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%561 = permute %560 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%562 = permute %561 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%563 = slice %562 lo=[0,0,7,0] hi=[64,2,8,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%564 = reshape %465 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%565 = permute %564 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%566 = permute %565 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%567 = slice %566 lo=[0,0,7,0] hi=[64,2,8,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%568 = add %563, %567 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%569 = mul %559, %568 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%570 = add %557, %569 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%571 = broadcast %252 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%572 = mul %570, %571 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%573 = reduce_max %572 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%574 = stop_gradient %573 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%575 = broadcast %574 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%576 = mul %570, %571 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%577 = sub %576, %575 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%578 = exp %577 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%579 = reduce_sum %578 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%580 = broadcast %579 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%581 = exp %577 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%582 = div %581, %580 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%583 = slice %582 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%584 = broadcast %583 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%585 = reshape %466 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%586 = permute %585 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%587 = slice %586 lo=[0,0,0,0] hi=[64,2,1,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%588 = reshape %467 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%589 = permute %588 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%590 = slice %589 lo=[0,0,0,0] hi=[64,2,1,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%591 = add %587, %590 : f32[64,2,1,8] @ models/lib/nn.yaml:84:18
%592 = mul %584, %591 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%593 = slice %582 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%594 = broadcast %593 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%595 = reshape %466 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%596 = permute %595 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%597 = slice %596 lo=[0,0,1,0] hi=[64,2,2,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%598 = reshape %467 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%599 = permute %598 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%600 = slice %599 lo=[0,0,1,0] hi=[64,2,2,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%601 = add %597, %600 : f32[64,2,1,8] @ models/lib/nn.yaml:84:18
%602 = mul %594, %601 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%603 = add %592, %602 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%604 = slice %582 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%605 = broadcast %604 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%606 = reshape %466 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%607 = permute %606 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%608 = slice %607 lo=[0,0,2,0] hi=[64,2,3,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%609 = reshape %467 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%610 = permute %609 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%611 = slice %610 lo=[0,0,2,0] hi=[64,2,3,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%612 = add %608, %611 : f32[64,2,1,8] @ models/lib/nn.yaml:84:18
%613 = mul %605, %612 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%614 = add %603, %613 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%615 = permute %614 perm=[0,2,1,3] : f32[64,1,2,8] @ models/lib/nn.yaml:56:13
%616 = reshape %615 : f32[64,1,16] @ models/lib/nn.yaml:57:16
%617 = matmul %616, %121 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%618 = broadcast %122 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%619 = add %617, %618 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%620 = add %439, %619 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%621 = reduce_sum %620 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%622 = broadcast %175 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%623 = div %621, %622 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%624 = broadcast %623 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%625 = add %617, %618 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%626 = add %439, %625 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%627 = sub %626, %624 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%628 = mul %627, %627 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%629 = reduce_sum %628 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%630 = div %629, %622 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%631 = broadcast %183 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%632 = add %630, %631 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%633 = rsqrt %632 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%634 = broadcast %633 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%635 = mul %627, %634 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%636 = broadcast %123 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%637 = mul %635, %636 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%638 = broadcast %124 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%639 = add %637, %638 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%640 = matmul %639, %125 ta=0 tb=1 : f32[64,1,64] @ models/lib/nn.yaml:83:15
%641 = broadcast %126 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%642 = broadcast %294 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%643 = add %640, %641 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%644 = mul %642, %643 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%645 = broadcast %298 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%646 = add %640, %641 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%647 = mul %646, %645 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%648 = erf %647 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%649 = broadcast %303 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%650 = add %649, %648 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%651 = mul %644, %650 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%652 = matmul %651, %127 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%653 = broadcast %128 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%654 = add %652, %653 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%655 = add %617, %618 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%656 = add %439, %655 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%657 = add %656, %654 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%658 = concat %657, %438 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%659 = reduce_sum %658 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%660 = div %659, %442 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%661 = broadcast %660 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%662 = sub %658, %661 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%663 = mul %662, %662 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%664 = reduce_sum %663 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%665 = div %664, %442 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%666 = add %665, %449 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%667 = rsqrt %666 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%668 = broadcast %667 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%669 = mul %662, %668 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%670 = broadcast %129 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%671 = mul %669, %670 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%672 = broadcast %130 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%673 = add %671, %672 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%674 = slice %673 lo=[0,0,0] hi=[64,1,16] : f32[64,1,16] @ models/lib/vit.yaml:78:33
%675 = matmul %674, %131 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%676 = broadcast %132 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%677 = add %675, %676 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%678 = reshape %677 : f32[64,1,2,8] @ models/lib/vit.yaml:78:22
%679 = permute %678 perm=[0,2,1,3] : f32[64,2,1,8] @ models/lib/vit.yaml:78:14
%680 = matmul %673, %133 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%681 = broadcast %134 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%682 = matmul %673, %135 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%683 = broadcast %136 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%684 = slice %679 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%685 = broadcast %684 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%686 = reshape %680 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%687 = permute %686 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%688 = permute %687 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%689 = slice %688 lo=[0,0,0,0] hi=[64,2,1,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%690 = reshape %681 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%691 = permute %690 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%692 = permute %691 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%693 = slice %692 lo=[0,0,0,0] hi=[64,2,1,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%694 = add %689, %693 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%695 = mul %685, %694 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%696 = slice %679 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%697 = broadcast %696 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%698 = reshape %680 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%699 = permute %698 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%700 = permute %699 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%701 = slice %700 lo=[0,0,1,0] hi=[64,2,2,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%702 = reshape %681 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%703 = permute %702 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%704 = permute %703 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%705 = slice %704 lo=[0,0,1,0] hi=[64,2,2,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%706 = add %701, %705 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%707 = mul %697, %706 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%708 = add %695, %707 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%709 = slice %679 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%710 = broadcast %709 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%711 = reshape %680 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%712 = permute %711 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%713 = permute %712 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%714 = slice %713 lo=[0,0,2,0] hi=[64,2,3,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%715 = reshape %681 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%716 = permute %715 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%717 = permute %716 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%718 = slice %717 lo=[0,0,2,0] hi=[64,2,3,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%719 = add %714, %718 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%720 = mul %710, %719 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%721 = add %708, %720 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%722 = slice %679 lo=[0,0,0,3] hi=[64,2,1,4] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%723 = broadcast %722 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%724 = reshape %680 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%725 = permute %724 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%726 = permute %725 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%727 = slice %726 lo=[0,0,3,0] hi=[64,2,4,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%728 = reshape %681 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%729 = permute %728 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%730 = permute %729 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%731 = slice %730 lo=[0,0,3,0] hi=[64,2,4,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%732 = add %727, %731 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%733 = mul %723, %732 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%734 = add %721, %733 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%735 = slice %679 lo=[0,0,0,4] hi=[64,2,1,5] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%736 = broadcast %735 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%737 = reshape %680 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%738 = permute %737 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%739 = permute %738 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%740 = slice %739 lo=[0,0,4,0] hi=[64,2,5,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%741 = reshape %681 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%742 = permute %741 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%743 = permute %742 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%744 = slice %743 lo=[0,0,4,0] hi=[64,2,5,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%745 = add %740, %744 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%746 = mul %736, %745 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%747 = add %734, %746 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%748 = slice %679 lo=[0,0,0,5] hi=[64,2,1,6] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%749 = broadcast %748 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%750 = reshape %680 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%751 = permute %750 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%752 = permute %751 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%753 = slice %752 lo=[0,0,5,0] hi=[64,2,6,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%754 = reshape %681 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%755 = permute %754 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%756 = permute %755 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%757 = slice %756 lo=[0,0,5,0] hi=[64,2,6,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%758 = add %753, %757 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%759 = mul %749, %758 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%760 = add %747, %759 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%761 = slice %679 lo=[0,0,0,6] hi=[64,2,1,7] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%762 = broadcast %761 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%763 = reshape %680 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%764 = permute %763 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%765 = permute %764 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%766 = slice %765 lo=[0,0,6,0] hi=[64,2,7,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%767 = reshape %681 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%768 = permute %767 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%769 = permute %768 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%770 = slice %769 lo=[0,0,6,0] hi=[64,2,7,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%771 = add %766, %770 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%772 = mul %762, %771 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%773 = add %760, %772 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%774 = slice %679 lo=[0,0,0,7] hi=[64,2,1,8] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%775 = broadcast %774 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%776 = reshape %680 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%777 = permute %776 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%778 = permute %777 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%779 = slice %778 lo=[0,0,7,0] hi=[64,2,8,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%780 = reshape %681 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%781 = permute %780 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%782 = permute %781 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%783 = slice %782 lo=[0,0,7,0] hi=[64,2,8,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%784 = add %779, %783 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%785 = mul %775, %784 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%786 = add %773, %785 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%787 = mul %786, %571 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%788 = reduce_max %787 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%789 = stop_gradient %788 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%790 = broadcast %789 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%791 = mul %786, %571 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%792 = sub %791, %790 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%793 = exp %792 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%794 = reduce_sum %793 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%795 = broadcast %794 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%796 = exp %792 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%797 = div %796, %795 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%798 = slice %797 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%799 = broadcast %798 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%800 = reshape %682 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%801 = permute %800 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%802 = slice %801 lo=[0,0,0,0] hi=[64,2,1,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%803 = reshape %683 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%804 = permute %803 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%805 = slice %804 lo=[0,0,0,0] hi=[64,2,1,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%806 = add %802, %805 : f32[64,2,1,8] @ models/lib/nn.yaml:84:18
%807 = mul %799, %806 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%808 = slice %797 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%809 = broadcast %808 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%810 = reshape %682 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%811 = permute %810 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%812 = slice %811 lo=[0,0,1,0] hi=[64,2,2,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%813 = reshape %683 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%814 = permute %813 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%815 = slice %814 lo=[0,0,1,0] hi=[64,2,2,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%816 = add %812, %815 : f32[64,2,1,8] @ models/lib/nn.yaml:84:18
%817 = mul %809, %816 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%818 = add %807, %817 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%819 = slice %797 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%820 = broadcast %819 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%821 = reshape %682 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%822 = permute %821 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%823 = slice %822 lo=[0,0,2,0] hi=[64,2,3,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%824 = reshape %683 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%825 = permute %824 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%826 = slice %825 lo=[0,0,2,0] hi=[64,2,3,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%827 = add %823, %826 : f32[64,2,1,8] @ models/lib/nn.yaml:84:18
%828 = mul %820, %827 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%829 = add %818, %828 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%830 = permute %829 perm=[0,2,1,3] : f32[64,1,2,8] @ models/lib/nn.yaml:56:13
%831 = reshape %830 : f32[64,1,16] @ models/lib/nn.yaml:57:16
%832 = matmul %831, %137 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%833 = broadcast %138 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%834 = add %832, %833 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%835 = add %657, %834 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%836 = reduce_sum %835 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%837 = div %836, %622 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%838 = broadcast %837 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%839 = sub %835, %838 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%840 = mul %839, %839 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%841 = reduce_sum %840 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%842 = div %841, %622 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%843 = add %842, %631 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%844 = rsqrt %843 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%845 = broadcast %844 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%846 = mul %839, %845 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%847 = broadcast %139 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%848 = mul %846, %847 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%849 = broadcast %140 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%850 = add %848, %849 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%851 = matmul %850, %141 ta=0 tb=1 : f32[64,1,64] @ models/lib/nn.yaml:83:15
%852 = broadcast %142 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%853 = add %851, %852 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%854 = mul %642, %853 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%855 = add %851, %852 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%856 = mul %855, %645 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%857 = erf %856 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%858 = add %649, %857 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%859 = mul %854, %858 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%860 = matmul %859, %143 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%861 = broadcast %144 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%862 = add %860, %861 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%863 = add %835, %862 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%864 = reshape %863 : f32[4,16,16] @ models/dino_pass.yaml:88:16
%865 = broadcast %112 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%866 = concat %865, %435 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%867 = reduce_sum %866 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%868 = broadcast %175 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%869 = div %867, %868 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%870 = broadcast %869 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%871 = sub %866, %870 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%872 = mul %871, %871 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%873 = reduce_sum %872 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%874 = div %873, %868 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%875 = broadcast %183 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%876 = add %874, %875 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%877 = rsqrt %876 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%878 = broadcast %877 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%879 = mul %871, %878 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%880 = broadcast %113 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%881 = mul %879, %880 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%882 = broadcast %114 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%883 = add %881, %882 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%884 = slice %883 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%885 = matmul %884, %115 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%886 = broadcast %116 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%887 = add %885, %886 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%888 = reshape %887 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%889 = permute %888 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%890 = matmul %883, %117 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%891 = broadcast %118 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%892 = matmul %883, %119 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%893 = broadcast %120 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%894 = add %892, %893 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%895 = reshape %894 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%896 = permute %895 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%897 = slice %889 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%898 = broadcast %897 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%899 = reshape %890 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%900 = permute %899 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%901 = permute %900 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%902 = slice %901 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%903 = reshape %891 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%904 = permute %903 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%905 = permute %904 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%906 = slice %905 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%907 = add %902, %906 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%908 = mul %898, %907 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%909 = slice %889 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%910 = broadcast %909 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%911 = reshape %890 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%912 = permute %911 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%913 = permute %912 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%914 = slice %913 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%915 = reshape %891 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%916 = permute %915 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%917 = permute %916 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%918 = slice %917 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%919 = add %914, %918 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%920 = mul %910, %919 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%921 = add %908, %920 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%922 = slice %889 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%923 = broadcast %922 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%924 = reshape %890 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%925 = permute %924 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%926 = permute %925 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%927 = slice %926 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%928 = reshape %891 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%929 = permute %928 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%930 = permute %929 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%931 = slice %930 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%932 = add %927, %931 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%933 = mul %923, %932 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%934 = add %921, %933 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%935 = slice %889 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%936 = broadcast %935 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%937 = reshape %890 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%938 = permute %937 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%939 = permute %938 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%940 = slice %939 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%941 = reshape %891 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%942 = permute %941 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%943 = permute %942 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%944 = slice %943 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%945 = add %940, %944 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%946 = mul %936, %945 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%947 = add %934, %946 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%948 = slice %889 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%949 = broadcast %948 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%950 = reshape %890 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%951 = permute %950 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%952 = permute %951 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%953 = slice %952 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%954 = reshape %891 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%955 = permute %954 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%956 = permute %955 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%957 = slice %956 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%958 = add %953, %957 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%959 = mul %949, %958 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%960 = add %947, %959 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%961 = slice %889 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%962 = broadcast %961 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%963 = reshape %890 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%964 = permute %963 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%965 = permute %964 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%966 = slice %965 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%967 = reshape %891 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%968 = permute %967 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%969 = permute %968 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%970 = slice %969 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%971 = add %966, %970 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%972 = mul %962, %971 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%973 = add %960, %972 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%974 = slice %889 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%975 = broadcast %974 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%976 = reshape %890 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%977 = permute %976 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%978 = permute %977 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%979 = slice %978 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%980 = reshape %891 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%981 = permute %980 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%982 = permute %981 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%983 = slice %982 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%984 = add %979, %983 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%985 = mul %975, %984 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%986 = add %973, %985 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%987 = slice %889 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%988 = broadcast %987 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%989 = reshape %890 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%990 = permute %989 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%991 = permute %990 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%992 = slice %991 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%993 = reshape %891 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%994 = permute %993 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%995 = permute %994 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%996 = slice %995 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%997 = add %992, %996 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%998 = mul %988, %997 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%999 = add %986, %998 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1000 = broadcast %252 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1001 = mul %999, %1000 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1002 = reduce_max %1001 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1003 = stop_gradient %1002 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1004 = broadcast %1003 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1005 = mul %999, %1000 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1006 = sub %1005, %1004 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1007 = exp %1006 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1008 = reduce_sum %1007 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1009 = broadcast %1008 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1010 = exp %1006 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1011 = div %1010, %1009 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1012 = reshape %1011 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%1013 = broadcast %1012 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1014 = reshape %896 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1015 = broadcast %1014 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1016 = mul %1013, %1015 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1017 = reduce_sum %1016 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1018 = permute %1017 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%1019 = reshape %1018 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%1020 = matmul %1019, %121 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1021 = broadcast %122 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1022 = add %1020, %1021 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1023 = add %865, %1022 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1024 = reduce_sum %1023 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1025 = broadcast %175 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1026 = div %1024, %1025 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1027 = broadcast %1026 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1028 = sub %1023, %1027 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1029 = mul %1028, %1028 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1030 = reduce_sum %1029 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1031 = div %1030, %1025 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1032 = broadcast %183 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1033 = add %1031, %1032 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1034 = rsqrt %1033 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1035 = broadcast %1034 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1036 = mul %1028, %1035 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1037 = broadcast %123 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1038 = mul %1036, %1037 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1039 = broadcast %124 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1040 = add %1038, %1039 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1041 = matmul %1040, %125 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1042 = broadcast %126 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1043 = add %1041, %1042 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1044 = broadcast %294 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1045 = mul %1044, %1043 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1046 = broadcast %298 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1047 = mul %1043, %1046 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1048 = erf %1047 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1049 = broadcast %303 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1050 = add %1049, %1048 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1051 = mul %1045, %1050 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1052 = matmul %1051, %127 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1053 = broadcast %128 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1054 = add %1052, %1053 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1055 = add %1023, %1054 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1056 = concat %1055, %435 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%1057 = reduce_sum %1056 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1058 = div %1057, %868 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1059 = broadcast %1058 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1060 = sub %1056, %1059 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1061 = mul %1060, %1060 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1062 = reduce_sum %1061 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1063 = div %1062, %868 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1064 = add %1063, %875 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1065 = rsqrt %1064 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1066 = broadcast %1065 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1067 = mul %1060, %1066 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1068 = broadcast %129 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1069 = mul %1067, %1068 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1070 = broadcast %130 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1071 = add %1069, %1070 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1072 = slice %1071 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1073 = matmul %1072, %131 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1074 = broadcast %132 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1075 = add %1073, %1074 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1076 = reshape %1075 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1077 = permute %1076 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1078 = matmul %1071, %133 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1079 = broadcast %134 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1080 = matmul %1071, %135 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1081 = broadcast %136 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1082 = add %1080, %1081 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1083 = reshape %1082 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%1084 = permute %1083 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%1085 = slice %1077 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1086 = broadcast %1085 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1087 = reshape %1078 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1088 = permute %1087 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%1089 = permute %1088 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1090 = slice %1089 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1091 = reshape %1079 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1092 = permute %1091 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%1093 = permute %1092 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1094 = slice %1093 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1095 = add %1090, %1094 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%1096 = mul %1086, %1095 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1097 = slice %1077 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1098 = broadcast %1097 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1099 = reshape %1078 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1100 = permute %1099 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%1101 = permute %1100 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1102 = slice %1101 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1103 = reshape %1079 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1104 = permute %1103 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%1105 = permute %1104 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1106 = slice %1105 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1107 = add %1102, %1106 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%1108 = mul %1098, %1107 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1109 = add %1096, %1108 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1110 = slice %1077 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1111 = broadcast %1110 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1112 = reshape %1078 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1113 = permute %1112 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%1114 = permute %1113 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1115 = slice %1114 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1116 = reshape %1079 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1117 = permute %1116 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%1118 = permute %1117 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1119 = slice %1118 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1120 = add %1115, %1119 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%1121 = mul %1111, %1120 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1122 = add %1109, %1121 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1123 = slice %1077 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1124 = broadcast %1123 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1125 = reshape %1078 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1126 = permute %1125 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%1127 = permute %1126 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1128 = slice %1127 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1129 = reshape %1079 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1130 = permute %1129 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%1131 = permute %1130 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1132 = slice %1131 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1133 = add %1128, %1132 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%1134 = mul %1124, %1133 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1135 = add %1122, %1134 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1136 = slice %1077 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1137 = broadcast %1136 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1138 = reshape %1078 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1139 = permute %1138 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%1140 = permute %1139 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1141 = slice %1140 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1142 = reshape %1079 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1143 = permute %1142 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%1144 = permute %1143 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1145 = slice %1144 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1146 = add %1141, %1145 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%1147 = mul %1137, %1146 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1148 = add %1135, %1147 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1149 = slice %1077 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1150 = broadcast %1149 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1151 = reshape %1078 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1152 = permute %1151 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%1153 = permute %1152 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1154 = slice %1153 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1155 = reshape %1079 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1156 = permute %1155 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%1157 = permute %1156 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1158 = slice %1157 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1159 = add %1154, %1158 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%1160 = mul %1150, %1159 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1161 = add %1148, %1160 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1162 = slice %1077 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1163 = broadcast %1162 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1164 = reshape %1078 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1165 = permute %1164 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%1166 = permute %1165 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1167 = slice %1166 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1168 = reshape %1079 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1169 = permute %1168 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%1170 = permute %1169 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1171 = slice %1170 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1172 = add %1167, %1171 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%1173 = mul %1163, %1172 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1174 = add %1161, %1173 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1175 = slice %1077 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1176 = broadcast %1175 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1177 = reshape %1078 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1178 = permute %1177 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%1179 = permute %1178 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1180 = slice %1179 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1181 = reshape %1079 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1182 = permute %1181 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%1183 = permute %1182 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1184 = slice %1183 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1185 = add %1180, %1184 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%1186 = mul %1176, %1185 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1187 = add %1174, %1186 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1188 = mul %1187, %1000 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1189 = reduce_max %1188 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1190 = stop_gradient %1189 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1191 = broadcast %1190 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1192 = mul %1187, %1000 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1193 = sub %1192, %1191 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1194 = exp %1193 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1195 = reduce_sum %1194 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1196 = broadcast %1195 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1197 = exp %1193 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1198 = div %1197, %1196 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1199 = reshape %1198 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%1200 = broadcast %1199 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1201 = reshape %1084 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1202 = broadcast %1201 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1203 = mul %1200, %1202 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1204 = reduce_sum %1203 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1205 = permute %1204 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%1206 = reshape %1205 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%1207 = matmul %1206, %137 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1208 = broadcast %138 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1209 = add %1207, %1208 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1210 = add %1055, %1209 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1211 = reduce_sum %1210 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1212 = div %1211, %1025 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1213 = broadcast %1212 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1214 = sub %1210, %1213 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1215 = mul %1214, %1214 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1216 = reduce_sum %1215 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1217 = div %1216, %1025 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1218 = add %1217, %1032 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1219 = rsqrt %1218 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1220 = broadcast %1219 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1221 = mul %1214, %1220 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1222 = broadcast %139 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1223 = mul %1221, %1222 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1224 = broadcast %140 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1225 = add %1223, %1224 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1226 = matmul %1225, %141 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1227 = broadcast %142 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1228 = add %1226, %1227 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1229 = mul %1044, %1228 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1230 = mul %1228, %1046 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1231 = erf %1230 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1232 = add %1049, %1231 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1233 = mul %1229, %1232 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1234 = matmul %1233, %143 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1235 = broadcast %144 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1236 = add %1234, %1235 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1237 = add %1210, %1236 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1238 = concat %1237, %864 axis=1 : f32[4,17,16] @ models/dino_pass.yaml:109:30
%1239 = reduce_sum %1238 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1240 = div %1239, %868 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1241 = broadcast %1240 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1242 = sub %1238, %1241 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1243 = mul %1242, %1242 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1244 = reduce_sum %1243 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1245 = div %1244, %868 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1246 = add %1245, %875 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1247 = rsqrt %1246 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1248 = broadcast %1247 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1249 = mul %1242, %1248 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1250 = broadcast %145 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1251 = mul %1249, %1250 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1252 = broadcast %146 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1253 = add %1251, %1252 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1254 = slice %1253 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:110:28
%1255 = matmul %1254, %147 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%1256 = broadcast %148 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1257 = add %1255, %1256 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1258 = broadcast %294 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1259 = mul %1258, %1257 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1260 = broadcast %298 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1261 = mul %1257, %1260 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1262 = erf %1261 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1263 = broadcast %303 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1264 = add %1263, %1262 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1265 = mul %1259, %1264 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1266 = matmul %1265, %149 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%1267 = broadcast %150 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1268 = add %1266, %1267 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1269 = mul %1258, %1268 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1270 = mul %1268, %1260 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1271 = erf %1270 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1272 = add %1263, %1271 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1273 = mul %1269, %1272 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1274 = matmul %1273, %151 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%1275 = broadcast %152 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1276 = add %1274, %1275 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1277 = mul %1276, %1276 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%1278 = reduce_sum %1277 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1279 = sqrt %1278 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1280 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1281 = broadcast %1280 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1282 = max %1279, %1281 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1283 = broadcast %1282 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1284 = div %1276, %1283 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1285 = broadcast %153 : f32[32,8] @ models/lib/dino.yaml:22:22
%1286 = mul %1285, %154 : f32[32,8] @ models/lib/dino.yaml:22:22
%1287 = mul %154, %154 : f32[32,8] @ models/lib/dino.yaml:22:53
%1288 = reduce_sum %1287 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%1289 = sqrt %1288 : f32[32,1] @ models/lib/dino.yaml:22:35
%1290 = broadcast %1289 : f32[32,8] @ models/lib/dino.yaml:22:33
%1291 = div %1286, %1290 : f32[32,8] @ models/lib/dino.yaml:22:33
%1292 = matmul %1284, %1291 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%1293 = slice %1253 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/dino_pass.yaml:110:46
%1294 = matmul %1293, %155 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%1295 = broadcast %156 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1296 = broadcast %294 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1297 = add %1294, %1295 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1298 = mul %1296, %1297 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1299 = broadcast %298 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1300 = add %1294, %1295 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1301 = mul %1300, %1299 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1302 = erf %1301 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%1303 = broadcast %303 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1304 = add %1303, %1302 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1305 = mul %1298, %1304 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%1306 = matmul %1305, %157 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%1307 = broadcast %158 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1308 = add %1306, %1307 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1309 = mul %1296, %1308 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1310 = add %1306, %1307 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1311 = mul %1310, %1299 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1312 = erf %1311 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%1313 = add %1303, %1312 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1314 = mul %1309, %1313 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%1315 = matmul %1314, %159 ta=0 tb=1 : f32[4,16,8] @ models/lib/nn.yaml:83:15
%1316 = broadcast %160 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1317 = add %1315, %1316 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1318 = mul %1317, %1317 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%1319 = reduce_sum %1318 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%1320 = sqrt %1319 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%1321 = broadcast %1280 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%1322 = max %1320, %1321 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%1323 = broadcast %1322 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%1324 = add %1315, %1316 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1325 = div %1324, %1323 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%1326 = broadcast %161 : f32[16,8] @ models/lib/dino.yaml:22:22
%1327 = mul %1326, %162 : f32[16,8] @ models/lib/dino.yaml:22:22
%1328 = mul %162, %162 : f32[16,8] @ models/lib/dino.yaml:22:53
%1329 = reduce_sum %1328 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%1330 = sqrt %1329 : f32[16,1] @ models/lib/dino.yaml:22:35
%1331 = broadcast %1330 : f32[16,8] @ models/lib/dino.yaml:22:33
%1332 = div %1327, %1331 : f32[16,8] @ models/lib/dino.yaml:22:33
%1333 = matmul %1325, %1332 ta=0 tb=1 : f32[4,16,16] @ models/lib/dino.yaml:23:18
%1334 = slice %1292 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1335 = slice %1292 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1336 = slice %1333 lo=[0,0,0] hi=[2,16,16] : f32[2,16,16] @ models/dino_pass.yaml:131:27
%1337 = slice %1333 lo=[2,0,0] hi=[4,16,16] : f32[2,16,16] @ models/dino_pass.yaml:131:27
%1338 = reshape %6 : f32[4,3,3,4,3,4] @ models/lib/vit.yaml:15:21
%1339 = permute %1338 perm=[0,2,4,1,3,5] : f32[4,3,3,3,4,4] @ models/lib/vit.yaml:15:13
%1340 = reshape %1339 : f32[4,9,48] @ models/lib/vit.yaml:16:13
%1341 = matmul %1340, %168 ta=0 tb=1 : f32[4,9,16] @ models/lib/vit.yaml:17:18
%1342 = broadcast %87 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1343 = add %1341, %1342 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1344 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%1345 = reshape %85 : f32[4,64] @ models/lib/vit.yaml:32:17
%1346 = matmul %1344, %1345 ta=0 tb=0 : f32[3,64] @ models/lib/vit.yaml:32:15
%1347 = reshape %1346 : f32[3,4,16] @ models/lib/vit.yaml:33:21
%1348 = permute %1347 perm=[1,0,2] : f32[4,3,16] @ models/lib/vit.yaml:33:13
%1349 = reshape %1348 : f32[4,48] @ models/lib/vit.yaml:34:17
%1350 = matmul %1344, %1349 ta=0 tb=0 : f32[3,48] @ models/lib/vit.yaml:34:15
%1351 = reshape %1350 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%1352 = permute %1351 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%1353 = reshape %1352 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%1354 = broadcast %1353 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%1355 = add %1343, %1354 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%1356 = reduce_sum %1355 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1357 = broadcast %175 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1358 = div %1356, %1357 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1359 = broadcast %1358 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1360 = sub %1355, %1359 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1361 = mul %1360, %1360 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1362 = reduce_sum %1361 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1363 = div %1362, %1357 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1364 = broadcast %183 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1365 = add %1363, %1364 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1366 = rsqrt %1365 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1367 = broadcast %1366 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1368 = mul %1360, %1367 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1369 = broadcast %88 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1370 = mul %1368, %1369 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1371 = broadcast %89 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1372 = add %1370, %1371 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1373 = matmul %1372, %90 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%1374 = broadcast %91 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1375 = add %1373, %1374 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1376 = reshape %1375 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1377 = permute %1376 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1378 = slice %1377 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1379 = reshape %1378 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%1380 = slice %1377 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1381 = reshape %1380 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%1382 = slice %1377 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1383 = reshape %1382 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%1384 = permute %1381 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%1385 = slice %1379 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1386 = broadcast %1385 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1387 = slice %1384 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1388 = broadcast %1387 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1389 = mul %1386, %1388 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1390 = slice %1379 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1391 = broadcast %1390 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1392 = slice %1384 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1393 = broadcast %1392 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1394 = mul %1391, %1393 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1395 = add %1389, %1394 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1396 = slice %1379 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1397 = broadcast %1396 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1398 = slice %1384 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1399 = broadcast %1398 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1400 = mul %1397, %1399 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1401 = add %1395, %1400 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1402 = slice %1379 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1403 = broadcast %1402 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1404 = slice %1384 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1405 = broadcast %1404 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1406 = mul %1403, %1405 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1407 = add %1401, %1406 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1408 = slice %1379 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1409 = broadcast %1408 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1410 = slice %1384 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1411 = broadcast %1410 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1412 = mul %1409, %1411 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1413 = add %1407, %1412 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1414 = slice %1379 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1415 = broadcast %1414 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1416 = slice %1384 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1417 = broadcast %1416 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1418 = mul %1415, %1417 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1419 = add %1413, %1418 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1420 = slice %1379 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1421 = broadcast %1420 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1422 = slice %1384 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1423 = broadcast %1422 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1424 = mul %1421, %1423 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1425 = add %1419, %1424 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1426 = slice %1379 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1427 = broadcast %1426 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1428 = slice %1384 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1429 = broadcast %1428 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1430 = mul %1427, %1429 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1431 = add %1425, %1430 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1432 = broadcast %252 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1433 = mul %1431, %1432 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1434 = reduce_max %1433 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1435 = stop_gradient %1434 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1436 = broadcast %1435 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1437 = mul %1431, %1432 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1438 = sub %1437, %1436 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1439 = exp %1438 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1440 = reduce_sum %1439 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1441 = broadcast %1440 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1442 = exp %1438 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1443 = div %1442, %1441 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1444 = reshape %1443 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1445 = broadcast %1444 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1446 = reshape %1383 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%1447 = broadcast %1446 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1448 = mul %1445, %1447 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1449 = reduce_sum %1448 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1450 = permute %1449 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%1451 = reshape %1450 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%1452 = matmul %1451, %92 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%1453 = broadcast %93 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1454 = add %1452, %1453 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1455 = add %1355, %1454 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1456 = reduce_sum %1455 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1457 = div %1456, %1357 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1458 = broadcast %1457 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1459 = sub %1455, %1458 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1460 = mul %1459, %1459 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1461 = reduce_sum %1460 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1462 = div %1461, %1357 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1463 = add %1462, %1364 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1464 = rsqrt %1463 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1465 = broadcast %1464 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1466 = mul %1459, %1465 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1467 = broadcast %94 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1468 = mul %1466, %1467 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1469 = broadcast %95 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1470 = add %1468, %1469 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1471 = matmul %1470, %96 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%1472 = broadcast %97 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1473 = broadcast %294 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1474 = add %1471, %1472 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1475 = mul %1473, %1474 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1476 = broadcast %298 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1477 = add %1471, %1472 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1478 = mul %1477, %1476 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1479 = erf %1478 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1480 = broadcast %303 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1481 = add %1480, %1479 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1482 = mul %1475, %1481 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1483 = matmul %1482, %98 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%1484 = broadcast %99 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1485 = add %1483, %1484 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1486 = add %1455, %1485 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1487 = reduce_sum %1486 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1488 = div %1487, %1357 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1489 = broadcast %1488 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1490 = sub %1486, %1489 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1491 = mul %1490, %1490 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1492 = reduce_sum %1491 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1493 = div %1492, %1357 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1494 = add %1493, %1364 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1495 = rsqrt %1494 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1496 = broadcast %1495 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1497 = mul %1490, %1496 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1498 = broadcast %100 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1499 = mul %1497, %1498 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1500 = broadcast %101 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1501 = add %1499, %1500 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1502 = matmul %1501, %102 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%1503 = broadcast %103 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1504 = add %1502, %1503 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1505 = reshape %1504 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1506 = permute %1505 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1507 = slice %1506 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1508 = reshape %1507 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%1509 = slice %1506 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1510 = reshape %1509 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%1511 = slice %1506 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1512 = reshape %1511 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%1513 = permute %1510 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%1514 = slice %1508 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1515 = broadcast %1514 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1516 = slice %1513 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1517 = broadcast %1516 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1518 = mul %1515, %1517 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1519 = slice %1508 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1520 = broadcast %1519 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1521 = slice %1513 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1522 = broadcast %1521 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1523 = mul %1520, %1522 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1524 = add %1518, %1523 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1525 = slice %1508 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1526 = broadcast %1525 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1527 = slice %1513 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1528 = broadcast %1527 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1529 = mul %1526, %1528 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1530 = add %1524, %1529 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1531 = slice %1508 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1532 = broadcast %1531 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1533 = slice %1513 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1534 = broadcast %1533 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1535 = mul %1532, %1534 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1536 = add %1530, %1535 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1537 = slice %1508 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1538 = broadcast %1537 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1539 = slice %1513 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1540 = broadcast %1539 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1541 = mul %1538, %1540 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1542 = add %1536, %1541 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1543 = slice %1508 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1544 = broadcast %1543 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1545 = slice %1513 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1546 = broadcast %1545 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1547 = mul %1544, %1546 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1548 = add %1542, %1547 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1549 = slice %1508 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1550 = broadcast %1549 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1551 = slice %1513 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1552 = broadcast %1551 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1553 = mul %1550, %1552 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1554 = add %1548, %1553 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1555 = slice %1508 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1556 = broadcast %1555 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1557 = slice %1513 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1558 = broadcast %1557 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1559 = mul %1556, %1558 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1560 = add %1554, %1559 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1561 = mul %1560, %1432 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1562 = reduce_max %1561 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1563 = stop_gradient %1562 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1564 = broadcast %1563 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1565 = mul %1560, %1432 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1566 = sub %1565, %1564 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1567 = exp %1566 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1568 = reduce_sum %1567 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1569 = broadcast %1568 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1570 = exp %1566 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1571 = div %1570, %1569 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1572 = reshape %1571 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1573 = broadcast %1572 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1574 = reshape %1512 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%1575 = broadcast %1574 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1576 = mul %1573, %1575 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1577 = reduce_sum %1576 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1578 = permute %1577 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%1579 = reshape %1578 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%1580 = matmul %1579, %104 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%1581 = broadcast %105 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1582 = add %1580, %1581 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1583 = add %1486, %1582 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1584 = reduce_sum %1583 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1585 = div %1584, %1357 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1586 = broadcast %1585 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1587 = sub %1583, %1586 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1588 = mul %1587, %1587 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1589 = reduce_sum %1588 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1590 = div %1589, %1357 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1591 = add %1590, %1364 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1592 = rsqrt %1591 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1593 = broadcast %1592 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1594 = mul %1587, %1593 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1595 = broadcast %106 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1596 = mul %1594, %1595 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1597 = broadcast %107 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1598 = add %1596, %1597 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1599 = matmul %1598, %108 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%1600 = broadcast %109 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1601 = add %1599, %1600 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1602 = mul %1473, %1601 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1603 = add %1599, %1600 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1604 = mul %1603, %1476 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1605 = erf %1604 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1606 = add %1480, %1605 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1607 = mul %1602, %1606 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1608 = matmul %1607, %110 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%1609 = broadcast %111 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1610 = add %1608, %1609 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1611 = add %1583, %1610 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1612 = grid_neighbors n=3 size=3 : i32[9,8] @ models/dino_pass.yaml:61:16
%1613 = neighbor_topk_gather %1611, %1612 k=2 : f32[4,9,2,16] @ models/dino_pass.yaml:77:16
%1614 = reshape %1613 : f32[36,2,16] @ models/dino_pass.yaml:87:23
%1615 = broadcast %112 : f32[36,1,16] @ models/lib/vit.yaml:116:31
%1616 = concat %1615, %1614 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1617 = reduce_sum %1616 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1618 = broadcast %175 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1619 = div %1617, %1618 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1620 = broadcast %1619 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1621 = sub %1616, %1620 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1622 = mul %1621, %1621 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1623 = reduce_sum %1622 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1624 = div %1623, %1618 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1625 = broadcast %183 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1626 = add %1624, %1625 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1627 = rsqrt %1626 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1628 = broadcast %1627 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1629 = mul %1621, %1628 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1630 = broadcast %113 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1631 = mul %1629, %1630 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1632 = broadcast %114 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1633 = add %1631, %1632 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1634 = slice %1633 lo=[0,0,0] hi=[36,1,16] : f32[36,1,16] @ models/lib/vit.yaml:78:33
%1635 = matmul %1634, %115 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1636 = broadcast %116 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1637 = add %1635, %1636 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1638 = reshape %1637 : f32[36,1,2,8] @ models/lib/vit.yaml:78:22
%1639 = permute %1638 perm=[0,2,1,3] : f32[36,2,1,8] @ models/lib/vit.yaml:78:14
%1640 = matmul %1633, %117 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1641 = broadcast %118 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1642 = matmul %1633, %119 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1643 = broadcast %120 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1644 = slice %1639 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1645 = broadcast %1644 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1646 = reshape %1640 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1647 = permute %1646 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1648 = permute %1647 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1649 = slice %1648 lo=[0,0,0,0] hi=[36,2,1,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1650 = reshape %1641 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1651 = permute %1650 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1652 = permute %1651 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1653 = slice %1652 lo=[0,0,0,0] hi=[36,2,1,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1654 = add %1649, %1653 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1655 = mul %1645, %1654 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1656 = slice %1639 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1657 = broadcast %1656 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1658 = reshape %1640 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1659 = permute %1658 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1660 = permute %1659 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1661 = slice %1660 lo=[0,0,1,0] hi=[36,2,2,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1662 = reshape %1641 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1663 = permute %1662 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1664 = permute %1663 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1665 = slice %1664 lo=[0,0,1,0] hi=[36,2,2,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1666 = add %1661, %1665 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1667 = mul %1657, %1666 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1668 = add %1655, %1667 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1669 = slice %1639 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1670 = broadcast %1669 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1671 = reshape %1640 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1672 = permute %1671 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1673 = permute %1672 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1674 = slice %1673 lo=[0,0,2,0] hi=[36,2,3,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1675 = reshape %1641 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1676 = permute %1675 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1677 = permute %1676 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1678 = slice %1677 lo=[0,0,2,0] hi=[36,2,3,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1679 = add %1674, %1678 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1680 = mul %1670, %1679 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1681 = add %1668, %1680 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1682 = slice %1639 lo=[0,0,0,3] hi=[36,2,1,4] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1683 = broadcast %1682 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1684 = reshape %1640 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1685 = permute %1684 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1686 = permute %1685 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1687 = slice %1686 lo=[0,0,3,0] hi=[36,2,4,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1688 = reshape %1641 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1689 = permute %1688 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1690 = permute %1689 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1691 = slice %1690 lo=[0,0,3,0] hi=[36,2,4,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1692 = add %1687, %1691 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1693 = mul %1683, %1692 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1694 = add %1681, %1693 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1695 = slice %1639 lo=[0,0,0,4] hi=[36,2,1,5] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1696 = broadcast %1695 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1697 = reshape %1640 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1698 = permute %1697 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1699 = permute %1698 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1700 = slice %1699 lo=[0,0,4,0] hi=[36,2,5,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1701 = reshape %1641 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1702 = permute %1701 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1703 = permute %1702 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1704 = slice %1703 lo=[0,0,4,0] hi=[36,2,5,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1705 = add %1700, %1704 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1706 = mul %1696, %1705 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1707 = add %1694, %1706 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1708 = slice %1639 lo=[0,0,0,5] hi=[36,2,1,6] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1709 = broadcast %1708 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1710 = reshape %1640 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1711 = permute %1710 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1712 = permute %1711 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1713 = slice %1712 lo=[0,0,5,0] hi=[36,2,6,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1714 = reshape %1641 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1715 = permute %1714 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1716 = permute %1715 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1717 = slice %1716 lo=[0,0,5,0] hi=[36,2,6,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1718 = add %1713, %1717 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1719 = mul %1709, %1718 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1720 = add %1707, %1719 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1721 = slice %1639 lo=[0,0,0,6] hi=[36,2,1,7] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1722 = broadcast %1721 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1723 = reshape %1640 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1724 = permute %1723 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1725 = permute %1724 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1726 = slice %1725 lo=[0,0,6,0] hi=[36,2,7,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1727 = reshape %1641 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1728 = permute %1727 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1729 = permute %1728 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1730 = slice %1729 lo=[0,0,6,0] hi=[36,2,7,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1731 = add %1726, %1730 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1732 = mul %1722, %1731 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1733 = add %1720, %1732 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1734 = slice %1639 lo=[0,0,0,7] hi=[36,2,1,8] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1735 = broadcast %1734 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1736 = reshape %1640 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1737 = permute %1736 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1738 = permute %1737 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1739 = slice %1738 lo=[0,0,7,0] hi=[36,2,8,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1740 = reshape %1641 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1741 = permute %1740 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1742 = permute %1741 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1743 = slice %1742 lo=[0,0,7,0] hi=[36,2,8,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1744 = add %1739, %1743 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1745 = mul %1735, %1744 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1746 = add %1733, %1745 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1747 = broadcast %252 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1748 = mul %1746, %1747 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1749 = reduce_max %1748 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1750 = stop_gradient %1749 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1751 = broadcast %1750 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1752 = mul %1746, %1747 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1753 = sub %1752, %1751 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1754 = exp %1753 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1755 = reduce_sum %1754 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1756 = broadcast %1755 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1757 = exp %1753 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1758 = div %1757, %1756 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1759 = slice %1758 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1760 = broadcast %1759 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1761 = reshape %1642 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1762 = permute %1761 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1763 = slice %1762 lo=[0,0,0,0] hi=[36,2,1,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1764 = reshape %1643 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1765 = permute %1764 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1766 = slice %1765 lo=[0,0,0,0] hi=[36,2,1,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1767 = add %1763, %1766 : f32[36,2,1,8] @ models/lib/nn.yaml:84:18
%1768 = mul %1760, %1767 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1769 = slice %1758 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1770 = broadcast %1769 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1771 = reshape %1642 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1772 = permute %1771 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1773 = slice %1772 lo=[0,0,1,0] hi=[36,2,2,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1774 = reshape %1643 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1775 = permute %1774 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1776 = slice %1775 lo=[0,0,1,0] hi=[36,2,2,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1777 = add %1773, %1776 : f32[36,2,1,8] @ models/lib/nn.yaml:84:18
%1778 = mul %1770, %1777 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1779 = add %1768, %1778 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1780 = slice %1758 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1781 = broadcast %1780 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1782 = reshape %1642 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1783 = permute %1782 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1784 = slice %1783 lo=[0,0,2,0] hi=[36,2,3,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1785 = reshape %1643 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1786 = permute %1785 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1787 = slice %1786 lo=[0,0,2,0] hi=[36,2,3,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1788 = add %1784, %1787 : f32[36,2,1,8] @ models/lib/nn.yaml:84:18
%1789 = mul %1781, %1788 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1790 = add %1779, %1789 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1791 = permute %1790 perm=[0,2,1,3] : f32[36,1,2,8] @ models/lib/nn.yaml:56:13
%1792 = reshape %1791 : f32[36,1,16] @ models/lib/nn.yaml:57:16
%1793 = matmul %1792, %121 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1794 = broadcast %122 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1795 = add %1793, %1794 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1796 = add %1615, %1795 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1797 = reduce_sum %1796 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1798 = broadcast %175 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1799 = div %1797, %1798 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1800 = broadcast %1799 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1801 = add %1793, %1794 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1802 = add %1615, %1801 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1803 = sub %1802, %1800 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1804 = mul %1803, %1803 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1805 = reduce_sum %1804 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1806 = div %1805, %1798 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1807 = broadcast %183 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1808 = add %1806, %1807 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1809 = rsqrt %1808 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1810 = broadcast %1809 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1811 = mul %1803, %1810 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1812 = broadcast %123 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1813 = mul %1811, %1812 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1814 = broadcast %124 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1815 = add %1813, %1814 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1816 = matmul %1815, %125 ta=0 tb=1 : f32[36,1,64] @ models/lib/nn.yaml:83:15
%1817 = broadcast %126 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1818 = broadcast %294 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1819 = add %1816, %1817 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1820 = mul %1818, %1819 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1821 = broadcast %298 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1822 = add %1816, %1817 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1823 = mul %1822, %1821 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1824 = erf %1823 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1825 = broadcast %303 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1826 = add %1825, %1824 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1827 = mul %1820, %1826 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1828 = matmul %1827, %127 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1829 = broadcast %128 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1830 = add %1828, %1829 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1831 = add %1793, %1794 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1832 = add %1615, %1831 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1833 = add %1832, %1830 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1834 = concat %1833, %1614 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1835 = reduce_sum %1834 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1836 = div %1835, %1618 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1837 = broadcast %1836 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1838 = sub %1834, %1837 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1839 = mul %1838, %1838 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1840 = reduce_sum %1839 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1841 = div %1840, %1618 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1842 = add %1841, %1625 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1843 = rsqrt %1842 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1844 = broadcast %1843 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1845 = mul %1838, %1844 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1846 = broadcast %129 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1847 = mul %1845, %1846 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1848 = broadcast %130 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1849 = add %1847, %1848 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1850 = slice %1849 lo=[0,0,0] hi=[36,1,16] : f32[36,1,16] @ models/lib/vit.yaml:78:33
%1851 = matmul %1850, %131 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1852 = broadcast %132 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1853 = add %1851, %1852 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1854 = reshape %1853 : f32[36,1,2,8] @ models/lib/vit.yaml:78:22
%1855 = permute %1854 perm=[0,2,1,3] : f32[36,2,1,8] @ models/lib/vit.yaml:78:14
%1856 = matmul %1849, %133 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1857 = broadcast %134 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1858 = matmul %1849, %135 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1859 = broadcast %136 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1860 = slice %1855 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1861 = broadcast %1860 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1862 = reshape %1856 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1863 = permute %1862 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1864 = permute %1863 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1865 = slice %1864 lo=[0,0,0,0] hi=[36,2,1,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1866 = reshape %1857 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1867 = permute %1866 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1868 = permute %1867 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1869 = slice %1868 lo=[0,0,0,0] hi=[36,2,1,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1870 = add %1865, %1869 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1871 = mul %1861, %1870 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1872 = slice %1855 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1873 = broadcast %1872 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1874 = reshape %1856 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1875 = permute %1874 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1876 = permute %1875 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1877 = slice %1876 lo=[0,0,1,0] hi=[36,2,2,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1878 = reshape %1857 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1879 = permute %1878 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1880 = permute %1879 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1881 = slice %1880 lo=[0,0,1,0] hi=[36,2,2,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1882 = add %1877, %1881 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1883 = mul %1873, %1882 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1884 = add %1871, %1883 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1885 = slice %1855 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1886 = broadcast %1885 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1887 = reshape %1856 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1888 = permute %1887 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1889 = permute %1888 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1890 = slice %1889 lo=[0,0,2,0] hi=[36,2,3,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1891 = reshape %1857 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1892 = permute %1891 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1893 = permute %1892 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1894 = slice %1893 lo=[0,0,2,0] hi=[36,2,3,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1895 = add %1890, %1894 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1896 = mul %1886, %1895 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1897 = add %1884, %1896 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1898 = slice %1855 lo=[0,0,0,3] hi=[36,2,1,4] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1899 = broadcast %1898 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1900 = reshape %1856 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1901 = permute %1900 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1902 = permute %1901 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1903 = slice %1902 lo=[0,0,3,0] hi=[36,2,4,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1904 = reshape %1857 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1905 = permute %1904 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1906 = permute %1905 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1907 = slice %1906 lo=[0,0,3,0] hi=[36,2,4,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1908 = add %1903, %1907 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1909 = mul %1899, %1908 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1910 = add %1897, %1909 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1911 = slice %1855 lo=[0,0,0,4] hi=[36,2,1,5] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1912 = broadcast %1911 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1913 = reshape %1856 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1914 = permute %1913 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1915 = permute %1914 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1916 = slice %1915 lo=[0,0,4,0] hi=[36,2,5,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1917 = reshape %1857 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1918 = permute %1917 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1919 = permute %1918 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1920 = slice %1919 lo=[0,0,4,0] hi=[36,2,5,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1921 = add %1916, %1920 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1922 = mul %1912, %1921 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1923 = add %1910, %1922 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1924 = slice %1855 lo=[0,0,0,5] hi=[36,2,1,6] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1925 = broadcast %1924 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1926 = reshape %1856 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1927 = permute %1926 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1928 = permute %1927 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1929 = slice %1928 lo=[0,0,5,0] hi=[36,2,6,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1930 = reshape %1857 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1931 = permute %1930 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1932 = permute %1931 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1933 = slice %1932 lo=[0,0,5,0] hi=[36,2,6,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1934 = add %1929, %1933 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1935 = mul %1925, %1934 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1936 = add %1923, %1935 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1937 = slice %1855 lo=[0,0,0,6] hi=[36,2,1,7] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1938 = broadcast %1937 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1939 = reshape %1856 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1940 = permute %1939 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1941 = permute %1940 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1942 = slice %1941 lo=[0,0,6,0] hi=[36,2,7,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1943 = reshape %1857 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1944 = permute %1943 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1945 = permute %1944 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1946 = slice %1945 lo=[0,0,6,0] hi=[36,2,7,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1947 = add %1942, %1946 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1948 = mul %1938, %1947 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1949 = add %1936, %1948 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1950 = slice %1855 lo=[0,0,0,7] hi=[36,2,1,8] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1951 = broadcast %1950 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1952 = reshape %1856 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1953 = permute %1952 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1954 = permute %1953 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1955 = slice %1954 lo=[0,0,7,0] hi=[36,2,8,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1956 = reshape %1857 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1957 = permute %1956 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1958 = permute %1957 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1959 = slice %1958 lo=[0,0,7,0] hi=[36,2,8,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1960 = add %1955, %1959 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1961 = mul %1951, %1960 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1962 = add %1949, %1961 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1963 = mul %1962, %1747 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1964 = reduce_max %1963 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1965 = stop_gradient %1964 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1966 = broadcast %1965 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1967 = mul %1962, %1747 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1968 = sub %1967, %1966 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1969 = exp %1968 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1970 = reduce_sum %1969 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1971 = broadcast %1970 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1972 = exp %1968 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1973 = div %1972, %1971 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1974 = slice %1973 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1975 = broadcast %1974 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1976 = reshape %1858 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1977 = permute %1976 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1978 = slice %1977 lo=[0,0,0,0] hi=[36,2,1,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1979 = reshape %1859 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1980 = permute %1979 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1981 = slice %1980 lo=[0,0,0,0] hi=[36,2,1,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1982 = add %1978, %1981 : f32[36,2,1,8] @ models/lib/nn.yaml:84:18
%1983 = mul %1975, %1982 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1984 = slice %1973 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1985 = broadcast %1984 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1986 = reshape %1858 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1987 = permute %1986 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1988 = slice %1987 lo=[0,0,1,0] hi=[36,2,2,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1989 = reshape %1859 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1990 = permute %1989 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1991 = slice %1990 lo=[0,0,1,0] hi=[36,2,2,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1992 = add %1988, %1991 : f32[36,2,1,8] @ models/lib/nn.yaml:84:18
%1993 = mul %1985, %1992 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1994 = add %1983, %1993 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1995 = slice %1973 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1996 = broadcast %1995 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1997 = reshape %1858 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1998 = permute %1997 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1999 = slice %1998 lo=[0,0,2,0] hi=[36,2,3,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%2000 = reshape %1859 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%2001 = permute %2000 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%2002 = slice %2001 lo=[0,0,2,0] hi=[36,2,3,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%2003 = add %1999, %2002 : f32[36,2,1,8] @ models/lib/nn.yaml:84:18
%2004 = mul %1996, %2003 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%2005 = add %1994, %2004 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%2006 = permute %2005 perm=[0,2,1,3] : f32[36,1,2,8] @ models/lib/nn.yaml:56:13
%2007 = reshape %2006 : f32[36,1,16] @ models/lib/nn.yaml:57:16
%2008 = matmul %2007, %137 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%2009 = broadcast %138 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%2010 = add %2008, %2009 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%2011 = add %1833, %2010 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%2012 = reduce_sum %2011 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%2013 = div %2012, %1798 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%2014 = broadcast %2013 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%2015 = sub %2011, %2014 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%2016 = mul %2015, %2015 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%2017 = reduce_sum %2016 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%2018 = div %2017, %1798 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%2019 = add %2018, %1807 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%2020 = rsqrt %2019 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%2021 = broadcast %2020 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%2022 = mul %2015, %2021 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%2023 = broadcast %139 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%2024 = mul %2022, %2023 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%2025 = broadcast %140 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%2026 = add %2024, %2025 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%2027 = matmul %2026, %141 ta=0 tb=1 : f32[36,1,64] @ models/lib/nn.yaml:83:15
%2028 = broadcast %142 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%2029 = add %2027, %2028 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%2030 = mul %1818, %2029 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%2031 = add %2027, %2028 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%2032 = mul %2031, %1821 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%2033 = erf %2032 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%2034 = add %1825, %2033 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%2035 = mul %2030, %2034 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%2036 = matmul %2035, %143 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%2037 = broadcast %144 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%2038 = add %2036, %2037 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%2039 = add %2011, %2038 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%2040 = reshape %2039 : f32[4,9,16] @ models/dino_pass.yaml:88:16
%2041 = concat %865, %1611 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%2042 = reduce_sum %2041 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2043 = broadcast %175 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2044 = div %2042, %2043 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2045 = broadcast %2044 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2046 = sub %2041, %2045 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2047 = mul %2046, %2046 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2048 = reduce_sum %2047 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2049 = div %2048, %2043 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2050 = broadcast %183 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2051 = add %2049, %2050 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2052 = rsqrt %2051 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2053 = broadcast %2052 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2054 = mul %2046, %2053 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2055 = broadcast %113 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2056 = mul %2054, %2055 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2057 = broadcast %114 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2058 = add %2056, %2057 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2059 = slice %2058 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2060 = matmul %2059, %115 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2061 = add %2060, %886 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2062 = reshape %2061 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2063 = permute %2062 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2064 = matmul %2058, %117 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2065 = broadcast %118 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2066 = matmul %2058, %119 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2067 = broadcast %120 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2068 = add %2066, %2067 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2069 = reshape %2068 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%2070 = permute %2069 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%2071 = slice %2063 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2072 = broadcast %2071 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2073 = reshape %2064 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2074 = permute %2073 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2075 = permute %2074 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2076 = slice %2075 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2077 = reshape %2065 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2078 = permute %2077 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2079 = permute %2078 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2080 = slice %2079 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2081 = add %2076, %2080 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%2082 = mul %2072, %2081 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2083 = slice %2063 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2084 = broadcast %2083 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2085 = reshape %2064 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2086 = permute %2085 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2087 = permute %2086 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2088 = slice %2087 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2089 = reshape %2065 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2090 = permute %2089 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2091 = permute %2090 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2092 = slice %2091 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2093 = add %2088, %2092 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%2094 = mul %2084, %2093 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2095 = add %2082, %2094 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2096 = slice %2063 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2097 = broadcast %2096 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2098 = reshape %2064 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2099 = permute %2098 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2100 = permute %2099 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2101 = slice %2100 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2102 = reshape %2065 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2103 = permute %2102 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2104 = permute %2103 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2105 = slice %2104 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2106 = add %2101, %2105 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%2107 = mul %2097, %2106 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2108 = add %2095, %2107 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2109 = slice %2063 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2110 = broadcast %2109 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2111 = reshape %2064 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2112 = permute %2111 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2113 = permute %2112 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2114 = slice %2113 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2115 = reshape %2065 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2116 = permute %2115 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2117 = permute %2116 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2118 = slice %2117 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2119 = add %2114, %2118 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%2120 = mul %2110, %2119 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2121 = add %2108, %2120 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2122 = slice %2063 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2123 = broadcast %2122 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2124 = reshape %2064 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2125 = permute %2124 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2126 = permute %2125 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2127 = slice %2126 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2128 = reshape %2065 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2129 = permute %2128 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2130 = permute %2129 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2131 = slice %2130 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2132 = add %2127, %2131 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%2133 = mul %2123, %2132 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2134 = add %2121, %2133 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2135 = slice %2063 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2136 = broadcast %2135 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2137 = reshape %2064 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2138 = permute %2137 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2139 = permute %2138 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2140 = slice %2139 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2141 = reshape %2065 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2142 = permute %2141 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2143 = permute %2142 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2144 = slice %2143 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2145 = add %2140, %2144 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%2146 = mul %2136, %2145 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2147 = add %2134, %2146 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2148 = slice %2063 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2149 = broadcast %2148 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2150 = reshape %2064 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2151 = permute %2150 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2152 = permute %2151 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2153 = slice %2152 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2154 = reshape %2065 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2155 = permute %2154 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2156 = permute %2155 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2157 = slice %2156 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2158 = add %2153, %2157 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%2159 = mul %2149, %2158 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2160 = add %2147, %2159 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2161 = slice %2063 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2162 = broadcast %2161 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2163 = reshape %2064 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2164 = permute %2163 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2165 = permute %2164 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2166 = slice %2165 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2167 = reshape %2065 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2168 = permute %2167 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2169 = permute %2168 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2170 = slice %2169 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2171 = add %2166, %2170 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%2172 = mul %2162, %2171 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2173 = add %2160, %2172 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2174 = broadcast %252 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2175 = mul %2173, %2174 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2176 = reduce_max %2175 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2177 = stop_gradient %2176 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2178 = broadcast %2177 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2179 = mul %2173, %2174 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2180 = sub %2179, %2178 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2181 = exp %2180 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2182 = reduce_sum %2181 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2183 = broadcast %2182 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2184 = exp %2180 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2185 = div %2184, %2183 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2186 = reshape %2185 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%2187 = broadcast %2186 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2188 = reshape %2070 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2189 = broadcast %2188 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2190 = mul %2187, %2189 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2191 = reduce_sum %2190 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2192 = permute %2191 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%2193 = reshape %2192 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%2194 = matmul %2193, %121 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2195 = add %2194, %1021 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2196 = add %865, %2195 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2197 = reduce_sum %2196 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2198 = div %2197, %1025 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2199 = broadcast %2198 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2200 = sub %2196, %2199 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2201 = mul %2200, %2200 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2202 = reduce_sum %2201 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2203 = div %2202, %1025 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2204 = add %2203, %1032 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2205 = rsqrt %2204 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2206 = broadcast %2205 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2207 = mul %2200, %2206 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2208 = mul %2207, %1037 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2209 = add %2208, %1039 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2210 = matmul %2209, %125 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2211 = add %2210, %1042 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2212 = mul %1044, %2211 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2213 = mul %2211, %1046 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2214 = erf %2213 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2215 = add %1049, %2214 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2216 = mul %2212, %2215 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2217 = matmul %2216, %127 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2218 = add %2217, %1053 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2219 = add %2196, %2218 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2220 = concat %2219, %1611 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%2221 = reduce_sum %2220 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2222 = div %2221, %2043 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2223 = broadcast %2222 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2224 = sub %2220, %2223 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2225 = mul %2224, %2224 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2226 = reduce_sum %2225 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2227 = div %2226, %2043 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2228 = add %2227, %2050 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2229 = rsqrt %2228 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2230 = broadcast %2229 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2231 = mul %2224, %2230 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2232 = broadcast %129 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2233 = mul %2231, %2232 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2234 = broadcast %130 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2235 = add %2233, %2234 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2236 = slice %2235 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2237 = matmul %2236, %131 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2238 = add %2237, %1074 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2239 = reshape %2238 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2240 = permute %2239 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2241 = matmul %2235, %133 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2242 = broadcast %134 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2243 = matmul %2235, %135 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2244 = broadcast %136 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2245 = add %2243, %2244 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2246 = reshape %2245 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%2247 = permute %2246 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%2248 = slice %2240 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2249 = broadcast %2248 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2250 = reshape %2241 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2251 = permute %2250 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2252 = permute %2251 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2253 = slice %2252 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2254 = reshape %2242 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2255 = permute %2254 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2256 = permute %2255 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2257 = slice %2256 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2258 = add %2253, %2257 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%2259 = mul %2249, %2258 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2260 = slice %2240 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2261 = broadcast %2260 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2262 = reshape %2241 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2263 = permute %2262 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2264 = permute %2263 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2265 = slice %2264 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2266 = reshape %2242 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2267 = permute %2266 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2268 = permute %2267 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2269 = slice %2268 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2270 = add %2265, %2269 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%2271 = mul %2261, %2270 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2272 = add %2259, %2271 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2273 = slice %2240 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2274 = broadcast %2273 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2275 = reshape %2241 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2276 = permute %2275 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2277 = permute %2276 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2278 = slice %2277 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2279 = reshape %2242 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2280 = permute %2279 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2281 = permute %2280 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2282 = slice %2281 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2283 = add %2278, %2282 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%2284 = mul %2274, %2283 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2285 = add %2272, %2284 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2286 = slice %2240 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2287 = broadcast %2286 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2288 = reshape %2241 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2289 = permute %2288 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2290 = permute %2289 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2291 = slice %2290 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2292 = reshape %2242 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2293 = permute %2292 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2294 = permute %2293 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2295 = slice %2294 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2296 = add %2291, %2295 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%2297 = mul %2287, %2296 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2298 = add %2285, %2297 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2299 = slice %2240 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2300 = broadcast %2299 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2301 = reshape %2241 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2302 = permute %2301 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2303 = permute %2302 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2304 = slice %2303 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2305 = reshape %2242 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2306 = permute %2305 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2307 = permute %2306 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2308 = slice %2307 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2309 = add %2304, %2308 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%2310 = mul %2300, %2309 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2311 = add %2298, %2310 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2312 = slice %2240 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2313 = broadcast %2312 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2314 = reshape %2241 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2315 = permute %2314 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2316 = permute %2315 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2317 = slice %2316 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2318 = reshape %2242 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2319 = permute %2318 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2320 = permute %2319 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2321 = slice %2320 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2322 = add %2317, %2321 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%2323 = mul %2313, %2322 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2324 = add %2311, %2323 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2325 = slice %2240 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2326 = broadcast %2325 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2327 = reshape %2241 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2328 = permute %2327 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2329 = permute %2328 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2330 = slice %2329 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2331 = reshape %2242 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2332 = permute %2331 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2333 = permute %2332 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2334 = slice %2333 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2335 = add %2330, %2334 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%2336 = mul %2326, %2335 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2337 = add %2324, %2336 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2338 = slice %2240 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2339 = broadcast %2338 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2340 = reshape %2241 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2341 = permute %2340 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2342 = permute %2341 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2343 = slice %2342 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2344 = reshape %2242 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2345 = permute %2344 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2346 = permute %2345 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2347 = slice %2346 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2348 = add %2343, %2347 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%2349 = mul %2339, %2348 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2350 = add %2337, %2349 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2351 = mul %2350, %2174 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2352 = reduce_max %2351 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2353 = stop_gradient %2352 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2354 = broadcast %2353 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2355 = mul %2350, %2174 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2356 = sub %2355, %2354 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2357 = exp %2356 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2358 = reduce_sum %2357 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2359 = broadcast %2358 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2360 = exp %2356 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2361 = div %2360, %2359 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2362 = reshape %2361 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%2363 = broadcast %2362 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2364 = reshape %2247 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2365 = broadcast %2364 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2366 = mul %2363, %2365 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2367 = reduce_sum %2366 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2368 = permute %2367 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%2369 = reshape %2368 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%2370 = matmul %2369, %137 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2371 = add %2370, %1208 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2372 = add %2219, %2371 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2373 = reduce_sum %2372 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2374 = div %2373, %1025 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2375 = broadcast %2374 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2376 = sub %2372, %2375 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2377 = mul %2376, %2376 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2378 = reduce_sum %2377 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2379 = div %2378, %1025 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2380 = add %2379, %1032 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2381 = rsqrt %2380 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2382 = broadcast %2381 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2383 = mul %2376, %2382 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2384 = mul %2383, %1222 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2385 = add %2384, %1224 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2386 = matmul %2385, %141 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2387 = add %2386, %1227 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2388 = mul %1044, %2387 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2389 = mul %2387, %1046 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2390 = erf %2389 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2391 = add %1049, %2390 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2392 = mul %2388, %2391 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2393 = matmul %2392, %143 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2394 = add %2393, %1235 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2395 = add %2372, %2394 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2396 = concat %2395, %2040 axis=1 : f32[4,10,16] @ models/dino_pass.yaml:109:30
%2397 = reduce_sum %2396 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2398 = div %2397, %2043 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2399 = broadcast %2398 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2400 = sub %2396, %2399 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2401 = mul %2400, %2400 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2402 = reduce_sum %2401 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2403 = div %2402, %2043 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2404 = add %2403, %2050 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2405 = rsqrt %2404 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2406 = broadcast %2405 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2407 = mul %2400, %2406 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2408 = broadcast %145 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2409 = mul %2407, %2408 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2410 = broadcast %146 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2411 = add %2409, %2410 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2412 = slice %2411 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:110:28
%2413 = matmul %2412, %147 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2414 = add %2413, %1256 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2415 = mul %1258, %2414 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2416 = mul %2414, %1260 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2417 = erf %2416 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2418 = add %1263, %2417 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2419 = mul %2415, %2418 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2420 = matmul %2419, %149 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2421 = add %2420, %1267 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2422 = mul %1258, %2421 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2423 = mul %2421, %1260 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2424 = erf %2423 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2425 = add %1263, %2424 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2426 = mul %2422, %2425 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2427 = matmul %2426, %151 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%2428 = add %2427, %1275 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2429 = mul %2428, %2428 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2430 = reduce_sum %2429 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%2431 = sqrt %2430 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2432 = max %2431, %1281 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2433 = broadcast %2432 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2434 = div %2428, %2433 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2435 = matmul %2434, %1291 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%2436 = slice %2411 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/dino_pass.yaml:110:46
%2437 = matmul %2436, %155 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%2438 = broadcast %156 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2439 = broadcast %294 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2440 = add %2437, %2438 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2441 = mul %2439, %2440 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2442 = broadcast %298 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2443 = add %2437, %2438 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2444 = mul %2443, %2442 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2445 = erf %2444 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2446 = broadcast %303 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2447 = add %2446, %2445 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2448 = mul %2441, %2447 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2449 = matmul %2448, %157 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%2450 = broadcast %158 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2451 = add %2449, %2450 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2452 = mul %2439, %2451 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2453 = add %2449, %2450 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2454 = mul %2453, %2442 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2455 = erf %2454 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2456 = add %2446, %2455 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2457 = mul %2452, %2456 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2458 = matmul %2457, %159 ta=0 tb=1 : f32[4,9,8] @ models/lib/nn.yaml:83:15
%2459 = broadcast %160 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2460 = add %2458, %2459 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2461 = mul %2460, %2460 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%2462 = reduce_sum %2461 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%2463 = sqrt %2462 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2464 = broadcast %1280 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2465 = max %2463, %2464 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2466 = broadcast %2465 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2467 = add %2458, %2459 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2468 = div %2467, %2466 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2469 = matmul %2468, %1332 ta=0 tb=1 : f32[4,9,16] @ models/lib/dino.yaml:23:18
%2470 = slice %2435 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%2471 = slice %2435 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%2472 = slice %2469 lo=[0,0,0] hi=[2,9,16] : f32[2,9,16] @ models/dino_pass.yaml:131:27
%2473 = slice %2469 lo=[2,0,0] hi=[4,9,16] : f32[2,9,16] @ models/dino_pass.yaml:131:27
%2474 = reshape %8 : f32[16,48] @ models/lib/vit.yaml:17:20
%2475 = matmul %167, %2474 ta=0 tb=1 : f32[4,16,16] @ models/lib/vit.yaml:17:18
%2476 = broadcast %9 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%2477 = add %2475, %2476 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%2478 = broadcast %7 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%2479 = add %2477, %2478 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%2480 = reduce_sum %2479 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2481 = div %2480, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2482 = broadcast %2481 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2483 = sub %2479, %2482 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2484 = mul %2483, %2483 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2485 = reduce_sum %2484 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2486 = div %2485, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2487 = add %2486, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2488 = rsqrt %2487 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2489 = broadcast %2488 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2490 = mul %2483, %2489 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2491 = broadcast %10 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2492 = mul %2490, %2491 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2493 = broadcast %11 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2494 = add %2492, %2493 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2495 = matmul %2494, %12 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%2496 = broadcast %13 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2497 = add %2495, %2496 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2498 = reshape %2497 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%2499 = permute %2498 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%2500 = slice %2499 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%2501 = reshape %2500 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%2502 = slice %2499 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%2503 = reshape %2502 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%2504 = slice %2499 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%2505 = reshape %2504 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%2506 = permute %2503 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%2507 = slice %2501 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2508 = broadcast %2507 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2509 = slice %2506 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2510 = broadcast %2509 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2511 = mul %2508, %2510 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2512 = slice %2501 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2513 = broadcast %2512 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2514 = slice %2506 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2515 = broadcast %2514 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2516 = mul %2513, %2515 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2517 = add %2511, %2516 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2518 = slice %2501 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2519 = broadcast %2518 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2520 = slice %2506 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2521 = broadcast %2520 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2522 = mul %2519, %2521 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2523 = add %2517, %2522 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2524 = slice %2501 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2525 = broadcast %2524 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2526 = slice %2506 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2527 = broadcast %2526 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2528 = mul %2525, %2527 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2529 = add %2523, %2528 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2530 = slice %2501 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2531 = broadcast %2530 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2532 = slice %2506 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2533 = broadcast %2532 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2534 = mul %2531, %2533 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2535 = add %2529, %2534 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2536 = slice %2501 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2537 = broadcast %2536 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2538 = slice %2506 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2539 = broadcast %2538 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2540 = mul %2537, %2539 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2541 = add %2535, %2540 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2542 = slice %2501 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2543 = broadcast %2542 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2544 = slice %2506 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2545 = broadcast %2544 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2546 = mul %2543, %2545 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2547 = add %2541, %2546 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2548 = slice %2501 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2549 = broadcast %2548 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2550 = slice %2506 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2551 = broadcast %2550 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2552 = mul %2549, %2551 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2553 = add %2547, %2552 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2554 = mul %2553, %253 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2555 = reduce_max %2554 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%2556 = stop_gradient %2555 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%2557 = broadcast %2556 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2558 = mul %2553, %253 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2559 = sub %2558, %2557 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2560 = exp %2559 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2561 = reduce_sum %2560 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%2562 = broadcast %2561 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2563 = exp %2559 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2564 = div %2563, %2562 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2565 = reshape %2564 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%2566 = broadcast %2565 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2567 = reshape %2505 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%2568 = broadcast %2567 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2569 = mul %2566, %2568 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2570 = reduce_sum %2569 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2571 = permute %2570 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%2572 = reshape %2571 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%2573 = matmul %2572, %14 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%2574 = broadcast %15 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2575 = add %2573, %2574 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2576 = add %2479, %2575 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%2577 = reduce_sum %2576 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2578 = div %2577, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2579 = broadcast %2578 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2580 = sub %2576, %2579 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2581 = mul %2580, %2580 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2582 = reduce_sum %2581 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2583 = div %2582, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2584 = add %2583, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2585 = rsqrt %2584 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2586 = broadcast %2585 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2587 = mul %2580, %2586 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2588 = broadcast %16 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2589 = mul %2587, %2588 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2590 = broadcast %17 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2591 = add %2589, %2590 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2592 = matmul %2591, %18 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%2593 = broadcast %19 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2594 = add %2592, %2593 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2595 = mul %295, %2594 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%2596 = add %2592, %2593 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2597 = mul %2596, %299 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%2598 = erf %2597 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%2599 = add %304, %2598 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%2600 = mul %2595, %2599 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%2601 = matmul %2600, %20 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%2602 = broadcast %21 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2603 = add %2601, %2602 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2604 = add %2576, %2603 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%2605 = reduce_sum %2604 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2606 = div %2605, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2607 = broadcast %2606 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2608 = sub %2604, %2607 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2609 = mul %2608, %2608 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2610 = reduce_sum %2609 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2611 = div %2610, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2612 = add %2611, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2613 = rsqrt %2612 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2614 = broadcast %2613 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2615 = mul %2608, %2614 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2616 = broadcast %22 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2617 = mul %2615, %2616 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2618 = broadcast %23 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2619 = add %2617, %2618 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2620 = matmul %2619, %24 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%2621 = broadcast %25 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2622 = add %2620, %2621 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2623 = reshape %2622 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%2624 = permute %2623 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%2625 = slice %2624 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%2626 = reshape %2625 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%2627 = slice %2624 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%2628 = reshape %2627 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%2629 = slice %2624 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%2630 = reshape %2629 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%2631 = permute %2628 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%2632 = slice %2626 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2633 = broadcast %2632 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2634 = slice %2631 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2635 = broadcast %2634 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2636 = mul %2633, %2635 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2637 = slice %2626 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2638 = broadcast %2637 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2639 = slice %2631 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2640 = broadcast %2639 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2641 = mul %2638, %2640 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2642 = add %2636, %2641 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2643 = slice %2626 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2644 = broadcast %2643 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2645 = slice %2631 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2646 = broadcast %2645 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2647 = mul %2644, %2646 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2648 = add %2642, %2647 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2649 = slice %2626 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2650 = broadcast %2649 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2651 = slice %2631 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2652 = broadcast %2651 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2653 = mul %2650, %2652 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2654 = add %2648, %2653 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2655 = slice %2626 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2656 = broadcast %2655 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2657 = slice %2631 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2658 = broadcast %2657 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2659 = mul %2656, %2658 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2660 = add %2654, %2659 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2661 = slice %2626 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2662 = broadcast %2661 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2663 = slice %2631 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2664 = broadcast %2663 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2665 = mul %2662, %2664 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2666 = add %2660, %2665 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2667 = slice %2626 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2668 = broadcast %2667 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2669 = slice %2631 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2670 = broadcast %2669 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2671 = mul %2668, %2670 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2672 = add %2666, %2671 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2673 = slice %2626 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2674 = broadcast %2673 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2675 = slice %2631 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2676 = broadcast %2675 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2677 = mul %2674, %2676 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2678 = add %2672, %2677 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2679 = mul %2678, %253 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2680 = reduce_max %2679 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%2681 = stop_gradient %2680 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%2682 = broadcast %2681 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2683 = mul %2678, %253 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2684 = sub %2683, %2682 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2685 = exp %2684 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2686 = reduce_sum %2685 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%2687 = broadcast %2686 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2688 = exp %2684 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2689 = div %2688, %2687 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2690 = reshape %2689 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%2691 = broadcast %2690 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2692 = reshape %2630 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%2693 = broadcast %2692 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2694 = mul %2691, %2693 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2695 = reduce_sum %2694 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2696 = permute %2695 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%2697 = reshape %2696 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%2698 = matmul %2697, %26 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%2699 = broadcast %27 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2700 = add %2698, %2699 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2701 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%2702 = broadcast %2701 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2703 = div %2700, %2702 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2704 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%2705 = rand_uniform %2704 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%2706 = broadcast %2701 : f32[4] @ models/lib/nn.yaml:44:35
%2707 = add %2706, %2705 : f32[4] @ models/lib/nn.yaml:44:35
%2708 = floor %2707 : f32[4] @ models/lib/nn.yaml:44:24
%2709 = reshape %2708 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2710 = broadcast %2709 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2711 = mul %2703, %2710 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2712 = add %2604, %2711 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%2713 = reduce_sum %2712 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2714 = div %2713, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2715 = broadcast %2714 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2716 = sub %2712, %2715 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2717 = mul %2716, %2716 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2718 = reduce_sum %2717 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2719 = div %2718, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2720 = add %2719, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2721 = rsqrt %2720 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2722 = broadcast %2721 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2723 = mul %2716, %2722 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2724 = broadcast %28 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2725 = mul %2723, %2724 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2726 = broadcast %29 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2727 = add %2725, %2726 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2728 = matmul %2727, %30 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%2729 = broadcast %31 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2730 = add %2728, %2729 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2731 = mul %295, %2730 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%2732 = add %2728, %2729 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2733 = mul %2732, %299 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%2734 = erf %2733 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%2735 = add %304, %2734 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%2736 = mul %2731, %2735 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%2737 = matmul %2736, %32 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%2738 = broadcast %33 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2739 = add %2737, %2738 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2740 = div %2739, %2702 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2741 = rand_uniform %2704 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%2742 = add %2706, %2741 : f32[4] @ models/lib/nn.yaml:44:35
%2743 = floor %2742 : f32[4] @ models/lib/nn.yaml:44:24
%2744 = reshape %2743 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2745 = broadcast %2744 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2746 = mul %2740, %2745 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2747 = add %2712, %2746 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%2748 = broadcast %34 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%2749 = concat %2748, %2747 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%2750 = reduce_sum %2749 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2751 = div %2750, %868 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2752 = broadcast %2751 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2753 = sub %2749, %2752 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2754 = mul %2753, %2753 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2755 = reduce_sum %2754 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2756 = div %2755, %868 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2757 = add %2756, %875 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2758 = rsqrt %2757 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2759 = broadcast %2758 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2760 = mul %2753, %2759 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2761 = broadcast %35 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2762 = mul %2760, %2761 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2763 = broadcast %36 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2764 = add %2762, %2763 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2765 = slice %2764 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2766 = matmul %2765, %37 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2767 = broadcast %38 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2768 = add %2766, %2767 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2769 = reshape %2768 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2770 = permute %2769 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2771 = matmul %2764, %39 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2772 = broadcast %40 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2773 = add %2771, %2772 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2774 = reshape %2773 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2775 = permute %2774 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%2776 = matmul %2764, %41 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2777 = broadcast %42 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2778 = add %2776, %2777 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2779 = reshape %2778 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%2780 = permute %2779 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%2781 = permute %2775 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2782 = slice %2770 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2783 = broadcast %2782 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2784 = slice %2781 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2785 = mul %2783, %2784 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2786 = slice %2770 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2787 = broadcast %2786 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2788 = slice %2781 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2789 = mul %2787, %2788 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2790 = add %2785, %2789 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2791 = slice %2770 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2792 = broadcast %2791 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2793 = slice %2781 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2794 = mul %2792, %2793 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2795 = add %2790, %2794 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2796 = slice %2770 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2797 = broadcast %2796 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2798 = slice %2781 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2799 = mul %2797, %2798 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2800 = add %2795, %2799 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2801 = slice %2770 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2802 = broadcast %2801 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2803 = slice %2781 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2804 = mul %2802, %2803 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2805 = add %2800, %2804 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2806 = slice %2770 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2807 = broadcast %2806 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2808 = slice %2781 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2809 = mul %2807, %2808 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2810 = add %2805, %2809 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2811 = slice %2770 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2812 = broadcast %2811 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2813 = slice %2781 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2814 = mul %2812, %2813 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2815 = add %2810, %2814 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2816 = slice %2770 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2817 = broadcast %2816 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2818 = slice %2781 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2819 = mul %2817, %2818 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2820 = add %2815, %2819 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2821 = mul %2820, %1000 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2822 = reduce_max %2821 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2823 = stop_gradient %2822 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2824 = broadcast %2823 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2825 = mul %2820, %1000 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2826 = sub %2825, %2824 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2827 = exp %2826 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2828 = reduce_sum %2827 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2829 = broadcast %2828 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2830 = exp %2826 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2831 = div %2830, %2829 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2832 = reshape %2831 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%2833 = broadcast %2832 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2834 = reshape %2780 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2835 = broadcast %2834 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2836 = mul %2833, %2835 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2837 = reduce_sum %2836 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2838 = permute %2837 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%2839 = reshape %2838 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%2840 = matmul %2839, %43 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2841 = broadcast %44 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2842 = add %2840, %2841 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2843 = add %2748, %2842 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2844 = reduce_sum %2843 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2845 = div %2844, %1025 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2846 = broadcast %2845 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2847 = sub %2843, %2846 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2848 = mul %2847, %2847 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2849 = reduce_sum %2848 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2850 = div %2849, %1025 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2851 = add %2850, %1032 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2852 = rsqrt %2851 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2853 = broadcast %2852 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2854 = mul %2847, %2853 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2855 = broadcast %45 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2856 = mul %2854, %2855 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2857 = broadcast %46 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2858 = add %2856, %2857 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2859 = matmul %2858, %47 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2860 = broadcast %48 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2861 = add %2859, %2860 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2862 = mul %1044, %2861 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2863 = mul %2861, %1046 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2864 = erf %2863 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2865 = add %1049, %2864 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2866 = mul %2862, %2865 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2867 = matmul %2866, %49 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2868 = broadcast %50 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2869 = add %2867, %2868 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2870 = add %2843, %2869 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2871 = concat %2870, %2747 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%2872 = reduce_sum %2871 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2873 = div %2872, %868 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2874 = broadcast %2873 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2875 = sub %2871, %2874 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2876 = mul %2875, %2875 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2877 = reduce_sum %2876 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2878 = div %2877, %868 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2879 = add %2878, %875 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2880 = rsqrt %2879 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2881 = broadcast %2880 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2882 = mul %2875, %2881 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2883 = broadcast %51 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2884 = mul %2882, %2883 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2885 = broadcast %52 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2886 = add %2884, %2885 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2887 = slice %2886 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2888 = matmul %2887, %53 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2889 = broadcast %54 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2890 = add %2888, %2889 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2891 = reshape %2890 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2892 = permute %2891 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2893 = matmul %2886, %55 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2894 = broadcast %56 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2895 = add %2893, %2894 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2896 = reshape %2895 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2897 = permute %2896 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%2898 = matmul %2886, %57 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2899 = broadcast %58 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2900 = add %2898, %2899 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2901 = reshape %2900 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%2902 = permute %2901 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%2903 = permute %2897 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2904 = slice %2892 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2905 = broadcast %2904 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2906 = slice %2903 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2907 = mul %2905, %2906 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2908 = slice %2892 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2909 = broadcast %2908 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2910 = slice %2903 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2911 = mul %2909, %2910 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2912 = add %2907, %2911 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2913 = slice %2892 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2914 = broadcast %2913 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2915 = slice %2903 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2916 = mul %2914, %2915 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2917 = add %2912, %2916 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2918 = slice %2892 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2919 = broadcast %2918 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2920 = slice %2903 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2921 = mul %2919, %2920 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2922 = add %2917, %2921 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2923 = slice %2892 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2924 = broadcast %2923 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2925 = slice %2903 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2926 = mul %2924, %2925 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2927 = add %2922, %2926 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2928 = slice %2892 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2929 = broadcast %2928 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2930 = slice %2903 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2931 = mul %2929, %2930 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2932 = add %2927, %2931 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2933 = slice %2892 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2934 = broadcast %2933 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2935 = slice %2903 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2936 = mul %2934, %2935 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2937 = add %2932, %2936 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2938 = slice %2892 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2939 = broadcast %2938 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2940 = slice %2903 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2941 = mul %2939, %2940 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2942 = add %2937, %2941 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2943 = mul %2942, %1000 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2944 = reduce_max %2943 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2945 = stop_gradient %2944 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2946 = broadcast %2945 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2947 = mul %2942, %1000 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2948 = sub %2947, %2946 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2949 = exp %2948 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2950 = reduce_sum %2949 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2951 = broadcast %2950 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2952 = exp %2948 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2953 = div %2952, %2951 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2954 = reshape %2953 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%2955 = broadcast %2954 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2956 = reshape %2902 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2957 = broadcast %2956 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2958 = mul %2955, %2957 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2959 = reduce_sum %2958 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2960 = permute %2959 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%2961 = reshape %2960 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%2962 = matmul %2961, %59 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2963 = broadcast %60 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2964 = add %2962, %2963 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2965 = add %2870, %2964 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2966 = reduce_sum %2965 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2967 = div %2966, %1025 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2968 = broadcast %2967 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2969 = sub %2965, %2968 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2970 = mul %2969, %2969 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2971 = reduce_sum %2970 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2972 = div %2971, %1025 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2973 = add %2972, %1032 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2974 = rsqrt %2973 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2975 = broadcast %2974 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2976 = mul %2969, %2975 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2977 = broadcast %61 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2978 = mul %2976, %2977 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2979 = broadcast %62 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2980 = add %2978, %2979 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2981 = matmul %2980, %63 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2982 = broadcast %64 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2983 = add %2981, %2982 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2984 = mul %1044, %2983 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2985 = mul %2983, %1046 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2986 = erf %2985 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2987 = add %1049, %2986 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2988 = mul %2984, %2987 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2989 = matmul %2988, %65 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2990 = broadcast %66 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2991 = add %2989, %2990 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2992 = add %2965, %2991 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2993 = concat %2992, %2747 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:111:21
%2994 = reduce_sum %2993 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2995 = div %2994, %868 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2996 = broadcast %2995 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2997 = sub %2993, %2996 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2998 = mul %2997, %2997 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2999 = reduce_sum %2998 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%3000 = div %2999, %868 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%3001 = add %3000, %875 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%3002 = rsqrt %3001 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3003 = broadcast %3002 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%3004 = mul %2997, %3003 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%3005 = broadcast %67 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%3006 = mul %3004, %3005 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%3007 = broadcast %68 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%3008 = add %3006, %3007 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%3009 = slice %3008 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:103:28
%3010 = matmul %3009, %69 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%3011 = broadcast %70 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3012 = add %3010, %3011 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3013 = mul %1258, %3012 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3014 = mul %3012, %1260 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3015 = erf %3014 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3016 = add %1263, %3015 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3017 = mul %3013, %3016 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3018 = matmul %3017, %71 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%3019 = broadcast %72 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3020 = add %3018, %3019 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3021 = mul %1258, %3020 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3022 = mul %3020, %1260 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3023 = erf %3022 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3024 = add %1263, %3023 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3025 = mul %3021, %3024 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3026 = matmul %3025, %73 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%3027 = broadcast %74 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3028 = add %3026, %3027 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3029 = mul %3028, %3028 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3030 = reduce_sum %3029 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%3031 = sqrt %3030 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3032 = max %3031, %1281 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3033 = broadcast %3032 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3034 = div %3028, %3033 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3035 = broadcast %75 : f32[32,8] @ models/lib/dino.yaml:22:22
%3036 = mul %3035, %76 : f32[32,8] @ models/lib/dino.yaml:22:22
%3037 = mul %76, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%3038 = reduce_sum %3037 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%3039 = sqrt %3038 : f32[32,1] @ models/lib/dino.yaml:22:35
%3040 = broadcast %3039 : f32[32,8] @ models/lib/dino.yaml:22:33
%3041 = div %3036, %3040 : f32[32,8] @ models/lib/dino.yaml:22:33
%3042 = matmul %3034, %3041 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%3043 = slice %3008 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/dino_pass.yaml:103:46
%3044 = matmul %3043, %77 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%3045 = broadcast %78 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3046 = add %3044, %3045 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3047 = mul %1296, %3046 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%3048 = add %3044, %3045 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3049 = mul %3048, %1299 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%3050 = erf %3049 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3051 = add %1303, %3050 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%3052 = mul %3047, %3051 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%3053 = matmul %3052, %79 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%3054 = broadcast %80 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3055 = add %3053, %3054 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3056 = mul %1296, %3055 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%3057 = add %3053, %3054 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3058 = mul %3057, %1299 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%3059 = erf %3058 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3060 = add %1303, %3059 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%3061 = mul %3056, %3060 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%3062 = matmul %3061, %81 ta=0 tb=1 : f32[4,16,8] @ models/lib/nn.yaml:83:15
%3063 = broadcast %82 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%3064 = add %3062, %3063 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%3065 = mul %3064, %3064 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%3066 = reduce_sum %3065 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%3067 = sqrt %3066 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3068 = max %3067, %1321 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3069 = broadcast %3068 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%3070 = add %3062, %3063 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%3071 = div %3070, %3069 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%3072 = broadcast %83 : f32[16,8] @ models/lib/dino.yaml:22:22
%3073 = mul %3072, %84 : f32[16,8] @ models/lib/dino.yaml:22:22
%3074 = mul %84, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3075 = reduce_sum %3074 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%3076 = sqrt %3075 : f32[16,1] @ models/lib/dino.yaml:22:35
%3077 = broadcast %3076 : f32[16,8] @ models/lib/dino.yaml:22:33
%3078 = div %3073, %3077 : f32[16,8] @ models/lib/dino.yaml:22:33
%3079 = matmul %3071, %3078 ta=0 tb=1 : f32[4,16,16] @ models/lib/dino.yaml:23:18
%3080 = slice %3042 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3081 = slice %3042 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3082 = slice %3079 lo=[0,0,0] hi=[2,16,16] : f32[2,16,16] @ models/dino_pass.yaml:132:27
%3083 = slice %3079 lo=[2,0,0] hi=[4,16,16] : f32[2,16,16] @ models/dino_pass.yaml:132:27
%3084 = matmul %1340, %2474 ta=0 tb=1 : f32[4,9,16] @ models/lib/vit.yaml:17:18
%3085 = broadcast %9 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%3086 = add %3084, %3085 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%3087 = reshape %7 : f32[4,64] @ models/lib/vit.yaml:32:17
%3088 = matmul %1344, %3087 ta=0 tb=0 : f32[3,64] @ models/lib/vit.yaml:32:15
%3089 = reshape %3088 : f32[3,4,16] @ models/lib/vit.yaml:33:21
%3090 = permute %3089 perm=[1,0,2] : f32[4,3,16] @ models/lib/vit.yaml:33:13
%3091 = reshape %3090 : f32[4,48] @ models/lib/vit.yaml:34:17
%3092 = matmul %1344, %3091 ta=0 tb=0 : f32[3,48] @ models/lib/vit.yaml:34:15
%3093 = reshape %3092 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%3094 = permute %3093 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%3095 = reshape %3094 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%3096 = broadcast %3095 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%3097 = add %3086, %3096 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%3098 = reduce_sum %3097 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3099 = div %3098, %1357 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3100 = broadcast %3099 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3101 = sub %3097, %3100 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3102 = mul %3101, %3101 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3103 = reduce_sum %3102 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3104 = div %3103, %1357 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3105 = add %3104, %1364 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3106 = rsqrt %3105 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3107 = broadcast %3106 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3108 = mul %3101, %3107 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3109 = broadcast %10 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3110 = mul %3108, %3109 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3111 = broadcast %11 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3112 = add %3110, %3111 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3113 = matmul %3112, %12 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%3114 = broadcast %13 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3115 = add %3113, %3114 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3116 = reshape %3115 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%3117 = permute %3116 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%3118 = slice %3117 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%3119 = reshape %3118 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%3120 = slice %3117 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%3121 = reshape %3120 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%3122 = slice %3117 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3123 = reshape %3122 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%3124 = permute %3121 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%3125 = slice %3119 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3126 = broadcast %3125 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3127 = slice %3124 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3128 = broadcast %3127 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3129 = mul %3126, %3128 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3130 = slice %3119 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3131 = broadcast %3130 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3132 = slice %3124 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3133 = broadcast %3132 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3134 = mul %3131, %3133 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3135 = add %3129, %3134 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3136 = slice %3119 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3137 = broadcast %3136 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3138 = slice %3124 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3139 = broadcast %3138 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3140 = mul %3137, %3139 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3141 = add %3135, %3140 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3142 = slice %3119 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3143 = broadcast %3142 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3144 = slice %3124 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3145 = broadcast %3144 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3146 = mul %3143, %3145 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3147 = add %3141, %3146 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3148 = slice %3119 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3149 = broadcast %3148 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3150 = slice %3124 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3151 = broadcast %3150 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3152 = mul %3149, %3151 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3153 = add %3147, %3152 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3154 = slice %3119 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3155 = broadcast %3154 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3156 = slice %3124 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3157 = broadcast %3156 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3158 = mul %3155, %3157 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3159 = add %3153, %3158 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3160 = slice %3119 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3161 = broadcast %3160 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3162 = slice %3124 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3163 = broadcast %3162 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3164 = mul %3161, %3163 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3165 = add %3159, %3164 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3166 = slice %3119 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3167 = broadcast %3166 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3168 = slice %3124 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3169 = broadcast %3168 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3170 = mul %3167, %3169 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3171 = add %3165, %3170 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3172 = mul %3171, %1432 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3173 = reduce_max %3172 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%3174 = stop_gradient %3173 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%3175 = broadcast %3174 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3176 = mul %3171, %1432 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3177 = sub %3176, %3175 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3178 = exp %3177 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3179 = reduce_sum %3178 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%3180 = broadcast %3179 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3181 = exp %3177 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3182 = div %3181, %3180 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3183 = reshape %3182 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3184 = broadcast %3183 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3185 = reshape %3123 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%3186 = broadcast %3185 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3187 = mul %3184, %3186 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3188 = reduce_sum %3187 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3189 = permute %3188 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%3190 = reshape %3189 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%3191 = matmul %3190, %14 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3192 = broadcast %15 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3193 = add %3191, %3192 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3194 = add %3097, %3193 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%3195 = reduce_sum %3194 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3196 = div %3195, %1357 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3197 = broadcast %3196 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3198 = sub %3194, %3197 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3199 = mul %3198, %3198 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3200 = reduce_sum %3199 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3201 = div %3200, %1357 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3202 = add %3201, %1364 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3203 = rsqrt %3202 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3204 = broadcast %3203 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3205 = mul %3198, %3204 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3206 = broadcast %16 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3207 = mul %3205, %3206 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3208 = broadcast %17 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3209 = add %3207, %3208 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3210 = matmul %3209, %18 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%3211 = broadcast %19 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3212 = add %3210, %3211 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3213 = mul %1473, %3212 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3214 = add %3210, %3211 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3215 = mul %3214, %1476 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3216 = erf %3215 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3217 = add %1480, %3216 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%3218 = mul %3213, %3217 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3219 = matmul %3218, %20 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3220 = broadcast %21 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3221 = add %3219, %3220 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3222 = add %3194, %3221 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%3223 = reduce_sum %3222 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3224 = div %3223, %1357 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3225 = broadcast %3224 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3226 = sub %3222, %3225 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3227 = mul %3226, %3226 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3228 = reduce_sum %3227 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3229 = div %3228, %1357 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3230 = add %3229, %1364 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3231 = rsqrt %3230 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3232 = broadcast %3231 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3233 = mul %3226, %3232 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3234 = broadcast %22 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3235 = mul %3233, %3234 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3236 = broadcast %23 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3237 = add %3235, %3236 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3238 = matmul %3237, %24 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%3239 = broadcast %25 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3240 = add %3238, %3239 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3241 = reshape %3240 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%3242 = permute %3241 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%3243 = slice %3242 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%3244 = reshape %3243 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%3245 = slice %3242 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%3246 = reshape %3245 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%3247 = slice %3242 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3248 = reshape %3247 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%3249 = permute %3246 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%3250 = slice %3244 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3251 = broadcast %3250 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3252 = slice %3249 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3253 = broadcast %3252 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3254 = mul %3251, %3253 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3255 = slice %3244 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3256 = broadcast %3255 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3257 = slice %3249 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3258 = broadcast %3257 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3259 = mul %3256, %3258 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3260 = add %3254, %3259 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3261 = slice %3244 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3262 = broadcast %3261 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3263 = slice %3249 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3264 = broadcast %3263 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3265 = mul %3262, %3264 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3266 = add %3260, %3265 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3267 = slice %3244 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3268 = broadcast %3267 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3269 = slice %3249 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3270 = broadcast %3269 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3271 = mul %3268, %3270 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3272 = add %3266, %3271 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3273 = slice %3244 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3274 = broadcast %3273 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3275 = slice %3249 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3276 = broadcast %3275 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3277 = mul %3274, %3276 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3278 = add %3272, %3277 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3279 = slice %3244 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3280 = broadcast %3279 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3281 = slice %3249 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3282 = broadcast %3281 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3283 = mul %3280, %3282 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3284 = add %3278, %3283 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3285 = slice %3244 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3286 = broadcast %3285 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3287 = slice %3249 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3288 = broadcast %3287 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3289 = mul %3286, %3288 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3290 = add %3284, %3289 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3291 = slice %3244 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3292 = broadcast %3291 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3293 = slice %3249 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3294 = broadcast %3293 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3295 = mul %3292, %3294 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3296 = add %3290, %3295 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3297 = mul %3296, %1432 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3298 = reduce_max %3297 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%3299 = stop_gradient %3298 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%3300 = broadcast %3299 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3301 = mul %3296, %1432 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3302 = sub %3301, %3300 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3303 = exp %3302 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3304 = reduce_sum %3303 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%3305 = broadcast %3304 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3306 = exp %3302 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3307 = div %3306, %3305 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3308 = reshape %3307 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3309 = broadcast %3308 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3310 = reshape %3248 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%3311 = broadcast %3310 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3312 = mul %3309, %3311 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3313 = reduce_sum %3312 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3314 = permute %3313 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%3315 = reshape %3314 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%3316 = matmul %3315, %26 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3317 = broadcast %27 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3318 = add %3316, %3317 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3319 = broadcast %2701 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3320 = div %3318, %3319 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3321 = rand_uniform %2704 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%3322 = add %2706, %3321 : f32[4] @ models/lib/nn.yaml:44:35
%3323 = floor %3322 : f32[4] @ models/lib/nn.yaml:44:24
%3324 = reshape %3323 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%3325 = broadcast %3324 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3326 = mul %3320, %3325 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3327 = add %3222, %3326 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%3328 = reduce_sum %3327 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3329 = div %3328, %1357 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3330 = broadcast %3329 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3331 = sub %3327, %3330 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3332 = mul %3331, %3331 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3333 = reduce_sum %3332 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3334 = div %3333, %1357 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3335 = add %3334, %1364 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3336 = rsqrt %3335 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3337 = broadcast %3336 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3338 = mul %3331, %3337 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3339 = broadcast %28 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3340 = mul %3338, %3339 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3341 = broadcast %29 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3342 = add %3340, %3341 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3343 = matmul %3342, %30 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%3344 = broadcast %31 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3345 = add %3343, %3344 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3346 = mul %1473, %3345 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3347 = add %3343, %3344 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3348 = mul %3347, %1476 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3349 = erf %3348 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3350 = add %1480, %3349 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%3351 = mul %3346, %3350 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3352 = matmul %3351, %32 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3353 = broadcast %33 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3354 = add %3352, %3353 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3355 = div %3354, %3319 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3356 = rand_uniform %2704 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%3357 = add %2706, %3356 : f32[4] @ models/lib/nn.yaml:44:35
%3358 = floor %3357 : f32[4] @ models/lib/nn.yaml:44:24
%3359 = reshape %3358 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%3360 = broadcast %3359 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3361 = mul %3355, %3360 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3362 = add %3327, %3361 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%3363 = concat %2748, %3362 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%3364 = reduce_sum %3363 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3365 = div %3364, %2043 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3366 = broadcast %3365 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3367 = sub %3363, %3366 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3368 = mul %3367, %3367 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3369 = reduce_sum %3368 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3370 = div %3369, %2043 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3371 = add %3370, %2050 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3372 = rsqrt %3371 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3373 = broadcast %3372 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3374 = mul %3367, %3373 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3375 = broadcast %35 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3376 = mul %3374, %3375 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3377 = broadcast %36 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3378 = add %3376, %3377 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3379 = slice %3378 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%3380 = matmul %3379, %37 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3381 = add %3380, %2767 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3382 = reshape %3381 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%3383 = permute %3382 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%3384 = matmul %3378, %39 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3385 = broadcast %40 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3386 = add %3384, %3385 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3387 = reshape %3386 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3388 = permute %3387 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%3389 = matmul %3378, %41 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3390 = broadcast %42 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3391 = add %3389, %3390 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3392 = reshape %3391 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%3393 = permute %3392 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%3394 = permute %3388 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3395 = slice %3383 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3396 = broadcast %3395 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3397 = slice %3394 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3398 = mul %3396, %3397 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3399 = slice %3383 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3400 = broadcast %3399 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3401 = slice %3394 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3402 = mul %3400, %3401 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3403 = add %3398, %3402 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3404 = slice %3383 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3405 = broadcast %3404 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3406 = slice %3394 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3407 = mul %3405, %3406 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3408 = add %3403, %3407 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3409 = slice %3383 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3410 = broadcast %3409 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3411 = slice %3394 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3412 = mul %3410, %3411 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3413 = add %3408, %3412 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3414 = slice %3383 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3415 = broadcast %3414 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3416 = slice %3394 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3417 = mul %3415, %3416 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3418 = add %3413, %3417 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3419 = slice %3383 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3420 = broadcast %3419 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3421 = slice %3394 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3422 = mul %3420, %3421 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3423 = add %3418, %3422 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3424 = slice %3383 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3425 = broadcast %3424 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3426 = slice %3394 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3427 = mul %3425, %3426 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3428 = add %3423, %3427 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3429 = slice %3383 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3430 = broadcast %3429 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3431 = slice %3394 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3432 = mul %3430, %3431 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3433 = add %3428, %3432 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3434 = mul %3433, %2174 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3435 = reduce_max %3434 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%3436 = stop_gradient %3435 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%3437 = broadcast %3436 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3438 = mul %3433, %2174 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3439 = sub %3438, %3437 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3440 = exp %3439 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3441 = reduce_sum %3440 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%3442 = broadcast %3441 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3443 = exp %3439 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3444 = div %3443, %3442 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3445 = reshape %3444 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%3446 = broadcast %3445 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3447 = reshape %3393 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3448 = broadcast %3447 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3449 = mul %3446, %3448 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3450 = reduce_sum %3449 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%3451 = permute %3450 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%3452 = reshape %3451 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%3453 = matmul %3452, %43 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3454 = add %3453, %2841 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3455 = add %2748, %3454 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%3456 = reduce_sum %3455 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3457 = div %3456, %1025 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3458 = broadcast %3457 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3459 = sub %3455, %3458 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3460 = mul %3459, %3459 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3461 = reduce_sum %3460 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3462 = div %3461, %1025 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3463 = add %3462, %1032 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%3464 = rsqrt %3463 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3465 = broadcast %3464 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3466 = mul %3459, %3465 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3467 = mul %3466, %2855 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3468 = add %3467, %2857 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%3469 = matmul %3468, %47 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3470 = add %3469, %2860 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3471 = mul %1044, %3470 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3472 = mul %3470, %1046 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3473 = erf %3472 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3474 = add %1049, %3473 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3475 = mul %3471, %3474 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3476 = matmul %3475, %49 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3477 = add %3476, %2868 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3478 = add %3455, %3477 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%3479 = concat %3478, %3362 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%3480 = reduce_sum %3479 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3481 = div %3480, %2043 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3482 = broadcast %3481 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3483 = sub %3479, %3482 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3484 = mul %3483, %3483 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3485 = reduce_sum %3484 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3486 = div %3485, %2043 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3487 = add %3486, %2050 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3488 = rsqrt %3487 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3489 = broadcast %3488 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3490 = mul %3483, %3489 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3491 = broadcast %51 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3492 = mul %3490, %3491 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3493 = broadcast %52 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3494 = add %3492, %3493 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3495 = slice %3494 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%3496 = matmul %3495, %53 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3497 = add %3496, %2889 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3498 = reshape %3497 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%3499 = permute %3498 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%3500 = matmul %3494, %55 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3501 = broadcast %56 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3502 = add %3500, %3501 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3503 = reshape %3502 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3504 = permute %3503 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%3505 = matmul %3494, %57 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3506 = broadcast %58 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3507 = add %3505, %3506 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3508 = reshape %3507 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%3509 = permute %3508 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%3510 = permute %3504 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3511 = slice %3499 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3512 = broadcast %3511 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3513 = slice %3510 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3514 = mul %3512, %3513 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3515 = slice %3499 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3516 = broadcast %3515 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3517 = slice %3510 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3518 = mul %3516, %3517 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3519 = add %3514, %3518 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3520 = slice %3499 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3521 = broadcast %3520 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3522 = slice %3510 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3523 = mul %3521, %3522 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3524 = add %3519, %3523 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3525 = slice %3499 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3526 = broadcast %3525 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3527 = slice %3510 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3528 = mul %3526, %3527 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3529 = add %3524, %3528 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3530 = slice %3499 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3531 = broadcast %3530 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3532 = slice %3510 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3533 = mul %3531, %3532 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3534 = add %3529, %3533 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3535 = slice %3499 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3536 = broadcast %3535 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3537 = slice %3510 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3538 = mul %3536, %3537 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3539 = add %3534, %3538 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3540 = slice %3499 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3541 = broadcast %3540 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3542 = slice %3510 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3543 = mul %3541, %3542 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3544 = add %3539, %3543 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3545 = slice %3499 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3546 = broadcast %3545 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3547 = slice %3510 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3548 = mul %3546, %3547 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3549 = add %3544, %3548 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3550 = mul %3549, %2174 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3551 = reduce_max %3550 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%3552 = stop_gradient %3551 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%3553 = broadcast %3552 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3554 = mul %3549, %2174 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3555 = sub %3554, %3553 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3556 = exp %3555 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3557 = reduce_sum %3556 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%3558 = broadcast %3557 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3559 = exp %3555 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3560 = div %3559, %3558 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3561 = reshape %3560 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%3562 = broadcast %3561 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3563 = reshape %3509 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3564 = broadcast %3563 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3565 = mul %3562, %3564 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3566 = reduce_sum %3565 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%3567 = permute %3566 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%3568 = reshape %3567 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%3569 = matmul %3568, %59 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3570 = add %3569, %2963 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3571 = add %3478, %3570 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%3572 = reduce_sum %3571 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3573 = div %3572, %1025 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3574 = broadcast %3573 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3575 = sub %3571, %3574 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3576 = mul %3575, %3575 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3577 = reduce_sum %3576 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3578 = div %3577, %1025 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3579 = add %3578, %1032 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%3580 = rsqrt %3579 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3581 = broadcast %3580 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3582 = mul %3575, %3581 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3583 = mul %3582, %2977 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3584 = add %3583, %2979 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%3585 = matmul %3584, %63 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3586 = add %3585, %2982 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3587 = mul %1044, %3586 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3588 = mul %3586, %1046 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3589 = erf %3588 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3590 = add %1049, %3589 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3591 = mul %3587, %3590 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3592 = matmul %3591, %65 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3593 = add %3592, %2990 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3594 = add %3571, %3593 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%3595 = concat %3594, %3362 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:111:21
%3596 = reduce_sum %3595 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3597 = div %3596, %2043 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3598 = broadcast %3597 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3599 = sub %3595, %3598 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3600 = mul %3599, %3599 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3601 = reduce_sum %3600 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3602 = div %3601, %2043 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3603 = add %3602, %2050 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3604 = rsqrt %3603 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3605 = broadcast %3604 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3606 = mul %3599, %3605 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3607 = broadcast %67 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3608 = mul %3606, %3607 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3609 = broadcast %68 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3610 = add %3608, %3609 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3611 = slice %3610 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:103:28
%3612 = matmul %3611, %69 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%3613 = add %3612, %3011 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3614 = mul %1258, %3613 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3615 = mul %3613, %1260 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3616 = erf %3615 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3617 = add %1263, %3616 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3618 = mul %3614, %3617 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3619 = matmul %3618, %71 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%3620 = add %3619, %3019 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3621 = mul %1258, %3620 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3622 = mul %3620, %1260 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3623 = erf %3622 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3624 = add %1263, %3623 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3625 = mul %3621, %3624 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3626 = matmul %3625, %73 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%3627 = add %3626, %3027 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3628 = mul %3627, %3627 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3629 = reduce_sum %3628 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%3630 = sqrt %3629 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3631 = max %3630, %1281 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3632 = broadcast %3631 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3633 = div %3627, %3632 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3634 = matmul %3633, %3041 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%3635 = slice %3610 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/dino_pass.yaml:103:46
%3636 = matmul %3635, %77 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%3637 = broadcast %78 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3638 = add %3636, %3637 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3639 = mul %2439, %3638 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3640 = add %3636, %3637 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3641 = mul %3640, %2442 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3642 = erf %3641 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3643 = add %2446, %3642 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3644 = mul %3639, %3643 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3645 = matmul %3644, %79 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%3646 = broadcast %80 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3647 = add %3645, %3646 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3648 = mul %2439, %3647 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3649 = add %3645, %3646 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3650 = mul %3649, %2442 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3651 = erf %3650 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3652 = add %2446, %3651 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3653 = mul %3648, %3652 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3654 = matmul %3653, %81 ta=0 tb=1 : f32[4,9,8] @ models/lib/nn.yaml:83:15
%3655 = broadcast %82 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3656 = add %3654, %3655 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3657 = mul %3656, %3656 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3658 = reduce_sum %3657 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%3659 = sqrt %3658 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3660 = max %3659, %2464 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3661 = broadcast %3660 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3662 = add %3654, %3655 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3663 = div %3662, %3661 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3664 = matmul %3663, %3078 ta=0 tb=1 : f32[4,9,16] @ models/lib/dino.yaml:23:18
%3665 = slice %3634 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3666 = slice %3634 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3667 = slice %3664 lo=[0,0,0] hi=[2,9,16] : f32[2,9,16] @ models/dino_pass.yaml:132:27
%3668 = slice %3664 lo=[2,0,0] hi=[4,9,16] : f32[2,9,16] @ models/dino_pass.yaml:132:27
%3669 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3670 = sub %1334, %3669 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3671 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3672 = div %3670, %3671 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3673 = reduce_max %3672 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3674 = stop_gradient %3673 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3675 = broadcast %3674 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3676 = div %3670, %3671 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3677 = sub %3676, %3675 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3678 = exp %3677 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3679 = reduce_sum %3678 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3680 = broadcast %3679 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3681 = exp %3677 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3682 = div %3681, %3680 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3683 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%3684 = broadcast %3683 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3685 = div %3081, %3684 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3686 = reduce_max %3685 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3687 = stop_gradient %3686 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3688 = broadcast %3687 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3689 = div %3081, %3684 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3690 = sub %3689, %3688 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3691 = exp %3690 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3692 = reduce_sum %3691 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3693 = log %3692 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3694 = broadcast %3693 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3695 = sub %3690, %3694 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3696 = stop_gradient %3682 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3697 = mul %3696, %3695 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3698 = reduce_sum %3697 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3699 = neg %3698 : f32[2,1] @ models/lib/dino.yaml:39:21
%3700 = reduce_sum %3699 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3701 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%3702 = div %3700, %3701 : f32[] @ models/lib/dino.yaml:39:16
%3703 = div %3665, %3684 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3704 = reduce_max %3703 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3705 = stop_gradient %3704 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3706 = broadcast %3705 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3707 = div %3665, %3684 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3708 = sub %3707, %3706 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3709 = exp %3708 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3710 = reduce_sum %3709 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3711 = log %3710 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3712 = broadcast %3711 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3713 = sub %3708, %3712 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3714 = stop_gradient %3682 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3715 = mul %3714, %3713 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3716 = reduce_sum %3715 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3717 = neg %3716 : f32[2,1] @ models/lib/dino.yaml:39:21
%3718 = reduce_sum %3717 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3719 = div %3718, %3701 : f32[] @ models/lib/dino.yaml:39:16
%3720 = add %3702, %3719 : f32[] @ models/dino_pass.yaml:148:11
%3721 = div %3666, %3684 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3722 = reduce_max %3721 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3723 = stop_gradient %3722 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3724 = broadcast %3723 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3725 = div %3666, %3684 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3726 = sub %3725, %3724 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3727 = exp %3726 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3728 = reduce_sum %3727 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3729 = log %3728 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3730 = broadcast %3729 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3731 = sub %3726, %3730 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3732 = stop_gradient %3682 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3733 = mul %3732, %3731 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3734 = reduce_sum %3733 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3735 = neg %3734 : f32[2,1] @ models/lib/dino.yaml:39:21
%3736 = reduce_sum %3735 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3737 = div %3736, %3701 : f32[] @ models/lib/dino.yaml:39:16
%3738 = add %3720, %3737 : f32[] @ models/dino_pass.yaml:148:11
%3739 = sub %1335, %3669 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3740 = div %3739, %3671 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3741 = reduce_max %3740 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3742 = stop_gradient %3741 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3743 = broadcast %3742 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3744 = div %3739, %3671 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3745 = sub %3744, %3743 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3746 = exp %3745 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3747 = reduce_sum %3746 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3748 = broadcast %3747 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3749 = exp %3745 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3750 = div %3749, %3748 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3751 = div %3080, %3684 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3752 = reduce_max %3751 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3753 = stop_gradient %3752 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3754 = broadcast %3753 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3755 = div %3080, %3684 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3756 = sub %3755, %3754 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3757 = exp %3756 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3758 = reduce_sum %3757 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3759 = log %3758 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3760 = broadcast %3759 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3761 = sub %3756, %3760 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3762 = stop_gradient %3750 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3763 = mul %3762, %3761 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3764 = reduce_sum %3763 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3765 = neg %3764 : f32[2,1] @ models/lib/dino.yaml:39:21
%3766 = reduce_sum %3765 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3767 = div %3766, %3701 : f32[] @ models/lib/dino.yaml:39:16
%3768 = add %3738, %3767 : f32[] @ models/dino_pass.yaml:148:11
%3769 = stop_gradient %3750 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3770 = mul %3769, %3713 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3771 = reduce_sum %3770 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3772 = neg %3771 : f32[2,1] @ models/lib/dino.yaml:39:21
%3773 = reduce_sum %3772 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3774 = div %3773, %3701 : f32[] @ models/lib/dino.yaml:39:16
%3775 = add %3768, %3774 : f32[] @ models/dino_pass.yaml:148:11
%3776 = stop_gradient %3750 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3777 = mul %3776, %3731 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3778 = reduce_sum %3777 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3779 = neg %3778 : f32[2,1] @ models/lib/dino.yaml:39:21
%3780 = reduce_sum %3779 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3781 = div %3780, %3701 : f32[] @ models/lib/dino.yaml:39:16
%3782 = add %3775, %3781 : f32[] @ models/dino_pass.yaml:148:11
%3783 = const data=[6] : f32[] @ models/dino_pass.yaml:145:3
%3784 = div %3782, %3783 : f32[] @ models/dino_pass.yaml:145:3
%3785 = output %3784 name="loss.cls" : f32[] @ models/dino_pass.yaml:145:3
%3786 = broadcast %164 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3787 = broadcast %4 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3788 = sub %1336, %3786 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3789 = div %3788, %3787 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3790 = reduce_max %3789 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%3791 = stop_gradient %3790 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%3792 = broadcast %3791 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3793 = sub %1336, %3786 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3794 = div %3793, %3787 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3795 = sub %3794, %3792 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3796 = exp %3795 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3797 = reduce_sum %3796 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%3798 = broadcast %3797 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3799 = exp %3795 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3800 = div %3799, %3798 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3801 = broadcast %3683 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3802 = div %3082, %3801 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3803 = reduce_max %3802 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%3804 = stop_gradient %3803 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%3805 = broadcast %3804 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3806 = div %3082, %3801 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3807 = sub %3806, %3805 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3808 = exp %3807 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3809 = reduce_sum %3808 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%3810 = log %3809 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3811 = broadcast %3810 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3812 = sub %3807, %3811 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3813 = stop_gradient %3800 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3814 = mul %3813, %3812 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3815 = reduce_sum %3814 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%3816 = neg %3815 : f32[2,16] @ models/lib/dino.yaml:39:21
%3817 = reduce_sum %3816 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3818 = const data=[32] : f32[] @ models/lib/dino.yaml:39:16
%3819 = div %3817, %3818 : f32[] @ models/lib/dino.yaml:39:16
%3820 = sub %1337, %3786 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3821 = div %3820, %3787 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3822 = reduce_max %3821 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%3823 = stop_gradient %3822 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%3824 = broadcast %3823 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3825 = sub %1337, %3786 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3826 = div %3825, %3787 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3827 = sub %3826, %3824 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3828 = exp %3827 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3829 = reduce_sum %3828 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%3830 = broadcast %3829 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3831 = exp %3827 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3832 = div %3831, %3830 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3833 = div %3083, %3801 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3834 = reduce_max %3833 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%3835 = stop_gradient %3834 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%3836 = broadcast %3835 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3837 = div %3083, %3801 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3838 = sub %3837, %3836 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3839 = exp %3838 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3840 = reduce_sum %3839 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%3841 = log %3840 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3842 = broadcast %3841 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3843 = sub %3838, %3842 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3844 = stop_gradient %3832 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3845 = mul %3844, %3843 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3846 = reduce_sum %3845 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%3847 = neg %3846 : f32[2,16] @ models/lib/dino.yaml:39:21
%3848 = reduce_sum %3847 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3849 = div %3848, %3818 : f32[] @ models/lib/dino.yaml:39:16
%3850 = add %3819, %3849 : f32[] @ models/dino_pass.yaml:152:11
%3851 = broadcast %164 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3852 = broadcast %4 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3853 = sub %2472, %3851 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3854 = div %3853, %3852 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3855 = reduce_max %3854 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%3856 = stop_gradient %3855 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%3857 = broadcast %3856 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3858 = sub %2472, %3851 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3859 = div %3858, %3852 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3860 = sub %3859, %3857 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3861 = exp %3860 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%3862 = reduce_sum %3861 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%3863 = broadcast %3862 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3864 = exp %3860 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%3865 = div %3864, %3863 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3866 = broadcast %3683 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3867 = div %3667, %3866 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3868 = reduce_max %3867 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%3869 = stop_gradient %3868 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%3870 = broadcast %3869 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3871 = div %3667, %3866 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3872 = sub %3871, %3870 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3873 = exp %3872 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3874 = reduce_sum %3873 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%3875 = log %3874 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3876 = broadcast %3875 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3877 = sub %3872, %3876 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3878 = stop_gradient %3865 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3879 = mul %3878, %3877 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3880 = reduce_sum %3879 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%3881 = neg %3880 : f32[2,9] @ models/lib/dino.yaml:39:21
%3882 = reduce_sum %3881 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3883 = const data=[18] : f32[] @ models/lib/dino.yaml:39:16
%3884 = div %3882, %3883 : f32[] @ models/lib/dino.yaml:39:16
%3885 = add %3850, %3884 : f32[] @ models/dino_pass.yaml:152:11
%3886 = sub %2473, %3851 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3887 = div %3886, %3852 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3888 = reduce_max %3887 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%3889 = stop_gradient %3888 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%3890 = broadcast %3889 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3891 = sub %2473, %3851 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3892 = div %3891, %3852 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3893 = sub %3892, %3890 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3894 = exp %3893 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%3895 = reduce_sum %3894 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%3896 = broadcast %3895 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3897 = exp %3893 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%3898 = div %3897, %3896 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3899 = div %3668, %3866 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3900 = reduce_max %3899 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%3901 = stop_gradient %3900 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%3902 = broadcast %3901 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3903 = div %3668, %3866 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3904 = sub %3903, %3902 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3905 = exp %3904 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3906 = reduce_sum %3905 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%3907 = log %3906 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3908 = broadcast %3907 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3909 = sub %3904, %3908 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3910 = stop_gradient %3898 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3911 = mul %3910, %3909 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3912 = reduce_sum %3911 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%3913 = neg %3912 : f32[2,9] @ models/lib/dino.yaml:39:21
%3914 = reduce_sum %3913 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3915 = div %3914, %3883 : f32[] @ models/lib/dino.yaml:39:16
%3916 = add %3885, %3915 : f32[] @ models/dino_pass.yaml:152:11
%3917 = const data=[4] : f32[] @ models/dino_pass.yaml:149:3
%3918 = div %3916, %3917 : f32[] @ models/dino_pass.yaml:149:3
%3919 = output %3918 name="loss.patch" : f32[] @ models/dino_pass.yaml:149:3
%3920 = mul %3918, %3683 : f32[] @ models/dino_pass.yaml:149:3
%3921 = add %3784, %3920 : f32[] @ models/dino_pass.yaml:149:3
%3922 = output %3921 name="loss" : f32[] @ models/dino_pass.yaml:145:3
%3923 = broadcast %2701 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%3924 = mul %163, %3923 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%3925 = concat %1334, %1335, %2470, %2471 axis=0 : f32[8,1,32] @ models/dino_pass.yaml:138:75
%3926 = reduce_sum %3925 axes=[0] keep=1 : f32[1,1,32] @ models/lib/nn.yaml:73:26
%3927 = all_reduce_sum %3926 : f32[1,1,32] @ models/lib/nn.yaml:73:16
%3928 = const data=[8] : f32[] @ models/lib/nn.yaml:73:65
%3929 = broadcast %3928 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%3930 = div %3927, %3929 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%3931 = broadcast %3683 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%3932 = mul %3931, %3930 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%3933 = add %3924, %3932 : f32[1,1,32] @ models/dino_pass.yaml:138:38
%3934 = assign %163, %3933 : f32[1,1,32] @ models/dino_pass.yaml:138:13
%3935 = broadcast %2701 : f32[1,16] @ models/dino_pass.yaml:142:26
%3936 = mul %164, %3935 : f32[1,16] @ models/dino_pass.yaml:142:26
%3937 = reshape %1336 : f32[32,16] @ models/dino_pass.yaml:142:81
%3938 = reshape %1337 : f32[32,16] @ models/dino_pass.yaml:142:81
%3939 = reshape %2472 : f32[18,16] @ models/dino_pass.yaml:142:81
%3940 = reshape %2473 : f32[18,16] @ models/dino_pass.yaml:142:81
%3941 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,32] @ models/lib/nn.yaml:73:26
%3942 = matmul %3941, %3937 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%3943 = matmul %3941, %3938 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%3944 = add %3942, %3943 : f32[1,16] @ models/lib/nn.yaml:73:26
%3945 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,18] @ models/lib/nn.yaml:73:26
%3946 = matmul %3945, %3939 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%3947 = add %3944, %3946 : f32[1,16] @ models/lib/nn.yaml:73:26
%3948 = matmul %3945, %3940 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%3949 = add %3947, %3948 : f32[1,16] @ models/lib/nn.yaml:73:26
%3950 = all_reduce_sum %3949 : f32[1,16] @ models/lib/nn.yaml:73:16
%3951 = const data=[1e+02] : f32[] @ models/lib/nn.yaml:73:65
%3952 = broadcast %3951 : f32[1,16] @ models/lib/nn.yaml:73:52
%3953 = div %3950, %3952 : f32[1,16] @ models/lib/nn.yaml:73:52
%3954 = broadcast %3683 : f32[1,16] @ models/dino_pass.yaml:142:68
%3955 = mul %3954, %3953 : f32[1,16] @ models/dino_pass.yaml:142:68
%3956 = add %3936, %3955 : f32[1,16] @ models/dino_pass.yaml:142:44
%3957 = assign %164, %3956 : f32[1,16] @ models/dino_pass.yaml:142:13
%3958 = cast %1 : f64[] @ models/dino_pass.yaml:122:3
%3959 = cast %2 : f64[] @ models/dino_pass.yaml:123:3
%3960 = cast %3 : f64[] @ models/dino_pass.yaml:124:3
%3961 = const data=[-0.0013888889] : f32[] @ models/lib/dino.yaml:39:21
%3962 = broadcast %3961 : f32[2,9] @ models/lib/dino.yaml:39:21
%3963 = reshape %3962 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%3964 = broadcast %3963 : f32[2,9,16] @ models/lib/dino.yaml:39:22
%3965 = stop_gradient %3898 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3966 = mul %3964, %3965 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3967 = neg %3966 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3968 = reduce_sum %3967 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%3969 = div %3968, %3906 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3970 = broadcast %3969 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%3971 = exp %3904 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3972 = mul %3970, %3971 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3973 = stop_gradient %3898 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3974 = mul %3964, %3973 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3975 = add %3974, %3972 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3976 = div %3975, %3866 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3977 = stop_gradient %3865 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3978 = mul %3964, %3977 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3979 = neg %3978 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3980 = reduce_sum %3979 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%3981 = div %3980, %3874 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3982 = broadcast %3981 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%3983 = exp %3872 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3984 = mul %3982, %3983 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3985 = stop_gradient %3865 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3986 = mul %3964, %3985 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3987 = add %3986, %3984 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3988 = div %3987, %3866 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3989 = const data=[-0.00078125] : f32[] @ models/lib/dino.yaml:39:21
%3990 = broadcast %3989 : f32[2,16] @ models/lib/dino.yaml:39:21
%3991 = reshape %3990 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%3992 = broadcast %3991 : f32[2,16,16] @ models/lib/dino.yaml:39:22
%3993 = stop_gradient %3832 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3994 = mul %3992, %3993 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3995 = neg %3994 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3996 = reduce_sum %3995 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%3997 = div %3996, %3840 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3998 = broadcast %3997 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%3999 = exp %3838 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4000 = mul %3998, %3999 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4001 = stop_gradient %3832 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4002 = mul %3992, %4001 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4003 = add %4002, %4000 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4004 = div %4003, %3801 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%4005 = stop_gradient %3800 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4006 = mul %3992, %4005 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4007 = neg %4006 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%4008 = reduce_sum %4007 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%4009 = div %4008, %3809 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%4010 = broadcast %4009 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%4011 = exp %3807 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4012 = mul %4010, %4011 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4013 = stop_gradient %3800 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4014 = mul %3992, %4013 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4015 = add %4014, %4012 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4016 = div %4015, %3801 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%4017 = const data=[-0.083333336] : f32[] @ models/lib/dino.yaml:39:21
%4018 = broadcast %4017 : f32[2,1] @ models/lib/dino.yaml:39:21
%4019 = reshape %4018 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%4020 = broadcast %4019 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%4021 = stop_gradient %3750 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4022 = mul %4020, %4021 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4023 = neg %4022 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%4024 = reduce_sum %4023 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%4025 = div %4024, %3728 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4026 = broadcast %4025 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4027 = exp %3726 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4028 = mul %4026, %4027 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4029 = stop_gradient %3750 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4030 = mul %4020, %4029 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4031 = add %4030, %4028 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4032 = div %4031, %3684 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4033 = div %4024, %3710 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4034 = broadcast %4033 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4035 = exp %3708 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4036 = mul %4034, %4035 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4037 = stop_gradient %3750 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4038 = mul %4020, %4037 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4039 = add %4038, %4036 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4040 = div %4039, %3684 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4041 = div %4024, %3758 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4042 = broadcast %4041 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4043 = exp %3756 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4044 = mul %4042, %4043 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4045 = stop_gradient %3750 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4046 = mul %4020, %4045 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4047 = add %4046, %4044 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4048 = div %4047, %3684 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4049 = stop_gradient %3682 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4050 = mul %4020, %4049 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4051 = neg %4050 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%4052 = reduce_sum %4051 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%4053 = div %4052, %3728 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4054 = broadcast %4053 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4055 = exp %3726 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4056 = mul %4054, %4055 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4057 = stop_gradient %3682 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4058 = mul %4020, %4057 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4059 = add %4058, %4056 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4060 = div %4059, %3684 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4061 = add %4032, %4060 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4062 = div %4052, %3710 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4063 = broadcast %4062 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4064 = exp %3708 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4065 = mul %4063, %4064 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4066 = stop_gradient %3682 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4067 = mul %4020, %4066 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4068 = add %4067, %4065 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4069 = div %4068, %3684 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4070 = add %4040, %4069 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4071 = div %4052, %3692 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4072 = broadcast %4071 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4073 = exp %3690 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4074 = mul %4072, %4073 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4075 = stop_gradient %3682 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4076 = mul %4020, %4075 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4077 = add %4076, %4074 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4078 = div %4077, %3684 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4079 = concat %3988, %3976 axis=0 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%4080 = concat %4070, %4061 axis=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%4081 = matmul %4079, %3078 ta=0 tb=0 : f32[4,9,8] @ models/lib/dino.yaml:23:18
%4082 = reshape %3663 : f32[36,8] @ models/lib/dino.yaml:23:18
%4083 = reshape %4079 : f32[36,16] @ models/lib/dino.yaml:23:18
%4084 = matmul %4083, %4082 ta=1 tb=0 : f32[16,8] @ models/lib/dino.yaml:23:18
%4085 = div %4084, %3077 : f32[16,8] @ models/lib/dino.yaml:22:33
%4086 = mul %4085, %3078 : f32[16,8] @ models/lib/dino.yaml:22:33
%4087 = neg %4086 : f32[16,8] @ models/lib/dino.yaml:22:33
%4088 = reduce_sum %4087 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%4089 = broadcast %294 : f32[16,1] @ models/lib/dino.yaml:22:35
%4090 = mul %4088, %4089 : f32[16,1] @ models/lib/dino.yaml:22:35
%4091 = div %4090, %3076 : f32[16,1] @ models/lib/dino.yaml:22:35
%4092 = broadcast %4091 : f32[16,8] @ models/lib/dino.yaml:22:40
%4093 = mul %4092, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%4094 = add %4093, %4093 : f32[16,8] @ models/lib/dino.yaml:22:53
%4095 = mul %4085, %3072 : f32[16,8] @ models/lib/dino.yaml:22:22
%4096 = add %4094, %4095 : f32[16,8] @ models/lib/dino.yaml:22:22
%4097 = div %4081, %3661 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4098 = mul %4097, %3663 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4099 = neg %4098 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4100 = reduce_sum %4099 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:18
%4101 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%4102 = broadcast %4101 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4103 = broadcast %294 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4104 = mul %4100, %4103 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4105 = sqrt %3658 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4106 = eq %4105, %2464 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%4107 = select %4106, %4104, %4102 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4108 = sqrt %3658 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4109 = gt %4108, %2464 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%4110 = select %4109, %4100, %4107 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4111 = mul %4110, %4103 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4112 = sqrt %3658 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4113 = div %4111, %4112 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4114 = broadcast %4113 : f32[4,9,8] @ models/lib/nn.yaml:33:29
%4115 = add %3654, %3655 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%4116 = mul %4114, %4115 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%4117 = add %4097, %4116 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%4118 = add %4117, %4116 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%4119 = reduce_sum %4118 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4120 = reshape %4119 : f32[8] @ models/lib/nn.yaml:84:18
%4121 = matmul %4118, %81 ta=0 tb=0 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%4122 = reshape %3653 : f32[36,24] @ models/lib/nn.yaml:83:15
%4123 = reshape %4118 : f32[36,8] @ models/lib/nn.yaml:83:15
%4124 = matmul %4123, %4122 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%4125 = add %3645, %3646 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4126 = mul %4125, %2442 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4127 = erf %4126 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4128 = add %2446, %4127 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%4129 = mul %4121, %4128 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4130 = add %3645, %3646 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4131 = mul %2439, %4130 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4132 = mul %4121, %4131 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4133 = add %3645, %3646 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4134 = mul %4133, %2442 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4135 = mul %4134, %4134 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4136 = neg %4135 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4137 = exp %4136 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4138 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4139 = broadcast %4138 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4140 = mul %4137, %4139 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4141 = mul %4132, %4140 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4142 = mul %4141, %2442 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4143 = mul %4129, %2439 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4144 = add %4142, %4143 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4145 = reduce_sum %4144 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4146 = reshape %4145 : f32[24] @ models/lib/nn.yaml:84:18
%4147 = matmul %4144, %79 ta=0 tb=0 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%4148 = reshape %3644 : f32[36,24] @ models/lib/nn.yaml:83:15
%4149 = reshape %4144 : f32[36,24] @ models/lib/nn.yaml:83:15
%4150 = matmul %4149, %4148 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%4151 = add %3636, %3637 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4152 = mul %4151, %2442 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4153 = erf %4152 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4154 = add %2446, %4153 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%4155 = mul %4147, %4154 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4156 = add %3636, %3637 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4157 = mul %2439, %4156 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4158 = mul %4147, %4157 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4159 = add %3636, %3637 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4160 = mul %4159, %2442 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4161 = mul %4160, %4160 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4162 = neg %4161 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4163 = exp %4162 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4164 = mul %4163, %4139 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4165 = mul %4158, %4164 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4166 = mul %4165, %2442 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4167 = mul %4155, %2439 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4168 = add %4166, %4167 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4169 = reduce_sum %4168 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4170 = reshape %4169 : f32[24] @ models/lib/nn.yaml:84:18
%4171 = matmul %4168, %77 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4172 = reshape %3635 : f32[36,16] @ models/lib/nn.yaml:83:15
%4173 = reshape %4168 : f32[36,24] @ models/lib/nn.yaml:83:15
%4174 = matmul %4173, %4172 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%4175 = matmul %4080, %3041 ta=0 tb=0 : f32[4,1,8] @ models/lib/dino.yaml:23:18
%4176 = reshape %3633 : f32[4,8] @ models/lib/dino.yaml:23:18
%4177 = reshape %4080 : f32[4,32] @ models/lib/dino.yaml:23:18
%4178 = matmul %4177, %4176 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%4179 = div %4178, %3040 : f32[32,8] @ models/lib/dino.yaml:22:33
%4180 = mul %4179, %3041 : f32[32,8] @ models/lib/dino.yaml:22:33
%4181 = neg %4180 : f32[32,8] @ models/lib/dino.yaml:22:33
%4182 = reduce_sum %4181 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%4183 = broadcast %294 : f32[32,1] @ models/lib/dino.yaml:22:35
%4184 = mul %4182, %4183 : f32[32,1] @ models/lib/dino.yaml:22:35
%4185 = div %4184, %3039 : f32[32,1] @ models/lib/dino.yaml:22:35
%4186 = broadcast %4185 : f32[32,8] @ models/lib/dino.yaml:22:40
%4187 = mul %4186, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%4188 = add %4187, %4187 : f32[32,8] @ models/lib/dino.yaml:22:53
%4189 = mul %4179, %3035 : f32[32,8] @ models/lib/dino.yaml:22:22
%4190 = add %4188, %4189 : f32[32,8] @ models/lib/dino.yaml:22:22
%4191 = div %4175, %3632 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4192 = mul %4191, %3633 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4193 = neg %4192 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4194 = reduce_sum %4193 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%4195 = broadcast %4101 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4196 = broadcast %294 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4197 = mul %4194, %4196 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4198 = sqrt %3629 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4199 = eq %4198, %1281 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4200 = select %4199, %4197, %4195 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4201 = sqrt %3629 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4202 = gt %4201, %1281 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4203 = select %4202, %4194, %4200 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4204 = mul %4203, %4196 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4205 = sqrt %3629 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4206 = div %4204, %4205 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4207 = broadcast %4206 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%4208 = mul %4207, %3627 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4209 = add %4191, %4208 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4210 = add %4209, %4208 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4211 = reduce_sum %4210 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4212 = reshape %4211 : f32[8] @ models/lib/nn.yaml:84:18
%4213 = matmul %4210, %73 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%4214 = reshape %3625 : f32[4,24] @ models/lib/nn.yaml:83:15
%4215 = reshape %4210 : f32[4,8] @ models/lib/nn.yaml:83:15
%4216 = matmul %4215, %4214 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%4217 = mul %3620, %1260 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4218 = erf %4217 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4219 = add %1263, %4218 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%4220 = mul %4213, %4219 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4221 = mul %1258, %3620 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4222 = mul %4213, %4221 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4223 = mul %3620, %1260 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4224 = mul %4223, %4223 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4225 = neg %4224 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4226 = exp %4225 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4227 = broadcast %4138 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4228 = mul %4226, %4227 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4229 = mul %4222, %4228 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4230 = mul %4229, %1260 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4231 = mul %4220, %1258 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4232 = add %4230, %4231 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4233 = reduce_sum %4232 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4234 = reshape %4233 : f32[24] @ models/lib/nn.yaml:84:18
%4235 = matmul %4232, %71 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%4236 = reshape %3618 : f32[4,24] @ models/lib/nn.yaml:83:15
%4237 = reshape %4232 : f32[4,24] @ models/lib/nn.yaml:83:15
%4238 = matmul %4237, %4236 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%4239 = mul %3613, %1260 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4240 = erf %4239 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4241 = add %1263, %4240 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%4242 = mul %4235, %4241 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4243 = mul %1258, %3613 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4244 = mul %4235, %4243 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4245 = mul %3613, %1260 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4246 = mul %4245, %4245 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4247 = neg %4246 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4248 = exp %4247 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4249 = mul %4248, %4227 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4250 = mul %4244, %4249 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4251 = mul %4250, %1260 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4252 = mul %4242, %1258 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4253 = add %4251, %4252 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4254 = reduce_sum %4253 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4255 = reshape %4254 : f32[24] @ models/lib/nn.yaml:84:18
%4256 = matmul %4253, %69 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4257 = reshape %3611 : f32[4,16] @ models/lib/nn.yaml:83:15
%4258 = reshape %4253 : f32[4,24] @ models/lib/nn.yaml:83:15
%4259 = matmul %4258, %4257 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%4260 = concat %4256, %4171 axis=1 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4261 = reduce_sum %4260 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4262 = reshape %4261 : f32[16] @ models/lib/nn.yaml:96:46
%4263 = mul %4260, %3606 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4264 = reduce_sum %4263 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4265 = reshape %4264 : f32[16] @ models/lib/nn.yaml:96:37
%4266 = mul %4260, %3607 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4267 = mul %4266, %3605 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4268 = mul %4260, %3607 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4269 = mul %4268, %3599 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4270 = reduce_sum %4269 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4271 = mul %3604, %3604 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4272 = mul %3604, %4271 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4273 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4274 = broadcast %4273 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4275 = mul %4272, %4274 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4276 = mul %4270, %4275 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4277 = div %4276, %2043 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4278 = broadcast %4277 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4279 = mul %4278, %3599 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4280 = add %4267, %4279 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4281 = add %4280, %4279 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4282 = neg %4281 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4283 = reduce_sum %4282 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4284 = div %4283, %2043 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4285 = broadcast %4284 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4286 = add %4281, %4285 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4287 = slice %4286 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%4288 = slice %4286 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:111:21
%4289 = reduce_sum %4287 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4290 = reshape %4289 : f32[16] @ models/lib/nn.yaml:84:18
%4291 = matmul %4287, %65 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%4292 = reshape %3591 : f32[4,64] @ models/lib/nn.yaml:83:15
%4293 = reshape %4287 : f32[4,16] @ models/lib/nn.yaml:83:15
%4294 = matmul %4293, %4292 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4295 = mul %3586, %1046 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4296 = erf %4295 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4297 = add %1049, %4296 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%4298 = mul %4291, %4297 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4299 = mul %1044, %3586 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4300 = mul %4291, %4299 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4301 = mul %3586, %1046 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4302 = mul %4301, %4301 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4303 = neg %4302 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4304 = exp %4303 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4305 = broadcast %4138 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4306 = mul %4304, %4305 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4307 = mul %4300, %4306 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4308 = mul %4307, %1046 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4309 = mul %4298, %1044 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4310 = add %4308, %4309 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4311 = reduce_sum %4310 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4312 = reshape %4311 : f32[64] @ models/lib/nn.yaml:84:18
%4313 = matmul %4310, %63 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4314 = reshape %3584 : f32[4,16] @ models/lib/nn.yaml:83:15
%4315 = reshape %4310 : f32[4,64] @ models/lib/nn.yaml:83:15
%4316 = matmul %4315, %4314 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4317 = reduce_sum %4313 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4318 = reshape %4317 : f32[16] @ models/lib/nn.yaml:96:46
%4319 = mul %4313, %2977 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4320 = mul %4313, %3582 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4321 = reduce_sum %4320 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4322 = reshape %4321 : f32[16] @ models/lib/nn.yaml:96:37
%4323 = mul %4319, %3581 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4324 = mul %4319, %3575 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4325 = reduce_sum %4324 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4326 = mul %3580, %3580 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4327 = mul %3580, %4326 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4328 = broadcast %4273 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4329 = mul %4327, %4328 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4330 = mul %4325, %4329 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4331 = div %4330, %1025 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4332 = broadcast %4331 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4333 = mul %4332, %3575 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4334 = add %4323, %4333 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4335 = add %4334, %4333 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4336 = add %4287, %4335 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4337 = neg %4335 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4338 = reduce_sum %4337 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4339 = div %4338, %1025 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4340 = broadcast %4339 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4341 = add %4336, %4340 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4342 = reduce_sum %4341 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4343 = reshape %4342 : f32[16] @ models/lib/nn.yaml:84:18
%4344 = matmul %4341, %59 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4345 = reshape %3567 : f32[4,16] @ models/lib/nn.yaml:83:15
%4346 = reshape %4341 : f32[4,16] @ models/lib/nn.yaml:83:15
%4347 = matmul %4346, %4345 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4348 = reshape %4344 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%4349 = permute %4348 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%4350 = permute %3509 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4351 = slice %4349 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4352 = broadcast %4351 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4353 = slice %4350 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4354 = mul %4352, %4353 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4355 = slice %4349 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4356 = broadcast %4355 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4357 = slice %4350 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4358 = mul %4356, %4357 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4359 = add %4354, %4358 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4360 = slice %4349 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4361 = broadcast %4360 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4362 = slice %4350 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4363 = mul %4361, %4362 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4364 = add %4359, %4363 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4365 = slice %4349 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4366 = broadcast %4365 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4367 = slice %4350 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4368 = mul %4366, %4367 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4369 = add %4364, %4368 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4370 = slice %4349 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4371 = broadcast %4370 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4372 = slice %4350 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4373 = mul %4371, %4372 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4374 = add %4369, %4373 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4375 = slice %4349 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4376 = broadcast %4375 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4377 = slice %4350 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4378 = mul %4376, %4377 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4379 = add %4374, %4378 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4380 = slice %4349 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4381 = broadcast %4380 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4382 = slice %4350 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4383 = mul %4381, %4382 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4384 = add %4379, %4383 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4385 = slice %4349 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4386 = broadcast %4385 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4387 = slice %4350 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4388 = mul %4386, %4387 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4389 = add %4384, %4388 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4390 = permute %3560 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%4391 = broadcast %4390 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4392 = broadcast %4349 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4393 = mul %4391, %4392 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4394 = div %4389, %3558 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4395 = mul %4394, %3560 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4396 = neg %4395 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4397 = reduce_sum %4396 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4398 = broadcast %4397 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4399 = add %4394, %4398 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4400 = exp %3555 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4401 = mul %4399, %4400 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4402 = mul %4401, %2174 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%4403 = reshape %4402 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%4404 = broadcast %4403 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4405 = reshape %3504 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4406 = broadcast %4405 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4407 = mul %4404, %4406 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4408 = reduce_sum %4407 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4409 = permute %4402 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%4410 = broadcast %4409 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4411 = broadcast %3499 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4412 = mul %4410, %4411 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4413 = permute %4393 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%4414 = reshape %4413 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%4415 = reduce_sum %4414 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4416 = reshape %4415 : f32[16] @ models/lib/nn.yaml:84:18
%4417 = matmul %4414, %57 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4418 = reshape %3494 : f32[40,16] @ models/lib/nn.yaml:83:15
%4419 = reshape %4413 : f32[40,16] @ models/lib/nn.yaml:83:15
%4420 = matmul %4419, %4418 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4421 = permute %4412 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%4422 = reshape %4421 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%4423 = reduce_sum %4422 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4424 = reshape %4423 : f32[16] @ models/lib/nn.yaml:84:18
%4425 = matmul %4422, %55 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4426 = add %4417, %4425 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4427 = reshape %4421 : f32[40,16] @ models/lib/nn.yaml:83:15
%4428 = matmul %4427, %4418 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4429 = permute %4408 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4430 = reshape %4429 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4431 = reduce_sum %4430 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4432 = reshape %4431 : f32[16] @ models/lib/nn.yaml:84:18
%4433 = matmul %4430, %53 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4434 = reshape %3495 : f32[4,16] @ models/lib/nn.yaml:83:15
%4435 = reshape %4429 : f32[4,16] @ models/lib/nn.yaml:83:15
%4436 = matmul %4435, %4434 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4437 = pad %4433 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4438 = add %4426, %4437 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4439 = reduce_sum %4438 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4440 = reshape %4439 : f32[16] @ models/lib/nn.yaml:96:46
%4441 = mul %4438, %3490 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4442 = reduce_sum %4441 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4443 = reshape %4442 : f32[16] @ models/lib/nn.yaml:96:37
%4444 = mul %4438, %3491 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4445 = mul %4444, %3489 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4446 = mul %4438, %3491 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4447 = mul %4446, %3483 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4448 = reduce_sum %4447 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4449 = mul %3488, %3488 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4450 = mul %3488, %4449 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4451 = mul %4450, %4274 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4452 = mul %4448, %4451 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4453 = div %4452, %2043 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4454 = broadcast %4453 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4455 = mul %4454, %3483 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4456 = add %4445, %4455 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4457 = add %4456, %4455 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4458 = neg %4457 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4459 = reduce_sum %4458 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4460 = div %4459, %2043 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4461 = broadcast %4460 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4462 = add %4457, %4461 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4463 = slice %4462 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4464 = add %4341, %4463 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4465 = slice %4462 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4466 = add %4288, %4465 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4467 = reduce_sum %4464 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4468 = reshape %4467 : f32[16] @ models/lib/nn.yaml:84:18
%4469 = matmul %4464, %49 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%4470 = reshape %3475 : f32[4,64] @ models/lib/nn.yaml:83:15
%4471 = reshape %4464 : f32[4,16] @ models/lib/nn.yaml:83:15
%4472 = matmul %4471, %4470 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4473 = mul %3470, %1046 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4474 = erf %4473 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4475 = add %1049, %4474 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%4476 = mul %4469, %4475 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4477 = mul %1044, %3470 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4478 = mul %4469, %4477 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4479 = mul %3470, %1046 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4480 = mul %4479, %4479 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4481 = neg %4480 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4482 = exp %4481 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4483 = mul %4482, %4305 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4484 = mul %4478, %4483 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4485 = mul %4484, %1046 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4486 = mul %4476, %1044 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4487 = add %4485, %4486 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4488 = reduce_sum %4487 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4489 = reshape %4488 : f32[64] @ models/lib/nn.yaml:84:18
%4490 = matmul %4487, %47 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4491 = reshape %3468 : f32[4,16] @ models/lib/nn.yaml:83:15
%4492 = reshape %4487 : f32[4,64] @ models/lib/nn.yaml:83:15
%4493 = matmul %4492, %4491 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4494 = reduce_sum %4490 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4495 = reshape %4494 : f32[16] @ models/lib/nn.yaml:96:46
%4496 = mul %4490, %2855 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4497 = mul %4490, %3466 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4498 = reduce_sum %4497 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4499 = reshape %4498 : f32[16] @ models/lib/nn.yaml:96:37
%4500 = mul %4496, %3465 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4501 = mul %4496, %3459 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4502 = reduce_sum %4501 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4503 = mul %3464, %3464 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4504 = mul %3464, %4503 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4505 = mul %4504, %4328 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4506 = mul %4502, %4505 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4507 = div %4506, %1025 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4508 = broadcast %4507 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4509 = mul %4508, %3459 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4510 = add %4500, %4509 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4511 = add %4510, %4509 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4512 = add %4464, %4511 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4513 = neg %4511 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4514 = reduce_sum %4513 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4515 = div %4514, %1025 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4516 = broadcast %4515 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4517 = add %4512, %4516 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4518 = reduce_sum %4517 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4519 = reshape %4518 : f32[16] @ models/lib/nn.yaml:84:18
%4520 = matmul %4517, %43 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4521 = reshape %3451 : f32[4,16] @ models/lib/nn.yaml:83:15
%4522 = reshape %4517 : f32[4,16] @ models/lib/nn.yaml:83:15
%4523 = matmul %4522, %4521 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4524 = reshape %4520 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%4525 = permute %4524 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%4526 = permute %3393 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4527 = slice %4525 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4528 = broadcast %4527 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4529 = slice %4526 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4530 = mul %4528, %4529 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4531 = slice %4525 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4532 = broadcast %4531 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4533 = slice %4526 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4534 = mul %4532, %4533 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4535 = add %4530, %4534 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4536 = slice %4525 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4537 = broadcast %4536 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4538 = slice %4526 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4539 = mul %4537, %4538 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4540 = add %4535, %4539 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4541 = slice %4525 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4542 = broadcast %4541 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4543 = slice %4526 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4544 = mul %4542, %4543 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4545 = add %4540, %4544 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4546 = slice %4525 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4547 = broadcast %4546 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4548 = slice %4526 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4549 = mul %4547, %4548 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4550 = add %4545, %4549 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4551 = slice %4525 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4552 = broadcast %4551 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4553 = slice %4526 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4554 = mul %4552, %4553 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4555 = add %4550, %4554 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4556 = slice %4525 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4557 = broadcast %4556 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4558 = slice %4526 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4559 = mul %4557, %4558 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4560 = add %4555, %4559 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4561 = slice %4525 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4562 = broadcast %4561 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4563 = slice %4526 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4564 = mul %4562, %4563 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4565 = add %4560, %4564 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4566 = permute %3444 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%4567 = broadcast %4566 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4568 = broadcast %4525 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4569 = mul %4567, %4568 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4570 = div %4565, %3442 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4571 = mul %4570, %3444 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4572 = neg %4571 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4573 = reduce_sum %4572 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4574 = broadcast %4573 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4575 = add %4570, %4574 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4576 = exp %3439 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4577 = mul %4575, %4576 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4578 = mul %4577, %2174 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%4579 = reshape %4578 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%4580 = broadcast %4579 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4581 = reshape %3388 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4582 = broadcast %4581 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4583 = mul %4580, %4582 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4584 = reduce_sum %4583 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4585 = permute %4578 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%4586 = broadcast %4585 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4587 = broadcast %3383 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4588 = mul %4586, %4587 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4589 = permute %4569 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%4590 = reshape %4589 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%4591 = reduce_sum %4590 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4592 = reshape %4591 : f32[16] @ models/lib/nn.yaml:84:18
%4593 = matmul %4590, %41 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4594 = reshape %3378 : f32[40,16] @ models/lib/nn.yaml:83:15
%4595 = reshape %4589 : f32[40,16] @ models/lib/nn.yaml:83:15
%4596 = matmul %4595, %4594 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4597 = permute %4588 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%4598 = reshape %4597 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%4599 = reduce_sum %4598 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4600 = reshape %4599 : f32[16] @ models/lib/nn.yaml:84:18
%4601 = matmul %4598, %39 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4602 = add %4593, %4601 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4603 = reshape %4597 : f32[40,16] @ models/lib/nn.yaml:83:15
%4604 = matmul %4603, %4594 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4605 = permute %4584 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4606 = reshape %4605 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4607 = reduce_sum %4606 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4608 = reshape %4607 : f32[16] @ models/lib/nn.yaml:84:18
%4609 = matmul %4606, %37 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4610 = reshape %3379 : f32[4,16] @ models/lib/nn.yaml:83:15
%4611 = reshape %4605 : f32[4,16] @ models/lib/nn.yaml:83:15
%4612 = matmul %4611, %4610 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4613 = pad %4609 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4614 = add %4602, %4613 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4615 = reduce_sum %4614 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4616 = reshape %4615 : f32[16] @ models/lib/nn.yaml:96:46
%4617 = mul %4614, %3374 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4618 = reduce_sum %4617 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4619 = reshape %4618 : f32[16] @ models/lib/nn.yaml:96:37
%4620 = mul %4614, %3375 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4621 = mul %4620, %3373 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4622 = mul %4614, %3375 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4623 = mul %4622, %3367 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4624 = reduce_sum %4623 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4625 = mul %3372, %3372 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4626 = mul %3372, %4625 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4627 = mul %4626, %4274 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4628 = mul %4624, %4627 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4629 = div %4628, %2043 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4630 = broadcast %4629 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4631 = mul %4630, %3367 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4632 = add %4621, %4631 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4633 = add %4632, %4631 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4634 = neg %4633 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4635 = reduce_sum %4634 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4636 = div %4635, %2043 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4637 = broadcast %4636 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4638 = add %4633, %4637 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4639 = slice %4638 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4640 = add %4517, %4639 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4641 = slice %4638 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4642 = add %4466, %4641 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4643 = reduce_sum %4640 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4644 = mul %4642, %3360 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%4645 = div %4644, %3319 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4646 = reduce_sum %4645 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4647 = reshape %4646 : f32[16] @ models/lib/nn.yaml:84:18
%4648 = matmul %4645, %32 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%4649 = reshape %3351 : f32[36,64] @ models/lib/nn.yaml:83:15
%4650 = reshape %4645 : f32[36,16] @ models/lib/nn.yaml:83:15
%4651 = matmul %4650, %4649 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4652 = add %3343, %3344 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4653 = mul %4652, %1476 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4654 = erf %4653 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4655 = add %1480, %4654 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%4656 = mul %4648, %4655 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4657 = add %3343, %3344 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4658 = mul %1473, %4657 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4659 = mul %4648, %4658 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4660 = add %3343, %3344 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4661 = mul %4660, %1476 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4662 = mul %4661, %4661 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4663 = neg %4662 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4664 = exp %4663 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4665 = broadcast %4138 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4666 = mul %4664, %4665 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4667 = mul %4659, %4666 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4668 = mul %4667, %1476 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4669 = mul %4656, %1473 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4670 = add %4668, %4669 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4671 = reduce_sum %4670 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4672 = reshape %4671 : f32[64] @ models/lib/nn.yaml:84:18
%4673 = matmul %4670, %30 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4674 = reshape %3342 : f32[36,16] @ models/lib/nn.yaml:83:15
%4675 = reshape %4670 : f32[36,64] @ models/lib/nn.yaml:83:15
%4676 = matmul %4675, %4674 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4677 = reduce_sum %4673 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4678 = reshape %4677 : f32[16] @ models/lib/nn.yaml:96:46
%4679 = mul %4673, %3338 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4680 = reduce_sum %4679 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4681 = reshape %4680 : f32[16] @ models/lib/nn.yaml:96:37
%4682 = mul %4673, %3339 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4683 = mul %4682, %3337 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4684 = mul %4673, %3339 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4685 = mul %4684, %3331 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4686 = reduce_sum %4685 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4687 = mul %3336, %3336 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4688 = mul %3336, %4687 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4689 = broadcast %4273 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4690 = mul %4688, %4689 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4691 = mul %4686, %4690 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4692 = div %4691, %1357 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4693 = broadcast %4692 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4694 = mul %4693, %3331 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4695 = add %4683, %4694 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4696 = add %4695, %4694 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4697 = add %4642, %4696 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4698 = neg %4696 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4699 = reduce_sum %4698 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4700 = div %4699, %1357 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4701 = broadcast %4700 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4702 = add %4697, %4701 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4703 = mul %4702, %3325 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%4704 = div %4703, %3319 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4705 = reduce_sum %4704 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4706 = reshape %4705 : f32[16] @ models/lib/nn.yaml:84:18
%4707 = matmul %4704, %26 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4708 = reshape %3314 : f32[36,16] @ models/lib/nn.yaml:83:15
%4709 = reshape %4704 : f32[36,16] @ models/lib/nn.yaml:83:15
%4710 = matmul %4709, %4708 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4711 = reshape %4707 : f32[4,9,2,8] @ models/lib/nn.yaml:57:16
%4712 = permute %4711 perm=[0,2,1,3] : f32[4,2,9,8] @ models/lib/nn.yaml:56:13
%4713 = permute %3248 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%4714 = slice %4712 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4715 = broadcast %4714 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4716 = slice %4713 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4717 = broadcast %4716 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4718 = mul %4715, %4717 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4719 = slice %4712 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4720 = broadcast %4719 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4721 = slice %4713 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4722 = broadcast %4721 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4723 = mul %4720, %4722 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4724 = add %4718, %4723 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4725 = slice %4712 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4726 = broadcast %4725 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4727 = slice %4713 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4728 = broadcast %4727 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4729 = mul %4726, %4728 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4730 = add %4724, %4729 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4731 = slice %4712 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4732 = broadcast %4731 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4733 = slice %4713 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4734 = broadcast %4733 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4735 = mul %4732, %4734 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4736 = add %4730, %4735 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4737 = slice %4712 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4738 = broadcast %4737 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4739 = slice %4713 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4740 = broadcast %4739 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4741 = mul %4738, %4740 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4742 = add %4736, %4741 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4743 = slice %4712 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4744 = broadcast %4743 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4745 = slice %4713 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4746 = broadcast %4745 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4747 = mul %4744, %4746 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4748 = add %4742, %4747 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4749 = slice %4712 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4750 = broadcast %4749 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4751 = slice %4713 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4752 = broadcast %4751 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4753 = mul %4750, %4752 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4754 = add %4748, %4753 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4755 = slice %4712 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4756 = broadcast %4755 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4757 = slice %4713 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4758 = broadcast %4757 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4759 = mul %4756, %4758 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4760 = add %4754, %4759 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4761 = permute %3307 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4762 = reshape %4761 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%4763 = broadcast %4762 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4764 = reshape %4712 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%4765 = broadcast %4764 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4766 = mul %4763, %4765 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4767 = reduce_sum %4766 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4768 = div %4760, %3305 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4769 = mul %4768, %3307 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4770 = neg %4769 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4771 = reduce_sum %4770 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%4772 = broadcast %4771 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4773 = add %4768, %4772 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4774 = exp %3302 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4775 = mul %4773, %4774 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4776 = mul %4775, %1432 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%4777 = reshape %4776 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4778 = broadcast %4777 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4779 = reshape %3246 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4780 = broadcast %4779 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4781 = mul %4778, %4780 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4782 = reduce_sum %4781 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4783 = permute %4776 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4784 = reshape %4783 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4785 = broadcast %4784 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4786 = reshape %3244 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4787 = broadcast %4786 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4788 = mul %4785, %4787 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4789 = reduce_sum %4788 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4790 = reshape %4767 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%4791 = reshape %4789 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%4792 = reshape %4782 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%4793 = concat %4792, %4791, %4790 axis=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4794 = permute %4793 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%4795 = reshape %4794 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%4796 = reduce_sum %4795 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4797 = reshape %4796 : f32[48] @ models/lib/nn.yaml:84:18
%4798 = matmul %4795, %24 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4799 = reshape %3237 : f32[36,16] @ models/lib/nn.yaml:83:15
%4800 = reshape %4794 : f32[36,48] @ models/lib/nn.yaml:83:15
%4801 = matmul %4800, %4799 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%4802 = reduce_sum %4798 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4803 = reshape %4802 : f32[16] @ models/lib/nn.yaml:96:46
%4804 = mul %4798, %3233 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4805 = reduce_sum %4804 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4806 = reshape %4805 : f32[16] @ models/lib/nn.yaml:96:37
%4807 = mul %4798, %3234 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4808 = mul %4807, %3232 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4809 = mul %4798, %3234 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4810 = mul %4809, %3226 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4811 = reduce_sum %4810 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4812 = mul %3231, %3231 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4813 = mul %3231, %4812 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4814 = mul %4813, %4689 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4815 = mul %4811, %4814 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4816 = div %4815, %1357 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4817 = broadcast %4816 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4818 = mul %4817, %3226 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4819 = add %4808, %4818 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4820 = add %4819, %4818 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4821 = add %4702, %4820 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4822 = neg %4820 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4823 = reduce_sum %4822 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4824 = div %4823, %1357 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4825 = broadcast %4824 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4826 = add %4821, %4825 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4827 = reduce_sum %4826 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4828 = reshape %4827 : f32[16] @ models/lib/nn.yaml:84:18
%4829 = matmul %4826, %20 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%4830 = reshape %3218 : f32[36,64] @ models/lib/nn.yaml:83:15
%4831 = reshape %4826 : f32[36,16] @ models/lib/nn.yaml:83:15
%4832 = matmul %4831, %4830 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4833 = add %3210, %3211 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4834 = mul %4833, %1476 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4835 = erf %4834 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4836 = add %1480, %4835 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%4837 = mul %4829, %4836 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4838 = add %3210, %3211 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4839 = mul %1473, %4838 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4840 = mul %4829, %4839 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4841 = add %3210, %3211 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4842 = mul %4841, %1476 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4843 = mul %4842, %4842 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4844 = neg %4843 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4845 = exp %4844 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4846 = mul %4845, %4665 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4847 = mul %4840, %4846 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4848 = mul %4847, %1476 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4849 = mul %4837, %1473 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4850 = add %4848, %4849 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4851 = reduce_sum %4850 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4852 = reshape %4851 : f32[64] @ models/lib/nn.yaml:84:18
%4853 = matmul %4850, %18 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4854 = reshape %3209 : f32[36,16] @ models/lib/nn.yaml:83:15
%4855 = reshape %4850 : f32[36,64] @ models/lib/nn.yaml:83:15
%4856 = matmul %4855, %4854 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4857 = reduce_sum %4853 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4858 = reshape %4857 : f32[16] @ models/lib/nn.yaml:96:46
%4859 = mul %4853, %3205 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4860 = reduce_sum %4859 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4861 = reshape %4860 : f32[16] @ models/lib/nn.yaml:96:37
%4862 = mul %4853, %3206 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4863 = mul %4862, %3204 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4864 = mul %4853, %3206 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4865 = mul %4864, %3198 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4866 = reduce_sum %4865 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4867 = mul %3203, %3203 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4868 = mul %3203, %4867 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4869 = mul %4868, %4689 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4870 = mul %4866, %4869 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4871 = div %4870, %1357 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4872 = broadcast %4871 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4873 = mul %4872, %3198 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4874 = add %4863, %4873 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4875 = add %4874, %4873 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4876 = add %4826, %4875 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4877 = neg %4875 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4878 = reduce_sum %4877 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4879 = div %4878, %1357 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4880 = broadcast %4879 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4881 = add %4876, %4880 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4882 = reduce_sum %4881 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4883 = reshape %4882 : f32[16] @ models/lib/nn.yaml:84:18
%4884 = matmul %4881, %14 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4885 = reshape %3189 : f32[36,16] @ models/lib/nn.yaml:83:15
%4886 = reshape %4881 : f32[36,16] @ models/lib/nn.yaml:83:15
%4887 = matmul %4886, %4885 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4888 = reshape %4884 : f32[4,9,2,8] @ models/lib/nn.yaml:57:16
%4889 = permute %4888 perm=[0,2,1,3] : f32[4,2,9,8] @ models/lib/nn.yaml:56:13
%4890 = permute %3123 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%4891 = slice %4889 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4892 = broadcast %4891 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4893 = slice %4890 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4894 = broadcast %4893 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4895 = mul %4892, %4894 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4896 = slice %4889 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4897 = broadcast %4896 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4898 = slice %4890 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4899 = broadcast %4898 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4900 = mul %4897, %4899 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4901 = add %4895, %4900 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4902 = slice %4889 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4903 = broadcast %4902 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4904 = slice %4890 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4905 = broadcast %4904 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4906 = mul %4903, %4905 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4907 = add %4901, %4906 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4908 = slice %4889 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4909 = broadcast %4908 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4910 = slice %4890 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4911 = broadcast %4910 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4912 = mul %4909, %4911 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4913 = add %4907, %4912 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4914 = slice %4889 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4915 = broadcast %4914 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4916 = slice %4890 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4917 = broadcast %4916 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4918 = mul %4915, %4917 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4919 = add %4913, %4918 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4920 = slice %4889 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4921 = broadcast %4920 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4922 = slice %4890 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4923 = broadcast %4922 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4924 = mul %4921, %4923 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4925 = add %4919, %4924 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4926 = slice %4889 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4927 = broadcast %4926 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4928 = slice %4890 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4929 = broadcast %4928 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4930 = mul %4927, %4929 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4931 = add %4925, %4930 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4932 = slice %4889 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4933 = broadcast %4932 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4934 = slice %4890 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4935 = broadcast %4934 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4936 = mul %4933, %4935 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4937 = add %4931, %4936 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4938 = permute %3182 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4939 = reshape %4938 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%4940 = broadcast %4939 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4941 = reshape %4889 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%4942 = broadcast %4941 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4943 = mul %4940, %4942 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4944 = reduce_sum %4943 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4945 = div %4937, %3180 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4946 = mul %4945, %3182 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4947 = neg %4946 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4948 = reduce_sum %4947 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%4949 = broadcast %4948 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4950 = add %4945, %4949 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4951 = exp %3177 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4952 = mul %4950, %4951 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4953 = mul %4952, %1432 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%4954 = reshape %4953 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4955 = broadcast %4954 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4956 = reshape %3121 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4957 = broadcast %4956 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4958 = mul %4955, %4957 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4959 = reduce_sum %4958 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4960 = permute %4953 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4961 = reshape %4960 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4962 = broadcast %4961 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4963 = reshape %3119 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4964 = broadcast %4963 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4965 = mul %4962, %4964 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4966 = reduce_sum %4965 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4967 = reshape %4944 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%4968 = reshape %4966 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%4969 = reshape %4959 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%4970 = concat %4969, %4968, %4967 axis=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4971 = permute %4970 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%4972 = reshape %4971 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%4973 = reduce_sum %4972 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4974 = reshape %4973 : f32[48] @ models/lib/nn.yaml:84:18
%4975 = matmul %4972, %12 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4976 = reshape %3112 : f32[36,16] @ models/lib/nn.yaml:83:15
%4977 = reshape %4971 : f32[36,48] @ models/lib/nn.yaml:83:15
%4978 = matmul %4977, %4976 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%4979 = reduce_sum %4975 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4980 = reshape %4979 : f32[16] @ models/lib/nn.yaml:96:46
%4981 = mul %4975, %3108 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4982 = reduce_sum %4981 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4983 = reshape %4982 : f32[16] @ models/lib/nn.yaml:96:37
%4984 = mul %4975, %3109 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4985 = mul %4984, %3107 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4986 = mul %4975, %3109 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4987 = mul %4986, %3101 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4988 = reduce_sum %4987 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4989 = mul %3106, %3106 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4990 = mul %3106, %4989 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4991 = mul %4990, %4689 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4992 = mul %4988, %4991 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4993 = div %4992, %1357 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4994 = broadcast %4993 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4995 = mul %4994, %3101 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4996 = add %4985, %4995 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4997 = add %4996, %4995 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4998 = add %4881, %4997 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4999 = neg %4997 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5000 = reduce_sum %4999 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%5001 = div %5000, %1357 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%5002 = broadcast %5001 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5003 = add %4998, %5002 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5004 = reduce_sum %5003 axes=[0] keep=1 : f32[1,9,16] @ models/lib/vit.yaml:62:15
%5005 = reshape %5004 : f32[3,3,16] @ models/lib/vit.yaml:36:16
%5006 = permute %5005 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%5007 = reshape %5006 : f32[3,48] @ models/lib/vit.yaml:35:21
%5008 = matmul %1344, %5007 ta=1 tb=0 : f32[4,48] @ models/lib/vit.yaml:34:15
%5009 = reshape %5008 : f32[4,3,16] @ models/lib/vit.yaml:34:17
%5010 = permute %5009 perm=[1,0,2] : f32[3,4,16] @ models/lib/vit.yaml:33:13
%5011 = reshape %5010 : f32[3,64] @ models/lib/vit.yaml:33:21
%5012 = matmul %1344, %5011 ta=1 tb=0 : f32[4,64] @ models/lib/vit.yaml:32:15
%5013 = reshape %5012 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%5014 = reduce_sum %5003 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%5015 = reshape %5014 : f32[16] @ models/lib/vit.yaml:17:71
%5016 = reshape %1339 : f32[36,48] @ models/lib/vit.yaml:17:18
%5017 = reshape %5003 : f32[36,16] @ models/lib/vit.yaml:17:18
%5018 = matmul %5017, %5016 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%5019 = reshape %5018 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%5020 = concat %4016, %4004 axis=0 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%5021 = concat %4048, %4078 axis=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%5022 = matmul %5020, %3078 ta=0 tb=0 : f32[4,16,8] @ models/lib/dino.yaml:23:18
%5023 = reshape %3071 : f32[64,8] @ models/lib/dino.yaml:23:18
%5024 = reshape %5020 : f32[64,16] @ models/lib/dino.yaml:23:18
%5025 = matmul %5024, %5023 ta=1 tb=0 : f32[16,8] @ models/lib/dino.yaml:23:18
%5026 = div %5025, %3077 : f32[16,8] @ models/lib/dino.yaml:22:33
%5027 = mul %5026, %3078 : f32[16,8] @ models/lib/dino.yaml:22:33
%5028 = neg %5027 : f32[16,8] @ models/lib/dino.yaml:22:33
%5029 = reduce_sum %5028 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%5030 = mul %5029, %4089 : f32[16,1] @ models/lib/dino.yaml:22:35
%5031 = div %5030, %3076 : f32[16,1] @ models/lib/dino.yaml:22:35
%5032 = broadcast %5031 : f32[16,8] @ models/lib/dino.yaml:22:40
%5033 = mul %5032, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%5034 = add %4096, %5033 : f32[16,8] @ models/lib/dino.yaml:22:53
%5035 = add %5034, %5033 : f32[16,8] @ models/lib/dino.yaml:22:53
%5036 = mul %5026, %3072 : f32[16,8] @ models/lib/dino.yaml:22:22
%5037 = add %5035, %5036 : f32[16,8] @ models/lib/dino.yaml:22:22
%5038 = div %5022, %3069 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5039 = mul %5038, %3071 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5040 = neg %5039 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5041 = reduce_sum %5040 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%5042 = broadcast %4101 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5043 = broadcast %294 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5044 = mul %5041, %5043 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5045 = sqrt %3066 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5046 = eq %5045, %1321 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%5047 = select %5046, %5044, %5042 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5048 = sqrt %3066 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5049 = gt %5048, %1321 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%5050 = select %5049, %5041, %5047 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5051 = mul %5050, %5043 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5052 = sqrt %3066 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5053 = div %5051, %5052 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5054 = broadcast %5053 : f32[4,16,8] @ models/lib/nn.yaml:33:29
%5055 = add %3062, %3063 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%5056 = mul %5054, %5055 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5057 = add %5038, %5056 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5058 = add %5057, %5056 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5059 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,64] @ models/lib/nn.yaml:84:18
%5060 = reshape %5058 : f32[64,8] @ models/lib/nn.yaml:84:18
%5061 = matmul %5059, %5060 ta=0 tb=0 : f32[1,8] @ models/lib/nn.yaml:84:18
%5062 = reshape %5061 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%5063 = reshape %5062 : f32[8] @ models/lib/nn.yaml:84:18
%5064 = add %4120, %5063 : f32[8] @ models/lib/nn.yaml:84:18
%5065 = matmul %5058, %81 ta=0 tb=0 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%5066 = reshape %3061 : f32[64,24] @ models/lib/nn.yaml:83:15
%5067 = reshape %5058 : f32[64,8] @ models/lib/nn.yaml:83:15
%5068 = matmul %5067, %5066 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%5069 = add %4124, %5068 : f32[8,24] @ models/lib/nn.yaml:83:15
%5070 = add %3053, %3054 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5071 = mul %5070, %1299 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5072 = erf %5071 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5073 = add %1303, %5072 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%5074 = mul %5065, %5073 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5075 = add %3053, %3054 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5076 = mul %1296, %5075 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5077 = mul %5065, %5076 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5078 = add %3053, %3054 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5079 = mul %5078, %1299 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5080 = mul %5079, %5079 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5081 = neg %5080 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5082 = exp %5081 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5083 = broadcast %4138 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5084 = mul %5082, %5083 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5085 = mul %5077, %5084 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5086 = mul %5085, %1299 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5087 = mul %5074, %1296 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5088 = add %5086, %5087 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5089 = reshape %5088 : f32[64,24] @ models/lib/nn.yaml:84:18
%5090 = matmul %5059, %5089 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%5091 = reshape %5090 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5092 = reshape %5091 : f32[24] @ models/lib/nn.yaml:84:18
%5093 = add %4146, %5092 : f32[24] @ models/lib/nn.yaml:84:18
%5094 = matmul %5088, %79 ta=0 tb=0 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%5095 = reshape %3052 : f32[64,24] @ models/lib/nn.yaml:83:15
%5096 = reshape %5088 : f32[64,24] @ models/lib/nn.yaml:83:15
%5097 = matmul %5096, %5095 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%5098 = add %4150, %5097 : f32[24,24] @ models/lib/nn.yaml:83:15
%5099 = add %3044, %3045 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5100 = mul %5099, %1299 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5101 = erf %5100 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5102 = add %1303, %5101 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%5103 = mul %5094, %5102 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5104 = add %3044, %3045 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5105 = mul %1296, %5104 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5106 = mul %5094, %5105 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5107 = add %3044, %3045 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5108 = mul %5107, %1299 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5109 = mul %5108, %5108 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5110 = neg %5109 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5111 = exp %5110 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5112 = mul %5111, %5083 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5113 = mul %5106, %5112 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5114 = mul %5113, %1299 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5115 = mul %5103, %1296 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5116 = add %5114, %5115 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5117 = reshape %5116 : f32[64,24] @ models/lib/nn.yaml:84:18
%5118 = matmul %5059, %5117 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%5119 = reshape %5118 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5120 = reshape %5119 : f32[24] @ models/lib/nn.yaml:84:18
%5121 = add %4170, %5120 : f32[24] @ models/lib/nn.yaml:84:18
%5122 = matmul %5116, %77 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5123 = reshape %3043 : f32[64,16] @ models/lib/nn.yaml:83:15
%5124 = reshape %5116 : f32[64,24] @ models/lib/nn.yaml:83:15
%5125 = matmul %5124, %5123 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%5126 = add %4174, %5125 : f32[24,16] @ models/lib/nn.yaml:83:15
%5127 = matmul %5021, %3041 ta=0 tb=0 : f32[4,1,8] @ models/lib/dino.yaml:23:18
%5128 = reshape %3034 : f32[4,8] @ models/lib/dino.yaml:23:18
%5129 = reshape %5021 : f32[4,32] @ models/lib/dino.yaml:23:18
%5130 = matmul %5129, %5128 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%5131 = div %5130, %3040 : f32[32,8] @ models/lib/dino.yaml:22:33
%5132 = mul %5131, %3041 : f32[32,8] @ models/lib/dino.yaml:22:33
%5133 = neg %5132 : f32[32,8] @ models/lib/dino.yaml:22:33
%5134 = reduce_sum %5133 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%5135 = mul %5134, %4183 : f32[32,1] @ models/lib/dino.yaml:22:35
%5136 = div %5135, %3039 : f32[32,1] @ models/lib/dino.yaml:22:35
%5137 = broadcast %5136 : f32[32,8] @ models/lib/dino.yaml:22:40
%5138 = mul %5137, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%5139 = add %4190, %5138 : f32[32,8] @ models/lib/dino.yaml:22:53
%5140 = add %5139, %5138 : f32[32,8] @ models/lib/dino.yaml:22:53
%5141 = mul %5131, %3035 : f32[32,8] @ models/lib/dino.yaml:22:22
%5142 = add %5140, %5141 : f32[32,8] @ models/lib/dino.yaml:22:22
%5143 = div %5127, %3033 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5144 = mul %5143, %3034 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5145 = neg %5144 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5146 = reduce_sum %5145 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%5147 = mul %5146, %4196 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5148 = sqrt %3030 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5149 = eq %5148, %1281 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%5150 = select %5149, %5147, %4195 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5151 = sqrt %3030 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5152 = gt %5151, %1281 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%5153 = select %5152, %5146, %5150 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5154 = mul %5153, %4196 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5155 = sqrt %3030 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5156 = div %5154, %5155 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5157 = broadcast %5156 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%5158 = mul %5157, %3028 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5159 = add %5143, %5158 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5160 = add %5159, %5158 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5161 = reduce_sum %5160 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%5162 = reshape %5161 : f32[8] @ models/lib/nn.yaml:84:18
%5163 = add %4212, %5162 : f32[8] @ models/lib/nn.yaml:84:18
%5164 = matmul %5160, %73 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%5165 = reshape %3025 : f32[4,24] @ models/lib/nn.yaml:83:15
%5166 = reshape %5160 : f32[4,8] @ models/lib/nn.yaml:83:15
%5167 = matmul %5166, %5165 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%5168 = add %4216, %5167 : f32[8,24] @ models/lib/nn.yaml:83:15
%5169 = mul %3020, %1260 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5170 = erf %5169 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5171 = add %1263, %5170 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%5172 = mul %5164, %5171 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5173 = mul %1258, %3020 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5174 = mul %5164, %5173 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5175 = mul %3020, %1260 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5176 = mul %5175, %5175 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5177 = neg %5176 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5178 = exp %5177 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5179 = mul %5178, %4227 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5180 = mul %5174, %5179 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5181 = mul %5180, %1260 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5182 = mul %5172, %1258 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5183 = add %5181, %5182 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5184 = reduce_sum %5183 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5185 = reshape %5184 : f32[24] @ models/lib/nn.yaml:84:18
%5186 = add %4234, %5185 : f32[24] @ models/lib/nn.yaml:84:18
%5187 = matmul %5183, %71 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%5188 = reshape %3017 : f32[4,24] @ models/lib/nn.yaml:83:15
%5189 = reshape %5183 : f32[4,24] @ models/lib/nn.yaml:83:15
%5190 = matmul %5189, %5188 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%5191 = add %4238, %5190 : f32[24,24] @ models/lib/nn.yaml:83:15
%5192 = mul %3012, %1260 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5193 = erf %5192 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5194 = add %1263, %5193 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%5195 = mul %5187, %5194 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5196 = mul %1258, %3012 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5197 = mul %5187, %5196 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5198 = mul %3012, %1260 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5199 = mul %5198, %5198 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5200 = neg %5199 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5201 = exp %5200 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5202 = mul %5201, %4227 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5203 = mul %5197, %5202 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5204 = mul %5203, %1260 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5205 = mul %5195, %1258 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5206 = add %5204, %5205 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5207 = reduce_sum %5206 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5208 = reshape %5207 : f32[24] @ models/lib/nn.yaml:84:18
%5209 = add %4255, %5208 : f32[24] @ models/lib/nn.yaml:84:18
%5210 = matmul %5206, %69 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%5211 = reshape %3009 : f32[4,16] @ models/lib/nn.yaml:83:15
%5212 = reshape %5206 : f32[4,24] @ models/lib/nn.yaml:83:15
%5213 = matmul %5212, %5211 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%5214 = add %4259, %5213 : f32[24,16] @ models/lib/nn.yaml:83:15
%5215 = concat %5210, %5122 axis=1 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%5216 = const data=[1,1,1,1] : f32[1,4] @ models/lib/nn.yaml:96:46
%5217 = reshape %5210 : f32[4,16] @ models/lib/nn.yaml:96:46
%5218 = matmul %5216, %5217 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5219 = reshape %5122 : f32[64,16] @ models/lib/nn.yaml:96:46
%5220 = matmul %5059, %5219 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5221 = add %5218, %5220 : f32[1,16] @ models/lib/nn.yaml:96:46
%5222 = reshape %5221 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5223 = reshape %5222 : f32[16] @ models/lib/nn.yaml:96:46
%5224 = add %4262, %5223 : f32[16] @ models/lib/nn.yaml:96:46
%5225 = mul %5215, %3004 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5226 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:37
%5227 = reshape %5225 : f32[68,16] @ models/lib/nn.yaml:96:37
%5228 = matmul %5226, %5227 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5229 = reshape %5228 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5230 = reshape %5229 : f32[16] @ models/lib/nn.yaml:96:37
%5231 = add %4265, %5230 : f32[16] @ models/lib/nn.yaml:96:37
%5232 = mul %5215, %3005 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5233 = mul %5232, %3003 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5234 = mul %5215, %3005 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5235 = mul %5234, %2997 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5236 = reduce_sum %5235 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5237 = mul %3002, %3002 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5238 = mul %3002, %5237 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5239 = broadcast %4273 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5240 = mul %5238, %5239 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5241 = mul %5236, %5240 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5242 = div %5241, %868 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5243 = broadcast %5242 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5244 = mul %5243, %2997 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5245 = add %5233, %5244 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5246 = add %5245, %5244 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5247 = neg %5246 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5248 = reduce_sum %5247 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5249 = div %5248, %868 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5250 = broadcast %5249 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5251 = add %5246, %5250 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5252 = slice %5251 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%5253 = slice %5251 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:111:21
%5254 = reduce_sum %5252 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5255 = reshape %5254 : f32[16] @ models/lib/nn.yaml:84:18
%5256 = add %4290, %5255 : f32[16] @ models/lib/nn.yaml:84:18
%5257 = matmul %5252, %65 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%5258 = reshape %2988 : f32[4,64] @ models/lib/nn.yaml:83:15
%5259 = reshape %5252 : f32[4,16] @ models/lib/nn.yaml:83:15
%5260 = matmul %5259, %5258 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%5261 = add %4294, %5260 : f32[16,64] @ models/lib/nn.yaml:83:15
%5262 = mul %2983, %1046 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5263 = erf %5262 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5264 = add %1049, %5263 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%5265 = mul %5257, %5264 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5266 = mul %1044, %2983 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5267 = mul %5257, %5266 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5268 = mul %2983, %1046 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5269 = mul %5268, %5268 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5270 = neg %5269 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5271 = exp %5270 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5272 = mul %5271, %4305 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5273 = mul %5267, %5272 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5274 = mul %5273, %1046 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5275 = mul %5265, %1044 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5276 = add %5274, %5275 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5277 = reduce_sum %5276 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5278 = reshape %5277 : f32[64] @ models/lib/nn.yaml:84:18
%5279 = add %4312, %5278 : f32[64] @ models/lib/nn.yaml:84:18
%5280 = matmul %5276, %63 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%5281 = reshape %2980 : f32[4,16] @ models/lib/nn.yaml:83:15
%5282 = reshape %5276 : f32[4,64] @ models/lib/nn.yaml:83:15
%5283 = matmul %5282, %5281 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%5284 = add %4316, %5283 : f32[64,16] @ models/lib/nn.yaml:83:15
%5285 = reduce_sum %5280 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5286 = reshape %5285 : f32[16] @ models/lib/nn.yaml:96:46
%5287 = add %4318, %5286 : f32[16] @ models/lib/nn.yaml:96:46
%5288 = mul %5280, %2977 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5289 = mul %5280, %2976 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5290 = reduce_sum %5289 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5291 = reshape %5290 : f32[16] @ models/lib/nn.yaml:96:37
%5292 = add %4322, %5291 : f32[16] @ models/lib/nn.yaml:96:37
%5293 = mul %5288, %2975 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5294 = mul %5288, %2969 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5295 = reduce_sum %5294 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%5296 = mul %2974, %2974 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5297 = mul %2974, %5296 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5298 = mul %5297, %4328 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5299 = mul %5295, %5298 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5300 = div %5299, %1025 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%5301 = broadcast %5300 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%5302 = mul %5301, %2969 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5303 = add %5293, %5302 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5304 = add %5303, %5302 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5305 = add %5252, %5304 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5306 = neg %5304 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5307 = reduce_sum %5306 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%5308 = div %5307, %1025 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%5309 = broadcast %5308 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5310 = add %5305, %5309 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5311 = reduce_sum %5310 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5312 = reshape %5311 : f32[16] @ models/lib/nn.yaml:84:18
%5313 = add %4343, %5312 : f32[16] @ models/lib/nn.yaml:84:18
%5314 = matmul %5310, %59 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%5315 = reshape %2960 : f32[4,16] @ models/lib/nn.yaml:83:15
%5316 = reshape %5310 : f32[4,16] @ models/lib/nn.yaml:83:15
%5317 = matmul %5316, %5315 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%5318 = add %4347, %5317 : f32[16,16] @ models/lib/nn.yaml:83:15
%5319 = reshape %5314 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%5320 = permute %5319 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%5321 = permute %2902 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5322 = slice %5320 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5323 = broadcast %5322 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5324 = slice %5321 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5325 = mul %5323, %5324 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5326 = slice %5320 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5327 = broadcast %5326 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5328 = slice %5321 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5329 = mul %5327, %5328 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5330 = add %5325, %5329 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5331 = slice %5320 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5332 = broadcast %5331 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5333 = slice %5321 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5334 = mul %5332, %5333 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5335 = add %5330, %5334 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5336 = slice %5320 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5337 = broadcast %5336 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5338 = slice %5321 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5339 = mul %5337, %5338 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5340 = add %5335, %5339 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5341 = slice %5320 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5342 = broadcast %5341 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5343 = slice %5321 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5344 = mul %5342, %5343 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5345 = add %5340, %5344 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5346 = slice %5320 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5347 = broadcast %5346 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5348 = slice %5321 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5349 = mul %5347, %5348 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5350 = add %5345, %5349 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5351 = slice %5320 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5352 = broadcast %5351 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5353 = slice %5321 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5354 = mul %5352, %5353 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5355 = add %5350, %5354 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5356 = slice %5320 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5357 = broadcast %5356 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5358 = slice %5321 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5359 = mul %5357, %5358 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5360 = add %5355, %5359 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5361 = permute %2953 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%5362 = broadcast %5361 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5363 = broadcast %5320 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5364 = mul %5362, %5363 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5365 = div %5360, %2951 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5366 = mul %5365, %2953 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5367 = neg %5366 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5368 = reduce_sum %5367 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%5369 = broadcast %5368 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5370 = add %5365, %5369 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5371 = exp %2948 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5372 = mul %5370, %5371 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5373 = mul %5372, %1000 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%5374 = reshape %5373 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%5375 = broadcast %5374 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5376 = reshape %2897 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5377 = broadcast %5376 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5378 = mul %5375, %5377 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5379 = reduce_sum %5378 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5380 = permute %5373 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%5381 = broadcast %5380 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5382 = broadcast %2892 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5383 = mul %5381, %5382 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5384 = permute %5364 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%5385 = reshape %5384 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%5386 = reshape %5385 : f32[68,16] @ models/lib/nn.yaml:84:18
%5387 = matmul %5226, %5386 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5388 = reshape %5387 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5389 = reshape %5388 : f32[16] @ models/lib/nn.yaml:84:18
%5390 = add %4416, %5389 : f32[16] @ models/lib/nn.yaml:84:18
%5391 = matmul %5385, %57 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5392 = reshape %2886 : f32[68,16] @ models/lib/nn.yaml:83:15
%5393 = reshape %5384 : f32[68,16] @ models/lib/nn.yaml:83:15
%5394 = matmul %5393, %5392 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%5395 = add %4420, %5394 : f32[16,16] @ models/lib/nn.yaml:83:15
%5396 = permute %5383 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%5397 = reshape %5396 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%5398 = reshape %5397 : f32[68,16] @ models/lib/nn.yaml:84:18
%5399 = matmul %5226, %5398 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5400 = reshape %5399 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5401 = reshape %5400 : f32[16] @ models/lib/nn.yaml:84:18
%5402 = add %4424, %5401 : f32[16] @ models/lib/nn.yaml:84:18
%5403 = matmul %5397, %55 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5404 = add %5391, %5403 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5405 = reshape %5396 : f32[68,16] @ models/lib/nn.yaml:83:15
%5406 = matmul %5405, %5392 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%5407 = add %4428, %5406 : f32[16,16] @ models/lib/nn.yaml:83:15
%5408 = permute %5379 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%5409 = reshape %5408 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%5410 = reduce_sum %5409 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5411 = reshape %5410 : f32[16] @ models/lib/nn.yaml:84:18
%5412 = add %4432, %5411 : f32[16] @ models/lib/nn.yaml:84:18
%5413 = matmul %5409, %53 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%5414 = reshape %2887 : f32[4,16] @ models/lib/nn.yaml:83:15
%5415 = reshape %5408 : f32[4,16] @ models/lib/nn.yaml:83:15
%5416 = matmul %5415, %5414 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%5417 = add %4436, %5416 : f32[16,16] @ models/lib/nn.yaml:83:15
%5418 = pad %5413 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5419 = add %5404, %5418 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5420 = reshape %5419 : f32[68,16] @ models/lib/nn.yaml:96:46
%5421 = matmul %5226, %5420 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5422 = reshape %5421 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5423 = reshape %5422 : f32[16] @ models/lib/nn.yaml:96:46
%5424 = add %4440, %5423 : f32[16] @ models/lib/nn.yaml:96:46
%5425 = mul %5419, %2882 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5426 = reshape %5425 : f32[68,16] @ models/lib/nn.yaml:96:37
%5427 = matmul %5226, %5426 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5428 = reshape %5427 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5429 = reshape %5428 : f32[16] @ models/lib/nn.yaml:96:37
%5430 = add %4443, %5429 : f32[16] @ models/lib/nn.yaml:96:37
%5431 = mul %5419, %2883 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5432 = mul %5431, %2881 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5433 = mul %5419, %2883 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5434 = mul %5433, %2875 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5435 = reduce_sum %5434 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5436 = mul %2880, %2880 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5437 = mul %2880, %5436 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5438 = mul %5437, %5239 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5439 = mul %5435, %5438 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5440 = div %5439, %868 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5441 = broadcast %5440 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5442 = mul %5441, %2875 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5443 = add %5432, %5442 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5444 = add %5443, %5442 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5445 = neg %5444 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5446 = reduce_sum %5445 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5447 = div %5446, %868 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5448 = broadcast %5447 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5449 = add %5444, %5448 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5450 = slice %5449 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5451 = add %5310, %5450 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5452 = slice %5449 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5453 = add %5253, %5452 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5454 = reduce_sum %5451 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5455 = reshape %5454 : f32[16] @ models/lib/nn.yaml:84:18
%5456 = add %4468, %5455 : f32[16] @ models/lib/nn.yaml:84:18
%5457 = matmul %5451, %49 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%5458 = reshape %2866 : f32[4,64] @ models/lib/nn.yaml:83:15
%5459 = reshape %5451 : f32[4,16] @ models/lib/nn.yaml:83:15
%5460 = matmul %5459, %5458 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%5461 = add %4472, %5460 : f32[16,64] @ models/lib/nn.yaml:83:15
%5462 = mul %2861, %1046 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5463 = erf %5462 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5464 = add %1049, %5463 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%5465 = mul %5457, %5464 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5466 = mul %1044, %2861 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5467 = mul %5457, %5466 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5468 = mul %2861, %1046 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5469 = mul %5468, %5468 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5470 = neg %5469 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5471 = exp %5470 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5472 = mul %5471, %4305 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5473 = mul %5467, %5472 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5474 = mul %5473, %1046 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5475 = mul %5465, %1044 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5476 = add %5474, %5475 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5477 = reduce_sum %5476 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5478 = reshape %5477 : f32[64] @ models/lib/nn.yaml:84:18
%5479 = add %4489, %5478 : f32[64] @ models/lib/nn.yaml:84:18
%5480 = matmul %5476, %47 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%5481 = reshape %2858 : f32[4,16] @ models/lib/nn.yaml:83:15
%5482 = reshape %5476 : f32[4,64] @ models/lib/nn.yaml:83:15
%5483 = matmul %5482, %5481 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%5484 = add %4493, %5483 : f32[64,16] @ models/lib/nn.yaml:83:15
%5485 = reduce_sum %5480 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5486 = reshape %5485 : f32[16] @ models/lib/nn.yaml:96:46
%5487 = add %4495, %5486 : f32[16] @ models/lib/nn.yaml:96:46
%5488 = mul %5480, %2855 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5489 = mul %5480, %2854 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5490 = reduce_sum %5489 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5491 = reshape %5490 : f32[16] @ models/lib/nn.yaml:96:37
%5492 = add %4499, %5491 : f32[16] @ models/lib/nn.yaml:96:37
%5493 = mul %5488, %2853 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5494 = mul %5488, %2847 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5495 = reduce_sum %5494 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%5496 = mul %2852, %2852 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5497 = mul %2852, %5496 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5498 = mul %5497, %4328 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5499 = mul %5495, %5498 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5500 = div %5499, %1025 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%5501 = broadcast %5500 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%5502 = mul %5501, %2847 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5503 = add %5493, %5502 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5504 = add %5503, %5502 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5505 = add %5451, %5504 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5506 = neg %5504 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5507 = reduce_sum %5506 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%5508 = div %5507, %1025 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%5509 = broadcast %5508 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5510 = add %5505, %5509 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5511 = reduce_sum %5510 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5512 = reshape %5511 : f32[16] @ models/lib/nn.yaml:84:18
%5513 = add %4519, %5512 : f32[16] @ models/lib/nn.yaml:84:18
%5514 = matmul %5510, %43 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%5515 = reshape %2838 : f32[4,16] @ models/lib/nn.yaml:83:15
%5516 = reshape %5510 : f32[4,16] @ models/lib/nn.yaml:83:15
%5517 = matmul %5516, %5515 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%5518 = add %4523, %5517 : f32[16,16] @ models/lib/nn.yaml:83:15
%5519 = reshape %5514 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%5520 = permute %5519 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%5521 = permute %2780 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5522 = slice %5520 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5523 = broadcast %5522 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5524 = slice %5521 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5525 = mul %5523, %5524 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5526 = slice %5520 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5527 = broadcast %5526 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5528 = slice %5521 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5529 = mul %5527, %5528 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5530 = add %5525, %5529 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5531 = slice %5520 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5532 = broadcast %5531 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5533 = slice %5521 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5534 = mul %5532, %5533 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5535 = add %5530, %5534 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5536 = slice %5520 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5537 = broadcast %5536 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5538 = slice %5521 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5539 = mul %5537, %5538 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5540 = add %5535, %5539 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5541 = slice %5520 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5542 = broadcast %5541 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5543 = slice %5521 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5544 = mul %5542, %5543 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5545 = add %5540, %5544 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5546 = slice %5520 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5547 = broadcast %5546 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5548 = slice %5521 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5549 = mul %5547, %5548 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5550 = add %5545, %5549 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5551 = slice %5520 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5552 = broadcast %5551 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5553 = slice %5521 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5554 = mul %5552, %5553 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5555 = add %5550, %5554 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5556 = slice %5520 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5557 = broadcast %5556 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5558 = slice %5521 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5559 = mul %5557, %5558 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5560 = add %5555, %5559 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5561 = permute %2831 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%5562 = broadcast %5561 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5563 = broadcast %5520 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5564 = mul %5562, %5563 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5565 = div %5560, %2829 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5566 = mul %5565, %2831 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5567 = neg %5566 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5568 = reduce_sum %5567 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%5569 = broadcast %5568 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5570 = add %5565, %5569 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5571 = exp %2826 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5572 = mul %5570, %5571 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5573 = mul %5572, %1000 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%5574 = reshape %5573 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%5575 = broadcast %5574 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5576 = reshape %2775 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5577 = broadcast %5576 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5578 = mul %5575, %5577 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5579 = reduce_sum %5578 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5580 = permute %5573 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%5581 = broadcast %5580 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5582 = broadcast %2770 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5583 = mul %5581, %5582 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5584 = permute %5564 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%5585 = reshape %5584 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%5586 = reshape %5585 : f32[68,16] @ models/lib/nn.yaml:84:18
%5587 = matmul %5226, %5586 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5588 = reshape %5587 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5589 = reshape %5588 : f32[16] @ models/lib/nn.yaml:84:18
%5590 = add %4592, %5589 : f32[16] @ models/lib/nn.yaml:84:18
%5591 = matmul %5585, %41 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5592 = reshape %2764 : f32[68,16] @ models/lib/nn.yaml:83:15
%5593 = reshape %5584 : f32[68,16] @ models/lib/nn.yaml:83:15
%5594 = matmul %5593, %5592 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%5595 = add %4596, %5594 : f32[16,16] @ models/lib/nn.yaml:83:15
%5596 = permute %5583 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%5597 = reshape %5596 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%5598 = reshape %5597 : f32[68,16] @ models/lib/nn.yaml:84:18
%5599 = matmul %5226, %5598 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5600 = reshape %5599 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5601 = reshape %5600 : f32[16] @ models/lib/nn.yaml:84:18
%5602 = add %4600, %5601 : f32[16] @ models/lib/nn.yaml:84:18
%5603 = matmul %5597, %39 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5604 = add %5591, %5603 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5605 = reshape %5596 : f32[68,16] @ models/lib/nn.yaml:83:15
%5606 = matmul %5605, %5592 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%5607 = add %4604, %5606 : f32[16,16] @ models/lib/nn.yaml:83:15
%5608 = permute %5579 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%5609 = reshape %5608 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%5610 = reduce_sum %5609 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5611 = reshape %5610 : f32[16] @ models/lib/nn.yaml:84:18
%5612 = add %4608, %5611 : f32[16] @ models/lib/nn.yaml:84:18
%5613 = matmul %5609, %37 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%5614 = reshape %2765 : f32[4,16] @ models/lib/nn.yaml:83:15
%5615 = reshape %5608 : f32[4,16] @ models/lib/nn.yaml:83:15
%5616 = matmul %5615, %5614 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%5617 = add %4612, %5616 : f32[16,16] @ models/lib/nn.yaml:83:15
%5618 = pad %5613 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5619 = add %5604, %5618 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5620 = reshape %5619 : f32[68,16] @ models/lib/nn.yaml:96:46
%5621 = matmul %5226, %5620 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5622 = reshape %5621 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5623 = reshape %5622 : f32[16] @ models/lib/nn.yaml:96:46
%5624 = add %4616, %5623 : f32[16] @ models/lib/nn.yaml:96:46
%5625 = mul %5619, %2760 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5626 = reshape %5625 : f32[68,16] @ models/lib/nn.yaml:96:37
%5627 = matmul %5226, %5626 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5628 = reshape %5627 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5629 = reshape %5628 : f32[16] @ models/lib/nn.yaml:96:37
%5630 = add %4619, %5629 : f32[16] @ models/lib/nn.yaml:96:37
%5631 = mul %5619, %2761 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5632 = mul %5631, %2759 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5633 = mul %5619, %2761 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5634 = mul %5633, %2753 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5635 = reduce_sum %5634 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5636 = mul %2758, %2758 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5637 = mul %2758, %5636 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5638 = mul %5637, %5239 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5639 = mul %5635, %5638 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5640 = div %5639, %868 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5641 = broadcast %5640 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5642 = mul %5641, %2753 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5643 = add %5632, %5642 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5644 = add %5643, %5642 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5645 = neg %5644 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5646 = reduce_sum %5645 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5647 = div %5646, %868 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5648 = broadcast %5647 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5649 = add %5644, %5648 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5650 = slice %5649 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5651 = add %5510, %5650 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5652 = slice %5649 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5653 = add %5453, %5652 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5654 = reduce_sum %5651 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%5655 = add %4643, %5654 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%5656 = mul %5653, %2745 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%5657 = div %5656, %2702 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%5658 = reshape %5657 : f32[64,16] @ models/lib/nn.yaml:84:18
%5659 = matmul %5059, %5658 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5660 = reshape %5659 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5661 = reshape %5660 : f32[16] @ models/lib/nn.yaml:84:18
%5662 = add %4647, %5661 : f32[16] @ models/lib/nn.yaml:84:18
%5663 = matmul %5657, %32 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%5664 = reshape %2736 : f32[64,64] @ models/lib/nn.yaml:83:15
%5665 = reshape %5657 : f32[64,16] @ models/lib/nn.yaml:83:15
%5666 = matmul %5665, %5664 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%5667 = add %4651, %5666 : f32[16,64] @ models/lib/nn.yaml:83:15
%5668 = add %2728, %2729 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%5669 = mul %5668, %299 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5670 = erf %5669 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5671 = add %304, %5670 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%5672 = mul %5663, %5671 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5673 = add %2728, %2729 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%5674 = mul %295, %5673 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5675 = mul %5663, %5674 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5676 = add %2728, %2729 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%5677 = mul %5676, %299 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5678 = mul %5677, %5677 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5679 = neg %5678 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5680 = exp %5679 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5681 = broadcast %4138 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5682 = mul %5680, %5681 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5683 = mul %5675, %5682 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5684 = mul %5683, %299 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5685 = mul %5672, %295 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5686 = add %5684, %5685 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5687 = reshape %5686 : f32[64,64] @ models/lib/nn.yaml:84:18
%5688 = matmul %5059, %5687 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%5689 = reshape %5688 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5690 = reshape %5689 : f32[64] @ models/lib/nn.yaml:84:18
%5691 = add %4672, %5690 : f32[64] @ models/lib/nn.yaml:84:18
%5692 = matmul %5686, %30 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5693 = reshape %2727 : f32[64,16] @ models/lib/nn.yaml:83:15
%5694 = reshape %5686 : f32[64,64] @ models/lib/nn.yaml:83:15
%5695 = matmul %5694, %5693 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%5696 = add %4676, %5695 : f32[64,16] @ models/lib/nn.yaml:83:15
%5697 = reshape %5692 : f32[64,16] @ models/lib/nn.yaml:96:46
%5698 = matmul %5059, %5697 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5699 = reshape %5698 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5700 = reshape %5699 : f32[16] @ models/lib/nn.yaml:96:46
%5701 = add %4678, %5700 : f32[16] @ models/lib/nn.yaml:96:46
%5702 = mul %5692, %2723 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5703 = reshape %5702 : f32[64,16] @ models/lib/nn.yaml:96:37
%5704 = matmul %5059, %5703 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5705 = reshape %5704 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5706 = reshape %5705 : f32[16] @ models/lib/nn.yaml:96:37
%5707 = add %4681, %5706 : f32[16] @ models/lib/nn.yaml:96:37
%5708 = mul %5692, %2724 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5709 = mul %5708, %2722 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5710 = mul %5692, %2724 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5711 = mul %5710, %2716 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5712 = reduce_sum %5711 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5713 = mul %2721, %2721 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5714 = mul %2721, %5713 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5715 = broadcast %4273 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5716 = mul %5714, %5715 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5717 = mul %5712, %5716 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5718 = div %5717, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5719 = broadcast %5718 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5720 = mul %5719, %2716 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5721 = add %5709, %5720 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5722 = add %5721, %5720 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5723 = add %5653, %5722 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5724 = neg %5722 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5725 = reduce_sum %5724 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5726 = div %5725, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5727 = broadcast %5726 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5728 = add %5723, %5727 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5729 = mul %5728, %2710 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%5730 = div %5729, %2702 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%5731 = reshape %5730 : f32[64,16] @ models/lib/nn.yaml:84:18
%5732 = matmul %5059, %5731 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5733 = reshape %5732 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5734 = reshape %5733 : f32[16] @ models/lib/nn.yaml:84:18
%5735 = add %4706, %5734 : f32[16] @ models/lib/nn.yaml:84:18
%5736 = matmul %5730, %26 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5737 = reshape %2696 : f32[64,16] @ models/lib/nn.yaml:83:15
%5738 = reshape %5730 : f32[64,16] @ models/lib/nn.yaml:83:15
%5739 = matmul %5738, %5737 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%5740 = add %4710, %5739 : f32[16,16] @ models/lib/nn.yaml:83:15
%5741 = reshape %5736 : f32[4,16,2,8] @ models/lib/nn.yaml:57:16
%5742 = permute %5741 perm=[0,2,1,3] : f32[4,2,16,8] @ models/lib/nn.yaml:56:13
%5743 = permute %2630 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%5744 = slice %5742 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5745 = broadcast %5744 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5746 = slice %5743 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5747 = broadcast %5746 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5748 = mul %5745, %5747 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5749 = slice %5742 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5750 = broadcast %5749 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5751 = slice %5743 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5752 = broadcast %5751 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5753 = mul %5750, %5752 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5754 = add %5748, %5753 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5755 = slice %5742 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5756 = broadcast %5755 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5757 = slice %5743 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5758 = broadcast %5757 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5759 = mul %5756, %5758 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5760 = add %5754, %5759 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5761 = slice %5742 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5762 = broadcast %5761 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5763 = slice %5743 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5764 = broadcast %5763 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5765 = mul %5762, %5764 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5766 = add %5760, %5765 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5767 = slice %5742 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5768 = broadcast %5767 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5769 = slice %5743 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5770 = broadcast %5769 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5771 = mul %5768, %5770 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5772 = add %5766, %5771 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5773 = slice %5742 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5774 = broadcast %5773 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5775 = slice %5743 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5776 = broadcast %5775 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5777 = mul %5774, %5776 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5778 = add %5772, %5777 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5779 = slice %5742 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5780 = broadcast %5779 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5781 = slice %5743 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5782 = broadcast %5781 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5783 = mul %5780, %5782 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5784 = add %5778, %5783 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5785 = slice %5742 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5786 = broadcast %5785 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5787 = slice %5743 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5788 = broadcast %5787 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5789 = mul %5786, %5788 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5790 = add %5784, %5789 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5791 = permute %2689 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5792 = reshape %5791 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%5793 = broadcast %5792 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5794 = reshape %5742 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%5795 = broadcast %5794 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5796 = mul %5793, %5795 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5797 = reduce_sum %5796 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5798 = div %5790, %2687 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5799 = mul %5798, %2689 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5800 = neg %5799 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5801 = reduce_sum %5800 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%5802 = broadcast %5801 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5803 = add %5798, %5802 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5804 = exp %2684 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%5805 = mul %5803, %5804 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%5806 = mul %5805, %253 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%5807 = reshape %5806 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5808 = broadcast %5807 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5809 = reshape %2628 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5810 = broadcast %5809 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5811 = mul %5808, %5810 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5812 = reduce_sum %5811 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5813 = permute %5806 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5814 = reshape %5813 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5815 = broadcast %5814 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5816 = reshape %2626 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5817 = broadcast %5816 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5818 = mul %5815, %5817 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5819 = reduce_sum %5818 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5820 = reshape %5797 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%5821 = reshape %5819 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%5822 = reshape %5812 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%5823 = concat %5822, %5821, %5820 axis=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%5824 = permute %5823 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%5825 = reshape %5824 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%5826 = reshape %5825 : f32[64,48] @ models/lib/nn.yaml:84:18
%5827 = matmul %5059, %5826 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%5828 = reshape %5827 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5829 = reshape %5828 : f32[48] @ models/lib/nn.yaml:84:18
%5830 = add %4797, %5829 : f32[48] @ models/lib/nn.yaml:84:18
%5831 = matmul %5825, %24 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5832 = reshape %2619 : f32[64,16] @ models/lib/nn.yaml:83:15
%5833 = reshape %5824 : f32[64,48] @ models/lib/nn.yaml:83:15
%5834 = matmul %5833, %5832 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%5835 = add %4801, %5834 : f32[48,16] @ models/lib/nn.yaml:83:15
%5836 = reshape %5831 : f32[64,16] @ models/lib/nn.yaml:96:46
%5837 = matmul %5059, %5836 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5838 = reshape %5837 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5839 = reshape %5838 : f32[16] @ models/lib/nn.yaml:96:46
%5840 = add %4803, %5839 : f32[16] @ models/lib/nn.yaml:96:46
%5841 = mul %5831, %2615 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5842 = reshape %5841 : f32[64,16] @ models/lib/nn.yaml:96:37
%5843 = matmul %5059, %5842 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5844 = reshape %5843 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5845 = reshape %5844 : f32[16] @ models/lib/nn.yaml:96:37
%5846 = add %4806, %5845 : f32[16] @ models/lib/nn.yaml:96:37
%5847 = mul %5831, %2616 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5848 = mul %5847, %2614 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5849 = mul %5831, %2616 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5850 = mul %5849, %2608 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5851 = reduce_sum %5850 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5852 = mul %2613, %2613 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5853 = mul %2613, %5852 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5854 = mul %5853, %5715 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5855 = mul %5851, %5854 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5856 = div %5855, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5857 = broadcast %5856 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5858 = mul %5857, %2608 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5859 = add %5848, %5858 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5860 = add %5859, %5858 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5861 = add %5728, %5860 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5862 = neg %5860 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5863 = reduce_sum %5862 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5864 = div %5863, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5865 = broadcast %5864 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5866 = add %5861, %5865 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5867 = reshape %5866 : f32[64,16] @ models/lib/nn.yaml:84:18
%5868 = matmul %5059, %5867 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5869 = reshape %5868 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5870 = reshape %5869 : f32[16] @ models/lib/nn.yaml:84:18
%5871 = add %4828, %5870 : f32[16] @ models/lib/nn.yaml:84:18
%5872 = matmul %5866, %20 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%5873 = reshape %2600 : f32[64,64] @ models/lib/nn.yaml:83:15
%5874 = reshape %5866 : f32[64,16] @ models/lib/nn.yaml:83:15
%5875 = matmul %5874, %5873 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%5876 = add %4832, %5875 : f32[16,64] @ models/lib/nn.yaml:83:15
%5877 = add %2592, %2593 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%5878 = mul %5877, %299 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5879 = erf %5878 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5880 = add %304, %5879 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%5881 = mul %5872, %5880 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5882 = add %2592, %2593 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%5883 = mul %295, %5882 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5884 = mul %5872, %5883 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5885 = add %2592, %2593 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%5886 = mul %5885, %299 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5887 = mul %5886, %5886 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5888 = neg %5887 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5889 = exp %5888 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5890 = mul %5889, %5681 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5891 = mul %5884, %5890 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5892 = mul %5891, %299 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5893 = mul %5881, %295 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5894 = add %5892, %5893 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5895 = reshape %5894 : f32[64,64] @ models/lib/nn.yaml:84:18
%5896 = matmul %5059, %5895 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%5897 = reshape %5896 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5898 = reshape %5897 : f32[64] @ models/lib/nn.yaml:84:18
%5899 = add %4852, %5898 : f32[64] @ models/lib/nn.yaml:84:18
%5900 = matmul %5894, %18 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5901 = reshape %2591 : f32[64,16] @ models/lib/nn.yaml:83:15
%5902 = reshape %5894 : f32[64,64] @ models/lib/nn.yaml:83:15
%5903 = matmul %5902, %5901 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%5904 = add %4856, %5903 : f32[64,16] @ models/lib/nn.yaml:83:15
%5905 = reshape %5900 : f32[64,16] @ models/lib/nn.yaml:96:46
%5906 = matmul %5059, %5905 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5907 = reshape %5906 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5908 = reshape %5907 : f32[16] @ models/lib/nn.yaml:96:46
%5909 = add %4858, %5908 : f32[16] @ models/lib/nn.yaml:96:46
%5910 = mul %5900, %2587 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5911 = reshape %5910 : f32[64,16] @ models/lib/nn.yaml:96:37
%5912 = matmul %5059, %5911 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5913 = reshape %5912 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5914 = reshape %5913 : f32[16] @ models/lib/nn.yaml:96:37
%5915 = add %4861, %5914 : f32[16] @ models/lib/nn.yaml:96:37
%5916 = mul %5900, %2588 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5917 = mul %5916, %2586 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5918 = mul %5900, %2588 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5919 = mul %5918, %2580 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5920 = reduce_sum %5919 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5921 = mul %2585, %2585 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5922 = mul %2585, %5921 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5923 = mul %5922, %5715 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5924 = mul %5920, %5923 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5925 = div %5924, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5926 = broadcast %5925 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5927 = mul %5926, %2580 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5928 = add %5917, %5927 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5929 = add %5928, %5927 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5930 = add %5866, %5929 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5931 = neg %5929 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5932 = reduce_sum %5931 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5933 = div %5932, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5934 = broadcast %5933 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5935 = add %5930, %5934 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5936 = reshape %5935 : f32[64,16] @ models/lib/nn.yaml:84:18
%5937 = matmul %5059, %5936 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5938 = reshape %5937 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5939 = reshape %5938 : f32[16] @ models/lib/nn.yaml:84:18
%5940 = add %4883, %5939 : f32[16] @ models/lib/nn.yaml:84:18
%5941 = matmul %5935, %14 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5942 = reshape %2571 : f32[64,16] @ models/lib/nn.yaml:83:15
%5943 = reshape %5935 : f32[64,16] @ models/lib/nn.yaml:83:15
%5944 = matmul %5943, %5942 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%5945 = add %4887, %5944 : f32[16,16] @ models/lib/nn.yaml:83:15
%5946 = reshape %5941 : f32[4,16,2,8] @ models/lib/nn.yaml:57:16
%5947 = permute %5946 perm=[0,2,1,3] : f32[4,2,16,8] @ models/lib/nn.yaml:56:13
%5948 = permute %2505 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%5949 = slice %5947 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5950 = broadcast %5949 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5951 = slice %5948 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5952 = broadcast %5951 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5953 = mul %5950, %5952 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5954 = slice %5947 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5955 = broadcast %5954 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5956 = slice %5948 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5957 = broadcast %5956 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5958 = mul %5955, %5957 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5959 = add %5953, %5958 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5960 = slice %5947 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5961 = broadcast %5960 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5962 = slice %5948 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5963 = broadcast %5962 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5964 = mul %5961, %5963 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5965 = add %5959, %5964 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5966 = slice %5947 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5967 = broadcast %5966 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5968 = slice %5948 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5969 = broadcast %5968 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5970 = mul %5967, %5969 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5971 = add %5965, %5970 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5972 = slice %5947 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5973 = broadcast %5972 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5974 = slice %5948 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5975 = broadcast %5974 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5976 = mul %5973, %5975 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5977 = add %5971, %5976 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5978 = slice %5947 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5979 = broadcast %5978 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5980 = slice %5948 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5981 = broadcast %5980 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5982 = mul %5979, %5981 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5983 = add %5977, %5982 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5984 = slice %5947 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5985 = broadcast %5984 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5986 = slice %5948 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5987 = broadcast %5986 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5988 = mul %5985, %5987 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5989 = add %5983, %5988 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5990 = slice %5947 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5991 = broadcast %5990 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5992 = slice %5948 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5993 = broadcast %5992 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5994 = mul %5991, %5993 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5995 = add %5989, %5994 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5996 = permute %2564 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5997 = reshape %5996 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%5998 = broadcast %5997 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5999 = reshape %5947 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%6000 = broadcast %5999 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6001 = mul %5998, %6000 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6002 = reduce_sum %6001 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6003 = div %5995, %2562 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6004 = mul %6003, %2564 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6005 = neg %6004 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6006 = reduce_sum %6005 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%6007 = broadcast %6006 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6008 = add %6003, %6007 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6009 = exp %2559 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6010 = mul %6008, %6009 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6011 = mul %6010, %253 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%6012 = reshape %6011 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6013 = broadcast %6012 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6014 = reshape %2503 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6015 = broadcast %6014 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6016 = mul %6013, %6015 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6017 = reduce_sum %6016 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6018 = permute %6011 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6019 = reshape %6018 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6020 = broadcast %6019 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6021 = reshape %2501 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6022 = broadcast %6021 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6023 = mul %6020, %6022 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6024 = reduce_sum %6023 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6025 = reshape %6002 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%6026 = reshape %6024 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%6027 = reshape %6017 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%6028 = concat %6027, %6026, %6025 axis=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%6029 = permute %6028 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%6030 = reshape %6029 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%6031 = reshape %6030 : f32[64,48] @ models/lib/nn.yaml:84:18
%6032 = matmul %5059, %6031 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%6033 = reshape %6032 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%6034 = reshape %6033 : f32[48] @ models/lib/nn.yaml:84:18
%6035 = add %4974, %6034 : f32[48] @ models/lib/nn.yaml:84:18
%6036 = matmul %6030, %12 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%6037 = reshape %2494 : f32[64,16] @ models/lib/nn.yaml:83:15
%6038 = reshape %6029 : f32[64,48] @ models/lib/nn.yaml:83:15
%6039 = matmul %6038, %6037 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%6040 = add %4978, %6039 : f32[48,16] @ models/lib/nn.yaml:83:15
%6041 = reshape %6036 : f32[64,16] @ models/lib/nn.yaml:96:46
%6042 = matmul %5059, %6041 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6043 = reshape %6042 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6044 = reshape %6043 : f32[16] @ models/lib/nn.yaml:96:46
%6045 = add %4980, %6044 : f32[16] @ models/lib/nn.yaml:96:46
%6046 = mul %6036, %2490 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6047 = reshape %6046 : f32[64,16] @ models/lib/nn.yaml:96:37
%6048 = matmul %5059, %6047 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6049 = reshape %6048 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6050 = reshape %6049 : f32[16] @ models/lib/nn.yaml:96:37
%6051 = add %4983, %6050 : f32[16] @ models/lib/nn.yaml:96:37
%6052 = mul %6036, %2491 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6053 = mul %6052, %2489 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6054 = mul %6036, %2491 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6055 = mul %6054, %2483 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6056 = reduce_sum %6055 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6057 = mul %2488, %2488 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6058 = mul %2488, %6057 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6059 = mul %6058, %5715 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6060 = mul %6056, %6059 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6061 = div %6060, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6062 = broadcast %6061 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6063 = mul %6062, %2483 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6064 = add %6053, %6063 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6065 = add %6064, %6063 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6066 = add %5935, %6065 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6067 = neg %6065 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6068 = reduce_sum %6067 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6069 = div %6068, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6070 = broadcast %6069 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6071 = add %6066, %6070 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6072 = reduce_sum %6071 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%6073 = add %5013, %6072 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%6074 = reshape %6071 : f32[64,16] @ models/lib/vit.yaml:17:71
%6075 = matmul %5059, %6074 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%6076 = reshape %6075 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%6077 = reshape %6076 : f32[16] @ models/lib/vit.yaml:17:71
%6078 = add %5015, %6077 : f32[16] @ models/lib/vit.yaml:17:71
%6079 = reshape %166 : f32[64,48] @ models/lib/vit.yaml:17:18
%6080 = reshape %6071 : f32[64,16] @ models/lib/vit.yaml:17:18
%6081 = matmul %6080, %6079 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%6082 = reshape %6081 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6083 = add %5019, %6082 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6084 = all_reduce_sum %6073 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6085 = reshape %6084 : f32[256] @ models/lib/vit.yaml:48:7
%6086 = mul %6085, %6085 : f32[256] @ models/lib/vit.yaml:48:7
%6087 = reduce_sum %6086 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%6088 = sqrt %6087 : f32[] @ models/lib/vit.yaml:48:7
%6089 = cast %6088 : f64[] @ models/lib/vit.yaml:48:7
%6090 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%6091 = add %6089, %6090 : f64[] @ models/lib/vit.yaml:48:7
%6092 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%6093 = div %6092, %6091 : f64[] @ models/lib/vit.yaml:48:7
%6094 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%6095 = lt %6093, %6094 : bool[] @ models/lib/vit.yaml:48:7
%6096 = cast %6093 : f32[] @ models/lib/vit.yaml:48:7
%6097 = broadcast %6096 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6098 = mul %6084, %6097 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6099 = broadcast %6095 : bool[1,16,16] @ models/lib/vit.yaml:48:7
%6100 = select %6099, %6098, %6084 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6101 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6102 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6103 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%6104 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%6105 = add %6103, %6104 : i64[] @ models/lib/vit.yaml:48:7
%6106 = mul %3958, %3959 : f64[] @ models/lib/vit.yaml:48:7
%6107 = sub %6094, %6106 : f64[] @ models/lib/vit.yaml:48:7
%6108 = cast %6107 : f32[] @ models/lib/vit.yaml:48:7
%6109 = broadcast %6108 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6110 = mul %7, %6109 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6111 = broadcast %3683 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6112 = mul %6100, %6111 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6113 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%6114 = broadcast %2701 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6115 = mul %6101, %6114 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6116 = add %6115, %6112 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6117 = mul %6100, %6100 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6118 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%6119 = broadcast %6118 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6120 = mul %6117, %6119 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6121 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%6122 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%6123 = broadcast %6122 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6124 = mul %6102, %6123 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6125 = add %6124, %6120 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6126 = cast %6105 : f64[] @ models/lib/vit.yaml:48:7
%6127 = pow %6113, %6126 : f64[] @ models/lib/vit.yaml:48:7
%6128 = sub %6094, %6127 : f64[] @ models/lib/vit.yaml:48:7
%6129 = div %3958, %6128 : f64[] @ models/lib/vit.yaml:48:7
%6130 = pow %6121, %6126 : f64[] @ models/lib/vit.yaml:48:7
%6131 = sub %6094, %6130 : f64[] @ models/lib/vit.yaml:48:7
%6132 = sqrt %6131 : f64[] @ models/lib/vit.yaml:48:7
%6133 = div %6094, %6132 : f64[] @ models/lib/vit.yaml:48:7
%6134 = sqrt %6125 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6135 = cast %6133 : f32[] @ models/lib/vit.yaml:48:7
%6136 = broadcast %6135 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6137 = mul %6134, %6136 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6138 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%6139 = broadcast %6138 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6140 = add %6137, %6139 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6141 = div %6116, %6140 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6142 = cast %6129 : f32[] @ models/lib/vit.yaml:48:7
%6143 = broadcast %6142 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6144 = mul %6141, %6143 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6145 = sub %6110, %6144 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6146 = assign %7, %6145 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6147 = assign %6101, %6116 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6148 = assign %6102, %6125 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6149 = assign %6103, %6105 : i64[] @ models/lib/vit.yaml:48:7
%6150 = broadcast %3 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6151 = mul %85, %6150 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6152 = sub %6094, %3960 : f64[] @ models/lib/vit.yaml:48:7
%6153 = cast %6152 : f32[] @ models/lib/vit.yaml:48:7
%6154 = broadcast %6153 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6155 = mul %6145, %6154 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6156 = add %6151, %6155 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6157 = assign %85, %6156 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6158 = all_reduce_sum %6083 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6159 = reshape %6158 : f32[768] @ models/lib/vit.yaml:9:7
%6160 = mul %6159, %6159 : f32[768] @ models/lib/vit.yaml:9:7
%6161 = reduce_sum %6160 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%6162 = sqrt %6161 : f32[] @ models/lib/vit.yaml:9:7
%6163 = cast %6162 : f64[] @ models/lib/vit.yaml:9:7
%6164 = add %6163, %6090 : f64[] @ models/lib/vit.yaml:9:7
%6165 = div %6092, %6164 : f64[] @ models/lib/vit.yaml:9:7
%6166 = lt %6165, %6094 : bool[] @ models/lib/vit.yaml:9:7
%6167 = cast %6165 : f32[] @ models/lib/vit.yaml:9:7
%6168 = broadcast %6167 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6169 = mul %6158, %6168 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6170 = broadcast %6166 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%6171 = select %6170, %6169, %6158 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6172 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6173 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6174 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%6175 = add %6174, %6104 : i64[] @ models/lib/vit.yaml:9:7
%6176 = broadcast %6108 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6177 = mul %8, %6176 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6178 = broadcast %3683 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6179 = mul %6171, %6178 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6180 = broadcast %2701 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6181 = mul %6172, %6180 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6182 = add %6181, %6179 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6183 = mul %6171, %6171 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6184 = broadcast %6118 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6185 = mul %6183, %6184 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6186 = broadcast %6122 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6187 = mul %6173, %6186 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6188 = add %6187, %6185 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6189 = cast %6175 : f64[] @ models/lib/vit.yaml:9:7
%6190 = pow %6113, %6189 : f64[] @ models/lib/vit.yaml:9:7
%6191 = sub %6094, %6190 : f64[] @ models/lib/vit.yaml:9:7
%6192 = div %3958, %6191 : f64[] @ models/lib/vit.yaml:9:7
%6193 = pow %6121, %6189 : f64[] @ models/lib/vit.yaml:9:7
%6194 = sub %6094, %6193 : f64[] @ models/lib/vit.yaml:9:7
%6195 = sqrt %6194 : f64[] @ models/lib/vit.yaml:9:7
%6196 = div %6094, %6195 : f64[] @ models/lib/vit.yaml:9:7
%6197 = sqrt %6188 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6198 = cast %6196 : f32[] @ models/lib/vit.yaml:9:7
%6199 = broadcast %6198 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6200 = mul %6197, %6199 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6201 = broadcast %6138 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6202 = add %6200, %6201 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6203 = div %6182, %6202 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6204 = cast %6192 : f32[] @ models/lib/vit.yaml:9:7
%6205 = broadcast %6204 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6206 = mul %6203, %6205 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6207 = sub %6177, %6206 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6208 = assign %8, %6207 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6209 = assign %6172, %6182 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6210 = assign %6173, %6188 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6211 = assign %6174, %6175 : i64[] @ models/lib/vit.yaml:9:7
%6212 = broadcast %3 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6213 = mul %86, %6212 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6214 = broadcast %6153 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6215 = mul %6207, %6214 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6216 = add %6213, %6215 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6217 = assign %86, %6216 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6218 = all_reduce_sum %6078 : f32[16] @ models/lib/vit.yaml:10:7
%6219 = mul %6218, %6218 : f32[16] @ models/lib/vit.yaml:10:7
%6220 = reduce_sum %6219 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%6221 = sqrt %6220 : f32[] @ models/lib/vit.yaml:10:7
%6222 = cast %6221 : f64[] @ models/lib/vit.yaml:10:7
%6223 = add %6222, %6090 : f64[] @ models/lib/vit.yaml:10:7
%6224 = div %6092, %6223 : f64[] @ models/lib/vit.yaml:10:7
%6225 = lt %6224, %6094 : bool[] @ models/lib/vit.yaml:10:7
%6226 = cast %6224 : f32[] @ models/lib/vit.yaml:10:7
%6227 = broadcast %6226 : f32[16] @ models/lib/vit.yaml:10:7
%6228 = mul %6218, %6227 : f32[16] @ models/lib/vit.yaml:10:7
%6229 = broadcast %6225 : bool[16] @ models/lib/vit.yaml:10:7
%6230 = select %6229, %6228, %6218 : f32[16] @ models/lib/vit.yaml:10:7
%6231 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%6232 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%6233 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%6234 = add %6233, %6104 : i64[] @ models/lib/vit.yaml:10:7
%6235 = broadcast %3683 : f32[16] @ models/lib/vit.yaml:10:7
%6236 = mul %6230, %6235 : f32[16] @ models/lib/vit.yaml:10:7
%6237 = broadcast %2701 : f32[16] @ models/lib/vit.yaml:10:7
%6238 = mul %6231, %6237 : f32[16] @ models/lib/vit.yaml:10:7
%6239 = add %6238, %6236 : f32[16] @ models/lib/vit.yaml:10:7
%6240 = mul %6230, %6230 : f32[16] @ models/lib/vit.yaml:10:7
%6241 = broadcast %6118 : f32[16] @ models/lib/vit.yaml:10:7
%6242 = mul %6240, %6241 : f32[16] @ models/lib/vit.yaml:10:7
%6243 = broadcast %6122 : f32[16] @ models/lib/vit.yaml:10:7
%6244 = mul %6232, %6243 : f32[16] @ models/lib/vit.yaml:10:7
%6245 = add %6244, %6242 : f32[16] @ models/lib/vit.yaml:10:7
%6246 = cast %6234 : f64[] @ models/lib/vit.yaml:10:7
%6247 = pow %6113, %6246 : f64[] @ models/lib/vit.yaml:10:7
%6248 = sub %6094, %6247 : f64[] @ models/lib/vit.yaml:10:7
%6249 = div %3958, %6248 : f64[] @ models/lib/vit.yaml:10:7
%6250 = pow %6121, %6246 : f64[] @ models/lib/vit.yaml:10:7
%6251 = sub %6094, %6250 : f64[] @ models/lib/vit.yaml:10:7
%6252 = sqrt %6251 : f64[] @ models/lib/vit.yaml:10:7
%6253 = div %6094, %6252 : f64[] @ models/lib/vit.yaml:10:7
%6254 = sqrt %6245 : f32[16] @ models/lib/vit.yaml:10:7
%6255 = cast %6253 : f32[] @ models/lib/vit.yaml:10:7
%6256 = broadcast %6255 : f32[16] @ models/lib/vit.yaml:10:7
%6257 = mul %6254, %6256 : f32[16] @ models/lib/vit.yaml:10:7
%6258 = broadcast %6138 : f32[16] @ models/lib/vit.yaml:10:7
%6259 = add %6257, %6258 : f32[16] @ models/lib/vit.yaml:10:7
%6260 = div %6239, %6259 : f32[16] @ models/lib/vit.yaml:10:7
%6261 = cast %6249 : f32[] @ models/lib/vit.yaml:10:7
%6262 = broadcast %6261 : f32[16] @ models/lib/vit.yaml:10:7
%6263 = mul %6260, %6262 : f32[16] @ models/lib/vit.yaml:10:7
%6264 = sub %9, %6263 : f32[16] @ models/lib/vit.yaml:10:7
%6265 = assign %9, %6264 : f32[16] @ models/lib/vit.yaml:10:7
%6266 = assign %6231, %6239 : f32[16] @ models/lib/vit.yaml:10:7
%6267 = assign %6232, %6245 : f32[16] @ models/lib/vit.yaml:10:7
%6268 = assign %6233, %6234 : i64[] @ models/lib/vit.yaml:10:7
%6269 = broadcast %3 : f32[16] @ models/lib/vit.yaml:10:7
%6270 = mul %87, %6269 : f32[16] @ models/lib/vit.yaml:10:7
%6271 = broadcast %6153 : f32[16] @ models/lib/vit.yaml:10:7
%6272 = mul %6264, %6271 : f32[16] @ models/lib/vit.yaml:10:7
%6273 = add %6270, %6272 : f32[16] @ models/lib/vit.yaml:10:7
%6274 = assign %87, %6273 : f32[16] @ models/lib/vit.yaml:10:7
%6275 = all_reduce_sum %6051 : f32[16] @ models/lib/nn.yaml:89:7
%6276 = mul %6275, %6275 : f32[16] @ models/lib/nn.yaml:89:7
%6277 = reduce_sum %6276 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6278 = sqrt %6277 : f32[] @ models/lib/nn.yaml:89:7
%6279 = cast %6278 : f64[] @ models/lib/nn.yaml:89:7
%6280 = add %6279, %6090 : f64[] @ models/lib/nn.yaml:89:7
%6281 = div %6092, %6280 : f64[] @ models/lib/nn.yaml:89:7
%6282 = lt %6281, %6094 : bool[] @ models/lib/nn.yaml:89:7
%6283 = cast %6281 : f32[] @ models/lib/nn.yaml:89:7
%6284 = broadcast %6283 : f32[16] @ models/lib/nn.yaml:89:7
%6285 = mul %6275, %6284 : f32[16] @ models/lib/nn.yaml:89:7
%6286 = broadcast %6282 : bool[16] @ models/lib/nn.yaml:89:7
%6287 = select %6286, %6285, %6275 : f32[16] @ models/lib/nn.yaml:89:7
%6288 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6289 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6290 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6291 = add %6290, %6104 : i64[] @ models/lib/nn.yaml:89:7
%6292 = mul %6287, %6235 : f32[16] @ models/lib/nn.yaml:89:7
%6293 = mul %6288, %6237 : f32[16] @ models/lib/nn.yaml:89:7
%6294 = add %6293, %6292 : f32[16] @ models/lib/nn.yaml:89:7
%6295 = mul %6287, %6287 : f32[16] @ models/lib/nn.yaml:89:7
%6296 = mul %6295, %6241 : f32[16] @ models/lib/nn.yaml:89:7
%6297 = mul %6289, %6243 : f32[16] @ models/lib/nn.yaml:89:7
%6298 = add %6297, %6296 : f32[16] @ models/lib/nn.yaml:89:7
%6299 = cast %6291 : f64[] @ models/lib/nn.yaml:89:7
%6300 = pow %6113, %6299 : f64[] @ models/lib/nn.yaml:89:7
%6301 = sub %6094, %6300 : f64[] @ models/lib/nn.yaml:89:7
%6302 = div %3958, %6301 : f64[] @ models/lib/nn.yaml:89:7
%6303 = pow %6121, %6299 : f64[] @ models/lib/nn.yaml:89:7
%6304 = sub %6094, %6303 : f64[] @ models/lib/nn.yaml:89:7
%6305 = sqrt %6304 : f64[] @ models/lib/nn.yaml:89:7
%6306 = div %6094, %6305 : f64[] @ models/lib/nn.yaml:89:7
%6307 = sqrt %6298 : f32[16] @ models/lib/nn.yaml:89:7
%6308 = cast %6306 : f32[] @ models/lib/nn.yaml:89:7
%6309 = broadcast %6308 : f32[16] @ models/lib/nn.yaml:89:7
%6310 = mul %6307, %6309 : f32[16] @ models/lib/nn.yaml:89:7
%6311 = add %6310, %6258 : f32[16] @ models/lib/nn.yaml:89:7
%6312 = div %6294, %6311 : f32[16] @ models/lib/nn.yaml:89:7
%6313 = cast %6302 : f32[] @ models/lib/nn.yaml:89:7
%6314 = broadcast %6313 : f32[16] @ models/lib/nn.yaml:89:7
%6315 = mul %6312, %6314 : f32[16] @ models/lib/nn.yaml:89:7
%6316 = sub %10, %6315 : f32[16] @ models/lib/nn.yaml:89:7
%6317 = assign %10, %6316 : f32[16] @ models/lib/nn.yaml:89:7
%6318 = assign %6288, %6294 : f32[16] @ models/lib/nn.yaml:89:7
%6319 = assign %6289, %6298 : f32[16] @ models/lib/nn.yaml:89:7
%6320 = assign %6290, %6291 : i64[] @ models/lib/nn.yaml:89:7
%6321 = mul %88, %6269 : f32[16] @ models/lib/nn.yaml:89:7
%6322 = mul %6316, %6271 : f32[16] @ models/lib/nn.yaml:89:7
%6323 = add %6321, %6322 : f32[16] @ models/lib/nn.yaml:89:7
%6324 = assign %88, %6323 : f32[16] @ models/lib/nn.yaml:89:7
%6325 = all_reduce_sum %6045 : f32[16] @ models/lib/nn.yaml:90:7
%6326 = mul %6325, %6325 : f32[16] @ models/lib/nn.yaml:90:7
%6327 = reduce_sum %6326 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6328 = sqrt %6327 : f32[] @ models/lib/nn.yaml:90:7
%6329 = cast %6328 : f64[] @ models/lib/nn.yaml:90:7
%6330 = add %6329, %6090 : f64[] @ models/lib/nn.yaml:90:7
%6331 = div %6092, %6330 : f64[] @ models/lib/nn.yaml:90:7
%6332 = lt %6331, %6094 : bool[] @ models/lib/nn.yaml:90:7
%6333 = cast %6331 : f32[] @ models/lib/nn.yaml:90:7
%6334 = broadcast %6333 : f32[16] @ models/lib/nn.yaml:90:7
%6335 = mul %6325, %6334 : f32[16] @ models/lib/nn.yaml:90:7
%6336 = broadcast %6332 : bool[16] @ models/lib/nn.yaml:90:7
%6337 = select %6336, %6335, %6325 : f32[16] @ models/lib/nn.yaml:90:7
%6338 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6339 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6340 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6341 = add %6340, %6104 : i64[] @ models/lib/nn.yaml:90:7
%6342 = mul %6337, %6235 : f32[16] @ models/lib/nn.yaml:90:7
%6343 = mul %6338, %6237 : f32[16] @ models/lib/nn.yaml:90:7
%6344 = add %6343, %6342 : f32[16] @ models/lib/nn.yaml:90:7
%6345 = mul %6337, %6337 : f32[16] @ models/lib/nn.yaml:90:7
%6346 = mul %6345, %6241 : f32[16] @ models/lib/nn.yaml:90:7
%6347 = mul %6339, %6243 : f32[16] @ models/lib/nn.yaml:90:7
%6348 = add %6347, %6346 : f32[16] @ models/lib/nn.yaml:90:7
%6349 = cast %6341 : f64[] @ models/lib/nn.yaml:90:7
%6350 = pow %6113, %6349 : f64[] @ models/lib/nn.yaml:90:7
%6351 = sub %6094, %6350 : f64[] @ models/lib/nn.yaml:90:7
%6352 = div %3958, %6351 : f64[] @ models/lib/nn.yaml:90:7
%6353 = pow %6121, %6349 : f64[] @ models/lib/nn.yaml:90:7
%6354 = sub %6094, %6353 : f64[] @ models/lib/nn.yaml:90:7
%6355 = sqrt %6354 : f64[] @ models/lib/nn.yaml:90:7
%6356 = div %6094, %6355 : f64[] @ models/lib/nn.yaml:90:7
%6357 = sqrt %6348 : f32[16] @ models/lib/nn.yaml:90:7
%6358 = cast %6356 : f32[] @ models/lib/nn.yaml:90:7
%6359 = broadcast %6358 : f32[16] @ models/lib/nn.yaml:90:7
%6360 = mul %6357, %6359 : f32[16] @ models/lib/nn.yaml:90:7
%6361 = add %6360, %6258 : f32[16] @ models/lib/nn.yaml:90:7
%6362 = div %6344, %6361 : f32[16] @ models/lib/nn.yaml:90:7
%6363 = cast %6352 : f32[] @ models/lib/nn.yaml:90:7
%6364 = broadcast %6363 : f32[16] @ models/lib/nn.yaml:90:7
%6365 = mul %6362, %6364 : f32[16] @ models/lib/nn.yaml:90:7
%6366 = sub %11, %6365 : f32[16] @ models/lib/nn.yaml:90:7
%6367 = assign %11, %6366 : f32[16] @ models/lib/nn.yaml:90:7
%6368 = assign %6338, %6344 : f32[16] @ models/lib/nn.yaml:90:7
%6369 = assign %6339, %6348 : f32[16] @ models/lib/nn.yaml:90:7
%6370 = assign %6340, %6341 : i64[] @ models/lib/nn.yaml:90:7
%6371 = mul %89, %6269 : f32[16] @ models/lib/nn.yaml:90:7
%6372 = mul %6366, %6271 : f32[16] @ models/lib/nn.yaml:90:7
%6373 = add %6371, %6372 : f32[16] @ models/lib/nn.yaml:90:7
%6374 = assign %89, %6373 : f32[16] @ models/lib/nn.yaml:90:7
%6375 = all_reduce_sum %6040 : f32[48,16] @ models/lib/nn.yaml:79:7
%6376 = reshape %6375 : f32[768] @ models/lib/nn.yaml:79:7
%6377 = mul %6376, %6376 : f32[768] @ models/lib/nn.yaml:79:7
%6378 = reduce_sum %6377 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6379 = sqrt %6378 : f32[] @ models/lib/nn.yaml:79:7
%6380 = cast %6379 : f64[] @ models/lib/nn.yaml:79:7
%6381 = add %6380, %6090 : f64[] @ models/lib/nn.yaml:79:7
%6382 = div %6092, %6381 : f64[] @ models/lib/nn.yaml:79:7
%6383 = lt %6382, %6094 : bool[] @ models/lib/nn.yaml:79:7
%6384 = cast %6382 : f32[] @ models/lib/nn.yaml:79:7
%6385 = broadcast %6384 : f32[48,16] @ models/lib/nn.yaml:79:7
%6386 = mul %6375, %6385 : f32[48,16] @ models/lib/nn.yaml:79:7
%6387 = broadcast %6383 : bool[48,16] @ models/lib/nn.yaml:79:7
%6388 = select %6387, %6386, %6375 : f32[48,16] @ models/lib/nn.yaml:79:7
%6389 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6390 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6391 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6392 = add %6391, %6104 : i64[] @ models/lib/nn.yaml:79:7
%6393 = broadcast %6108 : f32[48,16] @ models/lib/nn.yaml:79:7
%6394 = mul %12, %6393 : f32[48,16] @ models/lib/nn.yaml:79:7
%6395 = broadcast %3683 : f32[48,16] @ models/lib/nn.yaml:79:7
%6396 = mul %6388, %6395 : f32[48,16] @ models/lib/nn.yaml:79:7
%6397 = broadcast %2701 : f32[48,16] @ models/lib/nn.yaml:79:7
%6398 = mul %6389, %6397 : f32[48,16] @ models/lib/nn.yaml:79:7
%6399 = add %6398, %6396 : f32[48,16] @ models/lib/nn.yaml:79:7
%6400 = mul %6388, %6388 : f32[48,16] @ models/lib/nn.yaml:79:7
%6401 = broadcast %6118 : f32[48,16] @ models/lib/nn.yaml:79:7
%6402 = mul %6400, %6401 : f32[48,16] @ models/lib/nn.yaml:79:7
%6403 = broadcast %6122 : f32[48,16] @ models/lib/nn.yaml:79:7
%6404 = mul %6390, %6403 : f32[48,16] @ models/lib/nn.yaml:79:7
%6405 = add %6404, %6402 : f32[48,16] @ models/lib/nn.yaml:79:7
%6406 = cast %6392 : f64[] @ models/lib/nn.yaml:79:7
%6407 = pow %6113, %6406 : f64[] @ models/lib/nn.yaml:79:7
%6408 = sub %6094, %6407 : f64[] @ models/lib/nn.yaml:79:7
%6409 = div %3958, %6408 : f64[] @ models/lib/nn.yaml:79:7
%6410 = pow %6121, %6406 : f64[] @ models/lib/nn.yaml:79:7
%6411 = sub %6094, %6410 : f64[] @ models/lib/nn.yaml:79:7
%6412 = sqrt %6411 : f64[] @ models/lib/nn.yaml:79:7
%6413 = div %6094, %6412 : f64[] @ models/lib/nn.yaml:79:7
%6414 = sqrt %6405 : f32[48,16] @ models/lib/nn.yaml:79:7
%6415 = cast %6413 : f32[] @ models/lib/nn.yaml:79:7
%6416 = broadcast %6415 : f32[48,16] @ models/lib/nn.yaml:79:7
%6417 = mul %6414, %6416 : f32[48,16] @ models/lib/nn.yaml:79:7
%6418 = broadcast %6138 : f32[48,16] @ models/lib/nn.yaml:79:7
%6419 = add %6417, %6418 : f32[48,16] @ models/lib/nn.yaml:79:7
%6420 = div %6399, %6419 : f32[48,16] @ models/lib/nn.yaml:79:7
%6421 = cast %6409 : f32[] @ models/lib/nn.yaml:79:7
%6422 = broadcast %6421 : f32[48,16] @ models/lib/nn.yaml:79:7
%6423 = mul %6420, %6422 : f32[48,16] @ models/lib/nn.yaml:79:7
%6424 = sub %6394, %6423 : f32[48,16] @ models/lib/nn.yaml:79:7
%6425 = assign %12, %6424 : f32[48,16] @ models/lib/nn.yaml:79:7
%6426 = assign %6389, %6399 : f32[48,16] @ models/lib/nn.yaml:79:7
%6427 = assign %6390, %6405 : f32[48,16] @ models/lib/nn.yaml:79:7
%6428 = assign %6391, %6392 : i64[] @ models/lib/nn.yaml:79:7
%6429 = broadcast %3 : f32[48,16] @ models/lib/nn.yaml:79:7
%6430 = mul %90, %6429 : f32[48,16] @ models/lib/nn.yaml:79:7
%6431 = broadcast %6153 : f32[48,16] @ models/lib/nn.yaml:79:7
%6432 = mul %6424, %6431 : f32[48,16] @ models/lib/nn.yaml:79:7
%6433 = add %6430, %6432 : f32[48,16] @ models/lib/nn.yaml:79:7
%6434 = assign %90, %6433 : f32[48,16] @ models/lib/nn.yaml:79:7
%6435 = all_reduce_sum %6035 : f32[48] @ models/lib/nn.yaml:80:7
%6436 = mul %6435, %6435 : f32[48] @ models/lib/nn.yaml:80:7
%6437 = reduce_sum %6436 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6438 = sqrt %6437 : f32[] @ models/lib/nn.yaml:80:7
%6439 = cast %6438 : f64[] @ models/lib/nn.yaml:80:7
%6440 = add %6439, %6090 : f64[] @ models/lib/nn.yaml:80:7
%6441 = div %6092, %6440 : f64[] @ models/lib/nn.yaml:80:7
%6442 = lt %6441, %6094 : bool[] @ models/lib/nn.yaml:80:7
%6443 = cast %6441 : f32[] @ models/lib/nn.yaml:80:7
%6444 = broadcast %6443 : f32[48] @ models/lib/nn.yaml:80:7
%6445 = mul %6435, %6444 : f32[48] @ models/lib/nn.yaml:80:7
%6446 = broadcast %6442 : bool[48] @ models/lib/nn.yaml:80:7
%6447 = select %6446, %6445, %6435 : f32[48] @ models/lib/nn.yaml:80:7
%6448 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6449 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6450 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6451 = add %6450, %6104 : i64[] @ models/lib/nn.yaml:80:7
%6452 = broadcast %3683 : f32[48] @ models/lib/nn.yaml:80:7
%6453 = mul %6447, %6452 : f32[48] @ models/lib/nn.yaml:80:7
%6454 = broadcast %2701 : f32[48] @ models/lib/nn.yaml:80:7
%6455 = mul %6448, %6454 : f32[48] @ models/lib/nn.yaml:80:7
%6456 = add %6455, %6453 : f32[48] @ models/lib/nn.yaml:80:7
%6457 = mul %6447, %6447 : f32[48] @ models/lib/nn.yaml:80:7
%6458 = broadcast %6118 : f32[48] @ models/lib/nn.yaml:80:7
%6459 = mul %6457, %6458 : f32[48] @ models/lib/nn.yaml:80:7
%6460 = broadcast %6122 : f32[48] @ models/lib/nn.yaml:80:7
%6461 = mul %6449, %6460 : f32[48] @ models/lib/nn.yaml:80:7
%6462 = add %6461, %6459 : f32[48] @ models/lib/nn.yaml:80:7
%6463 = cast %6451 : f64[] @ models/lib/nn.yaml:80:7
%6464 = pow %6113, %6463 : f64[] @ models/lib/nn.yaml:80:7
%6465 = sub %6094, %6464 : f64[] @ models/lib/nn.yaml:80:7
%6466 = div %3958, %6465 : f64[] @ models/lib/nn.yaml:80:7
%6467 = pow %6121, %6463 : f64[] @ models/lib/nn.yaml:80:7
%6468 = sub %6094, %6467 : f64[] @ models/lib/nn.yaml:80:7
%6469 = sqrt %6468 : f64[] @ models/lib/nn.yaml:80:7
%6470 = div %6094, %6469 : f64[] @ models/lib/nn.yaml:80:7
%6471 = sqrt %6462 : f32[48] @ models/lib/nn.yaml:80:7
%6472 = cast %6470 : f32[] @ models/lib/nn.yaml:80:7
%6473 = broadcast %6472 : f32[48] @ models/lib/nn.yaml:80:7
%6474 = mul %6471, %6473 : f32[48] @ models/lib/nn.yaml:80:7
%6475 = broadcast %6138 : f32[48] @ models/lib/nn.yaml:80:7
%6476 = add %6474, %6475 : f32[48] @ models/lib/nn.yaml:80:7
%6477 = div %6456, %6476 : f32[48] @ models/lib/nn.yaml:80:7
%6478 = cast %6466 : f32[] @ models/lib/nn.yaml:80:7
%6479 = broadcast %6478 : f32[48] @ models/lib/nn.yaml:80:7
%6480 = mul %6477, %6479 : f32[48] @ models/lib/nn.yaml:80:7
%6481 = sub %13, %6480 : f32[48] @ models/lib/nn.yaml:80:7
%6482 = assign %13, %6481 : f32[48] @ models/lib/nn.yaml:80:7
%6483 = assign %6448, %6456 : f32[48] @ models/lib/nn.yaml:80:7
%6484 = assign %6449, %6462 : f32[48] @ models/lib/nn.yaml:80:7
%6485 = assign %6450, %6451 : i64[] @ models/lib/nn.yaml:80:7
%6486 = broadcast %3 : f32[48] @ models/lib/nn.yaml:80:7
%6487 = mul %91, %6486 : f32[48] @ models/lib/nn.yaml:80:7
%6488 = broadcast %6153 : f32[48] @ models/lib/nn.yaml:80:7
%6489 = mul %6481, %6488 : f32[48] @ models/lib/nn.yaml:80:7
%6490 = add %6487, %6489 : f32[48] @ models/lib/nn.yaml:80:7
%6491 = assign %91, %6490 : f32[48] @ models/lib/nn.yaml:80:7
%6492 = all_reduce_sum %5945 : f32[16,16] @ models/lib/nn.yaml:79:7
%6493 = reshape %6492 : f32[256] @ models/lib/nn.yaml:79:7
%6494 = mul %6493, %6493 : f32[256] @ models/lib/nn.yaml:79:7
%6495 = reduce_sum %6494 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6496 = sqrt %6495 : f32[] @ models/lib/nn.yaml:79:7
%6497 = cast %6496 : f64[] @ models/lib/nn.yaml:79:7
%6498 = add %6497, %6090 : f64[] @ models/lib/nn.yaml:79:7
%6499 = div %6092, %6498 : f64[] @ models/lib/nn.yaml:79:7
%6500 = lt %6499, %6094 : bool[] @ models/lib/nn.yaml:79:7
%6501 = cast %6499 : f32[] @ models/lib/nn.yaml:79:7
%6502 = broadcast %6501 : f32[16,16] @ models/lib/nn.yaml:79:7
%6503 = mul %6492, %6502 : f32[16,16] @ models/lib/nn.yaml:79:7
%6504 = broadcast %6500 : bool[16,16] @ models/lib/nn.yaml:79:7
%6505 = select %6504, %6503, %6492 : f32[16,16] @ models/lib/nn.yaml:79:7
%6506 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6507 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6508 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6509 = add %6508, %6104 : i64[] @ models/lib/nn.yaml:79:7
%6510 = broadcast %6108 : f32[16,16] @ models/lib/nn.yaml:79:7
%6511 = mul %14, %6510 : f32[16,16] @ models/lib/nn.yaml:79:7
%6512 = broadcast %3683 : f32[16,16] @ models/lib/nn.yaml:79:7
%6513 = mul %6505, %6512 : f32[16,16] @ models/lib/nn.yaml:79:7
%6514 = broadcast %2701 : f32[16,16] @ models/lib/nn.yaml:79:7
%6515 = mul %6506, %6514 : f32[16,16] @ models/lib/nn.yaml:79:7
%6516 = add %6515, %6513 : f32[16,16] @ models/lib/nn.yaml:79:7
%6517 = mul %6505, %6505 : f32[16,16] @ models/lib/nn.yaml:79:7
%6518 = broadcast %6118 : f32[16,16] @ models/lib/nn.yaml:79:7
%6519 = mul %6517, %6518 : f32[16,16] @ models/lib/nn.yaml:79:7
%6520 = broadcast %6122 : f32[16,16] @ models/lib/nn.yaml:79:7
%6521 = mul %6507, %6520 : f32[16,16] @ models/lib/nn.yaml:79:7
%6522 = add %6521, %6519 : f32[16,16] @ models/lib/nn.yaml:79:7
%6523 = cast %6509 : f64[] @ models/lib/nn.yaml:79:7
%6524 = pow %6113, %6523 : f64[] @ models/lib/nn.yaml:79:7
%6525 = sub %6094, %6524 : f64[] @ models/lib/nn.yaml:79:7
%6526 = div %3958, %6525 : f64[] @ models/lib/nn.yaml:79:7
%6527 = pow %6121, %6523 : f64[] @ models/lib/nn.yaml:79:7
%6528 = sub %6094, %6527 : f64[] @ models/lib/nn.yaml:79:7
%6529 = sqrt %6528 : f64[] @ models/lib/nn.yaml:79:7
%6530 = div %6094, %6529 : f64[] @ models/lib/nn.yaml:79:7
%6531 = sqrt %6522 : f32[16,16] @ models/lib/nn.yaml:79:7
%6532 = cast %6530 : f32[] @ models/lib/nn.yaml:79:7
%6533 = broadcast %6532 : f32[16,16] @ models/lib/nn.yaml:79:7
%6534 = mul %6531, %6533 : f32[16,16] @ models/lib/nn.yaml:79:7
%6535 = broadcast %6138 : f32[16,16] @ models/lib/nn.yaml:79:7
%6536 = add %6534, %6535 : f32[16,16] @ models/lib/nn.yaml:79:7
%6537 = div %6516, %6536 : f32[16,16] @ models/lib/nn.yaml:79:7
%6538 = cast %6526 : f32[] @ models/lib/nn.yaml:79:7
%6539 = broadcast %6538 : f32[16,16] @ models/lib/nn.yaml:79:7
%6540 = mul %6537, %6539 : f32[16,16] @ models/lib/nn.yaml:79:7
%6541 = sub %6511, %6540 : f32[16,16] @ models/lib/nn.yaml:79:7
%6542 = assign %14, %6541 : f32[16,16] @ models/lib/nn.yaml:79:7
%6543 = assign %6506, %6516 : f32[16,16] @ models/lib/nn.yaml:79:7
%6544 = assign %6507, %6522 : f32[16,16] @ models/lib/nn.yaml:79:7
%6545 = assign %6508, %6509 : i64[] @ models/lib/nn.yaml:79:7
%6546 = broadcast %3 : f32[16,16] @ models/lib/nn.yaml:79:7
%6547 = mul %92, %6546 : f32[16,16] @ models/lib/nn.yaml:79:7
%6548 = broadcast %6153 : f32[16,16] @ models/lib/nn.yaml:79:7
%6549 = mul %6541, %6548 : f32[16,16] @ models/lib/nn.yaml:79:7
%6550 = add %6547, %6549 : f32[16,16] @ models/lib/nn.yaml:79:7
%6551 = assign %92, %6550 : f32[16,16] @ models/lib/nn.yaml:79:7
%6552 = all_reduce_sum %5940 : f32[16] @ models/lib/nn.yaml:80:7
%6553 = mul %6552, %6552 : f32[16] @ models/lib/nn.yaml:80:7
%6554 = reduce_sum %6553 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6555 = sqrt %6554 : f32[] @ models/lib/nn.yaml:80:7
%6556 = cast %6555 : f64[] @ models/lib/nn.yaml:80:7
%6557 = add %6556, %6090 : f64[] @ models/lib/nn.yaml:80:7
%6558 = div %6092, %6557 : f64[] @ models/lib/nn.yaml:80:7
%6559 = lt %6558, %6094 : bool[] @ models/lib/nn.yaml:80:7
%6560 = cast %6558 : f32[] @ models/lib/nn.yaml:80:7
%6561 = broadcast %6560 : f32[16] @ models/lib/nn.yaml:80:7
%6562 = mul %6552, %6561 : f32[16] @ models/lib/nn.yaml:80:7
%6563 = broadcast %6559 : bool[16] @ models/lib/nn.yaml:80:7
%6564 = select %6563, %6562, %6552 : f32[16] @ models/lib/nn.yaml:80:7
%6565 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6566 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6567 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6568 = add %6567, %6104 : i64[] @ models/lib/nn.yaml:80:7
%6569 = mul %6564, %6235 : f32[16] @ models/lib/nn.yaml:80:7
%6570 = mul %6565, %6237 : f32[16] @ models/lib/nn.yaml:80:7
%6571 = add %6570, %6569 : f32[16] @ models/lib/nn.yaml:80:7
%6572 = mul %6564, %6564 : f32[16] @ models/lib/nn.yaml:80:7
%6573 = mul %6572, %6241 : f32[16] @ models/lib/nn.yaml:80:7
%6574 = mul %6566, %6243 : f32[16] @ models/lib/nn.yaml:80:7
%6575 = add %6574, %6573 : f32[16] @ models/lib/nn.yaml:80:7
%6576 = cast %6568 : f64[] @ models/lib/nn.yaml:80:7
%6577 = pow %6113, %6576 : f64[] @ models/lib/nn.yaml:80:7
%6578 = sub %6094, %6577 : f64[] @ models/lib/nn.yaml:80:7
%6579 = div %3958, %6578 : f64[] @ models/lib/nn.yaml:80:7
%6580 = pow %6121, %6576 : f64[] @ models/lib/nn.yaml:80:7
%6581 = sub %6094, %6580 : f64[] @ models/lib/nn.yaml:80:7
%6582 = sqrt %6581 : f64[] @ models/lib/nn.yaml:80:7
%6583 = div %6094, %6582 : f64[] @ models/lib/nn.yaml:80:7
%6584 = sqrt %6575 : f32[16] @ models/lib/nn.yaml:80:7
%6585 = cast %6583 : f32[] @ models/lib/nn.yaml:80:7
%6586 = broadcast %6585 : f32[16] @ models/lib/nn.yaml:80:7
%6587 = mul %6584, %6586 : f32[16] @ models/lib/nn.yaml:80:7
%6588 = add %6587, %6258 : f32[16] @ models/lib/nn.yaml:80:7
%6589 = div %6571, %6588 : f32[16] @ models/lib/nn.yaml:80:7
%6590 = cast %6579 : f32[] @ models/lib/nn.yaml:80:7
%6591 = broadcast %6590 : f32[16] @ models/lib/nn.yaml:80:7
%6592 = mul %6589, %6591 : f32[16] @ models/lib/nn.yaml:80:7
%6593 = sub %15, %6592 : f32[16] @ models/lib/nn.yaml:80:7
%6594 = assign %15, %6593 : f32[16] @ models/lib/nn.yaml:80:7
%6595 = assign %6565, %6571 : f32[16] @ models/lib/nn.yaml:80:7
%6596 = assign %6566, %6575 : f32[16] @ models/lib/nn.yaml:80:7
%6597 = assign %6567, %6568 : i64[] @ models/lib/nn.yaml:80:7
%6598 = mul %93, %6269 : f32[16] @ models/lib/nn.yaml:80:7
%6599 = mul %6593, %6271 : f32[16] @ models/lib/nn.yaml:80:7
%6600 = add %6598, %6599 : f32[16] @ models/lib/nn.yaml:80:7
%6601 = assign %93, %6600 : f32[16] @ models/lib/nn.yaml:80:7
%6602 = all_reduce_sum %5915 : f32[16] @ models/lib/nn.yaml:89:7
%6603 = mul %6602, %6602 : f32[16] @ models/lib/nn.yaml:89:7
%6604 = reduce_sum %6603 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6605 = sqrt %6604 : f32[] @ models/lib/nn.yaml:89:7
%6606 = cast %6605 : f64[] @ models/lib/nn.yaml:89:7
%6607 = add %6606, %6090 : f64[] @ models/lib/nn.yaml:89:7
%6608 = div %6092, %6607 : f64[] @ models/lib/nn.yaml:89:7
%6609 = lt %6608, %6094 : bool[] @ models/lib/nn.yaml:89:7
%6610 = cast %6608 : f32[] @ models/lib/nn.yaml:89:7
%6611 = broadcast %6610 : f32[16] @ models/lib/nn.yaml:89:7
%6612 = mul %6602, %6611 : f32[16] @ models/lib/nn.yaml:89:7
%6613 = broadcast %6609 : bool[16] @ models/lib/nn.yaml:89:7
%6614 = select %6613, %6612, %6602 : f32[16] @ models/lib/nn.yaml:89:7
%6615 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6616 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6617 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6618 = add %6617, %6104 : i64[] @ models/lib/nn.yaml:89:7
%6619 = mul %6614, %6235 : f32[16] @ models/lib/nn.yaml:89:7
%6620 = mul %6615, %6237 : f32[16] @ models/lib/nn.yaml:89:7
%6621 = add %6620, %6619 : f32[16] @ models/lib/nn.yaml:89:7
%6622 = mul %6614, %6614 : f32[16] @ models/lib/nn.yaml:89:7
%6623 = mul %6622, %6241 : f32[16] @ models/lib/nn.yaml:89:7
%6624 = mul %6616, %6243 : f32[16] @ models/lib/nn.yaml:89:7
%6625 = add %6624, %6623 : f32[16] @ models/lib/nn.yaml:89:7
%6626 = cast %6618 : f64[] @ models/lib/nn.yaml:89:7
%6627 = pow %6113, %6626 : f64[] @ models/lib/nn.yaml:89:7
%6628 = sub %6094, %6627 : f64[] @ models/lib/nn.yaml:89:7
%6629 = div %3958, %6628 : f64[] @ models/lib/nn.yaml:89:7
%6630 = pow %6121, %6626 : f64[] @ models/lib/nn.yaml:89:7
%6631 = sub %6094, %6630 : f64[] @ models/lib/nn.yaml:89:7
%6632 = sqrt %6631 : f64[] @ models/lib/nn.yaml:89:7
%6633 = div %6094, %6632 : f64[] @ models/lib/nn.yaml:89:7
%6634 = sqrt %6625 : f32[16] @ models/lib/nn.yaml:89:7
%6635 = cast %6633 : f32[] @ models/lib/nn.yaml:89:7
%6636 = broadcast %6635 : f32[16] @ models/lib/nn.yaml:89:7
%6637 = mul %6634, %6636 : f32[16] @ models/lib/nn.yaml:89:7
%6638 = add %6637, %6258 : f32[16] @ models/lib/nn.yaml:89:7
%6639 = div %6621, %6638 : f32[16] @ models/lib/nn.yaml:89:7
%6640 = cast %6629 : f32[] @ models/lib/nn.yaml:89:7
%6641 = broadcast %6640 : f32[16] @ models/lib/nn.yaml:89:7
%6642 = mul %6639, %6641 : f32[16] @ models/lib/nn.yaml:89:7
%6643 = sub %16, %6642 : f32[16] @ models/lib/nn.yaml:89:7
%6644 = assign %16, %6643 : f32[16] @ models/lib/nn.yaml:89:7
%6645 = assign %6615, %6621 : f32[16] @ models/lib/nn.yaml:89:7
%6646 = assign %6616, %6625 : f32[16] @ models/lib/nn.yaml:89:7
%6647 = assign %6617, %6618 : i64[] @ models/lib/nn.yaml:89:7
%6648 = mul %94, %6269 : f32[16] @ models/lib/nn.yaml:89:7
%6649 = mul %6643, %6271 : f32[16] @ models/lib/nn.yaml:89:7
%6650 = add %6648, %6649 : f32[16] @ models/lib/nn.yaml:89:7
%6651 = assign %94, %6650 : f32[16] @ models/lib/nn.yaml:89:7
%6652 = all_reduce_sum %5909 : f32[16] @ models/lib/nn.yaml:90:7
%6653 = mul %6652, %6652 : f32[16] @ models/lib/nn.yaml:90:7
%6654 = reduce_sum %6653 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6655 = sqrt %6654 : f32[] @ models/lib/nn.yaml:90:7
%6656 = cast %6655 : f64[] @ models/lib/nn.yaml:90:7
%6657 = add %6656, %6090 : f64[] @ models/lib/nn.yaml:90:7
%6658 = div %6092, %6657 : f64[] @ models/lib/nn.yaml:90:7
%6659 = lt %6658, %6094 : bool[] @ models/lib/nn.yaml:90:7
%6660 = cast %6658 : f32[] @ models/lib/nn.yaml:90:7
%6661 = broadcast %6660 : f32[16] @ models/lib/nn.yaml:90:7
%6662 = mul %6652, %6661 : f32[16] @ models/lib/nn.yaml:90:7
%6663 = broadcast %6659 : bool[16] @ models/lib/nn.yaml:90:7
%6664 = select %6663, %6662, %6652 : f32[16] @ models/lib/nn.yaml:90:7
%6665 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6666 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6667 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6668 = add %6667, %6104 : i64[] @ models/lib/nn.yaml:90:7
%6669 = mul %6664, %6235 : f32[16] @ models/lib/nn.yaml:90:7
%6670 = mul %6665, %6237 : f32[16] @ models/lib/nn.yaml:90:7
%6671 = add %6670, %6669 : f32[16] @ models/lib/nn.yaml:90:7
%6672 = mul %6664, %6664 : f32[16] @ models/lib/nn.yaml:90:7
%6673 = mul %6672, %6241 : f32[16] @ models/lib/nn.yaml:90:7
%6674 = mul %6666, %6243 : f32[16] @ models/lib/nn.yaml:90:7
%6675 = add %6674, %6673 : f32[16] @ models/lib/nn.yaml:90:7
%6676 = cast %6668 : f64[] @ models/lib/nn.yaml:90:7
%6677 = pow %6113, %6676 : f64[] @ models/lib/nn.yaml:90:7
%6678 = sub %6094, %6677 : f64[] @ models/lib/nn.yaml:90:7
%6679 = div %3958, %6678 : f64[] @ models/lib/nn.yaml:90:7
%6680 = pow %6121, %6676 : f64[] @ models/lib/nn.yaml:90:7
%6681 = sub %6094, %6680 : f64[] @ models/lib/nn.yaml:90:7
%6682 = sqrt %6681 : f64[] @ models/lib/nn.yaml:90:7
%6683 = div %6094, %6682 : f64[] @ models/lib/nn.yaml:90:7
%6684 = sqrt %6675 : f32[16] @ models/lib/nn.yaml:90:7
%6685 = cast %6683 : f32[] @ models/lib/nn.yaml:90:7
%6686 = broadcast %6685 : f32[16] @ models/lib/nn.yaml:90:7
%6687 = mul %6684, %6686 : f32[16] @ models/lib/nn.yaml:90:7
%6688 = add %6687, %6258 : f32[16] @ models/lib/nn.yaml:90:7
%6689 = div %6671, %6688 : f32[16] @ models/lib/nn.yaml:90:7
%6690 = cast %6679 : f32[] @ models/lib/nn.yaml:90:7
%6691 = broadcast %6690 : f32[16] @ models/lib/nn.yaml:90:7
%6692 = mul %6689, %6691 : f32[16] @ models/lib/nn.yaml:90:7
%6693 = sub %17, %6692 : f32[16] @ models/lib/nn.yaml:90:7
%6694 = assign %17, %6693 : f32[16] @ models/lib/nn.yaml:90:7
%6695 = assign %6665, %6671 : f32[16] @ models/lib/nn.yaml:90:7
%6696 = assign %6666, %6675 : f32[16] @ models/lib/nn.yaml:90:7
%6697 = assign %6667, %6668 : i64[] @ models/lib/nn.yaml:90:7
%6698 = mul %95, %6269 : f32[16] @ models/lib/nn.yaml:90:7
%6699 = mul %6693, %6271 : f32[16] @ models/lib/nn.yaml:90:7
%6700 = add %6698, %6699 : f32[16] @ models/lib/nn.yaml:90:7
%6701 = assign %95, %6700 : f32[16] @ models/lib/nn.yaml:90:7
%6702 = all_reduce_sum %5904 : f32[64,16] @ models/lib/nn.yaml:79:7
%6703 = reshape %6702 : f32[1024] @ models/lib/nn.yaml:79:7
%6704 = mul %6703, %6703 : f32[1024] @ models/lib/nn.yaml:79:7
%6705 = reduce_sum %6704 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6706 = sqrt %6705 : f32[] @ models/lib/nn.yaml:79:7
%6707 = cast %6706 : f64[] @ models/lib/nn.yaml:79:7
%6708 = add %6707, %6090 : f64[] @ models/lib/nn.yaml:79:7
%6709 = div %6092, %6708 : f64[] @ models/lib/nn.yaml:79:7
%6710 = lt %6709, %6094 : bool[] @ models/lib/nn.yaml:79:7
%6711 = cast %6709 : f32[] @ models/lib/nn.yaml:79:7
%6712 = broadcast %6711 : f32[64,16] @ models/lib/nn.yaml:79:7
%6713 = mul %6702, %6712 : f32[64,16] @ models/lib/nn.yaml:79:7
%6714 = broadcast %6710 : bool[64,16] @ models/lib/nn.yaml:79:7
%6715 = select %6714, %6713, %6702 : f32[64,16] @ models/lib/nn.yaml:79:7
%6716 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6717 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6718 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6719 = add %6718, %6104 : i64[] @ models/lib/nn.yaml:79:7
%6720 = broadcast %6108 : f32[64,16] @ models/lib/nn.yaml:79:7
%6721 = mul %18, %6720 : f32[64,16] @ models/lib/nn.yaml:79:7
%6722 = broadcast %3683 : f32[64,16] @ models/lib/nn.yaml:79:7
%6723 = mul %6715, %6722 : f32[64,16] @ models/lib/nn.yaml:79:7
%6724 = broadcast %2701 : f32[64,16] @ models/lib/nn.yaml:79:7
%6725 = mul %6716, %6724 : f32[64,16] @ models/lib/nn.yaml:79:7
%6726 = add %6725, %6723 : f32[64,16] @ models/lib/nn.yaml:79:7
%6727 = mul %6715, %6715 : f32[64,16] @ models/lib/nn.yaml:79:7
%6728 = broadcast %6118 : f32[64,16] @ models/lib/nn.yaml:79:7
%6729 = mul %6727, %6728 : f32[64,16] @ models/lib/nn.yaml:79:7
%6730 = broadcast %6122 : f32[64,16] @ models/lib/nn.yaml:79:7
%6731 = mul %6717, %6730 : f32[64,16] @ models/lib/nn.yaml:79:7
%6732 = add %6731, %6729 : f32[64,16] @ models/lib/nn.yaml:79:7
%6733 = cast %6719 : f64[] @ models/lib/nn.yaml:79:7
%6734 = pow %6113, %6733 : f64[] @ models/lib/nn.yaml:79:7
%6735 = sub %6094, %6734 : f64[] @ models/lib/nn.yaml:79:7
%6736 = div %3958, %6735 : f64[] @ models/lib/nn.yaml:79:7
%6737 = pow %6121, %6733 : f64[] @ models/lib/nn.yaml:79:7
%6738 = sub %6094, %6737 : f64[] @ models/lib/nn.yaml:79:7
%6739 = sqrt %6738 : f64[] @ models/lib/nn.yaml:79:7
%6740 = div %6094, %6739 : f64[] @ models/lib/nn.yaml:79:7
%6741 = sqrt %6732 : f32[64,16] @ models/lib/nn.yaml:79:7
%6742 = cast %6740 : f32[] @ models/lib/nn.yaml:79:7
%6743 = broadcast %6742 : f32[64,16] @ models/lib/nn.yaml:79:7
%6744 = mul %6741, %6743 : f32[64,16] @ models/lib/nn.yaml:79:7
%6745 = broadcast %6138 : f32[64,16] @ models/lib/nn.yaml:79:7
%6746 = add %6744, %6745 : f32[64,16] @ models/lib/nn.yaml:79:7
%6747 = div %6726, %6746 : f32[64,16] @ models/lib/nn.yaml:79:7
%6748 = cast %6736 : f32[] @ models/lib/nn.yaml:79:7
%6749 = broadcast %6748 : f32[64,16] @ models/lib/nn.yaml:79:7
%6750 = mul %6747, %6749 : f32[64,16] @ models/lib/nn.yaml:79:7
%6751 = sub %6721, %6750 : f32[64,16] @ models/lib/nn.yaml:79:7
%6752 = assign %18, %6751 : f32[64,16] @ models/lib/nn.yaml:79:7
%6753 = assign %6716, %6726 : f32[64,16] @ models/lib/nn.yaml:79:7
%6754 = assign %6717, %6732 : f32[64,16] @ models/lib/nn.yaml:79:7
%6755 = assign %6718, %6719 : i64[] @ models/lib/nn.yaml:79:7
%6756 = broadcast %3 : f32[64,16] @ models/lib/nn.yaml:79:7
%6757 = mul %96, %6756 : f32[64,16] @ models/lib/nn.yaml:79:7
%6758 = broadcast %6153 : f32[64,16] @ models/lib/nn.yaml:79:7
%6759 = mul %6751, %6758 : f32[64,16] @ models/lib/nn.yaml:79:7
%6760 = add %6757, %6759 : f32[64,16] @ models/lib/nn.yaml:79:7
%6761 = assign %96, %6760 : f32[64,16] @ models/lib/nn.yaml:79:7
%6762 = all_reduce_sum %5899 : f32[64] @ models/lib/nn.yaml:80:7
%6763 = mul %6762, %6762 : f32[64] @ models/lib/nn.yaml:80:7
%6764 = reduce_sum %6763 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6765 = sqrt %6764 : f32[] @ models/lib/nn.yaml:80:7
%6766 = cast %6765 : f64[] @ models/lib/nn.yaml:80:7
%6767 = add %6766, %6090 : f64[] @ models/lib/nn.yaml:80:7
%6768 = div %6092, %6767 : f64[] @ models/lib/nn.yaml:80:7
%6769 = lt %6768, %6094 : bool[] @ models/lib/nn.yaml:80:7
%6770 = cast %6768 : f32[] @ models/lib/nn.yaml:80:7
%6771 = broadcast %6770 : f32[64] @ models/lib/nn.yaml:80:7
%6772 = mul %6762, %6771 : f32[64] @ models/lib/nn.yaml:80:7
%6773 = broadcast %6769 : bool[64] @ models/lib/nn.yaml:80:7
%6774 = select %6773, %6772, %6762 : f32[64] @ models/lib/nn.yaml:80:7
%6775 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6776 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6777 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6778 = add %6777, %6104 : i64[] @ models/lib/nn.yaml:80:7
%6779 = broadcast %3683 : f32[64] @ models/lib/nn.yaml:80:7
%6780 = mul %6774, %6779 : f32[64] @ models/lib/nn.yaml:80:7
%6781 = broadcast %2701 : f32[64] @ models/lib/nn.yaml:80:7
%6782 = mul %6775, %6781 : f32[64] @ models/lib/nn.yaml:80:7
%6783 = add %6782, %6780 : f32[64] @ models/lib/nn.yaml:80:7
%6784 = mul %6774, %6774 : f32[64] @ models/lib/nn.yaml:80:7
%6785 = broadcast %6118 : f32[64] @ models/lib/nn.yaml:80:7
%6786 = mul %6784, %6785 : f32[64] @ models/lib/nn.yaml:80:7
%6787 = broadcast %6122 : f32[64] @ models/lib/nn.yaml:80:7
%6788 = mul %6776, %6787 : f32[64] @ models/lib/nn.yaml:80:7
%6789 = add %6788, %6786 : f32[64] @ models/lib/nn.yaml:80:7
%6790 = cast %6778 : f64[] @ models/lib/nn.yaml:80:7
%6791 = pow %6113, %6790 : f64[] @ models/lib/nn.yaml:80:7
%6792 = sub %6094, %6791 : f64[] @ models/lib/nn.yaml:80:7
%6793 = div %3958, %6792 : f64[] @ models/lib/nn.yaml:80:7
%6794 = pow %6121, %6790 : f64[] @ models/lib/nn.yaml:80:7
%6795 = sub %6094, %6794 : f64[] @ models/lib/nn.yaml:80:7
%6796 = sqrt %6795 : f64[] @ models/lib/nn.yaml:80:7
%6797 = div %6094, %6796 : f64[] @ models/lib/nn.yaml:80:7
%6798 = sqrt %6789 : f32[64] @ models/lib/nn.yaml:80:7
%6799 = cast %6797 : f32[] @ models/lib/nn.yaml:80:7
%6800 = broadcast %6799 : f32[64] @ models/lib/nn.yaml:80:7
%6801 = mul %6798, %6800 : f32[64] @ models/lib/nn.yaml:80:7
%6802 = broadcast %6138 : f32[64] @ models/lib/nn.yaml:80:7
%6803 = add %6801, %6802 : f32[64] @ models/lib/nn.yaml:80:7
%6804 = div %6783, %6803 : f32[64] @ models/lib/nn.yaml:80:7
%6805 = cast %6793 : f32[] @ models/lib/nn.yaml:80:7
%6806 = broadcast %6805 : f32[64] @ models/lib/nn.yaml:80:7
%6807 = mul %6804, %6806 : f32[64] @ models/lib/nn.yaml:80:7
%6808 = sub %19, %6807 : f32[64] @ models/lib/nn.yaml:80:7
%6809 = assign %19, %6808 : f32[64] @ models/lib/nn.yaml:80:7
%6810 = assign %6775, %6783 : f32[64] @ models/lib/nn.yaml:80:7
%6811 = assign %6776, %6789 : f32[64] @ models/lib/nn.yaml:80:7
%6812 = assign %6777, %6778 : i64[] @ models/lib/nn.yaml:80:7
%6813 = broadcast %3 : f32[64] @ models/lib/nn.yaml:80:7
%6814 = mul %97, %6813 : f32[64] @ models/lib/nn.yaml:80:7
%6815 = broadcast %6153 : f32[64] @ models/lib/nn.yaml:80:7
%6816 = mul %6808, %6815 : f32[64] @ models/lib/nn.yaml:80:7
%6817 = add %6814, %6816 : f32[64] @ models/lib/nn.yaml:80:7
%6818 = assign %97, %6817 : f32[64] @ models/lib/nn.yaml:80:7
%6819 = all_reduce_sum %5876 : f32[16,64] @ models/lib/nn.yaml:79:7
%6820 = reshape %6819 : f32[1024] @ models/lib/nn.yaml:79:7
%6821 = mul %6820, %6820 : f32[1024] @ models/lib/nn.yaml:79:7
%6822 = reduce_sum %6821 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6823 = sqrt %6822 : f32[] @ models/lib/nn.yaml:79:7
%6824 = cast %6823 : f64[] @ models/lib/nn.yaml:79:7
%6825 = add %6824, %6090 : f64[] @ models/lib/nn.yaml:79:7
%6826 = div %6092, %6825 : f64[] @ models/lib/nn.yaml:79:7
%6827 = lt %6826, %6094 : bool[] @ models/lib/nn.yaml:79:7
%6828 = cast %6826 : f32[] @ models/lib/nn.yaml:79:7
%6829 = broadcast %6828 : f32[16,64] @ models/lib/nn.yaml:79:7
%6830 = mul %6819, %6829 : f32[16,64] @ models/lib/nn.yaml:79:7
%6831 = broadcast %6827 : bool[16,64] @ models/lib/nn.yaml:79:7
%6832 = select %6831, %6830, %6819 : f32[16,64] @ models/lib/nn.yaml:79:7
%6833 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6834 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6835 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6836 = add %6835, %6104 : i64[] @ models/lib/nn.yaml:79:7
%6837 = broadcast %6108 : f32[16,64] @ models/lib/nn.yaml:79:7
%6838 = mul %20, %6837 : f32[16,64] @ models/lib/nn.yaml:79:7
%6839 = broadcast %3683 : f32[16,64] @ models/lib/nn.yaml:79:7
%6840 = mul %6832, %6839 : f32[16,64] @ models/lib/nn.yaml:79:7
%6841 = broadcast %2701 : f32[16,64] @ models/lib/nn.yaml:79:7
%6842 = mul %6833, %6841 : f32[16,64] @ models/lib/nn.yaml:79:7
%6843 = add %6842, %6840 : f32[16,64] @ models/lib/nn.yaml:79:7
%6844 = mul %6832, %6832 : f32[16,64] @ models/lib/nn.yaml:79:7
%6845 = broadcast %6118 : f32[16,64] @ models/lib/nn.yaml:79:7
%6846 = mul %6844, %6845 : f32[16,64] @ models/lib/nn.yaml:79:7
%6847 = broadcast %6122 : f32[16,64] @ models/lib/nn.yaml:79:7
%6848 = mul %6834, %6847 : f32[16,64] @ models/lib/nn.yaml:79:7
%6849 = add %6848, %6846 : f32[16,64] @ models/lib/nn.yaml:79:7
%6850 = cast %6836 : f64[] @ models/lib/nn.yaml:79:7
%6851 = pow %6113, %6850 : f64[] @ models/lib/nn.yaml:79:7
%6852 = sub %6094, %6851 : f64[] @ models/lib/nn.yaml:79:7
%6853 = div %3958, %6852 : f64[] @ models/lib/nn.yaml:79:7
%6854 = pow %6121, %6850 : f64[] @ models/lib/nn.yaml:79:7
%6855 = sub %6094, %6854 : f64[] @ models/lib/nn.yaml:79:7
%6856 = sqrt %6855 : f64[] @ models/lib/nn.yaml:79:7
%6857 = div %6094, %6856 : f64[] @ models/lib/nn.yaml:79:7
%6858 = sqrt %6849 : f32[16,64] @ models/lib/nn.yaml:79:7
%6859 = cast %6857 : f32[] @ models/lib/nn.yaml:79:7
%6860 = broadcast %6859 : f32[16,64] @ models/lib/nn.yaml:79:7
%6861 = mul %6858, %6860 : f32[16,64] @ models/lib/nn.yaml:79:7
%6862 = broadcast %6138 : f32[16,64] @ models/lib/nn.yaml:79:7
%6863 = add %6861, %6862 : f32[16,64] @ models/lib/nn.yaml:79:7
%6864 = div %6843, %6863 : f32[16,64] @ models/lib/nn.yaml:79:7
%6865 = cast %6853 : f32[] @ models/lib/nn.yaml:79:7
%6866 = broadcast %6865 : f32[16,64] @ models/lib/nn.yaml:79:7
%6867 = mul %6864, %6866 : f32[16,64] @ models/lib/nn.yaml:79:7
%6868 = sub %6838, %6867 : f32[16,64] @ models/lib/nn.yaml:79:7
%6869 = assign %20, %6868 : f32[16,64] @ models/lib/nn.yaml:79:7
%6870 = assign %6833, %6843 : f32[16,64] @ models/lib/nn.yaml:79:7
%6871 = assign %6834, %6849 : f32[16,64] @ models/lib/nn.yaml:79:7
%6872 = assign %6835, %6836 : i64[] @ models/lib/nn.yaml:79:7
%6873 = broadcast %3 : f32[16,64] @ models/lib/nn.yaml:79:7
%6874 = mul %98, %6873 : f32[16,64] @ models/lib/nn.yaml:79:7
%6875 = broadcast %6153 : f32[16,64] @ models/lib/nn.yaml:79:7
%6876 = mul %6868, %6875 : f32[16,64] @ models/lib/nn.yaml:79:7
%6877 = add %6874, %6876 : f32[16,64] @ models/lib/nn.yaml:79:7
%6878 = assign %98, %6877 : f32[16,64] @ models/lib/nn.yaml:79:7
%6879 = all_reduce_sum %5871 : f32[16] @ models/lib/nn.yaml:80:7
%6880 = mul %6879, %6879 : f32[16] @ models/lib/nn.yaml:80:7
%6881 = reduce_sum %6880 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6882 = sqrt %6881 : f32[] @ models/lib/nn.yaml:80:7
%6883 = cast %6882 : f64[] @ models/lib/nn.yaml:80:7
%6884 = add %6883, %6090 : f64[] @ models/lib/nn.yaml:80:7
%6885 = div %6092, %6884 : f64[] @ models/lib/nn.yaml:80:7
%6886 = lt %6885, %6094 : bool[] @ models/lib/nn.yaml:80:7
%6887 = cast %6885 : f32[] @ models/lib/nn.yaml:80:7
%6888 = broadcast %6887 : f32[16] @ models/lib/nn.yaml:80:7
%6889 = mul %6879, %6888 : f32[16] @ models/lib/nn.yaml:80:7
%6890 = broadcast %6886 : bool[16] @ models/lib/nn.yaml:80:7
%6891 = select %6890, %6889, %6879 : f32[16] @ models/lib/nn.yaml:80:7
%6892 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6893 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6894 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6895 = add %6894, %6104 : i64[] @ models/lib/nn.yaml:80:7
%6896 = mul %6891, %6235 : f32[16] @ models/lib/nn.yaml:80:7
%6897 = mul %6892, %6237 : f32[16] @ models/lib/nn.yaml:80:7
%6898 = add %6897, %6896 : f32[16] @ models/lib/nn.yaml:80:7
%6899 = mul %6891, %6891 : f32[16] @ models/lib/nn.yaml:80:7
%6900 = mul %6899, %6241 : f32[16] @ models/lib/nn.yaml:80:7
%6901 = mul %6893, %6243 : f32[16] @ models/lib/nn.yaml:80:7
%6902 = add %6901, %6900 : f32[16] @ models/lib/nn.yaml:80:7
%6903 = cast %6895 : f64[] @ models/lib/nn.yaml:80:7
%6904 = pow %6113, %6903 : f64[] @ models/lib/nn.yaml:80:7
%6905 = sub %6094, %6904 : f64[] @ models/lib/nn.yaml:80:7
%6906 = div %3958, %6905 : f64[] @ models/lib/nn.yaml:80:7
%6907 = pow %6121, %6903 : f64[] @ models/lib/nn.yaml:80:7
%6908 = sub %6094, %6907 : f64[] @ models/lib/nn.yaml:80:7
%6909 = sqrt %6908 : f64[] @ models/lib/nn.yaml:80:7
%6910 = div %6094, %6909 : f64[] @ models/lib/nn.yaml:80:7
%6911 = sqrt %6902 : f32[16] @ models/lib/nn.yaml:80:7
%6912 = cast %6910 : f32[] @ models/lib/nn.yaml:80:7
%6913 = broadcast %6912 : f32[16] @ models/lib/nn.yaml:80:7
%6914 = mul %6911, %6913 : f32[16] @ models/lib/nn.yaml:80:7
%6915 = add %6914, %6258 : f32[16] @ models/lib/nn.yaml:80:7
%6916 = div %6898, %6915 : f32[16] @ models/lib/nn.yaml:80:7
%6917 = cast %6906 : f32[] @ models/lib/nn.yaml:80:7
%6918 = broadcast %6917 : f32[16] @ models/lib/nn.yaml:80:7
%6919 = mul %6916, %6918 : f32[16] @ models/lib/nn.yaml:80:7
%6920 = sub %21, %6919 : f32[16] @ models/lib/nn.yaml:80:7
%6921 = assign %21, %6920 : f32[16] @ models/lib/nn.yaml:80:7
%6922 = assign %6892, %6898 : f32[16] @ models/lib/nn.yaml:80:7
%6923 = assign %6893, %6902 : f32[16] @ models/lib/nn.yaml:80:7
%6924 = assign %6894, %6895 : i64[] @ models/lib/nn.yaml:80:7
%6925 = mul %99, %6269 : f32[16] @ models/lib/nn.yaml:80:7
%6926 = mul %6920, %6271 : f32[16] @ models/lib/nn.yaml:80:7
%6927 = add %6925, %6926 : f32[16] @ models/lib/nn.yaml:80:7
%6928 = assign %99, %6927 : f32[16] @ models/lib/nn.yaml:80:7
%6929 = all_reduce_sum %5846 : f32[16] @ models/lib/nn.yaml:89:7
%6930 = mul %6929, %6929 : f32[16] @ models/lib/nn.yaml:89:7
%6931 = reduce_sum %6930 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6932 = sqrt %6931 : f32[] @ models/lib/nn.yaml:89:7
%6933 = cast %6932 : f64[] @ models/lib/nn.yaml:89:7
%6934 = add %6933, %6090 : f64[] @ models/lib/nn.yaml:89:7
%6935 = div %6092, %6934 : f64[] @ models/lib/nn.yaml:89:7
%6936 = lt %6935, %6094 : bool[] @ models/lib/nn.yaml:89:7
%6937 = cast %6935 : f32[] @ models/lib/nn.yaml:89:7
%6938 = broadcast %6937 : f32[16] @ models/lib/nn.yaml:89:7
%6939 = mul %6929, %6938 : f32[16] @ models/lib/nn.yaml:89:7
%6940 = broadcast %6936 : bool[16] @ models/lib/nn.yaml:89:7
%6941 = select %6940, %6939, %6929 : f32[16] @ models/lib/nn.yaml:89:7
%6942 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6943 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6944 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6945 = add %6944, %6104 : i64[] @ models/lib/nn.yaml:89:7
%6946 = mul %6941, %6235 : f32[16] @ models/lib/nn.yaml:89:7
%6947 = mul %6942, %6237 : f32[16] @ models/lib/nn.yaml:89:7
%6948 = add %6947, %6946 : f32[16] @ models/lib/nn.yaml:89:7
%6949 = mul %6941, %6941 : f32[16] @ models/lib/nn.yaml:89:7
%6950 = mul %6949, %6241 : f32[16] @ models/lib/nn.yaml:89:7
%6951 = mul %6943, %6243 : f32[16] @ models/lib/nn.yaml:89:7
%6952 = add %6951, %6950 : f32[16] @ models/lib/nn.yaml:89:7
%6953 = cast %6945 : f64[] @ models/lib/nn.yaml:89:7
%6954 = pow %6113, %6953 : f64[] @ models/lib/nn.yaml:89:7
%6955 = sub %6094, %6954 : f64[] @ models/lib/nn.yaml:89:7
%6956 = div %3958, %6955 : f64[] @ models/lib/nn.yaml:89:7
%6957 = pow %6121, %6953 : f64[] @ models/lib/nn.yaml:89:7
%6958 = sub %6094, %6957 : f64[] @ models/lib/nn.yaml:89:7
%6959 = sqrt %6958 : f64[] @ models/lib/nn.yaml:89:7
%6960 = div %6094, %6959 : f64[] @ models/lib/nn.yaml:89:7
%6961 = sqrt %6952 : f32[16] @ models/lib/nn.yaml:89:7
%6962 = cast %6960 : f32[] @ models/lib/nn.yaml:89:7
%6963 = broadcast %6962 : f32[16] @ models/lib/nn.yaml:89:7
%6964 = mul %6961, %6963 : f32[16] @ models/lib/nn.yaml:89:7
%6965 = add %6964, %6258 : f32[16] @ models/lib/nn.yaml:89:7
%6966 = div %6948, %6965 : f32[16] @ models/lib/nn.yaml:89:7
%6967 = cast %6956 : f32[] @ models/lib/nn.yaml:89:7
%6968 = broadcast %6967 : f32[16] @ models/lib/nn.yaml:89:7
%6969 = mul %6966, %6968 : f32[16] @ models/lib/nn.yaml:89:7
%6970 = sub %22, %6969 : f32[16] @ models/lib/nn.yaml:89:7
%6971 = assign %22, %6970 : f32[16] @ models/lib/nn.yaml:89:7
%6972 = assign %6942, %6948 : f32[16] @ models/lib/nn.yaml:89:7
%6973 = assign %6943, %6952 : f32[16] @ models/lib/nn.yaml:89:7
%6974 = assign %6944, %6945 : i64[] @ models/lib/nn.yaml:89:7
%6975 = mul %100, %6269 : f32[16] @ models/lib/nn.yaml:89:7
%6976 = mul %6970, %6271 : f32[16] @ models/lib/nn.yaml:89:7
%6977 = add %6975, %6976 : f32[16] @ models/lib/nn.yaml:89:7
%6978 = assign %100, %6977 : f32[16] @ models/lib/nn.yaml:89:7
%6979 = all_reduce_sum %5840 : f32[16] @ models/lib/nn.yaml:90:7
%6980 = mul %6979, %6979 : f32[16] @ models/lib/nn.yaml:90:7
%6981 = reduce_sum %6980 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6982 = sqrt %6981 : f32[] @ models/lib/nn.yaml:90:7
%6983 = cast %6982 : f64[] @ models/lib/nn.yaml:90:7
%6984 = add %6983, %6090 : f64[] @ models/lib/nn.yaml:90:7
%6985 = div %6092, %6984 : f64[] @ models/lib/nn.yaml:90:7
%6986 = lt %6985, %6094 : bool[] @ models/lib/nn.yaml:90:7
%6987 = cast %6985 : f32[] @ models/lib/nn.yaml:90:7
%6988 = broadcast %6987 : f32[16] @ models/lib/nn.yaml:90:7
%6989 = mul %6979, %6988 : f32[16] @ models/lib/nn.yaml:90:7
%6990 = broadcast %6986 : bool[16] @ models/lib/nn.yaml:90:7
%6991 = select %6990, %6989, %6979 : f32[16] @ models/lib/nn.yaml:90:7
%6992 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6993 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6994 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6995 = add %6994, %6104 : i64[] @ models/lib/nn.yaml:90:7
%6996 = mul %6991, %6235 : f32[16] @ models/lib/nn.yaml:90:7
%6997 = mul %6992, %6237 : f32[16] @ models/lib/nn.yaml:90:7
%6998 = add %6997, %6996 : f32[16] @ models/lib/nn.yaml:90:7
%6999 = mul %6991, %6991 : f32[16] @ models/lib/nn.yaml:90:7
%7000 = mul %6999, %6241 : f32[16] @ models/lib/nn.yaml:90:7
%7001 = mul %6993, %6243 : f32[16] @ models/lib/nn.yaml:90:7
%7002 = add %7001, %7000 : f32[16] @ models/lib/nn.yaml:90:7
%7003 = cast %6995 : f64[] @ models/lib/nn.yaml:90:7
%7004 = pow %6113, %7003 : f64[] @ models/lib/nn.yaml:90:7
%7005 = sub %6094, %7004 : f64[] @ models/lib/nn.yaml:90:7
%7006 = div %3958, %7005 : f64[] @ models/lib/nn.yaml:90:7
%7007 = pow %6121, %7003 : f64[] @ models/lib/nn.yaml:90:7
%7008 = sub %6094, %7007 : f64[] @ models/lib/nn.yaml:90:7
%7009 = sqrt %7008 : f64[] @ models/lib/nn.yaml:90:7
%7010 = div %6094, %7009 : f64[] @ models/lib/nn.yaml:90:7
%7011 = sqrt %7002 : f32[16] @ models/lib/nn.yaml:90:7
%7012 = cast %7010 : f32[] @ models/lib/nn.yaml:90:7
%7013 = broadcast %7012 : f32[16] @ models/lib/nn.yaml:90:7
%7014 = mul %7011, %7013 : f32[16] @ models/lib/nn.yaml:90:7
%7015 = add %7014, %6258 : f32[16] @ models/lib/nn.yaml:90:7
%7016 = div %6998, %7015 : f32[16] @ models/lib/nn.yaml:90:7
%7017 = cast %7006 : f32[] @ models/lib/nn.yaml:90:7
%7018 = broadcast %7017 : f32[16] @ models/lib/nn.yaml:90:7
%7019 = mul %7016, %7018 : f32[16] @ models/lib/nn.yaml:90:7
%7020 = sub %23, %7019 : f32[16] @ models/lib/nn.yaml:90:7
%7021 = assign %23, %7020 : f32[16] @ models/lib/nn.yaml:90:7
%7022 = assign %6992, %6998 : f32[16] @ models/lib/nn.yaml:90:7
%7023 = assign %6993, %7002 : f32[16] @ models/lib/nn.yaml:90:7
%7024 = assign %6994, %6995 : i64[] @ models/lib/nn.yaml:90:7
%7025 = mul %101, %6269 : f32[16] @ models/lib/nn.yaml:90:7
%7026 = mul %7020, %6271 : f32[16] @ models/lib/nn.yaml:90:7
%7027 = add %7025, %7026 : f32[16] @ models/lib/nn.yaml:90:7
%7028 = assign %101, %7027 : f32[16] @ models/lib/nn.yaml:90:7
%7029 = all_reduce_sum %5835 : f32[48,16] @ models/lib/nn.yaml:79:7
%7030 = reshape %7029 : f32[768] @ models/lib/nn.yaml:79:7
%7031 = mul %7030, %7030 : f32[768] @ models/lib/nn.yaml:79:7
%7032 = reduce_sum %7031 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7033 = sqrt %7032 : f32[] @ models/lib/nn.yaml:79:7
%7034 = cast %7033 : f64[] @ models/lib/nn.yaml:79:7
%7035 = add %7034, %6090 : f64[] @ models/lib/nn.yaml:79:7
%7036 = div %6092, %7035 : f64[] @ models/lib/nn.yaml:79:7
%7037 = lt %7036, %6094 : bool[] @ models/lib/nn.yaml:79:7
%7038 = cast %7036 : f32[] @ models/lib/nn.yaml:79:7
%7039 = broadcast %7038 : f32[48,16] @ models/lib/nn.yaml:79:7
%7040 = mul %7029, %7039 : f32[48,16] @ models/lib/nn.yaml:79:7
%7041 = broadcast %7037 : bool[48,16] @ models/lib/nn.yaml:79:7
%7042 = select %7041, %7040, %7029 : f32[48,16] @ models/lib/nn.yaml:79:7
%7043 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7044 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7045 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7046 = add %7045, %6104 : i64[] @ models/lib/nn.yaml:79:7
%7047 = mul %24, %6393 : f32[48,16] @ models/lib/nn.yaml:79:7
%7048 = mul %7042, %6395 : f32[48,16] @ models/lib/nn.yaml:79:7
%7049 = mul %7043, %6397 : f32[48,16] @ models/lib/nn.yaml:79:7
%7050 = add %7049, %7048 : f32[48,16] @ models/lib/nn.yaml:79:7
%7051 = mul %7042, %7042 : f32[48,16] @ models/lib/nn.yaml:79:7
%7052 = mul %7051, %6401 : f32[48,16] @ models/lib/nn.yaml:79:7
%7053 = mul %7044, %6403 : f32[48,16] @ models/lib/nn.yaml:79:7
%7054 = add %7053, %7052 : f32[48,16] @ models/lib/nn.yaml:79:7
%7055 = cast %7046 : f64[] @ models/lib/nn.yaml:79:7
%7056 = pow %6113, %7055 : f64[] @ models/lib/nn.yaml:79:7
%7057 = sub %6094, %7056 : f64[] @ models/lib/nn.yaml:79:7
%7058 = div %3958, %7057 : f64[] @ models/lib/nn.yaml:79:7
%7059 = pow %6121, %7055 : f64[] @ models/lib/nn.yaml:79:7
%7060 = sub %6094, %7059 : f64[] @ models/lib/nn.yaml:79:7
%7061 = sqrt %7060 : f64[] @ models/lib/nn.yaml:79:7
%7062 = div %6094, %7061 : f64[] @ models/lib/nn.yaml:79:7
%7063 = sqrt %7054 : f32[48,16] @ models/lib/nn.yaml:79:7
%7064 = cast %7062 : f32[] @ models/lib/nn.yaml:79:7
%7065 = broadcast %7064 : f32[48,16] @ models/lib/nn.yaml:79:7
%7066 = mul %7063, %7065 : f32[48,16] @ models/lib/nn.yaml:79:7
%7067 = add %7066, %6418 : f32[48,16] @ models/lib/nn.yaml:79:7
%7068 = div %7050, %7067 : f32[48,16] @ models/lib/nn.yaml:79:7
%7069 = cast %7058 : f32[] @ models/lib/nn.yaml:79:7
%7070 = broadcast %7069 : f32[48,16] @ models/lib/nn.yaml:79:7
%7071 = mul %7068, %7070 : f32[48,16] @ models/lib/nn.yaml:79:7
%7072 = sub %7047, %7071 : f32[48,16] @ models/lib/nn.yaml:79:7
%7073 = assign %24, %7072 : f32[48,16] @ models/lib/nn.yaml:79:7
%7074 = assign %7043, %7050 : f32[48,16] @ models/lib/nn.yaml:79:7
%7075 = assign %7044, %7054 : f32[48,16] @ models/lib/nn.yaml:79:7
%7076 = assign %7045, %7046 : i64[] @ models/lib/nn.yaml:79:7
%7077 = mul %102, %6429 : f32[48,16] @ models/lib/nn.yaml:79:7
%7078 = mul %7072, %6431 : f32[48,16] @ models/lib/nn.yaml:79:7
%7079 = add %7077, %7078 : f32[48,16] @ models/lib/nn.yaml:79:7
%7080 = assign %102, %7079 : f32[48,16] @ models/lib/nn.yaml:79:7
%7081 = all_reduce_sum %5830 : f32[48] @ models/lib/nn.yaml:80:7
%7082 = mul %7081, %7081 : f32[48] @ models/lib/nn.yaml:80:7
%7083 = reduce_sum %7082 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7084 = sqrt %7083 : f32[] @ models/lib/nn.yaml:80:7
%7085 = cast %7084 : f64[] @ models/lib/nn.yaml:80:7
%7086 = add %7085, %6090 : f64[] @ models/lib/nn.yaml:80:7
%7087 = div %6092, %7086 : f64[] @ models/lib/nn.yaml:80:7
%7088 = lt %7087, %6094 : bool[] @ models/lib/nn.yaml:80:7
%7089 = cast %7087 : f32[] @ models/lib/nn.yaml:80:7
%7090 = broadcast %7089 : f32[48] @ models/lib/nn.yaml:80:7
%7091 = mul %7081, %7090 : f32[48] @ models/lib/nn.yaml:80:7
%7092 = broadcast %7088 : bool[48] @ models/lib/nn.yaml:80:7
%7093 = select %7092, %7091, %7081 : f32[48] @ models/lib/nn.yaml:80:7
%7094 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7095 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7096 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7097 = add %7096, %6104 : i64[] @ models/lib/nn.yaml:80:7
%7098 = mul %7093, %6452 : f32[48] @ models/lib/nn.yaml:80:7
%7099 = mul %7094, %6454 : f32[48] @ models/lib/nn.yaml:80:7
%7100 = add %7099, %7098 : f32[48] @ models/lib/nn.yaml:80:7
%7101 = mul %7093, %7093 : f32[48] @ models/lib/nn.yaml:80:7
%7102 = mul %7101, %6458 : f32[48] @ models/lib/nn.yaml:80:7
%7103 = mul %7095, %6460 : f32[48] @ models/lib/nn.yaml:80:7
%7104 = add %7103, %7102 : f32[48] @ models/lib/nn.yaml:80:7
%7105 = cast %7097 : f64[] @ models/lib/nn.yaml:80:7
%7106 = pow %6113, %7105 : f64[] @ models/lib/nn.yaml:80:7
%7107 = sub %6094, %7106 : f64[] @ models/lib/nn.yaml:80:7
%7108 = div %3958, %7107 : f64[] @ models/lib/nn.yaml:80:7
%7109 = pow %6121, %7105 : f64[] @ models/lib/nn.yaml:80:7
%7110 = sub %6094, %7109 : f64[] @ models/lib/nn.yaml:80:7
%7111 = sqrt %7110 : f64[] @ models/lib/nn.yaml:80:7
%7112 = div %6094, %7111 : f64[] @ models/lib/nn.yaml:80:7
%7113 = sqrt %7104 : f32[48] @ models/lib/nn.yaml:80:7
%7114 = cast %7112 : f32[] @ models/lib/nn.yaml:80:7
%7115 = broadcast %7114 : f32[48] @ models/lib/nn.yaml:80:7
%7116 = mul %7113, %7115 : f32[48] @ models/lib/nn.yaml:80:7
%7117 = add %7116, %6475 : f32[48] @ models/lib/nn.yaml:80:7
%7118 = div %7100, %7117 : f32[48] @ models/lib/nn.yaml:80:7
%7119 = cast %7108 : f32[] @ models/lib/nn.yaml:80:7
%7120 = broadcast %7119 : f32[48] @ models/lib/nn.yaml:80:7
%7121 = mul %7118, %7120 : f32[48] @ models/lib/nn.yaml:80:7
%7122 = sub %25, %7121 : f32[48] @ models/lib/nn.yaml:80:7
%7123 = assign %25, %7122 : f32[48] @ models/lib/nn.yaml:80:7
%7124 = assign %7094, %7100 : f32[48] @ models/lib/nn.yaml:80:7
%7125 = assign %7095, %7104 : f32[48] @ models/lib/nn.yaml:80:7
%7126 = assign %7096, %7097 : i64[] @ models/lib/nn.yaml:80:7
%7127 = mul %103, %6486 : f32[48] @ models/lib/nn.yaml:80:7
%7128 = mul %7122, %6488 : f32[48] @ models/lib/nn.yaml:80:7
%7129 = add %7127, %7128 : f32[48] @ models/lib/nn.yaml:80:7
%7130 = assign %103, %7129 : f32[48] @ models/lib/nn.yaml:80:7
%7131 = all_reduce_sum %5740 : f32[16,16] @ models/lib/nn.yaml:79:7
%7132 = reshape %7131 : f32[256] @ models/lib/nn.yaml:79:7
%7133 = mul %7132, %7132 : f32[256] @ models/lib/nn.yaml:79:7
%7134 = reduce_sum %7133 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7135 = sqrt %7134 : f32[] @ models/lib/nn.yaml:79:7
%7136 = cast %7135 : f64[] @ models/lib/nn.yaml:79:7
%7137 = add %7136, %6090 : f64[] @ models/lib/nn.yaml:79:7
%7138 = div %6092, %7137 : f64[] @ models/lib/nn.yaml:79:7
%7139 = lt %7138, %6094 : bool[] @ models/lib/nn.yaml:79:7
%7140 = cast %7138 : f32[] @ models/lib/nn.yaml:79:7
%7141 = broadcast %7140 : f32[16,16] @ models/lib/nn.yaml:79:7
%7142 = mul %7131, %7141 : f32[16,16] @ models/lib/nn.yaml:79:7
%7143 = broadcast %7139 : bool[16,16] @ models/lib/nn.yaml:79:7
%7144 = select %7143, %7142, %7131 : f32[16,16] @ models/lib/nn.yaml:79:7
%7145 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7146 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7147 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7148 = add %7147, %6104 : i64[] @ models/lib/nn.yaml:79:7
%7149 = mul %26, %6510 : f32[16,16] @ models/lib/nn.yaml:79:7
%7150 = mul %7144, %6512 : f32[16,16] @ models/lib/nn.yaml:79:7
%7151 = mul %7145, %6514 : f32[16,16] @ models/lib/nn.yaml:79:7
%7152 = add %7151, %7150 : f32[16,16] @ models/lib/nn.yaml:79:7
%7153 = mul %7144, %7144 : f32[16,16] @ models/lib/nn.yaml:79:7
%7154 = mul %7153, %6518 : f32[16,16] @ models/lib/nn.yaml:79:7
%7155 = mul %7146, %6520 : f32[16,16] @ models/lib/nn.yaml:79:7
%7156 = add %7155, %7154 : f32[16,16] @ models/lib/nn.yaml:79:7
%7157 = cast %7148 : f64[] @ models/lib/nn.yaml:79:7
%7158 = pow %6113, %7157 : f64[] @ models/lib/nn.yaml:79:7
%7159 = sub %6094, %7158 : f64[] @ models/lib/nn.yaml:79:7
%7160 = div %3958, %7159 : f64[] @ models/lib/nn.yaml:79:7
%7161 = pow %6121, %7157 : f64[] @ models/lib/nn.yaml:79:7
%7162 = sub %6094, %7161 : f64[] @ models/lib/nn.yaml:79:7
%7163 = sqrt %7162 : f64[] @ models/lib/nn.yaml:79:7
%7164 = div %6094, %7163 : f64[] @ models/lib/nn.yaml:79:7
%7165 = sqrt %7156 : f32[16,16] @ models/lib/nn.yaml:79:7
%7166 = cast %7164 : f32[] @ models/lib/nn.yaml:79:7
%7167 = broadcast %7166 : f32[16,16] @ models/lib/nn.yaml:79:7
%7168 = mul %7165, %7167 : f32[16,16] @ models/lib/nn.yaml:79:7
%7169 = add %7168, %6535 : f32[16,16] @ models/lib/nn.yaml:79:7
%7170 = div %7152, %7169 : f32[16,16] @ models/lib/nn.yaml:79:7
%7171 = cast %7160 : f32[] @ models/lib/nn.yaml:79:7
%7172 = broadcast %7171 : f32[16,16] @ models/lib/nn.yaml:79:7
%7173 = mul %7170, %7172 : f32[16,16] @ models/lib/nn.yaml:79:7
%7174 = sub %7149, %7173 : f32[16,16] @ models/lib/nn.yaml:79:7
%7175 = assign %26, %7174 : f32[16,16] @ models/lib/nn.yaml:79:7
%7176 = assign %7145, %7152 : f32[16,16] @ models/lib/nn.yaml:79:7
%7177 = assign %7146, %7156 : f32[16,16] @ models/lib/nn.yaml:79:7
%7178 = assign %7147, %7148 : i64[] @ models/lib/nn.yaml:79:7
%7179 = mul %104, %6546 : f32[16,16] @ models/lib/nn.yaml:79:7
%7180 = mul %7174, %6548 : f32[16,16] @ models/lib/nn.yaml:79:7
%7181 = add %7179, %7180 : f32[16,16] @ models/lib/nn.yaml:79:7
%7182 = assign %104, %7181 : f32[16,16] @ models/lib/nn.yaml:79:7
%7183 = all_reduce_sum %5735 : f32[16] @ models/lib/nn.yaml:80:7
%7184 = mul %7183, %7183 : f32[16] @ models/lib/nn.yaml:80:7
%7185 = reduce_sum %7184 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7186 = sqrt %7185 : f32[] @ models/lib/nn.yaml:80:7
%7187 = cast %7186 : f64[] @ models/lib/nn.yaml:80:7
%7188 = add %7187, %6090 : f64[] @ models/lib/nn.yaml:80:7
%7189 = div %6092, %7188 : f64[] @ models/lib/nn.yaml:80:7
%7190 = lt %7189, %6094 : bool[] @ models/lib/nn.yaml:80:7
%7191 = cast %7189 : f32[] @ models/lib/nn.yaml:80:7
%7192 = broadcast %7191 : f32[16] @ models/lib/nn.yaml:80:7
%7193 = mul %7183, %7192 : f32[16] @ models/lib/nn.yaml:80:7
%7194 = broadcast %7190 : bool[16] @ models/lib/nn.yaml:80:7
%7195 = select %7194, %7193, %7183 : f32[16] @ models/lib/nn.yaml:80:7
%7196 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7197 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7198 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7199 = add %7198, %6104 : i64[] @ models/lib/nn.yaml:80:7
%7200 = mul %7195, %6235 : f32[16] @ models/lib/nn.yaml:80:7
%7201 = mul %7196, %6237 : f32[16] @ models/lib/nn.yaml:80:7
%7202 = add %7201, %7200 : f32[16] @ models/lib/nn.yaml:80:7
%7203 = mul %7195, %7195 : f32[16] @ models/lib/nn.yaml:80:7
%7204 = mul %7203, %6241 : f32[16] @ models/lib/nn.yaml:80:7
%7205 = mul %7197, %6243 : f32[16] @ models/lib/nn.yaml:80:7
%7206 = add %7205, %7204 : f32[16] @ models/lib/nn.yaml:80:7
%7207 = cast %7199 : f64[] @ models/lib/nn.yaml:80:7
%7208 = pow %6113, %7207 : f64[] @ models/lib/nn.yaml:80:7
%7209 = sub %6094, %7208 : f64[] @ models/lib/nn.yaml:80:7
%7210 = div %3958, %7209 : f64[] @ models/lib/nn.yaml:80:7
%7211 = pow %6121, %7207 : f64[] @ models/lib/nn.yaml:80:7
%7212 = sub %6094, %7211 : f64[] @ models/lib/nn.yaml:80:7
%7213 = sqrt %7212 : f64[] @ models/lib/nn.yaml:80:7
%7214 = div %6094, %7213 : f64[] @ models/lib/nn.yaml:80:7
%7215 = sqrt %7206 : f32[16] @ models/lib/nn.yaml:80:7
%7216 = cast %7214 : f32[] @ models/lib/nn.yaml:80:7
%7217 = broadcast %7216 : f32[16] @ models/lib/nn.yaml:80:7
%7218 = mul %7215, %7217 : f32[16] @ models/lib/nn.yaml:80:7
%7219 = add %7218, %6258 : f32[16] @ models/lib/nn.yaml:80:7
%7220 = div %7202, %7219 : f32[16] @ models/lib/nn.yaml:80:7
%7221 = cast %7210 : f32[] @ models/lib/nn.yaml:80:7
%7222 = broadcast %7221 : f32[16] @ models/lib/nn.yaml:80:7
%7223 = mul %7220, %7222 : f32[16] @ models/lib/nn.yaml:80:7
%7224 = sub %27, %7223 : f32[16] @ models/lib/nn.yaml:80:7
%7225 = assign %27, %7224 : f32[16] @ models/lib/nn.yaml:80:7
%7226 = assign %7196, %7202 : f32[16] @ models/lib/nn.yaml:80:7
%7227 = assign %7197, %7206 : f32[16] @ models/lib/nn.yaml:80:7
%7228 = assign %7198, %7199 : i64[] @ models/lib/nn.yaml:80:7
%7229 = mul %105, %6269 : f32[16] @ models/lib/nn.yaml:80:7
%7230 = mul %7224, %6271 : f32[16] @ models/lib/nn.yaml:80:7
%7231 = add %7229, %7230 : f32[16] @ models/lib/nn.yaml:80:7
%7232 = assign %105, %7231 : f32[16] @ models/lib/nn.yaml:80:7
%7233 = all_reduce_sum %5707 : f32[16] @ models/lib/nn.yaml:89:7
%7234 = mul %7233, %7233 : f32[16] @ models/lib/nn.yaml:89:7
%7235 = reduce_sum %7234 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7236 = sqrt %7235 : f32[] @ models/lib/nn.yaml:89:7
%7237 = cast %7236 : f64[] @ models/lib/nn.yaml:89:7
%7238 = add %7237, %6090 : f64[] @ models/lib/nn.yaml:89:7
%7239 = div %6092, %7238 : f64[] @ models/lib/nn.yaml:89:7
%7240 = lt %7239, %6094 : bool[] @ models/lib/nn.yaml:89:7
%7241 = cast %7239 : f32[] @ models/lib/nn.yaml:89:7
%7242 = broadcast %7241 : f32[16] @ models/lib/nn.yaml:89:7
%7243 = mul %7233, %7242 : f32[16] @ models/lib/nn.yaml:89:7
%7244 = broadcast %7240 : bool[16] @ models/lib/nn.yaml:89:7
%7245 = select %7244, %7243, %7233 : f32[16] @ models/lib/nn.yaml:89:7
%7246 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7247 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7248 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7249 = add %7248, %6104 : i64[] @ models/lib/nn.yaml:89:7
%7250 = mul %7245, %6235 : f32[16] @ models/lib/nn.yaml:89:7
%7251 = mul %7246, %6237 : f32[16] @ models/lib/nn.yaml:89:7
%7252 = add %7251, %7250 : f32[16] @ models/lib/nn.yaml:89:7
%7253 = mul %7245, %7245 : f32[16] @ models/lib/nn.yaml:89:7
%7254 = mul %7253, %6241 : f32[16] @ models/lib/nn.yaml:89:7
%7255 = mul %7247, %6243 : f32[16] @ models/lib/nn.yaml:89:7
%7256 = add %7255, %7254 : f32[16] @ models/lib/nn.yaml:89:7
%7257 = cast %7249 : f64[] @ models/lib/nn.yaml:89:7
%7258 = pow %6113, %7257 : f64[] @ models/lib/nn.yaml:89:7
%7259 = sub %6094, %7258 : f64[] @ models/lib/nn.yaml:89:7
%7260 = div %3958, %7259 : f64[] @ models/lib/nn.yaml:89:7
%7261 = pow %6121, %7257 : f64[] @ models/lib/nn.yaml:89:7
%7262 = sub %6094, %7261 : f64[] @ models/lib/nn.yaml:89:7
%7263 = sqrt %7262 : f64[] @ models/lib/nn.yaml:89:7
%7264 = div %6094, %7263 : f64[] @ models/lib/nn.yaml:89:7
%7265 = sqrt %7256 : f32[16] @ models/lib/nn.yaml:89:7
%7266 = cast %7264 : f32[] @ models/lib/nn.yaml:89:7
%7267 = broadcast %7266 : f32[16] @ models/lib/nn.yaml:89:7
%7268 = mul %7265, %7267 : f32[16] @ models/lib/nn.yaml:89:7
%7269 = add %7268, %6258 : f32[16] @ models/lib/nn.yaml:89:7
%7270 = div %7252, %7269 : f32[16] @ models/lib/nn.yaml:89:7
%7271 = cast %7260 : f32[] @ models/lib/nn.yaml:89:7
%7272 = broadcast %7271 : f32[16] @ models/lib/nn.yaml:89:7
%7273 = mul %7270, %7272 : f32[16] @ models/lib/nn.yaml:89:7
%7274 = sub %28, %7273 : f32[16] @ models/lib/nn.yaml:89:7
%7275 = assign %28, %7274 : f32[16] @ models/lib/nn.yaml:89:7
%7276 = assign %7246, %7252 : f32[16] @ models/lib/nn.yaml:89:7
%7277 = assign %7247, %7256 : f32[16] @ models/lib/nn.yaml:89:7
%7278 = assign %7248, %7249 : i64[] @ models/lib/nn.yaml:89:7
%7279 = mul %106, %6269 : f32[16] @ models/lib/nn.yaml:89:7
%7280 = mul %7274, %6271 : f32[16] @ models/lib/nn.yaml:89:7
%7281 = add %7279, %7280 : f32[16] @ models/lib/nn.yaml:89:7
%7282 = assign %106, %7281 : f32[16] @ models/lib/nn.yaml:89:7
%7283 = all_reduce_sum %5701 : f32[16] @ models/lib/nn.yaml:90:7
%7284 = mul %7283, %7283 : f32[16] @ models/lib/nn.yaml:90:7
%7285 = reduce_sum %7284 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7286 = sqrt %7285 : f32[] @ models/lib/nn.yaml:90:7
%7287 = cast %7286 : f64[] @ models/lib/nn.yaml:90:7
%7288 = add %7287, %6090 : f64[] @ models/lib/nn.yaml:90:7
%7289 = div %6092, %7288 : f64[] @ models/lib/nn.yaml:90:7
%7290 = lt %7289, %6094 : bool[] @ models/lib/nn.yaml:90:7
%7291 = cast %7289 : f32[] @ models/lib/nn.yaml:90:7
%7292 = broadcast %7291 : f32[16] @ models/lib/nn.yaml:90:7
%7293 = mul %7283, %7292 : f32[16] @ models/lib/nn.yaml:90:7
%7294 = broadcast %7290 : bool[16] @ models/lib/nn.yaml:90:7
%7295 = select %7294, %7293, %7283 : f32[16] @ models/lib/nn.yaml:90:7
%7296 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7297 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7298 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7299 = add %7298, %6104 : i64[] @ models/lib/nn.yaml:90:7
%7300 = mul %7295, %6235 : f32[16] @ models/lib/nn.yaml:90:7
%7301 = mul %7296, %6237 : f32[16] @ models/lib/nn.yaml:90:7
%7302 = add %7301, %7300 : f32[16] @ models/lib/nn.yaml:90:7
%7303 = mul %7295, %7295 : f32[16] @ models/lib/nn.yaml:90:7
%7304 = mul %7303, %6241 : f32[16] @ models/lib/nn.yaml:90:7
%7305 = mul %7297, %6243 : f32[16] @ models/lib/nn.yaml:90:7
%7306 = add %7305, %7304 : f32[16] @ models/lib/nn.yaml:90:7
%7307 = cast %7299 : f64[] @ models/lib/nn.yaml:90:7
%7308 = pow %6113, %7307 : f64[] @ models/lib/nn.yaml:90:7
%7309 = sub %6094, %7308 : f64[] @ models/lib/nn.yaml:90:7
%7310 = div %3958, %7309 : f64[] @ models/lib/nn.yaml:90:7
%7311 = pow %6121, %7307 : f64[] @ models/lib/nn.yaml:90:7
%7312 = sub %6094, %7311 : f64[] @ models/lib/nn.yaml:90:7
%7313 = sqrt %7312 : f64[] @ models/lib/nn.yaml:90:7
%7314 = div %6094, %7313 : f64[] @ models/lib/nn.yaml:90:7
%7315 = sqrt %7306 : f32[16] @ models/lib/nn.yaml:90:7
%7316 = cast %7314 : f32[] @ models/lib/nn.yaml:90:7
%7317 = broadcast %7316 : f32[16] @ models/lib/nn.yaml:90:7
%7318 = mul %7315, %7317 : f32[16] @ models/lib/nn.yaml:90:7
%7319 = add %7318, %6258 : f32[16] @ models/lib/nn.yaml:90:7
%7320 = div %7302, %7319 : f32[16] @ models/lib/nn.yaml:90:7
%7321 = cast %7310 : f32[] @ models/lib/nn.yaml:90:7
%7322 = broadcast %7321 : f32[16] @ models/lib/nn.yaml:90:7
%7323 = mul %7320, %7322 : f32[16] @ models/lib/nn.yaml:90:7
%7324 = sub %29, %7323 : f32[16] @ models/lib/nn.yaml:90:7
%7325 = assign %29, %7324 : f32[16] @ models/lib/nn.yaml:90:7
%7326 = assign %7296, %7302 : f32[16] @ models/lib/nn.yaml:90:7
%7327 = assign %7297, %7306 : f32[16] @ models/lib/nn.yaml:90:7
%7328 = assign %7298, %7299 : i64[] @ models/lib/nn.yaml:90:7
%7329 = mul %107, %6269 : f32[16] @ models/lib/nn.yaml:90:7
%7330 = mul %7324, %6271 : f32[16] @ models/lib/nn.yaml:90:7
%7331 = add %7329, %7330 : f32[16] @ models/lib/nn.yaml:90:7
%7332 = assign %107, %7331 : f32[16] @ models/lib/nn.yaml:90:7
%7333 = all_reduce_sum %5696 : f32[64,16] @ models/lib/nn.yaml:79:7
%7334 = reshape %7333 : f32[1024] @ models/lib/nn.yaml:79:7
%7335 = mul %7334, %7334 : f32[1024] @ models/lib/nn.yaml:79:7
%7336 = reduce_sum %7335 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7337 = sqrt %7336 : f32[] @ models/lib/nn.yaml:79:7
%7338 = cast %7337 : f64[] @ models/lib/nn.yaml:79:7
%7339 = add %7338, %6090 : f64[] @ models/lib/nn.yaml:79:7
%7340 = div %6092, %7339 : f64[] @ models/lib/nn.yaml:79:7
%7341 = lt %7340, %6094 : bool[] @ models/lib/nn.yaml:79:7
%7342 = cast %7340 : f32[] @ models/lib/nn.yaml:79:7
%7343 = broadcast %7342 : f32[64,16] @ models/lib/nn.yaml:79:7
%7344 = mul %7333, %7343 : f32[64,16] @ models/lib/nn.yaml:79:7
%7345 = broadcast %7341 : bool[64,16] @ models/lib/nn.yaml:79:7
%7346 = select %7345, %7344, %7333 : f32[64,16] @ models/lib/nn.yaml:79:7
%7347 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7348 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7349 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7350 = add %7349, %6104 : i64[] @ models/lib/nn.yaml:79:7
%7351 = mul %30, %6720 : f32[64,16] @ models/lib/nn.yaml:79:7
%7352 = mul %7346, %6722 : f32[64,16] @ models/lib/nn.yaml:79:7
%7353 = mul %7347, %6724 : f32[64,16] @ models/lib/nn.yaml:79:7
%7354 = add %7353, %7352 : f32[64,16] @ models/lib/nn.yaml:79:7
%7355 = mul %7346, %7346 : f32[64,16] @ models/lib/nn.yaml:79:7
%7356 = mul %7355, %6728 : f32[64,16] @ models/lib/nn.yaml:79:7
%7357 = mul %7348, %6730 : f32[64,16] @ models/lib/nn.yaml:79:7
%7358 = add %7357, %7356 : f32[64,16] @ models/lib/nn.yaml:79:7
%7359 = cast %7350 : f64[] @ models/lib/nn.yaml:79:7
%7360 = pow %6113, %7359 : f64[] @ models/lib/nn.yaml:79:7
%7361 = sub %6094, %7360 : f64[] @ models/lib/nn.yaml:79:7
%7362 = div %3958, %7361 : f64[] @ models/lib/nn.yaml:79:7
%7363 = pow %6121, %7359 : f64[] @ models/lib/nn.yaml:79:7
%7364 = sub %6094, %7363 : f64[] @ models/lib/nn.yaml:79:7
%7365 = sqrt %7364 : f64[] @ models/lib/nn.yaml:79:7
%7366 = div %6094, %7365 : f64[] @ models/lib/nn.yaml:79:7
%7367 = sqrt %7358 : f32[64,16] @ models/lib/nn.yaml:79:7
%7368 = cast %7366 : f32[] @ models/lib/nn.yaml:79:7
%7369 = broadcast %7368 : f32[64,16] @ models/lib/nn.yaml:79:7
%7370 = mul %7367, %7369 : f32[64,16] @ models/lib/nn.yaml:79:7
%7371 = add %7370, %6745 : f32[64,16] @ models/lib/nn.yaml:79:7
%7372 = div %7354, %7371 : f32[64,16] @ models/lib/nn.yaml:79:7
%7373 = cast %7362 : f32[] @ models/lib/nn.yaml:79:7
%7374 = broadcast %7373 : f32[64,16] @ models/lib/nn.yaml:79:7
%7375 = mul %7372, %7374 : f32[64,16] @ models/lib/nn.yaml:79:7
%7376 = sub %7351, %7375 : f32[64,16] @ models/lib/nn.yaml:79:7
%7377 = assign %30, %7376 : f32[64,16] @ models/lib/nn.yaml:79:7
%7378 = assign %7347, %7354 : f32[64,16] @ models/lib/nn.yaml:79:7
%7379 = assign %7348, %7358 : f32[64,16] @ models/lib/nn.yaml:79:7
%7380 = assign %7349, %7350 : i64[] @ models/lib/nn.yaml:79:7
%7381 = mul %108, %6756 : f32[64,16] @ models/lib/nn.yaml:79:7
%7382 = mul %7376, %6758 : f32[64,16] @ models/lib/nn.yaml:79:7
%7383 = add %7381, %7382 : f32[64,16] @ models/lib/nn.yaml:79:7
%7384 = assign %108, %7383 : f32[64,16] @ models/lib/nn.yaml:79:7
%7385 = all_reduce_sum %5691 : f32[64] @ models/lib/nn.yaml:80:7
%7386 = mul %7385, %7385 : f32[64] @ models/lib/nn.yaml:80:7
%7387 = reduce_sum %7386 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7388 = sqrt %7387 : f32[] @ models/lib/nn.yaml:80:7
%7389 = cast %7388 : f64[] @ models/lib/nn.yaml:80:7
%7390 = add %7389, %6090 : f64[] @ models/lib/nn.yaml:80:7
%7391 = div %6092, %7390 : f64[] @ models/lib/nn.yaml:80:7
%7392 = lt %7391, %6094 : bool[] @ models/lib/nn.yaml:80:7
%7393 = cast %7391 : f32[] @ models/lib/nn.yaml:80:7
%7394 = broadcast %7393 : f32[64] @ models/lib/nn.yaml:80:7
%7395 = mul %7385, %7394 : f32[64] @ models/lib/nn.yaml:80:7
%7396 = broadcast %7392 : bool[64] @ models/lib/nn.yaml:80:7
%7397 = select %7396, %7395, %7385 : f32[64] @ models/lib/nn.yaml:80:7
%7398 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7399 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7400 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7401 = add %7400, %6104 : i64[] @ models/lib/nn.yaml:80:7
%7402 = mul %7397, %6779 : f32[64] @ models/lib/nn.yaml:80:7
%7403 = mul %7398, %6781 : f32[64] @ models/lib/nn.yaml:80:7
%7404 = add %7403, %7402 : f32[64] @ models/lib/nn.yaml:80:7
%7405 = mul %7397, %7397 : f32[64] @ models/lib/nn.yaml:80:7
%7406 = mul %7405, %6785 : f32[64] @ models/lib/nn.yaml:80:7
%7407 = mul %7399, %6787 : f32[64] @ models/lib/nn.yaml:80:7
%7408 = add %7407, %7406 : f32[64] @ models/lib/nn.yaml:80:7
%7409 = cast %7401 : f64[] @ models/lib/nn.yaml:80:7
%7410 = pow %6113, %7409 : f64[] @ models/lib/nn.yaml:80:7
%7411 = sub %6094, %7410 : f64[] @ models/lib/nn.yaml:80:7
%7412 = div %3958, %7411 : f64[] @ models/lib/nn.yaml:80:7
%7413 = pow %6121, %7409 : f64[] @ models/lib/nn.yaml:80:7
%7414 = sub %6094, %7413 : f64[] @ models/lib/nn.yaml:80:7
%7415 = sqrt %7414 : f64[] @ models/lib/nn.yaml:80:7
%7416 = div %6094, %7415 : f64[] @ models/lib/nn.yaml:80:7
%7417 = sqrt %7408 : f32[64] @ models/lib/nn.yaml:80:7
%7418 = cast %7416 : f32[] @ models/lib/nn.yaml:80:7
%7419 = broadcast %7418 : f32[64] @ models/lib/nn.yaml:80:7
%7420 = mul %7417, %7419 : f32[64] @ models/lib/nn.yaml:80:7
%7421 = add %7420, %6802 : f32[64] @ models/lib/nn.yaml:80:7
%7422 = div %7404, %7421 : f32[64] @ models/lib/nn.yaml:80:7
%7423 = cast %7412 : f32[] @ models/lib/nn.yaml:80:7
%7424 = broadcast %7423 : f32[64] @ models/lib/nn.yaml:80:7
%7425 = mul %7422, %7424 : f32[64] @ models/lib/nn.yaml:80:7
%7426 = sub %31, %7425 : f32[64] @ models/lib/nn.yaml:80:7
%7427 = assign %31, %7426 : f32[64] @ models/lib/nn.yaml:80:7
%7428 = assign %7398, %7404 : f32[64] @ models/lib/nn.yaml:80:7
%7429 = assign %7399, %7408 : f32[64] @ models/lib/nn.yaml:80:7
%7430 = assign %7400, %7401 : i64[] @ models/lib/nn.yaml:80:7
%7431 = mul %109, %6813 : f32[64] @ models/lib/nn.yaml:80:7
%7432 = mul %7426, %6815 : f32[64] @ models/lib/nn.yaml:80:7
%7433 = add %7431, %7432 : f32[64] @ models/lib/nn.yaml:80:7
%7434 = assign %109, %7433 : f32[64] @ models/lib/nn.yaml:80:7
%7435 = all_reduce_sum %5667 : f32[16,64] @ models/lib/nn.yaml:79:7
%7436 = reshape %7435 : f32[1024] @ models/lib/nn.yaml:79:7
%7437 = mul %7436, %7436 : f32[1024] @ models/lib/nn.yaml:79:7
%7438 = reduce_sum %7437 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7439 = sqrt %7438 : f32[] @ models/lib/nn.yaml:79:7
%7440 = cast %7439 : f64[] @ models/lib/nn.yaml:79:7
%7441 = add %7440, %6090 : f64[] @ models/lib/nn.yaml:79:7
%7442 = div %6092, %7441 : f64[] @ models/lib/nn.yaml:79:7
%7443 = lt %7442, %6094 : bool[] @ models/lib/nn.yaml:79:7
%7444 = cast %7442 : f32[] @ models/lib/nn.yaml:79:7
%7445 = broadcast %7444 : f32[16,64] @ models/lib/nn.yaml:79:7
%7446 = mul %7435, %7445 : f32[16,64] @ models/lib/nn.yaml:79:7
%7447 = broadcast %7443 : bool[16,64] @ models/lib/nn.yaml:79:7
%7448 = select %7447, %7446, %7435 : f32[16,64] @ models/lib/nn.yaml:79:7
%7449 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7450 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7451 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7452 = add %7451, %6104 : i64[] @ models/lib/nn.yaml:79:7
%7453 = mul %32, %6837 : f32[16,64] @ models/lib/nn.yaml:79:7
%7454 = mul %7448, %6839 : f32[16,64] @ models/lib/nn.yaml:79:7
%7455 = mul %7449, %6841 : f32[16,64] @ models/lib/nn.yaml:79:7
%7456 = add %7455, %7454 : f32[16,64] @ models/lib/nn.yaml:79:7
%7457 = mul %7448, %7448 : f32[16,64] @ models/lib/nn.yaml:79:7
%7458 = mul %7457, %6845 : f32[16,64] @ models/lib/nn.yaml:79:7
%7459 = mul %7450, %6847 : f32[16,64] @ models/lib/nn.yaml:79:7
%7460 = add %7459, %7458 : f32[16,64] @ models/lib/nn.yaml:79:7
%7461 = cast %7452 : f64[] @ models/lib/nn.yaml:79:7
%7462 = pow %6113, %7461 : f64[] @ models/lib/nn.yaml:79:7
%7463 = sub %6094, %7462 : f64[] @ models/lib/nn.yaml:79:7
%7464 = div %3958, %7463 : f64[] @ models/lib/nn.yaml:79:7
%7465 = pow %6121, %7461 : f64[] @ models/lib/nn.yaml:79:7
%7466 = sub %6094, %7465 : f64[] @ models/lib/nn.yaml:79:7
%7467 = sqrt %7466 : f64[] @ models/lib/nn.yaml:79:7
%7468 = div %6094, %7467 : f64[] @ models/lib/nn.yaml:79:7
%7469 = sqrt %7460 : f32[16,64] @ models/lib/nn.yaml:79:7
%7470 = cast %7468 : f32[] @ models/lib/nn.yaml:79:7
%7471 = broadcast %7470 : f32[16,64] @ models/lib/nn.yaml:79:7
%7472 = mul %7469, %7471 : f32[16,64] @ models/lib/nn.yaml:79:7
%7473 = add %7472, %6862 : f32[16,64] @ models/lib/nn.yaml:79:7
%7474 = div %7456, %7473 : f32[16,64] @ models/lib/nn.yaml:79:7
%7475 = cast %7464 : f32[] @ models/lib/nn.yaml:79:7
%7476 = broadcast %7475 : f32[16,64] @ models/lib/nn.yaml:79:7
%7477 = mul %7474, %7476 : f32[16,64] @ models/lib/nn.yaml:79:7
%7478 = sub %7453, %7477 : f32[16,64] @ models/lib/nn.yaml:79:7
%7479 = assign %32, %7478 : f32[16,64] @ models/lib/nn.yaml:79:7
%7480 = assign %7449, %7456 : f32[16,64] @ models/lib/nn.yaml:79:7
%7481 = assign %7450, %7460 : f32[16,64] @ models/lib/nn.yaml:79:7
%7482 = assign %7451, %7452 : i64[] @ models/lib/nn.yaml:79:7
%7483 = mul %110, %6873 : f32[16,64] @ models/lib/nn.yaml:79:7
%7484 = mul %7478, %6875 : f32[16,64] @ models/lib/nn.yaml:79:7
%7485 = add %7483, %7484 : f32[16,64] @ models/lib/nn.yaml:79:7
%7486 = assign %110, %7485 : f32[16,64] @ models/lib/nn.yaml:79:7
%7487 = all_reduce_sum %5662 : f32[16] @ models/lib/nn.yaml:80:7
%7488 = mul %7487, %7487 : f32[16] @ models/lib/nn.yaml:80:7
%7489 = reduce_sum %7488 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7490 = sqrt %7489 : f32[] @ models/lib/nn.yaml:80:7
%7491 = cast %7490 : f64[] @ models/lib/nn.yaml:80:7
%7492 = add %7491, %6090 : f64[] @ models/lib/nn.yaml:80:7
%7493 = div %6092, %7492 : f64[] @ models/lib/nn.yaml:80:7
%7494 = lt %7493, %6094 : bool[] @ models/lib/nn.yaml:80:7
%7495 = cast %7493 : f32[] @ models/lib/nn.yaml:80:7
%7496 = broadcast %7495 : f32[16] @ models/lib/nn.yaml:80:7
%7497 = mul %7487, %7496 : f32[16] @ models/lib/nn.yaml:80:7
%7498 = broadcast %7494 : bool[16] @ models/lib/nn.yaml:80:7
%7499 = select %7498, %7497, %7487 : f32[16] @ models/lib/nn.yaml:80:7
%7500 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7501 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7502 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7503 = add %7502, %6104 : i64[] @ models/lib/nn.yaml:80:7
%7504 = mul %7499, %6235 : f32[16] @ models/lib/nn.yaml:80:7
%7505 = mul %7500, %6237 : f32[16] @ models/lib/nn.yaml:80:7
%7506 = add %7505, %7504 : f32[16] @ models/lib/nn.yaml:80:7
%7507 = mul %7499, %7499 : f32[16] @ models/lib/nn.yaml:80:7
%7508 = mul %7507, %6241 : f32[16] @ models/lib/nn.yaml:80:7
%7509 = mul %7501, %6243 : f32[16] @ models/lib/nn.yaml:80:7
%7510 = add %7509, %7508 : f32[16] @ models/lib/nn.yaml:80:7
%7511 = cast %7503 : f64[] @ models/lib/nn.yaml:80:7
%7512 = pow %6113, %7511 : f64[] @ models/lib/nn.yaml:80:7
%7513 = sub %6094, %7512 : f64[] @ models/lib/nn.yaml:80:7
%7514 = div %3958, %7513 : f64[] @ models/lib/nn.yaml:80:7
%7515 = pow %6121, %7511 : f64[] @ models/lib/nn.yaml:80:7
%7516 = sub %6094, %7515 : f64[] @ models/lib/nn.yaml:80:7
%7517 = sqrt %7516 : f64[] @ models/lib/nn.yaml:80:7
%7518 = div %6094, %7517 : f64[] @ models/lib/nn.yaml:80:7
%7519 = sqrt %7510 : f32[16] @ models/lib/nn.yaml:80:7
%7520 = cast %7518 : f32[] @ models/lib/nn.yaml:80:7
%7521 = broadcast %7520 : f32[16] @ models/lib/nn.yaml:80:7
%7522 = mul %7519, %7521 : f32[16] @ models/lib/nn.yaml:80:7
%7523 = add %7522, %6258 : f32[16] @ models/lib/nn.yaml:80:7
%7524 = div %7506, %7523 : f32[16] @ models/lib/nn.yaml:80:7
%7525 = cast %7514 : f32[] @ models/lib/nn.yaml:80:7
%7526 = broadcast %7525 : f32[16] @ models/lib/nn.yaml:80:7
%7527 = mul %7524, %7526 : f32[16] @ models/lib/nn.yaml:80:7
%7528 = sub %33, %7527 : f32[16] @ models/lib/nn.yaml:80:7
%7529 = assign %33, %7528 : f32[16] @ models/lib/nn.yaml:80:7
%7530 = assign %7500, %7506 : f32[16] @ models/lib/nn.yaml:80:7
%7531 = assign %7501, %7510 : f32[16] @ models/lib/nn.yaml:80:7
%7532 = assign %7502, %7503 : i64[] @ models/lib/nn.yaml:80:7
%7533 = mul %111, %6269 : f32[16] @ models/lib/nn.yaml:80:7
%7534 = mul %7528, %6271 : f32[16] @ models/lib/nn.yaml:80:7
%7535 = add %7533, %7534 : f32[16] @ models/lib/nn.yaml:80:7
%7536 = assign %111, %7535 : f32[16] @ models/lib/nn.yaml:80:7
%7537 = all_reduce_sum %5655 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7538 = reshape %7537 : f32[16] @ models/lib/vit.yaml:103:7
%7539 = mul %7538, %7538 : f32[16] @ models/lib/vit.yaml:103:7
%7540 = reduce_sum %7539 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%7541 = sqrt %7540 : f32[] @ models/lib/vit.yaml:103:7
%7542 = cast %7541 : f64[] @ models/lib/vit.yaml:103:7
%7543 = add %7542, %6090 : f64[] @ models/lib/vit.yaml:103:7
%7544 = div %6092, %7543 : f64[] @ models/lib/vit.yaml:103:7
%7545 = lt %7544, %6094 : bool[] @ models/lib/vit.yaml:103:7
%7546 = cast %7544 : f32[] @ models/lib/vit.yaml:103:7
%7547 = broadcast %7546 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7548 = mul %7537, %7547 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7549 = broadcast %7545 : bool[1,1,16] @ models/lib/vit.yaml:103:7
%7550 = select %7549, %7548, %7537 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7551 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7552 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7553 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%7554 = add %7553, %6104 : i64[] @ models/lib/vit.yaml:103:7
%7555 = broadcast %6108 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7556 = mul %34, %7555 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7557 = broadcast %3683 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7558 = mul %7550, %7557 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7559 = broadcast %2701 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7560 = mul %7551, %7559 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7561 = add %7560, %7558 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7562 = mul %7550, %7550 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7563 = broadcast %6118 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7564 = mul %7562, %7563 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7565 = broadcast %6122 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7566 = mul %7552, %7565 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7567 = add %7566, %7564 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7568 = cast %7554 : f64[] @ models/lib/vit.yaml:103:7
%7569 = pow %6113, %7568 : f64[] @ models/lib/vit.yaml:103:7
%7570 = sub %6094, %7569 : f64[] @ models/lib/vit.yaml:103:7
%7571 = div %3958, %7570 : f64[] @ models/lib/vit.yaml:103:7
%7572 = pow %6121, %7568 : f64[] @ models/lib/vit.yaml:103:7
%7573 = sub %6094, %7572 : f64[] @ models/lib/vit.yaml:103:7
%7574 = sqrt %7573 : f64[] @ models/lib/vit.yaml:103:7
%7575 = div %6094, %7574 : f64[] @ models/lib/vit.yaml:103:7
%7576 = sqrt %7567 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7577 = cast %7575 : f32[] @ models/lib/vit.yaml:103:7
%7578 = broadcast %7577 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7579 = mul %7576, %7578 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7580 = broadcast %6138 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7581 = add %7579, %7580 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7582 = div %7561, %7581 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7583 = cast %7571 : f32[] @ models/lib/vit.yaml:103:7
%7584 = broadcast %7583 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7585 = mul %7582, %7584 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7586 = sub %7556, %7585 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7587 = assign %34, %7586 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7588 = assign %7551, %7561 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7589 = assign %7552, %7567 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7590 = assign %7553, %7554 : i64[] @ models/lib/vit.yaml:103:7
%7591 = broadcast %3 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7592 = mul %112, %7591 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7593 = broadcast %6153 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7594 = mul %7586, %7593 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7595 = add %7592, %7594 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7596 = assign %112, %7595 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7597 = all_reduce_sum %5630 : f32[16] @ models/lib/nn.yaml:89:7
%7598 = mul %7597, %7597 : f32[16] @ models/lib/nn.yaml:89:7
%7599 = reduce_sum %7598 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7600 = sqrt %7599 : f32[] @ models/lib/nn.yaml:89:7
%7601 = cast %7600 : f64[] @ models/lib/nn.yaml:89:7
%7602 = add %7601, %6090 : f64[] @ models/lib/nn.yaml:89:7
%7603 = div %6092, %7602 : f64[] @ models/lib/nn.yaml:89:7
%7604 = lt %7603, %6094 : bool[] @ models/lib/nn.yaml:89:7
%7605 = cast %7603 : f32[] @ models/lib/nn.yaml:89:7
%7606 = broadcast %7605 : f32[16] @ models/lib/nn.yaml:89:7
%7607 = mul %7597, %7606 : f32[16] @ models/lib/nn.yaml:89:7
%7608 = broadcast %7604 : bool[16] @ models/lib/nn.yaml:89:7
%7609 = select %7608, %7607, %7597 : f32[16] @ models/lib/nn.yaml:89:7
%7610 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7611 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7612 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7613 = add %7612, %6104 : i64[] @ models/lib/nn.yaml:89:7
%7614 = mul %7609, %6235 : f32[16] @ models/lib/nn.yaml:89:7
%7615 = mul %7610, %6237 : f32[16] @ models/lib/nn.yaml:89:7
%7616 = add %7615, %7614 : f32[16] @ models/lib/nn.yaml:89:7
%7617 = mul %7609, %7609 : f32[16] @ models/lib/nn.yaml:89:7
%7618 = mul %7617, %6241 : f32[16] @ models/lib/nn.yaml:89:7
%7619 = mul %7611, %6243 : f32[16] @ models/lib/nn.yaml:89:7
%7620 = add %7619, %7618 : f32[16] @ models/lib/nn.yaml:89:7
%7621 = cast %7613 : f64[] @ models/lib/nn.yaml:89:7
%7622 = pow %6113, %7621 : f64[] @ models/lib/nn.yaml:89:7
%7623 = sub %6094, %7622 : f64[] @ models/lib/nn.yaml:89:7
%7624 = div %3958, %7623 : f64[] @ models/lib/nn.yaml:89:7
%7625 = pow %6121, %7621 : f64[] @ models/lib/nn.yaml:89:7
%7626 = sub %6094, %7625 : f64[] @ models/lib/nn.yaml:89:7
%7627 = sqrt %7626 : f64[] @ models/lib/nn.yaml:89:7
%7628 = div %6094, %7627 : f64[] @ models/lib/nn.yaml:89:7
%7629 = sqrt %7620 : f32[16] @ models/lib/nn.yaml:89:7
%7630 = cast %7628 : f32[] @ models/lib/nn.yaml:89:7
%7631 = broadcast %7630 : f32[16] @ models/lib/nn.yaml:89:7
%7632 = mul %7629, %7631 : f32[16] @ models/lib/nn.yaml:89:7
%7633 = add %7632, %6258 : f32[16] @ models/lib/nn.yaml:89:7
%7634 = div %7616, %7633 : f32[16] @ models/lib/nn.yaml:89:7
%7635 = cast %7624 : f32[] @ models/lib/nn.yaml:89:7
%7636 = broadcast %7635 : f32[16] @ models/lib/nn.yaml:89:7
%7637 = mul %7634, %7636 : f32[16] @ models/lib/nn.yaml:89:7
%7638 = sub %35, %7637 : f32[16] @ models/lib/nn.yaml:89:7
%7639 = assign %35, %7638 : f32[16] @ models/lib/nn.yaml:89:7
%7640 = assign %7610, %7616 : f32[16] @ models/lib/nn.yaml:89:7
%7641 = assign %7611, %7620 : f32[16] @ models/lib/nn.yaml:89:7
%7642 = assign %7612, %7613 : i64[] @ models/lib/nn.yaml:89:7
%7643 = mul %113, %6269 : f32[16] @ models/lib/nn.yaml:89:7
%7644 = mul %7638, %6271 : f32[16] @ models/lib/nn.yaml:89:7
%7645 = add %7643, %7644 : f32[16] @ models/lib/nn.yaml:89:7
%7646 = assign %113, %7645 : f32[16] @ models/lib/nn.yaml:89:7
%7647 = all_reduce_sum %5624 : f32[16] @ models/lib/nn.yaml:90:7
%7648 = mul %7647, %7647 : f32[16] @ models/lib/nn.yaml:90:7
%7649 = reduce_sum %7648 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7650 = sqrt %7649 : f32[] @ models/lib/nn.yaml:90:7
%7651 = cast %7650 : f64[] @ models/lib/nn.yaml:90:7
%7652 = add %7651, %6090 : f64[] @ models/lib/nn.yaml:90:7
%7653 = div %6092, %7652 : f64[] @ models/lib/nn.yaml:90:7
%7654 = lt %7653, %6094 : bool[] @ models/lib/nn.yaml:90:7
%7655 = cast %7653 : f32[] @ models/lib/nn.yaml:90:7
%7656 = broadcast %7655 : f32[16] @ models/lib/nn.yaml:90:7
%7657 = mul %7647, %7656 : f32[16] @ models/lib/nn.yaml:90:7
%7658 = broadcast %7654 : bool[16] @ models/lib/nn.yaml:90:7
%7659 = select %7658, %7657, %7647 : f32[16] @ models/lib/nn.yaml:90:7
%7660 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7661 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7662 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7663 = add %7662, %6104 : i64[] @ models/lib/nn.yaml:90:7
%7664 = mul %7659, %6235 : f32[16] @ models/lib/nn.yaml:90:7
%7665 = mul %7660, %6237 : f32[16] @ models/lib/nn.yaml:90:7
%7666 = add %7665, %7664 : f32[16] @ models/lib/nn.yaml:90:7
%7667 = mul %7659, %7659 : f32[16] @ models/lib/nn.yaml:90:7
%7668 = mul %7667, %6241 : f32[16] @ models/lib/nn.yaml:90:7
%7669 = mul %7661, %6243 : f32[16] @ models/lib/nn.yaml:90:7
%7670 = add %7669, %7668 : f32[16] @ models/lib/nn.yaml:90:7
%7671 = cast %7663 : f64[] @ models/lib/nn.yaml:90:7
%7672 = pow %6113, %7671 : f64[] @ models/lib/nn.yaml:90:7
%7673 = sub %6094, %7672 : f64[] @ models/lib/nn.yaml:90:7
%7674 = div %3958, %7673 : f64[] @ models/lib/nn.yaml:90:7
%7675 = pow %6121, %7671 : f64[] @ models/lib/nn.yaml:90:7
%7676 = sub %6094, %7675 : f64[] @ models/lib/nn.yaml:90:7
%7677 = sqrt %7676 : f64[] @ models/lib/nn.yaml:90:7
%7678 = div %6094, %7677 : f64[] @ models/lib/nn.yaml:90:7
%7679 = sqrt %7670 : f32[16] @ models/lib/nn.yaml:90:7
%7680 = cast %7678 : f32[] @ models/lib/nn.yaml:90:7
%7681 = broadcast %7680 : f32[16] @ models/lib/nn.yaml:90:7
%7682 = mul %7679, %7681 : f32[16] @ models/lib/nn.yaml:90:7
%7683 = add %7682, %6258 : f32[16] @ models/lib/nn.yaml:90:7
%7684 = div %7666, %7683 : f32[16] @ models/lib/nn.yaml:90:7
%7685 = cast %7674 : f32[] @ models/lib/nn.yaml:90:7
%7686 = broadcast %7685 : f32[16] @ models/lib/nn.yaml:90:7
%7687 = mul %7684, %7686 : f32[16] @ models/lib/nn.yaml:90:7
%7688 = sub %36, %7687 : f32[16] @ models/lib/nn.yaml:90:7
%7689 = assign %36, %7688 : f32[16] @ models/lib/nn.yaml:90:7
%7690 = assign %7660, %7666 : f32[16] @ models/lib/nn.yaml:90:7
%7691 = assign %7661, %7670 : f32[16] @ models/lib/nn.yaml:90:7
%7692 = assign %7662, %7663 : i64[] @ models/lib/nn.yaml:90:7
%7693 = mul %114, %6269 : f32[16] @ models/lib/nn.yaml:90:7
%7694 = mul %7688, %6271 : f32[16] @ models/lib/nn.yaml:90:7
%7695 = add %7693, %7694 : f32[16] @ models/lib/nn.yaml:90:7
%7696 = assign %114, %7695 : f32[16] @ models/lib/nn.yaml:90:7
%7697 = all_reduce_sum %5617 : f32[16,16] @ models/lib/nn.yaml:79:7
%7698 = reshape %7697 : f32[256] @ models/lib/nn.yaml:79:7
%7699 = mul %7698, %7698 : f32[256] @ models/lib/nn.yaml:79:7
%7700 = reduce_sum %7699 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7701 = sqrt %7700 : f32[] @ models/lib/nn.yaml:79:7
%7702 = cast %7701 : f64[] @ models/lib/nn.yaml:79:7
%7703 = add %7702, %6090 : f64[] @ models/lib/nn.yaml:79:7
%7704 = div %6092, %7703 : f64[] @ models/lib/nn.yaml:79:7
%7705 = lt %7704, %6094 : bool[] @ models/lib/nn.yaml:79:7
%7706 = cast %7704 : f32[] @ models/lib/nn.yaml:79:7
%7707 = broadcast %7706 : f32[16,16] @ models/lib/nn.yaml:79:7
%7708 = mul %7697, %7707 : f32[16,16] @ models/lib/nn.yaml:79:7
%7709 = broadcast %7705 : bool[16,16] @ models/lib/nn.yaml:79:7
%7710 = select %7709, %7708, %7697 : f32[16,16] @ models/lib/nn.yaml:79:7
%7711 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7712 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7713 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7714 = add %7713, %6104 : i64[] @ models/lib/nn.yaml:79:7
%7715 = mul %37, %6510 : f32[16,16] @ models/lib/nn.yaml:79:7
%7716 = mul %7710, %6512 : f32[16,16] @ models/lib/nn.yaml:79:7
%7717 = mul %7711, %6514 : f32[16,16] @ models/lib/nn.yaml:79:7
%7718 = add %7717, %7716 : f32[16,16] @ models/lib/nn.yaml:79:7
%7719 = mul %7710, %7710 : f32[16,16] @ models/lib/nn.yaml:79:7
%7720 = mul %7719, %6518 : f32[16,16] @ models/lib/nn.yaml:79:7
%7721 = mul %7712, %6520 : f32[16,16] @ models/lib/nn.yaml:79:7
%7722 = add %7721, %7720 : f32[16,16] @ models/lib/nn.yaml:79:7
%7723 = cast %7714 : f64[] @ models/lib/nn.yaml:79:7
%7724 = pow %6113, %7723 : f64[] @ models/lib/nn.yaml:79:7
%7725 = sub %6094, %7724 : f64[] @ models/lib/nn.yaml:79:7
%7726 = div %3958, %7725 : f64[] @ models/lib/nn.yaml:79:7
%7727 = pow %6121, %7723 : f64[] @ models/lib/nn.yaml:79:7
%7728 = sub %6094, %7727 : f64[] @ models/lib/nn.yaml:79:7
%7729 = sqrt %7728 : f64[] @ models/lib/nn.yaml:79:7
%7730 = div %6094, %7729 : f64[] @ models/lib/nn.yaml:79:7
%7731 = sqrt %7722 : f32[16,16] @ models/lib/nn.yaml:79:7
%7732 = cast %7730 : f32[] @ models/lib/nn.yaml:79:7
%7733 = broadcast %7732 : f32[16,16] @ models/lib/nn.yaml:79:7
%7734 = mul %7731, %7733 : f32[16,16] @ models/lib/nn.yaml:79:7
%7735 = add %7734, %6535 : f32[16,16] @ models/lib/nn.yaml:79:7
%7736 = div %7718, %7735 : f32[16,16] @ models/lib/nn.yaml:79:7
%7737 = cast %7726 : f32[] @ models/lib/nn.yaml:79:7
%7738 = broadcast %7737 : f32[16,16] @ models/lib/nn.yaml:79:7
%7739 = mul %7736, %7738 : f32[16,16] @ models/lib/nn.yaml:79:7
%7740 = sub %7715, %7739 : f32[16,16] @ models/lib/nn.yaml:79:7
%7741 = assign %37, %7740 : f32[16,16] @ models/lib/nn.yaml:79:7
%7742 = assign %7711, %7718 : f32[16,16] @ models/lib/nn.yaml:79:7
%7743 = assign %7712, %7722 : f32[16,16] @ models/lib/nn.yaml:79:7
%7744 = assign %7713, %7714 : i64[] @ models/lib/nn.yaml:79:7
%7745 = mul %115, %6546 : f32[16,16] @ models/lib/nn.yaml:79:7
%7746 = mul %7740, %6548 : f32[16,16] @ models/lib/nn.yaml:79:7
%7747 = add %7745, %7746 : f32[16,16] @ models/lib/nn.yaml:79:7
%7748 = assign %115, %7747 : f32[16,16] @ models/lib/nn.yaml:79:7
%7749 = all_reduce_sum %5612 : f32[16] @ models/lib/nn.yaml:80:7
%7750 = mul %7749, %7749 : f32[16] @ models/lib/nn.yaml:80:7
%7751 = reduce_sum %7750 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7752 = sqrt %7751 : f32[] @ models/lib/nn.yaml:80:7
%7753 = cast %7752 : f64[] @ models/lib/nn.yaml:80:7
%7754 = add %7753, %6090 : f64[] @ models/lib/nn.yaml:80:7
%7755 = div %6092, %7754 : f64[] @ models/lib/nn.yaml:80:7
%7756 = lt %7755, %6094 : bool[] @ models/lib/nn.yaml:80:7
%7757 = cast %7755 : f32[] @ models/lib/nn.yaml:80:7
%7758 = broadcast %7757 : f32[16] @ models/lib/nn.yaml:80:7
%7759 = mul %7749, %7758 : f32[16] @ models/lib/nn.yaml:80:7
%7760 = broadcast %7756 : bool[16] @ models/lib/nn.yaml:80:7
%7761 = select %7760, %7759, %7749 : f32[16] @ models/lib/nn.yaml:80:7
%7762 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7763 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7764 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7765 = add %7764, %6104 : i64[] @ models/lib/nn.yaml:80:7
%7766 = mul %7761, %6235 : f32[16] @ models/lib/nn.yaml:80:7
%7767 = mul %7762, %6237 : f32[16] @ models/lib/nn.yaml:80:7
%7768 = add %7767, %7766 : f32[16] @ models/lib/nn.yaml:80:7
%7769 = mul %7761, %7761 : f32[16] @ models/lib/nn.yaml:80:7
%7770 = mul %7769, %6241 : f32[16] @ models/lib/nn.yaml:80:7
%7771 = mul %7763, %6243 : f32[16] @ models/lib/nn.yaml:80:7
%7772 = add %7771, %7770 : f32[16] @ models/lib/nn.yaml:80:7
%7773 = cast %7765 : f64[] @ models/lib/nn.yaml:80:7
%7774 = pow %6113, %7773 : f64[] @ models/lib/nn.yaml:80:7
%7775 = sub %6094, %7774 : f64[] @ models/lib/nn.yaml:80:7
%7776 = div %3958, %7775 : f64[] @ models/lib/nn.yaml:80:7
%7777 = pow %6121, %7773 : f64[] @ models/lib/nn.yaml:80:7
%7778 = sub %6094, %7777 : f64[] @ models/lib/nn.yaml:80:7
%7779 = sqrt %7778 : f64[] @ models/lib/nn.yaml:80:7
%7780 = div %6094, %7779 : f64[] @ models/lib/nn.yaml:80:7
%7781 = sqrt %7772 : f32[16] @ models/lib/nn.yaml:80:7
%7782 = cast %7780 : f32[] @ models/lib/nn.yaml:80:7
%7783 = broadcast %7782 : f32[16] @ models/lib/nn.yaml:80:7
%7784 = mul %7781, %7783 : f32[16] @ models/lib/nn.yaml:80:7
%7785 = add %7784, %6258 : f32[16] @ models/lib/nn.yaml:80:7
%7786 = div %7768, %7785 : f32[16] @ models/lib/nn.yaml:80:7
%7787 = cast %7776 : f32[] @ models/lib/nn.yaml:80:7
%7788 = broadcast %7787 : f32[16] @ models/lib/nn.yaml:80:7
%7789 = mul %7786, %7788 : f32[16] @ models/lib/nn.yaml:80:7
%7790 = sub %38, %7789 : f32[16] @ models/lib/nn.yaml:80:7
%7791 = assign %38, %7790 : f32[16] @ models/lib/nn.yaml:80:7
%7792 = assign %7762, %7768 : f32[16] @ models/lib/nn.yaml:80:7
%7793 = assign %7763, %7772 : f32[16] @ models/lib/nn.yaml:80:7
%7794 = assign %7764, %7765 : i64[] @ models/lib/nn.yaml:80:7
%7795 = mul %116, %6269 : f32[16] @ models/lib/nn.yaml:80:7
%7796 = mul %7790, %6271 : f32[16] @ models/lib/nn.yaml:80:7
%7797 = add %7795, %7796 : f32[16] @ models/lib/nn.yaml:80:7
%7798 = assign %116, %7797 : f32[16] @ models/lib/nn.yaml:80:7
%7799 = all_reduce_sum %5607 : f32[16,16] @ models/lib/nn.yaml:79:7
%7800 = reshape %7799 : f32[256] @ models/lib/nn.yaml:79:7
%7801 = mul %7800, %7800 : f32[256] @ models/lib/nn.yaml:79:7
%7802 = reduce_sum %7801 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7803 = sqrt %7802 : f32[] @ models/lib/nn.yaml:79:7
%7804 = cast %7803 : f64[] @ models/lib/nn.yaml:79:7
%7805 = add %7804, %6090 : f64[] @ models/lib/nn.yaml:79:7
%7806 = div %6092, %7805 : f64[] @ models/lib/nn.yaml:79:7
%7807 = lt %7806, %6094 : bool[] @ models/lib/nn.yaml:79:7
%7808 = cast %7806 : f32[] @ models/lib/nn.yaml:79:7
%7809 = broadcast %7808 : f32[16,16] @ models/lib/nn.yaml:79:7
%7810 = mul %7799, %7809 : f32[16,16] @ models/lib/nn.yaml:79:7
%7811 = broadcast %7807 : bool[16,16] @ models/lib/nn.yaml:79:7
%7812 = select %7811, %7810, %7799 : f32[16,16] @ models/lib/nn.yaml:79:7
%7813 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7814 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7815 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7816 = add %7815, %6104 : i64[] @ models/lib/nn.yaml:79:7
%7817 = mul %39, %6510 : f32[16,16] @ models/lib/nn.yaml:79:7
%7818 = mul %7812, %6512 : f32[16,16] @ models/lib/nn.yaml:79:7
%7819 = mul %7813, %6514 : f32[16,16] @ models/lib/nn.yaml:79:7
%7820 = add %7819, %7818 : f32[16,16] @ models/lib/nn.yaml:79:7
%7821 = mul %7812, %7812 : f32[16,16] @ models/lib/nn.yaml:79:7
%7822 = mul %7821, %6518 : f32[16,16] @ models/lib/nn.yaml:79:7
%7823 = mul %7814, %6520 : f32[16,16] @ models/lib/nn.yaml:79:7
%7824 = add %7823, %7822 : f32[16,16] @ models/lib/nn.yaml:79:7
%7825 = cast %7816 : f64[] @ models/lib/nn.yaml:79:7
%7826 = pow %6113, %7825 : f64[] @ models/lib/nn.yaml:79:7
%7827 = sub %6094, %7826 : f64[] @ models/lib/nn.yaml:79:7
%7828 = div %3958, %7827 : f64[] @ models/lib/nn.yaml:79:7
%7829 = pow %6121, %7825 : f64[] @ models/lib/nn.yaml:79:7
%7830 = sub %6094, %7829 : f64[] @ models/lib/nn.yaml:79:7
%7831 = sqrt %7830 : f64[] @ models/lib/nn.yaml:79:7
%7832 = div %6094, %7831 : f64[] @ models/lib/nn.yaml:79:7
%7833 = sqrt %7824 : f32[16,16] @ models/lib/nn.yaml:79:7
%7834 = cast %7832 : f32[] @ models/lib/nn.yaml:79:7
%7835 = broadcast %7834 : f32[16,16] @ models/lib/nn.yaml:79:7
%7836 = mul %7833, %7835 : f32[16,16] @ models/lib/nn.yaml:79:7
%7837 = add %7836, %6535 : f32[16,16] @ models/lib/nn.yaml:79:7
%7838 = div %7820, %7837 : f32[16,16] @ models/lib/nn.yaml:79:7
%7839 = cast %7828 : f32[] @ models/lib/nn.yaml:79:7
%7840 = broadcast %7839 : f32[16,16] @ models/lib/nn.yaml:79:7
%7841 = mul %7838, %7840 : f32[16,16] @ models/lib/nn.yaml:79:7
%7842 = sub %7817, %7841 : f32[16,16] @ models/lib/nn.yaml:79:7
%7843 = assign %39, %7842 : f32[16,16] @ models/lib/nn.yaml:79:7
%7844 = assign %7813, %7820 : f32[16,16] @ models/lib/nn.yaml:79:7
%7845 = assign %7814, %7824 : f32[16,16] @ models/lib/nn.yaml:79:7
%7846 = assign %7815, %7816 : i64[] @ models/lib/nn.yaml:79:7
%7847 = mul %117, %6546 : f32[16,16] @ models/lib/nn.yaml:79:7
%7848 = mul %7842, %6548 : f32[16,16] @ models/lib/nn.yaml:79:7
%7849 = add %7847, %7848 : f32[16,16] @ models/lib/nn.yaml:79:7
%7850 = assign %117, %7849 : f32[16,16] @ models/lib/nn.yaml:79:7
%7851 = all_reduce_sum %5602 : f32[16] @ models/lib/nn.yaml:80:7
%7852 = mul %7851, %7851 : f32[16] @ models/lib/nn.yaml:80:7
%7853 = reduce_sum %7852 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7854 = sqrt %7853 : f32[] @ models/lib/nn.yaml:80:7
%7855 = cast %7854 : f64[] @ models/lib/nn.yaml:80:7
%7856 = add %7855, %6090 : f64[] @ models/lib/nn.yaml:80:7
%7857 = div %6092, %7856 : f64[] @ models/lib/nn.yaml:80:7
%7858 = lt %7857, %6094 : bool[] @ models/lib/nn.yaml:80:7
%7859 = cast %7857 : f32[] @ models/lib/nn.yaml:80:7
%7860 = broadcast %7859 : f32[16] @ models/lib/nn.yaml:80:7
%7861 = mul %7851, %7860 : f32[16] @ models/lib/nn.yaml:80:7
%7862 = broadcast %7858 : bool[16] @ models/lib/nn.yaml:80:7
%7863 = select %7862, %7861, %7851 : f32[16] @ models/lib/nn.yaml:80:7
%7864 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7865 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7866 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7867 = add %7866, %6104 : i64[] @ models/lib/nn.yaml:80:7
%7868 = mul %7863, %6235 : f32[16] @ models/lib/nn.yaml:80:7
%7869 = mul %7864, %6237 : f32[16] @ models/lib/nn.yaml:80:7
%7870 = add %7869, %7868 : f32[16] @ models/lib/nn.yaml:80:7
%7871 = mul %7863, %7863 : f32[16] @ models/lib/nn.yaml:80:7
%7872 = mul %7871, %6241 : f32[16] @ models/lib/nn.yaml:80:7
%7873 = mul %7865, %6243 : f32[16] @ models/lib/nn.yaml:80:7
%7874 = add %7873, %7872 : f32[16] @ models/lib/nn.yaml:80:7
%7875 = cast %7867 : f64[] @ models/lib/nn.yaml:80:7
%7876 = pow %6113, %7875 : f64[] @ models/lib/nn.yaml:80:7
%7877 = sub %6094, %7876 : f64[] @ models/lib/nn.yaml:80:7
%7878 = div %3958, %7877 : f64[] @ models/lib/nn.yaml:80:7
%7879 = pow %6121, %7875 : f64[] @ models/lib/nn.yaml:80:7
%7880 = sub %6094, %7879 : f64[] @ models/lib/nn.yaml:80:7
%7881 = sqrt %7880 : f64[] @ models/lib/nn.yaml:80:7
%7882 = div %6094, %7881 : f64[] @ models/lib/nn.yaml:80:7
%7883 = sqrt %7874 : f32[16] @ models/lib/nn.yaml:80:7
%7884 = cast %7882 : f32[] @ models/lib/nn.yaml:80:7
%7885 = broadcast %7884 : f32[16] @ models/lib/nn.yaml:80:7
%7886 = mul %7883, %7885 : f32[16] @ models/lib/nn.yaml:80:7
%7887 = add %7886, %6258 : f32[16] @ models/lib/nn.yaml:80:7
%7888 = div %7870, %7887 : f32[16] @ models/lib/nn.yaml:80:7
%7889 = cast %7878 : f32[] @ models/lib/nn.yaml:80:7
%7890 = broadcast %7889 : f32[16] @ models/lib/nn.yaml:80:7
%7891 = mul %7888, %7890 : f32[16] @ models/lib/nn.yaml:80:7
%7892 = sub %40, %7891 : f32[16] @ models/lib/nn.yaml:80:7
%7893 = assign %40, %7892 : f32[16] @ models/lib/nn.yaml:80:7
%7894 = assign %7864, %7870 : f32[16] @ models/lib/nn.yaml:80:7
%7895 = assign %7865, %7874 : f32[16] @ models/lib/nn.yaml:80:7
%7896 = assign %7866, %7867 : i64[] @ models/lib/nn.yaml:80:7
%7897 = mul %118, %6269 : f32[16] @ models/lib/nn.yaml:80:7
%7898 = mul %7892, %6271 : f32[16] @ models/lib/nn.yaml:80:7
%7899 = add %7897, %7898 : f32[16] @ models/lib/nn.yaml:80:7
%7900 = assign %118, %7899 : f32[16] @ models/lib/nn.yaml:80:7
%7901 = all_reduce_sum %5595 : f32[16,16] @ models/lib/nn.yaml:79:7
%7902 = reshape %7901 : f32[256] @ models/lib/nn.yaml:79:7
%7903 = mul %7902, %7902 : f32[256] @ models/lib/nn.yaml:79:7
%7904 = reduce_sum %7903 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7905 = sqrt %7904 : f32[] @ models/lib/nn.yaml:79:7
%7906 = cast %7905 : f64[] @ models/lib/nn.yaml:79:7
%7907 = add %7906, %6090 : f64[] @ models/lib/nn.yaml:79:7
%7908 = div %6092, %7907 : f64[] @ models/lib/nn.yaml:79:7
%7909 = lt %7908, %6094 : bool[] @ models/lib/nn.yaml:79:7
%7910 = cast %7908 : f32[] @ models/lib/nn.yaml:79:7
%7911 = broadcast %7910 : f32[16,16] @ models/lib/nn.yaml:79:7
%7912 = mul %7901, %7911 : f32[16,16] @ models/lib/nn.yaml:79:7
%7913 = broadcast %7909 : bool[16,16] @ models/lib/nn.yaml:79:7
%7914 = select %7913, %7912, %7901 : f32[16,16] @ models/lib/nn.yaml:79:7
%7915 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7916 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7917 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7918 = add %7917, %6104 : i64[] @ models/lib/nn.yaml:79:7
%7919 = mul %41, %6510 : f32[16,16] @ models/lib/nn.yaml:79:7
%7920 = mul %7914, %6512 : f32[16,16] @ models/lib/nn.yaml:79:7
%7921 = mul %7915, %6514 : f32[16,16] @ models/lib/nn.yaml:79:7
%7922 = add %7921, %7920 : f32[16,16] @ models/lib/nn.yaml:79:7
%7923 = mul %7914, %7914 : f32[16,16] @ models/lib/nn.yaml:79:7
%7924 = mul %7923, %6518 : f32[16,16] @ models/lib/nn.yaml:79:7
%7925 = mul %7916, %6520 : f32[16,16] @ models/lib/nn.yaml:79:7
%7926 = add %7925, %7924 : f32[16,16] @ models/lib/nn.yaml:79:7
%7927 = cast %7918 : f64[] @ models/lib/nn.yaml:79:7
%7928 = pow %6113, %7927 : f64[] @ models/lib/nn.yaml:79:7
%7929 = sub %6094, %7928 : f64[] @ models/lib/nn.yaml:79:7
%7930 = div %3958, %7929 : f64[] @ models/lib/nn.yaml:79:7
%7931 = pow %6121, %7927 : f64[] @ models/lib/nn.yaml:79:7
%7932 = sub %6094, %7931 : f64[] @ models/lib/nn.yaml:79:7
%7933 = sqrt %7932 : f64[] @ models/lib/nn.yaml:79:7
%7934 = div %6094, %7933 : f64[] @ models/lib/nn.yaml:79:7
%7935 = sqrt %7926 : f32[16,16] @ models/lib/nn.yaml:79:7
%7936 = cast %7934 : f32[] @ models/lib/nn.yaml:79:7
%7937 = broadcast %7936 : f32[16,16] @ models/lib/nn.yaml:79:7
%7938 = mul %7935, %7937 : f32[16,16] @ models/lib/nn.yaml:79:7
%7939 = add %7938, %6535 : f32[16,16] @ models/lib/nn.yaml:79:7
%7940 = div %7922, %7939 : f32[16,16] @ models/lib/nn.yaml:79:7
%7941 = cast %7930 : f32[] @ models/lib/nn.yaml:79:7
%7942 = broadcast %7941 : f32[16,16] @ models/lib/nn.yaml:79:7
%7943 = mul %7940, %7942 : f32[16,16] @ models/lib/nn.yaml:79:7
%7944 = sub %7919, %7943 : f32[16,16] @ models/lib/nn.yaml:79:7
%7945 = assign %41, %7944 : f32[16,16] @ models/lib/nn.yaml:79:7
%7946 = assign %7915, %7922 : f32[16,16] @ models/lib/nn.yaml:79:7
%7947 = assign %7916, %7926 : f32[16,16] @ models/lib/nn.yaml:79:7
%7948 = assign %7917, %7918 : i64[] @ models/lib/nn.yaml:79:7
%7949 = mul %119, %6546 : f32[16,16] @ models/lib/nn.yaml:79:7
%7950 = mul %7944, %6548 : f32[16,16] @ models/lib/nn.yaml:79:7
%7951 = add %7949, %7950 : f32[16,16] @ models/lib/nn.yaml:79:7
%7952 = assign %119, %7951 : f32[16,16] @ models/lib/nn.yaml:79:7
%7953 = all_reduce_sum %5590 : f32[16] @ models/lib/nn.yaml:80:7
%7954 = mul %7953, %7953 : f32[16] @ models/lib/nn.yaml:80:7
%7955 = reduce_sum %7954 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7956 = sqrt %7955 : f32[] @ models/lib/nn.yaml:80:7
%7957 = cast %7956 : f64[] @ models/lib/nn.yaml:80:7
%7958 = add %7957, %6090 : f64[] @ models/lib/nn.yaml:80:7
%7959 = div %6092, %7958 : f64[] @ models/lib/nn.yaml:80:7
%7960 = lt %7959, %6094 : bool[] @ models/lib/nn.yaml:80:7
%7961 = cast %7959 : f32[] @ models/lib/nn.yaml:80:7
%7962 = broadcast %7961 : f32[16] @ models/lib/nn.yaml:80:7
%7963 = mul %7953, %7962 : f32[16] @ models/lib/nn.yaml:80:7
%7964 = broadcast %7960 : bool[16] @ models/lib/nn.yaml:80:7
%7965 = select %7964, %7963, %7953 : f32[16] @ models/lib/nn.yaml:80:7
%7966 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7967 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7968 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7969 = add %7968, %6104 : i64[] @ models/lib/nn.yaml:80:7
%7970 = mul %7965, %6235 : f32[16] @ models/lib/nn.yaml:80:7
%7971 = mul %7966, %6237 : f32[16] @ models/lib/nn.yaml:80:7
%7972 = add %7971, %7970 : f32[16] @ models/lib/nn.yaml:80:7
%7973 = mul %7965, %7965 : f32[16] @ models/lib/nn.yaml:80:7
%7974 = mul %7973, %6241 : f32[16] @ models/lib/nn.yaml:80:7
%7975 = mul %7967, %6243 : f32[16] @ models/lib/nn.yaml:80:7
%7976 = add %7975, %7974 : f32[16] @ models/lib/nn.yaml:80:7
%7977 = cast %7969 : f64[] @ models/lib/nn.yaml:80:7
%7978 = pow %6113, %7977 : f64[] @ models/lib/nn.yaml:80:7
%7979 = sub %6094, %7978 : f64[] @ models/lib/nn.yaml:80:7
%7980 = div %3958, %7979 : f64[] @ models/lib/nn.yaml:80:7
%7981 = pow %6121, %7977 : f64[] @ models/lib/nn.yaml:80:7
%7982 = sub %6094, %7981 : f64[] @ models/lib/nn.yaml:80:7
%7983 = sqrt %7982 : f64[] @ models/lib/nn.yaml:80:7
%7984 = div %6094, %7983 : f64[] @ models/lib/nn.yaml:80:7
%7985 = sqrt %7976 : f32[16] @ models/lib/nn.yaml:80:7
%7986 = cast %7984 : f32[] @ models/lib/nn.yaml:80:7
%7987 = broadcast %7986 : f32[16] @ models/lib/nn.yaml:80:7
%7988 = mul %7985, %7987 : f32[16] @ models/lib/nn.yaml:80:7
%7989 = add %7988, %6258 : f32[16] @ models/lib/nn.yaml:80:7
%7990 = div %7972, %7989 : f32[16] @ models/lib/nn.yaml:80:7
%7991 = cast %7980 : f32[] @ models/lib/nn.yaml:80:7
%7992 = broadcast %7991 : f32[16] @ models/lib/nn.yaml:80:7
%7993 = mul %7990, %7992 : f32[16] @ models/lib/nn.yaml:80:7
%7994 = sub %42, %7993 : f32[16] @ models/lib/nn.yaml:80:7
%7995 = assign %42, %7994 : f32[16] @ models/lib/nn.yaml:80:7
%7996 = assign %7966, %7972 : f32[16] @ models/lib/nn.yaml:80:7
%7997 = assign %7967, %7976 : f32[16] @ models/lib/nn.yaml:80:7
%7998 = assign %7968, %7969 : i64[] @ models/lib/nn.yaml:80:7
%7999 = mul %120, %6269 : f32[16] @ models/lib/nn.yaml:80:7
%8000 = mul %7994, %6271 : f32[16] @ models/lib/nn.yaml:80:7
%8001 = add %7999, %8000 : f32[16] @ models/lib/nn.yaml:80:7
%8002 = assign %120, %8001 : f32[16] @ models/lib/nn.yaml:80:7
%8003 = all_reduce_sum %5518 : f32[16,16] @ models/lib/nn.yaml:79:7
%8004 = reshape %8003 : f32[256] @ models/lib/nn.yaml:79:7
%8005 = mul %8004, %8004 : f32[256] @ models/lib/nn.yaml:79:7
%8006 = reduce_sum %8005 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8007 = sqrt %8006 : f32[] @ models/lib/nn.yaml:79:7
%8008 = cast %8007 : f64[] @ models/lib/nn.yaml:79:7
%8009 = add %8008, %6090 : f64[] @ models/lib/nn.yaml:79:7
%8010 = div %6092, %8009 : f64[] @ models/lib/nn.yaml:79:7
%8011 = lt %8010, %6094 : bool[] @ models/lib/nn.yaml:79:7
%8012 = cast %8010 : f32[] @ models/lib/nn.yaml:79:7
%8013 = broadcast %8012 : f32[16,16] @ models/lib/nn.yaml:79:7
%8014 = mul %8003, %8013 : f32[16,16] @ models/lib/nn.yaml:79:7
%8015 = broadcast %8011 : bool[16,16] @ models/lib/nn.yaml:79:7
%8016 = select %8015, %8014, %8003 : f32[16,16] @ models/lib/nn.yaml:79:7
%8017 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8018 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8019 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8020 = add %8019, %6104 : i64[] @ models/lib/nn.yaml:79:7
%8021 = mul %43, %6510 : f32[16,16] @ models/lib/nn.yaml:79:7
%8022 = mul %8016, %6512 : f32[16,16] @ models/lib/nn.yaml:79:7
%8023 = mul %8017, %6514 : f32[16,16] @ models/lib/nn.yaml:79:7
%8024 = add %8023, %8022 : f32[16,16] @ models/lib/nn.yaml:79:7
%8025 = mul %8016, %8016 : f32[16,16] @ models/lib/nn.yaml:79:7
%8026 = mul %8025, %6518 : f32[16,16] @ models/lib/nn.yaml:79:7
%8027 = mul %8018, %6520 : f32[16,16] @ models/lib/nn.yaml:79:7
%8028 = add %8027, %8026 : f32[16,16] @ models/lib/nn.yaml:79:7
%8029 = cast %8020 : f64[] @ models/lib/nn.yaml:79:7
%8030 = pow %6113, %8029 : f64[] @ models/lib/nn.yaml:79:7
%8031 = sub %6094, %8030 : f64[] @ models/lib/nn.yaml:79:7
%8032 = div %3958, %8031 : f64[] @ models/lib/nn.yaml:79:7
%8033 = pow %6121, %8029 : f64[] @ models/lib/nn.yaml:79:7
%8034 = sub %6094, %8033 : f64[] @ models/lib/nn.yaml:79:7
%8035 = sqrt %8034 : f64[] @ models/lib/nn.yaml:79:7
%8036 = div %6094, %8035 : f64[] @ models/lib/nn.yaml:79:7
%8037 = sqrt %8028 : f32[16,16] @ models/lib/nn.yaml:79:7
%8038 = cast %8036 : f32[] @ models/lib/nn.yaml:79:7
%8039 = broadcast %8038 : f32[16,16] @ models/lib/nn.yaml:79:7
%8040 = mul %8037, %8039 : f32[16,16] @ models/lib/nn.yaml:79:7
%8041 = add %8040, %6535 : f32[16,16] @ models/lib/nn.yaml:79:7
%8042 = div %8024, %8041 : f32[16,16] @ models/lib/nn.yaml:79:7
%8043 = cast %8032 : f32[] @ models/lib/nn.yaml:79:7
%8044 = broadcast %8043 : f32[16,16] @ models/lib/nn.yaml:79:7
%8045 = mul %8042, %8044 : f32[16,16] @ models/lib/nn.yaml:79:7
%8046 = sub %8021, %8045 : f32[16,16] @ models/lib/nn.yaml:79:7
%8047 = assign %43, %8046 : f32[16,16] @ models/lib/nn.yaml:79:7
%8048 = assign %8017, %8024 : f32[16,16] @ models/lib/nn.yaml:79:7
%8049 = assign %8018, %8028 : f32[16,16] @ models/lib/nn.yaml:79:7
%8050 = assign %8019, %8020 : i64[] @ models/lib/nn.yaml:79:7
%8051 = mul %121, %6546 : f32[16,16] @ models/lib/nn.yaml:79:7
%8052 = mul %8046, %6548 : f32[16,16] @ models/lib/nn.yaml:79:7
%8053 = add %8051, %8052 : f32[16,16] @ models/lib/nn.yaml:79:7
%8054 = assign %121, %8053 : f32[16,16] @ models/lib/nn.yaml:79:7
%8055 = all_reduce_sum %5513 : f32[16] @ models/lib/nn.yaml:80:7
%8056 = mul %8055, %8055 : f32[16] @ models/lib/nn.yaml:80:7
%8057 = reduce_sum %8056 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8058 = sqrt %8057 : f32[] @ models/lib/nn.yaml:80:7
%8059 = cast %8058 : f64[] @ models/lib/nn.yaml:80:7
%8060 = add %8059, %6090 : f64[] @ models/lib/nn.yaml:80:7
%8061 = div %6092, %8060 : f64[] @ models/lib/nn.yaml:80:7
%8062 = lt %8061, %6094 : bool[] @ models/lib/nn.yaml:80:7
%8063 = cast %8061 : f32[] @ models/lib/nn.yaml:80:7
%8064 = broadcast %8063 : f32[16] @ models/lib/nn.yaml:80:7
%8065 = mul %8055, %8064 : f32[16] @ models/lib/nn.yaml:80:7
%8066 = broadcast %8062 : bool[16] @ models/lib/nn.yaml:80:7
%8067 = select %8066, %8065, %8055 : f32[16] @ models/lib/nn.yaml:80:7
%8068 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8069 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8070 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8071 = add %8070, %6104 : i64[] @ models/lib/nn.yaml:80:7
%8072 = mul %8067, %6235 : f32[16] @ models/lib/nn.yaml:80:7
%8073 = mul %8068, %6237 : f32[16] @ models/lib/nn.yaml:80:7
%8074 = add %8073, %8072 : f32[16] @ models/lib/nn.yaml:80:7
%8075 = mul %8067, %8067 : f32[16] @ models/lib/nn.yaml:80:7
%8076 = mul %8075, %6241 : f32[16] @ models/lib/nn.yaml:80:7
%8077 = mul %8069, %6243 : f32[16] @ models/lib/nn.yaml:80:7
%8078 = add %8077, %8076 : f32[16] @ models/lib/nn.yaml:80:7
%8079 = cast %8071 : f64[] @ models/lib/nn.yaml:80:7
%8080 = pow %6113, %8079 : f64[] @ models/lib/nn.yaml:80:7
%8081 = sub %6094, %8080 : f64[] @ models/lib/nn.yaml:80:7
%8082 = div %3958, %8081 : f64[] @ models/lib/nn.yaml:80:7
%8083 = pow %6121, %8079 : f64[] @ models/lib/nn.yaml:80:7
%8084 = sub %6094, %8083 : f64[] @ models/lib/nn.yaml:80:7
%8085 = sqrt %8084 : f64[] @ models/lib/nn.yaml:80:7
%8086 = div %6094, %8085 : f64[] @ models/lib/nn.yaml:80:7
%8087 = sqrt %8078 : f32[16] @ models/lib/nn.yaml:80:7
%8088 = cast %8086 : f32[] @ models/lib/nn.yaml:80:7
%8089 = broadcast %8088 : f32[16] @ models/lib/nn.yaml:80:7
%8090 = mul %8087, %8089 : f32[16] @ models/lib/nn.yaml:80:7
%8091 = add %8090, %6258 : f32[16] @ models/lib/nn.yaml:80:7
%8092 = div %8074, %8091 : f32[16] @ models/lib/nn.yaml:80:7
%8093 = cast %8082 : f32[] @ models/lib/nn.yaml:80:7
%8094 = broadcast %8093 : f32[16] @ models/lib/nn.yaml:80:7
%8095 = mul %8092, %8094 : f32[16] @ models/lib/nn.yaml:80:7
%8096 = sub %44, %8095 : f32[16] @ models/lib/nn.yaml:80:7
%8097 = assign %44, %8096 : f32[16] @ models/lib/nn.yaml:80:7
%8098 = assign %8068, %8074 : f32[16] @ models/lib/nn.yaml:80:7
%8099 = assign %8069, %8078 : f32[16] @ models/lib/nn.yaml:80:7
%8100 = assign %8070, %8071 : i64[] @ models/lib/nn.yaml:80:7
%8101 = mul %122, %6269 : f32[16] @ models/lib/nn.yaml:80:7
%8102 = mul %8096, %6271 : f32[16] @ models/lib/nn.yaml:80:7
%8103 = add %8101, %8102 : f32[16] @ models/lib/nn.yaml:80:7
%8104 = assign %122, %8103 : f32[16] @ models/lib/nn.yaml:80:7
%8105 = all_reduce_sum %5492 : f32[16] @ models/lib/nn.yaml:89:7
%8106 = mul %8105, %8105 : f32[16] @ models/lib/nn.yaml:89:7
%8107 = reduce_sum %8106 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8108 = sqrt %8107 : f32[] @ models/lib/nn.yaml:89:7
%8109 = cast %8108 : f64[] @ models/lib/nn.yaml:89:7
%8110 = add %8109, %6090 : f64[] @ models/lib/nn.yaml:89:7
%8111 = div %6092, %8110 : f64[] @ models/lib/nn.yaml:89:7
%8112 = lt %8111, %6094 : bool[] @ models/lib/nn.yaml:89:7
%8113 = cast %8111 : f32[] @ models/lib/nn.yaml:89:7
%8114 = broadcast %8113 : f32[16] @ models/lib/nn.yaml:89:7
%8115 = mul %8105, %8114 : f32[16] @ models/lib/nn.yaml:89:7
%8116 = broadcast %8112 : bool[16] @ models/lib/nn.yaml:89:7
%8117 = select %8116, %8115, %8105 : f32[16] @ models/lib/nn.yaml:89:7
%8118 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8119 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8120 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8121 = add %8120, %6104 : i64[] @ models/lib/nn.yaml:89:7
%8122 = mul %8117, %6235 : f32[16] @ models/lib/nn.yaml:89:7
%8123 = mul %8118, %6237 : f32[16] @ models/lib/nn.yaml:89:7
%8124 = add %8123, %8122 : f32[16] @ models/lib/nn.yaml:89:7
%8125 = mul %8117, %8117 : f32[16] @ models/lib/nn.yaml:89:7
%8126 = mul %8125, %6241 : f32[16] @ models/lib/nn.yaml:89:7
%8127 = mul %8119, %6243 : f32[16] @ models/lib/nn.yaml:89:7
%8128 = add %8127, %8126 : f32[16] @ models/lib/nn.yaml:89:7
%8129 = cast %8121 : f64[] @ models/lib/nn.yaml:89:7
%8130 = pow %6113, %8129 : f64[] @ models/lib/nn.yaml:89:7
%8131 = sub %6094, %8130 : f64[] @ models/lib/nn.yaml:89:7
%8132 = div %3958, %8131 : f64[] @ models/lib/nn.yaml:89:7
%8133 = pow %6121, %8129 : f64[] @ models/lib/nn.yaml:89:7
%8134 = sub %6094, %8133 : f64[] @ models/lib/nn.yaml:89:7
%8135 = sqrt %8134 : f64[] @ models/lib/nn.yaml:89:7
%8136 = div %6094, %8135 : f64[] @ models/lib/nn.yaml:89:7
%8137 = sqrt %8128 : f32[16] @ models/lib/nn.yaml:89:7
%8138 = cast %8136 : f32[] @ models/lib/nn.yaml:89:7
%8139 = broadcast %8138 : f32[16] @ models/lib/nn.yaml:89:7
%8140 = mul %8137, %8139 : f32[16] @ models/lib/nn.yaml:89:7
%8141 = add %8140, %6258 : f32[16] @ models/lib/nn.yaml:89:7
%8142 = div %8124, %8141 : f32[16] @ models/lib/nn.yaml:89:7
%8143 = cast %8132 : f32[] @ models/lib/nn.yaml:89:7
%8144 = broadcast %8143 : f32[16] @ models/lib/nn.yaml:89:7
%8145 = mul %8142, %8144 : f32[16] @ models/lib/nn.yaml:89:7
%8146 = sub %45, %8145 : f32[16] @ models/lib/nn.yaml:89:7
%8147 = assign %45, %8146 : f32[16] @ models/lib/nn.yaml:89:7
%8148 = assign %8118, %8124 : f32[16] @ models/lib/nn.yaml:89:7
%8149 = assign %8119, %8128 : f32[16] @ models/lib/nn.yaml:89:7
%8150 = assign %8120, %8121 : i64[] @ models/lib/nn.yaml:89:7
%8151 = mul %123, %6269 : f32[16] @ models/lib/nn.yaml:89:7
%8152 = mul %8146, %6271 : f32[16] @ models/lib/nn.yaml:89:7
%8153 = add %8151, %8152 : f32[16] @ models/lib/nn.yaml:89:7
%8154 = assign %123, %8153 : f32[16] @ models/lib/nn.yaml:89:7
%8155 = all_reduce_sum %5487 : f32[16] @ models/lib/nn.yaml:90:7
%8156 = mul %8155, %8155 : f32[16] @ models/lib/nn.yaml:90:7
%8157 = reduce_sum %8156 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8158 = sqrt %8157 : f32[] @ models/lib/nn.yaml:90:7
%8159 = cast %8158 : f64[] @ models/lib/nn.yaml:90:7
%8160 = add %8159, %6090 : f64[] @ models/lib/nn.yaml:90:7
%8161 = div %6092, %8160 : f64[] @ models/lib/nn.yaml:90:7
%8162 = lt %8161, %6094 : bool[] @ models/lib/nn.yaml:90:7
%8163 = cast %8161 : f32[] @ models/lib/nn.yaml:90:7
%8164 = broadcast %8163 : f32[16] @ models/lib/nn.yaml:90:7
%8165 = mul %8155, %8164 : f32[16] @ models/lib/nn.yaml:90:7
%8166 = broadcast %8162 : bool[16] @ models/lib/nn.yaml:90:7
%8167 = select %8166, %8165, %8155 : f32[16] @ models/lib/nn.yaml:90:7
%8168 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8169 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8170 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8171 = add %8170, %6104 : i64[] @ models/lib/nn.yaml:90:7
%8172 = mul %8167, %6235 : f32[16] @ models/lib/nn.yaml:90:7
%8173 = mul %8168, %6237 : f32[16] @ models/lib/nn.yaml:90:7
%8174 = add %8173, %8172 : f32[16] @ models/lib/nn.yaml:90:7
%8175 = mul %8167, %8167 : f32[16] @ models/lib/nn.yaml:90:7
%8176 = mul %8175, %6241 : f32[16] @ models/lib/nn.yaml:90:7
%8177 = mul %8169, %6243 : f32[16] @ models/lib/nn.yaml:90:7
%8178 = add %8177, %8176 : f32[16] @ models/lib/nn.yaml:90:7
%8179 = cast %8171 : f64[] @ models/lib/nn.yaml:90:7
%8180 = pow %6113, %8179 : f64[] @ models/lib/nn.yaml:90:7
%8181 = sub %6094, %8180 : f64[] @ models/lib/nn.yaml:90:7
%8182 = div %3958, %8181 : f64[] @ models/lib/nn.yaml:90:7
%8183 = pow %6121, %8179 : f64[] @ models/lib/nn.yaml:90:7
%8184 = sub %6094, %8183 : f64[] @ models/lib/nn.yaml:90:7
%8185 = sqrt %8184 : f64[] @ models/lib/nn.yaml:90:7
%8186 = div %6094, %8185 : f64[] @ models/lib/nn.yaml:90:7
%8187 = sqrt %8178 : f32[16] @ models/lib/nn.yaml:90:7
%8188 = cast %8186 : f32[] @ models/lib/nn.yaml:90:7
%8189 = broadcast %8188 : f32[16] @ models/lib/nn.yaml:90:7
%8190 = mul %8187, %8189 : f32[16] @ models/lib/nn.yaml:90:7
%8191 = add %8190, %6258 : f32[16] @ models/lib/nn.yaml:90:7
%8192 = div %8174, %8191 : f32[16] @ models/lib/nn.yaml:90:7
%8193 = cast %8182 : f32[] @ models/lib/nn.yaml:90:7
%8194 = broadcast %8193 : f32[16] @ models/lib/nn.yaml:90:7
%8195 = mul %8192, %8194 : f32[16] @ models/lib/nn.yaml:90:7
%8196 = sub %46, %8195 : f32[16] @ models/lib/nn.yaml:90:7
%8197 = assign %46, %8196 : f32[16] @ models/lib/nn.yaml:90:7
%8198 = assign %8168, %8174 : f32[16] @ models/lib/nn.yaml:90:7
%8199 = assign %8169, %8178 : f32[16] @ models/lib/nn.yaml:90:7
%8200 = assign %8170, %8171 : i64[] @ models/lib/nn.yaml:90:7
%8201 = mul %124, %6269 : f32[16] @ models/lib/nn.yaml:90:7
%8202 = mul %8196, %6271 : f32[16] @ models/lib/nn.yaml:90:7
%8203 = add %8201, %8202 : f32[16] @ models/lib/nn.yaml:90:7
%8204 = assign %124, %8203 : f32[16] @ models/lib/nn.yaml:90:7
%8205 = all_reduce_sum %5484 : f32[64,16] @ models/lib/nn.yaml:79:7
%8206 = reshape %8205 : f32[1024] @ models/lib/nn.yaml:79:7
%8207 = mul %8206, %8206 : f32[1024] @ models/lib/nn.yaml:79:7
%8208 = reduce_sum %8207 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8209 = sqrt %8208 : f32[] @ models/lib/nn.yaml:79:7
%8210 = cast %8209 : f64[] @ models/lib/nn.yaml:79:7
%8211 = add %8210, %6090 : f64[] @ models/lib/nn.yaml:79:7
%8212 = div %6092, %8211 : f64[] @ models/lib/nn.yaml:79:7
%8213 = lt %8212, %6094 : bool[] @ models/lib/nn.yaml:79:7
%8214 = cast %8212 : f32[] @ models/lib/nn.yaml:79:7
%8215 = broadcast %8214 : f32[64,16] @ models/lib/nn.yaml:79:7
%8216 = mul %8205, %8215 : f32[64,16] @ models/lib/nn.yaml:79:7
%8217 = broadcast %8213 : bool[64,16] @ models/lib/nn.yaml:79:7
%8218 = select %8217, %8216, %8205 : f32[64,16] @ models/lib/nn.yaml:79:7
%8219 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8220 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8221 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8222 = add %8221, %6104 : i64[] @ models/lib/nn.yaml:79:7
%8223 = mul %47, %6720 : f32[64,16] @ models/lib/nn.yaml:79:7
%8224 = mul %8218, %6722 : f32[64,16] @ models/lib/nn.yaml:79:7
%8225 = mul %8219, %6724 : f32[64,16] @ models/lib/nn.yaml:79:7
%8226 = add %8225, %8224 : f32[64,16] @ models/lib/nn.yaml:79:7
%8227 = mul %8218, %8218 : f32[64,16] @ models/lib/nn.yaml:79:7
%8228 = mul %8227, %6728 : f32[64,16] @ models/lib/nn.yaml:79:7
%8229 = mul %8220, %6730 : f32[64,16] @ models/lib/nn.yaml:79:7
%8230 = add %8229, %8228 : f32[64,16] @ models/lib/nn.yaml:79:7
%8231 = cast %8222 : f64[] @ models/lib/nn.yaml:79:7
%8232 = pow %6113, %8231 : f64[] @ models/lib/nn.yaml:79:7
%8233 = sub %6094, %8232 : f64[] @ models/lib/nn.yaml:79:7
%8234 = div %3958, %8233 : f64[] @ models/lib/nn.yaml:79:7
%8235 = pow %6121, %8231 : f64[] @ models/lib/nn.yaml:79:7
%8236 = sub %6094, %8235 : f64[] @ models/lib/nn.yaml:79:7
%8237 = sqrt %8236 : f64[] @ models/lib/nn.yaml:79:7
%8238 = div %6094, %8237 : f64[] @ models/lib/nn.yaml:79:7
%8239 = sqrt %8230 : f32[64,16] @ models/lib/nn.yaml:79:7
%8240 = cast %8238 : f32[] @ models/lib/nn.yaml:79:7
%8241 = broadcast %8240 : f32[64,16] @ models/lib/nn.yaml:79:7
%8242 = mul %8239, %8241 : f32[64,16] @ models/lib/nn.yaml:79:7
%8243 = add %8242, %6745 : f32[64,16] @ models/lib/nn.yaml:79:7
%8244 = div %8226, %8243 : f32[64,16] @ models/lib/nn.yaml:79:7
%8245 = cast %8234 : f32[] @ models/lib/nn.yaml:79:7
%8246 = broadcast %8245 : f32[64,16] @ models/lib/nn.yaml:79:7
%8247 = mul %8244, %8246 : f32[64,16] @ models/lib/nn.yaml:79:7
%8248 = sub %8223, %8247 : f32[64,16] @ models/lib/nn.yaml:79:7
%8249 = assign %47, %8248 : f32[64,16] @ models/lib/nn.yaml:79:7
%8250 = assign %8219, %8226 : f32[64,16] @ models/lib/nn.yaml:79:7
%8251 = assign %8220, %8230 : f32[64,16] @ models/lib/nn.yaml:79:7
%8252 = assign %8221, %8222 : i64[] @ models/lib/nn.yaml:79:7
%8253 = mul %125, %6756 : f32[64,16] @ models/lib/nn.yaml:79:7
%8254 = mul %8248, %6758 : f32[64,16] @ models/lib/nn.yaml:79:7
%8255 = add %8253, %8254 : f32[64,16] @ models/lib/nn.yaml:79:7
%8256 = assign %125, %8255 : f32[64,16] @ models/lib/nn.yaml:79:7
%8257 = all_reduce_sum %5479 : f32[64] @ models/lib/nn.yaml:80:7
%8258 = mul %8257, %8257 : f32[64] @ models/lib/nn.yaml:80:7
%8259 = reduce_sum %8258 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8260 = sqrt %8259 : f32[] @ models/lib/nn.yaml:80:7
%8261 = cast %8260 : f64[] @ models/lib/nn.yaml:80:7
%8262 = add %8261, %6090 : f64[] @ models/lib/nn.yaml:80:7
%8263 = div %6092, %8262 : f64[] @ models/lib/nn.yaml:80:7
%8264 = lt %8263, %6094 : bool[] @ models/lib/nn.yaml:80:7
%8265 = cast %8263 : f32[] @ models/lib/nn.yaml:80:7
%8266 = broadcast %8265 : f32[64] @ models/lib/nn.yaml:80:7
%8267 = mul %8257, %8266 : f32[64] @ models/lib/nn.yaml:80:7
%8268 = broadcast %8264 : bool[64] @ models/lib/nn.yaml:80:7
%8269 = select %8268, %8267, %8257 : f32[64] @ models/lib/nn.yaml:80:7
%8270 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8271 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8272 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8273 = add %8272, %6104 : i64[] @ models/lib/nn.yaml:80:7
%8274 = mul %8269, %6779 : f32[64] @ models/lib/nn.yaml:80:7
%8275 = mul %8270, %6781 : f32[64] @ models/lib/nn.yaml:80:7
%8276 = add %8275, %8274 : f32[64] @ models/lib/nn.yaml:80:7
%8277 = mul %8269, %8269 : f32[64] @ models/lib/nn.yaml:80:7
%8278 = mul %8277, %6785 : f32[64] @ models/lib/nn.yaml:80:7
%8279 = mul %8271, %6787 : f32[64] @ models/lib/nn.yaml:80:7
%8280 = add %8279, %8278 : f32[64] @ models/lib/nn.yaml:80:7
%8281 = cast %8273 : f64[] @ models/lib/nn.yaml:80:7
%8282 = pow %6113, %8281 : f64[] @ models/lib/nn.yaml:80:7
%8283 = sub %6094, %8282 : f64[] @ models/lib/nn.yaml:80:7
%8284 = div %3958, %8283 : f64[] @ models/lib/nn.yaml:80:7
%8285 = pow %6121, %8281 : f64[] @ models/lib/nn.yaml:80:7
%8286 = sub %6094, %8285 : f64[] @ models/lib/nn.yaml:80:7
%8287 = sqrt %8286 : f64[] @ models/lib/nn.yaml:80:7
%8288 = div %6094, %8287 : f64[] @ models/lib/nn.yaml:80:7
%8289 = sqrt %8280 : f32[64] @ models/lib/nn.yaml:80:7
%8290 = cast %8288 : f32[] @ models/lib/nn.yaml:80:7
%8291 = broadcast %8290 : f32[64] @ models/lib/nn.yaml:80:7
%8292 = mul %8289, %8291 : f32[64] @ models/lib/nn.yaml:80:7
%8293 = add %8292, %6802 : f32[64] @ models/lib/nn.yaml:80:7
%8294 = div %8276, %8293 : f32[64] @ models/lib/nn.yaml:80:7
%8295 = cast %8284 : f32[] @ models/lib/nn.yaml:80:7
%8296 = broadcast %8295 : f32[64] @ models/lib/nn.yaml:80:7
%8297 = mul %8294, %8296 : f32[64] @ models/lib/nn.yaml:80:7
%8298 = sub %48, %8297 : f32[64] @ models/lib/nn.yaml:80:7
%8299 = assign %48, %8298 : f32[64] @ models/lib/nn.yaml:80:7
%8300 = assign %8270, %8276 : f32[64] @ models/lib/nn.yaml:80:7
%8301 = assign %8271, %8280 : f32[64] @ models/lib/nn.yaml:80:7
%8302 = assign %8272, %8273 : i64[] @ models/lib/nn.yaml:80:7
%8303 = mul %126, %6813 : f32[64] @ models/lib/nn.yaml:80:7
%8304 = mul %8298, %6815 : f32[64] @ models/lib/nn.yaml:80:7
%8305 = add %8303, %8304 : f32[64] @ models/lib/nn.yaml:80:7
%8306 = assign %126, %8305 : f32[64] @ models/lib/nn.yaml:80:7
%8307 = all_reduce_sum %5461 : f32[16,64] @ models/lib/nn.yaml:79:7
%8308 = reshape %8307 : f32[1024] @ models/lib/nn.yaml:79:7
%8309 = mul %8308, %8308 : f32[1024] @ models/lib/nn.yaml:79:7
%8310 = reduce_sum %8309 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8311 = sqrt %8310 : f32[] @ models/lib/nn.yaml:79:7
%8312 = cast %8311 : f64[] @ models/lib/nn.yaml:79:7
%8313 = add %8312, %6090 : f64[] @ models/lib/nn.yaml:79:7
%8314 = div %6092, %8313 : f64[] @ models/lib/nn.yaml:79:7
%8315 = lt %8314, %6094 : bool[] @ models/lib/nn.yaml:79:7
%8316 = cast %8314 : f32[] @ models/lib/nn.yaml:79:7
%8317 = broadcast %8316 : f32[16,64] @ models/lib/nn.yaml:79:7
%8318 = mul %8307, %8317 : f32[16,64] @ models/lib/nn.yaml:79:7
%8319 = broadcast %8315 : bool[16,64] @ models/lib/nn.yaml:79:7
%8320 = select %8319, %8318, %8307 : f32[16,64] @ models/lib/nn.yaml:79:7
%8321 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8322 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8323 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8324 = add %8323, %6104 : i64[] @ models/lib/nn.yaml:79:7
%8325 = mul %49, %6837 : f32[16,64] @ models/lib/nn.yaml:79:7
%8326 = mul %8320, %6839 : f32[16,64] @ models/lib/nn.yaml:79:7
%8327 = mul %8321, %6841 : f32[16,64] @ models/lib/nn.yaml:79:7
%8328 = add %8327, %8326 : f32[16,64] @ models/lib/nn.yaml:79:7
%8329 = mul %8320, %8320 : f32[16,64] @ models/lib/nn.yaml:79:7
%8330 = mul %8329, %6845 : f32[16,64] @ models/lib/nn.yaml:79:7
%8331 = mul %8322, %6847 : f32[16,64] @ models/lib/nn.yaml:79:7
%8332 = add %8331, %8330 : f32[16,64] @ models/lib/nn.yaml:79:7
%8333 = cast %8324 : f64[] @ models/lib/nn.yaml:79:7
%8334 = pow %6113, %8333 : f64[] @ models/lib/nn.yaml:79:7
%8335 = sub %6094, %8334 : f64[] @ models/lib/nn.yaml:79:7
%8336 = div %3958, %8335 : f64[] @ models/lib/nn.yaml:79:7
%8337 = pow %6121, %8333 : f64[] @ models/lib/nn.yaml:79:7
%8338 = sub %6094, %8337 : f64[] @ models/lib/nn.yaml:79:7
%8339 = sqrt %8338 : f64[] @ models/lib/nn.yaml:79:7
%8340 = div %6094, %8339 : f64[] @ models/lib/nn.yaml:79:7
%8341 = sqrt %8332 : f32[16,64] @ models/lib/nn.yaml:79:7
%8342 = cast %8340 : f32[] @ models/lib/nn.yaml:79:7
%8343 = broadcast %8342 : f32[16,64] @ models/lib/nn.yaml:79:7
%8344 = mul %8341, %8343 : f32[16,64] @ models/lib/nn.yaml:79:7
%8345 = add %8344, %6862 : f32[16,64] @ models/lib/nn.yaml:79:7
%8346 = div %8328, %8345 : f32[16,64] @ models/lib/nn.yaml:79:7
%8347 = cast %8336 : f32[] @ models/lib/nn.yaml:79:7
%8348 = broadcast %8347 : f32[16,64] @ models/lib/nn.yaml:79:7
%8349 = mul %8346, %8348 : f32[16,64] @ models/lib/nn.yaml:79:7
%8350 = sub %8325, %8349 : f32[16,64] @ models/lib/nn.yaml:79:7
%8351 = assign %49, %8350 : f32[16,64] @ models/lib/nn.yaml:79:7
%8352 = assign %8321, %8328 : f32[16,64] @ models/lib/nn.yaml:79:7
%8353 = assign %8322, %8332 : f32[16,64] @ models/lib/nn.yaml:79:7
%8354 = assign %8323, %8324 : i64[] @ models/lib/nn.yaml:79:7
%8355 = mul %127, %6873 : f32[16,64] @ models/lib/nn.yaml:79:7
%8356 = mul %8350, %6875 : f32[16,64] @ models/lib/nn.yaml:79:7
%8357 = add %8355, %8356 : f32[16,64] @ models/lib/nn.yaml:79:7
%8358 = assign %127, %8357 : f32[16,64] @ models/lib/nn.yaml:79:7
%8359 = all_reduce_sum %5456 : f32[16] @ models/lib/nn.yaml:80:7
%8360 = mul %8359, %8359 : f32[16] @ models/lib/nn.yaml:80:7
%8361 = reduce_sum %8360 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8362 = sqrt %8361 : f32[] @ models/lib/nn.yaml:80:7
%8363 = cast %8362 : f64[] @ models/lib/nn.yaml:80:7
%8364 = add %8363, %6090 : f64[] @ models/lib/nn.yaml:80:7
%8365 = div %6092, %8364 : f64[] @ models/lib/nn.yaml:80:7
%8366 = lt %8365, %6094 : bool[] @ models/lib/nn.yaml:80:7
%8367 = cast %8365 : f32[] @ models/lib/nn.yaml:80:7
%8368 = broadcast %8367 : f32[16] @ models/lib/nn.yaml:80:7
%8369 = mul %8359, %8368 : f32[16] @ models/lib/nn.yaml:80:7
%8370 = broadcast %8366 : bool[16] @ models/lib/nn.yaml:80:7
%8371 = select %8370, %8369, %8359 : f32[16] @ models/lib/nn.yaml:80:7
%8372 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8373 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8374 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8375 = add %8374, %6104 : i64[] @ models/lib/nn.yaml:80:7
%8376 = mul %8371, %6235 : f32[16] @ models/lib/nn.yaml:80:7
%8377 = mul %8372, %6237 : f32[16] @ models/lib/nn.yaml:80:7
%8378 = add %8377, %8376 : f32[16] @ models/lib/nn.yaml:80:7
%8379 = mul %8371, %8371 : f32[16] @ models/lib/nn.yaml:80:7
%8380 = mul %8379, %6241 : f32[16] @ models/lib/nn.yaml:80:7
%8381 = mul %8373, %6243 : f32[16] @ models/lib/nn.yaml:80:7
%8382 = add %8381, %8380 : f32[16] @ models/lib/nn.yaml:80:7
%8383 = cast %8375 : f64[] @ models/lib/nn.yaml:80:7
%8384 = pow %6113, %8383 : f64[] @ models/lib/nn.yaml:80:7
%8385 = sub %6094, %8384 : f64[] @ models/lib/nn.yaml:80:7
%8386 = div %3958, %8385 : f64[] @ models/lib/nn.yaml:80:7
%8387 = pow %6121, %8383 : f64[] @ models/lib/nn.yaml:80:7
%8388 = sub %6094, %8387 : f64[] @ models/lib/nn.yaml:80:7
%8389 = sqrt %8388 : f64[] @ models/lib/nn.yaml:80:7
%8390 = div %6094, %8389 : f64[] @ models/lib/nn.yaml:80:7
%8391 = sqrt %8382 : f32[16] @ models/lib/nn.yaml:80:7
%8392 = cast %8390 : f32[] @ models/lib/nn.yaml:80:7
%8393 = broadcast %8392 : f32[16] @ models/lib/nn.yaml:80:7
%8394 = mul %8391, %8393 : f32[16] @ models/lib/nn.yaml:80:7
%8395 = add %8394, %6258 : f32[16] @ models/lib/nn.yaml:80:7
%8396 = div %8378, %8395 : f32[16] @ models/lib/nn.yaml:80:7
%8397 = cast %8386 : f32[] @ models/lib/nn.yaml:80:7
%8398 = broadcast %8397 : f32[16] @ models/lib/nn.yaml:80:7
%8399 = mul %8396, %8398 : f32[16] @ models/lib/nn.yaml:80:7
%8400 = sub %50, %8399 : f32[16] @ models/lib/nn.yaml:80:7
%8401 = assign %50, %8400 : f32[16] @ models/lib/nn.yaml:80:7
%8402 = assign %8372, %8378 : f32[16] @ models/lib/nn.yaml:80:7
%8403 = assign %8373, %8382 : f32[16] @ models/lib/nn.yaml:80:7
%8404 = assign %8374, %8375 : i64[] @ models/lib/nn.yaml:80:7
%8405 = mul %128, %6269 : f32[16] @ models/lib/nn.yaml:80:7
%8406 = mul %8400, %6271 : f32[16] @ models/lib/nn.yaml:80:7
%8407 = add %8405, %8406 : f32[16] @ models/lib/nn.yaml:80:7
%8408 = assign %128, %8407 : f32[16] @ models/lib/nn.yaml:80:7
%8409 = all_reduce_sum %5430 : f32[16] @ models/lib/nn.yaml:89:7
%8410 = mul %8409, %8409 : f32[16] @ models/lib/nn.yaml:89:7
%8411 = reduce_sum %8410 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8412 = sqrt %8411 : f32[] @ models/lib/nn.yaml:89:7
%8413 = cast %8412 : f64[] @ models/lib/nn.yaml:89:7
%8414 = add %8413, %6090 : f64[] @ models/lib/nn.yaml:89:7
%8415 = div %6092, %8414 : f64[] @ models/lib/nn.yaml:89:7
%8416 = lt %8415, %6094 : bool[] @ models/lib/nn.yaml:89:7
%8417 = cast %8415 : f32[] @ models/lib/nn.yaml:89:7
%8418 = broadcast %8417 : f32[16] @ models/lib/nn.yaml:89:7
%8419 = mul %8409, %8418 : f32[16] @ models/lib/nn.yaml:89:7
%8420 = broadcast %8416 : bool[16] @ models/lib/nn.yaml:89:7
%8421 = select %8420, %8419, %8409 : f32[16] @ models/lib/nn.yaml:89:7
%8422 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8423 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8424 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8425 = add %8424, %6104 : i64[] @ models/lib/nn.yaml:89:7
%8426 = mul %8421, %6235 : f32[16] @ models/lib/nn.yaml:89:7
%8427 = mul %8422, %6237 : f32[16] @ models/lib/nn.yaml:89:7
%8428 = add %8427, %8426 : f32[16] @ models/lib/nn.yaml:89:7
%8429 = mul %8421, %8421 : f32[16] @ models/lib/nn.yaml:89:7
%8430 = mul %8429, %6241 : f32[16] @ models/lib/nn.yaml:89:7
%8431 = mul %8423, %6243 : f32[16] @ models/lib/nn.yaml:89:7
%8432 = add %8431, %8430 : f32[16] @ models/lib/nn.yaml:89:7
%8433 = cast %8425 : f64[] @ models/lib/nn.yaml:89:7
%8434 = pow %6113, %8433 : f64[] @ models/lib/nn.yaml:89:7
%8435 = sub %6094, %8434 : f64[] @ models/lib/nn.yaml:89:7
%8436 = div %3958, %8435 : f64[] @ models/lib/nn.yaml:89:7
%8437 = pow %6121, %8433 : f64[] @ models/lib/nn.yaml:89:7
%8438 = sub %6094, %8437 : f64[] @ models/lib/nn.yaml:89:7
%8439 = sqrt %8438 : f64[] @ models/lib/nn.yaml:89:7
%8440 = div %6094, %8439 : f64[] @ models/lib/nn.yaml:89:7
%8441 = sqrt %8432 : f32[16] @ models/lib/nn.yaml:89:7
%8442 = cast %8440 : f32[] @ models/lib/nn.yaml:89:7
%8443 = broadcast %8442 : f32[16] @ models/lib/nn.yaml:89:7
%8444 = mul %8441, %8443 : f32[16] @ models/lib/nn.yaml:89:7
%8445 = add %8444, %6258 : f32[16] @ models/lib/nn.yaml:89:7
%8446 = div %8428, %8445 : f32[16] @ models/lib/nn.yaml:89:7
%8447 = cast %8436 : f32[] @ models/lib/nn.yaml:89:7
%8448 = broadcast %8447 : f32[16] @ models/lib/nn.yaml:89:7
%8449 = mul %8446, %8448 : f32[16] @ models/lib/nn.yaml:89:7
%8450 = sub %51, %8449 : f32[16] @ models/lib/nn.yaml:89:7
%8451 = assign %51, %8450 : f32[16] @ models/lib/nn.yaml:89:7
%8452 = assign %8422, %8428 : f32[16] @ models/lib/nn.yaml:89:7
%8453 = assign %8423, %8432 : f32[16] @ models/lib/nn.yaml:89:7
%8454 = assign %8424, %8425 : i64[] @ models/lib/nn.yaml:89:7
%8455 = mul %129, %6269 : f32[16] @ models/lib/nn.yaml:89:7
%8456 = mul %8450, %6271 : f32[16] @ models/lib/nn.yaml:89:7
%8457 = add %8455, %8456 : f32[16] @ models/lib/nn.yaml:89:7
%8458 = assign %129, %8457 : f32[16] @ models/lib/nn.yaml:89:7
%8459 = all_reduce_sum %5424 : f32[16] @ models/lib/nn.yaml:90:7
%8460 = mul %8459, %8459 : f32[16] @ models/lib/nn.yaml:90:7
%8461 = reduce_sum %8460 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8462 = sqrt %8461 : f32[] @ models/lib/nn.yaml:90:7
%8463 = cast %8462 : f64[] @ models/lib/nn.yaml:90:7
%8464 = add %8463, %6090 : f64[] @ models/lib/nn.yaml:90:7
%8465 = div %6092, %8464 : f64[] @ models/lib/nn.yaml:90:7
%8466 = lt %8465, %6094 : bool[] @ models/lib/nn.yaml:90:7
%8467 = cast %8465 : f32[] @ models/lib/nn.yaml:90:7
%8468 = broadcast %8467 : f32[16] @ models/lib/nn.yaml:90:7
%8469 = mul %8459, %8468 : f32[16] @ models/lib/nn.yaml:90:7
%8470 = broadcast %8466 : bool[16] @ models/lib/nn.yaml:90:7
%8471 = select %8470, %8469, %8459 : f32[16] @ models/lib/nn.yaml:90:7
%8472 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8473 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8474 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8475 = add %8474, %6104 : i64[] @ models/lib/nn.yaml:90:7
%8476 = mul %8471, %6235 : f32[16] @ models/lib/nn.yaml:90:7
%8477 = mul %8472, %6237 : f32[16] @ models/lib/nn.yaml:90:7
%8478 = add %8477, %8476 : f32[16] @ models/lib/nn.yaml:90:7
%8479 = mul %8471, %8471 : f32[16] @ models/lib/nn.yaml:90:7
%8480 = mul %8479, %6241 : f32[16] @ models/lib/nn.yaml:90:7
%8481 = mul %8473, %6243 : f32[16] @ models/lib/nn.yaml:90:7
%8482 = add %8481, %8480 : f32[16] @ models/lib/nn.yaml:90:7
%8483 = cast %8475 : f64[] @ models/lib/nn.yaml:90:7
%8484 = pow %6113, %8483 : f64[] @ models/lib/nn.yaml:90:7
%8485 = sub %6094, %8484 : f64[] @ models/lib/nn.yaml:90:7
%8486 = div %3958, %8485 : f64[] @ models/lib/nn.yaml:90:7
%8487 = pow %6121, %8483 : f64[] @ models/lib/nn.yaml:90:7
%8488 = sub %6094, %8487 : f64[] @ models/lib/nn.yaml:90:7
%8489 = sqrt %8488 : f64[] @ models/lib/nn.yaml:90:7
%8490 = div %6094, %8489 : f64[] @ models/lib/nn.yaml:90:7
%8491 = sqrt %8482 : f32[16] @ models/lib/nn.yaml:90:7
%8492 = cast %8490 : f32[] @ models/lib/nn.yaml:90:7
%8493 = broadcast %8492 : f32[16] @ models/lib/nn.yaml:90:7
%8494 = mul %8491, %8493 : f32[16] @ models/lib/nn.yaml:90:7
%8495 = add %8494, %6258 : f32[16] @ models/lib/nn.yaml:90:7
%8496 = div %8478, %8495 : f32[16] @ models/lib/nn.yaml:90:7
%8497 = cast %8486 : f32[] @ models/lib/nn.yaml:90:7
%8498 = broadcast %8497 : f32[16] @ models/lib/nn.yaml:90:7
%8499 = mul %8496, %8498 : f32[16] @ models/lib/nn.yaml:90:7
%8500 = sub %52, %8499 : f32[16] @ models/lib/nn.yaml:90:7
%8501 = assign %52, %8500 : f32[16] @ models/lib/nn.yaml:90:7
%8502 = assign %8472, %8478 : f32[16] @ models/lib/nn.yaml:90:7
%8503 = assign %8473, %8482 : f32[16] @ models/lib/nn.yaml:90:7
%8504 = assign %8474, %8475 : i64[] @ models/lib/nn.yaml:90:7
%8505 = mul %130, %6269 : f32[16] @ models/lib/nn.yaml:90:7
%8506 = mul %8500, %6271 : f32[16] @ models/lib/nn.yaml:90:7
%8507 = add %8505, %8506 : f32[16] @ models/lib/nn.yaml:90:7
%8508 = assign %130, %8507 : f32[16] @ models/lib/nn.yaml:90:7
%8509 = all_reduce_sum %5417 : f32[16,16] @ models/lib/nn.yaml:79:7
%8510 = reshape %8509 : f32[256] @ models/lib/nn.yaml:79:7
%8511 = mul %8510, %8510 : f32[256] @ models/lib/nn.yaml:79:7
%8512 = reduce_sum %8511 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8513 = sqrt %8512 : f32[] @ models/lib/nn.yaml:79:7
%8514 = cast %8513 : f64[] @ models/lib/nn.yaml:79:7
%8515 = add %8514, %6090 : f64[] @ models/lib/nn.yaml:79:7
%8516 = div %6092, %8515 : f64[] @ models/lib/nn.yaml:79:7
%8517 = lt %8516, %6094 : bool[] @ models/lib/nn.yaml:79:7
%8518 = cast %8516 : f32[] @ models/lib/nn.yaml:79:7
%8519 = broadcast %8518 : f32[16,16] @ models/lib/nn.yaml:79:7
%8520 = mul %8509, %8519 : f32[16,16] @ models/lib/nn.yaml:79:7
%8521 = broadcast %8517 : bool[16,16] @ models/lib/nn.yaml:79:7
%8522 = select %8521, %8520, %8509 : f32[16,16] @ models/lib/nn.yaml:79:7
%8523 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8524 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8525 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8526 = add %8525, %6104 : i64[] @ models/lib/nn.yaml:79:7
%8527 = mul %53, %6510 : f32[16,16] @ models/lib/nn.yaml:79:7
%8528 = mul %8522, %6512 : f32[16,16] @ models/lib/nn.yaml:79:7
%8529 = mul %8523, %6514 : f32[16,16] @ models/lib/nn.yaml:79:7
%8530 = add %8529, %8528 : f32[16,16] @ models/lib/nn.yaml:79:7
%8531 = mul %8522, %8522 : f32[16,16] @ models/lib/nn.yaml:79:7
%8532 = mul %8531, %6518 : f32[16,16] @ models/lib/nn.yaml:79:7
%8533 = mul %8524, %6520 : f32[16,16] @ models/lib/nn.yaml:79:7
%8534 = add %8533, %8532 : f32[16,16] @ models/lib/nn.yaml:79:7
%8535 = cast %8526 : f64[] @ models/lib/nn.yaml:79:7
%8536 = pow %6113, %8535 : f64[] @ models/lib/nn.yaml:79:7
%8537 = sub %6094, %8536 : f64[] @ models/lib/nn.yaml:79:7
%8538 = div %3958, %8537 : f64[] @ models/lib/nn.yaml:79:7
%8539 = pow %6121, %8535 : f64[] @ models/lib/nn.yaml:79:7
%8540 = sub %6094, %8539 : f64[] @ models/lib/nn.yaml:79:7
%8541 = sqrt %8540 : f64[] @ models/lib/nn.yaml:79:7
%8542 = div %6094, %8541 : f64[] @ models/lib/nn.yaml:79:7
%8543 = sqrt %8534 : f32[16,16] @ models/lib/nn.yaml:79:7
%8544 = cast %8542 : f32[] @ models/lib/nn.yaml:79:7
%8545 = broadcast %8544 : f32[16,16] @ models/lib/nn.yaml:79:7
%8546 = mul %8543, %8545 : f32[16,16] @ models/lib/nn.yaml:79:7
%8547 = add %8546, %6535 : f32[16,16] @ models/lib/nn.yaml:79:7
%8548 = div %8530, %8547 : f32[16,16] @ models/lib/nn.yaml:79:7
%8549 = cast %8538 : f32[] @ models/lib/nn.yaml:79:7
%8550 = broadcast %8549 : f32[16,16] @ models/lib/nn.yaml:79:7
%8551 = mul %8548, %8550 : f32[16,16] @ models/lib/nn.yaml:79:7
%8552 = sub %8527, %8551 : f32[16,16] @ models/lib/nn.yaml:79:7
%8553 = assign %53, %8552 : f32[16,16] @ models/lib/nn.yaml:79:7
%8554 = assign %8523, %8530 : f32[16,16] @ models/lib/nn.yaml:79:7
%8555 = assign %8524, %8534 : f32[16,16] @ models/lib/nn.yaml:79:7
%8556 = assign %8525, %8526 : i64[] @ models/lib/nn.yaml:79:7
%8557 = mul %131, %6546 : f32[16,16] @ models/lib/nn.yaml:79:7
%8558 = mul %8552, %6548 : f32[16,16] @ models/lib/nn.yaml:79:7
%8559 = add %8557, %8558 : f32[16,16] @ models/lib/nn.yaml:79:7
%8560 = assign %131, %8559 : f32[16,16] @ models/lib/nn.yaml:79:7
%8561 = all_reduce_sum %5412 : f32[16] @ models/lib/nn.yaml:80:7
%8562 = mul %8561, %8561 : f32[16] @ models/lib/nn.yaml:80:7
%8563 = reduce_sum %8562 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8564 = sqrt %8563 : f32[] @ models/lib/nn.yaml:80:7
%8565 = cast %8564 : f64[] @ models/lib/nn.yaml:80:7
%8566 = add %8565, %6090 : f64[] @ models/lib/nn.yaml:80:7
%8567 = div %6092, %8566 : f64[] @ models/lib/nn.yaml:80:7
%8568 = lt %8567, %6094 : bool[] @ models/lib/nn.yaml:80:7
%8569 = cast %8567 : f32[] @ models/lib/nn.yaml:80:7
%8570 = broadcast %8569 : f32[16] @ models/lib/nn.yaml:80:7
%8571 = mul %8561, %8570 : f32[16] @ models/lib/nn.yaml:80:7
%8572 = broadcast %8568 : bool[16] @ models/lib/nn.yaml:80:7
%8573 = select %8572, %8571, %8561 : f32[16] @ models/lib/nn.yaml:80:7
%8574 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8575 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8576 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8577 = add %8576, %6104 : i64[] @ models/lib/nn.yaml:80:7
%8578 = mul %8573, %6235 : f32[16] @ models/lib/nn.yaml:80:7
%8579 = mul %8574, %6237 : f32[16] @ models/lib/nn.yaml:80:7
%8580 = add %8579, %8578 : f32[16] @ models/lib/nn.yaml:80:7
%8581 = mul %8573, %8573 : f32[16] @ models/lib/nn.yaml:80:7
%8582 = mul %8581, %6241 : f32[16] @ models/lib/nn.yaml:80:7
%8583 = mul %8575, %6243 : f32[16] @ models/lib/nn.yaml:80:7
%8584 = add %8583, %8582 : f32[16] @ models/lib/nn.yaml:80:7
%8585 = cast %8577 : f64[] @ models/lib/nn.yaml:80:7
%8586 = pow %6113, %8585 : f64[] @ models/lib/nn.yaml:80:7
%8587 = sub %6094, %8586 : f64[] @ models/lib/nn.yaml:80:7
%8588 = div %3958, %8587 : f64[] @ models/lib/nn.yaml:80:7
%8589 = pow %6121, %8585 : f64[] @ models/lib/nn.yaml:80:7
%8590 = sub %6094, %8589 : f64[] @ models/lib/nn.yaml:80:7
%8591 = sqrt %8590 : f64[] @ models/lib/nn.yaml:80:7
%8592 = div %6094, %8591 : f64[] @ models/lib/nn.yaml:80:7
%8593 = sqrt %8584 : f32[16] @ models/lib/nn.yaml:80:7
%8594 = cast %8592 : f32[] @ models/lib/nn.yaml:80:7
%8595 = broadcast %8594 : f32[16] @ models/lib/nn.yaml:80:7
%8596 = mul %8593, %8595 : f32[16] @ models/lib/nn.yaml:80:7
%8597 = add %8596, %6258 : f32[16] @ models/lib/nn.yaml:80:7
%8598 = div %8580, %8597 : f32[16] @ models/lib/nn.yaml:80:7
%8599 = cast %8588 : f32[] @ models/lib/nn.yaml:80:7
%8600 = broadcast %8599 : f32[16] @ models/lib/nn.yaml:80:7
%8601 = mul %8598, %8600 : f32[16] @ models/lib/nn.yaml:80:7
%8602 = sub %54, %8601 : f32[16] @ models/lib/nn.yaml:80:7
%8603 = assign %54, %8602 : f32[16] @ models/lib/nn.yaml:80:7
%8604 = assign %8574, %8580 : f32[16] @ models/lib/nn.yaml:80:7
%8605 = assign %8575, %8584 : f32[16] @ models/lib/nn.yaml:80:7
%8606 = assign %8576, %8577 : i64[] @ models/lib/nn.yaml:80:7
%8607 = mul %132, %6269 : f32[16] @ models/lib/nn.yaml:80:7
%8608 = mul %8602, %6271 : f32[16] @ models/lib/nn.yaml:80:7
%8609 = add %8607, %8608 : f32[16] @ models/lib/nn.yaml:80:7
%8610 = assign %132, %8609 : f32[16] @ models/lib/nn.yaml:80:7
%8611 = all_reduce_sum %5407 : f32[16,16] @ models/lib/nn.yaml:79:7
%8612 = reshape %8611 : f32[256] @ models/lib/nn.yaml:79:7
%8613 = mul %8612, %8612 : f32[256] @ models/lib/nn.yaml:79:7
%8614 = reduce_sum %8613 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8615 = sqrt %8614 : f32[] @ models/lib/nn.yaml:79:7
%8616 = cast %8615 : f64[] @ models/lib/nn.yaml:79:7
%8617 = add %8616, %6090 : f64[] @ models/lib/nn.yaml:79:7
%8618 = div %6092, %8617 : f64[] @ models/lib/nn.yaml:79:7
%8619 = lt %8618, %6094 : bool[] @ models/lib/nn.yaml:79:7
%8620 = cast %8618 : f32[] @ models/lib/nn.yaml:79:7
%8621 = broadcast %8620 : f32[16,16] @ models/lib/nn.yaml:79:7
%8622 = mul %8611, %8621 : f32[16,16] @ models/lib/nn.yaml:79:7
%8623 = broadcast %8619 : bool[16,16] @ models/lib/nn.yaml:79:7
%8624 = select %8623, %8622, %8611 : f32[16,16] @ models/lib/nn.yaml:79:7
%8625 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8626 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8627 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8628 = add %8627, %6104 : i64[] @ models/lib/nn.yaml:79:7
%8629 = mul %55, %6510 : f32[16,16] @ models/lib/nn.yaml:79:7
%8630 = mul %8624, %6512 : f32[16,16] @ models/lib/nn.yaml:79:7
%8631 = mul %8625, %6514 : f32[16,16] @ models/lib/nn.yaml:79:7
%8632 = add %8631, %8630 : f32[16,16] @ models/lib/nn.yaml:79:7
%8633 = mul %8624, %8624 : f32[16,16] @ models/lib/nn.yaml:79:7
%8634 = mul %8633, %6518 : f32[16,16] @ models/lib/nn.yaml:79:7
%8635 = mul %8626, %6520 : f32[16,16] @ models/lib/nn.yaml:79:7
%8636 = add %8635, %8634 : f32[16,16] @ models/lib/nn.yaml:79:7
%8637 = cast %8628 : f64[] @ models/lib/nn.yaml:79:7
%8638 = pow %6113, %8637 : f64[] @ models/lib/nn.yaml:79:7
%8639 = sub %6094, %8638 : f64[] @ models/lib/nn.yaml:79:7
%8640 = div %3958, %8639 : f64[] @ models/lib/nn.yaml:79:7
%8641 = pow %6121, %8637 : f64[] @ models/lib/nn.yaml:79:7
%8642 = sub %6094, %8641 : f64[] @ models/lib/nn.yaml:79:7
%8643 = sqrt %8642 : f64[] @ models/lib/nn.yaml:79:7
%8644 = div %6094, %8643 : f64[] @ models/lib/nn.yaml:79:7
%8645 = sqrt %8636 : f32[16,16] @ models/lib/nn.yaml:79:7
%8646 = cast %8644 : f32[] @ models/lib/nn.yaml:79:7
%8647 = broadcast %8646 : f32[16,16] @ models/lib/nn.yaml:79:7
%8648 = mul %8645, %8647 : f32[16,16] @ models/lib/nn.yaml:79:7
%8649 = add %8648, %6535 : f32[16,16] @ models/lib/nn.yaml:79:7
%8650 = div %8632, %8649 : f32[16,16] @ models/lib/nn.yaml:79:7
%8651 = cast %8640 : f32[] @ models/lib/nn.yaml:79:7
%8652 = broadcast %8651 : f32[16,16] @ models/lib/nn.yaml:79:7
%8653 = mul %8650, %8652 : f32[16,16] @ models/lib/nn.yaml:79:7
%8654 = sub %8629, %8653 : f32[16,16] @ models/lib/nn.yaml:79:7
%8655 = assign %55, %8654 : f32[16,16] @ models/lib/nn.yaml:79:7
%8656 = assign %8625, %8632 : f32[16,16] @ models/lib/nn.yaml:79:7
%8657 = assign %8626, %8636 : f32[16,16] @ models/lib/nn.yaml:79:7
%8658 = assign %8627, %8628 : i64[] @ models/lib/nn.yaml:79:7
%8659 = mul %133, %6546 : f32[16,16] @ models/lib/nn.yaml:79:7
%8660 = mul %8654, %6548 : f32[16,16] @ models/lib/nn.yaml:79:7
%8661 = add %8659, %8660 : f32[16,16] @ models/lib/nn.yaml:79:7
%8662 = assign %133, %8661 : f32[16,16] @ models/lib/nn.yaml:79:7
%8663 = all_reduce_sum %5402 : f32[16] @ models/lib/nn.yaml:80:7
%8664 = mul %8663, %8663 : f32[16] @ models/lib/nn.yaml:80:7
%8665 = reduce_sum %8664 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8666 = sqrt %8665 : f32[] @ models/lib/nn.yaml:80:7
%8667 = cast %8666 : f64[] @ models/lib/nn.yaml:80:7
%8668 = add %8667, %6090 : f64[] @ models/lib/nn.yaml:80:7
%8669 = div %6092, %8668 : f64[] @ models/lib/nn.yaml:80:7
%8670 = lt %8669, %6094 : bool[] @ models/lib/nn.yaml:80:7
%8671 = cast %8669 : f32[] @ models/lib/nn.yaml:80:7
%8672 = broadcast %8671 : f32[16] @ models/lib/nn.yaml:80:7
%8673 = mul %8663, %8672 : f32[16] @ models/lib/nn.yaml:80:7
%8674 = broadcast %8670 : bool[16] @ models/lib/nn.yaml:80:7
%8675 = select %8674, %8673, %8663 : f32[16] @ models/lib/nn.yaml:80:7
%8676 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8677 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8678 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8679 = add %8678, %6104 : i64[] @ models/lib/nn.yaml:80:7
%8680 = mul %8675, %6235 : f32[16] @ models/lib/nn.yaml:80:7
%8681 = mul %8676, %6237 : f32[16] @ models/lib/nn.yaml:80:7
%8682 = add %8681, %8680 : f32[16] @ models/lib/nn.yaml:80:7
%8683 = mul %8675, %8675 : f32[16] @ models/lib/nn.yaml:80:7
%8684 = mul %8683, %6241 : f32[16] @ models/lib/nn.yaml:80:7
%8685 = mul %8677, %6243 : f32[16] @ models/lib/nn.yaml:80:7
%8686 = add %8685, %8684 : f32[16] @ models/lib/nn.yaml:80:7
%8687 = cast %8679 : f64[] @ models/lib/nn.yaml:80:7
%8688 = pow %6113, %8687 : f64[] @ models/lib/nn.yaml:80:7
%8689 = sub %6094, %8688 : f64[] @ models/lib/nn.yaml:80:7
%8690 = div %3958, %8689 : f64[] @ models/lib/nn.yaml:80:7
%8691 = pow %6121, %8687 : f64[] @ models/lib/nn.yaml:80:7
%8692 = sub %6094, %8691 : f64[] @ models/lib/nn.yaml:80:7
%8693 = sqrt %8692 : f64[] @ models/lib/nn.yaml:80:7
%8694 = div %6094, %8693 : f64[] @ models/lib/nn.yaml:80:7
%8695 = sqrt %8686 : f32[16] @ models/lib/nn.yaml:80:7
%8696 = cast %8694 : f32[] @ models/lib/nn.yaml:80:7
%8697 = broadcast %8696 : f32[16] @ models/lib/nn.yaml:80:7
%8698 = mul %8695, %8697 : f32[16] @ models/lib/nn.yaml:80:7
%8699 = add %8698, %6258 : f32[16] @ models/lib/nn.yaml:80:7
%8700 = div %8682, %8699 : f32[16] @ models/lib/nn.yaml:80:7
%8701 = cast %8690 : f32[] @ models/lib/nn.yaml:80:7
%8702 = broadcast %8701 : f32[16] @ models/lib/nn.yaml:80:7
%8703 = mul %8700, %8702 : f32[16] @ models/lib/nn.yaml:80:7
%8704 = sub %56, %8703 : f32[16] @ models/lib/nn.yaml:80:7
%8705 = assign %56, %8704 : f32[16] @ models/lib/nn.yaml:80:7
%8706 = assign %8676, %8682 : f32[16] @ models/lib/nn.yaml:80:7
%8707 = assign %8677, %8686 : f32[16] @ models/lib/nn.yaml:80:7
%8708 = assign %8678, %8679 : i64[] @ models/lib/nn.yaml:80:7
%8709 = mul %134, %6269 : f32[16] @ models/lib/nn.yaml:80:7
%8710 = mul %8704, %6271 : f32[16] @ models/lib/nn.yaml:80:7
%8711 = add %8709, %8710 : f32[16] @ models/lib/nn.yaml:80:7
%8712 = assign %134, %8711 : f32[16] @ models/lib/nn.yaml:80:7
%8713 = all_reduce_sum %5395 : f32[16,16] @ models/lib/nn.yaml:79:7
%8714 = reshape %8713 : f32[256] @ models/lib/nn.yaml:79:7
%8715 = mul %8714, %8714 : f32[256] @ models/lib/nn.yaml:79:7
%8716 = reduce_sum %8715 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8717 = sqrt %8716 : f32[] @ models/lib/nn.yaml:79:7
%8718 = cast %8717 : f64[] @ models/lib/nn.yaml:79:7
%8719 = add %8718, %6090 : f64[] @ models/lib/nn.yaml:79:7
%8720 = div %6092, %8719 : f64[] @ models/lib/nn.yaml:79:7
%8721 = lt %8720, %6094 : bool[] @ models/lib/nn.yaml:79:7
%8722 = cast %8720 : f32[] @ models/lib/nn.yaml:79:7
%8723 = broadcast %8722 : f32[16,16] @ models/lib/nn.yaml:79:7
%8724 = mul %8713, %8723 : f32[16,16] @ models/lib/nn.yaml:79:7
%8725 = broadcast %8721 : bool[16,16] @ models/lib/nn.yaml:79:7
%8726 = select %8725, %8724, %8713 : f32[16,16] @ models/lib/nn.yaml:79:7
%8727 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8728 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8729 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8730 = add %8729, %6104 : i64[] @ models/lib/nn.yaml:79:7
%8731 = mul %57, %6510 : f32[16,16] @ models/lib/nn.yaml:79:7
%8732 = mul %8726, %6512 : f32[16,16] @ models/lib/nn.yaml:79:7
%8733 = mul %8727, %6514 : f32[16,16] @ models/lib/nn.yaml:79:7
%8734 = add %8733, %8732 : f32[16,16] @ models/lib/nn.yaml:79:7
%8735 = mul %8726, %8726 : f32[16,16] @ models/lib/nn.yaml:79:7
%8736 = mul %8735, %6518 : f32[16,16] @ models/lib/nn.yaml:79:7
%8737 = mul %8728, %6520 : f32[16,16] @ models/lib/nn.yaml:79:7
%8738 = add %8737, %8736 : f32[16,16] @ models/lib/nn.yaml:79:7
%8739 = cast %8730 : f64[] @ models/lib/nn.yaml:79:7
%8740 = pow %6113, %8739 : f64[] @ models/lib/nn.yaml:79:7
%8741 = sub %6094, %8740 : f64[] @ models/lib/nn.yaml:79:7
%8742 = div %3958, %8741 : f64[] @ models/lib/nn.yaml:79:7
%8743 = pow %6121, %8739 : f64[] @ models/lib/nn.yaml:79:7
%8744 = sub %6094, %8743 : f64[] @ models/lib/nn.yaml:79:7
%8745 = sqrt %8744 : f64[] @ models/lib/nn.yaml:79:7
%8746 = div %6094, %8745 : f64[] @ models/lib/nn.yaml:79:7
%8747 = sqrt %8738 : f32[16,16] @ models/lib/nn.yaml:79:7
%8748 = cast %8746 : f32[] @ models/lib/nn.yaml:79:7
%8749 = broadcast %8748 : f32[16,16] @ models/lib/nn.yaml:79:7
%8750 = mul %8747, %8749 : f32[16,16] @ models/lib/nn.yaml:79:7
%8751 = add %8750, %6535 : f32[16,16] @ models/lib/nn.yaml:79:7
%8752 = div %8734, %8751 : f32[16,16] @ models/lib/nn.yaml:79:7
%8753 = cast %8742 : f32[] @ models/lib/nn.yaml:79:7
%8754 = broadcast %8753 : f32[16,16] @ models/lib/nn.yaml:79:7
%8755 = mul %8752, %8754 : f32[16,16] @ models/lib/nn.yaml:79:7
%8756 = sub %8731, %8755 : f32[16,16] @ models/lib/nn.yaml:79:7
%8757 = assign %57, %8756 : f32[16,16] @ models/lib/nn.yaml:79:7
%8758 = assign %8727, %8734 : f32[16,16] @ models/lib/nn.yaml:79:7
%8759 = assign %8728, %8738 : f32[16,16] @ models/lib/nn.yaml:79:7
%8760 = assign %8729, %8730 : i64[] @ models/lib/nn.yaml:79:7
%8761 = mul %135, %6546 : f32[16,16] @ models/lib/nn.yaml:79:7
%8762 = mul %8756, %6548 : f32[16,16] @ models/lib/nn.yaml:79:7
%8763 = add %8761, %8762 : f32[16,16] @ models/lib/nn.yaml:79:7
%8764 = assign %135, %8763 : f32[16,16] @ models/lib/nn.yaml:79:7
%8765 = all_reduce_sum %5390 : f32[16] @ models/lib/nn.yaml:80:7
%8766 = mul %8765, %8765 : f32[16] @ models/lib/nn.yaml:80:7
%8767 = reduce_sum %8766 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8768 = sqrt %8767 : f32[] @ models/lib/nn.yaml:80:7
%8769 = cast %8768 : f64[] @ models/lib/nn.yaml:80:7
%8770 = add %8769, %6090 : f64[] @ models/lib/nn.yaml:80:7
%8771 = div %6092, %8770 : f64[] @ models/lib/nn.yaml:80:7
%8772 = lt %8771, %6094 : bool[] @ models/lib/nn.yaml:80:7
%8773 = cast %8771 : f32[] @ models/lib/nn.yaml:80:7
%8774 = broadcast %8773 : f32[16] @ models/lib/nn.yaml:80:7
%8775 = mul %8765, %8774 : f32[16] @ models/lib/nn.yaml:80:7
%8776 = broadcast %8772 : bool[16] @ models/lib/nn.yaml:80:7
%8777 = select %8776, %8775, %8765 : f32[16] @ models/lib/nn.yaml:80:7
%8778 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8779 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8780 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8781 = add %8780, %6104 : i64[] @ models/lib/nn.yaml:80:7
%8782 = mul %8777, %6235 : f32[16] @ models/lib/nn.yaml:80:7
%8783 = mul %8778, %6237 : f32[16] @ models/lib/nn.yaml:80:7
%8784 = add %8783, %8782 : f32[16] @ models/lib/nn.yaml:80:7
%8785 = mul %8777, %8777 : f32[16] @ models/lib/nn.yaml:80:7
%8786 = mul %8785, %6241 : f32[16] @ models/lib/nn.yaml:80:7
%8787 = mul %8779, %6243 : f32[16] @ models/lib/nn.yaml:80:7
%8788 = add %8787, %8786 : f32[16] @ models/lib/nn.yaml:80:7
%8789 = cast %8781 : f64[] @ models/lib/nn.yaml:80:7
%8790 = pow %6113, %8789 : f64[] @ models/lib/nn.yaml:80:7
%8791 = sub %6094, %8790 : f64[] @ models/lib/nn.yaml:80:7
%8792 = div %3958, %8791 : f64[] @ models/lib/nn.yaml:80:7
%8793 = pow %6121, %8789 : f64[] @ models/lib/nn.yaml:80:7
%8794 = sub %6094, %8793 : f64[] @ models/lib/nn.yaml:80:7
%8795 = sqrt %8794 : f64[] @ models/lib/nn.yaml:80:7
%8796 = div %6094, %8795 : f64[] @ models/lib/nn.yaml:80:7
%8797 = sqrt %8788 : f32[16] @ models/lib/nn.yaml:80:7
%8798 = cast %8796 : f32[] @ models/lib/nn.yaml:80:7
%8799 = broadcast %8798 : f32[16] @ models/lib/nn.yaml:80:7
%8800 = mul %8797, %8799 : f32[16] @ models/lib/nn.yaml:80:7
%8801 = add %8800, %6258 : f32[16] @ models/lib/nn.yaml:80:7
%8802 = div %8784, %8801 : f32[16] @ models/lib/nn.yaml:80:7
%8803 = cast %8792 : f32[] @ models/lib/nn.yaml:80:7
%8804 = broadcast %8803 : f32[16] @ models/lib/nn.yaml:80:7
%8805 = mul %8802, %8804 : f32[16] @ models/lib/nn.yaml:80:7
%8806 = sub %58, %8805 : f32[16] @ models/lib/nn.yaml:80:7
%8807 = assign %58, %8806 : f32[16] @ models/lib/nn.yaml:80:7
%8808 = assign %8778, %8784 : f32[16] @ models/lib/nn.yaml:80:7
%8809 = assign %8779, %8788 : f32[16] @ models/lib/nn.yaml:80:7
%8810 = assign %8780, %8781 : i64[] @ models/lib/nn.yaml:80:7
%8811 = mul %136, %6269 : f32[16] @ models/lib/nn.yaml:80:7
%8812 = mul %8806, %6271 : f32[16] @ models/lib/nn.yaml:80:7
%8813 = add %8811, %8812 : f32[16] @ models/lib/nn.yaml:80:7
%8814 = assign %136, %8813 : f32[16] @ models/lib/nn.yaml:80:7
%8815 = all_reduce_sum %5318 : f32[16,16] @ models/lib/nn.yaml:79:7
%8816 = reshape %8815 : f32[256] @ models/lib/nn.yaml:79:7
%8817 = mul %8816, %8816 : f32[256] @ models/lib/nn.yaml:79:7
%8818 = reduce_sum %8817 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8819 = sqrt %8818 : f32[] @ models/lib/nn.yaml:79:7
%8820 = cast %8819 : f64[] @ models/lib/nn.yaml:79:7
%8821 = add %8820, %6090 : f64[] @ models/lib/nn.yaml:79:7
%8822 = div %6092, %8821 : f64[] @ models/lib/nn.yaml:79:7
%8823 = lt %8822, %6094 : bool[] @ models/lib/nn.yaml:79:7
%8824 = cast %8822 : f32[] @ models/lib/nn.yaml:79:7
%8825 = broadcast %8824 : f32[16,16] @ models/lib/nn.yaml:79:7
%8826 = mul %8815, %8825 : f32[16,16] @ models/lib/nn.yaml:79:7
%8827 = broadcast %8823 : bool[16,16] @ models/lib/nn.yaml:79:7
%8828 = select %8827, %8826, %8815 : f32[16,16] @ models/lib/nn.yaml:79:7
%8829 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8830 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8831 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8832 = add %8831, %6104 : i64[] @ models/lib/nn.yaml:79:7
%8833 = mul %59, %6510 : f32[16,16] @ models/lib/nn.yaml:79:7
%8834 = mul %8828, %6512 : f32[16,16] @ models/lib/nn.yaml:79:7
%8835 = mul %8829, %6514 : f32[16,16] @ models/lib/nn.yaml:79:7
%8836 = add %8835, %8834 : f32[16,16] @ models/lib/nn.yaml:79:7
%8837 = mul %8828, %8828 : f32[16,16] @ models/lib/nn.yaml:79:7
%8838 = mul %8837, %6518 : f32[16,16] @ models/lib/nn.yaml:79:7
%8839 = mul %8830, %6520 : f32[16,16] @ models/lib/nn.yaml:79:7
%8840 = add %8839, %8838 : f32[16,16] @ models/lib/nn.yaml:79:7
%8841 = cast %8832 : f64[] @ models/lib/nn.yaml:79:7
%8842 = pow %6113, %8841 : f64[] @ models/lib/nn.yaml:79:7
%8843 = sub %6094, %8842 : f64[] @ models/lib/nn.yaml:79:7
%8844 = div %3958, %8843 : f64[] @ models/lib/nn.yaml:79:7
%8845 = pow %6121, %8841 : f64[] @ models/lib/nn.yaml:79:7
%8846 = sub %6094, %8845 : f64[] @ models/lib/nn.yaml:79:7
%8847 = sqrt %8846 : f64[] @ models/lib/nn.yaml:79:7
%8848 = div %6094, %8847 : f64[] @ models/lib/nn.yaml:79:7
%8849 = sqrt %8840 : f32[16,16] @ models/lib/nn.yaml:79:7
%8850 = cast %8848 : f32[] @ models/lib/nn.yaml:79:7
%8851 = broadcast %8850 : f32[16,16] @ models/lib/nn.yaml:79:7
%8852 = mul %8849, %8851 : f32[16,16] @ models/lib/nn.yaml:79:7
%8853 = add %8852, %6535 : f32[16,16] @ models/lib/nn.yaml:79:7
%8854 = div %8836, %8853 : f32[16,16] @ models/lib/nn.yaml:79:7
%8855 = cast %8844 : f32[] @ models/lib/nn.yaml:79:7
%8856 = broadcast %8855 : f32[16,16] @ models/lib/nn.yaml:79:7
%8857 = mul %8854, %8856 : f32[16,16] @ models/lib/nn.yaml:79:7
%8858 = sub %8833, %8857 : f32[16,16] @ models/lib/nn.yaml:79:7
%8859 = assign %59, %8858 : f32[16,16] @ models/lib/nn.yaml:79:7
%8860 = assign %8829, %8836 : f32[16,16] @ models/lib/nn.yaml:79:7
%8861 = assign %8830, %8840 : f32[16,16] @ models/lib/nn.yaml:79:7
%8862 = assign %8831, %8832 : i64[] @ models/lib/nn.yaml:79:7
%8863 = mul %137, %6546 : f32[16,16] @ models/lib/nn.yaml:79:7
%8864 = mul %8858, %6548 : f32[16,16] @ models/lib/nn.yaml:79:7
%8865 = add %8863, %8864 : f32[16,16] @ models/lib/nn.yaml:79:7
%8866 = assign %137, %8865 : f32[16,16] @ models/lib/nn.yaml:79:7
%8867 = all_reduce_sum %5313 : f32[16] @ models/lib/nn.yaml:80:7
%8868 = mul %8867, %8867 : f32[16] @ models/lib/nn.yaml:80:7
%8869 = reduce_sum %8868 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8870 = sqrt %8869 : f32[] @ models/lib/nn.yaml:80:7
%8871 = cast %8870 : f64[] @ models/lib/nn.yaml:80:7
%8872 = add %8871, %6090 : f64[] @ models/lib/nn.yaml:80:7
%8873 = div %6092, %8872 : f64[] @ models/lib/nn.yaml:80:7
%8874 = lt %8873, %6094 : bool[] @ models/lib/nn.yaml:80:7
%8875 = cast %8873 : f32[] @ models/lib/nn.yaml:80:7
%8876 = broadcast %8875 : f32[16] @ models/lib/nn.yaml:80:7
%8877 = mul %8867, %8876 : f32[16] @ models/lib/nn.yaml:80:7
%8878 = broadcast %8874 : bool[16] @ models/lib/nn.yaml:80:7
%8879 = select %8878, %8877, %8867 : f32[16] @ models/lib/nn.yaml:80:7
%8880 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8881 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8882 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8883 = add %8882, %6104 : i64[] @ models/lib/nn.yaml:80:7
%8884 = mul %8879, %6235 : f32[16] @ models/lib/nn.yaml:80:7
%8885 = mul %8880, %6237 : f32[16] @ models/lib/nn.yaml:80:7
%8886 = add %8885, %8884 : f32[16] @ models/lib/nn.yaml:80:7
%8887 = mul %8879, %8879 : f32[16] @ models/lib/nn.yaml:80:7
%8888 = mul %8887, %6241 : f32[16] @ models/lib/nn.yaml:80:7
%8889 = mul %8881, %6243 : f32[16] @ models/lib/nn.yaml:80:7
%8890 = add %8889, %8888 : f32[16] @ models/lib/nn.yaml:80:7
%8891 = cast %8883 : f64[] @ models/lib/nn.yaml:80:7
%8892 = pow %6113, %8891 : f64[] @ models/lib/nn.yaml:80:7
%8893 = sub %6094, %8892 : f64[] @ models/lib/nn.yaml:80:7
%8894 = div %3958, %8893 : f64[] @ models/lib/nn.yaml:80:7
%8895 = pow %6121, %8891 : f64[] @ models/lib/nn.yaml:80:7
%8896 = sub %6094, %8895 : f64[] @ models/lib/nn.yaml:80:7
%8897 = sqrt %8896 : f64[] @ models/lib/nn.yaml:80:7
%8898 = div %6094, %8897 : f64[] @ models/lib/nn.yaml:80:7
%8899 = sqrt %8890 : f32[16] @ models/lib/nn.yaml:80:7
%8900 = cast %8898 : f32[] @ models/lib/nn.yaml:80:7
%8901 = broadcast %8900 : f32[16] @ models/lib/nn.yaml:80:7
%8902 = mul %8899, %8901 : f32[16] @ models/lib/nn.yaml:80:7
%8903 = add %8902, %6258 : f32[16] @ models/lib/nn.yaml:80:7
%8904 = div %8886, %8903 : f32[16] @ models/lib/nn.yaml:80:7
%8905 = cast %8894 : f32[] @ models/lib/nn.yaml:80:7
%8906 = broadcast %8905 : f32[16] @ models/lib/nn.yaml:80:7
%8907 = mul %8904, %8906 : f32[16] @ models/lib/nn.yaml:80:7
%8908 = sub %60, %8907 : f32[16] @ models/lib/nn.yaml:80:7
%8909 = assign %60, %8908 : f32[16] @ models/lib/nn.yaml:80:7
%8910 = assign %8880, %8886 : f32[16] @ models/lib/nn.yaml:80:7
%8911 = assign %8881, %8890 : f32[16] @ models/lib/nn.yaml:80:7
%8912 = assign %8882, %8883 : i64[] @ models/lib/nn.yaml:80:7
%8913 = mul %138, %6269 : f32[16] @ models/lib/nn.yaml:80:7
%8914 = mul %8908, %6271 : f32[16] @ models/lib/nn.yaml:80:7
%8915 = add %8913, %8914 : f32[16] @ models/lib/nn.yaml:80:7
%8916 = assign %138, %8915 : f32[16] @ models/lib/nn.yaml:80:7
%8917 = all_reduce_sum %5292 : f32[16] @ models/lib/nn.yaml:89:7
%8918 = mul %8917, %8917 : f32[16] @ models/lib/nn.yaml:89:7
%8919 = reduce_sum %8918 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8920 = sqrt %8919 : f32[] @ models/lib/nn.yaml:89:7
%8921 = cast %8920 : f64[] @ models/lib/nn.yaml:89:7
%8922 = add %8921, %6090 : f64[] @ models/lib/nn.yaml:89:7
%8923 = div %6092, %8922 : f64[] @ models/lib/nn.yaml:89:7
%8924 = lt %8923, %6094 : bool[] @ models/lib/nn.yaml:89:7
%8925 = cast %8923 : f32[] @ models/lib/nn.yaml:89:7
%8926 = broadcast %8925 : f32[16] @ models/lib/nn.yaml:89:7
%8927 = mul %8917, %8926 : f32[16] @ models/lib/nn.yaml:89:7
%8928 = broadcast %8924 : bool[16] @ models/lib/nn.yaml:89:7
%8929 = select %8928, %8927, %8917 : f32[16] @ models/lib/nn.yaml:89:7
%8930 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8931 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8932 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8933 = add %8932, %6104 : i64[] @ models/lib/nn.yaml:89:7
%8934 = mul %8929, %6235 : f32[16] @ models/lib/nn.yaml:89:7
%8935 = mul %8930, %6237 : f32[16] @ models/lib/nn.yaml:89:7
%8936 = add %8935, %8934 : f32[16] @ models/lib/nn.yaml:89:7
%8937 = mul %8929, %8929 : f32[16] @ models/lib/nn.yaml:89:7
%8938 = mul %8937, %6241 : f32[16] @ models/lib/nn.yaml:89:7
%8939 = mul %8931, %6243 : f32[16] @ models/lib/nn.yaml:89:7
%8940 = add %8939, %8938 : f32[16] @ models/lib/nn.yaml:89:7
%8941 = cast %8933 : f64[] @ models/lib/nn.yaml:89:7
%8942 = pow %6113, %8941 : f64[] @ models/lib/nn.yaml:89:7
%8943 = sub %6094, %8942 : f64[] @ models/lib/nn.yaml:89:7
%8944 = div %3958, %8943 : f64[] @ models/lib/nn.yaml:89:7
%8945 = pow %6121, %8941 : f64[] @ models/lib/nn.yaml:89:7
%8946 = sub %6094, %8945 : f64[] @ models/lib/nn.yaml:89:7
%8947 = sqrt %8946 : f64[] @ models/lib/nn.yaml:89:7
%8948 = div %6094, %8947 : f64[] @ models/lib/nn.yaml:89:7
%8949 = sqrt %8940 : f32[16] @ models/lib/nn.yaml:89:7
%8950 = cast %8948 : f32[] @ models/lib/nn.yaml:89:7
%8951 = broadcast %8950 : f32[16] @ models/lib/nn.yaml:89:7
%8952 = mul %8949, %8951 : f32[16] @ models/lib/nn.yaml:89:7
%8953 = add %8952, %6258 : f32[16] @ models/lib/nn.yaml:89:7
%8954 = div %8936, %8953 : f32[16] @ models/lib/nn.yaml:89:7
%8955 = cast %8944 : f32[] @ models/lib/nn.yaml:89:7
%8956 = broadcast %8955 : f32[16] @ models/lib/nn.yaml:89:7
%8957 = mul %8954, %8956 : f32[16] @ models/lib/nn.yaml:89:7
%8958 = sub %61, %8957 : f32[16] @ models/lib/nn.yaml:89:7
%8959 = assign %61, %8958 : f32[16] @ models/lib/nn.yaml:89:7
%8960 = assign %8930, %8936 : f32[16] @ models/lib/nn.yaml:89:7
%8961 = assign %8931, %8940 : f32[16] @ models/lib/nn.yaml:89:7
%8962 = assign %8932, %8933 : i64[] @ models/lib/nn.yaml:89:7
%8963 = mul %139, %6269 : f32[16] @ models/lib/nn.yaml:89:7
%8964 = mul %8958, %6271 : f32[16] @ models/lib/nn.yaml:89:7
%8965 = add %8963, %8964 : f32[16] @ models/lib/nn.yaml:89:7
%8966 = assign %139, %8965 : f32[16] @ models/lib/nn.yaml:89:7
%8967 = all_reduce_sum %5287 : f32[16] @ models/lib/nn.yaml:90:7
%8968 = mul %8967, %8967 : f32[16] @ models/lib/nn.yaml:90:7
%8969 = reduce_sum %8968 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8970 = sqrt %8969 : f32[] @ models/lib/nn.yaml:90:7
%8971 = cast %8970 : f64[] @ models/lib/nn.yaml:90:7
%8972 = add %8971, %6090 : f64[] @ models/lib/nn.yaml:90:7
%8973 = div %6092, %8972 : f64[] @ models/lib/nn.yaml:90:7
%8974 = lt %8973, %6094 : bool[] @ models/lib/nn.yaml:90:7
%8975 = cast %8973 : f32[] @ models/lib/nn.yaml:90:7
%8976 = broadcast %8975 : f32[16] @ models/lib/nn.yaml:90:7
%8977 = mul %8967, %8976 : f32[16] @ models/lib/nn.yaml:90:7
%8978 = broadcast %8974 : bool[16] @ models/lib/nn.yaml:90:7
%8979 = select %8978, %8977, %8967 : f32[16] @ models/lib/nn.yaml:90:7
%8980 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8981 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8982 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8983 = add %8982, %6104 : i64[] @ models/lib/nn.yaml:90:7
%8984 = mul %8979, %6235 : f32[16] @ models/lib/nn.yaml:90:7
%8985 = mul %8980, %6237 : f32[16] @ models/lib/nn.yaml:90:7
%8986 = add %8985, %8984 : f32[16] @ models/lib/nn.yaml:90:7
%8987 = mul %8979, %8979 : f32[16] @ models/lib/nn.yaml:90:7
%8988 = mul %8987, %6241 : f32[16] @ models/lib/nn.yaml:90:7
%8989 = mul %8981, %6243 : f32[16] @ models/lib/nn.yaml:90:7
%8990 = add %8989, %8988 : f32[16] @ models/lib/nn.yaml:90:7
%8991 = cast %8983 : f64[] @ models/lib/nn.yaml:90:7
%8992 = pow %6113, %8991 : f64[] @ models/lib/nn.yaml:90:7
%8993 = sub %6094, %8992 : f64[] @ models/lib/nn.yaml:90:7
%8994 = div %3958, %8993 : f64[] @ models/lib/nn.yaml:90:7
%8995 = pow %6121, %8991 : f64[] @ models/lib/nn.yaml:90:7
%8996 = sub %6094, %8995 : f64[] @ models/lib/nn.yaml:90:7
%8997 = sqrt %8996 : f64[] @ models/lib/nn.yaml:90:7
%8998 = div %6094, %8997 : f64[] @ models/lib/nn.yaml:90:7
%8999 = sqrt %8990 : f32[16] @ models/lib/nn.yaml:90:7
%9000 = cast %8998 : f32[] @ models/lib/nn.yaml:90:7
%9001 = broadcast %9000 : f32[16] @ models/lib/nn.yaml:90:7
%9002 = mul %8999, %9001 : f32[16] @ models/lib/nn.yaml:90:7
%9003 = add %9002, %6258 : f32[16] @ models/lib/nn.yaml:90:7
%9004 = div %8986, %9003 : f32[16] @ models/lib/nn.yaml:90:7
%9005 = cast %8994 : f32[] @ models/lib/nn.yaml:90:7
%9006 = broadcast %9005 : f32[16] @ models/lib/nn.yaml:90:7
%9007 = mul %9004, %9006 : f32[16] @ models/lib/nn.yaml:90:7
%9008 = sub %62, %9007 : f32[16] @ models/lib/nn.yaml:90:7
%9009 = assign %62, %9008 : f32[16] @ models/lib/nn.yaml:90:7
%9010 = assign %8980, %8986 : f32[16] @ models/lib/nn.yaml:90:7
%9011 = assign %8981, %8990 : f32[16] @ models/lib/nn.yaml:90:7
%9012 = assign %8982, %8983 : i64[] @ models/lib/nn.yaml:90:7
%9013 = mul %140, %6269 : f32[16] @ models/lib/nn.yaml:90:7
%9014 = mul %9008, %6271 : f32[16] @ models/lib/nn.yaml:90:7
%9015 = add %9013, %9014 : f32[16] @ models/lib/nn.yaml:90:7
%9016 = assign %140, %9015 : f32[16] @ models/lib/nn.yaml:90:7
%9017 = all_reduce_sum %5284 : f32[64,16] @ models/lib/nn.yaml:79:7
%9018 = reshape %9017 : f32[1024] @ models/lib/nn.yaml:79:7
%9019 = mul %9018, %9018 : f32[1024] @ models/lib/nn.yaml:79:7
%9020 = reduce_sum %9019 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9021 = sqrt %9020 : f32[] @ models/lib/nn.yaml:79:7
%9022 = cast %9021 : f64[] @ models/lib/nn.yaml:79:7
%9023 = add %9022, %6090 : f64[] @ models/lib/nn.yaml:79:7
%9024 = div %6092, %9023 : f64[] @ models/lib/nn.yaml:79:7
%9025 = lt %9024, %6094 : bool[] @ models/lib/nn.yaml:79:7
%9026 = cast %9024 : f32[] @ models/lib/nn.yaml:79:7
%9027 = broadcast %9026 : f32[64,16] @ models/lib/nn.yaml:79:7
%9028 = mul %9017, %9027 : f32[64,16] @ models/lib/nn.yaml:79:7
%9029 = broadcast %9025 : bool[64,16] @ models/lib/nn.yaml:79:7
%9030 = select %9029, %9028, %9017 : f32[64,16] @ models/lib/nn.yaml:79:7
%9031 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9032 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9033 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9034 = add %9033, %6104 : i64[] @ models/lib/nn.yaml:79:7
%9035 = mul %63, %6720 : f32[64,16] @ models/lib/nn.yaml:79:7
%9036 = mul %9030, %6722 : f32[64,16] @ models/lib/nn.yaml:79:7
%9037 = mul %9031, %6724 : f32[64,16] @ models/lib/nn.yaml:79:7
%9038 = add %9037, %9036 : f32[64,16] @ models/lib/nn.yaml:79:7
%9039 = mul %9030, %9030 : f32[64,16] @ models/lib/nn.yaml:79:7
%9040 = mul %9039, %6728 : f32[64,16] @ models/lib/nn.yaml:79:7
%9041 = mul %9032, %6730 : f32[64,16] @ models/lib/nn.yaml:79:7
%9042 = add %9041, %9040 : f32[64,16] @ models/lib/nn.yaml:79:7
%9043 = cast %9034 : f64[] @ models/lib/nn.yaml:79:7
%9044 = pow %6113, %9043 : f64[] @ models/lib/nn.yaml:79:7
%9045 = sub %6094, %9044 : f64[] @ models/lib/nn.yaml:79:7
%9046 = div %3958, %9045 : f64[] @ models/lib/nn.yaml:79:7
%9047 = pow %6121, %9043 : f64[] @ models/lib/nn.yaml:79:7
%9048 = sub %6094, %9047 : f64[] @ models/lib/nn.yaml:79:7
%9049 = sqrt %9048 : f64[] @ models/lib/nn.yaml:79:7
%9050 = div %6094, %9049 : f64[] @ models/lib/nn.yaml:79:7
%9051 = sqrt %9042 : f32[64,16] @ models/lib/nn.yaml:79:7
%9052 = cast %9050 : f32[] @ models/lib/nn.yaml:79:7
%9053 = broadcast %9052 : f32[64,16] @ models/lib/nn.yaml:79:7
%9054 = mul %9051, %9053 : f32[64,16] @ models/lib/nn.yaml:79:7
%9055 = add %9054, %6745 : f32[64,16] @ models/lib/nn.yaml:79:7
%9056 = div %9038, %9055 : f32[64,16] @ models/lib/nn.yaml:79:7
%9057 = cast %9046 : f32[] @ models/lib/nn.yaml:79:7
%9058 = broadcast %9057 : f32[64,16] @ models/lib/nn.yaml:79:7
%9059 = mul %9056, %9058 : f32[64,16] @ models/lib/nn.yaml:79:7
%9060 = sub %9035, %9059 : f32[64,16] @ models/lib/nn.yaml:79:7
%9061 = assign %63, %9060 : f32[64,16] @ models/lib/nn.yaml:79:7
%9062 = assign %9031, %9038 : f32[64,16] @ models/lib/nn.yaml:79:7
%9063 = assign %9032, %9042 : f32[64,16] @ models/lib/nn.yaml:79:7
%9064 = assign %9033, %9034 : i64[] @ models/lib/nn.yaml:79:7
%9065 = mul %141, %6756 : f32[64,16] @ models/lib/nn.yaml:79:7
%9066 = mul %9060, %6758 : f32[64,16] @ models/lib/nn.yaml:79:7
%9067 = add %9065, %9066 : f32[64,16] @ models/lib/nn.yaml:79:7
%9068 = assign %141, %9067 : f32[64,16] @ models/lib/nn.yaml:79:7
%9069 = all_reduce_sum %5279 : f32[64] @ models/lib/nn.yaml:80:7
%9070 = mul %9069, %9069 : f32[64] @ models/lib/nn.yaml:80:7
%9071 = reduce_sum %9070 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9072 = sqrt %9071 : f32[] @ models/lib/nn.yaml:80:7
%9073 = cast %9072 : f64[] @ models/lib/nn.yaml:80:7
%9074 = add %9073, %6090 : f64[] @ models/lib/nn.yaml:80:7
%9075 = div %6092, %9074 : f64[] @ models/lib/nn.yaml:80:7
%9076 = lt %9075, %6094 : bool[] @ models/lib/nn.yaml:80:7
%9077 = cast %9075 : f32[] @ models/lib/nn.yaml:80:7
%9078 = broadcast %9077 : f32[64] @ models/lib/nn.yaml:80:7
%9079 = mul %9069, %9078 : f32[64] @ models/lib/nn.yaml:80:7
%9080 = broadcast %9076 : bool[64] @ models/lib/nn.yaml:80:7
%9081 = select %9080, %9079, %9069 : f32[64] @ models/lib/nn.yaml:80:7
%9082 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9083 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9084 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9085 = add %9084, %6104 : i64[] @ models/lib/nn.yaml:80:7
%9086 = mul %9081, %6779 : f32[64] @ models/lib/nn.yaml:80:7
%9087 = mul %9082, %6781 : f32[64] @ models/lib/nn.yaml:80:7
%9088 = add %9087, %9086 : f32[64] @ models/lib/nn.yaml:80:7
%9089 = mul %9081, %9081 : f32[64] @ models/lib/nn.yaml:80:7
%9090 = mul %9089, %6785 : f32[64] @ models/lib/nn.yaml:80:7
%9091 = mul %9083, %6787 : f32[64] @ models/lib/nn.yaml:80:7
%9092 = add %9091, %9090 : f32[64] @ models/lib/nn.yaml:80:7
%9093 = cast %9085 : f64[] @ models/lib/nn.yaml:80:7
%9094 = pow %6113, %9093 : f64[] @ models/lib/nn.yaml:80:7
%9095 = sub %6094, %9094 : f64[] @ models/lib/nn.yaml:80:7
%9096 = div %3958, %9095 : f64[] @ models/lib/nn.yaml:80:7
%9097 = pow %6121, %9093 : f64[] @ models/lib/nn.yaml:80:7
%9098 = sub %6094, %9097 : f64[] @ models/lib/nn.yaml:80:7
%9099 = sqrt %9098 : f64[] @ models/lib/nn.yaml:80:7
%9100 = div %6094, %9099 : f64[] @ models/lib/nn.yaml:80:7
%9101 = sqrt %9092 : f32[64] @ models/lib/nn.yaml:80:7
%9102 = cast %9100 : f32[] @ models/lib/nn.yaml:80:7
%9103 = broadcast %9102 : f32[64] @ models/lib/nn.yaml:80:7
%9104 = mul %9101, %9103 : f32[64] @ models/lib/nn.yaml:80:7
%9105 = add %9104, %6802 : f32[64] @ models/lib/nn.yaml:80:7
%9106 = div %9088, %9105 : f32[64] @ models/lib/nn.yaml:80:7
%9107 = cast %9096 : f32[] @ models/lib/nn.yaml:80:7
%9108 = broadcast %9107 : f32[64] @ models/lib/nn.yaml:80:7
%9109 = mul %9106, %9108 : f32[64] @ models/lib/nn.yaml:80:7
%9110 = sub %64, %9109 : f32[64] @ models/lib/nn.yaml:80:7
%9111 = assign %64, %9110 : f32[64] @ models/lib/nn.yaml:80:7
%9112 = assign %9082, %9088 : f32[64] @ models/lib/nn.yaml:80:7
%9113 = assign %9083, %9092 : f32[64] @ models/lib/nn.yaml:80:7
%9114 = assign %9084, %9085 : i64[] @ models/lib/nn.yaml:80:7
%9115 = mul %142, %6813 : f32[64] @ models/lib/nn.yaml:80:7
%9116 = mul %9110, %6815 : f32[64] @ models/lib/nn.yaml:80:7
%9117 = add %9115, %9116 : f32[64] @ models/lib/nn.yaml:80:7
%9118 = assign %142, %9117 : f32[64] @ models/lib/nn.yaml:80:7
%9119 = all_reduce_sum %5261 : f32[16,64] @ models/lib/nn.yaml:79:7
%9120 = reshape %9119 : f32[1024] @ models/lib/nn.yaml:79:7
%9121 = mul %9120, %9120 : f32[1024] @ models/lib/nn.yaml:79:7
%9122 = reduce_sum %9121 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9123 = sqrt %9122 : f32[] @ models/lib/nn.yaml:79:7
%9124 = cast %9123 : f64[] @ models/lib/nn.yaml:79:7
%9125 = add %9124, %6090 : f64[] @ models/lib/nn.yaml:79:7
%9126 = div %6092, %9125 : f64[] @ models/lib/nn.yaml:79:7
%9127 = lt %9126, %6094 : bool[] @ models/lib/nn.yaml:79:7
%9128 = cast %9126 : f32[] @ models/lib/nn.yaml:79:7
%9129 = broadcast %9128 : f32[16,64] @ models/lib/nn.yaml:79:7
%9130 = mul %9119, %9129 : f32[16,64] @ models/lib/nn.yaml:79:7
%9131 = broadcast %9127 : bool[16,64] @ models/lib/nn.yaml:79:7
%9132 = select %9131, %9130, %9119 : f32[16,64] @ models/lib/nn.yaml:79:7
%9133 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9134 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9135 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9136 = add %9135, %6104 : i64[] @ models/lib/nn.yaml:79:7
%9137 = mul %65, %6837 : f32[16,64] @ models/lib/nn.yaml:79:7
%9138 = mul %9132, %6839 : f32[16,64] @ models/lib/nn.yaml:79:7
%9139 = mul %9133, %6841 : f32[16,64] @ models/lib/nn.yaml:79:7
%9140 = add %9139, %9138 : f32[16,64] @ models/lib/nn.yaml:79:7
%9141 = mul %9132, %9132 : f32[16,64] @ models/lib/nn.yaml:79:7
%9142 = mul %9141, %6845 : f32[16,64] @ models/lib/nn.yaml:79:7
%9143 = mul %9134, %6847 : f32[16,64] @ models/lib/nn.yaml:79:7
%9144 = add %9143, %9142 : f32[16,64] @ models/lib/nn.yaml:79:7
%9145 = cast %9136 : f64[] @ models/lib/nn.yaml:79:7
%9146 = pow %6113, %9145 : f64[] @ models/lib/nn.yaml:79:7
%9147 = sub %6094, %9146 : f64[] @ models/lib/nn.yaml:79:7
%9148 = div %3958, %9147 : f64[] @ models/lib/nn.yaml:79:7
%9149 = pow %6121, %9145 : f64[] @ models/lib/nn.yaml:79:7
%9150 = sub %6094, %9149 : f64[] @ models/lib/nn.yaml:79:7
%9151 = sqrt %9150 : f64[] @ models/lib/nn.yaml:79:7
%9152 = div %6094, %9151 : f64[] @ models/lib/nn.yaml:79:7
%9153 = sqrt %9144 : f32[16,64] @ models/lib/nn.yaml:79:7
%9154 = cast %9152 : f32[] @ models/lib/nn.yaml:79:7
%9155 = broadcast %9154 : f32[16,64] @ models/lib/nn.yaml:79:7
%9156 = mul %9153, %9155 : f32[16,64] @ models/lib/nn.yaml:79:7
%9157 = add %9156, %6862 : f32[16,64] @ models/lib/nn.yaml:79:7
%9158 = div %9140, %9157 : f32[16,64] @ models/lib/nn.yaml:79:7
%9159 = cast %9148 : f32[] @ models/lib/nn.yaml:79:7
%9160 = broadcast %9159 : f32[16,64] @ models/lib/nn.yaml:79:7
%9161 = mul %9158, %9160 : f32[16,64] @ models/lib/nn.yaml:79:7
%9162 = sub %9137, %9161 : f32[16,64] @ models/lib/nn.yaml:79:7
%9163 = assign %65, %9162 : f32[16,64] @ models/lib/nn.yaml:79:7
%9164 = assign %9133, %9140 : f32[16,64] @ models/lib/nn.yaml:79:7
%9165 = assign %9134, %9144 : f32[16,64] @ models/lib/nn.yaml:79:7
%9166 = assign %9135, %9136 : i64[] @ models/lib/nn.yaml:79:7
%9167 = mul %143, %6873 : f32[16,64] @ models/lib/nn.yaml:79:7
%9168 = mul %9162, %6875 : f32[16,64] @ models/lib/nn.yaml:79:7
%9169 = add %9167, %9168 : f32[16,64] @ models/lib/nn.yaml:79:7
%9170 = assign %143, %9169 : f32[16,64] @ models/lib/nn.yaml:79:7
%9171 = all_reduce_sum %5256 : f32[16] @ models/lib/nn.yaml:80:7
%9172 = mul %9171, %9171 : f32[16] @ models/lib/nn.yaml:80:7
%9173 = reduce_sum %9172 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9174 = sqrt %9173 : f32[] @ models/lib/nn.yaml:80:7
%9175 = cast %9174 : f64[] @ models/lib/nn.yaml:80:7
%9176 = add %9175, %6090 : f64[] @ models/lib/nn.yaml:80:7
%9177 = div %6092, %9176 : f64[] @ models/lib/nn.yaml:80:7
%9178 = lt %9177, %6094 : bool[] @ models/lib/nn.yaml:80:7
%9179 = cast %9177 : f32[] @ models/lib/nn.yaml:80:7
%9180 = broadcast %9179 : f32[16] @ models/lib/nn.yaml:80:7
%9181 = mul %9171, %9180 : f32[16] @ models/lib/nn.yaml:80:7
%9182 = broadcast %9178 : bool[16] @ models/lib/nn.yaml:80:7
%9183 = select %9182, %9181, %9171 : f32[16] @ models/lib/nn.yaml:80:7
%9184 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9185 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9186 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9187 = add %9186, %6104 : i64[] @ models/lib/nn.yaml:80:7
%9188 = mul %9183, %6235 : f32[16] @ models/lib/nn.yaml:80:7
%9189 = mul %9184, %6237 : f32[16] @ models/lib/nn.yaml:80:7
%9190 = add %9189, %9188 : f32[16] @ models/lib/nn.yaml:80:7
%9191 = mul %9183, %9183 : f32[16] @ models/lib/nn.yaml:80:7
%9192 = mul %9191, %6241 : f32[16] @ models/lib/nn.yaml:80:7
%9193 = mul %9185, %6243 : f32[16] @ models/lib/nn.yaml:80:7
%9194 = add %9193, %9192 : f32[16] @ models/lib/nn.yaml:80:7
%9195 = cast %9187 : f64[] @ models/lib/nn.yaml:80:7
%9196 = pow %6113, %9195 : f64[] @ models/lib/nn.yaml:80:7
%9197 = sub %6094, %9196 : f64[] @ models/lib/nn.yaml:80:7
%9198 = div %3958, %9197 : f64[] @ models/lib/nn.yaml:80:7
%9199 = pow %6121, %9195 : f64[] @ models/lib/nn.yaml:80:7
%9200 = sub %6094, %9199 : f64[] @ models/lib/nn.yaml:80:7
%9201 = sqrt %9200 : f64[] @ models/lib/nn.yaml:80:7
%9202 = div %6094, %9201 : f64[] @ models/lib/nn.yaml:80:7
%9203 = sqrt %9194 : f32[16] @ models/lib/nn.yaml:80:7
%9204 = cast %9202 : f32[] @ models/lib/nn.yaml:80:7
%9205 = broadcast %9204 : f32[16] @ models/lib/nn.yaml:80:7
%9206 = mul %9203, %9205 : f32[16] @ models/lib/nn.yaml:80:7
%9207 = add %9206, %6258 : f32[16] @ models/lib/nn.yaml:80:7
%9208 = div %9190, %9207 : f32[16] @ models/lib/nn.yaml:80:7
%9209 = cast %9198 : f32[] @ models/lib/nn.yaml:80:7
%9210 = broadcast %9209 : f32[16] @ models/lib/nn.yaml:80:7
%9211 = mul %9208, %9210 : f32[16] @ models/lib/nn.yaml:80:7
%9212 = sub %66, %9211 : f32[16] @ models/lib/nn.yaml:80:7
%9213 = assign %66, %9212 : f32[16] @ models/lib/nn.yaml:80:7
%9214 = assign %9184, %9190 : f32[16] @ models/lib/nn.yaml:80:7
%9215 = assign %9185, %9194 : f32[16] @ models/lib/nn.yaml:80:7
%9216 = assign %9186, %9187 : i64[] @ models/lib/nn.yaml:80:7
%9217 = mul %144, %6269 : f32[16] @ models/lib/nn.yaml:80:7
%9218 = mul %9212, %6271 : f32[16] @ models/lib/nn.yaml:80:7
%9219 = add %9217, %9218 : f32[16] @ models/lib/nn.yaml:80:7
%9220 = assign %144, %9219 : f32[16] @ models/lib/nn.yaml:80:7
%9221 = all_reduce_sum %5231 : f32[16] @ models/lib/nn.yaml:89:7
%9222 = mul %9221, %9221 : f32[16] @ models/lib/nn.yaml:89:7
%9223 = reduce_sum %9222 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9224 = sqrt %9223 : f32[] @ models/lib/nn.yaml:89:7
%9225 = cast %9224 : f64[] @ models/lib/nn.yaml:89:7
%9226 = add %9225, %6090 : f64[] @ models/lib/nn.yaml:89:7
%9227 = div %6092, %9226 : f64[] @ models/lib/nn.yaml:89:7
%9228 = lt %9227, %6094 : bool[] @ models/lib/nn.yaml:89:7
%9229 = cast %9227 : f32[] @ models/lib/nn.yaml:89:7
%9230 = broadcast %9229 : f32[16] @ models/lib/nn.yaml:89:7
%9231 = mul %9221, %9230 : f32[16] @ models/lib/nn.yaml:89:7
%9232 = broadcast %9228 : bool[16] @ models/lib/nn.yaml:89:7
%9233 = select %9232, %9231, %9221 : f32[16] @ models/lib/nn.yaml:89:7
%9234 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9235 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9236 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9237 = add %9236, %6104 : i64[] @ models/lib/nn.yaml:89:7
%9238 = mul %9233, %6235 : f32[16] @ models/lib/nn.yaml:89:7
%9239 = mul %9234, %6237 : f32[16] @ models/lib/nn.yaml:89:7
%9240 = add %9239, %9238 : f32[16] @ models/lib/nn.yaml:89:7
%9241 = mul %9233, %9233 : f32[16] @ models/lib/nn.yaml:89:7
%9242 = mul %9241, %6241 : f32[16] @ models/lib/nn.yaml:89:7
%9243 = mul %9235, %6243 : f32[16] @ models/lib/nn.yaml:89:7
%9244 = add %9243, %9242 : f32[16] @ models/lib/nn.yaml:89:7
%9245 = cast %9237 : f64[] @ models/lib/nn.yaml:89:7
%9246 = pow %6113, %9245 : f64[] @ models/lib/nn.yaml:89:7
%9247 = sub %6094, %9246 : f64[] @ models/lib/nn.yaml:89:7
%9248 = div %3958, %9247 : f64[] @ models/lib/nn.yaml:89:7
%9249 = pow %6121, %9245 : f64[] @ models/lib/nn.yaml:89:7
%9250 = sub %6094, %9249 : f64[] @ models/lib/nn.yaml:89:7
%9251 = sqrt %9250 : f64[] @ models/lib/nn.yaml:89:7
%9252 = div %6094, %9251 : f64[] @ models/lib/nn.yaml:89:7
%9253 = sqrt %9244 : f32[16] @ models/lib/nn.yaml:89:7
%9254 = cast %9252 : f32[] @ models/lib/nn.yaml:89:7
%9255 = broadcast %9254 : f32[16] @ models/lib/nn.yaml:89:7
%9256 = mul %9253, %9255 : f32[16] @ models/lib/nn.yaml:89:7
%9257 = add %9256, %6258 : f32[16] @ models/lib/nn.yaml:89:7
%9258 = div %9240, %9257 : f32[16] @ models/lib/nn.yaml:89:7
%9259 = cast %9248 : f32[] @ models/lib/nn.yaml:89:7
%9260 = broadcast %9259 : f32[16] @ models/lib/nn.yaml:89:7
%9261 = mul %9258, %9260 : f32[16] @ models/lib/nn.yaml:89:7
%9262 = sub %67, %9261 : f32[16] @ models/lib/nn.yaml:89:7
%9263 = assign %67, %9262 : f32[16] @ models/lib/nn.yaml:89:7
%9264 = assign %9234, %9240 : f32[16] @ models/lib/nn.yaml:89:7
%9265 = assign %9235, %9244 : f32[16] @ models/lib/nn.yaml:89:7
%9266 = assign %9236, %9237 : i64[] @ models/lib/nn.yaml:89:7
%9267 = mul %145, %6269 : f32[16] @ models/lib/nn.yaml:89:7
%9268 = mul %9262, %6271 : f32[16] @ models/lib/nn.yaml:89:7
%9269 = add %9267, %9268 : f32[16] @ models/lib/nn.yaml:89:7
%9270 = assign %145, %9269 : f32[16] @ models/lib/nn.yaml:89:7
%9271 = all_reduce_sum %5224 : f32[16] @ models/lib/nn.yaml:90:7
%9272 = mul %9271, %9271 : f32[16] @ models/lib/nn.yaml:90:7
%9273 = reduce_sum %9272 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9274 = sqrt %9273 : f32[] @ models/lib/nn.yaml:90:7
%9275 = cast %9274 : f64[] @ models/lib/nn.yaml:90:7
%9276 = add %9275, %6090 : f64[] @ models/lib/nn.yaml:90:7
%9277 = div %6092, %9276 : f64[] @ models/lib/nn.yaml:90:7
%9278 = lt %9277, %6094 : bool[] @ models/lib/nn.yaml:90:7
%9279 = cast %9277 : f32[] @ models/lib/nn.yaml:90:7
%9280 = broadcast %9279 : f32[16] @ models/lib/nn.yaml:90:7
%9281 = mul %9271, %9280 : f32[16] @ models/lib/nn.yaml:90:7
%9282 = broadcast %9278 : bool[16] @ models/lib/nn.yaml:90:7
%9283 = select %9282, %9281, %9271 : f32[16] @ models/lib/nn.yaml:90:7
%9284 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9285 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9286 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9287 = add %9286, %6104 : i64[] @ models/lib/nn.yaml:90:7
%9288 = mul %9283, %6235 : f32[16] @ models/lib/nn.yaml:90:7
%9289 = mul %9284, %6237 : f32[16] @ models/lib/nn.yaml:90:7
%9290 = add %9289, %9288 : f32[16] @ models/lib/nn.yaml:90:7
%9291 = mul %9283, %9283 : f32[16] @ models/lib/nn.yaml:90:7
%9292 = mul %9291, %6241 : f32[16] @ models/lib/nn.yaml:90:7
%9293 = mul %9285, %6243 : f32[16] @ models/lib/nn.yaml:90:7
%9294 = add %9293, %9292 : f32[16] @ models/lib/nn.yaml:90:7
%9295 = cast %9287 : f64[] @ models/lib/nn.yaml:90:7
%9296 = pow %6113, %9295 : f64[] @ models/lib/nn.yaml:90:7
%9297 = sub %6094, %9296 : f64[] @ models/lib/nn.yaml:90:7
%9298 = div %3958, %9297 : f64[] @ models/lib/nn.yaml:90:7
%9299 = pow %6121, %9295 : f64[] @ models/lib/nn.yaml:90:7
%9300 = sub %6094, %9299 : f64[] @ models/lib/nn.yaml:90:7
%9301 = sqrt %9300 : f64[] @ models/lib/nn.yaml:90:7
%9302 = div %6094, %9301 : f64[] @ models/lib/nn.yaml:90:7
%9303 = sqrt %9294 : f32[16] @ models/lib/nn.yaml:90:7
%9304 = cast %9302 : f32[] @ models/lib/nn.yaml:90:7
%9305 = broadcast %9304 : f32[16] @ models/lib/nn.yaml:90:7
%9306 = mul %9303, %9305 : f32[16] @ models/lib/nn.yaml:90:7
%9307 = add %9306, %6258 : f32[16] @ models/lib/nn.yaml:90:7
%9308 = div %9290, %9307 : f32[16] @ models/lib/nn.yaml:90:7
%9309 = cast %9298 : f32[] @ models/lib/nn.yaml:90:7
%9310 = broadcast %9309 : f32[16] @ models/lib/nn.yaml:90:7
%9311 = mul %9308, %9310 : f32[16] @ models/lib/nn.yaml:90:7
%9312 = sub %68, %9311 : f32[16] @ models/lib/nn.yaml:90:7
%9313 = assign %68, %9312 : f32[16] @ models/lib/nn.yaml:90:7
%9314 = assign %9284, %9290 : f32[16] @ models/lib/nn.yaml:90:7
%9315 = assign %9285, %9294 : f32[16] @ models/lib/nn.yaml:90:7
%9316 = assign %9286, %9287 : i64[] @ models/lib/nn.yaml:90:7
%9317 = mul %146, %6269 : f32[16] @ models/lib/nn.yaml:90:7
%9318 = mul %9312, %6271 : f32[16] @ models/lib/nn.yaml:90:7
%9319 = add %9317, %9318 : f32[16] @ models/lib/nn.yaml:90:7
%9320 = assign %146, %9319 : f32[16] @ models/lib/nn.yaml:90:7
%9321 = all_reduce_sum %5214 : f32[24,16] @ models/lib/nn.yaml:79:7
%9322 = reshape %9321 : f32[384] @ models/lib/nn.yaml:79:7
%9323 = mul %9322, %9322 : f32[384] @ models/lib/nn.yaml:79:7
%9324 = reduce_sum %9323 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9325 = sqrt %9324 : f32[] @ models/lib/nn.yaml:79:7
%9326 = cast %9325 : f64[] @ models/lib/nn.yaml:79:7
%9327 = add %9326, %6090 : f64[] @ models/lib/nn.yaml:79:7
%9328 = div %6092, %9327 : f64[] @ models/lib/nn.yaml:79:7
%9329 = lt %9328, %6094 : bool[] @ models/lib/nn.yaml:79:7
%9330 = cast %9328 : f32[] @ models/lib/nn.yaml:79:7
%9331 = broadcast %9330 : f32[24,16] @ models/lib/nn.yaml:79:7
%9332 = mul %9321, %9331 : f32[24,16] @ models/lib/nn.yaml:79:7
%9333 = broadcast %9329 : bool[24,16] @ models/lib/nn.yaml:79:7
%9334 = select %9333, %9332, %9321 : f32[24,16] @ models/lib/nn.yaml:79:7
%9335 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9336 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9337 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9338 = add %9337, %6104 : i64[] @ models/lib/nn.yaml:79:7
%9339 = broadcast %6108 : f32[24,16] @ models/lib/nn.yaml:79:7
%9340 = mul %69, %9339 : f32[24,16] @ models/lib/nn.yaml:79:7
%9341 = broadcast %3683 : f32[24,16] @ models/lib/nn.yaml:79:7
%9342 = mul %9334, %9341 : f32[24,16] @ models/lib/nn.yaml:79:7
%9343 = broadcast %2701 : f32[24,16] @ models/lib/nn.yaml:79:7
%9344 = mul %9335, %9343 : f32[24,16] @ models/lib/nn.yaml:79:7
%9345 = add %9344, %9342 : f32[24,16] @ models/lib/nn.yaml:79:7
%9346 = mul %9334, %9334 : f32[24,16] @ models/lib/nn.yaml:79:7
%9347 = broadcast %6118 : f32[24,16] @ models/lib/nn.yaml:79:7
%9348 = mul %9346, %9347 : f32[24,16] @ models/lib/nn.yaml:79:7
%9349 = broadcast %6122 : f32[24,16] @ models/lib/nn.yaml:79:7
%9350 = mul %9336, %9349 : f32[24,16] @ models/lib/nn.yaml:79:7
%9351 = add %9350, %9348 : f32[24,16] @ models/lib/nn.yaml:79:7
%9352 = cast %9338 : f64[] @ models/lib/nn.yaml:79:7
%9353 = pow %6113, %9352 : f64[] @ models/lib/nn.yaml:79:7
%9354 = sub %6094, %9353 : f64[] @ models/lib/nn.yaml:79:7
%9355 = div %3958, %9354 : f64[] @ models/lib/nn.yaml:79:7
%9356 = pow %6121, %9352 : f64[] @ models/lib/nn.yaml:79:7
%9357 = sub %6094, %9356 : f64[] @ models/lib/nn.yaml:79:7
%9358 = sqrt %9357 : f64[] @ models/lib/nn.yaml:79:7
%9359 = div %6094, %9358 : f64[] @ models/lib/nn.yaml:79:7
%9360 = sqrt %9351 : f32[24,16] @ models/lib/nn.yaml:79:7
%9361 = cast %9359 : f32[] @ models/lib/nn.yaml:79:7
%9362 = broadcast %9361 : f32[24,16] @ models/lib/nn.yaml:79:7
%9363 = mul %9360, %9362 : f32[24,16] @ models/lib/nn.yaml:79:7
%9364 = broadcast %6138 : f32[24,16] @ models/lib/nn.yaml:79:7
%9365 = add %9363, %9364 : f32[24,16] @ models/lib/nn.yaml:79:7
%9366 = div %9345, %9365 : f32[24,16] @ models/lib/nn.yaml:79:7
%9367 = cast %9355 : f32[] @ models/lib/nn.yaml:79:7
%9368 = broadcast %9367 : f32[24,16] @ models/lib/nn.yaml:79:7
%9369 = mul %9366, %9368 : f32[24,16] @ models/lib/nn.yaml:79:7
%9370 = sub %9340, %9369 : f32[24,16] @ models/lib/nn.yaml:79:7
%9371 = assign %69, %9370 : f32[24,16] @ models/lib/nn.yaml:79:7
%9372 = assign %9335, %9345 : f32[24,16] @ models/lib/nn.yaml:79:7
%9373 = assign %9336, %9351 : f32[24,16] @ models/lib/nn.yaml:79:7
%9374 = assign %9337, %9338 : i64[] @ models/lib/nn.yaml:79:7
%9375 = broadcast %3 : f32[24,16] @ models/lib/nn.yaml:79:7
%9376 = mul %147, %9375 : f32[24,16] @ models/lib/nn.yaml:79:7
%9377 = broadcast %6153 : f32[24,16] @ models/lib/nn.yaml:79:7
%9378 = mul %9370, %9377 : f32[24,16] @ models/lib/nn.yaml:79:7
%9379 = add %9376, %9378 : f32[24,16] @ models/lib/nn.yaml:79:7
%9380 = assign %147, %9379 : f32[24,16] @ models/lib/nn.yaml:79:7
%9381 = all_reduce_sum %5209 : f32[24] @ models/lib/nn.yaml:80:7
%9382 = mul %9381, %9381 : f32[24] @ models/lib/nn.yaml:80:7
%9383 = reduce_sum %9382 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9384 = sqrt %9383 : f32[] @ models/lib/nn.yaml:80:7
%9385 = cast %9384 : f64[] @ models/lib/nn.yaml:80:7
%9386 = add %9385, %6090 : f64[] @ models/lib/nn.yaml:80:7
%9387 = div %6092, %9386 : f64[] @ models/lib/nn.yaml:80:7
%9388 = lt %9387, %6094 : bool[] @ models/lib/nn.yaml:80:7
%9389 = cast %9387 : f32[] @ models/lib/nn.yaml:80:7
%9390 = broadcast %9389 : f32[24] @ models/lib/nn.yaml:80:7
%9391 = mul %9381, %9390 : f32[24] @ models/lib/nn.yaml:80:7
%9392 = broadcast %9388 : bool[24] @ models/lib/nn.yaml:80:7
%9393 = select %9392, %9391, %9381 : f32[24] @ models/lib/nn.yaml:80:7
%9394 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9395 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9396 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9397 = add %9396, %6104 : i64[] @ models/lib/nn.yaml:80:7
%9398 = broadcast %3683 : f32[24] @ models/lib/nn.yaml:80:7
%9399 = mul %9393, %9398 : f32[24] @ models/lib/nn.yaml:80:7
%9400 = broadcast %2701 : f32[24] @ models/lib/nn.yaml:80:7
%9401 = mul %9394, %9400 : f32[24] @ models/lib/nn.yaml:80:7
%9402 = add %9401, %9399 : f32[24] @ models/lib/nn.yaml:80:7
%9403 = mul %9393, %9393 : f32[24] @ models/lib/nn.yaml:80:7
%9404 = broadcast %6118 : f32[24] @ models/lib/nn.yaml:80:7
%9405 = mul %9403, %9404 : f32[24] @ models/lib/nn.yaml:80:7
%9406 = broadcast %6122 : f32[24] @ models/lib/nn.yaml:80:7
%9407 = mul %9395, %9406 : f32[24] @ models/lib/nn.yaml:80:7
%9408 = add %9407, %9405 : f32[24] @ models/lib/nn.yaml:80:7
%9409 = cast %9397 : f64[] @ models/lib/nn.yaml:80:7
%9410 = pow %6113, %9409 : f64[] @ models/lib/nn.yaml:80:7
%9411 = sub %6094, %9410 : f64[] @ models/lib/nn.yaml:80:7
%9412 = div %3958, %9411 : f64[] @ models/lib/nn.yaml:80:7
%9413 = pow %6121, %9409 : f64[] @ models/lib/nn.yaml:80:7
%9414 = sub %6094, %9413 : f64[] @ models/lib/nn.yaml:80:7
%9415 = sqrt %9414 : f64[] @ models/lib/nn.yaml:80:7
%9416 = div %6094, %9415 : f64[] @ models/lib/nn.yaml:80:7
%9417 = sqrt %9408 : f32[24] @ models/lib/nn.yaml:80:7
%9418 = cast %9416 : f32[] @ models/lib/nn.yaml:80:7
%9419 = broadcast %9418 : f32[24] @ models/lib/nn.yaml:80:7
%9420 = mul %9417, %9419 : f32[24] @ models/lib/nn.yaml:80:7
%9421 = broadcast %6138 : f32[24] @ models/lib/nn.yaml:80:7
%9422 = add %9420, %9421 : f32[24] @ models/lib/nn.yaml:80:7
%9423 = div %9402, %9422 : f32[24] @ models/lib/nn.yaml:80:7
%9424 = cast %9412 : f32[] @ models/lib/nn.yaml:80:7
%9425 = broadcast %9424 : f32[24] @ models/lib/nn.yaml:80:7
%9426 = mul %9423, %9425 : f32[24] @ models/lib/nn.yaml:80:7
%9427 = sub %70, %9426 : f32[24] @ models/lib/nn.yaml:80:7
%9428 = assign %70, %9427 : f32[24] @ models/lib/nn.yaml:80:7
%9429 = assign %9394, %9402 : f32[24] @ models/lib/nn.yaml:80:7
%9430 = assign %9395, %9408 : f32[24] @ models/lib/nn.yaml:80:7
%9431 = assign %9396, %9397 : i64[] @ models/lib/nn.yaml:80:7
%9432 = broadcast %3 : f32[24] @ models/lib/nn.yaml:80:7
%9433 = mul %148, %9432 : f32[24] @ models/lib/nn.yaml:80:7
%9434 = broadcast %6153 : f32[24] @ models/lib/nn.yaml:80:7
%9435 = mul %9427, %9434 : f32[24] @ models/lib/nn.yaml:80:7
%9436 = add %9433, %9435 : f32[24] @ models/lib/nn.yaml:80:7
%9437 = assign %148, %9436 : f32[24] @ models/lib/nn.yaml:80:7
%9438 = all_reduce_sum %5191 : f32[24,24] @ models/lib/nn.yaml:79:7
%9439 = reshape %9438 : f32[576] @ models/lib/nn.yaml:79:7
%9440 = mul %9439, %9439 : f32[576] @ models/lib/nn.yaml:79:7
%9441 = reduce_sum %9440 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9442 = sqrt %9441 : f32[] @ models/lib/nn.yaml:79:7
%9443 = cast %9442 : f64[] @ models/lib/nn.yaml:79:7
%9444 = add %9443, %6090 : f64[] @ models/lib/nn.yaml:79:7
%9445 = div %6092, %9444 : f64[] @ models/lib/nn.yaml:79:7
%9446 = lt %9445, %6094 : bool[] @ models/lib/nn.yaml:79:7
%9447 = cast %9445 : f32[] @ models/lib/nn.yaml:79:7
%9448 = broadcast %9447 : f32[24,24] @ models/lib/nn.yaml:79:7
%9449 = mul %9438, %9448 : f32[24,24] @ models/lib/nn.yaml:79:7
%9450 = broadcast %9446 : bool[24,24] @ models/lib/nn.yaml:79:7
%9451 = select %9450, %9449, %9438 : f32[24,24] @ models/lib/nn.yaml:79:7
%9452 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9453 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9454 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9455 = add %9454, %6104 : i64[] @ models/lib/nn.yaml:79:7
%9456 = broadcast %6108 : f32[24,24] @ models/lib/nn.yaml:79:7
%9457 = mul %71, %9456 : f32[24,24] @ models/lib/nn.yaml:79:7
%9458 = broadcast %3683 : f32[24,24] @ models/lib/nn.yaml:79:7
%9459 = mul %9451, %9458 : f32[24,24] @ models/lib/nn.yaml:79:7
%9460 = broadcast %2701 : f32[24,24] @ models/lib/nn.yaml:79:7
%9461 = mul %9452, %9460 : f32[24,24] @ models/lib/nn.yaml:79:7
%9462 = add %9461, %9459 : f32[24,24] @ models/lib/nn.yaml:79:7
%9463 = mul %9451, %9451 : f32[24,24] @ models/lib/nn.yaml:79:7
%9464 = broadcast %6118 : f32[24,24] @ models/lib/nn.yaml:79:7
%9465 = mul %9463, %9464 : f32[24,24] @ models/lib/nn.yaml:79:7
%9466 = broadcast %6122 : f32[24,24] @ models/lib/nn.yaml:79:7
%9467 = mul %9453, %9466 : f32[24,24] @ models/lib/nn.yaml:79:7
%9468 = add %9467, %9465 : f32[24,24] @ models/lib/nn.yaml:79:7
%9469 = cast %9455 : f64[] @ models/lib/nn.yaml:79:7
%9470 = pow %6113, %9469 : f64[] @ models/lib/nn.yaml:79:7
%9471 = sub %6094, %9470 : f64[] @ models/lib/nn.yaml:79:7
%9472 = div %3958, %9471 : f64[] @ models/lib/nn.yaml:79:7
%9473 = pow %6121, %9469 : f64[] @ models/lib/nn.yaml:79:7
%9474 = sub %6094, %9473 : f64[] @ models/lib/nn.yaml:79:7
%9475 = sqrt %9474 : f64[] @ models/lib/nn.yaml:79:7
%9476 = div %6094, %9475 : f64[] @ models/lib/nn.yaml:79:7
%9477 = sqrt %9468 : f32[24,24] @ models/lib/nn.yaml:79:7
%9478 = cast %9476 : f32[] @ models/lib/nn.yaml:79:7
%9479 = broadcast %9478 : f32[24,24] @ models/lib/nn.yaml:79:7
%9480 = mul %9477, %9479 : f32[24,24] @ models/lib/nn.yaml:79:7
%9481 = broadcast %6138 : f32[24,24] @ models/lib/nn.yaml:79:7
%9482 = add %9480, %9481 : f32[24,24] @ models/lib/nn.yaml:79:7
%9483 = div %9462, %9482 : f32[24,24] @ models/lib/nn.yaml:79:7
%9484 = cast %9472 : f32[] @ models/lib/nn.yaml:79:7
%9485 = broadcast %9484 : f32[24,24] @ models/lib/nn.yaml:79:7
%9486 = mul %9483, %9485 : f32[24,24] @ models/lib/nn.yaml:79:7
%9487 = sub %9457, %9486 : f32[24,24] @ models/lib/nn.yaml:79:7
%9488 = assign %71, %9487 : f32[24,24] @ models/lib/nn.yaml:79:7
%9489 = assign %9452, %9462 : f32[24,24] @ models/lib/nn.yaml:79:7
%9490 = assign %9453, %9468 : f32[24,24] @ models/lib/nn.yaml:79:7
%9491 = assign %9454, %9455 : i64[] @ models/lib/nn.yaml:79:7
%9492 = broadcast %3 : f32[24,24] @ models/lib/nn.yaml:79:7
%9493 = mul %149, %9492 : f32[24,24] @ models/lib/nn.yaml:79:7
%9494 = broadcast %6153 : f32[24,24] @ models/lib/nn.yaml:79:7
%9495 = mul %9487, %9494 : f32[24,24] @ models/lib/nn.yaml:79:7
%9496 = add %9493, %9495 : f32[24,24] @ models/lib/nn.yaml:79:7
%9497 = assign %149, %9496 : f32[24,24] @ models/lib/nn.yaml:79:7
%9498 = all_reduce_sum %5186 : f32[24] @ models/lib/nn.yaml:80:7
%9499 = mul %9498, %9498 : f32[24] @ models/lib/nn.yaml:80:7
%9500 = reduce_sum %9499 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9501 = sqrt %9500 : f32[] @ models/lib/nn.yaml:80:7
%9502 = cast %9501 : f64[] @ models/lib/nn.yaml:80:7
%9503 = add %9502, %6090 : f64[] @ models/lib/nn.yaml:80:7
%9504 = div %6092, %9503 : f64[] @ models/lib/nn.yaml:80:7
%9505 = lt %9504, %6094 : bool[] @ models/lib/nn.yaml:80:7
%9506 = cast %9504 : f32[] @ models/lib/nn.yaml:80:7
%9507 = broadcast %9506 : f32[24] @ models/lib/nn.yaml:80:7
%9508 = mul %9498, %9507 : f32[24] @ models/lib/nn.yaml:80:7
%9509 = broadcast %9505 : bool[24] @ models/lib/nn.yaml:80:7
%9510 = select %9509, %9508, %9498 : f32[24] @ models/lib/nn.yaml:80:7
%9511 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9512 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9513 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9514 = add %9513, %6104 : i64[] @ models/lib/nn.yaml:80:7
%9515 = mul %9510, %9398 : f32[24] @ models/lib/nn.yaml:80:7
%9516 = mul %9511, %9400 : f32[24] @ models/lib/nn.yaml:80:7
%9517 = add %9516, %9515 : f32[24] @ models/lib/nn.yaml:80:7
%9518 = mul %9510, %9510 : f32[24] @ models/lib/nn.yaml:80:7
%9519 = mul %9518, %9404 : f32[24] @ models/lib/nn.yaml:80:7
%9520 = mul %9512, %9406 : f32[24] @ models/lib/nn.yaml:80:7
%9521 = add %9520, %9519 : f32[24] @ models/lib/nn.yaml:80:7
%9522 = cast %9514 : f64[] @ models/lib/nn.yaml:80:7
%9523 = pow %6113, %9522 : f64[] @ models/lib/nn.yaml:80:7
%9524 = sub %6094, %9523 : f64[] @ models/lib/nn.yaml:80:7
%9525 = div %3958, %9524 : f64[] @ models/lib/nn.yaml:80:7
%9526 = pow %6121, %9522 : f64[] @ models/lib/nn.yaml:80:7
%9527 = sub %6094, %9526 : f64[] @ models/lib/nn.yaml:80:7
%9528 = sqrt %9527 : f64[] @ models/lib/nn.yaml:80:7
%9529 = div %6094, %9528 : f64[] @ models/lib/nn.yaml:80:7
%9530 = sqrt %9521 : f32[24] @ models/lib/nn.yaml:80:7
%9531 = cast %9529 : f32[] @ models/lib/nn.yaml:80:7
%9532 = broadcast %9531 : f32[24] @ models/lib/nn.yaml:80:7
%9533 = mul %9530, %9532 : f32[24] @ models/lib/nn.yaml:80:7
%9534 = add %9533, %9421 : f32[24] @ models/lib/nn.yaml:80:7
%9535 = div %9517, %9534 : f32[24] @ models/lib/nn.yaml:80:7
%9536 = cast %9525 : f32[] @ models/lib/nn.yaml:80:7
%9537 = broadcast %9536 : f32[24] @ models/lib/nn.yaml:80:7
%9538 = mul %9535, %9537 : f32[24] @ models/lib/nn.yaml:80:7
%9539 = sub %72, %9538 : f32[24] @ models/lib/nn.yaml:80:7
%9540 = assign %72, %9539 : f32[24] @ models/lib/nn.yaml:80:7
%9541 = assign %9511, %9517 : f32[24] @ models/lib/nn.yaml:80:7
%9542 = assign %9512, %9521 : f32[24] @ models/lib/nn.yaml:80:7
%9543 = assign %9513, %9514 : i64[] @ models/lib/nn.yaml:80:7
%9544 = mul %150, %9432 : f32[24] @ models/lib/nn.yaml:80:7
%9545 = mul %9539, %9434 : f32[24] @ models/lib/nn.yaml:80:7
%9546 = add %9544, %9545 : f32[24] @ models/lib/nn.yaml:80:7
%9547 = assign %150, %9546 : f32[24] @ models/lib/nn.yaml:80:7
%9548 = all_reduce_sum %5168 : f32[8,24] @ models/lib/nn.yaml:79:7
%9549 = reshape %9548 : f32[192] @ models/lib/nn.yaml:79:7
%9550 = mul %9549, %9549 : f32[192] @ models/lib/nn.yaml:79:7
%9551 = reduce_sum %9550 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9552 = sqrt %9551 : f32[] @ models/lib/nn.yaml:79:7
%9553 = cast %9552 : f64[] @ models/lib/nn.yaml:79:7
%9554 = add %9553, %6090 : f64[] @ models/lib/nn.yaml:79:7
%9555 = div %6092, %9554 : f64[] @ models/lib/nn.yaml:79:7
%9556 = lt %9555, %6094 : bool[] @ models/lib/nn.yaml:79:7
%9557 = cast %9555 : f32[] @ models/lib/nn.yaml:79:7
%9558 = broadcast %9557 : f32[8,24] @ models/lib/nn.yaml:79:7
%9559 = mul %9548, %9558 : f32[8,24] @ models/lib/nn.yaml:79:7
%9560 = broadcast %9556 : bool[8,24] @ models/lib/nn.yaml:79:7
%9561 = select %9560, %9559, %9548 : f32[8,24] @ models/lib/nn.yaml:79:7
%9562 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%9563 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%9564 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9565 = add %9564, %6104 : i64[] @ models/lib/nn.yaml:79:7
%9566 = broadcast %6108 : f32[8,24] @ models/lib/nn.yaml:79:7
%9567 = mul %73, %9566 : f32[8,24] @ models/lib/nn.yaml:79:7
%9568 = broadcast %3683 : f32[8,24] @ models/lib/nn.yaml:79:7
%9569 = mul %9561, %9568 : f32[8,24] @ models/lib/nn.yaml:79:7
%9570 = broadcast %2701 : f32[8,24] @ models/lib/nn.yaml:79:7
%9571 = mul %9562, %9570 : f32[8,24] @ models/lib/nn.yaml:79:7
%9572 = add %9571, %9569 : f32[8,24] @ models/lib/nn.yaml:79:7
%9573 = mul %9561, %9561 : f32[8,24] @ models/lib/nn.yaml:79:7
%9574 = broadcast %6118 : f32[8,24] @ models/lib/nn.yaml:79:7
%9575 = mul %9573, %9574 : f32[8,24] @ models/lib/nn.yaml:79:7
%9576 = broadcast %6122 : f32[8,24] @ models/lib/nn.yaml:79:7
%9577 = mul %9563, %9576 : f32[8,24] @ models/lib/nn.yaml:79:7
%9578 = add %9577, %9575 : f32[8,24] @ models/lib/nn.yaml:79:7
%9579 = cast %9565 : f64[] @ models/lib/nn.yaml:79:7
%9580 = pow %6113, %9579 : f64[] @ models/lib/nn.yaml:79:7
%9581 = sub %6094, %9580 : f64[] @ models/lib/nn.yaml:79:7
%9582 = div %3958, %9581 : f64[] @ models/lib/nn.yaml:79:7
%9583 = pow %6121, %9579 : f64[] @ models/lib/nn.yaml:79:7
%9584 = sub %6094, %9583 : f64[] @ models/lib/nn.yaml:79:7
%9585 = sqrt %9584 : f64[] @ models/lib/nn.yaml:79:7
%9586 = div %6094, %9585 : f64[] @ models/lib/nn.yaml:79:7
%9587 = sqrt %9578 : f32[8,24] @ models/lib/nn.yaml:79:7
%9588 = cast %9586 : f32[] @ models/lib/nn.yaml:79:7
%9589 = broadcast %9588 : f32[8,24] @ models/lib/nn.yaml:79:7
%9590 = mul %9587, %9589 : f32[8,24] @ models/lib/nn.yaml:79:7
%9591 = broadcast %6138 : f32[8,24] @ models/lib/nn.yaml:79:7
%9592 = add %9590, %9591 : f32[8,24] @ models/lib/nn.yaml:79:7
%9593 = div %9572, %9592 : f32[8,24] @ models/lib/nn.yaml:79:7
%9594 = cast %9582 : f32[] @ models/lib/nn.yaml:79:7
%9595 = broadcast %9594 : f32[8,24] @ models/lib/nn.yaml:79:7
%9596 = mul %9593, %9595 : f32[8,24] @ models/lib/nn.yaml:79:7
%9597 = sub %9567, %9596 : f32[8,24] @ models/lib/nn.yaml:79:7
%9598 = assign %73, %9597 : f32[8,24] @ models/lib/nn.yaml:79:7
%9599 = assign %9562, %9572 : f32[8,24] @ models/lib/nn.yaml:79:7
%9600 = assign %9563, %9578 : f32[8,24] @ models/lib/nn.yaml:79:7
%9601 = assign %9564, %9565 : i64[] @ models/lib/nn.yaml:79:7
%9602 = broadcast %3 : f32[8,24] @ models/lib/nn.yaml:79:7
%9603 = mul %151, %9602 : f32[8,24] @ models/lib/nn.yaml:79:7
%9604 = broadcast %6153 : f32[8,24] @ models/lib/nn.yaml:79:7
%9605 = mul %9597, %9604 : f32[8,24] @ models/lib/nn.yaml:79:7
%9606 = add %9603, %9605 : f32[8,24] @ models/lib/nn.yaml:79:7
%9607 = assign %151, %9606 : f32[8,24] @ models/lib/nn.yaml:79:7
%9608 = all_reduce_sum %5163 : f32[8] @ models/lib/nn.yaml:80:7
%9609 = mul %9608, %9608 : f32[8] @ models/lib/nn.yaml:80:7
%9610 = reduce_sum %9609 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9611 = sqrt %9610 : f32[] @ models/lib/nn.yaml:80:7
%9612 = cast %9611 : f64[] @ models/lib/nn.yaml:80:7
%9613 = add %9612, %6090 : f64[] @ models/lib/nn.yaml:80:7
%9614 = div %6092, %9613 : f64[] @ models/lib/nn.yaml:80:7
%9615 = lt %9614, %6094 : bool[] @ models/lib/nn.yaml:80:7
%9616 = cast %9614 : f32[] @ models/lib/nn.yaml:80:7
%9617 = broadcast %9616 : f32[8] @ models/lib/nn.yaml:80:7
%9618 = mul %9608, %9617 : f32[8] @ models/lib/nn.yaml:80:7
%9619 = broadcast %9615 : bool[8] @ models/lib/nn.yaml:80:7
%9620 = select %9619, %9618, %9608 : f32[8] @ models/lib/nn.yaml:80:7
%9621 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9622 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9623 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9624 = add %9623, %6104 : i64[] @ models/lib/nn.yaml:80:7
%9625 = broadcast %3683 : f32[8] @ models/lib/nn.yaml:80:7
%9626 = mul %9620, %9625 : f32[8] @ models/lib/nn.yaml:80:7
%9627 = broadcast %2701 : f32[8] @ models/lib/nn.yaml:80:7
%9628 = mul %9621, %9627 : f32[8] @ models/lib/nn.yaml:80:7
%9629 = add %9628, %9626 : f32[8] @ models/lib/nn.yaml:80:7
%9630 = mul %9620, %9620 : f32[8] @ models/lib/nn.yaml:80:7
%9631 = broadcast %6118 : f32[8] @ models/lib/nn.yaml:80:7
%9632 = mul %9630, %9631 : f32[8] @ models/lib/nn.yaml:80:7
%9633 = broadcast %6122 : f32[8] @ models/lib/nn.yaml:80:7
%9634 = mul %9622, %9633 : f32[8] @ models/lib/nn.yaml:80:7
%9635 = add %9634, %9632 : f32[8] @ models/lib/nn.yaml:80:7
%9636 = cast %9624 : f64[] @ models/lib/nn.yaml:80:7
%9637 = pow %6113, %9636 : f64[] @ models/lib/nn.yaml:80:7
%9638 = sub %6094, %9637 : f64[] @ models/lib/nn.yaml:80:7
%9639 = div %3958, %9638 : f64[] @ models/lib/nn.yaml:80:7
%9640 = pow %6121, %9636 : f64[] @ models/lib/nn.yaml:80:7
%9641 = sub %6094, %9640 : f64[] @ models/lib/nn.yaml:80:7
%9642 = sqrt %9641 : f64[] @ models/lib/nn.yaml:80:7
%9643 = div %6094, %9642 : f64[] @ models/lib/nn.yaml:80:7
%9644 = sqrt %9635 : f32[8] @ models/lib/nn.yaml:80:7
%9645 = cast %9643 : f32[] @ models/lib/nn.yaml:80:7
%9646 = broadcast %9645 : f32[8] @ models/lib/nn.yaml:80:7
%9647 = mul %9644, %9646 : f32[8] @ models/lib/nn.yaml:80:7
%9648 = broadcast %6138 : f32[8] @ models/lib/nn.yaml:80:7
%9649 = add %9647, %9648 : f32[8] @ models/lib/nn.yaml:80:7
%9650 = div %9629, %9649 : f32[8] @ models/lib/nn.yaml:80:7
%9651 = cast %9639 : f32[] @ models/lib/nn.yaml:80:7
%9652 = broadcast %9651 : f32[8] @ models/lib/nn.yaml:80:7
%9653 = mul %9650, %9652 : f32[8] @ models/lib/nn.yaml:80:7
%9654 = sub %74, %9653 : f32[8] @ models/lib/nn.yaml:80:7
%9655 = assign %74, %9654 : f32[8] @ models/lib/nn.yaml:80:7
%9656 = assign %9621, %9629 : f32[8] @ models/lib/nn.yaml:80:7
%9657 = assign %9622, %9635 : f32[8] @ models/lib/nn.yaml:80:7
%9658 = assign %9623, %9624 : i64[] @ models/lib/nn.yaml:80:7
%9659 = broadcast %3 : f32[8] @ models/lib/nn.yaml:80:7
%9660 = mul %152, %9659 : f32[8] @ models/lib/nn.yaml:80:7
%9661 = broadcast %6153 : f32[8] @ models/lib/nn.yaml:80:7
%9662 = mul %9654, %9661 : f32[8] @ models/lib/nn.yaml:80:7
%9663 = add %9660, %9662 : f32[8] @ models/lib/nn.yaml:80:7
%9664 = assign %152, %9663 : f32[8] @ models/lib/nn.yaml:80:7
%9665 = broadcast %3 : f32[32,1] @ models/lib/dino.yaml:18:7
%9666 = mul %153, %9665 : f32[32,1] @ models/lib/dino.yaml:18:7
%9667 = broadcast %6153 : f32[32,1] @ models/lib/dino.yaml:18:7
%9668 = mul %75, %9667 : f32[32,1] @ models/lib/dino.yaml:18:7
%9669 = add %9666, %9668 : f32[32,1] @ models/lib/dino.yaml:18:7
%9670 = assign %153, %9669 : f32[32,1] @ models/lib/dino.yaml:18:7
%9671 = all_reduce_sum %5142 : f32[32,8] @ models/lib/dino.yaml:19:7
%9672 = reshape %9671 : f32[256] @ models/lib/dino.yaml:19:7
%9673 = mul %9672, %9672 : f32[256] @ models/lib/dino.yaml:19:7
%9674 = reduce_sum %9673 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%9675 = sqrt %9674 : f32[] @ models/lib/dino.yaml:19:7
%9676 = cast %9675 : f64[] @ models/lib/dino.yaml:19:7
%9677 = add %9676, %6090 : f64[] @ models/lib/dino.yaml:19:7
%9678 = div %6092, %9677 : f64[] @ models/lib/dino.yaml:19:7
%9679 = lt %9678, %6094 : bool[] @ models/lib/dino.yaml:19:7
%9680 = cast %9678 : f32[] @ models/lib/dino.yaml:19:7
%9681 = broadcast %9680 : f32[32,8] @ models/lib/dino.yaml:19:7
%9682 = mul %9671, %9681 : f32[32,8] @ models/lib/dino.yaml:19:7
%9683 = broadcast %9679 : bool[32,8] @ models/lib/dino.yaml:19:7
%9684 = select %9683, %9682, %9671 : f32[32,8] @ models/lib/dino.yaml:19:7
%9685 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%9686 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%9687 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%9688 = add %9687, %6104 : i64[] @ models/lib/dino.yaml:19:7
%9689 = broadcast %6108 : f32[32,8] @ models/lib/dino.yaml:19:7
%9690 = mul %76, %9689 : f32[32,8] @ models/lib/dino.yaml:19:7
%9691 = broadcast %3683 : f32[32,8] @ models/lib/dino.yaml:19:7
%9692 = mul %9684, %9691 : f32[32,8] @ models/lib/dino.yaml:19:7
%9693 = broadcast %2701 : f32[32,8] @ models/lib/dino.yaml:19:7
%9694 = mul %9685, %9693 : f32[32,8] @ models/lib/dino.yaml:19:7
%9695 = add %9694, %9692 : f32[32,8] @ models/lib/dino.yaml:19:7
%9696 = mul %9684, %9684 : f32[32,8] @ models/lib/dino.yaml:19:7
%9697 = broadcast %6118 : f32[32,8] @ models/lib/dino.yaml:19:7
%9698 = mul %9696, %9697 : f32[32,8] @ models/lib/dino.yaml:19:7
%9699 = broadcast %6122 : f32[32,8] @ models/lib/dino.yaml:19:7
%9700 = mul %9686, %9699 : f32[32,8] @ models/lib/dino.yaml:19:7
%9701 = add %9700, %9698 : f32[32,8] @ models/lib/dino.yaml:19:7
%9702 = cast %9688 : f64[] @ models/lib/dino.yaml:19:7
%9703 = pow %6113, %9702 : f64[] @ models/lib/dino.yaml:19:7
%9704 = sub %6094, %9703 : f64[] @ models/lib/dino.yaml:19:7
%9705 = div %3958, %9704 : f64[] @ models/lib/dino.yaml:19:7
%9706 = pow %6121, %9702 : f64[] @ models/lib/dino.yaml:19:7
%9707 = sub %6094, %9706 : f64[] @ models/lib/dino.yaml:19:7
%9708 = sqrt %9707 : f64[] @ models/lib/dino.yaml:19:7
%9709 = div %6094, %9708 : f64[] @ models/lib/dino.yaml:19:7
%9710 = sqrt %9701 : f32[32,8] @ models/lib/dino.yaml:19:7
%9711 = cast %9709 : f32[] @ models/lib/dino.yaml:19:7
%9712 = broadcast %9711 : f32[32,8] @ models/lib/dino.yaml:19:7
%9713 = mul %9710, %9712 : f32[32,8] @ models/lib/dino.yaml:19:7
%9714 = broadcast %6138 : f32[32,8] @ models/lib/dino.yaml:19:7
%9715 = add %9713, %9714 : f32[32,8] @ models/lib/dino.yaml:19:7
%9716 = div %9695, %9715 : f32[32,8] @ models/lib/dino.yaml:19:7
%9717 = cast %9705 : f32[] @ models/lib/dino.yaml:19:7
%9718 = broadcast %9717 : f32[32,8] @ models/lib/dino.yaml:19:7
%9719 = mul %9716, %9718 : f32[32,8] @ models/lib/dino.yaml:19:7
%9720 = sub %9690, %9719 : f32[32,8] @ models/lib/dino.yaml:19:7
%9721 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%9722 = lt %9721, %6104 : bool[] @ models/lib/dino.yaml:19:7
%9723 = broadcast %9722 : bool[32,8] @ models/lib/dino.yaml:19:7
%9724 = select %9723, %76, %9720 : f32[32,8] @ models/lib/dino.yaml:19:7
%9725 = select %9723, %9685, %9695 : f32[32,8] @ models/lib/dino.yaml:19:7
%9726 = select %9723, %9686, %9701 : f32[32,8] @ models/lib/dino.yaml:19:7
%9727 = select %9722, %9687, %9688 : i64[] @ models/lib/dino.yaml:19:7
%9728 = assign %76, %9724 : f32[32,8] @ models/lib/dino.yaml:19:7
%9729 = assign %9685, %9725 : f32[32,8] @ models/lib/dino.yaml:19:7
%9730 = assign %9686, %9726 : f32[32,8] @ models/lib/dino.yaml:19:7
%9731 = assign %9687, %9727 : i64[] @ models/lib/dino.yaml:19:7
%9732 = broadcast %3 : f32[32,8] @ models/lib/dino.yaml:19:7
%9733 = mul %154, %9732 : f32[32,8] @ models/lib/dino.yaml:19:7
%9734 = broadcast %6153 : f32[32,8] @ models/lib/dino.yaml:19:7
%9735 = mul %9724, %9734 : f32[32,8] @ models/lib/dino.yaml:19:7
%9736 = add %9733, %9735 : f32[32,8] @ models/lib/dino.yaml:19:7
%9737 = assign %154, %9736 : f32[32,8] @ models/lib/dino.yaml:19:7
%9738 = all_reduce_sum %5126 : f32[24,16] @ models/lib/nn.yaml:79:7
%9739 = reshape %9738 : f32[384] @ models/lib/nn.yaml:79:7
%9740 = mul %9739, %9739 : f32[384] @ models/lib/nn.yaml:79:7
%9741 = reduce_sum %9740 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9742 = sqrt %9741 : f32[] @ models/lib/nn.yaml:79:7
%9743 = cast %9742 : f64[] @ models/lib/nn.yaml:79:7
%9744 = add %9743, %6090 : f64[] @ models/lib/nn.yaml:79:7
%9745 = div %6092, %9744 : f64[] @ models/lib/nn.yaml:79:7
%9746 = lt %9745, %6094 : bool[] @ models/lib/nn.yaml:79:7
%9747 = cast %9745 : f32[] @ models/lib/nn.yaml:79:7
%9748 = broadcast %9747 : f32[24,16] @ models/lib/nn.yaml:79:7
%9749 = mul %9738, %9748 : f32[24,16] @ models/lib/nn.yaml:79:7
%9750 = broadcast %9746 : bool[24,16] @ models/lib/nn.yaml:79:7
%9751 = select %9750, %9749, %9738 : f32[24,16] @ models/lib/nn.yaml:79:7
%9752 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9753 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9754 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9755 = add %9754, %6104 : i64[] @ models/lib/nn.yaml:79:7
%9756 = mul %77, %9339 : f32[24,16] @ models/lib/nn.yaml:79:7
%9757 = mul %9751, %9341 : f32[24,16] @ models/lib/nn.yaml:79:7
%9758 = mul %9752, %9343 : f32[24,16] @ models/lib/nn.yaml:79:7
%9759 = add %9758, %9757 : f32[24,16] @ models/lib/nn.yaml:79:7
%9760 = mul %9751, %9751 : f32[24,16] @ models/lib/nn.yaml:79:7
%9761 = mul %9760, %9347 : f32[24,16] @ models/lib/nn.yaml:79:7
%9762 = mul %9753, %9349 : f32[24,16] @ models/lib/nn.yaml:79:7
%9763 = add %9762, %9761 : f32[24,16] @ models/lib/nn.yaml:79:7
%9764 = cast %9755 : f64[] @ models/lib/nn.yaml:79:7
%9765 = pow %6113, %9764 : f64[] @ models/lib/nn.yaml:79:7
%9766 = sub %6094, %9765 : f64[] @ models/lib/nn.yaml:79:7
%9767 = div %3958, %9766 : f64[] @ models/lib/nn.yaml:79:7
%9768 = pow %6121, %9764 : f64[] @ models/lib/nn.yaml:79:7
%9769 = sub %6094, %9768 : f64[] @ models/lib/nn.yaml:79:7
%9770 = sqrt %9769 : f64[] @ models/lib/nn.yaml:79:7
%9771 = div %6094, %9770 : f64[] @ models/lib/nn.yaml:79:7
%9772 = sqrt %9763 : f32[24,16] @ models/lib/nn.yaml:79:7
%9773 = cast %9771 : f32[] @ models/lib/nn.yaml:79:7
%9774 = broadcast %9773 : f32[24,16] @ models/lib/nn.yaml:79:7
%9775 = mul %9772, %9774 : f32[24,16] @ models/lib/nn.yaml:79:7
%9776 = add %9775, %9364 : f32[24,16] @ models/lib/nn.yaml:79:7
%9777 = div %9759, %9776 : f32[24,16] @ models/lib/nn.yaml:79:7
%9778 = cast %9767 : f32[] @ models/lib/nn.yaml:79:7
%9779 = broadcast %9778 : f32[24,16] @ models/lib/nn.yaml:79:7
%9780 = mul %9777, %9779 : f32[24,16] @ models/lib/nn.yaml:79:7
%9781 = sub %9756, %9780 : f32[24,16] @ models/lib/nn.yaml:79:7
%9782 = assign %77, %9781 : f32[24,16] @ models/lib/nn.yaml:79:7
%9783 = assign %9752, %9759 : f32[24,16] @ models/lib/nn.yaml:79:7
%9784 = assign %9753, %9763 : f32[24,16] @ models/lib/nn.yaml:79:7
%9785 = assign %9754, %9755 : i64[] @ models/lib/nn.yaml:79:7
%9786 = mul %155, %9375 : f32[24,16] @ models/lib/nn.yaml:79:7
%9787 = mul %9781, %9377 : f32[24,16] @ models/lib/nn.yaml:79:7
%9788 = add %9786, %9787 : f32[24,16] @ models/lib/nn.yaml:79:7
%9789 = assign %155, %9788 : f32[24,16] @ models/lib/nn.yaml:79:7
%9790 = all_reduce_sum %5121 : f32[24] @ models/lib/nn.yaml:80:7
%9791 = mul %9790, %9790 : f32[24] @ models/lib/nn.yaml:80:7
%9792 = reduce_sum %9791 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9793 = sqrt %9792 : f32[] @ models/lib/nn.yaml:80:7
%9794 = cast %9793 : f64[] @ models/lib/nn.yaml:80:7
%9795 = add %9794, %6090 : f64[] @ models/lib/nn.yaml:80:7
%9796 = div %6092, %9795 : f64[] @ models/lib/nn.yaml:80:7
%9797 = lt %9796, %6094 : bool[] @ models/lib/nn.yaml:80:7
%9798 = cast %9796 : f32[] @ models/lib/nn.yaml:80:7
%9799 = broadcast %9798 : f32[24] @ models/lib/nn.yaml:80:7
%9800 = mul %9790, %9799 : f32[24] @ models/lib/nn.yaml:80:7
%9801 = broadcast %9797 : bool[24] @ models/lib/nn.yaml:80:7
%9802 = select %9801, %9800, %9790 : f32[24] @ models/lib/nn.yaml:80:7
%9803 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9804 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9805 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9806 = add %9805, %6104 : i64[] @ models/lib/nn.yaml:80:7
%9807 = mul %9802, %9398 : f32[24] @ models/lib/nn.yaml:80:7
%9808 = mul %9803, %9400 : f32[24] @ models/lib/nn.yaml:80:7
%9809 = add %9808, %9807 : f32[24] @ models/lib/nn.yaml:80:7
%9810 = mul %9802, %9802 : f32[24] @ models/lib/nn.yaml:80:7
%9811 = mul %9810, %9404 : f32[24] @ models/lib/nn.yaml:80:7
%9812 = mul %9804, %9406 : f32[24] @ models/lib/nn.yaml:80:7
%9813 = add %9812, %9811 : f32[24] @ models/lib/nn.yaml:80:7
%9814 = cast %9806 : f64[] @ models/lib/nn.yaml:80:7
%9815 = pow %6113, %9814 : f64[] @ models/lib/nn.yaml:80:7
%9816 = sub %6094, %9815 : f64[] @ models/lib/nn.yaml:80:7
%9817 = div %3958, %9816 : f64[] @ models/lib/nn.yaml:80:7
%9818 = pow %6121, %9814 : f64[] @ models/lib/nn.yaml:80:7
%9819 = sub %6094, %9818 : f64[] @ models/lib/nn.yaml:80:7
%9820 = sqrt %9819 : f64[] @ models/lib/nn.yaml:80:7
%9821 = div %6094, %9820 : f64[] @ models/lib/nn.yaml:80:7
%9822 = sqrt %9813 : f32[24] @ models/lib/nn.yaml:80:7
%9823 = cast %9821 : f32[] @ models/lib/nn.yaml:80:7
%9824 = broadcast %9823 : f32[24] @ models/lib/nn.yaml:80:7
%9825 = mul %9822, %9824 : f32[24] @ models/lib/nn.yaml:80:7
%9826 = add %9825, %9421 : f32[24] @ models/lib/nn.yaml:80:7
%9827 = div %9809, %9826 : f32[24] @ models/lib/nn.yaml:80:7
%9828 = cast %9817 : f32[] @ models/lib/nn.yaml:80:7
%9829 = broadcast %9828 : f32[24] @ models/lib/nn.yaml:80:7
%9830 = mul %9827, %9829 : f32[24] @ models/lib/nn.yaml:80:7
%9831 = sub %78, %9830 : f32[24] @ models/lib/nn.yaml:80:7
%9832 = assign %78, %9831 : f32[24] @ models/lib/nn.yaml:80:7
%9833 = assign %9803, %9809 : f32[24] @ models/lib/nn.yaml:80:7
%9834 = assign %9804, %9813 : f32[24] @ models/lib/nn.yaml:80:7
%9835 = assign %9805, %9806 : i64[] @ models/lib/nn.yaml:80:7
%9836 = mul %156, %9432 : f32[24] @ models/lib/nn.yaml:80:7
%9837 = mul %9831, %9434 : f32[24] @ models/lib/nn.yaml:80:7
%9838 = add %9836, %9837 : f32[24] @ models/lib/nn.yaml:80:7
%9839 = assign %156, %9838 : f32[24] @ models/lib/nn.yaml:80:7
%9840 = all_reduce_sum %5098 : f32[24,24] @ models/lib/nn.yaml:79:7
%9841 = reshape %9840 : f32[576] @ models/lib/nn.yaml:79:7
%9842 = mul %9841, %9841 : f32[576] @ models/lib/nn.yaml:79:7
%9843 = reduce_sum %9842 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9844 = sqrt %9843 : f32[] @ models/lib/nn.yaml:79:7
%9845 = cast %9844 : f64[] @ models/lib/nn.yaml:79:7
%9846 = add %9845, %6090 : f64[] @ models/lib/nn.yaml:79:7
%9847 = div %6092, %9846 : f64[] @ models/lib/nn.yaml:79:7
%9848 = lt %9847, %6094 : bool[] @ models/lib/nn.yaml:79:7
%9849 = cast %9847 : f32[] @ models/lib/nn.yaml:79:7
%9850 = broadcast %9849 : f32[24,24] @ models/lib/nn.yaml:79:7
%9851 = mul %9840, %9850 : f32[24,24] @ models/lib/nn.yaml:79:7
%9852 = broadcast %9848 : bool[24,24] @ models/lib/nn.yaml:79:7
%9853 = select %9852, %9851, %9840 : f32[24,24] @ models/lib/nn.yaml:79:7
%9854 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9855 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9856 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9857 = add %9856, %6104 : i64[] @ models/lib/nn.yaml:79:7
%9858 = mul %79, %9456 : f32[24,24] @ models/lib/nn.yaml:79:7
%9859 = mul %9853, %9458 : f32[24,24] @ models/lib/nn.yaml:79:7
%9860 = mul %9854, %9460 : f32[24,24] @ models/lib/nn.yaml:79:7
%9861 = add %9860, %9859 : f32[24,24] @ models/lib/nn.yaml:79:7
%9862 = mul %9853, %9853 : f32[24,24] @ models/lib/nn.yaml:79:7
%9863 = mul %9862, %9464 : f32[24,24] @ models/lib/nn.yaml:79:7
%9864 = mul %9855, %9466 : f32[24,24] @ models/lib/nn.yaml:79:7
%9865 = add %9864, %9863 : f32[24,24] @ models/lib/nn.yaml:79:7
%9866 = cast %9857 : f64[] @ models/lib/nn.yaml:79:7
%9867 = pow %6113, %9866 : f64[] @ models/lib/nn.yaml:79:7
%9868 = sub %6094, %9867 : f64[] @ models/lib/nn.yaml:79:7
%9869 = div %3958, %9868 : f64[] @ models/lib/nn.yaml:79:7
%9870 = pow %6121, %9866 : f64[] @ models/lib/nn.yaml:79:7
%9871 = sub %6094, %9870 : f64[] @ models/lib/nn.yaml:79:7
%9872 = sqrt %9871 : f64[] @ models/lib/nn.yaml:79:7
%9873 = div %6094, %9872 : f64[] @ models/lib/nn.yaml:79:7
%9874 = sqrt %9865 : f32[24,24] @ models/lib/nn.yaml:79:7
%9875 = cast %9873 : f32[] @ models/lib/nn.yaml:79:7
%9876 = broadcast %9875 : f32[24,24] @ models/lib/nn.yaml:79:7
%9877 = mul %9874, %9876 : f32[24,24] @ models/lib/nn.yaml:79:7
%9878 = add %9877, %9481 : f32[24,24] @ models/lib/nn.yaml:79:7
%9879 = div %9861, %9878 : f32[24,24] @ models/lib/nn.yaml:79:7
%9880 = cast %9869 : f32[] @ models/lib/nn.yaml:79:7
%9881 = broadcast %9880 : f32[24,24] @ models/lib/nn.yaml:79:7
%9882 = mul %9879, %9881 : f32[24,24] @ models/lib/nn.yaml:79:7
%9883 = sub %9858, %9882 : f32[24,24] @ models/lib/nn.yaml:79:7
%9884 = assign %79, %9883 : f32[24,24] @ models/lib/nn.yaml:79:7
%9885 = assign %9854, %9861 : f32[24,24] @ models/lib/nn.yaml:79:7
%9886 = assign %9855, %9865 : f32[24,24] @ models/lib/nn.yaml:79:7
%9887 = assign %9856, %9857 : i64[] @ models/lib/nn.yaml:79:7
%9888 = mul %157, %9492 : f32[24,24] @ models/lib/nn.yaml:79:7
%9889 = mul %9883, %9494 : f32[24,24] @ models/lib/nn.yaml:79:7
%9890 = add %9888, %9889 : f32[24,24] @ models/lib/nn.yaml:79:7
%9891 = assign %157, %9890 : f32[24,24] @ models/lib/nn.yaml:79:7
%9892 = all_reduce_sum %5093 : f32[24] @ models/lib/nn.yaml:80:7
%9893 = mul %9892, %9892 : f32[24] @ models/lib/nn.yaml:80:7
%9894 = reduce_sum %9893 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9895 = sqrt %9894 : f32[] @ models/lib/nn.yaml:80:7
%9896 = cast %9895 : f64[] @ models/lib/nn.yaml:80:7
%9897 = add %9896, %6090 : f64[] @ models/lib/nn.yaml:80:7
%9898 = div %6092, %9897 : f64[] @ models/lib/nn.yaml:80:7
%9899 = lt %9898, %6094 : bool[] @ models/lib/nn.yaml:80:7
%9900 = cast %9898 : f32[] @ models/lib/nn.yaml:80:7
%9901 = broadcast %9900 : f32[24] @ models/lib/nn.yaml:80:7
%9902 = mul %9892, %9901 : f32[24] @ models/lib/nn.yaml:80:7
%9903 = broadcast %9899 : bool[24] @ models/lib/nn.yaml:80:7
%9904 = select %9903, %9902, %9892 : f32[24] @ models/lib/nn.yaml:80:7
%9905 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9906 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9907 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9908 = add %9907, %6104 : i64[] @ models/lib/nn.yaml:80:7
%9909 = mul %9904, %9398 : f32[24] @ models/lib/nn.yaml:80:7
%9910 = mul %9905, %9400 : f32[24] @ models/lib/nn.yaml:80:7
%9911 = add %9910, %9909 : f32[24] @ models/lib/nn.yaml:80:7
%9912 = mul %9904, %9904 : f32[24] @ models/lib/nn.yaml:80:7
%9913 = mul %9912, %9404 : f32[24] @ models/lib/nn.yaml:80:7
%9914 = mul %9906, %9406 : f32[24] @ models/lib/nn.yaml:80:7
%9915 = add %9914, %9913 : f32[24] @ models/lib/nn.yaml:80:7
%9916 = cast %9908 : f64[] @ models/lib/nn.yaml:80:7
%9917 = pow %6113, %9916 : f64[] @ models/lib/nn.yaml:80:7
%9918 = sub %6094, %9917 : f64[] @ models/lib/nn.yaml:80:7
%9919 = div %3958, %9918 : f64[] @ models/lib/nn.yaml:80:7
%9920 = pow %6121, %9916 : f64[] @ models/lib/nn.yaml:80:7
%9921 = sub %6094, %9920 : f64[] @ models/lib/nn.yaml:80:7
%9922 = sqrt %9921 : f64[] @ models/lib/nn.yaml:80:7
%9923 = div %6094, %9922 : f64[] @ models/lib/nn.yaml:80:7
%9924 = sqrt %9915 : f32[24] @ models/lib/nn.yaml:80:7
%9925 = cast %9923 : f32[] @ models/lib/nn.yaml:80:7
%9926 = broadcast %9925 : f32[24] @ models/lib/nn.yaml:80:7
%9927 = mul %9924, %9926 : f32[24] @ models/lib/nn.yaml:80:7
%9928 = add %9927, %9421 : f32[24] @ models/lib/nn.yaml:80:7
%9929 = div %9911, %9928 : f32[24] @ models/lib/nn.yaml:80:7
%9930 = cast %9919 : f32[] @ models/lib/nn.yaml:80:7
%9931 = broadcast %9930 : f32[24] @ models/lib/nn.yaml:80:7
%9932 = mul %9929, %9931 : f32[24] @ models/lib/nn.yaml:80:7
%9933 = sub %80, %9932 : f32[24] @ models/lib/nn.yaml:80:7
%9934 = assign %80, %9933 : f32[24] @ models/lib/nn.yaml:80:7
%9935 = assign %9905, %9911 : f32[24] @ models/lib/nn.yaml:80:7
%9936 = assign %9906, %9915 : f32[24] @ models/lib/nn.yaml:80:7
%9937 = assign %9907, %9908 : i64[] @ models/lib/nn.yaml:80:7
%9938 = mul %158, %9432 : f32[24] @ models/lib/nn.yaml:80:7
%9939 = mul %9933, %9434 : f32[24] @ models/lib/nn.yaml:80:7
%9940 = add %9938, %9939 : f32[24] @ models/lib/nn.yaml:80:7
%9941 = assign %158, %9940 : f32[24] @ models/lib/nn.yaml:80:7
%9942 = all_reduce_sum %5069 : f32[8,24] @ models/lib/nn.yaml:79:7
%9943 = reshape %9942 : f32[192] @ models/lib/nn.yaml:79:7
%9944 = mul %9943, %9943 : f32[192] @ models/lib/nn.yaml:79:7
%9945 = reduce_sum %9944 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9946 = sqrt %9945 : f32[] @ models/lib/nn.yaml:79:7
%9947 = cast %9946 : f64[] @ models/lib/nn.yaml:79:7
%9948 = add %9947, %6090 : f64[] @ models/lib/nn.yaml:79:7
%9949 = div %6092, %9948 : f64[] @ models/lib/nn.yaml:79:7
%9950 = lt %9949, %6094 : bool[] @ models/lib/nn.yaml:79:7
%9951 = cast %9949 : f32[] @ models/lib/nn.yaml:79:7
%9952 = broadcast %9951 : f32[8,24] @ models/lib/nn.yaml:79:7
%9953 = mul %9942, %9952 : f32[8,24] @ models/lib/nn.yaml:79:7
%9954 = broadcast %9950 : bool[8,24] @ models/lib/nn.yaml:79:7
%9955 = select %9954, %9953, %9942 : f32[8,24] @ models/lib/nn.yaml:79:7
%9956 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%9957 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%9958 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9959 = add %9958, %6104 : i64[] @ models/lib/nn.yaml:79:7
%9960 = mul %81, %9566 : f32[8,24] @ models/lib/nn.yaml:79:7
%9961 = mul %9955, %9568 : f32[8,24] @ models/lib/nn.yaml:79:7
%9962 = mul %9956, %9570 : f32[8,24] @ models/lib/nn.yaml:79:7
%9963 = add %9962, %9961 : f32[8,24] @ models/lib/nn.yaml:79:7
%9964 = mul %9955, %9955 : f32[8,24] @ models/lib/nn.yaml:79:7
%9965 = mul %9964, %9574 : f32[8,24] @ models/lib/nn.yaml:79:7
%9966 = mul %9957, %9576 : f32[8,24] @ models/lib/nn.yaml:79:7
%9967 = add %9966, %9965 : f32[8,24] @ models/lib/nn.yaml:79:7
%9968 = cast %9959 : f64[] @ models/lib/nn.yaml:79:7
%9969 = pow %6113, %9968 : f64[] @ models/lib/nn.yaml:79:7
%9970 = sub %6094, %9969 : f64[] @ models/lib/nn.yaml:79:7
%9971 = div %3958, %9970 : f64[] @ models/lib/nn.yaml:79:7
%9972 = pow %6121, %9968 : f64[] @ models/lib/nn.yaml:79:7
%9973 = sub %6094, %9972 : f64[] @ models/lib/nn.yaml:79:7
%9974 = sqrt %9973 : f64[] @ models/lib/nn.yaml:79:7
%9975 = div %6094, %9974 : f64[] @ models/lib/nn.yaml:79:7
%9976 = sqrt %9967 : f32[8,24] @ models/lib/nn.yaml:79:7
%9977 = cast %9975 : f32[] @ models/lib/nn.yaml:79:7
%9978 = broadcast %9977 : f32[8,24] @ models/lib/nn.yaml:79:7
%9979 = mul %9976, %9978 : f32[8,24] @ models/lib/nn.yaml:79:7
%9980 = add %9979, %9591 : f32[8,24] @ models/lib/nn.yaml:79:7
%9981 = div %9963, %9980 : f32[8,24] @ models/lib/nn.yaml:79:7
%9982 = cast %9971 : f32[] @ models/lib/nn.yaml:79:7
%9983 = broadcast %9982 : f32[8,24] @ models/lib/nn.yaml:79:7
%9984 = mul %9981, %9983 : f32[8,24] @ models/lib/nn.yaml:79:7
%9985 = sub %9960, %9984 : f32[8,24] @ models/lib/nn.yaml:79:7
%9986 = assign %81, %9985 : f32[8,24] @ models/lib/nn.yaml:79:7
%9987 = assign %9956, %9963 : f32[8,24] @ models/lib/nn.yaml:79:7
%9988 = assign %9957, %9967 : f32[8,24] @ models/lib/nn.yaml:79:7
%9989 = assign %9958, %9959 : i64[] @ models/lib/nn.yaml:79:7
%9990 = mul %159, %9602 : f32[8,24] @ models/lib/nn.yaml:79:7
%9991 = mul %9985, %9604 : f32[8,24] @ models/lib/nn.yaml:79:7
%9992 = add %9990, %9991 : f32[8,24] @ models/lib/nn.yaml:79:7
%9993 = assign %159, %9992 : f32[8,24] @ models/lib/nn.yaml:79:7
%9994 = all_reduce_sum %5064 : f32[8] @ models/lib/nn.yaml:80:7
%9995 = mul %9994, %9994 : f32[8] @ models/lib/nn.yaml:80:7
%9996 = reduce_sum %9995 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9997 = sqrt %9996 : f32[] @ models/lib/nn.yaml:80:7
%9998 = cast %9997 : f64[] @ models/lib/nn.yaml:80:7
%9999 = add %9998, %6090 : f64[] @ models/lib/nn.yaml:80:7
%10000 = div %6092, %9999 : f64[] @ models/lib/nn.yaml:80:7
%10001 = lt %10000, %6094 : bool[] @ models/lib/nn.yaml:80:7
%10002 = cast %10000 : f32[] @ models/lib/nn.yaml:80:7
%10003 = broadcast %10002 : f32[8] @ models/lib/nn.yaml:80:7
%10004 = mul %9994, %10003 : f32[8] @ models/lib/nn.yaml:80:7
%10005 = broadcast %10001 : bool[8] @ models/lib/nn.yaml:80:7
%10006 = select %10005, %10004, %9994 : f32[8] @ models/lib/nn.yaml:80:7
%10007 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10008 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10009 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10010 = add %10009, %6104 : i64[] @ models/lib/nn.yaml:80:7
%10011 = mul %10006, %9625 : f32[8] @ models/lib/nn.yaml:80:7
%10012 = mul %10007, %9627 : f32[8] @ models/lib/nn.yaml:80:7
%10013 = add %10012, %10011 : f32[8] @ models/lib/nn.yaml:80:7
%10014 = mul %10006, %10006 : f32[8] @ models/lib/nn.yaml:80:7
%10015 = mul %10014, %9631 : f32[8] @ models/lib/nn.yaml:80:7
%10016 = mul %10008, %9633 : f32[8] @ models/lib/nn.yaml:80:7
%10017 = add %10016, %10015 : f32[8] @ models/lib/nn.yaml:80:7
%10018 = cast %10010 : f64[] @ models/lib/nn.yaml:80:7
%10019 = pow %6113, %10018 : f64[] @ models/lib/nn.yaml:80:7
%10020 = sub %6094, %10019 : f64[] @ models/lib/nn.yaml:80:7
%10021 = div %3958, %10020 : f64[] @ models/lib/nn.yaml:80:7
%10022 = pow %6121, %10018 : f64[] @ models/lib/nn.yaml:80:7
%10023 = sub %6094, %10022 : f64[] @ models/lib/nn.yaml:80:7
%10024 = sqrt %10023 : f64[] @ models/lib/nn.yaml:80:7
%10025 = div %6094, %10024 : f64[] @ models/lib/nn.yaml:80:7
%10026 = sqrt %10017 : f32[8] @ models/lib/nn.yaml:80:7
%10027 = cast %10025 : f32[] @ models/lib/nn.yaml:80:7
%10028 = broadcast %10027 : f32[8] @ models/lib/nn.yaml:80:7
%10029 = mul %10026, %10028 : f32[8] @ models/lib/nn.yaml:80:7
%10030 = add %10029, %9648 : f32[8] @ models/lib/nn.yaml:80:7
%10031 = div %10013, %10030 : f32[8] @ models/lib/nn.yaml:80:7
%10032 = cast %10021 : f32[] @ models/lib/nn.yaml:80:7
%10033 = broadcast %10032 : f32[8] @ models/lib/nn.yaml:80:7
%10034 = mul %10031, %10033 : f32[8] @ models/lib/nn.yaml:80:7
%10035 = sub %82, %10034 : f32[8] @ models/lib/nn.yaml:80:7
%10036 = assign %82, %10035 : f32[8] @ models/lib/nn.yaml:80:7
%10037 = assign %10007, %10013 : f32[8] @ models/lib/nn.yaml:80:7
%10038 = assign %10008, %10017 : f32[8] @ models/lib/nn.yaml:80:7
%10039 = assign %10009, %10010 : i64[] @ models/lib/nn.yaml:80:7
%10040 = mul %160, %9659 : f32[8] @ models/lib/nn.yaml:80:7
%10041 = mul %10035, %9661 : f32[8] @ models/lib/nn.yaml:80:7
%10042 = add %10040, %10041 : f32[8] @ models/lib/nn.yaml:80:7
%10043 = assign %160, %10042 : f32[8] @ models/lib/nn.yaml:80:7
%10044 = broadcast %3 : f32[16,1] @ models/lib/dino.yaml:18:7
%10045 = mul %161, %10044 : f32[16,1] @ models/lib/dino.yaml:18:7
%10046 = broadcast %6153 : f32[16,1] @ models/lib/dino.yaml:18:7
%10047 = mul %83, %10046 : f32[16,1] @ models/lib/dino.yaml:18:7
%10048 = add %10045, %10047 : f32[16,1] @ models/lib/dino.yaml:18:7
%10049 = assign %161, %10048 : f32[16,1] @ models/lib/dino.yaml:18:7
%10050 = all_reduce_sum %5037 : f32[16,8] @ models/lib/dino.yaml:19:7
%10051 = reshape %10050 : f32[128] @ models/lib/dino.yaml:19:7
%10052 = mul %10051, %10051 : f32[128] @ models/lib/dino.yaml:19:7
%10053 = reduce_sum %10052 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%10054 = sqrt %10053 : f32[] @ models/lib/dino.yaml:19:7
%10055 = cast %10054 : f64[] @ models/lib/dino.yaml:19:7
%10056 = add %10055, %6090 : f64[] @ models/lib/dino.yaml:19:7
%10057 = div %6092, %10056 : f64[] @ models/lib/dino.yaml:19:7
%10058 = lt %10057, %6094 : bool[] @ models/lib/dino.yaml:19:7
%10059 = cast %10057 : f32[] @ models/lib/dino.yaml:19:7
%10060 = broadcast %10059 : f32[16,8] @ models/lib/dino.yaml:19:7
%10061 = mul %10050, %10060 : f32[16,8] @ models/lib/dino.yaml:19:7
%10062 = broadcast %10058 : bool[16,8] @ models/lib/dino.yaml:19:7
%10063 = select %10062, %10061, %10050 : f32[16,8] @ models/lib/dino.yaml:19:7
%10064 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%10065 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%10066 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%10067 = add %10066, %6104 : i64[] @ models/lib/dino.yaml:19:7
%10068 = broadcast %6108 : f32[16,8] @ models/lib/dino.yaml:19:7
%10069 = mul %84, %10068 : f32[16,8] @ models/lib/dino.yaml:19:7
%10070 = broadcast %3683 : f32[16,8] @ models/lib/dino.yaml:19:7
%10071 = mul %10063, %10070 : f32[16,8] @ models/lib/dino.yaml:19:7
%10072 = broadcast %2701 : f32[16,8] @ models/lib/dino.yaml:19:7
%10073 = mul %10064, %10072 : f32[16,8] @ models/lib/dino.yaml:19:7
%10074 = add %10073, %10071 : f32[16,8] @ models/lib/dino.yaml:19:7
%10075 = mul %10063, %10063 : f32[16,8] @ models/lib/dino.yaml:19:7
%10076 = broadcast %6118 : f32[16,8] @ models/lib/dino.yaml:19:7
%10077 = mul %10075, %10076 : f32[16,8] @ models/lib/dino.yaml:19:7
%10078 = broadcast %6122 : f32[16,8] @ models/lib/dino.yaml:19:7
%10079 = mul %10065, %10078 : f32[16,8] @ models/lib/dino.yaml:19:7
%10080 = add %10079, %10077 : f32[16,8] @ models/lib/dino.yaml:19:7
%10081 = cast %10067 : f64[] @ models/lib/dino.yaml:19:7
%10082 = pow %6113, %10081 : f64[] @ models/lib/dino.yaml:19:7
%10083 = sub %6094, %10082 : f64[] @ models/lib/dino.yaml:19:7
%10084 = div %3958, %10083 : f64[] @ models/lib/dino.yaml:19:7
%10085 = pow %6121, %10081 : f64[] @ models/lib/dino.yaml:19:7
%10086 = sub %6094, %10085 : f64[] @ models/lib/dino.yaml:19:7
%10087 = sqrt %10086 : f64[] @ models/lib/dino.yaml:19:7
%10088 = div %6094, %10087 : f64[] @ models/lib/dino.yaml:19:7
%10089 = sqrt %10080 : f32[16,8] @ models/lib/dino.yaml:19:7
%10090 = cast %10088 : f32[] @ models/lib/dino.yaml:19:7
%10091 = broadcast %10090 : f32[16,8] @ models/lib/dino.yaml:19:7
%10092 = mul %10089, %10091 : f32[16,8] @ models/lib/dino.yaml:19:7
%10093 = broadcast %6138 : f32[16,8] @ models/lib/dino.yaml:19:7
%10094 = add %10092, %10093 : f32[16,8] @ models/lib/dino.yaml:19:7
%10095 = div %10074, %10094 : f32[16,8] @ models/lib/dino.yaml:19:7
%10096 = cast %10084 : f32[] @ models/lib/dino.yaml:19:7
%10097 = broadcast %10096 : f32[16,8] @ models/lib/dino.yaml:19:7
%10098 = mul %10095, %10097 : f32[16,8] @ models/lib/dino.yaml:19:7
%10099 = sub %10069, %10098 : f32[16,8] @ models/lib/dino.yaml:19:7
%10100 = broadcast %9722 : bool[16,8] @ models/lib/dino.yaml:19:7
%10101 = select %10100, %84, %10099 : f32[16,8] @ models/lib/dino.yaml:19:7
%10102 = select %10100, %10064, %10074 : f32[16,8] @ models/lib/dino.yaml:19:7
%10103 = select %10100, %10065, %10080 : f32[16,8] @ models/lib/dino.yaml:19:7
%10104 = select %9722, %10066, %10067 : i64[] @ models/lib/dino.yaml:19:7
%10105 = assign %84, %10101 : f32[16,8] @ models/lib/dino.yaml:19:7
%10106 = assign %10064, %10102 : f32[16,8] @ models/lib/dino.yaml:19:7
%10107 = assign %10065, %10103 : f32[16,8] @ models/lib/dino.yaml:19:7
%10108 = assign %10066, %10104 : i64[] @ models/lib/dino.yaml:19:7
%10109 = broadcast %3 : f32[16,8] @ models/lib/dino.yaml:19:7
%10110 = mul %162, %10109 : f32[16,8] @ models/lib/dino.yaml:19:7
%10111 = broadcast %6153 : f32[16,8] @ models/lib/dino.yaml:19:7
%10112 = mul %10101, %10111 : f32[16,8] @ models/lib/dino.yaml:19:7
%10113 = add %10110, %10112 : f32[16,8] @ models/lib/dino.yaml:19:7
%10114 = assign %162, %10113 : f32[16,8] @ models/lib/dino.yaml:19:7
%10115 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%10116 = abs %3921 : f32[] @ models/dino_pass.yaml:149:3
%10117 = lt %10116, %10115 : bool[] @ models/dino_pass.yaml:149:3
%10118 = output %10117 name="finite" : bool[] @ models/dino_pass.yaml:149:3
