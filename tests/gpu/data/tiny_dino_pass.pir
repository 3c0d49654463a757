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
%3220 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,100] @ models/lib/nn.yaml:73:26
%3221 = reshape %3219 : f32[100,16] @ models/lib/nn.yaml:73:26
%3222 = matmul %3220, %3221 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%3223 = reshape %3222 : f32[1,16] @ models/lib/nn.yaml:73:26
%3224 = all_reduce_sum %3223 : f32[1,16] @ models/lib/nn.yaml:73:16
%3225 = const data=[1e+02] : f32[] @ models/lib/nn.yaml:73:65
%3226 = broadcast %3225 : f32[1,16] @ models/lib/nn.yaml:73:52
%3227 = div %3224, %3226 : f32[1,16] @ models/lib/nn.yaml:73:52
%3228 = const data=[0.1] : f32[] @ models/dino_pass.yaml:142:49
%3229 = broadcast %3228 : f32[1,16] @ models/dino_pass.yaml:142:68
%3230 = mul %3229, %3227 : f32[1,16] @ models/dino_pass.yaml:142:68
%3231 = add %3214, %3230 : f32[1,16] @ models/dino_pass.yaml:142:44
%3232 = assign %164, %3231 : f32[1,16] @ models/dino_pass.yaml:142:13
%3233 = cast %1 : f64[] @ models/dino_pass.yaml:122:3
%3234 = cast %2 : f64[] @ models/dino_pass.yaml:123:3
%3235 = cast %3 : f64[] @ models/dino_pass.yaml:124:3
%3236 = const data=[1] : f32[] @ models/dino_pass.yaml:149:3
%3237 = mul %3236, %3194 : f32[] @ models/dino_pass.yaml:149:3
%3238 = div %3237, %3191 : f32[] @ models/dino_pass.yaml:149:3
%3239 = div %3238, %3188 : f32[] @ models/lib/dino.yaml:39:16
%3240 = reshape %3239 : f32[1,1] @ models/lib/dino.yaml:39:16
%3241 = broadcast %3240 : f32[2,9] @ models/lib/dino.yaml:39:16
%3242 = neg %3241 : f32[2,9] @ models/lib/dino.yaml:39:21
%3243 = reshape %3242 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%3244 = broadcast %3243 : f32[2,9,16] @ models/lib/dino.yaml:39:22
%3245 = mul %3244, %3171 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3246 = neg %3245 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3247 = reduce_sum %3246 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%3248 = div %3247, %3180 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3249 = broadcast %3248 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%3250 = mul %3249, %3179 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3251 = add %3245, %3250 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3252 = div %3251, %3173 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3253 = div %3238, %3156 : f32[] @ models/lib/dino.yaml:39:16
%3254 = reshape %3253 : f32[1,1] @ models/lib/dino.yaml:39:16
%3255 = broadcast %3254 : f32[2,9] @ models/lib/dino.yaml:39:16
%3256 = neg %3255 : f32[2,9] @ models/lib/dino.yaml:39:21
%3257 = reshape %3256 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%3258 = broadcast %3257 : f32[2,9,16] @ models/lib/dino.yaml:39:22
%3259 = mul %3258, %3139 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3260 = neg %3259 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3261 = reduce_sum %3260 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%3262 = div %3261, %3148 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3263 = broadcast %3262 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%3264 = mul %3263, %3147 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3265 = add %3259, %3264 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3266 = div %3265, %3141 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3267 = div %3238, %3124 : f32[] @ models/lib/dino.yaml:39:16
%3268 = reshape %3267 : f32[1,1] @ models/lib/dino.yaml:39:16
%3269 = broadcast %3268 : f32[2,16] @ models/lib/dino.yaml:39:16
%3270 = neg %3269 : f32[2,16] @ models/lib/dino.yaml:39:21
%3271 = reshape %3270 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%3272 = broadcast %3271 : f32[2,16,16] @ models/lib/dino.yaml:39:22
%3273 = mul %3272, %3107 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3274 = neg %3273 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3275 = reduce_sum %3274 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%3276 = div %3275, %3116 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3277 = broadcast %3276 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%3278 = mul %3277, %3115 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3279 = add %3273, %3278 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3280 = div %3279, %3109 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3281 = div %3238, %3093 : f32[] @ models/lib/dino.yaml:39:16
%3282 = reshape %3281 : f32[1,1] @ models/lib/dino.yaml:39:16
%3283 = broadcast %3282 : f32[2,16] @ models/lib/dino.yaml:39:16
%3284 = neg %3283 : f32[2,16] @ models/lib/dino.yaml:39:21
%3285 = reshape %3284 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%3286 = broadcast %3285 : f32[2,16,16] @ models/lib/dino.yaml:39:22
%3287 = mul %3286, %3076 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3288 = neg %3287 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3289 = reduce_sum %3288 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%3290 = div %3289, %3085 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3291 = broadcast %3290 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%3292 = mul %3291, %3084 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3293 = add %3287, %3292 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3294 = div %3293, %3078 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3295 = mul %3236, %3062 : f32[] @ models/dino_pass.yaml:145:3
%3296 = div %3295, %3059 : f32[] @ models/dino_pass.yaml:145:3
%3297 = div %3296, %3056 : f32[] @ models/lib/dino.yaml:39:16
%3298 = reshape %3297 : f32[1,1] @ models/lib/dino.yaml:39:16
%3299 = broadcast %3298 : f32[2,1] @ models/lib/dino.yaml:39:16
%3300 = neg %3299 : f32[2,1] @ models/lib/dino.yaml:39:21
%3301 = reshape %3300 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3302 = broadcast %3301 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3303 = mul %3302, %3039 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3304 = neg %3303 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3305 = reduce_sum %3304 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3306 = div %3305, %3048 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3307 = broadcast %3306 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3308 = mul %3307, %3047 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3309 = add %3303, %3308 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3310 = div %3309, %3041 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3311 = div %3296, %3024 : f32[] @ models/lib/dino.yaml:39:16
%3312 = reshape %3311 : f32[1,1] @ models/lib/dino.yaml:39:16
%3313 = broadcast %3312 : f32[2,1] @ models/lib/dino.yaml:39:16
%3314 = neg %3313 : f32[2,1] @ models/lib/dino.yaml:39:21
%3315 = reshape %3314 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3316 = broadcast %3315 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3317 = mul %3316, %3007 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3318 = neg %3317 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3319 = reduce_sum %3318 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3320 = div %3319, %3016 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3321 = broadcast %3320 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3322 = mul %3321, %3015 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3323 = add %3317, %3322 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3324 = div %3323, %3009 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3325 = div %3296, %2992 : f32[] @ models/lib/dino.yaml:39:16
%3326 = reshape %3325 : f32[1,1] @ models/lib/dino.yaml:39:16
%3327 = broadcast %3326 : f32[2,1] @ models/lib/dino.yaml:39:16
%3328 = neg %3327 : f32[2,1] @ models/lib/dino.yaml:39:21
%3329 = reshape %3328 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3330 = broadcast %3329 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3331 = mul %3330, %2975 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3332 = neg %3331 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3333 = reduce_sum %3332 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3334 = div %3333, %2984 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3335 = broadcast %3334 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3336 = mul %3335, %2983 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3337 = add %3331, %3336 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3338 = div %3337, %2977 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3339 = div %3296, %2960 : f32[] @ models/lib/dino.yaml:39:16
%3340 = reshape %3339 : f32[1,1] @ models/lib/dino.yaml:39:16
%3341 = broadcast %3340 : f32[2,1] @ models/lib/dino.yaml:39:16
%3342 = neg %3341 : f32[2,1] @ models/lib/dino.yaml:39:21
%3343 = reshape %3342 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3344 = broadcast %3343 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3345 = mul %3344, %2943 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3346 = neg %3345 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3347 = reduce_sum %3346 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3348 = div %3347, %2952 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3349 = broadcast %3348 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3350 = mul %3349, %2951 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3351 = add %3345, %3350 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3352 = div %3351, %2945 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3353 = add %3310, %3352 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3354 = div %3296, %2928 : f32[] @ models/lib/dino.yaml:39:16
%3355 = reshape %3354 : f32[1,1] @ models/lib/dino.yaml:39:16
%3356 = broadcast %3355 : f32[2,1] @ models/lib/dino.yaml:39:16
%3357 = neg %3356 : f32[2,1] @ models/lib/dino.yaml:39:21
%3358 = reshape %3357 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3359 = broadcast %3358 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3360 = mul %3359, %2911 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3361 = neg %3360 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3362 = reduce_sum %3361 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3363 = div %3362, %2920 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3364 = broadcast %3363 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3365 = mul %3364, %2919 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3366 = add %3360, %3365 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3367 = div %3366, %2913 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3368 = add %3324, %3367 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3369 = div %3296, %2897 : f32[] @ models/lib/dino.yaml:39:16
%3370 = reshape %3369 : f32[1,1] @ models/lib/dino.yaml:39:16
%3371 = broadcast %3370 : f32[2,1] @ models/lib/dino.yaml:39:16
%3372 = neg %3371 : f32[2,1] @ models/lib/dino.yaml:39:21
%3373 = reshape %3372 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3374 = broadcast %3373 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3375 = mul %3374, %2880 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3376 = neg %3375 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3377 = reduce_sum %3376 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3378 = div %3377, %2889 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3379 = broadcast %3378 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3380 = mul %3379, %2888 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3381 = add %3375, %3380 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3382 = div %3381, %2882 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3383 = pad %3252 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%3384 = pad %3266 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%3385 = add %3383, %3384 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%3386 = pad %3353 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3387 = pad %3368 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3388 = add %3386, %3387 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3389 = matmul %3385, %2862 ta=0 tb=0 : f32[4,9,8] @ models/lib/dino.yaml:23:18
%3390 = reshape %2855 : f32[36,8] @ models/lib/dino.yaml:23:18
%3391 = reshape %3385 : f32[36,16] @ models/lib/dino.yaml:23:18
%3392 = matmul %3391, %3390 ta=1 tb=0 : f32[16,8] @ models/lib/dino.yaml:23:18
%3393 = div %3392, %2861 : f32[16,8] @ models/lib/dino.yaml:22:33
%3394 = mul %3393, %2862 : f32[16,8] @ models/lib/dino.yaml:22:33
%3395 = neg %3394 : f32[16,8] @ models/lib/dino.yaml:22:33
%3396 = reduce_sum %3395 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%3397 = const data=[0.5] : f32[] @ models/lib/dino.yaml:22:35
%3398 = broadcast %3397 : f32[16,1] @ models/lib/dino.yaml:22:35
%3399 = mul %3396, %3398 : f32[16,1] @ models/lib/dino.yaml:22:35
%3400 = div %3399, %2860 : f32[16,1] @ models/lib/dino.yaml:22:35
%3401 = broadcast %3400 : f32[16,8] @ models/lib/dino.yaml:22:40
%3402 = mul %3401, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3403 = mul %3401, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3404 = add %3402, %3403 : f32[16,8] @ models/lib/dino.yaml:22:53
%3405 = mul %3393, %2856 : f32[16,8] @ models/lib/dino.yaml:22:22
%3406 = add %3404, %3405 : f32[16,8] @ models/lib/dino.yaml:22:22
%3407 = div %3389, %2854 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3408 = mul %3407, %2855 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3409 = neg %3408 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3410 = reduce_sum %3409 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:18
%3411 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%3412 = broadcast %3411 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3413 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%3414 = broadcast %3413 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3415 = mul %3410, %3414 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3416 = eq %2849, %2852 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%3417 = select %3416, %3415, %3412 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3418 = gt %2849, %2852 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%3419 = select %3418, %3410, %3417 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3420 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%3421 = broadcast %3420 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3422 = mul %3419, %3421 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3423 = div %3422, %2849 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3424 = broadcast %3423 : f32[4,9,8] @ models/lib/nn.yaml:33:29
%3425 = mul %3424, %2846 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3426 = add %3407, %3425 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3427 = mul %3424, %2846 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3428 = add %3426, %3427 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3429 = reduce_sum %3428 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%3430 = reshape %3429 : f32[8] @ models/lib/nn.yaml:84:18
%3431 = matmul %3428, %81 ta=0 tb=0 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%3432 = reshape %2843 : f32[36,24] @ models/lib/nn.yaml:83:15
%3433 = reshape %3428 : f32[36,8] @ models/lib/nn.yaml:83:15
%3434 = matmul %3433, %3432 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%3435 = mul %3431, %2842 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3436 = mul %3431, %2835 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3437 = mul %2838, %2838 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3438 = neg %3437 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3439 = exp %3438 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3440 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3441 = broadcast %3440 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3442 = mul %3439, %3441 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3443 = mul %3436, %3442 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3444 = mul %3443, %2837 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3445 = mul %3435, %2834 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3446 = add %3444, %3445 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3447 = reduce_sum %3446 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3448 = reshape %3447 : f32[24] @ models/lib/nn.yaml:84:18
%3449 = matmul %3446, %79 ta=0 tb=0 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%3450 = reshape %2829 : f32[36,24] @ models/lib/nn.yaml:83:15
%3451 = reshape %3446 : f32[36,24] @ models/lib/nn.yaml:83:15
%3452 = matmul %3451, %3450 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%3453 = mul %3449, %2828 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3454 = mul %3449, %2821 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3455 = mul %2824, %2824 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3456 = neg %3455 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3457 = exp %3456 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3458 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3459 = broadcast %3458 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3460 = mul %3457, %3459 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3461 = mul %3454, %3460 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3462 = mul %3461, %2823 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3463 = mul %3453, %2820 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3464 = add %3462, %3463 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3465 = reduce_sum %3464 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3466 = reshape %3465 : f32[24] @ models/lib/nn.yaml:84:18
%3467 = matmul %3464, %77 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3468 = reshape %2815 : f32[36,16] @ models/lib/nn.yaml:83:15
%3469 = reshape %3464 : f32[36,24] @ models/lib/nn.yaml:83:15
%3470 = matmul %3469, %3468 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%3471 = pad %3467 lo=[0,1,0] hi=[0,0,0] value=0 : f32[4,10,16] @ models/dino_pass.yaml:103:46
%3472 = matmul %3388, %2813 ta=0 tb=0 : f32[4,1,8] @ models/lib/dino.yaml:23:18
%3473 = reshape %2806 : f32[4,8] @ models/lib/dino.yaml:23:18
%3474 = reshape %3388 : f32[4,32] @ models/lib/dino.yaml:23:18
%3475 = matmul %3474, %3473 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%3476 = div %3475, %2812 : f32[32,8] @ models/lib/dino.yaml:22:33
%3477 = mul %3476, %2813 : f32[32,8] @ models/lib/dino.yaml:22:33
%3478 = neg %3477 : f32[32,8] @ models/lib/dino.yaml:22:33
%3479 = reduce_sum %3478 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%3480 = const data=[0.5] : f32[] @ models/lib/dino.yaml:22:35
%3481 = broadcast %3480 : f32[32,1] @ models/lib/dino.yaml:22:35
%3482 = mul %3479, %3481 : f32[32,1] @ models/lib/dino.yaml:22:35
%3483 = div %3482, %2811 : f32[32,1] @ models/lib/dino.yaml:22:35
%3484 = broadcast %3483 : f32[32,8] @ models/lib/dino.yaml:22:40
%3485 = mul %3484, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%3486 = mul %3484, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%3487 = add %3485, %3486 : f32[32,8] @ models/lib/dino.yaml:22:53
%3488 = mul %3476, %2807 : f32[32,8] @ models/lib/dino.yaml:22:22
%3489 = add %3487, %3488 : f32[32,8] @ models/lib/dino.yaml:22:22
%3490 = div %3472, %2805 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3491 = mul %3490, %2806 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3492 = neg %3491 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3493 = reduce_sum %3492 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%3494 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%3495 = broadcast %3494 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3496 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%3497 = broadcast %3496 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3498 = mul %3493, %3497 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3499 = eq %2800, %2803 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3500 = select %3499, %3498, %3495 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3501 = gt %2800, %2803 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3502 = select %3501, %3493, %3500 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3503 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%3504 = broadcast %3503 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3505 = mul %3502, %3504 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3506 = div %3505, %2800 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3507 = broadcast %3506 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%3508 = mul %3507, %2797 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3509 = add %3490, %3508 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3510 = mul %3507, %2797 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3511 = add %3509, %3510 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3512 = reduce_sum %3511 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%3513 = reshape %3512 : f32[8] @ models/lib/nn.yaml:84:18
%3514 = matmul %3511, %73 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%3515 = reshape %2794 : f32[4,24] @ models/lib/nn.yaml:83:15
%3516 = reshape %3511 : f32[4,8] @ models/lib/nn.yaml:83:15
%3517 = matmul %3516, %3515 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%3518 = mul %3514, %2793 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3519 = mul %3514, %2786 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3520 = mul %2789, %2789 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3521 = neg %3520 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3522 = exp %3521 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3523 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3524 = broadcast %3523 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3525 = mul %3522, %3524 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3526 = mul %3519, %3525 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3527 = mul %3526, %2788 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3528 = mul %3518, %2785 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3529 = add %3527, %3528 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3530 = reduce_sum %3529 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3531 = reshape %3530 : f32[24] @ models/lib/nn.yaml:84:18
%3532 = matmul %3529, %71 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%3533 = reshape %2780 : f32[4,24] @ models/lib/nn.yaml:83:15
%3534 = reshape %3529 : f32[4,24] @ models/lib/nn.yaml:83:15
%3535 = matmul %3534, %3533 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%3536 = mul %3532, %2779 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3537 = mul %3532, %2772 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3538 = mul %2775, %2775 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3539 = neg %3538 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3540 = exp %3539 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3541 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3542 = broadcast %3541 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3543 = mul %3540, %3542 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3544 = mul %3537, %3543 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3545 = mul %3544, %2774 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3546 = mul %3536, %2771 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3547 = add %3545, %3546 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3548 = reduce_sum %3547 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3549 = reshape %3548 : f32[24] @ models/lib/nn.yaml:84:18
%3550 = matmul %3547, %69 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3551 = reshape %2766 : f32[4,16] @ models/lib/nn.yaml:83:15
%3552 = reshape %3547 : f32[4,24] @ models/lib/nn.yaml:83:15
%3553 = matmul %3552, %3551 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%3554 = pad %3550 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%3555 = add %3471, %3554 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%3556 = reduce_sum %3555 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3557 = reshape %3556 : f32[16] @ models/lib/nn.yaml:96:46
%3558 = mul %3555, %2762 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3559 = mul %3555, %2761 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3560 = reduce_sum %3559 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3561 = reshape %3560 : f32[16] @ models/lib/nn.yaml:96:37
%3562 = mul %3558, %2760 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3563 = mul %3558, %2750 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3564 = reduce_sum %3563 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3565 = mul %2759, %2759 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3566 = mul %2759, %3565 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3567 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3568 = broadcast %3567 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3569 = mul %3566, %3568 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3570 = mul %3564, %3569 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3571 = div %3570, %2754 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3572 = broadcast %3571 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%3573 = mul %3572, %2750 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3574 = add %3562, %3573 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3575 = mul %3572, %2750 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3576 = add %3574, %3575 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3577 = neg %3576 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3578 = reduce_sum %3577 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3579 = div %3578, %2747 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3580 = broadcast %3579 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3581 = add %3576, %3580 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3582 = slice %3581 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%3583 = slice %3581 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:111:21
%3584 = reduce_sum %3582 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3585 = reshape %3584 : f32[16] @ models/lib/nn.yaml:84:18
%3586 = matmul %3582, %65 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3587 = reshape %2739 : f32[4,64] @ models/lib/nn.yaml:83:15
%3588 = reshape %3582 : f32[4,16] @ models/lib/nn.yaml:83:15
%3589 = matmul %3588, %3587 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3590 = mul %3586, %2738 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3591 = mul %3586, %2731 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3592 = mul %2734, %2734 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3593 = neg %3592 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3594 = exp %3593 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3595 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3596 = broadcast %3595 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3597 = mul %3594, %3596 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3598 = mul %3591, %3597 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3599 = mul %3598, %2733 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3600 = mul %3590, %2730 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3601 = add %3599, %3600 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3602 = reduce_sum %3601 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3603 = reshape %3602 : f32[64] @ models/lib/nn.yaml:84:18
%3604 = matmul %3601, %63 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3605 = reshape %2725 : f32[4,16] @ models/lib/nn.yaml:83:15
%3606 = reshape %3601 : f32[4,64] @ models/lib/nn.yaml:83:15
%3607 = matmul %3606, %3605 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3608 = reduce_sum %3604 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3609 = reshape %3608 : f32[16] @ models/lib/nn.yaml:96:46
%3610 = mul %3604, %2722 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3611 = mul %3604, %2721 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3612 = reduce_sum %3611 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3613 = reshape %3612 : f32[16] @ models/lib/nn.yaml:96:37
%3614 = mul %3610, %2720 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3615 = mul %3610, %2710 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3616 = reduce_sum %3615 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3617 = mul %2719, %2719 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3618 = mul %2719, %3617 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3619 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3620 = broadcast %3619 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3621 = mul %3618, %3620 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3622 = mul %3616, %3621 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3623 = div %3622, %2714 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3624 = broadcast %3623 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%3625 = mul %3624, %2710 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3626 = add %3614, %3625 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3627 = mul %3624, %2710 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3628 = add %3626, %3627 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3629 = add %3582, %3628 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3630 = neg %3628 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3631 = reduce_sum %3630 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3632 = div %3631, %2707 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3633 = broadcast %3632 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3634 = add %3629, %3633 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3635 = reduce_sum %3634 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3636 = reshape %3635 : f32[16] @ models/lib/nn.yaml:84:18
%3637 = matmul %3634, %59 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3638 = reshape %2700 : f32[4,16] @ models/lib/nn.yaml:83:15
%3639 = reshape %3634 : f32[4,16] @ models/lib/nn.yaml:83:15
%3640 = matmul %3639, %3638 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3641 = reshape %3637 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%3642 = permute %3641 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%3643 = permute %2674 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%3644 = reshape %3642 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%3645 = broadcast %3644 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3646 = reshape %3643 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3647 = broadcast %3646 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3648 = mul %3645, %3647 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3649 = reduce_sum %3648 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3650 = permute %2692 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%3651 = reshape %3650 : f32[4,2,10,1,1] @ models/lib/nn.yaml:56:23
%3652 = broadcast %3651 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%3653 = reshape %3642 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%3654 = broadcast %3653 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%3655 = mul %3652, %3654 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%3656 = reshape %3655 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3657 = div %3649, %2691 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3658 = mul %3657, %2692 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3659 = neg %3658 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3660 = reduce_sum %3659 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3661 = broadcast %3660 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3662 = add %3657, %3661 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3663 = mul %3662, %2689 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3664 = mul %3663, %2683 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3665 = reshape %3664 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%3666 = broadcast %3665 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3667 = reshape %2669 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3668 = broadcast %3667 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3669 = mul %3666, %3668 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3670 = reduce_sum %3669 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3671 = permute %3664 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%3672 = reshape %3671 : f32[4,2,10,1,1] @ models/lib/nn.yaml:55:23
%3673 = broadcast %3672 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%3674 = reshape %2664 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%3675 = broadcast %3674 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%3676 = mul %3673, %3675 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%3677 = reshape %3676 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3678 = permute %3656 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%3679 = reshape %3678 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%3680 = reduce_sum %3679 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3681 = reshape %3680 : f32[16] @ models/lib/nn.yaml:84:18
%3682 = matmul %3679, %57 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3683 = reshape %2658 : f32[40,16] @ models/lib/nn.yaml:83:15
%3684 = reshape %3679 : f32[40,16] @ models/lib/nn.yaml:83:15
%3685 = matmul %3684, %3683 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3686 = permute %3677 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%3687 = reshape %3686 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%3688 = reduce_sum %3687 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3689 = reshape %3688 : f32[16] @ models/lib/nn.yaml:84:18
%3690 = matmul %3687, %55 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3691 = add %3682, %3690 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3692 = reshape %2658 : f32[40,16] @ models/lib/nn.yaml:83:15
%3693 = reshape %3687 : f32[40,16] @ models/lib/nn.yaml:83:15
%3694 = matmul %3693, %3692 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3695 = permute %3670 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%3696 = reshape %3695 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%3697 = reduce_sum %3696 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3698 = reshape %3697 : f32[16] @ models/lib/nn.yaml:84:18
%3699 = matmul %3696, %53 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3700 = reshape %2659 : f32[4,16] @ models/lib/nn.yaml:83:15
%3701 = reshape %3696 : f32[4,16] @ models/lib/nn.yaml:83:15
%3702 = matmul %3701, %3700 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3703 = pad %3699 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3704 = add %3691, %3703 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3705 = reduce_sum %3704 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3706 = reshape %3705 : f32[16] @ models/lib/nn.yaml:96:46
%3707 = mul %3704, %2655 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3708 = mul %3704, %2654 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3709 = reduce_sum %3708 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3710 = reshape %3709 : f32[16] @ models/lib/nn.yaml:96:37
%3711 = mul %3707, %2653 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3712 = mul %3707, %2643 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3713 = reduce_sum %3712 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3714 = mul %2652, %2652 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3715 = mul %2652, %3714 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3716 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3717 = broadcast %3716 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3718 = mul %3715, %3717 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3719 = mul %3713, %3718 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3720 = div %3719, %2647 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3721 = broadcast %3720 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%3722 = mul %3721, %2643 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3723 = add %3711, %3722 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3724 = mul %3721, %2643 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3725 = add %3723, %3724 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3726 = neg %3725 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3727 = reduce_sum %3726 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3728 = div %3727, %2640 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3729 = broadcast %3728 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3730 = add %3725, %3729 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3731 = slice %3730 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3732 = add %3634, %3731 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3733 = slice %3730 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3734 = add %3583, %3733 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3735 = reduce_sum %3732 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3736 = reshape %3735 : f32[16] @ models/lib/nn.yaml:84:18
%3737 = matmul %3732, %49 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3738 = reshape %2632 : f32[4,64] @ models/lib/nn.yaml:83:15
%3739 = reshape %3732 : f32[4,16] @ models/lib/nn.yaml:83:15
%3740 = matmul %3739, %3738 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3741 = mul %3737, %2631 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3742 = mul %3737, %2624 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3743 = mul %2627, %2627 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3744 = neg %3743 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3745 = exp %3744 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3746 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3747 = broadcast %3746 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3748 = mul %3745, %3747 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3749 = mul %3742, %3748 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3750 = mul %3749, %2626 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3751 = mul %3741, %2623 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3752 = add %3750, %3751 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3753 = reduce_sum %3752 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3754 = reshape %3753 : f32[64] @ models/lib/nn.yaml:84:18
%3755 = matmul %3752, %47 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3756 = reshape %2618 : f32[4,16] @ models/lib/nn.yaml:83:15
%3757 = reshape %3752 : f32[4,64] @ models/lib/nn.yaml:83:15
%3758 = matmul %3757, %3756 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3759 = reduce_sum %3755 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3760 = reshape %3759 : f32[16] @ models/lib/nn.yaml:96:46
%3761 = mul %3755, %2615 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3762 = mul %3755, %2614 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3763 = reduce_sum %3762 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3764 = reshape %3763 : f32[16] @ models/lib/nn.yaml:96:37
%3765 = mul %3761, %2613 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3766 = mul %3761, %2603 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3767 = reduce_sum %3766 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3768 = mul %2612, %2612 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3769 = mul %2612, %3768 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3770 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3771 = broadcast %3770 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3772 = mul %3769, %3771 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3773 = mul %3767, %3772 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3774 = div %3773, %2607 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3775 = broadcast %3774 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%3776 = mul %3775, %2603 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3777 = add %3765, %3776 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3778 = mul %3775, %2603 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3779 = add %3777, %3778 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3780 = add %3732, %3779 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3781 = neg %3779 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3782 = reduce_sum %3781 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3783 = div %3782, %2600 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3784 = broadcast %3783 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3785 = add %3780, %3784 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3786 = reduce_sum %3785 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3787 = reshape %3786 : f32[16] @ models/lib/nn.yaml:84:18
%3788 = matmul %3785, %43 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3789 = reshape %2593 : f32[4,16] @ models/lib/nn.yaml:83:15
%3790 = reshape %3785 : f32[4,16] @ models/lib/nn.yaml:83:15
%3791 = matmul %3790, %3789 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3792 = reshape %3788 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%3793 = permute %3792 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%3794 = permute %2567 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%3795 = reshape %3793 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%3796 = broadcast %3795 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3797 = reshape %3794 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3798 = broadcast %3797 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3799 = mul %3796, %3798 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3800 = reduce_sum %3799 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3801 = permute %2585 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%3802 = reshape %3801 : f32[4,2,10,1,1] @ models/lib/nn.yaml:56:23
%3803 = broadcast %3802 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%3804 = reshape %3793 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%3805 = broadcast %3804 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%3806 = mul %3803, %3805 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%3807 = reshape %3806 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3808 = div %3800, %2584 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3809 = mul %3808, %2585 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3810 = neg %3809 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3811 = reduce_sum %3810 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3812 = broadcast %3811 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3813 = add %3808, %3812 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3814 = mul %3813, %2582 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3815 = mul %3814, %2576 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3816 = reshape %3815 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%3817 = broadcast %3816 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3818 = reshape %2562 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3819 = broadcast %3818 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3820 = mul %3817, %3819 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3821 = reduce_sum %3820 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3822 = permute %3815 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%3823 = reshape %3822 : f32[4,2,10,1,1] @ models/lib/nn.yaml:55:23
%3824 = broadcast %3823 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%3825 = reshape %2557 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%3826 = broadcast %3825 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%3827 = mul %3824, %3826 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%3828 = reshape %3827 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3829 = permute %3807 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%3830 = reshape %3829 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%3831 = reduce_sum %3830 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3832 = reshape %3831 : f32[16] @ models/lib/nn.yaml:84:18
%3833 = matmul %3830, %41 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3834 = reshape %2551 : f32[40,16] @ models/lib/nn.yaml:83:15
%3835 = reshape %3830 : f32[40,16] @ models/lib/nn.yaml:83:15
%3836 = matmul %3835, %3834 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3837 = permute %3828 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%3838 = reshape %3837 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%3839 = reduce_sum %3838 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3840 = reshape %3839 : f32[16] @ models/lib/nn.yaml:84:18
%3841 = matmul %3838, %39 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3842 = add %3833, %3841 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3843 = reshape %2551 : f32[40,16] @ models/lib/nn.yaml:83:15
%3844 = reshape %3838 : f32[40,16] @ models/lib/nn.yaml:83:15
%3845 = matmul %3844, %3843 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3846 = permute %3821 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%3847 = reshape %3846 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%3848 = reduce_sum %3847 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3849 = reshape %3848 : f32[16] @ models/lib/nn.yaml:84:18
%3850 = matmul %3847, %37 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3851 = reshape %2552 : f32[4,16] @ models/lib/nn.yaml:83:15
%3852 = reshape %3847 : f32[4,16] @ models/lib/nn.yaml:83:15
%3853 = matmul %3852, %3851 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3854 = pad %3850 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3855 = add %3842, %3854 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3856 = reduce_sum %3855 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3857 = reshape %3856 : f32[16] @ models/lib/nn.yaml:96:46
%3858 = mul %3855, %2548 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3859 = mul %3855, %2547 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3860 = reduce_sum %3859 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3861 = reshape %3860 : f32[16] @ models/lib/nn.yaml:96:37
%3862 = mul %3858, %2546 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3863 = mul %3858, %2536 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3864 = reduce_sum %3863 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3865 = mul %2545, %2545 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3866 = mul %2545, %3865 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3867 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3868 = broadcast %3867 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3869 = mul %3866, %3868 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3870 = mul %3864, %3869 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3871 = div %3870, %2540 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3872 = broadcast %3871 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%3873 = mul %3872, %2536 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3874 = add %3862, %3873 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3875 = mul %3872, %2536 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3876 = add %3874, %3875 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3877 = neg %3876 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3878 = reduce_sum %3877 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3879 = div %3878, %2533 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3880 = broadcast %3879 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3881 = add %3876, %3880 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3882 = slice %3881 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3883 = add %3785, %3882 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3884 = slice %3881 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3885 = add %3734, %3884 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3886 = reduce_sum %3883 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%3887 = mul %3885, %2526 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3888 = div %3887, %2518 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3889 = reduce_sum %3888 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3890 = reshape %3889 : f32[16] @ models/lib/nn.yaml:84:18
%3891 = matmul %3888, %32 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%3892 = reshape %2513 : f32[36,64] @ models/lib/nn.yaml:83:15
%3893 = reshape %3888 : f32[36,16] @ models/lib/nn.yaml:83:15
%3894 = matmul %3893, %3892 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3895 = mul %3891, %2512 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3896 = mul %3891, %2505 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3897 = mul %2508, %2508 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3898 = neg %3897 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3899 = exp %3898 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3900 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3901 = broadcast %3900 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3902 = mul %3899, %3901 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3903 = mul %3896, %3902 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3904 = mul %3903, %2507 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3905 = mul %3895, %2504 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3906 = add %3904, %3905 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3907 = reduce_sum %3906 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3908 = reshape %3907 : f32[64] @ models/lib/nn.yaml:84:18
%3909 = matmul %3906, %30 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3910 = reshape %2499 : f32[36,16] @ models/lib/nn.yaml:83:15
%3911 = reshape %3906 : f32[36,64] @ models/lib/nn.yaml:83:15
%3912 = matmul %3911, %3910 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3913 = reduce_sum %3909 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3914 = reshape %3913 : f32[16] @ models/lib/nn.yaml:96:46
%3915 = mul %3909, %2496 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3916 = mul %3909, %2495 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3917 = reduce_sum %3916 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3918 = reshape %3917 : f32[16] @ models/lib/nn.yaml:96:37
%3919 = mul %3915, %2494 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3920 = mul %3915, %2484 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3921 = reduce_sum %3920 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3922 = mul %2493, %2493 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3923 = mul %2493, %3922 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3924 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3925 = broadcast %3924 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3926 = mul %3923, %3925 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3927 = mul %3921, %3926 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3928 = div %3927, %2488 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3929 = broadcast %3928 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%3930 = mul %3929, %2484 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3931 = add %3919, %3930 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3932 = mul %3929, %2484 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3933 = add %3931, %3932 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3934 = add %3885, %3933 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3935 = neg %3933 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3936 = reduce_sum %3935 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3937 = div %3936, %2481 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3938 = broadcast %3937 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3939 = add %3934, %3938 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3940 = mul %3939, %2476 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3941 = div %3940, %2468 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3942 = reduce_sum %3941 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3943 = reshape %3942 : f32[16] @ models/lib/nn.yaml:84:18
%3944 = matmul %3941, %26 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3945 = reshape %2463 : f32[36,16] @ models/lib/nn.yaml:83:15
%3946 = reshape %3941 : f32[36,16] @ models/lib/nn.yaml:83:15
%3947 = matmul %3946, %3945 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3948 = reshape %3944 : f32[4,9,2,8] @ models/lib/nn.yaml:57:16
%3949 = permute %3948 perm=[0,2,1,3] : f32[4,2,9,8] @ models/lib/nn.yaml:56:13
%3950 = permute %2437 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%3951 = reshape %3949 : f32[4,2,9,8,1] @ models/lib/nn.yaml:56:23
%3952 = broadcast %3951 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%3953 = reshape %3950 : f32[4,2,1,8,9] @ models/lib/nn.yaml:56:23
%3954 = broadcast %3953 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%3955 = mul %3952, %3954 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%3956 = reduce_sum %3955 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3957 = permute %2455 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3958 = reshape %3957 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3959 = broadcast %3958 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3960 = reshape %3949 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%3961 = broadcast %3960 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3962 = mul %3959, %3961 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3963 = reduce_sum %3962 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3964 = div %3956, %2454 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3965 = mul %3964, %2455 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3966 = neg %3965 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3967 = reduce_sum %3966 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%3968 = broadcast %3967 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3969 = add %3964, %3968 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3970 = mul %3969, %2452 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3971 = mul %3970, %2446 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3972 = reshape %3971 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3973 = broadcast %3972 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3974 = reshape %2435 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%3975 = broadcast %3974 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3976 = mul %3973, %3975 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3977 = reduce_sum %3976 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3978 = permute %3971 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3979 = reshape %3978 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3980 = broadcast %3979 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3981 = reshape %2433 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%3982 = broadcast %3981 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3983 = mul %3980, %3982 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3984 = reduce_sum %3983 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3985 = reshape %3963 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3986 = pad %3985 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:40
%3987 = reshape %3984 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%3988 = pad %3987 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%3989 = add %3986, %3988 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%3990 = reshape %3977 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%3991 = pad %3990 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%3992 = add %3989, %3991 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%3993 = permute %3992 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%3994 = reshape %3993 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%3995 = reduce_sum %3994 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%3996 = reshape %3995 : f32[48] @ models/lib/nn.yaml:84:18
%3997 = matmul %3994, %24 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3998 = reshape %2426 : f32[36,16] @ models/lib/nn.yaml:83:15
%3999 = reshape %3994 : f32[36,48] @ models/lib/nn.yaml:83:15
%4000 = matmul %3999, %3998 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%4001 = reduce_sum %3997 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4002 = reshape %4001 : f32[16] @ models/lib/nn.yaml:96:46
%4003 = mul %3997, %2423 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4004 = mul %3997, %2422 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4005 = reduce_sum %4004 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4006 = reshape %4005 : f32[16] @ models/lib/nn.yaml:96:37
%4007 = mul %4003, %2421 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4008 = mul %4003, %2411 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4009 = reduce_sum %4008 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4010 = mul %2420, %2420 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4011 = mul %2420, %4010 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4012 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4013 = broadcast %4012 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4014 = mul %4011, %4013 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4015 = mul %4009, %4014 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4016 = div %4015, %2415 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4017 = broadcast %4016 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4018 = mul %4017, %2411 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4019 = add %4007, %4018 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4020 = mul %4017, %2411 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4021 = add %4019, %4020 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4022 = add %3939, %4021 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4023 = neg %4021 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4024 = reduce_sum %4023 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4025 = div %4024, %2408 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4026 = broadcast %4025 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4027 = add %4022, %4026 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4028 = reduce_sum %4027 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4029 = reshape %4028 : f32[16] @ models/lib/nn.yaml:84:18
%4030 = matmul %4027, %20 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%4031 = reshape %2401 : f32[36,64] @ models/lib/nn.yaml:83:15
%4032 = reshape %4027 : f32[36,16] @ models/lib/nn.yaml:83:15
%4033 = matmul %4032, %4031 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4034 = mul %4030, %2400 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4035 = mul %4030, %2393 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4036 = mul %2396, %2396 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4037 = neg %4036 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4038 = exp %4037 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4039 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4040 = broadcast %4039 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4041 = mul %4038, %4040 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4042 = mul %4035, %4041 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4043 = mul %4042, %2395 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4044 = mul %4034, %2392 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4045 = add %4043, %4044 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4046 = reduce_sum %4045 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4047 = reshape %4046 : f32[64] @ models/lib/nn.yaml:84:18
%4048 = matmul %4045, %18 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4049 = reshape %2387 : f32[36,16] @ models/lib/nn.yaml:83:15
%4050 = reshape %4045 : f32[36,64] @ models/lib/nn.yaml:83:15
%4051 = matmul %4050, %4049 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4052 = reduce_sum %4048 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4053 = reshape %4052 : f32[16] @ models/lib/nn.yaml:96:46
%4054 = mul %4048, %2384 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4055 = mul %4048, %2383 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4056 = reduce_sum %4055 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4057 = reshape %4056 : f32[16] @ models/lib/nn.yaml:96:37
%4058 = mul %4054, %2382 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4059 = mul %4054, %2372 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4060 = reduce_sum %4059 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4061 = mul %2381, %2381 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4062 = mul %2381, %4061 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4063 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4064 = broadcast %4063 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4065 = mul %4062, %4064 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4066 = mul %4060, %4065 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4067 = div %4066, %2376 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4068 = broadcast %4067 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4069 = mul %4068, %2372 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4070 = add %4058, %4069 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4071 = mul %4068, %2372 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4072 = add %4070, %4071 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4073 = add %4027, %4072 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4074 = neg %4072 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4075 = reduce_sum %4074 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4076 = div %4075, %2369 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4077 = broadcast %4076 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4078 = add %4073, %4077 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4079 = reduce_sum %4078 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4080 = reshape %4079 : f32[16] @ models/lib/nn.yaml:84:18
%4081 = matmul %4078, %14 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4082 = reshape %2362 : f32[36,16] @ models/lib/nn.yaml:83:15
%4083 = reshape %4078 : f32[36,16] @ models/lib/nn.yaml:83:15
%4084 = matmul %4083, %4082 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4085 = reshape %4081 : f32[4,9,2,8] @ models/lib/nn.yaml:57:16
%4086 = permute %4085 perm=[0,2,1,3] : f32[4,2,9,8] @ models/lib/nn.yaml:56:13
%4087 = permute %2336 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%4088 = reshape %4086 : f32[4,2,9,8,1] @ models/lib/nn.yaml:56:23
%4089 = broadcast %4088 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%4090 = reshape %4087 : f32[4,2,1,8,9] @ models/lib/nn.yaml:56:23
%4091 = broadcast %4090 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%4092 = mul %4089, %4091 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%4093 = reduce_sum %4092 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4094 = permute %2354 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4095 = reshape %4094 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%4096 = broadcast %4095 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4097 = reshape %4086 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%4098 = broadcast %4097 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4099 = mul %4096, %4098 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4100 = reduce_sum %4099 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4101 = div %4093, %2353 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4102 = mul %4101, %2354 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4103 = neg %4102 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4104 = reduce_sum %4103 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%4105 = broadcast %4104 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4106 = add %4101, %4105 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4107 = mul %4106, %2351 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4108 = mul %4107, %2345 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%4109 = reshape %4108 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4110 = broadcast %4109 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4111 = reshape %2334 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4112 = broadcast %4111 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4113 = mul %4110, %4112 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4114 = reduce_sum %4113 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4115 = permute %4108 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4116 = reshape %4115 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4117 = broadcast %4116 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4118 = reshape %2332 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4119 = broadcast %4118 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4120 = mul %4117, %4119 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4121 = reduce_sum %4120 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4122 = reshape %4100 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%4123 = pad %4122 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:40
%4124 = reshape %4121 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%4125 = pad %4124 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%4126 = add %4123, %4125 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%4127 = reshape %4114 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%4128 = pad %4127 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4129 = add %4126, %4128 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4130 = permute %4129 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%4131 = reshape %4130 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%4132 = reduce_sum %4131 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4133 = reshape %4132 : f32[48] @ models/lib/nn.yaml:84:18
%4134 = matmul %4131, %12 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4135 = reshape %2325 : f32[36,16] @ models/lib/nn.yaml:83:15
%4136 = reshape %4131 : f32[36,48] @ models/lib/nn.yaml:83:15
%4137 = matmul %4136, %4135 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%4138 = reduce_sum %4134 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4139 = reshape %4138 : f32[16] @ models/lib/nn.yaml:96:46
%4140 = mul %4134, %2322 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4141 = mul %4134, %2321 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4142 = reduce_sum %4141 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4143 = reshape %4142 : f32[16] @ models/lib/nn.yaml:96:37
%4144 = mul %4140, %2320 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4145 = mul %4140, %2310 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4146 = reduce_sum %4145 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4147 = mul %2319, %2319 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4148 = mul %2319, %4147 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4149 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4150 = broadcast %4149 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4151 = mul %4148, %4150 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4152 = mul %4146, %4151 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4153 = div %4152, %2314 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4154 = broadcast %4153 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4155 = mul %4154, %2310 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4156 = add %4144, %4155 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4157 = mul %4154, %2310 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4158 = add %4156, %4157 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4159 = add %4078, %4158 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4160 = neg %4158 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4161 = reduce_sum %4160 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4162 = div %4161, %2307 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4163 = broadcast %4162 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4164 = add %4159, %4163 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4165 = reduce_sum %4164 axes=[0] keep=1 : f32[1,9,16] @ models/lib/vit.yaml:62:15
%4166 = reshape %4165 : f32[3,3,16] @ models/lib/vit.yaml:36:16
%4167 = permute %4166 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%4168 = reshape %4167 : f32[3,48] @ models/lib/vit.yaml:35:21
%4169 = matmul %2293, %4168 ta=1 tb=0 : f32[4,48] @ models/lib/vit.yaml:34:15
%4170 = reshape %4169 : f32[4,3,16] @ models/lib/vit.yaml:34:17
%4171 = permute %4170 perm=[1,0,2] : f32[3,4,16] @ models/lib/vit.yaml:33:13
%4172 = reshape %4171 : f32[3,64] @ models/lib/vit.yaml:33:21
%4173 = matmul %2293, %4172 ta=1 tb=0 : f32[4,64] @ models/lib/vit.yaml:32:15
%4174 = reshape %4173 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%4175 = reduce_sum %4164 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%4176 = reshape %4175 : f32[16] @ models/lib/vit.yaml:17:71
%4177 = reshape %2288 : f32[36,48] @ models/lib/vit.yaml:17:18
%4178 = reshape %4164 : f32[36,16] @ models/lib/vit.yaml:17:18
%4179 = matmul %4178, %4177 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%4180 = reshape %4179 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%4181 = pad %3280 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%4182 = pad %3294 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%4183 = add %4181, %4182 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%4184 = pad %3382 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%4185 = pad %3338 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%4186 = add %4184, %4185 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%4187 = matmul %4183, %2280 ta=0 tb=0 : f32[4,16,8] @ models/lib/dino.yaml:23:18
%4188 = reshape %2273 : f32[64,8] @ models/lib/dino.yaml:23:18
%4189 = reshape %4183 : f32[64,16] @ models/lib/dino.yaml:23:18
%4190 = matmul %4189, %4188 ta=1 tb=0 : f32[16,8] @ models/lib/dino.yaml:23:18
%4191 = div %4190, %2279 : f32[16,8] @ models/lib/dino.yaml:22:33
%4192 = mul %4191, %2280 : f32[16,8] @ models/lib/dino.yaml:22:33
%4193 = neg %4192 : f32[16,8] @ models/lib/dino.yaml:22:33
%4194 = reduce_sum %4193 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%4195 = const data=[0.5] : f32[] @ models/lib/dino.yaml:22:35
%4196 = broadcast %4195 : f32[16,1] @ models/lib/dino.yaml:22:35
%4197 = mul %4194, %4196 : f32[16,1] @ models/lib/dino.yaml:22:35
%4198 = div %4197, %2278 : f32[16,1] @ models/lib/dino.yaml:22:35
%4199 = broadcast %4198 : f32[16,8] @ models/lib/dino.yaml:22:40
%4200 = mul %4199, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%4201 = add %3406, %4200 : f32[16,8] @ models/lib/dino.yaml:22:53
%4202 = mul %4199, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%4203 = add %4201, %4202 : f32[16,8] @ models/lib/dino.yaml:22:53
%4204 = mul %4191, %2274 : f32[16,8] @ models/lib/dino.yaml:22:22
%4205 = add %4203, %4204 : f32[16,8] @ models/lib/dino.yaml:22:22
%4206 = div %4187, %2272 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4207 = mul %4206, %2273 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4208 = neg %4207 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4209 = reduce_sum %4208 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%4210 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%4211 = broadcast %4210 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4212 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%4213 = broadcast %4212 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4214 = mul %4209, %4213 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4215 = eq %2267, %2270 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%4216 = select %4215, %4214, %4211 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4217 = gt %2267, %2270 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%4218 = select %4217, %4209, %4216 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4219 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%4220 = broadcast %4219 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4221 = mul %4218, %4220 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4222 = div %4221, %2267 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4223 = broadcast %4222 : f32[4,16,8] @ models/lib/nn.yaml:33:29
%4224 = mul %4223, %2264 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4225 = add %4206, %4224 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4226 = mul %4223, %2264 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4227 = add %4225, %4226 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4228 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,64] @ models/lib/nn.yaml:84:18
%4229 = reshape %4227 : f32[64,8] @ models/lib/nn.yaml:84:18
%4230 = matmul %4228, %4229 ta=0 tb=0 : f32[1,8] @ models/lib/nn.yaml:84:18
%4231 = reshape %4230 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4232 = reshape %4231 : f32[8] @ models/lib/nn.yaml:84:18
%4233 = add %3430, %4232 : f32[8] @ models/lib/nn.yaml:84:18
%4234 = matmul %4227, %81 ta=0 tb=0 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%4235 = reshape %2261 : f32[64,24] @ models/lib/nn.yaml:83:15
%4236 = reshape %4227 : f32[64,8] @ models/lib/nn.yaml:83:15
%4237 = matmul %4236, %4235 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%4238 = add %3434, %4237 : f32[8,24] @ models/lib/nn.yaml:83:15
%4239 = mul %4234, %2260 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4240 = mul %4234, %2253 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4241 = mul %2256, %2256 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4242 = neg %4241 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4243 = exp %4242 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4244 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4245 = broadcast %4244 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4246 = mul %4243, %4245 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4247 = mul %4240, %4246 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4248 = mul %4247, %2255 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%4249 = mul %4239, %2252 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4250 = add %4248, %4249 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4251 = reshape %4250 : f32[64,24] @ models/lib/nn.yaml:84:18
%4252 = matmul %4228, %4251 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%4253 = reshape %4252 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4254 = reshape %4253 : f32[24] @ models/lib/nn.yaml:84:18
%4255 = add %3448, %4254 : f32[24] @ models/lib/nn.yaml:84:18
%4256 = matmul %4250, %79 ta=0 tb=0 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%4257 = reshape %2247 : f32[64,24] @ models/lib/nn.yaml:83:15
%4258 = reshape %4250 : f32[64,24] @ models/lib/nn.yaml:83:15
%4259 = matmul %4258, %4257 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%4260 = add %3452, %4259 : f32[24,24] @ models/lib/nn.yaml:83:15
%4261 = mul %4256, %2246 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4262 = mul %4256, %2239 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4263 = mul %2242, %2242 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4264 = neg %4263 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4265 = exp %4264 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4266 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4267 = broadcast %4266 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4268 = mul %4265, %4267 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4269 = mul %4262, %4268 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4270 = mul %4269, %2241 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%4271 = mul %4261, %2238 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4272 = add %4270, %4271 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4273 = reshape %4272 : f32[64,24] @ models/lib/nn.yaml:84:18
%4274 = matmul %4228, %4273 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%4275 = reshape %4274 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4276 = reshape %4275 : f32[24] @ models/lib/nn.yaml:84:18
%4277 = add %3466, %4276 : f32[24] @ models/lib/nn.yaml:84:18
%4278 = matmul %4272, %77 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4279 = reshape %2233 : f32[64,16] @ models/lib/nn.yaml:83:15
%4280 = reshape %4272 : f32[64,24] @ models/lib/nn.yaml:83:15
%4281 = matmul %4280, %4279 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%4282 = add %3470, %4281 : f32[24,16] @ models/lib/nn.yaml:83:15
%4283 = pad %4278 lo=[0,1,0] hi=[0,0,0] value=0 : f32[4,17,16] @ models/dino_pass.yaml:103:46
%4284 = matmul %4186, %2231 ta=0 tb=0 : f32[4,1,8] @ models/lib/dino.yaml:23:18
%4285 = reshape %2224 : f32[4,8] @ models/lib/dino.yaml:23:18
%4286 = reshape %4186 : f32[4,32] @ models/lib/dino.yaml:23:18
%4287 = matmul %4286, %4285 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%4288 = div %4287, %2230 : f32[32,8] @ models/lib/dino.yaml:22:33
%4289 = mul %4288, %2231 : f32[32,8] @ models/lib/dino.yaml:22:33
%4290 = neg %4289 : f32[32,8] @ models/lib/dino.yaml:22:33
%4291 = reduce_sum %4290 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%4292 = const data=[0.5] : f32[] @ models/lib/dino.yaml:22:35
%4293 = broadcast %4292 : f32[32,1] @ models/lib/dino.yaml:22:35
%4294 = mul %4291, %4293 : f32[32,1] @ models/lib/dino.yaml:22:35
%4295 = div %4294, %2229 : f32[32,1] @ models/lib/dino.yaml:22:35
%4296 = broadcast %4295 : f32[32,8] @ models/lib/dino.yaml:22:40
%4297 = mul %4296, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%4298 = add %3489, %4297 : f32[32,8] @ models/lib/dino.yaml:22:53
%4299 = mul %4296, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%4300 = add %4298, %4299 : f32[32,8] @ models/lib/dino.yaml:22:53
%4301 = mul %4288, %2225 : f32[32,8] @ models/lib/dino.yaml:22:22
%4302 = add %4300, %4301 : f32[32,8] @ models/lib/dino.yaml:22:22
%4303 = div %4284, %2223 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4304 = mul %4303, %2224 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4305 = neg %4304 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4306 = reduce_sum %4305 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%4307 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%4308 = broadcast %4307 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4309 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%4310 = broadcast %4309 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4311 = mul %4306, %4310 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4312 = eq %2218, %2221 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4313 = select %4312, %4311, %4308 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4314 = gt %2218, %2221 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4315 = select %4314, %4306, %4313 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4316 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%4317 = broadcast %4316 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4318 = mul %4315, %4317 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4319 = div %4318, %2218 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4320 = broadcast %4319 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%4321 = mul %4320, %2215 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4322 = add %4303, %4321 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4323 = mul %4320, %2215 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4324 = add %4322, %4323 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4325 = reduce_sum %4324 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4326 = reshape %4325 : f32[8] @ models/lib/nn.yaml:84:18
%4327 = add %3513, %4326 : f32[8] @ models/lib/nn.yaml:84:18
%4328 = matmul %4324, %73 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%4329 = reshape %2212 : f32[4,24] @ models/lib/nn.yaml:83:15
%4330 = reshape %4324 : f32[4,8] @ models/lib/nn.yaml:83:15
%4331 = matmul %4330, %4329 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%4332 = add %3517, %4331 : f32[8,24] @ models/lib/nn.yaml:83:15
%4333 = mul %4328, %2211 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4334 = mul %4328, %2204 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4335 = mul %2207, %2207 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4336 = neg %4335 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4337 = exp %4336 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4338 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4339 = broadcast %4338 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4340 = mul %4337, %4339 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4341 = mul %4334, %4340 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4342 = mul %4341, %2206 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4343 = mul %4333, %2203 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4344 = add %4342, %4343 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4345 = reduce_sum %4344 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4346 = reshape %4345 : f32[24] @ models/lib/nn.yaml:84:18
%4347 = add %3531, %4346 : f32[24] @ models/lib/nn.yaml:84:18
%4348 = matmul %4344, %71 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%4349 = reshape %2198 : f32[4,24] @ models/lib/nn.yaml:83:15
%4350 = reshape %4344 : f32[4,24] @ models/lib/nn.yaml:83:15
%4351 = matmul %4350, %4349 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%4352 = add %3535, %4351 : f32[24,24] @ models/lib/nn.yaml:83:15
%4353 = mul %4348, %2197 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4354 = mul %4348, %2190 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4355 = mul %2193, %2193 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4356 = neg %4355 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4357 = exp %4356 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4358 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4359 = broadcast %4358 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4360 = mul %4357, %4359 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4361 = mul %4354, %4360 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4362 = mul %4361, %2192 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4363 = mul %4353, %2189 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4364 = add %4362, %4363 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4365 = reduce_sum %4364 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4366 = reshape %4365 : f32[24] @ models/lib/nn.yaml:84:18
%4367 = add %3549, %4366 : f32[24] @ models/lib/nn.yaml:84:18
%4368 = matmul %4364, %69 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4369 = reshape %2184 : f32[4,16] @ models/lib/nn.yaml:83:15
%4370 = reshape %4364 : f32[4,24] @ models/lib/nn.yaml:83:15
%4371 = matmul %4370, %4369 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%4372 = add %3553, %4371 : f32[24,16] @ models/lib/nn.yaml:83:15
%4373 = pad %4368 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%4374 = add %4283, %4373 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%4375 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:46
%4376 = reshape %4374 : f32[68,16] @ models/lib/nn.yaml:96:46
%4377 = matmul %4375, %4376 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4378 = reshape %4377 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4379 = reshape %4378 : f32[16] @ models/lib/nn.yaml:96:46
%4380 = add %3557, %4379 : f32[16] @ models/lib/nn.yaml:96:46
%4381 = mul %4374, %2180 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4382 = mul %4374, %2179 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4383 = reduce_sum %4382 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4384 = reshape %4383 : f32[16] @ models/lib/nn.yaml:96:37
%4385 = add %3561, %4384 : f32[16] @ models/lib/nn.yaml:96:37
%4386 = mul %4381, %2178 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4387 = mul %4381, %2168 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4388 = reduce_sum %4387 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%4389 = mul %2177, %2177 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4390 = mul %2177, %4389 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4391 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4392 = broadcast %4391 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4393 = mul %4390, %4392 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4394 = mul %4388, %4393 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4395 = div %4394, %2172 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%4396 = broadcast %4395 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%4397 = mul %4396, %2168 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4398 = add %4386, %4397 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4399 = mul %4396, %2168 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4400 = add %4398, %4399 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4401 = neg %4400 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%4402 = reduce_sum %4401 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%4403 = div %4402, %2165 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%4404 = broadcast %4403 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4405 = add %4400, %4404 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4406 = slice %4405 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%4407 = slice %4405 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:111:21
%4408 = reduce_sum %4406 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4409 = reshape %4408 : f32[16] @ models/lib/nn.yaml:84:18
%4410 = add %3585, %4409 : f32[16] @ models/lib/nn.yaml:84:18
%4411 = matmul %4406, %65 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%4412 = reshape %2157 : f32[4,64] @ models/lib/nn.yaml:83:15
%4413 = reshape %4406 : f32[4,16] @ models/lib/nn.yaml:83:15
%4414 = matmul %4413, %4412 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4415 = add %3589, %4414 : f32[16,64] @ models/lib/nn.yaml:83:15
%4416 = mul %4411, %2156 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4417 = mul %4411, %2149 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4418 = mul %2152, %2152 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4419 = neg %4418 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4420 = exp %4419 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4421 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4422 = broadcast %4421 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4423 = mul %4420, %4422 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4424 = mul %4417, %4423 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4425 = mul %4424, %2151 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4426 = mul %4416, %2148 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4427 = add %4425, %4426 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4428 = reduce_sum %4427 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4429 = reshape %4428 : f32[64] @ models/lib/nn.yaml:84:18
%4430 = add %3603, %4429 : f32[64] @ models/lib/nn.yaml:84:18
%4431 = matmul %4427, %63 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4432 = reshape %2143 : f32[4,16] @ models/lib/nn.yaml:83:15
%4433 = reshape %4427 : f32[4,64] @ models/lib/nn.yaml:83:15
%4434 = matmul %4433, %4432 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4435 = add %3607, %4434 : f32[64,16] @ models/lib/nn.yaml:83:15
%4436 = reduce_sum %4431 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4437 = reshape %4436 : f32[16] @ models/lib/nn.yaml:96:46
%4438 = add %3609, %4437 : f32[16] @ models/lib/nn.yaml:96:46
%4439 = mul %4431, %2140 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4440 = mul %4431, %2139 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4441 = reduce_sum %4440 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4442 = reshape %4441 : f32[16] @ models/lib/nn.yaml:96:37
%4443 = add %3613, %4442 : f32[16] @ models/lib/nn.yaml:96:37
%4444 = mul %4439, %2138 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4445 = mul %4439, %2128 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4446 = reduce_sum %4445 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4447 = mul %2137, %2137 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4448 = mul %2137, %4447 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4449 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4450 = broadcast %4449 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4451 = mul %4448, %4450 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4452 = mul %4446, %4451 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4453 = div %4452, %2132 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4454 = broadcast %4453 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4455 = mul %4454, %2128 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4456 = add %4444, %4455 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4457 = mul %4454, %2128 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4458 = add %4456, %4457 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4459 = add %4406, %4458 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4460 = neg %4458 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4461 = reduce_sum %4460 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4462 = div %4461, %2125 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4463 = broadcast %4462 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4464 = add %4459, %4463 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4465 = reduce_sum %4464 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4466 = reshape %4465 : f32[16] @ models/lib/nn.yaml:84:18
%4467 = add %3636, %4466 : f32[16] @ models/lib/nn.yaml:84:18
%4468 = matmul %4464, %59 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4469 = reshape %2118 : f32[4,16] @ models/lib/nn.yaml:83:15
%4470 = reshape %4464 : f32[4,16] @ models/lib/nn.yaml:83:15
%4471 = matmul %4470, %4469 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4472 = add %3640, %4471 : f32[16,16] @ models/lib/nn.yaml:83:15
%4473 = reshape %4468 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%4474 = permute %4473 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%4475 = permute %2092 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%4476 = reshape %4474 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%4477 = broadcast %4476 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4478 = reshape %4475 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4479 = broadcast %4478 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4480 = mul %4477, %4479 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4481 = reduce_sum %4480 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4482 = permute %2110 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%4483 = reshape %4482 : f32[4,2,17,1,1] @ models/lib/nn.yaml:56:23
%4484 = broadcast %4483 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%4485 = reshape %4474 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%4486 = broadcast %4485 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%4487 = mul %4484, %4486 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%4488 = reshape %4487 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4489 = div %4481, %2109 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4490 = mul %4489, %2110 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4491 = neg %4490 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4492 = reduce_sum %4491 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4493 = broadcast %4492 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4494 = add %4489, %4493 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4495 = mul %4494, %2107 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%4496 = mul %4495, %2101 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%4497 = reshape %4496 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%4498 = broadcast %4497 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4499 = reshape %2087 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4500 = broadcast %4499 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4501 = mul %4498, %4500 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4502 = reduce_sum %4501 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4503 = permute %4496 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%4504 = reshape %4503 : f32[4,2,17,1,1] @ models/lib/nn.yaml:55:23
%4505 = broadcast %4504 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%4506 = reshape %2082 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%4507 = broadcast %4506 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%4508 = mul %4505, %4507 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%4509 = reshape %4508 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4510 = permute %4488 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%4511 = reshape %4510 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%4512 = reshape %4511 : f32[68,16] @ models/lib/nn.yaml:84:18
%4513 = matmul %4375, %4512 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4514 = reshape %4513 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4515 = reshape %4514 : f32[16] @ models/lib/nn.yaml:84:18
%4516 = add %3681, %4515 : f32[16] @ models/lib/nn.yaml:84:18
%4517 = matmul %4511, %57 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4518 = reshape %2076 : f32[68,16] @ models/lib/nn.yaml:83:15
%4519 = reshape %4511 : f32[68,16] @ models/lib/nn.yaml:83:15
%4520 = matmul %4519, %4518 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4521 = add %3685, %4520 : f32[16,16] @ models/lib/nn.yaml:83:15
%4522 = permute %4509 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%4523 = reshape %4522 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%4524 = reshape %4523 : f32[68,16] @ models/lib/nn.yaml:84:18
%4525 = matmul %4375, %4524 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4526 = reshape %4525 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4527 = reshape %4526 : f32[16] @ models/lib/nn.yaml:84:18
%4528 = add %3689, %4527 : f32[16] @ models/lib/nn.yaml:84:18
%4529 = matmul %4523, %55 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4530 = add %4517, %4529 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4531 = reshape %2076 : f32[68,16] @ models/lib/nn.yaml:83:15
%4532 = reshape %4523 : f32[68,16] @ models/lib/nn.yaml:83:15
%4533 = matmul %4532, %4531 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4534 = add %3694, %4533 : f32[16,16] @ models/lib/nn.yaml:83:15
%4535 = permute %4502 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4536 = reshape %4535 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4537 = reduce_sum %4536 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4538 = reshape %4537 : f32[16] @ models/lib/nn.yaml:84:18
%4539 = add %3698, %4538 : f32[16] @ models/lib/nn.yaml:84:18
%4540 = matmul %4536, %53 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4541 = reshape %2077 : f32[4,16] @ models/lib/nn.yaml:83:15
%4542 = reshape %4536 : f32[4,16] @ models/lib/nn.yaml:83:15
%4543 = matmul %4542, %4541 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4544 = add %3702, %4543 : f32[16,16] @ models/lib/nn.yaml:83:15
%4545 = pad %4540 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4546 = add %4530, %4545 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4547 = reshape %4546 : f32[68,16] @ models/lib/nn.yaml:96:46
%4548 = matmul %4375, %4547 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4549 = reshape %4548 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4550 = reshape %4549 : f32[16] @ models/lib/nn.yaml:96:46
%4551 = add %3706, %4550 : f32[16] @ models/lib/nn.yaml:96:46
%4552 = mul %4546, %2073 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4553 = mul %4546, %2072 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4554 = reduce_sum %4553 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4555 = reshape %4554 : f32[16] @ models/lib/nn.yaml:96:37
%4556 = add %3710, %4555 : f32[16] @ models/lib/nn.yaml:96:37
%4557 = mul %4552, %2071 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4558 = mul %4552, %2061 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4559 = reduce_sum %4558 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%4560 = mul %2070, %2070 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4561 = mul %2070, %4560 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4562 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4563 = broadcast %4562 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4564 = mul %4561, %4563 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4565 = mul %4559, %4564 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4566 = div %4565, %2065 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%4567 = broadcast %4566 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%4568 = mul %4567, %2061 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4569 = add %4557, %4568 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4570 = mul %4567, %2061 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4571 = add %4569, %4570 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4572 = neg %4571 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%4573 = reduce_sum %4572 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%4574 = div %4573, %2058 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%4575 = broadcast %4574 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4576 = add %4571, %4575 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4577 = slice %4576 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4578 = add %4464, %4577 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4579 = slice %4576 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4580 = add %4407, %4579 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4581 = reduce_sum %4578 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4582 = reshape %4581 : f32[16] @ models/lib/nn.yaml:84:18
%4583 = add %3736, %4582 : f32[16] @ models/lib/nn.yaml:84:18
%4584 = matmul %4578, %49 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%4585 = reshape %2050 : f32[4,64] @ models/lib/nn.yaml:83:15
%4586 = reshape %4578 : f32[4,16] @ models/lib/nn.yaml:83:15
%4587 = matmul %4586, %4585 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4588 = add %3740, %4587 : f32[16,64] @ models/lib/nn.yaml:83:15
%4589 = mul %4584, %2049 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4590 = mul %4584, %2042 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4591 = mul %2045, %2045 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4592 = neg %4591 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4593 = exp %4592 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4594 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4595 = broadcast %4594 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4596 = mul %4593, %4595 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4597 = mul %4590, %4596 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4598 = mul %4597, %2044 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4599 = mul %4589, %2041 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4600 = add %4598, %4599 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4601 = reduce_sum %4600 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4602 = reshape %4601 : f32[64] @ models/lib/nn.yaml:84:18
%4603 = add %3754, %4602 : f32[64] @ models/lib/nn.yaml:84:18
%4604 = matmul %4600, %47 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4605 = reshape %2036 : f32[4,16] @ models/lib/nn.yaml:83:15
%4606 = reshape %4600 : f32[4,64] @ models/lib/nn.yaml:83:15
%4607 = matmul %4606, %4605 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4608 = add %3758, %4607 : f32[64,16] @ models/lib/nn.yaml:83:15
%4609 = reduce_sum %4604 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4610 = reshape %4609 : f32[16] @ models/lib/nn.yaml:96:46
%4611 = add %3760, %4610 : f32[16] @ models/lib/nn.yaml:96:46
%4612 = mul %4604, %2033 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4613 = mul %4604, %2032 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4614 = reduce_sum %4613 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4615 = reshape %4614 : f32[16] @ models/lib/nn.yaml:96:37
%4616 = add %3764, %4615 : f32[16] @ models/lib/nn.yaml:96:37
%4617 = mul %4612, %2031 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4618 = mul %4612, %2021 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4619 = reduce_sum %4618 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4620 = mul %2030, %2030 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4621 = mul %2030, %4620 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4622 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4623 = broadcast %4622 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4624 = mul %4621, %4623 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4625 = mul %4619, %4624 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4626 = div %4625, %2025 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4627 = broadcast %4626 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4628 = mul %4627, %2021 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4629 = add %4617, %4628 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4630 = mul %4627, %2021 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4631 = add %4629, %4630 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4632 = add %4578, %4631 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4633 = neg %4631 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4634 = reduce_sum %4633 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4635 = div %4634, %2018 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4636 = broadcast %4635 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4637 = add %4632, %4636 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4638 = reduce_sum %4637 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4639 = reshape %4638 : f32[16] @ models/lib/nn.yaml:84:18
%4640 = add %3787, %4639 : f32[16] @ models/lib/nn.yaml:84:18
%4641 = matmul %4637, %43 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4642 = reshape %2011 : f32[4,16] @ models/lib/nn.yaml:83:15
%4643 = reshape %4637 : f32[4,16] @ models/lib/nn.yaml:83:15
%4644 = matmul %4643, %4642 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4645 = add %3791, %4644 : f32[16,16] @ models/lib/nn.yaml:83:15
%4646 = reshape %4641 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%4647 = permute %4646 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%4648 = permute %1985 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%4649 = reshape %4647 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%4650 = broadcast %4649 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4651 = reshape %4648 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4652 = broadcast %4651 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4653 = mul %4650, %4652 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4654 = reduce_sum %4653 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4655 = permute %2003 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%4656 = reshape %4655 : f32[4,2,17,1,1] @ models/lib/nn.yaml:56:23
%4657 = broadcast %4656 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%4658 = reshape %4647 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%4659 = broadcast %4658 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%4660 = mul %4657, %4659 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%4661 = reshape %4660 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4662 = div %4654, %2002 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4663 = mul %4662, %2003 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4664 = neg %4663 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4665 = reduce_sum %4664 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4666 = broadcast %4665 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4667 = add %4662, %4666 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4668 = mul %4667, %2000 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%4669 = mul %4668, %1994 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%4670 = reshape %4669 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%4671 = broadcast %4670 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4672 = reshape %1980 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4673 = broadcast %4672 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4674 = mul %4671, %4673 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4675 = reduce_sum %4674 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4676 = permute %4669 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%4677 = reshape %4676 : f32[4,2,17,1,1] @ models/lib/nn.yaml:55:23
%4678 = broadcast %4677 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%4679 = reshape %1975 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%4680 = broadcast %4679 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%4681 = mul %4678, %4680 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%4682 = reshape %4681 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4683 = permute %4661 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%4684 = reshape %4683 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%4685 = reshape %4684 : f32[68,16] @ models/lib/nn.yaml:84:18
%4686 = matmul %4375, %4685 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4687 = reshape %4686 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4688 = reshape %4687 : f32[16] @ models/lib/nn.yaml:84:18
%4689 = add %3832, %4688 : f32[16] @ models/lib/nn.yaml:84:18
%4690 = matmul %4684, %41 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4691 = reshape %1969 : f32[68,16] @ models/lib/nn.yaml:83:15
%4692 = reshape %4684 : f32[68,16] @ models/lib/nn.yaml:83:15
%4693 = matmul %4692, %4691 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4694 = add %3836, %4693 : f32[16,16] @ models/lib/nn.yaml:83:15
%4695 = permute %4682 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%4696 = reshape %4695 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%4697 = reshape %4696 : f32[68,16] @ models/lib/nn.yaml:84:18
%4698 = matmul %4375, %4697 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4699 = reshape %4698 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4700 = reshape %4699 : f32[16] @ models/lib/nn.yaml:84:18
%4701 = add %3840, %4700 : f32[16] @ models/lib/nn.yaml:84:18
%4702 = matmul %4696, %39 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4703 = add %4690, %4702 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4704 = reshape %1969 : f32[68,16] @ models/lib/nn.yaml:83:15
%4705 = reshape %4696 : f32[68,16] @ models/lib/nn.yaml:83:15
%4706 = matmul %4705, %4704 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4707 = add %3845, %4706 : f32[16,16] @ models/lib/nn.yaml:83:15
%4708 = permute %4675 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4709 = reshape %4708 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4710 = reduce_sum %4709 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4711 = reshape %4710 : f32[16] @ models/lib/nn.yaml:84:18
%4712 = add %3849, %4711 : f32[16] @ models/lib/nn.yaml:84:18
%4713 = matmul %4709, %37 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4714 = reshape %1970 : f32[4,16] @ models/lib/nn.yaml:83:15
%4715 = reshape %4709 : f32[4,16] @ models/lib/nn.yaml:83:15
%4716 = matmul %4715, %4714 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4717 = add %3853, %4716 : f32[16,16] @ models/lib/nn.yaml:83:15
%4718 = pad %4713 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4719 = add %4703, %4718 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4720 = reshape %4719 : f32[68,16] @ models/lib/nn.yaml:96:46
%4721 = matmul %4375, %4720 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4722 = reshape %4721 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4723 = reshape %4722 : f32[16] @ models/lib/nn.yaml:96:46
%4724 = add %3857, %4723 : f32[16] @ models/lib/nn.yaml:96:46
%4725 = mul %4719, %1966 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4726 = mul %4719, %1965 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4727 = reduce_sum %4726 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4728 = reshape %4727 : f32[16] @ models/lib/nn.yaml:96:37
%4729 = add %3861, %4728 : f32[16] @ models/lib/nn.yaml:96:37
%4730 = mul %4725, %1964 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4731 = mul %4725, %1954 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4732 = reduce_sum %4731 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%4733 = mul %1963, %1963 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4734 = mul %1963, %4733 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4735 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4736 = broadcast %4735 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4737 = mul %4734, %4736 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4738 = mul %4732, %4737 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4739 = div %4738, %1958 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%4740 = broadcast %4739 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%4741 = mul %4740, %1954 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4742 = add %4730, %4741 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4743 = mul %4740, %1954 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4744 = add %4742, %4743 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4745 = neg %4744 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%4746 = reduce_sum %4745 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%4747 = div %4746, %1951 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%4748 = broadcast %4747 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4749 = add %4744, %4748 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4750 = slice %4749 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4751 = add %4637, %4750 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4752 = slice %4749 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4753 = add %4580, %4752 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4754 = reduce_sum %4751 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4755 = add %3886, %4754 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4756 = mul %4753, %1944 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%4757 = div %4756, %1936 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%4758 = reshape %4757 : f32[64,16] @ models/lib/nn.yaml:84:18
%4759 = matmul %4228, %4758 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4760 = reshape %4759 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4761 = reshape %4760 : f32[16] @ models/lib/nn.yaml:84:18
%4762 = add %3890, %4761 : f32[16] @ models/lib/nn.yaml:84:18
%4763 = matmul %4757, %32 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%4764 = reshape %1931 : f32[64,64] @ models/lib/nn.yaml:83:15
%4765 = reshape %4757 : f32[64,16] @ models/lib/nn.yaml:83:15
%4766 = matmul %4765, %4764 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4767 = add %3894, %4766 : f32[16,64] @ models/lib/nn.yaml:83:15
%4768 = mul %4763, %1930 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4769 = mul %4763, %1923 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4770 = mul %1926, %1926 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4771 = neg %4770 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4772 = exp %4771 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4773 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4774 = broadcast %4773 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4775 = mul %4772, %4774 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4776 = mul %4769, %4775 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4777 = mul %4776, %1925 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%4778 = mul %4768, %1922 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4779 = add %4777, %4778 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4780 = reshape %4779 : f32[64,64] @ models/lib/nn.yaml:84:18
%4781 = matmul %4228, %4780 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%4782 = reshape %4781 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4783 = reshape %4782 : f32[64] @ models/lib/nn.yaml:84:18
%4784 = add %3908, %4783 : f32[64] @ models/lib/nn.yaml:84:18
%4785 = matmul %4779, %30 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4786 = reshape %1917 : f32[64,16] @ models/lib/nn.yaml:83:15
%4787 = reshape %4779 : f32[64,64] @ models/lib/nn.yaml:83:15
%4788 = matmul %4787, %4786 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4789 = add %3912, %4788 : f32[64,16] @ models/lib/nn.yaml:83:15
%4790 = reshape %4785 : f32[64,16] @ models/lib/nn.yaml:96:46
%4791 = matmul %4228, %4790 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4792 = reshape %4791 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4793 = reshape %4792 : f32[16] @ models/lib/nn.yaml:96:46
%4794 = add %3914, %4793 : f32[16] @ models/lib/nn.yaml:96:46
%4795 = mul %4785, %1914 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4796 = mul %4785, %1913 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4797 = reduce_sum %4796 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4798 = reshape %4797 : f32[16] @ models/lib/nn.yaml:96:37
%4799 = add %3918, %4798 : f32[16] @ models/lib/nn.yaml:96:37
%4800 = mul %4795, %1912 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4801 = mul %4795, %1902 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4802 = reduce_sum %4801 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4803 = mul %1911, %1911 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4804 = mul %1911, %4803 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4805 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4806 = broadcast %4805 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4807 = mul %4804, %4806 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4808 = mul %4802, %4807 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4809 = div %4808, %1906 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4810 = broadcast %4809 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4811 = mul %4810, %1902 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4812 = add %4800, %4811 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4813 = mul %4810, %1902 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4814 = add %4812, %4813 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4815 = add %4753, %4814 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4816 = neg %4814 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4817 = reduce_sum %4816 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4818 = div %4817, %1899 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4819 = broadcast %4818 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4820 = add %4815, %4819 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4821 = mul %4820, %1894 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%4822 = div %4821, %1885 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%4823 = reshape %4822 : f32[64,16] @ models/lib/nn.yaml:84:18
%4824 = matmul %4228, %4823 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4825 = reshape %4824 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4826 = reshape %4825 : f32[16] @ models/lib/nn.yaml:84:18
%4827 = add %3943, %4826 : f32[16] @ models/lib/nn.yaml:84:18
%4828 = matmul %4822, %26 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4829 = reshape %1880 : f32[64,16] @ models/lib/nn.yaml:83:15
%4830 = reshape %4822 : f32[64,16] @ models/lib/nn.yaml:83:15
%4831 = matmul %4830, %4829 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4832 = add %3947, %4831 : f32[16,16] @ models/lib/nn.yaml:83:15
%4833 = reshape %4828 : f32[4,16,2,8] @ models/lib/nn.yaml:57:16
%4834 = permute %4833 perm=[0,2,1,3] : f32[4,2,16,8] @ models/lib/nn.yaml:56:13
%4835 = permute %1854 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%4836 = reshape %4834 : f32[4,2,16,8,1] @ models/lib/nn.yaml:56:23
%4837 = broadcast %4836 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4838 = reshape %4835 : f32[4,2,1,8,16] @ models/lib/nn.yaml:56:23
%4839 = broadcast %4838 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4840 = mul %4837, %4839 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4841 = reduce_sum %4840 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4842 = permute %1872 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4843 = reshape %4842 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%4844 = broadcast %4843 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4845 = reshape %4834 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%4846 = broadcast %4845 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4847 = mul %4844, %4846 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4848 = reduce_sum %4847 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4849 = div %4841, %1871 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4850 = mul %4849, %1872 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4851 = neg %4850 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4852 = reduce_sum %4851 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%4853 = broadcast %4852 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4854 = add %4849, %4853 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4855 = mul %4854, %1869 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%4856 = mul %4855, %1863 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%4857 = reshape %4856 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%4858 = broadcast %4857 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4859 = reshape %1852 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%4860 = broadcast %4859 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4861 = mul %4858, %4860 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4862 = reduce_sum %4861 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4863 = permute %4856 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%4864 = reshape %4863 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%4865 = broadcast %4864 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4866 = reshape %1850 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%4867 = broadcast %4866 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4868 = mul %4865, %4867 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4869 = reduce_sum %4868 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4870 = reshape %4848 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%4871 = pad %4870 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:40
%4872 = reshape %4869 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%4873 = pad %4872 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%4874 = add %4871, %4873 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%4875 = reshape %4862 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%4876 = pad %4875 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%4877 = add %4874, %4876 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%4878 = permute %4877 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%4879 = reshape %4878 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%4880 = reshape %4879 : f32[64,48] @ models/lib/nn.yaml:84:18
%4881 = matmul %4228, %4880 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%4882 = reshape %4881 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4883 = reshape %4882 : f32[48] @ models/lib/nn.yaml:84:18
%4884 = add %3996, %4883 : f32[48] @ models/lib/nn.yaml:84:18
%4885 = matmul %4879, %24 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4886 = reshape %1843 : f32[64,16] @ models/lib/nn.yaml:83:15
%4887 = reshape %4879 : f32[64,48] @ models/lib/nn.yaml:83:15
%4888 = matmul %4887, %4886 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%4889 = add %4000, %4888 : f32[48,16] @ models/lib/nn.yaml:83:15
%4890 = reshape %4885 : f32[64,16] @ models/lib/nn.yaml:96:46
%4891 = matmul %4228, %4890 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4892 = reshape %4891 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4893 = reshape %4892 : f32[16] @ models/lib/nn.yaml:96:46
%4894 = add %4002, %4893 : f32[16] @ models/lib/nn.yaml:96:46
%4895 = mul %4885, %1840 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4896 = mul %4885, %1839 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4897 = reduce_sum %4896 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4898 = reshape %4897 : f32[16] @ models/lib/nn.yaml:96:37
%4899 = add %4006, %4898 : f32[16] @ models/lib/nn.yaml:96:37
%4900 = mul %4895, %1838 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4901 = mul %4895, %1828 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4902 = reduce_sum %4901 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4903 = mul %1837, %1837 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4904 = mul %1837, %4903 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4905 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4906 = broadcast %4905 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4907 = mul %4904, %4906 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4908 = mul %4902, %4907 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4909 = div %4908, %1832 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4910 = broadcast %4909 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4911 = mul %4910, %1828 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4912 = add %4900, %4911 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4913 = mul %4910, %1828 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4914 = add %4912, %4913 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4915 = add %4820, %4914 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4916 = neg %4914 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4917 = reduce_sum %4916 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4918 = div %4917, %1825 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4919 = broadcast %4918 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4920 = add %4915, %4919 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4921 = reshape %4920 : f32[64,16] @ models/lib/nn.yaml:84:18
%4922 = matmul %4228, %4921 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4923 = reshape %4922 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4924 = reshape %4923 : f32[16] @ models/lib/nn.yaml:84:18
%4925 = add %4029, %4924 : f32[16] @ models/lib/nn.yaml:84:18
%4926 = matmul %4920, %20 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%4927 = reshape %1818 : f32[64,64] @ models/lib/nn.yaml:83:15
%4928 = reshape %4920 : f32[64,16] @ models/lib/nn.yaml:83:15
%4929 = matmul %4928, %4927 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4930 = add %4033, %4929 : f32[16,64] @ models/lib/nn.yaml:83:15
%4931 = mul %4926, %1817 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4932 = mul %4926, %1810 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4933 = mul %1813, %1813 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4934 = neg %4933 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4935 = exp %4934 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4936 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4937 = broadcast %4936 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4938 = mul %4935, %4937 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4939 = mul %4932, %4938 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4940 = mul %4939, %1812 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%4941 = mul %4931, %1809 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4942 = add %4940, %4941 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4943 = reshape %4942 : f32[64,64] @ models/lib/nn.yaml:84:18
%4944 = matmul %4228, %4943 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%4945 = reshape %4944 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4946 = reshape %4945 : f32[64] @ models/lib/nn.yaml:84:18
%4947 = add %4047, %4946 : f32[64] @ models/lib/nn.yaml:84:18
%4948 = matmul %4942, %18 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4949 = reshape %1804 : f32[64,16] @ models/lib/nn.yaml:83:15
%4950 = reshape %4942 : f32[64,64] @ models/lib/nn.yaml:83:15
%4951 = matmul %4950, %4949 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4952 = add %4051, %4951 : f32[64,16] @ models/lib/nn.yaml:83:15
%4953 = reshape %4948 : f32[64,16] @ models/lib/nn.yaml:96:46
%4954 = matmul %4228, %4953 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4955 = reshape %4954 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4956 = reshape %4955 : f32[16] @ models/lib/nn.yaml:96:46
%4957 = add %4053, %4956 : f32[16] @ models/lib/nn.yaml:96:46
%4958 = mul %4948, %1801 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4959 = mul %4948, %1800 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4960 = reduce_sum %4959 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4961 = reshape %4960 : f32[16] @ models/lib/nn.yaml:96:37
%4962 = add %4057, %4961 : f32[16] @ models/lib/nn.yaml:96:37
%4963 = mul %4958, %1799 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4964 = mul %4958, %1789 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4965 = reduce_sum %4964 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4966 = mul %1798, %1798 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4967 = mul %1798, %4966 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4968 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4969 = broadcast %4968 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4970 = mul %4967, %4969 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4971 = mul %4965, %4970 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4972 = div %4971, %1793 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4973 = broadcast %4972 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4974 = mul %4973, %1789 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4975 = add %4963, %4974 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4976 = mul %4973, %1789 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4977 = add %4975, %4976 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4978 = add %4920, %4977 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4979 = neg %4977 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4980 = reduce_sum %4979 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4981 = div %4980, %1786 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4982 = broadcast %4981 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4983 = add %4978, %4982 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4984 = reshape %4983 : f32[64,16] @ models/lib/nn.yaml:84:18
%4985 = matmul %4228, %4984 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4986 = reshape %4985 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4987 = reshape %4986 : f32[16] @ models/lib/nn.yaml:84:18
%4988 = add %4080, %4987 : f32[16] @ models/lib/nn.yaml:84:18
%4989 = matmul %4983, %14 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4990 = reshape %1779 : f32[64,16] @ models/lib/nn.yaml:83:15
%4991 = reshape %4983 : f32[64,16] @ models/lib/nn.yaml:83:15
%4992 = matmul %4991, %4990 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4993 = add %4084, %4992 : f32[16,16] @ models/lib/nn.yaml:83:15
%4994 = reshape %4989 : f32[4,16,2,8] @ models/lib/nn.yaml:57:16
%4995 = permute %4994 perm=[0,2,1,3] : f32[4,2,16,8] @ models/lib/nn.yaml:56:13
%4996 = permute %1753 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%4997 = reshape %4995 : f32[4,2,16,8,1] @ models/lib/nn.yaml:56:23
%4998 = broadcast %4997 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4999 = reshape %4996 : f32[4,2,1,8,16] @ models/lib/nn.yaml:56:23
%5000 = broadcast %4999 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%5001 = mul %4998, %5000 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%5002 = reduce_sum %5001 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5003 = permute %1771 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5004 = reshape %5003 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%5005 = broadcast %5004 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5006 = reshape %4995 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%5007 = broadcast %5006 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5008 = mul %5005, %5007 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5009 = reduce_sum %5008 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5010 = div %5002, %1770 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5011 = mul %5010, %1771 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5012 = neg %5011 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5013 = reduce_sum %5012 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%5014 = broadcast %5013 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5015 = add %5010, %5014 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5016 = mul %5015, %1768 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%5017 = mul %5016, %1762 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%5018 = reshape %5017 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5019 = broadcast %5018 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5020 = reshape %1751 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5021 = broadcast %5020 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5022 = mul %5019, %5021 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5023 = reduce_sum %5022 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5024 = permute %5017 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5025 = reshape %5024 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5026 = broadcast %5025 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5027 = reshape %1749 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5028 = broadcast %5027 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5029 = mul %5026, %5028 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5030 = reduce_sum %5029 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5031 = reshape %5009 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%5032 = pad %5031 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:40
%5033 = reshape %5030 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%5034 = pad %5033 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%5035 = add %5032, %5034 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%5036 = reshape %5023 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%5037 = pad %5036 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%5038 = add %5035, %5037 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%5039 = permute %5038 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%5040 = reshape %5039 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%5041 = reshape %5040 : f32[64,48] @ models/lib/nn.yaml:84:18
%5042 = matmul %4228, %5041 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%5043 = reshape %5042 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5044 = reshape %5043 : f32[48] @ models/lib/nn.yaml:84:18
%5045 = add %4133, %5044 : f32[48] @ models/lib/nn.yaml:84:18
%5046 = matmul %5040, %12 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5047 = reshape %1742 : f32[64,16] @ models/lib/nn.yaml:83:15
%5048 = reshape %5040 : f32[64,48] @ models/lib/nn.yaml:83:15
%5049 = matmul %5048, %5047 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%5050 = add %4137, %5049 : f32[48,16] @ models/lib/nn.yaml:83:15
%5051 = reshape %5046 : f32[64,16] @ models/lib/nn.yaml:96:46
%5052 = matmul %4228, %5051 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5053 = reshape %5052 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5054 = reshape %5053 : f32[16] @ models/lib/nn.yaml:96:46
%5055 = add %4139, %5054 : f32[16] @ models/lib/nn.yaml:96:46
%5056 = mul %5046, %1739 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5057 = mul %5046, %1738 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5058 = reduce_sum %5057 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5059 = reshape %5058 : f32[16] @ models/lib/nn.yaml:96:37
%5060 = add %4143, %5059 : f32[16] @ models/lib/nn.yaml:96:37
%5061 = mul %5056, %1737 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5062 = mul %5056, %1727 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5063 = reduce_sum %5062 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5064 = mul %1736, %1736 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5065 = mul %1736, %5064 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5066 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%5067 = broadcast %5066 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5068 = mul %5065, %5067 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5069 = mul %5063, %5068 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5070 = div %5069, %1731 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5071 = broadcast %5070 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5072 = mul %5071, %1727 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5073 = add %5061, %5072 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5074 = mul %5071, %1727 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5075 = add %5073, %5074 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5076 = add %4983, %5075 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5077 = neg %5075 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5078 = reduce_sum %5077 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5079 = div %5078, %1724 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5080 = broadcast %5079 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5081 = add %5076, %5080 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5082 = reduce_sum %5081 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%5083 = add %4174, %5082 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%5084 = reshape %5081 : f32[64,16] @ models/lib/vit.yaml:17:71
%5085 = matmul %4228, %5084 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%5086 = reshape %5085 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%5087 = reshape %5086 : f32[16] @ models/lib/vit.yaml:17:71
%5088 = add %4176, %5087 : f32[16] @ models/lib/vit.yaml:17:71
%5089 = reshape %1715 : f32[64,48] @ models/lib/vit.yaml:17:18
%5090 = reshape %5081 : f32[64,16] @ models/lib/vit.yaml:17:18
%5091 = matmul %5090, %5089 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%5092 = reshape %5091 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%5093 = add %4180, %5092 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%5094 = all_reduce_sum %5083 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5095 = reshape %5094 : f32[256] @ models/lib/vit.yaml:48:7
%5096 = mul %5095, %5095 : f32[256] @ models/lib/vit.yaml:48:7
%5097 = reduce_sum %5096 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%5098 = sqrt %5097 : f32[] @ models/lib/vit.yaml:48:7
%5099 = cast %5098 : f64[] @ models/lib/vit.yaml:48:7
%5100 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%5101 = add %5099, %5100 : f64[] @ models/lib/vit.yaml:48:7
%5102 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%5103 = div %5102, %5101 : f64[] @ models/lib/vit.yaml:48:7
%5104 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%5105 = lt %5103, %5104 : bool[] @ models/lib/vit.yaml:48:7
%5106 = cast %5103 : f32[] @ models/lib/vit.yaml:48:7
%5107 = broadcast %5106 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5108 = mul %5094, %5107 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5109 = broadcast %5105 : bool[1,16,16] @ models/lib/vit.yaml:48:7
%5110 = select %5109, %5108, %5094 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5111 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5112 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5113 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%5114 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%5115 = add %5113, %5114 : i64[] @ models/lib/vit.yaml:48:7
%5116 = mul %3233, %3234 : f64[] @ models/lib/vit.yaml:48:7
%5117 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%5118 = sub %5117, %5116 : f64[] @ models/lib/vit.yaml:48:7
%5119 = cast %5118 : f32[] @ models/lib/vit.yaml:48:7
%5120 = broadcast %5119 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5121 = mul %7, %5120 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5122 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:48:7
%5123 = cast %5122 : f32[] @ models/lib/vit.yaml:48:7
%5124 = broadcast %5123 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5125 = mul %5110, %5124 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5126 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%5127 = cast %5126 : f32[] @ models/lib/vit.yaml:48:7
%5128 = broadcast %5127 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5129 = mul %5111, %5128 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5130 = add %5129, %5125 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5131 = mul %5110, %5110 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5132 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:48:7
%5133 = cast %5132 : f32[] @ models/lib/vit.yaml:48:7
%5134 = broadcast %5133 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5135 = mul %5131, %5134 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5136 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%5137 = cast %5136 : f32[] @ models/lib/vit.yaml:48:7
%5138 = broadcast %5137 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5139 = mul %5112, %5138 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5140 = add %5139, %5135 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5141 = cast %5115 : f64[] @ models/lib/vit.yaml:48:7
%5142 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%5143 = pow %5142, %5141 : f64[] @ models/lib/vit.yaml:48:7
%5144 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%5145 = sub %5144, %5143 : f64[] @ models/lib/vit.yaml:48:7
%5146 = div %3233, %5145 : f64[] @ models/lib/vit.yaml:48:7
%5147 = cast %5115 : f64[] @ models/lib/vit.yaml:48:7
%5148 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%5149 = pow %5148, %5147 : f64[] @ models/lib/vit.yaml:48:7
%5150 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%5151 = sub %5150, %5149 : f64[] @ models/lib/vit.yaml:48:7
%5152 = sqrt %5151 : f64[] @ models/lib/vit.yaml:48:7
%5153 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%5154 = div %5153, %5152 : f64[] @ models/lib/vit.yaml:48:7
%5155 = sqrt %5140 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5156 = cast %5154 : f32[] @ models/lib/vit.yaml:48:7
%5157 = broadcast %5156 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5158 = mul %5155, %5157 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5159 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:48:7
%5160 = cast %5159 : f32[] @ models/lib/vit.yaml:48:7
%5161 = broadcast %5160 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5162 = add %5158, %5161 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5163 = div %5130, %5162 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5164 = cast %5146 : f32[] @ models/lib/vit.yaml:48:7
%5165 = broadcast %5164 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5166 = mul %5163, %5165 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5167 = sub %5121, %5166 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5168 = assign %7, %5167 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5169 = assign %5111, %5130 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5170 = assign %5112, %5140 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5171 = assign %5113, %5115 : i64[] @ models/lib/vit.yaml:48:7
%5172 = cast %3235 : f32[] @ models/lib/vit.yaml:48:7
%5173 = broadcast %5172 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5174 = mul %85, %5173 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5175 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%5176 = sub %5175, %3235 : f64[] @ models/lib/vit.yaml:48:7
%5177 = cast %5176 : f32[] @ models/lib/vit.yaml:48:7
%5178 = broadcast %5177 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5179 = mul %5167, %5178 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5180 = add %5174, %5179 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5181 = assign %85, %5180 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5182 = all_reduce_sum %5093 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5183 = reshape %5182 : f32[768] @ models/lib/vit.yaml:9:7
%5184 = mul %5183, %5183 : f32[768] @ models/lib/vit.yaml:9:7
%5185 = reduce_sum %5184 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%5186 = sqrt %5185 : f32[] @ models/lib/vit.yaml:9:7
%5187 = cast %5186 : f64[] @ models/lib/vit.yaml:9:7
%5188 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:9:7
%5189 = add %5187, %5188 : f64[] @ models/lib/vit.yaml:9:7
%5190 = const data=[3] : f64[] @ models/lib/vit.yaml:9:7
%5191 = div %5190, %5189 : f64[] @ models/lib/vit.yaml:9:7
%5192 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%5193 = lt %5191, %5192 : bool[] @ models/lib/vit.yaml:9:7
%5194 = cast %5191 : f32[] @ models/lib/vit.yaml:9:7
%5195 = broadcast %5194 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5196 = mul %5182, %5195 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5197 = broadcast %5193 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%5198 = select %5197, %5196, %5182 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5199 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5200 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5201 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%5202 = const data=[1] : i64[] @ models/lib/vit.yaml:9:7
%5203 = add %5201, %5202 : i64[] @ models/lib/vit.yaml:9:7
%5204 = mul %3233, %3234 : f64[] @ models/lib/vit.yaml:9:7
%5205 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%5206 = sub %5205, %5204 : f64[] @ models/lib/vit.yaml:9:7
%5207 = cast %5206 : f32[] @ models/lib/vit.yaml:9:7
%5208 = broadcast %5207 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5209 = mul %8, %5208 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5210 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:9:7
%5211 = cast %5210 : f32[] @ models/lib/vit.yaml:9:7
%5212 = broadcast %5211 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5213 = mul %5198, %5212 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5214 = const data=[0.9] : f64[] @ models/lib/vit.yaml:9:7
%5215 = cast %5214 : f32[] @ models/lib/vit.yaml:9:7
%5216 = broadcast %5215 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5217 = mul %5199, %5216 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5218 = add %5217, %5213 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5219 = mul %5198, %5198 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5220 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:9:7
%5221 = cast %5220 : f32[] @ models/lib/vit.yaml:9:7
%5222 = broadcast %5221 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5223 = mul %5219, %5222 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5224 = const data=[0.999] : f64[] @ models/lib/vit.yaml:9:7
%5225 = cast %5224 : f32[] @ models/lib/vit.yaml:9:7
%5226 = broadcast %5225 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5227 = mul %5200, %5226 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5228 = add %5227, %5223 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5229 = cast %5203 : f64[] @ models/lib/vit.yaml:9:7
%5230 = const data=[0.9] : f64[] @ models/lib/vit.yaml:9:7
%5231 = pow %5230, %5229 : f64[] @ models/lib/vit.yaml:9:7
%5232 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%5233 = sub %5232, %5231 : f64[] @ models/lib/vit.yaml:9:7
%5234 = div %3233, %5233 : f64[] @ models/lib/vit.yaml:9:7
%5235 = cast %5203 : f64[] @ models/lib/vit.yaml:9:7
%5236 = const data=[0.999] : f64[] @ models/lib/vit.yaml:9:7
%5237 = pow %5236, %5235 : f64[] @ models/lib/vit.yaml:9:7
%5238 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%5239 = sub %5238, %5237 : f64[] @ models/lib/vit.yaml:9:7
%5240 = sqrt %5239 : f64[] @ models/lib/vit.yaml:9:7
%5241 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%5242 = div %5241, %5240 : f64[] @ models/lib/vit.yaml:9:7
%5243 = sqrt %5228 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5244 = cast %5242 : f32[] @ models/lib/vit.yaml:9:7
%5245 = broadcast %5244 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5246 = mul %5243, %5245 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5247 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:9:7
%5248 = cast %5247 : f32[] @ models/lib/vit.yaml:9:7
%5249 = broadcast %5248 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5250 = add %5246, %5249 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5251 = div %5218, %5250 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5252 = cast %5234 : f32[] @ models/lib/vit.yaml:9:7
%5253 = broadcast %5252 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5254 = mul %5251, %5253 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5255 = sub %5209, %5254 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5256 = assign %8, %5255 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5257 = assign %5199, %5218 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5258 = assign %5200, %5228 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5259 = assign %5201, %5203 : i64[] @ models/lib/vit.yaml:9:7
%5260 = cast %3235 : f32[] @ models/lib/vit.yaml:9:7
%5261 = broadcast %5260 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5262 = mul %86, %5261 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5263 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%5264 = sub %5263, %3235 : f64[] @ models/lib/vit.yaml:9:7
%5265 = cast %5264 : f32[] @ models/lib/vit.yaml:9:7
%5266 = broadcast %5265 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5267 = mul %5255, %5266 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5268 = add %5262, %5267 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5269 = assign %86, %5268 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5270 = all_reduce_sum %5088 : f32[16] @ models/lib/vit.yaml:10:7
%5271 = reshape %5270 : f32[16] @ models/lib/vit.yaml:10:7
%5272 = mul %5271, %5271 : f32[16] @ models/lib/vit.yaml:10:7
%5273 = reduce_sum %5272 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%5274 = sqrt %5273 : f32[] @ models/lib/vit.yaml:10:7
%5275 = cast %5274 : f64[] @ models/lib/vit.yaml:10:7
%5276 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:10:7
%5277 = add %5275, %5276 : f64[] @ models/lib/vit.yaml:10:7
%5278 = const data=[3] : f64[] @ models/lib/vit.yaml:10:7
%5279 = div %5278, %5277 : f64[] @ models/lib/vit.yaml:10:7
%5280 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%5281 = lt %5279, %5280 : bool[] @ models/lib/vit.yaml:10:7
%5282 = cast %5279 : f32[] @ models/lib/vit.yaml:10:7
%5283 = broadcast %5282 : f32[16] @ models/lib/vit.yaml:10:7
%5284 = mul %5270, %5283 : f32[16] @ models/lib/vit.yaml:10:7
%5285 = broadcast %5281 : bool[16] @ models/lib/vit.yaml:10:7
%5286 = select %5285, %5284, %5270 : f32[16] @ models/lib/vit.yaml:10:7
%5287 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%5288 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%5289 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%5290 = const data=[1] : i64[] @ models/lib/vit.yaml:10:7
%5291 = add %5289, %5290 : i64[] @ models/lib/vit.yaml:10:7
%5292 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:10:7
%5293 = cast %5292 : f32[] @ models/lib/vit.yaml:10:7
%5294 = broadcast %5293 : f32[16] @ models/lib/vit.yaml:10:7
%5295 = mul %5286, %5294 : f32[16] @ models/lib/vit.yaml:10:7
%5296 = const data=[0.9] : f64[] @ models/lib/vit.yaml:10:7
%5297 = cast %5296 : f32[] @ models/lib/vit.yaml:10:7
%5298 = broadcast %5297 : f32[16] @ models/lib/vit.yaml:10:7
%5299 = mul %5287, %5298 : f32[16] @ models/lib/vit.yaml:10:7
%5300 = add %5299, %5295 : f32[16] @ models/lib/vit.yaml:10:7
%5301 = mul %5286, %5286 : f32[16] @ models/lib/vit.yaml:10:7
%5302 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:10:7
%5303 = cast %5302 : f32[] @ models/lib/vit.yaml:10:7
%5304 = broadcast %5303 : f32[16] @ models/lib/vit.yaml:10:7
%5305 = mul %5301, %5304 : f32[16] @ models/lib/vit.yaml:10:7
%5306 = const data=[0.999] : f64[] @ models/lib/vit.yaml:10:7
%5307 = cast %5306 : f32[] @ models/lib/vit.yaml:10:7
%5308 = broadcast %5307 : f32[16] @ models/lib/vit.yaml:10:7
%5309 = mul %5288, %5308 : f32[16] @ models/lib/vit.yaml:10:7
%5310 = add %5309, %5305 : f32[16] @ models/lib/vit.yaml:10:7
%5311 = cast %5291 : f64[] @ models/lib/vit.yaml:10:7
%5312 = const data=[0.9] : f64[] @ models/lib/vit.yaml:10:7
%5313 = pow %5312, %5311 : f64[] @ models/lib/vit.yaml:10:7
%5314 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%5315 = sub %5314, %5313 : f64[] @ models/lib/vit.yaml:10:7
%5316 = div %3233, %5315 : f64[] @ models/lib/vit.yaml:10:7
%5317 = cast %5291 : f64[] @ models/lib/vit.yaml:10:7
%5318 = const data=[0.999] : f64[] @ models/lib/vit.yaml:10:7
%5319 = pow %5318, %5317 : f64[] @ models/lib/vit.yaml:10:7
%5320 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%5321 = sub %5320, %5319 : f64[] @ models/lib/vit.yaml:10:7
%5322 = sqrt %5321 : f64[] @ models/lib/vit.yaml:10:7
%5323 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%5324 = div %5323, %5322 : f64[] @ models/lib/vit.yaml:10:7
%5325 = sqrt %5310 : f32[16] @ models/lib/vit.yaml:10:7
%5326 = cast %5324 : f32[] @ models/lib/vit.yaml:10:7
%5327 = broadcast %5326 : f32[16] @ models/lib/vit.yaml:10:7
%5328 = mul %5325, %5327 : f32[16] @ models/lib/vit.yaml:10:7
%5329 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:10:7
%5330 = cast %5329 : f32[] @ models/lib/vit.yaml:10:7
%5331 = broadcast %5330 : f32[16] @ models/lib/vit.yaml:10:7
%5332 = add %5328, %5331 : f32[16] @ models/lib/vit.yaml:10:7
%5333 = div %5300, %5332 : f32[16] @ models/lib/vit.yaml:10:7
%5334 = cast %5316 : f32[] @ models/lib/vit.yaml:10:7
%5335 = broadcast %5334 : f32[16] @ models/lib/vit.yaml:10:7
%5336 = mul %5333, %5335 : f32[16] @ models/lib/vit.yaml:10:7
%5337 = sub %9, %5336 : f32[16] @ models/lib/vit.yaml:10:7
%5338 = assign %9, %5337 : f32[16] @ models/lib/vit.yaml:10:7
%5339 = assign %5287, %5300 : f32[16] @ models/lib/vit.yaml:10:7
%5340 = assign %5288, %5310 : f32[16] @ models/lib/vit.yaml:10:7
%5341 = assign %5289, %5291 : i64[] @ models/lib/vit.yaml:10:7
%5342 = cast %3235 : f32[] @ models/lib/vit.yaml:10:7
%5343 = broadcast %5342 : f32[16] @ models/lib/vit.yaml:10:7
%5344 = mul %87, %5343 : f32[16] @ models/lib/vit.yaml:10:7
%5345 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%5346 = sub %5345, %3235 : f64[] @ models/lib/vit.yaml:10:7
%5347 = cast %5346 : f32[] @ models/lib/vit.yaml:10:7
%5348 = broadcast %5347 : f32[16] @ models/lib/vit.yaml:10:7
%5349 = mul %5337, %5348 : f32[16] @ models/lib/vit.yaml:10:7
%5350 = add %5344, %5349 : f32[16] @ models/lib/vit.yaml:10:7
%5351 = assign %87, %5350 : f32[16] @ models/lib/vit.yaml:10:7
%5352 = all_reduce_sum %5060 : f32[16] @ models/lib/nn.yaml:89:7
%5353 = reshape %5352 : f32[16] @ models/lib/nn.yaml:89:7
%5354 = mul %5353, %5353 : f32[16] @ models/lib/nn.yaml:89:7
%5355 = reduce_sum %5354 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5356 = sqrt %5355 : f32[] @ models/lib/nn.yaml:89:7
%5357 = cast %5356 : f64[] @ models/lib/nn.yaml:89:7
%5358 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%5359 = add %5357, %5358 : f64[] @ models/lib/nn.yaml:89:7
%5360 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%5361 = div %5360, %5359 : f64[] @ models/lib/nn.yaml:89:7
%5362 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5363 = lt %5361, %5362 : bool[] @ models/lib/nn.yaml:89:7
%5364 = cast %5361 : f32[] @ models/lib/nn.yaml:89:7
%5365 = broadcast %5364 : f32[16] @ models/lib/nn.yaml:89:7
%5366 = mul %5352, %5365 : f32[16] @ models/lib/nn.yaml:89:7
%5367 = broadcast %5363 : bool[16] @ models/lib/nn.yaml:89:7
%5368 = select %5367, %5366, %5352 : f32[16] @ models/lib/nn.yaml:89:7
%5369 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5370 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5371 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5372 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%5373 = add %5371, %5372 : i64[] @ models/lib/nn.yaml:89:7
%5374 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%5375 = cast %5374 : f32[] @ models/lib/nn.yaml:89:7
%5376 = broadcast %5375 : f32[16] @ models/lib/nn.yaml:89:7
%5377 = mul %5368, %5376 : f32[16] @ models/lib/nn.yaml:89:7
%5378 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%5379 = cast %5378 : f32[] @ models/lib/nn.yaml:89:7
%5380 = broadcast %5379 : f32[16] @ models/lib/nn.yaml:89:7
%5381 = mul %5369, %5380 : f32[16] @ models/lib/nn.yaml:89:7
%5382 = add %5381, %5377 : f32[16] @ models/lib/nn.yaml:89:7
%5383 = mul %5368, %5368 : f32[16] @ models/lib/nn.yaml:89:7
%5384 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%5385 = cast %5384 : f32[] @ models/lib/nn.yaml:89:7
%5386 = broadcast %5385 : f32[16] @ models/lib/nn.yaml:89:7
%5387 = mul %5383, %5386 : f32[16] @ models/lib/nn.yaml:89:7
%5388 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%5389 = cast %5388 : f32[] @ models/lib/nn.yaml:89:7
%5390 = broadcast %5389 : f32[16] @ models/lib/nn.yaml:89:7
%5391 = mul %5370, %5390 : f32[16] @ models/lib/nn.yaml:89:7
%5392 = add %5391, %5387 : f32[16] @ models/lib/nn.yaml:89:7
%5393 = cast %5373 : f64[] @ models/lib/nn.yaml:89:7
%5394 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%5395 = pow %5394, %5393 : f64[] @ models/lib/nn.yaml:89:7
%5396 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5397 = sub %5396, %5395 : f64[] @ models/lib/nn.yaml:89:7
%5398 = div %3233, %5397 : f64[] @ models/lib/nn.yaml:89:7
%5399 = cast %5373 : f64[] @ models/lib/nn.yaml:89:7
%5400 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%5401 = pow %5400, %5399 : f64[] @ models/lib/nn.yaml:89:7
%5402 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5403 = sub %5402, %5401 : f64[] @ models/lib/nn.yaml:89:7
%5404 = sqrt %5403 : f64[] @ models/lib/nn.yaml:89:7
%5405 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5406 = div %5405, %5404 : f64[] @ models/lib/nn.yaml:89:7
%5407 = sqrt %5392 : f32[16] @ models/lib/nn.yaml:89:7
%5408 = cast %5406 : f32[] @ models/lib/nn.yaml:89:7
%5409 = broadcast %5408 : f32[16] @ models/lib/nn.yaml:89:7
%5410 = mul %5407, %5409 : f32[16] @ models/lib/nn.yaml:89:7
%5411 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%5412 = cast %5411 : f32[] @ models/lib/nn.yaml:89:7
%5413 = broadcast %5412 : f32[16] @ models/lib/nn.yaml:89:7
%5414 = add %5410, %5413 : f32[16] @ models/lib/nn.yaml:89:7
%5415 = div %5382, %5414 : f32[16] @ models/lib/nn.yaml:89:7
%5416 = cast %5398 : f32[] @ models/lib/nn.yaml:89:7
%5417 = broadcast %5416 : f32[16] @ models/lib/nn.yaml:89:7
%5418 = mul %5415, %5417 : f32[16] @ models/lib/nn.yaml:89:7
%5419 = sub %10, %5418 : f32[16] @ models/lib/nn.yaml:89:7
%5420 = assign %10, %5419 : f32[16] @ models/lib/nn.yaml:89:7
%5421 = assign %5369, %5382 : f32[16] @ models/lib/nn.yaml:89:7
%5422 = assign %5370, %5392 : f32[16] @ models/lib/nn.yaml:89:7
%5423 = assign %5371, %5373 : i64[] @ models/lib/nn.yaml:89:7
%5424 = cast %3235 : f32[] @ models/lib/nn.yaml:89:7
%5425 = broadcast %5424 : f32[16] @ models/lib/nn.yaml:89:7
%5426 = mul %88, %5425 : f32[16] @ models/lib/nn.yaml:89:7
%5427 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5428 = sub %5427, %3235 : f64[] @ models/lib/nn.yaml:89:7
%5429 = cast %5428 : f32[] @ models/lib/nn.yaml:89:7
%5430 = broadcast %5429 : f32[16] @ models/lib/nn.yaml:89:7
%5431 = mul %5419, %5430 : f32[16] @ models/lib/nn.yaml:89:7
%5432 = add %5426, %5431 : f32[16] @ models/lib/nn.yaml:89:7
%5433 = assign %88, %5432 : f32[16] @ models/lib/nn.yaml:89:7
%5434 = all_reduce_sum %5055 : f32[16] @ models/lib/nn.yaml:90:7
%5435 = reshape %5434 : f32[16] @ models/lib/nn.yaml:90:7
%5436 = mul %5435, %5435 : f32[16] @ models/lib/nn.yaml:90:7
%5437 = reduce_sum %5436 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5438 = sqrt %5437 : f32[] @ models/lib/nn.yaml:90:7
%5439 = cast %5438 : f64[] @ models/lib/nn.yaml:90:7
%5440 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%5441 = add %5439, %5440 : f64[] @ models/lib/nn.yaml:90:7
%5442 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%5443 = div %5442, %5441 : f64[] @ models/lib/nn.yaml:90:7
%5444 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5445 = lt %5443, %5444 : bool[] @ models/lib/nn.yaml:90:7
%5446 = cast %5443 : f32[] @ models/lib/nn.yaml:90:7
%5447 = broadcast %5446 : f32[16] @ models/lib/nn.yaml:90:7
%5448 = mul %5434, %5447 : f32[16] @ models/lib/nn.yaml:90:7
%5449 = broadcast %5445 : bool[16] @ models/lib/nn.yaml:90:7
%5450 = select %5449, %5448, %5434 : f32[16] @ models/lib/nn.yaml:90:7
%5451 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5452 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5453 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5454 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%5455 = add %5453, %5454 : i64[] @ models/lib/nn.yaml:90:7
%5456 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%5457 = cast %5456 : f32[] @ models/lib/nn.yaml:90:7
%5458 = broadcast %5457 : f32[16] @ models/lib/nn.yaml:90:7
%5459 = mul %5450, %5458 : f32[16] @ models/lib/nn.yaml:90:7
%5460 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5461 = cast %5460 : f32[] @ models/lib/nn.yaml:90:7
%5462 = broadcast %5461 : f32[16] @ models/lib/nn.yaml:90:7
%5463 = mul %5451, %5462 : f32[16] @ models/lib/nn.yaml:90:7
%5464 = add %5463, %5459 : f32[16] @ models/lib/nn.yaml:90:7
%5465 = mul %5450, %5450 : f32[16] @ models/lib/nn.yaml:90:7
%5466 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%5467 = cast %5466 : f32[] @ models/lib/nn.yaml:90:7
%5468 = broadcast %5467 : f32[16] @ models/lib/nn.yaml:90:7
%5469 = mul %5465, %5468 : f32[16] @ models/lib/nn.yaml:90:7
%5470 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5471 = cast %5470 : f32[] @ models/lib/nn.yaml:90:7
%5472 = broadcast %5471 : f32[16] @ models/lib/nn.yaml:90:7
%5473 = mul %5452, %5472 : f32[16] @ models/lib/nn.yaml:90:7
%5474 = add %5473, %5469 : f32[16] @ models/lib/nn.yaml:90:7
%5475 = cast %5455 : f64[] @ models/lib/nn.yaml:90:7
%5476 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5477 = pow %5476, %5475 : f64[] @ models/lib/nn.yaml:90:7
%5478 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5479 = sub %5478, %5477 : f64[] @ models/lib/nn.yaml:90:7
%5480 = div %3233, %5479 : f64[] @ models/lib/nn.yaml:90:7
%5481 = cast %5455 : f64[] @ models/lib/nn.yaml:90:7
%5482 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5483 = pow %5482, %5481 : f64[] @ models/lib/nn.yaml:90:7
%5484 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5485 = sub %5484, %5483 : f64[] @ models/lib/nn.yaml:90:7
%5486 = sqrt %5485 : f64[] @ models/lib/nn.yaml:90:7
%5487 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5488 = div %5487, %5486 : f64[] @ models/lib/nn.yaml:90:7
%5489 = sqrt %5474 : f32[16] @ models/lib/nn.yaml:90:7
%5490 = cast %5488 : f32[] @ models/lib/nn.yaml:90:7
%5491 = broadcast %5490 : f32[16] @ models/lib/nn.yaml:90:7
%5492 = mul %5489, %5491 : f32[16] @ models/lib/nn.yaml:90:7
%5493 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%5494 = cast %5493 : f32[] @ models/lib/nn.yaml:90:7
%5495 = broadcast %5494 : f32[16] @ models/lib/nn.yaml:90:7
%5496 = add %5492, %5495 : f32[16] @ models/lib/nn.yaml:90:7
%5497 = div %5464, %5496 : f32[16] @ models/lib/nn.yaml:90:7
%5498 = cast %5480 : f32[] @ models/lib/nn.yaml:90:7
%5499 = broadcast %5498 : f32[16] @ models/lib/nn.yaml:90:7
%5500 = mul %5497, %5499 : f32[16] @ models/lib/nn.yaml:90:7
%5501 = sub %11, %5500 : f32[16] @ models/lib/nn.yaml:90:7
%5502 = assign %11, %5501 : f32[16] @ models/lib/nn.yaml:90:7
%5503 = assign %5451, %5464 : f32[16] @ models/lib/nn.yaml:90:7
%5504 = assign %5452, %5474 : f32[16] @ models/lib/nn.yaml:90:7
%5505 = assign %5453, %5455 : i64[] @ models/lib/nn.yaml:90:7
%5506 = cast %3235 : f32[] @ models/lib/nn.yaml:90:7
%5507 = broadcast %5506 : f32[16] @ models/lib/nn.yaml:90:7
%5508 = mul %89, %5507 : f32[16] @ models/lib/nn.yaml:90:7
%5509 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5510 = sub %5509, %3235 : f64[] @ models/lib/nn.yaml:90:7
%5511 = cast %5510 : f32[] @ models/lib/nn.yaml:90:7
%5512 = broadcast %5511 : f32[16] @ models/lib/nn.yaml:90:7
%5513 = mul %5501, %5512 : f32[16] @ models/lib/nn.yaml:90:7
%5514 = add %5508, %5513 : f32[16] @ models/lib/nn.yaml:90:7
%5515 = assign %89, %5514 : f32[16] @ models/lib/nn.yaml:90:7
%5516 = all_reduce_sum %5050 : f32[48,16] @ models/lib/nn.yaml:79:7
%5517 = reshape %5516 : f32[768] @ models/lib/nn.yaml:79:7
%5518 = mul %5517, %5517 : f32[768] @ models/lib/nn.yaml:79:7
%5519 = reduce_sum %5518 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5520 = sqrt %5519 : f32[] @ models/lib/nn.yaml:79:7
%5521 = cast %5520 : f64[] @ models/lib/nn.yaml:79:7
%5522 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%5523 = add %5521, %5522 : f64[] @ models/lib/nn.yaml:79:7
%5524 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%5525 = div %5524, %5523 : f64[] @ models/lib/nn.yaml:79:7
%5526 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5527 = lt %5525, %5526 : bool[] @ models/lib/nn.yaml:79:7
%5528 = cast %5525 : f32[] @ models/lib/nn.yaml:79:7
%5529 = broadcast %5528 : f32[48,16] @ models/lib/nn.yaml:79:7
%5530 = mul %5516, %5529 : f32[48,16] @ models/lib/nn.yaml:79:7
%5531 = broadcast %5527 : bool[48,16] @ models/lib/nn.yaml:79:7
%5532 = select %5531, %5530, %5516 : f32[48,16] @ models/lib/nn.yaml:79:7
%5533 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%5534 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%5535 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5536 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5537 = add %5535, %5536 : i64[] @ models/lib/nn.yaml:79:7
%5538 = mul %3233, %3234 : f64[] @ models/lib/nn.yaml:79:7
%5539 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5540 = sub %5539, %5538 : f64[] @ models/lib/nn.yaml:79:7
%5541 = cast %5540 : f32[] @ models/lib/nn.yaml:79:7
%5542 = broadcast %5541 : f32[48,16] @ models/lib/nn.yaml:79:7
%5543 = mul %12, %5542 : f32[48,16] @ models/lib/nn.yaml:79:7
%5544 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5545 = cast %5544 : f32[] @ models/lib/nn.yaml:79:7
%5546 = broadcast %5545 : f32[48,16] @ models/lib/nn.yaml:79:7
%5547 = mul %5532, %5546 : f32[48,16] @ models/lib/nn.yaml:79:7
%5548 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5549 = cast %5548 : f32[] @ models/lib/nn.yaml:79:7
%5550 = broadcast %5549 : f32[48,16] @ models/lib/nn.yaml:79:7
%5551 = mul %5533, %5550 : f32[48,16] @ models/lib/nn.yaml:79:7
%5552 = add %5551, %5547 : f32[48,16] @ models/lib/nn.yaml:79:7
%5553 = mul %5532, %5532 : f32[48,16] @ models/lib/nn.yaml:79:7
%5554 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5555 = cast %5554 : f32[] @ models/lib/nn.yaml:79:7
%5556 = broadcast %5555 : f32[48,16] @ models/lib/nn.yaml:79:7
%5557 = mul %5553, %5556 : f32[48,16] @ models/lib/nn.yaml:79:7
%5558 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5559 = cast %5558 : f32[] @ models/lib/nn.yaml:79:7
%5560 = broadcast %5559 : f32[48,16] @ models/lib/nn.yaml:79:7
%5561 = mul %5534, %5560 : f32[48,16] @ models/lib/nn.yaml:79:7
%5562 = add %5561, %5557 : f32[48,16] @ models/lib/nn.yaml:79:7
%5563 = cast %5537 : f64[] @ models/lib/nn.yaml:79:7
%5564 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5565 = pow %5564, %5563 : f64[] @ models/lib/nn.yaml:79:7
%5566 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5567 = sub %5566, %5565 : f64[] @ models/lib/nn.yaml:79:7
%5568 = div %3233, %5567 : f64[] @ models/lib/nn.yaml:79:7
%5569 = cast %5537 : f64[] @ models/lib/nn.yaml:79:7
%5570 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5571 = pow %5570, %5569 : f64[] @ models/lib/nn.yaml:79:7
%5572 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5573 = sub %5572, %5571 : f64[] @ models/lib/nn.yaml:79:7
%5574 = sqrt %5573 : f64[] @ models/lib/nn.yaml:79:7
%5575 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5576 = div %5575, %5574 : f64[] @ models/lib/nn.yaml:79:7
%5577 = sqrt %5562 : f32[48,16] @ models/lib/nn.yaml:79:7
%5578 = cast %5576 : f32[] @ models/lib/nn.yaml:79:7
%5579 = broadcast %5578 : f32[48,16] @ models/lib/nn.yaml:79:7
%5580 = mul %5577, %5579 : f32[48,16] @ models/lib/nn.yaml:79:7
%5581 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5582 = cast %5581 : f32[] @ models/lib/nn.yaml:79:7
%5583 = broadcast %5582 : f32[48,16] @ models/lib/nn.yaml:79:7
%5584 = add %5580, %5583 : f32[48,16] @ models/lib/nn.yaml:79:7
%5585 = div %5552, %5584 : f32[48,16] @ models/lib/nn.yaml:79:7
%5586 = cast %5568 : f32[] @ models/lib/nn.yaml:79:7
%5587 = broadcast %5586 : f32[48,16] @ models/lib/nn.yaml:79:7
%5588 = mul %5585, %5587 : f32[48,16] @ models/lib/nn.yaml:79:7
%5589 = sub %5543, %5588 : f32[48,16] @ models/lib/nn.yaml:79:7
%5590 = assign %12, %5589 : f32[48,16] @ models/lib/nn.yaml:79:7
%5591 = assign %5533, %5552 : f32[48,16] @ models/lib/nn.yaml:79:7
%5592 = assign %5534, %5562 : f32[48,16] @ models/lib/nn.yaml:79:7
%5593 = assign %5535, %5537 : i64[] @ models/lib/nn.yaml:79:7
%5594 = cast %3235 : f32[] @ models/lib/nn.yaml:79:7
%5595 = broadcast %5594 : f32[48,16] @ models/lib/nn.yaml:79:7
%5596 = mul %90, %5595 : f32[48,16] @ models/lib/nn.yaml:79:7
%5597 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5598 = sub %5597, %3235 : f64[] @ models/lib/nn.yaml:79:7
%5599 = cast %5598 : f32[] @ models/lib/nn.yaml:79:7
%5600 = broadcast %5599 : f32[48,16] @ models/lib/nn.yaml:79:7
%5601 = mul %5589, %5600 : f32[48,16] @ models/lib/nn.yaml:79:7
%5602 = add %5596, %5601 : f32[48,16] @ models/lib/nn.yaml:79:7
%5603 = assign %90, %5602 : f32[48,16] @ models/lib/nn.yaml:79:7
%5604 = all_reduce_sum %5045 : f32[48] @ models/lib/nn.yaml:80:7
%5605 = reshape %5604 : f32[48] @ models/lib/nn.yaml:80:7
%5606 = mul %5605, %5605 : f32[48] @ models/lib/nn.yaml:80:7
%5607 = reduce_sum %5606 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5608 = sqrt %5607 : f32[] @ models/lib/nn.yaml:80:7
%5609 = cast %5608 : f64[] @ models/lib/nn.yaml:80:7
%5610 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%5611 = add %5609, %5610 : f64[] @ models/lib/nn.yaml:80:7
%5612 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%5613 = div %5612, %5611 : f64[] @ models/lib/nn.yaml:80:7
%5614 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5615 = lt %5613, %5614 : bool[] @ models/lib/nn.yaml:80:7
%5616 = cast %5613 : f32[] @ models/lib/nn.yaml:80:7
%5617 = broadcast %5616 : f32[48] @ models/lib/nn.yaml:80:7
%5618 = mul %5604, %5617 : f32[48] @ models/lib/nn.yaml:80:7
%5619 = broadcast %5615 : bool[48] @ models/lib/nn.yaml:80:7
%5620 = select %5619, %5618, %5604 : f32[48] @ models/lib/nn.yaml:80:7
%5621 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%5622 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%5623 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5624 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5625 = add %5623, %5624 : i64[] @ models/lib/nn.yaml:80:7
%5626 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5627 = cast %5626 : f32[] @ models/lib/nn.yaml:80:7
%5628 = broadcast %5627 : f32[48] @ models/lib/nn.yaml:80:7
%5629 = mul %5620, %5628 : f32[48] @ models/lib/nn.yaml:80:7
%5630 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5631 = cast %5630 : f32[] @ models/lib/nn.yaml:80:7
%5632 = broadcast %5631 : f32[48] @ models/lib/nn.yaml:80:7
%5633 = mul %5621, %5632 : f32[48] @ models/lib/nn.yaml:80:7
%5634 = add %5633, %5629 : f32[48] @ models/lib/nn.yaml:80:7
%5635 = mul %5620, %5620 : f32[48] @ models/lib/nn.yaml:80:7
%5636 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5637 = cast %5636 : f32[] @ models/lib/nn.yaml:80:7
%5638 = broadcast %5637 : f32[48] @ models/lib/nn.yaml:80:7
%5639 = mul %5635, %5638 : f32[48] @ models/lib/nn.yaml:80:7
%5640 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5641 = cast %5640 : f32[] @ models/lib/nn.yaml:80:7
%5642 = broadcast %5641 : f32[48] @ models/lib/nn.yaml:80:7
%5643 = mul %5622, %5642 : f32[48] @ models/lib/nn.yaml:80:7
%5644 = add %5643, %5639 : f32[48] @ models/lib/nn.yaml:80:7
%5645 = cast %5625 : f64[] @ models/lib/nn.yaml:80:7
%5646 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5647 = pow %5646, %5645 : f64[] @ models/lib/nn.yaml:80:7
%5648 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5649 = sub %5648, %5647 : f64[] @ models/lib/nn.yaml:80:7
%5650 = div %3233, %5649 : f64[] @ models/lib/nn.yaml:80:7
%5651 = cast %5625 : f64[] @ models/lib/nn.yaml:80:7
%5652 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5653 = pow %5652, %5651 : f64[] @ models/lib/nn.yaml:80:7
%5654 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5655 = sub %5654, %5653 : f64[] @ models/lib/nn.yaml:80:7
%5656 = sqrt %5655 : f64[] @ models/lib/nn.yaml:80:7
%5657 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5658 = div %5657, %5656 : f64[] @ models/lib/nn.yaml:80:7
%5659 = sqrt %5644 : f32[48] @ models/lib/nn.yaml:80:7
%5660 = cast %5658 : f32[] @ models/lib/nn.yaml:80:7
%5661 = broadcast %5660 : f32[48] @ models/lib/nn.yaml:80:7
%5662 = mul %5659, %5661 : f32[48] @ models/lib/nn.yaml:80:7
%5663 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5664 = cast %5663 : f32[] @ models/lib/nn.yaml:80:7
%5665 = broadcast %5664 : f32[48] @ models/lib/nn.yaml:80:7
%5666 = add %5662, %5665 : f32[48] @ models/lib/nn.yaml:80:7
%5667 = div %5634, %5666 : f32[48] @ models/lib/nn.yaml:80:7
%5668 = cast %5650 : f32[] @ models/lib/nn.yaml:80:7
%5669 = broadcast %5668 : f32[48] @ models/lib/nn.yaml:80:7
%5670 = mul %5667, %5669 : f32[48] @ models/lib/nn.yaml:80:7
%5671 = sub %13, %5670 : f32[48] @ models/lib/nn.yaml:80:7
%5672 = assign %13, %5671 : f32[48] @ models/lib/nn.yaml:80:7
%5673 = assign %5621, %5634 : f32[48] @ models/lib/nn.yaml:80:7
%5674 = assign %5622, %5644 : f32[48] @ models/lib/nn.yaml:80:7
%5675 = assign %5623, %5625 : i64[] @ models/lib/nn.yaml:80:7
%5676 = cast %3235 : f32[] @ models/lib/nn.yaml:80:7
%5677 = broadcast %5676 : f32[48] @ models/lib/nn.yaml:80:7
%5678 = mul %91, %5677 : f32[48] @ models/lib/nn.yaml:80:7
%5679 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5680 = sub %5679, %3235 : f64[] @ models/lib/nn.yaml:80:7
%5681 = cast %5680 : f32[] @ models/lib/nn.yaml:80:7
%5682 = broadcast %5681 : f32[48] @ models/lib/nn.yaml:80:7
%5683 = mul %5671, %5682 : f32[48] @ models/lib/nn.yaml:80:7
%5684 = add %5678, %5683 : f32[48] @ models/lib/nn.yaml:80:7
%5685 = assign %91, %5684 : f32[48] @ models/lib/nn.yaml:80:7
%5686 = all_reduce_sum %4993 : f32[16,16] @ models/lib/nn.yaml:79:7
%5687 = reshape %5686 : f32[256] @ models/lib/nn.yaml:79:7
%5688 = mul %5687, %5687 : f32[256] @ models/lib/nn.yaml:79:7
%5689 = reduce_sum %5688 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5690 = sqrt %5689 : f32[] @ models/lib/nn.yaml:79:7
%5691 = cast %5690 : f64[] @ models/lib/nn.yaml:79:7
%5692 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%5693 = add %5691, %5692 : f64[] @ models/lib/nn.yaml:79:7
%5694 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%5695 = div %5694, %5693 : f64[] @ models/lib/nn.yaml:79:7
%5696 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5697 = lt %5695, %5696 : bool[] @ models/lib/nn.yaml:79:7
%5698 = cast %5695 : f32[] @ models/lib/nn.yaml:79:7
%5699 = broadcast %5698 : f32[16,16] @ models/lib/nn.yaml:79:7
%5700 = mul %5686, %5699 : f32[16,16] @ models/lib/nn.yaml:79:7
%5701 = broadcast %5697 : bool[16,16] @ models/lib/nn.yaml:79:7
%5702 = select %5701, %5700, %5686 : f32[16,16] @ models/lib/nn.yaml:79:7
%5703 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5704 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5705 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5706 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5707 = add %5705, %5706 : i64[] @ models/lib/nn.yaml:79:7
%5708 = mul %3233, %3234 : f64[] @ models/lib/nn.yaml:79:7
%5709 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5710 = sub %5709, %5708 : f64[] @ models/lib/nn.yaml:79:7
%5711 = cast %5710 : f32[] @ models/lib/nn.yaml:79:7
%5712 = broadcast %5711 : f32[16,16] @ models/lib/nn.yaml:79:7
%5713 = mul %14, %5712 : f32[16,16] @ models/lib/nn.yaml:79:7
%5714 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5715 = cast %5714 : f32[] @ models/lib/nn.yaml:79:7
%5716 = broadcast %5715 : f32[16,16] @ models/lib/nn.yaml:79:7
%5717 = mul %5702, %5716 : f32[16,16] @ models/lib/nn.yaml:79:7
%5718 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5719 = cast %5718 : f32[] @ models/lib/nn.yaml:79:7
%5720 = broadcast %5719 : f32[16,16] @ models/lib/nn.yaml:79:7
%5721 = mul %5703, %5720 : f32[16,16] @ models/lib/nn.yaml:79:7
%5722 = add %5721, %5717 : f32[16,16] @ models/lib/nn.yaml:79:7
%5723 = mul %5702, %5702 : f32[16,16] @ models/lib/nn.yaml:79:7
%5724 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5725 = cast %5724 : f32[] @ models/lib/nn.yaml:79:7
%5726 = broadcast %5725 : f32[16,16] @ models/lib/nn.yaml:79:7
%5727 = mul %5723, %5726 : f32[16,16] @ models/lib/nn.yaml:79:7
%5728 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5729 = cast %5728 : f32[] @ models/lib/nn.yaml:79:7
%5730 = broadcast %5729 : f32[16,16] @ models/lib/nn.yaml:79:7
%5731 = mul %5704, %5730 : f32[16,16] @ models/lib/nn.yaml:79:7
%5732 = add %5731, %5727 : f32[16,16] @ models/lib/nn.yaml:79:7
%5733 = cast %5707 : f64[] @ models/lib/nn.yaml:79:7
%5734 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5735 = pow %5734, %5733 : f64[] @ models/lib/nn.yaml:79:7
%5736 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5737 = sub %5736, %5735 : f64[] @ models/lib/nn.yaml:79:7
%5738 = div %3233, %5737 : f64[] @ models/lib/nn.yaml:79:7
%5739 = cast %5707 : f64[] @ models/lib/nn.yaml:79:7
%5740 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5741 = pow %5740, %5739 : f64[] @ models/lib/nn.yaml:79:7
%5742 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5743 = sub %5742, %5741 : f64[] @ models/lib/nn.yaml:79:7
%5744 = sqrt %5743 : f64[] @ models/lib/nn.yaml:79:7
%5745 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5746 = div %5745, %5744 : f64[] @ models/lib/nn.yaml:79:7
%5747 = sqrt %5732 : f32[16,16] @ models/lib/nn.yaml:79:7
%5748 = cast %5746 : f32[] @ models/lib/nn.yaml:79:7
%5749 = broadcast %5748 : f32[16,16] @ models/lib/nn.yaml:79:7
%5750 = mul %5747, %5749 : f32[16,16] @ models/lib/nn.yaml:79:7
%5751 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5752 = cast %5751 : f32[] @ models/lib/nn.yaml:79:7
%5753 = broadcast %5752 : f32[16,16] @ models/lib/nn.yaml:79:7
%5754 = add %5750, %5753 : f32[16,16] @ models/lib/nn.yaml:79:7
%5755 = div %5722, %5754 : f32[16,16] @ models/lib/nn.yaml:79:7
%5756 = cast %5738 : f32[] @ models/lib/nn.yaml:79:7
%5757 = broadcast %5756 : f32[16,16] @ models/lib/nn.yaml:79:7
%5758 = mul %5755, %5757 : f32[16,16] @ models/lib/nn.yaml:79:7
%5759 = sub %5713, %5758 : f32[16,16] @ models/lib/nn.yaml:79:7
%5760 = assign %14, %5759 : f32[16,16] @ models/lib/nn.yaml:79:7
%5761 = assign %5703, %5722 : f32[16,16] @ models/lib/nn.yaml:79:7
%5762 = assign %5704, %5732 : f32[16,16] @ models/lib/nn.yaml:79:7
%5763 = assign %5705, %5707 : i64[] @ models/lib/nn.yaml:79:7
%5764 = cast %3235 : f32[] @ models/lib/nn.yaml:79:7
%5765 = broadcast %5764 : f32[16,16] @ models/lib/nn.yaml:79:7
%5766 = mul %92, %5765 : f32[16,16] @ models/lib/nn.yaml:79:7
%5767 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5768 = sub %5767, %3235 : f64[] @ models/lib/nn.yaml:79:7
%5769 = cast %5768 : f32[] @ models/lib/nn.yaml:79:7
%5770 = broadcast %5769 : f32[16,16] @ models/lib/nn.yaml:79:7
%5771 = mul %5759, %5770 : f32[16,16] @ models/lib/nn.yaml:79:7
%5772 = add %5766, %5771 : f32[16,16] @ models/lib/nn.yaml:79:7
%5773 = assign %92, %5772 : f32[16,16] @ models/lib/nn.yaml:79:7
%5774 = all_reduce_sum %4988 : f32[16] @ models/lib/nn.yaml:80:7
%5775 = reshape %5774 : f32[16] @ models/lib/nn.yaml:80:7
%5776 = mul %5775, %5775 : f32[16] @ models/lib/nn.yaml:80:7
%5777 = reduce_sum %5776 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5778 = sqrt %5777 : f32[] @ models/lib/nn.yaml:80:7
%5779 = cast %5778 : f64[] @ models/lib/nn.yaml:80:7
%5780 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%5781 = add %5779, %5780 : f64[] @ models/lib/nn.yaml:80:7
%5782 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%5783 = div %5782, %5781 : f64[] @ models/lib/nn.yaml:80:7
%5784 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5785 = lt %5783, %5784 : bool[] @ models/lib/nn.yaml:80:7
%5786 = cast %5783 : f32[] @ models/lib/nn.yaml:80:7
%5787 = broadcast %5786 : f32[16] @ models/lib/nn.yaml:80:7
%5788 = mul %5774, %5787 : f32[16] @ models/lib/nn.yaml:80:7
%5789 = broadcast %5785 : bool[16] @ models/lib/nn.yaml:80:7
%5790 = select %5789, %5788, %5774 : f32[16] @ models/lib/nn.yaml:80:7
%5791 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5792 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5793 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5794 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5795 = add %5793, %5794 : i64[] @ models/lib/nn.yaml:80:7
%5796 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5797 = cast %5796 : f32[] @ models/lib/nn.yaml:80:7
%5798 = broadcast %5797 : f32[16] @ models/lib/nn.yaml:80:7
%5799 = mul %5790, %5798 : f32[16] @ models/lib/nn.yaml:80:7
%5800 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5801 = cast %5800 : f32[] @ models/lib/nn.yaml:80:7
%5802 = broadcast %5801 : f32[16] @ models/lib/nn.yaml:80:7
%5803 = mul %5791, %5802 : f32[16] @ models/lib/nn.yaml:80:7
%5804 = add %5803, %5799 : f32[16] @ models/lib/nn.yaml:80:7
%5805 = mul %5790, %5790 : f32[16] @ models/lib/nn.yaml:80:7
%5806 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5807 = cast %5806 : f32[] @ models/lib/nn.yaml:80:7
%5808 = broadcast %5807 : f32[16] @ models/lib/nn.yaml:80:7
%5809 = mul %5805, %5808 : f32[16] @ models/lib/nn.yaml:80:7
%5810 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5811 = cast %5810 : f32[] @ models/lib/nn.yaml:80:7
%5812 = broadcast %5811 : f32[16] @ models/lib/nn.yaml:80:7
%5813 = mul %5792, %5812 : f32[16] @ models/lib/nn.yaml:80:7
%5814 = add %5813, %5809 : f32[16] @ models/lib/nn.yaml:80:7
%5815 = cast %5795 : f64[] @ models/lib/nn.yaml:80:7
%5816 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5817 = pow %5816, %5815 : f64[] @ models/lib/nn.yaml:80:7
%5818 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5819 = sub %5818, %5817 : f64[] @ models/lib/nn.yaml:80:7
%5820 = div %3233, %5819 : f64[] @ models/lib/nn.yaml:80:7
%5821 = cast %5795 : f64[] @ models/lib/nn.yaml:80:7
%5822 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5823 = pow %5822, %5821 : f64[] @ models/lib/nn.yaml:80:7
%5824 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5825 = sub %5824, %5823 : f64[] @ models/lib/nn.yaml:80:7
%5826 = sqrt %5825 : f64[] @ models/lib/nn.yaml:80:7
%5827 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5828 = div %5827, %5826 : f64[] @ models/lib/nn.yaml:80:7
%5829 = sqrt %5814 : f32[16] @ models/lib/nn.yaml:80:7
%5830 = cast %5828 : f32[] @ models/lib/nn.yaml:80:7
%5831 = broadcast %5830 : f32[16] @ models/lib/nn.yaml:80:7
%5832 = mul %5829, %5831 : f32[16] @ models/lib/nn.yaml:80:7
%5833 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5834 = cast %5833 : f32[] @ models/lib/nn.yaml:80:7
%5835 = broadcast %5834 : f32[16] @ models/lib/nn.yaml:80:7
%5836 = add %5832, %5835 : f32[16] @ models/lib/nn.yaml:80:7
%5837 = div %5804, %5836 : f32[16] @ models/lib/nn.yaml:80:7
%5838 = cast %5820 : f32[] @ models/lib/nn.yaml:80:7
%5839 = broadcast %5838 : f32[16] @ models/lib/nn.yaml:80:7
%5840 = mul %5837, %5839 : f32[16] @ models/lib/nn.yaml:80:7
%5841 = sub %15, %5840 : f32[16] @ models/lib/nn.yaml:80:7
%5842 = assign %15, %5841 : f32[16] @ models/lib/nn.yaml:80:7
%5843 = assign %5791, %5804 : f32[16] @ models/lib/nn.yaml:80:7
%5844 = assign %5792, %5814 : f32[16] @ models/lib/nn.yaml:80:7
%5845 = assign %5793, %5795 : i64[] @ models/lib/nn.yaml:80:7
%5846 = cast %3235 : f32[] @ models/lib/nn.yaml:80:7
%5847 = broadcast %5846 : f32[16] @ models/lib/nn.yaml:80:7
%5848 = mul %93, %5847 : f32[16] @ models/lib/nn.yaml:80:7
%5849 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5850 = sub %5849, %3235 : f64[] @ models/lib/nn.yaml:80:7
%5851 = cast %5850 : f32[] @ models/lib/nn.yaml:80:7
%5852 = broadcast %5851 : f32[16] @ models/lib/nn.yaml:80:7
%5853 = mul %5841, %5852 : f32[16] @ models/lib/nn.yaml:80:7
%5854 = add %5848, %5853 : f32[16] @ models/lib/nn.yaml:80:7
%5855 = assign %93, %5854 : f32[16] @ models/lib/nn.yaml:80:7
%5856 = all_reduce_sum %4962 : f32[16] @ models/lib/nn.yaml:89:7
%5857 = reshape %5856 : f32[16] @ models/lib/nn.yaml:89:7
%5858 = mul %5857, %5857 : f32[16] @ models/lib/nn.yaml:89:7
%5859 = reduce_sum %5858 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5860 = sqrt %5859 : f32[] @ models/lib/nn.yaml:89:7
%5861 = cast %5860 : f64[] @ models/lib/nn.yaml:89:7
%5862 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%5863 = add %5861, %5862 : f64[] @ models/lib/nn.yaml:89:7
%5864 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%5865 = div %5864, %5863 : f64[] @ models/lib/nn.yaml:89:7
%5866 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5867 = lt %5865, %5866 : bool[] @ models/lib/nn.yaml:89:7
%5868 = cast %5865 : f32[] @ models/lib/nn.yaml:89:7
%5869 = broadcast %5868 : f32[16] @ models/lib/nn.yaml:89:7
%5870 = mul %5856, %5869 : f32[16] @ models/lib/nn.yaml:89:7
%5871 = broadcast %5867 : bool[16] @ models/lib/nn.yaml:89:7
%5872 = select %5871, %5870, %5856 : f32[16] @ models/lib/nn.yaml:89:7
%5873 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5874 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5875 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5876 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%5877 = add %5875, %5876 : i64[] @ models/lib/nn.yaml:89:7
%5878 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%5879 = cast %5878 : f32[] @ models/lib/nn.yaml:89:7
%5880 = broadcast %5879 : f32[16] @ models/lib/nn.yaml:89:7
%5881 = mul %5872, %5880 : f32[16] @ models/lib/nn.yaml:89:7
%5882 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%5883 = cast %5882 : f32[] @ models/lib/nn.yaml:89:7
%5884 = broadcast %5883 : f32[16] @ models/lib/nn.yaml:89:7
%5885 = mul %5873, %5884 : f32[16] @ models/lib/nn.yaml:89:7
%5886 = add %5885, %5881 : f32[16] @ models/lib/nn.yaml:89:7
%5887 = mul %5872, %5872 : f32[16] @ models/lib/nn.yaml:89:7
%5888 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%5889 = cast %5888 : f32[] @ models/lib/nn.yaml:89:7
%5890 = broadcast %5889 : f32[16] @ models/lib/nn.yaml:89:7
%5891 = mul %5887, %5890 : f32[16] @ models/lib/nn.yaml:89:7
%5892 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%5893 = cast %5892 : f32[] @ models/lib/nn.yaml:89:7
%5894 = broadcast %5893 : f32[16] @ models/lib/nn.yaml:89:7
%5895 = mul %5874, %5894 : f32[16] @ models/lib/nn.yaml:89:7
%5896 = add %5895, %5891 : f32[16] @ models/lib/nn.yaml:89:7
%5897 = cast %5877 : f64[] @ models/lib/nn.yaml:89:7
%5898 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%5899 = pow %5898, %5897 : f64[] @ models/lib/nn.yaml:89:7
%5900 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5901 = sub %5900, %5899 : f64[] @ models/lib/nn.yaml:89:7
%5902 = div %3233, %5901 : f64[] @ models/lib/nn.yaml:89:7
%5903 = cast %5877 : f64[] @ models/lib/nn.yaml:89:7
%5904 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%5905 = pow %5904, %5903 : f64[] @ models/lib/nn.yaml:89:7
%5906 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5907 = sub %5906, %5905 : f64[] @ models/lib/nn.yaml:89:7
%5908 = sqrt %5907 : f64[] @ models/lib/nn.yaml:89:7
%5909 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5910 = div %5909, %5908 : f64[] @ models/lib/nn.yaml:89:7
%5911 = sqrt %5896 : f32[16] @ models/lib/nn.yaml:89:7
%5912 = cast %5910 : f32[] @ models/lib/nn.yaml:89:7
%5913 = broadcast %5912 : f32[16] @ models/lib/nn.yaml:89:7
%5914 = mul %5911, %5913 : f32[16] @ models/lib/nn.yaml:89:7
%5915 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%5916 = cast %5915 : f32[] @ models/lib/nn.yaml:89:7
%5917 = broadcast %5916 : f32[16] @ models/lib/nn.yaml:89:7
%5918 = add %5914, %5917 : f32[16] @ models/lib/nn.yaml:89:7
%5919 = div %5886, %5918 : f32[16] @ models/lib/nn.yaml:89:7
%5920 = cast %5902 : f32[] @ models/lib/nn.yaml:89:7
%5921 = broadcast %5920 : f32[16] @ models/lib/nn.yaml:89:7
%5922 = mul %5919, %5921 : f32[16] @ models/lib/nn.yaml:89:7
%5923 = sub %16, %5922 : f32[16] @ models/lib/nn.yaml:89:7
%5924 = assign %16, %5923 : f32[16] @ models/lib/nn.yaml:89:7
%5925 = assign %5873, %5886 : f32[16] @ models/lib/nn.yaml:89:7
%5926 = assign %5874, %5896 : f32[16] @ models/lib/nn.yaml:89:7
%5927 = assign %5875, %5877 : i64[] @ models/lib/nn.yaml:89:7
%5928 = cast %3235 : f32[] @ models/lib/nn.yaml:89:7
%5929 = broadcast %5928 : f32[16] @ models/lib/nn.yaml:89:7
%5930 = mul %94, %5929 : f32[16] @ models/lib/nn.yaml:89:7
%5931 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5932 = sub %5931, %3235 : f64[] @ models/lib/nn.yaml:89:7
%5933 = cast %5932 : f32[] @ models/lib/nn.yaml:89:7
%5934 = broadcast %5933 : f32[16] @ models/lib/nn.yaml:89:7
%5935 = mul %5923, %5934 : f32[16] @ models/lib/nn.yaml:89:7
%5936 = add %5930, %5935 : f32[16] @ models/lib/nn.yaml:89:7
%5937 = assign %94, %5936 : f32[16] @ models/lib/nn.yaml:89:7
%5938 = all_reduce_sum %4957 : f32[16] @ models/lib/nn.yaml:90:7
%5939 = reshape %5938 : f32[16] @ models/lib/nn.yaml:90:7
%5940 = mul %5939, %5939 : f32[16] @ models/lib/nn.yaml:90:7
%5941 = reduce_sum %5940 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5942 = sqrt %5941 : f32[] @ models/lib/nn.yaml:90:7
%5943 = cast %5942 : f64[] @ models/lib/nn.yaml:90:7
%5944 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%5945 = add %5943, %5944 : f64[] @ models/lib/nn.yaml:90:7
%5946 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%5947 = div %5946, %5945 : f64[] @ models/lib/nn.yaml:90:7
%5948 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5949 = lt %5947, %5948 : bool[] @ models/lib/nn.yaml:90:7
%5950 = cast %5947 : f32[] @ models/lib/nn.yaml:90:7
%5951 = broadcast %5950 : f32[16] @ models/lib/nn.yaml:90:7
%5952 = mul %5938, %5951 : f32[16] @ models/lib/nn.yaml:90:7
%5953 = broadcast %5949 : bool[16] @ models/lib/nn.yaml:90:7
%5954 = select %5953, %5952, %5938 : f32[16] @ models/lib/nn.yaml:90:7
%5955 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5956 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5957 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5958 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%5959 = add %5957, %5958 : i64[] @ models/lib/nn.yaml:90:7
%5960 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%5961 = cast %5960 : f32[] @ models/lib/nn.yaml:90:7
%5962 = broadcast %5961 : f32[16] @ models/lib/nn.yaml:90:7
%5963 = mul %5954, %5962 : f32[16] @ models/lib/nn.yaml:90:7
%5964 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5965 = cast %5964 : f32[] @ models/lib/nn.yaml:90:7
%5966 = broadcast %5965 : f32[16] @ models/lib/nn.yaml:90:7
%5967 = mul %5955, %5966 : f32[16] @ models/lib/nn.yaml:90:7
%5968 = add %5967, %5963 : f32[16] @ models/lib/nn.yaml:90:7
%5969 = mul %5954, %5954 : f32[16] @ models/lib/nn.yaml:90:7
%5970 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%5971 = cast %5970 : f32[] @ models/lib/nn.yaml:90:7
%5972 = broadcast %5971 : f32[16] @ models/lib/nn.yaml:90:7
%5973 = mul %5969, %5972 : f32[16] @ models/lib/nn.yaml:90:7
%5974 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5975 = cast %5974 : f32[] @ models/lib/nn.yaml:90:7
%5976 = broadcast %5975 : f32[16] @ models/lib/nn.yaml:90:7
%5977 = mul %5956, %5976 : f32[16] @ models/lib/nn.yaml:90:7
%5978 = add %5977, %5973 : f32[16] @ models/lib/nn.yaml:90:7
%5979 = cast %5959 : f64[] @ models/lib/nn.yaml:90:7
%5980 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5981 = pow %5980, %5979 : f64[] @ models/lib/nn.yaml:90:7
%5982 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5983 = sub %5982, %5981 : f64[] @ models/lib/nn.yaml:90:7
%5984 = div %3233, %5983 : f64[] @ models/lib/nn.yaml:90:7
%5985 = cast %5959 : f64[] @ models/lib/nn.yaml:90:7
%5986 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5987 = pow %5986, %5985 : f64[] @ models/lib/nn.yaml:90:7
%5988 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5989 = sub %5988, %5987 : f64[] @ models/lib/nn.yaml:90:7
%5990 = sqrt %5989 : f64[] @ models/lib/nn.yaml:90:7
%5991 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5992 = div %5991, %5990 : f64[] @ models/lib/nn.yaml:90:7
%5993 = sqrt %5978 : f32[16] @ models/lib/nn.yaml:90:7
%5994 = cast %5992 : f32[] @ models/lib/nn.yaml:90:7
%5995 = broadcast %5994 : f32[16] @ models/lib/nn.yaml:90:7
%5996 = mul %5993, %5995 : f32[16] @ models/lib/nn.yaml:90:7
%5997 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%5998 = cast %5997 : f32[] @ models/lib/nn.yaml:90:7
%5999 = broadcast %5998 : f32[16] @ models/lib/nn.yaml:90:7
%6000 = add %5996, %5999 : f32[16] @ models/lib/nn.yaml:90:7
%6001 = div %5968, %6000 : f32[16] @ models/lib/nn.yaml:90:7
%6002 = cast %5984 : f32[] @ models/lib/nn.yaml:90:7
%6003 = broadcast %6002 : f32[16] @ models/lib/nn.yaml:90:7
%6004 = mul %6001, %6003 : f32[16] @ models/lib/nn.yaml:90:7
%6005 = sub %17, %6004 : f32[16] @ models/lib/nn.yaml:90:7
%6006 = assign %17, %6005 : f32[16] @ models/lib/nn.yaml:90:7
%6007 = assign %5955, %5968 : f32[16] @ models/lib/nn.yaml:90:7
%6008 = assign %5956, %5978 : f32[16] @ models/lib/nn.yaml:90:7
%6009 = assign %5957, %5959 : i64[] @ models/lib/nn.yaml:90:7
%6010 = cast %3235 : f32[] @ models/lib/nn.yaml:90:7
%6011 = broadcast %6010 : f32[16] @ models/lib/nn.yaml:90:7
%6012 = mul %95, %6011 : f32[16] @ models/lib/nn.yaml:90:7
%6013 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6014 = sub %6013, %3235 : f64[] @ models/lib/nn.yaml:90:7
%6015 = cast %6014 : f32[] @ models/lib/nn.yaml:90:7
%6016 = broadcast %6015 : f32[16] @ models/lib/nn.yaml:90:7
%6017 = mul %6005, %6016 : f32[16] @ models/lib/nn.yaml:90:7
%6018 = add %6012, %6017 : f32[16] @ models/lib/nn.yaml:90:7
%6019 = assign %95, %6018 : f32[16] @ models/lib/nn.yaml:90:7
%6020 = all_reduce_sum %4952 : f32[64,16] @ models/lib/nn.yaml:79:7
%6021 = reshape %6020 : f32[1024] @ models/lib/nn.yaml:79:7
%6022 = mul %6021, %6021 : f32[1024] @ models/lib/nn.yaml:79:7
%6023 = reduce_sum %6022 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6024 = sqrt %6023 : f32[] @ models/lib/nn.yaml:79:7
%6025 = cast %6024 : f64[] @ models/lib/nn.yaml:79:7
%6026 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%6027 = add %6025, %6026 : f64[] @ models/lib/nn.yaml:79:7
%6028 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%6029 = div %6028, %6027 : f64[] @ models/lib/nn.yaml:79:7
%6030 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6031 = lt %6029, %6030 : bool[] @ models/lib/nn.yaml:79:7
%6032 = cast %6029 : f32[] @ models/lib/nn.yaml:79:7
%6033 = broadcast %6032 : f32[64,16] @ models/lib/nn.yaml:79:7
%6034 = mul %6020, %6033 : f32[64,16] @ models/lib/nn.yaml:79:7
%6035 = broadcast %6031 : bool[64,16] @ models/lib/nn.yaml:79:7
%6036 = select %6035, %6034, %6020 : f32[64,16] @ models/lib/nn.yaml:79:7
%6037 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6038 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6039 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6040 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6041 = add %6039, %6040 : i64[] @ models/lib/nn.yaml:79:7
%6042 = mul %3233, %3234 : f64[] @ models/lib/nn.yaml:79:7
%6043 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6044 = sub %6043, %6042 : f64[] @ models/lib/nn.yaml:79:7
%6045 = cast %6044 : f32[] @ models/lib/nn.yaml:79:7
%6046 = broadcast %6045 : f32[64,16] @ models/lib/nn.yaml:79:7
%6047 = mul %18, %6046 : f32[64,16] @ models/lib/nn.yaml:79:7
%6048 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6049 = cast %6048 : f32[] @ models/lib/nn.yaml:79:7
%6050 = broadcast %6049 : f32[64,16] @ models/lib/nn.yaml:79:7
%6051 = mul %6036, %6050 : f32[64,16] @ models/lib/nn.yaml:79:7
%6052 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6053 = cast %6052 : f32[] @ models/lib/nn.yaml:79:7
%6054 = broadcast %6053 : f32[64,16] @ models/lib/nn.yaml:79:7
%6055 = mul %6037, %6054 : f32[64,16] @ models/lib/nn.yaml:79:7
%6056 = add %6055, %6051 : f32[64,16] @ models/lib/nn.yaml:79:7
%6057 = mul %6036, %6036 : f32[64,16] @ models/lib/nn.yaml:79:7
%6058 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6059 = cast %6058 : f32[] @ models/lib/nn.yaml:79:7
%6060 = broadcast %6059 : f32[64,16] @ models/lib/nn.yaml:79:7
%6061 = mul %6057, %6060 : f32[64,16] @ models/lib/nn.yaml:79:7
%6062 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6063 = cast %6062 : f32[] @ models/lib/nn.yaml:79:7
%6064 = broadcast %6063 : f32[64,16] @ models/lib/nn.yaml:79:7
%6065 = mul %6038, %6064 : f32[64,16] @ models/lib/nn.yaml:79:7
%6066 = add %6065, %6061 : f32[64,16] @ models/lib/nn.yaml:79:7
%6067 = cast %6041 : f64[] @ models/lib/nn.yaml:79:7
%6068 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6069 = pow %6068, %6067 : f64[] @ models/lib/nn.yaml:79:7
%6070 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6071 = sub %6070, %6069 : f64[] @ models/lib/nn.yaml:79:7
%6072 = div %3233, %6071 : f64[] @ models/lib/nn.yaml:79:7
%6073 = cast %6041 : f64[] @ models/lib/nn.yaml:79:7
%6074 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6075 = pow %6074, %6073 : f64[] @ models/lib/nn.yaml:79:7
%6076 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6077 = sub %6076, %6075 : f64[] @ models/lib/nn.yaml:79:7
%6078 = sqrt %6077 : f64[] @ models/lib/nn.yaml:79:7
%6079 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6080 = div %6079, %6078 : f64[] @ models/lib/nn.yaml:79:7
%6081 = sqrt %6066 : f32[64,16] @ models/lib/nn.yaml:79:7
%6082 = cast %6080 : f32[] @ models/lib/nn.yaml:79:7
%6083 = broadcast %6082 : f32[64,16] @ models/lib/nn.yaml:79:7
%6084 = mul %6081, %6083 : f32[64,16] @ models/lib/nn.yaml:79:7
%6085 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6086 = cast %6085 : f32[] @ models/lib/nn.yaml:79:7
%6087 = broadcast %6086 : f32[64,16] @ models/lib/nn.yaml:79:7
%6088 = add %6084, %6087 : f32[64,16] @ models/lib/nn.yaml:79:7
%6089 = div %6056, %6088 : f32[64,16] @ models/lib/nn.yaml:79:7
%6090 = cast %6072 : f32[] @ models/lib/nn.yaml:79:7
%6091 = broadcast %6090 : f32[64,16] @ models/lib/nn.yaml:79:7
%6092 = mul %6089, %6091 : f32[64,16] @ models/lib/nn.yaml:79:7
%6093 = sub %6047, %6092 : f32[64,16] @ models/lib/nn.yaml:79:7
%6094 = assign %18, %6093 : f32[64,16] @ models/lib/nn.yaml:79:7
%6095 = assign %6037, %6056 : f32[64,16] @ models/lib/nn.yaml:79:7
%6096 = assign %6038, %6066 : f32[64,16] @ models/lib/nn.yaml:79:7
%6097 = assign %6039, %6041 : i64[] @ models/lib/nn.yaml:79:7
%6098 = cast %3235 : f32[] @ models/lib/nn.yaml:79:7
%6099 = broadcast %6098 : f32[64,16] @ models/lib/nn.yaml:79:7
%6100 = mul %96, %6099 : f32[64,16] @ models/lib/nn.yaml:79:7
%6101 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6102 = sub %6101, %3235 : f64[] @ models/lib/nn.yaml:79:7
%6103 = cast %6102 : f32[] @ models/lib/nn.yaml:79:7
%6104 = broadcast %6103 : f32[64,16] @ models/lib/nn.yaml:79:7
%6105 = mul %6093, %6104 : f32[64,16] @ models/lib/nn.yaml:79:7
%6106 = add %6100, %6105 : f32[64,16] @ models/lib/nn.yaml:79:7
%6107 = assign %96, %6106 : f32[64,16] @ models/lib/nn.yaml:79:7
%6108 = all_reduce_sum %4947 : f32[64] @ models/lib/nn.yaml:80:7
%6109 = reshape %6108 : f32[64] @ models/lib/nn.yaml:80:7
%6110 = mul %6109, %6109 : f32[64] @ models/lib/nn.yaml:80:7
%6111 = reduce_sum %6110 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6112 = sqrt %6111 : f32[] @ models/lib/nn.yaml:80:7
%6113 = cast %6112 : f64[] @ models/lib/nn.yaml:80:7
%6114 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%6115 = add %6113, %6114 : f64[] @ models/lib/nn.yaml:80:7
%6116 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%6117 = div %6116, %6115 : f64[] @ models/lib/nn.yaml:80:7
%6118 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6119 = lt %6117, %6118 : bool[] @ models/lib/nn.yaml:80:7
%6120 = cast %6117 : f32[] @ models/lib/nn.yaml:80:7
%6121 = broadcast %6120 : f32[64] @ models/lib/nn.yaml:80:7
%6122 = mul %6108, %6121 : f32[64] @ models/lib/nn.yaml:80:7
%6123 = broadcast %6119 : bool[64] @ models/lib/nn.yaml:80:7
%6124 = select %6123, %6122, %6108 : f32[64] @ models/lib/nn.yaml:80:7
%6125 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6126 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6127 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6128 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6129 = add %6127, %6128 : i64[] @ models/lib/nn.yaml:80:7
%6130 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6131 = cast %6130 : f32[] @ models/lib/nn.yaml:80:7
%6132 = broadcast %6131 : f32[64] @ models/lib/nn.yaml:80:7
%6133 = mul %6124, %6132 : f32[64] @ models/lib/nn.yaml:80:7
%6134 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6135 = cast %6134 : f32[] @ models/lib/nn.yaml:80:7
%6136 = broadcast %6135 : f32[64] @ models/lib/nn.yaml:80:7
%6137 = mul %6125, %6136 : f32[64] @ models/lib/nn.yaml:80:7
%6138 = add %6137, %6133 : f32[64] @ models/lib/nn.yaml:80:7
%6139 = mul %6124, %6124 : f32[64] @ models/lib/nn.yaml:80:7
%6140 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6141 = cast %6140 : f32[] @ models/lib/nn.yaml:80:7
%6142 = broadcast %6141 : f32[64] @ models/lib/nn.yaml:80:7
%6143 = mul %6139, %6142 : f32[64] @ models/lib/nn.yaml:80:7
%6144 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6145 = cast %6144 : f32[] @ models/lib/nn.yaml:80:7
%6146 = broadcast %6145 : f32[64] @ models/lib/nn.yaml:80:7
%6147 = mul %6126, %6146 : f32[64] @ models/lib/nn.yaml:80:7
%6148 = add %6147, %6143 : f32[64] @ models/lib/nn.yaml:80:7
%6149 = cast %6129 : f64[] @ models/lib/nn.yaml:80:7
%6150 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6151 = pow %6150, %6149 : f64[] @ models/lib/nn.yaml:80:7
%6152 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6153 = sub %6152, %6151 : f64[] @ models/lib/nn.yaml:80:7
%6154 = div %3233, %6153 : f64[] @ models/lib/nn.yaml:80:7
%6155 = cast %6129 : f64[] @ models/lib/nn.yaml:80:7
%6156 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6157 = pow %6156, %6155 : f64[] @ models/lib/nn.yaml:80:7
%6158 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6159 = sub %6158, %6157 : f64[] @ models/lib/nn.yaml:80:7
%6160 = sqrt %6159 : f64[] @ models/lib/nn.yaml:80:7
%6161 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6162 = div %6161, %6160 : f64[] @ models/lib/nn.yaml:80:7
%6163 = sqrt %6148 : f32[64] @ models/lib/nn.yaml:80:7
%6164 = cast %6162 : f32[] @ models/lib/nn.yaml:80:7
%6165 = broadcast %6164 : f32[64] @ models/lib/nn.yaml:80:7
%6166 = mul %6163, %6165 : f32[64] @ models/lib/nn.yaml:80:7
%6167 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6168 = cast %6167 : f32[] @ models/lib/nn.yaml:80:7
%6169 = broadcast %6168 : f32[64] @ models/lib/nn.yaml:80:7
%6170 = add %6166, %6169 : f32[64] @ models/lib/nn.yaml:80:7
%6171 = div %6138, %6170 : f32[64] @ models/lib/nn.yaml:80:7
%6172 = cast %6154 : f32[] @ models/lib/nn.yaml:80:7
%6173 = broadcast %6172 : f32[64] @ models/lib/nn.yaml:80:7
%6174 = mul %6171, %6173 : f32[64] @ models/lib/nn.yaml:80:7
%6175 = sub %19, %6174 : f32[64] @ models/lib/nn.yaml:80:7
%6176 = assign %19, %6175 : f32[64] @ models/lib/nn.yaml:80:7
%6177 = assign %6125, %6138 : f32[64] @ models/lib/nn.yaml:80:7
%6178 = assign %6126, %6148 : f32[64] @ models/lib/nn.yaml:80:7
%6179 = assign %6127, %6129 : i64[] @ models/lib/nn.yaml:80:7
%6180 = cast %3235 : f32[] @ models/lib/nn.yaml:80:7
%6181 = broadcast %6180 : f32[64] @ models/lib/nn.yaml:80:7
%6182 = mul %97, %6181 : f32[64] @ models/lib/nn.yaml:80:7
%6183 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6184 = sub %6183, %3235 : f64[] @ models/lib/nn.yaml:80:7
%6185 = cast %6184 : f32[] @ models/lib/nn.yaml:80:7
%6186 = broadcast %6185 : f32[64] @ models/lib/nn.yaml:80:7
%6187 = mul %6175, %6186 : f32[64] @ models/lib/nn.yaml:80:7
%6188 = add %6182, %6187 : f32[64] @ models/lib/nn.yaml:80:7
%6189 = assign %97, %6188 : f32[64] @ models/lib/nn.yaml:80:7
%6190 = all_reduce_sum %4930 : f32[16,64] @ models/lib/nn.yaml:79:7
%6191 = reshape %6190 : f32[1024] @ models/lib/nn.yaml:79:7
%6192 = mul %6191, %6191 : f32[1024] @ models/lib/nn.yaml:79:7
%6193 = reduce_sum %6192 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6194 = sqrt %6193 : f32[] @ models/lib/nn.yaml:79:7
%6195 = cast %6194 : f64[] @ models/lib/nn.yaml:79:7
%6196 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%6197 = add %6195, %6196 : f64[] @ models/lib/nn.yaml:79:7
%6198 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%6199 = div %6198, %6197 : f64[] @ models/lib/nn.yaml:79:7
%6200 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6201 = lt %6199, %6200 : bool[] @ models/lib/nn.yaml:79:7
%6202 = cast %6199 : f32[] @ models/lib/nn.yaml:79:7
%6203 = broadcast %6202 : f32[16,64] @ models/lib/nn.yaml:79:7
%6204 = mul %6190, %6203 : f32[16,64] @ models/lib/nn.yaml:79:7
%6205 = broadcast %6201 : bool[16,64] @ models/lib/nn.yaml:79:7
%6206 = select %6205, %6204, %6190 : f32[16,64] @ models/lib/nn.yaml:79:7
%6207 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6208 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6209 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6210 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6211 = add %6209, %6210 : i64[] @ models/lib/nn.yaml:79:7
%6212 = mul %3233, %3234 : f64[] @ models/lib/nn.yaml:79:7
%6213 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6214 = sub %6213, %6212 : f64[] @ models/lib/nn.yaml:79:7
%6215 = cast %6214 : f32[] @ models/lib/nn.yaml:79:7
%6216 = broadcast %6215 : f32[16,64] @ models/lib/nn.yaml:79:7
%6217 = mul %20, %6216 : f32[16,64] @ models/lib/nn.yaml:79:7
%6218 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6219 = cast %6218 : f32[] @ models/lib/nn.yaml:79:7
%6220 = broadcast %6219 : f32[16,64] @ models/lib/nn.yaml:79:7
%6221 = mul %6206, %6220 : f32[16,64] @ models/lib/nn.yaml:79:7
%6222 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6223 = cast %6222 : f32[] @ models/lib/nn.yaml:79:7
%6224 = broadcast %6223 : f32[16,64] @ models/lib/nn.yaml:79:7
%6225 = mul %6207, %6224 : f32[16,64] @ models/lib/nn.yaml:79:7
%6226 = add %6225, %6221 : f32[16,64] @ models/lib/nn.yaml:79:7
%6227 = mul %6206, %6206 : f32[16,64] @ models/lib/nn.yaml:79:7
%6228 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6229 = cast %6228 : f32[] @ models/lib/nn.yaml:79:7
%6230 = broadcast %6229 : f32[16,64] @ models/lib/nn.yaml:79:7
%6231 = mul %6227, %6230 : f32[16,64] @ models/lib/nn.yaml:79:7
%6232 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6233 = cast %6232 : f32[] @ models/lib/nn.yaml:79:7
%6234 = broadcast %6233 : f32[16,64] @ models/lib/nn.yaml:79:7
%6235 = mul %6208, %6234 : f32[16,64] @ models/lib/nn.yaml:79:7
%6236 = add %6235, %6231 : f32[16,64] @ models/lib/nn.yaml:79:7
%6237 = cast %6211 : f64[] @ models/lib/nn.yaml:79:7
%6238 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6239 = pow %6238, %6237 : f64[] @ models/lib/nn.yaml:79:7
%6240 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6241 = sub %6240, %6239 : f64[] @ models/lib/nn.yaml:79:7
%6242 = div %3233, %6241 : f64[] @ models/lib/nn.yaml:79:7
%6243 = cast %6211 : f64[] @ models/lib/nn.yaml:79:7
%6244 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6245 = pow %6244, %6243 : f64[] @ models/lib/nn.yaml:79:7
%6246 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6247 = sub %6246, %6245 : f64[] @ models/lib/nn.yaml:79:7
%6248 = sqrt %6247 : f64[] @ models/lib/nn.yaml:79:7
%6249 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6250 = div %6249, %6248 : f64[] @ models/lib/nn.yaml:79:7
%6251 = sqrt %6236 : f32[16,64] @ models/lib/nn.yaml:79:7
%6252 = cast %6250 : f32[] @ models/lib/nn.yaml:79:7
%6253 = broadcast %6252 : f32[16,64] @ models/lib/nn.yaml:79:7
%6254 = mul %6251, %6253 : f32[16,64] @ models/lib/nn.yaml:79:7
%6255 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6256 = cast %6255 : f32[] @ models/lib/nn.yaml:79:7
%6257 = broadcast %6256 : f32[16,64] @ models/lib/nn.yaml:79:7
%6258 = add %6254, %6257 : f32[16,64] @ models/lib/nn.yaml:79:7
%6259 = div %6226, %6258 : f32[16,64] @ models/lib/nn.yaml:79:7
%6260 = cast %6242 : f32[] @ models/lib/nn.yaml:79:7
%6261 = broadcast %6260 : f32[16,64] @ models/lib/nn.yaml:79:7
%6262 = mul %6259, %6261 : f32[16,64] @ models/lib/nn.yaml:79:7
%6263 = sub %6217, %6262 : f32[16,64] @ models/lib/nn.yaml:79:7
%6264 = assign %20, %6263 : f32[16,64] @ models/lib/nn.yaml:79:7
%6265 = assign %6207, %6226 : f32[16,64] @ models/lib/nn.yaml:79:7
%6266 = assign %6208, %6236 : f32[16,64] @ models/lib/nn.yaml:79:7
%6267 = assign %6209, %6211 : i64[] @ models/lib/nn.yaml:79:7
%6268 = cast %3235 : f32[] @ models/lib/nn.yaml:79:7
%6269 = broadcast %6268 : f32[16,64] @ models/lib/nn.yaml:79:7
%6270 = mul %98, %6269 : f32[16,64] @ models/lib/nn.yaml:79:7
%6271 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6272 = sub %6271, %3235 : f64[] @ models/lib/nn.yaml:79:7
%6273 = cast %6272 : f32[] @ models/lib/nn.yaml:79:7
%6274 = broadcast %6273 : f32[16,64] @ models/lib/nn.yaml:79:7
%6275 = mul %6263, %6274 : f32[16,64] @ models/lib/nn.yaml:79:7
%6276 = add %6270, %6275 : f32[16,64] @ models/lib/nn.yaml:79:7
%6277 = assign %98, %6276 : f32[16,64] @ models/lib/nn.yaml:79:7
%6278 = all_reduce_sum %4925 : f32[16] @ models/lib/nn.yaml:80:7
%6279 = reshape %6278 : f32[16] @ models/lib/nn.yaml:80:7
%6280 = mul %6279, %6279 : f32[16] @ models/lib/nn.yaml:80:7
%6281 = reduce_sum %6280 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6282 = sqrt %6281 : f32[] @ models/lib/nn.yaml:80:7
%6283 = cast %6282 : f64[] @ models/lib/nn.yaml:80:7
%6284 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%6285 = add %6283, %6284 : f64[] @ models/lib/nn.yaml:80:7
%6286 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%6287 = div %6286, %6285 : f64[] @ models/lib/nn.yaml:80:7
%6288 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6289 = lt %6287, %6288 : bool[] @ models/lib/nn.yaml:80:7
%6290 = cast %6287 : f32[] @ models/lib/nn.yaml:80:7
%6291 = broadcast %6290 : f32[16] @ models/lib/nn.yaml:80:7
%6292 = mul %6278, %6291 : f32[16] @ models/lib/nn.yaml:80:7
%6293 = broadcast %6289 : bool[16] @ models/lib/nn.yaml:80:7
%6294 = select %6293, %6292, %6278 : f32[16] @ models/lib/nn.yaml:80:7
%6295 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6296 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6297 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6298 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6299 = add %6297, %6298 : i64[] @ models/lib/nn.yaml:80:7
%6300 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6301 = cast %6300 : f32[] @ models/lib/nn.yaml:80:7
%6302 = broadcast %6301 : f32[16] @ models/lib/nn.yaml:80:7
%6303 = mul %6294, %6302 : f32[16] @ models/lib/nn.yaml:80:7
%6304 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6305 = cast %6304 : f32[] @ models/lib/nn.yaml:80:7
%6306 = broadcast %6305 : f32[16] @ models/lib/nn.yaml:80:7
%6307 = mul %6295, %6306 : f32[16] @ models/lib/nn.yaml:80:7
%6308 = add %6307, %6303 : f32[16] @ models/lib/nn.yaml:80:7
%6309 = mul %6294, %6294 : f32[16] @ models/lib/nn.yaml:80:7
%6310 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6311 = cast %6310 : f32[] @ models/lib/nn.yaml:80:7
%6312 = broadcast %6311 : f32[16] @ models/lib/nn.yaml:80:7
%6313 = mul %6309, %6312 : f32[16] @ models/lib/nn.yaml:80:7
%6314 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6315 = cast %6314 : f32[] @ models/lib/nn.yaml:80:7
%6316 = broadcast %6315 : f32[16] @ models/lib/nn.yaml:80:7
%6317 = mul %6296, %6316 : f32[16] @ models/lib/nn.yaml:80:7
%6318 = add %6317, %6313 : f32[16] @ models/lib/nn.yaml:80:7
%6319 = cast %6299 : f64[] @ models/lib/nn.yaml:80:7
%6320 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6321 = pow %6320, %6319 : f64[] @ models/lib/nn.yaml:80:7
%6322 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6323 = sub %6322, %6321 : f64[] @ models/lib/nn.yaml:80:7
%6324 = div %3233, %6323 : f64[] @ models/lib/nn.yaml:80:7
%6325 = cast %6299 : f64[] @ models/lib/nn.yaml:80:7
%6326 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6327 = pow %6326, %6325 : f64[] @ models/lib/nn.yaml:80:7
%6328 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6329 = sub %6328, %6327 : f64[] @ models/lib/nn.yaml:80:7
%6330 = sqrt %6329 : f64[] @ models/lib/nn.yaml:80:7
%6331 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6332 = div %6331, %6330 : f64[] @ models/lib/nn.yaml:80:7
%6333 = sqrt %6318 : f32[16] @ models/lib/nn.yaml:80:7
%6334 = cast %6332 : f32[] @ models/lib/nn.yaml:80:7
%6335 = broadcast %6334 : f32[16] @ models/lib/nn.yaml:80:7
%6336 = mul %6333, %6335 : f32[16] @ models/lib/nn.yaml:80:7
%6337 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6338 = cast %6337 : f32[] @ models/lib/nn.yaml:80:7
%6339 = broadcast %6338 : f32[16] @ models/lib/nn.yaml:80:7
%6340 = add %6336, %6339 : f32[16] @ models/lib/nn.yaml:80:7
%6341 = div %6308, %6340 : f32[16] @ models/lib/nn.yaml:80:7
%6342 = cast %6324 : f32[] @ models/lib/nn.yaml:80:7
%6343 = broadcast %6342 : f32[16] @ models/lib/nn.yaml:80:7
%6344 = mul %6341, %6343 : f32[16] @ models/lib/nn.yaml:80:7
%6345 = sub %21, %6344 : f32[16] @ models/lib/nn.yaml:80:7
%6346 = assign %21, %6345 : f32[16] @ models/lib/nn.yaml:80:7
%6347 = assign %6295, %6308 : f32[16] @ models/lib/nn.yaml:80:7
%6348 = assign %6296, %6318 : f32[16] @ models/lib/nn.yaml:80:7
%6349 = assign %6297, %6299 : i64[] @ models/lib/nn.yaml:80:7
%6350 = cast %3235 : f32[] @ models/lib/nn.yaml:80:7
%6351 = broadcast %6350 : f32[16] @ models/lib/nn.yaml:80:7
%6352 = mul %99, %6351 : f32[16] @ models/lib/nn.yaml:80:7
%6353 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6354 = sub %6353, %3235 : f64[] @ models/lib/nn.yaml:80:7
%6355 = cast %6354 : f32[] @ models/lib/nn.yaml:80:7
%6356 = broadcast %6355 : f32[16] @ models/lib/nn.yaml:80:7
%6357 = mul %6345, %6356 : f32[16] @ models/lib/nn.yaml:80:7
%6358 = add %6352, %6357 : f32[16] @ models/lib/nn.yaml:80:7
%6359 = assign %99, %6358 : f32[16] @ models/lib/nn.yaml:80:7
%6360 = all_reduce_sum %4899 : f32[16] @ models/lib/nn.yaml:89:7
%6361 = reshape %6360 : f32[16] @ models/lib/nn.yaml:89:7
%6362 = mul %6361, %6361 : f32[16] @ models/lib/nn.yaml:89:7
%6363 = reduce_sum %6362 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6364 = sqrt %6363 : f32[] @ models/lib/nn.yaml:89:7
%6365 = cast %6364 : f64[] @ models/lib/nn.yaml:89:7
%6366 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%6367 = add %6365, %6366 : f64[] @ models/lib/nn.yaml:89:7
%6368 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%6369 = div %6368, %6367 : f64[] @ models/lib/nn.yaml:89:7
%6370 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6371 = lt %6369, %6370 : bool[] @ models/lib/nn.yaml:89:7
%6372 = cast %6369 : f32[] @ models/lib/nn.yaml:89:7
%6373 = broadcast %6372 : f32[16] @ models/lib/nn.yaml:89:7
%6374 = mul %6360, %6373 : f32[16] @ models/lib/nn.yaml:89:7
%6375 = broadcast %6371 : bool[16] @ models/lib/nn.yaml:89:7
%6376 = select %6375, %6374, %6360 : f32[16] @ models/lib/nn.yaml:89:7
%6377 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6378 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6379 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6380 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%6381 = add %6379, %6380 : i64[] @ models/lib/nn.yaml:89:7
%6382 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%6383 = cast %6382 : f32[] @ models/lib/nn.yaml:89:7
%6384 = broadcast %6383 : f32[16] @ models/lib/nn.yaml:89:7
%6385 = mul %6376, %6384 : f32[16] @ models/lib/nn.yaml:89:7
%6386 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6387 = cast %6386 : f32[] @ models/lib/nn.yaml:89:7
%6388 = broadcast %6387 : f32[16] @ models/lib/nn.yaml:89:7
%6389 = mul %6377, %6388 : f32[16] @ models/lib/nn.yaml:89:7
%6390 = add %6389, %6385 : f32[16] @ models/lib/nn.yaml:89:7
%6391 = mul %6376, %6376 : f32[16] @ models/lib/nn.yaml:89:7
%6392 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%6393 = cast %6392 : f32[] @ models/lib/nn.yaml:89:7
%6394 = broadcast %6393 : f32[16] @ models/lib/nn.yaml:89:7
%6395 = mul %6391, %6394 : f32[16] @ models/lib/nn.yaml:89:7
%6396 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6397 = cast %6396 : f32[] @ models/lib/nn.yaml:89:7
%6398 = broadcast %6397 : f32[16] @ models/lib/nn.yaml:89:7
%6399 = mul %6378, %6398 : f32[16] @ models/lib/nn.yaml:89:7
%6400 = add %6399, %6395 : f32[16] @ models/lib/nn.yaml:89:7
%6401 = cast %6381 : f64[] @ models/lib/nn.yaml:89:7
%6402 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6403 = pow %6402, %6401 : f64[] @ models/lib/nn.yaml:89:7
%6404 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6405 = sub %6404, %6403 : f64[] @ models/lib/nn.yaml:89:7
%6406 = div %3233, %6405 : f64[] @ models/lib/nn.yaml:89:7
%6407 = cast %6381 : f64[] @ models/lib/nn.yaml:89:7
%6408 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6409 = pow %6408, %6407 : f64[] @ models/lib/nn.yaml:89:7
%6410 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6411 = sub %6410, %6409 : f64[] @ models/lib/nn.yaml:89:7
%6412 = sqrt %6411 : f64[] @ models/lib/nn.yaml:89:7
%6413 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6414 = div %6413, %6412 : f64[] @ models/lib/nn.yaml:89:7
%6415 = sqrt %6400 : f32[16] @ models/lib/nn.yaml:89:7
%6416 = cast %6414 : f32[] @ models/lib/nn.yaml:89:7
%6417 = broadcast %6416 : f32[16] @ models/lib/nn.yaml:89:7
%6418 = mul %6415, %6417 : f32[16] @ models/lib/nn.yaml:89:7
%6419 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%6420 = cast %6419 : f32[] @ models/lib/nn.yaml:89:7
%6421 = broadcast %6420 : f32[16] @ models/lib/nn.yaml:89:7
%6422 = add %6418, %6421 : f32[16] @ models/lib/nn.yaml:89:7
%6423 = div %6390, %6422 : f32[16] @ models/lib/nn.yaml:89:7
%6424 = cast %6406 : f32[] @ models/lib/nn.yaml:89:7
%6425 = broadcast %6424 : f32[16] @ models/lib/nn.yaml:89:7
%6426 = mul %6423, %6425 : f32[16] @ models/lib/nn.yaml:89:7
%6427 = sub %22, %6426 : f32[16] @ models/lib/nn.yaml:89:7
%6428 = assign %22, %6427 : f32[16] @ models/lib/nn.yaml:89:7
%6429 = assign %6377, %6390 : f32[16] @ models/lib/nn.yaml:89:7
%6430 = assign %6378, %6400 : f32[16] @ models/lib/nn.yaml:89:7
%6431 = assign %6379, %6381 : i64[] @ models/lib/nn.yaml:89:7
%6432 = cast %3235 : f32[] @ models/lib/nn.yaml:89:7
%6433 = broadcast %6432 : f32[16] @ models/lib/nn.yaml:89:7
%6434 = mul %100, %6433 : f32[16] @ models/lib/nn.yaml:89:7
%6435 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6436 = sub %6435, %3235 : f64[] @ models/lib/nn.yaml:89:7
%6437 = cast %6436 : f32[] @ models/lib/nn.yaml:89:7
%6438 = broadcast %6437 : f32[16] @ models/lib/nn.yaml:89:7
%6439 = mul %6427, %6438 : f32[16] @ models/lib/nn.yaml:89:7
%6440 = add %6434, %6439 : f32[16] @ models/lib/nn.yaml:89:7
%6441 = assign %100, %6440 : f32[16] @ models/lib/nn.yaml:89:7
%6442 = all_reduce_sum %4894 : f32[16] @ models/lib/nn.yaml:90:7
%6443 = reshape %6442 : f32[16] @ models/lib/nn.yaml:90:7
%6444 = mul %6443, %6443 : f32[16] @ models/lib/nn.yaml:90:7
%6445 = reduce_sum %6444 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6446 = sqrt %6445 : f32[] @ models/lib/nn.yaml:90:7
%6447 = cast %6446 : f64[] @ models/lib/nn.yaml:90:7
%6448 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%6449 = add %6447, %6448 : f64[] @ models/lib/nn.yaml:90:7
%6450 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%6451 = div %6450, %6449 : f64[] @ models/lib/nn.yaml:90:7
%6452 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6453 = lt %6451, %6452 : bool[] @ models/lib/nn.yaml:90:7
%6454 = cast %6451 : f32[] @ models/lib/nn.yaml:90:7
%6455 = broadcast %6454 : f32[16] @ models/lib/nn.yaml:90:7
%6456 = mul %6442, %6455 : f32[16] @ models/lib/nn.yaml:90:7
%6457 = broadcast %6453 : bool[16] @ models/lib/nn.yaml:90:7
%6458 = select %6457, %6456, %6442 : f32[16] @ models/lib/nn.yaml:90:7
%6459 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6460 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6461 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6462 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%6463 = add %6461, %6462 : i64[] @ models/lib/nn.yaml:90:7
%6464 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%6465 = cast %6464 : f32[] @ models/lib/nn.yaml:90:7
%6466 = broadcast %6465 : f32[16] @ models/lib/nn.yaml:90:7
%6467 = mul %6458, %6466 : f32[16] @ models/lib/nn.yaml:90:7
%6468 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6469 = cast %6468 : f32[] @ models/lib/nn.yaml:90:7
%6470 = broadcast %6469 : f32[16] @ models/lib/nn.yaml:90:7
%6471 = mul %6459, %6470 : f32[16] @ models/lib/nn.yaml:90:7
%6472 = add %6471, %6467 : f32[16] @ models/lib/nn.yaml:90:7
%6473 = mul %6458, %6458 : f32[16] @ models/lib/nn.yaml:90:7
%6474 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%6475 = cast %6474 : f32[] @ models/lib/nn.yaml:90:7
%6476 = broadcast %6475 : f32[16] @ models/lib/nn.yaml:90:7
%6477 = mul %6473, %6476 : f32[16] @ models/lib/nn.yaml:90:7
%6478 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6479 = cast %6478 : f32[] @ models/lib/nn.yaml:90:7
%6480 = broadcast %6479 : f32[16] @ models/lib/nn.yaml:90:7
%6481 = mul %6460, %6480 : f32[16] @ models/lib/nn.yaml:90:7
%6482 = add %6481, %6477 : f32[16] @ models/lib/nn.yaml:90:7
%6483 = cast %6463 : f64[] @ models/lib/nn.yaml:90:7
%6484 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6485 = pow %6484, %6483 : f64[] @ models/lib/nn.yaml:90:7
%6486 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6487 = sub %6486, %6485 : f64[] @ models/lib/nn.yaml:90:7
%6488 = div %3233, %6487 : f64[] @ models/lib/nn.yaml:90:7
%6489 = cast %6463 : f64[] @ models/lib/nn.yaml:90:7
%6490 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6491 = pow %6490, %6489 : f64[] @ models/lib/nn.yaml:90:7
%6492 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6493 = sub %6492, %6491 : f64[] @ models/lib/nn.yaml:90:7
%6494 = sqrt %6493 : f64[] @ models/lib/nn.yaml:90:7
%6495 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6496 = div %6495, %6494 : f64[] @ models/lib/nn.yaml:90:7
%6497 = sqrt %6482 : f32[16] @ models/lib/nn.yaml:90:7
%6498 = cast %6496 : f32[] @ models/lib/nn.yaml:90:7
%6499 = broadcast %6498 : f32[16] @ models/lib/nn.yaml:90:7
%6500 = mul %6497, %6499 : f32[16] @ models/lib/nn.yaml:90:7
%6501 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%6502 = cast %6501 : f32[] @ models/lib/nn.yaml:90:7
%6503 = broadcast %6502 : f32[16] @ models/lib/nn.yaml:90:7
%6504 = add %6500, %6503 : f32[16] @ models/lib/nn.yaml:90:7
%6505 = div %6472, %6504 : f32[16] @ models/lib/nn.yaml:90:7
%6506 = cast %6488 : f32[] @ models/lib/nn.yaml:90:7
%6507 = broadcast %6506 : f32[16] @ models/lib/nn.yaml:90:7
%6508 = mul %6505, %6507 : f32[16] @ models/lib/nn.yaml:90:7
%6509 = sub %23, %6508 : f32[16] @ models/lib/nn.yaml:90:7
%6510 = assign %23, %6509 : f32[16] @ models/lib/nn.yaml:90:7
%6511 = assign %6459, %6472 : f32[16] @ models/lib/nn.yaml:90:7
%6512 = assign %6460, %6482 : f32[16] @ models/lib/nn.yaml:90:7
%6513 = assign %6461, %6463 : i64[] @ models/lib/nn.yaml:90:7
%6514 = cast %3235 : f32[] @ models/lib/nn.yaml:90:7
%6515 = broadcast %6514 : f32[16] @ models/lib/nn.yaml:90:7
%6516 = mul %101, %6515 : f32[16] @ models/lib/nn.yaml:90:7
%6517 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6518 = sub %6517, %3235 : f64[] @ models/lib/nn.yaml:90:7
%6519 = cast %6518 : f32[] @ models/lib/nn.yaml:90:7
%6520 = broadcast %6519 : f32[16] @ models/lib/nn.yaml:90:7
%6521 = mul %6509, %6520 : f32[16] @ models/lib/nn.yaml:90:7
%6522 = add %6516, %6521 : f32[16] @ models/lib/nn.yaml:90:7
%6523 = assign %101, %6522 : f32[16] @ models/lib/nn.yaml:90:7
%6524 = all_reduce_sum %4889 : f32[48,16] @ models/lib/nn.yaml:79:7
%6525 = reshape %6524 : f32[768] @ models/lib/nn.yaml:79:7
%6526 = mul %6525, %6525 : f32[768] @ models/lib/nn.yaml:79:7
%6527 = reduce_sum %6526 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6528 = sqrt %6527 : f32[] @ models/lib/nn.yaml:79:7
%6529 = cast %6528 : f64[] @ models/lib/nn.yaml:79:7
%6530 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%6531 = add %6529, %6530 : f64[] @ models/lib/nn.yaml:79:7
%6532 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%6533 = div %6532, %6531 : f64[] @ models/lib/nn.yaml:79:7
%6534 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6535 = lt %6533, %6534 : bool[] @ models/lib/nn.yaml:79:7
%6536 = cast %6533 : f32[] @ models/lib/nn.yaml:79:7
%6537 = broadcast %6536 : f32[48,16] @ models/lib/nn.yaml:79:7
%6538 = mul %6524, %6537 : f32[48,16] @ models/lib/nn.yaml:79:7
%6539 = broadcast %6535 : bool[48,16] @ models/lib/nn.yaml:79:7
%6540 = select %6539, %6538, %6524 : f32[48,16] @ models/lib/nn.yaml:79:7
%6541 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6542 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6543 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6544 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6545 = add %6543, %6544 : i64[] @ models/lib/nn.yaml:79:7
%6546 = mul %3233, %3234 : f64[] @ models/lib/nn.yaml:79:7
%6547 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6548 = sub %6547, %6546 : f64[] @ models/lib/nn.yaml:79:7
%6549 = cast %6548 : f32[] @ models/lib/nn.yaml:79:7
%6550 = broadcast %6549 : f32[48,16] @ models/lib/nn.yaml:79:7
%6551 = mul %24, %6550 : f32[48,16] @ models/lib/nn.yaml:79:7
%6552 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6553 = cast %6552 : f32[] @ models/lib/nn.yaml:79:7
%6554 = broadcast %6553 : f32[48,16] @ models/lib/nn.yaml:79:7
%6555 = mul %6540, %6554 : f32[48,16] @ models/lib/nn.yaml:79:7
%6556 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6557 = cast %6556 : f32[] @ models/lib/nn.yaml:79:7
%6558 = broadcast %6557 : f32[48,16] @ models/lib/nn.yaml:79:7
%6559 = mul %6541, %6558 : f32[48,16] @ models/lib/nn.yaml:79:7
%6560 = add %6559, %6555 : f32[48,16] @ models/lib/nn.yaml:79:7
%6561 = mul %6540, %6540 : f32[48,16] @ models/lib/nn.yaml:79:7
%6562 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6563 = cast %6562 : f32[] @ models/lib/nn.yaml:79:7
%6564 = broadcast %6563 : f32[48,16] @ models/lib/nn.yaml:79:7
%6565 = mul %6561, %6564 : f32[48,16] @ models/lib/nn.yaml:79:7
%6566 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6567 = cast %6566 : f32[] @ models/lib/nn.yaml:79:7
%6568 = broadcast %6567 : f32[48,16] @ models/lib/nn.yaml:79:7
%6569 = mul %6542, %6568 : f32[48,16] @ models/lib/nn.yaml:79:7
%6570 = add %6569, %6565 : f32[48,16] @ models/lib/nn.yaml:79:7
%6571 = cast %6545 : f64[] @ models/lib/nn.yaml:79:7
%6572 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6573 = pow %6572, %6571 : f64[] @ models/lib/nn.yaml:79:7
%6574 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6575 = sub %6574, %6573 : f64[] @ models/lib/nn.yaml:79:7
%6576 = div %3233, %6575 : f64[] @ models/lib/nn.yaml:79:7
%6577 = cast %6545 : f64[] @ models/lib/nn.yaml:79:7
%6578 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6579 = pow %6578, %6577 : f64[] @ models/lib/nn.yaml:79:7
%6580 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6581 = sub %6580, %6579 : f64[] @ models/lib/nn.yaml:79:7
%6582 = sqrt %6581 : f64[] @ models/lib/nn.yaml:79:7
%6583 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6584 = div %6583, %6582 : f64[] @ models/lib/nn.yaml:79:7
%6585 = sqrt %6570 : f32[48,16] @ models/lib/nn.yaml:79:7
%6586 = cast %6584 : f32[] @ models/lib/nn.yaml:79:7
%6587 = broadcast %6586 : f32[48,16] @ models/lib/nn.yaml:79:7
%6588 = mul %6585, %6587 : f32[48,16] @ models/lib/nn.yaml:79:7
%6589 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6590 = cast %6589 : f32[] @ models/lib/nn.yaml:79:7
%6591 = broadcast %6590 : f32[48,16] @ models/lib/nn.yaml:79:7
%6592 = add %6588, %6591 : f32[48,16] @ models/lib/nn.yaml:79:7
%6593 = div %6560, %6592 : f32[48,16] @ models/lib/nn.yaml:79:7
%6594 = cast %6576 : f32[] @ models/lib/nn.yaml:79:7
%6595 = broadcast %6594 : f32[48,16] @ models/lib/nn.yaml:79:7
%6596 = mul %6593, %6595 : f32[48,16] @ models/lib/nn.yaml:79:7
%6597 = sub %6551, %6596 : f32[48,16] @ models/lib/nn.yaml:79:7
%6598 = assign %24, %6597 : f32[48,16] @ models/lib/nn.yaml:79:7
%6599 = assign %6541, %6560 : f32[48,16] @ models/lib/nn.yaml:79:7
%6600 = assign %6542, %6570 : f32[48,16] @ models/lib/nn.yaml:79:7
%6601 = assign %6543, %6545 : i64[] @ models/lib/nn.yaml:79:7
%6602 = cast %3235 : f32[] @ models/lib/nn.yaml:79:7
%6603 = broadcast %6602 : f32[48,16] @ models/lib/nn.yaml:79:7
%6604 = mul %102, %6603 : f32[48,16] @ models/lib/nn.yaml:79:7
%6605 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6606 = sub %6605, %3235 : f64[] @ models/lib/nn.yaml:79:7
%6607 = cast %6606 : f32[] @ models/lib/nn.yaml:79:7
%6608 = broadcast %6607 : f32[48,16] @ models/lib/nn.yaml:79:7
%6609 = mul %6597, %6608 : f32[48,16] @ models/lib/nn.yaml:79:7
%6610 = add %6604, %6609 : f32[48,16] @ models/lib/nn.yaml:79:7
%6611 = assign %102, %6610 : f32[48,16] @ models/lib/nn.yaml:79:7
%6612 = all_reduce_sum %4884 : f32[48] @ models/lib/nn.yaml:80:7
%6613 = reshape %6612 : f32[48] @ models/lib/nn.yaml:80:7
%6614 = mul %6613, %6613 : f32[48] @ models/lib/nn.yaml:80:7
%6615 = reduce_sum %6614 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6616 = sqrt %6615 : f32[] @ models/lib/nn.yaml:80:7
%6617 = cast %6616 : f64[] @ models/lib/nn.yaml:80:7
%6618 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%6619 = add %6617, %6618 : f64[] @ models/lib/nn.yaml:80:7
%6620 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%6621 = div %6620, %6619 : f64[] @ models/lib/nn.yaml:80:7
%6622 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6623 = lt %6621, %6622 : bool[] @ models/lib/nn.yaml:80:7
%6624 = cast %6621 : f32[] @ models/lib/nn.yaml:80:7
%6625 = broadcast %6624 : f32[48] @ models/lib/nn.yaml:80:7
%6626 = mul %6612, %6625 : f32[48] @ models/lib/nn.yaml:80:7
%6627 = broadcast %6623 : bool[48] @ models/lib/nn.yaml:80:7
%6628 = select %6627, %6626, %6612 : f32[48] @ models/lib/nn.yaml:80:7
%6629 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6630 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6631 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6632 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6633 = add %6631, %6632 : i64[] @ models/lib/nn.yaml:80:7
%6634 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6635 = cast %6634 : f32[] @ models/lib/nn.yaml:80:7
%6636 = broadcast %6635 : f32[48] @ models/lib/nn.yaml:80:7
%6637 = mul %6628, %6636 : f32[48] @ models/lib/nn.yaml:80:7
%6638 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6639 = cast %6638 : f32[] @ models/lib/nn.yaml:80:7
%6640 = broadcast %6639 : f32[48] @ models/lib/nn.yaml:80:7
%6641 = mul %6629, %6640 : f32[48] @ models/lib/nn.yaml:80:7
%6642 = add %6641, %6637 : f32[48] @ models/lib/nn.yaml:80:7
%6643 = mul %6628, %6628 : f32[48] @ models/lib/nn.yaml:80:7
%6644 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6645 = cast %6644 : f32[] @ models/lib/nn.yaml:80:7
%6646 = broadcast %6645 : f32[48] @ models/lib/nn.yaml:80:7
%6647 = mul %6643, %6646 : f32[48] @ models/lib/nn.yaml:80:7
%6648 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6649 = cast %6648 : f32[] @ models/lib/nn.yaml:80:7
%6650 = broadcast %6649 : f32[48] @ models/lib/nn.yaml:80:7
%6651 = mul %6630, %6650 : f32[48] @ models/lib/nn.yaml:80:7
%6652 = add %6651, %6647 : f32[48] @ models/lib/nn.yaml:80:7
%6653 = cast %6633 : f64[] @ models/lib/nn.yaml:80:7
%6654 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6655 = pow %6654, %6653 : f64[] @ models/lib/nn.yaml:80:7
%6656 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6657 = sub %6656, %6655 : f64[] @ models/lib/nn.yaml:80:7
%6658 = div %3233, %6657 : f64[] @ models/lib/nn.yaml:80:7
%6659 = cast %6633 : f64[] @ models/lib/nn.yaml:80:7
%6660 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6661 = pow %6660, %6659 : f64[] @ models/lib/nn.yaml:80:7
%6662 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6663 = sub %6662, %6661 : f64[] @ models/lib/nn.yaml:80:7
%6664 = sqrt %6663 : f64[] @ models/lib/nn.yaml:80:7
%6665 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6666 = div %6665, %6664 : f64[] @ models/lib/nn.yaml:80:7
%6667 = sqrt %6652 : f32[48] @ models/lib/nn.yaml:80:7
%6668 = cast %6666 : f32[] @ models/lib/nn.yaml:80:7
%6669 = broadcast %6668 : f32[48] @ models/lib/nn.yaml:80:7
%6670 = mul %6667, %6669 : f32[48] @ models/lib/nn.yaml:80:7
%6671 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6672 = cast %6671 : f32[] @ models/lib/nn.yaml:80:7
%6673 = broadcast %6672 : f32[48] @ models/lib/nn.yaml:80:7
%6674 = add %6670, %6673 : f32[48] @ models/lib/nn.yaml:80:7
%6675 = div %6642, %6674 : f32[48] @ models/lib/nn.yaml:80:7
%6676 = cast %6658 : f32[] @ models/lib/nn.yaml:80:7
%6677 = broadcast %6676 : f32[48] @ models/lib/nn.yaml:80:7
%6678 = mul %6675, %6677 : f32[48] @ models/lib/nn.yaml:80:7
%6679 = sub %25, %6678 : f32[48] @ models/lib/nn.yaml:80:7
%6680 = assign %25, %6679 : f32[48] @ models/lib/nn.yaml:80:7
%6681 = assign %6629, %6642 : f32[48] @ models/lib/nn.yaml:80:7
%6682 = assign %6630, %6652 : f32[48] @ models/lib/nn.yaml:80:7
%6683 = assign %6631, %6633 : i64[] @ models/lib/nn.yaml:80:7
%6684 = cast %3235 : f32[] @ models/lib/nn.yaml:80:7
%6685 = broadcast %6684 : f32[48] @ models/lib/nn.yaml:80:7
%6686 = mul %103, %6685 : f32[48] @ models/lib/nn.yaml:80:7
%6687 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6688 = sub %6687, %3235 : f64[] @ models/lib/nn.yaml:80:7
%6689 = cast %6688 : f32[] @ models/lib/nn.yaml:80:7
%6690 = broadcast %6689 : f32[48] @ models/lib/nn.yaml:80:7
%6691 = mul %6679, %6690 : f32[48] @ models/lib/nn.yaml:80:7
%6692 = add %6686, %6691 : f32[48] @ models/lib/nn.yaml:80:7
%6693 = assign %103, %6692 : f32[48] @ models/lib/nn.yaml:80:7
%6694 = all_reduce_sum %4832 : f32[16,16] @ models/lib/nn.yaml:79:7
%6695 = reshape %6694 : f32[256] @ models/lib/nn.yaml:79:7
%6696 = mul %6695, %6695 : f32[256] @ models/lib/nn.yaml:79:7
%6697 = reduce_sum %6696 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6698 = sqrt %6697 : f32[] @ models/lib/nn.yaml:79:7
%6699 = cast %6698 : f64[] @ models/lib/nn.yaml:79:7
%6700 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%6701 = add %6699, %6700 : f64[] @ models/lib/nn.yaml:79:7
%6702 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%6703 = div %6702, %6701 : f64[] @ models/lib/nn.yaml:79:7
%6704 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6705 = lt %6703, %6704 : bool[] @ models/lib/nn.yaml:79:7
%6706 = cast %6703 : f32[] @ models/lib/nn.yaml:79:7
%6707 = broadcast %6706 : f32[16,16] @ models/lib/nn.yaml:79:7
%6708 = mul %6694, %6707 : f32[16,16] @ models/lib/nn.yaml:79:7
%6709 = broadcast %6705 : bool[16,16] @ models/lib/nn.yaml:79:7
%6710 = select %6709, %6708, %6694 : f32[16,16] @ models/lib/nn.yaml:79:7
%6711 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6712 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6713 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6714 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6715 = add %6713, %6714 : i64[] @ models/lib/nn.yaml:79:7
%6716 = mul %3233, %3234 : f64[] @ models/lib/nn.yaml:79:7
%6717 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6718 = sub %6717, %6716 : f64[] @ models/lib/nn.yaml:79:7
%6719 = cast %6718 : f32[] @ models/lib/nn.yaml:79:7
%6720 = broadcast %6719 : f32[16,16] @ models/lib/nn.yaml:79:7
%6721 = mul %26, %6720 : f32[16,16] @ models/lib/nn.yaml:79:7
%6722 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6723 = cast %6722 : f32[] @ models/lib/nn.yaml:79:7
%6724 = broadcast %6723 : f32[16,16] @ models/lib/nn.yaml:79:7
%6725 = mul %6710, %6724 : f32[16,16] @ models/lib/nn.yaml:79:7
%6726 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6727 = cast %6726 : f32[] @ models/lib/nn.yaml:79:7
%6728 = broadcast %6727 : f32[16,16] @ models/lib/nn.yaml:79:7
%6729 = mul %6711, %6728 : f32[16,16] @ models/lib/nn.yaml:79:7
%6730 = add %6729, %6725 : f32[16,16] @ models/lib/nn.yaml:79:7
%6731 = mul %6710, %6710 : f32[16,16] @ models/lib/nn.yaml:79:7
%6732 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6733 = cast %6732 : f32[] @ models/lib/nn.yaml:79:7
%6734 = broadcast %6733 : f32[16,16] @ models/lib/nn.yaml:79:7
%6735 = mul %6731, %6734 : f32[16,16] @ models/lib/nn.yaml:79:7
%6736 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6737 = cast %6736 : f32[] @ models/lib/nn.yaml:79:7
%6738 = broadcast %6737 : f32[16,16] @ models/lib/nn.yaml:79:7
%6739 = mul %6712, %6738 : f32[16,16] @ models/lib/nn.yaml:79:7
%6740 = add %6739, %6735 : f32[16,16] @ models/lib/nn.yaml:79:7
%6741 = cast %6715 : f64[] @ models/lib/nn.yaml:79:7
%6742 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6743 = pow %6742, %6741 : f64[] @ models/lib/nn.yaml:79:7
%6744 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6745 = sub %6744, %6743 : f64[] @ models/lib/nn.yaml:79:7
%6746 = div %3233, %6745 : f64[] @ models/lib/nn.yaml:79:7
%6747 = cast %6715 : f64[] @ models/lib/nn.yaml:79:7
%6748 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6749 = pow %6748, %6747 : f64[] @ models/lib/nn.yaml:79:7
%6750 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6751 = sub %6750, %6749 : f64[] @ models/lib/nn.yaml:79:7
%6752 = sqrt %6751 : f64[] @ models/lib/nn.yaml:79:7
%6753 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6754 = div %6753, %6752 : f64[] @ models/lib/nn.yaml:79:7
%6755 = sqrt %6740 : f32[16,16] @ models/lib/nn.yaml:79:7
%6756 = cast %6754 : f32[] @ models/lib/nn.yaml:79:7
%6757 = broadcast %6756 : f32[16,16] @ models/lib/nn.yaml:79:7
%6758 = mul %6755, %6757 : f32[16,16] @ models/lib/nn.yaml:79:7
%6759 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6760 = cast %6759 : f32[] @ models/lib/nn.yaml:79:7
%6761 = broadcast %6760 : f32[16,16] @ models/lib/nn.yaml:79:7
%6762 = add %6758, %6761 : f32[16,16] @ models/lib/nn.yaml:79:7
%6763 = div %6730, %6762 : f32[16,16] @ models/lib/nn.yaml:79:7
%6764 = cast %6746 : f32[] @ models/lib/nn.yaml:79:7
%6765 = broadcast %6764 : f32[16,16] @ models/lib/nn.yaml:79:7
%6766 = mul %6763, %6765 : f32[16,16] @ models/lib/nn.yaml:79:7
%6767 = sub %6721, %6766 : f32[16,16] @ models/lib/nn.yaml:79:7
%6768 = assign %26, %6767 : f32[16,16] @ models/lib/nn.yaml:79:7
%6769 = assign %6711, %6730 : f32[16,16] @ models/lib/nn.yaml:79:7
%6770 = assign %6712, %6740 : f32[16,16] @ models/lib/nn.yaml:79:7
%6771 = assign %6713, %6715 : i64[] @ models/lib/nn.yaml:79:7
%6772 = cast %3235 : f32[] @ models/lib/nn.yaml:79:7
%6773 = broadcast %6772 : f32[16,16] @ models/lib/nn.yaml:79:7
%6774 = mul %104, %6773 : f32[16,16] @ models/lib/nn.yaml:79:7
%6775 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6776 = sub %6775, %3235 : f64[] @ models/lib/nn.yaml:79:7
%6777 = cast %6776 : f32[] @ models/lib/nn.yaml:79:7
%6778 = broadcast %6777 : f32[16,16] @ models/lib/nn.yaml:79:7
%6779 = mul %6767, %6778 : f32[16,16] @ models/lib/nn.yaml:79:7
%6780 = add %6774, %6779 : f32[16,16] @ models/lib/nn.yaml:79:7
%6781 = assign %104, %6780 : f32[16,16] @ models/lib/nn.yaml:79:7
%6782 = all_reduce_sum %4827 : f32[16] @ models/lib/nn.yaml:80:7
%6783 = reshape %6782 : f32[16] @ models/lib/nn.yaml:80:7
%6784 = mul %6783, %6783 : f32[16] @ models/lib/nn.yaml:80:7
%6785 = reduce_sum %6784 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6786 = sqrt %6785 : f32[] @ models/lib/nn.yaml:80:7
%6787 = cast %6786 : f64[] @ models/lib/nn.yaml:80:7
%6788 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%6789 = add %6787, %6788 : f64[] @ models/lib/nn.yaml:80:7
%6790 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%6791 = div %6790, %6789 : f64[] @ models/lib/nn.yaml:80:7
%6792 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6793 = lt %6791, %6792 : bool[] @ models/lib/nn.yaml:80:7
%6794 = cast %6791 : f32[] @ models/lib/nn.yaml:80:7
%6795 = broadcast %6794 : f32[16] @ models/lib/nn.yaml:80:7
%6796 = mul %6782, %6795 : f32[16] @ models/lib/nn.yaml:80:7
%6797 = broadcast %6793 : bool[16] @ models/lib/nn.yaml:80:7
%6798 = select %6797, %6796, %6782 : f32[16] @ models/lib/nn.yaml:80:7
%6799 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6800 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6801 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6802 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6803 = add %6801, %6802 : i64[] @ models/lib/nn.yaml:80:7
%6804 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6805 = cast %6804 : f32[] @ models/lib/nn.yaml:80:7
%6806 = broadcast %6805 : f32[16] @ models/lib/nn.yaml:80:7
%6807 = mul %6798, %6806 : f32[16] @ models/lib/nn.yaml:80:7
%6808 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6809 = cast %6808 : f32[] @ models/lib/nn.yaml:80:7
%6810 = broadcast %6809 : f32[16] @ models/lib/nn.yaml:80:7
%6811 = mul %6799, %6810 : f32[16] @ models/lib/nn.yaml:80:7
%6812 = add %6811, %6807 : f32[16] @ models/lib/nn.yaml:80:7
%6813 = mul %6798, %6798 : f32[16] @ models/lib/nn.yaml:80:7
%6814 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6815 = cast %6814 : f32[] @ models/lib/nn.yaml:80:7
%6816 = broadcast %6815 : f32[16] @ models/lib/nn.yaml:80:7
%6817 = mul %6813, %6816 : f32[16] @ models/lib/nn.yaml:80:7
%6818 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6819 = cast %6818 : f32[] @ models/lib/nn.yaml:80:7
%6820 = broadcast %6819 : f32[16] @ models/lib/nn.yaml:80:7
%6821 = mul %6800, %6820 : f32[16] @ models/lib/nn.yaml:80:7
%6822 = add %6821, %6817 : f32[16] @ models/lib/nn.yaml:80:7
%6823 = cast %6803 : f64[] @ models/lib/nn.yaml:80:7
%6824 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6825 = pow %6824, %6823 : f64[] @ models/lib/nn.yaml:80:7
%6826 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6827 = sub %6826, %6825 : f64[] @ models/lib/nn.yaml:80:7
%6828 = div %3233, %6827 : f64[] @ models/lib/nn.yaml:80:7
%6829 = cast %6803 : f64[] @ models/lib/nn.yaml:80:7
%6830 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6831 = pow %6830, %6829 : f64[] @ models/lib/nn.yaml:80:7
%6832 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6833 = sub %6832, %6831 : f64[] @ models/lib/nn.yaml:80:7
%6834 = sqrt %6833 : f64[] @ models/lib/nn.yaml:80:7
%6835 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6836 = div %6835, %6834 : f64[] @ models/lib/nn.yaml:80:7
%6837 = sqrt %6822 : f32[16] @ models/lib/nn.yaml:80:7
%6838 = cast %6836 : f32[] @ models/lib/nn.yaml:80:7
%6839 = broadcast %6838 : f32[16] @ models/lib/nn.yaml:80:7
%6840 = mul %6837, %6839 : f32[16] @ models/lib/nn.yaml:80:7
%6841 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6842 = cast %6841 : f32[] @ models/lib/nn.yaml:80:7
%6843 = broadcast %6842 : f32[16] @ models/lib/nn.yaml:80:7
%6844 = add %6840, %6843 : f32[16] @ models/lib/nn.yaml:80:7
%6845 = div %6812, %6844 : f32[16] @ models/lib/nn.yaml:80:7
%6846 = cast %6828 : f32[] @ models/lib/nn.yaml:80:7
%6847 = broadcast %6846 : f32[16] @ models/lib/nn.yaml:80:7
%6848 = mul %6845, %6847 : f32[16] @ models/lib/nn.yaml:80:7
%6849 = sub %27, %6848 : f32[16] @ models/lib/nn.yaml:80:7
%6850 = assign %27, %6849 : f32[16] @ models/lib/nn.yaml:80:7
%6851 = assign %6799, %6812 : f32[16] @ models/lib/nn.yaml:80:7
%6852 = assign %6800, %6822 : f32[16] @ models/lib/nn.yaml:80:7
%6853 = assign %6801, %6803 : i64[] @ models/lib/nn.yaml:80:7
%6854 = cast %3235 : f32[] @ models/lib/nn.yaml:80:7
%6855 = broadcast %6854 : f32[16] @ models/lib/nn.yaml:80:7
%6856 = mul %105, %6855 : f32[16] @ models/lib/nn.yaml:80:7
%6857 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6858 = sub %6857, %3235 : f64[] @ models/lib/nn.yaml:80:7
%6859 = cast %6858 : f32[] @ models/lib/nn.yaml:80:7
%6860 = broadcast %6859 : f32[16] @ models/lib/nn.yaml:80:7
%6861 = mul %6849, %6860 : f32[16] @ models/lib/nn.yaml:80:7
%6862 = add %6856, %6861 : f32[16] @ models/lib/nn.yaml:80:7
%6863 = assign %105, %6862 : f32[16] @ models/lib/nn.yaml:80:7
%6864 = all_reduce_sum %4799 : f32[16] @ models/lib/nn.yaml:89:7
%6865 = reshape %6864 : f32[16] @ models/lib/nn.yaml:89:7
%6866 = mul %6865, %6865 : f32[16] @ models/lib/nn.yaml:89:7
%6867 = reduce_sum %6866 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6868 = sqrt %6867 : f32[] @ models/lib/nn.yaml:89:7
%6869 = cast %6868 : f64[] @ models/lib/nn.yaml:89:7
%6870 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%6871 = add %6869, %6870 : f64[] @ models/lib/nn.yaml:89:7
%6872 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%6873 = div %6872, %6871 : f64[] @ models/lib/nn.yaml:89:7
%6874 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6875 = lt %6873, %6874 : bool[] @ models/lib/nn.yaml:89:7
%6876 = cast %6873 : f32[] @ models/lib/nn.yaml:89:7
%6877 = broadcast %6876 : f32[16] @ models/lib/nn.yaml:89:7
%6878 = mul %6864, %6877 : f32[16] @ models/lib/nn.yaml:89:7
%6879 = broadcast %6875 : bool[16] @ models/lib/nn.yaml:89:7
%6880 = select %6879, %6878, %6864 : f32[16] @ models/lib/nn.yaml:89:7
%6881 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6882 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6883 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6884 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%6885 = add %6883, %6884 : i64[] @ models/lib/nn.yaml:89:7
%6886 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%6887 = cast %6886 : f32[] @ models/lib/nn.yaml:89:7
%6888 = broadcast %6887 : f32[16] @ models/lib/nn.yaml:89:7
%6889 = mul %6880, %6888 : f32[16] @ models/lib/nn.yaml:89:7
%6890 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6891 = cast %6890 : f32[] @ models/lib/nn.yaml:89:7
%6892 = broadcast %6891 : f32[16] @ models/lib/nn.yaml:89:7
%6893 = mul %6881, %6892 : f32[16] @ models/lib/nn.yaml:89:7
%6894 = add %6893, %6889 : f32[16] @ models/lib/nn.yaml:89:7
%6895 = mul %6880, %6880 : f32[16] @ models/lib/nn.yaml:89:7
%6896 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%6897 = cast %6896 : f32[] @ models/lib/nn.yaml:89:7
%6898 = broadcast %6897 : f32[16] @ models/lib/nn.yaml:89:7
%6899 = mul %6895, %6898 : f32[16] @ models/lib/nn.yaml:89:7
%6900 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6901 = cast %6900 : f32[] @ models/lib/nn.yaml:89:7
%6902 = broadcast %6901 : f32[16] @ models/lib/nn.yaml:89:7
%6903 = mul %6882, %6902 : f32[16] @ models/lib/nn.yaml:89:7
%6904 = add %6903, %6899 : f32[16] @ models/lib/nn.yaml:89:7
%6905 = cast %6885 : f64[] @ models/lib/nn.yaml:89:7
%6906 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6907 = pow %6906, %6905 : f64[] @ models/lib/nn.yaml:89:7
%6908 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6909 = sub %6908, %6907 : f64[] @ models/lib/nn.yaml:89:7
%6910 = div %3233, %6909 : f64[] @ models/lib/nn.yaml:89:7
%6911 = cast %6885 : f64[] @ models/lib/nn.yaml:89:7
%6912 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6913 = pow %6912, %6911 : f64[] @ models/lib/nn.yaml:89:7
%6914 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6915 = sub %6914, %6913 : f64[] @ models/lib/nn.yaml:89:7
%6916 = sqrt %6915 : f64[] @ models/lib/nn.yaml:89:7
%6917 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6918 = div %6917, %6916 : f64[] @ models/lib/nn.yaml:89:7
%6919 = sqrt %6904 : f32[16] @ models/lib/nn.yaml:89:7
%6920 = cast %6918 : f32[] @ models/lib/nn.yaml:89:7
%6921 = broadcast %6920 : f32[16] @ models/lib/nn.yaml:89:7
%6922 = mul %6919, %6921 : f32[16] @ models/lib/nn.yaml:89:7
%6923 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%6924 = cast %6923 : f32[] @ models/lib/nn.yaml:89:7
%6925 = broadcast %6924 : f32[16] @ models/lib/nn.yaml:89:7
%6926 = add %6922, %6925 : f32[16] @ models/lib/nn.yaml:89:7
%6927 = div %6894, %6926 : f32[16] @ models/lib/nn.yaml:89:7
%6928 = cast %6910 : f32[] @ models/lib/nn.yaml:89:7
%6929 = broadcast %6928 : f32[16] @ models/lib/nn.yaml:89:7
%6930 = mul %6927, %6929 : f32[16] @ models/lib/nn.yaml:89:7
%6931 = sub %28, %6930 : f32[16] @ models/lib/nn.yaml:89:7
%6932 = assign %28, %6931 : f32[16] @ models/lib/nn.yaml:89:7
%6933 = assign %6881, %6894 : f32[16] @ models/lib/nn.yaml:89:7
%6934 = assign %6882, %6904 : f32[16] @ models/lib/nn.yaml:89:7
%6935 = assign %6883, %6885 : i64[] @ models/lib/nn.yaml:89:7
%6936 = cast %3235 : f32[] @ models/lib/nn.yaml:89:7
%6937 = broadcast %6936 : f32[16] @ models/lib/nn.yaml:89:7
%6938 = mul %106, %6937 : f32[16] @ models/lib/nn.yaml:89:7
%6939 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6940 = sub %6939, %3235 : f64[] @ models/lib/nn.yaml:89:7
%6941 = cast %6940 : f32[] @ models/lib/nn.yaml:89:7
%6942 = broadcast %6941 : f32[16] @ models/lib/nn.yaml:89:7
%6943 = mul %6931, %6942 : f32[16] @ models/lib/nn.yaml:89:7
%6944 = add %6938, %6943 : f32[16] @ models/lib/nn.yaml:89:7
%6945 = assign %106, %6944 : f32[16] @ models/lib/nn.yaml:89:7
%6946 = all_reduce_sum %4794 : f32[16] @ models/lib/nn.yaml:90:7
%6947 = reshape %6946 : f32[16] @ models/lib/nn.yaml:90:7
%6948 = mul %6947, %6947 : f32[16] @ models/lib/nn.yaml:90:7
%6949 = reduce_sum %6948 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6950 = sqrt %6949 : f32[] @ models/lib/nn.yaml:90:7
%6951 = cast %6950 : f64[] @ models/lib/nn.yaml:90:7
%6952 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%6953 = add %6951, %6952 : f64[] @ models/lib/nn.yaml:90:7
%6954 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%6955 = div %6954, %6953 : f64[] @ models/lib/nn.yaml:90:7
%6956 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6957 = lt %6955, %6956 : bool[] @ models/lib/nn.yaml:90:7
%6958 = cast %6955 : f32[] @ models/lib/nn.yaml:90:7
%6959 = broadcast %6958 : f32[16] @ models/lib/nn.yaml:90:7
%6960 = mul %6946, %6959 : f32[16] @ models/lib/nn.yaml:90:7
%6961 = broadcast %6957 : bool[16] @ models/lib/nn.yaml:90:7
%6962 = select %6961, %6960, %6946 : f32[16] @ models/lib/nn.yaml:90:7
%6963 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6964 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6965 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6966 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%6967 = add %6965, %6966 : i64[] @ models/lib/nn.yaml:90:7
%6968 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%6969 = cast %6968 : f32[] @ models/lib/nn.yaml:90:7
%6970 = broadcast %6969 : f32[16] @ models/lib/nn.yaml:90:7
%6971 = mul %6962, %6970 : f32[16] @ models/lib/nn.yaml:90:7
%6972 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6973 = cast %6972 : f32[] @ models/lib/nn.yaml:90:7
%6974 = broadcast %6973 : f32[16] @ models/lib/nn.yaml:90:7
%6975 = mul %6963, %6974 : f32[16] @ models/lib/nn.yaml:90:7
%6976 = add %6975, %6971 : f32[16] @ models/lib/nn.yaml:90:7
%6977 = mul %6962, %6962 : f32[16] @ models/lib/nn.yaml:90:7
%6978 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%6979 = cast %6978 : f32[] @ models/lib/nn.yaml:90:7
%6980 = broadcast %6979 : f32[16] @ models/lib/nn.yaml:90:7
%6981 = mul %6977, %6980 : f32[16] @ models/lib/nn.yaml:90:7
%6982 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6983 = cast %6982 : f32[] @ models/lib/nn.yaml:90:7
%6984 = broadcast %6983 : f32[16] @ models/lib/nn.yaml:90:7
%6985 = mul %6964, %6984 : f32[16] @ models/lib/nn.yaml:90:7
%6986 = add %6985, %6981 : f32[16] @ models/lib/nn.yaml:90:7
%6987 = cast %6967 : f64[] @ models/lib/nn.yaml:90:7
%6988 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6989 = pow %6988, %6987 : f64[] @ models/lib/nn.yaml:90:7
%6990 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6991 = sub %6990, %6989 : f64[] @ models/lib/nn.yaml:90:7
%6992 = div %3233, %6991 : f64[] @ models/lib/nn.yaml:90:7
%6993 = cast %6967 : f64[] @ models/lib/nn.yaml:90:7
%6994 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6995 = pow %6994, %6993 : f64[] @ models/lib/nn.yaml:90:7
%6996 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6997 = sub %6996, %6995 : f64[] @ models/lib/nn.yaml:90:7
%6998 = sqrt %6997 : f64[] @ models/lib/nn.yaml:90:7
%6999 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7000 = div %6999, %6998 : f64[] @ models/lib/nn.yaml:90:7
%7001 = sqrt %6986 : f32[16] @ models/lib/nn.yaml:90:7
%7002 = cast %7000 : f32[] @ models/lib/nn.yaml:90:7
%7003 = broadcast %7002 : f32[16] @ models/lib/nn.yaml:90:7
%7004 = mul %7001, %7003 : f32[16] @ models/lib/nn.yaml:90:7
%7005 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%7006 = cast %7005 : f32[] @ models/lib/nn.yaml:90:7
%7007 = broadcast %7006 : f32[16] @ models/lib/nn.yaml:90:7
%7008 = add %7004, %7007 : f32[16] @ models/lib/nn.yaml:90:7
%7009 = div %6976, %7008 : f32[16] @ models/lib/nn.yaml:90:7
%7010 = cast %6992 : f32[] @ models/lib/nn.yaml:90:7
%7011 = broadcast %7010 : f32[16] @ models/lib/nn.yaml:90:7
%7012 = mul %7009, %7011 : f32[16] @ models/lib/nn.yaml:90:7
%7013 = sub %29, %7012 : f32[16] @ models/lib/nn.yaml:90:7
%7014 = assign %29, %7013 : f32[16] @ models/lib/nn.yaml:90:7
%7015 = assign %6963, %6976 : f32[16] @ models/lib/nn.yaml:90:7
%7016 = assign %6964, %6986 : f32[16] @ models/lib/nn.yaml:90:7
%7017 = assign %6965, %6967 : i64[] @ models/lib/nn.yaml:90:7
%7018 = cast %3235 : f32[] @ models/lib/nn.yaml:90:7
%7019 = broadcast %7018 : f32[16] @ models/lib/nn.yaml:90:7
%7020 = mul %107, %7019 : f32[16] @ models/lib/nn.yaml:90:7
%7021 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7022 = sub %7021, %3235 : f64[] @ models/lib/nn.yaml:90:7
%7023 = cast %7022 : f32[] @ models/lib/nn.yaml:90:7
%7024 = broadcast %7023 : f32[16] @ models/lib/nn.yaml:90:7
%7025 = mul %7013, %7024 : f32[16] @ models/lib/nn.yaml:90:7
%7026 = add %7020, %7025 : f32[16] @ models/lib/nn.yaml:90:7
%7027 = assign %107, %7026 : f32[16] @ models/lib/nn.yaml:90:7
%7028 = all_reduce_sum %4789 : f32[64,16] @ models/lib/nn.yaml:79:7
%7029 = reshape %7028 : f32[1024] @ models/lib/nn.yaml:79:7
%7030 = mul %7029, %7029 : f32[1024] @ models/lib/nn.yaml:79:7
%7031 = reduce_sum %7030 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7032 = sqrt %7031 : f32[] @ models/lib/nn.yaml:79:7
%7033 = cast %7032 : f64[] @ models/lib/nn.yaml:79:7
%7034 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%7035 = add %7033, %7034 : f64[] @ models/lib/nn.yaml:79:7
%7036 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%7037 = div %7036, %7035 : f64[] @ models/lib/nn.yaml:79:7
%7038 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7039 = lt %7037, %7038 : bool[] @ models/lib/nn.yaml:79:7
%7040 = cast %7037 : f32[] @ models/lib/nn.yaml:79:7
%7041 = broadcast %7040 : f32[64,16] @ models/lib/nn.yaml:79:7
%7042 = mul %7028, %7041 : f32[64,16] @ models/lib/nn.yaml:79:7
%7043 = broadcast %7039 : bool[64,16] @ models/lib/nn.yaml:79:7
%7044 = select %7043, %7042, %7028 : f32[64,16] @ models/lib/nn.yaml:79:7
%7045 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7046 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7047 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7048 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7049 = add %7047, %7048 : i64[] @ models/lib/nn.yaml:79:7
%7050 = mul %3233, %3234 : f64[] @ models/lib/nn.yaml:79:7
%7051 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7052 = sub %7051, %7050 : f64[] @ models/lib/nn.yaml:79:7
%7053 = cast %7052 : f32[] @ models/lib/nn.yaml:79:7
%7054 = broadcast %7053 : f32[64,16] @ models/lib/nn.yaml:79:7
%7055 = mul %30, %7054 : f32[64,16] @ models/lib/nn.yaml:79:7
%7056 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7057 = cast %7056 : f32[] @ models/lib/nn.yaml:79:7
%7058 = broadcast %7057 : f32[64,16] @ models/lib/nn.yaml:79:7
%7059 = mul %7044, %7058 : f32[64,16] @ models/lib/nn.yaml:79:7
%7060 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7061 = cast %7060 : f32[] @ models/lib/nn.yaml:79:7
%7062 = broadcast %7061 : f32[64,16] @ models/lib/nn.yaml:79:7
%7063 = mul %7045, %7062 : f32[64,16] @ models/lib/nn.yaml:79:7
%7064 = add %7063, %7059 : f32[64,16] @ models/lib/nn.yaml:79:7
%7065 = mul %7044, %7044 : f32[64,16] @ models/lib/nn.yaml:79:7
%7066 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7067 = cast %7066 : f32[] @ models/lib/nn.yaml:79:7
%7068 = broadcast %7067 : f32[64,16] @ models/lib/nn.yaml:79:7
%7069 = mul %7065, %7068 : f32[64,16] @ models/lib/nn.yaml:79:7
%7070 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7071 = cast %7070 : f32[] @ models/lib/nn.yaml:79:7
%7072 = broadcast %7071 : f32[64,16] @ models/lib/nn.yaml:79:7
%7073 = mul %7046, %7072 : f32[64,16] @ models/lib/nn.yaml:79:7
%7074 = add %7073, %7069 : f32[64,16] @ models/lib/nn.yaml:79:7
%7075 = cast %7049 : f64[] @ models/lib/nn.yaml:79:7
%7076 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7077 = pow %7076, %7075 : f64[] @ models/lib/nn.yaml:79:7
%7078 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7079 = sub %7078, %7077 : f64[] @ models/lib/nn.yaml:79:7
%7080 = div %3233, %7079 : f64[] @ models/lib/nn.yaml:79:7
%7081 = cast %7049 : f64[] @ models/lib/nn.yaml:79:7
%7082 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7083 = pow %7082, %7081 : f64[] @ models/lib/nn.yaml:79:7
%7084 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7085 = sub %7084, %7083 : f64[] @ models/lib/nn.yaml:79:7
%7086 = sqrt %7085 : f64[] @ models/lib/nn.yaml:79:7
%7087 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7088 = div %7087, %7086 : f64[] @ models/lib/nn.yaml:79:7
%7089 = sqrt %7074 : f32[64,16] @ models/lib/nn.yaml:79:7
%7090 = cast %7088 : f32[] @ models/lib/nn.yaml:79:7
%7091 = broadcast %7090 : f32[64,16] @ models/lib/nn.yaml:79:7
%7092 = mul %7089, %7091 : f32[64,16] @ models/lib/nn.yaml:79:7
%7093 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7094 = cast %7093 : f32[] @ models/lib/nn.yaml:79:7
%7095 = broadcast %7094 : f32[64,16] @ models/lib/nn.yaml:79:7
%7096 = add %7092, %7095 : f32[64,16] @ models/lib/nn.yaml:79:7
%7097 = div %7064, %7096 : f32[64,16] @ models/lib/nn.yaml:79:7
%7098 = cast %7080 : f32[] @ models/lib/nn.yaml:79:7
%7099 = broadcast %7098 : f32[64,16] @ models/lib/nn.yaml:79:7
%7100 = mul %7097, %7099 : f32[64,16] @ models/lib/nn.yaml:79:7
%7101 = sub %7055, %7100 : f32[64,16] @ models/lib/nn.yaml:79:7
%7102 = assign %30, %7101 : f32[64,16] @ models/lib/nn.yaml:79:7
%7103 = assign %7045, %7064 : f32[64,16] @ models/lib/nn.yaml:79:7
%7104 = assign %7046, %7074 : f32[64,16] @ models/lib/nn.yaml:79:7
%7105 = assign %7047, %7049 : i64[] @ models/lib/nn.yaml:79:7
%7106 = cast %3235 : f32[] @ models/lib/nn.yaml:79:7
%7107 = broadcast %7106 : f32[64,16] @ models/lib/nn.yaml:79:7
%7108 = mul %108, %7107 : f32[64,16] @ models/lib/nn.yaml:79:7
%7109 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7110 = sub %7109, %3235 : f64[] @ models/lib/nn.yaml:79:7
%7111 = cast %7110 : f32[] @ models/lib/nn.yaml:79:7
%7112 = broadcast %7111 : f32[64,16] @ models/lib/nn.yaml:79:7
%7113 = mul %7101, %7112 : f32[64,16] @ models/lib/nn.yaml:79:7
%7114 = add %7108, %7113 : f32[64,16] @ models/lib/nn.yaml:79:7
%7115 = assign %108, %7114 : f32[64,16] @ models/lib/nn.yaml:79:7
%7116 = all_reduce_sum %4784 : f32[64] @ models/lib/nn.yaml:80:7
%7117 = reshape %7116 : f32[64] @ models/lib/nn.yaml:80:7
%7118 = mul %7117, %7117 : f32[64] @ models/lib/nn.yaml:80:7
%7119 = reduce_sum %7118 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7120 = sqrt %7119 : f32[] @ models/lib/nn.yaml:80:7
%7121 = cast %7120 : f64[] @ models/lib/nn.yaml:80:7
%7122 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%7123 = add %7121, %7122 : f64[] @ models/lib/nn.yaml:80:7
%7124 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%7125 = div %7124, %7123 : f64[] @ models/lib/nn.yaml:80:7
%7126 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7127 = lt %7125, %7126 : bool[] @ models/lib/nn.yaml:80:7
%7128 = cast %7125 : f32[] @ models/lib/nn.yaml:80:7
%7129 = broadcast %7128 : f32[64] @ models/lib/nn.yaml:80:7
%7130 = mul %7116, %7129 : f32[64] @ models/lib/nn.yaml:80:7
%7131 = broadcast %7127 : bool[64] @ models/lib/nn.yaml:80:7
%7132 = select %7131, %7130, %7116 : f32[64] @ models/lib/nn.yaml:80:7
%7133 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7134 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7135 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7136 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%7137 = add %7135, %7136 : i64[] @ models/lib/nn.yaml:80:7
%7138 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%7139 = cast %7138 : f32[] @ models/lib/nn.yaml:80:7
%7140 = broadcast %7139 : f32[64] @ models/lib/nn.yaml:80:7
%7141 = mul %7132, %7140 : f32[64] @ models/lib/nn.yaml:80:7
%7142 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7143 = cast %7142 : f32[] @ models/lib/nn.yaml:80:7
%7144 = broadcast %7143 : f32[64] @ models/lib/nn.yaml:80:7
%7145 = mul %7133, %7144 : f32[64] @ models/lib/nn.yaml:80:7
%7146 = add %7145, %7141 : f32[64] @ models/lib/nn.yaml:80:7
%7147 = mul %7132, %7132 : f32[64] @ models/lib/nn.yaml:80:7
%7148 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%7149 = cast %7148 : f32[] @ models/lib/nn.yaml:80:7
%7150 = broadcast %7149 : f32[64] @ models/lib/nn.yaml:80:7
%7151 = mul %7147, %7150 : f32[64] @ models/lib/nn.yaml:80:7
%7152 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7153 = cast %7152 : f32[] @ models/lib/nn.yaml:80:7
%7154 = broadcast %7153 : f32[64] @ models/lib/nn.yaml:80:7
%7155 = mul %7134, %7154 : f32[64] @ models/lib/nn.yaml:80:7
%7156 = add %7155, %7151 : f32[64] @ models/lib/nn.yaml:80:7
%7157 = cast %7137 : f64[] @ models/lib/nn.yaml:80:7
%7158 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7159 = pow %7158, %7157 : f64[] @ models/lib/nn.yaml:80:7
%7160 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7161 = sub %7160, %7159 : f64[] @ models/lib/nn.yaml:80:7
%7162 = div %3233, %7161 : f64[] @ models/lib/nn.yaml:80:7
%7163 = cast %7137 : f64[] @ models/lib/nn.yaml:80:7
%7164 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7165 = pow %7164, %7163 : f64[] @ models/lib/nn.yaml:80:7
%7166 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7167 = sub %7166, %7165 : f64[] @ models/lib/nn.yaml:80:7
%7168 = sqrt %7167 : f64[] @ models/lib/nn.yaml:80:7
%7169 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7170 = div %7169, %7168 : f64[] @ models/lib/nn.yaml:80:7
%7171 = sqrt %7156 : f32[64] @ models/lib/nn.yaml:80:7
%7172 = cast %7170 : f32[] @ models/lib/nn.yaml:80:7
%7173 = broadcast %7172 : f32[64] @ models/lib/nn.yaml:80:7
%7174 = mul %7171, %7173 : f32[64] @ models/lib/nn.yaml:80:7
%7175 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%7176 = cast %7175 : f32[] @ models/lib/nn.yaml:80:7
%7177 = broadcast %7176 : f32[64] @ models/lib/nn.yaml:80:7
%7178 = add %7174, %7177 : f32[64] @ models/lib/nn.yaml:80:7
%7179 = div %7146, %7178 : f32[64] @ models/lib/nn.yaml:80:7
%7180 = cast %7162 : f32[] @ models/lib/nn.yaml:80:7
%7181 = broadcast %7180 : f32[64] @ models/lib/nn.yaml:80:7
%7182 = mul %7179, %7181 : f32[64] @ models/lib/nn.yaml:80:7
%7183 = sub %31, %7182 : f32[64] @ models/lib/nn.yaml:80:7
%7184 = assign %31, %7183 : f32[64] @ models/lib/nn.yaml:80:7
%7185 = assign %7133, %7146 : f32[64] @ models/lib/nn.yaml:80:7
%7186 = assign %7134, %7156 : f32[64] @ models/lib/nn.yaml:80:7
%7187 = assign %7135, %7137 : i64[] @ models/lib/nn.yaml:80:7
%7188 = cast %3235 : f32[] @ models/lib/nn.yaml:80:7
%7189 = broadcast %7188 : f32[64] @ models/lib/nn.yaml:80:7
%7190 = mul %109, %7189 : f32[64] @ models/lib/nn.yaml:80:7
%7191 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7192 = sub %7191, %3235 : f64[] @ models/lib/nn.yaml:80:7
%7193 = cast %7192 : f32[] @ models/lib/nn.yaml:80:7
%7194 = broadcast %7193 : f32[64] @ models/lib/nn.yaml:80:7
%7195 = mul %7183, %7194 : f32[64] @ models/lib/nn.yaml:80:7
%7196 = add %7190, %7195 : f32[64] @ models/lib/nn.yaml:80:7
%7197 = assign %109, %7196 : f32[64] @ models/lib/nn.yaml:80:7
%7198 = all_reduce_sum %4767 : f32[16,64] @ models/lib/nn.yaml:79:7
%7199 = reshape %7198 : f32[1024] @ models/lib/nn.yaml:79:7
%7200 = mul %7199, %7199 : f32[1024] @ models/lib/nn.yaml:79:7
%7201 = reduce_sum %7200 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7202 = sqrt %7201 : f32[] @ models/lib/nn.yaml:79:7
%7203 = cast %7202 : f64[] @ models/lib/nn.yaml:79:7
%7204 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%7205 = add %7203, %7204 : f64[] @ models/lib/nn.yaml:79:7
%7206 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%7207 = div %7206, %7205 : f64[] @ models/lib/nn.yaml:79:7
%7208 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7209 = lt %7207, %7208 : bool[] @ models/lib/nn.yaml:79:7
%7210 = cast %7207 : f32[] @ models/lib/nn.yaml:79:7
%7211 = broadcast %7210 : f32[16,64] @ models/lib/nn.yaml:79:7
%7212 = mul %7198, %7211 : f32[16,64] @ models/lib/nn.yaml:79:7
%7213 = broadcast %7209 : bool[16,64] @ models/lib/nn.yaml:79:7
%7214 = select %7213, %7212, %7198 : f32[16,64] @ models/lib/nn.yaml:79:7
%7215 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7216 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7217 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7218 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7219 = add %7217, %7218 : i64[] @ models/lib/nn.yaml:79:7
%7220 = mul %3233, %3234 : f64[] @ models/lib/nn.yaml:79:7
%7221 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7222 = sub %7221, %7220 : f64[] @ models/lib/nn.yaml:79:7
%7223 = cast %7222 : f32[] @ models/lib/nn.yaml:79:7
%7224 = broadcast %7223 : f32[16,64] @ models/lib/nn.yaml:79:7
%7225 = mul %32, %7224 : f32[16,64] @ models/lib/nn.yaml:79:7
%7226 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7227 = cast %7226 : f32[] @ models/lib/nn.yaml:79:7
%7228 = broadcast %7227 : f32[16,64] @ models/lib/nn.yaml:79:7
%7229 = mul %7214, %7228 : f32[16,64] @ models/lib/nn.yaml:79:7
%7230 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7231 = cast %7230 : f32[] @ models/lib/nn.yaml:79:7
%7232 = broadcast %7231 : f32[16,64] @ models/lib/nn.yaml:79:7
%7233 = mul %7215, %7232 : f32[16,64] @ models/lib/nn.yaml:79:7
%7234 = add %7233, %7229 : f32[16,64] @ models/lib/nn.yaml:79:7
%7235 = mul %7214, %7214 : f32[16,64] @ models/lib/nn.yaml:79:7
%7236 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7237 = cast %7236 : f32[] @ models/lib/nn.yaml:79:7
%7238 = broadcast %7237 : f32[16,64] @ models/lib/nn.yaml:79:7
%7239 = mul %7235, %7238 : f32[16,64] @ models/lib/nn.yaml:79:7
%7240 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7241 = cast %7240 : f32[] @ models/lib/nn.yaml:79:7
%7242 = broadcast %7241 : f32[16,64] @ models/lib/nn.yaml:79:7
%7243 = mul %7216, %7242 : f32[16,64] @ models/lib/nn.yaml:79:7
%7244 = add %7243, %7239 : f32[16,64] @ models/lib/nn.yaml:79:7
%7245 = cast %7219 : f64[] @ models/lib/nn.yaml:79:7
%7246 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7247 = pow %7246, %7245 : f64[] @ models/lib/nn.yaml:79:7
%7248 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7249 = sub %7248, %7247 : f64[] @ models/lib/nn.yaml:79:7
%7250 = div %3233, %7249 : f64[] @ models/lib/nn.yaml:79:7
%7251 = cast %7219 : f64[] @ models/lib/nn.yaml:79:7
%7252 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7253 = pow %7252, %7251 : f64[] @ models/lib/nn.yaml:79:7
%7254 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7255 = sub %7254, %7253 : f64[] @ models/lib/nn.yaml:79:7
%7256 = sqrt %7255 : f64[] @ models/lib/nn.yaml:79:7
%7257 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7258 = div %7257, %7256 : f64[] @ models/lib/nn.yaml:79:7
%7259 = sqrt %7244 : f32[16,64] @ models/lib/nn.yaml:79:7
%7260 = cast %7258 : f32[] @ models/lib/nn.yaml:79:7
%7261 = broadcast %7260 : f32[16,64] @ models/lib/nn.yaml:79:7
%7262 = mul %7259, %7261 : f32[16,64] @ models/lib/nn.yaml:79:7
%7263 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7264 = cast %7263 : f32[] @ models/lib/nn.yaml:79:7
%7265 = broadcast %7264 : f32[16,64] @ models/lib/nn.yaml:79:7
%7266 = add %7262, %7265 : f32[16,64] @ models/lib/nn.yaml:79:7
%7267 = div %7234, %7266 : f32[16,64] @ models/lib/nn.yaml:79:7
%7268 = cast %7250 : f32[] @ models/lib/nn.yaml:79:7
%7269 = broadcast %7268 : f32[16,64] @ models/lib/nn.yaml:79:7
%7270 = mul %7267, %7269 : f32[16,64] @ models/lib/nn.yaml:79:7
%7271 = sub %7225, %7270 : f32[16,64] @ models/lib/nn.yaml:79:7
%7272 = assign %32, %7271 : f32[16,64] @ models/lib/nn.yaml:79:7
%7273 = assign %7215, %7234 : f32[16,64] @ models/lib/nn.yaml:79:7
%7274 = assign %7216, %7244 : f32[16,64] @ models/lib/nn.yaml:79:7
%7275 = assign %7217, %7219 : i64[] @ models/lib/nn.yaml:79:7
%7276 = cast %3235 : f32[] @ models/lib/nn.yaml:79:7
%7277 = broadcast %7276 : f32[16,64] @ models/lib/nn.yaml:79:7
%7278 = mul %110, %7277 : f32[16,64] @ models/lib/nn.yaml:79:7
%7279 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7280 = sub %7279, %3235 : f64[] @ models/lib/nn.yaml:79:7
%7281 = cast %7280 : f32[] @ models/lib/nn.yaml:79:7
%7282 = broadcast %7281 : f32[16,64] @ models/lib/nn.yaml:79:7
%7283 = mul %7271, %7282 : f32[16,64] @ models/lib/nn.yaml:79:7
%7284 = add %7278, %7283 : f32[16,64] @ models/lib/nn.yaml:79:7
%7285 = assign %110, %7284 : f32[16,64] @ models/lib/nn.yaml:79:7
%7286 = all_reduce_sum %4762 : f32[16] @ models/lib/nn.yaml:80:7
%7287 = reshape %7286 : f32[16] @ models/lib/nn.yaml:80:7
%7288 = mul %7287, %7287 : f32[16] @ models/lib/nn.yaml:80:7
%7289 = reduce_sum %7288 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7290 = sqrt %7289 : f32[] @ models/lib/nn.yaml:80:7
%7291 = cast %7290 : f64[] @ models/lib/nn.yaml:80:7
%7292 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%7293 = add %7291, %7292 : f64[] @ models/lib/nn.yaml:80:7
%7294 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%7295 = div %7294, %7293 : f64[] @ models/lib/nn.yaml:80:7
%7296 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7297 = lt %7295, %7296 : bool[] @ models/lib/nn.yaml:80:7
%7298 = cast %7295 : f32[] @ models/lib/nn.yaml:80:7
%7299 = broadcast %7298 : f32[16] @ models/lib/nn.yaml:80:7
%7300 = mul %7286, %7299 : f32[16] @ models/lib/nn.yaml:80:7
%7301 = broadcast %7297 : bool[16] @ models/lib/nn.yaml:80:7
%7302 = select %7301, %7300, %7286 : f32[16] @ models/lib/nn.yaml:80:7
%7303 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7304 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7305 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7306 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%7307 = add %7305, %7306 : i64[] @ models/lib/nn.yaml:80:7
%7308 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%7309 = cast %7308 : f32[] @ models/lib/nn.yaml:80:7
%7310 = broadcast %7309 : f32[16] @ models/lib/nn.yaml:80:7
%7311 = mul %7302, %7310 : f32[16] @ models/lib/nn.yaml:80:7
%7312 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7313 = cast %7312 : f32[] @ models/lib/nn.yaml:80:7
%7314 = broadcast %7313 : f32[16] @ models/lib/nn.yaml:80:7
%7315 = mul %7303, %7314 : f32[16] @ models/lib/nn.yaml:80:7
%7316 = add %7315, %7311 : f32[16] @ models/lib/nn.yaml:80:7
%7317 = mul %7302, %7302 : f32[16] @ models/lib/nn.yaml:80:7
%7318 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%7319 = cast %7318 : f32[] @ models/lib/nn.yaml:80:7
%7320 = broadcast %7319 : f32[16] @ models/lib/nn.yaml:80:7
%7321 = mul %7317, %7320 : f32[16] @ models/lib/nn.yaml:80:7
%7322 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7323 = cast %7322 : f32[] @ models/lib/nn.yaml:80:7
%7324 = broadcast %7323 : f32[16] @ models/lib/nn.yaml:80:7
%7325 = mul %7304, %7324 : f32[16] @ models/lib/nn.yaml:80:7
%7326 = add %7325, %7321 : f32[16] @ models/lib/nn.yaml:80:7
%7327 = cast %7307 : f64[] @ models/lib/nn.yaml:80:7
%7328 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7329 = pow %7328, %7327 : f64[] @ models/lib/nn.yaml:80:7
%7330 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7331 = sub %7330, %7329 : f64[] @ models/lib/nn.yaml:80:7
%7332 = div %3233, %7331 : f64[] @ models/lib/nn.yaml:80:7
%7333 = cast %7307 : f64[] @ models/lib/nn.yaml:80:7
%7334 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7335 = pow %7334, %7333 : f64[] @ models/lib/nn.yaml:80:7
%7336 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7337 = sub %7336, %7335 : f64[] @ models/lib/nn.yaml:80:7
%7338 = sqrt %7337 : f64[] @ models/lib/nn.yaml:80:7
%7339 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7340 = div %7339, %7338 : f64[] @ models/lib/nn.yaml:80:7
%7341 = sqrt %7326 : f32[16] @ models/lib/nn.yaml:80:7
%7342 = cast %7340 : f32[] @ models/lib/nn.yaml:80:7
%7343 = broadcast %7342 : f32[16] @ models/lib/nn.yaml:80:7
%7344 = mul %7341, %7343 : f32[16] @ models/lib/nn.yaml:80:7
%7345 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%7346 = cast %7345 : f32[] @ models/lib/nn.yaml:80:7
%7347 = broadcast %7346 : f32[16] @ models/lib/nn.yaml:80:7
%7348 = add %7344, %7347 : f32[16] @ models/lib/nn.yaml:80:7
%7349 = div %7316, %7348 : f32[16] @ models/lib/nn.yaml:80:7
%7350 = cast %7332 : f32[] @ models/lib/nn.yaml:80:7
%7351 = broadcast %7350 : f32[16] @ models/lib/nn.yaml:80:7
%7352 = mul %7349, %7351 : f32[16] @ models/lib/nn.yaml:80:7
%7353 = sub %33, %7352 : f32[16] @ models/lib/nn.yaml:80:7
%7354 = assign %33, %7353 : f32[16] @ models/lib/nn.yaml:80:7
%7355 = assign %7303, %7316 : f32[16] @ models/lib/nn.yaml:80:7
%7356 = assign %7304, %7326 : f32[16] @ models/lib/nn.yaml:80:7
%7357 = assign %7305, %7307 : i64[] @ models/lib/nn.yaml:80:7
%7358 = cast %3235 : f32[] @ models/lib/nn.yaml:80:7
%7359 = broadcast %7358 : f32[16] @ models/lib/nn.yaml:80:7
%7360 = mul %111, %7359 : f32[16] @ models/lib/nn.yaml:80:7
%7361 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7362 = sub %7361, %3235 : f64[] @ models/lib/nn.yaml:80:7
%7363 = cast %7362 : f32[] @ models/lib/nn.yaml:80:7
%7364 = broadcast %7363 : f32[16] @ models/lib/nn.yaml:80:7
%7365 = mul %7353, %7364 : f32[16] @ models/lib/nn.yaml:80:7
%7366 = add %7360, %7365 : f32[16] @ models/lib/nn.yaml:80:7
%7367 = assign %111, %7366 : f32[16] @ models/lib/nn.yaml:80:7
%7368 = all_reduce_sum %4755 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7369 = reshape %7368 : f32[16] @ models/lib/vit.yaml:103:7
%7370 = mul %7369, %7369 : f32[16] @ models/lib/vit.yaml:103:7
%7371 = reduce_sum %7370 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%7372 = sqrt %7371 : f32[] @ models/lib/vit.yaml:103:7
%7373 = cast %7372 : f64[] @ models/lib/vit.yaml:103:7
%7374 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:103:7
%7375 = add %7373, %7374 : f64[] @ models/lib/vit.yaml:103:7
%7376 = const data=[3] : f64[] @ models/lib/vit.yaml:103:7
%7377 = div %7376, %7375 : f64[] @ models/lib/vit.yaml:103:7
%7378 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%7379 = lt %7377, %7378 : bool[] @ models/lib/vit.yaml:103:7
%7380 = cast %7377 : f32[] @ models/lib/vit.yaml:103:7
%7381 = broadcast %7380 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7382 = mul %7368, %7381 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7383 = broadcast %7379 : bool[1,1,16] @ models/lib/vit.yaml:103:7
%7384 = select %7383, %7382, %7368 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7385 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7386 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7387 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%7388 = const data=[1] : i64[] @ models/lib/vit.yaml:103:7
%7389 = add %7387, %7388 : i64[] @ models/lib/vit.yaml:103:7
%7390 = mul %3233, %3234 : f64[] @ models/lib/vit.yaml:103:7
%7391 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%7392 = sub %7391, %7390 : f64[] @ models/lib/vit.yaml:103:7
%7393 = cast %7392 : f32[] @ models/lib/vit.yaml:103:7
%7394 = broadcast %7393 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7395 = mul %34, %7394 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7396 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:103:7
%7397 = cast %7396 : f32[] @ models/lib/vit.yaml:103:7
%7398 = broadcast %7397 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7399 = mul %7384, %7398 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7400 = const data=[0.9] : f64[] @ models/lib/vit.yaml:103:7
%7401 = cast %7400 : f32[] @ models/lib/vit.yaml:103:7
%7402 = broadcast %7401 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7403 = mul %7385, %7402 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7404 = add %7403, %7399 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7405 = mul %7384, %7384 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7406 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:103:7
%7407 = cast %7406 : f32[] @ models/lib/vit.yaml:103:7
%7408 = broadcast %7407 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7409 = mul %7405, %7408 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7410 = const data=[0.999] : f64[] @ models/lib/vit.yaml:103:7
%7411 = cast %7410 : f32[] @ models/lib/vit.yaml:103:7
%7412 = broadcast %7411 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7413 = mul %7386, %7412 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7414 = add %7413, %7409 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7415 = cast %7389 : f64[] @ models/lib/vit.yaml:103:7
%7416 = const data=[0.9] : f64[] @ models/lib/vit.yaml:103:7
%7417 = pow %7416, %7415 : f64[] @ models/lib/vit.yaml:103:7
%7418 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%7419 = sub %7418, %7417 : f64[] @ models/lib/vit.yaml:103:7
%7420 = div %3233, %7419 : f64[] @ models/lib/vit.yaml:103:7
%7421 = cast %7389 : f64[] @ models/lib/vit.yaml:103:7
%7422 = const data=[0.999] : f64[] @ models/lib/vit.yaml:103:7
%7423 = pow %7422, %7421 : f64[] @ models/lib/vit.yaml:103:7
%7424 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%7425 = sub %7424, %7423 : f64[] @ models/lib/vit.yaml:103:7
%7426 = sqrt %7425 : f64[] @ models/lib/vit.yaml:103:7
%7427 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%7428 = div %7427, %7426 : f64[] @ models/lib/vit.yaml:103:7
%7429 = sqrt %7414 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7430 = cast %7428 : f32[] @ models/lib/vit.yaml:103:7
%7431 = broadcast %7430 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7432 = mul %7429, %7431 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7433 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:103:7
%7434 = cast %7433 : f32[] @ models/lib/vit.yaml:103:7
%7435 = broadcast %7434 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7436 = add %7432, %7435 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7437 = div %7404, %7436 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7438 = cast %7420 : f32[] @ models/lib/vit.yaml:103:7
%7439 = broadcast %7438 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7440 = mul %7437, %7439 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7441 = sub %7395, %7440 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7442 = assign %34, %7441 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7443 = assign %7385, %7404 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7444 = assign %7386, %7414 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7445 = assign %7387, %7389 : i64[] @ models/lib/vit.yaml:103:7
%7446 = cast %3235 : f32[] @ models/lib/vit.yaml:103:7
%7447 = broadcast %7446 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7448 = mul %112, %7447 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7449 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%7450 = sub %7449, %3235 : f64[] @ models/lib/vit.yaml:103:7
%7451 = cast %7450 : f32[] @ models/lib/vit.yaml:103:7
%7452 = broadcast %7451 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7453 = mul %7441, %7452 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7454 = add %7448, %7453 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7455 = assign %112, %7454 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7456 = all_reduce_sum %4729 : f32[16] @ models/lib/nn.yaml:89:7
%7457 = reshape %7456 : f32[16] @ models/lib/nn.yaml:89:7
%7458 = mul %7457, %7457 : f32[16] @ models/lib/nn.yaml:89:7
%7459 = reduce_sum %7458 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7460 = sqrt %7459 : f32[] @ models/lib/nn.yaml:89:7
%7461 = cast %7460 : f64[] @ models/lib/nn.yaml:89:7
%7462 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%7463 = add %7461, %7462 : f64[] @ models/lib/nn.yaml:89:7
%7464 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%7465 = div %7464, %7463 : f64[] @ models/lib/nn.yaml:89:7
%7466 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7467 = lt %7465, %7466 : bool[] @ models/lib/nn.yaml:89:7
%7468 = cast %7465 : f32[] @ models/lib/nn.yaml:89:7
%7469 = broadcast %7468 : f32[16] @ models/lib/nn.yaml:89:7
%7470 = mul %7456, %7469 : f32[16] @ models/lib/nn.yaml:89:7
%7471 = broadcast %7467 : bool[16] @ models/lib/nn.yaml:89:7
%7472 = select %7471, %7470, %7456 : f32[16] @ models/lib/nn.yaml:89:7
%7473 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7474 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7475 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7476 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%7477 = add %7475, %7476 : i64[] @ models/lib/nn.yaml:89:7
%7478 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%7479 = cast %7478 : f32[] @ models/lib/nn.yaml:89:7
%7480 = broadcast %7479 : f32[16] @ models/lib/nn.yaml:89:7
%7481 = mul %7472, %7480 : f32[16] @ models/lib/nn.yaml:89:7
%7482 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%7483 = cast %7482 : f32[] @ models/lib/nn.yaml:89:7
%7484 = broadcast %7483 : f32[16] @ models/lib/nn.yaml:89:7
%7485 = mul %7473, %7484 : f32[16] @ models/lib/nn.yaml:89:7
%7486 = add %7485, %7481 : f32[16] @ models/lib/nn.yaml:89:7
%7487 = mul %7472, %7472 : f32[16] @ models/lib/nn.yaml:89:7
%7488 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%7489 = cast %7488 : f32[] @ models/lib/nn.yaml:89:7
%7490 = broadcast %7489 : f32[16] @ models/lib/nn.yaml:89:7
%7491 = mul %7487, %7490 : f32[16] @ models/lib/nn.yaml:89:7
%7492 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%7493 = cast %7492 : f32[] @ models/lib/nn.yaml:89:7
%7494 = broadcast %7493 : f32[16] @ models/lib/nn.yaml:89:7
%7495 = mul %7474, %7494 : f32[16] @ models/lib/nn.yaml:89:7
%7496 = add %7495, %7491 : f32[16] @ models/lib/nn.yaml:89:7
%7497 = cast %7477 : f64[] @ models/lib/nn.yaml:89:7
%7498 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%7499 = pow %7498, %7497 : f64[] @ models/lib/nn.yaml:89:7
%7500 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7501 = sub %7500, %7499 : f64[] @ models/lib/nn.yaml:89:7
%7502 = div %3233, %7501 : f64[] @ models/lib/nn.yaml:89:7
%7503 = cast %7477 : f64[] @ models/lib/nn.yaml:89:7
%7504 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%7505 = pow %7504, %7503 : f64[] @ models/lib/nn.yaml:89:7
%7506 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7507 = sub %7506, %7505 : f64[] @ models/lib/nn.yaml:89:7
%7508 = sqrt %7507 : f64[] @ models/lib/nn.yaml:89:7
%7509 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7510 = div %7509, %7508 : f64[] @ models/lib/nn.yaml:89:7
%7511 = sqrt %7496 : f32[16] @ models/lib/nn.yaml:89:7
%7512 = cast %7510 : f32[] @ models/lib/nn.yaml:89:7
%7513 = broadcast %7512 : f32[16] @ models/lib/nn.yaml:89:7
%7514 = mul %7511, %7513 : f32[16] @ models/lib/nn.yaml:89:7
%7515 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%7516 = cast %7515 : f32[] @ models/lib/nn.yaml:89:7
%7517 = broadcast %7516 : f32[16] @ models/lib/nn.yaml:89:7
%7518 = add %7514, %7517 : f32[16] @ models/lib/nn.yaml:89:7
%7519 = div %7486, %7518 : f32[16] @ models/lib/nn.yaml:89:7
%7520 = cast %7502 : f32[] @ models/lib/nn.yaml:89:7
%7521 = broadcast %7520 : f32[16] @ models/lib/nn.yaml:89:7
%7522 = mul %7519, %7521 : f32[16] @ models/lib/nn.yaml:89:7
%7523 = sub %35, %7522 : f32[16] @ models/lib/nn.yaml:89:7
%7524 = assign %35, %7523 : f32[16] @ models/lib/nn.yaml:89:7
%7525 = assign %7473, %7486 : f32[16] @ models/lib/nn.yaml:89:7
%7526 = assign %7474, %7496 : f32[16] @ models/lib/nn.yaml:89:7
%7527 = assign %7475, %7477 : i64[] @ models/lib/nn.yaml:89:7
%7528 = cast %3235 : f32[] @ models/lib/nn.yaml:89:7
%7529 = broadcast %7528 : f32[16] @ models/lib/nn.yaml:89:7
%7530 = mul %113, %7529 : f32[16] @ models/lib/nn.yaml:89:7
%7531 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7532 = sub %7531, %3235 : f64[] @ models/lib/nn.yaml:89:7
%7533 = cast %7532 : f32[] @ models/lib/nn.yaml:89:7
%7534 = broadcast %7533 : f32[16] @ models/lib/nn.yaml:89:7
%7535 = mul %7523, %7534 : f32[16] @ models/lib/nn.yaml:89:7
%7536 = add %7530, %7535 : f32[16] @ models/lib/nn.yaml:89:7
%7537 = assign %113, %7536 : f32[16] @ models/lib/nn.yaml:89:7
%7538 = all_reduce_sum %4724 : f32[16] @ models/lib/nn.yaml:90:7
%7539 = reshape %7538 : f32[16] @ models/lib/nn.yaml:90:7
%7540 = mul %7539, %7539 : f32[16] @ models/lib/nn.yaml:90:7
%7541 = reduce_sum %7540 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7542 = sqrt %7541 : f32[] @ models/lib/nn.yaml:90:7
%7543 = cast %7542 : f64[] @ models/lib/nn.yaml:90:7
%7544 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%7545 = add %7543, %7544 : f64[] @ models/lib/nn.yaml:90:7
%7546 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%7547 = div %7546, %7545 : f64[] @ models/lib/nn.yaml:90:7
%7548 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7549 = lt %7547, %7548 : bool[] @ models/lib/nn.yaml:90:7
%7550 = cast %7547 : f32[] @ models/lib/nn.yaml:90:7
%7551 = broadcast %7550 : f32[16] @ models/lib/nn.yaml:90:7
%7552 = mul %7538, %7551 : f32[16] @ models/lib/nn.yaml:90:7
%7553 = broadcast %7549 : bool[16] @ models/lib/nn.yaml:90:7
%7554 = select %7553, %7552, %7538 : f32[16] @ models/lib/nn.yaml:90:7
%7555 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7556 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7557 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7558 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%7559 = add %7557, %7558 : i64[] @ models/lib/nn.yaml:90:7
%7560 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%7561 = cast %7560 : f32[] @ models/lib/nn.yaml:90:7
%7562 = broadcast %7561 : f32[16] @ models/lib/nn.yaml:90:7
%7563 = mul %7554, %7562 : f32[16] @ models/lib/nn.yaml:90:7
%7564 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%7565 = cast %7564 : f32[] @ models/lib/nn.yaml:90:7
%7566 = broadcast %7565 : f32[16] @ models/lib/nn.yaml:90:7
%7567 = mul %7555, %7566 : f32[16] @ models/lib/nn.yaml:90:7
%7568 = add %7567, %7563 : f32[16] @ models/lib/nn.yaml:90:7
%7569 = mul %7554, %7554 : f32[16] @ models/lib/nn.yaml:90:7
%7570 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%7571 = cast %7570 : f32[] @ models/lib/nn.yaml:90:7
%7572 = broadcast %7571 : f32[16] @ models/lib/nn.yaml:90:7
%7573 = mul %7569, %7572 : f32[16] @ models/lib/nn.yaml:90:7
%7574 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%7575 = cast %7574 : f32[] @ models/lib/nn.yaml:90:7
%7576 = broadcast %7575 : f32[16] @ models/lib/nn.yaml:90:7
%7577 = mul %7556, %7576 : f32[16] @ models/lib/nn.yaml:90:7
%7578 = add %7577, %7573 : f32[16] @ models/lib/nn.yaml:90:7
%7579 = cast %7559 : f64[] @ models/lib/nn.yaml:90:7
%7580 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%7581 = pow %7580, %7579 : f64[] @ models/lib/nn.yaml:90:7
%7582 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7583 = sub %7582, %7581 : f64[] @ models/lib/nn.yaml:90:7
%7584 = div %3233, %7583 : f64[] @ models/lib/nn.yaml:90:7
%7585 = cast %7559 : f64[] @ models/lib/nn.yaml:90:7
%7586 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%7587 = pow %7586, %7585 : f64[] @ models/lib/nn.yaml:90:7
%7588 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7589 = sub %7588, %7587 : f64[] @ models/lib/nn.yaml:90:7
%7590 = sqrt %7589 : f64[] @ models/lib/nn.yaml:90:7
%7591 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7592 = div %7591, %7590 : f64[] @ models/lib/nn.yaml:90:7
%7593 = sqrt %7578 : f32[16] @ models/lib/nn.yaml:90:7
%7594 = cast %7592 : f32[] @ models/lib/nn.yaml:90:7
%7595 = broadcast %7594 : f32[16] @ models/lib/nn.yaml:90:7
%7596 = mul %7593, %7595 : f32[16] @ models/lib/nn.yaml:90:7
%7597 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%7598 = cast %7597 : f32[] @ models/lib/nn.yaml:90:7
%7599 = broadcast %7598 : f32[16] @ models/lib/nn.yaml:90:7
%7600 = add %7596, %7599 : f32[16] @ models/lib/nn.yaml:90:7
%7601 = div %7568, %7600 : f32[16] @ models/lib/nn.yaml:90:7
%7602 = cast %7584 : f32[] @ models/lib/nn.yaml:90:7
%7603 = broadcast %7602 : f32[16] @ models/lib/nn.yaml:90:7
%7604 = mul %7601, %7603 : f32[16] @ models/lib/nn.yaml:90:7
%7605 = sub %36, %7604 : f32[16] @ models/lib/nn.yaml:90:7
%7606 = assign %36, %7605 : f32[16] @ models/lib/nn.yaml:90:7
%7607 = assign %7555, %7568 : f32[16] @ models/lib/nn.yaml:90:7
%7608 = assign %7556, %7578 : f32[16] @ models/lib/nn.yaml:90:7
%7609 = assign %7557, %7559 : i64[] @ models/lib/nn.yaml:90:7
%7610 = cast %3235 : f32[] @ models/lib/nn.yaml:90:7
%7611 = broadcast %7610 : f32[16] @ models/lib/nn.yaml:90:7
%7612 = mul %114, %7611 : f32[16] @ models/lib/nn.yaml:90:7
%7613 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7614 = sub %7613, %3235 : f64[] @ models/lib/nn.yaml:90:7
%7615 = cast %7614 : f32[] @ models/lib/nn.yaml:90:7
%7616 = broadcast %7615 : f32[16] @ models/lib/nn.yaml:90:7
%7617 = mul %7605, %7616 : f32[16] @ models/lib/nn.yaml:90:7
%7618 = add %7612, %7617 : f32[16] @ models/lib/nn.yaml:90:7
%7619 = assign %114, %7618 : f32[16] @ models/lib/nn.yaml:90:7
%7620 = all_reduce_sum %4717 : f32[16,16] @ models/lib/nn.yaml:79:7
%7621 = reshape %7620 : f32[256] @ models/lib/nn.yaml:79:7
%7622 = mul %7621, %7621 : f32[256] @ models/lib/nn.yaml:79:7
%7623 = reduce_sum %7622 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7624 = sqrt %7623 : f32[] @ models/lib/nn.yaml:79:7
%7625 = cast %7624 : f64[] @ models/lib/nn.yaml:79:7
%7626 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%7627 = add %7625, %7626 : f64[] @ models/lib/nn.yaml:79:7
%7628 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%7629 = div %7628, %7627 : f64[] @ models/lib/nn.yaml:79:7
%7630 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7631 = lt %7629, %7630 : bool[] @ models/lib/nn.yaml:79:7
%7632 = cast %7629 : f32[] @ models/lib/nn.yaml:79:7
%7633 = broadcast %7632 : f32[16,16] @ models/lib/nn.yaml:79:7
%7634 = mul %7620, %7633 : f32[16,16] @ models/lib/nn.yaml:79:7
%7635 = broadcast %7631 : bool[16,16] @ models/lib/nn.yaml:79:7
%7636 = select %7635, %7634, %7620 : f32[16,16] @ models/lib/nn.yaml:79:7
%7637 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7638 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7639 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7640 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7641 = add %7639, %7640 : i64[] @ models/lib/nn.yaml:79:7
%7642 = mul %3233, %3234 : f64[] @ models/lib/nn.yaml:79:7
%7643 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7644 = sub %7643, %7642 : f64[] @ models/lib/nn.yaml:79:7
%7645 = cast %7644 : f32[] @ models/lib/nn.yaml:79:7
%7646 = broadcast %7645 : f32[16,16] @ models/lib/nn.yaml:79:7
%7647 = mul %37, %7646 : f32[16,16] @ models/lib/nn.yaml:79:7
%7648 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7649 = cast %7648 : f32[] @ models/lib/nn.yaml:79:7
%7650 = broadcast %7649 : f32[16,16] @ models/lib/nn.yaml:79:7
%7651 = mul %7636, %7650 : f32[16,16] @ models/lib/nn.yaml:79:7
%7652 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7653 = cast %7652 : f32[] @ models/lib/nn.yaml:79:7
%7654 = broadcast %7653 : f32[16,16] @ models/lib/nn.yaml:79:7
%7655 = mul %7637, %7654 : f32[16,16] @ models/lib/nn.yaml:79:7
%7656 = add %7655, %7651 : f32[16,16] @ models/lib/nn.yaml:79:7
%7657 = mul %7636, %7636 : f32[16,16] @ models/lib/nn.yaml:79:7
%7658 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7659 = cast %7658 : f32[] @ models/lib/nn.yaml:79:7
%7660 = broadcast %7659 : f32[16,16] @ models/lib/nn.yaml:79:7
%7661 = mul %7657, %7660 : f32[16,16] @ models/lib/nn.yaml:79:7
%7662 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7663 = cast %7662 : f32[] @ models/lib/nn.yaml:79:7
%7664 = broadcast %7663 : f32[16,16] @ models/lib/nn.yaml:79:7
%7665 = mul %7638, %7664 : f32[16,16] @ models/lib/nn.yaml:79:7
%7666 = add %7665, %7661 : f32[16,16] @ models/lib/nn.yaml:79:7
%7667 = cast %7641 : f64[] @ models/lib/nn.yaml:79:7
%7668 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7669 = pow %7668, %7667 : f64[] @ models/lib/nn.yaml:79:7
%7670 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7671 = sub %7670, %7669 : f64[] @ models/lib/nn.yaml:79:7
%7672 = div %3233, %7671 : f64[] @ models/lib/nn.yaml:79:7
%7673 = cast %7641 : f64[] @ models/lib/nn.yaml:79:7
%7674 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7675 = pow %7674, %7673 : f64[] @ models/lib/nn.yaml:79:7
%7676 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7677 = sub %7676, %7675 : f64[] @ models/lib/nn.yaml:79:7
%7678 = sqrt %7677 : f64[] @ models/lib/nn.yaml:79:7
%7679 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7680 = div %7679, %7678 : f64[] @ models/lib/nn.yaml:79:7
%7681 = sqrt %7666 : f32[16,16] @ models/lib/nn.yaml:79:7
%7682 = cast %7680 : f32[] @ models/lib/nn.yaml:79:7
%7683 = broadcast %7682 : f32[16,16] @ models/lib/nn.yaml:79:7
%7684 = mul %7681, %7683 : f32[16,16] @ models/lib/nn.yaml:79:7
%7685 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7686 = cast %7685 : f32[] @ models/lib/nn.yaml:79:7
%7687 = broadcast %7686 : f32[16,16] @ models/lib/nn.yaml:79:7
%7688 = add %7684, %7687 : f32[16,16] @ models/lib/nn.yaml:79:7
%7689 = div %7656, %7688 : f32[16,16] @ models/lib/nn.yaml:79:7
%7690 = cast %7672 : f32[] @ models/lib/nn.yaml:79:7
%7691 = broadcast %7690 : f32[16,16] @ models/lib/nn.yaml:79:7
%7692 = mul %7689, %7691 : f32[16,16] @ models/lib/nn.yaml:79:7
%7693 = sub %7647, %7692 : f32[16,16] @ models/lib/nn.yaml:79:7
%7694 = assign %37, %7693 : f32[16,16] @ models/lib/nn.yaml:79:7
%7695 = assign %7637, %7656 : f32[16,16] @ models/lib/nn.yaml:79:7
%7696 = assign %7638, %7666 : f32[16,16] @ models/lib/nn.yaml:79:7
%7697 = assign %7639, %7641 : i64[] @ models/lib/nn.yaml:79:7
%7698 = cast %3235 : f32[] @ models/lib/nn.yaml:79:7
%7699 = broadcast %7698 : f32[16,16] @ models/lib/nn.yaml:79:7
%7700 = mul %115, %7699 : f32[16,16] @ models/lib/nn.yaml:79:7
%7701 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7702 = sub %7701, %3235 : f64[] @ models/lib/nn.yaml:79:7
%7703 = cast %7702 : f32[] @ models/lib/nn.yaml:79:7
%7704 = broadcast %7703 : f32[16,16] @ models/lib/nn.yaml:79:7
%7705 = mul %7693, %7704 : f32[16,16] @ models/lib/nn.yaml:79:7
%7706 = add %7700, %7705 : f32[16,16] @ models/lib/nn.yaml:79:7
%7707 = assign %115, %7706 : f32[16,16] @ models/lib/nn.yaml:79:7
%7708 = all_reduce_sum %4712 : f32[16] @ models/lib/nn.yaml:80:7
%7709 = reshape %7708 : f32[16] @ models/lib/nn.yaml:80:7
%7710 = mul %7709, %7709 : f32[16] @ models/lib/nn.yaml:80:7
%7711 = reduce_sum %7710 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7712 = sqrt %7711 : f32[] @ models/lib/nn.yaml:80:7
%7713 = cast %7712 : f64[] @ models/lib/nn.yaml:80:7
%7714 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%7715 = add %7713, %7714 : f64[] @ models/lib/nn.yaml:80:7
%7716 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%7717 = div %7716, %7715 : f64[] @ models/lib/nn.yaml:80:7
%7718 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7719 = lt %7717, %7718 : bool[] @ models/lib/nn.yaml:80:7
%7720 = cast %7717 : f32[] @ models/lib/nn.yaml:80:7
%7721 = broadcast %7720 : f32[16] @ models/lib/nn.yaml:80:7
%7722 = mul %7708, %7721 : f32[16] @ models/lib/nn.yaml:80:7
%7723 = broadcast %7719 : bool[16] @ models/lib/nn.yaml:80:7
%7724 = select %7723, %7722, %7708 : f32[16] @ models/lib/nn.yaml:80:7
%7725 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7726 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7727 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7728 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%7729 = add %7727, %7728 : i64[] @ models/lib/nn.yaml:80:7
%7730 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%7731 = cast %7730 : f32[] @ models/lib/nn.yaml:80:7
%7732 = broadcast %7731 : f32[16] @ models/lib/nn.yaml:80:7
%7733 = mul %7724, %7732 : f32[16] @ models/lib/nn.yaml:80:7
%7734 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7735 = cast %7734 : f32[] @ models/lib/nn.yaml:80:7
%7736 = broadcast %7735 : f32[16] @ models/lib/nn.yaml:80:7
%7737 = mul %7725, %7736 : f32[16] @ models/lib/nn.yaml:80:7
%7738 = add %7737, %7733 : f32[16] @ models/lib/nn.yaml:80:7
%7739 = mul %7724, %7724 : f32[16] @ models/lib/nn.yaml:80:7
%7740 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%7741 = cast %7740 : f32[] @ models/lib/nn.yaml:80:7
%7742 = broadcast %7741 : f32[16] @ models/lib/nn.yaml:80:7
%7743 = mul %7739, %7742 : f32[16] @ models/lib/nn.yaml:80:7
%7744 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7745 = cast %7744 : f32[] @ models/lib/nn.yaml:80:7
%7746 = broadcast %7745 : f32[16] @ models/lib/nn.yaml:80:7
%7747 = mul %7726, %7746 : f32[16] @ models/lib/nn.yaml:80:7
%7748 = add %7747, %7743 : f32[16] @ models/lib/nn.yaml:80:7
%7749 = cast %7729 : f64[] @ models/lib/nn.yaml:80:7
%7750 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7751 = pow %7750, %7749 : f64[] @ models/lib/nn.yaml:80:7
%7752 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7753 = sub %7752, %7751 : f64[] @ models/lib/nn.yaml:80:7
%7754 = div %3233, %7753 : f64[] @ models/lib/nn.yaml:80:7
%7755 = cast %7729 : f64[] @ models/lib/nn.yaml:80:7
%7756 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7757 = pow %7756, %7755 : f64[] @ models/lib/nn.yaml:80:7
%7758 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7759 = sub %7758, %7757 : f64[] @ models/lib/nn.yaml:80:7
%7760 = sqrt %7759 : f64[] @ models/lib/nn.yaml:80:7
%7761 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7762 = div %7761, %7760 : f64[] @ models/lib/nn.yaml:80:7
%7763 = sqrt %7748 : f32[16] @ models/lib/nn.yaml:80:7
%7764 = cast %7762 : f32[] @ models/lib/nn.yaml:80:7
%7765 = broadcast %7764 : f32[16] @ models/lib/nn.yaml:80:7
%7766 = mul %7763, %7765 : f32[16] @ models/lib/nn.yaml:80:7
%7767 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%7768 = cast %7767 : f32[] @ models/lib/nn.yaml:80:7
%7769 = broadcast %7768 : f32[16] @ models/lib/nn.yaml:80:7
%7770 = add %7766, %7769 : f32[16] @ models/lib/nn.yaml:80:7
%7771 = div %7738, %7770 : f32[16] @ models/lib/nn.yaml:80:7
%7772 = cast %7754 : f32[] @ models/lib/nn.yaml:80:7
%7773 = broadcast %7772 : f32[16] @ models/lib/nn.yaml:80:7
%7774 = mul %7771, %7773 : f32[16] @ models/lib/nn.yaml:80:7
%7775 = sub %38, %7774 : f32[16] @ models/lib/nn.yaml:80:7
%7776 = assign %38, %7775 : f32[16] @ models/lib/nn.yaml:80:7
%7777 = assign %7725, %7738 : f32[16] @ models/lib/nn.yaml:80:7
%7778 = assign %7726, %7748 : f32[16] @ models/lib/nn.yaml:80:7
%7779 = assign %7727, %7729 : i64[] @ models/lib/nn.yaml:80:7
%7780 = cast %3235 : f32[] @ models/lib/nn.yaml:80:7
%7781 = broadcast %7780 : f32[16] @ models/lib/nn.yaml:80:7
%7782 = mul %116, %7781 : f32[16] @ models/lib/nn.yaml:80:7
%7783 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7784 = sub %7783, %3235 : f64[] @ models/lib/nn.yaml:80:7
%7785 = cast %7784 : f32[] @ models/lib/nn.yaml:80:7
%7786 = broadcast %7785 : f32[16] @ models/lib/nn.yaml:80:7
%7787 = mul %7775, %7786 : f32[16] @ models/lib/nn.yaml:80:7
%7788 = add %7782, %7787 : f32[16] @ models/lib/nn.yaml:80:7
%7789 = assign %116, %7788 : f32[16] @ models/lib/nn.yaml:80:7
%7790 = all_reduce_sum %4707 : f32[16,16] @ models/lib/nn.yaml:79:7
%7791 = reshape %7790 : f32[256] @ models/lib/nn.yaml:79:7
%7792 = mul %7791, %7791 : f32[256] @ models/lib/nn.yaml:79:7
%7793 = reduce_sum %7792 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7794 = sqrt %7793 : f32[] @ models/lib/nn.yaml:79:7
%7795 = cast %7794 : f64[] @ models/lib/nn.yaml:79:7
%7796 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%7797 = add %7795, %7796 : f64[] @ models/lib/nn.yaml:79:7
%7798 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%7799 = div %7798, %7797 : f64[] @ models/lib/nn.yaml:79:7
%7800 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7801 = lt %7799, %7800 : bool[] @ models/lib/nn.yaml:79:7
%7802 = cast %7799 : f32[] @ models/lib/nn.yaml:79:7
%7803 = broadcast %7802 : f32[16,16] @ models/lib/nn.yaml:79:7
%7804 = mul %7790, %7803 : f32[16,16] @ models/lib/nn.yaml:79:7
%7805 = broadcast %7801 : bool[16,16] @ models/lib/nn.yaml:79:7
%7806 = select %7805, %7804, %7790 : f32[16,16] @ models/lib/nn.yaml:79:7
%7807 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7808 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7809 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7810 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7811 = add %7809, %7810 : i64[] @ models/lib/nn.yaml:79:7
%7812 = mul %3233, %3234 : f64[] @ models/lib/nn.yaml:79:7
%7813 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7814 = sub %7813, %7812 : f64[] @ models/lib/nn.yaml:79:7
%7815 = cast %7814 : f32[] @ models/lib/nn.yaml:79:7
%7816 = broadcast %7815 : f32[16,16] @ models/lib/nn.yaml:79:7
%7817 = mul %39, %7816 : f32[16,16] @ models/lib/nn.yaml:79:7
%7818 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7819 = cast %7818 : f32[] @ models/lib/nn.yaml:79:7
%7820 = broadcast %7819 : f32[16,16] @ models/lib/nn.yaml:79:7
%7821 = mul %7806, %7820 : f32[16,16] @ models/lib/nn.yaml:79:7
%7822 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7823 = cast %7822 : f32[] @ models/lib/nn.yaml:79:7
%7824 = broadcast %7823 : f32[16,16] @ models/lib/nn.yaml:79:7
%7825 = mul %7807, %7824 : f32[16,16] @ models/lib/nn.yaml:79:7
%7826 = add %7825, %7821 : f32[16,16] @ models/lib/nn.yaml:79:7
%7827 = mul %7806, %7806 : f32[16,16] @ models/lib/nn.yaml:79:7
%7828 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7829 = cast %7828 : f32[] @ models/lib/nn.yaml:79:7
%7830 = broadcast %7829 : f32[16,16] @ models/lib/nn.yaml:79:7
%7831 = mul %7827, %7830 : f32[16,16] @ models/lib/nn.yaml:79:7
%7832 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7833 = cast %7832 : f32[] @ models/lib/nn.yaml:79:7
%7834 = broadcast %7833 : f32[16,16] @ models/lib/nn.yaml:79:7
%7835 = mul %7808, %7834 : f32[16,16] @ models/lib/nn.yaml:79:7
%7836 = add %7835, %7831 : f32[16,16] @ models/lib/nn.yaml:79:7
%7837 = cast %7811 : f64[] @ models/lib/nn.yaml:79:7
%7838 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7839 = pow %7838, %7837 : f64[] @ models/lib/nn.yaml:79:7
%7840 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7841 = sub %7840, %7839 : f64[] @ models/lib/nn.yaml:79:7
%7842 = div %3233, %7841 : f64[] @ models/lib/nn.yaml:79:7
%7843 = cast %7811 : f64[] @ models/lib/nn.yaml:79:7
%7844 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7845 = pow %7844, %7843 : f64[] @ models/lib/nn.yaml:79:7
%7846 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7847 = sub %7846, %7845 : f64[] @ models/lib/nn.yaml:79:7
%7848 = sqrt %7847 : f64[] @ models/lib/nn.yaml:79:7
%7849 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7850 = div %7849, %7848 : f64[] @ models/lib/nn.yaml:79:7
%7851 = sqrt %7836 : f32[16,16] @ models/lib/nn.yaml:79:7
%7852 = cast %7850 : f32[] @ models/lib/nn.yaml:79:7
%7853 = broadcast %7852 : f32[16,16] @ models/lib/nn.yaml:79:7
%7854 = mul %7851, %7853 : f32[16,16] @ models/lib/nn.yaml:79:7
%7855 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7856 = cast %7855 : f32[] @ models/lib/nn.yaml:79:7
%7857 = broadcast %7856 : f32[16,16] @ models/lib/nn.yaml:79:7
%7858 = add %7854, %7857 : f32[16,16] @ models/lib/nn.yaml:79:7
%7859 = div %7826, %7858 : f32[16,16] @ models/lib/nn.yaml:79:7
%7860 = cast %7842 : f32[] @ models/lib/nn.yaml:79:7
%7861 = broadcast %7860 : f32[16,16] @ models/lib/nn.yaml:79:7
%7862 = mul %7859, %7861 : f32[16,16] @ models/lib/nn.yaml:79:7
%7863 = sub %7817, %7862 : f32[16,16] @ models/lib/nn.yaml:79:7
%7864 = assign %39, %7863 : f32[16,16] @ models/lib/nn.yaml:79:7
%7865 = assign %7807, %7826 : f32[16,16] @ models/lib/nn.yaml:79:7
%7866 = assign %7808, %7836 : f32[16,16] @ models/lib/nn.yaml:79:7
%7867 = assign %7809, %7811 : i64[] @ models/lib/nn.yaml:79:7
%7868 = cast %3235 : f32[] @ models/lib/nn.yaml:79:7
%7869 = broadcast %7868 : f32[16,16] @ models/lib/nn.yaml:79:7
%7870 = mul %117, %7869 : f32[16,16] @ models/lib/nn.yaml:79:7
%7871 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7872 = sub %7871, %3235 : f64[] @ models/lib/nn.yaml:79:7
%7873 = cast %7872 : f32[] @ models/lib/nn.yaml:79:7
%7874 = broadcast %7873 : f32[16,16] @ models/lib/nn.yaml:79:7
%7875 = mul %7863, %7874 : f32[16,16] @ models/lib/nn.yaml:79:7
%7876 = add %7870, %7875 : f32[16,16] @ models/lib/nn.yaml:79:7
%7877 = assign %117, %7876 : f32[16,16] @ models/lib/nn.yaml:79:7
%7878 = all_reduce_sum %4701 : f32[16] @ models/lib/nn.yaml:80:7
%7879 = reshape %7878 : f32[16] @ models/lib/nn.yaml:80:7
%7880 = mul %7879, %7879 : f32[16] @ models/lib/nn.yaml:80:7
%7881 = reduce_sum %7880 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7882 = sqrt %7881 : f32[] @ models/lib/nn.yaml:80:7
%7883 = cast %7882 : f64[] @ models/lib/nn.yaml:80:7
%7884 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%7885 = add %7883, %7884 : f64[] @ models/lib/nn.yaml:80:7
%7886 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%7887 = div %7886, %7885 : f64[] @ models/lib/nn.yaml:80:7
%7888 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7889 = lt %7887, %7888 : bool[] @ models/lib/nn.yaml:80:7
%7890 = cast %7887 : f32[] @ models/lib/nn.yaml:80:7
%7891 = broadcast %7890 : f32[16] @ models/lib/nn.yaml:80:7
%7892 = mul %7878, %7891 : f32[16] @ models/lib/nn.yaml:80:7
%7893 = broadcast %7889 : bool[16] @ models/lib/nn.yaml:80:7
%7894 = select %7893, %7892, %7878 : f32[16] @ models/lib/nn.yaml:80:7
%7895 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7896 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7897 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7898 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%7899 = add %7897, %7898 : i64[] @ models/lib/nn.yaml:80:7
%7900 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%7901 = cast %7900 : f32[] @ models/lib/nn.yaml:80:7
%7902 = broadcast %7901 : f32[16] @ models/lib/nn.yaml:80:7
%7903 = mul %7894, %7902 : f32[16] @ models/lib/nn.yaml:80:7
%7904 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7905 = cast %7904 : f32[] @ models/lib/nn.yaml:80:7
%7906 = broadcast %7905 : f32[16] @ models/lib/nn.yaml:80:7
%7907 = mul %7895, %7906 : f32[16] @ models/lib/nn.yaml:80:7
%7908 = add %7907, %7903 : f32[16] @ models/lib/nn.yaml:80:7
%7909 = mul %7894, %7894 : f32[16] @ models/lib/nn.yaml:80:7
%7910 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%7911 = cast %7910 : f32[] @ models/lib/nn.yaml:80:7
%7912 = broadcast %7911 : f32[16] @ models/lib/nn.yaml:80:7
%7913 = mul %7909, %7912 : f32[16] @ models/lib/nn.yaml:80:7
%7914 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7915 = cast %7914 : f32[] @ models/lib/nn.yaml:80:7
%7916 = broadcast %7915 : f32[16] @ models/lib/nn.yaml:80:7
%7917 = mul %7896, %7916 : f32[16] @ models/lib/nn.yaml:80:7
%7918 = add %7917, %7913 : f32[16] @ models/lib/nn.yaml:80:7
%7919 = cast %7899 : f64[] @ models/lib/nn.yaml:80:7
%7920 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7921 = pow %7920, %7919 : f64[] @ models/lib/nn.yaml:80:7
%7922 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7923 = sub %7922, %7921 : f64[] @ models/lib/nn.yaml:80:7
%7924 = div %3233, %7923 : f64[] @ models/lib/nn.yaml:80:7
%7925 = cast %7899 : f64[] @ models/lib/nn.yaml:80:7
%7926 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7927 = pow %7926, %7925 : f64[] @ models/lib/nn.yaml:80:7
%7928 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7929 = sub %7928, %7927 : f64[] @ models/lib/nn.yaml:80:7
%7930 = sqrt %7929 : f64[] @ models/lib/nn.yaml:80:7
%7931 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7932 = div %7931, %7930 : f64[] @ models/lib/nn.yaml:80:7
%7933 = sqrt %7918 : f32[16] @ models/lib/nn.yaml:80:7
%7934 = cast %7932 : f32[] @ models/lib/nn.yaml:80:7
%7935 = broadcast %7934 : f32[16] @ models/lib/nn.yaml:80:7
%7936 = mul %7933, %7935 : f32[16] @ models/lib/nn.yaml:80:7
%7937 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%7938 = cast %7937 : f32[] @ models/lib/nn.yaml:80:7
%7939 = broadcast %7938 : f32[16] @ models/lib/nn.yaml:80:7
%7940 = add %7936, %7939 : f32[16] @ models/lib/nn.yaml:80:7
%7941 = div %7908, %7940 : f32[16] @ models/lib/nn.yaml:80:7
%7942 = cast %7924 : f32[] @ models/lib/nn.yaml:80:7
%7943 = broadcast %7942 : f32[16] @ models/lib/nn.yaml:80:7
%7944 = mul %7941, %7943 : f32[16] @ models/lib/nn.yaml:80:7
%7945 = sub %40, %7944 : f32[16] @ models/lib/nn.yaml:80:7
%7946 = assign %40, %7945 : f32[16] @ models/lib/nn.yaml:80:7
%7947 = assign %7895, %7908 : f32[16] @ models/lib/nn.yaml:80:7
%7948 = assign %7896, %7918 : f32[16] @ models/lib/nn.yaml:80:7
%7949 = assign %7897, %7899 : i64[] @ models/lib/nn.yaml:80:7
%7950 = cast %3235 : f32[] @ models/lib/nn.yaml:80:7
%7951 = broadcast %7950 : f32[16] @ models/lib/nn.yaml:80:7
%7952 = mul %118, %7951 : f32[16] @ models/lib/nn.yaml:80:7
%7953 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7954 = sub %7953, %3235 : f64[] @ models/lib/nn.yaml:80:7
%7955 = cast %7954 : f32[] @ models/lib/nn.yaml:80:7
%7956 = broadcast %7955 : f32[16] @ models/lib/nn.yaml:80:7
%7957 = mul %7945, %7956 : f32[16] @ models/lib/nn.yaml:80:7
%7958 = add %7952, %7957 : f32[16] @ models/lib/nn.yaml:80:7
%7959 = assign %118, %7958 : f32[16] @ models/lib/nn.yaml:80:7
%7960 = all_reduce_sum %4694 : f32[16,16] @ models/lib/nn.yaml:79:7
%7961 = reshape %7960 : f32[256] @ models/lib/nn.yaml:79:7
%7962 = mul %7961, %7961 : f32[256] @ models/lib/nn.yaml:79:7
%7963 = reduce_sum %7962 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7964 = sqrt %7963 : f32[] @ models/lib/nn.yaml:79:7
%7965 = cast %7964 : f64[] @ models/lib/nn.yaml:79:7
%7966 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%7967 = add %7965, %7966 : f64[] @ models/lib/nn.yaml:79:7
%7968 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%7969 = div %7968, %7967 : f64[] @ models/lib/nn.yaml:79:7
%7970 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7971 = lt %7969, %7970 : bool[] @ models/lib/nn.yaml:79:7
%7972 = cast %7969 : f32[] @ models/lib/nn.yaml:79:7
%7973 = broadcast %7972 : f32[16,16] @ models/lib/nn.yaml:79:7
%7974 = mul %7960, %7973 : f32[16,16] @ models/lib/nn.yaml:79:7
%7975 = broadcast %7971 : bool[16,16] @ models/lib/nn.yaml:79:7
%7976 = select %7975, %7974, %7960 : f32[16,16] @ models/lib/nn.yaml:79:7
%7977 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7978 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7979 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7980 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7981 = add %7979, %7980 : i64[] @ models/lib/nn.yaml:79:7
%7982 = mul %3233, %3234 : f64[] @ models/lib/nn.yaml:79:7
%7983 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7984 = sub %7983, %7982 : f64[] @ models/lib/nn.yaml:79:7
%7985 = cast %7984 : f32[] @ models/lib/nn.yaml:79:7
%7986 = broadcast %7985 : f32[16,16] @ models/lib/nn.yaml:79:7
%7987 = mul %41, %7986 : f32[16,16] @ models/lib/nn.yaml:79:7
%7988 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7989 = cast %7988 : f32[] @ models/lib/nn.yaml:79:7
%7990 = broadcast %7989 : f32[16,16] @ models/lib/nn.yaml:79:7
%7991 = mul %7976, %7990 : f32[16,16] @ models/lib/nn.yaml:79:7
%7992 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7993 = cast %7992 : f32[] @ models/lib/nn.yaml:79:7
%7994 = broadcast %7993 : f32[16,16] @ models/lib/nn.yaml:79:7
%7995 = mul %7977, %7994 : f32[16,16] @ models/lib/nn.yaml:79:7
%7996 = add %7995, %7991 : f32[16,16] @ models/lib/nn.yaml:79:7
%7997 = mul %7976, %7976 : f32[16,16] @ models/lib/nn.yaml:79:7
%7998 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7999 = cast %7998 : f32[] @ models/lib/nn.yaml:79:7
%8000 = broadcast %7999 : f32[16,16] @ models/lib/nn.yaml:79:7
%8001 = mul %7997, %8000 : f32[16,16] @ models/lib/nn.yaml:79:7
%8002 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8003 = cast %8002 : f32[] @ models/lib/nn.yaml:79:7
%8004 = broadcast %8003 : f32[16,16] @ models/lib/nn.yaml:79:7
%8005 = mul %7978, %8004 : f32[16,16] @ models/lib/nn.yaml:79:7
%8006 = add %8005, %8001 : f32[16,16] @ models/lib/nn.yaml:79:7
%8007 = cast %7981 : f64[] @ models/lib/nn.yaml:79:7
%8008 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8009 = pow %8008, %8007 : f64[] @ models/lib/nn.yaml:79:7
%8010 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8011 = sub %8010, %8009 : f64[] @ models/lib/nn.yaml:79:7
%8012 = div %3233, %8011 : f64[] @ models/lib/nn.yaml:79:7
%8013 = cast %7981 : f64[] @ models/lib/nn.yaml:79:7
%8014 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8015 = pow %8014, %8013 : f64[] @ models/lib/nn.yaml:79:7
%8016 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8017 = sub %8016, %8015 : f64[] @ models/lib/nn.yaml:79:7
%8018 = sqrt %8017 : f64[] @ models/lib/nn.yaml:79:7
%8019 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8020 = div %8019, %8018 : f64[] @ models/lib/nn.yaml:79:7
%8021 = sqrt %8006 : f32[16,16] @ models/lib/nn.yaml:79:7
%8022 = cast %8020 : f32[] @ models/lib/nn.yaml:79:7
%8023 = broadcast %8022 : f32[16,16] @ models/lib/nn.yaml:79:7
%8024 = mul %8021, %8023 : f32[16,16] @ models/lib/nn.yaml:79:7
%8025 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8026 = cast %8025 : f32[] @ models/lib/nn.yaml:79:7
%8027 = broadcast %8026 : f32[16,16] @ models/lib/nn.yaml:79:7
%8028 = add %8024, %8027 : f32[16,16] @ models/lib/nn.yaml:79:7
%8029 = div %7996, %8028 : f32[16,16] @ models/lib/nn.yaml:79:7
%8030 = cast %8012 : f32[] @ models/lib/nn.yaml:79:7
%8031 = broadcast %8030 : f32[16,16] @ models/lib/nn.yaml:79:7
%8032 = mul %8029, %8031 : f32[16,16] @ models/lib/nn.yaml:79:7
%8033 = sub %7987, %8032 : f32[16,16] @ models/lib/nn.yaml:79:7
%8034 = assign %41, %8033 : f32[16,16] @ models/lib/nn.yaml:79:7
%8035 = assign %7977, %7996 : f32[16,16] @ models/lib/nn.yaml:79:7
%8036 = assign %7978, %8006 : f32[16,16] @ models/lib/nn.yaml:79:7
%8037 = assign %7979, %7981 : i64[] @ models/lib/nn.yaml:79:7
%8038 = cast %3235 : f32[] @ models/lib/nn.yaml:79:7
%8039 = broadcast %8038 : f32[16,16] @ models/lib/nn.yaml:79:7
%8040 = mul %119, %8039 : f32[16,16] @ models/lib/nn.yaml:79:7
%8041 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8042 = sub %8041, %3235 : f64[] @ models/lib/nn.yaml:79:7
%8043 = cast %8042 : f32[] @ models/lib/nn.yaml:79:7
%8044 = broadcast %8043 : f32[16,16] @ models/lib/nn.yaml:79:7
%8045 = mul %8033, %8044 : f32[16,16] @ models/lib/nn.yaml:79:7
%8046 = add %8040, %8045 : f32[16,16] @ models/lib/nn.yaml:79:7
%8047 = assign %119, %8046 : f32[16,16] @ models/lib/nn.yaml:79:7
%8048 = all_reduce_sum %4689 : f32[16] @ models/lib/nn.yaml:80:7
%8049 = reshape %8048 : f32[16] @ models/lib/nn.yaml:80:7
%8050 = mul %8049, %8049 : f32[16] @ models/lib/nn.yaml:80:7
%8051 = reduce_sum %8050 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8052 = sqrt %8051 : f32[] @ models/lib/nn.yaml:80:7
%8053 = cast %8052 : f64[] @ models/lib/nn.yaml:80:7
%8054 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%8055 = add %8053, %8054 : f64[] @ models/lib/nn.yaml:80:7
%8056 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%8057 = div %8056, %8055 : f64[] @ models/lib/nn.yaml:80:7
%8058 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8059 = lt %8057, %8058 : bool[] @ models/lib/nn.yaml:80:7
%8060 = cast %8057 : f32[] @ models/lib/nn.yaml:80:7
%8061 = broadcast %8060 : f32[16] @ models/lib/nn.yaml:80:7
%8062 = mul %8048, %8061 : f32[16] @ models/lib/nn.yaml:80:7
%8063 = broadcast %8059 : bool[16] @ models/lib/nn.yaml:80:7
%8064 = select %8063, %8062, %8048 : f32[16] @ models/lib/nn.yaml:80:7
%8065 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8066 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8067 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8068 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%8069 = add %8067, %8068 : i64[] @ models/lib/nn.yaml:80:7
%8070 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%8071 = cast %8070 : f32[] @ models/lib/nn.yaml:80:7
%8072 = broadcast %8071 : f32[16] @ models/lib/nn.yaml:80:7
%8073 = mul %8064, %8072 : f32[16] @ models/lib/nn.yaml:80:7
%8074 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8075 = cast %8074 : f32[] @ models/lib/nn.yaml:80:7
%8076 = broadcast %8075 : f32[16] @ models/lib/nn.yaml:80:7
%8077 = mul %8065, %8076 : f32[16] @ models/lib/nn.yaml:80:7
%8078 = add %8077, %8073 : f32[16] @ models/lib/nn.yaml:80:7
%8079 = mul %8064, %8064 : f32[16] @ models/lib/nn.yaml:80:7
%8080 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%8081 = cast %8080 : f32[] @ models/lib/nn.yaml:80:7
%8082 = broadcast %8081 : f32[16] @ models/lib/nn.yaml:80:7
%8083 = mul %8079, %8082 : f32[16] @ models/lib/nn.yaml:80:7
%8084 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8085 = cast %8084 : f32[] @ models/lib/nn.yaml:80:7
%8086 = broadcast %8085 : f32[16] @ models/lib/nn.yaml:80:7
%8087 = mul %8066, %8086 : f32[16] @ models/lib/nn.yaml:80:7
%8088 = add %8087, %8083 : f32[16] @ models/lib/nn.yaml:80:7
%8089 = cast %8069 : f64[] @ models/lib/nn.yaml:80:7
%8090 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8091 = pow %8090, %8089 : f64[] @ models/lib/nn.yaml:80:7
%8092 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8093 = sub %8092, %8091 : f64[] @ models/lib/nn.yaml:80:7
%8094 = div %3233, %8093 : f64[] @ models/lib/nn.yaml:80:7
%8095 = cast %8069 : f64[] @ models/lib/nn.yaml:80:7
%8096 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8097 = pow %8096, %8095 : f64[] @ models/lib/nn.yaml:80:7
%8098 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8099 = sub %8098, %8097 : f64[] @ models/lib/nn.yaml:80:7
%8100 = sqrt %8099 : f64[] @ models/lib/nn.yaml:80:7
%8101 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8102 = div %8101, %8100 : f64[] @ models/lib/nn.yaml:80:7
%8103 = sqrt %8088 : f32[16] @ models/lib/nn.yaml:80:7
%8104 = cast %8102 : f32[] @ models/lib/nn.yaml:80:7
%8105 = broadcast %8104 : f32[16] @ models/lib/nn.yaml:80:7
%8106 = mul %8103, %8105 : f32[16] @ models/lib/nn.yaml:80:7
%8107 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%8108 = cast %8107 : f32[] @ models/lib/nn.yaml:80:7
%8109 = broadcast %8108 : f32[16] @ models/lib/nn.yaml:80:7
%8110 = add %8106, %8109 : f32[16] @ models/lib/nn.yaml:80:7
%8111 = div %8078, %8110 : f32[16] @ models/lib/nn.yaml:80:7
%8112 = cast %8094 : f32[] @ models/lib/nn.yaml:80:7
%8113 = broadcast %8112 : f32[16] @ models/lib/nn.yaml:80:7
%8114 = mul %8111, %8113 : f32[16] @ models/lib/nn.yaml:80:7
%8115 = sub %42, %8114 : f32[16] @ models/lib/nn.yaml:80:7
%8116 = assign %42, %8115 : f32[16] @ models/lib/nn.yaml:80:7
%8117 = assign %8065, %8078 : f32[16] @ models/lib/nn.yaml:80:7
%8118 = assign %8066, %8088 : f32[16] @ models/lib/nn.yaml:80:7
%8119 = assign %8067, %8069 : i64[] @ models/lib/nn.yaml:80:7
%8120 = cast %3235 : f32[] @ models/lib/nn.yaml:80:7
%8121 = broadcast %8120 : f32[16] @ models/lib/nn.yaml:80:7
%8122 = mul %120, %8121 : f32[16] @ models/lib/nn.yaml:80:7
%8123 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8124 = sub %8123, %3235 : f64[] @ models/lib/nn.yaml:80:7
%8125 = cast %8124 : f32[] @ models/lib/nn.yaml:80:7
%8126 = broadcast %8125 : f32[16] @ models/lib/nn.yaml:80:7
%8127 = mul %8115, %8126 : f32[16] @ models/lib/nn.yaml:80:7
%8128 = add %8122, %8127 : f32[16] @ models/lib/nn.yaml:80:7
%8129 = assign %120, %8128 : f32[16] @ models/lib/nn.yaml:80:7
%8130 = all_reduce_sum %4645 : f32[16,16] @ models/lib/nn.yaml:79:7
%8131 = reshape %8130 : f32[256] @ models/lib/nn.yaml:79:7
%8132 = mul %8131, %8131 : f32[256] @ models/lib/nn.yaml:79:7
%8133 = reduce_sum %8132 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8134 = sqrt %8133 : f32[] @ models/lib/nn.yaml:79:7
%8135 = cast %8134 : f64[] @ models/lib/nn.yaml:79:7
%8136 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%8137 = add %8135, %8136 : f64[] @ models/lib/nn.yaml:79:7
%8138 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%8139 = div %8138, %8137 : f64[] @ models/lib/nn.yaml:79:7
%8140 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8141 = lt %8139, %8140 : bool[] @ models/lib/nn.yaml:79:7
%8142 = cast %8139 : f32[] @ models/lib/nn.yaml:79:7
%8143 = broadcast %8142 : f32[16,16] @ models/lib/nn.yaml:79:7
%8144 = mul %8130, %8143 : f32[16,16] @ models/lib/nn.yaml:79:7
%8145 = broadcast %8141 : bool[16,16] @ models/lib/nn.yaml:79:7
%8146 = select %8145, %8144, %8130 : f32[16,16] @ models/lib/nn.yaml:79:7
%8147 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8148 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8149 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8150 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8151 = add %8149, %8150 : i64[] @ models/lib/nn.yaml:79:7
%8152 = mul %3233, %3234 : f64[] @ models/lib/nn.yaml:79:7
%8153 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8154 = sub %8153, %8152 : f64[] @ models/lib/nn.yaml:79:7
%8155 = cast %8154 : f32[] @ models/lib/nn.yaml:79:7
%8156 = broadcast %8155 : f32[16,16] @ models/lib/nn.yaml:79:7
%8157 = mul %43, %8156 : f32[16,16] @ models/lib/nn.yaml:79:7
%8158 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8159 = cast %8158 : f32[] @ models/lib/nn.yaml:79:7
%8160 = broadcast %8159 : f32[16,16] @ models/lib/nn.yaml:79:7
%8161 = mul %8146, %8160 : f32[16,16] @ models/lib/nn.yaml:79:7
%8162 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8163 = cast %8162 : f32[] @ models/lib/nn.yaml:79:7
%8164 = broadcast %8163 : f32[16,16] @ models/lib/nn.yaml:79:7
%8165 = mul %8147, %8164 : f32[16,16] @ models/lib/nn.yaml:79:7
%8166 = add %8165, %8161 : f32[16,16] @ models/lib/nn.yaml:79:7
%8167 = mul %8146, %8146 : f32[16,16] @ models/lib/nn.yaml:79:7
%8168 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8169 = cast %8168 : f32[] @ models/lib/nn.yaml:79:7
%8170 = broadcast %8169 : f32[16,16] @ models/lib/nn.yaml:79:7
%8171 = mul %8167, %8170 : f32[16,16] @ models/lib/nn.yaml:79:7
%8172 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8173 = cast %8172 : f32[] @ models/lib/nn.yaml:79:7
%8174 = broadcast %8173 : f32[16,16] @ models/lib/nn.yaml:79:7
%8175 = mul %8148, %8174 : f32[16,16] @ models/lib/nn.yaml:79:7
%8176 = add %8175, %8171 : f32[16,16] @ models/lib/nn.yaml:79:7
%8177 = cast %8151 : f64[] @ models/lib/nn.yaml:79:7
%8178 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8179 = pow %8178, %8177 : f64[] @ models/lib/nn.yaml:79:7
%8180 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8181 = sub %8180, %8179 : f64[] @ models/lib/nn.yaml:79:7
%8182 = div %3233, %8181 : f64[] @ models/lib/nn.yaml:79:7
%8183 = cast %8151 : f64[] @ models/lib/nn.yaml:79:7
%8184 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8185 = pow %8184, %8183 : f64[] @ models/lib/nn.yaml:79:7
%8186 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8187 = sub %8186, %8185 : f64[] @ models/lib/nn.yaml:79:7
%8188 = sqrt %8187 : f64[] @ models/lib/nn.yaml:79:7
%8189 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8190 = div %8189, %8188 : f64[] @ models/lib/nn.yaml:79:7
%8191 = sqrt %8176 : f32[16,16] @ models/lib/nn.yaml:79:7
%8192 = cast %8190 : f32[] @ models/lib/nn.yaml:79:7
%8193 = broadcast %8192 : f32[16,16] @ models/lib/nn.yaml:79:7
%8194 = mul %8191, %8193 : f32[16,16] @ models/lib/nn.yaml:79:7
%8195 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8196 = cast %8195 : f32[] @ models/lib/nn.yaml:79:7
%8197 = broadcast %8196 : f32[16,16] @ models/lib/nn.yaml:79:7
%8198 = add %8194, %8197 : f32[16,16] @ models/lib/nn.yaml:79:7
%8199 = div %8166, %8198 : f32[16,16] @ models/lib/nn.yaml:79:7
%8200 = cast %8182 : f32[] @ models/lib/nn.yaml:79:7
%8201 = broadcast %8200 : f32[16,16] @ models/lib/nn.yaml:79:7
%8202 = mul %8199, %8201 : f32[16,16] @ models/lib/nn.yaml:79:7
%8203 = sub %8157, %8202 : f32[16,16] @ models/lib/nn.yaml:79:7
%8204 = assign %43, %8203 : f32[16,16] @ models/lib/nn.yaml:79:7
%8205 = assign %8147, %8166 : f32[16,16] @ models/lib/nn.yaml:79:7
%8206 = assign %8148, %8176 : f32[16,16] @ models/lib/nn.yaml:79:7
%8207 = assign %8149, %8151 : i64[] @ models/lib/nn.yaml:79:7
%8208 = cast %3235 : f32[] @ models/lib/nn.yaml:79:7
%8209 = broadcast %8208 : f32[16,16] @ models/lib/nn.yaml:79:7
%8210 = mul %121, %8209 : f32[16,16] @ models/lib/nn.yaml:79:7
%8211 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8212 = sub %8211, %3235 : f64[] @ models/lib/nn.yaml:79:7
%8213 = cast %8212 : f32[] @ models/lib/nn.yaml:79:7
%8214 = broadcast %8213 : f32[16,16] @ models/lib/nn.yaml:79:7
%8215 = mul %8203, %8214 : f32[16,16] @ models/lib/nn.yaml:79:7
%8216 = add %8210, %8215 : f32[16,16] @ models/lib/nn.yaml:79:7
%8217 = assign %121, %8216 : f32[16,16] @ models/lib/nn.yaml:79:7
%8218 = all_reduce_sum %4640 : f32[16] @ models/lib/nn.yaml:80:7
%8219 = reshape %8218 : f32[16] @ models/lib/nn.yaml:80:7
%8220 = mul %8219, %8219 : f32[16] @ models/lib/nn.yaml:80:7
%8221 = reduce_sum %8220 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8222 = sqrt %8221 : f32[] @ models/lib/nn.yaml:80:7
%8223 = cast %8222 : f64[] @ models/lib/nn.yaml:80:7
%8224 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%8225 = add %8223, %8224 : f64[] @ models/lib/nn.yaml:80:7
%8226 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%8227 = div %8226, %8225 : f64[] @ models/lib/nn.yaml:80:7
%8228 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8229 = lt %8227, %8228 : bool[] @ models/lib/nn.yaml:80:7
%8230 = cast %8227 : f32[] @ models/lib/nn.yaml:80:7
%8231 = broadcast %8230 : f32[16] @ models/lib/nn.yaml:80:7
%8232 = mul %8218, %8231 : f32[16] @ models/lib/nn.yaml:80:7
%8233 = broadcast %8229 : bool[16] @ models/lib/nn.yaml:80:7
%8234 = select %8233, %8232, %8218 : f32[16] @ models/lib/nn.yaml:80:7
%8235 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8236 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8237 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8238 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%8239 = add %8237, %8238 : i64[] @ models/lib/nn.yaml:80:7
%8240 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%8241 = cast %8240 : f32[] @ models/lib/nn.yaml:80:7
%8242 = broadcast %8241 : f32[16] @ models/lib/nn.yaml:80:7
%8243 = mul %8234, %8242 : f32[16] @ models/lib/nn.yaml:80:7
%8244 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8245 = cast %8244 : f32[] @ models/lib/nn.yaml:80:7
%8246 = broadcast %8245 : f32[16] @ models/lib/nn.yaml:80:7
%8247 = mul %8235, %8246 : f32[16] @ models/lib/nn.yaml:80:7
%8248 = add %8247, %8243 : f32[16] @ models/lib/nn.yaml:80:7
%8249 = mul %8234, %8234 : f32[16] @ models/lib/nn.yaml:80:7
%8250 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%8251 = cast %8250 : f32[] @ models/lib/nn.yaml:80:7
%8252 = broadcast %8251 : f32[16] @ models/lib/nn.yaml:80:7
%8253 = mul %8249, %8252 : f32[16] @ models/lib/nn.yaml:80:7
%8254 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8255 = cast %8254 : f32[] @ models/lib/nn.yaml:80:7
%8256 = broadcast %8255 : f32[16] @ models/lib/nn.yaml:80:7
%8257 = mul %8236, %8256 : f32[16] @ models/lib/nn.yaml:80:7
%8258 = add %8257, %8253 : f32[16] @ models/lib/nn.yaml:80:7
%8259 = cast %8239 : f64[] @ models/lib/nn.yaml:80:7
%8260 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8261 = pow %8260, %8259 : f64[] @ models/lib/nn.yaml:80:7
%8262 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8263 = sub %8262, %8261 : f64[] @ models/lib/nn.yaml:80:7
%8264 = div %3233, %8263 : f64[] @ models/lib/nn.yaml:80:7
%8265 = cast %8239 : f64[] @ models/lib/nn.yaml:80:7
%8266 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8267 = pow %8266, %8265 : f64[] @ models/lib/nn.yaml:80:7
%8268 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8269 = sub %8268, %8267 : f64[] @ models/lib/nn.yaml:80:7
%8270 = sqrt %8269 : f64[] @ models/lib/nn.yaml:80:7
%8271 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8272 = div %8271, %8270 : f64[] @ models/lib/nn.yaml:80:7
%8273 = sqrt %8258 : f32[16] @ models/lib/nn.yaml:80:7
%8274 = cast %8272 : f32[] @ models/lib/nn.yaml:80:7
%8275 = broadcast %8274 : f32[16] @ models/lib/nn.yaml:80:7
%8276 = mul %8273, %8275 : f32[16] @ models/lib/nn.yaml:80:7
%8277 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%8278 = cast %8277 : f32[] @ models/lib/nn.yaml:80:7
%8279 = broadcast %8278 : f32[16] @ models/lib/nn.yaml:80:7
%8280 = add %8276, %8279 : f32[16] @ models/lib/nn.yaml:80:7
%8281 = div %8248, %8280 : f32[16] @ models/lib/nn.yaml:80:7
%8282 = cast %8264 : f32[] @ models/lib/nn.yaml:80:7
%8283 = broadcast %8282 : f32[16] @ models/lib/nn.yaml:80:7
%8284 = mul %8281, %8283 : f32[16] @ models/lib/nn.yaml:80:7
%8285 = sub %44, %8284 : f32[16] @ models/lib/nn.yaml:80:7
%8286 = assign %44, %8285 : f32[16] @ models/lib/nn.yaml:80:7
%8287 = assign %8235, %8248 : f32[16] @ models/lib/nn.yaml:80:7
%8288 = assign %8236, %8258 : f32[16] @ models/lib/nn.yaml:80:7
%8289 = assign %8237, %8239 : i64[] @ models/lib/nn.yaml:80:7
%8290 = cast %3235 : f32[] @ models/lib/nn.yaml:80:7
%8291 = broadcast %8290 : f32[16] @ models/lib/nn.yaml:80:7
%8292 = mul %122, %8291 : f32[16] @ models/lib/nn.yaml:80:7
%8293 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8294 = sub %8293, %3235 : f64[] @ models/lib/nn.yaml:80:7
%8295 = cast %8294 : f32[] @ models/lib/nn.yaml:80:7
%8296 = broadcast %8295 : f32[16] @ models/lib/nn.yaml:80:7
%8297 = mul %8285, %8296 : f32[16] @ models/lib/nn.yaml:80:7
%8298 = add %8292, %8297 : f32[16] @ models/lib/nn.yaml:80:7
%8299 = assign %122, %8298 : f32[16] @ models/lib/nn.yaml:80:7
%8300 = all_reduce_sum %4616 : f32[16] @ models/lib/nn.yaml:89:7
%8301 = reshape %8300 : f32[16] @ models/lib/nn.yaml:89:7
%8302 = mul %8301, %8301 : f32[16] @ models/lib/nn.yaml:89:7
%8303 = reduce_sum %8302 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8304 = sqrt %8303 : f32[] @ models/lib/nn.yaml:89:7
%8305 = cast %8304 : f64[] @ models/lib/nn.yaml:89:7
%8306 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%8307 = add %8305, %8306 : f64[] @ models/lib/nn.yaml:89:7
%8308 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%8309 = div %8308, %8307 : f64[] @ models/lib/nn.yaml:89:7
%8310 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8311 = lt %8309, %8310 : bool[] @ models/lib/nn.yaml:89:7
%8312 = cast %8309 : f32[] @ models/lib/nn.yaml:89:7
%8313 = broadcast %8312 : f32[16] @ models/lib/nn.yaml:89:7
%8314 = mul %8300, %8313 : f32[16] @ models/lib/nn.yaml:89:7
%8315 = broadcast %8311 : bool[16] @ models/lib/nn.yaml:89:7
%8316 = select %8315, %8314, %8300 : f32[16] @ models/lib/nn.yaml:89:7
%8317 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8318 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8319 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8320 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%8321 = add %8319, %8320 : i64[] @ models/lib/nn.yaml:89:7
%8322 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%8323 = cast %8322 : f32[] @ models/lib/nn.yaml:89:7
%8324 = broadcast %8323 : f32[16] @ models/lib/nn.yaml:89:7
%8325 = mul %8316, %8324 : f32[16] @ models/lib/nn.yaml:89:7
%8326 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%8327 = cast %8326 : f32[] @ models/lib/nn.yaml:89:7
%8328 = broadcast %8327 : f32[16] @ models/lib/nn.yaml:89:7
%8329 = mul %8317, %8328 : f32[16] @ models/lib/nn.yaml:89:7
%8330 = add %8329, %8325 : f32[16] @ models/lib/nn.yaml:89:7
%8331 = mul %8316, %8316 : f32[16] @ models/lib/nn.yaml:89:7
%8332 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%8333 = cast %8332 : f32[] @ models/lib/nn.yaml:89:7
%8334 = broadcast %8333 : f32[16] @ models/lib/nn.yaml:89:7
%8335 = mul %8331, %8334 : f32[16] @ models/lib/nn.yaml:89:7
%8336 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%8337 = cast %8336 : f32[] @ models/lib/nn.yaml:89:7
%8338 = broadcast %8337 : f32[16] @ models/lib/nn.yaml:89:7
%8339 = mul %8318, %8338 : f32[16] @ models/lib/nn.yaml:89:7
%8340 = add %8339, %8335 : f32[16] @ models/lib/nn.yaml:89:7
%8341 = cast %8321 : f64[] @ models/lib/nn.yaml:89:7
%8342 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%8343 = pow %8342, %8341 : f64[] @ models/lib/nn.yaml:89:7
%8344 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8345 = sub %8344, %8343 : f64[] @ models/lib/nn.yaml:89:7
%8346 = div %3233, %8345 : f64[] @ models/lib/nn.yaml:89:7
%8347 = cast %8321 : f64[] @ models/lib/nn.yaml:89:7
%8348 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%8349 = pow %8348, %8347 : f64[] @ models/lib/nn.yaml:89:7
%8350 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8351 = sub %8350, %8349 : f64[] @ models/lib/nn.yaml:89:7
%8352 = sqrt %8351 : f64[] @ models/lib/nn.yaml:89:7
%8353 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8354 = div %8353, %8352 : f64[] @ models/lib/nn.yaml:89:7
%8355 = sqrt %8340 : f32[16] @ models/lib/nn.yaml:89:7
%8356 = cast %8354 : f32[] @ models/lib/nn.yaml:89:7
%8357 = broadcast %8356 : f32[16] @ models/lib/nn.yaml:89:7
%8358 = mul %8355, %8357 : f32[16] @ models/lib/nn.yaml:89:7
%8359 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%8360 = cast %8359 : f32[] @ models/lib/nn.yaml:89:7
%8361 = broadcast %8360 : f32[16] @ models/lib/nn.yaml:89:7
%8362 = add %8358, %8361 : f32[16] @ models/lib/nn.yaml:89:7
%8363 = div %8330, %8362 : f32[16] @ models/lib/nn.yaml:89:7
%8364 = cast %8346 : f32[] @ models/lib/nn.yaml:89:7
%8365 = broadcast %8364 : f32[16] @ models/lib/nn.yaml:89:7
%8366 = mul %8363, %8365 : f32[16] @ models/lib/nn.yaml:89:7
%8367 = sub %45, %8366 : f32[16] @ models/lib/nn.yaml:89:7
%8368 = assign %45, %8367 : f32[16] @ models/lib/nn.yaml:89:7
%8369 = assign %8317, %8330 : f32[16] @ models/lib/nn.yaml:89:7
%8370 = assign %8318, %8340 : f32[16] @ models/lib/nn.yaml:89:7
%8371 = assign %8319, %8321 : i64[] @ models/lib/nn.yaml:89:7
%8372 = cast %3235 : f32[] @ models/lib/nn.yaml:89:7
%8373 = broadcast %8372 : f32[16] @ models/lib/nn.yaml:89:7
%8374 = mul %123, %8373 : f32[16] @ models/lib/nn.yaml:89:7
%8375 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8376 = sub %8375, %3235 : f64[] @ models/lib/nn.yaml:89:7
%8377 = cast %8376 : f32[] @ models/lib/nn.yaml:89:7
%8378 = broadcast %8377 : f32[16] @ models/lib/nn.yaml:89:7
%8379 = mul %8367, %8378 : f32[16] @ models/lib/nn.yaml:89:7
%8380 = add %8374, %8379 : f32[16] @ models/lib/nn.yaml:89:7
%8381 = assign %123, %8380 : f32[16] @ models/lib/nn.yaml:89:7
%8382 = all_reduce_sum %4611 : f32[16] @ models/lib/nn.yaml:90:7
%8383 = reshape %8382 : f32[16] @ models/lib/nn.yaml:90:7
%8384 = mul %8383, %8383 : f32[16] @ models/lib/nn.yaml:90:7
%8385 = reduce_sum %8384 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8386 = sqrt %8385 : f32[] @ models/lib/nn.yaml:90:7
%8387 = cast %8386 : f64[] @ models/lib/nn.yaml:90:7
%8388 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%8389 = add %8387, %8388 : f64[] @ models/lib/nn.yaml:90:7
%8390 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%8391 = div %8390, %8389 : f64[] @ models/lib/nn.yaml:90:7
%8392 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8393 = lt %8391, %8392 : bool[] @ models/lib/nn.yaml:90:7
%8394 = cast %8391 : f32[] @ models/lib/nn.yaml:90:7
%8395 = broadcast %8394 : f32[16] @ models/lib/nn.yaml:90:7
%8396 = mul %8382, %8395 : f32[16] @ models/lib/nn.yaml:90:7
%8397 = broadcast %8393 : bool[16] @ models/lib/nn.yaml:90:7
%8398 = select %8397, %8396, %8382 : f32[16] @ models/lib/nn.yaml:90:7
%8399 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8400 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8401 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8402 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%8403 = add %8401, %8402 : i64[] @ models/lib/nn.yaml:90:7
%8404 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%8405 = cast %8404 : f32[] @ models/lib/nn.yaml:90:7
%8406 = broadcast %8405 : f32[16] @ models/lib/nn.yaml:90:7
%8407 = mul %8398, %8406 : f32[16] @ models/lib/nn.yaml:90:7
%8408 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%8409 = cast %8408 : f32[] @ models/lib/nn.yaml:90:7
%8410 = broadcast %8409 : f32[16] @ models/lib/nn.yaml:90:7
%8411 = mul %8399, %8410 : f32[16] @ models/lib/nn.yaml:90:7
%8412 = add %8411, %8407 : f32[16] @ models/lib/nn.yaml:90:7
%8413 = mul %8398, %8398 : f32[16] @ models/lib/nn.yaml:90:7
%8414 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%8415 = cast %8414 : f32[] @ models/lib/nn.yaml:90:7
%8416 = broadcast %8415 : f32[16] @ models/lib/nn.yaml:90:7
%8417 = mul %8413, %8416 : f32[16] @ models/lib/nn.yaml:90:7
%8418 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%8419 = cast %8418 : f32[] @ models/lib/nn.yaml:90:7
%8420 = broadcast %8419 : f32[16] @ models/lib/nn.yaml:90:7
%8421 = mul %8400, %8420 : f32[16] @ models/lib/nn.yaml:90:7
%8422 = add %8421, %8417 : f32[16] @ models/lib/nn.yaml:90:7
%8423 = cast %8403 : f64[] @ models/lib/nn.yaml:90:7
%8424 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%8425 = pow %8424, %8423 : f64[] @ models/lib/nn.yaml:90:7
%8426 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8427 = sub %8426, %8425 : f64[] @ models/lib/nn.yaml:90:7
%8428 = div %3233, %8427 : f64[] @ models/lib/nn.yaml:90:7
%8429 = cast %8403 : f64[] @ models/lib/nn.yaml:90:7
%8430 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%8431 = pow %8430, %8429 : f64[] @ models/lib/nn.yaml:90:7
%8432 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8433 = sub %8432, %8431 : f64[] @ models/lib/nn.yaml:90:7
%8434 = sqrt %8433 : f64[] @ models/lib/nn.yaml:90:7
%8435 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8436 = div %8435, %8434 : f64[] @ models/lib/nn.yaml:90:7
%8437 = sqrt %8422 : f32[16] @ models/lib/nn.yaml:90:7
%8438 = cast %8436 : f32[] @ models/lib/nn.yaml:90:7
%8439 = broadcast %8438 : f32[16] @ models/lib/nn.yaml:90:7
%8440 = mul %8437, %8439 : f32[16] @ models/lib/nn.yaml:90:7
%8441 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%8442 = cast %8441 : f32[] @ models/lib/nn.yaml:90:7
%8443 = broadcast %8442 : f32[16] @ models/lib/nn.yaml:90:7
%8444 = add %8440, %8443 : f32[16] @ models/lib/nn.yaml:90:7
%8445 = div %8412, %8444 : f32[16] @ models/lib/nn.yaml:90:7
%8446 = cast %8428 : f32[] @ models/lib/nn.yaml:90:7
%8447 = broadcast %8446 : f32[16] @ models/lib/nn.yaml:90:7
%8448 = mul %8445, %8447 : f32[16] @ models/lib/nn.yaml:90:7
%8449 = sub %46, %8448 : f32[16] @ models/lib/nn.yaml:90:7
%8450 = assign %46, %8449 : f32[16] @ models/lib/nn.yaml:90:7
%8451 = assign %8399, %8412 : f32[16] @ models/lib/nn.yaml:90:7
%8452 = assign %8400, %8422 : f32[16] @ models/lib/nn.yaml:90:7
%8453 = assign %8401, %8403 : i64[] @ models/lib/nn.yaml:90:7
%8454 = cast %3235 : f32[] @ models/lib/nn.yaml:90:7
%8455 = broadcast %8454 : f32[16] @ models/lib/nn.yaml:90:7
%8456 = mul %124, %8455 : f32[16] @ models/lib/nn.yaml:90:7
%8457 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8458 = sub %8457, %3235 : f64[] @ models/lib/nn.yaml:90:7
%8459 = cast %8458 : f32[] @ models/lib/nn.yaml:90:7
%8460 = broadcast %8459 : f32[16] @ models/lib/nn.yaml:90:7
%8461 = mul %8449, %8460 : f32[16] @ models/lib/nn.yaml:90:7
%8462 = add %8456, %8461 : f32[16] @ models/lib/nn.yaml:90:7
%8463 = assign %124, %8462 : f32[16] @ models/lib/nn.yaml:90:7
%8464 = all_reduce_sum %4608 : f32[64,16] @ models/lib/nn.yaml:79:7
%8465 = reshape %8464 : f32[1024] @ models/lib/nn.yaml:79:7
%8466 = mul %8465, %8465 : f32[1024] @ models/lib/nn.yaml:79:7
%8467 = reduce_sum %8466 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8468 = sqrt %8467 : f32[] @ models/lib/nn.yaml:79:7
%8469 = cast %8468 : f64[] @ models/lib/nn.yaml:79:7
%8470 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%8471 = add %8469, %8470 : f64[] @ models/lib/nn.yaml:79:7
%8472 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%8473 = div %8472, %8471 : f64[] @ models/lib/nn.yaml:79:7
%8474 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8475 = lt %8473, %8474 : bool[] @ models/lib/nn.yaml:79:7
%8476 = cast %8473 : f32[] @ models/lib/nn.yaml:79:7
%8477 = broadcast %8476 : f32[64,16] @ models/lib/nn.yaml:79:7
%8478 = mul %8464, %8477 : f32[64,16] @ models/lib/nn.yaml:79:7
%8479 = broadcast %8475 : bool[64,16] @ models/lib/nn.yaml:79:7
%8480 = select %8479, %8478, %8464 : f32[64,16] @ models/lib/nn.yaml:79:7
%8481 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8482 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8483 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8484 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8485 = add %8483, %8484 : i64[] @ models/lib/nn.yaml:79:7
%8486 = mul %3233, %3234 : f64[] @ models/lib/nn.yaml:79:7
%8487 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8488 = sub %8487, %8486 : f64[] @ models/lib/nn.yaml:79:7
%8489 = cast %8488 : f32[] @ models/lib/nn.yaml:79:7
%8490 = broadcast %8489 : f32[64,16] @ models/lib/nn.yaml:79:7
%8491 = mul %47, %8490 : f32[64,16] @ models/lib/nn.yaml:79:7
%8492 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8493 = cast %8492 : f32[] @ models/lib/nn.yaml:79:7
%8494 = broadcast %8493 : f32[64,16] @ models/lib/nn.yaml:79:7
%8495 = mul %8480, %8494 : f32[64,16] @ models/lib/nn.yaml:79:7
%8496 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8497 = cast %8496 : f32[] @ models/lib/nn.yaml:79:7
%8498 = broadcast %8497 : f32[64,16] @ models/lib/nn.yaml:79:7
%8499 = mul %8481, %8498 : f32[64,16] @ models/lib/nn.yaml:79:7
%8500 = add %8499, %8495 : f32[64,16] @ models/lib/nn.yaml:79:7
%8501 = mul %8480, %8480 : f32[64,16] @ models/lib/nn.yaml:79:7
%8502 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8503 = cast %8502 : f32[] @ models/lib/nn.yaml:79:7
%8504 = broadcast %8503 : f32[64,16] @ models/lib/nn.yaml:79:7
%8505 = mul %8501, %8504 : f32[64,16] @ models/lib/nn.yaml:79:7
%8506 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8507 = cast %8506 : f32[] @ models/lib/nn.yaml:79:7
%8508 = broadcast %8507 : f32[64,16] @ models/lib/nn.yaml:79:7
%8509 = mul %8482, %8508 : f32[64,16] @ models/lib/nn.yaml:79:7
%8510 = add %8509, %8505 : f32[64,16] @ models/lib/nn.yaml:79:7
%8511 = cast %8485 : f64[] @ models/lib/nn.yaml:79:7
%8512 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8513 = pow %8512, %8511 : f64[] @ models/lib/nn.yaml:79:7
%8514 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8515 = sub %8514, %8513 : f64[] @ models/lib/nn.yaml:79:7
%8516 = div %3233, %8515 : f64[] @ models/lib/nn.yaml:79:7
%8517 = cast %8485 : f64[] @ models/lib/nn.yaml:79:7
%8518 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8519 = pow %8518, %8517 : f64[] @ models/lib/nn.yaml:79:7
%8520 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8521 = sub %8520, %8519 : f64[] @ models/lib/nn.yaml:79:7
%8522 = sqrt %8521 : f64[] @ models/lib/nn.yaml:79:7
%8523 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8524 = div %8523, %8522 : f64[] @ models/lib/nn.yaml:79:7
%8525 = sqrt %8510 : f32[64,16] @ models/lib/nn.yaml:79:7
%8526 = cast %8524 : f32[] @ models/lib/nn.yaml:79:7
%8527 = broadcast %8526 : f32[64,16] @ models/lib/nn.yaml:79:7
%8528 = mul %8525, %8527 : f32[64,16] @ models/lib/nn.yaml:79:7
%8529 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8530 = cast %8529 : f32[] @ models/lib/nn.yaml:79:7
%8531 = broadcast %8530 : f32[64,16] @ models/lib/nn.yaml:79:7
%8532 = add %8528, %8531 : f32[64,16] @ models/lib/nn.yaml:79:7
%8533 = div %8500, %8532 : f32[64,16] @ models/lib/nn.yaml:79:7
%8534 = cast %8516 : f32[] @ models/lib/nn.yaml:79:7
%8535 = broadcast %8534 : f32[64,16] @ models/lib/nn.yaml:79:7
%8536 = mul %8533, %8535 : f32[64,16] @ models/lib/nn.yaml:79:7
%8537 = sub %8491, %8536 : f32[64,16] @ models/lib/nn.yaml:79:7
%8538 = assign %47, %8537 : f32[64,16] @ models/lib/nn.yaml:79:7
%8539 = assign %8481, %8500 : f32[64,16] @ models/lib/nn.yaml:79:7
%8540 = assign %8482, %8510 : f32[64,16] @ models/lib/nn.yaml:79:7
%8541 = assign %8483, %8485 : i64[] @ models/lib/nn.yaml:79:7
%8542 = cast %3235 : f32[] @ models/lib/nn.yaml:79:7
%8543 = broadcast %8542 : f32[64,16] @ models/lib/nn.yaml:79:7
%8544 = mul %125, %8543 : f32[64,16] @ models/lib/nn.yaml:79:7
%8545 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8546 = sub %8545, %3235 : f64[] @ models/lib/nn.yaml:79:7
%8547 = cast %8546 : f32[] @ models/lib/nn.yaml:79:7
%8548 = broadcast %8547 : f32[64,16] @ models/lib/nn.yaml:79:7
%8549 = mul %8537, %8548 : f32[64,16] @ models/lib/nn.yaml:79:7
%8550 = add %8544, %8549 : f32[64,16] @ models/lib/nn.yaml:79:7
%8551 = assign %125, %8550 : f32[64,16] @ models/lib/nn.yaml:79:7
%8552 = all_reduce_sum %4603 : f32[64] @ models/lib/nn.yaml:80:7
%8553 = reshape %8552 : f32[64] @ models/lib/nn.yaml:80:7
%8554 = mul %8553, %8553 : f32[64] @ models/lib/nn.yaml:80:7
%8555 = reduce_sum %8554 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8556 = sqrt %8555 : f32[] @ models/lib/nn.yaml:80:7
%8557 = cast %8556 : f64[] @ models/lib/nn.yaml:80:7
%8558 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%8559 = add %8557, %8558 : f64[] @ models/lib/nn.yaml:80:7
%8560 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%8561 = div %8560, %8559 : f64[] @ models/lib/nn.yaml:80:7
%8562 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8563 = lt %8561, %8562 : bool[] @ models/lib/nn.yaml:80:7
%8564 = cast %8561 : f32[] @ models/lib/nn.yaml:80:7
%8565 = broadcast %8564 : f32[64] @ models/lib/nn.yaml:80:7
%8566 = mul %8552, %8565 : f32[64] @ models/lib/nn.yaml:80:7
%8567 = broadcast %8563 : bool[64] @ models/lib/nn.yaml:80:7
%8568 = select %8567, %8566, %8552 : f32[64] @ models/lib/nn.yaml:80:7
%8569 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8570 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8571 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8572 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%8573 = add %8571, %8572 : i64[] @ models/lib/nn.yaml:80:7
%8574 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%8575 = cast %8574 : f32[] @ models/lib/nn.yaml:80:7
%8576 = broadcast %8575 : f32[64] @ models/lib/nn.yaml:80:7
%8577 = mul %8568, %8576 : f32[64] @ models/lib/nn.yaml:80:7
%8578 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8579 = cast %8578 : f32[] @ models/lib/nn.yaml:80:7
%8580 = broadcast %8579 : f32[64] @ models/lib/nn.yaml:80:7
%8581 = mul %8569, %8580 : f32[64] @ models/lib/nn.yaml:80:7
%8582 = add %8581, %8577 : f32[64] @ models/lib/nn.yaml:80:7
%8583 = mul %8568, %8568 : f32[64] @ models/lib/nn.yaml:80:7
%8584 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%8585 = cast %8584 : f32[] @ models/lib/nn.yaml:80:7
%8586 = broadcast %8585 : f32[64] @ models/lib/nn.yaml:80:7
%8587 = mul %8583, %8586 : f32[64] @ models/lib/nn.yaml:80:7
%8588 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8589 = cast %8588 : f32[] @ models/lib/nn.yaml:80:7
%8590 = broadcast %8589 : f32[64] @ models/lib/nn.yaml:80:7
%8591 = mul %8570, %8590 : f32[64] @ models/lib/nn.yaml:80:7
%8592 = add %8591, %8587 : f32[64] @ models/lib/nn.yaml:80:7
%8593 = cast %8573 : f64[] @ models/lib/nn.yaml:80:7
%8594 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8595 = pow %8594, %8593 : f64[] @ models/lib/nn.yaml:80:7
%8596 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8597 = sub %8596, %8595 : f64[] @ models/lib/nn.yaml:80:7
%8598 = div %3233, %8597 : f64[] @ models/lib/nn.yaml:80:7
%8599 = cast %8573 : f64[] @ models/lib/nn.yaml:80:7
%8600 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8601 = pow %8600, %8599 : f64[] @ models/lib/nn.yaml:80:7
%8602 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8603 = sub %8602, %8601 : f64[] @ models/lib/nn.yaml:80:7
%8604 = sqrt %8603 : f64[] @ models/lib/nn.yaml:80:7
%8605 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8606 = div %8605, %8604 : f64[] @ models/lib/nn.yaml:80:7
%8607 = sqrt %8592 : f32[64] @ models/lib/nn.yaml:80:7
%8608 = cast %8606 : f32[] @ models/lib/nn.yaml:80:7
%8609 = broadcast %8608 : f32[64] @ models/lib/nn.yaml:80:7
%8610 = mul %8607, %8609 : f32[64] @ models/lib/nn.yaml:80:7
%8611 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%8612 = cast %8611 : f32[] @ models/lib/nn.yaml:80:7
%8613 = broadcast %8612 : f32[64] @ models/lib/nn.yaml:80:7
%8614 = add %8610, %8613 : f32[64] @ models/lib/nn.yaml:80:7
%8615 = div %8582, %8614 : f32[64] @ models/lib/nn.yaml:80:7
%8616 = cast %8598 : f32[] @ models/lib/nn.yaml:80:7
%8617 = broadcast %8616 : f32[64] @ models/lib/nn.yaml:80:7
%8618 = mul %8615, %8617 : f32[64] @ models/lib/nn.yaml:80:7
%8619 = sub %48, %8618 : f32[64] @ models/lib/nn.yaml:80:7
%8620 = assign %48, %8619 : f32[64] @ models/lib/nn.yaml:80:7
%8621 = assign %8569, %8582 : f32[64] @ models/lib/nn.yaml:80:7
%8622 = assign %8570, %8592 : f32[64] @ models/lib/nn.yaml:80:7
%8623 = assign %8571, %8573 : i64[] @ models/lib/nn.yaml:80:7
%8624 = cast %3235 : f32[] @ models/lib/nn.yaml:80:7
%8625 = broadcast %8624 : f32[64] @ models/lib/nn.yaml:80:7
%8626 = mul %126, %8625 : f32[64] @ models/lib/nn.yaml:80:7
%8627 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8628 = sub %8627, %3235 : f64[] @ models/lib/nn.yaml:80:7
%8629 = cast %8628 : f32[] @ models/lib/nn.yaml:80:7
%8630 = broadcast %8629 : f32[64] @ models/lib/nn.yaml:80:7
%8631 = mul %8619, %8630 : f32[64] @ models/lib/nn.yaml:80:7
%8632 = add %8626, %8631 : f32[64] @ models/lib/nn.yaml:80:7
%8633 = assign %126, %8632 : f32[64] @ models/lib/nn.yaml:80:7
%8634 = all_reduce_sum %4588 : f32[16,64] @ models/lib/nn.yaml:79:7
%8635 = reshape %8634 : f32[1024] @ models/lib/nn.yaml:79:7
%8636 = mul %8635, %8635 : f32[1024] @ models/lib/nn.yaml:79:7
%8637 = reduce_sum %8636 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8638 = sqrt %8637 : f32[] @ models/lib/nn.yaml:79:7
%8639 = cast %8638 : f64[] @ models/lib/nn.yaml:79:7
%8640 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%8641 = add %8639, %8640 : f64[] @ models/lib/nn.yaml:79:7
%8642 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%8643 = div %8642, %8641 : f64[] @ models/lib/nn.yaml:79:7
%8644 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8645 = lt %8643, %8644 : bool[] @ models/lib/nn.yaml:79:7
%8646 = cast %8643 : f32[] @ models/lib/nn.yaml:79:7
%8647 = broadcast %8646 : f32[16,64] @ models/lib/nn.yaml:79:7
%8648 = mul %8634, %8647 : f32[16,64] @ models/lib/nn.yaml:79:7
%8649 = broadcast %8645 : bool[16,64] @ models/lib/nn.yaml:79:7
%8650 = select %8649, %8648, %8634 : f32[16,64] @ models/lib/nn.yaml:79:7
%8651 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8652 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8653 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8654 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8655 = add %8653, %8654 : i64[] @ models/lib/nn.yaml:79:7
%8656 = mul %3233, %3234 : f64[] @ models/lib/nn.yaml:79:7
%8657 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8658 = sub %8657, %8656 : f64[] @ models/lib/nn.yaml:79:7
%8659 = cast %8658 : f32[] @ models/lib/nn.yaml:79:7
%8660 = broadcast %8659 : f32[16,64] @ models/lib/nn.yaml:79:7
%8661 = mul %49, %8660 : f32[16,64] @ models/lib/nn.yaml:79:7
%8662 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8663 = cast %8662 : f32[] @ models/lib/nn.yaml:79:7
%8664 = broadcast %8663 : f32[16,64] @ models/lib/nn.yaml:79:7
%8665 = mul %8650, %8664 : f32[16,64] @ models/lib/nn.yaml:79:7
%8666 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8667 = cast %8666 : f32[] @ models/lib/nn.yaml:79:7
%8668 = broadcast %8667 : f32[16,64] @ models/lib/nn.yaml:79:7
%8669 = mul %8651, %8668 : f32[16,64] @ models/lib/nn.yaml:79:7
%8670 = add %8669, %8665 : f32[16,64] @ models/lib/nn.yaml:79:7
%8671 = mul %8650, %8650 : f32[16,64] @ models/lib/nn.yaml:79:7
%8672 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8673 = cast %8672 : f32[] @ models/lib/nn.yaml:79:7
%8674 = broadcast %8673 : f32[16,64] @ models/lib/nn.yaml:79:7
%8675 = mul %8671, %8674 : f32[16,64] @ models/lib/nn.yaml:79:7
%8676 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8677 = cast %8676 : f32[] @ models/lib/nn.yaml:79:7
%8678 = broadcast %8677 : f32[16,64] @ models/lib/nn.yaml:79:7
%8679 = mul %8652, %8678 : f32[16,64] @ models/lib/nn.yaml:79:7
%8680 = add %8679, %8675 : f32[16,64] @ models/lib/nn.yaml:79:7
%8681 = cast %8655 : f64[] @ models/lib/nn.yaml:79:7
%8682 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8683 = pow %8682, %8681 : f64[] @ models/lib/nn.yaml:79:7
%8684 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8685 = sub %8684, %8683 : f64[] @ models/lib/nn.yaml:79:7
%8686 = div %3233, %8685 : f64[] @ models/lib/nn.yaml:79:7
%8687 = cast %8655 : f64[] @ models/lib/nn.yaml:79:7
%8688 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8689 = pow %8688, %8687 : f64[] @ models/lib/nn.yaml:79:7
%8690 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8691 = sub %8690, %8689 : f64[] @ models/lib/nn.yaml:79:7
%8692 = sqrt %8691 : f64[] @ models/lib/nn.yaml:79:7
%8693 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8694 = div %8693, %8692 : f64[] @ models/lib/nn.yaml:79:7
%8695 = sqrt %8680 : f32[16,64] @ models/lib/nn.yaml:79:7
%8696 = cast %8694 : f32[] @ models/lib/nn.yaml:79:7
%8697 = broadcast %8696 : f32[16,64] @ models/lib/nn.yaml:79:7
%8698 = mul %8695, %8697 : f32[16,64] @ models/lib/nn.yaml:79:7
%8699 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8700 = cast %8699 : f32[] @ models/lib/nn.yaml:79:7
%8701 = broadcast %8700 : f32[16,64] @ models/lib/nn.yaml:79:7
%8702 = add %8698, %8701 : f32[16,64] @ models/lib/nn.yaml:79:7
%8703 = div %8670, %8702 : f32[16,64] @ models/lib/nn.yaml:79:7
%8704 = cast %8686 : f32[] @ models/lib/nn.yaml:79:7
%8705 = broadcast %8704 : f32[16,64] @ models/lib/nn.yaml:79:7
%8706 = mul %8703, %8705 : f32[16,64] @ models/lib/nn.yaml:79:7
%8707 = sub %8661, %8706 : f32[16,64] @ models/lib/nn.yaml:79:7
%8708 = assign %49, %8707 : f32[16,64] @ models/lib/nn.yaml:79:7
%8709 = assign %8651, %8670 : f32[16,64] @ models/lib/nn.yaml:79:7
%8710 = assign %8652, %8680 : f32[16,64] @ models/lib/nn.yaml:79:7
%8711 = assign %8653, %8655 : i64[] @ models/lib/nn.yaml:79:7
%8712 = cast %3235 : f32[] @ models/lib/nn.yaml:79:7
%8713 = broadcast %8712 : f32[16,64] @ models/lib/nn.yaml:79:7
%8714 = mul %127, %8713 : f32[16,64] @ models/lib/nn.yaml:79:7
%8715 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8716 = sub %8715, %3235 : f64[] @ models/lib/nn.yaml:79:7
%8717 = cast %8716 : f32[] @ models/lib/nn.yaml:79:7
%8718 = broadcast %8717 : f32[16,64] @ models/lib/nn.yaml:79:7
%8719 = mul %8707, %8718 : f32[16,64] @ models/lib/nn.yaml:79:7
%8720 = add %8714, %8719 : f32[16,64] @ models/lib/nn.yaml:79:7
%8721 = assign %127, %8720 : f32[16,64] @ models/lib/nn.yaml:79:7
%8722 = all_reduce_sum %4583 : f32[16] @ models/lib/nn.yaml:80:7
%8723 = reshape %8722 : f32[16] @ models/lib/nn.yaml:80:7
%8724 = mul %8723, %8723 : f32[16] @ models/lib/nn.yaml:80:7
%8725 = reduce_sum %8724 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8726 = sqrt %8725 : f32[] @ models/lib/nn.yaml:80:7
%8727 = cast %8726 : f64[] @ models/lib/nn.yaml:80:7
%8728 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%8729 = add %8727, %8728 : f64[] @ models/lib/nn.yaml:80:7
%8730 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%8731 = div %8730, %8729 : f64[] @ models/lib/nn.yaml:80:7
%8732 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8733 = lt %8731, %8732 : bool[] @ models/lib/nn.yaml:80:7
%8734 = cast %8731 : f32[] @ models/lib/nn.yaml:80:7
%8735 = broadcast %8734 : f32[16] @ models/lib/nn.yaml:80:7
%8736 = mul %8722, %8735 : f32[16] @ models/lib/nn.yaml:80:7
%8737 = broadcast %8733 : bool[16] @ models/lib/nn.yaml:80:7
%8738 = select %8737, %8736, %8722 : f32[16] @ models/lib/nn.yaml:80:7
%8739 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8740 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8741 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8742 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%8743 = add %8741, %8742 : i64[] @ models/lib/nn.yaml:80:7
%8744 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%8745 = cast %8744 : f32[] @ models/lib/nn.yaml:80:7
%8746 = broadcast %8745 : f32[16] @ models/lib/nn.yaml:80:7
%8747 = mul %8738, %8746 : f32[16] @ models/lib/nn.yaml:80:7
%8748 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8749 = cast %8748 : f32[] @ models/lib/nn.yaml:80:7
%8750 = broadcast %8749 : f32[16] @ models/lib/nn.yaml:80:7
%8751 = mul %8739, %8750 : f32[16] @ models/lib/nn.yaml:80:7
%8752 = add %8751, %8747 : f32[16] @ models/lib/nn.yaml:80:7
%8753 = mul %8738, %8738 : f32[16] @ models/lib/nn.yaml:80:7
%8754 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%8755 = cast %8754 : f32[] @ models/lib/nn.yaml:80:7
%8756 = broadcast %8755 : f32[16] @ models/lib/nn.yaml:80:7
%8757 = mul %8753, %8756 : f32[16] @ models/lib/nn.yaml:80:7
%8758 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8759 = cast %8758 : f32[] @ models/lib/nn.yaml:80:7
%8760 = broadcast %8759 : f32[16] @ models/lib/nn.yaml:80:7
%8761 = mul %8740, %8760 : f32[16] @ models/lib/nn.yaml:80:7
%8762 = add %8761, %8757 : f32[16] @ models/lib/nn.yaml:80:7
%8763 = cast %8743 : f64[] @ models/lib/nn.yaml:80:7
%8764 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8765 = pow %8764, %8763 : f64[] @ models/lib/nn.yaml:80:7
%8766 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8767 = sub %8766, %8765 : f64[] @ models/lib/nn.yaml:80:7
%8768 = div %3233, %8767 : f64[] @ models/lib/nn.yaml:80:7
%8769 = cast %8743 : f64[] @ models/lib/nn.yaml:80:7
%8770 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8771 = pow %8770, %8769 : f64[] @ models/lib/nn.yaml:80:7
%8772 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8773 = sub %8772, %8771 : f64[] @ models/lib/nn.yaml:80:7
%8774 = sqrt %8773 : f64[] @ models/lib/nn.yaml:80:7
%8775 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8776 = div %8775, %8774 : f64[] @ models/lib/nn.yaml:80:7
%8777 = sqrt %8762 : f32[16] @ models/lib/nn.yaml:80:7
%8778 = cast %8776 : f32[] @ models/lib/nn.yaml:80:7
%8779 = broadcast %8778 : f32[16] @ models/lib/nn.yaml:80:7
%8780 = mul %8777, %8779 : f32[16] @ models/lib/nn.yaml:80:7
%8781 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%8782 = cast %8781 : f32[] @ models/lib/nn.yaml:80:7
%8783 = broadcast %8782 : f32[16] @ models/lib/nn.yaml:80:7
%8784 = add %8780, %8783 : f32[16] @ models/lib/nn.yaml:80:7
%8785 = div %8752, %8784 : f32[16] @ models/lib/nn.yaml:80:7
%8786 = cast %8768 : f32[] @ models/lib/nn.yaml:80:7
%8787 = broadcast %8786 : f32[16] @ models/lib/nn.yaml:80:7
%8788 = mul %8785, %8787 : f32[16] @ models/lib/nn.yaml:80:7
%8789 = sub %50, %8788 : f32[16] @ models/lib/nn.yaml:80:7
%8790 = assign %50, %8789 : f32[16] @ models/lib/nn.yaml:80:7
%8791 = assign %8739, %8752 : f32[16] @ models/lib/nn.yaml:80:7
%8792 = assign %8740, %8762 : f32[16] @ models/lib/nn.yaml:80:7
%8793 = assign %8741, %8743 : i64[] @ models/lib/nn.yaml:80:7
%8794 = cast %3235 : f32[] @ models/lib/nn.yaml:80:7
%8795 = broadcast %8794 : f32[16] @ models/lib/nn.yaml:80:7
%8796 = mul %128, %8795 : f32[16] @ models/lib/nn.yaml:80:7
%8797 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8798 = sub %8797, %3235 : f64[] @ models/lib/nn.yaml:80:7
%8799 = cast %8798 : f32[] @ models/lib/nn.yaml:80:7
%8800 = broadcast %8799 : f32[16] @ models/lib/nn.yaml:80:7
%8801 = mul %8789, %8800 : f32[16] @ models/lib/nn.yaml:80:7
%8802 = add %8796, %8801 : f32[16] @ models/lib/nn.yaml:80:7
%8803 = assign %128, %8802 : f32[16] @ models/lib/nn.yaml:80:7
%8804 = all_reduce_sum %4556 : f32[16] @ models/lib/nn.yaml:89:7
%8805 = reshape %8804 : f32[16] @ models/lib/nn.yaml:89:7
%8806 = mul %8805, %8805 : f32[16] @ models/lib/nn.yaml:89:7
%8807 = reduce_sum %8806 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8808 = sqrt %8807 : f32[] @ models/lib/nn.yaml:89:7
%8809 = cast %8808 : f64[] @ models/lib/nn.yaml:89:7
%8810 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%8811 = add %8809, %8810 : f64[] @ models/lib/nn.yaml:89:7
%8812 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%8813 = div %8812, %8811 : f64[] @ models/lib/nn.yaml:89:7
%8814 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8815 = lt %8813, %8814 : bool[] @ models/lib/nn.yaml:89:7
%8816 = cast %8813 : f32[] @ models/lib/nn.yaml:89:7
%8817 = broadcast %8816 : f32[16] @ models/lib/nn.yaml:89:7
%8818 = mul %8804, %8817 : f32[16] @ models/lib/nn.yaml:89:7
%8819 = broadcast %8815 : bool[16] @ models/lib/nn.yaml:89:7
%8820 = select %8819, %8818, %8804 : f32[16] @ models/lib/nn.yaml:89:7
%8821 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8822 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8823 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8824 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%8825 = add %8823, %8824 : i64[] @ models/lib/nn.yaml:89:7
%8826 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%8827 = cast %8826 : f32[] @ models/lib/nn.yaml:89:7
%8828 = broadcast %8827 : f32[16] @ models/lib/nn.yaml:89:7
%8829 = mul %8820, %8828 : f32[16] @ models/lib/nn.yaml:89:7
%8830 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%8831 = cast %8830 : f32[] @ models/lib/nn.yaml:89:7
%8832 = broadcast %8831 : f32[16] @ models/lib/nn.yaml:89:7
%8833 = mul %8821, %8832 : f32[16] @ models/lib/nn.yaml:89:7
%8834 = add %8833, %8829 : f32[16] @ models/lib/nn.yaml:89:7
%8835 = mul %8820, %8820 : f32[16] @ models/lib/nn.yaml:89:7
%8836 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%8837 = cast %8836 : f32[] @ models/lib/nn.yaml:89:7
%8838 = broadcast %8837 : f32[16] @ models/lib/nn.yaml:89:7
%8839 = mul %8835, %8838 : f32[16] @ models/lib/nn.yaml:89:7
%8840 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%8841 = cast %8840 : f32[] @ models/lib/nn.yaml:89:7
%8842 = broadcast %8841 : f32[16] @ models/lib/nn.yaml:89:7
%8843 = mul %8822, %8842 : f32[16] @ models/lib/nn.yaml:89:7
%8844 = add %8843, %8839 : f32[16] @ models/lib/nn.yaml:89:7
%8845 = cast %8825 : f64[] @ models/lib/nn.yaml:89:7
%8846 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%8847 = pow %8846, %8845 : f64[] @ models/lib/nn.yaml:89:7
%8848 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8849 = sub %8848, %8847 : f64[] @ models/lib/nn.yaml:89:7
%8850 = div %3233, %8849 : f64[] @ models/lib/nn.yaml:89:7
%8851 = cast %8825 : f64[] @ models/lib/nn.yaml:89:7
%8852 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%8853 = pow %8852, %8851 : f64[] @ models/lib/nn.yaml:89:7
%8854 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8855 = sub %8854, %8853 : f64[] @ models/lib/nn.yaml:89:7
%8856 = sqrt %8855 : f64[] @ models/lib/nn.yaml:89:7
%8857 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8858 = div %8857, %8856 : f64[] @ models/lib/nn.yaml:89:7
%8859 = sqrt %8844 : f32[16] @ models/lib/nn.yaml:89:7
%8860 = cast %8858 : f32[] @ models/lib/nn.yaml:89:7
%8861 = broadcast %8860 : f32[16] @ models/lib/nn.yaml:89:7
%8862 = mul %8859, %8861 : f32[16] @ models/lib/nn.yaml:89:7
%8863 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%8864 = cast %8863 : f32[] @ models/lib/nn.yaml:89:7
%8865 = broadcast %8864 : f32[16] @ models/lib/nn.yaml:89:7
%8866 = add %8862, %8865 : f32[16] @ models/lib/nn.yaml:89:7
%8867 = div %8834, %8866 : f32[16] @ models/lib/nn.yaml:89:7
%8868 = cast %8850 : f32[] @ models/lib/nn.yaml:89:7
%8869 = broadcast %8868 : f32[16] @ models/lib/nn.yaml:89:7
%8870 = mul %8867, %8869 : f32[16] @ models/lib/nn.yaml:89:7
%8871 = sub %51, %8870 : f32[16] @ models/lib/nn.yaml:89:7
%8872 = assign %51, %8871 : f32[16] @ models/lib/nn.yaml:89:7
%8873 = assign %8821, %8834 : f32[16] @ models/lib/nn.yaml:89:7
%8874 = assign %8822, %8844 : f32[16] @ models/lib/nn.yaml:89:7
%8875 = assign %8823, %8825 : i64[] @ models/lib/nn.yaml:89:7
%8876 = cast %3235 : f32[] @ models/lib/nn.yaml:89:7
%8877 = broadcast %8876 : f32[16] @ models/lib/nn.yaml:89:7
%8878 = mul %129, %8877 : f32[16] @ models/lib/nn.yaml:89:7
%8879 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8880 = sub %8879, %3235 : f64[] @ models/lib/nn.yaml:89:7
%8881 = cast %8880 : f32[] @ models/lib/nn.yaml:89:7
%8882 = broadcast %8881 : f32[16] @ models/lib/nn.yaml:89:7
%8883 = mul %8871, %8882 : f32[16] @ models/lib/nn.yaml:89:7
%8884 = add %8878, %8883 : f32[16] @ models/lib/nn.yaml:89:7
%8885 = assign %129, %8884 : f32[16] @ models/lib/nn.yaml:89:7
%8886 = all_reduce_sum %4551 : f32[16] @ models/lib/nn.yaml:90:7
%8887 = reshape %8886 : f32[16] @ models/lib/nn.yaml:90:7
%8888 = mul %8887, %8887 : f32[16] @ models/lib/nn.yaml:90:7
%8889 = reduce_sum %8888 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8890 = sqrt %8889 : f32[] @ models/lib/nn.yaml:90:7
%8891 = cast %8890 : f64[] @ models/lib/nn.yaml:90:7
%8892 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%8893 = add %8891, %8892 : f64[] @ models/lib/nn.yaml:90:7
%8894 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%8895 = div %8894, %8893 : f64[] @ models/lib/nn.yaml:90:7
%8896 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8897 = lt %8895, %8896 : bool[] @ models/lib/nn.yaml:90:7
%8898 = cast %8895 : f32[] @ models/lib/nn.yaml:90:7
%8899 = broadcast %8898 : f32[16] @ models/lib/nn.yaml:90:7
%8900 = mul %8886, %8899 : f32[16] @ models/lib/nn.yaml:90:7
%8901 = broadcast %8897 : bool[16] @ models/lib/nn.yaml:90:7
%8902 = select %8901, %8900, %8886 : f32[16] @ models/lib/nn.yaml:90:7
%8903 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8904 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8905 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8906 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%8907 = add %8905, %8906 : i64[] @ models/lib/nn.yaml:90:7
%8908 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%8909 = cast %8908 : f32[] @ models/lib/nn.yaml:90:7
%8910 = broadcast %8909 : f32[16] @ models/lib/nn.yaml:90:7
%8911 = mul %8902, %8910 : f32[16] @ models/lib/nn.yaml:90:7
%8912 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%8913 = cast %8912 : f32[] @ models/lib/nn.yaml:90:7
%8914 = broadcast %8913 : f32[16] @ models/lib/nn.yaml:90:7
%8915 = mul %8903, %8914 : f32[16] @ models/lib/nn.yaml:90:7
%8916 = add %8915, %8911 : f32[16] @ models/lib/nn.yaml:90:7
%8917 = mul %8902, %8902 : f32[16] @ models/lib/nn.yaml:90:7
%8918 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%8919 = cast %8918 : f32[] @ models/lib/nn.yaml:90:7
%8920 = broadcast %8919 : f32[16] @ models/lib/nn.yaml:90:7
%8921 = mul %8917, %8920 : f32[16] @ models/lib/nn.yaml:90:7
%8922 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%8923 = cast %8922 : f32[] @ models/lib/nn.yaml:90:7
%8924 = broadcast %8923 : f32[16] @ models/lib/nn.yaml:90:7
%8925 = mul %8904, %8924 : f32[16] @ models/lib/nn.yaml:90:7
%8926 = add %8925, %8921 : f32[16] @ models/lib/nn.yaml:90:7
%8927 = cast %8907 : f64[] @ models/lib/nn.yaml:90:7
%8928 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%8929 = pow %8928, %8927 : f64[] @ models/lib/nn.yaml:90:7
%8930 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8931 = sub %8930, %8929 : f64[] @ models/lib/nn.yaml:90:7
%8932 = div %3233, %8931 : f64[] @ models/lib/nn.yaml:90:7
%8933 = cast %8907 : f64[] @ models/lib/nn.yaml:90:7
%8934 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%8935 = pow %8934, %8933 : f64[] @ models/lib/nn.yaml:90:7
%8936 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8937 = sub %8936, %8935 : f64[] @ models/lib/nn.yaml:90:7
%8938 = sqrt %8937 : f64[] @ models/lib/nn.yaml:90:7
%8939 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8940 = div %8939, %8938 : f64[] @ models/lib/nn.yaml:90:7
%8941 = sqrt %8926 : f32[16] @ models/lib/nn.yaml:90:7
%8942 = cast %8940 : f32[] @ models/lib/nn.yaml:90:7
%8943 = broadcast %8942 : f32[16] @ models/lib/nn.yaml:90:7
%8944 = mul %8941, %8943 : f32[16] @ models/lib/nn.yaml:90:7
%8945 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%8946 = cast %8945 : f32[] @ models/lib/nn.yaml:90:7
%8947 = broadcast %8946 : f32[16] @ models/lib/nn.yaml:90:7
%8948 = add %8944, %8947 : f32[16] @ models/lib/nn.yaml:90:7
%8949 = div %8916, %8948 : f32[16] @ models/lib/nn.yaml:90:7
%8950 = cast %8932 : f32[] @ models/lib/nn.yaml:90:7
%8951 = broadcast %8950 : f32[16] @ models/lib/nn.yaml:90:7
%8952 = mul %8949, %8951 : f32[16] @ models/lib/nn.yaml:90:7
%8953 = sub %52, %8952 : f32[16] @ models/lib/nn.yaml:90:7
%8954 = assign %52, %8953 : f32[16] @ models/lib/nn.yaml:90:7
%8955 = assign %8903, %8916 : f32[16] @ models/lib/nn.yaml:90:7
%8956 = assign %8904, %8926 : f32[16] @ models/lib/nn.yaml:90:7
%8957 = assign %8905, %8907 : i64[] @ models/lib/nn.yaml:90:7
%8958 = cast %3235 : f32[] @ models/lib/nn.yaml:90:7
%8959 = broadcast %8958 : f32[16] @ models/lib/nn.yaml:90:7
%8960 = mul %130, %8959 : f32[16] @ models/lib/nn.yaml:90:7
%8961 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8962 = sub %8961, %3235 : f64[] @ models/lib/nn.yaml:90:7
%8963 = cast %8962 : f32[] @ models/lib/nn.yaml:90:7
%8964 = broadcast %8963 : f32[16] @ models/lib/nn.yaml:90:7
%8965 = mul %8953, %8964 : f32[16] @ models/lib/nn.yaml:90:7
%8966 = add %8960, %8965 : f32[16] @ models/lib/nn.yaml:90:7
%8967 = assign %130, %8966 : f32[16] @ models/lib/nn.yaml:90:7
%8968 = all_reduce_sum %4544 : f32[16,16] @ models/lib/nn.yaml:79:7
%8969 = reshape %8968 : f32[256] @ models/lib/nn.yaml:79:7
%8970 = mul %8969, %8969 : f32[256] @ models/lib/nn.yaml:79:7
%8971 = reduce_sum %8970 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8972 = sqrt %8971 : f32[] @ models/lib/nn.yaml:79:7
%8973 = cast %8972 : f64[] @ models/lib/nn.yaml:79:7
%8974 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%8975 = add %8973, %8974 : f64[] @ models/lib/nn.yaml:79:7
%8976 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%8977 = div %8976, %8975 : f64[] @ models/lib/nn.yaml:79:7
%8978 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8979 = lt %8977, %8978 : bool[] @ models/lib/nn.yaml:79:7
%8980 = cast %8977 : f32[] @ models/lib/nn.yaml:79:7
%8981 = broadcast %8980 : f32[16,16] @ models/lib/nn.yaml:79:7
%8982 = mul %8968, %8981 : f32[16,16] @ models/lib/nn.yaml:79:7
%8983 = broadcast %8979 : bool[16,16] @ models/lib/nn.yaml:79:7
%8984 = select %8983, %8982, %8968 : f32[16,16] @ models/lib/nn.yaml:79:7
%8985 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8986 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8987 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8988 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8989 = add %8987, %8988 : i64[] @ models/lib/nn.yaml:79:7
%8990 = mul %3233, %3234 : f64[] @ models/lib/nn.yaml:79:7
%8991 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8992 = sub %8991, %8990 : f64[] @ models/lib/nn.yaml:79:7
%8993 = cast %8992 : f32[] @ models/lib/nn.yaml:79:7
%8994 = broadcast %8993 : f32[16,16] @ models/lib/nn.yaml:79:7
%8995 = mul %53, %8994 : f32[16,16] @ models/lib/nn.yaml:79:7
%8996 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8997 = cast %8996 : f32[] @ models/lib/nn.yaml:79:7
%8998 = broadcast %8997 : f32[16,16] @ models/lib/nn.yaml:79:7
%8999 = mul %8984, %8998 : f32[16,16] @ models/lib/nn.yaml:79:7
%9000 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9001 = cast %9000 : f32[] @ models/lib/nn.yaml:79:7
%9002 = broadcast %9001 : f32[16,16] @ models/lib/nn.yaml:79:7
%9003 = mul %8985, %9002 : f32[16,16] @ models/lib/nn.yaml:79:7
%9004 = add %9003, %8999 : f32[16,16] @ models/lib/nn.yaml:79:7
%9005 = mul %8984, %8984 : f32[16,16] @ models/lib/nn.yaml:79:7
%9006 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%9007 = cast %9006 : f32[] @ models/lib/nn.yaml:79:7
%9008 = broadcast %9007 : f32[16,16] @ models/lib/nn.yaml:79:7
%9009 = mul %9005, %9008 : f32[16,16] @ models/lib/nn.yaml:79:7
%9010 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9011 = cast %9010 : f32[] @ models/lib/nn.yaml:79:7
%9012 = broadcast %9011 : f32[16,16] @ models/lib/nn.yaml:79:7
%9013 = mul %8986, %9012 : f32[16,16] @ models/lib/nn.yaml:79:7
%9014 = add %9013, %9009 : f32[16,16] @ models/lib/nn.yaml:79:7
%9015 = cast %8989 : f64[] @ models/lib/nn.yaml:79:7
%9016 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9017 = pow %9016, %9015 : f64[] @ models/lib/nn.yaml:79:7
%9018 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9019 = sub %9018, %9017 : f64[] @ models/lib/nn.yaml:79:7
%9020 = div %3233, %9019 : f64[] @ models/lib/nn.yaml:79:7
%9021 = cast %8989 : f64[] @ models/lib/nn.yaml:79:7
%9022 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9023 = pow %9022, %9021 : f64[] @ models/lib/nn.yaml:79:7
%9024 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9025 = sub %9024, %9023 : f64[] @ models/lib/nn.yaml:79:7
%9026 = sqrt %9025 : f64[] @ models/lib/nn.yaml:79:7
%9027 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9028 = div %9027, %9026 : f64[] @ models/lib/nn.yaml:79:7
%9029 = sqrt %9014 : f32[16,16] @ models/lib/nn.yaml:79:7
%9030 = cast %9028 : f32[] @ models/lib/nn.yaml:79:7
%9031 = broadcast %9030 : f32[16,16] @ models/lib/nn.yaml:79:7
%9032 = mul %9029, %9031 : f32[16,16] @ models/lib/nn.yaml:79:7
%9033 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%9034 = cast %9033 : f32[] @ models/lib/nn.yaml:79:7
%9035 = broadcast %9034 : f32[16,16] @ models/lib/nn.yaml:79:7
%9036 = add %9032, %9035 : f32[16,16] @ models/lib/nn.yaml:79:7
%9037 = div %9004, %9036 : f32[16,16] @ models/lib/nn.yaml:79:7
%9038 = cast %9020 : f32[] @ models/lib/nn.yaml:79:7
%9039 = broadcast %9038 : f32[16,16] @ models/lib/nn.yaml:79:7
%9040 = mul %9037, %9039 : f32[16,16] @ models/lib/nn.yaml:79:7
%9041 = sub %8995, %9040 : f32[16,16] @ models/lib/nn.yaml:79:7
%9042 = assign %53, %9041 : f32[16,16] @ models/lib/nn.yaml:79:7
%9043 = assign %8985, %9004 : f32[16,16] @ models/lib/nn.yaml:79:7
%9044 = assign %8986, %9014 : f32[16,16] @ models/lib/nn.yaml:79:7
%9045 = assign %8987, %8989 : i64[] @ models/lib/nn.yaml:79:7
%9046 = cast %3235 : f32[] @ models/lib/nn.yaml:79:7
%9047 = broadcast %9046 : f32[16,16] @ models/lib/nn.yaml:79:7
%9048 = mul %131, %9047 : f32[16,16] @ models/lib/nn.yaml:79:7
%9049 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9050 = sub %9049, %3235 : f64[] @ models/lib/nn.yaml:79:7
%9051 = cast %9050 : f32[] @ models/lib/nn.yaml:79:7
%9052 = broadcast %9051 : f32[16,16] @ models/lib/nn.yaml:79:7
%9053 = mul %9041, %9052 : f32[16,16] @ models/lib/nn.yaml:79:7
%9054 = add %9048, %9053 : f32[16,16] @ models/lib/nn.yaml:79:7
%9055 = assign %131, %9054 : f32[16,16] @ models/lib/nn.yaml:79:7
%9056 = all_reduce_sum %4539 : f32[16] @ models/lib/nn.yaml:80:7
%9057 = reshape %9056 : f32[16] @ models/lib/nn.yaml:80:7
%9058 = mul %9057, %9057 : f32[16] @ models/lib/nn.yaml:80:7
%9059 = reduce_sum %9058 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9060 = sqrt %9059 : f32[] @ models/lib/nn.yaml:80:7
%9061 = cast %9060 : f64[] @ models/lib/nn.yaml:80:7
%9062 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%9063 = add %9061, %9062 : f64[] @ models/lib/nn.yaml:80:7
%9064 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%9065 = div %9064, %9063 : f64[] @ models/lib/nn.yaml:80:7
%9066 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9067 = lt %9065, %9066 : bool[] @ models/lib/nn.yaml:80:7
%9068 = cast %9065 : f32[] @ models/lib/nn.yaml:80:7
%9069 = broadcast %9068 : f32[16] @ models/lib/nn.yaml:80:7
%9070 = mul %9056, %9069 : f32[16] @ models/lib/nn.yaml:80:7
%9071 = broadcast %9067 : bool[16] @ models/lib/nn.yaml:80:7
%9072 = select %9071, %9070, %9056 : f32[16] @ models/lib/nn.yaml:80:7
%9073 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9074 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9075 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9076 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%9077 = add %9075, %9076 : i64[] @ models/lib/nn.yaml:80:7
%9078 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%9079 = cast %9078 : f32[] @ models/lib/nn.yaml:80:7
%9080 = broadcast %9079 : f32[16] @ models/lib/nn.yaml:80:7
%9081 = mul %9072, %9080 : f32[16] @ models/lib/nn.yaml:80:7
%9082 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9083 = cast %9082 : f32[] @ models/lib/nn.yaml:80:7
%9084 = broadcast %9083 : f32[16] @ models/lib/nn.yaml:80:7
%9085 = mul %9073, %9084 : f32[16] @ models/lib/nn.yaml:80:7
%9086 = add %9085, %9081 : f32[16] @ models/lib/nn.yaml:80:7
%9087 = mul %9072, %9072 : f32[16] @ models/lib/nn.yaml:80:7
%9088 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%9089 = cast %9088 : f32[] @ models/lib/nn.yaml:80:7
%9090 = broadcast %9089 : f32[16] @ models/lib/nn.yaml:80:7
%9091 = mul %9087, %9090 : f32[16] @ models/lib/nn.yaml:80:7
%9092 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9093 = cast %9092 : f32[] @ models/lib/nn.yaml:80:7
%9094 = broadcast %9093 : f32[16] @ models/lib/nn.yaml:80:7
%9095 = mul %9074, %9094 : f32[16] @ models/lib/nn.yaml:80:7
%9096 = add %9095, %9091 : f32[16] @ models/lib/nn.yaml:80:7
%9097 = cast %9077 : f64[] @ models/lib/nn.yaml:80:7
%9098 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9099 = pow %9098, %9097 : f64[] @ models/lib/nn.yaml:80:7
%9100 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9101 = sub %9100, %9099 : f64[] @ models/lib/nn.yaml:80:7
%9102 = div %3233, %9101 : f64[] @ models/lib/nn.yaml:80:7
%9103 = cast %9077 : f64[] @ models/lib/nn.yaml:80:7
%9104 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9105 = pow %9104, %9103 : f64[] @ models/lib/nn.yaml:80:7
%9106 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9107 = sub %9106, %9105 : f64[] @ models/lib/nn.yaml:80:7
%9108 = sqrt %9107 : f64[] @ models/lib/nn.yaml:80:7
%9109 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9110 = div %9109, %9108 : f64[] @ models/lib/nn.yaml:80:7
%9111 = sqrt %9096 : f32[16] @ models/lib/nn.yaml:80:7
%9112 = cast %9110 : f32[] @ models/lib/nn.yaml:80:7
%9113 = broadcast %9112 : f32[16] @ models/lib/nn.yaml:80:7
%9114 = mul %9111, %9113 : f32[16] @ models/lib/nn.yaml:80:7
%9115 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%9116 = cast %9115 : f32[] @ models/lib/nn.yaml:80:7
%9117 = broadcast %9116 : f32[16] @ models/lib/nn.yaml:80:7
%9118 = add %9114, %9117 : f32[16] @ models/lib/nn.yaml:80:7
%9119 = div %9086, %9118 : f32[16] @ models/lib/nn.yaml:80:7
%9120 = cast %9102 : f32[] @ models/lib/nn.yaml:80:7
%9121 = broadcast %9120 : f32[16] @ models/lib/nn.yaml:80:7
%9122 = mul %9119, %9121 : f32[16] @ models/lib/nn.yaml:80:7
%9123 = sub %54, %9122 : f32[16] @ models/lib/nn.yaml:80:7
%9124 = assign %54, %9123 : f32[16] @ models/lib/nn.yaml:80:7
%9125 = assign %9073, %9086 : f32[16] @ models/lib/nn.yaml:80:7
%9126 = assign %9074, %9096 : f32[16] @ models/lib/nn.yaml:80:7
%9127 = assign %9075, %9077 : i64[] @ models/lib/nn.yaml:80:7
%9128 = cast %3235 : f32[] @ models/lib/nn.yaml:80:7
%9129 = broadcast %9128 : f32[16] @ models/lib/nn.yaml:80:7
%9130 = mul %132, %9129 : f32[16] @ models/lib/nn.yaml:80:7
%9131 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9132 = sub %9131, %3235 : f64[] @ models/lib/nn.yaml:80:7
%9133 = cast %9132 : f32[] @ models/lib/nn.yaml:80:7
%9134 = broadcast %9133 : f32[16] @ models/lib/nn.yaml:80:7
%9135 = mul %9123, %9134 : f32[16] @ models/lib/nn.yaml:80:7
%9136 = add %9130, %9135 : f32[16] @ models/lib/nn.yaml:80:7
%9137 = assign %132, %9136 : f32[16] @ models/lib/nn.yaml:80:7
%9138 = all_reduce_sum %4534 : f32[16,16] @ models/lib/nn.yaml:79:7
%9139 = reshape %9138 : f32[256] @ models/lib/nn.yaml:79:7
%9140 = mul %9139, %9139 : f32[256] @ models/lib/nn.yaml:79:7
%9141 = reduce_sum %9140 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9142 = sqrt %9141 : f32[] @ models/lib/nn.yaml:79:7
%9143 = cast %9142 : f64[] @ models/lib/nn.yaml:79:7
%9144 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%9145 = add %9143, %9144 : f64[] @ models/lib/nn.yaml:79:7
%9146 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%9147 = div %9146, %9145 : f64[] @ models/lib/nn.yaml:79:7
%9148 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9149 = lt %9147, %9148 : bool[] @ models/lib/nn.yaml:79:7
%9150 = cast %9147 : f32[] @ models/lib/nn.yaml:79:7
%9151 = broadcast %9150 : f32[16,16] @ models/lib/nn.yaml:79:7
%9152 = mul %9138, %9151 : f32[16,16] @ models/lib/nn.yaml:79:7
%9153 = broadcast %9149 : bool[16,16] @ models/lib/nn.yaml:79:7
%9154 = select %9153, %9152, %9138 : f32[16,16] @ models/lib/nn.yaml:79:7
%9155 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9156 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9157 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9158 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%9159 = add %9157, %9158 : i64[] @ models/lib/nn.yaml:79:7
%9160 = mul %3233, %3234 : f64[] @ models/lib/nn.yaml:79:7
%9161 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9162 = sub %9161, %9160 : f64[] @ models/lib/nn.yaml:79:7
%9163 = cast %9162 : f32[] @ models/lib/nn.yaml:79:7
%9164 = broadcast %9163 : f32[16,16] @ models/lib/nn.yaml:79:7
%9165 = mul %55, %9164 : f32[16,16] @ models/lib/nn.yaml:79:7
%9166 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%9167 = cast %9166 : f32[] @ models/lib/nn.yaml:79:7
%9168 = broadcast %9167 : f32[16,16] @ models/lib/nn.yaml:79:7
%9169 = mul %9154, %9168 : f32[16,16] @ models/lib/nn.yaml:79:7
%9170 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9171 = cast %9170 : f32[] @ models/lib/nn.yaml:79:7
%9172 = broadcast %9171 : f32[16,16] @ models/lib/nn.yaml:79:7
%9173 = mul %9155, %9172 : f32[16,16] @ models/lib/nn.yaml:79:7
%9174 = add %9173, %9169 : f32[16,16] @ models/lib/nn.yaml:79:7
%9175 = mul %9154, %9154 : f32[16,16] @ models/lib/nn.yaml:79:7
%9176 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%9177 = cast %9176 : f32[] @ models/lib/nn.yaml:79:7
%9178 = broadcast %9177 : f32[16,16] @ models/lib/nn.yaml:79:7
%9179 = mul %9175, %9178 : f32[16,16] @ models/lib/nn.yaml:79:7
%9180 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9181 = cast %9180 : f32[] @ models/lib/nn.yaml:79:7
%9182 = broadcast %9181 : f32[16,16] @ models/lib/nn.yaml:79:7
%9183 = mul %9156, %9182 : f32[16,16] @ models/lib/nn.yaml:79:7
%9184 = add %9183, %9179 : f32[16,16] @ models/lib/nn.yaml:79:7
%9185 = cast %9159 : f64[] @ models/lib/nn.yaml:79:7
%9186 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9187 = pow %9186, %9185 : f64[] @ models/lib/nn.yaml:79:7
%9188 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9189 = sub %9188, %9187 : f64[] @ models/lib/nn.yaml:79:7
%9190 = div %3233, %9189 : f64[] @ models/lib/nn.yaml:79:7
%9191 = cast %9159 : f64[] @ models/lib/nn.yaml:79:7
%9192 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9193 = pow %9192, %9191 : f64[] @ models/lib/nn.yaml:79:7
%9194 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9195 = sub %9194, %9193 : f64[] @ models/lib/nn.yaml:79:7
%9196 = sqrt %9195 : f64[] @ models/lib/nn.yaml:79:7
%9197 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9198 = div %9197, %9196 : f64[] @ models/lib/nn.yaml:79:7
%9199 = sqrt %9184 : f32[16,16] @ models/lib/nn.yaml:79:7
%9200 = cast %9198 : f32[] @ models/lib/nn.yaml:79:7
%9201 = broadcast %9200 : f32[16,16] @ models/lib/nn.yaml:79:7
%9202 = mul %9199, %9201 : f32[16,16] @ models/lib/nn.yaml:79:7
%9203 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%9204 = cast %9203 : f32[] @ models/lib/nn.yaml:79:7
%9205 = broadcast %9204 : f32[16,16] @ models/lib/nn.yaml:79:7
%9206 = add %9202, %9205 : f32[16,16] @ models/lib/nn.yaml:79:7
%9207 = div %9174, %9206 : f32[16,16] @ models/lib/nn.yaml:79:7
%9208 = cast %9190 : f32[] @ models/lib/nn.yaml:79:7
%9209 = broadcast %9208 : f32[16,16] @ models/lib/nn.yaml:79:7
%9210 = mul %9207, %9209 : f32[16,16] @ models/lib/nn.yaml:79:7
%9211 = sub %9165, %9210 : f32[16,16] @ models/lib/nn.yaml:79:7
%9212 = assign %55, %9211 : f32[16,16] @ models/lib/nn.yaml:79:7
%9213 = assign %9155, %9174 : f32[16,16] @ models/lib/nn.yaml:79:7
%9214 = assign %9156, %9184 : f32[16,16] @ models/lib/nn.yaml:79:7
%9215 = assign %9157, %9159 : i64[] @ models/lib/nn.yaml:79:7
%9216 = cast %3235 : f32[] @ models/lib/nn.yaml:79:7
%9217 = broadcast %9216 : f32[16,16] @ models/lib/nn.yaml:79:7
%9218 = mul %133, %9217 : f32[16,16] @ models/lib/nn.yaml:79:7
%9219 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9220 = sub %9219, %3235 : f64[] @ models/lib/nn.yaml:79:7
%9221 = cast %9220 : f32[] @ models/lib/nn.yaml:79:7
%9222 = broadcast %9221 : f32[16,16] @ models/lib/nn.yaml:79:7
%9223 = mul %9211, %9222 : f32[16,16] @ models/lib/nn.yaml:79:7
%9224 = add %9218, %9223 : f32[16,16] @ models/lib/nn.yaml:79:7
%9225 = assign %133, %9224 : f32[16,16] @ models/lib/nn.yaml:79:7
%9226 = all_reduce_sum %4528 : f32[16] @ models/lib/nn.yaml:80:7
%9227 = reshape %9226 : f32[16] @ models/lib/nn.yaml:80:7
%9228 = mul %9227, %9227 : f32[16] @ models/lib/nn.yaml:80:7
%9229 = reduce_sum %9228 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9230 = sqrt %9229 : f32[] @ models/lib/nn.yaml:80:7
%9231 = cast %9230 : f64[] @ models/lib/nn.yaml:80:7
%9232 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%9233 = add %9231, %9232 : f64[] @ models/lib/nn.yaml:80:7
%9234 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%9235 = div %9234, %9233 : f64[] @ models/lib/nn.yaml:80:7
%9236 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9237 = lt %9235, %9236 : bool[] @ models/lib/nn.yaml:80:7
%9238 = cast %9235 : f32[] @ models/lib/nn.yaml:80:7
%9239 = broadcast %9238 : f32[16] @ models/lib/nn.yaml:80:7
%9240 = mul %9226, %9239 : f32[16] @ models/lib/nn.yaml:80:7
%9241 = broadcast %9237 : bool[16] @ models/lib/nn.yaml:80:7
%9242 = select %9241, %9240, %9226 : f32[16] @ models/lib/nn.yaml:80:7
%9243 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9244 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9245 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9246 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%9247 = add %9245, %9246 : i64[] @ models/lib/nn.yaml:80:7
%9248 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%9249 = cast %9248 : f32[] @ models/lib/nn.yaml:80:7
%9250 = broadcast %9249 : f32[16] @ models/lib/nn.yaml:80:7
%9251 = mul %9242, %9250 : f32[16] @ models/lib/nn.yaml:80:7
%9252 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9253 = cast %9252 : f32[] @ models/lib/nn.yaml:80:7
%9254 = broadcast %9253 : f32[16] @ models/lib/nn.yaml:80:7
%9255 = mul %9243, %9254 : f32[16] @ models/lib/nn.yaml:80:7
%9256 = add %9255, %9251 : f32[16] @ models/lib/nn.yaml:80:7
%9257 = mul %9242, %9242 : f32[16] @ models/lib/nn.yaml:80:7
%9258 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%9259 = cast %9258 : f32[] @ models/lib/nn.yaml:80:7
%9260 = broadcast %9259 : f32[16] @ models/lib/nn.yaml:80:7
%9261 = mul %9257, %9260 : f32[16] @ models/lib/nn.yaml:80:7
%9262 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9263 = cast %9262 : f32[] @ models/lib/nn.yaml:80:7
%9264 = broadcast %9263 : f32[16] @ models/lib/nn.yaml:80:7
%9265 = mul %9244, %9264 : f32[16] @ models/lib/nn.yaml:80:7
%9266 = add %9265, %9261 : f32[16] @ models/lib/nn.yaml:80:7
%9267 = cast %9247 : f64[] @ models/lib/nn.yaml:80:7
%9268 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9269 = pow %9268, %9267 : f64[] @ models/lib/nn.yaml:80:7
%9270 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9271 = sub %9270, %9269 : f64[] @ models/lib/nn.yaml:80:7
%9272 = div %3233, %9271 : f64[] @ models/lib/nn.yaml:80:7
%9273 = cast %9247 : f64[] @ models/lib/nn.yaml:80:7
%9274 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9275 = pow %9274, %9273 : f64[] @ models/lib/nn.yaml:80:7
%9276 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9277 = sub %9276, %9275 : f64[] @ models/lib/nn.yaml:80:7
%9278 = sqrt %9277 : f64[] @ models/lib/nn.yaml:80:7
%9279 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9280 = div %9279, %9278 : f64[] @ models/lib/nn.yaml:80:7
%9281 = sqrt %9266 : f32[16] @ models/lib/nn.yaml:80:7
%9282 = cast %9280 : f32[] @ models/lib/nn.yaml:80:7
%9283 = broadcast %9282 : f32[16] @ models/lib/nn.yaml:80:7
%9284 = mul %9281, %9283 : f32[16] @ models/lib/nn.yaml:80:7
%9285 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%9286 = cast %9285 : f32[] @ models/lib/nn.yaml:80:7
%9287 = broadcast %9286 : f32[16] @ models/lib/nn.yaml:80:7
%9288 = add %9284, %9287 : f32[16] @ models/lib/nn.yaml:80:7
%9289 = div %9256, %9288 : f32[16] @ models/lib/nn.yaml:80:7
%9290 = cast %9272 : f32[] @ models/lib/nn.yaml:80:7
%9291 = broadcast %9290 : f32[16] @ models/lib/nn.yaml:80:7
%9292 = mul %9289, %9291 : f32[16] @ models/lib/nn.yaml:80:7
%9293 = sub %56, %9292 : f32[16] @ models/lib/nn.yaml:80:7
%9294 = assign %56, %9293 : f32[16] @ models/lib/nn.yaml:80:7
%9295 = assign %9243, %9256 : f32[16] @ models/lib/nn.yaml:80:7
%9296 = assign %9244, %9266 : f32[16] @ models/lib/nn.yaml:80:7
%9297 = assign %9245, %9247 : i64[] @ models/lib/nn.yaml:80:7
%9298 = cast %3235 : f32[] @ models/lib/nn.yaml:80:7
%9299 = broadcast %9298 : f32[16] @ models/lib/nn.yaml:80:7
%9300 = mul %134, %9299 : f32[16] @ models/lib/nn.yaml:80:7
%9301 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9302 = sub %9301, %3235 : f64[] @ models/lib/nn.yaml:80:7
%9303 = cast %9302 : f32[] @ models/lib/nn.yaml:80:7
%9304 = broadcast %9303 : f32[16] @ models/lib/nn.yaml:80:7
%9305 = mul %9293, %9304 : f32[16] @ models/lib/nn.yaml:80:7
%9306 = add %9300, %9305 : f32[16] @ models/lib/nn.yaml:80:7
%9307 = assign %134, %9306 : f32[16] @ models/lib/nn.yaml:80:7
%9308 = all_reduce_sum %4521 : f32[16,16] @ models/lib/nn.yaml:79:7
%9309 = reshape %9308 : f32[256] @ models/lib/nn.yaml:79:7
%9310 = mul %9309, %9309 : f32[256] @ models/lib/nn.yaml:79:7
%9311 = reduce_sum %9310 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9312 = sqrt %9311 : f32[] @ models/lib/nn.yaml:79:7
%9313 = cast %9312 : f64[] @ models/lib/nn.yaml:79:7
%9314 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%9315 = add %9313, %9314 : f64[] @ models/lib/nn.yaml:79:7
%9316 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%9317 = div %9316, %9315 : f64[] @ models/lib/nn.yaml:79:7
%9318 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9319 = lt %9317, %9318 : bool[] @ models/lib/nn.yaml:79:7
%9320 = cast %9317 : f32[] @ models/lib/nn.yaml:79:7
%9321 = broadcast %9320 : f32[16,16] @ models/lib/nn.yaml:79:7
%9322 = mul %9308, %9321 : f32[16,16] @ models/lib/nn.yaml:79:7
%9323 = broadcast %9319 : bool[16,16] @ models/lib/nn.yaml:79:7
%9324 = select %9323, %9322, %9308 : f32[16,16] @ models/lib/nn.yaml:79:7
%9325 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9326 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9327 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9328 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%9329 = add %9327, %9328 : i64[] @ models/lib/nn.yaml:79:7
%9330 = mul %3233, %3234 : f64[] @ models/lib/nn.yaml:79:7
%9331 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9332 = sub %9331, %9330 : f64[] @ models/lib/nn.yaml:79:7
%9333 = cast %9332 : f32[] @ models/lib/nn.yaml:79:7
%9334 = broadcast %9333 : f32[16,16] @ models/lib/nn.yaml:79:7
%9335 = mul %57, %9334 : f32[16,16] @ models/lib/nn.yaml:79:7
%9336 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%9337 = cast %9336 : f32[] @ models/lib/nn.yaml:79:7
%9338 = broadcast %9337 : f32[16,16] @ models/lib/nn.yaml:79:7
%9339 = mul %9324, %9338 : f32[16,16] @ models/lib/nn.yaml:79:7
%9340 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9341 = cast %9340 : f32[] @ models/lib/nn.yaml:79:7
%9342 = broadcast %9341 : f32[16,16] @ models/lib/nn.yaml:79:7
%9343 = mul %9325, %9342 : f32[16,16] @ models/lib/nn.yaml:79:7
%9344 = add %9343, %9339 : f32[16,16] @ models/lib/nn.yaml:79:7
%9345 = mul %9324, %9324 : f32[16,16] @ models/lib/nn.yaml:79:7
%9346 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%9347 = cast %9346 : f32[] @ models/lib/nn.yaml:79:7
%9348 = broadcast %9347 : f32[16,16] @ models/lib/nn.yaml:79:7
%9349 = mul %9345, %9348 : f32[16,16] @ models/lib/nn.yaml:79:7
%9350 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9351 = cast %9350 : f32[] @ models/lib/nn.yaml:79:7
%9352 = broadcast %9351 : f32[16,16] @ models/lib/nn.yaml:79:7
%9353 = mul %9326, %9352 : f32[16,16] @ models/lib/nn.yaml:79:7
%9354 = add %9353, %9349 : f32[16,16] @ models/lib/nn.yaml:79:7
%9355 = cast %9329 : f64[] @ models/lib/nn.yaml:79:7
%9356 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9357 = pow %9356, %9355 : f64[] @ models/lib/nn.yaml:79:7
%9358 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9359 = sub %9358, %9357 : f64[] @ models/lib/nn.yaml:79:7
%9360 = div %3233, %9359 : f64[] @ models/lib/nn.yaml:79:7
%9361 = cast %9329 : f64[] @ models/lib/nn.yaml:79:7
%9362 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9363 = pow %9362, %9361 : f64[] @ models/lib/nn.yaml:79:7
%9364 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9365 = sub %9364, %9363 : f64[] @ models/lib/nn.yaml:79:7
%9366 = sqrt %9365 : f64[] @ models/lib/nn.yaml:79:7
%9367 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9368 = div %9367, %9366 : f64[] @ models/lib/nn.yaml:79:7
%9369 = sqrt %9354 : f32[16,16] @ models/lib/nn.yaml:79:7
%9370 = cast %9368 : f32[] @ models/lib/nn.yaml:79:7
%9371 = broadcast %9370 : f32[16,16] @ models/lib/nn.yaml:79:7
%9372 = mul %9369, %9371 : f32[16,16] @ models/lib/nn.yaml:79:7
%9373 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%9374 = cast %9373 : f32[] @ models/lib/nn.yaml:79:7
%9375 = broadcast %9374 : f32[16,16] @ models/lib/nn.yaml:79:7
%9376 = add %9372, %9375 : f32[16,16] @ models/lib/nn.yaml:79:7
%9377 = div %9344, %9376 : f32[16,16] @ models/lib/nn.yaml:79:7
%9378 = cast %9360 : f32[] @ models/lib/nn.yaml:79:7
%9379 = broadcast %9378 : f32[16,16] @ models/lib/nn.yaml:79:7
%9380 = mul %9377, %9379 : f32[16,16] @ models/lib/nn.yaml:79:7
%9381 = sub %9335, %9380 : f32[16,16] @ models/lib/nn.yaml:79:7
%9382 = assign %57, %9381 : f32[16,16] @ models/lib/nn.yaml:79:7
%9383 = assign %9325, %9344 : f32[16,16] @ models/lib/nn.yaml:79:7
%9384 = assign %9326, %9354 : f32[16,16] @ models/lib/nn.yaml:79:7
%9385 = assign %9327, %9329 : i64[] @ models/lib/nn.yaml:79:7
%9386 = cast %3235 : f32[] @ models/lib/nn.yaml:79:7
%9387 = broadcast %9386 : f32[16,16] @ models/lib/nn.yaml:79:7
%9388 = mul %135, %9387 : f32[16,16] @ models/lib/nn.yaml:79:7
%9389 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9390 = sub %9389, %3235 : f64[] @ models/lib/nn.yaml:79:7
%9391 = cast %9390 : f32[] @ models/lib/nn.yaml:79:7
%9392 = broadcast %9391 : f32[16,16] @ models/lib/nn.yaml:79:7
%9393 = mul %9381, %9392 : f32[16,16] @ models/lib/nn.yaml:79:7
%9394 = add %9388, %9393 : f32[16,16] @ models/lib/nn.yaml:79:7
%9395 = assign %135, %9394 : f32[16,16] @ models/lib/nn.yaml:79:7
%9396 = all_reduce_sum %4516 : f32[16] @ models/lib/nn.yaml:80:7
%9397 = reshape %9396 : f32[16] @ models/lib/nn.yaml:80:7
%9398 = mul %9397, %9397 : f32[16] @ models/lib/nn.yaml:80:7
%9399 = reduce_sum %9398 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9400 = sqrt %9399 : f32[] @ models/lib/nn.yaml:80:7
%9401 = cast %9400 : f64[] @ models/lib/nn.yaml:80:7
%9402 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%9403 = add %9401, %9402 : f64[] @ models/lib/nn.yaml:80:7
%9404 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%9405 = div %9404, %9403 : f64[] @ models/lib/nn.yaml:80:7
%9406 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9407 = lt %9405, %9406 : bool[] @ models/lib/nn.yaml:80:7
%9408 = cast %9405 : f32[] @ models/lib/nn.yaml:80:7
%9409 = broadcast %9408 : f32[16] @ models/lib/nn.yaml:80:7
%9410 = mul %9396, %9409 : f32[16] @ models/lib/nn.yaml:80:7
%9411 = broadcast %9407 : bool[16] @ models/lib/nn.yaml:80:7
%9412 = select %9411, %9410, %9396 : f32[16] @ models/lib/nn.yaml:80:7
%9413 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9414 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9415 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9416 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%9417 = add %9415, %9416 : i64[] @ models/lib/nn.yaml:80:7
%9418 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%9419 = cast %9418 : f32[] @ models/lib/nn.yaml:80:7
%9420 = broadcast %9419 : f32[16] @ models/lib/nn.yaml:80:7
%9421 = mul %9412, %9420 : f32[16] @ models/lib/nn.yaml:80:7
%9422 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9423 = cast %9422 : f32[] @ models/lib/nn.yaml:80:7
%9424 = broadcast %9423 : f32[16] @ models/lib/nn.yaml:80:7
%9425 = mul %9413, %9424 : f32[16] @ models/lib/nn.yaml:80:7
%9426 = add %9425, %9421 : f32[16] @ models/lib/nn.yaml:80:7
%9427 = mul %9412, %9412 : f32[16] @ models/lib/nn.yaml:80:7
%9428 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%9429 = cast %9428 : f32[] @ models/lib/nn.yaml:80:7
%9430 = broadcast %9429 : f32[16] @ models/lib/nn.yaml:80:7
%9431 = mul %9427, %9430 : f32[16] @ models/lib/nn.yaml:80:7
%9432 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9433 = cast %9432 : f32[] @ models/lib/nn.yaml:80:7
%9434 = broadcast %9433 : f32[16] @ models/lib/nn.yaml:80:7
%9435 = mul %9414, %9434 : f32[16] @ models/lib/nn.yaml:80:7
%9436 = add %9435, %9431 : f32[16] @ models/lib/nn.yaml:80:7
%9437 = cast %9417 : f64[] @ models/lib/nn.yaml:80:7
%9438 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9439 = pow %9438, %9437 : f64[] @ models/lib/nn.yaml:80:7
%9440 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9441 = sub %9440, %9439 : f64[] @ models/lib/nn.yaml:80:7
%9442 = div %3233, %9441 : f64[] @ models/lib/nn.yaml:80:7
%9443 = cast %9417 : f64[] @ models/lib/nn.yaml:80:7
%9444 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9445 = pow %9444, %9443 : f64[] @ models/lib/nn.yaml:80:7
%9446 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9447 = sub %9446, %9445 : f64[] @ models/lib/nn.yaml:80:7
%9448 = sqrt %9447 : f64[] @ models/lib/nn.yaml:80:7
%9449 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9450 = div %9449, %9448 : f64[] @ models/lib/nn.yaml:80:7
%9451 = sqrt %9436 : f32[16] @ models/lib/nn.yaml:80:7
%9452 = cast %9450 : f32[] @ models/lib/nn.yaml:80:7
%9453 = broadcast %9452 : f32[16] @ models/lib/nn.yaml:80:7
%9454 = mul %9451, %9453 : f32[16] @ models/lib/nn.yaml:80:7
%9455 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%9456 = cast %9455 : f32[] @ models/lib/nn.yaml:80:7
%9457 = broadcast %9456 : f32[16] @ models/lib/nn.yaml:80:7
%9458 = add %9454, %9457 : f32[16] @ models/lib/nn.yaml:80:7
%9459 = div %9426, %9458 : f32[16] @ models/lib/nn.yaml:80:7
%9460 = cast %9442 : f32[] @ models/lib/nn.yaml:80:7
%9461 = broadcast %9460 : f32[16] @ models/lib/nn.yaml:80:7
%9462 = mul %9459, %9461 : f32[16] @ models/lib/nn.yaml:80:7
%9463 = sub %58, %9462 : f32[16] @ models/lib/nn.yaml:80:7
%9464 = assign %58, %9463 : f32[16] @ models/lib/nn.yaml:80:7
%9465 = assign %9413, %9426 : f32[16] @ models/lib/nn.yaml:80:7
%9466 = assign %9414, %9436 : f32[16] @ models/lib/nn.yaml:80:7
%9467 = assign %9415, %9417 : i64[] @ models/lib/nn.yaml:80:7
%9468 = cast %3235 : f32[] @ models/lib/nn.yaml:80:7
%9469 = broadcast %9468 : f32[16] @ models/lib/nn.yaml:80:7
%9470 = mul %136, %9469 : f32[16] @ models/lib/nn.yaml:80:7
%9471 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9472 = sub %9471, %3235 : f64[] @ models/lib/nn.yaml:80:7
%9473 = cast %9472 : f32[] @ models/lib/nn.yaml:80:7
%9474 = broadcast %9473 : f32[16] @ models/lib/nn.yaml:80:7
%9475 = mul %9463, %9474 : f32[16] @ models/lib/nn.yaml:80:7
%9476 = add %9470, %9475 : f32[16] @ models/lib/nn.yaml:80:7
%9477 = assign %136, %9476 : f32[16] @ models/lib/nn.yaml:80:7
%9478 = all_reduce_sum %4472 : f32[16,16] @ models/lib/nn.yaml:79:7
%9479 = reshape %9478 : f32[256] @ models/lib/nn.yaml:79:7
%9480 = mul %9479, %9479 : f32[256] @ models/lib/nn.yaml:79:7
%9481 = reduce_sum %9480 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9482 = sqrt %9481 : f32[] @ models/lib/nn.yaml:79:7
%9483 = cast %9482 : f64[] @ models/lib/nn.yaml:79:7
%9484 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%9485 = add %9483, %9484 : f64[] @ models/lib/nn.yaml:79:7
%9486 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%9487 = div %9486, %9485 : f64[] @ models/lib/nn.yaml:79:7
%9488 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9489 = lt %9487, %9488 : bool[] @ models/lib/nn.yaml:79:7
%9490 = cast %9487 : f32[] @ models/lib/nn.yaml:79:7
%9491 = broadcast %9490 : f32[16,16] @ models/lib/nn.yaml:79:7
%9492 = mul %9478, %9491 : f32[16,16] @ models/lib/nn.yaml:79:7
%9493 = broadcast %9489 : bool[16,16] @ models/lib/nn.yaml:79:7
%9494 = select %9493, %9492, %9478 : f32[16,16] @ models/lib/nn.yaml:79:7
%9495 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9496 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9497 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9498 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%9499 = add %9497, %9498 : i64[] @ models/lib/nn.yaml:79:7
%9500 = mul %3233, %3234 : f64[] @ models/lib/nn.yaml:79:7
%9501 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9502 = sub %9501, %9500 : f64[] @ models/lib/nn.yaml:79:7
%9503 = cast %9502 : f32[] @ models/lib/nn.yaml:79:7
%9504 = broadcast %9503 : f32[16,16] @ models/lib/nn.yaml:79:7
%9505 = mul %59, %9504 : f32[16,16] @ models/lib/nn.yaml:79:7
%9506 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%9507 = cast %9506 : f32[] @ models/lib/nn.yaml:79:7
%9508 = broadcast %9507 : f32[16,16] @ models/lib/nn.yaml:79:7
%9509 = mul %9494, %9508 : f32[16,16] @ models/lib/nn.yaml:79:7
%9510 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9511 = cast %9510 : f32[] @ models/lib/nn.yaml:79:7
%9512 = broadcast %9511 : f32[16,16] @ models/lib/nn.yaml:79:7
%9513 = mul %9495, %9512 : f32[16,16] @ models/lib/nn.yaml:79:7
%9514 = add %9513, %9509 : f32[16,16] @ models/lib/nn.yaml:79:7
%9515 = mul %9494, %9494 : f32[16,16] @ models/lib/nn.yaml:79:7
%9516 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%9517 = cast %9516 : f32[] @ models/lib/nn.yaml:79:7
%9518 = broadcast %9517 : f32[16,16] @ models/lib/nn.yaml:79:7
%9519 = mul %9515, %9518 : f32[16,16] @ models/lib/nn.yaml:79:7
%9520 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9521 = cast %9520 : f32[] @ models/lib/nn.yaml:79:7
%9522 = broadcast %9521 : f32[16,16] @ models/lib/nn.yaml:79:7
%9523 = mul %9496, %9522 : f32[16,16] @ models/lib/nn.yaml:79:7
%9524 = add %9523, %9519 : f32[16,16] @ models/lib/nn.yaml:79:7
%9525 = cast %9499 : f64[] @ models/lib/nn.yaml:79:7
%9526 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9527 = pow %9526, %9525 : f64[] @ models/lib/nn.yaml:79:7
%9528 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9529 = sub %9528, %9527 : f64[] @ models/lib/nn.yaml:79:7
%9530 = div %3233, %9529 : f64[] @ models/lib/nn.yaml:79:7
%9531 = cast %9499 : f64[] @ models/lib/nn.yaml:79:7
%9532 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9533 = pow %9532, %9531 : f64[] @ models/lib/nn.yaml:79:7
%9534 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9535 = sub %9534, %9533 : f64[] @ models/lib/nn.yaml:79:7
%9536 = sqrt %9535 : f64[] @ models/lib/nn.yaml:79:7
%9537 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9538 = div %9537, %9536 : f64[] @ models/lib/nn.yaml:79:7
%9539 = sqrt %9524 : f32[16,16] @ models/lib/nn.yaml:79:7
%9540 = cast %9538 : f32[] @ models/lib/nn.yaml:79:7
%9541 = broadcast %9540 : f32[16,16] @ models/lib/nn.yaml:79:7
%9542 = mul %9539, %9541 : f32[16,16] @ models/lib/nn.yaml:79:7
%9543 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%9544 = cast %9543 : f32[] @ models/lib/nn.yaml:79:7
%9545 = broadcast %9544 : f32[16,16] @ models/lib/nn.yaml:79:7
%9546 = add %9542, %9545 : f32[16,16] @ models/lib/nn.yaml:79:7
%9547 = div %9514, %9546 : f32[16,16] @ models/lib/nn.yaml:79:7
%9548 = cast %9530 : f32[] @ models/lib/nn.yaml:79:7
%9549 = broadcast %9548 : f32[16,16] @ models/lib/nn.yaml:79:7
%9550 = mul %9547, %9549 : f32[16,16] @ models/lib/nn.yaml:79:7
%9551 = sub %9505, %9550 : f32[16,16] @ models/lib/nn.yaml:79:7
%9552 = assign %59, %9551 : f32[16,16] @ models/lib/nn.yaml:79:7
%9553 = assign %9495, %9514 : f32[16,16] @ models/lib/nn.yaml:79:7
%9554 = assign %9496, %9524 : f32[16,16] @ models/lib/nn.yaml:79:7
%9555 = assign %9497, %9499 : i64[] @ models/lib/nn.yaml:79:7
%9556 = cast %3235 : f32[] @ models/lib/nn.yaml:79:7
%9557 = broadcast %9556 : f32[16,16] @ models/lib/nn.yaml:79:7
%9558 = mul %137, %9557 : f32[16,16] @ models/lib/nn.yaml:79:7
%9559 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9560 = sub %9559, %3235 : f64[] @ models/lib/nn.yaml:79:7
%9561 = cast %9560 : f32[] @ models/lib/nn.yaml:79:7
%9562 = broadcast %9561 : f32[16,16] @ models/lib/nn.yaml:79:7
%9563 = mul %9551, %9562 : f32[16,16] @ models/lib/nn.yaml:79:7
%9564 = add %9558, %9563 : f32[16,16] @ models/lib/nn.yaml:79:7
%9565 = assign %137, %9564 : f32[16,16] @ models/lib/nn.yaml:79:7
%9566 = all_reduce_sum %4467 : f32[16] @ models/lib/nn.yaml:80:7
%9567 = reshape %9566 : f32[16] @ models/lib/nn.yaml:80:7
%9568 = mul %9567, %9567 : f32[16] @ models/lib/nn.yaml:80:7
%9569 = reduce_sum %9568 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9570 = sqrt %9569 : f32[] @ models/lib/nn.yaml:80:7
%9571 = cast %9570 : f64[] @ models/lib/nn.yaml:80:7
%9572 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%9573 = add %9571, %9572 : f64[] @ models/lib/nn.yaml:80:7
%9574 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%9575 = div %9574, %9573 : f64[] @ models/lib/nn.yaml:80:7
%9576 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9577 = lt %9575, %9576 : bool[] @ models/lib/nn.yaml:80:7
%9578 = cast %9575 : f32[] @ models/lib/nn.yaml:80:7
%9579 = broadcast %9578 : f32[16] @ models/lib/nn.yaml:80:7
%9580 = mul %9566, %9579 : f32[16] @ models/lib/nn.yaml:80:7
%9581 = broadcast %9577 : bool[16] @ models/lib/nn.yaml:80:7
%9582 = select %9581, %9580, %9566 : f32[16] @ models/lib/nn.yaml:80:7
%9583 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9584 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9585 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9586 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%9587 = add %9585, %9586 : i64[] @ models/lib/nn.yaml:80:7
%9588 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%9589 = cast %9588 : f32[] @ models/lib/nn.yaml:80:7
%9590 = broadcast %9589 : f32[16] @ models/lib/nn.yaml:80:7
%9591 = mul %9582, %9590 : f32[16] @ models/lib/nn.yaml:80:7
%9592 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9593 = cast %9592 : f32[] @ models/lib/nn.yaml:80:7
%9594 = broadcast %9593 : f32[16] @ models/lib/nn.yaml:80:7
%9595 = mul %9583, %9594 : f32[16] @ models/lib/nn.yaml:80:7
%9596 = add %9595, %9591 : f32[16] @ models/lib/nn.yaml:80:7
%9597 = mul %9582, %9582 : f32[16] @ models/lib/nn.yaml:80:7
%9598 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%9599 = cast %9598 : f32[] @ models/lib/nn.yaml:80:7
%9600 = broadcast %9599 : f32[16] @ models/lib/nn.yaml:80:7
%9601 = mul %9597, %9600 : f32[16] @ models/lib/nn.yaml:80:7
%9602 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9603 = cast %9602 : f32[] @ models/lib/nn.yaml:80:7
%9604 = broadcast %9603 : f32[16] @ models/lib/nn.yaml:80:7
%9605 = mul %9584, %9604 : f32[16] @ models/lib/nn.yaml:80:7
%9606 = add %9605, %9601 : f32[16] @ models/lib/nn.yaml:80:7
%9607 = cast %9587 : f64[] @ models/lib/nn.yaml:80:7
%9608 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9609 = pow %9608, %9607 : f64[] @ models/lib/nn.yaml:80:7
%9610 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9611 = sub %9610, %9609 : f64[] @ models/lib/nn.yaml:80:7
%9612 = div %3233, %9611 : f64[] @ models/lib/nn.yaml:80:7
%9613 = cast %9587 : f64[] @ models/lib/nn.yaml:80:7
%9614 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9615 = pow %9614, %9613 : f64[] @ models/lib/nn.yaml:80:7
%9616 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9617 = sub %9616, %9615 : f64[] @ models/lib/nn.yaml:80:7
%9618 = sqrt %9617 : f64[] @ models/lib/nn.yaml:80:7
%9619 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9620 = div %9619, %9618 : f64[] @ models/lib/nn.yaml:80:7
%9621 = sqrt %9606 : f32[16] @ models/lib/nn.yaml:80:7
%9622 = cast %9620 : f32[] @ models/lib/nn.yaml:80:7
%9623 = broadcast %9622 : f32[16] @ models/lib/nn.yaml:80:7
%9624 = mul %9621, %9623 : f32[16] @ models/lib/nn.yaml:80:7
%9625 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%9626 = cast %9625 : f32[] @ models/lib/nn.yaml:80:7
%9627 = broadcast %9626 : f32[16] @ models/lib/nn.yaml:80:7
%9628 = add %9624, %9627 : f32[16] @ models/lib/nn.yaml:80:7
%9629 = div %9596, %9628 : f32[16] @ models/lib/nn.yaml:80:7
%9630 = cast %9612 : f32[] @ models/lib/nn.yaml:80:7
%9631 = broadcast %9630 : f32[16] @ models/lib/nn.yaml:80:7
%9632 = mul %9629, %9631 : f32[16] @ models/lib/nn.yaml:80:7
%9633 = sub %60, %9632 : f32[16] @ models/lib/nn.yaml:80:7
%9634 = assign %60, %9633 : f32[16] @ models/lib/nn.yaml:80:7
%9635 = assign %9583, %9596 : f32[16] @ models/lib/nn.yaml:80:7
%9636 = assign %9584, %9606 : f32[16] @ models/lib/nn.yaml:80:7
%9637 = assign %9585, %9587 : i64[] @ models/lib/nn.yaml:80:7
%9638 = cast %3235 : f32[] @ models/lib/nn.yaml:80:7
%9639 = broadcast %9638 : f32[16] @ models/lib/nn.yaml:80:7
%9640 = mul %138, %9639 : f32[16] @ models/lib/nn.yaml:80:7
%9641 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9642 = sub %9641, %3235 : f64[] @ models/lib/nn.yaml:80:7
%9643 = cast %9642 : f32[] @ models/lib/nn.yaml:80:7
%9644 = broadcast %9643 : f32[16] @ models/lib/nn.yaml:80:7
%9645 = mul %9633, %9644 : f32[16] @ models/lib/nn.yaml:80:7
%9646 = add %9640, %9645 : f32[16] @ models/lib/nn.yaml:80:7
%9647 = assign %138, %9646 : f32[16] @ models/lib/nn.yaml:80:7
%9648 = all_reduce_sum %4443 : f32[16] @ models/lib/nn.yaml:89:7
%9649 = reshape %9648 : f32[16] @ models/lib/nn.yaml:89:7
%9650 = mul %9649, %9649 : f32[16] @ models/lib/nn.yaml:89:7
%9651 = reduce_sum %9650 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9652 = sqrt %9651 : f32[] @ models/lib/nn.yaml:89:7
%9653 = cast %9652 : f64[] @ models/lib/nn.yaml:89:7
%9654 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%9655 = add %9653, %9654 : f64[] @ models/lib/nn.yaml:89:7
%9656 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%9657 = div %9656, %9655 : f64[] @ models/lib/nn.yaml:89:7
%9658 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9659 = lt %9657, %9658 : bool[] @ models/lib/nn.yaml:89:7
%9660 = cast %9657 : f32[] @ models/lib/nn.yaml:89:7
%9661 = broadcast %9660 : f32[16] @ models/lib/nn.yaml:89:7
%9662 = mul %9648, %9661 : f32[16] @ models/lib/nn.yaml:89:7
%9663 = broadcast %9659 : bool[16] @ models/lib/nn.yaml:89:7
%9664 = select %9663, %9662, %9648 : f32[16] @ models/lib/nn.yaml:89:7
%9665 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9666 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9667 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9668 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%9669 = add %9667, %9668 : i64[] @ models/lib/nn.yaml:89:7
%9670 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%9671 = cast %9670 : f32[] @ models/lib/nn.yaml:89:7
%9672 = broadcast %9671 : f32[16] @ models/lib/nn.yaml:89:7
%9673 = mul %9664, %9672 : f32[16] @ models/lib/nn.yaml:89:7
%9674 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%9675 = cast %9674 : f32[] @ models/lib/nn.yaml:89:7
%9676 = broadcast %9675 : f32[16] @ models/lib/nn.yaml:89:7
%9677 = mul %9665, %9676 : f32[16] @ models/lib/nn.yaml:89:7
%9678 = add %9677, %9673 : f32[16] @ models/lib/nn.yaml:89:7
%9679 = mul %9664, %9664 : f32[16] @ models/lib/nn.yaml:89:7
%9680 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%9681 = cast %9680 : f32[] @ models/lib/nn.yaml:89:7
%9682 = broadcast %9681 : f32[16] @ models/lib/nn.yaml:89:7
%9683 = mul %9679, %9682 : f32[16] @ models/lib/nn.yaml:89:7
%9684 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%9685 = cast %9684 : f32[] @ models/lib/nn.yaml:89:7
%9686 = broadcast %9685 : f32[16] @ models/lib/nn.yaml:89:7
%9687 = mul %9666, %9686 : f32[16] @ models/lib/nn.yaml:89:7
%9688 = add %9687, %9683 : f32[16] @ models/lib/nn.yaml:89:7
%9689 = cast %9669 : f64[] @ models/lib/nn.yaml:89:7
%9690 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%9691 = pow %9690, %9689 : f64[] @ models/lib/nn.yaml:89:7
%9692 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9693 = sub %9692, %9691 : f64[] @ models/lib/nn.yaml:89:7
%9694 = div %3233, %9693 : f64[] @ models/lib/nn.yaml:89:7
%9695 = cast %9669 : f64[] @ models/lib/nn.yaml:89:7
%9696 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%9697 = pow %9696, %9695 : f64[] @ models/lib/nn.yaml:89:7
%9698 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9699 = sub %9698, %9697 : f64[] @ models/lib/nn.yaml:89:7
%9700 = sqrt %9699 : f64[] @ models/lib/nn.yaml:89:7
%9701 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9702 = div %9701, %9700 : f64[] @ models/lib/nn.yaml:89:7
%9703 = sqrt %9688 : f32[16] @ models/lib/nn.yaml:89:7
%9704 = cast %9702 : f32[] @ models/lib/nn.yaml:89:7
%9705 = broadcast %9704 : f32[16] @ models/lib/nn.yaml:89:7
%9706 = mul %9703, %9705 : f32[16] @ models/lib/nn.yaml:89:7
%9707 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%9708 = cast %9707 : f32[] @ models/lib/nn.yaml:89:7
%9709 = broadcast %9708 : f32[16] @ models/lib/nn.yaml:89:7
%9710 = add %9706, %9709 : f32[16] @ models/lib/nn.yaml:89:7
%9711 = div %9678, %9710 : f32[16] @ models/lib/nn.yaml:89:7
%9712 = cast %9694 : f32[] @ models/lib/nn.yaml:89:7
%9713 = broadcast %9712 : f32[16] @ models/lib/nn.yaml:89:7
%9714 = mul %9711, %9713 : f32[16] @ models/lib/nn.yaml:89:7
%9715 = sub %61, %9714 : f32[16] @ models/lib/nn.yaml:89:7
%9716 = assign %61, %9715 : f32[16] @ models/lib/nn.yaml:89:7
%9717 = assign %9665, %9678 : f32[16] @ models/lib/nn.yaml:89:7
%9718 = assign %9666, %9688 : f32[16] @ models/lib/nn.yaml:89:7
%9719 = assign %9667, %9669 : i64[] @ models/lib/nn.yaml:89:7
%9720 = cast %3235 : f32[] @ models/lib/nn.yaml:89:7
%9721 = broadcast %9720 : f32[16] @ models/lib/nn.yaml:89:7
%9722 = mul %139, %9721 : f32[16] @ models/lib/nn.yaml:89:7
%9723 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9724 = sub %9723, %3235 : f64[] @ models/lib/nn.yaml:89:7
%9725 = cast %9724 : f32[] @ models/lib/nn.yaml:89:7
%9726 = broadcast %9725 : f32[16] @ models/lib/nn.yaml:89:7
%9727 = mul %9715, %9726 : f32[16] @ models/lib/nn.yaml:89:7
%9728 = add %9722, %9727 : f32[16] @ models/lib/nn.yaml:89:7
%9729 = assign %139, %9728 : f32[16] @ models/lib/nn.yaml:89:7
%9730 = all_reduce_sum %4438 : f32[16] @ models/lib/nn.yaml:90:7
%9731 = reshape %9730 : f32[16] @ models/lib/nn.yaml:90:7
%9732 = mul %9731, %9731 : f32[16] @ models/lib/nn.yaml:90:7
%9733 = reduce_sum %9732 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9734 = sqrt %9733 : f32[] @ models/lib/nn.yaml:90:7
%9735 = cast %9734 : f64[] @ models/lib/nn.yaml:90:7
%9736 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%9737 = add %9735, %9736 : f64[] @ models/lib/nn.yaml:90:7
%9738 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%9739 = div %9738, %9737 : f64[] @ models/lib/nn.yaml:90:7
%9740 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9741 = lt %9739, %9740 : bool[] @ models/lib/nn.yaml:90:7
%9742 = cast %9739 : f32[] @ models/lib/nn.yaml:90:7
%9743 = broadcast %9742 : f32[16] @ models/lib/nn.yaml:90:7
%9744 = mul %9730, %9743 : f32[16] @ models/lib/nn.yaml:90:7
%9745 = broadcast %9741 : bool[16] @ models/lib/nn.yaml:90:7
%9746 = select %9745, %9744, %9730 : f32[16] @ models/lib/nn.yaml:90:7
%9747 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9748 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9749 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9750 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%9751 = add %9749, %9750 : i64[] @ models/lib/nn.yaml:90:7
%9752 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%9753 = cast %9752 : f32[] @ models/lib/nn.yaml:90:7
%9754 = broadcast %9753 : f32[16] @ models/lib/nn.yaml:90:7
%9755 = mul %9746, %9754 : f32[16] @ models/lib/nn.yaml:90:7
%9756 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%9757 = cast %9756 : f32[] @ models/lib/nn.yaml:90:7
%9758 = broadcast %9757 : f32[16] @ models/lib/nn.yaml:90:7
%9759 = mul %9747, %9758 : f32[16] @ models/lib/nn.yaml:90:7
%9760 = add %9759, %9755 : f32[16] @ models/lib/nn.yaml:90:7
%9761 = mul %9746, %9746 : f32[16] @ models/lib/nn.yaml:90:7
%9762 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%9763 = cast %9762 : f32[] @ models/lib/nn.yaml:90:7
%9764 = broadcast %9763 : f32[16] @ models/lib/nn.yaml:90:7
%9765 = mul %9761, %9764 : f32[16] @ models/lib/nn.yaml:90:7
%9766 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%9767 = cast %9766 : f32[] @ models/lib/nn.yaml:90:7
%9768 = broadcast %9767 : f32[16] @ models/lib/nn.yaml:90:7
%9769 = mul %9748, %9768 : f32[16] @ models/lib/nn.yaml:90:7
%9770 = add %9769, %9765 : f32[16] @ models/lib/nn.yaml:90:7
%9771 = cast %9751 : f64[] @ models/lib/nn.yaml:90:7
%9772 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%9773 = pow %9772, %9771 : f64[] @ models/lib/nn.yaml:90:7
%9774 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9775 = sub %9774, %9773 : f64[] @ models/lib/nn.yaml:90:7
%9776 = div %3233, %9775 : f64[] @ models/lib/nn.yaml:90:7
%9777 = cast %9751 : f64[] @ models/lib/nn.yaml:90:7
%9778 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%9779 = pow %9778, %9777 : f64[] @ models/lib/nn.yaml:90:7
%9780 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9781 = sub %9780, %9779 : f64[] @ models/lib/nn.yaml:90:7
%9782 = sqrt %9781 : f64[] @ models/lib/nn.yaml:90:7
%9783 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9784 = div %9783, %9782 : f64[] @ models/lib/nn.yaml:90:7
%9785 = sqrt %9770 : f32[16] @ models/lib/nn.yaml:90:7
%9786 = cast %9784 : f32[] @ models/lib/nn.yaml:90:7
%9787 = broadcast %9786 : f32[16] @ models/lib/nn.yaml:90:7
%9788 = mul %9785, %9787 : f32[16] @ models/lib/nn.yaml:90:7
%9789 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%9790 = cast %9789 : f32[] @ models/lib/nn.yaml:90:7
%9791 = broadcast %9790 : f32[16] @ models/lib/nn.yaml:90:7
%9792 = add %9788, %9791 : f32[16] @ models/lib/nn.yaml:90:7
%9793 = div %9760, %9792 : f32[16] @ models/lib/nn.yaml:90:7
%9794 = cast %9776 : f32[] @ models/lib/nn.yaml:90:7
%9795 = broadcast %9794 : f32[16] @ models/lib/nn.yaml:90:7
%9796 = mul %9793, %9795 : f32[16] @ models/lib/nn.yaml:90:7
%9797 = sub %62, %9796 : f32[16] @ models/lib/nn.yaml:90:7
%9798 = assign %62, %9797 : f32[16] @ models/lib/nn.yaml:90:7
%9799 = assign %9747, %9760 : f32[16] @ models/lib/nn.yaml:90:7
%9800 = assign %9748, %9770 : f32[16] @ models/lib/nn.yaml:90:7
%9801 = assign %9749, %9751 : i64[] @ models/lib/nn.yaml:90:7
%9802 = cast %3235 : f32[] @ models/lib/nn.yaml:90:7
%9803 = broadcast %9802 : f32[16] @ models/lib/nn.yaml:90:7
%9804 = mul %140, %9803 : f32[16] @ models/lib/nn.yaml:90:7
%9805 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9806 = sub %9805, %3235 : f64[] @ models/lib/nn.yaml:90:7
%9807 = cast %9806 : f32[] @ models/lib/nn.yaml:90:7
%9808 = broadcast %9807 : f32[16] @ models/lib/nn.yaml:90:7
%9809 = mul %9797, %9808 : f32[16] @ models/lib/nn.yaml:90:7
%9810 = add %9804, %9809 : f32[16] @ models/lib/nn.yaml:90:7
%9811 = assign %140, %9810 : f32[16] @ models/lib/nn.yaml:90:7
%9812 = all_reduce_sum %4435 : f32[64,16] @ models/lib/nn.yaml:79:7
%9813 = reshape %9812 : f32[1024] @ models/lib/nn.yaml:79:7
%9814 = mul %9813, %9813 : f32[1024] @ models/lib/nn.yaml:79:7
%9815 = reduce_sum %9814 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9816 = sqrt %9815 : f32[] @ models/lib/nn.yaml:79:7
%9817 = cast %9816 : f64[] @ models/lib/nn.yaml:79:7
%9818 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%9819 = add %9817, %9818 : f64[] @ models/lib/nn.yaml:79:7
%9820 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%9821 = div %9820, %9819 : f64[] @ models/lib/nn.yaml:79:7
%9822 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9823 = lt %9821, %9822 : bool[] @ models/lib/nn.yaml:79:7
%9824 = cast %9821 : f32[] @ models/lib/nn.yaml:79:7
%9825 = broadcast %9824 : f32[64,16] @ models/lib/nn.yaml:79:7
%9826 = mul %9812, %9825 : f32[64,16] @ models/lib/nn.yaml:79:7
%9827 = broadcast %9823 : bool[64,16] @ models/lib/nn.yaml:79:7
%9828 = select %9827, %9826, %9812 : f32[64,16] @ models/lib/nn.yaml:79:7
%9829 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9830 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9831 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9832 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%9833 = add %9831, %9832 : i64[] @ models/lib/nn.yaml:79:7
%9834 = mul %3233, %3234 : f64[] @ models/lib/nn.yaml:79:7
%9835 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9836 = sub %9835, %9834 : f64[] @ models/lib/nn.yaml:79:7
%9837 = cast %9836 : f32[] @ models/lib/nn.yaml:79:7
%9838 = broadcast %9837 : f32[64,16] @ models/lib/nn.yaml:79:7
%9839 = mul %63, %9838 : f32[64,16] @ models/lib/nn.yaml:79:7
%9840 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%9841 = cast %9840 : f32[] @ models/lib/nn.yaml:79:7
%9842 = broadcast %9841 : f32[64,16] @ models/lib/nn.yaml:79:7
%9843 = mul %9828, %9842 : f32[64,16] @ models/lib/nn.yaml:79:7
%9844 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9845 = cast %9844 : f32[] @ models/lib/nn.yaml:79:7
%9846 = broadcast %9845 : f32[64,16] @ models/lib/nn.yaml:79:7
%9847 = mul %9829, %9846 : f32[64,16] @ models/lib/nn.yaml:79:7
%9848 = add %9847, %9843 : f32[64,16] @ models/lib/nn.yaml:79:7
%9849 = mul %9828, %9828 : f32[64,16] @ models/lib/nn.yaml:79:7
%9850 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%9851 = cast %9850 : f32[] @ models/lib/nn.yaml:79:7
%9852 = broadcast %9851 : f32[64,16] @ models/lib/nn.yaml:79:7
%9853 = mul %9849, %9852 : f32[64,16] @ models/lib/nn.yaml:79:7
%9854 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9855 = cast %9854 : f32[] @ models/lib/nn.yaml:79:7
%9856 = broadcast %9855 : f32[64,16] @ models/lib/nn.yaml:79:7
%9857 = mul %9830, %9856 : f32[64,16] @ models/lib/nn.yaml:79:7
%9858 = add %9857, %9853 : f32[64,16] @ models/lib/nn.yaml:79:7
%9859 = cast %9833 : f64[] @ models/lib/nn.yaml:79:7
%9860 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9861 = pow %9860, %9859 : f64[] @ models/lib/nn.yaml:79:7
%9862 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9863 = sub %9862, %9861 : f64[] @ models/lib/nn.yaml:79:7
%9864 = div %3233, %9863 : f64[] @ models/lib/nn.yaml:79:7
%9865 = cast %9833 : f64[] @ models/lib/nn.yaml:79:7
%9866 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9867 = pow %9866, %9865 : f64[] @ models/lib/nn.yaml:79:7
%9868 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9869 = sub %9868, %9867 : f64[] @ models/lib/nn.yaml:79:7
%9870 = sqrt %9869 : f64[] @ models/lib/nn.yaml:79:7
%9871 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9872 = div %9871, %9870 : f64[] @ models/lib/nn.yaml:79:7
%9873 = sqrt %9858 : f32[64,16] @ models/lib/nn.yaml:79:7
%9874 = cast %9872 : f32[] @ models/lib/nn.yaml:79:7
%9875 = broadcast %9874 : f32[64,16] @ models/lib/nn.yaml:79:7
%9876 = mul %9873, %9875 : f32[64,16] @ models/lib/nn.yaml:79:7
%9877 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%9878 = cast %9877 : f32[] @ models/lib/nn.yaml:79:7
%9879 = broadcast %9878 : f32[64,16] @ models/lib/nn.yaml:79:7
%9880 = add %9876, %9879 : f32[64,16] @ models/lib/nn.yaml:79:7
%9881 = div %9848, %9880 : f32[64,16] @ models/lib/nn.yaml:79:7
%9882 = cast %9864 : f32[] @ models/lib/nn.yaml:79:7
%9883 = broadcast %9882 : f32[64,16] @ models/lib/nn.yaml:79:7
%9884 = mul %9881, %9883 : f32[64,16] @ models/lib/nn.yaml:79:7
%9885 = sub %9839, %9884 : f32[64,16] @ models/lib/nn.yaml:79:7
%9886 = assign %63, %9885 : f32[64,16] @ models/lib/nn.yaml:79:7
%9887 = assign %9829, %9848 : f32[64,16] @ models/lib/nn.yaml:79:7
%9888 = assign %9830, %9858 : f32[64,16] @ models/lib/nn.yaml:79:7
%9889 = assign %9831, %9833 : i64[] @ models/lib/nn.yaml:79:7
%9890 = cast %3235 : f32[] @ models/lib/nn.yaml:79:7
%9891 = broadcast %9890 : f32[64,16] @ models/lib/nn.yaml:79:7
%9892 = mul %141, %9891 : f32[64,16] @ models/lib/nn.yaml:79:7
%9893 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9894 = sub %9893, %3235 : f64[] @ models/lib/nn.yaml:79:7
%9895 = cast %9894 : f32[] @ models/lib/nn.yaml:79:7
%9896 = broadcast %9895 : f32[64,16] @ models/lib/nn.yaml:79:7
%9897 = mul %9885, %9896 : f32[64,16] @ models/lib/nn.yaml:79:7
%9898 = add %9892, %9897 : f32[64,16] @ models/lib/nn.yaml:79:7
%9899 = assign %141, %9898 : f32[64,16] @ models/lib/nn.yaml:79:7
%9900 = all_reduce_sum %4430 : f32[64] @ models/lib/nn.yaml:80:7
%9901 = reshape %9900 : f32[64] @ models/lib/nn.yaml:80:7
%9902 = mul %9901, %9901 : f32[64] @ models/lib/nn.yaml:80:7
%9903 = reduce_sum %9902 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9904 = sqrt %9903 : f32[] @ models/lib/nn.yaml:80:7
%9905 = cast %9904 : f64[] @ models/lib/nn.yaml:80:7
%9906 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%9907 = add %9905, %9906 : f64[] @ models/lib/nn.yaml:80:7
%9908 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%9909 = div %9908, %9907 : f64[] @ models/lib/nn.yaml:80:7
%9910 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9911 = lt %9909, %9910 : bool[] @ models/lib/nn.yaml:80:7
%9912 = cast %9909 : f32[] @ models/lib/nn.yaml:80:7
%9913 = broadcast %9912 : f32[64] @ models/lib/nn.yaml:80:7
%9914 = mul %9900, %9913 : f32[64] @ models/lib/nn.yaml:80:7
%9915 = broadcast %9911 : bool[64] @ models/lib/nn.yaml:80:7
%9916 = select %9915, %9914, %9900 : f32[64] @ models/lib/nn.yaml:80:7
%9917 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9918 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9919 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9920 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%9921 = add %9919, %9920 : i64[] @ models/lib/nn.yaml:80:7
%9922 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%9923 = cast %9922 : f32[] @ models/lib/nn.yaml:80:7
%9924 = broadcast %9923 : f32[64] @ models/lib/nn.yaml:80:7
%9925 = mul %9916, %9924 : f32[64] @ models/lib/nn.yaml:80:7
%9926 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9927 = cast %9926 : f32[] @ models/lib/nn.yaml:80:7
%9928 = broadcast %9927 : f32[64] @ models/lib/nn.yaml:80:7
%9929 = mul %9917, %9928 : f32[64] @ models/lib/nn.yaml:80:7
%9930 = add %9929, %9925 : f32[64] @ models/lib/nn.yaml:80:7
%9931 = mul %9916, %9916 : f32[64] @ models/lib/nn.yaml:80:7
%9932 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%9933 = cast %9932 : f32[] @ models/lib/nn.yaml:80:7
%9934 = broadcast %9933 : f32[64] @ models/lib/nn.yaml:80:7
%9935 = mul %9931, %9934 : f32[64] @ models/lib/nn.yaml:80:7
%9936 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9937 = cast %9936 : f32[] @ models/lib/nn.yaml:80:7
%9938 = broadcast %9937 : f32[64] @ models/lib/nn.yaml:80:7
%9939 = mul %9918, %9938 : f32[64] @ models/lib/nn.yaml:80:7
%9940 = add %9939, %9935 : f32[64] @ models/lib/nn.yaml:80:7
%9941 = cast %9921 : f64[] @ models/lib/nn.yaml:80:7
%9942 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9943 = pow %9942, %9941 : f64[] @ models/lib/nn.yaml:80:7
%9944 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9945 = sub %9944, %9943 : f64[] @ models/lib/nn.yaml:80:7
%9946 = div %3233, %9945 : f64[] @ models/lib/nn.yaml:80:7
%9947 = cast %9921 : f64[] @ models/lib/nn.yaml:80:7
%9948 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9949 = pow %9948, %9947 : f64[] @ models/lib/nn.yaml:80:7
%9950 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9951 = sub %9950, %9949 : f64[] @ models/lib/nn.yaml:80:7
%9952 = sqrt %9951 : f64[] @ models/lib/nn.yaml:80:7
%9953 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9954 = div %9953, %9952 : f64[] @ models/lib/nn.yaml:80:7
%9955 = sqrt %9940 : f32[64] @ models/lib/nn.yaml:80:7
%9956 = cast %9954 : f32[] @ models/lib/nn.yaml:80:7
%9957 = broadcast %9956 : f32[64] @ models/lib/nn.yaml:80:7
%9958 = mul %9955, %9957 : f32[64] @ models/lib/nn.yaml:80:7
%9959 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%9960 = cast %9959 : f32[] @ models/lib/nn.yaml:80:7
%9961 = broadcast %9960 : f32[64] @ models/lib/nn.yaml:80:7
%9962 = add %9958, %9961 : f32[64] @ models/lib/nn.yaml:80:7
%9963 = div %9930, %9962 : f32[64] @ models/lib/nn.yaml:80:7
%9964 = cast %9946 : f32[] @ models/lib/nn.yaml:80:7
%9965 = broadcast %9964 : f32[64] @ models/lib/nn.yaml:80:7
%9966 = mul %9963, %9965 : f32[64] @ models/lib/nn.yaml:80:7
%9967 = sub %64, %9966 : f32[64] @ models/lib/nn.yaml:80:7
%9968 = assign %64, %9967 : f32[64] @ models/lib/nn.yaml:80:7
%9969 = assign %9917, %9930 : f32[64] @ models/lib/nn.yaml:80:7
%9970 = assign %9918, %9940 : f32[64] @ models/lib/nn.yaml:80:7
%9971 = assign %9919, %9921 : i64[] @ models/lib/nn.yaml:80:7
%9972 = cast %3235 : f32[] @ models/lib/nn.yaml:80:7
%9973 = broadcast %9972 : f32[64] @ models/lib/nn.yaml:80:7
%9974 = mul %142, %9973 : f32[64] @ models/lib/nn.yaml:80:7
%9975 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9976 = sub %9975, %3235 : f64[] @ models/lib/nn.yaml:80:7
%9977 = cast %9976 : f32[] @ models/lib/nn.yaml:80:7
%9978 = broadcast %9977 : f32[64] @ models/lib/nn.yaml:80:7
%9979 = mul %9967, %9978 : f32[64] @ models/lib/nn.yaml:80:7
%9980 = add %9974, %9979 : f32[64] @ models/lib/nn.yaml:80:7
%9981 = assign %142, %9980 : f32[64] @ models/lib/nn.yaml:80:7
%9982 = all_reduce_sum %4415 : f32[16,64] @ models/lib/nn.yaml:79:7
%9983 = reshape %9982 : f32[1024] @ models/lib/nn.yaml:79:7
%9984 = mul %9983, %9983 : f32[1024] @ models/lib/nn.yaml:79:7
%9985 = reduce_sum %9984 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9986 = sqrt %9985 : f32[] @ models/lib/nn.yaml:79:7
%9987 = cast %9986 : f64[] @ models/lib/nn.yaml:79:7
%9988 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%9989 = add %9987, %9988 : f64[] @ models/lib/nn.yaml:79:7
%9990 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%9991 = div %9990, %9989 : f64[] @ models/lib/nn.yaml:79:7
%9992 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9993 = lt %9991, %9992 : bool[] @ models/lib/nn.yaml:79:7
%9994 = cast %9991 : f32[] @ models/lib/nn.yaml:79:7
%9995 = broadcast %9994 : f32[16,64] @ models/lib/nn.yaml:79:7
%9996 = mul %9982, %9995 : f32[16,64] @ models/lib/nn.yaml:79:7
%9997 = broadcast %9993 : bool[16,64] @ models/lib/nn.yaml:79:7
%9998 = select %9997, %9996, %9982 : f32[16,64] @ models/lib/nn.yaml:79:7
%9999 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%10000 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%10001 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10002 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%10003 = add %10001, %10002 : i64[] @ models/lib/nn.yaml:79:7
%10004 = mul %3233, %3234 : f64[] @ models/lib/nn.yaml:79:7
%10005 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10006 = sub %10005, %10004 : f64[] @ models/lib/nn.yaml:79:7
%10007 = cast %10006 : f32[] @ models/lib/nn.yaml:79:7
%10008 = broadcast %10007 : f32[16,64] @ models/lib/nn.yaml:79:7
%10009 = mul %65, %10008 : f32[16,64] @ models/lib/nn.yaml:79:7
%10010 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%10011 = cast %10010 : f32[] @ models/lib/nn.yaml:79:7
%10012 = broadcast %10011 : f32[16,64] @ models/lib/nn.yaml:79:7
%10013 = mul %9998, %10012 : f32[16,64] @ models/lib/nn.yaml:79:7
%10014 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10015 = cast %10014 : f32[] @ models/lib/nn.yaml:79:7
%10016 = broadcast %10015 : f32[16,64] @ models/lib/nn.yaml:79:7
%10017 = mul %9999, %10016 : f32[16,64] @ models/lib/nn.yaml:79:7
%10018 = add %10017, %10013 : f32[16,64] @ models/lib/nn.yaml:79:7
%10019 = mul %9998, %9998 : f32[16,64] @ models/lib/nn.yaml:79:7
%10020 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%10021 = cast %10020 : f32[] @ models/lib/nn.yaml:79:7
%10022 = broadcast %10021 : f32[16,64] @ models/lib/nn.yaml:79:7
%10023 = mul %10019, %10022 : f32[16,64] @ models/lib/nn.yaml:79:7
%10024 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10025 = cast %10024 : f32[] @ models/lib/nn.yaml:79:7
%10026 = broadcast %10025 : f32[16,64] @ models/lib/nn.yaml:79:7
%10027 = mul %10000, %10026 : f32[16,64] @ models/lib/nn.yaml:79:7
%10028 = add %10027, %10023 : f32[16,64] @ models/lib/nn.yaml:79:7
%10029 = cast %10003 : f64[] @ models/lib/nn.yaml:79:7
%10030 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10031 = pow %10030, %10029 : f64[] @ models/lib/nn.yaml:79:7
%10032 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10033 = sub %10032, %10031 : f64[] @ models/lib/nn.yaml:79:7
%10034 = div %3233, %10033 : f64[] @ models/lib/nn.yaml:79:7
%10035 = cast %10003 : f64[] @ models/lib/nn.yaml:79:7
%10036 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10037 = pow %10036, %10035 : f64[] @ models/lib/nn.yaml:79:7
%10038 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10039 = sub %10038, %10037 : f64[] @ models/lib/nn.yaml:79:7
%10040 = sqrt %10039 : f64[] @ models/lib/nn.yaml:79:7
%10041 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10042 = div %10041, %10040 : f64[] @ models/lib/nn.yaml:79:7
%10043 = sqrt %10028 : f32[16,64] @ models/lib/nn.yaml:79:7
%10044 = cast %10042 : f32[] @ models/lib/nn.yaml:79:7
%10045 = broadcast %10044 : f32[16,64] @ models/lib/nn.yaml:79:7
%10046 = mul %10043, %10045 : f32[16,64] @ models/lib/nn.yaml:79:7
%10047 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%10048 = cast %10047 : f32[] @ models/lib/nn.yaml:79:7
%10049 = broadcast %10048 : f32[16,64] @ models/lib/nn.yaml:79:7
%10050 = add %10046, %10049 : f32[16,64] @ models/lib/nn.yaml:79:7
%10051 = div %10018, %10050 : f32[16,64] @ models/lib/nn.yaml:79:7
%10052 = cast %10034 : f32[] @ models/lib/nn.yaml:79:7
%10053 = broadcast %10052 : f32[16,64] @ models/lib/nn.yaml:79:7
%10054 = mul %10051, %10053 : f32[16,64] @ models/lib/nn.yaml:79:7
%10055 = sub %10009, %10054 : f32[16,64] @ models/lib/nn.yaml:79:7
%10056 = assign %65, %10055 : f32[16,64] @ models/lib/nn.yaml:79:7
%10057 = assign %9999, %10018 : f32[16,64] @ models/lib/nn.yaml:79:7
%10058 = assign %10000, %10028 : f32[16,64] @ models/lib/nn.yaml:79:7
%10059 = assign %10001, %10003 : i64[] @ models/lib/nn.yaml:79:7
%10060 = cast %3235 : f32[] @ models/lib/nn.yaml:79:7
%10061 = broadcast %10060 : f32[16,64] @ models/lib/nn.yaml:79:7
%10062 = mul %143, %10061 : f32[16,64] @ models/lib/nn.yaml:79:7
%10063 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10064 = sub %10063, %3235 : f64[] @ models/lib/nn.yaml:79:7
%10065 = cast %10064 : f32[] @ models/lib/nn.yaml:79:7
%10066 = broadcast %10065 : f32[16,64] @ models/lib/nn.yaml:79:7
%10067 = mul %10055, %10066 : f32[16,64] @ models/lib/nn.yaml:79:7
%10068 = add %10062, %10067 : f32[16,64] @ models/lib/nn.yaml:79:7
%10069 = assign %143, %10068 : f32[16,64] @ models/lib/nn.yaml:79:7
%10070 = all_reduce_sum %4410 : f32[16] @ models/lib/nn.yaml:80:7
%10071 = reshape %10070 : f32[16] @ models/lib/nn.yaml:80:7
%10072 = mul %10071, %10071 : f32[16] @ models/lib/nn.yaml:80:7
%10073 = reduce_sum %10072 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10074 = sqrt %10073 : f32[] @ models/lib/nn.yaml:80:7
%10075 = cast %10074 : f64[] @ models/lib/nn.yaml:80:7
%10076 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%10077 = add %10075, %10076 : f64[] @ models/lib/nn.yaml:80:7
%10078 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%10079 = div %10078, %10077 : f64[] @ models/lib/nn.yaml:80:7
%10080 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10081 = lt %10079, %10080 : bool[] @ models/lib/nn.yaml:80:7
%10082 = cast %10079 : f32[] @ models/lib/nn.yaml:80:7
%10083 = broadcast %10082 : f32[16] @ models/lib/nn.yaml:80:7
%10084 = mul %10070, %10083 : f32[16] @ models/lib/nn.yaml:80:7
%10085 = broadcast %10081 : bool[16] @ models/lib/nn.yaml:80:7
%10086 = select %10085, %10084, %10070 : f32[16] @ models/lib/nn.yaml:80:7
%10087 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%10088 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%10089 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10090 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%10091 = add %10089, %10090 : i64[] @ models/lib/nn.yaml:80:7
%10092 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%10093 = cast %10092 : f32[] @ models/lib/nn.yaml:80:7
%10094 = broadcast %10093 : f32[16] @ models/lib/nn.yaml:80:7
%10095 = mul %10086, %10094 : f32[16] @ models/lib/nn.yaml:80:7
%10096 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10097 = cast %10096 : f32[] @ models/lib/nn.yaml:80:7
%10098 = broadcast %10097 : f32[16] @ models/lib/nn.yaml:80:7
%10099 = mul %10087, %10098 : f32[16] @ models/lib/nn.yaml:80:7
%10100 = add %10099, %10095 : f32[16] @ models/lib/nn.yaml:80:7
%10101 = mul %10086, %10086 : f32[16] @ models/lib/nn.yaml:80:7
%10102 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%10103 = cast %10102 : f32[] @ models/lib/nn.yaml:80:7
%10104 = broadcast %10103 : f32[16] @ models/lib/nn.yaml:80:7
%10105 = mul %10101, %10104 : f32[16] @ models/lib/nn.yaml:80:7
%10106 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10107 = cast %10106 : f32[] @ models/lib/nn.yaml:80:7
%10108 = broadcast %10107 : f32[16] @ models/lib/nn.yaml:80:7
%10109 = mul %10088, %10108 : f32[16] @ models/lib/nn.yaml:80:7
%10110 = add %10109, %10105 : f32[16] @ models/lib/nn.yaml:80:7
%10111 = cast %10091 : f64[] @ models/lib/nn.yaml:80:7
%10112 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10113 = pow %10112, %10111 : f64[] @ models/lib/nn.yaml:80:7
%10114 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10115 = sub %10114, %10113 : f64[] @ models/lib/nn.yaml:80:7
%10116 = div %3233, %10115 : f64[] @ models/lib/nn.yaml:80:7
%10117 = cast %10091 : f64[] @ models/lib/nn.yaml:80:7
%10118 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10119 = pow %10118, %10117 : f64[] @ models/lib/nn.yaml:80:7
%10120 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10121 = sub %10120, %10119 : f64[] @ models/lib/nn.yaml:80:7
%10122 = sqrt %10121 : f64[] @ models/lib/nn.yaml:80:7
%10123 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10124 = div %10123, %10122 : f64[] @ models/lib/nn.yaml:80:7
%10125 = sqrt %10110 : f32[16] @ models/lib/nn.yaml:80:7
%10126 = cast %10124 : f32[] @ models/lib/nn.yaml:80:7
%10127 = broadcast %10126 : f32[16] @ models/lib/nn.yaml:80:7
%10128 = mul %10125, %10127 : f32[16] @ models/lib/nn.yaml:80:7
%10129 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%10130 = cast %10129 : f32[] @ models/lib/nn.yaml:80:7
%10131 = broadcast %10130 : f32[16] @ models/lib/nn.yaml:80:7
%10132 = add %10128, %10131 : f32[16] @ models/lib/nn.yaml:80:7
%10133 = div %10100, %10132 : f32[16] @ models/lib/nn.yaml:80:7
%10134 = cast %10116 : f32[] @ models/lib/nn.yaml:80:7
%10135 = broadcast %10134 : f32[16] @ models/lib/nn.yaml:80:7
%10136 = mul %10133, %10135 : f32[16] @ models/lib/nn.yaml:80:7
%10137 = sub %66, %10136 : f32[16] @ models/lib/nn.yaml:80:7
%10138 = assign %66, %10137 : f32[16] @ models/lib/nn.yaml:80:7
%10139 = assign %10087, %10100 : f32[16] @ models/lib/nn.yaml:80:7
%10140 = assign %10088, %10110 : f32[16] @ models/lib/nn.yaml:80:7
%10141 = assign %10089, %10091 : i64[] @ models/lib/nn.yaml:80:7
%10142 = cast %3235 : f32[] @ models/lib/nn.yaml:80:7
%10143 = broadcast %10142 : f32[16] @ models/lib/nn.yaml:80:7
%10144 = mul %144, %10143 : f32[16] @ models/lib/nn.yaml:80:7
%10145 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10146 = sub %10145, %3235 : f64[] @ models/lib/nn.yaml:80:7
%10147 = cast %10146 : f32[] @ models/lib/nn.yaml:80:7
%10148 = broadcast %10147 : f32[16] @ models/lib/nn.yaml:80:7
%10149 = mul %10137, %10148 : f32[16] @ models/lib/nn.yaml:80:7
%10150 = add %10144, %10149 : f32[16] @ models/lib/nn.yaml:80:7
%10151 = assign %144, %10150 : f32[16] @ models/lib/nn.yaml:80:7
%10152 = all_reduce_sum %4385 : f32[16] @ models/lib/nn.yaml:89:7
%10153 = reshape %10152 : f32[16] @ models/lib/nn.yaml:89:7
%10154 = mul %10153, %10153 : f32[16] @ models/lib/nn.yaml:89:7
%10155 = reduce_sum %10154 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%10156 = sqrt %10155 : f32[] @ models/lib/nn.yaml:89:7
%10157 = cast %10156 : f64[] @ models/lib/nn.yaml:89:7
%10158 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%10159 = add %10157, %10158 : f64[] @ models/lib/nn.yaml:89:7
%10160 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%10161 = div %10160, %10159 : f64[] @ models/lib/nn.yaml:89:7
%10162 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%10163 = lt %10161, %10162 : bool[] @ models/lib/nn.yaml:89:7
%10164 = cast %10161 : f32[] @ models/lib/nn.yaml:89:7
%10165 = broadcast %10164 : f32[16] @ models/lib/nn.yaml:89:7
%10166 = mul %10152, %10165 : f32[16] @ models/lib/nn.yaml:89:7
%10167 = broadcast %10163 : bool[16] @ models/lib/nn.yaml:89:7
%10168 = select %10167, %10166, %10152 : f32[16] @ models/lib/nn.yaml:89:7
%10169 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%10170 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%10171 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%10172 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%10173 = add %10171, %10172 : i64[] @ models/lib/nn.yaml:89:7
%10174 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%10175 = cast %10174 : f32[] @ models/lib/nn.yaml:89:7
%10176 = broadcast %10175 : f32[16] @ models/lib/nn.yaml:89:7
%10177 = mul %10168, %10176 : f32[16] @ models/lib/nn.yaml:89:7
%10178 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%10179 = cast %10178 : f32[] @ models/lib/nn.yaml:89:7
%10180 = broadcast %10179 : f32[16] @ models/lib/nn.yaml:89:7
%10181 = mul %10169, %10180 : f32[16] @ models/lib/nn.yaml:89:7
%10182 = add %10181, %10177 : f32[16] @ models/lib/nn.yaml:89:7
%10183 = mul %10168, %10168 : f32[16] @ models/lib/nn.yaml:89:7
%10184 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%10185 = cast %10184 : f32[] @ models/lib/nn.yaml:89:7
%10186 = broadcast %10185 : f32[16] @ models/lib/nn.yaml:89:7
%10187 = mul %10183, %10186 : f32[16] @ models/lib/nn.yaml:89:7
%10188 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%10189 = cast %10188 : f32[] @ models/lib/nn.yaml:89:7
%10190 = broadcast %10189 : f32[16] @ models/lib/nn.yaml:89:7
%10191 = mul %10170, %10190 : f32[16] @ models/lib/nn.yaml:89:7
%10192 = add %10191, %10187 : f32[16] @ models/lib/nn.yaml:89:7
%10193 = cast %10173 : f64[] @ models/lib/nn.yaml:89:7
%10194 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%10195 = pow %10194, %10193 : f64[] @ models/lib/nn.yaml:89:7
%10196 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%10197 = sub %10196, %10195 : f64[] @ models/lib/nn.yaml:89:7
%10198 = div %3233, %10197 : f64[] @ models/lib/nn.yaml:89:7
%10199 = cast %10173 : f64[] @ models/lib/nn.yaml:89:7
%10200 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%10201 = pow %10200, %10199 : f64[] @ models/lib/nn.yaml:89:7
%10202 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%10203 = sub %10202, %10201 : f64[] @ models/lib/nn.yaml:89:7
%10204 = sqrt %10203 : f64[] @ models/lib/nn.yaml:89:7
%10205 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%10206 = div %10205, %10204 : f64[] @ models/lib/nn.yaml:89:7
%10207 = sqrt %10192 : f32[16] @ models/lib/nn.yaml:89:7
%10208 = cast %10206 : f32[] @ models/lib/nn.yaml:89:7
%10209 = broadcast %10208 : f32[16] @ models/lib/nn.yaml:89:7
%10210 = mul %10207, %10209 : f32[16] @ models/lib/nn.yaml:89:7
%10211 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%10212 = cast %10211 : f32[] @ models/lib/nn.yaml:89:7
%10213 = broadcast %10212 : f32[16] @ models/lib/nn.yaml:89:7
%10214 = add %10210, %10213 : f32[16] @ models/lib/nn.yaml:89:7
%10215 = div %10182, %10214 : f32[16] @ models/lib/nn.yaml:89:7
%10216 = cast %10198 : f32[] @ models/lib/nn.yaml:89:7
%10217 = broadcast %10216 : f32[16] @ models/lib/nn.yaml:89:7
%10218 = mul %10215, %10217 : f32[16] @ models/lib/nn.yaml:89:7
%10219 = sub %67, %10218 : f32[16] @ models/lib/nn.yaml:89:7
%10220 = assign %67, %10219 : f32[16] @ models/lib/nn.yaml:89:7
%10221 = assign %10169, %10182 : f32[16] @ models/lib/nn.yaml:89:7
%10222 = assign %10170, %10192 : f32[16] @ models/lib/nn.yaml:89:7
%10223 = assign %10171, %10173 : i64[] @ models/lib/nn.yaml:89:7
%10224 = cast %3235 : f32[] @ models/lib/nn.yaml:89:7
%10225 = broadcast %10224 : f32[16] @ models/lib/nn.yaml:89:7
%10226 = mul %145, %10225 : f32[16] @ models/lib/nn.yaml:89:7
%10227 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%10228 = sub %10227, %3235 : f64[] @ models/lib/nn.yaml:89:7
%10229 = cast %10228 : f32[] @ models/lib/nn.yaml:89:7
%10230 = broadcast %10229 : f32[16] @ models/lib/nn.yaml:89:7
%10231 = mul %10219, %10230 : f32[16] @ models/lib/nn.yaml:89:7
%10232 = add %10226, %10231 : f32[16] @ models/lib/nn.yaml:89:7
%10233 = assign %145, %10232 : f32[16] @ models/lib/nn.yaml:89:7
%10234 = all_reduce_sum %4380 : f32[16] @ models/lib/nn.yaml:90:7
%10235 = reshape %10234 : f32[16] @ models/lib/nn.yaml:90:7
%10236 = mul %10235, %10235 : f32[16] @ models/lib/nn.yaml:90:7
%10237 = reduce_sum %10236 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%10238 = sqrt %10237 : f32[] @ models/lib/nn.yaml:90:7
%10239 = cast %10238 : f64[] @ models/lib/nn.yaml:90:7
%10240 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%10241 = add %10239, %10240 : f64[] @ models/lib/nn.yaml:90:7
%10242 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%10243 = div %10242, %10241 : f64[] @ models/lib/nn.yaml:90:7
%10244 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%10245 = lt %10243, %10244 : bool[] @ models/lib/nn.yaml:90:7
%10246 = cast %10243 : f32[] @ models/lib/nn.yaml:90:7
%10247 = broadcast %10246 : f32[16] @ models/lib/nn.yaml:90:7
%10248 = mul %10234, %10247 : f32[16] @ models/lib/nn.yaml:90:7
%10249 = broadcast %10245 : bool[16] @ models/lib/nn.yaml:90:7
%10250 = select %10249, %10248, %10234 : f32[16] @ models/lib/nn.yaml:90:7
%10251 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%10252 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%10253 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%10254 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%10255 = add %10253, %10254 : i64[] @ models/lib/nn.yaml:90:7
%10256 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%10257 = cast %10256 : f32[] @ models/lib/nn.yaml:90:7
%10258 = broadcast %10257 : f32[16] @ models/lib/nn.yaml:90:7
%10259 = mul %10250, %10258 : f32[16] @ models/lib/nn.yaml:90:7
%10260 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%10261 = cast %10260 : f32[] @ models/lib/nn.yaml:90:7
%10262 = broadcast %10261 : f32[16] @ models/lib/nn.yaml:90:7
%10263 = mul %10251, %10262 : f32[16] @ models/lib/nn.yaml:90:7
%10264 = add %10263, %10259 : f32[16] @ models/lib/nn.yaml:90:7
%10265 = mul %10250, %10250 : f32[16] @ models/lib/nn.yaml:90:7
%10266 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%10267 = cast %10266 : f32[] @ models/lib/nn.yaml:90:7
%10268 = broadcast %10267 : f32[16] @ models/lib/nn.yaml:90:7
%10269 = mul %10265, %10268 : f32[16] @ models/lib/nn.yaml:90:7
%10270 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%10271 = cast %10270 : f32[] @ models/lib/nn.yaml:90:7
%10272 = broadcast %10271 : f32[16] @ models/lib/nn.yaml:90:7
%10273 = mul %10252, %10272 : f32[16] @ models/lib/nn.yaml:90:7
%10274 = add %10273, %10269 : f32[16] @ models/lib/nn.yaml:90:7
%10275 = cast %10255 : f64[] @ models/lib/nn.yaml:90:7
%10276 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%10277 = pow %10276, %10275 : f64[] @ models/lib/nn.yaml:90:7
%10278 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%10279 = sub %10278, %10277 : f64[] @ models/lib/nn.yaml:90:7
%10280 = div %3233, %10279 : f64[] @ models/lib/nn.yaml:90:7
%10281 = cast %10255 : f64[] @ models/lib/nn.yaml:90:7
%10282 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%10283 = pow %10282, %10281 : f64[] @ models/lib/nn.yaml:90:7
%10284 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%10285 = sub %10284, %10283 : f64[] @ models/lib/nn.yaml:90:7
%10286 = sqrt %10285 : f64[] @ models/lib/nn.yaml:90:7
%10287 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%10288 = div %10287, %10286 : f64[] @ models/lib/nn.yaml:90:7
%10289 = sqrt %10274 : f32[16] @ models/lib/nn.yaml:90:7
%10290 = cast %10288 : f32[] @ models/lib/nn.yaml:90:7
%10291 = broadcast %10290 : f32[16] @ models/lib/nn.yaml:90:7
%10292 = mul %10289, %10291 : f32[16] @ models/lib/nn.yaml:90:7
%10293 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%10294 = cast %10293 : f32[] @ models/lib/nn.yaml:90:7
%10295 = broadcast %10294 : f32[16] @ models/lib/nn.yaml:90:7
%10296 = add %10292, %10295 : f32[16] @ models/lib/nn.yaml:90:7
%10297 = div %10264, %10296 : f32[16] @ models/lib/nn.yaml:90:7
%10298 = cast %10280 : f32[] @ models/lib/nn.yaml:90:7
%10299 = broadcast %10298 : f32[16] @ models/lib/nn.yaml:90:7
%10300 = mul %10297, %10299 : f32[16] @ models/lib/nn.yaml:90:7
%10301 = sub %68, %10300 : f32[16] @ models/lib/nn.yaml:90:7
%10302 = assign %68, %10301 : f32[16] @ models/lib/nn.yaml:90:7
%10303 = assign %10251, %10264 : f32[16] @ models/lib/nn.yaml:90:7
%10304 = assign %10252, %10274 : f32[16] @ models/lib/nn.yaml:90:7
%10305 = assign %10253, %10255 : i64[] @ models/lib/nn.yaml:90:7
%10306 = cast %3235 : f32[] @ models/lib/nn.yaml:90:7
%10307 = broadcast %10306 : f32[16] @ models/lib/nn.yaml:90:7
%10308 = mul %146, %10307 : f32[16] @ models/lib/nn.yaml:90:7
%10309 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%10310 = sub %10309, %3235 : f64[] @ models/lib/nn.yaml:90:7
%10311 = cast %10310 : f32[] @ models/lib/nn.yaml:90:7
%10312 = broadcast %10311 : f32[16] @ models/lib/nn.yaml:90:7
%10313 = mul %10301, %10312 : f32[16] @ models/lib/nn.yaml:90:7
%10314 = add %10308, %10313 : f32[16] @ models/lib/nn.yaml:90:7
%10315 = assign %146, %10314 : f32[16] @ models/lib/nn.yaml:90:7
%10316 = all_reduce_sum %4372 : f32[24,16] @ models/lib/nn.yaml:79:7
%10317 = reshape %10316 : f32[384] @ models/lib/nn.yaml:79:7
%10318 = mul %10317, %10317 : f32[384] @ models/lib/nn.yaml:79:7
%10319 = reduce_sum %10318 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10320 = sqrt %10319 : f32[] @ models/lib/nn.yaml:79:7
%10321 = cast %10320 : f64[] @ models/lib/nn.yaml:79:7
%10322 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%10323 = add %10321, %10322 : f64[] @ models/lib/nn.yaml:79:7
%10324 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%10325 = div %10324, %10323 : f64[] @ models/lib/nn.yaml:79:7
%10326 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10327 = lt %10325, %10326 : bool[] @ models/lib/nn.yaml:79:7
%10328 = cast %10325 : f32[] @ models/lib/nn.yaml:79:7
%10329 = broadcast %10328 : f32[24,16] @ models/lib/nn.yaml:79:7
%10330 = mul %10316, %10329 : f32[24,16] @ models/lib/nn.yaml:79:7
%10331 = broadcast %10327 : bool[24,16] @ models/lib/nn.yaml:79:7
%10332 = select %10331, %10330, %10316 : f32[24,16] @ models/lib/nn.yaml:79:7
%10333 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%10334 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%10335 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10336 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%10337 = add %10335, %10336 : i64[] @ models/lib/nn.yaml:79:7
%10338 = mul %3233, %3234 : f64[] @ models/lib/nn.yaml:79:7
%10339 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10340 = sub %10339, %10338 : f64[] @ models/lib/nn.yaml:79:7
%10341 = cast %10340 : f32[] @ models/lib/nn.yaml:79:7
%10342 = broadcast %10341 : f32[24,16] @ models/lib/nn.yaml:79:7
%10343 = mul %69, %10342 : f32[24,16] @ models/lib/nn.yaml:79:7
%10344 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%10345 = cast %10344 : f32[] @ models/lib/nn.yaml:79:7
%10346 = broadcast %10345 : f32[24,16] @ models/lib/nn.yaml:79:7
%10347 = mul %10332, %10346 : f32[24,16] @ models/lib/nn.yaml:79:7
%10348 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10349 = cast %10348 : f32[] @ models/lib/nn.yaml:79:7
%10350 = broadcast %10349 : f32[24,16] @ models/lib/nn.yaml:79:7
%10351 = mul %10333, %10350 : f32[24,16] @ models/lib/nn.yaml:79:7
%10352 = add %10351, %10347 : f32[24,16] @ models/lib/nn.yaml:79:7
%10353 = mul %10332, %10332 : f32[24,16] @ models/lib/nn.yaml:79:7
%10354 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%10355 = cast %10354 : f32[] @ models/lib/nn.yaml:79:7
%10356 = broadcast %10355 : f32[24,16] @ models/lib/nn.yaml:79:7
%10357 = mul %10353, %10356 : f32[24,16] @ models/lib/nn.yaml:79:7
%10358 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10359 = cast %10358 : f32[] @ models/lib/nn.yaml:79:7
%10360 = broadcast %10359 : f32[24,16] @ models/lib/nn.yaml:79:7
%10361 = mul %10334, %10360 : f32[24,16] @ models/lib/nn.yaml:79:7
%10362 = add %10361, %10357 : f32[24,16] @ models/lib/nn.yaml:79:7
%10363 = cast %10337 : f64[] @ models/lib/nn.yaml:79:7
%10364 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10365 = pow %10364, %10363 : f64[] @ models/lib/nn.yaml:79:7
%10366 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10367 = sub %10366, %10365 : f64[] @ models/lib/nn.yaml:79:7
%10368 = div %3233, %10367 : f64[] @ models/lib/nn.yaml:79:7
%10369 = cast %10337 : f64[] @ models/lib/nn.yaml:79:7
%10370 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10371 = pow %10370, %10369 : f64[] @ models/lib/nn.yaml:79:7
%10372 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10373 = sub %10372, %10371 : f64[] @ models/lib/nn.yaml:79:7
%10374 = sqrt %10373 : f64[] @ models/lib/nn.yaml:79:7
%10375 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10376 = div %10375, %10374 : f64[] @ models/lib/nn.yaml:79:7
%10377 = sqrt %10362 : f32[24,16] @ models/lib/nn.yaml:79:7
%10378 = cast %10376 : f32[] @ models/lib/nn.yaml:79:7
%10379 = broadcast %10378 : f32[24,16] @ models/lib/nn.yaml:79:7
%10380 = mul %10377, %10379 : f32[24,16] @ models/lib/nn.yaml:79:7
%10381 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%10382 = cast %10381 : f32[] @ models/lib/nn.yaml:79:7
%10383 = broadcast %10382 : f32[24,16] @ models/lib/nn.yaml:79:7
%10384 = add %10380, %10383 : f32[24,16] @ models/lib/nn.yaml:79:7
%10385 = div %10352, %10384 : f32[24,16] @ models/lib/nn.yaml:79:7
%10386 = cast %10368 : f32[] @ models/lib/nn.yaml:79:7
%10387 = broadcast %10386 : f32[24,16] @ models/lib/nn.yaml:79:7
%10388 = mul %10385, %10387 : f32[24,16] @ models/lib/nn.yaml:79:7
%10389 = sub %10343, %10388 : f32[24,16] @ models/lib/nn.yaml:79:7
%10390 = assign %69, %10389 : f32[24,16] @ models/lib/nn.yaml:79:7
%10391 = assign %10333, %10352 : f32[24,16] @ models/lib/nn.yaml:79:7
%10392 = assign %10334, %10362 : f32[24,16] @ models/lib/nn.yaml:79:7
%10393 = assign %10335, %10337 : i64[] @ models/lib/nn.yaml:79:7
%10394 = cast %3235 : f32[] @ models/lib/nn.yaml:79:7
%10395 = broadcast %10394 : f32[24,16] @ models/lib/nn.yaml:79:7
%10396 = mul %147, %10395 : f32[24,16] @ models/lib/nn.yaml:79:7
%10397 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10398 = sub %10397, %3235 : f64[] @ models/lib/nn.yaml:79:7
%10399 = cast %10398 : f32[] @ models/lib/nn.yaml:79:7
%10400 = broadcast %10399 : f32[24,16] @ models/lib/nn.yaml:79:7
%10401 = mul %10389, %10400 : f32[24,16] @ models/lib/nn.yaml:79:7
%10402 = add %10396, %10401 : f32[24,16] @ models/lib/nn.yaml:79:7
%10403 = assign %147, %10402 : f32[24,16] @ models/lib/nn.yaml:79:7
%10404 = all_reduce_sum %4367 : f32[24] @ models/lib/nn.yaml:80:7
%10405 = reshape %10404 : f32[24] @ models/lib/nn.yaml:80:7
%10406 = mul %10405, %10405 : f32[24] @ models/lib/nn.yaml:80:7
%10407 = reduce_sum %10406 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10408 = sqrt %10407 : f32[] @ models/lib/nn.yaml:80:7
%10409 = cast %10408 : f64[] @ models/lib/nn.yaml:80:7
%10410 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%10411 = add %10409, %10410 : f64[] @ models/lib/nn.yaml:80:7
%10412 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%10413 = div %10412, %10411 : f64[] @ models/lib/nn.yaml:80:7
%10414 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10415 = lt %10413, %10414 : bool[] @ models/lib/nn.yaml:80:7
%10416 = cast %10413 : f32[] @ models/lib/nn.yaml:80:7
%10417 = broadcast %10416 : f32[24] @ models/lib/nn.yaml:80:7
%10418 = mul %10404, %10417 : f32[24] @ models/lib/nn.yaml:80:7
%10419 = broadcast %10415 : bool[24] @ models/lib/nn.yaml:80:7
%10420 = select %10419, %10418, %10404 : f32[24] @ models/lib/nn.yaml:80:7
%10421 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10422 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10423 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10424 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%10425 = add %10423, %10424 : i64[] @ models/lib/nn.yaml:80:7
%10426 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%10427 = cast %10426 : f32[] @ models/lib/nn.yaml:80:7
%10428 = broadcast %10427 : f32[24] @ models/lib/nn.yaml:80:7
%10429 = mul %10420, %10428 : f32[24] @ models/lib/nn.yaml:80:7
%10430 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10431 = cast %10430 : f32[] @ models/lib/nn.yaml:80:7
%10432 = broadcast %10431 : f32[24] @ models/lib/nn.yaml:80:7
%10433 = mul %10421, %10432 : f32[24] @ models/lib/nn.yaml:80:7
%10434 = add %10433, %10429 : f32[24] @ models/lib/nn.yaml:80:7
%10435 = mul %10420, %10420 : f32[24] @ models/lib/nn.yaml:80:7
%10436 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%10437 = cast %10436 : f32[] @ models/lib/nn.yaml:80:7
%10438 = broadcast %10437 : f32[24] @ models/lib/nn.yaml:80:7
%10439 = mul %10435, %10438 : f32[24] @ models/lib/nn.yaml:80:7
%10440 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10441 = cast %10440 : f32[] @ models/lib/nn.yaml:80:7
%10442 = broadcast %10441 : f32[24] @ models/lib/nn.yaml:80:7
%10443 = mul %10422, %10442 : f32[24] @ models/lib/nn.yaml:80:7
%10444 = add %10443, %10439 : f32[24] @ models/lib/nn.yaml:80:7
%10445 = cast %10425 : f64[] @ models/lib/nn.yaml:80:7
%10446 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10447 = pow %10446, %10445 : f64[] @ models/lib/nn.yaml:80:7
%10448 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10449 = sub %10448, %10447 : f64[] @ models/lib/nn.yaml:80:7
%10450 = div %3233, %10449 : f64[] @ models/lib/nn.yaml:80:7
%10451 = cast %10425 : f64[] @ models/lib/nn.yaml:80:7
%10452 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10453 = pow %10452, %10451 : f64[] @ models/lib/nn.yaml:80:7
%10454 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10455 = sub %10454, %10453 : f64[] @ models/lib/nn.yaml:80:7
%10456 = sqrt %10455 : f64[] @ models/lib/nn.yaml:80:7
%10457 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10458 = div %10457, %10456 : f64[] @ models/lib/nn.yaml:80:7
%10459 = sqrt %10444 : f32[24] @ models/lib/nn.yaml:80:7
%10460 = cast %10458 : f32[] @ models/lib/nn.yaml:80:7
%10461 = broadcast %10460 : f32[24] @ models/lib/nn.yaml:80:7
%10462 = mul %10459, %10461 : f32[24] @ models/lib/nn.yaml:80:7
%10463 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%10464 = cast %10463 : f32[] @ models/lib/nn.yaml:80:7
%10465 = broadcast %10464 : f32[24] @ models/lib/nn.yaml:80:7
%10466 = add %10462, %10465 : f32[24] @ models/lib/nn.yaml:80:7
%10467 = div %10434, %10466 : f32[24] @ models/lib/nn.yaml:80:7
%10468 = cast %10450 : f32[] @ models/lib/nn.yaml:80:7
%10469 = broadcast %10468 : f32[24] @ models/lib/nn.yaml:80:7
%10470 = mul %10467, %10469 : f32[24] @ models/lib/nn.yaml:80:7
%10471 = sub %70, %10470 : f32[24] @ models/lib/nn.yaml:80:7
%10472 = assign %70, %10471 : f32[24] @ models/lib/nn.yaml:80:7
%10473 = assign %10421, %10434 : f32[24] @ models/lib/nn.yaml:80:7
%10474 = assign %10422, %10444 : f32[24] @ models/lib/nn.yaml:80:7
%10475 = assign %10423, %10425 : i64[] @ models/lib/nn.yaml:80:7
%10476 = cast %3235 : f32[] @ models/lib/nn.yaml:80:7
%10477 = broadcast %10476 : f32[24] @ models/lib/nn.yaml:80:7
%10478 = mul %148, %10477 : f32[24] @ models/lib/nn.yaml:80:7
%10479 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10480 = sub %10479, %3235 : f64[] @ models/lib/nn.yaml:80:7
%10481 = cast %10480 : f32[] @ models/lib/nn.yaml:80:7
%10482 = broadcast %10481 : f32[24] @ models/lib/nn.yaml:80:7
%10483 = mul %10471, %10482 : f32[24] @ models/lib/nn.yaml:80:7
%10484 = add %10478, %10483 : f32[24] @ models/lib/nn.yaml:80:7
%10485 = assign %148, %10484 : f32[24] @ models/lib/nn.yaml:80:7
%10486 = all_reduce_sum %4352 : f32[24,24] @ models/lib/nn.yaml:79:7
%10487 = reshape %10486 : f32[576] @ models/lib/nn.yaml:79:7
%10488 = mul %10487, %10487 : f32[576] @ models/lib/nn.yaml:79:7
%10489 = reduce_sum %10488 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10490 = sqrt %10489 : f32[] @ models/lib/nn.yaml:79:7
%10491 = cast %10490 : f64[] @ models/lib/nn.yaml:79:7
%10492 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%10493 = add %10491, %10492 : f64[] @ models/lib/nn.yaml:79:7
%10494 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%10495 = div %10494, %10493 : f64[] @ models/lib/nn.yaml:79:7
%10496 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10497 = lt %10495, %10496 : bool[] @ models/lib/nn.yaml:79:7
%10498 = cast %10495 : f32[] @ models/lib/nn.yaml:79:7
%10499 = broadcast %10498 : f32[24,24] @ models/lib/nn.yaml:79:7
%10500 = mul %10486, %10499 : f32[24,24] @ models/lib/nn.yaml:79:7
%10501 = broadcast %10497 : bool[24,24] @ models/lib/nn.yaml:79:7
%10502 = select %10501, %10500, %10486 : f32[24,24] @ models/lib/nn.yaml:79:7
%10503 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10504 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10505 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10506 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%10507 = add %10505, %10506 : i64[] @ models/lib/nn.yaml:79:7
%10508 = mul %3233, %3234 : f64[] @ models/lib/nn.yaml:79:7
%10509 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10510 = sub %10509, %10508 : f64[] @ models/lib/nn.yaml:79:7
%10511 = cast %10510 : f32[] @ models/lib/nn.yaml:79:7
%10512 = broadcast %10511 : f32[24,24] @ models/lib/nn.yaml:79:7
%10513 = mul %71, %10512 : f32[24,24] @ models/lib/nn.yaml:79:7
%10514 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%10515 = cast %10514 : f32[] @ models/lib/nn.yaml:79:7
%10516 = broadcast %10515 : f32[24,24] @ models/lib/nn.yaml:79:7
%10517 = mul %10502, %10516 : f32[24,24] @ models/lib/nn.yaml:79:7
%10518 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10519 = cast %10518 : f32[] @ models/lib/nn.yaml:79:7
%10520 = broadcast %10519 : f32[24,24] @ models/lib/nn.yaml:79:7
%10521 = mul %10503, %10520 : f32[24,24] @ models/lib/nn.yaml:79:7
%10522 = add %10521, %10517 : f32[24,24] @ models/lib/nn.yaml:79:7
%10523 = mul %10502, %10502 : f32[24,24] @ models/lib/nn.yaml:79:7
%10524 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%10525 = cast %10524 : f32[] @ models/lib/nn.yaml:79:7
%10526 = broadcast %10525 : f32[24,24] @ models/lib/nn.yaml:79:7
%10527 = mul %10523, %10526 : f32[24,24] @ models/lib/nn.yaml:79:7
%10528 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10529 = cast %10528 : f32[] @ models/lib/nn.yaml:79:7
%10530 = broadcast %10529 : f32[24,24] @ models/lib/nn.yaml:79:7
%10531 = mul %10504, %10530 : f32[24,24] @ models/lib/nn.yaml:79:7
%10532 = add %10531, %10527 : f32[24,24] @ models/lib/nn.yaml:79:7
%10533 = cast %10507 : f64[] @ models/lib/nn.yaml:79:7
%10534 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10535 = pow %10534, %10533 : f64[] @ models/lib/nn.yaml:79:7
%10536 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10537 = sub %10536, %10535 : f64[] @ models/lib/nn.yaml:79:7
%10538 = div %3233, %10537 : f64[] @ models/lib/nn.yaml:79:7
%10539 = cast %10507 : f64[] @ models/lib/nn.yaml:79:7
%10540 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10541 = pow %10540, %10539 : f64[] @ models/lib/nn.yaml:79:7
%10542 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10543 = sub %10542, %10541 : f64[] @ models/lib/nn.yaml:79:7
%10544 = sqrt %10543 : f64[] @ models/lib/nn.yaml:79:7
%10545 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10546 = div %10545, %10544 : f64[] @ models/lib/nn.yaml:79:7
%10547 = sqrt %10532 : f32[24,24] @ models/lib/nn.yaml:79:7
%10548 = cast %10546 : f32[] @ models/lib/nn.yaml:79:7
%10549 = broadcast %10548 : f32[24,24] @ models/lib/nn.yaml:79:7
%10550 = mul %10547, %10549 : f32[24,24] @ models/lib/nn.yaml:79:7
%10551 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%10552 = cast %10551 : f32[] @ models/lib/nn.yaml:79:7
%10553 = broadcast %10552 : f32[24,24] @ models/lib/nn.yaml:79:7
%10554 = add %10550, %10553 : f32[24,24] @ models/lib/nn.yaml:79:7
%10555 = div %10522, %10554 : f32[24,24] @ models/lib/nn.yaml:79:7
%10556 = cast %10538 : f32[] @ models/lib/nn.yaml:79:7
%10557 = broadcast %10556 : f32[24,24] @ models/lib/nn.yaml:79:7
%10558 = mul %10555, %10557 : f32[24,24] @ models/lib/nn.yaml:79:7
%10559 = sub %10513, %10558 : f32[24,24] @ models/lib/nn.yaml:79:7
%10560 = assign %71, %10559 : f32[24,24] @ models/lib/nn.yaml:79:7
%10561 = assign %10503, %10522 : f32[24,24] @ models/lib/nn.yaml:79:7
%10562 = assign %10504, %10532 : f32[24,24] @ models/lib/nn.yaml:79:7
%10563 = assign %10505, %10507 : i64[] @ models/lib/nn.yaml:79:7
%10564 = cast %3235 : f32[] @ models/lib/nn.yaml:79:7
%10565 = broadcast %10564 : f32[24,24] @ models/lib/nn.yaml:79:7
%10566 = mul %149, %10565 : f32[24,24] @ models/lib/nn.yaml:79:7
%10567 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10568 = sub %10567, %3235 : f64[] @ models/lib/nn.yaml:79:7
%10569 = cast %10568 : f32[] @ models/lib/nn.yaml:79:7
%10570 = broadcast %10569 : f32[24,24] @ models/lib/nn.yaml:79:7
%10571 = mul %10559, %10570 : f32[24,24] @ models/lib/nn.yaml:79:7
%10572 = add %10566, %10571 : f32[24,24] @ models/lib/nn.yaml:79:7
%10573 = assign %149, %10572 : f32[24,24] @ models/lib/nn.yaml:79:7
%10574 = all_reduce_sum %4347 : f32[24] @ models/lib/nn.yaml:80:7
%10575 = reshape %10574 : f32[24] @ models/lib/nn.yaml:80:7
%10576 = mul %10575, %10575 : f32[24] @ models/lib/nn.yaml:80:7
%10577 = reduce_sum %10576 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10578 = sqrt %10577 : f32[] @ models/lib/nn.yaml:80:7
%10579 = cast %10578 : f64[] @ models/lib/nn.yaml:80:7
%10580 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%10581 = add %10579, %10580 : f64[] @ models/lib/nn.yaml:80:7
%10582 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%10583 = div %10582, %10581 : f64[] @ models/lib/nn.yaml:80:7
%10584 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10585 = lt %10583, %10584 : bool[] @ models/lib/nn.yaml:80:7
%10586 = cast %10583 : f32[] @ models/lib/nn.yaml:80:7
%10587 = broadcast %10586 : f32[24] @ models/lib/nn.yaml:80:7
%10588 = mul %10574, %10587 : f32[24] @ models/lib/nn.yaml:80:7
%10589 = broadcast %10585 : bool[24] @ models/lib/nn.yaml:80:7
%10590 = select %10589, %10588, %10574 : f32[24] @ models/lib/nn.yaml:80:7
%10591 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10592 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10593 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10594 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%10595 = add %10593, %10594 : i64[] @ models/lib/nn.yaml:80:7
%10596 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%10597 = cast %10596 : f32[] @ models/lib/nn.yaml:80:7
%10598 = broadcast %10597 : f32[24] @ models/lib/nn.yaml:80:7
%10599 = mul %10590, %10598 : f32[24] @ models/lib/nn.yaml:80:7
%10600 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10601 = cast %10600 : f32[] @ models/lib/nn.yaml:80:7
%10602 = broadcast %10601 : f32[24] @ models/lib/nn.yaml:80:7
%10603 = mul %10591, %10602 : f32[24] @ models/lib/nn.yaml:80:7
%10604 = add %10603, %10599 : f32[24] @ models/lib/nn.yaml:80:7
%10605 = mul %10590, %10590 : f32[24] @ models/lib/nn.yaml:80:7
%10606 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%10607 = cast %10606 : f32[] @ models/lib/nn.yaml:80:7
%10608 = broadcast %10607 : f32[24] @ models/lib/nn.yaml:80:7
%10609 = mul %10605, %10608 : f32[24] @ models/lib/nn.yaml:80:7
%10610 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10611 = cast %10610 : f32[] @ models/lib/nn.yaml:80:7
%10612 = broadcast %10611 : f32[24] @ models/lib/nn.yaml:80:7
%10613 = mul %10592, %10612 : f32[24] @ models/lib/nn.yaml:80:7
%10614 = add %10613, %10609 : f32[24] @ models/lib/nn.yaml:80:7
%10615 = cast %10595 : f64[] @ models/lib/nn.yaml:80:7
%10616 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10617 = pow %10616, %10615 : f64[] @ models/lib/nn.yaml:80:7
%10618 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10619 = sub %10618, %10617 : f64[] @ models/lib/nn.yaml:80:7
%10620 = div %3233, %10619 : f64[] @ models/lib/nn.yaml:80:7
%10621 = cast %10595 : f64[] @ models/lib/nn.yaml:80:7
%10622 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10623 = pow %10622, %10621 : f64[] @ models/lib/nn.yaml:80:7
%10624 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10625 = sub %10624, %10623 : f64[] @ models/lib/nn.yaml:80:7
%10626 = sqrt %10625 : f64[] @ models/lib/nn.yaml:80:7
%10627 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10628 = div %10627, %10626 : f64[] @ models/lib/nn.yaml:80:7
%10629 = sqrt %10614 : f32[24] @ models/lib/nn.yaml:80:7
%10630 = cast %10628 : f32[] @ models/lib/nn.yaml:80:7
%10631 = broadcast %10630 : f32[24] @ models/lib/nn.yaml:80:7
%10632 = mul %10629, %10631 : f32[24] @ models/lib/nn.yaml:80:7
%10633 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%10634 = cast %10633 : f32[] @ models/lib/nn.yaml:80:7
%10635 = broadcast %10634 : f32[24] @ models/lib/nn.yaml:80:7
%10636 = add %10632, %10635 : f32[24] @ models/lib/nn.yaml:80:7
%10637 = div %10604, %10636 : f32[24] @ models/lib/nn.yaml:80:7
%10638 = cast %10620 : f32[] @ models/lib/nn.yaml:80:7
%10639 = broadcast %10638 : f32[24] @ models/lib/nn.yaml:80:7
%10640 = mul %10637, %10639 : f32[24] @ models/lib/nn.yaml:80:7
%10641 = sub %72, %10640 : f32[24] @ models/lib/nn.yaml:80:7
%10642 = assign %72, %10641 : f32[24] @ models/lib/nn.yaml:80:7
%10643 = assign %10591, %10604 : f32[24] @ models/lib/nn.yaml:80:7
%10644 = assign %10592, %10614 : f32[24] @ models/lib/nn.yaml:80:7
%10645 = assign %10593, %10595 : i64[] @ models/lib/nn.yaml:80:7
%10646 = cast %3235 : f32[] @ models/lib/nn.yaml:80:7
%10647 = broadcast %10646 : f32[24] @ models/lib/nn.yaml:80:7
%10648 = mul %150, %10647 : f32[24] @ models/lib/nn.yaml:80:7
%10649 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10650 = sub %10649, %3235 : f64[] @ models/lib/nn.yaml:80:7
%10651 = cast %10650 : f32[] @ models/lib/nn.yaml:80:7
%10652 = broadcast %10651 : f32[24] @ models/lib/nn.yaml:80:7
%10653 = mul %10641, %10652 : f32[24] @ models/lib/nn.yaml:80:7
%10654 = add %10648, %10653 : f32[24] @ models/lib/nn.yaml:80:7
%10655 = assign %150, %10654 : f32[24] @ models/lib/nn.yaml:80:7
%10656 = all_reduce_sum %4332 : f32[8,24] @ models/lib/nn.yaml:79:7
%10657 = reshape %10656 : f32[192] @ models/lib/nn.yaml:79:7
%10658 = mul %10657, %10657 : f32[192] @ models/lib/nn.yaml:79:7
%10659 = reduce_sum %10658 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10660 = sqrt %10659 : f32[] @ models/lib/nn.yaml:79:7
%10661 = cast %10660 : f64[] @ models/lib/nn.yaml:79:7
%10662 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%10663 = add %10661, %10662 : f64[] @ models/lib/nn.yaml:79:7
%10664 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%10665 = div %10664, %10663 : f64[] @ models/lib/nn.yaml:79:7
%10666 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10667 = lt %10665, %10666 : bool[] @ models/lib/nn.yaml:79:7
%10668 = cast %10665 : f32[] @ models/lib/nn.yaml:79:7
%10669 = broadcast %10668 : f32[8,24] @ models/lib/nn.yaml:79:7
%10670 = mul %10656, %10669 : f32[8,24] @ models/lib/nn.yaml:79:7
%10671 = broadcast %10667 : bool[8,24] @ models/lib/nn.yaml:79:7
%10672 = select %10671, %10670, %10656 : f32[8,24] @ models/lib/nn.yaml:79:7
%10673 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10674 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10675 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10676 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%10677 = add %10675, %10676 : i64[] @ models/lib/nn.yaml:79:7
%10678 = mul %3233, %3234 : f64[] @ models/lib/nn.yaml:79:7
%10679 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10680 = sub %10679, %10678 : f64[] @ models/lib/nn.yaml:79:7
%10681 = cast %10680 : f32[] @ models/lib/nn.yaml:79:7
%10682 = broadcast %10681 : f32[8,24] @ models/lib/nn.yaml:79:7
%10683 = mul %73, %10682 : f32[8,24] @ models/lib/nn.yaml:79:7
%10684 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%10685 = cast %10684 : f32[] @ models/lib/nn.yaml:79:7
%10686 = broadcast %10685 : f32[8,24] @ models/lib/nn.yaml:79:7
%10687 = mul %10672, %10686 : f32[8,24] @ models/lib/nn.yaml:79:7
%10688 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10689 = cast %10688 : f32[] @ models/lib/nn.yaml:79:7
%10690 = broadcast %10689 : f32[8,24] @ models/lib/nn.yaml:79:7
%10691 = mul %10673, %10690 : f32[8,24] @ models/lib/nn.yaml:79:7
%10692 = add %10691, %10687 : f32[8,24] @ models/lib/nn.yaml:79:7
%10693 = mul %10672, %10672 : f32[8,24] @ models/lib/nn.yaml:79:7
%10694 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%10695 = cast %10694 : f32[] @ models/lib/nn.yaml:79:7
%10696 = broadcast %10695 : f32[8,24] @ models/lib/nn.yaml:79:7
%10697 = mul %10693, %10696 : f32[8,24] @ models/lib/nn.yaml:79:7
%10698 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10699 = cast %10698 : f32[] @ models/lib/nn.yaml:79:7
%10700 = broadcast %10699 : f32[8,24] @ models/lib/nn.yaml:79:7
%10701 = mul %10674, %10700 : f32[8,24] @ models/lib/nn.yaml:79:7
%10702 = add %10701, %10697 : f32[8,24] @ models/lib/nn.yaml:79:7
%10703 = cast %10677 : f64[] @ models/lib/nn.yaml:79:7
%10704 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10705 = pow %10704, %10703 : f64[] @ models/lib/nn.yaml:79:7
%10706 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10707 = sub %10706, %10705 : f64[] @ models/lib/nn.yaml:79:7
%10708 = div %3233, %10707 : f64[] @ models/lib/nn.yaml:79:7
%10709 = cast %10677 : f64[] @ models/lib/nn.yaml:79:7
%10710 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10711 = pow %10710, %10709 : f64[] @ models/lib/nn.yaml:79:7
%10712 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10713 = sub %10712, %10711 : f64[] @ models/lib/nn.yaml:79:7
%10714 = sqrt %10713 : f64[] @ models/lib/nn.yaml:79:7
%10715 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10716 = div %10715, %10714 : f64[] @ models/lib/nn.yaml:79:7
%10717 = sqrt %10702 : f32[8,24] @ models/lib/nn.yaml:79:7
%10718 = cast %10716 : f32[] @ models/lib/nn.yaml:79:7
%10719 = broadcast %10718 : f32[8,24] @ models/lib/nn.yaml:79:7
%10720 = mul %10717, %10719 : f32[8,24] @ models/lib/nn.yaml:79:7
%10721 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%10722 = cast %10721 : f32[] @ models/lib/nn.yaml:79:7
%10723 = broadcast %10722 : f32[8,24] @ models/lib/nn.yaml:79:7
%10724 = add %10720, %10723 : f32[8,24] @ models/lib/nn.yaml:79:7
%10725 = div %10692, %10724 : f32[8,24] @ models/lib/nn.yaml:79:7
%10726 = cast %10708 : f32[] @ models/lib/nn.yaml:79:7
%10727 = broadcast %10726 : f32[8,24] @ models/lib/nn.yaml:79:7
%10728 = mul %10725, %10727 : f32[8,24] @ models/lib/nn.yaml:79:7
%10729 = sub %10683, %10728 : f32[8,24] @ models/lib/nn.yaml:79:7
%10730 = assign %73, %10729 : f32[8,24] @ models/lib/nn.yaml:79:7
%10731 = assign %10673, %10692 : f32[8,24] @ models/lib/nn.yaml:79:7
%10732 = assign %10674, %10702 : f32[8,24] @ models/lib/nn.yaml:79:7
%10733 = assign %10675, %10677 : i64[] @ models/lib/nn.yaml:79:7
%10734 = cast %3235 : f32[] @ models/lib/nn.yaml:79:7
%10735 = broadcast %10734 : f32[8,24] @ models/lib/nn.yaml:79:7
%10736 = mul %151, %10735 : f32[8,24] @ models/lib/nn.yaml:79:7
%10737 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10738 = sub %10737, %3235 : f64[] @ models/lib/nn.yaml:79:7
%10739 = cast %10738 : f32[] @ models/lib/nn.yaml:79:7
%10740 = broadcast %10739 : f32[8,24] @ models/lib/nn.yaml:79:7
%10741 = mul %10729, %10740 : f32[8,24] @ models/lib/nn.yaml:79:7
%10742 = add %10736, %10741 : f32[8,24] @ models/lib/nn.yaml:79:7
%10743 = assign %151, %10742 : f32[8,24] @ models/lib/nn.yaml:79:7
%10744 = all_reduce_sum %4327 : f32[8] @ models/lib/nn.yaml:80:7
%10745 = reshape %10744 : f32[8] @ models/lib/nn.yaml:80:7
%10746 = mul %10745, %10745 : f32[8] @ models/lib/nn.yaml:80:7
%10747 = reduce_sum %10746 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10748 = sqrt %10747 : f32[] @ models/lib/nn.yaml:80:7
%10749 = cast %10748 : f64[] @ models/lib/nn.yaml:80:7
%10750 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%10751 = add %10749, %10750 : f64[] @ models/lib/nn.yaml:80:7
%10752 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%10753 = div %10752, %10751 : f64[] @ models/lib/nn.yaml:80:7
%10754 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10755 = lt %10753, %10754 : bool[] @ models/lib/nn.yaml:80:7
%10756 = cast %10753 : f32[] @ models/lib/nn.yaml:80:7
%10757 = broadcast %10756 : f32[8] @ models/lib/nn.yaml:80:7
%10758 = mul %10744, %10757 : f32[8] @ models/lib/nn.yaml:80:7
%10759 = broadcast %10755 : bool[8] @ models/lib/nn.yaml:80:7
%10760 = select %10759, %10758, %10744 : f32[8] @ models/lib/nn.yaml:80:7
%10761 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10762 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10763 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10764 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%10765 = add %10763, %10764 : i64[] @ models/lib/nn.yaml:80:7
%10766 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%10767 = cast %10766 : f32[] @ models/lib/nn.yaml:80:7
%10768 = broadcast %10767 : f32[8] @ models/lib/nn.yaml:80:7
%10769 = mul %10760, %10768 : f32[8] @ models/lib/nn.yaml:80:7
%10770 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10771 = cast %10770 : f32[] @ models/lib/nn.yaml:80:7
%10772 = broadcast %10771 : f32[8] @ models/lib/nn.yaml:80:7
%10773 = mul %10761, %10772 : f32[8] @ models/lib/nn.yaml:80:7
%10774 = add %10773, %10769 : f32[8] @ models/lib/nn.yaml:80:7
%10775 = mul %10760, %10760 : f32[8] @ models/lib/nn.yaml:80:7
%10776 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%10777 = cast %10776 : f32[] @ models/lib/nn.yaml:80:7
%10778 = broadcast %10777 : f32[8] @ models/lib/nn.yaml:80:7
%10779 = mul %10775, %10778 : f32[8] @ models/lib/nn.yaml:80:7
%10780 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10781 = cast %10780 : f32[] @ models/lib/nn.yaml:80:7
%10782 = broadcast %10781 : f32[8] @ models/lib/nn.yaml:80:7
%10783 = mul %10762, %10782 : f32[8] @ models/lib/nn.yaml:80:7
%10784 = add %10783, %10779 : f32[8] @ models/lib/nn.yaml:80:7
%10785 = cast %10765 : f64[] @ models/lib/nn.yaml:80:7
%10786 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10787 = pow %10786, %10785 : f64[] @ models/lib/nn.yaml:80:7
%10788 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10789 = sub %10788, %10787 : f64[] @ models/lib/nn.yaml:80:7
%10790 = div %3233, %10789 : f64[] @ models/lib/nn.yaml:80:7
%10791 = cast %10765 : f64[] @ models/lib/nn.yaml:80:7
%10792 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10793 = pow %10792, %10791 : f64[] @ models/lib/nn.yaml:80:7
%10794 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10795 = sub %10794, %10793 : f64[] @ models/lib/nn.yaml:80:7
%10796 = sqrt %10795 : f64[] @ models/lib/nn.yaml:80:7
%10797 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10798 = div %10797, %10796 : f64[] @ models/lib/nn.yaml:80:7
%10799 = sqrt %10784 : f32[8] @ models/lib/nn.yaml:80:7
%10800 = cast %10798 : f32[] @ models/lib/nn.yaml:80:7
%10801 = broadcast %10800 : f32[8] @ models/lib/nn.yaml:80:7
%10802 = mul %10799, %10801 : f32[8] @ models/lib/nn.yaml:80:7
%10803 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%10804 = cast %10803 : f32[] @ models/lib/nn.yaml:80:7
%10805 = broadcast %10804 : f32[8] @ models/lib/nn.yaml:80:7
%10806 = add %10802, %10805 : f32[8] @ models/lib/nn.yaml:80:7
%10807 = div %10774, %10806 : f32[8] @ models/lib/nn.yaml:80:7
%10808 = cast %10790 : f32[] @ models/lib/nn.yaml:80:7
%10809 = broadcast %10808 : f32[8] @ models/lib/nn.yaml:80:7
%10810 = mul %10807, %10809 : f32[8] @ models/lib/nn.yaml:80:7
%10811 = sub %74, %10810 : f32[8] @ models/lib/nn.yaml:80:7
%10812 = assign %74, %10811 : f32[8] @ models/lib/nn.yaml:80:7
%10813 = assign %10761, %10774 : f32[8] @ models/lib/nn.yaml:80:7
%10814 = assign %10762, %10784 : f32[8] @ models/lib/nn.yaml:80:7
%10815 = assign %10763, %10765 : i64[] @ models/lib/nn.yaml:80:7
%10816 = cast %3235 : f32[] @ models/lib/nn.yaml:80:7
%10817 = broadcast %10816 : f32[8] @ models/lib/nn.yaml:80:7
%10818 = mul %152, %10817 : f32[8] @ models/lib/nn.yaml:80:7
%10819 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10820 = sub %10819, %3235 : f64[] @ models/lib/nn.yaml:80:7
%10821 = cast %10820 : f32[] @ models/lib/nn.yaml:80:7
%10822 = broadcast %10821 : f32[8] @ models/lib/nn.yaml:80:7
%10823 = mul %10811, %10822 : f32[8] @ models/lib/nn.yaml:80:7
%10824 = add %10818, %10823 : f32[8] @ models/lib/nn.yaml:80:7
%10825 = assign %152, %10824 : f32[8] @ models/lib/nn.yaml:80:7
%10826 = cast %3235 : f32[] @ models/lib/dino.yaml:18:7
%10827 = broadcast %10826 : f32[32,1] @ models/lib/dino.yaml:18:7
%10828 = mul %153, %10827 : f32[32,1] @ models/lib/dino.yaml:18:7
%10829 = const data=[1] : f64[] @ models/lib/dino.yaml:18:7
%10830 = sub %10829, %3235 : f64[] @ models/lib/dino.yaml:18:7
%10831 = cast %10830 : f32[] @ models/lib/dino.yaml:18:7
%10832 = broadcast %10831 : f32[32,1] @ models/lib/dino.yaml:18:7
%10833 = mul %75, %10832 : f32[32,1] @ models/lib/dino.yaml:18:7
%10834 = add %10828, %10833 : f32[32,1] @ models/lib/dino.yaml:18:7
%10835 = assign %153, %10834 : f32[32,1] @ models/lib/dino.yaml:18:7
%10836 = all_reduce_sum %4302 : f32[32,8] @ models/lib/dino.yaml:19:7
%10837 = reshape %10836 : f32[256] @ models/lib/dino.yaml:19:7
%10838 = mul %10837, %10837 : f32[256] @ models/lib/dino.yaml:19:7
%10839 = reduce_sum %10838 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%10840 = sqrt %10839 : f32[] @ models/lib/dino.yaml:19:7
%10841 = cast %10840 : f64[] @ models/lib/dino.yaml:19:7
%10842 = const data=[1e-06] : f64[] @ models/lib/dino.yaml:19:7
%10843 = add %10841, %10842 : f64[] @ models/lib/dino.yaml:19:7
%10844 = const data=[3] : f64[] @ models/lib/dino.yaml:19:7
%10845 = div %10844, %10843 : f64[] @ models/lib/dino.yaml:19:7
%10846 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%10847 = lt %10845, %10846 : bool[] @ models/lib/dino.yaml:19:7
%10848 = cast %10845 : f32[] @ models/lib/dino.yaml:19:7
%10849 = broadcast %10848 : f32[32,8] @ models/lib/dino.yaml:19:7
%10850 = mul %10836, %10849 : f32[32,8] @ models/lib/dino.yaml:19:7
%10851 = broadcast %10847 : bool[32,8] @ models/lib/dino.yaml:19:7
%10852 = select %10851, %10850, %10836 : f32[32,8] @ models/lib/dino.yaml:19:7
%10853 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%10854 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%10855 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%10856 = const data=[1] : i64[] @ models/lib/dino.yaml:19:7
%10857 = add %10855, %10856 : i64[] @ models/lib/dino.yaml:19:7
%10858 = mul %3233, %3234 : f64[] @ models/lib/dino.yaml:19:7
%10859 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%10860 = sub %10859, %10858 : f64[] @ models/lib/dino.yaml:19:7
%10861 = cast %10860 : f32[] @ models/lib/dino.yaml:19:7
%10862 = broadcast %10861 : f32[32,8] @ models/lib/dino.yaml:19:7
%10863 = mul %76, %10862 : f32[32,8] @ models/lib/dino.yaml:19:7
%10864 = const data=[0.09999999999999998] : f64[] @ models/lib/dino.yaml:19:7
%10865 = cast %10864 : f32[] @ models/lib/dino.yaml:19:7
%10866 = broadcast %10865 : f32[32,8] @ models/lib/dino.yaml:19:7
%10867 = mul %10852, %10866 : f32[32,8] @ models/lib/dino.yaml:19:7
%10868 = const data=[0.9] : f64[] @ models/lib/dino.yaml:19:7
%10869 = cast %10868 : f32[] @ models/lib/dino.yaml:19:7
%10870 = broadcast %10869 : f32[32,8] @ models/lib/dino.yaml:19:7
%10871 = mul %10853, %10870 : f32[32,8] @ models/lib/dino.yaml:19:7
%10872 = add %10871, %10867 : f32[32,8] @ models/lib/dino.yaml:19:7
%10873 = mul %10852, %10852 : f32[32,8] @ models/lib/dino.yaml:19:7
%10874 = const data=[0.0010000000000000009] : f64[] @ models/lib/dino.yaml:19:7
%10875 = cast %10874 : f32[] @ models/lib/dino.yaml:19:7
%10876 = broadcast %10875 : f32[32,8] @ models/lib/dino.yaml:19:7
%10877 = mul %10873, %10876 : f32[32,8] @ models/lib/dino.yaml:19:7
%10878 = const data=[0.999] : f64[] @ models/lib/dino.yaml:19:7
%10879 = cast %10878 : f32[] @ models/lib/dino.yaml:19:7
%10880 = broadcast %10879 : f32[32,8] @ models/lib/dino.yaml:19:7
%10881 = mul %10854, %10880 : f32[32,8] @ models/lib/dino.yaml:19:7
%10882 = add %10881, %10877 : f32[32,8] @ models/lib/dino.yaml:19:7
%10883 = cast %10857 : f64[] @ models/lib/dino.yaml:19:7
%10884 = const data=[0.9] : f64[] @ models/lib/dino.yaml:19:7
%10885 = pow %10884, %10883 : f64[] @ models/lib/dino.yaml:19:7
%10886 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%10887 = sub %10886, %10885 : f64[] @ models/lib/dino.yaml:19:7
%10888 = div %3233, %10887 : f64[] @ models/lib/dino.yaml:19:7
%10889 = cast %10857 : f64[] @ models/lib/dino.yaml:19:7
%10890 = const data=[0.999] : f64[] @ models/lib/dino.yaml:19:7
%10891 = pow %10890, %10889 : f64[] @ models/lib/dino.yaml:19:7
%10892 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%10893 = sub %10892, %10891 : f64[] @ models/lib/dino.yaml:19:7
%10894 = sqrt %10893 : f64[] @ models/lib/dino.yaml:19:7
%10895 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%10896 = div %10895, %10894 : f64[] @ models/lib/dino.yaml:19:7
%10897 = sqrt %10882 : f32[32,8] @ models/lib/dino.yaml:19:7
%10898 = cast %10896 : f32[] @ models/lib/dino.yaml:19:7
%10899 = broadcast %10898 : f32[32,8] @ models/lib/dino.yaml:19:7
%10900 = mul %10897, %10899 : f32[32,8] @ models/lib/dino.yaml:19:7
%10901 = const data=[1e-08] : f64[] @ models/lib/dino.yaml:19:7
%10902 = cast %10901 : f32[] @ models/lib/dino.yaml:19:7
%10903 = broadcast %10902 : f32[32,8] @ models/lib/dino.yaml:19:7
%10904 = add %10900, %10903 : f32[32,8] @ models/lib/dino.yaml:19:7
%10905 = div %10872, %10904 : f32[32,8] @ models/lib/dino.yaml:19:7
%10906 = cast %10888 : f32[] @ models/lib/dino.yaml:19:7
%10907 = broadcast %10906 : f32[32,8] @ models/lib/dino.yaml:19:7
%10908 = mul %10905, %10907 : f32[32,8] @ models/lib/dino.yaml:19:7
%10909 = sub %10863, %10908 : f32[32,8] @ models/lib/dino.yaml:19:7
%10910 = const data=[1] : i64[] @ models/lib/dino.yaml:19:7
%10911 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%10912 = lt %10911, %10910 : bool[] @ models/lib/dino.yaml:19:7
%10913 = broadcast %10912 : bool[32,8] @ models/lib/dino.yaml:19:7
%10914 = select %10913, %76, %10909 : f32[32,8] @ models/lib/dino.yaml:19:7
%10915 = broadcast %10912 : bool[32,8] @ models/lib/dino.yaml:19:7
%10916 = select %10915, %10853, %10872 : f32[32,8] @ models/lib/dino.yaml:19:7
%10917 = broadcast %10912 : bool[32,8] @ models/lib/dino.yaml:19:7
%10918 = select %10917, %10854, %10882 : f32[32,8] @ models/lib/dino.yaml:19:7
%10919 = select %10912, %10855, %10857 : i64[] @ models/lib/dino.yaml:19:7
%10920 = assign %76, %10914 : f32[32,8] @ models/lib/dino.yaml:19:7
%10921 = assign %10853, %10916 : f32[32,8] @ models/lib/dino.yaml:19:7
%10922 = assign %10854, %10918 : f32[32,8] @ models/lib/dino.yaml:19:7
%10923 = assign %10855, %10919 : i64[] @ models/lib/dino.yaml:19:7
%10924 = cast %3235 : f32[] @ models/lib/dino.yaml:19:7
%10925 = broadcast %10924 : f32[32,8] @ models/lib/dino.yaml:19:7
%10926 = mul %154, %10925 : f32[32,8] @ models/lib/dino.yaml:19:7
%10927 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%10928 = sub %10927, %3235 : f64[] @ models/lib/dino.yaml:19:7
%10929 = cast %10928 : f32[] @ models/lib/dino.yaml:19:7
%10930 = broadcast %10929 : f32[32,8] @ models/lib/dino.yaml:19:7
%10931 = mul %10914, %10930 : f32[32,8] @ models/lib/dino.yaml:19:7
%10932 = add %10926, %10931 : f32[32,8] @ models/lib/dino.yaml:19:7
%10933 = assign %154, %10932 : f32[32,8] @ models/lib/dino.yaml:19:7
%10934 = all_reduce_sum %4282 : f32[24,16] @ models/lib/nn.yaml:79:7
%10935 = reshape %10934 : f32[384] @ models/lib/nn.yaml:79:7
%10936 = mul %10935, %10935 : f32[384] @ models/lib/nn.yaml:79:7
%10937 = reduce_sum %10936 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10938 = sqrt %10937 : f32[] @ models/lib/nn.yaml:79:7
%10939 = cast %10938 : f64[] @ models/lib/nn.yaml:79:7
%10940 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%10941 = add %10939, %10940 : f64[] @ models/lib/nn.yaml:79:7
%10942 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%10943 = div %10942, %10941 : f64[] @ models/lib/nn.yaml:79:7
%10944 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10945 = lt %10943, %10944 : bool[] @ models/lib/nn.yaml:79:7
%10946 = cast %10943 : f32[] @ models/lib/nn.yaml:79:7
%10947 = broadcast %10946 : f32[24,16] @ models/lib/nn.yaml:79:7
%10948 = mul %10934, %10947 : f32[24,16] @ models/lib/nn.yaml:79:7
%10949 = broadcast %10945 : bool[24,16] @ models/lib/nn.yaml:79:7
%10950 = select %10949, %10948, %10934 : f32[24,16] @ models/lib/nn.yaml:79:7
%10951 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%10952 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%10953 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10954 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%10955 = add %10953, %10954 : i64[] @ models/lib/nn.yaml:79:7
%10956 = mul %3233, %3234 : f64[] @ models/lib/nn.yaml:79:7
%10957 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10958 = sub %10957, %10956 : f64[] @ models/lib/nn.yaml:79:7
%10959 = cast %10958 : f32[] @ models/lib/nn.yaml:79:7
%10960 = broadcast %10959 : f32[24,16] @ models/lib/nn.yaml:79:7
%10961 = mul %77, %10960 : f32[24,16] @ models/lib/nn.yaml:79:7
%10962 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%10963 = cast %10962 : f32[] @ models/lib/nn.yaml:79:7
%10964 = broadcast %10963 : f32[24,16] @ models/lib/nn.yaml:79:7
%10965 = mul %10950, %10964 : f32[24,16] @ models/lib/nn.yaml:79:7
%10966 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10967 = cast %10966 : f32[] @ models/lib/nn.yaml:79:7
%10968 = broadcast %10967 : f32[24,16] @ models/lib/nn.yaml:79:7
%10969 = mul %10951, %10968 : f32[24,16] @ models/lib/nn.yaml:79:7
%10970 = add %10969, %10965 : f32[24,16] @ models/lib/nn.yaml:79:7
%10971 = mul %10950, %10950 : f32[24,16] @ models/lib/nn.yaml:79:7
%10972 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%10973 = cast %10972 : f32[] @ models/lib/nn.yaml:79:7
%10974 = broadcast %10973 : f32[24,16] @ models/lib/nn.yaml:79:7
%10975 = mul %10971, %10974 : f32[24,16] @ models/lib/nn.yaml:79:7
%10976 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10977 = cast %10976 : f32[] @ models/lib/nn.yaml:79:7
%10978 = broadcast %10977 : f32[24,16] @ models/lib/nn.yaml:79:7
%10979 = mul %10952, %10978 : f32[24,16] @ models/lib/nn.yaml:79:7
%10980 = add %10979, %10975 : f32[24,16] @ models/lib/nn.yaml:79:7
%10981 = cast %10955 : f64[] @ models/lib/nn.yaml:79:7
%10982 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10983 = pow %10982, %10981 : f64[] @ models/lib/nn.yaml:79:7
%10984 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10985 = sub %10984, %10983 : f64[] @ models/lib/nn.yaml:79:7
%10986 = div %3233, %10985 : f64[] @ models/lib/nn.yaml:79:7
%10987 = cast %10955 : f64[] @ models/lib/nn.yaml:79:7
%10988 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10989 = pow %10988, %10987 : f64[] @ models/lib/nn.yaml:79:7
%10990 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10991 = sub %10990, %10989 : f64[] @ models/lib/nn.yaml:79:7
%10992 = sqrt %10991 : f64[] @ models/lib/nn.yaml:79:7
%10993 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10994 = div %10993, %10992 : f64[] @ models/lib/nn.yaml:79:7
%10995 = sqrt %10980 : f32[24,16] @ models/lib/nn.yaml:79:7
%10996 = cast %10994 : f32[] @ models/lib/nn.yaml:79:7
%10997 = broadcast %10996 : f32[24,16] @ models/lib/nn.yaml:79:7
%10998 = mul %10995, %10997 : f32[24,16] @ models/lib/nn.yaml:79:7
%10999 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%11000 = cast %10999 : f32[] @ models/lib/nn.yaml:79:7
%11001 = broadcast %11000 : f32[24,16] @ models/lib/nn.yaml:79:7
%11002 = add %10998, %11001 : f32[24,16] @ models/lib/nn.yaml:79:7
%11003 = div %10970, %11002 : f32[24,16] @ models/lib/nn.yaml:79:7
%11004 = cast %10986 : f32[] @ models/lib/nn.yaml:79:7
%11005 = broadcast %11004 : f32[24,16] @ models/lib/nn.yaml:79:7
%11006 = mul %11003, %11005 : f32[24,16] @ models/lib/nn.yaml:79:7
%11007 = sub %10961, %11006 : f32[24,16] @ models/lib/nn.yaml:79:7
%11008 = assign %77, %11007 : f32[24,16] @ models/lib/nn.yaml:79:7
%11009 = assign %10951, %10970 : f32[24,16] @ models/lib/nn.yaml:79:7
%11010 = assign %10952, %10980 : f32[24,16] @ models/lib/nn.yaml:79:7
%11011 = assign %10953, %10955 : i64[] @ models/lib/nn.yaml:79:7
%11012 = cast %3235 : f32[] @ models/lib/nn.yaml:79:7
%11013 = broadcast %11012 : f32[24,16] @ models/lib/nn.yaml:79:7
%11014 = mul %155, %11013 : f32[24,16] @ models/lib/nn.yaml:79:7
%11015 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11016 = sub %11015, %3235 : f64[] @ models/lib/nn.yaml:79:7
%11017 = cast %11016 : f32[] @ models/lib/nn.yaml:79:7
%11018 = broadcast %11017 : f32[24,16] @ models/lib/nn.yaml:79:7
%11019 = mul %11007, %11018 : f32[24,16] @ models/lib/nn.yaml:79:7
%11020 = add %11014, %11019 : f32[24,16] @ models/lib/nn.yaml:79:7
%11021 = assign %155, %11020 : f32[24,16] @ models/lib/nn.yaml:79:7
%11022 = all_reduce_sum %4277 : f32[24] @ models/lib/nn.yaml:80:7
%11023 = reshape %11022 : f32[24] @ models/lib/nn.yaml:80:7
%11024 = mul %11023, %11023 : f32[24] @ models/lib/nn.yaml:80:7
%11025 = reduce_sum %11024 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%11026 = sqrt %11025 : f32[] @ models/lib/nn.yaml:80:7
%11027 = cast %11026 : f64[] @ models/lib/nn.yaml:80:7
%11028 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%11029 = add %11027, %11028 : f64[] @ models/lib/nn.yaml:80:7
%11030 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%11031 = div %11030, %11029 : f64[] @ models/lib/nn.yaml:80:7
%11032 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11033 = lt %11031, %11032 : bool[] @ models/lib/nn.yaml:80:7
%11034 = cast %11031 : f32[] @ models/lib/nn.yaml:80:7
%11035 = broadcast %11034 : f32[24] @ models/lib/nn.yaml:80:7
%11036 = mul %11022, %11035 : f32[24] @ models/lib/nn.yaml:80:7
%11037 = broadcast %11033 : bool[24] @ models/lib/nn.yaml:80:7
%11038 = select %11037, %11036, %11022 : f32[24] @ models/lib/nn.yaml:80:7
%11039 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%11040 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%11041 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%11042 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%11043 = add %11041, %11042 : i64[] @ models/lib/nn.yaml:80:7
%11044 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%11045 = cast %11044 : f32[] @ models/lib/nn.yaml:80:7
%11046 = broadcast %11045 : f32[24] @ models/lib/nn.yaml:80:7
%11047 = mul %11038, %11046 : f32[24] @ models/lib/nn.yaml:80:7
%11048 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%11049 = cast %11048 : f32[] @ models/lib/nn.yaml:80:7
%11050 = broadcast %11049 : f32[24] @ models/lib/nn.yaml:80:7
%11051 = mul %11039, %11050 : f32[24] @ models/lib/nn.yaml:80:7
%11052 = add %11051, %11047 : f32[24] @ models/lib/nn.yaml:80:7
%11053 = mul %11038, %11038 : f32[24] @ models/lib/nn.yaml:80:7
%11054 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%11055 = cast %11054 : f32[] @ models/lib/nn.yaml:80:7
%11056 = broadcast %11055 : f32[24] @ models/lib/nn.yaml:80:7
%11057 = mul %11053, %11056 : f32[24] @ models/lib/nn.yaml:80:7
%11058 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%11059 = cast %11058 : f32[] @ models/lib/nn.yaml:80:7
%11060 = broadcast %11059 : f32[24] @ models/lib/nn.yaml:80:7
%11061 = mul %11040, %11060 : f32[24] @ models/lib/nn.yaml:80:7
%11062 = add %11061, %11057 : f32[24] @ models/lib/nn.yaml:80:7
%11063 = cast %11043 : f64[] @ models/lib/nn.yaml:80:7
%11064 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%11065 = pow %11064, %11063 : f64[] @ models/lib/nn.yaml:80:7
%11066 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11067 = sub %11066, %11065 : f64[] @ models/lib/nn.yaml:80:7
%11068 = div %3233, %11067 : f64[] @ models/lib/nn.yaml:80:7
%11069 = cast %11043 : f64[] @ models/lib/nn.yaml:80:7
%11070 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%11071 = pow %11070, %11069 : f64[] @ models/lib/nn.yaml:80:7
%11072 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11073 = sub %11072, %11071 : f64[] @ models/lib/nn.yaml:80:7
%11074 = sqrt %11073 : f64[] @ models/lib/nn.yaml:80:7
%11075 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11076 = div %11075, %11074 : f64[] @ models/lib/nn.yaml:80:7
%11077 = sqrt %11062 : f32[24] @ models/lib/nn.yaml:80:7
%11078 = cast %11076 : f32[] @ models/lib/nn.yaml:80:7
%11079 = broadcast %11078 : f32[24] @ models/lib/nn.yaml:80:7
%11080 = mul %11077, %11079 : f32[24] @ models/lib/nn.yaml:80:7
%11081 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%11082 = cast %11081 : f32[] @ models/lib/nn.yaml:80:7
%11083 = broadcast %11082 : f32[24] @ models/lib/nn.yaml:80:7
%11084 = add %11080, %11083 : f32[24] @ models/lib/nn.yaml:80:7
%11085 = div %11052, %11084 : f32[24] @ models/lib/nn.yaml:80:7
%11086 = cast %11068 : f32[] @ models/lib/nn.yaml:80:7
%11087 = broadcast %11086 : f32[24] @ models/lib/nn.yaml:80:7
%11088 = mul %11085, %11087 : f32[24] @ models/lib/nn.yaml:80:7
%11089 = sub %78, %11088 : f32[24] @ models/lib/nn.yaml:80:7
%11090 = assign %78, %11089 : f32[24] @ models/lib/nn.yaml:80:7
%11091 = assign %11039, %11052 : f32[24] @ models/lib/nn.yaml:80:7
%11092 = assign %11040, %11062 : f32[24] @ models/lib/nn.yaml:80:7
%11093 = assign %11041, %11043 : i64[] @ models/lib/nn.yaml:80:7
%11094 = cast %3235 : f32[] @ models/lib/nn.yaml:80:7
%11095 = broadcast %11094 : f32[24] @ models/lib/nn.yaml:80:7
%11096 = mul %156, %11095 : f32[24] @ models/lib/nn.yaml:80:7
%11097 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11098 = sub %11097, %3235 : f64[] @ models/lib/nn.yaml:80:7
%11099 = cast %11098 : f32[] @ models/lib/nn.yaml:80:7
%11100 = broadcast %11099 : f32[24] @ models/lib/nn.yaml:80:7
%11101 = mul %11089, %11100 : f32[24] @ models/lib/nn.yaml:80:7
%11102 = add %11096, %11101 : f32[24] @ models/lib/nn.yaml:80:7
%11103 = assign %156, %11102 : f32[24] @ models/lib/nn.yaml:80:7
%11104 = all_reduce_sum %4260 : f32[24,24] @ models/lib/nn.yaml:79:7
%11105 = reshape %11104 : f32[576] @ models/lib/nn.yaml:79:7
%11106 = mul %11105, %11105 : f32[576] @ models/lib/nn.yaml:79:7
%11107 = reduce_sum %11106 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%11108 = sqrt %11107 : f32[] @ models/lib/nn.yaml:79:7
%11109 = cast %11108 : f64[] @ models/lib/nn.yaml:79:7
%11110 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%11111 = add %11109, %11110 : f64[] @ models/lib/nn.yaml:79:7
%11112 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%11113 = div %11112, %11111 : f64[] @ models/lib/nn.yaml:79:7
%11114 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11115 = lt %11113, %11114 : bool[] @ models/lib/nn.yaml:79:7
%11116 = cast %11113 : f32[] @ models/lib/nn.yaml:79:7
%11117 = broadcast %11116 : f32[24,24] @ models/lib/nn.yaml:79:7
%11118 = mul %11104, %11117 : f32[24,24] @ models/lib/nn.yaml:79:7
%11119 = broadcast %11115 : bool[24,24] @ models/lib/nn.yaml:79:7
%11120 = select %11119, %11118, %11104 : f32[24,24] @ models/lib/nn.yaml:79:7
%11121 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%11122 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%11123 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%11124 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%11125 = add %11123, %11124 : i64[] @ models/lib/nn.yaml:79:7
%11126 = mul %3233, %3234 : f64[] @ models/lib/nn.yaml:79:7
%11127 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11128 = sub %11127, %11126 : f64[] @ models/lib/nn.yaml:79:7
%11129 = cast %11128 : f32[] @ models/lib/nn.yaml:79:7
%11130 = broadcast %11129 : f32[24,24] @ models/lib/nn.yaml:79:7
%11131 = mul %79, %11130 : f32[24,24] @ models/lib/nn.yaml:79:7
%11132 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%11133 = cast %11132 : f32[] @ models/lib/nn.yaml:79:7
%11134 = broadcast %11133 : f32[24,24] @ models/lib/nn.yaml:79:7
%11135 = mul %11120, %11134 : f32[24,24] @ models/lib/nn.yaml:79:7
%11136 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%11137 = cast %11136 : f32[] @ models/lib/nn.yaml:79:7
%11138 = broadcast %11137 : f32[24,24] @ models/lib/nn.yaml:79:7
%11139 = mul %11121, %11138 : f32[24,24] @ models/lib/nn.yaml:79:7
%11140 = add %11139, %11135 : f32[24,24] @ models/lib/nn.yaml:79:7
%11141 = mul %11120, %11120 : f32[24,24] @ models/lib/nn.yaml:79:7
%11142 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%11143 = cast %11142 : f32[] @ models/lib/nn.yaml:79:7
%11144 = broadcast %11143 : f32[24,24] @ models/lib/nn.yaml:79:7
%11145 = mul %11141, %11144 : f32[24,24] @ models/lib/nn.yaml:79:7
%11146 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%11147 = cast %11146 : f32[] @ models/lib/nn.yaml:79:7
%11148 = broadcast %11147 : f32[24,24] @ models/lib/nn.yaml:79:7
%11149 = mul %11122, %11148 : f32[24,24] @ models/lib/nn.yaml:79:7
%11150 = add %11149, %11145 : f32[24,24] @ models/lib/nn.yaml:79:7
%11151 = cast %11125 : f64[] @ models/lib/nn.yaml:79:7
%11152 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%11153 = pow %11152, %11151 : f64[] @ models/lib/nn.yaml:79:7
%11154 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11155 = sub %11154, %11153 : f64[] @ models/lib/nn.yaml:79:7
%11156 = div %3233, %11155 : f64[] @ models/lib/nn.yaml:79:7
%11157 = cast %11125 : f64[] @ models/lib/nn.yaml:79:7
%11158 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%11159 = pow %11158, %11157 : f64[] @ models/lib/nn.yaml:79:7
%11160 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11161 = sub %11160, %11159 : f64[] @ models/lib/nn.yaml:79:7
%11162 = sqrt %11161 : f64[] @ models/lib/nn.yaml:79:7
%11163 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11164 = div %11163, %11162 : f64[] @ models/lib/nn.yaml:79:7
%11165 = sqrt %11150 : f32[24,24] @ models/lib/nn.yaml:79:7
%11166 = cast %11164 : f32[] @ models/lib/nn.yaml:79:7
%11167 = broadcast %11166 : f32[24,24] @ models/lib/nn.yaml:79:7
%11168 = mul %11165, %11167 : f32[24,24] @ models/lib/nn.yaml:79:7
%11169 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%11170 = cast %11169 : f32[] @ models/lib/nn.yaml:79:7
%11171 = broadcast %11170 : f32[24,24] @ models/lib/nn.yaml:79:7
%11172 = add %11168, %11171 : f32[24,24] @ models/lib/nn.yaml:79:7
%11173 = div %11140, %11172 : f32[24,24] @ models/lib/nn.yaml:79:7
%11174 = cast %11156 : f32[] @ models/lib/nn.yaml:79:7
%11175 = broadcast %11174 : f32[24,24] @ models/lib/nn.yaml:79:7
%11176 = mul %11173, %11175 : f32[24,24] @ models/lib/nn.yaml:79:7
%11177 = sub %11131, %11176 : f32[24,24] @ models/lib/nn.yaml:79:7
%11178 = assign %79, %11177 : f32[24,24] @ models/lib/nn.yaml:79:7
%11179 = assign %11121, %11140 : f32[24,24] @ models/lib/nn.yaml:79:7
%11180 = assign %11122, %11150 : f32[24,24] @ models/lib/nn.yaml:79:7
%11181 = assign %11123, %11125 : i64[] @ models/lib/nn.yaml:79:7
%11182 = cast %3235 : f32[] @ models/lib/nn.yaml:79:7
%11183 = broadcast %11182 : f32[24,24] @ models/lib/nn.yaml:79:7
%11184 = mul %157, %11183 : f32[24,24] @ models/lib/nn.yaml:79:7
%11185 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11186 = sub %11185, %3235 : f64[] @ models/lib/nn.yaml:79:7
%11187 = cast %11186 : f32[] @ models/lib/nn.yaml:79:7
%11188 = broadcast %11187 : f32[24,24] @ models/lib/nn.yaml:79:7
%11189 = mul %11177, %11188 : f32[24,24] @ models/lib/nn.yaml:79:7
%11190 = add %11184, %11189 : f32[24,24] @ models/lib/nn.yaml:79:7
%11191 = assign %157, %11190 : f32[24,24] @ models/lib/nn.yaml:79:7
%11192 = all_reduce_sum %4255 : f32[24] @ models/lib/nn.yaml:80:7
%11193 = reshape %11192 : f32[24] @ models/lib/nn.yaml:80:7
%11194 = mul %11193, %11193 : f32[24] @ models/lib/nn.yaml:80:7
%11195 = reduce_sum %11194 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%11196 = sqrt %11195 : f32[] @ models/lib/nn.yaml:80:7
%11197 = cast %11196 : f64[] @ models/lib/nn.yaml:80:7
%11198 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%11199 = add %11197, %11198 : f64[] @ models/lib/nn.yaml:80:7
%11200 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%11201 = div %11200, %11199 : f64[] @ models/lib/nn.yaml:80:7
%11202 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11203 = lt %11201, %11202 : bool[] @ models/lib/nn.yaml:80:7
%11204 = cast %11201 : f32[] @ models/lib/nn.yaml:80:7
%11205 = broadcast %11204 : f32[24] @ models/lib/nn.yaml:80:7
%11206 = mul %11192, %11205 : f32[24] @ models/lib/nn.yaml:80:7
%11207 = broadcast %11203 : bool[24] @ models/lib/nn.yaml:80:7
%11208 = select %11207, %11206, %11192 : f32[24] @ models/lib/nn.yaml:80:7
%11209 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%11210 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%11211 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%11212 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%11213 = add %11211, %11212 : i64[] @ models/lib/nn.yaml:80:7
%11214 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%11215 = cast %11214 : f32[] @ models/lib/nn.yaml:80:7
%11216 = broadcast %11215 : f32[24] @ models/lib/nn.yaml:80:7
%11217 = mul %11208, %11216 : f32[24] @ models/lib/nn.yaml:80:7
%11218 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%11219 = cast %11218 : f32[] @ models/lib/nn.yaml:80:7
%11220 = broadcast %11219 : f32[24] @ models/lib/nn.yaml:80:7
%11221 = mul %11209, %11220 : f32[24] @ models/lib/nn.yaml:80:7
%11222 = add %11221, %11217 : f32[24] @ models/lib/nn.yaml:80:7
%11223 = mul %11208, %11208 : f32[24] @ models/lib/nn.yaml:80:7
%11224 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%11225 = cast %11224 : f32[] @ models/lib/nn.yaml:80:7
%11226 = broadcast %11225 : f32[24] @ models/lib/nn.yaml:80:7
%11227 = mul %11223, %11226 : f32[24] @ models/lib/nn.yaml:80:7
%11228 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%11229 = cast %11228 : f32[] @ models/lib/nn.yaml:80:7
%11230 = broadcast %11229 : f32[24] @ models/lib/nn.yaml:80:7
%11231 = mul %11210, %11230 : f32[24] @ models/lib/nn.yaml:80:7
%11232 = add %11231, %11227 : f32[24] @ models/lib/nn.yaml:80:7
%11233 = cast %11213 : f64[] @ models/lib/nn.yaml:80:7
%11234 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%11235 = pow %11234, %11233 : f64[] @ models/lib/nn.yaml:80:7
%11236 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11237 = sub %11236, %11235 : f64[] @ models/lib/nn.yaml:80:7
%11238 = div %3233, %11237 : f64[] @ models/lib/nn.yaml:80:7
%11239 = cast %11213 : f64[] @ models/lib/nn.yaml:80:7
%11240 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%11241 = pow %11240, %11239 : f64[] @ models/lib/nn.yaml:80:7
%11242 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11243 = sub %11242, %11241 : f64[] @ models/lib/nn.yaml:80:7
%11244 = sqrt %11243 : f64[] @ models/lib/nn.yaml:80:7
%11245 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11246 = div %11245, %11244 : f64[] @ models/lib/nn.yaml:80:7
%11247 = sqrt %11232 : f32[24] @ models/lib/nn.yaml:80:7
%11248 = cast %11246 : f32[] @ models/lib/nn.yaml:80:7
%11249 = broadcast %11248 : f32[24] @ models/lib/nn.yaml:80:7
%11250 = mul %11247, %11249 : f32[24] @ models/lib/nn.yaml:80:7
%11251 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%11252 = cast %11251 : f32[] @ models/lib/nn.yaml:80:7
%11253 = broadcast %11252 : f32[24] @ models/lib/nn.yaml:80:7
%11254 = add %11250, %11253 : f32[24] @ models/lib/nn.yaml:80:7
%11255 = div %11222, %11254 : f32[24] @ models/lib/nn.yaml:80:7
%11256 = cast %11238 : f32[] @ models/lib/nn.yaml:80:7
%11257 = broadcast %11256 : f32[24] @ models/lib/nn.yaml:80:7
%11258 = mul %11255, %11257 : f32[24] @ models/lib/nn.yaml:80:7
%11259 = sub %80, %11258 : f32[24] @ models/lib/nn.yaml:80:7
%11260 = assign %80, %11259 : f32[24] @ models/lib/nn.yaml:80:7
%11261 = assign %11209, %11222 : f32[24] @ models/lib/nn.yaml:80:7
%11262 = assign %11210, %11232 : f32[24] @ models/lib/nn.yaml:80:7
%11263 = assign %11211, %11213 : i64[] @ models/lib/nn.yaml:80:7
%11264 = cast %3235 : f32[] @ models/lib/nn.yaml:80:7
%11265 = broadcast %11264 : f32[24] @ models/lib/nn.yaml:80:7
%11266 = mul %158, %11265 : f32[24] @ models/lib/nn.yaml:80:7
%11267 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11268 = sub %11267, %3235 : f64[] @ models/lib/nn.yaml:80:7
%11269 = cast %11268 : f32[] @ models/lib/nn.yaml:80:7
%11270 = broadcast %11269 : f32[24] @ models/lib/nn.yaml:80:7
%11271 = mul %11259, %11270 : f32[24] @ models/lib/nn.yaml:80:7
%11272 = add %11266, %11271 : f32[24] @ models/lib/nn.yaml:80:7
%11273 = assign %158, %11272 : f32[24] @ models/lib/nn.yaml:80:7
%11274 = all_reduce_sum %4238 : f32[8,24] @ models/lib/nn.yaml:79:7
%11275 = reshape %11274 : f32[192] @ models/lib/nn.yaml:79:7
%11276 = mul %11275, %11275 : f32[192] @ models/lib/nn.yaml:79:7
%11277 = reduce_sum %11276 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%11278 = sqrt %11277 : f32[] @ models/lib/nn.yaml:79:7
%11279 = cast %11278 : f64[] @ models/lib/nn.yaml:79:7
%11280 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%11281 = add %11279, %11280 : f64[] @ models/lib/nn.yaml:79:7
%11282 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%11283 = div %11282, %11281 : f64[] @ models/lib/nn.yaml:79:7
%11284 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11285 = lt %11283, %11284 : bool[] @ models/lib/nn.yaml:79:7
%11286 = cast %11283 : f32[] @ models/lib/nn.yaml:79:7
%11287 = broadcast %11286 : f32[8,24] @ models/lib/nn.yaml:79:7
%11288 = mul %11274, %11287 : f32[8,24] @ models/lib/nn.yaml:79:7
%11289 = broadcast %11285 : bool[8,24] @ models/lib/nn.yaml:79:7
%11290 = select %11289, %11288, %11274 : f32[8,24] @ models/lib/nn.yaml:79:7
%11291 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%11292 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%11293 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%11294 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%11295 = add %11293, %11294 : i64[] @ models/lib/nn.yaml:79:7
%11296 = mul %3233, %3234 : f64[] @ models/lib/nn.yaml:79:7
%11297 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11298 = sub %11297, %11296 : f64[] @ models/lib/nn.yaml:79:7
%11299 = cast %11298 : f32[] @ models/lib/nn.yaml:79:7
%11300 = broadcast %11299 : f32[8,24] @ models/lib/nn.yaml:79:7
%11301 = mul %81, %11300 : f32[8,24] @ models/lib/nn.yaml:79:7
%11302 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%11303 = cast %11302 : f32[] @ models/lib/nn.yaml:79:7
%11304 = broadcast %11303 : f32[8,24] @ models/lib/nn.yaml:79:7
%11305 = mul %11290, %11304 : f32[8,24] @ models/lib/nn.yaml:79:7
%11306 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%11307 = cast %11306 : f32[] @ models/lib/nn.yaml:79:7
%11308 = broadcast %11307 : f32[8,24] @ models/lib/nn.yaml:79:7
%11309 = mul %11291, %11308 : f32[8,24] @ models/lib/nn.yaml:79:7
%11310 = add %11309, %11305 : f32[8,24] @ models/lib/nn.yaml:79:7
%11311 = mul %11290, %11290 : f32[8,24] @ models/lib/nn.yaml:79:7
%11312 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%11313 = cast %11312 : f32[] @ models/lib/nn.yaml:79:7
%11314 = broadcast %11313 : f32[8,24] @ models/lib/nn.yaml:79:7
%11315 = mul %11311, %11314 : f32[8,24] @ models/lib/nn.yaml:79:7
%11316 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%11317 = cast %11316 : f32[] @ models/lib/nn.yaml:79:7
%11318 = broadcast %11317 : f32[8,24] @ models/lib/nn.yaml:79:7
%11319 = mul %11292, %11318 : f32[8,24] @ models/lib/nn.yaml:79:7
%11320 = add %11319, %11315 : f32[8,24] @ models/lib/nn.yaml:79:7
%11321 = cast %11295 : f64[] @ models/lib/nn.yaml:79:7
%11322 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%11323 = pow %11322, %11321 : f64[] @ models/lib/nn.yaml:79:7
%11324 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11325 = sub %11324, %11323 : f64[] @ models/lib/nn.yaml:79:7
%11326 = div %3233, %11325 : f64[] @ models/lib/nn.yaml:79:7
%11327 = cast %11295 : f64[] @ models/lib/nn.yaml:79:7
%11328 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%11329 = pow %11328, %11327 : f64[] @ models/lib/nn.yaml:79:7
%11330 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11331 = sub %11330, %11329 : f64[] @ models/lib/nn.yaml:79:7
%11332 = sqrt %11331 : f64[] @ models/lib/nn.yaml:79:7
%11333 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11334 = div %11333, %11332 : f64[] @ models/lib/nn.yaml:79:7
%11335 = sqrt %11320 : f32[8,24] @ models/lib/nn.yaml:79:7
%11336 = cast %11334 : f32[] @ models/lib/nn.yaml:79:7
%11337 = broadcast %11336 : f32[8,24] @ models/lib/nn.yaml:79:7
%11338 = mul %11335, %11337 : f32[8,24] @ models/lib/nn.yaml:79:7
%11339 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%11340 = cast %11339 : f32[] @ models/lib/nn.yaml:79:7
%11341 = broadcast %11340 : f32[8,24] @ models/lib/nn.yaml:79:7
%11342 = add %11338, %11341 : f32[8,24] @ models/lib/nn.yaml:79:7
%11343 = div %11310, %11342 : f32[8,24] @ models/lib/nn.yaml:79:7
%11344 = cast %11326 : f32[] @ models/lib/nn.yaml:79:7
%11345 = broadcast %11344 : f32[8,24] @ models/lib/nn.yaml:79:7
%11346 = mul %11343, %11345 : f32[8,24] @ models/lib/nn.yaml:79:7
%11347 = sub %11301, %11346 : f32[8,24] @ models/lib/nn.yaml:79:7
%11348 = assign %81, %11347 : f32[8,24] @ models/lib/nn.yaml:79:7
%11349 = assign %11291, %11310 : f32[8,24] @ models/lib/nn.yaml:79:7
%11350 = assign %11292, %11320 : f32[8,24] @ models/lib/nn.yaml:79:7
%11351 = assign %11293, %11295 : i64[] @ models/lib/nn.yaml:79:7
%11352 = cast %3235 : f32[] @ models/lib/nn.yaml:79:7
%11353 = broadcast %11352 : f32[8,24] @ models/lib/nn.yaml:79:7
%11354 = mul %159, %11353 : f32[8,24] @ models/lib/nn.yaml:79:7
%11355 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11356 = sub %11355, %3235 : f64[] @ models/lib/nn.yaml:79:7
%11357 = cast %11356 : f32[] @ models/lib/nn.yaml:79:7
%11358 = broadcast %11357 : f32[8,24] @ models/lib/nn.yaml:79:7
%11359 = mul %11347, %11358 : f32[8,24] @ models/lib/nn.yaml:79:7
%11360 = add %11354, %11359 : f32[8,24] @ models/lib/nn.yaml:79:7
%11361 = assign %159, %11360 : f32[8,24] @ models/lib/nn.yaml:79:7
%11362 = all_reduce_sum %4233 : f32[8] @ models/lib/nn.yaml:80:7
%11363 = reshape %11362 : f32[8] @ models/lib/nn.yaml:80:7
%11364 = mul %11363, %11363 : f32[8] @ models/lib/nn.yaml:80:7
%11365 = reduce_sum %11364 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%11366 = sqrt %11365 : f32[] @ models/lib/nn.yaml:80:7
%11367 = cast %11366 : f64[] @ models/lib/nn.yaml:80:7
%11368 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%11369 = add %11367, %11368 : f64[] @ models/lib/nn.yaml:80:7
%11370 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%11371 = div %11370, %11369 : f64[] @ models/lib/nn.yaml:80:7
%11372 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11373 = lt %11371, %11372 : bool[] @ models/lib/nn.yaml:80:7
%11374 = cast %11371 : f32[] @ models/lib/nn.yaml:80:7
%11375 = broadcast %11374 : f32[8] @ models/lib/nn.yaml:80:7
%11376 = mul %11362, %11375 : f32[8] @ models/lib/nn.yaml:80:7
%11377 = broadcast %11373 : bool[8] @ models/lib/nn.yaml:80:7
%11378 = select %11377, %11376, %11362 : f32[8] @ models/lib/nn.yaml:80:7
%11379 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%11380 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%11381 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%11382 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%11383 = add %11381, %11382 : i64[] @ models/lib/nn.yaml:80:7
%11384 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%11385 = cast %11384 : f32[] @ models/lib/nn.yaml:80:7
%11386 = broadcast %11385 : f32[8] @ models/lib/nn.yaml:80:7
%11387 = mul %11378, %11386 : f32[8] @ models/lib/nn.yaml:80:7
%11388 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%11389 = cast %11388 : f32[] @ models/lib/nn.yaml:80:7
%11390 = broadcast %11389 : f32[8] @ models/lib/nn.yaml:80:7
%11391 = mul %11379, %11390 : f32[8] @ models/lib/nn.yaml:80:7
%11392 = add %11391, %11387 : f32[8] @ models/lib/nn.yaml:80:7
%11393 = mul %11378, %11378 : f32[8] @ models/lib/nn.yaml:80:7
%11394 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%11395 = cast %11394 : f32[] @ models/lib/nn.yaml:80:7
%11396 = broadcast %11395 : f32[8] @ models/lib/nn.yaml:80:7
%11397 = mul %11393, %11396 : f32[8] @ models/lib/nn.yaml:80:7
%11398 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%11399 = cast %11398 : f32[] @ models/lib/nn.yaml:80:7
%11400 = broadcast %11399 : f32[8] @ models/lib/nn.yaml:80:7
%11401 = mul %11380, %11400 : f32[8] @ models/lib/nn.yaml:80:7
%11402 = add %11401, %11397 : f32[8] @ models/lib/nn.yaml:80:7
%11403 = cast %11383 : f64[] @ models/lib/nn.yaml:80:7
%11404 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%11405 = pow %11404, %11403 : f64[] @ models/lib/nn.yaml:80:7
%11406 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11407 = sub %11406, %11405 : f64[] @ models/lib/nn.yaml:80:7
%11408 = div %3233, %11407 : f64[] @ models/lib/nn.yaml:80:7
%11409 = cast %11383 : f64[] @ models/lib/nn.yaml:80:7
%11410 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%11411 = pow %11410, %11409 : f64[] @ models/lib/nn.yaml:80:7
%11412 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11413 = sub %11412, %11411 : f64[] @ models/lib/nn.yaml:80:7
%11414 = sqrt %11413 : f64[] @ models/lib/nn.yaml:80:7
%11415 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11416 = div %11415, %11414 : f64[] @ models/lib/nn.yaml:80:7
%11417 = sqrt %11402 : f32[8] @ models/lib/nn.yaml:80:7
%11418 = cast %11416 : f32[] @ models/lib/nn.yaml:80:7
%11419 = broadcast %11418 : f32[8] @ models/lib/nn.yaml:80:7
%11420 = mul %11417, %11419 : f32[8] @ models/lib/nn.yaml:80:7
%11421 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%11422 = cast %11421 : f32[] @ models/lib/nn.yaml:80:7
%11423 = broadcast %11422 : f32[8] @ models/lib/nn.yaml:80:7
%11424 = add %11420, %11423 : f32[8] @ models/lib/nn.yaml:80:7
%11425 = div %11392, %11424 : f32[8] @ models/lib/nn.yaml:80:7
%11426 = cast %11408 : f32[] @ models/lib/nn.yaml:80:7
%11427 = broadcast %11426 : f32[8] @ models/lib/nn.yaml:80:7
%11428 = mul %11425, %11427 : f32[8] @ models/lib/nn.yaml:80:7
%11429 = sub %82, %11428 : f32[8] @ models/lib/nn.yaml:80:7
%11430 = assign %82, %11429 : f32[8] @ models/lib/nn.yaml:80:7
%11431 = assign %11379, %11392 : f32[8] @ models/lib/nn.yaml:80:7
%11432 = assign %11380, %11402 : f32[8] @ models/lib/nn.yaml:80:7
%11433 = assign %11381, %11383 : i64[] @ models/lib/nn.yaml:80:7
%11434 = cast %3235 : f32[] @ models/lib/nn.yaml:80:7
%11435 = broadcast %11434 : f32[8] @ models/lib/nn.yaml:80:7
%11436 = mul %160, %11435 : f32[8] @ models/lib/nn.yaml:80:7
%11437 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11438 = sub %11437, %3235 : f64[] @ models/lib/nn.yaml:80:7
%11439 = cast %11438 : f32[] @ models/lib/nn.yaml:80:7
%11440 = broadcast %11439 : f32[8] @ models/lib/nn.yaml:80:7
%11441 = mul %11429, %11440 : f32[8] @ models/lib/nn.yaml:80:7
%11442 = add %11436, %11441 : f32[8] @ models/lib/nn.yaml:80:7
%11443 = assign %160, %11442 : f32[8] @ models/lib/nn.yaml:80:7
%11444 = cast %3235 : f32[] @ models/lib/dino.yaml:18:7
%11445 = broadcast %11444 : f32[16,1] @ models/lib/dino.yaml:18:7
%11446 = mul %161, %11445 : f32[16,1] @ models/lib/dino.yaml:18:7
%11447 = const data=[1] : f64[] @ models/lib/dino.yaml:18:7
%11448 = sub %11447, %3235 : f64[] @ models/lib/dino.yaml:18:7
%11449 = cast %11448 : f32[] @ models/lib/dino.yaml:18:7
%11450 = broadcast %11449 : f32[16,1] @ models/lib/dino.yaml:18:7
%11451 = mul %83, %11450 : f32[16,1] @ models/lib/dino.yaml:18:7
%11452 = add %11446, %11451 : f32[16,1] @ models/lib/dino.yaml:18:7
%11453 = assign %161, %11452 : f32[16,1] @ models/lib/dino.yaml:18:7
%11454 = all_reduce_sum %4205 : f32[16,8] @ models/lib/dino.yaml:19:7
%11455 = reshape %11454 : f32[128] @ models/lib/dino.yaml:19:7
%11456 = mul %11455, %11455 : f32[128] @ models/lib/dino.yaml:19:7
%11457 = reduce_sum %11456 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%11458 = sqrt %11457 : f32[] @ models/lib/dino.yaml:19:7
%11459 = cast %11458 : f64[] @ models/lib/dino.yaml:19:7
%11460 = const data=[1e-06] : f64[] @ models/lib/dino.yaml:19:7
%11461 = add %11459, %11460 : f64[] @ models/lib/dino.yaml:19:7
%11462 = const data=[3] : f64[] @ models/lib/dino.yaml:19:7
%11463 = div %11462, %11461 : f64[] @ models/lib/dino.yaml:19:7
%11464 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11465 = lt %11463, %11464 : bool[] @ models/lib/dino.yaml:19:7
%11466 = cast %11463 : f32[] @ models/lib/dino.yaml:19:7
%11467 = broadcast %11466 : f32[16,8] @ models/lib/dino.yaml:19:7
%11468 = mul %11454, %11467 : f32[16,8] @ models/lib/dino.yaml:19:7
%11469 = broadcast %11465 : bool[16,8] @ models/lib/dino.yaml:19:7
%11470 = select %11469, %11468, %11454 : f32[16,8] @ models/lib/dino.yaml:19:7
%11471 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%11472 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%11473 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%11474 = const data=[1] : i64[] @ models/lib/dino.yaml:19:7
%11475 = add %11473, %11474 : i64[] @ models/lib/dino.yaml:19:7
%11476 = mul %3233, %3234 : f64[] @ models/lib/dino.yaml:19:7
%11477 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11478 = sub %11477, %11476 : f64[] @ models/lib/dino.yaml:19:7
%11479 = cast %11478 : f32[] @ models/lib/dino.yaml:19:7
%11480 = broadcast %11479 : f32[16,8] @ models/lib/dino.yaml:19:7
%11481 = mul %84, %11480 : f32[16,8] @ models/lib/dino.yaml:19:7
%11482 = const data=[0.09999999999999998] : f64[] @ models/lib/dino.yaml:19:7
%11483 = cast %11482 : f32[] @ models/lib/dino.yaml:19:7
%11484 = broadcast %11483 : f32[16,8] @ models/lib/dino.yaml:19:7
%11485 = mul %11470, %11484 : f32[16,8] @ models/lib/dino.yaml:19:7
%11486 = const data=[0.9] : f64[] @ models/lib/dino.yaml:19:7
%11487 = cast %11486 : f32[] @ models/lib/dino.yaml:19:7
%11488 = broadcast %11487 : f32[16,8] @ models/lib/dino.yaml:19:7
%11489 = mul %11471, %11488 : f32[16,8] @ models/lib/dino.yaml:19:7
%11490 = add %11489, %11485 : f32[16,8] @ models/lib/dino.yaml:19:7
%11491 = mul %11470, %11470 : f32[16,8] @ models/lib/dino.yaml:19:7
%11492 = const data=[0.0010000000000000009] : f64[] @ models/lib/dino.yaml:19:7
%11493 = cast %11492 : f32[] @ models/lib/dino.yaml:19:7
%11494 = broadcast %11493 : f32[16,8] @ models/lib/dino.yaml:19:7
%11495 = mul %11491, %11494 : f32[16,8] @ models/lib/dino.yaml:19:7
%11496 = const data=[0.999] : f64[] @ models/lib/dino.yaml:19:7
%11497 = cast %11496 : f32[] @ models/lib/dino.yaml:19:7
%11498 = broadcast %11497 : f32[16,8] @ models/lib/dino.yaml:19:7
%11499 = mul %11472, %11498 : f32[16,8] @ models/lib/dino.yaml:19:7
%11500 = add %11499, %11495 : f32[16,8] @ models/lib/dino.yaml:19:7
%11501 = cast %11475 : f64[] @ models/lib/dino.yaml:19:7
%11502 = const data=[0.9] : f64[] @ models/lib/dino.yaml:19:7
%11503 = pow %11502, %11501 : f64[] @ models/lib/dino.yaml:19:7
%11504 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11505 = sub %11504, %11503 : f64[] @ models/lib/dino.yaml:19:7
%11506 = div %3233, %11505 : f64[] @ models/lib/dino.yaml:19:7
%11507 = cast %11475 : f64[] @ models/lib/dino.yaml:19:7
%11508 = const data=[0.999] : f64[] @ models/lib/dino.yaml:19:7
%11509 = pow %11508, %11507 : f64[] @ models/lib/dino.yaml:19:7
%11510 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11511 = sub %11510, %11509 : f64[] @ models/lib/dino.yaml:19:7
%11512 = sqrt %11511 : f64[] @ models/lib/dino.yaml:19:7
%11513 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11514 = div %11513, %11512 : f64[] @ models/lib/dino.yaml:19:7
%11515 = sqrt %11500 : f32[16,8] @ models/lib/dino.yaml:19:7
%11516 = cast %11514 : f32[] @ models/lib/dino.yaml:19:7
%11517 = broadcast %11516 : f32[16,8] @ models/lib/dino.yaml:19:7
%11518 = mul %11515, %11517 : f32[16,8] @ models/lib/dino.yaml:19:7
%11519 = const data=[1e-08] : f64[] @ models/lib/dino.yaml:19:7
%11520 = cast %11519 : f32[] @ models/lib/dino.yaml:19:7
%11521 = broadcast %11520 : f32[16,8] @ models/lib/dino.yaml:19:7
%11522 = add %11518, %11521 : f32[16,8] @ models/lib/dino.yaml:19:7
%11523 = div %11490, %11522 : f32[16,8] @ models/lib/dino.yaml:19:7
%11524 = cast %11506 : f32[] @ models/lib/dino.yaml:19:7
%11525 = broadcast %11524 : f32[16,8] @ models/lib/dino.yaml:19:7
%11526 = mul %11523, %11525 : f32[16,8] @ models/lib/dino.yaml:19:7
%11527 = sub %11481, %11526 : f32[16,8] @ models/lib/dino.yaml:19:7
%11528 = const data=[1] : i64[] @ models/lib/dino.yaml:19:7
%11529 = lt %10911, %11528 : bool[] @ models/lib/dino.yaml:19:7
%11530 = broadcast %11529 : bool[16,8] @ models/lib/dino.yaml:19:7
%11531 = select %11530, %84, %11527 : f32[16,8] @ models/lib/dino.yaml:19:7
%11532 = broadcast %11529 : bool[16,8] @ models/lib/dino.yaml:19:7
%11533 = select %11532, %11471, %11490 : f32[16,8] @ models/lib/dino.yaml:19:7
%11534 = broadcast %11529 : bool[16,8] @ models/lib/dino.yaml:19:7
%11535 = select %11534, %11472, %11500 : f32[16,8] @ models/lib/dino.yaml:19:7
%11536 = select %11529, %11473, %11475 : i64[] @ models/lib/dino.yaml:19:7
%11537 = assign %84, %11531 : f32[16,8] @ models/lib/dino.yaml:19:7
%11538 = assign %11471, %11533 : f32[16,8] @ models/lib/dino.yaml:19:7
%11539 = assign %11472, %11535 : f32[16,8] @ models/lib/dino.yaml:19:7
%11540 = assign %11473, %11536 : i64[] @ models/lib/dino.yaml:19:7
%11541 = cast %3235 : f32[] @ models/lib/dino.yaml:19:7
%11542 = broadcast %11541 : f32[16,8] @ models/lib/dino.yaml:19:7
%11543 = mul %162, %11542 : f32[16,8] @ models/lib/dino.yaml:19:7
%11544 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11545 = sub %11544, %3235 : f64[] @ models/lib/dino.yaml:19:7
%11546 = cast %11545 : f32[] @ models/lib/dino.yaml:19:7
%11547 = broadcast %11546 : f32[16,8] @ models/lib/dino.yaml:19:7
%11548 = mul %11531, %11547 : f32[16,8] @ models/lib/dino.yaml:19:7
%11549 = add %11543, %11548 : f32[16,8] @ models/lib/dino.yaml:19:7
%11550 = assign %162, %11549 : f32[16,8] @ models/lib/dino.yaml:19:7
%11551 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%11552 = abs %3196 : f32[] @ models/dino_pass.yaml:149:3
%11553 = lt %11552, %11551 : bool[] @ models/dino_pass.yaml:149:3
%11554 = output %11553 name="finite" : bool[] @ models/dino_pass.yaml:149:3
