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
%258 = sub %254, %257 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%259 = exp %258 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%260 = reduce_sum %259 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%261 = broadcast %260 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%262 = div %259, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%263 = reshape %262 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%264 = broadcast %263 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%265 = reshape %203 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%266 = broadcast %265 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%267 = mul %264, %266 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%268 = reduce_sum %267 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%269 = permute %268 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%270 = reshape %269 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%271 = matmul %270, %92 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%272 = broadcast %93 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%273 = add %271, %272 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%274 = add %173, %273 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%275 = reduce_sum %274 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%276 = div %275, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%277 = broadcast %276 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%278 = sub %274, %277 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%279 = mul %278, %278 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%280 = reduce_sum %279 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%281 = div %280, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%282 = add %281, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%283 = rsqrt %282 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%284 = broadcast %283 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%285 = mul %278, %284 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%286 = broadcast %94 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%287 = mul %285, %286 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%288 = broadcast %95 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%289 = add %287, %288 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%290 = matmul %289, %96 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%291 = broadcast %97 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%292 = add %290, %291 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%293 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%294 = broadcast %293 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%295 = mul %294, %292 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%296 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%297 = broadcast %296 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%298 = mul %292, %297 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%299 = erf %298 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%300 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%301 = broadcast %300 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%302 = add %301, %299 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%303 = mul %295, %302 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%304 = matmul %303, %98 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%305 = broadcast %99 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%306 = add %304, %305 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%307 = add %274, %306 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%308 = reduce_sum %307 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%309 = div %308, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%310 = broadcast %309 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%311 = sub %307, %310 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%312 = mul %311, %311 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%313 = reduce_sum %312 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%314 = div %313, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%315 = add %314, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%316 = rsqrt %315 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%317 = broadcast %316 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%318 = mul %311, %317 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%319 = broadcast %100 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%320 = mul %318, %319 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%321 = broadcast %101 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%322 = add %320, %321 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%323 = matmul %322, %102 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%324 = broadcast %103 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%325 = add %323, %324 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%326 = reshape %325 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%327 = permute %326 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%328 = slice %327 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%329 = reshape %328 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%330 = slice %327 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%331 = reshape %330 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%332 = slice %327 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%333 = reshape %332 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%334 = permute %331 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%335 = slice %329 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%336 = broadcast %335 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%337 = slice %334 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%338 = broadcast %337 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%339 = mul %336, %338 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%340 = slice %329 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%341 = broadcast %340 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%342 = slice %334 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%343 = broadcast %342 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%344 = mul %341, %343 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%345 = add %339, %344 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%346 = slice %329 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%347 = broadcast %346 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%348 = slice %334 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%349 = broadcast %348 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%350 = mul %347, %349 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%351 = add %345, %350 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%352 = slice %329 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%353 = broadcast %352 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%354 = slice %334 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%355 = broadcast %354 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%356 = mul %353, %355 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%357 = add %351, %356 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%358 = slice %329 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%359 = broadcast %358 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%360 = slice %334 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%361 = broadcast %360 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%362 = mul %359, %361 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%363 = add %357, %362 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%364 = slice %329 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%365 = broadcast %364 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%366 = slice %334 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%367 = broadcast %366 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%368 = mul %365, %367 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%369 = add %363, %368 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%370 = slice %329 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%371 = broadcast %370 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%372 = slice %334 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%373 = broadcast %372 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%374 = mul %371, %373 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%375 = add %369, %374 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%376 = slice %329 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%377 = broadcast %376 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%378 = slice %334 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%379 = broadcast %378 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%380 = mul %377, %379 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%381 = add %375, %380 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%382 = mul %381, %253 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%383 = reduce_max %382 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%384 = stop_gradient %383 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%385 = broadcast %384 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%386 = sub %382, %385 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%387 = exp %386 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%388 = reduce_sum %387 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%389 = broadcast %388 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%390 = div %387, %389 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%391 = reshape %390 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%392 = broadcast %391 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%393 = reshape %333 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%394 = broadcast %393 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%395 = mul %392, %394 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%396 = reduce_sum %395 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%397 = permute %396 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%398 = reshape %397 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%399 = matmul %398, %104 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%400 = broadcast %105 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%401 = add %399, %400 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%402 = add %307, %401 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%403 = reduce_sum %402 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%404 = div %403, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%405 = broadcast %404 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%406 = sub %402, %405 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%407 = mul %406, %406 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%408 = reduce_sum %407 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%409 = div %408, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%410 = add %409, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%411 = rsqrt %410 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%412 = broadcast %411 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%413 = mul %406, %412 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%414 = broadcast %106 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%415 = mul %413, %414 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%416 = broadcast %107 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%417 = add %415, %416 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%418 = matmul %417, %108 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%419 = broadcast %109 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%420 = add %418, %419 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%421 = mul %294, %420 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%422 = mul %420, %297 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%423 = erf %422 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%424 = add %301, %423 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%425 = mul %421, %424 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%426 = matmul %425, %110 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%427 = broadcast %111 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%428 = add %426, %427 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%429 = add %402, %428 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%430 = grid_neighbors n=4 size=3 : i32[16,8] @ models/dino_pass.yaml:61:16
%431 = neighbor_topk_gather %429, %430 k=2 : f32[4,16,2,16] @ models/dino_pass.yaml:77:16
%432 = reshape %431 : f32[64,2,16] @ models/dino_pass.yaml:87:23
%433 = broadcast %112 : f32[64,1,16] @ models/lib/vit.yaml:116:31
%434 = concat %433, %432 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%435 = reduce_sum %434 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%436 = broadcast %175 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%437 = div %435, %436 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%438 = broadcast %437 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%439 = sub %434, %438 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%440 = mul %439, %439 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%441 = reduce_sum %440 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%442 = div %441, %436 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%443 = broadcast %183 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%444 = add %442, %443 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%445 = rsqrt %444 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%446 = broadcast %445 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%447 = mul %439, %446 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%448 = broadcast %113 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%449 = mul %447, %448 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%450 = broadcast %114 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%451 = add %449, %450 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%452 = slice %451 lo=[0,0,0] hi=[64,1,16] : f32[64,1,16] @ models/lib/vit.yaml:78:33
%453 = matmul %452, %115 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%454 = broadcast %116 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%455 = add %453, %454 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%456 = reshape %455 : f32[64,1,2,8] @ models/lib/vit.yaml:78:22
%457 = permute %456 perm=[0,2,1,3] : f32[64,2,1,8] @ models/lib/vit.yaml:78:14
%458 = matmul %451, %117 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%459 = broadcast %118 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%460 = add %458, %459 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%461 = reshape %460 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%462 = permute %461 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%463 = matmul %451, %119 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%464 = broadcast %120 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%465 = add %463, %464 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%466 = reshape %465 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%467 = permute %466 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%468 = permute %462 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%469 = slice %457 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%470 = broadcast %469 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%471 = slice %468 lo=[0,0,0,0] hi=[64,2,1,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%472 = mul %470, %471 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%473 = slice %457 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%474 = broadcast %473 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%475 = slice %468 lo=[0,0,1,0] hi=[64,2,2,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%476 = mul %474, %475 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%477 = add %472, %476 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%478 = slice %457 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%479 = broadcast %478 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%480 = slice %468 lo=[0,0,2,0] hi=[64,2,3,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%481 = mul %479, %480 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%482 = add %477, %481 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%483 = slice %457 lo=[0,0,0,3] hi=[64,2,1,4] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%484 = broadcast %483 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%485 = slice %468 lo=[0,0,3,0] hi=[64,2,4,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%486 = mul %484, %485 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%487 = add %482, %486 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%488 = slice %457 lo=[0,0,0,4] hi=[64,2,1,5] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%489 = broadcast %488 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%490 = slice %468 lo=[0,0,4,0] hi=[64,2,5,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%491 = mul %489, %490 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%492 = add %487, %491 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%493 = slice %457 lo=[0,0,0,5] hi=[64,2,1,6] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%494 = broadcast %493 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%495 = slice %468 lo=[0,0,5,0] hi=[64,2,6,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%496 = mul %494, %495 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%497 = add %492, %496 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%498 = slice %457 lo=[0,0,0,6] hi=[64,2,1,7] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%499 = broadcast %498 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%500 = slice %468 lo=[0,0,6,0] hi=[64,2,7,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%501 = mul %499, %500 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%502 = add %497, %501 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%503 = slice %457 lo=[0,0,0,7] hi=[64,2,1,8] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%504 = broadcast %503 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%505 = slice %468 lo=[0,0,7,0] hi=[64,2,8,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%506 = mul %504, %505 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%507 = add %502, %506 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%508 = broadcast %252 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%509 = mul %507, %508 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%510 = reduce_max %509 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%511 = stop_gradient %510 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%512 = broadcast %511 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%513 = sub %509, %512 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%514 = exp %513 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%515 = reduce_sum %514 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%516 = broadcast %515 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%517 = div %514, %516 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%518 = slice %517 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%519 = broadcast %518 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%520 = slice %467 lo=[0,0,0,0] hi=[64,2,1,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%521 = mul %519, %520 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%522 = slice %517 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%523 = broadcast %522 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%524 = slice %467 lo=[0,0,1,0] hi=[64,2,2,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%525 = mul %523, %524 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%526 = add %521, %525 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%527 = slice %517 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%528 = broadcast %527 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%529 = slice %467 lo=[0,0,2,0] hi=[64,2,3,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%530 = mul %528, %529 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%531 = add %526, %530 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%532 = permute %531 perm=[0,2,1,3] : f32[64,1,2,8] @ models/lib/nn.yaml:56:13
%533 = reshape %532 : f32[64,1,16] @ models/lib/nn.yaml:57:16
%534 = matmul %533, %121 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%535 = broadcast %122 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%536 = add %534, %535 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%537 = add %433, %536 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%538 = reduce_sum %537 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%539 = broadcast %175 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%540 = div %538, %539 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%541 = broadcast %540 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%542 = sub %537, %541 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%543 = mul %542, %542 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%544 = reduce_sum %543 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%545 = div %544, %539 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%546 = broadcast %183 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%547 = add %545, %546 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%548 = rsqrt %547 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%549 = broadcast %548 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%550 = mul %542, %549 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%551 = broadcast %123 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%552 = mul %550, %551 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%553 = broadcast %124 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%554 = add %552, %553 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%555 = matmul %554, %125 ta=0 tb=1 : f32[64,1,64] @ models/lib/nn.yaml:83:15
%556 = broadcast %126 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%557 = add %555, %556 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%558 = broadcast %293 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%559 = mul %558, %557 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%560 = broadcast %296 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%561 = mul %557, %560 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%562 = erf %561 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%563 = broadcast %300 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%564 = add %563, %562 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%565 = mul %559, %564 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%566 = matmul %565, %127 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%567 = broadcast %128 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%568 = add %566, %567 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%569 = add %537, %568 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%570 = concat %569, %432 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%571 = reduce_sum %570 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%572 = div %571, %436 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%573 = broadcast %572 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%574 = sub %570, %573 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%575 = mul %574, %574 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%576 = reduce_sum %575 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%577 = div %576, %436 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%578 = add %577, %443 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%579 = rsqrt %578 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%580 = broadcast %579 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%581 = mul %574, %580 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%582 = broadcast %129 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%583 = mul %581, %582 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%584 = broadcast %130 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%585 = add %583, %584 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%586 = slice %585 lo=[0,0,0] hi=[64,1,16] : f32[64,1,16] @ models/lib/vit.yaml:78:33
%587 = matmul %586, %131 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%588 = broadcast %132 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%589 = add %587, %588 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%590 = reshape %589 : f32[64,1,2,8] @ models/lib/vit.yaml:78:22
%591 = permute %590 perm=[0,2,1,3] : f32[64,2,1,8] @ models/lib/vit.yaml:78:14
%592 = matmul %585, %133 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%593 = broadcast %134 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%594 = add %592, %593 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%595 = reshape %594 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%596 = permute %595 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%597 = matmul %585, %135 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%598 = broadcast %136 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%599 = add %597, %598 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%600 = reshape %599 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%601 = permute %600 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%602 = permute %596 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%603 = slice %591 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%604 = broadcast %603 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%605 = slice %602 lo=[0,0,0,0] hi=[64,2,1,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%606 = mul %604, %605 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%607 = slice %591 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%608 = broadcast %607 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%609 = slice %602 lo=[0,0,1,0] hi=[64,2,2,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%610 = mul %608, %609 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%611 = add %606, %610 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%612 = slice %591 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%613 = broadcast %612 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%614 = slice %602 lo=[0,0,2,0] hi=[64,2,3,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%615 = mul %613, %614 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%616 = add %611, %615 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%617 = slice %591 lo=[0,0,0,3] hi=[64,2,1,4] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%618 = broadcast %617 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%619 = slice %602 lo=[0,0,3,0] hi=[64,2,4,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%620 = mul %618, %619 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%621 = add %616, %620 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%622 = slice %591 lo=[0,0,0,4] hi=[64,2,1,5] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%623 = broadcast %622 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%624 = slice %602 lo=[0,0,4,0] hi=[64,2,5,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%625 = mul %623, %624 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%626 = add %621, %625 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%627 = slice %591 lo=[0,0,0,5] hi=[64,2,1,6] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%628 = broadcast %627 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%629 = slice %602 lo=[0,0,5,0] hi=[64,2,6,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%630 = mul %628, %629 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%631 = add %626, %630 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%632 = slice %591 lo=[0,0,0,6] hi=[64,2,1,7] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%633 = broadcast %632 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%634 = slice %602 lo=[0,0,6,0] hi=[64,2,7,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%635 = mul %633, %634 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%636 = add %631, %635 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%637 = slice %591 lo=[0,0,0,7] hi=[64,2,1,8] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%638 = broadcast %637 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%639 = slice %602 lo=[0,0,7,0] hi=[64,2,8,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%640 = mul %638, %639 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%641 = add %636, %640 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%642 = mul %641, %508 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%643 = reduce_max %642 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%644 = stop_gradient %643 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%645 = broadcast %644 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%646 = sub %642, %645 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%647 = exp %646 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%648 = reduce_sum %647 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%649 = broadcast %648 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%650 = div %647, %649 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%651 = slice %650 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%652 = broadcast %651 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%653 = slice %601 lo=[0,0,0,0] hi=[64,2,1,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%654 = mul %652, %653 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%655 = slice %650 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%656 = broadcast %655 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%657 = slice %601 lo=[0,0,1,0] hi=[64,2,2,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%658 = mul %656, %657 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%659 = add %654, %658 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%660 = slice %650 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%661 = broadcast %660 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%662 = slice %601 lo=[0,0,2,0] hi=[64,2,3,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%663 = mul %661, %662 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%664 = add %659, %663 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%665 = permute %664 perm=[0,2,1,3] : f32[64,1,2,8] @ models/lib/nn.yaml:56:13
%666 = reshape %665 : f32[64,1,16] @ models/lib/nn.yaml:57:16
%667 = matmul %666, %137 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%668 = broadcast %138 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%669 = add %667, %668 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%670 = add %569, %669 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%671 = reduce_sum %670 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%672 = div %671, %539 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%673 = broadcast %672 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%674 = sub %670, %673 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%675 = mul %674, %674 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%676 = reduce_sum %675 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%677 = div %676, %539 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%678 = add %677, %546 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%679 = rsqrt %678 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%680 = broadcast %679 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%681 = mul %674, %680 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%682 = broadcast %139 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%683 = mul %681, %682 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%684 = broadcast %140 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%685 = add %683, %684 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%686 = matmul %685, %141 ta=0 tb=1 : f32[64,1,64] @ models/lib/nn.yaml:83:15
%687 = broadcast %142 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%688 = add %686, %687 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%689 = mul %558, %688 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%690 = mul %688, %560 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%691 = erf %690 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%692 = add %563, %691 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%693 = mul %689, %692 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%694 = matmul %693, %143 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%695 = broadcast %144 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%696 = add %694, %695 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%697 = add %670, %696 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%698 = reshape %697 : f32[4,16,16] @ models/dino_pass.yaml:88:16
%699 = broadcast %112 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%700 = concat %699, %429 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%701 = reduce_sum %700 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%702 = broadcast %175 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%703 = div %701, %702 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%704 = broadcast %703 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%705 = sub %700, %704 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%706 = mul %705, %705 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%707 = reduce_sum %706 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%708 = div %707, %702 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%709 = broadcast %183 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%710 = add %708, %709 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%711 = rsqrt %710 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%712 = broadcast %711 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%713 = mul %705, %712 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%714 = broadcast %113 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%715 = mul %713, %714 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%716 = broadcast %114 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%717 = add %715, %716 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%718 = slice %717 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%719 = matmul %718, %115 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%720 = broadcast %116 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%721 = add %719, %720 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%722 = reshape %721 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%723 = permute %722 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%724 = matmul %717, %117 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%725 = broadcast %118 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%726 = add %724, %725 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%727 = reshape %726 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%728 = permute %727 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%729 = matmul %717, %119 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%730 = broadcast %120 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%731 = add %729, %730 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%732 = reshape %731 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%733 = permute %732 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%734 = permute %728 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%735 = slice %723 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%736 = broadcast %735 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%737 = slice %734 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%738 = mul %736, %737 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%739 = slice %723 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%740 = broadcast %739 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%741 = slice %734 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%742 = mul %740, %741 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%743 = add %738, %742 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%744 = slice %723 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%745 = broadcast %744 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%746 = slice %734 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%747 = mul %745, %746 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%748 = add %743, %747 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%749 = slice %723 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%750 = broadcast %749 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%751 = slice %734 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%752 = mul %750, %751 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%753 = add %748, %752 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%754 = slice %723 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%755 = broadcast %754 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%756 = slice %734 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%757 = mul %755, %756 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%758 = add %753, %757 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%759 = slice %723 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%760 = broadcast %759 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%761 = slice %734 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%762 = mul %760, %761 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%763 = add %758, %762 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%764 = slice %723 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%765 = broadcast %764 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%766 = slice %734 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%767 = mul %765, %766 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%768 = add %763, %767 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%769 = slice %723 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%770 = broadcast %769 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%771 = slice %734 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%772 = mul %770, %771 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%773 = add %768, %772 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%774 = broadcast %252 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%775 = mul %773, %774 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%776 = reduce_max %775 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%777 = stop_gradient %776 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%778 = broadcast %777 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%779 = sub %775, %778 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%780 = exp %779 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%781 = reduce_sum %780 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%782 = broadcast %781 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%783 = div %780, %782 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%784 = reshape %783 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%785 = broadcast %784 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%786 = reshape %733 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%787 = broadcast %786 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%788 = mul %785, %787 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%789 = reduce_sum %788 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%790 = permute %789 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%791 = reshape %790 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%792 = matmul %791, %121 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%793 = broadcast %122 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%794 = add %792, %793 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%795 = add %699, %794 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%796 = reduce_sum %795 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%797 = broadcast %175 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%798 = div %796, %797 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%799 = broadcast %798 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%800 = sub %795, %799 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%801 = mul %800, %800 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%802 = reduce_sum %801 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%803 = div %802, %797 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%804 = broadcast %183 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%805 = add %803, %804 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%806 = rsqrt %805 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%807 = broadcast %806 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%808 = mul %800, %807 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%809 = broadcast %123 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%810 = mul %808, %809 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%811 = broadcast %124 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%812 = add %810, %811 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%813 = matmul %812, %125 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%814 = broadcast %126 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%815 = add %813, %814 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%816 = broadcast %293 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%817 = mul %816, %815 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%818 = broadcast %296 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%819 = mul %815, %818 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%820 = erf %819 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%821 = broadcast %300 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%822 = add %821, %820 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%823 = mul %817, %822 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%824 = matmul %823, %127 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%825 = broadcast %128 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%826 = add %824, %825 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%827 = add %795, %826 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%828 = concat %827, %429 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%829 = reduce_sum %828 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%830 = div %829, %702 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%831 = broadcast %830 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%832 = sub %828, %831 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%833 = mul %832, %832 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%834 = reduce_sum %833 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%835 = div %834, %702 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%836 = add %835, %709 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%837 = rsqrt %836 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%838 = broadcast %837 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%839 = mul %832, %838 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%840 = broadcast %129 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%841 = mul %839, %840 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%842 = broadcast %130 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%843 = add %841, %842 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%844 = slice %843 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%845 = matmul %844, %131 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%846 = broadcast %132 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%847 = add %845, %846 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%848 = reshape %847 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%849 = permute %848 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%850 = matmul %843, %133 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%851 = broadcast %134 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%852 = add %850, %851 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%853 = reshape %852 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%854 = permute %853 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%855 = matmul %843, %135 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%856 = broadcast %136 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%857 = add %855, %856 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%858 = reshape %857 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%859 = permute %858 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%860 = permute %854 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%861 = slice %849 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%862 = broadcast %861 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%863 = slice %860 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%864 = mul %862, %863 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%865 = slice %849 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%866 = broadcast %865 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%867 = slice %860 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%868 = mul %866, %867 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%869 = add %864, %868 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%870 = slice %849 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%871 = broadcast %870 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%872 = slice %860 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%873 = mul %871, %872 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%874 = add %869, %873 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%875 = slice %849 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%876 = broadcast %875 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%877 = slice %860 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%878 = mul %876, %877 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%879 = add %874, %878 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%880 = slice %849 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%881 = broadcast %880 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%882 = slice %860 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%883 = mul %881, %882 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%884 = add %879, %883 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%885 = slice %849 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%886 = broadcast %885 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%887 = slice %860 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%888 = mul %886, %887 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%889 = add %884, %888 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%890 = slice %849 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%891 = broadcast %890 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%892 = slice %860 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%893 = mul %891, %892 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%894 = add %889, %893 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%895 = slice %849 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%896 = broadcast %895 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%897 = slice %860 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%898 = mul %896, %897 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%899 = add %894, %898 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%900 = mul %899, %774 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%901 = reduce_max %900 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%902 = stop_gradient %901 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%903 = broadcast %902 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%904 = sub %900, %903 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%905 = exp %904 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%906 = reduce_sum %905 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%907 = broadcast %906 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%908 = div %905, %907 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%909 = reshape %908 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%910 = broadcast %909 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%911 = reshape %859 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%912 = broadcast %911 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%913 = mul %910, %912 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%914 = reduce_sum %913 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%915 = permute %914 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%916 = reshape %915 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%917 = matmul %916, %137 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%918 = broadcast %138 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%919 = add %917, %918 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%920 = add %827, %919 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%921 = reduce_sum %920 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%922 = div %921, %797 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%923 = broadcast %922 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%924 = sub %920, %923 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%925 = mul %924, %924 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%926 = reduce_sum %925 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%927 = div %926, %797 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%928 = add %927, %804 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%929 = rsqrt %928 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%930 = broadcast %929 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%931 = mul %924, %930 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%932 = broadcast %139 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%933 = mul %931, %932 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%934 = broadcast %140 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%935 = add %933, %934 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%936 = matmul %935, %141 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%937 = broadcast %142 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%938 = add %936, %937 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%939 = mul %816, %938 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%940 = mul %938, %818 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%941 = erf %940 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%942 = add %821, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%943 = mul %939, %942 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%944 = matmul %943, %143 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%945 = broadcast %144 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%946 = add %944, %945 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%947 = add %920, %946 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%948 = concat %947, %698 axis=1 : f32[4,17,16] @ models/dino_pass.yaml:109:30
%949 = reduce_sum %948 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%950 = div %949, %702 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%951 = broadcast %950 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%952 = sub %948, %951 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%953 = mul %952, %952 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%954 = reduce_sum %953 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%955 = div %954, %702 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%956 = add %955, %709 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%957 = rsqrt %956 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%958 = broadcast %957 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%959 = mul %952, %958 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%960 = broadcast %145 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%961 = mul %959, %960 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%962 = broadcast %146 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%963 = add %961, %962 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%964 = slice %963 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:110:28
%965 = matmul %964, %147 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%966 = broadcast %148 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%967 = add %965, %966 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%968 = broadcast %293 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%969 = mul %968, %967 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%970 = broadcast %296 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%971 = mul %967, %970 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%972 = erf %971 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%973 = broadcast %300 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%974 = add %973, %972 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%975 = mul %969, %974 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%976 = matmul %975, %149 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%977 = broadcast %150 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%978 = add %976, %977 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%979 = mul %968, %978 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%980 = mul %978, %970 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%981 = erf %980 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%982 = add %973, %981 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%983 = mul %979, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%984 = matmul %983, %151 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%985 = broadcast %152 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%986 = add %984, %985 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%987 = mul %986, %986 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%988 = reduce_sum %987 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%989 = sqrt %988 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%990 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%991 = broadcast %990 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%992 = max %989, %991 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%993 = broadcast %992 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%994 = div %986, %993 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%995 = broadcast %153 : f32[32,8] @ models/lib/dino.yaml:22:22
%996 = mul %995, %154 : f32[32,8] @ models/lib/dino.yaml:22:22
%997 = mul %154, %154 : f32[32,8] @ models/lib/dino.yaml:22:53
%998 = reduce_sum %997 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%999 = sqrt %998 : f32[32,1] @ models/lib/dino.yaml:22:35
%1000 = broadcast %999 : f32[32,8] @ models/lib/dino.yaml:22:33
%1001 = div %996, %1000 : f32[32,8] @ models/lib/dino.yaml:22:33
%1002 = matmul %994, %1001 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%1003 = slice %963 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/dino_pass.yaml:110:46
%1004 = matmul %1003, %155 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%1005 = broadcast %156 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1006 = add %1004, %1005 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1007 = broadcast %293 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1008 = mul %1007, %1006 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1009 = broadcast %296 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1010 = mul %1006, %1009 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1011 = erf %1010 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%1012 = broadcast %300 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1013 = add %1012, %1011 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1014 = mul %1008, %1013 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%1015 = matmul %1014, %157 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%1016 = broadcast %158 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1017 = add %1015, %1016 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1018 = mul %1007, %1017 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1019 = mul %1017, %1009 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1020 = erf %1019 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%1021 = add %1012, %1020 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1022 = mul %1018, %1021 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%1023 = matmul %1022, %159 ta=0 tb=1 : f32[4,16,8] @ models/lib/nn.yaml:83:15
%1024 = broadcast %160 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1025 = add %1023, %1024 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1026 = mul %1025, %1025 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%1027 = reduce_sum %1026 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%1028 = sqrt %1027 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%1029 = broadcast %990 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%1030 = max %1028, %1029 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%1031 = broadcast %1030 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%1032 = div %1025, %1031 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%1033 = broadcast %161 : f32[16,8] @ models/lib/dino.yaml:22:22
%1034 = mul %1033, %162 : f32[16,8] @ models/lib/dino.yaml:22:22
%1035 = mul %162, %162 : f32[16,8] @ models/lib/dino.yaml:22:53
%1036 = reduce_sum %1035 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%1037 = sqrt %1036 : f32[16,1] @ models/lib/dino.yaml:22:35
%1038 = broadcast %1037 : f32[16,8] @ models/lib/dino.yaml:22:33
%1039 = div %1034, %1038 : f32[16,8] @ models/lib/dino.yaml:22:33
%1040 = matmul %1032, %1039 ta=0 tb=1 : f32[4,16,16] @ models/lib/dino.yaml:23:18
%1041 = slice %1002 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1042 = slice %1002 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1043 = slice %1040 lo=[0,0,0] hi=[2,16,16] : f32[2,16,16] @ models/dino_pass.yaml:131:27
%1044 = slice %1040 lo=[2,0,0] hi=[4,16,16] : f32[2,16,16] @ models/dino_pass.yaml:131:27
%1045 = reshape %6 : f32[4,3,3,4,3,4] @ models/lib/vit.yaml:15:21
%1046 = permute %1045 perm=[0,2,4,1,3,5] : f32[4,3,3,3,4,4] @ models/lib/vit.yaml:15:13
%1047 = reshape %1046 : f32[4,9,48] @ models/lib/vit.yaml:16:13
%1048 = matmul %1047, %168 ta=0 tb=1 : f32[4,9,16] @ models/lib/vit.yaml:17:18
%1049 = broadcast %87 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1050 = add %1048, %1049 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1051 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%1052 = reshape %85 : f32[4,64] @ models/lib/vit.yaml:32:17
%1053 = matmul %1051, %1052 ta=0 tb=0 : f32[3,64] @ models/lib/vit.yaml:32:15
%1054 = reshape %1053 : f32[3,4,16] @ models/lib/vit.yaml:33:21
%1055 = permute %1054 perm=[1,0,2] : f32[4,3,16] @ models/lib/vit.yaml:33:13
%1056 = reshape %1055 : f32[4,48] @ models/lib/vit.yaml:34:17
%1057 = matmul %1051, %1056 ta=0 tb=0 : f32[3,48] @ models/lib/vit.yaml:34:15
%1058 = reshape %1057 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%1059 = permute %1058 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%1060 = reshape %1059 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%1061 = broadcast %1060 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%1062 = add %1050, %1061 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%1063 = reduce_sum %1062 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1064 = broadcast %175 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1065 = div %1063, %1064 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1066 = broadcast %1065 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1067 = sub %1062, %1066 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1068 = mul %1067, %1067 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1069 = reduce_sum %1068 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1070 = div %1069, %1064 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1071 = broadcast %183 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1072 = add %1070, %1071 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1073 = rsqrt %1072 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1074 = broadcast %1073 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1075 = mul %1067, %1074 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1076 = broadcast %88 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1077 = mul %1075, %1076 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1078 = broadcast %89 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1079 = add %1077, %1078 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1080 = matmul %1079, %90 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%1081 = broadcast %91 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1082 = add %1080, %1081 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1083 = reshape %1082 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1084 = permute %1083 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1085 = slice %1084 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1086 = reshape %1085 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%1087 = slice %1084 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1088 = reshape %1087 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%1089 = slice %1084 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1090 = reshape %1089 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%1091 = permute %1088 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%1092 = slice %1086 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1093 = broadcast %1092 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1094 = slice %1091 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1095 = broadcast %1094 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1096 = mul %1093, %1095 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1097 = slice %1086 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1098 = broadcast %1097 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1099 = slice %1091 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1100 = broadcast %1099 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1101 = mul %1098, %1100 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1102 = add %1096, %1101 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1103 = slice %1086 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1104 = broadcast %1103 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1105 = slice %1091 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1106 = broadcast %1105 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1107 = mul %1104, %1106 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1108 = add %1102, %1107 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1109 = slice %1086 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1110 = broadcast %1109 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1111 = slice %1091 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1112 = broadcast %1111 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1113 = mul %1110, %1112 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1114 = add %1108, %1113 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1115 = slice %1086 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1116 = broadcast %1115 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1117 = slice %1091 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1118 = broadcast %1117 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1119 = mul %1116, %1118 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1120 = add %1114, %1119 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1121 = slice %1086 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1122 = broadcast %1121 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1123 = slice %1091 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1124 = broadcast %1123 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1125 = mul %1122, %1124 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1126 = add %1120, %1125 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1127 = slice %1086 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1128 = broadcast %1127 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1129 = slice %1091 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1130 = broadcast %1129 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1131 = mul %1128, %1130 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1132 = add %1126, %1131 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1133 = slice %1086 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1134 = broadcast %1133 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1135 = slice %1091 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1136 = broadcast %1135 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1137 = mul %1134, %1136 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1138 = add %1132, %1137 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1139 = broadcast %252 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1140 = mul %1138, %1139 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1141 = reduce_max %1140 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1142 = stop_gradient %1141 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1143 = broadcast %1142 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1144 = sub %1140, %1143 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1145 = exp %1144 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1146 = reduce_sum %1145 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1147 = broadcast %1146 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1148 = div %1145, %1147 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1149 = reshape %1148 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1150 = broadcast %1149 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1151 = reshape %1090 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%1152 = broadcast %1151 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1153 = mul %1150, %1152 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1154 = reduce_sum %1153 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1155 = permute %1154 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%1156 = reshape %1155 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%1157 = matmul %1156, %92 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%1158 = broadcast %93 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1159 = add %1157, %1158 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1160 = add %1062, %1159 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1161 = reduce_sum %1160 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1162 = div %1161, %1064 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1163 = broadcast %1162 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1164 = sub %1160, %1163 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1165 = mul %1164, %1164 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1166 = reduce_sum %1165 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1167 = div %1166, %1064 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1168 = add %1167, %1071 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1169 = rsqrt %1168 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1170 = broadcast %1169 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1171 = mul %1164, %1170 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1172 = broadcast %94 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1173 = mul %1171, %1172 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1174 = broadcast %95 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1175 = add %1173, %1174 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1176 = matmul %1175, %96 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%1177 = broadcast %97 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1178 = add %1176, %1177 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1179 = broadcast %293 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1180 = mul %1179, %1178 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1181 = broadcast %296 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1182 = mul %1178, %1181 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1183 = erf %1182 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1184 = broadcast %300 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1185 = add %1184, %1183 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1186 = mul %1180, %1185 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1187 = matmul %1186, %98 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%1188 = broadcast %99 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1189 = add %1187, %1188 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1190 = add %1160, %1189 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1191 = reduce_sum %1190 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1192 = div %1191, %1064 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1193 = broadcast %1192 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1194 = sub %1190, %1193 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1195 = mul %1194, %1194 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1196 = reduce_sum %1195 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1197 = div %1196, %1064 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1198 = add %1197, %1071 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1199 = rsqrt %1198 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1200 = broadcast %1199 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1201 = mul %1194, %1200 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1202 = broadcast %100 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1203 = mul %1201, %1202 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1204 = broadcast %101 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1205 = add %1203, %1204 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1206 = matmul %1205, %102 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%1207 = broadcast %103 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1208 = add %1206, %1207 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1209 = reshape %1208 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1210 = permute %1209 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1211 = slice %1210 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1212 = reshape %1211 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%1213 = slice %1210 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1214 = reshape %1213 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%1215 = slice %1210 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1216 = reshape %1215 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%1217 = permute %1214 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%1218 = slice %1212 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1219 = broadcast %1218 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1220 = slice %1217 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1221 = broadcast %1220 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1222 = mul %1219, %1221 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1223 = slice %1212 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1224 = broadcast %1223 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1225 = slice %1217 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1226 = broadcast %1225 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1227 = mul %1224, %1226 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1228 = add %1222, %1227 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1229 = slice %1212 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1230 = broadcast %1229 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1231 = slice %1217 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1232 = broadcast %1231 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1233 = mul %1230, %1232 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1234 = add %1228, %1233 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1235 = slice %1212 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1236 = broadcast %1235 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1237 = slice %1217 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1238 = broadcast %1237 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1239 = mul %1236, %1238 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1240 = add %1234, %1239 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1241 = slice %1212 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1242 = broadcast %1241 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1243 = slice %1217 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1244 = broadcast %1243 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1245 = mul %1242, %1244 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1246 = add %1240, %1245 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1247 = slice %1212 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1248 = broadcast %1247 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1249 = slice %1217 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1250 = broadcast %1249 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1251 = mul %1248, %1250 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1252 = add %1246, %1251 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1253 = slice %1212 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1254 = broadcast %1253 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1255 = slice %1217 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1256 = broadcast %1255 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1257 = mul %1254, %1256 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1258 = add %1252, %1257 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1259 = slice %1212 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1260 = broadcast %1259 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1261 = slice %1217 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1262 = broadcast %1261 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1263 = mul %1260, %1262 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1264 = add %1258, %1263 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1265 = mul %1264, %1139 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1266 = reduce_max %1265 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1267 = stop_gradient %1266 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1268 = broadcast %1267 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1269 = sub %1265, %1268 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1270 = exp %1269 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1271 = reduce_sum %1270 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1272 = broadcast %1271 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1273 = div %1270, %1272 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1274 = reshape %1273 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1275 = broadcast %1274 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1276 = reshape %1216 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%1277 = broadcast %1276 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1278 = mul %1275, %1277 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1279 = reduce_sum %1278 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1280 = permute %1279 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%1281 = reshape %1280 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%1282 = matmul %1281, %104 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%1283 = broadcast %105 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1284 = add %1282, %1283 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1285 = add %1190, %1284 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1286 = reduce_sum %1285 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1287 = div %1286, %1064 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1288 = broadcast %1287 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1289 = sub %1285, %1288 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1290 = mul %1289, %1289 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1291 = reduce_sum %1290 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1292 = div %1291, %1064 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1293 = add %1292, %1071 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1294 = rsqrt %1293 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1295 = broadcast %1294 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1296 = mul %1289, %1295 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1297 = broadcast %106 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1298 = mul %1296, %1297 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1299 = broadcast %107 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1300 = add %1298, %1299 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1301 = matmul %1300, %108 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%1302 = broadcast %109 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1303 = add %1301, %1302 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1304 = mul %1179, %1303 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1305 = mul %1303, %1181 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1306 = erf %1305 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1307 = add %1184, %1306 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1308 = mul %1304, %1307 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1309 = matmul %1308, %110 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%1310 = broadcast %111 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1311 = add %1309, %1310 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1312 = add %1285, %1311 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1313 = grid_neighbors n=3 size=3 : i32[9,8] @ models/dino_pass.yaml:61:16
%1314 = neighbor_topk_gather %1312, %1313 k=2 : f32[4,9,2,16] @ models/dino_pass.yaml:77:16
%1315 = reshape %1314 : f32[36,2,16] @ models/dino_pass.yaml:87:23
%1316 = broadcast %112 : f32[36,1,16] @ models/lib/vit.yaml:116:31
%1317 = concat %1316, %1315 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1318 = reduce_sum %1317 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1319 = broadcast %175 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1320 = div %1318, %1319 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1321 = broadcast %1320 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1322 = sub %1317, %1321 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1323 = mul %1322, %1322 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1324 = reduce_sum %1323 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1325 = div %1324, %1319 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1326 = broadcast %183 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1327 = add %1325, %1326 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1328 = rsqrt %1327 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1329 = broadcast %1328 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1330 = mul %1322, %1329 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1331 = broadcast %113 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1332 = mul %1330, %1331 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1333 = broadcast %114 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1334 = add %1332, %1333 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1335 = slice %1334 lo=[0,0,0] hi=[36,1,16] : f32[36,1,16] @ models/lib/vit.yaml:78:33
%1336 = matmul %1335, %115 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1337 = broadcast %116 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1338 = add %1336, %1337 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1339 = reshape %1338 : f32[36,1,2,8] @ models/lib/vit.yaml:78:22
%1340 = permute %1339 perm=[0,2,1,3] : f32[36,2,1,8] @ models/lib/vit.yaml:78:14
%1341 = matmul %1334, %117 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1342 = broadcast %118 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1343 = add %1341, %1342 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1344 = reshape %1343 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1345 = permute %1344 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1346 = matmul %1334, %119 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1347 = broadcast %120 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1348 = add %1346, %1347 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1349 = reshape %1348 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1350 = permute %1349 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1351 = permute %1345 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1352 = slice %1340 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1353 = broadcast %1352 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1354 = slice %1351 lo=[0,0,0,0] hi=[36,2,1,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1355 = mul %1353, %1354 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1356 = slice %1340 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1357 = broadcast %1356 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1358 = slice %1351 lo=[0,0,1,0] hi=[36,2,2,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1359 = mul %1357, %1358 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1360 = add %1355, %1359 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1361 = slice %1340 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1362 = broadcast %1361 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1363 = slice %1351 lo=[0,0,2,0] hi=[36,2,3,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1364 = mul %1362, %1363 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1365 = add %1360, %1364 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1366 = slice %1340 lo=[0,0,0,3] hi=[36,2,1,4] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1367 = broadcast %1366 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1368 = slice %1351 lo=[0,0,3,0] hi=[36,2,4,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1369 = mul %1367, %1368 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1370 = add %1365, %1369 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1371 = slice %1340 lo=[0,0,0,4] hi=[36,2,1,5] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1372 = broadcast %1371 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1373 = slice %1351 lo=[0,0,4,0] hi=[36,2,5,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1374 = mul %1372, %1373 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1375 = add %1370, %1374 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1376 = slice %1340 lo=[0,0,0,5] hi=[36,2,1,6] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1377 = broadcast %1376 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1378 = slice %1351 lo=[0,0,5,0] hi=[36,2,6,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1379 = mul %1377, %1378 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1380 = add %1375, %1379 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1381 = slice %1340 lo=[0,0,0,6] hi=[36,2,1,7] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1382 = broadcast %1381 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1383 = slice %1351 lo=[0,0,6,0] hi=[36,2,7,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1384 = mul %1382, %1383 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1385 = add %1380, %1384 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1386 = slice %1340 lo=[0,0,0,7] hi=[36,2,1,8] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1387 = broadcast %1386 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1388 = slice %1351 lo=[0,0,7,0] hi=[36,2,8,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1389 = mul %1387, %1388 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1390 = add %1385, %1389 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1391 = broadcast %252 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1392 = mul %1390, %1391 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1393 = reduce_max %1392 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1394 = stop_gradient %1393 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1395 = broadcast %1394 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1396 = sub %1392, %1395 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1397 = exp %1396 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1398 = reduce_sum %1397 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1399 = broadcast %1398 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1400 = div %1397, %1399 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1401 = slice %1400 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1402 = broadcast %1401 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1403 = slice %1350 lo=[0,0,0,0] hi=[36,2,1,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1404 = mul %1402, %1403 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1405 = slice %1400 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1406 = broadcast %1405 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1407 = slice %1350 lo=[0,0,1,0] hi=[36,2,2,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1408 = mul %1406, %1407 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1409 = add %1404, %1408 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1410 = slice %1400 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1411 = broadcast %1410 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1412 = slice %1350 lo=[0,0,2,0] hi=[36,2,3,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1413 = mul %1411, %1412 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1414 = add %1409, %1413 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1415 = permute %1414 perm=[0,2,1,3] : f32[36,1,2,8] @ models/lib/nn.yaml:56:13
%1416 = reshape %1415 : f32[36,1,16] @ models/lib/nn.yaml:57:16
%1417 = matmul %1416, %121 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1418 = broadcast %122 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1419 = add %1417, %1418 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1420 = add %1316, %1419 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1421 = reduce_sum %1420 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1422 = broadcast %175 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1423 = div %1421, %1422 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1424 = broadcast %1423 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1425 = sub %1420, %1424 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1426 = mul %1425, %1425 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1427 = reduce_sum %1426 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1428 = div %1427, %1422 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1429 = broadcast %183 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1430 = add %1428, %1429 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1431 = rsqrt %1430 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1432 = broadcast %1431 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1433 = mul %1425, %1432 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1434 = broadcast %123 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1435 = mul %1433, %1434 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1436 = broadcast %124 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1437 = add %1435, %1436 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1438 = matmul %1437, %125 ta=0 tb=1 : f32[36,1,64] @ models/lib/nn.yaml:83:15
%1439 = broadcast %126 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1440 = add %1438, %1439 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1441 = broadcast %293 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1442 = mul %1441, %1440 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1443 = broadcast %296 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1444 = mul %1440, %1443 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1445 = erf %1444 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1446 = broadcast %300 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1447 = add %1446, %1445 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1448 = mul %1442, %1447 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1449 = matmul %1448, %127 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1450 = broadcast %128 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1451 = add %1449, %1450 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1452 = add %1420, %1451 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1453 = concat %1452, %1315 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1454 = reduce_sum %1453 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1455 = div %1454, %1319 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1456 = broadcast %1455 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1457 = sub %1453, %1456 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1458 = mul %1457, %1457 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1459 = reduce_sum %1458 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1460 = div %1459, %1319 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1461 = add %1460, %1326 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1462 = rsqrt %1461 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1463 = broadcast %1462 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1464 = mul %1457, %1463 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1465 = broadcast %129 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1466 = mul %1464, %1465 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1467 = broadcast %130 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1468 = add %1466, %1467 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1469 = slice %1468 lo=[0,0,0] hi=[36,1,16] : f32[36,1,16] @ models/lib/vit.yaml:78:33
%1470 = matmul %1469, %131 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1471 = broadcast %132 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1472 = add %1470, %1471 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1473 = reshape %1472 : f32[36,1,2,8] @ models/lib/vit.yaml:78:22
%1474 = permute %1473 perm=[0,2,1,3] : f32[36,2,1,8] @ models/lib/vit.yaml:78:14
%1475 = matmul %1468, %133 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1476 = broadcast %134 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1477 = add %1475, %1476 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1478 = reshape %1477 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1479 = permute %1478 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1480 = matmul %1468, %135 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1481 = broadcast %136 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1482 = add %1480, %1481 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1483 = reshape %1482 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1484 = permute %1483 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1485 = permute %1479 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1486 = slice %1474 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1487 = broadcast %1486 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1488 = slice %1485 lo=[0,0,0,0] hi=[36,2,1,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1489 = mul %1487, %1488 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1490 = slice %1474 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1491 = broadcast %1490 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1492 = slice %1485 lo=[0,0,1,0] hi=[36,2,2,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1493 = mul %1491, %1492 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1494 = add %1489, %1493 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1495 = slice %1474 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1496 = broadcast %1495 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1497 = slice %1485 lo=[0,0,2,0] hi=[36,2,3,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1498 = mul %1496, %1497 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1499 = add %1494, %1498 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1500 = slice %1474 lo=[0,0,0,3] hi=[36,2,1,4] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1501 = broadcast %1500 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1502 = slice %1485 lo=[0,0,3,0] hi=[36,2,4,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1503 = mul %1501, %1502 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1504 = add %1499, %1503 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1505 = slice %1474 lo=[0,0,0,4] hi=[36,2,1,5] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1506 = broadcast %1505 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1507 = slice %1485 lo=[0,0,4,0] hi=[36,2,5,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1508 = mul %1506, %1507 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1509 = add %1504, %1508 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1510 = slice %1474 lo=[0,0,0,5] hi=[36,2,1,6] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1511 = broadcast %1510 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1512 = slice %1485 lo=[0,0,5,0] hi=[36,2,6,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1513 = mul %1511, %1512 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1514 = add %1509, %1513 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1515 = slice %1474 lo=[0,0,0,6] hi=[36,2,1,7] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1516 = broadcast %1515 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1517 = slice %1485 lo=[0,0,6,0] hi=[36,2,7,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1518 = mul %1516, %1517 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1519 = add %1514, %1518 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1520 = slice %1474 lo=[0,0,0,7] hi=[36,2,1,8] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1521 = broadcast %1520 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1522 = slice %1485 lo=[0,0,7,0] hi=[36,2,8,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1523 = mul %1521, %1522 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1524 = add %1519, %1523 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1525 = mul %1524, %1391 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1526 = reduce_max %1525 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1527 = stop_gradient %1526 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1528 = broadcast %1527 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1529 = sub %1525, %1528 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1530 = exp %1529 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1531 = reduce_sum %1530 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1532 = broadcast %1531 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1533 = div %1530, %1532 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1534 = slice %1533 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1535 = broadcast %1534 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1536 = slice %1484 lo=[0,0,0,0] hi=[36,2,1,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1537 = mul %1535, %1536 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1538 = slice %1533 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1539 = broadcast %1538 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1540 = slice %1484 lo=[0,0,1,0] hi=[36,2,2,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1541 = mul %1539, %1540 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1542 = add %1537, %1541 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1543 = slice %1533 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1544 = broadcast %1543 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1545 = slice %1484 lo=[0,0,2,0] hi=[36,2,3,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1546 = mul %1544, %1545 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1547 = add %1542, %1546 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1548 = permute %1547 perm=[0,2,1,3] : f32[36,1,2,8] @ models/lib/nn.yaml:56:13
%1549 = reshape %1548 : f32[36,1,16] @ models/lib/nn.yaml:57:16
%1550 = matmul %1549, %137 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1551 = broadcast %138 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1552 = add %1550, %1551 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1553 = add %1452, %1552 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1554 = reduce_sum %1553 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1555 = div %1554, %1422 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1556 = broadcast %1555 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1557 = sub %1553, %1556 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1558 = mul %1557, %1557 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1559 = reduce_sum %1558 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1560 = div %1559, %1422 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1561 = add %1560, %1429 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1562 = rsqrt %1561 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1563 = broadcast %1562 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1564 = mul %1557, %1563 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1565 = broadcast %139 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1566 = mul %1564, %1565 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1567 = broadcast %140 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1568 = add %1566, %1567 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1569 = matmul %1568, %141 ta=0 tb=1 : f32[36,1,64] @ models/lib/nn.yaml:83:15
%1570 = broadcast %142 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1571 = add %1569, %1570 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1572 = mul %1441, %1571 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1573 = mul %1571, %1443 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1574 = erf %1573 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1575 = add %1446, %1574 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1576 = mul %1572, %1575 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1577 = matmul %1576, %143 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1578 = broadcast %144 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1579 = add %1577, %1578 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1580 = add %1553, %1579 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1581 = reshape %1580 : f32[4,9,16] @ models/dino_pass.yaml:88:16
%1582 = concat %699, %1312 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%1583 = reduce_sum %1582 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1584 = broadcast %175 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1585 = div %1583, %1584 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1586 = broadcast %1585 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1587 = sub %1582, %1586 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1588 = mul %1587, %1587 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1589 = reduce_sum %1588 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1590 = div %1589, %1584 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1591 = broadcast %183 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1592 = add %1590, %1591 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1593 = rsqrt %1592 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1594 = broadcast %1593 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1595 = mul %1587, %1594 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1596 = broadcast %113 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1597 = mul %1595, %1596 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1598 = broadcast %114 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1599 = add %1597, %1598 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1600 = slice %1599 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1601 = matmul %1600, %115 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1602 = add %1601, %720 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1603 = reshape %1602 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1604 = permute %1603 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1605 = matmul %1599, %117 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1606 = broadcast %118 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1607 = add %1605, %1606 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1608 = reshape %1607 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%1609 = permute %1608 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%1610 = matmul %1599, %119 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1611 = broadcast %120 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1612 = add %1610, %1611 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1613 = reshape %1612 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%1614 = permute %1613 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%1615 = permute %1609 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%1616 = slice %1604 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1617 = broadcast %1616 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1618 = slice %1615 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1619 = mul %1617, %1618 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1620 = slice %1604 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1621 = broadcast %1620 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1622 = slice %1615 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1623 = mul %1621, %1622 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1624 = add %1619, %1623 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1625 = slice %1604 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1626 = broadcast %1625 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1627 = slice %1615 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1628 = mul %1626, %1627 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1629 = add %1624, %1628 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1630 = slice %1604 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1631 = broadcast %1630 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1632 = slice %1615 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1633 = mul %1631, %1632 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1634 = add %1629, %1633 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1635 = slice %1604 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1636 = broadcast %1635 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1637 = slice %1615 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1638 = mul %1636, %1637 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1639 = add %1634, %1638 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1640 = slice %1604 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1641 = broadcast %1640 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1642 = slice %1615 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1643 = mul %1641, %1642 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1644 = add %1639, %1643 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1645 = slice %1604 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1646 = broadcast %1645 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1647 = slice %1615 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1648 = mul %1646, %1647 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1649 = add %1644, %1648 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1650 = slice %1604 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1651 = broadcast %1650 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1652 = slice %1615 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1653 = mul %1651, %1652 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1654 = add %1649, %1653 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1655 = broadcast %252 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1656 = mul %1654, %1655 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1657 = reduce_max %1656 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1658 = stop_gradient %1657 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1659 = broadcast %1658 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1660 = sub %1656, %1659 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1661 = exp %1660 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1662 = reduce_sum %1661 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1663 = broadcast %1662 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1664 = div %1661, %1663 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1665 = reshape %1664 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%1666 = broadcast %1665 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1667 = reshape %1614 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1668 = broadcast %1667 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1669 = mul %1666, %1668 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1670 = reduce_sum %1669 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1671 = permute %1670 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%1672 = reshape %1671 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%1673 = matmul %1672, %121 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1674 = add %1673, %793 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1675 = add %699, %1674 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1676 = reduce_sum %1675 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1677 = div %1676, %797 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1678 = broadcast %1677 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1679 = sub %1675, %1678 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1680 = mul %1679, %1679 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1681 = reduce_sum %1680 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1682 = div %1681, %797 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1683 = add %1682, %804 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1684 = rsqrt %1683 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1685 = broadcast %1684 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1686 = mul %1679, %1685 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1687 = mul %1686, %809 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1688 = add %1687, %811 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1689 = matmul %1688, %125 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1690 = add %1689, %814 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1691 = mul %816, %1690 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1692 = mul %1690, %818 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1693 = erf %1692 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1694 = add %821, %1693 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1695 = mul %1691, %1694 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1696 = matmul %1695, %127 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1697 = add %1696, %825 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1698 = add %1675, %1697 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1699 = concat %1698, %1312 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%1700 = reduce_sum %1699 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1701 = div %1700, %1584 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1702 = broadcast %1701 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1703 = sub %1699, %1702 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1704 = mul %1703, %1703 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1705 = reduce_sum %1704 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1706 = div %1705, %1584 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1707 = add %1706, %1591 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1708 = rsqrt %1707 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1709 = broadcast %1708 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1710 = mul %1703, %1709 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1711 = broadcast %129 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1712 = mul %1710, %1711 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1713 = broadcast %130 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1714 = add %1712, %1713 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1715 = slice %1714 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1716 = matmul %1715, %131 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1717 = add %1716, %846 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1718 = reshape %1717 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1719 = permute %1718 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1720 = matmul %1714, %133 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1721 = broadcast %134 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1722 = add %1720, %1721 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1723 = reshape %1722 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%1724 = permute %1723 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%1725 = matmul %1714, %135 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1726 = broadcast %136 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1727 = add %1725, %1726 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1728 = reshape %1727 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%1729 = permute %1728 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%1730 = permute %1724 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%1731 = slice %1719 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1732 = broadcast %1731 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1733 = slice %1730 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1734 = mul %1732, %1733 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1735 = slice %1719 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1736 = broadcast %1735 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1737 = slice %1730 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1738 = mul %1736, %1737 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1739 = add %1734, %1738 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1740 = slice %1719 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1741 = broadcast %1740 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1742 = slice %1730 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1743 = mul %1741, %1742 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1744 = add %1739, %1743 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1745 = slice %1719 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1746 = broadcast %1745 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1747 = slice %1730 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1748 = mul %1746, %1747 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1749 = add %1744, %1748 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1750 = slice %1719 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1751 = broadcast %1750 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1752 = slice %1730 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1753 = mul %1751, %1752 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1754 = add %1749, %1753 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1755 = slice %1719 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1756 = broadcast %1755 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1757 = slice %1730 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1758 = mul %1756, %1757 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1759 = add %1754, %1758 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1760 = slice %1719 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1761 = broadcast %1760 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1762 = slice %1730 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1763 = mul %1761, %1762 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1764 = add %1759, %1763 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1765 = slice %1719 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1766 = broadcast %1765 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1767 = slice %1730 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1768 = mul %1766, %1767 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1769 = add %1764, %1768 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1770 = mul %1769, %1655 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1771 = reduce_max %1770 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1772 = stop_gradient %1771 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1773 = broadcast %1772 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1774 = sub %1770, %1773 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1775 = exp %1774 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1776 = reduce_sum %1775 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1777 = broadcast %1776 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1778 = div %1775, %1777 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1779 = reshape %1778 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%1780 = broadcast %1779 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1781 = reshape %1729 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1782 = broadcast %1781 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1783 = mul %1780, %1782 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1784 = reduce_sum %1783 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1785 = permute %1784 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%1786 = reshape %1785 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%1787 = matmul %1786, %137 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1788 = add %1787, %918 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1789 = add %1698, %1788 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1790 = reduce_sum %1789 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1791 = div %1790, %797 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1792 = broadcast %1791 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1793 = sub %1789, %1792 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1794 = mul %1793, %1793 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1795 = reduce_sum %1794 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1796 = div %1795, %797 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1797 = add %1796, %804 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1798 = rsqrt %1797 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1799 = broadcast %1798 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1800 = mul %1793, %1799 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1801 = mul %1800, %932 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1802 = add %1801, %934 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1803 = matmul %1802, %141 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1804 = add %1803, %937 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1805 = mul %816, %1804 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1806 = mul %1804, %818 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1807 = erf %1806 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1808 = add %821, %1807 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1809 = mul %1805, %1808 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1810 = matmul %1809, %143 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1811 = add %1810, %945 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1812 = add %1789, %1811 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1813 = concat %1812, %1581 axis=1 : f32[4,10,16] @ models/dino_pass.yaml:109:30
%1814 = reduce_sum %1813 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1815 = div %1814, %1584 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1816 = broadcast %1815 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1817 = sub %1813, %1816 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1818 = mul %1817, %1817 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1819 = reduce_sum %1818 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1820 = div %1819, %1584 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1821 = add %1820, %1591 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1822 = rsqrt %1821 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1823 = broadcast %1822 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1824 = mul %1817, %1823 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1825 = broadcast %145 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1826 = mul %1824, %1825 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1827 = broadcast %146 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1828 = add %1826, %1827 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1829 = slice %1828 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:110:28
%1830 = matmul %1829, %147 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%1831 = add %1830, %966 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1832 = mul %968, %1831 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1833 = mul %1831, %970 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1834 = erf %1833 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1835 = add %973, %1834 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1836 = mul %1832, %1835 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1837 = matmul %1836, %149 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%1838 = add %1837, %977 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1839 = mul %968, %1838 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1840 = mul %1838, %970 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1841 = erf %1840 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1842 = add %973, %1841 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1843 = mul %1839, %1842 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1844 = matmul %1843, %151 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%1845 = add %1844, %985 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1846 = mul %1845, %1845 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%1847 = reduce_sum %1846 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1848 = sqrt %1847 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1849 = max %1848, %991 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1850 = broadcast %1849 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1851 = div %1845, %1850 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1852 = matmul %1851, %1001 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%1853 = slice %1828 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/dino_pass.yaml:110:46
%1854 = matmul %1853, %155 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%1855 = broadcast %156 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1856 = add %1854, %1855 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1857 = broadcast %293 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1858 = mul %1857, %1856 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1859 = broadcast %296 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1860 = mul %1856, %1859 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1861 = erf %1860 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%1862 = broadcast %300 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1863 = add %1862, %1861 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1864 = mul %1858, %1863 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%1865 = matmul %1864, %157 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%1866 = broadcast %158 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1867 = add %1865, %1866 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1868 = mul %1857, %1867 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1869 = mul %1867, %1859 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1870 = erf %1869 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%1871 = add %1862, %1870 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1872 = mul %1868, %1871 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%1873 = matmul %1872, %159 ta=0 tb=1 : f32[4,9,8] @ models/lib/nn.yaml:83:15
%1874 = broadcast %160 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%1875 = add %1873, %1874 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%1876 = mul %1875, %1875 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%1877 = reduce_sum %1876 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%1878 = sqrt %1877 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%1879 = broadcast %990 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1880 = max %1878, %1879 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1881 = broadcast %1880 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%1882 = div %1875, %1881 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%1883 = matmul %1882, %1039 ta=0 tb=1 : f32[4,9,16] @ models/lib/dino.yaml:23:18
%1884 = slice %1852 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1885 = slice %1852 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1886 = slice %1883 lo=[0,0,0] hi=[2,9,16] : f32[2,9,16] @ models/dino_pass.yaml:131:27
%1887 = slice %1883 lo=[2,0,0] hi=[4,9,16] : f32[2,9,16] @ models/dino_pass.yaml:131:27
%1888 = reshape %8 : f32[16,48] @ models/lib/vit.yaml:17:20
%1889 = matmul %167, %1888 ta=0 tb=1 : f32[4,16,16] @ models/lib/vit.yaml:17:18
%1890 = broadcast %9 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%1891 = add %1889, %1890 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%1892 = broadcast %7 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%1893 = add %1891, %1892 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%1894 = reduce_sum %1893 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1895 = div %1894, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1896 = broadcast %1895 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1897 = sub %1893, %1896 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1898 = mul %1897, %1897 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%1899 = reduce_sum %1898 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1900 = div %1899, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1901 = add %1900, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1902 = rsqrt %1901 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1903 = broadcast %1902 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1904 = mul %1897, %1903 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1905 = broadcast %10 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1906 = mul %1904, %1905 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1907 = broadcast %11 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1908 = add %1906, %1907 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1909 = matmul %1908, %12 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%1910 = broadcast %13 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%1911 = add %1909, %1910 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%1912 = reshape %1911 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%1913 = permute %1912 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%1914 = slice %1913 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%1915 = reshape %1914 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%1916 = slice %1913 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%1917 = reshape %1916 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%1918 = slice %1913 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%1919 = reshape %1918 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%1920 = permute %1917 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%1921 = slice %1915 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%1922 = broadcast %1921 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1923 = slice %1920 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%1924 = broadcast %1923 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1925 = mul %1922, %1924 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1926 = slice %1915 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%1927 = broadcast %1926 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1928 = slice %1920 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%1929 = broadcast %1928 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1930 = mul %1927, %1929 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1931 = add %1925, %1930 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1932 = slice %1915 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%1933 = broadcast %1932 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1934 = slice %1920 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%1935 = broadcast %1934 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1936 = mul %1933, %1935 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1937 = add %1931, %1936 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1938 = slice %1915 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%1939 = broadcast %1938 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1940 = slice %1920 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%1941 = broadcast %1940 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1942 = mul %1939, %1941 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1943 = add %1937, %1942 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1944 = slice %1915 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%1945 = broadcast %1944 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1946 = slice %1920 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%1947 = broadcast %1946 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1948 = mul %1945, %1947 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1949 = add %1943, %1948 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1950 = slice %1915 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%1951 = broadcast %1950 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1952 = slice %1920 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%1953 = broadcast %1952 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1954 = mul %1951, %1953 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1955 = add %1949, %1954 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1956 = slice %1915 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%1957 = broadcast %1956 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1958 = slice %1920 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%1959 = broadcast %1958 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1960 = mul %1957, %1959 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1961 = add %1955, %1960 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1962 = slice %1915 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%1963 = broadcast %1962 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1964 = slice %1920 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%1965 = broadcast %1964 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1966 = mul %1963, %1965 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1967 = add %1961, %1966 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1968 = mul %1967, %253 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1969 = reduce_max %1968 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%1970 = stop_gradient %1969 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%1971 = broadcast %1970 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1972 = sub %1968, %1971 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1973 = exp %1972 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1974 = reduce_sum %1973 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%1975 = broadcast %1974 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1976 = div %1973, %1975 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1977 = reshape %1976 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%1978 = broadcast %1977 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%1979 = reshape %1919 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%1980 = broadcast %1979 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%1981 = mul %1978, %1980 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%1982 = reduce_sum %1981 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%1983 = permute %1982 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%1984 = reshape %1983 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%1985 = matmul %1984, %14 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%1986 = broadcast %15 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1987 = add %1985, %1986 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1988 = add %1893, %1987 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%1989 = reduce_sum %1988 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1990 = div %1989, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1991 = broadcast %1990 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1992 = sub %1988, %1991 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1993 = mul %1992, %1992 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%1994 = reduce_sum %1993 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1995 = div %1994, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1996 = add %1995, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1997 = rsqrt %1996 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1998 = broadcast %1997 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1999 = mul %1992, %1998 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2000 = broadcast %16 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2001 = mul %1999, %2000 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2002 = broadcast %17 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2003 = add %2001, %2002 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2004 = matmul %2003, %18 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%2005 = broadcast %19 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2006 = add %2004, %2005 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2007 = mul %294, %2006 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%2008 = mul %2006, %297 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%2009 = erf %2008 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%2010 = add %301, %2009 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%2011 = mul %2007, %2010 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%2012 = matmul %2011, %20 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%2013 = broadcast %21 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2014 = add %2012, %2013 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2015 = add %1988, %2014 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%2016 = reduce_sum %2015 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2017 = div %2016, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2018 = broadcast %2017 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2019 = sub %2015, %2018 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2020 = mul %2019, %2019 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2021 = reduce_sum %2020 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2022 = div %2021, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2023 = add %2022, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2024 = rsqrt %2023 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2025 = broadcast %2024 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2026 = mul %2019, %2025 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2027 = broadcast %22 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2028 = mul %2026, %2027 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2029 = broadcast %23 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2030 = add %2028, %2029 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2031 = matmul %2030, %24 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%2032 = broadcast %25 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2033 = add %2031, %2032 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2034 = reshape %2033 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%2035 = permute %2034 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%2036 = slice %2035 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%2037 = reshape %2036 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%2038 = slice %2035 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%2039 = reshape %2038 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%2040 = slice %2035 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%2041 = reshape %2040 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%2042 = permute %2039 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%2043 = slice %2037 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2044 = broadcast %2043 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2045 = slice %2042 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2046 = broadcast %2045 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2047 = mul %2044, %2046 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2048 = slice %2037 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2049 = broadcast %2048 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2050 = slice %2042 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2051 = broadcast %2050 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2052 = mul %2049, %2051 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2053 = add %2047, %2052 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2054 = slice %2037 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2055 = broadcast %2054 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2056 = slice %2042 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2057 = broadcast %2056 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2058 = mul %2055, %2057 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2059 = add %2053, %2058 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2060 = slice %2037 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2061 = broadcast %2060 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2062 = slice %2042 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2063 = broadcast %2062 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2064 = mul %2061, %2063 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2065 = add %2059, %2064 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2066 = slice %2037 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2067 = broadcast %2066 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2068 = slice %2042 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2069 = broadcast %2068 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2070 = mul %2067, %2069 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2071 = add %2065, %2070 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2072 = slice %2037 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2073 = broadcast %2072 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2074 = slice %2042 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2075 = broadcast %2074 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2076 = mul %2073, %2075 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2077 = add %2071, %2076 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2078 = slice %2037 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2079 = broadcast %2078 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2080 = slice %2042 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2081 = broadcast %2080 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2082 = mul %2079, %2081 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2083 = add %2077, %2082 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2084 = slice %2037 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2085 = broadcast %2084 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2086 = slice %2042 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2087 = broadcast %2086 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2088 = mul %2085, %2087 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2089 = add %2083, %2088 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2090 = mul %2089, %253 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2091 = reduce_max %2090 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%2092 = stop_gradient %2091 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%2093 = broadcast %2092 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2094 = sub %2090, %2093 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2095 = exp %2094 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2096 = reduce_sum %2095 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%2097 = broadcast %2096 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2098 = div %2095, %2097 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2099 = reshape %2098 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%2100 = broadcast %2099 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2101 = reshape %2041 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%2102 = broadcast %2101 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2103 = mul %2100, %2102 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2104 = reduce_sum %2103 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2105 = permute %2104 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%2106 = reshape %2105 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%2107 = matmul %2106, %26 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%2108 = broadcast %27 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2109 = add %2107, %2108 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2110 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%2111 = broadcast %2110 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2112 = div %2109, %2111 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2113 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%2114 = rand_uniform %2113 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%2115 = broadcast %2110 : f32[4] @ models/lib/nn.yaml:44:35
%2116 = add %2115, %2114 : f32[4] @ models/lib/nn.yaml:44:35
%2117 = floor %2116 : f32[4] @ models/lib/nn.yaml:44:24
%2118 = reshape %2117 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2119 = broadcast %2118 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2120 = mul %2112, %2119 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2121 = add %2015, %2120 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%2122 = reduce_sum %2121 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2123 = div %2122, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2124 = broadcast %2123 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2125 = sub %2121, %2124 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2126 = mul %2125, %2125 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2127 = reduce_sum %2126 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2128 = div %2127, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2129 = add %2128, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2130 = rsqrt %2129 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2131 = broadcast %2130 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2132 = mul %2125, %2131 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2133 = broadcast %28 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2134 = mul %2132, %2133 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2135 = broadcast %29 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2136 = add %2134, %2135 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2137 = matmul %2136, %30 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%2138 = broadcast %31 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2139 = add %2137, %2138 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2140 = mul %294, %2139 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%2141 = mul %2139, %297 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%2142 = erf %2141 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%2143 = add %301, %2142 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%2144 = mul %2140, %2143 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%2145 = matmul %2144, %32 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%2146 = broadcast %33 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2147 = add %2145, %2146 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2148 = div %2147, %2111 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2149 = rand_uniform %2113 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%2150 = add %2115, %2149 : f32[4] @ models/lib/nn.yaml:44:35
%2151 = floor %2150 : f32[4] @ models/lib/nn.yaml:44:24
%2152 = reshape %2151 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2153 = broadcast %2152 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2154 = mul %2148, %2153 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2155 = add %2121, %2154 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%2156 = broadcast %34 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%2157 = concat %2156, %2155 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%2158 = reduce_sum %2157 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2159 = div %2158, %702 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2160 = broadcast %2159 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2161 = sub %2157, %2160 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2162 = mul %2161, %2161 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2163 = reduce_sum %2162 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2164 = div %2163, %702 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2165 = add %2164, %709 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2166 = rsqrt %2165 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2167 = broadcast %2166 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2168 = mul %2161, %2167 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2169 = broadcast %35 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2170 = mul %2168, %2169 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2171 = broadcast %36 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2172 = add %2170, %2171 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2173 = slice %2172 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2174 = matmul %2173, %37 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2175 = broadcast %38 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2176 = add %2174, %2175 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2177 = reshape %2176 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2178 = permute %2177 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2179 = matmul %2172, %39 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2180 = broadcast %40 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2181 = add %2179, %2180 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2182 = reshape %2181 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2183 = permute %2182 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%2184 = matmul %2172, %41 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2185 = broadcast %42 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2186 = add %2184, %2185 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2187 = reshape %2186 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%2188 = permute %2187 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%2189 = permute %2183 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2190 = slice %2178 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2191 = broadcast %2190 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2192 = slice %2189 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2193 = mul %2191, %2192 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2194 = slice %2178 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2195 = broadcast %2194 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2196 = slice %2189 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2197 = mul %2195, %2196 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2198 = add %2193, %2197 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2199 = slice %2178 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2200 = broadcast %2199 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2201 = slice %2189 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2202 = mul %2200, %2201 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2203 = add %2198, %2202 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2204 = slice %2178 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2205 = broadcast %2204 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2206 = slice %2189 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2207 = mul %2205, %2206 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2208 = add %2203, %2207 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2209 = slice %2178 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2210 = broadcast %2209 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2211 = slice %2189 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2212 = mul %2210, %2211 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2213 = add %2208, %2212 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2214 = slice %2178 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2215 = broadcast %2214 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2216 = slice %2189 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2217 = mul %2215, %2216 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2218 = add %2213, %2217 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2219 = slice %2178 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2220 = broadcast %2219 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2221 = slice %2189 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2222 = mul %2220, %2221 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2223 = add %2218, %2222 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2224 = slice %2178 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2225 = broadcast %2224 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2226 = slice %2189 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2227 = mul %2225, %2226 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2228 = add %2223, %2227 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2229 = mul %2228, %774 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2230 = reduce_max %2229 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2231 = stop_gradient %2230 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2232 = broadcast %2231 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2233 = sub %2229, %2232 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2234 = exp %2233 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2235 = reduce_sum %2234 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2236 = broadcast %2235 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2237 = div %2234, %2236 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2238 = reshape %2237 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%2239 = broadcast %2238 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2240 = reshape %2188 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2241 = broadcast %2240 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2242 = mul %2239, %2241 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2243 = reduce_sum %2242 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2244 = permute %2243 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%2245 = reshape %2244 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%2246 = matmul %2245, %43 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2247 = broadcast %44 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2248 = add %2246, %2247 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2249 = add %2156, %2248 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2250 = reduce_sum %2249 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2251 = div %2250, %797 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2252 = broadcast %2251 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2253 = sub %2249, %2252 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2254 = mul %2253, %2253 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2255 = reduce_sum %2254 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2256 = div %2255, %797 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2257 = add %2256, %804 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2258 = rsqrt %2257 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2259 = broadcast %2258 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2260 = mul %2253, %2259 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2261 = broadcast %45 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2262 = mul %2260, %2261 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2263 = broadcast %46 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2264 = add %2262, %2263 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2265 = matmul %2264, %47 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2266 = broadcast %48 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2267 = add %2265, %2266 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2268 = mul %816, %2267 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2269 = mul %2267, %818 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2270 = erf %2269 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2271 = add %821, %2270 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2272 = mul %2268, %2271 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2273 = matmul %2272, %49 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2274 = broadcast %50 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2275 = add %2273, %2274 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2276 = add %2249, %2275 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2277 = concat %2276, %2155 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%2278 = reduce_sum %2277 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2279 = div %2278, %702 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2280 = broadcast %2279 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2281 = sub %2277, %2280 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2282 = mul %2281, %2281 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2283 = reduce_sum %2282 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2284 = div %2283, %702 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2285 = add %2284, %709 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2286 = rsqrt %2285 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2287 = broadcast %2286 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2288 = mul %2281, %2287 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2289 = broadcast %51 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2290 = mul %2288, %2289 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2291 = broadcast %52 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2292 = add %2290, %2291 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2293 = slice %2292 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2294 = matmul %2293, %53 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2295 = broadcast %54 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2296 = add %2294, %2295 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2297 = reshape %2296 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2298 = permute %2297 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2299 = matmul %2292, %55 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2300 = broadcast %56 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2301 = add %2299, %2300 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2302 = reshape %2301 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2303 = permute %2302 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%2304 = matmul %2292, %57 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2305 = broadcast %58 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2306 = add %2304, %2305 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2307 = reshape %2306 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%2308 = permute %2307 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%2309 = permute %2303 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2310 = slice %2298 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2311 = broadcast %2310 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2312 = slice %2309 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2313 = mul %2311, %2312 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2314 = slice %2298 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2315 = broadcast %2314 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2316 = slice %2309 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2317 = mul %2315, %2316 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2318 = add %2313, %2317 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2319 = slice %2298 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2320 = broadcast %2319 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2321 = slice %2309 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2322 = mul %2320, %2321 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2323 = add %2318, %2322 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2324 = slice %2298 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2325 = broadcast %2324 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2326 = slice %2309 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2327 = mul %2325, %2326 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2328 = add %2323, %2327 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2329 = slice %2298 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2330 = broadcast %2329 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2331 = slice %2309 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2332 = mul %2330, %2331 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2333 = add %2328, %2332 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2334 = slice %2298 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2335 = broadcast %2334 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2336 = slice %2309 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2337 = mul %2335, %2336 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2338 = add %2333, %2337 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2339 = slice %2298 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2340 = broadcast %2339 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2341 = slice %2309 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2342 = mul %2340, %2341 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2343 = add %2338, %2342 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2344 = slice %2298 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2345 = broadcast %2344 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2346 = slice %2309 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2347 = mul %2345, %2346 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2348 = add %2343, %2347 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2349 = mul %2348, %774 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2350 = reduce_max %2349 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2351 = stop_gradient %2350 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2352 = broadcast %2351 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2353 = sub %2349, %2352 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2354 = exp %2353 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2355 = reduce_sum %2354 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2356 = broadcast %2355 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2357 = div %2354, %2356 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2358 = reshape %2357 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%2359 = broadcast %2358 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2360 = reshape %2308 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2361 = broadcast %2360 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2362 = mul %2359, %2361 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2363 = reduce_sum %2362 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2364 = permute %2363 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%2365 = reshape %2364 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%2366 = matmul %2365, %59 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2367 = broadcast %60 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2368 = add %2366, %2367 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2369 = add %2276, %2368 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2370 = reduce_sum %2369 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2371 = div %2370, %797 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2372 = broadcast %2371 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2373 = sub %2369, %2372 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2374 = mul %2373, %2373 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2375 = reduce_sum %2374 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2376 = div %2375, %797 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2377 = add %2376, %804 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2378 = rsqrt %2377 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2379 = broadcast %2378 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2380 = mul %2373, %2379 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2381 = broadcast %61 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2382 = mul %2380, %2381 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2383 = broadcast %62 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2384 = add %2382, %2383 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2385 = matmul %2384, %63 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2386 = broadcast %64 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2387 = add %2385, %2386 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2388 = mul %816, %2387 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2389 = mul %2387, %818 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2390 = erf %2389 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2391 = add %821, %2390 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2392 = mul %2388, %2391 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2393 = matmul %2392, %65 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2394 = broadcast %66 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2395 = add %2393, %2394 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2396 = add %2369, %2395 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2397 = concat %2396, %2155 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:111:21
%2398 = reduce_sum %2397 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2399 = div %2398, %702 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2400 = broadcast %2399 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2401 = sub %2397, %2400 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2402 = mul %2401, %2401 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2403 = reduce_sum %2402 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2404 = div %2403, %702 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2405 = add %2404, %709 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2406 = rsqrt %2405 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2407 = broadcast %2406 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2408 = mul %2401, %2407 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2409 = broadcast %67 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2410 = mul %2408, %2409 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2411 = broadcast %68 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2412 = add %2410, %2411 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2413 = slice %2412 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:103:28
%2414 = matmul %2413, %69 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2415 = broadcast %70 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2416 = add %2414, %2415 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2417 = mul %968, %2416 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2418 = mul %2416, %970 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2419 = erf %2418 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2420 = add %973, %2419 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2421 = mul %2417, %2420 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2422 = matmul %2421, %71 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2423 = broadcast %72 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2424 = add %2422, %2423 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2425 = mul %968, %2424 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2426 = mul %2424, %970 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2427 = erf %2426 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2428 = add %973, %2427 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2429 = mul %2425, %2428 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2430 = matmul %2429, %73 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%2431 = broadcast %74 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2432 = add %2430, %2431 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2433 = mul %2432, %2432 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2434 = reduce_sum %2433 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%2435 = sqrt %2434 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2436 = max %2435, %991 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2437 = broadcast %2436 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2438 = div %2432, %2437 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2439 = broadcast %75 : f32[32,8] @ models/lib/dino.yaml:22:22
%2440 = mul %2439, %76 : f32[32,8] @ models/lib/dino.yaml:22:22
%2441 = mul %76, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%2442 = reduce_sum %2441 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%2443 = sqrt %2442 : f32[32,1] @ models/lib/dino.yaml:22:35
%2444 = broadcast %2443 : f32[32,8] @ models/lib/dino.yaml:22:33
%2445 = div %2440, %2444 : f32[32,8] @ models/lib/dino.yaml:22:33
%2446 = matmul %2438, %2445 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%2447 = slice %2412 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/dino_pass.yaml:103:46
%2448 = matmul %2447, %77 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%2449 = broadcast %78 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2450 = add %2448, %2449 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2451 = mul %1007, %2450 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2452 = mul %2450, %1009 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2453 = erf %2452 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%2454 = add %1012, %2453 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2455 = mul %2451, %2454 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%2456 = matmul %2455, %79 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%2457 = broadcast %80 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2458 = add %2456, %2457 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2459 = mul %1007, %2458 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2460 = mul %2458, %1009 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2461 = erf %2460 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%2462 = add %1012, %2461 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2463 = mul %2459, %2462 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%2464 = matmul %2463, %81 ta=0 tb=1 : f32[4,16,8] @ models/lib/nn.yaml:83:15
%2465 = broadcast %82 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%2466 = add %2464, %2465 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%2467 = mul %2466, %2466 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%2468 = reduce_sum %2467 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%2469 = sqrt %2468 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%2470 = max %2469, %1029 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%2471 = broadcast %2470 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%2472 = div %2466, %2471 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%2473 = broadcast %83 : f32[16,8] @ models/lib/dino.yaml:22:22
%2474 = mul %2473, %84 : f32[16,8] @ models/lib/dino.yaml:22:22
%2475 = mul %84, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%2476 = reduce_sum %2475 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%2477 = sqrt %2476 : f32[16,1] @ models/lib/dino.yaml:22:35
%2478 = broadcast %2477 : f32[16,8] @ models/lib/dino.yaml:22:33
%2479 = div %2474, %2478 : f32[16,8] @ models/lib/dino.yaml:22:33
%2480 = matmul %2472, %2479 ta=0 tb=1 : f32[4,16,16] @ models/lib/dino.yaml:23:18
%2481 = slice %2446 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%2482 = slice %2446 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%2483 = slice %2480 lo=[0,0,0] hi=[2,16,16] : f32[2,16,16] @ models/dino_pass.yaml:132:27
%2484 = slice %2480 lo=[2,0,0] hi=[4,16,16] : f32[2,16,16] @ models/dino_pass.yaml:132:27
%2485 = matmul %1047, %1888 ta=0 tb=1 : f32[4,9,16] @ models/lib/vit.yaml:17:18
%2486 = broadcast %9 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%2487 = add %2485, %2486 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%2488 = reshape %7 : f32[4,64] @ models/lib/vit.yaml:32:17
%2489 = matmul %1051, %2488 ta=0 tb=0 : f32[3,64] @ models/lib/vit.yaml:32:15
%2490 = reshape %2489 : f32[3,4,16] @ models/lib/vit.yaml:33:21
%2491 = permute %2490 perm=[1,0,2] : f32[4,3,16] @ models/lib/vit.yaml:33:13
%2492 = reshape %2491 : f32[4,48] @ models/lib/vit.yaml:34:17
%2493 = matmul %1051, %2492 ta=0 tb=0 : f32[3,48] @ models/lib/vit.yaml:34:15
%2494 = reshape %2493 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%2495 = permute %2494 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%2496 = reshape %2495 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%2497 = broadcast %2496 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%2498 = add %2487, %2497 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%2499 = reduce_sum %2498 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2500 = div %2499, %1064 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2501 = broadcast %2500 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2502 = sub %2498, %2501 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2503 = mul %2502, %2502 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2504 = reduce_sum %2503 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2505 = div %2504, %1064 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2506 = add %2505, %1071 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2507 = rsqrt %2506 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2508 = broadcast %2507 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2509 = mul %2502, %2508 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2510 = broadcast %10 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2511 = mul %2509, %2510 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2512 = broadcast %11 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2513 = add %2511, %2512 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2514 = matmul %2513, %12 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%2515 = broadcast %13 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2516 = add %2514, %2515 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2517 = reshape %2516 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%2518 = permute %2517 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%2519 = slice %2518 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%2520 = reshape %2519 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%2521 = slice %2518 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%2522 = reshape %2521 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%2523 = slice %2518 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%2524 = reshape %2523 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%2525 = permute %2522 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%2526 = slice %2520 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2527 = broadcast %2526 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2528 = slice %2525 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2529 = broadcast %2528 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2530 = mul %2527, %2529 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2531 = slice %2520 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2532 = broadcast %2531 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2533 = slice %2525 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2534 = broadcast %2533 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2535 = mul %2532, %2534 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2536 = add %2530, %2535 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2537 = slice %2520 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2538 = broadcast %2537 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2539 = slice %2525 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2540 = broadcast %2539 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2541 = mul %2538, %2540 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2542 = add %2536, %2541 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2543 = slice %2520 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2544 = broadcast %2543 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2545 = slice %2525 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2546 = broadcast %2545 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2547 = mul %2544, %2546 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2548 = add %2542, %2547 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2549 = slice %2520 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2550 = broadcast %2549 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2551 = slice %2525 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2552 = broadcast %2551 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2553 = mul %2550, %2552 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2554 = add %2548, %2553 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2555 = slice %2520 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2556 = broadcast %2555 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2557 = slice %2525 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2558 = broadcast %2557 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2559 = mul %2556, %2558 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2560 = add %2554, %2559 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2561 = slice %2520 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2562 = broadcast %2561 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2563 = slice %2525 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2564 = broadcast %2563 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2565 = mul %2562, %2564 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2566 = add %2560, %2565 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2567 = slice %2520 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2568 = broadcast %2567 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2569 = slice %2525 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2570 = broadcast %2569 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2571 = mul %2568, %2570 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2572 = add %2566, %2571 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2573 = mul %2572, %1139 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2574 = reduce_max %2573 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%2575 = stop_gradient %2574 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%2576 = broadcast %2575 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2577 = sub %2573, %2576 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2578 = exp %2577 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%2579 = reduce_sum %2578 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%2580 = broadcast %2579 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2581 = div %2578, %2580 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2582 = reshape %2581 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%2583 = broadcast %2582 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2584 = reshape %2524 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%2585 = broadcast %2584 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2586 = mul %2583, %2585 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2587 = reduce_sum %2586 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%2588 = permute %2587 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%2589 = reshape %2588 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%2590 = matmul %2589, %14 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%2591 = broadcast %15 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2592 = add %2590, %2591 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2593 = add %2498, %2592 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%2594 = reduce_sum %2593 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2595 = div %2594, %1064 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2596 = broadcast %2595 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2597 = sub %2593, %2596 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2598 = mul %2597, %2597 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2599 = reduce_sum %2598 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2600 = div %2599, %1064 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2601 = add %2600, %1071 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2602 = rsqrt %2601 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2603 = broadcast %2602 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2604 = mul %2597, %2603 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2605 = broadcast %16 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2606 = mul %2604, %2605 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2607 = broadcast %17 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2608 = add %2606, %2607 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2609 = matmul %2608, %18 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%2610 = broadcast %19 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2611 = add %2609, %2610 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2612 = mul %1179, %2611 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%2613 = mul %2611, %1181 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%2614 = erf %2613 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%2615 = add %1184, %2614 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%2616 = mul %2612, %2615 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%2617 = matmul %2616, %20 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%2618 = broadcast %21 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2619 = add %2617, %2618 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2620 = add %2593, %2619 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%2621 = reduce_sum %2620 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2622 = div %2621, %1064 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2623 = broadcast %2622 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2624 = sub %2620, %2623 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2625 = mul %2624, %2624 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2626 = reduce_sum %2625 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2627 = div %2626, %1064 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2628 = add %2627, %1071 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2629 = rsqrt %2628 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2630 = broadcast %2629 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2631 = mul %2624, %2630 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2632 = broadcast %22 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2633 = mul %2631, %2632 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2634 = broadcast %23 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2635 = add %2633, %2634 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2636 = matmul %2635, %24 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%2637 = broadcast %25 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2638 = add %2636, %2637 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2639 = reshape %2638 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%2640 = permute %2639 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%2641 = slice %2640 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%2642 = reshape %2641 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%2643 = slice %2640 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%2644 = reshape %2643 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%2645 = slice %2640 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%2646 = reshape %2645 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%2647 = permute %2644 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%2648 = slice %2642 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2649 = broadcast %2648 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2650 = slice %2647 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2651 = broadcast %2650 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2652 = mul %2649, %2651 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2653 = slice %2642 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2654 = broadcast %2653 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2655 = slice %2647 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2656 = broadcast %2655 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2657 = mul %2654, %2656 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2658 = add %2652, %2657 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2659 = slice %2642 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2660 = broadcast %2659 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2661 = slice %2647 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2662 = broadcast %2661 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2663 = mul %2660, %2662 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2664 = add %2658, %2663 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2665 = slice %2642 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2666 = broadcast %2665 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2667 = slice %2647 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2668 = broadcast %2667 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2669 = mul %2666, %2668 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2670 = add %2664, %2669 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2671 = slice %2642 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2672 = broadcast %2671 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2673 = slice %2647 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2674 = broadcast %2673 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2675 = mul %2672, %2674 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2676 = add %2670, %2675 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2677 = slice %2642 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2678 = broadcast %2677 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2679 = slice %2647 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2680 = broadcast %2679 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2681 = mul %2678, %2680 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2682 = add %2676, %2681 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2683 = slice %2642 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2684 = broadcast %2683 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2685 = slice %2647 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2686 = broadcast %2685 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2687 = mul %2684, %2686 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2688 = add %2682, %2687 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2689 = slice %2642 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2690 = broadcast %2689 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2691 = slice %2647 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2692 = broadcast %2691 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2693 = mul %2690, %2692 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2694 = add %2688, %2693 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2695 = mul %2694, %1139 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2696 = reduce_max %2695 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%2697 = stop_gradient %2696 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%2698 = broadcast %2697 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2699 = sub %2695, %2698 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2700 = exp %2699 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%2701 = reduce_sum %2700 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%2702 = broadcast %2701 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2703 = div %2700, %2702 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2704 = reshape %2703 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%2705 = broadcast %2704 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2706 = reshape %2646 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%2707 = broadcast %2706 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2708 = mul %2705, %2707 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2709 = reduce_sum %2708 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%2710 = permute %2709 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%2711 = reshape %2710 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%2712 = matmul %2711, %26 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%2713 = broadcast %27 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2714 = add %2712, %2713 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2715 = broadcast %2110 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%2716 = div %2714, %2715 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%2717 = rand_uniform %2113 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%2718 = add %2115, %2717 : f32[4] @ models/lib/nn.yaml:44:35
%2719 = floor %2718 : f32[4] @ models/lib/nn.yaml:44:24
%2720 = reshape %2719 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2721 = broadcast %2720 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2722 = mul %2716, %2721 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2723 = add %2620, %2722 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%2724 = reduce_sum %2723 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2725 = div %2724, %1064 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2726 = broadcast %2725 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2727 = sub %2723, %2726 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2728 = mul %2727, %2727 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2729 = reduce_sum %2728 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2730 = div %2729, %1064 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2731 = add %2730, %1071 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2732 = rsqrt %2731 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2733 = broadcast %2732 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2734 = mul %2727, %2733 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2735 = broadcast %28 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2736 = mul %2734, %2735 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2737 = broadcast %29 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2738 = add %2736, %2737 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2739 = matmul %2738, %30 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%2740 = broadcast %31 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2741 = add %2739, %2740 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2742 = mul %1179, %2741 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%2743 = mul %2741, %1181 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%2744 = erf %2743 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%2745 = add %1184, %2744 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%2746 = mul %2742, %2745 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%2747 = matmul %2746, %32 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%2748 = broadcast %33 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2749 = add %2747, %2748 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2750 = div %2749, %2715 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%2751 = rand_uniform %2113 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%2752 = add %2115, %2751 : f32[4] @ models/lib/nn.yaml:44:35
%2753 = floor %2752 : f32[4] @ models/lib/nn.yaml:44:24
%2754 = reshape %2753 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2755 = broadcast %2754 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2756 = mul %2750, %2755 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2757 = add %2723, %2756 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%2758 = concat %2156, %2757 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%2759 = reduce_sum %2758 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2760 = div %2759, %1584 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2761 = broadcast %2760 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2762 = sub %2758, %2761 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2763 = mul %2762, %2762 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2764 = reduce_sum %2763 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2765 = div %2764, %1584 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2766 = add %2765, %1591 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2767 = rsqrt %2766 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2768 = broadcast %2767 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2769 = mul %2762, %2768 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2770 = broadcast %35 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2771 = mul %2769, %2770 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2772 = broadcast %36 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2773 = add %2771, %2772 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2774 = slice %2773 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2775 = matmul %2774, %37 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2776 = add %2775, %2175 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2777 = reshape %2776 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2778 = permute %2777 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2779 = matmul %2773, %39 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2780 = broadcast %40 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2781 = add %2779, %2780 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2782 = reshape %2781 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2783 = permute %2782 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2784 = matmul %2773, %41 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2785 = broadcast %42 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2786 = add %2784, %2785 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2787 = reshape %2786 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%2788 = permute %2787 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%2789 = permute %2783 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2790 = slice %2778 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2791 = broadcast %2790 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2792 = slice %2789 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2793 = mul %2791, %2792 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2794 = slice %2778 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2795 = broadcast %2794 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2796 = slice %2789 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2797 = mul %2795, %2796 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2798 = add %2793, %2797 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2799 = slice %2778 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2800 = broadcast %2799 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2801 = slice %2789 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2802 = mul %2800, %2801 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2803 = add %2798, %2802 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2804 = slice %2778 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2805 = broadcast %2804 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2806 = slice %2789 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2807 = mul %2805, %2806 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2808 = add %2803, %2807 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2809 = slice %2778 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2810 = broadcast %2809 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2811 = slice %2789 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2812 = mul %2810, %2811 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2813 = add %2808, %2812 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2814 = slice %2778 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2815 = broadcast %2814 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2816 = slice %2789 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2817 = mul %2815, %2816 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2818 = add %2813, %2817 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2819 = slice %2778 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2820 = broadcast %2819 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2821 = slice %2789 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2822 = mul %2820, %2821 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2823 = add %2818, %2822 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2824 = slice %2778 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2825 = broadcast %2824 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2826 = slice %2789 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2827 = mul %2825, %2826 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2828 = add %2823, %2827 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2829 = mul %2828, %1655 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2830 = reduce_max %2829 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2831 = stop_gradient %2830 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2832 = broadcast %2831 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2833 = sub %2829, %2832 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2834 = exp %2833 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2835 = reduce_sum %2834 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2836 = broadcast %2835 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2837 = div %2834, %2836 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2838 = reshape %2837 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%2839 = broadcast %2838 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2840 = reshape %2788 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2841 = broadcast %2840 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2842 = mul %2839, %2841 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2843 = reduce_sum %2842 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2844 = permute %2843 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%2845 = reshape %2844 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%2846 = matmul %2845, %43 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2847 = add %2846, %2247 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2848 = add %2156, %2847 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2849 = reduce_sum %2848 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2850 = div %2849, %797 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2851 = broadcast %2850 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2852 = sub %2848, %2851 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2853 = mul %2852, %2852 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2854 = reduce_sum %2853 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2855 = div %2854, %797 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2856 = add %2855, %804 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2857 = rsqrt %2856 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2858 = broadcast %2857 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2859 = mul %2852, %2858 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2860 = mul %2859, %2261 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2861 = add %2860, %2263 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2862 = matmul %2861, %47 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2863 = add %2862, %2266 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2864 = mul %816, %2863 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2865 = mul %2863, %818 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2866 = erf %2865 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2867 = add %821, %2866 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2868 = mul %2864, %2867 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2869 = matmul %2868, %49 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2870 = add %2869, %2274 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2871 = add %2848, %2870 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2872 = concat %2871, %2757 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%2873 = reduce_sum %2872 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2874 = div %2873, %1584 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2875 = broadcast %2874 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2876 = sub %2872, %2875 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2877 = mul %2876, %2876 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2878 = reduce_sum %2877 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2879 = div %2878, %1584 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2880 = add %2879, %1591 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2881 = rsqrt %2880 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2882 = broadcast %2881 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2883 = mul %2876, %2882 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2884 = broadcast %51 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2885 = mul %2883, %2884 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2886 = broadcast %52 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2887 = add %2885, %2886 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2888 = slice %2887 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2889 = matmul %2888, %53 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2890 = add %2889, %2295 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2891 = reshape %2890 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2892 = permute %2891 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2893 = matmul %2887, %55 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2894 = broadcast %56 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2895 = add %2893, %2894 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2896 = reshape %2895 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2897 = permute %2896 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2898 = matmul %2887, %57 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2899 = broadcast %58 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2900 = add %2898, %2899 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2901 = reshape %2900 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%2902 = permute %2901 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%2903 = permute %2897 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2904 = slice %2892 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2905 = broadcast %2904 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2906 = slice %2903 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2907 = mul %2905, %2906 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2908 = slice %2892 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2909 = broadcast %2908 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2910 = slice %2903 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2911 = mul %2909, %2910 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2912 = add %2907, %2911 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2913 = slice %2892 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2914 = broadcast %2913 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2915 = slice %2903 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2916 = mul %2914, %2915 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2917 = add %2912, %2916 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2918 = slice %2892 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2919 = broadcast %2918 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2920 = slice %2903 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2921 = mul %2919, %2920 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2922 = add %2917, %2921 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2923 = slice %2892 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2924 = broadcast %2923 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2925 = slice %2903 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2926 = mul %2924, %2925 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2927 = add %2922, %2926 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2928 = slice %2892 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2929 = broadcast %2928 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2930 = slice %2903 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2931 = mul %2929, %2930 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2932 = add %2927, %2931 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2933 = slice %2892 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2934 = broadcast %2933 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2935 = slice %2903 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2936 = mul %2934, %2935 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2937 = add %2932, %2936 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2938 = slice %2892 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2939 = broadcast %2938 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2940 = slice %2903 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2941 = mul %2939, %2940 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2942 = add %2937, %2941 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2943 = mul %2942, %1655 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2944 = reduce_max %2943 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2945 = stop_gradient %2944 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2946 = broadcast %2945 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2947 = sub %2943, %2946 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2948 = exp %2947 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2949 = reduce_sum %2948 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2950 = broadcast %2949 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2951 = div %2948, %2950 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2952 = reshape %2951 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%2953 = broadcast %2952 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2954 = reshape %2902 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2955 = broadcast %2954 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2956 = mul %2953, %2955 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2957 = reduce_sum %2956 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2958 = permute %2957 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%2959 = reshape %2958 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%2960 = matmul %2959, %59 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2961 = add %2960, %2367 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2962 = add %2871, %2961 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2963 = reduce_sum %2962 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2964 = div %2963, %797 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2965 = broadcast %2964 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2966 = sub %2962, %2965 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2967 = mul %2966, %2966 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2968 = reduce_sum %2967 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2969 = div %2968, %797 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2970 = add %2969, %804 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2971 = rsqrt %2970 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2972 = broadcast %2971 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2973 = mul %2966, %2972 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2974 = mul %2973, %2381 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2975 = add %2974, %2383 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2976 = matmul %2975, %63 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2977 = add %2976, %2386 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2978 = mul %816, %2977 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2979 = mul %2977, %818 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2980 = erf %2979 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2981 = add %821, %2980 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2982 = mul %2978, %2981 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2983 = matmul %2982, %65 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2984 = add %2983, %2394 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2985 = add %2962, %2984 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2986 = concat %2985, %2757 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:111:21
%2987 = reduce_sum %2986 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2988 = div %2987, %1584 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2989 = broadcast %2988 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2990 = sub %2986, %2989 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2991 = mul %2990, %2990 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2992 = reduce_sum %2991 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2993 = div %2992, %1584 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2994 = add %2993, %1591 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2995 = rsqrt %2994 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2996 = broadcast %2995 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2997 = mul %2990, %2996 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2998 = broadcast %67 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2999 = mul %2997, %2998 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3000 = broadcast %68 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3001 = add %2999, %3000 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3002 = slice %3001 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:103:28
%3003 = matmul %3002, %69 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%3004 = add %3003, %2415 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3005 = mul %968, %3004 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3006 = mul %3004, %970 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3007 = erf %3006 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3008 = add %973, %3007 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3009 = mul %3005, %3008 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3010 = matmul %3009, %71 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%3011 = add %3010, %2423 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3012 = mul %968, %3011 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3013 = mul %3011, %970 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3014 = erf %3013 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3015 = add %973, %3014 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3016 = mul %3012, %3015 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3017 = matmul %3016, %73 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%3018 = add %3017, %2431 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3019 = mul %3018, %3018 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3020 = reduce_sum %3019 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%3021 = sqrt %3020 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3022 = max %3021, %991 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3023 = broadcast %3022 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3024 = div %3018, %3023 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3025 = matmul %3024, %2445 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%3026 = slice %3001 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/dino_pass.yaml:103:46
%3027 = matmul %3026, %77 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%3028 = broadcast %78 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3029 = add %3027, %3028 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3030 = mul %1857, %3029 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3031 = mul %3029, %1859 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3032 = erf %3031 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3033 = add %1862, %3032 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3034 = mul %3030, %3033 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3035 = matmul %3034, %79 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%3036 = broadcast %80 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3037 = add %3035, %3036 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3038 = mul %1857, %3037 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3039 = mul %3037, %1859 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3040 = erf %3039 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3041 = add %1862, %3040 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3042 = mul %3038, %3041 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3043 = matmul %3042, %81 ta=0 tb=1 : f32[4,9,8] @ models/lib/nn.yaml:83:15
%3044 = broadcast %82 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3045 = add %3043, %3044 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3046 = mul %3045, %3045 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3047 = reduce_sum %3046 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%3048 = sqrt %3047 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3049 = max %3048, %1879 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3050 = broadcast %3049 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3051 = div %3045, %3050 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3052 = matmul %3051, %2479 ta=0 tb=1 : f32[4,9,16] @ models/lib/dino.yaml:23:18
%3053 = slice %3025 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3054 = slice %3025 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3055 = slice %3052 lo=[0,0,0] hi=[2,9,16] : f32[2,9,16] @ models/dino_pass.yaml:132:27
%3056 = slice %3052 lo=[2,0,0] hi=[4,9,16] : f32[2,9,16] @ models/dino_pass.yaml:132:27
%3057 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3058 = sub %1041, %3057 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3059 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3060 = div %3058, %3059 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3061 = reduce_max %3060 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3062 = stop_gradient %3061 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3063 = broadcast %3062 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3064 = sub %3060, %3063 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3065 = exp %3064 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3066 = reduce_sum %3065 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3067 = broadcast %3066 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3068 = div %3065, %3067 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3069 = stop_gradient %3068 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3070 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%3071 = broadcast %3070 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3072 = div %2482, %3071 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3073 = reduce_max %3072 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3074 = stop_gradient %3073 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3075 = broadcast %3074 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3076 = sub %3072, %3075 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3077 = exp %3076 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3078 = reduce_sum %3077 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3079 = log %3078 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3080 = broadcast %3079 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3081 = sub %3076, %3080 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3082 = mul %3069, %3081 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3083 = reduce_sum %3082 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3084 = neg %3083 : f32[2,1] @ models/lib/dino.yaml:39:21
%3085 = reduce_sum %3084 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3086 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%3087 = div %3085, %3086 : f32[] @ models/lib/dino.yaml:39:16
%3088 = div %3053, %3071 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3089 = reduce_max %3088 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3090 = stop_gradient %3089 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3091 = broadcast %3090 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3092 = sub %3088, %3091 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3093 = exp %3092 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3094 = reduce_sum %3093 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3095 = log %3094 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3096 = broadcast %3095 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3097 = sub %3092, %3096 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3098 = mul %3069, %3097 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3099 = reduce_sum %3098 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3100 = neg %3099 : f32[2,1] @ models/lib/dino.yaml:39:21
%3101 = reduce_sum %3100 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3102 = div %3101, %3086 : f32[] @ models/lib/dino.yaml:39:16
%3103 = add %3087, %3102 : f32[] @ models/dino_pass.yaml:148:11
%3104 = div %3054, %3071 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3105 = reduce_max %3104 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3106 = stop_gradient %3105 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3107 = broadcast %3106 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3108 = sub %3104, %3107 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3109 = exp %3108 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3110 = reduce_sum %3109 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3111 = log %3110 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3112 = broadcast %3111 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3113 = sub %3108, %3112 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3114 = mul %3069, %3113 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3115 = reduce_sum %3114 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3116 = neg %3115 : f32[2,1] @ models/lib/dino.yaml:39:21
%3117 = reduce_sum %3116 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3118 = div %3117, %3086 : f32[] @ models/lib/dino.yaml:39:16
%3119 = add %3103, %3118 : f32[] @ models/dino_pass.yaml:148:11
%3120 = sub %1042, %3057 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3121 = div %3120, %3059 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3122 = reduce_max %3121 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3123 = stop_gradient %3122 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3124 = broadcast %3123 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3125 = sub %3121, %3124 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3126 = exp %3125 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3127 = reduce_sum %3126 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3128 = broadcast %3127 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3129 = div %3126, %3128 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3130 = stop_gradient %3129 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3131 = div %2481, %3071 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3132 = reduce_max %3131 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3133 = stop_gradient %3132 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3134 = broadcast %3133 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3135 = sub %3131, %3134 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3136 = exp %3135 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3137 = reduce_sum %3136 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3138 = log %3137 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3139 = broadcast %3138 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3140 = sub %3135, %3139 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3141 = mul %3130, %3140 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3142 = reduce_sum %3141 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3143 = neg %3142 : f32[2,1] @ models/lib/dino.yaml:39:21
%3144 = reduce_sum %3143 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3145 = div %3144, %3086 : f32[] @ models/lib/dino.yaml:39:16
%3146 = add %3119, %3145 : f32[] @ models/dino_pass.yaml:148:11
%3147 = mul %3130, %3097 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3148 = reduce_sum %3147 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3149 = neg %3148 : f32[2,1] @ models/lib/dino.yaml:39:21
%3150 = reduce_sum %3149 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3151 = div %3150, %3086 : f32[] @ models/lib/dino.yaml:39:16
%3152 = add %3146, %3151 : f32[] @ models/dino_pass.yaml:148:11
%3153 = mul %3130, %3113 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3154 = reduce_sum %3153 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3155 = neg %3154 : f32[2,1] @ models/lib/dino.yaml:39:21
%3156 = reduce_sum %3155 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3157 = div %3156, %3086 : f32[] @ models/lib/dino.yaml:39:16
%3158 = add %3152, %3157 : f32[] @ models/dino_pass.yaml:148:11
%3159 = const data=[6] : f32[] @ models/dino_pass.yaml:145:3
%3160 = div %3158, %3159 : f32[] @ models/dino_pass.yaml:145:3
%3161 = output %3160 name="loss.cls" : f32[] @ models/dino_pass.yaml:145:3
%3162 = broadcast %164 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3163 = sub %1043, %3162 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3164 = broadcast %4 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3165 = div %3163, %3164 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3166 = reduce_max %3165 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%3167 = stop_gradient %3166 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%3168 = broadcast %3167 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3169 = sub %3165, %3168 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3170 = exp %3169 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3171 = reduce_sum %3170 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%3172 = broadcast %3171 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3173 = div %3170, %3172 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3174 = stop_gradient %3173 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3175 = broadcast %3070 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3176 = div %2483, %3175 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3177 = reduce_max %3176 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%3178 = stop_gradient %3177 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%3179 = broadcast %3178 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3180 = sub %3176, %3179 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3181 = exp %3180 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3182 = reduce_sum %3181 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%3183 = log %3182 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3184 = broadcast %3183 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3185 = sub %3180, %3184 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3186 = mul %3174, %3185 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3187 = reduce_sum %3186 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%3188 = neg %3187 : f32[2,16] @ models/lib/dino.yaml:39:21
%3189 = reduce_sum %3188 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3190 = const data=[32] : f32[] @ models/lib/dino.yaml:39:16
%3191 = div %3189, %3190 : f32[] @ models/lib/dino.yaml:39:16
%3192 = sub %1044, %3162 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3193 = div %3192, %3164 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3194 = reduce_max %3193 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%3195 = stop_gradient %3194 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%3196 = broadcast %3195 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3197 = sub %3193, %3196 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3198 = exp %3197 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3199 = reduce_sum %3198 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%3200 = broadcast %3199 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3201 = div %3198, %3200 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3202 = stop_gradient %3201 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3203 = div %2484, %3175 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3204 = reduce_max %3203 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%3205 = stop_gradient %3204 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%3206 = broadcast %3205 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3207 = sub %3203, %3206 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3208 = exp %3207 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3209 = reduce_sum %3208 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%3210 = log %3209 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3211 = broadcast %3210 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3212 = sub %3207, %3211 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3213 = mul %3202, %3212 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3214 = reduce_sum %3213 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%3215 = neg %3214 : f32[2,16] @ models/lib/dino.yaml:39:21
%3216 = reduce_sum %3215 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3217 = div %3216, %3190 : f32[] @ models/lib/dino.yaml:39:16
%3218 = add %3191, %3217 : f32[] @ models/dino_pass.yaml:152:11
%3219 = broadcast %164 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3220 = sub %1886, %3219 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3221 = broadcast %4 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3222 = div %3220, %3221 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3223 = reduce_max %3222 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%3224 = stop_gradient %3223 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%3225 = broadcast %3224 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3226 = sub %3222, %3225 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3227 = exp %3226 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%3228 = reduce_sum %3227 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%3229 = broadcast %3228 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3230 = div %3227, %3229 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3231 = stop_gradient %3230 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3232 = broadcast %3070 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3233 = div %3055, %3232 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3234 = reduce_max %3233 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%3235 = stop_gradient %3234 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%3236 = broadcast %3235 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3237 = sub %3233, %3236 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3238 = exp %3237 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3239 = reduce_sum %3238 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%3240 = log %3239 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3241 = broadcast %3240 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3242 = sub %3237, %3241 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3243 = mul %3231, %3242 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3244 = reduce_sum %3243 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%3245 = neg %3244 : f32[2,9] @ models/lib/dino.yaml:39:21
%3246 = reduce_sum %3245 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3247 = const data=[18] : f32[] @ models/lib/dino.yaml:39:16
%3248 = div %3246, %3247 : f32[] @ models/lib/dino.yaml:39:16
%3249 = add %3218, %3248 : f32[] @ models/dino_pass.yaml:152:11
%3250 = sub %1887, %3219 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3251 = div %3250, %3221 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3252 = reduce_max %3251 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%3253 = stop_gradient %3252 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%3254 = broadcast %3253 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3255 = sub %3251, %3254 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3256 = exp %3255 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%3257 = reduce_sum %3256 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%3258 = broadcast %3257 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3259 = div %3256, %3258 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3260 = stop_gradient %3259 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3261 = div %3056, %3232 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3262 = reduce_max %3261 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%3263 = stop_gradient %3262 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%3264 = broadcast %3263 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3265 = sub %3261, %3264 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3266 = exp %3265 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3267 = reduce_sum %3266 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%3268 = log %3267 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3269 = broadcast %3268 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3270 = sub %3265, %3269 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3271 = mul %3260, %3270 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3272 = reduce_sum %3271 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%3273 = neg %3272 : f32[2,9] @ models/lib/dino.yaml:39:21
%3274 = reduce_sum %3273 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3275 = div %3274, %3247 : f32[] @ models/lib/dino.yaml:39:16
%3276 = add %3249, %3275 : f32[] @ models/dino_pass.yaml:152:11
%3277 = const data=[4] : f32[] @ models/dino_pass.yaml:149:3
%3278 = div %3276, %3277 : f32[] @ models/dino_pass.yaml:149:3
%3279 = output %3278 name="loss.patch" : f32[] @ models/dino_pass.yaml:149:3
%3280 = mul %3278, %3070 : f32[] @ models/dino_pass.yaml:149:3
%3281 = add %3160, %3280 : f32[] @ models/dino_pass.yaml:149:3
%3282 = output %3281 name="loss" : f32[] @ models/dino_pass.yaml:145:3
%3283 = broadcast %2110 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%3284 = mul %163, %3283 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%3285 = concat %1041, %1042, %1884, %1885 axis=0 : f32[8,1,32] @ models/dino_pass.yaml:138:75
%3286 = reduce_sum %3285 axes=[0] keep=1 : f32[1,1,32] @ models/lib/nn.yaml:73:26
%3287 = all_reduce_sum %3286 : f32[1,1,32] @ models/lib/nn.yaml:73:16
%3288 = const data=[8] : f32[] @ models/lib/nn.yaml:73:65
%3289 = broadcast %3288 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%3290 = div %3287, %3289 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%3291 = broadcast %3070 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%3292 = mul %3291, %3290 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%3293 = add %3284, %3292 : f32[1,1,32] @ models/dino_pass.yaml:138:38
%3294 = assign %163, %3293 : f32[1,1,32] @ models/dino_pass.yaml:138:13
%3295 = broadcast %2110 : f32[1,16] @ models/dino_pass.yaml:142:26
%3296 = mul %164, %3295 : f32[1,16] @ models/dino_pass.yaml:142:26
%3297 = reshape %1043 : f32[32,16] @ models/dino_pass.yaml:142:81
%3298 = reshape %1044 : f32[32,16] @ models/dino_pass.yaml:142:81
%3299 = reshape %1886 : f32[18,16] @ models/dino_pass.yaml:142:81
%3300 = reshape %1887 : f32[18,16] @ models/dino_pass.yaml:142:81
%3301 = concat %3297, %3298, %3299, %3300 axis=0 : f32[100,16] @ models/dino_pass.yaml:142:81
%3302 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,100] @ models/lib/nn.yaml:73:26
%3303 = reshape %3301 : f32[100,16] @ models/lib/nn.yaml:73:26
%3304 = matmul %3302, %3303 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%3305 = reshape %3304 : f32[1,16] @ models/lib/nn.yaml:73:26
%3306 = all_reduce_sum %3305 : f32[1,16] @ models/lib/nn.yaml:73:16
%3307 = const data=[1e+02] : f32[] @ models/lib/nn.yaml:73:65
%3308 = broadcast %3307 : f32[1,16] @ models/lib/nn.yaml:73:52
%3309 = div %3306, %3308 : f32[1,16] @ models/lib/nn.yaml:73:52
%3310 = broadcast %3070 : f32[1,16] @ models/dino_pass.yaml:142:68
%3311 = mul %3310, %3309 : f32[1,16] @ models/dino_pass.yaml:142:68
%3312 = add %3296, %3311 : f32[1,16] @ models/dino_pass.yaml:142:44
%3313 = assign %164, %3312 : f32[1,16] @ models/dino_pass.yaml:142:13
%3314 = cast %1 : f64[] @ models/dino_pass.yaml:122:3
%3315 = cast %2 : f64[] @ models/dino_pass.yaml:123:3
%3316 = cast %3 : f64[] @ models/dino_pass.yaml:124:3
%3317 = const data=[-0.0013888889] : f32[] @ models/lib/dino.yaml:39:21
%3318 = broadcast %3317 : f32[2,9] @ models/lib/dino.yaml:39:21
%3319 = reshape %3318 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%3320 = broadcast %3319 : f32[2,9,16] @ models/lib/dino.yaml:39:22
%3321 = mul %3320, %3260 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3322 = neg %3321 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3323 = reduce_sum %3322 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%3324 = div %3323, %3267 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3325 = broadcast %3324 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%3326 = mul %3325, %3266 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3327 = add %3321, %3326 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3328 = div %3327, %3232 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3329 = mul %3320, %3231 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3330 = neg %3329 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3331 = reduce_sum %3330 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%3332 = div %3331, %3239 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3333 = broadcast %3332 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%3334 = mul %3333, %3238 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3335 = add %3329, %3334 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3336 = div %3335, %3232 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3337 = const data=[-0.00078125] : f32[] @ models/lib/dino.yaml:39:21
%3338 = broadcast %3337 : f32[2,16] @ models/lib/dino.yaml:39:21
%3339 = reshape %3338 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%3340 = broadcast %3339 : f32[2,16,16] @ models/lib/dino.yaml:39:22
%3341 = mul %3340, %3202 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3342 = neg %3341 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3343 = reduce_sum %3342 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%3344 = div %3343, %3209 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3345 = broadcast %3344 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%3346 = mul %3345, %3208 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3347 = add %3341, %3346 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3348 = div %3347, %3175 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3349 = mul %3340, %3174 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3350 = neg %3349 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3351 = reduce_sum %3350 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%3352 = div %3351, %3182 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3353 = broadcast %3352 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%3354 = mul %3353, %3181 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3355 = add %3349, %3354 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3356 = div %3355, %3175 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3357 = const data=[-0.083333336] : f32[] @ models/lib/dino.yaml:39:21
%3358 = broadcast %3357 : f32[2,1] @ models/lib/dino.yaml:39:21
%3359 = reshape %3358 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3360 = broadcast %3359 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3361 = mul %3360, %3130 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3362 = neg %3361 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3363 = reduce_sum %3362 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3364 = div %3363, %3110 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3365 = broadcast %3364 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3366 = mul %3365, %3109 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3367 = add %3361, %3366 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3368 = div %3367, %3071 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3369 = div %3363, %3094 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3370 = broadcast %3369 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3371 = mul %3370, %3093 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3372 = add %3361, %3371 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3373 = div %3372, %3071 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3374 = div %3363, %3137 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3375 = broadcast %3374 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3376 = mul %3375, %3136 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3377 = add %3361, %3376 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3378 = div %3377, %3071 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3379 = mul %3360, %3069 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3380 = neg %3379 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3381 = reduce_sum %3380 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3382 = div %3381, %3110 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3383 = broadcast %3382 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3384 = mul %3383, %3109 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3385 = add %3379, %3384 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3386 = div %3385, %3071 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3387 = add %3368, %3386 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3388 = div %3381, %3094 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3389 = broadcast %3388 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3390 = mul %3389, %3093 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3391 = add %3379, %3390 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3392 = div %3391, %3071 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3393 = add %3373, %3392 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3394 = div %3381, %3078 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3395 = broadcast %3394 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3396 = mul %3395, %3077 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3397 = add %3379, %3396 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3398 = div %3397, %3071 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3399 = concat %3336, %3328 axis=0 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%3400 = concat %3393, %3387 axis=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3401 = matmul %3399, %2479 ta=0 tb=0 : f32[4,9,8] @ models/lib/dino.yaml:23:18
%3402 = reshape %3051 : f32[36,8] @ models/lib/dino.yaml:23:18
%3403 = reshape %3399 : f32[36,16] @ models/lib/dino.yaml:23:18
%3404 = matmul %3403, %3402 ta=1 tb=0 : f32[16,8] @ models/lib/dino.yaml:23:18
%3405 = div %3404, %2478 : f32[16,8] @ models/lib/dino.yaml:22:33
%3406 = mul %3405, %2479 : f32[16,8] @ models/lib/dino.yaml:22:33
%3407 = neg %3406 : f32[16,8] @ models/lib/dino.yaml:22:33
%3408 = reduce_sum %3407 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%3409 = broadcast %293 : f32[16,1] @ models/lib/dino.yaml:22:35
%3410 = mul %3408, %3409 : f32[16,1] @ models/lib/dino.yaml:22:35
%3411 = div %3410, %2477 : f32[16,1] @ models/lib/dino.yaml:22:35
%3412 = broadcast %3411 : f32[16,8] @ models/lib/dino.yaml:22:40
%3413 = mul %3412, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3414 = add %3413, %3413 : f32[16,8] @ models/lib/dino.yaml:22:53
%3415 = mul %3405, %2473 : f32[16,8] @ models/lib/dino.yaml:22:22
%3416 = add %3414, %3415 : f32[16,8] @ models/lib/dino.yaml:22:22
%3417 = div %3401, %3050 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3418 = mul %3417, %3051 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3419 = neg %3418 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3420 = reduce_sum %3419 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:18
%3421 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%3422 = broadcast %3421 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3423 = broadcast %293 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3424 = mul %3420, %3423 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3425 = eq %3048, %1879 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%3426 = select %3425, %3424, %3422 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3427 = gt %3048, %1879 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%3428 = select %3427, %3420, %3426 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3429 = mul %3428, %3423 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3430 = div %3429, %3048 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3431 = broadcast %3430 : f32[4,9,8] @ models/lib/nn.yaml:33:29
%3432 = mul %3431, %3045 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3433 = add %3417, %3432 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3434 = add %3433, %3432 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3435 = reduce_sum %3434 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%3436 = reshape %3435 : f32[8] @ models/lib/nn.yaml:84:18
%3437 = matmul %3434, %81 ta=0 tb=0 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%3438 = reshape %3042 : f32[36,24] @ models/lib/nn.yaml:83:15
%3439 = reshape %3434 : f32[36,8] @ models/lib/nn.yaml:83:15
%3440 = matmul %3439, %3438 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%3441 = mul %3437, %3041 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3442 = mul %3437, %3038 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3443 = mul %3039, %3039 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3444 = neg %3443 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3445 = exp %3444 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3446 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3447 = broadcast %3446 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3448 = mul %3445, %3447 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3449 = mul %3442, %3448 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3450 = mul %3449, %1859 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3451 = mul %3441, %1857 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3452 = add %3450, %3451 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3453 = reduce_sum %3452 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3454 = reshape %3453 : f32[24] @ models/lib/nn.yaml:84:18
%3455 = matmul %3452, %79 ta=0 tb=0 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%3456 = reshape %3034 : f32[36,24] @ models/lib/nn.yaml:83:15
%3457 = reshape %3452 : f32[36,24] @ models/lib/nn.yaml:83:15
%3458 = matmul %3457, %3456 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%3459 = mul %3455, %3033 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3460 = mul %3455, %3030 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3461 = mul %3031, %3031 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3462 = neg %3461 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3463 = exp %3462 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3464 = mul %3463, %3447 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3465 = mul %3460, %3464 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3466 = mul %3465, %1859 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3467 = mul %3459, %1857 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3468 = add %3466, %3467 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3469 = reduce_sum %3468 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3470 = reshape %3469 : f32[24] @ models/lib/nn.yaml:84:18
%3471 = matmul %3468, %77 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3472 = reshape %3026 : f32[36,16] @ models/lib/nn.yaml:83:15
%3473 = reshape %3468 : f32[36,24] @ models/lib/nn.yaml:83:15
%3474 = matmul %3473, %3472 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%3475 = matmul %3400, %2445 ta=0 tb=0 : f32[4,1,8] @ models/lib/dino.yaml:23:18
%3476 = reshape %3024 : f32[4,8] @ models/lib/dino.yaml:23:18
%3477 = reshape %3400 : f32[4,32] @ models/lib/dino.yaml:23:18
%3478 = matmul %3477, %3476 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%3479 = div %3478, %2444 : f32[32,8] @ models/lib/dino.yaml:22:33
%3480 = mul %3479, %2445 : f32[32,8] @ models/lib/dino.yaml:22:33
%3481 = neg %3480 : f32[32,8] @ models/lib/dino.yaml:22:33
%3482 = reduce_sum %3481 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%3483 = broadcast %293 : f32[32,1] @ models/lib/dino.yaml:22:35
%3484 = mul %3482, %3483 : f32[32,1] @ models/lib/dino.yaml:22:35
%3485 = div %3484, %2443 : f32[32,1] @ models/lib/dino.yaml:22:35
%3486 = broadcast %3485 : f32[32,8] @ models/lib/dino.yaml:22:40
%3487 = mul %3486, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%3488 = add %3487, %3487 : f32[32,8] @ models/lib/dino.yaml:22:53
%3489 = mul %3479, %2439 : f32[32,8] @ models/lib/dino.yaml:22:22
%3490 = add %3488, %3489 : f32[32,8] @ models/lib/dino.yaml:22:22
%3491 = div %3475, %3023 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3492 = mul %3491, %3024 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3493 = neg %3492 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3494 = reduce_sum %3493 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%3495 = broadcast %3421 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3496 = broadcast %293 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3497 = mul %3494, %3496 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3498 = eq %3021, %991 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3499 = select %3498, %3497, %3495 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3500 = gt %3021, %991 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3501 = select %3500, %3494, %3499 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3502 = mul %3501, %3496 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3503 = div %3502, %3021 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3504 = broadcast %3503 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%3505 = mul %3504, %3018 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3506 = add %3491, %3505 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3507 = add %3506, %3505 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3508 = reduce_sum %3507 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%3509 = reshape %3508 : f32[8] @ models/lib/nn.yaml:84:18
%3510 = matmul %3507, %73 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%3511 = reshape %3016 : f32[4,24] @ models/lib/nn.yaml:83:15
%3512 = reshape %3507 : f32[4,8] @ models/lib/nn.yaml:83:15
%3513 = matmul %3512, %3511 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%3514 = mul %3510, %3015 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3515 = mul %3510, %3012 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3516 = mul %3013, %3013 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3517 = neg %3516 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3518 = exp %3517 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3519 = broadcast %3446 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3520 = mul %3518, %3519 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3521 = mul %3515, %3520 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3522 = mul %3521, %970 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3523 = mul %3514, %968 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3524 = add %3522, %3523 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3525 = reduce_sum %3524 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3526 = reshape %3525 : f32[24] @ models/lib/nn.yaml:84:18
%3527 = matmul %3524, %71 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%3528 = reshape %3009 : f32[4,24] @ models/lib/nn.yaml:83:15
%3529 = reshape %3524 : f32[4,24] @ models/lib/nn.yaml:83:15
%3530 = matmul %3529, %3528 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%3531 = mul %3527, %3008 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3532 = mul %3527, %3005 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3533 = mul %3006, %3006 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3534 = neg %3533 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3535 = exp %3534 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3536 = mul %3535, %3519 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3537 = mul %3532, %3536 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3538 = mul %3537, %970 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3539 = mul %3531, %968 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3540 = add %3538, %3539 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3541 = reduce_sum %3540 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3542 = reshape %3541 : f32[24] @ models/lib/nn.yaml:84:18
%3543 = matmul %3540, %69 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3544 = reshape %3002 : f32[4,16] @ models/lib/nn.yaml:83:15
%3545 = reshape %3540 : f32[4,24] @ models/lib/nn.yaml:83:15
%3546 = matmul %3545, %3544 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%3547 = concat %3543, %3471 axis=1 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%3548 = reduce_sum %3547 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3549 = reshape %3548 : f32[16] @ models/lib/nn.yaml:96:46
%3550 = mul %3547, %2998 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3551 = mul %3547, %2997 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3552 = reduce_sum %3551 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3553 = reshape %3552 : f32[16] @ models/lib/nn.yaml:96:37
%3554 = mul %3550, %2996 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3555 = mul %3550, %2990 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3556 = reduce_sum %3555 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3557 = mul %2995, %2995 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3558 = mul %2995, %3557 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3559 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3560 = broadcast %3559 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3561 = mul %3558, %3560 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3562 = mul %3556, %3561 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3563 = div %3562, %1584 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3564 = broadcast %3563 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%3565 = mul %3564, %2990 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3566 = add %3554, %3565 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3567 = add %3566, %3565 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3568 = neg %3567 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3569 = reduce_sum %3568 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3570 = div %3569, %1584 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3571 = broadcast %3570 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3572 = add %3567, %3571 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3573 = slice %3572 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%3574 = slice %3572 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:111:21
%3575 = reduce_sum %3573 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3576 = reshape %3575 : f32[16] @ models/lib/nn.yaml:84:18
%3577 = matmul %3573, %65 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3578 = reshape %2982 : f32[4,64] @ models/lib/nn.yaml:83:15
%3579 = reshape %3573 : f32[4,16] @ models/lib/nn.yaml:83:15
%3580 = matmul %3579, %3578 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3581 = mul %3577, %2981 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3582 = mul %3577, %2978 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3583 = mul %2979, %2979 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3584 = neg %3583 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3585 = exp %3584 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3586 = broadcast %3446 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3587 = mul %3585, %3586 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3588 = mul %3582, %3587 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3589 = mul %3588, %818 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3590 = mul %3581, %816 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3591 = add %3589, %3590 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3592 = reduce_sum %3591 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3593 = reshape %3592 : f32[64] @ models/lib/nn.yaml:84:18
%3594 = matmul %3591, %63 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3595 = reshape %2975 : f32[4,16] @ models/lib/nn.yaml:83:15
%3596 = reshape %3591 : f32[4,64] @ models/lib/nn.yaml:83:15
%3597 = matmul %3596, %3595 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3598 = reduce_sum %3594 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3599 = reshape %3598 : f32[16] @ models/lib/nn.yaml:96:46
%3600 = mul %3594, %2381 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3601 = mul %3594, %2973 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3602 = reduce_sum %3601 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3603 = reshape %3602 : f32[16] @ models/lib/nn.yaml:96:37
%3604 = mul %3600, %2972 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3605 = mul %3600, %2966 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3606 = reduce_sum %3605 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3607 = mul %2971, %2971 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3608 = mul %2971, %3607 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3609 = broadcast %3559 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3610 = mul %3608, %3609 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3611 = mul %3606, %3610 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3612 = div %3611, %797 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3613 = broadcast %3612 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%3614 = mul %3613, %2966 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3615 = add %3604, %3614 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3616 = add %3615, %3614 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3617 = add %3573, %3616 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3618 = neg %3616 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3619 = reduce_sum %3618 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3620 = div %3619, %797 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3621 = broadcast %3620 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3622 = add %3617, %3621 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3623 = reduce_sum %3622 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3624 = reshape %3623 : f32[16] @ models/lib/nn.yaml:84:18
%3625 = matmul %3622, %59 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3626 = reshape %2958 : f32[4,16] @ models/lib/nn.yaml:83:15
%3627 = reshape %3622 : f32[4,16] @ models/lib/nn.yaml:83:15
%3628 = matmul %3627, %3626 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3629 = reshape %3625 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%3630 = permute %3629 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%3631 = permute %2902 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%3632 = slice %3630 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3633 = broadcast %3632 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3634 = slice %3631 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3635 = mul %3633, %3634 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3636 = slice %3630 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3637 = broadcast %3636 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3638 = slice %3631 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3639 = mul %3637, %3638 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3640 = add %3635, %3639 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3641 = slice %3630 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3642 = broadcast %3641 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3643 = slice %3631 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3644 = mul %3642, %3643 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3645 = add %3640, %3644 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3646 = slice %3630 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3647 = broadcast %3646 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3648 = slice %3631 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3649 = mul %3647, %3648 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3650 = add %3645, %3649 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3651 = slice %3630 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3652 = broadcast %3651 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3653 = slice %3631 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3654 = mul %3652, %3653 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3655 = add %3650, %3654 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3656 = slice %3630 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3657 = broadcast %3656 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3658 = slice %3631 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3659 = mul %3657, %3658 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3660 = add %3655, %3659 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3661 = slice %3630 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3662 = broadcast %3661 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3663 = slice %3631 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3664 = mul %3662, %3663 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3665 = add %3660, %3664 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3666 = slice %3630 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3667 = broadcast %3666 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3668 = slice %3631 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3669 = mul %3667, %3668 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3670 = add %3665, %3669 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3671 = permute %2951 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%3672 = broadcast %3671 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3673 = broadcast %3630 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3674 = mul %3672, %3673 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3675 = div %3670, %2950 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3676 = mul %3675, %2951 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3677 = neg %3676 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3678 = reduce_sum %3677 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3679 = broadcast %3678 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3680 = add %3675, %3679 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3681 = mul %3680, %2948 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3682 = mul %3681, %1655 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3683 = reshape %3682 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%3684 = broadcast %3683 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3685 = reshape %2897 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3686 = broadcast %3685 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3687 = mul %3684, %3686 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3688 = reduce_sum %3687 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3689 = permute %3682 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%3690 = broadcast %3689 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3691 = broadcast %2892 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3692 = mul %3690, %3691 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3693 = permute %3674 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%3694 = reshape %3693 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%3695 = reduce_sum %3694 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3696 = reshape %3695 : f32[16] @ models/lib/nn.yaml:84:18
%3697 = matmul %3694, %57 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3698 = reshape %2887 : f32[40,16] @ models/lib/nn.yaml:83:15
%3699 = reshape %3693 : f32[40,16] @ models/lib/nn.yaml:83:15
%3700 = matmul %3699, %3698 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3701 = permute %3692 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%3702 = reshape %3701 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%3703 = reduce_sum %3702 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3704 = reshape %3703 : f32[16] @ models/lib/nn.yaml:84:18
%3705 = matmul %3702, %55 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3706 = add %3697, %3705 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3707 = reshape %3701 : f32[40,16] @ models/lib/nn.yaml:83:15
%3708 = matmul %3707, %3698 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3709 = permute %3688 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%3710 = reshape %3709 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%3711 = reduce_sum %3710 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3712 = reshape %3711 : f32[16] @ models/lib/nn.yaml:84:18
%3713 = matmul %3710, %53 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3714 = reshape %2888 : f32[4,16] @ models/lib/nn.yaml:83:15
%3715 = reshape %3709 : f32[4,16] @ models/lib/nn.yaml:83:15
%3716 = matmul %3715, %3714 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3717 = pad %3713 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3718 = add %3706, %3717 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3719 = reduce_sum %3718 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3720 = reshape %3719 : f32[16] @ models/lib/nn.yaml:96:46
%3721 = mul %3718, %2884 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3722 = mul %3718, %2883 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3723 = reduce_sum %3722 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3724 = reshape %3723 : f32[16] @ models/lib/nn.yaml:96:37
%3725 = mul %3721, %2882 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3726 = mul %3721, %2876 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3727 = reduce_sum %3726 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3728 = mul %2881, %2881 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3729 = mul %2881, %3728 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3730 = mul %3729, %3560 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3731 = mul %3727, %3730 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3732 = div %3731, %1584 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3733 = broadcast %3732 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%3734 = mul %3733, %2876 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3735 = add %3725, %3734 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3736 = add %3735, %3734 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3737 = neg %3736 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3738 = reduce_sum %3737 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3739 = div %3738, %1584 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3740 = broadcast %3739 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3741 = add %3736, %3740 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3742 = slice %3741 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3743 = add %3622, %3742 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3744 = slice %3741 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3745 = add %3574, %3744 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3746 = reduce_sum %3743 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3747 = reshape %3746 : f32[16] @ models/lib/nn.yaml:84:18
%3748 = matmul %3743, %49 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3749 = reshape %2868 : f32[4,64] @ models/lib/nn.yaml:83:15
%3750 = reshape %3743 : f32[4,16] @ models/lib/nn.yaml:83:15
%3751 = matmul %3750, %3749 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3752 = mul %3748, %2867 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3753 = mul %3748, %2864 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3754 = mul %2865, %2865 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3755 = neg %3754 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3756 = exp %3755 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3757 = mul %3756, %3586 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3758 = mul %3753, %3757 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3759 = mul %3758, %818 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3760 = mul %3752, %816 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3761 = add %3759, %3760 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3762 = reduce_sum %3761 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3763 = reshape %3762 : f32[64] @ models/lib/nn.yaml:84:18
%3764 = matmul %3761, %47 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3765 = reshape %2861 : f32[4,16] @ models/lib/nn.yaml:83:15
%3766 = reshape %3761 : f32[4,64] @ models/lib/nn.yaml:83:15
%3767 = matmul %3766, %3765 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3768 = reduce_sum %3764 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3769 = reshape %3768 : f32[16] @ models/lib/nn.yaml:96:46
%3770 = mul %3764, %2261 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3771 = mul %3764, %2859 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3772 = reduce_sum %3771 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3773 = reshape %3772 : f32[16] @ models/lib/nn.yaml:96:37
%3774 = mul %3770, %2858 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3775 = mul %3770, %2852 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3776 = reduce_sum %3775 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3777 = mul %2857, %2857 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3778 = mul %2857, %3777 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3779 = mul %3778, %3609 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3780 = mul %3776, %3779 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3781 = div %3780, %797 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3782 = broadcast %3781 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%3783 = mul %3782, %2852 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3784 = add %3774, %3783 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3785 = add %3784, %3783 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3786 = add %3743, %3785 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3787 = neg %3785 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3788 = reduce_sum %3787 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3789 = div %3788, %797 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3790 = broadcast %3789 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3791 = add %3786, %3790 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3792 = reduce_sum %3791 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3793 = reshape %3792 : f32[16] @ models/lib/nn.yaml:84:18
%3794 = matmul %3791, %43 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3795 = reshape %2844 : f32[4,16] @ models/lib/nn.yaml:83:15
%3796 = reshape %3791 : f32[4,16] @ models/lib/nn.yaml:83:15
%3797 = matmul %3796, %3795 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3798 = reshape %3794 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%3799 = permute %3798 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%3800 = permute %2788 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%3801 = slice %3799 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3802 = broadcast %3801 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3803 = slice %3800 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3804 = mul %3802, %3803 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3805 = slice %3799 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3806 = broadcast %3805 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3807 = slice %3800 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3808 = mul %3806, %3807 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3809 = add %3804, %3808 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3810 = slice %3799 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3811 = broadcast %3810 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3812 = slice %3800 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3813 = mul %3811, %3812 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3814 = add %3809, %3813 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3815 = slice %3799 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3816 = broadcast %3815 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3817 = slice %3800 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3818 = mul %3816, %3817 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3819 = add %3814, %3818 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3820 = slice %3799 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3821 = broadcast %3820 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3822 = slice %3800 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3823 = mul %3821, %3822 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3824 = add %3819, %3823 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3825 = slice %3799 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3826 = broadcast %3825 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3827 = slice %3800 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3828 = mul %3826, %3827 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3829 = add %3824, %3828 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3830 = slice %3799 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3831 = broadcast %3830 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3832 = slice %3800 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3833 = mul %3831, %3832 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3834 = add %3829, %3833 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3835 = slice %3799 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3836 = broadcast %3835 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3837 = slice %3800 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3838 = mul %3836, %3837 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3839 = add %3834, %3838 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3840 = permute %2837 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%3841 = broadcast %3840 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3842 = broadcast %3799 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3843 = mul %3841, %3842 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3844 = div %3839, %2836 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3845 = mul %3844, %2837 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3846 = neg %3845 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3847 = reduce_sum %3846 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3848 = broadcast %3847 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3849 = add %3844, %3848 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3850 = mul %3849, %2834 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3851 = mul %3850, %1655 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3852 = reshape %3851 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%3853 = broadcast %3852 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3854 = reshape %2783 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3855 = broadcast %3854 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3856 = mul %3853, %3855 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3857 = reduce_sum %3856 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3858 = permute %3851 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%3859 = broadcast %3858 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3860 = broadcast %2778 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3861 = mul %3859, %3860 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3862 = permute %3843 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%3863 = reshape %3862 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%3864 = reduce_sum %3863 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3865 = reshape %3864 : f32[16] @ models/lib/nn.yaml:84:18
%3866 = matmul %3863, %41 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3867 = reshape %2773 : f32[40,16] @ models/lib/nn.yaml:83:15
%3868 = reshape %3862 : f32[40,16] @ models/lib/nn.yaml:83:15
%3869 = matmul %3868, %3867 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3870 = permute %3861 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%3871 = reshape %3870 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%3872 = reduce_sum %3871 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3873 = reshape %3872 : f32[16] @ models/lib/nn.yaml:84:18
%3874 = matmul %3871, %39 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3875 = add %3866, %3874 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3876 = reshape %3870 : f32[40,16] @ models/lib/nn.yaml:83:15
%3877 = matmul %3876, %3867 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3878 = permute %3857 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%3879 = reshape %3878 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%3880 = reduce_sum %3879 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3881 = reshape %3880 : f32[16] @ models/lib/nn.yaml:84:18
%3882 = matmul %3879, %37 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3883 = reshape %2774 : f32[4,16] @ models/lib/nn.yaml:83:15
%3884 = reshape %3878 : f32[4,16] @ models/lib/nn.yaml:83:15
%3885 = matmul %3884, %3883 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3886 = pad %3882 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3887 = add %3875, %3886 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3888 = reduce_sum %3887 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3889 = reshape %3888 : f32[16] @ models/lib/nn.yaml:96:46
%3890 = mul %3887, %2770 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3891 = mul %3887, %2769 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3892 = reduce_sum %3891 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3893 = reshape %3892 : f32[16] @ models/lib/nn.yaml:96:37
%3894 = mul %3890, %2768 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3895 = mul %3890, %2762 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3896 = reduce_sum %3895 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3897 = mul %2767, %2767 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3898 = mul %2767, %3897 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3899 = mul %3898, %3560 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3900 = mul %3896, %3899 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3901 = div %3900, %1584 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3902 = broadcast %3901 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%3903 = mul %3902, %2762 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3904 = add %3894, %3903 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3905 = add %3904, %3903 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3906 = neg %3905 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3907 = reduce_sum %3906 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3908 = div %3907, %1584 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3909 = broadcast %3908 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3910 = add %3905, %3909 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3911 = slice %3910 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3912 = add %3791, %3911 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3913 = slice %3910 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3914 = add %3745, %3913 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3915 = reduce_sum %3912 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%3916 = mul %3914, %2755 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3917 = div %3916, %2715 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3918 = reduce_sum %3917 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3919 = reshape %3918 : f32[16] @ models/lib/nn.yaml:84:18
%3920 = matmul %3917, %32 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%3921 = reshape %2746 : f32[36,64] @ models/lib/nn.yaml:83:15
%3922 = reshape %3917 : f32[36,16] @ models/lib/nn.yaml:83:15
%3923 = matmul %3922, %3921 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3924 = mul %3920, %2745 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3925 = mul %3920, %2742 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3926 = mul %2743, %2743 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3927 = neg %3926 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3928 = exp %3927 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3929 = broadcast %3446 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3930 = mul %3928, %3929 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3931 = mul %3925, %3930 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3932 = mul %3931, %1181 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3933 = mul %3924, %1179 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3934 = add %3932, %3933 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3935 = reduce_sum %3934 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3936 = reshape %3935 : f32[64] @ models/lib/nn.yaml:84:18
%3937 = matmul %3934, %30 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3938 = reshape %2738 : f32[36,16] @ models/lib/nn.yaml:83:15
%3939 = reshape %3934 : f32[36,64] @ models/lib/nn.yaml:83:15
%3940 = matmul %3939, %3938 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3941 = reduce_sum %3937 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3942 = reshape %3941 : f32[16] @ models/lib/nn.yaml:96:46
%3943 = mul %3937, %2735 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3944 = mul %3937, %2734 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3945 = reduce_sum %3944 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3946 = reshape %3945 : f32[16] @ models/lib/nn.yaml:96:37
%3947 = mul %3943, %2733 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3948 = mul %3943, %2727 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3949 = reduce_sum %3948 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3950 = mul %2732, %2732 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3951 = mul %2732, %3950 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3952 = broadcast %3559 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3953 = mul %3951, %3952 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3954 = mul %3949, %3953 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3955 = div %3954, %1064 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3956 = broadcast %3955 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%3957 = mul %3956, %2727 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3958 = add %3947, %3957 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3959 = add %3958, %3957 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3960 = add %3914, %3959 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3961 = neg %3959 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3962 = reduce_sum %3961 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3963 = div %3962, %1064 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3964 = broadcast %3963 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3965 = add %3960, %3964 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3966 = mul %3965, %2721 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3967 = div %3966, %2715 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3968 = reduce_sum %3967 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3969 = reshape %3968 : f32[16] @ models/lib/nn.yaml:84:18
%3970 = matmul %3967, %26 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3971 = reshape %2710 : f32[36,16] @ models/lib/nn.yaml:83:15
%3972 = reshape %3967 : f32[36,16] @ models/lib/nn.yaml:83:15
%3973 = matmul %3972, %3971 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3974 = reshape %3970 : f32[4,9,2,8] @ models/lib/nn.yaml:57:16
%3975 = permute %3974 perm=[0,2,1,3] : f32[4,2,9,8] @ models/lib/nn.yaml:56:13
%3976 = permute %2646 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%3977 = slice %3975 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%3978 = broadcast %3977 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3979 = slice %3976 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%3980 = broadcast %3979 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3981 = mul %3978, %3980 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3982 = slice %3975 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%3983 = broadcast %3982 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3984 = slice %3976 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%3985 = broadcast %3984 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3986 = mul %3983, %3985 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3987 = add %3981, %3986 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3988 = slice %3975 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%3989 = broadcast %3988 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3990 = slice %3976 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%3991 = broadcast %3990 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3992 = mul %3989, %3991 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3993 = add %3987, %3992 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3994 = slice %3975 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%3995 = broadcast %3994 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3996 = slice %3976 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%3997 = broadcast %3996 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3998 = mul %3995, %3997 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3999 = add %3993, %3998 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4000 = slice %3975 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4001 = broadcast %4000 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4002 = slice %3976 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4003 = broadcast %4002 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4004 = mul %4001, %4003 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4005 = add %3999, %4004 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4006 = slice %3975 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4007 = broadcast %4006 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4008 = slice %3976 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4009 = broadcast %4008 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4010 = mul %4007, %4009 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4011 = add %4005, %4010 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4012 = slice %3975 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4013 = broadcast %4012 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4014 = slice %3976 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4015 = broadcast %4014 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4016 = mul %4013, %4015 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4017 = add %4011, %4016 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4018 = slice %3975 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4019 = broadcast %4018 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4020 = slice %3976 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4021 = broadcast %4020 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4022 = mul %4019, %4021 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4023 = add %4017, %4022 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4024 = permute %2703 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4025 = reshape %4024 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%4026 = broadcast %4025 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4027 = reshape %3975 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%4028 = broadcast %4027 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4029 = mul %4026, %4028 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4030 = reduce_sum %4029 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4031 = div %4023, %2702 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4032 = mul %4031, %2703 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4033 = neg %4032 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4034 = reduce_sum %4033 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%4035 = broadcast %4034 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4036 = add %4031, %4035 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4037 = mul %4036, %2700 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4038 = mul %4037, %1139 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%4039 = reshape %4038 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4040 = broadcast %4039 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4041 = reshape %2644 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4042 = broadcast %4041 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4043 = mul %4040, %4042 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4044 = reduce_sum %4043 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4045 = permute %4038 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4046 = reshape %4045 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4047 = broadcast %4046 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4048 = reshape %2642 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4049 = broadcast %4048 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4050 = mul %4047, %4049 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4051 = reduce_sum %4050 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4052 = reshape %4030 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%4053 = reshape %4051 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%4054 = reshape %4044 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%4055 = concat %4054, %4053, %4052 axis=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4056 = permute %4055 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%4057 = reshape %4056 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%4058 = reduce_sum %4057 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4059 = reshape %4058 : f32[48] @ models/lib/nn.yaml:84:18
%4060 = matmul %4057, %24 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4061 = reshape %2635 : f32[36,16] @ models/lib/nn.yaml:83:15
%4062 = reshape %4056 : f32[36,48] @ models/lib/nn.yaml:83:15
%4063 = matmul %4062, %4061 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%4064 = reduce_sum %4060 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4065 = reshape %4064 : f32[16] @ models/lib/nn.yaml:96:46
%4066 = mul %4060, %2632 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4067 = mul %4060, %2631 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4068 = reduce_sum %4067 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4069 = reshape %4068 : f32[16] @ models/lib/nn.yaml:96:37
%4070 = mul %4066, %2630 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4071 = mul %4066, %2624 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4072 = reduce_sum %4071 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4073 = mul %2629, %2629 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4074 = mul %2629, %4073 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4075 = mul %4074, %3952 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4076 = mul %4072, %4075 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4077 = div %4076, %1064 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4078 = broadcast %4077 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4079 = mul %4078, %2624 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4080 = add %4070, %4079 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4081 = add %4080, %4079 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4082 = add %3965, %4081 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4083 = neg %4081 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4084 = reduce_sum %4083 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4085 = div %4084, %1064 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4086 = broadcast %4085 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4087 = add %4082, %4086 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4088 = reduce_sum %4087 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4089 = reshape %4088 : f32[16] @ models/lib/nn.yaml:84:18
%4090 = matmul %4087, %20 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%4091 = reshape %2616 : f32[36,64] @ models/lib/nn.yaml:83:15
%4092 = reshape %4087 : f32[36,16] @ models/lib/nn.yaml:83:15
%4093 = matmul %4092, %4091 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4094 = mul %4090, %2615 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4095 = mul %4090, %2612 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4096 = mul %2613, %2613 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4097 = neg %4096 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4098 = exp %4097 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4099 = mul %4098, %3929 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4100 = mul %4095, %4099 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4101 = mul %4100, %1181 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4102 = mul %4094, %1179 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4103 = add %4101, %4102 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4104 = reduce_sum %4103 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4105 = reshape %4104 : f32[64] @ models/lib/nn.yaml:84:18
%4106 = matmul %4103, %18 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4107 = reshape %2608 : f32[36,16] @ models/lib/nn.yaml:83:15
%4108 = reshape %4103 : f32[36,64] @ models/lib/nn.yaml:83:15
%4109 = matmul %4108, %4107 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4110 = reduce_sum %4106 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4111 = reshape %4110 : f32[16] @ models/lib/nn.yaml:96:46
%4112 = mul %4106, %2605 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4113 = mul %4106, %2604 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4114 = reduce_sum %4113 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4115 = reshape %4114 : f32[16] @ models/lib/nn.yaml:96:37
%4116 = mul %4112, %2603 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4117 = mul %4112, %2597 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4118 = reduce_sum %4117 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4119 = mul %2602, %2602 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4120 = mul %2602, %4119 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4121 = mul %4120, %3952 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4122 = mul %4118, %4121 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4123 = div %4122, %1064 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4124 = broadcast %4123 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4125 = mul %4124, %2597 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4126 = add %4116, %4125 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4127 = add %4126, %4125 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4128 = add %4087, %4127 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4129 = neg %4127 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4130 = reduce_sum %4129 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4131 = div %4130, %1064 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4132 = broadcast %4131 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4133 = add %4128, %4132 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4134 = reduce_sum %4133 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4135 = reshape %4134 : f32[16] @ models/lib/nn.yaml:84:18
%4136 = matmul %4133, %14 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4137 = reshape %2588 : f32[36,16] @ models/lib/nn.yaml:83:15
%4138 = reshape %4133 : f32[36,16] @ models/lib/nn.yaml:83:15
%4139 = matmul %4138, %4137 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4140 = reshape %4136 : f32[4,9,2,8] @ models/lib/nn.yaml:57:16
%4141 = permute %4140 perm=[0,2,1,3] : f32[4,2,9,8] @ models/lib/nn.yaml:56:13
%4142 = permute %2524 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%4143 = slice %4141 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4144 = broadcast %4143 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4145 = slice %4142 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4146 = broadcast %4145 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4147 = mul %4144, %4146 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4148 = slice %4141 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4149 = broadcast %4148 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4150 = slice %4142 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4151 = broadcast %4150 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4152 = mul %4149, %4151 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4153 = add %4147, %4152 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4154 = slice %4141 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4155 = broadcast %4154 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4156 = slice %4142 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4157 = broadcast %4156 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4158 = mul %4155, %4157 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4159 = add %4153, %4158 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4160 = slice %4141 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4161 = broadcast %4160 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4162 = slice %4142 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4163 = broadcast %4162 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4164 = mul %4161, %4163 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4165 = add %4159, %4164 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4166 = slice %4141 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4167 = broadcast %4166 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4168 = slice %4142 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4169 = broadcast %4168 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4170 = mul %4167, %4169 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4171 = add %4165, %4170 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4172 = slice %4141 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4173 = broadcast %4172 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4174 = slice %4142 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4175 = broadcast %4174 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4176 = mul %4173, %4175 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4177 = add %4171, %4176 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4178 = slice %4141 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4179 = broadcast %4178 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4180 = slice %4142 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4181 = broadcast %4180 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4182 = mul %4179, %4181 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4183 = add %4177, %4182 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4184 = slice %4141 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4185 = broadcast %4184 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4186 = slice %4142 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4187 = broadcast %4186 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4188 = mul %4185, %4187 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4189 = add %4183, %4188 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4190 = permute %2581 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4191 = reshape %4190 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%4192 = broadcast %4191 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4193 = reshape %4141 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%4194 = broadcast %4193 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4195 = mul %4192, %4194 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4196 = reduce_sum %4195 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4197 = div %4189, %2580 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4198 = mul %4197, %2581 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4199 = neg %4198 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4200 = reduce_sum %4199 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%4201 = broadcast %4200 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4202 = add %4197, %4201 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4203 = mul %4202, %2578 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4204 = mul %4203, %1139 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%4205 = reshape %4204 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4206 = broadcast %4205 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4207 = reshape %2522 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4208 = broadcast %4207 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4209 = mul %4206, %4208 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4210 = reduce_sum %4209 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4211 = permute %4204 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4212 = reshape %4211 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4213 = broadcast %4212 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4214 = reshape %2520 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4215 = broadcast %4214 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4216 = mul %4213, %4215 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4217 = reduce_sum %4216 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4218 = reshape %4196 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%4219 = reshape %4217 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%4220 = reshape %4210 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%4221 = concat %4220, %4219, %4218 axis=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4222 = permute %4221 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%4223 = reshape %4222 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%4224 = reduce_sum %4223 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4225 = reshape %4224 : f32[48] @ models/lib/nn.yaml:84:18
%4226 = matmul %4223, %12 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4227 = reshape %2513 : f32[36,16] @ models/lib/nn.yaml:83:15
%4228 = reshape %4222 : f32[36,48] @ models/lib/nn.yaml:83:15
%4229 = matmul %4228, %4227 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%4230 = reduce_sum %4226 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4231 = reshape %4230 : f32[16] @ models/lib/nn.yaml:96:46
%4232 = mul %4226, %2510 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4233 = mul %4226, %2509 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4234 = reduce_sum %4233 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4235 = reshape %4234 : f32[16] @ models/lib/nn.yaml:96:37
%4236 = mul %4232, %2508 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4237 = mul %4232, %2502 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4238 = reduce_sum %4237 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4239 = mul %2507, %2507 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4240 = mul %2507, %4239 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4241 = mul %4240, %3952 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4242 = mul %4238, %4241 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4243 = div %4242, %1064 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4244 = broadcast %4243 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4245 = mul %4244, %2502 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4246 = add %4236, %4245 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4247 = add %4246, %4245 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4248 = add %4133, %4247 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4249 = neg %4247 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4250 = reduce_sum %4249 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4251 = div %4250, %1064 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4252 = broadcast %4251 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4253 = add %4248, %4252 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4254 = reduce_sum %4253 axes=[0] keep=1 : f32[1,9,16] @ models/lib/vit.yaml:62:15
%4255 = reshape %4254 : f32[3,3,16] @ models/lib/vit.yaml:36:16
%4256 = permute %4255 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%4257 = reshape %4256 : f32[3,48] @ models/lib/vit.yaml:35:21
%4258 = matmul %1051, %4257 ta=1 tb=0 : f32[4,48] @ models/lib/vit.yaml:34:15
%4259 = reshape %4258 : f32[4,3,16] @ models/lib/vit.yaml:34:17
%4260 = permute %4259 perm=[1,0,2] : f32[3,4,16] @ models/lib/vit.yaml:33:13
%4261 = reshape %4260 : f32[3,64] @ models/lib/vit.yaml:33:21
%4262 = matmul %1051, %4261 ta=1 tb=0 : f32[4,64] @ models/lib/vit.yaml:32:15
%4263 = reshape %4262 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%4264 = reduce_sum %4253 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%4265 = reshape %4264 : f32[16] @ models/lib/vit.yaml:17:71
%4266 = reshape %1046 : f32[36,48] @ models/lib/vit.yaml:17:18
%4267 = reshape %4253 : f32[36,16] @ models/lib/vit.yaml:17:18
%4268 = matmul %4267, %4266 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%4269 = reshape %4268 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%4270 = concat %3356, %3348 axis=0 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%4271 = concat %3378, %3398 axis=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%4272 = matmul %4270, %2479 ta=0 tb=0 : f32[4,16,8] @ models/lib/dino.yaml:23:18
%4273 = reshape %2472 : f32[64,8] @ models/lib/dino.yaml:23:18
%4274 = reshape %4270 : f32[64,16] @ models/lib/dino.yaml:23:18
%4275 = matmul %4274, %4273 ta=1 tb=0 : f32[16,8] @ models/lib/dino.yaml:23:18
%4276 = div %4275, %2478 : f32[16,8] @ models/lib/dino.yaml:22:33
%4277 = mul %4276, %2479 : f32[16,8] @ models/lib/dino.yaml:22:33
%4278 = neg %4277 : f32[16,8] @ models/lib/dino.yaml:22:33
%4279 = reduce_sum %4278 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%4280 = mul %4279, %3409 : f32[16,1] @ models/lib/dino.yaml:22:35
%4281 = div %4280, %2477 : f32[16,1] @ models/lib/dino.yaml:22:35
%4282 = broadcast %4281 : f32[16,8] @ models/lib/dino.yaml:22:40
%4283 = mul %4282, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%4284 = add %3416, %4283 : f32[16,8] @ models/lib/dino.yaml:22:53
%4285 = add %4284, %4283 : f32[16,8] @ models/lib/dino.yaml:22:53
%4286 = mul %4276, %2473 : f32[16,8] @ models/lib/dino.yaml:22:22
%4287 = add %4285, %4286 : f32[16,8] @ models/lib/dino.yaml:22:22
%4288 = div %4272, %2471 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4289 = mul %4288, %2472 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4290 = neg %4289 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4291 = reduce_sum %4290 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%4292 = broadcast %3421 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4293 = broadcast %293 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4294 = mul %4291, %4293 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4295 = eq %2469, %1029 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%4296 = select %4295, %4294, %4292 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4297 = gt %2469, %1029 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%4298 = select %4297, %4291, %4296 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4299 = mul %4298, %4293 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4300 = div %4299, %2469 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4301 = broadcast %4300 : f32[4,16,8] @ models/lib/nn.yaml:33:29
%4302 = mul %4301, %2466 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4303 = add %4288, %4302 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4304 = add %4303, %4302 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4305 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,64] @ models/lib/nn.yaml:84:18
%4306 = reshape %4304 : f32[64,8] @ models/lib/nn.yaml:84:18
%4307 = matmul %4305, %4306 ta=0 tb=0 : f32[1,8] @ models/lib/nn.yaml:84:18
%4308 = reshape %4307 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4309 = reshape %4308 : f32[8] @ models/lib/nn.yaml:84:18
%4310 = add %3436, %4309 : f32[8] @ models/lib/nn.yaml:84:18
%4311 = matmul %4304, %81 ta=0 tb=0 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%4312 = reshape %2463 : f32[64,24] @ models/lib/nn.yaml:83:15
%4313 = reshape %4304 : f32[64,8] @ models/lib/nn.yaml:83:15
%4314 = matmul %4313, %4312 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%4315 = add %3440, %4314 : f32[8,24] @ models/lib/nn.yaml:83:15
%4316 = mul %4311, %2462 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4317 = mul %4311, %2459 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4318 = mul %2460, %2460 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4319 = neg %4318 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4320 = exp %4319 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4321 = broadcast %3446 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4322 = mul %4320, %4321 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4323 = mul %4317, %4322 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4324 = mul %4323, %1009 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%4325 = mul %4316, %1007 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4326 = add %4324, %4325 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4327 = reshape %4326 : f32[64,24] @ models/lib/nn.yaml:84:18
%4328 = matmul %4305, %4327 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%4329 = reshape %4328 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4330 = reshape %4329 : f32[24] @ models/lib/nn.yaml:84:18
%4331 = add %3454, %4330 : f32[24] @ models/lib/nn.yaml:84:18
%4332 = matmul %4326, %79 ta=0 tb=0 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%4333 = reshape %2455 : f32[64,24] @ models/lib/nn.yaml:83:15
%4334 = reshape %4326 : f32[64,24] @ models/lib/nn.yaml:83:15
%4335 = matmul %4334, %4333 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%4336 = add %3458, %4335 : f32[24,24] @ models/lib/nn.yaml:83:15
%4337 = mul %4332, %2454 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4338 = mul %4332, %2451 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4339 = mul %2452, %2452 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4340 = neg %4339 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4341 = exp %4340 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4342 = mul %4341, %4321 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4343 = mul %4338, %4342 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4344 = mul %4343, %1009 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%4345 = mul %4337, %1007 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4346 = add %4344, %4345 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4347 = reshape %4346 : f32[64,24] @ models/lib/nn.yaml:84:18
%4348 = matmul %4305, %4347 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%4349 = reshape %4348 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4350 = reshape %4349 : f32[24] @ models/lib/nn.yaml:84:18
%4351 = add %3470, %4350 : f32[24] @ models/lib/nn.yaml:84:18
%4352 = matmul %4346, %77 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4353 = reshape %2447 : f32[64,16] @ models/lib/nn.yaml:83:15
%4354 = reshape %4346 : f32[64,24] @ models/lib/nn.yaml:83:15
%4355 = matmul %4354, %4353 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%4356 = add %3474, %4355 : f32[24,16] @ models/lib/nn.yaml:83:15
%4357 = matmul %4271, %2445 ta=0 tb=0 : f32[4,1,8] @ models/lib/dino.yaml:23:18
%4358 = reshape %2438 : f32[4,8] @ models/lib/dino.yaml:23:18
%4359 = reshape %4271 : f32[4,32] @ models/lib/dino.yaml:23:18
%4360 = matmul %4359, %4358 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%4361 = div %4360, %2444 : f32[32,8] @ models/lib/dino.yaml:22:33
%4362 = mul %4361, %2445 : f32[32,8] @ models/lib/dino.yaml:22:33
%4363 = neg %4362 : f32[32,8] @ models/lib/dino.yaml:22:33
%4364 = reduce_sum %4363 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%4365 = mul %4364, %3483 : f32[32,1] @ models/lib/dino.yaml:22:35
%4366 = div %4365, %2443 : f32[32,1] @ models/lib/dino.yaml:22:35
%4367 = broadcast %4366 : f32[32,8] @ models/lib/dino.yaml:22:40
%4368 = mul %4367, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%4369 = add %3490, %4368 : f32[32,8] @ models/lib/dino.yaml:22:53
%4370 = add %4369, %4368 : f32[32,8] @ models/lib/dino.yaml:22:53
%4371 = mul %4361, %2439 : f32[32,8] @ models/lib/dino.yaml:22:22
%4372 = add %4370, %4371 : f32[32,8] @ models/lib/dino.yaml:22:22
%4373 = div %4357, %2437 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4374 = mul %4373, %2438 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4375 = neg %4374 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4376 = reduce_sum %4375 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%4377 = mul %4376, %3496 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4378 = eq %2435, %991 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4379 = select %4378, %4377, %3495 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4380 = gt %2435, %991 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4381 = select %4380, %4376, %4379 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4382 = mul %4381, %3496 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4383 = div %4382, %2435 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4384 = broadcast %4383 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%4385 = mul %4384, %2432 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4386 = add %4373, %4385 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4387 = add %4386, %4385 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4388 = reduce_sum %4387 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4389 = reshape %4388 : f32[8] @ models/lib/nn.yaml:84:18
%4390 = add %3509, %4389 : f32[8] @ models/lib/nn.yaml:84:18
%4391 = matmul %4387, %73 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%4392 = reshape %2429 : f32[4,24] @ models/lib/nn.yaml:83:15
%4393 = reshape %4387 : f32[4,8] @ models/lib/nn.yaml:83:15
%4394 = matmul %4393, %4392 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%4395 = add %3513, %4394 : f32[8,24] @ models/lib/nn.yaml:83:15
%4396 = mul %4391, %2428 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4397 = mul %4391, %2425 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4398 = mul %2426, %2426 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4399 = neg %4398 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4400 = exp %4399 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4401 = mul %4400, %3519 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4402 = mul %4397, %4401 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4403 = mul %4402, %970 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4404 = mul %4396, %968 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4405 = add %4403, %4404 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4406 = reduce_sum %4405 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4407 = reshape %4406 : f32[24] @ models/lib/nn.yaml:84:18
%4408 = add %3526, %4407 : f32[24] @ models/lib/nn.yaml:84:18
%4409 = matmul %4405, %71 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%4410 = reshape %2421 : f32[4,24] @ models/lib/nn.yaml:83:15
%4411 = reshape %4405 : f32[4,24] @ models/lib/nn.yaml:83:15
%4412 = matmul %4411, %4410 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%4413 = add %3530, %4412 : f32[24,24] @ models/lib/nn.yaml:83:15
%4414 = mul %4409, %2420 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4415 = mul %4409, %2417 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4416 = mul %2418, %2418 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4417 = neg %4416 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4418 = exp %4417 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4419 = mul %4418, %3519 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4420 = mul %4415, %4419 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4421 = mul %4420, %970 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4422 = mul %4414, %968 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4423 = add %4421, %4422 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4424 = reduce_sum %4423 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4425 = reshape %4424 : f32[24] @ models/lib/nn.yaml:84:18
%4426 = add %3542, %4425 : f32[24] @ models/lib/nn.yaml:84:18
%4427 = matmul %4423, %69 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4428 = reshape %2413 : f32[4,16] @ models/lib/nn.yaml:83:15
%4429 = reshape %4423 : f32[4,24] @ models/lib/nn.yaml:83:15
%4430 = matmul %4429, %4428 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%4431 = add %3546, %4430 : f32[24,16] @ models/lib/nn.yaml:83:15
%4432 = concat %4427, %4352 axis=1 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%4433 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:46
%4434 = reshape %4432 : f32[68,16] @ models/lib/nn.yaml:96:46
%4435 = matmul %4433, %4434 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4436 = reshape %4435 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4437 = reshape %4436 : f32[16] @ models/lib/nn.yaml:96:46
%4438 = add %3549, %4437 : f32[16] @ models/lib/nn.yaml:96:46
%4439 = mul %4432, %2409 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4440 = mul %4432, %2408 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4441 = reshape %4440 : f32[68,16] @ models/lib/nn.yaml:96:37
%4442 = matmul %4433, %4441 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%4443 = reshape %4442 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4444 = reshape %4443 : f32[16] @ models/lib/nn.yaml:96:37
%4445 = add %3553, %4444 : f32[16] @ models/lib/nn.yaml:96:37
%4446 = mul %4439, %2407 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4447 = mul %4439, %2401 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4448 = reduce_sum %4447 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%4449 = mul %2406, %2406 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4450 = mul %2406, %4449 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4451 = broadcast %3559 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4452 = mul %4450, %4451 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4453 = mul %4448, %4452 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4454 = div %4453, %702 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%4455 = broadcast %4454 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%4456 = mul %4455, %2401 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4457 = add %4446, %4456 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4458 = add %4457, %4456 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4459 = neg %4458 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%4460 = reduce_sum %4459 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%4461 = div %4460, %702 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%4462 = broadcast %4461 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4463 = add %4458, %4462 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4464 = slice %4463 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%4465 = slice %4463 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:111:21
%4466 = reduce_sum %4464 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4467 = reshape %4466 : f32[16] @ models/lib/nn.yaml:84:18
%4468 = add %3576, %4467 : f32[16] @ models/lib/nn.yaml:84:18
%4469 = matmul %4464, %65 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%4470 = reshape %2392 : f32[4,64] @ models/lib/nn.yaml:83:15
%4471 = reshape %4464 : f32[4,16] @ models/lib/nn.yaml:83:15
%4472 = matmul %4471, %4470 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4473 = add %3580, %4472 : f32[16,64] @ models/lib/nn.yaml:83:15
%4474 = mul %4469, %2391 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4475 = mul %4469, %2388 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4476 = mul %2389, %2389 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4477 = neg %4476 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4478 = exp %4477 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4479 = mul %4478, %3586 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4480 = mul %4475, %4479 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4481 = mul %4480, %818 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4482 = mul %4474, %816 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4483 = add %4481, %4482 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4484 = reduce_sum %4483 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4485 = reshape %4484 : f32[64] @ models/lib/nn.yaml:84:18
%4486 = add %3593, %4485 : f32[64] @ models/lib/nn.yaml:84:18
%4487 = matmul %4483, %63 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4488 = reshape %2384 : f32[4,16] @ models/lib/nn.yaml:83:15
%4489 = reshape %4483 : f32[4,64] @ models/lib/nn.yaml:83:15
%4490 = matmul %4489, %4488 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4491 = add %3597, %4490 : f32[64,16] @ models/lib/nn.yaml:83:15
%4492 = reduce_sum %4487 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4493 = reshape %4492 : f32[16] @ models/lib/nn.yaml:96:46
%4494 = add %3599, %4493 : f32[16] @ models/lib/nn.yaml:96:46
%4495 = mul %4487, %2381 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4496 = mul %4487, %2380 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4497 = reduce_sum %4496 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4498 = reshape %4497 : f32[16] @ models/lib/nn.yaml:96:37
%4499 = add %3603, %4498 : f32[16] @ models/lib/nn.yaml:96:37
%4500 = mul %4495, %2379 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4501 = mul %4495, %2373 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4502 = reduce_sum %4501 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4503 = mul %2378, %2378 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4504 = mul %2378, %4503 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4505 = mul %4504, %3609 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4506 = mul %4502, %4505 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4507 = div %4506, %797 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4508 = broadcast %4507 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4509 = mul %4508, %2373 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4510 = add %4500, %4509 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4511 = add %4510, %4509 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4512 = add %4464, %4511 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4513 = neg %4511 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4514 = reduce_sum %4513 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4515 = div %4514, %797 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4516 = broadcast %4515 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4517 = add %4512, %4516 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4518 = reduce_sum %4517 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4519 = reshape %4518 : f32[16] @ models/lib/nn.yaml:84:18
%4520 = add %3624, %4519 : f32[16] @ models/lib/nn.yaml:84:18
%4521 = matmul %4517, %59 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4522 = reshape %2364 : f32[4,16] @ models/lib/nn.yaml:83:15
%4523 = reshape %4517 : f32[4,16] @ models/lib/nn.yaml:83:15
%4524 = matmul %4523, %4522 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4525 = add %3628, %4524 : f32[16,16] @ models/lib/nn.yaml:83:15
%4526 = reshape %4521 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%4527 = permute %4526 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%4528 = permute %2308 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%4529 = slice %4527 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4530 = broadcast %4529 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4531 = slice %4528 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4532 = mul %4530, %4531 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4533 = slice %4527 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4534 = broadcast %4533 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4535 = slice %4528 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4536 = mul %4534, %4535 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4537 = add %4532, %4536 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4538 = slice %4527 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4539 = broadcast %4538 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4540 = slice %4528 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4541 = mul %4539, %4540 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4542 = add %4537, %4541 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4543 = slice %4527 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4544 = broadcast %4543 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4545 = slice %4528 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4546 = mul %4544, %4545 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4547 = add %4542, %4546 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4548 = slice %4527 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4549 = broadcast %4548 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4550 = slice %4528 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4551 = mul %4549, %4550 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4552 = add %4547, %4551 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4553 = slice %4527 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4554 = broadcast %4553 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4555 = slice %4528 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4556 = mul %4554, %4555 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4557 = add %4552, %4556 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4558 = slice %4527 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4559 = broadcast %4558 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4560 = slice %4528 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4561 = mul %4559, %4560 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4562 = add %4557, %4561 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4563 = slice %4527 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4564 = broadcast %4563 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4565 = slice %4528 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4566 = mul %4564, %4565 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4567 = add %4562, %4566 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4568 = permute %2357 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%4569 = broadcast %4568 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4570 = broadcast %4527 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4571 = mul %4569, %4570 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4572 = div %4567, %2356 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4573 = mul %4572, %2357 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4574 = neg %4573 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4575 = reduce_sum %4574 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4576 = broadcast %4575 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4577 = add %4572, %4576 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4578 = mul %4577, %2354 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%4579 = mul %4578, %774 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%4580 = reshape %4579 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%4581 = broadcast %4580 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4582 = reshape %2303 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4583 = broadcast %4582 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4584 = mul %4581, %4583 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4585 = reduce_sum %4584 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4586 = permute %4579 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%4587 = broadcast %4586 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4588 = broadcast %2298 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4589 = mul %4587, %4588 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4590 = permute %4571 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%4591 = reshape %4590 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%4592 = reshape %4591 : f32[68,16] @ models/lib/nn.yaml:84:18
%4593 = matmul %4433, %4592 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4594 = reshape %4593 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4595 = reshape %4594 : f32[16] @ models/lib/nn.yaml:84:18
%4596 = add %3696, %4595 : f32[16] @ models/lib/nn.yaml:84:18
%4597 = matmul %4591, %57 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4598 = reshape %2292 : f32[68,16] @ models/lib/nn.yaml:83:15
%4599 = reshape %4590 : f32[68,16] @ models/lib/nn.yaml:83:15
%4600 = matmul %4599, %4598 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4601 = add %3700, %4600 : f32[16,16] @ models/lib/nn.yaml:83:15
%4602 = permute %4589 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%4603 = reshape %4602 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%4604 = reshape %4603 : f32[68,16] @ models/lib/nn.yaml:84:18
%4605 = matmul %4433, %4604 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4606 = reshape %4605 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4607 = reshape %4606 : f32[16] @ models/lib/nn.yaml:84:18
%4608 = add %3704, %4607 : f32[16] @ models/lib/nn.yaml:84:18
%4609 = matmul %4603, %55 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4610 = add %4597, %4609 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4611 = reshape %4602 : f32[68,16] @ models/lib/nn.yaml:83:15
%4612 = matmul %4611, %4598 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4613 = add %3708, %4612 : f32[16,16] @ models/lib/nn.yaml:83:15
%4614 = permute %4585 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4615 = reshape %4614 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4616 = reduce_sum %4615 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4617 = reshape %4616 : f32[16] @ models/lib/nn.yaml:84:18
%4618 = add %3712, %4617 : f32[16] @ models/lib/nn.yaml:84:18
%4619 = matmul %4615, %53 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4620 = reshape %2293 : f32[4,16] @ models/lib/nn.yaml:83:15
%4621 = reshape %4614 : f32[4,16] @ models/lib/nn.yaml:83:15
%4622 = matmul %4621, %4620 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4623 = add %3716, %4622 : f32[16,16] @ models/lib/nn.yaml:83:15
%4624 = pad %4619 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4625 = add %4610, %4624 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4626 = reshape %4625 : f32[68,16] @ models/lib/nn.yaml:96:46
%4627 = matmul %4433, %4626 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4628 = reshape %4627 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4629 = reshape %4628 : f32[16] @ models/lib/nn.yaml:96:46
%4630 = add %3720, %4629 : f32[16] @ models/lib/nn.yaml:96:46
%4631 = mul %4625, %2289 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4632 = mul %4625, %2288 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4633 = reshape %4632 : f32[68,16] @ models/lib/nn.yaml:96:37
%4634 = matmul %4433, %4633 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%4635 = reshape %4634 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4636 = reshape %4635 : f32[16] @ models/lib/nn.yaml:96:37
%4637 = add %3724, %4636 : f32[16] @ models/lib/nn.yaml:96:37
%4638 = mul %4631, %2287 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4639 = mul %4631, %2281 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4640 = reduce_sum %4639 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%4641 = mul %2286, %2286 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4642 = mul %2286, %4641 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4643 = mul %4642, %4451 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4644 = mul %4640, %4643 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4645 = div %4644, %702 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%4646 = broadcast %4645 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%4647 = mul %4646, %2281 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4648 = add %4638, %4647 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4649 = add %4648, %4647 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4650 = neg %4649 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%4651 = reduce_sum %4650 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%4652 = div %4651, %702 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%4653 = broadcast %4652 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4654 = add %4649, %4653 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4655 = slice %4654 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4656 = add %4517, %4655 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4657 = slice %4654 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4658 = add %4465, %4657 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4659 = reduce_sum %4656 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4660 = reshape %4659 : f32[16] @ models/lib/nn.yaml:84:18
%4661 = add %3747, %4660 : f32[16] @ models/lib/nn.yaml:84:18
%4662 = matmul %4656, %49 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%4663 = reshape %2272 : f32[4,64] @ models/lib/nn.yaml:83:15
%4664 = reshape %4656 : f32[4,16] @ models/lib/nn.yaml:83:15
%4665 = matmul %4664, %4663 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4666 = add %3751, %4665 : f32[16,64] @ models/lib/nn.yaml:83:15
%4667 = mul %4662, %2271 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4668 = mul %4662, %2268 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4669 = mul %2269, %2269 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4670 = neg %4669 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4671 = exp %4670 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4672 = mul %4671, %3586 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4673 = mul %4668, %4672 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4674 = mul %4673, %818 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4675 = mul %4667, %816 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4676 = add %4674, %4675 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4677 = reduce_sum %4676 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4678 = reshape %4677 : f32[64] @ models/lib/nn.yaml:84:18
%4679 = add %3763, %4678 : f32[64] @ models/lib/nn.yaml:84:18
%4680 = matmul %4676, %47 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4681 = reshape %2264 : f32[4,16] @ models/lib/nn.yaml:83:15
%4682 = reshape %4676 : f32[4,64] @ models/lib/nn.yaml:83:15
%4683 = matmul %4682, %4681 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4684 = add %3767, %4683 : f32[64,16] @ models/lib/nn.yaml:83:15
%4685 = reduce_sum %4680 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4686 = reshape %4685 : f32[16] @ models/lib/nn.yaml:96:46
%4687 = add %3769, %4686 : f32[16] @ models/lib/nn.yaml:96:46
%4688 = mul %4680, %2261 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4689 = mul %4680, %2260 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4690 = reduce_sum %4689 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4691 = reshape %4690 : f32[16] @ models/lib/nn.yaml:96:37
%4692 = add %3773, %4691 : f32[16] @ models/lib/nn.yaml:96:37
%4693 = mul %4688, %2259 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4694 = mul %4688, %2253 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4695 = reduce_sum %4694 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4696 = mul %2258, %2258 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4697 = mul %2258, %4696 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4698 = mul %4697, %3609 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4699 = mul %4695, %4698 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4700 = div %4699, %797 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4701 = broadcast %4700 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4702 = mul %4701, %2253 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4703 = add %4693, %4702 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4704 = add %4703, %4702 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4705 = add %4656, %4704 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4706 = neg %4704 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4707 = reduce_sum %4706 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4708 = div %4707, %797 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4709 = broadcast %4708 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4710 = add %4705, %4709 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4711 = reduce_sum %4710 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4712 = reshape %4711 : f32[16] @ models/lib/nn.yaml:84:18
%4713 = add %3793, %4712 : f32[16] @ models/lib/nn.yaml:84:18
%4714 = matmul %4710, %43 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4715 = reshape %2244 : f32[4,16] @ models/lib/nn.yaml:83:15
%4716 = reshape %4710 : f32[4,16] @ models/lib/nn.yaml:83:15
%4717 = matmul %4716, %4715 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4718 = add %3797, %4717 : f32[16,16] @ models/lib/nn.yaml:83:15
%4719 = reshape %4714 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%4720 = permute %4719 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%4721 = permute %2188 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%4722 = slice %4720 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4723 = broadcast %4722 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4724 = slice %4721 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4725 = mul %4723, %4724 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4726 = slice %4720 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4727 = broadcast %4726 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4728 = slice %4721 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4729 = mul %4727, %4728 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4730 = add %4725, %4729 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4731 = slice %4720 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4732 = broadcast %4731 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4733 = slice %4721 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4734 = mul %4732, %4733 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4735 = add %4730, %4734 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4736 = slice %4720 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4737 = broadcast %4736 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4738 = slice %4721 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4739 = mul %4737, %4738 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4740 = add %4735, %4739 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4741 = slice %4720 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4742 = broadcast %4741 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4743 = slice %4721 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4744 = mul %4742, %4743 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4745 = add %4740, %4744 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4746 = slice %4720 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4747 = broadcast %4746 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4748 = slice %4721 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4749 = mul %4747, %4748 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4750 = add %4745, %4749 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4751 = slice %4720 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4752 = broadcast %4751 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4753 = slice %4721 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4754 = mul %4752, %4753 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4755 = add %4750, %4754 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4756 = slice %4720 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4757 = broadcast %4756 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4758 = slice %4721 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4759 = mul %4757, %4758 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4760 = add %4755, %4759 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4761 = permute %2237 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%4762 = broadcast %4761 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4763 = broadcast %4720 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4764 = mul %4762, %4763 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4765 = div %4760, %2236 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4766 = mul %4765, %2237 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4767 = neg %4766 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4768 = reduce_sum %4767 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4769 = broadcast %4768 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4770 = add %4765, %4769 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4771 = mul %4770, %2234 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%4772 = mul %4771, %774 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%4773 = reshape %4772 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%4774 = broadcast %4773 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4775 = reshape %2183 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4776 = broadcast %4775 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4777 = mul %4774, %4776 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4778 = reduce_sum %4777 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4779 = permute %4772 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%4780 = broadcast %4779 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4781 = broadcast %2178 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4782 = mul %4780, %4781 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4783 = permute %4764 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%4784 = reshape %4783 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%4785 = reshape %4784 : f32[68,16] @ models/lib/nn.yaml:84:18
%4786 = matmul %4433, %4785 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4787 = reshape %4786 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4788 = reshape %4787 : f32[16] @ models/lib/nn.yaml:84:18
%4789 = add %3865, %4788 : f32[16] @ models/lib/nn.yaml:84:18
%4790 = matmul %4784, %41 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4791 = reshape %2172 : f32[68,16] @ models/lib/nn.yaml:83:15
%4792 = reshape %4783 : f32[68,16] @ models/lib/nn.yaml:83:15
%4793 = matmul %4792, %4791 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4794 = add %3869, %4793 : f32[16,16] @ models/lib/nn.yaml:83:15
%4795 = permute %4782 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%4796 = reshape %4795 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%4797 = reshape %4796 : f32[68,16] @ models/lib/nn.yaml:84:18
%4798 = matmul %4433, %4797 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4799 = reshape %4798 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4800 = reshape %4799 : f32[16] @ models/lib/nn.yaml:84:18
%4801 = add %3873, %4800 : f32[16] @ models/lib/nn.yaml:84:18
%4802 = matmul %4796, %39 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4803 = add %4790, %4802 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4804 = reshape %4795 : f32[68,16] @ models/lib/nn.yaml:83:15
%4805 = matmul %4804, %4791 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4806 = add %3877, %4805 : f32[16,16] @ models/lib/nn.yaml:83:15
%4807 = permute %4778 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4808 = reshape %4807 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4809 = reduce_sum %4808 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4810 = reshape %4809 : f32[16] @ models/lib/nn.yaml:84:18
%4811 = add %3881, %4810 : f32[16] @ models/lib/nn.yaml:84:18
%4812 = matmul %4808, %37 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4813 = reshape %2173 : f32[4,16] @ models/lib/nn.yaml:83:15
%4814 = reshape %4807 : f32[4,16] @ models/lib/nn.yaml:83:15
%4815 = matmul %4814, %4813 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4816 = add %3885, %4815 : f32[16,16] @ models/lib/nn.yaml:83:15
%4817 = pad %4812 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4818 = add %4803, %4817 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4819 = reshape %4818 : f32[68,16] @ models/lib/nn.yaml:96:46
%4820 = matmul %4433, %4819 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4821 = reshape %4820 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4822 = reshape %4821 : f32[16] @ models/lib/nn.yaml:96:46
%4823 = add %3889, %4822 : f32[16] @ models/lib/nn.yaml:96:46
%4824 = mul %4818, %2169 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4825 = mul %4818, %2168 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4826 = reshape %4825 : f32[68,16] @ models/lib/nn.yaml:96:37
%4827 = matmul %4433, %4826 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%4828 = reshape %4827 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4829 = reshape %4828 : f32[16] @ models/lib/nn.yaml:96:37
%4830 = add %3893, %4829 : f32[16] @ models/lib/nn.yaml:96:37
%4831 = mul %4824, %2167 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4832 = mul %4824, %2161 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4833 = reduce_sum %4832 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%4834 = mul %2166, %2166 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4835 = mul %2166, %4834 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4836 = mul %4835, %4451 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4837 = mul %4833, %4836 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4838 = div %4837, %702 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%4839 = broadcast %4838 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%4840 = mul %4839, %2161 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4841 = add %4831, %4840 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4842 = add %4841, %4840 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4843 = neg %4842 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%4844 = reduce_sum %4843 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%4845 = div %4844, %702 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%4846 = broadcast %4845 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4847 = add %4842, %4846 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4848 = slice %4847 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4849 = add %4710, %4848 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4850 = slice %4847 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4851 = add %4658, %4850 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4852 = reduce_sum %4849 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4853 = add %3915, %4852 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4854 = mul %4851, %2153 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%4855 = div %4854, %2111 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%4856 = reshape %4855 : f32[64,16] @ models/lib/nn.yaml:84:18
%4857 = matmul %4305, %4856 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4858 = reshape %4857 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4859 = reshape %4858 : f32[16] @ models/lib/nn.yaml:84:18
%4860 = add %3919, %4859 : f32[16] @ models/lib/nn.yaml:84:18
%4861 = matmul %4855, %32 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%4862 = reshape %2144 : f32[64,64] @ models/lib/nn.yaml:83:15
%4863 = reshape %4855 : f32[64,16] @ models/lib/nn.yaml:83:15
%4864 = matmul %4863, %4862 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4865 = add %3923, %4864 : f32[16,64] @ models/lib/nn.yaml:83:15
%4866 = mul %4861, %2143 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4867 = mul %4861, %2140 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4868 = mul %2141, %2141 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4869 = neg %4868 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4870 = exp %4869 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4871 = broadcast %3446 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4872 = mul %4870, %4871 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4873 = mul %4867, %4872 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4874 = mul %4873, %297 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%4875 = mul %4866, %294 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4876 = add %4874, %4875 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4877 = reshape %4876 : f32[64,64] @ models/lib/nn.yaml:84:18
%4878 = matmul %4305, %4877 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%4879 = reshape %4878 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4880 = reshape %4879 : f32[64] @ models/lib/nn.yaml:84:18
%4881 = add %3936, %4880 : f32[64] @ models/lib/nn.yaml:84:18
%4882 = matmul %4876, %30 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4883 = reshape %2136 : f32[64,16] @ models/lib/nn.yaml:83:15
%4884 = reshape %4876 : f32[64,64] @ models/lib/nn.yaml:83:15
%4885 = matmul %4884, %4883 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4886 = add %3940, %4885 : f32[64,16] @ models/lib/nn.yaml:83:15
%4887 = reshape %4882 : f32[64,16] @ models/lib/nn.yaml:96:46
%4888 = matmul %4305, %4887 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4889 = reshape %4888 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4890 = reshape %4889 : f32[16] @ models/lib/nn.yaml:96:46
%4891 = add %3942, %4890 : f32[16] @ models/lib/nn.yaml:96:46
%4892 = mul %4882, %2133 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4893 = mul %4882, %2132 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4894 = reshape %4893 : f32[64,16] @ models/lib/nn.yaml:96:37
%4895 = matmul %4305, %4894 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%4896 = reshape %4895 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4897 = reshape %4896 : f32[16] @ models/lib/nn.yaml:96:37
%4898 = add %3946, %4897 : f32[16] @ models/lib/nn.yaml:96:37
%4899 = mul %4892, %2131 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4900 = mul %4892, %2125 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4901 = reduce_sum %4900 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4902 = mul %2130, %2130 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4903 = mul %2130, %4902 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4904 = broadcast %3559 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4905 = mul %4903, %4904 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4906 = mul %4901, %4905 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4907 = div %4906, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4908 = broadcast %4907 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4909 = mul %4908, %2125 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4910 = add %4899, %4909 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4911 = add %4910, %4909 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4912 = add %4851, %4911 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4913 = neg %4911 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4914 = reduce_sum %4913 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4915 = div %4914, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4916 = broadcast %4915 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4917 = add %4912, %4916 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4918 = mul %4917, %2119 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%4919 = div %4918, %2111 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%4920 = reshape %4919 : f32[64,16] @ models/lib/nn.yaml:84:18
%4921 = matmul %4305, %4920 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4922 = reshape %4921 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4923 = reshape %4922 : f32[16] @ models/lib/nn.yaml:84:18
%4924 = add %3969, %4923 : f32[16] @ models/lib/nn.yaml:84:18
%4925 = matmul %4919, %26 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4926 = reshape %2105 : f32[64,16] @ models/lib/nn.yaml:83:15
%4927 = reshape %4919 : f32[64,16] @ models/lib/nn.yaml:83:15
%4928 = matmul %4927, %4926 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4929 = add %3973, %4928 : f32[16,16] @ models/lib/nn.yaml:83:15
%4930 = reshape %4925 : f32[4,16,2,8] @ models/lib/nn.yaml:57:16
%4931 = permute %4930 perm=[0,2,1,3] : f32[4,2,16,8] @ models/lib/nn.yaml:56:13
%4932 = permute %2041 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%4933 = slice %4931 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%4934 = broadcast %4933 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4935 = slice %4932 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%4936 = broadcast %4935 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4937 = mul %4934, %4936 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4938 = slice %4931 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%4939 = broadcast %4938 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4940 = slice %4932 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%4941 = broadcast %4940 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4942 = mul %4939, %4941 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4943 = add %4937, %4942 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4944 = slice %4931 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%4945 = broadcast %4944 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4946 = slice %4932 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%4947 = broadcast %4946 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4948 = mul %4945, %4947 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4949 = add %4943, %4948 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4950 = slice %4931 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%4951 = broadcast %4950 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4952 = slice %4932 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%4953 = broadcast %4952 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4954 = mul %4951, %4953 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4955 = add %4949, %4954 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4956 = slice %4931 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%4957 = broadcast %4956 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4958 = slice %4932 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%4959 = broadcast %4958 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4960 = mul %4957, %4959 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4961 = add %4955, %4960 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4962 = slice %4931 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%4963 = broadcast %4962 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4964 = slice %4932 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%4965 = broadcast %4964 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4966 = mul %4963, %4965 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4967 = add %4961, %4966 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4968 = slice %4931 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%4969 = broadcast %4968 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4970 = slice %4932 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%4971 = broadcast %4970 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4972 = mul %4969, %4971 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4973 = add %4967, %4972 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4974 = slice %4931 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%4975 = broadcast %4974 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4976 = slice %4932 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%4977 = broadcast %4976 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4978 = mul %4975, %4977 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4979 = add %4973, %4978 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4980 = permute %2098 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4981 = reshape %4980 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%4982 = broadcast %4981 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4983 = reshape %4931 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%4984 = broadcast %4983 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4985 = mul %4982, %4984 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4986 = reduce_sum %4985 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4987 = div %4979, %2097 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4988 = mul %4987, %2098 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4989 = neg %4988 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4990 = reduce_sum %4989 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%4991 = broadcast %4990 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4992 = add %4987, %4991 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4993 = mul %4992, %2095 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%4994 = mul %4993, %253 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%4995 = reshape %4994 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%4996 = broadcast %4995 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4997 = reshape %2039 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%4998 = broadcast %4997 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4999 = mul %4996, %4998 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5000 = reduce_sum %4999 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5001 = permute %4994 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5002 = reshape %5001 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5003 = broadcast %5002 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5004 = reshape %2037 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5005 = broadcast %5004 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5006 = mul %5003, %5005 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5007 = reduce_sum %5006 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5008 = reshape %4986 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%5009 = reshape %5007 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%5010 = reshape %5000 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%5011 = concat %5010, %5009, %5008 axis=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%5012 = permute %5011 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%5013 = reshape %5012 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%5014 = reshape %5013 : f32[64,48] @ models/lib/nn.yaml:84:18
%5015 = matmul %4305, %5014 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%5016 = reshape %5015 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5017 = reshape %5016 : f32[48] @ models/lib/nn.yaml:84:18
%5018 = add %4059, %5017 : f32[48] @ models/lib/nn.yaml:84:18
%5019 = matmul %5013, %24 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5020 = reshape %2030 : f32[64,16] @ models/lib/nn.yaml:83:15
%5021 = reshape %5012 : f32[64,48] @ models/lib/nn.yaml:83:15
%5022 = matmul %5021, %5020 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%5023 = add %4063, %5022 : f32[48,16] @ models/lib/nn.yaml:83:15
%5024 = reshape %5019 : f32[64,16] @ models/lib/nn.yaml:96:46
%5025 = matmul %4305, %5024 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5026 = reshape %5025 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5027 = reshape %5026 : f32[16] @ models/lib/nn.yaml:96:46
%5028 = add %4065, %5027 : f32[16] @ models/lib/nn.yaml:96:46
%5029 = mul %5019, %2027 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5030 = mul %5019, %2026 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5031 = reshape %5030 : f32[64,16] @ models/lib/nn.yaml:96:37
%5032 = matmul %4305, %5031 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5033 = reshape %5032 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5034 = reshape %5033 : f32[16] @ models/lib/nn.yaml:96:37
%5035 = add %4069, %5034 : f32[16] @ models/lib/nn.yaml:96:37
%5036 = mul %5029, %2025 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5037 = mul %5029, %2019 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5038 = reduce_sum %5037 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5039 = mul %2024, %2024 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5040 = mul %2024, %5039 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5041 = mul %5040, %4904 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5042 = mul %5038, %5041 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5043 = div %5042, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5044 = broadcast %5043 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5045 = mul %5044, %2019 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5046 = add %5036, %5045 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5047 = add %5046, %5045 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5048 = add %4917, %5047 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5049 = neg %5047 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5050 = reduce_sum %5049 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5051 = div %5050, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5052 = broadcast %5051 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5053 = add %5048, %5052 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5054 = reshape %5053 : f32[64,16] @ models/lib/nn.yaml:84:18
%5055 = matmul %4305, %5054 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5056 = reshape %5055 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5057 = reshape %5056 : f32[16] @ models/lib/nn.yaml:84:18
%5058 = add %4089, %5057 : f32[16] @ models/lib/nn.yaml:84:18
%5059 = matmul %5053, %20 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%5060 = reshape %2011 : f32[64,64] @ models/lib/nn.yaml:83:15
%5061 = reshape %5053 : f32[64,16] @ models/lib/nn.yaml:83:15
%5062 = matmul %5061, %5060 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%5063 = add %4093, %5062 : f32[16,64] @ models/lib/nn.yaml:83:15
%5064 = mul %5059, %2010 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5065 = mul %5059, %2007 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5066 = mul %2008, %2008 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5067 = neg %5066 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5068 = exp %5067 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5069 = mul %5068, %4871 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5070 = mul %5065, %5069 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5071 = mul %5070, %297 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5072 = mul %5064, %294 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5073 = add %5071, %5072 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5074 = reshape %5073 : f32[64,64] @ models/lib/nn.yaml:84:18
%5075 = matmul %4305, %5074 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%5076 = reshape %5075 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5077 = reshape %5076 : f32[64] @ models/lib/nn.yaml:84:18
%5078 = add %4105, %5077 : f32[64] @ models/lib/nn.yaml:84:18
%5079 = matmul %5073, %18 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5080 = reshape %2003 : f32[64,16] @ models/lib/nn.yaml:83:15
%5081 = reshape %5073 : f32[64,64] @ models/lib/nn.yaml:83:15
%5082 = matmul %5081, %5080 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%5083 = add %4109, %5082 : f32[64,16] @ models/lib/nn.yaml:83:15
%5084 = reshape %5079 : f32[64,16] @ models/lib/nn.yaml:96:46
%5085 = matmul %4305, %5084 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5086 = reshape %5085 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5087 = reshape %5086 : f32[16] @ models/lib/nn.yaml:96:46
%5088 = add %4111, %5087 : f32[16] @ models/lib/nn.yaml:96:46
%5089 = mul %5079, %2000 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5090 = mul %5079, %1999 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5091 = reshape %5090 : f32[64,16] @ models/lib/nn.yaml:96:37
%5092 = matmul %4305, %5091 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5093 = reshape %5092 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5094 = reshape %5093 : f32[16] @ models/lib/nn.yaml:96:37
%5095 = add %4115, %5094 : f32[16] @ models/lib/nn.yaml:96:37
%5096 = mul %5089, %1998 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5097 = mul %5089, %1992 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5098 = reduce_sum %5097 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5099 = mul %1997, %1997 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5100 = mul %1997, %5099 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5101 = mul %5100, %4904 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5102 = mul %5098, %5101 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5103 = div %5102, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5104 = broadcast %5103 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5105 = mul %5104, %1992 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5106 = add %5096, %5105 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5107 = add %5106, %5105 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5108 = add %5053, %5107 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5109 = neg %5107 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5110 = reduce_sum %5109 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5111 = div %5110, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5112 = broadcast %5111 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5113 = add %5108, %5112 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5114 = reshape %5113 : f32[64,16] @ models/lib/nn.yaml:84:18
%5115 = matmul %4305, %5114 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5116 = reshape %5115 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5117 = reshape %5116 : f32[16] @ models/lib/nn.yaml:84:18
%5118 = add %4135, %5117 : f32[16] @ models/lib/nn.yaml:84:18
%5119 = matmul %5113, %14 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5120 = reshape %1983 : f32[64,16] @ models/lib/nn.yaml:83:15
%5121 = reshape %5113 : f32[64,16] @ models/lib/nn.yaml:83:15
%5122 = matmul %5121, %5120 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%5123 = add %4139, %5122 : f32[16,16] @ models/lib/nn.yaml:83:15
%5124 = reshape %5119 : f32[4,16,2,8] @ models/lib/nn.yaml:57:16
%5125 = permute %5124 perm=[0,2,1,3] : f32[4,2,16,8] @ models/lib/nn.yaml:56:13
%5126 = permute %1919 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%5127 = slice %5125 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5128 = broadcast %5127 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5129 = slice %5126 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5130 = broadcast %5129 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5131 = mul %5128, %5130 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5132 = slice %5125 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5133 = broadcast %5132 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5134 = slice %5126 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5135 = broadcast %5134 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5136 = mul %5133, %5135 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5137 = add %5131, %5136 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5138 = slice %5125 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5139 = broadcast %5138 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5140 = slice %5126 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5141 = broadcast %5140 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5142 = mul %5139, %5141 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5143 = add %5137, %5142 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5144 = slice %5125 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5145 = broadcast %5144 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5146 = slice %5126 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5147 = broadcast %5146 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5148 = mul %5145, %5147 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5149 = add %5143, %5148 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5150 = slice %5125 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5151 = broadcast %5150 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5152 = slice %5126 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5153 = broadcast %5152 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5154 = mul %5151, %5153 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5155 = add %5149, %5154 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5156 = slice %5125 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5157 = broadcast %5156 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5158 = slice %5126 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5159 = broadcast %5158 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5160 = mul %5157, %5159 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5161 = add %5155, %5160 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5162 = slice %5125 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5163 = broadcast %5162 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5164 = slice %5126 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5165 = broadcast %5164 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5166 = mul %5163, %5165 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5167 = add %5161, %5166 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5168 = slice %5125 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5169 = broadcast %5168 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5170 = slice %5126 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5171 = broadcast %5170 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5172 = mul %5169, %5171 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5173 = add %5167, %5172 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5174 = permute %1976 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5175 = reshape %5174 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%5176 = broadcast %5175 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5177 = reshape %5125 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%5178 = broadcast %5177 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5179 = mul %5176, %5178 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5180 = reduce_sum %5179 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5181 = div %5173, %1975 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5182 = mul %5181, %1976 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5183 = neg %5182 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5184 = reduce_sum %5183 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%5185 = broadcast %5184 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5186 = add %5181, %5185 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5187 = mul %5186, %1973 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%5188 = mul %5187, %253 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%5189 = reshape %5188 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5190 = broadcast %5189 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5191 = reshape %1917 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5192 = broadcast %5191 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5193 = mul %5190, %5192 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5194 = reduce_sum %5193 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5195 = permute %5188 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5196 = reshape %5195 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5197 = broadcast %5196 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5198 = reshape %1915 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5199 = broadcast %5198 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5200 = mul %5197, %5199 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5201 = reduce_sum %5200 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5202 = reshape %5180 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%5203 = reshape %5201 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%5204 = reshape %5194 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%5205 = concat %5204, %5203, %5202 axis=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%5206 = permute %5205 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%5207 = reshape %5206 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%5208 = reshape %5207 : f32[64,48] @ models/lib/nn.yaml:84:18
%5209 = matmul %4305, %5208 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%5210 = reshape %5209 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5211 = reshape %5210 : f32[48] @ models/lib/nn.yaml:84:18
%5212 = add %4225, %5211 : f32[48] @ models/lib/nn.yaml:84:18
%5213 = matmul %5207, %12 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5214 = reshape %1908 : f32[64,16] @ models/lib/nn.yaml:83:15
%5215 = reshape %5206 : f32[64,48] @ models/lib/nn.yaml:83:15
%5216 = matmul %5215, %5214 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%5217 = add %4229, %5216 : f32[48,16] @ models/lib/nn.yaml:83:15
%5218 = reshape %5213 : f32[64,16] @ models/lib/nn.yaml:96:46
%5219 = matmul %4305, %5218 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5220 = reshape %5219 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5221 = reshape %5220 : f32[16] @ models/lib/nn.yaml:96:46
%5222 = add %4231, %5221 : f32[16] @ models/lib/nn.yaml:96:46
%5223 = mul %5213, %1905 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5224 = mul %5213, %1904 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5225 = reshape %5224 : f32[64,16] @ models/lib/nn.yaml:96:37
%5226 = matmul %4305, %5225 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5227 = reshape %5226 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5228 = reshape %5227 : f32[16] @ models/lib/nn.yaml:96:37
%5229 = add %4235, %5228 : f32[16] @ models/lib/nn.yaml:96:37
%5230 = mul %5223, %1903 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5231 = mul %5223, %1897 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5232 = reduce_sum %5231 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5233 = mul %1902, %1902 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5234 = mul %1902, %5233 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5235 = mul %5234, %4904 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5236 = mul %5232, %5235 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5237 = div %5236, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5238 = broadcast %5237 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5239 = mul %5238, %1897 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5240 = add %5230, %5239 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5241 = add %5240, %5239 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5242 = add %5113, %5241 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5243 = neg %5241 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5244 = reduce_sum %5243 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5245 = div %5244, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5246 = broadcast %5245 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5247 = add %5242, %5246 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5248 = reduce_sum %5247 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%5249 = add %4263, %5248 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%5250 = reshape %5247 : f32[64,16] @ models/lib/vit.yaml:17:71
%5251 = matmul %4305, %5250 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%5252 = reshape %5251 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%5253 = reshape %5252 : f32[16] @ models/lib/vit.yaml:17:71
%5254 = add %4265, %5253 : f32[16] @ models/lib/vit.yaml:17:71
%5255 = reshape %166 : f32[64,48] @ models/lib/vit.yaml:17:18
%5256 = reshape %5247 : f32[64,16] @ models/lib/vit.yaml:17:18
%5257 = matmul %5256, %5255 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%5258 = reshape %5257 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%5259 = add %4269, %5258 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%5260 = all_reduce_sum %5249 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5261 = reshape %5260 : f32[256] @ models/lib/vit.yaml:48:7
%5262 = mul %5261, %5261 : f32[256] @ models/lib/vit.yaml:48:7
%5263 = reduce_sum %5262 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%5264 = sqrt %5263 : f32[] @ models/lib/vit.yaml:48:7
%5265 = cast %5264 : f64[] @ models/lib/vit.yaml:48:7
%5266 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%5267 = add %5265, %5266 : f64[] @ models/lib/vit.yaml:48:7
%5268 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%5269 = div %5268, %5267 : f64[] @ models/lib/vit.yaml:48:7
%5270 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%5271 = lt %5269, %5270 : bool[] @ models/lib/vit.yaml:48:7
%5272 = cast %5269 : f32[] @ models/lib/vit.yaml:48:7
%5273 = broadcast %5272 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5274 = mul %5260, %5273 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5275 = broadcast %5271 : bool[1,16,16] @ models/lib/vit.yaml:48:7
%5276 = select %5275, %5274, %5260 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5277 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5278 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5279 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%5280 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%5281 = add %5279, %5280 : i64[] @ models/lib/vit.yaml:48:7
%5282 = mul %3314, %3315 : f64[] @ models/lib/vit.yaml:48:7
%5283 = sub %5270, %5282 : f64[] @ models/lib/vit.yaml:48:7
%5284 = cast %5283 : f32[] @ models/lib/vit.yaml:48:7
%5285 = broadcast %5284 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5286 = mul %7, %5285 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5287 = broadcast %3070 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5288 = mul %5276, %5287 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5289 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%5290 = broadcast %2110 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5291 = mul %5277, %5290 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5292 = add %5291, %5288 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5293 = mul %5276, %5276 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5294 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%5295 = broadcast %5294 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5296 = mul %5293, %5295 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5297 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%5298 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%5299 = broadcast %5298 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5300 = mul %5278, %5299 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5301 = add %5300, %5296 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5302 = cast %5281 : f64[] @ models/lib/vit.yaml:48:7
%5303 = pow %5289, %5302 : f64[] @ models/lib/vit.yaml:48:7
%5304 = sub %5270, %5303 : f64[] @ models/lib/vit.yaml:48:7
%5305 = div %3314, %5304 : f64[] @ models/lib/vit.yaml:48:7
%5306 = pow %5297, %5302 : f64[] @ models/lib/vit.yaml:48:7
%5307 = sub %5270, %5306 : f64[] @ models/lib/vit.yaml:48:7
%5308 = sqrt %5307 : f64[] @ models/lib/vit.yaml:48:7
%5309 = div %5270, %5308 : f64[] @ models/lib/vit.yaml:48:7
%5310 = sqrt %5301 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5311 = cast %5309 : f32[] @ models/lib/vit.yaml:48:7
%5312 = broadcast %5311 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5313 = mul %5310, %5312 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5314 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%5315 = broadcast %5314 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5316 = add %5313, %5315 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5317 = div %5292, %5316 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5318 = cast %5305 : f32[] @ models/lib/vit.yaml:48:7
%5319 = broadcast %5318 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5320 = mul %5317, %5319 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5321 = sub %5286, %5320 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5322 = assign %7, %5321 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5323 = assign %5277, %5292 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5324 = assign %5278, %5301 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5325 = assign %5279, %5281 : i64[] @ models/lib/vit.yaml:48:7
%5326 = cast %3316 : f32[] @ models/lib/vit.yaml:48:7
%5327 = broadcast %5326 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5328 = mul %85, %5327 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5329 = sub %5270, %3316 : f64[] @ models/lib/vit.yaml:48:7
%5330 = cast %5329 : f32[] @ models/lib/vit.yaml:48:7
%5331 = broadcast %5330 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5332 = mul %5321, %5331 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5333 = add %5328, %5332 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5334 = assign %85, %5333 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5335 = all_reduce_sum %5259 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5336 = reshape %5335 : f32[768] @ models/lib/vit.yaml:9:7
%5337 = mul %5336, %5336 : f32[768] @ models/lib/vit.yaml:9:7
%5338 = reduce_sum %5337 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%5339 = sqrt %5338 : f32[] @ models/lib/vit.yaml:9:7
%5340 = cast %5339 : f64[] @ models/lib/vit.yaml:9:7
%5341 = add %5340, %5266 : f64[] @ models/lib/vit.yaml:9:7
%5342 = div %5268, %5341 : f64[] @ models/lib/vit.yaml:9:7
%5343 = lt %5342, %5270 : bool[] @ models/lib/vit.yaml:9:7
%5344 = cast %5342 : f32[] @ models/lib/vit.yaml:9:7
%5345 = broadcast %5344 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5346 = mul %5335, %5345 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5347 = broadcast %5343 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%5348 = select %5347, %5346, %5335 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5349 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5350 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5351 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%5352 = add %5351, %5280 : i64[] @ models/lib/vit.yaml:9:7
%5353 = broadcast %5284 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5354 = mul %8, %5353 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5355 = broadcast %3070 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5356 = mul %5348, %5355 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5357 = broadcast %2110 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5358 = mul %5349, %5357 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5359 = add %5358, %5356 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5360 = mul %5348, %5348 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5361 = broadcast %5294 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5362 = mul %5360, %5361 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5363 = broadcast %5298 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5364 = mul %5350, %5363 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5365 = add %5364, %5362 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5366 = cast %5352 : f64[] @ models/lib/vit.yaml:9:7
%5367 = pow %5289, %5366 : f64[] @ models/lib/vit.yaml:9:7
%5368 = sub %5270, %5367 : f64[] @ models/lib/vit.yaml:9:7
%5369 = div %3314, %5368 : f64[] @ models/lib/vit.yaml:9:7
%5370 = pow %5297, %5366 : f64[] @ models/lib/vit.yaml:9:7
%5371 = sub %5270, %5370 : f64[] @ models/lib/vit.yaml:9:7
%5372 = sqrt %5371 : f64[] @ models/lib/vit.yaml:9:7
%5373 = div %5270, %5372 : f64[] @ models/lib/vit.yaml:9:7
%5374 = sqrt %5365 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5375 = cast %5373 : f32[] @ models/lib/vit.yaml:9:7
%5376 = broadcast %5375 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5377 = mul %5374, %5376 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5378 = broadcast %5314 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5379 = add %5377, %5378 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5380 = div %5359, %5379 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5381 = cast %5369 : f32[] @ models/lib/vit.yaml:9:7
%5382 = broadcast %5381 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5383 = mul %5380, %5382 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5384 = sub %5354, %5383 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5385 = assign %8, %5384 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5386 = assign %5349, %5359 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5387 = assign %5350, %5365 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5388 = assign %5351, %5352 : i64[] @ models/lib/vit.yaml:9:7
%5389 = broadcast %5326 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5390 = mul %86, %5389 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5391 = broadcast %5330 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5392 = mul %5384, %5391 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5393 = add %5390, %5392 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5394 = assign %86, %5393 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5395 = all_reduce_sum %5254 : f32[16] @ models/lib/vit.yaml:10:7
%5396 = mul %5395, %5395 : f32[16] @ models/lib/vit.yaml:10:7
%5397 = reduce_sum %5396 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%5398 = sqrt %5397 : f32[] @ models/lib/vit.yaml:10:7
%5399 = cast %5398 : f64[] @ models/lib/vit.yaml:10:7
%5400 = add %5399, %5266 : f64[] @ models/lib/vit.yaml:10:7
%5401 = div %5268, %5400 : f64[] @ models/lib/vit.yaml:10:7
%5402 = lt %5401, %5270 : bool[] @ models/lib/vit.yaml:10:7
%5403 = cast %5401 : f32[] @ models/lib/vit.yaml:10:7
%5404 = broadcast %5403 : f32[16] @ models/lib/vit.yaml:10:7
%5405 = mul %5395, %5404 : f32[16] @ models/lib/vit.yaml:10:7
%5406 = broadcast %5402 : bool[16] @ models/lib/vit.yaml:10:7
%5407 = select %5406, %5405, %5395 : f32[16] @ models/lib/vit.yaml:10:7
%5408 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%5409 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%5410 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%5411 = add %5410, %5280 : i64[] @ models/lib/vit.yaml:10:7
%5412 = broadcast %3070 : f32[16] @ models/lib/vit.yaml:10:7
%5413 = mul %5407, %5412 : f32[16] @ models/lib/vit.yaml:10:7
%5414 = broadcast %2110 : f32[16] @ models/lib/vit.yaml:10:7
%5415 = mul %5408, %5414 : f32[16] @ models/lib/vit.yaml:10:7
%5416 = add %5415, %5413 : f32[16] @ models/lib/vit.yaml:10:7
%5417 = mul %5407, %5407 : f32[16] @ models/lib/vit.yaml:10:7
%5418 = broadcast %5294 : f32[16] @ models/lib/vit.yaml:10:7
%5419 = mul %5417, %5418 : f32[16] @ models/lib/vit.yaml:10:7
%5420 = broadcast %5298 : f32[16] @ models/lib/vit.yaml:10:7
%5421 = mul %5409, %5420 : f32[16] @ models/lib/vit.yaml:10:7
%5422 = add %5421, %5419 : f32[16] @ models/lib/vit.yaml:10:7
%5423 = cast %5411 : f64[] @ models/lib/vit.yaml:10:7
%5424 = pow %5289, %5423 : f64[] @ models/lib/vit.yaml:10:7
%5425 = sub %5270, %5424 : f64[] @ models/lib/vit.yaml:10:7
%5426 = div %3314, %5425 : f64[] @ models/lib/vit.yaml:10:7
%5427 = pow %5297, %5423 : f64[] @ models/lib/vit.yaml:10:7
%5428 = sub %5270, %5427 : f64[] @ models/lib/vit.yaml:10:7
%5429 = sqrt %5428 : f64[] @ models/lib/vit.yaml:10:7
%5430 = div %5270, %5429 : f64[] @ models/lib/vit.yaml:10:7
%5431 = sqrt %5422 : f32[16] @ models/lib/vit.yaml:10:7
%5432 = cast %5430 : f32[] @ models/lib/vit.yaml:10:7
%5433 = broadcast %5432 : f32[16] @ models/lib/vit.yaml:10:7
%5434 = mul %5431, %5433 : f32[16] @ models/lib/vit.yaml:10:7
%5435 = broadcast %5314 : f32[16] @ models/lib/vit.yaml:10:7
%5436 = add %5434, %5435 : f32[16] @ models/lib/vit.yaml:10:7
%5437 = div %5416, %5436 : f32[16] @ models/lib/vit.yaml:10:7
%5438 = cast %5426 : f32[] @ models/lib/vit.yaml:10:7
%5439 = broadcast %5438 : f32[16] @ models/lib/vit.yaml:10:7
%5440 = mul %5437, %5439 : f32[16] @ models/lib/vit.yaml:10:7
%5441 = sub %9, %5440 : f32[16] @ models/lib/vit.yaml:10:7
%5442 = assign %9, %5441 : f32[16] @ models/lib/vit.yaml:10:7
%5443 = assign %5408, %5416 : f32[16] @ models/lib/vit.yaml:10:7
%5444 = assign %5409, %5422 : f32[16] @ models/lib/vit.yaml:10:7
%5445 = assign %5410, %5411 : i64[] @ models/lib/vit.yaml:10:7
%5446 = broadcast %5326 : f32[16] @ models/lib/vit.yaml:10:7
%5447 = mul %87, %5446 : f32[16] @ models/lib/vit.yaml:10:7
%5448 = broadcast %5330 : f32[16] @ models/lib/vit.yaml:10:7
%5449 = mul %5441, %5448 : f32[16] @ models/lib/vit.yaml:10:7
%5450 = add %5447, %5449 : f32[16] @ models/lib/vit.yaml:10:7
%5451 = assign %87, %5450 : f32[16] @ models/lib/vit.yaml:10:7
%5452 = all_reduce_sum %5229 : f32[16] @ models/lib/nn.yaml:89:7
%5453 = mul %5452, %5452 : f32[16] @ models/lib/nn.yaml:89:7
%5454 = reduce_sum %5453 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5455 = sqrt %5454 : f32[] @ models/lib/nn.yaml:89:7
%5456 = cast %5455 : f64[] @ models/lib/nn.yaml:89:7
%5457 = add %5456, %5266 : f64[] @ models/lib/nn.yaml:89:7
%5458 = div %5268, %5457 : f64[] @ models/lib/nn.yaml:89:7
%5459 = lt %5458, %5270 : bool[] @ models/lib/nn.yaml:89:7
%5460 = cast %5458 : f32[] @ models/lib/nn.yaml:89:7
%5461 = broadcast %5460 : f32[16] @ models/lib/nn.yaml:89:7
%5462 = mul %5452, %5461 : f32[16] @ models/lib/nn.yaml:89:7
%5463 = broadcast %5459 : bool[16] @ models/lib/nn.yaml:89:7
%5464 = select %5463, %5462, %5452 : f32[16] @ models/lib/nn.yaml:89:7
%5465 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5466 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5467 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5468 = add %5467, %5280 : i64[] @ models/lib/nn.yaml:89:7
%5469 = mul %5464, %5412 : f32[16] @ models/lib/nn.yaml:89:7
%5470 = mul %5465, %5414 : f32[16] @ models/lib/nn.yaml:89:7
%5471 = add %5470, %5469 : f32[16] @ models/lib/nn.yaml:89:7
%5472 = mul %5464, %5464 : f32[16] @ models/lib/nn.yaml:89:7
%5473 = mul %5472, %5418 : f32[16] @ models/lib/nn.yaml:89:7
%5474 = mul %5466, %5420 : f32[16] @ models/lib/nn.yaml:89:7
%5475 = add %5474, %5473 : f32[16] @ models/lib/nn.yaml:89:7
%5476 = cast %5468 : f64[] @ models/lib/nn.yaml:89:7
%5477 = pow %5289, %5476 : f64[] @ models/lib/nn.yaml:89:7
%5478 = sub %5270, %5477 : f64[] @ models/lib/nn.yaml:89:7
%5479 = div %3314, %5478 : f64[] @ models/lib/nn.yaml:89:7
%5480 = pow %5297, %5476 : f64[] @ models/lib/nn.yaml:89:7
%5481 = sub %5270, %5480 : f64[] @ models/lib/nn.yaml:89:7
%5482 = sqrt %5481 : f64[] @ models/lib/nn.yaml:89:7
%5483 = div %5270, %5482 : f64[] @ models/lib/nn.yaml:89:7
%5484 = sqrt %5475 : f32[16] @ models/lib/nn.yaml:89:7
%5485 = cast %5483 : f32[] @ models/lib/nn.yaml:89:7
%5486 = broadcast %5485 : f32[16] @ models/lib/nn.yaml:89:7
%5487 = mul %5484, %5486 : f32[16] @ models/lib/nn.yaml:89:7
%5488 = add %5487, %5435 : f32[16] @ models/lib/nn.yaml:89:7
%5489 = div %5471, %5488 : f32[16] @ models/lib/nn.yaml:89:7
%5490 = cast %5479 : f32[] @ models/lib/nn.yaml:89:7
%5491 = broadcast %5490 : f32[16] @ models/lib/nn.yaml:89:7
%5492 = mul %5489, %5491 : f32[16] @ models/lib/nn.yaml:89:7
%5493 = sub %10, %5492 : f32[16] @ models/lib/nn.yaml:89:7
%5494 = assign %10, %5493 : f32[16] @ models/lib/nn.yaml:89:7
%5495 = assign %5465, %5471 : f32[16] @ models/lib/nn.yaml:89:7
%5496 = assign %5466, %5475 : f32[16] @ models/lib/nn.yaml:89:7
%5497 = assign %5467, %5468 : i64[] @ models/lib/nn.yaml:89:7
%5498 = mul %88, %5446 : f32[16] @ models/lib/nn.yaml:89:7
%5499 = mul %5493, %5448 : f32[16] @ models/lib/nn.yaml:89:7
%5500 = add %5498, %5499 : f32[16] @ models/lib/nn.yaml:89:7
%5501 = assign %88, %5500 : f32[16] @ models/lib/nn.yaml:89:7
%5502 = all_reduce_sum %5222 : f32[16] @ models/lib/nn.yaml:90:7
%5503 = mul %5502, %5502 : f32[16] @ models/lib/nn.yaml:90:7
%5504 = reduce_sum %5503 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5505 = sqrt %5504 : f32[] @ models/lib/nn.yaml:90:7
%5506 = cast %5505 : f64[] @ models/lib/nn.yaml:90:7
%5507 = add %5506, %5266 : f64[] @ models/lib/nn.yaml:90:7
%5508 = div %5268, %5507 : f64[] @ models/lib/nn.yaml:90:7
%5509 = lt %5508, %5270 : bool[] @ models/lib/nn.yaml:90:7
%5510 = cast %5508 : f32[] @ models/lib/nn.yaml:90:7
%5511 = broadcast %5510 : f32[16] @ models/lib/nn.yaml:90:7
%5512 = mul %5502, %5511 : f32[16] @ models/lib/nn.yaml:90:7
%5513 = broadcast %5509 : bool[16] @ models/lib/nn.yaml:90:7
%5514 = select %5513, %5512, %5502 : f32[16] @ models/lib/nn.yaml:90:7
%5515 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5516 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5517 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5518 = add %5517, %5280 : i64[] @ models/lib/nn.yaml:90:7
%5519 = mul %5514, %5412 : f32[16] @ models/lib/nn.yaml:90:7
%5520 = mul %5515, %5414 : f32[16] @ models/lib/nn.yaml:90:7
%5521 = add %5520, %5519 : f32[16] @ models/lib/nn.yaml:90:7
%5522 = mul %5514, %5514 : f32[16] @ models/lib/nn.yaml:90:7
%5523 = mul %5522, %5418 : f32[16] @ models/lib/nn.yaml:90:7
%5524 = mul %5516, %5420 : f32[16] @ models/lib/nn.yaml:90:7
%5525 = add %5524, %5523 : f32[16] @ models/lib/nn.yaml:90:7
%5526 = cast %5518 : f64[] @ models/lib/nn.yaml:90:7
%5527 = pow %5289, %5526 : f64[] @ models/lib/nn.yaml:90:7
%5528 = sub %5270, %5527 : f64[] @ models/lib/nn.yaml:90:7
%5529 = div %3314, %5528 : f64[] @ models/lib/nn.yaml:90:7
%5530 = pow %5297, %5526 : f64[] @ models/lib/nn.yaml:90:7
%5531 = sub %5270, %5530 : f64[] @ models/lib/nn.yaml:90:7
%5532 = sqrt %5531 : f64[] @ models/lib/nn.yaml:90:7
%5533 = div %5270, %5532 : f64[] @ models/lib/nn.yaml:90:7
%5534 = sqrt %5525 : f32[16] @ models/lib/nn.yaml:90:7
%5535 = cast %5533 : f32[] @ models/lib/nn.yaml:90:7
%5536 = broadcast %5535 : f32[16] @ models/lib/nn.yaml:90:7
%5537 = mul %5534, %5536 : f32[16] @ models/lib/nn.yaml:90:7
%5538 = add %5537, %5435 : f32[16] @ models/lib/nn.yaml:90:7
%5539 = div %5521, %5538 : f32[16] @ models/lib/nn.yaml:90:7
%5540 = cast %5529 : f32[] @ models/lib/nn.yaml:90:7
%5541 = broadcast %5540 : f32[16] @ models/lib/nn.yaml:90:7
%5542 = mul %5539, %5541 : f32[16] @ models/lib/nn.yaml:90:7
%5543 = sub %11, %5542 : f32[16] @ models/lib/nn.yaml:90:7
%5544 = assign %11, %5543 : f32[16] @ models/lib/nn.yaml:90:7
%5545 = assign %5515, %5521 : f32[16] @ models/lib/nn.yaml:90:7
%5546 = assign %5516, %5525 : f32[16] @ models/lib/nn.yaml:90:7
%5547 = assign %5517, %5518 : i64[] @ models/lib/nn.yaml:90:7
%5548 = mul %89, %5446 : f32[16] @ models/lib/nn.yaml:90:7
%5549 = mul %5543, %5448 : f32[16] @ models/lib/nn.yaml:90:7
%5550 = add %5548, %5549 : f32[16] @ models/lib/nn.yaml:90:7
%5551 = assign %89, %5550 : f32[16] @ models/lib/nn.yaml:90:7
%5552 = all_reduce_sum %5217 : f32[48,16] @ models/lib/nn.yaml:79:7
%5553 = reshape %5552 : f32[768] @ models/lib/nn.yaml:79:7
%5554 = mul %5553, %5553 : f32[768] @ models/lib/nn.yaml:79:7
%5555 = reduce_sum %5554 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5556 = sqrt %5555 : f32[] @ models/lib/nn.yaml:79:7
%5557 = cast %5556 : f64[] @ models/lib/nn.yaml:79:7
%5558 = add %5557, %5266 : f64[] @ models/lib/nn.yaml:79:7
%5559 = div %5268, %5558 : f64[] @ models/lib/nn.yaml:79:7
%5560 = lt %5559, %5270 : bool[] @ models/lib/nn.yaml:79:7
%5561 = cast %5559 : f32[] @ models/lib/nn.yaml:79:7
%5562 = broadcast %5561 : f32[48,16] @ models/lib/nn.yaml:79:7
%5563 = mul %5552, %5562 : f32[48,16] @ models/lib/nn.yaml:79:7
%5564 = broadcast %5560 : bool[48,16] @ models/lib/nn.yaml:79:7
%5565 = select %5564, %5563, %5552 : f32[48,16] @ models/lib/nn.yaml:79:7
%5566 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%5567 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%5568 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5569 = add %5568, %5280 : i64[] @ models/lib/nn.yaml:79:7
%5570 = broadcast %5284 : f32[48,16] @ models/lib/nn.yaml:79:7
%5571 = mul %12, %5570 : f32[48,16] @ models/lib/nn.yaml:79:7
%5572 = broadcast %3070 : f32[48,16] @ models/lib/nn.yaml:79:7
%5573 = mul %5565, %5572 : f32[48,16] @ models/lib/nn.yaml:79:7
%5574 = broadcast %2110 : f32[48,16] @ models/lib/nn.yaml:79:7
%5575 = mul %5566, %5574 : f32[48,16] @ models/lib/nn.yaml:79:7
%5576 = add %5575, %5573 : f32[48,16] @ models/lib/nn.yaml:79:7
%5577 = mul %5565, %5565 : f32[48,16] @ models/lib/nn.yaml:79:7
%5578 = broadcast %5294 : f32[48,16] @ models/lib/nn.yaml:79:7
%5579 = mul %5577, %5578 : f32[48,16] @ models/lib/nn.yaml:79:7
%5580 = broadcast %5298 : f32[48,16] @ models/lib/nn.yaml:79:7
%5581 = mul %5567, %5580 : f32[48,16] @ models/lib/nn.yaml:79:7
%5582 = add %5581, %5579 : f32[48,16] @ models/lib/nn.yaml:79:7
%5583 = cast %5569 : f64[] @ models/lib/nn.yaml:79:7
%5584 = pow %5289, %5583 : f64[] @ models/lib/nn.yaml:79:7
%5585 = sub %5270, %5584 : f64[] @ models/lib/nn.yaml:79:7
%5586 = div %3314, %5585 : f64[] @ models/lib/nn.yaml:79:7
%5587 = pow %5297, %5583 : f64[] @ models/lib/nn.yaml:79:7
%5588 = sub %5270, %5587 : f64[] @ models/lib/nn.yaml:79:7
%5589 = sqrt %5588 : f64[] @ models/lib/nn.yaml:79:7
%5590 = div %5270, %5589 : f64[] @ models/lib/nn.yaml:79:7
%5591 = sqrt %5582 : f32[48,16] @ models/lib/nn.yaml:79:7
%5592 = cast %5590 : f32[] @ models/lib/nn.yaml:79:7
%5593 = broadcast %5592 : f32[48,16] @ models/lib/nn.yaml:79:7
%5594 = mul %5591, %5593 : f32[48,16] @ models/lib/nn.yaml:79:7
%5595 = broadcast %5314 : f32[48,16] @ models/lib/nn.yaml:79:7
%5596 = add %5594, %5595 : f32[48,16] @ models/lib/nn.yaml:79:7
%5597 = div %5576, %5596 : f32[48,16] @ models/lib/nn.yaml:79:7
%5598 = cast %5586 : f32[] @ models/lib/nn.yaml:79:7
%5599 = broadcast %5598 : f32[48,16] @ models/lib/nn.yaml:79:7
%5600 = mul %5597, %5599 : f32[48,16] @ models/lib/nn.yaml:79:7
%5601 = sub %5571, %5600 : f32[48,16] @ models/lib/nn.yaml:79:7
%5602 = assign %12, %5601 : f32[48,16] @ models/lib/nn.yaml:79:7
%5603 = assign %5566, %5576 : f32[48,16] @ models/lib/nn.yaml:79:7
%5604 = assign %5567, %5582 : f32[48,16] @ models/lib/nn.yaml:79:7
%5605 = assign %5568, %5569 : i64[] @ models/lib/nn.yaml:79:7
%5606 = broadcast %5326 : f32[48,16] @ models/lib/nn.yaml:79:7
%5607 = mul %90, %5606 : f32[48,16] @ models/lib/nn.yaml:79:7
%5608 = broadcast %5330 : f32[48,16] @ models/lib/nn.yaml:79:7
%5609 = mul %5601, %5608 : f32[48,16] @ models/lib/nn.yaml:79:7
%5610 = add %5607, %5609 : f32[48,16] @ models/lib/nn.yaml:79:7
%5611 = assign %90, %5610 : f32[48,16] @ models/lib/nn.yaml:79:7
%5612 = all_reduce_sum %5212 : f32[48] @ models/lib/nn.yaml:80:7
%5613 = mul %5612, %5612 : f32[48] @ models/lib/nn.yaml:80:7
%5614 = reduce_sum %5613 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5615 = sqrt %5614 : f32[] @ models/lib/nn.yaml:80:7
%5616 = cast %5615 : f64[] @ models/lib/nn.yaml:80:7
%5617 = add %5616, %5266 : f64[] @ models/lib/nn.yaml:80:7
%5618 = div %5268, %5617 : f64[] @ models/lib/nn.yaml:80:7
%5619 = lt %5618, %5270 : bool[] @ models/lib/nn.yaml:80:7
%5620 = cast %5618 : f32[] @ models/lib/nn.yaml:80:7
%5621 = broadcast %5620 : f32[48] @ models/lib/nn.yaml:80:7
%5622 = mul %5612, %5621 : f32[48] @ models/lib/nn.yaml:80:7
%5623 = broadcast %5619 : bool[48] @ models/lib/nn.yaml:80:7
%5624 = select %5623, %5622, %5612 : f32[48] @ models/lib/nn.yaml:80:7
%5625 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%5626 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%5627 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5628 = add %5627, %5280 : i64[] @ models/lib/nn.yaml:80:7
%5629 = broadcast %3070 : f32[48] @ models/lib/nn.yaml:80:7
%5630 = mul %5624, %5629 : f32[48] @ models/lib/nn.yaml:80:7
%5631 = broadcast %2110 : f32[48] @ models/lib/nn.yaml:80:7
%5632 = mul %5625, %5631 : f32[48] @ models/lib/nn.yaml:80:7
%5633 = add %5632, %5630 : f32[48] @ models/lib/nn.yaml:80:7
%5634 = mul %5624, %5624 : f32[48] @ models/lib/nn.yaml:80:7
%5635 = broadcast %5294 : f32[48] @ models/lib/nn.yaml:80:7
%5636 = mul %5634, %5635 : f32[48] @ models/lib/nn.yaml:80:7
%5637 = broadcast %5298 : f32[48] @ models/lib/nn.yaml:80:7
%5638 = mul %5626, %5637 : f32[48] @ models/lib/nn.yaml:80:7
%5639 = add %5638, %5636 : f32[48] @ models/lib/nn.yaml:80:7
%5640 = cast %5628 : f64[] @ models/lib/nn.yaml:80:7
%5641 = pow %5289, %5640 : f64[] @ models/lib/nn.yaml:80:7
%5642 = sub %5270, %5641 : f64[] @ models/lib/nn.yaml:80:7
%5643 = div %3314, %5642 : f64[] @ models/lib/nn.yaml:80:7
%5644 = pow %5297, %5640 : f64[] @ models/lib/nn.yaml:80:7
%5645 = sub %5270, %5644 : f64[] @ models/lib/nn.yaml:80:7
%5646 = sqrt %5645 : f64[] @ models/lib/nn.yaml:80:7
%5647 = div %5270, %5646 : f64[] @ models/lib/nn.yaml:80:7
%5648 = sqrt %5639 : f32[48] @ models/lib/nn.yaml:80:7
%5649 = cast %5647 : f32[] @ models/lib/nn.yaml:80:7
%5650 = broadcast %5649 : f32[48] @ models/lib/nn.yaml:80:7
%5651 = mul %5648, %5650 : f32[48] @ models/lib/nn.yaml:80:7
%5652 = broadcast %5314 : f32[48] @ models/lib/nn.yaml:80:7
%5653 = add %5651, %5652 : f32[48] @ models/lib/nn.yaml:80:7
%5654 = div %5633, %5653 : f32[48] @ models/lib/nn.yaml:80:7
%5655 = cast %5643 : f32[] @ models/lib/nn.yaml:80:7
%5656 = broadcast %5655 : f32[48] @ models/lib/nn.yaml:80:7
%5657 = mul %5654, %5656 : f32[48] @ models/lib/nn.yaml:80:7
%5658 = sub %13, %5657 : f32[48] @ models/lib/nn.yaml:80:7
%5659 = assign %13, %5658 : f32[48] @ models/lib/nn.yaml:80:7
%5660 = assign %5625, %5633 : f32[48] @ models/lib/nn.yaml:80:7
%5661 = assign %5626, %5639 : f32[48] @ models/lib/nn.yaml:80:7
%5662 = assign %5627, %5628 : i64[] @ models/lib/nn.yaml:80:7
%5663 = broadcast %5326 : f32[48] @ models/lib/nn.yaml:80:7
%5664 = mul %91, %5663 : f32[48] @ models/lib/nn.yaml:80:7
%5665 = broadcast %5330 : f32[48] @ models/lib/nn.yaml:80:7
%5666 = mul %5658, %5665 : f32[48] @ models/lib/nn.yaml:80:7
%5667 = add %5664, %5666 : f32[48] @ models/lib/nn.yaml:80:7
%5668 = assign %91, %5667 : f32[48] @ models/lib/nn.yaml:80:7
%5669 = all_reduce_sum %5123 : f32[16,16] @ models/lib/nn.yaml:79:7
%5670 = reshape %5669 : f32[256] @ models/lib/nn.yaml:79:7
%5671 = mul %5670, %5670 : f32[256] @ models/lib/nn.yaml:79:7
%5672 = reduce_sum %5671 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5673 = sqrt %5672 : f32[] @ models/lib/nn.yaml:79:7
%5674 = cast %5673 : f64[] @ models/lib/nn.yaml:79:7
%5675 = add %5674, %5266 : f64[] @ models/lib/nn.yaml:79:7
%5676 = div %5268, %5675 : f64[] @ models/lib/nn.yaml:79:7
%5677 = lt %5676, %5270 : bool[] @ models/lib/nn.yaml:79:7
%5678 = cast %5676 : f32[] @ models/lib/nn.yaml:79:7
%5679 = broadcast %5678 : f32[16,16] @ models/lib/nn.yaml:79:7
%5680 = mul %5669, %5679 : f32[16,16] @ models/lib/nn.yaml:79:7
%5681 = broadcast %5677 : bool[16,16] @ models/lib/nn.yaml:79:7
%5682 = select %5681, %5680, %5669 : f32[16,16] @ models/lib/nn.yaml:79:7
%5683 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5684 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5685 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5686 = add %5685, %5280 : i64[] @ models/lib/nn.yaml:79:7
%5687 = broadcast %5284 : f32[16,16] @ models/lib/nn.yaml:79:7
%5688 = mul %14, %5687 : f32[16,16] @ models/lib/nn.yaml:79:7
%5689 = broadcast %3070 : f32[16,16] @ models/lib/nn.yaml:79:7
%5690 = mul %5682, %5689 : f32[16,16] @ models/lib/nn.yaml:79:7
%5691 = broadcast %2110 : f32[16,16] @ models/lib/nn.yaml:79:7
%5692 = mul %5683, %5691 : f32[16,16] @ models/lib/nn.yaml:79:7
%5693 = add %5692, %5690 : f32[16,16] @ models/lib/nn.yaml:79:7
%5694 = mul %5682, %5682 : f32[16,16] @ models/lib/nn.yaml:79:7
%5695 = broadcast %5294 : f32[16,16] @ models/lib/nn.yaml:79:7
%5696 = mul %5694, %5695 : f32[16,16] @ models/lib/nn.yaml:79:7
%5697 = broadcast %5298 : f32[16,16] @ models/lib/nn.yaml:79:7
%5698 = mul %5684, %5697 : f32[16,16] @ models/lib/nn.yaml:79:7
%5699 = add %5698, %5696 : f32[16,16] @ models/lib/nn.yaml:79:7
%5700 = cast %5686 : f64[] @ models/lib/nn.yaml:79:7
%5701 = pow %5289, %5700 : f64[] @ models/lib/nn.yaml:79:7
%5702 = sub %5270, %5701 : f64[] @ models/lib/nn.yaml:79:7
%5703 = div %3314, %5702 : f64[] @ models/lib/nn.yaml:79:7
%5704 = pow %5297, %5700 : f64[] @ models/lib/nn.yaml:79:7
%5705 = sub %5270, %5704 : f64[] @ models/lib/nn.yaml:79:7
%5706 = sqrt %5705 : f64[] @ models/lib/nn.yaml:79:7
%5707 = div %5270, %5706 : f64[] @ models/lib/nn.yaml:79:7
%5708 = sqrt %5699 : f32[16,16] @ models/lib/nn.yaml:79:7
%5709 = cast %5707 : f32[] @ models/lib/nn.yaml:79:7
%5710 = broadcast %5709 : f32[16,16] @ models/lib/nn.yaml:79:7
%5711 = mul %5708, %5710 : f32[16,16] @ models/lib/nn.yaml:79:7
%5712 = broadcast %5314 : f32[16,16] @ models/lib/nn.yaml:79:7
%5713 = add %5711, %5712 : f32[16,16] @ models/lib/nn.yaml:79:7
%5714 = div %5693, %5713 : f32[16,16] @ models/lib/nn.yaml:79:7
%5715 = cast %5703 : f32[] @ models/lib/nn.yaml:79:7
%5716 = broadcast %5715 : f32[16,16] @ models/lib/nn.yaml:79:7
%5717 = mul %5714, %5716 : f32[16,16] @ models/lib/nn.yaml:79:7
%5718 = sub %5688, %5717 : f32[16,16] @ models/lib/nn.yaml:79:7
%5719 = assign %14, %5718 : f32[16,16] @ models/lib/nn.yaml:79:7
%5720 = assign %5683, %5693 : f32[16,16] @ models/lib/nn.yaml:79:7
%5721 = assign %5684, %5699 : f32[16,16] @ models/lib/nn.yaml:79:7
%5722 = assign %5685, %5686 : i64[] @ models/lib/nn.yaml:79:7
%5723 = broadcast %5326 : f32[16,16] @ models/lib/nn.yaml:79:7
%5724 = mul %92, %5723 : f32[16,16] @ models/lib/nn.yaml:79:7
%5725 = broadcast %5330 : f32[16,16] @ models/lib/nn.yaml:79:7
%5726 = mul %5718, %5725 : f32[16,16] @ models/lib/nn.yaml:79:7
%5727 = add %5724, %5726 : f32[16,16] @ models/lib/nn.yaml:79:7
%5728 = assign %92, %5727 : f32[16,16] @ models/lib/nn.yaml:79:7
%5729 = all_reduce_sum %5118 : f32[16] @ models/lib/nn.yaml:80:7
%5730 = mul %5729, %5729 : f32[16] @ models/lib/nn.yaml:80:7
%5731 = reduce_sum %5730 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5732 = sqrt %5731 : f32[] @ models/lib/nn.yaml:80:7
%5733 = cast %5732 : f64[] @ models/lib/nn.yaml:80:7
%5734 = add %5733, %5266 : f64[] @ models/lib/nn.yaml:80:7
%5735 = div %5268, %5734 : f64[] @ models/lib/nn.yaml:80:7
%5736 = lt %5735, %5270 : bool[] @ models/lib/nn.yaml:80:7
%5737 = cast %5735 : f32[] @ models/lib/nn.yaml:80:7
%5738 = broadcast %5737 : f32[16] @ models/lib/nn.yaml:80:7
%5739 = mul %5729, %5738 : f32[16] @ models/lib/nn.yaml:80:7
%5740 = broadcast %5736 : bool[16] @ models/lib/nn.yaml:80:7
%5741 = select %5740, %5739, %5729 : f32[16] @ models/lib/nn.yaml:80:7
%5742 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5743 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5744 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5745 = add %5744, %5280 : i64[] @ models/lib/nn.yaml:80:7
%5746 = mul %5741, %5412 : f32[16] @ models/lib/nn.yaml:80:7
%5747 = mul %5742, %5414 : f32[16] @ models/lib/nn.yaml:80:7
%5748 = add %5747, %5746 : f32[16] @ models/lib/nn.yaml:80:7
%5749 = mul %5741, %5741 : f32[16] @ models/lib/nn.yaml:80:7
%5750 = mul %5749, %5418 : f32[16] @ models/lib/nn.yaml:80:7
%5751 = mul %5743, %5420 : f32[16] @ models/lib/nn.yaml:80:7
%5752 = add %5751, %5750 : f32[16] @ models/lib/nn.yaml:80:7
%5753 = cast %5745 : f64[] @ models/lib/nn.yaml:80:7
%5754 = pow %5289, %5753 : f64[] @ models/lib/nn.yaml:80:7
%5755 = sub %5270, %5754 : f64[] @ models/lib/nn.yaml:80:7
%5756 = div %3314, %5755 : f64[] @ models/lib/nn.yaml:80:7
%5757 = pow %5297, %5753 : f64[] @ models/lib/nn.yaml:80:7
%5758 = sub %5270, %5757 : f64[] @ models/lib/nn.yaml:80:7
%5759 = sqrt %5758 : f64[] @ models/lib/nn.yaml:80:7
%5760 = div %5270, %5759 : f64[] @ models/lib/nn.yaml:80:7
%5761 = sqrt %5752 : f32[16] @ models/lib/nn.yaml:80:7
%5762 = cast %5760 : f32[] @ models/lib/nn.yaml:80:7
%5763 = broadcast %5762 : f32[16] @ models/lib/nn.yaml:80:7
%5764 = mul %5761, %5763 : f32[16] @ models/lib/nn.yaml:80:7
%5765 = add %5764, %5435 : f32[16] @ models/lib/nn.yaml:80:7
%5766 = div %5748, %5765 : f32[16] @ models/lib/nn.yaml:80:7
%5767 = cast %5756 : f32[] @ models/lib/nn.yaml:80:7
%5768 = broadcast %5767 : f32[16] @ models/lib/nn.yaml:80:7
%5769 = mul %5766, %5768 : f32[16] @ models/lib/nn.yaml:80:7
%5770 = sub %15, %5769 : f32[16] @ models/lib/nn.yaml:80:7
%5771 = assign %15, %5770 : f32[16] @ models/lib/nn.yaml:80:7
%5772 = assign %5742, %5748 : f32[16] @ models/lib/nn.yaml:80:7
%5773 = assign %5743, %5752 : f32[16] @ models/lib/nn.yaml:80:7
%5774 = assign %5744, %5745 : i64[] @ models/lib/nn.yaml:80:7
%5775 = mul %93, %5446 : f32[16] @ models/lib/nn.yaml:80:7
%5776 = mul %5770, %5448 : f32[16] @ models/lib/nn.yaml:80:7
%5777 = add %5775, %5776 : f32[16] @ models/lib/nn.yaml:80:7
%5778 = assign %93, %5777 : f32[16] @ models/lib/nn.yaml:80:7
%5779 = all_reduce_sum %5095 : f32[16] @ models/lib/nn.yaml:89:7
%5780 = mul %5779, %5779 : f32[16] @ models/lib/nn.yaml:89:7
%5781 = reduce_sum %5780 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5782 = sqrt %5781 : f32[] @ models/lib/nn.yaml:89:7
%5783 = cast %5782 : f64[] @ models/lib/nn.yaml:89:7
%5784 = add %5783, %5266 : f64[] @ models/lib/nn.yaml:89:7
%5785 = div %5268, %5784 : f64[] @ models/lib/nn.yaml:89:7
%5786 = lt %5785, %5270 : bool[] @ models/lib/nn.yaml:89:7
%5787 = cast %5785 : f32[] @ models/lib/nn.yaml:89:7
%5788 = broadcast %5787 : f32[16] @ models/lib/nn.yaml:89:7
%5789 = mul %5779, %5788 : f32[16] @ models/lib/nn.yaml:89:7
%5790 = broadcast %5786 : bool[16] @ models/lib/nn.yaml:89:7
%5791 = select %5790, %5789, %5779 : f32[16] @ models/lib/nn.yaml:89:7
%5792 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5793 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5794 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5795 = add %5794, %5280 : i64[] @ models/lib/nn.yaml:89:7
%5796 = mul %5791, %5412 : f32[16] @ models/lib/nn.yaml:89:7
%5797 = mul %5792, %5414 : f32[16] @ models/lib/nn.yaml:89:7
%5798 = add %5797, %5796 : f32[16] @ models/lib/nn.yaml:89:7
%5799 = mul %5791, %5791 : f32[16] @ models/lib/nn.yaml:89:7
%5800 = mul %5799, %5418 : f32[16] @ models/lib/nn.yaml:89:7
%5801 = mul %5793, %5420 : f32[16] @ models/lib/nn.yaml:89:7
%5802 = add %5801, %5800 : f32[16] @ models/lib/nn.yaml:89:7
%5803 = cast %5795 : f64[] @ models/lib/nn.yaml:89:7
%5804 = pow %5289, %5803 : f64[] @ models/lib/nn.yaml:89:7
%5805 = sub %5270, %5804 : f64[] @ models/lib/nn.yaml:89:7
%5806 = div %3314, %5805 : f64[] @ models/lib/nn.yaml:89:7
%5807 = pow %5297, %5803 : f64[] @ models/lib/nn.yaml:89:7
%5808 = sub %5270, %5807 : f64[] @ models/lib/nn.yaml:89:7
%5809 = sqrt %5808 : f64[] @ models/lib/nn.yaml:89:7
%5810 = div %5270, %5809 : f64[] @ models/lib/nn.yaml:89:7
%5811 = sqrt %5802 : f32[16] @ models/lib/nn.yaml:89:7
%5812 = cast %5810 : f32[] @ models/lib/nn.yaml:89:7
%5813 = broadcast %5812 : f32[16] @ models/lib/nn.yaml:89:7
%5814 = mul %5811, %5813 : f32[16] @ models/lib/nn.yaml:89:7
%5815 = add %5814, %5435 : f32[16] @ models/lib/nn.yaml:89:7
%5816 = div %5798, %5815 : f32[16] @ models/lib/nn.yaml:89:7
%5817 = cast %5806 : f32[] @ models/lib/nn.yaml:89:7
%5818 = broadcast %5817 : f32[16] @ models/lib/nn.yaml:89:7
%5819 = mul %5816, %5818 : f32[16] @ models/lib/nn.yaml:89:7
%5820 = sub %16, %5819 : f32[16] @ models/lib/nn.yaml:89:7
%5821 = assign %16, %5820 : f32[16] @ models/lib/nn.yaml:89:7
%5822 = assign %5792, %5798 : f32[16] @ models/lib/nn.yaml:89:7
%5823 = assign %5793, %5802 : f32[16] @ models/lib/nn.yaml:89:7
%5824 = assign %5794, %5795 : i64[] @ models/lib/nn.yaml:89:7
%5825 = mul %94, %5446 : f32[16] @ models/lib/nn.yaml:89:7
%5826 = mul %5820, %5448 : f32[16] @ models/lib/nn.yaml:89:7
%5827 = add %5825, %5826 : f32[16] @ models/lib/nn.yaml:89:7
%5828 = assign %94, %5827 : f32[16] @ models/lib/nn.yaml:89:7
%5829 = all_reduce_sum %5088 : f32[16] @ models/lib/nn.yaml:90:7
%5830 = mul %5829, %5829 : f32[16] @ models/lib/nn.yaml:90:7
%5831 = reduce_sum %5830 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5832 = sqrt %5831 : f32[] @ models/lib/nn.yaml:90:7
%5833 = cast %5832 : f64[] @ models/lib/nn.yaml:90:7
%5834 = add %5833, %5266 : f64[] @ models/lib/nn.yaml:90:7
%5835 = div %5268, %5834 : f64[] @ models/lib/nn.yaml:90:7
%5836 = lt %5835, %5270 : bool[] @ models/lib/nn.yaml:90:7
%5837 = cast %5835 : f32[] @ models/lib/nn.yaml:90:7
%5838 = broadcast %5837 : f32[16] @ models/lib/nn.yaml:90:7
%5839 = mul %5829, %5838 : f32[16] @ models/lib/nn.yaml:90:7
%5840 = broadcast %5836 : bool[16] @ models/lib/nn.yaml:90:7
%5841 = select %5840, %5839, %5829 : f32[16] @ models/lib/nn.yaml:90:7
%5842 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5843 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5844 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5845 = add %5844, %5280 : i64[] @ models/lib/nn.yaml:90:7
%5846 = mul %5841, %5412 : f32[16] @ models/lib/nn.yaml:90:7
%5847 = mul %5842, %5414 : f32[16] @ models/lib/nn.yaml:90:7
%5848 = add %5847, %5846 : f32[16] @ models/lib/nn.yaml:90:7
%5849 = mul %5841, %5841 : f32[16] @ models/lib/nn.yaml:90:7
%5850 = mul %5849, %5418 : f32[16] @ models/lib/nn.yaml:90:7
%5851 = mul %5843, %5420 : f32[16] @ models/lib/nn.yaml:90:7
%5852 = add %5851, %5850 : f32[16] @ models/lib/nn.yaml:90:7
%5853 = cast %5845 : f64[] @ models/lib/nn.yaml:90:7
%5854 = pow %5289, %5853 : f64[] @ models/lib/nn.yaml:90:7
%5855 = sub %5270, %5854 : f64[] @ models/lib/nn.yaml:90:7
%5856 = div %3314, %5855 : f64[] @ models/lib/nn.yaml:90:7
%5857 = pow %5297, %5853 : f64[] @ models/lib/nn.yaml:90:7
%5858 = sub %5270, %5857 : f64[] @ models/lib/nn.yaml:90:7
%5859 = sqrt %5858 : f64[] @ models/lib/nn.yaml:90:7
%5860 = div %5270, %5859 : f64[] @ models/lib/nn.yaml:90:7
%5861 = sqrt %5852 : f32[16] @ models/lib/nn.yaml:90:7
%5862 = cast %5860 : f32[] @ models/lib/nn.yaml:90:7
%5863 = broadcast %5862 : f32[16] @ models/lib/nn.yaml:90:7
%5864 = mul %5861, %5863 : f32[16] @ models/lib/nn.yaml:90:7
%5865 = add %5864, %5435 : f32[16] @ models/lib/nn.yaml:90:7
%5866 = div %5848, %5865 : f32[16] @ models/lib/nn.yaml:90:7
%5867 = cast %5856 : f32[] @ models/lib/nn.yaml:90:7
%5868 = broadcast %5867 : f32[16] @ models/lib/nn.yaml:90:7
%5869 = mul %5866, %5868 : f32[16] @ models/lib/nn.yaml:90:7
%5870 = sub %17, %5869 : f32[16] @ models/lib/nn.yaml:90:7
%5871 = assign %17, %5870 : f32[16] @ models/lib/nn.yaml:90:7
%5872 = assign %5842, %5848 : f32[16] @ models/lib/nn.yaml:90:7
%5873 = assign %5843, %5852 : f32[16] @ models/lib/nn.yaml:90:7
%5874 = assign %5844, %5845 : i64[] @ models/lib/nn.yaml:90:7
%5875 = mul %95, %5446 : f32[16] @ models/lib/nn.yaml:90:7
%5876 = mul %5870, %5448 : f32[16] @ models/lib/nn.yaml:90:7
%5877 = add %5875, %5876 : f32[16] @ models/lib/nn.yaml:90:7
%5878 = assign %95, %5877 : f32[16] @ models/lib/nn.yaml:90:7
%5879 = all_reduce_sum %5083 : f32[64,16] @ models/lib/nn.yaml:79:7
%5880 = reshape %5879 : f32[1024] @ models/lib/nn.yaml:79:7
%5881 = mul %5880, %5880 : f32[1024] @ models/lib/nn.yaml:79:7
%5882 = reduce_sum %5881 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5883 = sqrt %5882 : f32[] @ models/lib/nn.yaml:79:7
%5884 = cast %5883 : f64[] @ models/lib/nn.yaml:79:7
%5885 = add %5884, %5266 : f64[] @ models/lib/nn.yaml:79:7
%5886 = div %5268, %5885 : f64[] @ models/lib/nn.yaml:79:7
%5887 = lt %5886, %5270 : bool[] @ models/lib/nn.yaml:79:7
%5888 = cast %5886 : f32[] @ models/lib/nn.yaml:79:7
%5889 = broadcast %5888 : f32[64,16] @ models/lib/nn.yaml:79:7
%5890 = mul %5879, %5889 : f32[64,16] @ models/lib/nn.yaml:79:7
%5891 = broadcast %5887 : bool[64,16] @ models/lib/nn.yaml:79:7
%5892 = select %5891, %5890, %5879 : f32[64,16] @ models/lib/nn.yaml:79:7
%5893 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5894 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5895 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5896 = add %5895, %5280 : i64[] @ models/lib/nn.yaml:79:7
%5897 = broadcast %5284 : f32[64,16] @ models/lib/nn.yaml:79:7
%5898 = mul %18, %5897 : f32[64,16] @ models/lib/nn.yaml:79:7
%5899 = broadcast %3070 : f32[64,16] @ models/lib/nn.yaml:79:7
%5900 = mul %5892, %5899 : f32[64,16] @ models/lib/nn.yaml:79:7
%5901 = broadcast %2110 : f32[64,16] @ models/lib/nn.yaml:79:7
%5902 = mul %5893, %5901 : f32[64,16] @ models/lib/nn.yaml:79:7
%5903 = add %5902, %5900 : f32[64,16] @ models/lib/nn.yaml:79:7
%5904 = mul %5892, %5892 : f32[64,16] @ models/lib/nn.yaml:79:7
%5905 = broadcast %5294 : f32[64,16] @ models/lib/nn.yaml:79:7
%5906 = mul %5904, %5905 : f32[64,16] @ models/lib/nn.yaml:79:7
%5907 = broadcast %5298 : f32[64,16] @ models/lib/nn.yaml:79:7
%5908 = mul %5894, %5907 : f32[64,16] @ models/lib/nn.yaml:79:7
%5909 = add %5908, %5906 : f32[64,16] @ models/lib/nn.yaml:79:7
%5910 = cast %5896 : f64[] @ models/lib/nn.yaml:79:7
%5911 = pow %5289, %5910 : f64[] @ models/lib/nn.yaml:79:7
%5912 = sub %5270, %5911 : f64[] @ models/lib/nn.yaml:79:7
%5913 = div %3314, %5912 : f64[] @ models/lib/nn.yaml:79:7
%5914 = pow %5297, %5910 : f64[] @ models/lib/nn.yaml:79:7
%5915 = sub %5270, %5914 : f64[] @ models/lib/nn.yaml:79:7
%5916 = sqrt %5915 : f64[] @ models/lib/nn.yaml:79:7
%5917 = div %5270, %5916 : f64[] @ models/lib/nn.yaml:79:7
%5918 = sqrt %5909 : f32[64,16] @ models/lib/nn.yaml:79:7
%5919 = cast %5917 : f32[] @ models/lib/nn.yaml:79:7
%5920 = broadcast %5919 : f32[64,16] @ models/lib/nn.yaml:79:7
%5921 = mul %5918, %5920 : f32[64,16] @ models/lib/nn.yaml:79:7
%5922 = broadcast %5314 : f32[64,16] @ models/lib/nn.yaml:79:7
%5923 = add %5921, %5922 : f32[64,16] @ models/lib/nn.yaml:79:7
%5924 = div %5903, %5923 : f32[64,16] @ models/lib/nn.yaml:79:7
%5925 = cast %5913 : f32[] @ models/lib/nn.yaml:79:7
%5926 = broadcast %5925 : f32[64,16] @ models/lib/nn.yaml:79:7
%5927 = mul %5924, %5926 : f32[64,16] @ models/lib/nn.yaml:79:7
%5928 = sub %5898, %5927 : f32[64,16] @ models/lib/nn.yaml:79:7
%5929 = assign %18, %5928 : f32[64,16] @ models/lib/nn.yaml:79:7
%5930 = assign %5893, %5903 : f32[64,16] @ models/lib/nn.yaml:79:7
%5931 = assign %5894, %5909 : f32[64,16] @ models/lib/nn.yaml:79:7
%5932 = assign %5895, %5896 : i64[] @ models/lib/nn.yaml:79:7
%5933 = broadcast %5326 : f32[64,16] @ models/lib/nn.yaml:79:7
%5934 = mul %96, %5933 : f32[64,16] @ models/lib/nn.yaml:79:7
%5935 = broadcast %5330 : f32[64,16] @ models/lib/nn.yaml:79:7
%5936 = mul %5928, %5935 : f32[64,16] @ models/lib/nn.yaml:79:7
%5937 = add %5934, %5936 : f32[64,16] @ models/lib/nn.yaml:79:7
%5938 = assign %96, %5937 : f32[64,16] @ models/lib/nn.yaml:79:7
%5939 = all_reduce_sum %5078 : f32[64] @ models/lib/nn.yaml:80:7
%5940 = mul %5939, %5939 : f32[64] @ models/lib/nn.yaml:80:7
%5941 = reduce_sum %5940 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5942 = sqrt %5941 : f32[] @ models/lib/nn.yaml:80:7
%5943 = cast %5942 : f64[] @ models/lib/nn.yaml:80:7
%5944 = add %5943, %5266 : f64[] @ models/lib/nn.yaml:80:7
%5945 = div %5268, %5944 : f64[] @ models/lib/nn.yaml:80:7
%5946 = lt %5945, %5270 : bool[] @ models/lib/nn.yaml:80:7
%5947 = cast %5945 : f32[] @ models/lib/nn.yaml:80:7
%5948 = broadcast %5947 : f32[64] @ models/lib/nn.yaml:80:7
%5949 = mul %5939, %5948 : f32[64] @ models/lib/nn.yaml:80:7
%5950 = broadcast %5946 : bool[64] @ models/lib/nn.yaml:80:7
%5951 = select %5950, %5949, %5939 : f32[64] @ models/lib/nn.yaml:80:7
%5952 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5953 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5954 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5955 = add %5954, %5280 : i64[] @ models/lib/nn.yaml:80:7
%5956 = broadcast %3070 : f32[64] @ models/lib/nn.yaml:80:7
%5957 = mul %5951, %5956 : f32[64] @ models/lib/nn.yaml:80:7
%5958 = broadcast %2110 : f32[64] @ models/lib/nn.yaml:80:7
%5959 = mul %5952, %5958 : f32[64] @ models/lib/nn.yaml:80:7
%5960 = add %5959, %5957 : f32[64] @ models/lib/nn.yaml:80:7
%5961 = mul %5951, %5951 : f32[64] @ models/lib/nn.yaml:80:7
%5962 = broadcast %5294 : f32[64] @ models/lib/nn.yaml:80:7
%5963 = mul %5961, %5962 : f32[64] @ models/lib/nn.yaml:80:7
%5964 = broadcast %5298 : f32[64] @ models/lib/nn.yaml:80:7
%5965 = mul %5953, %5964 : f32[64] @ models/lib/nn.yaml:80:7
%5966 = add %5965, %5963 : f32[64] @ models/lib/nn.yaml:80:7
%5967 = cast %5955 : f64[] @ models/lib/nn.yaml:80:7
%5968 = pow %5289, %5967 : f64[] @ models/lib/nn.yaml:80:7
%5969 = sub %5270, %5968 : f64[] @ models/lib/nn.yaml:80:7
%5970 = div %3314, %5969 : f64[] @ models/lib/nn.yaml:80:7
%5971 = pow %5297, %5967 : f64[] @ models/lib/nn.yaml:80:7
%5972 = sub %5270, %5971 : f64[] @ models/lib/nn.yaml:80:7
%5973 = sqrt %5972 : f64[] @ models/lib/nn.yaml:80:7
%5974 = div %5270, %5973 : f64[] @ models/lib/nn.yaml:80:7
%5975 = sqrt %5966 : f32[64] @ models/lib/nn.yaml:80:7
%5976 = cast %5974 : f32[] @ models/lib/nn.yaml:80:7
%5977 = broadcast %5976 : f32[64] @ models/lib/nn.yaml:80:7
%5978 = mul %5975, %5977 : f32[64] @ models/lib/nn.yaml:80:7
%5979 = broadcast %5314 : f32[64] @ models/lib/nn.yaml:80:7
%5980 = add %5978, %5979 : f32[64] @ models/lib/nn.yaml:80:7
%5981 = div %5960, %5980 : f32[64] @ models/lib/nn.yaml:80:7
%5982 = cast %5970 : f32[] @ models/lib/nn.yaml:80:7
%5983 = broadcast %5982 : f32[64] @ models/lib/nn.yaml:80:7
%5984 = mul %5981, %5983 : f32[64] @ models/lib/nn.yaml:80:7
%5985 = sub %19, %5984 : f32[64] @ models/lib/nn.yaml:80:7
%5986 = assign %19, %5985 : f32[64] @ models/lib/nn.yaml:80:7
%5987 = assign %5952, %5960 : f32[64] @ models/lib/nn.yaml:80:7
%5988 = assign %5953, %5966 : f32[64] @ models/lib/nn.yaml:80:7
%5989 = assign %5954, %5955 : i64[] @ models/lib/nn.yaml:80:7
%5990 = broadcast %5326 : f32[64] @ models/lib/nn.yaml:80:7
%5991 = mul %97, %5990 : f32[64] @ models/lib/nn.yaml:80:7
%5992 = broadcast %5330 : f32[64] @ models/lib/nn.yaml:80:7
%5993 = mul %5985, %5992 : f32[64] @ models/lib/nn.yaml:80:7
%5994 = add %5991, %5993 : f32[64] @ models/lib/nn.yaml:80:7
%5995 = assign %97, %5994 : f32[64] @ models/lib/nn.yaml:80:7
%5996 = all_reduce_sum %5063 : f32[16,64] @ models/lib/nn.yaml:79:7
%5997 = reshape %5996 : f32[1024] @ models/lib/nn.yaml:79:7
%5998 = mul %5997, %5997 : f32[1024] @ models/lib/nn.yaml:79:7
%5999 = reduce_sum %5998 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6000 = sqrt %5999 : f32[] @ models/lib/nn.yaml:79:7
%6001 = cast %6000 : f64[] @ models/lib/nn.yaml:79:7
%6002 = add %6001, %5266 : f64[] @ models/lib/nn.yaml:79:7
%6003 = div %5268, %6002 : f64[] @ models/lib/nn.yaml:79:7
%6004 = lt %6003, %5270 : bool[] @ models/lib/nn.yaml:79:7
%6005 = cast %6003 : f32[] @ models/lib/nn.yaml:79:7
%6006 = broadcast %6005 : f32[16,64] @ models/lib/nn.yaml:79:7
%6007 = mul %5996, %6006 : f32[16,64] @ models/lib/nn.yaml:79:7
%6008 = broadcast %6004 : bool[16,64] @ models/lib/nn.yaml:79:7
%6009 = select %6008, %6007, %5996 : f32[16,64] @ models/lib/nn.yaml:79:7
%6010 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6011 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6012 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6013 = add %6012, %5280 : i64[] @ models/lib/nn.yaml:79:7
%6014 = broadcast %5284 : f32[16,64] @ models/lib/nn.yaml:79:7
%6015 = mul %20, %6014 : f32[16,64] @ models/lib/nn.yaml:79:7
%6016 = broadcast %3070 : f32[16,64] @ models/lib/nn.yaml:79:7
%6017 = mul %6009, %6016 : f32[16,64] @ models/lib/nn.yaml:79:7
%6018 = broadcast %2110 : f32[16,64] @ models/lib/nn.yaml:79:7
%6019 = mul %6010, %6018 : f32[16,64] @ models/lib/nn.yaml:79:7
%6020 = add %6019, %6017 : f32[16,64] @ models/lib/nn.yaml:79:7
%6021 = mul %6009, %6009 : f32[16,64] @ models/lib/nn.yaml:79:7
%6022 = broadcast %5294 : f32[16,64] @ models/lib/nn.yaml:79:7
%6023 = mul %6021, %6022 : f32[16,64] @ models/lib/nn.yaml:79:7
%6024 = broadcast %5298 : f32[16,64] @ models/lib/nn.yaml:79:7
%6025 = mul %6011, %6024 : f32[16,64] @ models/lib/nn.yaml:79:7
%6026 = add %6025, %6023 : f32[16,64] @ models/lib/nn.yaml:79:7
%6027 = cast %6013 : f64[] @ models/lib/nn.yaml:79:7
%6028 = pow %5289, %6027 : f64[] @ models/lib/nn.yaml:79:7
%6029 = sub %5270, %6028 : f64[] @ models/lib/nn.yaml:79:7
%6030 = div %3314, %6029 : f64[] @ models/lib/nn.yaml:79:7
%6031 = pow %5297, %6027 : f64[] @ models/lib/nn.yaml:79:7
%6032 = sub %5270, %6031 : f64[] @ models/lib/nn.yaml:79:7
%6033 = sqrt %6032 : f64[] @ models/lib/nn.yaml:79:7
%6034 = div %5270, %6033 : f64[] @ models/lib/nn.yaml:79:7
%6035 = sqrt %6026 : f32[16,64] @ models/lib/nn.yaml:79:7
%6036 = cast %6034 : f32[] @ models/lib/nn.yaml:79:7
%6037 = broadcast %6036 : f32[16,64] @ models/lib/nn.yaml:79:7
%6038 = mul %6035, %6037 : f32[16,64] @ models/lib/nn.yaml:79:7
%6039 = broadcast %5314 : f32[16,64] @ models/lib/nn.yaml:79:7
%6040 = add %6038, %6039 : f32[16,64] @ models/lib/nn.yaml:79:7
%6041 = div %6020, %6040 : f32[16,64] @ models/lib/nn.yaml:79:7
%6042 = cast %6030 : f32[] @ models/lib/nn.yaml:79:7
%6043 = broadcast %6042 : f32[16,64] @ models/lib/nn.yaml:79:7
%6044 = mul %6041, %6043 : f32[16,64] @ models/lib/nn.yaml:79:7
%6045 = sub %6015, %6044 : f32[16,64] @ models/lib/nn.yaml:79:7
%6046 = assign %20, %6045 : f32[16,64] @ models/lib/nn.yaml:79:7
%6047 = assign %6010, %6020 : f32[16,64] @ models/lib/nn.yaml:79:7
%6048 = assign %6011, %6026 : f32[16,64] @ models/lib/nn.yaml:79:7
%6049 = assign %6012, %6013 : i64[] @ models/lib/nn.yaml:79:7
%6050 = broadcast %5326 : f32[16,64] @ models/lib/nn.yaml:79:7
%6051 = mul %98, %6050 : f32[16,64] @ models/lib/nn.yaml:79:7
%6052 = broadcast %5330 : f32[16,64] @ models/lib/nn.yaml:79:7
%6053 = mul %6045, %6052 : f32[16,64] @ models/lib/nn.yaml:79:7
%6054 = add %6051, %6053 : f32[16,64] @ models/lib/nn.yaml:79:7
%6055 = assign %98, %6054 : f32[16,64] @ models/lib/nn.yaml:79:7
%6056 = all_reduce_sum %5058 : f32[16] @ models/lib/nn.yaml:80:7
%6057 = mul %6056, %6056 : f32[16] @ models/lib/nn.yaml:80:7
%6058 = reduce_sum %6057 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6059 = sqrt %6058 : f32[] @ models/lib/nn.yaml:80:7
%6060 = cast %6059 : f64[] @ models/lib/nn.yaml:80:7
%6061 = add %6060, %5266 : f64[] @ models/lib/nn.yaml:80:7
%6062 = div %5268, %6061 : f64[] @ models/lib/nn.yaml:80:7
%6063 = lt %6062, %5270 : bool[] @ models/lib/nn.yaml:80:7
%6064 = cast %6062 : f32[] @ models/lib/nn.yaml:80:7
%6065 = broadcast %6064 : f32[16] @ models/lib/nn.yaml:80:7
%6066 = mul %6056, %6065 : f32[16] @ models/lib/nn.yaml:80:7
%6067 = broadcast %6063 : bool[16] @ models/lib/nn.yaml:80:7
%6068 = select %6067, %6066, %6056 : f32[16] @ models/lib/nn.yaml:80:7
%6069 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6070 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6071 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6072 = add %6071, %5280 : i64[] @ models/lib/nn.yaml:80:7
%6073 = mul %6068, %5412 : f32[16] @ models/lib/nn.yaml:80:7
%6074 = mul %6069, %5414 : f32[16] @ models/lib/nn.yaml:80:7
%6075 = add %6074, %6073 : f32[16] @ models/lib/nn.yaml:80:7
%6076 = mul %6068, %6068 : f32[16] @ models/lib/nn.yaml:80:7
%6077 = mul %6076, %5418 : f32[16] @ models/lib/nn.yaml:80:7
%6078 = mul %6070, %5420 : f32[16] @ models/lib/nn.yaml:80:7
%6079 = add %6078, %6077 : f32[16] @ models/lib/nn.yaml:80:7
%6080 = cast %6072 : f64[] @ models/lib/nn.yaml:80:7
%6081 = pow %5289, %6080 : f64[] @ models/lib/nn.yaml:80:7
%6082 = sub %5270, %6081 : f64[] @ models/lib/nn.yaml:80:7
%6083 = div %3314, %6082 : f64[] @ models/lib/nn.yaml:80:7
%6084 = pow %5297, %6080 : f64[] @ models/lib/nn.yaml:80:7
%6085 = sub %5270, %6084 : f64[] @ models/lib/nn.yaml:80:7
%6086 = sqrt %6085 : f64[] @ models/lib/nn.yaml:80:7
%6087 = div %5270, %6086 : f64[] @ models/lib/nn.yaml:80:7
%6088 = sqrt %6079 : f32[16] @ models/lib/nn.yaml:80:7
%6089 = cast %6087 : f32[] @ models/lib/nn.yaml:80:7
%6090 = broadcast %6089 : f32[16] @ models/lib/nn.yaml:80:7
%6091 = mul %6088, %6090 : f32[16] @ models/lib/nn.yaml:80:7
%6092 = add %6091, %5435 : f32[16] @ models/lib/nn.yaml:80:7
%6093 = div %6075, %6092 : f32[16] @ models/lib/nn.yaml:80:7
%6094 = cast %6083 : f32[] @ models/lib/nn.yaml:80:7
%6095 = broadcast %6094 : f32[16] @ models/lib/nn.yaml:80:7
%6096 = mul %6093, %6095 : f32[16] @ models/lib/nn.yaml:80:7
%6097 = sub %21, %6096 : f32[16] @ models/lib/nn.yaml:80:7
%6098 = assign %21, %6097 : f32[16] @ models/lib/nn.yaml:80:7
%6099 = assign %6069, %6075 : f32[16] @ models/lib/nn.yaml:80:7
%6100 = assign %6070, %6079 : f32[16] @ models/lib/nn.yaml:80:7
%6101 = assign %6071, %6072 : i64[] @ models/lib/nn.yaml:80:7
%6102 = mul %99, %5446 : f32[16] @ models/lib/nn.yaml:80:7
%6103 = mul %6097, %5448 : f32[16] @ models/lib/nn.yaml:80:7
%6104 = add %6102, %6103 : f32[16] @ models/lib/nn.yaml:80:7
%6105 = assign %99, %6104 : f32[16] @ models/lib/nn.yaml:80:7
%6106 = all_reduce_sum %5035 : f32[16] @ models/lib/nn.yaml:89:7
%6107 = mul %6106, %6106 : f32[16] @ models/lib/nn.yaml:89:7
%6108 = reduce_sum %6107 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6109 = sqrt %6108 : f32[] @ models/lib/nn.yaml:89:7
%6110 = cast %6109 : f64[] @ models/lib/nn.yaml:89:7
%6111 = add %6110, %5266 : f64[] @ models/lib/nn.yaml:89:7
%6112 = div %5268, %6111 : f64[] @ models/lib/nn.yaml:89:7
%6113 = lt %6112, %5270 : bool[] @ models/lib/nn.yaml:89:7
%6114 = cast %6112 : f32[] @ models/lib/nn.yaml:89:7
%6115 = broadcast %6114 : f32[16] @ models/lib/nn.yaml:89:7
%6116 = mul %6106, %6115 : f32[16] @ models/lib/nn.yaml:89:7
%6117 = broadcast %6113 : bool[16] @ models/lib/nn.yaml:89:7
%6118 = select %6117, %6116, %6106 : f32[16] @ models/lib/nn.yaml:89:7
%6119 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6120 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6121 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6122 = add %6121, %5280 : i64[] @ models/lib/nn.yaml:89:7
%6123 = mul %6118, %5412 : f32[16] @ models/lib/nn.yaml:89:7
%6124 = mul %6119, %5414 : f32[16] @ models/lib/nn.yaml:89:7
%6125 = add %6124, %6123 : f32[16] @ models/lib/nn.yaml:89:7
%6126 = mul %6118, %6118 : f32[16] @ models/lib/nn.yaml:89:7
%6127 = mul %6126, %5418 : f32[16] @ models/lib/nn.yaml:89:7
%6128 = mul %6120, %5420 : f32[16] @ models/lib/nn.yaml:89:7
%6129 = add %6128, %6127 : f32[16] @ models/lib/nn.yaml:89:7
%6130 = cast %6122 : f64[] @ models/lib/nn.yaml:89:7
%6131 = pow %5289, %6130 : f64[] @ models/lib/nn.yaml:89:7
%6132 = sub %5270, %6131 : f64[] @ models/lib/nn.yaml:89:7
%6133 = div %3314, %6132 : f64[] @ models/lib/nn.yaml:89:7
%6134 = pow %5297, %6130 : f64[] @ models/lib/nn.yaml:89:7
%6135 = sub %5270, %6134 : f64[] @ models/lib/nn.yaml:89:7
%6136 = sqrt %6135 : f64[] @ models/lib/nn.yaml:89:7
%6137 = div %5270, %6136 : f64[] @ models/lib/nn.yaml:89:7
%6138 = sqrt %6129 : f32[16] @ models/lib/nn.yaml:89:7
%6139 = cast %6137 : f32[] @ models/lib/nn.yaml:89:7
%6140 = broadcast %6139 : f32[16] @ models/lib/nn.yaml:89:7
%6141 = mul %6138, %6140 : f32[16] @ models/lib/nn.yaml:89:7
%6142 = add %6141, %5435 : f32[16] @ models/lib/nn.yaml:89:7
%6143 = div %6125, %6142 : f32[16] @ models/lib/nn.yaml:89:7
%6144 = cast %6133 : f32[] @ models/lib/nn.yaml:89:7
%6145 = broadcast %6144 : f32[16] @ models/lib/nn.yaml:89:7
%6146 = mul %6143, %6145 : f32[16] @ models/lib/nn.yaml:89:7
%6147 = sub %22, %6146 : f32[16] @ models/lib/nn.yaml:89:7
%6148 = assign %22, %6147 : f32[16] @ models/lib/nn.yaml:89:7
%6149 = assign %6119, %6125 : f32[16] @ models/lib/nn.yaml:89:7
%6150 = assign %6120, %6129 : f32[16] @ models/lib/nn.yaml:89:7
%6151 = assign %6121, %6122 : i64[] @ models/lib/nn.yaml:89:7
%6152 = mul %100, %5446 : f32[16] @ models/lib/nn.yaml:89:7
%6153 = mul %6147, %5448 : f32[16] @ models/lib/nn.yaml:89:7
%6154 = add %6152, %6153 : f32[16] @ models/lib/nn.yaml:89:7
%6155 = assign %100, %6154 : f32[16] @ models/lib/nn.yaml:89:7
%6156 = all_reduce_sum %5028 : f32[16] @ models/lib/nn.yaml:90:7
%6157 = mul %6156, %6156 : f32[16] @ models/lib/nn.yaml:90:7
%6158 = reduce_sum %6157 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6159 = sqrt %6158 : f32[] @ models/lib/nn.yaml:90:7
%6160 = cast %6159 : f64[] @ models/lib/nn.yaml:90:7
%6161 = add %6160, %5266 : f64[] @ models/lib/nn.yaml:90:7
%6162 = div %5268, %6161 : f64[] @ models/lib/nn.yaml:90:7
%6163 = lt %6162, %5270 : bool[] @ models/lib/nn.yaml:90:7
%6164 = cast %6162 : f32[] @ models/lib/nn.yaml:90:7
%6165 = broadcast %6164 : f32[16] @ models/lib/nn.yaml:90:7
%6166 = mul %6156, %6165 : f32[16] @ models/lib/nn.yaml:90:7
%6167 = broadcast %6163 : bool[16] @ models/lib/nn.yaml:90:7
%6168 = select %6167, %6166, %6156 : f32[16] @ models/lib/nn.yaml:90:7
%6169 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6170 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6171 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6172 = add %6171, %5280 : i64[] @ models/lib/nn.yaml:90:7
%6173 = mul %6168, %5412 : f32[16] @ models/lib/nn.yaml:90:7
%6174 = mul %6169, %5414 : f32[16] @ models/lib/nn.yaml:90:7
%6175 = add %6174, %6173 : f32[16] @ models/lib/nn.yaml:90:7
%6176 = mul %6168, %6168 : f32[16] @ models/lib/nn.yaml:90:7
%6177 = mul %6176, %5418 : f32[16] @ models/lib/nn.yaml:90:7
%6178 = mul %6170, %5420 : f32[16] @ models/lib/nn.yaml:90:7
%6179 = add %6178, %6177 : f32[16] @ models/lib/nn.yaml:90:7
%6180 = cast %6172 : f64[] @ models/lib/nn.yaml:90:7
%6181 = pow %5289, %6180 : f64[] @ models/lib/nn.yaml:90:7
%6182 = sub %5270, %6181 : f64[] @ models/lib/nn.yaml:90:7
%6183 = div %3314, %6182 : f64[] @ models/lib/nn.yaml:90:7
%6184 = pow %5297, %6180 : f64[] @ models/lib/nn.yaml:90:7
%6185 = sub %5270, %6184 : f64[] @ models/lib/nn.yaml:90:7
%6186 = sqrt %6185 : f64[] @ models/lib/nn.yaml:90:7
%6187 = div %5270, %6186 : f64[] @ models/lib/nn.yaml:90:7
%6188 = sqrt %6179 : f32[16] @ models/lib/nn.yaml:90:7
%6189 = cast %6187 : f32[] @ models/lib/nn.yaml:90:7
%6190 = broadcast %6189 : f32[16] @ models/lib/nn.yaml:90:7
%6191 = mul %6188, %6190 : f32[16] @ models/lib/nn.yaml:90:7
%6192 = add %6191, %5435 : f32[16] @ models/lib/nn.yaml:90:7
%6193 = div %6175, %6192 : f32[16] @ models/lib/nn.yaml:90:7
%6194 = cast %6183 : f32[] @ models/lib/nn.yaml:90:7
%6195 = broadcast %6194 : f32[16] @ models/lib/nn.yaml:90:7
%6196 = mul %6193, %6195 : f32[16] @ models/lib/nn.yaml:90:7
%6197 = sub %23, %6196 : f32[16] @ models/lib/nn.yaml:90:7
%6198 = assign %23, %6197 : f32[16] @ models/lib/nn.yaml:90:7
%6199 = assign %6169, %6175 : f32[16] @ models/lib/nn.yaml:90:7
%6200 = assign %6170, %6179 : f32[16] @ models/lib/nn.yaml:90:7
%6201 = assign %6171, %6172 : i64[] @ models/lib/nn.yaml:90:7
%6202 = mul %101, %5446 : f32[16] @ models/lib/nn.yaml:90:7
%6203 = mul %6197, %5448 : f32[16] @ models/lib/nn.yaml:90:7
%6204 = add %6202, %6203 : f32[16] @ models/lib/nn.yaml:90:7
%6205 = assign %101, %6204 : f32[16] @ models/lib/nn.yaml:90:7
%6206 = all_reduce_sum %5023 : f32[48,16] @ models/lib/nn.yaml:79:7
%6207 = reshape %6206 : f32[768] @ models/lib/nn.yaml:79:7
%6208 = mul %6207, %6207 : f32[768] @ models/lib/nn.yaml:79:7
%6209 = reduce_sum %6208 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6210 = sqrt %6209 : f32[] @ models/lib/nn.yaml:79:7
%6211 = cast %6210 : f64[] @ models/lib/nn.yaml:79:7
%6212 = add %6211, %5266 : f64[] @ models/lib/nn.yaml:79:7
%6213 = div %5268, %6212 : f64[] @ models/lib/nn.yaml:79:7
%6214 = lt %6213, %5270 : bool[] @ models/lib/nn.yaml:79:7
%6215 = cast %6213 : f32[] @ models/lib/nn.yaml:79:7
%6216 = broadcast %6215 : f32[48,16] @ models/lib/nn.yaml:79:7
%6217 = mul %6206, %6216 : f32[48,16] @ models/lib/nn.yaml:79:7
%6218 = broadcast %6214 : bool[48,16] @ models/lib/nn.yaml:79:7
%6219 = select %6218, %6217, %6206 : f32[48,16] @ models/lib/nn.yaml:79:7
%6220 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6221 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6222 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6223 = add %6222, %5280 : i64[] @ models/lib/nn.yaml:79:7
%6224 = mul %24, %5570 : f32[48,16] @ models/lib/nn.yaml:79:7
%6225 = mul %6219, %5572 : f32[48,16] @ models/lib/nn.yaml:79:7
%6226 = mul %6220, %5574 : f32[48,16] @ models/lib/nn.yaml:79:7
%6227 = add %6226, %6225 : f32[48,16] @ models/lib/nn.yaml:79:7
%6228 = mul %6219, %6219 : f32[48,16] @ models/lib/nn.yaml:79:7
%6229 = mul %6228, %5578 : f32[48,16] @ models/lib/nn.yaml:79:7
%6230 = mul %6221, %5580 : f32[48,16] @ models/lib/nn.yaml:79:7
%6231 = add %6230, %6229 : f32[48,16] @ models/lib/nn.yaml:79:7
%6232 = cast %6223 : f64[] @ models/lib/nn.yaml:79:7
%6233 = pow %5289, %6232 : f64[] @ models/lib/nn.yaml:79:7
%6234 = sub %5270, %6233 : f64[] @ models/lib/nn.yaml:79:7
%6235 = div %3314, %6234 : f64[] @ models/lib/nn.yaml:79:7
%6236 = pow %5297, %6232 : f64[] @ models/lib/nn.yaml:79:7
%6237 = sub %5270, %6236 : f64[] @ models/lib/nn.yaml:79:7
%6238 = sqrt %6237 : f64[] @ models/lib/nn.yaml:79:7
%6239 = div %5270, %6238 : f64[] @ models/lib/nn.yaml:79:7
%6240 = sqrt %6231 : f32[48,16] @ models/lib/nn.yaml:79:7
%6241 = cast %6239 : f32[] @ models/lib/nn.yaml:79:7
%6242 = broadcast %6241 : f32[48,16] @ models/lib/nn.yaml:79:7
%6243 = mul %6240, %6242 : f32[48,16] @ models/lib/nn.yaml:79:7
%6244 = add %6243, %5595 : f32[48,16] @ models/lib/nn.yaml:79:7
%6245 = div %6227, %6244 : f32[48,16] @ models/lib/nn.yaml:79:7
%6246 = cast %6235 : f32[] @ models/lib/nn.yaml:79:7
%6247 = broadcast %6246 : f32[48,16] @ models/lib/nn.yaml:79:7
%6248 = mul %6245, %6247 : f32[48,16] @ models/lib/nn.yaml:79:7
%6249 = sub %6224, %6248 : f32[48,16] @ models/lib/nn.yaml:79:7
%6250 = assign %24, %6249 : f32[48,16] @ models/lib/nn.yaml:79:7
%6251 = assign %6220, %6227 : f32[48,16] @ models/lib/nn.yaml:79:7
%6252 = assign %6221, %6231 : f32[48,16] @ models/lib/nn.yaml:79:7
%6253 = assign %6222, %6223 : i64[] @ models/lib/nn.yaml:79:7
%6254 = mul %102, %5606 : f32[48,16] @ models/lib/nn.yaml:79:7
%6255 = mul %6249, %5608 : f32[48,16] @ models/lib/nn.yaml:79:7
%6256 = add %6254, %6255 : f32[48,16] @ models/lib/nn.yaml:79:7
%6257 = assign %102, %6256 : f32[48,16] @ models/lib/nn.yaml:79:7
%6258 = all_reduce_sum %5018 : f32[48] @ models/lib/nn.yaml:80:7
%6259 = mul %6258, %6258 : f32[48] @ models/lib/nn.yaml:80:7
%6260 = reduce_sum %6259 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6261 = sqrt %6260 : f32[] @ models/lib/nn.yaml:80:7
%6262 = cast %6261 : f64[] @ models/lib/nn.yaml:80:7
%6263 = add %6262, %5266 : f64[] @ models/lib/nn.yaml:80:7
%6264 = div %5268, %6263 : f64[] @ models/lib/nn.yaml:80:7
%6265 = lt %6264, %5270 : bool[] @ models/lib/nn.yaml:80:7
%6266 = cast %6264 : f32[] @ models/lib/nn.yaml:80:7
%6267 = broadcast %6266 : f32[48] @ models/lib/nn.yaml:80:7
%6268 = mul %6258, %6267 : f32[48] @ models/lib/nn.yaml:80:7
%6269 = broadcast %6265 : bool[48] @ models/lib/nn.yaml:80:7
%6270 = select %6269, %6268, %6258 : f32[48] @ models/lib/nn.yaml:80:7
%6271 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6272 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6273 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6274 = add %6273, %5280 : i64[] @ models/lib/nn.yaml:80:7
%6275 = mul %6270, %5629 : f32[48] @ models/lib/nn.yaml:80:7
%6276 = mul %6271, %5631 : f32[48] @ models/lib/nn.yaml:80:7
%6277 = add %6276, %6275 : f32[48] @ models/lib/nn.yaml:80:7
%6278 = mul %6270, %6270 : f32[48] @ models/lib/nn.yaml:80:7
%6279 = mul %6278, %5635 : f32[48] @ models/lib/nn.yaml:80:7
%6280 = mul %6272, %5637 : f32[48] @ models/lib/nn.yaml:80:7
%6281 = add %6280, %6279 : f32[48] @ models/lib/nn.yaml:80:7
%6282 = cast %6274 : f64[] @ models/lib/nn.yaml:80:7
%6283 = pow %5289, %6282 : f64[] @ models/lib/nn.yaml:80:7
%6284 = sub %5270, %6283 : f64[] @ models/lib/nn.yaml:80:7
%6285 = div %3314, %6284 : f64[] @ models/lib/nn.yaml:80:7
%6286 = pow %5297, %6282 : f64[] @ models/lib/nn.yaml:80:7
%6287 = sub %5270, %6286 : f64[] @ models/lib/nn.yaml:80:7
%6288 = sqrt %6287 : f64[] @ models/lib/nn.yaml:80:7
%6289 = div %5270, %6288 : f64[] @ models/lib/nn.yaml:80:7
%6290 = sqrt %6281 : f32[48] @ models/lib/nn.yaml:80:7
%6291 = cast %6289 : f32[] @ models/lib/nn.yaml:80:7
%6292 = broadcast %6291 : f32[48] @ models/lib/nn.yaml:80:7
%6293 = mul %6290, %6292 : f32[48] @ models/lib/nn.yaml:80:7
%6294 = add %6293, %5652 : f32[48] @ models/lib/nn.yaml:80:7
%6295 = div %6277, %6294 : f32[48] @ models/lib/nn.yaml:80:7
%6296 = cast %6285 : f32[] @ models/lib/nn.yaml:80:7
%6297 = broadcast %6296 : f32[48] @ models/lib/nn.yaml:80:7
%6298 = mul %6295, %6297 : f32[48] @ models/lib/nn.yaml:80:7
%6299 = sub %25, %6298 : f32[48] @ models/lib/nn.yaml:80:7
%6300 = assign %25, %6299 : f32[48] @ models/lib/nn.yaml:80:7
%6301 = assign %6271, %6277 : f32[48] @ models/lib/nn.yaml:80:7
%6302 = assign %6272, %6281 : f32[48] @ models/lib/nn.yaml:80:7
%6303 = assign %6273, %6274 : i64[] @ models/lib/nn.yaml:80:7
%6304 = mul %103, %5663 : f32[48] @ models/lib/nn.yaml:80:7
%6305 = mul %6299, %5665 : f32[48] @ models/lib/nn.yaml:80:7
%6306 = add %6304, %6305 : f32[48] @ models/lib/nn.yaml:80:7
%6307 = assign %103, %6306 : f32[48] @ models/lib/nn.yaml:80:7
%6308 = all_reduce_sum %4929 : f32[16,16] @ models/lib/nn.yaml:79:7
%6309 = reshape %6308 : f32[256] @ models/lib/nn.yaml:79:7
%6310 = mul %6309, %6309 : f32[256] @ models/lib/nn.yaml:79:7
%6311 = reduce_sum %6310 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6312 = sqrt %6311 : f32[] @ models/lib/nn.yaml:79:7
%6313 = cast %6312 : f64[] @ models/lib/nn.yaml:79:7
%6314 = add %6313, %5266 : f64[] @ models/lib/nn.yaml:79:7
%6315 = div %5268, %6314 : f64[] @ models/lib/nn.yaml:79:7
%6316 = lt %6315, %5270 : bool[] @ models/lib/nn.yaml:79:7
%6317 = cast %6315 : f32[] @ models/lib/nn.yaml:79:7
%6318 = broadcast %6317 : f32[16,16] @ models/lib/nn.yaml:79:7
%6319 = mul %6308, %6318 : f32[16,16] @ models/lib/nn.yaml:79:7
%6320 = broadcast %6316 : bool[16,16] @ models/lib/nn.yaml:79:7
%6321 = select %6320, %6319, %6308 : f32[16,16] @ models/lib/nn.yaml:79:7
%6322 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6323 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6324 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6325 = add %6324, %5280 : i64[] @ models/lib/nn.yaml:79:7
%6326 = mul %26, %5687 : f32[16,16] @ models/lib/nn.yaml:79:7
%6327 = mul %6321, %5689 : f32[16,16] @ models/lib/nn.yaml:79:7
%6328 = mul %6322, %5691 : f32[16,16] @ models/lib/nn.yaml:79:7
%6329 = add %6328, %6327 : f32[16,16] @ models/lib/nn.yaml:79:7
%6330 = mul %6321, %6321 : f32[16,16] @ models/lib/nn.yaml:79:7
%6331 = mul %6330, %5695 : f32[16,16] @ models/lib/nn.yaml:79:7
%6332 = mul %6323, %5697 : f32[16,16] @ models/lib/nn.yaml:79:7
%6333 = add %6332, %6331 : f32[16,16] @ models/lib/nn.yaml:79:7
%6334 = cast %6325 : f64[] @ models/lib/nn.yaml:79:7
%6335 = pow %5289, %6334 : f64[] @ models/lib/nn.yaml:79:7
%6336 = sub %5270, %6335 : f64[] @ models/lib/nn.yaml:79:7
%6337 = div %3314, %6336 : f64[] @ models/lib/nn.yaml:79:7
%6338 = pow %5297, %6334 : f64[] @ models/lib/nn.yaml:79:7
%6339 = sub %5270, %6338 : f64[] @ models/lib/nn.yaml:79:7
%6340 = sqrt %6339 : f64[] @ models/lib/nn.yaml:79:7
%6341 = div %5270, %6340 : f64[] @ models/lib/nn.yaml:79:7
%6342 = sqrt %6333 : f32[16,16] @ models/lib/nn.yaml:79:7
%6343 = cast %6341 : f32[] @ models/lib/nn.yaml:79:7
%6344 = broadcast %6343 : f32[16,16] @ models/lib/nn.yaml:79:7
%6345 = mul %6342, %6344 : f32[16,16] @ models/lib/nn.yaml:79:7
%6346 = add %6345, %5712 : f32[16,16] @ models/lib/nn.yaml:79:7
%6347 = div %6329, %6346 : f32[16,16] @ models/lib/nn.yaml:79:7
%6348 = cast %6337 : f32[] @ models/lib/nn.yaml:79:7
%6349 = broadcast %6348 : f32[16,16] @ models/lib/nn.yaml:79:7
%6350 = mul %6347, %6349 : f32[16,16] @ models/lib/nn.yaml:79:7
%6351 = sub %6326, %6350 : f32[16,16] @ models/lib/nn.yaml:79:7
%6352 = assign %26, %6351 : f32[16,16] @ models/lib/nn.yaml:79:7
%6353 = assign %6322, %6329 : f32[16,16] @ models/lib/nn.yaml:79:7
%6354 = assign %6323, %6333 : f32[16,16] @ models/lib/nn.yaml:79:7
%6355 = assign %6324, %6325 : i64[] @ models/lib/nn.yaml:79:7
%6356 = mul %104, %5723 : f32[16,16] @ models/lib/nn.yaml:79:7
%6357 = mul %6351, %5725 : f32[16,16] @ models/lib/nn.yaml:79:7
%6358 = add %6356, %6357 : f32[16,16] @ models/lib/nn.yaml:79:7
%6359 = assign %104, %6358 : f32[16,16] @ models/lib/nn.yaml:79:7
%6360 = all_reduce_sum %4924 : f32[16] @ models/lib/nn.yaml:80:7
%6361 = mul %6360, %6360 : f32[16] @ models/lib/nn.yaml:80:7
%6362 = reduce_sum %6361 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6363 = sqrt %6362 : f32[] @ models/lib/nn.yaml:80:7
%6364 = cast %6363 : f64[] @ models/lib/nn.yaml:80:7
%6365 = add %6364, %5266 : f64[] @ models/lib/nn.yaml:80:7
%6366 = div %5268, %6365 : f64[] @ models/lib/nn.yaml:80:7
%6367 = lt %6366, %5270 : bool[] @ models/lib/nn.yaml:80:7
%6368 = cast %6366 : f32[] @ models/lib/nn.yaml:80:7
%6369 = broadcast %6368 : f32[16] @ models/lib/nn.yaml:80:7
%6370 = mul %6360, %6369 : f32[16] @ models/lib/nn.yaml:80:7
%6371 = broadcast %6367 : bool[16] @ models/lib/nn.yaml:80:7
%6372 = select %6371, %6370, %6360 : f32[16] @ models/lib/nn.yaml:80:7
%6373 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6374 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6375 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6376 = add %6375, %5280 : i64[] @ models/lib/nn.yaml:80:7
%6377 = mul %6372, %5412 : f32[16] @ models/lib/nn.yaml:80:7
%6378 = mul %6373, %5414 : f32[16] @ models/lib/nn.yaml:80:7
%6379 = add %6378, %6377 : f32[16] @ models/lib/nn.yaml:80:7
%6380 = mul %6372, %6372 : f32[16] @ models/lib/nn.yaml:80:7
%6381 = mul %6380, %5418 : f32[16] @ models/lib/nn.yaml:80:7
%6382 = mul %6374, %5420 : f32[16] @ models/lib/nn.yaml:80:7
%6383 = add %6382, %6381 : f32[16] @ models/lib/nn.yaml:80:7
%6384 = cast %6376 : f64[] @ models/lib/nn.yaml:80:7
%6385 = pow %5289, %6384 : f64[] @ models/lib/nn.yaml:80:7
%6386 = sub %5270, %6385 : f64[] @ models/lib/nn.yaml:80:7
%6387 = div %3314, %6386 : f64[] @ models/lib/nn.yaml:80:7
%6388 = pow %5297, %6384 : f64[] @ models/lib/nn.yaml:80:7
%6389 = sub %5270, %6388 : f64[] @ models/lib/nn.yaml:80:7
%6390 = sqrt %6389 : f64[] @ models/lib/nn.yaml:80:7
%6391 = div %5270, %6390 : f64[] @ models/lib/nn.yaml:80:7
%6392 = sqrt %6383 : f32[16] @ models/lib/nn.yaml:80:7
%6393 = cast %6391 : f32[] @ models/lib/nn.yaml:80:7
%6394 = broadcast %6393 : f32[16] @ models/lib/nn.yaml:80:7
%6395 = mul %6392, %6394 : f32[16] @ models/lib/nn.yaml:80:7
%6396 = add %6395, %5435 : f32[16] @ models/lib/nn.yaml:80:7
%6397 = div %6379, %6396 : f32[16] @ models/lib/nn.yaml:80:7
%6398 = cast %6387 : f32[] @ models/lib/nn.yaml:80:7
%6399 = broadcast %6398 : f32[16] @ models/lib/nn.yaml:80:7
%6400 = mul %6397, %6399 : f32[16] @ models/lib/nn.yaml:80:7
%6401 = sub %27, %6400 : f32[16] @ models/lib/nn.yaml:80:7
%6402 = assign %27, %6401 : f32[16] @ models/lib/nn.yaml:80:7
%6403 = assign %6373, %6379 : f32[16] @ models/lib/nn.yaml:80:7
%6404 = assign %6374, %6383 : f32[16] @ models/lib/nn.yaml:80:7
%6405 = assign %6375, %6376 : i64[] @ models/lib/nn.yaml:80:7
%6406 = mul %105, %5446 : f32[16] @ models/lib/nn.yaml:80:7
%6407 = mul %6401, %5448 : f32[16] @ models/lib/nn.yaml:80:7
%6408 = add %6406, %6407 : f32[16] @ models/lib/nn.yaml:80:7
%6409 = assign %105, %6408 : f32[16] @ models/lib/nn.yaml:80:7
%6410 = all_reduce_sum %4898 : f32[16] @ models/lib/nn.yaml:89:7
%6411 = mul %6410, %6410 : f32[16] @ models/lib/nn.yaml:89:7
%6412 = reduce_sum %6411 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6413 = sqrt %6412 : f32[] @ models/lib/nn.yaml:89:7
%6414 = cast %6413 : f64[] @ models/lib/nn.yaml:89:7
%6415 = add %6414, %5266 : f64[] @ models/lib/nn.yaml:89:7
%6416 = div %5268, %6415 : f64[] @ models/lib/nn.yaml:89:7
%6417 = lt %6416, %5270 : bool[] @ models/lib/nn.yaml:89:7
%6418 = cast %6416 : f32[] @ models/lib/nn.yaml:89:7
%6419 = broadcast %6418 : f32[16] @ models/lib/nn.yaml:89:7
%6420 = mul %6410, %6419 : f32[16] @ models/lib/nn.yaml:89:7
%6421 = broadcast %6417 : bool[16] @ models/lib/nn.yaml:89:7
%6422 = select %6421, %6420, %6410 : f32[16] @ models/lib/nn.yaml:89:7
%6423 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6424 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6425 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6426 = add %6425, %5280 : i64[] @ models/lib/nn.yaml:89:7
%6427 = mul %6422, %5412 : f32[16] @ models/lib/nn.yaml:89:7
%6428 = mul %6423, %5414 : f32[16] @ models/lib/nn.yaml:89:7
%6429 = add %6428, %6427 : f32[16] @ models/lib/nn.yaml:89:7
%6430 = mul %6422, %6422 : f32[16] @ models/lib/nn.yaml:89:7
%6431 = mul %6430, %5418 : f32[16] @ models/lib/nn.yaml:89:7
%6432 = mul %6424, %5420 : f32[16] @ models/lib/nn.yaml:89:7
%6433 = add %6432, %6431 : f32[16] @ models/lib/nn.yaml:89:7
%6434 = cast %6426 : f64[] @ models/lib/nn.yaml:89:7
%6435 = pow %5289, %6434 : f64[] @ models/lib/nn.yaml:89:7
%6436 = sub %5270, %6435 : f64[] @ models/lib/nn.yaml:89:7
%6437 = div %3314, %6436 : f64[] @ models/lib/nn.yaml:89:7
%6438 = pow %5297, %6434 : f64[] @ models/lib/nn.yaml:89:7
%6439 = sub %5270, %6438 : f64[] @ models/lib/nn.yaml:89:7
%6440 = sqrt %6439 : f64[] @ models/lib/nn.yaml:89:7
%6441 = div %5270, %6440 : f64[] @ models/lib/nn.yaml:89:7
%6442 = sqrt %6433 : f32[16] @ models/lib/nn.yaml:89:7
%6443 = cast %6441 : f32[] @ models/lib/nn.yaml:89:7
%6444 = broadcast %6443 : f32[16] @ models/lib/nn.yaml:89:7
%6445 = mul %6442, %6444 : f32[16] @ models/lib/nn.yaml:89:7
%6446 = add %6445, %5435 : f32[16] @ models/lib/nn.yaml:89:7
%6447 = div %6429, %6446 : f32[16] @ models/lib/nn.yaml:89:7
%6448 = cast %6437 : f32[] @ models/lib/nn.yaml:89:7
%6449 = broadcast %6448 : f32[16] @ models/lib/nn.yaml:89:7
%6450 = mul %6447, %6449 : f32[16] @ models/lib/nn.yaml:89:7
%6451 = sub %28, %6450 : f32[16] @ models/lib/nn.yaml:89:7
%6452 = assign %28, %6451 : f32[16] @ models/lib/nn.yaml:89:7
%6453 = assign %6423, %6429 : f32[16] @ models/lib/nn.yaml:89:7
%6454 = assign %6424, %6433 : f32[16] @ models/lib/nn.yaml:89:7
%6455 = assign %6425, %6426 : i64[] @ models/lib/nn.yaml:89:7
%6456 = mul %106, %5446 : f32[16] @ models/lib/nn.yaml:89:7
%6457 = mul %6451, %5448 : f32[16] @ models/lib/nn.yaml:89:7
%6458 = add %6456, %6457 : f32[16] @ models/lib/nn.yaml:89:7
%6459 = assign %106, %6458 : f32[16] @ models/lib/nn.yaml:89:7
%6460 = all_reduce_sum %4891 : f32[16] @ models/lib/nn.yaml:90:7
%6461 = mul %6460, %6460 : f32[16] @ models/lib/nn.yaml:90:7
%6462 = reduce_sum %6461 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6463 = sqrt %6462 : f32[] @ models/lib/nn.yaml:90:7
%6464 = cast %6463 : f64[] @ models/lib/nn.yaml:90:7
%6465 = add %6464, %5266 : f64[] @ models/lib/nn.yaml:90:7
%6466 = div %5268, %6465 : f64[] @ models/lib/nn.yaml:90:7
%6467 = lt %6466, %5270 : bool[] @ models/lib/nn.yaml:90:7
%6468 = cast %6466 : f32[] @ models/lib/nn.yaml:90:7
%6469 = broadcast %6468 : f32[16] @ models/lib/nn.yaml:90:7
%6470 = mul %6460, %6469 : f32[16] @ models/lib/nn.yaml:90:7
%6471 = broadcast %6467 : bool[16] @ models/lib/nn.yaml:90:7
%6472 = select %6471, %6470, %6460 : f32[16] @ models/lib/nn.yaml:90:7
%6473 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6474 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6475 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6476 = add %6475, %5280 : i64[] @ models/lib/nn.yaml:90:7
%6477 = mul %6472, %5412 : f32[16] @ models/lib/nn.yaml:90:7
%6478 = mul %6473, %5414 : f32[16] @ models/lib/nn.yaml:90:7
%6479 = add %6478, %6477 : f32[16] @ models/lib/nn.yaml:90:7
%6480 = mul %6472, %6472 : f32[16] @ models/lib/nn.yaml:90:7
%6481 = mul %6480, %5418 : f32[16] @ models/lib/nn.yaml:90:7
%6482 = mul %6474, %5420 : f32[16] @ models/lib/nn.yaml:90:7
%6483 = add %6482, %6481 : f32[16] @ models/lib/nn.yaml:90:7
%6484 = cast %6476 : f64[] @ models/lib/nn.yaml:90:7
%6485 = pow %5289, %6484 : f64[] @ models/lib/nn.yaml:90:7
%6486 = sub %5270, %6485 : f64[] @ models/lib/nn.yaml:90:7
%6487 = div %3314, %6486 : f64[] @ models/lib/nn.yaml:90:7
%6488 = pow %5297, %6484 : f64[] @ models/lib/nn.yaml:90:7
%6489 = sub %5270, %6488 : f64[] @ models/lib/nn.yaml:90:7
%6490 = sqrt %6489 : f64[] @ models/lib/nn.yaml:90:7
%6491 = div %5270, %6490 : f64[] @ models/lib/nn.yaml:90:7
%6492 = sqrt %6483 : f32[16] @ models/lib/nn.yaml:90:7
%6493 = cast %6491 : f32[] @ models/lib/nn.yaml:90:7
%6494 = broadcast %6493 : f32[16] @ models/lib/nn.yaml:90:7
%6495 = mul %6492, %6494 : f32[16] @ models/lib/nn.yaml:90:7
%6496 = add %6495, %5435 : f32[16] @ models/lib/nn.yaml:90:7
%6497 = div %6479, %6496 : f32[16] @ models/lib/nn.yaml:90:7
%6498 = cast %6487 : f32[] @ models/lib/nn.yaml:90:7
%6499 = broadcast %6498 : f32[16] @ models/lib/nn.yaml:90:7
%6500 = mul %6497, %6499 : f32[16] @ models/lib/nn.yaml:90:7
%6501 = sub %29, %6500 : f32[16] @ models/lib/nn.yaml:90:7
%6502 = assign %29, %6501 : f32[16] @ models/lib/nn.yaml:90:7
%6503 = assign %6473, %6479 : f32[16] @ models/lib/nn.yaml:90:7
%6504 = assign %6474, %6483 : f32[16] @ models/lib/nn.yaml:90:7
%6505 = assign %6475, %6476 : i64[] @ models/lib/nn.yaml:90:7
%6506 = mul %107, %5446 : f32[16] @ models/lib/nn.yaml:90:7
%6507 = mul %6501, %5448 : f32[16] @ models/lib/nn.yaml:90:7
%6508 = add %6506, %6507 : f32[16] @ models/lib/nn.yaml:90:7
%6509 = assign %107, %6508 : f32[16] @ models/lib/nn.yaml:90:7
%6510 = all_reduce_sum %4886 : f32[64,16] @ models/lib/nn.yaml:79:7
%6511 = reshape %6510 : f32[1024] @ models/lib/nn.yaml:79:7
%6512 = mul %6511, %6511 : f32[1024] @ models/lib/nn.yaml:79:7
%6513 = reduce_sum %6512 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6514 = sqrt %6513 : f32[] @ models/lib/nn.yaml:79:7
%6515 = cast %6514 : f64[] @ models/lib/nn.yaml:79:7
%6516 = add %6515, %5266 : f64[] @ models/lib/nn.yaml:79:7
%6517 = div %5268, %6516 : f64[] @ models/lib/nn.yaml:79:7
%6518 = lt %6517, %5270 : bool[] @ models/lib/nn.yaml:79:7
%6519 = cast %6517 : f32[] @ models/lib/nn.yaml:79:7
%6520 = broadcast %6519 : f32[64,16] @ models/lib/nn.yaml:79:7
%6521 = mul %6510, %6520 : f32[64,16] @ models/lib/nn.yaml:79:7
%6522 = broadcast %6518 : bool[64,16] @ models/lib/nn.yaml:79:7
%6523 = select %6522, %6521, %6510 : f32[64,16] @ models/lib/nn.yaml:79:7
%6524 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6525 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6526 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6527 = add %6526, %5280 : i64[] @ models/lib/nn.yaml:79:7
%6528 = mul %30, %5897 : f32[64,16] @ models/lib/nn.yaml:79:7
%6529 = mul %6523, %5899 : f32[64,16] @ models/lib/nn.yaml:79:7
%6530 = mul %6524, %5901 : f32[64,16] @ models/lib/nn.yaml:79:7
%6531 = add %6530, %6529 : f32[64,16] @ models/lib/nn.yaml:79:7
%6532 = mul %6523, %6523 : f32[64,16] @ models/lib/nn.yaml:79:7
%6533 = mul %6532, %5905 : f32[64,16] @ models/lib/nn.yaml:79:7
%6534 = mul %6525, %5907 : f32[64,16] @ models/lib/nn.yaml:79:7
%6535 = add %6534, %6533 : f32[64,16] @ models/lib/nn.yaml:79:7
%6536 = cast %6527 : f64[] @ models/lib/nn.yaml:79:7
%6537 = pow %5289, %6536 : f64[] @ models/lib/nn.yaml:79:7
%6538 = sub %5270, %6537 : f64[] @ models/lib/nn.yaml:79:7
%6539 = div %3314, %6538 : f64[] @ models/lib/nn.yaml:79:7
%6540 = pow %5297, %6536 : f64[] @ models/lib/nn.yaml:79:7
%6541 = sub %5270, %6540 : f64[] @ models/lib/nn.yaml:79:7
%6542 = sqrt %6541 : f64[] @ models/lib/nn.yaml:79:7
%6543 = div %5270, %6542 : f64[] @ models/lib/nn.yaml:79:7
%6544 = sqrt %6535 : f32[64,16] @ models/lib/nn.yaml:79:7
%6545 = cast %6543 : f32[] @ models/lib/nn.yaml:79:7
%6546 = broadcast %6545 : f32[64,16] @ models/lib/nn.yaml:79:7
%6547 = mul %6544, %6546 : f32[64,16] @ models/lib/nn.yaml:79:7
%6548 = add %6547, %5922 : f32[64,16] @ models/lib/nn.yaml:79:7
%6549 = div %6531, %6548 : f32[64,16] @ models/lib/nn.yaml:79:7
%6550 = cast %6539 : f32[] @ models/lib/nn.yaml:79:7
%6551 = broadcast %6550 : f32[64,16] @ models/lib/nn.yaml:79:7
%6552 = mul %6549, %6551 : f32[64,16] @ models/lib/nn.yaml:79:7
%6553 = sub %6528, %6552 : f32[64,16] @ models/lib/nn.yaml:79:7
%6554 = assign %30, %6553 : f32[64,16] @ models/lib/nn.yaml:79:7
%6555 = assign %6524, %6531 : f32[64,16] @ models/lib/nn.yaml:79:7
%6556 = assign %6525, %6535 : f32[64,16] @ models/lib/nn.yaml:79:7
%6557 = assign %6526, %6527 : i64[] @ models/lib/nn.yaml:79:7
%6558 = mul %108, %5933 : f32[64,16] @ models/lib/nn.yaml:79:7
%6559 = mul %6553, %5935 : f32[64,16] @ models/lib/nn.yaml:79:7
%6560 = add %6558, %6559 : f32[64,16] @ models/lib/nn.yaml:79:7
%6561 = assign %108, %6560 : f32[64,16] @ models/lib/nn.yaml:79:7
%6562 = all_reduce_sum %4881 : f32[64] @ models/lib/nn.yaml:80:7
%6563 = mul %6562, %6562 : f32[64] @ models/lib/nn.yaml:80:7
%6564 = reduce_sum %6563 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6565 = sqrt %6564 : f32[] @ models/lib/nn.yaml:80:7
%6566 = cast %6565 : f64[] @ models/lib/nn.yaml:80:7
%6567 = add %6566, %5266 : f64[] @ models/lib/nn.yaml:80:7
%6568 = div %5268, %6567 : f64[] @ models/lib/nn.yaml:80:7
%6569 = lt %6568, %5270 : bool[] @ models/lib/nn.yaml:80:7
%6570 = cast %6568 : f32[] @ models/lib/nn.yaml:80:7
%6571 = broadcast %6570 : f32[64] @ models/lib/nn.yaml:80:7
%6572 = mul %6562, %6571 : f32[64] @ models/lib/nn.yaml:80:7
%6573 = broadcast %6569 : bool[64] @ models/lib/nn.yaml:80:7
%6574 = select %6573, %6572, %6562 : f32[64] @ models/lib/nn.yaml:80:7
%6575 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6576 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6577 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6578 = add %6577, %5280 : i64[] @ models/lib/nn.yaml:80:7
%6579 = mul %6574, %5956 : f32[64] @ models/lib/nn.yaml:80:7
%6580 = mul %6575, %5958 : f32[64] @ models/lib/nn.yaml:80:7
%6581 = add %6580, %6579 : f32[64] @ models/lib/nn.yaml:80:7
%6582 = mul %6574, %6574 : f32[64] @ models/lib/nn.yaml:80:7
%6583 = mul %6582, %5962 : f32[64] @ models/lib/nn.yaml:80:7
%6584 = mul %6576, %5964 : f32[64] @ models/lib/nn.yaml:80:7
%6585 = add %6584, %6583 : f32[64] @ models/lib/nn.yaml:80:7
%6586 = cast %6578 : f64[] @ models/lib/nn.yaml:80:7
%6587 = pow %5289, %6586 : f64[] @ models/lib/nn.yaml:80:7
%6588 = sub %5270, %6587 : f64[] @ models/lib/nn.yaml:80:7
%6589 = div %3314, %6588 : f64[] @ models/lib/nn.yaml:80:7
%6590 = pow %5297, %6586 : f64[] @ models/lib/nn.yaml:80:7
%6591 = sub %5270, %6590 : f64[] @ models/lib/nn.yaml:80:7
%6592 = sqrt %6591 : f64[] @ models/lib/nn.yaml:80:7
%6593 = div %5270, %6592 : f64[] @ models/lib/nn.yaml:80:7
%6594 = sqrt %6585 : f32[64] @ models/lib/nn.yaml:80:7
%6595 = cast %6593 : f32[] @ models/lib/nn.yaml:80:7
%6596 = broadcast %6595 : f32[64] @ models/lib/nn.yaml:80:7
%6597 = mul %6594, %6596 : f32[64] @ models/lib/nn.yaml:80:7
%6598 = add %6597, %5979 : f32[64] @ models/lib/nn.yaml:80:7
%6599 = div %6581, %6598 : f32[64] @ models/lib/nn.yaml:80:7
%6600 = cast %6589 : f32[] @ models/lib/nn.yaml:80:7
%6601 = broadcast %6600 : f32[64] @ models/lib/nn.yaml:80:7
%6602 = mul %6599, %6601 : f32[64] @ models/lib/nn.yaml:80:7
%6603 = sub %31, %6602 : f32[64] @ models/lib/nn.yaml:80:7
%6604 = assign %31, %6603 : f32[64] @ models/lib/nn.yaml:80:7
%6605 = assign %6575, %6581 : f32[64] @ models/lib/nn.yaml:80:7
%6606 = assign %6576, %6585 : f32[64] @ models/lib/nn.yaml:80:7
%6607 = assign %6577, %6578 : i64[] @ models/lib/nn.yaml:80:7
%6608 = mul %109, %5990 : f32[64] @ models/lib/nn.yaml:80:7
%6609 = mul %6603, %5992 : f32[64] @ models/lib/nn.yaml:80:7
%6610 = add %6608, %6609 : f32[64] @ models/lib/nn.yaml:80:7
%6611 = assign %109, %6610 : f32[64] @ models/lib/nn.yaml:80:7
%6612 = all_reduce_sum %4865 : f32[16,64] @ models/lib/nn.yaml:79:7
%6613 = reshape %6612 : f32[1024] @ models/lib/nn.yaml:79:7
%6614 = mul %6613, %6613 : f32[1024] @ models/lib/nn.yaml:79:7
%6615 = reduce_sum %6614 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6616 = sqrt %6615 : f32[] @ models/lib/nn.yaml:79:7
%6617 = cast %6616 : f64[] @ models/lib/nn.yaml:79:7
%6618 = add %6617, %5266 : f64[] @ models/lib/nn.yaml:79:7
%6619 = div %5268, %6618 : f64[] @ models/lib/nn.yaml:79:7
%6620 = lt %6619, %5270 : bool[] @ models/lib/nn.yaml:79:7
%6621 = cast %6619 : f32[] @ models/lib/nn.yaml:79:7
%6622 = broadcast %6621 : f32[16,64] @ models/lib/nn.yaml:79:7
%6623 = mul %6612, %6622 : f32[16,64] @ models/lib/nn.yaml:79:7
%6624 = broadcast %6620 : bool[16,64] @ models/lib/nn.yaml:79:7
%6625 = select %6624, %6623, %6612 : f32[16,64] @ models/lib/nn.yaml:79:7
%6626 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6627 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6628 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6629 = add %6628, %5280 : i64[] @ models/lib/nn.yaml:79:7
%6630 = mul %32, %6014 : f32[16,64] @ models/lib/nn.yaml:79:7
%6631 = mul %6625, %6016 : f32[16,64] @ models/lib/nn.yaml:79:7
%6632 = mul %6626, %6018 : f32[16,64] @ models/lib/nn.yaml:79:7
%6633 = add %6632, %6631 : f32[16,64] @ models/lib/nn.yaml:79:7
%6634 = mul %6625, %6625 : f32[16,64] @ models/lib/nn.yaml:79:7
%6635 = mul %6634, %6022 : f32[16,64] @ models/lib/nn.yaml:79:7
%6636 = mul %6627, %6024 : f32[16,64] @ models/lib/nn.yaml:79:7
%6637 = add %6636, %6635 : f32[16,64] @ models/lib/nn.yaml:79:7
%6638 = cast %6629 : f64[] @ models/lib/nn.yaml:79:7
%6639 = pow %5289, %6638 : f64[] @ models/lib/nn.yaml:79:7
%6640 = sub %5270, %6639 : f64[] @ models/lib/nn.yaml:79:7
%6641 = div %3314, %6640 : f64[] @ models/lib/nn.yaml:79:7
%6642 = pow %5297, %6638 : f64[] @ models/lib/nn.yaml:79:7
%6643 = sub %5270, %6642 : f64[] @ models/lib/nn.yaml:79:7
%6644 = sqrt %6643 : f64[] @ models/lib/nn.yaml:79:7
%6645 = div %5270, %6644 : f64[] @ models/lib/nn.yaml:79:7
%6646 = sqrt %6637 : f32[16,64] @ models/lib/nn.yaml:79:7
%6647 = cast %6645 : f32[] @ models/lib/nn.yaml:79:7
%6648 = broadcast %6647 : f32[16,64] @ models/lib/nn.yaml:79:7
%6649 = mul %6646, %6648 : f32[16,64] @ models/lib/nn.yaml:79:7
%6650 = add %6649, %6039 : f32[16,64] @ models/lib/nn.yaml:79:7
%6651 = div %6633, %6650 : f32[16,64] @ models/lib/nn.yaml:79:7
%6652 = cast %6641 : f32[] @ models/lib/nn.yaml:79:7
%6653 = broadcast %6652 : f32[16,64] @ models/lib/nn.yaml:79:7
%6654 = mul %6651, %6653 : f32[16,64] @ models/lib/nn.yaml:79:7
%6655 = sub %6630, %6654 : f32[16,64] @ models/lib/nn.yaml:79:7
%6656 = assign %32, %6655 : f32[16,64] @ models/lib/nn.yaml:79:7
%6657 = assign %6626, %6633 : f32[16,64] @ models/lib/nn.yaml:79:7
%6658 = assign %6627, %6637 : f32[16,64] @ models/lib/nn.yaml:79:7
%6659 = assign %6628, %6629 : i64[] @ models/lib/nn.yaml:79:7
%6660 = mul %110, %6050 : f32[16,64] @ models/lib/nn.yaml:79:7
%6661 = mul %6655, %6052 : f32[16,64] @ models/lib/nn.yaml:79:7
%6662 = add %6660, %6661 : f32[16,64] @ models/lib/nn.yaml:79:7
%6663 = assign %110, %6662 : f32[16,64] @ models/lib/nn.yaml:79:7
%6664 = all_reduce_sum %4860 : f32[16] @ models/lib/nn.yaml:80:7
%6665 = mul %6664, %6664 : f32[16] @ models/lib/nn.yaml:80:7
%6666 = reduce_sum %6665 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6667 = sqrt %6666 : f32[] @ models/lib/nn.yaml:80:7
%6668 = cast %6667 : f64[] @ models/lib/nn.yaml:80:7
%6669 = add %6668, %5266 : f64[] @ models/lib/nn.yaml:80:7
%6670 = div %5268, %6669 : f64[] @ models/lib/nn.yaml:80:7
%6671 = lt %6670, %5270 : bool[] @ models/lib/nn.yaml:80:7
%6672 = cast %6670 : f32[] @ models/lib/nn.yaml:80:7
%6673 = broadcast %6672 : f32[16] @ models/lib/nn.yaml:80:7
%6674 = mul %6664, %6673 : f32[16] @ models/lib/nn.yaml:80:7
%6675 = broadcast %6671 : bool[16] @ models/lib/nn.yaml:80:7
%6676 = select %6675, %6674, %6664 : f32[16] @ models/lib/nn.yaml:80:7
%6677 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6678 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6679 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6680 = add %6679, %5280 : i64[] @ models/lib/nn.yaml:80:7
%6681 = mul %6676, %5412 : f32[16] @ models/lib/nn.yaml:80:7
%6682 = mul %6677, %5414 : f32[16] @ models/lib/nn.yaml:80:7
%6683 = add %6682, %6681 : f32[16] @ models/lib/nn.yaml:80:7
%6684 = mul %6676, %6676 : f32[16] @ models/lib/nn.yaml:80:7
%6685 = mul %6684, %5418 : f32[16] @ models/lib/nn.yaml:80:7
%6686 = mul %6678, %5420 : f32[16] @ models/lib/nn.yaml:80:7
%6687 = add %6686, %6685 : f32[16] @ models/lib/nn.yaml:80:7
%6688 = cast %6680 : f64[] @ models/lib/nn.yaml:80:7
%6689 = pow %5289, %6688 : f64[] @ models/lib/nn.yaml:80:7
%6690 = sub %5270, %6689 : f64[] @ models/lib/nn.yaml:80:7
%6691 = div %3314, %6690 : f64[] @ models/lib/nn.yaml:80:7
%6692 = pow %5297, %6688 : f64[] @ models/lib/nn.yaml:80:7
%6693 = sub %5270, %6692 : f64[] @ models/lib/nn.yaml:80:7
%6694 = sqrt %6693 : f64[] @ models/lib/nn.yaml:80:7
%6695 = div %5270, %6694 : f64[] @ models/lib/nn.yaml:80:7
%6696 = sqrt %6687 : f32[16] @ models/lib/nn.yaml:80:7
%6697 = cast %6695 : f32[] @ models/lib/nn.yaml:80:7
%6698 = broadcast %6697 : f32[16] @ models/lib/nn.yaml:80:7
%6699 = mul %6696, %6698 : f32[16] @ models/lib/nn.yaml:80:7
%6700 = add %6699, %5435 : f32[16] @ models/lib/nn.yaml:80:7
%6701 = div %6683, %6700 : f32[16] @ models/lib/nn.yaml:80:7
%6702 = cast %6691 : f32[] @ models/lib/nn.yaml:80:7
%6703 = broadcast %6702 : f32[16] @ models/lib/nn.yaml:80:7
%6704 = mul %6701, %6703 : f32[16] @ models/lib/nn.yaml:80:7
%6705 = sub %33, %6704 : f32[16] @ models/lib/nn.yaml:80:7
%6706 = assign %33, %6705 : f32[16] @ models/lib/nn.yaml:80:7
%6707 = assign %6677, %6683 : f32[16] @ models/lib/nn.yaml:80:7
%6708 = assign %6678, %6687 : f32[16] @ models/lib/nn.yaml:80:7
%6709 = assign %6679, %6680 : i64[] @ models/lib/nn.yaml:80:7
%6710 = mul %111, %5446 : f32[16] @ models/lib/nn.yaml:80:7
%6711 = mul %6705, %5448 : f32[16] @ models/lib/nn.yaml:80:7
%6712 = add %6710, %6711 : f32[16] @ models/lib/nn.yaml:80:7
%6713 = assign %111, %6712 : f32[16] @ models/lib/nn.yaml:80:7
%6714 = all_reduce_sum %4853 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6715 = reshape %6714 : f32[16] @ models/lib/vit.yaml:103:7
%6716 = mul %6715, %6715 : f32[16] @ models/lib/vit.yaml:103:7
%6717 = reduce_sum %6716 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%6718 = sqrt %6717 : f32[] @ models/lib/vit.yaml:103:7
%6719 = cast %6718 : f64[] @ models/lib/vit.yaml:103:7
%6720 = add %6719, %5266 : f64[] @ models/lib/vit.yaml:103:7
%6721 = div %5268, %6720 : f64[] @ models/lib/vit.yaml:103:7
%6722 = lt %6721, %5270 : bool[] @ models/lib/vit.yaml:103:7
%6723 = cast %6721 : f32[] @ models/lib/vit.yaml:103:7
%6724 = broadcast %6723 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6725 = mul %6714, %6724 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6726 = broadcast %6722 : bool[1,1,16] @ models/lib/vit.yaml:103:7
%6727 = select %6726, %6725, %6714 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6728 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6729 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6730 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%6731 = add %6730, %5280 : i64[] @ models/lib/vit.yaml:103:7
%6732 = broadcast %5284 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6733 = mul %34, %6732 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6734 = broadcast %3070 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6735 = mul %6727, %6734 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6736 = broadcast %2110 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6737 = mul %6728, %6736 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6738 = add %6737, %6735 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6739 = mul %6727, %6727 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6740 = broadcast %5294 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6741 = mul %6739, %6740 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6742 = broadcast %5298 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6743 = mul %6729, %6742 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6744 = add %6743, %6741 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6745 = cast %6731 : f64[] @ models/lib/vit.yaml:103:7
%6746 = pow %5289, %6745 : f64[] @ models/lib/vit.yaml:103:7
%6747 = sub %5270, %6746 : f64[] @ models/lib/vit.yaml:103:7
%6748 = div %3314, %6747 : f64[] @ models/lib/vit.yaml:103:7
%6749 = pow %5297, %6745 : f64[] @ models/lib/vit.yaml:103:7
%6750 = sub %5270, %6749 : f64[] @ models/lib/vit.yaml:103:7
%6751 = sqrt %6750 : f64[] @ models/lib/vit.yaml:103:7
%6752 = div %5270, %6751 : f64[] @ models/lib/vit.yaml:103:7
%6753 = sqrt %6744 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6754 = cast %6752 : f32[] @ models/lib/vit.yaml:103:7
%6755 = broadcast %6754 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6756 = mul %6753, %6755 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6757 = broadcast %5314 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6758 = add %6756, %6757 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6759 = div %6738, %6758 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6760 = cast %6748 : f32[] @ models/lib/vit.yaml:103:7
%6761 = broadcast %6760 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6762 = mul %6759, %6761 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6763 = sub %6733, %6762 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6764 = assign %34, %6763 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6765 = assign %6728, %6738 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6766 = assign %6729, %6744 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6767 = assign %6730, %6731 : i64[] @ models/lib/vit.yaml:103:7
%6768 = broadcast %5326 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6769 = mul %112, %6768 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6770 = broadcast %5330 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6771 = mul %6763, %6770 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6772 = add %6769, %6771 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6773 = assign %112, %6772 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6774 = all_reduce_sum %4830 : f32[16] @ models/lib/nn.yaml:89:7
%6775 = mul %6774, %6774 : f32[16] @ models/lib/nn.yaml:89:7
%6776 = reduce_sum %6775 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6777 = sqrt %6776 : f32[] @ models/lib/nn.yaml:89:7
%6778 = cast %6777 : f64[] @ models/lib/nn.yaml:89:7
%6779 = add %6778, %5266 : f64[] @ models/lib/nn.yaml:89:7
%6780 = div %5268, %6779 : f64[] @ models/lib/nn.yaml:89:7
%6781 = lt %6780, %5270 : bool[] @ models/lib/nn.yaml:89:7
%6782 = cast %6780 : f32[] @ models/lib/nn.yaml:89:7
%6783 = broadcast %6782 : f32[16] @ models/lib/nn.yaml:89:7
%6784 = mul %6774, %6783 : f32[16] @ models/lib/nn.yaml:89:7
%6785 = broadcast %6781 : bool[16] @ models/lib/nn.yaml:89:7
%6786 = select %6785, %6784, %6774 : f32[16] @ models/lib/nn.yaml:89:7
%6787 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6788 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6789 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6790 = add %6789, %5280 : i64[] @ models/lib/nn.yaml:89:7
%6791 = mul %6786, %5412 : f32[16] @ models/lib/nn.yaml:89:7
%6792 = mul %6787, %5414 : f32[16] @ models/lib/nn.yaml:89:7
%6793 = add %6792, %6791 : f32[16] @ models/lib/nn.yaml:89:7
%6794 = mul %6786, %6786 : f32[16] @ models/lib/nn.yaml:89:7
%6795 = mul %6794, %5418 : f32[16] @ models/lib/nn.yaml:89:7
%6796 = mul %6788, %5420 : f32[16] @ models/lib/nn.yaml:89:7
%6797 = add %6796, %6795 : f32[16] @ models/lib/nn.yaml:89:7
%6798 = cast %6790 : f64[] @ models/lib/nn.yaml:89:7
%6799 = pow %5289, %6798 : f64[] @ models/lib/nn.yaml:89:7
%6800 = sub %5270, %6799 : f64[] @ models/lib/nn.yaml:89:7
%6801 = div %3314, %6800 : f64[] @ models/lib/nn.yaml:89:7
%6802 = pow %5297, %6798 : f64[] @ models/lib/nn.yaml:89:7
%6803 = sub %5270, %6802 : f64[] @ models/lib/nn.yaml:89:7
%6804 = sqrt %6803 : f64[] @ models/lib/nn.yaml:89:7
%6805 = div %5270, %6804 : f64[] @ models/lib/nn.yaml:89:7
%6806 = sqrt %6797 : f32[16] @ models/lib/nn.yaml:89:7
%6807 = cast %6805 : f32[] @ models/lib/nn.yaml:89:7
%6808 = broadcast %6807 : f32[16] @ models/lib/nn.yaml:89:7
%6809 = mul %6806, %6808 : f32[16] @ models/lib/nn.yaml:89:7
%6810 = add %6809, %5435 : f32[16] @ models/lib/nn.yaml:89:7
%6811 = div %6793, %6810 : f32[16] @ models/lib/nn.yaml:89:7
%6812 = cast %6801 : f32[] @ models/lib/nn.yaml:89:7
%6813 = broadcast %6812 : f32[16] @ models/lib/nn.yaml:89:7
%6814 = mul %6811, %6813 : f32[16] @ models/lib/nn.yaml:89:7
%6815 = sub %35, %6814 : f32[16] @ models/lib/nn.yaml:89:7
%6816 = assign %35, %6815 : f32[16] @ models/lib/nn.yaml:89:7
%6817 = assign %6787, %6793 : f32[16] @ models/lib/nn.yaml:89:7
%6818 = assign %6788, %6797 : f32[16] @ models/lib/nn.yaml:89:7
%6819 = assign %6789, %6790 : i64[] @ models/lib/nn.yaml:89:7
%6820 = mul %113, %5446 : f32[16] @ models/lib/nn.yaml:89:7
%6821 = mul %6815, %5448 : f32[16] @ models/lib/nn.yaml:89:7
%6822 = add %6820, %6821 : f32[16] @ models/lib/nn.yaml:89:7
%6823 = assign %113, %6822 : f32[16] @ models/lib/nn.yaml:89:7
%6824 = all_reduce_sum %4823 : f32[16] @ models/lib/nn.yaml:90:7
%6825 = mul %6824, %6824 : f32[16] @ models/lib/nn.yaml:90:7
%6826 = reduce_sum %6825 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6827 = sqrt %6826 : f32[] @ models/lib/nn.yaml:90:7
%6828 = cast %6827 : f64[] @ models/lib/nn.yaml:90:7
%6829 = add %6828, %5266 : f64[] @ models/lib/nn.yaml:90:7
%6830 = div %5268, %6829 : f64[] @ models/lib/nn.yaml:90:7
%6831 = lt %6830, %5270 : bool[] @ models/lib/nn.yaml:90:7
%6832 = cast %6830 : f32[] @ models/lib/nn.yaml:90:7
%6833 = broadcast %6832 : f32[16] @ models/lib/nn.yaml:90:7
%6834 = mul %6824, %6833 : f32[16] @ models/lib/nn.yaml:90:7
%6835 = broadcast %6831 : bool[16] @ models/lib/nn.yaml:90:7
%6836 = select %6835, %6834, %6824 : f32[16] @ models/lib/nn.yaml:90:7
%6837 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6838 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6839 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6840 = add %6839, %5280 : i64[] @ models/lib/nn.yaml:90:7
%6841 = mul %6836, %5412 : f32[16] @ models/lib/nn.yaml:90:7
%6842 = mul %6837, %5414 : f32[16] @ models/lib/nn.yaml:90:7
%6843 = add %6842, %6841 : f32[16] @ models/lib/nn.yaml:90:7
%6844 = mul %6836, %6836 : f32[16] @ models/lib/nn.yaml:90:7
%6845 = mul %6844, %5418 : f32[16] @ models/lib/nn.yaml:90:7
%6846 = mul %6838, %5420 : f32[16] @ models/lib/nn.yaml:90:7
%6847 = add %6846, %6845 : f32[16] @ models/lib/nn.yaml:90:7
%6848 = cast %6840 : f64[] @ models/lib/nn.yaml:90:7
%6849 = pow %5289, %6848 : f64[] @ models/lib/nn.yaml:90:7
%6850 = sub %5270, %6849 : f64[] @ models/lib/nn.yaml:90:7
%6851 = div %3314, %6850 : f64[] @ models/lib/nn.yaml:90:7
%6852 = pow %5297, %6848 : f64[] @ models/lib/nn.yaml:90:7
%6853 = sub %5270, %6852 : f64[] @ models/lib/nn.yaml:90:7
%6854 = sqrt %6853 : f64[] @ models/lib/nn.yaml:90:7
%6855 = div %5270, %6854 : f64[] @ models/lib/nn.yaml:90:7
%6856 = sqrt %6847 : f32[16] @ models/lib/nn.yaml:90:7
%6857 = cast %6855 : f32[] @ models/lib/nn.yaml:90:7
%6858 = broadcast %6857 : f32[16] @ models/lib/nn.yaml:90:7
%6859 = mul %6856, %6858 : f32[16] @ models/lib/nn.yaml:90:7
%6860 = add %6859, %5435 : f32[16] @ models/lib/nn.yaml:90:7
%6861 = div %6843, %6860 : f32[16] @ models/lib/nn.yaml:90:7
%6862 = cast %6851 : f32[] @ models/lib/nn.yaml:90:7
%6863 = broadcast %6862 : f32[16] @ models/lib/nn.yaml:90:7
%6864 = mul %6861, %6863 : f32[16] @ models/lib/nn.yaml:90:7
%6865 = sub %36, %6864 : f32[16] @ models/lib/nn.yaml:90:7
%6866 = assign %36, %6865 : f32[16] @ models/lib/nn.yaml:90:7
%6867 = assign %6837, %6843 : f32[16] @ models/lib/nn.yaml:90:7
%6868 = assign %6838, %6847 : f32[16] @ models/lib/nn.yaml:90:7
%6869 = assign %6839, %6840 : i64[] @ models/lib/nn.yaml:90:7
%6870 = mul %114, %5446 : f32[16] @ models/lib/nn.yaml:90:7
%6871 = mul %6865, %5448 : f32[16] @ models/lib/nn.yaml:90:7
%6872 = add %6870, %6871 : f32[16] @ models/lib/nn.yaml:90:7
%6873 = assign %114, %6872 : f32[16] @ models/lib/nn.yaml:90:7
%6874 = all_reduce_sum %4816 : f32[16,16] @ models/lib/nn.yaml:79:7
%6875 = reshape %6874 : f32[256] @ models/lib/nn.yaml:79:7
%6876 = mul %6875, %6875 : f32[256] @ models/lib/nn.yaml:79:7
%6877 = reduce_sum %6876 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6878 = sqrt %6877 : f32[] @ models/lib/nn.yaml:79:7
%6879 = cast %6878 : f64[] @ models/lib/nn.yaml:79:7
%6880 = add %6879, %5266 : f64[] @ models/lib/nn.yaml:79:7
%6881 = div %5268, %6880 : f64[] @ models/lib/nn.yaml:79:7
%6882 = lt %6881, %5270 : bool[] @ models/lib/nn.yaml:79:7
%6883 = cast %6881 : f32[] @ models/lib/nn.yaml:79:7
%6884 = broadcast %6883 : f32[16,16] @ models/lib/nn.yaml:79:7
%6885 = mul %6874, %6884 : f32[16,16] @ models/lib/nn.yaml:79:7
%6886 = broadcast %6882 : bool[16,16] @ models/lib/nn.yaml:79:7
%6887 = select %6886, %6885, %6874 : f32[16,16] @ models/lib/nn.yaml:79:7
%6888 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6889 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6890 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6891 = add %6890, %5280 : i64[] @ models/lib/nn.yaml:79:7
%6892 = mul %37, %5687 : f32[16,16] @ models/lib/nn.yaml:79:7
%6893 = mul %6887, %5689 : f32[16,16] @ models/lib/nn.yaml:79:7
%6894 = mul %6888, %5691 : f32[16,16] @ models/lib/nn.yaml:79:7
%6895 = add %6894, %6893 : f32[16,16] @ models/lib/nn.yaml:79:7
%6896 = mul %6887, %6887 : f32[16,16] @ models/lib/nn.yaml:79:7
%6897 = mul %6896, %5695 : f32[16,16] @ models/lib/nn.yaml:79:7
%6898 = mul %6889, %5697 : f32[16,16] @ models/lib/nn.yaml:79:7
%6899 = add %6898, %6897 : f32[16,16] @ models/lib/nn.yaml:79:7
%6900 = cast %6891 : f64[] @ models/lib/nn.yaml:79:7
%6901 = pow %5289, %6900 : f64[] @ models/lib/nn.yaml:79:7
%6902 = sub %5270, %6901 : f64[] @ models/lib/nn.yaml:79:7
%6903 = div %3314, %6902 : f64[] @ models/lib/nn.yaml:79:7
%6904 = pow %5297, %6900 : f64[] @ models/lib/nn.yaml:79:7
%6905 = sub %5270, %6904 : f64[] @ models/lib/nn.yaml:79:7
%6906 = sqrt %6905 : f64[] @ models/lib/nn.yaml:79:7
%6907 = div %5270, %6906 : f64[] @ models/lib/nn.yaml:79:7
%6908 = sqrt %6899 : f32[16,16] @ models/lib/nn.yaml:79:7
%6909 = cast %6907 : f32[] @ models/lib/nn.yaml:79:7
%6910 = broadcast %6909 : f32[16,16] @ models/lib/nn.yaml:79:7
%6911 = mul %6908, %6910 : f32[16,16] @ models/lib/nn.yaml:79:7
%6912 = add %6911, %5712 : f32[16,16] @ models/lib/nn.yaml:79:7
%6913 = div %6895, %6912 : f32[16,16] @ models/lib/nn.yaml:79:7
%6914 = cast %6903 : f32[] @ models/lib/nn.yaml:79:7
%6915 = broadcast %6914 : f32[16,16] @ models/lib/nn.yaml:79:7
%6916 = mul %6913, %6915 : f32[16,16] @ models/lib/nn.yaml:79:7
%6917 = sub %6892, %6916 : f32[16,16] @ models/lib/nn.yaml:79:7
%6918 = assign %37, %6917 : f32[16,16] @ models/lib/nn.yaml:79:7
%6919 = assign %6888, %6895 : f32[16,16] @ models/lib/nn.yaml:79:7
%6920 = assign %6889, %6899 : f32[16,16] @ models/lib/nn.yaml:79:7
%6921 = assign %6890, %6891 : i64[] @ models/lib/nn.yaml:79:7
%6922 = mul %115, %5723 : f32[16,16] @ models/lib/nn.yaml:79:7
%6923 = mul %6917, %5725 : f32[16,16] @ models/lib/nn.yaml:79:7
%6924 = add %6922, %6923 : f32[16,16] @ models/lib/nn.yaml:79:7
%6925 = assign %115, %6924 : f32[16,16] @ models/lib/nn.yaml:79:7
%6926 = all_reduce_sum %4811 : f32[16] @ models/lib/nn.yaml:80:7
%6927 = mul %6926, %6926 : f32[16] @ models/lib/nn.yaml:80:7
%6928 = reduce_sum %6927 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6929 = sqrt %6928 : f32[] @ models/lib/nn.yaml:80:7
%6930 = cast %6929 : f64[] @ models/lib/nn.yaml:80:7
%6931 = add %6930, %5266 : f64[] @ models/lib/nn.yaml:80:7
%6932 = div %5268, %6931 : f64[] @ models/lib/nn.yaml:80:7
%6933 = lt %6932, %5270 : bool[] @ models/lib/nn.yaml:80:7
%6934 = cast %6932 : f32[] @ models/lib/nn.yaml:80:7
%6935 = broadcast %6934 : f32[16] @ models/lib/nn.yaml:80:7
%6936 = mul %6926, %6935 : f32[16] @ models/lib/nn.yaml:80:7
%6937 = broadcast %6933 : bool[16] @ models/lib/nn.yaml:80:7
%6938 = select %6937, %6936, %6926 : f32[16] @ models/lib/nn.yaml:80:7
%6939 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6940 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6941 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6942 = add %6941, %5280 : i64[] @ models/lib/nn.yaml:80:7
%6943 = mul %6938, %5412 : f32[16] @ models/lib/nn.yaml:80:7
%6944 = mul %6939, %5414 : f32[16] @ models/lib/nn.yaml:80:7
%6945 = add %6944, %6943 : f32[16] @ models/lib/nn.yaml:80:7
%6946 = mul %6938, %6938 : f32[16] @ models/lib/nn.yaml:80:7
%6947 = mul %6946, %5418 : f32[16] @ models/lib/nn.yaml:80:7
%6948 = mul %6940, %5420 : f32[16] @ models/lib/nn.yaml:80:7
%6949 = add %6948, %6947 : f32[16] @ models/lib/nn.yaml:80:7
%6950 = cast %6942 : f64[] @ models/lib/nn.yaml:80:7
%6951 = pow %5289, %6950 : f64[] @ models/lib/nn.yaml:80:7
%6952 = sub %5270, %6951 : f64[] @ models/lib/nn.yaml:80:7
%6953 = div %3314, %6952 : f64[] @ models/lib/nn.yaml:80:7
%6954 = pow %5297, %6950 : f64[] @ models/lib/nn.yaml:80:7
%6955 = sub %5270, %6954 : f64[] @ models/lib/nn.yaml:80:7
%6956 = sqrt %6955 : f64[] @ models/lib/nn.yaml:80:7
%6957 = div %5270, %6956 : f64[] @ models/lib/nn.yaml:80:7
%6958 = sqrt %6949 : f32[16] @ models/lib/nn.yaml:80:7
%6959 = cast %6957 : f32[] @ models/lib/nn.yaml:80:7
%6960 = broadcast %6959 : f32[16] @ models/lib/nn.yaml:80:7
%6961 = mul %6958, %6960 : f32[16] @ models/lib/nn.yaml:80:7
%6962 = add %6961, %5435 : f32[16] @ models/lib/nn.yaml:80:7
%6963 = div %6945, %6962 : f32[16] @ models/lib/nn.yaml:80:7
%6964 = cast %6953 : f32[] @ models/lib/nn.yaml:80:7
%6965 = broadcast %6964 : f32[16] @ models/lib/nn.yaml:80:7
%6966 = mul %6963, %6965 : f32[16] @ models/lib/nn.yaml:80:7
%6967 = sub %38, %6966 : f32[16] @ models/lib/nn.yaml:80:7
%6968 = assign %38, %6967 : f32[16] @ models/lib/nn.yaml:80:7
%6969 = assign %6939, %6945 : f32[16] @ models/lib/nn.yaml:80:7
%6970 = assign %6940, %6949 : f32[16] @ models/lib/nn.yaml:80:7
%6971 = assign %6941, %6942 : i64[] @ models/lib/nn.yaml:80:7
%6972 = mul %116, %5446 : f32[16] @ models/lib/nn.yaml:80:7
%6973 = mul %6967, %5448 : f32[16] @ models/lib/nn.yaml:80:7
%6974 = add %6972, %6973 : f32[16] @ models/lib/nn.yaml:80:7
%6975 = assign %116, %6974 : f32[16] @ models/lib/nn.yaml:80:7
%6976 = all_reduce_sum %4806 : f32[16,16] @ models/lib/nn.yaml:79:7
%6977 = reshape %6976 : f32[256] @ models/lib/nn.yaml:79:7
%6978 = mul %6977, %6977 : f32[256] @ models/lib/nn.yaml:79:7
%6979 = reduce_sum %6978 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6980 = sqrt %6979 : f32[] @ models/lib/nn.yaml:79:7
%6981 = cast %6980 : f64[] @ models/lib/nn.yaml:79:7
%6982 = add %6981, %5266 : f64[] @ models/lib/nn.yaml:79:7
%6983 = div %5268, %6982 : f64[] @ models/lib/nn.yaml:79:7
%6984 = lt %6983, %5270 : bool[] @ models/lib/nn.yaml:79:7
%6985 = cast %6983 : f32[] @ models/lib/nn.yaml:79:7
%6986 = broadcast %6985 : f32[16,16] @ models/lib/nn.yaml:79:7
%6987 = mul %6976, %6986 : f32[16,16] @ models/lib/nn.yaml:79:7
%6988 = broadcast %6984 : bool[16,16] @ models/lib/nn.yaml:79:7
%6989 = select %6988, %6987, %6976 : f32[16,16] @ models/lib/nn.yaml:79:7
%6990 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6991 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6992 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6993 = add %6992, %5280 : i64[] @ models/lib/nn.yaml:79:7
%6994 = mul %39, %5687 : f32[16,16] @ models/lib/nn.yaml:79:7
%6995 = mul %6989, %5689 : f32[16,16] @ models/lib/nn.yaml:79:7
%6996 = mul %6990, %5691 : f32[16,16] @ models/lib/nn.yaml:79:7
%6997 = add %6996, %6995 : f32[16,16] @ models/lib/nn.yaml:79:7
%6998 = mul %6989, %6989 : f32[16,16] @ models/lib/nn.yaml:79:7
%6999 = mul %6998, %5695 : f32[16,16] @ models/lib/nn.yaml:79:7
%7000 = mul %6991, %5697 : f32[16,16] @ models/lib/nn.yaml:79:7
%7001 = add %7000, %6999 : f32[16,16] @ models/lib/nn.yaml:79:7
%7002 = cast %6993 : f64[] @ models/lib/nn.yaml:79:7
%7003 = pow %5289, %7002 : f64[] @ models/lib/nn.yaml:79:7
%7004 = sub %5270, %7003 : f64[] @ models/lib/nn.yaml:79:7
%7005 = div %3314, %7004 : f64[] @ models/lib/nn.yaml:79:7
%7006 = pow %5297, %7002 : f64[] @ models/lib/nn.yaml:79:7
%7007 = sub %5270, %7006 : f64[] @ models/lib/nn.yaml:79:7
%7008 = sqrt %7007 : f64[] @ models/lib/nn.yaml:79:7
%7009 = div %5270, %7008 : f64[] @ models/lib/nn.yaml:79:7
%7010 = sqrt %7001 : f32[16,16] @ models/lib/nn.yaml:79:7
%7011 = cast %7009 : f32[] @ models/lib/nn.yaml:79:7
%7012 = broadcast %7011 : f32[16,16] @ models/lib/nn.yaml:79:7
%7013 = mul %7010, %7012 : f32[16,16] @ models/lib/nn.yaml:79:7
%7014 = add %7013, %5712 : f32[16,16] @ models/lib/nn.yaml:79:7
%7015 = div %6997, %7014 : f32[16,16] @ models/lib/nn.yaml:79:7
%7016 = cast %7005 : f32[] @ models/lib/nn.yaml:79:7
%7017 = broadcast %7016 : f32[16,16] @ models/lib/nn.yaml:79:7
%7018 = mul %7015, %7017 : f32[16,16] @ models/lib/nn.yaml:79:7
%7019 = sub %6994, %7018 : f32[16,16] @ models/lib/nn.yaml:79:7
%7020 = assign %39, %7019 : f32[16,16] @ models/lib/nn.yaml:79:7
%7021 = assign %6990, %6997 : f32[16,16] @ models/lib/nn.yaml:79:7
%7022 = assign %6991, %7001 : f32[16,16] @ models/lib/nn.yaml:79:7
%7023 = assign %6992, %6993 : i64[] @ models/lib/nn.yaml:79:7
%7024 = mul %117, %5723 : f32[16,16] @ models/lib/nn.yaml:79:7
%7025 = mul %7019, %5725 : f32[16,16] @ models/lib/nn.yaml:79:7
%7026 = add %7024, %7025 : f32[16,16] @ models/lib/nn.yaml:79:7
%7027 = assign %117, %7026 : f32[16,16] @ models/lib/nn.yaml:79:7
%7028 = all_reduce_sum %4801 : f32[16] @ models/lib/nn.yaml:80:7
%7029 = mul %7028, %7028 : f32[16] @ models/lib/nn.yaml:80:7
%7030 = reduce_sum %7029 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7031 = sqrt %7030 : f32[] @ models/lib/nn.yaml:80:7
%7032 = cast %7031 : f64[] @ models/lib/nn.yaml:80:7
%7033 = add %7032, %5266 : f64[] @ models/lib/nn.yaml:80:7
%7034 = div %5268, %7033 : f64[] @ models/lib/nn.yaml:80:7
%7035 = lt %7034, %5270 : bool[] @ models/lib/nn.yaml:80:7
%7036 = cast %7034 : f32[] @ models/lib/nn.yaml:80:7
%7037 = broadcast %7036 : f32[16] @ models/lib/nn.yaml:80:7
%7038 = mul %7028, %7037 : f32[16] @ models/lib/nn.yaml:80:7
%7039 = broadcast %7035 : bool[16] @ models/lib/nn.yaml:80:7
%7040 = select %7039, %7038, %7028 : f32[16] @ models/lib/nn.yaml:80:7
%7041 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7042 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7043 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7044 = add %7043, %5280 : i64[] @ models/lib/nn.yaml:80:7
%7045 = mul %7040, %5412 : f32[16] @ models/lib/nn.yaml:80:7
%7046 = mul %7041, %5414 : f32[16] @ models/lib/nn.yaml:80:7
%7047 = add %7046, %7045 : f32[16] @ models/lib/nn.yaml:80:7
%7048 = mul %7040, %7040 : f32[16] @ models/lib/nn.yaml:80:7
%7049 = mul %7048, %5418 : f32[16] @ models/lib/nn.yaml:80:7
%7050 = mul %7042, %5420 : f32[16] @ models/lib/nn.yaml:80:7
%7051 = add %7050, %7049 : f32[16] @ models/lib/nn.yaml:80:7
%7052 = cast %7044 : f64[] @ models/lib/nn.yaml:80:7
%7053 = pow %5289, %7052 : f64[] @ models/lib/nn.yaml:80:7
%7054 = sub %5270, %7053 : f64[] @ models/lib/nn.yaml:80:7
%7055 = div %3314, %7054 : f64[] @ models/lib/nn.yaml:80:7
%7056 = pow %5297, %7052 : f64[] @ models/lib/nn.yaml:80:7
%7057 = sub %5270, %7056 : f64[] @ models/lib/nn.yaml:80:7
%7058 = sqrt %7057 : f64[] @ models/lib/nn.yaml:80:7
%7059 = div %5270, %7058 : f64[] @ models/lib/nn.yaml:80:7
%7060 = sqrt %7051 : f32[16] @ models/lib/nn.yaml:80:7
%7061 = cast %7059 : f32[] @ models/lib/nn.yaml:80:7
%7062 = broadcast %7061 : f32[16] @ models/lib/nn.yaml:80:7
%7063 = mul %7060, %7062 : f32[16] @ models/lib/nn.yaml:80:7
%7064 = add %7063, %5435 : f32[16] @ models/lib/nn.yaml:80:7
%7065 = div %7047, %7064 : f32[16] @ models/lib/nn.yaml:80:7
%7066 = cast %7055 : f32[] @ models/lib/nn.yaml:80:7
%7067 = broadcast %7066 : f32[16] @ models/lib/nn.yaml:80:7
%7068 = mul %7065, %7067 : f32[16] @ models/lib/nn.yaml:80:7
%7069 = sub %40, %7068 : f32[16] @ models/lib/nn.yaml:80:7
%7070 = assign %40, %7069 : f32[16] @ models/lib/nn.yaml:80:7
%7071 = assign %7041, %7047 : f32[16] @ models/lib/nn.yaml:80:7
%7072 = assign %7042, %7051 : f32[16] @ models/lib/nn.yaml:80:7
%7073 = assign %7043, %7044 : i64[] @ models/lib/nn.yaml:80:7
%7074 = mul %118, %5446 : f32[16] @ models/lib/nn.yaml:80:7
%7075 = mul %7069, %5448 : f32[16] @ models/lib/nn.yaml:80:7
%7076 = add %7074, %7075 : f32[16] @ models/lib/nn.yaml:80:7
%7077 = assign %118, %7076 : f32[16] @ models/lib/nn.yaml:80:7
%7078 = all_reduce_sum %4794 : f32[16,16] @ models/lib/nn.yaml:79:7
%7079 = reshape %7078 : f32[256] @ models/lib/nn.yaml:79:7
%7080 = mul %7079, %7079 : f32[256] @ models/lib/nn.yaml:79:7
%7081 = reduce_sum %7080 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7082 = sqrt %7081 : f32[] @ models/lib/nn.yaml:79:7
%7083 = cast %7082 : f64[] @ models/lib/nn.yaml:79:7
%7084 = add %7083, %5266 : f64[] @ models/lib/nn.yaml:79:7
%7085 = div %5268, %7084 : f64[] @ models/lib/nn.yaml:79:7
%7086 = lt %7085, %5270 : bool[] @ models/lib/nn.yaml:79:7
%7087 = cast %7085 : f32[] @ models/lib/nn.yaml:79:7
%7088 = broadcast %7087 : f32[16,16] @ models/lib/nn.yaml:79:7
%7089 = mul %7078, %7088 : f32[16,16] @ models/lib/nn.yaml:79:7
%7090 = broadcast %7086 : bool[16,16] @ models/lib/nn.yaml:79:7
%7091 = select %7090, %7089, %7078 : f32[16,16] @ models/lib/nn.yaml:79:7
%7092 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7093 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7094 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7095 = add %7094, %5280 : i64[] @ models/lib/nn.yaml:79:7
%7096 = mul %41, %5687 : f32[16,16] @ models/lib/nn.yaml:79:7
%7097 = mul %7091, %5689 : f32[16,16] @ models/lib/nn.yaml:79:7
%7098 = mul %7092, %5691 : f32[16,16] @ models/lib/nn.yaml:79:7
%7099 = add %7098, %7097 : f32[16,16] @ models/lib/nn.yaml:79:7
%7100 = mul %7091, %7091 : f32[16,16] @ models/lib/nn.yaml:79:7
%7101 = mul %7100, %5695 : f32[16,16] @ models/lib/nn.yaml:79:7
%7102 = mul %7093, %5697 : f32[16,16] @ models/lib/nn.yaml:79:7
%7103 = add %7102, %7101 : f32[16,16] @ models/lib/nn.yaml:79:7
%7104 = cast %7095 : f64[] @ models/lib/nn.yaml:79:7
%7105 = pow %5289, %7104 : f64[] @ models/lib/nn.yaml:79:7
%7106 = sub %5270, %7105 : f64[] @ models/lib/nn.yaml:79:7
%7107 = div %3314, %7106 : f64[] @ models/lib/nn.yaml:79:7
%7108 = pow %5297, %7104 : f64[] @ models/lib/nn.yaml:79:7
%7109 = sub %5270, %7108 : f64[] @ models/lib/nn.yaml:79:7
%7110 = sqrt %7109 : f64[] @ models/lib/nn.yaml:79:7
%7111 = div %5270, %7110 : f64[] @ models/lib/nn.yaml:79:7
%7112 = sqrt %7103 : f32[16,16] @ models/lib/nn.yaml:79:7
%7113 = cast %7111 : f32[] @ models/lib/nn.yaml:79:7
%7114 = broadcast %7113 : f32[16,16] @ models/lib/nn.yaml:79:7
%7115 = mul %7112, %7114 : f32[16,16] @ models/lib/nn.yaml:79:7
%7116 = add %7115, %5712 : f32[16,16] @ models/lib/nn.yaml:79:7
%7117 = div %7099, %7116 : f32[16,16] @ models/lib/nn.yaml:79:7
%7118 = cast %7107 : f32[] @ models/lib/nn.yaml:79:7
%7119 = broadcast %7118 : f32[16,16] @ models/lib/nn.yaml:79:7
%7120 = mul %7117, %7119 : f32[16,16] @ models/lib/nn.yaml:79:7
%7121 = sub %7096, %7120 : f32[16,16] @ models/lib/nn.yaml:79:7
%7122 = assign %41, %7121 : f32[16,16] @ models/lib/nn.yaml:79:7
%7123 = assign %7092, %7099 : f32[16,16] @ models/lib/nn.yaml:79:7
%7124 = assign %7093, %7103 : f32[16,16] @ models/lib/nn.yaml:79:7
%7125 = assign %7094, %7095 : i64[] @ models/lib/nn.yaml:79:7
%7126 = mul %119, %5723 : f32[16,16] @ models/lib/nn.yaml:79:7
%7127 = mul %7121, %5725 : f32[16,16] @ models/lib/nn.yaml:79:7
%7128 = add %7126, %7127 : f32[16,16] @ models/lib/nn.yaml:79:7
%7129 = assign %119, %7128 : f32[16,16] @ models/lib/nn.yaml:79:7
%7130 = all_reduce_sum %4789 : f32[16] @ models/lib/nn.yaml:80:7
%7131 = mul %7130, %7130 : f32[16] @ models/lib/nn.yaml:80:7
%7132 = reduce_sum %7131 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7133 = sqrt %7132 : f32[] @ models/lib/nn.yaml:80:7
%7134 = cast %7133 : f64[] @ models/lib/nn.yaml:80:7
%7135 = add %7134, %5266 : f64[] @ models/lib/nn.yaml:80:7
%7136 = div %5268, %7135 : f64[] @ models/lib/nn.yaml:80:7
%7137 = lt %7136, %5270 : bool[] @ models/lib/nn.yaml:80:7
%7138 = cast %7136 : f32[] @ models/lib/nn.yaml:80:7
%7139 = broadcast %7138 : f32[16] @ models/lib/nn.yaml:80:7
%7140 = mul %7130, %7139 : f32[16] @ models/lib/nn.yaml:80:7
%7141 = broadcast %7137 : bool[16] @ models/lib/nn.yaml:80:7
%7142 = select %7141, %7140, %7130 : f32[16] @ models/lib/nn.yaml:80:7
%7143 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7144 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7145 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7146 = add %7145, %5280 : i64[] @ models/lib/nn.yaml:80:7
%7147 = mul %7142, %5412 : f32[16] @ models/lib/nn.yaml:80:7
%7148 = mul %7143, %5414 : f32[16] @ models/lib/nn.yaml:80:7
%7149 = add %7148, %7147 : f32[16] @ models/lib/nn.yaml:80:7
%7150 = mul %7142, %7142 : f32[16] @ models/lib/nn.yaml:80:7
%7151 = mul %7150, %5418 : f32[16] @ models/lib/nn.yaml:80:7
%7152 = mul %7144, %5420 : f32[16] @ models/lib/nn.yaml:80:7
%7153 = add %7152, %7151 : f32[16] @ models/lib/nn.yaml:80:7
%7154 = cast %7146 : f64[] @ models/lib/nn.yaml:80:7
%7155 = pow %5289, %7154 : f64[] @ models/lib/nn.yaml:80:7
%7156 = sub %5270, %7155 : f64[] @ models/lib/nn.yaml:80:7
%7157 = div %3314, %7156 : f64[] @ models/lib/nn.yaml:80:7
%7158 = pow %5297, %7154 : f64[] @ models/lib/nn.yaml:80:7
%7159 = sub %5270, %7158 : f64[] @ models/lib/nn.yaml:80:7
%7160 = sqrt %7159 : f64[] @ models/lib/nn.yaml:80:7
%7161 = div %5270, %7160 : f64[] @ models/lib/nn.yaml:80:7
%7162 = sqrt %7153 : f32[16] @ models/lib/nn.yaml:80:7
%7163 = cast %7161 : f32[] @ models/lib/nn.yaml:80:7
%7164 = broadcast %7163 : f32[16] @ models/lib/nn.yaml:80:7
%7165 = mul %7162, %7164 : f32[16] @ models/lib/nn.yaml:80:7
%7166 = add %7165, %5435 : f32[16] @ models/lib/nn.yaml:80:7
%7167 = div %7149, %7166 : f32[16] @ models/lib/nn.yaml:80:7
%7168 = cast %7157 : f32[] @ models/lib/nn.yaml:80:7
%7169 = broadcast %7168 : f32[16] @ models/lib/nn.yaml:80:7
%7170 = mul %7167, %7169 : f32[16] @ models/lib/nn.yaml:80:7
%7171 = sub %42, %7170 : f32[16] @ models/lib/nn.yaml:80:7
%7172 = assign %42, %7171 : f32[16] @ models/lib/nn.yaml:80:7
%7173 = assign %7143, %7149 : f32[16] @ models/lib/nn.yaml:80:7
%7174 = assign %7144, %7153 : f32[16] @ models/lib/nn.yaml:80:7
%7175 = assign %7145, %7146 : i64[] @ models/lib/nn.yaml:80:7
%7176 = mul %120, %5446 : f32[16] @ models/lib/nn.yaml:80:7
%7177 = mul %7171, %5448 : f32[16] @ models/lib/nn.yaml:80:7
%7178 = add %7176, %7177 : f32[16] @ models/lib/nn.yaml:80:7
%7179 = assign %120, %7178 : f32[16] @ models/lib/nn.yaml:80:7
%7180 = all_reduce_sum %4718 : f32[16,16] @ models/lib/nn.yaml:79:7
%7181 = reshape %7180 : f32[256] @ models/lib/nn.yaml:79:7
%7182 = mul %7181, %7181 : f32[256] @ models/lib/nn.yaml:79:7
%7183 = reduce_sum %7182 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7184 = sqrt %7183 : f32[] @ models/lib/nn.yaml:79:7
%7185 = cast %7184 : f64[] @ models/lib/nn.yaml:79:7
%7186 = add %7185, %5266 : f64[] @ models/lib/nn.yaml:79:7
%7187 = div %5268, %7186 : f64[] @ models/lib/nn.yaml:79:7
%7188 = lt %7187, %5270 : bool[] @ models/lib/nn.yaml:79:7
%7189 = cast %7187 : f32[] @ models/lib/nn.yaml:79:7
%7190 = broadcast %7189 : f32[16,16] @ models/lib/nn.yaml:79:7
%7191 = mul %7180, %7190 : f32[16,16] @ models/lib/nn.yaml:79:7
%7192 = broadcast %7188 : bool[16,16] @ models/lib/nn.yaml:79:7
%7193 = select %7192, %7191, %7180 : f32[16,16] @ models/lib/nn.yaml:79:7
%7194 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7195 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7196 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7197 = add %7196, %5280 : i64[] @ models/lib/nn.yaml:79:7
%7198 = mul %43, %5687 : f32[16,16] @ models/lib/nn.yaml:79:7
%7199 = mul %7193, %5689 : f32[16,16] @ models/lib/nn.yaml:79:7
%7200 = mul %7194, %5691 : f32[16,16] @ models/lib/nn.yaml:79:7
%7201 = add %7200, %7199 : f32[16,16] @ models/lib/nn.yaml:79:7
%7202 = mul %7193, %7193 : f32[16,16] @ models/lib/nn.yaml:79:7
%7203 = mul %7202, %5695 : f32[16,16] @ models/lib/nn.yaml:79:7
%7204 = mul %7195, %5697 : f32[16,16] @ models/lib/nn.yaml:79:7
%7205 = add %7204, %7203 : f32[16,16] @ models/lib/nn.yaml:79:7
%7206 = cast %7197 : f64[] @ models/lib/nn.yaml:79:7
%7207 = pow %5289, %7206 : f64[] @ models/lib/nn.yaml:79:7
%7208 = sub %5270, %7207 : f64[] @ models/lib/nn.yaml:79:7
%7209 = div %3314, %7208 : f64[] @ models/lib/nn.yaml:79:7
%7210 = pow %5297, %7206 : f64[] @ models/lib/nn.yaml:79:7
%7211 = sub %5270, %7210 : f64[] @ models/lib/nn.yaml:79:7
%7212 = sqrt %7211 : f64[] @ models/lib/nn.yaml:79:7
%7213 = div %5270, %7212 : f64[] @ models/lib/nn.yaml:79:7
%7214 = sqrt %7205 : f32[16,16] @ models/lib/nn.yaml:79:7
%7215 = cast %7213 : f32[] @ models/lib/nn.yaml:79:7
%7216 = broadcast %7215 : f32[16,16] @ models/lib/nn.yaml:79:7
%7217 = mul %7214, %7216 : f32[16,16] @ models/lib/nn.yaml:79:7
%7218 = add %7217, %5712 : f32[16,16] @ models/lib/nn.yaml:79:7
%7219 = div %7201, %7218 : f32[16,16] @ models/lib/nn.yaml:79:7
%7220 = cast %7209 : f32[] @ models/lib/nn.yaml:79:7
%7221 = broadcast %7220 : f32[16,16] @ models/lib/nn.yaml:79:7
%7222 = mul %7219, %7221 : f32[16,16] @ models/lib/nn.yaml:79:7
%7223 = sub %7198, %7222 : f32[16,16] @ models/lib/nn.yaml:79:7
%7224 = assign %43, %7223 : f32[16,16] @ models/lib/nn.yaml:79:7
%7225 = assign %7194, %7201 : f32[16,16] @ models/lib/nn.yaml:79:7
%7226 = assign %7195, %7205 : f32[16,16] @ models/lib/nn.yaml:79:7
%7227 = assign %7196, %7197 : i64[] @ models/lib/nn.yaml:79:7
%7228 = mul %121, %5723 : f32[16,16] @ models/lib/nn.yaml:79:7
%7229 = mul %7223, %5725 : f32[16,16] @ models/lib/nn.yaml:79:7
%7230 = add %7228, %7229 : f32[16,16] @ models/lib/nn.yaml:79:7
%7231 = assign %121, %7230 : f32[16,16] @ models/lib/nn.yaml:79:7
%7232 = all_reduce_sum %4713 : f32[16] @ models/lib/nn.yaml:80:7
%7233 = mul %7232, %7232 : f32[16] @ models/lib/nn.yaml:80:7
%7234 = reduce_sum %7233 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7235 = sqrt %7234 : f32[] @ models/lib/nn.yaml:80:7
%7236 = cast %7235 : f64[] @ models/lib/nn.yaml:80:7
%7237 = add %7236, %5266 : f64[] @ models/lib/nn.yaml:80:7
%7238 = div %5268, %7237 : f64[] @ models/lib/nn.yaml:80:7
%7239 = lt %7238, %5270 : bool[] @ models/lib/nn.yaml:80:7
%7240 = cast %7238 : f32[] @ models/lib/nn.yaml:80:7
%7241 = broadcast %7240 : f32[16] @ models/lib/nn.yaml:80:7
%7242 = mul %7232, %7241 : f32[16] @ models/lib/nn.yaml:80:7
%7243 = broadcast %7239 : bool[16] @ models/lib/nn.yaml:80:7
%7244 = select %7243, %7242, %7232 : f32[16] @ models/lib/nn.yaml:80:7
%7245 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7246 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7247 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7248 = add %7247, %5280 : i64[] @ models/lib/nn.yaml:80:7
%7249 = mul %7244, %5412 : f32[16] @ models/lib/nn.yaml:80:7
%7250 = mul %7245, %5414 : f32[16] @ models/lib/nn.yaml:80:7
%7251 = add %7250, %7249 : f32[16] @ models/lib/nn.yaml:80:7
%7252 = mul %7244, %7244 : f32[16] @ models/lib/nn.yaml:80:7
%7253 = mul %7252, %5418 : f32[16] @ models/lib/nn.yaml:80:7
%7254 = mul %7246, %5420 : f32[16] @ models/lib/nn.yaml:80:7
%7255 = add %7254, %7253 : f32[16] @ models/lib/nn.yaml:80:7
%7256 = cast %7248 : f64[] @ models/lib/nn.yaml:80:7
%7257 = pow %5289, %7256 : f64[] @ models/lib/nn.yaml:80:7
%7258 = sub %5270, %7257 : f64[] @ models/lib/nn.yaml:80:7
%7259 = div %3314, %7258 : f64[] @ models/lib/nn.yaml:80:7
%7260 = pow %5297, %7256 : f64[] @ models/lib/nn.yaml:80:7
%7261 = sub %5270, %7260 : f64[] @ models/lib/nn.yaml:80:7
%7262 = sqrt %7261 : f64[] @ models/lib/nn.yaml:80:7
%7263 = div %5270, %7262 : f64[] @ models/lib/nn.yaml:80:7
%7264 = sqrt %7255 : f32[16] @ models/lib/nn.yaml:80:7
%7265 = cast %7263 : f32[] @ models/lib/nn.yaml:80:7
%7266 = broadcast %7265 : f32[16] @ models/lib/nn.yaml:80:7
%7267 = mul %7264, %7266 : f32[16] @ models/lib/nn.yaml:80:7
%7268 = add %7267, %5435 : f32[16] @ models/lib/nn.yaml:80:7
%7269 = div %7251, %7268 : f32[16] @ models/lib/nn.yaml:80:7
%7270 = cast %7259 : f32[] @ models/lib/nn.yaml:80:7
%7271 = broadcast %7270 : f32[16] @ models/lib/nn.yaml:80:7
%7272 = mul %7269, %7271 : f32[16] @ models/lib/nn.yaml:80:7
%7273 = sub %44, %7272 : f32[16] @ models/lib/nn.yaml:80:7
%7274 = assign %44, %7273 : f32[16] @ models/lib/nn.yaml:80:7
%7275 = assign %7245, %7251 : f32[16] @ models/lib/nn.yaml:80:7
%7276 = assign %7246, %7255 : f32[16] @ models/lib/nn.yaml:80:7
%7277 = assign %7247, %7248 : i64[] @ models/lib/nn.yaml:80:7
%7278 = mul %122, %5446 : f32[16] @ models/lib/nn.yaml:80:7
%7279 = mul %7273, %5448 : f32[16] @ models/lib/nn.yaml:80:7
%7280 = add %7278, %7279 : f32[16] @ models/lib/nn.yaml:80:7
%7281 = assign %122, %7280 : f32[16] @ models/lib/nn.yaml:80:7
%7282 = all_reduce_sum %4692 : f32[16] @ models/lib/nn.yaml:89:7
%7283 = mul %7282, %7282 : f32[16] @ models/lib/nn.yaml:89:7
%7284 = reduce_sum %7283 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7285 = sqrt %7284 : f32[] @ models/lib/nn.yaml:89:7
%7286 = cast %7285 : f64[] @ models/lib/nn.yaml:89:7
%7287 = add %7286, %5266 : f64[] @ models/lib/nn.yaml:89:7
%7288 = div %5268, %7287 : f64[] @ models/lib/nn.yaml:89:7
%7289 = lt %7288, %5270 : bool[] @ models/lib/nn.yaml:89:7
%7290 = cast %7288 : f32[] @ models/lib/nn.yaml:89:7
%7291 = broadcast %7290 : f32[16] @ models/lib/nn.yaml:89:7
%7292 = mul %7282, %7291 : f32[16] @ models/lib/nn.yaml:89:7
%7293 = broadcast %7289 : bool[16] @ models/lib/nn.yaml:89:7
%7294 = select %7293, %7292, %7282 : f32[16] @ models/lib/nn.yaml:89:7
%7295 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7296 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7297 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7298 = add %7297, %5280 : i64[] @ models/lib/nn.yaml:89:7
%7299 = mul %7294, %5412 : f32[16] @ models/lib/nn.yaml:89:7
%7300 = mul %7295, %5414 : f32[16] @ models/lib/nn.yaml:89:7
%7301 = add %7300, %7299 : f32[16] @ models/lib/nn.yaml:89:7
%7302 = mul %7294, %7294 : f32[16] @ models/lib/nn.yaml:89:7
%7303 = mul %7302, %5418 : f32[16] @ models/lib/nn.yaml:89:7
%7304 = mul %7296, %5420 : f32[16] @ models/lib/nn.yaml:89:7
%7305 = add %7304, %7303 : f32[16] @ models/lib/nn.yaml:89:7
%7306 = cast %7298 : f64[] @ models/lib/nn.yaml:89:7
%7307 = pow %5289, %7306 : f64[] @ models/lib/nn.yaml:89:7
%7308 = sub %5270, %7307 : f64[] @ models/lib/nn.yaml:89:7
%7309 = div %3314, %7308 : f64[] @ models/lib/nn.yaml:89:7
%7310 = pow %5297, %7306 : f64[] @ models/lib/nn.yaml:89:7
%7311 = sub %5270, %7310 : f64[] @ models/lib/nn.yaml:89:7
%7312 = sqrt %7311 : f64[] @ models/lib/nn.yaml:89:7
%7313 = div %5270, %7312 : f64[] @ models/lib/nn.yaml:89:7
%7314 = sqrt %7305 : f32[16] @ models/lib/nn.yaml:89:7
%7315 = cast %7313 : f32[] @ models/lib/nn.yaml:89:7
%7316 = broadcast %7315 : f32[16] @ models/lib/nn.yaml:89:7
%7317 = mul %7314, %7316 : f32[16] @ models/lib/nn.yaml:89:7
%7318 = add %7317, %5435 : f32[16] @ models/lib/nn.yaml:89:7
%7319 = div %7301, %7318 : f32[16] @ models/lib/nn.yaml:89:7
%7320 = cast %7309 : f32[] @ models/lib/nn.yaml:89:7
%7321 = broadcast %7320 : f32[16] @ models/lib/nn.yaml:89:7
%7322 = mul %7319, %7321 : f32[16] @ models/lib/nn.yaml:89:7
%7323 = sub %45, %7322 : f32[16] @ models/lib/nn.yaml:89:7
%7324 = assign %45, %7323 : f32[16] @ models/lib/nn.yaml:89:7
%7325 = assign %7295, %7301 : f32[16] @ models/lib/nn.yaml:89:7
%7326 = assign %7296, %7305 : f32[16] @ models/lib/nn.yaml:89:7
%7327 = assign %7297, %7298 : i64[] @ models/lib/nn.yaml:89:7
%7328 = mul %123, %5446 : f32[16] @ models/lib/nn.yaml:89:7
%7329 = mul %7323, %5448 : f32[16] @ models/lib/nn.yaml:89:7
%7330 = add %7328, %7329 : f32[16] @ models/lib/nn.yaml:89:7
%7331 = assign %123, %7330 : f32[16] @ models/lib/nn.yaml:89:7
%7332 = all_reduce_sum %4687 : f32[16] @ models/lib/nn.yaml:90:7
%7333 = mul %7332, %7332 : f32[16] @ models/lib/nn.yaml:90:7
%7334 = reduce_sum %7333 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7335 = sqrt %7334 : f32[] @ models/lib/nn.yaml:90:7
%7336 = cast %7335 : f64[] @ models/lib/nn.yaml:90:7
%7337 = add %7336, %5266 : f64[] @ models/lib/nn.yaml:90:7
%7338 = div %5268, %7337 : f64[] @ models/lib/nn.yaml:90:7
%7339 = lt %7338, %5270 : bool[] @ models/lib/nn.yaml:90:7
%7340 = cast %7338 : f32[] @ models/lib/nn.yaml:90:7
%7341 = broadcast %7340 : f32[16] @ models/lib/nn.yaml:90:7
%7342 = mul %7332, %7341 : f32[16] @ models/lib/nn.yaml:90:7
%7343 = broadcast %7339 : bool[16] @ models/lib/nn.yaml:90:7
%7344 = select %7343, %7342, %7332 : f32[16] @ models/lib/nn.yaml:90:7
%7345 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7346 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7347 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7348 = add %7347, %5280 : i64[] @ models/lib/nn.yaml:90:7
%7349 = mul %7344, %5412 : f32[16] @ models/lib/nn.yaml:90:7
%7350 = mul %7345, %5414 : f32[16] @ models/lib/nn.yaml:90:7
%7351 = add %7350, %7349 : f32[16] @ models/lib/nn.yaml:90:7
%7352 = mul %7344, %7344 : f32[16] @ models/lib/nn.yaml:90:7
%7353 = mul %7352, %5418 : f32[16] @ models/lib/nn.yaml:90:7
%7354 = mul %7346, %5420 : f32[16] @ models/lib/nn.yaml:90:7
%7355 = add %7354, %7353 : f32[16] @ models/lib/nn.yaml:90:7
%7356 = cast %7348 : f64[] @ models/lib/nn.yaml:90:7
%7357 = pow %5289, %7356 : f64[] @ models/lib/nn.yaml:90:7
%7358 = sub %5270, %7357 : f64[] @ models/lib/nn.yaml:90:7
%7359 = div %3314, %7358 : f64[] @ models/lib/nn.yaml:90:7
%7360 = pow %5297, %7356 : f64[] @ models/lib/nn.yaml:90:7
%7361 = sub %5270, %7360 : f64[] @ models/lib/nn.yaml:90:7
%7362 = sqrt %7361 : f64[] @ models/lib/nn.yaml:90:7
%7363 = div %5270, %7362 : f64[] @ models/lib/nn.yaml:90:7
%7364 = sqrt %7355 : f32[16] @ models/lib/nn.yaml:90:7
%7365 = cast %7363 : f32[] @ models/lib/nn.yaml:90:7
%7366 = broadcast %7365 : f32[16] @ models/lib/nn.yaml:90:7
%7367 = mul %7364, %7366 : f32[16] @ models/lib/nn.yaml:90:7
%7368 = add %7367, %5435 : f32[16] @ models/lib/nn.yaml:90:7
%7369 = div %7351, %7368 : f32[16] @ models/lib/nn.yaml:90:7
%7370 = cast %7359 : f32[] @ models/lib/nn.yaml:90:7
%7371 = broadcast %7370 : f32[16] @ models/lib/nn.yaml:90:7
%7372 = mul %7369, %7371 : f32[16] @ models/lib/nn.yaml:90:7
%7373 = sub %46, %7372 : f32[16] @ models/lib/nn.yaml:90:7
%7374 = assign %46, %7373 : f32[16] @ models/lib/nn.yaml:90:7
%7375 = assign %7345, %7351 : f32[16] @ models/lib/nn.yaml:90:7
%7376 = assign %7346, %7355 : f32[16] @ models/lib/nn.yaml:90:7
%7377 = assign %7347, %7348 : i64[] @ models/lib/nn.yaml:90:7
%7378 = mul %124, %5446 : f32[16] @ models/lib/nn.yaml:90:7
%7379 = mul %7373, %5448 : f32[16] @ models/lib/nn.yaml:90:7
%7380 = add %7378, %7379 : f32[16] @ models/lib/nn.yaml:90:7
%7381 = assign %124, %7380 : f32[16] @ models/lib/nn.yaml:90:7
%7382 = all_reduce_sum %4684 : f32[64,16] @ models/lib/nn.yaml:79:7
%7383 = reshape %7382 : f32[1024] @ models/lib/nn.yaml:79:7
%7384 = mul %7383, %7383 : f32[1024] @ models/lib/nn.yaml:79:7
%7385 = reduce_sum %7384 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7386 = sqrt %7385 : f32[] @ models/lib/nn.yaml:79:7
%7387 = cast %7386 : f64[] @ models/lib/nn.yaml:79:7
%7388 = add %7387, %5266 : f64[] @ models/lib/nn.yaml:79:7
%7389 = div %5268, %7388 : f64[] @ models/lib/nn.yaml:79:7
%7390 = lt %7389, %5270 : bool[] @ models/lib/nn.yaml:79:7
%7391 = cast %7389 : f32[] @ models/lib/nn.yaml:79:7
%7392 = broadcast %7391 : f32[64,16] @ models/lib/nn.yaml:79:7
%7393 = mul %7382, %7392 : f32[64,16] @ models/lib/nn.yaml:79:7
%7394 = broadcast %7390 : bool[64,16] @ models/lib/nn.yaml:79:7
%7395 = select %7394, %7393, %7382 : f32[64,16] @ models/lib/nn.yaml:79:7
%7396 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7397 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7398 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7399 = add %7398, %5280 : i64[] @ models/lib/nn.yaml:79:7
%7400 = mul %47, %5897 : f32[64,16] @ models/lib/nn.yaml:79:7
%7401 = mul %7395, %5899 : f32[64,16] @ models/lib/nn.yaml:79:7
%7402 = mul %7396, %5901 : f32[64,16] @ models/lib/nn.yaml:79:7
%7403 = add %7402, %7401 : f32[64,16] @ models/lib/nn.yaml:79:7
%7404 = mul %7395, %7395 : f32[64,16] @ models/lib/nn.yaml:79:7
%7405 = mul %7404, %5905 : f32[64,16] @ models/lib/nn.yaml:79:7
%7406 = mul %7397, %5907 : f32[64,16] @ models/lib/nn.yaml:79:7
%7407 = add %7406, %7405 : f32[64,16] @ models/lib/nn.yaml:79:7
%7408 = cast %7399 : f64[] @ models/lib/nn.yaml:79:7
%7409 = pow %5289, %7408 : f64[] @ models/lib/nn.yaml:79:7
%7410 = sub %5270, %7409 : f64[] @ models/lib/nn.yaml:79:7
%7411 = div %3314, %7410 : f64[] @ models/lib/nn.yaml:79:7
%7412 = pow %5297, %7408 : f64[] @ models/lib/nn.yaml:79:7
%7413 = sub %5270, %7412 : f64[] @ models/lib/nn.yaml:79:7
%7414 = sqrt %7413 : f64[] @ models/lib/nn.yaml:79:7
%7415 = div %5270, %7414 : f64[] @ models/lib/nn.yaml:79:7
%7416 = sqrt %7407 : f32[64,16] @ models/lib/nn.yaml:79:7
%7417 = cast %7415 : f32[] @ models/lib/nn.yaml:79:7
%7418 = broadcast %7417 : f32[64,16] @ models/lib/nn.yaml:79:7
%7419 = mul %7416, %7418 : f32[64,16] @ models/lib/nn.yaml:79:7
%7420 = add %7419, %5922 : f32[64,16] @ models/lib/nn.yaml:79:7
%7421 = div %7403, %7420 : f32[64,16] @ models/lib/nn.yaml:79:7
%7422 = cast %7411 : f32[] @ models/lib/nn.yaml:79:7
%7423 = broadcast %7422 : f32[64,16] @ models/lib/nn.yaml:79:7
%7424 = mul %7421, %7423 : f32[64,16] @ models/lib/nn.yaml:79:7
%7425 = sub %7400, %7424 : f32[64,16] @ models/lib/nn.yaml:79:7
%7426 = assign %47, %7425 : f32[64,16] @ models/lib/nn.yaml:79:7
%7427 = assign %7396, %7403 : f32[64,16] @ models/lib/nn.yaml:79:7
%7428 = assign %7397, %7407 : f32[64,16] @ models/lib/nn.yaml:79:7
%7429 = assign %7398, %7399 : i64[] @ models/lib/nn.yaml:79:7
%7430 = mul %125, %5933 : f32[64,16] @ models/lib/nn.yaml:79:7
%7431 = mul %7425, %5935 : f32[64,16] @ models/lib/nn.yaml:79:7
%7432 = add %7430, %7431 : f32[64,16] @ models/lib/nn.yaml:79:7
%7433 = assign %125, %7432 : f32[64,16] @ models/lib/nn.yaml:79:7
%7434 = all_reduce_sum %4679 : f32[64] @ models/lib/nn.yaml:80:7
%7435 = mul %7434, %7434 : f32[64] @ models/lib/nn.yaml:80:7
%7436 = reduce_sum %7435 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7437 = sqrt %7436 : f32[] @ models/lib/nn.yaml:80:7
%7438 = cast %7437 : f64[] @ models/lib/nn.yaml:80:7
%7439 = add %7438, %5266 : f64[] @ models/lib/nn.yaml:80:7
%7440 = div %5268, %7439 : f64[] @ models/lib/nn.yaml:80:7
%7441 = lt %7440, %5270 : bool[] @ models/lib/nn.yaml:80:7
%7442 = cast %7440 : f32[] @ models/lib/nn.yaml:80:7
%7443 = broadcast %7442 : f32[64] @ models/lib/nn.yaml:80:7
%7444 = mul %7434, %7443 : f32[64] @ models/lib/nn.yaml:80:7
%7445 = broadcast %7441 : bool[64] @ models/lib/nn.yaml:80:7
%7446 = select %7445, %7444, %7434 : f32[64] @ models/lib/nn.yaml:80:7
%7447 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7448 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7449 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7450 = add %7449, %5280 : i64[] @ models/lib/nn.yaml:80:7
%7451 = mul %7446, %5956 : f32[64] @ models/lib/nn.yaml:80:7
%7452 = mul %7447, %5958 : f32[64] @ models/lib/nn.yaml:80:7
%7453 = add %7452, %7451 : f32[64] @ models/lib/nn.yaml:80:7
%7454 = mul %7446, %7446 : f32[64] @ models/lib/nn.yaml:80:7
%7455 = mul %7454, %5962 : f32[64] @ models/lib/nn.yaml:80:7
%7456 = mul %7448, %5964 : f32[64] @ models/lib/nn.yaml:80:7
%7457 = add %7456, %7455 : f32[64] @ models/lib/nn.yaml:80:7
%7458 = cast %7450 : f64[] @ models/lib/nn.yaml:80:7
%7459 = pow %5289, %7458 : f64[] @ models/lib/nn.yaml:80:7
%7460 = sub %5270, %7459 : f64[] @ models/lib/nn.yaml:80:7
%7461 = div %3314, %7460 : f64[] @ models/lib/nn.yaml:80:7
%7462 = pow %5297, %7458 : f64[] @ models/lib/nn.yaml:80:7
%7463 = sub %5270, %7462 : f64[] @ models/lib/nn.yaml:80:7
%7464 = sqrt %7463 : f64[] @ models/lib/nn.yaml:80:7
%7465 = div %5270, %7464 : f64[] @ models/lib/nn.yaml:80:7
%7466 = sqrt %7457 : f32[64] @ models/lib/nn.yaml:80:7
%7467 = cast %7465 : f32[] @ models/lib/nn.yaml:80:7
%7468 = broadcast %7467 : f32[64] @ models/lib/nn.yaml:80:7
%7469 = mul %7466, %7468 : f32[64] @ models/lib/nn.yaml:80:7
%7470 = add %7469, %5979 : f32[64] @ models/lib/nn.yaml:80:7
%7471 = div %7453, %7470 : f32[64] @ models/lib/nn.yaml:80:7
%7472 = cast %7461 : f32[] @ models/lib/nn.yaml:80:7
%7473 = broadcast %7472 : f32[64] @ models/lib/nn.yaml:80:7
%7474 = mul %7471, %7473 : f32[64] @ models/lib/nn.yaml:80:7
%7475 = sub %48, %7474 : f32[64] @ models/lib/nn.yaml:80:7
%7476 = assign %48, %7475 : f32[64] @ models/lib/nn.yaml:80:7
%7477 = assign %7447, %7453 : f32[64] @ models/lib/nn.yaml:80:7
%7478 = assign %7448, %7457 : f32[64] @ models/lib/nn.yaml:80:7
%7479 = assign %7449, %7450 : i64[] @ models/lib/nn.yaml:80:7
%7480 = mul %126, %5990 : f32[64] @ models/lib/nn.yaml:80:7
%7481 = mul %7475, %5992 : f32[64] @ models/lib/nn.yaml:80:7
%7482 = add %7480, %7481 : f32[64] @ models/lib/nn.yaml:80:7
%7483 = assign %126, %7482 : f32[64] @ models/lib/nn.yaml:80:7
%7484 = all_reduce_sum %4666 : f32[16,64] @ models/lib/nn.yaml:79:7
%7485 = reshape %7484 : f32[1024] @ models/lib/nn.yaml:79:7
%7486 = mul %7485, %7485 : f32[1024] @ models/lib/nn.yaml:79:7
%7487 = reduce_sum %7486 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7488 = sqrt %7487 : f32[] @ models/lib/nn.yaml:79:7
%7489 = cast %7488 : f64[] @ models/lib/nn.yaml:79:7
%7490 = add %7489, %5266 : f64[] @ models/lib/nn.yaml:79:7
%7491 = div %5268, %7490 : f64[] @ models/lib/nn.yaml:79:7
%7492 = lt %7491, %5270 : bool[] @ models/lib/nn.yaml:79:7
%7493 = cast %7491 : f32[] @ models/lib/nn.yaml:79:7
%7494 = broadcast %7493 : f32[16,64] @ models/lib/nn.yaml:79:7
%7495 = mul %7484, %7494 : f32[16,64] @ models/lib/nn.yaml:79:7
%7496 = broadcast %7492 : bool[16,64] @ models/lib/nn.yaml:79:7
%7497 = select %7496, %7495, %7484 : f32[16,64] @ models/lib/nn.yaml:79:7
%7498 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7499 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7500 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7501 = add %7500, %5280 : i64[] @ models/lib/nn.yaml:79:7
%7502 = mul %49, %6014 : f32[16,64] @ models/lib/nn.yaml:79:7
%7503 = mul %7497, %6016 : f32[16,64] @ models/lib/nn.yaml:79:7
%7504 = mul %7498, %6018 : f32[16,64] @ models/lib/nn.yaml:79:7
%7505 = add %7504, %7503 : f32[16,64] @ models/lib/nn.yaml:79:7
%7506 = mul %7497, %7497 : f32[16,64] @ models/lib/nn.yaml:79:7
%7507 = mul %7506, %6022 : f32[16,64] @ models/lib/nn.yaml:79:7
%7508 = mul %7499, %6024 : f32[16,64] @ models/lib/nn.yaml:79:7
%7509 = add %7508, %7507 : f32[16,64] @ models/lib/nn.yaml:79:7
%7510 = cast %7501 : f64[] @ models/lib/nn.yaml:79:7
%7511 = pow %5289, %7510 : f64[] @ models/lib/nn.yaml:79:7
%7512 = sub %5270, %7511 : f64[] @ models/lib/nn.yaml:79:7
%7513 = div %3314, %7512 : f64[] @ models/lib/nn.yaml:79:7
%7514 = pow %5297, %7510 : f64[] @ models/lib/nn.yaml:79:7
%7515 = sub %5270, %7514 : f64[] @ models/lib/nn.yaml:79:7
%7516 = sqrt %7515 : f64[] @ models/lib/nn.yaml:79:7
%7517 = div %5270, %7516 : f64[] @ models/lib/nn.yaml:79:7
%7518 = sqrt %7509 : f32[16,64] @ models/lib/nn.yaml:79:7
%7519 = cast %7517 : f32[] @ models/lib/nn.yaml:79:7
%7520 = broadcast %7519 : f32[16,64] @ models/lib/nn.yaml:79:7
%7521 = mul %7518, %7520 : f32[16,64] @ models/lib/nn.yaml:79:7
%7522 = add %7521, %6039 : f32[16,64] @ models/lib/nn.yaml:79:7
%7523 = div %7505, %7522 : f32[16,64] @ models/lib/nn.yaml:79:7
%7524 = cast %7513 : f32[] @ models/lib/nn.yaml:79:7
%7525 = broadcast %7524 : f32[16,64] @ models/lib/nn.yaml:79:7
%7526 = mul %7523, %7525 : f32[16,64] @ models/lib/nn.yaml:79:7
%7527 = sub %7502, %7526 : f32[16,64] @ models/lib/nn.yaml:79:7
%7528 = assign %49, %7527 : f32[16,64] @ models/lib/nn.yaml:79:7
%7529 = assign %7498, %7505 : f32[16,64] @ models/lib/nn.yaml:79:7
%7530 = assign %7499, %7509 : f32[16,64] @ models/lib/nn.yaml:79:7
%7531 = assign %7500, %7501 : i64[] @ models/lib/nn.yaml:79:7
%7532 = mul %127, %6050 : f32[16,64] @ models/lib/nn.yaml:79:7
%7533 = mul %7527, %6052 : f32[16,64] @ models/lib/nn.yaml:79:7
%7534 = add %7532, %7533 : f32[16,64] @ models/lib/nn.yaml:79:7
%7535 = assign %127, %7534 : f32[16,64] @ models/lib/nn.yaml:79:7
%7536 = all_reduce_sum %4661 : f32[16] @ models/lib/nn.yaml:80:7
%7537 = mul %7536, %7536 : f32[16] @ models/lib/nn.yaml:80:7
%7538 = reduce_sum %7537 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7539 = sqrt %7538 : f32[] @ models/lib/nn.yaml:80:7
%7540 = cast %7539 : f64[] @ models/lib/nn.yaml:80:7
%7541 = add %7540, %5266 : f64[] @ models/lib/nn.yaml:80:7
%7542 = div %5268, %7541 : f64[] @ models/lib/nn.yaml:80:7
%7543 = lt %7542, %5270 : bool[] @ models/lib/nn.yaml:80:7
%7544 = cast %7542 : f32[] @ models/lib/nn.yaml:80:7
%7545 = broadcast %7544 : f32[16] @ models/lib/nn.yaml:80:7
%7546 = mul %7536, %7545 : f32[16] @ models/lib/nn.yaml:80:7
%7547 = broadcast %7543 : bool[16] @ models/lib/nn.yaml:80:7
%7548 = select %7547, %7546, %7536 : f32[16] @ models/lib/nn.yaml:80:7
%7549 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7550 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7551 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7552 = add %7551, %5280 : i64[] @ models/lib/nn.yaml:80:7
%7553 = mul %7548, %5412 : f32[16] @ models/lib/nn.yaml:80:7
%7554 = mul %7549, %5414 : f32[16] @ models/lib/nn.yaml:80:7
%7555 = add %7554, %7553 : f32[16] @ models/lib/nn.yaml:80:7
%7556 = mul %7548, %7548 : f32[16] @ models/lib/nn.yaml:80:7
%7557 = mul %7556, %5418 : f32[16] @ models/lib/nn.yaml:80:7
%7558 = mul %7550, %5420 : f32[16] @ models/lib/nn.yaml:80:7
%7559 = add %7558, %7557 : f32[16] @ models/lib/nn.yaml:80:7
%7560 = cast %7552 : f64[] @ models/lib/nn.yaml:80:7
%7561 = pow %5289, %7560 : f64[] @ models/lib/nn.yaml:80:7
%7562 = sub %5270, %7561 : f64[] @ models/lib/nn.yaml:80:7
%7563 = div %3314, %7562 : f64[] @ models/lib/nn.yaml:80:7
%7564 = pow %5297, %7560 : f64[] @ models/lib/nn.yaml:80:7
%7565 = sub %5270, %7564 : f64[] @ models/lib/nn.yaml:80:7
%7566 = sqrt %7565 : f64[] @ models/lib/nn.yaml:80:7
%7567 = div %5270, %7566 : f64[] @ models/lib/nn.yaml:80:7
%7568 = sqrt %7559 : f32[16] @ models/lib/nn.yaml:80:7
%7569 = cast %7567 : f32[] @ models/lib/nn.yaml:80:7
%7570 = broadcast %7569 : f32[16] @ models/lib/nn.yaml:80:7
%7571 = mul %7568, %7570 : f32[16] @ models/lib/nn.yaml:80:7
%7572 = add %7571, %5435 : f32[16] @ models/lib/nn.yaml:80:7
%7573 = div %7555, %7572 : f32[16] @ models/lib/nn.yaml:80:7
%7574 = cast %7563 : f32[] @ models/lib/nn.yaml:80:7
%7575 = broadcast %7574 : f32[16] @ models/lib/nn.yaml:80:7
%7576 = mul %7573, %7575 : f32[16] @ models/lib/nn.yaml:80:7
%7577 = sub %50, %7576 : f32[16] @ models/lib/nn.yaml:80:7
%7578 = assign %50, %7577 : f32[16] @ models/lib/nn.yaml:80:7
%7579 = assign %7549, %7555 : f32[16] @ models/lib/nn.yaml:80:7
%7580 = assign %7550, %7559 : f32[16] @ models/lib/nn.yaml:80:7
%7581 = assign %7551, %7552 : i64[] @ models/lib/nn.yaml:80:7
%7582 = mul %128, %5446 : f32[16] @ models/lib/nn.yaml:80:7
%7583 = mul %7577, %5448 : f32[16] @ models/lib/nn.yaml:80:7
%7584 = add %7582, %7583 : f32[16] @ models/lib/nn.yaml:80:7
%7585 = assign %128, %7584 : f32[16] @ models/lib/nn.yaml:80:7
%7586 = all_reduce_sum %4637 : f32[16] @ models/lib/nn.yaml:89:7
%7587 = mul %7586, %7586 : f32[16] @ models/lib/nn.yaml:89:7
%7588 = reduce_sum %7587 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7589 = sqrt %7588 : f32[] @ models/lib/nn.yaml:89:7
%7590 = cast %7589 : f64[] @ models/lib/nn.yaml:89:7
%7591 = add %7590, %5266 : f64[] @ models/lib/nn.yaml:89:7
%7592 = div %5268, %7591 : f64[] @ models/lib/nn.yaml:89:7
%7593 = lt %7592, %5270 : bool[] @ models/lib/nn.yaml:89:7
%7594 = cast %7592 : f32[] @ models/lib/nn.yaml:89:7
%7595 = broadcast %7594 : f32[16] @ models/lib/nn.yaml:89:7
%7596 = mul %7586, %7595 : f32[16] @ models/lib/nn.yaml:89:7
%7597 = broadcast %7593 : bool[16] @ models/lib/nn.yaml:89:7
%7598 = select %7597, %7596, %7586 : f32[16] @ models/lib/nn.yaml:89:7
%7599 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7600 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7601 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7602 = add %7601, %5280 : i64[] @ models/lib/nn.yaml:89:7
%7603 = mul %7598, %5412 : f32[16] @ models/lib/nn.yaml:89:7
%7604 = mul %7599, %5414 : f32[16] @ models/lib/nn.yaml:89:7
%7605 = add %7604, %7603 : f32[16] @ models/lib/nn.yaml:89:7
%7606 = mul %7598, %7598 : f32[16] @ models/lib/nn.yaml:89:7
%7607 = mul %7606, %5418 : f32[16] @ models/lib/nn.yaml:89:7
%7608 = mul %7600, %5420 : f32[16] @ models/lib/nn.yaml:89:7
%7609 = add %7608, %7607 : f32[16] @ models/lib/nn.yaml:89:7
%7610 = cast %7602 : f64[] @ models/lib/nn.yaml:89:7
%7611 = pow %5289, %7610 : f64[] @ models/lib/nn.yaml:89:7
%7612 = sub %5270, %7611 : f64[] @ models/lib/nn.yaml:89:7
%7613 = div %3314, %7612 : f64[] @ models/lib/nn.yaml:89:7
%7614 = pow %5297, %7610 : f64[] @ models/lib/nn.yaml:89:7
%7615 = sub %5270, %7614 : f64[] @ models/lib/nn.yaml:89:7
%7616 = sqrt %7615 : f64[] @ models/lib/nn.yaml:89:7
%7617 = div %5270, %7616 : f64[] @ models/lib/nn.yaml:89:7
%7618 = sqrt %7609 : f32[16] @ models/lib/nn.yaml:89:7
%7619 = cast %7617 : f32[] @ models/lib/nn.yaml:89:7
%7620 = broadcast %7619 : f32[16] @ models/lib/nn.yaml:89:7
%7621 = mul %7618, %7620 : f32[16] @ models/lib/nn.yaml:89:7
%7622 = add %7621, %5435 : f32[16] @ models/lib/nn.yaml:89:7
%7623 = div %7605, %7622 : f32[16] @ models/lib/nn.yaml:89:7
%7624 = cast %7613 : f32[] @ models/lib/nn.yaml:89:7
%7625 = broadcast %7624 : f32[16] @ models/lib/nn.yaml:89:7
%7626 = mul %7623, %7625 : f32[16] @ models/lib/nn.yaml:89:7
%7627 = sub %51, %7626 : f32[16] @ models/lib/nn.yaml:89:7
%7628 = assign %51, %7627 : f32[16] @ models/lib/nn.yaml:89:7
%7629 = assign %7599, %7605 : f32[16] @ models/lib/nn.yaml:89:7
%7630 = assign %7600, %7609 : f32[16] @ models/lib/nn.yaml:89:7
%7631 = assign %7601, %7602 : i64[] @ models/lib/nn.yaml:89:7
%7632 = mul %129, %5446 : f32[16] @ models/lib/nn.yaml:89:7
%7633 = mul %7627, %5448 : f32[16] @ models/lib/nn.yaml:89:7
%7634 = add %7632, %7633 : f32[16] @ models/lib/nn.yaml:89:7
%7635 = assign %129, %7634 : f32[16] @ models/lib/nn.yaml:89:7
%7636 = all_reduce_sum %4630 : f32[16] @ models/lib/nn.yaml:90:7
%7637 = mul %7636, %7636 : f32[16] @ models/lib/nn.yaml:90:7
%7638 = reduce_sum %7637 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7639 = sqrt %7638 : f32[] @ models/lib/nn.yaml:90:7
%7640 = cast %7639 : f64[] @ models/lib/nn.yaml:90:7
%7641 = add %7640, %5266 : f64[] @ models/lib/nn.yaml:90:7
%7642 = div %5268, %7641 : f64[] @ models/lib/nn.yaml:90:7
%7643 = lt %7642, %5270 : bool[] @ models/lib/nn.yaml:90:7
%7644 = cast %7642 : f32[] @ models/lib/nn.yaml:90:7
%7645 = broadcast %7644 : f32[16] @ models/lib/nn.yaml:90:7
%7646 = mul %7636, %7645 : f32[16] @ models/lib/nn.yaml:90:7
%7647 = broadcast %7643 : bool[16] @ models/lib/nn.yaml:90:7
%7648 = select %7647, %7646, %7636 : f32[16] @ models/lib/nn.yaml:90:7
%7649 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7650 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7651 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7652 = add %7651, %5280 : i64[] @ models/lib/nn.yaml:90:7
%7653 = mul %7648, %5412 : f32[16] @ models/lib/nn.yaml:90:7
%7654 = mul %7649, %5414 : f32[16] @ models/lib/nn.yaml:90:7
%7655 = add %7654, %7653 : f32[16] @ models/lib/nn.yaml:90:7
%7656 = mul %7648, %7648 : f32[16] @ models/lib/nn.yaml:90:7
%7657 = mul %7656, %5418 : f32[16] @ models/lib/nn.yaml:90:7
%7658 = mul %7650, %5420 : f32[16] @ models/lib/nn.yaml:90:7
%7659 = add %7658, %7657 : f32[16] @ models/lib/nn.yaml:90:7
%7660 = cast %7652 : f64[] @ models/lib/nn.yaml:90:7
%7661 = pow %5289, %7660 : f64[] @ models/lib/nn.yaml:90:7
%7662 = sub %5270, %7661 : f64[] @ models/lib/nn.yaml:90:7
%7663 = div %3314, %7662 : f64[] @ models/lib/nn.yaml:90:7
%7664 = pow %5297, %7660 : f64[] @ models/lib/nn.yaml:90:7
%7665 = sub %5270, %7664 : f64[] @ models/lib/nn.yaml:90:7
%7666 = sqrt %7665 : f64[] @ models/lib/nn.yaml:90:7
%7667 = div %5270, %7666 : f64[] @ models/lib/nn.yaml:90:7
%7668 = sqrt %7659 : f32[16] @ models/lib/nn.yaml:90:7
%7669 = cast %7667 : f32[] @ models/lib/nn.yaml:90:7
%7670 = broadcast %7669 : f32[16] @ models/lib/nn.yaml:90:7
%7671 = mul %7668, %7670 : f32[16] @ models/lib/nn.yaml:90:7
%7672 = add %7671, %5435 : f32[16] @ models/lib/nn.yaml:90:7
%7673 = div %7655, %7672 : f32[16] @ models/lib/nn.yaml:90:7
%7674 = cast %7663 : f32[] @ models/lib/nn.yaml:90:7
%7675 = broadcast %7674 : f32[16] @ models/lib/nn.yaml:90:7
%7676 = mul %7673, %7675 : f32[16] @ models/lib/nn.yaml:90:7
%7677 = sub %52, %7676 : f32[16] @ models/lib/nn.yaml:90:7
%7678 = assign %52, %7677 : f32[16] @ models/lib/nn.yaml:90:7
%7679 = assign %7649, %7655 : f32[16] @ models/lib/nn.yaml:90:7
%7680 = assign %7650, %7659 : f32[16] @ models/lib/nn.yaml:90:7
%7681 = assign %7651, %7652 : i64[] @ models/lib/nn.yaml:90:7
%7682 = mul %130, %5446 : f32[16] @ models/lib/nn.yaml:90:7
%7683 = mul %7677, %5448 : f32[16] @ models/lib/nn.yaml:90:7
%7684 = add %7682, %7683 : f32[16] @ models/lib/nn.yaml:90:7
%7685 = assign %130, %7684 : f32[16] @ models/lib/nn.yaml:90:7
%7686 = all_reduce_sum %4623 : f32[16,16] @ models/lib/nn.yaml:79:7
%7687 = reshape %7686 : f32[256] @ models/lib/nn.yaml:79:7
%7688 = mul %7687, %7687 : f32[256] @ models/lib/nn.yaml:79:7
%7689 = reduce_sum %7688 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7690 = sqrt %7689 : f32[] @ models/lib/nn.yaml:79:7
%7691 = cast %7690 : f64[] @ models/lib/nn.yaml:79:7
%7692 = add %7691, %5266 : f64[] @ models/lib/nn.yaml:79:7
%7693 = div %5268, %7692 : f64[] @ models/lib/nn.yaml:79:7
%7694 = lt %7693, %5270 : bool[] @ models/lib/nn.yaml:79:7
%7695 = cast %7693 : f32[] @ models/lib/nn.yaml:79:7
%7696 = broadcast %7695 : f32[16,16] @ models/lib/nn.yaml:79:7
%7697 = mul %7686, %7696 : f32[16,16] @ models/lib/nn.yaml:79:7
%7698 = broadcast %7694 : bool[16,16] @ models/lib/nn.yaml:79:7
%7699 = select %7698, %7697, %7686 : f32[16,16] @ models/lib/nn.yaml:79:7
%7700 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7701 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7702 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7703 = add %7702, %5280 : i64[] @ models/lib/nn.yaml:79:7
%7704 = mul %53, %5687 : f32[16,16] @ models/lib/nn.yaml:79:7
%7705 = mul %7699, %5689 : f32[16,16] @ models/lib/nn.yaml:79:7
%7706 = mul %7700, %5691 : f32[16,16] @ models/lib/nn.yaml:79:7
%7707 = add %7706, %7705 : f32[16,16] @ models/lib/nn.yaml:79:7
%7708 = mul %7699, %7699 : f32[16,16] @ models/lib/nn.yaml:79:7
%7709 = mul %7708, %5695 : f32[16,16] @ models/lib/nn.yaml:79:7
%7710 = mul %7701, %5697 : f32[16,16] @ models/lib/nn.yaml:79:7
%7711 = add %7710, %7709 : f32[16,16] @ models/lib/nn.yaml:79:7
%7712 = cast %7703 : f64[] @ models/lib/nn.yaml:79:7
%7713 = pow %5289, %7712 : f64[] @ models/lib/nn.yaml:79:7
%7714 = sub %5270, %7713 : f64[] @ models/lib/nn.yaml:79:7
%7715 = div %3314, %7714 : f64[] @ models/lib/nn.yaml:79:7
%7716 = pow %5297, %7712 : f64[] @ models/lib/nn.yaml:79:7
%7717 = sub %5270, %7716 : f64[] @ models/lib/nn.yaml:79:7
%7718 = sqrt %7717 : f64[] @ models/lib/nn.yaml:79:7
%7719 = div %5270, %7718 : f64[] @ models/lib/nn.yaml:79:7
%7720 = sqrt %7711 : f32[16,16] @ models/lib/nn.yaml:79:7
%7721 = cast %7719 : f32[] @ models/lib/nn.yaml:79:7
%7722 = broadcast %7721 : f32[16,16] @ models/lib/nn.yaml:79:7
%7723 = mul %7720, %7722 : f32[16,16] @ models/lib/nn.yaml:79:7
%7724 = add %7723, %5712 : f32[16,16] @ models/lib/nn.yaml:79:7
%7725 = div %7707, %7724 : f32[16,16] @ models/lib/nn.yaml:79:7
%7726 = cast %7715 : f32[] @ models/lib/nn.yaml:79:7
%7727 = broadcast %7726 : f32[16,16] @ models/lib/nn.yaml:79:7
%7728 = mul %7725, %7727 : f32[16,16] @ models/lib/nn.yaml:79:7
%7729 = sub %7704, %7728 : f32[16,16] @ models/lib/nn.yaml:79:7
%7730 = assign %53, %7729 : f32[16,16] @ models/lib/nn.yaml:79:7
%7731 = assign %7700, %7707 : f32[16,16] @ models/lib/nn.yaml:79:7
%7732 = assign %7701, %7711 : f32[16,16] @ models/lib/nn.yaml:79:7
%7733 = assign %7702, %7703 : i64[] @ models/lib/nn.yaml:79:7
%7734 = mul %131, %5723 : f32[16,16] @ models/lib/nn.yaml:79:7
%7735 = mul %7729, %5725 : f32[16,16] @ models/lib/nn.yaml:79:7
%7736 = add %7734, %7735 : f32[16,16] @ models/lib/nn.yaml:79:7
%7737 = assign %131, %7736 : f32[16,16] @ models/lib/nn.yaml:79:7
%7738 = all_reduce_sum %4618 : f32[16] @ models/lib/nn.yaml:80:7
%7739 = mul %7738, %7738 : f32[16] @ models/lib/nn.yaml:80:7
%7740 = reduce_sum %7739 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7741 = sqrt %7740 : f32[] @ models/lib/nn.yaml:80:7
%7742 = cast %7741 : f64[] @ models/lib/nn.yaml:80:7
%7743 = add %7742, %5266 : f64[] @ models/lib/nn.yaml:80:7
%7744 = div %5268, %7743 : f64[] @ models/lib/nn.yaml:80:7
%7745 = lt %7744, %5270 : bool[] @ models/lib/nn.yaml:80:7
%7746 = cast %7744 : f32[] @ models/lib/nn.yaml:80:7
%7747 = broadcast %7746 : f32[16] @ models/lib/nn.yaml:80:7
%7748 = mul %7738, %7747 : f32[16] @ models/lib/nn.yaml:80:7
%7749 = broadcast %7745 : bool[16] @ models/lib/nn.yaml:80:7
%7750 = select %7749, %7748, %7738 : f32[16] @ models/lib/nn.yaml:80:7
%7751 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7752 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7753 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7754 = add %7753, %5280 : i64[] @ models/lib/nn.yaml:80:7
%7755 = mul %7750, %5412 : f32[16] @ models/lib/nn.yaml:80:7
%7756 = mul %7751, %5414 : f32[16] @ models/lib/nn.yaml:80:7
%7757 = add %7756, %7755 : f32[16] @ models/lib/nn.yaml:80:7
%7758 = mul %7750, %7750 : f32[16] @ models/lib/nn.yaml:80:7
%7759 = mul %7758, %5418 : f32[16] @ models/lib/nn.yaml:80:7
%7760 = mul %7752, %5420 : f32[16] @ models/lib/nn.yaml:80:7
%7761 = add %7760, %7759 : f32[16] @ models/lib/nn.yaml:80:7
%7762 = cast %7754 : f64[] @ models/lib/nn.yaml:80:7
%7763 = pow %5289, %7762 : f64[] @ models/lib/nn.yaml:80:7
%7764 = sub %5270, %7763 : f64[] @ models/lib/nn.yaml:80:7
%7765 = div %3314, %7764 : f64[] @ models/lib/nn.yaml:80:7
%7766 = pow %5297, %7762 : f64[] @ models/lib/nn.yaml:80:7
%7767 = sub %5270, %7766 : f64[] @ models/lib/nn.yaml:80:7
%7768 = sqrt %7767 : f64[] @ models/lib/nn.yaml:80:7
%7769 = div %5270, %7768 : f64[] @ models/lib/nn.yaml:80:7
%7770 = sqrt %7761 : f32[16] @ models/lib/nn.yaml:80:7
%7771 = cast %7769 : f32[] @ models/lib/nn.yaml:80:7
%7772 = broadcast %7771 : f32[16] @ models/lib/nn.yaml:80:7
%7773 = mul %7770, %7772 : f32[16] @ models/lib/nn.yaml:80:7
%7774 = add %7773, %5435 : f32[16] @ models/lib/nn.yaml:80:7
%7775 = div %7757, %7774 : f32[16] @ models/lib/nn.yaml:80:7
%7776 = cast %7765 : f32[] @ models/lib/nn.yaml:80:7
%7777 = broadcast %7776 : f32[16] @ models/lib/nn.yaml:80:7
%7778 = mul %7775, %7777 : f32[16] @ models/lib/nn.yaml:80:7
%7779 = sub %54, %7778 : f32[16] @ models/lib/nn.yaml:80:7
%7780 = assign %54, %7779 : f32[16] @ models/lib/nn.yaml:80:7
%7781 = assign %7751, %7757 : f32[16] @ models/lib/nn.yaml:80:7
%7782 = assign %7752, %7761 : f32[16] @ models/lib/nn.yaml:80:7
%7783 = assign %7753, %7754 : i64[] @ models/lib/nn.yaml:80:7
%7784 = mul %132, %5446 : f32[16] @ models/lib/nn.yaml:80:7
%7785 = mul %7779, %5448 : f32[16] @ models/lib/nn.yaml:80:7
%7786 = add %7784, %7785 : f32[16] @ models/lib/nn.yaml:80:7
%7787 = assign %132, %7786 : f32[16] @ models/lib/nn.yaml:80:7
%7788 = all_reduce_sum %4613 : f32[16,16] @ models/lib/nn.yaml:79:7
%7789 = reshape %7788 : f32[256] @ models/lib/nn.yaml:79:7
%7790 = mul %7789, %7789 : f32[256] @ models/lib/nn.yaml:79:7
%7791 = reduce_sum %7790 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7792 = sqrt %7791 : f32[] @ models/lib/nn.yaml:79:7
%7793 = cast %7792 : f64[] @ models/lib/nn.yaml:79:7
%7794 = add %7793, %5266 : f64[] @ models/lib/nn.yaml:79:7
%7795 = div %5268, %7794 : f64[] @ models/lib/nn.yaml:79:7
%7796 = lt %7795, %5270 : bool[] @ models/lib/nn.yaml:79:7
%7797 = cast %7795 : f32[] @ models/lib/nn.yaml:79:7
%7798 = broadcast %7797 : f32[16,16] @ models/lib/nn.yaml:79:7
%7799 = mul %7788, %7798 : f32[16,16] @ models/lib/nn.yaml:79:7
%7800 = broadcast %7796 : bool[16,16] @ models/lib/nn.yaml:79:7
%7801 = select %7800, %7799, %7788 : f32[16,16] @ models/lib/nn.yaml:79:7
%7802 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7803 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7804 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7805 = add %7804, %5280 : i64[] @ models/lib/nn.yaml:79:7
%7806 = mul %55, %5687 : f32[16,16] @ models/lib/nn.yaml:79:7
%7807 = mul %7801, %5689 : f32[16,16] @ models/lib/nn.yaml:79:7
%7808 = mul %7802, %5691 : f32[16,16] @ models/lib/nn.yaml:79:7
%7809 = add %7808, %7807 : f32[16,16] @ models/lib/nn.yaml:79:7
%7810 = mul %7801, %7801 : f32[16,16] @ models/lib/nn.yaml:79:7
%7811 = mul %7810, %5695 : f32[16,16] @ models/lib/nn.yaml:79:7
%7812 = mul %7803, %5697 : f32[16,16] @ models/lib/nn.yaml:79:7
%7813 = add %7812, %7811 : f32[16,16] @ models/lib/nn.yaml:79:7
%7814 = cast %7805 : f64[] @ models/lib/nn.yaml:79:7
%7815 = pow %5289, %7814 : f64[] @ models/lib/nn.yaml:79:7
%7816 = sub %5270, %7815 : f64[] @ models/lib/nn.yaml:79:7
%7817 = div %3314, %7816 : f64[] @ models/lib/nn.yaml:79:7
%7818 = pow %5297, %7814 : f64[] @ models/lib/nn.yaml:79:7
%7819 = sub %5270, %7818 : f64[] @ models/lib/nn.yaml:79:7
%7820 = sqrt %7819 : f64[] @ models/lib/nn.yaml:79:7
%7821 = div %5270, %7820 : f64[] @ models/lib/nn.yaml:79:7
%7822 = sqrt %7813 : f32[16,16] @ models/lib/nn.yaml:79:7
%7823 = cast %7821 : f32[] @ models/lib/nn.yaml:79:7
%7824 = broadcast %7823 : f32[16,16] @ models/lib/nn.yaml:79:7
%7825 = mul %7822, %7824 : f32[16,16] @ models/lib/nn.yaml:79:7
%7826 = add %7825, %5712 : f32[16,16] @ models/lib/nn.yaml:79:7
%7827 = div %7809, %7826 : f32[16,16] @ models/lib/nn.yaml:79:7
%7828 = cast %7817 : f32[] @ models/lib/nn.yaml:79:7
%7829 = broadcast %7828 : f32[16,16] @ models/lib/nn.yaml:79:7
%7830 = mul %7827, %7829 : f32[16,16] @ models/lib/nn.yaml:79:7
%7831 = sub %7806, %7830 : f32[16,16] @ models/lib/nn.yaml:79:7
%7832 = assign %55, %7831 : f32[16,16] @ models/lib/nn.yaml:79:7
%7833 = assign %7802, %7809 : f32[16,16] @ models/lib/nn.yaml:79:7
%7834 = assign %7803, %7813 : f32[16,16] @ models/lib/nn.yaml:79:7
%7835 = assign %7804, %7805 : i64[] @ models/lib/nn.yaml:79:7
%7836 = mul %133, %5723 : f32[16,16] @ models/lib/nn.yaml:79:7
%7837 = mul %7831, %5725 : f32[16,16] @ models/lib/nn.yaml:79:7
%7838 = add %7836, %7837 : f32[16,16] @ models/lib/nn.yaml:79:7
%7839 = assign %133, %7838 : f32[16,16] @ models/lib/nn.yaml:79:7
%7840 = all_reduce_sum %4608 : f32[16] @ models/lib/nn.yaml:80:7
%7841 = mul %7840, %7840 : f32[16] @ models/lib/nn.yaml:80:7
%7842 = reduce_sum %7841 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7843 = sqrt %7842 : f32[] @ models/lib/nn.yaml:80:7
%7844 = cast %7843 : f64[] @ models/lib/nn.yaml:80:7
%7845 = add %7844, %5266 : f64[] @ models/lib/nn.yaml:80:7
%7846 = div %5268, %7845 : f64[] @ models/lib/nn.yaml:80:7
%7847 = lt %7846, %5270 : bool[] @ models/lib/nn.yaml:80:7
%7848 = cast %7846 : f32[] @ models/lib/nn.yaml:80:7
%7849 = broadcast %7848 : f32[16] @ models/lib/nn.yaml:80:7
%7850 = mul %7840, %7849 : f32[16] @ models/lib/nn.yaml:80:7
%7851 = broadcast %7847 : bool[16] @ models/lib/nn.yaml:80:7
%7852 = select %7851, %7850, %7840 : f32[16] @ models/lib/nn.yaml:80:7
%7853 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7854 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7855 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7856 = add %7855, %5280 : i64[] @ models/lib/nn.yaml:80:7
%7857 = mul %7852, %5412 : f32[16] @ models/lib/nn.yaml:80:7
%7858 = mul %7853, %5414 : f32[16] @ models/lib/nn.yaml:80:7
%7859 = add %7858, %7857 : f32[16] @ models/lib/nn.yaml:80:7
%7860 = mul %7852, %7852 : f32[16] @ models/lib/nn.yaml:80:7
%7861 = mul %7860, %5418 : f32[16] @ models/lib/nn.yaml:80:7
%7862 = mul %7854, %5420 : f32[16] @ models/lib/nn.yaml:80:7
%7863 = add %7862, %7861 : f32[16] @ models/lib/nn.yaml:80:7
%7864 = cast %7856 : f64[] @ models/lib/nn.yaml:80:7
%7865 = pow %5289, %7864 : f64[] @ models/lib/nn.yaml:80:7
%7866 = sub %5270, %7865 : f64[] @ models/lib/nn.yaml:80:7
%7867 = div %3314, %7866 : f64[] @ models/lib/nn.yaml:80:7
%7868 = pow %5297, %7864 : f64[] @ models/lib/nn.yaml:80:7
%7869 = sub %5270, %7868 : f64[] @ models/lib/nn.yaml:80:7
%7870 = sqrt %7869 : f64[] @ models/lib/nn.yaml:80:7
%7871 = div %5270, %7870 : f64[] @ models/lib/nn.yaml:80:7
%7872 = sqrt %7863 : f32[16] @ models/lib/nn.yaml:80:7
%7873 = cast %7871 : f32[] @ models/lib/nn.yaml:80:7
%7874 = broadcast %7873 : f32[16] @ models/lib/nn.yaml:80:7
%7875 = mul %7872, %7874 : f32[16] @ models/lib/nn.yaml:80:7
%7876 = add %7875, %5435 : f32[16] @ models/lib/nn.yaml:80:7
%7877 = div %7859, %7876 : f32[16] @ models/lib/nn.yaml:80:7
%7878 = cast %7867 : f32[] @ models/lib/nn.yaml:80:7
%7879 = broadcast %7878 : f32[16] @ models/lib/nn.yaml:80:7
%7880 = mul %7877, %7879 : f32[16] @ models/lib/nn.yaml:80:7
%7881 = sub %56, %7880 : f32[16] @ models/lib/nn.yaml:80:7
%7882 = assign %56, %7881 : f32[16] @ models/lib/nn.yaml:80:7
%7883 = assign %7853, %7859 : f32[16] @ models/lib/nn.yaml:80:7
%7884 = assign %7854, %7863 : f32[16] @ models/lib/nn.yaml:80:7
%7885 = assign %7855, %7856 : i64[] @ models/lib/nn.yaml:80:7
%7886 = mul %134, %5446 : f32[16] @ models/lib/nn.yaml:80:7
%7887 = mul %7881, %5448 : f32[16] @ models/lib/nn.yaml:80:7
%7888 = add %7886, %7887 : f32[16] @ models/lib/nn.yaml:80:7
%7889 = assign %134, %7888 : f32[16] @ models/lib/nn.yaml:80:7
%7890 = all_reduce_sum %4601 : f32[16,16] @ models/lib/nn.yaml:79:7
%7891 = reshape %7890 : f32[256] @ models/lib/nn.yaml:79:7
%7892 = mul %7891, %7891 : f32[256] @ models/lib/nn.yaml:79:7
%7893 = reduce_sum %7892 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7894 = sqrt %7893 : f32[] @ models/lib/nn.yaml:79:7
%7895 = cast %7894 : f64[] @ models/lib/nn.yaml:79:7
%7896 = add %7895, %5266 : f64[] @ models/lib/nn.yaml:79:7
%7897 = div %5268, %7896 : f64[] @ models/lib/nn.yaml:79:7
%7898 = lt %7897, %5270 : bool[] @ models/lib/nn.yaml:79:7
%7899 = cast %7897 : f32[] @ models/lib/nn.yaml:79:7
%7900 = broadcast %7899 : f32[16,16] @ models/lib/nn.yaml:79:7
%7901 = mul %7890, %7900 : f32[16,16] @ models/lib/nn.yaml:79:7
%7902 = broadcast %7898 : bool[16,16] @ models/lib/nn.yaml:79:7
%7903 = select %7902, %7901, %7890 : f32[16,16] @ models/lib/nn.yaml:79:7
%7904 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7905 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7906 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7907 = add %7906, %5280 : i64[] @ models/lib/nn.yaml:79:7
%7908 = mul %57, %5687 : f32[16,16] @ models/lib/nn.yaml:79:7
%7909 = mul %7903, %5689 : f32[16,16] @ models/lib/nn.yaml:79:7
%7910 = mul %7904, %5691 : f32[16,16] @ models/lib/nn.yaml:79:7
%7911 = add %7910, %7909 : f32[16,16] @ models/lib/nn.yaml:79:7
%7912 = mul %7903, %7903 : f32[16,16] @ models/lib/nn.yaml:79:7
%7913 = mul %7912, %5695 : f32[16,16] @ models/lib/nn.yaml:79:7
%7914 = mul %7905, %5697 : f32[16,16] @ models/lib/nn.yaml:79:7
%7915 = add %7914, %7913 : f32[16,16] @ models/lib/nn.yaml:79:7
%7916 = cast %7907 : f64[] @ models/lib/nn.yaml:79:7
%7917 = pow %5289, %7916 : f64[] @ models/lib/nn.yaml:79:7
%7918 = sub %5270, %7917 : f64[] @ models/lib/nn.yaml:79:7
%7919 = div %3314, %7918 : f64[] @ models/lib/nn.yaml:79:7
%7920 = pow %5297, %7916 : f64[] @ models/lib/nn.yaml:79:7
%7921 = sub %5270, %7920 : f64[] @ models/lib/nn.yaml:79:7
%7922 = sqrt %7921 : f64[] @ models/lib/nn.yaml:79:7
%7923 = div %5270, %7922 : f64[] @ models/lib/nn.yaml:79:7
%7924 = sqrt %7915 : f32[16,16] @ models/lib/nn.yaml:79:7
%7925 = cast %7923 : f32[] @ models/lib/nn.yaml:79:7
%7926 = broadcast %7925 : f32[16,16] @ models/lib/nn.yaml:79:7
%7927 = mul %7924, %7926 : f32[16,16] @ models/lib/nn.yaml:79:7
%7928 = add %7927, %5712 : f32[16,16] @ models/lib/nn.yaml:79:7
%7929 = div %7911, %7928 : f32[16,16] @ models/lib/nn.yaml:79:7
%7930 = cast %7919 : f32[] @ models/lib/nn.yaml:79:7
%7931 = broadcast %7930 : f32[16,16] @ models/lib/nn.yaml:79:7
%7932 = mul %7929, %7931 : f32[16,16] @ models/lib/nn.yaml:79:7
%7933 = sub %7908, %7932 : f32[16,16] @ models/lib/nn.yaml:79:7
%7934 = assign %57, %7933 : f32[16,16] @ models/lib/nn.yaml:79:7
%7935 = assign %7904, %7911 : f32[16,16] @ models/lib/nn.yaml:79:7
%7936 = assign %7905, %7915 : f32[16,16] @ models/lib/nn.yaml:79:7
%7937 = assign %7906, %7907 : i64[] @ models/lib/nn.yaml:79:7
%7938 = mul %135, %5723 : f32[16,16] @ models/lib/nn.yaml:79:7
%7939 = mul %7933, %5725 : f32[16,16] @ models/lib/nn.yaml:79:7
%7940 = add %7938, %7939 : f32[16,16] @ models/lib/nn.yaml:79:7
%7941 = assign %135, %7940 : f32[16,16] @ models/lib/nn.yaml:79:7
%7942 = all_reduce_sum %4596 : f32[16] @ models/lib/nn.yaml:80:7
%7943 = mul %7942, %7942 : f32[16] @ models/lib/nn.yaml:80:7
%7944 = reduce_sum %7943 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7945 = sqrt %7944 : f32[] @ models/lib/nn.yaml:80:7
%7946 = cast %7945 : f64[] @ models/lib/nn.yaml:80:7
%7947 = add %7946, %5266 : f64[] @ models/lib/nn.yaml:80:7
%7948 = div %5268, %7947 : f64[] @ models/lib/nn.yaml:80:7
%7949 = lt %7948, %5270 : bool[] @ models/lib/nn.yaml:80:7
%7950 = cast %7948 : f32[] @ models/lib/nn.yaml:80:7
%7951 = broadcast %7950 : f32[16] @ models/lib/nn.yaml:80:7
%7952 = mul %7942, %7951 : f32[16] @ models/lib/nn.yaml:80:7
%7953 = broadcast %7949 : bool[16] @ models/lib/nn.yaml:80:7
%7954 = select %7953, %7952, %7942 : f32[16] @ models/lib/nn.yaml:80:7
%7955 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7956 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7957 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7958 = add %7957, %5280 : i64[] @ models/lib/nn.yaml:80:7
%7959 = mul %7954, %5412 : f32[16] @ models/lib/nn.yaml:80:7
%7960 = mul %7955, %5414 : f32[16] @ models/lib/nn.yaml:80:7
%7961 = add %7960, %7959 : f32[16] @ models/lib/nn.yaml:80:7
%7962 = mul %7954, %7954 : f32[16] @ models/lib/nn.yaml:80:7
%7963 = mul %7962, %5418 : f32[16] @ models/lib/nn.yaml:80:7
%7964 = mul %7956, %5420 : f32[16] @ models/lib/nn.yaml:80:7
%7965 = add %7964, %7963 : f32[16] @ models/lib/nn.yaml:80:7
%7966 = cast %7958 : f64[] @ models/lib/nn.yaml:80:7
%7967 = pow %5289, %7966 : f64[] @ models/lib/nn.yaml:80:7
%7968 = sub %5270, %7967 : f64[] @ models/lib/nn.yaml:80:7
%7969 = div %3314, %7968 : f64[] @ models/lib/nn.yaml:80:7
%7970 = pow %5297, %7966 : f64[] @ models/lib/nn.yaml:80:7
%7971 = sub %5270, %7970 : f64[] @ models/lib/nn.yaml:80:7
%7972 = sqrt %7971 : f64[] @ models/lib/nn.yaml:80:7
%7973 = div %5270, %7972 : f64[] @ models/lib/nn.yaml:80:7
%7974 = sqrt %7965 : f32[16] @ models/lib/nn.yaml:80:7
%7975 = cast %7973 : f32[] @ models/lib/nn.yaml:80:7
%7976 = broadcast %7975 : f32[16] @ models/lib/nn.yaml:80:7
%7977 = mul %7974, %7976 : f32[16] @ models/lib/nn.yaml:80:7
%7978 = add %7977, %5435 : f32[16] @ models/lib/nn.yaml:80:7
%7979 = div %7961, %7978 : f32[16] @ models/lib/nn.yaml:80:7
%7980 = cast %7969 : f32[] @ models/lib/nn.yaml:80:7
%7981 = broadcast %7980 : f32[16] @ models/lib/nn.yaml:80:7
%7982 = mul %7979, %7981 : f32[16] @ models/lib/nn.yaml:80:7
%7983 = sub %58, %7982 : f32[16] @ models/lib/nn.yaml:80:7
%7984 = assign %58, %7983 : f32[16] @ models/lib/nn.yaml:80:7
%7985 = assign %7955, %7961 : f32[16] @ models/lib/nn.yaml:80:7
%7986 = assign %7956, %7965 : f32[16] @ models/lib/nn.yaml:80:7
%7987 = assign %7957, %7958 : i64[] @ models/lib/nn.yaml:80:7
%7988 = mul %136, %5446 : f32[16] @ models/lib/nn.yaml:80:7
%7989 = mul %7983, %5448 : f32[16] @ models/lib/nn.yaml:80:7
%7990 = add %7988, %7989 : f32[16] @ models/lib/nn.yaml:80:7
%7991 = assign %136, %7990 : f32[16] @ models/lib/nn.yaml:80:7
%7992 = all_reduce_sum %4525 : f32[16,16] @ models/lib/nn.yaml:79:7
%7993 = reshape %7992 : f32[256] @ models/lib/nn.yaml:79:7
%7994 = mul %7993, %7993 : f32[256] @ models/lib/nn.yaml:79:7
%7995 = reduce_sum %7994 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7996 = sqrt %7995 : f32[] @ models/lib/nn.yaml:79:7
%7997 = cast %7996 : f64[] @ models/lib/nn.yaml:79:7
%7998 = add %7997, %5266 : f64[] @ models/lib/nn.yaml:79:7
%7999 = div %5268, %7998 : f64[] @ models/lib/nn.yaml:79:7
%8000 = lt %7999, %5270 : bool[] @ models/lib/nn.yaml:79:7
%8001 = cast %7999 : f32[] @ models/lib/nn.yaml:79:7
%8002 = broadcast %8001 : f32[16,16] @ models/lib/nn.yaml:79:7
%8003 = mul %7992, %8002 : f32[16,16] @ models/lib/nn.yaml:79:7
%8004 = broadcast %8000 : bool[16,16] @ models/lib/nn.yaml:79:7
%8005 = select %8004, %8003, %7992 : f32[16,16] @ models/lib/nn.yaml:79:7
%8006 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8007 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8008 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8009 = add %8008, %5280 : i64[] @ models/lib/nn.yaml:79:7
%8010 = mul %59, %5687 : f32[16,16] @ models/lib/nn.yaml:79:7
%8011 = mul %8005, %5689 : f32[16,16] @ models/lib/nn.yaml:79:7
%8012 = mul %8006, %5691 : f32[16,16] @ models/lib/nn.yaml:79:7
%8013 = add %8012, %8011 : f32[16,16] @ models/lib/nn.yaml:79:7
%8014 = mul %8005, %8005 : f32[16,16] @ models/lib/nn.yaml:79:7
%8015 = mul %8014, %5695 : f32[16,16] @ models/lib/nn.yaml:79:7
%8016 = mul %8007, %5697 : f32[16,16] @ models/lib/nn.yaml:79:7
%8017 = add %8016, %8015 : f32[16,16] @ models/lib/nn.yaml:79:7
%8018 = cast %8009 : f64[] @ models/lib/nn.yaml:79:7
%8019 = pow %5289, %8018 : f64[] @ models/lib/nn.yaml:79:7
%8020 = sub %5270, %8019 : f64[] @ models/lib/nn.yaml:79:7
%8021 = div %3314, %8020 : f64[] @ models/lib/nn.yaml:79:7
%8022 = pow %5297, %8018 : f64[] @ models/lib/nn.yaml:79:7
%8023 = sub %5270, %8022 : f64[] @ models/lib/nn.yaml:79:7
%8024 = sqrt %8023 : f64[] @ models/lib/nn.yaml:79:7
%8025 = div %5270, %8024 : f64[] @ models/lib/nn.yaml:79:7
%8026 = sqrt %8017 : f32[16,16] @ models/lib/nn.yaml:79:7
%8027 = cast %8025 : f32[] @ models/lib/nn.yaml:79:7
%8028 = broadcast %8027 : f32[16,16] @ models/lib/nn.yaml:79:7
%8029 = mul %8026, %8028 : f32[16,16] @ models/lib/nn.yaml:79:7
%8030 = add %8029, %5712 : f32[16,16] @ models/lib/nn.yaml:79:7
%8031 = div %8013, %8030 : f32[16,16] @ models/lib/nn.yaml:79:7
%8032 = cast %8021 : f32[] @ models/lib/nn.yaml:79:7
%8033 = broadcast %8032 : f32[16,16] @ models/lib/nn.yaml:79:7
%8034 = mul %8031, %8033 : f32[16,16] @ models/lib/nn.yaml:79:7
%8035 = sub %8010, %8034 : f32[16,16] @ models/lib/nn.yaml:79:7
%8036 = assign %59, %8035 : f32[16,16] @ models/lib/nn.yaml:79:7
%8037 = assign %8006, %8013 : f32[16,16] @ models/lib/nn.yaml:79:7
%8038 = assign %8007, %8017 : f32[16,16] @ models/lib/nn.yaml:79:7
%8039 = assign %8008, %8009 : i64[] @ models/lib/nn.yaml:79:7
%8040 = mul %137, %5723 : f32[16,16] @ models/lib/nn.yaml:79:7
%8041 = mul %8035, %5725 : f32[16,16] @ models/lib/nn.yaml:79:7
%8042 = add %8040, %8041 : f32[16,16] @ models/lib/nn.yaml:79:7
%8043 = assign %137, %8042 : f32[16,16] @ models/lib/nn.yaml:79:7
%8044 = all_reduce_sum %4520 : f32[16] @ models/lib/nn.yaml:80:7
%8045 = mul %8044, %8044 : f32[16] @ models/lib/nn.yaml:80:7
%8046 = reduce_sum %8045 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8047 = sqrt %8046 : f32[] @ models/lib/nn.yaml:80:7
%8048 = cast %8047 : f64[] @ models/lib/nn.yaml:80:7
%8049 = add %8048, %5266 : f64[] @ models/lib/nn.yaml:80:7
%8050 = div %5268, %8049 : f64[] @ models/lib/nn.yaml:80:7
%8051 = lt %8050, %5270 : bool[] @ models/lib/nn.yaml:80:7
%8052 = cast %8050 : f32[] @ models/lib/nn.yaml:80:7
%8053 = broadcast %8052 : f32[16] @ models/lib/nn.yaml:80:7
%8054 = mul %8044, %8053 : f32[16] @ models/lib/nn.yaml:80:7
%8055 = broadcast %8051 : bool[16] @ models/lib/nn.yaml:80:7
%8056 = select %8055, %8054, %8044 : f32[16] @ models/lib/nn.yaml:80:7
%8057 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8058 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8059 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8060 = add %8059, %5280 : i64[] @ models/lib/nn.yaml:80:7
%8061 = mul %8056, %5412 : f32[16] @ models/lib/nn.yaml:80:7
%8062 = mul %8057, %5414 : f32[16] @ models/lib/nn.yaml:80:7
%8063 = add %8062, %8061 : f32[16] @ models/lib/nn.yaml:80:7
%8064 = mul %8056, %8056 : f32[16] @ models/lib/nn.yaml:80:7
%8065 = mul %8064, %5418 : f32[16] @ models/lib/nn.yaml:80:7
%8066 = mul %8058, %5420 : f32[16] @ models/lib/nn.yaml:80:7
%8067 = add %8066, %8065 : f32[16] @ models/lib/nn.yaml:80:7
%8068 = cast %8060 : f64[] @ models/lib/nn.yaml:80:7
%8069 = pow %5289, %8068 : f64[] @ models/lib/nn.yaml:80:7
%8070 = sub %5270, %8069 : f64[] @ models/lib/nn.yaml:80:7
%8071 = div %3314, %8070 : f64[] @ models/lib/nn.yaml:80:7
%8072 = pow %5297, %8068 : f64[] @ models/lib/nn.yaml:80:7
%8073 = sub %5270, %8072 : f64[] @ models/lib/nn.yaml:80:7
%8074 = sqrt %8073 : f64[] @ models/lib/nn.yaml:80:7
%8075 = div %5270, %8074 : f64[] @ models/lib/nn.yaml:80:7
%8076 = sqrt %8067 : f32[16] @ models/lib/nn.yaml:80:7
%8077 = cast %8075 : f32[] @ models/lib/nn.yaml:80:7
%8078 = broadcast %8077 : f32[16] @ models/lib/nn.yaml:80:7
%8079 = mul %8076, %8078 : f32[16] @ models/lib/nn.yaml:80:7
%8080 = add %8079, %5435 : f32[16] @ models/lib/nn.yaml:80:7
%8081 = div %8063, %8080 : f32[16] @ models/lib/nn.yaml:80:7
%8082 = cast %8071 : f32[] @ models/lib/nn.yaml:80:7
%8083 = broadcast %8082 : f32[16] @ models/lib/nn.yaml:80:7
%8084 = mul %8081, %8083 : f32[16] @ models/lib/nn.yaml:80:7
%8085 = sub %60, %8084 : f32[16] @ models/lib/nn.yaml:80:7
%8086 = assign %60, %8085 : f32[16] @ models/lib/nn.yaml:80:7
%8087 = assign %8057, %8063 : f32[16] @ models/lib/nn.yaml:80:7
%8088 = assign %8058, %8067 : f32[16] @ models/lib/nn.yaml:80:7
%8089 = assign %8059, %8060 : i64[] @ models/lib/nn.yaml:80:7
%8090 = mul %138, %5446 : f32[16] @ models/lib/nn.yaml:80:7
%8091 = mul %8085, %5448 : f32[16] @ models/lib/nn.yaml:80:7
%8092 = add %8090, %8091 : f32[16] @ models/lib/nn.yaml:80:7
%8093 = assign %138, %8092 : f32[16] @ models/lib/nn.yaml:80:7
%8094 = all_reduce_sum %4499 : f32[16] @ models/lib/nn.yaml:89:7
%8095 = mul %8094, %8094 : f32[16] @ models/lib/nn.yaml:89:7
%8096 = reduce_sum %8095 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8097 = sqrt %8096 : f32[] @ models/lib/nn.yaml:89:7
%8098 = cast %8097 : f64[] @ models/lib/nn.yaml:89:7
%8099 = add %8098, %5266 : f64[] @ models/lib/nn.yaml:89:7
%8100 = div %5268, %8099 : f64[] @ models/lib/nn.yaml:89:7
%8101 = lt %8100, %5270 : bool[] @ models/lib/nn.yaml:89:7
%8102 = cast %8100 : f32[] @ models/lib/nn.yaml:89:7
%8103 = broadcast %8102 : f32[16] @ models/lib/nn.yaml:89:7
%8104 = mul %8094, %8103 : f32[16] @ models/lib/nn.yaml:89:7
%8105 = broadcast %8101 : bool[16] @ models/lib/nn.yaml:89:7
%8106 = select %8105, %8104, %8094 : f32[16] @ models/lib/nn.yaml:89:7
%8107 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8108 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8109 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8110 = add %8109, %5280 : i64[] @ models/lib/nn.yaml:89:7
%8111 = mul %8106, %5412 : f32[16] @ models/lib/nn.yaml:89:7
%8112 = mul %8107, %5414 : f32[16] @ models/lib/nn.yaml:89:7
%8113 = add %8112, %8111 : f32[16] @ models/lib/nn.yaml:89:7
%8114 = mul %8106, %8106 : f32[16] @ models/lib/nn.yaml:89:7
%8115 = mul %8114, %5418 : f32[16] @ models/lib/nn.yaml:89:7
%8116 = mul %8108, %5420 : f32[16] @ models/lib/nn.yaml:89:7
%8117 = add %8116, %8115 : f32[16] @ models/lib/nn.yaml:89:7
%8118 = cast %8110 : f64[] @ models/lib/nn.yaml:89:7
%8119 = pow %5289, %8118 : f64[] @ models/lib/nn.yaml:89:7
%8120 = sub %5270, %8119 : f64[] @ models/lib/nn.yaml:89:7
%8121 = div %3314, %8120 : f64[] @ models/lib/nn.yaml:89:7
%8122 = pow %5297, %8118 : f64[] @ models/lib/nn.yaml:89:7
%8123 = sub %5270, %8122 : f64[] @ models/lib/nn.yaml:89:7
%8124 = sqrt %8123 : f64[] @ models/lib/nn.yaml:89:7
%8125 = div %5270, %8124 : f64[] @ models/lib/nn.yaml:89:7
%8126 = sqrt %8117 : f32[16] @ models/lib/nn.yaml:89:7
%8127 = cast %8125 : f32[] @ models/lib/nn.yaml:89:7
%8128 = broadcast %8127 : f32[16] @ models/lib/nn.yaml:89:7
%8129 = mul %8126, %8128 : f32[16] @ models/lib/nn.yaml:89:7
%8130 = add %8129, %5435 : f32[16] @ models/lib/nn.yaml:89:7
%8131 = div %8113, %8130 : f32[16] @ models/lib/nn.yaml:89:7
%8132 = cast %8121 : f32[] @ models/lib/nn.yaml:89:7
%8133 = broadcast %8132 : f32[16] @ models/lib/nn.yaml:89:7
%8134 = mul %8131, %8133 : f32[16] @ models/lib/nn.yaml:89:7
%8135 = sub %61, %8134 : f32[16] @ models/lib/nn.yaml:89:7
%8136 = assign %61, %8135 : f32[16] @ models/lib/nn.yaml:89:7
%8137 = assign %8107, %8113 : f32[16] @ models/lib/nn.yaml:89:7
%8138 = assign %8108, %8117 : f32[16] @ models/lib/nn.yaml:89:7
%8139 = assign %8109, %8110 : i64[] @ models/lib/nn.yaml:89:7
%8140 = mul %139, %5446 : f32[16] @ models/lib/nn.yaml:89:7
%8141 = mul %8135, %5448 : f32[16] @ models/lib/nn.yaml:89:7
%8142 = add %8140, %8141 : f32[16] @ models/lib/nn.yaml:89:7
%8143 = assign %139, %8142 : f32[16] @ models/lib/nn.yaml:89:7
%8144 = all_reduce_sum %4494 : f32[16] @ models/lib/nn.yaml:90:7
%8145 = mul %8144, %8144 : f32[16] @ models/lib/nn.yaml:90:7
%8146 = reduce_sum %8145 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8147 = sqrt %8146 : f32[] @ models/lib/nn.yaml:90:7
%8148 = cast %8147 : f64[] @ models/lib/nn.yaml:90:7
%8149 = add %8148, %5266 : f64[] @ models/lib/nn.yaml:90:7
%8150 = div %5268, %8149 : f64[] @ models/lib/nn.yaml:90:7
%8151 = lt %8150, %5270 : bool[] @ models/lib/nn.yaml:90:7
%8152 = cast %8150 : f32[] @ models/lib/nn.yaml:90:7
%8153 = broadcast %8152 : f32[16] @ models/lib/nn.yaml:90:7
%8154 = mul %8144, %8153 : f32[16] @ models/lib/nn.yaml:90:7
%8155 = broadcast %8151 : bool[16] @ models/lib/nn.yaml:90:7
%8156 = select %8155, %8154, %8144 : f32[16] @ models/lib/nn.yaml:90:7
%8157 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8158 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8159 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8160 = add %8159, %5280 : i64[] @ models/lib/nn.yaml:90:7
%8161 = mul %8156, %5412 : f32[16] @ models/lib/nn.yaml:90:7
%8162 = mul %8157, %5414 : f32[16] @ models/lib/nn.yaml:90:7
%8163 = add %8162, %8161 : f32[16] @ models/lib/nn.yaml:90:7
%8164 = mul %8156, %8156 : f32[16] @ models/lib/nn.yaml:90:7
%8165 = mul %8164, %5418 : f32[16] @ models/lib/nn.yaml:90:7
%8166 = mul %8158, %5420 : f32[16] @ models/lib/nn.yaml:90:7
%8167 = add %8166, %8165 : f32[16] @ models/lib/nn.yaml:90:7
%8168 = cast %8160 : f64[] @ models/lib/nn.yaml:90:7
%8169 = pow %5289, %8168 : f64[] @ models/lib/nn.yaml:90:7
%8170 = sub %5270, %8169 : f64[] @ models/lib/nn.yaml:90:7
%8171 = div %3314, %8170 : f64[] @ models/lib/nn.yaml:90:7
%8172 = pow %5297, %8168 : f64[] @ models/lib/nn.yaml:90:7
%8173 = sub %5270, %8172 : f64[] @ models/lib/nn.yaml:90:7
%8174 = sqrt %8173 : f64[] @ models/lib/nn.yaml:90:7
%8175 = div %5270, %8174 : f64[] @ models/lib/nn.yaml:90:7
%8176 = sqrt %8167 : f32[16] @ models/lib/nn.yaml:90:7
%8177 = cast %8175 : f32[] @ models/lib/nn.yaml:90:7
%8178 = broadcast %8177 : f32[16] @ models/lib/nn.yaml:90:7
%8179 = mul %8176, %8178 : f32[16] @ models/lib/nn.yaml:90:7
%8180 = add %8179, %5435 : f32[16] @ models/lib/nn.yaml:90:7
%8181 = div %8163, %8180 : f32[16] @ models/lib/nn.yaml:90:7
%8182 = cast %8171 : f32[] @ models/lib/nn.yaml:90:7
%8183 = broadcast %8182 : f32[16] @ models/lib/nn.yaml:90:7
%8184 = mul %8181, %8183 : f32[16] @ models/lib/nn.yaml:90:7
%8185 = sub %62, %8184 : f32[16] @ models/lib/nn.yaml:90:7
%8186 = assign %62, %8185 : f32[16] @ models/lib/nn.yaml:90:7
%8187 = assign %8157, %8163 : f32[16] @ models/lib/nn.yaml:90:7
%8188 = assign %8158, %8167 : f32[16] @ models/lib/nn.yaml:90:7
%8189 = assign %8159, %8160 : i64[] @ models/lib/nn.yaml:90:7
%8190 = mul %140, %5446 : f32[16] @ models/lib/nn.yaml:90:7
%8191 = mul %8185, %5448 : f32[16] @ models/lib/nn.yaml:90:7
%8192 = add %8190, %8191 : f32[16] @ models/lib/nn.yaml:90:7
%8193 = assign %140, %8192 : f32[16] @ models/lib/nn.yaml:90:7
%8194 = all_reduce_sum %4491 : f32[64,16] @ models/lib/nn.yaml:79:7
%8195 = reshape %8194 : f32[1024] @ models/lib/nn.yaml:79:7
%8196 = mul %8195, %8195 : f32[1024] @ models/lib/nn.yaml:79:7
%8197 = reduce_sum %8196 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8198 = sqrt %8197 : f32[] @ models/lib/nn.yaml:79:7
%8199 = cast %8198 : f64[] @ models/lib/nn.yaml:79:7
%8200 = add %8199, %5266 : f64[] @ models/lib/nn.yaml:79:7
%8201 = div %5268, %8200 : f64[] @ models/lib/nn.yaml:79:7
%8202 = lt %8201, %5270 : bool[] @ models/lib/nn.yaml:79:7
%8203 = cast %8201 : f32[] @ models/lib/nn.yaml:79:7
%8204 = broadcast %8203 : f32[64,16] @ models/lib/nn.yaml:79:7
%8205 = mul %8194, %8204 : f32[64,16] @ models/lib/nn.yaml:79:7
%8206 = broadcast %8202 : bool[64,16] @ models/lib/nn.yaml:79:7
%8207 = select %8206, %8205, %8194 : f32[64,16] @ models/lib/nn.yaml:79:7
%8208 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8209 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8210 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8211 = add %8210, %5280 : i64[] @ models/lib/nn.yaml:79:7
%8212 = mul %63, %5897 : f32[64,16] @ models/lib/nn.yaml:79:7
%8213 = mul %8207, %5899 : f32[64,16] @ models/lib/nn.yaml:79:7
%8214 = mul %8208, %5901 : f32[64,16] @ models/lib/nn.yaml:79:7
%8215 = add %8214, %8213 : f32[64,16] @ models/lib/nn.yaml:79:7
%8216 = mul %8207, %8207 : f32[64,16] @ models/lib/nn.yaml:79:7
%8217 = mul %8216, %5905 : f32[64,16] @ models/lib/nn.yaml:79:7
%8218 = mul %8209, %5907 : f32[64,16] @ models/lib/nn.yaml:79:7
%8219 = add %8218, %8217 : f32[64,16] @ models/lib/nn.yaml:79:7
%8220 = cast %8211 : f64[] @ models/lib/nn.yaml:79:7
%8221 = pow %5289, %8220 : f64[] @ models/lib/nn.yaml:79:7
%8222 = sub %5270, %8221 : f64[] @ models/lib/nn.yaml:79:7
%8223 = div %3314, %8222 : f64[] @ models/lib/nn.yaml:79:7
%8224 = pow %5297, %8220 : f64[] @ models/lib/nn.yaml:79:7
%8225 = sub %5270, %8224 : f64[] @ models/lib/nn.yaml:79:7
%8226 = sqrt %8225 : f64[] @ models/lib/nn.yaml:79:7
%8227 = div %5270, %8226 : f64[] @ models/lib/nn.yaml:79:7
%8228 = sqrt %8219 : f32[64,16] @ models/lib/nn.yaml:79:7
%8229 = cast %8227 : f32[] @ models/lib/nn.yaml:79:7
%8230 = broadcast %8229 : f32[64,16] @ models/lib/nn.yaml:79:7
%8231 = mul %8228, %8230 : f32[64,16] @ models/lib/nn.yaml:79:7
%8232 = add %8231, %5922 : f32[64,16] @ models/lib/nn.yaml:79:7
%8233 = div %8215, %8232 : f32[64,16] @ models/lib/nn.yaml:79:7
%8234 = cast %8223 : f32[] @ models/lib/nn.yaml:79:7
%8235 = broadcast %8234 : f32[64,16] @ models/lib/nn.yaml:79:7
%8236 = mul %8233, %8235 : f32[64,16] @ models/lib/nn.yaml:79:7
%8237 = sub %8212, %8236 : f32[64,16] @ models/lib/nn.yaml:79:7
%8238 = assign %63, %8237 : f32[64,16] @ models/lib/nn.yaml:79:7
%8239 = assign %8208, %8215 : f32[64,16] @ models/lib/nn.yaml:79:7
%8240 = assign %8209, %8219 : f32[64,16] @ models/lib/nn.yaml:79:7
%8241 = assign %8210, %8211 : i64[] @ models/lib/nn.yaml:79:7
%8242 = mul %141, %5933 : f32[64,16] @ models/lib/nn.yaml:79:7
%8243 = mul %8237, %5935 : f32[64,16] @ models/lib/nn.yaml:79:7
%8244 = add %8242, %8243 : f32[64,16] @ models/lib/nn.yaml:79:7
%8245 = assign %141, %8244 : f32[64,16] @ models/lib/nn.yaml:79:7
%8246 = all_reduce_sum %4486 : f32[64] @ models/lib/nn.yaml:80:7
%8247 = mul %8246, %8246 : f32[64] @ models/lib/nn.yaml:80:7
%8248 = reduce_sum %8247 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8249 = sqrt %8248 : f32[] @ models/lib/nn.yaml:80:7
%8250 = cast %8249 : f64[] @ models/lib/nn.yaml:80:7
%8251 = add %8250, %5266 : f64[] @ models/lib/nn.yaml:80:7
%8252 = div %5268, %8251 : f64[] @ models/lib/nn.yaml:80:7
%8253 = lt %8252, %5270 : bool[] @ models/lib/nn.yaml:80:7
%8254 = cast %8252 : f32[] @ models/lib/nn.yaml:80:7
%8255 = broadcast %8254 : f32[64] @ models/lib/nn.yaml:80:7
%8256 = mul %8246, %8255 : f32[64] @ models/lib/nn.yaml:80:7
%8257 = broadcast %8253 : bool[64] @ models/lib/nn.yaml:80:7
%8258 = select %8257, %8256, %8246 : f32[64] @ models/lib/nn.yaml:80:7
%8259 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8260 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8261 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8262 = add %8261, %5280 : i64[] @ models/lib/nn.yaml:80:7
%8263 = mul %8258, %5956 : f32[64] @ models/lib/nn.yaml:80:7
%8264 = mul %8259, %5958 : f32[64] @ models/lib/nn.yaml:80:7
%8265 = add %8264, %8263 : f32[64] @ models/lib/nn.yaml:80:7
%8266 = mul %8258, %8258 : f32[64] @ models/lib/nn.yaml:80:7
%8267 = mul %8266, %5962 : f32[64] @ models/lib/nn.yaml:80:7
%8268 = mul %8260, %5964 : f32[64] @ models/lib/nn.yaml:80:7
%8269 = add %8268, %8267 : f32[64] @ models/lib/nn.yaml:80:7
%8270 = cast %8262 : f64[] @ models/lib/nn.yaml:80:7
%8271 = pow %5289, %8270 : f64[] @ models/lib/nn.yaml:80:7
%8272 = sub %5270, %8271 : f64[] @ models/lib/nn.yaml:80:7
%8273 = div %3314, %8272 : f64[] @ models/lib/nn.yaml:80:7
%8274 = pow %5297, %8270 : f64[] @ models/lib/nn.yaml:80:7
%8275 = sub %5270, %8274 : f64[] @ models/lib/nn.yaml:80:7
%8276 = sqrt %8275 : f64[] @ models/lib/nn.yaml:80:7
%8277 = div %5270, %8276 : f64[] @ models/lib/nn.yaml:80:7
%8278 = sqrt %8269 : f32[64] @ models/lib/nn.yaml:80:7
%8279 = cast %8277 : f32[] @ models/lib/nn.yaml:80:7
%8280 = broadcast %8279 : f32[64] @ models/lib/nn.yaml:80:7
%8281 = mul %8278, %8280 : f32[64] @ models/lib/nn.yaml:80:7
%8282 = add %8281, %5979 : f32[64] @ models/lib/nn.yaml:80:7
%8283 = div %8265, %8282 : f32[64] @ models/lib/nn.yaml:80:7
%8284 = cast %8273 : f32[] @ models/lib/nn.yaml:80:7
%8285 = broadcast %8284 : f32[64] @ models/lib/nn.yaml:80:7
%8286 = mul %8283, %8285 : f32[64] @ models/lib/nn.yaml:80:7
%8287 = sub %64, %8286 : f32[64] @ models/lib/nn.yaml:80:7
%8288 = assign %64, %8287 : f32[64] @ models/lib/nn.yaml:80:7
%8289 = assign %8259, %8265 : f32[64] @ models/lib/nn.yaml:80:7
%8290 = assign %8260, %8269 : f32[64] @ models/lib/nn.yaml:80:7
%8291 = assign %8261, %8262 : i64[] @ models/lib/nn.yaml:80:7
%8292 = mul %142, %5990 : f32[64] @ models/lib/nn.yaml:80:7
%8293 = mul %8287, %5992 : f32[64] @ models/lib/nn.yaml:80:7
%8294 = add %8292, %8293 : f32[64] @ models/lib/nn.yaml:80:7
%8295 = assign %142, %8294 : f32[64] @ models/lib/nn.yaml:80:7
%8296 = all_reduce_sum %4473 : f32[16,64] @ models/lib/nn.yaml:79:7
%8297 = reshape %8296 : f32[1024] @ models/lib/nn.yaml:79:7
%8298 = mul %8297, %8297 : f32[1024] @ models/lib/nn.yaml:79:7
%8299 = reduce_sum %8298 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8300 = sqrt %8299 : f32[] @ models/lib/nn.yaml:79:7
%8301 = cast %8300 : f64[] @ models/lib/nn.yaml:79:7
%8302 = add %8301, %5266 : f64[] @ models/lib/nn.yaml:79:7
%8303 = div %5268, %8302 : f64[] @ models/lib/nn.yaml:79:7
%8304 = lt %8303, %5270 : bool[] @ models/lib/nn.yaml:79:7
%8305 = cast %8303 : f32[] @ models/lib/nn.yaml:79:7
%8306 = broadcast %8305 : f32[16,64] @ models/lib/nn.yaml:79:7
%8307 = mul %8296, %8306 : f32[16,64] @ models/lib/nn.yaml:79:7
%8308 = broadcast %8304 : bool[16,64] @ models/lib/nn.yaml:79:7
%8309 = select %8308, %8307, %8296 : f32[16,64] @ models/lib/nn.yaml:79:7
%8310 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8311 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8312 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8313 = add %8312, %5280 : i64[] @ models/lib/nn.yaml:79:7
%8314 = mul %65, %6014 : f32[16,64] @ models/lib/nn.yaml:79:7
%8315 = mul %8309, %6016 : f32[16,64] @ models/lib/nn.yaml:79:7
%8316 = mul %8310, %6018 : f32[16,64] @ models/lib/nn.yaml:79:7
%8317 = add %8316, %8315 : f32[16,64] @ models/lib/nn.yaml:79:7
%8318 = mul %8309, %8309 : f32[16,64] @ models/lib/nn.yaml:79:7
%8319 = mul %8318, %6022 : f32[16,64] @ models/lib/nn.yaml:79:7
%8320 = mul %8311, %6024 : f32[16,64] @ models/lib/nn.yaml:79:7
%8321 = add %8320, %8319 : f32[16,64] @ models/lib/nn.yaml:79:7
%8322 = cast %8313 : f64[] @ models/lib/nn.yaml:79:7
%8323 = pow %5289, %8322 : f64[] @ models/lib/nn.yaml:79:7
%8324 = sub %5270, %8323 : f64[] @ models/lib/nn.yaml:79:7
%8325 = div %3314, %8324 : f64[] @ models/lib/nn.yaml:79:7
%8326 = pow %5297, %8322 : f64[] @ models/lib/nn.yaml:79:7
%8327 = sub %5270, %8326 : f64[] @ models/lib/nn.yaml:79:7
%8328 = sqrt %8327 : f64[] @ models/lib/nn.yaml:79:7
%8329 = div %5270, %8328 : f64[] @ models/lib/nn.yaml:79:7
%8330 = sqrt %8321 : f32[16,64] @ models/lib/nn.yaml:79:7
%8331 = cast %8329 : f32[] @ models/lib/nn.yaml:79:7
%8332 = broadcast %8331 : f32[16,64] @ models/lib/nn.yaml:79:7
%8333 = mul %8330, %8332 : f32[16,64] @ models/lib/nn.yaml:79:7
%8334 = add %8333, %6039 : f32[16,64] @ models/lib/nn.yaml:79:7
%8335 = div %8317, %8334 : f32[16,64] @ models/lib/nn.yaml:79:7
%8336 = cast %8325 : f32[] @ models/lib/nn.yaml:79:7
%8337 = broadcast %8336 : f32[16,64] @ models/lib/nn.yaml:79:7
%8338 = mul %8335, %8337 : f32[16,64] @ models/lib/nn.yaml:79:7
%8339 = sub %8314, %8338 : f32[16,64] @ models/lib/nn.yaml:79:7
%8340 = assign %65, %8339 : f32[16,64] @ models/lib/nn.yaml:79:7
%8341 = assign %8310, %8317 : f32[16,64] @ models/lib/nn.yaml:79:7
%8342 = assign %8311, %8321 : f32[16,64] @ models/lib/nn.yaml:79:7
%8343 = assign %8312, %8313 : i64[] @ models/lib/nn.yaml:79:7
%8344 = mul %143, %6050 : f32[16,64] @ models/lib/nn.yaml:79:7
%8345 = mul %8339, %6052 : f32[16,64] @ models/lib/nn.yaml:79:7
%8346 = add %8344, %8345 : f32[16,64] @ models/lib/nn.yaml:79:7
%8347 = assign %143, %8346 : f32[16,64] @ models/lib/nn.yaml:79:7
%8348 = all_reduce_sum %4468 : f32[16] @ models/lib/nn.yaml:80:7
%8349 = mul %8348, %8348 : f32[16] @ models/lib/nn.yaml:80:7
%8350 = reduce_sum %8349 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8351 = sqrt %8350 : f32[] @ models/lib/nn.yaml:80:7
%8352 = cast %8351 : f64[] @ models/lib/nn.yaml:80:7
%8353 = add %8352, %5266 : f64[] @ models/lib/nn.yaml:80:7
%8354 = div %5268, %8353 : f64[] @ models/lib/nn.yaml:80:7
%8355 = lt %8354, %5270 : bool[] @ models/lib/nn.yaml:80:7
%8356 = cast %8354 : f32[] @ models/lib/nn.yaml:80:7
%8357 = broadcast %8356 : f32[16] @ models/lib/nn.yaml:80:7
%8358 = mul %8348, %8357 : f32[16] @ models/lib/nn.yaml:80:7
%8359 = broadcast %8355 : bool[16] @ models/lib/nn.yaml:80:7
%8360 = select %8359, %8358, %8348 : f32[16] @ models/lib/nn.yaml:80:7
%8361 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8362 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8363 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8364 = add %8363, %5280 : i64[] @ models/lib/nn.yaml:80:7
%8365 = mul %8360, %5412 : f32[16] @ models/lib/nn.yaml:80:7
%8366 = mul %8361, %5414 : f32[16] @ models/lib/nn.yaml:80:7
%8367 = add %8366, %8365 : f32[16] @ models/lib/nn.yaml:80:7
%8368 = mul %8360, %8360 : f32[16] @ models/lib/nn.yaml:80:7
%8369 = mul %8368, %5418 : f32[16] @ models/lib/nn.yaml:80:7
%8370 = mul %8362, %5420 : f32[16] @ models/lib/nn.yaml:80:7
%8371 = add %8370, %8369 : f32[16] @ models/lib/nn.yaml:80:7
%8372 = cast %8364 : f64[] @ models/lib/nn.yaml:80:7
%8373 = pow %5289, %8372 : f64[] @ models/lib/nn.yaml:80:7
%8374 = sub %5270, %8373 : f64[] @ models/lib/nn.yaml:80:7
%8375 = div %3314, %8374 : f64[] @ models/lib/nn.yaml:80:7
%8376 = pow %5297, %8372 : f64[] @ models/lib/nn.yaml:80:7
%8377 = sub %5270, %8376 : f64[] @ models/lib/nn.yaml:80:7
%8378 = sqrt %8377 : f64[] @ models/lib/nn.yaml:80:7
%8379 = div %5270, %8378 : f64[] @ models/lib/nn.yaml:80:7
%8380 = sqrt %8371 : f32[16] @ models/lib/nn.yaml:80:7
%8381 = cast %8379 : f32[] @ models/lib/nn.yaml:80:7
%8382 = broadcast %8381 : f32[16] @ models/lib/nn.yaml:80:7
%8383 = mul %8380, %8382 : f32[16] @ models/lib/nn.yaml:80:7
%8384 = add %8383, %5435 : f32[16] @ models/lib/nn.yaml:80:7
%8385 = div %8367, %8384 : f32[16] @ models/lib/nn.yaml:80:7
%8386 = cast %8375 : f32[] @ models/lib/nn.yaml:80:7
%8387 = broadcast %8386 : f32[16] @ models/lib/nn.yaml:80:7
%8388 = mul %8385, %8387 : f32[16] @ models/lib/nn.yaml:80:7
%8389 = sub %66, %8388 : f32[16] @ models/lib/nn.yaml:80:7
%8390 = assign %66, %8389 : f32[16] @ models/lib/nn.yaml:80:7
%8391 = assign %8361, %8367 : f32[16] @ models/lib/nn.yaml:80:7
%8392 = assign %8362, %8371 : f32[16] @ models/lib/nn.yaml:80:7
%8393 = assign %8363, %8364 : i64[] @ models/lib/nn.yaml:80:7
%8394 = mul %144, %5446 : f32[16] @ models/lib/nn.yaml:80:7
%8395 = mul %8389, %5448 : f32[16] @ models/lib/nn.yaml:80:7
%8396 = add %8394, %8395 : f32[16] @ models/lib/nn.yaml:80:7
%8397 = assign %144, %8396 : f32[16] @ models/lib/nn.yaml:80:7
%8398 = all_reduce_sum %4445 : f32[16] @ models/lib/nn.yaml:89:7
%8399 = mul %8398, %8398 : f32[16] @ models/lib/nn.yaml:89:7
%8400 = reduce_sum %8399 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8401 = sqrt %8400 : f32[] @ models/lib/nn.yaml:89:7
%8402 = cast %8401 : f64[] @ models/lib/nn.yaml:89:7
%8403 = add %8402, %5266 : f64[] @ models/lib/nn.yaml:89:7
%8404 = div %5268, %8403 : f64[] @ models/lib/nn.yaml:89:7
%8405 = lt %8404, %5270 : bool[] @ models/lib/nn.yaml:89:7
%8406 = cast %8404 : f32[] @ models/lib/nn.yaml:89:7
%8407 = broadcast %8406 : f32[16] @ models/lib/nn.yaml:89:7
%8408 = mul %8398, %8407 : f32[16] @ models/lib/nn.yaml:89:7
%8409 = broadcast %8405 : bool[16] @ models/lib/nn.yaml:89:7
%8410 = select %8409, %8408, %8398 : f32[16] @ models/lib/nn.yaml:89:7
%8411 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8412 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8413 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8414 = add %8413, %5280 : i64[] @ models/lib/nn.yaml:89:7
%8415 = mul %8410, %5412 : f32[16] @ models/lib/nn.yaml:89:7
%8416 = mul %8411, %5414 : f32[16] @ models/lib/nn.yaml:89:7
%8417 = add %8416, %8415 : f32[16] @ models/lib/nn.yaml:89:7
%8418 = mul %8410, %8410 : f32[16] @ models/lib/nn.yaml:89:7
%8419 = mul %8418, %5418 : f32[16] @ models/lib/nn.yaml:89:7
%8420 = mul %8412, %5420 : f32[16] @ models/lib/nn.yaml:89:7
%8421 = add %8420, %8419 : f32[16] @ models/lib/nn.yaml:89:7
%8422 = cast %8414 : f64[] @ models/lib/nn.yaml:89:7
%8423 = pow %5289, %8422 : f64[] @ models/lib/nn.yaml:89:7
%8424 = sub %5270, %8423 : f64[] @ models/lib/nn.yaml:89:7
%8425 = div %3314, %8424 : f64[] @ models/lib/nn.yaml:89:7
%8426 = pow %5297, %8422 : f64[] @ models/lib/nn.yaml:89:7
%8427 = sub %5270, %8426 : f64[] @ models/lib/nn.yaml:89:7
%8428 = sqrt %8427 : f64[] @ models/lib/nn.yaml:89:7
%8429 = div %5270, %8428 : f64[] @ models/lib/nn.yaml:89:7
%8430 = sqrt %8421 : f32[16] @ models/lib/nn.yaml:89:7
%8431 = cast %8429 : f32[] @ models/lib/nn.yaml:89:7
%8432 = broadcast %8431 : f32[16] @ models/lib/nn.yaml:89:7
%8433 = mul %8430, %8432 : f32[16] @ models/lib/nn.yaml:89:7
%8434 = add %8433, %5435 : f32[16] @ models/lib/nn.yaml:89:7
%8435 = div %8417, %8434 : f32[16] @ models/lib/nn.yaml:89:7
%8436 = cast %8425 : f32[] @ models/lib/nn.yaml:89:7
%8437 = broadcast %8436 : f32[16] @ models/lib/nn.yaml:89:7
%8438 = mul %8435, %8437 : f32[16] @ models/lib/nn.yaml:89:7
%8439 = sub %67, %8438 : f32[16] @ models/lib/nn.yaml:89:7
%8440 = assign %67, %8439 : f32[16] @ models/lib/nn.yaml:89:7
%8441 = assign %8411, %8417 : f32[16] @ models/lib/nn.yaml:89:7
%8442 = assign %8412, %8421 : f32[16] @ models/lib/nn.yaml:89:7
%8443 = assign %8413, %8414 : i64[] @ models/lib/nn.yaml:89:7
%8444 = mul %145, %5446 : f32[16] @ models/lib/nn.yaml:89:7
%8445 = mul %8439, %5448 : f32[16] @ models/lib/nn.yaml:89:7
%8446 = add %8444, %8445 : f32[16] @ models/lib/nn.yaml:89:7
%8447 = assign %145, %8446 : f32[16] @ models/lib/nn.yaml:89:7
%8448 = all_reduce_sum %4438 : f32[16] @ models/lib/nn.yaml:90:7
%8449 = mul %8448, %8448 : f32[16] @ models/lib/nn.yaml:90:7
%8450 = reduce_sum %8449 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8451 = sqrt %8450 : f32[] @ models/lib/nn.yaml:90:7
%8452 = cast %8451 : f64[] @ models/lib/nn.yaml:90:7
%8453 = add %8452, %5266 : f64[] @ models/lib/nn.yaml:90:7
%8454 = div %5268, %8453 : f64[] @ models/lib/nn.yaml:90:7
%8455 = lt %8454, %5270 : bool[] @ models/lib/nn.yaml:90:7
%8456 = cast %8454 : f32[] @ models/lib/nn.yaml:90:7
%8457 = broadcast %8456 : f32[16] @ models/lib/nn.yaml:90:7
%8458 = mul %8448, %8457 : f32[16] @ models/lib/nn.yaml:90:7
%8459 = broadcast %8455 : bool[16] @ models/lib/nn.yaml:90:7
%8460 = select %8459, %8458, %8448 : f32[16] @ models/lib/nn.yaml:90:7
%8461 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8462 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8463 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8464 = add %8463, %5280 : i64[] @ models/lib/nn.yaml:90:7
%8465 = mul %8460, %5412 : f32[16] @ models/lib/nn.yaml:90:7
%8466 = mul %8461, %5414 : f32[16] @ models/lib/nn.yaml:90:7
%8467 = add %8466, %8465 : f32[16] @ models/lib/nn.yaml:90:7
%8468 = mul %8460, %8460 : f32[16] @ models/lib/nn.yaml:90:7
%8469 = mul %8468, %5418 : f32[16] @ models/lib/nn.yaml:90:7
%8470 = mul %8462, %5420 : f32[16] @ models/lib/nn.yaml:90:7
%8471 = add %8470, %8469 : f32[16] @ models/lib/nn.yaml:90:7
%8472 = cast %8464 : f64[] @ models/lib/nn.yaml:90:7
%8473 = pow %5289, %8472 : f64[] @ models/lib/nn.yaml:90:7
%8474 = sub %5270, %8473 : f64[] @ models/lib/nn.yaml:90:7
%8475 = div %3314, %8474 : f64[] @ models/lib/nn.yaml:90:7
%8476 = pow %5297, %8472 : f64[] @ models/lib/nn.yaml:90:7
%8477 = sub %5270, %8476 : f64[] @ models/lib/nn.yaml:90:7
%8478 = sqrt %8477 : f64[] @ models/lib/nn.yaml:90:7
%8479 = div %5270, %8478 : f64[] @ models/lib/nn.yaml:90:7
%8480 = sqrt %8471 : f32[16] @ models/lib/nn.yaml:90:7
%8481 = cast %8479 : f32[] @ models/lib/nn.yaml:90:7
%8482 = broadcast %8481 : f32[16] @ models/lib/nn.yaml:90:7
%8483 = mul %8480, %8482 : f32[16] @ models/lib/nn.yaml:90:7
%8484 = add %8483, %5435 : f32[16] @ models/lib/nn.yaml:90:7
%8485 = div %8467, %8484 : f32[16] @ models/lib/nn.yaml:90:7
%8486 = cast %8475 : f32[] @ models/lib/nn.yaml:90:7
%8487 = broadcast %8486 : f32[16] @ models/lib/nn.yaml:90:7
%8488 = mul %8485, %8487 : f32[16] @ models/lib/nn.yaml:90:7
%8489 = sub %68, %8488 : f32[16] @ models/lib/nn.yaml:90:7
%8490 = assign %68, %8489 : f32[16] @ models/lib/nn.yaml:90:7
%8491 = assign %8461, %8467 : f32[16] @ models/lib/nn.yaml:90:7
%8492 = assign %8462, %8471 : f32[16] @ models/lib/nn.yaml:90:7
%8493 = assign %8463, %8464 : i64[] @ models/lib/nn.yaml:90:7
%8494 = mul %146, %5446 : f32[16] @ models/lib/nn.yaml:90:7
%8495 = mul %8489, %5448 : f32[16] @ models/lib/nn.yaml:90:7
%8496 = add %8494, %8495 : f32[16] @ models/lib/nn.yaml:90:7
%8497 = assign %146, %8496 : f32[16] @ models/lib/nn.yaml:90:7
%8498 = all_reduce_sum %4431 : f32[24,16] @ models/lib/nn.yaml:79:7
%8499 = reshape %8498 : f32[384] @ models/lib/nn.yaml:79:7
%8500 = mul %8499, %8499 : f32[384] @ models/lib/nn.yaml:79:7
%8501 = reduce_sum %8500 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8502 = sqrt %8501 : f32[] @ models/lib/nn.yaml:79:7
%8503 = cast %8502 : f64[] @ models/lib/nn.yaml:79:7
%8504 = add %8503, %5266 : f64[] @ models/lib/nn.yaml:79:7
%8505 = div %5268, %8504 : f64[] @ models/lib/nn.yaml:79:7
%8506 = lt %8505, %5270 : bool[] @ models/lib/nn.yaml:79:7
%8507 = cast %8505 : f32[] @ models/lib/nn.yaml:79:7
%8508 = broadcast %8507 : f32[24,16] @ models/lib/nn.yaml:79:7
%8509 = mul %8498, %8508 : f32[24,16] @ models/lib/nn.yaml:79:7
%8510 = broadcast %8506 : bool[24,16] @ models/lib/nn.yaml:79:7
%8511 = select %8510, %8509, %8498 : f32[24,16] @ models/lib/nn.yaml:79:7
%8512 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%8513 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%8514 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8515 = add %8514, %5280 : i64[] @ models/lib/nn.yaml:79:7
%8516 = broadcast %5284 : f32[24,16] @ models/lib/nn.yaml:79:7
%8517 = mul %69, %8516 : f32[24,16] @ models/lib/nn.yaml:79:7
%8518 = broadcast %3070 : f32[24,16] @ models/lib/nn.yaml:79:7
%8519 = mul %8511, %8518 : f32[24,16] @ models/lib/nn.yaml:79:7
%8520 = broadcast %2110 : f32[24,16] @ models/lib/nn.yaml:79:7
%8521 = mul %8512, %8520 : f32[24,16] @ models/lib/nn.yaml:79:7
%8522 = add %8521, %8519 : f32[24,16] @ models/lib/nn.yaml:79:7
%8523 = mul %8511, %8511 : f32[24,16] @ models/lib/nn.yaml:79:7
%8524 = broadcast %5294 : f32[24,16] @ models/lib/nn.yaml:79:7
%8525 = mul %8523, %8524 : f32[24,16] @ models/lib/nn.yaml:79:7
%8526 = broadcast %5298 : f32[24,16] @ models/lib/nn.yaml:79:7
%8527 = mul %8513, %8526 : f32[24,16] @ models/lib/nn.yaml:79:7
%8528 = add %8527, %8525 : f32[24,16] @ models/lib/nn.yaml:79:7
%8529 = cast %8515 : f64[] @ models/lib/nn.yaml:79:7
%8530 = pow %5289, %8529 : f64[] @ models/lib/nn.yaml:79:7
%8531 = sub %5270, %8530 : f64[] @ models/lib/nn.yaml:79:7
%8532 = div %3314, %8531 : f64[] @ models/lib/nn.yaml:79:7
%8533 = pow %5297, %8529 : f64[] @ models/lib/nn.yaml:79:7
%8534 = sub %5270, %8533 : f64[] @ models/lib/nn.yaml:79:7
%8535 = sqrt %8534 : f64[] @ models/lib/nn.yaml:79:7
%8536 = div %5270, %8535 : f64[] @ models/lib/nn.yaml:79:7
%8537 = sqrt %8528 : f32[24,16] @ models/lib/nn.yaml:79:7
%8538 = cast %8536 : f32[] @ models/lib/nn.yaml:79:7
%8539 = broadcast %8538 : f32[24,16] @ models/lib/nn.yaml:79:7
%8540 = mul %8537, %8539 : f32[24,16] @ models/lib/nn.yaml:79:7
%8541 = broadcast %5314 : f32[24,16] @ models/lib/nn.yaml:79:7
%8542 = add %8540, %8541 : f32[24,16] @ models/lib/nn.yaml:79:7
%8543 = div %8522, %8542 : f32[24,16] @ models/lib/nn.yaml:79:7
%8544 = cast %8532 : f32[] @ models/lib/nn.yaml:79:7
%8545 = broadcast %8544 : f32[24,16] @ models/lib/nn.yaml:79:7
%8546 = mul %8543, %8545 : f32[24,16] @ models/lib/nn.yaml:79:7
%8547 = sub %8517, %8546 : f32[24,16] @ models/lib/nn.yaml:79:7
%8548 = assign %69, %8547 : f32[24,16] @ models/lib/nn.yaml:79:7
%8549 = assign %8512, %8522 : f32[24,16] @ models/lib/nn.yaml:79:7
%8550 = assign %8513, %8528 : f32[24,16] @ models/lib/nn.yaml:79:7
%8551 = assign %8514, %8515 : i64[] @ models/lib/nn.yaml:79:7
%8552 = broadcast %5326 : f32[24,16] @ models/lib/nn.yaml:79:7
%8553 = mul %147, %8552 : f32[24,16] @ models/lib/nn.yaml:79:7
%8554 = broadcast %5330 : f32[24,16] @ models/lib/nn.yaml:79:7
%8555 = mul %8547, %8554 : f32[24,16] @ models/lib/nn.yaml:79:7
%8556 = add %8553, %8555 : f32[24,16] @ models/lib/nn.yaml:79:7
%8557 = assign %147, %8556 : f32[24,16] @ models/lib/nn.yaml:79:7
%8558 = all_reduce_sum %4426 : f32[24] @ models/lib/nn.yaml:80:7
%8559 = mul %8558, %8558 : f32[24] @ models/lib/nn.yaml:80:7
%8560 = reduce_sum %8559 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8561 = sqrt %8560 : f32[] @ models/lib/nn.yaml:80:7
%8562 = cast %8561 : f64[] @ models/lib/nn.yaml:80:7
%8563 = add %8562, %5266 : f64[] @ models/lib/nn.yaml:80:7
%8564 = div %5268, %8563 : f64[] @ models/lib/nn.yaml:80:7
%8565 = lt %8564, %5270 : bool[] @ models/lib/nn.yaml:80:7
%8566 = cast %8564 : f32[] @ models/lib/nn.yaml:80:7
%8567 = broadcast %8566 : f32[24] @ models/lib/nn.yaml:80:7
%8568 = mul %8558, %8567 : f32[24] @ models/lib/nn.yaml:80:7
%8569 = broadcast %8565 : bool[24] @ models/lib/nn.yaml:80:7
%8570 = select %8569, %8568, %8558 : f32[24] @ models/lib/nn.yaml:80:7
%8571 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8572 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8573 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8574 = add %8573, %5280 : i64[] @ models/lib/nn.yaml:80:7
%8575 = broadcast %3070 : f32[24] @ models/lib/nn.yaml:80:7
%8576 = mul %8570, %8575 : f32[24] @ models/lib/nn.yaml:80:7
%8577 = broadcast %2110 : f32[24] @ models/lib/nn.yaml:80:7
%8578 = mul %8571, %8577 : f32[24] @ models/lib/nn.yaml:80:7
%8579 = add %8578, %8576 : f32[24] @ models/lib/nn.yaml:80:7
%8580 = mul %8570, %8570 : f32[24] @ models/lib/nn.yaml:80:7
%8581 = broadcast %5294 : f32[24] @ models/lib/nn.yaml:80:7
%8582 = mul %8580, %8581 : f32[24] @ models/lib/nn.yaml:80:7
%8583 = broadcast %5298 : f32[24] @ models/lib/nn.yaml:80:7
%8584 = mul %8572, %8583 : f32[24] @ models/lib/nn.yaml:80:7
%8585 = add %8584, %8582 : f32[24] @ models/lib/nn.yaml:80:7
%8586 = cast %8574 : f64[] @ models/lib/nn.yaml:80:7
%8587 = pow %5289, %8586 : f64[] @ models/lib/nn.yaml:80:7
%8588 = sub %5270, %8587 : f64[] @ models/lib/nn.yaml:80:7
%8589 = div %3314, %8588 : f64[] @ models/lib/nn.yaml:80:7
%8590 = pow %5297, %8586 : f64[] @ models/lib/nn.yaml:80:7
%8591 = sub %5270, %8590 : f64[] @ models/lib/nn.yaml:80:7
%8592 = sqrt %8591 : f64[] @ models/lib/nn.yaml:80:7
%8593 = div %5270, %8592 : f64[] @ models/lib/nn.yaml:80:7
%8594 = sqrt %8585 : f32[24] @ models/lib/nn.yaml:80:7
%8595 = cast %8593 : f32[] @ models/lib/nn.yaml:80:7
%8596 = broadcast %8595 : f32[24] @ models/lib/nn.yaml:80:7
%8597 = mul %8594, %8596 : f32[24] @ models/lib/nn.yaml:80:7
%8598 = broadcast %5314 : f32[24] @ models/lib/nn.yaml:80:7
%8599 = add %8597, %8598 : f32[24] @ models/lib/nn.yaml:80:7
%8600 = div %8579, %8599 : f32[24] @ models/lib/nn.yaml:80:7
%8601 = cast %8589 : f32[] @ models/lib/nn.yaml:80:7
%8602 = broadcast %8601 : f32[24] @ models/lib/nn.yaml:80:7
%8603 = mul %8600, %8602 : f32[24] @ models/lib/nn.yaml:80:7
%8604 = sub %70, %8603 : f32[24] @ models/lib/nn.yaml:80:7
%8605 = assign %70, %8604 : f32[24] @ models/lib/nn.yaml:80:7
%8606 = assign %8571, %8579 : f32[24] @ models/lib/nn.yaml:80:7
%8607 = assign %8572, %8585 : f32[24] @ models/lib/nn.yaml:80:7
%8608 = assign %8573, %8574 : i64[] @ models/lib/nn.yaml:80:7
%8609 = broadcast %5326 : f32[24] @ models/lib/nn.yaml:80:7
%8610 = mul %148, %8609 : f32[24] @ models/lib/nn.yaml:80:7
%8611 = broadcast %5330 : f32[24] @ models/lib/nn.yaml:80:7
%8612 = mul %8604, %8611 : f32[24] @ models/lib/nn.yaml:80:7
%8613 = add %8610, %8612 : f32[24] @ models/lib/nn.yaml:80:7
%8614 = assign %148, %8613 : f32[24] @ models/lib/nn.yaml:80:7
%8615 = all_reduce_sum %4413 : f32[24,24] @ models/lib/nn.yaml:79:7
%8616 = reshape %8615 : f32[576] @ models/lib/nn.yaml:79:7
%8617 = mul %8616, %8616 : f32[576] @ models/lib/nn.yaml:79:7
%8618 = reduce_sum %8617 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8619 = sqrt %8618 : f32[] @ models/lib/nn.yaml:79:7
%8620 = cast %8619 : f64[] @ models/lib/nn.yaml:79:7
%8621 = add %8620, %5266 : f64[] @ models/lib/nn.yaml:79:7
%8622 = div %5268, %8621 : f64[] @ models/lib/nn.yaml:79:7
%8623 = lt %8622, %5270 : bool[] @ models/lib/nn.yaml:79:7
%8624 = cast %8622 : f32[] @ models/lib/nn.yaml:79:7
%8625 = broadcast %8624 : f32[24,24] @ models/lib/nn.yaml:79:7
%8626 = mul %8615, %8625 : f32[24,24] @ models/lib/nn.yaml:79:7
%8627 = broadcast %8623 : bool[24,24] @ models/lib/nn.yaml:79:7
%8628 = select %8627, %8626, %8615 : f32[24,24] @ models/lib/nn.yaml:79:7
%8629 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%8630 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%8631 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8632 = add %8631, %5280 : i64[] @ models/lib/nn.yaml:79:7
%8633 = broadcast %5284 : f32[24,24] @ models/lib/nn.yaml:79:7
%8634 = mul %71, %8633 : f32[24,24] @ models/lib/nn.yaml:79:7
%8635 = broadcast %3070 : f32[24,24] @ models/lib/nn.yaml:79:7
%8636 = mul %8628, %8635 : f32[24,24] @ models/lib/nn.yaml:79:7
%8637 = broadcast %2110 : f32[24,24] @ models/lib/nn.yaml:79:7
%8638 = mul %8629, %8637 : f32[24,24] @ models/lib/nn.yaml:79:7
%8639 = add %8638, %8636 : f32[24,24] @ models/lib/nn.yaml:79:7
%8640 = mul %8628, %8628 : f32[24,24] @ models/lib/nn.yaml:79:7
%8641 = broadcast %5294 : f32[24,24] @ models/lib/nn.yaml:79:7
%8642 = mul %8640, %8641 : f32[24,24] @ models/lib/nn.yaml:79:7
%8643 = broadcast %5298 : f32[24,24] @ models/lib/nn.yaml:79:7
%8644 = mul %8630, %8643 : f32[24,24] @ models/lib/nn.yaml:79:7
%8645 = add %8644, %8642 : f32[24,24] @ models/lib/nn.yaml:79:7
%8646 = cast %8632 : f64[] @ models/lib/nn.yaml:79:7
%8647 = pow %5289, %8646 : f64[] @ models/lib/nn.yaml:79:7
%8648 = sub %5270, %8647 : f64[] @ models/lib/nn.yaml:79:7
%8649 = div %3314, %8648 : f64[] @ models/lib/nn.yaml:79:7
%8650 = pow %5297, %8646 : f64[] @ models/lib/nn.yaml:79:7
%8651 = sub %5270, %8650 : f64[] @ models/lib/nn.yaml:79:7
%8652 = sqrt %8651 : f64[] @ models/lib/nn.yaml:79:7
%8653 = div %5270, %8652 : f64[] @ models/lib/nn.yaml:79:7
%8654 = sqrt %8645 : f32[24,24] @ models/lib/nn.yaml:79:7
%8655 = cast %8653 : f32[] @ models/lib/nn.yaml:79:7
%8656 = broadcast %8655 : f32[24,24] @ models/lib/nn.yaml:79:7
%8657 = mul %8654, %8656 : f32[24,24] @ models/lib/nn.yaml:79:7
%8658 = broadcast %5314 : f32[24,24] @ models/lib/nn.yaml:79:7
%8659 = add %8657, %8658 : f32[24,24] @ models/lib/nn.yaml:79:7
%8660 = div %8639, %8659 : f32[24,24] @ models/lib/nn.yaml:79:7
%8661 = cast %8649 : f32[] @ models/lib/nn.yaml:79:7
%8662 = broadcast %8661 : f32[24,24] @ models/lib/nn.yaml:79:7
%8663 = mul %8660, %8662 : f32[24,24] @ models/lib/nn.yaml:79:7
%8664 = sub %8634, %8663 : f32[24,24] @ models/lib/nn.yaml:79:7
%8665 = assign %71, %8664 : f32[24,24] @ models/lib/nn.yaml:79:7
%8666 = assign %8629, %8639 : f32[24,24] @ models/lib/nn.yaml:79:7
%8667 = assign %8630, %8645 : f32[24,24] @ models/lib/nn.yaml:79:7
%8668 = assign %8631, %8632 : i64[] @ models/lib/nn.yaml:79:7
%8669 = broadcast %5326 : f32[24,24] @ models/lib/nn.yaml:79:7
%8670 = mul %149, %8669 : f32[24,24] @ models/lib/nn.yaml:79:7
%8671 = broadcast %5330 : f32[24,24] @ models/lib/nn.yaml:79:7
%8672 = mul %8664, %8671 : f32[24,24] @ models/lib/nn.yaml:79:7
%8673 = add %8670, %8672 : f32[24,24] @ models/lib/nn.yaml:79:7
%8674 = assign %149, %8673 : f32[24,24] @ models/lib/nn.yaml:79:7
%8675 = all_reduce_sum %4408 : f32[24] @ models/lib/nn.yaml:80:7
%8676 = mul %8675, %8675 : f32[24] @ models/lib/nn.yaml:80:7
%8677 = reduce_sum %8676 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8678 = sqrt %8677 : f32[] @ models/lib/nn.yaml:80:7
%8679 = cast %8678 : f64[] @ models/lib/nn.yaml:80:7
%8680 = add %8679, %5266 : f64[] @ models/lib/nn.yaml:80:7
%8681 = div %5268, %8680 : f64[] @ models/lib/nn.yaml:80:7
%8682 = lt %8681, %5270 : bool[] @ models/lib/nn.yaml:80:7
%8683 = cast %8681 : f32[] @ models/lib/nn.yaml:80:7
%8684 = broadcast %8683 : f32[24] @ models/lib/nn.yaml:80:7
%8685 = mul %8675, %8684 : f32[24] @ models/lib/nn.yaml:80:7
%8686 = broadcast %8682 : bool[24] @ models/lib/nn.yaml:80:7
%8687 = select %8686, %8685, %8675 : f32[24] @ models/lib/nn.yaml:80:7
%8688 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8689 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8690 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8691 = add %8690, %5280 : i64[] @ models/lib/nn.yaml:80:7
%8692 = mul %8687, %8575 : f32[24] @ models/lib/nn.yaml:80:7
%8693 = mul %8688, %8577 : f32[24] @ models/lib/nn.yaml:80:7
%8694 = add %8693, %8692 : f32[24] @ models/lib/nn.yaml:80:7
%8695 = mul %8687, %8687 : f32[24] @ models/lib/nn.yaml:80:7
%8696 = mul %8695, %8581 : f32[24] @ models/lib/nn.yaml:80:7
%8697 = mul %8689, %8583 : f32[24] @ models/lib/nn.yaml:80:7
%8698 = add %8697, %8696 : f32[24] @ models/lib/nn.yaml:80:7
%8699 = cast %8691 : f64[] @ models/lib/nn.yaml:80:7
%8700 = pow %5289, %8699 : f64[] @ models/lib/nn.yaml:80:7
%8701 = sub %5270, %8700 : f64[] @ models/lib/nn.yaml:80:7
%8702 = div %3314, %8701 : f64[] @ models/lib/nn.yaml:80:7
%8703 = pow %5297, %8699 : f64[] @ models/lib/nn.yaml:80:7
%8704 = sub %5270, %8703 : f64[] @ models/lib/nn.yaml:80:7
%8705 = sqrt %8704 : f64[] @ models/lib/nn.yaml:80:7
%8706 = div %5270, %8705 : f64[] @ models/lib/nn.yaml:80:7
%8707 = sqrt %8698 : f32[24] @ models/lib/nn.yaml:80:7
%8708 = cast %8706 : f32[] @ models/lib/nn.yaml:80:7
%8709 = broadcast %8708 : f32[24] @ models/lib/nn.yaml:80:7
%8710 = mul %8707, %8709 : f32[24] @ models/lib/nn.yaml:80:7
%8711 = add %8710, %8598 : f32[24] @ models/lib/nn.yaml:80:7
%8712 = div %8694, %8711 : f32[24] @ models/lib/nn.yaml:80:7
%8713 = cast %8702 : f32[] @ models/lib/nn.yaml:80:7
%8714 = broadcast %8713 : f32[24] @ models/lib/nn.yaml:80:7
%8715 = mul %8712, %8714 : f32[24] @ models/lib/nn.yaml:80:7
%8716 = sub %72, %8715 : f32[24] @ models/lib/nn.yaml:80:7
%8717 = assign %72, %8716 : f32[24] @ models/lib/nn.yaml:80:7
%8718 = assign %8688, %8694 : f32[24] @ models/lib/nn.yaml:80:7
%8719 = assign %8689, %8698 : f32[24] @ models/lib/nn.yaml:80:7
%8720 = assign %8690, %8691 : i64[] @ models/lib/nn.yaml:80:7
%8721 = mul %150, %8609 : f32[24] @ models/lib/nn.yaml:80:7
%8722 = mul %8716, %8611 : f32[24] @ models/lib/nn.yaml:80:7
%8723 = add %8721, %8722 : f32[24] @ models/lib/nn.yaml:80:7
%8724 = assign %150, %8723 : f32[24] @ models/lib/nn.yaml:80:7
%8725 = all_reduce_sum %4395 : f32[8,24] @ models/lib/nn.yaml:79:7
%8726 = reshape %8725 : f32[192] @ models/lib/nn.yaml:79:7
%8727 = mul %8726, %8726 : f32[192] @ models/lib/nn.yaml:79:7
%8728 = reduce_sum %8727 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8729 = sqrt %8728 : f32[] @ models/lib/nn.yaml:79:7
%8730 = cast %8729 : f64[] @ models/lib/nn.yaml:79:7
%8731 = add %8730, %5266 : f64[] @ models/lib/nn.yaml:79:7
%8732 = div %5268, %8731 : f64[] @ models/lib/nn.yaml:79:7
%8733 = lt %8732, %5270 : bool[] @ models/lib/nn.yaml:79:7
%8734 = cast %8732 : f32[] @ models/lib/nn.yaml:79:7
%8735 = broadcast %8734 : f32[8,24] @ models/lib/nn.yaml:79:7
%8736 = mul %8725, %8735 : f32[8,24] @ models/lib/nn.yaml:79:7
%8737 = broadcast %8733 : bool[8,24] @ models/lib/nn.yaml:79:7
%8738 = select %8737, %8736, %8725 : f32[8,24] @ models/lib/nn.yaml:79:7
%8739 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8740 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8741 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8742 = add %8741, %5280 : i64[] @ models/lib/nn.yaml:79:7
%8743 = broadcast %5284 : f32[8,24] @ models/lib/nn.yaml:79:7
%8744 = mul %73, %8743 : f32[8,24] @ models/lib/nn.yaml:79:7
%8745 = broadcast %3070 : f32[8,24] @ models/lib/nn.yaml:79:7
%8746 = mul %8738, %8745 : f32[8,24] @ models/lib/nn.yaml:79:7
%8747 = broadcast %2110 : f32[8,24] @ models/lib/nn.yaml:79:7
%8748 = mul %8739, %8747 : f32[8,24] @ models/lib/nn.yaml:79:7
%8749 = add %8748, %8746 : f32[8,24] @ models/lib/nn.yaml:79:7
%8750 = mul %8738, %8738 : f32[8,24] @ models/lib/nn.yaml:79:7
%8751 = broadcast %5294 : f32[8,24] @ models/lib/nn.yaml:79:7
%8752 = mul %8750, %8751 : f32[8,24] @ models/lib/nn.yaml:79:7
%8753 = broadcast %5298 : f32[8,24] @ models/lib/nn.yaml:79:7
%8754 = mul %8740, %8753 : f32[8,24] @ models/lib/nn.yaml:79:7
%8755 = add %8754, %8752 : f32[8,24] @ models/lib/nn.yaml:79:7
%8756 = cast %8742 : f64[] @ models/lib/nn.yaml:79:7
%8757 = pow %5289, %8756 : f64[] @ models/lib/nn.yaml:79:7
%8758 = sub %5270, %8757 : f64[] @ models/lib/nn.yaml:79:7
%8759 = div %3314, %8758 : f64[] @ models/lib/nn.yaml:79:7
%8760 = pow %5297, %8756 : f64[] @ models/lib/nn.yaml:79:7
%8761 = sub %5270, %8760 : f64[] @ models/lib/nn.yaml:79:7
%8762 = sqrt %8761 : f64[] @ models/lib/nn.yaml:79:7
%8763 = div %5270, %8762 : f64[] @ models/lib/nn.yaml:79:7
%8764 = sqrt %8755 : f32[8,24] @ models/lib/nn.yaml:79:7
%8765 = cast %8763 : f32[] @ models/lib/nn.yaml:79:7
%8766 = broadcast %8765 : f32[8,24] @ models/lib/nn.yaml:79:7
%8767 = mul %8764, %8766 : f32[8,24] @ models/lib/nn.yaml:79:7
%8768 = broadcast %5314 : f32[8,24] @ models/lib/nn.yaml:79:7
%8769 = add %8767, %8768 : f32[8,24] @ models/lib/nn.yaml:79:7
%8770 = div %8749, %8769 : f32[8,24] @ models/lib/nn.yaml:79:7
%8771 = cast %8759 : f32[] @ models/lib/nn.yaml:79:7
%8772 = broadcast %8771 : f32[8,24] @ models/lib/nn.yaml:79:7
%8773 = mul %8770, %8772 : f32[8,24] @ models/lib/nn.yaml:79:7
%8774 = sub %8744, %8773 : f32[8,24] @ models/lib/nn.yaml:79:7
%8775 = assign %73, %8774 : f32[8,24] @ models/lib/nn.yaml:79:7
%8776 = assign %8739, %8749 : f32[8,24] @ models/lib/nn.yaml:79:7
%8777 = assign %8740, %8755 : f32[8,24] @ models/lib/nn.yaml:79:7
%8778 = assign %8741, %8742 : i64[] @ models/lib/nn.yaml:79:7
%8779 = broadcast %5326 : f32[8,24] @ models/lib/nn.yaml:79:7
%8780 = mul %151, %8779 : f32[8,24] @ models/lib/nn.yaml:79:7
%8781 = broadcast %5330 : f32[8,24] @ models/lib/nn.yaml:79:7
%8782 = mul %8774, %8781 : f32[8,24] @ models/lib/nn.yaml:79:7
%8783 = add %8780, %8782 : f32[8,24] @ models/lib/nn.yaml:79:7
%8784 = assign %151, %8783 : f32[8,24] @ models/lib/nn.yaml:79:7
%8785 = all_reduce_sum %4390 : f32[8] @ models/lib/nn.yaml:80:7
%8786 = mul %8785, %8785 : f32[8] @ models/lib/nn.yaml:80:7
%8787 = reduce_sum %8786 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8788 = sqrt %8787 : f32[] @ models/lib/nn.yaml:80:7
%8789 = cast %8788 : f64[] @ models/lib/nn.yaml:80:7
%8790 = add %8789, %5266 : f64[] @ models/lib/nn.yaml:80:7
%8791 = div %5268, %8790 : f64[] @ models/lib/nn.yaml:80:7
%8792 = lt %8791, %5270 : bool[] @ models/lib/nn.yaml:80:7
%8793 = cast %8791 : f32[] @ models/lib/nn.yaml:80:7
%8794 = broadcast %8793 : f32[8] @ models/lib/nn.yaml:80:7
%8795 = mul %8785, %8794 : f32[8] @ models/lib/nn.yaml:80:7
%8796 = broadcast %8792 : bool[8] @ models/lib/nn.yaml:80:7
%8797 = select %8796, %8795, %8785 : f32[8] @ models/lib/nn.yaml:80:7
%8798 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%8799 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%8800 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8801 = add %8800, %5280 : i64[] @ models/lib/nn.yaml:80:7
%8802 = broadcast %3070 : f32[8] @ models/lib/nn.yaml:80:7
%8803 = mul %8797, %8802 : f32[8] @ models/lib/nn.yaml:80:7
%8804 = broadcast %2110 : f32[8] @ models/lib/nn.yaml:80:7
%8805 = mul %8798, %8804 : f32[8] @ models/lib/nn.yaml:80:7
%8806 = add %8805, %8803 : f32[8] @ models/lib/nn.yaml:80:7
%8807 = mul %8797, %8797 : f32[8] @ models/lib/nn.yaml:80:7
%8808 = broadcast %5294 : f32[8] @ models/lib/nn.yaml:80:7
%8809 = mul %8807, %8808 : f32[8] @ models/lib/nn.yaml:80:7
%8810 = broadcast %5298 : f32[8] @ models/lib/nn.yaml:80:7
%8811 = mul %8799, %8810 : f32[8] @ models/lib/nn.yaml:80:7
%8812 = add %8811, %8809 : f32[8] @ models/lib/nn.yaml:80:7
%8813 = cast %8801 : f64[] @ models/lib/nn.yaml:80:7
%8814 = pow %5289, %8813 : f64[] @ models/lib/nn.yaml:80:7
%8815 = sub %5270, %8814 : f64[] @ models/lib/nn.yaml:80:7
%8816 = div %3314, %8815 : f64[] @ models/lib/nn.yaml:80:7
%8817 = pow %5297, %8813 : f64[] @ models/lib/nn.yaml:80:7
%8818 = sub %5270, %8817 : f64[] @ models/lib/nn.yaml:80:7
%8819 = sqrt %8818 : f64[] @ models/lib/nn.yaml:80:7
%8820 = div %5270, %8819 : f64[] @ models/lib/nn.yaml:80:7
%8821 = sqrt %8812 : f32[8] @ models/lib/nn.yaml:80:7
%8822 = cast %8820 : f32[] @ models/lib/nn.yaml:80:7
%8823 = broadcast %8822 : f32[8] @ models/lib/nn.yaml:80:7
%8824 = mul %8821, %8823 : f32[8] @ models/lib/nn.yaml:80:7
%8825 = broadcast %5314 : f32[8] @ models/lib/nn.yaml:80:7
%8826 = add %8824, %8825 : f32[8] @ models/lib/nn.yaml:80:7
%8827 = div %8806, %8826 : f32[8] @ models/lib/nn.yaml:80:7
%8828 = cast %8816 : f32[] @ models/lib/nn.yaml:80:7
%8829 = broadcast %8828 : f32[8] @ models/lib/nn.yaml:80:7
%8830 = mul %8827, %8829 : f32[8] @ models/lib/nn.yaml:80:7
%8831 = sub %74, %8830 : f32[8] @ models/lib/nn.yaml:80:7
%8832 = assign %74, %8831 : f32[8] @ models/lib/nn.yaml:80:7
%8833 = assign %8798, %8806 : f32[8] @ models/lib/nn.yaml:80:7
%8834 = assign %8799, %8812 : f32[8] @ models/lib/nn.yaml:80:7
%8835 = assign %8800, %8801 : i64[] @ models/lib/nn.yaml:80:7
%8836 = broadcast %5326 : f32[8] @ models/lib/nn.yaml:80:7
%8837 = mul %152, %8836 : f32[8] @ models/lib/nn.yaml:80:7
%8838 = broadcast %5330 : f32[8] @ models/lib/nn.yaml:80:7
%8839 = mul %8831, %8838 : f32[8] @ models/lib/nn.yaml:80:7
%8840 = add %8837, %8839 : f32[8] @ models/lib/nn.yaml:80:7
%8841 = assign %152, %8840 : f32[8] @ models/lib/nn.yaml:80:7
%8842 = broadcast %5326 : f32[32,1] @ models/lib/dino.yaml:18:7
%8843 = mul %153, %8842 : f32[32,1] @ models/lib/dino.yaml:18:7
%8844 = broadcast %5330 : f32[32,1] @ models/lib/dino.yaml:18:7
%8845 = mul %75, %8844 : f32[32,1] @ models/lib/dino.yaml:18:7
%8846 = add %8843, %8845 : f32[32,1] @ models/lib/dino.yaml:18:7
%8847 = assign %153, %8846 : f32[32,1] @ models/lib/dino.yaml:18:7
%8848 = all_reduce_sum %4372 : f32[32,8] @ models/lib/dino.yaml:19:7
%8849 = reshape %8848 : f32[256] @ models/lib/dino.yaml:19:7
%8850 = mul %8849, %8849 : f32[256] @ models/lib/dino.yaml:19:7
%8851 = reduce_sum %8850 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%8852 = sqrt %8851 : f32[] @ models/lib/dino.yaml:19:7
%8853 = cast %8852 : f64[] @ models/lib/dino.yaml:19:7
%8854 = add %8853, %5266 : f64[] @ models/lib/dino.yaml:19:7
%8855 = div %5268, %8854 : f64[] @ models/lib/dino.yaml:19:7
%8856 = lt %8855, %5270 : bool[] @ models/lib/dino.yaml:19:7
%8857 = cast %8855 : f32[] @ models/lib/dino.yaml:19:7
%8858 = broadcast %8857 : f32[32,8] @ models/lib/dino.yaml:19:7
%8859 = mul %8848, %8858 : f32[32,8] @ models/lib/dino.yaml:19:7
%8860 = broadcast %8856 : bool[32,8] @ models/lib/dino.yaml:19:7
%8861 = select %8860, %8859, %8848 : f32[32,8] @ models/lib/dino.yaml:19:7
%8862 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%8863 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%8864 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%8865 = add %8864, %5280 : i64[] @ models/lib/dino.yaml:19:7
%8866 = broadcast %5284 : f32[32,8] @ models/lib/dino.yaml:19:7
%8867 = mul %76, %8866 : f32[32,8] @ models/lib/dino.yaml:19:7
%8868 = broadcast %3070 : f32[32,8] @ models/lib/dino.yaml:19:7
%8869 = mul %8861, %8868 : f32[32,8] @ models/lib/dino.yaml:19:7
%8870 = broadcast %2110 : f32[32,8] @ models/lib/dino.yaml:19:7
%8871 = mul %8862, %8870 : f32[32,8] @ models/lib/dino.yaml:19:7
%8872 = add %8871, %8869 : f32[32,8] @ models/lib/dino.yaml:19:7
%8873 = mul %8861, %8861 : f32[32,8] @ models/lib/dino.yaml:19:7
%8874 = broadcast %5294 : f32[32,8] @ models/lib/dino.yaml:19:7
%8875 = mul %8873, %8874 : f32[32,8] @ models/lib/dino.yaml:19:7
%8876 = broadcast %5298 : f32[32,8] @ models/lib/dino.yaml:19:7
%8877 = mul %8863, %8876 : f32[32,8] @ models/lib/dino.yaml:19:7
%8878 = add %8877, %8875 : f32[32,8] @ models/lib/dino.yaml:19:7
%8879 = cast %8865 : f64[] @ models/lib/dino.yaml:19:7
%8880 = pow %5289, %8879 : f64[] @ models/lib/dino.yaml:19:7
%8881 = sub %5270, %8880 : f64[] @ models/lib/dino.yaml:19:7
%8882 = div %3314, %8881 : f64[] @ models/lib/dino.yaml:19:7
%8883 = pow %5297, %8879 : f64[] @ models/lib/dino.yaml:19:7
%8884 = sub %5270, %8883 : f64[] @ models/lib/dino.yaml:19:7
%8885 = sqrt %8884 : f64[] @ models/lib/dino.yaml:19:7
%8886 = div %5270, %8885 : f64[] @ models/lib/dino.yaml:19:7
%8887 = sqrt %8878 : f32[32,8] @ models/lib/dino.yaml:19:7
%8888 = cast %8886 : f32[] @ models/lib/dino.yaml:19:7
%8889 = broadcast %8888 : f32[32,8] @ models/lib/dino.yaml:19:7
%8890 = mul %8887, %8889 : f32[32,8] @ models/lib/dino.yaml:19:7
%8891 = broadcast %5314 : f32[32,8] @ models/lib/dino.yaml:19:7
%8892 = add %8890, %8891 : f32[32,8] @ models/lib/dino.yaml:19:7
%8893 = div %8872, %8892 : f32[32,8] @ models/lib/dino.yaml:19:7
%8894 = cast %8882 : f32[] @ models/lib/dino.yaml:19:7
%8895 = broadcast %8894 : f32[32,8] @ models/lib/dino.yaml:19:7
%8896 = mul %8893, %8895 : f32[32,8] @ models/lib/dino.yaml:19:7
%8897 = sub %8867, %8896 : f32[32,8] @ models/lib/dino.yaml:19:7
%8898 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%8899 = lt %8898, %5280 : bool[] @ models/lib/dino.yaml:19:7
%8900 = broadcast %8899 : bool[32,8] @ models/lib/dino.yaml:19:7
%8901 = select %8900, %76, %8897 : f32[32,8] @ models/lib/dino.yaml:19:7
%8902 = select %8900, %8862, %8872 : f32[32,8] @ models/lib/dino.yaml:19:7
%8903 = select %8900, %8863, %8878 : f32[32,8] @ models/lib/dino.yaml:19:7
%8904 = select %8899, %8864, %8865 : i64[] @ models/lib/dino.yaml:19:7
%8905 = assign %76, %8901 : f32[32,8] @ models/lib/dino.yaml:19:7
%8906 = assign %8862, %8902 : f32[32,8] @ models/lib/dino.yaml:19:7
%8907 = assign %8863, %8903 : f32[32,8] @ models/lib/dino.yaml:19:7
%8908 = assign %8864, %8904 : i64[] @ models/lib/dino.yaml:19:7
%8909 = broadcast %5326 : f32[32,8] @ models/lib/dino.yaml:19:7
%8910 = mul %154, %8909 : f32[32,8] @ models/lib/dino.yaml:19:7
%8911 = broadcast %5330 : f32[32,8] @ models/lib/dino.yaml:19:7
%8912 = mul %8901, %8911 : f32[32,8] @ models/lib/dino.yaml:19:7
%8913 = add %8910, %8912 : f32[32,8] @ models/lib/dino.yaml:19:7
%8914 = assign %154, %8913 : f32[32,8] @ models/lib/dino.yaml:19:7
%8915 = all_reduce_sum %4356 : f32[24,16] @ models/lib/nn.yaml:79:7
%8916 = reshape %8915 : f32[384] @ models/lib/nn.yaml:79:7
%8917 = mul %8916, %8916 : f32[384] @ models/lib/nn.yaml:79:7
%8918 = reduce_sum %8917 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8919 = sqrt %8918 : f32[] @ models/lib/nn.yaml:79:7
%8920 = cast %8919 : f64[] @ models/lib/nn.yaml:79:7
%8921 = add %8920, %5266 : f64[] @ models/lib/nn.yaml:79:7
%8922 = div %5268, %8921 : f64[] @ models/lib/nn.yaml:79:7
%8923 = lt %8922, %5270 : bool[] @ models/lib/nn.yaml:79:7
%8924 = cast %8922 : f32[] @ models/lib/nn.yaml:79:7
%8925 = broadcast %8924 : f32[24,16] @ models/lib/nn.yaml:79:7
%8926 = mul %8915, %8925 : f32[24,16] @ models/lib/nn.yaml:79:7
%8927 = broadcast %8923 : bool[24,16] @ models/lib/nn.yaml:79:7
%8928 = select %8927, %8926, %8915 : f32[24,16] @ models/lib/nn.yaml:79:7
%8929 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%8930 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%8931 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8932 = add %8931, %5280 : i64[] @ models/lib/nn.yaml:79:7
%8933 = mul %77, %8516 : f32[24,16] @ models/lib/nn.yaml:79:7
%8934 = mul %8928, %8518 : f32[24,16] @ models/lib/nn.yaml:79:7
%8935 = mul %8929, %8520 : f32[24,16] @ models/lib/nn.yaml:79:7
%8936 = add %8935, %8934 : f32[24,16] @ models/lib/nn.yaml:79:7
%8937 = mul %8928, %8928 : f32[24,16] @ models/lib/nn.yaml:79:7
%8938 = mul %8937, %8524 : f32[24,16] @ models/lib/nn.yaml:79:7
%8939 = mul %8930, %8526 : f32[24,16] @ models/lib/nn.yaml:79:7
%8940 = add %8939, %8938 : f32[24,16] @ models/lib/nn.yaml:79:7
%8941 = cast %8932 : f64[] @ models/lib/nn.yaml:79:7
%8942 = pow %5289, %8941 : f64[] @ models/lib/nn.yaml:79:7
%8943 = sub %5270, %8942 : f64[] @ models/lib/nn.yaml:79:7
%8944 = div %3314, %8943 : f64[] @ models/lib/nn.yaml:79:7
%8945 = pow %5297, %8941 : f64[] @ models/lib/nn.yaml:79:7
%8946 = sub %5270, %8945 : f64[] @ models/lib/nn.yaml:79:7
%8947 = sqrt %8946 : f64[] @ models/lib/nn.yaml:79:7
%8948 = div %5270, %8947 : f64[] @ models/lib/nn.yaml:79:7
%8949 = sqrt %8940 : f32[24,16] @ models/lib/nn.yaml:79:7
%8950 = cast %8948 : f32[] @ models/lib/nn.yaml:79:7
%8951 = broadcast %8950 : f32[24,16] @ models/lib/nn.yaml:79:7
%8952 = mul %8949, %8951 : f32[24,16] @ models/lib/nn.yaml:79:7
%8953 = add %8952, %8541 : f32[24,16] @ models/lib/nn.yaml:79:7
%8954 = div %8936, %8953 : f32[24,16] @ models/lib/nn.yaml:79:7
%8955 = cast %8944 : f32[] @ models/lib/nn.yaml:79:7
%8956 = broadcast %8955 : f32[24,16] @ models/lib/nn.yaml:79:7
%8957 = mul %8954, %8956 : f32[24,16] @ models/lib/nn.yaml:79:7
%8958 = sub %8933, %8957 : f32[24,16] @ models/lib/nn.yaml:79:7
%8959 = assign %77, %8958 : f32[24,16] @ models/lib/nn.yaml:79:7
%8960 = assign %8929, %8936 : f32[24,16] @ models/lib/nn.yaml:79:7
%8961 = assign %8930, %8940 : f32[24,16] @ models/lib/nn.yaml:79:7
%8962 = assign %8931, %8932 : i64[] @ models/lib/nn.yaml:79:7
%8963 = mul %155, %8552 : f32[24,16] @ models/lib/nn.yaml:79:7
%8964 = mul %8958, %8554 : f32[24,16] @ models/lib/nn.yaml:79:7
%8965 = add %8963, %8964 : f32[24,16] @ models/lib/nn.yaml:79:7
%8966 = assign %155, %8965 : f32[24,16] @ models/lib/nn.yaml:79:7
%8967 = all_reduce_sum %4351 : f32[24] @ models/lib/nn.yaml:80:7
%8968 = mul %8967, %8967 : f32[24] @ models/lib/nn.yaml:80:7
%8969 = reduce_sum %8968 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8970 = sqrt %8969 : f32[] @ models/lib/nn.yaml:80:7
%8971 = cast %8970 : f64[] @ models/lib/nn.yaml:80:7
%8972 = add %8971, %5266 : f64[] @ models/lib/nn.yaml:80:7
%8973 = div %5268, %8972 : f64[] @ models/lib/nn.yaml:80:7
%8974 = lt %8973, %5270 : bool[] @ models/lib/nn.yaml:80:7
%8975 = cast %8973 : f32[] @ models/lib/nn.yaml:80:7
%8976 = broadcast %8975 : f32[24] @ models/lib/nn.yaml:80:7
%8977 = mul %8967, %8976 : f32[24] @ models/lib/nn.yaml:80:7
%8978 = broadcast %8974 : bool[24] @ models/lib/nn.yaml:80:7
%8979 = select %8978, %8977, %8967 : f32[24] @ models/lib/nn.yaml:80:7
%8980 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8981 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8982 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8983 = add %8982, %5280 : i64[] @ models/lib/nn.yaml:80:7
%8984 = mul %8979, %8575 : f32[24] @ models/lib/nn.yaml:80:7
%8985 = mul %8980, %8577 : f32[24] @ models/lib/nn.yaml:80:7
%8986 = add %8985, %8984 : f32[24] @ models/lib/nn.yaml:80:7
%8987 = mul %8979, %8979 : f32[24] @ models/lib/nn.yaml:80:7
%8988 = mul %8987, %8581 : f32[24] @ models/lib/nn.yaml:80:7
%8989 = mul %8981, %8583 : f32[24] @ models/lib/nn.yaml:80:7
%8990 = add %8989, %8988 : f32[24] @ models/lib/nn.yaml:80:7
%8991 = cast %8983 : f64[] @ models/lib/nn.yaml:80:7
%8992 = pow %5289, %8991 : f64[] @ models/lib/nn.yaml:80:7
%8993 = sub %5270, %8992 : f64[] @ models/lib/nn.yaml:80:7
%8994 = div %3314, %8993 : f64[] @ models/lib/nn.yaml:80:7
%8995 = pow %5297, %8991 : f64[] @ models/lib/nn.yaml:80:7
%8996 = sub %5270, %8995 : f64[] @ models/lib/nn.yaml:80:7
%8997 = sqrt %8996 : f64[] @ models/lib/nn.yaml:80:7
%8998 = div %5270, %8997 : f64[] @ models/lib/nn.yaml:80:7
%8999 = sqrt %8990 : f32[24] @ models/lib/nn.yaml:80:7
%9000 = cast %8998 : f32[] @ models/lib/nn.yaml:80:7
%9001 = broadcast %9000 : f32[24] @ models/lib/nn.yaml:80:7
%9002 = mul %8999, %9001 : f32[24] @ models/lib/nn.yaml:80:7
%9003 = add %9002, %8598 : f32[24] @ models/lib/nn.yaml:80:7
%9004 = div %8986, %9003 : f32[24] @ models/lib/nn.yaml:80:7
%9005 = cast %8994 : f32[] @ models/lib/nn.yaml:80:7
%9006 = broadcast %9005 : f32[24] @ models/lib/nn.yaml:80:7
%9007 = mul %9004, %9006 : f32[24] @ models/lib/nn.yaml:80:7
%9008 = sub %78, %9007 : f32[24] @ models/lib/nn.yaml:80:7
%9009 = assign %78, %9008 : f32[24] @ models/lib/nn.yaml:80:7
%9010 = assign %8980, %8986 : f32[24] @ models/lib/nn.yaml:80:7
%9011 = assign %8981, %8990 : f32[24] @ models/lib/nn.yaml:80:7
%9012 = assign %8982, %8983 : i64[] @ models/lib/nn.yaml:80:7
%9013 = mul %156, %8609 : f32[24] @ models/lib/nn.yaml:80:7
%9014 = mul %9008, %8611 : f32[24] @ models/lib/nn.yaml:80:7
%9015 = add %9013, %9014 : f32[24] @ models/lib/nn.yaml:80:7
%9016 = assign %156, %9015 : f32[24] @ models/lib/nn.yaml:80:7
%9017 = all_reduce_sum %4336 : f32[24,24] @ models/lib/nn.yaml:79:7
%9018 = reshape %9017 : f32[576] @ models/lib/nn.yaml:79:7
%9019 = mul %9018, %9018 : f32[576] @ models/lib/nn.yaml:79:7
%9020 = reduce_sum %9019 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9021 = sqrt %9020 : f32[] @ models/lib/nn.yaml:79:7
%9022 = cast %9021 : f64[] @ models/lib/nn.yaml:79:7
%9023 = add %9022, %5266 : f64[] @ models/lib/nn.yaml:79:7
%9024 = div %5268, %9023 : f64[] @ models/lib/nn.yaml:79:7
%9025 = lt %9024, %5270 : bool[] @ models/lib/nn.yaml:79:7
%9026 = cast %9024 : f32[] @ models/lib/nn.yaml:79:7
%9027 = broadcast %9026 : f32[24,24] @ models/lib/nn.yaml:79:7
%9028 = mul %9017, %9027 : f32[24,24] @ models/lib/nn.yaml:79:7
%9029 = broadcast %9025 : bool[24,24] @ models/lib/nn.yaml:79:7
%9030 = select %9029, %9028, %9017 : f32[24,24] @ models/lib/nn.yaml:79:7
%9031 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9032 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9033 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9034 = add %9033, %5280 : i64[] @ models/lib/nn.yaml:79:7
%9035 = mul %79, %8633 : f32[24,24] @ models/lib/nn.yaml:79:7
%9036 = mul %9030, %8635 : f32[24,24] @ models/lib/nn.yaml:79:7
%9037 = mul %9031, %8637 : f32[24,24] @ models/lib/nn.yaml:79:7
%9038 = add %9037, %9036 : f32[24,24] @ models/lib/nn.yaml:79:7
%9039 = mul %9030, %9030 : f32[24,24] @ models/lib/nn.yaml:79:7
%9040 = mul %9039, %8641 : f32[24,24] @ models/lib/nn.yaml:79:7
%9041 = mul %9032, %8643 : f32[24,24] @ models/lib/nn.yaml:79:7
%9042 = add %9041, %9040 : f32[24,24] @ models/lib/nn.yaml:79:7
%9043 = cast %9034 : f64[] @ models/lib/nn.yaml:79:7
%9044 = pow %5289, %9043 : f64[] @ models/lib/nn.yaml:79:7
%9045 = sub %5270, %9044 : f64[] @ models/lib/nn.yaml:79:7
%9046 = div %3314, %9045 : f64[] @ models/lib/nn.yaml:79:7
%9047 = pow %5297, %9043 : f64[] @ models/lib/nn.yaml:79:7
%9048 = sub %5270, %9047 : f64[] @ models/lib/nn.yaml:79:7
%9049 = sqrt %9048 : f64[] @ models/lib/nn.yaml:79:7
%9050 = div %5270, %9049 : f64[] @ models/lib/nn.yaml:79:7
%9051 = sqrt %9042 : f32[24,24] @ models/lib/nn.yaml:79:7
%9052 = cast %9050 : f32[] @ models/lib/nn.yaml:79:7
%9053 = broadcast %9052 : f32[24,24] @ models/lib/nn.yaml:79:7
%9054 = mul %9051, %9053 : f32[24,24] @ models/lib/nn.yaml:79:7
%9055 = add %9054, %8658 : f32[24,24] @ models/lib/nn.yaml:79:7
%9056 = div %9038, %9055 : f32[24,24] @ models/lib/nn.yaml:79:7
%9057 = cast %9046 : f32[] @ models/lib/nn.yaml:79:7
%9058 = broadcast %9057 : f32[24,24] @ models/lib/nn.yaml:79:7
%9059 = mul %9056, %9058 : f32[24,24] @ models/lib/nn.yaml:79:7
%9060 = sub %9035, %9059 : f32[24,24] @ models/lib/nn.yaml:79:7
%9061 = assign %79, %9060 : f32[24,24] @ models/lib/nn.yaml:79:7
%9062 = assign %9031, %9038 : f32[24,24] @ models/lib/nn.yaml:79:7
%9063 = assign %9032, %9042 : f32[24,24] @ models/lib/nn.yaml:79:7
%9064 = assign %9033, %9034 : i64[] @ models/lib/nn.yaml:79:7
%9065 = mul %157, %8669 : f32[24,24] @ models/lib/nn.yaml:79:7
%9066 = mul %9060, %8671 : f32[24,24] @ models/lib/nn.yaml:79:7
%9067 = add %9065, %9066 : f32[24,24] @ models/lib/nn.yaml:79:7
%9068 = assign %157, %9067 : f32[24,24] @ models/lib/nn.yaml:79:7
%9069 = all_reduce_sum %4331 : f32[24] @ models/lib/nn.yaml:80:7
%9070 = mul %9069, %9069 : f32[24] @ models/lib/nn.yaml:80:7
%9071 = reduce_sum %9070 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9072 = sqrt %9071 : f32[] @ models/lib/nn.yaml:80:7
%9073 = cast %9072 : f64[] @ models/lib/nn.yaml:80:7
%9074 = add %9073, %5266 : f64[] @ models/lib/nn.yaml:80:7
%9075 = div %5268, %9074 : f64[] @ models/lib/nn.yaml:80:7
%9076 = lt %9075, %5270 : bool[] @ models/lib/nn.yaml:80:7
%9077 = cast %9075 : f32[] @ models/lib/nn.yaml:80:7
%9078 = broadcast %9077 : f32[24] @ models/lib/nn.yaml:80:7
%9079 = mul %9069, %9078 : f32[24] @ models/lib/nn.yaml:80:7
%9080 = broadcast %9076 : bool[24] @ models/lib/nn.yaml:80:7
%9081 = select %9080, %9079, %9069 : f32[24] @ models/lib/nn.yaml:80:7
%9082 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9083 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9084 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9085 = add %9084, %5280 : i64[] @ models/lib/nn.yaml:80:7
%9086 = mul %9081, %8575 : f32[24] @ models/lib/nn.yaml:80:7
%9087 = mul %9082, %8577 : f32[24] @ models/lib/nn.yaml:80:7
%9088 = add %9087, %9086 : f32[24] @ models/lib/nn.yaml:80:7
%9089 = mul %9081, %9081 : f32[24] @ models/lib/nn.yaml:80:7
%9090 = mul %9089, %8581 : f32[24] @ models/lib/nn.yaml:80:7
%9091 = mul %9083, %8583 : f32[24] @ models/lib/nn.yaml:80:7
%9092 = add %9091, %9090 : f32[24] @ models/lib/nn.yaml:80:7
%9093 = cast %9085 : f64[] @ models/lib/nn.yaml:80:7
%9094 = pow %5289, %9093 : f64[] @ models/lib/nn.yaml:80:7
%9095 = sub %5270, %9094 : f64[] @ models/lib/nn.yaml:80:7
%9096 = div %3314, %9095 : f64[] @ models/lib/nn.yaml:80:7
%9097 = pow %5297, %9093 : f64[] @ models/lib/nn.yaml:80:7
%9098 = sub %5270, %9097 : f64[] @ models/lib/nn.yaml:80:7
%9099 = sqrt %9098 : f64[] @ models/lib/nn.yaml:80:7
%9100 = div %5270, %9099 : f64[] @ models/lib/nn.yaml:80:7
%9101 = sqrt %9092 : f32[24] @ models/lib/nn.yaml:80:7
%9102 = cast %9100 : f32[] @ models/lib/nn.yaml:80:7
%9103 = broadcast %9102 : f32[24] @ models/lib/nn.yaml:80:7
%9104 = mul %9101, %9103 : f32[24] @ models/lib/nn.yaml:80:7
%9105 = add %9104, %8598 : f32[24] @ models/lib/nn.yaml:80:7
%9106 = div %9088, %9105 : f32[24] @ models/lib/nn.yaml:80:7
%9107 = cast %9096 : f32[] @ models/lib/nn.yaml:80:7
%9108 = broadcast %9107 : f32[24] @ models/lib/nn.yaml:80:7
%9109 = mul %9106, %9108 : f32[24] @ models/lib/nn.yaml:80:7
%9110 = sub %80, %9109 : f32[24] @ models/lib/nn.yaml:80:7
%9111 = assign %80, %9110 : f32[24] @ models/lib/nn.yaml:80:7
%9112 = assign %9082, %9088 : f32[24] @ models/lib/nn.yaml:80:7
%9113 = assign %9083, %9092 : f32[24] @ models/lib/nn.yaml:80:7
%9114 = assign %9084, %9085 : i64[] @ models/lib/nn.yaml:80:7
%9115 = mul %158, %8609 : f32[24] @ models/lib/nn.yaml:80:7
%9116 = mul %9110, %8611 : f32[24] @ models/lib/nn.yaml:80:7
%9117 = add %9115, %9116 : f32[24] @ models/lib/nn.yaml:80:7
%9118 = assign %158, %9117 : f32[24] @ models/lib/nn.yaml:80:7
%9119 = all_reduce_sum %4315 : f32[8,24] @ models/lib/nn.yaml:79:7
%9120 = reshape %9119 : f32[192] @ models/lib/nn.yaml:79:7
%9121 = mul %9120, %9120 : f32[192] @ models/lib/nn.yaml:79:7
%9122 = reduce_sum %9121 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9123 = sqrt %9122 : f32[] @ models/lib/nn.yaml:79:7
%9124 = cast %9123 : f64[] @ models/lib/nn.yaml:79:7
%9125 = add %9124, %5266 : f64[] @ models/lib/nn.yaml:79:7
%9126 = div %5268, %9125 : f64[] @ models/lib/nn.yaml:79:7
%9127 = lt %9126, %5270 : bool[] @ models/lib/nn.yaml:79:7
%9128 = cast %9126 : f32[] @ models/lib/nn.yaml:79:7
%9129 = broadcast %9128 : f32[8,24] @ models/lib/nn.yaml:79:7
%9130 = mul %9119, %9129 : f32[8,24] @ models/lib/nn.yaml:79:7
%9131 = broadcast %9127 : bool[8,24] @ models/lib/nn.yaml:79:7
%9132 = select %9131, %9130, %9119 : f32[8,24] @ models/lib/nn.yaml:79:7
%9133 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%9134 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%9135 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9136 = add %9135, %5280 : i64[] @ models/lib/nn.yaml:79:7
%9137 = mul %81, %8743 : f32[8,24] @ models/lib/nn.yaml:79:7
%9138 = mul %9132, %8745 : f32[8,24] @ models/lib/nn.yaml:79:7
%9139 = mul %9133, %8747 : f32[8,24] @ models/lib/nn.yaml:79:7
%9140 = add %9139, %9138 : f32[8,24] @ models/lib/nn.yaml:79:7
%9141 = mul %9132, %9132 : f32[8,24] @ models/lib/nn.yaml:79:7
%9142 = mul %9141, %8751 : f32[8,24] @ models/lib/nn.yaml:79:7
%9143 = mul %9134, %8753 : f32[8,24] @ models/lib/nn.yaml:79:7
%9144 = add %9143, %9142 : f32[8,24] @ models/lib/nn.yaml:79:7
%9145 = cast %9136 : f64[] @ models/lib/nn.yaml:79:7
%9146 = pow %5289, %9145 : f64[] @ models/lib/nn.yaml:79:7
%9147 = sub %5270, %9146 : f64[] @ models/lib/nn.yaml:79:7
%9148 = div %3314, %9147 : f64[] @ models/lib/nn.yaml:79:7
%9149 = pow %5297, %9145 : f64[] @ models/lib/nn.yaml:79:7
%9150 = sub %5270, %9149 : f64[] @ models/lib/nn.yaml:79:7
%9151 = sqrt %9150 : f64[] @ models/lib/nn.yaml:79:7
%9152 = div %5270, %9151 : f64[] @ models/lib/nn.yaml:79:7
%9153 = sqrt %9144 : f32[8,24] @ models/lib/nn.yaml:79:7
%9154 = cast %9152 : f32[] @ models/lib/nn.yaml:79:7
%9155 = broadcast %9154 : f32[8,24] @ models/lib/nn.yaml:79:7
%9156 = mul %9153, %9155 : f32[8,24] @ models/lib/nn.yaml:79:7
%9157 = add %9156, %8768 : f32[8,24] @ models/lib/nn.yaml:79:7
%9158 = div %9140, %9157 : f32[8,24] @ models/lib/nn.yaml:79:7
%9159 = cast %9148 : f32[] @ models/lib/nn.yaml:79:7
%9160 = broadcast %9159 : f32[8,24] @ models/lib/nn.yaml:79:7
%9161 = mul %9158, %9160 : f32[8,24] @ models/lib/nn.yaml:79:7
%9162 = sub %9137, %9161 : f32[8,24] @ models/lib/nn.yaml:79:7
%9163 = assign %81, %9162 : f32[8,24] @ models/lib/nn.yaml:79:7
%9164 = assign %9133, %9140 : f32[8,24] @ models/lib/nn.yaml:79:7
%9165 = assign %9134, %9144 : f32[8,24] @ models/lib/nn.yaml:79:7
%9166 = assign %9135, %9136 : i64[] @ models/lib/nn.yaml:79:7
%9167 = mul %159, %8779 : f32[8,24] @ models/lib/nn.yaml:79:7
%9168 = mul %9162, %8781 : f32[8,24] @ models/lib/nn.yaml:79:7
%9169 = add %9167, %9168 : f32[8,24] @ models/lib/nn.yaml:79:7
%9170 = assign %159, %9169 : f32[8,24] @ models/lib/nn.yaml:79:7
%9171 = all_reduce_sum %4310 : f32[8] @ models/lib/nn.yaml:80:7
%9172 = mul %9171, %9171 : f32[8] @ models/lib/nn.yaml:80:7
%9173 = reduce_sum %9172 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9174 = sqrt %9173 : f32[] @ models/lib/nn.yaml:80:7
%9175 = cast %9174 : f64[] @ models/lib/nn.yaml:80:7
%9176 = add %9175, %5266 : f64[] @ models/lib/nn.yaml:80:7
%9177 = div %5268, %9176 : f64[] @ models/lib/nn.yaml:80:7
%9178 = lt %9177, %5270 : bool[] @ models/lib/nn.yaml:80:7
%9179 = cast %9177 : f32[] @ models/lib/nn.yaml:80:7
%9180 = broadcast %9179 : f32[8] @ models/lib/nn.yaml:80:7
%9181 = mul %9171, %9180 : f32[8] @ models/lib/nn.yaml:80:7
%9182 = broadcast %9178 : bool[8] @ models/lib/nn.yaml:80:7
%9183 = select %9182, %9181, %9171 : f32[8] @ models/lib/nn.yaml:80:7
%9184 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9185 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9186 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9187 = add %9186, %5280 : i64[] @ models/lib/nn.yaml:80:7
%9188 = mul %9183, %8802 : f32[8] @ models/lib/nn.yaml:80:7
%9189 = mul %9184, %8804 : f32[8] @ models/lib/nn.yaml:80:7
%9190 = add %9189, %9188 : f32[8] @ models/lib/nn.yaml:80:7
%9191 = mul %9183, %9183 : f32[8] @ models/lib/nn.yaml:80:7
%9192 = mul %9191, %8808 : f32[8] @ models/lib/nn.yaml:80:7
%9193 = mul %9185, %8810 : f32[8] @ models/lib/nn.yaml:80:7
%9194 = add %9193, %9192 : f32[8] @ models/lib/nn.yaml:80:7
%9195 = cast %9187 : f64[] @ models/lib/nn.yaml:80:7
%9196 = pow %5289, %9195 : f64[] @ models/lib/nn.yaml:80:7
%9197 = sub %5270, %9196 : f64[] @ models/lib/nn.yaml:80:7
%9198 = div %3314, %9197 : f64[] @ models/lib/nn.yaml:80:7
%9199 = pow %5297, %9195 : f64[] @ models/lib/nn.yaml:80:7
%9200 = sub %5270, %9199 : f64[] @ models/lib/nn.yaml:80:7
%9201 = sqrt %9200 : f64[] @ models/lib/nn.yaml:80:7
%9202 = div %5270, %9201 : f64[] @ models/lib/nn.yaml:80:7
%9203 = sqrt %9194 : f32[8] @ models/lib/nn.yaml:80:7
%9204 = cast %9202 : f32[] @ models/lib/nn.yaml:80:7
%9205 = broadcast %9204 : f32[8] @ models/lib/nn.yaml:80:7
%9206 = mul %9203, %9205 : f32[8] @ models/lib/nn.yaml:80:7
%9207 = add %9206, %8825 : f32[8] @ models/lib/nn.yaml:80:7
%9208 = div %9190, %9207 : f32[8] @ models/lib/nn.yaml:80:7
%9209 = cast %9198 : f32[] @ models/lib/nn.yaml:80:7
%9210 = broadcast %9209 : f32[8] @ models/lib/nn.yaml:80:7
%9211 = mul %9208, %9210 : f32[8] @ models/lib/nn.yaml:80:7
%9212 = sub %82, %9211 : f32[8] @ models/lib/nn.yaml:80:7
%9213 = assign %82, %9212 : f32[8] @ models/lib/nn.yaml:80:7
%9214 = assign %9184, %9190 : f32[8] @ models/lib/nn.yaml:80:7
%9215 = assign %9185, %9194 : f32[8] @ models/lib/nn.yaml:80:7
%9216 = assign %9186, %9187 : i64[] @ models/lib/nn.yaml:80:7
%9217 = mul %160, %8836 : f32[8] @ models/lib/nn.yaml:80:7
%9218 = mul %9212, %8838 : f32[8] @ models/lib/nn.yaml:80:7
%9219 = add %9217, %9218 : f32[8] @ models/lib/nn.yaml:80:7
%9220 = assign %160, %9219 : f32[8] @ models/lib/nn.yaml:80:7
%9221 = broadcast %5326 : f32[16,1] @ models/lib/dino.yaml:18:7
%9222 = mul %161, %9221 : f32[16,1] @ models/lib/dino.yaml:18:7
%9223 = broadcast %5330 : f32[16,1] @ models/lib/dino.yaml:18:7
%9224 = mul %83, %9223 : f32[16,1] @ models/lib/dino.yaml:18:7
%9225 = add %9222, %9224 : f32[16,1] @ models/lib/dino.yaml:18:7
%9226 = assign %161, %9225 : f32[16,1] @ models/lib/dino.yaml:18:7
%9227 = all_reduce_sum %4287 : f32[16,8] @ models/lib/dino.yaml:19:7
%9228 = reshape %9227 : f32[128] @ models/lib/dino.yaml:19:7
%9229 = mul %9228, %9228 : f32[128] @ models/lib/dino.yaml:19:7
%9230 = reduce_sum %9229 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%9231 = sqrt %9230 : f32[] @ models/lib/dino.yaml:19:7
%9232 = cast %9231 : f64[] @ models/lib/dino.yaml:19:7
%9233 = add %9232, %5266 : f64[] @ models/lib/dino.yaml:19:7
%9234 = div %5268, %9233 : f64[] @ models/lib/dino.yaml:19:7
%9235 = lt %9234, %5270 : bool[] @ models/lib/dino.yaml:19:7
%9236 = cast %9234 : f32[] @ models/lib/dino.yaml:19:7
%9237 = broadcast %9236 : f32[16,8] @ models/lib/dino.yaml:19:7
%9238 = mul %9227, %9237 : f32[16,8] @ models/lib/dino.yaml:19:7
%9239 = broadcast %9235 : bool[16,8] @ models/lib/dino.yaml:19:7
%9240 = select %9239, %9238, %9227 : f32[16,8] @ models/lib/dino.yaml:19:7
%9241 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%9242 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%9243 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%9244 = add %9243, %5280 : i64[] @ models/lib/dino.yaml:19:7
%9245 = broadcast %5284 : f32[16,8] @ models/lib/dino.yaml:19:7
%9246 = mul %84, %9245 : f32[16,8] @ models/lib/dino.yaml:19:7
%9247 = broadcast %3070 : f32[16,8] @ models/lib/dino.yaml:19:7
%9248 = mul %9240, %9247 : f32[16,8] @ models/lib/dino.yaml:19:7
%9249 = broadcast %2110 : f32[16,8] @ models/lib/dino.yaml:19:7
%9250 = mul %9241, %9249 : f32[16,8] @ models/lib/dino.yaml:19:7
%9251 = add %9250, %9248 : f32[16,8] @ models/lib/dino.yaml:19:7
%9252 = mul %9240, %9240 : f32[16,8] @ models/lib/dino.yaml:19:7
%9253 = broadcast %5294 : f32[16,8] @ models/lib/dino.yaml:19:7
%9254 = mul %9252, %9253 : f32[16,8] @ models/lib/dino.yaml:19:7
%9255 = broadcast %5298 : f32[16,8] @ models/lib/dino.yaml:19:7
%9256 = mul %9242, %9255 : f32[16,8] @ models/lib/dino.yaml:19:7
%9257 = add %9256, %9254 : f32[16,8] @ models/lib/dino.yaml:19:7
%9258 = cast %9244 : f64[] @ models/lib/dino.yaml:19:7
%9259 = pow %5289, %9258 : f64[] @ models/lib/dino.yaml:19:7
%9260 = sub %5270, %9259 : f64[] @ models/lib/dino.yaml:19:7
%9261 = div %3314, %9260 : f64[] @ models/lib/dino.yaml:19:7
%9262 = pow %5297, %9258 : f64[] @ models/lib/dino.yaml:19:7
%9263 = sub %5270, %9262 : f64[] @ models/lib/dino.yaml:19:7
%9264 = sqrt %9263 : f64[] @ models/lib/dino.yaml:19:7
%9265 = div %5270, %9264 : f64[] @ models/lib/dino.yaml:19:7
%9266 = sqrt %9257 : f32[16,8] @ models/lib/dino.yaml:19:7
%9267 = cast %9265 : f32[] @ models/lib/dino.yaml:19:7
%9268 = broadcast %9267 : f32[16,8] @ models/lib/dino.yaml:19:7
%9269 = mul %9266, %9268 : f32[16,8] @ models/lib/dino.yaml:19:7
%9270 = broadcast %5314 : f32[16,8] @ models/lib/dino.yaml:19:7
%9271 = add %9269, %9270 : f32[16,8] @ models/lib/dino.yaml:19:7
%9272 = div %9251, %9271 : f32[16,8] @ models/lib/dino.yaml:19:7
%9273 = cast %9261 : f32[] @ models/lib/dino.yaml:19:7
%9274 = broadcast %9273 : f32[16,8] @ models/lib/dino.yaml:19:7
%9275 = mul %9272, %9274 : f32[16,8] @ models/lib/dino.yaml:19:7
%9276 = sub %9246, %9275 : f32[16,8] @ models/lib/dino.yaml:19:7
%9277 = broadcast %8899 : bool[16,8] @ models/lib/dino.yaml:19:7
%9278 = select %9277, %84, %9276 : f32[16,8] @ models/lib/dino.yaml:19:7
%9279 = select %9277, %9241, %9251 : f32[16,8] @ models/lib/dino.yaml:19:7
%9280 = select %9277, %9242, %9257 : f32[16,8] @ models/lib/dino.yaml:19:7
%9281 = select %8899, %9243, %9244 : i64[] @ models/lib/dino.yaml:19:7
%9282 = assign %84, %9278 : f32[16,8] @ models/lib/dino.yaml:19:7
%9283 = assign %9241, %9279 : f32[16,8] @ models/lib/dino.yaml:19:7
%9284 = assign %9242, %9280 : f32[16,8] @ models/lib/dino.yaml:19:7
%9285 = assign %9243, %9281 : i64[] @ models/lib/dino.yaml:19:7
%9286 = broadcast %5326 : f32[16,8] @ models/lib/dino.yaml:19:7
%9287 = mul %162, %9286 : f32[16,8] @ models/lib/dino.yaml:19:7
%9288 = broadcast %5330 : f32[16,8] @ models/lib/dino.yaml:19:7
%9289 = mul %9278, %9288 : f32[16,8] @ models/lib/dino.yaml:19:7
%9290 = add %9287, %9289 : f32[16,8] @ models/lib/dino.yaml:19:7
%9291 = assign %162, %9290 : f32[16,8] @ models/lib/dino.yaml:19:7
%9292 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%9293 = abs %3281 : f32[] @ models/dino_pass.yaml:149:3
%9294 = lt %9293, %9292 : bool[] @ models/dino_pass.yaml:149:3
%9295 = output %9294 name="finite" : bool[] @ models/dino_pass.yaml:149:3
