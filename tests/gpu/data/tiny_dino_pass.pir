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
%3365 = concat %3361, %3362, %3363, %3364 axis=0 : f32[100,16] @ models/dino_pass.yaml:142:81
%3366 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,100] @ models/lib/nn.yaml:73:26
%3367 = reshape %3365 : f32[100,16] @ models/lib/nn.yaml:73:26
%3368 = matmul %3366, %3367 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%3369 = reshape %3368 : f32[1,16] @ models/lib/nn.yaml:73:26
%3370 = all_reduce_sum %3369 : f32[1,16] @ models/lib/nn.yaml:73:16
%3371 = const data=[1e+02] : f32[] @ models/lib/nn.yaml:73:65
%3372 = broadcast %3371 : f32[1,16] @ models/lib/nn.yaml:73:52
%3373 = div %3370, %3372 : f32[1,16] @ models/lib/nn.yaml:73:52
%3374 = broadcast %3111 : f32[1,16] @ models/dino_pass.yaml:142:68
%3375 = mul %3374, %3373 : f32[1,16] @ models/dino_pass.yaml:142:68
%3376 = add %3360, %3375 : f32[1,16] @ models/dino_pass.yaml:142:44
%3377 = assign %164, %3376 : f32[1,16] @ models/dino_pass.yaml:142:13
%3378 = cast %1 : f64[] @ models/dino_pass.yaml:122:3
%3379 = cast %2 : f64[] @ models/dino_pass.yaml:123:3
%3380 = cast %3 : f64[] @ models/dino_pass.yaml:124:3
%3381 = const data=[-0.0013888889] : f32[] @ models/lib/dino.yaml:39:21
%3382 = broadcast %3381 : f32[2,9] @ models/lib/dino.yaml:39:21
%3383 = reshape %3382 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%3384 = broadcast %3383 : f32[2,9,16] @ models/lib/dino.yaml:39:22
%3385 = stop_gradient %3322 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3386 = mul %3384, %3385 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3387 = neg %3386 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3388 = reduce_sum %3387 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%3389 = div %3388, %3330 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3390 = broadcast %3389 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%3391 = exp %3328 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3392 = mul %3390, %3391 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3393 = stop_gradient %3322 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3394 = mul %3384, %3393 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3395 = add %3394, %3392 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3396 = div %3395, %3291 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3397 = stop_gradient %3290 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3398 = mul %3384, %3397 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3399 = neg %3398 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3400 = reduce_sum %3399 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%3401 = div %3400, %3299 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3402 = broadcast %3401 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%3403 = exp %3297 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3404 = mul %3402, %3403 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3405 = stop_gradient %3290 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3406 = mul %3384, %3405 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3407 = add %3406, %3404 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3408 = div %3407, %3291 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3409 = const data=[-0.00078125] : f32[] @ models/lib/dino.yaml:39:21
%3410 = broadcast %3409 : f32[2,16] @ models/lib/dino.yaml:39:21
%3411 = reshape %3410 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%3412 = broadcast %3411 : f32[2,16,16] @ models/lib/dino.yaml:39:22
%3413 = stop_gradient %3258 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3414 = mul %3412, %3413 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3415 = neg %3414 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3416 = reduce_sum %3415 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%3417 = div %3416, %3266 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3418 = broadcast %3417 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%3419 = exp %3264 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3420 = mul %3418, %3419 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3421 = stop_gradient %3258 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3422 = mul %3412, %3421 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3423 = add %3422, %3420 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3424 = div %3423, %3228 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3425 = stop_gradient %3227 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3426 = mul %3412, %3425 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3427 = neg %3426 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3428 = reduce_sum %3427 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%3429 = div %3428, %3236 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3430 = broadcast %3429 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%3431 = exp %3234 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3432 = mul %3430, %3431 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3433 = stop_gradient %3227 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3434 = mul %3412, %3433 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3435 = add %3434, %3432 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3436 = div %3435, %3228 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3437 = const data=[-0.083333336] : f32[] @ models/lib/dino.yaml:39:21
%3438 = broadcast %3437 : f32[2,1] @ models/lib/dino.yaml:39:21
%3439 = reshape %3438 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3440 = broadcast %3439 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3441 = stop_gradient %3178 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3442 = mul %3440, %3441 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3443 = neg %3442 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3444 = reduce_sum %3443 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3445 = div %3444, %3156 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3446 = broadcast %3445 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3447 = exp %3154 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3448 = mul %3446, %3447 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3449 = stop_gradient %3178 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3450 = mul %3440, %3449 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3451 = add %3450, %3448 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3452 = div %3451, %3112 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3453 = div %3444, %3138 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3454 = broadcast %3453 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3455 = exp %3136 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3456 = mul %3454, %3455 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3457 = stop_gradient %3178 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3458 = mul %3440, %3457 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3459 = add %3458, %3456 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3460 = div %3459, %3112 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3461 = div %3444, %3186 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3462 = broadcast %3461 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3463 = exp %3184 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3464 = mul %3462, %3463 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3465 = stop_gradient %3178 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3466 = mul %3440, %3465 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3467 = add %3466, %3464 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3468 = div %3467, %3112 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3469 = stop_gradient %3110 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3470 = mul %3440, %3469 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3471 = neg %3470 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3472 = reduce_sum %3471 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3473 = div %3472, %3156 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3474 = broadcast %3473 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3475 = exp %3154 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3476 = mul %3474, %3475 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3477 = stop_gradient %3110 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3478 = mul %3440, %3477 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3479 = add %3478, %3476 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3480 = div %3479, %3112 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3481 = add %3452, %3480 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3482 = div %3472, %3138 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3483 = broadcast %3482 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3484 = exp %3136 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3485 = mul %3483, %3484 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3486 = stop_gradient %3110 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3487 = mul %3440, %3486 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3488 = add %3487, %3485 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3489 = div %3488, %3112 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3490 = add %3460, %3489 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3491 = div %3472, %3120 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3492 = broadcast %3491 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3493 = exp %3118 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3494 = mul %3492, %3493 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3495 = stop_gradient %3110 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3496 = mul %3440, %3495 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3497 = add %3496, %3494 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3498 = div %3497, %3112 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3499 = concat %3408, %3396 axis=0 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%3500 = concat %3490, %3481 axis=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3501 = matmul %3499, %2511 ta=0 tb=0 : f32[4,9,8] @ models/lib/dino.yaml:23:18
%3502 = reshape %3091 : f32[36,8] @ models/lib/dino.yaml:23:18
%3503 = reshape %3499 : f32[36,16] @ models/lib/dino.yaml:23:18
%3504 = matmul %3503, %3502 ta=1 tb=0 : f32[16,8] @ models/lib/dino.yaml:23:18
%3505 = div %3504, %2510 : f32[16,8] @ models/lib/dino.yaml:22:33
%3506 = mul %3505, %2511 : f32[16,8] @ models/lib/dino.yaml:22:33
%3507 = neg %3506 : f32[16,8] @ models/lib/dino.yaml:22:33
%3508 = reduce_sum %3507 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%3509 = broadcast %295 : f32[16,1] @ models/lib/dino.yaml:22:35
%3510 = mul %3508, %3509 : f32[16,1] @ models/lib/dino.yaml:22:35
%3511 = div %3510, %2509 : f32[16,1] @ models/lib/dino.yaml:22:35
%3512 = broadcast %3511 : f32[16,8] @ models/lib/dino.yaml:22:40
%3513 = mul %3512, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3514 = add %3513, %3513 : f32[16,8] @ models/lib/dino.yaml:22:53
%3515 = mul %3505, %2505 : f32[16,8] @ models/lib/dino.yaml:22:22
%3516 = add %3514, %3515 : f32[16,8] @ models/lib/dino.yaml:22:22
%3517 = div %3501, %3090 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3518 = mul %3517, %3091 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3519 = neg %3518 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3520 = reduce_sum %3519 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:18
%3521 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%3522 = broadcast %3521 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3523 = broadcast %295 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3524 = mul %3520, %3523 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3525 = sqrt %3087 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3526 = eq %3525, %1903 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%3527 = select %3526, %3524, %3522 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3528 = sqrt %3087 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3529 = gt %3528, %1903 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%3530 = select %3529, %3520, %3527 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3531 = mul %3530, %3523 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3532 = sqrt %3087 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3533 = div %3531, %3532 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3534 = broadcast %3533 : f32[4,9,8] @ models/lib/nn.yaml:33:29
%3535 = mul %3534, %3085 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3536 = add %3517, %3535 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3537 = add %3536, %3535 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3538 = reduce_sum %3537 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%3539 = reshape %3538 : f32[8] @ models/lib/nn.yaml:84:18
%3540 = matmul %3537, %81 ta=0 tb=0 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%3541 = reshape %3082 : f32[36,24] @ models/lib/nn.yaml:83:15
%3542 = reshape %3537 : f32[36,8] @ models/lib/nn.yaml:83:15
%3543 = matmul %3542, %3541 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%3544 = add %1886, %3079 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3545 = mul %3540, %3544 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3546 = mul %1881, %3077 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3547 = mul %3540, %3546 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3548 = mul %3077, %1883 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3549 = mul %3548, %3548 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3550 = neg %3549 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3551 = exp %3550 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3552 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3553 = broadcast %3552 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3554 = mul %3551, %3553 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3555 = mul %3547, %3554 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3556 = mul %3555, %1883 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3557 = mul %3545, %1881 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3558 = add %3556, %3557 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3559 = reduce_sum %3558 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3560 = reshape %3559 : f32[24] @ models/lib/nn.yaml:84:18
%3561 = matmul %3558, %79 ta=0 tb=0 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%3562 = reshape %3074 : f32[36,24] @ models/lib/nn.yaml:83:15
%3563 = reshape %3558 : f32[36,24] @ models/lib/nn.yaml:83:15
%3564 = matmul %3563, %3562 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%3565 = add %1886, %3071 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3566 = mul %3561, %3565 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3567 = mul %1881, %3069 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3568 = mul %3561, %3567 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3569 = mul %3069, %1883 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3570 = mul %3569, %3569 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3571 = neg %3570 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3572 = exp %3571 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3573 = mul %3572, %3553 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3574 = mul %3568, %3573 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3575 = mul %3574, %1883 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3576 = mul %3566, %1881 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3577 = add %3575, %3576 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3578 = reduce_sum %3577 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3579 = reshape %3578 : f32[24] @ models/lib/nn.yaml:84:18
%3580 = matmul %3577, %77 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3581 = reshape %3066 : f32[36,16] @ models/lib/nn.yaml:83:15
%3582 = reshape %3577 : f32[36,24] @ models/lib/nn.yaml:83:15
%3583 = matmul %3582, %3581 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%3584 = matmul %3500, %2477 ta=0 tb=0 : f32[4,1,8] @ models/lib/dino.yaml:23:18
%3585 = reshape %3064 : f32[4,8] @ models/lib/dino.yaml:23:18
%3586 = reshape %3500 : f32[4,32] @ models/lib/dino.yaml:23:18
%3587 = matmul %3586, %3585 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%3588 = div %3587, %2476 : f32[32,8] @ models/lib/dino.yaml:22:33
%3589 = mul %3588, %2477 : f32[32,8] @ models/lib/dino.yaml:22:33
%3590 = neg %3589 : f32[32,8] @ models/lib/dino.yaml:22:33
%3591 = reduce_sum %3590 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%3592 = broadcast %295 : f32[32,1] @ models/lib/dino.yaml:22:35
%3593 = mul %3591, %3592 : f32[32,1] @ models/lib/dino.yaml:22:35
%3594 = div %3593, %2475 : f32[32,1] @ models/lib/dino.yaml:22:35
%3595 = broadcast %3594 : f32[32,8] @ models/lib/dino.yaml:22:40
%3596 = mul %3595, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%3597 = add %3596, %3596 : f32[32,8] @ models/lib/dino.yaml:22:53
%3598 = mul %3588, %2471 : f32[32,8] @ models/lib/dino.yaml:22:22
%3599 = add %3597, %3598 : f32[32,8] @ models/lib/dino.yaml:22:22
%3600 = div %3584, %3063 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3601 = mul %3600, %3064 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3602 = neg %3601 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3603 = reduce_sum %3602 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%3604 = broadcast %3521 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3605 = broadcast %295 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3606 = mul %3603, %3605 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3607 = sqrt %3060 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3608 = eq %3607, %1003 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3609 = select %3608, %3606, %3604 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3610 = sqrt %3060 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3611 = gt %3610, %1003 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3612 = select %3611, %3603, %3609 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3613 = mul %3612, %3605 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3614 = sqrt %3060 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3615 = div %3613, %3614 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3616 = broadcast %3615 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%3617 = mul %3616, %3058 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3618 = add %3600, %3617 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3619 = add %3618, %3617 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3620 = reduce_sum %3619 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%3621 = reshape %3620 : f32[8] @ models/lib/nn.yaml:84:18
%3622 = matmul %3619, %73 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%3623 = reshape %3056 : f32[4,24] @ models/lib/nn.yaml:83:15
%3624 = reshape %3619 : f32[4,8] @ models/lib/nn.yaml:83:15
%3625 = matmul %3624, %3623 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%3626 = add %985, %3053 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3627 = mul %3622, %3626 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3628 = mul %980, %3051 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3629 = mul %3622, %3628 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3630 = mul %3051, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3631 = mul %3630, %3630 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3632 = neg %3631 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3633 = exp %3632 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3634 = broadcast %3552 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3635 = mul %3633, %3634 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3636 = mul %3629, %3635 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3637 = mul %3636, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3638 = mul %3627, %980 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3639 = add %3637, %3638 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3640 = reduce_sum %3639 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3641 = reshape %3640 : f32[24] @ models/lib/nn.yaml:84:18
%3642 = matmul %3639, %71 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%3643 = reshape %3049 : f32[4,24] @ models/lib/nn.yaml:83:15
%3644 = reshape %3639 : f32[4,24] @ models/lib/nn.yaml:83:15
%3645 = matmul %3644, %3643 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%3646 = add %985, %3046 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3647 = mul %3642, %3646 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3648 = mul %980, %3044 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3649 = mul %3642, %3648 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3650 = mul %3044, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3651 = mul %3650, %3650 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3652 = neg %3651 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3653 = exp %3652 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3654 = mul %3653, %3634 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3655 = mul %3649, %3654 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3656 = mul %3655, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3657 = mul %3647, %980 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3658 = add %3656, %3657 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3659 = reduce_sum %3658 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3660 = reshape %3659 : f32[24] @ models/lib/nn.yaml:84:18
%3661 = matmul %3658, %69 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3662 = reshape %3042 : f32[4,16] @ models/lib/nn.yaml:83:15
%3663 = reshape %3658 : f32[4,24] @ models/lib/nn.yaml:83:15
%3664 = matmul %3663, %3662 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%3665 = concat %3661, %3580 axis=1 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%3666 = reduce_sum %3665 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3667 = reshape %3666 : f32[16] @ models/lib/nn.yaml:96:46
%3668 = mul %3665, %3038 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3669 = mul %3665, %3037 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3670 = reduce_sum %3669 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3671 = reshape %3670 : f32[16] @ models/lib/nn.yaml:96:37
%3672 = mul %3668, %3036 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3673 = mul %3668, %3030 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3674 = reduce_sum %3673 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3675 = mul %3035, %3035 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3676 = mul %3035, %3675 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3677 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3678 = broadcast %3677 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3679 = mul %3676, %3678 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3680 = mul %3674, %3679 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3681 = div %3680, %1604 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3682 = broadcast %3681 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%3683 = mul %3682, %3030 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3684 = add %3672, %3683 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3685 = add %3684, %3683 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3686 = neg %3685 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3687 = reduce_sum %3686 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3688 = div %3687, %1604 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3689 = broadcast %3688 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3690 = add %3685, %3689 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3691 = slice %3690 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%3692 = slice %3690 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:111:21
%3693 = reduce_sum %3691 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3694 = reshape %3693 : f32[16] @ models/lib/nn.yaml:84:18
%3695 = matmul %3691, %65 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3696 = reshape %3022 : f32[4,64] @ models/lib/nn.yaml:83:15
%3697 = reshape %3691 : f32[4,16] @ models/lib/nn.yaml:83:15
%3698 = matmul %3697, %3696 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3699 = add %831, %3019 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3700 = mul %3695, %3699 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3701 = mul %826, %3017 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3702 = mul %3695, %3701 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3703 = mul %3017, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3704 = mul %3703, %3703 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3705 = neg %3704 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3706 = exp %3705 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3707 = broadcast %3552 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3708 = mul %3706, %3707 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3709 = mul %3702, %3708 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3710 = mul %3709, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3711 = mul %3700, %826 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3712 = add %3710, %3711 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3713 = reduce_sum %3712 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3714 = reshape %3713 : f32[64] @ models/lib/nn.yaml:84:18
%3715 = matmul %3712, %63 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3716 = reshape %3015 : f32[4,16] @ models/lib/nn.yaml:83:15
%3717 = reshape %3712 : f32[4,64] @ models/lib/nn.yaml:83:15
%3718 = matmul %3717, %3716 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3719 = reduce_sum %3715 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3720 = reshape %3719 : f32[16] @ models/lib/nn.yaml:96:46
%3721 = mul %3715, %2413 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3722 = mul %3715, %3013 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3723 = reduce_sum %3722 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3724 = reshape %3723 : f32[16] @ models/lib/nn.yaml:96:37
%3725 = mul %3721, %3012 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3726 = mul %3721, %3006 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3727 = reduce_sum %3726 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3728 = mul %3011, %3011 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3729 = mul %3011, %3728 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3730 = broadcast %3677 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3731 = mul %3729, %3730 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3732 = mul %3727, %3731 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3733 = div %3732, %807 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3734 = broadcast %3733 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%3735 = mul %3734, %3006 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3736 = add %3725, %3735 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3737 = add %3736, %3735 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3738 = add %3691, %3737 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3739 = neg %3737 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3740 = reduce_sum %3739 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3741 = div %3740, %807 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3742 = broadcast %3741 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3743 = add %3738, %3742 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3744 = reduce_sum %3743 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3745 = reshape %3744 : f32[16] @ models/lib/nn.yaml:84:18
%3746 = matmul %3743, %59 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3747 = reshape %2998 : f32[4,16] @ models/lib/nn.yaml:83:15
%3748 = reshape %3743 : f32[4,16] @ models/lib/nn.yaml:83:15
%3749 = matmul %3748, %3747 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3750 = reshape %3746 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%3751 = permute %3750 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%3752 = permute %2940 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%3753 = slice %3751 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3754 = broadcast %3753 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3755 = slice %3752 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3756 = mul %3754, %3755 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3757 = slice %3751 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3758 = broadcast %3757 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3759 = slice %3752 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3760 = mul %3758, %3759 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3761 = add %3756, %3760 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3762 = slice %3751 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3763 = broadcast %3762 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3764 = slice %3752 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3765 = mul %3763, %3764 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3766 = add %3761, %3765 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3767 = slice %3751 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3768 = broadcast %3767 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3769 = slice %3752 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3770 = mul %3768, %3769 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3771 = add %3766, %3770 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3772 = slice %3751 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3773 = broadcast %3772 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3774 = slice %3752 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3775 = mul %3773, %3774 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3776 = add %3771, %3775 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3777 = slice %3751 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3778 = broadcast %3777 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3779 = slice %3752 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3780 = mul %3778, %3779 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3781 = add %3776, %3780 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3782 = slice %3751 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3783 = broadcast %3782 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3784 = slice %3752 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3785 = mul %3783, %3784 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3786 = add %3781, %3785 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3787 = slice %3751 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3788 = broadcast %3787 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3789 = slice %3752 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3790 = mul %3788, %3789 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3791 = add %3786, %3790 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3792 = permute %2991 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%3793 = broadcast %3792 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3794 = broadcast %3751 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3795 = mul %3793, %3794 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3796 = div %3791, %2989 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3797 = mul %3796, %2991 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3798 = neg %3797 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3799 = reduce_sum %3798 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3800 = broadcast %3799 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3801 = add %3796, %3800 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3802 = exp %2986 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3803 = mul %3801, %3802 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3804 = mul %3803, %1675 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3805 = reshape %3804 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%3806 = broadcast %3805 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3807 = reshape %2935 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3808 = broadcast %3807 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3809 = mul %3806, %3808 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3810 = reduce_sum %3809 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3811 = permute %3804 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%3812 = broadcast %3811 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3813 = broadcast %2930 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3814 = mul %3812, %3813 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3815 = permute %3795 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%3816 = reshape %3815 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%3817 = reduce_sum %3816 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3818 = reshape %3817 : f32[16] @ models/lib/nn.yaml:84:18
%3819 = matmul %3816, %57 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3820 = reshape %2925 : f32[40,16] @ models/lib/nn.yaml:83:15
%3821 = reshape %3815 : f32[40,16] @ models/lib/nn.yaml:83:15
%3822 = matmul %3821, %3820 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3823 = permute %3814 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%3824 = reshape %3823 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%3825 = reduce_sum %3824 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3826 = reshape %3825 : f32[16] @ models/lib/nn.yaml:84:18
%3827 = matmul %3824, %55 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3828 = add %3819, %3827 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3829 = reshape %3823 : f32[40,16] @ models/lib/nn.yaml:83:15
%3830 = matmul %3829, %3820 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3831 = permute %3810 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%3832 = reshape %3831 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%3833 = reduce_sum %3832 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3834 = reshape %3833 : f32[16] @ models/lib/nn.yaml:84:18
%3835 = matmul %3832, %53 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3836 = reshape %2926 : f32[4,16] @ models/lib/nn.yaml:83:15
%3837 = reshape %3831 : f32[4,16] @ models/lib/nn.yaml:83:15
%3838 = matmul %3837, %3836 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3839 = pad %3835 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3840 = add %3828, %3839 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3841 = reduce_sum %3840 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3842 = reshape %3841 : f32[16] @ models/lib/nn.yaml:96:46
%3843 = mul %3840, %2922 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3844 = mul %3840, %2921 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3845 = reduce_sum %3844 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3846 = reshape %3845 : f32[16] @ models/lib/nn.yaml:96:37
%3847 = mul %3843, %2920 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3848 = mul %3843, %2914 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3849 = reduce_sum %3848 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3850 = mul %2919, %2919 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3851 = mul %2919, %3850 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3852 = mul %3851, %3678 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3853 = mul %3849, %3852 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3854 = div %3853, %1604 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3855 = broadcast %3854 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%3856 = mul %3855, %2914 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3857 = add %3847, %3856 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3858 = add %3857, %3856 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3859 = neg %3858 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3860 = reduce_sum %3859 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3861 = div %3860, %1604 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3862 = broadcast %3861 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3863 = add %3858, %3862 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3864 = slice %3863 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3865 = add %3743, %3864 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3866 = slice %3863 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3867 = add %3692, %3866 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3868 = reduce_sum %3865 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3869 = reshape %3868 : f32[16] @ models/lib/nn.yaml:84:18
%3870 = matmul %3865, %49 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3871 = reshape %2906 : f32[4,64] @ models/lib/nn.yaml:83:15
%3872 = reshape %3865 : f32[4,16] @ models/lib/nn.yaml:83:15
%3873 = matmul %3872, %3871 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3874 = add %831, %2903 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3875 = mul %3870, %3874 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3876 = mul %826, %2901 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3877 = mul %3870, %3876 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3878 = mul %2901, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3879 = mul %3878, %3878 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3880 = neg %3879 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3881 = exp %3880 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3882 = mul %3881, %3707 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3883 = mul %3877, %3882 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3884 = mul %3883, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3885 = mul %3875, %826 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3886 = add %3884, %3885 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3887 = reduce_sum %3886 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3888 = reshape %3887 : f32[64] @ models/lib/nn.yaml:84:18
%3889 = matmul %3886, %47 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3890 = reshape %2899 : f32[4,16] @ models/lib/nn.yaml:83:15
%3891 = reshape %3886 : f32[4,64] @ models/lib/nn.yaml:83:15
%3892 = matmul %3891, %3890 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3893 = reduce_sum %3889 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3894 = reshape %3893 : f32[16] @ models/lib/nn.yaml:96:46
%3895 = mul %3889, %2291 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3896 = mul %3889, %2897 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3897 = reduce_sum %3896 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3898 = reshape %3897 : f32[16] @ models/lib/nn.yaml:96:37
%3899 = mul %3895, %2896 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3900 = mul %3895, %2890 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3901 = reduce_sum %3900 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3902 = mul %2895, %2895 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3903 = mul %2895, %3902 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3904 = mul %3903, %3730 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3905 = mul %3901, %3904 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3906 = div %3905, %807 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3907 = broadcast %3906 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%3908 = mul %3907, %2890 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3909 = add %3899, %3908 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3910 = add %3909, %3908 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3911 = add %3865, %3910 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3912 = neg %3910 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3913 = reduce_sum %3912 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3914 = div %3913, %807 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3915 = broadcast %3914 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3916 = add %3911, %3915 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3917 = reduce_sum %3916 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3918 = reshape %3917 : f32[16] @ models/lib/nn.yaml:84:18
%3919 = matmul %3916, %43 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3920 = reshape %2882 : f32[4,16] @ models/lib/nn.yaml:83:15
%3921 = reshape %3916 : f32[4,16] @ models/lib/nn.yaml:83:15
%3922 = matmul %3921, %3920 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3923 = reshape %3919 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%3924 = permute %3923 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%3925 = permute %2824 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%3926 = slice %3924 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3927 = broadcast %3926 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3928 = slice %3925 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3929 = mul %3927, %3928 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3930 = slice %3924 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3931 = broadcast %3930 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3932 = slice %3925 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3933 = mul %3931, %3932 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3934 = add %3929, %3933 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3935 = slice %3924 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3936 = broadcast %3935 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3937 = slice %3925 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3938 = mul %3936, %3937 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3939 = add %3934, %3938 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3940 = slice %3924 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3941 = broadcast %3940 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3942 = slice %3925 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3943 = mul %3941, %3942 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3944 = add %3939, %3943 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3945 = slice %3924 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3946 = broadcast %3945 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3947 = slice %3925 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3948 = mul %3946, %3947 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3949 = add %3944, %3948 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3950 = slice %3924 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3951 = broadcast %3950 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3952 = slice %3925 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3953 = mul %3951, %3952 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3954 = add %3949, %3953 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3955 = slice %3924 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3956 = broadcast %3955 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3957 = slice %3925 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3958 = mul %3956, %3957 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3959 = add %3954, %3958 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3960 = slice %3924 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%3961 = broadcast %3960 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3962 = slice %3925 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3963 = mul %3961, %3962 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3964 = add %3959, %3963 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3965 = permute %2875 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%3966 = broadcast %3965 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3967 = broadcast %3924 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3968 = mul %3966, %3967 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3969 = div %3964, %2873 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3970 = mul %3969, %2875 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3971 = neg %3970 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3972 = reduce_sum %3971 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3973 = broadcast %3972 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3974 = add %3969, %3973 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3975 = exp %2870 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3976 = mul %3974, %3975 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3977 = mul %3976, %1675 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3978 = reshape %3977 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%3979 = broadcast %3978 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3980 = reshape %2819 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3981 = broadcast %3980 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3982 = mul %3979, %3981 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3983 = reduce_sum %3982 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3984 = permute %3977 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%3985 = broadcast %3984 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3986 = broadcast %2814 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3987 = mul %3985, %3986 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3988 = permute %3968 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%3989 = reshape %3988 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%3990 = reduce_sum %3989 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3991 = reshape %3990 : f32[16] @ models/lib/nn.yaml:84:18
%3992 = matmul %3989, %41 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3993 = reshape %2809 : f32[40,16] @ models/lib/nn.yaml:83:15
%3994 = reshape %3988 : f32[40,16] @ models/lib/nn.yaml:83:15
%3995 = matmul %3994, %3993 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3996 = permute %3987 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%3997 = reshape %3996 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%3998 = reduce_sum %3997 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3999 = reshape %3998 : f32[16] @ models/lib/nn.yaml:84:18
%4000 = matmul %3997, %39 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4001 = add %3992, %4000 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4002 = reshape %3996 : f32[40,16] @ models/lib/nn.yaml:83:15
%4003 = matmul %4002, %3993 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4004 = permute %3983 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4005 = reshape %4004 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4006 = reduce_sum %4005 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4007 = reshape %4006 : f32[16] @ models/lib/nn.yaml:84:18
%4008 = matmul %4005, %37 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4009 = reshape %2810 : f32[4,16] @ models/lib/nn.yaml:83:15
%4010 = reshape %4004 : f32[4,16] @ models/lib/nn.yaml:83:15
%4011 = matmul %4010, %4009 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4012 = pad %4008 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4013 = add %4001, %4012 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4014 = reduce_sum %4013 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4015 = reshape %4014 : f32[16] @ models/lib/nn.yaml:96:46
%4016 = mul %4013, %2806 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4017 = mul %4013, %2805 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4018 = reduce_sum %4017 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4019 = reshape %4018 : f32[16] @ models/lib/nn.yaml:96:37
%4020 = mul %4016, %2804 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4021 = mul %4016, %2798 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4022 = reduce_sum %4021 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4023 = mul %2803, %2803 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4024 = mul %2803, %4023 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4025 = mul %4024, %3678 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4026 = mul %4022, %4025 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4027 = div %4026, %1604 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4028 = broadcast %4027 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4029 = mul %4028, %2798 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4030 = add %4020, %4029 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4031 = add %4030, %4029 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4032 = neg %4031 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4033 = reduce_sum %4032 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4034 = div %4033, %1604 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4035 = broadcast %4034 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4036 = add %4031, %4035 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4037 = slice %4036 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4038 = add %3916, %4037 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4039 = slice %4036 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4040 = add %3867, %4039 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4041 = reduce_sum %4038 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4042 = mul %4040, %2791 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%4043 = div %4042, %2751 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4044 = reduce_sum %4043 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4045 = reshape %4044 : f32[16] @ models/lib/nn.yaml:84:18
%4046 = matmul %4043, %32 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%4047 = reshape %2782 : f32[36,64] @ models/lib/nn.yaml:83:15
%4048 = reshape %4043 : f32[36,16] @ models/lib/nn.yaml:83:15
%4049 = matmul %4048, %4047 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4050 = add %1198, %2779 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%4051 = mul %4046, %4050 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4052 = mul %1193, %2777 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4053 = mul %4046, %4052 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4054 = mul %2777, %1195 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4055 = mul %4054, %4054 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4056 = neg %4055 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4057 = exp %4056 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4058 = broadcast %3552 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4059 = mul %4057, %4058 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4060 = mul %4053, %4059 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4061 = mul %4060, %1195 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4062 = mul %4051, %1193 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4063 = add %4061, %4062 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4064 = reduce_sum %4063 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4065 = reshape %4064 : f32[64] @ models/lib/nn.yaml:84:18
%4066 = matmul %4063, %30 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4067 = reshape %2774 : f32[36,16] @ models/lib/nn.yaml:83:15
%4068 = reshape %4063 : f32[36,64] @ models/lib/nn.yaml:83:15
%4069 = matmul %4068, %4067 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4070 = reduce_sum %4066 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4071 = reshape %4070 : f32[16] @ models/lib/nn.yaml:96:46
%4072 = mul %4066, %2771 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4073 = mul %4066, %2770 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4074 = reduce_sum %4073 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4075 = reshape %4074 : f32[16] @ models/lib/nn.yaml:96:37
%4076 = mul %4072, %2769 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4077 = mul %4072, %2763 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4078 = reduce_sum %4077 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4079 = mul %2768, %2768 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4080 = mul %2768, %4079 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4081 = broadcast %3677 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4082 = mul %4080, %4081 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4083 = mul %4078, %4082 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4084 = div %4083, %1076 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4085 = broadcast %4084 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4086 = mul %4085, %2763 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4087 = add %4076, %4086 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4088 = add %4087, %4086 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4089 = add %4040, %4088 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4090 = neg %4088 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4091 = reduce_sum %4090 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4092 = div %4091, %1076 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4093 = broadcast %4092 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4094 = add %4089, %4093 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4095 = mul %4094, %2757 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%4096 = div %4095, %2751 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4097 = reduce_sum %4096 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4098 = reshape %4097 : f32[16] @ models/lib/nn.yaml:84:18
%4099 = matmul %4096, %26 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4100 = reshape %2746 : f32[36,16] @ models/lib/nn.yaml:83:15
%4101 = reshape %4096 : f32[36,16] @ models/lib/nn.yaml:83:15
%4102 = matmul %4101, %4100 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4103 = reshape %4099 : f32[4,9,2,8] @ models/lib/nn.yaml:57:16
%4104 = permute %4103 perm=[0,2,1,3] : f32[4,2,9,8] @ models/lib/nn.yaml:56:13
%4105 = permute %2680 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%4106 = slice %4104 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4107 = broadcast %4106 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4108 = slice %4105 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4109 = broadcast %4108 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4110 = mul %4107, %4109 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4111 = slice %4104 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4112 = broadcast %4111 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4113 = slice %4105 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4114 = broadcast %4113 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4115 = mul %4112, %4114 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4116 = add %4110, %4115 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4117 = slice %4104 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4118 = broadcast %4117 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4119 = slice %4105 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4120 = broadcast %4119 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4121 = mul %4118, %4120 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4122 = add %4116, %4121 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4123 = slice %4104 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4124 = broadcast %4123 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4125 = slice %4105 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4126 = broadcast %4125 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4127 = mul %4124, %4126 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4128 = add %4122, %4127 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4129 = slice %4104 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4130 = broadcast %4129 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4131 = slice %4105 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4132 = broadcast %4131 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4133 = mul %4130, %4132 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4134 = add %4128, %4133 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4135 = slice %4104 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4136 = broadcast %4135 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4137 = slice %4105 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4138 = broadcast %4137 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4139 = mul %4136, %4138 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4140 = add %4134, %4139 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4141 = slice %4104 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4142 = broadcast %4141 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4143 = slice %4105 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4144 = broadcast %4143 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4145 = mul %4142, %4144 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4146 = add %4140, %4145 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4147 = slice %4104 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4148 = broadcast %4147 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4149 = slice %4105 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4150 = broadcast %4149 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4151 = mul %4148, %4150 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4152 = add %4146, %4151 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4153 = permute %2739 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4154 = reshape %4153 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%4155 = broadcast %4154 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4156 = reshape %4104 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%4157 = broadcast %4156 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4158 = mul %4155, %4157 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4159 = reduce_sum %4158 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4160 = div %4152, %2737 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4161 = mul %4160, %2739 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4162 = neg %4161 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4163 = reduce_sum %4162 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%4164 = broadcast %4163 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4165 = add %4160, %4164 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4166 = exp %2734 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4167 = mul %4165, %4166 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4168 = mul %4167, %1151 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%4169 = reshape %4168 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4170 = broadcast %4169 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4171 = reshape %2678 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4172 = broadcast %4171 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4173 = mul %4170, %4172 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4174 = reduce_sum %4173 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4175 = permute %4168 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4176 = reshape %4175 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4177 = broadcast %4176 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4178 = reshape %2676 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4179 = broadcast %4178 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4180 = mul %4177, %4179 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4181 = reduce_sum %4180 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4182 = reshape %4159 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%4183 = reshape %4181 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%4184 = reshape %4174 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%4185 = concat %4184, %4183, %4182 axis=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4186 = permute %4185 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%4187 = reshape %4186 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%4188 = reduce_sum %4187 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4189 = reshape %4188 : f32[48] @ models/lib/nn.yaml:84:18
%4190 = matmul %4187, %24 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4191 = reshape %2669 : f32[36,16] @ models/lib/nn.yaml:83:15
%4192 = reshape %4186 : f32[36,48] @ models/lib/nn.yaml:83:15
%4193 = matmul %4192, %4191 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%4194 = reduce_sum %4190 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4195 = reshape %4194 : f32[16] @ models/lib/nn.yaml:96:46
%4196 = mul %4190, %2666 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4197 = mul %4190, %2665 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4198 = reduce_sum %4197 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4199 = reshape %4198 : f32[16] @ models/lib/nn.yaml:96:37
%4200 = mul %4196, %2664 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4201 = mul %4196, %2658 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4202 = reduce_sum %4201 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4203 = mul %2663, %2663 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4204 = mul %2663, %4203 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4205 = mul %4204, %4081 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4206 = mul %4202, %4205 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4207 = div %4206, %1076 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4208 = broadcast %4207 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4209 = mul %4208, %2658 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4210 = add %4200, %4209 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4211 = add %4210, %4209 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4212 = add %4094, %4211 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4213 = neg %4211 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4214 = reduce_sum %4213 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4215 = div %4214, %1076 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4216 = broadcast %4215 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4217 = add %4212, %4216 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4218 = reduce_sum %4217 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4219 = reshape %4218 : f32[16] @ models/lib/nn.yaml:84:18
%4220 = matmul %4217, %20 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%4221 = reshape %2650 : f32[36,64] @ models/lib/nn.yaml:83:15
%4222 = reshape %4217 : f32[36,16] @ models/lib/nn.yaml:83:15
%4223 = matmul %4222, %4221 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4224 = add %1198, %2647 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%4225 = mul %4220, %4224 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4226 = mul %1193, %2645 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4227 = mul %4220, %4226 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4228 = mul %2645, %1195 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4229 = mul %4228, %4228 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4230 = neg %4229 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4231 = exp %4230 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4232 = mul %4231, %4058 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4233 = mul %4227, %4232 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4234 = mul %4233, %1195 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4235 = mul %4225, %1193 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4236 = add %4234, %4235 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4237 = reduce_sum %4236 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4238 = reshape %4237 : f32[64] @ models/lib/nn.yaml:84:18
%4239 = matmul %4236, %18 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4240 = reshape %2642 : f32[36,16] @ models/lib/nn.yaml:83:15
%4241 = reshape %4236 : f32[36,64] @ models/lib/nn.yaml:83:15
%4242 = matmul %4241, %4240 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4243 = reduce_sum %4239 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4244 = reshape %4243 : f32[16] @ models/lib/nn.yaml:96:46
%4245 = mul %4239, %2639 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4246 = mul %4239, %2638 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4247 = reduce_sum %4246 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4248 = reshape %4247 : f32[16] @ models/lib/nn.yaml:96:37
%4249 = mul %4245, %2637 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4250 = mul %4245, %2631 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4251 = reduce_sum %4250 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4252 = mul %2636, %2636 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4253 = mul %2636, %4252 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4254 = mul %4253, %4081 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4255 = mul %4251, %4254 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4256 = div %4255, %1076 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4257 = broadcast %4256 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4258 = mul %4257, %2631 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4259 = add %4249, %4258 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4260 = add %4259, %4258 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4261 = add %4217, %4260 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4262 = neg %4260 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4263 = reduce_sum %4262 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4264 = div %4263, %1076 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4265 = broadcast %4264 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4266 = add %4261, %4265 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4267 = reduce_sum %4266 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4268 = reshape %4267 : f32[16] @ models/lib/nn.yaml:84:18
%4269 = matmul %4266, %14 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4270 = reshape %2622 : f32[36,16] @ models/lib/nn.yaml:83:15
%4271 = reshape %4266 : f32[36,16] @ models/lib/nn.yaml:83:15
%4272 = matmul %4271, %4270 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4273 = reshape %4269 : f32[4,9,2,8] @ models/lib/nn.yaml:57:16
%4274 = permute %4273 perm=[0,2,1,3] : f32[4,2,9,8] @ models/lib/nn.yaml:56:13
%4275 = permute %2556 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%4276 = slice %4274 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4277 = broadcast %4276 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4278 = slice %4275 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4279 = broadcast %4278 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4280 = mul %4277, %4279 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4281 = slice %4274 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4282 = broadcast %4281 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4283 = slice %4275 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4284 = broadcast %4283 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4285 = mul %4282, %4284 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4286 = add %4280, %4285 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4287 = slice %4274 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4288 = broadcast %4287 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4289 = slice %4275 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4290 = broadcast %4289 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4291 = mul %4288, %4290 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4292 = add %4286, %4291 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4293 = slice %4274 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4294 = broadcast %4293 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4295 = slice %4275 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4296 = broadcast %4295 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4297 = mul %4294, %4296 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4298 = add %4292, %4297 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4299 = slice %4274 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4300 = broadcast %4299 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4301 = slice %4275 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4302 = broadcast %4301 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4303 = mul %4300, %4302 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4304 = add %4298, %4303 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4305 = slice %4274 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4306 = broadcast %4305 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4307 = slice %4275 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4308 = broadcast %4307 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4309 = mul %4306, %4308 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4310 = add %4304, %4309 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4311 = slice %4274 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4312 = broadcast %4311 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4313 = slice %4275 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4314 = broadcast %4313 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4315 = mul %4312, %4314 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4316 = add %4310, %4315 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4317 = slice %4274 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4318 = broadcast %4317 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4319 = slice %4275 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4320 = broadcast %4319 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4321 = mul %4318, %4320 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4322 = add %4316, %4321 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4323 = permute %2615 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4324 = reshape %4323 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%4325 = broadcast %4324 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4326 = reshape %4274 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%4327 = broadcast %4326 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4328 = mul %4325, %4327 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4329 = reduce_sum %4328 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4330 = div %4322, %2613 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4331 = mul %4330, %2615 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4332 = neg %4331 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4333 = reduce_sum %4332 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%4334 = broadcast %4333 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4335 = add %4330, %4334 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4336 = exp %2610 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4337 = mul %4335, %4336 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4338 = mul %4337, %1151 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%4339 = reshape %4338 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4340 = broadcast %4339 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4341 = reshape %2554 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4342 = broadcast %4341 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4343 = mul %4340, %4342 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4344 = reduce_sum %4343 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4345 = permute %4338 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4346 = reshape %4345 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4347 = broadcast %4346 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4348 = reshape %2552 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4349 = broadcast %4348 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4350 = mul %4347, %4349 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4351 = reduce_sum %4350 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4352 = reshape %4329 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%4353 = reshape %4351 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%4354 = reshape %4344 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%4355 = concat %4354, %4353, %4352 axis=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4356 = permute %4355 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%4357 = reshape %4356 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%4358 = reduce_sum %4357 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4359 = reshape %4358 : f32[48] @ models/lib/nn.yaml:84:18
%4360 = matmul %4357, %12 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4361 = reshape %2545 : f32[36,16] @ models/lib/nn.yaml:83:15
%4362 = reshape %4356 : f32[36,48] @ models/lib/nn.yaml:83:15
%4363 = matmul %4362, %4361 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%4364 = reduce_sum %4360 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4365 = reshape %4364 : f32[16] @ models/lib/nn.yaml:96:46
%4366 = mul %4360, %2542 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4367 = mul %4360, %2541 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4368 = reduce_sum %4367 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4369 = reshape %4368 : f32[16] @ models/lib/nn.yaml:96:37
%4370 = mul %4366, %2540 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4371 = mul %4366, %2534 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4372 = reduce_sum %4371 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4373 = mul %2539, %2539 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4374 = mul %2539, %4373 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4375 = mul %4374, %4081 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4376 = mul %4372, %4375 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4377 = div %4376, %1076 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4378 = broadcast %4377 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4379 = mul %4378, %2534 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4380 = add %4370, %4379 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4381 = add %4380, %4379 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4382 = add %4266, %4381 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4383 = neg %4381 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4384 = reduce_sum %4383 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4385 = div %4384, %1076 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4386 = broadcast %4385 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4387 = add %4382, %4386 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4388 = reduce_sum %4387 axes=[0] keep=1 : f32[1,9,16] @ models/lib/vit.yaml:62:15
%4389 = reshape %4388 : f32[3,3,16] @ models/lib/vit.yaml:36:16
%4390 = permute %4389 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%4391 = reshape %4390 : f32[3,48] @ models/lib/vit.yaml:35:21
%4392 = matmul %1063, %4391 ta=1 tb=0 : f32[4,48] @ models/lib/vit.yaml:34:15
%4393 = reshape %4392 : f32[4,3,16] @ models/lib/vit.yaml:34:17
%4394 = permute %4393 perm=[1,0,2] : f32[3,4,16] @ models/lib/vit.yaml:33:13
%4395 = reshape %4394 : f32[3,64] @ models/lib/vit.yaml:33:21
%4396 = matmul %1063, %4395 ta=1 tb=0 : f32[4,64] @ models/lib/vit.yaml:32:15
%4397 = reshape %4396 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%4398 = reduce_sum %4387 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%4399 = reshape %4398 : f32[16] @ models/lib/vit.yaml:17:71
%4400 = reshape %1058 : f32[36,48] @ models/lib/vit.yaml:17:18
%4401 = reshape %4387 : f32[36,16] @ models/lib/vit.yaml:17:18
%4402 = matmul %4401, %4400 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%4403 = reshape %4402 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%4404 = concat %3436, %3424 axis=0 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%4405 = concat %3468, %3498 axis=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%4406 = matmul %4404, %2511 ta=0 tb=0 : f32[4,16,8] @ models/lib/dino.yaml:23:18
%4407 = reshape %2504 : f32[64,8] @ models/lib/dino.yaml:23:18
%4408 = reshape %4404 : f32[64,16] @ models/lib/dino.yaml:23:18
%4409 = matmul %4408, %4407 ta=1 tb=0 : f32[16,8] @ models/lib/dino.yaml:23:18
%4410 = div %4409, %2510 : f32[16,8] @ models/lib/dino.yaml:22:33
%4411 = mul %4410, %2511 : f32[16,8] @ models/lib/dino.yaml:22:33
%4412 = neg %4411 : f32[16,8] @ models/lib/dino.yaml:22:33
%4413 = reduce_sum %4412 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%4414 = mul %4413, %3509 : f32[16,1] @ models/lib/dino.yaml:22:35
%4415 = div %4414, %2509 : f32[16,1] @ models/lib/dino.yaml:22:35
%4416 = broadcast %4415 : f32[16,8] @ models/lib/dino.yaml:22:40
%4417 = mul %4416, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%4418 = add %3516, %4417 : f32[16,8] @ models/lib/dino.yaml:22:53
%4419 = add %4418, %4417 : f32[16,8] @ models/lib/dino.yaml:22:53
%4420 = mul %4410, %2505 : f32[16,8] @ models/lib/dino.yaml:22:22
%4421 = add %4419, %4420 : f32[16,8] @ models/lib/dino.yaml:22:22
%4422 = div %4406, %2503 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4423 = mul %4422, %2504 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4424 = neg %4423 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4425 = reduce_sum %4424 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%4426 = broadcast %3521 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4427 = broadcast %295 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4428 = mul %4425, %4427 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4429 = sqrt %2500 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4430 = eq %4429, %1041 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%4431 = select %4430, %4428, %4426 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4432 = sqrt %2500 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4433 = gt %4432, %1041 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%4434 = select %4433, %4425, %4431 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4435 = mul %4434, %4427 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4436 = sqrt %2500 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4437 = div %4435, %4436 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4438 = broadcast %4437 : f32[4,16,8] @ models/lib/nn.yaml:33:29
%4439 = mul %4438, %2498 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4440 = add %4422, %4439 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4441 = add %4440, %4439 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4442 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,64] @ models/lib/nn.yaml:84:18
%4443 = reshape %4441 : f32[64,8] @ models/lib/nn.yaml:84:18
%4444 = matmul %4442, %4443 ta=0 tb=0 : f32[1,8] @ models/lib/nn.yaml:84:18
%4445 = reshape %4444 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4446 = reshape %4445 : f32[8] @ models/lib/nn.yaml:84:18
%4447 = add %3539, %4446 : f32[8] @ models/lib/nn.yaml:84:18
%4448 = matmul %4441, %81 ta=0 tb=0 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%4449 = reshape %2495 : f32[64,24] @ models/lib/nn.yaml:83:15
%4450 = reshape %4441 : f32[64,8] @ models/lib/nn.yaml:83:15
%4451 = matmul %4450, %4449 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%4452 = add %3543, %4451 : f32[8,24] @ models/lib/nn.yaml:83:15
%4453 = add %1024, %2492 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%4454 = mul %4448, %4453 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4455 = mul %1019, %2490 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4456 = mul %4448, %4455 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4457 = mul %2490, %1021 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%4458 = mul %4457, %4457 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4459 = neg %4458 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4460 = exp %4459 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4461 = broadcast %3552 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4462 = mul %4460, %4461 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4463 = mul %4456, %4462 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4464 = mul %4463, %1021 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%4465 = mul %4454, %1019 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4466 = add %4464, %4465 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4467 = reshape %4466 : f32[64,24] @ models/lib/nn.yaml:84:18
%4468 = matmul %4442, %4467 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%4469 = reshape %4468 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4470 = reshape %4469 : f32[24] @ models/lib/nn.yaml:84:18
%4471 = add %3560, %4470 : f32[24] @ models/lib/nn.yaml:84:18
%4472 = matmul %4466, %79 ta=0 tb=0 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%4473 = reshape %2487 : f32[64,24] @ models/lib/nn.yaml:83:15
%4474 = reshape %4466 : f32[64,24] @ models/lib/nn.yaml:83:15
%4475 = matmul %4474, %4473 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%4476 = add %3564, %4475 : f32[24,24] @ models/lib/nn.yaml:83:15
%4477 = add %1024, %2484 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%4478 = mul %4472, %4477 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4479 = mul %1019, %2482 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4480 = mul %4472, %4479 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4481 = mul %2482, %1021 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%4482 = mul %4481, %4481 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4483 = neg %4482 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4484 = exp %4483 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4485 = mul %4484, %4461 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4486 = mul %4480, %4485 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4487 = mul %4486, %1021 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%4488 = mul %4478, %1019 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4489 = add %4487, %4488 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4490 = reshape %4489 : f32[64,24] @ models/lib/nn.yaml:84:18
%4491 = matmul %4442, %4490 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%4492 = reshape %4491 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4493 = reshape %4492 : f32[24] @ models/lib/nn.yaml:84:18
%4494 = add %3579, %4493 : f32[24] @ models/lib/nn.yaml:84:18
%4495 = matmul %4489, %77 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4496 = reshape %2479 : f32[64,16] @ models/lib/nn.yaml:83:15
%4497 = reshape %4489 : f32[64,24] @ models/lib/nn.yaml:83:15
%4498 = matmul %4497, %4496 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%4499 = add %3583, %4498 : f32[24,16] @ models/lib/nn.yaml:83:15
%4500 = matmul %4405, %2477 ta=0 tb=0 : f32[4,1,8] @ models/lib/dino.yaml:23:18
%4501 = reshape %2470 : f32[4,8] @ models/lib/dino.yaml:23:18
%4502 = reshape %4405 : f32[4,32] @ models/lib/dino.yaml:23:18
%4503 = matmul %4502, %4501 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%4504 = div %4503, %2476 : f32[32,8] @ models/lib/dino.yaml:22:33
%4505 = mul %4504, %2477 : f32[32,8] @ models/lib/dino.yaml:22:33
%4506 = neg %4505 : f32[32,8] @ models/lib/dino.yaml:22:33
%4507 = reduce_sum %4506 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%4508 = mul %4507, %3592 : f32[32,1] @ models/lib/dino.yaml:22:35
%4509 = div %4508, %2475 : f32[32,1] @ models/lib/dino.yaml:22:35
%4510 = broadcast %4509 : f32[32,8] @ models/lib/dino.yaml:22:40
%4511 = mul %4510, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%4512 = add %3599, %4511 : f32[32,8] @ models/lib/dino.yaml:22:53
%4513 = add %4512, %4511 : f32[32,8] @ models/lib/dino.yaml:22:53
%4514 = mul %4504, %2471 : f32[32,8] @ models/lib/dino.yaml:22:22
%4515 = add %4513, %4514 : f32[32,8] @ models/lib/dino.yaml:22:22
%4516 = div %4500, %2469 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4517 = mul %4516, %2470 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4518 = neg %4517 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4519 = reduce_sum %4518 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%4520 = mul %4519, %3605 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4521 = sqrt %2466 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4522 = eq %4521, %1003 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4523 = select %4522, %4520, %3604 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4524 = sqrt %2466 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4525 = gt %4524, %1003 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4526 = select %4525, %4519, %4523 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4527 = mul %4526, %3605 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4528 = sqrt %2466 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4529 = div %4527, %4528 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4530 = broadcast %4529 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%4531 = mul %4530, %2464 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4532 = add %4516, %4531 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4533 = add %4532, %4531 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4534 = reduce_sum %4533 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4535 = reshape %4534 : f32[8] @ models/lib/nn.yaml:84:18
%4536 = add %3621, %4535 : f32[8] @ models/lib/nn.yaml:84:18
%4537 = matmul %4533, %73 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%4538 = reshape %2461 : f32[4,24] @ models/lib/nn.yaml:83:15
%4539 = reshape %4533 : f32[4,8] @ models/lib/nn.yaml:83:15
%4540 = matmul %4539, %4538 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%4541 = add %3625, %4540 : f32[8,24] @ models/lib/nn.yaml:83:15
%4542 = add %985, %2458 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%4543 = mul %4537, %4542 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4544 = mul %980, %2456 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4545 = mul %4537, %4544 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4546 = mul %2456, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4547 = mul %4546, %4546 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4548 = neg %4547 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4549 = exp %4548 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4550 = mul %4549, %3634 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4551 = mul %4545, %4550 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4552 = mul %4551, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4553 = mul %4543, %980 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4554 = add %4552, %4553 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4555 = reduce_sum %4554 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4556 = reshape %4555 : f32[24] @ models/lib/nn.yaml:84:18
%4557 = add %3641, %4556 : f32[24] @ models/lib/nn.yaml:84:18
%4558 = matmul %4554, %71 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%4559 = reshape %2453 : f32[4,24] @ models/lib/nn.yaml:83:15
%4560 = reshape %4554 : f32[4,24] @ models/lib/nn.yaml:83:15
%4561 = matmul %4560, %4559 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%4562 = add %3645, %4561 : f32[24,24] @ models/lib/nn.yaml:83:15
%4563 = add %985, %2450 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%4564 = mul %4558, %4563 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4565 = mul %980, %2448 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4566 = mul %4558, %4565 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4567 = mul %2448, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4568 = mul %4567, %4567 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4569 = neg %4568 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4570 = exp %4569 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4571 = mul %4570, %3634 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4572 = mul %4566, %4571 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4573 = mul %4572, %982 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4574 = mul %4564, %980 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4575 = add %4573, %4574 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4576 = reduce_sum %4575 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4577 = reshape %4576 : f32[24] @ models/lib/nn.yaml:84:18
%4578 = add %3660, %4577 : f32[24] @ models/lib/nn.yaml:84:18
%4579 = matmul %4575, %69 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4580 = reshape %2445 : f32[4,16] @ models/lib/nn.yaml:83:15
%4581 = reshape %4575 : f32[4,24] @ models/lib/nn.yaml:83:15
%4582 = matmul %4581, %4580 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%4583 = add %3664, %4582 : f32[24,16] @ models/lib/nn.yaml:83:15
%4584 = concat %4579, %4495 axis=1 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%4585 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:46
%4586 = reshape %4584 : f32[68,16] @ models/lib/nn.yaml:96:46
%4587 = matmul %4585, %4586 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4588 = reshape %4587 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4589 = reshape %4588 : f32[16] @ models/lib/nn.yaml:96:46
%4590 = add %3667, %4589 : f32[16] @ models/lib/nn.yaml:96:46
%4591 = mul %4584, %2441 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4592 = mul %4584, %2440 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4593 = reshape %4592 : f32[68,16] @ models/lib/nn.yaml:96:37
%4594 = matmul %4585, %4593 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%4595 = reshape %4594 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4596 = reshape %4595 : f32[16] @ models/lib/nn.yaml:96:37
%4597 = add %3671, %4596 : f32[16] @ models/lib/nn.yaml:96:37
%4598 = mul %4591, %2439 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4599 = mul %4591, %2433 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4600 = reduce_sum %4599 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%4601 = mul %2438, %2438 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4602 = mul %2438, %4601 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4603 = broadcast %3677 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4604 = mul %4602, %4603 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4605 = mul %4600, %4604 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4606 = div %4605, %710 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%4607 = broadcast %4606 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%4608 = mul %4607, %2433 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4609 = add %4598, %4608 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4610 = add %4609, %4608 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4611 = neg %4610 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%4612 = reduce_sum %4611 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%4613 = div %4612, %710 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%4614 = broadcast %4613 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4615 = add %4610, %4614 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4616 = slice %4615 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%4617 = slice %4615 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:111:21
%4618 = reduce_sum %4616 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4619 = reshape %4618 : f32[16] @ models/lib/nn.yaml:84:18
%4620 = add %3694, %4619 : f32[16] @ models/lib/nn.yaml:84:18
%4621 = matmul %4616, %65 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%4622 = reshape %2424 : f32[4,64] @ models/lib/nn.yaml:83:15
%4623 = reshape %4616 : f32[4,16] @ models/lib/nn.yaml:83:15
%4624 = matmul %4623, %4622 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4625 = add %3698, %4624 : f32[16,64] @ models/lib/nn.yaml:83:15
%4626 = add %831, %2421 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%4627 = mul %4621, %4626 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4628 = mul %826, %2419 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4629 = mul %4621, %4628 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4630 = mul %2419, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4631 = mul %4630, %4630 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4632 = neg %4631 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4633 = exp %4632 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4634 = mul %4633, %3707 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4635 = mul %4629, %4634 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4636 = mul %4635, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4637 = mul %4627, %826 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4638 = add %4636, %4637 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4639 = reduce_sum %4638 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4640 = reshape %4639 : f32[64] @ models/lib/nn.yaml:84:18
%4641 = add %3714, %4640 : f32[64] @ models/lib/nn.yaml:84:18
%4642 = matmul %4638, %63 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4643 = reshape %2416 : f32[4,16] @ models/lib/nn.yaml:83:15
%4644 = reshape %4638 : f32[4,64] @ models/lib/nn.yaml:83:15
%4645 = matmul %4644, %4643 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4646 = add %3718, %4645 : f32[64,16] @ models/lib/nn.yaml:83:15
%4647 = reduce_sum %4642 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4648 = reshape %4647 : f32[16] @ models/lib/nn.yaml:96:46
%4649 = add %3720, %4648 : f32[16] @ models/lib/nn.yaml:96:46
%4650 = mul %4642, %2413 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4651 = mul %4642, %2412 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4652 = reduce_sum %4651 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4653 = reshape %4652 : f32[16] @ models/lib/nn.yaml:96:37
%4654 = add %3724, %4653 : f32[16] @ models/lib/nn.yaml:96:37
%4655 = mul %4650, %2411 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4656 = mul %4650, %2405 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4657 = reduce_sum %4656 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4658 = mul %2410, %2410 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4659 = mul %2410, %4658 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4660 = mul %4659, %3730 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4661 = mul %4657, %4660 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4662 = div %4661, %807 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4663 = broadcast %4662 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4664 = mul %4663, %2405 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4665 = add %4655, %4664 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4666 = add %4665, %4664 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4667 = add %4616, %4666 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4668 = neg %4666 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4669 = reduce_sum %4668 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4670 = div %4669, %807 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4671 = broadcast %4670 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4672 = add %4667, %4671 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4673 = reduce_sum %4672 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4674 = reshape %4673 : f32[16] @ models/lib/nn.yaml:84:18
%4675 = add %3745, %4674 : f32[16] @ models/lib/nn.yaml:84:18
%4676 = matmul %4672, %59 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4677 = reshape %2396 : f32[4,16] @ models/lib/nn.yaml:83:15
%4678 = reshape %4672 : f32[4,16] @ models/lib/nn.yaml:83:15
%4679 = matmul %4678, %4677 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4680 = add %3749, %4679 : f32[16,16] @ models/lib/nn.yaml:83:15
%4681 = reshape %4676 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%4682 = permute %4681 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%4683 = permute %2338 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%4684 = slice %4682 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4685 = broadcast %4684 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4686 = slice %4683 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4687 = mul %4685, %4686 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4688 = slice %4682 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4689 = broadcast %4688 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4690 = slice %4683 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4691 = mul %4689, %4690 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4692 = add %4687, %4691 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4693 = slice %4682 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4694 = broadcast %4693 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4695 = slice %4683 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4696 = mul %4694, %4695 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4697 = add %4692, %4696 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4698 = slice %4682 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4699 = broadcast %4698 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4700 = slice %4683 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4701 = mul %4699, %4700 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4702 = add %4697, %4701 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4703 = slice %4682 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4704 = broadcast %4703 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4705 = slice %4683 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4706 = mul %4704, %4705 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4707 = add %4702, %4706 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4708 = slice %4682 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4709 = broadcast %4708 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4710 = slice %4683 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4711 = mul %4709, %4710 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4712 = add %4707, %4711 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4713 = slice %4682 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4714 = broadcast %4713 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4715 = slice %4683 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4716 = mul %4714, %4715 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4717 = add %4712, %4716 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4718 = slice %4682 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4719 = broadcast %4718 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4720 = slice %4683 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4721 = mul %4719, %4720 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4722 = add %4717, %4721 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4723 = permute %2389 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%4724 = broadcast %4723 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4725 = broadcast %4682 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4726 = mul %4724, %4725 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4727 = div %4722, %2387 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4728 = mul %4727, %2389 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4729 = neg %4728 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4730 = reduce_sum %4729 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4731 = broadcast %4730 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4732 = add %4727, %4731 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4733 = exp %2384 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%4734 = mul %4732, %4733 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%4735 = mul %4734, %782 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%4736 = reshape %4735 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%4737 = broadcast %4736 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4738 = reshape %2333 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4739 = broadcast %4738 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4740 = mul %4737, %4739 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4741 = reduce_sum %4740 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4742 = permute %4735 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%4743 = broadcast %4742 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4744 = broadcast %2328 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4745 = mul %4743, %4744 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4746 = permute %4726 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%4747 = reshape %4746 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%4748 = reshape %4747 : f32[68,16] @ models/lib/nn.yaml:84:18
%4749 = matmul %4585, %4748 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4750 = reshape %4749 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4751 = reshape %4750 : f32[16] @ models/lib/nn.yaml:84:18
%4752 = add %3818, %4751 : f32[16] @ models/lib/nn.yaml:84:18
%4753 = matmul %4747, %57 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4754 = reshape %2322 : f32[68,16] @ models/lib/nn.yaml:83:15
%4755 = reshape %4746 : f32[68,16] @ models/lib/nn.yaml:83:15
%4756 = matmul %4755, %4754 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4757 = add %3822, %4756 : f32[16,16] @ models/lib/nn.yaml:83:15
%4758 = permute %4745 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%4759 = reshape %4758 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%4760 = reshape %4759 : f32[68,16] @ models/lib/nn.yaml:84:18
%4761 = matmul %4585, %4760 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4762 = reshape %4761 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4763 = reshape %4762 : f32[16] @ models/lib/nn.yaml:84:18
%4764 = add %3826, %4763 : f32[16] @ models/lib/nn.yaml:84:18
%4765 = matmul %4759, %55 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4766 = add %4753, %4765 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4767 = reshape %4758 : f32[68,16] @ models/lib/nn.yaml:83:15
%4768 = matmul %4767, %4754 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4769 = add %3830, %4768 : f32[16,16] @ models/lib/nn.yaml:83:15
%4770 = permute %4741 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4771 = reshape %4770 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4772 = reduce_sum %4771 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4773 = reshape %4772 : f32[16] @ models/lib/nn.yaml:84:18
%4774 = add %3834, %4773 : f32[16] @ models/lib/nn.yaml:84:18
%4775 = matmul %4771, %53 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4776 = reshape %2323 : f32[4,16] @ models/lib/nn.yaml:83:15
%4777 = reshape %4770 : f32[4,16] @ models/lib/nn.yaml:83:15
%4778 = matmul %4777, %4776 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4779 = add %3838, %4778 : f32[16,16] @ models/lib/nn.yaml:83:15
%4780 = pad %4775 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4781 = add %4766, %4780 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4782 = reshape %4781 : f32[68,16] @ models/lib/nn.yaml:96:46
%4783 = matmul %4585, %4782 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4784 = reshape %4783 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4785 = reshape %4784 : f32[16] @ models/lib/nn.yaml:96:46
%4786 = add %3842, %4785 : f32[16] @ models/lib/nn.yaml:96:46
%4787 = mul %4781, %2319 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4788 = mul %4781, %2318 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4789 = reshape %4788 : f32[68,16] @ models/lib/nn.yaml:96:37
%4790 = matmul %4585, %4789 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%4791 = reshape %4790 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4792 = reshape %4791 : f32[16] @ models/lib/nn.yaml:96:37
%4793 = add %3846, %4792 : f32[16] @ models/lib/nn.yaml:96:37
%4794 = mul %4787, %2317 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4795 = mul %4787, %2311 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4796 = reduce_sum %4795 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%4797 = mul %2316, %2316 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4798 = mul %2316, %4797 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4799 = mul %4798, %4603 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4800 = mul %4796, %4799 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4801 = div %4800, %710 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%4802 = broadcast %4801 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%4803 = mul %4802, %2311 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4804 = add %4794, %4803 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4805 = add %4804, %4803 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4806 = neg %4805 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%4807 = reduce_sum %4806 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%4808 = div %4807, %710 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%4809 = broadcast %4808 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4810 = add %4805, %4809 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4811 = slice %4810 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4812 = add %4672, %4811 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4813 = slice %4810 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4814 = add %4617, %4813 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4815 = reduce_sum %4812 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4816 = reshape %4815 : f32[16] @ models/lib/nn.yaml:84:18
%4817 = add %3869, %4816 : f32[16] @ models/lib/nn.yaml:84:18
%4818 = matmul %4812, %49 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%4819 = reshape %2302 : f32[4,64] @ models/lib/nn.yaml:83:15
%4820 = reshape %4812 : f32[4,16] @ models/lib/nn.yaml:83:15
%4821 = matmul %4820, %4819 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4822 = add %3873, %4821 : f32[16,64] @ models/lib/nn.yaml:83:15
%4823 = add %831, %2299 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%4824 = mul %4818, %4823 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4825 = mul %826, %2297 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4826 = mul %4818, %4825 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4827 = mul %2297, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4828 = mul %4827, %4827 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4829 = neg %4828 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4830 = exp %4829 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4831 = mul %4830, %3707 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4832 = mul %4826, %4831 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4833 = mul %4832, %828 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4834 = mul %4824, %826 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4835 = add %4833, %4834 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4836 = reduce_sum %4835 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4837 = reshape %4836 : f32[64] @ models/lib/nn.yaml:84:18
%4838 = add %3888, %4837 : f32[64] @ models/lib/nn.yaml:84:18
%4839 = matmul %4835, %47 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4840 = reshape %2294 : f32[4,16] @ models/lib/nn.yaml:83:15
%4841 = reshape %4835 : f32[4,64] @ models/lib/nn.yaml:83:15
%4842 = matmul %4841, %4840 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4843 = add %3892, %4842 : f32[64,16] @ models/lib/nn.yaml:83:15
%4844 = reduce_sum %4839 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4845 = reshape %4844 : f32[16] @ models/lib/nn.yaml:96:46
%4846 = add %3894, %4845 : f32[16] @ models/lib/nn.yaml:96:46
%4847 = mul %4839, %2291 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4848 = mul %4839, %2290 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4849 = reduce_sum %4848 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4850 = reshape %4849 : f32[16] @ models/lib/nn.yaml:96:37
%4851 = add %3898, %4850 : f32[16] @ models/lib/nn.yaml:96:37
%4852 = mul %4847, %2289 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4853 = mul %4847, %2283 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4854 = reduce_sum %4853 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4855 = mul %2288, %2288 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4856 = mul %2288, %4855 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4857 = mul %4856, %3730 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4858 = mul %4854, %4857 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4859 = div %4858, %807 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4860 = broadcast %4859 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4861 = mul %4860, %2283 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4862 = add %4852, %4861 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4863 = add %4862, %4861 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4864 = add %4812, %4863 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4865 = neg %4863 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4866 = reduce_sum %4865 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4867 = div %4866, %807 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4868 = broadcast %4867 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4869 = add %4864, %4868 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4870 = reduce_sum %4869 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4871 = reshape %4870 : f32[16] @ models/lib/nn.yaml:84:18
%4872 = add %3918, %4871 : f32[16] @ models/lib/nn.yaml:84:18
%4873 = matmul %4869, %43 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4874 = reshape %2274 : f32[4,16] @ models/lib/nn.yaml:83:15
%4875 = reshape %4869 : f32[4,16] @ models/lib/nn.yaml:83:15
%4876 = matmul %4875, %4874 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4877 = add %3922, %4876 : f32[16,16] @ models/lib/nn.yaml:83:15
%4878 = reshape %4873 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%4879 = permute %4878 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%4880 = permute %2216 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%4881 = slice %4879 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4882 = broadcast %4881 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4883 = slice %4880 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4884 = mul %4882, %4883 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4885 = slice %4879 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4886 = broadcast %4885 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4887 = slice %4880 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4888 = mul %4886, %4887 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4889 = add %4884, %4888 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4890 = slice %4879 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4891 = broadcast %4890 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4892 = slice %4880 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4893 = mul %4891, %4892 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4894 = add %4889, %4893 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4895 = slice %4879 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4896 = broadcast %4895 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4897 = slice %4880 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4898 = mul %4896, %4897 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4899 = add %4894, %4898 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4900 = slice %4879 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4901 = broadcast %4900 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4902 = slice %4880 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4903 = mul %4901, %4902 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4904 = add %4899, %4903 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4905 = slice %4879 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4906 = broadcast %4905 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4907 = slice %4880 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4908 = mul %4906, %4907 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4909 = add %4904, %4908 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4910 = slice %4879 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4911 = broadcast %4910 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4912 = slice %4880 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4913 = mul %4911, %4912 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4914 = add %4909, %4913 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4915 = slice %4879 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4916 = broadcast %4915 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4917 = slice %4880 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4918 = mul %4916, %4917 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4919 = add %4914, %4918 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4920 = permute %2267 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%4921 = broadcast %4920 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4922 = broadcast %4879 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4923 = mul %4921, %4922 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4924 = div %4919, %2265 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4925 = mul %4924, %2267 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4926 = neg %4925 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4927 = reduce_sum %4926 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4928 = broadcast %4927 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4929 = add %4924, %4928 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4930 = exp %2262 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%4931 = mul %4929, %4930 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%4932 = mul %4931, %782 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%4933 = reshape %4932 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%4934 = broadcast %4933 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4935 = reshape %2211 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4936 = broadcast %4935 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4937 = mul %4934, %4936 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4938 = reduce_sum %4937 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4939 = permute %4932 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%4940 = broadcast %4939 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4941 = broadcast %2206 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4942 = mul %4940, %4941 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4943 = permute %4923 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%4944 = reshape %4943 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%4945 = reshape %4944 : f32[68,16] @ models/lib/nn.yaml:84:18
%4946 = matmul %4585, %4945 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4947 = reshape %4946 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4948 = reshape %4947 : f32[16] @ models/lib/nn.yaml:84:18
%4949 = add %3991, %4948 : f32[16] @ models/lib/nn.yaml:84:18
%4950 = matmul %4944, %41 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4951 = reshape %2200 : f32[68,16] @ models/lib/nn.yaml:83:15
%4952 = reshape %4943 : f32[68,16] @ models/lib/nn.yaml:83:15
%4953 = matmul %4952, %4951 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4954 = add %3995, %4953 : f32[16,16] @ models/lib/nn.yaml:83:15
%4955 = permute %4942 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%4956 = reshape %4955 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%4957 = reshape %4956 : f32[68,16] @ models/lib/nn.yaml:84:18
%4958 = matmul %4585, %4957 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4959 = reshape %4958 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4960 = reshape %4959 : f32[16] @ models/lib/nn.yaml:84:18
%4961 = add %3999, %4960 : f32[16] @ models/lib/nn.yaml:84:18
%4962 = matmul %4956, %39 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4963 = add %4950, %4962 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4964 = reshape %4955 : f32[68,16] @ models/lib/nn.yaml:83:15
%4965 = matmul %4964, %4951 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4966 = add %4003, %4965 : f32[16,16] @ models/lib/nn.yaml:83:15
%4967 = permute %4938 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4968 = reshape %4967 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4969 = reduce_sum %4968 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4970 = reshape %4969 : f32[16] @ models/lib/nn.yaml:84:18
%4971 = add %4007, %4970 : f32[16] @ models/lib/nn.yaml:84:18
%4972 = matmul %4968, %37 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4973 = reshape %2201 : f32[4,16] @ models/lib/nn.yaml:83:15
%4974 = reshape %4967 : f32[4,16] @ models/lib/nn.yaml:83:15
%4975 = matmul %4974, %4973 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4976 = add %4011, %4975 : f32[16,16] @ models/lib/nn.yaml:83:15
%4977 = pad %4972 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4978 = add %4963, %4977 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4979 = reshape %4978 : f32[68,16] @ models/lib/nn.yaml:96:46
%4980 = matmul %4585, %4979 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4981 = reshape %4980 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4982 = reshape %4981 : f32[16] @ models/lib/nn.yaml:96:46
%4983 = add %4015, %4982 : f32[16] @ models/lib/nn.yaml:96:46
%4984 = mul %4978, %2197 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4985 = mul %4978, %2196 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4986 = reshape %4985 : f32[68,16] @ models/lib/nn.yaml:96:37
%4987 = matmul %4585, %4986 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%4988 = reshape %4987 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4989 = reshape %4988 : f32[16] @ models/lib/nn.yaml:96:37
%4990 = add %4019, %4989 : f32[16] @ models/lib/nn.yaml:96:37
%4991 = mul %4984, %2195 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4992 = mul %4984, %2189 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4993 = reduce_sum %4992 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%4994 = mul %2194, %2194 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4995 = mul %2194, %4994 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4996 = mul %4995, %4603 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4997 = mul %4993, %4996 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4998 = div %4997, %710 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%4999 = broadcast %4998 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5000 = mul %4999, %2189 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5001 = add %4991, %5000 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5002 = add %5001, %5000 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5003 = neg %5002 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5004 = reduce_sum %5003 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5005 = div %5004, %710 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5006 = broadcast %5005 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5007 = add %5002, %5006 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5008 = slice %5007 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5009 = add %4869, %5008 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5010 = slice %5007 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5011 = add %4814, %5010 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5012 = reduce_sum %5009 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%5013 = add %4041, %5012 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%5014 = mul %5011, %2181 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%5015 = div %5014, %2139 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%5016 = reshape %5015 : f32[64,16] @ models/lib/nn.yaml:84:18
%5017 = matmul %4442, %5016 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5018 = reshape %5017 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5019 = reshape %5018 : f32[16] @ models/lib/nn.yaml:84:18
%5020 = add %4045, %5019 : f32[16] @ models/lib/nn.yaml:84:18
%5021 = matmul %5015, %32 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%5022 = reshape %2172 : f32[64,64] @ models/lib/nn.yaml:83:15
%5023 = reshape %5015 : f32[64,16] @ models/lib/nn.yaml:83:15
%5024 = matmul %5023, %5022 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%5025 = add %4049, %5024 : f32[16,64] @ models/lib/nn.yaml:83:15
%5026 = add %303, %2169 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%5027 = mul %5021, %5026 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5028 = mul %296, %2167 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5029 = mul %5021, %5028 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5030 = mul %2167, %299 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5031 = mul %5030, %5030 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5032 = neg %5031 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5033 = exp %5032 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5034 = broadcast %3552 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5035 = mul %5033, %5034 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5036 = mul %5029, %5035 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5037 = mul %5036, %299 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5038 = mul %5027, %296 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5039 = add %5037, %5038 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5040 = reshape %5039 : f32[64,64] @ models/lib/nn.yaml:84:18
%5041 = matmul %4442, %5040 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%5042 = reshape %5041 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5043 = reshape %5042 : f32[64] @ models/lib/nn.yaml:84:18
%5044 = add %4065, %5043 : f32[64] @ models/lib/nn.yaml:84:18
%5045 = matmul %5039, %30 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5046 = reshape %2164 : f32[64,16] @ models/lib/nn.yaml:83:15
%5047 = reshape %5039 : f32[64,64] @ models/lib/nn.yaml:83:15
%5048 = matmul %5047, %5046 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%5049 = add %4069, %5048 : f32[64,16] @ models/lib/nn.yaml:83:15
%5050 = reshape %5045 : f32[64,16] @ models/lib/nn.yaml:96:46
%5051 = matmul %4442, %5050 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5052 = reshape %5051 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5053 = reshape %5052 : f32[16] @ models/lib/nn.yaml:96:46
%5054 = add %4071, %5053 : f32[16] @ models/lib/nn.yaml:96:46
%5055 = mul %5045, %2161 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5056 = mul %5045, %2160 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5057 = reshape %5056 : f32[64,16] @ models/lib/nn.yaml:96:37
%5058 = matmul %4442, %5057 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5059 = reshape %5058 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5060 = reshape %5059 : f32[16] @ models/lib/nn.yaml:96:37
%5061 = add %4075, %5060 : f32[16] @ models/lib/nn.yaml:96:37
%5062 = mul %5055, %2159 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5063 = mul %5055, %2153 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5064 = reduce_sum %5063 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5065 = mul %2158, %2158 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5066 = mul %2158, %5065 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5067 = broadcast %3677 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5068 = mul %5066, %5067 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5069 = mul %5064, %5068 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5070 = div %5069, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5071 = broadcast %5070 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5072 = mul %5071, %2153 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5073 = add %5062, %5072 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5074 = add %5073, %5072 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5075 = add %5011, %5074 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5076 = neg %5074 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5077 = reduce_sum %5076 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5078 = div %5077, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5079 = broadcast %5078 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5080 = add %5075, %5079 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5081 = mul %5080, %2147 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%5082 = div %5081, %2139 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%5083 = reshape %5082 : f32[64,16] @ models/lib/nn.yaml:84:18
%5084 = matmul %4442, %5083 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5085 = reshape %5084 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5086 = reshape %5085 : f32[16] @ models/lib/nn.yaml:84:18
%5087 = add %4098, %5086 : f32[16] @ models/lib/nn.yaml:84:18
%5088 = matmul %5082, %26 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5089 = reshape %2133 : f32[64,16] @ models/lib/nn.yaml:83:15
%5090 = reshape %5082 : f32[64,16] @ models/lib/nn.yaml:83:15
%5091 = matmul %5090, %5089 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%5092 = add %4102, %5091 : f32[16,16] @ models/lib/nn.yaml:83:15
%5093 = reshape %5088 : f32[4,16,2,8] @ models/lib/nn.yaml:57:16
%5094 = permute %5093 perm=[0,2,1,3] : f32[4,2,16,8] @ models/lib/nn.yaml:56:13
%5095 = permute %2067 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%5096 = slice %5094 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5097 = broadcast %5096 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5098 = slice %5095 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5099 = broadcast %5098 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5100 = mul %5097, %5099 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5101 = slice %5094 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5102 = broadcast %5101 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5103 = slice %5095 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5104 = broadcast %5103 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5105 = mul %5102, %5104 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5106 = add %5100, %5105 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5107 = slice %5094 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5108 = broadcast %5107 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5109 = slice %5095 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5110 = broadcast %5109 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5111 = mul %5108, %5110 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5112 = add %5106, %5111 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5113 = slice %5094 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5114 = broadcast %5113 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5115 = slice %5095 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5116 = broadcast %5115 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5117 = mul %5114, %5116 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5118 = add %5112, %5117 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5119 = slice %5094 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5120 = broadcast %5119 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5121 = slice %5095 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5122 = broadcast %5121 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5123 = mul %5120, %5122 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5124 = add %5118, %5123 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5125 = slice %5094 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5126 = broadcast %5125 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5127 = slice %5095 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5128 = broadcast %5127 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5129 = mul %5126, %5128 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5130 = add %5124, %5129 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5131 = slice %5094 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5132 = broadcast %5131 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5133 = slice %5095 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5134 = broadcast %5133 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5135 = mul %5132, %5134 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5136 = add %5130, %5135 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5137 = slice %5094 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5138 = broadcast %5137 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5139 = slice %5095 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5140 = broadcast %5139 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5141 = mul %5138, %5140 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5142 = add %5136, %5141 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5143 = permute %2126 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5144 = reshape %5143 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%5145 = broadcast %5144 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5146 = reshape %5094 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%5147 = broadcast %5146 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5148 = mul %5145, %5147 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5149 = reduce_sum %5148 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5150 = div %5142, %2124 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5151 = mul %5150, %2126 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5152 = neg %5151 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5153 = reduce_sum %5152 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%5154 = broadcast %5153 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5155 = add %5150, %5154 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5156 = exp %2121 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%5157 = mul %5155, %5156 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%5158 = mul %5157, %253 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%5159 = reshape %5158 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5160 = broadcast %5159 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5161 = reshape %2065 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5162 = broadcast %5161 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5163 = mul %5160, %5162 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5164 = reduce_sum %5163 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5165 = permute %5158 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5166 = reshape %5165 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5167 = broadcast %5166 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5168 = reshape %2063 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5169 = broadcast %5168 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5170 = mul %5167, %5169 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5171 = reduce_sum %5170 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5172 = reshape %5149 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%5173 = reshape %5171 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%5174 = reshape %5164 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%5175 = concat %5174, %5173, %5172 axis=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%5176 = permute %5175 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%5177 = reshape %5176 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%5178 = reshape %5177 : f32[64,48] @ models/lib/nn.yaml:84:18
%5179 = matmul %4442, %5178 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%5180 = reshape %5179 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5181 = reshape %5180 : f32[48] @ models/lib/nn.yaml:84:18
%5182 = add %4189, %5181 : f32[48] @ models/lib/nn.yaml:84:18
%5183 = matmul %5177, %24 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5184 = reshape %2056 : f32[64,16] @ models/lib/nn.yaml:83:15
%5185 = reshape %5176 : f32[64,48] @ models/lib/nn.yaml:83:15
%5186 = matmul %5185, %5184 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%5187 = add %4193, %5186 : f32[48,16] @ models/lib/nn.yaml:83:15
%5188 = reshape %5183 : f32[64,16] @ models/lib/nn.yaml:96:46
%5189 = matmul %4442, %5188 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5190 = reshape %5189 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5191 = reshape %5190 : f32[16] @ models/lib/nn.yaml:96:46
%5192 = add %4195, %5191 : f32[16] @ models/lib/nn.yaml:96:46
%5193 = mul %5183, %2053 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5194 = mul %5183, %2052 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5195 = reshape %5194 : f32[64,16] @ models/lib/nn.yaml:96:37
%5196 = matmul %4442, %5195 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5197 = reshape %5196 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5198 = reshape %5197 : f32[16] @ models/lib/nn.yaml:96:37
%5199 = add %4199, %5198 : f32[16] @ models/lib/nn.yaml:96:37
%5200 = mul %5193, %2051 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5201 = mul %5193, %2045 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5202 = reduce_sum %5201 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5203 = mul %2050, %2050 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5204 = mul %2050, %5203 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5205 = mul %5204, %5067 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5206 = mul %5202, %5205 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5207 = div %5206, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5208 = broadcast %5207 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5209 = mul %5208, %2045 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5210 = add %5200, %5209 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5211 = add %5210, %5209 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5212 = add %5080, %5211 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5213 = neg %5211 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5214 = reduce_sum %5213 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5215 = div %5214, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5216 = broadcast %5215 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5217 = add %5212, %5216 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5218 = reshape %5217 : f32[64,16] @ models/lib/nn.yaml:84:18
%5219 = matmul %4442, %5218 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5220 = reshape %5219 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5221 = reshape %5220 : f32[16] @ models/lib/nn.yaml:84:18
%5222 = add %4219, %5221 : f32[16] @ models/lib/nn.yaml:84:18
%5223 = matmul %5217, %20 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%5224 = reshape %2037 : f32[64,64] @ models/lib/nn.yaml:83:15
%5225 = reshape %5217 : f32[64,16] @ models/lib/nn.yaml:83:15
%5226 = matmul %5225, %5224 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%5227 = add %4223, %5226 : f32[16,64] @ models/lib/nn.yaml:83:15
%5228 = add %303, %2034 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%5229 = mul %5223, %5228 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5230 = mul %296, %2032 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5231 = mul %5223, %5230 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5232 = mul %2032, %299 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5233 = mul %5232, %5232 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5234 = neg %5233 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5235 = exp %5234 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5236 = mul %5235, %5034 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5237 = mul %5231, %5236 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5238 = mul %5237, %299 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5239 = mul %5229, %296 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5240 = add %5238, %5239 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5241 = reshape %5240 : f32[64,64] @ models/lib/nn.yaml:84:18
%5242 = matmul %4442, %5241 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%5243 = reshape %5242 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5244 = reshape %5243 : f32[64] @ models/lib/nn.yaml:84:18
%5245 = add %4238, %5244 : f32[64] @ models/lib/nn.yaml:84:18
%5246 = matmul %5240, %18 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5247 = reshape %2029 : f32[64,16] @ models/lib/nn.yaml:83:15
%5248 = reshape %5240 : f32[64,64] @ models/lib/nn.yaml:83:15
%5249 = matmul %5248, %5247 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%5250 = add %4242, %5249 : f32[64,16] @ models/lib/nn.yaml:83:15
%5251 = reshape %5246 : f32[64,16] @ models/lib/nn.yaml:96:46
%5252 = matmul %4442, %5251 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5253 = reshape %5252 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5254 = reshape %5253 : f32[16] @ models/lib/nn.yaml:96:46
%5255 = add %4244, %5254 : f32[16] @ models/lib/nn.yaml:96:46
%5256 = mul %5246, %2026 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5257 = mul %5246, %2025 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5258 = reshape %5257 : f32[64,16] @ models/lib/nn.yaml:96:37
%5259 = matmul %4442, %5258 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5260 = reshape %5259 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5261 = reshape %5260 : f32[16] @ models/lib/nn.yaml:96:37
%5262 = add %4248, %5261 : f32[16] @ models/lib/nn.yaml:96:37
%5263 = mul %5256, %2024 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5264 = mul %5256, %2018 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5265 = reduce_sum %5264 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5266 = mul %2023, %2023 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5267 = mul %2023, %5266 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5268 = mul %5267, %5067 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5269 = mul %5265, %5268 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5270 = div %5269, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5271 = broadcast %5270 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5272 = mul %5271, %2018 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5273 = add %5263, %5272 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5274 = add %5273, %5272 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5275 = add %5217, %5274 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5276 = neg %5274 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5277 = reduce_sum %5276 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5278 = div %5277, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5279 = broadcast %5278 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5280 = add %5275, %5279 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5281 = reshape %5280 : f32[64,16] @ models/lib/nn.yaml:84:18
%5282 = matmul %4442, %5281 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5283 = reshape %5282 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5284 = reshape %5283 : f32[16] @ models/lib/nn.yaml:84:18
%5285 = add %4268, %5284 : f32[16] @ models/lib/nn.yaml:84:18
%5286 = matmul %5280, %14 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5287 = reshape %2009 : f32[64,16] @ models/lib/nn.yaml:83:15
%5288 = reshape %5280 : f32[64,16] @ models/lib/nn.yaml:83:15
%5289 = matmul %5288, %5287 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%5290 = add %4272, %5289 : f32[16,16] @ models/lib/nn.yaml:83:15
%5291 = reshape %5286 : f32[4,16,2,8] @ models/lib/nn.yaml:57:16
%5292 = permute %5291 perm=[0,2,1,3] : f32[4,2,16,8] @ models/lib/nn.yaml:56:13
%5293 = permute %1943 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%5294 = slice %5292 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5295 = broadcast %5294 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5296 = slice %5293 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5297 = broadcast %5296 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5298 = mul %5295, %5297 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5299 = slice %5292 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5300 = broadcast %5299 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5301 = slice %5293 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5302 = broadcast %5301 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5303 = mul %5300, %5302 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5304 = add %5298, %5303 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5305 = slice %5292 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5306 = broadcast %5305 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5307 = slice %5293 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5308 = broadcast %5307 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5309 = mul %5306, %5308 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5310 = add %5304, %5309 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5311 = slice %5292 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5312 = broadcast %5311 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5313 = slice %5293 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5314 = broadcast %5313 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5315 = mul %5312, %5314 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5316 = add %5310, %5315 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5317 = slice %5292 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5318 = broadcast %5317 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5319 = slice %5293 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5320 = broadcast %5319 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5321 = mul %5318, %5320 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5322 = add %5316, %5321 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5323 = slice %5292 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5324 = broadcast %5323 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5325 = slice %5293 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5326 = broadcast %5325 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5327 = mul %5324, %5326 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5328 = add %5322, %5327 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5329 = slice %5292 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5330 = broadcast %5329 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5331 = slice %5293 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5332 = broadcast %5331 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5333 = mul %5330, %5332 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5334 = add %5328, %5333 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5335 = slice %5292 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5336 = broadcast %5335 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5337 = slice %5293 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5338 = broadcast %5337 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5339 = mul %5336, %5338 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5340 = add %5334, %5339 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5341 = permute %2002 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5342 = reshape %5341 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%5343 = broadcast %5342 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5344 = reshape %5292 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%5345 = broadcast %5344 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5346 = mul %5343, %5345 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5347 = reduce_sum %5346 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5348 = div %5340, %2000 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5349 = mul %5348, %2002 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5350 = neg %5349 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5351 = reduce_sum %5350 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%5352 = broadcast %5351 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5353 = add %5348, %5352 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5354 = exp %1997 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%5355 = mul %5353, %5354 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%5356 = mul %5355, %253 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%5357 = reshape %5356 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5358 = broadcast %5357 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5359 = reshape %1941 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5360 = broadcast %5359 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5361 = mul %5358, %5360 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5362 = reduce_sum %5361 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5363 = permute %5356 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5364 = reshape %5363 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5365 = broadcast %5364 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5366 = reshape %1939 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5367 = broadcast %5366 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5368 = mul %5365, %5367 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5369 = reduce_sum %5368 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5370 = reshape %5347 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%5371 = reshape %5369 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%5372 = reshape %5362 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%5373 = concat %5372, %5371, %5370 axis=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%5374 = permute %5373 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%5375 = reshape %5374 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%5376 = reshape %5375 : f32[64,48] @ models/lib/nn.yaml:84:18
%5377 = matmul %4442, %5376 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%5378 = reshape %5377 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5379 = reshape %5378 : f32[48] @ models/lib/nn.yaml:84:18
%5380 = add %4359, %5379 : f32[48] @ models/lib/nn.yaml:84:18
%5381 = matmul %5375, %12 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5382 = reshape %1932 : f32[64,16] @ models/lib/nn.yaml:83:15
%5383 = reshape %5374 : f32[64,48] @ models/lib/nn.yaml:83:15
%5384 = matmul %5383, %5382 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%5385 = add %4363, %5384 : f32[48,16] @ models/lib/nn.yaml:83:15
%5386 = reshape %5381 : f32[64,16] @ models/lib/nn.yaml:96:46
%5387 = matmul %4442, %5386 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5388 = reshape %5387 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5389 = reshape %5388 : f32[16] @ models/lib/nn.yaml:96:46
%5390 = add %4365, %5389 : f32[16] @ models/lib/nn.yaml:96:46
%5391 = mul %5381, %1929 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5392 = mul %5381, %1928 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5393 = reshape %5392 : f32[64,16] @ models/lib/nn.yaml:96:37
%5394 = matmul %4442, %5393 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5395 = reshape %5394 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5396 = reshape %5395 : f32[16] @ models/lib/nn.yaml:96:37
%5397 = add %4369, %5396 : f32[16] @ models/lib/nn.yaml:96:37
%5398 = mul %5391, %1927 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5399 = mul %5391, %1921 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5400 = reduce_sum %5399 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5401 = mul %1926, %1926 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5402 = mul %1926, %5401 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5403 = mul %5402, %5067 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5404 = mul %5400, %5403 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5405 = div %5404, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5406 = broadcast %5405 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5407 = mul %5406, %1921 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5408 = add %5398, %5407 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5409 = add %5408, %5407 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5410 = add %5280, %5409 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5411 = neg %5409 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5412 = reduce_sum %5411 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5413 = div %5412, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5414 = broadcast %5413 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5415 = add %5410, %5414 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5416 = reduce_sum %5415 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%5417 = add %4397, %5416 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%5418 = reshape %5415 : f32[64,16] @ models/lib/vit.yaml:17:71
%5419 = matmul %4442, %5418 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%5420 = reshape %5419 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%5421 = reshape %5420 : f32[16] @ models/lib/vit.yaml:17:71
%5422 = add %4399, %5421 : f32[16] @ models/lib/vit.yaml:17:71
%5423 = reshape %166 : f32[64,48] @ models/lib/vit.yaml:17:18
%5424 = reshape %5415 : f32[64,16] @ models/lib/vit.yaml:17:18
%5425 = matmul %5424, %5423 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%5426 = reshape %5425 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%5427 = add %4403, %5426 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%5428 = all_reduce_sum %5417 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5429 = reshape %5428 : f32[256] @ models/lib/vit.yaml:48:7
%5430 = mul %5429, %5429 : f32[256] @ models/lib/vit.yaml:48:7
%5431 = reduce_sum %5430 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%5432 = sqrt %5431 : f32[] @ models/lib/vit.yaml:48:7
%5433 = cast %5432 : f64[] @ models/lib/vit.yaml:48:7
%5434 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%5435 = add %5433, %5434 : f64[] @ models/lib/vit.yaml:48:7
%5436 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%5437 = div %5436, %5435 : f64[] @ models/lib/vit.yaml:48:7
%5438 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%5439 = lt %5437, %5438 : bool[] @ models/lib/vit.yaml:48:7
%5440 = cast %5437 : f32[] @ models/lib/vit.yaml:48:7
%5441 = broadcast %5440 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5442 = mul %5428, %5441 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5443 = broadcast %5439 : bool[1,16,16] @ models/lib/vit.yaml:48:7
%5444 = select %5443, %5442, %5428 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5445 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5446 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5447 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%5448 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%5449 = add %5447, %5448 : i64[] @ models/lib/vit.yaml:48:7
%5450 = mul %3378, %3379 : f64[] @ models/lib/vit.yaml:48:7
%5451 = sub %5438, %5450 : f64[] @ models/lib/vit.yaml:48:7
%5452 = cast %5451 : f32[] @ models/lib/vit.yaml:48:7
%5453 = broadcast %5452 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5454 = mul %7, %5453 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5455 = broadcast %3111 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5456 = mul %5444, %5455 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5457 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%5458 = broadcast %2138 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5459 = mul %5445, %5458 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5460 = add %5459, %5456 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5461 = mul %5444, %5444 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5462 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%5463 = broadcast %5462 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5464 = mul %5461, %5463 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5465 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%5466 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%5467 = broadcast %5466 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5468 = mul %5446, %5467 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5469 = add %5468, %5464 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5470 = cast %5449 : f64[] @ models/lib/vit.yaml:48:7
%5471 = pow %5457, %5470 : f64[] @ models/lib/vit.yaml:48:7
%5472 = sub %5438, %5471 : f64[] @ models/lib/vit.yaml:48:7
%5473 = div %3378, %5472 : f64[] @ models/lib/vit.yaml:48:7
%5474 = pow %5465, %5470 : f64[] @ models/lib/vit.yaml:48:7
%5475 = sub %5438, %5474 : f64[] @ models/lib/vit.yaml:48:7
%5476 = sqrt %5475 : f64[] @ models/lib/vit.yaml:48:7
%5477 = div %5438, %5476 : f64[] @ models/lib/vit.yaml:48:7
%5478 = sqrt %5469 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5479 = cast %5477 : f32[] @ models/lib/vit.yaml:48:7
%5480 = broadcast %5479 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5481 = mul %5478, %5480 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5482 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%5483 = broadcast %5482 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5484 = add %5481, %5483 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5485 = div %5460, %5484 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5486 = cast %5473 : f32[] @ models/lib/vit.yaml:48:7
%5487 = broadcast %5486 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5488 = mul %5485, %5487 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5489 = sub %5454, %5488 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5490 = assign %7, %5489 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5491 = assign %5445, %5460 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5492 = assign %5446, %5469 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5493 = assign %5447, %5449 : i64[] @ models/lib/vit.yaml:48:7
%5494 = cast %3380 : f32[] @ models/lib/vit.yaml:48:7
%5495 = broadcast %5494 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5496 = mul %85, %5495 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5497 = sub %5438, %3380 : f64[] @ models/lib/vit.yaml:48:7
%5498 = cast %5497 : f32[] @ models/lib/vit.yaml:48:7
%5499 = broadcast %5498 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5500 = mul %5489, %5499 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5501 = add %5496, %5500 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5502 = assign %85, %5501 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5503 = all_reduce_sum %5427 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5504 = reshape %5503 : f32[768] @ models/lib/vit.yaml:9:7
%5505 = mul %5504, %5504 : f32[768] @ models/lib/vit.yaml:9:7
%5506 = reduce_sum %5505 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%5507 = sqrt %5506 : f32[] @ models/lib/vit.yaml:9:7
%5508 = cast %5507 : f64[] @ models/lib/vit.yaml:9:7
%5509 = add %5508, %5434 : f64[] @ models/lib/vit.yaml:9:7
%5510 = div %5436, %5509 : f64[] @ models/lib/vit.yaml:9:7
%5511 = lt %5510, %5438 : bool[] @ models/lib/vit.yaml:9:7
%5512 = cast %5510 : f32[] @ models/lib/vit.yaml:9:7
%5513 = broadcast %5512 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5514 = mul %5503, %5513 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5515 = broadcast %5511 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%5516 = select %5515, %5514, %5503 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5517 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5518 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5519 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%5520 = add %5519, %5448 : i64[] @ models/lib/vit.yaml:9:7
%5521 = broadcast %5452 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5522 = mul %8, %5521 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5523 = broadcast %3111 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5524 = mul %5516, %5523 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5525 = broadcast %2138 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5526 = mul %5517, %5525 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5527 = add %5526, %5524 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5528 = mul %5516, %5516 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5529 = broadcast %5462 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5530 = mul %5528, %5529 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5531 = broadcast %5466 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5532 = mul %5518, %5531 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5533 = add %5532, %5530 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5534 = cast %5520 : f64[] @ models/lib/vit.yaml:9:7
%5535 = pow %5457, %5534 : f64[] @ models/lib/vit.yaml:9:7
%5536 = sub %5438, %5535 : f64[] @ models/lib/vit.yaml:9:7
%5537 = div %3378, %5536 : f64[] @ models/lib/vit.yaml:9:7
%5538 = pow %5465, %5534 : f64[] @ models/lib/vit.yaml:9:7
%5539 = sub %5438, %5538 : f64[] @ models/lib/vit.yaml:9:7
%5540 = sqrt %5539 : f64[] @ models/lib/vit.yaml:9:7
%5541 = div %5438, %5540 : f64[] @ models/lib/vit.yaml:9:7
%5542 = sqrt %5533 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5543 = cast %5541 : f32[] @ models/lib/vit.yaml:9:7
%5544 = broadcast %5543 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5545 = mul %5542, %5544 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5546 = broadcast %5482 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5547 = add %5545, %5546 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5548 = div %5527, %5547 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5549 = cast %5537 : f32[] @ models/lib/vit.yaml:9:7
%5550 = broadcast %5549 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5551 = mul %5548, %5550 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5552 = sub %5522, %5551 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5553 = assign %8, %5552 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5554 = assign %5517, %5527 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5555 = assign %5518, %5533 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5556 = assign %5519, %5520 : i64[] @ models/lib/vit.yaml:9:7
%5557 = broadcast %5494 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5558 = mul %86, %5557 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5559 = broadcast %5498 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5560 = mul %5552, %5559 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5561 = add %5558, %5560 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5562 = assign %86, %5561 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5563 = all_reduce_sum %5422 : f32[16] @ models/lib/vit.yaml:10:7
%5564 = mul %5563, %5563 : f32[16] @ models/lib/vit.yaml:10:7
%5565 = reduce_sum %5564 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%5566 = sqrt %5565 : f32[] @ models/lib/vit.yaml:10:7
%5567 = cast %5566 : f64[] @ models/lib/vit.yaml:10:7
%5568 = add %5567, %5434 : f64[] @ models/lib/vit.yaml:10:7
%5569 = div %5436, %5568 : f64[] @ models/lib/vit.yaml:10:7
%5570 = lt %5569, %5438 : bool[] @ models/lib/vit.yaml:10:7
%5571 = cast %5569 : f32[] @ models/lib/vit.yaml:10:7
%5572 = broadcast %5571 : f32[16] @ models/lib/vit.yaml:10:7
%5573 = mul %5563, %5572 : f32[16] @ models/lib/vit.yaml:10:7
%5574 = broadcast %5570 : bool[16] @ models/lib/vit.yaml:10:7
%5575 = select %5574, %5573, %5563 : f32[16] @ models/lib/vit.yaml:10:7
%5576 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%5577 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%5578 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%5579 = add %5578, %5448 : i64[] @ models/lib/vit.yaml:10:7
%5580 = broadcast %3111 : f32[16] @ models/lib/vit.yaml:10:7
%5581 = mul %5575, %5580 : f32[16] @ models/lib/vit.yaml:10:7
%5582 = broadcast %2138 : f32[16] @ models/lib/vit.yaml:10:7
%5583 = mul %5576, %5582 : f32[16] @ models/lib/vit.yaml:10:7
%5584 = add %5583, %5581 : f32[16] @ models/lib/vit.yaml:10:7
%5585 = mul %5575, %5575 : f32[16] @ models/lib/vit.yaml:10:7
%5586 = broadcast %5462 : f32[16] @ models/lib/vit.yaml:10:7
%5587 = mul %5585, %5586 : f32[16] @ models/lib/vit.yaml:10:7
%5588 = broadcast %5466 : f32[16] @ models/lib/vit.yaml:10:7
%5589 = mul %5577, %5588 : f32[16] @ models/lib/vit.yaml:10:7
%5590 = add %5589, %5587 : f32[16] @ models/lib/vit.yaml:10:7
%5591 = cast %5579 : f64[] @ models/lib/vit.yaml:10:7
%5592 = pow %5457, %5591 : f64[] @ models/lib/vit.yaml:10:7
%5593 = sub %5438, %5592 : f64[] @ models/lib/vit.yaml:10:7
%5594 = div %3378, %5593 : f64[] @ models/lib/vit.yaml:10:7
%5595 = pow %5465, %5591 : f64[] @ models/lib/vit.yaml:10:7
%5596 = sub %5438, %5595 : f64[] @ models/lib/vit.yaml:10:7
%5597 = sqrt %5596 : f64[] @ models/lib/vit.yaml:10:7
%5598 = div %5438, %5597 : f64[] @ models/lib/vit.yaml:10:7
%5599 = sqrt %5590 : f32[16] @ models/lib/vit.yaml:10:7
%5600 = cast %5598 : f32[] @ models/lib/vit.yaml:10:7
%5601 = broadcast %5600 : f32[16] @ models/lib/vit.yaml:10:7
%5602 = mul %5599, %5601 : f32[16] @ models/lib/vit.yaml:10:7
%5603 = broadcast %5482 : f32[16] @ models/lib/vit.yaml:10:7
%5604 = add %5602, %5603 : f32[16] @ models/lib/vit.yaml:10:7
%5605 = div %5584, %5604 : f32[16] @ models/lib/vit.yaml:10:7
%5606 = cast %5594 : f32[] @ models/lib/vit.yaml:10:7
%5607 = broadcast %5606 : f32[16] @ models/lib/vit.yaml:10:7
%5608 = mul %5605, %5607 : f32[16] @ models/lib/vit.yaml:10:7
%5609 = sub %9, %5608 : f32[16] @ models/lib/vit.yaml:10:7
%5610 = assign %9, %5609 : f32[16] @ models/lib/vit.yaml:10:7
%5611 = assign %5576, %5584 : f32[16] @ models/lib/vit.yaml:10:7
%5612 = assign %5577, %5590 : f32[16] @ models/lib/vit.yaml:10:7
%5613 = assign %5578, %5579 : i64[] @ models/lib/vit.yaml:10:7
%5614 = broadcast %5494 : f32[16] @ models/lib/vit.yaml:10:7
%5615 = mul %87, %5614 : f32[16] @ models/lib/vit.yaml:10:7
%5616 = broadcast %5498 : f32[16] @ models/lib/vit.yaml:10:7
%5617 = mul %5609, %5616 : f32[16] @ models/lib/vit.yaml:10:7
%5618 = add %5615, %5617 : f32[16] @ models/lib/vit.yaml:10:7
%5619 = assign %87, %5618 : f32[16] @ models/lib/vit.yaml:10:7
%5620 = all_reduce_sum %5397 : f32[16] @ models/lib/nn.yaml:89:7
%5621 = mul %5620, %5620 : f32[16] @ models/lib/nn.yaml:89:7
%5622 = reduce_sum %5621 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5623 = sqrt %5622 : f32[] @ models/lib/nn.yaml:89:7
%5624 = cast %5623 : f64[] @ models/lib/nn.yaml:89:7
%5625 = add %5624, %5434 : f64[] @ models/lib/nn.yaml:89:7
%5626 = div %5436, %5625 : f64[] @ models/lib/nn.yaml:89:7
%5627 = lt %5626, %5438 : bool[] @ models/lib/nn.yaml:89:7
%5628 = cast %5626 : f32[] @ models/lib/nn.yaml:89:7
%5629 = broadcast %5628 : f32[16] @ models/lib/nn.yaml:89:7
%5630 = mul %5620, %5629 : f32[16] @ models/lib/nn.yaml:89:7
%5631 = broadcast %5627 : bool[16] @ models/lib/nn.yaml:89:7
%5632 = select %5631, %5630, %5620 : f32[16] @ models/lib/nn.yaml:89:7
%5633 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5634 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5635 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5636 = add %5635, %5448 : i64[] @ models/lib/nn.yaml:89:7
%5637 = mul %5632, %5580 : f32[16] @ models/lib/nn.yaml:89:7
%5638 = mul %5633, %5582 : f32[16] @ models/lib/nn.yaml:89:7
%5639 = add %5638, %5637 : f32[16] @ models/lib/nn.yaml:89:7
%5640 = mul %5632, %5632 : f32[16] @ models/lib/nn.yaml:89:7
%5641 = mul %5640, %5586 : f32[16] @ models/lib/nn.yaml:89:7
%5642 = mul %5634, %5588 : f32[16] @ models/lib/nn.yaml:89:7
%5643 = add %5642, %5641 : f32[16] @ models/lib/nn.yaml:89:7
%5644 = cast %5636 : f64[] @ models/lib/nn.yaml:89:7
%5645 = pow %5457, %5644 : f64[] @ models/lib/nn.yaml:89:7
%5646 = sub %5438, %5645 : f64[] @ models/lib/nn.yaml:89:7
%5647 = div %3378, %5646 : f64[] @ models/lib/nn.yaml:89:7
%5648 = pow %5465, %5644 : f64[] @ models/lib/nn.yaml:89:7
%5649 = sub %5438, %5648 : f64[] @ models/lib/nn.yaml:89:7
%5650 = sqrt %5649 : f64[] @ models/lib/nn.yaml:89:7
%5651 = div %5438, %5650 : f64[] @ models/lib/nn.yaml:89:7
%5652 = sqrt %5643 : f32[16] @ models/lib/nn.yaml:89:7
%5653 = cast %5651 : f32[] @ models/lib/nn.yaml:89:7
%5654 = broadcast %5653 : f32[16] @ models/lib/nn.yaml:89:7
%5655 = mul %5652, %5654 : f32[16] @ models/lib/nn.yaml:89:7
%5656 = add %5655, %5603 : f32[16] @ models/lib/nn.yaml:89:7
%5657 = div %5639, %5656 : f32[16] @ models/lib/nn.yaml:89:7
%5658 = cast %5647 : f32[] @ models/lib/nn.yaml:89:7
%5659 = broadcast %5658 : f32[16] @ models/lib/nn.yaml:89:7
%5660 = mul %5657, %5659 : f32[16] @ models/lib/nn.yaml:89:7
%5661 = sub %10, %5660 : f32[16] @ models/lib/nn.yaml:89:7
%5662 = assign %10, %5661 : f32[16] @ models/lib/nn.yaml:89:7
%5663 = assign %5633, %5639 : f32[16] @ models/lib/nn.yaml:89:7
%5664 = assign %5634, %5643 : f32[16] @ models/lib/nn.yaml:89:7
%5665 = assign %5635, %5636 : i64[] @ models/lib/nn.yaml:89:7
%5666 = mul %88, %5614 : f32[16] @ models/lib/nn.yaml:89:7
%5667 = mul %5661, %5616 : f32[16] @ models/lib/nn.yaml:89:7
%5668 = add %5666, %5667 : f32[16] @ models/lib/nn.yaml:89:7
%5669 = assign %88, %5668 : f32[16] @ models/lib/nn.yaml:89:7
%5670 = all_reduce_sum %5390 : f32[16] @ models/lib/nn.yaml:90:7
%5671 = mul %5670, %5670 : f32[16] @ models/lib/nn.yaml:90:7
%5672 = reduce_sum %5671 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5673 = sqrt %5672 : f32[] @ models/lib/nn.yaml:90:7
%5674 = cast %5673 : f64[] @ models/lib/nn.yaml:90:7
%5675 = add %5674, %5434 : f64[] @ models/lib/nn.yaml:90:7
%5676 = div %5436, %5675 : f64[] @ models/lib/nn.yaml:90:7
%5677 = lt %5676, %5438 : bool[] @ models/lib/nn.yaml:90:7
%5678 = cast %5676 : f32[] @ models/lib/nn.yaml:90:7
%5679 = broadcast %5678 : f32[16] @ models/lib/nn.yaml:90:7
%5680 = mul %5670, %5679 : f32[16] @ models/lib/nn.yaml:90:7
%5681 = broadcast %5677 : bool[16] @ models/lib/nn.yaml:90:7
%5682 = select %5681, %5680, %5670 : f32[16] @ models/lib/nn.yaml:90:7
%5683 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5684 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5685 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5686 = add %5685, %5448 : i64[] @ models/lib/nn.yaml:90:7
%5687 = mul %5682, %5580 : f32[16] @ models/lib/nn.yaml:90:7
%5688 = mul %5683, %5582 : f32[16] @ models/lib/nn.yaml:90:7
%5689 = add %5688, %5687 : f32[16] @ models/lib/nn.yaml:90:7
%5690 = mul %5682, %5682 : f32[16] @ models/lib/nn.yaml:90:7
%5691 = mul %5690, %5586 : f32[16] @ models/lib/nn.yaml:90:7
%5692 = mul %5684, %5588 : f32[16] @ models/lib/nn.yaml:90:7
%5693 = add %5692, %5691 : f32[16] @ models/lib/nn.yaml:90:7
%5694 = cast %5686 : f64[] @ models/lib/nn.yaml:90:7
%5695 = pow %5457, %5694 : f64[] @ models/lib/nn.yaml:90:7
%5696 = sub %5438, %5695 : f64[] @ models/lib/nn.yaml:90:7
%5697 = div %3378, %5696 : f64[] @ models/lib/nn.yaml:90:7
%5698 = pow %5465, %5694 : f64[] @ models/lib/nn.yaml:90:7
%5699 = sub %5438, %5698 : f64[] @ models/lib/nn.yaml:90:7
%5700 = sqrt %5699 : f64[] @ models/lib/nn.yaml:90:7
%5701 = div %5438, %5700 : f64[] @ models/lib/nn.yaml:90:7
%5702 = sqrt %5693 : f32[16] @ models/lib/nn.yaml:90:7
%5703 = cast %5701 : f32[] @ models/lib/nn.yaml:90:7
%5704 = broadcast %5703 : f32[16] @ models/lib/nn.yaml:90:7
%5705 = mul %5702, %5704 : f32[16] @ models/lib/nn.yaml:90:7
%5706 = add %5705, %5603 : f32[16] @ models/lib/nn.yaml:90:7
%5707 = div %5689, %5706 : f32[16] @ models/lib/nn.yaml:90:7
%5708 = cast %5697 : f32[] @ models/lib/nn.yaml:90:7
%5709 = broadcast %5708 : f32[16] @ models/lib/nn.yaml:90:7
%5710 = mul %5707, %5709 : f32[16] @ models/lib/nn.yaml:90:7
%5711 = sub %11, %5710 : f32[16] @ models/lib/nn.yaml:90:7
%5712 = assign %11, %5711 : f32[16] @ models/lib/nn.yaml:90:7
%5713 = assign %5683, %5689 : f32[16] @ models/lib/nn.yaml:90:7
%5714 = assign %5684, %5693 : f32[16] @ models/lib/nn.yaml:90:7
%5715 = assign %5685, %5686 : i64[] @ models/lib/nn.yaml:90:7
%5716 = mul %89, %5614 : f32[16] @ models/lib/nn.yaml:90:7
%5717 = mul %5711, %5616 : f32[16] @ models/lib/nn.yaml:90:7
%5718 = add %5716, %5717 : f32[16] @ models/lib/nn.yaml:90:7
%5719 = assign %89, %5718 : f32[16] @ models/lib/nn.yaml:90:7
%5720 = all_reduce_sum %5385 : f32[48,16] @ models/lib/nn.yaml:79:7
%5721 = reshape %5720 : f32[768] @ models/lib/nn.yaml:79:7
%5722 = mul %5721, %5721 : f32[768] @ models/lib/nn.yaml:79:7
%5723 = reduce_sum %5722 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5724 = sqrt %5723 : f32[] @ models/lib/nn.yaml:79:7
%5725 = cast %5724 : f64[] @ models/lib/nn.yaml:79:7
%5726 = add %5725, %5434 : f64[] @ models/lib/nn.yaml:79:7
%5727 = div %5436, %5726 : f64[] @ models/lib/nn.yaml:79:7
%5728 = lt %5727, %5438 : bool[] @ models/lib/nn.yaml:79:7
%5729 = cast %5727 : f32[] @ models/lib/nn.yaml:79:7
%5730 = broadcast %5729 : f32[48,16] @ models/lib/nn.yaml:79:7
%5731 = mul %5720, %5730 : f32[48,16] @ models/lib/nn.yaml:79:7
%5732 = broadcast %5728 : bool[48,16] @ models/lib/nn.yaml:79:7
%5733 = select %5732, %5731, %5720 : f32[48,16] @ models/lib/nn.yaml:79:7
%5734 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%5735 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%5736 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5737 = add %5736, %5448 : i64[] @ models/lib/nn.yaml:79:7
%5738 = broadcast %5452 : f32[48,16] @ models/lib/nn.yaml:79:7
%5739 = mul %12, %5738 : f32[48,16] @ models/lib/nn.yaml:79:7
%5740 = broadcast %3111 : f32[48,16] @ models/lib/nn.yaml:79:7
%5741 = mul %5733, %5740 : f32[48,16] @ models/lib/nn.yaml:79:7
%5742 = broadcast %2138 : f32[48,16] @ models/lib/nn.yaml:79:7
%5743 = mul %5734, %5742 : f32[48,16] @ models/lib/nn.yaml:79:7
%5744 = add %5743, %5741 : f32[48,16] @ models/lib/nn.yaml:79:7
%5745 = mul %5733, %5733 : f32[48,16] @ models/lib/nn.yaml:79:7
%5746 = broadcast %5462 : f32[48,16] @ models/lib/nn.yaml:79:7
%5747 = mul %5745, %5746 : f32[48,16] @ models/lib/nn.yaml:79:7
%5748 = broadcast %5466 : f32[48,16] @ models/lib/nn.yaml:79:7
%5749 = mul %5735, %5748 : f32[48,16] @ models/lib/nn.yaml:79:7
%5750 = add %5749, %5747 : f32[48,16] @ models/lib/nn.yaml:79:7
%5751 = cast %5737 : f64[] @ models/lib/nn.yaml:79:7
%5752 = pow %5457, %5751 : f64[] @ models/lib/nn.yaml:79:7
%5753 = sub %5438, %5752 : f64[] @ models/lib/nn.yaml:79:7
%5754 = div %3378, %5753 : f64[] @ models/lib/nn.yaml:79:7
%5755 = pow %5465, %5751 : f64[] @ models/lib/nn.yaml:79:7
%5756 = sub %5438, %5755 : f64[] @ models/lib/nn.yaml:79:7
%5757 = sqrt %5756 : f64[] @ models/lib/nn.yaml:79:7
%5758 = div %5438, %5757 : f64[] @ models/lib/nn.yaml:79:7
%5759 = sqrt %5750 : f32[48,16] @ models/lib/nn.yaml:79:7
%5760 = cast %5758 : f32[] @ models/lib/nn.yaml:79:7
%5761 = broadcast %5760 : f32[48,16] @ models/lib/nn.yaml:79:7
%5762 = mul %5759, %5761 : f32[48,16] @ models/lib/nn.yaml:79:7
%5763 = broadcast %5482 : f32[48,16] @ models/lib/nn.yaml:79:7
%5764 = add %5762, %5763 : f32[48,16] @ models/lib/nn.yaml:79:7
%5765 = div %5744, %5764 : f32[48,16] @ models/lib/nn.yaml:79:7
%5766 = cast %5754 : f32[] @ models/lib/nn.yaml:79:7
%5767 = broadcast %5766 : f32[48,16] @ models/lib/nn.yaml:79:7
%5768 = mul %5765, %5767 : f32[48,16] @ models/lib/nn.yaml:79:7
%5769 = sub %5739, %5768 : f32[48,16] @ models/lib/nn.yaml:79:7
%5770 = assign %12, %5769 : f32[48,16] @ models/lib/nn.yaml:79:7
%5771 = assign %5734, %5744 : f32[48,16] @ models/lib/nn.yaml:79:7
%5772 = assign %5735, %5750 : f32[48,16] @ models/lib/nn.yaml:79:7
%5773 = assign %5736, %5737 : i64[] @ models/lib/nn.yaml:79:7
%5774 = broadcast %5494 : f32[48,16] @ models/lib/nn.yaml:79:7
%5775 = mul %90, %5774 : f32[48,16] @ models/lib/nn.yaml:79:7
%5776 = broadcast %5498 : f32[48,16] @ models/lib/nn.yaml:79:7
%5777 = mul %5769, %5776 : f32[48,16] @ models/lib/nn.yaml:79:7
%5778 = add %5775, %5777 : f32[48,16] @ models/lib/nn.yaml:79:7
%5779 = assign %90, %5778 : f32[48,16] @ models/lib/nn.yaml:79:7
%5780 = all_reduce_sum %5380 : f32[48] @ models/lib/nn.yaml:80:7
%5781 = mul %5780, %5780 : f32[48] @ models/lib/nn.yaml:80:7
%5782 = reduce_sum %5781 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5783 = sqrt %5782 : f32[] @ models/lib/nn.yaml:80:7
%5784 = cast %5783 : f64[] @ models/lib/nn.yaml:80:7
%5785 = add %5784, %5434 : f64[] @ models/lib/nn.yaml:80:7
%5786 = div %5436, %5785 : f64[] @ models/lib/nn.yaml:80:7
%5787 = lt %5786, %5438 : bool[] @ models/lib/nn.yaml:80:7
%5788 = cast %5786 : f32[] @ models/lib/nn.yaml:80:7
%5789 = broadcast %5788 : f32[48] @ models/lib/nn.yaml:80:7
%5790 = mul %5780, %5789 : f32[48] @ models/lib/nn.yaml:80:7
%5791 = broadcast %5787 : bool[48] @ models/lib/nn.yaml:80:7
%5792 = select %5791, %5790, %5780 : f32[48] @ models/lib/nn.yaml:80:7
%5793 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%5794 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%5795 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5796 = add %5795, %5448 : i64[] @ models/lib/nn.yaml:80:7
%5797 = broadcast %3111 : f32[48] @ models/lib/nn.yaml:80:7
%5798 = mul %5792, %5797 : f32[48] @ models/lib/nn.yaml:80:7
%5799 = broadcast %2138 : f32[48] @ models/lib/nn.yaml:80:7
%5800 = mul %5793, %5799 : f32[48] @ models/lib/nn.yaml:80:7
%5801 = add %5800, %5798 : f32[48] @ models/lib/nn.yaml:80:7
%5802 = mul %5792, %5792 : f32[48] @ models/lib/nn.yaml:80:7
%5803 = broadcast %5462 : f32[48] @ models/lib/nn.yaml:80:7
%5804 = mul %5802, %5803 : f32[48] @ models/lib/nn.yaml:80:7
%5805 = broadcast %5466 : f32[48] @ models/lib/nn.yaml:80:7
%5806 = mul %5794, %5805 : f32[48] @ models/lib/nn.yaml:80:7
%5807 = add %5806, %5804 : f32[48] @ models/lib/nn.yaml:80:7
%5808 = cast %5796 : f64[] @ models/lib/nn.yaml:80:7
%5809 = pow %5457, %5808 : f64[] @ models/lib/nn.yaml:80:7
%5810 = sub %5438, %5809 : f64[] @ models/lib/nn.yaml:80:7
%5811 = div %3378, %5810 : f64[] @ models/lib/nn.yaml:80:7
%5812 = pow %5465, %5808 : f64[] @ models/lib/nn.yaml:80:7
%5813 = sub %5438, %5812 : f64[] @ models/lib/nn.yaml:80:7
%5814 = sqrt %5813 : f64[] @ models/lib/nn.yaml:80:7
%5815 = div %5438, %5814 : f64[] @ models/lib/nn.yaml:80:7
%5816 = sqrt %5807 : f32[48] @ models/lib/nn.yaml:80:7
%5817 = cast %5815 : f32[] @ models/lib/nn.yaml:80:7
%5818 = broadcast %5817 : f32[48] @ models/lib/nn.yaml:80:7
%5819 = mul %5816, %5818 : f32[48] @ models/lib/nn.yaml:80:7
%5820 = broadcast %5482 : f32[48] @ models/lib/nn.yaml:80:7
%5821 = add %5819, %5820 : f32[48] @ models/lib/nn.yaml:80:7
%5822 = div %5801, %5821 : f32[48] @ models/lib/nn.yaml:80:7
%5823 = cast %5811 : f32[] @ models/lib/nn.yaml:80:7
%5824 = broadcast %5823 : f32[48] @ models/lib/nn.yaml:80:7
%5825 = mul %5822, %5824 : f32[48] @ models/lib/nn.yaml:80:7
%5826 = sub %13, %5825 : f32[48] @ models/lib/nn.yaml:80:7
%5827 = assign %13, %5826 : f32[48] @ models/lib/nn.yaml:80:7
%5828 = assign %5793, %5801 : f32[48] @ models/lib/nn.yaml:80:7
%5829 = assign %5794, %5807 : f32[48] @ models/lib/nn.yaml:80:7
%5830 = assign %5795, %5796 : i64[] @ models/lib/nn.yaml:80:7
%5831 = broadcast %5494 : f32[48] @ models/lib/nn.yaml:80:7
%5832 = mul %91, %5831 : f32[48] @ models/lib/nn.yaml:80:7
%5833 = broadcast %5498 : f32[48] @ models/lib/nn.yaml:80:7
%5834 = mul %5826, %5833 : f32[48] @ models/lib/nn.yaml:80:7
%5835 = add %5832, %5834 : f32[48] @ models/lib/nn.yaml:80:7
%5836 = assign %91, %5835 : f32[48] @ models/lib/nn.yaml:80:7
%5837 = all_reduce_sum %5290 : f32[16,16] @ models/lib/nn.yaml:79:7
%5838 = reshape %5837 : f32[256] @ models/lib/nn.yaml:79:7
%5839 = mul %5838, %5838 : f32[256] @ models/lib/nn.yaml:79:7
%5840 = reduce_sum %5839 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5841 = sqrt %5840 : f32[] @ models/lib/nn.yaml:79:7
%5842 = cast %5841 : f64[] @ models/lib/nn.yaml:79:7
%5843 = add %5842, %5434 : f64[] @ models/lib/nn.yaml:79:7
%5844 = div %5436, %5843 : f64[] @ models/lib/nn.yaml:79:7
%5845 = lt %5844, %5438 : bool[] @ models/lib/nn.yaml:79:7
%5846 = cast %5844 : f32[] @ models/lib/nn.yaml:79:7
%5847 = broadcast %5846 : f32[16,16] @ models/lib/nn.yaml:79:7
%5848 = mul %5837, %5847 : f32[16,16] @ models/lib/nn.yaml:79:7
%5849 = broadcast %5845 : bool[16,16] @ models/lib/nn.yaml:79:7
%5850 = select %5849, %5848, %5837 : f32[16,16] @ models/lib/nn.yaml:79:7
%5851 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5852 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5853 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5854 = add %5853, %5448 : i64[] @ models/lib/nn.yaml:79:7
%5855 = broadcast %5452 : f32[16,16] @ models/lib/nn.yaml:79:7
%5856 = mul %14, %5855 : f32[16,16] @ models/lib/nn.yaml:79:7
%5857 = broadcast %3111 : f32[16,16] @ models/lib/nn.yaml:79:7
%5858 = mul %5850, %5857 : f32[16,16] @ models/lib/nn.yaml:79:7
%5859 = broadcast %2138 : f32[16,16] @ models/lib/nn.yaml:79:7
%5860 = mul %5851, %5859 : f32[16,16] @ models/lib/nn.yaml:79:7
%5861 = add %5860, %5858 : f32[16,16] @ models/lib/nn.yaml:79:7
%5862 = mul %5850, %5850 : f32[16,16] @ models/lib/nn.yaml:79:7
%5863 = broadcast %5462 : f32[16,16] @ models/lib/nn.yaml:79:7
%5864 = mul %5862, %5863 : f32[16,16] @ models/lib/nn.yaml:79:7
%5865 = broadcast %5466 : f32[16,16] @ models/lib/nn.yaml:79:7
%5866 = mul %5852, %5865 : f32[16,16] @ models/lib/nn.yaml:79:7
%5867 = add %5866, %5864 : f32[16,16] @ models/lib/nn.yaml:79:7
%5868 = cast %5854 : f64[] @ models/lib/nn.yaml:79:7
%5869 = pow %5457, %5868 : f64[] @ models/lib/nn.yaml:79:7
%5870 = sub %5438, %5869 : f64[] @ models/lib/nn.yaml:79:7
%5871 = div %3378, %5870 : f64[] @ models/lib/nn.yaml:79:7
%5872 = pow %5465, %5868 : f64[] @ models/lib/nn.yaml:79:7
%5873 = sub %5438, %5872 : f64[] @ models/lib/nn.yaml:79:7
%5874 = sqrt %5873 : f64[] @ models/lib/nn.yaml:79:7
%5875 = div %5438, %5874 : f64[] @ models/lib/nn.yaml:79:7
%5876 = sqrt %5867 : f32[16,16] @ models/lib/nn.yaml:79:7
%5877 = cast %5875 : f32[] @ models/lib/nn.yaml:79:7
%5878 = broadcast %5877 : f32[16,16] @ models/lib/nn.yaml:79:7
%5879 = mul %5876, %5878 : f32[16,16] @ models/lib/nn.yaml:79:7
%5880 = broadcast %5482 : f32[16,16] @ models/lib/nn.yaml:79:7
%5881 = add %5879, %5880 : f32[16,16] @ models/lib/nn.yaml:79:7
%5882 = div %5861, %5881 : f32[16,16] @ models/lib/nn.yaml:79:7
%5883 = cast %5871 : f32[] @ models/lib/nn.yaml:79:7
%5884 = broadcast %5883 : f32[16,16] @ models/lib/nn.yaml:79:7
%5885 = mul %5882, %5884 : f32[16,16] @ models/lib/nn.yaml:79:7
%5886 = sub %5856, %5885 : f32[16,16] @ models/lib/nn.yaml:79:7
%5887 = assign %14, %5886 : f32[16,16] @ models/lib/nn.yaml:79:7
%5888 = assign %5851, %5861 : f32[16,16] @ models/lib/nn.yaml:79:7
%5889 = assign %5852, %5867 : f32[16,16] @ models/lib/nn.yaml:79:7
%5890 = assign %5853, %5854 : i64[] @ models/lib/nn.yaml:79:7
%5891 = broadcast %5494 : f32[16,16] @ models/lib/nn.yaml:79:7
%5892 = mul %92, %5891 : f32[16,16] @ models/lib/nn.yaml:79:7
%5893 = broadcast %5498 : f32[16,16] @ models/lib/nn.yaml:79:7
%5894 = mul %5886, %5893 : f32[16,16] @ models/lib/nn.yaml:79:7
%5895 = add %5892, %5894 : f32[16,16] @ models/lib/nn.yaml:79:7
%5896 = assign %92, %5895 : f32[16,16] @ models/lib/nn.yaml:79:7
%5897 = all_reduce_sum %5285 : f32[16] @ models/lib/nn.yaml:80:7
%5898 = mul %5897, %5897 : f32[16] @ models/lib/nn.yaml:80:7
%5899 = reduce_sum %5898 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5900 = sqrt %5899 : f32[] @ models/lib/nn.yaml:80:7
%5901 = cast %5900 : f64[] @ models/lib/nn.yaml:80:7
%5902 = add %5901, %5434 : f64[] @ models/lib/nn.yaml:80:7
%5903 = div %5436, %5902 : f64[] @ models/lib/nn.yaml:80:7
%5904 = lt %5903, %5438 : bool[] @ models/lib/nn.yaml:80:7
%5905 = cast %5903 : f32[] @ models/lib/nn.yaml:80:7
%5906 = broadcast %5905 : f32[16] @ models/lib/nn.yaml:80:7
%5907 = mul %5897, %5906 : f32[16] @ models/lib/nn.yaml:80:7
%5908 = broadcast %5904 : bool[16] @ models/lib/nn.yaml:80:7
%5909 = select %5908, %5907, %5897 : f32[16] @ models/lib/nn.yaml:80:7
%5910 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5911 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5912 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5913 = add %5912, %5448 : i64[] @ models/lib/nn.yaml:80:7
%5914 = mul %5909, %5580 : f32[16] @ models/lib/nn.yaml:80:7
%5915 = mul %5910, %5582 : f32[16] @ models/lib/nn.yaml:80:7
%5916 = add %5915, %5914 : f32[16] @ models/lib/nn.yaml:80:7
%5917 = mul %5909, %5909 : f32[16] @ models/lib/nn.yaml:80:7
%5918 = mul %5917, %5586 : f32[16] @ models/lib/nn.yaml:80:7
%5919 = mul %5911, %5588 : f32[16] @ models/lib/nn.yaml:80:7
%5920 = add %5919, %5918 : f32[16] @ models/lib/nn.yaml:80:7
%5921 = cast %5913 : f64[] @ models/lib/nn.yaml:80:7
%5922 = pow %5457, %5921 : f64[] @ models/lib/nn.yaml:80:7
%5923 = sub %5438, %5922 : f64[] @ models/lib/nn.yaml:80:7
%5924 = div %3378, %5923 : f64[] @ models/lib/nn.yaml:80:7
%5925 = pow %5465, %5921 : f64[] @ models/lib/nn.yaml:80:7
%5926 = sub %5438, %5925 : f64[] @ models/lib/nn.yaml:80:7
%5927 = sqrt %5926 : f64[] @ models/lib/nn.yaml:80:7
%5928 = div %5438, %5927 : f64[] @ models/lib/nn.yaml:80:7
%5929 = sqrt %5920 : f32[16] @ models/lib/nn.yaml:80:7
%5930 = cast %5928 : f32[] @ models/lib/nn.yaml:80:7
%5931 = broadcast %5930 : f32[16] @ models/lib/nn.yaml:80:7
%5932 = mul %5929, %5931 : f32[16] @ models/lib/nn.yaml:80:7
%5933 = add %5932, %5603 : f32[16] @ models/lib/nn.yaml:80:7
%5934 = div %5916, %5933 : f32[16] @ models/lib/nn.yaml:80:7
%5935 = cast %5924 : f32[] @ models/lib/nn.yaml:80:7
%5936 = broadcast %5935 : f32[16] @ models/lib/nn.yaml:80:7
%5937 = mul %5934, %5936 : f32[16] @ models/lib/nn.yaml:80:7
%5938 = sub %15, %5937 : f32[16] @ models/lib/nn.yaml:80:7
%5939 = assign %15, %5938 : f32[16] @ models/lib/nn.yaml:80:7
%5940 = assign %5910, %5916 : f32[16] @ models/lib/nn.yaml:80:7
%5941 = assign %5911, %5920 : f32[16] @ models/lib/nn.yaml:80:7
%5942 = assign %5912, %5913 : i64[] @ models/lib/nn.yaml:80:7
%5943 = mul %93, %5614 : f32[16] @ models/lib/nn.yaml:80:7
%5944 = mul %5938, %5616 : f32[16] @ models/lib/nn.yaml:80:7
%5945 = add %5943, %5944 : f32[16] @ models/lib/nn.yaml:80:7
%5946 = assign %93, %5945 : f32[16] @ models/lib/nn.yaml:80:7
%5947 = all_reduce_sum %5262 : f32[16] @ models/lib/nn.yaml:89:7
%5948 = mul %5947, %5947 : f32[16] @ models/lib/nn.yaml:89:7
%5949 = reduce_sum %5948 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5950 = sqrt %5949 : f32[] @ models/lib/nn.yaml:89:7
%5951 = cast %5950 : f64[] @ models/lib/nn.yaml:89:7
%5952 = add %5951, %5434 : f64[] @ models/lib/nn.yaml:89:7
%5953 = div %5436, %5952 : f64[] @ models/lib/nn.yaml:89:7
%5954 = lt %5953, %5438 : bool[] @ models/lib/nn.yaml:89:7
%5955 = cast %5953 : f32[] @ models/lib/nn.yaml:89:7
%5956 = broadcast %5955 : f32[16] @ models/lib/nn.yaml:89:7
%5957 = mul %5947, %5956 : f32[16] @ models/lib/nn.yaml:89:7
%5958 = broadcast %5954 : bool[16] @ models/lib/nn.yaml:89:7
%5959 = select %5958, %5957, %5947 : f32[16] @ models/lib/nn.yaml:89:7
%5960 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5961 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5962 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5963 = add %5962, %5448 : i64[] @ models/lib/nn.yaml:89:7
%5964 = mul %5959, %5580 : f32[16] @ models/lib/nn.yaml:89:7
%5965 = mul %5960, %5582 : f32[16] @ models/lib/nn.yaml:89:7
%5966 = add %5965, %5964 : f32[16] @ models/lib/nn.yaml:89:7
%5967 = mul %5959, %5959 : f32[16] @ models/lib/nn.yaml:89:7
%5968 = mul %5967, %5586 : f32[16] @ models/lib/nn.yaml:89:7
%5969 = mul %5961, %5588 : f32[16] @ models/lib/nn.yaml:89:7
%5970 = add %5969, %5968 : f32[16] @ models/lib/nn.yaml:89:7
%5971 = cast %5963 : f64[] @ models/lib/nn.yaml:89:7
%5972 = pow %5457, %5971 : f64[] @ models/lib/nn.yaml:89:7
%5973 = sub %5438, %5972 : f64[] @ models/lib/nn.yaml:89:7
%5974 = div %3378, %5973 : f64[] @ models/lib/nn.yaml:89:7
%5975 = pow %5465, %5971 : f64[] @ models/lib/nn.yaml:89:7
%5976 = sub %5438, %5975 : f64[] @ models/lib/nn.yaml:89:7
%5977 = sqrt %5976 : f64[] @ models/lib/nn.yaml:89:7
%5978 = div %5438, %5977 : f64[] @ models/lib/nn.yaml:89:7
%5979 = sqrt %5970 : f32[16] @ models/lib/nn.yaml:89:7
%5980 = cast %5978 : f32[] @ models/lib/nn.yaml:89:7
%5981 = broadcast %5980 : f32[16] @ models/lib/nn.yaml:89:7
%5982 = mul %5979, %5981 : f32[16] @ models/lib/nn.yaml:89:7
%5983 = add %5982, %5603 : f32[16] @ models/lib/nn.yaml:89:7
%5984 = div %5966, %5983 : f32[16] @ models/lib/nn.yaml:89:7
%5985 = cast %5974 : f32[] @ models/lib/nn.yaml:89:7
%5986 = broadcast %5985 : f32[16] @ models/lib/nn.yaml:89:7
%5987 = mul %5984, %5986 : f32[16] @ models/lib/nn.yaml:89:7
%5988 = sub %16, %5987 : f32[16] @ models/lib/nn.yaml:89:7
%5989 = assign %16, %5988 : f32[16] @ models/lib/nn.yaml:89:7
%5990 = assign %5960, %5966 : f32[16] @ models/lib/nn.yaml:89:7
%5991 = assign %5961, %5970 : f32[16] @ models/lib/nn.yaml:89:7
%5992 = assign %5962, %5963 : i64[] @ models/lib/nn.yaml:89:7
%5993 = mul %94, %5614 : f32[16] @ models/lib/nn.yaml:89:7
%5994 = mul %5988, %5616 : f32[16] @ models/lib/nn.yaml:89:7
%5995 = add %5993, %5994 : f32[16] @ models/lib/nn.yaml:89:7
%5996 = assign %94, %5995 : f32[16] @ models/lib/nn.yaml:89:7
%5997 = all_reduce_sum %5255 : f32[16] @ models/lib/nn.yaml:90:7
%5998 = mul %5997, %5997 : f32[16] @ models/lib/nn.yaml:90:7
%5999 = reduce_sum %5998 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6000 = sqrt %5999 : f32[] @ models/lib/nn.yaml:90:7
%6001 = cast %6000 : f64[] @ models/lib/nn.yaml:90:7
%6002 = add %6001, %5434 : f64[] @ models/lib/nn.yaml:90:7
%6003 = div %5436, %6002 : f64[] @ models/lib/nn.yaml:90:7
%6004 = lt %6003, %5438 : bool[] @ models/lib/nn.yaml:90:7
%6005 = cast %6003 : f32[] @ models/lib/nn.yaml:90:7
%6006 = broadcast %6005 : f32[16] @ models/lib/nn.yaml:90:7
%6007 = mul %5997, %6006 : f32[16] @ models/lib/nn.yaml:90:7
%6008 = broadcast %6004 : bool[16] @ models/lib/nn.yaml:90:7
%6009 = select %6008, %6007, %5997 : f32[16] @ models/lib/nn.yaml:90:7
%6010 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6011 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6012 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6013 = add %6012, %5448 : i64[] @ models/lib/nn.yaml:90:7
%6014 = mul %6009, %5580 : f32[16] @ models/lib/nn.yaml:90:7
%6015 = mul %6010, %5582 : f32[16] @ models/lib/nn.yaml:90:7
%6016 = add %6015, %6014 : f32[16] @ models/lib/nn.yaml:90:7
%6017 = mul %6009, %6009 : f32[16] @ models/lib/nn.yaml:90:7
%6018 = mul %6017, %5586 : f32[16] @ models/lib/nn.yaml:90:7
%6019 = mul %6011, %5588 : f32[16] @ models/lib/nn.yaml:90:7
%6020 = add %6019, %6018 : f32[16] @ models/lib/nn.yaml:90:7
%6021 = cast %6013 : f64[] @ models/lib/nn.yaml:90:7
%6022 = pow %5457, %6021 : f64[] @ models/lib/nn.yaml:90:7
%6023 = sub %5438, %6022 : f64[] @ models/lib/nn.yaml:90:7
%6024 = div %3378, %6023 : f64[] @ models/lib/nn.yaml:90:7
%6025 = pow %5465, %6021 : f64[] @ models/lib/nn.yaml:90:7
%6026 = sub %5438, %6025 : f64[] @ models/lib/nn.yaml:90:7
%6027 = sqrt %6026 : f64[] @ models/lib/nn.yaml:90:7
%6028 = div %5438, %6027 : f64[] @ models/lib/nn.yaml:90:7
%6029 = sqrt %6020 : f32[16] @ models/lib/nn.yaml:90:7
%6030 = cast %6028 : f32[] @ models/lib/nn.yaml:90:7
%6031 = broadcast %6030 : f32[16] @ models/lib/nn.yaml:90:7
%6032 = mul %6029, %6031 : f32[16] @ models/lib/nn.yaml:90:7
%6033 = add %6032, %5603 : f32[16] @ models/lib/nn.yaml:90:7
%6034 = div %6016, %6033 : f32[16] @ models/lib/nn.yaml:90:7
%6035 = cast %6024 : f32[] @ models/lib/nn.yaml:90:7
%6036 = broadcast %6035 : f32[16] @ models/lib/nn.yaml:90:7
%6037 = mul %6034, %6036 : f32[16] @ models/lib/nn.yaml:90:7
%6038 = sub %17, %6037 : f32[16] @ models/lib/nn.yaml:90:7
%6039 = assign %17, %6038 : f32[16] @ models/lib/nn.yaml:90:7
%6040 = assign %6010, %6016 : f32[16] @ models/lib/nn.yaml:90:7
%6041 = assign %6011, %6020 : f32[16] @ models/lib/nn.yaml:90:7
%6042 = assign %6012, %6013 : i64[] @ models/lib/nn.yaml:90:7
%6043 = mul %95, %5614 : f32[16] @ models/lib/nn.yaml:90:7
%6044 = mul %6038, %5616 : f32[16] @ models/lib/nn.yaml:90:7
%6045 = add %6043, %6044 : f32[16] @ models/lib/nn.yaml:90:7
%6046 = assign %95, %6045 : f32[16] @ models/lib/nn.yaml:90:7
%6047 = all_reduce_sum %5250 : f32[64,16] @ models/lib/nn.yaml:79:7
%6048 = reshape %6047 : f32[1024] @ models/lib/nn.yaml:79:7
%6049 = mul %6048, %6048 : f32[1024] @ models/lib/nn.yaml:79:7
%6050 = reduce_sum %6049 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6051 = sqrt %6050 : f32[] @ models/lib/nn.yaml:79:7
%6052 = cast %6051 : f64[] @ models/lib/nn.yaml:79:7
%6053 = add %6052, %5434 : f64[] @ models/lib/nn.yaml:79:7
%6054 = div %5436, %6053 : f64[] @ models/lib/nn.yaml:79:7
%6055 = lt %6054, %5438 : bool[] @ models/lib/nn.yaml:79:7
%6056 = cast %6054 : f32[] @ models/lib/nn.yaml:79:7
%6057 = broadcast %6056 : f32[64,16] @ models/lib/nn.yaml:79:7
%6058 = mul %6047, %6057 : f32[64,16] @ models/lib/nn.yaml:79:7
%6059 = broadcast %6055 : bool[64,16] @ models/lib/nn.yaml:79:7
%6060 = select %6059, %6058, %6047 : f32[64,16] @ models/lib/nn.yaml:79:7
%6061 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6062 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6063 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6064 = add %6063, %5448 : i64[] @ models/lib/nn.yaml:79:7
%6065 = broadcast %5452 : f32[64,16] @ models/lib/nn.yaml:79:7
%6066 = mul %18, %6065 : f32[64,16] @ models/lib/nn.yaml:79:7
%6067 = broadcast %3111 : f32[64,16] @ models/lib/nn.yaml:79:7
%6068 = mul %6060, %6067 : f32[64,16] @ models/lib/nn.yaml:79:7
%6069 = broadcast %2138 : f32[64,16] @ models/lib/nn.yaml:79:7
%6070 = mul %6061, %6069 : f32[64,16] @ models/lib/nn.yaml:79:7
%6071 = add %6070, %6068 : f32[64,16] @ models/lib/nn.yaml:79:7
%6072 = mul %6060, %6060 : f32[64,16] @ models/lib/nn.yaml:79:7
%6073 = broadcast %5462 : f32[64,16] @ models/lib/nn.yaml:79:7
%6074 = mul %6072, %6073 : f32[64,16] @ models/lib/nn.yaml:79:7
%6075 = broadcast %5466 : f32[64,16] @ models/lib/nn.yaml:79:7
%6076 = mul %6062, %6075 : f32[64,16] @ models/lib/nn.yaml:79:7
%6077 = add %6076, %6074 : f32[64,16] @ models/lib/nn.yaml:79:7
%6078 = cast %6064 : f64[] @ models/lib/nn.yaml:79:7
%6079 = pow %5457, %6078 : f64[] @ models/lib/nn.yaml:79:7
%6080 = sub %5438, %6079 : f64[] @ models/lib/nn.yaml:79:7
%6081 = div %3378, %6080 : f64[] @ models/lib/nn.yaml:79:7
%6082 = pow %5465, %6078 : f64[] @ models/lib/nn.yaml:79:7
%6083 = sub %5438, %6082 : f64[] @ models/lib/nn.yaml:79:7
%6084 = sqrt %6083 : f64[] @ models/lib/nn.yaml:79:7
%6085 = div %5438, %6084 : f64[] @ models/lib/nn.yaml:79:7
%6086 = sqrt %6077 : f32[64,16] @ models/lib/nn.yaml:79:7
%6087 = cast %6085 : f32[] @ models/lib/nn.yaml:79:7
%6088 = broadcast %6087 : f32[64,16] @ models/lib/nn.yaml:79:7
%6089 = mul %6086, %6088 : f32[64,16] @ models/lib/nn.yaml:79:7
%6090 = broadcast %5482 : f32[64,16] @ models/lib/nn.yaml:79:7
%6091 = add %6089, %6090 : f32[64,16] @ models/lib/nn.yaml:79:7
%6092 = div %6071, %6091 : f32[64,16] @ models/lib/nn.yaml:79:7
%6093 = cast %6081 : f32[] @ models/lib/nn.yaml:79:7
%6094 = broadcast %6093 : f32[64,16] @ models/lib/nn.yaml:79:7
%6095 = mul %6092, %6094 : f32[64,16] @ models/lib/nn.yaml:79:7
%6096 = sub %6066, %6095 : f32[64,16] @ models/lib/nn.yaml:79:7
%6097 = assign %18, %6096 : f32[64,16] @ models/lib/nn.yaml:79:7
%6098 = assign %6061, %6071 : f32[64,16] @ models/lib/nn.yaml:79:7
%6099 = assign %6062, %6077 : f32[64,16] @ models/lib/nn.yaml:79:7
%6100 = assign %6063, %6064 : i64[] @ models/lib/nn.yaml:79:7
%6101 = broadcast %5494 : f32[64,16] @ models/lib/nn.yaml:79:7
%6102 = mul %96, %6101 : f32[64,16] @ models/lib/nn.yaml:79:7
%6103 = broadcast %5498 : f32[64,16] @ models/lib/nn.yaml:79:7
%6104 = mul %6096, %6103 : f32[64,16] @ models/lib/nn.yaml:79:7
%6105 = add %6102, %6104 : f32[64,16] @ models/lib/nn.yaml:79:7
%6106 = assign %96, %6105 : f32[64,16] @ models/lib/nn.yaml:79:7
%6107 = all_reduce_sum %5245 : f32[64] @ models/lib/nn.yaml:80:7
%6108 = mul %6107, %6107 : f32[64] @ models/lib/nn.yaml:80:7
%6109 = reduce_sum %6108 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6110 = sqrt %6109 : f32[] @ models/lib/nn.yaml:80:7
%6111 = cast %6110 : f64[] @ models/lib/nn.yaml:80:7
%6112 = add %6111, %5434 : f64[] @ models/lib/nn.yaml:80:7
%6113 = div %5436, %6112 : f64[] @ models/lib/nn.yaml:80:7
%6114 = lt %6113, %5438 : bool[] @ models/lib/nn.yaml:80:7
%6115 = cast %6113 : f32[] @ models/lib/nn.yaml:80:7
%6116 = broadcast %6115 : f32[64] @ models/lib/nn.yaml:80:7
%6117 = mul %6107, %6116 : f32[64] @ models/lib/nn.yaml:80:7
%6118 = broadcast %6114 : bool[64] @ models/lib/nn.yaml:80:7
%6119 = select %6118, %6117, %6107 : f32[64] @ models/lib/nn.yaml:80:7
%6120 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6121 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6122 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6123 = add %6122, %5448 : i64[] @ models/lib/nn.yaml:80:7
%6124 = broadcast %3111 : f32[64] @ models/lib/nn.yaml:80:7
%6125 = mul %6119, %6124 : f32[64] @ models/lib/nn.yaml:80:7
%6126 = broadcast %2138 : f32[64] @ models/lib/nn.yaml:80:7
%6127 = mul %6120, %6126 : f32[64] @ models/lib/nn.yaml:80:7
%6128 = add %6127, %6125 : f32[64] @ models/lib/nn.yaml:80:7
%6129 = mul %6119, %6119 : f32[64] @ models/lib/nn.yaml:80:7
%6130 = broadcast %5462 : f32[64] @ models/lib/nn.yaml:80:7
%6131 = mul %6129, %6130 : f32[64] @ models/lib/nn.yaml:80:7
%6132 = broadcast %5466 : f32[64] @ models/lib/nn.yaml:80:7
%6133 = mul %6121, %6132 : f32[64] @ models/lib/nn.yaml:80:7
%6134 = add %6133, %6131 : f32[64] @ models/lib/nn.yaml:80:7
%6135 = cast %6123 : f64[] @ models/lib/nn.yaml:80:7
%6136 = pow %5457, %6135 : f64[] @ models/lib/nn.yaml:80:7
%6137 = sub %5438, %6136 : f64[] @ models/lib/nn.yaml:80:7
%6138 = div %3378, %6137 : f64[] @ models/lib/nn.yaml:80:7
%6139 = pow %5465, %6135 : f64[] @ models/lib/nn.yaml:80:7
%6140 = sub %5438, %6139 : f64[] @ models/lib/nn.yaml:80:7
%6141 = sqrt %6140 : f64[] @ models/lib/nn.yaml:80:7
%6142 = div %5438, %6141 : f64[] @ models/lib/nn.yaml:80:7
%6143 = sqrt %6134 : f32[64] @ models/lib/nn.yaml:80:7
%6144 = cast %6142 : f32[] @ models/lib/nn.yaml:80:7
%6145 = broadcast %6144 : f32[64] @ models/lib/nn.yaml:80:7
%6146 = mul %6143, %6145 : f32[64] @ models/lib/nn.yaml:80:7
%6147 = broadcast %5482 : f32[64] @ models/lib/nn.yaml:80:7
%6148 = add %6146, %6147 : f32[64] @ models/lib/nn.yaml:80:7
%6149 = div %6128, %6148 : f32[64] @ models/lib/nn.yaml:80:7
%6150 = cast %6138 : f32[] @ models/lib/nn.yaml:80:7
%6151 = broadcast %6150 : f32[64] @ models/lib/nn.yaml:80:7
%6152 = mul %6149, %6151 : f32[64] @ models/lib/nn.yaml:80:7
%6153 = sub %19, %6152 : f32[64] @ models/lib/nn.yaml:80:7
%6154 = assign %19, %6153 : f32[64] @ models/lib/nn.yaml:80:7
%6155 = assign %6120, %6128 : f32[64] @ models/lib/nn.yaml:80:7
%6156 = assign %6121, %6134 : f32[64] @ models/lib/nn.yaml:80:7
%6157 = assign %6122, %6123 : i64[] @ models/lib/nn.yaml:80:7
%6158 = broadcast %5494 : f32[64] @ models/lib/nn.yaml:80:7
%6159 = mul %97, %6158 : f32[64] @ models/lib/nn.yaml:80:7
%6160 = broadcast %5498 : f32[64] @ models/lib/nn.yaml:80:7
%6161 = mul %6153, %6160 : f32[64] @ models/lib/nn.yaml:80:7
%6162 = add %6159, %6161 : f32[64] @ models/lib/nn.yaml:80:7
%6163 = assign %97, %6162 : f32[64] @ models/lib/nn.yaml:80:7
%6164 = all_reduce_sum %5227 : f32[16,64] @ models/lib/nn.yaml:79:7
%6165 = reshape %6164 : f32[1024] @ models/lib/nn.yaml:79:7
%6166 = mul %6165, %6165 : f32[1024] @ models/lib/nn.yaml:79:7
%6167 = reduce_sum %6166 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6168 = sqrt %6167 : f32[] @ models/lib/nn.yaml:79:7
%6169 = cast %6168 : f64[] @ models/lib/nn.yaml:79:7
%6170 = add %6169, %5434 : f64[] @ models/lib/nn.yaml:79:7
%6171 = div %5436, %6170 : f64[] @ models/lib/nn.yaml:79:7
%6172 = lt %6171, %5438 : bool[] @ models/lib/nn.yaml:79:7
%6173 = cast %6171 : f32[] @ models/lib/nn.yaml:79:7
%6174 = broadcast %6173 : f32[16,64] @ models/lib/nn.yaml:79:7
%6175 = mul %6164, %6174 : f32[16,64] @ models/lib/nn.yaml:79:7
%6176 = broadcast %6172 : bool[16,64] @ models/lib/nn.yaml:79:7
%6177 = select %6176, %6175, %6164 : f32[16,64] @ models/lib/nn.yaml:79:7
%6178 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6179 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6180 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6181 = add %6180, %5448 : i64[] @ models/lib/nn.yaml:79:7
%6182 = broadcast %5452 : f32[16,64] @ models/lib/nn.yaml:79:7
%6183 = mul %20, %6182 : f32[16,64] @ models/lib/nn.yaml:79:7
%6184 = broadcast %3111 : f32[16,64] @ models/lib/nn.yaml:79:7
%6185 = mul %6177, %6184 : f32[16,64] @ models/lib/nn.yaml:79:7
%6186 = broadcast %2138 : f32[16,64] @ models/lib/nn.yaml:79:7
%6187 = mul %6178, %6186 : f32[16,64] @ models/lib/nn.yaml:79:7
%6188 = add %6187, %6185 : f32[16,64] @ models/lib/nn.yaml:79:7
%6189 = mul %6177, %6177 : f32[16,64] @ models/lib/nn.yaml:79:7
%6190 = broadcast %5462 : f32[16,64] @ models/lib/nn.yaml:79:7
%6191 = mul %6189, %6190 : f32[16,64] @ models/lib/nn.yaml:79:7
%6192 = broadcast %5466 : f32[16,64] @ models/lib/nn.yaml:79:7
%6193 = mul %6179, %6192 : f32[16,64] @ models/lib/nn.yaml:79:7
%6194 = add %6193, %6191 : f32[16,64] @ models/lib/nn.yaml:79:7
%6195 = cast %6181 : f64[] @ models/lib/nn.yaml:79:7
%6196 = pow %5457, %6195 : f64[] @ models/lib/nn.yaml:79:7
%6197 = sub %5438, %6196 : f64[] @ models/lib/nn.yaml:79:7
%6198 = div %3378, %6197 : f64[] @ models/lib/nn.yaml:79:7
%6199 = pow %5465, %6195 : f64[] @ models/lib/nn.yaml:79:7
%6200 = sub %5438, %6199 : f64[] @ models/lib/nn.yaml:79:7
%6201 = sqrt %6200 : f64[] @ models/lib/nn.yaml:79:7
%6202 = div %5438, %6201 : f64[] @ models/lib/nn.yaml:79:7
%6203 = sqrt %6194 : f32[16,64] @ models/lib/nn.yaml:79:7
%6204 = cast %6202 : f32[] @ models/lib/nn.yaml:79:7
%6205 = broadcast %6204 : f32[16,64] @ models/lib/nn.yaml:79:7
%6206 = mul %6203, %6205 : f32[16,64] @ models/lib/nn.yaml:79:7
%6207 = broadcast %5482 : f32[16,64] @ models/lib/nn.yaml:79:7
%6208 = add %6206, %6207 : f32[16,64] @ models/lib/nn.yaml:79:7
%6209 = div %6188, %6208 : f32[16,64] @ models/lib/nn.yaml:79:7
%6210 = cast %6198 : f32[] @ models/lib/nn.yaml:79:7
%6211 = broadcast %6210 : f32[16,64] @ models/lib/nn.yaml:79:7
%6212 = mul %6209, %6211 : f32[16,64] @ models/lib/nn.yaml:79:7
%6213 = sub %6183, %6212 : f32[16,64] @ models/lib/nn.yaml:79:7
%6214 = assign %20, %6213 : f32[16,64] @ models/lib/nn.yaml:79:7
%6215 = assign %6178, %6188 : f32[16,64] @ models/lib/nn.yaml:79:7
%6216 = assign %6179, %6194 : f32[16,64] @ models/lib/nn.yaml:79:7
%6217 = assign %6180, %6181 : i64[] @ models/lib/nn.yaml:79:7
%6218 = broadcast %5494 : f32[16,64] @ models/lib/nn.yaml:79:7
%6219 = mul %98, %6218 : f32[16,64] @ models/lib/nn.yaml:79:7
%6220 = broadcast %5498 : f32[16,64] @ models/lib/nn.yaml:79:7
%6221 = mul %6213, %6220 : f32[16,64] @ models/lib/nn.yaml:79:7
%6222 = add %6219, %6221 : f32[16,64] @ models/lib/nn.yaml:79:7
%6223 = assign %98, %6222 : f32[16,64] @ models/lib/nn.yaml:79:7
%6224 = all_reduce_sum %5222 : f32[16] @ models/lib/nn.yaml:80:7
%6225 = mul %6224, %6224 : f32[16] @ models/lib/nn.yaml:80:7
%6226 = reduce_sum %6225 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6227 = sqrt %6226 : f32[] @ models/lib/nn.yaml:80:7
%6228 = cast %6227 : f64[] @ models/lib/nn.yaml:80:7
%6229 = add %6228, %5434 : f64[] @ models/lib/nn.yaml:80:7
%6230 = div %5436, %6229 : f64[] @ models/lib/nn.yaml:80:7
%6231 = lt %6230, %5438 : bool[] @ models/lib/nn.yaml:80:7
%6232 = cast %6230 : f32[] @ models/lib/nn.yaml:80:7
%6233 = broadcast %6232 : f32[16] @ models/lib/nn.yaml:80:7
%6234 = mul %6224, %6233 : f32[16] @ models/lib/nn.yaml:80:7
%6235 = broadcast %6231 : bool[16] @ models/lib/nn.yaml:80:7
%6236 = select %6235, %6234, %6224 : f32[16] @ models/lib/nn.yaml:80:7
%6237 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6238 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6239 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6240 = add %6239, %5448 : i64[] @ models/lib/nn.yaml:80:7
%6241 = mul %6236, %5580 : f32[16] @ models/lib/nn.yaml:80:7
%6242 = mul %6237, %5582 : f32[16] @ models/lib/nn.yaml:80:7
%6243 = add %6242, %6241 : f32[16] @ models/lib/nn.yaml:80:7
%6244 = mul %6236, %6236 : f32[16] @ models/lib/nn.yaml:80:7
%6245 = mul %6244, %5586 : f32[16] @ models/lib/nn.yaml:80:7
%6246 = mul %6238, %5588 : f32[16] @ models/lib/nn.yaml:80:7
%6247 = add %6246, %6245 : f32[16] @ models/lib/nn.yaml:80:7
%6248 = cast %6240 : f64[] @ models/lib/nn.yaml:80:7
%6249 = pow %5457, %6248 : f64[] @ models/lib/nn.yaml:80:7
%6250 = sub %5438, %6249 : f64[] @ models/lib/nn.yaml:80:7
%6251 = div %3378, %6250 : f64[] @ models/lib/nn.yaml:80:7
%6252 = pow %5465, %6248 : f64[] @ models/lib/nn.yaml:80:7
%6253 = sub %5438, %6252 : f64[] @ models/lib/nn.yaml:80:7
%6254 = sqrt %6253 : f64[] @ models/lib/nn.yaml:80:7
%6255 = div %5438, %6254 : f64[] @ models/lib/nn.yaml:80:7
%6256 = sqrt %6247 : f32[16] @ models/lib/nn.yaml:80:7
%6257 = cast %6255 : f32[] @ models/lib/nn.yaml:80:7
%6258 = broadcast %6257 : f32[16] @ models/lib/nn.yaml:80:7
%6259 = mul %6256, %6258 : f32[16] @ models/lib/nn.yaml:80:7
%6260 = add %6259, %5603 : f32[16] @ models/lib/nn.yaml:80:7
%6261 = div %6243, %6260 : f32[16] @ models/lib/nn.yaml:80:7
%6262 = cast %6251 : f32[] @ models/lib/nn.yaml:80:7
%6263 = broadcast %6262 : f32[16] @ models/lib/nn.yaml:80:7
%6264 = mul %6261, %6263 : f32[16] @ models/lib/nn.yaml:80:7
%6265 = sub %21, %6264 : f32[16] @ models/lib/nn.yaml:80:7
%6266 = assign %21, %6265 : f32[16] @ models/lib/nn.yaml:80:7
%6267 = assign %6237, %6243 : f32[16] @ models/lib/nn.yaml:80:7
%6268 = assign %6238, %6247 : f32[16] @ models/lib/nn.yaml:80:7
%6269 = assign %6239, %6240 : i64[] @ models/lib/nn.yaml:80:7
%6270 = mul %99, %5614 : f32[16] @ models/lib/nn.yaml:80:7
%6271 = mul %6265, %5616 : f32[16] @ models/lib/nn.yaml:80:7
%6272 = add %6270, %6271 : f32[16] @ models/lib/nn.yaml:80:7
%6273 = assign %99, %6272 : f32[16] @ models/lib/nn.yaml:80:7
%6274 = all_reduce_sum %5199 : f32[16] @ models/lib/nn.yaml:89:7
%6275 = mul %6274, %6274 : f32[16] @ models/lib/nn.yaml:89:7
%6276 = reduce_sum %6275 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6277 = sqrt %6276 : f32[] @ models/lib/nn.yaml:89:7
%6278 = cast %6277 : f64[] @ models/lib/nn.yaml:89:7
%6279 = add %6278, %5434 : f64[] @ models/lib/nn.yaml:89:7
%6280 = div %5436, %6279 : f64[] @ models/lib/nn.yaml:89:7
%6281 = lt %6280, %5438 : bool[] @ models/lib/nn.yaml:89:7
%6282 = cast %6280 : f32[] @ models/lib/nn.yaml:89:7
%6283 = broadcast %6282 : f32[16] @ models/lib/nn.yaml:89:7
%6284 = mul %6274, %6283 : f32[16] @ models/lib/nn.yaml:89:7
%6285 = broadcast %6281 : bool[16] @ models/lib/nn.yaml:89:7
%6286 = select %6285, %6284, %6274 : f32[16] @ models/lib/nn.yaml:89:7
%6287 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6288 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6289 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6290 = add %6289, %5448 : i64[] @ models/lib/nn.yaml:89:7
%6291 = mul %6286, %5580 : f32[16] @ models/lib/nn.yaml:89:7
%6292 = mul %6287, %5582 : f32[16] @ models/lib/nn.yaml:89:7
%6293 = add %6292, %6291 : f32[16] @ models/lib/nn.yaml:89:7
%6294 = mul %6286, %6286 : f32[16] @ models/lib/nn.yaml:89:7
%6295 = mul %6294, %5586 : f32[16] @ models/lib/nn.yaml:89:7
%6296 = mul %6288, %5588 : f32[16] @ models/lib/nn.yaml:89:7
%6297 = add %6296, %6295 : f32[16] @ models/lib/nn.yaml:89:7
%6298 = cast %6290 : f64[] @ models/lib/nn.yaml:89:7
%6299 = pow %5457, %6298 : f64[] @ models/lib/nn.yaml:89:7
%6300 = sub %5438, %6299 : f64[] @ models/lib/nn.yaml:89:7
%6301 = div %3378, %6300 : f64[] @ models/lib/nn.yaml:89:7
%6302 = pow %5465, %6298 : f64[] @ models/lib/nn.yaml:89:7
%6303 = sub %5438, %6302 : f64[] @ models/lib/nn.yaml:89:7
%6304 = sqrt %6303 : f64[] @ models/lib/nn.yaml:89:7
%6305 = div %5438, %6304 : f64[] @ models/lib/nn.yaml:89:7
%6306 = sqrt %6297 : f32[16] @ models/lib/nn.yaml:89:7
%6307 = cast %6305 : f32[] @ models/lib/nn.yaml:89:7
%6308 = broadcast %6307 : f32[16] @ models/lib/nn.yaml:89:7
%6309 = mul %6306, %6308 : f32[16] @ models/lib/nn.yaml:89:7
%6310 = add %6309, %5603 : f32[16] @ models/lib/nn.yaml:89:7
%6311 = div %6293, %6310 : f32[16] @ models/lib/nn.yaml:89:7
%6312 = cast %6301 : f32[] @ models/lib/nn.yaml:89:7
%6313 = broadcast %6312 : f32[16] @ models/lib/nn.yaml:89:7
%6314 = mul %6311, %6313 : f32[16] @ models/lib/nn.yaml:89:7
%6315 = sub %22, %6314 : f32[16] @ models/lib/nn.yaml:89:7
%6316 = assign %22, %6315 : f32[16] @ models/lib/nn.yaml:89:7
%6317 = assign %6287, %6293 : f32[16] @ models/lib/nn.yaml:89:7
%6318 = assign %6288, %6297 : f32[16] @ models/lib/nn.yaml:89:7
%6319 = assign %6289, %6290 : i64[] @ models/lib/nn.yaml:89:7
%6320 = mul %100, %5614 : f32[16] @ models/lib/nn.yaml:89:7
%6321 = mul %6315, %5616 : f32[16] @ models/lib/nn.yaml:89:7
%6322 = add %6320, %6321 : f32[16] @ models/lib/nn.yaml:89:7
%6323 = assign %100, %6322 : f32[16] @ models/lib/nn.yaml:89:7
%6324 = all_reduce_sum %5192 : f32[16] @ models/lib/nn.yaml:90:7
%6325 = mul %6324, %6324 : f32[16] @ models/lib/nn.yaml:90:7
%6326 = reduce_sum %6325 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6327 = sqrt %6326 : f32[] @ models/lib/nn.yaml:90:7
%6328 = cast %6327 : f64[] @ models/lib/nn.yaml:90:7
%6329 = add %6328, %5434 : f64[] @ models/lib/nn.yaml:90:7
%6330 = div %5436, %6329 : f64[] @ models/lib/nn.yaml:90:7
%6331 = lt %6330, %5438 : bool[] @ models/lib/nn.yaml:90:7
%6332 = cast %6330 : f32[] @ models/lib/nn.yaml:90:7
%6333 = broadcast %6332 : f32[16] @ models/lib/nn.yaml:90:7
%6334 = mul %6324, %6333 : f32[16] @ models/lib/nn.yaml:90:7
%6335 = broadcast %6331 : bool[16] @ models/lib/nn.yaml:90:7
%6336 = select %6335, %6334, %6324 : f32[16] @ models/lib/nn.yaml:90:7
%6337 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6338 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6339 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6340 = add %6339, %5448 : i64[] @ models/lib/nn.yaml:90:7
%6341 = mul %6336, %5580 : f32[16] @ models/lib/nn.yaml:90:7
%6342 = mul %6337, %5582 : f32[16] @ models/lib/nn.yaml:90:7
%6343 = add %6342, %6341 : f32[16] @ models/lib/nn.yaml:90:7
%6344 = mul %6336, %6336 : f32[16] @ models/lib/nn.yaml:90:7
%6345 = mul %6344, %5586 : f32[16] @ models/lib/nn.yaml:90:7
%6346 = mul %6338, %5588 : f32[16] @ models/lib/nn.yaml:90:7
%6347 = add %6346, %6345 : f32[16] @ models/lib/nn.yaml:90:7
%6348 = cast %6340 : f64[] @ models/lib/nn.yaml:90:7
%6349 = pow %5457, %6348 : f64[] @ models/lib/nn.yaml:90:7
%6350 = sub %5438, %6349 : f64[] @ models/lib/nn.yaml:90:7
%6351 = div %3378, %6350 : f64[] @ models/lib/nn.yaml:90:7
%6352 = pow %5465, %6348 : f64[] @ models/lib/nn.yaml:90:7
%6353 = sub %5438, %6352 : f64[] @ models/lib/nn.yaml:90:7
%6354 = sqrt %6353 : f64[] @ models/lib/nn.yaml:90:7
%6355 = div %5438, %6354 : f64[] @ models/lib/nn.yaml:90:7
%6356 = sqrt %6347 : f32[16] @ models/lib/nn.yaml:90:7
%6357 = cast %6355 : f32[] @ models/lib/nn.yaml:90:7
%6358 = broadcast %6357 : f32[16] @ models/lib/nn.yaml:90:7
%6359 = mul %6356, %6358 : f32[16] @ models/lib/nn.yaml:90:7
%6360 = add %6359, %5603 : f32[16] @ models/lib/nn.yaml:90:7
%6361 = div %6343, %6360 : f32[16] @ models/lib/nn.yaml:90:7
%6362 = cast %6351 : f32[] @ models/lib/nn.yaml:90:7
%6363 = broadcast %6362 : f32[16] @ models/lib/nn.yaml:90:7
%6364 = mul %6361, %6363 : f32[16] @ models/lib/nn.yaml:90:7
%6365 = sub %23, %6364 : f32[16] @ models/lib/nn.yaml:90:7
%6366 = assign %23, %6365 : f32[16] @ models/lib/nn.yaml:90:7
%6367 = assign %6337, %6343 : f32[16] @ models/lib/nn.yaml:90:7
%6368 = assign %6338, %6347 : f32[16] @ models/lib/nn.yaml:90:7
%6369 = assign %6339, %6340 : i64[] @ models/lib/nn.yaml:90:7
%6370 = mul %101, %5614 : f32[16] @ models/lib/nn.yaml:90:7
%6371 = mul %6365, %5616 : f32[16] @ models/lib/nn.yaml:90:7
%6372 = add %6370, %6371 : f32[16] @ models/lib/nn.yaml:90:7
%6373 = assign %101, %6372 : f32[16] @ models/lib/nn.yaml:90:7
%6374 = all_reduce_sum %5187 : f32[48,16] @ models/lib/nn.yaml:79:7
%6375 = reshape %6374 : f32[768] @ models/lib/nn.yaml:79:7
%6376 = mul %6375, %6375 : f32[768] @ models/lib/nn.yaml:79:7
%6377 = reduce_sum %6376 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6378 = sqrt %6377 : f32[] @ models/lib/nn.yaml:79:7
%6379 = cast %6378 : f64[] @ models/lib/nn.yaml:79:7
%6380 = add %6379, %5434 : f64[] @ models/lib/nn.yaml:79:7
%6381 = div %5436, %6380 : f64[] @ models/lib/nn.yaml:79:7
%6382 = lt %6381, %5438 : bool[] @ models/lib/nn.yaml:79:7
%6383 = cast %6381 : f32[] @ models/lib/nn.yaml:79:7
%6384 = broadcast %6383 : f32[48,16] @ models/lib/nn.yaml:79:7
%6385 = mul %6374, %6384 : f32[48,16] @ models/lib/nn.yaml:79:7
%6386 = broadcast %6382 : bool[48,16] @ models/lib/nn.yaml:79:7
%6387 = select %6386, %6385, %6374 : f32[48,16] @ models/lib/nn.yaml:79:7
%6388 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6389 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6390 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6391 = add %6390, %5448 : i64[] @ models/lib/nn.yaml:79:7
%6392 = mul %24, %5738 : f32[48,16] @ models/lib/nn.yaml:79:7
%6393 = mul %6387, %5740 : f32[48,16] @ models/lib/nn.yaml:79:7
%6394 = mul %6388, %5742 : f32[48,16] @ models/lib/nn.yaml:79:7
%6395 = add %6394, %6393 : f32[48,16] @ models/lib/nn.yaml:79:7
%6396 = mul %6387, %6387 : f32[48,16] @ models/lib/nn.yaml:79:7
%6397 = mul %6396, %5746 : f32[48,16] @ models/lib/nn.yaml:79:7
%6398 = mul %6389, %5748 : f32[48,16] @ models/lib/nn.yaml:79:7
%6399 = add %6398, %6397 : f32[48,16] @ models/lib/nn.yaml:79:7
%6400 = cast %6391 : f64[] @ models/lib/nn.yaml:79:7
%6401 = pow %5457, %6400 : f64[] @ models/lib/nn.yaml:79:7
%6402 = sub %5438, %6401 : f64[] @ models/lib/nn.yaml:79:7
%6403 = div %3378, %6402 : f64[] @ models/lib/nn.yaml:79:7
%6404 = pow %5465, %6400 : f64[] @ models/lib/nn.yaml:79:7
%6405 = sub %5438, %6404 : f64[] @ models/lib/nn.yaml:79:7
%6406 = sqrt %6405 : f64[] @ models/lib/nn.yaml:79:7
%6407 = div %5438, %6406 : f64[] @ models/lib/nn.yaml:79:7
%6408 = sqrt %6399 : f32[48,16] @ models/lib/nn.yaml:79:7
%6409 = cast %6407 : f32[] @ models/lib/nn.yaml:79:7
%6410 = broadcast %6409 : f32[48,16] @ models/lib/nn.yaml:79:7
%6411 = mul %6408, %6410 : f32[48,16] @ models/lib/nn.yaml:79:7
%6412 = add %6411, %5763 : f32[48,16] @ models/lib/nn.yaml:79:7
%6413 = div %6395, %6412 : f32[48,16] @ models/lib/nn.yaml:79:7
%6414 = cast %6403 : f32[] @ models/lib/nn.yaml:79:7
%6415 = broadcast %6414 : f32[48,16] @ models/lib/nn.yaml:79:7
%6416 = mul %6413, %6415 : f32[48,16] @ models/lib/nn.yaml:79:7
%6417 = sub %6392, %6416 : f32[48,16] @ models/lib/nn.yaml:79:7
%6418 = assign %24, %6417 : f32[48,16] @ models/lib/nn.yaml:79:7
%6419 = assign %6388, %6395 : f32[48,16] @ models/lib/nn.yaml:79:7
%6420 = assign %6389, %6399 : f32[48,16] @ models/lib/nn.yaml:79:7
%6421 = assign %6390, %6391 : i64[] @ models/lib/nn.yaml:79:7
%6422 = mul %102, %5774 : f32[48,16] @ models/lib/nn.yaml:79:7
%6423 = mul %6417, %5776 : f32[48,16] @ models/lib/nn.yaml:79:7
%6424 = add %6422, %6423 : f32[48,16] @ models/lib/nn.yaml:79:7
%6425 = assign %102, %6424 : f32[48,16] @ models/lib/nn.yaml:79:7
%6426 = all_reduce_sum %5182 : f32[48] @ models/lib/nn.yaml:80:7
%6427 = mul %6426, %6426 : f32[48] @ models/lib/nn.yaml:80:7
%6428 = reduce_sum %6427 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6429 = sqrt %6428 : f32[] @ models/lib/nn.yaml:80:7
%6430 = cast %6429 : f64[] @ models/lib/nn.yaml:80:7
%6431 = add %6430, %5434 : f64[] @ models/lib/nn.yaml:80:7
%6432 = div %5436, %6431 : f64[] @ models/lib/nn.yaml:80:7
%6433 = lt %6432, %5438 : bool[] @ models/lib/nn.yaml:80:7
%6434 = cast %6432 : f32[] @ models/lib/nn.yaml:80:7
%6435 = broadcast %6434 : f32[48] @ models/lib/nn.yaml:80:7
%6436 = mul %6426, %6435 : f32[48] @ models/lib/nn.yaml:80:7
%6437 = broadcast %6433 : bool[48] @ models/lib/nn.yaml:80:7
%6438 = select %6437, %6436, %6426 : f32[48] @ models/lib/nn.yaml:80:7
%6439 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6440 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6441 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6442 = add %6441, %5448 : i64[] @ models/lib/nn.yaml:80:7
%6443 = mul %6438, %5797 : f32[48] @ models/lib/nn.yaml:80:7
%6444 = mul %6439, %5799 : f32[48] @ models/lib/nn.yaml:80:7
%6445 = add %6444, %6443 : f32[48] @ models/lib/nn.yaml:80:7
%6446 = mul %6438, %6438 : f32[48] @ models/lib/nn.yaml:80:7
%6447 = mul %6446, %5803 : f32[48] @ models/lib/nn.yaml:80:7
%6448 = mul %6440, %5805 : f32[48] @ models/lib/nn.yaml:80:7
%6449 = add %6448, %6447 : f32[48] @ models/lib/nn.yaml:80:7
%6450 = cast %6442 : f64[] @ models/lib/nn.yaml:80:7
%6451 = pow %5457, %6450 : f64[] @ models/lib/nn.yaml:80:7
%6452 = sub %5438, %6451 : f64[] @ models/lib/nn.yaml:80:7
%6453 = div %3378, %6452 : f64[] @ models/lib/nn.yaml:80:7
%6454 = pow %5465, %6450 : f64[] @ models/lib/nn.yaml:80:7
%6455 = sub %5438, %6454 : f64[] @ models/lib/nn.yaml:80:7
%6456 = sqrt %6455 : f64[] @ models/lib/nn.yaml:80:7
%6457 = div %5438, %6456 : f64[] @ models/lib/nn.yaml:80:7
%6458 = sqrt %6449 : f32[48] @ models/lib/nn.yaml:80:7
%6459 = cast %6457 : f32[] @ models/lib/nn.yaml:80:7
%6460 = broadcast %6459 : f32[48] @ models/lib/nn.yaml:80:7
%6461 = mul %6458, %6460 : f32[48] @ models/lib/nn.yaml:80:7
%6462 = add %6461, %5820 : f32[48] @ models/lib/nn.yaml:80:7
%6463 = div %6445, %6462 : f32[48] @ models/lib/nn.yaml:80:7
%6464 = cast %6453 : f32[] @ models/lib/nn.yaml:80:7
%6465 = broadcast %6464 : f32[48] @ models/lib/nn.yaml:80:7
%6466 = mul %6463, %6465 : f32[48] @ models/lib/nn.yaml:80:7
%6467 = sub %25, %6466 : f32[48] @ models/lib/nn.yaml:80:7
%6468 = assign %25, %6467 : f32[48] @ models/lib/nn.yaml:80:7
%6469 = assign %6439, %6445 : f32[48] @ models/lib/nn.yaml:80:7
%6470 = assign %6440, %6449 : f32[48] @ models/lib/nn.yaml:80:7
%6471 = assign %6441, %6442 : i64[] @ models/lib/nn.yaml:80:7
%6472 = mul %103, %5831 : f32[48] @ models/lib/nn.yaml:80:7
%6473 = mul %6467, %5833 : f32[48] @ models/lib/nn.yaml:80:7
%6474 = add %6472, %6473 : f32[48] @ models/lib/nn.yaml:80:7
%6475 = assign %103, %6474 : f32[48] @ models/lib/nn.yaml:80:7
%6476 = all_reduce_sum %5092 : f32[16,16] @ models/lib/nn.yaml:79:7
%6477 = reshape %6476 : f32[256] @ models/lib/nn.yaml:79:7
%6478 = mul %6477, %6477 : f32[256] @ models/lib/nn.yaml:79:7
%6479 = reduce_sum %6478 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6480 = sqrt %6479 : f32[] @ models/lib/nn.yaml:79:7
%6481 = cast %6480 : f64[] @ models/lib/nn.yaml:79:7
%6482 = add %6481, %5434 : f64[] @ models/lib/nn.yaml:79:7
%6483 = div %5436, %6482 : f64[] @ models/lib/nn.yaml:79:7
%6484 = lt %6483, %5438 : bool[] @ models/lib/nn.yaml:79:7
%6485 = cast %6483 : f32[] @ models/lib/nn.yaml:79:7
%6486 = broadcast %6485 : f32[16,16] @ models/lib/nn.yaml:79:7
%6487 = mul %6476, %6486 : f32[16,16] @ models/lib/nn.yaml:79:7
%6488 = broadcast %6484 : bool[16,16] @ models/lib/nn.yaml:79:7
%6489 = select %6488, %6487, %6476 : f32[16,16] @ models/lib/nn.yaml:79:7
%6490 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6491 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6492 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6493 = add %6492, %5448 : i64[] @ models/lib/nn.yaml:79:7
%6494 = mul %26, %5855 : f32[16,16] @ models/lib/nn.yaml:79:7
%6495 = mul %6489, %5857 : f32[16,16] @ models/lib/nn.yaml:79:7
%6496 = mul %6490, %5859 : f32[16,16] @ models/lib/nn.yaml:79:7
%6497 = add %6496, %6495 : f32[16,16] @ models/lib/nn.yaml:79:7
%6498 = mul %6489, %6489 : f32[16,16] @ models/lib/nn.yaml:79:7
%6499 = mul %6498, %5863 : f32[16,16] @ models/lib/nn.yaml:79:7
%6500 = mul %6491, %5865 : f32[16,16] @ models/lib/nn.yaml:79:7
%6501 = add %6500, %6499 : f32[16,16] @ models/lib/nn.yaml:79:7
%6502 = cast %6493 : f64[] @ models/lib/nn.yaml:79:7
%6503 = pow %5457, %6502 : f64[] @ models/lib/nn.yaml:79:7
%6504 = sub %5438, %6503 : f64[] @ models/lib/nn.yaml:79:7
%6505 = div %3378, %6504 : f64[] @ models/lib/nn.yaml:79:7
%6506 = pow %5465, %6502 : f64[] @ models/lib/nn.yaml:79:7
%6507 = sub %5438, %6506 : f64[] @ models/lib/nn.yaml:79:7
%6508 = sqrt %6507 : f64[] @ models/lib/nn.yaml:79:7
%6509 = div %5438, %6508 : f64[] @ models/lib/nn.yaml:79:7
%6510 = sqrt %6501 : f32[16,16] @ models/lib/nn.yaml:79:7
%6511 = cast %6509 : f32[] @ models/lib/nn.yaml:79:7
%6512 = broadcast %6511 : f32[16,16] @ models/lib/nn.yaml:79:7
%6513 = mul %6510, %6512 : f32[16,16] @ models/lib/nn.yaml:79:7
%6514 = add %6513, %5880 : f32[16,16] @ models/lib/nn.yaml:79:7
%6515 = div %6497, %6514 : f32[16,16] @ models/lib/nn.yaml:79:7
%6516 = cast %6505 : f32[] @ models/lib/nn.yaml:79:7
%6517 = broadcast %6516 : f32[16,16] @ models/lib/nn.yaml:79:7
%6518 = mul %6515, %6517 : f32[16,16] @ models/lib/nn.yaml:79:7
%6519 = sub %6494, %6518 : f32[16,16] @ models/lib/nn.yaml:79:7
%6520 = assign %26, %6519 : f32[16,16] @ models/lib/nn.yaml:79:7
%6521 = assign %6490, %6497 : f32[16,16] @ models/lib/nn.yaml:79:7
%6522 = assign %6491, %6501 : f32[16,16] @ models/lib/nn.yaml:79:7
%6523 = assign %6492, %6493 : i64[] @ models/lib/nn.yaml:79:7
%6524 = mul %104, %5891 : f32[16,16] @ models/lib/nn.yaml:79:7
%6525 = mul %6519, %5893 : f32[16,16] @ models/lib/nn.yaml:79:7
%6526 = add %6524, %6525 : f32[16,16] @ models/lib/nn.yaml:79:7
%6527 = assign %104, %6526 : f32[16,16] @ models/lib/nn.yaml:79:7
%6528 = all_reduce_sum %5087 : f32[16] @ models/lib/nn.yaml:80:7
%6529 = mul %6528, %6528 : f32[16] @ models/lib/nn.yaml:80:7
%6530 = reduce_sum %6529 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6531 = sqrt %6530 : f32[] @ models/lib/nn.yaml:80:7
%6532 = cast %6531 : f64[] @ models/lib/nn.yaml:80:7
%6533 = add %6532, %5434 : f64[] @ models/lib/nn.yaml:80:7
%6534 = div %5436, %6533 : f64[] @ models/lib/nn.yaml:80:7
%6535 = lt %6534, %5438 : bool[] @ models/lib/nn.yaml:80:7
%6536 = cast %6534 : f32[] @ models/lib/nn.yaml:80:7
%6537 = broadcast %6536 : f32[16] @ models/lib/nn.yaml:80:7
%6538 = mul %6528, %6537 : f32[16] @ models/lib/nn.yaml:80:7
%6539 = broadcast %6535 : bool[16] @ models/lib/nn.yaml:80:7
%6540 = select %6539, %6538, %6528 : f32[16] @ models/lib/nn.yaml:80:7
%6541 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6542 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6543 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6544 = add %6543, %5448 : i64[] @ models/lib/nn.yaml:80:7
%6545 = mul %6540, %5580 : f32[16] @ models/lib/nn.yaml:80:7
%6546 = mul %6541, %5582 : f32[16] @ models/lib/nn.yaml:80:7
%6547 = add %6546, %6545 : f32[16] @ models/lib/nn.yaml:80:7
%6548 = mul %6540, %6540 : f32[16] @ models/lib/nn.yaml:80:7
%6549 = mul %6548, %5586 : f32[16] @ models/lib/nn.yaml:80:7
%6550 = mul %6542, %5588 : f32[16] @ models/lib/nn.yaml:80:7
%6551 = add %6550, %6549 : f32[16] @ models/lib/nn.yaml:80:7
%6552 = cast %6544 : f64[] @ models/lib/nn.yaml:80:7
%6553 = pow %5457, %6552 : f64[] @ models/lib/nn.yaml:80:7
%6554 = sub %5438, %6553 : f64[] @ models/lib/nn.yaml:80:7
%6555 = div %3378, %6554 : f64[] @ models/lib/nn.yaml:80:7
%6556 = pow %5465, %6552 : f64[] @ models/lib/nn.yaml:80:7
%6557 = sub %5438, %6556 : f64[] @ models/lib/nn.yaml:80:7
%6558 = sqrt %6557 : f64[] @ models/lib/nn.yaml:80:7
%6559 = div %5438, %6558 : f64[] @ models/lib/nn.yaml:80:7
%6560 = sqrt %6551 : f32[16] @ models/lib/nn.yaml:80:7
%6561 = cast %6559 : f32[] @ models/lib/nn.yaml:80:7
%6562 = broadcast %6561 : f32[16] @ models/lib/nn.yaml:80:7
%6563 = mul %6560, %6562 : f32[16] @ models/lib/nn.yaml:80:7
%6564 = add %6563, %5603 : f32[16] @ models/lib/nn.yaml:80:7
%6565 = div %6547, %6564 : f32[16] @ models/lib/nn.yaml:80:7
%6566 = cast %6555 : f32[] @ models/lib/nn.yaml:80:7
%6567 = broadcast %6566 : f32[16] @ models/lib/nn.yaml:80:7
%6568 = mul %6565, %6567 : f32[16] @ models/lib/nn.yaml:80:7
%6569 = sub %27, %6568 : f32[16] @ models/lib/nn.yaml:80:7
%6570 = assign %27, %6569 : f32[16] @ models/lib/nn.yaml:80:7
%6571 = assign %6541, %6547 : f32[16] @ models/lib/nn.yaml:80:7
%6572 = assign %6542, %6551 : f32[16] @ models/lib/nn.yaml:80:7
%6573 = assign %6543, %6544 : i64[] @ models/lib/nn.yaml:80:7
%6574 = mul %105, %5614 : f32[16] @ models/lib/nn.yaml:80:7
%6575 = mul %6569, %5616 : f32[16] @ models/lib/nn.yaml:80:7
%6576 = add %6574, %6575 : f32[16] @ models/lib/nn.yaml:80:7
%6577 = assign %105, %6576 : f32[16] @ models/lib/nn.yaml:80:7
%6578 = all_reduce_sum %5061 : f32[16] @ models/lib/nn.yaml:89:7
%6579 = mul %6578, %6578 : f32[16] @ models/lib/nn.yaml:89:7
%6580 = reduce_sum %6579 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6581 = sqrt %6580 : f32[] @ models/lib/nn.yaml:89:7
%6582 = cast %6581 : f64[] @ models/lib/nn.yaml:89:7
%6583 = add %6582, %5434 : f64[] @ models/lib/nn.yaml:89:7
%6584 = div %5436, %6583 : f64[] @ models/lib/nn.yaml:89:7
%6585 = lt %6584, %5438 : bool[] @ models/lib/nn.yaml:89:7
%6586 = cast %6584 : f32[] @ models/lib/nn.yaml:89:7
%6587 = broadcast %6586 : f32[16] @ models/lib/nn.yaml:89:7
%6588 = mul %6578, %6587 : f32[16] @ models/lib/nn.yaml:89:7
%6589 = broadcast %6585 : bool[16] @ models/lib/nn.yaml:89:7
%6590 = select %6589, %6588, %6578 : f32[16] @ models/lib/nn.yaml:89:7
%6591 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6592 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6593 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6594 = add %6593, %5448 : i64[] @ models/lib/nn.yaml:89:7
%6595 = mul %6590, %5580 : f32[16] @ models/lib/nn.yaml:89:7
%6596 = mul %6591, %5582 : f32[16] @ models/lib/nn.yaml:89:7
%6597 = add %6596, %6595 : f32[16] @ models/lib/nn.yaml:89:7
%6598 = mul %6590, %6590 : f32[16] @ models/lib/nn.yaml:89:7
%6599 = mul %6598, %5586 : f32[16] @ models/lib/nn.yaml:89:7
%6600 = mul %6592, %5588 : f32[16] @ models/lib/nn.yaml:89:7
%6601 = add %6600, %6599 : f32[16] @ models/lib/nn.yaml:89:7
%6602 = cast %6594 : f64[] @ models/lib/nn.yaml:89:7
%6603 = pow %5457, %6602 : f64[] @ models/lib/nn.yaml:89:7
%6604 = sub %5438, %6603 : f64[] @ models/lib/nn.yaml:89:7
%6605 = div %3378, %6604 : f64[] @ models/lib/nn.yaml:89:7
%6606 = pow %5465, %6602 : f64[] @ models/lib/nn.yaml:89:7
%6607 = sub %5438, %6606 : f64[] @ models/lib/nn.yaml:89:7
%6608 = sqrt %6607 : f64[] @ models/lib/nn.yaml:89:7
%6609 = div %5438, %6608 : f64[] @ models/lib/nn.yaml:89:7
%6610 = sqrt %6601 : f32[16] @ models/lib/nn.yaml:89:7
%6611 = cast %6609 : f32[] @ models/lib/nn.yaml:89:7
%6612 = broadcast %6611 : f32[16] @ models/lib/nn.yaml:89:7
%6613 = mul %6610, %6612 : f32[16] @ models/lib/nn.yaml:89:7
%6614 = add %6613, %5603 : f32[16] @ models/lib/nn.yaml:89:7
%6615 = div %6597, %6614 : f32[16] @ models/lib/nn.yaml:89:7
%6616 = cast %6605 : f32[] @ models/lib/nn.yaml:89:7
%6617 = broadcast %6616 : f32[16] @ models/lib/nn.yaml:89:7
%6618 = mul %6615, %6617 : f32[16] @ models/lib/nn.yaml:89:7
%6619 = sub %28, %6618 : f32[16] @ models/lib/nn.yaml:89:7
%6620 = assign %28, %6619 : f32[16] @ models/lib/nn.yaml:89:7
%6621 = assign %6591, %6597 : f32[16] @ models/lib/nn.yaml:89:7
%6622 = assign %6592, %6601 : f32[16] @ models/lib/nn.yaml:89:7
%6623 = assign %6593, %6594 : i64[] @ models/lib/nn.yaml:89:7
%6624 = mul %106, %5614 : f32[16] @ models/lib/nn.yaml:89:7
%6625 = mul %6619, %5616 : f32[16] @ models/lib/nn.yaml:89:7
%6626 = add %6624, %6625 : f32[16] @ models/lib/nn.yaml:89:7
%6627 = assign %106, %6626 : f32[16] @ models/lib/nn.yaml:89:7
%6628 = all_reduce_sum %5054 : f32[16] @ models/lib/nn.yaml:90:7
%6629 = mul %6628, %6628 : f32[16] @ models/lib/nn.yaml:90:7
%6630 = reduce_sum %6629 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6631 = sqrt %6630 : f32[] @ models/lib/nn.yaml:90:7
%6632 = cast %6631 : f64[] @ models/lib/nn.yaml:90:7
%6633 = add %6632, %5434 : f64[] @ models/lib/nn.yaml:90:7
%6634 = div %5436, %6633 : f64[] @ models/lib/nn.yaml:90:7
%6635 = lt %6634, %5438 : bool[] @ models/lib/nn.yaml:90:7
%6636 = cast %6634 : f32[] @ models/lib/nn.yaml:90:7
%6637 = broadcast %6636 : f32[16] @ models/lib/nn.yaml:90:7
%6638 = mul %6628, %6637 : f32[16] @ models/lib/nn.yaml:90:7
%6639 = broadcast %6635 : bool[16] @ models/lib/nn.yaml:90:7
%6640 = select %6639, %6638, %6628 : f32[16] @ models/lib/nn.yaml:90:7
%6641 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6642 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6643 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6644 = add %6643, %5448 : i64[] @ models/lib/nn.yaml:90:7
%6645 = mul %6640, %5580 : f32[16] @ models/lib/nn.yaml:90:7
%6646 = mul %6641, %5582 : f32[16] @ models/lib/nn.yaml:90:7
%6647 = add %6646, %6645 : f32[16] @ models/lib/nn.yaml:90:7
%6648 = mul %6640, %6640 : f32[16] @ models/lib/nn.yaml:90:7
%6649 = mul %6648, %5586 : f32[16] @ models/lib/nn.yaml:90:7
%6650 = mul %6642, %5588 : f32[16] @ models/lib/nn.yaml:90:7
%6651 = add %6650, %6649 : f32[16] @ models/lib/nn.yaml:90:7
%6652 = cast %6644 : f64[] @ models/lib/nn.yaml:90:7
%6653 = pow %5457, %6652 : f64[] @ models/lib/nn.yaml:90:7
%6654 = sub %5438, %6653 : f64[] @ models/lib/nn.yaml:90:7
%6655 = div %3378, %6654 : f64[] @ models/lib/nn.yaml:90:7
%6656 = pow %5465, %6652 : f64[] @ models/lib/nn.yaml:90:7
%6657 = sub %5438, %6656 : f64[] @ models/lib/nn.yaml:90:7
%6658 = sqrt %6657 : f64[] @ models/lib/nn.yaml:90:7
%6659 = div %5438, %6658 : f64[] @ models/lib/nn.yaml:90:7
%6660 = sqrt %6651 : f32[16] @ models/lib/nn.yaml:90:7
%6661 = cast %6659 : f32[] @ models/lib/nn.yaml:90:7
%6662 = broadcast %6661 : f32[16] @ models/lib/nn.yaml:90:7
%6663 = mul %6660, %6662 : f32[16] @ models/lib/nn.yaml:90:7
%6664 = add %6663, %5603 : f32[16] @ models/lib/nn.yaml:90:7
%6665 = div %6647, %6664 : f32[16] @ models/lib/nn.yaml:90:7
%6666 = cast %6655 : f32[] @ models/lib/nn.yaml:90:7
%6667 = broadcast %6666 : f32[16] @ models/lib/nn.yaml:90:7
%6668 = mul %6665, %6667 : f32[16] @ models/lib/nn.yaml:90:7
%6669 = sub %29, %6668 : f32[16] @ models/lib/nn.yaml:90:7
%6670 = assign %29, %6669 : f32[16] @ models/lib/nn.yaml:90:7
%6671 = assign %6641, %6647 : f32[16] @ models/lib/nn.yaml:90:7
%6672 = assign %6642, %6651 : f32[16] @ models/lib/nn.yaml:90:7
%6673 = assign %6643, %6644 : i64[] @ models/lib/nn.yaml:90:7
%6674 = mul %107, %5614 : f32[16] @ models/lib/nn.yaml:90:7
%6675 = mul %6669, %5616 : f32[16] @ models/lib/nn.yaml:90:7
%6676 = add %6674, %6675 : f32[16] @ models/lib/nn.yaml:90:7
%6677 = assign %107, %6676 : f32[16] @ models/lib/nn.yaml:90:7
%6678 = all_reduce_sum %5049 : f32[64,16] @ models/lib/nn.yaml:79:7
%6679 = reshape %6678 : f32[1024] @ models/lib/nn.yaml:79:7
%6680 = mul %6679, %6679 : f32[1024] @ models/lib/nn.yaml:79:7
%6681 = reduce_sum %6680 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6682 = sqrt %6681 : f32[] @ models/lib/nn.yaml:79:7
%6683 = cast %6682 : f64[] @ models/lib/nn.yaml:79:7
%6684 = add %6683, %5434 : f64[] @ models/lib/nn.yaml:79:7
%6685 = div %5436, %6684 : f64[] @ models/lib/nn.yaml:79:7
%6686 = lt %6685, %5438 : bool[] @ models/lib/nn.yaml:79:7
%6687 = cast %6685 : f32[] @ models/lib/nn.yaml:79:7
%6688 = broadcast %6687 : f32[64,16] @ models/lib/nn.yaml:79:7
%6689 = mul %6678, %6688 : f32[64,16] @ models/lib/nn.yaml:79:7
%6690 = broadcast %6686 : bool[64,16] @ models/lib/nn.yaml:79:7
%6691 = select %6690, %6689, %6678 : f32[64,16] @ models/lib/nn.yaml:79:7
%6692 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6693 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6694 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6695 = add %6694, %5448 : i64[] @ models/lib/nn.yaml:79:7
%6696 = mul %30, %6065 : f32[64,16] @ models/lib/nn.yaml:79:7
%6697 = mul %6691, %6067 : f32[64,16] @ models/lib/nn.yaml:79:7
%6698 = mul %6692, %6069 : f32[64,16] @ models/lib/nn.yaml:79:7
%6699 = add %6698, %6697 : f32[64,16] @ models/lib/nn.yaml:79:7
%6700 = mul %6691, %6691 : f32[64,16] @ models/lib/nn.yaml:79:7
%6701 = mul %6700, %6073 : f32[64,16] @ models/lib/nn.yaml:79:7
%6702 = mul %6693, %6075 : f32[64,16] @ models/lib/nn.yaml:79:7
%6703 = add %6702, %6701 : f32[64,16] @ models/lib/nn.yaml:79:7
%6704 = cast %6695 : f64[] @ models/lib/nn.yaml:79:7
%6705 = pow %5457, %6704 : f64[] @ models/lib/nn.yaml:79:7
%6706 = sub %5438, %6705 : f64[] @ models/lib/nn.yaml:79:7
%6707 = div %3378, %6706 : f64[] @ models/lib/nn.yaml:79:7
%6708 = pow %5465, %6704 : f64[] @ models/lib/nn.yaml:79:7
%6709 = sub %5438, %6708 : f64[] @ models/lib/nn.yaml:79:7
%6710 = sqrt %6709 : f64[] @ models/lib/nn.yaml:79:7
%6711 = div %5438, %6710 : f64[] @ models/lib/nn.yaml:79:7
%6712 = sqrt %6703 : f32[64,16] @ models/lib/nn.yaml:79:7
%6713 = cast %6711 : f32[] @ models/lib/nn.yaml:79:7
%6714 = broadcast %6713 : f32[64,16] @ models/lib/nn.yaml:79:7
%6715 = mul %6712, %6714 : f32[64,16] @ models/lib/nn.yaml:79:7
%6716 = add %6715, %6090 : f32[64,16] @ models/lib/nn.yaml:79:7
%6717 = div %6699, %6716 : f32[64,16] @ models/lib/nn.yaml:79:7
%6718 = cast %6707 : f32[] @ models/lib/nn.yaml:79:7
%6719 = broadcast %6718 : f32[64,16] @ models/lib/nn.yaml:79:7
%6720 = mul %6717, %6719 : f32[64,16] @ models/lib/nn.yaml:79:7
%6721 = sub %6696, %6720 : f32[64,16] @ models/lib/nn.yaml:79:7
%6722 = assign %30, %6721 : f32[64,16] @ models/lib/nn.yaml:79:7
%6723 = assign %6692, %6699 : f32[64,16] @ models/lib/nn.yaml:79:7
%6724 = assign %6693, %6703 : f32[64,16] @ models/lib/nn.yaml:79:7
%6725 = assign %6694, %6695 : i64[] @ models/lib/nn.yaml:79:7
%6726 = mul %108, %6101 : f32[64,16] @ models/lib/nn.yaml:79:7
%6727 = mul %6721, %6103 : f32[64,16] @ models/lib/nn.yaml:79:7
%6728 = add %6726, %6727 : f32[64,16] @ models/lib/nn.yaml:79:7
%6729 = assign %108, %6728 : f32[64,16] @ models/lib/nn.yaml:79:7
%6730 = all_reduce_sum %5044 : f32[64] @ models/lib/nn.yaml:80:7
%6731 = mul %6730, %6730 : f32[64] @ models/lib/nn.yaml:80:7
%6732 = reduce_sum %6731 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6733 = sqrt %6732 : f32[] @ models/lib/nn.yaml:80:7
%6734 = cast %6733 : f64[] @ models/lib/nn.yaml:80:7
%6735 = add %6734, %5434 : f64[] @ models/lib/nn.yaml:80:7
%6736 = div %5436, %6735 : f64[] @ models/lib/nn.yaml:80:7
%6737 = lt %6736, %5438 : bool[] @ models/lib/nn.yaml:80:7
%6738 = cast %6736 : f32[] @ models/lib/nn.yaml:80:7
%6739 = broadcast %6738 : f32[64] @ models/lib/nn.yaml:80:7
%6740 = mul %6730, %6739 : f32[64] @ models/lib/nn.yaml:80:7
%6741 = broadcast %6737 : bool[64] @ models/lib/nn.yaml:80:7
%6742 = select %6741, %6740, %6730 : f32[64] @ models/lib/nn.yaml:80:7
%6743 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6744 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6745 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6746 = add %6745, %5448 : i64[] @ models/lib/nn.yaml:80:7
%6747 = mul %6742, %6124 : f32[64] @ models/lib/nn.yaml:80:7
%6748 = mul %6743, %6126 : f32[64] @ models/lib/nn.yaml:80:7
%6749 = add %6748, %6747 : f32[64] @ models/lib/nn.yaml:80:7
%6750 = mul %6742, %6742 : f32[64] @ models/lib/nn.yaml:80:7
%6751 = mul %6750, %6130 : f32[64] @ models/lib/nn.yaml:80:7
%6752 = mul %6744, %6132 : f32[64] @ models/lib/nn.yaml:80:7
%6753 = add %6752, %6751 : f32[64] @ models/lib/nn.yaml:80:7
%6754 = cast %6746 : f64[] @ models/lib/nn.yaml:80:7
%6755 = pow %5457, %6754 : f64[] @ models/lib/nn.yaml:80:7
%6756 = sub %5438, %6755 : f64[] @ models/lib/nn.yaml:80:7
%6757 = div %3378, %6756 : f64[] @ models/lib/nn.yaml:80:7
%6758 = pow %5465, %6754 : f64[] @ models/lib/nn.yaml:80:7
%6759 = sub %5438, %6758 : f64[] @ models/lib/nn.yaml:80:7
%6760 = sqrt %6759 : f64[] @ models/lib/nn.yaml:80:7
%6761 = div %5438, %6760 : f64[] @ models/lib/nn.yaml:80:7
%6762 = sqrt %6753 : f32[64] @ models/lib/nn.yaml:80:7
%6763 = cast %6761 : f32[] @ models/lib/nn.yaml:80:7
%6764 = broadcast %6763 : f32[64] @ models/lib/nn.yaml:80:7
%6765 = mul %6762, %6764 : f32[64] @ models/lib/nn.yaml:80:7
%6766 = add %6765, %6147 : f32[64] @ models/lib/nn.yaml:80:7
%6767 = div %6749, %6766 : f32[64] @ models/lib/nn.yaml:80:7
%6768 = cast %6757 : f32[] @ models/lib/nn.yaml:80:7
%6769 = broadcast %6768 : f32[64] @ models/lib/nn.yaml:80:7
%6770 = mul %6767, %6769 : f32[64] @ models/lib/nn.yaml:80:7
%6771 = sub %31, %6770 : f32[64] @ models/lib/nn.yaml:80:7
%6772 = assign %31, %6771 : f32[64] @ models/lib/nn.yaml:80:7
%6773 = assign %6743, %6749 : f32[64] @ models/lib/nn.yaml:80:7
%6774 = assign %6744, %6753 : f32[64] @ models/lib/nn.yaml:80:7
%6775 = assign %6745, %6746 : i64[] @ models/lib/nn.yaml:80:7
%6776 = mul %109, %6158 : f32[64] @ models/lib/nn.yaml:80:7
%6777 = mul %6771, %6160 : f32[64] @ models/lib/nn.yaml:80:7
%6778 = add %6776, %6777 : f32[64] @ models/lib/nn.yaml:80:7
%6779 = assign %109, %6778 : f32[64] @ models/lib/nn.yaml:80:7
%6780 = all_reduce_sum %5025 : f32[16,64] @ models/lib/nn.yaml:79:7
%6781 = reshape %6780 : f32[1024] @ models/lib/nn.yaml:79:7
%6782 = mul %6781, %6781 : f32[1024] @ models/lib/nn.yaml:79:7
%6783 = reduce_sum %6782 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6784 = sqrt %6783 : f32[] @ models/lib/nn.yaml:79:7
%6785 = cast %6784 : f64[] @ models/lib/nn.yaml:79:7
%6786 = add %6785, %5434 : f64[] @ models/lib/nn.yaml:79:7
%6787 = div %5436, %6786 : f64[] @ models/lib/nn.yaml:79:7
%6788 = lt %6787, %5438 : bool[] @ models/lib/nn.yaml:79:7
%6789 = cast %6787 : f32[] @ models/lib/nn.yaml:79:7
%6790 = broadcast %6789 : f32[16,64] @ models/lib/nn.yaml:79:7
%6791 = mul %6780, %6790 : f32[16,64] @ models/lib/nn.yaml:79:7
%6792 = broadcast %6788 : bool[16,64] @ models/lib/nn.yaml:79:7
%6793 = select %6792, %6791, %6780 : f32[16,64] @ models/lib/nn.yaml:79:7
%6794 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6795 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6796 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6797 = add %6796, %5448 : i64[] @ models/lib/nn.yaml:79:7
%6798 = mul %32, %6182 : f32[16,64] @ models/lib/nn.yaml:79:7
%6799 = mul %6793, %6184 : f32[16,64] @ models/lib/nn.yaml:79:7
%6800 = mul %6794, %6186 : f32[16,64] @ models/lib/nn.yaml:79:7
%6801 = add %6800, %6799 : f32[16,64] @ models/lib/nn.yaml:79:7
%6802 = mul %6793, %6793 : f32[16,64] @ models/lib/nn.yaml:79:7
%6803 = mul %6802, %6190 : f32[16,64] @ models/lib/nn.yaml:79:7
%6804 = mul %6795, %6192 : f32[16,64] @ models/lib/nn.yaml:79:7
%6805 = add %6804, %6803 : f32[16,64] @ models/lib/nn.yaml:79:7
%6806 = cast %6797 : f64[] @ models/lib/nn.yaml:79:7
%6807 = pow %5457, %6806 : f64[] @ models/lib/nn.yaml:79:7
%6808 = sub %5438, %6807 : f64[] @ models/lib/nn.yaml:79:7
%6809 = div %3378, %6808 : f64[] @ models/lib/nn.yaml:79:7
%6810 = pow %5465, %6806 : f64[] @ models/lib/nn.yaml:79:7
%6811 = sub %5438, %6810 : f64[] @ models/lib/nn.yaml:79:7
%6812 = sqrt %6811 : f64[] @ models/lib/nn.yaml:79:7
%6813 = div %5438, %6812 : f64[] @ models/lib/nn.yaml:79:7
%6814 = sqrt %6805 : f32[16,64] @ models/lib/nn.yaml:79:7
%6815 = cast %6813 : f32[] @ models/lib/nn.yaml:79:7
%6816 = broadcast %6815 : f32[16,64] @ models/lib/nn.yaml:79:7
%6817 = mul %6814, %6816 : f32[16,64] @ models/lib/nn.yaml:79:7
%6818 = add %6817, %6207 : f32[16,64] @ models/lib/nn.yaml:79:7
%6819 = div %6801, %6818 : f32[16,64] @ models/lib/nn.yaml:79:7
%6820 = cast %6809 : f32[] @ models/lib/nn.yaml:79:7
%6821 = broadcast %6820 : f32[16,64] @ models/lib/nn.yaml:79:7
%6822 = mul %6819, %6821 : f32[16,64] @ models/lib/nn.yaml:79:7
%6823 = sub %6798, %6822 : f32[16,64] @ models/lib/nn.yaml:79:7
%6824 = assign %32, %6823 : f32[16,64] @ models/lib/nn.yaml:79:7
%6825 = assign %6794, %6801 : f32[16,64] @ models/lib/nn.yaml:79:7
%6826 = assign %6795, %6805 : f32[16,64] @ models/lib/nn.yaml:79:7
%6827 = assign %6796, %6797 : i64[] @ models/lib/nn.yaml:79:7
%6828 = mul %110, %6218 : f32[16,64] @ models/lib/nn.yaml:79:7
%6829 = mul %6823, %6220 : f32[16,64] @ models/lib/nn.yaml:79:7
%6830 = add %6828, %6829 : f32[16,64] @ models/lib/nn.yaml:79:7
%6831 = assign %110, %6830 : f32[16,64] @ models/lib/nn.yaml:79:7
%6832 = all_reduce_sum %5020 : f32[16] @ models/lib/nn.yaml:80:7
%6833 = mul %6832, %6832 : f32[16] @ models/lib/nn.yaml:80:7
%6834 = reduce_sum %6833 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6835 = sqrt %6834 : f32[] @ models/lib/nn.yaml:80:7
%6836 = cast %6835 : f64[] @ models/lib/nn.yaml:80:7
%6837 = add %6836, %5434 : f64[] @ models/lib/nn.yaml:80:7
%6838 = div %5436, %6837 : f64[] @ models/lib/nn.yaml:80:7
%6839 = lt %6838, %5438 : bool[] @ models/lib/nn.yaml:80:7
%6840 = cast %6838 : f32[] @ models/lib/nn.yaml:80:7
%6841 = broadcast %6840 : f32[16] @ models/lib/nn.yaml:80:7
%6842 = mul %6832, %6841 : f32[16] @ models/lib/nn.yaml:80:7
%6843 = broadcast %6839 : bool[16] @ models/lib/nn.yaml:80:7
%6844 = select %6843, %6842, %6832 : f32[16] @ models/lib/nn.yaml:80:7
%6845 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6846 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6847 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6848 = add %6847, %5448 : i64[] @ models/lib/nn.yaml:80:7
%6849 = mul %6844, %5580 : f32[16] @ models/lib/nn.yaml:80:7
%6850 = mul %6845, %5582 : f32[16] @ models/lib/nn.yaml:80:7
%6851 = add %6850, %6849 : f32[16] @ models/lib/nn.yaml:80:7
%6852 = mul %6844, %6844 : f32[16] @ models/lib/nn.yaml:80:7
%6853 = mul %6852, %5586 : f32[16] @ models/lib/nn.yaml:80:7
%6854 = mul %6846, %5588 : f32[16] @ models/lib/nn.yaml:80:7
%6855 = add %6854, %6853 : f32[16] @ models/lib/nn.yaml:80:7
%6856 = cast %6848 : f64[] @ models/lib/nn.yaml:80:7
%6857 = pow %5457, %6856 : f64[] @ models/lib/nn.yaml:80:7
%6858 = sub %5438, %6857 : f64[] @ models/lib/nn.yaml:80:7
%6859 = div %3378, %6858 : f64[] @ models/lib/nn.yaml:80:7
%6860 = pow %5465, %6856 : f64[] @ models/lib/nn.yaml:80:7
%6861 = sub %5438, %6860 : f64[] @ models/lib/nn.yaml:80:7
%6862 = sqrt %6861 : f64[] @ models/lib/nn.yaml:80:7
%6863 = div %5438, %6862 : f64[] @ models/lib/nn.yaml:80:7
%6864 = sqrt %6855 : f32[16] @ models/lib/nn.yaml:80:7
%6865 = cast %6863 : f32[] @ models/lib/nn.yaml:80:7
%6866 = broadcast %6865 : f32[16] @ models/lib/nn.yaml:80:7
%6867 = mul %6864, %6866 : f32[16] @ models/lib/nn.yaml:80:7
%6868 = add %6867, %5603 : f32[16] @ models/lib/nn.yaml:80:7
%6869 = div %6851, %6868 : f32[16] @ models/lib/nn.yaml:80:7
%6870 = cast %6859 : f32[] @ models/lib/nn.yaml:80:7
%6871 = broadcast %6870 : f32[16] @ models/lib/nn.yaml:80:7
%6872 = mul %6869, %6871 : f32[16] @ models/lib/nn.yaml:80:7
%6873 = sub %33, %6872 : f32[16] @ models/lib/nn.yaml:80:7
%6874 = assign %33, %6873 : f32[16] @ models/lib/nn.yaml:80:7
%6875 = assign %6845, %6851 : f32[16] @ models/lib/nn.yaml:80:7
%6876 = assign %6846, %6855 : f32[16] @ models/lib/nn.yaml:80:7
%6877 = assign %6847, %6848 : i64[] @ models/lib/nn.yaml:80:7
%6878 = mul %111, %5614 : f32[16] @ models/lib/nn.yaml:80:7
%6879 = mul %6873, %5616 : f32[16] @ models/lib/nn.yaml:80:7
%6880 = add %6878, %6879 : f32[16] @ models/lib/nn.yaml:80:7
%6881 = assign %111, %6880 : f32[16] @ models/lib/nn.yaml:80:7
%6882 = all_reduce_sum %5013 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6883 = reshape %6882 : f32[16] @ models/lib/vit.yaml:103:7
%6884 = mul %6883, %6883 : f32[16] @ models/lib/vit.yaml:103:7
%6885 = reduce_sum %6884 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%6886 = sqrt %6885 : f32[] @ models/lib/vit.yaml:103:7
%6887 = cast %6886 : f64[] @ models/lib/vit.yaml:103:7
%6888 = add %6887, %5434 : f64[] @ models/lib/vit.yaml:103:7
%6889 = div %5436, %6888 : f64[] @ models/lib/vit.yaml:103:7
%6890 = lt %6889, %5438 : bool[] @ models/lib/vit.yaml:103:7
%6891 = cast %6889 : f32[] @ models/lib/vit.yaml:103:7
%6892 = broadcast %6891 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6893 = mul %6882, %6892 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6894 = broadcast %6890 : bool[1,1,16] @ models/lib/vit.yaml:103:7
%6895 = select %6894, %6893, %6882 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6896 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6897 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6898 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%6899 = add %6898, %5448 : i64[] @ models/lib/vit.yaml:103:7
%6900 = broadcast %5452 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6901 = mul %34, %6900 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6902 = broadcast %3111 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6903 = mul %6895, %6902 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6904 = broadcast %2138 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6905 = mul %6896, %6904 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6906 = add %6905, %6903 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6907 = mul %6895, %6895 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6908 = broadcast %5462 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6909 = mul %6907, %6908 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6910 = broadcast %5466 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6911 = mul %6897, %6910 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6912 = add %6911, %6909 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6913 = cast %6899 : f64[] @ models/lib/vit.yaml:103:7
%6914 = pow %5457, %6913 : f64[] @ models/lib/vit.yaml:103:7
%6915 = sub %5438, %6914 : f64[] @ models/lib/vit.yaml:103:7
%6916 = div %3378, %6915 : f64[] @ models/lib/vit.yaml:103:7
%6917 = pow %5465, %6913 : f64[] @ models/lib/vit.yaml:103:7
%6918 = sub %5438, %6917 : f64[] @ models/lib/vit.yaml:103:7
%6919 = sqrt %6918 : f64[] @ models/lib/vit.yaml:103:7
%6920 = div %5438, %6919 : f64[] @ models/lib/vit.yaml:103:7
%6921 = sqrt %6912 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6922 = cast %6920 : f32[] @ models/lib/vit.yaml:103:7
%6923 = broadcast %6922 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6924 = mul %6921, %6923 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6925 = broadcast %5482 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6926 = add %6924, %6925 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6927 = div %6906, %6926 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6928 = cast %6916 : f32[] @ models/lib/vit.yaml:103:7
%6929 = broadcast %6928 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6930 = mul %6927, %6929 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6931 = sub %6901, %6930 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6932 = assign %34, %6931 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6933 = assign %6896, %6906 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6934 = assign %6897, %6912 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6935 = assign %6898, %6899 : i64[] @ models/lib/vit.yaml:103:7
%6936 = broadcast %5494 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6937 = mul %112, %6936 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6938 = broadcast %5498 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6939 = mul %6931, %6938 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6940 = add %6937, %6939 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6941 = assign %112, %6940 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6942 = all_reduce_sum %4990 : f32[16] @ models/lib/nn.yaml:89:7
%6943 = mul %6942, %6942 : f32[16] @ models/lib/nn.yaml:89:7
%6944 = reduce_sum %6943 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6945 = sqrt %6944 : f32[] @ models/lib/nn.yaml:89:7
%6946 = cast %6945 : f64[] @ models/lib/nn.yaml:89:7
%6947 = add %6946, %5434 : f64[] @ models/lib/nn.yaml:89:7
%6948 = div %5436, %6947 : f64[] @ models/lib/nn.yaml:89:7
%6949 = lt %6948, %5438 : bool[] @ models/lib/nn.yaml:89:7
%6950 = cast %6948 : f32[] @ models/lib/nn.yaml:89:7
%6951 = broadcast %6950 : f32[16] @ models/lib/nn.yaml:89:7
%6952 = mul %6942, %6951 : f32[16] @ models/lib/nn.yaml:89:7
%6953 = broadcast %6949 : bool[16] @ models/lib/nn.yaml:89:7
%6954 = select %6953, %6952, %6942 : f32[16] @ models/lib/nn.yaml:89:7
%6955 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6956 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6957 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6958 = add %6957, %5448 : i64[] @ models/lib/nn.yaml:89:7
%6959 = mul %6954, %5580 : f32[16] @ models/lib/nn.yaml:89:7
%6960 = mul %6955, %5582 : f32[16] @ models/lib/nn.yaml:89:7
%6961 = add %6960, %6959 : f32[16] @ models/lib/nn.yaml:89:7
%6962 = mul %6954, %6954 : f32[16] @ models/lib/nn.yaml:89:7
%6963 = mul %6962, %5586 : f32[16] @ models/lib/nn.yaml:89:7
%6964 = mul %6956, %5588 : f32[16] @ models/lib/nn.yaml:89:7
%6965 = add %6964, %6963 : f32[16] @ models/lib/nn.yaml:89:7
%6966 = cast %6958 : f64[] @ models/lib/nn.yaml:89:7
%6967 = pow %5457, %6966 : f64[] @ models/lib/nn.yaml:89:7
%6968 = sub %5438, %6967 : f64[] @ models/lib/nn.yaml:89:7
%6969 = div %3378, %6968 : f64[] @ models/lib/nn.yaml:89:7
%6970 = pow %5465, %6966 : f64[] @ models/lib/nn.yaml:89:7
%6971 = sub %5438, %6970 : f64[] @ models/lib/nn.yaml:89:7
%6972 = sqrt %6971 : f64[] @ models/lib/nn.yaml:89:7
%6973 = div %5438, %6972 : f64[] @ models/lib/nn.yaml:89:7
%6974 = sqrt %6965 : f32[16] @ models/lib/nn.yaml:89:7
%6975 = cast %6973 : f32[] @ models/lib/nn.yaml:89:7
%6976 = broadcast %6975 : f32[16] @ models/lib/nn.yaml:89:7
%6977 = mul %6974, %6976 : f32[16] @ models/lib/nn.yaml:89:7
%6978 = add %6977, %5603 : f32[16] @ models/lib/nn.yaml:89:7
%6979 = div %6961, %6978 : f32[16] @ models/lib/nn.yaml:89:7
%6980 = cast %6969 : f32[] @ models/lib/nn.yaml:89:7
%6981 = broadcast %6980 : f32[16] @ models/lib/nn.yaml:89:7
%6982 = mul %6979, %6981 : f32[16] @ models/lib/nn.yaml:89:7
%6983 = sub %35, %6982 : f32[16] @ models/lib/nn.yaml:89:7
%6984 = assign %35, %6983 : f32[16] @ models/lib/nn.yaml:89:7
%6985 = assign %6955, %6961 : f32[16] @ models/lib/nn.yaml:89:7
%6986 = assign %6956, %6965 : f32[16] @ models/lib/nn.yaml:89:7
%6987 = assign %6957, %6958 : i64[] @ models/lib/nn.yaml:89:7
%6988 = mul %113, %5614 : f32[16] @ models/lib/nn.yaml:89:7
%6989 = mul %6983, %5616 : f32[16] @ models/lib/nn.yaml:89:7
%6990 = add %6988, %6989 : f32[16] @ models/lib/nn.yaml:89:7
%6991 = assign %113, %6990 : f32[16] @ models/lib/nn.yaml:89:7
%6992 = all_reduce_sum %4983 : f32[16] @ models/lib/nn.yaml:90:7
%6993 = mul %6992, %6992 : f32[16] @ models/lib/nn.yaml:90:7
%6994 = reduce_sum %6993 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6995 = sqrt %6994 : f32[] @ models/lib/nn.yaml:90:7
%6996 = cast %6995 : f64[] @ models/lib/nn.yaml:90:7
%6997 = add %6996, %5434 : f64[] @ models/lib/nn.yaml:90:7
%6998 = div %5436, %6997 : f64[] @ models/lib/nn.yaml:90:7
%6999 = lt %6998, %5438 : bool[] @ models/lib/nn.yaml:90:7
%7000 = cast %6998 : f32[] @ models/lib/nn.yaml:90:7
%7001 = broadcast %7000 : f32[16] @ models/lib/nn.yaml:90:7
%7002 = mul %6992, %7001 : f32[16] @ models/lib/nn.yaml:90:7
%7003 = broadcast %6999 : bool[16] @ models/lib/nn.yaml:90:7
%7004 = select %7003, %7002, %6992 : f32[16] @ models/lib/nn.yaml:90:7
%7005 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7006 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7007 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7008 = add %7007, %5448 : i64[] @ models/lib/nn.yaml:90:7
%7009 = mul %7004, %5580 : f32[16] @ models/lib/nn.yaml:90:7
%7010 = mul %7005, %5582 : f32[16] @ models/lib/nn.yaml:90:7
%7011 = add %7010, %7009 : f32[16] @ models/lib/nn.yaml:90:7
%7012 = mul %7004, %7004 : f32[16] @ models/lib/nn.yaml:90:7
%7013 = mul %7012, %5586 : f32[16] @ models/lib/nn.yaml:90:7
%7014 = mul %7006, %5588 : f32[16] @ models/lib/nn.yaml:90:7
%7015 = add %7014, %7013 : f32[16] @ models/lib/nn.yaml:90:7
%7016 = cast %7008 : f64[] @ models/lib/nn.yaml:90:7
%7017 = pow %5457, %7016 : f64[] @ models/lib/nn.yaml:90:7
%7018 = sub %5438, %7017 : f64[] @ models/lib/nn.yaml:90:7
%7019 = div %3378, %7018 : f64[] @ models/lib/nn.yaml:90:7
%7020 = pow %5465, %7016 : f64[] @ models/lib/nn.yaml:90:7
%7021 = sub %5438, %7020 : f64[] @ models/lib/nn.yaml:90:7
%7022 = sqrt %7021 : f64[] @ models/lib/nn.yaml:90:7
%7023 = div %5438, %7022 : f64[] @ models/lib/nn.yaml:90:7
%7024 = sqrt %7015 : f32[16] @ models/lib/nn.yaml:90:7
%7025 = cast %7023 : f32[] @ models/lib/nn.yaml:90:7
%7026 = broadcast %7025 : f32[16] @ models/lib/nn.yaml:90:7
%7027 = mul %7024, %7026 : f32[16] @ models/lib/nn.yaml:90:7
%7028 = add %7027, %5603 : f32[16] @ models/lib/nn.yaml:90:7
%7029 = div %7011, %7028 : f32[16] @ models/lib/nn.yaml:90:7
%7030 = cast %7019 : f32[] @ models/lib/nn.yaml:90:7
%7031 = broadcast %7030 : f32[16] @ models/lib/nn.yaml:90:7
%7032 = mul %7029, %7031 : f32[16] @ models/lib/nn.yaml:90:7
%7033 = sub %36, %7032 : f32[16] @ models/lib/nn.yaml:90:7
%7034 = assign %36, %7033 : f32[16] @ models/lib/nn.yaml:90:7
%7035 = assign %7005, %7011 : f32[16] @ models/lib/nn.yaml:90:7
%7036 = assign %7006, %7015 : f32[16] @ models/lib/nn.yaml:90:7
%7037 = assign %7007, %7008 : i64[] @ models/lib/nn.yaml:90:7
%7038 = mul %114, %5614 : f32[16] @ models/lib/nn.yaml:90:7
%7039 = mul %7033, %5616 : f32[16] @ models/lib/nn.yaml:90:7
%7040 = add %7038, %7039 : f32[16] @ models/lib/nn.yaml:90:7
%7041 = assign %114, %7040 : f32[16] @ models/lib/nn.yaml:90:7
%7042 = all_reduce_sum %4976 : f32[16,16] @ models/lib/nn.yaml:79:7
%7043 = reshape %7042 : f32[256] @ models/lib/nn.yaml:79:7
%7044 = mul %7043, %7043 : f32[256] @ models/lib/nn.yaml:79:7
%7045 = reduce_sum %7044 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7046 = sqrt %7045 : f32[] @ models/lib/nn.yaml:79:7
%7047 = cast %7046 : f64[] @ models/lib/nn.yaml:79:7
%7048 = add %7047, %5434 : f64[] @ models/lib/nn.yaml:79:7
%7049 = div %5436, %7048 : f64[] @ models/lib/nn.yaml:79:7
%7050 = lt %7049, %5438 : bool[] @ models/lib/nn.yaml:79:7
%7051 = cast %7049 : f32[] @ models/lib/nn.yaml:79:7
%7052 = broadcast %7051 : f32[16,16] @ models/lib/nn.yaml:79:7
%7053 = mul %7042, %7052 : f32[16,16] @ models/lib/nn.yaml:79:7
%7054 = broadcast %7050 : bool[16,16] @ models/lib/nn.yaml:79:7
%7055 = select %7054, %7053, %7042 : f32[16,16] @ models/lib/nn.yaml:79:7
%7056 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7057 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7058 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7059 = add %7058, %5448 : i64[] @ models/lib/nn.yaml:79:7
%7060 = mul %37, %5855 : f32[16,16] @ models/lib/nn.yaml:79:7
%7061 = mul %7055, %5857 : f32[16,16] @ models/lib/nn.yaml:79:7
%7062 = mul %7056, %5859 : f32[16,16] @ models/lib/nn.yaml:79:7
%7063 = add %7062, %7061 : f32[16,16] @ models/lib/nn.yaml:79:7
%7064 = mul %7055, %7055 : f32[16,16] @ models/lib/nn.yaml:79:7
%7065 = mul %7064, %5863 : f32[16,16] @ models/lib/nn.yaml:79:7
%7066 = mul %7057, %5865 : f32[16,16] @ models/lib/nn.yaml:79:7
%7067 = add %7066, %7065 : f32[16,16] @ models/lib/nn.yaml:79:7
%7068 = cast %7059 : f64[] @ models/lib/nn.yaml:79:7
%7069 = pow %5457, %7068 : f64[] @ models/lib/nn.yaml:79:7
%7070 = sub %5438, %7069 : f64[] @ models/lib/nn.yaml:79:7
%7071 = div %3378, %7070 : f64[] @ models/lib/nn.yaml:79:7
%7072 = pow %5465, %7068 : f64[] @ models/lib/nn.yaml:79:7
%7073 = sub %5438, %7072 : f64[] @ models/lib/nn.yaml:79:7
%7074 = sqrt %7073 : f64[] @ models/lib/nn.yaml:79:7
%7075 = div %5438, %7074 : f64[] @ models/lib/nn.yaml:79:7
%7076 = sqrt %7067 : f32[16,16] @ models/lib/nn.yaml:79:7
%7077 = cast %7075 : f32[] @ models/lib/nn.yaml:79:7
%7078 = broadcast %7077 : f32[16,16] @ models/lib/nn.yaml:79:7
%7079 = mul %7076, %7078 : f32[16,16] @ models/lib/nn.yaml:79:7
%7080 = add %7079, %5880 : f32[16,16] @ models/lib/nn.yaml:79:7
%7081 = div %7063, %7080 : f32[16,16] @ models/lib/nn.yaml:79:7
%7082 = cast %7071 : f32[] @ models/lib/nn.yaml:79:7
%7083 = broadcast %7082 : f32[16,16] @ models/lib/nn.yaml:79:7
%7084 = mul %7081, %7083 : f32[16,16] @ models/lib/nn.yaml:79:7
%7085 = sub %7060, %7084 : f32[16,16] @ models/lib/nn.yaml:79:7
%7086 = assign %37, %7085 : f32[16,16] @ models/lib/nn.yaml:79:7
%7087 = assign %7056, %7063 : f32[16,16] @ models/lib/nn.yaml:79:7
%7088 = assign %7057, %7067 : f32[16,16] @ models/lib/nn.yaml:79:7
%7089 = assign %7058, %7059 : i64[] @ models/lib/nn.yaml:79:7
%7090 = mul %115, %5891 : f32[16,16] @ models/lib/nn.yaml:79:7
%7091 = mul %7085, %5893 : f32[16,16] @ models/lib/nn.yaml:79:7
%7092 = add %7090, %7091 : f32[16,16] @ models/lib/nn.yaml:79:7
%7093 = assign %115, %7092 : f32[16,16] @ models/lib/nn.yaml:79:7
%7094 = all_reduce_sum %4971 : f32[16] @ models/lib/nn.yaml:80:7
%7095 = mul %7094, %7094 : f32[16] @ models/lib/nn.yaml:80:7
%7096 = reduce_sum %7095 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7097 = sqrt %7096 : f32[] @ models/lib/nn.yaml:80:7
%7098 = cast %7097 : f64[] @ models/lib/nn.yaml:80:7
%7099 = add %7098, %5434 : f64[] @ models/lib/nn.yaml:80:7
%7100 = div %5436, %7099 : f64[] @ models/lib/nn.yaml:80:7
%7101 = lt %7100, %5438 : bool[] @ models/lib/nn.yaml:80:7
%7102 = cast %7100 : f32[] @ models/lib/nn.yaml:80:7
%7103 = broadcast %7102 : f32[16] @ models/lib/nn.yaml:80:7
%7104 = mul %7094, %7103 : f32[16] @ models/lib/nn.yaml:80:7
%7105 = broadcast %7101 : bool[16] @ models/lib/nn.yaml:80:7
%7106 = select %7105, %7104, %7094 : f32[16] @ models/lib/nn.yaml:80:7
%7107 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7108 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7109 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7110 = add %7109, %5448 : i64[] @ models/lib/nn.yaml:80:7
%7111 = mul %7106, %5580 : f32[16] @ models/lib/nn.yaml:80:7
%7112 = mul %7107, %5582 : f32[16] @ models/lib/nn.yaml:80:7
%7113 = add %7112, %7111 : f32[16] @ models/lib/nn.yaml:80:7
%7114 = mul %7106, %7106 : f32[16] @ models/lib/nn.yaml:80:7
%7115 = mul %7114, %5586 : f32[16] @ models/lib/nn.yaml:80:7
%7116 = mul %7108, %5588 : f32[16] @ models/lib/nn.yaml:80:7
%7117 = add %7116, %7115 : f32[16] @ models/lib/nn.yaml:80:7
%7118 = cast %7110 : f64[] @ models/lib/nn.yaml:80:7
%7119 = pow %5457, %7118 : f64[] @ models/lib/nn.yaml:80:7
%7120 = sub %5438, %7119 : f64[] @ models/lib/nn.yaml:80:7
%7121 = div %3378, %7120 : f64[] @ models/lib/nn.yaml:80:7
%7122 = pow %5465, %7118 : f64[] @ models/lib/nn.yaml:80:7
%7123 = sub %5438, %7122 : f64[] @ models/lib/nn.yaml:80:7
%7124 = sqrt %7123 : f64[] @ models/lib/nn.yaml:80:7
%7125 = div %5438, %7124 : f64[] @ models/lib/nn.yaml:80:7
%7126 = sqrt %7117 : f32[16] @ models/lib/nn.yaml:80:7
%7127 = cast %7125 : f32[] @ models/lib/nn.yaml:80:7
%7128 = broadcast %7127 : f32[16] @ models/lib/nn.yaml:80:7
%7129 = mul %7126, %7128 : f32[16] @ models/lib/nn.yaml:80:7
%7130 = add %7129, %5603 : f32[16] @ models/lib/nn.yaml:80:7
%7131 = div %7113, %7130 : f32[16] @ models/lib/nn.yaml:80:7
%7132 = cast %7121 : f32[] @ models/lib/nn.yaml:80:7
%7133 = broadcast %7132 : f32[16] @ models/lib/nn.yaml:80:7
%7134 = mul %7131, %7133 : f32[16] @ models/lib/nn.yaml:80:7
%7135 = sub %38, %7134 : f32[16] @ models/lib/nn.yaml:80:7
%7136 = assign %38, %7135 : f32[16] @ models/lib/nn.yaml:80:7
%7137 = assign %7107, %7113 : f32[16] @ models/lib/nn.yaml:80:7
%7138 = assign %7108, %7117 : f32[16] @ models/lib/nn.yaml:80:7
%7139 = assign %7109, %7110 : i64[] @ models/lib/nn.yaml:80:7
%7140 = mul %116, %5614 : f32[16] @ models/lib/nn.yaml:80:7
%7141 = mul %7135, %5616 : f32[16] @ models/lib/nn.yaml:80:7
%7142 = add %7140, %7141 : f32[16] @ models/lib/nn.yaml:80:7
%7143 = assign %116, %7142 : f32[16] @ models/lib/nn.yaml:80:7
%7144 = all_reduce_sum %4966 : f32[16,16] @ models/lib/nn.yaml:79:7
%7145 = reshape %7144 : f32[256] @ models/lib/nn.yaml:79:7
%7146 = mul %7145, %7145 : f32[256] @ models/lib/nn.yaml:79:7
%7147 = reduce_sum %7146 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7148 = sqrt %7147 : f32[] @ models/lib/nn.yaml:79:7
%7149 = cast %7148 : f64[] @ models/lib/nn.yaml:79:7
%7150 = add %7149, %5434 : f64[] @ models/lib/nn.yaml:79:7
%7151 = div %5436, %7150 : f64[] @ models/lib/nn.yaml:79:7
%7152 = lt %7151, %5438 : bool[] @ models/lib/nn.yaml:79:7
%7153 = cast %7151 : f32[] @ models/lib/nn.yaml:79:7
%7154 = broadcast %7153 : f32[16,16] @ models/lib/nn.yaml:79:7
%7155 = mul %7144, %7154 : f32[16,16] @ models/lib/nn.yaml:79:7
%7156 = broadcast %7152 : bool[16,16] @ models/lib/nn.yaml:79:7
%7157 = select %7156, %7155, %7144 : f32[16,16] @ models/lib/nn.yaml:79:7
%7158 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7159 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7160 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7161 = add %7160, %5448 : i64[] @ models/lib/nn.yaml:79:7
%7162 = mul %39, %5855 : f32[16,16] @ models/lib/nn.yaml:79:7
%7163 = mul %7157, %5857 : f32[16,16] @ models/lib/nn.yaml:79:7
%7164 = mul %7158, %5859 : f32[16,16] @ models/lib/nn.yaml:79:7
%7165 = add %7164, %7163 : f32[16,16] @ models/lib/nn.yaml:79:7
%7166 = mul %7157, %7157 : f32[16,16] @ models/lib/nn.yaml:79:7
%7167 = mul %7166, %5863 : f32[16,16] @ models/lib/nn.yaml:79:7
%7168 = mul %7159, %5865 : f32[16,16] @ models/lib/nn.yaml:79:7
%7169 = add %7168, %7167 : f32[16,16] @ models/lib/nn.yaml:79:7
%7170 = cast %7161 : f64[] @ models/lib/nn.yaml:79:7
%7171 = pow %5457, %7170 : f64[] @ models/lib/nn.yaml:79:7
%7172 = sub %5438, %7171 : f64[] @ models/lib/nn.yaml:79:7
%7173 = div %3378, %7172 : f64[] @ models/lib/nn.yaml:79:7
%7174 = pow %5465, %7170 : f64[] @ models/lib/nn.yaml:79:7
%7175 = sub %5438, %7174 : f64[] @ models/lib/nn.yaml:79:7
%7176 = sqrt %7175 : f64[] @ models/lib/nn.yaml:79:7
%7177 = div %5438, %7176 : f64[] @ models/lib/nn.yaml:79:7
%7178 = sqrt %7169 : f32[16,16] @ models/lib/nn.yaml:79:7
%7179 = cast %7177 : f32[] @ models/lib/nn.yaml:79:7
%7180 = broadcast %7179 : f32[16,16] @ models/lib/nn.yaml:79:7
%7181 = mul %7178, %7180 : f32[16,16] @ models/lib/nn.yaml:79:7
%7182 = add %7181, %5880 : f32[16,16] @ models/lib/nn.yaml:79:7
%7183 = div %7165, %7182 : f32[16,16] @ models/lib/nn.yaml:79:7
%7184 = cast %7173 : f32[] @ models/lib/nn.yaml:79:7
%7185 = broadcast %7184 : f32[16,16] @ models/lib/nn.yaml:79:7
%7186 = mul %7183, %7185 : f32[16,16] @ models/lib/nn.yaml:79:7
%7187 = sub %7162, %7186 : f32[16,16] @ models/lib/nn.yaml:79:7
%7188 = assign %39, %7187 : f32[16,16] @ models/lib/nn.yaml:79:7
%7189 = assign %7158, %7165 : f32[16,16] @ models/lib/nn.yaml:79:7
%7190 = assign %7159, %7169 : f32[16,16] @ models/lib/nn.yaml:79:7
%7191 = assign %7160, %7161 : i64[] @ models/lib/nn.yaml:79:7
%7192 = mul %117, %5891 : f32[16,16] @ models/lib/nn.yaml:79:7
%7193 = mul %7187, %5893 : f32[16,16] @ models/lib/nn.yaml:79:7
%7194 = add %7192, %7193 : f32[16,16] @ models/lib/nn.yaml:79:7
%7195 = assign %117, %7194 : f32[16,16] @ models/lib/nn.yaml:79:7
%7196 = all_reduce_sum %4961 : f32[16] @ models/lib/nn.yaml:80:7
%7197 = mul %7196, %7196 : f32[16] @ models/lib/nn.yaml:80:7
%7198 = reduce_sum %7197 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7199 = sqrt %7198 : f32[] @ models/lib/nn.yaml:80:7
%7200 = cast %7199 : f64[] @ models/lib/nn.yaml:80:7
%7201 = add %7200, %5434 : f64[] @ models/lib/nn.yaml:80:7
%7202 = div %5436, %7201 : f64[] @ models/lib/nn.yaml:80:7
%7203 = lt %7202, %5438 : bool[] @ models/lib/nn.yaml:80:7
%7204 = cast %7202 : f32[] @ models/lib/nn.yaml:80:7
%7205 = broadcast %7204 : f32[16] @ models/lib/nn.yaml:80:7
%7206 = mul %7196, %7205 : f32[16] @ models/lib/nn.yaml:80:7
%7207 = broadcast %7203 : bool[16] @ models/lib/nn.yaml:80:7
%7208 = select %7207, %7206, %7196 : f32[16] @ models/lib/nn.yaml:80:7
%7209 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7210 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7211 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7212 = add %7211, %5448 : i64[] @ models/lib/nn.yaml:80:7
%7213 = mul %7208, %5580 : f32[16] @ models/lib/nn.yaml:80:7
%7214 = mul %7209, %5582 : f32[16] @ models/lib/nn.yaml:80:7
%7215 = add %7214, %7213 : f32[16] @ models/lib/nn.yaml:80:7
%7216 = mul %7208, %7208 : f32[16] @ models/lib/nn.yaml:80:7
%7217 = mul %7216, %5586 : f32[16] @ models/lib/nn.yaml:80:7
%7218 = mul %7210, %5588 : f32[16] @ models/lib/nn.yaml:80:7
%7219 = add %7218, %7217 : f32[16] @ models/lib/nn.yaml:80:7
%7220 = cast %7212 : f64[] @ models/lib/nn.yaml:80:7
%7221 = pow %5457, %7220 : f64[] @ models/lib/nn.yaml:80:7
%7222 = sub %5438, %7221 : f64[] @ models/lib/nn.yaml:80:7
%7223 = div %3378, %7222 : f64[] @ models/lib/nn.yaml:80:7
%7224 = pow %5465, %7220 : f64[] @ models/lib/nn.yaml:80:7
%7225 = sub %5438, %7224 : f64[] @ models/lib/nn.yaml:80:7
%7226 = sqrt %7225 : f64[] @ models/lib/nn.yaml:80:7
%7227 = div %5438, %7226 : f64[] @ models/lib/nn.yaml:80:7
%7228 = sqrt %7219 : f32[16] @ models/lib/nn.yaml:80:7
%7229 = cast %7227 : f32[] @ models/lib/nn.yaml:80:7
%7230 = broadcast %7229 : f32[16] @ models/lib/nn.yaml:80:7
%7231 = mul %7228, %7230 : f32[16] @ models/lib/nn.yaml:80:7
%7232 = add %7231, %5603 : f32[16] @ models/lib/nn.yaml:80:7
%7233 = div %7215, %7232 : f32[16] @ models/lib/nn.yaml:80:7
%7234 = cast %7223 : f32[] @ models/lib/nn.yaml:80:7
%7235 = broadcast %7234 : f32[16] @ models/lib/nn.yaml:80:7
%7236 = mul %7233, %7235 : f32[16] @ models/lib/nn.yaml:80:7
%7237 = sub %40, %7236 : f32[16] @ models/lib/nn.yaml:80:7
%7238 = assign %40, %7237 : f32[16] @ models/lib/nn.yaml:80:7
%7239 = assign %7209, %7215 : f32[16] @ models/lib/nn.yaml:80:7
%7240 = assign %7210, %7219 : f32[16] @ models/lib/nn.yaml:80:7
%7241 = assign %7211, %7212 : i64[] @ models/lib/nn.yaml:80:7
%7242 = mul %118, %5614 : f32[16] @ models/lib/nn.yaml:80:7
%7243 = mul %7237, %5616 : f32[16] @ models/lib/nn.yaml:80:7
%7244 = add %7242, %7243 : f32[16] @ models/lib/nn.yaml:80:7
%7245 = assign %118, %7244 : f32[16] @ models/lib/nn.yaml:80:7
%7246 = all_reduce_sum %4954 : f32[16,16] @ models/lib/nn.yaml:79:7
%7247 = reshape %7246 : f32[256] @ models/lib/nn.yaml:79:7
%7248 = mul %7247, %7247 : f32[256] @ models/lib/nn.yaml:79:7
%7249 = reduce_sum %7248 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7250 = sqrt %7249 : f32[] @ models/lib/nn.yaml:79:7
%7251 = cast %7250 : f64[] @ models/lib/nn.yaml:79:7
%7252 = add %7251, %5434 : f64[] @ models/lib/nn.yaml:79:7
%7253 = div %5436, %7252 : f64[] @ models/lib/nn.yaml:79:7
%7254 = lt %7253, %5438 : bool[] @ models/lib/nn.yaml:79:7
%7255 = cast %7253 : f32[] @ models/lib/nn.yaml:79:7
%7256 = broadcast %7255 : f32[16,16] @ models/lib/nn.yaml:79:7
%7257 = mul %7246, %7256 : f32[16,16] @ models/lib/nn.yaml:79:7
%7258 = broadcast %7254 : bool[16,16] @ models/lib/nn.yaml:79:7
%7259 = select %7258, %7257, %7246 : f32[16,16] @ models/lib/nn.yaml:79:7
%7260 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7261 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7262 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7263 = add %7262, %5448 : i64[] @ models/lib/nn.yaml:79:7
%7264 = mul %41, %5855 : f32[16,16] @ models/lib/nn.yaml:79:7
%7265 = mul %7259, %5857 : f32[16,16] @ models/lib/nn.yaml:79:7
%7266 = mul %7260, %5859 : f32[16,16] @ models/lib/nn.yaml:79:7
%7267 = add %7266, %7265 : f32[16,16] @ models/lib/nn.yaml:79:7
%7268 = mul %7259, %7259 : f32[16,16] @ models/lib/nn.yaml:79:7
%7269 = mul %7268, %5863 : f32[16,16] @ models/lib/nn.yaml:79:7
%7270 = mul %7261, %5865 : f32[16,16] @ models/lib/nn.yaml:79:7
%7271 = add %7270, %7269 : f32[16,16] @ models/lib/nn.yaml:79:7
%7272 = cast %7263 : f64[] @ models/lib/nn.yaml:79:7
%7273 = pow %5457, %7272 : f64[] @ models/lib/nn.yaml:79:7
%7274 = sub %5438, %7273 : f64[] @ models/lib/nn.yaml:79:7
%7275 = div %3378, %7274 : f64[] @ models/lib/nn.yaml:79:7
%7276 = pow %5465, %7272 : f64[] @ models/lib/nn.yaml:79:7
%7277 = sub %5438, %7276 : f64[] @ models/lib/nn.yaml:79:7
%7278 = sqrt %7277 : f64[] @ models/lib/nn.yaml:79:7
%7279 = div %5438, %7278 : f64[] @ models/lib/nn.yaml:79:7
%7280 = sqrt %7271 : f32[16,16] @ models/lib/nn.yaml:79:7
%7281 = cast %7279 : f32[] @ models/lib/nn.yaml:79:7
%7282 = broadcast %7281 : f32[16,16] @ models/lib/nn.yaml:79:7
%7283 = mul %7280, %7282 : f32[16,16] @ models/lib/nn.yaml:79:7
%7284 = add %7283, %5880 : f32[16,16] @ models/lib/nn.yaml:79:7
%7285 = div %7267, %7284 : f32[16,16] @ models/lib/nn.yaml:79:7
%7286 = cast %7275 : f32[] @ models/lib/nn.yaml:79:7
%7287 = broadcast %7286 : f32[16,16] @ models/lib/nn.yaml:79:7
%7288 = mul %7285, %7287 : f32[16,16] @ models/lib/nn.yaml:79:7
%7289 = sub %7264, %7288 : f32[16,16] @ models/lib/nn.yaml:79:7
%7290 = assign %41, %7289 : f32[16,16] @ models/lib/nn.yaml:79:7
%7291 = assign %7260, %7267 : f32[16,16] @ models/lib/nn.yaml:79:7
%7292 = assign %7261, %7271 : f32[16,16] @ models/lib/nn.yaml:79:7
%7293 = assign %7262, %7263 : i64[] @ models/lib/nn.yaml:79:7
%7294 = mul %119, %5891 : f32[16,16] @ models/lib/nn.yaml:79:7
%7295 = mul %7289, %5893 : f32[16,16] @ models/lib/nn.yaml:79:7
%7296 = add %7294, %7295 : f32[16,16] @ models/lib/nn.yaml:79:7
%7297 = assign %119, %7296 : f32[16,16] @ models/lib/nn.yaml:79:7
%7298 = all_reduce_sum %4949 : f32[16] @ models/lib/nn.yaml:80:7
%7299 = mul %7298, %7298 : f32[16] @ models/lib/nn.yaml:80:7
%7300 = reduce_sum %7299 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7301 = sqrt %7300 : f32[] @ models/lib/nn.yaml:80:7
%7302 = cast %7301 : f64[] @ models/lib/nn.yaml:80:7
%7303 = add %7302, %5434 : f64[] @ models/lib/nn.yaml:80:7
%7304 = div %5436, %7303 : f64[] @ models/lib/nn.yaml:80:7
%7305 = lt %7304, %5438 : bool[] @ models/lib/nn.yaml:80:7
%7306 = cast %7304 : f32[] @ models/lib/nn.yaml:80:7
%7307 = broadcast %7306 : f32[16] @ models/lib/nn.yaml:80:7
%7308 = mul %7298, %7307 : f32[16] @ models/lib/nn.yaml:80:7
%7309 = broadcast %7305 : bool[16] @ models/lib/nn.yaml:80:7
%7310 = select %7309, %7308, %7298 : f32[16] @ models/lib/nn.yaml:80:7
%7311 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7312 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7313 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7314 = add %7313, %5448 : i64[] @ models/lib/nn.yaml:80:7
%7315 = mul %7310, %5580 : f32[16] @ models/lib/nn.yaml:80:7
%7316 = mul %7311, %5582 : f32[16] @ models/lib/nn.yaml:80:7
%7317 = add %7316, %7315 : f32[16] @ models/lib/nn.yaml:80:7
%7318 = mul %7310, %7310 : f32[16] @ models/lib/nn.yaml:80:7
%7319 = mul %7318, %5586 : f32[16] @ models/lib/nn.yaml:80:7
%7320 = mul %7312, %5588 : f32[16] @ models/lib/nn.yaml:80:7
%7321 = add %7320, %7319 : f32[16] @ models/lib/nn.yaml:80:7
%7322 = cast %7314 : f64[] @ models/lib/nn.yaml:80:7
%7323 = pow %5457, %7322 : f64[] @ models/lib/nn.yaml:80:7
%7324 = sub %5438, %7323 : f64[] @ models/lib/nn.yaml:80:7
%7325 = div %3378, %7324 : f64[] @ models/lib/nn.yaml:80:7
%7326 = pow %5465, %7322 : f64[] @ models/lib/nn.yaml:80:7
%7327 = sub %5438, %7326 : f64[] @ models/lib/nn.yaml:80:7
%7328 = sqrt %7327 : f64[] @ models/lib/nn.yaml:80:7
%7329 = div %5438, %7328 : f64[] @ models/lib/nn.yaml:80:7
%7330 = sqrt %7321 : f32[16] @ models/lib/nn.yaml:80:7
%7331 = cast %7329 : f32[] @ models/lib/nn.yaml:80:7
%7332 = broadcast %7331 : f32[16] @ models/lib/nn.yaml:80:7
%7333 = mul %7330, %7332 : f32[16] @ models/lib/nn.yaml:80:7
%7334 = add %7333, %5603 : f32[16] @ models/lib/nn.yaml:80:7
%7335 = div %7317, %7334 : f32[16] @ models/lib/nn.yaml:80:7
%7336 = cast %7325 : f32[] @ models/lib/nn.yaml:80:7
%7337 = broadcast %7336 : f32[16] @ models/lib/nn.yaml:80:7
%7338 = mul %7335, %7337 : f32[16] @ models/lib/nn.yaml:80:7
%7339 = sub %42, %7338 : f32[16] @ models/lib/nn.yaml:80:7
%7340 = assign %42, %7339 : f32[16] @ models/lib/nn.yaml:80:7
%7341 = assign %7311, %7317 : f32[16] @ models/lib/nn.yaml:80:7
%7342 = assign %7312, %7321 : f32[16] @ models/lib/nn.yaml:80:7
%7343 = assign %7313, %7314 : i64[] @ models/lib/nn.yaml:80:7
%7344 = mul %120, %5614 : f32[16] @ models/lib/nn.yaml:80:7
%7345 = mul %7339, %5616 : f32[16] @ models/lib/nn.yaml:80:7
%7346 = add %7344, %7345 : f32[16] @ models/lib/nn.yaml:80:7
%7347 = assign %120, %7346 : f32[16] @ models/lib/nn.yaml:80:7
%7348 = all_reduce_sum %4877 : f32[16,16] @ models/lib/nn.yaml:79:7
%7349 = reshape %7348 : f32[256] @ models/lib/nn.yaml:79:7
%7350 = mul %7349, %7349 : f32[256] @ models/lib/nn.yaml:79:7
%7351 = reduce_sum %7350 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7352 = sqrt %7351 : f32[] @ models/lib/nn.yaml:79:7
%7353 = cast %7352 : f64[] @ models/lib/nn.yaml:79:7
%7354 = add %7353, %5434 : f64[] @ models/lib/nn.yaml:79:7
%7355 = div %5436, %7354 : f64[] @ models/lib/nn.yaml:79:7
%7356 = lt %7355, %5438 : bool[] @ models/lib/nn.yaml:79:7
%7357 = cast %7355 : f32[] @ models/lib/nn.yaml:79:7
%7358 = broadcast %7357 : f32[16,16] @ models/lib/nn.yaml:79:7
%7359 = mul %7348, %7358 : f32[16,16] @ models/lib/nn.yaml:79:7
%7360 = broadcast %7356 : bool[16,16] @ models/lib/nn.yaml:79:7
%7361 = select %7360, %7359, %7348 : f32[16,16] @ models/lib/nn.yaml:79:7
%7362 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7363 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7364 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7365 = add %7364, %5448 : i64[] @ models/lib/nn.yaml:79:7
%7366 = mul %43, %5855 : f32[16,16] @ models/lib/nn.yaml:79:7
%7367 = mul %7361, %5857 : f32[16,16] @ models/lib/nn.yaml:79:7
%7368 = mul %7362, %5859 : f32[16,16] @ models/lib/nn.yaml:79:7
%7369 = add %7368, %7367 : f32[16,16] @ models/lib/nn.yaml:79:7
%7370 = mul %7361, %7361 : f32[16,16] @ models/lib/nn.yaml:79:7
%7371 = mul %7370, %5863 : f32[16,16] @ models/lib/nn.yaml:79:7
%7372 = mul %7363, %5865 : f32[16,16] @ models/lib/nn.yaml:79:7
%7373 = add %7372, %7371 : f32[16,16] @ models/lib/nn.yaml:79:7
%7374 = cast %7365 : f64[] @ models/lib/nn.yaml:79:7
%7375 = pow %5457, %7374 : f64[] @ models/lib/nn.yaml:79:7
%7376 = sub %5438, %7375 : f64[] @ models/lib/nn.yaml:79:7
%7377 = div %3378, %7376 : f64[] @ models/lib/nn.yaml:79:7
%7378 = pow %5465, %7374 : f64[] @ models/lib/nn.yaml:79:7
%7379 = sub %5438, %7378 : f64[] @ models/lib/nn.yaml:79:7
%7380 = sqrt %7379 : f64[] @ models/lib/nn.yaml:79:7
%7381 = div %5438, %7380 : f64[] @ models/lib/nn.yaml:79:7
%7382 = sqrt %7373 : f32[16,16] @ models/lib/nn.yaml:79:7
%7383 = cast %7381 : f32[] @ models/lib/nn.yaml:79:7
%7384 = broadcast %7383 : f32[16,16] @ models/lib/nn.yaml:79:7
%7385 = mul %7382, %7384 : f32[16,16] @ models/lib/nn.yaml:79:7
%7386 = add %7385, %5880 : f32[16,16] @ models/lib/nn.yaml:79:7
%7387 = div %7369, %7386 : f32[16,16] @ models/lib/nn.yaml:79:7
%7388 = cast %7377 : f32[] @ models/lib/nn.yaml:79:7
%7389 = broadcast %7388 : f32[16,16] @ models/lib/nn.yaml:79:7
%7390 = mul %7387, %7389 : f32[16,16] @ models/lib/nn.yaml:79:7
%7391 = sub %7366, %7390 : f32[16,16] @ models/lib/nn.yaml:79:7
%7392 = assign %43, %7391 : f32[16,16] @ models/lib/nn.yaml:79:7
%7393 = assign %7362, %7369 : f32[16,16] @ models/lib/nn.yaml:79:7
%7394 = assign %7363, %7373 : f32[16,16] @ models/lib/nn.yaml:79:7
%7395 = assign %7364, %7365 : i64[] @ models/lib/nn.yaml:79:7
%7396 = mul %121, %5891 : f32[16,16] @ models/lib/nn.yaml:79:7
%7397 = mul %7391, %5893 : f32[16,16] @ models/lib/nn.yaml:79:7
%7398 = add %7396, %7397 : f32[16,16] @ models/lib/nn.yaml:79:7
%7399 = assign %121, %7398 : f32[16,16] @ models/lib/nn.yaml:79:7
%7400 = all_reduce_sum %4872 : f32[16] @ models/lib/nn.yaml:80:7
%7401 = mul %7400, %7400 : f32[16] @ models/lib/nn.yaml:80:7
%7402 = reduce_sum %7401 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7403 = sqrt %7402 : f32[] @ models/lib/nn.yaml:80:7
%7404 = cast %7403 : f64[] @ models/lib/nn.yaml:80:7
%7405 = add %7404, %5434 : f64[] @ models/lib/nn.yaml:80:7
%7406 = div %5436, %7405 : f64[] @ models/lib/nn.yaml:80:7
%7407 = lt %7406, %5438 : bool[] @ models/lib/nn.yaml:80:7
%7408 = cast %7406 : f32[] @ models/lib/nn.yaml:80:7
%7409 = broadcast %7408 : f32[16] @ models/lib/nn.yaml:80:7
%7410 = mul %7400, %7409 : f32[16] @ models/lib/nn.yaml:80:7
%7411 = broadcast %7407 : bool[16] @ models/lib/nn.yaml:80:7
%7412 = select %7411, %7410, %7400 : f32[16] @ models/lib/nn.yaml:80:7
%7413 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7414 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7415 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7416 = add %7415, %5448 : i64[] @ models/lib/nn.yaml:80:7
%7417 = mul %7412, %5580 : f32[16] @ models/lib/nn.yaml:80:7
%7418 = mul %7413, %5582 : f32[16] @ models/lib/nn.yaml:80:7
%7419 = add %7418, %7417 : f32[16] @ models/lib/nn.yaml:80:7
%7420 = mul %7412, %7412 : f32[16] @ models/lib/nn.yaml:80:7
%7421 = mul %7420, %5586 : f32[16] @ models/lib/nn.yaml:80:7
%7422 = mul %7414, %5588 : f32[16] @ models/lib/nn.yaml:80:7
%7423 = add %7422, %7421 : f32[16] @ models/lib/nn.yaml:80:7
%7424 = cast %7416 : f64[] @ models/lib/nn.yaml:80:7
%7425 = pow %5457, %7424 : f64[] @ models/lib/nn.yaml:80:7
%7426 = sub %5438, %7425 : f64[] @ models/lib/nn.yaml:80:7
%7427 = div %3378, %7426 : f64[] @ models/lib/nn.yaml:80:7
%7428 = pow %5465, %7424 : f64[] @ models/lib/nn.yaml:80:7
%7429 = sub %5438, %7428 : f64[] @ models/lib/nn.yaml:80:7
%7430 = sqrt %7429 : f64[] @ models/lib/nn.yaml:80:7
%7431 = div %5438, %7430 : f64[] @ models/lib/nn.yaml:80:7
%7432 = sqrt %7423 : f32[16] @ models/lib/nn.yaml:80:7
%7433 = cast %7431 : f32[] @ models/lib/nn.yaml:80:7
%7434 = broadcast %7433 : f32[16] @ models/lib/nn.yaml:80:7
%7435 = mul %7432, %7434 : f32[16] @ models/lib/nn.yaml:80:7
%7436 = add %7435, %5603 : f32[16] @ models/lib/nn.yaml:80:7
%7437 = div %7419, %7436 : f32[16] @ models/lib/nn.yaml:80:7
%7438 = cast %7427 : f32[] @ models/lib/nn.yaml:80:7
%7439 = broadcast %7438 : f32[16] @ models/lib/nn.yaml:80:7
%7440 = mul %7437, %7439 : f32[16] @ models/lib/nn.yaml:80:7
%7441 = sub %44, %7440 : f32[16] @ models/lib/nn.yaml:80:7
%7442 = assign %44, %7441 : f32[16] @ models/lib/nn.yaml:80:7
%7443 = assign %7413, %7419 : f32[16] @ models/lib/nn.yaml:80:7
%7444 = assign %7414, %7423 : f32[16] @ models/lib/nn.yaml:80:7
%7445 = assign %7415, %7416 : i64[] @ models/lib/nn.yaml:80:7
%7446 = mul %122, %5614 : f32[16] @ models/lib/nn.yaml:80:7
%7447 = mul %7441, %5616 : f32[16] @ models/lib/nn.yaml:80:7
%7448 = add %7446, %7447 : f32[16] @ models/lib/nn.yaml:80:7
%7449 = assign %122, %7448 : f32[16] @ models/lib/nn.yaml:80:7
%7450 = all_reduce_sum %4851 : f32[16] @ models/lib/nn.yaml:89:7
%7451 = mul %7450, %7450 : f32[16] @ models/lib/nn.yaml:89:7
%7452 = reduce_sum %7451 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7453 = sqrt %7452 : f32[] @ models/lib/nn.yaml:89:7
%7454 = cast %7453 : f64[] @ models/lib/nn.yaml:89:7
%7455 = add %7454, %5434 : f64[] @ models/lib/nn.yaml:89:7
%7456 = div %5436, %7455 : f64[] @ models/lib/nn.yaml:89:7
%7457 = lt %7456, %5438 : bool[] @ models/lib/nn.yaml:89:7
%7458 = cast %7456 : f32[] @ models/lib/nn.yaml:89:7
%7459 = broadcast %7458 : f32[16] @ models/lib/nn.yaml:89:7
%7460 = mul %7450, %7459 : f32[16] @ models/lib/nn.yaml:89:7
%7461 = broadcast %7457 : bool[16] @ models/lib/nn.yaml:89:7
%7462 = select %7461, %7460, %7450 : f32[16] @ models/lib/nn.yaml:89:7
%7463 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7464 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7465 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7466 = add %7465, %5448 : i64[] @ models/lib/nn.yaml:89:7
%7467 = mul %7462, %5580 : f32[16] @ models/lib/nn.yaml:89:7
%7468 = mul %7463, %5582 : f32[16] @ models/lib/nn.yaml:89:7
%7469 = add %7468, %7467 : f32[16] @ models/lib/nn.yaml:89:7
%7470 = mul %7462, %7462 : f32[16] @ models/lib/nn.yaml:89:7
%7471 = mul %7470, %5586 : f32[16] @ models/lib/nn.yaml:89:7
%7472 = mul %7464, %5588 : f32[16] @ models/lib/nn.yaml:89:7
%7473 = add %7472, %7471 : f32[16] @ models/lib/nn.yaml:89:7
%7474 = cast %7466 : f64[] @ models/lib/nn.yaml:89:7
%7475 = pow %5457, %7474 : f64[] @ models/lib/nn.yaml:89:7
%7476 = sub %5438, %7475 : f64[] @ models/lib/nn.yaml:89:7
%7477 = div %3378, %7476 : f64[] @ models/lib/nn.yaml:89:7
%7478 = pow %5465, %7474 : f64[] @ models/lib/nn.yaml:89:7
%7479 = sub %5438, %7478 : f64[] @ models/lib/nn.yaml:89:7
%7480 = sqrt %7479 : f64[] @ models/lib/nn.yaml:89:7
%7481 = div %5438, %7480 : f64[] @ models/lib/nn.yaml:89:7
%7482 = sqrt %7473 : f32[16] @ models/lib/nn.yaml:89:7
%7483 = cast %7481 : f32[] @ models/lib/nn.yaml:89:7
%7484 = broadcast %7483 : f32[16] @ models/lib/nn.yaml:89:7
%7485 = mul %7482, %7484 : f32[16] @ models/lib/nn.yaml:89:7
%7486 = add %7485, %5603 : f32[16] @ models/lib/nn.yaml:89:7
%7487 = div %7469, %7486 : f32[16] @ models/lib/nn.yaml:89:7
%7488 = cast %7477 : f32[] @ models/lib/nn.yaml:89:7
%7489 = broadcast %7488 : f32[16] @ models/lib/nn.yaml:89:7
%7490 = mul %7487, %7489 : f32[16] @ models/lib/nn.yaml:89:7
%7491 = sub %45, %7490 : f32[16] @ models/lib/nn.yaml:89:7
%7492 = assign %45, %7491 : f32[16] @ models/lib/nn.yaml:89:7
%7493 = assign %7463, %7469 : f32[16] @ models/lib/nn.yaml:89:7
%7494 = assign %7464, %7473 : f32[16] @ models/lib/nn.yaml:89:7
%7495 = assign %7465, %7466 : i64[] @ models/lib/nn.yaml:89:7
%7496 = mul %123, %5614 : f32[16] @ models/lib/nn.yaml:89:7
%7497 = mul %7491, %5616 : f32[16] @ models/lib/nn.yaml:89:7
%7498 = add %7496, %7497 : f32[16] @ models/lib/nn.yaml:89:7
%7499 = assign %123, %7498 : f32[16] @ models/lib/nn.yaml:89:7
%7500 = all_reduce_sum %4846 : f32[16] @ models/lib/nn.yaml:90:7
%7501 = mul %7500, %7500 : f32[16] @ models/lib/nn.yaml:90:7
%7502 = reduce_sum %7501 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7503 = sqrt %7502 : f32[] @ models/lib/nn.yaml:90:7
%7504 = cast %7503 : f64[] @ models/lib/nn.yaml:90:7
%7505 = add %7504, %5434 : f64[] @ models/lib/nn.yaml:90:7
%7506 = div %5436, %7505 : f64[] @ models/lib/nn.yaml:90:7
%7507 = lt %7506, %5438 : bool[] @ models/lib/nn.yaml:90:7
%7508 = cast %7506 : f32[] @ models/lib/nn.yaml:90:7
%7509 = broadcast %7508 : f32[16] @ models/lib/nn.yaml:90:7
%7510 = mul %7500, %7509 : f32[16] @ models/lib/nn.yaml:90:7
%7511 = broadcast %7507 : bool[16] @ models/lib/nn.yaml:90:7
%7512 = select %7511, %7510, %7500 : f32[16] @ models/lib/nn.yaml:90:7
%7513 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7514 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7515 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7516 = add %7515, %5448 : i64[] @ models/lib/nn.yaml:90:7
%7517 = mul %7512, %5580 : f32[16] @ models/lib/nn.yaml:90:7
%7518 = mul %7513, %5582 : f32[16] @ models/lib/nn.yaml:90:7
%7519 = add %7518, %7517 : f32[16] @ models/lib/nn.yaml:90:7
%7520 = mul %7512, %7512 : f32[16] @ models/lib/nn.yaml:90:7
%7521 = mul %7520, %5586 : f32[16] @ models/lib/nn.yaml:90:7
%7522 = mul %7514, %5588 : f32[16] @ models/lib/nn.yaml:90:7
%7523 = add %7522, %7521 : f32[16] @ models/lib/nn.yaml:90:7
%7524 = cast %7516 : f64[] @ models/lib/nn.yaml:90:7
%7525 = pow %5457, %7524 : f64[] @ models/lib/nn.yaml:90:7
%7526 = sub %5438, %7525 : f64[] @ models/lib/nn.yaml:90:7
%7527 = div %3378, %7526 : f64[] @ models/lib/nn.yaml:90:7
%7528 = pow %5465, %7524 : f64[] @ models/lib/nn.yaml:90:7
%7529 = sub %5438, %7528 : f64[] @ models/lib/nn.yaml:90:7
%7530 = sqrt %7529 : f64[] @ models/lib/nn.yaml:90:7
%7531 = div %5438, %7530 : f64[] @ models/lib/nn.yaml:90:7
%7532 = sqrt %7523 : f32[16] @ models/lib/nn.yaml:90:7
%7533 = cast %7531 : f32[] @ models/lib/nn.yaml:90:7
%7534 = broadcast %7533 : f32[16] @ models/lib/nn.yaml:90:7
%7535 = mul %7532, %7534 : f32[16] @ models/lib/nn.yaml:90:7
%7536 = add %7535, %5603 : f32[16] @ models/lib/nn.yaml:90:7
%7537 = div %7519, %7536 : f32[16] @ models/lib/nn.yaml:90:7
%7538 = cast %7527 : f32[] @ models/lib/nn.yaml:90:7
%7539 = broadcast %7538 : f32[16] @ models/lib/nn.yaml:90:7
%7540 = mul %7537, %7539 : f32[16] @ models/lib/nn.yaml:90:7
%7541 = sub %46, %7540 : f32[16] @ models/lib/nn.yaml:90:7
%7542 = assign %46, %7541 : f32[16] @ models/lib/nn.yaml:90:7
%7543 = assign %7513, %7519 : f32[16] @ models/lib/nn.yaml:90:7
%7544 = assign %7514, %7523 : f32[16] @ models/lib/nn.yaml:90:7
%7545 = assign %7515, %7516 : i64[] @ models/lib/nn.yaml:90:7
%7546 = mul %124, %5614 : f32[16] @ models/lib/nn.yaml:90:7
%7547 = mul %7541, %5616 : f32[16] @ models/lib/nn.yaml:90:7
%7548 = add %7546, %7547 : f32[16] @ models/lib/nn.yaml:90:7
%7549 = assign %124, %7548 : f32[16] @ models/lib/nn.yaml:90:7
%7550 = all_reduce_sum %4843 : f32[64,16] @ models/lib/nn.yaml:79:7
%7551 = reshape %7550 : f32[1024] @ models/lib/nn.yaml:79:7
%7552 = mul %7551, %7551 : f32[1024] @ models/lib/nn.yaml:79:7
%7553 = reduce_sum %7552 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7554 = sqrt %7553 : f32[] @ models/lib/nn.yaml:79:7
%7555 = cast %7554 : f64[] @ models/lib/nn.yaml:79:7
%7556 = add %7555, %5434 : f64[] @ models/lib/nn.yaml:79:7
%7557 = div %5436, %7556 : f64[] @ models/lib/nn.yaml:79:7
%7558 = lt %7557, %5438 : bool[] @ models/lib/nn.yaml:79:7
%7559 = cast %7557 : f32[] @ models/lib/nn.yaml:79:7
%7560 = broadcast %7559 : f32[64,16] @ models/lib/nn.yaml:79:7
%7561 = mul %7550, %7560 : f32[64,16] @ models/lib/nn.yaml:79:7
%7562 = broadcast %7558 : bool[64,16] @ models/lib/nn.yaml:79:7
%7563 = select %7562, %7561, %7550 : f32[64,16] @ models/lib/nn.yaml:79:7
%7564 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7565 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7566 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7567 = add %7566, %5448 : i64[] @ models/lib/nn.yaml:79:7
%7568 = mul %47, %6065 : f32[64,16] @ models/lib/nn.yaml:79:7
%7569 = mul %7563, %6067 : f32[64,16] @ models/lib/nn.yaml:79:7
%7570 = mul %7564, %6069 : f32[64,16] @ models/lib/nn.yaml:79:7
%7571 = add %7570, %7569 : f32[64,16] @ models/lib/nn.yaml:79:7
%7572 = mul %7563, %7563 : f32[64,16] @ models/lib/nn.yaml:79:7
%7573 = mul %7572, %6073 : f32[64,16] @ models/lib/nn.yaml:79:7
%7574 = mul %7565, %6075 : f32[64,16] @ models/lib/nn.yaml:79:7
%7575 = add %7574, %7573 : f32[64,16] @ models/lib/nn.yaml:79:7
%7576 = cast %7567 : f64[] @ models/lib/nn.yaml:79:7
%7577 = pow %5457, %7576 : f64[] @ models/lib/nn.yaml:79:7
%7578 = sub %5438, %7577 : f64[] @ models/lib/nn.yaml:79:7
%7579 = div %3378, %7578 : f64[] @ models/lib/nn.yaml:79:7
%7580 = pow %5465, %7576 : f64[] @ models/lib/nn.yaml:79:7
%7581 = sub %5438, %7580 : f64[] @ models/lib/nn.yaml:79:7
%7582 = sqrt %7581 : f64[] @ models/lib/nn.yaml:79:7
%7583 = div %5438, %7582 : f64[] @ models/lib/nn.yaml:79:7
%7584 = sqrt %7575 : f32[64,16] @ models/lib/nn.yaml:79:7
%7585 = cast %7583 : f32[] @ models/lib/nn.yaml:79:7
%7586 = broadcast %7585 : f32[64,16] @ models/lib/nn.yaml:79:7
%7587 = mul %7584, %7586 : f32[64,16] @ models/lib/nn.yaml:79:7
%7588 = add %7587, %6090 : f32[64,16] @ models/lib/nn.yaml:79:7
%7589 = div %7571, %7588 : f32[64,16] @ models/lib/nn.yaml:79:7
%7590 = cast %7579 : f32[] @ models/lib/nn.yaml:79:7
%7591 = broadcast %7590 : f32[64,16] @ models/lib/nn.yaml:79:7
%7592 = mul %7589, %7591 : f32[64,16] @ models/lib/nn.yaml:79:7
%7593 = sub %7568, %7592 : f32[64,16] @ models/lib/nn.yaml:79:7
%7594 = assign %47, %7593 : f32[64,16] @ models/lib/nn.yaml:79:7
%7595 = assign %7564, %7571 : f32[64,16] @ models/lib/nn.yaml:79:7
%7596 = assign %7565, %7575 : f32[64,16] @ models/lib/nn.yaml:79:7
%7597 = assign %7566, %7567 : i64[] @ models/lib/nn.yaml:79:7
%7598 = mul %125, %6101 : f32[64,16] @ models/lib/nn.yaml:79:7
%7599 = mul %7593, %6103 : f32[64,16] @ models/lib/nn.yaml:79:7
%7600 = add %7598, %7599 : f32[64,16] @ models/lib/nn.yaml:79:7
%7601 = assign %125, %7600 : f32[64,16] @ models/lib/nn.yaml:79:7
%7602 = all_reduce_sum %4838 : f32[64] @ models/lib/nn.yaml:80:7
%7603 = mul %7602, %7602 : f32[64] @ models/lib/nn.yaml:80:7
%7604 = reduce_sum %7603 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7605 = sqrt %7604 : f32[] @ models/lib/nn.yaml:80:7
%7606 = cast %7605 : f64[] @ models/lib/nn.yaml:80:7
%7607 = add %7606, %5434 : f64[] @ models/lib/nn.yaml:80:7
%7608 = div %5436, %7607 : f64[] @ models/lib/nn.yaml:80:7
%7609 = lt %7608, %5438 : bool[] @ models/lib/nn.yaml:80:7
%7610 = cast %7608 : f32[] @ models/lib/nn.yaml:80:7
%7611 = broadcast %7610 : f32[64] @ models/lib/nn.yaml:80:7
%7612 = mul %7602, %7611 : f32[64] @ models/lib/nn.yaml:80:7
%7613 = broadcast %7609 : bool[64] @ models/lib/nn.yaml:80:7
%7614 = select %7613, %7612, %7602 : f32[64] @ models/lib/nn.yaml:80:7
%7615 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7616 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7617 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7618 = add %7617, %5448 : i64[] @ models/lib/nn.yaml:80:7
%7619 = mul %7614, %6124 : f32[64] @ models/lib/nn.yaml:80:7
%7620 = mul %7615, %6126 : f32[64] @ models/lib/nn.yaml:80:7
%7621 = add %7620, %7619 : f32[64] @ models/lib/nn.yaml:80:7
%7622 = mul %7614, %7614 : f32[64] @ models/lib/nn.yaml:80:7
%7623 = mul %7622, %6130 : f32[64] @ models/lib/nn.yaml:80:7
%7624 = mul %7616, %6132 : f32[64] @ models/lib/nn.yaml:80:7
%7625 = add %7624, %7623 : f32[64] @ models/lib/nn.yaml:80:7
%7626 = cast %7618 : f64[] @ models/lib/nn.yaml:80:7
%7627 = pow %5457, %7626 : f64[] @ models/lib/nn.yaml:80:7
%7628 = sub %5438, %7627 : f64[] @ models/lib/nn.yaml:80:7
%7629 = div %3378, %7628 : f64[] @ models/lib/nn.yaml:80:7
%7630 = pow %5465, %7626 : f64[] @ models/lib/nn.yaml:80:7
%7631 = sub %5438, %7630 : f64[] @ models/lib/nn.yaml:80:7
%7632 = sqrt %7631 : f64[] @ models/lib/nn.yaml:80:7
%7633 = div %5438, %7632 : f64[] @ models/lib/nn.yaml:80:7
%7634 = sqrt %7625 : f32[64] @ models/lib/nn.yaml:80:7
%7635 = cast %7633 : f32[] @ models/lib/nn.yaml:80:7
%7636 = broadcast %7635 : f32[64] @ models/lib/nn.yaml:80:7
%7637 = mul %7634, %7636 : f32[64] @ models/lib/nn.yaml:80:7
%7638 = add %7637, %6147 : f32[64] @ models/lib/nn.yaml:80:7
%7639 = div %7621, %7638 : f32[64] @ models/lib/nn.yaml:80:7
%7640 = cast %7629 : f32[] @ models/lib/nn.yaml:80:7
%7641 = broadcast %7640 : f32[64] @ models/lib/nn.yaml:80:7
%7642 = mul %7639, %7641 : f32[64] @ models/lib/nn.yaml:80:7
%7643 = sub %48, %7642 : f32[64] @ models/lib/nn.yaml:80:7
%7644 = assign %48, %7643 : f32[64] @ models/lib/nn.yaml:80:7
%7645 = assign %7615, %7621 : f32[64] @ models/lib/nn.yaml:80:7
%7646 = assign %7616, %7625 : f32[64] @ models/lib/nn.yaml:80:7
%7647 = assign %7617, %7618 : i64[] @ models/lib/nn.yaml:80:7
%7648 = mul %126, %6158 : f32[64] @ models/lib/nn.yaml:80:7
%7649 = mul %7643, %6160 : f32[64] @ models/lib/nn.yaml:80:7
%7650 = add %7648, %7649 : f32[64] @ models/lib/nn.yaml:80:7
%7651 = assign %126, %7650 : f32[64] @ models/lib/nn.yaml:80:7
%7652 = all_reduce_sum %4822 : f32[16,64] @ models/lib/nn.yaml:79:7
%7653 = reshape %7652 : f32[1024] @ models/lib/nn.yaml:79:7
%7654 = mul %7653, %7653 : f32[1024] @ models/lib/nn.yaml:79:7
%7655 = reduce_sum %7654 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7656 = sqrt %7655 : f32[] @ models/lib/nn.yaml:79:7
%7657 = cast %7656 : f64[] @ models/lib/nn.yaml:79:7
%7658 = add %7657, %5434 : f64[] @ models/lib/nn.yaml:79:7
%7659 = div %5436, %7658 : f64[] @ models/lib/nn.yaml:79:7
%7660 = lt %7659, %5438 : bool[] @ models/lib/nn.yaml:79:7
%7661 = cast %7659 : f32[] @ models/lib/nn.yaml:79:7
%7662 = broadcast %7661 : f32[16,64] @ models/lib/nn.yaml:79:7
%7663 = mul %7652, %7662 : f32[16,64] @ models/lib/nn.yaml:79:7
%7664 = broadcast %7660 : bool[16,64] @ models/lib/nn.yaml:79:7
%7665 = select %7664, %7663, %7652 : f32[16,64] @ models/lib/nn.yaml:79:7
%7666 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7667 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7668 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7669 = add %7668, %5448 : i64[] @ models/lib/nn.yaml:79:7
%7670 = mul %49, %6182 : f32[16,64] @ models/lib/nn.yaml:79:7
%7671 = mul %7665, %6184 : f32[16,64] @ models/lib/nn.yaml:79:7
%7672 = mul %7666, %6186 : f32[16,64] @ models/lib/nn.yaml:79:7
%7673 = add %7672, %7671 : f32[16,64] @ models/lib/nn.yaml:79:7
%7674 = mul %7665, %7665 : f32[16,64] @ models/lib/nn.yaml:79:7
%7675 = mul %7674, %6190 : f32[16,64] @ models/lib/nn.yaml:79:7
%7676 = mul %7667, %6192 : f32[16,64] @ models/lib/nn.yaml:79:7
%7677 = add %7676, %7675 : f32[16,64] @ models/lib/nn.yaml:79:7
%7678 = cast %7669 : f64[] @ models/lib/nn.yaml:79:7
%7679 = pow %5457, %7678 : f64[] @ models/lib/nn.yaml:79:7
%7680 = sub %5438, %7679 : f64[] @ models/lib/nn.yaml:79:7
%7681 = div %3378, %7680 : f64[] @ models/lib/nn.yaml:79:7
%7682 = pow %5465, %7678 : f64[] @ models/lib/nn.yaml:79:7
%7683 = sub %5438, %7682 : f64[] @ models/lib/nn.yaml:79:7
%7684 = sqrt %7683 : f64[] @ models/lib/nn.yaml:79:7
%7685 = div %5438, %7684 : f64[] @ models/lib/nn.yaml:79:7
%7686 = sqrt %7677 : f32[16,64] @ models/lib/nn.yaml:79:7
%7687 = cast %7685 : f32[] @ models/lib/nn.yaml:79:7
%7688 = broadcast %7687 : f32[16,64] @ models/lib/nn.yaml:79:7
%7689 = mul %7686, %7688 : f32[16,64] @ models/lib/nn.yaml:79:7
%7690 = add %7689, %6207 : f32[16,64] @ models/lib/nn.yaml:79:7
%7691 = div %7673, %7690 : f32[16,64] @ models/lib/nn.yaml:79:7
%7692 = cast %7681 : f32[] @ models/lib/nn.yaml:79:7
%7693 = broadcast %7692 : f32[16,64] @ models/lib/nn.yaml:79:7
%7694 = mul %7691, %7693 : f32[16,64] @ models/lib/nn.yaml:79:7
%7695 = sub %7670, %7694 : f32[16,64] @ models/lib/nn.yaml:79:7
%7696 = assign %49, %7695 : f32[16,64] @ models/lib/nn.yaml:79:7
%7697 = assign %7666, %7673 : f32[16,64] @ models/lib/nn.yaml:79:7
%7698 = assign %7667, %7677 : f32[16,64] @ models/lib/nn.yaml:79:7
%7699 = assign %7668, %7669 : i64[] @ models/lib/nn.yaml:79:7
%7700 = mul %127, %6218 : f32[16,64] @ models/lib/nn.yaml:79:7
%7701 = mul %7695, %6220 : f32[16,64] @ models/lib/nn.yaml:79:7
%7702 = add %7700, %7701 : f32[16,64] @ models/lib/nn.yaml:79:7
%7703 = assign %127, %7702 : f32[16,64] @ models/lib/nn.yaml:79:7
%7704 = all_reduce_sum %4817 : f32[16] @ models/lib/nn.yaml:80:7
%7705 = mul %7704, %7704 : f32[16] @ models/lib/nn.yaml:80:7
%7706 = reduce_sum %7705 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7707 = sqrt %7706 : f32[] @ models/lib/nn.yaml:80:7
%7708 = cast %7707 : f64[] @ models/lib/nn.yaml:80:7
%7709 = add %7708, %5434 : f64[] @ models/lib/nn.yaml:80:7
%7710 = div %5436, %7709 : f64[] @ models/lib/nn.yaml:80:7
%7711 = lt %7710, %5438 : bool[] @ models/lib/nn.yaml:80:7
%7712 = cast %7710 : f32[] @ models/lib/nn.yaml:80:7
%7713 = broadcast %7712 : f32[16] @ models/lib/nn.yaml:80:7
%7714 = mul %7704, %7713 : f32[16] @ models/lib/nn.yaml:80:7
%7715 = broadcast %7711 : bool[16] @ models/lib/nn.yaml:80:7
%7716 = select %7715, %7714, %7704 : f32[16] @ models/lib/nn.yaml:80:7
%7717 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7718 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7719 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7720 = add %7719, %5448 : i64[] @ models/lib/nn.yaml:80:7
%7721 = mul %7716, %5580 : f32[16] @ models/lib/nn.yaml:80:7
%7722 = mul %7717, %5582 : f32[16] @ models/lib/nn.yaml:80:7
%7723 = add %7722, %7721 : f32[16] @ models/lib/nn.yaml:80:7
%7724 = mul %7716, %7716 : f32[16] @ models/lib/nn.yaml:80:7
%7725 = mul %7724, %5586 : f32[16] @ models/lib/nn.yaml:80:7
%7726 = mul %7718, %5588 : f32[16] @ models/lib/nn.yaml:80:7
%7727 = add %7726, %7725 : f32[16] @ models/lib/nn.yaml:80:7
%7728 = cast %7720 : f64[] @ models/lib/nn.yaml:80:7
%7729 = pow %5457, %7728 : f64[] @ models/lib/nn.yaml:80:7
%7730 = sub %5438, %7729 : f64[] @ models/lib/nn.yaml:80:7
%7731 = div %3378, %7730 : f64[] @ models/lib/nn.yaml:80:7
%7732 = pow %5465, %7728 : f64[] @ models/lib/nn.yaml:80:7
%7733 = sub %5438, %7732 : f64[] @ models/lib/nn.yaml:80:7
%7734 = sqrt %7733 : f64[] @ models/lib/nn.yaml:80:7
%7735 = div %5438, %7734 : f64[] @ models/lib/nn.yaml:80:7
%7736 = sqrt %7727 : f32[16] @ models/lib/nn.yaml:80:7
%7737 = cast %7735 : f32[] @ models/lib/nn.yaml:80:7
%7738 = broadcast %7737 : f32[16] @ models/lib/nn.yaml:80:7
%7739 = mul %7736, %7738 : f32[16] @ models/lib/nn.yaml:80:7
%7740 = add %7739, %5603 : f32[16] @ models/lib/nn.yaml:80:7
%7741 = div %7723, %7740 : f32[16] @ models/lib/nn.yaml:80:7
%7742 = cast %7731 : f32[] @ models/lib/nn.yaml:80:7
%7743 = broadcast %7742 : f32[16] @ models/lib/nn.yaml:80:7
%7744 = mul %7741, %7743 : f32[16] @ models/lib/nn.yaml:80:7
%7745 = sub %50, %7744 : f32[16] @ models/lib/nn.yaml:80:7
%7746 = assign %50, %7745 : f32[16] @ models/lib/nn.yaml:80:7
%7747 = assign %7717, %7723 : f32[16] @ models/lib/nn.yaml:80:7
%7748 = assign %7718, %7727 : f32[16] @ models/lib/nn.yaml:80:7
%7749 = assign %7719, %7720 : i64[] @ models/lib/nn.yaml:80:7
%7750 = mul %128, %5614 : f32[16] @ models/lib/nn.yaml:80:7
%7751 = mul %7745, %5616 : f32[16] @ models/lib/nn.yaml:80:7
%7752 = add %7750, %7751 : f32[16] @ models/lib/nn.yaml:80:7
%7753 = assign %128, %7752 : f32[16] @ models/lib/nn.yaml:80:7
%7754 = all_reduce_sum %4793 : f32[16] @ models/lib/nn.yaml:89:7
%7755 = mul %7754, %7754 : f32[16] @ models/lib/nn.yaml:89:7
%7756 = reduce_sum %7755 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7757 = sqrt %7756 : f32[] @ models/lib/nn.yaml:89:7
%7758 = cast %7757 : f64[] @ models/lib/nn.yaml:89:7
%7759 = add %7758, %5434 : f64[] @ models/lib/nn.yaml:89:7
%7760 = div %5436, %7759 : f64[] @ models/lib/nn.yaml:89:7
%7761 = lt %7760, %5438 : bool[] @ models/lib/nn.yaml:89:7
%7762 = cast %7760 : f32[] @ models/lib/nn.yaml:89:7
%7763 = broadcast %7762 : f32[16] @ models/lib/nn.yaml:89:7
%7764 = mul %7754, %7763 : f32[16] @ models/lib/nn.yaml:89:7
%7765 = broadcast %7761 : bool[16] @ models/lib/nn.yaml:89:7
%7766 = select %7765, %7764, %7754 : f32[16] @ models/lib/nn.yaml:89:7
%7767 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7768 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7769 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7770 = add %7769, %5448 : i64[] @ models/lib/nn.yaml:89:7
%7771 = mul %7766, %5580 : f32[16] @ models/lib/nn.yaml:89:7
%7772 = mul %7767, %5582 : f32[16] @ models/lib/nn.yaml:89:7
%7773 = add %7772, %7771 : f32[16] @ models/lib/nn.yaml:89:7
%7774 = mul %7766, %7766 : f32[16] @ models/lib/nn.yaml:89:7
%7775 = mul %7774, %5586 : f32[16] @ models/lib/nn.yaml:89:7
%7776 = mul %7768, %5588 : f32[16] @ models/lib/nn.yaml:89:7
%7777 = add %7776, %7775 : f32[16] @ models/lib/nn.yaml:89:7
%7778 = cast %7770 : f64[] @ models/lib/nn.yaml:89:7
%7779 = pow %5457, %7778 : f64[] @ models/lib/nn.yaml:89:7
%7780 = sub %5438, %7779 : f64[] @ models/lib/nn.yaml:89:7
%7781 = div %3378, %7780 : f64[] @ models/lib/nn.yaml:89:7
%7782 = pow %5465, %7778 : f64[] @ models/lib/nn.yaml:89:7
%7783 = sub %5438, %7782 : f64[] @ models/lib/nn.yaml:89:7
%7784 = sqrt %7783 : f64[] @ models/lib/nn.yaml:89:7
%7785 = div %5438, %7784 : f64[] @ models/lib/nn.yaml:89:7
%7786 = sqrt %7777 : f32[16] @ models/lib/nn.yaml:89:7
%7787 = cast %7785 : f32[] @ models/lib/nn.yaml:89:7
%7788 = broadcast %7787 : f32[16] @ models/lib/nn.yaml:89:7
%7789 = mul %7786, %7788 : f32[16] @ models/lib/nn.yaml:89:7
%7790 = add %7789, %5603 : f32[16] @ models/lib/nn.yaml:89:7
%7791 = div %7773, %7790 : f32[16] @ models/lib/nn.yaml:89:7
%7792 = cast %7781 : f32[] @ models/lib/nn.yaml:89:7
%7793 = broadcast %7792 : f32[16] @ models/lib/nn.yaml:89:7
%7794 = mul %7791, %7793 : f32[16] @ models/lib/nn.yaml:89:7
%7795 = sub %51, %7794 : f32[16] @ models/lib/nn.yaml:89:7
%7796 = assign %51, %7795 : f32[16] @ models/lib/nn.yaml:89:7
%7797 = assign %7767, %7773 : f32[16] @ models/lib/nn.yaml:89:7
%7798 = assign %7768, %7777 : f32[16] @ models/lib/nn.yaml:89:7
%7799 = assign %7769, %7770 : i64[] @ models/lib/nn.yaml:89:7
%7800 = mul %129, %5614 : f32[16] @ models/lib/nn.yaml:89:7
%7801 = mul %7795, %5616 : f32[16] @ models/lib/nn.yaml:89:7
%7802 = add %7800, %7801 : f32[16] @ models/lib/nn.yaml:89:7
%7803 = assign %129, %7802 : f32[16] @ models/lib/nn.yaml:89:7
%7804 = all_reduce_sum %4786 : f32[16] @ models/lib/nn.yaml:90:7
%7805 = mul %7804, %7804 : f32[16] @ models/lib/nn.yaml:90:7
%7806 = reduce_sum %7805 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7807 = sqrt %7806 : f32[] @ models/lib/nn.yaml:90:7
%7808 = cast %7807 : f64[] @ models/lib/nn.yaml:90:7
%7809 = add %7808, %5434 : f64[] @ models/lib/nn.yaml:90:7
%7810 = div %5436, %7809 : f64[] @ models/lib/nn.yaml:90:7
%7811 = lt %7810, %5438 : bool[] @ models/lib/nn.yaml:90:7
%7812 = cast %7810 : f32[] @ models/lib/nn.yaml:90:7
%7813 = broadcast %7812 : f32[16] @ models/lib/nn.yaml:90:7
%7814 = mul %7804, %7813 : f32[16] @ models/lib/nn.yaml:90:7
%7815 = broadcast %7811 : bool[16] @ models/lib/nn.yaml:90:7
%7816 = select %7815, %7814, %7804 : f32[16] @ models/lib/nn.yaml:90:7
%7817 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7818 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7819 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7820 = add %7819, %5448 : i64[] @ models/lib/nn.yaml:90:7
%7821 = mul %7816, %5580 : f32[16] @ models/lib/nn.yaml:90:7
%7822 = mul %7817, %5582 : f32[16] @ models/lib/nn.yaml:90:7
%7823 = add %7822, %7821 : f32[16] @ models/lib/nn.yaml:90:7
%7824 = mul %7816, %7816 : f32[16] @ models/lib/nn.yaml:90:7
%7825 = mul %7824, %5586 : f32[16] @ models/lib/nn.yaml:90:7
%7826 = mul %7818, %5588 : f32[16] @ models/lib/nn.yaml:90:7
%7827 = add %7826, %7825 : f32[16] @ models/lib/nn.yaml:90:7
%7828 = cast %7820 : f64[] @ models/lib/nn.yaml:90:7
%7829 = pow %5457, %7828 : f64[] @ models/lib/nn.yaml:90:7
%7830 = sub %5438, %7829 : f64[] @ models/lib/nn.yaml:90:7
%7831 = div %3378, %7830 : f64[] @ models/lib/nn.yaml:90:7
%7832 = pow %5465, %7828 : f64[] @ models/lib/nn.yaml:90:7
%7833 = sub %5438, %7832 : f64[] @ models/lib/nn.yaml:90:7
%7834 = sqrt %7833 : f64[] @ models/lib/nn.yaml:90:7
%7835 = div %5438, %7834 : f64[] @ models/lib/nn.yaml:90:7
%7836 = sqrt %7827 : f32[16] @ models/lib/nn.yaml:90:7
%7837 = cast %7835 : f32[] @ models/lib/nn.yaml:90:7
%7838 = broadcast %7837 : f32[16] @ models/lib/nn.yaml:90:7
%7839 = mul %7836, %7838 : f32[16] @ models/lib/nn.yaml:90:7
%7840 = add %7839, %5603 : f32[16] @ models/lib/nn.yaml:90:7
%7841 = div %7823, %7840 : f32[16] @ models/lib/nn.yaml:90:7
%7842 = cast %7831 : f32[] @ models/lib/nn.yaml:90:7
%7843 = broadcast %7842 : f32[16] @ models/lib/nn.yaml:90:7
%7844 = mul %7841, %7843 : f32[16] @ models/lib/nn.yaml:90:7
%7845 = sub %52, %7844 : f32[16] @ models/lib/nn.yaml:90:7
%7846 = assign %52, %7845 : f32[16] @ models/lib/nn.yaml:90:7
%7847 = assign %7817, %7823 : f32[16] @ models/lib/nn.yaml:90:7
%7848 = assign %7818, %7827 : f32[16] @ models/lib/nn.yaml:90:7
%7849 = assign %7819, %7820 : i64[] @ models/lib/nn.yaml:90:7
%7850 = mul %130, %5614 : f32[16] @ models/lib/nn.yaml:90:7
%7851 = mul %7845, %5616 : f32[16] @ models/lib/nn.yaml:90:7
%7852 = add %7850, %7851 : f32[16] @ models/lib/nn.yaml:90:7
%7853 = assign %130, %7852 : f32[16] @ models/lib/nn.yaml:90:7
%7854 = all_reduce_sum %4779 : f32[16,16] @ models/lib/nn.yaml:79:7
%7855 = reshape %7854 : f32[256] @ models/lib/nn.yaml:79:7
%7856 = mul %7855, %7855 : f32[256] @ models/lib/nn.yaml:79:7
%7857 = reduce_sum %7856 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7858 = sqrt %7857 : f32[] @ models/lib/nn.yaml:79:7
%7859 = cast %7858 : f64[] @ models/lib/nn.yaml:79:7
%7860 = add %7859, %5434 : f64[] @ models/lib/nn.yaml:79:7
%7861 = div %5436, %7860 : f64[] @ models/lib/nn.yaml:79:7
%7862 = lt %7861, %5438 : bool[] @ models/lib/nn.yaml:79:7
%7863 = cast %7861 : f32[] @ models/lib/nn.yaml:79:7
%7864 = broadcast %7863 : f32[16,16] @ models/lib/nn.yaml:79:7
%7865 = mul %7854, %7864 : f32[16,16] @ models/lib/nn.yaml:79:7
%7866 = broadcast %7862 : bool[16,16] @ models/lib/nn.yaml:79:7
%7867 = select %7866, %7865, %7854 : f32[16,16] @ models/lib/nn.yaml:79:7
%7868 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7869 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7870 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7871 = add %7870, %5448 : i64[] @ models/lib/nn.yaml:79:7
%7872 = mul %53, %5855 : f32[16,16] @ models/lib/nn.yaml:79:7
%7873 = mul %7867, %5857 : f32[16,16] @ models/lib/nn.yaml:79:7
%7874 = mul %7868, %5859 : f32[16,16] @ models/lib/nn.yaml:79:7
%7875 = add %7874, %7873 : f32[16,16] @ models/lib/nn.yaml:79:7
%7876 = mul %7867, %7867 : f32[16,16] @ models/lib/nn.yaml:79:7
%7877 = mul %7876, %5863 : f32[16,16] @ models/lib/nn.yaml:79:7
%7878 = mul %7869, %5865 : f32[16,16] @ models/lib/nn.yaml:79:7
%7879 = add %7878, %7877 : f32[16,16] @ models/lib/nn.yaml:79:7
%7880 = cast %7871 : f64[] @ models/lib/nn.yaml:79:7
%7881 = pow %5457, %7880 : f64[] @ models/lib/nn.yaml:79:7
%7882 = sub %5438, %7881 : f64[] @ models/lib/nn.yaml:79:7
%7883 = div %3378, %7882 : f64[] @ models/lib/nn.yaml:79:7
%7884 = pow %5465, %7880 : f64[] @ models/lib/nn.yaml:79:7
%7885 = sub %5438, %7884 : f64[] @ models/lib/nn.yaml:79:7
%7886 = sqrt %7885 : f64[] @ models/lib/nn.yaml:79:7
%7887 = div %5438, %7886 : f64[] @ models/lib/nn.yaml:79:7
%7888 = sqrt %7879 : f32[16,16] @ models/lib/nn.yaml:79:7
%7889 = cast %7887 : f32[] @ models/lib/nn.yaml:79:7
%7890 = broadcast %7889 : f32[16,16] @ models/lib/nn.yaml:79:7
%7891 = mul %7888, %7890 : f32[16,16] @ models/lib/nn.yaml:79:7
%7892 = add %7891, %5880 : f32[16,16] @ models/lib/nn.yaml:79:7
%7893 = div %7875, %7892 : f32[16,16] @ models/lib/nn.yaml:79:7
%7894 = cast %7883 : f32[] @ models/lib/nn.yaml:79:7
%7895 = broadcast %7894 : f32[16,16] @ models/lib/nn.yaml:79:7
%7896 = mul %7893, %7895 : f32[16,16] @ models/lib/nn.yaml:79:7
%7897 = sub %7872, %7896 : f32[16,16] @ models/lib/nn.yaml:79:7
%7898 = assign %53, %7897 : f32[16,16] @ models/lib/nn.yaml:79:7
%7899 = assign %7868, %7875 : f32[16,16] @ models/lib/nn.yaml:79:7
%7900 = assign %7869, %7879 : f32[16,16] @ models/lib/nn.yaml:79:7
%7901 = assign %7870, %7871 : i64[] @ models/lib/nn.yaml:79:7
%7902 = mul %131, %5891 : f32[16,16] @ models/lib/nn.yaml:79:7
%7903 = mul %7897, %5893 : f32[16,16] @ models/lib/nn.yaml:79:7
%7904 = add %7902, %7903 : f32[16,16] @ models/lib/nn.yaml:79:7
%7905 = assign %131, %7904 : f32[16,16] @ models/lib/nn.yaml:79:7
%7906 = all_reduce_sum %4774 : f32[16] @ models/lib/nn.yaml:80:7
%7907 = mul %7906, %7906 : f32[16] @ models/lib/nn.yaml:80:7
%7908 = reduce_sum %7907 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7909 = sqrt %7908 : f32[] @ models/lib/nn.yaml:80:7
%7910 = cast %7909 : f64[] @ models/lib/nn.yaml:80:7
%7911 = add %7910, %5434 : f64[] @ models/lib/nn.yaml:80:7
%7912 = div %5436, %7911 : f64[] @ models/lib/nn.yaml:80:7
%7913 = lt %7912, %5438 : bool[] @ models/lib/nn.yaml:80:7
%7914 = cast %7912 : f32[] @ models/lib/nn.yaml:80:7
%7915 = broadcast %7914 : f32[16] @ models/lib/nn.yaml:80:7
%7916 = mul %7906, %7915 : f32[16] @ models/lib/nn.yaml:80:7
%7917 = broadcast %7913 : bool[16] @ models/lib/nn.yaml:80:7
%7918 = select %7917, %7916, %7906 : f32[16] @ models/lib/nn.yaml:80:7
%7919 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7920 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7921 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7922 = add %7921, %5448 : i64[] @ models/lib/nn.yaml:80:7
%7923 = mul %7918, %5580 : f32[16] @ models/lib/nn.yaml:80:7
%7924 = mul %7919, %5582 : f32[16] @ models/lib/nn.yaml:80:7
%7925 = add %7924, %7923 : f32[16] @ models/lib/nn.yaml:80:7
%7926 = mul %7918, %7918 : f32[16] @ models/lib/nn.yaml:80:7
%7927 = mul %7926, %5586 : f32[16] @ models/lib/nn.yaml:80:7
%7928 = mul %7920, %5588 : f32[16] @ models/lib/nn.yaml:80:7
%7929 = add %7928, %7927 : f32[16] @ models/lib/nn.yaml:80:7
%7930 = cast %7922 : f64[] @ models/lib/nn.yaml:80:7
%7931 = pow %5457, %7930 : f64[] @ models/lib/nn.yaml:80:7
%7932 = sub %5438, %7931 : f64[] @ models/lib/nn.yaml:80:7
%7933 = div %3378, %7932 : f64[] @ models/lib/nn.yaml:80:7
%7934 = pow %5465, %7930 : f64[] @ models/lib/nn.yaml:80:7
%7935 = sub %5438, %7934 : f64[] @ models/lib/nn.yaml:80:7
%7936 = sqrt %7935 : f64[] @ models/lib/nn.yaml:80:7
%7937 = div %5438, %7936 : f64[] @ models/lib/nn.yaml:80:7
%7938 = sqrt %7929 : f32[16] @ models/lib/nn.yaml:80:7
%7939 = cast %7937 : f32[] @ models/lib/nn.yaml:80:7
%7940 = broadcast %7939 : f32[16] @ models/lib/nn.yaml:80:7
%7941 = mul %7938, %7940 : f32[16] @ models/lib/nn.yaml:80:7
%7942 = add %7941, %5603 : f32[16] @ models/lib/nn.yaml:80:7
%7943 = div %7925, %7942 : f32[16] @ models/lib/nn.yaml:80:7
%7944 = cast %7933 : f32[] @ models/lib/nn.yaml:80:7
%7945 = broadcast %7944 : f32[16] @ models/lib/nn.yaml:80:7
%7946 = mul %7943, %7945 : f32[16] @ models/lib/nn.yaml:80:7
%7947 = sub %54, %7946 : f32[16] @ models/lib/nn.yaml:80:7
%7948 = assign %54, %7947 : f32[16] @ models/lib/nn.yaml:80:7
%7949 = assign %7919, %7925 : f32[16] @ models/lib/nn.yaml:80:7
%7950 = assign %7920, %7929 : f32[16] @ models/lib/nn.yaml:80:7
%7951 = assign %7921, %7922 : i64[] @ models/lib/nn.yaml:80:7
%7952 = mul %132, %5614 : f32[16] @ models/lib/nn.yaml:80:7
%7953 = mul %7947, %5616 : f32[16] @ models/lib/nn.yaml:80:7
%7954 = add %7952, %7953 : f32[16] @ models/lib/nn.yaml:80:7
%7955 = assign %132, %7954 : f32[16] @ models/lib/nn.yaml:80:7
%7956 = all_reduce_sum %4769 : f32[16,16] @ models/lib/nn.yaml:79:7
%7957 = reshape %7956 : f32[256] @ models/lib/nn.yaml:79:7
%7958 = mul %7957, %7957 : f32[256] @ models/lib/nn.yaml:79:7
%7959 = reduce_sum %7958 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7960 = sqrt %7959 : f32[] @ models/lib/nn.yaml:79:7
%7961 = cast %7960 : f64[] @ models/lib/nn.yaml:79:7
%7962 = add %7961, %5434 : f64[] @ models/lib/nn.yaml:79:7
%7963 = div %5436, %7962 : f64[] @ models/lib/nn.yaml:79:7
%7964 = lt %7963, %5438 : bool[] @ models/lib/nn.yaml:79:7
%7965 = cast %7963 : f32[] @ models/lib/nn.yaml:79:7
%7966 = broadcast %7965 : f32[16,16] @ models/lib/nn.yaml:79:7
%7967 = mul %7956, %7966 : f32[16,16] @ models/lib/nn.yaml:79:7
%7968 = broadcast %7964 : bool[16,16] @ models/lib/nn.yaml:79:7
%7969 = select %7968, %7967, %7956 : f32[16,16] @ models/lib/nn.yaml:79:7
%7970 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7971 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7972 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7973 = add %7972, %5448 : i64[] @ models/lib/nn.yaml:79:7
%7974 = mul %55, %5855 : f32[16,16] @ models/lib/nn.yaml:79:7
%7975 = mul %7969, %5857 : f32[16,16] @ models/lib/nn.yaml:79:7
%7976 = mul %7970, %5859 : f32[16,16] @ models/lib/nn.yaml:79:7
%7977 = add %7976, %7975 : f32[16,16] @ models/lib/nn.yaml:79:7
%7978 = mul %7969, %7969 : f32[16,16] @ models/lib/nn.yaml:79:7
%7979 = mul %7978, %5863 : f32[16,16] @ models/lib/nn.yaml:79:7
%7980 = mul %7971, %5865 : f32[16,16] @ models/lib/nn.yaml:79:7
%7981 = add %7980, %7979 : f32[16,16] @ models/lib/nn.yaml:79:7
%7982 = cast %7973 : f64[] @ models/lib/nn.yaml:79:7
%7983 = pow %5457, %7982 : f64[] @ models/lib/nn.yaml:79:7
%7984 = sub %5438, %7983 : f64[] @ models/lib/nn.yaml:79:7
%7985 = div %3378, %7984 : f64[] @ models/lib/nn.yaml:79:7
%7986 = pow %5465, %7982 : f64[] @ models/lib/nn.yaml:79:7
%7987 = sub %5438, %7986 : f64[] @ models/lib/nn.yaml:79:7
%7988 = sqrt %7987 : f64[] @ models/lib/nn.yaml:79:7
%7989 = div %5438, %7988 : f64[] @ models/lib/nn.yaml:79:7
%7990 = sqrt %7981 : f32[16,16] @ models/lib/nn.yaml:79:7
%7991 = cast %7989 : f32[] @ models/lib/nn.yaml:79:7
%7992 = broadcast %7991 : f32[16,16] @ models/lib/nn.yaml:79:7
%7993 = mul %7990, %7992 : f32[16,16] @ models/lib/nn.yaml:79:7
%7994 = add %7993, %5880 : f32[16,16] @ models/lib/nn.yaml:79:7
%7995 = div %7977, %7994 : f32[16,16] @ models/lib/nn.yaml:79:7
%7996 = cast %7985 : f32[] @ models/lib/nn.yaml:79:7
%7997 = broadcast %7996 : f32[16,16] @ models/lib/nn.yaml:79:7
%7998 = mul %7995, %7997 : f32[16,16] @ models/lib/nn.yaml:79:7
%7999 = sub %7974, %7998 : f32[16,16] @ models/lib/nn.yaml:79:7
%8000 = assign %55, %7999 : f32[16,16] @ models/lib/nn.yaml:79:7
%8001 = assign %7970, %7977 : f32[16,16] @ models/lib/nn.yaml:79:7
%8002 = assign %7971, %7981 : f32[16,16] @ models/lib/nn.yaml:79:7
%8003 = assign %7972, %7973 : i64[] @ models/lib/nn.yaml:79:7
%8004 = mul %133, %5891 : f32[16,16] @ models/lib/nn.yaml:79:7
%8005 = mul %7999, %5893 : f32[16,16] @ models/lib/nn.yaml:79:7
%8006 = add %8004, %8005 : f32[16,16] @ models/lib/nn.yaml:79:7
%8007 = assign %133, %8006 : f32[16,16] @ models/lib/nn.yaml:79:7
%8008 = all_reduce_sum %4764 : f32[16] @ models/lib/nn.yaml:80:7
%8009 = mul %8008, %8008 : f32[16] @ models/lib/nn.yaml:80:7
%8010 = reduce_sum %8009 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8011 = sqrt %8010 : f32[] @ models/lib/nn.yaml:80:7
%8012 = cast %8011 : f64[] @ models/lib/nn.yaml:80:7
%8013 = add %8012, %5434 : f64[] @ models/lib/nn.yaml:80:7
%8014 = div %5436, %8013 : f64[] @ models/lib/nn.yaml:80:7
%8015 = lt %8014, %5438 : bool[] @ models/lib/nn.yaml:80:7
%8016 = cast %8014 : f32[] @ models/lib/nn.yaml:80:7
%8017 = broadcast %8016 : f32[16] @ models/lib/nn.yaml:80:7
%8018 = mul %8008, %8017 : f32[16] @ models/lib/nn.yaml:80:7
%8019 = broadcast %8015 : bool[16] @ models/lib/nn.yaml:80:7
%8020 = select %8019, %8018, %8008 : f32[16] @ models/lib/nn.yaml:80:7
%8021 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8022 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8023 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8024 = add %8023, %5448 : i64[] @ models/lib/nn.yaml:80:7
%8025 = mul %8020, %5580 : f32[16] @ models/lib/nn.yaml:80:7
%8026 = mul %8021, %5582 : f32[16] @ models/lib/nn.yaml:80:7
%8027 = add %8026, %8025 : f32[16] @ models/lib/nn.yaml:80:7
%8028 = mul %8020, %8020 : f32[16] @ models/lib/nn.yaml:80:7
%8029 = mul %8028, %5586 : f32[16] @ models/lib/nn.yaml:80:7
%8030 = mul %8022, %5588 : f32[16] @ models/lib/nn.yaml:80:7
%8031 = add %8030, %8029 : f32[16] @ models/lib/nn.yaml:80:7
%8032 = cast %8024 : f64[] @ models/lib/nn.yaml:80:7
%8033 = pow %5457, %8032 : f64[] @ models/lib/nn.yaml:80:7
%8034 = sub %5438, %8033 : f64[] @ models/lib/nn.yaml:80:7
%8035 = div %3378, %8034 : f64[] @ models/lib/nn.yaml:80:7
%8036 = pow %5465, %8032 : f64[] @ models/lib/nn.yaml:80:7
%8037 = sub %5438, %8036 : f64[] @ models/lib/nn.yaml:80:7
%8038 = sqrt %8037 : f64[] @ models/lib/nn.yaml:80:7
%8039 = div %5438, %8038 : f64[] @ models/lib/nn.yaml:80:7
%8040 = sqrt %8031 : f32[16] @ models/lib/nn.yaml:80:7
%8041 = cast %8039 : f32[] @ models/lib/nn.yaml:80:7
%8042 = broadcast %8041 : f32[16] @ models/lib/nn.yaml:80:7
%8043 = mul %8040, %8042 : f32[16] @ models/lib/nn.yaml:80:7
%8044 = add %8043, %5603 : f32[16] @ models/lib/nn.yaml:80:7
%8045 = div %8027, %8044 : f32[16] @ models/lib/nn.yaml:80:7
%8046 = cast %8035 : f32[] @ models/lib/nn.yaml:80:7
%8047 = broadcast %8046 : f32[16] @ models/lib/nn.yaml:80:7
%8048 = mul %8045, %8047 : f32[16] @ models/lib/nn.yaml:80:7
%8049 = sub %56, %8048 : f32[16] @ models/lib/nn.yaml:80:7
%8050 = assign %56, %8049 : f32[16] @ models/lib/nn.yaml:80:7
%8051 = assign %8021, %8027 : f32[16] @ models/lib/nn.yaml:80:7
%8052 = assign %8022, %8031 : f32[16] @ models/lib/nn.yaml:80:7
%8053 = assign %8023, %8024 : i64[] @ models/lib/nn.yaml:80:7
%8054 = mul %134, %5614 : f32[16] @ models/lib/nn.yaml:80:7
%8055 = mul %8049, %5616 : f32[16] @ models/lib/nn.yaml:80:7
%8056 = add %8054, %8055 : f32[16] @ models/lib/nn.yaml:80:7
%8057 = assign %134, %8056 : f32[16] @ models/lib/nn.yaml:80:7
%8058 = all_reduce_sum %4757 : f32[16,16] @ models/lib/nn.yaml:79:7
%8059 = reshape %8058 : f32[256] @ models/lib/nn.yaml:79:7
%8060 = mul %8059, %8059 : f32[256] @ models/lib/nn.yaml:79:7
%8061 = reduce_sum %8060 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8062 = sqrt %8061 : f32[] @ models/lib/nn.yaml:79:7
%8063 = cast %8062 : f64[] @ models/lib/nn.yaml:79:7
%8064 = add %8063, %5434 : f64[] @ models/lib/nn.yaml:79:7
%8065 = div %5436, %8064 : f64[] @ models/lib/nn.yaml:79:7
%8066 = lt %8065, %5438 : bool[] @ models/lib/nn.yaml:79:7
%8067 = cast %8065 : f32[] @ models/lib/nn.yaml:79:7
%8068 = broadcast %8067 : f32[16,16] @ models/lib/nn.yaml:79:7
%8069 = mul %8058, %8068 : f32[16,16] @ models/lib/nn.yaml:79:7
%8070 = broadcast %8066 : bool[16,16] @ models/lib/nn.yaml:79:7
%8071 = select %8070, %8069, %8058 : f32[16,16] @ models/lib/nn.yaml:79:7
%8072 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8073 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8074 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8075 = add %8074, %5448 : i64[] @ models/lib/nn.yaml:79:7
%8076 = mul %57, %5855 : f32[16,16] @ models/lib/nn.yaml:79:7
%8077 = mul %8071, %5857 : f32[16,16] @ models/lib/nn.yaml:79:7
%8078 = mul %8072, %5859 : f32[16,16] @ models/lib/nn.yaml:79:7
%8079 = add %8078, %8077 : f32[16,16] @ models/lib/nn.yaml:79:7
%8080 = mul %8071, %8071 : f32[16,16] @ models/lib/nn.yaml:79:7
%8081 = mul %8080, %5863 : f32[16,16] @ models/lib/nn.yaml:79:7
%8082 = mul %8073, %5865 : f32[16,16] @ models/lib/nn.yaml:79:7
%8083 = add %8082, %8081 : f32[16,16] @ models/lib/nn.yaml:79:7
%8084 = cast %8075 : f64[] @ models/lib/nn.yaml:79:7
%8085 = pow %5457, %8084 : f64[] @ models/lib/nn.yaml:79:7
%8086 = sub %5438, %8085 : f64[] @ models/lib/nn.yaml:79:7
%8087 = div %3378, %8086 : f64[] @ models/lib/nn.yaml:79:7
%8088 = pow %5465, %8084 : f64[] @ models/lib/nn.yaml:79:7
%8089 = sub %5438, %8088 : f64[] @ models/lib/nn.yaml:79:7
%8090 = sqrt %8089 : f64[] @ models/lib/nn.yaml:79:7
%8091 = div %5438, %8090 : f64[] @ models/lib/nn.yaml:79:7
%8092 = sqrt %8083 : f32[16,16] @ models/lib/nn.yaml:79:7
%8093 = cast %8091 : f32[] @ models/lib/nn.yaml:79:7
%8094 = broadcast %8093 : f32[16,16] @ models/lib/nn.yaml:79:7
%8095 = mul %8092, %8094 : f32[16,16] @ models/lib/nn.yaml:79:7
%8096 = add %8095, %5880 : f32[16,16] @ models/lib/nn.yaml:79:7
%8097 = div %8079, %8096 : f32[16,16] @ models/lib/nn.yaml:79:7
%8098 = cast %8087 : f32[] @ models/lib/nn.yaml:79:7
%8099 = broadcast %8098 : f32[16,16] @ models/lib/nn.yaml:79:7
%8100 = mul %8097, %8099 : f32[16,16] @ models/lib/nn.yaml:79:7
%8101 = sub %8076, %8100 : f32[16,16] @ models/lib/nn.yaml:79:7
%8102 = assign %57, %8101 : f32[16,16] @ models/lib/nn.yaml:79:7
%8103 = assign %8072, %8079 : f32[16,16] @ models/lib/nn.yaml:79:7
%8104 = assign %8073, %8083 : f32[16,16] @ models/lib/nn.yaml:79:7
%8105 = assign %8074, %8075 : i64[] @ models/lib/nn.yaml:79:7
%8106 = mul %135, %5891 : f32[16,16] @ models/lib/nn.yaml:79:7
%8107 = mul %8101, %5893 : f32[16,16] @ models/lib/nn.yaml:79:7
%8108 = add %8106, %8107 : f32[16,16] @ models/lib/nn.yaml:79:7
%8109 = assign %135, %8108 : f32[16,16] @ models/lib/nn.yaml:79:7
%8110 = all_reduce_sum %4752 : f32[16] @ models/lib/nn.yaml:80:7
%8111 = mul %8110, %8110 : f32[16] @ models/lib/nn.yaml:80:7
%8112 = reduce_sum %8111 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8113 = sqrt %8112 : f32[] @ models/lib/nn.yaml:80:7
%8114 = cast %8113 : f64[] @ models/lib/nn.yaml:80:7
%8115 = add %8114, %5434 : f64[] @ models/lib/nn.yaml:80:7
%8116 = div %5436, %8115 : f64[] @ models/lib/nn.yaml:80:7
%8117 = lt %8116, %5438 : bool[] @ models/lib/nn.yaml:80:7
%8118 = cast %8116 : f32[] @ models/lib/nn.yaml:80:7
%8119 = broadcast %8118 : f32[16] @ models/lib/nn.yaml:80:7
%8120 = mul %8110, %8119 : f32[16] @ models/lib/nn.yaml:80:7
%8121 = broadcast %8117 : bool[16] @ models/lib/nn.yaml:80:7
%8122 = select %8121, %8120, %8110 : f32[16] @ models/lib/nn.yaml:80:7
%8123 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8124 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8125 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8126 = add %8125, %5448 : i64[] @ models/lib/nn.yaml:80:7
%8127 = mul %8122, %5580 : f32[16] @ models/lib/nn.yaml:80:7
%8128 = mul %8123, %5582 : f32[16] @ models/lib/nn.yaml:80:7
%8129 = add %8128, %8127 : f32[16] @ models/lib/nn.yaml:80:7
%8130 = mul %8122, %8122 : f32[16] @ models/lib/nn.yaml:80:7
%8131 = mul %8130, %5586 : f32[16] @ models/lib/nn.yaml:80:7
%8132 = mul %8124, %5588 : f32[16] @ models/lib/nn.yaml:80:7
%8133 = add %8132, %8131 : f32[16] @ models/lib/nn.yaml:80:7
%8134 = cast %8126 : f64[] @ models/lib/nn.yaml:80:7
%8135 = pow %5457, %8134 : f64[] @ models/lib/nn.yaml:80:7
%8136 = sub %5438, %8135 : f64[] @ models/lib/nn.yaml:80:7
%8137 = div %3378, %8136 : f64[] @ models/lib/nn.yaml:80:7
%8138 = pow %5465, %8134 : f64[] @ models/lib/nn.yaml:80:7
%8139 = sub %5438, %8138 : f64[] @ models/lib/nn.yaml:80:7
%8140 = sqrt %8139 : f64[] @ models/lib/nn.yaml:80:7
%8141 = div %5438, %8140 : f64[] @ models/lib/nn.yaml:80:7
%8142 = sqrt %8133 : f32[16] @ models/lib/nn.yaml:80:7
%8143 = cast %8141 : f32[] @ models/lib/nn.yaml:80:7
%8144 = broadcast %8143 : f32[16] @ models/lib/nn.yaml:80:7
%8145 = mul %8142, %8144 : f32[16] @ models/lib/nn.yaml:80:7
%8146 = add %8145, %5603 : f32[16] @ models/lib/nn.yaml:80:7
%8147 = div %8129, %8146 : f32[16] @ models/lib/nn.yaml:80:7
%8148 = cast %8137 : f32[] @ models/lib/nn.yaml:80:7
%8149 = broadcast %8148 : f32[16] @ models/lib/nn.yaml:80:7
%8150 = mul %8147, %8149 : f32[16] @ models/lib/nn.yaml:80:7
%8151 = sub %58, %8150 : f32[16] @ models/lib/nn.yaml:80:7
%8152 = assign %58, %8151 : f32[16] @ models/lib/nn.yaml:80:7
%8153 = assign %8123, %8129 : f32[16] @ models/lib/nn.yaml:80:7
%8154 = assign %8124, %8133 : f32[16] @ models/lib/nn.yaml:80:7
%8155 = assign %8125, %8126 : i64[] @ models/lib/nn.yaml:80:7
%8156 = mul %136, %5614 : f32[16] @ models/lib/nn.yaml:80:7
%8157 = mul %8151, %5616 : f32[16] @ models/lib/nn.yaml:80:7
%8158 = add %8156, %8157 : f32[16] @ models/lib/nn.yaml:80:7
%8159 = assign %136, %8158 : f32[16] @ models/lib/nn.yaml:80:7
%8160 = all_reduce_sum %4680 : f32[16,16] @ models/lib/nn.yaml:79:7
%8161 = reshape %8160 : f32[256] @ models/lib/nn.yaml:79:7
%8162 = mul %8161, %8161 : f32[256] @ models/lib/nn.yaml:79:7
%8163 = reduce_sum %8162 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8164 = sqrt %8163 : f32[] @ models/lib/nn.yaml:79:7
%8165 = cast %8164 : f64[] @ models/lib/nn.yaml:79:7
%8166 = add %8165, %5434 : f64[] @ models/lib/nn.yaml:79:7
%8167 = div %5436, %8166 : f64[] @ models/lib/nn.yaml:79:7
%8168 = lt %8167, %5438 : bool[] @ models/lib/nn.yaml:79:7
%8169 = cast %8167 : f32[] @ models/lib/nn.yaml:79:7
%8170 = broadcast %8169 : f32[16,16] @ models/lib/nn.yaml:79:7
%8171 = mul %8160, %8170 : f32[16,16] @ models/lib/nn.yaml:79:7
%8172 = broadcast %8168 : bool[16,16] @ models/lib/nn.yaml:79:7
%8173 = select %8172, %8171, %8160 : f32[16,16] @ models/lib/nn.yaml:79:7
%8174 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8175 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8176 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8177 = add %8176, %5448 : i64[] @ models/lib/nn.yaml:79:7
%8178 = mul %59, %5855 : f32[16,16] @ models/lib/nn.yaml:79:7
%8179 = mul %8173, %5857 : f32[16,16] @ models/lib/nn.yaml:79:7
%8180 = mul %8174, %5859 : f32[16,16] @ models/lib/nn.yaml:79:7
%8181 = add %8180, %8179 : f32[16,16] @ models/lib/nn.yaml:79:7
%8182 = mul %8173, %8173 : f32[16,16] @ models/lib/nn.yaml:79:7
%8183 = mul %8182, %5863 : f32[16,16] @ models/lib/nn.yaml:79:7
%8184 = mul %8175, %5865 : f32[16,16] @ models/lib/nn.yaml:79:7
%8185 = add %8184, %8183 : f32[16,16] @ models/lib/nn.yaml:79:7
%8186 = cast %8177 : f64[] @ models/lib/nn.yaml:79:7
%8187 = pow %5457, %8186 : f64[] @ models/lib/nn.yaml:79:7
%8188 = sub %5438, %8187 : f64[] @ models/lib/nn.yaml:79:7
%8189 = div %3378, %8188 : f64[] @ models/lib/nn.yaml:79:7
%8190 = pow %5465, %8186 : f64[] @ models/lib/nn.yaml:79:7
%8191 = sub %5438, %8190 : f64[] @ models/lib/nn.yaml:79:7
%8192 = sqrt %8191 : f64[] @ models/lib/nn.yaml:79:7
%8193 = div %5438, %8192 : f64[] @ models/lib/nn.yaml:79:7
%8194 = sqrt %8185 : f32[16,16] @ models/lib/nn.yaml:79:7
%8195 = cast %8193 : f32[] @ models/lib/nn.yaml:79:7
%8196 = broadcast %8195 : f32[16,16] @ models/lib/nn.yaml:79:7
%8197 = mul %8194, %8196 : f32[16,16] @ models/lib/nn.yaml:79:7
%8198 = add %8197, %5880 : f32[16,16] @ models/lib/nn.yaml:79:7
%8199 = div %8181, %8198 : f32[16,16] @ models/lib/nn.yaml:79:7
%8200 = cast %8189 : f32[] @ models/lib/nn.yaml:79:7
%8201 = broadcast %8200 : f32[16,16] @ models/lib/nn.yaml:79:7
%8202 = mul %8199, %8201 : f32[16,16] @ models/lib/nn.yaml:79:7
%8203 = sub %8178, %8202 : f32[16,16] @ models/lib/nn.yaml:79:7
%8204 = assign %59, %8203 : f32[16,16] @ models/lib/nn.yaml:79:7
%8205 = assign %8174, %8181 : f32[16,16] @ models/lib/nn.yaml:79:7
%8206 = assign %8175, %8185 : f32[16,16] @ models/lib/nn.yaml:79:7
%8207 = assign %8176, %8177 : i64[] @ models/lib/nn.yaml:79:7
%8208 = mul %137, %5891 : f32[16,16] @ models/lib/nn.yaml:79:7
%8209 = mul %8203, %5893 : f32[16,16] @ models/lib/nn.yaml:79:7
%8210 = add %8208, %8209 : f32[16,16] @ models/lib/nn.yaml:79:7
%8211 = assign %137, %8210 : f32[16,16] @ models/lib/nn.yaml:79:7
%8212 = all_reduce_sum %4675 : f32[16] @ models/lib/nn.yaml:80:7
%8213 = mul %8212, %8212 : f32[16] @ models/lib/nn.yaml:80:7
%8214 = reduce_sum %8213 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8215 = sqrt %8214 : f32[] @ models/lib/nn.yaml:80:7
%8216 = cast %8215 : f64[] @ models/lib/nn.yaml:80:7
%8217 = add %8216, %5434 : f64[] @ models/lib/nn.yaml:80:7
%8218 = div %5436, %8217 : f64[] @ models/lib/nn.yaml:80:7
%8219 = lt %8218, %5438 : bool[] @ models/lib/nn.yaml:80:7
%8220 = cast %8218 : f32[] @ models/lib/nn.yaml:80:7
%8221 = broadcast %8220 : f32[16] @ models/lib/nn.yaml:80:7
%8222 = mul %8212, %8221 : f32[16] @ models/lib/nn.yaml:80:7
%8223 = broadcast %8219 : bool[16] @ models/lib/nn.yaml:80:7
%8224 = select %8223, %8222, %8212 : f32[16] @ models/lib/nn.yaml:80:7
%8225 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8226 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8227 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8228 = add %8227, %5448 : i64[] @ models/lib/nn.yaml:80:7
%8229 = mul %8224, %5580 : f32[16] @ models/lib/nn.yaml:80:7
%8230 = mul %8225, %5582 : f32[16] @ models/lib/nn.yaml:80:7
%8231 = add %8230, %8229 : f32[16] @ models/lib/nn.yaml:80:7
%8232 = mul %8224, %8224 : f32[16] @ models/lib/nn.yaml:80:7
%8233 = mul %8232, %5586 : f32[16] @ models/lib/nn.yaml:80:7
%8234 = mul %8226, %5588 : f32[16] @ models/lib/nn.yaml:80:7
%8235 = add %8234, %8233 : f32[16] @ models/lib/nn.yaml:80:7
%8236 = cast %8228 : f64[] @ models/lib/nn.yaml:80:7
%8237 = pow %5457, %8236 : f64[] @ models/lib/nn.yaml:80:7
%8238 = sub %5438, %8237 : f64[] @ models/lib/nn.yaml:80:7
%8239 = div %3378, %8238 : f64[] @ models/lib/nn.yaml:80:7
%8240 = pow %5465, %8236 : f64[] @ models/lib/nn.yaml:80:7
%8241 = sub %5438, %8240 : f64[] @ models/lib/nn.yaml:80:7
%8242 = sqrt %8241 : f64[] @ models/lib/nn.yaml:80:7
%8243 = div %5438, %8242 : f64[] @ models/lib/nn.yaml:80:7
%8244 = sqrt %8235 : f32[16] @ models/lib/nn.yaml:80:7
%8245 = cast %8243 : f32[] @ models/lib/nn.yaml:80:7
%8246 = broadcast %8245 : f32[16] @ models/lib/nn.yaml:80:7
%8247 = mul %8244, %8246 : f32[16] @ models/lib/nn.yaml:80:7
%8248 = add %8247, %5603 : f32[16] @ models/lib/nn.yaml:80:7
%8249 = div %8231, %8248 : f32[16] @ models/lib/nn.yaml:80:7
%8250 = cast %8239 : f32[] @ models/lib/nn.yaml:80:7
%8251 = broadcast %8250 : f32[16] @ models/lib/nn.yaml:80:7
%8252 = mul %8249, %8251 : f32[16] @ models/lib/nn.yaml:80:7
%8253 = sub %60, %8252 : f32[16] @ models/lib/nn.yaml:80:7
%8254 = assign %60, %8253 : f32[16] @ models/lib/nn.yaml:80:7
%8255 = assign %8225, %8231 : f32[16] @ models/lib/nn.yaml:80:7
%8256 = assign %8226, %8235 : f32[16] @ models/lib/nn.yaml:80:7
%8257 = assign %8227, %8228 : i64[] @ models/lib/nn.yaml:80:7
%8258 = mul %138, %5614 : f32[16] @ models/lib/nn.yaml:80:7
%8259 = mul %8253, %5616 : f32[16] @ models/lib/nn.yaml:80:7
%8260 = add %8258, %8259 : f32[16] @ models/lib/nn.yaml:80:7
%8261 = assign %138, %8260 : f32[16] @ models/lib/nn.yaml:80:7
%8262 = all_reduce_sum %4654 : f32[16] @ models/lib/nn.yaml:89:7
%8263 = mul %8262, %8262 : f32[16] @ models/lib/nn.yaml:89:7
%8264 = reduce_sum %8263 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8265 = sqrt %8264 : f32[] @ models/lib/nn.yaml:89:7
%8266 = cast %8265 : f64[] @ models/lib/nn.yaml:89:7
%8267 = add %8266, %5434 : f64[] @ models/lib/nn.yaml:89:7
%8268 = div %5436, %8267 : f64[] @ models/lib/nn.yaml:89:7
%8269 = lt %8268, %5438 : bool[] @ models/lib/nn.yaml:89:7
%8270 = cast %8268 : f32[] @ models/lib/nn.yaml:89:7
%8271 = broadcast %8270 : f32[16] @ models/lib/nn.yaml:89:7
%8272 = mul %8262, %8271 : f32[16] @ models/lib/nn.yaml:89:7
%8273 = broadcast %8269 : bool[16] @ models/lib/nn.yaml:89:7
%8274 = select %8273, %8272, %8262 : f32[16] @ models/lib/nn.yaml:89:7
%8275 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8276 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8277 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8278 = add %8277, %5448 : i64[] @ models/lib/nn.yaml:89:7
%8279 = mul %8274, %5580 : f32[16] @ models/lib/nn.yaml:89:7
%8280 = mul %8275, %5582 : f32[16] @ models/lib/nn.yaml:89:7
%8281 = add %8280, %8279 : f32[16] @ models/lib/nn.yaml:89:7
%8282 = mul %8274, %8274 : f32[16] @ models/lib/nn.yaml:89:7
%8283 = mul %8282, %5586 : f32[16] @ models/lib/nn.yaml:89:7
%8284 = mul %8276, %5588 : f32[16] @ models/lib/nn.yaml:89:7
%8285 = add %8284, %8283 : f32[16] @ models/lib/nn.yaml:89:7
%8286 = cast %8278 : f64[] @ models/lib/nn.yaml:89:7
%8287 = pow %5457, %8286 : f64[] @ models/lib/nn.yaml:89:7
%8288 = sub %5438, %8287 : f64[] @ models/lib/nn.yaml:89:7
%8289 = div %3378, %8288 : f64[] @ models/lib/nn.yaml:89:7
%8290 = pow %5465, %8286 : f64[] @ models/lib/nn.yaml:89:7
%8291 = sub %5438, %8290 : f64[] @ models/lib/nn.yaml:89:7
%8292 = sqrt %8291 : f64[] @ models/lib/nn.yaml:89:7
%8293 = div %5438, %8292 : f64[] @ models/lib/nn.yaml:89:7
%8294 = sqrt %8285 : f32[16] @ models/lib/nn.yaml:89:7
%8295 = cast %8293 : f32[] @ models/lib/nn.yaml:89:7
%8296 = broadcast %8295 : f32[16] @ models/lib/nn.yaml:89:7
%8297 = mul %8294, %8296 : f32[16] @ models/lib/nn.yaml:89:7
%8298 = add %8297, %5603 : f32[16] @ models/lib/nn.yaml:89:7
%8299 = div %8281, %8298 : f32[16] @ models/lib/nn.yaml:89:7
%8300 = cast %8289 : f32[] @ models/lib/nn.yaml:89:7
%8301 = broadcast %8300 : f32[16] @ models/lib/nn.yaml:89:7
%8302 = mul %8299, %8301 : f32[16] @ models/lib/nn.yaml:89:7
%8303 = sub %61, %8302 : f32[16] @ models/lib/nn.yaml:89:7
%8304 = assign %61, %8303 : f32[16] @ models/lib/nn.yaml:89:7
%8305 = assign %8275, %8281 : f32[16] @ models/lib/nn.yaml:89:7
%8306 = assign %8276, %8285 : f32[16] @ models/lib/nn.yaml:89:7
%8307 = assign %8277, %8278 : i64[] @ models/lib/nn.yaml:89:7
%8308 = mul %139, %5614 : f32[16] @ models/lib/nn.yaml:89:7
%8309 = mul %8303, %5616 : f32[16] @ models/lib/nn.yaml:89:7
%8310 = add %8308, %8309 : f32[16] @ models/lib/nn.yaml:89:7
%8311 = assign %139, %8310 : f32[16] @ models/lib/nn.yaml:89:7
%8312 = all_reduce_sum %4649 : f32[16] @ models/lib/nn.yaml:90:7
%8313 = mul %8312, %8312 : f32[16] @ models/lib/nn.yaml:90:7
%8314 = reduce_sum %8313 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8315 = sqrt %8314 : f32[] @ models/lib/nn.yaml:90:7
%8316 = cast %8315 : f64[] @ models/lib/nn.yaml:90:7
%8317 = add %8316, %5434 : f64[] @ models/lib/nn.yaml:90:7
%8318 = div %5436, %8317 : f64[] @ models/lib/nn.yaml:90:7
%8319 = lt %8318, %5438 : bool[] @ models/lib/nn.yaml:90:7
%8320 = cast %8318 : f32[] @ models/lib/nn.yaml:90:7
%8321 = broadcast %8320 : f32[16] @ models/lib/nn.yaml:90:7
%8322 = mul %8312, %8321 : f32[16] @ models/lib/nn.yaml:90:7
%8323 = broadcast %8319 : bool[16] @ models/lib/nn.yaml:90:7
%8324 = select %8323, %8322, %8312 : f32[16] @ models/lib/nn.yaml:90:7
%8325 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8326 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8327 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8328 = add %8327, %5448 : i64[] @ models/lib/nn.yaml:90:7
%8329 = mul %8324, %5580 : f32[16] @ models/lib/nn.yaml:90:7
%8330 = mul %8325, %5582 : f32[16] @ models/lib/nn.yaml:90:7
%8331 = add %8330, %8329 : f32[16] @ models/lib/nn.yaml:90:7
%8332 = mul %8324, %8324 : f32[16] @ models/lib/nn.yaml:90:7
%8333 = mul %8332, %5586 : f32[16] @ models/lib/nn.yaml:90:7
%8334 = mul %8326, %5588 : f32[16] @ models/lib/nn.yaml:90:7
%8335 = add %8334, %8333 : f32[16] @ models/lib/nn.yaml:90:7
%8336 = cast %8328 : f64[] @ models/lib/nn.yaml:90:7
%8337 = pow %5457, %8336 : f64[] @ models/lib/nn.yaml:90:7
%8338 = sub %5438, %8337 : f64[] @ models/lib/nn.yaml:90:7
%8339 = div %3378, %8338 : f64[] @ models/lib/nn.yaml:90:7
%8340 = pow %5465, %8336 : f64[] @ models/lib/nn.yaml:90:7
%8341 = sub %5438, %8340 : f64[] @ models/lib/nn.yaml:90:7
%8342 = sqrt %8341 : f64[] @ models/lib/nn.yaml:90:7
%8343 = div %5438, %8342 : f64[] @ models/lib/nn.yaml:90:7
%8344 = sqrt %8335 : f32[16] @ models/lib/nn.yaml:90:7
%8345 = cast %8343 : f32[] @ models/lib/nn.yaml:90:7
%8346 = broadcast %8345 : f32[16] @ models/lib/nn.yaml:90:7
%8347 = mul %8344, %8346 : f32[16] @ models/lib/nn.yaml:90:7
%8348 = add %8347, %5603 : f32[16] @ models/lib/nn.yaml:90:7
%8349 = div %8331, %8348 : f32[16] @ models/lib/nn.yaml:90:7
%8350 = cast %8339 : f32[] @ models/lib/nn.yaml:90:7
%8351 = broadcast %8350 : f32[16] @ models/lib/nn.yaml:90:7
%8352 = mul %8349, %8351 : f32[16] @ models/lib/nn.yaml:90:7
%8353 = sub %62, %8352 : f32[16] @ models/lib/nn.yaml:90:7
%8354 = assign %62, %8353 : f32[16] @ models/lib/nn.yaml:90:7
%8355 = assign %8325, %8331 : f32[16] @ models/lib/nn.yaml:90:7
%8356 = assign %8326, %8335 : f32[16] @ models/lib/nn.yaml:90:7
%8357 = assign %8327, %8328 : i64[] @ models/lib/nn.yaml:90:7
%8358 = mul %140, %5614 : f32[16] @ models/lib/nn.yaml:90:7
%8359 = mul %8353, %5616 : f32[16] @ models/lib/nn.yaml:90:7
%8360 = add %8358, %8359 : f32[16] @ models/lib/nn.yaml:90:7
%8361 = assign %140, %8360 : f32[16] @ models/lib/nn.yaml:90:7
%8362 = all_reduce_sum %4646 : f32[64,16] @ models/lib/nn.yaml:79:7
%8363 = reshape %8362 : f32[1024] @ models/lib/nn.yaml:79:7
%8364 = mul %8363, %8363 : f32[1024] @ models/lib/nn.yaml:79:7
%8365 = reduce_sum %8364 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8366 = sqrt %8365 : f32[] @ models/lib/nn.yaml:79:7
%8367 = cast %8366 : f64[] @ models/lib/nn.yaml:79:7
%8368 = add %8367, %5434 : f64[] @ models/lib/nn.yaml:79:7
%8369 = div %5436, %8368 : f64[] @ models/lib/nn.yaml:79:7
%8370 = lt %8369, %5438 : bool[] @ models/lib/nn.yaml:79:7
%8371 = cast %8369 : f32[] @ models/lib/nn.yaml:79:7
%8372 = broadcast %8371 : f32[64,16] @ models/lib/nn.yaml:79:7
%8373 = mul %8362, %8372 : f32[64,16] @ models/lib/nn.yaml:79:7
%8374 = broadcast %8370 : bool[64,16] @ models/lib/nn.yaml:79:7
%8375 = select %8374, %8373, %8362 : f32[64,16] @ models/lib/nn.yaml:79:7
%8376 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8377 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8378 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8379 = add %8378, %5448 : i64[] @ models/lib/nn.yaml:79:7
%8380 = mul %63, %6065 : f32[64,16] @ models/lib/nn.yaml:79:7
%8381 = mul %8375, %6067 : f32[64,16] @ models/lib/nn.yaml:79:7
%8382 = mul %8376, %6069 : f32[64,16] @ models/lib/nn.yaml:79:7
%8383 = add %8382, %8381 : f32[64,16] @ models/lib/nn.yaml:79:7
%8384 = mul %8375, %8375 : f32[64,16] @ models/lib/nn.yaml:79:7
%8385 = mul %8384, %6073 : f32[64,16] @ models/lib/nn.yaml:79:7
%8386 = mul %8377, %6075 : f32[64,16] @ models/lib/nn.yaml:79:7
%8387 = add %8386, %8385 : f32[64,16] @ models/lib/nn.yaml:79:7
%8388 = cast %8379 : f64[] @ models/lib/nn.yaml:79:7
%8389 = pow %5457, %8388 : f64[] @ models/lib/nn.yaml:79:7
%8390 = sub %5438, %8389 : f64[] @ models/lib/nn.yaml:79:7
%8391 = div %3378, %8390 : f64[] @ models/lib/nn.yaml:79:7
%8392 = pow %5465, %8388 : f64[] @ models/lib/nn.yaml:79:7
%8393 = sub %5438, %8392 : f64[] @ models/lib/nn.yaml:79:7
%8394 = sqrt %8393 : f64[] @ models/lib/nn.yaml:79:7
%8395 = div %5438, %8394 : f64[] @ models/lib/nn.yaml:79:7
%8396 = sqrt %8387 : f32[64,16] @ models/lib/nn.yaml:79:7
%8397 = cast %8395 : f32[] @ models/lib/nn.yaml:79:7
%8398 = broadcast %8397 : f32[64,16] @ models/lib/nn.yaml:79:7
%8399 = mul %8396, %8398 : f32[64,16] @ models/lib/nn.yaml:79:7
%8400 = add %8399, %6090 : f32[64,16] @ models/lib/nn.yaml:79:7
%8401 = div %8383, %8400 : f32[64,16] @ models/lib/nn.yaml:79:7
%8402 = cast %8391 : f32[] @ models/lib/nn.yaml:79:7
%8403 = broadcast %8402 : f32[64,16] @ models/lib/nn.yaml:79:7
%8404 = mul %8401, %8403 : f32[64,16] @ models/lib/nn.yaml:79:7
%8405 = sub %8380, %8404 : f32[64,16] @ models/lib/nn.yaml:79:7
%8406 = assign %63, %8405 : f32[64,16] @ models/lib/nn.yaml:79:7
%8407 = assign %8376, %8383 : f32[64,16] @ models/lib/nn.yaml:79:7
%8408 = assign %8377, %8387 : f32[64,16] @ models/lib/nn.yaml:79:7
%8409 = assign %8378, %8379 : i64[] @ models/lib/nn.yaml:79:7
%8410 = mul %141, %6101 : f32[64,16] @ models/lib/nn.yaml:79:7
%8411 = mul %8405, %6103 : f32[64,16] @ models/lib/nn.yaml:79:7
%8412 = add %8410, %8411 : f32[64,16] @ models/lib/nn.yaml:79:7
%8413 = assign %141, %8412 : f32[64,16] @ models/lib/nn.yaml:79:7
%8414 = all_reduce_sum %4641 : f32[64] @ models/lib/nn.yaml:80:7
%8415 = mul %8414, %8414 : f32[64] @ models/lib/nn.yaml:80:7
%8416 = reduce_sum %8415 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8417 = sqrt %8416 : f32[] @ models/lib/nn.yaml:80:7
%8418 = cast %8417 : f64[] @ models/lib/nn.yaml:80:7
%8419 = add %8418, %5434 : f64[] @ models/lib/nn.yaml:80:7
%8420 = div %5436, %8419 : f64[] @ models/lib/nn.yaml:80:7
%8421 = lt %8420, %5438 : bool[] @ models/lib/nn.yaml:80:7
%8422 = cast %8420 : f32[] @ models/lib/nn.yaml:80:7
%8423 = broadcast %8422 : f32[64] @ models/lib/nn.yaml:80:7
%8424 = mul %8414, %8423 : f32[64] @ models/lib/nn.yaml:80:7
%8425 = broadcast %8421 : bool[64] @ models/lib/nn.yaml:80:7
%8426 = select %8425, %8424, %8414 : f32[64] @ models/lib/nn.yaml:80:7
%8427 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8428 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8429 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8430 = add %8429, %5448 : i64[] @ models/lib/nn.yaml:80:7
%8431 = mul %8426, %6124 : f32[64] @ models/lib/nn.yaml:80:7
%8432 = mul %8427, %6126 : f32[64] @ models/lib/nn.yaml:80:7
%8433 = add %8432, %8431 : f32[64] @ models/lib/nn.yaml:80:7
%8434 = mul %8426, %8426 : f32[64] @ models/lib/nn.yaml:80:7
%8435 = mul %8434, %6130 : f32[64] @ models/lib/nn.yaml:80:7
%8436 = mul %8428, %6132 : f32[64] @ models/lib/nn.yaml:80:7
%8437 = add %8436, %8435 : f32[64] @ models/lib/nn.yaml:80:7
%8438 = cast %8430 : f64[] @ models/lib/nn.yaml:80:7
%8439 = pow %5457, %8438 : f64[] @ models/lib/nn.yaml:80:7
%8440 = sub %5438, %8439 : f64[] @ models/lib/nn.yaml:80:7
%8441 = div %3378, %8440 : f64[] @ models/lib/nn.yaml:80:7
%8442 = pow %5465, %8438 : f64[] @ models/lib/nn.yaml:80:7
%8443 = sub %5438, %8442 : f64[] @ models/lib/nn.yaml:80:7
%8444 = sqrt %8443 : f64[] @ models/lib/nn.yaml:80:7
%8445 = div %5438, %8444 : f64[] @ models/lib/nn.yaml:80:7
%8446 = sqrt %8437 : f32[64] @ models/lib/nn.yaml:80:7
%8447 = cast %8445 : f32[] @ models/lib/nn.yaml:80:7
%8448 = broadcast %8447 : f32[64] @ models/lib/nn.yaml:80:7
%8449 = mul %8446, %8448 : f32[64] @ models/lib/nn.yaml:80:7
%8450 = add %8449, %6147 : f32[64] @ models/lib/nn.yaml:80:7
%8451 = div %8433, %8450 : f32[64] @ models/lib/nn.yaml:80:7
%8452 = cast %8441 : f32[] @ models/lib/nn.yaml:80:7
%8453 = broadcast %8452 : f32[64] @ models/lib/nn.yaml:80:7
%8454 = mul %8451, %8453 : f32[64] @ models/lib/nn.yaml:80:7
%8455 = sub %64, %8454 : f32[64] @ models/lib/nn.yaml:80:7
%8456 = assign %64, %8455 : f32[64] @ models/lib/nn.yaml:80:7
%8457 = assign %8427, %8433 : f32[64] @ models/lib/nn.yaml:80:7
%8458 = assign %8428, %8437 : f32[64] @ models/lib/nn.yaml:80:7
%8459 = assign %8429, %8430 : i64[] @ models/lib/nn.yaml:80:7
%8460 = mul %142, %6158 : f32[64] @ models/lib/nn.yaml:80:7
%8461 = mul %8455, %6160 : f32[64] @ models/lib/nn.yaml:80:7
%8462 = add %8460, %8461 : f32[64] @ models/lib/nn.yaml:80:7
%8463 = assign %142, %8462 : f32[64] @ models/lib/nn.yaml:80:7
%8464 = all_reduce_sum %4625 : f32[16,64] @ models/lib/nn.yaml:79:7
%8465 = reshape %8464 : f32[1024] @ models/lib/nn.yaml:79:7
%8466 = mul %8465, %8465 : f32[1024] @ models/lib/nn.yaml:79:7
%8467 = reduce_sum %8466 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8468 = sqrt %8467 : f32[] @ models/lib/nn.yaml:79:7
%8469 = cast %8468 : f64[] @ models/lib/nn.yaml:79:7
%8470 = add %8469, %5434 : f64[] @ models/lib/nn.yaml:79:7
%8471 = div %5436, %8470 : f64[] @ models/lib/nn.yaml:79:7
%8472 = lt %8471, %5438 : bool[] @ models/lib/nn.yaml:79:7
%8473 = cast %8471 : f32[] @ models/lib/nn.yaml:79:7
%8474 = broadcast %8473 : f32[16,64] @ models/lib/nn.yaml:79:7
%8475 = mul %8464, %8474 : f32[16,64] @ models/lib/nn.yaml:79:7
%8476 = broadcast %8472 : bool[16,64] @ models/lib/nn.yaml:79:7
%8477 = select %8476, %8475, %8464 : f32[16,64] @ models/lib/nn.yaml:79:7
%8478 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8479 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8480 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8481 = add %8480, %5448 : i64[] @ models/lib/nn.yaml:79:7
%8482 = mul %65, %6182 : f32[16,64] @ models/lib/nn.yaml:79:7
%8483 = mul %8477, %6184 : f32[16,64] @ models/lib/nn.yaml:79:7
%8484 = mul %8478, %6186 : f32[16,64] @ models/lib/nn.yaml:79:7
%8485 = add %8484, %8483 : f32[16,64] @ models/lib/nn.yaml:79:7
%8486 = mul %8477, %8477 : f32[16,64] @ models/lib/nn.yaml:79:7
%8487 = mul %8486, %6190 : f32[16,64] @ models/lib/nn.yaml:79:7
%8488 = mul %8479, %6192 : f32[16,64] @ models/lib/nn.yaml:79:7
%8489 = add %8488, %8487 : f32[16,64] @ models/lib/nn.yaml:79:7
%8490 = cast %8481 : f64[] @ models/lib/nn.yaml:79:7
%8491 = pow %5457, %8490 : f64[] @ models/lib/nn.yaml:79:7
%8492 = sub %5438, %8491 : f64[] @ models/lib/nn.yaml:79:7
%8493 = div %3378, %8492 : f64[] @ models/lib/nn.yaml:79:7
%8494 = pow %5465, %8490 : f64[] @ models/lib/nn.yaml:79:7
%8495 = sub %5438, %8494 : f64[] @ models/lib/nn.yaml:79:7
%8496 = sqrt %8495 : f64[] @ models/lib/nn.yaml:79:7
%8497 = div %5438, %8496 : f64[] @ models/lib/nn.yaml:79:7
%8498 = sqrt %8489 : f32[16,64] @ models/lib/nn.yaml:79:7
%8499 = cast %8497 : f32[] @ models/lib/nn.yaml:79:7
%8500 = broadcast %8499 : f32[16,64] @ models/lib/nn.yaml:79:7
%8501 = mul %8498, %8500 : f32[16,64] @ models/lib/nn.yaml:79:7
%8502 = add %8501, %6207 : f32[16,64] @ models/lib/nn.yaml:79:7
%8503 = div %8485, %8502 : f32[16,64] @ models/lib/nn.yaml:79:7
%8504 = cast %8493 : f32[] @ models/lib/nn.yaml:79:7
%8505 = broadcast %8504 : f32[16,64] @ models/lib/nn.yaml:79:7
%8506 = mul %8503, %8505 : f32[16,64] @ models/lib/nn.yaml:79:7
%8507 = sub %8482, %8506 : f32[16,64] @ models/lib/nn.yaml:79:7
%8508 = assign %65, %8507 : f32[16,64] @ models/lib/nn.yaml:79:7
%8509 = assign %8478, %8485 : f32[16,64] @ models/lib/nn.yaml:79:7
%8510 = assign %8479, %8489 : f32[16,64] @ models/lib/nn.yaml:79:7
%8511 = assign %8480, %8481 : i64[] @ models/lib/nn.yaml:79:7
%8512 = mul %143, %6218 : f32[16,64] @ models/lib/nn.yaml:79:7
%8513 = mul %8507, %6220 : f32[16,64] @ models/lib/nn.yaml:79:7
%8514 = add %8512, %8513 : f32[16,64] @ models/lib/nn.yaml:79:7
%8515 = assign %143, %8514 : f32[16,64] @ models/lib/nn.yaml:79:7
%8516 = all_reduce_sum %4620 : f32[16] @ models/lib/nn.yaml:80:7
%8517 = mul %8516, %8516 : f32[16] @ models/lib/nn.yaml:80:7
%8518 = reduce_sum %8517 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8519 = sqrt %8518 : f32[] @ models/lib/nn.yaml:80:7
%8520 = cast %8519 : f64[] @ models/lib/nn.yaml:80:7
%8521 = add %8520, %5434 : f64[] @ models/lib/nn.yaml:80:7
%8522 = div %5436, %8521 : f64[] @ models/lib/nn.yaml:80:7
%8523 = lt %8522, %5438 : bool[] @ models/lib/nn.yaml:80:7
%8524 = cast %8522 : f32[] @ models/lib/nn.yaml:80:7
%8525 = broadcast %8524 : f32[16] @ models/lib/nn.yaml:80:7
%8526 = mul %8516, %8525 : f32[16] @ models/lib/nn.yaml:80:7
%8527 = broadcast %8523 : bool[16] @ models/lib/nn.yaml:80:7
%8528 = select %8527, %8526, %8516 : f32[16] @ models/lib/nn.yaml:80:7
%8529 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8530 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8531 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8532 = add %8531, %5448 : i64[] @ models/lib/nn.yaml:80:7
%8533 = mul %8528, %5580 : f32[16] @ models/lib/nn.yaml:80:7
%8534 = mul %8529, %5582 : f32[16] @ models/lib/nn.yaml:80:7
%8535 = add %8534, %8533 : f32[16] @ models/lib/nn.yaml:80:7
%8536 = mul %8528, %8528 : f32[16] @ models/lib/nn.yaml:80:7
%8537 = mul %8536, %5586 : f32[16] @ models/lib/nn.yaml:80:7
%8538 = mul %8530, %5588 : f32[16] @ models/lib/nn.yaml:80:7
%8539 = add %8538, %8537 : f32[16] @ models/lib/nn.yaml:80:7
%8540 = cast %8532 : f64[] @ models/lib/nn.yaml:80:7
%8541 = pow %5457, %8540 : f64[] @ models/lib/nn.yaml:80:7
%8542 = sub %5438, %8541 : f64[] @ models/lib/nn.yaml:80:7
%8543 = div %3378, %8542 : f64[] @ models/lib/nn.yaml:80:7
%8544 = pow %5465, %8540 : f64[] @ models/lib/nn.yaml:80:7
%8545 = sub %5438, %8544 : f64[] @ models/lib/nn.yaml:80:7
%8546 = sqrt %8545 : f64[] @ models/lib/nn.yaml:80:7
%8547 = div %5438, %8546 : f64[] @ models/lib/nn.yaml:80:7
%8548 = sqrt %8539 : f32[16] @ models/lib/nn.yaml:80:7
%8549 = cast %8547 : f32[] @ models/lib/nn.yaml:80:7
%8550 = broadcast %8549 : f32[16] @ models/lib/nn.yaml:80:7
%8551 = mul %8548, %8550 : f32[16] @ models/lib/nn.yaml:80:7
%8552 = add %8551, %5603 : f32[16] @ models/lib/nn.yaml:80:7
%8553 = div %8535, %8552 : f32[16] @ models/lib/nn.yaml:80:7
%8554 = cast %8543 : f32[] @ models/lib/nn.yaml:80:7
%8555 = broadcast %8554 : f32[16] @ models/lib/nn.yaml:80:7
%8556 = mul %8553, %8555 : f32[16] @ models/lib/nn.yaml:80:7
%8557 = sub %66, %8556 : f32[16] @ models/lib/nn.yaml:80:7
%8558 = assign %66, %8557 : f32[16] @ models/lib/nn.yaml:80:7
%8559 = assign %8529, %8535 : f32[16] @ models/lib/nn.yaml:80:7
%8560 = assign %8530, %8539 : f32[16] @ models/lib/nn.yaml:80:7
%8561 = assign %8531, %8532 : i64[] @ models/lib/nn.yaml:80:7
%8562 = mul %144, %5614 : f32[16] @ models/lib/nn.yaml:80:7
%8563 = mul %8557, %5616 : f32[16] @ models/lib/nn.yaml:80:7
%8564 = add %8562, %8563 : f32[16] @ models/lib/nn.yaml:80:7
%8565 = assign %144, %8564 : f32[16] @ models/lib/nn.yaml:80:7
%8566 = all_reduce_sum %4597 : f32[16] @ models/lib/nn.yaml:89:7
%8567 = mul %8566, %8566 : f32[16] @ models/lib/nn.yaml:89:7
%8568 = reduce_sum %8567 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8569 = sqrt %8568 : f32[] @ models/lib/nn.yaml:89:7
%8570 = cast %8569 : f64[] @ models/lib/nn.yaml:89:7
%8571 = add %8570, %5434 : f64[] @ models/lib/nn.yaml:89:7
%8572 = div %5436, %8571 : f64[] @ models/lib/nn.yaml:89:7
%8573 = lt %8572, %5438 : bool[] @ models/lib/nn.yaml:89:7
%8574 = cast %8572 : f32[] @ models/lib/nn.yaml:89:7
%8575 = broadcast %8574 : f32[16] @ models/lib/nn.yaml:89:7
%8576 = mul %8566, %8575 : f32[16] @ models/lib/nn.yaml:89:7
%8577 = broadcast %8573 : bool[16] @ models/lib/nn.yaml:89:7
%8578 = select %8577, %8576, %8566 : f32[16] @ models/lib/nn.yaml:89:7
%8579 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8580 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8581 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8582 = add %8581, %5448 : i64[] @ models/lib/nn.yaml:89:7
%8583 = mul %8578, %5580 : f32[16] @ models/lib/nn.yaml:89:7
%8584 = mul %8579, %5582 : f32[16] @ models/lib/nn.yaml:89:7
%8585 = add %8584, %8583 : f32[16] @ models/lib/nn.yaml:89:7
%8586 = mul %8578, %8578 : f32[16] @ models/lib/nn.yaml:89:7
%8587 = mul %8586, %5586 : f32[16] @ models/lib/nn.yaml:89:7
%8588 = mul %8580, %5588 : f32[16] @ models/lib/nn.yaml:89:7
%8589 = add %8588, %8587 : f32[16] @ models/lib/nn.yaml:89:7
%8590 = cast %8582 : f64[] @ models/lib/nn.yaml:89:7
%8591 = pow %5457, %8590 : f64[] @ models/lib/nn.yaml:89:7
%8592 = sub %5438, %8591 : f64[] @ models/lib/nn.yaml:89:7
%8593 = div %3378, %8592 : f64[] @ models/lib/nn.yaml:89:7
%8594 = pow %5465, %8590 : f64[] @ models/lib/nn.yaml:89:7
%8595 = sub %5438, %8594 : f64[] @ models/lib/nn.yaml:89:7
%8596 = sqrt %8595 : f64[] @ models/lib/nn.yaml:89:7
%8597 = div %5438, %8596 : f64[] @ models/lib/nn.yaml:89:7
%8598 = sqrt %8589 : f32[16] @ models/lib/nn.yaml:89:7
%8599 = cast %8597 : f32[] @ models/lib/nn.yaml:89:7
%8600 = broadcast %8599 : f32[16] @ models/lib/nn.yaml:89:7
%8601 = mul %8598, %8600 : f32[16] @ models/lib/nn.yaml:89:7
%8602 = add %8601, %5603 : f32[16] @ models/lib/nn.yaml:89:7
%8603 = div %8585, %8602 : f32[16] @ models/lib/nn.yaml:89:7
%8604 = cast %8593 : f32[] @ models/lib/nn.yaml:89:7
%8605 = broadcast %8604 : f32[16] @ models/lib/nn.yaml:89:7
%8606 = mul %8603, %8605 : f32[16] @ models/lib/nn.yaml:89:7
%8607 = sub %67, %8606 : f32[16] @ models/lib/nn.yaml:89:7
%8608 = assign %67, %8607 : f32[16] @ models/lib/nn.yaml:89:7
%8609 = assign %8579, %8585 : f32[16] @ models/lib/nn.yaml:89:7
%8610 = assign %8580, %8589 : f32[16] @ models/lib/nn.yaml:89:7
%8611 = assign %8581, %8582 : i64[] @ models/lib/nn.yaml:89:7
%8612 = mul %145, %5614 : f32[16] @ models/lib/nn.yaml:89:7
%8613 = mul %8607, %5616 : f32[16] @ models/lib/nn.yaml:89:7
%8614 = add %8612, %8613 : f32[16] @ models/lib/nn.yaml:89:7
%8615 = assign %145, %8614 : f32[16] @ models/lib/nn.yaml:89:7
%8616 = all_reduce_sum %4590 : f32[16] @ models/lib/nn.yaml:90:7
%8617 = mul %8616, %8616 : f32[16] @ models/lib/nn.yaml:90:7
%8618 = reduce_sum %8617 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8619 = sqrt %8618 : f32[] @ models/lib/nn.yaml:90:7
%8620 = cast %8619 : f64[] @ models/lib/nn.yaml:90:7
%8621 = add %8620, %5434 : f64[] @ models/lib/nn.yaml:90:7
%8622 = div %5436, %8621 : f64[] @ models/lib/nn.yaml:90:7
%8623 = lt %8622, %5438 : bool[] @ models/lib/nn.yaml:90:7
%8624 = cast %8622 : f32[] @ models/lib/nn.yaml:90:7
%8625 = broadcast %8624 : f32[16] @ models/lib/nn.yaml:90:7
%8626 = mul %8616, %8625 : f32[16] @ models/lib/nn.yaml:90:7
%8627 = broadcast %8623 : bool[16] @ models/lib/nn.yaml:90:7
%8628 = select %8627, %8626, %8616 : f32[16] @ models/lib/nn.yaml:90:7
%8629 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8630 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8631 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8632 = add %8631, %5448 : i64[] @ models/lib/nn.yaml:90:7
%8633 = mul %8628, %5580 : f32[16] @ models/lib/nn.yaml:90:7
%8634 = mul %8629, %5582 : f32[16] @ models/lib/nn.yaml:90:7
%8635 = add %8634, %8633 : f32[16] @ models/lib/nn.yaml:90:7
%8636 = mul %8628, %8628 : f32[16] @ models/lib/nn.yaml:90:7
%8637 = mul %8636, %5586 : f32[16] @ models/lib/nn.yaml:90:7
%8638 = mul %8630, %5588 : f32[16] @ models/lib/nn.yaml:90:7
%8639 = add %8638, %8637 : f32[16] @ models/lib/nn.yaml:90:7
%8640 = cast %8632 : f64[] @ models/lib/nn.yaml:90:7
%8641 = pow %5457, %8640 : f64[] @ models/lib/nn.yaml:90:7
%8642 = sub %5438, %8641 : f64[] @ models/lib/nn.yaml:90:7
%8643 = div %3378, %8642 : f64[] @ models/lib/nn.yaml:90:7
%8644 = pow %5465, %8640 : f64[] @ models/lib/nn.yaml:90:7
%8645 = sub %5438, %8644 : f64[] @ models/lib/nn.yaml:90:7
%8646 = sqrt %8645 : f64[] @ models/lib/nn.yaml:90:7
%8647 = div %5438, %8646 : f64[] @ models/lib/nn.yaml:90:7
%8648 = sqrt %8639 : f32[16] @ models/lib/nn.yaml:90:7
%8649 = cast %8647 : f32[] @ models/lib/nn.yaml:90:7
%8650 = broadcast %8649 : f32[16] @ models/lib/nn.yaml:90:7
%8651 = mul %8648, %8650 : f32[16] @ models/lib/nn.yaml:90:7
%8652 = add %8651, %5603 : f32[16] @ models/lib/nn.yaml:90:7
%8653 = div %8635, %8652 : f32[16] @ models/lib/nn.yaml:90:7
%8654 = cast %8643 : f32[] @ models/lib/nn.yaml:90:7
%8655 = broadcast %8654 : f32[16] @ models/lib/nn.yaml:90:7
%8656 = mul %8653, %8655 : f32[16] @ models/lib/nn.yaml:90:7
%8657 = sub %68, %8656 : f32[16] @ models/lib/nn.yaml:90:7
%8658 = assign %68, %8657 : f32[16] @ models/lib/nn.yaml:90:7
%8659 = assign %8629, %8635 : f32[16] @ models/lib/nn.yaml:90:7
%8660 = assign %8630, %8639 : f32[16] @ models/lib/nn.yaml:90:7
%8661 = assign %8631, %8632 : i64[] @ models/lib/nn.yaml:90:7
%8662 = mul %146, %5614 : f32[16] @ models/lib/nn.yaml:90:7
%8663 = mul %8657, %5616 : f32[16] @ models/lib/nn.yaml:90:7
%8664 = add %8662, %8663 : f32[16] @ models/lib/nn.yaml:90:7
%8665 = assign %146, %8664 : f32[16] @ models/lib/nn.yaml:90:7
%8666 = all_reduce_sum %4583 : f32[24,16] @ models/lib/nn.yaml:79:7
%8667 = reshape %8666 : f32[384] @ models/lib/nn.yaml:79:7
%8668 = mul %8667, %8667 : f32[384] @ models/lib/nn.yaml:79:7
%8669 = reduce_sum %8668 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8670 = sqrt %8669 : f32[] @ models/lib/nn.yaml:79:7
%8671 = cast %8670 : f64[] @ models/lib/nn.yaml:79:7
%8672 = add %8671, %5434 : f64[] @ models/lib/nn.yaml:79:7
%8673 = div %5436, %8672 : f64[] @ models/lib/nn.yaml:79:7
%8674 = lt %8673, %5438 : bool[] @ models/lib/nn.yaml:79:7
%8675 = cast %8673 : f32[] @ models/lib/nn.yaml:79:7
%8676 = broadcast %8675 : f32[24,16] @ models/lib/nn.yaml:79:7
%8677 = mul %8666, %8676 : f32[24,16] @ models/lib/nn.yaml:79:7
%8678 = broadcast %8674 : bool[24,16] @ models/lib/nn.yaml:79:7
%8679 = select %8678, %8677, %8666 : f32[24,16] @ models/lib/nn.yaml:79:7
%8680 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%8681 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%8682 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8683 = add %8682, %5448 : i64[] @ models/lib/nn.yaml:79:7
%8684 = broadcast %5452 : f32[24,16] @ models/lib/nn.yaml:79:7
%8685 = mul %69, %8684 : f32[24,16] @ models/lib/nn.yaml:79:7
%8686 = broadcast %3111 : f32[24,16] @ models/lib/nn.yaml:79:7
%8687 = mul %8679, %8686 : f32[24,16] @ models/lib/nn.yaml:79:7
%8688 = broadcast %2138 : f32[24,16] @ models/lib/nn.yaml:79:7
%8689 = mul %8680, %8688 : f32[24,16] @ models/lib/nn.yaml:79:7
%8690 = add %8689, %8687 : f32[24,16] @ models/lib/nn.yaml:79:7
%8691 = mul %8679, %8679 : f32[24,16] @ models/lib/nn.yaml:79:7
%8692 = broadcast %5462 : f32[24,16] @ models/lib/nn.yaml:79:7
%8693 = mul %8691, %8692 : f32[24,16] @ models/lib/nn.yaml:79:7
%8694 = broadcast %5466 : f32[24,16] @ models/lib/nn.yaml:79:7
%8695 = mul %8681, %8694 : f32[24,16] @ models/lib/nn.yaml:79:7
%8696 = add %8695, %8693 : f32[24,16] @ models/lib/nn.yaml:79:7
%8697 = cast %8683 : f64[] @ models/lib/nn.yaml:79:7
%8698 = pow %5457, %8697 : f64[] @ models/lib/nn.yaml:79:7
%8699 = sub %5438, %8698 : f64[] @ models/lib/nn.yaml:79:7
%8700 = div %3378, %8699 : f64[] @ models/lib/nn.yaml:79:7
%8701 = pow %5465, %8697 : f64[] @ models/lib/nn.yaml:79:7
%8702 = sub %5438, %8701 : f64[] @ models/lib/nn.yaml:79:7
%8703 = sqrt %8702 : f64[] @ models/lib/nn.yaml:79:7
%8704 = div %5438, %8703 : f64[] @ models/lib/nn.yaml:79:7
%8705 = sqrt %8696 : f32[24,16] @ models/lib/nn.yaml:79:7
%8706 = cast %8704 : f32[] @ models/lib/nn.yaml:79:7
%8707 = broadcast %8706 : f32[24,16] @ models/lib/nn.yaml:79:7
%8708 = mul %8705, %8707 : f32[24,16] @ models/lib/nn.yaml:79:7
%8709 = broadcast %5482 : f32[24,16] @ models/lib/nn.yaml:79:7
%8710 = add %8708, %8709 : f32[24,16] @ models/lib/nn.yaml:79:7
%8711 = div %8690, %8710 : f32[24,16] @ models/lib/nn.yaml:79:7
%8712 = cast %8700 : f32[] @ models/lib/nn.yaml:79:7
%8713 = broadcast %8712 : f32[24,16] @ models/lib/nn.yaml:79:7
%8714 = mul %8711, %8713 : f32[24,16] @ models/lib/nn.yaml:79:7
%8715 = sub %8685, %8714 : f32[24,16] @ models/lib/nn.yaml:79:7
%8716 = assign %69, %8715 : f32[24,16] @ models/lib/nn.yaml:79:7
%8717 = assign %8680, %8690 : f32[24,16] @ models/lib/nn.yaml:79:7
%8718 = assign %8681, %8696 : f32[24,16] @ models/lib/nn.yaml:79:7
%8719 = assign %8682, %8683 : i64[] @ models/lib/nn.yaml:79:7
%8720 = broadcast %5494 : f32[24,16] @ models/lib/nn.yaml:79:7
%8721 = mul %147, %8720 : f32[24,16] @ models/lib/nn.yaml:79:7
%8722 = broadcast %5498 : f32[24,16] @ models/lib/nn.yaml:79:7
%8723 = mul %8715, %8722 : f32[24,16] @ models/lib/nn.yaml:79:7
%8724 = add %8721, %8723 : f32[24,16] @ models/lib/nn.yaml:79:7
%8725 = assign %147, %8724 : f32[24,16] @ models/lib/nn.yaml:79:7
%8726 = all_reduce_sum %4578 : f32[24] @ models/lib/nn.yaml:80:7
%8727 = mul %8726, %8726 : f32[24] @ models/lib/nn.yaml:80:7
%8728 = reduce_sum %8727 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8729 = sqrt %8728 : f32[] @ models/lib/nn.yaml:80:7
%8730 = cast %8729 : f64[] @ models/lib/nn.yaml:80:7
%8731 = add %8730, %5434 : f64[] @ models/lib/nn.yaml:80:7
%8732 = div %5436, %8731 : f64[] @ models/lib/nn.yaml:80:7
%8733 = lt %8732, %5438 : bool[] @ models/lib/nn.yaml:80:7
%8734 = cast %8732 : f32[] @ models/lib/nn.yaml:80:7
%8735 = broadcast %8734 : f32[24] @ models/lib/nn.yaml:80:7
%8736 = mul %8726, %8735 : f32[24] @ models/lib/nn.yaml:80:7
%8737 = broadcast %8733 : bool[24] @ models/lib/nn.yaml:80:7
%8738 = select %8737, %8736, %8726 : f32[24] @ models/lib/nn.yaml:80:7
%8739 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8740 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8741 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8742 = add %8741, %5448 : i64[] @ models/lib/nn.yaml:80:7
%8743 = broadcast %3111 : f32[24] @ models/lib/nn.yaml:80:7
%8744 = mul %8738, %8743 : f32[24] @ models/lib/nn.yaml:80:7
%8745 = broadcast %2138 : f32[24] @ models/lib/nn.yaml:80:7
%8746 = mul %8739, %8745 : f32[24] @ models/lib/nn.yaml:80:7
%8747 = add %8746, %8744 : f32[24] @ models/lib/nn.yaml:80:7
%8748 = mul %8738, %8738 : f32[24] @ models/lib/nn.yaml:80:7
%8749 = broadcast %5462 : f32[24] @ models/lib/nn.yaml:80:7
%8750 = mul %8748, %8749 : f32[24] @ models/lib/nn.yaml:80:7
%8751 = broadcast %5466 : f32[24] @ models/lib/nn.yaml:80:7
%8752 = mul %8740, %8751 : f32[24] @ models/lib/nn.yaml:80:7
%8753 = add %8752, %8750 : f32[24] @ models/lib/nn.yaml:80:7
%8754 = cast %8742 : f64[] @ models/lib/nn.yaml:80:7
%8755 = pow %5457, %8754 : f64[] @ models/lib/nn.yaml:80:7
%8756 = sub %5438, %8755 : f64[] @ models/lib/nn.yaml:80:7
%8757 = div %3378, %8756 : f64[] @ models/lib/nn.yaml:80:7
%8758 = pow %5465, %8754 : f64[] @ models/lib/nn.yaml:80:7
%8759 = sub %5438, %8758 : f64[] @ models/lib/nn.yaml:80:7
%8760 = sqrt %8759 : f64[] @ models/lib/nn.yaml:80:7
%8761 = div %5438, %8760 : f64[] @ models/lib/nn.yaml:80:7
%8762 = sqrt %8753 : f32[24] @ models/lib/nn.yaml:80:7
%8763 = cast %8761 : f32[] @ models/lib/nn.yaml:80:7
%8764 = broadcast %8763 : f32[24] @ models/lib/nn.yaml:80:7
%8765 = mul %8762, %8764 : f32[24] @ models/lib/nn.yaml:80:7
%8766 = broadcast %5482 : f32[24] @ models/lib/nn.yaml:80:7
%8767 = add %8765, %8766 : f32[24] @ models/lib/nn.yaml:80:7
%8768 = div %8747, %8767 : f32[24] @ models/lib/nn.yaml:80:7
%8769 = cast %8757 : f32[] @ models/lib/nn.yaml:80:7
%8770 = broadcast %8769 : f32[24] @ models/lib/nn.yaml:80:7
%8771 = mul %8768, %8770 : f32[24] @ models/lib/nn.yaml:80:7
%8772 = sub %70, %8771 : f32[24] @ models/lib/nn.yaml:80:7
%8773 = assign %70, %8772 : f32[24] @ models/lib/nn.yaml:80:7
%8774 = assign %8739, %8747 : f32[24] @ models/lib/nn.yaml:80:7
%8775 = assign %8740, %8753 : f32[24] @ models/lib/nn.yaml:80:7
%8776 = assign %8741, %8742 : i64[] @ models/lib/nn.yaml:80:7
%8777 = broadcast %5494 : f32[24] @ models/lib/nn.yaml:80:7
%8778 = mul %148, %8777 : f32[24] @ models/lib/nn.yaml:80:7
%8779 = broadcast %5498 : f32[24] @ models/lib/nn.yaml:80:7
%8780 = mul %8772, %8779 : f32[24] @ models/lib/nn.yaml:80:7
%8781 = add %8778, %8780 : f32[24] @ models/lib/nn.yaml:80:7
%8782 = assign %148, %8781 : f32[24] @ models/lib/nn.yaml:80:7
%8783 = all_reduce_sum %4562 : f32[24,24] @ models/lib/nn.yaml:79:7
%8784 = reshape %8783 : f32[576] @ models/lib/nn.yaml:79:7
%8785 = mul %8784, %8784 : f32[576] @ models/lib/nn.yaml:79:7
%8786 = reduce_sum %8785 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8787 = sqrt %8786 : f32[] @ models/lib/nn.yaml:79:7
%8788 = cast %8787 : f64[] @ models/lib/nn.yaml:79:7
%8789 = add %8788, %5434 : f64[] @ models/lib/nn.yaml:79:7
%8790 = div %5436, %8789 : f64[] @ models/lib/nn.yaml:79:7
%8791 = lt %8790, %5438 : bool[] @ models/lib/nn.yaml:79:7
%8792 = cast %8790 : f32[] @ models/lib/nn.yaml:79:7
%8793 = broadcast %8792 : f32[24,24] @ models/lib/nn.yaml:79:7
%8794 = mul %8783, %8793 : f32[24,24] @ models/lib/nn.yaml:79:7
%8795 = broadcast %8791 : bool[24,24] @ models/lib/nn.yaml:79:7
%8796 = select %8795, %8794, %8783 : f32[24,24] @ models/lib/nn.yaml:79:7
%8797 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%8798 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%8799 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8800 = add %8799, %5448 : i64[] @ models/lib/nn.yaml:79:7
%8801 = broadcast %5452 : f32[24,24] @ models/lib/nn.yaml:79:7
%8802 = mul %71, %8801 : f32[24,24] @ models/lib/nn.yaml:79:7
%8803 = broadcast %3111 : f32[24,24] @ models/lib/nn.yaml:79:7
%8804 = mul %8796, %8803 : f32[24,24] @ models/lib/nn.yaml:79:7
%8805 = broadcast %2138 : f32[24,24] @ models/lib/nn.yaml:79:7
%8806 = mul %8797, %8805 : f32[24,24] @ models/lib/nn.yaml:79:7
%8807 = add %8806, %8804 : f32[24,24] @ models/lib/nn.yaml:79:7
%8808 = mul %8796, %8796 : f32[24,24] @ models/lib/nn.yaml:79:7
%8809 = broadcast %5462 : f32[24,24] @ models/lib/nn.yaml:79:7
%8810 = mul %8808, %8809 : f32[24,24] @ models/lib/nn.yaml:79:7
%8811 = broadcast %5466 : f32[24,24] @ models/lib/nn.yaml:79:7
%8812 = mul %8798, %8811 : f32[24,24] @ models/lib/nn.yaml:79:7
%8813 = add %8812, %8810 : f32[24,24] @ models/lib/nn.yaml:79:7
%8814 = cast %8800 : f64[] @ models/lib/nn.yaml:79:7
%8815 = pow %5457, %8814 : f64[] @ models/lib/nn.yaml:79:7
%8816 = sub %5438, %8815 : f64[] @ models/lib/nn.yaml:79:7
%8817 = div %3378, %8816 : f64[] @ models/lib/nn.yaml:79:7
%8818 = pow %5465, %8814 : f64[] @ models/lib/nn.yaml:79:7
%8819 = sub %5438, %8818 : f64[] @ models/lib/nn.yaml:79:7
%8820 = sqrt %8819 : f64[] @ models/lib/nn.yaml:79:7
%8821 = div %5438, %8820 : f64[] @ models/lib/nn.yaml:79:7
%8822 = sqrt %8813 : f32[24,24] @ models/lib/nn.yaml:79:7
%8823 = cast %8821 : f32[] @ models/lib/nn.yaml:79:7
%8824 = broadcast %8823 : f32[24,24] @ models/lib/nn.yaml:79:7
%8825 = mul %8822, %8824 : f32[24,24] @ models/lib/nn.yaml:79:7
%8826 = broadcast %5482 : f32[24,24] @ models/lib/nn.yaml:79:7
%8827 = add %8825, %8826 : f32[24,24] @ models/lib/nn.yaml:79:7
%8828 = div %8807, %8827 : f32[24,24] @ models/lib/nn.yaml:79:7
%8829 = cast %8817 : f32[] @ models/lib/nn.yaml:79:7
%8830 = broadcast %8829 : f32[24,24] @ models/lib/nn.yaml:79:7
%8831 = mul %8828, %8830 : f32[24,24] @ models/lib/nn.yaml:79:7
%8832 = sub %8802, %8831 : f32[24,24] @ models/lib/nn.yaml:79:7
%8833 = assign %71, %8832 : f32[24,24] @ models/lib/nn.yaml:79:7
%8834 = assign %8797, %8807 : f32[24,24] @ models/lib/nn.yaml:79:7
%8835 = assign %8798, %8813 : f32[24,24] @ models/lib/nn.yaml:79:7
%8836 = assign %8799, %8800 : i64[] @ models/lib/nn.yaml:79:7
%8837 = broadcast %5494 : f32[24,24] @ models/lib/nn.yaml:79:7
%8838 = mul %149, %8837 : f32[24,24] @ models/lib/nn.yaml:79:7
%8839 = broadcast %5498 : f32[24,24] @ models/lib/nn.yaml:79:7
%8840 = mul %8832, %8839 : f32[24,24] @ models/lib/nn.yaml:79:7
%8841 = add %8838, %8840 : f32[24,24] @ models/lib/nn.yaml:79:7
%8842 = assign %149, %8841 : f32[24,24] @ models/lib/nn.yaml:79:7
%8843 = all_reduce_sum %4557 : f32[24] @ models/lib/nn.yaml:80:7
%8844 = mul %8843, %8843 : f32[24] @ models/lib/nn.yaml:80:7
%8845 = reduce_sum %8844 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8846 = sqrt %8845 : f32[] @ models/lib/nn.yaml:80:7
%8847 = cast %8846 : f64[] @ models/lib/nn.yaml:80:7
%8848 = add %8847, %5434 : f64[] @ models/lib/nn.yaml:80:7
%8849 = div %5436, %8848 : f64[] @ models/lib/nn.yaml:80:7
%8850 = lt %8849, %5438 : bool[] @ models/lib/nn.yaml:80:7
%8851 = cast %8849 : f32[] @ models/lib/nn.yaml:80:7
%8852 = broadcast %8851 : f32[24] @ models/lib/nn.yaml:80:7
%8853 = mul %8843, %8852 : f32[24] @ models/lib/nn.yaml:80:7
%8854 = broadcast %8850 : bool[24] @ models/lib/nn.yaml:80:7
%8855 = select %8854, %8853, %8843 : f32[24] @ models/lib/nn.yaml:80:7
%8856 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8857 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8858 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8859 = add %8858, %5448 : i64[] @ models/lib/nn.yaml:80:7
%8860 = mul %8855, %8743 : f32[24] @ models/lib/nn.yaml:80:7
%8861 = mul %8856, %8745 : f32[24] @ models/lib/nn.yaml:80:7
%8862 = add %8861, %8860 : f32[24] @ models/lib/nn.yaml:80:7
%8863 = mul %8855, %8855 : f32[24] @ models/lib/nn.yaml:80:7
%8864 = mul %8863, %8749 : f32[24] @ models/lib/nn.yaml:80:7
%8865 = mul %8857, %8751 : f32[24] @ models/lib/nn.yaml:80:7
%8866 = add %8865, %8864 : f32[24] @ models/lib/nn.yaml:80:7
%8867 = cast %8859 : f64[] @ models/lib/nn.yaml:80:7
%8868 = pow %5457, %8867 : f64[] @ models/lib/nn.yaml:80:7
%8869 = sub %5438, %8868 : f64[] @ models/lib/nn.yaml:80:7
%8870 = div %3378, %8869 : f64[] @ models/lib/nn.yaml:80:7
%8871 = pow %5465, %8867 : f64[] @ models/lib/nn.yaml:80:7
%8872 = sub %5438, %8871 : f64[] @ models/lib/nn.yaml:80:7
%8873 = sqrt %8872 : f64[] @ models/lib/nn.yaml:80:7
%8874 = div %5438, %8873 : f64[] @ models/lib/nn.yaml:80:7
%8875 = sqrt %8866 : f32[24] @ models/lib/nn.yaml:80:7
%8876 = cast %8874 : f32[] @ models/lib/nn.yaml:80:7
%8877 = broadcast %8876 : f32[24] @ models/lib/nn.yaml:80:7
%8878 = mul %8875, %8877 : f32[24] @ models/lib/nn.yaml:80:7
%8879 = add %8878, %8766 : f32[24] @ models/lib/nn.yaml:80:7
%8880 = div %8862, %8879 : f32[24] @ models/lib/nn.yaml:80:7
%8881 = cast %8870 : f32[] @ models/lib/nn.yaml:80:7
%8882 = broadcast %8881 : f32[24] @ models/lib/nn.yaml:80:7
%8883 = mul %8880, %8882 : f32[24] @ models/lib/nn.yaml:80:7
%8884 = sub %72, %8883 : f32[24] @ models/lib/nn.yaml:80:7
%8885 = assign %72, %8884 : f32[24] @ models/lib/nn.yaml:80:7
%8886 = assign %8856, %8862 : f32[24] @ models/lib/nn.yaml:80:7
%8887 = assign %8857, %8866 : f32[24] @ models/lib/nn.yaml:80:7
%8888 = assign %8858, %8859 : i64[] @ models/lib/nn.yaml:80:7
%8889 = mul %150, %8777 : f32[24] @ models/lib/nn.yaml:80:7
%8890 = mul %8884, %8779 : f32[24] @ models/lib/nn.yaml:80:7
%8891 = add %8889, %8890 : f32[24] @ models/lib/nn.yaml:80:7
%8892 = assign %150, %8891 : f32[24] @ models/lib/nn.yaml:80:7
%8893 = all_reduce_sum %4541 : f32[8,24] @ models/lib/nn.yaml:79:7
%8894 = reshape %8893 : f32[192] @ models/lib/nn.yaml:79:7
%8895 = mul %8894, %8894 : f32[192] @ models/lib/nn.yaml:79:7
%8896 = reduce_sum %8895 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8897 = sqrt %8896 : f32[] @ models/lib/nn.yaml:79:7
%8898 = cast %8897 : f64[] @ models/lib/nn.yaml:79:7
%8899 = add %8898, %5434 : f64[] @ models/lib/nn.yaml:79:7
%8900 = div %5436, %8899 : f64[] @ models/lib/nn.yaml:79:7
%8901 = lt %8900, %5438 : bool[] @ models/lib/nn.yaml:79:7
%8902 = cast %8900 : f32[] @ models/lib/nn.yaml:79:7
%8903 = broadcast %8902 : f32[8,24] @ models/lib/nn.yaml:79:7
%8904 = mul %8893, %8903 : f32[8,24] @ models/lib/nn.yaml:79:7
%8905 = broadcast %8901 : bool[8,24] @ models/lib/nn.yaml:79:7
%8906 = select %8905, %8904, %8893 : f32[8,24] @ models/lib/nn.yaml:79:7
%8907 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8908 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8909 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8910 = add %8909, %5448 : i64[] @ models/lib/nn.yaml:79:7
%8911 = broadcast %5452 : f32[8,24] @ models/lib/nn.yaml:79:7
%8912 = mul %73, %8911 : f32[8,24] @ models/lib/nn.yaml:79:7
%8913 = broadcast %3111 : f32[8,24] @ models/lib/nn.yaml:79:7
%8914 = mul %8906, %8913 : f32[8,24] @ models/lib/nn.yaml:79:7
%8915 = broadcast %2138 : f32[8,24] @ models/lib/nn.yaml:79:7
%8916 = mul %8907, %8915 : f32[8,24] @ models/lib/nn.yaml:79:7
%8917 = add %8916, %8914 : f32[8,24] @ models/lib/nn.yaml:79:7
%8918 = mul %8906, %8906 : f32[8,24] @ models/lib/nn.yaml:79:7
%8919 = broadcast %5462 : f32[8,24] @ models/lib/nn.yaml:79:7
%8920 = mul %8918, %8919 : f32[8,24] @ models/lib/nn.yaml:79:7
%8921 = broadcast %5466 : f32[8,24] @ models/lib/nn.yaml:79:7
%8922 = mul %8908, %8921 : f32[8,24] @ models/lib/nn.yaml:79:7
%8923 = add %8922, %8920 : f32[8,24] @ models/lib/nn.yaml:79:7
%8924 = cast %8910 : f64[] @ models/lib/nn.yaml:79:7
%8925 = pow %5457, %8924 : f64[] @ models/lib/nn.yaml:79:7
%8926 = sub %5438, %8925 : f64[] @ models/lib/nn.yaml:79:7
%8927 = div %3378, %8926 : f64[] @ models/lib/nn.yaml:79:7
%8928 = pow %5465, %8924 : f64[] @ models/lib/nn.yaml:79:7
%8929 = sub %5438, %8928 : f64[] @ models/lib/nn.yaml:79:7
%8930 = sqrt %8929 : f64[] @ models/lib/nn.yaml:79:7
%8931 = div %5438, %8930 : f64[] @ models/lib/nn.yaml:79:7
%8932 = sqrt %8923 : f32[8,24] @ models/lib/nn.yaml:79:7
%8933 = cast %8931 : f32[] @ models/lib/nn.yaml:79:7
%8934 = broadcast %8933 : f32[8,24] @ models/lib/nn.yaml:79:7
%8935 = mul %8932, %8934 : f32[8,24] @ models/lib/nn.yaml:79:7
%8936 = broadcast %5482 : f32[8,24] @ models/lib/nn.yaml:79:7
%8937 = add %8935, %8936 : f32[8,24] @ models/lib/nn.yaml:79:7
%8938 = div %8917, %8937 : f32[8,24] @ models/lib/nn.yaml:79:7
%8939 = cast %8927 : f32[] @ models/lib/nn.yaml:79:7
%8940 = broadcast %8939 : f32[8,24] @ models/lib/nn.yaml:79:7
%8941 = mul %8938, %8940 : f32[8,24] @ models/lib/nn.yaml:79:7
%8942 = sub %8912, %8941 : f32[8,24] @ models/lib/nn.yaml:79:7
%8943 = assign %73, %8942 : f32[8,24] @ models/lib/nn.yaml:79:7
%8944 = assign %8907, %8917 : f32[8,24] @ models/lib/nn.yaml:79:7
%8945 = assign %8908, %8923 : f32[8,24] @ models/lib/nn.yaml:79:7
%8946 = assign %8909, %8910 : i64[] @ models/lib/nn.yaml:79:7
%8947 = broadcast %5494 : f32[8,24] @ models/lib/nn.yaml:79:7
%8948 = mul %151, %8947 : f32[8,24] @ models/lib/nn.yaml:79:7
%8949 = broadcast %5498 : f32[8,24] @ models/lib/nn.yaml:79:7
%8950 = mul %8942, %8949 : f32[8,24] @ models/lib/nn.yaml:79:7
%8951 = add %8948, %8950 : f32[8,24] @ models/lib/nn.yaml:79:7
%8952 = assign %151, %8951 : f32[8,24] @ models/lib/nn.yaml:79:7
%8953 = all_reduce_sum %4536 : f32[8] @ models/lib/nn.yaml:80:7
%8954 = mul %8953, %8953 : f32[8] @ models/lib/nn.yaml:80:7
%8955 = reduce_sum %8954 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8956 = sqrt %8955 : f32[] @ models/lib/nn.yaml:80:7
%8957 = cast %8956 : f64[] @ models/lib/nn.yaml:80:7
%8958 = add %8957, %5434 : f64[] @ models/lib/nn.yaml:80:7
%8959 = div %5436, %8958 : f64[] @ models/lib/nn.yaml:80:7
%8960 = lt %8959, %5438 : bool[] @ models/lib/nn.yaml:80:7
%8961 = cast %8959 : f32[] @ models/lib/nn.yaml:80:7
%8962 = broadcast %8961 : f32[8] @ models/lib/nn.yaml:80:7
%8963 = mul %8953, %8962 : f32[8] @ models/lib/nn.yaml:80:7
%8964 = broadcast %8960 : bool[8] @ models/lib/nn.yaml:80:7
%8965 = select %8964, %8963, %8953 : f32[8] @ models/lib/nn.yaml:80:7
%8966 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%8967 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%8968 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8969 = add %8968, %5448 : i64[] @ models/lib/nn.yaml:80:7
%8970 = broadcast %3111 : f32[8] @ models/lib/nn.yaml:80:7
%8971 = mul %8965, %8970 : f32[8] @ models/lib/nn.yaml:80:7
%8972 = broadcast %2138 : f32[8] @ models/lib/nn.yaml:80:7
%8973 = mul %8966, %8972 : f32[8] @ models/lib/nn.yaml:80:7
%8974 = add %8973, %8971 : f32[8] @ models/lib/nn.yaml:80:7
%8975 = mul %8965, %8965 : f32[8] @ models/lib/nn.yaml:80:7
%8976 = broadcast %5462 : f32[8] @ models/lib/nn.yaml:80:7
%8977 = mul %8975, %8976 : f32[8] @ models/lib/nn.yaml:80:7
%8978 = broadcast %5466 : f32[8] @ models/lib/nn.yaml:80:7
%8979 = mul %8967, %8978 : f32[8] @ models/lib/nn.yaml:80:7
%8980 = add %8979, %8977 : f32[8] @ models/lib/nn.yaml:80:7
%8981 = cast %8969 : f64[] @ models/lib/nn.yaml:80:7
%8982 = pow %5457, %8981 : f64[] @ models/lib/nn.yaml:80:7
%8983 = sub %5438, %8982 : f64[] @ models/lib/nn.yaml:80:7
%8984 = div %3378, %8983 : f64[] @ models/lib/nn.yaml:80:7
%8985 = pow %5465, %8981 : f64[] @ models/lib/nn.yaml:80:7
%8986 = sub %5438, %8985 : f64[] @ models/lib/nn.yaml:80:7
%8987 = sqrt %8986 : f64[] @ models/lib/nn.yaml:80:7
%8988 = div %5438, %8987 : f64[] @ models/lib/nn.yaml:80:7
%8989 = sqrt %8980 : f32[8] @ models/lib/nn.yaml:80:7
%8990 = cast %8988 : f32[] @ models/lib/nn.yaml:80:7
%8991 = broadcast %8990 : f32[8] @ models/lib/nn.yaml:80:7
%8992 = mul %8989, %8991 : f32[8] @ models/lib/nn.yaml:80:7
%8993 = broadcast %5482 : f32[8] @ models/lib/nn.yaml:80:7
%8994 = add %8992, %8993 : f32[8] @ models/lib/nn.yaml:80:7
%8995 = div %8974, %8994 : f32[8] @ models/lib/nn.yaml:80:7
%8996 = cast %8984 : f32[] @ models/lib/nn.yaml:80:7
%8997 = broadcast %8996 : f32[8] @ models/lib/nn.yaml:80:7
%8998 = mul %8995, %8997 : f32[8] @ models/lib/nn.yaml:80:7
%8999 = sub %74, %8998 : f32[8] @ models/lib/nn.yaml:80:7
%9000 = assign %74, %8999 : f32[8] @ models/lib/nn.yaml:80:7
%9001 = assign %8966, %8974 : f32[8] @ models/lib/nn.yaml:80:7
%9002 = assign %8967, %8980 : f32[8] @ models/lib/nn.yaml:80:7
%9003 = assign %8968, %8969 : i64[] @ models/lib/nn.yaml:80:7
%9004 = broadcast %5494 : f32[8] @ models/lib/nn.yaml:80:7
%9005 = mul %152, %9004 : f32[8] @ models/lib/nn.yaml:80:7
%9006 = broadcast %5498 : f32[8] @ models/lib/nn.yaml:80:7
%9007 = mul %8999, %9006 : f32[8] @ models/lib/nn.yaml:80:7
%9008 = add %9005, %9007 : f32[8] @ models/lib/nn.yaml:80:7
%9009 = assign %152, %9008 : f32[8] @ models/lib/nn.yaml:80:7
%9010 = broadcast %5494 : f32[32,1] @ models/lib/dino.yaml:18:7
%9011 = mul %153, %9010 : f32[32,1] @ models/lib/dino.yaml:18:7
%9012 = broadcast %5498 : f32[32,1] @ models/lib/dino.yaml:18:7
%9013 = mul %75, %9012 : f32[32,1] @ models/lib/dino.yaml:18:7
%9014 = add %9011, %9013 : f32[32,1] @ models/lib/dino.yaml:18:7
%9015 = assign %153, %9014 : f32[32,1] @ models/lib/dino.yaml:18:7
%9016 = all_reduce_sum %4515 : f32[32,8] @ models/lib/dino.yaml:19:7
%9017 = reshape %9016 : f32[256] @ models/lib/dino.yaml:19:7
%9018 = mul %9017, %9017 : f32[256] @ models/lib/dino.yaml:19:7
%9019 = reduce_sum %9018 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%9020 = sqrt %9019 : f32[] @ models/lib/dino.yaml:19:7
%9021 = cast %9020 : f64[] @ models/lib/dino.yaml:19:7
%9022 = add %9021, %5434 : f64[] @ models/lib/dino.yaml:19:7
%9023 = div %5436, %9022 : f64[] @ models/lib/dino.yaml:19:7
%9024 = lt %9023, %5438 : bool[] @ models/lib/dino.yaml:19:7
%9025 = cast %9023 : f32[] @ models/lib/dino.yaml:19:7
%9026 = broadcast %9025 : f32[32,8] @ models/lib/dino.yaml:19:7
%9027 = mul %9016, %9026 : f32[32,8] @ models/lib/dino.yaml:19:7
%9028 = broadcast %9024 : bool[32,8] @ models/lib/dino.yaml:19:7
%9029 = select %9028, %9027, %9016 : f32[32,8] @ models/lib/dino.yaml:19:7
%9030 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%9031 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%9032 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%9033 = add %9032, %5448 : i64[] @ models/lib/dino.yaml:19:7
%9034 = broadcast %5452 : f32[32,8] @ models/lib/dino.yaml:19:7
%9035 = mul %76, %9034 : f32[32,8] @ models/lib/dino.yaml:19:7
%9036 = broadcast %3111 : f32[32,8] @ models/lib/dino.yaml:19:7
%9037 = mul %9029, %9036 : f32[32,8] @ models/lib/dino.yaml:19:7
%9038 = broadcast %2138 : f32[32,8] @ models/lib/dino.yaml:19:7
%9039 = mul %9030, %9038 : f32[32,8] @ models/lib/dino.yaml:19:7
%9040 = add %9039, %9037 : f32[32,8] @ models/lib/dino.yaml:19:7
%9041 = mul %9029, %9029 : f32[32,8] @ models/lib/dino.yaml:19:7
%9042 = broadcast %5462 : f32[32,8] @ models/lib/dino.yaml:19:7
%9043 = mul %9041, %9042 : f32[32,8] @ models/lib/dino.yaml:19:7
%9044 = broadcast %5466 : f32[32,8] @ models/lib/dino.yaml:19:7
%9045 = mul %9031, %9044 : f32[32,8] @ models/lib/dino.yaml:19:7
%9046 = add %9045, %9043 : f32[32,8] @ models/lib/dino.yaml:19:7
%9047 = cast %9033 : f64[] @ models/lib/dino.yaml:19:7
%9048 = pow %5457, %9047 : f64[] @ models/lib/dino.yaml:19:7
%9049 = sub %5438, %9048 : f64[] @ models/lib/dino.yaml:19:7
%9050 = div %3378, %9049 : f64[] @ models/lib/dino.yaml:19:7
%9051 = pow %5465, %9047 : f64[] @ models/lib/dino.yaml:19:7
%9052 = sub %5438, %9051 : f64[] @ models/lib/dino.yaml:19:7
%9053 = sqrt %9052 : f64[] @ models/lib/dino.yaml:19:7
%9054 = div %5438, %9053 : f64[] @ models/lib/dino.yaml:19:7
%9055 = sqrt %9046 : f32[32,8] @ models/lib/dino.yaml:19:7
%9056 = cast %9054 : f32[] @ models/lib/dino.yaml:19:7
%9057 = broadcast %9056 : f32[32,8] @ models/lib/dino.yaml:19:7
%9058 = mul %9055, %9057 : f32[32,8] @ models/lib/dino.yaml:19:7
%9059 = broadcast %5482 : f32[32,8] @ models/lib/dino.yaml:19:7
%9060 = add %9058, %9059 : f32[32,8] @ models/lib/dino.yaml:19:7
%9061 = div %9040, %9060 : f32[32,8] @ models/lib/dino.yaml:19:7
%9062 = cast %9050 : f32[] @ models/lib/dino.yaml:19:7
%9063 = broadcast %9062 : f32[32,8] @ models/lib/dino.yaml:19:7
%9064 = mul %9061, %9063 : f32[32,8] @ models/lib/dino.yaml:19:7
%9065 = sub %9035, %9064 : f32[32,8] @ models/lib/dino.yaml:19:7
%9066 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%9067 = lt %9066, %5448 : bool[] @ models/lib/dino.yaml:19:7
%9068 = broadcast %9067 : bool[32,8] @ models/lib/dino.yaml:19:7
%9069 = select %9068, %76, %9065 : f32[32,8] @ models/lib/dino.yaml:19:7
%9070 = select %9068, %9030, %9040 : f32[32,8] @ models/lib/dino.yaml:19:7
%9071 = select %9068, %9031, %9046 : f32[32,8] @ models/lib/dino.yaml:19:7
%9072 = select %9067, %9032, %9033 : i64[] @ models/lib/dino.yaml:19:7
%9073 = assign %76, %9069 : f32[32,8] @ models/lib/dino.yaml:19:7
%9074 = assign %9030, %9070 : f32[32,8] @ models/lib/dino.yaml:19:7
%9075 = assign %9031, %9071 : f32[32,8] @ models/lib/dino.yaml:19:7
%9076 = assign %9032, %9072 : i64[] @ models/lib/dino.yaml:19:7
%9077 = broadcast %5494 : f32[32,8] @ models/lib/dino.yaml:19:7
%9078 = mul %154, %9077 : f32[32,8] @ models/lib/dino.yaml:19:7
%9079 = broadcast %5498 : f32[32,8] @ models/lib/dino.yaml:19:7
%9080 = mul %9069, %9079 : f32[32,8] @ models/lib/dino.yaml:19:7
%9081 = add %9078, %9080 : f32[32,8] @ models/lib/dino.yaml:19:7
%9082 = assign %154, %9081 : f32[32,8] @ models/lib/dino.yaml:19:7
%9083 = all_reduce_sum %4499 : f32[24,16] @ models/lib/nn.yaml:79:7
%9084 = reshape %9083 : f32[384] @ models/lib/nn.yaml:79:7
%9085 = mul %9084, %9084 : f32[384] @ models/lib/nn.yaml:79:7
%9086 = reduce_sum %9085 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9087 = sqrt %9086 : f32[] @ models/lib/nn.yaml:79:7
%9088 = cast %9087 : f64[] @ models/lib/nn.yaml:79:7
%9089 = add %9088, %5434 : f64[] @ models/lib/nn.yaml:79:7
%9090 = div %5436, %9089 : f64[] @ models/lib/nn.yaml:79:7
%9091 = lt %9090, %5438 : bool[] @ models/lib/nn.yaml:79:7
%9092 = cast %9090 : f32[] @ models/lib/nn.yaml:79:7
%9093 = broadcast %9092 : f32[24,16] @ models/lib/nn.yaml:79:7
%9094 = mul %9083, %9093 : f32[24,16] @ models/lib/nn.yaml:79:7
%9095 = broadcast %9091 : bool[24,16] @ models/lib/nn.yaml:79:7
%9096 = select %9095, %9094, %9083 : f32[24,16] @ models/lib/nn.yaml:79:7
%9097 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9098 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9099 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9100 = add %9099, %5448 : i64[] @ models/lib/nn.yaml:79:7
%9101 = mul %77, %8684 : f32[24,16] @ models/lib/nn.yaml:79:7
%9102 = mul %9096, %8686 : f32[24,16] @ models/lib/nn.yaml:79:7
%9103 = mul %9097, %8688 : f32[24,16] @ models/lib/nn.yaml:79:7
%9104 = add %9103, %9102 : f32[24,16] @ models/lib/nn.yaml:79:7
%9105 = mul %9096, %9096 : f32[24,16] @ models/lib/nn.yaml:79:7
%9106 = mul %9105, %8692 : f32[24,16] @ models/lib/nn.yaml:79:7
%9107 = mul %9098, %8694 : f32[24,16] @ models/lib/nn.yaml:79:7
%9108 = add %9107, %9106 : f32[24,16] @ models/lib/nn.yaml:79:7
%9109 = cast %9100 : f64[] @ models/lib/nn.yaml:79:7
%9110 = pow %5457, %9109 : f64[] @ models/lib/nn.yaml:79:7
%9111 = sub %5438, %9110 : f64[] @ models/lib/nn.yaml:79:7
%9112 = div %3378, %9111 : f64[] @ models/lib/nn.yaml:79:7
%9113 = pow %5465, %9109 : f64[] @ models/lib/nn.yaml:79:7
%9114 = sub %5438, %9113 : f64[] @ models/lib/nn.yaml:79:7
%9115 = sqrt %9114 : f64[] @ models/lib/nn.yaml:79:7
%9116 = div %5438, %9115 : f64[] @ models/lib/nn.yaml:79:7
%9117 = sqrt %9108 : f32[24,16] @ models/lib/nn.yaml:79:7
%9118 = cast %9116 : f32[] @ models/lib/nn.yaml:79:7
%9119 = broadcast %9118 : f32[24,16] @ models/lib/nn.yaml:79:7
%9120 = mul %9117, %9119 : f32[24,16] @ models/lib/nn.yaml:79:7
%9121 = add %9120, %8709 : f32[24,16] @ models/lib/nn.yaml:79:7
%9122 = div %9104, %9121 : f32[24,16] @ models/lib/nn.yaml:79:7
%9123 = cast %9112 : f32[] @ models/lib/nn.yaml:79:7
%9124 = broadcast %9123 : f32[24,16] @ models/lib/nn.yaml:79:7
%9125 = mul %9122, %9124 : f32[24,16] @ models/lib/nn.yaml:79:7
%9126 = sub %9101, %9125 : f32[24,16] @ models/lib/nn.yaml:79:7
%9127 = assign %77, %9126 : f32[24,16] @ models/lib/nn.yaml:79:7
%9128 = assign %9097, %9104 : f32[24,16] @ models/lib/nn.yaml:79:7
%9129 = assign %9098, %9108 : f32[24,16] @ models/lib/nn.yaml:79:7
%9130 = assign %9099, %9100 : i64[] @ models/lib/nn.yaml:79:7
%9131 = mul %155, %8720 : f32[24,16] @ models/lib/nn.yaml:79:7
%9132 = mul %9126, %8722 : f32[24,16] @ models/lib/nn.yaml:79:7
%9133 = add %9131, %9132 : f32[24,16] @ models/lib/nn.yaml:79:7
%9134 = assign %155, %9133 : f32[24,16] @ models/lib/nn.yaml:79:7
%9135 = all_reduce_sum %4494 : f32[24] @ models/lib/nn.yaml:80:7
%9136 = mul %9135, %9135 : f32[24] @ models/lib/nn.yaml:80:7
%9137 = reduce_sum %9136 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9138 = sqrt %9137 : f32[] @ models/lib/nn.yaml:80:7
%9139 = cast %9138 : f64[] @ models/lib/nn.yaml:80:7
%9140 = add %9139, %5434 : f64[] @ models/lib/nn.yaml:80:7
%9141 = div %5436, %9140 : f64[] @ models/lib/nn.yaml:80:7
%9142 = lt %9141, %5438 : bool[] @ models/lib/nn.yaml:80:7
%9143 = cast %9141 : f32[] @ models/lib/nn.yaml:80:7
%9144 = broadcast %9143 : f32[24] @ models/lib/nn.yaml:80:7
%9145 = mul %9135, %9144 : f32[24] @ models/lib/nn.yaml:80:7
%9146 = broadcast %9142 : bool[24] @ models/lib/nn.yaml:80:7
%9147 = select %9146, %9145, %9135 : f32[24] @ models/lib/nn.yaml:80:7
%9148 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9149 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9150 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9151 = add %9150, %5448 : i64[] @ models/lib/nn.yaml:80:7
%9152 = mul %9147, %8743 : f32[24] @ models/lib/nn.yaml:80:7
%9153 = mul %9148, %8745 : f32[24] @ models/lib/nn.yaml:80:7
%9154 = add %9153, %9152 : f32[24] @ models/lib/nn.yaml:80:7
%9155 = mul %9147, %9147 : f32[24] @ models/lib/nn.yaml:80:7
%9156 = mul %9155, %8749 : f32[24] @ models/lib/nn.yaml:80:7
%9157 = mul %9149, %8751 : f32[24] @ models/lib/nn.yaml:80:7
%9158 = add %9157, %9156 : f32[24] @ models/lib/nn.yaml:80:7
%9159 = cast %9151 : f64[] @ models/lib/nn.yaml:80:7
%9160 = pow %5457, %9159 : f64[] @ models/lib/nn.yaml:80:7
%9161 = sub %5438, %9160 : f64[] @ models/lib/nn.yaml:80:7
%9162 = div %3378, %9161 : f64[] @ models/lib/nn.yaml:80:7
%9163 = pow %5465, %9159 : f64[] @ models/lib/nn.yaml:80:7
%9164 = sub %5438, %9163 : f64[] @ models/lib/nn.yaml:80:7
%9165 = sqrt %9164 : f64[] @ models/lib/nn.yaml:80:7
%9166 = div %5438, %9165 : f64[] @ models/lib/nn.yaml:80:7
%9167 = sqrt %9158 : f32[24] @ models/lib/nn.yaml:80:7
%9168 = cast %9166 : f32[] @ models/lib/nn.yaml:80:7
%9169 = broadcast %9168 : f32[24] @ models/lib/nn.yaml:80:7
%9170 = mul %9167, %9169 : f32[24] @ models/lib/nn.yaml:80:7
%9171 = add %9170, %8766 : f32[24] @ models/lib/nn.yaml:80:7
%9172 = div %9154, %9171 : f32[24] @ models/lib/nn.yaml:80:7
%9173 = cast %9162 : f32[] @ models/lib/nn.yaml:80:7
%9174 = broadcast %9173 : f32[24] @ models/lib/nn.yaml:80:7
%9175 = mul %9172, %9174 : f32[24] @ models/lib/nn.yaml:80:7
%9176 = sub %78, %9175 : f32[24] @ models/lib/nn.yaml:80:7
%9177 = assign %78, %9176 : f32[24] @ models/lib/nn.yaml:80:7
%9178 = assign %9148, %9154 : f32[24] @ models/lib/nn.yaml:80:7
%9179 = assign %9149, %9158 : f32[24] @ models/lib/nn.yaml:80:7
%9180 = assign %9150, %9151 : i64[] @ models/lib/nn.yaml:80:7
%9181 = mul %156, %8777 : f32[24] @ models/lib/nn.yaml:80:7
%9182 = mul %9176, %8779 : f32[24] @ models/lib/nn.yaml:80:7
%9183 = add %9181, %9182 : f32[24] @ models/lib/nn.yaml:80:7
%9184 = assign %156, %9183 : f32[24] @ models/lib/nn.yaml:80:7
%9185 = all_reduce_sum %4476 : f32[24,24] @ models/lib/nn.yaml:79:7
%9186 = reshape %9185 : f32[576] @ models/lib/nn.yaml:79:7
%9187 = mul %9186, %9186 : f32[576] @ models/lib/nn.yaml:79:7
%9188 = reduce_sum %9187 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9189 = sqrt %9188 : f32[] @ models/lib/nn.yaml:79:7
%9190 = cast %9189 : f64[] @ models/lib/nn.yaml:79:7
%9191 = add %9190, %5434 : f64[] @ models/lib/nn.yaml:79:7
%9192 = div %5436, %9191 : f64[] @ models/lib/nn.yaml:79:7
%9193 = lt %9192, %5438 : bool[] @ models/lib/nn.yaml:79:7
%9194 = cast %9192 : f32[] @ models/lib/nn.yaml:79:7
%9195 = broadcast %9194 : f32[24,24] @ models/lib/nn.yaml:79:7
%9196 = mul %9185, %9195 : f32[24,24] @ models/lib/nn.yaml:79:7
%9197 = broadcast %9193 : bool[24,24] @ models/lib/nn.yaml:79:7
%9198 = select %9197, %9196, %9185 : f32[24,24] @ models/lib/nn.yaml:79:7
%9199 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9200 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9201 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9202 = add %9201, %5448 : i64[] @ models/lib/nn.yaml:79:7
%9203 = mul %79, %8801 : f32[24,24] @ models/lib/nn.yaml:79:7
%9204 = mul %9198, %8803 : f32[24,24] @ models/lib/nn.yaml:79:7
%9205 = mul %9199, %8805 : f32[24,24] @ models/lib/nn.yaml:79:7
%9206 = add %9205, %9204 : f32[24,24] @ models/lib/nn.yaml:79:7
%9207 = mul %9198, %9198 : f32[24,24] @ models/lib/nn.yaml:79:7
%9208 = mul %9207, %8809 : f32[24,24] @ models/lib/nn.yaml:79:7
%9209 = mul %9200, %8811 : f32[24,24] @ models/lib/nn.yaml:79:7
%9210 = add %9209, %9208 : f32[24,24] @ models/lib/nn.yaml:79:7
%9211 = cast %9202 : f64[] @ models/lib/nn.yaml:79:7
%9212 = pow %5457, %9211 : f64[] @ models/lib/nn.yaml:79:7
%9213 = sub %5438, %9212 : f64[] @ models/lib/nn.yaml:79:7
%9214 = div %3378, %9213 : f64[] @ models/lib/nn.yaml:79:7
%9215 = pow %5465, %9211 : f64[] @ models/lib/nn.yaml:79:7
%9216 = sub %5438, %9215 : f64[] @ models/lib/nn.yaml:79:7
%9217 = sqrt %9216 : f64[] @ models/lib/nn.yaml:79:7
%9218 = div %5438, %9217 : f64[] @ models/lib/nn.yaml:79:7
%9219 = sqrt %9210 : f32[24,24] @ models/lib/nn.yaml:79:7
%9220 = cast %9218 : f32[] @ models/lib/nn.yaml:79:7
%9221 = broadcast %9220 : f32[24,24] @ models/lib/nn.yaml:79:7
%9222 = mul %9219, %9221 : f32[24,24] @ models/lib/nn.yaml:79:7
%9223 = add %9222, %8826 : f32[24,24] @ models/lib/nn.yaml:79:7
%9224 = div %9206, %9223 : f32[24,24] @ models/lib/nn.yaml:79:7
%9225 = cast %9214 : f32[] @ models/lib/nn.yaml:79:7
%9226 = broadcast %9225 : f32[24,24] @ models/lib/nn.yaml:79:7
%9227 = mul %9224, %9226 : f32[24,24] @ models/lib/nn.yaml:79:7
%9228 = sub %9203, %9227 : f32[24,24] @ models/lib/nn.yaml:79:7
%9229 = assign %79, %9228 : f32[24,24] @ models/lib/nn.yaml:79:7
%9230 = assign %9199, %9206 : f32[24,24] @ models/lib/nn.yaml:79:7
%9231 = assign %9200, %9210 : f32[24,24] @ models/lib/nn.yaml:79:7
%9232 = assign %9201, %9202 : i64[] @ models/lib/nn.yaml:79:7
%9233 = mul %157, %8837 : f32[24,24] @ models/lib/nn.yaml:79:7
%9234 = mul %9228, %8839 : f32[24,24] @ models/lib/nn.yaml:79:7
%9235 = add %9233, %9234 : f32[24,24] @ models/lib/nn.yaml:79:7
%9236 = assign %157, %9235 : f32[24,24] @ models/lib/nn.yaml:79:7
%9237 = all_reduce_sum %4471 : f32[24] @ models/lib/nn.yaml:80:7
%9238 = mul %9237, %9237 : f32[24] @ models/lib/nn.yaml:80:7
%9239 = reduce_sum %9238 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9240 = sqrt %9239 : f32[] @ models/lib/nn.yaml:80:7
%9241 = cast %9240 : f64[] @ models/lib/nn.yaml:80:7
%9242 = add %9241, %5434 : f64[] @ models/lib/nn.yaml:80:7
%9243 = div %5436, %9242 : f64[] @ models/lib/nn.yaml:80:7
%9244 = lt %9243, %5438 : bool[] @ models/lib/nn.yaml:80:7
%9245 = cast %9243 : f32[] @ models/lib/nn.yaml:80:7
%9246 = broadcast %9245 : f32[24] @ models/lib/nn.yaml:80:7
%9247 = mul %9237, %9246 : f32[24] @ models/lib/nn.yaml:80:7
%9248 = broadcast %9244 : bool[24] @ models/lib/nn.yaml:80:7
%9249 = select %9248, %9247, %9237 : f32[24] @ models/lib/nn.yaml:80:7
%9250 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9251 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9252 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9253 = add %9252, %5448 : i64[] @ models/lib/nn.yaml:80:7
%9254 = mul %9249, %8743 : f32[24] @ models/lib/nn.yaml:80:7
%9255 = mul %9250, %8745 : f32[24] @ models/lib/nn.yaml:80:7
%9256 = add %9255, %9254 : f32[24] @ models/lib/nn.yaml:80:7
%9257 = mul %9249, %9249 : f32[24] @ models/lib/nn.yaml:80:7
%9258 = mul %9257, %8749 : f32[24] @ models/lib/nn.yaml:80:7
%9259 = mul %9251, %8751 : f32[24] @ models/lib/nn.yaml:80:7
%9260 = add %9259, %9258 : f32[24] @ models/lib/nn.yaml:80:7
%9261 = cast %9253 : f64[] @ models/lib/nn.yaml:80:7
%9262 = pow %5457, %9261 : f64[] @ models/lib/nn.yaml:80:7
%9263 = sub %5438, %9262 : f64[] @ models/lib/nn.yaml:80:7
%9264 = div %3378, %9263 : f64[] @ models/lib/nn.yaml:80:7
%9265 = pow %5465, %9261 : f64[] @ models/lib/nn.yaml:80:7
%9266 = sub %5438, %9265 : f64[] @ models/lib/nn.yaml:80:7
%9267 = sqrt %9266 : f64[] @ models/lib/nn.yaml:80:7
%9268 = div %5438, %9267 : f64[] @ models/lib/nn.yaml:80:7
%9269 = sqrt %9260 : f32[24] @ models/lib/nn.yaml:80:7
%9270 = cast %9268 : f32[] @ models/lib/nn.yaml:80:7
%9271 = broadcast %9270 : f32[24] @ models/lib/nn.yaml:80:7
%9272 = mul %9269, %9271 : f32[24] @ models/lib/nn.yaml:80:7
%9273 = add %9272, %8766 : f32[24] @ models/lib/nn.yaml:80:7
%9274 = div %9256, %9273 : f32[24] @ models/lib/nn.yaml:80:7
%9275 = cast %9264 : f32[] @ models/lib/nn.yaml:80:7
%9276 = broadcast %9275 : f32[24] @ models/lib/nn.yaml:80:7
%9277 = mul %9274, %9276 : f32[24] @ models/lib/nn.yaml:80:7
%9278 = sub %80, %9277 : f32[24] @ models/lib/nn.yaml:80:7
%9279 = assign %80, %9278 : f32[24] @ models/lib/nn.yaml:80:7
%9280 = assign %9250, %9256 : f32[24] @ models/lib/nn.yaml:80:7
%9281 = assign %9251, %9260 : f32[24] @ models/lib/nn.yaml:80:7
%9282 = assign %9252, %9253 : i64[] @ models/lib/nn.yaml:80:7
%9283 = mul %158, %8777 : f32[24] @ models/lib/nn.yaml:80:7
%9284 = mul %9278, %8779 : f32[24] @ models/lib/nn.yaml:80:7
%9285 = add %9283, %9284 : f32[24] @ models/lib/nn.yaml:80:7
%9286 = assign %158, %9285 : f32[24] @ models/lib/nn.yaml:80:7
%9287 = all_reduce_sum %4452 : f32[8,24] @ models/lib/nn.yaml:79:7
%9288 = reshape %9287 : f32[192] @ models/lib/nn.yaml:79:7
%9289 = mul %9288, %9288 : f32[192] @ models/lib/nn.yaml:79:7
%9290 = reduce_sum %9289 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9291 = sqrt %9290 : f32[] @ models/lib/nn.yaml:79:7
%9292 = cast %9291 : f64[] @ models/lib/nn.yaml:79:7
%9293 = add %9292, %5434 : f64[] @ models/lib/nn.yaml:79:7
%9294 = div %5436, %9293 : f64[] @ models/lib/nn.yaml:79:7
%9295 = lt %9294, %5438 : bool[] @ models/lib/nn.yaml:79:7
%9296 = cast %9294 : f32[] @ models/lib/nn.yaml:79:7
%9297 = broadcast %9296 : f32[8,24] @ models/lib/nn.yaml:79:7
%9298 = mul %9287, %9297 : f32[8,24] @ models/lib/nn.yaml:79:7
%9299 = broadcast %9295 : bool[8,24] @ models/lib/nn.yaml:79:7
%9300 = select %9299, %9298, %9287 : f32[8,24] @ models/lib/nn.yaml:79:7
%9301 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%9302 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%9303 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9304 = add %9303, %5448 : i64[] @ models/lib/nn.yaml:79:7
%9305 = mul %81, %8911 : f32[8,24] @ models/lib/nn.yaml:79:7
%9306 = mul %9300, %8913 : f32[8,24] @ models/lib/nn.yaml:79:7
%9307 = mul %9301, %8915 : f32[8,24] @ models/lib/nn.yaml:79:7
%9308 = add %9307, %9306 : f32[8,24] @ models/lib/nn.yaml:79:7
%9309 = mul %9300, %9300 : f32[8,24] @ models/lib/nn.yaml:79:7
%9310 = mul %9309, %8919 : f32[8,24] @ models/lib/nn.yaml:79:7
%9311 = mul %9302, %8921 : f32[8,24] @ models/lib/nn.yaml:79:7
%9312 = add %9311, %9310 : f32[8,24] @ models/lib/nn.yaml:79:7
%9313 = cast %9304 : f64[] @ models/lib/nn.yaml:79:7
%9314 = pow %5457, %9313 : f64[] @ models/lib/nn.yaml:79:7
%9315 = sub %5438, %9314 : f64[] @ models/lib/nn.yaml:79:7
%9316 = div %3378, %9315 : f64[] @ models/lib/nn.yaml:79:7
%9317 = pow %5465, %9313 : f64[] @ models/lib/nn.yaml:79:7
%9318 = sub %5438, %9317 : f64[] @ models/lib/nn.yaml:79:7
%9319 = sqrt %9318 : f64[] @ models/lib/nn.yaml:79:7
%9320 = div %5438, %9319 : f64[] @ models/lib/nn.yaml:79:7
%9321 = sqrt %9312 : f32[8,24] @ models/lib/nn.yaml:79:7
%9322 = cast %9320 : f32[] @ models/lib/nn.yaml:79:7
%9323 = broadcast %9322 : f32[8,24] @ models/lib/nn.yaml:79:7
%9324 = mul %9321, %9323 : f32[8,24] @ models/lib/nn.yaml:79:7
%9325 = add %9324, %8936 : f32[8,24] @ models/lib/nn.yaml:79:7
%9326 = div %9308, %9325 : f32[8,24] @ models/lib/nn.yaml:79:7
%9327 = cast %9316 : f32[] @ models/lib/nn.yaml:79:7
%9328 = broadcast %9327 : f32[8,24] @ models/lib/nn.yaml:79:7
%9329 = mul %9326, %9328 : f32[8,24] @ models/lib/nn.yaml:79:7
%9330 = sub %9305, %9329 : f32[8,24] @ models/lib/nn.yaml:79:7
%9331 = assign %81, %9330 : f32[8,24] @ models/lib/nn.yaml:79:7
%9332 = assign %9301, %9308 : f32[8,24] @ models/lib/nn.yaml:79:7
%9333 = assign %9302, %9312 : f32[8,24] @ models/lib/nn.yaml:79:7
%9334 = assign %9303, %9304 : i64[] @ models/lib/nn.yaml:79:7
%9335 = mul %159, %8947 : f32[8,24] @ models/lib/nn.yaml:79:7
%9336 = mul %9330, %8949 : f32[8,24] @ models/lib/nn.yaml:79:7
%9337 = add %9335, %9336 : f32[8,24] @ models/lib/nn.yaml:79:7
%9338 = assign %159, %9337 : f32[8,24] @ models/lib/nn.yaml:79:7
%9339 = all_reduce_sum %4447 : f32[8] @ models/lib/nn.yaml:80:7
%9340 = mul %9339, %9339 : f32[8] @ models/lib/nn.yaml:80:7
%9341 = reduce_sum %9340 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9342 = sqrt %9341 : f32[] @ models/lib/nn.yaml:80:7
%9343 = cast %9342 : f64[] @ models/lib/nn.yaml:80:7
%9344 = add %9343, %5434 : f64[] @ models/lib/nn.yaml:80:7
%9345 = div %5436, %9344 : f64[] @ models/lib/nn.yaml:80:7
%9346 = lt %9345, %5438 : bool[] @ models/lib/nn.yaml:80:7
%9347 = cast %9345 : f32[] @ models/lib/nn.yaml:80:7
%9348 = broadcast %9347 : f32[8] @ models/lib/nn.yaml:80:7
%9349 = mul %9339, %9348 : f32[8] @ models/lib/nn.yaml:80:7
%9350 = broadcast %9346 : bool[8] @ models/lib/nn.yaml:80:7
%9351 = select %9350, %9349, %9339 : f32[8] @ models/lib/nn.yaml:80:7
%9352 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9353 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9354 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9355 = add %9354, %5448 : i64[] @ models/lib/nn.yaml:80:7
%9356 = mul %9351, %8970 : f32[8] @ models/lib/nn.yaml:80:7
%9357 = mul %9352, %8972 : f32[8] @ models/lib/nn.yaml:80:7
%9358 = add %9357, %9356 : f32[8] @ models/lib/nn.yaml:80:7
%9359 = mul %9351, %9351 : f32[8] @ models/lib/nn.yaml:80:7
%9360 = mul %9359, %8976 : f32[8] @ models/lib/nn.yaml:80:7
%9361 = mul %9353, %8978 : f32[8] @ models/lib/nn.yaml:80:7
%9362 = add %9361, %9360 : f32[8] @ models/lib/nn.yaml:80:7
%9363 = cast %9355 : f64[] @ models/lib/nn.yaml:80:7
%9364 = pow %5457, %9363 : f64[] @ models/lib/nn.yaml:80:7
%9365 = sub %5438, %9364 : f64[] @ models/lib/nn.yaml:80:7
%9366 = div %3378, %9365 : f64[] @ models/lib/nn.yaml:80:7
%9367 = pow %5465, %9363 : f64[] @ models/lib/nn.yaml:80:7
%9368 = sub %5438, %9367 : f64[] @ models/lib/nn.yaml:80:7
%9369 = sqrt %9368 : f64[] @ models/lib/nn.yaml:80:7
%9370 = div %5438, %9369 : f64[] @ models/lib/nn.yaml:80:7
%9371 = sqrt %9362 : f32[8] @ models/lib/nn.yaml:80:7
%9372 = cast %9370 : f32[] @ models/lib/nn.yaml:80:7
%9373 = broadcast %9372 : f32[8] @ models/lib/nn.yaml:80:7
%9374 = mul %9371, %9373 : f32[8] @ models/lib/nn.yaml:80:7
%9375 = add %9374, %8993 : f32[8] @ models/lib/nn.yaml:80:7
%9376 = div %9358, %9375 : f32[8] @ models/lib/nn.yaml:80:7
%9377 = cast %9366 : f32[] @ models/lib/nn.yaml:80:7
%9378 = broadcast %9377 : f32[8] @ models/lib/nn.yaml:80:7
%9379 = mul %9376, %9378 : f32[8] @ models/lib/nn.yaml:80:7
%9380 = sub %82, %9379 : f32[8] @ models/lib/nn.yaml:80:7
%9381 = assign %82, %9380 : f32[8] @ models/lib/nn.yaml:80:7
%9382 = assign %9352, %9358 : f32[8] @ models/lib/nn.yaml:80:7
%9383 = assign %9353, %9362 : f32[8] @ models/lib/nn.yaml:80:7
%9384 = assign %9354, %9355 : i64[] @ models/lib/nn.yaml:80:7
%9385 = mul %160, %9004 : f32[8] @ models/lib/nn.yaml:80:7
%9386 = mul %9380, %9006 : f32[8] @ models/lib/nn.yaml:80:7
%9387 = add %9385, %9386 : f32[8] @ models/lib/nn.yaml:80:7
%9388 = assign %160, %9387 : f32[8] @ models/lib/nn.yaml:80:7
%9389 = broadcast %5494 : f32[16,1] @ models/lib/dino.yaml:18:7
%9390 = mul %161, %9389 : f32[16,1] @ models/lib/dino.yaml:18:7
%9391 = broadcast %5498 : f32[16,1] @ models/lib/dino.yaml:18:7
%9392 = mul %83, %9391 : f32[16,1] @ models/lib/dino.yaml:18:7
%9393 = add %9390, %9392 : f32[16,1] @ models/lib/dino.yaml:18:7
%9394 = assign %161, %9393 : f32[16,1] @ models/lib/dino.yaml:18:7
%9395 = all_reduce_sum %4421 : f32[16,8] @ models/lib/dino.yaml:19:7
%9396 = reshape %9395 : f32[128] @ models/lib/dino.yaml:19:7
%9397 = mul %9396, %9396 : f32[128] @ models/lib/dino.yaml:19:7
%9398 = reduce_sum %9397 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%9399 = sqrt %9398 : f32[] @ models/lib/dino.yaml:19:7
%9400 = cast %9399 : f64[] @ models/lib/dino.yaml:19:7
%9401 = add %9400, %5434 : f64[] @ models/lib/dino.yaml:19:7
%9402 = div %5436, %9401 : f64[] @ models/lib/dino.yaml:19:7
%9403 = lt %9402, %5438 : bool[] @ models/lib/dino.yaml:19:7
%9404 = cast %9402 : f32[] @ models/lib/dino.yaml:19:7
%9405 = broadcast %9404 : f32[16,8] @ models/lib/dino.yaml:19:7
%9406 = mul %9395, %9405 : f32[16,8] @ models/lib/dino.yaml:19:7
%9407 = broadcast %9403 : bool[16,8] @ models/lib/dino.yaml:19:7
%9408 = select %9407, %9406, %9395 : f32[16,8] @ models/lib/dino.yaml:19:7
%9409 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%9410 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%9411 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%9412 = add %9411, %5448 : i64[] @ models/lib/dino.yaml:19:7
%9413 = broadcast %5452 : f32[16,8] @ models/lib/dino.yaml:19:7
%9414 = mul %84, %9413 : f32[16,8] @ models/lib/dino.yaml:19:7
%9415 = broadcast %3111 : f32[16,8] @ models/lib/dino.yaml:19:7
%9416 = mul %9408, %9415 : f32[16,8] @ models/lib/dino.yaml:19:7
%9417 = broadcast %2138 : f32[16,8] @ models/lib/dino.yaml:19:7
%9418 = mul %9409, %9417 : f32[16,8] @ models/lib/dino.yaml:19:7
%9419 = add %9418, %9416 : f32[16,8] @ models/lib/dino.yaml:19:7
%9420 = mul %9408, %9408 : f32[16,8] @ models/lib/dino.yaml:19:7
%9421 = broadcast %5462 : f32[16,8] @ models/lib/dino.yaml:19:7
%9422 = mul %9420, %9421 : f32[16,8] @ models/lib/dino.yaml:19:7
%9423 = broadcast %5466 : f32[16,8] @ models/lib/dino.yaml:19:7
%9424 = mul %9410, %9423 : f32[16,8] @ models/lib/dino.yaml:19:7
%9425 = add %9424, %9422 : f32[16,8] @ models/lib/dino.yaml:19:7
%9426 = cast %9412 : f64[] @ models/lib/dino.yaml:19:7
%9427 = pow %5457, %9426 : f64[] @ models/lib/dino.yaml:19:7
%9428 = sub %5438, %9427 : f64[] @ models/lib/dino.yaml:19:7
%9429 = div %3378, %9428 : f64[] @ models/lib/dino.yaml:19:7
%9430 = pow %5465, %9426 : f64[] @ models/lib/dino.yaml:19:7
%9431 = sub %5438, %9430 : f64[] @ models/lib/dino.yaml:19:7
%9432 = sqrt %9431 : f64[] @ models/lib/dino.yaml:19:7
%9433 = div %5438, %9432 : f64[] @ models/lib/dino.yaml:19:7
%9434 = sqrt %9425 : f32[16,8] @ models/lib/dino.yaml:19:7
%9435 = cast %9433 : f32[] @ models/lib/dino.yaml:19:7
%9436 = broadcast %9435 : f32[16,8] @ models/lib/dino.yaml:19:7
%9437 = mul %9434, %9436 : f32[16,8] @ models/lib/dino.yaml:19:7
%9438 = broadcast %5482 : f32[16,8] @ models/lib/dino.yaml:19:7
%9439 = add %9437, %9438 : f32[16,8] @ models/lib/dino.yaml:19:7
%9440 = div %9419, %9439 : f32[16,8] @ models/lib/dino.yaml:19:7
%9441 = cast %9429 : f32[] @ models/lib/dino.yaml:19:7
%9442 = broadcast %9441 : f32[16,8] @ models/lib/dino.yaml:19:7
%9443 = mul %9440, %9442 : f32[16,8] @ models/lib/dino.yaml:19:7
%9444 = sub %9414, %9443 : f32[16,8] @ models/lib/dino.yaml:19:7
%9445 = broadcast %9067 : bool[16,8] @ models/lib/dino.yaml:19:7
%9446 = select %9445, %84, %9444 : f32[16,8] @ models/lib/dino.yaml:19:7
%9447 = select %9445, %9409, %9419 : f32[16,8] @ models/lib/dino.yaml:19:7
%9448 = select %9445, %9410, %9425 : f32[16,8] @ models/lib/dino.yaml:19:7
%9449 = select %9067, %9411, %9412 : i64[] @ models/lib/dino.yaml:19:7
%9450 = assign %84, %9446 : f32[16,8] @ models/lib/dino.yaml:19:7
%9451 = assign %9409, %9447 : f32[16,8] @ models/lib/dino.yaml:19:7
%9452 = assign %9410, %9448 : f32[16,8] @ models/lib/dino.yaml:19:7
%9453 = assign %9411, %9449 : i64[] @ models/lib/dino.yaml:19:7
%9454 = broadcast %5494 : f32[16,8] @ models/lib/dino.yaml:19:7
%9455 = mul %162, %9454 : f32[16,8] @ models/lib/dino.yaml:19:7
%9456 = broadcast %5498 : f32[16,8] @ models/lib/dino.yaml:19:7
%9457 = mul %9446, %9456 : f32[16,8] @ models/lib/dino.yaml:19:7
%9458 = add %9455, %9457 : f32[16,8] @ models/lib/dino.yaml:19:7
%9459 = assign %162, %9458 : f32[16,8] @ models/lib/dino.yaml:19:7
%9460 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%9461 = abs %3345 : f32[] @ models/dino_pass.yaml:149:3
%9462 = lt %9461, %9460 : bool[] @ models/dino_pass.yaml:149:3
%9463 = output %9462 name="finite" : bool[] @ models/dino_pass.yaml:149:3
