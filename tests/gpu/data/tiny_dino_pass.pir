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
%203 = permute %201 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%204 = slice %199 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%205 = broadcast %204 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%206 = slice %203 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%207 = broadcast %206 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%208 = mul %205, %207 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%209 = slice %199 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%210 = broadcast %209 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%211 = slice %203 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%212 = broadcast %211 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%213 = mul %210, %212 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%214 = add %208, %213 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%215 = slice %199 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%216 = broadcast %215 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%217 = slice %203 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%218 = broadcast %217 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%219 = mul %216, %218 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%220 = add %214, %219 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%221 = slice %199 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%222 = broadcast %221 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%223 = slice %203 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%224 = broadcast %223 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%225 = mul %222, %224 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%226 = add %220, %225 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%227 = slice %199 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%228 = broadcast %227 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%229 = slice %203 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%230 = broadcast %229 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%231 = mul %228, %230 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%232 = add %226, %231 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%233 = slice %199 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%234 = broadcast %233 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%235 = slice %203 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%236 = broadcast %235 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%237 = mul %234, %236 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%238 = add %232, %237 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%239 = slice %199 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%240 = broadcast %239 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%241 = slice %203 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%242 = broadcast %241 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%243 = mul %240, %242 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%244 = add %238, %243 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%245 = slice %199 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%246 = broadcast %245 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%247 = slice %203 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%248 = broadcast %247 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%249 = mul %246, %248 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%250 = add %244, %249 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%251 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%252 = broadcast %251 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%253 = mul %250, %252 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%254 = reduce_max %253 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%255 = stop_gradient %254 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%256 = broadcast %255 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%257 = mul %250, %252 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%258 = sub %257, %256 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%259 = exp %258 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%260 = reduce_sum %259 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%261 = broadcast %260 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%262 = exp %258 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%263 = div %262, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%264 = reshape %263 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%265 = broadcast %264 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%266 = reshape %202 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%267 = broadcast %266 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%268 = mul %265, %267 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%269 = reduce_sum %268 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%270 = permute %269 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%271 = reshape %270 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%272 = matmul %271, %92 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%273 = broadcast %93 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%274 = add %272, %273 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%275 = add %173, %274 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%276 = reduce_sum %275 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%277 = div %276, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%278 = broadcast %277 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%279 = sub %275, %278 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%280 = mul %279, %279 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%281 = reduce_sum %280 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%282 = div %281, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%283 = add %282, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%284 = rsqrt %283 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%285 = broadcast %284 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%286 = mul %279, %285 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%287 = broadcast %94 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%288 = mul %286, %287 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%289 = broadcast %95 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%290 = add %288, %289 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%291 = matmul %290, %96 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%292 = broadcast %97 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%293 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%294 = broadcast %293 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%295 = add %291, %292 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%296 = mul %294, %295 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%297 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%298 = broadcast %297 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%299 = add %291, %292 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%300 = mul %299, %298 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%301 = erf %300 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%302 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%303 = broadcast %302 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%304 = add %303, %301 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%305 = mul %296, %304 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%306 = matmul %305, %98 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%307 = broadcast %99 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%308 = add %306, %307 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%309 = add %275, %308 : f32[4,16,16] @ models/lib/nn.yaml:126:18
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
%335 = permute %333 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%336 = slice %331 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%337 = broadcast %336 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%338 = slice %335 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%339 = broadcast %338 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%340 = mul %337, %339 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%341 = slice %331 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%342 = broadcast %341 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%343 = slice %335 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%344 = broadcast %343 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%345 = mul %342, %344 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%346 = add %340, %345 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%347 = slice %331 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%348 = broadcast %347 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%349 = slice %335 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%350 = broadcast %349 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%351 = mul %348, %350 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%352 = add %346, %351 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%353 = slice %331 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%354 = broadcast %353 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%355 = slice %335 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%356 = broadcast %355 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%357 = mul %354, %356 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%358 = add %352, %357 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%359 = slice %331 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%360 = broadcast %359 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%361 = slice %335 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%362 = broadcast %361 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%363 = mul %360, %362 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%364 = add %358, %363 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%365 = slice %331 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%366 = broadcast %365 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%367 = slice %335 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%368 = broadcast %367 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%369 = mul %366, %368 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%370 = add %364, %369 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%371 = slice %331 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%372 = broadcast %371 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%373 = slice %335 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%374 = broadcast %373 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%375 = mul %372, %374 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%376 = add %370, %375 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%377 = slice %331 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%378 = broadcast %377 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%379 = slice %335 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%380 = broadcast %379 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%381 = mul %378, %380 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%382 = add %376, %381 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%383 = mul %382, %252 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%384 = reduce_max %383 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%385 = stop_gradient %384 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%386 = broadcast %385 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%387 = mul %382, %252 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%388 = sub %387, %386 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%389 = exp %388 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%390 = reduce_sum %389 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%391 = broadcast %390 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%392 = exp %388 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%393 = div %392, %391 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%394 = reshape %393 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%395 = broadcast %394 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%396 = reshape %334 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%397 = broadcast %396 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%398 = mul %395, %397 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%399 = reduce_sum %398 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%400 = permute %399 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%401 = reshape %400 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%402 = matmul %401, %104 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%403 = broadcast %105 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%404 = add %402, %403 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%405 = add %309, %404 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%406 = reduce_sum %405 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%407 = div %406, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%408 = broadcast %407 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%409 = sub %405, %408 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%410 = mul %409, %409 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%411 = reduce_sum %410 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%412 = div %411, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%413 = add %412, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%414 = rsqrt %413 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%415 = broadcast %414 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%416 = mul %409, %415 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%417 = broadcast %106 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%418 = mul %416, %417 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%419 = broadcast %107 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%420 = add %418, %419 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%421 = matmul %420, %108 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%422 = broadcast %109 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%423 = add %421, %422 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%424 = mul %294, %423 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%425 = add %421, %422 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%426 = mul %425, %298 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%427 = erf %426 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%428 = add %303, %427 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%429 = mul %424, %428 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%430 = matmul %429, %110 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%431 = broadcast %111 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%432 = add %430, %431 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%433 = add %405, %432 : f32[4,16,16] @ models/lib/nn.yaml:126:18
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
%464 = matmul %455, %119 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%465 = broadcast %120 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%466 = slice %461 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%467 = broadcast %466 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%468 = reshape %462 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%469 = permute %468 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%470 = slice %469 lo=[0,0,0,0] hi=[64,2,1,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%471 = reshape %463 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%472 = permute %471 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%473 = slice %472 lo=[0,0,0,0] hi=[64,2,1,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%474 = add %470, %473 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%475 = mul %467, %474 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%476 = slice %461 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%477 = broadcast %476 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%478 = reshape %462 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%479 = permute %478 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%480 = slice %479 lo=[0,0,1,0] hi=[64,2,2,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%481 = reshape %463 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%482 = permute %481 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%483 = slice %482 lo=[0,0,1,0] hi=[64,2,2,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%484 = add %480, %483 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%485 = mul %477, %484 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%486 = add %475, %485 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%487 = slice %461 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%488 = broadcast %487 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%489 = reshape %462 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%490 = permute %489 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%491 = slice %490 lo=[0,0,2,0] hi=[64,2,3,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%492 = reshape %463 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%493 = permute %492 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%494 = slice %493 lo=[0,0,2,0] hi=[64,2,3,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%495 = add %491, %494 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%496 = mul %488, %495 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%497 = add %486, %496 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%498 = slice %461 lo=[0,0,0,3] hi=[64,2,1,4] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%499 = broadcast %498 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%500 = reshape %462 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%501 = permute %500 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%502 = slice %501 lo=[0,0,3,0] hi=[64,2,4,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%503 = reshape %463 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%504 = permute %503 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%505 = slice %504 lo=[0,0,3,0] hi=[64,2,4,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%506 = add %502, %505 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%507 = mul %499, %506 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%508 = add %497, %507 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%509 = slice %461 lo=[0,0,0,4] hi=[64,2,1,5] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%510 = broadcast %509 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%511 = reshape %462 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%512 = permute %511 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%513 = slice %512 lo=[0,0,4,0] hi=[64,2,5,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%514 = reshape %463 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%515 = permute %514 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%516 = slice %515 lo=[0,0,4,0] hi=[64,2,5,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%517 = add %513, %516 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%518 = mul %510, %517 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%519 = add %508, %518 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%520 = slice %461 lo=[0,0,0,5] hi=[64,2,1,6] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%521 = broadcast %520 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%522 = reshape %462 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%523 = permute %522 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%524 = slice %523 lo=[0,0,5,0] hi=[64,2,6,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%525 = reshape %463 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%526 = permute %525 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%527 = slice %526 lo=[0,0,5,0] hi=[64,2,6,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%528 = add %524, %527 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%529 = mul %521, %528 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%530 = add %519, %529 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%531 = slice %461 lo=[0,0,0,6] hi=[64,2,1,7] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%532 = broadcast %531 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%533 = reshape %462 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%534 = permute %533 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%535 = slice %534 lo=[0,0,6,0] hi=[64,2,7,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%536 = reshape %463 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%537 = permute %536 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%538 = slice %537 lo=[0,0,6,0] hi=[64,2,7,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%539 = add %535, %538 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%540 = mul %532, %539 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%541 = add %530, %540 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%542 = slice %461 lo=[0,0,0,7] hi=[64,2,1,8] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%543 = broadcast %542 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%544 = reshape %462 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%545 = permute %544 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%546 = slice %545 lo=[0,0,7,0] hi=[64,2,8,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%547 = reshape %463 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%548 = permute %547 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%549 = slice %548 lo=[0,0,7,0] hi=[64,2,8,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%550 = add %546, %549 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%551 = mul %543, %550 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%552 = add %541, %551 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%553 = broadcast %251 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%554 = mul %552, %553 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%555 = reduce_max %554 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%556 = stop_gradient %555 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%557 = broadcast %556 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%558 = mul %552, %553 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%559 = sub %558, %557 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%560 = exp %559 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%561 = reduce_sum %560 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%562 = broadcast %561 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%563 = exp %559 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%564 = div %563, %562 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%565 = slice %564 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%566 = broadcast %565 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%567 = reshape %464 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%568 = permute %567 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%569 = slice %568 lo=[0,0,0,0] hi=[64,2,1,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%570 = reshape %465 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%571 = permute %570 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%572 = slice %571 lo=[0,0,0,0] hi=[64,2,1,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%573 = add %569, %572 : f32[64,2,1,8] @ models/lib/nn.yaml:84:18
%574 = mul %566, %573 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%575 = slice %564 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%576 = broadcast %575 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%577 = reshape %464 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%578 = permute %577 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%579 = slice %578 lo=[0,0,1,0] hi=[64,2,2,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%580 = reshape %465 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%581 = permute %580 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%582 = slice %581 lo=[0,0,1,0] hi=[64,2,2,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%583 = add %579, %582 : f32[64,2,1,8] @ models/lib/nn.yaml:84:18
%584 = mul %576, %583 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%585 = add %574, %584 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%586 = slice %564 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%587 = broadcast %586 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%588 = reshape %464 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%589 = permute %588 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%590 = slice %589 lo=[0,0,2,0] hi=[64,2,3,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%591 = reshape %465 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%592 = permute %591 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%593 = slice %592 lo=[0,0,2,0] hi=[64,2,3,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%594 = add %590, %593 : f32[64,2,1,8] @ models/lib/nn.yaml:84:18
%595 = mul %587, %594 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%596 = add %585, %595 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%597 = permute %596 perm=[0,2,1,3] : f32[64,1,2,8] @ models/lib/nn.yaml:56:13
%598 = reshape %597 : f32[64,1,16] @ models/lib/nn.yaml:57:16
%599 = matmul %598, %121 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%600 = broadcast %122 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%601 = add %599, %600 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%602 = add %437, %601 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%603 = reduce_sum %602 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%604 = broadcast %175 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%605 = div %603, %604 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%606 = broadcast %605 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%607 = add %599, %600 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%608 = add %437, %607 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%609 = sub %608, %606 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%610 = mul %609, %609 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%611 = reduce_sum %610 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%612 = div %611, %604 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%613 = broadcast %183 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%614 = add %612, %613 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%615 = rsqrt %614 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%616 = broadcast %615 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%617 = mul %609, %616 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%618 = broadcast %123 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%619 = mul %617, %618 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%620 = broadcast %124 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%621 = add %619, %620 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%622 = matmul %621, %125 ta=0 tb=1 : f32[64,1,64] @ models/lib/nn.yaml:83:15
%623 = broadcast %126 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%624 = broadcast %293 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%625 = add %622, %623 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%626 = mul %624, %625 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%627 = broadcast %297 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%628 = add %622, %623 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%629 = mul %628, %627 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%630 = erf %629 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%631 = broadcast %302 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%632 = add %631, %630 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%633 = mul %626, %632 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%634 = matmul %633, %127 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%635 = broadcast %128 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%636 = add %634, %635 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%637 = add %599, %600 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%638 = add %437, %637 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%639 = add %638, %636 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%640 = concat %639, %436 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%641 = reduce_sum %640 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%642 = div %641, %440 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%643 = broadcast %642 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%644 = sub %640, %643 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%645 = mul %644, %644 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%646 = reduce_sum %645 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%647 = div %646, %440 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%648 = add %647, %447 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%649 = rsqrt %648 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%650 = broadcast %649 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%651 = mul %644, %650 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%652 = broadcast %129 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%653 = mul %651, %652 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%654 = broadcast %130 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%655 = add %653, %654 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%656 = slice %655 lo=[0,0,0] hi=[64,1,16] : f32[64,1,16] @ models/lib/vit.yaml:78:33
%657 = matmul %656, %131 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%658 = broadcast %132 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%659 = add %657, %658 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%660 = reshape %659 : f32[64,1,2,8] @ models/lib/vit.yaml:78:22
%661 = permute %660 perm=[0,2,1,3] : f32[64,2,1,8] @ models/lib/vit.yaml:78:14
%662 = matmul %655, %133 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%663 = broadcast %134 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%664 = matmul %655, %135 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%665 = broadcast %136 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%666 = slice %661 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%667 = broadcast %666 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%668 = reshape %662 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%669 = permute %668 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%670 = slice %669 lo=[0,0,0,0] hi=[64,2,1,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%671 = reshape %663 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%672 = permute %671 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%673 = slice %672 lo=[0,0,0,0] hi=[64,2,1,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%674 = add %670, %673 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%675 = mul %667, %674 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%676 = slice %661 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%677 = broadcast %676 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%678 = reshape %662 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%679 = permute %678 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%680 = slice %679 lo=[0,0,1,0] hi=[64,2,2,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%681 = reshape %663 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%682 = permute %681 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%683 = slice %682 lo=[0,0,1,0] hi=[64,2,2,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%684 = add %680, %683 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%685 = mul %677, %684 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%686 = add %675, %685 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%687 = slice %661 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%688 = broadcast %687 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%689 = reshape %662 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%690 = permute %689 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%691 = slice %690 lo=[0,0,2,0] hi=[64,2,3,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%692 = reshape %663 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%693 = permute %692 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%694 = slice %693 lo=[0,0,2,0] hi=[64,2,3,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%695 = add %691, %694 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%696 = mul %688, %695 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%697 = add %686, %696 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%698 = slice %661 lo=[0,0,0,3] hi=[64,2,1,4] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%699 = broadcast %698 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%700 = reshape %662 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%701 = permute %700 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%702 = slice %701 lo=[0,0,3,0] hi=[64,2,4,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%703 = reshape %663 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%704 = permute %703 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%705 = slice %704 lo=[0,0,3,0] hi=[64,2,4,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%706 = add %702, %705 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%707 = mul %699, %706 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%708 = add %697, %707 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%709 = slice %661 lo=[0,0,0,4] hi=[64,2,1,5] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%710 = broadcast %709 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%711 = reshape %662 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%712 = permute %711 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%713 = slice %712 lo=[0,0,4,0] hi=[64,2,5,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%714 = reshape %663 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%715 = permute %714 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%716 = slice %715 lo=[0,0,4,0] hi=[64,2,5,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%717 = add %713, %716 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%718 = mul %710, %717 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%719 = add %708, %718 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%720 = slice %661 lo=[0,0,0,5] hi=[64,2,1,6] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%721 = broadcast %720 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%722 = reshape %662 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%723 = permute %722 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%724 = slice %723 lo=[0,0,5,0] hi=[64,2,6,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%725 = reshape %663 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%726 = permute %725 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%727 = slice %726 lo=[0,0,5,0] hi=[64,2,6,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%728 = add %724, %727 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%729 = mul %721, %728 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%730 = add %719, %729 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%731 = slice %661 lo=[0,0,0,6] hi=[64,2,1,7] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%732 = broadcast %731 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%733 = reshape %662 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%734 = permute %733 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%735 = slice %734 lo=[0,0,6,0] hi=[64,2,7,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%736 = reshape %663 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%737 = permute %736 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%738 = slice %737 lo=[0,0,6,0] hi=[64,2,7,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%739 = add %735, %738 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%740 = mul %732, %739 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%741 = add %730, %740 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%742 = slice %661 lo=[0,0,0,7] hi=[64,2,1,8] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%743 = broadcast %742 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%744 = reshape %662 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%745 = permute %744 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%746 = slice %745 lo=[0,0,7,0] hi=[64,2,8,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%747 = reshape %663 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%748 = permute %747 perm=[0,2,3,1] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%749 = slice %748 lo=[0,0,7,0] hi=[64,2,8,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%750 = add %746, %749 : f32[64,2,1,3] @ models/lib/nn.yaml:84:18
%751 = mul %743, %750 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%752 = add %741, %751 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%753 = mul %752, %553 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%754 = reduce_max %753 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%755 = stop_gradient %754 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%756 = broadcast %755 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%757 = mul %752, %553 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%758 = sub %757, %756 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%759 = exp %758 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%760 = reduce_sum %759 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%761 = broadcast %760 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%762 = exp %758 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%763 = div %762, %761 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%764 = slice %763 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%765 = broadcast %764 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%766 = reshape %664 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%767 = permute %766 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%768 = slice %767 lo=[0,0,0,0] hi=[64,2,1,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%769 = reshape %665 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%770 = permute %769 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%771 = slice %770 lo=[0,0,0,0] hi=[64,2,1,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%772 = add %768, %771 : f32[64,2,1,8] @ models/lib/nn.yaml:84:18
%773 = mul %765, %772 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%774 = slice %763 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%775 = broadcast %774 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%776 = reshape %664 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%777 = permute %776 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%778 = slice %777 lo=[0,0,1,0] hi=[64,2,2,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%779 = reshape %665 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%780 = permute %779 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%781 = slice %780 lo=[0,0,1,0] hi=[64,2,2,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%782 = add %778, %781 : f32[64,2,1,8] @ models/lib/nn.yaml:84:18
%783 = mul %775, %782 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%784 = add %773, %783 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%785 = slice %763 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%786 = broadcast %785 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%787 = reshape %664 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%788 = permute %787 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%789 = slice %788 lo=[0,0,2,0] hi=[64,2,3,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%790 = reshape %665 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%791 = permute %790 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%792 = slice %791 lo=[0,0,2,0] hi=[64,2,3,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%793 = add %789, %792 : f32[64,2,1,8] @ models/lib/nn.yaml:84:18
%794 = mul %786, %793 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%795 = add %784, %794 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%796 = permute %795 perm=[0,2,1,3] : f32[64,1,2,8] @ models/lib/nn.yaml:56:13
%797 = reshape %796 : f32[64,1,16] @ models/lib/nn.yaml:57:16
%798 = matmul %797, %137 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%799 = broadcast %138 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%800 = add %798, %799 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%801 = add %639, %800 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%802 = reduce_sum %801 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%803 = div %802, %604 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%804 = broadcast %803 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%805 = sub %801, %804 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%806 = mul %805, %805 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%807 = reduce_sum %806 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%808 = div %807, %604 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%809 = add %808, %613 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%810 = rsqrt %809 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%811 = broadcast %810 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%812 = mul %805, %811 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%813 = broadcast %139 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%814 = mul %812, %813 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%815 = broadcast %140 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%816 = add %814, %815 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%817 = matmul %816, %141 ta=0 tb=1 : f32[64,1,64] @ models/lib/nn.yaml:83:15
%818 = broadcast %142 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%819 = add %817, %818 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%820 = mul %624, %819 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%821 = add %817, %818 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%822 = mul %821, %627 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%823 = erf %822 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%824 = add %631, %823 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%825 = mul %820, %824 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%826 = matmul %825, %143 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%827 = broadcast %144 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%828 = add %826, %827 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%829 = add %801, %828 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%830 = reshape %829 : f32[4,16,16] @ models/dino_pass.yaml:88:16
%831 = broadcast %112 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%832 = concat %831, %433 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%833 = reduce_sum %832 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%834 = broadcast %175 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%835 = div %833, %834 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%836 = broadcast %835 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%837 = sub %832, %836 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%838 = mul %837, %837 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%839 = reduce_sum %838 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%840 = div %839, %834 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%841 = broadcast %183 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%842 = add %840, %841 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%843 = rsqrt %842 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%844 = broadcast %843 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%845 = mul %837, %844 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%846 = broadcast %113 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%847 = mul %845, %846 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%848 = broadcast %114 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%849 = add %847, %848 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%850 = slice %849 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%851 = matmul %850, %115 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%852 = broadcast %116 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%853 = add %851, %852 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%854 = reshape %853 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%855 = permute %854 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%856 = matmul %849, %117 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%857 = broadcast %118 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%858 = matmul %849, %119 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%859 = broadcast %120 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%860 = slice %855 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%861 = broadcast %860 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%862 = reshape %856 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%863 = permute %862 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%864 = slice %863 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%865 = reshape %857 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%866 = permute %865 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%867 = slice %866 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%868 = add %864, %867 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%869 = mul %861, %868 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%870 = slice %855 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%871 = broadcast %870 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%872 = reshape %856 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%873 = permute %872 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%874 = slice %873 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%875 = reshape %857 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%876 = permute %875 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%877 = slice %876 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%878 = add %874, %877 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%879 = mul %871, %878 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%880 = add %869, %879 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%881 = slice %855 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%882 = broadcast %881 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%883 = reshape %856 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%884 = permute %883 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%885 = slice %884 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%886 = reshape %857 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%887 = permute %886 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%888 = slice %887 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%889 = add %885, %888 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%890 = mul %882, %889 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%891 = add %880, %890 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%892 = slice %855 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%893 = broadcast %892 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%894 = reshape %856 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%895 = permute %894 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%896 = slice %895 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%897 = reshape %857 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%898 = permute %897 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%899 = slice %898 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%900 = add %896, %899 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%901 = mul %893, %900 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%902 = add %891, %901 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%903 = slice %855 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%904 = broadcast %903 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%905 = reshape %856 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%906 = permute %905 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%907 = slice %906 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%908 = reshape %857 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%909 = permute %908 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%910 = slice %909 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%911 = add %907, %910 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%912 = mul %904, %911 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%913 = add %902, %912 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%914 = slice %855 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%915 = broadcast %914 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%916 = reshape %856 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%917 = permute %916 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%918 = slice %917 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%919 = reshape %857 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%920 = permute %919 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%921 = slice %920 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%922 = add %918, %921 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%923 = mul %915, %922 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%924 = add %913, %923 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%925 = slice %855 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%926 = broadcast %925 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%927 = reshape %856 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%928 = permute %927 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%929 = slice %928 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%930 = reshape %857 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%931 = permute %930 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%932 = slice %931 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%933 = add %929, %932 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%934 = mul %926, %933 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%935 = add %924, %934 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%936 = slice %855 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%937 = broadcast %936 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%938 = reshape %856 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%939 = permute %938 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%940 = slice %939 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%941 = reshape %857 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%942 = permute %941 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%943 = slice %942 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%944 = add %940, %943 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%945 = mul %937, %944 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%946 = add %935, %945 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%947 = broadcast %251 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%948 = mul %946, %947 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%949 = reduce_max %948 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%950 = stop_gradient %949 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%951 = broadcast %950 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%952 = mul %946, %947 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%953 = sub %952, %951 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%954 = exp %953 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%955 = reduce_sum %954 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%956 = broadcast %955 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%957 = exp %953 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%958 = div %957, %956 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%959 = reshape %958 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%960 = broadcast %959 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%961 = reshape %858 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%962 = permute %961 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%963 = reshape %962 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%964 = reshape %859 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%965 = permute %964 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%966 = reshape %965 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%967 = add %963, %966 : f32[4,2,1,17,8] @ models/lib/nn.yaml:84:18
%968 = mul %960, %967 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%969 = reduce_sum %968 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%970 = permute %969 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%971 = reshape %970 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%972 = matmul %971, %121 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%973 = broadcast %122 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%974 = add %972, %973 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%975 = add %831, %974 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%976 = reduce_sum %975 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%977 = broadcast %175 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%978 = div %976, %977 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%979 = broadcast %978 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%980 = sub %975, %979 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%981 = mul %980, %980 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%982 = reduce_sum %981 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%983 = div %982, %977 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%984 = broadcast %183 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%985 = add %983, %984 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%986 = rsqrt %985 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%987 = broadcast %986 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%988 = mul %980, %987 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%989 = broadcast %123 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%990 = mul %988, %989 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%991 = broadcast %124 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%992 = add %990, %991 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%993 = matmul %992, %125 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%994 = broadcast %126 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%995 = add %993, %994 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%996 = broadcast %293 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%997 = mul %996, %995 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%998 = broadcast %297 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%999 = mul %995, %998 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1000 = erf %999 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1001 = broadcast %302 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1002 = add %1001, %1000 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1003 = mul %997, %1002 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1004 = matmul %1003, %127 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1005 = broadcast %128 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1006 = add %1004, %1005 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1007 = add %975, %1006 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1008 = concat %1007, %433 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%1009 = reduce_sum %1008 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1010 = div %1009, %834 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1011 = broadcast %1010 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1012 = sub %1008, %1011 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1013 = mul %1012, %1012 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1014 = reduce_sum %1013 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1015 = div %1014, %834 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1016 = add %1015, %841 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1017 = rsqrt %1016 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1018 = broadcast %1017 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1019 = mul %1012, %1018 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1020 = broadcast %129 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1021 = mul %1019, %1020 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1022 = broadcast %130 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1023 = add %1021, %1022 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1024 = slice %1023 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1025 = matmul %1024, %131 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1026 = broadcast %132 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1027 = add %1025, %1026 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1028 = reshape %1027 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1029 = permute %1028 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1030 = matmul %1023, %133 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1031 = broadcast %134 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1032 = matmul %1023, %135 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1033 = broadcast %136 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1034 = slice %1029 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1035 = broadcast %1034 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1036 = reshape %1030 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1037 = permute %1036 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1038 = slice %1037 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1039 = reshape %1031 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1040 = permute %1039 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1041 = slice %1040 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1042 = add %1038, %1041 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%1043 = mul %1035, %1042 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1044 = slice %1029 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1045 = broadcast %1044 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1046 = reshape %1030 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1047 = permute %1046 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1048 = slice %1047 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1049 = reshape %1031 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1050 = permute %1049 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1051 = slice %1050 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1052 = add %1048, %1051 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%1053 = mul %1045, %1052 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1054 = add %1043, %1053 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1055 = slice %1029 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1056 = broadcast %1055 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1057 = reshape %1030 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1058 = permute %1057 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1059 = slice %1058 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1060 = reshape %1031 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1061 = permute %1060 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1062 = slice %1061 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1063 = add %1059, %1062 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%1064 = mul %1056, %1063 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1065 = add %1054, %1064 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1066 = slice %1029 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1067 = broadcast %1066 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1068 = reshape %1030 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1069 = permute %1068 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1070 = slice %1069 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1071 = reshape %1031 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1072 = permute %1071 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1073 = slice %1072 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1074 = add %1070, %1073 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%1075 = mul %1067, %1074 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1076 = add %1065, %1075 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1077 = slice %1029 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1078 = broadcast %1077 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1079 = reshape %1030 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1080 = permute %1079 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1081 = slice %1080 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1082 = reshape %1031 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1083 = permute %1082 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1084 = slice %1083 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1085 = add %1081, %1084 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%1086 = mul %1078, %1085 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1087 = add %1076, %1086 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1088 = slice %1029 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1089 = broadcast %1088 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1090 = reshape %1030 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1091 = permute %1090 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1092 = slice %1091 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1093 = reshape %1031 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1094 = permute %1093 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1095 = slice %1094 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1096 = add %1092, %1095 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%1097 = mul %1089, %1096 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1098 = add %1087, %1097 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1099 = slice %1029 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1100 = broadcast %1099 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1101 = reshape %1030 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1102 = permute %1101 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1103 = slice %1102 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1104 = reshape %1031 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1105 = permute %1104 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1106 = slice %1105 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1107 = add %1103, %1106 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%1108 = mul %1100, %1107 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1109 = add %1098, %1108 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1110 = slice %1029 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1111 = broadcast %1110 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1112 = reshape %1030 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1113 = permute %1112 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1114 = slice %1113 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1115 = reshape %1031 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1116 = permute %1115 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%1117 = slice %1116 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1118 = add %1114, %1117 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%1119 = mul %1111, %1118 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1120 = add %1109, %1119 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1121 = mul %1120, %947 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1122 = reduce_max %1121 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1123 = stop_gradient %1122 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1124 = broadcast %1123 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1125 = mul %1120, %947 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1126 = sub %1125, %1124 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1127 = exp %1126 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1128 = reduce_sum %1127 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1129 = broadcast %1128 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1130 = exp %1126 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1131 = div %1130, %1129 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1132 = reshape %1131 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%1133 = broadcast %1132 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1134 = reshape %1032 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%1135 = permute %1134 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%1136 = reshape %1135 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1137 = reshape %1033 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%1138 = permute %1137 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%1139 = reshape %1138 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1140 = add %1136, %1139 : f32[4,2,1,17,8] @ models/lib/nn.yaml:84:18
%1141 = mul %1133, %1140 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1142 = reduce_sum %1141 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1143 = permute %1142 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%1144 = reshape %1143 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%1145 = matmul %1144, %137 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1146 = broadcast %138 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1147 = add %1145, %1146 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1148 = add %1007, %1147 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1149 = reduce_sum %1148 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1150 = div %1149, %977 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1151 = broadcast %1150 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1152 = sub %1148, %1151 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1153 = mul %1152, %1152 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1154 = reduce_sum %1153 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1155 = div %1154, %977 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1156 = add %1155, %984 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1157 = rsqrt %1156 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1158 = broadcast %1157 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1159 = mul %1152, %1158 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1160 = broadcast %139 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1161 = mul %1159, %1160 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1162 = broadcast %140 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1163 = add %1161, %1162 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1164 = matmul %1163, %141 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1165 = broadcast %142 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1166 = add %1164, %1165 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1167 = mul %996, %1166 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1168 = mul %1166, %998 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1169 = erf %1168 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1170 = add %1001, %1169 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1171 = mul %1167, %1170 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1172 = matmul %1171, %143 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1173 = broadcast %144 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1174 = add %1172, %1173 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1175 = add %1148, %1174 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1176 = concat %1175, %830 axis=1 : f32[4,17,16] @ models/dino_pass.yaml:109:30
%1177 = reduce_sum %1176 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1178 = div %1177, %834 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1179 = broadcast %1178 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1180 = sub %1176, %1179 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1181 = mul %1180, %1180 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1182 = reduce_sum %1181 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1183 = div %1182, %834 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1184 = add %1183, %841 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1185 = rsqrt %1184 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1186 = broadcast %1185 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1187 = mul %1180, %1186 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1188 = broadcast %145 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1189 = mul %1187, %1188 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1190 = broadcast %146 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1191 = add %1189, %1190 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1192 = slice %1191 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:110:28
%1193 = matmul %1192, %147 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%1194 = broadcast %148 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1195 = add %1193, %1194 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1196 = broadcast %293 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1197 = mul %1196, %1195 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1198 = broadcast %297 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1199 = mul %1195, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1200 = erf %1199 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1201 = broadcast %302 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1202 = add %1201, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1203 = mul %1197, %1202 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1204 = matmul %1203, %149 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%1205 = broadcast %150 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1206 = add %1204, %1205 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1207 = mul %1196, %1206 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1208 = mul %1206, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1209 = erf %1208 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1210 = add %1201, %1209 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1211 = mul %1207, %1210 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1212 = matmul %1211, %151 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%1213 = broadcast %152 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1214 = add %1212, %1213 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1215 = mul %1214, %1214 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%1216 = reduce_sum %1215 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1217 = sqrt %1216 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1218 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1219 = broadcast %1218 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1220 = max %1217, %1219 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1221 = broadcast %1220 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1222 = div %1214, %1221 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1223 = broadcast %153 : f32[32,8] @ models/lib/dino.yaml:22:22
%1224 = mul %1223, %154 : f32[32,8] @ models/lib/dino.yaml:22:22
%1225 = mul %154, %154 : f32[32,8] @ models/lib/dino.yaml:22:53
%1226 = reduce_sum %1225 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%1227 = sqrt %1226 : f32[32,1] @ models/lib/dino.yaml:22:35
%1228 = broadcast %1227 : f32[32,8] @ models/lib/dino.yaml:22:33
%1229 = div %1224, %1228 : f32[32,8] @ models/lib/dino.yaml:22:33
%1230 = matmul %1222, %1229 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%1231 = slice %1191 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/dino_pass.yaml:110:46
%1232 = matmul %1231, %155 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%1233 = broadcast %156 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1234 = broadcast %293 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1235 = add %1232, %1233 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1236 = mul %1234, %1235 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1237 = broadcast %297 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1238 = add %1232, %1233 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1239 = mul %1238, %1237 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1240 = erf %1239 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%1241 = broadcast %302 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1242 = add %1241, %1240 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1243 = mul %1236, %1242 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%1244 = matmul %1243, %157 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%1245 = broadcast %158 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1246 = add %1244, %1245 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1247 = mul %1234, %1246 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1248 = add %1244, %1245 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1249 = mul %1248, %1237 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1250 = erf %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%1251 = add %1241, %1250 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1252 = mul %1247, %1251 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%1253 = matmul %1252, %159 ta=0 tb=1 : f32[4,16,8] @ models/lib/nn.yaml:83:15
%1254 = broadcast %160 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1255 = add %1253, %1254 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1256 = mul %1255, %1255 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%1257 = reduce_sum %1256 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%1258 = sqrt %1257 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%1259 = broadcast %1218 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%1260 = max %1258, %1259 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%1261 = broadcast %1260 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%1262 = add %1253, %1254 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1263 = div %1262, %1261 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%1264 = broadcast %161 : f32[16,8] @ models/lib/dino.yaml:22:22
%1265 = mul %1264, %162 : f32[16,8] @ models/lib/dino.yaml:22:22
%1266 = mul %162, %162 : f32[16,8] @ models/lib/dino.yaml:22:53
%1267 = reduce_sum %1266 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%1268 = sqrt %1267 : f32[16,1] @ models/lib/dino.yaml:22:35
%1269 = broadcast %1268 : f32[16,8] @ models/lib/dino.yaml:22:33
%1270 = div %1265, %1269 : f32[16,8] @ models/lib/dino.yaml:22:33
%1271 = matmul %1263, %1270 ta=0 tb=1 : f32[4,16,16] @ models/lib/dino.yaml:23:18
%1272 = slice %1230 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1273 = slice %1230 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1274 = slice %1271 lo=[0,0,0] hi=[2,16,16] : f32[2,16,16] @ models/dino_pass.yaml:131:27
%1275 = slice %1271 lo=[2,0,0] hi=[4,16,16] : f32[2,16,16] @ models/dino_pass.yaml:131:27
%1276 = reshape %6 : f32[4,3,3,4,3,4] @ models/lib/vit.yaml:15:21
%1277 = permute %1276 perm=[0,2,4,1,3,5] : f32[4,3,3,3,4,4] @ models/lib/vit.yaml:15:13
%1278 = reshape %1277 : f32[4,9,48] @ models/lib/vit.yaml:16:13
%1279 = matmul %1278, %168 ta=0 tb=1 : f32[4,9,16] @ models/lib/vit.yaml:17:18
%1280 = broadcast %87 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1281 = add %1279, %1280 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1282 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%1283 = reshape %85 : f32[4,64] @ models/lib/vit.yaml:32:17
%1284 = matmul %1282, %1283 ta=0 tb=0 : f32[3,64] @ models/lib/vit.yaml:32:15
%1285 = reshape %1284 : f32[3,4,16] @ models/lib/vit.yaml:33:21
%1286 = permute %1285 perm=[1,0,2] : f32[4,3,16] @ models/lib/vit.yaml:33:13
%1287 = reshape %1286 : f32[4,48] @ models/lib/vit.yaml:34:17
%1288 = matmul %1282, %1287 ta=0 tb=0 : f32[3,48] @ models/lib/vit.yaml:34:15
%1289 = reshape %1288 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%1290 = permute %1289 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%1291 = reshape %1290 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%1292 = broadcast %1291 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%1293 = add %1281, %1292 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%1294 = reduce_sum %1293 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1295 = broadcast %175 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1296 = div %1294, %1295 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1297 = broadcast %1296 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1298 = sub %1293, %1297 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1299 = mul %1298, %1298 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1300 = reduce_sum %1299 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1301 = div %1300, %1295 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1302 = broadcast %183 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1303 = add %1301, %1302 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1304 = rsqrt %1303 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1305 = broadcast %1304 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1306 = mul %1298, %1305 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1307 = broadcast %88 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1308 = mul %1306, %1307 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1309 = broadcast %89 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1310 = add %1308, %1309 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1311 = matmul %1310, %90 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%1312 = broadcast %91 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1313 = add %1311, %1312 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1314 = reshape %1313 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1315 = permute %1314 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1316 = slice %1315 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1317 = reshape %1316 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%1318 = slice %1315 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1319 = reshape %1318 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%1320 = slice %1315 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1321 = permute %1319 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%1322 = slice %1317 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1323 = broadcast %1322 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1324 = slice %1321 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1325 = broadcast %1324 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1326 = mul %1323, %1325 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1327 = slice %1317 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1328 = broadcast %1327 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1329 = slice %1321 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1330 = broadcast %1329 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1331 = mul %1328, %1330 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1332 = add %1326, %1331 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1333 = slice %1317 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1334 = broadcast %1333 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1335 = slice %1321 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1336 = broadcast %1335 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1337 = mul %1334, %1336 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1338 = add %1332, %1337 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1339 = slice %1317 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1340 = broadcast %1339 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1341 = slice %1321 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1342 = broadcast %1341 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1343 = mul %1340, %1342 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1344 = add %1338, %1343 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1345 = slice %1317 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1346 = broadcast %1345 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1347 = slice %1321 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1348 = broadcast %1347 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1349 = mul %1346, %1348 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1350 = add %1344, %1349 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1351 = slice %1317 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1352 = broadcast %1351 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1353 = slice %1321 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1354 = broadcast %1353 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1355 = mul %1352, %1354 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1356 = add %1350, %1355 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1357 = slice %1317 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1358 = broadcast %1357 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1359 = slice %1321 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1360 = broadcast %1359 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1361 = mul %1358, %1360 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1362 = add %1356, %1361 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1363 = slice %1317 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1364 = broadcast %1363 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1365 = slice %1321 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1366 = broadcast %1365 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1367 = mul %1364, %1366 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1368 = add %1362, %1367 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1369 = broadcast %251 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1370 = mul %1368, %1369 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1371 = reduce_max %1370 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1372 = stop_gradient %1371 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1373 = broadcast %1372 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1374 = mul %1368, %1369 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1375 = sub %1374, %1373 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1376 = exp %1375 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1377 = reduce_sum %1376 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1378 = broadcast %1377 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1379 = exp %1375 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1380 = div %1379, %1378 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1381 = reshape %1380 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1382 = broadcast %1381 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1383 = reshape %1320 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%1384 = broadcast %1383 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1385 = mul %1382, %1384 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1386 = reduce_sum %1385 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1387 = permute %1386 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%1388 = reshape %1387 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%1389 = matmul %1388, %92 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%1390 = broadcast %93 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1391 = add %1389, %1390 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1392 = add %1293, %1391 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1393 = reduce_sum %1392 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1394 = div %1393, %1295 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1395 = broadcast %1394 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1396 = sub %1392, %1395 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1397 = mul %1396, %1396 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1398 = reduce_sum %1397 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1399 = div %1398, %1295 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1400 = add %1399, %1302 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1401 = rsqrt %1400 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1402 = broadcast %1401 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1403 = mul %1396, %1402 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1404 = broadcast %94 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1405 = mul %1403, %1404 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1406 = broadcast %95 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1407 = add %1405, %1406 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1408 = matmul %1407, %96 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%1409 = broadcast %97 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1410 = broadcast %293 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1411 = add %1408, %1409 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1412 = mul %1410, %1411 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1413 = broadcast %297 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1414 = add %1408, %1409 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1415 = mul %1414, %1413 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1416 = erf %1415 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1417 = broadcast %302 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1418 = add %1417, %1416 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1419 = mul %1412, %1418 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1420 = matmul %1419, %98 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%1421 = broadcast %99 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1422 = add %1420, %1421 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1423 = add %1392, %1422 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1424 = reduce_sum %1423 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1425 = div %1424, %1295 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1426 = broadcast %1425 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1427 = sub %1423, %1426 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1428 = mul %1427, %1427 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1429 = reduce_sum %1428 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1430 = div %1429, %1295 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1431 = add %1430, %1302 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1432 = rsqrt %1431 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1433 = broadcast %1432 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1434 = mul %1427, %1433 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1435 = broadcast %100 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1436 = mul %1434, %1435 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1437 = broadcast %101 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1438 = add %1436, %1437 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1439 = matmul %1438, %102 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%1440 = broadcast %103 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1441 = add %1439, %1440 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1442 = reshape %1441 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1443 = permute %1442 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1444 = slice %1443 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1445 = reshape %1444 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%1446 = slice %1443 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1447 = reshape %1446 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%1448 = slice %1443 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1449 = permute %1447 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%1450 = slice %1445 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1451 = broadcast %1450 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1452 = slice %1449 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1453 = broadcast %1452 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1454 = mul %1451, %1453 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1455 = slice %1445 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1456 = broadcast %1455 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1457 = slice %1449 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1458 = broadcast %1457 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1459 = mul %1456, %1458 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1460 = add %1454, %1459 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1461 = slice %1445 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1462 = broadcast %1461 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1463 = slice %1449 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1464 = broadcast %1463 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1465 = mul %1462, %1464 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1466 = add %1460, %1465 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1467 = slice %1445 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1468 = broadcast %1467 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1469 = slice %1449 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1470 = broadcast %1469 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1471 = mul %1468, %1470 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1472 = add %1466, %1471 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1473 = slice %1445 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1474 = broadcast %1473 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1475 = slice %1449 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1476 = broadcast %1475 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1477 = mul %1474, %1476 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1478 = add %1472, %1477 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1479 = slice %1445 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1480 = broadcast %1479 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1481 = slice %1449 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1482 = broadcast %1481 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1483 = mul %1480, %1482 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1484 = add %1478, %1483 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1485 = slice %1445 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1486 = broadcast %1485 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1487 = slice %1449 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1488 = broadcast %1487 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1489 = mul %1486, %1488 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1490 = add %1484, %1489 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1491 = slice %1445 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1492 = broadcast %1491 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1493 = slice %1449 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1494 = broadcast %1493 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1495 = mul %1492, %1494 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1496 = add %1490, %1495 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1497 = mul %1496, %1369 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1498 = reduce_max %1497 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1499 = stop_gradient %1498 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1500 = broadcast %1499 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1501 = mul %1496, %1369 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1502 = sub %1501, %1500 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1503 = exp %1502 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1504 = reduce_sum %1503 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1505 = broadcast %1504 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1506 = exp %1502 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1507 = div %1506, %1505 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1508 = reshape %1507 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1509 = broadcast %1508 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1510 = reshape %1448 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%1511 = broadcast %1510 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1512 = mul %1509, %1511 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1513 = reduce_sum %1512 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1514 = permute %1513 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%1515 = reshape %1514 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%1516 = matmul %1515, %104 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%1517 = broadcast %105 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1518 = add %1516, %1517 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1519 = add %1423, %1518 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1520 = reduce_sum %1519 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1521 = div %1520, %1295 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1522 = broadcast %1521 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1523 = sub %1519, %1522 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1524 = mul %1523, %1523 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1525 = reduce_sum %1524 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1526 = div %1525, %1295 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1527 = add %1526, %1302 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1528 = rsqrt %1527 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1529 = broadcast %1528 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1530 = mul %1523, %1529 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1531 = broadcast %106 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1532 = mul %1530, %1531 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1533 = broadcast %107 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1534 = add %1532, %1533 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1535 = matmul %1534, %108 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%1536 = broadcast %109 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1537 = add %1535, %1536 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1538 = mul %1410, %1537 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1539 = add %1535, %1536 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1540 = mul %1539, %1413 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1541 = erf %1540 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1542 = add %1417, %1541 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1543 = mul %1538, %1542 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1544 = matmul %1543, %110 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%1545 = broadcast %111 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1546 = add %1544, %1545 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1547 = add %1519, %1546 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1548 = grid_neighbors n=3 size=3 : i32[9,8] @ models/dino_pass.yaml:61:16
%1549 = neighbor_topk_gather %1547, %1548 k=2 : f32[4,9,2,16] @ models/dino_pass.yaml:77:16
%1550 = reshape %1549 : f32[36,2,16] @ models/dino_pass.yaml:87:23
%1551 = broadcast %112 : f32[36,1,16] @ models/lib/vit.yaml:116:31
%1552 = concat %1551, %1550 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1553 = reduce_sum %1552 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1554 = broadcast %175 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1555 = div %1553, %1554 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1556 = broadcast %1555 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1557 = sub %1552, %1556 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1558 = mul %1557, %1557 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1559 = reduce_sum %1558 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1560 = div %1559, %1554 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1561 = broadcast %183 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1562 = add %1560, %1561 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1563 = rsqrt %1562 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1564 = broadcast %1563 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1565 = mul %1557, %1564 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1566 = broadcast %113 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1567 = mul %1565, %1566 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1568 = broadcast %114 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1569 = add %1567, %1568 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1570 = slice %1569 lo=[0,0,0] hi=[36,1,16] : f32[36,1,16] @ models/lib/vit.yaml:78:33
%1571 = matmul %1570, %115 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1572 = broadcast %116 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1573 = add %1571, %1572 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1574 = reshape %1573 : f32[36,1,2,8] @ models/lib/vit.yaml:78:22
%1575 = permute %1574 perm=[0,2,1,3] : f32[36,2,1,8] @ models/lib/vit.yaml:78:14
%1576 = matmul %1569, %117 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1577 = broadcast %118 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1578 = matmul %1569, %119 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1579 = broadcast %120 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1580 = slice %1575 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1581 = broadcast %1580 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1582 = reshape %1576 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1583 = permute %1582 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1584 = slice %1583 lo=[0,0,0,0] hi=[36,2,1,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1585 = reshape %1577 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1586 = permute %1585 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1587 = slice %1586 lo=[0,0,0,0] hi=[36,2,1,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1588 = add %1584, %1587 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1589 = mul %1581, %1588 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1590 = slice %1575 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1591 = broadcast %1590 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1592 = reshape %1576 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1593 = permute %1592 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1594 = slice %1593 lo=[0,0,1,0] hi=[36,2,2,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1595 = reshape %1577 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1596 = permute %1595 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1597 = slice %1596 lo=[0,0,1,0] hi=[36,2,2,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1598 = add %1594, %1597 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1599 = mul %1591, %1598 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1600 = add %1589, %1599 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1601 = slice %1575 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1602 = broadcast %1601 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1603 = reshape %1576 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1604 = permute %1603 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1605 = slice %1604 lo=[0,0,2,0] hi=[36,2,3,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1606 = reshape %1577 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1607 = permute %1606 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1608 = slice %1607 lo=[0,0,2,0] hi=[36,2,3,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1609 = add %1605, %1608 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1610 = mul %1602, %1609 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1611 = add %1600, %1610 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1612 = slice %1575 lo=[0,0,0,3] hi=[36,2,1,4] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1613 = broadcast %1612 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1614 = reshape %1576 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1615 = permute %1614 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1616 = slice %1615 lo=[0,0,3,0] hi=[36,2,4,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1617 = reshape %1577 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1618 = permute %1617 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1619 = slice %1618 lo=[0,0,3,0] hi=[36,2,4,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1620 = add %1616, %1619 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1621 = mul %1613, %1620 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1622 = add %1611, %1621 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1623 = slice %1575 lo=[0,0,0,4] hi=[36,2,1,5] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1624 = broadcast %1623 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1625 = reshape %1576 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1626 = permute %1625 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1627 = slice %1626 lo=[0,0,4,0] hi=[36,2,5,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1628 = reshape %1577 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1629 = permute %1628 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1630 = slice %1629 lo=[0,0,4,0] hi=[36,2,5,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1631 = add %1627, %1630 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1632 = mul %1624, %1631 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1633 = add %1622, %1632 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1634 = slice %1575 lo=[0,0,0,5] hi=[36,2,1,6] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1635 = broadcast %1634 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1636 = reshape %1576 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1637 = permute %1636 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1638 = slice %1637 lo=[0,0,5,0] hi=[36,2,6,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1639 = reshape %1577 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1640 = permute %1639 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1641 = slice %1640 lo=[0,0,5,0] hi=[36,2,6,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1642 = add %1638, %1641 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1643 = mul %1635, %1642 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1644 = add %1633, %1643 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1645 = slice %1575 lo=[0,0,0,6] hi=[36,2,1,7] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1646 = broadcast %1645 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1647 = reshape %1576 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1648 = permute %1647 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1649 = slice %1648 lo=[0,0,6,0] hi=[36,2,7,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1650 = reshape %1577 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1651 = permute %1650 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1652 = slice %1651 lo=[0,0,6,0] hi=[36,2,7,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1653 = add %1649, %1652 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1654 = mul %1646, %1653 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1655 = add %1644, %1654 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1656 = slice %1575 lo=[0,0,0,7] hi=[36,2,1,8] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1657 = broadcast %1656 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1658 = reshape %1576 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1659 = permute %1658 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1660 = slice %1659 lo=[0,0,7,0] hi=[36,2,8,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1661 = reshape %1577 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1662 = permute %1661 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1663 = slice %1662 lo=[0,0,7,0] hi=[36,2,8,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1664 = add %1660, %1663 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1665 = mul %1657, %1664 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1666 = add %1655, %1665 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1667 = broadcast %251 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1668 = mul %1666, %1667 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1669 = reduce_max %1668 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1670 = stop_gradient %1669 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1671 = broadcast %1670 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1672 = mul %1666, %1667 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1673 = sub %1672, %1671 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1674 = exp %1673 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1675 = reduce_sum %1674 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1676 = broadcast %1675 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1677 = exp %1673 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1678 = div %1677, %1676 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1679 = slice %1678 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1680 = broadcast %1679 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1681 = reshape %1578 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1682 = permute %1681 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1683 = slice %1682 lo=[0,0,0,0] hi=[36,2,1,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1684 = reshape %1579 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1685 = permute %1684 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1686 = slice %1685 lo=[0,0,0,0] hi=[36,2,1,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1687 = add %1683, %1686 : f32[36,2,1,8] @ models/lib/nn.yaml:84:18
%1688 = mul %1680, %1687 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1689 = slice %1678 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1690 = broadcast %1689 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1691 = reshape %1578 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1692 = permute %1691 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1693 = slice %1692 lo=[0,0,1,0] hi=[36,2,2,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1694 = reshape %1579 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1695 = permute %1694 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1696 = slice %1695 lo=[0,0,1,0] hi=[36,2,2,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1697 = add %1693, %1696 : f32[36,2,1,8] @ models/lib/nn.yaml:84:18
%1698 = mul %1690, %1697 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1699 = add %1688, %1698 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1700 = slice %1678 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1701 = broadcast %1700 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1702 = reshape %1578 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1703 = permute %1702 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1704 = slice %1703 lo=[0,0,2,0] hi=[36,2,3,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1705 = reshape %1579 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1706 = permute %1705 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1707 = slice %1706 lo=[0,0,2,0] hi=[36,2,3,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1708 = add %1704, %1707 : f32[36,2,1,8] @ models/lib/nn.yaml:84:18
%1709 = mul %1701, %1708 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1710 = add %1699, %1709 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1711 = permute %1710 perm=[0,2,1,3] : f32[36,1,2,8] @ models/lib/nn.yaml:56:13
%1712 = reshape %1711 : f32[36,1,16] @ models/lib/nn.yaml:57:16
%1713 = matmul %1712, %121 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1714 = broadcast %122 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1715 = add %1713, %1714 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1716 = add %1551, %1715 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1717 = reduce_sum %1716 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1718 = broadcast %175 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1719 = div %1717, %1718 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1720 = broadcast %1719 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1721 = add %1713, %1714 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1722 = add %1551, %1721 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1723 = sub %1722, %1720 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1724 = mul %1723, %1723 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1725 = reduce_sum %1724 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1726 = div %1725, %1718 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1727 = broadcast %183 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1728 = add %1726, %1727 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1729 = rsqrt %1728 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1730 = broadcast %1729 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1731 = mul %1723, %1730 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1732 = broadcast %123 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1733 = mul %1731, %1732 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1734 = broadcast %124 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1735 = add %1733, %1734 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1736 = matmul %1735, %125 ta=0 tb=1 : f32[36,1,64] @ models/lib/nn.yaml:83:15
%1737 = broadcast %126 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1738 = broadcast %293 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1739 = add %1736, %1737 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1740 = mul %1738, %1739 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1741 = broadcast %297 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1742 = add %1736, %1737 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1743 = mul %1742, %1741 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1744 = erf %1743 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1745 = broadcast %302 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1746 = add %1745, %1744 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1747 = mul %1740, %1746 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1748 = matmul %1747, %127 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1749 = broadcast %128 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1750 = add %1748, %1749 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1751 = add %1713, %1714 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1752 = add %1551, %1751 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1753 = add %1752, %1750 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1754 = concat %1753, %1550 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1755 = reduce_sum %1754 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1756 = div %1755, %1554 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1757 = broadcast %1756 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1758 = sub %1754, %1757 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1759 = mul %1758, %1758 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1760 = reduce_sum %1759 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1761 = div %1760, %1554 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1762 = add %1761, %1561 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1763 = rsqrt %1762 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1764 = broadcast %1763 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1765 = mul %1758, %1764 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1766 = broadcast %129 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1767 = mul %1765, %1766 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1768 = broadcast %130 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1769 = add %1767, %1768 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1770 = slice %1769 lo=[0,0,0] hi=[36,1,16] : f32[36,1,16] @ models/lib/vit.yaml:78:33
%1771 = matmul %1770, %131 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1772 = broadcast %132 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1773 = add %1771, %1772 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1774 = reshape %1773 : f32[36,1,2,8] @ models/lib/vit.yaml:78:22
%1775 = permute %1774 perm=[0,2,1,3] : f32[36,2,1,8] @ models/lib/vit.yaml:78:14
%1776 = matmul %1769, %133 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1777 = broadcast %134 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1778 = matmul %1769, %135 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1779 = broadcast %136 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1780 = slice %1775 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1781 = broadcast %1780 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1782 = reshape %1776 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1783 = permute %1782 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1784 = slice %1783 lo=[0,0,0,0] hi=[36,2,1,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1785 = reshape %1777 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1786 = permute %1785 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1787 = slice %1786 lo=[0,0,0,0] hi=[36,2,1,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1788 = add %1784, %1787 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1789 = mul %1781, %1788 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1790 = slice %1775 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1791 = broadcast %1790 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1792 = reshape %1776 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1793 = permute %1792 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1794 = slice %1793 lo=[0,0,1,0] hi=[36,2,2,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1795 = reshape %1777 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1796 = permute %1795 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1797 = slice %1796 lo=[0,0,1,0] hi=[36,2,2,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1798 = add %1794, %1797 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1799 = mul %1791, %1798 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1800 = add %1789, %1799 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1801 = slice %1775 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1802 = broadcast %1801 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1803 = reshape %1776 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1804 = permute %1803 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1805 = slice %1804 lo=[0,0,2,0] hi=[36,2,3,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1806 = reshape %1777 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1807 = permute %1806 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1808 = slice %1807 lo=[0,0,2,0] hi=[36,2,3,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1809 = add %1805, %1808 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1810 = mul %1802, %1809 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1811 = add %1800, %1810 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1812 = slice %1775 lo=[0,0,0,3] hi=[36,2,1,4] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1813 = broadcast %1812 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1814 = reshape %1776 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1815 = permute %1814 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1816 = slice %1815 lo=[0,0,3,0] hi=[36,2,4,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1817 = reshape %1777 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1818 = permute %1817 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1819 = slice %1818 lo=[0,0,3,0] hi=[36,2,4,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1820 = add %1816, %1819 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1821 = mul %1813, %1820 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1822 = add %1811, %1821 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1823 = slice %1775 lo=[0,0,0,4] hi=[36,2,1,5] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1824 = broadcast %1823 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1825 = reshape %1776 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1826 = permute %1825 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1827 = slice %1826 lo=[0,0,4,0] hi=[36,2,5,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1828 = reshape %1777 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1829 = permute %1828 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1830 = slice %1829 lo=[0,0,4,0] hi=[36,2,5,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1831 = add %1827, %1830 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1832 = mul %1824, %1831 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1833 = add %1822, %1832 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1834 = slice %1775 lo=[0,0,0,5] hi=[36,2,1,6] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1835 = broadcast %1834 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1836 = reshape %1776 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1837 = permute %1836 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1838 = slice %1837 lo=[0,0,5,0] hi=[36,2,6,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1839 = reshape %1777 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1840 = permute %1839 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1841 = slice %1840 lo=[0,0,5,0] hi=[36,2,6,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1842 = add %1838, %1841 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1843 = mul %1835, %1842 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1844 = add %1833, %1843 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1845 = slice %1775 lo=[0,0,0,6] hi=[36,2,1,7] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1846 = broadcast %1845 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1847 = reshape %1776 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1848 = permute %1847 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1849 = slice %1848 lo=[0,0,6,0] hi=[36,2,7,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1850 = reshape %1777 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1851 = permute %1850 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1852 = slice %1851 lo=[0,0,6,0] hi=[36,2,7,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1853 = add %1849, %1852 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1854 = mul %1846, %1853 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1855 = add %1844, %1854 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1856 = slice %1775 lo=[0,0,0,7] hi=[36,2,1,8] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1857 = broadcast %1856 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1858 = reshape %1776 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1859 = permute %1858 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1860 = slice %1859 lo=[0,0,7,0] hi=[36,2,8,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1861 = reshape %1777 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1862 = permute %1861 perm=[0,2,3,1] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1863 = slice %1862 lo=[0,0,7,0] hi=[36,2,8,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1864 = add %1860, %1863 : f32[36,2,1,3] @ models/lib/nn.yaml:84:18
%1865 = mul %1857, %1864 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1866 = add %1855, %1865 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1867 = mul %1866, %1667 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1868 = reduce_max %1867 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1869 = stop_gradient %1868 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1870 = broadcast %1869 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1871 = mul %1866, %1667 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1872 = sub %1871, %1870 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1873 = exp %1872 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1874 = reduce_sum %1873 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1875 = broadcast %1874 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1876 = exp %1872 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1877 = div %1876, %1875 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1878 = slice %1877 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1879 = broadcast %1878 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1880 = reshape %1778 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1881 = permute %1880 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1882 = slice %1881 lo=[0,0,0,0] hi=[36,2,1,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1883 = reshape %1779 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1884 = permute %1883 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1885 = slice %1884 lo=[0,0,0,0] hi=[36,2,1,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1886 = add %1882, %1885 : f32[36,2,1,8] @ models/lib/nn.yaml:84:18
%1887 = mul %1879, %1886 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1888 = slice %1877 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1889 = broadcast %1888 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1890 = reshape %1778 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1891 = permute %1890 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1892 = slice %1891 lo=[0,0,1,0] hi=[36,2,2,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1893 = reshape %1779 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1894 = permute %1893 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1895 = slice %1894 lo=[0,0,1,0] hi=[36,2,2,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1896 = add %1892, %1895 : f32[36,2,1,8] @ models/lib/nn.yaml:84:18
%1897 = mul %1889, %1896 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1898 = add %1887, %1897 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1899 = slice %1877 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1900 = broadcast %1899 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1901 = reshape %1778 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1902 = permute %1901 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1903 = slice %1902 lo=[0,0,2,0] hi=[36,2,3,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1904 = reshape %1779 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1905 = permute %1904 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1906 = slice %1905 lo=[0,0,2,0] hi=[36,2,3,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1907 = add %1903, %1906 : f32[36,2,1,8] @ models/lib/nn.yaml:84:18
%1908 = mul %1900, %1907 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1909 = add %1898, %1908 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1910 = permute %1909 perm=[0,2,1,3] : f32[36,1,2,8] @ models/lib/nn.yaml:56:13
%1911 = reshape %1910 : f32[36,1,16] @ models/lib/nn.yaml:57:16
%1912 = matmul %1911, %137 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1913 = broadcast %138 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1914 = add %1912, %1913 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1915 = add %1753, %1914 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1916 = reduce_sum %1915 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1917 = div %1916, %1718 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1918 = broadcast %1917 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1919 = sub %1915, %1918 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1920 = mul %1919, %1919 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1921 = reduce_sum %1920 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1922 = div %1921, %1718 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1923 = add %1922, %1727 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1924 = rsqrt %1923 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1925 = broadcast %1924 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1926 = mul %1919, %1925 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1927 = broadcast %139 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1928 = mul %1926, %1927 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1929 = broadcast %140 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1930 = add %1928, %1929 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1931 = matmul %1930, %141 ta=0 tb=1 : f32[36,1,64] @ models/lib/nn.yaml:83:15
%1932 = broadcast %142 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1933 = add %1931, %1932 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1934 = mul %1738, %1933 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1935 = add %1931, %1932 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1936 = mul %1935, %1741 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1937 = erf %1936 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1938 = add %1745, %1937 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1939 = mul %1934, %1938 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1940 = matmul %1939, %143 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1941 = broadcast %144 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1942 = add %1940, %1941 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1943 = add %1915, %1942 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1944 = reshape %1943 : f32[4,9,16] @ models/dino_pass.yaml:88:16
%1945 = concat %831, %1547 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%1946 = reduce_sum %1945 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1947 = broadcast %175 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1948 = div %1946, %1947 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1949 = broadcast %1948 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1950 = sub %1945, %1949 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1951 = mul %1950, %1950 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1952 = reduce_sum %1951 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1953 = div %1952, %1947 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1954 = broadcast %183 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1955 = add %1953, %1954 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1956 = rsqrt %1955 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1957 = broadcast %1956 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1958 = mul %1950, %1957 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1959 = broadcast %113 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1960 = mul %1958, %1959 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1961 = broadcast %114 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1962 = add %1960, %1961 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1963 = slice %1962 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1964 = matmul %1963, %115 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1965 = add %1964, %852 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1966 = reshape %1965 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1967 = permute %1966 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1968 = matmul %1962, %117 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1969 = broadcast %118 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1970 = matmul %1962, %119 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1971 = broadcast %120 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1972 = slice %1967 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1973 = broadcast %1972 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1974 = reshape %1968 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%1975 = permute %1974 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%1976 = slice %1975 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1977 = reshape %1969 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%1978 = permute %1977 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%1979 = slice %1978 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1980 = add %1976, %1979 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%1981 = mul %1973, %1980 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1982 = slice %1967 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1983 = broadcast %1982 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1984 = reshape %1968 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%1985 = permute %1984 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%1986 = slice %1985 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1987 = reshape %1969 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%1988 = permute %1987 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%1989 = slice %1988 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1990 = add %1986, %1989 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%1991 = mul %1983, %1990 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1992 = add %1981, %1991 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1993 = slice %1967 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1994 = broadcast %1993 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1995 = reshape %1968 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%1996 = permute %1995 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%1997 = slice %1996 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1998 = reshape %1969 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%1999 = permute %1998 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2000 = slice %1999 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2001 = add %1997, %2000 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%2002 = mul %1994, %2001 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2003 = add %1992, %2002 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2004 = slice %1967 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2005 = broadcast %2004 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2006 = reshape %1968 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2007 = permute %2006 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2008 = slice %2007 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2009 = reshape %1969 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2010 = permute %2009 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2011 = slice %2010 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2012 = add %2008, %2011 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%2013 = mul %2005, %2012 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2014 = add %2003, %2013 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2015 = slice %1967 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2016 = broadcast %2015 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2017 = reshape %1968 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2018 = permute %2017 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2019 = slice %2018 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2020 = reshape %1969 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2021 = permute %2020 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2022 = slice %2021 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2023 = add %2019, %2022 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%2024 = mul %2016, %2023 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2025 = add %2014, %2024 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2026 = slice %1967 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2027 = broadcast %2026 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2028 = reshape %1968 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2029 = permute %2028 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2030 = slice %2029 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2031 = reshape %1969 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2032 = permute %2031 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2033 = slice %2032 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2034 = add %2030, %2033 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%2035 = mul %2027, %2034 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2036 = add %2025, %2035 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2037 = slice %1967 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2038 = broadcast %2037 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2039 = reshape %1968 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2040 = permute %2039 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2041 = slice %2040 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2042 = reshape %1969 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2043 = permute %2042 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2044 = slice %2043 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2045 = add %2041, %2044 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%2046 = mul %2038, %2045 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2047 = add %2036, %2046 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2048 = slice %1967 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2049 = broadcast %2048 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2050 = reshape %1968 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2051 = permute %2050 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2052 = slice %2051 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2053 = reshape %1969 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2054 = permute %2053 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2055 = slice %2054 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2056 = add %2052, %2055 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%2057 = mul %2049, %2056 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2058 = add %2047, %2057 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2059 = broadcast %251 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2060 = mul %2058, %2059 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2061 = reduce_max %2060 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2062 = stop_gradient %2061 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2063 = broadcast %2062 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2064 = mul %2058, %2059 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2065 = sub %2064, %2063 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2066 = exp %2065 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2067 = reduce_sum %2066 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2068 = broadcast %2067 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2069 = exp %2065 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2070 = div %2069, %2068 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2071 = reshape %2070 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%2072 = broadcast %2071 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2073 = reshape %1970 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%2074 = permute %2073 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%2075 = reshape %2074 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2076 = reshape %1971 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%2077 = permute %2076 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%2078 = reshape %2077 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2079 = add %2075, %2078 : f32[4,2,1,10,8] @ models/lib/nn.yaml:84:18
%2080 = mul %2072, %2079 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2081 = reduce_sum %2080 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2082 = permute %2081 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%2083 = reshape %2082 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%2084 = matmul %2083, %121 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2085 = add %2084, %973 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2086 = add %831, %2085 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2087 = reduce_sum %2086 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2088 = div %2087, %977 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2089 = broadcast %2088 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2090 = sub %2086, %2089 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2091 = mul %2090, %2090 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2092 = reduce_sum %2091 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2093 = div %2092, %977 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2094 = add %2093, %984 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2095 = rsqrt %2094 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2096 = broadcast %2095 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2097 = mul %2090, %2096 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2098 = mul %2097, %989 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2099 = add %2098, %991 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2100 = matmul %2099, %125 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2101 = add %2100, %994 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2102 = mul %996, %2101 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2103 = mul %2101, %998 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2104 = erf %2103 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2105 = add %1001, %2104 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2106 = mul %2102, %2105 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2107 = matmul %2106, %127 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2108 = add %2107, %1005 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2109 = add %2086, %2108 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2110 = concat %2109, %1547 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%2111 = reduce_sum %2110 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2112 = div %2111, %1947 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2113 = broadcast %2112 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2114 = sub %2110, %2113 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2115 = mul %2114, %2114 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2116 = reduce_sum %2115 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2117 = div %2116, %1947 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2118 = add %2117, %1954 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2119 = rsqrt %2118 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2120 = broadcast %2119 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2121 = mul %2114, %2120 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2122 = broadcast %129 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2123 = mul %2121, %2122 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2124 = broadcast %130 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2125 = add %2123, %2124 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2126 = slice %2125 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2127 = matmul %2126, %131 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2128 = add %2127, %1026 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2129 = reshape %2128 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2130 = permute %2129 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2131 = matmul %2125, %133 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2132 = broadcast %134 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2133 = matmul %2125, %135 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2134 = broadcast %136 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2135 = slice %2130 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2136 = broadcast %2135 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2137 = reshape %2131 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2138 = permute %2137 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2139 = slice %2138 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2140 = reshape %2132 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2141 = permute %2140 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2142 = slice %2141 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2143 = add %2139, %2142 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%2144 = mul %2136, %2143 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2145 = slice %2130 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2146 = broadcast %2145 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2147 = reshape %2131 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2148 = permute %2147 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2149 = slice %2148 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2150 = reshape %2132 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2151 = permute %2150 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2152 = slice %2151 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2153 = add %2149, %2152 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%2154 = mul %2146, %2153 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2155 = add %2144, %2154 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2156 = slice %2130 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2157 = broadcast %2156 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2158 = reshape %2131 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2159 = permute %2158 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2160 = slice %2159 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2161 = reshape %2132 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2162 = permute %2161 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2163 = slice %2162 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2164 = add %2160, %2163 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%2165 = mul %2157, %2164 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2166 = add %2155, %2165 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2167 = slice %2130 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2168 = broadcast %2167 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2169 = reshape %2131 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2170 = permute %2169 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2171 = slice %2170 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2172 = reshape %2132 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2173 = permute %2172 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2174 = slice %2173 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2175 = add %2171, %2174 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%2176 = mul %2168, %2175 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2177 = add %2166, %2176 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2178 = slice %2130 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2179 = broadcast %2178 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2180 = reshape %2131 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2181 = permute %2180 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2182 = slice %2181 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2183 = reshape %2132 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2184 = permute %2183 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2185 = slice %2184 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2186 = add %2182, %2185 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%2187 = mul %2179, %2186 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2188 = add %2177, %2187 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2189 = slice %2130 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2190 = broadcast %2189 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2191 = reshape %2131 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2192 = permute %2191 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2193 = slice %2192 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2194 = reshape %2132 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2195 = permute %2194 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2196 = slice %2195 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2197 = add %2193, %2196 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%2198 = mul %2190, %2197 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2199 = add %2188, %2198 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2200 = slice %2130 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2201 = broadcast %2200 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2202 = reshape %2131 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2203 = permute %2202 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2204 = slice %2203 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2205 = reshape %2132 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2206 = permute %2205 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2207 = slice %2206 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2208 = add %2204, %2207 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%2209 = mul %2201, %2208 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2210 = add %2199, %2209 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2211 = slice %2130 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2212 = broadcast %2211 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2213 = reshape %2131 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2214 = permute %2213 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2215 = slice %2214 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2216 = reshape %2132 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2217 = permute %2216 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2218 = slice %2217 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2219 = add %2215, %2218 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%2220 = mul %2212, %2219 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2221 = add %2210, %2220 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2222 = mul %2221, %2059 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2223 = reduce_max %2222 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2224 = stop_gradient %2223 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2225 = broadcast %2224 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2226 = mul %2221, %2059 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2227 = sub %2226, %2225 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2228 = exp %2227 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2229 = reduce_sum %2228 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2230 = broadcast %2229 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2231 = exp %2227 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2232 = div %2231, %2230 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2233 = reshape %2232 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%2234 = broadcast %2233 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2235 = reshape %2133 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%2236 = permute %2235 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%2237 = reshape %2236 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2238 = reshape %2134 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%2239 = permute %2238 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%2240 = reshape %2239 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2241 = add %2237, %2240 : f32[4,2,1,10,8] @ models/lib/nn.yaml:84:18
%2242 = mul %2234, %2241 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2243 = reduce_sum %2242 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2244 = permute %2243 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%2245 = reshape %2244 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%2246 = matmul %2245, %137 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2247 = add %2246, %1146 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2248 = add %2109, %2247 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2249 = reduce_sum %2248 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2250 = div %2249, %977 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2251 = broadcast %2250 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2252 = sub %2248, %2251 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2253 = mul %2252, %2252 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2254 = reduce_sum %2253 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2255 = div %2254, %977 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2256 = add %2255, %984 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2257 = rsqrt %2256 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2258 = broadcast %2257 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2259 = mul %2252, %2258 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2260 = mul %2259, %1160 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2261 = add %2260, %1162 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2262 = matmul %2261, %141 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2263 = add %2262, %1165 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2264 = mul %996, %2263 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2265 = mul %2263, %998 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2266 = erf %2265 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2267 = add %1001, %2266 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2268 = mul %2264, %2267 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2269 = matmul %2268, %143 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2270 = add %2269, %1173 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2271 = add %2248, %2270 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2272 = concat %2271, %1944 axis=1 : f32[4,10,16] @ models/dino_pass.yaml:109:30
%2273 = reduce_sum %2272 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2274 = div %2273, %1947 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2275 = broadcast %2274 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2276 = sub %2272, %2275 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2277 = mul %2276, %2276 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2278 = reduce_sum %2277 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2279 = div %2278, %1947 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2280 = add %2279, %1954 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2281 = rsqrt %2280 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2282 = broadcast %2281 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2283 = mul %2276, %2282 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2284 = broadcast %145 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2285 = mul %2283, %2284 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2286 = broadcast %146 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2287 = add %2285, %2286 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2288 = slice %2287 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:110:28
%2289 = matmul %2288, %147 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2290 = add %2289, %1194 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2291 = mul %1196, %2290 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2292 = mul %2290, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2293 = erf %2292 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2294 = add %1201, %2293 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2295 = mul %2291, %2294 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2296 = matmul %2295, %149 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2297 = add %2296, %1205 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2298 = mul %1196, %2297 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2299 = mul %2297, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2300 = erf %2299 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2301 = add %1201, %2300 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2302 = mul %2298, %2301 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2303 = matmul %2302, %151 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%2304 = add %2303, %1213 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2305 = mul %2304, %2304 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2306 = reduce_sum %2305 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%2307 = sqrt %2306 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2308 = max %2307, %1219 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2309 = broadcast %2308 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2310 = div %2304, %2309 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2311 = matmul %2310, %1229 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%2312 = slice %2287 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/dino_pass.yaml:110:46
%2313 = matmul %2312, %155 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%2314 = broadcast %156 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2315 = broadcast %293 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2316 = add %2313, %2314 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2317 = mul %2315, %2316 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2318 = broadcast %297 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2319 = add %2313, %2314 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2320 = mul %2319, %2318 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2321 = erf %2320 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2322 = broadcast %302 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2323 = add %2322, %2321 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2324 = mul %2317, %2323 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2325 = matmul %2324, %157 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%2326 = broadcast %158 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2327 = add %2325, %2326 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2328 = mul %2315, %2327 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2329 = add %2325, %2326 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2330 = mul %2329, %2318 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2331 = erf %2330 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2332 = add %2322, %2331 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2333 = mul %2328, %2332 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2334 = matmul %2333, %159 ta=0 tb=1 : f32[4,9,8] @ models/lib/nn.yaml:83:15
%2335 = broadcast %160 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2336 = add %2334, %2335 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2337 = mul %2336, %2336 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%2338 = reduce_sum %2337 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%2339 = sqrt %2338 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2340 = broadcast %1218 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2341 = max %2339, %2340 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2342 = broadcast %2341 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2343 = add %2334, %2335 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2344 = div %2343, %2342 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2345 = matmul %2344, %1270 ta=0 tb=1 : f32[4,9,16] @ models/lib/dino.yaml:23:18
%2346 = slice %2311 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%2347 = slice %2311 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%2348 = slice %2345 lo=[0,0,0] hi=[2,9,16] : f32[2,9,16] @ models/dino_pass.yaml:131:27
%2349 = slice %2345 lo=[2,0,0] hi=[4,9,16] : f32[2,9,16] @ models/dino_pass.yaml:131:27
%2350 = reshape %8 : f32[16,48] @ models/lib/vit.yaml:17:20
%2351 = matmul %167, %2350 ta=0 tb=1 : f32[4,16,16] @ models/lib/vit.yaml:17:18
%2352 = broadcast %9 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%2353 = add %2351, %2352 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%2354 = broadcast %7 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%2355 = add %2353, %2354 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%2356 = reduce_sum %2355 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2357 = div %2356, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2358 = broadcast %2357 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2359 = sub %2355, %2358 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2360 = mul %2359, %2359 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2361 = reduce_sum %2360 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2362 = div %2361, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2363 = add %2362, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2364 = rsqrt %2363 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2365 = broadcast %2364 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2366 = mul %2359, %2365 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2367 = broadcast %10 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2368 = mul %2366, %2367 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2369 = broadcast %11 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2370 = add %2368, %2369 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2371 = matmul %2370, %12 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%2372 = broadcast %13 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2373 = add %2371, %2372 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2374 = reshape %2373 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%2375 = permute %2374 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%2376 = slice %2375 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%2377 = reshape %2376 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%2378 = slice %2375 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%2379 = reshape %2378 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%2380 = slice %2375 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%2381 = reshape %2380 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%2382 = permute %2379 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%2383 = slice %2377 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2384 = broadcast %2383 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2385 = slice %2382 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2386 = broadcast %2385 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2387 = mul %2384, %2386 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2388 = slice %2377 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2389 = broadcast %2388 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2390 = slice %2382 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2391 = broadcast %2390 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2392 = mul %2389, %2391 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2393 = add %2387, %2392 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2394 = slice %2377 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2395 = broadcast %2394 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2396 = slice %2382 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2397 = broadcast %2396 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2398 = mul %2395, %2397 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2399 = add %2393, %2398 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2400 = slice %2377 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2401 = broadcast %2400 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2402 = slice %2382 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2403 = broadcast %2402 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2404 = mul %2401, %2403 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2405 = add %2399, %2404 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2406 = slice %2377 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2407 = broadcast %2406 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2408 = slice %2382 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2409 = broadcast %2408 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2410 = mul %2407, %2409 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2411 = add %2405, %2410 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2412 = slice %2377 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2413 = broadcast %2412 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2414 = slice %2382 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2415 = broadcast %2414 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2416 = mul %2413, %2415 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2417 = add %2411, %2416 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2418 = slice %2377 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2419 = broadcast %2418 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2420 = slice %2382 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2421 = broadcast %2420 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2422 = mul %2419, %2421 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2423 = add %2417, %2422 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2424 = slice %2377 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2425 = broadcast %2424 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2426 = slice %2382 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2427 = broadcast %2426 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2428 = mul %2425, %2427 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2429 = add %2423, %2428 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2430 = mul %2429, %252 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2431 = reduce_max %2430 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%2432 = stop_gradient %2431 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%2433 = broadcast %2432 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2434 = mul %2429, %252 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2435 = sub %2434, %2433 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2436 = exp %2435 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2437 = reduce_sum %2436 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%2438 = broadcast %2437 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2439 = exp %2435 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2440 = div %2439, %2438 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2441 = reshape %2440 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%2442 = broadcast %2441 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2443 = reshape %2380 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%2444 = broadcast %2443 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2445 = mul %2442, %2444 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2446 = reduce_sum %2445 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2447 = permute %2446 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%2448 = reshape %2447 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%2449 = matmul %2448, %14 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%2450 = broadcast %15 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2451 = add %2449, %2450 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2452 = add %2355, %2451 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%2453 = reduce_sum %2452 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2454 = div %2453, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2455 = broadcast %2454 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2456 = sub %2452, %2455 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2457 = mul %2456, %2456 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2458 = reduce_sum %2457 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2459 = div %2458, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2460 = add %2459, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2461 = rsqrt %2460 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2462 = broadcast %2461 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2463 = mul %2456, %2462 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2464 = broadcast %16 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2465 = mul %2463, %2464 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2466 = broadcast %17 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2467 = add %2465, %2466 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2468 = matmul %2467, %18 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%2469 = broadcast %19 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2470 = add %2468, %2469 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2471 = mul %294, %2470 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%2472 = add %2468, %2469 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2473 = mul %2472, %298 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%2474 = erf %2473 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%2475 = add %303, %2474 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%2476 = mul %2471, %2475 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%2477 = matmul %2476, %20 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%2478 = broadcast %21 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2479 = add %2477, %2478 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2480 = add %2452, %2479 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%2481 = reduce_sum %2480 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2482 = div %2481, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2483 = broadcast %2482 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2484 = sub %2480, %2483 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2485 = mul %2484, %2484 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2486 = reduce_sum %2485 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2487 = div %2486, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2488 = add %2487, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2489 = rsqrt %2488 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2490 = broadcast %2489 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2491 = mul %2484, %2490 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2492 = broadcast %22 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2493 = mul %2491, %2492 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2494 = broadcast %23 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2495 = add %2493, %2494 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2496 = matmul %2495, %24 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%2497 = broadcast %25 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2498 = add %2496, %2497 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2499 = reshape %2498 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%2500 = permute %2499 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%2501 = slice %2500 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%2502 = reshape %2501 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%2503 = slice %2500 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%2504 = reshape %2503 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%2505 = slice %2500 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%2506 = reshape %2505 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%2507 = permute %2504 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%2508 = slice %2502 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2509 = broadcast %2508 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2510 = slice %2507 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2511 = broadcast %2510 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2512 = mul %2509, %2511 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2513 = slice %2502 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2514 = broadcast %2513 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2515 = slice %2507 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2516 = broadcast %2515 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2517 = mul %2514, %2516 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2518 = add %2512, %2517 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2519 = slice %2502 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2520 = broadcast %2519 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2521 = slice %2507 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2522 = broadcast %2521 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2523 = mul %2520, %2522 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2524 = add %2518, %2523 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2525 = slice %2502 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2526 = broadcast %2525 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2527 = slice %2507 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2528 = broadcast %2527 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2529 = mul %2526, %2528 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2530 = add %2524, %2529 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2531 = slice %2502 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2532 = broadcast %2531 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2533 = slice %2507 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2534 = broadcast %2533 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2535 = mul %2532, %2534 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2536 = add %2530, %2535 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2537 = slice %2502 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2538 = broadcast %2537 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2539 = slice %2507 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2540 = broadcast %2539 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2541 = mul %2538, %2540 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2542 = add %2536, %2541 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2543 = slice %2502 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2544 = broadcast %2543 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2545 = slice %2507 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2546 = broadcast %2545 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2547 = mul %2544, %2546 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2548 = add %2542, %2547 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2549 = slice %2502 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2550 = broadcast %2549 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2551 = slice %2507 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2552 = broadcast %2551 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2553 = mul %2550, %2552 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2554 = add %2548, %2553 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2555 = mul %2554, %252 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2556 = reduce_max %2555 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%2557 = stop_gradient %2556 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%2558 = broadcast %2557 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2559 = mul %2554, %252 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2560 = sub %2559, %2558 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2561 = exp %2560 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2562 = reduce_sum %2561 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%2563 = broadcast %2562 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2564 = exp %2560 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2565 = div %2564, %2563 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2566 = reshape %2565 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%2567 = broadcast %2566 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2568 = reshape %2505 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%2569 = broadcast %2568 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2570 = mul %2567, %2569 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2571 = reduce_sum %2570 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2572 = permute %2571 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%2573 = reshape %2572 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%2574 = matmul %2573, %26 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%2575 = broadcast %27 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2576 = add %2574, %2575 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2577 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%2578 = broadcast %2577 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2579 = div %2576, %2578 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2580 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%2581 = rand_uniform %2580 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%2582 = broadcast %2577 : f32[4] @ models/lib/nn.yaml:44:35
%2583 = add %2582, %2581 : f32[4] @ models/lib/nn.yaml:44:35
%2584 = floor %2583 : f32[4] @ models/lib/nn.yaml:44:24
%2585 = reshape %2584 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2586 = broadcast %2585 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2587 = mul %2579, %2586 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2588 = add %2480, %2587 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%2589 = reduce_sum %2588 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2590 = div %2589, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2591 = broadcast %2590 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2592 = sub %2588, %2591 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2593 = mul %2592, %2592 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2594 = reduce_sum %2593 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2595 = div %2594, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2596 = add %2595, %184 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2597 = rsqrt %2596 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2598 = broadcast %2597 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2599 = mul %2592, %2598 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2600 = broadcast %28 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2601 = mul %2599, %2600 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2602 = broadcast %29 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2603 = add %2601, %2602 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2604 = matmul %2603, %30 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%2605 = broadcast %31 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2606 = add %2604, %2605 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2607 = mul %294, %2606 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%2608 = add %2604, %2605 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2609 = mul %2608, %298 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%2610 = erf %2609 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%2611 = add %303, %2610 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%2612 = mul %2607, %2611 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%2613 = matmul %2612, %32 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%2614 = broadcast %33 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2615 = add %2613, %2614 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2616 = div %2615, %2578 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2617 = rand_uniform %2580 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%2618 = add %2582, %2617 : f32[4] @ models/lib/nn.yaml:44:35
%2619 = floor %2618 : f32[4] @ models/lib/nn.yaml:44:24
%2620 = reshape %2619 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2621 = broadcast %2620 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2622 = mul %2616, %2621 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2623 = add %2588, %2622 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%2624 = broadcast %34 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%2625 = concat %2624, %2623 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%2626 = reduce_sum %2625 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2627 = div %2626, %834 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2628 = broadcast %2627 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2629 = sub %2625, %2628 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2630 = mul %2629, %2629 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2631 = reduce_sum %2630 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2632 = div %2631, %834 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2633 = add %2632, %841 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2634 = rsqrt %2633 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2635 = broadcast %2634 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2636 = mul %2629, %2635 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2637 = broadcast %35 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2638 = mul %2636, %2637 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2639 = broadcast %36 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2640 = add %2638, %2639 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2641 = slice %2640 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2642 = matmul %2641, %37 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2643 = broadcast %38 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2644 = add %2642, %2643 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2645 = reshape %2644 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2646 = permute %2645 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2647 = matmul %2640, %39 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2648 = broadcast %40 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2649 = matmul %2640, %41 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2650 = broadcast %42 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2651 = slice %2646 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2652 = broadcast %2651 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2653 = reshape %2647 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2654 = permute %2653 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2655 = slice %2654 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2656 = reshape %2648 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2657 = permute %2656 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2658 = slice %2657 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2659 = add %2655, %2658 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%2660 = mul %2652, %2659 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2661 = slice %2646 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2662 = broadcast %2661 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2663 = reshape %2647 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2664 = permute %2663 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2665 = slice %2664 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2666 = reshape %2648 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2667 = permute %2666 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2668 = slice %2667 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2669 = add %2665, %2668 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%2670 = mul %2662, %2669 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2671 = add %2660, %2670 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2672 = slice %2646 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2673 = broadcast %2672 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2674 = reshape %2647 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2675 = permute %2674 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2676 = slice %2675 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2677 = reshape %2648 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2678 = permute %2677 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2679 = slice %2678 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2680 = add %2676, %2679 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%2681 = mul %2673, %2680 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2682 = add %2671, %2681 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2683 = slice %2646 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2684 = broadcast %2683 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2685 = reshape %2647 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2686 = permute %2685 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2687 = slice %2686 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2688 = reshape %2648 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2689 = permute %2688 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2690 = slice %2689 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2691 = add %2687, %2690 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%2692 = mul %2684, %2691 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2693 = add %2682, %2692 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2694 = slice %2646 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2695 = broadcast %2694 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2696 = reshape %2647 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2697 = permute %2696 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2698 = slice %2697 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2699 = reshape %2648 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2700 = permute %2699 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2701 = slice %2700 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2702 = add %2698, %2701 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%2703 = mul %2695, %2702 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2704 = add %2693, %2703 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2705 = slice %2646 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2706 = broadcast %2705 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2707 = reshape %2647 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2708 = permute %2707 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2709 = slice %2708 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2710 = reshape %2648 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2711 = permute %2710 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2712 = slice %2711 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2713 = add %2709, %2712 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%2714 = mul %2706, %2713 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2715 = add %2704, %2714 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2716 = slice %2646 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2717 = broadcast %2716 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2718 = reshape %2647 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2719 = permute %2718 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2720 = slice %2719 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2721 = reshape %2648 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2722 = permute %2721 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2723 = slice %2722 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2724 = add %2720, %2723 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%2725 = mul %2717, %2724 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2726 = add %2715, %2725 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2727 = slice %2646 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2728 = broadcast %2727 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2729 = reshape %2647 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2730 = permute %2729 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2731 = slice %2730 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2732 = reshape %2648 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2733 = permute %2732 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2734 = slice %2733 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2735 = add %2731, %2734 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%2736 = mul %2728, %2735 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2737 = add %2726, %2736 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2738 = mul %2737, %947 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2739 = reduce_max %2738 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2740 = stop_gradient %2739 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2741 = broadcast %2740 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2742 = mul %2737, %947 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2743 = sub %2742, %2741 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2744 = exp %2743 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2745 = reduce_sum %2744 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2746 = broadcast %2745 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2747 = exp %2743 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2748 = div %2747, %2746 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2749 = reshape %2748 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%2750 = broadcast %2749 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2751 = reshape %2649 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%2752 = permute %2751 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%2753 = reshape %2752 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2754 = reshape %2650 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%2755 = permute %2754 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%2756 = reshape %2755 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2757 = add %2753, %2756 : f32[4,2,1,17,8] @ models/lib/nn.yaml:84:18
%2758 = mul %2750, %2757 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2759 = reduce_sum %2758 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2760 = permute %2759 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%2761 = reshape %2760 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%2762 = matmul %2761, %43 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2763 = broadcast %44 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2764 = add %2762, %2763 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2765 = add %2624, %2764 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2766 = reduce_sum %2765 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2767 = div %2766, %977 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2768 = broadcast %2767 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2769 = sub %2765, %2768 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2770 = mul %2769, %2769 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2771 = reduce_sum %2770 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2772 = div %2771, %977 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2773 = add %2772, %984 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2774 = rsqrt %2773 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2775 = broadcast %2774 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2776 = mul %2769, %2775 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2777 = broadcast %45 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2778 = mul %2776, %2777 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2779 = broadcast %46 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2780 = add %2778, %2779 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2781 = matmul %2780, %47 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2782 = broadcast %48 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2783 = add %2781, %2782 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2784 = mul %996, %2783 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2785 = mul %2783, %998 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2786 = erf %2785 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2787 = add %1001, %2786 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2788 = mul %2784, %2787 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2789 = matmul %2788, %49 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2790 = broadcast %50 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2791 = add %2789, %2790 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2792 = add %2765, %2791 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2793 = concat %2792, %2623 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%2794 = reduce_sum %2793 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2795 = div %2794, %834 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2796 = broadcast %2795 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2797 = sub %2793, %2796 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2798 = mul %2797, %2797 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2799 = reduce_sum %2798 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2800 = div %2799, %834 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2801 = add %2800, %841 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2802 = rsqrt %2801 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2803 = broadcast %2802 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2804 = mul %2797, %2803 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2805 = broadcast %51 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2806 = mul %2804, %2805 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2807 = broadcast %52 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2808 = add %2806, %2807 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2809 = slice %2808 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2810 = matmul %2809, %53 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2811 = broadcast %54 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2812 = add %2810, %2811 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2813 = reshape %2812 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2814 = permute %2813 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2815 = matmul %2808, %55 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2816 = broadcast %56 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2817 = matmul %2808, %57 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2818 = broadcast %58 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2819 = slice %2814 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2820 = broadcast %2819 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2821 = reshape %2815 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2822 = permute %2821 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2823 = slice %2822 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2824 = reshape %2816 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2825 = permute %2824 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2826 = slice %2825 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2827 = add %2823, %2826 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%2828 = mul %2820, %2827 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2829 = slice %2814 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2830 = broadcast %2829 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2831 = reshape %2815 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2832 = permute %2831 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2833 = slice %2832 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2834 = reshape %2816 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2835 = permute %2834 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2836 = slice %2835 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2837 = add %2833, %2836 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%2838 = mul %2830, %2837 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2839 = add %2828, %2838 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2840 = slice %2814 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2841 = broadcast %2840 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2842 = reshape %2815 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2843 = permute %2842 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2844 = slice %2843 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2845 = reshape %2816 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2846 = permute %2845 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2847 = slice %2846 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2848 = add %2844, %2847 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%2849 = mul %2841, %2848 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2850 = add %2839, %2849 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2851 = slice %2814 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2852 = broadcast %2851 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2853 = reshape %2815 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2854 = permute %2853 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2855 = slice %2854 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2856 = reshape %2816 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2857 = permute %2856 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2858 = slice %2857 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2859 = add %2855, %2858 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%2860 = mul %2852, %2859 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2861 = add %2850, %2860 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2862 = slice %2814 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2863 = broadcast %2862 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2864 = reshape %2815 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2865 = permute %2864 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2866 = slice %2865 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2867 = reshape %2816 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2868 = permute %2867 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2869 = slice %2868 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2870 = add %2866, %2869 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%2871 = mul %2863, %2870 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2872 = add %2861, %2871 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2873 = slice %2814 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2874 = broadcast %2873 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2875 = reshape %2815 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2876 = permute %2875 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2877 = slice %2876 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2878 = reshape %2816 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2879 = permute %2878 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2880 = slice %2879 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2881 = add %2877, %2880 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%2882 = mul %2874, %2881 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2883 = add %2872, %2882 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2884 = slice %2814 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2885 = broadcast %2884 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2886 = reshape %2815 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2887 = permute %2886 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2888 = slice %2887 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2889 = reshape %2816 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2890 = permute %2889 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2891 = slice %2890 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2892 = add %2888, %2891 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%2893 = mul %2885, %2892 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2894 = add %2883, %2893 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2895 = slice %2814 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2896 = broadcast %2895 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2897 = reshape %2815 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2898 = permute %2897 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2899 = slice %2898 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2900 = reshape %2816 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2901 = permute %2900 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2902 = slice %2901 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2903 = add %2899, %2902 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%2904 = mul %2896, %2903 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2905 = add %2894, %2904 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2906 = mul %2905, %947 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2907 = reduce_max %2906 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2908 = stop_gradient %2907 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2909 = broadcast %2908 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2910 = mul %2905, %947 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2911 = sub %2910, %2909 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2912 = exp %2911 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2913 = reduce_sum %2912 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2914 = broadcast %2913 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2915 = exp %2911 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2916 = div %2915, %2914 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2917 = reshape %2916 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%2918 = broadcast %2917 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2919 = reshape %2817 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%2920 = permute %2919 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%2921 = reshape %2920 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2922 = reshape %2818 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%2923 = permute %2922 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%2924 = reshape %2923 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2925 = add %2921, %2924 : f32[4,2,1,17,8] @ models/lib/nn.yaml:84:18
%2926 = mul %2918, %2925 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2927 = reduce_sum %2926 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2928 = permute %2927 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%2929 = reshape %2928 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%2930 = matmul %2929, %59 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2931 = broadcast %60 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2932 = add %2930, %2931 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2933 = add %2792, %2932 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2934 = reduce_sum %2933 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2935 = div %2934, %977 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2936 = broadcast %2935 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2937 = sub %2933, %2936 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2938 = mul %2937, %2937 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2939 = reduce_sum %2938 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2940 = div %2939, %977 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2941 = add %2940, %984 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2942 = rsqrt %2941 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2943 = broadcast %2942 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2944 = mul %2937, %2943 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2945 = broadcast %61 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2946 = mul %2944, %2945 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2947 = broadcast %62 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2948 = add %2946, %2947 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2949 = matmul %2948, %63 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2950 = broadcast %64 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2951 = add %2949, %2950 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2952 = mul %996, %2951 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2953 = mul %2951, %998 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2954 = erf %2953 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2955 = add %1001, %2954 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2956 = mul %2952, %2955 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2957 = matmul %2956, %65 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2958 = broadcast %66 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2959 = add %2957, %2958 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2960 = add %2933, %2959 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2961 = concat %2960, %2623 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:111:21
%2962 = reduce_sum %2961 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2963 = div %2962, %834 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2964 = broadcast %2963 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2965 = sub %2961, %2964 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2966 = mul %2965, %2965 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2967 = reduce_sum %2966 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2968 = div %2967, %834 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2969 = add %2968, %841 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2970 = rsqrt %2969 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2971 = broadcast %2970 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2972 = mul %2965, %2971 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2973 = broadcast %67 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2974 = mul %2972, %2973 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2975 = broadcast %68 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2976 = add %2974, %2975 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2977 = slice %2976 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:103:28
%2978 = matmul %2977, %69 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2979 = broadcast %70 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2980 = add %2978, %2979 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2981 = mul %1196, %2980 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2982 = mul %2980, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2983 = erf %2982 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2984 = add %1201, %2983 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2985 = mul %2981, %2984 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2986 = matmul %2985, %71 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2987 = broadcast %72 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2988 = add %2986, %2987 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2989 = mul %1196, %2988 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2990 = mul %2988, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2991 = erf %2990 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2992 = add %1201, %2991 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2993 = mul %2989, %2992 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2994 = matmul %2993, %73 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%2995 = broadcast %74 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2996 = add %2994, %2995 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2997 = mul %2996, %2996 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2998 = reduce_sum %2997 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%2999 = sqrt %2998 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3000 = max %2999, %1219 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3001 = broadcast %3000 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3002 = div %2996, %3001 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3003 = broadcast %75 : f32[32,8] @ models/lib/dino.yaml:22:22
%3004 = mul %3003, %76 : f32[32,8] @ models/lib/dino.yaml:22:22
%3005 = mul %76, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%3006 = reduce_sum %3005 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%3007 = sqrt %3006 : f32[32,1] @ models/lib/dino.yaml:22:35
%3008 = broadcast %3007 : f32[32,8] @ models/lib/dino.yaml:22:33
%3009 = div %3004, %3008 : f32[32,8] @ models/lib/dino.yaml:22:33
%3010 = matmul %3002, %3009 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%3011 = slice %2976 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/dino_pass.yaml:103:46
%3012 = matmul %3011, %77 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%3013 = broadcast %78 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3014 = add %3012, %3013 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3015 = mul %1234, %3014 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%3016 = add %3012, %3013 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3017 = mul %3016, %1237 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%3018 = erf %3017 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3019 = add %1241, %3018 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%3020 = mul %3015, %3019 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%3021 = matmul %3020, %79 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%3022 = broadcast %80 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3023 = add %3021, %3022 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3024 = mul %1234, %3023 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%3025 = add %3021, %3022 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3026 = mul %3025, %1237 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%3027 = erf %3026 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3028 = add %1241, %3027 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%3029 = mul %3024, %3028 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%3030 = matmul %3029, %81 ta=0 tb=1 : f32[4,16,8] @ models/lib/nn.yaml:83:15
%3031 = broadcast %82 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%3032 = add %3030, %3031 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%3033 = mul %3032, %3032 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%3034 = reduce_sum %3033 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%3035 = sqrt %3034 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3036 = max %3035, %1259 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3037 = broadcast %3036 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%3038 = add %3030, %3031 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%3039 = div %3038, %3037 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%3040 = broadcast %83 : f32[16,8] @ models/lib/dino.yaml:22:22
%3041 = mul %3040, %84 : f32[16,8] @ models/lib/dino.yaml:22:22
%3042 = mul %84, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3043 = reduce_sum %3042 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%3044 = sqrt %3043 : f32[16,1] @ models/lib/dino.yaml:22:35
%3045 = broadcast %3044 : f32[16,8] @ models/lib/dino.yaml:22:33
%3046 = div %3041, %3045 : f32[16,8] @ models/lib/dino.yaml:22:33
%3047 = matmul %3039, %3046 ta=0 tb=1 : f32[4,16,16] @ models/lib/dino.yaml:23:18
%3048 = slice %3010 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3049 = slice %3010 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3050 = slice %3047 lo=[0,0,0] hi=[2,16,16] : f32[2,16,16] @ models/dino_pass.yaml:132:27
%3051 = slice %3047 lo=[2,0,0] hi=[4,16,16] : f32[2,16,16] @ models/dino_pass.yaml:132:27
%3052 = matmul %1278, %2350 ta=0 tb=1 : f32[4,9,16] @ models/lib/vit.yaml:17:18
%3053 = broadcast %9 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%3054 = add %3052, %3053 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%3055 = reshape %7 : f32[4,64] @ models/lib/vit.yaml:32:17
%3056 = matmul %1282, %3055 ta=0 tb=0 : f32[3,64] @ models/lib/vit.yaml:32:15
%3057 = reshape %3056 : f32[3,4,16] @ models/lib/vit.yaml:33:21
%3058 = permute %3057 perm=[1,0,2] : f32[4,3,16] @ models/lib/vit.yaml:33:13
%3059 = reshape %3058 : f32[4,48] @ models/lib/vit.yaml:34:17
%3060 = matmul %1282, %3059 ta=0 tb=0 : f32[3,48] @ models/lib/vit.yaml:34:15
%3061 = reshape %3060 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%3062 = permute %3061 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%3063 = reshape %3062 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%3064 = broadcast %3063 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%3065 = add %3054, %3064 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%3066 = reduce_sum %3065 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3067 = div %3066, %1295 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3068 = broadcast %3067 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3069 = sub %3065, %3068 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3070 = mul %3069, %3069 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3071 = reduce_sum %3070 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3072 = div %3071, %1295 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3073 = add %3072, %1302 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3074 = rsqrt %3073 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3075 = broadcast %3074 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3076 = mul %3069, %3075 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3077 = broadcast %10 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3078 = mul %3076, %3077 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3079 = broadcast %11 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3080 = add %3078, %3079 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3081 = matmul %3080, %12 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%3082 = broadcast %13 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3083 = add %3081, %3082 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3084 = reshape %3083 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%3085 = permute %3084 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%3086 = slice %3085 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%3087 = reshape %3086 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%3088 = slice %3085 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%3089 = reshape %3088 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%3090 = slice %3085 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3091 = reshape %3090 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%3092 = permute %3089 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%3093 = slice %3087 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3094 = broadcast %3093 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3095 = slice %3092 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3096 = broadcast %3095 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3097 = mul %3094, %3096 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3098 = slice %3087 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3099 = broadcast %3098 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3100 = slice %3092 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3101 = broadcast %3100 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3102 = mul %3099, %3101 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3103 = add %3097, %3102 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3104 = slice %3087 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3105 = broadcast %3104 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3106 = slice %3092 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3107 = broadcast %3106 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3108 = mul %3105, %3107 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3109 = add %3103, %3108 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3110 = slice %3087 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3111 = broadcast %3110 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3112 = slice %3092 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3113 = broadcast %3112 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3114 = mul %3111, %3113 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3115 = add %3109, %3114 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3116 = slice %3087 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3117 = broadcast %3116 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3118 = slice %3092 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3119 = broadcast %3118 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3120 = mul %3117, %3119 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3121 = add %3115, %3120 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3122 = slice %3087 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3123 = broadcast %3122 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3124 = slice %3092 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3125 = broadcast %3124 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3126 = mul %3123, %3125 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3127 = add %3121, %3126 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3128 = slice %3087 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3129 = broadcast %3128 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3130 = slice %3092 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3131 = broadcast %3130 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3132 = mul %3129, %3131 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3133 = add %3127, %3132 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3134 = slice %3087 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3135 = broadcast %3134 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3136 = slice %3092 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3137 = broadcast %3136 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3138 = mul %3135, %3137 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3139 = add %3133, %3138 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3140 = mul %3139, %1369 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3141 = reduce_max %3140 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%3142 = stop_gradient %3141 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%3143 = broadcast %3142 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3144 = mul %3139, %1369 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3145 = sub %3144, %3143 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3146 = exp %3145 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3147 = reduce_sum %3146 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%3148 = broadcast %3147 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3149 = exp %3145 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3150 = div %3149, %3148 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3151 = reshape %3150 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3152 = broadcast %3151 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3153 = reshape %3090 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%3154 = broadcast %3153 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3155 = mul %3152, %3154 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3156 = reduce_sum %3155 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3157 = permute %3156 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%3158 = reshape %3157 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%3159 = matmul %3158, %14 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3160 = broadcast %15 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3161 = add %3159, %3160 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3162 = add %3065, %3161 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%3163 = reduce_sum %3162 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3164 = div %3163, %1295 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3165 = broadcast %3164 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3166 = sub %3162, %3165 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3167 = mul %3166, %3166 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3168 = reduce_sum %3167 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3169 = div %3168, %1295 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3170 = add %3169, %1302 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3171 = rsqrt %3170 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3172 = broadcast %3171 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3173 = mul %3166, %3172 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3174 = broadcast %16 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3175 = mul %3173, %3174 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3176 = broadcast %17 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3177 = add %3175, %3176 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3178 = matmul %3177, %18 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%3179 = broadcast %19 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3180 = add %3178, %3179 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3181 = mul %1410, %3180 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3182 = add %3178, %3179 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3183 = mul %3182, %1413 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3184 = erf %3183 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3185 = add %1417, %3184 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%3186 = mul %3181, %3185 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3187 = matmul %3186, %20 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3188 = broadcast %21 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3189 = add %3187, %3188 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3190 = add %3162, %3189 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%3191 = reduce_sum %3190 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3192 = div %3191, %1295 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3193 = broadcast %3192 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3194 = sub %3190, %3193 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3195 = mul %3194, %3194 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3196 = reduce_sum %3195 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3197 = div %3196, %1295 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3198 = add %3197, %1302 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3199 = rsqrt %3198 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3200 = broadcast %3199 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3201 = mul %3194, %3200 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3202 = broadcast %22 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3203 = mul %3201, %3202 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3204 = broadcast %23 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3205 = add %3203, %3204 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3206 = matmul %3205, %24 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%3207 = broadcast %25 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3208 = add %3206, %3207 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3209 = reshape %3208 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%3210 = permute %3209 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%3211 = slice %3210 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%3212 = reshape %3211 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%3213 = slice %3210 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%3214 = reshape %3213 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%3215 = slice %3210 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3216 = reshape %3215 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%3217 = permute %3214 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%3218 = slice %3212 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3219 = broadcast %3218 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3220 = slice %3217 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3221 = broadcast %3220 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3222 = mul %3219, %3221 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3223 = slice %3212 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3224 = broadcast %3223 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3225 = slice %3217 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3226 = broadcast %3225 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3227 = mul %3224, %3226 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3228 = add %3222, %3227 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3229 = slice %3212 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3230 = broadcast %3229 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3231 = slice %3217 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3232 = broadcast %3231 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3233 = mul %3230, %3232 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3234 = add %3228, %3233 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3235 = slice %3212 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3236 = broadcast %3235 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3237 = slice %3217 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3238 = broadcast %3237 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3239 = mul %3236, %3238 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3240 = add %3234, %3239 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3241 = slice %3212 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3242 = broadcast %3241 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3243 = slice %3217 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3244 = broadcast %3243 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3245 = mul %3242, %3244 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3246 = add %3240, %3245 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3247 = slice %3212 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3248 = broadcast %3247 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3249 = slice %3217 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3250 = broadcast %3249 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3251 = mul %3248, %3250 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3252 = add %3246, %3251 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3253 = slice %3212 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3254 = broadcast %3253 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3255 = slice %3217 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3256 = broadcast %3255 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3257 = mul %3254, %3256 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3258 = add %3252, %3257 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3259 = slice %3212 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3260 = broadcast %3259 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3261 = slice %3217 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3262 = broadcast %3261 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3263 = mul %3260, %3262 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3264 = add %3258, %3263 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3265 = mul %3264, %1369 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3266 = reduce_max %3265 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%3267 = stop_gradient %3266 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%3268 = broadcast %3267 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3269 = mul %3264, %1369 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3270 = sub %3269, %3268 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3271 = exp %3270 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3272 = reduce_sum %3271 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%3273 = broadcast %3272 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3274 = exp %3270 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3275 = div %3274, %3273 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3276 = reshape %3275 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3277 = broadcast %3276 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3278 = reshape %3215 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%3279 = broadcast %3278 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3280 = mul %3277, %3279 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3281 = reduce_sum %3280 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3282 = permute %3281 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%3283 = reshape %3282 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%3284 = matmul %3283, %26 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3285 = broadcast %27 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3286 = add %3284, %3285 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3287 = broadcast %2577 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3288 = div %3286, %3287 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3289 = rand_uniform %2580 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%3290 = add %2582, %3289 : f32[4] @ models/lib/nn.yaml:44:35
%3291 = floor %3290 : f32[4] @ models/lib/nn.yaml:44:24
%3292 = reshape %3291 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%3293 = broadcast %3292 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3294 = mul %3288, %3293 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3295 = add %3190, %3294 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%3296 = reduce_sum %3295 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3297 = div %3296, %1295 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3298 = broadcast %3297 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3299 = sub %3295, %3298 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3300 = mul %3299, %3299 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3301 = reduce_sum %3300 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3302 = div %3301, %1295 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3303 = add %3302, %1302 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3304 = rsqrt %3303 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3305 = broadcast %3304 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3306 = mul %3299, %3305 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3307 = broadcast %28 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3308 = mul %3306, %3307 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3309 = broadcast %29 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3310 = add %3308, %3309 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3311 = matmul %3310, %30 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%3312 = broadcast %31 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3313 = add %3311, %3312 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3314 = mul %1410, %3313 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3315 = add %3311, %3312 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3316 = mul %3315, %1413 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3317 = erf %3316 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3318 = add %1417, %3317 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%3319 = mul %3314, %3318 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3320 = matmul %3319, %32 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3321 = broadcast %33 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3322 = add %3320, %3321 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3323 = div %3322, %3287 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3324 = rand_uniform %2580 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%3325 = add %2582, %3324 : f32[4] @ models/lib/nn.yaml:44:35
%3326 = floor %3325 : f32[4] @ models/lib/nn.yaml:44:24
%3327 = reshape %3326 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%3328 = broadcast %3327 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3329 = mul %3323, %3328 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3330 = add %3295, %3329 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%3331 = concat %2624, %3330 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%3332 = reduce_sum %3331 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3333 = div %3332, %1947 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3334 = broadcast %3333 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3335 = sub %3331, %3334 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3336 = mul %3335, %3335 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3337 = reduce_sum %3336 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3338 = div %3337, %1947 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3339 = add %3338, %1954 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3340 = rsqrt %3339 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3341 = broadcast %3340 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3342 = mul %3335, %3341 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3343 = broadcast %35 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3344 = mul %3342, %3343 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3345 = broadcast %36 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3346 = add %3344, %3345 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3347 = slice %3346 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%3348 = matmul %3347, %37 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3349 = add %3348, %2643 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3350 = reshape %3349 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%3351 = permute %3350 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%3352 = matmul %3346, %39 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3353 = broadcast %40 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3354 = matmul %3346, %41 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3355 = broadcast %42 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3356 = slice %3351 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3357 = broadcast %3356 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3358 = reshape %3352 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3359 = permute %3358 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3360 = slice %3359 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3361 = reshape %3353 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3362 = permute %3361 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3363 = slice %3362 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3364 = add %3360, %3363 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%3365 = mul %3357, %3364 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3366 = slice %3351 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3367 = broadcast %3366 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3368 = reshape %3352 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3369 = permute %3368 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3370 = slice %3369 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3371 = reshape %3353 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3372 = permute %3371 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3373 = slice %3372 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3374 = add %3370, %3373 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%3375 = mul %3367, %3374 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3376 = add %3365, %3375 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3377 = slice %3351 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3378 = broadcast %3377 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3379 = reshape %3352 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3380 = permute %3379 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3381 = slice %3380 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3382 = reshape %3353 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3383 = permute %3382 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3384 = slice %3383 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3385 = add %3381, %3384 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%3386 = mul %3378, %3385 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3387 = add %3376, %3386 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3388 = slice %3351 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3389 = broadcast %3388 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3390 = reshape %3352 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3391 = permute %3390 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3392 = slice %3391 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3393 = reshape %3353 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3394 = permute %3393 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3395 = slice %3394 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3396 = add %3392, %3395 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%3397 = mul %3389, %3396 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3398 = add %3387, %3397 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3399 = slice %3351 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3400 = broadcast %3399 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3401 = reshape %3352 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3402 = permute %3401 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3403 = slice %3402 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3404 = reshape %3353 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3405 = permute %3404 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3406 = slice %3405 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3407 = add %3403, %3406 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%3408 = mul %3400, %3407 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3409 = add %3398, %3408 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3410 = slice %3351 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3411 = broadcast %3410 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3412 = reshape %3352 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3413 = permute %3412 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3414 = slice %3413 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3415 = reshape %3353 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3416 = permute %3415 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3417 = slice %3416 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3418 = add %3414, %3417 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%3419 = mul %3411, %3418 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3420 = add %3409, %3419 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3421 = slice %3351 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3422 = broadcast %3421 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3423 = reshape %3352 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3424 = permute %3423 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3425 = slice %3424 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3426 = reshape %3353 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3427 = permute %3426 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3428 = slice %3427 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3429 = add %3425, %3428 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%3430 = mul %3422, %3429 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3431 = add %3420, %3430 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3432 = slice %3351 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3433 = broadcast %3432 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3434 = reshape %3352 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3435 = permute %3434 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3436 = slice %3435 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3437 = reshape %3353 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3438 = permute %3437 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3439 = slice %3438 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3440 = add %3436, %3439 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%3441 = mul %3433, %3440 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3442 = add %3431, %3441 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3443 = mul %3442, %2059 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3444 = reduce_max %3443 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%3445 = stop_gradient %3444 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%3446 = broadcast %3445 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3447 = mul %3442, %2059 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3448 = sub %3447, %3446 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3449 = exp %3448 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3450 = reduce_sum %3449 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%3451 = broadcast %3450 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3452 = exp %3448 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3453 = div %3452, %3451 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3454 = reshape %3453 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%3455 = broadcast %3454 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3456 = reshape %3354 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%3457 = permute %3456 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%3458 = reshape %3457 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3459 = reshape %3355 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%3460 = permute %3459 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%3461 = reshape %3460 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3462 = add %3458, %3461 : f32[4,2,1,10,8] @ models/lib/nn.yaml:84:18
%3463 = mul %3455, %3462 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3464 = reduce_sum %3463 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%3465 = permute %3464 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%3466 = reshape %3465 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%3467 = matmul %3466, %43 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3468 = add %3467, %2763 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3469 = add %2624, %3468 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%3470 = reduce_sum %3469 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3471 = div %3470, %977 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3472 = broadcast %3471 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3473 = sub %3469, %3472 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3474 = mul %3473, %3473 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3475 = reduce_sum %3474 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3476 = div %3475, %977 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3477 = add %3476, %984 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%3478 = rsqrt %3477 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3479 = broadcast %3478 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3480 = mul %3473, %3479 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3481 = mul %3480, %2777 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3482 = add %3481, %2779 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%3483 = matmul %3482, %47 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3484 = add %3483, %2782 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3485 = mul %996, %3484 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3486 = mul %3484, %998 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3487 = erf %3486 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3488 = add %1001, %3487 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3489 = mul %3485, %3488 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3490 = matmul %3489, %49 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3491 = add %3490, %2790 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3492 = add %3469, %3491 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%3493 = concat %3492, %3330 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%3494 = reduce_sum %3493 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3495 = div %3494, %1947 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3496 = broadcast %3495 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3497 = sub %3493, %3496 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3498 = mul %3497, %3497 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3499 = reduce_sum %3498 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3500 = div %3499, %1947 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3501 = add %3500, %1954 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3502 = rsqrt %3501 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3503 = broadcast %3502 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3504 = mul %3497, %3503 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3505 = broadcast %51 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3506 = mul %3504, %3505 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3507 = broadcast %52 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3508 = add %3506, %3507 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3509 = slice %3508 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%3510 = matmul %3509, %53 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3511 = add %3510, %2811 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3512 = reshape %3511 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%3513 = permute %3512 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%3514 = matmul %3508, %55 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3515 = broadcast %56 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3516 = matmul %3508, %57 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3517 = broadcast %58 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3518 = slice %3513 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3519 = broadcast %3518 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3520 = reshape %3514 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3521 = permute %3520 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3522 = slice %3521 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3523 = reshape %3515 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3524 = permute %3523 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3525 = slice %3524 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3526 = add %3522, %3525 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%3527 = mul %3519, %3526 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3528 = slice %3513 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3529 = broadcast %3528 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3530 = reshape %3514 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3531 = permute %3530 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3532 = slice %3531 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3533 = reshape %3515 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3534 = permute %3533 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3535 = slice %3534 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3536 = add %3532, %3535 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%3537 = mul %3529, %3536 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3538 = add %3527, %3537 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3539 = slice %3513 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3540 = broadcast %3539 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3541 = reshape %3514 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3542 = permute %3541 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3543 = slice %3542 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3544 = reshape %3515 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3545 = permute %3544 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3546 = slice %3545 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3547 = add %3543, %3546 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%3548 = mul %3540, %3547 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3549 = add %3538, %3548 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3550 = slice %3513 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3551 = broadcast %3550 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3552 = reshape %3514 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3553 = permute %3552 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3554 = slice %3553 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3555 = reshape %3515 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3556 = permute %3555 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3557 = slice %3556 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3558 = add %3554, %3557 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%3559 = mul %3551, %3558 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3560 = add %3549, %3559 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3561 = slice %3513 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3562 = broadcast %3561 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3563 = reshape %3514 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3564 = permute %3563 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3565 = slice %3564 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3566 = reshape %3515 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3567 = permute %3566 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3568 = slice %3567 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3569 = add %3565, %3568 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%3570 = mul %3562, %3569 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3571 = add %3560, %3570 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3572 = slice %3513 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3573 = broadcast %3572 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3574 = reshape %3514 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3575 = permute %3574 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3576 = slice %3575 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3577 = reshape %3515 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3578 = permute %3577 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3579 = slice %3578 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3580 = add %3576, %3579 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%3581 = mul %3573, %3580 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3582 = add %3571, %3581 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3583 = slice %3513 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3584 = broadcast %3583 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3585 = reshape %3514 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3586 = permute %3585 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3587 = slice %3586 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3588 = reshape %3515 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3589 = permute %3588 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3590 = slice %3589 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3591 = add %3587, %3590 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%3592 = mul %3584, %3591 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3593 = add %3582, %3592 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3594 = slice %3513 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3595 = broadcast %3594 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3596 = reshape %3514 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3597 = permute %3596 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3598 = slice %3597 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3599 = reshape %3515 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3600 = permute %3599 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3601 = slice %3600 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3602 = add %3598, %3601 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%3603 = mul %3595, %3602 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3604 = add %3593, %3603 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3605 = mul %3604, %2059 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3606 = reduce_max %3605 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%3607 = stop_gradient %3606 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%3608 = broadcast %3607 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3609 = mul %3604, %2059 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3610 = sub %3609, %3608 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3611 = exp %3610 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3612 = reduce_sum %3611 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%3613 = broadcast %3612 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3614 = exp %3610 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3615 = div %3614, %3613 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3616 = reshape %3615 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%3617 = broadcast %3616 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3618 = reshape %3516 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%3619 = permute %3618 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%3620 = reshape %3619 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3621 = reshape %3517 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%3622 = permute %3621 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%3623 = reshape %3622 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3624 = add %3620, %3623 : f32[4,2,1,10,8] @ models/lib/nn.yaml:84:18
%3625 = mul %3617, %3624 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3626 = reduce_sum %3625 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%3627 = permute %3626 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%3628 = reshape %3627 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%3629 = matmul %3628, %59 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3630 = add %3629, %2931 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3631 = add %3492, %3630 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%3632 = reduce_sum %3631 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3633 = div %3632, %977 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3634 = broadcast %3633 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3635 = sub %3631, %3634 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3636 = mul %3635, %3635 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3637 = reduce_sum %3636 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3638 = div %3637, %977 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3639 = add %3638, %984 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%3640 = rsqrt %3639 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3641 = broadcast %3640 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3642 = mul %3635, %3641 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3643 = mul %3642, %2945 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3644 = add %3643, %2947 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%3645 = matmul %3644, %63 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3646 = add %3645, %2950 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3647 = mul %996, %3646 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3648 = mul %3646, %998 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3649 = erf %3648 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3650 = add %1001, %3649 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3651 = mul %3647, %3650 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3652 = matmul %3651, %65 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3653 = add %3652, %2958 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3654 = add %3631, %3653 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%3655 = concat %3654, %3330 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:111:21
%3656 = reduce_sum %3655 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3657 = div %3656, %1947 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3658 = broadcast %3657 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3659 = sub %3655, %3658 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3660 = mul %3659, %3659 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3661 = reduce_sum %3660 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3662 = div %3661, %1947 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3663 = add %3662, %1954 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3664 = rsqrt %3663 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3665 = broadcast %3664 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3666 = mul %3659, %3665 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3667 = broadcast %67 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3668 = mul %3666, %3667 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3669 = broadcast %68 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3670 = add %3668, %3669 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3671 = slice %3670 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:103:28
%3672 = matmul %3671, %69 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%3673 = add %3672, %2979 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3674 = mul %1196, %3673 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3675 = mul %3673, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3676 = erf %3675 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3677 = add %1201, %3676 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3678 = mul %3674, %3677 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3679 = matmul %3678, %71 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%3680 = add %3679, %2987 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3681 = mul %1196, %3680 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3682 = mul %3680, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3683 = erf %3682 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3684 = add %1201, %3683 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3685 = mul %3681, %3684 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3686 = matmul %3685, %73 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%3687 = add %3686, %2995 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3688 = mul %3687, %3687 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3689 = reduce_sum %3688 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%3690 = sqrt %3689 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3691 = max %3690, %1219 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3692 = broadcast %3691 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3693 = div %3687, %3692 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3694 = matmul %3693, %3009 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%3695 = slice %3670 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/dino_pass.yaml:103:46
%3696 = matmul %3695, %77 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%3697 = broadcast %78 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3698 = add %3696, %3697 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3699 = mul %2315, %3698 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3700 = add %3696, %3697 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3701 = mul %3700, %2318 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3702 = erf %3701 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3703 = add %2322, %3702 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3704 = mul %3699, %3703 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3705 = matmul %3704, %79 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%3706 = broadcast %80 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3707 = add %3705, %3706 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3708 = mul %2315, %3707 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3709 = add %3705, %3706 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3710 = mul %3709, %2318 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3711 = erf %3710 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3712 = add %2322, %3711 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3713 = mul %3708, %3712 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3714 = matmul %3713, %81 ta=0 tb=1 : f32[4,9,8] @ models/lib/nn.yaml:83:15
%3715 = broadcast %82 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3716 = add %3714, %3715 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3717 = mul %3716, %3716 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3718 = reduce_sum %3717 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%3719 = sqrt %3718 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3720 = max %3719, %2340 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3721 = broadcast %3720 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3722 = add %3714, %3715 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3723 = div %3722, %3721 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3724 = matmul %3723, %3046 ta=0 tb=1 : f32[4,9,16] @ models/lib/dino.yaml:23:18
%3725 = slice %3694 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3726 = slice %3694 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3727 = slice %3724 lo=[0,0,0] hi=[2,9,16] : f32[2,9,16] @ models/dino_pass.yaml:132:27
%3728 = slice %3724 lo=[2,0,0] hi=[4,9,16] : f32[2,9,16] @ models/dino_pass.yaml:132:27
%3729 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3730 = sub %1272, %3729 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3731 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3732 = div %3730, %3731 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3733 = reduce_max %3732 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3734 = stop_gradient %3733 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3735 = broadcast %3734 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3736 = div %3730, %3731 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3737 = sub %3736, %3735 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3738 = exp %3737 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3739 = reduce_sum %3738 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3740 = broadcast %3739 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3741 = exp %3737 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3742 = div %3741, %3740 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3743 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%3744 = broadcast %3743 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3745 = div %3049, %3744 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3746 = reduce_max %3745 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3747 = stop_gradient %3746 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3748 = broadcast %3747 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3749 = div %3049, %3744 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3750 = sub %3749, %3748 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3751 = exp %3750 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3752 = reduce_sum %3751 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3753 = log %3752 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3754 = broadcast %3753 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3755 = sub %3750, %3754 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3756 = stop_gradient %3742 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3757 = mul %3756, %3755 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3758 = reduce_sum %3757 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3759 = neg %3758 : f32[2,1] @ models/lib/dino.yaml:39:21
%3760 = reduce_sum %3759 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3761 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%3762 = div %3760, %3761 : f32[] @ models/lib/dino.yaml:39:16
%3763 = div %3725, %3744 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3764 = reduce_max %3763 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3765 = stop_gradient %3764 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3766 = broadcast %3765 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3767 = div %3725, %3744 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3768 = sub %3767, %3766 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3769 = exp %3768 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3770 = reduce_sum %3769 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3771 = log %3770 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3772 = broadcast %3771 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3773 = sub %3768, %3772 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3774 = stop_gradient %3742 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3775 = mul %3774, %3773 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3776 = reduce_sum %3775 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3777 = neg %3776 : f32[2,1] @ models/lib/dino.yaml:39:21
%3778 = reduce_sum %3777 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3779 = div %3778, %3761 : f32[] @ models/lib/dino.yaml:39:16
%3780 = add %3762, %3779 : f32[] @ models/dino_pass.yaml:148:11
%3781 = div %3726, %3744 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3782 = reduce_max %3781 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3783 = stop_gradient %3782 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3784 = broadcast %3783 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3785 = div %3726, %3744 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3786 = sub %3785, %3784 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3787 = exp %3786 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3788 = reduce_sum %3787 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3789 = log %3788 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3790 = broadcast %3789 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3791 = sub %3786, %3790 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3792 = stop_gradient %3742 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3793 = mul %3792, %3791 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3794 = reduce_sum %3793 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3795 = neg %3794 : f32[2,1] @ models/lib/dino.yaml:39:21
%3796 = reduce_sum %3795 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3797 = div %3796, %3761 : f32[] @ models/lib/dino.yaml:39:16
%3798 = add %3780, %3797 : f32[] @ models/dino_pass.yaml:148:11
%3799 = sub %1273, %3729 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3800 = div %3799, %3731 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3801 = reduce_max %3800 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3802 = stop_gradient %3801 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3803 = broadcast %3802 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3804 = div %3799, %3731 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3805 = sub %3804, %3803 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3806 = exp %3805 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3807 = reduce_sum %3806 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3808 = broadcast %3807 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3809 = exp %3805 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3810 = div %3809, %3808 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3811 = div %3048, %3744 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3812 = reduce_max %3811 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3813 = stop_gradient %3812 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3814 = broadcast %3813 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3815 = div %3048, %3744 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3816 = sub %3815, %3814 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3817 = exp %3816 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3818 = reduce_sum %3817 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3819 = log %3818 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3820 = broadcast %3819 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3821 = sub %3816, %3820 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3822 = stop_gradient %3810 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3823 = mul %3822, %3821 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3824 = reduce_sum %3823 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3825 = neg %3824 : f32[2,1] @ models/lib/dino.yaml:39:21
%3826 = reduce_sum %3825 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3827 = div %3826, %3761 : f32[] @ models/lib/dino.yaml:39:16
%3828 = add %3798, %3827 : f32[] @ models/dino_pass.yaml:148:11
%3829 = stop_gradient %3810 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3830 = mul %3829, %3773 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3831 = reduce_sum %3830 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3832 = neg %3831 : f32[2,1] @ models/lib/dino.yaml:39:21
%3833 = reduce_sum %3832 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3834 = div %3833, %3761 : f32[] @ models/lib/dino.yaml:39:16
%3835 = add %3828, %3834 : f32[] @ models/dino_pass.yaml:148:11
%3836 = stop_gradient %3810 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3837 = mul %3836, %3791 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3838 = reduce_sum %3837 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3839 = neg %3838 : f32[2,1] @ models/lib/dino.yaml:39:21
%3840 = reduce_sum %3839 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3841 = div %3840, %3761 : f32[] @ models/lib/dino.yaml:39:16
%3842 = add %3835, %3841 : f32[] @ models/dino_pass.yaml:148:11
%3843 = const data=[6] : f32[] @ models/dino_pass.yaml:145:3
%3844 = div %3842, %3843 : f32[] @ models/dino_pass.yaml:145:3
%3845 = output %3844 name="loss.cls" : f32[] @ models/dino_pass.yaml:145:3
%3846 = broadcast %164 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3847 = broadcast %4 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3848 = sub %1274, %3846 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3849 = div %3848, %3847 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3850 = reduce_max %3849 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%3851 = stop_gradient %3850 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%3852 = broadcast %3851 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3853 = sub %1274, %3846 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3854 = div %3853, %3847 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3855 = sub %3854, %3852 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3856 = exp %3855 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3857 = reduce_sum %3856 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%3858 = broadcast %3857 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3859 = exp %3855 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3860 = div %3859, %3858 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3861 = broadcast %3743 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3862 = div %3050, %3861 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3863 = reduce_max %3862 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%3864 = stop_gradient %3863 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%3865 = broadcast %3864 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3866 = div %3050, %3861 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3867 = sub %3866, %3865 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3868 = exp %3867 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3869 = reduce_sum %3868 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%3870 = log %3869 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3871 = broadcast %3870 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3872 = sub %3867, %3871 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3873 = stop_gradient %3860 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3874 = mul %3873, %3872 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3875 = reduce_sum %3874 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%3876 = neg %3875 : f32[2,16] @ models/lib/dino.yaml:39:21
%3877 = reduce_sum %3876 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3878 = const data=[32] : f32[] @ models/lib/dino.yaml:39:16
%3879 = div %3877, %3878 : f32[] @ models/lib/dino.yaml:39:16
%3880 = sub %1275, %3846 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3881 = div %3880, %3847 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3882 = reduce_max %3881 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%3883 = stop_gradient %3882 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%3884 = broadcast %3883 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3885 = sub %1275, %3846 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3886 = div %3885, %3847 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3887 = sub %3886, %3884 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3888 = exp %3887 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3889 = reduce_sum %3888 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%3890 = broadcast %3889 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3891 = exp %3887 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3892 = div %3891, %3890 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3893 = div %3051, %3861 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3894 = reduce_max %3893 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%3895 = stop_gradient %3894 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%3896 = broadcast %3895 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3897 = div %3051, %3861 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3898 = sub %3897, %3896 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3899 = exp %3898 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3900 = reduce_sum %3899 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%3901 = log %3900 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3902 = broadcast %3901 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3903 = sub %3898, %3902 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3904 = stop_gradient %3892 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3905 = mul %3904, %3903 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3906 = reduce_sum %3905 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%3907 = neg %3906 : f32[2,16] @ models/lib/dino.yaml:39:21
%3908 = reduce_sum %3907 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3909 = div %3908, %3878 : f32[] @ models/lib/dino.yaml:39:16
%3910 = add %3879, %3909 : f32[] @ models/dino_pass.yaml:152:11
%3911 = broadcast %164 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3912 = broadcast %4 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3913 = sub %2348, %3911 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3914 = div %3913, %3912 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3915 = reduce_max %3914 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%3916 = stop_gradient %3915 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%3917 = broadcast %3916 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3918 = sub %2348, %3911 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3919 = div %3918, %3912 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3920 = sub %3919, %3917 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3921 = exp %3920 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%3922 = reduce_sum %3921 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%3923 = broadcast %3922 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3924 = exp %3920 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%3925 = div %3924, %3923 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3926 = broadcast %3743 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3927 = div %3727, %3926 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3928 = reduce_max %3927 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%3929 = stop_gradient %3928 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%3930 = broadcast %3929 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3931 = div %3727, %3926 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3932 = sub %3931, %3930 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3933 = exp %3932 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3934 = reduce_sum %3933 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%3935 = log %3934 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3936 = broadcast %3935 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3937 = sub %3932, %3936 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3938 = stop_gradient %3925 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3939 = mul %3938, %3937 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3940 = reduce_sum %3939 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%3941 = neg %3940 : f32[2,9] @ models/lib/dino.yaml:39:21
%3942 = reduce_sum %3941 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3943 = const data=[18] : f32[] @ models/lib/dino.yaml:39:16
%3944 = div %3942, %3943 : f32[] @ models/lib/dino.yaml:39:16
%3945 = add %3910, %3944 : f32[] @ models/dino_pass.yaml:152:11
%3946 = sub %2349, %3911 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3947 = div %3946, %3912 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3948 = reduce_max %3947 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%3949 = stop_gradient %3948 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%3950 = broadcast %3949 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3951 = sub %2349, %3911 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3952 = div %3951, %3912 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3953 = sub %3952, %3950 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3954 = exp %3953 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%3955 = reduce_sum %3954 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%3956 = broadcast %3955 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3957 = exp %3953 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%3958 = div %3957, %3956 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3959 = div %3728, %3926 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3960 = reduce_max %3959 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%3961 = stop_gradient %3960 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%3962 = broadcast %3961 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3963 = div %3728, %3926 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3964 = sub %3963, %3962 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3965 = exp %3964 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3966 = reduce_sum %3965 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%3967 = log %3966 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3968 = broadcast %3967 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3969 = sub %3964, %3968 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3970 = stop_gradient %3958 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3971 = mul %3970, %3969 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3972 = reduce_sum %3971 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%3973 = neg %3972 : f32[2,9] @ models/lib/dino.yaml:39:21
%3974 = reduce_sum %3973 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3975 = div %3974, %3943 : f32[] @ models/lib/dino.yaml:39:16
%3976 = add %3945, %3975 : f32[] @ models/dino_pass.yaml:152:11
%3977 = const data=[4] : f32[] @ models/dino_pass.yaml:149:3
%3978 = div %3976, %3977 : f32[] @ models/dino_pass.yaml:149:3
%3979 = output %3978 name="loss.patch" : f32[] @ models/dino_pass.yaml:149:3
%3980 = mul %3978, %3743 : f32[] @ models/dino_pass.yaml:149:3
%3981 = add %3844, %3980 : f32[] @ models/dino_pass.yaml:149:3
%3982 = output %3981 name="loss" : f32[] @ models/dino_pass.yaml:145:3
%3983 = broadcast %2577 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%3984 = mul %163, %3983 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%3985 = concat %1272, %1273, %2346, %2347 axis=0 : f32[8,1,32] @ models/dino_pass.yaml:138:75
%3986 = reduce_sum %3985 axes=[0] keep=1 : f32[1,1,32] @ models/lib/nn.yaml:73:26
%3987 = all_reduce_sum %3986 : f32[1,1,32] @ models/lib/nn.yaml:73:16
%3988 = const data=[8] : f32[] @ models/lib/nn.yaml:73:65
%3989 = broadcast %3988 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%3990 = div %3987, %3989 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%3991 = broadcast %3743 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%3992 = mul %3991, %3990 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%3993 = add %3984, %3992 : f32[1,1,32] @ models/dino_pass.yaml:138:38
%3994 = assign %163, %3993 : f32[1,1,32] @ models/dino_pass.yaml:138:13
%3995 = broadcast %2577 : f32[1,16] @ models/dino_pass.yaml:142:26
%3996 = mul %164, %3995 : f32[1,16] @ models/dino_pass.yaml:142:26
%3997 = reshape %1274 : f32[32,16] @ models/dino_pass.yaml:142:81
%3998 = reshape %1275 : f32[32,16] @ models/dino_pass.yaml:142:81
%3999 = reshape %2348 : f32[18,16] @ models/dino_pass.yaml:142:81
%4000 = reshape %2349 : f32[18,16] @ models/dino_pass.yaml:142:81
%4001 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,32] @ models/lib/nn.yaml:73:26
%4002 = matmul %4001, %3997 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%4003 = matmul %4001, %3998 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%4004 = add %4002, %4003 : f32[1,16] @ models/lib/nn.yaml:73:26
%4005 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,18] @ models/lib/nn.yaml:73:26
%4006 = matmul %4005, %3999 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%4007 = add %4004, %4006 : f32[1,16] @ models/lib/nn.yaml:73:26
%4008 = matmul %4005, %4000 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%4009 = add %4007, %4008 : f32[1,16] @ models/lib/nn.yaml:73:26
%4010 = all_reduce_sum %4009 : f32[1,16] @ models/lib/nn.yaml:73:16
%4011 = const data=[1e+02] : f32[] @ models/lib/nn.yaml:73:65
%4012 = broadcast %4011 : f32[1,16] @ models/lib/nn.yaml:73:52
%4013 = div %4010, %4012 : f32[1,16] @ models/lib/nn.yaml:73:52
%4014 = broadcast %3743 : f32[1,16] @ models/dino_pass.yaml:142:68
%4015 = mul %4014, %4013 : f32[1,16] @ models/dino_pass.yaml:142:68
%4016 = add %3996, %4015 : f32[1,16] @ models/dino_pass.yaml:142:44
%4017 = assign %164, %4016 : f32[1,16] @ models/dino_pass.yaml:142:13
%4018 = cast %1 : f64[] @ models/dino_pass.yaml:122:3
%4019 = cast %2 : f64[] @ models/dino_pass.yaml:123:3
%4020 = cast %3 : f64[] @ models/dino_pass.yaml:124:3
%4021 = const data=[-0.0013888889] : f32[] @ models/lib/dino.yaml:39:21
%4022 = broadcast %4021 : f32[2,9] @ models/lib/dino.yaml:39:21
%4023 = reshape %4022 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%4024 = broadcast %4023 : f32[2,9,16] @ models/lib/dino.yaml:39:22
%4025 = stop_gradient %3958 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4026 = mul %4024, %4025 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4027 = neg %4026 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4028 = reduce_sum %4027 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%4029 = div %4028, %3966 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%4030 = broadcast %4029 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%4031 = exp %3964 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4032 = mul %4030, %4031 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4033 = stop_gradient %3958 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4034 = mul %4024, %4033 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4035 = add %4034, %4032 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4036 = div %4035, %3926 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4037 = stop_gradient %3925 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4038 = mul %4024, %4037 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4039 = neg %4038 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4040 = reduce_sum %4039 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%4041 = div %4040, %3934 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%4042 = broadcast %4041 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%4043 = exp %3932 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4044 = mul %4042, %4043 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4045 = stop_gradient %3925 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4046 = mul %4024, %4045 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4047 = add %4046, %4044 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4048 = div %4047, %3926 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4049 = const data=[-0.00078125] : f32[] @ models/lib/dino.yaml:39:21
%4050 = broadcast %4049 : f32[2,16] @ models/lib/dino.yaml:39:21
%4051 = reshape %4050 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%4052 = broadcast %4051 : f32[2,16,16] @ models/lib/dino.yaml:39:22
%4053 = stop_gradient %3892 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4054 = mul %4052, %4053 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4055 = neg %4054 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%4056 = reduce_sum %4055 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%4057 = div %4056, %3900 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%4058 = broadcast %4057 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%4059 = exp %3898 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4060 = mul %4058, %4059 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4061 = stop_gradient %3892 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4062 = mul %4052, %4061 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4063 = add %4062, %4060 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4064 = div %4063, %3861 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%4065 = stop_gradient %3860 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4066 = mul %4052, %4065 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4067 = neg %4066 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%4068 = reduce_sum %4067 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%4069 = div %4068, %3869 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%4070 = broadcast %4069 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%4071 = exp %3867 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4072 = mul %4070, %4071 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4073 = stop_gradient %3860 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4074 = mul %4052, %4073 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4075 = add %4074, %4072 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4076 = div %4075, %3861 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%4077 = const data=[-0.083333336] : f32[] @ models/lib/dino.yaml:39:21
%4078 = broadcast %4077 : f32[2,1] @ models/lib/dino.yaml:39:21
%4079 = reshape %4078 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%4080 = broadcast %4079 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%4081 = stop_gradient %3810 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4082 = mul %4080, %4081 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4083 = neg %4082 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%4084 = reduce_sum %4083 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%4085 = div %4084, %3788 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4086 = broadcast %4085 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4087 = exp %3786 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4088 = mul %4086, %4087 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4089 = stop_gradient %3810 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4090 = mul %4080, %4089 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4091 = add %4090, %4088 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4092 = div %4091, %3744 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4093 = div %4084, %3770 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4094 = broadcast %4093 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4095 = exp %3768 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4096 = mul %4094, %4095 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4097 = stop_gradient %3810 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4098 = mul %4080, %4097 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4099 = add %4098, %4096 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4100 = div %4099, %3744 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4101 = div %4084, %3818 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4102 = broadcast %4101 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4103 = exp %3816 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4104 = mul %4102, %4103 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4105 = stop_gradient %3810 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4106 = mul %4080, %4105 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4107 = add %4106, %4104 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4108 = div %4107, %3744 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4109 = stop_gradient %3742 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4110 = mul %4080, %4109 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4111 = neg %4110 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%4112 = reduce_sum %4111 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%4113 = div %4112, %3788 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4114 = broadcast %4113 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4115 = exp %3786 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4116 = mul %4114, %4115 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4117 = stop_gradient %3742 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4118 = mul %4080, %4117 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4119 = add %4118, %4116 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4120 = div %4119, %3744 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4121 = add %4092, %4120 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4122 = div %4112, %3770 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4123 = broadcast %4122 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4124 = exp %3768 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4125 = mul %4123, %4124 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4126 = stop_gradient %3742 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4127 = mul %4080, %4126 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4128 = add %4127, %4125 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4129 = div %4128, %3744 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4130 = add %4100, %4129 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4131 = div %4112, %3752 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4132 = broadcast %4131 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4133 = exp %3750 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4134 = mul %4132, %4133 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4135 = stop_gradient %3742 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4136 = mul %4080, %4135 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4137 = add %4136, %4134 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4138 = div %4137, %3744 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4139 = concat %4048, %4036 axis=0 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%4140 = concat %4130, %4121 axis=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%4141 = matmul %4139, %3046 ta=0 tb=0 : f32[4,9,8] @ models/lib/dino.yaml:23:18
%4142 = reshape %3723 : f32[36,8] @ models/lib/dino.yaml:23:18
%4143 = reshape %4139 : f32[36,16] @ models/lib/dino.yaml:23:18
%4144 = matmul %4143, %4142 ta=1 tb=0 : f32[16,8] @ models/lib/dino.yaml:23:18
%4145 = div %4144, %3045 : f32[16,8] @ models/lib/dino.yaml:22:33
%4146 = mul %4145, %3046 : f32[16,8] @ models/lib/dino.yaml:22:33
%4147 = neg %4146 : f32[16,8] @ models/lib/dino.yaml:22:33
%4148 = reduce_sum %4147 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%4149 = broadcast %293 : f32[16,1] @ models/lib/dino.yaml:22:35
%4150 = mul %4148, %4149 : f32[16,1] @ models/lib/dino.yaml:22:35
%4151 = div %4150, %3044 : f32[16,1] @ models/lib/dino.yaml:22:35
%4152 = broadcast %4151 : f32[16,8] @ models/lib/dino.yaml:22:40
%4153 = mul %4152, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%4154 = add %4153, %4153 : f32[16,8] @ models/lib/dino.yaml:22:53
%4155 = mul %4145, %3040 : f32[16,8] @ models/lib/dino.yaml:22:22
%4156 = add %4154, %4155 : f32[16,8] @ models/lib/dino.yaml:22:22
%4157 = div %4141, %3721 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4158 = mul %4157, %3723 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4159 = neg %4158 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4160 = reduce_sum %4159 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:18
%4161 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%4162 = broadcast %4161 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4163 = broadcast %293 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4164 = mul %4160, %4163 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4165 = sqrt %3718 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4166 = eq %4165, %2340 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%4167 = select %4166, %4164, %4162 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4168 = sqrt %3718 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4169 = gt %4168, %2340 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%4170 = select %4169, %4160, %4167 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4171 = mul %4170, %4163 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4172 = sqrt %3718 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4173 = div %4171, %4172 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4174 = broadcast %4173 : f32[4,9,8] @ models/lib/nn.yaml:33:29
%4175 = add %3714, %3715 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%4176 = mul %4174, %4175 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%4177 = add %4157, %4176 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%4178 = add %4177, %4176 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%4179 = reduce_sum %4178 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4180 = reshape %4179 : f32[8] @ models/lib/nn.yaml:84:18
%4181 = matmul %4178, %81 ta=0 tb=0 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%4182 = reshape %3713 : f32[36,24] @ models/lib/nn.yaml:83:15
%4183 = reshape %4178 : f32[36,8] @ models/lib/nn.yaml:83:15
%4184 = matmul %4183, %4182 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%4185 = add %3705, %3706 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4186 = mul %4185, %2318 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4187 = erf %4186 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4188 = add %2322, %4187 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%4189 = mul %4181, %4188 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4190 = add %3705, %3706 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4191 = mul %2315, %4190 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4192 = mul %4181, %4191 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4193 = add %3705, %3706 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4194 = mul %4193, %2318 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4195 = mul %4194, %4194 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4196 = neg %4195 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4197 = exp %4196 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4198 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4199 = broadcast %4198 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4200 = mul %4197, %4199 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4201 = mul %4192, %4200 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4202 = mul %4201, %2318 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4203 = mul %4189, %2315 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4204 = add %4202, %4203 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4205 = reduce_sum %4204 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4206 = reshape %4205 : f32[24] @ models/lib/nn.yaml:84:18
%4207 = matmul %4204, %79 ta=0 tb=0 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%4208 = reshape %3704 : f32[36,24] @ models/lib/nn.yaml:83:15
%4209 = reshape %4204 : f32[36,24] @ models/lib/nn.yaml:83:15
%4210 = matmul %4209, %4208 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%4211 = add %3696, %3697 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4212 = mul %4211, %2318 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4213 = erf %4212 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4214 = add %2322, %4213 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%4215 = mul %4207, %4214 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4216 = add %3696, %3697 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4217 = mul %2315, %4216 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4218 = mul %4207, %4217 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4219 = add %3696, %3697 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4220 = mul %4219, %2318 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4221 = mul %4220, %4220 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4222 = neg %4221 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4223 = exp %4222 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4224 = mul %4223, %4199 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4225 = mul %4218, %4224 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4226 = mul %4225, %2318 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4227 = mul %4215, %2315 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4228 = add %4226, %4227 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4229 = reduce_sum %4228 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4230 = reshape %4229 : f32[24] @ models/lib/nn.yaml:84:18
%4231 = matmul %4228, %77 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4232 = reshape %3695 : f32[36,16] @ models/lib/nn.yaml:83:15
%4233 = reshape %4228 : f32[36,24] @ models/lib/nn.yaml:83:15
%4234 = matmul %4233, %4232 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%4235 = matmul %4140, %3009 ta=0 tb=0 : f32[4,1,8] @ models/lib/dino.yaml:23:18
%4236 = reshape %3693 : f32[4,8] @ models/lib/dino.yaml:23:18
%4237 = reshape %4140 : f32[4,32] @ models/lib/dino.yaml:23:18
%4238 = matmul %4237, %4236 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%4239 = div %4238, %3008 : f32[32,8] @ models/lib/dino.yaml:22:33
%4240 = mul %4239, %3009 : f32[32,8] @ models/lib/dino.yaml:22:33
%4241 = neg %4240 : f32[32,8] @ models/lib/dino.yaml:22:33
%4242 = reduce_sum %4241 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%4243 = broadcast %293 : f32[32,1] @ models/lib/dino.yaml:22:35
%4244 = mul %4242, %4243 : f32[32,1] @ models/lib/dino.yaml:22:35
%4245 = div %4244, %3007 : f32[32,1] @ models/lib/dino.yaml:22:35
%4246 = broadcast %4245 : f32[32,8] @ models/lib/dino.yaml:22:40
%4247 = mul %4246, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%4248 = add %4247, %4247 : f32[32,8] @ models/lib/dino.yaml:22:53
%4249 = mul %4239, %3003 : f32[32,8] @ models/lib/dino.yaml:22:22
%4250 = add %4248, %4249 : f32[32,8] @ models/lib/dino.yaml:22:22
%4251 = div %4235, %3692 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4252 = mul %4251, %3693 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4253 = neg %4252 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4254 = reduce_sum %4253 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%4255 = broadcast %4161 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4256 = broadcast %293 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4257 = mul %4254, %4256 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4258 = sqrt %3689 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4259 = eq %4258, %1219 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4260 = select %4259, %4257, %4255 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4261 = sqrt %3689 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4262 = gt %4261, %1219 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4263 = select %4262, %4254, %4260 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4264 = mul %4263, %4256 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4265 = sqrt %3689 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4266 = div %4264, %4265 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4267 = broadcast %4266 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%4268 = mul %4267, %3687 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4269 = add %4251, %4268 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4270 = add %4269, %4268 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4271 = reduce_sum %4270 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4272 = reshape %4271 : f32[8] @ models/lib/nn.yaml:84:18
%4273 = matmul %4270, %73 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%4274 = reshape %3685 : f32[4,24] @ models/lib/nn.yaml:83:15
%4275 = reshape %4270 : f32[4,8] @ models/lib/nn.yaml:83:15
%4276 = matmul %4275, %4274 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%4277 = mul %3680, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4278 = erf %4277 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4279 = add %1201, %4278 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%4280 = mul %4273, %4279 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4281 = mul %1196, %3680 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4282 = mul %4273, %4281 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4283 = mul %3680, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4284 = mul %4283, %4283 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4285 = neg %4284 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4286 = exp %4285 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4287 = broadcast %4198 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4288 = mul %4286, %4287 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4289 = mul %4282, %4288 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4290 = mul %4289, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4291 = mul %4280, %1196 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4292 = add %4290, %4291 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4293 = reduce_sum %4292 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4294 = reshape %4293 : f32[24] @ models/lib/nn.yaml:84:18
%4295 = matmul %4292, %71 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%4296 = reshape %3678 : f32[4,24] @ models/lib/nn.yaml:83:15
%4297 = reshape %4292 : f32[4,24] @ models/lib/nn.yaml:83:15
%4298 = matmul %4297, %4296 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%4299 = mul %3673, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4300 = erf %4299 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4301 = add %1201, %4300 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%4302 = mul %4295, %4301 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4303 = mul %1196, %3673 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4304 = mul %4295, %4303 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4305 = mul %3673, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4306 = mul %4305, %4305 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4307 = neg %4306 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4308 = exp %4307 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4309 = mul %4308, %4287 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4310 = mul %4304, %4309 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4311 = mul %4310, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4312 = mul %4302, %1196 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4313 = add %4311, %4312 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4314 = reduce_sum %4313 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4315 = reshape %4314 : f32[24] @ models/lib/nn.yaml:84:18
%4316 = matmul %4313, %69 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4317 = reshape %3671 : f32[4,16] @ models/lib/nn.yaml:83:15
%4318 = reshape %4313 : f32[4,24] @ models/lib/nn.yaml:83:15
%4319 = matmul %4318, %4317 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%4320 = concat %4316, %4231 axis=1 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4321 = reduce_sum %4320 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4322 = reshape %4321 : f32[16] @ models/lib/nn.yaml:96:46
%4323 = mul %4320, %3666 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4324 = reduce_sum %4323 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4325 = reshape %4324 : f32[16] @ models/lib/nn.yaml:96:37
%4326 = mul %4320, %3667 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4327 = mul %4326, %3665 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4328 = mul %4320, %3667 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4329 = mul %4328, %3659 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4330 = reduce_sum %4329 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4331 = mul %3664, %3664 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4332 = mul %3664, %4331 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4333 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4334 = broadcast %4333 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4335 = mul %4332, %4334 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4336 = mul %4330, %4335 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4337 = div %4336, %1947 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4338 = broadcast %4337 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4339 = mul %4338, %3659 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4340 = add %4327, %4339 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4341 = add %4340, %4339 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4342 = neg %4341 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4343 = reduce_sum %4342 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4344 = div %4343, %1947 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4345 = broadcast %4344 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4346 = add %4341, %4345 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4347 = slice %4346 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%4348 = slice %4346 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:111:21
%4349 = reduce_sum %4347 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4350 = reshape %4349 : f32[16] @ models/lib/nn.yaml:84:18
%4351 = matmul %4347, %65 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%4352 = reshape %3651 : f32[4,64] @ models/lib/nn.yaml:83:15
%4353 = reshape %4347 : f32[4,16] @ models/lib/nn.yaml:83:15
%4354 = matmul %4353, %4352 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4355 = mul %3646, %998 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4356 = erf %4355 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4357 = add %1001, %4356 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%4358 = mul %4351, %4357 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4359 = mul %996, %3646 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4360 = mul %4351, %4359 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4361 = mul %3646, %998 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4362 = mul %4361, %4361 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4363 = neg %4362 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4364 = exp %4363 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4365 = broadcast %4198 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4366 = mul %4364, %4365 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4367 = mul %4360, %4366 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4368 = mul %4367, %998 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4369 = mul %4358, %996 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4370 = add %4368, %4369 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4371 = reduce_sum %4370 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4372 = reshape %4371 : f32[64] @ models/lib/nn.yaml:84:18
%4373 = matmul %4370, %63 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4374 = reshape %3644 : f32[4,16] @ models/lib/nn.yaml:83:15
%4375 = reshape %4370 : f32[4,64] @ models/lib/nn.yaml:83:15
%4376 = matmul %4375, %4374 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4377 = reduce_sum %4373 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4378 = reshape %4377 : f32[16] @ models/lib/nn.yaml:96:46
%4379 = mul %4373, %2945 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4380 = mul %4373, %3642 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4381 = reduce_sum %4380 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4382 = reshape %4381 : f32[16] @ models/lib/nn.yaml:96:37
%4383 = mul %4379, %3641 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4384 = mul %4379, %3635 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4385 = reduce_sum %4384 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4386 = mul %3640, %3640 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4387 = mul %3640, %4386 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4388 = broadcast %4333 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4389 = mul %4387, %4388 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4390 = mul %4385, %4389 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4391 = div %4390, %977 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4392 = broadcast %4391 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4393 = mul %4392, %3635 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4394 = add %4383, %4393 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4395 = add %4394, %4393 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4396 = add %4347, %4395 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4397 = neg %4395 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4398 = reduce_sum %4397 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4399 = div %4398, %977 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4400 = broadcast %4399 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4401 = add %4396, %4400 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4402 = reduce_sum %4401 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4403 = reshape %4402 : f32[16] @ models/lib/nn.yaml:84:18
%4404 = matmul %4401, %59 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4405 = reshape %3627 : f32[4,16] @ models/lib/nn.yaml:83:15
%4406 = reshape %4401 : f32[4,16] @ models/lib/nn.yaml:83:15
%4407 = matmul %4406, %4405 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4408 = reshape %4404 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%4409 = permute %4408 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%4410 = slice %4409 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4411 = broadcast %4410 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4412 = reshape %3516 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4413 = permute %4412 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4414 = slice %4413 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4415 = reshape %3517 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4416 = permute %4415 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4417 = slice %4416 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4418 = add %4414, %4417 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%4419 = mul %4411, %4418 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4420 = slice %4409 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4421 = broadcast %4420 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4422 = reshape %3516 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4423 = permute %4422 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4424 = slice %4423 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4425 = reshape %3517 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4426 = permute %4425 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4427 = slice %4426 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4428 = add %4424, %4427 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%4429 = mul %4421, %4428 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4430 = add %4419, %4429 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4431 = slice %4409 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4432 = broadcast %4431 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4433 = reshape %3516 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4434 = permute %4433 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4435 = slice %4434 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4436 = reshape %3517 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4437 = permute %4436 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4438 = slice %4437 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4439 = add %4435, %4438 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%4440 = mul %4432, %4439 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4441 = add %4430, %4440 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4442 = slice %4409 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4443 = broadcast %4442 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4444 = reshape %3516 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4445 = permute %4444 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4446 = slice %4445 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4447 = reshape %3517 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4448 = permute %4447 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4449 = slice %4448 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4450 = add %4446, %4449 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%4451 = mul %4443, %4450 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4452 = add %4441, %4451 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4453 = slice %4409 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4454 = broadcast %4453 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4455 = reshape %3516 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4456 = permute %4455 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4457 = slice %4456 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4458 = reshape %3517 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4459 = permute %4458 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4460 = slice %4459 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4461 = add %4457, %4460 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%4462 = mul %4454, %4461 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4463 = add %4452, %4462 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4464 = slice %4409 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4465 = broadcast %4464 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4466 = reshape %3516 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4467 = permute %4466 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4468 = slice %4467 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4469 = reshape %3517 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4470 = permute %4469 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4471 = slice %4470 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4472 = add %4468, %4471 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%4473 = mul %4465, %4472 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4474 = add %4463, %4473 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4475 = slice %4409 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4476 = broadcast %4475 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4477 = reshape %3516 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4478 = permute %4477 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4479 = slice %4478 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4480 = reshape %3517 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4481 = permute %4480 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4482 = slice %4481 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4483 = add %4479, %4482 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%4484 = mul %4476, %4483 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4485 = add %4474, %4484 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4486 = slice %4409 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4487 = broadcast %4486 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4488 = reshape %3516 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4489 = permute %4488 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4490 = slice %4489 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4491 = reshape %3517 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4492 = permute %4491 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4493 = slice %4492 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4494 = add %4490, %4493 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%4495 = mul %4487, %4494 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4496 = add %4485, %4495 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4497 = permute %3615 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%4498 = broadcast %4497 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4499 = broadcast %4409 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4500 = mul %4498, %4499 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4501 = div %4496, %3613 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4502 = mul %4501, %3615 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4503 = neg %4502 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4504 = reduce_sum %4503 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4505 = broadcast %4504 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4506 = add %4501, %4505 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4507 = exp %3610 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4508 = mul %4506, %4507 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4509 = mul %4508, %2059 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%4510 = reshape %4509 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%4511 = broadcast %4510 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4512 = reshape %3514 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%4513 = permute %4512 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%4514 = reshape %4513 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4515 = reshape %3515 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%4516 = permute %4515 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%4517 = reshape %4516 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4518 = add %4514, %4517 : f32[4,2,1,10,8] @ models/lib/nn.yaml:84:18
%4519 = mul %4511, %4518 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4520 = reduce_sum %4519 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4521 = permute %4509 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%4522 = broadcast %4521 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4523 = broadcast %3513 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4524 = mul %4522, %4523 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4525 = permute %4500 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%4526 = reshape %4525 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%4527 = reduce_sum %4526 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4528 = reshape %4527 : f32[16] @ models/lib/nn.yaml:84:18
%4529 = matmul %4526, %57 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4530 = reshape %3508 : f32[40,16] @ models/lib/nn.yaml:83:15
%4531 = reshape %4525 : f32[40,16] @ models/lib/nn.yaml:83:15
%4532 = matmul %4531, %4530 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4533 = permute %4524 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%4534 = reshape %4533 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%4535 = reduce_sum %4534 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4536 = reshape %4535 : f32[16] @ models/lib/nn.yaml:84:18
%4537 = matmul %4534, %55 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4538 = add %4529, %4537 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4539 = reshape %4533 : f32[40,16] @ models/lib/nn.yaml:83:15
%4540 = matmul %4539, %4530 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4541 = permute %4520 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4542 = reshape %4541 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4543 = reduce_sum %4542 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4544 = reshape %4543 : f32[16] @ models/lib/nn.yaml:84:18
%4545 = matmul %4542, %53 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4546 = reshape %3509 : f32[4,16] @ models/lib/nn.yaml:83:15
%4547 = reshape %4541 : f32[4,16] @ models/lib/nn.yaml:83:15
%4548 = matmul %4547, %4546 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4549 = pad %4545 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4550 = add %4538, %4549 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4551 = reduce_sum %4550 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4552 = reshape %4551 : f32[16] @ models/lib/nn.yaml:96:46
%4553 = mul %4550, %3504 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4554 = reduce_sum %4553 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4555 = reshape %4554 : f32[16] @ models/lib/nn.yaml:96:37
%4556 = mul %4550, %3505 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4557 = mul %4556, %3503 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4558 = mul %4550, %3505 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4559 = mul %4558, %3497 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4560 = reduce_sum %4559 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4561 = mul %3502, %3502 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4562 = mul %3502, %4561 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4563 = mul %4562, %4334 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4564 = mul %4560, %4563 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4565 = div %4564, %1947 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4566 = broadcast %4565 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4567 = mul %4566, %3497 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4568 = add %4557, %4567 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4569 = add %4568, %4567 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4570 = neg %4569 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4571 = reduce_sum %4570 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4572 = div %4571, %1947 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4573 = broadcast %4572 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4574 = add %4569, %4573 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4575 = slice %4574 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4576 = add %4401, %4575 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4577 = slice %4574 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4578 = add %4348, %4577 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4579 = reduce_sum %4576 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4580 = reshape %4579 : f32[16] @ models/lib/nn.yaml:84:18
%4581 = matmul %4576, %49 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%4582 = reshape %3489 : f32[4,64] @ models/lib/nn.yaml:83:15
%4583 = reshape %4576 : f32[4,16] @ models/lib/nn.yaml:83:15
%4584 = matmul %4583, %4582 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4585 = mul %3484, %998 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4586 = erf %4585 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4587 = add %1001, %4586 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%4588 = mul %4581, %4587 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4589 = mul %996, %3484 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4590 = mul %4581, %4589 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4591 = mul %3484, %998 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4592 = mul %4591, %4591 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4593 = neg %4592 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4594 = exp %4593 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4595 = mul %4594, %4365 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4596 = mul %4590, %4595 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4597 = mul %4596, %998 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4598 = mul %4588, %996 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4599 = add %4597, %4598 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4600 = reduce_sum %4599 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4601 = reshape %4600 : f32[64] @ models/lib/nn.yaml:84:18
%4602 = matmul %4599, %47 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4603 = reshape %3482 : f32[4,16] @ models/lib/nn.yaml:83:15
%4604 = reshape %4599 : f32[4,64] @ models/lib/nn.yaml:83:15
%4605 = matmul %4604, %4603 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4606 = reduce_sum %4602 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4607 = reshape %4606 : f32[16] @ models/lib/nn.yaml:96:46
%4608 = mul %4602, %2777 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4609 = mul %4602, %3480 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4610 = reduce_sum %4609 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4611 = reshape %4610 : f32[16] @ models/lib/nn.yaml:96:37
%4612 = mul %4608, %3479 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4613 = mul %4608, %3473 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4614 = reduce_sum %4613 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4615 = mul %3478, %3478 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4616 = mul %3478, %4615 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4617 = mul %4616, %4388 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4618 = mul %4614, %4617 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4619 = div %4618, %977 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4620 = broadcast %4619 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4621 = mul %4620, %3473 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4622 = add %4612, %4621 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4623 = add %4622, %4621 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4624 = add %4576, %4623 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4625 = neg %4623 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4626 = reduce_sum %4625 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4627 = div %4626, %977 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4628 = broadcast %4627 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4629 = add %4624, %4628 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4630 = reduce_sum %4629 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4631 = reshape %4630 : f32[16] @ models/lib/nn.yaml:84:18
%4632 = matmul %4629, %43 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4633 = reshape %3465 : f32[4,16] @ models/lib/nn.yaml:83:15
%4634 = reshape %4629 : f32[4,16] @ models/lib/nn.yaml:83:15
%4635 = matmul %4634, %4633 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4636 = reshape %4632 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%4637 = permute %4636 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%4638 = slice %4637 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4639 = broadcast %4638 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4640 = reshape %3354 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4641 = permute %4640 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4642 = slice %4641 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4643 = reshape %3355 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4644 = permute %4643 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4645 = slice %4644 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4646 = add %4642, %4645 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%4647 = mul %4639, %4646 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4648 = slice %4637 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4649 = broadcast %4648 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4650 = reshape %3354 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4651 = permute %4650 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4652 = slice %4651 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4653 = reshape %3355 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4654 = permute %4653 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4655 = slice %4654 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4656 = add %4652, %4655 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%4657 = mul %4649, %4656 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4658 = add %4647, %4657 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4659 = slice %4637 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4660 = broadcast %4659 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4661 = reshape %3354 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4662 = permute %4661 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4663 = slice %4662 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4664 = reshape %3355 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4665 = permute %4664 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4666 = slice %4665 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4667 = add %4663, %4666 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%4668 = mul %4660, %4667 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4669 = add %4658, %4668 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4670 = slice %4637 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4671 = broadcast %4670 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4672 = reshape %3354 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4673 = permute %4672 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4674 = slice %4673 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4675 = reshape %3355 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4676 = permute %4675 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4677 = slice %4676 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4678 = add %4674, %4677 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%4679 = mul %4671, %4678 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4680 = add %4669, %4679 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4681 = slice %4637 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4682 = broadcast %4681 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4683 = reshape %3354 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4684 = permute %4683 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4685 = slice %4684 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4686 = reshape %3355 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4687 = permute %4686 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4688 = slice %4687 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4689 = add %4685, %4688 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%4690 = mul %4682, %4689 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4691 = add %4680, %4690 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4692 = slice %4637 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4693 = broadcast %4692 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4694 = reshape %3354 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4695 = permute %4694 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4696 = slice %4695 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4697 = reshape %3355 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4698 = permute %4697 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4699 = slice %4698 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4700 = add %4696, %4699 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%4701 = mul %4693, %4700 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4702 = add %4691, %4701 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4703 = slice %4637 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4704 = broadcast %4703 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4705 = reshape %3354 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4706 = permute %4705 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4707 = slice %4706 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4708 = reshape %3355 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4709 = permute %4708 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4710 = slice %4709 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4711 = add %4707, %4710 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%4712 = mul %4704, %4711 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4713 = add %4702, %4712 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4714 = slice %4637 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4715 = broadcast %4714 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4716 = reshape %3354 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4717 = permute %4716 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4718 = slice %4717 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4719 = reshape %3355 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%4720 = permute %4719 perm=[0,2,3,1] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4721 = slice %4720 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4722 = add %4718, %4721 : f32[4,2,1,10] @ models/lib/nn.yaml:84:18
%4723 = mul %4715, %4722 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4724 = add %4713, %4723 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4725 = permute %3453 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%4726 = broadcast %4725 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4727 = broadcast %4637 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4728 = mul %4726, %4727 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4729 = div %4724, %3451 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4730 = mul %4729, %3453 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4731 = neg %4730 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4732 = reduce_sum %4731 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4733 = broadcast %4732 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4734 = add %4729, %4733 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4735 = exp %3448 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4736 = mul %4734, %4735 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4737 = mul %4736, %2059 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%4738 = reshape %4737 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%4739 = broadcast %4738 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4740 = reshape %3352 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%4741 = permute %4740 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%4742 = reshape %4741 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4743 = reshape %3353 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%4744 = permute %4743 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%4745 = reshape %4744 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4746 = add %4742, %4745 : f32[4,2,1,10,8] @ models/lib/nn.yaml:84:18
%4747 = mul %4739, %4746 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4748 = reduce_sum %4747 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4749 = permute %4737 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%4750 = broadcast %4749 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4751 = broadcast %3351 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4752 = mul %4750, %4751 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4753 = permute %4728 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%4754 = reshape %4753 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%4755 = reduce_sum %4754 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4756 = reshape %4755 : f32[16] @ models/lib/nn.yaml:84:18
%4757 = matmul %4754, %41 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4758 = reshape %3346 : f32[40,16] @ models/lib/nn.yaml:83:15
%4759 = reshape %4753 : f32[40,16] @ models/lib/nn.yaml:83:15
%4760 = matmul %4759, %4758 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4761 = permute %4752 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%4762 = reshape %4761 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%4763 = reduce_sum %4762 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4764 = reshape %4763 : f32[16] @ models/lib/nn.yaml:84:18
%4765 = matmul %4762, %39 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4766 = add %4757, %4765 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4767 = reshape %4761 : f32[40,16] @ models/lib/nn.yaml:83:15
%4768 = matmul %4767, %4758 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4769 = permute %4748 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4770 = reshape %4769 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4771 = reduce_sum %4770 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4772 = reshape %4771 : f32[16] @ models/lib/nn.yaml:84:18
%4773 = matmul %4770, %37 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4774 = reshape %3347 : f32[4,16] @ models/lib/nn.yaml:83:15
%4775 = reshape %4769 : f32[4,16] @ models/lib/nn.yaml:83:15
%4776 = matmul %4775, %4774 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4777 = pad %4773 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4778 = add %4766, %4777 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4779 = reduce_sum %4778 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4780 = reshape %4779 : f32[16] @ models/lib/nn.yaml:96:46
%4781 = mul %4778, %3342 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4782 = reduce_sum %4781 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4783 = reshape %4782 : f32[16] @ models/lib/nn.yaml:96:37
%4784 = mul %4778, %3343 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4785 = mul %4784, %3341 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4786 = mul %4778, %3343 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4787 = mul %4786, %3335 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4788 = reduce_sum %4787 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4789 = mul %3340, %3340 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4790 = mul %3340, %4789 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4791 = mul %4790, %4334 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4792 = mul %4788, %4791 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4793 = div %4792, %1947 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4794 = broadcast %4793 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4795 = mul %4794, %3335 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4796 = add %4785, %4795 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4797 = add %4796, %4795 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4798 = neg %4797 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4799 = reduce_sum %4798 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4800 = div %4799, %1947 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4801 = broadcast %4800 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4802 = add %4797, %4801 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4803 = slice %4802 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4804 = add %4629, %4803 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4805 = slice %4802 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4806 = add %4578, %4805 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4807 = reduce_sum %4804 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4808 = mul %4806, %3328 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%4809 = div %4808, %3287 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4810 = reduce_sum %4809 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4811 = reshape %4810 : f32[16] @ models/lib/nn.yaml:84:18
%4812 = matmul %4809, %32 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%4813 = reshape %3319 : f32[36,64] @ models/lib/nn.yaml:83:15
%4814 = reshape %4809 : f32[36,16] @ models/lib/nn.yaml:83:15
%4815 = matmul %4814, %4813 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4816 = add %3311, %3312 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4817 = mul %4816, %1413 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4818 = erf %4817 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4819 = add %1417, %4818 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%4820 = mul %4812, %4819 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4821 = add %3311, %3312 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4822 = mul %1410, %4821 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4823 = mul %4812, %4822 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4824 = add %3311, %3312 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4825 = mul %4824, %1413 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4826 = mul %4825, %4825 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4827 = neg %4826 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4828 = exp %4827 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4829 = broadcast %4198 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4830 = mul %4828, %4829 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4831 = mul %4823, %4830 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4832 = mul %4831, %1413 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4833 = mul %4820, %1410 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4834 = add %4832, %4833 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4835 = reduce_sum %4834 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4836 = reshape %4835 : f32[64] @ models/lib/nn.yaml:84:18
%4837 = matmul %4834, %30 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4838 = reshape %3310 : f32[36,16] @ models/lib/nn.yaml:83:15
%4839 = reshape %4834 : f32[36,64] @ models/lib/nn.yaml:83:15
%4840 = matmul %4839, %4838 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4841 = reduce_sum %4837 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4842 = reshape %4841 : f32[16] @ models/lib/nn.yaml:96:46
%4843 = mul %4837, %3306 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4844 = reduce_sum %4843 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4845 = reshape %4844 : f32[16] @ models/lib/nn.yaml:96:37
%4846 = mul %4837, %3307 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4847 = mul %4846, %3305 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4848 = mul %4837, %3307 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4849 = mul %4848, %3299 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4850 = reduce_sum %4849 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4851 = mul %3304, %3304 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4852 = mul %3304, %4851 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4853 = broadcast %4333 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4854 = mul %4852, %4853 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4855 = mul %4850, %4854 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4856 = div %4855, %1295 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4857 = broadcast %4856 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4858 = mul %4857, %3299 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4859 = add %4847, %4858 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4860 = add %4859, %4858 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4861 = add %4806, %4860 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4862 = neg %4860 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4863 = reduce_sum %4862 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4864 = div %4863, %1295 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4865 = broadcast %4864 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4866 = add %4861, %4865 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4867 = mul %4866, %3293 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%4868 = div %4867, %3287 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4869 = reduce_sum %4868 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4870 = reshape %4869 : f32[16] @ models/lib/nn.yaml:84:18
%4871 = matmul %4868, %26 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4872 = reshape %3282 : f32[36,16] @ models/lib/nn.yaml:83:15
%4873 = reshape %4868 : f32[36,16] @ models/lib/nn.yaml:83:15
%4874 = matmul %4873, %4872 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4875 = reshape %4871 : f32[4,9,2,8] @ models/lib/nn.yaml:57:16
%4876 = permute %4875 perm=[0,2,1,3] : f32[4,2,9,8] @ models/lib/nn.yaml:56:13
%4877 = permute %3216 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%4878 = slice %4876 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4879 = broadcast %4878 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4880 = slice %4877 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4881 = broadcast %4880 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4882 = mul %4879, %4881 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4883 = slice %4876 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4884 = broadcast %4883 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4885 = slice %4877 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4886 = broadcast %4885 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4887 = mul %4884, %4886 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4888 = add %4882, %4887 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4889 = slice %4876 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4890 = broadcast %4889 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4891 = slice %4877 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4892 = broadcast %4891 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4893 = mul %4890, %4892 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4894 = add %4888, %4893 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4895 = slice %4876 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4896 = broadcast %4895 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4897 = slice %4877 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4898 = broadcast %4897 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4899 = mul %4896, %4898 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4900 = add %4894, %4899 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4901 = slice %4876 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4902 = broadcast %4901 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4903 = slice %4877 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4904 = broadcast %4903 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4905 = mul %4902, %4904 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4906 = add %4900, %4905 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4907 = slice %4876 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4908 = broadcast %4907 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4909 = slice %4877 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4910 = broadcast %4909 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4911 = mul %4908, %4910 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4912 = add %4906, %4911 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4913 = slice %4876 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4914 = broadcast %4913 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4915 = slice %4877 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4916 = broadcast %4915 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4917 = mul %4914, %4916 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4918 = add %4912, %4917 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4919 = slice %4876 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4920 = broadcast %4919 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4921 = slice %4877 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4922 = broadcast %4921 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4923 = mul %4920, %4922 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4924 = add %4918, %4923 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4925 = permute %3275 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4926 = reshape %4925 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%4927 = broadcast %4926 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4928 = reshape %4876 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%4929 = broadcast %4928 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4930 = mul %4927, %4929 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4931 = reduce_sum %4930 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4932 = div %4924, %3273 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4933 = mul %4932, %3275 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4934 = neg %4933 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4935 = reduce_sum %4934 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%4936 = broadcast %4935 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4937 = add %4932, %4936 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4938 = exp %3270 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4939 = mul %4937, %4938 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4940 = mul %4939, %1369 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%4941 = reshape %4940 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4942 = broadcast %4941 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4943 = reshape %3213 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4944 = broadcast %4943 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4945 = mul %4942, %4944 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4946 = reduce_sum %4945 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4947 = permute %4940 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4948 = reshape %4947 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4949 = broadcast %4948 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4950 = reshape %3211 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4951 = broadcast %4950 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4952 = mul %4949, %4951 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4953 = reduce_sum %4952 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4954 = reshape %4931 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%4955 = reshape %4953 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%4956 = reshape %4946 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%4957 = concat %4956, %4955, %4954 axis=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4958 = permute %4957 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%4959 = reshape %4958 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%4960 = reduce_sum %4959 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4961 = reshape %4960 : f32[48] @ models/lib/nn.yaml:84:18
%4962 = matmul %4959, %24 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%4963 = reshape %3205 : f32[36,16] @ models/lib/nn.yaml:83:15
%4964 = reshape %4958 : f32[36,48] @ models/lib/nn.yaml:83:15
%4965 = matmul %4964, %4963 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%4966 = reduce_sum %4962 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4967 = reshape %4966 : f32[16] @ models/lib/nn.yaml:96:46
%4968 = mul %4962, %3201 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4969 = reduce_sum %4968 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4970 = reshape %4969 : f32[16] @ models/lib/nn.yaml:96:37
%4971 = mul %4962, %3202 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4972 = mul %4971, %3200 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4973 = mul %4962, %3202 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4974 = mul %4973, %3194 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4975 = reduce_sum %4974 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4976 = mul %3199, %3199 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4977 = mul %3199, %4976 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4978 = mul %4977, %4853 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4979 = mul %4975, %4978 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4980 = div %4979, %1295 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4981 = broadcast %4980 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4982 = mul %4981, %3194 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4983 = add %4972, %4982 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4984 = add %4983, %4982 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4985 = add %4866, %4984 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4986 = neg %4984 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4987 = reduce_sum %4986 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4988 = div %4987, %1295 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4989 = broadcast %4988 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4990 = add %4985, %4989 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4991 = reduce_sum %4990 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4992 = reshape %4991 : f32[16] @ models/lib/nn.yaml:84:18
%4993 = matmul %4990, %20 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%4994 = reshape %3186 : f32[36,64] @ models/lib/nn.yaml:83:15
%4995 = reshape %4990 : f32[36,16] @ models/lib/nn.yaml:83:15
%4996 = matmul %4995, %4994 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4997 = add %3178, %3179 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4998 = mul %4997, %1413 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4999 = erf %4998 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5000 = add %1417, %4999 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%5001 = mul %4993, %5000 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%5002 = add %3178, %3179 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5003 = mul %1410, %5002 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%5004 = mul %4993, %5003 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%5005 = add %3178, %3179 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5006 = mul %5005, %1413 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%5007 = mul %5006, %5006 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5008 = neg %5007 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5009 = exp %5008 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5010 = mul %5009, %4829 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5011 = mul %5004, %5010 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5012 = mul %5011, %1413 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%5013 = mul %5001, %1410 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%5014 = add %5012, %5013 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%5015 = reduce_sum %5014 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5016 = reshape %5015 : f32[64] @ models/lib/nn.yaml:84:18
%5017 = matmul %5014, %18 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%5018 = reshape %3177 : f32[36,16] @ models/lib/nn.yaml:83:15
%5019 = reshape %5014 : f32[36,64] @ models/lib/nn.yaml:83:15
%5020 = matmul %5019, %5018 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%5021 = reduce_sum %5017 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5022 = reshape %5021 : f32[16] @ models/lib/nn.yaml:96:46
%5023 = mul %5017, %3173 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5024 = reduce_sum %5023 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5025 = reshape %5024 : f32[16] @ models/lib/nn.yaml:96:37
%5026 = mul %5017, %3174 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5027 = mul %5026, %3172 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5028 = mul %5017, %3174 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5029 = mul %5028, %3166 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5030 = reduce_sum %5029 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%5031 = mul %3171, %3171 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5032 = mul %3171, %5031 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5033 = mul %5032, %4853 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5034 = mul %5030, %5033 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5035 = div %5034, %1295 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%5036 = broadcast %5035 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%5037 = mul %5036, %3166 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5038 = add %5027, %5037 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5039 = add %5038, %5037 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5040 = add %4990, %5039 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5041 = neg %5039 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5042 = reduce_sum %5041 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%5043 = div %5042, %1295 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%5044 = broadcast %5043 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5045 = add %5040, %5044 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5046 = reduce_sum %5045 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5047 = reshape %5046 : f32[16] @ models/lib/nn.yaml:84:18
%5048 = matmul %5045, %14 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%5049 = reshape %3157 : f32[36,16] @ models/lib/nn.yaml:83:15
%5050 = reshape %5045 : f32[36,16] @ models/lib/nn.yaml:83:15
%5051 = matmul %5050, %5049 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%5052 = reshape %5048 : f32[4,9,2,8] @ models/lib/nn.yaml:57:16
%5053 = permute %5052 perm=[0,2,1,3] : f32[4,2,9,8] @ models/lib/nn.yaml:56:13
%5054 = permute %3091 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%5055 = slice %5053 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5056 = broadcast %5055 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5057 = slice %5054 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5058 = broadcast %5057 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5059 = mul %5056, %5058 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5060 = slice %5053 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5061 = broadcast %5060 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5062 = slice %5054 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5063 = broadcast %5062 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5064 = mul %5061, %5063 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5065 = add %5059, %5064 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5066 = slice %5053 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5067 = broadcast %5066 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5068 = slice %5054 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5069 = broadcast %5068 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5070 = mul %5067, %5069 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5071 = add %5065, %5070 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5072 = slice %5053 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5073 = broadcast %5072 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5074 = slice %5054 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5075 = broadcast %5074 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5076 = mul %5073, %5075 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5077 = add %5071, %5076 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5078 = slice %5053 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5079 = broadcast %5078 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5080 = slice %5054 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5081 = broadcast %5080 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5082 = mul %5079, %5081 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5083 = add %5077, %5082 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5084 = slice %5053 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5085 = broadcast %5084 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5086 = slice %5054 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5087 = broadcast %5086 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5088 = mul %5085, %5087 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5089 = add %5083, %5088 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5090 = slice %5053 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5091 = broadcast %5090 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5092 = slice %5054 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5093 = broadcast %5092 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5094 = mul %5091, %5093 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5095 = add %5089, %5094 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5096 = slice %5053 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5097 = broadcast %5096 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5098 = slice %5054 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5099 = broadcast %5098 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5100 = mul %5097, %5099 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5101 = add %5095, %5100 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5102 = permute %3150 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5103 = reshape %5102 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%5104 = broadcast %5103 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5105 = reshape %5053 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%5106 = broadcast %5105 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5107 = mul %5104, %5106 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5108 = reduce_sum %5107 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5109 = div %5101, %3148 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5110 = mul %5109, %3150 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5111 = neg %5110 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5112 = reduce_sum %5111 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%5113 = broadcast %5112 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%5114 = add %5109, %5113 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%5115 = exp %3145 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%5116 = mul %5114, %5115 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%5117 = mul %5116, %1369 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%5118 = reshape %5117 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%5119 = broadcast %5118 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5120 = reshape %3088 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%5121 = broadcast %5120 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5122 = mul %5119, %5121 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5123 = reduce_sum %5122 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5124 = permute %5117 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5125 = reshape %5124 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%5126 = broadcast %5125 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5127 = reshape %3086 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%5128 = broadcast %5127 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5129 = mul %5126, %5128 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5130 = reduce_sum %5129 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5131 = reshape %5108 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%5132 = reshape %5130 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%5133 = reshape %5123 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%5134 = concat %5133, %5132, %5131 axis=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%5135 = permute %5134 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%5136 = reshape %5135 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%5137 = reduce_sum %5136 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5138 = reshape %5137 : f32[48] @ models/lib/nn.yaml:84:18
%5139 = matmul %5136, %12 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%5140 = reshape %3080 : f32[36,16] @ models/lib/nn.yaml:83:15
%5141 = reshape %5135 : f32[36,48] @ models/lib/nn.yaml:83:15
%5142 = matmul %5141, %5140 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%5143 = reduce_sum %5139 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5144 = reshape %5143 : f32[16] @ models/lib/nn.yaml:96:46
%5145 = mul %5139, %3076 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5146 = reduce_sum %5145 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5147 = reshape %5146 : f32[16] @ models/lib/nn.yaml:96:37
%5148 = mul %5139, %3077 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5149 = mul %5148, %3075 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5150 = mul %5139, %3077 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5151 = mul %5150, %3069 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5152 = reduce_sum %5151 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%5153 = mul %3074, %3074 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5154 = mul %3074, %5153 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5155 = mul %5154, %4853 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5156 = mul %5152, %5155 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5157 = div %5156, %1295 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%5158 = broadcast %5157 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%5159 = mul %5158, %3069 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5160 = add %5149, %5159 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5161 = add %5160, %5159 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5162 = add %5045, %5161 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5163 = neg %5161 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5164 = reduce_sum %5163 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%5165 = div %5164, %1295 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%5166 = broadcast %5165 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5167 = add %5162, %5166 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5168 = reduce_sum %5167 axes=[0] keep=1 : f32[1,9,16] @ models/lib/vit.yaml:62:15
%5169 = reshape %5168 : f32[3,3,16] @ models/lib/vit.yaml:36:16
%5170 = permute %5169 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%5171 = reshape %5170 : f32[3,48] @ models/lib/vit.yaml:35:21
%5172 = matmul %1282, %5171 ta=1 tb=0 : f32[4,48] @ models/lib/vit.yaml:34:15
%5173 = reshape %5172 : f32[4,3,16] @ models/lib/vit.yaml:34:17
%5174 = permute %5173 perm=[1,0,2] : f32[3,4,16] @ models/lib/vit.yaml:33:13
%5175 = reshape %5174 : f32[3,64] @ models/lib/vit.yaml:33:21
%5176 = matmul %1282, %5175 ta=1 tb=0 : f32[4,64] @ models/lib/vit.yaml:32:15
%5177 = reshape %5176 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%5178 = reduce_sum %5167 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%5179 = reshape %5178 : f32[16] @ models/lib/vit.yaml:17:71
%5180 = reshape %1277 : f32[36,48] @ models/lib/vit.yaml:17:18
%5181 = reshape %5167 : f32[36,16] @ models/lib/vit.yaml:17:18
%5182 = matmul %5181, %5180 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%5183 = reshape %5182 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%5184 = concat %4076, %4064 axis=0 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%5185 = concat %4108, %4138 axis=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%5186 = matmul %5184, %3046 ta=0 tb=0 : f32[4,16,8] @ models/lib/dino.yaml:23:18
%5187 = reshape %3039 : f32[64,8] @ models/lib/dino.yaml:23:18
%5188 = reshape %5184 : f32[64,16] @ models/lib/dino.yaml:23:18
%5189 = matmul %5188, %5187 ta=1 tb=0 : f32[16,8] @ models/lib/dino.yaml:23:18
%5190 = div %5189, %3045 : f32[16,8] @ models/lib/dino.yaml:22:33
%5191 = mul %5190, %3046 : f32[16,8] @ models/lib/dino.yaml:22:33
%5192 = neg %5191 : f32[16,8] @ models/lib/dino.yaml:22:33
%5193 = reduce_sum %5192 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%5194 = mul %5193, %4149 : f32[16,1] @ models/lib/dino.yaml:22:35
%5195 = div %5194, %3044 : f32[16,1] @ models/lib/dino.yaml:22:35
%5196 = broadcast %5195 : f32[16,8] @ models/lib/dino.yaml:22:40
%5197 = mul %5196, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%5198 = add %4156, %5197 : f32[16,8] @ models/lib/dino.yaml:22:53
%5199 = add %5198, %5197 : f32[16,8] @ models/lib/dino.yaml:22:53
%5200 = mul %5190, %3040 : f32[16,8] @ models/lib/dino.yaml:22:22
%5201 = add %5199, %5200 : f32[16,8] @ models/lib/dino.yaml:22:22
%5202 = div %5186, %3037 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5203 = mul %5202, %3039 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5204 = neg %5203 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5205 = reduce_sum %5204 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%5206 = broadcast %4161 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5207 = broadcast %293 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5208 = mul %5205, %5207 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5209 = sqrt %3034 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5210 = eq %5209, %1259 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%5211 = select %5210, %5208, %5206 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5212 = sqrt %3034 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5213 = gt %5212, %1259 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%5214 = select %5213, %5205, %5211 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5215 = mul %5214, %5207 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5216 = sqrt %3034 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5217 = div %5215, %5216 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5218 = broadcast %5217 : f32[4,16,8] @ models/lib/nn.yaml:33:29
%5219 = add %3030, %3031 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%5220 = mul %5218, %5219 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5221 = add %5202, %5220 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5222 = add %5221, %5220 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5223 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,64] @ models/lib/nn.yaml:84:18
%5224 = reshape %5222 : f32[64,8] @ models/lib/nn.yaml:84:18
%5225 = matmul %5223, %5224 ta=0 tb=0 : f32[1,8] @ models/lib/nn.yaml:84:18
%5226 = reshape %5225 : f32[8] @ models/lib/nn.yaml:84:18
%5227 = add %4180, %5226 : f32[8] @ models/lib/nn.yaml:84:18
%5228 = matmul %5222, %81 ta=0 tb=0 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%5229 = reshape %3029 : f32[64,24] @ models/lib/nn.yaml:83:15
%5230 = matmul %5224, %5229 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%5231 = add %4184, %5230 : f32[8,24] @ models/lib/nn.yaml:83:15
%5232 = add %3021, %3022 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5233 = mul %5232, %1237 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5234 = erf %5233 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5235 = add %1241, %5234 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%5236 = mul %5228, %5235 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5237 = add %3021, %3022 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5238 = mul %1234, %5237 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5239 = mul %5228, %5238 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5240 = add %3021, %3022 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5241 = mul %5240, %1237 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5242 = mul %5241, %5241 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5243 = neg %5242 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5244 = exp %5243 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5245 = broadcast %4198 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5246 = mul %5244, %5245 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5247 = mul %5239, %5246 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5248 = mul %5247, %1237 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5249 = mul %5236, %1234 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5250 = add %5248, %5249 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5251 = reshape %5250 : f32[64,24] @ models/lib/nn.yaml:84:18
%5252 = matmul %5223, %5251 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%5253 = reshape %5252 : f32[24] @ models/lib/nn.yaml:84:18
%5254 = add %4206, %5253 : f32[24] @ models/lib/nn.yaml:84:18
%5255 = matmul %5250, %79 ta=0 tb=0 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%5256 = reshape %3020 : f32[64,24] @ models/lib/nn.yaml:83:15
%5257 = matmul %5251, %5256 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%5258 = add %4210, %5257 : f32[24,24] @ models/lib/nn.yaml:83:15
%5259 = add %3012, %3013 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5260 = mul %5259, %1237 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5261 = erf %5260 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5262 = add %1241, %5261 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%5263 = mul %5255, %5262 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5264 = add %3012, %3013 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5265 = mul %1234, %5264 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5266 = mul %5255, %5265 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5267 = add %3012, %3013 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5268 = mul %5267, %1237 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5269 = mul %5268, %5268 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5270 = neg %5269 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5271 = exp %5270 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5272 = mul %5271, %5245 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5273 = mul %5266, %5272 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5274 = mul %5273, %1237 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5275 = mul %5263, %1234 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5276 = add %5274, %5275 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5277 = reshape %5276 : f32[64,24] @ models/lib/nn.yaml:84:18
%5278 = matmul %5223, %5277 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%5279 = reshape %5278 : f32[24] @ models/lib/nn.yaml:84:18
%5280 = add %4230, %5279 : f32[24] @ models/lib/nn.yaml:84:18
%5281 = matmul %5276, %77 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5282 = reshape %3011 : f32[64,16] @ models/lib/nn.yaml:83:15
%5283 = matmul %5277, %5282 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%5284 = add %4234, %5283 : f32[24,16] @ models/lib/nn.yaml:83:15
%5285 = matmul %5185, %3009 ta=0 tb=0 : f32[4,1,8] @ models/lib/dino.yaml:23:18
%5286 = reshape %3002 : f32[4,8] @ models/lib/dino.yaml:23:18
%5287 = reshape %5185 : f32[4,32] @ models/lib/dino.yaml:23:18
%5288 = matmul %5287, %5286 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%5289 = div %5288, %3008 : f32[32,8] @ models/lib/dino.yaml:22:33
%5290 = mul %5289, %3009 : f32[32,8] @ models/lib/dino.yaml:22:33
%5291 = neg %5290 : f32[32,8] @ models/lib/dino.yaml:22:33
%5292 = reduce_sum %5291 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%5293 = mul %5292, %4243 : f32[32,1] @ models/lib/dino.yaml:22:35
%5294 = div %5293, %3007 : f32[32,1] @ models/lib/dino.yaml:22:35
%5295 = broadcast %5294 : f32[32,8] @ models/lib/dino.yaml:22:40
%5296 = mul %5295, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%5297 = add %4250, %5296 : f32[32,8] @ models/lib/dino.yaml:22:53
%5298 = add %5297, %5296 : f32[32,8] @ models/lib/dino.yaml:22:53
%5299 = mul %5289, %3003 : f32[32,8] @ models/lib/dino.yaml:22:22
%5300 = add %5298, %5299 : f32[32,8] @ models/lib/dino.yaml:22:22
%5301 = div %5285, %3001 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5302 = mul %5301, %3002 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5303 = neg %5302 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5304 = reduce_sum %5303 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%5305 = mul %5304, %4256 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5306 = sqrt %2998 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5307 = eq %5306, %1219 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%5308 = select %5307, %5305, %4255 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5309 = sqrt %2998 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5310 = gt %5309, %1219 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%5311 = select %5310, %5304, %5308 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5312 = mul %5311, %4256 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5313 = sqrt %2998 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5314 = div %5312, %5313 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5315 = broadcast %5314 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%5316 = mul %5315, %2996 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5317 = add %5301, %5316 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5318 = add %5317, %5316 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5319 = reduce_sum %5318 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%5320 = reshape %5319 : f32[8] @ models/lib/nn.yaml:84:18
%5321 = add %4272, %5320 : f32[8] @ models/lib/nn.yaml:84:18
%5322 = matmul %5318, %73 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%5323 = reshape %2993 : f32[4,24] @ models/lib/nn.yaml:83:15
%5324 = reshape %5318 : f32[4,8] @ models/lib/nn.yaml:83:15
%5325 = matmul %5324, %5323 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%5326 = add %4276, %5325 : f32[8,24] @ models/lib/nn.yaml:83:15
%5327 = mul %2988, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5328 = erf %5327 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5329 = add %1201, %5328 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%5330 = mul %5322, %5329 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5331 = mul %1196, %2988 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5332 = mul %5322, %5331 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5333 = mul %2988, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5334 = mul %5333, %5333 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5335 = neg %5334 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5336 = exp %5335 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5337 = mul %5336, %4287 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5338 = mul %5332, %5337 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5339 = mul %5338, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5340 = mul %5330, %1196 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5341 = add %5339, %5340 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5342 = reduce_sum %5341 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5343 = reshape %5342 : f32[24] @ models/lib/nn.yaml:84:18
%5344 = add %4294, %5343 : f32[24] @ models/lib/nn.yaml:84:18
%5345 = matmul %5341, %71 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%5346 = reshape %2985 : f32[4,24] @ models/lib/nn.yaml:83:15
%5347 = reshape %5341 : f32[4,24] @ models/lib/nn.yaml:83:15
%5348 = matmul %5347, %5346 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%5349 = add %4298, %5348 : f32[24,24] @ models/lib/nn.yaml:83:15
%5350 = mul %2980, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5351 = erf %5350 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5352 = add %1201, %5351 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%5353 = mul %5345, %5352 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5354 = mul %1196, %2980 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5355 = mul %5345, %5354 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5356 = mul %2980, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5357 = mul %5356, %5356 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5358 = neg %5357 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5359 = exp %5358 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5360 = mul %5359, %4287 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5361 = mul %5355, %5360 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5362 = mul %5361, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5363 = mul %5353, %1196 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5364 = add %5362, %5363 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5365 = reduce_sum %5364 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5366 = reshape %5365 : f32[24] @ models/lib/nn.yaml:84:18
%5367 = add %4315, %5366 : f32[24] @ models/lib/nn.yaml:84:18
%5368 = matmul %5364, %69 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%5369 = reshape %2977 : f32[4,16] @ models/lib/nn.yaml:83:15
%5370 = reshape %5364 : f32[4,24] @ models/lib/nn.yaml:83:15
%5371 = matmul %5370, %5369 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%5372 = add %4319, %5371 : f32[24,16] @ models/lib/nn.yaml:83:15
%5373 = concat %5368, %5281 axis=1 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%5374 = const data=[1,1,1,1] : f32[1,4] @ models/lib/nn.yaml:96:46
%5375 = reshape %5368 : f32[4,16] @ models/lib/nn.yaml:96:46
%5376 = matmul %5374, %5375 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5377 = reshape %5281 : f32[64,16] @ models/lib/nn.yaml:96:46
%5378 = matmul %5223, %5377 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5379 = add %5376, %5378 : f32[1,16] @ models/lib/nn.yaml:96:46
%5380 = reshape %5379 : f32[16] @ models/lib/nn.yaml:96:46
%5381 = add %4322, %5380 : f32[16] @ models/lib/nn.yaml:96:46
%5382 = mul %5373, %2972 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5383 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:37
%5384 = reshape %5382 : f32[68,16] @ models/lib/nn.yaml:96:37
%5385 = matmul %5383, %5384 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5386 = reshape %5385 : f32[16] @ models/lib/nn.yaml:96:37
%5387 = add %4325, %5386 : f32[16] @ models/lib/nn.yaml:96:37
%5388 = mul %5373, %2973 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5389 = mul %5388, %2971 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5390 = mul %5373, %2973 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5391 = mul %5390, %2965 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5392 = reduce_sum %5391 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5393 = mul %2970, %2970 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5394 = mul %2970, %5393 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5395 = broadcast %4333 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5396 = mul %5394, %5395 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5397 = mul %5392, %5396 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5398 = div %5397, %834 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5399 = broadcast %5398 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5400 = mul %5399, %2965 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5401 = add %5389, %5400 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5402 = add %5401, %5400 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5403 = neg %5402 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5404 = reduce_sum %5403 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5405 = div %5404, %834 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5406 = broadcast %5405 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5407 = add %5402, %5406 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5408 = slice %5407 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%5409 = slice %5407 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:111:21
%5410 = reduce_sum %5408 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5411 = reshape %5410 : f32[16] @ models/lib/nn.yaml:84:18
%5412 = add %4350, %5411 : f32[16] @ models/lib/nn.yaml:84:18
%5413 = matmul %5408, %65 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%5414 = reshape %2956 : f32[4,64] @ models/lib/nn.yaml:83:15
%5415 = reshape %5408 : f32[4,16] @ models/lib/nn.yaml:83:15
%5416 = matmul %5415, %5414 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%5417 = add %4354, %5416 : f32[16,64] @ models/lib/nn.yaml:83:15
%5418 = mul %2951, %998 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5419 = erf %5418 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5420 = add %1001, %5419 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%5421 = mul %5413, %5420 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5422 = mul %996, %2951 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5423 = mul %5413, %5422 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5424 = mul %2951, %998 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5425 = mul %5424, %5424 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5426 = neg %5425 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5427 = exp %5426 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5428 = mul %5427, %4365 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5429 = mul %5423, %5428 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5430 = mul %5429, %998 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5431 = mul %5421, %996 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5432 = add %5430, %5431 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5433 = reduce_sum %5432 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5434 = reshape %5433 : f32[64] @ models/lib/nn.yaml:84:18
%5435 = add %4372, %5434 : f32[64] @ models/lib/nn.yaml:84:18
%5436 = matmul %5432, %63 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%5437 = reshape %2948 : f32[4,16] @ models/lib/nn.yaml:83:15
%5438 = reshape %5432 : f32[4,64] @ models/lib/nn.yaml:83:15
%5439 = matmul %5438, %5437 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%5440 = add %4376, %5439 : f32[64,16] @ models/lib/nn.yaml:83:15
%5441 = reduce_sum %5436 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5442 = reshape %5441 : f32[16] @ models/lib/nn.yaml:96:46
%5443 = add %4378, %5442 : f32[16] @ models/lib/nn.yaml:96:46
%5444 = mul %5436, %2945 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5445 = mul %5436, %2944 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5446 = reduce_sum %5445 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5447 = reshape %5446 : f32[16] @ models/lib/nn.yaml:96:37
%5448 = add %4382, %5447 : f32[16] @ models/lib/nn.yaml:96:37
%5449 = mul %5444, %2943 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5450 = mul %5444, %2937 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5451 = reduce_sum %5450 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%5452 = mul %2942, %2942 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5453 = mul %2942, %5452 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5454 = mul %5453, %4388 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5455 = mul %5451, %5454 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5456 = div %5455, %977 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%5457 = broadcast %5456 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%5458 = mul %5457, %2937 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5459 = add %5449, %5458 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5460 = add %5459, %5458 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5461 = add %5408, %5460 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5462 = neg %5460 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5463 = reduce_sum %5462 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%5464 = div %5463, %977 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%5465 = broadcast %5464 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5466 = add %5461, %5465 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5467 = reduce_sum %5466 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5468 = reshape %5467 : f32[16] @ models/lib/nn.yaml:84:18
%5469 = add %4403, %5468 : f32[16] @ models/lib/nn.yaml:84:18
%5470 = matmul %5466, %59 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%5471 = reshape %2928 : f32[4,16] @ models/lib/nn.yaml:83:15
%5472 = reshape %5466 : f32[4,16] @ models/lib/nn.yaml:83:15
%5473 = matmul %5472, %5471 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%5474 = add %4407, %5473 : f32[16,16] @ models/lib/nn.yaml:83:15
%5475 = reshape %5470 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%5476 = permute %5475 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%5477 = slice %5476 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5478 = broadcast %5477 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5479 = reshape %2817 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5480 = permute %5479 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5481 = slice %5480 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5482 = reshape %2818 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5483 = permute %5482 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5484 = slice %5483 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5485 = add %5481, %5484 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%5486 = mul %5478, %5485 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5487 = slice %5476 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5488 = broadcast %5487 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5489 = reshape %2817 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5490 = permute %5489 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5491 = slice %5490 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5492 = reshape %2818 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5493 = permute %5492 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5494 = slice %5493 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5495 = add %5491, %5494 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%5496 = mul %5488, %5495 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5497 = add %5486, %5496 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5498 = slice %5476 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5499 = broadcast %5498 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5500 = reshape %2817 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5501 = permute %5500 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5502 = slice %5501 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5503 = reshape %2818 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5504 = permute %5503 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5505 = slice %5504 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5506 = add %5502, %5505 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%5507 = mul %5499, %5506 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5508 = add %5497, %5507 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5509 = slice %5476 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5510 = broadcast %5509 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5511 = reshape %2817 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5512 = permute %5511 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5513 = slice %5512 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5514 = reshape %2818 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5515 = permute %5514 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5516 = slice %5515 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5517 = add %5513, %5516 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%5518 = mul %5510, %5517 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5519 = add %5508, %5518 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5520 = slice %5476 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5521 = broadcast %5520 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5522 = reshape %2817 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5523 = permute %5522 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5524 = slice %5523 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5525 = reshape %2818 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5526 = permute %5525 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5527 = slice %5526 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5528 = add %5524, %5527 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%5529 = mul %5521, %5528 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5530 = add %5519, %5529 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5531 = slice %5476 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5532 = broadcast %5531 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5533 = reshape %2817 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5534 = permute %5533 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5535 = slice %5534 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5536 = reshape %2818 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5537 = permute %5536 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5538 = slice %5537 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5539 = add %5535, %5538 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%5540 = mul %5532, %5539 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5541 = add %5530, %5540 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5542 = slice %5476 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5543 = broadcast %5542 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5544 = reshape %2817 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5545 = permute %5544 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5546 = slice %5545 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5547 = reshape %2818 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5548 = permute %5547 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5549 = slice %5548 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5550 = add %5546, %5549 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%5551 = mul %5543, %5550 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5552 = add %5541, %5551 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5553 = slice %5476 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5554 = broadcast %5553 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5555 = reshape %2817 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5556 = permute %5555 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5557 = slice %5556 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5558 = reshape %2818 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5559 = permute %5558 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5560 = slice %5559 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5561 = add %5557, %5560 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%5562 = mul %5554, %5561 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5563 = add %5552, %5562 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5564 = permute %2916 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%5565 = broadcast %5564 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5566 = broadcast %5476 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5567 = mul %5565, %5566 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5568 = div %5563, %2914 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5569 = mul %5568, %2916 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5570 = neg %5569 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5571 = reduce_sum %5570 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%5572 = broadcast %5571 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5573 = add %5568, %5572 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5574 = exp %2911 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5575 = mul %5573, %5574 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5576 = mul %5575, %947 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%5577 = reshape %5576 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%5578 = broadcast %5577 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5579 = reshape %2815 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%5580 = permute %5579 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%5581 = reshape %5580 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5582 = reshape %2816 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%5583 = permute %5582 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%5584 = reshape %5583 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5585 = add %5581, %5584 : f32[4,2,1,17,8] @ models/lib/nn.yaml:84:18
%5586 = mul %5578, %5585 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5587 = reduce_sum %5586 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5588 = permute %5576 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%5589 = broadcast %5588 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5590 = broadcast %2814 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5591 = mul %5589, %5590 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5592 = permute %5567 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%5593 = reshape %5592 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%5594 = reshape %5592 : f32[68,16] @ models/lib/nn.yaml:84:18
%5595 = matmul %5383, %5594 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5596 = reshape %5595 : f32[16] @ models/lib/nn.yaml:84:18
%5597 = add %4528, %5596 : f32[16] @ models/lib/nn.yaml:84:18
%5598 = matmul %5593, %57 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5599 = reshape %2808 : f32[68,16] @ models/lib/nn.yaml:83:15
%5600 = matmul %5594, %5599 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%5601 = add %4532, %5600 : f32[16,16] @ models/lib/nn.yaml:83:15
%5602 = permute %5591 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%5603 = reshape %5602 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%5604 = reshape %5602 : f32[68,16] @ models/lib/nn.yaml:84:18
%5605 = matmul %5383, %5604 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5606 = reshape %5605 : f32[16] @ models/lib/nn.yaml:84:18
%5607 = add %4536, %5606 : f32[16] @ models/lib/nn.yaml:84:18
%5608 = matmul %5603, %55 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5609 = add %5598, %5608 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5610 = matmul %5604, %5599 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%5611 = add %4540, %5610 : f32[16,16] @ models/lib/nn.yaml:83:15
%5612 = permute %5587 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%5613 = reshape %5612 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%5614 = reduce_sum %5613 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5615 = reshape %5614 : f32[16] @ models/lib/nn.yaml:84:18
%5616 = add %4544, %5615 : f32[16] @ models/lib/nn.yaml:84:18
%5617 = matmul %5613, %53 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%5618 = reshape %2809 : f32[4,16] @ models/lib/nn.yaml:83:15
%5619 = reshape %5612 : f32[4,16] @ models/lib/nn.yaml:83:15
%5620 = matmul %5619, %5618 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%5621 = add %4548, %5620 : f32[16,16] @ models/lib/nn.yaml:83:15
%5622 = pad %5617 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5623 = add %5609, %5622 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5624 = reshape %5623 : f32[68,16] @ models/lib/nn.yaml:96:46
%5625 = matmul %5383, %5624 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5626 = reshape %5625 : f32[16] @ models/lib/nn.yaml:96:46
%5627 = add %4552, %5626 : f32[16] @ models/lib/nn.yaml:96:46
%5628 = mul %5623, %2804 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5629 = reshape %5628 : f32[68,16] @ models/lib/nn.yaml:96:37
%5630 = matmul %5383, %5629 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5631 = reshape %5630 : f32[16] @ models/lib/nn.yaml:96:37
%5632 = add %4555, %5631 : f32[16] @ models/lib/nn.yaml:96:37
%5633 = mul %5623, %2805 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5634 = mul %5633, %2803 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5635 = mul %5623, %2805 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5636 = mul %5635, %2797 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5637 = reduce_sum %5636 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5638 = mul %2802, %2802 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5639 = mul %2802, %5638 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5640 = mul %5639, %5395 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5641 = mul %5637, %5640 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5642 = div %5641, %834 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5643 = broadcast %5642 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5644 = mul %5643, %2797 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5645 = add %5634, %5644 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5646 = add %5645, %5644 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5647 = neg %5646 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5648 = reduce_sum %5647 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5649 = div %5648, %834 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5650 = broadcast %5649 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5651 = add %5646, %5650 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5652 = slice %5651 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5653 = add %5466, %5652 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5654 = slice %5651 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5655 = add %5409, %5654 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5656 = reduce_sum %5653 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5657 = reshape %5656 : f32[16] @ models/lib/nn.yaml:84:18
%5658 = add %4580, %5657 : f32[16] @ models/lib/nn.yaml:84:18
%5659 = matmul %5653, %49 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%5660 = reshape %2788 : f32[4,64] @ models/lib/nn.yaml:83:15
%5661 = reshape %5653 : f32[4,16] @ models/lib/nn.yaml:83:15
%5662 = matmul %5661, %5660 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%5663 = add %4584, %5662 : f32[16,64] @ models/lib/nn.yaml:83:15
%5664 = mul %2783, %998 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5665 = erf %5664 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5666 = add %1001, %5665 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%5667 = mul %5659, %5666 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5668 = mul %996, %2783 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5669 = mul %5659, %5668 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5670 = mul %2783, %998 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5671 = mul %5670, %5670 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5672 = neg %5671 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5673 = exp %5672 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5674 = mul %5673, %4365 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5675 = mul %5669, %5674 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5676 = mul %5675, %998 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5677 = mul %5667, %996 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5678 = add %5676, %5677 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5679 = reduce_sum %5678 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5680 = reshape %5679 : f32[64] @ models/lib/nn.yaml:84:18
%5681 = add %4601, %5680 : f32[64] @ models/lib/nn.yaml:84:18
%5682 = matmul %5678, %47 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%5683 = reshape %2780 : f32[4,16] @ models/lib/nn.yaml:83:15
%5684 = reshape %5678 : f32[4,64] @ models/lib/nn.yaml:83:15
%5685 = matmul %5684, %5683 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%5686 = add %4605, %5685 : f32[64,16] @ models/lib/nn.yaml:83:15
%5687 = reduce_sum %5682 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5688 = reshape %5687 : f32[16] @ models/lib/nn.yaml:96:46
%5689 = add %4607, %5688 : f32[16] @ models/lib/nn.yaml:96:46
%5690 = mul %5682, %2777 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5691 = mul %5682, %2776 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5692 = reduce_sum %5691 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5693 = reshape %5692 : f32[16] @ models/lib/nn.yaml:96:37
%5694 = add %4611, %5693 : f32[16] @ models/lib/nn.yaml:96:37
%5695 = mul %5690, %2775 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5696 = mul %5690, %2769 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5697 = reduce_sum %5696 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%5698 = mul %2774, %2774 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5699 = mul %2774, %5698 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5700 = mul %5699, %4388 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5701 = mul %5697, %5700 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5702 = div %5701, %977 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%5703 = broadcast %5702 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%5704 = mul %5703, %2769 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5705 = add %5695, %5704 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5706 = add %5705, %5704 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5707 = add %5653, %5706 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5708 = neg %5706 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5709 = reduce_sum %5708 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%5710 = div %5709, %977 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%5711 = broadcast %5710 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5712 = add %5707, %5711 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5713 = reduce_sum %5712 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5714 = reshape %5713 : f32[16] @ models/lib/nn.yaml:84:18
%5715 = add %4631, %5714 : f32[16] @ models/lib/nn.yaml:84:18
%5716 = matmul %5712, %43 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%5717 = reshape %2760 : f32[4,16] @ models/lib/nn.yaml:83:15
%5718 = reshape %5712 : f32[4,16] @ models/lib/nn.yaml:83:15
%5719 = matmul %5718, %5717 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%5720 = add %4635, %5719 : f32[16,16] @ models/lib/nn.yaml:83:15
%5721 = reshape %5716 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%5722 = permute %5721 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%5723 = slice %5722 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5724 = broadcast %5723 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5725 = reshape %2649 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5726 = permute %5725 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5727 = slice %5726 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5728 = reshape %2650 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5729 = permute %5728 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5730 = slice %5729 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5731 = add %5727, %5730 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%5732 = mul %5724, %5731 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5733 = slice %5722 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5734 = broadcast %5733 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5735 = reshape %2649 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5736 = permute %5735 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5737 = slice %5736 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5738 = reshape %2650 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5739 = permute %5738 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5740 = slice %5739 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5741 = add %5737, %5740 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%5742 = mul %5734, %5741 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5743 = add %5732, %5742 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5744 = slice %5722 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5745 = broadcast %5744 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5746 = reshape %2649 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5747 = permute %5746 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5748 = slice %5747 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5749 = reshape %2650 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5750 = permute %5749 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5751 = slice %5750 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5752 = add %5748, %5751 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%5753 = mul %5745, %5752 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5754 = add %5743, %5753 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5755 = slice %5722 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5756 = broadcast %5755 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5757 = reshape %2649 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5758 = permute %5757 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5759 = slice %5758 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5760 = reshape %2650 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5761 = permute %5760 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5762 = slice %5761 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5763 = add %5759, %5762 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%5764 = mul %5756, %5763 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5765 = add %5754, %5764 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5766 = slice %5722 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5767 = broadcast %5766 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5768 = reshape %2649 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5769 = permute %5768 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5770 = slice %5769 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5771 = reshape %2650 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5772 = permute %5771 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5773 = slice %5772 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5774 = add %5770, %5773 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%5775 = mul %5767, %5774 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5776 = add %5765, %5775 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5777 = slice %5722 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5778 = broadcast %5777 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5779 = reshape %2649 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5780 = permute %5779 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5781 = slice %5780 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5782 = reshape %2650 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5783 = permute %5782 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5784 = slice %5783 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5785 = add %5781, %5784 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%5786 = mul %5778, %5785 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5787 = add %5776, %5786 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5788 = slice %5722 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5789 = broadcast %5788 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5790 = reshape %2649 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5791 = permute %5790 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5792 = slice %5791 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5793 = reshape %2650 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5794 = permute %5793 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5795 = slice %5794 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5796 = add %5792, %5795 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%5797 = mul %5789, %5796 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5798 = add %5787, %5797 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5799 = slice %5722 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5800 = broadcast %5799 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5801 = reshape %2649 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5802 = permute %5801 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5803 = slice %5802 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5804 = reshape %2650 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%5805 = permute %5804 perm=[0,2,3,1] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5806 = slice %5805 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5807 = add %5803, %5806 : f32[4,2,1,17] @ models/lib/nn.yaml:84:18
%5808 = mul %5800, %5807 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5809 = add %5798, %5808 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5810 = permute %2748 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%5811 = broadcast %5810 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5812 = broadcast %5722 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5813 = mul %5811, %5812 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5814 = div %5809, %2746 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5815 = mul %5814, %2748 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5816 = neg %5815 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5817 = reduce_sum %5816 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%5818 = broadcast %5817 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5819 = add %5814, %5818 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5820 = exp %2743 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5821 = mul %5819, %5820 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5822 = mul %5821, %947 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%5823 = reshape %5822 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%5824 = broadcast %5823 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5825 = reshape %2647 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%5826 = permute %5825 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%5827 = reshape %5826 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5828 = reshape %2648 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%5829 = permute %5828 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%5830 = reshape %5829 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5831 = add %5827, %5830 : f32[4,2,1,17,8] @ models/lib/nn.yaml:84:18
%5832 = mul %5824, %5831 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5833 = reduce_sum %5832 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5834 = permute %5822 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%5835 = broadcast %5834 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5836 = broadcast %2646 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5837 = mul %5835, %5836 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5838 = permute %5813 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%5839 = reshape %5838 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%5840 = reshape %5838 : f32[68,16] @ models/lib/nn.yaml:84:18
%5841 = matmul %5383, %5840 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5842 = reshape %5841 : f32[16] @ models/lib/nn.yaml:84:18
%5843 = add %4756, %5842 : f32[16] @ models/lib/nn.yaml:84:18
%5844 = matmul %5839, %41 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5845 = reshape %2640 : f32[68,16] @ models/lib/nn.yaml:83:15
%5846 = matmul %5840, %5845 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%5847 = add %4760, %5846 : f32[16,16] @ models/lib/nn.yaml:83:15
%5848 = permute %5837 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%5849 = reshape %5848 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%5850 = reshape %5848 : f32[68,16] @ models/lib/nn.yaml:84:18
%5851 = matmul %5383, %5850 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5852 = reshape %5851 : f32[16] @ models/lib/nn.yaml:84:18
%5853 = add %4764, %5852 : f32[16] @ models/lib/nn.yaml:84:18
%5854 = matmul %5849, %39 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5855 = add %5844, %5854 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5856 = matmul %5850, %5845 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%5857 = add %4768, %5856 : f32[16,16] @ models/lib/nn.yaml:83:15
%5858 = permute %5833 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%5859 = reshape %5858 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%5860 = reduce_sum %5859 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5861 = reshape %5860 : f32[16] @ models/lib/nn.yaml:84:18
%5862 = add %4772, %5861 : f32[16] @ models/lib/nn.yaml:84:18
%5863 = matmul %5859, %37 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%5864 = reshape %2641 : f32[4,16] @ models/lib/nn.yaml:83:15
%5865 = reshape %5858 : f32[4,16] @ models/lib/nn.yaml:83:15
%5866 = matmul %5865, %5864 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%5867 = add %4776, %5866 : f32[16,16] @ models/lib/nn.yaml:83:15
%5868 = pad %5863 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5869 = add %5855, %5868 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5870 = reshape %5869 : f32[68,16] @ models/lib/nn.yaml:96:46
%5871 = matmul %5383, %5870 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5872 = reshape %5871 : f32[16] @ models/lib/nn.yaml:96:46
%5873 = add %4780, %5872 : f32[16] @ models/lib/nn.yaml:96:46
%5874 = mul %5869, %2636 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5875 = reshape %5874 : f32[68,16] @ models/lib/nn.yaml:96:37
%5876 = matmul %5383, %5875 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5877 = reshape %5876 : f32[16] @ models/lib/nn.yaml:96:37
%5878 = add %4783, %5877 : f32[16] @ models/lib/nn.yaml:96:37
%5879 = mul %5869, %2637 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5880 = mul %5879, %2635 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5881 = mul %5869, %2637 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5882 = mul %5881, %2629 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5883 = reduce_sum %5882 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5884 = mul %2634, %2634 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5885 = mul %2634, %5884 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5886 = mul %5885, %5395 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5887 = mul %5883, %5886 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5888 = div %5887, %834 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5889 = broadcast %5888 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5890 = mul %5889, %2629 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5891 = add %5880, %5890 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5892 = add %5891, %5890 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5893 = neg %5892 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5894 = reduce_sum %5893 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5895 = div %5894, %834 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5896 = broadcast %5895 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5897 = add %5892, %5896 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5898 = slice %5897 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5899 = add %5712, %5898 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5900 = slice %5897 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5901 = add %5655, %5900 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5902 = reduce_sum %5899 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%5903 = add %4807, %5902 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%5904 = mul %5901, %2621 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%5905 = div %5904, %2578 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%5906 = reshape %5905 : f32[64,16] @ models/lib/nn.yaml:84:18
%5907 = matmul %5223, %5906 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5908 = reshape %5907 : f32[16] @ models/lib/nn.yaml:84:18
%5909 = add %4811, %5908 : f32[16] @ models/lib/nn.yaml:84:18
%5910 = matmul %5905, %32 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%5911 = reshape %2612 : f32[64,64] @ models/lib/nn.yaml:83:15
%5912 = matmul %5906, %5911 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%5913 = add %4815, %5912 : f32[16,64] @ models/lib/nn.yaml:83:15
%5914 = add %2604, %2605 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%5915 = mul %5914, %298 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5916 = erf %5915 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5917 = add %303, %5916 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%5918 = mul %5910, %5917 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5919 = add %2604, %2605 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%5920 = mul %294, %5919 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5921 = mul %5910, %5920 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5922 = add %2604, %2605 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%5923 = mul %5922, %298 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5924 = mul %5923, %5923 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5925 = neg %5924 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5926 = exp %5925 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5927 = broadcast %4198 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5928 = mul %5926, %5927 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5929 = mul %5921, %5928 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5930 = mul %5929, %298 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5931 = mul %5918, %294 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5932 = add %5930, %5931 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5933 = reshape %5932 : f32[64,64] @ models/lib/nn.yaml:84:18
%5934 = matmul %5223, %5933 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%5935 = reshape %5934 : f32[64] @ models/lib/nn.yaml:84:18
%5936 = add %4836, %5935 : f32[64] @ models/lib/nn.yaml:84:18
%5937 = matmul %5932, %30 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5938 = reshape %2603 : f32[64,16] @ models/lib/nn.yaml:83:15
%5939 = matmul %5933, %5938 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%5940 = add %4840, %5939 : f32[64,16] @ models/lib/nn.yaml:83:15
%5941 = reshape %5937 : f32[64,16] @ models/lib/nn.yaml:96:46
%5942 = matmul %5223, %5941 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5943 = reshape %5942 : f32[16] @ models/lib/nn.yaml:96:46
%5944 = add %4842, %5943 : f32[16] @ models/lib/nn.yaml:96:46
%5945 = mul %5937, %2599 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5946 = reshape %5945 : f32[64,16] @ models/lib/nn.yaml:96:37
%5947 = matmul %5223, %5946 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5948 = reshape %5947 : f32[16] @ models/lib/nn.yaml:96:37
%5949 = add %4845, %5948 : f32[16] @ models/lib/nn.yaml:96:37
%5950 = mul %5937, %2600 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5951 = mul %5950, %2598 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5952 = mul %5937, %2600 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5953 = mul %5952, %2592 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5954 = reduce_sum %5953 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5955 = mul %2597, %2597 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5956 = mul %2597, %5955 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5957 = broadcast %4333 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5958 = mul %5956, %5957 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5959 = mul %5954, %5958 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5960 = div %5959, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5961 = broadcast %5960 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5962 = mul %5961, %2592 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5963 = add %5951, %5962 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5964 = add %5963, %5962 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5965 = add %5901, %5964 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5966 = neg %5964 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5967 = reduce_sum %5966 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5968 = div %5967, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5969 = broadcast %5968 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5970 = add %5965, %5969 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5971 = mul %5970, %2586 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%5972 = div %5971, %2578 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%5973 = reshape %5972 : f32[64,16] @ models/lib/nn.yaml:84:18
%5974 = matmul %5223, %5973 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5975 = reshape %5974 : f32[16] @ models/lib/nn.yaml:84:18
%5976 = add %4870, %5975 : f32[16] @ models/lib/nn.yaml:84:18
%5977 = matmul %5972, %26 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%5978 = reshape %2572 : f32[64,16] @ models/lib/nn.yaml:83:15
%5979 = matmul %5973, %5978 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%5980 = add %4874, %5979 : f32[16,16] @ models/lib/nn.yaml:83:15
%5981 = reshape %5977 : f32[4,16,2,8] @ models/lib/nn.yaml:57:16
%5982 = permute %5981 perm=[0,2,1,3] : f32[4,2,16,8] @ models/lib/nn.yaml:56:13
%5983 = permute %2506 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%5984 = slice %5982 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5985 = broadcast %5984 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5986 = slice %5983 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5987 = broadcast %5986 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5988 = mul %5985, %5987 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5989 = slice %5982 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5990 = broadcast %5989 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5991 = slice %5983 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5992 = broadcast %5991 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5993 = mul %5990, %5992 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5994 = add %5988, %5993 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5995 = slice %5982 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5996 = broadcast %5995 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5997 = slice %5983 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5998 = broadcast %5997 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5999 = mul %5996, %5998 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6000 = add %5994, %5999 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6001 = slice %5982 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6002 = broadcast %6001 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6003 = slice %5983 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6004 = broadcast %6003 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6005 = mul %6002, %6004 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6006 = add %6000, %6005 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6007 = slice %5982 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6008 = broadcast %6007 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6009 = slice %5983 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6010 = broadcast %6009 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6011 = mul %6008, %6010 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6012 = add %6006, %6011 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6013 = slice %5982 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6014 = broadcast %6013 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6015 = slice %5983 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6016 = broadcast %6015 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6017 = mul %6014, %6016 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6018 = add %6012, %6017 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6019 = slice %5982 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6020 = broadcast %6019 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6021 = slice %5983 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6022 = broadcast %6021 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6023 = mul %6020, %6022 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6024 = add %6018, %6023 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6025 = slice %5982 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6026 = broadcast %6025 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6027 = slice %5983 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6028 = broadcast %6027 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6029 = mul %6026, %6028 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6030 = add %6024, %6029 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6031 = permute %2565 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6032 = reshape %6031 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%6033 = broadcast %6032 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6034 = reshape %5982 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%6035 = broadcast %6034 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6036 = mul %6033, %6035 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6037 = reduce_sum %6036 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6038 = div %6030, %2563 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6039 = mul %6038, %2565 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6040 = neg %6039 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6041 = reduce_sum %6040 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%6042 = broadcast %6041 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6043 = add %6038, %6042 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6044 = exp %2560 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6045 = mul %6043, %6044 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6046 = mul %6045, %252 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%6047 = reshape %6046 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6048 = broadcast %6047 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6049 = reshape %2503 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6050 = broadcast %6049 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6051 = mul %6048, %6050 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6052 = reduce_sum %6051 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6053 = permute %6046 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6054 = reshape %6053 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6055 = broadcast %6054 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6056 = reshape %2501 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6057 = broadcast %6056 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6058 = mul %6055, %6057 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6059 = reduce_sum %6058 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6060 = reshape %6037 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%6061 = reshape %6059 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%6062 = reshape %6052 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%6063 = concat %6062, %6061, %6060 axis=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%6064 = permute %6063 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%6065 = reshape %6064 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%6066 = reshape %6064 : f32[64,48] @ models/lib/nn.yaml:84:18
%6067 = matmul %5223, %6066 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%6068 = reshape %6067 : f32[48] @ models/lib/nn.yaml:84:18
%6069 = add %4961, %6068 : f32[48] @ models/lib/nn.yaml:84:18
%6070 = matmul %6065, %24 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%6071 = reshape %2495 : f32[64,16] @ models/lib/nn.yaml:83:15
%6072 = matmul %6066, %6071 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%6073 = add %4965, %6072 : f32[48,16] @ models/lib/nn.yaml:83:15
%6074 = reshape %6070 : f32[64,16] @ models/lib/nn.yaml:96:46
%6075 = matmul %5223, %6074 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6076 = reshape %6075 : f32[16] @ models/lib/nn.yaml:96:46
%6077 = add %4967, %6076 : f32[16] @ models/lib/nn.yaml:96:46
%6078 = mul %6070, %2491 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6079 = reshape %6078 : f32[64,16] @ models/lib/nn.yaml:96:37
%6080 = matmul %5223, %6079 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6081 = reshape %6080 : f32[16] @ models/lib/nn.yaml:96:37
%6082 = add %4970, %6081 : f32[16] @ models/lib/nn.yaml:96:37
%6083 = mul %6070, %2492 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6084 = mul %6083, %2490 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6085 = mul %6070, %2492 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6086 = mul %6085, %2484 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6087 = reduce_sum %6086 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6088 = mul %2489, %2489 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6089 = mul %2489, %6088 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6090 = mul %6089, %5957 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6091 = mul %6087, %6090 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6092 = div %6091, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6093 = broadcast %6092 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6094 = mul %6093, %2484 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6095 = add %6084, %6094 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6096 = add %6095, %6094 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6097 = add %5970, %6096 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6098 = neg %6096 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6099 = reduce_sum %6098 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6100 = div %6099, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6101 = broadcast %6100 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6102 = add %6097, %6101 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6103 = reshape %6102 : f32[64,16] @ models/lib/nn.yaml:84:18
%6104 = matmul %5223, %6103 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6105 = reshape %6104 : f32[16] @ models/lib/nn.yaml:84:18
%6106 = add %4992, %6105 : f32[16] @ models/lib/nn.yaml:84:18
%6107 = matmul %6102, %20 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%6108 = reshape %2476 : f32[64,64] @ models/lib/nn.yaml:83:15
%6109 = matmul %6103, %6108 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%6110 = add %4996, %6109 : f32[16,64] @ models/lib/nn.yaml:83:15
%6111 = add %2468, %2469 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6112 = mul %6111, %298 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6113 = erf %6112 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6114 = add %303, %6113 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%6115 = mul %6107, %6114 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6116 = add %2468, %2469 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6117 = mul %294, %6116 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6118 = mul %6107, %6117 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6119 = add %2468, %2469 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6120 = mul %6119, %298 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6121 = mul %6120, %6120 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6122 = neg %6121 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6123 = exp %6122 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6124 = mul %6123, %5927 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6125 = mul %6118, %6124 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6126 = mul %6125, %298 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6127 = mul %6115, %294 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6128 = add %6126, %6127 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6129 = reshape %6128 : f32[64,64] @ models/lib/nn.yaml:84:18
%6130 = matmul %5223, %6129 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%6131 = reshape %6130 : f32[64] @ models/lib/nn.yaml:84:18
%6132 = add %5016, %6131 : f32[64] @ models/lib/nn.yaml:84:18
%6133 = matmul %6128, %18 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%6134 = reshape %2467 : f32[64,16] @ models/lib/nn.yaml:83:15
%6135 = matmul %6129, %6134 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%6136 = add %5020, %6135 : f32[64,16] @ models/lib/nn.yaml:83:15
%6137 = reshape %6133 : f32[64,16] @ models/lib/nn.yaml:96:46
%6138 = matmul %5223, %6137 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6139 = reshape %6138 : f32[16] @ models/lib/nn.yaml:96:46
%6140 = add %5022, %6139 : f32[16] @ models/lib/nn.yaml:96:46
%6141 = mul %6133, %2463 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6142 = reshape %6141 : f32[64,16] @ models/lib/nn.yaml:96:37
%6143 = matmul %5223, %6142 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6144 = reshape %6143 : f32[16] @ models/lib/nn.yaml:96:37
%6145 = add %5025, %6144 : f32[16] @ models/lib/nn.yaml:96:37
%6146 = mul %6133, %2464 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6147 = mul %6146, %2462 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6148 = mul %6133, %2464 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6149 = mul %6148, %2456 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6150 = reduce_sum %6149 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6151 = mul %2461, %2461 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6152 = mul %2461, %6151 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6153 = mul %6152, %5957 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6154 = mul %6150, %6153 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6155 = div %6154, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6156 = broadcast %6155 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6157 = mul %6156, %2456 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6158 = add %6147, %6157 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6159 = add %6158, %6157 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6160 = add %6102, %6159 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6161 = neg %6159 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6162 = reduce_sum %6161 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6163 = div %6162, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6164 = broadcast %6163 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6165 = add %6160, %6164 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6166 = reshape %6165 : f32[64,16] @ models/lib/nn.yaml:84:18
%6167 = matmul %5223, %6166 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6168 = reshape %6167 : f32[16] @ models/lib/nn.yaml:84:18
%6169 = add %5047, %6168 : f32[16] @ models/lib/nn.yaml:84:18
%6170 = matmul %6165, %14 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%6171 = reshape %2447 : f32[64,16] @ models/lib/nn.yaml:83:15
%6172 = matmul %6166, %6171 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%6173 = add %5051, %6172 : f32[16,16] @ models/lib/nn.yaml:83:15
%6174 = reshape %6170 : f32[4,16,2,8] @ models/lib/nn.yaml:57:16
%6175 = permute %6174 perm=[0,2,1,3] : f32[4,2,16,8] @ models/lib/nn.yaml:56:13
%6176 = permute %2381 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%6177 = slice %6175 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6178 = broadcast %6177 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6179 = slice %6176 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6180 = broadcast %6179 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6181 = mul %6178, %6180 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6182 = slice %6175 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6183 = broadcast %6182 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6184 = slice %6176 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6185 = broadcast %6184 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6186 = mul %6183, %6185 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6187 = add %6181, %6186 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6188 = slice %6175 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6189 = broadcast %6188 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6190 = slice %6176 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6191 = broadcast %6190 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6192 = mul %6189, %6191 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6193 = add %6187, %6192 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6194 = slice %6175 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6195 = broadcast %6194 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6196 = slice %6176 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6197 = broadcast %6196 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6198 = mul %6195, %6197 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6199 = add %6193, %6198 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6200 = slice %6175 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6201 = broadcast %6200 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6202 = slice %6176 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6203 = broadcast %6202 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6204 = mul %6201, %6203 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6205 = add %6199, %6204 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6206 = slice %6175 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6207 = broadcast %6206 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6208 = slice %6176 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6209 = broadcast %6208 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6210 = mul %6207, %6209 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6211 = add %6205, %6210 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6212 = slice %6175 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6213 = broadcast %6212 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6214 = slice %6176 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6215 = broadcast %6214 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6216 = mul %6213, %6215 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6217 = add %6211, %6216 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6218 = slice %6175 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6219 = broadcast %6218 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6220 = slice %6176 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6221 = broadcast %6220 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6222 = mul %6219, %6221 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6223 = add %6217, %6222 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6224 = permute %2440 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6225 = reshape %6224 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%6226 = broadcast %6225 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6227 = reshape %6175 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%6228 = broadcast %6227 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6229 = mul %6226, %6228 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6230 = reduce_sum %6229 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6231 = div %6223, %2438 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6232 = mul %6231, %2440 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6233 = neg %6232 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6234 = reduce_sum %6233 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%6235 = broadcast %6234 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6236 = add %6231, %6235 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6237 = exp %2435 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6238 = mul %6236, %6237 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6239 = mul %6238, %252 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%6240 = reshape %6239 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6241 = broadcast %6240 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6242 = reshape %2378 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6243 = broadcast %6242 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6244 = mul %6241, %6243 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6245 = reduce_sum %6244 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6246 = permute %6239 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6247 = reshape %6246 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6248 = broadcast %6247 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6249 = reshape %2376 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6250 = broadcast %6249 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6251 = mul %6248, %6250 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6252 = reduce_sum %6251 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6253 = reshape %6230 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%6254 = reshape %6252 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%6255 = reshape %6245 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%6256 = concat %6255, %6254, %6253 axis=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%6257 = permute %6256 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%6258 = reshape %6257 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%6259 = reshape %6257 : f32[64,48] @ models/lib/nn.yaml:84:18
%6260 = matmul %5223, %6259 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%6261 = reshape %6260 : f32[48] @ models/lib/nn.yaml:84:18
%6262 = add %5138, %6261 : f32[48] @ models/lib/nn.yaml:84:18
%6263 = matmul %6258, %12 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%6264 = reshape %2370 : f32[64,16] @ models/lib/nn.yaml:83:15
%6265 = matmul %6259, %6264 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%6266 = add %5142, %6265 : f32[48,16] @ models/lib/nn.yaml:83:15
%6267 = reshape %6263 : f32[64,16] @ models/lib/nn.yaml:96:46
%6268 = matmul %5223, %6267 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6269 = reshape %6268 : f32[16] @ models/lib/nn.yaml:96:46
%6270 = add %5144, %6269 : f32[16] @ models/lib/nn.yaml:96:46
%6271 = mul %6263, %2366 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6272 = reshape %6271 : f32[64,16] @ models/lib/nn.yaml:96:37
%6273 = matmul %5223, %6272 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6274 = reshape %6273 : f32[16] @ models/lib/nn.yaml:96:37
%6275 = add %5147, %6274 : f32[16] @ models/lib/nn.yaml:96:37
%6276 = mul %6263, %2367 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6277 = mul %6276, %2365 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6278 = mul %6263, %2367 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6279 = mul %6278, %2359 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6280 = reduce_sum %6279 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6281 = mul %2364, %2364 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6282 = mul %2364, %6281 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6283 = mul %6282, %5957 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6284 = mul %6280, %6283 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6285 = div %6284, %176 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6286 = broadcast %6285 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6287 = mul %6286, %2359 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6288 = add %6277, %6287 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6289 = add %6288, %6287 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6290 = add %6165, %6289 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6291 = neg %6289 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6292 = reduce_sum %6291 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6293 = div %6292, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6294 = broadcast %6293 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6295 = add %6290, %6294 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6296 = reduce_sum %6295 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%6297 = add %5177, %6296 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%6298 = reshape %6295 : f32[64,16] @ models/lib/vit.yaml:17:71
%6299 = matmul %5223, %6298 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%6300 = reshape %6299 : f32[16] @ models/lib/vit.yaml:17:71
%6301 = add %5179, %6300 : f32[16] @ models/lib/vit.yaml:17:71
%6302 = reshape %166 : f32[64,48] @ models/lib/vit.yaml:17:18
%6303 = matmul %6298, %6302 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%6304 = reshape %6303 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6305 = add %5183, %6304 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6306 = all_reduce_sum %6297 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6307 = reshape %6306 : f32[256] @ models/lib/vit.yaml:48:7
%6308 = mul %6307, %6307 : f32[256] @ models/lib/vit.yaml:48:7
%6309 = reduce_sum %6308 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%6310 = sqrt %6309 : f32[] @ models/lib/vit.yaml:48:7
%6311 = cast %6310 : f64[] @ models/lib/vit.yaml:48:7
%6312 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%6313 = add %6311, %6312 : f64[] @ models/lib/vit.yaml:48:7
%6314 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%6315 = div %6314, %6313 : f64[] @ models/lib/vit.yaml:48:7
%6316 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%6317 = lt %6315, %6316 : bool[] @ models/lib/vit.yaml:48:7
%6318 = cast %6315 : f32[] @ models/lib/vit.yaml:48:7
%6319 = broadcast %6318 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6320 = mul %6306, %6319 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6321 = broadcast %6317 : bool[1,16,16] @ models/lib/vit.yaml:48:7
%6322 = select %6321, %6320, %6306 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6323 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6324 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6325 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%6326 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%6327 = add %6325, %6326 : i64[] @ models/lib/vit.yaml:48:7
%6328 = mul %4018, %4019 : f64[] @ models/lib/vit.yaml:48:7
%6329 = sub %6316, %6328 : f64[] @ models/lib/vit.yaml:48:7
%6330 = cast %6329 : f32[] @ models/lib/vit.yaml:48:7
%6331 = broadcast %6330 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6332 = mul %7, %6331 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6333 = broadcast %3743 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6334 = mul %6322, %6333 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6335 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%6336 = broadcast %2577 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6337 = mul %6323, %6336 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6338 = add %6337, %6334 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6339 = mul %6322, %6322 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6340 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%6341 = broadcast %6340 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6342 = mul %6339, %6341 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6343 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%6344 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%6345 = broadcast %6344 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6346 = mul %6324, %6345 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6347 = add %6346, %6342 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6348 = cast %6327 : f64[] @ models/lib/vit.yaml:48:7
%6349 = pow %6335, %6348 : f64[] @ models/lib/vit.yaml:48:7
%6350 = sub %6316, %6349 : f64[] @ models/lib/vit.yaml:48:7
%6351 = div %4018, %6350 : f64[] @ models/lib/vit.yaml:48:7
%6352 = pow %6343, %6348 : f64[] @ models/lib/vit.yaml:48:7
%6353 = sub %6316, %6352 : f64[] @ models/lib/vit.yaml:48:7
%6354 = sqrt %6353 : f64[] @ models/lib/vit.yaml:48:7
%6355 = div %6316, %6354 : f64[] @ models/lib/vit.yaml:48:7
%6356 = sqrt %6347 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6357 = cast %6355 : f32[] @ models/lib/vit.yaml:48:7
%6358 = broadcast %6357 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6359 = mul %6356, %6358 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6360 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%6361 = broadcast %6360 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6362 = add %6359, %6361 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6363 = div %6338, %6362 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6364 = cast %6351 : f32[] @ models/lib/vit.yaml:48:7
%6365 = broadcast %6364 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6366 = mul %6363, %6365 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6367 = sub %6332, %6366 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6368 = assign %7, %6367 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6369 = assign %6323, %6338 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6370 = assign %6324, %6347 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6371 = assign %6325, %6327 : i64[] @ models/lib/vit.yaml:48:7
%6372 = broadcast %3 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6373 = mul %85, %6372 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6374 = sub %6316, %4020 : f64[] @ models/lib/vit.yaml:48:7
%6375 = cast %6374 : f32[] @ models/lib/vit.yaml:48:7
%6376 = broadcast %6375 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6377 = mul %6367, %6376 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6378 = add %6373, %6377 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6379 = assign %85, %6378 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6380 = all_reduce_sum %6305 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6381 = reshape %6380 : f32[768] @ models/lib/vit.yaml:9:7
%6382 = mul %6381, %6381 : f32[768] @ models/lib/vit.yaml:9:7
%6383 = reduce_sum %6382 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%6384 = sqrt %6383 : f32[] @ models/lib/vit.yaml:9:7
%6385 = cast %6384 : f64[] @ models/lib/vit.yaml:9:7
%6386 = add %6385, %6312 : f64[] @ models/lib/vit.yaml:9:7
%6387 = div %6314, %6386 : f64[] @ models/lib/vit.yaml:9:7
%6388 = lt %6387, %6316 : bool[] @ models/lib/vit.yaml:9:7
%6389 = cast %6387 : f32[] @ models/lib/vit.yaml:9:7
%6390 = broadcast %6389 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6391 = mul %6380, %6390 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6392 = broadcast %6388 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%6393 = select %6392, %6391, %6380 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6394 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6395 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6396 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%6397 = add %6396, %6326 : i64[] @ models/lib/vit.yaml:9:7
%6398 = broadcast %6330 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6399 = mul %8, %6398 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6400 = broadcast %3743 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6401 = mul %6393, %6400 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6402 = broadcast %2577 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6403 = mul %6394, %6402 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6404 = add %6403, %6401 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6405 = mul %6393, %6393 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6406 = broadcast %6340 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6407 = mul %6405, %6406 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6408 = broadcast %6344 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6409 = mul %6395, %6408 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6410 = add %6409, %6407 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6411 = cast %6397 : f64[] @ models/lib/vit.yaml:9:7
%6412 = pow %6335, %6411 : f64[] @ models/lib/vit.yaml:9:7
%6413 = sub %6316, %6412 : f64[] @ models/lib/vit.yaml:9:7
%6414 = div %4018, %6413 : f64[] @ models/lib/vit.yaml:9:7
%6415 = pow %6343, %6411 : f64[] @ models/lib/vit.yaml:9:7
%6416 = sub %6316, %6415 : f64[] @ models/lib/vit.yaml:9:7
%6417 = sqrt %6416 : f64[] @ models/lib/vit.yaml:9:7
%6418 = div %6316, %6417 : f64[] @ models/lib/vit.yaml:9:7
%6419 = sqrt %6410 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6420 = cast %6418 : f32[] @ models/lib/vit.yaml:9:7
%6421 = broadcast %6420 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6422 = mul %6419, %6421 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6423 = broadcast %6360 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6424 = add %6422, %6423 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6425 = div %6404, %6424 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6426 = cast %6414 : f32[] @ models/lib/vit.yaml:9:7
%6427 = broadcast %6426 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6428 = mul %6425, %6427 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6429 = sub %6399, %6428 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6430 = assign %8, %6429 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6431 = assign %6394, %6404 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6432 = assign %6395, %6410 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6433 = assign %6396, %6397 : i64[] @ models/lib/vit.yaml:9:7
%6434 = broadcast %3 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6435 = mul %86, %6434 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6436 = broadcast %6375 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6437 = mul %6429, %6436 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6438 = add %6435, %6437 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6439 = assign %86, %6438 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6440 = all_reduce_sum %6301 : f32[16] @ models/lib/vit.yaml:10:7
%6441 = mul %6440, %6440 : f32[16] @ models/lib/vit.yaml:10:7
%6442 = reduce_sum %6441 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%6443 = sqrt %6442 : f32[] @ models/lib/vit.yaml:10:7
%6444 = cast %6443 : f64[] @ models/lib/vit.yaml:10:7
%6445 = add %6444, %6312 : f64[] @ models/lib/vit.yaml:10:7
%6446 = div %6314, %6445 : f64[] @ models/lib/vit.yaml:10:7
%6447 = lt %6446, %6316 : bool[] @ models/lib/vit.yaml:10:7
%6448 = cast %6446 : f32[] @ models/lib/vit.yaml:10:7
%6449 = broadcast %6448 : f32[16] @ models/lib/vit.yaml:10:7
%6450 = mul %6440, %6449 : f32[16] @ models/lib/vit.yaml:10:7
%6451 = broadcast %6447 : bool[16] @ models/lib/vit.yaml:10:7
%6452 = select %6451, %6450, %6440 : f32[16] @ models/lib/vit.yaml:10:7
%6453 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%6454 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%6455 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%6456 = add %6455, %6326 : i64[] @ models/lib/vit.yaml:10:7
%6457 = broadcast %3743 : f32[16] @ models/lib/vit.yaml:10:7
%6458 = mul %6452, %6457 : f32[16] @ models/lib/vit.yaml:10:7
%6459 = broadcast %2577 : f32[16] @ models/lib/vit.yaml:10:7
%6460 = mul %6453, %6459 : f32[16] @ models/lib/vit.yaml:10:7
%6461 = add %6460, %6458 : f32[16] @ models/lib/vit.yaml:10:7
%6462 = mul %6452, %6452 : f32[16] @ models/lib/vit.yaml:10:7
%6463 = broadcast %6340 : f32[16] @ models/lib/vit.yaml:10:7
%6464 = mul %6462, %6463 : f32[16] @ models/lib/vit.yaml:10:7
%6465 = broadcast %6344 : f32[16] @ models/lib/vit.yaml:10:7
%6466 = mul %6454, %6465 : f32[16] @ models/lib/vit.yaml:10:7
%6467 = add %6466, %6464 : f32[16] @ models/lib/vit.yaml:10:7
%6468 = cast %6456 : f64[] @ models/lib/vit.yaml:10:7
%6469 = pow %6335, %6468 : f64[] @ models/lib/vit.yaml:10:7
%6470 = sub %6316, %6469 : f64[] @ models/lib/vit.yaml:10:7
%6471 = div %4018, %6470 : f64[] @ models/lib/vit.yaml:10:7
%6472 = pow %6343, %6468 : f64[] @ models/lib/vit.yaml:10:7
%6473 = sub %6316, %6472 : f64[] @ models/lib/vit.yaml:10:7
%6474 = sqrt %6473 : f64[] @ models/lib/vit.yaml:10:7
%6475 = div %6316, %6474 : f64[] @ models/lib/vit.yaml:10:7
%6476 = sqrt %6467 : f32[16] @ models/lib/vit.yaml:10:7
%6477 = cast %6475 : f32[] @ models/lib/vit.yaml:10:7
%6478 = broadcast %6477 : f32[16] @ models/lib/vit.yaml:10:7
%6479 = mul %6476, %6478 : f32[16] @ models/lib/vit.yaml:10:7
%6480 = broadcast %6360 : f32[16] @ models/lib/vit.yaml:10:7
%6481 = add %6479, %6480 : f32[16] @ models/lib/vit.yaml:10:7
%6482 = div %6461, %6481 : f32[16] @ models/lib/vit.yaml:10:7
%6483 = cast %6471 : f32[] @ models/lib/vit.yaml:10:7
%6484 = broadcast %6483 : f32[16] @ models/lib/vit.yaml:10:7
%6485 = mul %6482, %6484 : f32[16] @ models/lib/vit.yaml:10:7
%6486 = sub %9, %6485 : f32[16] @ models/lib/vit.yaml:10:7
%6487 = assign %9, %6486 : f32[16] @ models/lib/vit.yaml:10:7
%6488 = assign %6453, %6461 : f32[16] @ models/lib/vit.yaml:10:7
%6489 = assign %6454, %6467 : f32[16] @ models/lib/vit.yaml:10:7
%6490 = assign %6455, %6456 : i64[] @ models/lib/vit.yaml:10:7
%6491 = broadcast %3 : f32[16] @ models/lib/vit.yaml:10:7
%6492 = mul %87, %6491 : f32[16] @ models/lib/vit.yaml:10:7
%6493 = broadcast %6375 : f32[16] @ models/lib/vit.yaml:10:7
%6494 = mul %6486, %6493 : f32[16] @ models/lib/vit.yaml:10:7
%6495 = add %6492, %6494 : f32[16] @ models/lib/vit.yaml:10:7
%6496 = assign %87, %6495 : f32[16] @ models/lib/vit.yaml:10:7
%6497 = all_reduce_sum %6275 : f32[16] @ models/lib/nn.yaml:89:7
%6498 = mul %6497, %6497 : f32[16] @ models/lib/nn.yaml:89:7
%6499 = reduce_sum %6498 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6500 = sqrt %6499 : f32[] @ models/lib/nn.yaml:89:7
%6501 = cast %6500 : f64[] @ models/lib/nn.yaml:89:7
%6502 = add %6501, %6312 : f64[] @ models/lib/nn.yaml:89:7
%6503 = div %6314, %6502 : f64[] @ models/lib/nn.yaml:89:7
%6504 = lt %6503, %6316 : bool[] @ models/lib/nn.yaml:89:7
%6505 = cast %6503 : f32[] @ models/lib/nn.yaml:89:7
%6506 = broadcast %6505 : f32[16] @ models/lib/nn.yaml:89:7
%6507 = mul %6497, %6506 : f32[16] @ models/lib/nn.yaml:89:7
%6508 = broadcast %6504 : bool[16] @ models/lib/nn.yaml:89:7
%6509 = select %6508, %6507, %6497 : f32[16] @ models/lib/nn.yaml:89:7
%6510 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6511 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6512 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6513 = add %6512, %6326 : i64[] @ models/lib/nn.yaml:89:7
%6514 = mul %6509, %6457 : f32[16] @ models/lib/nn.yaml:89:7
%6515 = mul %6510, %6459 : f32[16] @ models/lib/nn.yaml:89:7
%6516 = add %6515, %6514 : f32[16] @ models/lib/nn.yaml:89:7
%6517 = mul %6509, %6509 : f32[16] @ models/lib/nn.yaml:89:7
%6518 = mul %6517, %6463 : f32[16] @ models/lib/nn.yaml:89:7
%6519 = mul %6511, %6465 : f32[16] @ models/lib/nn.yaml:89:7
%6520 = add %6519, %6518 : f32[16] @ models/lib/nn.yaml:89:7
%6521 = cast %6513 : f64[] @ models/lib/nn.yaml:89:7
%6522 = pow %6335, %6521 : f64[] @ models/lib/nn.yaml:89:7
%6523 = sub %6316, %6522 : f64[] @ models/lib/nn.yaml:89:7
%6524 = div %4018, %6523 : f64[] @ models/lib/nn.yaml:89:7
%6525 = pow %6343, %6521 : f64[] @ models/lib/nn.yaml:89:7
%6526 = sub %6316, %6525 : f64[] @ models/lib/nn.yaml:89:7
%6527 = sqrt %6526 : f64[] @ models/lib/nn.yaml:89:7
%6528 = div %6316, %6527 : f64[] @ models/lib/nn.yaml:89:7
%6529 = sqrt %6520 : f32[16] @ models/lib/nn.yaml:89:7
%6530 = cast %6528 : f32[] @ models/lib/nn.yaml:89:7
%6531 = broadcast %6530 : f32[16] @ models/lib/nn.yaml:89:7
%6532 = mul %6529, %6531 : f32[16] @ models/lib/nn.yaml:89:7
%6533 = add %6532, %6480 : f32[16] @ models/lib/nn.yaml:89:7
%6534 = div %6516, %6533 : f32[16] @ models/lib/nn.yaml:89:7
%6535 = cast %6524 : f32[] @ models/lib/nn.yaml:89:7
%6536 = broadcast %6535 : f32[16] @ models/lib/nn.yaml:89:7
%6537 = mul %6534, %6536 : f32[16] @ models/lib/nn.yaml:89:7
%6538 = sub %10, %6537 : f32[16] @ models/lib/nn.yaml:89:7
%6539 = assign %10, %6538 : f32[16] @ models/lib/nn.yaml:89:7
%6540 = assign %6510, %6516 : f32[16] @ models/lib/nn.yaml:89:7
%6541 = assign %6511, %6520 : f32[16] @ models/lib/nn.yaml:89:7
%6542 = assign %6512, %6513 : i64[] @ models/lib/nn.yaml:89:7
%6543 = mul %88, %6491 : f32[16] @ models/lib/nn.yaml:89:7
%6544 = mul %6538, %6493 : f32[16] @ models/lib/nn.yaml:89:7
%6545 = add %6543, %6544 : f32[16] @ models/lib/nn.yaml:89:7
%6546 = assign %88, %6545 : f32[16] @ models/lib/nn.yaml:89:7
%6547 = all_reduce_sum %6270 : f32[16] @ models/lib/nn.yaml:90:7
%6548 = mul %6547, %6547 : f32[16] @ models/lib/nn.yaml:90:7
%6549 = reduce_sum %6548 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6550 = sqrt %6549 : f32[] @ models/lib/nn.yaml:90:7
%6551 = cast %6550 : f64[] @ models/lib/nn.yaml:90:7
%6552 = add %6551, %6312 : f64[] @ models/lib/nn.yaml:90:7
%6553 = div %6314, %6552 : f64[] @ models/lib/nn.yaml:90:7
%6554 = lt %6553, %6316 : bool[] @ models/lib/nn.yaml:90:7
%6555 = cast %6553 : f32[] @ models/lib/nn.yaml:90:7
%6556 = broadcast %6555 : f32[16] @ models/lib/nn.yaml:90:7
%6557 = mul %6547, %6556 : f32[16] @ models/lib/nn.yaml:90:7
%6558 = broadcast %6554 : bool[16] @ models/lib/nn.yaml:90:7
%6559 = select %6558, %6557, %6547 : f32[16] @ models/lib/nn.yaml:90:7
%6560 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6561 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6562 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6563 = add %6562, %6326 : i64[] @ models/lib/nn.yaml:90:7
%6564 = mul %6559, %6457 : f32[16] @ models/lib/nn.yaml:90:7
%6565 = mul %6560, %6459 : f32[16] @ models/lib/nn.yaml:90:7
%6566 = add %6565, %6564 : f32[16] @ models/lib/nn.yaml:90:7
%6567 = mul %6559, %6559 : f32[16] @ models/lib/nn.yaml:90:7
%6568 = mul %6567, %6463 : f32[16] @ models/lib/nn.yaml:90:7
%6569 = mul %6561, %6465 : f32[16] @ models/lib/nn.yaml:90:7
%6570 = add %6569, %6568 : f32[16] @ models/lib/nn.yaml:90:7
%6571 = cast %6563 : f64[] @ models/lib/nn.yaml:90:7
%6572 = pow %6335, %6571 : f64[] @ models/lib/nn.yaml:90:7
%6573 = sub %6316, %6572 : f64[] @ models/lib/nn.yaml:90:7
%6574 = div %4018, %6573 : f64[] @ models/lib/nn.yaml:90:7
%6575 = pow %6343, %6571 : f64[] @ models/lib/nn.yaml:90:7
%6576 = sub %6316, %6575 : f64[] @ models/lib/nn.yaml:90:7
%6577 = sqrt %6576 : f64[] @ models/lib/nn.yaml:90:7
%6578 = div %6316, %6577 : f64[] @ models/lib/nn.yaml:90:7
%6579 = sqrt %6570 : f32[16] @ models/lib/nn.yaml:90:7
%6580 = cast %6578 : f32[] @ models/lib/nn.yaml:90:7
%6581 = broadcast %6580 : f32[16] @ models/lib/nn.yaml:90:7
%6582 = mul %6579, %6581 : f32[16] @ models/lib/nn.yaml:90:7
%6583 = add %6582, %6480 : f32[16] @ models/lib/nn.yaml:90:7
%6584 = div %6566, %6583 : f32[16] @ models/lib/nn.yaml:90:7
%6585 = cast %6574 : f32[] @ models/lib/nn.yaml:90:7
%6586 = broadcast %6585 : f32[16] @ models/lib/nn.yaml:90:7
%6587 = mul %6584, %6586 : f32[16] @ models/lib/nn.yaml:90:7
%6588 = sub %11, %6587 : f32[16] @ models/lib/nn.yaml:90:7
%6589 = assign %11, %6588 : f32[16] @ models/lib/nn.yaml:90:7
%6590 = assign %6560, %6566 : f32[16] @ models/lib/nn.yaml:90:7
%6591 = assign %6561, %6570 : f32[16] @ models/lib/nn.yaml:90:7
%6592 = assign %6562, %6563 : i64[] @ models/lib/nn.yaml:90:7
%6593 = mul %89, %6491 : f32[16] @ models/lib/nn.yaml:90:7
%6594 = mul %6588, %6493 : f32[16] @ models/lib/nn.yaml:90:7
%6595 = add %6593, %6594 : f32[16] @ models/lib/nn.yaml:90:7
%6596 = assign %89, %6595 : f32[16] @ models/lib/nn.yaml:90:7
%6597 = all_reduce_sum %6266 : f32[48,16] @ models/lib/nn.yaml:79:7
%6598 = reshape %6597 : f32[768] @ models/lib/nn.yaml:79:7
%6599 = mul %6598, %6598 : f32[768] @ models/lib/nn.yaml:79:7
%6600 = reduce_sum %6599 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6601 = sqrt %6600 : f32[] @ models/lib/nn.yaml:79:7
%6602 = cast %6601 : f64[] @ models/lib/nn.yaml:79:7
%6603 = add %6602, %6312 : f64[] @ models/lib/nn.yaml:79:7
%6604 = div %6314, %6603 : f64[] @ models/lib/nn.yaml:79:7
%6605 = lt %6604, %6316 : bool[] @ models/lib/nn.yaml:79:7
%6606 = cast %6604 : f32[] @ models/lib/nn.yaml:79:7
%6607 = broadcast %6606 : f32[48,16] @ models/lib/nn.yaml:79:7
%6608 = mul %6597, %6607 : f32[48,16] @ models/lib/nn.yaml:79:7
%6609 = broadcast %6605 : bool[48,16] @ models/lib/nn.yaml:79:7
%6610 = select %6609, %6608, %6597 : f32[48,16] @ models/lib/nn.yaml:79:7
%6611 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6612 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6613 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6614 = add %6613, %6326 : i64[] @ models/lib/nn.yaml:79:7
%6615 = broadcast %6330 : f32[48,16] @ models/lib/nn.yaml:79:7
%6616 = mul %12, %6615 : f32[48,16] @ models/lib/nn.yaml:79:7
%6617 = broadcast %3743 : f32[48,16] @ models/lib/nn.yaml:79:7
%6618 = mul %6610, %6617 : f32[48,16] @ models/lib/nn.yaml:79:7
%6619 = broadcast %2577 : f32[48,16] @ models/lib/nn.yaml:79:7
%6620 = mul %6611, %6619 : f32[48,16] @ models/lib/nn.yaml:79:7
%6621 = add %6620, %6618 : f32[48,16] @ models/lib/nn.yaml:79:7
%6622 = mul %6610, %6610 : f32[48,16] @ models/lib/nn.yaml:79:7
%6623 = broadcast %6340 : f32[48,16] @ models/lib/nn.yaml:79:7
%6624 = mul %6622, %6623 : f32[48,16] @ models/lib/nn.yaml:79:7
%6625 = broadcast %6344 : f32[48,16] @ models/lib/nn.yaml:79:7
%6626 = mul %6612, %6625 : f32[48,16] @ models/lib/nn.yaml:79:7
%6627 = add %6626, %6624 : f32[48,16] @ models/lib/nn.yaml:79:7
%6628 = cast %6614 : f64[] @ models/lib/nn.yaml:79:7
%6629 = pow %6335, %6628 : f64[] @ models/lib/nn.yaml:79:7
%6630 = sub %6316, %6629 : f64[] @ models/lib/nn.yaml:79:7
%6631 = div %4018, %6630 : f64[] @ models/lib/nn.yaml:79:7
%6632 = pow %6343, %6628 : f64[] @ models/lib/nn.yaml:79:7
%6633 = sub %6316, %6632 : f64[] @ models/lib/nn.yaml:79:7
%6634 = sqrt %6633 : f64[] @ models/lib/nn.yaml:79:7
%6635 = div %6316, %6634 : f64[] @ models/lib/nn.yaml:79:7
%6636 = sqrt %6627 : f32[48,16] @ models/lib/nn.yaml:79:7
%6637 = cast %6635 : f32[] @ models/lib/nn.yaml:79:7
%6638 = broadcast %6637 : f32[48,16] @ models/lib/nn.yaml:79:7
%6639 = mul %6636, %6638 : f32[48,16] @ models/lib/nn.yaml:79:7
%6640 = broadcast %6360 : f32[48,16] @ models/lib/nn.yaml:79:7
%6641 = add %6639, %6640 : f32[48,16] @ models/lib/nn.yaml:79:7
%6642 = div %6621, %6641 : f32[48,16] @ models/lib/nn.yaml:79:7
%6643 = cast %6631 : f32[] @ models/lib/nn.yaml:79:7
%6644 = broadcast %6643 : f32[48,16] @ models/lib/nn.yaml:79:7
%6645 = mul %6642, %6644 : f32[48,16] @ models/lib/nn.yaml:79:7
%6646 = sub %6616, %6645 : f32[48,16] @ models/lib/nn.yaml:79:7
%6647 = assign %12, %6646 : f32[48,16] @ models/lib/nn.yaml:79:7
%6648 = assign %6611, %6621 : f32[48,16] @ models/lib/nn.yaml:79:7
%6649 = assign %6612, %6627 : f32[48,16] @ models/lib/nn.yaml:79:7
%6650 = assign %6613, %6614 : i64[] @ models/lib/nn.yaml:79:7
%6651 = broadcast %3 : f32[48,16] @ models/lib/nn.yaml:79:7
%6652 = mul %90, %6651 : f32[48,16] @ models/lib/nn.yaml:79:7
%6653 = broadcast %6375 : f32[48,16] @ models/lib/nn.yaml:79:7
%6654 = mul %6646, %6653 : f32[48,16] @ models/lib/nn.yaml:79:7
%6655 = add %6652, %6654 : f32[48,16] @ models/lib/nn.yaml:79:7
%6656 = assign %90, %6655 : f32[48,16] @ models/lib/nn.yaml:79:7
%6657 = all_reduce_sum %6262 : f32[48] @ models/lib/nn.yaml:80:7
%6658 = mul %6657, %6657 : f32[48] @ models/lib/nn.yaml:80:7
%6659 = reduce_sum %6658 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6660 = sqrt %6659 : f32[] @ models/lib/nn.yaml:80:7
%6661 = cast %6660 : f64[] @ models/lib/nn.yaml:80:7
%6662 = add %6661, %6312 : f64[] @ models/lib/nn.yaml:80:7
%6663 = div %6314, %6662 : f64[] @ models/lib/nn.yaml:80:7
%6664 = lt %6663, %6316 : bool[] @ models/lib/nn.yaml:80:7
%6665 = cast %6663 : f32[] @ models/lib/nn.yaml:80:7
%6666 = broadcast %6665 : f32[48] @ models/lib/nn.yaml:80:7
%6667 = mul %6657, %6666 : f32[48] @ models/lib/nn.yaml:80:7
%6668 = broadcast %6664 : bool[48] @ models/lib/nn.yaml:80:7
%6669 = select %6668, %6667, %6657 : f32[48] @ models/lib/nn.yaml:80:7
%6670 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6671 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6672 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6673 = add %6672, %6326 : i64[] @ models/lib/nn.yaml:80:7
%6674 = broadcast %3743 : f32[48] @ models/lib/nn.yaml:80:7
%6675 = mul %6669, %6674 : f32[48] @ models/lib/nn.yaml:80:7
%6676 = broadcast %2577 : f32[48] @ models/lib/nn.yaml:80:7
%6677 = mul %6670, %6676 : f32[48] @ models/lib/nn.yaml:80:7
%6678 = add %6677, %6675 : f32[48] @ models/lib/nn.yaml:80:7
%6679 = mul %6669, %6669 : f32[48] @ models/lib/nn.yaml:80:7
%6680 = broadcast %6340 : f32[48] @ models/lib/nn.yaml:80:7
%6681 = mul %6679, %6680 : f32[48] @ models/lib/nn.yaml:80:7
%6682 = broadcast %6344 : f32[48] @ models/lib/nn.yaml:80:7
%6683 = mul %6671, %6682 : f32[48] @ models/lib/nn.yaml:80:7
%6684 = add %6683, %6681 : f32[48] @ models/lib/nn.yaml:80:7
%6685 = cast %6673 : f64[] @ models/lib/nn.yaml:80:7
%6686 = pow %6335, %6685 : f64[] @ models/lib/nn.yaml:80:7
%6687 = sub %6316, %6686 : f64[] @ models/lib/nn.yaml:80:7
%6688 = div %4018, %6687 : f64[] @ models/lib/nn.yaml:80:7
%6689 = pow %6343, %6685 : f64[] @ models/lib/nn.yaml:80:7
%6690 = sub %6316, %6689 : f64[] @ models/lib/nn.yaml:80:7
%6691 = sqrt %6690 : f64[] @ models/lib/nn.yaml:80:7
%6692 = div %6316, %6691 : f64[] @ models/lib/nn.yaml:80:7
%6693 = sqrt %6684 : f32[48] @ models/lib/nn.yaml:80:7
%6694 = cast %6692 : f32[] @ models/lib/nn.yaml:80:7
%6695 = broadcast %6694 : f32[48] @ models/lib/nn.yaml:80:7
%6696 = mul %6693, %6695 : f32[48] @ models/lib/nn.yaml:80:7
%6697 = broadcast %6360 : f32[48] @ models/lib/nn.yaml:80:7
%6698 = add %6696, %6697 : f32[48] @ models/lib/nn.yaml:80:7
%6699 = div %6678, %6698 : f32[48] @ models/lib/nn.yaml:80:7
%6700 = cast %6688 : f32[] @ models/lib/nn.yaml:80:7
%6701 = broadcast %6700 : f32[48] @ models/lib/nn.yaml:80:7
%6702 = mul %6699, %6701 : f32[48] @ models/lib/nn.yaml:80:7
%6703 = sub %13, %6702 : f32[48] @ models/lib/nn.yaml:80:7
%6704 = assign %13, %6703 : f32[48] @ models/lib/nn.yaml:80:7
%6705 = assign %6670, %6678 : f32[48] @ models/lib/nn.yaml:80:7
%6706 = assign %6671, %6684 : f32[48] @ models/lib/nn.yaml:80:7
%6707 = assign %6672, %6673 : i64[] @ models/lib/nn.yaml:80:7
%6708 = broadcast %3 : f32[48] @ models/lib/nn.yaml:80:7
%6709 = mul %91, %6708 : f32[48] @ models/lib/nn.yaml:80:7
%6710 = broadcast %6375 : f32[48] @ models/lib/nn.yaml:80:7
%6711 = mul %6703, %6710 : f32[48] @ models/lib/nn.yaml:80:7
%6712 = add %6709, %6711 : f32[48] @ models/lib/nn.yaml:80:7
%6713 = assign %91, %6712 : f32[48] @ models/lib/nn.yaml:80:7
%6714 = all_reduce_sum %6173 : f32[16,16] @ models/lib/nn.yaml:79:7
%6715 = reshape %6714 : f32[256] @ models/lib/nn.yaml:79:7
%6716 = mul %6715, %6715 : f32[256] @ models/lib/nn.yaml:79:7
%6717 = reduce_sum %6716 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6718 = sqrt %6717 : f32[] @ models/lib/nn.yaml:79:7
%6719 = cast %6718 : f64[] @ models/lib/nn.yaml:79:7
%6720 = add %6719, %6312 : f64[] @ models/lib/nn.yaml:79:7
%6721 = div %6314, %6720 : f64[] @ models/lib/nn.yaml:79:7
%6722 = lt %6721, %6316 : bool[] @ models/lib/nn.yaml:79:7
%6723 = cast %6721 : f32[] @ models/lib/nn.yaml:79:7
%6724 = broadcast %6723 : f32[16,16] @ models/lib/nn.yaml:79:7
%6725 = mul %6714, %6724 : f32[16,16] @ models/lib/nn.yaml:79:7
%6726 = broadcast %6722 : bool[16,16] @ models/lib/nn.yaml:79:7
%6727 = select %6726, %6725, %6714 : f32[16,16] @ models/lib/nn.yaml:79:7
%6728 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6729 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6730 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6731 = add %6730, %6326 : i64[] @ models/lib/nn.yaml:79:7
%6732 = broadcast %6330 : f32[16,16] @ models/lib/nn.yaml:79:7
%6733 = mul %14, %6732 : f32[16,16] @ models/lib/nn.yaml:79:7
%6734 = broadcast %3743 : f32[16,16] @ models/lib/nn.yaml:79:7
%6735 = mul %6727, %6734 : f32[16,16] @ models/lib/nn.yaml:79:7
%6736 = broadcast %2577 : f32[16,16] @ models/lib/nn.yaml:79:7
%6737 = mul %6728, %6736 : f32[16,16] @ models/lib/nn.yaml:79:7
%6738 = add %6737, %6735 : f32[16,16] @ models/lib/nn.yaml:79:7
%6739 = mul %6727, %6727 : f32[16,16] @ models/lib/nn.yaml:79:7
%6740 = broadcast %6340 : f32[16,16] @ models/lib/nn.yaml:79:7
%6741 = mul %6739, %6740 : f32[16,16] @ models/lib/nn.yaml:79:7
%6742 = broadcast %6344 : f32[16,16] @ models/lib/nn.yaml:79:7
%6743 = mul %6729, %6742 : f32[16,16] @ models/lib/nn.yaml:79:7
%6744 = add %6743, %6741 : f32[16,16] @ models/lib/nn.yaml:79:7
%6745 = cast %6731 : f64[] @ models/lib/nn.yaml:79:7
%6746 = pow %6335, %6745 : f64[] @ models/lib/nn.yaml:79:7
%6747 = sub %6316, %6746 : f64[] @ models/lib/nn.yaml:79:7
%6748 = div %4018, %6747 : f64[] @ models/lib/nn.yaml:79:7
%6749 = pow %6343, %6745 : f64[] @ models/lib/nn.yaml:79:7
%6750 = sub %6316, %6749 : f64[] @ models/lib/nn.yaml:79:7
%6751 = sqrt %6750 : f64[] @ models/lib/nn.yaml:79:7
%6752 = div %6316, %6751 : f64[] @ models/lib/nn.yaml:79:7
%6753 = sqrt %6744 : f32[16,16] @ models/lib/nn.yaml:79:7
%6754 = cast %6752 : f32[] @ models/lib/nn.yaml:79:7
%6755 = broadcast %6754 : f32[16,16] @ models/lib/nn.yaml:79:7
%6756 = mul %6753, %6755 : f32[16,16] @ models/lib/nn.yaml:79:7
%6757 = broadcast %6360 : f32[16,16] @ models/lib/nn.yaml:79:7
%6758 = add %6756, %6757 : f32[16,16] @ models/lib/nn.yaml:79:7
%6759 = div %6738, %6758 : f32[16,16] @ models/lib/nn.yaml:79:7
%6760 = cast %6748 : f32[] @ models/lib/nn.yaml:79:7
%6761 = broadcast %6760 : f32[16,16] @ models/lib/nn.yaml:79:7
%6762 = mul %6759, %6761 : f32[16,16] @ models/lib/nn.yaml:79:7
%6763 = sub %6733, %6762 : f32[16,16] @ models/lib/nn.yaml:79:7
%6764 = assign %14, %6763 : f32[16,16] @ models/lib/nn.yaml:79:7
%6765 = assign %6728, %6738 : f32[16,16] @ models/lib/nn.yaml:79:7
%6766 = assign %6729, %6744 : f32[16,16] @ models/lib/nn.yaml:79:7
%6767 = assign %6730, %6731 : i64[] @ models/lib/nn.yaml:79:7
%6768 = broadcast %3 : f32[16,16] @ models/lib/nn.yaml:79:7
%6769 = mul %92, %6768 : f32[16,16] @ models/lib/nn.yaml:79:7
%6770 = broadcast %6375 : f32[16,16] @ models/lib/nn.yaml:79:7
%6771 = mul %6763, %6770 : f32[16,16] @ models/lib/nn.yaml:79:7
%6772 = add %6769, %6771 : f32[16,16] @ models/lib/nn.yaml:79:7
%6773 = assign %92, %6772 : f32[16,16] @ models/lib/nn.yaml:79:7
%6774 = all_reduce_sum %6169 : f32[16] @ models/lib/nn.yaml:80:7
%6775 = mul %6774, %6774 : f32[16] @ models/lib/nn.yaml:80:7
%6776 = reduce_sum %6775 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6777 = sqrt %6776 : f32[] @ models/lib/nn.yaml:80:7
%6778 = cast %6777 : f64[] @ models/lib/nn.yaml:80:7
%6779 = add %6778, %6312 : f64[] @ models/lib/nn.yaml:80:7
%6780 = div %6314, %6779 : f64[] @ models/lib/nn.yaml:80:7
%6781 = lt %6780, %6316 : bool[] @ models/lib/nn.yaml:80:7
%6782 = cast %6780 : f32[] @ models/lib/nn.yaml:80:7
%6783 = broadcast %6782 : f32[16] @ models/lib/nn.yaml:80:7
%6784 = mul %6774, %6783 : f32[16] @ models/lib/nn.yaml:80:7
%6785 = broadcast %6781 : bool[16] @ models/lib/nn.yaml:80:7
%6786 = select %6785, %6784, %6774 : f32[16] @ models/lib/nn.yaml:80:7
%6787 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6788 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6789 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6790 = add %6789, %6326 : i64[] @ models/lib/nn.yaml:80:7
%6791 = mul %6786, %6457 : f32[16] @ models/lib/nn.yaml:80:7
%6792 = mul %6787, %6459 : f32[16] @ models/lib/nn.yaml:80:7
%6793 = add %6792, %6791 : f32[16] @ models/lib/nn.yaml:80:7
%6794 = mul %6786, %6786 : f32[16] @ models/lib/nn.yaml:80:7
%6795 = mul %6794, %6463 : f32[16] @ models/lib/nn.yaml:80:7
%6796 = mul %6788, %6465 : f32[16] @ models/lib/nn.yaml:80:7
%6797 = add %6796, %6795 : f32[16] @ models/lib/nn.yaml:80:7
%6798 = cast %6790 : f64[] @ models/lib/nn.yaml:80:7
%6799 = pow %6335, %6798 : f64[] @ models/lib/nn.yaml:80:7
%6800 = sub %6316, %6799 : f64[] @ models/lib/nn.yaml:80:7
%6801 = div %4018, %6800 : f64[] @ models/lib/nn.yaml:80:7
%6802 = pow %6343, %6798 : f64[] @ models/lib/nn.yaml:80:7
%6803 = sub %6316, %6802 : f64[] @ models/lib/nn.yaml:80:7
%6804 = sqrt %6803 : f64[] @ models/lib/nn.yaml:80:7
%6805 = div %6316, %6804 : f64[] @ models/lib/nn.yaml:80:7
%6806 = sqrt %6797 : f32[16] @ models/lib/nn.yaml:80:7
%6807 = cast %6805 : f32[] @ models/lib/nn.yaml:80:7
%6808 = broadcast %6807 : f32[16] @ models/lib/nn.yaml:80:7
%6809 = mul %6806, %6808 : f32[16] @ models/lib/nn.yaml:80:7
%6810 = add %6809, %6480 : f32[16] @ models/lib/nn.yaml:80:7
%6811 = div %6793, %6810 : f32[16] @ models/lib/nn.yaml:80:7
%6812 = cast %6801 : f32[] @ models/lib/nn.yaml:80:7
%6813 = broadcast %6812 : f32[16] @ models/lib/nn.yaml:80:7
%6814 = mul %6811, %6813 : f32[16] @ models/lib/nn.yaml:80:7
%6815 = sub %15, %6814 : f32[16] @ models/lib/nn.yaml:80:7
%6816 = assign %15, %6815 : f32[16] @ models/lib/nn.yaml:80:7
%6817 = assign %6787, %6793 : f32[16] @ models/lib/nn.yaml:80:7
%6818 = assign %6788, %6797 : f32[16] @ models/lib/nn.yaml:80:7
%6819 = assign %6789, %6790 : i64[] @ models/lib/nn.yaml:80:7
%6820 = mul %93, %6491 : f32[16] @ models/lib/nn.yaml:80:7
%6821 = mul %6815, %6493 : f32[16] @ models/lib/nn.yaml:80:7
%6822 = add %6820, %6821 : f32[16] @ models/lib/nn.yaml:80:7
%6823 = assign %93, %6822 : f32[16] @ models/lib/nn.yaml:80:7
%6824 = all_reduce_sum %6145 : f32[16] @ models/lib/nn.yaml:89:7
%6825 = mul %6824, %6824 : f32[16] @ models/lib/nn.yaml:89:7
%6826 = reduce_sum %6825 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6827 = sqrt %6826 : f32[] @ models/lib/nn.yaml:89:7
%6828 = cast %6827 : f64[] @ models/lib/nn.yaml:89:7
%6829 = add %6828, %6312 : f64[] @ models/lib/nn.yaml:89:7
%6830 = div %6314, %6829 : f64[] @ models/lib/nn.yaml:89:7
%6831 = lt %6830, %6316 : bool[] @ models/lib/nn.yaml:89:7
%6832 = cast %6830 : f32[] @ models/lib/nn.yaml:89:7
%6833 = broadcast %6832 : f32[16] @ models/lib/nn.yaml:89:7
%6834 = mul %6824, %6833 : f32[16] @ models/lib/nn.yaml:89:7
%6835 = broadcast %6831 : bool[16] @ models/lib/nn.yaml:89:7
%6836 = select %6835, %6834, %6824 : f32[16] @ models/lib/nn.yaml:89:7
%6837 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6838 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6839 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6840 = add %6839, %6326 : i64[] @ models/lib/nn.yaml:89:7
%6841 = mul %6836, %6457 : f32[16] @ models/lib/nn.yaml:89:7
%6842 = mul %6837, %6459 : f32[16] @ models/lib/nn.yaml:89:7
%6843 = add %6842, %6841 : f32[16] @ models/lib/nn.yaml:89:7
%6844 = mul %6836, %6836 : f32[16] @ models/lib/nn.yaml:89:7
%6845 = mul %6844, %6463 : f32[16] @ models/lib/nn.yaml:89:7
%6846 = mul %6838, %6465 : f32[16] @ models/lib/nn.yaml:89:7
%6847 = add %6846, %6845 : f32[16] @ models/lib/nn.yaml:89:7
%6848 = cast %6840 : f64[] @ models/lib/nn.yaml:89:7
%6849 = pow %6335, %6848 : f64[] @ models/lib/nn.yaml:89:7
%6850 = sub %6316, %6849 : f64[] @ models/lib/nn.yaml:89:7
%6851 = div %4018, %6850 : f64[] @ models/lib/nn.yaml:89:7
%6852 = pow %6343, %6848 : f64[] @ models/lib/nn.yaml:89:7
%6853 = sub %6316, %6852 : f64[] @ models/lib/nn.yaml:89:7
%6854 = sqrt %6853 : f64[] @ models/lib/nn.yaml:89:7
%6855 = div %6316, %6854 : f64[] @ models/lib/nn.yaml:89:7
%6856 = sqrt %6847 : f32[16] @ models/lib/nn.yaml:89:7
%6857 = cast %6855 : f32[] @ models/lib/nn.yaml:89:7
%6858 = broadcast %6857 : f32[16] @ models/lib/nn.yaml:89:7
%6859 = mul %6856, %6858 : f32[16] @ models/lib/nn.yaml:89:7
%6860 = add %6859, %6480 : f32[16] @ models/lib/nn.yaml:89:7
%6861 = div %6843, %6860 : f32[16] @ models/lib/nn.yaml:89:7
%6862 = cast %6851 : f32[] @ models/lib/nn.yaml:89:7
%6863 = broadcast %6862 : f32[16] @ models/lib/nn.yaml:89:7
%6864 = mul %6861, %6863 : f32[16] @ models/lib/nn.yaml:89:7
%6865 = sub %16, %6864 : f32[16] @ models/lib/nn.yaml:89:7
%6866 = assign %16, %6865 : f32[16] @ models/lib/nn.yaml:89:7
%6867 = assign %6837, %6843 : f32[16] @ models/lib/nn.yaml:89:7
%6868 = assign %6838, %6847 : f32[16] @ models/lib/nn.yaml:89:7
%6869 = assign %6839, %6840 : i64[] @ models/lib/nn.yaml:89:7
%6870 = mul %94, %6491 : f32[16] @ models/lib/nn.yaml:89:7
%6871 = mul %6865, %6493 : f32[16] @ models/lib/nn.yaml:89:7
%6872 = add %6870, %6871 : f32[16] @ models/lib/nn.yaml:89:7
%6873 = assign %94, %6872 : f32[16] @ models/lib/nn.yaml:89:7
%6874 = all_reduce_sum %6140 : f32[16] @ models/lib/nn.yaml:90:7
%6875 = mul %6874, %6874 : f32[16] @ models/lib/nn.yaml:90:7
%6876 = reduce_sum %6875 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6877 = sqrt %6876 : f32[] @ models/lib/nn.yaml:90:7
%6878 = cast %6877 : f64[] @ models/lib/nn.yaml:90:7
%6879 = add %6878, %6312 : f64[] @ models/lib/nn.yaml:90:7
%6880 = div %6314, %6879 : f64[] @ models/lib/nn.yaml:90:7
%6881 = lt %6880, %6316 : bool[] @ models/lib/nn.yaml:90:7
%6882 = cast %6880 : f32[] @ models/lib/nn.yaml:90:7
%6883 = broadcast %6882 : f32[16] @ models/lib/nn.yaml:90:7
%6884 = mul %6874, %6883 : f32[16] @ models/lib/nn.yaml:90:7
%6885 = broadcast %6881 : bool[16] @ models/lib/nn.yaml:90:7
%6886 = select %6885, %6884, %6874 : f32[16] @ models/lib/nn.yaml:90:7
%6887 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6888 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6889 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6890 = add %6889, %6326 : i64[] @ models/lib/nn.yaml:90:7
%6891 = mul %6886, %6457 : f32[16] @ models/lib/nn.yaml:90:7
%6892 = mul %6887, %6459 : f32[16] @ models/lib/nn.yaml:90:7
%6893 = add %6892, %6891 : f32[16] @ models/lib/nn.yaml:90:7
%6894 = mul %6886, %6886 : f32[16] @ models/lib/nn.yaml:90:7
%6895 = mul %6894, %6463 : f32[16] @ models/lib/nn.yaml:90:7
%6896 = mul %6888, %6465 : f32[16] @ models/lib/nn.yaml:90:7
%6897 = add %6896, %6895 : f32[16] @ models/lib/nn.yaml:90:7
%6898 = cast %6890 : f64[] @ models/lib/nn.yaml:90:7
%6899 = pow %6335, %6898 : f64[] @ models/lib/nn.yaml:90:7
%6900 = sub %6316, %6899 : f64[] @ models/lib/nn.yaml:90:7
%6901 = div %4018, %6900 : f64[] @ models/lib/nn.yaml:90:7
%6902 = pow %6343, %6898 : f64[] @ models/lib/nn.yaml:90:7
%6903 = sub %6316, %6902 : f64[] @ models/lib/nn.yaml:90:7
%6904 = sqrt %6903 : f64[] @ models/lib/nn.yaml:90:7
%6905 = div %6316, %6904 : f64[] @ models/lib/nn.yaml:90:7
%6906 = sqrt %6897 : f32[16] @ models/lib/nn.yaml:90:7
%6907 = cast %6905 : f32[] @ models/lib/nn.yaml:90:7
%6908 = broadcast %6907 : f32[16] @ models/lib/nn.yaml:90:7
%6909 = mul %6906, %6908 : f32[16] @ models/lib/nn.yaml:90:7
%6910 = add %6909, %6480 : f32[16] @ models/lib/nn.yaml:90:7
%6911 = div %6893, %6910 : f32[16] @ models/lib/nn.yaml:90:7
%6912 = cast %6901 : f32[] @ models/lib/nn.yaml:90:7
%6913 = broadcast %6912 : f32[16] @ models/lib/nn.yaml:90:7
%6914 = mul %6911, %6913 : f32[16] @ models/lib/nn.yaml:90:7
%6915 = sub %17, %6914 : f32[16] @ models/lib/nn.yaml:90:7
%6916 = assign %17, %6915 : f32[16] @ models/lib/nn.yaml:90:7
%6917 = assign %6887, %6893 : f32[16] @ models/lib/nn.yaml:90:7
%6918 = assign %6888, %6897 : f32[16] @ models/lib/nn.yaml:90:7
%6919 = assign %6889, %6890 : i64[] @ models/lib/nn.yaml:90:7
%6920 = mul %95, %6491 : f32[16] @ models/lib/nn.yaml:90:7
%6921 = mul %6915, %6493 : f32[16] @ models/lib/nn.yaml:90:7
%6922 = add %6920, %6921 : f32[16] @ models/lib/nn.yaml:90:7
%6923 = assign %95, %6922 : f32[16] @ models/lib/nn.yaml:90:7
%6924 = all_reduce_sum %6136 : f32[64,16] @ models/lib/nn.yaml:79:7
%6925 = reshape %6924 : f32[1024] @ models/lib/nn.yaml:79:7
%6926 = mul %6925, %6925 : f32[1024] @ models/lib/nn.yaml:79:7
%6927 = reduce_sum %6926 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6928 = sqrt %6927 : f32[] @ models/lib/nn.yaml:79:7
%6929 = cast %6928 : f64[] @ models/lib/nn.yaml:79:7
%6930 = add %6929, %6312 : f64[] @ models/lib/nn.yaml:79:7
%6931 = div %6314, %6930 : f64[] @ models/lib/nn.yaml:79:7
%6932 = lt %6931, %6316 : bool[] @ models/lib/nn.yaml:79:7
%6933 = cast %6931 : f32[] @ models/lib/nn.yaml:79:7
%6934 = broadcast %6933 : f32[64,16] @ models/lib/nn.yaml:79:7
%6935 = mul %6924, %6934 : f32[64,16] @ models/lib/nn.yaml:79:7
%6936 = broadcast %6932 : bool[64,16] @ models/lib/nn.yaml:79:7
%6937 = select %6936, %6935, %6924 : f32[64,16] @ models/lib/nn.yaml:79:7
%6938 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6939 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6940 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6941 = add %6940, %6326 : i64[] @ models/lib/nn.yaml:79:7
%6942 = broadcast %6330 : f32[64,16] @ models/lib/nn.yaml:79:7
%6943 = mul %18, %6942 : f32[64,16] @ models/lib/nn.yaml:79:7
%6944 = broadcast %3743 : f32[64,16] @ models/lib/nn.yaml:79:7
%6945 = mul %6937, %6944 : f32[64,16] @ models/lib/nn.yaml:79:7
%6946 = broadcast %2577 : f32[64,16] @ models/lib/nn.yaml:79:7
%6947 = mul %6938, %6946 : f32[64,16] @ models/lib/nn.yaml:79:7
%6948 = add %6947, %6945 : f32[64,16] @ models/lib/nn.yaml:79:7
%6949 = mul %6937, %6937 : f32[64,16] @ models/lib/nn.yaml:79:7
%6950 = broadcast %6340 : f32[64,16] @ models/lib/nn.yaml:79:7
%6951 = mul %6949, %6950 : f32[64,16] @ models/lib/nn.yaml:79:7
%6952 = broadcast %6344 : f32[64,16] @ models/lib/nn.yaml:79:7
%6953 = mul %6939, %6952 : f32[64,16] @ models/lib/nn.yaml:79:7
%6954 = add %6953, %6951 : f32[64,16] @ models/lib/nn.yaml:79:7
%6955 = cast %6941 : f64[] @ models/lib/nn.yaml:79:7
%6956 = pow %6335, %6955 : f64[] @ models/lib/nn.yaml:79:7
%6957 = sub %6316, %6956 : f64[] @ models/lib/nn.yaml:79:7
%6958 = div %4018, %6957 : f64[] @ models/lib/nn.yaml:79:7
%6959 = pow %6343, %6955 : f64[] @ models/lib/nn.yaml:79:7
%6960 = sub %6316, %6959 : f64[] @ models/lib/nn.yaml:79:7
%6961 = sqrt %6960 : f64[] @ models/lib/nn.yaml:79:7
%6962 = div %6316, %6961 : f64[] @ models/lib/nn.yaml:79:7
%6963 = sqrt %6954 : f32[64,16] @ models/lib/nn.yaml:79:7
%6964 = cast %6962 : f32[] @ models/lib/nn.yaml:79:7
%6965 = broadcast %6964 : f32[64,16] @ models/lib/nn.yaml:79:7
%6966 = mul %6963, %6965 : f32[64,16] @ models/lib/nn.yaml:79:7
%6967 = broadcast %6360 : f32[64,16] @ models/lib/nn.yaml:79:7
%6968 = add %6966, %6967 : f32[64,16] @ models/lib/nn.yaml:79:7
%6969 = div %6948, %6968 : f32[64,16] @ models/lib/nn.yaml:79:7
%6970 = cast %6958 : f32[] @ models/lib/nn.yaml:79:7
%6971 = broadcast %6970 : f32[64,16] @ models/lib/nn.yaml:79:7
%6972 = mul %6969, %6971 : f32[64,16] @ models/lib/nn.yaml:79:7
%6973 = sub %6943, %6972 : f32[64,16] @ models/lib/nn.yaml:79:7
%6974 = assign %18, %6973 : f32[64,16] @ models/lib/nn.yaml:79:7
%6975 = assign %6938, %6948 : f32[64,16] @ models/lib/nn.yaml:79:7
%6976 = assign %6939, %6954 : f32[64,16] @ models/lib/nn.yaml:79:7
%6977 = assign %6940, %6941 : i64[] @ models/lib/nn.yaml:79:7
%6978 = broadcast %3 : f32[64,16] @ models/lib/nn.yaml:79:7
%6979 = mul %96, %6978 : f32[64,16] @ models/lib/nn.yaml:79:7
%6980 = broadcast %6375 : f32[64,16] @ models/lib/nn.yaml:79:7
%6981 = mul %6973, %6980 : f32[64,16] @ models/lib/nn.yaml:79:7
%6982 = add %6979, %6981 : f32[64,16] @ models/lib/nn.yaml:79:7
%6983 = assign %96, %6982 : f32[64,16] @ models/lib/nn.yaml:79:7
%6984 = all_reduce_sum %6132 : f32[64] @ models/lib/nn.yaml:80:7
%6985 = mul %6984, %6984 : f32[64] @ models/lib/nn.yaml:80:7
%6986 = reduce_sum %6985 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6987 = sqrt %6986 : f32[] @ models/lib/nn.yaml:80:7
%6988 = cast %6987 : f64[] @ models/lib/nn.yaml:80:7
%6989 = add %6988, %6312 : f64[] @ models/lib/nn.yaml:80:7
%6990 = div %6314, %6989 : f64[] @ models/lib/nn.yaml:80:7
%6991 = lt %6990, %6316 : bool[] @ models/lib/nn.yaml:80:7
%6992 = cast %6990 : f32[] @ models/lib/nn.yaml:80:7
%6993 = broadcast %6992 : f32[64] @ models/lib/nn.yaml:80:7
%6994 = mul %6984, %6993 : f32[64] @ models/lib/nn.yaml:80:7
%6995 = broadcast %6991 : bool[64] @ models/lib/nn.yaml:80:7
%6996 = select %6995, %6994, %6984 : f32[64] @ models/lib/nn.yaml:80:7
%6997 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6998 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6999 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7000 = add %6999, %6326 : i64[] @ models/lib/nn.yaml:80:7
%7001 = broadcast %3743 : f32[64] @ models/lib/nn.yaml:80:7
%7002 = mul %6996, %7001 : f32[64] @ models/lib/nn.yaml:80:7
%7003 = broadcast %2577 : f32[64] @ models/lib/nn.yaml:80:7
%7004 = mul %6997, %7003 : f32[64] @ models/lib/nn.yaml:80:7
%7005 = add %7004, %7002 : f32[64] @ models/lib/nn.yaml:80:7
%7006 = mul %6996, %6996 : f32[64] @ models/lib/nn.yaml:80:7
%7007 = broadcast %6340 : f32[64] @ models/lib/nn.yaml:80:7
%7008 = mul %7006, %7007 : f32[64] @ models/lib/nn.yaml:80:7
%7009 = broadcast %6344 : f32[64] @ models/lib/nn.yaml:80:7
%7010 = mul %6998, %7009 : f32[64] @ models/lib/nn.yaml:80:7
%7011 = add %7010, %7008 : f32[64] @ models/lib/nn.yaml:80:7
%7012 = cast %7000 : f64[] @ models/lib/nn.yaml:80:7
%7013 = pow %6335, %7012 : f64[] @ models/lib/nn.yaml:80:7
%7014 = sub %6316, %7013 : f64[] @ models/lib/nn.yaml:80:7
%7015 = div %4018, %7014 : f64[] @ models/lib/nn.yaml:80:7
%7016 = pow %6343, %7012 : f64[] @ models/lib/nn.yaml:80:7
%7017 = sub %6316, %7016 : f64[] @ models/lib/nn.yaml:80:7
%7018 = sqrt %7017 : f64[] @ models/lib/nn.yaml:80:7
%7019 = div %6316, %7018 : f64[] @ models/lib/nn.yaml:80:7
%7020 = sqrt %7011 : f32[64] @ models/lib/nn.yaml:80:7
%7021 = cast %7019 : f32[] @ models/lib/nn.yaml:80:7
%7022 = broadcast %7021 : f32[64] @ models/lib/nn.yaml:80:7
%7023 = mul %7020, %7022 : f32[64] @ models/lib/nn.yaml:80:7
%7024 = broadcast %6360 : f32[64] @ models/lib/nn.yaml:80:7
%7025 = add %7023, %7024 : f32[64] @ models/lib/nn.yaml:80:7
%7026 = div %7005, %7025 : f32[64] @ models/lib/nn.yaml:80:7
%7027 = cast %7015 : f32[] @ models/lib/nn.yaml:80:7
%7028 = broadcast %7027 : f32[64] @ models/lib/nn.yaml:80:7
%7029 = mul %7026, %7028 : f32[64] @ models/lib/nn.yaml:80:7
%7030 = sub %19, %7029 : f32[64] @ models/lib/nn.yaml:80:7
%7031 = assign %19, %7030 : f32[64] @ models/lib/nn.yaml:80:7
%7032 = assign %6997, %7005 : f32[64] @ models/lib/nn.yaml:80:7
%7033 = assign %6998, %7011 : f32[64] @ models/lib/nn.yaml:80:7
%7034 = assign %6999, %7000 : i64[] @ models/lib/nn.yaml:80:7
%7035 = broadcast %3 : f32[64] @ models/lib/nn.yaml:80:7
%7036 = mul %97, %7035 : f32[64] @ models/lib/nn.yaml:80:7
%7037 = broadcast %6375 : f32[64] @ models/lib/nn.yaml:80:7
%7038 = mul %7030, %7037 : f32[64] @ models/lib/nn.yaml:80:7
%7039 = add %7036, %7038 : f32[64] @ models/lib/nn.yaml:80:7
%7040 = assign %97, %7039 : f32[64] @ models/lib/nn.yaml:80:7
%7041 = all_reduce_sum %6110 : f32[16,64] @ models/lib/nn.yaml:79:7
%7042 = reshape %7041 : f32[1024] @ models/lib/nn.yaml:79:7
%7043 = mul %7042, %7042 : f32[1024] @ models/lib/nn.yaml:79:7
%7044 = reduce_sum %7043 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7045 = sqrt %7044 : f32[] @ models/lib/nn.yaml:79:7
%7046 = cast %7045 : f64[] @ models/lib/nn.yaml:79:7
%7047 = add %7046, %6312 : f64[] @ models/lib/nn.yaml:79:7
%7048 = div %6314, %7047 : f64[] @ models/lib/nn.yaml:79:7
%7049 = lt %7048, %6316 : bool[] @ models/lib/nn.yaml:79:7
%7050 = cast %7048 : f32[] @ models/lib/nn.yaml:79:7
%7051 = broadcast %7050 : f32[16,64] @ models/lib/nn.yaml:79:7
%7052 = mul %7041, %7051 : f32[16,64] @ models/lib/nn.yaml:79:7
%7053 = broadcast %7049 : bool[16,64] @ models/lib/nn.yaml:79:7
%7054 = select %7053, %7052, %7041 : f32[16,64] @ models/lib/nn.yaml:79:7
%7055 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7056 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7057 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7058 = add %7057, %6326 : i64[] @ models/lib/nn.yaml:79:7
%7059 = broadcast %6330 : f32[16,64] @ models/lib/nn.yaml:79:7
%7060 = mul %20, %7059 : f32[16,64] @ models/lib/nn.yaml:79:7
%7061 = broadcast %3743 : f32[16,64] @ models/lib/nn.yaml:79:7
%7062 = mul %7054, %7061 : f32[16,64] @ models/lib/nn.yaml:79:7
%7063 = broadcast %2577 : f32[16,64] @ models/lib/nn.yaml:79:7
%7064 = mul %7055, %7063 : f32[16,64] @ models/lib/nn.yaml:79:7
%7065 = add %7064, %7062 : f32[16,64] @ models/lib/nn.yaml:79:7
%7066 = mul %7054, %7054 : f32[16,64] @ models/lib/nn.yaml:79:7
%7067 = broadcast %6340 : f32[16,64] @ models/lib/nn.yaml:79:7
%7068 = mul %7066, %7067 : f32[16,64] @ models/lib/nn.yaml:79:7
%7069 = broadcast %6344 : f32[16,64] @ models/lib/nn.yaml:79:7
%7070 = mul %7056, %7069 : f32[16,64] @ models/lib/nn.yaml:79:7
%7071 = add %7070, %7068 : f32[16,64] @ models/lib/nn.yaml:79:7
%7072 = cast %7058 : f64[] @ models/lib/nn.yaml:79:7
%7073 = pow %6335, %7072 : f64[] @ models/lib/nn.yaml:79:7
%7074 = sub %6316, %7073 : f64[] @ models/lib/nn.yaml:79:7
%7075 = div %4018, %7074 : f64[] @ models/lib/nn.yaml:79:7
%7076 = pow %6343, %7072 : f64[] @ models/lib/nn.yaml:79:7
%7077 = sub %6316, %7076 : f64[] @ models/lib/nn.yaml:79:7
%7078 = sqrt %7077 : f64[] @ models/lib/nn.yaml:79:7
%7079 = div %6316, %7078 : f64[] @ models/lib/nn.yaml:79:7
%7080 = sqrt %7071 : f32[16,64] @ models/lib/nn.yaml:79:7
%7081 = cast %7079 : f32[] @ models/lib/nn.yaml:79:7
%7082 = broadcast %7081 : f32[16,64] @ models/lib/nn.yaml:79:7
%7083 = mul %7080, %7082 : f32[16,64] @ models/lib/nn.yaml:79:7
%7084 = broadcast %6360 : f32[16,64] @ models/lib/nn.yaml:79:7
%7085 = add %7083, %7084 : f32[16,64] @ models/lib/nn.yaml:79:7
%7086 = div %7065, %7085 : f32[16,64] @ models/lib/nn.yaml:79:7
%7087 = cast %7075 : f32[] @ models/lib/nn.yaml:79:7
%7088 = broadcast %7087 : f32[16,64] @ models/lib/nn.yaml:79:7
%7089 = mul %7086, %7088 : f32[16,64] @ models/lib/nn.yaml:79:7
%7090 = sub %7060, %7089 : f32[16,64] @ models/lib/nn.yaml:79:7
%7091 = assign %20, %7090 : f32[16,64] @ models/lib/nn.yaml:79:7
%7092 = assign %7055, %7065 : f32[16,64] @ models/lib/nn.yaml:79:7
%7093 = assign %7056, %7071 : f32[16,64] @ models/lib/nn.yaml:79:7
%7094 = assign %7057, %7058 : i64[] @ models/lib/nn.yaml:79:7
%7095 = broadcast %3 : f32[16,64] @ models/lib/nn.yaml:79:7
%7096 = mul %98, %7095 : f32[16,64] @ models/lib/nn.yaml:79:7
%7097 = broadcast %6375 : f32[16,64] @ models/lib/nn.yaml:79:7
%7098 = mul %7090, %7097 : f32[16,64] @ models/lib/nn.yaml:79:7
%7099 = add %7096, %7098 : f32[16,64] @ models/lib/nn.yaml:79:7
%7100 = assign %98, %7099 : f32[16,64] @ models/lib/nn.yaml:79:7
%7101 = all_reduce_sum %6106 : f32[16] @ models/lib/nn.yaml:80:7
%7102 = mul %7101, %7101 : f32[16] @ models/lib/nn.yaml:80:7
%7103 = reduce_sum %7102 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7104 = sqrt %7103 : f32[] @ models/lib/nn.yaml:80:7
%7105 = cast %7104 : f64[] @ models/lib/nn.yaml:80:7
%7106 = add %7105, %6312 : f64[] @ models/lib/nn.yaml:80:7
%7107 = div %6314, %7106 : f64[] @ models/lib/nn.yaml:80:7
%7108 = lt %7107, %6316 : bool[] @ models/lib/nn.yaml:80:7
%7109 = cast %7107 : f32[] @ models/lib/nn.yaml:80:7
%7110 = broadcast %7109 : f32[16] @ models/lib/nn.yaml:80:7
%7111 = mul %7101, %7110 : f32[16] @ models/lib/nn.yaml:80:7
%7112 = broadcast %7108 : bool[16] @ models/lib/nn.yaml:80:7
%7113 = select %7112, %7111, %7101 : f32[16] @ models/lib/nn.yaml:80:7
%7114 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7115 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7116 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7117 = add %7116, %6326 : i64[] @ models/lib/nn.yaml:80:7
%7118 = mul %7113, %6457 : f32[16] @ models/lib/nn.yaml:80:7
%7119 = mul %7114, %6459 : f32[16] @ models/lib/nn.yaml:80:7
%7120 = add %7119, %7118 : f32[16] @ models/lib/nn.yaml:80:7
%7121 = mul %7113, %7113 : f32[16] @ models/lib/nn.yaml:80:7
%7122 = mul %7121, %6463 : f32[16] @ models/lib/nn.yaml:80:7
%7123 = mul %7115, %6465 : f32[16] @ models/lib/nn.yaml:80:7
%7124 = add %7123, %7122 : f32[16] @ models/lib/nn.yaml:80:7
%7125 = cast %7117 : f64[] @ models/lib/nn.yaml:80:7
%7126 = pow %6335, %7125 : f64[] @ models/lib/nn.yaml:80:7
%7127 = sub %6316, %7126 : f64[] @ models/lib/nn.yaml:80:7
%7128 = div %4018, %7127 : f64[] @ models/lib/nn.yaml:80:7
%7129 = pow %6343, %7125 : f64[] @ models/lib/nn.yaml:80:7
%7130 = sub %6316, %7129 : f64[] @ models/lib/nn.yaml:80:7
%7131 = sqrt %7130 : f64[] @ models/lib/nn.yaml:80:7
%7132 = div %6316, %7131 : f64[] @ models/lib/nn.yaml:80:7
%7133 = sqrt %7124 : f32[16] @ models/lib/nn.yaml:80:7
%7134 = cast %7132 : f32[] @ models/lib/nn.yaml:80:7
%7135 = broadcast %7134 : f32[16] @ models/lib/nn.yaml:80:7
%7136 = mul %7133, %7135 : f32[16] @ models/lib/nn.yaml:80:7
%7137 = add %7136, %6480 : f32[16] @ models/lib/nn.yaml:80:7
%7138 = div %7120, %7137 : f32[16] @ models/lib/nn.yaml:80:7
%7139 = cast %7128 : f32[] @ models/lib/nn.yaml:80:7
%7140 = broadcast %7139 : f32[16] @ models/lib/nn.yaml:80:7
%7141 = mul %7138, %7140 : f32[16] @ models/lib/nn.yaml:80:7
%7142 = sub %21, %7141 : f32[16] @ models/lib/nn.yaml:80:7
%7143 = assign %21, %7142 : f32[16] @ models/lib/nn.yaml:80:7
%7144 = assign %7114, %7120 : f32[16] @ models/lib/nn.yaml:80:7
%7145 = assign %7115, %7124 : f32[16] @ models/lib/nn.yaml:80:7
%7146 = assign %7116, %7117 : i64[] @ models/lib/nn.yaml:80:7
%7147 = mul %99, %6491 : f32[16] @ models/lib/nn.yaml:80:7
%7148 = mul %7142, %6493 : f32[16] @ models/lib/nn.yaml:80:7
%7149 = add %7147, %7148 : f32[16] @ models/lib/nn.yaml:80:7
%7150 = assign %99, %7149 : f32[16] @ models/lib/nn.yaml:80:7
%7151 = all_reduce_sum %6082 : f32[16] @ models/lib/nn.yaml:89:7
%7152 = mul %7151, %7151 : f32[16] @ models/lib/nn.yaml:89:7
%7153 = reduce_sum %7152 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7154 = sqrt %7153 : f32[] @ models/lib/nn.yaml:89:7
%7155 = cast %7154 : f64[] @ models/lib/nn.yaml:89:7
%7156 = add %7155, %6312 : f64[] @ models/lib/nn.yaml:89:7
%7157 = div %6314, %7156 : f64[] @ models/lib/nn.yaml:89:7
%7158 = lt %7157, %6316 : bool[] @ models/lib/nn.yaml:89:7
%7159 = cast %7157 : f32[] @ models/lib/nn.yaml:89:7
%7160 = broadcast %7159 : f32[16] @ models/lib/nn.yaml:89:7
%7161 = mul %7151, %7160 : f32[16] @ models/lib/nn.yaml:89:7
%7162 = broadcast %7158 : bool[16] @ models/lib/nn.yaml:89:7
%7163 = select %7162, %7161, %7151 : f32[16] @ models/lib/nn.yaml:89:7
%7164 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7165 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7166 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7167 = add %7166, %6326 : i64[] @ models/lib/nn.yaml:89:7
%7168 = mul %7163, %6457 : f32[16] @ models/lib/nn.yaml:89:7
%7169 = mul %7164, %6459 : f32[16] @ models/lib/nn.yaml:89:7
%7170 = add %7169, %7168 : f32[16] @ models/lib/nn.yaml:89:7
%7171 = mul %7163, %7163 : f32[16] @ models/lib/nn.yaml:89:7
%7172 = mul %7171, %6463 : f32[16] @ models/lib/nn.yaml:89:7
%7173 = mul %7165, %6465 : f32[16] @ models/lib/nn.yaml:89:7
%7174 = add %7173, %7172 : f32[16] @ models/lib/nn.yaml:89:7
%7175 = cast %7167 : f64[] @ models/lib/nn.yaml:89:7
%7176 = pow %6335, %7175 : f64[] @ models/lib/nn.yaml:89:7
%7177 = sub %6316, %7176 : f64[] @ models/lib/nn.yaml:89:7
%7178 = div %4018, %7177 : f64[] @ models/lib/nn.yaml:89:7
%7179 = pow %6343, %7175 : f64[] @ models/lib/nn.yaml:89:7
%7180 = sub %6316, %7179 : f64[] @ models/lib/nn.yaml:89:7
%7181 = sqrt %7180 : f64[] @ models/lib/nn.yaml:89:7
%7182 = div %6316, %7181 : f64[] @ models/lib/nn.yaml:89:7
%7183 = sqrt %7174 : f32[16] @ models/lib/nn.yaml:89:7
%7184 = cast %7182 : f32[] @ models/lib/nn.yaml:89:7
%7185 = broadcast %7184 : f32[16] @ models/lib/nn.yaml:89:7
%7186 = mul %7183, %7185 : f32[16] @ models/lib/nn.yaml:89:7
%7187 = add %7186, %6480 : f32[16] @ models/lib/nn.yaml:89:7
%7188 = div %7170, %7187 : f32[16] @ models/lib/nn.yaml:89:7
%7189 = cast %7178 : f32[] @ models/lib/nn.yaml:89:7
%7190 = broadcast %7189 : f32[16] @ models/lib/nn.yaml:89:7
%7191 = mul %7188, %7190 : f32[16] @ models/lib/nn.yaml:89:7
%7192 = sub %22, %7191 : f32[16] @ models/lib/nn.yaml:89:7
%7193 = assign %22, %7192 : f32[16] @ models/lib/nn.yaml:89:7
%7194 = assign %7164, %7170 : f32[16] @ models/lib/nn.yaml:89:7
%7195 = assign %7165, %7174 : f32[16] @ models/lib/nn.yaml:89:7
%7196 = assign %7166, %7167 : i64[] @ models/lib/nn.yaml:89:7
%7197 = mul %100, %6491 : f32[16] @ models/lib/nn.yaml:89:7
%7198 = mul %7192, %6493 : f32[16] @ models/lib/nn.yaml:89:7
%7199 = add %7197, %7198 : f32[16] @ models/lib/nn.yaml:89:7
%7200 = assign %100, %7199 : f32[16] @ models/lib/nn.yaml:89:7
%7201 = all_reduce_sum %6077 : f32[16] @ models/lib/nn.yaml:90:7
%7202 = mul %7201, %7201 : f32[16] @ models/lib/nn.yaml:90:7
%7203 = reduce_sum %7202 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7204 = sqrt %7203 : f32[] @ models/lib/nn.yaml:90:7
%7205 = cast %7204 : f64[] @ models/lib/nn.yaml:90:7
%7206 = add %7205, %6312 : f64[] @ models/lib/nn.yaml:90:7
%7207 = div %6314, %7206 : f64[] @ models/lib/nn.yaml:90:7
%7208 = lt %7207, %6316 : bool[] @ models/lib/nn.yaml:90:7
%7209 = cast %7207 : f32[] @ models/lib/nn.yaml:90:7
%7210 = broadcast %7209 : f32[16] @ models/lib/nn.yaml:90:7
%7211 = mul %7201, %7210 : f32[16] @ models/lib/nn.yaml:90:7
%7212 = broadcast %7208 : bool[16] @ models/lib/nn.yaml:90:7
%7213 = select %7212, %7211, %7201 : f32[16] @ models/lib/nn.yaml:90:7
%7214 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7215 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7216 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7217 = add %7216, %6326 : i64[] @ models/lib/nn.yaml:90:7
%7218 = mul %7213, %6457 : f32[16] @ models/lib/nn.yaml:90:7
%7219 = mul %7214, %6459 : f32[16] @ models/lib/nn.yaml:90:7
%7220 = add %7219, %7218 : f32[16] @ models/lib/nn.yaml:90:7
%7221 = mul %7213, %7213 : f32[16] @ models/lib/nn.yaml:90:7
%7222 = mul %7221, %6463 : f32[16] @ models/lib/nn.yaml:90:7
%7223 = mul %7215, %6465 : f32[16] @ models/lib/nn.yaml:90:7
%7224 = add %7223, %7222 : f32[16] @ models/lib/nn.yaml:90:7
%7225 = cast %7217 : f64[] @ models/lib/nn.yaml:90:7
%7226 = pow %6335, %7225 : f64[] @ models/lib/nn.yaml:90:7
%7227 = sub %6316, %7226 : f64[] @ models/lib/nn.yaml:90:7
%7228 = div %4018, %7227 : f64[] @ models/lib/nn.yaml:90:7
%7229 = pow %6343, %7225 : f64[] @ models/lib/nn.yaml:90:7
%7230 = sub %6316, %7229 : f64[] @ models/lib/nn.yaml:90:7
%7231 = sqrt %7230 : f64[] @ models/lib/nn.yaml:90:7
%7232 = div %6316, %7231 : f64[] @ models/lib/nn.yaml:90:7
%7233 = sqrt %7224 : f32[16] @ models/lib/nn.yaml:90:7
%7234 = cast %7232 : f32[] @ models/lib/nn.yaml:90:7
%7235 = broadcast %7234 : f32[16] @ models/lib/nn.yaml:90:7
%7236 = mul %7233, %7235 : f32[16] @ models/lib/nn.yaml:90:7
%7237 = add %7236, %6480 : f32[16] @ models/lib/nn.yaml:90:7
%7238 = div %7220, %7237 : f32[16] @ models/lib/nn.yaml:90:7
%7239 = cast %7228 : f32[] @ models/lib/nn.yaml:90:7
%7240 = broadcast %7239 : f32[16] @ models/lib/nn.yaml:90:7
%7241 = mul %7238, %7240 : f32[16] @ models/lib/nn.yaml:90:7
%7242 = sub %23, %7241 : f32[16] @ models/lib/nn.yaml:90:7
%7243 = assign %23, %7242 : f32[16] @ models/lib/nn.yaml:90:7
%7244 = assign %7214, %7220 : f32[16] @ models/lib/nn.yaml:90:7
%7245 = assign %7215, %7224 : f32[16] @ models/lib/nn.yaml:90:7
%7246 = assign %7216, %7217 : i64[] @ models/lib/nn.yaml:90:7
%7247 = mul %101, %6491 : f32[16] @ models/lib/nn.yaml:90:7
%7248 = mul %7242, %6493 : f32[16] @ models/lib/nn.yaml:90:7
%7249 = add %7247, %7248 : f32[16] @ models/lib/nn.yaml:90:7
%7250 = assign %101, %7249 : f32[16] @ models/lib/nn.yaml:90:7
%7251 = all_reduce_sum %6073 : f32[48,16] @ models/lib/nn.yaml:79:7
%7252 = reshape %7251 : f32[768] @ models/lib/nn.yaml:79:7
%7253 = mul %7252, %7252 : f32[768] @ models/lib/nn.yaml:79:7
%7254 = reduce_sum %7253 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7255 = sqrt %7254 : f32[] @ models/lib/nn.yaml:79:7
%7256 = cast %7255 : f64[] @ models/lib/nn.yaml:79:7
%7257 = add %7256, %6312 : f64[] @ models/lib/nn.yaml:79:7
%7258 = div %6314, %7257 : f64[] @ models/lib/nn.yaml:79:7
%7259 = lt %7258, %6316 : bool[] @ models/lib/nn.yaml:79:7
%7260 = cast %7258 : f32[] @ models/lib/nn.yaml:79:7
%7261 = broadcast %7260 : f32[48,16] @ models/lib/nn.yaml:79:7
%7262 = mul %7251, %7261 : f32[48,16] @ models/lib/nn.yaml:79:7
%7263 = broadcast %7259 : bool[48,16] @ models/lib/nn.yaml:79:7
%7264 = select %7263, %7262, %7251 : f32[48,16] @ models/lib/nn.yaml:79:7
%7265 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7266 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7267 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7268 = add %7267, %6326 : i64[] @ models/lib/nn.yaml:79:7
%7269 = mul %24, %6615 : f32[48,16] @ models/lib/nn.yaml:79:7
%7270 = mul %7264, %6617 : f32[48,16] @ models/lib/nn.yaml:79:7
%7271 = mul %7265, %6619 : f32[48,16] @ models/lib/nn.yaml:79:7
%7272 = add %7271, %7270 : f32[48,16] @ models/lib/nn.yaml:79:7
%7273 = mul %7264, %7264 : f32[48,16] @ models/lib/nn.yaml:79:7
%7274 = mul %7273, %6623 : f32[48,16] @ models/lib/nn.yaml:79:7
%7275 = mul %7266, %6625 : f32[48,16] @ models/lib/nn.yaml:79:7
%7276 = add %7275, %7274 : f32[48,16] @ models/lib/nn.yaml:79:7
%7277 = cast %7268 : f64[] @ models/lib/nn.yaml:79:7
%7278 = pow %6335, %7277 : f64[] @ models/lib/nn.yaml:79:7
%7279 = sub %6316, %7278 : f64[] @ models/lib/nn.yaml:79:7
%7280 = div %4018, %7279 : f64[] @ models/lib/nn.yaml:79:7
%7281 = pow %6343, %7277 : f64[] @ models/lib/nn.yaml:79:7
%7282 = sub %6316, %7281 : f64[] @ models/lib/nn.yaml:79:7
%7283 = sqrt %7282 : f64[] @ models/lib/nn.yaml:79:7
%7284 = div %6316, %7283 : f64[] @ models/lib/nn.yaml:79:7
%7285 = sqrt %7276 : f32[48,16] @ models/lib/nn.yaml:79:7
%7286 = cast %7284 : f32[] @ models/lib/nn.yaml:79:7
%7287 = broadcast %7286 : f32[48,16] @ models/lib/nn.yaml:79:7
%7288 = mul %7285, %7287 : f32[48,16] @ models/lib/nn.yaml:79:7
%7289 = add %7288, %6640 : f32[48,16] @ models/lib/nn.yaml:79:7
%7290 = div %7272, %7289 : f32[48,16] @ models/lib/nn.yaml:79:7
%7291 = cast %7280 : f32[] @ models/lib/nn.yaml:79:7
%7292 = broadcast %7291 : f32[48,16] @ models/lib/nn.yaml:79:7
%7293 = mul %7290, %7292 : f32[48,16] @ models/lib/nn.yaml:79:7
%7294 = sub %7269, %7293 : f32[48,16] @ models/lib/nn.yaml:79:7
%7295 = assign %24, %7294 : f32[48,16] @ models/lib/nn.yaml:79:7
%7296 = assign %7265, %7272 : f32[48,16] @ models/lib/nn.yaml:79:7
%7297 = assign %7266, %7276 : f32[48,16] @ models/lib/nn.yaml:79:7
%7298 = assign %7267, %7268 : i64[] @ models/lib/nn.yaml:79:7
%7299 = mul %102, %6651 : f32[48,16] @ models/lib/nn.yaml:79:7
%7300 = mul %7294, %6653 : f32[48,16] @ models/lib/nn.yaml:79:7
%7301 = add %7299, %7300 : f32[48,16] @ models/lib/nn.yaml:79:7
%7302 = assign %102, %7301 : f32[48,16] @ models/lib/nn.yaml:79:7
%7303 = all_reduce_sum %6069 : f32[48] @ models/lib/nn.yaml:80:7
%7304 = mul %7303, %7303 : f32[48] @ models/lib/nn.yaml:80:7
%7305 = reduce_sum %7304 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7306 = sqrt %7305 : f32[] @ models/lib/nn.yaml:80:7
%7307 = cast %7306 : f64[] @ models/lib/nn.yaml:80:7
%7308 = add %7307, %6312 : f64[] @ models/lib/nn.yaml:80:7
%7309 = div %6314, %7308 : f64[] @ models/lib/nn.yaml:80:7
%7310 = lt %7309, %6316 : bool[] @ models/lib/nn.yaml:80:7
%7311 = cast %7309 : f32[] @ models/lib/nn.yaml:80:7
%7312 = broadcast %7311 : f32[48] @ models/lib/nn.yaml:80:7
%7313 = mul %7303, %7312 : f32[48] @ models/lib/nn.yaml:80:7
%7314 = broadcast %7310 : bool[48] @ models/lib/nn.yaml:80:7
%7315 = select %7314, %7313, %7303 : f32[48] @ models/lib/nn.yaml:80:7
%7316 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7317 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7318 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7319 = add %7318, %6326 : i64[] @ models/lib/nn.yaml:80:7
%7320 = mul %7315, %6674 : f32[48] @ models/lib/nn.yaml:80:7
%7321 = mul %7316, %6676 : f32[48] @ models/lib/nn.yaml:80:7
%7322 = add %7321, %7320 : f32[48] @ models/lib/nn.yaml:80:7
%7323 = mul %7315, %7315 : f32[48] @ models/lib/nn.yaml:80:7
%7324 = mul %7323, %6680 : f32[48] @ models/lib/nn.yaml:80:7
%7325 = mul %7317, %6682 : f32[48] @ models/lib/nn.yaml:80:7
%7326 = add %7325, %7324 : f32[48] @ models/lib/nn.yaml:80:7
%7327 = cast %7319 : f64[] @ models/lib/nn.yaml:80:7
%7328 = pow %6335, %7327 : f64[] @ models/lib/nn.yaml:80:7
%7329 = sub %6316, %7328 : f64[] @ models/lib/nn.yaml:80:7
%7330 = div %4018, %7329 : f64[] @ models/lib/nn.yaml:80:7
%7331 = pow %6343, %7327 : f64[] @ models/lib/nn.yaml:80:7
%7332 = sub %6316, %7331 : f64[] @ models/lib/nn.yaml:80:7
%7333 = sqrt %7332 : f64[] @ models/lib/nn.yaml:80:7
%7334 = div %6316, %7333 : f64[] @ models/lib/nn.yaml:80:7
%7335 = sqrt %7326 : f32[48] @ models/lib/nn.yaml:80:7
%7336 = cast %7334 : f32[] @ models/lib/nn.yaml:80:7
%7337 = broadcast %7336 : f32[48] @ models/lib/nn.yaml:80:7
%7338 = mul %7335, %7337 : f32[48] @ models/lib/nn.yaml:80:7
%7339 = add %7338, %6697 : f32[48] @ models/lib/nn.yaml:80:7
%7340 = div %7322, %7339 : f32[48] @ models/lib/nn.yaml:80:7
%7341 = cast %7330 : f32[] @ models/lib/nn.yaml:80:7
%7342 = broadcast %7341 : f32[48] @ models/lib/nn.yaml:80:7
%7343 = mul %7340, %7342 : f32[48] @ models/lib/nn.yaml:80:7
%7344 = sub %25, %7343 : f32[48] @ models/lib/nn.yaml:80:7
%7345 = assign %25, %7344 : f32[48] @ models/lib/nn.yaml:80:7
%7346 = assign %7316, %7322 : f32[48] @ models/lib/nn.yaml:80:7
%7347 = assign %7317, %7326 : f32[48] @ models/lib/nn.yaml:80:7
%7348 = assign %7318, %7319 : i64[] @ models/lib/nn.yaml:80:7
%7349 = mul %103, %6708 : f32[48] @ models/lib/nn.yaml:80:7
%7350 = mul %7344, %6710 : f32[48] @ models/lib/nn.yaml:80:7
%7351 = add %7349, %7350 : f32[48] @ models/lib/nn.yaml:80:7
%7352 = assign %103, %7351 : f32[48] @ models/lib/nn.yaml:80:7
%7353 = all_reduce_sum %5980 : f32[16,16] @ models/lib/nn.yaml:79:7
%7354 = reshape %7353 : f32[256] @ models/lib/nn.yaml:79:7
%7355 = mul %7354, %7354 : f32[256] @ models/lib/nn.yaml:79:7
%7356 = reduce_sum %7355 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7357 = sqrt %7356 : f32[] @ models/lib/nn.yaml:79:7
%7358 = cast %7357 : f64[] @ models/lib/nn.yaml:79:7
%7359 = add %7358, %6312 : f64[] @ models/lib/nn.yaml:79:7
%7360 = div %6314, %7359 : f64[] @ models/lib/nn.yaml:79:7
%7361 = lt %7360, %6316 : bool[] @ models/lib/nn.yaml:79:7
%7362 = cast %7360 : f32[] @ models/lib/nn.yaml:79:7
%7363 = broadcast %7362 : f32[16,16] @ models/lib/nn.yaml:79:7
%7364 = mul %7353, %7363 : f32[16,16] @ models/lib/nn.yaml:79:7
%7365 = broadcast %7361 : bool[16,16] @ models/lib/nn.yaml:79:7
%7366 = select %7365, %7364, %7353 : f32[16,16] @ models/lib/nn.yaml:79:7
%7367 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7368 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7369 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7370 = add %7369, %6326 : i64[] @ models/lib/nn.yaml:79:7
%7371 = mul %26, %6732 : f32[16,16] @ models/lib/nn.yaml:79:7
%7372 = mul %7366, %6734 : f32[16,16] @ models/lib/nn.yaml:79:7
%7373 = mul %7367, %6736 : f32[16,16] @ models/lib/nn.yaml:79:7
%7374 = add %7373, %7372 : f32[16,16] @ models/lib/nn.yaml:79:7
%7375 = mul %7366, %7366 : f32[16,16] @ models/lib/nn.yaml:79:7
%7376 = mul %7375, %6740 : f32[16,16] @ models/lib/nn.yaml:79:7
%7377 = mul %7368, %6742 : f32[16,16] @ models/lib/nn.yaml:79:7
%7378 = add %7377, %7376 : f32[16,16] @ models/lib/nn.yaml:79:7
%7379 = cast %7370 : f64[] @ models/lib/nn.yaml:79:7
%7380 = pow %6335, %7379 : f64[] @ models/lib/nn.yaml:79:7
%7381 = sub %6316, %7380 : f64[] @ models/lib/nn.yaml:79:7
%7382 = div %4018, %7381 : f64[] @ models/lib/nn.yaml:79:7
%7383 = pow %6343, %7379 : f64[] @ models/lib/nn.yaml:79:7
%7384 = sub %6316, %7383 : f64[] @ models/lib/nn.yaml:79:7
%7385 = sqrt %7384 : f64[] @ models/lib/nn.yaml:79:7
%7386 = div %6316, %7385 : f64[] @ models/lib/nn.yaml:79:7
%7387 = sqrt %7378 : f32[16,16] @ models/lib/nn.yaml:79:7
%7388 = cast %7386 : f32[] @ models/lib/nn.yaml:79:7
%7389 = broadcast %7388 : f32[16,16] @ models/lib/nn.yaml:79:7
%7390 = mul %7387, %7389 : f32[16,16] @ models/lib/nn.yaml:79:7
%7391 = add %7390, %6757 : f32[16,16] @ models/lib/nn.yaml:79:7
%7392 = div %7374, %7391 : f32[16,16] @ models/lib/nn.yaml:79:7
%7393 = cast %7382 : f32[] @ models/lib/nn.yaml:79:7
%7394 = broadcast %7393 : f32[16,16] @ models/lib/nn.yaml:79:7
%7395 = mul %7392, %7394 : f32[16,16] @ models/lib/nn.yaml:79:7
%7396 = sub %7371, %7395 : f32[16,16] @ models/lib/nn.yaml:79:7
%7397 = assign %26, %7396 : f32[16,16] @ models/lib/nn.yaml:79:7
%7398 = assign %7367, %7374 : f32[16,16] @ models/lib/nn.yaml:79:7
%7399 = assign %7368, %7378 : f32[16,16] @ models/lib/nn.yaml:79:7
%7400 = assign %7369, %7370 : i64[] @ models/lib/nn.yaml:79:7
%7401 = mul %104, %6768 : f32[16,16] @ models/lib/nn.yaml:79:7
%7402 = mul %7396, %6770 : f32[16,16] @ models/lib/nn.yaml:79:7
%7403 = add %7401, %7402 : f32[16,16] @ models/lib/nn.yaml:79:7
%7404 = assign %104, %7403 : f32[16,16] @ models/lib/nn.yaml:79:7
%7405 = all_reduce_sum %5976 : f32[16] @ models/lib/nn.yaml:80:7
%7406 = mul %7405, %7405 : f32[16] @ models/lib/nn.yaml:80:7
%7407 = reduce_sum %7406 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7408 = sqrt %7407 : f32[] @ models/lib/nn.yaml:80:7
%7409 = cast %7408 : f64[] @ models/lib/nn.yaml:80:7
%7410 = add %7409, %6312 : f64[] @ models/lib/nn.yaml:80:7
%7411 = div %6314, %7410 : f64[] @ models/lib/nn.yaml:80:7
%7412 = lt %7411, %6316 : bool[] @ models/lib/nn.yaml:80:7
%7413 = cast %7411 : f32[] @ models/lib/nn.yaml:80:7
%7414 = broadcast %7413 : f32[16] @ models/lib/nn.yaml:80:7
%7415 = mul %7405, %7414 : f32[16] @ models/lib/nn.yaml:80:7
%7416 = broadcast %7412 : bool[16] @ models/lib/nn.yaml:80:7
%7417 = select %7416, %7415, %7405 : f32[16] @ models/lib/nn.yaml:80:7
%7418 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7419 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7420 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7421 = add %7420, %6326 : i64[] @ models/lib/nn.yaml:80:7
%7422 = mul %7417, %6457 : f32[16] @ models/lib/nn.yaml:80:7
%7423 = mul %7418, %6459 : f32[16] @ models/lib/nn.yaml:80:7
%7424 = add %7423, %7422 : f32[16] @ models/lib/nn.yaml:80:7
%7425 = mul %7417, %7417 : f32[16] @ models/lib/nn.yaml:80:7
%7426 = mul %7425, %6463 : f32[16] @ models/lib/nn.yaml:80:7
%7427 = mul %7419, %6465 : f32[16] @ models/lib/nn.yaml:80:7
%7428 = add %7427, %7426 : f32[16] @ models/lib/nn.yaml:80:7
%7429 = cast %7421 : f64[] @ models/lib/nn.yaml:80:7
%7430 = pow %6335, %7429 : f64[] @ models/lib/nn.yaml:80:7
%7431 = sub %6316, %7430 : f64[] @ models/lib/nn.yaml:80:7
%7432 = div %4018, %7431 : f64[] @ models/lib/nn.yaml:80:7
%7433 = pow %6343, %7429 : f64[] @ models/lib/nn.yaml:80:7
%7434 = sub %6316, %7433 : f64[] @ models/lib/nn.yaml:80:7
%7435 = sqrt %7434 : f64[] @ models/lib/nn.yaml:80:7
%7436 = div %6316, %7435 : f64[] @ models/lib/nn.yaml:80:7
%7437 = sqrt %7428 : f32[16] @ models/lib/nn.yaml:80:7
%7438 = cast %7436 : f32[] @ models/lib/nn.yaml:80:7
%7439 = broadcast %7438 : f32[16] @ models/lib/nn.yaml:80:7
%7440 = mul %7437, %7439 : f32[16] @ models/lib/nn.yaml:80:7
%7441 = add %7440, %6480 : f32[16] @ models/lib/nn.yaml:80:7
%7442 = div %7424, %7441 : f32[16] @ models/lib/nn.yaml:80:7
%7443 = cast %7432 : f32[] @ models/lib/nn.yaml:80:7
%7444 = broadcast %7443 : f32[16] @ models/lib/nn.yaml:80:7
%7445 = mul %7442, %7444 : f32[16] @ models/lib/nn.yaml:80:7
%7446 = sub %27, %7445 : f32[16] @ models/lib/nn.yaml:80:7
%7447 = assign %27, %7446 : f32[16] @ models/lib/nn.yaml:80:7
%7448 = assign %7418, %7424 : f32[16] @ models/lib/nn.yaml:80:7
%7449 = assign %7419, %7428 : f32[16] @ models/lib/nn.yaml:80:7
%7450 = assign %7420, %7421 : i64[] @ models/lib/nn.yaml:80:7
%7451 = mul %105, %6491 : f32[16] @ models/lib/nn.yaml:80:7
%7452 = mul %7446, %6493 : f32[16] @ models/lib/nn.yaml:80:7
%7453 = add %7451, %7452 : f32[16] @ models/lib/nn.yaml:80:7
%7454 = assign %105, %7453 : f32[16] @ models/lib/nn.yaml:80:7
%7455 = all_reduce_sum %5949 : f32[16] @ models/lib/nn.yaml:89:7
%7456 = mul %7455, %7455 : f32[16] @ models/lib/nn.yaml:89:7
%7457 = reduce_sum %7456 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7458 = sqrt %7457 : f32[] @ models/lib/nn.yaml:89:7
%7459 = cast %7458 : f64[] @ models/lib/nn.yaml:89:7
%7460 = add %7459, %6312 : f64[] @ models/lib/nn.yaml:89:7
%7461 = div %6314, %7460 : f64[] @ models/lib/nn.yaml:89:7
%7462 = lt %7461, %6316 : bool[] @ models/lib/nn.yaml:89:7
%7463 = cast %7461 : f32[] @ models/lib/nn.yaml:89:7
%7464 = broadcast %7463 : f32[16] @ models/lib/nn.yaml:89:7
%7465 = mul %7455, %7464 : f32[16] @ models/lib/nn.yaml:89:7
%7466 = broadcast %7462 : bool[16] @ models/lib/nn.yaml:89:7
%7467 = select %7466, %7465, %7455 : f32[16] @ models/lib/nn.yaml:89:7
%7468 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7469 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7470 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7471 = add %7470, %6326 : i64[] @ models/lib/nn.yaml:89:7
%7472 = mul %7467, %6457 : f32[16] @ models/lib/nn.yaml:89:7
%7473 = mul %7468, %6459 : f32[16] @ models/lib/nn.yaml:89:7
%7474 = add %7473, %7472 : f32[16] @ models/lib/nn.yaml:89:7
%7475 = mul %7467, %7467 : f32[16] @ models/lib/nn.yaml:89:7
%7476 = mul %7475, %6463 : f32[16] @ models/lib/nn.yaml:89:7
%7477 = mul %7469, %6465 : f32[16] @ models/lib/nn.yaml:89:7
%7478 = add %7477, %7476 : f32[16] @ models/lib/nn.yaml:89:7
%7479 = cast %7471 : f64[] @ models/lib/nn.yaml:89:7
%7480 = pow %6335, %7479 : f64[] @ models/lib/nn.yaml:89:7
%7481 = sub %6316, %7480 : f64[] @ models/lib/nn.yaml:89:7
%7482 = div %4018, %7481 : f64[] @ models/lib/nn.yaml:89:7
%7483 = pow %6343, %7479 : f64[] @ models/lib/nn.yaml:89:7
%7484 = sub %6316, %7483 : f64[] @ models/lib/nn.yaml:89:7
%7485 = sqrt %7484 : f64[] @ models/lib/nn.yaml:89:7
%7486 = div %6316, %7485 : f64[] @ models/lib/nn.yaml:89:7
%7487 = sqrt %7478 : f32[16] @ models/lib/nn.yaml:89:7
%7488 = cast %7486 : f32[] @ models/lib/nn.yaml:89:7
%7489 = broadcast %7488 : f32[16] @ models/lib/nn.yaml:89:7
%7490 = mul %7487, %7489 : f32[16] @ models/lib/nn.yaml:89:7
%7491 = add %7490, %6480 : f32[16] @ models/lib/nn.yaml:89:7
%7492 = div %7474, %7491 : f32[16] @ models/lib/nn.yaml:89:7
%7493 = cast %7482 : f32[] @ models/lib/nn.yaml:89:7
%7494 = broadcast %7493 : f32[16] @ models/lib/nn.yaml:89:7
%7495 = mul %7492, %7494 : f32[16] @ models/lib/nn.yaml:89:7
%7496 = sub %28, %7495 : f32[16] @ models/lib/nn.yaml:89:7
%7497 = assign %28, %7496 : f32[16] @ models/lib/nn.yaml:89:7
%7498 = assign %7468, %7474 : f32[16] @ models/lib/nn.yaml:89:7
%7499 = assign %7469, %7478 : f32[16] @ models/lib/nn.yaml:89:7
%7500 = assign %7470, %7471 : i64[] @ models/lib/nn.yaml:89:7
%7501 = mul %106, %6491 : f32[16] @ models/lib/nn.yaml:89:7
%7502 = mul %7496, %6493 : f32[16] @ models/lib/nn.yaml:89:7
%7503 = add %7501, %7502 : f32[16] @ models/lib/nn.yaml:89:7
%7504 = assign %106, %7503 : f32[16] @ models/lib/nn.yaml:89:7
%7505 = all_reduce_sum %5944 : f32[16] @ models/lib/nn.yaml:90:7
%7506 = mul %7505, %7505 : f32[16] @ models/lib/nn.yaml:90:7
%7507 = reduce_sum %7506 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7508 = sqrt %7507 : f32[] @ models/lib/nn.yaml:90:7
%7509 = cast %7508 : f64[] @ models/lib/nn.yaml:90:7
%7510 = add %7509, %6312 : f64[] @ models/lib/nn.yaml:90:7
%7511 = div %6314, %7510 : f64[] @ models/lib/nn.yaml:90:7
%7512 = lt %7511, %6316 : bool[] @ models/lib/nn.yaml:90:7
%7513 = cast %7511 : f32[] @ models/lib/nn.yaml:90:7
%7514 = broadcast %7513 : f32[16] @ models/lib/nn.yaml:90:7
%7515 = mul %7505, %7514 : f32[16] @ models/lib/nn.yaml:90:7
%7516 = broadcast %7512 : bool[16] @ models/lib/nn.yaml:90:7
%7517 = select %7516, %7515, %7505 : f32[16] @ models/lib/nn.yaml:90:7
%7518 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7519 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7520 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7521 = add %7520, %6326 : i64[] @ models/lib/nn.yaml:90:7
%7522 = mul %7517, %6457 : f32[16] @ models/lib/nn.yaml:90:7
%7523 = mul %7518, %6459 : f32[16] @ models/lib/nn.yaml:90:7
%7524 = add %7523, %7522 : f32[16] @ models/lib/nn.yaml:90:7
%7525 = mul %7517, %7517 : f32[16] @ models/lib/nn.yaml:90:7
%7526 = mul %7525, %6463 : f32[16] @ models/lib/nn.yaml:90:7
%7527 = mul %7519, %6465 : f32[16] @ models/lib/nn.yaml:90:7
%7528 = add %7527, %7526 : f32[16] @ models/lib/nn.yaml:90:7
%7529 = cast %7521 : f64[] @ models/lib/nn.yaml:90:7
%7530 = pow %6335, %7529 : f64[] @ models/lib/nn.yaml:90:7
%7531 = sub %6316, %7530 : f64[] @ models/lib/nn.yaml:90:7
%7532 = div %4018, %7531 : f64[] @ models/lib/nn.yaml:90:7
%7533 = pow %6343, %7529 : f64[] @ models/lib/nn.yaml:90:7
%7534 = sub %6316, %7533 : f64[] @ models/lib/nn.yaml:90:7
%7535 = sqrt %7534 : f64[] @ models/lib/nn.yaml:90:7
%7536 = div %6316, %7535 : f64[] @ models/lib/nn.yaml:90:7
%7537 = sqrt %7528 : f32[16] @ models/lib/nn.yaml:90:7
%7538 = cast %7536 : f32[] @ models/lib/nn.yaml:90:7
%7539 = broadcast %7538 : f32[16] @ models/lib/nn.yaml:90:7
%7540 = mul %7537, %7539 : f32[16] @ models/lib/nn.yaml:90:7
%7541 = add %7540, %6480 : f32[16] @ models/lib/nn.yaml:90:7
%7542 = div %7524, %7541 : f32[16] @ models/lib/nn.yaml:90:7
%7543 = cast %7532 : f32[] @ models/lib/nn.yaml:90:7
%7544 = broadcast %7543 : f32[16] @ models/lib/nn.yaml:90:7
%7545 = mul %7542, %7544 : f32[16] @ models/lib/nn.yaml:90:7
%7546 = sub %29, %7545 : f32[16] @ models/lib/nn.yaml:90:7
%7547 = assign %29, %7546 : f32[16] @ models/lib/nn.yaml:90:7
%7548 = assign %7518, %7524 : f32[16] @ models/lib/nn.yaml:90:7
%7549 = assign %7519, %7528 : f32[16] @ models/lib/nn.yaml:90:7
%7550 = assign %7520, %7521 : i64[] @ models/lib/nn.yaml:90:7
%7551 = mul %107, %6491 : f32[16] @ models/lib/nn.yaml:90:7
%7552 = mul %7546, %6493 : f32[16] @ models/lib/nn.yaml:90:7
%7553 = add %7551, %7552 : f32[16] @ models/lib/nn.yaml:90:7
%7554 = assign %107, %7553 : f32[16] @ models/lib/nn.yaml:90:7
%7555 = all_reduce_sum %5940 : f32[64,16] @ models/lib/nn.yaml:79:7
%7556 = reshape %7555 : f32[1024] @ models/lib/nn.yaml:79:7
%7557 = mul %7556, %7556 : f32[1024] @ models/lib/nn.yaml:79:7
%7558 = reduce_sum %7557 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7559 = sqrt %7558 : f32[] @ models/lib/nn.yaml:79:7
%7560 = cast %7559 : f64[] @ models/lib/nn.yaml:79:7
%7561 = add %7560, %6312 : f64[] @ models/lib/nn.yaml:79:7
%7562 = div %6314, %7561 : f64[] @ models/lib/nn.yaml:79:7
%7563 = lt %7562, %6316 : bool[] @ models/lib/nn.yaml:79:7
%7564 = cast %7562 : f32[] @ models/lib/nn.yaml:79:7
%7565 = broadcast %7564 : f32[64,16] @ models/lib/nn.yaml:79:7
%7566 = mul %7555, %7565 : f32[64,16] @ models/lib/nn.yaml:79:7
%7567 = broadcast %7563 : bool[64,16] @ models/lib/nn.yaml:79:7
%7568 = select %7567, %7566, %7555 : f32[64,16] @ models/lib/nn.yaml:79:7
%7569 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7570 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7571 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7572 = add %7571, %6326 : i64[] @ models/lib/nn.yaml:79:7
%7573 = mul %30, %6942 : f32[64,16] @ models/lib/nn.yaml:79:7
%7574 = mul %7568, %6944 : f32[64,16] @ models/lib/nn.yaml:79:7
%7575 = mul %7569, %6946 : f32[64,16] @ models/lib/nn.yaml:79:7
%7576 = add %7575, %7574 : f32[64,16] @ models/lib/nn.yaml:79:7
%7577 = mul %7568, %7568 : f32[64,16] @ models/lib/nn.yaml:79:7
%7578 = mul %7577, %6950 : f32[64,16] @ models/lib/nn.yaml:79:7
%7579 = mul %7570, %6952 : f32[64,16] @ models/lib/nn.yaml:79:7
%7580 = add %7579, %7578 : f32[64,16] @ models/lib/nn.yaml:79:7
%7581 = cast %7572 : f64[] @ models/lib/nn.yaml:79:7
%7582 = pow %6335, %7581 : f64[] @ models/lib/nn.yaml:79:7
%7583 = sub %6316, %7582 : f64[] @ models/lib/nn.yaml:79:7
%7584 = div %4018, %7583 : f64[] @ models/lib/nn.yaml:79:7
%7585 = pow %6343, %7581 : f64[] @ models/lib/nn.yaml:79:7
%7586 = sub %6316, %7585 : f64[] @ models/lib/nn.yaml:79:7
%7587 = sqrt %7586 : f64[] @ models/lib/nn.yaml:79:7
%7588 = div %6316, %7587 : f64[] @ models/lib/nn.yaml:79:7
%7589 = sqrt %7580 : f32[64,16] @ models/lib/nn.yaml:79:7
%7590 = cast %7588 : f32[] @ models/lib/nn.yaml:79:7
%7591 = broadcast %7590 : f32[64,16] @ models/lib/nn.yaml:79:7
%7592 = mul %7589, %7591 : f32[64,16] @ models/lib/nn.yaml:79:7
%7593 = add %7592, %6967 : f32[64,16] @ models/lib/nn.yaml:79:7
%7594 = div %7576, %7593 : f32[64,16] @ models/lib/nn.yaml:79:7
%7595 = cast %7584 : f32[] @ models/lib/nn.yaml:79:7
%7596 = broadcast %7595 : f32[64,16] @ models/lib/nn.yaml:79:7
%7597 = mul %7594, %7596 : f32[64,16] @ models/lib/nn.yaml:79:7
%7598 = sub %7573, %7597 : f32[64,16] @ models/lib/nn.yaml:79:7
%7599 = assign %30, %7598 : f32[64,16] @ models/lib/nn.yaml:79:7
%7600 = assign %7569, %7576 : f32[64,16] @ models/lib/nn.yaml:79:7
%7601 = assign %7570, %7580 : f32[64,16] @ models/lib/nn.yaml:79:7
%7602 = assign %7571, %7572 : i64[] @ models/lib/nn.yaml:79:7
%7603 = mul %108, %6978 : f32[64,16] @ models/lib/nn.yaml:79:7
%7604 = mul %7598, %6980 : f32[64,16] @ models/lib/nn.yaml:79:7
%7605 = add %7603, %7604 : f32[64,16] @ models/lib/nn.yaml:79:7
%7606 = assign %108, %7605 : f32[64,16] @ models/lib/nn.yaml:79:7
%7607 = all_reduce_sum %5936 : f32[64] @ models/lib/nn.yaml:80:7
%7608 = mul %7607, %7607 : f32[64] @ models/lib/nn.yaml:80:7
%7609 = reduce_sum %7608 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7610 = sqrt %7609 : f32[] @ models/lib/nn.yaml:80:7
%7611 = cast %7610 : f64[] @ models/lib/nn.yaml:80:7
%7612 = add %7611, %6312 : f64[] @ models/lib/nn.yaml:80:7
%7613 = div %6314, %7612 : f64[] @ models/lib/nn.yaml:80:7
%7614 = lt %7613, %6316 : bool[] @ models/lib/nn.yaml:80:7
%7615 = cast %7613 : f32[] @ models/lib/nn.yaml:80:7
%7616 = broadcast %7615 : f32[64] @ models/lib/nn.yaml:80:7
%7617 = mul %7607, %7616 : f32[64] @ models/lib/nn.yaml:80:7
%7618 = broadcast %7614 : bool[64] @ models/lib/nn.yaml:80:7
%7619 = select %7618, %7617, %7607 : f32[64] @ models/lib/nn.yaml:80:7
%7620 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7621 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7622 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7623 = add %7622, %6326 : i64[] @ models/lib/nn.yaml:80:7
%7624 = mul %7619, %7001 : f32[64] @ models/lib/nn.yaml:80:7
%7625 = mul %7620, %7003 : f32[64] @ models/lib/nn.yaml:80:7
%7626 = add %7625, %7624 : f32[64] @ models/lib/nn.yaml:80:7
%7627 = mul %7619, %7619 : f32[64] @ models/lib/nn.yaml:80:7
%7628 = mul %7627, %7007 : f32[64] @ models/lib/nn.yaml:80:7
%7629 = mul %7621, %7009 : f32[64] @ models/lib/nn.yaml:80:7
%7630 = add %7629, %7628 : f32[64] @ models/lib/nn.yaml:80:7
%7631 = cast %7623 : f64[] @ models/lib/nn.yaml:80:7
%7632 = pow %6335, %7631 : f64[] @ models/lib/nn.yaml:80:7
%7633 = sub %6316, %7632 : f64[] @ models/lib/nn.yaml:80:7
%7634 = div %4018, %7633 : f64[] @ models/lib/nn.yaml:80:7
%7635 = pow %6343, %7631 : f64[] @ models/lib/nn.yaml:80:7
%7636 = sub %6316, %7635 : f64[] @ models/lib/nn.yaml:80:7
%7637 = sqrt %7636 : f64[] @ models/lib/nn.yaml:80:7
%7638 = div %6316, %7637 : f64[] @ models/lib/nn.yaml:80:7
%7639 = sqrt %7630 : f32[64] @ models/lib/nn.yaml:80:7
%7640 = cast %7638 : f32[] @ models/lib/nn.yaml:80:7
%7641 = broadcast %7640 : f32[64] @ models/lib/nn.yaml:80:7
%7642 = mul %7639, %7641 : f32[64] @ models/lib/nn.yaml:80:7
%7643 = add %7642, %7024 : f32[64] @ models/lib/nn.yaml:80:7
%7644 = div %7626, %7643 : f32[64] @ models/lib/nn.yaml:80:7
%7645 = cast %7634 : f32[] @ models/lib/nn.yaml:80:7
%7646 = broadcast %7645 : f32[64] @ models/lib/nn.yaml:80:7
%7647 = mul %7644, %7646 : f32[64] @ models/lib/nn.yaml:80:7
%7648 = sub %31, %7647 : f32[64] @ models/lib/nn.yaml:80:7
%7649 = assign %31, %7648 : f32[64] @ models/lib/nn.yaml:80:7
%7650 = assign %7620, %7626 : f32[64] @ models/lib/nn.yaml:80:7
%7651 = assign %7621, %7630 : f32[64] @ models/lib/nn.yaml:80:7
%7652 = assign %7622, %7623 : i64[] @ models/lib/nn.yaml:80:7
%7653 = mul %109, %7035 : f32[64] @ models/lib/nn.yaml:80:7
%7654 = mul %7648, %7037 : f32[64] @ models/lib/nn.yaml:80:7
%7655 = add %7653, %7654 : f32[64] @ models/lib/nn.yaml:80:7
%7656 = assign %109, %7655 : f32[64] @ models/lib/nn.yaml:80:7
%7657 = all_reduce_sum %5913 : f32[16,64] @ models/lib/nn.yaml:79:7
%7658 = reshape %7657 : f32[1024] @ models/lib/nn.yaml:79:7
%7659 = mul %7658, %7658 : f32[1024] @ models/lib/nn.yaml:79:7
%7660 = reduce_sum %7659 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7661 = sqrt %7660 : f32[] @ models/lib/nn.yaml:79:7
%7662 = cast %7661 : f64[] @ models/lib/nn.yaml:79:7
%7663 = add %7662, %6312 : f64[] @ models/lib/nn.yaml:79:7
%7664 = div %6314, %7663 : f64[] @ models/lib/nn.yaml:79:7
%7665 = lt %7664, %6316 : bool[] @ models/lib/nn.yaml:79:7
%7666 = cast %7664 : f32[] @ models/lib/nn.yaml:79:7
%7667 = broadcast %7666 : f32[16,64] @ models/lib/nn.yaml:79:7
%7668 = mul %7657, %7667 : f32[16,64] @ models/lib/nn.yaml:79:7
%7669 = broadcast %7665 : bool[16,64] @ models/lib/nn.yaml:79:7
%7670 = select %7669, %7668, %7657 : f32[16,64] @ models/lib/nn.yaml:79:7
%7671 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7672 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7673 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7674 = add %7673, %6326 : i64[] @ models/lib/nn.yaml:79:7
%7675 = mul %32, %7059 : f32[16,64] @ models/lib/nn.yaml:79:7
%7676 = mul %7670, %7061 : f32[16,64] @ models/lib/nn.yaml:79:7
%7677 = mul %7671, %7063 : f32[16,64] @ models/lib/nn.yaml:79:7
%7678 = add %7677, %7676 : f32[16,64] @ models/lib/nn.yaml:79:7
%7679 = mul %7670, %7670 : f32[16,64] @ models/lib/nn.yaml:79:7
%7680 = mul %7679, %7067 : f32[16,64] @ models/lib/nn.yaml:79:7
%7681 = mul %7672, %7069 : f32[16,64] @ models/lib/nn.yaml:79:7
%7682 = add %7681, %7680 : f32[16,64] @ models/lib/nn.yaml:79:7
%7683 = cast %7674 : f64[] @ models/lib/nn.yaml:79:7
%7684 = pow %6335, %7683 : f64[] @ models/lib/nn.yaml:79:7
%7685 = sub %6316, %7684 : f64[] @ models/lib/nn.yaml:79:7
%7686 = div %4018, %7685 : f64[] @ models/lib/nn.yaml:79:7
%7687 = pow %6343, %7683 : f64[] @ models/lib/nn.yaml:79:7
%7688 = sub %6316, %7687 : f64[] @ models/lib/nn.yaml:79:7
%7689 = sqrt %7688 : f64[] @ models/lib/nn.yaml:79:7
%7690 = div %6316, %7689 : f64[] @ models/lib/nn.yaml:79:7
%7691 = sqrt %7682 : f32[16,64] @ models/lib/nn.yaml:79:7
%7692 = cast %7690 : f32[] @ models/lib/nn.yaml:79:7
%7693 = broadcast %7692 : f32[16,64] @ models/lib/nn.yaml:79:7
%7694 = mul %7691, %7693 : f32[16,64] @ models/lib/nn.yaml:79:7
%7695 = add %7694, %7084 : f32[16,64] @ models/lib/nn.yaml:79:7
%7696 = div %7678, %7695 : f32[16,64] @ models/lib/nn.yaml:79:7
%7697 = cast %7686 : f32[] @ models/lib/nn.yaml:79:7
%7698 = broadcast %7697 : f32[16,64] @ models/lib/nn.yaml:79:7
%7699 = mul %7696, %7698 : f32[16,64] @ models/lib/nn.yaml:79:7
%7700 = sub %7675, %7699 : f32[16,64] @ models/lib/nn.yaml:79:7
%7701 = assign %32, %7700 : f32[16,64] @ models/lib/nn.yaml:79:7
%7702 = assign %7671, %7678 : f32[16,64] @ models/lib/nn.yaml:79:7
%7703 = assign %7672, %7682 : f32[16,64] @ models/lib/nn.yaml:79:7
%7704 = assign %7673, %7674 : i64[] @ models/lib/nn.yaml:79:7
%7705 = mul %110, %7095 : f32[16,64] @ models/lib/nn.yaml:79:7
%7706 = mul %7700, %7097 : f32[16,64] @ models/lib/nn.yaml:79:7
%7707 = add %7705, %7706 : f32[16,64] @ models/lib/nn.yaml:79:7
%7708 = assign %110, %7707 : f32[16,64] @ models/lib/nn.yaml:79:7
%7709 = all_reduce_sum %5909 : f32[16] @ models/lib/nn.yaml:80:7
%7710 = mul %7709, %7709 : f32[16] @ models/lib/nn.yaml:80:7
%7711 = reduce_sum %7710 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7712 = sqrt %7711 : f32[] @ models/lib/nn.yaml:80:7
%7713 = cast %7712 : f64[] @ models/lib/nn.yaml:80:7
%7714 = add %7713, %6312 : f64[] @ models/lib/nn.yaml:80:7
%7715 = div %6314, %7714 : f64[] @ models/lib/nn.yaml:80:7
%7716 = lt %7715, %6316 : bool[] @ models/lib/nn.yaml:80:7
%7717 = cast %7715 : f32[] @ models/lib/nn.yaml:80:7
%7718 = broadcast %7717 : f32[16] @ models/lib/nn.yaml:80:7
%7719 = mul %7709, %7718 : f32[16] @ models/lib/nn.yaml:80:7
%7720 = broadcast %7716 : bool[16] @ models/lib/nn.yaml:80:7
%7721 = select %7720, %7719, %7709 : f32[16] @ models/lib/nn.yaml:80:7
%7722 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7723 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7724 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7725 = add %7724, %6326 : i64[] @ models/lib/nn.yaml:80:7
%7726 = mul %7721, %6457 : f32[16] @ models/lib/nn.yaml:80:7
%7727 = mul %7722, %6459 : f32[16] @ models/lib/nn.yaml:80:7
%7728 = add %7727, %7726 : f32[16] @ models/lib/nn.yaml:80:7
%7729 = mul %7721, %7721 : f32[16] @ models/lib/nn.yaml:80:7
%7730 = mul %7729, %6463 : f32[16] @ models/lib/nn.yaml:80:7
%7731 = mul %7723, %6465 : f32[16] @ models/lib/nn.yaml:80:7
%7732 = add %7731, %7730 : f32[16] @ models/lib/nn.yaml:80:7
%7733 = cast %7725 : f64[] @ models/lib/nn.yaml:80:7
%7734 = pow %6335, %7733 : f64[] @ models/lib/nn.yaml:80:7
%7735 = sub %6316, %7734 : f64[] @ models/lib/nn.yaml:80:7
%7736 = div %4018, %7735 : f64[] @ models/lib/nn.yaml:80:7
%7737 = pow %6343, %7733 : f64[] @ models/lib/nn.yaml:80:7
%7738 = sub %6316, %7737 : f64[] @ models/lib/nn.yaml:80:7
%7739 = sqrt %7738 : f64[] @ models/lib/nn.yaml:80:7
%7740 = div %6316, %7739 : f64[] @ models/lib/nn.yaml:80:7
%7741 = sqrt %7732 : f32[16] @ models/lib/nn.yaml:80:7
%7742 = cast %7740 : f32[] @ models/lib/nn.yaml:80:7
%7743 = broadcast %7742 : f32[16] @ models/lib/nn.yaml:80:7
%7744 = mul %7741, %7743 : f32[16] @ models/lib/nn.yaml:80:7
%7745 = add %7744, %6480 : f32[16] @ models/lib/nn.yaml:80:7
%7746 = div %7728, %7745 : f32[16] @ models/lib/nn.yaml:80:7
%7747 = cast %7736 : f32[] @ models/lib/nn.yaml:80:7
%7748 = broadcast %7747 : f32[16] @ models/lib/nn.yaml:80:7
%7749 = mul %7746, %7748 : f32[16] @ models/lib/nn.yaml:80:7
%7750 = sub %33, %7749 : f32[16] @ models/lib/nn.yaml:80:7
%7751 = assign %33, %7750 : f32[16] @ models/lib/nn.yaml:80:7
%7752 = assign %7722, %7728 : f32[16] @ models/lib/nn.yaml:80:7
%7753 = assign %7723, %7732 : f32[16] @ models/lib/nn.yaml:80:7
%7754 = assign %7724, %7725 : i64[] @ models/lib/nn.yaml:80:7
%7755 = mul %111, %6491 : f32[16] @ models/lib/nn.yaml:80:7
%7756 = mul %7750, %6493 : f32[16] @ models/lib/nn.yaml:80:7
%7757 = add %7755, %7756 : f32[16] @ models/lib/nn.yaml:80:7
%7758 = assign %111, %7757 : f32[16] @ models/lib/nn.yaml:80:7
%7759 = all_reduce_sum %5903 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7760 = reshape %7759 : f32[16] @ models/lib/vit.yaml:103:7
%7761 = mul %7760, %7760 : f32[16] @ models/lib/vit.yaml:103:7
%7762 = reduce_sum %7761 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%7763 = sqrt %7762 : f32[] @ models/lib/vit.yaml:103:7
%7764 = cast %7763 : f64[] @ models/lib/vit.yaml:103:7
%7765 = add %7764, %6312 : f64[] @ models/lib/vit.yaml:103:7
%7766 = div %6314, %7765 : f64[] @ models/lib/vit.yaml:103:7
%7767 = lt %7766, %6316 : bool[] @ models/lib/vit.yaml:103:7
%7768 = cast %7766 : f32[] @ models/lib/vit.yaml:103:7
%7769 = broadcast %7768 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7770 = mul %7759, %7769 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7771 = broadcast %7767 : bool[1,1,16] @ models/lib/vit.yaml:103:7
%7772 = select %7771, %7770, %7759 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7773 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7774 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7775 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%7776 = add %7775, %6326 : i64[] @ models/lib/vit.yaml:103:7
%7777 = broadcast %6330 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7778 = mul %34, %7777 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7779 = broadcast %3743 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7780 = mul %7772, %7779 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7781 = broadcast %2577 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7782 = mul %7773, %7781 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7783 = add %7782, %7780 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7784 = mul %7772, %7772 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7785 = broadcast %6340 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7786 = mul %7784, %7785 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7787 = broadcast %6344 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7788 = mul %7774, %7787 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7789 = add %7788, %7786 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7790 = cast %7776 : f64[] @ models/lib/vit.yaml:103:7
%7791 = pow %6335, %7790 : f64[] @ models/lib/vit.yaml:103:7
%7792 = sub %6316, %7791 : f64[] @ models/lib/vit.yaml:103:7
%7793 = div %4018, %7792 : f64[] @ models/lib/vit.yaml:103:7
%7794 = pow %6343, %7790 : f64[] @ models/lib/vit.yaml:103:7
%7795 = sub %6316, %7794 : f64[] @ models/lib/vit.yaml:103:7
%7796 = sqrt %7795 : f64[] @ models/lib/vit.yaml:103:7
%7797 = div %6316, %7796 : f64[] @ models/lib/vit.yaml:103:7
%7798 = sqrt %7789 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7799 = cast %7797 : f32[] @ models/lib/vit.yaml:103:7
%7800 = broadcast %7799 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7801 = mul %7798, %7800 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7802 = broadcast %6360 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7803 = add %7801, %7802 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7804 = div %7783, %7803 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7805 = cast %7793 : f32[] @ models/lib/vit.yaml:103:7
%7806 = broadcast %7805 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7807 = mul %7804, %7806 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7808 = sub %7778, %7807 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7809 = assign %34, %7808 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7810 = assign %7773, %7783 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7811 = assign %7774, %7789 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7812 = assign %7775, %7776 : i64[] @ models/lib/vit.yaml:103:7
%7813 = broadcast %3 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7814 = mul %112, %7813 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7815 = broadcast %6375 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7816 = mul %7808, %7815 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7817 = add %7814, %7816 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7818 = assign %112, %7817 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7819 = all_reduce_sum %5878 : f32[16] @ models/lib/nn.yaml:89:7
%7820 = mul %7819, %7819 : f32[16] @ models/lib/nn.yaml:89:7
%7821 = reduce_sum %7820 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7822 = sqrt %7821 : f32[] @ models/lib/nn.yaml:89:7
%7823 = cast %7822 : f64[] @ models/lib/nn.yaml:89:7
%7824 = add %7823, %6312 : f64[] @ models/lib/nn.yaml:89:7
%7825 = div %6314, %7824 : f64[] @ models/lib/nn.yaml:89:7
%7826 = lt %7825, %6316 : bool[] @ models/lib/nn.yaml:89:7
%7827 = cast %7825 : f32[] @ models/lib/nn.yaml:89:7
%7828 = broadcast %7827 : f32[16] @ models/lib/nn.yaml:89:7
%7829 = mul %7819, %7828 : f32[16] @ models/lib/nn.yaml:89:7
%7830 = broadcast %7826 : bool[16] @ models/lib/nn.yaml:89:7
%7831 = select %7830, %7829, %7819 : f32[16] @ models/lib/nn.yaml:89:7
%7832 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7833 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7834 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7835 = add %7834, %6326 : i64[] @ models/lib/nn.yaml:89:7
%7836 = mul %7831, %6457 : f32[16] @ models/lib/nn.yaml:89:7
%7837 = mul %7832, %6459 : f32[16] @ models/lib/nn.yaml:89:7
%7838 = add %7837, %7836 : f32[16] @ models/lib/nn.yaml:89:7
%7839 = mul %7831, %7831 : f32[16] @ models/lib/nn.yaml:89:7
%7840 = mul %7839, %6463 : f32[16] @ models/lib/nn.yaml:89:7
%7841 = mul %7833, %6465 : f32[16] @ models/lib/nn.yaml:89:7
%7842 = add %7841, %7840 : f32[16] @ models/lib/nn.yaml:89:7
%7843 = cast %7835 : f64[] @ models/lib/nn.yaml:89:7
%7844 = pow %6335, %7843 : f64[] @ models/lib/nn.yaml:89:7
%7845 = sub %6316, %7844 : f64[] @ models/lib/nn.yaml:89:7
%7846 = div %4018, %7845 : f64[] @ models/lib/nn.yaml:89:7
%7847 = pow %6343, %7843 : f64[] @ models/lib/nn.yaml:89:7
%7848 = sub %6316, %7847 : f64[] @ models/lib/nn.yaml:89:7
%7849 = sqrt %7848 : f64[] @ models/lib/nn.yaml:89:7
%7850 = div %6316, %7849 : f64[] @ models/lib/nn.yaml:89:7
%7851 = sqrt %7842 : f32[16] @ models/lib/nn.yaml:89:7
%7852 = cast %7850 : f32[] @ models/lib/nn.yaml:89:7
%7853 = broadcast %7852 : f32[16] @ models/lib/nn.yaml:89:7
%7854 = mul %7851, %7853 : f32[16] @ models/lib/nn.yaml:89:7
%7855 = add %7854, %6480 : f32[16] @ models/lib/nn.yaml:89:7
%7856 = div %7838, %7855 : f32[16] @ models/lib/nn.yaml:89:7
%7857 = cast %7846 : f32[] @ models/lib/nn.yaml:89:7
%7858 = broadcast %7857 : f32[16] @ models/lib/nn.yaml:89:7
%7859 = mul %7856, %7858 : f32[16] @ models/lib/nn.yaml:89:7
%7860 = sub %35, %7859 : f32[16] @ models/lib/nn.yaml:89:7
%7861 = assign %35, %7860 : f32[16] @ models/lib/nn.yaml:89:7
%7862 = assign %7832, %7838 : f32[16] @ models/lib/nn.yaml:89:7
%7863 = assign %7833, %7842 : f32[16] @ models/lib/nn.yaml:89:7
%7864 = assign %7834, %7835 : i64[] @ models/lib/nn.yaml:89:7
%7865 = mul %113, %6491 : f32[16] @ models/lib/nn.yaml:89:7
%7866 = mul %7860, %6493 : f32[16] @ models/lib/nn.yaml:89:7
%7867 = add %7865, %7866 : f32[16] @ models/lib/nn.yaml:89:7
%7868 = assign %113, %7867 : f32[16] @ models/lib/nn.yaml:89:7
%7869 = all_reduce_sum %5873 : f32[16] @ models/lib/nn.yaml:90:7
%7870 = mul %7869, %7869 : f32[16] @ models/lib/nn.yaml:90:7
%7871 = reduce_sum %7870 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7872 = sqrt %7871 : f32[] @ models/lib/nn.yaml:90:7
%7873 = cast %7872 : f64[] @ models/lib/nn.yaml:90:7
%7874 = add %7873, %6312 : f64[] @ models/lib/nn.yaml:90:7
%7875 = div %6314, %7874 : f64[] @ models/lib/nn.yaml:90:7
%7876 = lt %7875, %6316 : bool[] @ models/lib/nn.yaml:90:7
%7877 = cast %7875 : f32[] @ models/lib/nn.yaml:90:7
%7878 = broadcast %7877 : f32[16] @ models/lib/nn.yaml:90:7
%7879 = mul %7869, %7878 : f32[16] @ models/lib/nn.yaml:90:7
%7880 = broadcast %7876 : bool[16] @ models/lib/nn.yaml:90:7
%7881 = select %7880, %7879, %7869 : f32[16] @ models/lib/nn.yaml:90:7
%7882 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7883 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7884 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7885 = add %7884, %6326 : i64[] @ models/lib/nn.yaml:90:7
%7886 = mul %7881, %6457 : f32[16] @ models/lib/nn.yaml:90:7
%7887 = mul %7882, %6459 : f32[16] @ models/lib/nn.yaml:90:7
%7888 = add %7887, %7886 : f32[16] @ models/lib/nn.yaml:90:7
%7889 = mul %7881, %7881 : f32[16] @ models/lib/nn.yaml:90:7
%7890 = mul %7889, %6463 : f32[16] @ models/lib/nn.yaml:90:7
%7891 = mul %7883, %6465 : f32[16] @ models/lib/nn.yaml:90:7
%7892 = add %7891, %7890 : f32[16] @ models/lib/nn.yaml:90:7
%7893 = cast %7885 : f64[] @ models/lib/nn.yaml:90:7
%7894 = pow %6335, %7893 : f64[] @ models/lib/nn.yaml:90:7
%7895 = sub %6316, %7894 : f64[] @ models/lib/nn.yaml:90:7
%7896 = div %4018, %7895 : f64[] @ models/lib/nn.yaml:90:7
%7897 = pow %6343, %7893 : f64[] @ models/lib/nn.yaml:90:7
%7898 = sub %6316, %7897 : f64[] @ models/lib/nn.yaml:90:7
%7899 = sqrt %7898 : f64[] @ models/lib/nn.yaml:90:7
%7900 = div %6316, %7899 : f64[] @ models/lib/nn.yaml:90:7
%7901 = sqrt %7892 : f32[16] @ models/lib/nn.yaml:90:7
%7902 = cast %7900 : f32[] @ models/lib/nn.yaml:90:7
%7903 = broadcast %7902 : f32[16] @ models/lib/nn.yaml:90:7
%7904 = mul %7901, %7903 : f32[16] @ models/lib/nn.yaml:90:7
%7905 = add %7904, %6480 : f32[16] @ models/lib/nn.yaml:90:7
%7906 = div %7888, %7905 : f32[16] @ models/lib/nn.yaml:90:7
%7907 = cast %7896 : f32[] @ models/lib/nn.yaml:90:7
%7908 = broadcast %7907 : f32[16] @ models/lib/nn.yaml:90:7
%7909 = mul %7906, %7908 : f32[16] @ models/lib/nn.yaml:90:7
%7910 = sub %36, %7909 : f32[16] @ models/lib/nn.yaml:90:7
%7911 = assign %36, %7910 : f32[16] @ models/lib/nn.yaml:90:7
%7912 = assign %7882, %7888 : f32[16] @ models/lib/nn.yaml:90:7
%7913 = assign %7883, %7892 : f32[16] @ models/lib/nn.yaml:90:7
%7914 = assign %7884, %7885 : i64[] @ models/lib/nn.yaml:90:7
%7915 = mul %114, %6491 : f32[16] @ models/lib/nn.yaml:90:7
%7916 = mul %7910, %6493 : f32[16] @ models/lib/nn.yaml:90:7
%7917 = add %7915, %7916 : f32[16] @ models/lib/nn.yaml:90:7
%7918 = assign %114, %7917 : f32[16] @ models/lib/nn.yaml:90:7
%7919 = all_reduce_sum %5867 : f32[16,16] @ models/lib/nn.yaml:79:7
%7920 = reshape %7919 : f32[256] @ models/lib/nn.yaml:79:7
%7921 = mul %7920, %7920 : f32[256] @ models/lib/nn.yaml:79:7
%7922 = reduce_sum %7921 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7923 = sqrt %7922 : f32[] @ models/lib/nn.yaml:79:7
%7924 = cast %7923 : f64[] @ models/lib/nn.yaml:79:7
%7925 = add %7924, %6312 : f64[] @ models/lib/nn.yaml:79:7
%7926 = div %6314, %7925 : f64[] @ models/lib/nn.yaml:79:7
%7927 = lt %7926, %6316 : bool[] @ models/lib/nn.yaml:79:7
%7928 = cast %7926 : f32[] @ models/lib/nn.yaml:79:7
%7929 = broadcast %7928 : f32[16,16] @ models/lib/nn.yaml:79:7
%7930 = mul %7919, %7929 : f32[16,16] @ models/lib/nn.yaml:79:7
%7931 = broadcast %7927 : bool[16,16] @ models/lib/nn.yaml:79:7
%7932 = select %7931, %7930, %7919 : f32[16,16] @ models/lib/nn.yaml:79:7
%7933 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7934 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7935 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7936 = add %7935, %6326 : i64[] @ models/lib/nn.yaml:79:7
%7937 = mul %37, %6732 : f32[16,16] @ models/lib/nn.yaml:79:7
%7938 = mul %7932, %6734 : f32[16,16] @ models/lib/nn.yaml:79:7
%7939 = mul %7933, %6736 : f32[16,16] @ models/lib/nn.yaml:79:7
%7940 = add %7939, %7938 : f32[16,16] @ models/lib/nn.yaml:79:7
%7941 = mul %7932, %7932 : f32[16,16] @ models/lib/nn.yaml:79:7
%7942 = mul %7941, %6740 : f32[16,16] @ models/lib/nn.yaml:79:7
%7943 = mul %7934, %6742 : f32[16,16] @ models/lib/nn.yaml:79:7
%7944 = add %7943, %7942 : f32[16,16] @ models/lib/nn.yaml:79:7
%7945 = cast %7936 : f64[] @ models/lib/nn.yaml:79:7
%7946 = pow %6335, %7945 : f64[] @ models/lib/nn.yaml:79:7
%7947 = sub %6316, %7946 : f64[] @ models/lib/nn.yaml:79:7
%7948 = div %4018, %7947 : f64[] @ models/lib/nn.yaml:79:7
%7949 = pow %6343, %7945 : f64[] @ models/lib/nn.yaml:79:7
%7950 = sub %6316, %7949 : f64[] @ models/lib/nn.yaml:79:7
%7951 = sqrt %7950 : f64[] @ models/lib/nn.yaml:79:7
%7952 = div %6316, %7951 : f64[] @ models/lib/nn.yaml:79:7
%7953 = sqrt %7944 : f32[16,16] @ models/lib/nn.yaml:79:7
%7954 = cast %7952 : f32[] @ models/lib/nn.yaml:79:7
%7955 = broadcast %7954 : f32[16,16] @ models/lib/nn.yaml:79:7
%7956 = mul %7953, %7955 : f32[16,16] @ models/lib/nn.yaml:79:7
%7957 = add %7956, %6757 : f32[16,16] @ models/lib/nn.yaml:79:7
%7958 = div %7940, %7957 : f32[16,16] @ models/lib/nn.yaml:79:7
%7959 = cast %7948 : f32[] @ models/lib/nn.yaml:79:7
%7960 = broadcast %7959 : f32[16,16] @ models/lib/nn.yaml:79:7
%7961 = mul %7958, %7960 : f32[16,16] @ models/lib/nn.yaml:79:7
%7962 = sub %7937, %7961 : f32[16,16] @ models/lib/nn.yaml:79:7
%7963 = assign %37, %7962 : f32[16,16] @ models/lib/nn.yaml:79:7
%7964 = assign %7933, %7940 : f32[16,16] @ models/lib/nn.yaml:79:7
%7965 = assign %7934, %7944 : f32[16,16] @ models/lib/nn.yaml:79:7
%7966 = assign %7935, %7936 : i64[] @ models/lib/nn.yaml:79:7
%7967 = mul %115, %6768 : f32[16,16] @ models/lib/nn.yaml:79:7
%7968 = mul %7962, %6770 : f32[16,16] @ models/lib/nn.yaml:79:7
%7969 = add %7967, %7968 : f32[16,16] @ models/lib/nn.yaml:79:7
%7970 = assign %115, %7969 : f32[16,16] @ models/lib/nn.yaml:79:7
%7971 = all_reduce_sum %5862 : f32[16] @ models/lib/nn.yaml:80:7
%7972 = mul %7971, %7971 : f32[16] @ models/lib/nn.yaml:80:7
%7973 = reduce_sum %7972 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7974 = sqrt %7973 : f32[] @ models/lib/nn.yaml:80:7
%7975 = cast %7974 : f64[] @ models/lib/nn.yaml:80:7
%7976 = add %7975, %6312 : f64[] @ models/lib/nn.yaml:80:7
%7977 = div %6314, %7976 : f64[] @ models/lib/nn.yaml:80:7
%7978 = lt %7977, %6316 : bool[] @ models/lib/nn.yaml:80:7
%7979 = cast %7977 : f32[] @ models/lib/nn.yaml:80:7
%7980 = broadcast %7979 : f32[16] @ models/lib/nn.yaml:80:7
%7981 = mul %7971, %7980 : f32[16] @ models/lib/nn.yaml:80:7
%7982 = broadcast %7978 : bool[16] @ models/lib/nn.yaml:80:7
%7983 = select %7982, %7981, %7971 : f32[16] @ models/lib/nn.yaml:80:7
%7984 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7985 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7986 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7987 = add %7986, %6326 : i64[] @ models/lib/nn.yaml:80:7
%7988 = mul %7983, %6457 : f32[16] @ models/lib/nn.yaml:80:7
%7989 = mul %7984, %6459 : f32[16] @ models/lib/nn.yaml:80:7
%7990 = add %7989, %7988 : f32[16] @ models/lib/nn.yaml:80:7
%7991 = mul %7983, %7983 : f32[16] @ models/lib/nn.yaml:80:7
%7992 = mul %7991, %6463 : f32[16] @ models/lib/nn.yaml:80:7
%7993 = mul %7985, %6465 : f32[16] @ models/lib/nn.yaml:80:7
%7994 = add %7993, %7992 : f32[16] @ models/lib/nn.yaml:80:7
%7995 = cast %7987 : f64[] @ models/lib/nn.yaml:80:7
%7996 = pow %6335, %7995 : f64[] @ models/lib/nn.yaml:80:7
%7997 = sub %6316, %7996 : f64[] @ models/lib/nn.yaml:80:7
%7998 = div %4018, %7997 : f64[] @ models/lib/nn.yaml:80:7
%7999 = pow %6343, %7995 : f64[] @ models/lib/nn.yaml:80:7
%8000 = sub %6316, %7999 : f64[] @ models/lib/nn.yaml:80:7
%8001 = sqrt %8000 : f64[] @ models/lib/nn.yaml:80:7
%8002 = div %6316, %8001 : f64[] @ models/lib/nn.yaml:80:7
%8003 = sqrt %7994 : f32[16] @ models/lib/nn.yaml:80:7
%8004 = cast %8002 : f32[] @ models/lib/nn.yaml:80:7
%8005 = broadcast %8004 : f32[16] @ models/lib/nn.yaml:80:7
%8006 = mul %8003, %8005 : f32[16] @ models/lib/nn.yaml:80:7
%8007 = add %8006, %6480 : f32[16] @ models/lib/nn.yaml:80:7
%8008 = div %7990, %8007 : f32[16] @ models/lib/nn.yaml:80:7
%8009 = cast %7998 : f32[] @ models/lib/nn.yaml:80:7
%8010 = broadcast %8009 : f32[16] @ models/lib/nn.yaml:80:7
%8011 = mul %8008, %8010 : f32[16] @ models/lib/nn.yaml:80:7
%8012 = sub %38, %8011 : f32[16] @ models/lib/nn.yaml:80:7
%8013 = assign %38, %8012 : f32[16] @ models/lib/nn.yaml:80:7
%8014 = assign %7984, %7990 : f32[16] @ models/lib/nn.yaml:80:7
%8015 = assign %7985, %7994 : f32[16] @ models/lib/nn.yaml:80:7
%8016 = assign %7986, %7987 : i64[] @ models/lib/nn.yaml:80:7
%8017 = mul %116, %6491 : f32[16] @ models/lib/nn.yaml:80:7
%8018 = mul %8012, %6493 : f32[16] @ models/lib/nn.yaml:80:7
%8019 = add %8017, %8018 : f32[16] @ models/lib/nn.yaml:80:7
%8020 = assign %116, %8019 : f32[16] @ models/lib/nn.yaml:80:7
%8021 = all_reduce_sum %5857 : f32[16,16] @ models/lib/nn.yaml:79:7
%8022 = reshape %8021 : f32[256] @ models/lib/nn.yaml:79:7
%8023 = mul %8022, %8022 : f32[256] @ models/lib/nn.yaml:79:7
%8024 = reduce_sum %8023 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8025 = sqrt %8024 : f32[] @ models/lib/nn.yaml:79:7
%8026 = cast %8025 : f64[] @ models/lib/nn.yaml:79:7
%8027 = add %8026, %6312 : f64[] @ models/lib/nn.yaml:79:7
%8028 = div %6314, %8027 : f64[] @ models/lib/nn.yaml:79:7
%8029 = lt %8028, %6316 : bool[] @ models/lib/nn.yaml:79:7
%8030 = cast %8028 : f32[] @ models/lib/nn.yaml:79:7
%8031 = broadcast %8030 : f32[16,16] @ models/lib/nn.yaml:79:7
%8032 = mul %8021, %8031 : f32[16,16] @ models/lib/nn.yaml:79:7
%8033 = broadcast %8029 : bool[16,16] @ models/lib/nn.yaml:79:7
%8034 = select %8033, %8032, %8021 : f32[16,16] @ models/lib/nn.yaml:79:7
%8035 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8036 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8037 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8038 = add %8037, %6326 : i64[] @ models/lib/nn.yaml:79:7
%8039 = mul %39, %6732 : f32[16,16] @ models/lib/nn.yaml:79:7
%8040 = mul %8034, %6734 : f32[16,16] @ models/lib/nn.yaml:79:7
%8041 = mul %8035, %6736 : f32[16,16] @ models/lib/nn.yaml:79:7
%8042 = add %8041, %8040 : f32[16,16] @ models/lib/nn.yaml:79:7
%8043 = mul %8034, %8034 : f32[16,16] @ models/lib/nn.yaml:79:7
%8044 = mul %8043, %6740 : f32[16,16] @ models/lib/nn.yaml:79:7
%8045 = mul %8036, %6742 : f32[16,16] @ models/lib/nn.yaml:79:7
%8046 = add %8045, %8044 : f32[16,16] @ models/lib/nn.yaml:79:7
%8047 = cast %8038 : f64[] @ models/lib/nn.yaml:79:7
%8048 = pow %6335, %8047 : f64[] @ models/lib/nn.yaml:79:7
%8049 = sub %6316, %8048 : f64[] @ models/lib/nn.yaml:79:7
%8050 = div %4018, %8049 : f64[] @ models/lib/nn.yaml:79:7
%8051 = pow %6343, %8047 : f64[] @ models/lib/nn.yaml:79:7
%8052 = sub %6316, %8051 : f64[] @ models/lib/nn.yaml:79:7
%8053 = sqrt %8052 : f64[] @ models/lib/nn.yaml:79:7
%8054 = div %6316, %8053 : f64[] @ models/lib/nn.yaml:79:7
%8055 = sqrt %8046 : f32[16,16] @ models/lib/nn.yaml:79:7
%8056 = cast %8054 : f32[] @ models/lib/nn.yaml:79:7
%8057 = broadcast %8056 : f32[16,16] @ models/lib/nn.yaml:79:7
%8058 = mul %8055, %8057 : f32[16,16] @ models/lib/nn.yaml:79:7
%8059 = add %8058, %6757 : f32[16,16] @ models/lib/nn.yaml:79:7
%8060 = div %8042, %8059 : f32[16,16] @ models/lib/nn.yaml:79:7
%8061 = cast %8050 : f32[] @ models/lib/nn.yaml:79:7
%8062 = broadcast %8061 : f32[16,16] @ models/lib/nn.yaml:79:7
%8063 = mul %8060, %8062 : f32[16,16] @ models/lib/nn.yaml:79:7
%8064 = sub %8039, %8063 : f32[16,16] @ models/lib/nn.yaml:79:7
%8065 = assign %39, %8064 : f32[16,16] @ models/lib/nn.yaml:79:7
%8066 = assign %8035, %8042 : f32[16,16] @ models/lib/nn.yaml:79:7
%8067 = assign %8036, %8046 : f32[16,16] @ models/lib/nn.yaml:79:7
%8068 = assign %8037, %8038 : i64[] @ models/lib/nn.yaml:79:7
%8069 = mul %117, %6768 : f32[16,16] @ models/lib/nn.yaml:79:7
%8070 = mul %8064, %6770 : f32[16,16] @ models/lib/nn.yaml:79:7
%8071 = add %8069, %8070 : f32[16,16] @ models/lib/nn.yaml:79:7
%8072 = assign %117, %8071 : f32[16,16] @ models/lib/nn.yaml:79:7
%8073 = all_reduce_sum %5853 : f32[16] @ models/lib/nn.yaml:80:7
%8074 = mul %8073, %8073 : f32[16] @ models/lib/nn.yaml:80:7
%8075 = reduce_sum %8074 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8076 = sqrt %8075 : f32[] @ models/lib/nn.yaml:80:7
%8077 = cast %8076 : f64[] @ models/lib/nn.yaml:80:7
%8078 = add %8077, %6312 : f64[] @ models/lib/nn.yaml:80:7
%8079 = div %6314, %8078 : f64[] @ models/lib/nn.yaml:80:7
%8080 = lt %8079, %6316 : bool[] @ models/lib/nn.yaml:80:7
%8081 = cast %8079 : f32[] @ models/lib/nn.yaml:80:7
%8082 = broadcast %8081 : f32[16] @ models/lib/nn.yaml:80:7
%8083 = mul %8073, %8082 : f32[16] @ models/lib/nn.yaml:80:7
%8084 = broadcast %8080 : bool[16] @ models/lib/nn.yaml:80:7
%8085 = select %8084, %8083, %8073 : f32[16] @ models/lib/nn.yaml:80:7
%8086 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8087 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8088 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8089 = add %8088, %6326 : i64[] @ models/lib/nn.yaml:80:7
%8090 = mul %8085, %6457 : f32[16] @ models/lib/nn.yaml:80:7
%8091 = mul %8086, %6459 : f32[16] @ models/lib/nn.yaml:80:7
%8092 = add %8091, %8090 : f32[16] @ models/lib/nn.yaml:80:7
%8093 = mul %8085, %8085 : f32[16] @ models/lib/nn.yaml:80:7
%8094 = mul %8093, %6463 : f32[16] @ models/lib/nn.yaml:80:7
%8095 = mul %8087, %6465 : f32[16] @ models/lib/nn.yaml:80:7
%8096 = add %8095, %8094 : f32[16] @ models/lib/nn.yaml:80:7
%8097 = cast %8089 : f64[] @ models/lib/nn.yaml:80:7
%8098 = pow %6335, %8097 : f64[] @ models/lib/nn.yaml:80:7
%8099 = sub %6316, %8098 : f64[] @ models/lib/nn.yaml:80:7
%8100 = div %4018, %8099 : f64[] @ models/lib/nn.yaml:80:7
%8101 = pow %6343, %8097 : f64[] @ models/lib/nn.yaml:80:7
%8102 = sub %6316, %8101 : f64[] @ models/lib/nn.yaml:80:7
%8103 = sqrt %8102 : f64[] @ models/lib/nn.yaml:80:7
%8104 = div %6316, %8103 : f64[] @ models/lib/nn.yaml:80:7
%8105 = sqrt %8096 : f32[16] @ models/lib/nn.yaml:80:7
%8106 = cast %8104 : f32[] @ models/lib/nn.yaml:80:7
%8107 = broadcast %8106 : f32[16] @ models/lib/nn.yaml:80:7
%8108 = mul %8105, %8107 : f32[16] @ models/lib/nn.yaml:80:7
%8109 = add %8108, %6480 : f32[16] @ models/lib/nn.yaml:80:7
%8110 = div %8092, %8109 : f32[16] @ models/lib/nn.yaml:80:7
%8111 = cast %8100 : f32[] @ models/lib/nn.yaml:80:7
%8112 = broadcast %8111 : f32[16] @ models/lib/nn.yaml:80:7
%8113 = mul %8110, %8112 : f32[16] @ models/lib/nn.yaml:80:7
%8114 = sub %40, %8113 : f32[16] @ models/lib/nn.yaml:80:7
%8115 = assign %40, %8114 : f32[16] @ models/lib/nn.yaml:80:7
%8116 = assign %8086, %8092 : f32[16] @ models/lib/nn.yaml:80:7
%8117 = assign %8087, %8096 : f32[16] @ models/lib/nn.yaml:80:7
%8118 = assign %8088, %8089 : i64[] @ models/lib/nn.yaml:80:7
%8119 = mul %118, %6491 : f32[16] @ models/lib/nn.yaml:80:7
%8120 = mul %8114, %6493 : f32[16] @ models/lib/nn.yaml:80:7
%8121 = add %8119, %8120 : f32[16] @ models/lib/nn.yaml:80:7
%8122 = assign %118, %8121 : f32[16] @ models/lib/nn.yaml:80:7
%8123 = all_reduce_sum %5847 : f32[16,16] @ models/lib/nn.yaml:79:7
%8124 = reshape %8123 : f32[256] @ models/lib/nn.yaml:79:7
%8125 = mul %8124, %8124 : f32[256] @ models/lib/nn.yaml:79:7
%8126 = reduce_sum %8125 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8127 = sqrt %8126 : f32[] @ models/lib/nn.yaml:79:7
%8128 = cast %8127 : f64[] @ models/lib/nn.yaml:79:7
%8129 = add %8128, %6312 : f64[] @ models/lib/nn.yaml:79:7
%8130 = div %6314, %8129 : f64[] @ models/lib/nn.yaml:79:7
%8131 = lt %8130, %6316 : bool[] @ models/lib/nn.yaml:79:7
%8132 = cast %8130 : f32[] @ models/lib/nn.yaml:79:7
%8133 = broadcast %8132 : f32[16,16] @ models/lib/nn.yaml:79:7
%8134 = mul %8123, %8133 : f32[16,16] @ models/lib/nn.yaml:79:7
%8135 = broadcast %8131 : bool[16,16] @ models/lib/nn.yaml:79:7
%8136 = select %8135, %8134, %8123 : f32[16,16] @ models/lib/nn.yaml:79:7
%8137 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8138 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8139 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8140 = add %8139, %6326 : i64[] @ models/lib/nn.yaml:79:7
%8141 = mul %41, %6732 : f32[16,16] @ models/lib/nn.yaml:79:7
%8142 = mul %8136, %6734 : f32[16,16] @ models/lib/nn.yaml:79:7
%8143 = mul %8137, %6736 : f32[16,16] @ models/lib/nn.yaml:79:7
%8144 = add %8143, %8142 : f32[16,16] @ models/lib/nn.yaml:79:7
%8145 = mul %8136, %8136 : f32[16,16] @ models/lib/nn.yaml:79:7
%8146 = mul %8145, %6740 : f32[16,16] @ models/lib/nn.yaml:79:7
%8147 = mul %8138, %6742 : f32[16,16] @ models/lib/nn.yaml:79:7
%8148 = add %8147, %8146 : f32[16,16] @ models/lib/nn.yaml:79:7
%8149 = cast %8140 : f64[] @ models/lib/nn.yaml:79:7
%8150 = pow %6335, %8149 : f64[] @ models/lib/nn.yaml:79:7
%8151 = sub %6316, %8150 : f64[] @ models/lib/nn.yaml:79:7
%8152 = div %4018, %8151 : f64[] @ models/lib/nn.yaml:79:7
%8153 = pow %6343, %8149 : f64[] @ models/lib/nn.yaml:79:7
%8154 = sub %6316, %8153 : f64[] @ models/lib/nn.yaml:79:7
%8155 = sqrt %8154 : f64[] @ models/lib/nn.yaml:79:7
%8156 = div %6316, %8155 : f64[] @ models/lib/nn.yaml:79:7
%8157 = sqrt %8148 : f32[16,16] @ models/lib/nn.yaml:79:7
%8158 = cast %8156 : f32[] @ models/lib/nn.yaml:79:7
%8159 = broadcast %8158 : f32[16,16] @ models/lib/nn.yaml:79:7
%8160 = mul %8157, %8159 : f32[16,16] @ models/lib/nn.yaml:79:7
%8161 = add %8160, %6757 : f32[16,16] @ models/lib/nn.yaml:79:7
%8162 = div %8144, %8161 : f32[16,16] @ models/lib/nn.yaml:79:7
%8163 = cast %8152 : f32[] @ models/lib/nn.yaml:79:7
%8164 = broadcast %8163 : f32[16,16] @ models/lib/nn.yaml:79:7
%8165 = mul %8162, %8164 : f32[16,16] @ models/lib/nn.yaml:79:7
%8166 = sub %8141, %8165 : f32[16,16] @ models/lib/nn.yaml:79:7
%8167 = assign %41, %8166 : f32[16,16] @ models/lib/nn.yaml:79:7
%8168 = assign %8137, %8144 : f32[16,16] @ models/lib/nn.yaml:79:7
%8169 = assign %8138, %8148 : f32[16,16] @ models/lib/nn.yaml:79:7
%8170 = assign %8139, %8140 : i64[] @ models/lib/nn.yaml:79:7
%8171 = mul %119, %6768 : f32[16,16] @ models/lib/nn.yaml:79:7
%8172 = mul %8166, %6770 : f32[16,16] @ models/lib/nn.yaml:79:7
%8173 = add %8171, %8172 : f32[16,16] @ models/lib/nn.yaml:79:7
%8174 = assign %119, %8173 : f32[16,16] @ models/lib/nn.yaml:79:7
%8175 = all_reduce_sum %5843 : f32[16] @ models/lib/nn.yaml:80:7
%8176 = mul %8175, %8175 : f32[16] @ models/lib/nn.yaml:80:7
%8177 = reduce_sum %8176 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8178 = sqrt %8177 : f32[] @ models/lib/nn.yaml:80:7
%8179 = cast %8178 : f64[] @ models/lib/nn.yaml:80:7
%8180 = add %8179, %6312 : f64[] @ models/lib/nn.yaml:80:7
%8181 = div %6314, %8180 : f64[] @ models/lib/nn.yaml:80:7
%8182 = lt %8181, %6316 : bool[] @ models/lib/nn.yaml:80:7
%8183 = cast %8181 : f32[] @ models/lib/nn.yaml:80:7
%8184 = broadcast %8183 : f32[16] @ models/lib/nn.yaml:80:7
%8185 = mul %8175, %8184 : f32[16] @ models/lib/nn.yaml:80:7
%8186 = broadcast %8182 : bool[16] @ models/lib/nn.yaml:80:7
%8187 = select %8186, %8185, %8175 : f32[16] @ models/lib/nn.yaml:80:7
%8188 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8189 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8190 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8191 = add %8190, %6326 : i64[] @ models/lib/nn.yaml:80:7
%8192 = mul %8187, %6457 : f32[16] @ models/lib/nn.yaml:80:7
%8193 = mul %8188, %6459 : f32[16] @ models/lib/nn.yaml:80:7
%8194 = add %8193, %8192 : f32[16] @ models/lib/nn.yaml:80:7
%8195 = mul %8187, %8187 : f32[16] @ models/lib/nn.yaml:80:7
%8196 = mul %8195, %6463 : f32[16] @ models/lib/nn.yaml:80:7
%8197 = mul %8189, %6465 : f32[16] @ models/lib/nn.yaml:80:7
%8198 = add %8197, %8196 : f32[16] @ models/lib/nn.yaml:80:7
%8199 = cast %8191 : f64[] @ models/lib/nn.yaml:80:7
%8200 = pow %6335, %8199 : f64[] @ models/lib/nn.yaml:80:7
%8201 = sub %6316, %8200 : f64[] @ models/lib/nn.yaml:80:7
%8202 = div %4018, %8201 : f64[] @ models/lib/nn.yaml:80:7
%8203 = pow %6343, %8199 : f64[] @ models/lib/nn.yaml:80:7
%8204 = sub %6316, %8203 : f64[] @ models/lib/nn.yaml:80:7
%8205 = sqrt %8204 : f64[] @ models/lib/nn.yaml:80:7
%8206 = div %6316, %8205 : f64[] @ models/lib/nn.yaml:80:7
%8207 = sqrt %8198 : f32[16] @ models/lib/nn.yaml:80:7
%8208 = cast %8206 : f32[] @ models/lib/nn.yaml:80:7
%8209 = broadcast %8208 : f32[16] @ models/lib/nn.yaml:80:7
%8210 = mul %8207, %8209 : f32[16] @ models/lib/nn.yaml:80:7
%8211 = add %8210, %6480 : f32[16] @ models/lib/nn.yaml:80:7
%8212 = div %8194, %8211 : f32[16] @ models/lib/nn.yaml:80:7
%8213 = cast %8202 : f32[] @ models/lib/nn.yaml:80:7
%8214 = broadcast %8213 : f32[16] @ models/lib/nn.yaml:80:7
%8215 = mul %8212, %8214 : f32[16] @ models/lib/nn.yaml:80:7
%8216 = sub %42, %8215 : f32[16] @ models/lib/nn.yaml:80:7
%8217 = assign %42, %8216 : f32[16] @ models/lib/nn.yaml:80:7
%8218 = assign %8188, %8194 : f32[16] @ models/lib/nn.yaml:80:7
%8219 = assign %8189, %8198 : f32[16] @ models/lib/nn.yaml:80:7
%8220 = assign %8190, %8191 : i64[] @ models/lib/nn.yaml:80:7
%8221 = mul %120, %6491 : f32[16] @ models/lib/nn.yaml:80:7
%8222 = mul %8216, %6493 : f32[16] @ models/lib/nn.yaml:80:7
%8223 = add %8221, %8222 : f32[16] @ models/lib/nn.yaml:80:7
%8224 = assign %120, %8223 : f32[16] @ models/lib/nn.yaml:80:7
%8225 = all_reduce_sum %5720 : f32[16,16] @ models/lib/nn.yaml:79:7
%8226 = reshape %8225 : f32[256] @ models/lib/nn.yaml:79:7
%8227 = mul %8226, %8226 : f32[256] @ models/lib/nn.yaml:79:7
%8228 = reduce_sum %8227 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8229 = sqrt %8228 : f32[] @ models/lib/nn.yaml:79:7
%8230 = cast %8229 : f64[] @ models/lib/nn.yaml:79:7
%8231 = add %8230, %6312 : f64[] @ models/lib/nn.yaml:79:7
%8232 = div %6314, %8231 : f64[] @ models/lib/nn.yaml:79:7
%8233 = lt %8232, %6316 : bool[] @ models/lib/nn.yaml:79:7
%8234 = cast %8232 : f32[] @ models/lib/nn.yaml:79:7
%8235 = broadcast %8234 : f32[16,16] @ models/lib/nn.yaml:79:7
%8236 = mul %8225, %8235 : f32[16,16] @ models/lib/nn.yaml:79:7
%8237 = broadcast %8233 : bool[16,16] @ models/lib/nn.yaml:79:7
%8238 = select %8237, %8236, %8225 : f32[16,16] @ models/lib/nn.yaml:79:7
%8239 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8240 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8241 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8242 = add %8241, %6326 : i64[] @ models/lib/nn.yaml:79:7
%8243 = mul %43, %6732 : f32[16,16] @ models/lib/nn.yaml:79:7
%8244 = mul %8238, %6734 : f32[16,16] @ models/lib/nn.yaml:79:7
%8245 = mul %8239, %6736 : f32[16,16] @ models/lib/nn.yaml:79:7
%8246 = add %8245, %8244 : f32[16,16] @ models/lib/nn.yaml:79:7
%8247 = mul %8238, %8238 : f32[16,16] @ models/lib/nn.yaml:79:7
%8248 = mul %8247, %6740 : f32[16,16] @ models/lib/nn.yaml:79:7
%8249 = mul %8240, %6742 : f32[16,16] @ models/lib/nn.yaml:79:7
%8250 = add %8249, %8248 : f32[16,16] @ models/lib/nn.yaml:79:7
%8251 = cast %8242 : f64[] @ models/lib/nn.yaml:79:7
%8252 = pow %6335, %8251 : f64[] @ models/lib/nn.yaml:79:7
%8253 = sub %6316, %8252 : f64[] @ models/lib/nn.yaml:79:7
%8254 = div %4018, %8253 : f64[] @ models/lib/nn.yaml:79:7
%8255 = pow %6343, %8251 : f64[] @ models/lib/nn.yaml:79:7
%8256 = sub %6316, %8255 : f64[] @ models/lib/nn.yaml:79:7
%8257 = sqrt %8256 : f64[] @ models/lib/nn.yaml:79:7
%8258 = div %6316, %8257 : f64[] @ models/lib/nn.yaml:79:7
%8259 = sqrt %8250 : f32[16,16] @ models/lib/nn.yaml:79:7
%8260 = cast %8258 : f32[] @ models/lib/nn.yaml:79:7
%8261 = broadcast %8260 : f32[16,16] @ models/lib/nn.yaml:79:7
%8262 = mul %8259, %8261 : f32[16,16] @ models/lib/nn.yaml:79:7
%8263 = add %8262, %6757 : f32[16,16] @ models/lib/nn.yaml:79:7
%8264 = div %8246, %8263 : f32[16,16] @ models/lib/nn.yaml:79:7
%8265 = cast %8254 : f32[] @ models/lib/nn.yaml:79:7
%8266 = broadcast %8265 : f32[16,16] @ models/lib/nn.yaml:79:7
%8267 = mul %8264, %8266 : f32[16,16] @ models/lib/nn.yaml:79:7
%8268 = sub %8243, %8267 : f32[16,16] @ models/lib/nn.yaml:79:7
%8269 = assign %43, %8268 : f32[16,16] @ models/lib/nn.yaml:79:7
%8270 = assign %8239, %8246 : f32[16,16] @ models/lib/nn.yaml:79:7
%8271 = assign %8240, %8250 : f32[16,16] @ models/lib/nn.yaml:79:7
%8272 = assign %8241, %8242 : i64[] @ models/lib/nn.yaml:79:7
%8273 = mul %121, %6768 : f32[16,16] @ models/lib/nn.yaml:79:7
%8274 = mul %8268, %6770 : f32[16,16] @ models/lib/nn.yaml:79:7
%8275 = add %8273, %8274 : f32[16,16] @ models/lib/nn.yaml:79:7
%8276 = assign %121, %8275 : f32[16,16] @ models/lib/nn.yaml:79:7
%8277 = all_reduce_sum %5715 : f32[16] @ models/lib/nn.yaml:80:7
%8278 = mul %8277, %8277 : f32[16] @ models/lib/nn.yaml:80:7
%8279 = reduce_sum %8278 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8280 = sqrt %8279 : f32[] @ models/lib/nn.yaml:80:7
%8281 = cast %8280 : f64[] @ models/lib/nn.yaml:80:7
%8282 = add %8281, %6312 : f64[] @ models/lib/nn.yaml:80:7
%8283 = div %6314, %8282 : f64[] @ models/lib/nn.yaml:80:7
%8284 = lt %8283, %6316 : bool[] @ models/lib/nn.yaml:80:7
%8285 = cast %8283 : f32[] @ models/lib/nn.yaml:80:7
%8286 = broadcast %8285 : f32[16] @ models/lib/nn.yaml:80:7
%8287 = mul %8277, %8286 : f32[16] @ models/lib/nn.yaml:80:7
%8288 = broadcast %8284 : bool[16] @ models/lib/nn.yaml:80:7
%8289 = select %8288, %8287, %8277 : f32[16] @ models/lib/nn.yaml:80:7
%8290 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8291 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8292 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8293 = add %8292, %6326 : i64[] @ models/lib/nn.yaml:80:7
%8294 = mul %8289, %6457 : f32[16] @ models/lib/nn.yaml:80:7
%8295 = mul %8290, %6459 : f32[16] @ models/lib/nn.yaml:80:7
%8296 = add %8295, %8294 : f32[16] @ models/lib/nn.yaml:80:7
%8297 = mul %8289, %8289 : f32[16] @ models/lib/nn.yaml:80:7
%8298 = mul %8297, %6463 : f32[16] @ models/lib/nn.yaml:80:7
%8299 = mul %8291, %6465 : f32[16] @ models/lib/nn.yaml:80:7
%8300 = add %8299, %8298 : f32[16] @ models/lib/nn.yaml:80:7
%8301 = cast %8293 : f64[] @ models/lib/nn.yaml:80:7
%8302 = pow %6335, %8301 : f64[] @ models/lib/nn.yaml:80:7
%8303 = sub %6316, %8302 : f64[] @ models/lib/nn.yaml:80:7
%8304 = div %4018, %8303 : f64[] @ models/lib/nn.yaml:80:7
%8305 = pow %6343, %8301 : f64[] @ models/lib/nn.yaml:80:7
%8306 = sub %6316, %8305 : f64[] @ models/lib/nn.yaml:80:7
%8307 = sqrt %8306 : f64[] @ models/lib/nn.yaml:80:7
%8308 = div %6316, %8307 : f64[] @ models/lib/nn.yaml:80:7
%8309 = sqrt %8300 : f32[16] @ models/lib/nn.yaml:80:7
%8310 = cast %8308 : f32[] @ models/lib/nn.yaml:80:7
%8311 = broadcast %8310 : f32[16] @ models/lib/nn.yaml:80:7
%8312 = mul %8309, %8311 : f32[16] @ models/lib/nn.yaml:80:7
%8313 = add %8312, %6480 : f32[16] @ models/lib/nn.yaml:80:7
%8314 = div %8296, %8313 : f32[16] @ models/lib/nn.yaml:80:7
%8315 = cast %8304 : f32[] @ models/lib/nn.yaml:80:7
%8316 = broadcast %8315 : f32[16] @ models/lib/nn.yaml:80:7
%8317 = mul %8314, %8316 : f32[16] @ models/lib/nn.yaml:80:7
%8318 = sub %44, %8317 : f32[16] @ models/lib/nn.yaml:80:7
%8319 = assign %44, %8318 : f32[16] @ models/lib/nn.yaml:80:7
%8320 = assign %8290, %8296 : f32[16] @ models/lib/nn.yaml:80:7
%8321 = assign %8291, %8300 : f32[16] @ models/lib/nn.yaml:80:7
%8322 = assign %8292, %8293 : i64[] @ models/lib/nn.yaml:80:7
%8323 = mul %122, %6491 : f32[16] @ models/lib/nn.yaml:80:7
%8324 = mul %8318, %6493 : f32[16] @ models/lib/nn.yaml:80:7
%8325 = add %8323, %8324 : f32[16] @ models/lib/nn.yaml:80:7
%8326 = assign %122, %8325 : f32[16] @ models/lib/nn.yaml:80:7
%8327 = all_reduce_sum %5694 : f32[16] @ models/lib/nn.yaml:89:7
%8328 = mul %8327, %8327 : f32[16] @ models/lib/nn.yaml:89:7
%8329 = reduce_sum %8328 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8330 = sqrt %8329 : f32[] @ models/lib/nn.yaml:89:7
%8331 = cast %8330 : f64[] @ models/lib/nn.yaml:89:7
%8332 = add %8331, %6312 : f64[] @ models/lib/nn.yaml:89:7
%8333 = div %6314, %8332 : f64[] @ models/lib/nn.yaml:89:7
%8334 = lt %8333, %6316 : bool[] @ models/lib/nn.yaml:89:7
%8335 = cast %8333 : f32[] @ models/lib/nn.yaml:89:7
%8336 = broadcast %8335 : f32[16] @ models/lib/nn.yaml:89:7
%8337 = mul %8327, %8336 : f32[16] @ models/lib/nn.yaml:89:7
%8338 = broadcast %8334 : bool[16] @ models/lib/nn.yaml:89:7
%8339 = select %8338, %8337, %8327 : f32[16] @ models/lib/nn.yaml:89:7
%8340 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8341 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8342 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8343 = add %8342, %6326 : i64[] @ models/lib/nn.yaml:89:7
%8344 = mul %8339, %6457 : f32[16] @ models/lib/nn.yaml:89:7
%8345 = mul %8340, %6459 : f32[16] @ models/lib/nn.yaml:89:7
%8346 = add %8345, %8344 : f32[16] @ models/lib/nn.yaml:89:7
%8347 = mul %8339, %8339 : f32[16] @ models/lib/nn.yaml:89:7
%8348 = mul %8347, %6463 : f32[16] @ models/lib/nn.yaml:89:7
%8349 = mul %8341, %6465 : f32[16] @ models/lib/nn.yaml:89:7
%8350 = add %8349, %8348 : f32[16] @ models/lib/nn.yaml:89:7
%8351 = cast %8343 : f64[] @ models/lib/nn.yaml:89:7
%8352 = pow %6335, %8351 : f64[] @ models/lib/nn.yaml:89:7
%8353 = sub %6316, %8352 : f64[] @ models/lib/nn.yaml:89:7
%8354 = div %4018, %8353 : f64[] @ models/lib/nn.yaml:89:7
%8355 = pow %6343, %8351 : f64[] @ models/lib/nn.yaml:89:7
%8356 = sub %6316, %8355 : f64[] @ models/lib/nn.yaml:89:7
%8357 = sqrt %8356 : f64[] @ models/lib/nn.yaml:89:7
%8358 = div %6316, %8357 : f64[] @ models/lib/nn.yaml:89:7
%8359 = sqrt %8350 : f32[16] @ models/lib/nn.yaml:89:7
%8360 = cast %8358 : f32[] @ models/lib/nn.yaml:89:7
%8361 = broadcast %8360 : f32[16] @ models/lib/nn.yaml:89:7
%8362 = mul %8359, %8361 : f32[16] @ models/lib/nn.yaml:89:7
%8363 = add %8362, %6480 : f32[16] @ models/lib/nn.yaml:89:7
%8364 = div %8346, %8363 : f32[16] @ models/lib/nn.yaml:89:7
%8365 = cast %8354 : f32[] @ models/lib/nn.yaml:89:7
%8366 = broadcast %8365 : f32[16] @ models/lib/nn.yaml:89:7
%8367 = mul %8364, %8366 : f32[16] @ models/lib/nn.yaml:89:7
%8368 = sub %45, %8367 : f32[16] @ models/lib/nn.yaml:89:7
%8369 = assign %45, %8368 : f32[16] @ models/lib/nn.yaml:89:7
%8370 = assign %8340, %8346 : f32[16] @ models/lib/nn.yaml:89:7
%8371 = assign %8341, %8350 : f32[16] @ models/lib/nn.yaml:89:7
%8372 = assign %8342, %8343 : i64[] @ models/lib/nn.yaml:89:7
%8373 = mul %123, %6491 : f32[16] @ models/lib/nn.yaml:89:7
%8374 = mul %8368, %6493 : f32[16] @ models/lib/nn.yaml:89:7
%8375 = add %8373, %8374 : f32[16] @ models/lib/nn.yaml:89:7
%8376 = assign %123, %8375 : f32[16] @ models/lib/nn.yaml:89:7
%8377 = all_reduce_sum %5689 : f32[16] @ models/lib/nn.yaml:90:7
%8378 = mul %8377, %8377 : f32[16] @ models/lib/nn.yaml:90:7
%8379 = reduce_sum %8378 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8380 = sqrt %8379 : f32[] @ models/lib/nn.yaml:90:7
%8381 = cast %8380 : f64[] @ models/lib/nn.yaml:90:7
%8382 = add %8381, %6312 : f64[] @ models/lib/nn.yaml:90:7
%8383 = div %6314, %8382 : f64[] @ models/lib/nn.yaml:90:7
%8384 = lt %8383, %6316 : bool[] @ models/lib/nn.yaml:90:7
%8385 = cast %8383 : f32[] @ models/lib/nn.yaml:90:7
%8386 = broadcast %8385 : f32[16] @ models/lib/nn.yaml:90:7
%8387 = mul %8377, %8386 : f32[16] @ models/lib/nn.yaml:90:7
%8388 = broadcast %8384 : bool[16] @ models/lib/nn.yaml:90:7
%8389 = select %8388, %8387, %8377 : f32[16] @ models/lib/nn.yaml:90:7
%8390 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8391 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8392 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8393 = add %8392, %6326 : i64[] @ models/lib/nn.yaml:90:7
%8394 = mul %8389, %6457 : f32[16] @ models/lib/nn.yaml:90:7
%8395 = mul %8390, %6459 : f32[16] @ models/lib/nn.yaml:90:7
%8396 = add %8395, %8394 : f32[16] @ models/lib/nn.yaml:90:7
%8397 = mul %8389, %8389 : f32[16] @ models/lib/nn.yaml:90:7
%8398 = mul %8397, %6463 : f32[16] @ models/lib/nn.yaml:90:7
%8399 = mul %8391, %6465 : f32[16] @ models/lib/nn.yaml:90:7
%8400 = add %8399, %8398 : f32[16] @ models/lib/nn.yaml:90:7
%8401 = cast %8393 : f64[] @ models/lib/nn.yaml:90:7
%8402 = pow %6335, %8401 : f64[] @ models/lib/nn.yaml:90:7
%8403 = sub %6316, %8402 : f64[] @ models/lib/nn.yaml:90:7
%8404 = div %4018, %8403 : f64[] @ models/lib/nn.yaml:90:7
%8405 = pow %6343, %8401 : f64[] @ models/lib/nn.yaml:90:7
%8406 = sub %6316, %8405 : f64[] @ models/lib/nn.yaml:90:7
%8407 = sqrt %8406 : f64[] @ models/lib/nn.yaml:90:7
%8408 = div %6316, %8407 : f64[] @ models/lib/nn.yaml:90:7
%8409 = sqrt %8400 : f32[16] @ models/lib/nn.yaml:90:7
%8410 = cast %8408 : f32[] @ models/lib/nn.yaml:90:7
%8411 = broadcast %8410 : f32[16] @ models/lib/nn.yaml:90:7
%8412 = mul %8409, %8411 : f32[16] @ models/lib/nn.yaml:90:7
%8413 = add %8412, %6480 : f32[16] @ models/lib/nn.yaml:90:7
%8414 = div %8396, %8413 : f32[16] @ models/lib/nn.yaml:90:7
%8415 = cast %8404 : f32[] @ models/lib/nn.yaml:90:7
%8416 = broadcast %8415 : f32[16] @ models/lib/nn.yaml:90:7
%8417 = mul %8414, %8416 : f32[16] @ models/lib/nn.yaml:90:7
%8418 = sub %46, %8417 : f32[16] @ models/lib/nn.yaml:90:7
%8419 = assign %46, %8418 : f32[16] @ models/lib/nn.yaml:90:7
%8420 = assign %8390, %8396 : f32[16] @ models/lib/nn.yaml:90:7
%8421 = assign %8391, %8400 : f32[16] @ models/lib/nn.yaml:90:7
%8422 = assign %8392, %8393 : i64[] @ models/lib/nn.yaml:90:7
%8423 = mul %124, %6491 : f32[16] @ models/lib/nn.yaml:90:7
%8424 = mul %8418, %6493 : f32[16] @ models/lib/nn.yaml:90:7
%8425 = add %8423, %8424 : f32[16] @ models/lib/nn.yaml:90:7
%8426 = assign %124, %8425 : f32[16] @ models/lib/nn.yaml:90:7
%8427 = all_reduce_sum %5686 : f32[64,16] @ models/lib/nn.yaml:79:7
%8428 = reshape %8427 : f32[1024] @ models/lib/nn.yaml:79:7
%8429 = mul %8428, %8428 : f32[1024] @ models/lib/nn.yaml:79:7
%8430 = reduce_sum %8429 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8431 = sqrt %8430 : f32[] @ models/lib/nn.yaml:79:7
%8432 = cast %8431 : f64[] @ models/lib/nn.yaml:79:7
%8433 = add %8432, %6312 : f64[] @ models/lib/nn.yaml:79:7
%8434 = div %6314, %8433 : f64[] @ models/lib/nn.yaml:79:7
%8435 = lt %8434, %6316 : bool[] @ models/lib/nn.yaml:79:7
%8436 = cast %8434 : f32[] @ models/lib/nn.yaml:79:7
%8437 = broadcast %8436 : f32[64,16] @ models/lib/nn.yaml:79:7
%8438 = mul %8427, %8437 : f32[64,16] @ models/lib/nn.yaml:79:7
%8439 = broadcast %8435 : bool[64,16] @ models/lib/nn.yaml:79:7
%8440 = select %8439, %8438, %8427 : f32[64,16] @ models/lib/nn.yaml:79:7
%8441 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8442 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8443 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8444 = add %8443, %6326 : i64[] @ models/lib/nn.yaml:79:7
%8445 = mul %47, %6942 : f32[64,16] @ models/lib/nn.yaml:79:7
%8446 = mul %8440, %6944 : f32[64,16] @ models/lib/nn.yaml:79:7
%8447 = mul %8441, %6946 : f32[64,16] @ models/lib/nn.yaml:79:7
%8448 = add %8447, %8446 : f32[64,16] @ models/lib/nn.yaml:79:7
%8449 = mul %8440, %8440 : f32[64,16] @ models/lib/nn.yaml:79:7
%8450 = mul %8449, %6950 : f32[64,16] @ models/lib/nn.yaml:79:7
%8451 = mul %8442, %6952 : f32[64,16] @ models/lib/nn.yaml:79:7
%8452 = add %8451, %8450 : f32[64,16] @ models/lib/nn.yaml:79:7
%8453 = cast %8444 : f64[] @ models/lib/nn.yaml:79:7
%8454 = pow %6335, %8453 : f64[] @ models/lib/nn.yaml:79:7
%8455 = sub %6316, %8454 : f64[] @ models/lib/nn.yaml:79:7
%8456 = div %4018, %8455 : f64[] @ models/lib/nn.yaml:79:7
%8457 = pow %6343, %8453 : f64[] @ models/lib/nn.yaml:79:7
%8458 = sub %6316, %8457 : f64[] @ models/lib/nn.yaml:79:7
%8459 = sqrt %8458 : f64[] @ models/lib/nn.yaml:79:7
%8460 = div %6316, %8459 : f64[] @ models/lib/nn.yaml:79:7
%8461 = sqrt %8452 : f32[64,16] @ models/lib/nn.yaml:79:7
%8462 = cast %8460 : f32[] @ models/lib/nn.yaml:79:7
%8463 = broadcast %8462 : f32[64,16] @ models/lib/nn.yaml:79:7
%8464 = mul %8461, %8463 : f32[64,16] @ models/lib/nn.yaml:79:7
%8465 = add %8464, %6967 : f32[64,16] @ models/lib/nn.yaml:79:7
%8466 = div %8448, %8465 : f32[64,16] @ models/lib/nn.yaml:79:7
%8467 = cast %8456 : f32[] @ models/lib/nn.yaml:79:7
%8468 = broadcast %8467 : f32[64,16] @ models/lib/nn.yaml:79:7
%8469 = mul %8466, %8468 : f32[64,16] @ models/lib/nn.yaml:79:7
%8470 = sub %8445, %8469 : f32[64,16] @ models/lib/nn.yaml:79:7
%8471 = assign %47, %8470 : f32[64,16] @ models/lib/nn.yaml:79:7
%8472 = assign %8441, %8448 : f32[64,16] @ models/lib/nn.yaml:79:7
%8473 = assign %8442, %8452 : f32[64,16] @ models/lib/nn.yaml:79:7
%8474 = assign %8443, %8444 : i64[] @ models/lib/nn.yaml:79:7
%8475 = mul %125, %6978 : f32[64,16] @ models/lib/nn.yaml:79:7
%8476 = mul %8470, %6980 : f32[64,16] @ models/lib/nn.yaml:79:7
%8477 = add %8475, %8476 : f32[64,16] @ models/lib/nn.yaml:79:7
%8478 = assign %125, %8477 : f32[64,16] @ models/lib/nn.yaml:79:7
%8479 = all_reduce_sum %5681 : f32[64] @ models/lib/nn.yaml:80:7
%8480 = mul %8479, %8479 : f32[64] @ models/lib/nn.yaml:80:7
%8481 = reduce_sum %8480 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8482 = sqrt %8481 : f32[] @ models/lib/nn.yaml:80:7
%8483 = cast %8482 : f64[] @ models/lib/nn.yaml:80:7
%8484 = add %8483, %6312 : f64[] @ models/lib/nn.yaml:80:7
%8485 = div %6314, %8484 : f64[] @ models/lib/nn.yaml:80:7
%8486 = lt %8485, %6316 : bool[] @ models/lib/nn.yaml:80:7
%8487 = cast %8485 : f32[] @ models/lib/nn.yaml:80:7
%8488 = broadcast %8487 : f32[64] @ models/lib/nn.yaml:80:7
%8489 = mul %8479, %8488 : f32[64] @ models/lib/nn.yaml:80:7
%8490 = broadcast %8486 : bool[64] @ models/lib/nn.yaml:80:7
%8491 = select %8490, %8489, %8479 : f32[64] @ models/lib/nn.yaml:80:7
%8492 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8493 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8494 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8495 = add %8494, %6326 : i64[] @ models/lib/nn.yaml:80:7
%8496 = mul %8491, %7001 : f32[64] @ models/lib/nn.yaml:80:7
%8497 = mul %8492, %7003 : f32[64] @ models/lib/nn.yaml:80:7
%8498 = add %8497, %8496 : f32[64] @ models/lib/nn.yaml:80:7
%8499 = mul %8491, %8491 : f32[64] @ models/lib/nn.yaml:80:7
%8500 = mul %8499, %7007 : f32[64] @ models/lib/nn.yaml:80:7
%8501 = mul %8493, %7009 : f32[64] @ models/lib/nn.yaml:80:7
%8502 = add %8501, %8500 : f32[64] @ models/lib/nn.yaml:80:7
%8503 = cast %8495 : f64[] @ models/lib/nn.yaml:80:7
%8504 = pow %6335, %8503 : f64[] @ models/lib/nn.yaml:80:7
%8505 = sub %6316, %8504 : f64[] @ models/lib/nn.yaml:80:7
%8506 = div %4018, %8505 : f64[] @ models/lib/nn.yaml:80:7
%8507 = pow %6343, %8503 : f64[] @ models/lib/nn.yaml:80:7
%8508 = sub %6316, %8507 : f64[] @ models/lib/nn.yaml:80:7
%8509 = sqrt %8508 : f64[] @ models/lib/nn.yaml:80:7
%8510 = div %6316, %8509 : f64[] @ models/lib/nn.yaml:80:7
%8511 = sqrt %8502 : f32[64] @ models/lib/nn.yaml:80:7
%8512 = cast %8510 : f32[] @ models/lib/nn.yaml:80:7
%8513 = broadcast %8512 : f32[64] @ models/lib/nn.yaml:80:7
%8514 = mul %8511, %8513 : f32[64] @ models/lib/nn.yaml:80:7
%8515 = add %8514, %7024 : f32[64] @ models/lib/nn.yaml:80:7
%8516 = div %8498, %8515 : f32[64] @ models/lib/nn.yaml:80:7
%8517 = cast %8506 : f32[] @ models/lib/nn.yaml:80:7
%8518 = broadcast %8517 : f32[64] @ models/lib/nn.yaml:80:7
%8519 = mul %8516, %8518 : f32[64] @ models/lib/nn.yaml:80:7
%8520 = sub %48, %8519 : f32[64] @ models/lib/nn.yaml:80:7
%8521 = assign %48, %8520 : f32[64] @ models/lib/nn.yaml:80:7
%8522 = assign %8492, %8498 : f32[64] @ models/lib/nn.yaml:80:7
%8523 = assign %8493, %8502 : f32[64] @ models/lib/nn.yaml:80:7
%8524 = assign %8494, %8495 : i64[] @ models/lib/nn.yaml:80:7
%8525 = mul %126, %7035 : f32[64] @ models/lib/nn.yaml:80:7
%8526 = mul %8520, %7037 : f32[64] @ models/lib/nn.yaml:80:7
%8527 = add %8525, %8526 : f32[64] @ models/lib/nn.yaml:80:7
%8528 = assign %126, %8527 : f32[64] @ models/lib/nn.yaml:80:7
%8529 = all_reduce_sum %5663 : f32[16,64] @ models/lib/nn.yaml:79:7
%8530 = reshape %8529 : f32[1024] @ models/lib/nn.yaml:79:7
%8531 = mul %8530, %8530 : f32[1024] @ models/lib/nn.yaml:79:7
%8532 = reduce_sum %8531 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8533 = sqrt %8532 : f32[] @ models/lib/nn.yaml:79:7
%8534 = cast %8533 : f64[] @ models/lib/nn.yaml:79:7
%8535 = add %8534, %6312 : f64[] @ models/lib/nn.yaml:79:7
%8536 = div %6314, %8535 : f64[] @ models/lib/nn.yaml:79:7
%8537 = lt %8536, %6316 : bool[] @ models/lib/nn.yaml:79:7
%8538 = cast %8536 : f32[] @ models/lib/nn.yaml:79:7
%8539 = broadcast %8538 : f32[16,64] @ models/lib/nn.yaml:79:7
%8540 = mul %8529, %8539 : f32[16,64] @ models/lib/nn.yaml:79:7
%8541 = broadcast %8537 : bool[16,64] @ models/lib/nn.yaml:79:7
%8542 = select %8541, %8540, %8529 : f32[16,64] @ models/lib/nn.yaml:79:7
%8543 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8544 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8545 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8546 = add %8545, %6326 : i64[] @ models/lib/nn.yaml:79:7
%8547 = mul %49, %7059 : f32[16,64] @ models/lib/nn.yaml:79:7
%8548 = mul %8542, %7061 : f32[16,64] @ models/lib/nn.yaml:79:7
%8549 = mul %8543, %7063 : f32[16,64] @ models/lib/nn.yaml:79:7
%8550 = add %8549, %8548 : f32[16,64] @ models/lib/nn.yaml:79:7
%8551 = mul %8542, %8542 : f32[16,64] @ models/lib/nn.yaml:79:7
%8552 = mul %8551, %7067 : f32[16,64] @ models/lib/nn.yaml:79:7
%8553 = mul %8544, %7069 : f32[16,64] @ models/lib/nn.yaml:79:7
%8554 = add %8553, %8552 : f32[16,64] @ models/lib/nn.yaml:79:7
%8555 = cast %8546 : f64[] @ models/lib/nn.yaml:79:7
%8556 = pow %6335, %8555 : f64[] @ models/lib/nn.yaml:79:7
%8557 = sub %6316, %8556 : f64[] @ models/lib/nn.yaml:79:7
%8558 = div %4018, %8557 : f64[] @ models/lib/nn.yaml:79:7
%8559 = pow %6343, %8555 : f64[] @ models/lib/nn.yaml:79:7
%8560 = sub %6316, %8559 : f64[] @ models/lib/nn.yaml:79:7
%8561 = sqrt %8560 : f64[] @ models/lib/nn.yaml:79:7
%8562 = div %6316, %8561 : f64[] @ models/lib/nn.yaml:79:7
%8563 = sqrt %8554 : f32[16,64] @ models/lib/nn.yaml:79:7
%8564 = cast %8562 : f32[] @ models/lib/nn.yaml:79:7
%8565 = broadcast %8564 : f32[16,64] @ models/lib/nn.yaml:79:7
%8566 = mul %8563, %8565 : f32[16,64] @ models/lib/nn.yaml:79:7
%8567 = add %8566, %7084 : f32[16,64] @ models/lib/nn.yaml:79:7
%8568 = div %8550, %8567 : f32[16,64] @ models/lib/nn.yaml:79:7
%8569 = cast %8558 : f32[] @ models/lib/nn.yaml:79:7
%8570 = broadcast %8569 : f32[16,64] @ models/lib/nn.yaml:79:7
%8571 = mul %8568, %8570 : f32[16,64] @ models/lib/nn.yaml:79:7
%8572 = sub %8547, %8571 : f32[16,64] @ models/lib/nn.yaml:79:7
%8573 = assign %49, %8572 : f32[16,64] @ models/lib/nn.yaml:79:7
%8574 = assign %8543, %8550 : f32[16,64] @ models/lib/nn.yaml:79:7
%8575 = assign %8544, %8554 : f32[16,64] @ models/lib/nn.yaml:79:7
%8576 = assign %8545, %8546 : i64[] @ models/lib/nn.yaml:79:7
%8577 = mul %127, %7095 : f32[16,64] @ models/lib/nn.yaml:79:7
%8578 = mul %8572, %7097 : f32[16,64] @ models/lib/nn.yaml:79:7
%8579 = add %8577, %8578 : f32[16,64] @ models/lib/nn.yaml:79:7
%8580 = assign %127, %8579 : f32[16,64] @ models/lib/nn.yaml:79:7
%8581 = all_reduce_sum %5658 : f32[16] @ models/lib/nn.yaml:80:7
%8582 = mul %8581, %8581 : f32[16] @ models/lib/nn.yaml:80:7
%8583 = reduce_sum %8582 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8584 = sqrt %8583 : f32[] @ models/lib/nn.yaml:80:7
%8585 = cast %8584 : f64[] @ models/lib/nn.yaml:80:7
%8586 = add %8585, %6312 : f64[] @ models/lib/nn.yaml:80:7
%8587 = div %6314, %8586 : f64[] @ models/lib/nn.yaml:80:7
%8588 = lt %8587, %6316 : bool[] @ models/lib/nn.yaml:80:7
%8589 = cast %8587 : f32[] @ models/lib/nn.yaml:80:7
%8590 = broadcast %8589 : f32[16] @ models/lib/nn.yaml:80:7
%8591 = mul %8581, %8590 : f32[16] @ models/lib/nn.yaml:80:7
%8592 = broadcast %8588 : bool[16] @ models/lib/nn.yaml:80:7
%8593 = select %8592, %8591, %8581 : f32[16] @ models/lib/nn.yaml:80:7
%8594 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8595 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8596 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8597 = add %8596, %6326 : i64[] @ models/lib/nn.yaml:80:7
%8598 = mul %8593, %6457 : f32[16] @ models/lib/nn.yaml:80:7
%8599 = mul %8594, %6459 : f32[16] @ models/lib/nn.yaml:80:7
%8600 = add %8599, %8598 : f32[16] @ models/lib/nn.yaml:80:7
%8601 = mul %8593, %8593 : f32[16] @ models/lib/nn.yaml:80:7
%8602 = mul %8601, %6463 : f32[16] @ models/lib/nn.yaml:80:7
%8603 = mul %8595, %6465 : f32[16] @ models/lib/nn.yaml:80:7
%8604 = add %8603, %8602 : f32[16] @ models/lib/nn.yaml:80:7
%8605 = cast %8597 : f64[] @ models/lib/nn.yaml:80:7
%8606 = pow %6335, %8605 : f64[] @ models/lib/nn.yaml:80:7
%8607 = sub %6316, %8606 : f64[] @ models/lib/nn.yaml:80:7
%8608 = div %4018, %8607 : f64[] @ models/lib/nn.yaml:80:7
%8609 = pow %6343, %8605 : f64[] @ models/lib/nn.yaml:80:7
%8610 = sub %6316, %8609 : f64[] @ models/lib/nn.yaml:80:7
%8611 = sqrt %8610 : f64[] @ models/lib/nn.yaml:80:7
%8612 = div %6316, %8611 : f64[] @ models/lib/nn.yaml:80:7
%8613 = sqrt %8604 : f32[16] @ models/lib/nn.yaml:80:7
%8614 = cast %8612 : f32[] @ models/lib/nn.yaml:80:7
%8615 = broadcast %8614 : f32[16] @ models/lib/nn.yaml:80:7
%8616 = mul %8613, %8615 : f32[16] @ models/lib/nn.yaml:80:7
%8617 = add %8616, %6480 : f32[16] @ models/lib/nn.yaml:80:7
%8618 = div %8600, %8617 : f32[16] @ models/lib/nn.yaml:80:7
%8619 = cast %8608 : f32[] @ models/lib/nn.yaml:80:7
%8620 = broadcast %8619 : f32[16] @ models/lib/nn.yaml:80:7
%8621 = mul %8618, %8620 : f32[16] @ models/lib/nn.yaml:80:7
%8622 = sub %50, %8621 : f32[16] @ models/lib/nn.yaml:80:7
%8623 = assign %50, %8622 : f32[16] @ models/lib/nn.yaml:80:7
%8624 = assign %8594, %8600 : f32[16] @ models/lib/nn.yaml:80:7
%8625 = assign %8595, %8604 : f32[16] @ models/lib/nn.yaml:80:7
%8626 = assign %8596, %8597 : i64[] @ models/lib/nn.yaml:80:7
%8627 = mul %128, %6491 : f32[16] @ models/lib/nn.yaml:80:7
%8628 = mul %8622, %6493 : f32[16] @ models/lib/nn.yaml:80:7
%8629 = add %8627, %8628 : f32[16] @ models/lib/nn.yaml:80:7
%8630 = assign %128, %8629 : f32[16] @ models/lib/nn.yaml:80:7
%8631 = all_reduce_sum %5632 : f32[16] @ models/lib/nn.yaml:89:7
%8632 = mul %8631, %8631 : f32[16] @ models/lib/nn.yaml:89:7
%8633 = reduce_sum %8632 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8634 = sqrt %8633 : f32[] @ models/lib/nn.yaml:89:7
%8635 = cast %8634 : f64[] @ models/lib/nn.yaml:89:7
%8636 = add %8635, %6312 : f64[] @ models/lib/nn.yaml:89:7
%8637 = div %6314, %8636 : f64[] @ models/lib/nn.yaml:89:7
%8638 = lt %8637, %6316 : bool[] @ models/lib/nn.yaml:89:7
%8639 = cast %8637 : f32[] @ models/lib/nn.yaml:89:7
%8640 = broadcast %8639 : f32[16] @ models/lib/nn.yaml:89:7
%8641 = mul %8631, %8640 : f32[16] @ models/lib/nn.yaml:89:7
%8642 = broadcast %8638 : bool[16] @ models/lib/nn.yaml:89:7
%8643 = select %8642, %8641, %8631 : f32[16] @ models/lib/nn.yaml:89:7
%8644 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8645 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8646 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8647 = add %8646, %6326 : i64[] @ models/lib/nn.yaml:89:7
%8648 = mul %8643, %6457 : f32[16] @ models/lib/nn.yaml:89:7
%8649 = mul %8644, %6459 : f32[16] @ models/lib/nn.yaml:89:7
%8650 = add %8649, %8648 : f32[16] @ models/lib/nn.yaml:89:7
%8651 = mul %8643, %8643 : f32[16] @ models/lib/nn.yaml:89:7
%8652 = mul %8651, %6463 : f32[16] @ models/lib/nn.yaml:89:7
%8653 = mul %8645, %6465 : f32[16] @ models/lib/nn.yaml:89:7
%8654 = add %8653, %8652 : f32[16] @ models/lib/nn.yaml:89:7
%8655 = cast %8647 : f64[] @ models/lib/nn.yaml:89:7
%8656 = pow %6335, %8655 : f64[] @ models/lib/nn.yaml:89:7
%8657 = sub %6316, %8656 : f64[] @ models/lib/nn.yaml:89:7
%8658 = div %4018, %8657 : f64[] @ models/lib/nn.yaml:89:7
%8659 = pow %6343, %8655 : f64[] @ models/lib/nn.yaml:89:7
%8660 = sub %6316, %8659 : f64[] @ models/lib/nn.yaml:89:7
%8661 = sqrt %8660 : f64[] @ models/lib/nn.yaml:89:7
%8662 = div %6316, %8661 : f64[] @ models/lib/nn.yaml:89:7
%8663 = sqrt %8654 : f32[16] @ models/lib/nn.yaml:89:7
%8664 = cast %8662 : f32[] @ models/lib/nn.yaml:89:7
%8665 = broadcast %8664 : f32[16] @ models/lib/nn.yaml:89:7
%8666 = mul %8663, %8665 : f32[16] @ models/lib/nn.yaml:89:7
%8667 = add %8666, %6480 : f32[16] @ models/lib/nn.yaml:89:7
%8668 = div %8650, %8667 : f32[16] @ models/lib/nn.yaml:89:7
%8669 = cast %8658 : f32[] @ models/lib/nn.yaml:89:7
%8670 = broadcast %8669 : f32[16] @ models/lib/nn.yaml:89:7
%8671 = mul %8668, %8670 : f32[16] @ models/lib/nn.yaml:89:7
%8672 = sub %51, %8671 : f32[16] @ models/lib/nn.yaml:89:7
%8673 = assign %51, %8672 : f32[16] @ models/lib/nn.yaml:89:7
%8674 = assign %8644, %8650 : f32[16] @ models/lib/nn.yaml:89:7
%8675 = assign %8645, %8654 : f32[16] @ models/lib/nn.yaml:89:7
%8676 = assign %8646, %8647 : i64[] @ models/lib/nn.yaml:89:7
%8677 = mul %129, %6491 : f32[16] @ models/lib/nn.yaml:89:7
%8678 = mul %8672, %6493 : f32[16] @ models/lib/nn.yaml:89:7
%8679 = add %8677, %8678 : f32[16] @ models/lib/nn.yaml:89:7
%8680 = assign %129, %8679 : f32[16] @ models/lib/nn.yaml:89:7
%8681 = all_reduce_sum %5627 : f32[16] @ models/lib/nn.yaml:90:7
%8682 = mul %8681, %8681 : f32[16] @ models/lib/nn.yaml:90:7
%8683 = reduce_sum %8682 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8684 = sqrt %8683 : f32[] @ models/lib/nn.yaml:90:7
%8685 = cast %8684 : f64[] @ models/lib/nn.yaml:90:7
%8686 = add %8685, %6312 : f64[] @ models/lib/nn.yaml:90:7
%8687 = div %6314, %8686 : f64[] @ models/lib/nn.yaml:90:7
%8688 = lt %8687, %6316 : bool[] @ models/lib/nn.yaml:90:7
%8689 = cast %8687 : f32[] @ models/lib/nn.yaml:90:7
%8690 = broadcast %8689 : f32[16] @ models/lib/nn.yaml:90:7
%8691 = mul %8681, %8690 : f32[16] @ models/lib/nn.yaml:90:7
%8692 = broadcast %8688 : bool[16] @ models/lib/nn.yaml:90:7
%8693 = select %8692, %8691, %8681 : f32[16] @ models/lib/nn.yaml:90:7
%8694 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8695 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8696 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8697 = add %8696, %6326 : i64[] @ models/lib/nn.yaml:90:7
%8698 = mul %8693, %6457 : f32[16] @ models/lib/nn.yaml:90:7
%8699 = mul %8694, %6459 : f32[16] @ models/lib/nn.yaml:90:7
%8700 = add %8699, %8698 : f32[16] @ models/lib/nn.yaml:90:7
%8701 = mul %8693, %8693 : f32[16] @ models/lib/nn.yaml:90:7
%8702 = mul %8701, %6463 : f32[16] @ models/lib/nn.yaml:90:7
%8703 = mul %8695, %6465 : f32[16] @ models/lib/nn.yaml:90:7
%8704 = add %8703, %8702 : f32[16] @ models/lib/nn.yaml:90:7
%8705 = cast %8697 : f64[] @ models/lib/nn.yaml:90:7
%8706 = pow %6335, %8705 : f64[] @ models/lib/nn.yaml:90:7
%8707 = sub %6316, %8706 : f64[] @ models/lib/nn.yaml:90:7
%8708 = div %4018, %8707 : f64[] @ models/lib/nn.yaml:90:7
%8709 = pow %6343, %8705 : f64[] @ models/lib/nn.yaml:90:7
%8710 = sub %6316, %8709 : f64[] @ models/lib/nn.yaml:90:7
%8711 = sqrt %8710 : f64[] @ models/lib/nn.yaml:90:7
%8712 = div %6316, %8711 : f64[] @ models/lib/nn.yaml:90:7
%8713 = sqrt %8704 : f32[16] @ models/lib/nn.yaml:90:7
%8714 = cast %8712 : f32[] @ models/lib/nn.yaml:90:7
%8715 = broadcast %8714 : f32[16] @ models/lib/nn.yaml:90:7
%8716 = mul %8713, %8715 : f32[16] @ models/lib/nn.yaml:90:7
%8717 = add %8716, %6480 : f32[16] @ models/lib/nn.yaml:90:7
%8718 = div %8700, %8717 : f32[16] @ models/lib/nn.yaml:90:7
%8719 = cast %8708 : f32[] @ models/lib/nn.yaml:90:7
%8720 = broadcast %8719 : f32[16] @ models/lib/nn.yaml:90:7
%8721 = mul %8718, %8720 : f32[16] @ models/lib/nn.yaml:90:7
%8722 = sub %52, %8721 : f32[16] @ models/lib/nn.yaml:90:7
%8723 = assign %52, %8722 : f32[16] @ models/lib/nn.yaml:90:7
%8724 = assign %8694, %8700 : f32[16] @ models/lib/nn.yaml:90:7
%8725 = assign %8695, %8704 : f32[16] @ models/lib/nn.yaml:90:7
%8726 = assign %8696, %8697 : i64[] @ models/lib/nn.yaml:90:7
%8727 = mul %130, %6491 : f32[16] @ models/lib/nn.yaml:90:7
%8728 = mul %8722, %6493 : f32[16] @ models/lib/nn.yaml:90:7
%8729 = add %8727, %8728 : f32[16] @ models/lib/nn.yaml:90:7
%8730 = assign %130, %8729 : f32[16] @ models/lib/nn.yaml:90:7
%8731 = all_reduce_sum %5621 : f32[16,16] @ models/lib/nn.yaml:79:7
%8732 = reshape %8731 : f32[256] @ models/lib/nn.yaml:79:7
%8733 = mul %8732, %8732 : f32[256] @ models/lib/nn.yaml:79:7
%8734 = reduce_sum %8733 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8735 = sqrt %8734 : f32[] @ models/lib/nn.yaml:79:7
%8736 = cast %8735 : f64[] @ models/lib/nn.yaml:79:7
%8737 = add %8736, %6312 : f64[] @ models/lib/nn.yaml:79:7
%8738 = div %6314, %8737 : f64[] @ models/lib/nn.yaml:79:7
%8739 = lt %8738, %6316 : bool[] @ models/lib/nn.yaml:79:7
%8740 = cast %8738 : f32[] @ models/lib/nn.yaml:79:7
%8741 = broadcast %8740 : f32[16,16] @ models/lib/nn.yaml:79:7
%8742 = mul %8731, %8741 : f32[16,16] @ models/lib/nn.yaml:79:7
%8743 = broadcast %8739 : bool[16,16] @ models/lib/nn.yaml:79:7
%8744 = select %8743, %8742, %8731 : f32[16,16] @ models/lib/nn.yaml:79:7
%8745 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8746 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8747 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8748 = add %8747, %6326 : i64[] @ models/lib/nn.yaml:79:7
%8749 = mul %53, %6732 : f32[16,16] @ models/lib/nn.yaml:79:7
%8750 = mul %8744, %6734 : f32[16,16] @ models/lib/nn.yaml:79:7
%8751 = mul %8745, %6736 : f32[16,16] @ models/lib/nn.yaml:79:7
%8752 = add %8751, %8750 : f32[16,16] @ models/lib/nn.yaml:79:7
%8753 = mul %8744, %8744 : f32[16,16] @ models/lib/nn.yaml:79:7
%8754 = mul %8753, %6740 : f32[16,16] @ models/lib/nn.yaml:79:7
%8755 = mul %8746, %6742 : f32[16,16] @ models/lib/nn.yaml:79:7
%8756 = add %8755, %8754 : f32[16,16] @ models/lib/nn.yaml:79:7
%8757 = cast %8748 : f64[] @ models/lib/nn.yaml:79:7
%8758 = pow %6335, %8757 : f64[] @ models/lib/nn.yaml:79:7
%8759 = sub %6316, %8758 : f64[] @ models/lib/nn.yaml:79:7
%8760 = div %4018, %8759 : f64[] @ models/lib/nn.yaml:79:7
%8761 = pow %6343, %8757 : f64[] @ models/lib/nn.yaml:79:7
%8762 = sub %6316, %8761 : f64[] @ models/lib/nn.yaml:79:7
%8763 = sqrt %8762 : f64[] @ models/lib/nn.yaml:79:7
%8764 = div %6316, %8763 : f64[] @ models/lib/nn.yaml:79:7
%8765 = sqrt %8756 : f32[16,16] @ models/lib/nn.yaml:79:7
%8766 = cast %8764 : f32[] @ models/lib/nn.yaml:79:7
%8767 = broadcast %8766 : f32[16,16] @ models/lib/nn.yaml:79:7
%8768 = mul %8765, %8767 : f32[16,16] @ models/lib/nn.yaml:79:7
%8769 = add %8768, %6757 : f32[16,16] @ models/lib/nn.yaml:79:7
%8770 = div %8752, %8769 : f32[16,16] @ models/lib/nn.yaml:79:7
%8771 = cast %8760 : f32[] @ models/lib/nn.yaml:79:7
%8772 = broadcast %8771 : f32[16,16] @ models/lib/nn.yaml:79:7
%8773 = mul %8770, %8772 : f32[16,16] @ models/lib/nn.yaml:79:7
%8774 = sub %8749, %8773 : f32[16,16] @ models/lib/nn.yaml:79:7
%8775 = assign %53, %8774 : f32[16,16] @ models/lib/nn.yaml:79:7
%8776 = assign %8745, %8752 : f32[16,16] @ models/lib/nn.yaml:79:7
%8777 = assign %8746, %8756 : f32[16,16] @ models/lib/nn.yaml:79:7
%8778 = assign %8747, %8748 : i64[] @ models/lib/nn.yaml:79:7
%8779 = mul %131, %6768 : f32[16,16] @ models/lib/nn.yaml:79:7
%8780 = mul %8774, %6770 : f32[16,16] @ models/lib/nn.yaml:79:7
%8781 = add %8779, %8780 : f32[16,16] @ models/lib/nn.yaml:79:7
%8782 = assign %131, %8781 : f32[16,16] @ models/lib/nn.yaml:79:7
%8783 = all_reduce_sum %5616 : f32[16] @ models/lib/nn.yaml:80:7
%8784 = mul %8783, %8783 : f32[16] @ models/lib/nn.yaml:80:7
%8785 = reduce_sum %8784 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8786 = sqrt %8785 : f32[] @ models/lib/nn.yaml:80:7
%8787 = cast %8786 : f64[] @ models/lib/nn.yaml:80:7
%8788 = add %8787, %6312 : f64[] @ models/lib/nn.yaml:80:7
%8789 = div %6314, %8788 : f64[] @ models/lib/nn.yaml:80:7
%8790 = lt %8789, %6316 : bool[] @ models/lib/nn.yaml:80:7
%8791 = cast %8789 : f32[] @ models/lib/nn.yaml:80:7
%8792 = broadcast %8791 : f32[16] @ models/lib/nn.yaml:80:7
%8793 = mul %8783, %8792 : f32[16] @ models/lib/nn.yaml:80:7
%8794 = broadcast %8790 : bool[16] @ models/lib/nn.yaml:80:7
%8795 = select %8794, %8793, %8783 : f32[16] @ models/lib/nn.yaml:80:7
%8796 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8797 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8798 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8799 = add %8798, %6326 : i64[] @ models/lib/nn.yaml:80:7
%8800 = mul %8795, %6457 : f32[16] @ models/lib/nn.yaml:80:7
%8801 = mul %8796, %6459 : f32[16] @ models/lib/nn.yaml:80:7
%8802 = add %8801, %8800 : f32[16] @ models/lib/nn.yaml:80:7
%8803 = mul %8795, %8795 : f32[16] @ models/lib/nn.yaml:80:7
%8804 = mul %8803, %6463 : f32[16] @ models/lib/nn.yaml:80:7
%8805 = mul %8797, %6465 : f32[16] @ models/lib/nn.yaml:80:7
%8806 = add %8805, %8804 : f32[16] @ models/lib/nn.yaml:80:7
%8807 = cast %8799 : f64[] @ models/lib/nn.yaml:80:7
%8808 = pow %6335, %8807 : f64[] @ models/lib/nn.yaml:80:7
%8809 = sub %6316, %8808 : f64[] @ models/lib/nn.yaml:80:7
%8810 = div %4018, %8809 : f64[] @ models/lib/nn.yaml:80:7
%8811 = pow %6343, %8807 : f64[] @ models/lib/nn.yaml:80:7
%8812 = sub %6316, %8811 : f64[] @ models/lib/nn.yaml:80:7
%8813 = sqrt %8812 : f64[] @ models/lib/nn.yaml:80:7
%8814 = div %6316, %8813 : f64[] @ models/lib/nn.yaml:80:7
%8815 = sqrt %8806 : f32[16] @ models/lib/nn.yaml:80:7
%8816 = cast %8814 : f32[] @ models/lib/nn.yaml:80:7
%8817 = broadcast %8816 : f32[16] @ models/lib/nn.yaml:80:7
%8818 = mul %8815, %8817 : f32[16] @ models/lib/nn.yaml:80:7
%8819 = add %8818, %6480 : f32[16] @ models/lib/nn.yaml:80:7
%8820 = div %8802, %8819 : f32[16] @ models/lib/nn.yaml:80:7
%8821 = cast %8810 : f32[] @ models/lib/nn.yaml:80:7
%8822 = broadcast %8821 : f32[16] @ models/lib/nn.yaml:80:7
%8823 = mul %8820, %8822 : f32[16] @ models/lib/nn.yaml:80:7
%8824 = sub %54, %8823 : f32[16] @ models/lib/nn.yaml:80:7
%8825 = assign %54, %8824 : f32[16] @ models/lib/nn.yaml:80:7
%8826 = assign %8796, %8802 : f32[16] @ models/lib/nn.yaml:80:7
%8827 = assign %8797, %8806 : f32[16] @ models/lib/nn.yaml:80:7
%8828 = assign %8798, %8799 : i64[] @ models/lib/nn.yaml:80:7
%8829 = mul %132, %6491 : f32[16] @ models/lib/nn.yaml:80:7
%8830 = mul %8824, %6493 : f32[16] @ models/lib/nn.yaml:80:7
%8831 = add %8829, %8830 : f32[16] @ models/lib/nn.yaml:80:7
%8832 = assign %132, %8831 : f32[16] @ models/lib/nn.yaml:80:7
%8833 = all_reduce_sum %5611 : f32[16,16] @ models/lib/nn.yaml:79:7
%8834 = reshape %8833 : f32[256] @ models/lib/nn.yaml:79:7
%8835 = mul %8834, %8834 : f32[256] @ models/lib/nn.yaml:79:7
%8836 = reduce_sum %8835 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8837 = sqrt %8836 : f32[] @ models/lib/nn.yaml:79:7
%8838 = cast %8837 : f64[] @ models/lib/nn.yaml:79:7
%8839 = add %8838, %6312 : f64[] @ models/lib/nn.yaml:79:7
%8840 = div %6314, %8839 : f64[] @ models/lib/nn.yaml:79:7
%8841 = lt %8840, %6316 : bool[] @ models/lib/nn.yaml:79:7
%8842 = cast %8840 : f32[] @ models/lib/nn.yaml:79:7
%8843 = broadcast %8842 : f32[16,16] @ models/lib/nn.yaml:79:7
%8844 = mul %8833, %8843 : f32[16,16] @ models/lib/nn.yaml:79:7
%8845 = broadcast %8841 : bool[16,16] @ models/lib/nn.yaml:79:7
%8846 = select %8845, %8844, %8833 : f32[16,16] @ models/lib/nn.yaml:79:7
%8847 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8848 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8849 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8850 = add %8849, %6326 : i64[] @ models/lib/nn.yaml:79:7
%8851 = mul %55, %6732 : f32[16,16] @ models/lib/nn.yaml:79:7
%8852 = mul %8846, %6734 : f32[16,16] @ models/lib/nn.yaml:79:7
%8853 = mul %8847, %6736 : f32[16,16] @ models/lib/nn.yaml:79:7
%8854 = add %8853, %8852 : f32[16,16] @ models/lib/nn.yaml:79:7
%8855 = mul %8846, %8846 : f32[16,16] @ models/lib/nn.yaml:79:7
%8856 = mul %8855, %6740 : f32[16,16] @ models/lib/nn.yaml:79:7
%8857 = mul %8848, %6742 : f32[16,16] @ models/lib/nn.yaml:79:7
%8858 = add %8857, %8856 : f32[16,16] @ models/lib/nn.yaml:79:7
%8859 = cast %8850 : f64[] @ models/lib/nn.yaml:79:7
%8860 = pow %6335, %8859 : f64[] @ models/lib/nn.yaml:79:7
%8861 = sub %6316, %8860 : f64[] @ models/lib/nn.yaml:79:7
%8862 = div %4018, %8861 : f64[] @ models/lib/nn.yaml:79:7
%8863 = pow %6343, %8859 : f64[] @ models/lib/nn.yaml:79:7
%8864 = sub %6316, %8863 : f64[] @ models/lib/nn.yaml:79:7
%8865 = sqrt %8864 : f64[] @ models/lib/nn.yaml:79:7
%8866 = div %6316, %8865 : f64[] @ models/lib/nn.yaml:79:7
%8867 = sqrt %8858 : f32[16,16] @ models/lib/nn.yaml:79:7
%8868 = cast %8866 : f32[] @ models/lib/nn.yaml:79:7
%8869 = broadcast %8868 : f32[16,16] @ models/lib/nn.yaml:79:7
%8870 = mul %8867, %8869 : f32[16,16] @ models/lib/nn.yaml:79:7
%8871 = add %8870, %6757 : f32[16,16] @ models/lib/nn.yaml:79:7
%8872 = div %8854, %8871 : f32[16,16] @ models/lib/nn.yaml:79:7
%8873 = cast %8862 : f32[] @ models/lib/nn.yaml:79:7
%8874 = broadcast %8873 : f32[16,16] @ models/lib/nn.yaml:79:7
%8875 = mul %8872, %8874 : f32[16,16] @ models/lib/nn.yaml:79:7
%8876 = sub %8851, %8875 : f32[16,16] @ models/lib/nn.yaml:79:7
%8877 = assign %55, %8876 : f32[16,16] @ models/lib/nn.yaml:79:7
%8878 = assign %8847, %8854 : f32[16,16] @ models/lib/nn.yaml:79:7
%8879 = assign %8848, %8858 : f32[16,16] @ models/lib/nn.yaml:79:7
%8880 = assign %8849, %8850 : i64[] @ models/lib/nn.yaml:79:7
%8881 = mul %133, %6768 : f32[16,16] @ models/lib/nn.yaml:79:7
%8882 = mul %8876, %6770 : f32[16,16] @ models/lib/nn.yaml:79:7
%8883 = add %8881, %8882 : f32[16,16] @ models/lib/nn.yaml:79:7
%8884 = assign %133, %8883 : f32[16,16] @ models/lib/nn.yaml:79:7
%8885 = all_reduce_sum %5607 : f32[16] @ models/lib/nn.yaml:80:7
%8886 = mul %8885, %8885 : f32[16] @ models/lib/nn.yaml:80:7
%8887 = reduce_sum %8886 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8888 = sqrt %8887 : f32[] @ models/lib/nn.yaml:80:7
%8889 = cast %8888 : f64[] @ models/lib/nn.yaml:80:7
%8890 = add %8889, %6312 : f64[] @ models/lib/nn.yaml:80:7
%8891 = div %6314, %8890 : f64[] @ models/lib/nn.yaml:80:7
%8892 = lt %8891, %6316 : bool[] @ models/lib/nn.yaml:80:7
%8893 = cast %8891 : f32[] @ models/lib/nn.yaml:80:7
%8894 = broadcast %8893 : f32[16] @ models/lib/nn.yaml:80:7
%8895 = mul %8885, %8894 : f32[16] @ models/lib/nn.yaml:80:7
%8896 = broadcast %8892 : bool[16] @ models/lib/nn.yaml:80:7
%8897 = select %8896, %8895, %8885 : f32[16] @ models/lib/nn.yaml:80:7
%8898 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8899 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8900 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8901 = add %8900, %6326 : i64[] @ models/lib/nn.yaml:80:7
%8902 = mul %8897, %6457 : f32[16] @ models/lib/nn.yaml:80:7
%8903 = mul %8898, %6459 : f32[16] @ models/lib/nn.yaml:80:7
%8904 = add %8903, %8902 : f32[16] @ models/lib/nn.yaml:80:7
%8905 = mul %8897, %8897 : f32[16] @ models/lib/nn.yaml:80:7
%8906 = mul %8905, %6463 : f32[16] @ models/lib/nn.yaml:80:7
%8907 = mul %8899, %6465 : f32[16] @ models/lib/nn.yaml:80:7
%8908 = add %8907, %8906 : f32[16] @ models/lib/nn.yaml:80:7
%8909 = cast %8901 : f64[] @ models/lib/nn.yaml:80:7
%8910 = pow %6335, %8909 : f64[] @ models/lib/nn.yaml:80:7
%8911 = sub %6316, %8910 : f64[] @ models/lib/nn.yaml:80:7
%8912 = div %4018, %8911 : f64[] @ models/lib/nn.yaml:80:7
%8913 = pow %6343, %8909 : f64[] @ models/lib/nn.yaml:80:7
%8914 = sub %6316, %8913 : f64[] @ models/lib/nn.yaml:80:7
%8915 = sqrt %8914 : f64[] @ models/lib/nn.yaml:80:7
%8916 = div %6316, %8915 : f64[] @ models/lib/nn.yaml:80:7
%8917 = sqrt %8908 : f32[16] @ models/lib/nn.yaml:80:7
%8918 = cast %8916 : f32[] @ models/lib/nn.yaml:80:7
%8919 = broadcast %8918 : f32[16] @ models/lib/nn.yaml:80:7
%8920 = mul %8917, %8919 : f32[16] @ models/lib/nn.yaml:80:7
%8921 = add %8920, %6480 : f32[16] @ models/lib/nn.yaml:80:7
%8922 = div %8904, %8921 : f32[16] @ models/lib/nn.yaml:80:7
%8923 = cast %8912 : f32[] @ models/lib/nn.yaml:80:7
%8924 = broadcast %8923 : f32[16] @ models/lib/nn.yaml:80:7
%8925 = mul %8922, %8924 : f32[16] @ models/lib/nn.yaml:80:7
%8926 = sub %56, %8925 : f32[16] @ models/lib/nn.yaml:80:7
%8927 = assign %56, %8926 : f32[16] @ models/lib/nn.yaml:80:7
%8928 = assign %8898, %8904 : f32[16] @ models/lib/nn.yaml:80:7
%8929 = assign %8899, %8908 : f32[16] @ models/lib/nn.yaml:80:7
%8930 = assign %8900, %8901 : i64[] @ models/lib/nn.yaml:80:7
%8931 = mul %134, %6491 : f32[16] @ models/lib/nn.yaml:80:7
%8932 = mul %8926, %6493 : f32[16] @ models/lib/nn.yaml:80:7
%8933 = add %8931, %8932 : f32[16] @ models/lib/nn.yaml:80:7
%8934 = assign %134, %8933 : f32[16] @ models/lib/nn.yaml:80:7
%8935 = all_reduce_sum %5601 : f32[16,16] @ models/lib/nn.yaml:79:7
%8936 = reshape %8935 : f32[256] @ models/lib/nn.yaml:79:7
%8937 = mul %8936, %8936 : f32[256] @ models/lib/nn.yaml:79:7
%8938 = reduce_sum %8937 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8939 = sqrt %8938 : f32[] @ models/lib/nn.yaml:79:7
%8940 = cast %8939 : f64[] @ models/lib/nn.yaml:79:7
%8941 = add %8940, %6312 : f64[] @ models/lib/nn.yaml:79:7
%8942 = div %6314, %8941 : f64[] @ models/lib/nn.yaml:79:7
%8943 = lt %8942, %6316 : bool[] @ models/lib/nn.yaml:79:7
%8944 = cast %8942 : f32[] @ models/lib/nn.yaml:79:7
%8945 = broadcast %8944 : f32[16,16] @ models/lib/nn.yaml:79:7
%8946 = mul %8935, %8945 : f32[16,16] @ models/lib/nn.yaml:79:7
%8947 = broadcast %8943 : bool[16,16] @ models/lib/nn.yaml:79:7
%8948 = select %8947, %8946, %8935 : f32[16,16] @ models/lib/nn.yaml:79:7
%8949 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8950 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8951 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8952 = add %8951, %6326 : i64[] @ models/lib/nn.yaml:79:7
%8953 = mul %57, %6732 : f32[16,16] @ models/lib/nn.yaml:79:7
%8954 = mul %8948, %6734 : f32[16,16] @ models/lib/nn.yaml:79:7
%8955 = mul %8949, %6736 : f32[16,16] @ models/lib/nn.yaml:79:7
%8956 = add %8955, %8954 : f32[16,16] @ models/lib/nn.yaml:79:7
%8957 = mul %8948, %8948 : f32[16,16] @ models/lib/nn.yaml:79:7
%8958 = mul %8957, %6740 : f32[16,16] @ models/lib/nn.yaml:79:7
%8959 = mul %8950, %6742 : f32[16,16] @ models/lib/nn.yaml:79:7
%8960 = add %8959, %8958 : f32[16,16] @ models/lib/nn.yaml:79:7
%8961 = cast %8952 : f64[] @ models/lib/nn.yaml:79:7
%8962 = pow %6335, %8961 : f64[] @ models/lib/nn.yaml:79:7
%8963 = sub %6316, %8962 : f64[] @ models/lib/nn.yaml:79:7
%8964 = div %4018, %8963 : f64[] @ models/lib/nn.yaml:79:7
%8965 = pow %6343, %8961 : f64[] @ models/lib/nn.yaml:79:7
%8966 = sub %6316, %8965 : f64[] @ models/lib/nn.yaml:79:7
%8967 = sqrt %8966 : f64[] @ models/lib/nn.yaml:79:7
%8968 = div %6316, %8967 : f64[] @ models/lib/nn.yaml:79:7
%8969 = sqrt %8960 : f32[16,16] @ models/lib/nn.yaml:79:7
%8970 = cast %8968 : f32[] @ models/lib/nn.yaml:79:7
%8971 = broadcast %8970 : f32[16,16] @ models/lib/nn.yaml:79:7
%8972 = mul %8969, %8971 : f32[16,16] @ models/lib/nn.yaml:79:7
%8973 = add %8972, %6757 : f32[16,16] @ models/lib/nn.yaml:79:7
%8974 = div %8956, %8973 : f32[16,16] @ models/lib/nn.yaml:79:7
%8975 = cast %8964 : f32[] @ models/lib/nn.yaml:79:7
%8976 = broadcast %8975 : f32[16,16] @ models/lib/nn.yaml:79:7
%8977 = mul %8974, %8976 : f32[16,16] @ models/lib/nn.yaml:79:7
%8978 = sub %8953, %8977 : f32[16,16] @ models/lib/nn.yaml:79:7
%8979 = assign %57, %8978 : f32[16,16] @ models/lib/nn.yaml:79:7
%8980 = assign %8949, %8956 : f32[16,16] @ models/lib/nn.yaml:79:7
%8981 = assign %8950, %8960 : f32[16,16] @ models/lib/nn.yaml:79:7
%8982 = assign %8951, %8952 : i64[] @ models/lib/nn.yaml:79:7
%8983 = mul %135, %6768 : f32[16,16] @ models/lib/nn.yaml:79:7
%8984 = mul %8978, %6770 : f32[16,16] @ models/lib/nn.yaml:79:7
%8985 = add %8983, %8984 : f32[16,16] @ models/lib/nn.yaml:79:7
%8986 = assign %135, %8985 : f32[16,16] @ models/lib/nn.yaml:79:7
%8987 = all_reduce_sum %5597 : f32[16] @ models/lib/nn.yaml:80:7
%8988 = mul %8987, %8987 : f32[16] @ models/lib/nn.yaml:80:7
%8989 = reduce_sum %8988 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8990 = sqrt %8989 : f32[] @ models/lib/nn.yaml:80:7
%8991 = cast %8990 : f64[] @ models/lib/nn.yaml:80:7
%8992 = add %8991, %6312 : f64[] @ models/lib/nn.yaml:80:7
%8993 = div %6314, %8992 : f64[] @ models/lib/nn.yaml:80:7
%8994 = lt %8993, %6316 : bool[] @ models/lib/nn.yaml:80:7
%8995 = cast %8993 : f32[] @ models/lib/nn.yaml:80:7
%8996 = broadcast %8995 : f32[16] @ models/lib/nn.yaml:80:7
%8997 = mul %8987, %8996 : f32[16] @ models/lib/nn.yaml:80:7
%8998 = broadcast %8994 : bool[16] @ models/lib/nn.yaml:80:7
%8999 = select %8998, %8997, %8987 : f32[16] @ models/lib/nn.yaml:80:7
%9000 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9001 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9002 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9003 = add %9002, %6326 : i64[] @ models/lib/nn.yaml:80:7
%9004 = mul %8999, %6457 : f32[16] @ models/lib/nn.yaml:80:7
%9005 = mul %9000, %6459 : f32[16] @ models/lib/nn.yaml:80:7
%9006 = add %9005, %9004 : f32[16] @ models/lib/nn.yaml:80:7
%9007 = mul %8999, %8999 : f32[16] @ models/lib/nn.yaml:80:7
%9008 = mul %9007, %6463 : f32[16] @ models/lib/nn.yaml:80:7
%9009 = mul %9001, %6465 : f32[16] @ models/lib/nn.yaml:80:7
%9010 = add %9009, %9008 : f32[16] @ models/lib/nn.yaml:80:7
%9011 = cast %9003 : f64[] @ models/lib/nn.yaml:80:7
%9012 = pow %6335, %9011 : f64[] @ models/lib/nn.yaml:80:7
%9013 = sub %6316, %9012 : f64[] @ models/lib/nn.yaml:80:7
%9014 = div %4018, %9013 : f64[] @ models/lib/nn.yaml:80:7
%9015 = pow %6343, %9011 : f64[] @ models/lib/nn.yaml:80:7
%9016 = sub %6316, %9015 : f64[] @ models/lib/nn.yaml:80:7
%9017 = sqrt %9016 : f64[] @ models/lib/nn.yaml:80:7
%9018 = div %6316, %9017 : f64[] @ models/lib/nn.yaml:80:7
%9019 = sqrt %9010 : f32[16] @ models/lib/nn.yaml:80:7
%9020 = cast %9018 : f32[] @ models/lib/nn.yaml:80:7
%9021 = broadcast %9020 : f32[16] @ models/lib/nn.yaml:80:7
%9022 = mul %9019, %9021 : f32[16] @ models/lib/nn.yaml:80:7
%9023 = add %9022, %6480 : f32[16] @ models/lib/nn.yaml:80:7
%9024 = div %9006, %9023 : f32[16] @ models/lib/nn.yaml:80:7
%9025 = cast %9014 : f32[] @ models/lib/nn.yaml:80:7
%9026 = broadcast %9025 : f32[16] @ models/lib/nn.yaml:80:7
%9027 = mul %9024, %9026 : f32[16] @ models/lib/nn.yaml:80:7
%9028 = sub %58, %9027 : f32[16] @ models/lib/nn.yaml:80:7
%9029 = assign %58, %9028 : f32[16] @ models/lib/nn.yaml:80:7
%9030 = assign %9000, %9006 : f32[16] @ models/lib/nn.yaml:80:7
%9031 = assign %9001, %9010 : f32[16] @ models/lib/nn.yaml:80:7
%9032 = assign %9002, %9003 : i64[] @ models/lib/nn.yaml:80:7
%9033 = mul %136, %6491 : f32[16] @ models/lib/nn.yaml:80:7
%9034 = mul %9028, %6493 : f32[16] @ models/lib/nn.yaml:80:7
%9035 = add %9033, %9034 : f32[16] @ models/lib/nn.yaml:80:7
%9036 = assign %136, %9035 : f32[16] @ models/lib/nn.yaml:80:7
%9037 = all_reduce_sum %5474 : f32[16,16] @ models/lib/nn.yaml:79:7
%9038 = reshape %9037 : f32[256] @ models/lib/nn.yaml:79:7
%9039 = mul %9038, %9038 : f32[256] @ models/lib/nn.yaml:79:7
%9040 = reduce_sum %9039 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9041 = sqrt %9040 : f32[] @ models/lib/nn.yaml:79:7
%9042 = cast %9041 : f64[] @ models/lib/nn.yaml:79:7
%9043 = add %9042, %6312 : f64[] @ models/lib/nn.yaml:79:7
%9044 = div %6314, %9043 : f64[] @ models/lib/nn.yaml:79:7
%9045 = lt %9044, %6316 : bool[] @ models/lib/nn.yaml:79:7
%9046 = cast %9044 : f32[] @ models/lib/nn.yaml:79:7
%9047 = broadcast %9046 : f32[16,16] @ models/lib/nn.yaml:79:7
%9048 = mul %9037, %9047 : f32[16,16] @ models/lib/nn.yaml:79:7
%9049 = broadcast %9045 : bool[16,16] @ models/lib/nn.yaml:79:7
%9050 = select %9049, %9048, %9037 : f32[16,16] @ models/lib/nn.yaml:79:7
%9051 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9052 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9053 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9054 = add %9053, %6326 : i64[] @ models/lib/nn.yaml:79:7
%9055 = mul %59, %6732 : f32[16,16] @ models/lib/nn.yaml:79:7
%9056 = mul %9050, %6734 : f32[16,16] @ models/lib/nn.yaml:79:7
%9057 = mul %9051, %6736 : f32[16,16] @ models/lib/nn.yaml:79:7
%9058 = add %9057, %9056 : f32[16,16] @ models/lib/nn.yaml:79:7
%9059 = mul %9050, %9050 : f32[16,16] @ models/lib/nn.yaml:79:7
%9060 = mul %9059, %6740 : f32[16,16] @ models/lib/nn.yaml:79:7
%9061 = mul %9052, %6742 : f32[16,16] @ models/lib/nn.yaml:79:7
%9062 = add %9061, %9060 : f32[16,16] @ models/lib/nn.yaml:79:7
%9063 = cast %9054 : f64[] @ models/lib/nn.yaml:79:7
%9064 = pow %6335, %9063 : f64[] @ models/lib/nn.yaml:79:7
%9065 = sub %6316, %9064 : f64[] @ models/lib/nn.yaml:79:7
%9066 = div %4018, %9065 : f64[] @ models/lib/nn.yaml:79:7
%9067 = pow %6343, %9063 : f64[] @ models/lib/nn.yaml:79:7
%9068 = sub %6316, %9067 : f64[] @ models/lib/nn.yaml:79:7
%9069 = sqrt %9068 : f64[] @ models/lib/nn.yaml:79:7
%9070 = div %6316, %9069 : f64[] @ models/lib/nn.yaml:79:7
%9071 = sqrt %9062 : f32[16,16] @ models/lib/nn.yaml:79:7
%9072 = cast %9070 : f32[] @ models/lib/nn.yaml:79:7
%9073 = broadcast %9072 : f32[16,16] @ models/lib/nn.yaml:79:7
%9074 = mul %9071, %9073 : f32[16,16] @ models/lib/nn.yaml:79:7
%9075 = add %9074, %6757 : f32[16,16] @ models/lib/nn.yaml:79:7
%9076 = div %9058, %9075 : f32[16,16] @ models/lib/nn.yaml:79:7
%9077 = cast %9066 : f32[] @ models/lib/nn.yaml:79:7
%9078 = broadcast %9077 : f32[16,16] @ models/lib/nn.yaml:79:7
%9079 = mul %9076, %9078 : f32[16,16] @ models/lib/nn.yaml:79:7
%9080 = sub %9055, %9079 : f32[16,16] @ models/lib/nn.yaml:79:7
%9081 = assign %59, %9080 : f32[16,16] @ models/lib/nn.yaml:79:7
%9082 = assign %9051, %9058 : f32[16,16] @ models/lib/nn.yaml:79:7
%9083 = assign %9052, %9062 : f32[16,16] @ models/lib/nn.yaml:79:7
%9084 = assign %9053, %9054 : i64[] @ models/lib/nn.yaml:79:7
%9085 = mul %137, %6768 : f32[16,16] @ models/lib/nn.yaml:79:7
%9086 = mul %9080, %6770 : f32[16,16] @ models/lib/nn.yaml:79:7
%9087 = add %9085, %9086 : f32[16,16] @ models/lib/nn.yaml:79:7
%9088 = assign %137, %9087 : f32[16,16] @ models/lib/nn.yaml:79:7
%9089 = all_reduce_sum %5469 : f32[16] @ models/lib/nn.yaml:80:7
%9090 = mul %9089, %9089 : f32[16] @ models/lib/nn.yaml:80:7
%9091 = reduce_sum %9090 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9092 = sqrt %9091 : f32[] @ models/lib/nn.yaml:80:7
%9093 = cast %9092 : f64[] @ models/lib/nn.yaml:80:7
%9094 = add %9093, %6312 : f64[] @ models/lib/nn.yaml:80:7
%9095 = div %6314, %9094 : f64[] @ models/lib/nn.yaml:80:7
%9096 = lt %9095, %6316 : bool[] @ models/lib/nn.yaml:80:7
%9097 = cast %9095 : f32[] @ models/lib/nn.yaml:80:7
%9098 = broadcast %9097 : f32[16] @ models/lib/nn.yaml:80:7
%9099 = mul %9089, %9098 : f32[16] @ models/lib/nn.yaml:80:7
%9100 = broadcast %9096 : bool[16] @ models/lib/nn.yaml:80:7
%9101 = select %9100, %9099, %9089 : f32[16] @ models/lib/nn.yaml:80:7
%9102 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9103 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9104 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9105 = add %9104, %6326 : i64[] @ models/lib/nn.yaml:80:7
%9106 = mul %9101, %6457 : f32[16] @ models/lib/nn.yaml:80:7
%9107 = mul %9102, %6459 : f32[16] @ models/lib/nn.yaml:80:7
%9108 = add %9107, %9106 : f32[16] @ models/lib/nn.yaml:80:7
%9109 = mul %9101, %9101 : f32[16] @ models/lib/nn.yaml:80:7
%9110 = mul %9109, %6463 : f32[16] @ models/lib/nn.yaml:80:7
%9111 = mul %9103, %6465 : f32[16] @ models/lib/nn.yaml:80:7
%9112 = add %9111, %9110 : f32[16] @ models/lib/nn.yaml:80:7
%9113 = cast %9105 : f64[] @ models/lib/nn.yaml:80:7
%9114 = pow %6335, %9113 : f64[] @ models/lib/nn.yaml:80:7
%9115 = sub %6316, %9114 : f64[] @ models/lib/nn.yaml:80:7
%9116 = div %4018, %9115 : f64[] @ models/lib/nn.yaml:80:7
%9117 = pow %6343, %9113 : f64[] @ models/lib/nn.yaml:80:7
%9118 = sub %6316, %9117 : f64[] @ models/lib/nn.yaml:80:7
%9119 = sqrt %9118 : f64[] @ models/lib/nn.yaml:80:7
%9120 = div %6316, %9119 : f64[] @ models/lib/nn.yaml:80:7
%9121 = sqrt %9112 : f32[16] @ models/lib/nn.yaml:80:7
%9122 = cast %9120 : f32[] @ models/lib/nn.yaml:80:7
%9123 = broadcast %9122 : f32[16] @ models/lib/nn.yaml:80:7
%9124 = mul %9121, %9123 : f32[16] @ models/lib/nn.yaml:80:7
%9125 = add %9124, %6480 : f32[16] @ models/lib/nn.yaml:80:7
%9126 = div %9108, %9125 : f32[16] @ models/lib/nn.yaml:80:7
%9127 = cast %9116 : f32[] @ models/lib/nn.yaml:80:7
%9128 = broadcast %9127 : f32[16] @ models/lib/nn.yaml:80:7
%9129 = mul %9126, %9128 : f32[16] @ models/lib/nn.yaml:80:7
%9130 = sub %60, %9129 : f32[16] @ models/lib/nn.yaml:80:7
%9131 = assign %60, %9130 : f32[16] @ models/lib/nn.yaml:80:7
%9132 = assign %9102, %9108 : f32[16] @ models/lib/nn.yaml:80:7
%9133 = assign %9103, %9112 : f32[16] @ models/lib/nn.yaml:80:7
%9134 = assign %9104, %9105 : i64[] @ models/lib/nn.yaml:80:7
%9135 = mul %138, %6491 : f32[16] @ models/lib/nn.yaml:80:7
%9136 = mul %9130, %6493 : f32[16] @ models/lib/nn.yaml:80:7
%9137 = add %9135, %9136 : f32[16] @ models/lib/nn.yaml:80:7
%9138 = assign %138, %9137 : f32[16] @ models/lib/nn.yaml:80:7
%9139 = all_reduce_sum %5448 : f32[16] @ models/lib/nn.yaml:89:7
%9140 = mul %9139, %9139 : f32[16] @ models/lib/nn.yaml:89:7
%9141 = reduce_sum %9140 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9142 = sqrt %9141 : f32[] @ models/lib/nn.yaml:89:7
%9143 = cast %9142 : f64[] @ models/lib/nn.yaml:89:7
%9144 = add %9143, %6312 : f64[] @ models/lib/nn.yaml:89:7
%9145 = div %6314, %9144 : f64[] @ models/lib/nn.yaml:89:7
%9146 = lt %9145, %6316 : bool[] @ models/lib/nn.yaml:89:7
%9147 = cast %9145 : f32[] @ models/lib/nn.yaml:89:7
%9148 = broadcast %9147 : f32[16] @ models/lib/nn.yaml:89:7
%9149 = mul %9139, %9148 : f32[16] @ models/lib/nn.yaml:89:7
%9150 = broadcast %9146 : bool[16] @ models/lib/nn.yaml:89:7
%9151 = select %9150, %9149, %9139 : f32[16] @ models/lib/nn.yaml:89:7
%9152 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9153 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9154 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9155 = add %9154, %6326 : i64[] @ models/lib/nn.yaml:89:7
%9156 = mul %9151, %6457 : f32[16] @ models/lib/nn.yaml:89:7
%9157 = mul %9152, %6459 : f32[16] @ models/lib/nn.yaml:89:7
%9158 = add %9157, %9156 : f32[16] @ models/lib/nn.yaml:89:7
%9159 = mul %9151, %9151 : f32[16] @ models/lib/nn.yaml:89:7
%9160 = mul %9159, %6463 : f32[16] @ models/lib/nn.yaml:89:7
%9161 = mul %9153, %6465 : f32[16] @ models/lib/nn.yaml:89:7
%9162 = add %9161, %9160 : f32[16] @ models/lib/nn.yaml:89:7
%9163 = cast %9155 : f64[] @ models/lib/nn.yaml:89:7
%9164 = pow %6335, %9163 : f64[] @ models/lib/nn.yaml:89:7
%9165 = sub %6316, %9164 : f64[] @ models/lib/nn.yaml:89:7
%9166 = div %4018, %9165 : f64[] @ models/lib/nn.yaml:89:7
%9167 = pow %6343, %9163 : f64[] @ models/lib/nn.yaml:89:7
%9168 = sub %6316, %9167 : f64[] @ models/lib/nn.yaml:89:7
%9169 = sqrt %9168 : f64[] @ models/lib/nn.yaml:89:7
%9170 = div %6316, %9169 : f64[] @ models/lib/nn.yaml:89:7
%9171 = sqrt %9162 : f32[16] @ models/lib/nn.yaml:89:7
%9172 = cast %9170 : f32[] @ models/lib/nn.yaml:89:7
%9173 = broadcast %9172 : f32[16] @ models/lib/nn.yaml:89:7
%9174 = mul %9171, %9173 : f32[16] @ models/lib/nn.yaml:89:7
%9175 = add %9174, %6480 : f32[16] @ models/lib/nn.yaml:89:7
%9176 = div %9158, %9175 : f32[16] @ models/lib/nn.yaml:89:7
%9177 = cast %9166 : f32[] @ models/lib/nn.yaml:89:7
%9178 = broadcast %9177 : f32[16] @ models/lib/nn.yaml:89:7
%9179 = mul %9176, %9178 : f32[16] @ models/lib/nn.yaml:89:7
%9180 = sub %61, %9179 : f32[16] @ models/lib/nn.yaml:89:7
%9181 = assign %61, %9180 : f32[16] @ models/lib/nn.yaml:89:7
%9182 = assign %9152, %9158 : f32[16] @ models/lib/nn.yaml:89:7
%9183 = assign %9153, %9162 : f32[16] @ models/lib/nn.yaml:89:7
%9184 = assign %9154, %9155 : i64[] @ models/lib/nn.yaml:89:7
%9185 = mul %139, %6491 : f32[16] @ models/lib/nn.yaml:89:7
%9186 = mul %9180, %6493 : f32[16] @ models/lib/nn.yaml:89:7
%9187 = add %9185, %9186 : f32[16] @ models/lib/nn.yaml:89:7
%9188 = assign %139, %9187 : f32[16] @ models/lib/nn.yaml:89:7
%9189 = all_reduce_sum %5443 : f32[16] @ models/lib/nn.yaml:90:7
%9190 = mul %9189, %9189 : f32[16] @ models/lib/nn.yaml:90:7
%9191 = reduce_sum %9190 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9192 = sqrt %9191 : f32[] @ models/lib/nn.yaml:90:7
%9193 = cast %9192 : f64[] @ models/lib/nn.yaml:90:7
%9194 = add %9193, %6312 : f64[] @ models/lib/nn.yaml:90:7
%9195 = div %6314, %9194 : f64[] @ models/lib/nn.yaml:90:7
%9196 = lt %9195, %6316 : bool[] @ models/lib/nn.yaml:90:7
%9197 = cast %9195 : f32[] @ models/lib/nn.yaml:90:7
%9198 = broadcast %9197 : f32[16] @ models/lib/nn.yaml:90:7
%9199 = mul %9189, %9198 : f32[16] @ models/lib/nn.yaml:90:7
%9200 = broadcast %9196 : bool[16] @ models/lib/nn.yaml:90:7
%9201 = select %9200, %9199, %9189 : f32[16] @ models/lib/nn.yaml:90:7
%9202 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9203 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9204 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9205 = add %9204, %6326 : i64[] @ models/lib/nn.yaml:90:7
%9206 = mul %9201, %6457 : f32[16] @ models/lib/nn.yaml:90:7
%9207 = mul %9202, %6459 : f32[16] @ models/lib/nn.yaml:90:7
%9208 = add %9207, %9206 : f32[16] @ models/lib/nn.yaml:90:7
%9209 = mul %9201, %9201 : f32[16] @ models/lib/nn.yaml:90:7
%9210 = mul %9209, %6463 : f32[16] @ models/lib/nn.yaml:90:7
%9211 = mul %9203, %6465 : f32[16] @ models/lib/nn.yaml:90:7
%9212 = add %9211, %9210 : f32[16] @ models/lib/nn.yaml:90:7
%9213 = cast %9205 : f64[] @ models/lib/nn.yaml:90:7
%9214 = pow %6335, %9213 : f64[] @ models/lib/nn.yaml:90:7
%9215 = sub %6316, %9214 : f64[] @ models/lib/nn.yaml:90:7
%9216 = div %4018, %9215 : f64[] @ models/lib/nn.yaml:90:7
%9217 = pow %6343, %9213 : f64[] @ models/lib/nn.yaml:90:7
%9218 = sub %6316, %9217 : f64[] @ models/lib/nn.yaml:90:7
%9219 = sqrt %9218 : f64[] @ models/lib/nn.yaml:90:7
%9220 = div %6316, %9219 : f64[] @ models/lib/nn.yaml:90:7
%9221 = sqrt %9212 : f32[16] @ models/lib/nn.yaml:90:7
%9222 = cast %9220 : f32[] @ models/lib/nn.yaml:90:7
%9223 = broadcast %9222 : f32[16] @ models/lib/nn.yaml:90:7
%9224 = mul %9221, %9223 : f32[16] @ models/lib/nn.yaml:90:7
%9225 = add %9224, %6480 : f32[16] @ models/lib/nn.yaml:90:7
%9226 = div %9208, %9225 : f32[16] @ models/lib/nn.yaml:90:7
%9227 = cast %9216 : f32[] @ models/lib/nn.yaml:90:7
%9228 = broadcast %9227 : f32[16] @ models/lib/nn.yaml:90:7
%9229 = mul %9226, %9228 : f32[16] @ models/lib/nn.yaml:90:7
%9230 = sub %62, %9229 : f32[16] @ models/lib/nn.yaml:90:7
%9231 = assign %62, %9230 : f32[16] @ models/lib/nn.yaml:90:7
%9232 = assign %9202, %9208 : f32[16] @ models/lib/nn.yaml:90:7
%9233 = assign %9203, %9212 : f32[16] @ models/lib/nn.yaml:90:7
%9234 = assign %9204, %9205 : i64[] @ models/lib/nn.yaml:90:7
%9235 = mul %140, %6491 : f32[16] @ models/lib/nn.yaml:90:7
%9236 = mul %9230, %6493 : f32[16] @ models/lib/nn.yaml:90:7
%9237 = add %9235, %9236 : f32[16] @ models/lib/nn.yaml:90:7
%9238 = assign %140, %9237 : f32[16] @ models/lib/nn.yaml:90:7
%9239 = all_reduce_sum %5440 : f32[64,16] @ models/lib/nn.yaml:79:7
%9240 = reshape %9239 : f32[1024] @ models/lib/nn.yaml:79:7
%9241 = mul %9240, %9240 : f32[1024] @ models/lib/nn.yaml:79:7
%9242 = reduce_sum %9241 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9243 = sqrt %9242 : f32[] @ models/lib/nn.yaml:79:7
%9244 = cast %9243 : f64[] @ models/lib/nn.yaml:79:7
%9245 = add %9244, %6312 : f64[] @ models/lib/nn.yaml:79:7
%9246 = div %6314, %9245 : f64[] @ models/lib/nn.yaml:79:7
%9247 = lt %9246, %6316 : bool[] @ models/lib/nn.yaml:79:7
%9248 = cast %9246 : f32[] @ models/lib/nn.yaml:79:7
%9249 = broadcast %9248 : f32[64,16] @ models/lib/nn.yaml:79:7
%9250 = mul %9239, %9249 : f32[64,16] @ models/lib/nn.yaml:79:7
%9251 = broadcast %9247 : bool[64,16] @ models/lib/nn.yaml:79:7
%9252 = select %9251, %9250, %9239 : f32[64,16] @ models/lib/nn.yaml:79:7
%9253 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9254 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9255 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9256 = add %9255, %6326 : i64[] @ models/lib/nn.yaml:79:7
%9257 = mul %63, %6942 : f32[64,16] @ models/lib/nn.yaml:79:7
%9258 = mul %9252, %6944 : f32[64,16] @ models/lib/nn.yaml:79:7
%9259 = mul %9253, %6946 : f32[64,16] @ models/lib/nn.yaml:79:7
%9260 = add %9259, %9258 : f32[64,16] @ models/lib/nn.yaml:79:7
%9261 = mul %9252, %9252 : f32[64,16] @ models/lib/nn.yaml:79:7
%9262 = mul %9261, %6950 : f32[64,16] @ models/lib/nn.yaml:79:7
%9263 = mul %9254, %6952 : f32[64,16] @ models/lib/nn.yaml:79:7
%9264 = add %9263, %9262 : f32[64,16] @ models/lib/nn.yaml:79:7
%9265 = cast %9256 : f64[] @ models/lib/nn.yaml:79:7
%9266 = pow %6335, %9265 : f64[] @ models/lib/nn.yaml:79:7
%9267 = sub %6316, %9266 : f64[] @ models/lib/nn.yaml:79:7
%9268 = div %4018, %9267 : f64[] @ models/lib/nn.yaml:79:7
%9269 = pow %6343, %9265 : f64[] @ models/lib/nn.yaml:79:7
%9270 = sub %6316, %9269 : f64[] @ models/lib/nn.yaml:79:7
%9271 = sqrt %9270 : f64[] @ models/lib/nn.yaml:79:7
%9272 = div %6316, %9271 : f64[] @ models/lib/nn.yaml:79:7
%9273 = sqrt %9264 : f32[64,16] @ models/lib/nn.yaml:79:7
%9274 = cast %9272 : f32[] @ models/lib/nn.yaml:79:7
%9275 = broadcast %9274 : f32[64,16] @ models/lib/nn.yaml:79:7
%9276 = mul %9273, %9275 : f32[64,16] @ models/lib/nn.yaml:79:7
%9277 = add %9276, %6967 : f32[64,16] @ models/lib/nn.yaml:79:7
%9278 = div %9260, %9277 : f32[64,16] @ models/lib/nn.yaml:79:7
%9279 = cast %9268 : f32[] @ models/lib/nn.yaml:79:7
%9280 = broadcast %9279 : f32[64,16] @ models/lib/nn.yaml:79:7
%9281 = mul %9278, %9280 : f32[64,16] @ models/lib/nn.yaml:79:7
%9282 = sub %9257, %9281 : f32[64,16] @ models/lib/nn.yaml:79:7
%9283 = assign %63, %9282 : f32[64,16] @ models/lib/nn.yaml:79:7
%9284 = assign %9253, %9260 : f32[64,16] @ models/lib/nn.yaml:79:7
%9285 = assign %9254, %9264 : f32[64,16] @ models/lib/nn.yaml:79:7
%9286 = assign %9255, %9256 : i64[] @ models/lib/nn.yaml:79:7
%9287 = mul %141, %6978 : f32[64,16] @ models/lib/nn.yaml:79:7
%9288 = mul %9282, %6980 : f32[64,16] @ models/lib/nn.yaml:79:7
%9289 = add %9287, %9288 : f32[64,16] @ models/lib/nn.yaml:79:7
%9290 = assign %141, %9289 : f32[64,16] @ models/lib/nn.yaml:79:7
%9291 = all_reduce_sum %5435 : f32[64] @ models/lib/nn.yaml:80:7
%9292 = mul %9291, %9291 : f32[64] @ models/lib/nn.yaml:80:7
%9293 = reduce_sum %9292 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9294 = sqrt %9293 : f32[] @ models/lib/nn.yaml:80:7
%9295 = cast %9294 : f64[] @ models/lib/nn.yaml:80:7
%9296 = add %9295, %6312 : f64[] @ models/lib/nn.yaml:80:7
%9297 = div %6314, %9296 : f64[] @ models/lib/nn.yaml:80:7
%9298 = lt %9297, %6316 : bool[] @ models/lib/nn.yaml:80:7
%9299 = cast %9297 : f32[] @ models/lib/nn.yaml:80:7
%9300 = broadcast %9299 : f32[64] @ models/lib/nn.yaml:80:7
%9301 = mul %9291, %9300 : f32[64] @ models/lib/nn.yaml:80:7
%9302 = broadcast %9298 : bool[64] @ models/lib/nn.yaml:80:7
%9303 = select %9302, %9301, %9291 : f32[64] @ models/lib/nn.yaml:80:7
%9304 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9305 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9306 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9307 = add %9306, %6326 : i64[] @ models/lib/nn.yaml:80:7
%9308 = mul %9303, %7001 : f32[64] @ models/lib/nn.yaml:80:7
%9309 = mul %9304, %7003 : f32[64] @ models/lib/nn.yaml:80:7
%9310 = add %9309, %9308 : f32[64] @ models/lib/nn.yaml:80:7
%9311 = mul %9303, %9303 : f32[64] @ models/lib/nn.yaml:80:7
%9312 = mul %9311, %7007 : f32[64] @ models/lib/nn.yaml:80:7
%9313 = mul %9305, %7009 : f32[64] @ models/lib/nn.yaml:80:7
%9314 = add %9313, %9312 : f32[64] @ models/lib/nn.yaml:80:7
%9315 = cast %9307 : f64[] @ models/lib/nn.yaml:80:7
%9316 = pow %6335, %9315 : f64[] @ models/lib/nn.yaml:80:7
%9317 = sub %6316, %9316 : f64[] @ models/lib/nn.yaml:80:7
%9318 = div %4018, %9317 : f64[] @ models/lib/nn.yaml:80:7
%9319 = pow %6343, %9315 : f64[] @ models/lib/nn.yaml:80:7
%9320 = sub %6316, %9319 : f64[] @ models/lib/nn.yaml:80:7
%9321 = sqrt %9320 : f64[] @ models/lib/nn.yaml:80:7
%9322 = div %6316, %9321 : f64[] @ models/lib/nn.yaml:80:7
%9323 = sqrt %9314 : f32[64] @ models/lib/nn.yaml:80:7
%9324 = cast %9322 : f32[] @ models/lib/nn.yaml:80:7
%9325 = broadcast %9324 : f32[64] @ models/lib/nn.yaml:80:7
%9326 = mul %9323, %9325 : f32[64] @ models/lib/nn.yaml:80:7
%9327 = add %9326, %7024 : f32[64] @ models/lib/nn.yaml:80:7
%9328 = div %9310, %9327 : f32[64] @ models/lib/nn.yaml:80:7
%9329 = cast %9318 : f32[] @ models/lib/nn.yaml:80:7
%9330 = broadcast %9329 : f32[64] @ models/lib/nn.yaml:80:7
%9331 = mul %9328, %9330 : f32[64] @ models/lib/nn.yaml:80:7
%9332 = sub %64, %9331 : f32[64] @ models/lib/nn.yaml:80:7
%9333 = assign %64, %9332 : f32[64] @ models/lib/nn.yaml:80:7
%9334 = assign %9304, %9310 : f32[64] @ models/lib/nn.yaml:80:7
%9335 = assign %9305, %9314 : f32[64] @ models/lib/nn.yaml:80:7
%9336 = assign %9306, %9307 : i64[] @ models/lib/nn.yaml:80:7
%9337 = mul %142, %7035 : f32[64] @ models/lib/nn.yaml:80:7
%9338 = mul %9332, %7037 : f32[64] @ models/lib/nn.yaml:80:7
%9339 = add %9337, %9338 : f32[64] @ models/lib/nn.yaml:80:7
%9340 = assign %142, %9339 : f32[64] @ models/lib/nn.yaml:80:7
%9341 = all_reduce_sum %5417 : f32[16,64] @ models/lib/nn.yaml:79:7
%9342 = reshape %9341 : f32[1024] @ models/lib/nn.yaml:79:7
%9343 = mul %9342, %9342 : f32[1024] @ models/lib/nn.yaml:79:7
%9344 = reduce_sum %9343 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9345 = sqrt %9344 : f32[] @ models/lib/nn.yaml:79:7
%9346 = cast %9345 : f64[] @ models/lib/nn.yaml:79:7
%9347 = add %9346, %6312 : f64[] @ models/lib/nn.yaml:79:7
%9348 = div %6314, %9347 : f64[] @ models/lib/nn.yaml:79:7
%9349 = lt %9348, %6316 : bool[] @ models/lib/nn.yaml:79:7
%9350 = cast %9348 : f32[] @ models/lib/nn.yaml:79:7
%9351 = broadcast %9350 : f32[16,64] @ models/lib/nn.yaml:79:7
%9352 = mul %9341, %9351 : f32[16,64] @ models/lib/nn.yaml:79:7
%9353 = broadcast %9349 : bool[16,64] @ models/lib/nn.yaml:79:7
%9354 = select %9353, %9352, %9341 : f32[16,64] @ models/lib/nn.yaml:79:7
%9355 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9356 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9357 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9358 = add %9357, %6326 : i64[] @ models/lib/nn.yaml:79:7
%9359 = mul %65, %7059 : f32[16,64] @ models/lib/nn.yaml:79:7
%9360 = mul %9354, %7061 : f32[16,64] @ models/lib/nn.yaml:79:7
%9361 = mul %9355, %7063 : f32[16,64] @ models/lib/nn.yaml:79:7
%9362 = add %9361, %9360 : f32[16,64] @ models/lib/nn.yaml:79:7
%9363 = mul %9354, %9354 : f32[16,64] @ models/lib/nn.yaml:79:7
%9364 = mul %9363, %7067 : f32[16,64] @ models/lib/nn.yaml:79:7
%9365 = mul %9356, %7069 : f32[16,64] @ models/lib/nn.yaml:79:7
%9366 = add %9365, %9364 : f32[16,64] @ models/lib/nn.yaml:79:7
%9367 = cast %9358 : f64[] @ models/lib/nn.yaml:79:7
%9368 = pow %6335, %9367 : f64[] @ models/lib/nn.yaml:79:7
%9369 = sub %6316, %9368 : f64[] @ models/lib/nn.yaml:79:7
%9370 = div %4018, %9369 : f64[] @ models/lib/nn.yaml:79:7
%9371 = pow %6343, %9367 : f64[] @ models/lib/nn.yaml:79:7
%9372 = sub %6316, %9371 : f64[] @ models/lib/nn.yaml:79:7
%9373 = sqrt %9372 : f64[] @ models/lib/nn.yaml:79:7
%9374 = div %6316, %9373 : f64[] @ models/lib/nn.yaml:79:7
%9375 = sqrt %9366 : f32[16,64] @ models/lib/nn.yaml:79:7
%9376 = cast %9374 : f32[] @ models/lib/nn.yaml:79:7
%9377 = broadcast %9376 : f32[16,64] @ models/lib/nn.yaml:79:7
%9378 = mul %9375, %9377 : f32[16,64] @ models/lib/nn.yaml:79:7
%9379 = add %9378, %7084 : f32[16,64] @ models/lib/nn.yaml:79:7
%9380 = div %9362, %9379 : f32[16,64] @ models/lib/nn.yaml:79:7
%9381 = cast %9370 : f32[] @ models/lib/nn.yaml:79:7
%9382 = broadcast %9381 : f32[16,64] @ models/lib/nn.yaml:79:7
%9383 = mul %9380, %9382 : f32[16,64] @ models/lib/nn.yaml:79:7
%9384 = sub %9359, %9383 : f32[16,64] @ models/lib/nn.yaml:79:7
%9385 = assign %65, %9384 : f32[16,64] @ models/lib/nn.yaml:79:7
%9386 = assign %9355, %9362 : f32[16,64] @ models/lib/nn.yaml:79:7
%9387 = assign %9356, %9366 : f32[16,64] @ models/lib/nn.yaml:79:7
%9388 = assign %9357, %9358 : i64[] @ models/lib/nn.yaml:79:7
%9389 = mul %143, %7095 : f32[16,64] @ models/lib/nn.yaml:79:7
%9390 = mul %9384, %7097 : f32[16,64] @ models/lib/nn.yaml:79:7
%9391 = add %9389, %9390 : f32[16,64] @ models/lib/nn.yaml:79:7
%9392 = assign %143, %9391 : f32[16,64] @ models/lib/nn.yaml:79:7
%9393 = all_reduce_sum %5412 : f32[16] @ models/lib/nn.yaml:80:7
%9394 = mul %9393, %9393 : f32[16] @ models/lib/nn.yaml:80:7
%9395 = reduce_sum %9394 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9396 = sqrt %9395 : f32[] @ models/lib/nn.yaml:80:7
%9397 = cast %9396 : f64[] @ models/lib/nn.yaml:80:7
%9398 = add %9397, %6312 : f64[] @ models/lib/nn.yaml:80:7
%9399 = div %6314, %9398 : f64[] @ models/lib/nn.yaml:80:7
%9400 = lt %9399, %6316 : bool[] @ models/lib/nn.yaml:80:7
%9401 = cast %9399 : f32[] @ models/lib/nn.yaml:80:7
%9402 = broadcast %9401 : f32[16] @ models/lib/nn.yaml:80:7
%9403 = mul %9393, %9402 : f32[16] @ models/lib/nn.yaml:80:7
%9404 = broadcast %9400 : bool[16] @ models/lib/nn.yaml:80:7
%9405 = select %9404, %9403, %9393 : f32[16] @ models/lib/nn.yaml:80:7
%9406 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9407 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9408 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9409 = add %9408, %6326 : i64[] @ models/lib/nn.yaml:80:7
%9410 = mul %9405, %6457 : f32[16] @ models/lib/nn.yaml:80:7
%9411 = mul %9406, %6459 : f32[16] @ models/lib/nn.yaml:80:7
%9412 = add %9411, %9410 : f32[16] @ models/lib/nn.yaml:80:7
%9413 = mul %9405, %9405 : f32[16] @ models/lib/nn.yaml:80:7
%9414 = mul %9413, %6463 : f32[16] @ models/lib/nn.yaml:80:7
%9415 = mul %9407, %6465 : f32[16] @ models/lib/nn.yaml:80:7
%9416 = add %9415, %9414 : f32[16] @ models/lib/nn.yaml:80:7
%9417 = cast %9409 : f64[] @ models/lib/nn.yaml:80:7
%9418 = pow %6335, %9417 : f64[] @ models/lib/nn.yaml:80:7
%9419 = sub %6316, %9418 : f64[] @ models/lib/nn.yaml:80:7
%9420 = div %4018, %9419 : f64[] @ models/lib/nn.yaml:80:7
%9421 = pow %6343, %9417 : f64[] @ models/lib/nn.yaml:80:7
%9422 = sub %6316, %9421 : f64[] @ models/lib/nn.yaml:80:7
%9423 = sqrt %9422 : f64[] @ models/lib/nn.yaml:80:7
%9424 = div %6316, %9423 : f64[] @ models/lib/nn.yaml:80:7
%9425 = sqrt %9416 : f32[16] @ models/lib/nn.yaml:80:7
%9426 = cast %9424 : f32[] @ models/lib/nn.yaml:80:7
%9427 = broadcast %9426 : f32[16] @ models/lib/nn.yaml:80:7
%9428 = mul %9425, %9427 : f32[16] @ models/lib/nn.yaml:80:7
%9429 = add %9428, %6480 : f32[16] @ models/lib/nn.yaml:80:7
%9430 = div %9412, %9429 : f32[16] @ models/lib/nn.yaml:80:7
%9431 = cast %9420 : f32[] @ models/lib/nn.yaml:80:7
%9432 = broadcast %9431 : f32[16] @ models/lib/nn.yaml:80:7
%9433 = mul %9430, %9432 : f32[16] @ models/lib/nn.yaml:80:7
%9434 = sub %66, %9433 : f32[16] @ models/lib/nn.yaml:80:7
%9435 = assign %66, %9434 : f32[16] @ models/lib/nn.yaml:80:7
%9436 = assign %9406, %9412 : f32[16] @ models/lib/nn.yaml:80:7
%9437 = assign %9407, %9416 : f32[16] @ models/lib/nn.yaml:80:7
%9438 = assign %9408, %9409 : i64[] @ models/lib/nn.yaml:80:7
%9439 = mul %144, %6491 : f32[16] @ models/lib/nn.yaml:80:7
%9440 = mul %9434, %6493 : f32[16] @ models/lib/nn.yaml:80:7
%9441 = add %9439, %9440 : f32[16] @ models/lib/nn.yaml:80:7
%9442 = assign %144, %9441 : f32[16] @ models/lib/nn.yaml:80:7
%9443 = all_reduce_sum %5387 : f32[16] @ models/lib/nn.yaml:89:7
%9444 = mul %9443, %9443 : f32[16] @ models/lib/nn.yaml:89:7
%9445 = reduce_sum %9444 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9446 = sqrt %9445 : f32[] @ models/lib/nn.yaml:89:7
%9447 = cast %9446 : f64[] @ models/lib/nn.yaml:89:7
%9448 = add %9447, %6312 : f64[] @ models/lib/nn.yaml:89:7
%9449 = div %6314, %9448 : f64[] @ models/lib/nn.yaml:89:7
%9450 = lt %9449, %6316 : bool[] @ models/lib/nn.yaml:89:7
%9451 = cast %9449 : f32[] @ models/lib/nn.yaml:89:7
%9452 = broadcast %9451 : f32[16] @ models/lib/nn.yaml:89:7
%9453 = mul %9443, %9452 : f32[16] @ models/lib/nn.yaml:89:7
%9454 = broadcast %9450 : bool[16] @ models/lib/nn.yaml:89:7
%9455 = select %9454, %9453, %9443 : f32[16] @ models/lib/nn.yaml:89:7
%9456 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9457 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9458 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9459 = add %9458, %6326 : i64[] @ models/lib/nn.yaml:89:7
%9460 = mul %9455, %6457 : f32[16] @ models/lib/nn.yaml:89:7
%9461 = mul %9456, %6459 : f32[16] @ models/lib/nn.yaml:89:7
%9462 = add %9461, %9460 : f32[16] @ models/lib/nn.yaml:89:7
%9463 = mul %9455, %9455 : f32[16] @ models/lib/nn.yaml:89:7
%9464 = mul %9463, %6463 : f32[16] @ models/lib/nn.yaml:89:7
%9465 = mul %9457, %6465 : f32[16] @ models/lib/nn.yaml:89:7
%9466 = add %9465, %9464 : f32[16] @ models/lib/nn.yaml:89:7
%9467 = cast %9459 : f64[] @ models/lib/nn.yaml:89:7
%9468 = pow %6335, %9467 : f64[] @ models/lib/nn.yaml:89:7
%9469 = sub %6316, %9468 : f64[] @ models/lib/nn.yaml:89:7
%9470 = div %4018, %9469 : f64[] @ models/lib/nn.yaml:89:7
%9471 = pow %6343, %9467 : f64[] @ models/lib/nn.yaml:89:7
%9472 = sub %6316, %9471 : f64[] @ models/lib/nn.yaml:89:7
%9473 = sqrt %9472 : f64[] @ models/lib/nn.yaml:89:7
%9474 = div %6316, %9473 : f64[] @ models/lib/nn.yaml:89:7
%9475 = sqrt %9466 : f32[16] @ models/lib/nn.yaml:89:7
%9476 = cast %9474 : f32[] @ models/lib/nn.yaml:89:7
%9477 = broadcast %9476 : f32[16] @ models/lib/nn.yaml:89:7
%9478 = mul %9475, %9477 : f32[16] @ models/lib/nn.yaml:89:7
%9479 = add %9478, %6480 : f32[16] @ models/lib/nn.yaml:89:7
%9480 = div %9462, %9479 : f32[16] @ models/lib/nn.yaml:89:7
%9481 = cast %9470 : f32[] @ models/lib/nn.yaml:89:7
%9482 = broadcast %9481 : f32[16] @ models/lib/nn.yaml:89:7
%9483 = mul %9480, %9482 : f32[16] @ models/lib/nn.yaml:89:7
%9484 = sub %67, %9483 : f32[16] @ models/lib/nn.yaml:89:7
%9485 = assign %67, %9484 : f32[16] @ models/lib/nn.yaml:89:7
%9486 = assign %9456, %9462 : f32[16] @ models/lib/nn.yaml:89:7
%9487 = assign %9457, %9466 : f32[16] @ models/lib/nn.yaml:89:7
%9488 = assign %9458, %9459 : i64[] @ models/lib/nn.yaml:89:7
%9489 = mul %145, %6491 : f32[16] @ models/lib/nn.yaml:89:7
%9490 = mul %9484, %6493 : f32[16] @ models/lib/nn.yaml:89:7
%9491 = add %9489, %9490 : f32[16] @ models/lib/nn.yaml:89:7
%9492 = assign %145, %9491 : f32[16] @ models/lib/nn.yaml:89:7
%9493 = all_reduce_sum %5381 : f32[16] @ models/lib/nn.yaml:90:7
%9494 = mul %9493, %9493 : f32[16] @ models/lib/nn.yaml:90:7
%9495 = reduce_sum %9494 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9496 = sqrt %9495 : f32[] @ models/lib/nn.yaml:90:7
%9497 = cast %9496 : f64[] @ models/lib/nn.yaml:90:7
%9498 = add %9497, %6312 : f64[] @ models/lib/nn.yaml:90:7
%9499 = div %6314, %9498 : f64[] @ models/lib/nn.yaml:90:7
%9500 = lt %9499, %6316 : bool[] @ models/lib/nn.yaml:90:7
%9501 = cast %9499 : f32[] @ models/lib/nn.yaml:90:7
%9502 = broadcast %9501 : f32[16] @ models/lib/nn.yaml:90:7
%9503 = mul %9493, %9502 : f32[16] @ models/lib/nn.yaml:90:7
%9504 = broadcast %9500 : bool[16] @ models/lib/nn.yaml:90:7
%9505 = select %9504, %9503, %9493 : f32[16] @ models/lib/nn.yaml:90:7
%9506 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9507 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9508 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9509 = add %9508, %6326 : i64[] @ models/lib/nn.yaml:90:7
%9510 = mul %9505, %6457 : f32[16] @ models/lib/nn.yaml:90:7
%9511 = mul %9506, %6459 : f32[16] @ models/lib/nn.yaml:90:7
%9512 = add %9511, %9510 : f32[16] @ models/lib/nn.yaml:90:7
%9513 = mul %9505, %9505 : f32[16] @ models/lib/nn.yaml:90:7
%9514 = mul %9513, %6463 : f32[16] @ models/lib/nn.yaml:90:7
%9515 = mul %9507, %6465 : f32[16] @ models/lib/nn.yaml:90:7
%9516 = add %9515, %9514 : f32[16] @ models/lib/nn.yaml:90:7
%9517 = cast %9509 : f64[] @ models/lib/nn.yaml:90:7
%9518 = pow %6335, %9517 : f64[] @ models/lib/nn.yaml:90:7
%9519 = sub %6316, %9518 : f64[] @ models/lib/nn.yaml:90:7
%9520 = div %4018, %9519 : f64[] @ models/lib/nn.yaml:90:7
%9521 = pow %6343, %9517 : f64[] @ models/lib/nn.yaml:90:7
%9522 = sub %6316, %9521 : f64[] @ models/lib/nn.yaml:90:7
%9523 = sqrt %9522 : f64[] @ models/lib/nn.yaml:90:7
%9524 = div %6316, %9523 : f64[] @ models/lib/nn.yaml:90:7
%9525 = sqrt %9516 : f32[16] @ models/lib/nn.yaml:90:7
%9526 = cast %9524 : f32[] @ models/lib/nn.yaml:90:7
%9527 = broadcast %9526 : f32[16] @ models/lib/nn.yaml:90:7
%9528 = mul %9525, %9527 : f32[16] @ models/lib/nn.yaml:90:7
%9529 = add %9528, %6480 : f32[16] @ models/lib/nn.yaml:90:7
%9530 = div %9512, %9529 : f32[16] @ models/lib/nn.yaml:90:7
%9531 = cast %9520 : f32[] @ models/lib/nn.yaml:90:7
%9532 = broadcast %9531 : f32[16] @ models/lib/nn.yaml:90:7
%9533 = mul %9530, %9532 : f32[16] @ models/lib/nn.yaml:90:7
%9534 = sub %68, %9533 : f32[16] @ models/lib/nn.yaml:90:7
%9535 = assign %68, %9534 : f32[16] @ models/lib/nn.yaml:90:7
%9536 = assign %9506, %9512 : f32[16] @ models/lib/nn.yaml:90:7
%9537 = assign %9507, %9516 : f32[16] @ models/lib/nn.yaml:90:7
%9538 = assign %9508, %9509 : i64[] @ models/lib/nn.yaml:90:7
%9539 = mul %146, %6491 : f32[16] @ models/lib/nn.yaml:90:7
%9540 = mul %9534, %6493 : f32[16] @ models/lib/nn.yaml:90:7
%9541 = add %9539, %9540 : f32[16] @ models/lib/nn.yaml:90:7
%9542 = assign %146, %9541 : f32[16] @ models/lib/nn.yaml:90:7
%9543 = all_reduce_sum %5372 : f32[24,16] @ models/lib/nn.yaml:79:7
%9544 = reshape %9543 : f32[384] @ models/lib/nn.yaml:79:7
%9545 = mul %9544, %9544 : f32[384] @ models/lib/nn.yaml:79:7
%9546 = reduce_sum %9545 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9547 = sqrt %9546 : f32[] @ models/lib/nn.yaml:79:7
%9548 = cast %9547 : f64[] @ models/lib/nn.yaml:79:7
%9549 = add %9548, %6312 : f64[] @ models/lib/nn.yaml:79:7
%9550 = div %6314, %9549 : f64[] @ models/lib/nn.yaml:79:7
%9551 = lt %9550, %6316 : bool[] @ models/lib/nn.yaml:79:7
%9552 = cast %9550 : f32[] @ models/lib/nn.yaml:79:7
%9553 = broadcast %9552 : f32[24,16] @ models/lib/nn.yaml:79:7
%9554 = mul %9543, %9553 : f32[24,16] @ models/lib/nn.yaml:79:7
%9555 = broadcast %9551 : bool[24,16] @ models/lib/nn.yaml:79:7
%9556 = select %9555, %9554, %9543 : f32[24,16] @ models/lib/nn.yaml:79:7
%9557 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9558 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9559 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9560 = add %9559, %6326 : i64[] @ models/lib/nn.yaml:79:7
%9561 = broadcast %6330 : f32[24,16] @ models/lib/nn.yaml:79:7
%9562 = mul %69, %9561 : f32[24,16] @ models/lib/nn.yaml:79:7
%9563 = broadcast %3743 : f32[24,16] @ models/lib/nn.yaml:79:7
%9564 = mul %9556, %9563 : f32[24,16] @ models/lib/nn.yaml:79:7
%9565 = broadcast %2577 : f32[24,16] @ models/lib/nn.yaml:79:7
%9566 = mul %9557, %9565 : f32[24,16] @ models/lib/nn.yaml:79:7
%9567 = add %9566, %9564 : f32[24,16] @ models/lib/nn.yaml:79:7
%9568 = mul %9556, %9556 : f32[24,16] @ models/lib/nn.yaml:79:7
%9569 = broadcast %6340 : f32[24,16] @ models/lib/nn.yaml:79:7
%9570 = mul %9568, %9569 : f32[24,16] @ models/lib/nn.yaml:79:7
%9571 = broadcast %6344 : f32[24,16] @ models/lib/nn.yaml:79:7
%9572 = mul %9558, %9571 : f32[24,16] @ models/lib/nn.yaml:79:7
%9573 = add %9572, %9570 : f32[24,16] @ models/lib/nn.yaml:79:7
%9574 = cast %9560 : f64[] @ models/lib/nn.yaml:79:7
%9575 = pow %6335, %9574 : f64[] @ models/lib/nn.yaml:79:7
%9576 = sub %6316, %9575 : f64[] @ models/lib/nn.yaml:79:7
%9577 = div %4018, %9576 : f64[] @ models/lib/nn.yaml:79:7
%9578 = pow %6343, %9574 : f64[] @ models/lib/nn.yaml:79:7
%9579 = sub %6316, %9578 : f64[] @ models/lib/nn.yaml:79:7
%9580 = sqrt %9579 : f64[] @ models/lib/nn.yaml:79:7
%9581 = div %6316, %9580 : f64[] @ models/lib/nn.yaml:79:7
%9582 = sqrt %9573 : f32[24,16] @ models/lib/nn.yaml:79:7
%9583 = cast %9581 : f32[] @ models/lib/nn.yaml:79:7
%9584 = broadcast %9583 : f32[24,16] @ models/lib/nn.yaml:79:7
%9585 = mul %9582, %9584 : f32[24,16] @ models/lib/nn.yaml:79:7
%9586 = broadcast %6360 : f32[24,16] @ models/lib/nn.yaml:79:7
%9587 = add %9585, %9586 : f32[24,16] @ models/lib/nn.yaml:79:7
%9588 = div %9567, %9587 : f32[24,16] @ models/lib/nn.yaml:79:7
%9589 = cast %9577 : f32[] @ models/lib/nn.yaml:79:7
%9590 = broadcast %9589 : f32[24,16] @ models/lib/nn.yaml:79:7
%9591 = mul %9588, %9590 : f32[24,16] @ models/lib/nn.yaml:79:7
%9592 = sub %9562, %9591 : f32[24,16] @ models/lib/nn.yaml:79:7
%9593 = assign %69, %9592 : f32[24,16] @ models/lib/nn.yaml:79:7
%9594 = assign %9557, %9567 : f32[24,16] @ models/lib/nn.yaml:79:7
%9595 = assign %9558, %9573 : f32[24,16] @ models/lib/nn.yaml:79:7
%9596 = assign %9559, %9560 : i64[] @ models/lib/nn.yaml:79:7
%9597 = broadcast %3 : f32[24,16] @ models/lib/nn.yaml:79:7
%9598 = mul %147, %9597 : f32[24,16] @ models/lib/nn.yaml:79:7
%9599 = broadcast %6375 : f32[24,16] @ models/lib/nn.yaml:79:7
%9600 = mul %9592, %9599 : f32[24,16] @ models/lib/nn.yaml:79:7
%9601 = add %9598, %9600 : f32[24,16] @ models/lib/nn.yaml:79:7
%9602 = assign %147, %9601 : f32[24,16] @ models/lib/nn.yaml:79:7
%9603 = all_reduce_sum %5367 : f32[24] @ models/lib/nn.yaml:80:7
%9604 = mul %9603, %9603 : f32[24] @ models/lib/nn.yaml:80:7
%9605 = reduce_sum %9604 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9606 = sqrt %9605 : f32[] @ models/lib/nn.yaml:80:7
%9607 = cast %9606 : f64[] @ models/lib/nn.yaml:80:7
%9608 = add %9607, %6312 : f64[] @ models/lib/nn.yaml:80:7
%9609 = div %6314, %9608 : f64[] @ models/lib/nn.yaml:80:7
%9610 = lt %9609, %6316 : bool[] @ models/lib/nn.yaml:80:7
%9611 = cast %9609 : f32[] @ models/lib/nn.yaml:80:7
%9612 = broadcast %9611 : f32[24] @ models/lib/nn.yaml:80:7
%9613 = mul %9603, %9612 : f32[24] @ models/lib/nn.yaml:80:7
%9614 = broadcast %9610 : bool[24] @ models/lib/nn.yaml:80:7
%9615 = select %9614, %9613, %9603 : f32[24] @ models/lib/nn.yaml:80:7
%9616 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9617 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9618 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9619 = add %9618, %6326 : i64[] @ models/lib/nn.yaml:80:7
%9620 = broadcast %3743 : f32[24] @ models/lib/nn.yaml:80:7
%9621 = mul %9615, %9620 : f32[24] @ models/lib/nn.yaml:80:7
%9622 = broadcast %2577 : f32[24] @ models/lib/nn.yaml:80:7
%9623 = mul %9616, %9622 : f32[24] @ models/lib/nn.yaml:80:7
%9624 = add %9623, %9621 : f32[24] @ models/lib/nn.yaml:80:7
%9625 = mul %9615, %9615 : f32[24] @ models/lib/nn.yaml:80:7
%9626 = broadcast %6340 : f32[24] @ models/lib/nn.yaml:80:7
%9627 = mul %9625, %9626 : f32[24] @ models/lib/nn.yaml:80:7
%9628 = broadcast %6344 : f32[24] @ models/lib/nn.yaml:80:7
%9629 = mul %9617, %9628 : f32[24] @ models/lib/nn.yaml:80:7
%9630 = add %9629, %9627 : f32[24] @ models/lib/nn.yaml:80:7
%9631 = cast %9619 : f64[] @ models/lib/nn.yaml:80:7
%9632 = pow %6335, %9631 : f64[] @ models/lib/nn.yaml:80:7
%9633 = sub %6316, %9632 : f64[] @ models/lib/nn.yaml:80:7
%9634 = div %4018, %9633 : f64[] @ models/lib/nn.yaml:80:7
%9635 = pow %6343, %9631 : f64[] @ models/lib/nn.yaml:80:7
%9636 = sub %6316, %9635 : f64[] @ models/lib/nn.yaml:80:7
%9637 = sqrt %9636 : f64[] @ models/lib/nn.yaml:80:7
%9638 = div %6316, %9637 : f64[] @ models/lib/nn.yaml:80:7
%9639 = sqrt %9630 : f32[24] @ models/lib/nn.yaml:80:7
%9640 = cast %9638 : f32[] @ models/lib/nn.yaml:80:7
%9641 = broadcast %9640 : f32[24] @ models/lib/nn.yaml:80:7
%9642 = mul %9639, %9641 : f32[24] @ models/lib/nn.yaml:80:7
%9643 = broadcast %6360 : f32[24] @ models/lib/nn.yaml:80:7
%9644 = add %9642, %9643 : f32[24] @ models/lib/nn.yaml:80:7
%9645 = div %9624, %9644 : f32[24] @ models/lib/nn.yaml:80:7
%9646 = cast %9634 : f32[] @ models/lib/nn.yaml:80:7
%9647 = broadcast %9646 : f32[24] @ models/lib/nn.yaml:80:7
%9648 = mul %9645, %9647 : f32[24] @ models/lib/nn.yaml:80:7
%9649 = sub %70, %9648 : f32[24] @ models/lib/nn.yaml:80:7
%9650 = assign %70, %9649 : f32[24] @ models/lib/nn.yaml:80:7
%9651 = assign %9616, %9624 : f32[24] @ models/lib/nn.yaml:80:7
%9652 = assign %9617, %9630 : f32[24] @ models/lib/nn.yaml:80:7
%9653 = assign %9618, %9619 : i64[] @ models/lib/nn.yaml:80:7
%9654 = broadcast %3 : f32[24] @ models/lib/nn.yaml:80:7
%9655 = mul %148, %9654 : f32[24] @ models/lib/nn.yaml:80:7
%9656 = broadcast %6375 : f32[24] @ models/lib/nn.yaml:80:7
%9657 = mul %9649, %9656 : f32[24] @ models/lib/nn.yaml:80:7
%9658 = add %9655, %9657 : f32[24] @ models/lib/nn.yaml:80:7
%9659 = assign %148, %9658 : f32[24] @ models/lib/nn.yaml:80:7
%9660 = all_reduce_sum %5349 : f32[24,24] @ models/lib/nn.yaml:79:7
%9661 = reshape %9660 : f32[576] @ models/lib/nn.yaml:79:7
%9662 = mul %9661, %9661 : f32[576] @ models/lib/nn.yaml:79:7
%9663 = reduce_sum %9662 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9664 = sqrt %9663 : f32[] @ models/lib/nn.yaml:79:7
%9665 = cast %9664 : f64[] @ models/lib/nn.yaml:79:7
%9666 = add %9665, %6312 : f64[] @ models/lib/nn.yaml:79:7
%9667 = div %6314, %9666 : f64[] @ models/lib/nn.yaml:79:7
%9668 = lt %9667, %6316 : bool[] @ models/lib/nn.yaml:79:7
%9669 = cast %9667 : f32[] @ models/lib/nn.yaml:79:7
%9670 = broadcast %9669 : f32[24,24] @ models/lib/nn.yaml:79:7
%9671 = mul %9660, %9670 : f32[24,24] @ models/lib/nn.yaml:79:7
%9672 = broadcast %9668 : bool[24,24] @ models/lib/nn.yaml:79:7
%9673 = select %9672, %9671, %9660 : f32[24,24] @ models/lib/nn.yaml:79:7
%9674 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9675 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9676 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9677 = add %9676, %6326 : i64[] @ models/lib/nn.yaml:79:7
%9678 = broadcast %6330 : f32[24,24] @ models/lib/nn.yaml:79:7
%9679 = mul %71, %9678 : f32[24,24] @ models/lib/nn.yaml:79:7
%9680 = broadcast %3743 : f32[24,24] @ models/lib/nn.yaml:79:7
%9681 = mul %9673, %9680 : f32[24,24] @ models/lib/nn.yaml:79:7
%9682 = broadcast %2577 : f32[24,24] @ models/lib/nn.yaml:79:7
%9683 = mul %9674, %9682 : f32[24,24] @ models/lib/nn.yaml:79:7
%9684 = add %9683, %9681 : f32[24,24] @ models/lib/nn.yaml:79:7
%9685 = mul %9673, %9673 : f32[24,24] @ models/lib/nn.yaml:79:7
%9686 = broadcast %6340 : f32[24,24] @ models/lib/nn.yaml:79:7
%9687 = mul %9685, %9686 : f32[24,24] @ models/lib/nn.yaml:79:7
%9688 = broadcast %6344 : f32[24,24] @ models/lib/nn.yaml:79:7
%9689 = mul %9675, %9688 : f32[24,24] @ models/lib/nn.yaml:79:7
%9690 = add %9689, %9687 : f32[24,24] @ models/lib/nn.yaml:79:7
%9691 = cast %9677 : f64[] @ models/lib/nn.yaml:79:7
%9692 = pow %6335, %9691 : f64[] @ models/lib/nn.yaml:79:7
%9693 = sub %6316, %9692 : f64[] @ models/lib/nn.yaml:79:7
%9694 = div %4018, %9693 : f64[] @ models/lib/nn.yaml:79:7
%9695 = pow %6343, %9691 : f64[] @ models/lib/nn.yaml:79:7
%9696 = sub %6316, %9695 : f64[] @ models/lib/nn.yaml:79:7
%9697 = sqrt %9696 : f64[] @ models/lib/nn.yaml:79:7
%9698 = div %6316, %9697 : f64[] @ models/lib/nn.yaml:79:7
%9699 = sqrt %9690 : f32[24,24] @ models/lib/nn.yaml:79:7
%9700 = cast %9698 : f32[] @ models/lib/nn.yaml:79:7
%9701 = broadcast %9700 : f32[24,24] @ models/lib/nn.yaml:79:7
%9702 = mul %9699, %9701 : f32[24,24] @ models/lib/nn.yaml:79:7
%9703 = broadcast %6360 : f32[24,24] @ models/lib/nn.yaml:79:7
%9704 = add %9702, %9703 : f32[24,24] @ models/lib/nn.yaml:79:7
%9705 = div %9684, %9704 : f32[24,24] @ models/lib/nn.yaml:79:7
%9706 = cast %9694 : f32[] @ models/lib/nn.yaml:79:7
%9707 = broadcast %9706 : f32[24,24] @ models/lib/nn.yaml:79:7
%9708 = mul %9705, %9707 : f32[24,24] @ models/lib/nn.yaml:79:7
%9709 = sub %9679, %9708 : f32[24,24] @ models/lib/nn.yaml:79:7
%9710 = assign %71, %9709 : f32[24,24] @ models/lib/nn.yaml:79:7
%9711 = assign %9674, %9684 : f32[24,24] @ models/lib/nn.yaml:79:7
%9712 = assign %9675, %9690 : f32[24,24] @ models/lib/nn.yaml:79:7
%9713 = assign %9676, %9677 : i64[] @ models/lib/nn.yaml:79:7
%9714 = broadcast %3 : f32[24,24] @ models/lib/nn.yaml:79:7
%9715 = mul %149, %9714 : f32[24,24] @ models/lib/nn.yaml:79:7
%9716 = broadcast %6375 : f32[24,24] @ models/lib/nn.yaml:79:7
%9717 = mul %9709, %9716 : f32[24,24] @ models/lib/nn.yaml:79:7
%9718 = add %9715, %9717 : f32[24,24] @ models/lib/nn.yaml:79:7
%9719 = assign %149, %9718 : f32[24,24] @ models/lib/nn.yaml:79:7
%9720 = all_reduce_sum %5344 : f32[24] @ models/lib/nn.yaml:80:7
%9721 = mul %9720, %9720 : f32[24] @ models/lib/nn.yaml:80:7
%9722 = reduce_sum %9721 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9723 = sqrt %9722 : f32[] @ models/lib/nn.yaml:80:7
%9724 = cast %9723 : f64[] @ models/lib/nn.yaml:80:7
%9725 = add %9724, %6312 : f64[] @ models/lib/nn.yaml:80:7
%9726 = div %6314, %9725 : f64[] @ models/lib/nn.yaml:80:7
%9727 = lt %9726, %6316 : bool[] @ models/lib/nn.yaml:80:7
%9728 = cast %9726 : f32[] @ models/lib/nn.yaml:80:7
%9729 = broadcast %9728 : f32[24] @ models/lib/nn.yaml:80:7
%9730 = mul %9720, %9729 : f32[24] @ models/lib/nn.yaml:80:7
%9731 = broadcast %9727 : bool[24] @ models/lib/nn.yaml:80:7
%9732 = select %9731, %9730, %9720 : f32[24] @ models/lib/nn.yaml:80:7
%9733 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9734 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9735 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9736 = add %9735, %6326 : i64[] @ models/lib/nn.yaml:80:7
%9737 = mul %9732, %9620 : f32[24] @ models/lib/nn.yaml:80:7
%9738 = mul %9733, %9622 : f32[24] @ models/lib/nn.yaml:80:7
%9739 = add %9738, %9737 : f32[24] @ models/lib/nn.yaml:80:7
%9740 = mul %9732, %9732 : f32[24] @ models/lib/nn.yaml:80:7
%9741 = mul %9740, %9626 : f32[24] @ models/lib/nn.yaml:80:7
%9742 = mul %9734, %9628 : f32[24] @ models/lib/nn.yaml:80:7
%9743 = add %9742, %9741 : f32[24] @ models/lib/nn.yaml:80:7
%9744 = cast %9736 : f64[] @ models/lib/nn.yaml:80:7
%9745 = pow %6335, %9744 : f64[] @ models/lib/nn.yaml:80:7
%9746 = sub %6316, %9745 : f64[] @ models/lib/nn.yaml:80:7
%9747 = div %4018, %9746 : f64[] @ models/lib/nn.yaml:80:7
%9748 = pow %6343, %9744 : f64[] @ models/lib/nn.yaml:80:7
%9749 = sub %6316, %9748 : f64[] @ models/lib/nn.yaml:80:7
%9750 = sqrt %9749 : f64[] @ models/lib/nn.yaml:80:7
%9751 = div %6316, %9750 : f64[] @ models/lib/nn.yaml:80:7
%9752 = sqrt %9743 : f32[24] @ models/lib/nn.yaml:80:7
%9753 = cast %9751 : f32[] @ models/lib/nn.yaml:80:7
%9754 = broadcast %9753 : f32[24] @ models/lib/nn.yaml:80:7
%9755 = mul %9752, %9754 : f32[24] @ models/lib/nn.yaml:80:7
%9756 = add %9755, %9643 : f32[24] @ models/lib/nn.yaml:80:7
%9757 = div %9739, %9756 : f32[24] @ models/lib/nn.yaml:80:7
%9758 = cast %9747 : f32[] @ models/lib/nn.yaml:80:7
%9759 = broadcast %9758 : f32[24] @ models/lib/nn.yaml:80:7
%9760 = mul %9757, %9759 : f32[24] @ models/lib/nn.yaml:80:7
%9761 = sub %72, %9760 : f32[24] @ models/lib/nn.yaml:80:7
%9762 = assign %72, %9761 : f32[24] @ models/lib/nn.yaml:80:7
%9763 = assign %9733, %9739 : f32[24] @ models/lib/nn.yaml:80:7
%9764 = assign %9734, %9743 : f32[24] @ models/lib/nn.yaml:80:7
%9765 = assign %9735, %9736 : i64[] @ models/lib/nn.yaml:80:7
%9766 = mul %150, %9654 : f32[24] @ models/lib/nn.yaml:80:7
%9767 = mul %9761, %9656 : f32[24] @ models/lib/nn.yaml:80:7
%9768 = add %9766, %9767 : f32[24] @ models/lib/nn.yaml:80:7
%9769 = assign %150, %9768 : f32[24] @ models/lib/nn.yaml:80:7
%9770 = all_reduce_sum %5326 : f32[8,24] @ models/lib/nn.yaml:79:7
%9771 = reshape %9770 : f32[192] @ models/lib/nn.yaml:79:7
%9772 = mul %9771, %9771 : f32[192] @ models/lib/nn.yaml:79:7
%9773 = reduce_sum %9772 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9774 = sqrt %9773 : f32[] @ models/lib/nn.yaml:79:7
%9775 = cast %9774 : f64[] @ models/lib/nn.yaml:79:7
%9776 = add %9775, %6312 : f64[] @ models/lib/nn.yaml:79:7
%9777 = div %6314, %9776 : f64[] @ models/lib/nn.yaml:79:7
%9778 = lt %9777, %6316 : bool[] @ models/lib/nn.yaml:79:7
%9779 = cast %9777 : f32[] @ models/lib/nn.yaml:79:7
%9780 = broadcast %9779 : f32[8,24] @ models/lib/nn.yaml:79:7
%9781 = mul %9770, %9780 : f32[8,24] @ models/lib/nn.yaml:79:7
%9782 = broadcast %9778 : bool[8,24] @ models/lib/nn.yaml:79:7
%9783 = select %9782, %9781, %9770 : f32[8,24] @ models/lib/nn.yaml:79:7
%9784 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%9785 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%9786 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9787 = add %9786, %6326 : i64[] @ models/lib/nn.yaml:79:7
%9788 = broadcast %6330 : f32[8,24] @ models/lib/nn.yaml:79:7
%9789 = mul %73, %9788 : f32[8,24] @ models/lib/nn.yaml:79:7
%9790 = broadcast %3743 : f32[8,24] @ models/lib/nn.yaml:79:7
%9791 = mul %9783, %9790 : f32[8,24] @ models/lib/nn.yaml:79:7
%9792 = broadcast %2577 : f32[8,24] @ models/lib/nn.yaml:79:7
%9793 = mul %9784, %9792 : f32[8,24] @ models/lib/nn.yaml:79:7
%9794 = add %9793, %9791 : f32[8,24] @ models/lib/nn.yaml:79:7
%9795 = mul %9783, %9783 : f32[8,24] @ models/lib/nn.yaml:79:7
%9796 = broadcast %6340 : f32[8,24] @ models/lib/nn.yaml:79:7
%9797 = mul %9795, %9796 : f32[8,24] @ models/lib/nn.yaml:79:7
%9798 = broadcast %6344 : f32[8,24] @ models/lib/nn.yaml:79:7
%9799 = mul %9785, %9798 : f32[8,24] @ models/lib/nn.yaml:79:7
%9800 = add %9799, %9797 : f32[8,24] @ models/lib/nn.yaml:79:7
%9801 = cast %9787 : f64[] @ models/lib/nn.yaml:79:7
%9802 = pow %6335, %9801 : f64[] @ models/lib/nn.yaml:79:7
%9803 = sub %6316, %9802 : f64[] @ models/lib/nn.yaml:79:7
%9804 = div %4018, %9803 : f64[] @ models/lib/nn.yaml:79:7
%9805 = pow %6343, %9801 : f64[] @ models/lib/nn.yaml:79:7
%9806 = sub %6316, %9805 : f64[] @ models/lib/nn.yaml:79:7
%9807 = sqrt %9806 : f64[] @ models/lib/nn.yaml:79:7
%9808 = div %6316, %9807 : f64[] @ models/lib/nn.yaml:79:7
%9809 = sqrt %9800 : f32[8,24] @ models/lib/nn.yaml:79:7
%9810 = cast %9808 : f32[] @ models/lib/nn.yaml:79:7
%9811 = broadcast %9810 : f32[8,24] @ models/lib/nn.yaml:79:7
%9812 = mul %9809, %9811 : f32[8,24] @ models/lib/nn.yaml:79:7
%9813 = broadcast %6360 : f32[8,24] @ models/lib/nn.yaml:79:7
%9814 = add %9812, %9813 : f32[8,24] @ models/lib/nn.yaml:79:7
%9815 = div %9794, %9814 : f32[8,24] @ models/lib/nn.yaml:79:7
%9816 = cast %9804 : f32[] @ models/lib/nn.yaml:79:7
%9817 = broadcast %9816 : f32[8,24] @ models/lib/nn.yaml:79:7
%9818 = mul %9815, %9817 : f32[8,24] @ models/lib/nn.yaml:79:7
%9819 = sub %9789, %9818 : f32[8,24] @ models/lib/nn.yaml:79:7
%9820 = assign %73, %9819 : f32[8,24] @ models/lib/nn.yaml:79:7
%9821 = assign %9784, %9794 : f32[8,24] @ models/lib/nn.yaml:79:7
%9822 = assign %9785, %9800 : f32[8,24] @ models/lib/nn.yaml:79:7
%9823 = assign %9786, %9787 : i64[] @ models/lib/nn.yaml:79:7
%9824 = broadcast %3 : f32[8,24] @ models/lib/nn.yaml:79:7
%9825 = mul %151, %9824 : f32[8,24] @ models/lib/nn.yaml:79:7
%9826 = broadcast %6375 : f32[8,24] @ models/lib/nn.yaml:79:7
%9827 = mul %9819, %9826 : f32[8,24] @ models/lib/nn.yaml:79:7
%9828 = add %9825, %9827 : f32[8,24] @ models/lib/nn.yaml:79:7
%9829 = assign %151, %9828 : f32[8,24] @ models/lib/nn.yaml:79:7
%9830 = all_reduce_sum %5321 : f32[8] @ models/lib/nn.yaml:80:7
%9831 = mul %9830, %9830 : f32[8] @ models/lib/nn.yaml:80:7
%9832 = reduce_sum %9831 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9833 = sqrt %9832 : f32[] @ models/lib/nn.yaml:80:7
%9834 = cast %9833 : f64[] @ models/lib/nn.yaml:80:7
%9835 = add %9834, %6312 : f64[] @ models/lib/nn.yaml:80:7
%9836 = div %6314, %9835 : f64[] @ models/lib/nn.yaml:80:7
%9837 = lt %9836, %6316 : bool[] @ models/lib/nn.yaml:80:7
%9838 = cast %9836 : f32[] @ models/lib/nn.yaml:80:7
%9839 = broadcast %9838 : f32[8] @ models/lib/nn.yaml:80:7
%9840 = mul %9830, %9839 : f32[8] @ models/lib/nn.yaml:80:7
%9841 = broadcast %9837 : bool[8] @ models/lib/nn.yaml:80:7
%9842 = select %9841, %9840, %9830 : f32[8] @ models/lib/nn.yaml:80:7
%9843 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9844 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9845 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9846 = add %9845, %6326 : i64[] @ models/lib/nn.yaml:80:7
%9847 = broadcast %3743 : f32[8] @ models/lib/nn.yaml:80:7
%9848 = mul %9842, %9847 : f32[8] @ models/lib/nn.yaml:80:7
%9849 = broadcast %2577 : f32[8] @ models/lib/nn.yaml:80:7
%9850 = mul %9843, %9849 : f32[8] @ models/lib/nn.yaml:80:7
%9851 = add %9850, %9848 : f32[8] @ models/lib/nn.yaml:80:7
%9852 = mul %9842, %9842 : f32[8] @ models/lib/nn.yaml:80:7
%9853 = broadcast %6340 : f32[8] @ models/lib/nn.yaml:80:7
%9854 = mul %9852, %9853 : f32[8] @ models/lib/nn.yaml:80:7
%9855 = broadcast %6344 : f32[8] @ models/lib/nn.yaml:80:7
%9856 = mul %9844, %9855 : f32[8] @ models/lib/nn.yaml:80:7
%9857 = add %9856, %9854 : f32[8] @ models/lib/nn.yaml:80:7
%9858 = cast %9846 : f64[] @ models/lib/nn.yaml:80:7
%9859 = pow %6335, %9858 : f64[] @ models/lib/nn.yaml:80:7
%9860 = sub %6316, %9859 : f64[] @ models/lib/nn.yaml:80:7
%9861 = div %4018, %9860 : f64[] @ models/lib/nn.yaml:80:7
%9862 = pow %6343, %9858 : f64[] @ models/lib/nn.yaml:80:7
%9863 = sub %6316, %9862 : f64[] @ models/lib/nn.yaml:80:7
%9864 = sqrt %9863 : f64[] @ models/lib/nn.yaml:80:7
%9865 = div %6316, %9864 : f64[] @ models/lib/nn.yaml:80:7
%9866 = sqrt %9857 : f32[8] @ models/lib/nn.yaml:80:7
%9867 = cast %9865 : f32[] @ models/lib/nn.yaml:80:7
%9868 = broadcast %9867 : f32[8] @ models/lib/nn.yaml:80:7
%9869 = mul %9866, %9868 : f32[8] @ models/lib/nn.yaml:80:7
%9870 = broadcast %6360 : f32[8] @ models/lib/nn.yaml:80:7
%9871 = add %9869, %9870 : f32[8] @ models/lib/nn.yaml:80:7
%9872 = div %9851, %9871 : f32[8] @ models/lib/nn.yaml:80:7
%9873 = cast %9861 : f32[] @ models/lib/nn.yaml:80:7
%9874 = broadcast %9873 : f32[8] @ models/lib/nn.yaml:80:7
%9875 = mul %9872, %9874 : f32[8] @ models/lib/nn.yaml:80:7
%9876 = sub %74, %9875 : f32[8] @ models/lib/nn.yaml:80:7
%9877 = assign %74, %9876 : f32[8] @ models/lib/nn.yaml:80:7
%9878 = assign %9843, %9851 : f32[8] @ models/lib/nn.yaml:80:7
%9879 = assign %9844, %9857 : f32[8] @ models/lib/nn.yaml:80:7
%9880 = assign %9845, %9846 : i64[] @ models/lib/nn.yaml:80:7
%9881 = broadcast %3 : f32[8] @ models/lib/nn.yaml:80:7
%9882 = mul %152, %9881 : f32[8] @ models/lib/nn.yaml:80:7
%9883 = broadcast %6375 : f32[8] @ models/lib/nn.yaml:80:7
%9884 = mul %9876, %9883 : f32[8] @ models/lib/nn.yaml:80:7
%9885 = add %9882, %9884 : f32[8] @ models/lib/nn.yaml:80:7
%9886 = assign %152, %9885 : f32[8] @ models/lib/nn.yaml:80:7
%9887 = broadcast %3 : f32[32,1] @ models/lib/dino.yaml:18:7
%9888 = mul %153, %9887 : f32[32,1] @ models/lib/dino.yaml:18:7
%9889 = broadcast %6375 : f32[32,1] @ models/lib/dino.yaml:18:7
%9890 = mul %75, %9889 : f32[32,1] @ models/lib/dino.yaml:18:7
%9891 = add %9888, %9890 : f32[32,1] @ models/lib/dino.yaml:18:7
%9892 = assign %153, %9891 : f32[32,1] @ models/lib/dino.yaml:18:7
%9893 = all_reduce_sum %5300 : f32[32,8] @ models/lib/dino.yaml:19:7
%9894 = reshape %9893 : f32[256] @ models/lib/dino.yaml:19:7
%9895 = mul %9894, %9894 : f32[256] @ models/lib/dino.yaml:19:7
%9896 = reduce_sum %9895 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%9897 = sqrt %9896 : f32[] @ models/lib/dino.yaml:19:7
%9898 = cast %9897 : f64[] @ models/lib/dino.yaml:19:7
%9899 = add %9898, %6312 : f64[] @ models/lib/dino.yaml:19:7
%9900 = div %6314, %9899 : f64[] @ models/lib/dino.yaml:19:7
%9901 = lt %9900, %6316 : bool[] @ models/lib/dino.yaml:19:7
%9902 = cast %9900 : f32[] @ models/lib/dino.yaml:19:7
%9903 = broadcast %9902 : f32[32,8] @ models/lib/dino.yaml:19:7
%9904 = mul %9893, %9903 : f32[32,8] @ models/lib/dino.yaml:19:7
%9905 = broadcast %9901 : bool[32,8] @ models/lib/dino.yaml:19:7
%9906 = select %9905, %9904, %9893 : f32[32,8] @ models/lib/dino.yaml:19:7
%9907 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%9908 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%9909 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%9910 = add %9909, %6326 : i64[] @ models/lib/dino.yaml:19:7
%9911 = broadcast %6330 : f32[32,8] @ models/lib/dino.yaml:19:7
%9912 = mul %76, %9911 : f32[32,8] @ models/lib/dino.yaml:19:7
%9913 = broadcast %3743 : f32[32,8] @ models/lib/dino.yaml:19:7
%9914 = mul %9906, %9913 : f32[32,8] @ models/lib/dino.yaml:19:7
%9915 = broadcast %2577 : f32[32,8] @ models/lib/dino.yaml:19:7
%9916 = mul %9907, %9915 : f32[32,8] @ models/lib/dino.yaml:19:7
%9917 = add %9916, %9914 : f32[32,8] @ models/lib/dino.yaml:19:7
%9918 = mul %9906, %9906 : f32[32,8] @ models/lib/dino.yaml:19:7
%9919 = broadcast %6340 : f32[32,8] @ models/lib/dino.yaml:19:7
%9920 = mul %9918, %9919 : f32[32,8] @ models/lib/dino.yaml:19:7
%9921 = broadcast %6344 : f32[32,8] @ models/lib/dino.yaml:19:7
%9922 = mul %9908, %9921 : f32[32,8] @ models/lib/dino.yaml:19:7
%9923 = add %9922, %9920 : f32[32,8] @ models/lib/dino.yaml:19:7
%9924 = cast %9910 : f64[] @ models/lib/dino.yaml:19:7
%9925 = pow %6335, %9924 : f64[] @ models/lib/dino.yaml:19:7
%9926 = sub %6316, %9925 : f64[] @ models/lib/dino.yaml:19:7
%9927 = div %4018, %9926 : f64[] @ models/lib/dino.yaml:19:7
%9928 = pow %6343, %9924 : f64[] @ models/lib/dino.yaml:19:7
%9929 = sub %6316, %9928 : f64[] @ models/lib/dino.yaml:19:7
%9930 = sqrt %9929 : f64[] @ models/lib/dino.yaml:19:7
%9931 = div %6316, %9930 : f64[] @ models/lib/dino.yaml:19:7
%9932 = sqrt %9923 : f32[32,8] @ models/lib/dino.yaml:19:7
%9933 = cast %9931 : f32[] @ models/lib/dino.yaml:19:7
%9934 = broadcast %9933 : f32[32,8] @ models/lib/dino.yaml:19:7
%9935 = mul %9932, %9934 : f32[32,8] @ models/lib/dino.yaml:19:7
%9936 = broadcast %6360 : f32[32,8] @ models/lib/dino.yaml:19:7
%9937 = add %9935, %9936 : f32[32,8] @ models/lib/dino.yaml:19:7
%9938 = div %9917, %9937 : f32[32,8] @ models/lib/dino.yaml:19:7
%9939 = cast %9927 : f32[] @ models/lib/dino.yaml:19:7
%9940 = broadcast %9939 : f32[32,8] @ models/lib/dino.yaml:19:7
%9941 = mul %9938, %9940 : f32[32,8] @ models/lib/dino.yaml:19:7
%9942 = sub %9912, %9941 : f32[32,8] @ models/lib/dino.yaml:19:7
%9943 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%9944 = lt %9943, %6326 : bool[] @ models/lib/dino.yaml:19:7
%9945 = broadcast %9944 : bool[32,8] @ models/lib/dino.yaml:19:7
%9946 = select %9945, %76, %9942 : f32[32,8] @ models/lib/dino.yaml:19:7
%9947 = select %9945, %9907, %9917 : f32[32,8] @ models/lib/dino.yaml:19:7
%9948 = select %9945, %9908, %9923 : f32[32,8] @ models/lib/dino.yaml:19:7
%9949 = select %9944, %9909, %9910 : i64[] @ models/lib/dino.yaml:19:7
%9950 = assign %76, %9946 : f32[32,8] @ models/lib/dino.yaml:19:7
%9951 = assign %9907, %9947 : f32[32,8] @ models/lib/dino.yaml:19:7
%9952 = assign %9908, %9948 : f32[32,8] @ models/lib/dino.yaml:19:7
%9953 = assign %9909, %9949 : i64[] @ models/lib/dino.yaml:19:7
%9954 = broadcast %3 : f32[32,8] @ models/lib/dino.yaml:19:7
%9955 = mul %154, %9954 : f32[32,8] @ models/lib/dino.yaml:19:7
%9956 = broadcast %6375 : f32[32,8] @ models/lib/dino.yaml:19:7
%9957 = mul %9946, %9956 : f32[32,8] @ models/lib/dino.yaml:19:7
%9958 = add %9955, %9957 : f32[32,8] @ models/lib/dino.yaml:19:7
%9959 = assign %154, %9958 : f32[32,8] @ models/lib/dino.yaml:19:7
%9960 = all_reduce_sum %5284 : f32[24,16] @ models/lib/nn.yaml:79:7
%9961 = reshape %9960 : f32[384] @ models/lib/nn.yaml:79:7
%9962 = mul %9961, %9961 : f32[384] @ models/lib/nn.yaml:79:7
%9963 = reduce_sum %9962 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9964 = sqrt %9963 : f32[] @ models/lib/nn.yaml:79:7
%9965 = cast %9964 : f64[] @ models/lib/nn.yaml:79:7
%9966 = add %9965, %6312 : f64[] @ models/lib/nn.yaml:79:7
%9967 = div %6314, %9966 : f64[] @ models/lib/nn.yaml:79:7
%9968 = lt %9967, %6316 : bool[] @ models/lib/nn.yaml:79:7
%9969 = cast %9967 : f32[] @ models/lib/nn.yaml:79:7
%9970 = broadcast %9969 : f32[24,16] @ models/lib/nn.yaml:79:7
%9971 = mul %9960, %9970 : f32[24,16] @ models/lib/nn.yaml:79:7
%9972 = broadcast %9968 : bool[24,16] @ models/lib/nn.yaml:79:7
%9973 = select %9972, %9971, %9960 : f32[24,16] @ models/lib/nn.yaml:79:7
%9974 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9975 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9976 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9977 = add %9976, %6326 : i64[] @ models/lib/nn.yaml:79:7
%9978 = mul %77, %9561 : f32[24,16] @ models/lib/nn.yaml:79:7
%9979 = mul %9973, %9563 : f32[24,16] @ models/lib/nn.yaml:79:7
%9980 = mul %9974, %9565 : f32[24,16] @ models/lib/nn.yaml:79:7
%9981 = add %9980, %9979 : f32[24,16] @ models/lib/nn.yaml:79:7
%9982 = mul %9973, %9973 : f32[24,16] @ models/lib/nn.yaml:79:7
%9983 = mul %9982, %9569 : f32[24,16] @ models/lib/nn.yaml:79:7
%9984 = mul %9975, %9571 : f32[24,16] @ models/lib/nn.yaml:79:7
%9985 = add %9984, %9983 : f32[24,16] @ models/lib/nn.yaml:79:7
%9986 = cast %9977 : f64[] @ models/lib/nn.yaml:79:7
%9987 = pow %6335, %9986 : f64[] @ models/lib/nn.yaml:79:7
%9988 = sub %6316, %9987 : f64[] @ models/lib/nn.yaml:79:7
%9989 = div %4018, %9988 : f64[] @ models/lib/nn.yaml:79:7
%9990 = pow %6343, %9986 : f64[] @ models/lib/nn.yaml:79:7
%9991 = sub %6316, %9990 : f64[] @ models/lib/nn.yaml:79:7
%9992 = sqrt %9991 : f64[] @ models/lib/nn.yaml:79:7
%9993 = div %6316, %9992 : f64[] @ models/lib/nn.yaml:79:7
%9994 = sqrt %9985 : f32[24,16] @ models/lib/nn.yaml:79:7
%9995 = cast %9993 : f32[] @ models/lib/nn.yaml:79:7
%9996 = broadcast %9995 : f32[24,16] @ models/lib/nn.yaml:79:7
%9997 = mul %9994, %9996 : f32[24,16] @ models/lib/nn.yaml:79:7
%9998 = add %9997, %9586 : f32[24,16] @ models/lib/nn.yaml:79:7
%9999 = div %9981, %9998 : f32[24,16] @ models/lib/nn.yaml:79:7
%10000 = cast %9989 : f32[] @ models/lib/nn.yaml:79:7
%10001 = broadcast %10000 : f32[24,16] @ models/lib/nn.yaml:79:7
%10002 = mul %9999, %10001 : f32[24,16] @ models/lib/nn.yaml:79:7
%10003 = sub %9978, %10002 : f32[24,16] @ models/lib/nn.yaml:79:7
%10004 = assign %77, %10003 : f32[24,16] @ models/lib/nn.yaml:79:7
%10005 = assign %9974, %9981 : f32[24,16] @ models/lib/nn.yaml:79:7
%10006 = assign %9975, %9985 : f32[24,16] @ models/lib/nn.yaml:79:7
%10007 = assign %9976, %9977 : i64[] @ models/lib/nn.yaml:79:7
%10008 = mul %155, %9597 : f32[24,16] @ models/lib/nn.yaml:79:7
%10009 = mul %10003, %9599 : f32[24,16] @ models/lib/nn.yaml:79:7
%10010 = add %10008, %10009 : f32[24,16] @ models/lib/nn.yaml:79:7
%10011 = assign %155, %10010 : f32[24,16] @ models/lib/nn.yaml:79:7
%10012 = all_reduce_sum %5280 : f32[24] @ models/lib/nn.yaml:80:7
%10013 = mul %10012, %10012 : f32[24] @ models/lib/nn.yaml:80:7
%10014 = reduce_sum %10013 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10015 = sqrt %10014 : f32[] @ models/lib/nn.yaml:80:7
%10016 = cast %10015 : f64[] @ models/lib/nn.yaml:80:7
%10017 = add %10016, %6312 : f64[] @ models/lib/nn.yaml:80:7
%10018 = div %6314, %10017 : f64[] @ models/lib/nn.yaml:80:7
%10019 = lt %10018, %6316 : bool[] @ models/lib/nn.yaml:80:7
%10020 = cast %10018 : f32[] @ models/lib/nn.yaml:80:7
%10021 = broadcast %10020 : f32[24] @ models/lib/nn.yaml:80:7
%10022 = mul %10012, %10021 : f32[24] @ models/lib/nn.yaml:80:7
%10023 = broadcast %10019 : bool[24] @ models/lib/nn.yaml:80:7
%10024 = select %10023, %10022, %10012 : f32[24] @ models/lib/nn.yaml:80:7
%10025 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10026 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10027 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10028 = add %10027, %6326 : i64[] @ models/lib/nn.yaml:80:7
%10029 = mul %10024, %9620 : f32[24] @ models/lib/nn.yaml:80:7
%10030 = mul %10025, %9622 : f32[24] @ models/lib/nn.yaml:80:7
%10031 = add %10030, %10029 : f32[24] @ models/lib/nn.yaml:80:7
%10032 = mul %10024, %10024 : f32[24] @ models/lib/nn.yaml:80:7
%10033 = mul %10032, %9626 : f32[24] @ models/lib/nn.yaml:80:7
%10034 = mul %10026, %9628 : f32[24] @ models/lib/nn.yaml:80:7
%10035 = add %10034, %10033 : f32[24] @ models/lib/nn.yaml:80:7
%10036 = cast %10028 : f64[] @ models/lib/nn.yaml:80:7
%10037 = pow %6335, %10036 : f64[] @ models/lib/nn.yaml:80:7
%10038 = sub %6316, %10037 : f64[] @ models/lib/nn.yaml:80:7
%10039 = div %4018, %10038 : f64[] @ models/lib/nn.yaml:80:7
%10040 = pow %6343, %10036 : f64[] @ models/lib/nn.yaml:80:7
%10041 = sub %6316, %10040 : f64[] @ models/lib/nn.yaml:80:7
%10042 = sqrt %10041 : f64[] @ models/lib/nn.yaml:80:7
%10043 = div %6316, %10042 : f64[] @ models/lib/nn.yaml:80:7
%10044 = sqrt %10035 : f32[24] @ models/lib/nn.yaml:80:7
%10045 = cast %10043 : f32[] @ models/lib/nn.yaml:80:7
%10046 = broadcast %10045 : f32[24] @ models/lib/nn.yaml:80:7
%10047 = mul %10044, %10046 : f32[24] @ models/lib/nn.yaml:80:7
%10048 = add %10047, %9643 : f32[24] @ models/lib/nn.yaml:80:7
%10049 = div %10031, %10048 : f32[24] @ models/lib/nn.yaml:80:7
%10050 = cast %10039 : f32[] @ models/lib/nn.yaml:80:7
%10051 = broadcast %10050 : f32[24] @ models/lib/nn.yaml:80:7
%10052 = mul %10049, %10051 : f32[24] @ models/lib/nn.yaml:80:7
%10053 = sub %78, %10052 : f32[24] @ models/lib/nn.yaml:80:7
%10054 = assign %78, %10053 : f32[24] @ models/lib/nn.yaml:80:7
%10055 = assign %10025, %10031 : f32[24] @ models/lib/nn.yaml:80:7
%10056 = assign %10026, %10035 : f32[24] @ models/lib/nn.yaml:80:7
%10057 = assign %10027, %10028 : i64[] @ models/lib/nn.yaml:80:7
%10058 = mul %156, %9654 : f32[24] @ models/lib/nn.yaml:80:7
%10059 = mul %10053, %9656 : f32[24] @ models/lib/nn.yaml:80:7
%10060 = add %10058, %10059 : f32[24] @ models/lib/nn.yaml:80:7
%10061 = assign %156, %10060 : f32[24] @ models/lib/nn.yaml:80:7
%10062 = all_reduce_sum %5258 : f32[24,24] @ models/lib/nn.yaml:79:7
%10063 = reshape %10062 : f32[576] @ models/lib/nn.yaml:79:7
%10064 = mul %10063, %10063 : f32[576] @ models/lib/nn.yaml:79:7
%10065 = reduce_sum %10064 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10066 = sqrt %10065 : f32[] @ models/lib/nn.yaml:79:7
%10067 = cast %10066 : f64[] @ models/lib/nn.yaml:79:7
%10068 = add %10067, %6312 : f64[] @ models/lib/nn.yaml:79:7
%10069 = div %6314, %10068 : f64[] @ models/lib/nn.yaml:79:7
%10070 = lt %10069, %6316 : bool[] @ models/lib/nn.yaml:79:7
%10071 = cast %10069 : f32[] @ models/lib/nn.yaml:79:7
%10072 = broadcast %10071 : f32[24,24] @ models/lib/nn.yaml:79:7
%10073 = mul %10062, %10072 : f32[24,24] @ models/lib/nn.yaml:79:7
%10074 = broadcast %10070 : bool[24,24] @ models/lib/nn.yaml:79:7
%10075 = select %10074, %10073, %10062 : f32[24,24] @ models/lib/nn.yaml:79:7
%10076 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10077 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10078 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10079 = add %10078, %6326 : i64[] @ models/lib/nn.yaml:79:7
%10080 = mul %79, %9678 : f32[24,24] @ models/lib/nn.yaml:79:7
%10081 = mul %10075, %9680 : f32[24,24] @ models/lib/nn.yaml:79:7
%10082 = mul %10076, %9682 : f32[24,24] @ models/lib/nn.yaml:79:7
%10083 = add %10082, %10081 : f32[24,24] @ models/lib/nn.yaml:79:7
%10084 = mul %10075, %10075 : f32[24,24] @ models/lib/nn.yaml:79:7
%10085 = mul %10084, %9686 : f32[24,24] @ models/lib/nn.yaml:79:7
%10086 = mul %10077, %9688 : f32[24,24] @ models/lib/nn.yaml:79:7
%10087 = add %10086, %10085 : f32[24,24] @ models/lib/nn.yaml:79:7
%10088 = cast %10079 : f64[] @ models/lib/nn.yaml:79:7
%10089 = pow %6335, %10088 : f64[] @ models/lib/nn.yaml:79:7
%10090 = sub %6316, %10089 : f64[] @ models/lib/nn.yaml:79:7
%10091 = div %4018, %10090 : f64[] @ models/lib/nn.yaml:79:7
%10092 = pow %6343, %10088 : f64[] @ models/lib/nn.yaml:79:7
%10093 = sub %6316, %10092 : f64[] @ models/lib/nn.yaml:79:7
%10094 = sqrt %10093 : f64[] @ models/lib/nn.yaml:79:7
%10095 = div %6316, %10094 : f64[] @ models/lib/nn.yaml:79:7
%10096 = sqrt %10087 : f32[24,24] @ models/lib/nn.yaml:79:7
%10097 = cast %10095 : f32[] @ models/lib/nn.yaml:79:7
%10098 = broadcast %10097 : f32[24,24] @ models/lib/nn.yaml:79:7
%10099 = mul %10096, %10098 : f32[24,24] @ models/lib/nn.yaml:79:7
%10100 = add %10099, %9703 : f32[24,24] @ models/lib/nn.yaml:79:7
%10101 = div %10083, %10100 : f32[24,24] @ models/lib/nn.yaml:79:7
%10102 = cast %10091 : f32[] @ models/lib/nn.yaml:79:7
%10103 = broadcast %10102 : f32[24,24] @ models/lib/nn.yaml:79:7
%10104 = mul %10101, %10103 : f32[24,24] @ models/lib/nn.yaml:79:7
%10105 = sub %10080, %10104 : f32[24,24] @ models/lib/nn.yaml:79:7
%10106 = assign %79, %10105 : f32[24,24] @ models/lib/nn.yaml:79:7
%10107 = assign %10076, %10083 : f32[24,24] @ models/lib/nn.yaml:79:7
%10108 = assign %10077, %10087 : f32[24,24] @ models/lib/nn.yaml:79:7
%10109 = assign %10078, %10079 : i64[] @ models/lib/nn.yaml:79:7
%10110 = mul %157, %9714 : f32[24,24] @ models/lib/nn.yaml:79:7
%10111 = mul %10105, %9716 : f32[24,24] @ models/lib/nn.yaml:79:7
%10112 = add %10110, %10111 : f32[24,24] @ models/lib/nn.yaml:79:7
%10113 = assign %157, %10112 : f32[24,24] @ models/lib/nn.yaml:79:7
%10114 = all_reduce_sum %5254 : f32[24] @ models/lib/nn.yaml:80:7
%10115 = mul %10114, %10114 : f32[24] @ models/lib/nn.yaml:80:7
%10116 = reduce_sum %10115 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10117 = sqrt %10116 : f32[] @ models/lib/nn.yaml:80:7
%10118 = cast %10117 : f64[] @ models/lib/nn.yaml:80:7
%10119 = add %10118, %6312 : f64[] @ models/lib/nn.yaml:80:7
%10120 = div %6314, %10119 : f64[] @ models/lib/nn.yaml:80:7
%10121 = lt %10120, %6316 : bool[] @ models/lib/nn.yaml:80:7
%10122 = cast %10120 : f32[] @ models/lib/nn.yaml:80:7
%10123 = broadcast %10122 : f32[24] @ models/lib/nn.yaml:80:7
%10124 = mul %10114, %10123 : f32[24] @ models/lib/nn.yaml:80:7
%10125 = broadcast %10121 : bool[24] @ models/lib/nn.yaml:80:7
%10126 = select %10125, %10124, %10114 : f32[24] @ models/lib/nn.yaml:80:7
%10127 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10128 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10129 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10130 = add %10129, %6326 : i64[] @ models/lib/nn.yaml:80:7
%10131 = mul %10126, %9620 : f32[24] @ models/lib/nn.yaml:80:7
%10132 = mul %10127, %9622 : f32[24] @ models/lib/nn.yaml:80:7
%10133 = add %10132, %10131 : f32[24] @ models/lib/nn.yaml:80:7
%10134 = mul %10126, %10126 : f32[24] @ models/lib/nn.yaml:80:7
%10135 = mul %10134, %9626 : f32[24] @ models/lib/nn.yaml:80:7
%10136 = mul %10128, %9628 : f32[24] @ models/lib/nn.yaml:80:7
%10137 = add %10136, %10135 : f32[24] @ models/lib/nn.yaml:80:7
%10138 = cast %10130 : f64[] @ models/lib/nn.yaml:80:7
%10139 = pow %6335, %10138 : f64[] @ models/lib/nn.yaml:80:7
%10140 = sub %6316, %10139 : f64[] @ models/lib/nn.yaml:80:7
%10141 = div %4018, %10140 : f64[] @ models/lib/nn.yaml:80:7
%10142 = pow %6343, %10138 : f64[] @ models/lib/nn.yaml:80:7
%10143 = sub %6316, %10142 : f64[] @ models/lib/nn.yaml:80:7
%10144 = sqrt %10143 : f64[] @ models/lib/nn.yaml:80:7
%10145 = div %6316, %10144 : f64[] @ models/lib/nn.yaml:80:7
%10146 = sqrt %10137 : f32[24] @ models/lib/nn.yaml:80:7
%10147 = cast %10145 : f32[] @ models/lib/nn.yaml:80:7
%10148 = broadcast %10147 : f32[24] @ models/lib/nn.yaml:80:7
%10149 = mul %10146, %10148 : f32[24] @ models/lib/nn.yaml:80:7
%10150 = add %10149, %9643 : f32[24] @ models/lib/nn.yaml:80:7
%10151 = div %10133, %10150 : f32[24] @ models/lib/nn.yaml:80:7
%10152 = cast %10141 : f32[] @ models/lib/nn.yaml:80:7
%10153 = broadcast %10152 : f32[24] @ models/lib/nn.yaml:80:7
%10154 = mul %10151, %10153 : f32[24] @ models/lib/nn.yaml:80:7
%10155 = sub %80, %10154 : f32[24] @ models/lib/nn.yaml:80:7
%10156 = assign %80, %10155 : f32[24] @ models/lib/nn.yaml:80:7
%10157 = assign %10127, %10133 : f32[24] @ models/lib/nn.yaml:80:7
%10158 = assign %10128, %10137 : f32[24] @ models/lib/nn.yaml:80:7
%10159 = assign %10129, %10130 : i64[] @ models/lib/nn.yaml:80:7
%10160 = mul %158, %9654 : f32[24] @ models/lib/nn.yaml:80:7
%10161 = mul %10155, %9656 : f32[24] @ models/lib/nn.yaml:80:7
%10162 = add %10160, %10161 : f32[24] @ models/lib/nn.yaml:80:7
%10163 = assign %158, %10162 : f32[24] @ models/lib/nn.yaml:80:7
%10164 = all_reduce_sum %5231 : f32[8,24] @ models/lib/nn.yaml:79:7
%10165 = reshape %10164 : f32[192] @ models/lib/nn.yaml:79:7
%10166 = mul %10165, %10165 : f32[192] @ models/lib/nn.yaml:79:7
%10167 = reduce_sum %10166 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10168 = sqrt %10167 : f32[] @ models/lib/nn.yaml:79:7
%10169 = cast %10168 : f64[] @ models/lib/nn.yaml:79:7
%10170 = add %10169, %6312 : f64[] @ models/lib/nn.yaml:79:7
%10171 = div %6314, %10170 : f64[] @ models/lib/nn.yaml:79:7
%10172 = lt %10171, %6316 : bool[] @ models/lib/nn.yaml:79:7
%10173 = cast %10171 : f32[] @ models/lib/nn.yaml:79:7
%10174 = broadcast %10173 : f32[8,24] @ models/lib/nn.yaml:79:7
%10175 = mul %10164, %10174 : f32[8,24] @ models/lib/nn.yaml:79:7
%10176 = broadcast %10172 : bool[8,24] @ models/lib/nn.yaml:79:7
%10177 = select %10176, %10175, %10164 : f32[8,24] @ models/lib/nn.yaml:79:7
%10178 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10179 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10180 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10181 = add %10180, %6326 : i64[] @ models/lib/nn.yaml:79:7
%10182 = mul %81, %9788 : f32[8,24] @ models/lib/nn.yaml:79:7
%10183 = mul %10177, %9790 : f32[8,24] @ models/lib/nn.yaml:79:7
%10184 = mul %10178, %9792 : f32[8,24] @ models/lib/nn.yaml:79:7
%10185 = add %10184, %10183 : f32[8,24] @ models/lib/nn.yaml:79:7
%10186 = mul %10177, %10177 : f32[8,24] @ models/lib/nn.yaml:79:7
%10187 = mul %10186, %9796 : f32[8,24] @ models/lib/nn.yaml:79:7
%10188 = mul %10179, %9798 : f32[8,24] @ models/lib/nn.yaml:79:7
%10189 = add %10188, %10187 : f32[8,24] @ models/lib/nn.yaml:79:7
%10190 = cast %10181 : f64[] @ models/lib/nn.yaml:79:7
%10191 = pow %6335, %10190 : f64[] @ models/lib/nn.yaml:79:7
%10192 = sub %6316, %10191 : f64[] @ models/lib/nn.yaml:79:7
%10193 = div %4018, %10192 : f64[] @ models/lib/nn.yaml:79:7
%10194 = pow %6343, %10190 : f64[] @ models/lib/nn.yaml:79:7
%10195 = sub %6316, %10194 : f64[] @ models/lib/nn.yaml:79:7
%10196 = sqrt %10195 : f64[] @ models/lib/nn.yaml:79:7
%10197 = div %6316, %10196 : f64[] @ models/lib/nn.yaml:79:7
%10198 = sqrt %10189 : f32[8,24] @ models/lib/nn.yaml:79:7
%10199 = cast %10197 : f32[] @ models/lib/nn.yaml:79:7
%10200 = broadcast %10199 : f32[8,24] @ models/lib/nn.yaml:79:7
%10201 = mul %10198, %10200 : f32[8,24] @ models/lib/nn.yaml:79:7
%10202 = add %10201, %9813 : f32[8,24] @ models/lib/nn.yaml:79:7
%10203 = div %10185, %10202 : f32[8,24] @ models/lib/nn.yaml:79:7
%10204 = cast %10193 : f32[] @ models/lib/nn.yaml:79:7
%10205 = broadcast %10204 : f32[8,24] @ models/lib/nn.yaml:79:7
%10206 = mul %10203, %10205 : f32[8,24] @ models/lib/nn.yaml:79:7
%10207 = sub %10182, %10206 : f32[8,24] @ models/lib/nn.yaml:79:7
%10208 = assign %81, %10207 : f32[8,24] @ models/lib/nn.yaml:79:7
%10209 = assign %10178, %10185 : f32[8,24] @ models/lib/nn.yaml:79:7
%10210 = assign %10179, %10189 : f32[8,24] @ models/lib/nn.yaml:79:7
%10211 = assign %10180, %10181 : i64[] @ models/lib/nn.yaml:79:7
%10212 = mul %159, %9824 : f32[8,24] @ models/lib/nn.yaml:79:7
%10213 = mul %10207, %9826 : f32[8,24] @ models/lib/nn.yaml:79:7
%10214 = add %10212, %10213 : f32[8,24] @ models/lib/nn.yaml:79:7
%10215 = assign %159, %10214 : f32[8,24] @ models/lib/nn.yaml:79:7
%10216 = all_reduce_sum %5227 : f32[8] @ models/lib/nn.yaml:80:7
%10217 = mul %10216, %10216 : f32[8] @ models/lib/nn.yaml:80:7
%10218 = reduce_sum %10217 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10219 = sqrt %10218 : f32[] @ models/lib/nn.yaml:80:7
%10220 = cast %10219 : f64[] @ models/lib/nn.yaml:80:7
%10221 = add %10220, %6312 : f64[] @ models/lib/nn.yaml:80:7
%10222 = div %6314, %10221 : f64[] @ models/lib/nn.yaml:80:7
%10223 = lt %10222, %6316 : bool[] @ models/lib/nn.yaml:80:7
%10224 = cast %10222 : f32[] @ models/lib/nn.yaml:80:7
%10225 = broadcast %10224 : f32[8] @ models/lib/nn.yaml:80:7
%10226 = mul %10216, %10225 : f32[8] @ models/lib/nn.yaml:80:7
%10227 = broadcast %10223 : bool[8] @ models/lib/nn.yaml:80:7
%10228 = select %10227, %10226, %10216 : f32[8] @ models/lib/nn.yaml:80:7
%10229 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10230 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10231 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10232 = add %10231, %6326 : i64[] @ models/lib/nn.yaml:80:7
%10233 = mul %10228, %9847 : f32[8] @ models/lib/nn.yaml:80:7
%10234 = mul %10229, %9849 : f32[8] @ models/lib/nn.yaml:80:7
%10235 = add %10234, %10233 : f32[8] @ models/lib/nn.yaml:80:7
%10236 = mul %10228, %10228 : f32[8] @ models/lib/nn.yaml:80:7
%10237 = mul %10236, %9853 : f32[8] @ models/lib/nn.yaml:80:7
%10238 = mul %10230, %9855 : f32[8] @ models/lib/nn.yaml:80:7
%10239 = add %10238, %10237 : f32[8] @ models/lib/nn.yaml:80:7
%10240 = cast %10232 : f64[] @ models/lib/nn.yaml:80:7
%10241 = pow %6335, %10240 : f64[] @ models/lib/nn.yaml:80:7
%10242 = sub %6316, %10241 : f64[] @ models/lib/nn.yaml:80:7
%10243 = div %4018, %10242 : f64[] @ models/lib/nn.yaml:80:7
%10244 = pow %6343, %10240 : f64[] @ models/lib/nn.yaml:80:7
%10245 = sub %6316, %10244 : f64[] @ models/lib/nn.yaml:80:7
%10246 = sqrt %10245 : f64[] @ models/lib/nn.yaml:80:7
%10247 = div %6316, %10246 : f64[] @ models/lib/nn.yaml:80:7
%10248 = sqrt %10239 : f32[8] @ models/lib/nn.yaml:80:7
%10249 = cast %10247 : f32[] @ models/lib/nn.yaml:80:7
%10250 = broadcast %10249 : f32[8] @ models/lib/nn.yaml:80:7
%10251 = mul %10248, %10250 : f32[8] @ models/lib/nn.yaml:80:7
%10252 = add %10251, %9870 : f32[8] @ models/lib/nn.yaml:80:7
%10253 = div %10235, %10252 : f32[8] @ models/lib/nn.yaml:80:7
%10254 = cast %10243 : f32[] @ models/lib/nn.yaml:80:7
%10255 = broadcast %10254 : f32[8] @ models/lib/nn.yaml:80:7
%10256 = mul %10253, %10255 : f32[8] @ models/lib/nn.yaml:80:7
%10257 = sub %82, %10256 : f32[8] @ models/lib/nn.yaml:80:7
%10258 = assign %82, %10257 : f32[8] @ models/lib/nn.yaml:80:7
%10259 = assign %10229, %10235 : f32[8] @ models/lib/nn.yaml:80:7
%10260 = assign %10230, %10239 : f32[8] @ models/lib/nn.yaml:80:7
%10261 = assign %10231, %10232 : i64[] @ models/lib/nn.yaml:80:7
%10262 = mul %160, %9881 : f32[8] @ models/lib/nn.yaml:80:7
%10263 = mul %10257, %9883 : f32[8] @ models/lib/nn.yaml:80:7
%10264 = add %10262, %10263 : f32[8] @ models/lib/nn.yaml:80:7
%10265 = assign %160, %10264 : f32[8] @ models/lib/nn.yaml:80:7
%10266 = broadcast %3 : f32[16,1] @ models/lib/dino.yaml:18:7
%10267 = mul %161, %10266 : f32[16,1] @ models/lib/dino.yaml:18:7
%10268 = broadcast %6375 : f32[16,1] @ models/lib/dino.yaml:18:7
%10269 = mul %83, %10268 : f32[16,1] @ models/lib/dino.yaml:18:7
%10270 = add %10267, %10269 : f32[16,1] @ models/lib/dino.yaml:18:7
%10271 = assign %161, %10270 : f32[16,1] @ models/lib/dino.yaml:18:7
%10272 = all_reduce_sum %5201 : f32[16,8] @ models/lib/dino.yaml:19:7
%10273 = reshape %10272 : f32[128] @ models/lib/dino.yaml:19:7
%10274 = mul %10273, %10273 : f32[128] @ models/lib/dino.yaml:19:7
%10275 = reduce_sum %10274 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%10276 = sqrt %10275 : f32[] @ models/lib/dino.yaml:19:7
%10277 = cast %10276 : f64[] @ models/lib/dino.yaml:19:7
%10278 = add %10277, %6312 : f64[] @ models/lib/dino.yaml:19:7
%10279 = div %6314, %10278 : f64[] @ models/lib/dino.yaml:19:7
%10280 = lt %10279, %6316 : bool[] @ models/lib/dino.yaml:19:7
%10281 = cast %10279 : f32[] @ models/lib/dino.yaml:19:7
%10282 = broadcast %10281 : f32[16,8] @ models/lib/dino.yaml:19:7
%10283 = mul %10272, %10282 : f32[16,8] @ models/lib/dino.yaml:19:7
%10284 = broadcast %10280 : bool[16,8] @ models/lib/dino.yaml:19:7
%10285 = select %10284, %10283, %10272 : f32[16,8] @ models/lib/dino.yaml:19:7
%10286 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%10287 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%10288 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%10289 = add %10288, %6326 : i64[] @ models/lib/dino.yaml:19:7
%10290 = broadcast %6330 : f32[16,8] @ models/lib/dino.yaml:19:7
%10291 = mul %84, %10290 : f32[16,8] @ models/lib/dino.yaml:19:7
%10292 = broadcast %3743 : f32[16,8] @ models/lib/dino.yaml:19:7
%10293 = mul %10285, %10292 : f32[16,8] @ models/lib/dino.yaml:19:7
%10294 = broadcast %2577 : f32[16,8] @ models/lib/dino.yaml:19:7
%10295 = mul %10286, %10294 : f32[16,8] @ models/lib/dino.yaml:19:7
%10296 = add %10295, %10293 : f32[16,8] @ models/lib/dino.yaml:19:7
%10297 = mul %10285, %10285 : f32[16,8] @ models/lib/dino.yaml:19:7
%10298 = broadcast %6340 : f32[16,8] @ models/lib/dino.yaml:19:7
%10299 = mul %10297, %10298 : f32[16,8] @ models/lib/dino.yaml:19:7
%10300 = broadcast %6344 : f32[16,8] @ models/lib/dino.yaml:19:7
%10301 = mul %10287, %10300 : f32[16,8] @ models/lib/dino.yaml:19:7
%10302 = add %10301, %10299 : f32[16,8] @ models/lib/dino.yaml:19:7
%10303 = cast %10289 : f64[] @ models/lib/dino.yaml:19:7
%10304 = pow %6335, %10303 : f64[] @ models/lib/dino.yaml:19:7
%10305 = sub %6316, %10304 : f64[] @ models/lib/dino.yaml:19:7
%10306 = div %4018, %10305 : f64[] @ models/lib/dino.yaml:19:7
%10307 = pow %6343, %10303 : f64[] @ models/lib/dino.yaml:19:7
%10308 = sub %6316, %10307 : f64[] @ models/lib/dino.yaml:19:7
%10309 = sqrt %10308 : f64[] @ models/lib/dino.yaml:19:7
%10310 = div %6316, %10309 : f64[] @ models/lib/dino.yaml:19:7
%10311 = sqrt %10302 : f32[16,8] @ models/lib/dino.yaml:19:7
%10312 = cast %10310 : f32[] @ models/lib/dino.yaml:19:7
%10313 = broadcast %10312 : f32[16,8] @ models/lib/dino.yaml:19:7
%10314 = mul %10311, %10313 : f32[16,8] @ models/lib/dino.yaml:19:7
%10315 = broadcast %6360 : f32[16,8] @ models/lib/dino.yaml:19:7
%10316 = add %10314, %10315 : f32[16,8] @ models/lib/dino.yaml:19:7
%10317 = div %10296, %10316 : f32[16,8] @ models/lib/dino.yaml:19:7
%10318 = cast %10306 : f32[] @ models/lib/dino.yaml:19:7
%10319 = broadcast %10318 : f32[16,8] @ models/lib/dino.yaml:19:7
%10320 = mul %10317, %10319 : f32[16,8] @ models/lib/dino.yaml:19:7
%10321 = sub %10291, %10320 : f32[16,8] @ models/lib/dino.yaml:19:7
%10322 = broadcast %9944 : bool[16,8] @ models/lib/dino.yaml:19:7
%10323 = select %10322, %84, %10321 : f32[16,8] @ models/lib/dino.yaml:19:7
%10324 = select %10322, %10286, %10296 : f32[16,8] @ models/lib/dino.yaml:19:7
%10325 = select %10322, %10287, %10302 : f32[16,8] @ models/lib/dino.yaml:19:7
%10326 = select %9944, %10288, %10289 : i64[] @ models/lib/dino.yaml:19:7
%10327 = assign %84, %10323 : f32[16,8] @ models/lib/dino.yaml:19:7
%10328 = assign %10286, %10324 : f32[16,8] @ models/lib/dino.yaml:19:7
%10329 = assign %10287, %10325 : f32[16,8] @ models/lib/dino.yaml:19:7
%10330 = assign %10288, %10326 : i64[] @ models/lib/dino.yaml:19:7
%10331 = broadcast %3 : f32[16,8] @ models/lib/dino.yaml:19:7
%10332 = mul %162, %10331 : f32[16,8] @ models/lib/dino.yaml:19:7
%10333 = broadcast %6375 : f32[16,8] @ models/lib/dino.yaml:19:7
%10334 = mul %10323, %10333 : f32[16,8] @ models/lib/dino.yaml:19:7
%10335 = add %10332, %10334 : f32[16,8] @ models/lib/dino.yaml:19:7
%10336 = assign %162, %10335 : f32[16,8] @ models/lib/dino.yaml:19:7
%10337 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%10338 = abs %3981 : f32[] @ models/dino_pass.yaml:149:3
%10339 = lt %10338, %10337 : bool[] @ models/dino_pass.yaml:149:3
%10340 = output %10339 name="finite" : bool[] @ models/dino_pass.yaml:149:3
