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
%5502 = cast %3384 : f32[] @ models/lib/vit.yaml:48:7
%5503 = broadcast %5502 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5504 = mul %85, %5503 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5505 = sub %5446, %3384 : f64[] @ models/lib/vit.yaml:48:7
%5506 = cast %5505 : f32[] @ models/lib/vit.yaml:48:7
%5507 = broadcast %5506 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5508 = mul %5497, %5507 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5509 = add %5504, %5508 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5510 = assign %85, %5509 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5511 = all_reduce_sum %5435 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5512 = reshape %5511 : f32[768] @ models/lib/vit.yaml:9:7
%5513 = mul %5512, %5512 : f32[768] @ models/lib/vit.yaml:9:7
%5514 = reduce_sum %5513 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%5515 = sqrt %5514 : f32[] @ models/lib/vit.yaml:9:7
%5516 = cast %5515 : f64[] @ models/lib/vit.yaml:9:7
%5517 = add %5516, %5442 : f64[] @ models/lib/vit.yaml:9:7
%5518 = div %5444, %5517 : f64[] @ models/lib/vit.yaml:9:7
%5519 = lt %5518, %5446 : bool[] @ models/lib/vit.yaml:9:7
%5520 = cast %5518 : f32[] @ models/lib/vit.yaml:9:7
%5521 = broadcast %5520 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5522 = mul %5511, %5521 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5523 = broadcast %5519 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%5524 = select %5523, %5522, %5511 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5525 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5526 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5527 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%5528 = add %5527, %5456 : i64[] @ models/lib/vit.yaml:9:7
%5529 = broadcast %5460 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5530 = mul %8, %5529 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5531 = broadcast %3111 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5532 = mul %5524, %5531 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5533 = broadcast %2138 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5534 = mul %5525, %5533 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5535 = add %5534, %5532 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5536 = mul %5524, %5524 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5537 = broadcast %5470 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5538 = mul %5536, %5537 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5539 = broadcast %5474 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5540 = mul %5526, %5539 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5541 = add %5540, %5538 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5542 = cast %5528 : f64[] @ models/lib/vit.yaml:9:7
%5543 = pow %5465, %5542 : f64[] @ models/lib/vit.yaml:9:7
%5544 = sub %5446, %5543 : f64[] @ models/lib/vit.yaml:9:7
%5545 = div %3382, %5544 : f64[] @ models/lib/vit.yaml:9:7
%5546 = pow %5473, %5542 : f64[] @ models/lib/vit.yaml:9:7
%5547 = sub %5446, %5546 : f64[] @ models/lib/vit.yaml:9:7
%5548 = sqrt %5547 : f64[] @ models/lib/vit.yaml:9:7
%5549 = div %5446, %5548 : f64[] @ models/lib/vit.yaml:9:7
%5550 = sqrt %5541 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5551 = cast %5549 : f32[] @ models/lib/vit.yaml:9:7
%5552 = broadcast %5551 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5553 = mul %5550, %5552 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5554 = broadcast %5490 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5555 = add %5553, %5554 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5556 = div %5535, %5555 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5557 = cast %5545 : f32[] @ models/lib/vit.yaml:9:7
%5558 = broadcast %5557 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5559 = mul %5556, %5558 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5560 = sub %5530, %5559 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5561 = assign %8, %5560 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5562 = assign %5525, %5535 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5563 = assign %5526, %5541 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5564 = assign %5527, %5528 : i64[] @ models/lib/vit.yaml:9:7
%5565 = broadcast %5502 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5566 = mul %86, %5565 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5567 = broadcast %5506 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5568 = mul %5560, %5567 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5569 = add %5566, %5568 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5570 = assign %86, %5569 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5571 = all_reduce_sum %5430 : f32[16] @ models/lib/vit.yaml:10:7
%5572 = mul %5571, %5571 : f32[16] @ models/lib/vit.yaml:10:7
%5573 = reduce_sum %5572 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%5574 = sqrt %5573 : f32[] @ models/lib/vit.yaml:10:7
%5575 = cast %5574 : f64[] @ models/lib/vit.yaml:10:7
%5576 = add %5575, %5442 : f64[] @ models/lib/vit.yaml:10:7
%5577 = div %5444, %5576 : f64[] @ models/lib/vit.yaml:10:7
%5578 = lt %5577, %5446 : bool[] @ models/lib/vit.yaml:10:7
%5579 = cast %5577 : f32[] @ models/lib/vit.yaml:10:7
%5580 = broadcast %5579 : f32[16] @ models/lib/vit.yaml:10:7
%5581 = mul %5571, %5580 : f32[16] @ models/lib/vit.yaml:10:7
%5582 = broadcast %5578 : bool[16] @ models/lib/vit.yaml:10:7
%5583 = select %5582, %5581, %5571 : f32[16] @ models/lib/vit.yaml:10:7
%5584 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%5585 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%5586 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%5587 = add %5586, %5456 : i64[] @ models/lib/vit.yaml:10:7
%5588 = broadcast %3111 : f32[16] @ models/lib/vit.yaml:10:7
%5589 = mul %5583, %5588 : f32[16] @ models/lib/vit.yaml:10:7
%5590 = broadcast %2138 : f32[16] @ models/lib/vit.yaml:10:7
%5591 = mul %5584, %5590 : f32[16] @ models/lib/vit.yaml:10:7
%5592 = add %5591, %5589 : f32[16] @ models/lib/vit.yaml:10:7
%5593 = mul %5583, %5583 : f32[16] @ models/lib/vit.yaml:10:7
%5594 = broadcast %5470 : f32[16] @ models/lib/vit.yaml:10:7
%5595 = mul %5593, %5594 : f32[16] @ models/lib/vit.yaml:10:7
%5596 = broadcast %5474 : f32[16] @ models/lib/vit.yaml:10:7
%5597 = mul %5585, %5596 : f32[16] @ models/lib/vit.yaml:10:7
%5598 = add %5597, %5595 : f32[16] @ models/lib/vit.yaml:10:7
%5599 = cast %5587 : f64[] @ models/lib/vit.yaml:10:7
%5600 = pow %5465, %5599 : f64[] @ models/lib/vit.yaml:10:7
%5601 = sub %5446, %5600 : f64[] @ models/lib/vit.yaml:10:7
%5602 = div %3382, %5601 : f64[] @ models/lib/vit.yaml:10:7
%5603 = pow %5473, %5599 : f64[] @ models/lib/vit.yaml:10:7
%5604 = sub %5446, %5603 : f64[] @ models/lib/vit.yaml:10:7
%5605 = sqrt %5604 : f64[] @ models/lib/vit.yaml:10:7
%5606 = div %5446, %5605 : f64[] @ models/lib/vit.yaml:10:7
%5607 = sqrt %5598 : f32[16] @ models/lib/vit.yaml:10:7
%5608 = cast %5606 : f32[] @ models/lib/vit.yaml:10:7
%5609 = broadcast %5608 : f32[16] @ models/lib/vit.yaml:10:7
%5610 = mul %5607, %5609 : f32[16] @ models/lib/vit.yaml:10:7
%5611 = broadcast %5490 : f32[16] @ models/lib/vit.yaml:10:7
%5612 = add %5610, %5611 : f32[16] @ models/lib/vit.yaml:10:7
%5613 = div %5592, %5612 : f32[16] @ models/lib/vit.yaml:10:7
%5614 = cast %5602 : f32[] @ models/lib/vit.yaml:10:7
%5615 = broadcast %5614 : f32[16] @ models/lib/vit.yaml:10:7
%5616 = mul %5613, %5615 : f32[16] @ models/lib/vit.yaml:10:7
%5617 = sub %9, %5616 : f32[16] @ models/lib/vit.yaml:10:7
%5618 = assign %9, %5617 : f32[16] @ models/lib/vit.yaml:10:7
%5619 = assign %5584, %5592 : f32[16] @ models/lib/vit.yaml:10:7
%5620 = assign %5585, %5598 : f32[16] @ models/lib/vit.yaml:10:7
%5621 = assign %5586, %5587 : i64[] @ models/lib/vit.yaml:10:7
%5622 = broadcast %5502 : f32[16] @ models/lib/vit.yaml:10:7
%5623 = mul %87, %5622 : f32[16] @ models/lib/vit.yaml:10:7
%5624 = broadcast %5506 : f32[16] @ models/lib/vit.yaml:10:7
%5625 = mul %5617, %5624 : f32[16] @ models/lib/vit.yaml:10:7
%5626 = add %5623, %5625 : f32[16] @ models/lib/vit.yaml:10:7
%5627 = assign %87, %5626 : f32[16] @ models/lib/vit.yaml:10:7
%5628 = all_reduce_sum %5405 : f32[16] @ models/lib/nn.yaml:89:7
%5629 = mul %5628, %5628 : f32[16] @ models/lib/nn.yaml:89:7
%5630 = reduce_sum %5629 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5631 = sqrt %5630 : f32[] @ models/lib/nn.yaml:89:7
%5632 = cast %5631 : f64[] @ models/lib/nn.yaml:89:7
%5633 = add %5632, %5442 : f64[] @ models/lib/nn.yaml:89:7
%5634 = div %5444, %5633 : f64[] @ models/lib/nn.yaml:89:7
%5635 = lt %5634, %5446 : bool[] @ models/lib/nn.yaml:89:7
%5636 = cast %5634 : f32[] @ models/lib/nn.yaml:89:7
%5637 = broadcast %5636 : f32[16] @ models/lib/nn.yaml:89:7
%5638 = mul %5628, %5637 : f32[16] @ models/lib/nn.yaml:89:7
%5639 = broadcast %5635 : bool[16] @ models/lib/nn.yaml:89:7
%5640 = select %5639, %5638, %5628 : f32[16] @ models/lib/nn.yaml:89:7
%5641 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5642 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5643 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5644 = add %5643, %5456 : i64[] @ models/lib/nn.yaml:89:7
%5645 = mul %5640, %5588 : f32[16] @ models/lib/nn.yaml:89:7
%5646 = mul %5641, %5590 : f32[16] @ models/lib/nn.yaml:89:7
%5647 = add %5646, %5645 : f32[16] @ models/lib/nn.yaml:89:7
%5648 = mul %5640, %5640 : f32[16] @ models/lib/nn.yaml:89:7
%5649 = mul %5648, %5594 : f32[16] @ models/lib/nn.yaml:89:7
%5650 = mul %5642, %5596 : f32[16] @ models/lib/nn.yaml:89:7
%5651 = add %5650, %5649 : f32[16] @ models/lib/nn.yaml:89:7
%5652 = cast %5644 : f64[] @ models/lib/nn.yaml:89:7
%5653 = pow %5465, %5652 : f64[] @ models/lib/nn.yaml:89:7
%5654 = sub %5446, %5653 : f64[] @ models/lib/nn.yaml:89:7
%5655 = div %3382, %5654 : f64[] @ models/lib/nn.yaml:89:7
%5656 = pow %5473, %5652 : f64[] @ models/lib/nn.yaml:89:7
%5657 = sub %5446, %5656 : f64[] @ models/lib/nn.yaml:89:7
%5658 = sqrt %5657 : f64[] @ models/lib/nn.yaml:89:7
%5659 = div %5446, %5658 : f64[] @ models/lib/nn.yaml:89:7
%5660 = sqrt %5651 : f32[16] @ models/lib/nn.yaml:89:7
%5661 = cast %5659 : f32[] @ models/lib/nn.yaml:89:7
%5662 = broadcast %5661 : f32[16] @ models/lib/nn.yaml:89:7
%5663 = mul %5660, %5662 : f32[16] @ models/lib/nn.yaml:89:7
%5664 = add %5663, %5611 : f32[16] @ models/lib/nn.yaml:89:7
%5665 = div %5647, %5664 : f32[16] @ models/lib/nn.yaml:89:7
%5666 = cast %5655 : f32[] @ models/lib/nn.yaml:89:7
%5667 = broadcast %5666 : f32[16] @ models/lib/nn.yaml:89:7
%5668 = mul %5665, %5667 : f32[16] @ models/lib/nn.yaml:89:7
%5669 = sub %10, %5668 : f32[16] @ models/lib/nn.yaml:89:7
%5670 = assign %10, %5669 : f32[16] @ models/lib/nn.yaml:89:7
%5671 = assign %5641, %5647 : f32[16] @ models/lib/nn.yaml:89:7
%5672 = assign %5642, %5651 : f32[16] @ models/lib/nn.yaml:89:7
%5673 = assign %5643, %5644 : i64[] @ models/lib/nn.yaml:89:7
%5674 = mul %88, %5622 : f32[16] @ models/lib/nn.yaml:89:7
%5675 = mul %5669, %5624 : f32[16] @ models/lib/nn.yaml:89:7
%5676 = add %5674, %5675 : f32[16] @ models/lib/nn.yaml:89:7
%5677 = assign %88, %5676 : f32[16] @ models/lib/nn.yaml:89:7
%5678 = all_reduce_sum %5398 : f32[16] @ models/lib/nn.yaml:90:7
%5679 = mul %5678, %5678 : f32[16] @ models/lib/nn.yaml:90:7
%5680 = reduce_sum %5679 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5681 = sqrt %5680 : f32[] @ models/lib/nn.yaml:90:7
%5682 = cast %5681 : f64[] @ models/lib/nn.yaml:90:7
%5683 = add %5682, %5442 : f64[] @ models/lib/nn.yaml:90:7
%5684 = div %5444, %5683 : f64[] @ models/lib/nn.yaml:90:7
%5685 = lt %5684, %5446 : bool[] @ models/lib/nn.yaml:90:7
%5686 = cast %5684 : f32[] @ models/lib/nn.yaml:90:7
%5687 = broadcast %5686 : f32[16] @ models/lib/nn.yaml:90:7
%5688 = mul %5678, %5687 : f32[16] @ models/lib/nn.yaml:90:7
%5689 = broadcast %5685 : bool[16] @ models/lib/nn.yaml:90:7
%5690 = select %5689, %5688, %5678 : f32[16] @ models/lib/nn.yaml:90:7
%5691 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5692 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5693 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5694 = add %5693, %5456 : i64[] @ models/lib/nn.yaml:90:7
%5695 = mul %5690, %5588 : f32[16] @ models/lib/nn.yaml:90:7
%5696 = mul %5691, %5590 : f32[16] @ models/lib/nn.yaml:90:7
%5697 = add %5696, %5695 : f32[16] @ models/lib/nn.yaml:90:7
%5698 = mul %5690, %5690 : f32[16] @ models/lib/nn.yaml:90:7
%5699 = mul %5698, %5594 : f32[16] @ models/lib/nn.yaml:90:7
%5700 = mul %5692, %5596 : f32[16] @ models/lib/nn.yaml:90:7
%5701 = add %5700, %5699 : f32[16] @ models/lib/nn.yaml:90:7
%5702 = cast %5694 : f64[] @ models/lib/nn.yaml:90:7
%5703 = pow %5465, %5702 : f64[] @ models/lib/nn.yaml:90:7
%5704 = sub %5446, %5703 : f64[] @ models/lib/nn.yaml:90:7
%5705 = div %3382, %5704 : f64[] @ models/lib/nn.yaml:90:7
%5706 = pow %5473, %5702 : f64[] @ models/lib/nn.yaml:90:7
%5707 = sub %5446, %5706 : f64[] @ models/lib/nn.yaml:90:7
%5708 = sqrt %5707 : f64[] @ models/lib/nn.yaml:90:7
%5709 = div %5446, %5708 : f64[] @ models/lib/nn.yaml:90:7
%5710 = sqrt %5701 : f32[16] @ models/lib/nn.yaml:90:7
%5711 = cast %5709 : f32[] @ models/lib/nn.yaml:90:7
%5712 = broadcast %5711 : f32[16] @ models/lib/nn.yaml:90:7
%5713 = mul %5710, %5712 : f32[16] @ models/lib/nn.yaml:90:7
%5714 = add %5713, %5611 : f32[16] @ models/lib/nn.yaml:90:7
%5715 = div %5697, %5714 : f32[16] @ models/lib/nn.yaml:90:7
%5716 = cast %5705 : f32[] @ models/lib/nn.yaml:90:7
%5717 = broadcast %5716 : f32[16] @ models/lib/nn.yaml:90:7
%5718 = mul %5715, %5717 : f32[16] @ models/lib/nn.yaml:90:7
%5719 = sub %11, %5718 : f32[16] @ models/lib/nn.yaml:90:7
%5720 = assign %11, %5719 : f32[16] @ models/lib/nn.yaml:90:7
%5721 = assign %5691, %5697 : f32[16] @ models/lib/nn.yaml:90:7
%5722 = assign %5692, %5701 : f32[16] @ models/lib/nn.yaml:90:7
%5723 = assign %5693, %5694 : i64[] @ models/lib/nn.yaml:90:7
%5724 = mul %89, %5622 : f32[16] @ models/lib/nn.yaml:90:7
%5725 = mul %5719, %5624 : f32[16] @ models/lib/nn.yaml:90:7
%5726 = add %5724, %5725 : f32[16] @ models/lib/nn.yaml:90:7
%5727 = assign %89, %5726 : f32[16] @ models/lib/nn.yaml:90:7
%5728 = all_reduce_sum %5393 : f32[48,16] @ models/lib/nn.yaml:79:7
%5729 = reshape %5728 : f32[768] @ models/lib/nn.yaml:79:7
%5730 = mul %5729, %5729 : f32[768] @ models/lib/nn.yaml:79:7
%5731 = reduce_sum %5730 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5732 = sqrt %5731 : f32[] @ models/lib/nn.yaml:79:7
%5733 = cast %5732 : f64[] @ models/lib/nn.yaml:79:7
%5734 = add %5733, %5442 : f64[] @ models/lib/nn.yaml:79:7
%5735 = div %5444, %5734 : f64[] @ models/lib/nn.yaml:79:7
%5736 = lt %5735, %5446 : bool[] @ models/lib/nn.yaml:79:7
%5737 = cast %5735 : f32[] @ models/lib/nn.yaml:79:7
%5738 = broadcast %5737 : f32[48,16] @ models/lib/nn.yaml:79:7
%5739 = mul %5728, %5738 : f32[48,16] @ models/lib/nn.yaml:79:7
%5740 = broadcast %5736 : bool[48,16] @ models/lib/nn.yaml:79:7
%5741 = select %5740, %5739, %5728 : f32[48,16] @ models/lib/nn.yaml:79:7
%5742 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%5743 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%5744 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5745 = add %5744, %5456 : i64[] @ models/lib/nn.yaml:79:7
%5746 = broadcast %5460 : f32[48,16] @ models/lib/nn.yaml:79:7
%5747 = mul %12, %5746 : f32[48,16] @ models/lib/nn.yaml:79:7
%5748 = broadcast %3111 : f32[48,16] @ models/lib/nn.yaml:79:7
%5749 = mul %5741, %5748 : f32[48,16] @ models/lib/nn.yaml:79:7
%5750 = broadcast %2138 : f32[48,16] @ models/lib/nn.yaml:79:7
%5751 = mul %5742, %5750 : f32[48,16] @ models/lib/nn.yaml:79:7
%5752 = add %5751, %5749 : f32[48,16] @ models/lib/nn.yaml:79:7
%5753 = mul %5741, %5741 : f32[48,16] @ models/lib/nn.yaml:79:7
%5754 = broadcast %5470 : f32[48,16] @ models/lib/nn.yaml:79:7
%5755 = mul %5753, %5754 : f32[48,16] @ models/lib/nn.yaml:79:7
%5756 = broadcast %5474 : f32[48,16] @ models/lib/nn.yaml:79:7
%5757 = mul %5743, %5756 : f32[48,16] @ models/lib/nn.yaml:79:7
%5758 = add %5757, %5755 : f32[48,16] @ models/lib/nn.yaml:79:7
%5759 = cast %5745 : f64[] @ models/lib/nn.yaml:79:7
%5760 = pow %5465, %5759 : f64[] @ models/lib/nn.yaml:79:7
%5761 = sub %5446, %5760 : f64[] @ models/lib/nn.yaml:79:7
%5762 = div %3382, %5761 : f64[] @ models/lib/nn.yaml:79:7
%5763 = pow %5473, %5759 : f64[] @ models/lib/nn.yaml:79:7
%5764 = sub %5446, %5763 : f64[] @ models/lib/nn.yaml:79:7
%5765 = sqrt %5764 : f64[] @ models/lib/nn.yaml:79:7
%5766 = div %5446, %5765 : f64[] @ models/lib/nn.yaml:79:7
%5767 = sqrt %5758 : f32[48,16] @ models/lib/nn.yaml:79:7
%5768 = cast %5766 : f32[] @ models/lib/nn.yaml:79:7
%5769 = broadcast %5768 : f32[48,16] @ models/lib/nn.yaml:79:7
%5770 = mul %5767, %5769 : f32[48,16] @ models/lib/nn.yaml:79:7
%5771 = broadcast %5490 : f32[48,16] @ models/lib/nn.yaml:79:7
%5772 = add %5770, %5771 : f32[48,16] @ models/lib/nn.yaml:79:7
%5773 = div %5752, %5772 : f32[48,16] @ models/lib/nn.yaml:79:7
%5774 = cast %5762 : f32[] @ models/lib/nn.yaml:79:7
%5775 = broadcast %5774 : f32[48,16] @ models/lib/nn.yaml:79:7
%5776 = mul %5773, %5775 : f32[48,16] @ models/lib/nn.yaml:79:7
%5777 = sub %5747, %5776 : f32[48,16] @ models/lib/nn.yaml:79:7
%5778 = assign %12, %5777 : f32[48,16] @ models/lib/nn.yaml:79:7
%5779 = assign %5742, %5752 : f32[48,16] @ models/lib/nn.yaml:79:7
%5780 = assign %5743, %5758 : f32[48,16] @ models/lib/nn.yaml:79:7
%5781 = assign %5744, %5745 : i64[] @ models/lib/nn.yaml:79:7
%5782 = broadcast %5502 : f32[48,16] @ models/lib/nn.yaml:79:7
%5783 = mul %90, %5782 : f32[48,16] @ models/lib/nn.yaml:79:7
%5784 = broadcast %5506 : f32[48,16] @ models/lib/nn.yaml:79:7
%5785 = mul %5777, %5784 : f32[48,16] @ models/lib/nn.yaml:79:7
%5786 = add %5783, %5785 : f32[48,16] @ models/lib/nn.yaml:79:7
%5787 = assign %90, %5786 : f32[48,16] @ models/lib/nn.yaml:79:7
%5788 = all_reduce_sum %5388 : f32[48] @ models/lib/nn.yaml:80:7
%5789 = mul %5788, %5788 : f32[48] @ models/lib/nn.yaml:80:7
%5790 = reduce_sum %5789 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5791 = sqrt %5790 : f32[] @ models/lib/nn.yaml:80:7
%5792 = cast %5791 : f64[] @ models/lib/nn.yaml:80:7
%5793 = add %5792, %5442 : f64[] @ models/lib/nn.yaml:80:7
%5794 = div %5444, %5793 : f64[] @ models/lib/nn.yaml:80:7
%5795 = lt %5794, %5446 : bool[] @ models/lib/nn.yaml:80:7
%5796 = cast %5794 : f32[] @ models/lib/nn.yaml:80:7
%5797 = broadcast %5796 : f32[48] @ models/lib/nn.yaml:80:7
%5798 = mul %5788, %5797 : f32[48] @ models/lib/nn.yaml:80:7
%5799 = broadcast %5795 : bool[48] @ models/lib/nn.yaml:80:7
%5800 = select %5799, %5798, %5788 : f32[48] @ models/lib/nn.yaml:80:7
%5801 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%5802 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%5803 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5804 = add %5803, %5456 : i64[] @ models/lib/nn.yaml:80:7
%5805 = broadcast %3111 : f32[48] @ models/lib/nn.yaml:80:7
%5806 = mul %5800, %5805 : f32[48] @ models/lib/nn.yaml:80:7
%5807 = broadcast %2138 : f32[48] @ models/lib/nn.yaml:80:7
%5808 = mul %5801, %5807 : f32[48] @ models/lib/nn.yaml:80:7
%5809 = add %5808, %5806 : f32[48] @ models/lib/nn.yaml:80:7
%5810 = mul %5800, %5800 : f32[48] @ models/lib/nn.yaml:80:7
%5811 = broadcast %5470 : f32[48] @ models/lib/nn.yaml:80:7
%5812 = mul %5810, %5811 : f32[48] @ models/lib/nn.yaml:80:7
%5813 = broadcast %5474 : f32[48] @ models/lib/nn.yaml:80:7
%5814 = mul %5802, %5813 : f32[48] @ models/lib/nn.yaml:80:7
%5815 = add %5814, %5812 : f32[48] @ models/lib/nn.yaml:80:7
%5816 = cast %5804 : f64[] @ models/lib/nn.yaml:80:7
%5817 = pow %5465, %5816 : f64[] @ models/lib/nn.yaml:80:7
%5818 = sub %5446, %5817 : f64[] @ models/lib/nn.yaml:80:7
%5819 = div %3382, %5818 : f64[] @ models/lib/nn.yaml:80:7
%5820 = pow %5473, %5816 : f64[] @ models/lib/nn.yaml:80:7
%5821 = sub %5446, %5820 : f64[] @ models/lib/nn.yaml:80:7
%5822 = sqrt %5821 : f64[] @ models/lib/nn.yaml:80:7
%5823 = div %5446, %5822 : f64[] @ models/lib/nn.yaml:80:7
%5824 = sqrt %5815 : f32[48] @ models/lib/nn.yaml:80:7
%5825 = cast %5823 : f32[] @ models/lib/nn.yaml:80:7
%5826 = broadcast %5825 : f32[48] @ models/lib/nn.yaml:80:7
%5827 = mul %5824, %5826 : f32[48] @ models/lib/nn.yaml:80:7
%5828 = broadcast %5490 : f32[48] @ models/lib/nn.yaml:80:7
%5829 = add %5827, %5828 : f32[48] @ models/lib/nn.yaml:80:7
%5830 = div %5809, %5829 : f32[48] @ models/lib/nn.yaml:80:7
%5831 = cast %5819 : f32[] @ models/lib/nn.yaml:80:7
%5832 = broadcast %5831 : f32[48] @ models/lib/nn.yaml:80:7
%5833 = mul %5830, %5832 : f32[48] @ models/lib/nn.yaml:80:7
%5834 = sub %13, %5833 : f32[48] @ models/lib/nn.yaml:80:7
%5835 = assign %13, %5834 : f32[48] @ models/lib/nn.yaml:80:7
%5836 = assign %5801, %5809 : f32[48] @ models/lib/nn.yaml:80:7
%5837 = assign %5802, %5815 : f32[48] @ models/lib/nn.yaml:80:7
%5838 = assign %5803, %5804 : i64[] @ models/lib/nn.yaml:80:7
%5839 = broadcast %5502 : f32[48] @ models/lib/nn.yaml:80:7
%5840 = mul %91, %5839 : f32[48] @ models/lib/nn.yaml:80:7
%5841 = broadcast %5506 : f32[48] @ models/lib/nn.yaml:80:7
%5842 = mul %5834, %5841 : f32[48] @ models/lib/nn.yaml:80:7
%5843 = add %5840, %5842 : f32[48] @ models/lib/nn.yaml:80:7
%5844 = assign %91, %5843 : f32[48] @ models/lib/nn.yaml:80:7
%5845 = all_reduce_sum %5298 : f32[16,16] @ models/lib/nn.yaml:79:7
%5846 = reshape %5845 : f32[256] @ models/lib/nn.yaml:79:7
%5847 = mul %5846, %5846 : f32[256] @ models/lib/nn.yaml:79:7
%5848 = reduce_sum %5847 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5849 = sqrt %5848 : f32[] @ models/lib/nn.yaml:79:7
%5850 = cast %5849 : f64[] @ models/lib/nn.yaml:79:7
%5851 = add %5850, %5442 : f64[] @ models/lib/nn.yaml:79:7
%5852 = div %5444, %5851 : f64[] @ models/lib/nn.yaml:79:7
%5853 = lt %5852, %5446 : bool[] @ models/lib/nn.yaml:79:7
%5854 = cast %5852 : f32[] @ models/lib/nn.yaml:79:7
%5855 = broadcast %5854 : f32[16,16] @ models/lib/nn.yaml:79:7
%5856 = mul %5845, %5855 : f32[16,16] @ models/lib/nn.yaml:79:7
%5857 = broadcast %5853 : bool[16,16] @ models/lib/nn.yaml:79:7
%5858 = select %5857, %5856, %5845 : f32[16,16] @ models/lib/nn.yaml:79:7
%5859 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5860 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5861 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5862 = add %5861, %5456 : i64[] @ models/lib/nn.yaml:79:7
%5863 = broadcast %5460 : f32[16,16] @ models/lib/nn.yaml:79:7
%5864 = mul %14, %5863 : f32[16,16] @ models/lib/nn.yaml:79:7
%5865 = broadcast %3111 : f32[16,16] @ models/lib/nn.yaml:79:7
%5866 = mul %5858, %5865 : f32[16,16] @ models/lib/nn.yaml:79:7
%5867 = broadcast %2138 : f32[16,16] @ models/lib/nn.yaml:79:7
%5868 = mul %5859, %5867 : f32[16,16] @ models/lib/nn.yaml:79:7
%5869 = add %5868, %5866 : f32[16,16] @ models/lib/nn.yaml:79:7
%5870 = mul %5858, %5858 : f32[16,16] @ models/lib/nn.yaml:79:7
%5871 = broadcast %5470 : f32[16,16] @ models/lib/nn.yaml:79:7
%5872 = mul %5870, %5871 : f32[16,16] @ models/lib/nn.yaml:79:7
%5873 = broadcast %5474 : f32[16,16] @ models/lib/nn.yaml:79:7
%5874 = mul %5860, %5873 : f32[16,16] @ models/lib/nn.yaml:79:7
%5875 = add %5874, %5872 : f32[16,16] @ models/lib/nn.yaml:79:7
%5876 = cast %5862 : f64[] @ models/lib/nn.yaml:79:7
%5877 = pow %5465, %5876 : f64[] @ models/lib/nn.yaml:79:7
%5878 = sub %5446, %5877 : f64[] @ models/lib/nn.yaml:79:7
%5879 = div %3382, %5878 : f64[] @ models/lib/nn.yaml:79:7
%5880 = pow %5473, %5876 : f64[] @ models/lib/nn.yaml:79:7
%5881 = sub %5446, %5880 : f64[] @ models/lib/nn.yaml:79:7
%5882 = sqrt %5881 : f64[] @ models/lib/nn.yaml:79:7
%5883 = div %5446, %5882 : f64[] @ models/lib/nn.yaml:79:7
%5884 = sqrt %5875 : f32[16,16] @ models/lib/nn.yaml:79:7
%5885 = cast %5883 : f32[] @ models/lib/nn.yaml:79:7
%5886 = broadcast %5885 : f32[16,16] @ models/lib/nn.yaml:79:7
%5887 = mul %5884, %5886 : f32[16,16] @ models/lib/nn.yaml:79:7
%5888 = broadcast %5490 : f32[16,16] @ models/lib/nn.yaml:79:7
%5889 = add %5887, %5888 : f32[16,16] @ models/lib/nn.yaml:79:7
%5890 = div %5869, %5889 : f32[16,16] @ models/lib/nn.yaml:79:7
%5891 = cast %5879 : f32[] @ models/lib/nn.yaml:79:7
%5892 = broadcast %5891 : f32[16,16] @ models/lib/nn.yaml:79:7
%5893 = mul %5890, %5892 : f32[16,16] @ models/lib/nn.yaml:79:7
%5894 = sub %5864, %5893 : f32[16,16] @ models/lib/nn.yaml:79:7
%5895 = assign %14, %5894 : f32[16,16] @ models/lib/nn.yaml:79:7
%5896 = assign %5859, %5869 : f32[16,16] @ models/lib/nn.yaml:79:7
%5897 = assign %5860, %5875 : f32[16,16] @ models/lib/nn.yaml:79:7
%5898 = assign %5861, %5862 : i64[] @ models/lib/nn.yaml:79:7
%5899 = broadcast %5502 : f32[16,16] @ models/lib/nn.yaml:79:7
%5900 = mul %92, %5899 : f32[16,16] @ models/lib/nn.yaml:79:7
%5901 = broadcast %5506 : f32[16,16] @ models/lib/nn.yaml:79:7
%5902 = mul %5894, %5901 : f32[16,16] @ models/lib/nn.yaml:79:7
%5903 = add %5900, %5902 : f32[16,16] @ models/lib/nn.yaml:79:7
%5904 = assign %92, %5903 : f32[16,16] @ models/lib/nn.yaml:79:7
%5905 = all_reduce_sum %5293 : f32[16] @ models/lib/nn.yaml:80:7
%5906 = mul %5905, %5905 : f32[16] @ models/lib/nn.yaml:80:7
%5907 = reduce_sum %5906 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5908 = sqrt %5907 : f32[] @ models/lib/nn.yaml:80:7
%5909 = cast %5908 : f64[] @ models/lib/nn.yaml:80:7
%5910 = add %5909, %5442 : f64[] @ models/lib/nn.yaml:80:7
%5911 = div %5444, %5910 : f64[] @ models/lib/nn.yaml:80:7
%5912 = lt %5911, %5446 : bool[] @ models/lib/nn.yaml:80:7
%5913 = cast %5911 : f32[] @ models/lib/nn.yaml:80:7
%5914 = broadcast %5913 : f32[16] @ models/lib/nn.yaml:80:7
%5915 = mul %5905, %5914 : f32[16] @ models/lib/nn.yaml:80:7
%5916 = broadcast %5912 : bool[16] @ models/lib/nn.yaml:80:7
%5917 = select %5916, %5915, %5905 : f32[16] @ models/lib/nn.yaml:80:7
%5918 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5919 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5920 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5921 = add %5920, %5456 : i64[] @ models/lib/nn.yaml:80:7
%5922 = mul %5917, %5588 : f32[16] @ models/lib/nn.yaml:80:7
%5923 = mul %5918, %5590 : f32[16] @ models/lib/nn.yaml:80:7
%5924 = add %5923, %5922 : f32[16] @ models/lib/nn.yaml:80:7
%5925 = mul %5917, %5917 : f32[16] @ models/lib/nn.yaml:80:7
%5926 = mul %5925, %5594 : f32[16] @ models/lib/nn.yaml:80:7
%5927 = mul %5919, %5596 : f32[16] @ models/lib/nn.yaml:80:7
%5928 = add %5927, %5926 : f32[16] @ models/lib/nn.yaml:80:7
%5929 = cast %5921 : f64[] @ models/lib/nn.yaml:80:7
%5930 = pow %5465, %5929 : f64[] @ models/lib/nn.yaml:80:7
%5931 = sub %5446, %5930 : f64[] @ models/lib/nn.yaml:80:7
%5932 = div %3382, %5931 : f64[] @ models/lib/nn.yaml:80:7
%5933 = pow %5473, %5929 : f64[] @ models/lib/nn.yaml:80:7
%5934 = sub %5446, %5933 : f64[] @ models/lib/nn.yaml:80:7
%5935 = sqrt %5934 : f64[] @ models/lib/nn.yaml:80:7
%5936 = div %5446, %5935 : f64[] @ models/lib/nn.yaml:80:7
%5937 = sqrt %5928 : f32[16] @ models/lib/nn.yaml:80:7
%5938 = cast %5936 : f32[] @ models/lib/nn.yaml:80:7
%5939 = broadcast %5938 : f32[16] @ models/lib/nn.yaml:80:7
%5940 = mul %5937, %5939 : f32[16] @ models/lib/nn.yaml:80:7
%5941 = add %5940, %5611 : f32[16] @ models/lib/nn.yaml:80:7
%5942 = div %5924, %5941 : f32[16] @ models/lib/nn.yaml:80:7
%5943 = cast %5932 : f32[] @ models/lib/nn.yaml:80:7
%5944 = broadcast %5943 : f32[16] @ models/lib/nn.yaml:80:7
%5945 = mul %5942, %5944 : f32[16] @ models/lib/nn.yaml:80:7
%5946 = sub %15, %5945 : f32[16] @ models/lib/nn.yaml:80:7
%5947 = assign %15, %5946 : f32[16] @ models/lib/nn.yaml:80:7
%5948 = assign %5918, %5924 : f32[16] @ models/lib/nn.yaml:80:7
%5949 = assign %5919, %5928 : f32[16] @ models/lib/nn.yaml:80:7
%5950 = assign %5920, %5921 : i64[] @ models/lib/nn.yaml:80:7
%5951 = mul %93, %5622 : f32[16] @ models/lib/nn.yaml:80:7
%5952 = mul %5946, %5624 : f32[16] @ models/lib/nn.yaml:80:7
%5953 = add %5951, %5952 : f32[16] @ models/lib/nn.yaml:80:7
%5954 = assign %93, %5953 : f32[16] @ models/lib/nn.yaml:80:7
%5955 = all_reduce_sum %5270 : f32[16] @ models/lib/nn.yaml:89:7
%5956 = mul %5955, %5955 : f32[16] @ models/lib/nn.yaml:89:7
%5957 = reduce_sum %5956 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5958 = sqrt %5957 : f32[] @ models/lib/nn.yaml:89:7
%5959 = cast %5958 : f64[] @ models/lib/nn.yaml:89:7
%5960 = add %5959, %5442 : f64[] @ models/lib/nn.yaml:89:7
%5961 = div %5444, %5960 : f64[] @ models/lib/nn.yaml:89:7
%5962 = lt %5961, %5446 : bool[] @ models/lib/nn.yaml:89:7
%5963 = cast %5961 : f32[] @ models/lib/nn.yaml:89:7
%5964 = broadcast %5963 : f32[16] @ models/lib/nn.yaml:89:7
%5965 = mul %5955, %5964 : f32[16] @ models/lib/nn.yaml:89:7
%5966 = broadcast %5962 : bool[16] @ models/lib/nn.yaml:89:7
%5967 = select %5966, %5965, %5955 : f32[16] @ models/lib/nn.yaml:89:7
%5968 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5969 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5970 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5971 = add %5970, %5456 : i64[] @ models/lib/nn.yaml:89:7
%5972 = mul %5967, %5588 : f32[16] @ models/lib/nn.yaml:89:7
%5973 = mul %5968, %5590 : f32[16] @ models/lib/nn.yaml:89:7
%5974 = add %5973, %5972 : f32[16] @ models/lib/nn.yaml:89:7
%5975 = mul %5967, %5967 : f32[16] @ models/lib/nn.yaml:89:7
%5976 = mul %5975, %5594 : f32[16] @ models/lib/nn.yaml:89:7
%5977 = mul %5969, %5596 : f32[16] @ models/lib/nn.yaml:89:7
%5978 = add %5977, %5976 : f32[16] @ models/lib/nn.yaml:89:7
%5979 = cast %5971 : f64[] @ models/lib/nn.yaml:89:7
%5980 = pow %5465, %5979 : f64[] @ models/lib/nn.yaml:89:7
%5981 = sub %5446, %5980 : f64[] @ models/lib/nn.yaml:89:7
%5982 = div %3382, %5981 : f64[] @ models/lib/nn.yaml:89:7
%5983 = pow %5473, %5979 : f64[] @ models/lib/nn.yaml:89:7
%5984 = sub %5446, %5983 : f64[] @ models/lib/nn.yaml:89:7
%5985 = sqrt %5984 : f64[] @ models/lib/nn.yaml:89:7
%5986 = div %5446, %5985 : f64[] @ models/lib/nn.yaml:89:7
%5987 = sqrt %5978 : f32[16] @ models/lib/nn.yaml:89:7
%5988 = cast %5986 : f32[] @ models/lib/nn.yaml:89:7
%5989 = broadcast %5988 : f32[16] @ models/lib/nn.yaml:89:7
%5990 = mul %5987, %5989 : f32[16] @ models/lib/nn.yaml:89:7
%5991 = add %5990, %5611 : f32[16] @ models/lib/nn.yaml:89:7
%5992 = div %5974, %5991 : f32[16] @ models/lib/nn.yaml:89:7
%5993 = cast %5982 : f32[] @ models/lib/nn.yaml:89:7
%5994 = broadcast %5993 : f32[16] @ models/lib/nn.yaml:89:7
%5995 = mul %5992, %5994 : f32[16] @ models/lib/nn.yaml:89:7
%5996 = sub %16, %5995 : f32[16] @ models/lib/nn.yaml:89:7
%5997 = assign %16, %5996 : f32[16] @ models/lib/nn.yaml:89:7
%5998 = assign %5968, %5974 : f32[16] @ models/lib/nn.yaml:89:7
%5999 = assign %5969, %5978 : f32[16] @ models/lib/nn.yaml:89:7
%6000 = assign %5970, %5971 : i64[] @ models/lib/nn.yaml:89:7
%6001 = mul %94, %5622 : f32[16] @ models/lib/nn.yaml:89:7
%6002 = mul %5996, %5624 : f32[16] @ models/lib/nn.yaml:89:7
%6003 = add %6001, %6002 : f32[16] @ models/lib/nn.yaml:89:7
%6004 = assign %94, %6003 : f32[16] @ models/lib/nn.yaml:89:7
%6005 = all_reduce_sum %5263 : f32[16] @ models/lib/nn.yaml:90:7
%6006 = mul %6005, %6005 : f32[16] @ models/lib/nn.yaml:90:7
%6007 = reduce_sum %6006 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6008 = sqrt %6007 : f32[] @ models/lib/nn.yaml:90:7
%6009 = cast %6008 : f64[] @ models/lib/nn.yaml:90:7
%6010 = add %6009, %5442 : f64[] @ models/lib/nn.yaml:90:7
%6011 = div %5444, %6010 : f64[] @ models/lib/nn.yaml:90:7
%6012 = lt %6011, %5446 : bool[] @ models/lib/nn.yaml:90:7
%6013 = cast %6011 : f32[] @ models/lib/nn.yaml:90:7
%6014 = broadcast %6013 : f32[16] @ models/lib/nn.yaml:90:7
%6015 = mul %6005, %6014 : f32[16] @ models/lib/nn.yaml:90:7
%6016 = broadcast %6012 : bool[16] @ models/lib/nn.yaml:90:7
%6017 = select %6016, %6015, %6005 : f32[16] @ models/lib/nn.yaml:90:7
%6018 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6019 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6020 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6021 = add %6020, %5456 : i64[] @ models/lib/nn.yaml:90:7
%6022 = mul %6017, %5588 : f32[16] @ models/lib/nn.yaml:90:7
%6023 = mul %6018, %5590 : f32[16] @ models/lib/nn.yaml:90:7
%6024 = add %6023, %6022 : f32[16] @ models/lib/nn.yaml:90:7
%6025 = mul %6017, %6017 : f32[16] @ models/lib/nn.yaml:90:7
%6026 = mul %6025, %5594 : f32[16] @ models/lib/nn.yaml:90:7
%6027 = mul %6019, %5596 : f32[16] @ models/lib/nn.yaml:90:7
%6028 = add %6027, %6026 : f32[16] @ models/lib/nn.yaml:90:7
%6029 = cast %6021 : f64[] @ models/lib/nn.yaml:90:7
%6030 = pow %5465, %6029 : f64[] @ models/lib/nn.yaml:90:7
%6031 = sub %5446, %6030 : f64[] @ models/lib/nn.yaml:90:7
%6032 = div %3382, %6031 : f64[] @ models/lib/nn.yaml:90:7
%6033 = pow %5473, %6029 : f64[] @ models/lib/nn.yaml:90:7
%6034 = sub %5446, %6033 : f64[] @ models/lib/nn.yaml:90:7
%6035 = sqrt %6034 : f64[] @ models/lib/nn.yaml:90:7
%6036 = div %5446, %6035 : f64[] @ models/lib/nn.yaml:90:7
%6037 = sqrt %6028 : f32[16] @ models/lib/nn.yaml:90:7
%6038 = cast %6036 : f32[] @ models/lib/nn.yaml:90:7
%6039 = broadcast %6038 : f32[16] @ models/lib/nn.yaml:90:7
%6040 = mul %6037, %6039 : f32[16] @ models/lib/nn.yaml:90:7
%6041 = add %6040, %5611 : f32[16] @ models/lib/nn.yaml:90:7
%6042 = div %6024, %6041 : f32[16] @ models/lib/nn.yaml:90:7
%6043 = cast %6032 : f32[] @ models/lib/nn.yaml:90:7
%6044 = broadcast %6043 : f32[16] @ models/lib/nn.yaml:90:7
%6045 = mul %6042, %6044 : f32[16] @ models/lib/nn.yaml:90:7
%6046 = sub %17, %6045 : f32[16] @ models/lib/nn.yaml:90:7
%6047 = assign %17, %6046 : f32[16] @ models/lib/nn.yaml:90:7
%6048 = assign %6018, %6024 : f32[16] @ models/lib/nn.yaml:90:7
%6049 = assign %6019, %6028 : f32[16] @ models/lib/nn.yaml:90:7
%6050 = assign %6020, %6021 : i64[] @ models/lib/nn.yaml:90:7
%6051 = mul %95, %5622 : f32[16] @ models/lib/nn.yaml:90:7
%6052 = mul %6046, %5624 : f32[16] @ models/lib/nn.yaml:90:7
%6053 = add %6051, %6052 : f32[16] @ models/lib/nn.yaml:90:7
%6054 = assign %95, %6053 : f32[16] @ models/lib/nn.yaml:90:7
%6055 = all_reduce_sum %5258 : f32[64,16] @ models/lib/nn.yaml:79:7
%6056 = reshape %6055 : f32[1024] @ models/lib/nn.yaml:79:7
%6057 = mul %6056, %6056 : f32[1024] @ models/lib/nn.yaml:79:7
%6058 = reduce_sum %6057 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6059 = sqrt %6058 : f32[] @ models/lib/nn.yaml:79:7
%6060 = cast %6059 : f64[] @ models/lib/nn.yaml:79:7
%6061 = add %6060, %5442 : f64[] @ models/lib/nn.yaml:79:7
%6062 = div %5444, %6061 : f64[] @ models/lib/nn.yaml:79:7
%6063 = lt %6062, %5446 : bool[] @ models/lib/nn.yaml:79:7
%6064 = cast %6062 : f32[] @ models/lib/nn.yaml:79:7
%6065 = broadcast %6064 : f32[64,16] @ models/lib/nn.yaml:79:7
%6066 = mul %6055, %6065 : f32[64,16] @ models/lib/nn.yaml:79:7
%6067 = broadcast %6063 : bool[64,16] @ models/lib/nn.yaml:79:7
%6068 = select %6067, %6066, %6055 : f32[64,16] @ models/lib/nn.yaml:79:7
%6069 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6070 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6071 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6072 = add %6071, %5456 : i64[] @ models/lib/nn.yaml:79:7
%6073 = broadcast %5460 : f32[64,16] @ models/lib/nn.yaml:79:7
%6074 = mul %18, %6073 : f32[64,16] @ models/lib/nn.yaml:79:7
%6075 = broadcast %3111 : f32[64,16] @ models/lib/nn.yaml:79:7
%6076 = mul %6068, %6075 : f32[64,16] @ models/lib/nn.yaml:79:7
%6077 = broadcast %2138 : f32[64,16] @ models/lib/nn.yaml:79:7
%6078 = mul %6069, %6077 : f32[64,16] @ models/lib/nn.yaml:79:7
%6079 = add %6078, %6076 : f32[64,16] @ models/lib/nn.yaml:79:7
%6080 = mul %6068, %6068 : f32[64,16] @ models/lib/nn.yaml:79:7
%6081 = broadcast %5470 : f32[64,16] @ models/lib/nn.yaml:79:7
%6082 = mul %6080, %6081 : f32[64,16] @ models/lib/nn.yaml:79:7
%6083 = broadcast %5474 : f32[64,16] @ models/lib/nn.yaml:79:7
%6084 = mul %6070, %6083 : f32[64,16] @ models/lib/nn.yaml:79:7
%6085 = add %6084, %6082 : f32[64,16] @ models/lib/nn.yaml:79:7
%6086 = cast %6072 : f64[] @ models/lib/nn.yaml:79:7
%6087 = pow %5465, %6086 : f64[] @ models/lib/nn.yaml:79:7
%6088 = sub %5446, %6087 : f64[] @ models/lib/nn.yaml:79:7
%6089 = div %3382, %6088 : f64[] @ models/lib/nn.yaml:79:7
%6090 = pow %5473, %6086 : f64[] @ models/lib/nn.yaml:79:7
%6091 = sub %5446, %6090 : f64[] @ models/lib/nn.yaml:79:7
%6092 = sqrt %6091 : f64[] @ models/lib/nn.yaml:79:7
%6093 = div %5446, %6092 : f64[] @ models/lib/nn.yaml:79:7
%6094 = sqrt %6085 : f32[64,16] @ models/lib/nn.yaml:79:7
%6095 = cast %6093 : f32[] @ models/lib/nn.yaml:79:7
%6096 = broadcast %6095 : f32[64,16] @ models/lib/nn.yaml:79:7
%6097 = mul %6094, %6096 : f32[64,16] @ models/lib/nn.yaml:79:7
%6098 = broadcast %5490 : f32[64,16] @ models/lib/nn.yaml:79:7
%6099 = add %6097, %6098 : f32[64,16] @ models/lib/nn.yaml:79:7
%6100 = div %6079, %6099 : f32[64,16] @ models/lib/nn.yaml:79:7
%6101 = cast %6089 : f32[] @ models/lib/nn.yaml:79:7
%6102 = broadcast %6101 : f32[64,16] @ models/lib/nn.yaml:79:7
%6103 = mul %6100, %6102 : f32[64,16] @ models/lib/nn.yaml:79:7
%6104 = sub %6074, %6103 : f32[64,16] @ models/lib/nn.yaml:79:7
%6105 = assign %18, %6104 : f32[64,16] @ models/lib/nn.yaml:79:7
%6106 = assign %6069, %6079 : f32[64,16] @ models/lib/nn.yaml:79:7
%6107 = assign %6070, %6085 : f32[64,16] @ models/lib/nn.yaml:79:7
%6108 = assign %6071, %6072 : i64[] @ models/lib/nn.yaml:79:7
%6109 = broadcast %5502 : f32[64,16] @ models/lib/nn.yaml:79:7
%6110 = mul %96, %6109 : f32[64,16] @ models/lib/nn.yaml:79:7
%6111 = broadcast %5506 : f32[64,16] @ models/lib/nn.yaml:79:7
%6112 = mul %6104, %6111 : f32[64,16] @ models/lib/nn.yaml:79:7
%6113 = add %6110, %6112 : f32[64,16] @ models/lib/nn.yaml:79:7
%6114 = assign %96, %6113 : f32[64,16] @ models/lib/nn.yaml:79:7
%6115 = all_reduce_sum %5253 : f32[64] @ models/lib/nn.yaml:80:7
%6116 = mul %6115, %6115 : f32[64] @ models/lib/nn.yaml:80:7
%6117 = reduce_sum %6116 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6118 = sqrt %6117 : f32[] @ models/lib/nn.yaml:80:7
%6119 = cast %6118 : f64[] @ models/lib/nn.yaml:80:7
%6120 = add %6119, %5442 : f64[] @ models/lib/nn.yaml:80:7
%6121 = div %5444, %6120 : f64[] @ models/lib/nn.yaml:80:7
%6122 = lt %6121, %5446 : bool[] @ models/lib/nn.yaml:80:7
%6123 = cast %6121 : f32[] @ models/lib/nn.yaml:80:7
%6124 = broadcast %6123 : f32[64] @ models/lib/nn.yaml:80:7
%6125 = mul %6115, %6124 : f32[64] @ models/lib/nn.yaml:80:7
%6126 = broadcast %6122 : bool[64] @ models/lib/nn.yaml:80:7
%6127 = select %6126, %6125, %6115 : f32[64] @ models/lib/nn.yaml:80:7
%6128 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6129 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6130 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6131 = add %6130, %5456 : i64[] @ models/lib/nn.yaml:80:7
%6132 = broadcast %3111 : f32[64] @ models/lib/nn.yaml:80:7
%6133 = mul %6127, %6132 : f32[64] @ models/lib/nn.yaml:80:7
%6134 = broadcast %2138 : f32[64] @ models/lib/nn.yaml:80:7
%6135 = mul %6128, %6134 : f32[64] @ models/lib/nn.yaml:80:7
%6136 = add %6135, %6133 : f32[64] @ models/lib/nn.yaml:80:7
%6137 = mul %6127, %6127 : f32[64] @ models/lib/nn.yaml:80:7
%6138 = broadcast %5470 : f32[64] @ models/lib/nn.yaml:80:7
%6139 = mul %6137, %6138 : f32[64] @ models/lib/nn.yaml:80:7
%6140 = broadcast %5474 : f32[64] @ models/lib/nn.yaml:80:7
%6141 = mul %6129, %6140 : f32[64] @ models/lib/nn.yaml:80:7
%6142 = add %6141, %6139 : f32[64] @ models/lib/nn.yaml:80:7
%6143 = cast %6131 : f64[] @ models/lib/nn.yaml:80:7
%6144 = pow %5465, %6143 : f64[] @ models/lib/nn.yaml:80:7
%6145 = sub %5446, %6144 : f64[] @ models/lib/nn.yaml:80:7
%6146 = div %3382, %6145 : f64[] @ models/lib/nn.yaml:80:7
%6147 = pow %5473, %6143 : f64[] @ models/lib/nn.yaml:80:7
%6148 = sub %5446, %6147 : f64[] @ models/lib/nn.yaml:80:7
%6149 = sqrt %6148 : f64[] @ models/lib/nn.yaml:80:7
%6150 = div %5446, %6149 : f64[] @ models/lib/nn.yaml:80:7
%6151 = sqrt %6142 : f32[64] @ models/lib/nn.yaml:80:7
%6152 = cast %6150 : f32[] @ models/lib/nn.yaml:80:7
%6153 = broadcast %6152 : f32[64] @ models/lib/nn.yaml:80:7
%6154 = mul %6151, %6153 : f32[64] @ models/lib/nn.yaml:80:7
%6155 = broadcast %5490 : f32[64] @ models/lib/nn.yaml:80:7
%6156 = add %6154, %6155 : f32[64] @ models/lib/nn.yaml:80:7
%6157 = div %6136, %6156 : f32[64] @ models/lib/nn.yaml:80:7
%6158 = cast %6146 : f32[] @ models/lib/nn.yaml:80:7
%6159 = broadcast %6158 : f32[64] @ models/lib/nn.yaml:80:7
%6160 = mul %6157, %6159 : f32[64] @ models/lib/nn.yaml:80:7
%6161 = sub %19, %6160 : f32[64] @ models/lib/nn.yaml:80:7
%6162 = assign %19, %6161 : f32[64] @ models/lib/nn.yaml:80:7
%6163 = assign %6128, %6136 : f32[64] @ models/lib/nn.yaml:80:7
%6164 = assign %6129, %6142 : f32[64] @ models/lib/nn.yaml:80:7
%6165 = assign %6130, %6131 : i64[] @ models/lib/nn.yaml:80:7
%6166 = broadcast %5502 : f32[64] @ models/lib/nn.yaml:80:7
%6167 = mul %97, %6166 : f32[64] @ models/lib/nn.yaml:80:7
%6168 = broadcast %5506 : f32[64] @ models/lib/nn.yaml:80:7
%6169 = mul %6161, %6168 : f32[64] @ models/lib/nn.yaml:80:7
%6170 = add %6167, %6169 : f32[64] @ models/lib/nn.yaml:80:7
%6171 = assign %97, %6170 : f32[64] @ models/lib/nn.yaml:80:7
%6172 = all_reduce_sum %5235 : f32[16,64] @ models/lib/nn.yaml:79:7
%6173 = reshape %6172 : f32[1024] @ models/lib/nn.yaml:79:7
%6174 = mul %6173, %6173 : f32[1024] @ models/lib/nn.yaml:79:7
%6175 = reduce_sum %6174 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6176 = sqrt %6175 : f32[] @ models/lib/nn.yaml:79:7
%6177 = cast %6176 : f64[] @ models/lib/nn.yaml:79:7
%6178 = add %6177, %5442 : f64[] @ models/lib/nn.yaml:79:7
%6179 = div %5444, %6178 : f64[] @ models/lib/nn.yaml:79:7
%6180 = lt %6179, %5446 : bool[] @ models/lib/nn.yaml:79:7
%6181 = cast %6179 : f32[] @ models/lib/nn.yaml:79:7
%6182 = broadcast %6181 : f32[16,64] @ models/lib/nn.yaml:79:7
%6183 = mul %6172, %6182 : f32[16,64] @ models/lib/nn.yaml:79:7
%6184 = broadcast %6180 : bool[16,64] @ models/lib/nn.yaml:79:7
%6185 = select %6184, %6183, %6172 : f32[16,64] @ models/lib/nn.yaml:79:7
%6186 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6187 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6188 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6189 = add %6188, %5456 : i64[] @ models/lib/nn.yaml:79:7
%6190 = broadcast %5460 : f32[16,64] @ models/lib/nn.yaml:79:7
%6191 = mul %20, %6190 : f32[16,64] @ models/lib/nn.yaml:79:7
%6192 = broadcast %3111 : f32[16,64] @ models/lib/nn.yaml:79:7
%6193 = mul %6185, %6192 : f32[16,64] @ models/lib/nn.yaml:79:7
%6194 = broadcast %2138 : f32[16,64] @ models/lib/nn.yaml:79:7
%6195 = mul %6186, %6194 : f32[16,64] @ models/lib/nn.yaml:79:7
%6196 = add %6195, %6193 : f32[16,64] @ models/lib/nn.yaml:79:7
%6197 = mul %6185, %6185 : f32[16,64] @ models/lib/nn.yaml:79:7
%6198 = broadcast %5470 : f32[16,64] @ models/lib/nn.yaml:79:7
%6199 = mul %6197, %6198 : f32[16,64] @ models/lib/nn.yaml:79:7
%6200 = broadcast %5474 : f32[16,64] @ models/lib/nn.yaml:79:7
%6201 = mul %6187, %6200 : f32[16,64] @ models/lib/nn.yaml:79:7
%6202 = add %6201, %6199 : f32[16,64] @ models/lib/nn.yaml:79:7
%6203 = cast %6189 : f64[] @ models/lib/nn.yaml:79:7
%6204 = pow %5465, %6203 : f64[] @ models/lib/nn.yaml:79:7
%6205 = sub %5446, %6204 : f64[] @ models/lib/nn.yaml:79:7
%6206 = div %3382, %6205 : f64[] @ models/lib/nn.yaml:79:7
%6207 = pow %5473, %6203 : f64[] @ models/lib/nn.yaml:79:7
%6208 = sub %5446, %6207 : f64[] @ models/lib/nn.yaml:79:7
%6209 = sqrt %6208 : f64[] @ models/lib/nn.yaml:79:7
%6210 = div %5446, %6209 : f64[] @ models/lib/nn.yaml:79:7
%6211 = sqrt %6202 : f32[16,64] @ models/lib/nn.yaml:79:7
%6212 = cast %6210 : f32[] @ models/lib/nn.yaml:79:7
%6213 = broadcast %6212 : f32[16,64] @ models/lib/nn.yaml:79:7
%6214 = mul %6211, %6213 : f32[16,64] @ models/lib/nn.yaml:79:7
%6215 = broadcast %5490 : f32[16,64] @ models/lib/nn.yaml:79:7
%6216 = add %6214, %6215 : f32[16,64] @ models/lib/nn.yaml:79:7
%6217 = div %6196, %6216 : f32[16,64] @ models/lib/nn.yaml:79:7
%6218 = cast %6206 : f32[] @ models/lib/nn.yaml:79:7
%6219 = broadcast %6218 : f32[16,64] @ models/lib/nn.yaml:79:7
%6220 = mul %6217, %6219 : f32[16,64] @ models/lib/nn.yaml:79:7
%6221 = sub %6191, %6220 : f32[16,64] @ models/lib/nn.yaml:79:7
%6222 = assign %20, %6221 : f32[16,64] @ models/lib/nn.yaml:79:7
%6223 = assign %6186, %6196 : f32[16,64] @ models/lib/nn.yaml:79:7
%6224 = assign %6187, %6202 : f32[16,64] @ models/lib/nn.yaml:79:7
%6225 = assign %6188, %6189 : i64[] @ models/lib/nn.yaml:79:7
%6226 = broadcast %5502 : f32[16,64] @ models/lib/nn.yaml:79:7
%6227 = mul %98, %6226 : f32[16,64] @ models/lib/nn.yaml:79:7
%6228 = broadcast %5506 : f32[16,64] @ models/lib/nn.yaml:79:7
%6229 = mul %6221, %6228 : f32[16,64] @ models/lib/nn.yaml:79:7
%6230 = add %6227, %6229 : f32[16,64] @ models/lib/nn.yaml:79:7
%6231 = assign %98, %6230 : f32[16,64] @ models/lib/nn.yaml:79:7
%6232 = all_reduce_sum %5230 : f32[16] @ models/lib/nn.yaml:80:7
%6233 = mul %6232, %6232 : f32[16] @ models/lib/nn.yaml:80:7
%6234 = reduce_sum %6233 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6235 = sqrt %6234 : f32[] @ models/lib/nn.yaml:80:7
%6236 = cast %6235 : f64[] @ models/lib/nn.yaml:80:7
%6237 = add %6236, %5442 : f64[] @ models/lib/nn.yaml:80:7
%6238 = div %5444, %6237 : f64[] @ models/lib/nn.yaml:80:7
%6239 = lt %6238, %5446 : bool[] @ models/lib/nn.yaml:80:7
%6240 = cast %6238 : f32[] @ models/lib/nn.yaml:80:7
%6241 = broadcast %6240 : f32[16] @ models/lib/nn.yaml:80:7
%6242 = mul %6232, %6241 : f32[16] @ models/lib/nn.yaml:80:7
%6243 = broadcast %6239 : bool[16] @ models/lib/nn.yaml:80:7
%6244 = select %6243, %6242, %6232 : f32[16] @ models/lib/nn.yaml:80:7
%6245 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6246 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6247 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6248 = add %6247, %5456 : i64[] @ models/lib/nn.yaml:80:7
%6249 = mul %6244, %5588 : f32[16] @ models/lib/nn.yaml:80:7
%6250 = mul %6245, %5590 : f32[16] @ models/lib/nn.yaml:80:7
%6251 = add %6250, %6249 : f32[16] @ models/lib/nn.yaml:80:7
%6252 = mul %6244, %6244 : f32[16] @ models/lib/nn.yaml:80:7
%6253 = mul %6252, %5594 : f32[16] @ models/lib/nn.yaml:80:7
%6254 = mul %6246, %5596 : f32[16] @ models/lib/nn.yaml:80:7
%6255 = add %6254, %6253 : f32[16] @ models/lib/nn.yaml:80:7
%6256 = cast %6248 : f64[] @ models/lib/nn.yaml:80:7
%6257 = pow %5465, %6256 : f64[] @ models/lib/nn.yaml:80:7
%6258 = sub %5446, %6257 : f64[] @ models/lib/nn.yaml:80:7
%6259 = div %3382, %6258 : f64[] @ models/lib/nn.yaml:80:7
%6260 = pow %5473, %6256 : f64[] @ models/lib/nn.yaml:80:7
%6261 = sub %5446, %6260 : f64[] @ models/lib/nn.yaml:80:7
%6262 = sqrt %6261 : f64[] @ models/lib/nn.yaml:80:7
%6263 = div %5446, %6262 : f64[] @ models/lib/nn.yaml:80:7
%6264 = sqrt %6255 : f32[16] @ models/lib/nn.yaml:80:7
%6265 = cast %6263 : f32[] @ models/lib/nn.yaml:80:7
%6266 = broadcast %6265 : f32[16] @ models/lib/nn.yaml:80:7
%6267 = mul %6264, %6266 : f32[16] @ models/lib/nn.yaml:80:7
%6268 = add %6267, %5611 : f32[16] @ models/lib/nn.yaml:80:7
%6269 = div %6251, %6268 : f32[16] @ models/lib/nn.yaml:80:7
%6270 = cast %6259 : f32[] @ models/lib/nn.yaml:80:7
%6271 = broadcast %6270 : f32[16] @ models/lib/nn.yaml:80:7
%6272 = mul %6269, %6271 : f32[16] @ models/lib/nn.yaml:80:7
%6273 = sub %21, %6272 : f32[16] @ models/lib/nn.yaml:80:7
%6274 = assign %21, %6273 : f32[16] @ models/lib/nn.yaml:80:7
%6275 = assign %6245, %6251 : f32[16] @ models/lib/nn.yaml:80:7
%6276 = assign %6246, %6255 : f32[16] @ models/lib/nn.yaml:80:7
%6277 = assign %6247, %6248 : i64[] @ models/lib/nn.yaml:80:7
%6278 = mul %99, %5622 : f32[16] @ models/lib/nn.yaml:80:7
%6279 = mul %6273, %5624 : f32[16] @ models/lib/nn.yaml:80:7
%6280 = add %6278, %6279 : f32[16] @ models/lib/nn.yaml:80:7
%6281 = assign %99, %6280 : f32[16] @ models/lib/nn.yaml:80:7
%6282 = all_reduce_sum %5207 : f32[16] @ models/lib/nn.yaml:89:7
%6283 = mul %6282, %6282 : f32[16] @ models/lib/nn.yaml:89:7
%6284 = reduce_sum %6283 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6285 = sqrt %6284 : f32[] @ models/lib/nn.yaml:89:7
%6286 = cast %6285 : f64[] @ models/lib/nn.yaml:89:7
%6287 = add %6286, %5442 : f64[] @ models/lib/nn.yaml:89:7
%6288 = div %5444, %6287 : f64[] @ models/lib/nn.yaml:89:7
%6289 = lt %6288, %5446 : bool[] @ models/lib/nn.yaml:89:7
%6290 = cast %6288 : f32[] @ models/lib/nn.yaml:89:7
%6291 = broadcast %6290 : f32[16] @ models/lib/nn.yaml:89:7
%6292 = mul %6282, %6291 : f32[16] @ models/lib/nn.yaml:89:7
%6293 = broadcast %6289 : bool[16] @ models/lib/nn.yaml:89:7
%6294 = select %6293, %6292, %6282 : f32[16] @ models/lib/nn.yaml:89:7
%6295 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6296 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6297 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6298 = add %6297, %5456 : i64[] @ models/lib/nn.yaml:89:7
%6299 = mul %6294, %5588 : f32[16] @ models/lib/nn.yaml:89:7
%6300 = mul %6295, %5590 : f32[16] @ models/lib/nn.yaml:89:7
%6301 = add %6300, %6299 : f32[16] @ models/lib/nn.yaml:89:7
%6302 = mul %6294, %6294 : f32[16] @ models/lib/nn.yaml:89:7
%6303 = mul %6302, %5594 : f32[16] @ models/lib/nn.yaml:89:7
%6304 = mul %6296, %5596 : f32[16] @ models/lib/nn.yaml:89:7
%6305 = add %6304, %6303 : f32[16] @ models/lib/nn.yaml:89:7
%6306 = cast %6298 : f64[] @ models/lib/nn.yaml:89:7
%6307 = pow %5465, %6306 : f64[] @ models/lib/nn.yaml:89:7
%6308 = sub %5446, %6307 : f64[] @ models/lib/nn.yaml:89:7
%6309 = div %3382, %6308 : f64[] @ models/lib/nn.yaml:89:7
%6310 = pow %5473, %6306 : f64[] @ models/lib/nn.yaml:89:7
%6311 = sub %5446, %6310 : f64[] @ models/lib/nn.yaml:89:7
%6312 = sqrt %6311 : f64[] @ models/lib/nn.yaml:89:7
%6313 = div %5446, %6312 : f64[] @ models/lib/nn.yaml:89:7
%6314 = sqrt %6305 : f32[16] @ models/lib/nn.yaml:89:7
%6315 = cast %6313 : f32[] @ models/lib/nn.yaml:89:7
%6316 = broadcast %6315 : f32[16] @ models/lib/nn.yaml:89:7
%6317 = mul %6314, %6316 : f32[16] @ models/lib/nn.yaml:89:7
%6318 = add %6317, %5611 : f32[16] @ models/lib/nn.yaml:89:7
%6319 = div %6301, %6318 : f32[16] @ models/lib/nn.yaml:89:7
%6320 = cast %6309 : f32[] @ models/lib/nn.yaml:89:7
%6321 = broadcast %6320 : f32[16] @ models/lib/nn.yaml:89:7
%6322 = mul %6319, %6321 : f32[16] @ models/lib/nn.yaml:89:7
%6323 = sub %22, %6322 : f32[16] @ models/lib/nn.yaml:89:7
%6324 = assign %22, %6323 : f32[16] @ models/lib/nn.yaml:89:7
%6325 = assign %6295, %6301 : f32[16] @ models/lib/nn.yaml:89:7
%6326 = assign %6296, %6305 : f32[16] @ models/lib/nn.yaml:89:7
%6327 = assign %6297, %6298 : i64[] @ models/lib/nn.yaml:89:7
%6328 = mul %100, %5622 : f32[16] @ models/lib/nn.yaml:89:7
%6329 = mul %6323, %5624 : f32[16] @ models/lib/nn.yaml:89:7
%6330 = add %6328, %6329 : f32[16] @ models/lib/nn.yaml:89:7
%6331 = assign %100, %6330 : f32[16] @ models/lib/nn.yaml:89:7
%6332 = all_reduce_sum %5200 : f32[16] @ models/lib/nn.yaml:90:7
%6333 = mul %6332, %6332 : f32[16] @ models/lib/nn.yaml:90:7
%6334 = reduce_sum %6333 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6335 = sqrt %6334 : f32[] @ models/lib/nn.yaml:90:7
%6336 = cast %6335 : f64[] @ models/lib/nn.yaml:90:7
%6337 = add %6336, %5442 : f64[] @ models/lib/nn.yaml:90:7
%6338 = div %5444, %6337 : f64[] @ models/lib/nn.yaml:90:7
%6339 = lt %6338, %5446 : bool[] @ models/lib/nn.yaml:90:7
%6340 = cast %6338 : f32[] @ models/lib/nn.yaml:90:7
%6341 = broadcast %6340 : f32[16] @ models/lib/nn.yaml:90:7
%6342 = mul %6332, %6341 : f32[16] @ models/lib/nn.yaml:90:7
%6343 = broadcast %6339 : bool[16] @ models/lib/nn.yaml:90:7
%6344 = select %6343, %6342, %6332 : f32[16] @ models/lib/nn.yaml:90:7
%6345 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6346 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6347 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6348 = add %6347, %5456 : i64[] @ models/lib/nn.yaml:90:7
%6349 = mul %6344, %5588 : f32[16] @ models/lib/nn.yaml:90:7
%6350 = mul %6345, %5590 : f32[16] @ models/lib/nn.yaml:90:7
%6351 = add %6350, %6349 : f32[16] @ models/lib/nn.yaml:90:7
%6352 = mul %6344, %6344 : f32[16] @ models/lib/nn.yaml:90:7
%6353 = mul %6352, %5594 : f32[16] @ models/lib/nn.yaml:90:7
%6354 = mul %6346, %5596 : f32[16] @ models/lib/nn.yaml:90:7
%6355 = add %6354, %6353 : f32[16] @ models/lib/nn.yaml:90:7
%6356 = cast %6348 : f64[] @ models/lib/nn.yaml:90:7
%6357 = pow %5465, %6356 : f64[] @ models/lib/nn.yaml:90:7
%6358 = sub %5446, %6357 : f64[] @ models/lib/nn.yaml:90:7
%6359 = div %3382, %6358 : f64[] @ models/lib/nn.yaml:90:7
%6360 = pow %5473, %6356 : f64[] @ models/lib/nn.yaml:90:7
%6361 = sub %5446, %6360 : f64[] @ models/lib/nn.yaml:90:7
%6362 = sqrt %6361 : f64[] @ models/lib/nn.yaml:90:7
%6363 = div %5446, %6362 : f64[] @ models/lib/nn.yaml:90:7
%6364 = sqrt %6355 : f32[16] @ models/lib/nn.yaml:90:7
%6365 = cast %6363 : f32[] @ models/lib/nn.yaml:90:7
%6366 = broadcast %6365 : f32[16] @ models/lib/nn.yaml:90:7
%6367 = mul %6364, %6366 : f32[16] @ models/lib/nn.yaml:90:7
%6368 = add %6367, %5611 : f32[16] @ models/lib/nn.yaml:90:7
%6369 = div %6351, %6368 : f32[16] @ models/lib/nn.yaml:90:7
%6370 = cast %6359 : f32[] @ models/lib/nn.yaml:90:7
%6371 = broadcast %6370 : f32[16] @ models/lib/nn.yaml:90:7
%6372 = mul %6369, %6371 : f32[16] @ models/lib/nn.yaml:90:7
%6373 = sub %23, %6372 : f32[16] @ models/lib/nn.yaml:90:7
%6374 = assign %23, %6373 : f32[16] @ models/lib/nn.yaml:90:7
%6375 = assign %6345, %6351 : f32[16] @ models/lib/nn.yaml:90:7
%6376 = assign %6346, %6355 : f32[16] @ models/lib/nn.yaml:90:7
%6377 = assign %6347, %6348 : i64[] @ models/lib/nn.yaml:90:7
%6378 = mul %101, %5622 : f32[16] @ models/lib/nn.yaml:90:7
%6379 = mul %6373, %5624 : f32[16] @ models/lib/nn.yaml:90:7
%6380 = add %6378, %6379 : f32[16] @ models/lib/nn.yaml:90:7
%6381 = assign %101, %6380 : f32[16] @ models/lib/nn.yaml:90:7
%6382 = all_reduce_sum %5195 : f32[48,16] @ models/lib/nn.yaml:79:7
%6383 = reshape %6382 : f32[768] @ models/lib/nn.yaml:79:7
%6384 = mul %6383, %6383 : f32[768] @ models/lib/nn.yaml:79:7
%6385 = reduce_sum %6384 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6386 = sqrt %6385 : f32[] @ models/lib/nn.yaml:79:7
%6387 = cast %6386 : f64[] @ models/lib/nn.yaml:79:7
%6388 = add %6387, %5442 : f64[] @ models/lib/nn.yaml:79:7
%6389 = div %5444, %6388 : f64[] @ models/lib/nn.yaml:79:7
%6390 = lt %6389, %5446 : bool[] @ models/lib/nn.yaml:79:7
%6391 = cast %6389 : f32[] @ models/lib/nn.yaml:79:7
%6392 = broadcast %6391 : f32[48,16] @ models/lib/nn.yaml:79:7
%6393 = mul %6382, %6392 : f32[48,16] @ models/lib/nn.yaml:79:7
%6394 = broadcast %6390 : bool[48,16] @ models/lib/nn.yaml:79:7
%6395 = select %6394, %6393, %6382 : f32[48,16] @ models/lib/nn.yaml:79:7
%6396 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6397 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6398 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6399 = add %6398, %5456 : i64[] @ models/lib/nn.yaml:79:7
%6400 = mul %24, %5746 : f32[48,16] @ models/lib/nn.yaml:79:7
%6401 = mul %6395, %5748 : f32[48,16] @ models/lib/nn.yaml:79:7
%6402 = mul %6396, %5750 : f32[48,16] @ models/lib/nn.yaml:79:7
%6403 = add %6402, %6401 : f32[48,16] @ models/lib/nn.yaml:79:7
%6404 = mul %6395, %6395 : f32[48,16] @ models/lib/nn.yaml:79:7
%6405 = mul %6404, %5754 : f32[48,16] @ models/lib/nn.yaml:79:7
%6406 = mul %6397, %5756 : f32[48,16] @ models/lib/nn.yaml:79:7
%6407 = add %6406, %6405 : f32[48,16] @ models/lib/nn.yaml:79:7
%6408 = cast %6399 : f64[] @ models/lib/nn.yaml:79:7
%6409 = pow %5465, %6408 : f64[] @ models/lib/nn.yaml:79:7
%6410 = sub %5446, %6409 : f64[] @ models/lib/nn.yaml:79:7
%6411 = div %3382, %6410 : f64[] @ models/lib/nn.yaml:79:7
%6412 = pow %5473, %6408 : f64[] @ models/lib/nn.yaml:79:7
%6413 = sub %5446, %6412 : f64[] @ models/lib/nn.yaml:79:7
%6414 = sqrt %6413 : f64[] @ models/lib/nn.yaml:79:7
%6415 = div %5446, %6414 : f64[] @ models/lib/nn.yaml:79:7
%6416 = sqrt %6407 : f32[48,16] @ models/lib/nn.yaml:79:7
%6417 = cast %6415 : f32[] @ models/lib/nn.yaml:79:7
%6418 = broadcast %6417 : f32[48,16] @ models/lib/nn.yaml:79:7
%6419 = mul %6416, %6418 : f32[48,16] @ models/lib/nn.yaml:79:7
%6420 = add %6419, %5771 : f32[48,16] @ models/lib/nn.yaml:79:7
%6421 = div %6403, %6420 : f32[48,16] @ models/lib/nn.yaml:79:7
%6422 = cast %6411 : f32[] @ models/lib/nn.yaml:79:7
%6423 = broadcast %6422 : f32[48,16] @ models/lib/nn.yaml:79:7
%6424 = mul %6421, %6423 : f32[48,16] @ models/lib/nn.yaml:79:7
%6425 = sub %6400, %6424 : f32[48,16] @ models/lib/nn.yaml:79:7
%6426 = assign %24, %6425 : f32[48,16] @ models/lib/nn.yaml:79:7
%6427 = assign %6396, %6403 : f32[48,16] @ models/lib/nn.yaml:79:7
%6428 = assign %6397, %6407 : f32[48,16] @ models/lib/nn.yaml:79:7
%6429 = assign %6398, %6399 : i64[] @ models/lib/nn.yaml:79:7
%6430 = mul %102, %5782 : f32[48,16] @ models/lib/nn.yaml:79:7
%6431 = mul %6425, %5784 : f32[48,16] @ models/lib/nn.yaml:79:7
%6432 = add %6430, %6431 : f32[48,16] @ models/lib/nn.yaml:79:7
%6433 = assign %102, %6432 : f32[48,16] @ models/lib/nn.yaml:79:7
%6434 = all_reduce_sum %5190 : f32[48] @ models/lib/nn.yaml:80:7
%6435 = mul %6434, %6434 : f32[48] @ models/lib/nn.yaml:80:7
%6436 = reduce_sum %6435 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6437 = sqrt %6436 : f32[] @ models/lib/nn.yaml:80:7
%6438 = cast %6437 : f64[] @ models/lib/nn.yaml:80:7
%6439 = add %6438, %5442 : f64[] @ models/lib/nn.yaml:80:7
%6440 = div %5444, %6439 : f64[] @ models/lib/nn.yaml:80:7
%6441 = lt %6440, %5446 : bool[] @ models/lib/nn.yaml:80:7
%6442 = cast %6440 : f32[] @ models/lib/nn.yaml:80:7
%6443 = broadcast %6442 : f32[48] @ models/lib/nn.yaml:80:7
%6444 = mul %6434, %6443 : f32[48] @ models/lib/nn.yaml:80:7
%6445 = broadcast %6441 : bool[48] @ models/lib/nn.yaml:80:7
%6446 = select %6445, %6444, %6434 : f32[48] @ models/lib/nn.yaml:80:7
%6447 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6448 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6449 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6450 = add %6449, %5456 : i64[] @ models/lib/nn.yaml:80:7
%6451 = mul %6446, %5805 : f32[48] @ models/lib/nn.yaml:80:7
%6452 = mul %6447, %5807 : f32[48] @ models/lib/nn.yaml:80:7
%6453 = add %6452, %6451 : f32[48] @ models/lib/nn.yaml:80:7
%6454 = mul %6446, %6446 : f32[48] @ models/lib/nn.yaml:80:7
%6455 = mul %6454, %5811 : f32[48] @ models/lib/nn.yaml:80:7
%6456 = mul %6448, %5813 : f32[48] @ models/lib/nn.yaml:80:7
%6457 = add %6456, %6455 : f32[48] @ models/lib/nn.yaml:80:7
%6458 = cast %6450 : f64[] @ models/lib/nn.yaml:80:7
%6459 = pow %5465, %6458 : f64[] @ models/lib/nn.yaml:80:7
%6460 = sub %5446, %6459 : f64[] @ models/lib/nn.yaml:80:7
%6461 = div %3382, %6460 : f64[] @ models/lib/nn.yaml:80:7
%6462 = pow %5473, %6458 : f64[] @ models/lib/nn.yaml:80:7
%6463 = sub %5446, %6462 : f64[] @ models/lib/nn.yaml:80:7
%6464 = sqrt %6463 : f64[] @ models/lib/nn.yaml:80:7
%6465 = div %5446, %6464 : f64[] @ models/lib/nn.yaml:80:7
%6466 = sqrt %6457 : f32[48] @ models/lib/nn.yaml:80:7
%6467 = cast %6465 : f32[] @ models/lib/nn.yaml:80:7
%6468 = broadcast %6467 : f32[48] @ models/lib/nn.yaml:80:7
%6469 = mul %6466, %6468 : f32[48] @ models/lib/nn.yaml:80:7
%6470 = add %6469, %5828 : f32[48] @ models/lib/nn.yaml:80:7
%6471 = div %6453, %6470 : f32[48] @ models/lib/nn.yaml:80:7
%6472 = cast %6461 : f32[] @ models/lib/nn.yaml:80:7
%6473 = broadcast %6472 : f32[48] @ models/lib/nn.yaml:80:7
%6474 = mul %6471, %6473 : f32[48] @ models/lib/nn.yaml:80:7
%6475 = sub %25, %6474 : f32[48] @ models/lib/nn.yaml:80:7
%6476 = assign %25, %6475 : f32[48] @ models/lib/nn.yaml:80:7
%6477 = assign %6447, %6453 : f32[48] @ models/lib/nn.yaml:80:7
%6478 = assign %6448, %6457 : f32[48] @ models/lib/nn.yaml:80:7
%6479 = assign %6449, %6450 : i64[] @ models/lib/nn.yaml:80:7
%6480 = mul %103, %5839 : f32[48] @ models/lib/nn.yaml:80:7
%6481 = mul %6475, %5841 : f32[48] @ models/lib/nn.yaml:80:7
%6482 = add %6480, %6481 : f32[48] @ models/lib/nn.yaml:80:7
%6483 = assign %103, %6482 : f32[48] @ models/lib/nn.yaml:80:7
%6484 = all_reduce_sum %5100 : f32[16,16] @ models/lib/nn.yaml:79:7
%6485 = reshape %6484 : f32[256] @ models/lib/nn.yaml:79:7
%6486 = mul %6485, %6485 : f32[256] @ models/lib/nn.yaml:79:7
%6487 = reduce_sum %6486 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6488 = sqrt %6487 : f32[] @ models/lib/nn.yaml:79:7
%6489 = cast %6488 : f64[] @ models/lib/nn.yaml:79:7
%6490 = add %6489, %5442 : f64[] @ models/lib/nn.yaml:79:7
%6491 = div %5444, %6490 : f64[] @ models/lib/nn.yaml:79:7
%6492 = lt %6491, %5446 : bool[] @ models/lib/nn.yaml:79:7
%6493 = cast %6491 : f32[] @ models/lib/nn.yaml:79:7
%6494 = broadcast %6493 : f32[16,16] @ models/lib/nn.yaml:79:7
%6495 = mul %6484, %6494 : f32[16,16] @ models/lib/nn.yaml:79:7
%6496 = broadcast %6492 : bool[16,16] @ models/lib/nn.yaml:79:7
%6497 = select %6496, %6495, %6484 : f32[16,16] @ models/lib/nn.yaml:79:7
%6498 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6499 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6500 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6501 = add %6500, %5456 : i64[] @ models/lib/nn.yaml:79:7
%6502 = mul %26, %5863 : f32[16,16] @ models/lib/nn.yaml:79:7
%6503 = mul %6497, %5865 : f32[16,16] @ models/lib/nn.yaml:79:7
%6504 = mul %6498, %5867 : f32[16,16] @ models/lib/nn.yaml:79:7
%6505 = add %6504, %6503 : f32[16,16] @ models/lib/nn.yaml:79:7
%6506 = mul %6497, %6497 : f32[16,16] @ models/lib/nn.yaml:79:7
%6507 = mul %6506, %5871 : f32[16,16] @ models/lib/nn.yaml:79:7
%6508 = mul %6499, %5873 : f32[16,16] @ models/lib/nn.yaml:79:7
%6509 = add %6508, %6507 : f32[16,16] @ models/lib/nn.yaml:79:7
%6510 = cast %6501 : f64[] @ models/lib/nn.yaml:79:7
%6511 = pow %5465, %6510 : f64[] @ models/lib/nn.yaml:79:7
%6512 = sub %5446, %6511 : f64[] @ models/lib/nn.yaml:79:7
%6513 = div %3382, %6512 : f64[] @ models/lib/nn.yaml:79:7
%6514 = pow %5473, %6510 : f64[] @ models/lib/nn.yaml:79:7
%6515 = sub %5446, %6514 : f64[] @ models/lib/nn.yaml:79:7
%6516 = sqrt %6515 : f64[] @ models/lib/nn.yaml:79:7
%6517 = div %5446, %6516 : f64[] @ models/lib/nn.yaml:79:7
%6518 = sqrt %6509 : f32[16,16] @ models/lib/nn.yaml:79:7
%6519 = cast %6517 : f32[] @ models/lib/nn.yaml:79:7
%6520 = broadcast %6519 : f32[16,16] @ models/lib/nn.yaml:79:7
%6521 = mul %6518, %6520 : f32[16,16] @ models/lib/nn.yaml:79:7
%6522 = add %6521, %5888 : f32[16,16] @ models/lib/nn.yaml:79:7
%6523 = div %6505, %6522 : f32[16,16] @ models/lib/nn.yaml:79:7
%6524 = cast %6513 : f32[] @ models/lib/nn.yaml:79:7
%6525 = broadcast %6524 : f32[16,16] @ models/lib/nn.yaml:79:7
%6526 = mul %6523, %6525 : f32[16,16] @ models/lib/nn.yaml:79:7
%6527 = sub %6502, %6526 : f32[16,16] @ models/lib/nn.yaml:79:7
%6528 = assign %26, %6527 : f32[16,16] @ models/lib/nn.yaml:79:7
%6529 = assign %6498, %6505 : f32[16,16] @ models/lib/nn.yaml:79:7
%6530 = assign %6499, %6509 : f32[16,16] @ models/lib/nn.yaml:79:7
%6531 = assign %6500, %6501 : i64[] @ models/lib/nn.yaml:79:7
%6532 = mul %104, %5899 : f32[16,16] @ models/lib/nn.yaml:79:7
%6533 = mul %6527, %5901 : f32[16,16] @ models/lib/nn.yaml:79:7
%6534 = add %6532, %6533 : f32[16,16] @ models/lib/nn.yaml:79:7
%6535 = assign %104, %6534 : f32[16,16] @ models/lib/nn.yaml:79:7
%6536 = all_reduce_sum %5095 : f32[16] @ models/lib/nn.yaml:80:7
%6537 = mul %6536, %6536 : f32[16] @ models/lib/nn.yaml:80:7
%6538 = reduce_sum %6537 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6539 = sqrt %6538 : f32[] @ models/lib/nn.yaml:80:7
%6540 = cast %6539 : f64[] @ models/lib/nn.yaml:80:7
%6541 = add %6540, %5442 : f64[] @ models/lib/nn.yaml:80:7
%6542 = div %5444, %6541 : f64[] @ models/lib/nn.yaml:80:7
%6543 = lt %6542, %5446 : bool[] @ models/lib/nn.yaml:80:7
%6544 = cast %6542 : f32[] @ models/lib/nn.yaml:80:7
%6545 = broadcast %6544 : f32[16] @ models/lib/nn.yaml:80:7
%6546 = mul %6536, %6545 : f32[16] @ models/lib/nn.yaml:80:7
%6547 = broadcast %6543 : bool[16] @ models/lib/nn.yaml:80:7
%6548 = select %6547, %6546, %6536 : f32[16] @ models/lib/nn.yaml:80:7
%6549 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6550 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6551 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6552 = add %6551, %5456 : i64[] @ models/lib/nn.yaml:80:7
%6553 = mul %6548, %5588 : f32[16] @ models/lib/nn.yaml:80:7
%6554 = mul %6549, %5590 : f32[16] @ models/lib/nn.yaml:80:7
%6555 = add %6554, %6553 : f32[16] @ models/lib/nn.yaml:80:7
%6556 = mul %6548, %6548 : f32[16] @ models/lib/nn.yaml:80:7
%6557 = mul %6556, %5594 : f32[16] @ models/lib/nn.yaml:80:7
%6558 = mul %6550, %5596 : f32[16] @ models/lib/nn.yaml:80:7
%6559 = add %6558, %6557 : f32[16] @ models/lib/nn.yaml:80:7
%6560 = cast %6552 : f64[] @ models/lib/nn.yaml:80:7
%6561 = pow %5465, %6560 : f64[] @ models/lib/nn.yaml:80:7
%6562 = sub %5446, %6561 : f64[] @ models/lib/nn.yaml:80:7
%6563 = div %3382, %6562 : f64[] @ models/lib/nn.yaml:80:7
%6564 = pow %5473, %6560 : f64[] @ models/lib/nn.yaml:80:7
%6565 = sub %5446, %6564 : f64[] @ models/lib/nn.yaml:80:7
%6566 = sqrt %6565 : f64[] @ models/lib/nn.yaml:80:7
%6567 = div %5446, %6566 : f64[] @ models/lib/nn.yaml:80:7
%6568 = sqrt %6559 : f32[16] @ models/lib/nn.yaml:80:7
%6569 = cast %6567 : f32[] @ models/lib/nn.yaml:80:7
%6570 = broadcast %6569 : f32[16] @ models/lib/nn.yaml:80:7
%6571 = mul %6568, %6570 : f32[16] @ models/lib/nn.yaml:80:7
%6572 = add %6571, %5611 : f32[16] @ models/lib/nn.yaml:80:7
%6573 = div %6555, %6572 : f32[16] @ models/lib/nn.yaml:80:7
%6574 = cast %6563 : f32[] @ models/lib/nn.yaml:80:7
%6575 = broadcast %6574 : f32[16] @ models/lib/nn.yaml:80:7
%6576 = mul %6573, %6575 : f32[16] @ models/lib/nn.yaml:80:7
%6577 = sub %27, %6576 : f32[16] @ models/lib/nn.yaml:80:7
%6578 = assign %27, %6577 : f32[16] @ models/lib/nn.yaml:80:7
%6579 = assign %6549, %6555 : f32[16] @ models/lib/nn.yaml:80:7
%6580 = assign %6550, %6559 : f32[16] @ models/lib/nn.yaml:80:7
%6581 = assign %6551, %6552 : i64[] @ models/lib/nn.yaml:80:7
%6582 = mul %105, %5622 : f32[16] @ models/lib/nn.yaml:80:7
%6583 = mul %6577, %5624 : f32[16] @ models/lib/nn.yaml:80:7
%6584 = add %6582, %6583 : f32[16] @ models/lib/nn.yaml:80:7
%6585 = assign %105, %6584 : f32[16] @ models/lib/nn.yaml:80:7
%6586 = all_reduce_sum %5069 : f32[16] @ models/lib/nn.yaml:89:7
%6587 = mul %6586, %6586 : f32[16] @ models/lib/nn.yaml:89:7
%6588 = reduce_sum %6587 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6589 = sqrt %6588 : f32[] @ models/lib/nn.yaml:89:7
%6590 = cast %6589 : f64[] @ models/lib/nn.yaml:89:7
%6591 = add %6590, %5442 : f64[] @ models/lib/nn.yaml:89:7
%6592 = div %5444, %6591 : f64[] @ models/lib/nn.yaml:89:7
%6593 = lt %6592, %5446 : bool[] @ models/lib/nn.yaml:89:7
%6594 = cast %6592 : f32[] @ models/lib/nn.yaml:89:7
%6595 = broadcast %6594 : f32[16] @ models/lib/nn.yaml:89:7
%6596 = mul %6586, %6595 : f32[16] @ models/lib/nn.yaml:89:7
%6597 = broadcast %6593 : bool[16] @ models/lib/nn.yaml:89:7
%6598 = select %6597, %6596, %6586 : f32[16] @ models/lib/nn.yaml:89:7
%6599 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6600 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6601 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6602 = add %6601, %5456 : i64[] @ models/lib/nn.yaml:89:7
%6603 = mul %6598, %5588 : f32[16] @ models/lib/nn.yaml:89:7
%6604 = mul %6599, %5590 : f32[16] @ models/lib/nn.yaml:89:7
%6605 = add %6604, %6603 : f32[16] @ models/lib/nn.yaml:89:7
%6606 = mul %6598, %6598 : f32[16] @ models/lib/nn.yaml:89:7
%6607 = mul %6606, %5594 : f32[16] @ models/lib/nn.yaml:89:7
%6608 = mul %6600, %5596 : f32[16] @ models/lib/nn.yaml:89:7
%6609 = add %6608, %6607 : f32[16] @ models/lib/nn.yaml:89:7
%6610 = cast %6602 : f64[] @ models/lib/nn.yaml:89:7
%6611 = pow %5465, %6610 : f64[] @ models/lib/nn.yaml:89:7
%6612 = sub %5446, %6611 : f64[] @ models/lib/nn.yaml:89:7
%6613 = div %3382, %6612 : f64[] @ models/lib/nn.yaml:89:7
%6614 = pow %5473, %6610 : f64[] @ models/lib/nn.yaml:89:7
%6615 = sub %5446, %6614 : f64[] @ models/lib/nn.yaml:89:7
%6616 = sqrt %6615 : f64[] @ models/lib/nn.yaml:89:7
%6617 = div %5446, %6616 : f64[] @ models/lib/nn.yaml:89:7
%6618 = sqrt %6609 : f32[16] @ models/lib/nn.yaml:89:7
%6619 = cast %6617 : f32[] @ models/lib/nn.yaml:89:7
%6620 = broadcast %6619 : f32[16] @ models/lib/nn.yaml:89:7
%6621 = mul %6618, %6620 : f32[16] @ models/lib/nn.yaml:89:7
%6622 = add %6621, %5611 : f32[16] @ models/lib/nn.yaml:89:7
%6623 = div %6605, %6622 : f32[16] @ models/lib/nn.yaml:89:7
%6624 = cast %6613 : f32[] @ models/lib/nn.yaml:89:7
%6625 = broadcast %6624 : f32[16] @ models/lib/nn.yaml:89:7
%6626 = mul %6623, %6625 : f32[16] @ models/lib/nn.yaml:89:7
%6627 = sub %28, %6626 : f32[16] @ models/lib/nn.yaml:89:7
%6628 = assign %28, %6627 : f32[16] @ models/lib/nn.yaml:89:7
%6629 = assign %6599, %6605 : f32[16] @ models/lib/nn.yaml:89:7
%6630 = assign %6600, %6609 : f32[16] @ models/lib/nn.yaml:89:7
%6631 = assign %6601, %6602 : i64[] @ models/lib/nn.yaml:89:7
%6632 = mul %106, %5622 : f32[16] @ models/lib/nn.yaml:89:7
%6633 = mul %6627, %5624 : f32[16] @ models/lib/nn.yaml:89:7
%6634 = add %6632, %6633 : f32[16] @ models/lib/nn.yaml:89:7
%6635 = assign %106, %6634 : f32[16] @ models/lib/nn.yaml:89:7
%6636 = all_reduce_sum %5062 : f32[16] @ models/lib/nn.yaml:90:7
%6637 = mul %6636, %6636 : f32[16] @ models/lib/nn.yaml:90:7
%6638 = reduce_sum %6637 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6639 = sqrt %6638 : f32[] @ models/lib/nn.yaml:90:7
%6640 = cast %6639 : f64[] @ models/lib/nn.yaml:90:7
%6641 = add %6640, %5442 : f64[] @ models/lib/nn.yaml:90:7
%6642 = div %5444, %6641 : f64[] @ models/lib/nn.yaml:90:7
%6643 = lt %6642, %5446 : bool[] @ models/lib/nn.yaml:90:7
%6644 = cast %6642 : f32[] @ models/lib/nn.yaml:90:7
%6645 = broadcast %6644 : f32[16] @ models/lib/nn.yaml:90:7
%6646 = mul %6636, %6645 : f32[16] @ models/lib/nn.yaml:90:7
%6647 = broadcast %6643 : bool[16] @ models/lib/nn.yaml:90:7
%6648 = select %6647, %6646, %6636 : f32[16] @ models/lib/nn.yaml:90:7
%6649 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6650 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6651 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6652 = add %6651, %5456 : i64[] @ models/lib/nn.yaml:90:7
%6653 = mul %6648, %5588 : f32[16] @ models/lib/nn.yaml:90:7
%6654 = mul %6649, %5590 : f32[16] @ models/lib/nn.yaml:90:7
%6655 = add %6654, %6653 : f32[16] @ models/lib/nn.yaml:90:7
%6656 = mul %6648, %6648 : f32[16] @ models/lib/nn.yaml:90:7
%6657 = mul %6656, %5594 : f32[16] @ models/lib/nn.yaml:90:7
%6658 = mul %6650, %5596 : f32[16] @ models/lib/nn.yaml:90:7
%6659 = add %6658, %6657 : f32[16] @ models/lib/nn.yaml:90:7
%6660 = cast %6652 : f64[] @ models/lib/nn.yaml:90:7
%6661 = pow %5465, %6660 : f64[] @ models/lib/nn.yaml:90:7
%6662 = sub %5446, %6661 : f64[] @ models/lib/nn.yaml:90:7
%6663 = div %3382, %6662 : f64[] @ models/lib/nn.yaml:90:7
%6664 = pow %5473, %6660 : f64[] @ models/lib/nn.yaml:90:7
%6665 = sub %5446, %6664 : f64[] @ models/lib/nn.yaml:90:7
%6666 = sqrt %6665 : f64[] @ models/lib/nn.yaml:90:7
%6667 = div %5446, %6666 : f64[] @ models/lib/nn.yaml:90:7
%6668 = sqrt %6659 : f32[16] @ models/lib/nn.yaml:90:7
%6669 = cast %6667 : f32[] @ models/lib/nn.yaml:90:7
%6670 = broadcast %6669 : f32[16] @ models/lib/nn.yaml:90:7
%6671 = mul %6668, %6670 : f32[16] @ models/lib/nn.yaml:90:7
%6672 = add %6671, %5611 : f32[16] @ models/lib/nn.yaml:90:7
%6673 = div %6655, %6672 : f32[16] @ models/lib/nn.yaml:90:7
%6674 = cast %6663 : f32[] @ models/lib/nn.yaml:90:7
%6675 = broadcast %6674 : f32[16] @ models/lib/nn.yaml:90:7
%6676 = mul %6673, %6675 : f32[16] @ models/lib/nn.yaml:90:7
%6677 = sub %29, %6676 : f32[16] @ models/lib/nn.yaml:90:7
%6678 = assign %29, %6677 : f32[16] @ models/lib/nn.yaml:90:7
%6679 = assign %6649, %6655 : f32[16] @ models/lib/nn.yaml:90:7
%6680 = assign %6650, %6659 : f32[16] @ models/lib/nn.yaml:90:7
%6681 = assign %6651, %6652 : i64[] @ models/lib/nn.yaml:90:7
%6682 = mul %107, %5622 : f32[16] @ models/lib/nn.yaml:90:7
%6683 = mul %6677, %5624 : f32[16] @ models/lib/nn.yaml:90:7
%6684 = add %6682, %6683 : f32[16] @ models/lib/nn.yaml:90:7
%6685 = assign %107, %6684 : f32[16] @ models/lib/nn.yaml:90:7
%6686 = all_reduce_sum %5057 : f32[64,16] @ models/lib/nn.yaml:79:7
%6687 = reshape %6686 : f32[1024] @ models/lib/nn.yaml:79:7
%6688 = mul %6687, %6687 : f32[1024] @ models/lib/nn.yaml:79:7
%6689 = reduce_sum %6688 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6690 = sqrt %6689 : f32[] @ models/lib/nn.yaml:79:7
%6691 = cast %6690 : f64[] @ models/lib/nn.yaml:79:7
%6692 = add %6691, %5442 : f64[] @ models/lib/nn.yaml:79:7
%6693 = div %5444, %6692 : f64[] @ models/lib/nn.yaml:79:7
%6694 = lt %6693, %5446 : bool[] @ models/lib/nn.yaml:79:7
%6695 = cast %6693 : f32[] @ models/lib/nn.yaml:79:7
%6696 = broadcast %6695 : f32[64,16] @ models/lib/nn.yaml:79:7
%6697 = mul %6686, %6696 : f32[64,16] @ models/lib/nn.yaml:79:7
%6698 = broadcast %6694 : bool[64,16] @ models/lib/nn.yaml:79:7
%6699 = select %6698, %6697, %6686 : f32[64,16] @ models/lib/nn.yaml:79:7
%6700 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6701 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6702 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6703 = add %6702, %5456 : i64[] @ models/lib/nn.yaml:79:7
%6704 = mul %30, %6073 : f32[64,16] @ models/lib/nn.yaml:79:7
%6705 = mul %6699, %6075 : f32[64,16] @ models/lib/nn.yaml:79:7
%6706 = mul %6700, %6077 : f32[64,16] @ models/lib/nn.yaml:79:7
%6707 = add %6706, %6705 : f32[64,16] @ models/lib/nn.yaml:79:7
%6708 = mul %6699, %6699 : f32[64,16] @ models/lib/nn.yaml:79:7
%6709 = mul %6708, %6081 : f32[64,16] @ models/lib/nn.yaml:79:7
%6710 = mul %6701, %6083 : f32[64,16] @ models/lib/nn.yaml:79:7
%6711 = add %6710, %6709 : f32[64,16] @ models/lib/nn.yaml:79:7
%6712 = cast %6703 : f64[] @ models/lib/nn.yaml:79:7
%6713 = pow %5465, %6712 : f64[] @ models/lib/nn.yaml:79:7
%6714 = sub %5446, %6713 : f64[] @ models/lib/nn.yaml:79:7
%6715 = div %3382, %6714 : f64[] @ models/lib/nn.yaml:79:7
%6716 = pow %5473, %6712 : f64[] @ models/lib/nn.yaml:79:7
%6717 = sub %5446, %6716 : f64[] @ models/lib/nn.yaml:79:7
%6718 = sqrt %6717 : f64[] @ models/lib/nn.yaml:79:7
%6719 = div %5446, %6718 : f64[] @ models/lib/nn.yaml:79:7
%6720 = sqrt %6711 : f32[64,16] @ models/lib/nn.yaml:79:7
%6721 = cast %6719 : f32[] @ models/lib/nn.yaml:79:7
%6722 = broadcast %6721 : f32[64,16] @ models/lib/nn.yaml:79:7
%6723 = mul %6720, %6722 : f32[64,16] @ models/lib/nn.yaml:79:7
%6724 = add %6723, %6098 : f32[64,16] @ models/lib/nn.yaml:79:7
%6725 = div %6707, %6724 : f32[64,16] @ models/lib/nn.yaml:79:7
%6726 = cast %6715 : f32[] @ models/lib/nn.yaml:79:7
%6727 = broadcast %6726 : f32[64,16] @ models/lib/nn.yaml:79:7
%6728 = mul %6725, %6727 : f32[64,16] @ models/lib/nn.yaml:79:7
%6729 = sub %6704, %6728 : f32[64,16] @ models/lib/nn.yaml:79:7
%6730 = assign %30, %6729 : f32[64,16] @ models/lib/nn.yaml:79:7
%6731 = assign %6700, %6707 : f32[64,16] @ models/lib/nn.yaml:79:7
%6732 = assign %6701, %6711 : f32[64,16] @ models/lib/nn.yaml:79:7
%6733 = assign %6702, %6703 : i64[] @ models/lib/nn.yaml:79:7
%6734 = mul %108, %6109 : f32[64,16] @ models/lib/nn.yaml:79:7
%6735 = mul %6729, %6111 : f32[64,16] @ models/lib/nn.yaml:79:7
%6736 = add %6734, %6735 : f32[64,16] @ models/lib/nn.yaml:79:7
%6737 = assign %108, %6736 : f32[64,16] @ models/lib/nn.yaml:79:7
%6738 = all_reduce_sum %5052 : f32[64] @ models/lib/nn.yaml:80:7
%6739 = mul %6738, %6738 : f32[64] @ models/lib/nn.yaml:80:7
%6740 = reduce_sum %6739 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6741 = sqrt %6740 : f32[] @ models/lib/nn.yaml:80:7
%6742 = cast %6741 : f64[] @ models/lib/nn.yaml:80:7
%6743 = add %6742, %5442 : f64[] @ models/lib/nn.yaml:80:7
%6744 = div %5444, %6743 : f64[] @ models/lib/nn.yaml:80:7
%6745 = lt %6744, %5446 : bool[] @ models/lib/nn.yaml:80:7
%6746 = cast %6744 : f32[] @ models/lib/nn.yaml:80:7
%6747 = broadcast %6746 : f32[64] @ models/lib/nn.yaml:80:7
%6748 = mul %6738, %6747 : f32[64] @ models/lib/nn.yaml:80:7
%6749 = broadcast %6745 : bool[64] @ models/lib/nn.yaml:80:7
%6750 = select %6749, %6748, %6738 : f32[64] @ models/lib/nn.yaml:80:7
%6751 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6752 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6753 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6754 = add %6753, %5456 : i64[] @ models/lib/nn.yaml:80:7
%6755 = mul %6750, %6132 : f32[64] @ models/lib/nn.yaml:80:7
%6756 = mul %6751, %6134 : f32[64] @ models/lib/nn.yaml:80:7
%6757 = add %6756, %6755 : f32[64] @ models/lib/nn.yaml:80:7
%6758 = mul %6750, %6750 : f32[64] @ models/lib/nn.yaml:80:7
%6759 = mul %6758, %6138 : f32[64] @ models/lib/nn.yaml:80:7
%6760 = mul %6752, %6140 : f32[64] @ models/lib/nn.yaml:80:7
%6761 = add %6760, %6759 : f32[64] @ models/lib/nn.yaml:80:7
%6762 = cast %6754 : f64[] @ models/lib/nn.yaml:80:7
%6763 = pow %5465, %6762 : f64[] @ models/lib/nn.yaml:80:7
%6764 = sub %5446, %6763 : f64[] @ models/lib/nn.yaml:80:7
%6765 = div %3382, %6764 : f64[] @ models/lib/nn.yaml:80:7
%6766 = pow %5473, %6762 : f64[] @ models/lib/nn.yaml:80:7
%6767 = sub %5446, %6766 : f64[] @ models/lib/nn.yaml:80:7
%6768 = sqrt %6767 : f64[] @ models/lib/nn.yaml:80:7
%6769 = div %5446, %6768 : f64[] @ models/lib/nn.yaml:80:7
%6770 = sqrt %6761 : f32[64] @ models/lib/nn.yaml:80:7
%6771 = cast %6769 : f32[] @ models/lib/nn.yaml:80:7
%6772 = broadcast %6771 : f32[64] @ models/lib/nn.yaml:80:7
%6773 = mul %6770, %6772 : f32[64] @ models/lib/nn.yaml:80:7
%6774 = add %6773, %6155 : f32[64] @ models/lib/nn.yaml:80:7
%6775 = div %6757, %6774 : f32[64] @ models/lib/nn.yaml:80:7
%6776 = cast %6765 : f32[] @ models/lib/nn.yaml:80:7
%6777 = broadcast %6776 : f32[64] @ models/lib/nn.yaml:80:7
%6778 = mul %6775, %6777 : f32[64] @ models/lib/nn.yaml:80:7
%6779 = sub %31, %6778 : f32[64] @ models/lib/nn.yaml:80:7
%6780 = assign %31, %6779 : f32[64] @ models/lib/nn.yaml:80:7
%6781 = assign %6751, %6757 : f32[64] @ models/lib/nn.yaml:80:7
%6782 = assign %6752, %6761 : f32[64] @ models/lib/nn.yaml:80:7
%6783 = assign %6753, %6754 : i64[] @ models/lib/nn.yaml:80:7
%6784 = mul %109, %6166 : f32[64] @ models/lib/nn.yaml:80:7
%6785 = mul %6779, %6168 : f32[64] @ models/lib/nn.yaml:80:7
%6786 = add %6784, %6785 : f32[64] @ models/lib/nn.yaml:80:7
%6787 = assign %109, %6786 : f32[64] @ models/lib/nn.yaml:80:7
%6788 = all_reduce_sum %5033 : f32[16,64] @ models/lib/nn.yaml:79:7
%6789 = reshape %6788 : f32[1024] @ models/lib/nn.yaml:79:7
%6790 = mul %6789, %6789 : f32[1024] @ models/lib/nn.yaml:79:7
%6791 = reduce_sum %6790 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6792 = sqrt %6791 : f32[] @ models/lib/nn.yaml:79:7
%6793 = cast %6792 : f64[] @ models/lib/nn.yaml:79:7
%6794 = add %6793, %5442 : f64[] @ models/lib/nn.yaml:79:7
%6795 = div %5444, %6794 : f64[] @ models/lib/nn.yaml:79:7
%6796 = lt %6795, %5446 : bool[] @ models/lib/nn.yaml:79:7
%6797 = cast %6795 : f32[] @ models/lib/nn.yaml:79:7
%6798 = broadcast %6797 : f32[16,64] @ models/lib/nn.yaml:79:7
%6799 = mul %6788, %6798 : f32[16,64] @ models/lib/nn.yaml:79:7
%6800 = broadcast %6796 : bool[16,64] @ models/lib/nn.yaml:79:7
%6801 = select %6800, %6799, %6788 : f32[16,64] @ models/lib/nn.yaml:79:7
%6802 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6803 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6804 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6805 = add %6804, %5456 : i64[] @ models/lib/nn.yaml:79:7
%6806 = mul %32, %6190 : f32[16,64] @ models/lib/nn.yaml:79:7
%6807 = mul %6801, %6192 : f32[16,64] @ models/lib/nn.yaml:79:7
%6808 = mul %6802, %6194 : f32[16,64] @ models/lib/nn.yaml:79:7
%6809 = add %6808, %6807 : f32[16,64] @ models/lib/nn.yaml:79:7
%6810 = mul %6801, %6801 : f32[16,64] @ models/lib/nn.yaml:79:7
%6811 = mul %6810, %6198 : f32[16,64] @ models/lib/nn.yaml:79:7
%6812 = mul %6803, %6200 : f32[16,64] @ models/lib/nn.yaml:79:7
%6813 = add %6812, %6811 : f32[16,64] @ models/lib/nn.yaml:79:7
%6814 = cast %6805 : f64[] @ models/lib/nn.yaml:79:7
%6815 = pow %5465, %6814 : f64[] @ models/lib/nn.yaml:79:7
%6816 = sub %5446, %6815 : f64[] @ models/lib/nn.yaml:79:7
%6817 = div %3382, %6816 : f64[] @ models/lib/nn.yaml:79:7
%6818 = pow %5473, %6814 : f64[] @ models/lib/nn.yaml:79:7
%6819 = sub %5446, %6818 : f64[] @ models/lib/nn.yaml:79:7
%6820 = sqrt %6819 : f64[] @ models/lib/nn.yaml:79:7
%6821 = div %5446, %6820 : f64[] @ models/lib/nn.yaml:79:7
%6822 = sqrt %6813 : f32[16,64] @ models/lib/nn.yaml:79:7
%6823 = cast %6821 : f32[] @ models/lib/nn.yaml:79:7
%6824 = broadcast %6823 : f32[16,64] @ models/lib/nn.yaml:79:7
%6825 = mul %6822, %6824 : f32[16,64] @ models/lib/nn.yaml:79:7
%6826 = add %6825, %6215 : f32[16,64] @ models/lib/nn.yaml:79:7
%6827 = div %6809, %6826 : f32[16,64] @ models/lib/nn.yaml:79:7
%6828 = cast %6817 : f32[] @ models/lib/nn.yaml:79:7
%6829 = broadcast %6828 : f32[16,64] @ models/lib/nn.yaml:79:7
%6830 = mul %6827, %6829 : f32[16,64] @ models/lib/nn.yaml:79:7
%6831 = sub %6806, %6830 : f32[16,64] @ models/lib/nn.yaml:79:7
%6832 = assign %32, %6831 : f32[16,64] @ models/lib/nn.yaml:79:7
%6833 = assign %6802, %6809 : f32[16,64] @ models/lib/nn.yaml:79:7
%6834 = assign %6803, %6813 : f32[16,64] @ models/lib/nn.yaml:79:7
%6835 = assign %6804, %6805 : i64[] @ models/lib/nn.yaml:79:7
%6836 = mul %110, %6226 : f32[16,64] @ models/lib/nn.yaml:79:7
%6837 = mul %6831, %6228 : f32[16,64] @ models/lib/nn.yaml:79:7
%6838 = add %6836, %6837 : f32[16,64] @ models/lib/nn.yaml:79:7
%6839 = assign %110, %6838 : f32[16,64] @ models/lib/nn.yaml:79:7
%6840 = all_reduce_sum %5028 : f32[16] @ models/lib/nn.yaml:80:7
%6841 = mul %6840, %6840 : f32[16] @ models/lib/nn.yaml:80:7
%6842 = reduce_sum %6841 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6843 = sqrt %6842 : f32[] @ models/lib/nn.yaml:80:7
%6844 = cast %6843 : f64[] @ models/lib/nn.yaml:80:7
%6845 = add %6844, %5442 : f64[] @ models/lib/nn.yaml:80:7
%6846 = div %5444, %6845 : f64[] @ models/lib/nn.yaml:80:7
%6847 = lt %6846, %5446 : bool[] @ models/lib/nn.yaml:80:7
%6848 = cast %6846 : f32[] @ models/lib/nn.yaml:80:7
%6849 = broadcast %6848 : f32[16] @ models/lib/nn.yaml:80:7
%6850 = mul %6840, %6849 : f32[16] @ models/lib/nn.yaml:80:7
%6851 = broadcast %6847 : bool[16] @ models/lib/nn.yaml:80:7
%6852 = select %6851, %6850, %6840 : f32[16] @ models/lib/nn.yaml:80:7
%6853 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6854 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6855 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6856 = add %6855, %5456 : i64[] @ models/lib/nn.yaml:80:7
%6857 = mul %6852, %5588 : f32[16] @ models/lib/nn.yaml:80:7
%6858 = mul %6853, %5590 : f32[16] @ models/lib/nn.yaml:80:7
%6859 = add %6858, %6857 : f32[16] @ models/lib/nn.yaml:80:7
%6860 = mul %6852, %6852 : f32[16] @ models/lib/nn.yaml:80:7
%6861 = mul %6860, %5594 : f32[16] @ models/lib/nn.yaml:80:7
%6862 = mul %6854, %5596 : f32[16] @ models/lib/nn.yaml:80:7
%6863 = add %6862, %6861 : f32[16] @ models/lib/nn.yaml:80:7
%6864 = cast %6856 : f64[] @ models/lib/nn.yaml:80:7
%6865 = pow %5465, %6864 : f64[] @ models/lib/nn.yaml:80:7
%6866 = sub %5446, %6865 : f64[] @ models/lib/nn.yaml:80:7
%6867 = div %3382, %6866 : f64[] @ models/lib/nn.yaml:80:7
%6868 = pow %5473, %6864 : f64[] @ models/lib/nn.yaml:80:7
%6869 = sub %5446, %6868 : f64[] @ models/lib/nn.yaml:80:7
%6870 = sqrt %6869 : f64[] @ models/lib/nn.yaml:80:7
%6871 = div %5446, %6870 : f64[] @ models/lib/nn.yaml:80:7
%6872 = sqrt %6863 : f32[16] @ models/lib/nn.yaml:80:7
%6873 = cast %6871 : f32[] @ models/lib/nn.yaml:80:7
%6874 = broadcast %6873 : f32[16] @ models/lib/nn.yaml:80:7
%6875 = mul %6872, %6874 : f32[16] @ models/lib/nn.yaml:80:7
%6876 = add %6875, %5611 : f32[16] @ models/lib/nn.yaml:80:7
%6877 = div %6859, %6876 : f32[16] @ models/lib/nn.yaml:80:7
%6878 = cast %6867 : f32[] @ models/lib/nn.yaml:80:7
%6879 = broadcast %6878 : f32[16] @ models/lib/nn.yaml:80:7
%6880 = mul %6877, %6879 : f32[16] @ models/lib/nn.yaml:80:7
%6881 = sub %33, %6880 : f32[16] @ models/lib/nn.yaml:80:7
%6882 = assign %33, %6881 : f32[16] @ models/lib/nn.yaml:80:7
%6883 = assign %6853, %6859 : f32[16] @ models/lib/nn.yaml:80:7
%6884 = assign %6854, %6863 : f32[16] @ models/lib/nn.yaml:80:7
%6885 = assign %6855, %6856 : i64[] @ models/lib/nn.yaml:80:7
%6886 = mul %111, %5622 : f32[16] @ models/lib/nn.yaml:80:7
%6887 = mul %6881, %5624 : f32[16] @ models/lib/nn.yaml:80:7
%6888 = add %6886, %6887 : f32[16] @ models/lib/nn.yaml:80:7
%6889 = assign %111, %6888 : f32[16] @ models/lib/nn.yaml:80:7
%6890 = all_reduce_sum %5021 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6891 = reshape %6890 : f32[16] @ models/lib/vit.yaml:103:7
%6892 = mul %6891, %6891 : f32[16] @ models/lib/vit.yaml:103:7
%6893 = reduce_sum %6892 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%6894 = sqrt %6893 : f32[] @ models/lib/vit.yaml:103:7
%6895 = cast %6894 : f64[] @ models/lib/vit.yaml:103:7
%6896 = add %6895, %5442 : f64[] @ models/lib/vit.yaml:103:7
%6897 = div %5444, %6896 : f64[] @ models/lib/vit.yaml:103:7
%6898 = lt %6897, %5446 : bool[] @ models/lib/vit.yaml:103:7
%6899 = cast %6897 : f32[] @ models/lib/vit.yaml:103:7
%6900 = broadcast %6899 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6901 = mul %6890, %6900 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6902 = broadcast %6898 : bool[1,1,16] @ models/lib/vit.yaml:103:7
%6903 = select %6902, %6901, %6890 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6904 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6905 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6906 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%6907 = add %6906, %5456 : i64[] @ models/lib/vit.yaml:103:7
%6908 = broadcast %5460 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6909 = mul %34, %6908 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6910 = broadcast %3111 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6911 = mul %6903, %6910 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6912 = broadcast %2138 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6913 = mul %6904, %6912 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6914 = add %6913, %6911 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6915 = mul %6903, %6903 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6916 = broadcast %5470 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6917 = mul %6915, %6916 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6918 = broadcast %5474 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6919 = mul %6905, %6918 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6920 = add %6919, %6917 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6921 = cast %6907 : f64[] @ models/lib/vit.yaml:103:7
%6922 = pow %5465, %6921 : f64[] @ models/lib/vit.yaml:103:7
%6923 = sub %5446, %6922 : f64[] @ models/lib/vit.yaml:103:7
%6924 = div %3382, %6923 : f64[] @ models/lib/vit.yaml:103:7
%6925 = pow %5473, %6921 : f64[] @ models/lib/vit.yaml:103:7
%6926 = sub %5446, %6925 : f64[] @ models/lib/vit.yaml:103:7
%6927 = sqrt %6926 : f64[] @ models/lib/vit.yaml:103:7
%6928 = div %5446, %6927 : f64[] @ models/lib/vit.yaml:103:7
%6929 = sqrt %6920 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6930 = cast %6928 : f32[] @ models/lib/vit.yaml:103:7
%6931 = broadcast %6930 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6932 = mul %6929, %6931 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6933 = broadcast %5490 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6934 = add %6932, %6933 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6935 = div %6914, %6934 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6936 = cast %6924 : f32[] @ models/lib/vit.yaml:103:7
%6937 = broadcast %6936 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6938 = mul %6935, %6937 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6939 = sub %6909, %6938 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6940 = assign %34, %6939 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6941 = assign %6904, %6914 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6942 = assign %6905, %6920 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6943 = assign %6906, %6907 : i64[] @ models/lib/vit.yaml:103:7
%6944 = broadcast %5502 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6945 = mul %112, %6944 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6946 = broadcast %5506 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6947 = mul %6939, %6946 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6948 = add %6945, %6947 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6949 = assign %112, %6948 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6950 = all_reduce_sum %4998 : f32[16] @ models/lib/nn.yaml:89:7
%6951 = mul %6950, %6950 : f32[16] @ models/lib/nn.yaml:89:7
%6952 = reduce_sum %6951 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6953 = sqrt %6952 : f32[] @ models/lib/nn.yaml:89:7
%6954 = cast %6953 : f64[] @ models/lib/nn.yaml:89:7
%6955 = add %6954, %5442 : f64[] @ models/lib/nn.yaml:89:7
%6956 = div %5444, %6955 : f64[] @ models/lib/nn.yaml:89:7
%6957 = lt %6956, %5446 : bool[] @ models/lib/nn.yaml:89:7
%6958 = cast %6956 : f32[] @ models/lib/nn.yaml:89:7
%6959 = broadcast %6958 : f32[16] @ models/lib/nn.yaml:89:7
%6960 = mul %6950, %6959 : f32[16] @ models/lib/nn.yaml:89:7
%6961 = broadcast %6957 : bool[16] @ models/lib/nn.yaml:89:7
%6962 = select %6961, %6960, %6950 : f32[16] @ models/lib/nn.yaml:89:7
%6963 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6964 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6965 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6966 = add %6965, %5456 : i64[] @ models/lib/nn.yaml:89:7
%6967 = mul %6962, %5588 : f32[16] @ models/lib/nn.yaml:89:7
%6968 = mul %6963, %5590 : f32[16] @ models/lib/nn.yaml:89:7
%6969 = add %6968, %6967 : f32[16] @ models/lib/nn.yaml:89:7
%6970 = mul %6962, %6962 : f32[16] @ models/lib/nn.yaml:89:7
%6971 = mul %6970, %5594 : f32[16] @ models/lib/nn.yaml:89:7
%6972 = mul %6964, %5596 : f32[16] @ models/lib/nn.yaml:89:7
%6973 = add %6972, %6971 : f32[16] @ models/lib/nn.yaml:89:7
%6974 = cast %6966 : f64[] @ models/lib/nn.yaml:89:7
%6975 = pow %5465, %6974 : f64[] @ models/lib/nn.yaml:89:7
%6976 = sub %5446, %6975 : f64[] @ models/lib/nn.yaml:89:7
%6977 = div %3382, %6976 : f64[] @ models/lib/nn.yaml:89:7
%6978 = pow %5473, %6974 : f64[] @ models/lib/nn.yaml:89:7
%6979 = sub %5446, %6978 : f64[] @ models/lib/nn.yaml:89:7
%6980 = sqrt %6979 : f64[] @ models/lib/nn.yaml:89:7
%6981 = div %5446, %6980 : f64[] @ models/lib/nn.yaml:89:7
%6982 = sqrt %6973 : f32[16] @ models/lib/nn.yaml:89:7
%6983 = cast %6981 : f32[] @ models/lib/nn.yaml:89:7
%6984 = broadcast %6983 : f32[16] @ models/lib/nn.yaml:89:7
%6985 = mul %6982, %6984 : f32[16] @ models/lib/nn.yaml:89:7
%6986 = add %6985, %5611 : f32[16] @ models/lib/nn.yaml:89:7
%6987 = div %6969, %6986 : f32[16] @ models/lib/nn.yaml:89:7
%6988 = cast %6977 : f32[] @ models/lib/nn.yaml:89:7
%6989 = broadcast %6988 : f32[16] @ models/lib/nn.yaml:89:7
%6990 = mul %6987, %6989 : f32[16] @ models/lib/nn.yaml:89:7
%6991 = sub %35, %6990 : f32[16] @ models/lib/nn.yaml:89:7
%6992 = assign %35, %6991 : f32[16] @ models/lib/nn.yaml:89:7
%6993 = assign %6963, %6969 : f32[16] @ models/lib/nn.yaml:89:7
%6994 = assign %6964, %6973 : f32[16] @ models/lib/nn.yaml:89:7
%6995 = assign %6965, %6966 : i64[] @ models/lib/nn.yaml:89:7
%6996 = mul %113, %5622 : f32[16] @ models/lib/nn.yaml:89:7
%6997 = mul %6991, %5624 : f32[16] @ models/lib/nn.yaml:89:7
%6998 = add %6996, %6997 : f32[16] @ models/lib/nn.yaml:89:7
%6999 = assign %113, %6998 : f32[16] @ models/lib/nn.yaml:89:7
%7000 = all_reduce_sum %4991 : f32[16] @ models/lib/nn.yaml:90:7
%7001 = mul %7000, %7000 : f32[16] @ models/lib/nn.yaml:90:7
%7002 = reduce_sum %7001 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7003 = sqrt %7002 : f32[] @ models/lib/nn.yaml:90:7
%7004 = cast %7003 : f64[] @ models/lib/nn.yaml:90:7
%7005 = add %7004, %5442 : f64[] @ models/lib/nn.yaml:90:7
%7006 = div %5444, %7005 : f64[] @ models/lib/nn.yaml:90:7
%7007 = lt %7006, %5446 : bool[] @ models/lib/nn.yaml:90:7
%7008 = cast %7006 : f32[] @ models/lib/nn.yaml:90:7
%7009 = broadcast %7008 : f32[16] @ models/lib/nn.yaml:90:7
%7010 = mul %7000, %7009 : f32[16] @ models/lib/nn.yaml:90:7
%7011 = broadcast %7007 : bool[16] @ models/lib/nn.yaml:90:7
%7012 = select %7011, %7010, %7000 : f32[16] @ models/lib/nn.yaml:90:7
%7013 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7014 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7015 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7016 = add %7015, %5456 : i64[] @ models/lib/nn.yaml:90:7
%7017 = mul %7012, %5588 : f32[16] @ models/lib/nn.yaml:90:7
%7018 = mul %7013, %5590 : f32[16] @ models/lib/nn.yaml:90:7
%7019 = add %7018, %7017 : f32[16] @ models/lib/nn.yaml:90:7
%7020 = mul %7012, %7012 : f32[16] @ models/lib/nn.yaml:90:7
%7021 = mul %7020, %5594 : f32[16] @ models/lib/nn.yaml:90:7
%7022 = mul %7014, %5596 : f32[16] @ models/lib/nn.yaml:90:7
%7023 = add %7022, %7021 : f32[16] @ models/lib/nn.yaml:90:7
%7024 = cast %7016 : f64[] @ models/lib/nn.yaml:90:7
%7025 = pow %5465, %7024 : f64[] @ models/lib/nn.yaml:90:7
%7026 = sub %5446, %7025 : f64[] @ models/lib/nn.yaml:90:7
%7027 = div %3382, %7026 : f64[] @ models/lib/nn.yaml:90:7
%7028 = pow %5473, %7024 : f64[] @ models/lib/nn.yaml:90:7
%7029 = sub %5446, %7028 : f64[] @ models/lib/nn.yaml:90:7
%7030 = sqrt %7029 : f64[] @ models/lib/nn.yaml:90:7
%7031 = div %5446, %7030 : f64[] @ models/lib/nn.yaml:90:7
%7032 = sqrt %7023 : f32[16] @ models/lib/nn.yaml:90:7
%7033 = cast %7031 : f32[] @ models/lib/nn.yaml:90:7
%7034 = broadcast %7033 : f32[16] @ models/lib/nn.yaml:90:7
%7035 = mul %7032, %7034 : f32[16] @ models/lib/nn.yaml:90:7
%7036 = add %7035, %5611 : f32[16] @ models/lib/nn.yaml:90:7
%7037 = div %7019, %7036 : f32[16] @ models/lib/nn.yaml:90:7
%7038 = cast %7027 : f32[] @ models/lib/nn.yaml:90:7
%7039 = broadcast %7038 : f32[16] @ models/lib/nn.yaml:90:7
%7040 = mul %7037, %7039 : f32[16] @ models/lib/nn.yaml:90:7
%7041 = sub %36, %7040 : f32[16] @ models/lib/nn.yaml:90:7
%7042 = assign %36, %7041 : f32[16] @ models/lib/nn.yaml:90:7
%7043 = assign %7013, %7019 : f32[16] @ models/lib/nn.yaml:90:7
%7044 = assign %7014, %7023 : f32[16] @ models/lib/nn.yaml:90:7
%7045 = assign %7015, %7016 : i64[] @ models/lib/nn.yaml:90:7
%7046 = mul %114, %5622 : f32[16] @ models/lib/nn.yaml:90:7
%7047 = mul %7041, %5624 : f32[16] @ models/lib/nn.yaml:90:7
%7048 = add %7046, %7047 : f32[16] @ models/lib/nn.yaml:90:7
%7049 = assign %114, %7048 : f32[16] @ models/lib/nn.yaml:90:7
%7050 = all_reduce_sum %4984 : f32[16,16] @ models/lib/nn.yaml:79:7
%7051 = reshape %7050 : f32[256] @ models/lib/nn.yaml:79:7
%7052 = mul %7051, %7051 : f32[256] @ models/lib/nn.yaml:79:7
%7053 = reduce_sum %7052 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7054 = sqrt %7053 : f32[] @ models/lib/nn.yaml:79:7
%7055 = cast %7054 : f64[] @ models/lib/nn.yaml:79:7
%7056 = add %7055, %5442 : f64[] @ models/lib/nn.yaml:79:7
%7057 = div %5444, %7056 : f64[] @ models/lib/nn.yaml:79:7
%7058 = lt %7057, %5446 : bool[] @ models/lib/nn.yaml:79:7
%7059 = cast %7057 : f32[] @ models/lib/nn.yaml:79:7
%7060 = broadcast %7059 : f32[16,16] @ models/lib/nn.yaml:79:7
%7061 = mul %7050, %7060 : f32[16,16] @ models/lib/nn.yaml:79:7
%7062 = broadcast %7058 : bool[16,16] @ models/lib/nn.yaml:79:7
%7063 = select %7062, %7061, %7050 : f32[16,16] @ models/lib/nn.yaml:79:7
%7064 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7065 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7066 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7067 = add %7066, %5456 : i64[] @ models/lib/nn.yaml:79:7
%7068 = mul %37, %5863 : f32[16,16] @ models/lib/nn.yaml:79:7
%7069 = mul %7063, %5865 : f32[16,16] @ models/lib/nn.yaml:79:7
%7070 = mul %7064, %5867 : f32[16,16] @ models/lib/nn.yaml:79:7
%7071 = add %7070, %7069 : f32[16,16] @ models/lib/nn.yaml:79:7
%7072 = mul %7063, %7063 : f32[16,16] @ models/lib/nn.yaml:79:7
%7073 = mul %7072, %5871 : f32[16,16] @ models/lib/nn.yaml:79:7
%7074 = mul %7065, %5873 : f32[16,16] @ models/lib/nn.yaml:79:7
%7075 = add %7074, %7073 : f32[16,16] @ models/lib/nn.yaml:79:7
%7076 = cast %7067 : f64[] @ models/lib/nn.yaml:79:7
%7077 = pow %5465, %7076 : f64[] @ models/lib/nn.yaml:79:7
%7078 = sub %5446, %7077 : f64[] @ models/lib/nn.yaml:79:7
%7079 = div %3382, %7078 : f64[] @ models/lib/nn.yaml:79:7
%7080 = pow %5473, %7076 : f64[] @ models/lib/nn.yaml:79:7
%7081 = sub %5446, %7080 : f64[] @ models/lib/nn.yaml:79:7
%7082 = sqrt %7081 : f64[] @ models/lib/nn.yaml:79:7
%7083 = div %5446, %7082 : f64[] @ models/lib/nn.yaml:79:7
%7084 = sqrt %7075 : f32[16,16] @ models/lib/nn.yaml:79:7
%7085 = cast %7083 : f32[] @ models/lib/nn.yaml:79:7
%7086 = broadcast %7085 : f32[16,16] @ models/lib/nn.yaml:79:7
%7087 = mul %7084, %7086 : f32[16,16] @ models/lib/nn.yaml:79:7
%7088 = add %7087, %5888 : f32[16,16] @ models/lib/nn.yaml:79:7
%7089 = div %7071, %7088 : f32[16,16] @ models/lib/nn.yaml:79:7
%7090 = cast %7079 : f32[] @ models/lib/nn.yaml:79:7
%7091 = broadcast %7090 : f32[16,16] @ models/lib/nn.yaml:79:7
%7092 = mul %7089, %7091 : f32[16,16] @ models/lib/nn.yaml:79:7
%7093 = sub %7068, %7092 : f32[16,16] @ models/lib/nn.yaml:79:7
%7094 = assign %37, %7093 : f32[16,16] @ models/lib/nn.yaml:79:7
%7095 = assign %7064, %7071 : f32[16,16] @ models/lib/nn.yaml:79:7
%7096 = assign %7065, %7075 : f32[16,16] @ models/lib/nn.yaml:79:7
%7097 = assign %7066, %7067 : i64[] @ models/lib/nn.yaml:79:7
%7098 = mul %115, %5899 : f32[16,16] @ models/lib/nn.yaml:79:7
%7099 = mul %7093, %5901 : f32[16,16] @ models/lib/nn.yaml:79:7
%7100 = add %7098, %7099 : f32[16,16] @ models/lib/nn.yaml:79:7
%7101 = assign %115, %7100 : f32[16,16] @ models/lib/nn.yaml:79:7
%7102 = all_reduce_sum %4979 : f32[16] @ models/lib/nn.yaml:80:7
%7103 = mul %7102, %7102 : f32[16] @ models/lib/nn.yaml:80:7
%7104 = reduce_sum %7103 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7105 = sqrt %7104 : f32[] @ models/lib/nn.yaml:80:7
%7106 = cast %7105 : f64[] @ models/lib/nn.yaml:80:7
%7107 = add %7106, %5442 : f64[] @ models/lib/nn.yaml:80:7
%7108 = div %5444, %7107 : f64[] @ models/lib/nn.yaml:80:7
%7109 = lt %7108, %5446 : bool[] @ models/lib/nn.yaml:80:7
%7110 = cast %7108 : f32[] @ models/lib/nn.yaml:80:7
%7111 = broadcast %7110 : f32[16] @ models/lib/nn.yaml:80:7
%7112 = mul %7102, %7111 : f32[16] @ models/lib/nn.yaml:80:7
%7113 = broadcast %7109 : bool[16] @ models/lib/nn.yaml:80:7
%7114 = select %7113, %7112, %7102 : f32[16] @ models/lib/nn.yaml:80:7
%7115 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7116 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7117 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7118 = add %7117, %5456 : i64[] @ models/lib/nn.yaml:80:7
%7119 = mul %7114, %5588 : f32[16] @ models/lib/nn.yaml:80:7
%7120 = mul %7115, %5590 : f32[16] @ models/lib/nn.yaml:80:7
%7121 = add %7120, %7119 : f32[16] @ models/lib/nn.yaml:80:7
%7122 = mul %7114, %7114 : f32[16] @ models/lib/nn.yaml:80:7
%7123 = mul %7122, %5594 : f32[16] @ models/lib/nn.yaml:80:7
%7124 = mul %7116, %5596 : f32[16] @ models/lib/nn.yaml:80:7
%7125 = add %7124, %7123 : f32[16] @ models/lib/nn.yaml:80:7
%7126 = cast %7118 : f64[] @ models/lib/nn.yaml:80:7
%7127 = pow %5465, %7126 : f64[] @ models/lib/nn.yaml:80:7
%7128 = sub %5446, %7127 : f64[] @ models/lib/nn.yaml:80:7
%7129 = div %3382, %7128 : f64[] @ models/lib/nn.yaml:80:7
%7130 = pow %5473, %7126 : f64[] @ models/lib/nn.yaml:80:7
%7131 = sub %5446, %7130 : f64[] @ models/lib/nn.yaml:80:7
%7132 = sqrt %7131 : f64[] @ models/lib/nn.yaml:80:7
%7133 = div %5446, %7132 : f64[] @ models/lib/nn.yaml:80:7
%7134 = sqrt %7125 : f32[16] @ models/lib/nn.yaml:80:7
%7135 = cast %7133 : f32[] @ models/lib/nn.yaml:80:7
%7136 = broadcast %7135 : f32[16] @ models/lib/nn.yaml:80:7
%7137 = mul %7134, %7136 : f32[16] @ models/lib/nn.yaml:80:7
%7138 = add %7137, %5611 : f32[16] @ models/lib/nn.yaml:80:7
%7139 = div %7121, %7138 : f32[16] @ models/lib/nn.yaml:80:7
%7140 = cast %7129 : f32[] @ models/lib/nn.yaml:80:7
%7141 = broadcast %7140 : f32[16] @ models/lib/nn.yaml:80:7
%7142 = mul %7139, %7141 : f32[16] @ models/lib/nn.yaml:80:7
%7143 = sub %38, %7142 : f32[16] @ models/lib/nn.yaml:80:7
%7144 = assign %38, %7143 : f32[16] @ models/lib/nn.yaml:80:7
%7145 = assign %7115, %7121 : f32[16] @ models/lib/nn.yaml:80:7
%7146 = assign %7116, %7125 : f32[16] @ models/lib/nn.yaml:80:7
%7147 = assign %7117, %7118 : i64[] @ models/lib/nn.yaml:80:7
%7148 = mul %116, %5622 : f32[16] @ models/lib/nn.yaml:80:7
%7149 = mul %7143, %5624 : f32[16] @ models/lib/nn.yaml:80:7
%7150 = add %7148, %7149 : f32[16] @ models/lib/nn.yaml:80:7
%7151 = assign %116, %7150 : f32[16] @ models/lib/nn.yaml:80:7
%7152 = all_reduce_sum %4974 : f32[16,16] @ models/lib/nn.yaml:79:7
%7153 = reshape %7152 : f32[256] @ models/lib/nn.yaml:79:7
%7154 = mul %7153, %7153 : f32[256] @ models/lib/nn.yaml:79:7
%7155 = reduce_sum %7154 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7156 = sqrt %7155 : f32[] @ models/lib/nn.yaml:79:7
%7157 = cast %7156 : f64[] @ models/lib/nn.yaml:79:7
%7158 = add %7157, %5442 : f64[] @ models/lib/nn.yaml:79:7
%7159 = div %5444, %7158 : f64[] @ models/lib/nn.yaml:79:7
%7160 = lt %7159, %5446 : bool[] @ models/lib/nn.yaml:79:7
%7161 = cast %7159 : f32[] @ models/lib/nn.yaml:79:7
%7162 = broadcast %7161 : f32[16,16] @ models/lib/nn.yaml:79:7
%7163 = mul %7152, %7162 : f32[16,16] @ models/lib/nn.yaml:79:7
%7164 = broadcast %7160 : bool[16,16] @ models/lib/nn.yaml:79:7
%7165 = select %7164, %7163, %7152 : f32[16,16] @ models/lib/nn.yaml:79:7
%7166 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7167 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7168 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7169 = add %7168, %5456 : i64[] @ models/lib/nn.yaml:79:7
%7170 = mul %39, %5863 : f32[16,16] @ models/lib/nn.yaml:79:7
%7171 = mul %7165, %5865 : f32[16,16] @ models/lib/nn.yaml:79:7
%7172 = mul %7166, %5867 : f32[16,16] @ models/lib/nn.yaml:79:7
%7173 = add %7172, %7171 : f32[16,16] @ models/lib/nn.yaml:79:7
%7174 = mul %7165, %7165 : f32[16,16] @ models/lib/nn.yaml:79:7
%7175 = mul %7174, %5871 : f32[16,16] @ models/lib/nn.yaml:79:7
%7176 = mul %7167, %5873 : f32[16,16] @ models/lib/nn.yaml:79:7
%7177 = add %7176, %7175 : f32[16,16] @ models/lib/nn.yaml:79:7
%7178 = cast %7169 : f64[] @ models/lib/nn.yaml:79:7
%7179 = pow %5465, %7178 : f64[] @ models/lib/nn.yaml:79:7
%7180 = sub %5446, %7179 : f64[] @ models/lib/nn.yaml:79:7
%7181 = div %3382, %7180 : f64[] @ models/lib/nn.yaml:79:7
%7182 = pow %5473, %7178 : f64[] @ models/lib/nn.yaml:79:7
%7183 = sub %5446, %7182 : f64[] @ models/lib/nn.yaml:79:7
%7184 = sqrt %7183 : f64[] @ models/lib/nn.yaml:79:7
%7185 = div %5446, %7184 : f64[] @ models/lib/nn.yaml:79:7
%7186 = sqrt %7177 : f32[16,16] @ models/lib/nn.yaml:79:7
%7187 = cast %7185 : f32[] @ models/lib/nn.yaml:79:7
%7188 = broadcast %7187 : f32[16,16] @ models/lib/nn.yaml:79:7
%7189 = mul %7186, %7188 : f32[16,16] @ models/lib/nn.yaml:79:7
%7190 = add %7189, %5888 : f32[16,16] @ models/lib/nn.yaml:79:7
%7191 = div %7173, %7190 : f32[16,16] @ models/lib/nn.yaml:79:7
%7192 = cast %7181 : f32[] @ models/lib/nn.yaml:79:7
%7193 = broadcast %7192 : f32[16,16] @ models/lib/nn.yaml:79:7
%7194 = mul %7191, %7193 : f32[16,16] @ models/lib/nn.yaml:79:7
%7195 = sub %7170, %7194 : f32[16,16] @ models/lib/nn.yaml:79:7
%7196 = assign %39, %7195 : f32[16,16] @ models/lib/nn.yaml:79:7
%7197 = assign %7166, %7173 : f32[16,16] @ models/lib/nn.yaml:79:7
%7198 = assign %7167, %7177 : f32[16,16] @ models/lib/nn.yaml:79:7
%7199 = assign %7168, %7169 : i64[] @ models/lib/nn.yaml:79:7
%7200 = mul %117, %5899 : f32[16,16] @ models/lib/nn.yaml:79:7
%7201 = mul %7195, %5901 : f32[16,16] @ models/lib/nn.yaml:79:7
%7202 = add %7200, %7201 : f32[16,16] @ models/lib/nn.yaml:79:7
%7203 = assign %117, %7202 : f32[16,16] @ models/lib/nn.yaml:79:7
%7204 = all_reduce_sum %4969 : f32[16] @ models/lib/nn.yaml:80:7
%7205 = mul %7204, %7204 : f32[16] @ models/lib/nn.yaml:80:7
%7206 = reduce_sum %7205 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7207 = sqrt %7206 : f32[] @ models/lib/nn.yaml:80:7
%7208 = cast %7207 : f64[] @ models/lib/nn.yaml:80:7
%7209 = add %7208, %5442 : f64[] @ models/lib/nn.yaml:80:7
%7210 = div %5444, %7209 : f64[] @ models/lib/nn.yaml:80:7
%7211 = lt %7210, %5446 : bool[] @ models/lib/nn.yaml:80:7
%7212 = cast %7210 : f32[] @ models/lib/nn.yaml:80:7
%7213 = broadcast %7212 : f32[16] @ models/lib/nn.yaml:80:7
%7214 = mul %7204, %7213 : f32[16] @ models/lib/nn.yaml:80:7
%7215 = broadcast %7211 : bool[16] @ models/lib/nn.yaml:80:7
%7216 = select %7215, %7214, %7204 : f32[16] @ models/lib/nn.yaml:80:7
%7217 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7218 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7219 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7220 = add %7219, %5456 : i64[] @ models/lib/nn.yaml:80:7
%7221 = mul %7216, %5588 : f32[16] @ models/lib/nn.yaml:80:7
%7222 = mul %7217, %5590 : f32[16] @ models/lib/nn.yaml:80:7
%7223 = add %7222, %7221 : f32[16] @ models/lib/nn.yaml:80:7
%7224 = mul %7216, %7216 : f32[16] @ models/lib/nn.yaml:80:7
%7225 = mul %7224, %5594 : f32[16] @ models/lib/nn.yaml:80:7
%7226 = mul %7218, %5596 : f32[16] @ models/lib/nn.yaml:80:7
%7227 = add %7226, %7225 : f32[16] @ models/lib/nn.yaml:80:7
%7228 = cast %7220 : f64[] @ models/lib/nn.yaml:80:7
%7229 = pow %5465, %7228 : f64[] @ models/lib/nn.yaml:80:7
%7230 = sub %5446, %7229 : f64[] @ models/lib/nn.yaml:80:7
%7231 = div %3382, %7230 : f64[] @ models/lib/nn.yaml:80:7
%7232 = pow %5473, %7228 : f64[] @ models/lib/nn.yaml:80:7
%7233 = sub %5446, %7232 : f64[] @ models/lib/nn.yaml:80:7
%7234 = sqrt %7233 : f64[] @ models/lib/nn.yaml:80:7
%7235 = div %5446, %7234 : f64[] @ models/lib/nn.yaml:80:7
%7236 = sqrt %7227 : f32[16] @ models/lib/nn.yaml:80:7
%7237 = cast %7235 : f32[] @ models/lib/nn.yaml:80:7
%7238 = broadcast %7237 : f32[16] @ models/lib/nn.yaml:80:7
%7239 = mul %7236, %7238 : f32[16] @ models/lib/nn.yaml:80:7
%7240 = add %7239, %5611 : f32[16] @ models/lib/nn.yaml:80:7
%7241 = div %7223, %7240 : f32[16] @ models/lib/nn.yaml:80:7
%7242 = cast %7231 : f32[] @ models/lib/nn.yaml:80:7
%7243 = broadcast %7242 : f32[16] @ models/lib/nn.yaml:80:7
%7244 = mul %7241, %7243 : f32[16] @ models/lib/nn.yaml:80:7
%7245 = sub %40, %7244 : f32[16] @ models/lib/nn.yaml:80:7
%7246 = assign %40, %7245 : f32[16] @ models/lib/nn.yaml:80:7
%7247 = assign %7217, %7223 : f32[16] @ models/lib/nn.yaml:80:7
%7248 = assign %7218, %7227 : f32[16] @ models/lib/nn.yaml:80:7
%7249 = assign %7219, %7220 : i64[] @ models/lib/nn.yaml:80:7
%7250 = mul %118, %5622 : f32[16] @ models/lib/nn.yaml:80:7
%7251 = mul %7245, %5624 : f32[16] @ models/lib/nn.yaml:80:7
%7252 = add %7250, %7251 : f32[16] @ models/lib/nn.yaml:80:7
%7253 = assign %118, %7252 : f32[16] @ models/lib/nn.yaml:80:7
%7254 = all_reduce_sum %4962 : f32[16,16] @ models/lib/nn.yaml:79:7
%7255 = reshape %7254 : f32[256] @ models/lib/nn.yaml:79:7
%7256 = mul %7255, %7255 : f32[256] @ models/lib/nn.yaml:79:7
%7257 = reduce_sum %7256 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7258 = sqrt %7257 : f32[] @ models/lib/nn.yaml:79:7
%7259 = cast %7258 : f64[] @ models/lib/nn.yaml:79:7
%7260 = add %7259, %5442 : f64[] @ models/lib/nn.yaml:79:7
%7261 = div %5444, %7260 : f64[] @ models/lib/nn.yaml:79:7
%7262 = lt %7261, %5446 : bool[] @ models/lib/nn.yaml:79:7
%7263 = cast %7261 : f32[] @ models/lib/nn.yaml:79:7
%7264 = broadcast %7263 : f32[16,16] @ models/lib/nn.yaml:79:7
%7265 = mul %7254, %7264 : f32[16,16] @ models/lib/nn.yaml:79:7
%7266 = broadcast %7262 : bool[16,16] @ models/lib/nn.yaml:79:7
%7267 = select %7266, %7265, %7254 : f32[16,16] @ models/lib/nn.yaml:79:7
%7268 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7269 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7270 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7271 = add %7270, %5456 : i64[] @ models/lib/nn.yaml:79:7
%7272 = mul %41, %5863 : f32[16,16] @ models/lib/nn.yaml:79:7
%7273 = mul %7267, %5865 : f32[16,16] @ models/lib/nn.yaml:79:7
%7274 = mul %7268, %5867 : f32[16,16] @ models/lib/nn.yaml:79:7
%7275 = add %7274, %7273 : f32[16,16] @ models/lib/nn.yaml:79:7
%7276 = mul %7267, %7267 : f32[16,16] @ models/lib/nn.yaml:79:7
%7277 = mul %7276, %5871 : f32[16,16] @ models/lib/nn.yaml:79:7
%7278 = mul %7269, %5873 : f32[16,16] @ models/lib/nn.yaml:79:7
%7279 = add %7278, %7277 : f32[16,16] @ models/lib/nn.yaml:79:7
%7280 = cast %7271 : f64[] @ models/lib/nn.yaml:79:7
%7281 = pow %5465, %7280 : f64[] @ models/lib/nn.yaml:79:7
%7282 = sub %5446, %7281 : f64[] @ models/lib/nn.yaml:79:7
%7283 = div %3382, %7282 : f64[] @ models/lib/nn.yaml:79:7
%7284 = pow %5473, %7280 : f64[] @ models/lib/nn.yaml:79:7
%7285 = sub %5446, %7284 : f64[] @ models/lib/nn.yaml:79:7
%7286 = sqrt %7285 : f64[] @ models/lib/nn.yaml:79:7
%7287 = div %5446, %7286 : f64[] @ models/lib/nn.yaml:79:7
%7288 = sqrt %7279 : f32[16,16] @ models/lib/nn.yaml:79:7
%7289 = cast %7287 : f32[] @ models/lib/nn.yaml:79:7
%7290 = broadcast %7289 : f32[16,16] @ models/lib/nn.yaml:79:7
%7291 = mul %7288, %7290 : f32[16,16] @ models/lib/nn.yaml:79:7
%7292 = add %7291, %5888 : f32[16,16] @ models/lib/nn.yaml:79:7
%7293 = div %7275, %7292 : f32[16,16] @ models/lib/nn.yaml:79:7
%7294 = cast %7283 : f32[] @ models/lib/nn.yaml:79:7
%7295 = broadcast %7294 : f32[16,16] @ models/lib/nn.yaml:79:7
%7296 = mul %7293, %7295 : f32[16,16] @ models/lib/nn.yaml:79:7
%7297 = sub %7272, %7296 : f32[16,16] @ models/lib/nn.yaml:79:7
%7298 = assign %41, %7297 : f32[16,16] @ models/lib/nn.yaml:79:7
%7299 = assign %7268, %7275 : f32[16,16] @ models/lib/nn.yaml:79:7
%7300 = assign %7269, %7279 : f32[16,16] @ models/lib/nn.yaml:79:7
%7301 = assign %7270, %7271 : i64[] @ models/lib/nn.yaml:79:7
%7302 = mul %119, %5899 : f32[16,16] @ models/lib/nn.yaml:79:7
%7303 = mul %7297, %5901 : f32[16,16] @ models/lib/nn.yaml:79:7
%7304 = add %7302, %7303 : f32[16,16] @ models/lib/nn.yaml:79:7
%7305 = assign %119, %7304 : f32[16,16] @ models/lib/nn.yaml:79:7
%7306 = all_reduce_sum %4957 : f32[16] @ models/lib/nn.yaml:80:7
%7307 = mul %7306, %7306 : f32[16] @ models/lib/nn.yaml:80:7
%7308 = reduce_sum %7307 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7309 = sqrt %7308 : f32[] @ models/lib/nn.yaml:80:7
%7310 = cast %7309 : f64[] @ models/lib/nn.yaml:80:7
%7311 = add %7310, %5442 : f64[] @ models/lib/nn.yaml:80:7
%7312 = div %5444, %7311 : f64[] @ models/lib/nn.yaml:80:7
%7313 = lt %7312, %5446 : bool[] @ models/lib/nn.yaml:80:7
%7314 = cast %7312 : f32[] @ models/lib/nn.yaml:80:7
%7315 = broadcast %7314 : f32[16] @ models/lib/nn.yaml:80:7
%7316 = mul %7306, %7315 : f32[16] @ models/lib/nn.yaml:80:7
%7317 = broadcast %7313 : bool[16] @ models/lib/nn.yaml:80:7
%7318 = select %7317, %7316, %7306 : f32[16] @ models/lib/nn.yaml:80:7
%7319 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7320 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7321 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7322 = add %7321, %5456 : i64[] @ models/lib/nn.yaml:80:7
%7323 = mul %7318, %5588 : f32[16] @ models/lib/nn.yaml:80:7
%7324 = mul %7319, %5590 : f32[16] @ models/lib/nn.yaml:80:7
%7325 = add %7324, %7323 : f32[16] @ models/lib/nn.yaml:80:7
%7326 = mul %7318, %7318 : f32[16] @ models/lib/nn.yaml:80:7
%7327 = mul %7326, %5594 : f32[16] @ models/lib/nn.yaml:80:7
%7328 = mul %7320, %5596 : f32[16] @ models/lib/nn.yaml:80:7
%7329 = add %7328, %7327 : f32[16] @ models/lib/nn.yaml:80:7
%7330 = cast %7322 : f64[] @ models/lib/nn.yaml:80:7
%7331 = pow %5465, %7330 : f64[] @ models/lib/nn.yaml:80:7
%7332 = sub %5446, %7331 : f64[] @ models/lib/nn.yaml:80:7
%7333 = div %3382, %7332 : f64[] @ models/lib/nn.yaml:80:7
%7334 = pow %5473, %7330 : f64[] @ models/lib/nn.yaml:80:7
%7335 = sub %5446, %7334 : f64[] @ models/lib/nn.yaml:80:7
%7336 = sqrt %7335 : f64[] @ models/lib/nn.yaml:80:7
%7337 = div %5446, %7336 : f64[] @ models/lib/nn.yaml:80:7
%7338 = sqrt %7329 : f32[16] @ models/lib/nn.yaml:80:7
%7339 = cast %7337 : f32[] @ models/lib/nn.yaml:80:7
%7340 = broadcast %7339 : f32[16] @ models/lib/nn.yaml:80:7
%7341 = mul %7338, %7340 : f32[16] @ models/lib/nn.yaml:80:7
%7342 = add %7341, %5611 : f32[16] @ models/lib/nn.yaml:80:7
%7343 = div %7325, %7342 : f32[16] @ models/lib/nn.yaml:80:7
%7344 = cast %7333 : f32[] @ models/lib/nn.yaml:80:7
%7345 = broadcast %7344 : f32[16] @ models/lib/nn.yaml:80:7
%7346 = mul %7343, %7345 : f32[16] @ models/lib/nn.yaml:80:7
%7347 = sub %42, %7346 : f32[16] @ models/lib/nn.yaml:80:7
%7348 = assign %42, %7347 : f32[16] @ models/lib/nn.yaml:80:7
%7349 = assign %7319, %7325 : f32[16] @ models/lib/nn.yaml:80:7
%7350 = assign %7320, %7329 : f32[16] @ models/lib/nn.yaml:80:7
%7351 = assign %7321, %7322 : i64[] @ models/lib/nn.yaml:80:7
%7352 = mul %120, %5622 : f32[16] @ models/lib/nn.yaml:80:7
%7353 = mul %7347, %5624 : f32[16] @ models/lib/nn.yaml:80:7
%7354 = add %7352, %7353 : f32[16] @ models/lib/nn.yaml:80:7
%7355 = assign %120, %7354 : f32[16] @ models/lib/nn.yaml:80:7
%7356 = all_reduce_sum %4885 : f32[16,16] @ models/lib/nn.yaml:79:7
%7357 = reshape %7356 : f32[256] @ models/lib/nn.yaml:79:7
%7358 = mul %7357, %7357 : f32[256] @ models/lib/nn.yaml:79:7
%7359 = reduce_sum %7358 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7360 = sqrt %7359 : f32[] @ models/lib/nn.yaml:79:7
%7361 = cast %7360 : f64[] @ models/lib/nn.yaml:79:7
%7362 = add %7361, %5442 : f64[] @ models/lib/nn.yaml:79:7
%7363 = div %5444, %7362 : f64[] @ models/lib/nn.yaml:79:7
%7364 = lt %7363, %5446 : bool[] @ models/lib/nn.yaml:79:7
%7365 = cast %7363 : f32[] @ models/lib/nn.yaml:79:7
%7366 = broadcast %7365 : f32[16,16] @ models/lib/nn.yaml:79:7
%7367 = mul %7356, %7366 : f32[16,16] @ models/lib/nn.yaml:79:7
%7368 = broadcast %7364 : bool[16,16] @ models/lib/nn.yaml:79:7
%7369 = select %7368, %7367, %7356 : f32[16,16] @ models/lib/nn.yaml:79:7
%7370 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7371 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7372 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7373 = add %7372, %5456 : i64[] @ models/lib/nn.yaml:79:7
%7374 = mul %43, %5863 : f32[16,16] @ models/lib/nn.yaml:79:7
%7375 = mul %7369, %5865 : f32[16,16] @ models/lib/nn.yaml:79:7
%7376 = mul %7370, %5867 : f32[16,16] @ models/lib/nn.yaml:79:7
%7377 = add %7376, %7375 : f32[16,16] @ models/lib/nn.yaml:79:7
%7378 = mul %7369, %7369 : f32[16,16] @ models/lib/nn.yaml:79:7
%7379 = mul %7378, %5871 : f32[16,16] @ models/lib/nn.yaml:79:7
%7380 = mul %7371, %5873 : f32[16,16] @ models/lib/nn.yaml:79:7
%7381 = add %7380, %7379 : f32[16,16] @ models/lib/nn.yaml:79:7
%7382 = cast %7373 : f64[] @ models/lib/nn.yaml:79:7
%7383 = pow %5465, %7382 : f64[] @ models/lib/nn.yaml:79:7
%7384 = sub %5446, %7383 : f64[] @ models/lib/nn.yaml:79:7
%7385 = div %3382, %7384 : f64[] @ models/lib/nn.yaml:79:7
%7386 = pow %5473, %7382 : f64[] @ models/lib/nn.yaml:79:7
%7387 = sub %5446, %7386 : f64[] @ models/lib/nn.yaml:79:7
%7388 = sqrt %7387 : f64[] @ models/lib/nn.yaml:79:7
%7389 = div %5446, %7388 : f64[] @ models/lib/nn.yaml:79:7
%7390 = sqrt %7381 : f32[16,16] @ models/lib/nn.yaml:79:7
%7391 = cast %7389 : f32[] @ models/lib/nn.yaml:79:7
%7392 = broadcast %7391 : f32[16,16] @ models/lib/nn.yaml:79:7
%7393 = mul %7390, %7392 : f32[16,16] @ models/lib/nn.yaml:79:7
%7394 = add %7393, %5888 : f32[16,16] @ models/lib/nn.yaml:79:7
%7395 = div %7377, %7394 : f32[16,16] @ models/lib/nn.yaml:79:7
%7396 = cast %7385 : f32[] @ models/lib/nn.yaml:79:7
%7397 = broadcast %7396 : f32[16,16] @ models/lib/nn.yaml:79:7
%7398 = mul %7395, %7397 : f32[16,16] @ models/lib/nn.yaml:79:7
%7399 = sub %7374, %7398 : f32[16,16] @ models/lib/nn.yaml:79:7
%7400 = assign %43, %7399 : f32[16,16] @ models/lib/nn.yaml:79:7
%7401 = assign %7370, %7377 : f32[16,16] @ models/lib/nn.yaml:79:7
%7402 = assign %7371, %7381 : f32[16,16] @ models/lib/nn.yaml:79:7
%7403 = assign %7372, %7373 : i64[] @ models/lib/nn.yaml:79:7
%7404 = mul %121, %5899 : f32[16,16] @ models/lib/nn.yaml:79:7
%7405 = mul %7399, %5901 : f32[16,16] @ models/lib/nn.yaml:79:7
%7406 = add %7404, %7405 : f32[16,16] @ models/lib/nn.yaml:79:7
%7407 = assign %121, %7406 : f32[16,16] @ models/lib/nn.yaml:79:7
%7408 = all_reduce_sum %4880 : f32[16] @ models/lib/nn.yaml:80:7
%7409 = mul %7408, %7408 : f32[16] @ models/lib/nn.yaml:80:7
%7410 = reduce_sum %7409 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7411 = sqrt %7410 : f32[] @ models/lib/nn.yaml:80:7
%7412 = cast %7411 : f64[] @ models/lib/nn.yaml:80:7
%7413 = add %7412, %5442 : f64[] @ models/lib/nn.yaml:80:7
%7414 = div %5444, %7413 : f64[] @ models/lib/nn.yaml:80:7
%7415 = lt %7414, %5446 : bool[] @ models/lib/nn.yaml:80:7
%7416 = cast %7414 : f32[] @ models/lib/nn.yaml:80:7
%7417 = broadcast %7416 : f32[16] @ models/lib/nn.yaml:80:7
%7418 = mul %7408, %7417 : f32[16] @ models/lib/nn.yaml:80:7
%7419 = broadcast %7415 : bool[16] @ models/lib/nn.yaml:80:7
%7420 = select %7419, %7418, %7408 : f32[16] @ models/lib/nn.yaml:80:7
%7421 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7422 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7423 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7424 = add %7423, %5456 : i64[] @ models/lib/nn.yaml:80:7
%7425 = mul %7420, %5588 : f32[16] @ models/lib/nn.yaml:80:7
%7426 = mul %7421, %5590 : f32[16] @ models/lib/nn.yaml:80:7
%7427 = add %7426, %7425 : f32[16] @ models/lib/nn.yaml:80:7
%7428 = mul %7420, %7420 : f32[16] @ models/lib/nn.yaml:80:7
%7429 = mul %7428, %5594 : f32[16] @ models/lib/nn.yaml:80:7
%7430 = mul %7422, %5596 : f32[16] @ models/lib/nn.yaml:80:7
%7431 = add %7430, %7429 : f32[16] @ models/lib/nn.yaml:80:7
%7432 = cast %7424 : f64[] @ models/lib/nn.yaml:80:7
%7433 = pow %5465, %7432 : f64[] @ models/lib/nn.yaml:80:7
%7434 = sub %5446, %7433 : f64[] @ models/lib/nn.yaml:80:7
%7435 = div %3382, %7434 : f64[] @ models/lib/nn.yaml:80:7
%7436 = pow %5473, %7432 : f64[] @ models/lib/nn.yaml:80:7
%7437 = sub %5446, %7436 : f64[] @ models/lib/nn.yaml:80:7
%7438 = sqrt %7437 : f64[] @ models/lib/nn.yaml:80:7
%7439 = div %5446, %7438 : f64[] @ models/lib/nn.yaml:80:7
%7440 = sqrt %7431 : f32[16] @ models/lib/nn.yaml:80:7
%7441 = cast %7439 : f32[] @ models/lib/nn.yaml:80:7
%7442 = broadcast %7441 : f32[16] @ models/lib/nn.yaml:80:7
%7443 = mul %7440, %7442 : f32[16] @ models/lib/nn.yaml:80:7
%7444 = add %7443, %5611 : f32[16] @ models/lib/nn.yaml:80:7
%7445 = div %7427, %7444 : f32[16] @ models/lib/nn.yaml:80:7
%7446 = cast %7435 : f32[] @ models/lib/nn.yaml:80:7
%7447 = broadcast %7446 : f32[16] @ models/lib/nn.yaml:80:7
%7448 = mul %7445, %7447 : f32[16] @ models/lib/nn.yaml:80:7
%7449 = sub %44, %7448 : f32[16] @ models/lib/nn.yaml:80:7
%7450 = assign %44, %7449 : f32[16] @ models/lib/nn.yaml:80:7
%7451 = assign %7421, %7427 : f32[16] @ models/lib/nn.yaml:80:7
%7452 = assign %7422, %7431 : f32[16] @ models/lib/nn.yaml:80:7
%7453 = assign %7423, %7424 : i64[] @ models/lib/nn.yaml:80:7
%7454 = mul %122, %5622 : f32[16] @ models/lib/nn.yaml:80:7
%7455 = mul %7449, %5624 : f32[16] @ models/lib/nn.yaml:80:7
%7456 = add %7454, %7455 : f32[16] @ models/lib/nn.yaml:80:7
%7457 = assign %122, %7456 : f32[16] @ models/lib/nn.yaml:80:7
%7458 = all_reduce_sum %4859 : f32[16] @ models/lib/nn.yaml:89:7
%7459 = mul %7458, %7458 : f32[16] @ models/lib/nn.yaml:89:7
%7460 = reduce_sum %7459 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7461 = sqrt %7460 : f32[] @ models/lib/nn.yaml:89:7
%7462 = cast %7461 : f64[] @ models/lib/nn.yaml:89:7
%7463 = add %7462, %5442 : f64[] @ models/lib/nn.yaml:89:7
%7464 = div %5444, %7463 : f64[] @ models/lib/nn.yaml:89:7
%7465 = lt %7464, %5446 : bool[] @ models/lib/nn.yaml:89:7
%7466 = cast %7464 : f32[] @ models/lib/nn.yaml:89:7
%7467 = broadcast %7466 : f32[16] @ models/lib/nn.yaml:89:7
%7468 = mul %7458, %7467 : f32[16] @ models/lib/nn.yaml:89:7
%7469 = broadcast %7465 : bool[16] @ models/lib/nn.yaml:89:7
%7470 = select %7469, %7468, %7458 : f32[16] @ models/lib/nn.yaml:89:7
%7471 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7472 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7473 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7474 = add %7473, %5456 : i64[] @ models/lib/nn.yaml:89:7
%7475 = mul %7470, %5588 : f32[16] @ models/lib/nn.yaml:89:7
%7476 = mul %7471, %5590 : f32[16] @ models/lib/nn.yaml:89:7
%7477 = add %7476, %7475 : f32[16] @ models/lib/nn.yaml:89:7
%7478 = mul %7470, %7470 : f32[16] @ models/lib/nn.yaml:89:7
%7479 = mul %7478, %5594 : f32[16] @ models/lib/nn.yaml:89:7
%7480 = mul %7472, %5596 : f32[16] @ models/lib/nn.yaml:89:7
%7481 = add %7480, %7479 : f32[16] @ models/lib/nn.yaml:89:7
%7482 = cast %7474 : f64[] @ models/lib/nn.yaml:89:7
%7483 = pow %5465, %7482 : f64[] @ models/lib/nn.yaml:89:7
%7484 = sub %5446, %7483 : f64[] @ models/lib/nn.yaml:89:7
%7485 = div %3382, %7484 : f64[] @ models/lib/nn.yaml:89:7
%7486 = pow %5473, %7482 : f64[] @ models/lib/nn.yaml:89:7
%7487 = sub %5446, %7486 : f64[] @ models/lib/nn.yaml:89:7
%7488 = sqrt %7487 : f64[] @ models/lib/nn.yaml:89:7
%7489 = div %5446, %7488 : f64[] @ models/lib/nn.yaml:89:7
%7490 = sqrt %7481 : f32[16] @ models/lib/nn.yaml:89:7
%7491 = cast %7489 : f32[] @ models/lib/nn.yaml:89:7
%7492 = broadcast %7491 : f32[16] @ models/lib/nn.yaml:89:7
%7493 = mul %7490, %7492 : f32[16] @ models/lib/nn.yaml:89:7
%7494 = add %7493, %5611 : f32[16] @ models/lib/nn.yaml:89:7
%7495 = div %7477, %7494 : f32[16] @ models/lib/nn.yaml:89:7
%7496 = cast %7485 : f32[] @ models/lib/nn.yaml:89:7
%7497 = broadcast %7496 : f32[16] @ models/lib/nn.yaml:89:7
%7498 = mul %7495, %7497 : f32[16] @ models/lib/nn.yaml:89:7
%7499 = sub %45, %7498 : f32[16] @ models/lib/nn.yaml:89:7
%7500 = assign %45, %7499 : f32[16] @ models/lib/nn.yaml:89:7
%7501 = assign %7471, %7477 : f32[16] @ models/lib/nn.yaml:89:7
%7502 = assign %7472, %7481 : f32[16] @ models/lib/nn.yaml:89:7
%7503 = assign %7473, %7474 : i64[] @ models/lib/nn.yaml:89:7
%7504 = mul %123, %5622 : f32[16] @ models/lib/nn.yaml:89:7
%7505 = mul %7499, %5624 : f32[16] @ models/lib/nn.yaml:89:7
%7506 = add %7504, %7505 : f32[16] @ models/lib/nn.yaml:89:7
%7507 = assign %123, %7506 : f32[16] @ models/lib/nn.yaml:89:7
%7508 = all_reduce_sum %4854 : f32[16] @ models/lib/nn.yaml:90:7
%7509 = mul %7508, %7508 : f32[16] @ models/lib/nn.yaml:90:7
%7510 = reduce_sum %7509 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7511 = sqrt %7510 : f32[] @ models/lib/nn.yaml:90:7
%7512 = cast %7511 : f64[] @ models/lib/nn.yaml:90:7
%7513 = add %7512, %5442 : f64[] @ models/lib/nn.yaml:90:7
%7514 = div %5444, %7513 : f64[] @ models/lib/nn.yaml:90:7
%7515 = lt %7514, %5446 : bool[] @ models/lib/nn.yaml:90:7
%7516 = cast %7514 : f32[] @ models/lib/nn.yaml:90:7
%7517 = broadcast %7516 : f32[16] @ models/lib/nn.yaml:90:7
%7518 = mul %7508, %7517 : f32[16] @ models/lib/nn.yaml:90:7
%7519 = broadcast %7515 : bool[16] @ models/lib/nn.yaml:90:7
%7520 = select %7519, %7518, %7508 : f32[16] @ models/lib/nn.yaml:90:7
%7521 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7522 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7523 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7524 = add %7523, %5456 : i64[] @ models/lib/nn.yaml:90:7
%7525 = mul %7520, %5588 : f32[16] @ models/lib/nn.yaml:90:7
%7526 = mul %7521, %5590 : f32[16] @ models/lib/nn.yaml:90:7
%7527 = add %7526, %7525 : f32[16] @ models/lib/nn.yaml:90:7
%7528 = mul %7520, %7520 : f32[16] @ models/lib/nn.yaml:90:7
%7529 = mul %7528, %5594 : f32[16] @ models/lib/nn.yaml:90:7
%7530 = mul %7522, %5596 : f32[16] @ models/lib/nn.yaml:90:7
%7531 = add %7530, %7529 : f32[16] @ models/lib/nn.yaml:90:7
%7532 = cast %7524 : f64[] @ models/lib/nn.yaml:90:7
%7533 = pow %5465, %7532 : f64[] @ models/lib/nn.yaml:90:7
%7534 = sub %5446, %7533 : f64[] @ models/lib/nn.yaml:90:7
%7535 = div %3382, %7534 : f64[] @ models/lib/nn.yaml:90:7
%7536 = pow %5473, %7532 : f64[] @ models/lib/nn.yaml:90:7
%7537 = sub %5446, %7536 : f64[] @ models/lib/nn.yaml:90:7
%7538 = sqrt %7537 : f64[] @ models/lib/nn.yaml:90:7
%7539 = div %5446, %7538 : f64[] @ models/lib/nn.yaml:90:7
%7540 = sqrt %7531 : f32[16] @ models/lib/nn.yaml:90:7
%7541 = cast %7539 : f32[] @ models/lib/nn.yaml:90:7
%7542 = broadcast %7541 : f32[16] @ models/lib/nn.yaml:90:7
%7543 = mul %7540, %7542 : f32[16] @ models/lib/nn.yaml:90:7
%7544 = add %7543, %5611 : f32[16] @ models/lib/nn.yaml:90:7
%7545 = div %7527, %7544 : f32[16] @ models/lib/nn.yaml:90:7
%7546 = cast %7535 : f32[] @ models/lib/nn.yaml:90:7
%7547 = broadcast %7546 : f32[16] @ models/lib/nn.yaml:90:7
%7548 = mul %7545, %7547 : f32[16] @ models/lib/nn.yaml:90:7
%7549 = sub %46, %7548 : f32[16] @ models/lib/nn.yaml:90:7
%7550 = assign %46, %7549 : f32[16] @ models/lib/nn.yaml:90:7
%7551 = assign %7521, %7527 : f32[16] @ models/lib/nn.yaml:90:7
%7552 = assign %7522, %7531 : f32[16] @ models/lib/nn.yaml:90:7
%7553 = assign %7523, %7524 : i64[] @ models/lib/nn.yaml:90:7
%7554 = mul %124, %5622 : f32[16] @ models/lib/nn.yaml:90:7
%7555 = mul %7549, %5624 : f32[16] @ models/lib/nn.yaml:90:7
%7556 = add %7554, %7555 : f32[16] @ models/lib/nn.yaml:90:7
%7557 = assign %124, %7556 : f32[16] @ models/lib/nn.yaml:90:7
%7558 = all_reduce_sum %4851 : f32[64,16] @ models/lib/nn.yaml:79:7
%7559 = reshape %7558 : f32[1024] @ models/lib/nn.yaml:79:7
%7560 = mul %7559, %7559 : f32[1024] @ models/lib/nn.yaml:79:7
%7561 = reduce_sum %7560 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7562 = sqrt %7561 : f32[] @ models/lib/nn.yaml:79:7
%7563 = cast %7562 : f64[] @ models/lib/nn.yaml:79:7
%7564 = add %7563, %5442 : f64[] @ models/lib/nn.yaml:79:7
%7565 = div %5444, %7564 : f64[] @ models/lib/nn.yaml:79:7
%7566 = lt %7565, %5446 : bool[] @ models/lib/nn.yaml:79:7
%7567 = cast %7565 : f32[] @ models/lib/nn.yaml:79:7
%7568 = broadcast %7567 : f32[64,16] @ models/lib/nn.yaml:79:7
%7569 = mul %7558, %7568 : f32[64,16] @ models/lib/nn.yaml:79:7
%7570 = broadcast %7566 : bool[64,16] @ models/lib/nn.yaml:79:7
%7571 = select %7570, %7569, %7558 : f32[64,16] @ models/lib/nn.yaml:79:7
%7572 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7573 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7574 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7575 = add %7574, %5456 : i64[] @ models/lib/nn.yaml:79:7
%7576 = mul %47, %6073 : f32[64,16] @ models/lib/nn.yaml:79:7
%7577 = mul %7571, %6075 : f32[64,16] @ models/lib/nn.yaml:79:7
%7578 = mul %7572, %6077 : f32[64,16] @ models/lib/nn.yaml:79:7
%7579 = add %7578, %7577 : f32[64,16] @ models/lib/nn.yaml:79:7
%7580 = mul %7571, %7571 : f32[64,16] @ models/lib/nn.yaml:79:7
%7581 = mul %7580, %6081 : f32[64,16] @ models/lib/nn.yaml:79:7
%7582 = mul %7573, %6083 : f32[64,16] @ models/lib/nn.yaml:79:7
%7583 = add %7582, %7581 : f32[64,16] @ models/lib/nn.yaml:79:7
%7584 = cast %7575 : f64[] @ models/lib/nn.yaml:79:7
%7585 = pow %5465, %7584 : f64[] @ models/lib/nn.yaml:79:7
%7586 = sub %5446, %7585 : f64[] @ models/lib/nn.yaml:79:7
%7587 = div %3382, %7586 : f64[] @ models/lib/nn.yaml:79:7
%7588 = pow %5473, %7584 : f64[] @ models/lib/nn.yaml:79:7
%7589 = sub %5446, %7588 : f64[] @ models/lib/nn.yaml:79:7
%7590 = sqrt %7589 : f64[] @ models/lib/nn.yaml:79:7
%7591 = div %5446, %7590 : f64[] @ models/lib/nn.yaml:79:7
%7592 = sqrt %7583 : f32[64,16] @ models/lib/nn.yaml:79:7
%7593 = cast %7591 : f32[] @ models/lib/nn.yaml:79:7
%7594 = broadcast %7593 : f32[64,16] @ models/lib/nn.yaml:79:7
%7595 = mul %7592, %7594 : f32[64,16] @ models/lib/nn.yaml:79:7
%7596 = add %7595, %6098 : f32[64,16] @ models/lib/nn.yaml:79:7
%7597 = div %7579, %7596 : f32[64,16] @ models/lib/nn.yaml:79:7
%7598 = cast %7587 : f32[] @ models/lib/nn.yaml:79:7
%7599 = broadcast %7598 : f32[64,16] @ models/lib/nn.yaml:79:7
%7600 = mul %7597, %7599 : f32[64,16] @ models/lib/nn.yaml:79:7
%7601 = sub %7576, %7600 : f32[64,16] @ models/lib/nn.yaml:79:7
%7602 = assign %47, %7601 : f32[64,16] @ models/lib/nn.yaml:79:7
%7603 = assign %7572, %7579 : f32[64,16] @ models/lib/nn.yaml:79:7
%7604 = assign %7573, %7583 : f32[64,16] @ models/lib/nn.yaml:79:7
%7605 = assign %7574, %7575 : i64[] @ models/lib/nn.yaml:79:7
%7606 = mul %125, %6109 : f32[64,16] @ models/lib/nn.yaml:79:7
%7607 = mul %7601, %6111 : f32[64,16] @ models/lib/nn.yaml:79:7
%7608 = add %7606, %7607 : f32[64,16] @ models/lib/nn.yaml:79:7
%7609 = assign %125, %7608 : f32[64,16] @ models/lib/nn.yaml:79:7
%7610 = all_reduce_sum %4846 : f32[64] @ models/lib/nn.yaml:80:7
%7611 = mul %7610, %7610 : f32[64] @ models/lib/nn.yaml:80:7
%7612 = reduce_sum %7611 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7613 = sqrt %7612 : f32[] @ models/lib/nn.yaml:80:7
%7614 = cast %7613 : f64[] @ models/lib/nn.yaml:80:7
%7615 = add %7614, %5442 : f64[] @ models/lib/nn.yaml:80:7
%7616 = div %5444, %7615 : f64[] @ models/lib/nn.yaml:80:7
%7617 = lt %7616, %5446 : bool[] @ models/lib/nn.yaml:80:7
%7618 = cast %7616 : f32[] @ models/lib/nn.yaml:80:7
%7619 = broadcast %7618 : f32[64] @ models/lib/nn.yaml:80:7
%7620 = mul %7610, %7619 : f32[64] @ models/lib/nn.yaml:80:7
%7621 = broadcast %7617 : bool[64] @ models/lib/nn.yaml:80:7
%7622 = select %7621, %7620, %7610 : f32[64] @ models/lib/nn.yaml:80:7
%7623 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7624 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7625 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7626 = add %7625, %5456 : i64[] @ models/lib/nn.yaml:80:7
%7627 = mul %7622, %6132 : f32[64] @ models/lib/nn.yaml:80:7
%7628 = mul %7623, %6134 : f32[64] @ models/lib/nn.yaml:80:7
%7629 = add %7628, %7627 : f32[64] @ models/lib/nn.yaml:80:7
%7630 = mul %7622, %7622 : f32[64] @ models/lib/nn.yaml:80:7
%7631 = mul %7630, %6138 : f32[64] @ models/lib/nn.yaml:80:7
%7632 = mul %7624, %6140 : f32[64] @ models/lib/nn.yaml:80:7
%7633 = add %7632, %7631 : f32[64] @ models/lib/nn.yaml:80:7
%7634 = cast %7626 : f64[] @ models/lib/nn.yaml:80:7
%7635 = pow %5465, %7634 : f64[] @ models/lib/nn.yaml:80:7
%7636 = sub %5446, %7635 : f64[] @ models/lib/nn.yaml:80:7
%7637 = div %3382, %7636 : f64[] @ models/lib/nn.yaml:80:7
%7638 = pow %5473, %7634 : f64[] @ models/lib/nn.yaml:80:7
%7639 = sub %5446, %7638 : f64[] @ models/lib/nn.yaml:80:7
%7640 = sqrt %7639 : f64[] @ models/lib/nn.yaml:80:7
%7641 = div %5446, %7640 : f64[] @ models/lib/nn.yaml:80:7
%7642 = sqrt %7633 : f32[64] @ models/lib/nn.yaml:80:7
%7643 = cast %7641 : f32[] @ models/lib/nn.yaml:80:7
%7644 = broadcast %7643 : f32[64] @ models/lib/nn.yaml:80:7
%7645 = mul %7642, %7644 : f32[64] @ models/lib/nn.yaml:80:7
%7646 = add %7645, %6155 : f32[64] @ models/lib/nn.yaml:80:7
%7647 = div %7629, %7646 : f32[64] @ models/lib/nn.yaml:80:7
%7648 = cast %7637 : f32[] @ models/lib/nn.yaml:80:7
%7649 = broadcast %7648 : f32[64] @ models/lib/nn.yaml:80:7
%7650 = mul %7647, %7649 : f32[64] @ models/lib/nn.yaml:80:7
%7651 = sub %48, %7650 : f32[64] @ models/lib/nn.yaml:80:7
%7652 = assign %48, %7651 : f32[64] @ models/lib/nn.yaml:80:7
%7653 = assign %7623, %7629 : f32[64] @ models/lib/nn.yaml:80:7
%7654 = assign %7624, %7633 : f32[64] @ models/lib/nn.yaml:80:7
%7655 = assign %7625, %7626 : i64[] @ models/lib/nn.yaml:80:7
%7656 = mul %126, %6166 : f32[64] @ models/lib/nn.yaml:80:7
%7657 = mul %7651, %6168 : f32[64] @ models/lib/nn.yaml:80:7
%7658 = add %7656, %7657 : f32[64] @ models/lib/nn.yaml:80:7
%7659 = assign %126, %7658 : f32[64] @ models/lib/nn.yaml:80:7
%7660 = all_reduce_sum %4830 : f32[16,64] @ models/lib/nn.yaml:79:7
%7661 = reshape %7660 : f32[1024] @ models/lib/nn.yaml:79:7
%7662 = mul %7661, %7661 : f32[1024] @ models/lib/nn.yaml:79:7
%7663 = reduce_sum %7662 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7664 = sqrt %7663 : f32[] @ models/lib/nn.yaml:79:7
%7665 = cast %7664 : f64[] @ models/lib/nn.yaml:79:7
%7666 = add %7665, %5442 : f64[] @ models/lib/nn.yaml:79:7
%7667 = div %5444, %7666 : f64[] @ models/lib/nn.yaml:79:7
%7668 = lt %7667, %5446 : bool[] @ models/lib/nn.yaml:79:7
%7669 = cast %7667 : f32[] @ models/lib/nn.yaml:79:7
%7670 = broadcast %7669 : f32[16,64] @ models/lib/nn.yaml:79:7
%7671 = mul %7660, %7670 : f32[16,64] @ models/lib/nn.yaml:79:7
%7672 = broadcast %7668 : bool[16,64] @ models/lib/nn.yaml:79:7
%7673 = select %7672, %7671, %7660 : f32[16,64] @ models/lib/nn.yaml:79:7
%7674 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7675 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7676 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7677 = add %7676, %5456 : i64[] @ models/lib/nn.yaml:79:7
%7678 = mul %49, %6190 : f32[16,64] @ models/lib/nn.yaml:79:7
%7679 = mul %7673, %6192 : f32[16,64] @ models/lib/nn.yaml:79:7
%7680 = mul %7674, %6194 : f32[16,64] @ models/lib/nn.yaml:79:7
%7681 = add %7680, %7679 : f32[16,64] @ models/lib/nn.yaml:79:7
%7682 = mul %7673, %7673 : f32[16,64] @ models/lib/nn.yaml:79:7
%7683 = mul %7682, %6198 : f32[16,64] @ models/lib/nn.yaml:79:7
%7684 = mul %7675, %6200 : f32[16,64] @ models/lib/nn.yaml:79:7
%7685 = add %7684, %7683 : f32[16,64] @ models/lib/nn.yaml:79:7
%7686 = cast %7677 : f64[] @ models/lib/nn.yaml:79:7
%7687 = pow %5465, %7686 : f64[] @ models/lib/nn.yaml:79:7
%7688 = sub %5446, %7687 : f64[] @ models/lib/nn.yaml:79:7
%7689 = div %3382, %7688 : f64[] @ models/lib/nn.yaml:79:7
%7690 = pow %5473, %7686 : f64[] @ models/lib/nn.yaml:79:7
%7691 = sub %5446, %7690 : f64[] @ models/lib/nn.yaml:79:7
%7692 = sqrt %7691 : f64[] @ models/lib/nn.yaml:79:7
%7693 = div %5446, %7692 : f64[] @ models/lib/nn.yaml:79:7
%7694 = sqrt %7685 : f32[16,64] @ models/lib/nn.yaml:79:7
%7695 = cast %7693 : f32[] @ models/lib/nn.yaml:79:7
%7696 = broadcast %7695 : f32[16,64] @ models/lib/nn.yaml:79:7
%7697 = mul %7694, %7696 : f32[16,64] @ models/lib/nn.yaml:79:7
%7698 = add %7697, %6215 : f32[16,64] @ models/lib/nn.yaml:79:7
%7699 = div %7681, %7698 : f32[16,64] @ models/lib/nn.yaml:79:7
%7700 = cast %7689 : f32[] @ models/lib/nn.yaml:79:7
%7701 = broadcast %7700 : f32[16,64] @ models/lib/nn.yaml:79:7
%7702 = mul %7699, %7701 : f32[16,64] @ models/lib/nn.yaml:79:7
%7703 = sub %7678, %7702 : f32[16,64] @ models/lib/nn.yaml:79:7
%7704 = assign %49, %7703 : f32[16,64] @ models/lib/nn.yaml:79:7
%7705 = assign %7674, %7681 : f32[16,64] @ models/lib/nn.yaml:79:7
%7706 = assign %7675, %7685 : f32[16,64] @ models/lib/nn.yaml:79:7
%7707 = assign %7676, %7677 : i64[] @ models/lib/nn.yaml:79:7
%7708 = mul %127, %6226 : f32[16,64] @ models/lib/nn.yaml:79:7
%7709 = mul %7703, %6228 : f32[16,64] @ models/lib/nn.yaml:79:7
%7710 = add %7708, %7709 : f32[16,64] @ models/lib/nn.yaml:79:7
%7711 = assign %127, %7710 : f32[16,64] @ models/lib/nn.yaml:79:7
%7712 = all_reduce_sum %4825 : f32[16] @ models/lib/nn.yaml:80:7
%7713 = mul %7712, %7712 : f32[16] @ models/lib/nn.yaml:80:7
%7714 = reduce_sum %7713 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7715 = sqrt %7714 : f32[] @ models/lib/nn.yaml:80:7
%7716 = cast %7715 : f64[] @ models/lib/nn.yaml:80:7
%7717 = add %7716, %5442 : f64[] @ models/lib/nn.yaml:80:7
%7718 = div %5444, %7717 : f64[] @ models/lib/nn.yaml:80:7
%7719 = lt %7718, %5446 : bool[] @ models/lib/nn.yaml:80:7
%7720 = cast %7718 : f32[] @ models/lib/nn.yaml:80:7
%7721 = broadcast %7720 : f32[16] @ models/lib/nn.yaml:80:7
%7722 = mul %7712, %7721 : f32[16] @ models/lib/nn.yaml:80:7
%7723 = broadcast %7719 : bool[16] @ models/lib/nn.yaml:80:7
%7724 = select %7723, %7722, %7712 : f32[16] @ models/lib/nn.yaml:80:7
%7725 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7726 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7727 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7728 = add %7727, %5456 : i64[] @ models/lib/nn.yaml:80:7
%7729 = mul %7724, %5588 : f32[16] @ models/lib/nn.yaml:80:7
%7730 = mul %7725, %5590 : f32[16] @ models/lib/nn.yaml:80:7
%7731 = add %7730, %7729 : f32[16] @ models/lib/nn.yaml:80:7
%7732 = mul %7724, %7724 : f32[16] @ models/lib/nn.yaml:80:7
%7733 = mul %7732, %5594 : f32[16] @ models/lib/nn.yaml:80:7
%7734 = mul %7726, %5596 : f32[16] @ models/lib/nn.yaml:80:7
%7735 = add %7734, %7733 : f32[16] @ models/lib/nn.yaml:80:7
%7736 = cast %7728 : f64[] @ models/lib/nn.yaml:80:7
%7737 = pow %5465, %7736 : f64[] @ models/lib/nn.yaml:80:7
%7738 = sub %5446, %7737 : f64[] @ models/lib/nn.yaml:80:7
%7739 = div %3382, %7738 : f64[] @ models/lib/nn.yaml:80:7
%7740 = pow %5473, %7736 : f64[] @ models/lib/nn.yaml:80:7
%7741 = sub %5446, %7740 : f64[] @ models/lib/nn.yaml:80:7
%7742 = sqrt %7741 : f64[] @ models/lib/nn.yaml:80:7
%7743 = div %5446, %7742 : f64[] @ models/lib/nn.yaml:80:7
%7744 = sqrt %7735 : f32[16] @ models/lib/nn.yaml:80:7
%7745 = cast %7743 : f32[] @ models/lib/nn.yaml:80:7
%7746 = broadcast %7745 : f32[16] @ models/lib/nn.yaml:80:7
%7747 = mul %7744, %7746 : f32[16] @ models/lib/nn.yaml:80:7
%7748 = add %7747, %5611 : f32[16] @ models/lib/nn.yaml:80:7
%7749 = div %7731, %7748 : f32[16] @ models/lib/nn.yaml:80:7
%7750 = cast %7739 : f32[] @ models/lib/nn.yaml:80:7
%7751 = broadcast %7750 : f32[16] @ models/lib/nn.yaml:80:7
%7752 = mul %7749, %7751 : f32[16] @ models/lib/nn.yaml:80:7
%7753 = sub %50, %7752 : f32[16] @ models/lib/nn.yaml:80:7
%7754 = assign %50, %7753 : f32[16] @ models/lib/nn.yaml:80:7
%7755 = assign %7725, %7731 : f32[16] @ models/lib/nn.yaml:80:7
%7756 = assign %7726, %7735 : f32[16] @ models/lib/nn.yaml:80:7
%7757 = assign %7727, %7728 : i64[] @ models/lib/nn.yaml:80:7
%7758 = mul %128, %5622 : f32[16] @ models/lib/nn.yaml:80:7
%7759 = mul %7753, %5624 : f32[16] @ models/lib/nn.yaml:80:7
%7760 = add %7758, %7759 : f32[16] @ models/lib/nn.yaml:80:7
%7761 = assign %128, %7760 : f32[16] @ models/lib/nn.yaml:80:7
%7762 = all_reduce_sum %4801 : f32[16] @ models/lib/nn.yaml:89:7
%7763 = mul %7762, %7762 : f32[16] @ models/lib/nn.yaml:89:7
%7764 = reduce_sum %7763 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7765 = sqrt %7764 : f32[] @ models/lib/nn.yaml:89:7
%7766 = cast %7765 : f64[] @ models/lib/nn.yaml:89:7
%7767 = add %7766, %5442 : f64[] @ models/lib/nn.yaml:89:7
%7768 = div %5444, %7767 : f64[] @ models/lib/nn.yaml:89:7
%7769 = lt %7768, %5446 : bool[] @ models/lib/nn.yaml:89:7
%7770 = cast %7768 : f32[] @ models/lib/nn.yaml:89:7
%7771 = broadcast %7770 : f32[16] @ models/lib/nn.yaml:89:7
%7772 = mul %7762, %7771 : f32[16] @ models/lib/nn.yaml:89:7
%7773 = broadcast %7769 : bool[16] @ models/lib/nn.yaml:89:7
%7774 = select %7773, %7772, %7762 : f32[16] @ models/lib/nn.yaml:89:7
%7775 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7776 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7777 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7778 = add %7777, %5456 : i64[] @ models/lib/nn.yaml:89:7
%7779 = mul %7774, %5588 : f32[16] @ models/lib/nn.yaml:89:7
%7780 = mul %7775, %5590 : f32[16] @ models/lib/nn.yaml:89:7
%7781 = add %7780, %7779 : f32[16] @ models/lib/nn.yaml:89:7
%7782 = mul %7774, %7774 : f32[16] @ models/lib/nn.yaml:89:7
%7783 = mul %7782, %5594 : f32[16] @ models/lib/nn.yaml:89:7
%7784 = mul %7776, %5596 : f32[16] @ models/lib/nn.yaml:89:7
%7785 = add %7784, %7783 : f32[16] @ models/lib/nn.yaml:89:7
%7786 = cast %7778 : f64[] @ models/lib/nn.yaml:89:7
%7787 = pow %5465, %7786 : f64[] @ models/lib/nn.yaml:89:7
%7788 = sub %5446, %7787 : f64[] @ models/lib/nn.yaml:89:7
%7789 = div %3382, %7788 : f64[] @ models/lib/nn.yaml:89:7
%7790 = pow %5473, %7786 : f64[] @ models/lib/nn.yaml:89:7
%7791 = sub %5446, %7790 : f64[] @ models/lib/nn.yaml:89:7
%7792 = sqrt %7791 : f64[] @ models/lib/nn.yaml:89:7
%7793 = div %5446, %7792 : f64[] @ models/lib/nn.yaml:89:7
%7794 = sqrt %7785 : f32[16] @ models/lib/nn.yaml:89:7
%7795 = cast %7793 : f32[] @ models/lib/nn.yaml:89:7
%7796 = broadcast %7795 : f32[16] @ models/lib/nn.yaml:89:7
%7797 = mul %7794, %7796 : f32[16] @ models/lib/nn.yaml:89:7
%7798 = add %7797, %5611 : f32[16] @ models/lib/nn.yaml:89:7
%7799 = div %7781, %7798 : f32[16] @ models/lib/nn.yaml:89:7
%7800 = cast %7789 : f32[] @ models/lib/nn.yaml:89:7
%7801 = broadcast %7800 : f32[16] @ models/lib/nn.yaml:89:7
%7802 = mul %7799, %7801 : f32[16] @ models/lib/nn.yaml:89:7
%7803 = sub %51, %7802 : f32[16] @ models/lib/nn.yaml:89:7
%7804 = assign %51, %7803 : f32[16] @ models/lib/nn.yaml:89:7
%7805 = assign %7775, %7781 : f32[16] @ models/lib/nn.yaml:89:7
%7806 = assign %7776, %7785 : f32[16] @ models/lib/nn.yaml:89:7
%7807 = assign %7777, %7778 : i64[] @ models/lib/nn.yaml:89:7
%7808 = mul %129, %5622 : f32[16] @ models/lib/nn.yaml:89:7
%7809 = mul %7803, %5624 : f32[16] @ models/lib/nn.yaml:89:7
%7810 = add %7808, %7809 : f32[16] @ models/lib/nn.yaml:89:7
%7811 = assign %129, %7810 : f32[16] @ models/lib/nn.yaml:89:7
%7812 = all_reduce_sum %4794 : f32[16] @ models/lib/nn.yaml:90:7
%7813 = mul %7812, %7812 : f32[16] @ models/lib/nn.yaml:90:7
%7814 = reduce_sum %7813 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7815 = sqrt %7814 : f32[] @ models/lib/nn.yaml:90:7
%7816 = cast %7815 : f64[] @ models/lib/nn.yaml:90:7
%7817 = add %7816, %5442 : f64[] @ models/lib/nn.yaml:90:7
%7818 = div %5444, %7817 : f64[] @ models/lib/nn.yaml:90:7
%7819 = lt %7818, %5446 : bool[] @ models/lib/nn.yaml:90:7
%7820 = cast %7818 : f32[] @ models/lib/nn.yaml:90:7
%7821 = broadcast %7820 : f32[16] @ models/lib/nn.yaml:90:7
%7822 = mul %7812, %7821 : f32[16] @ models/lib/nn.yaml:90:7
%7823 = broadcast %7819 : bool[16] @ models/lib/nn.yaml:90:7
%7824 = select %7823, %7822, %7812 : f32[16] @ models/lib/nn.yaml:90:7
%7825 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7826 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7827 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7828 = add %7827, %5456 : i64[] @ models/lib/nn.yaml:90:7
%7829 = mul %7824, %5588 : f32[16] @ models/lib/nn.yaml:90:7
%7830 = mul %7825, %5590 : f32[16] @ models/lib/nn.yaml:90:7
%7831 = add %7830, %7829 : f32[16] @ models/lib/nn.yaml:90:7
%7832 = mul %7824, %7824 : f32[16] @ models/lib/nn.yaml:90:7
%7833 = mul %7832, %5594 : f32[16] @ models/lib/nn.yaml:90:7
%7834 = mul %7826, %5596 : f32[16] @ models/lib/nn.yaml:90:7
%7835 = add %7834, %7833 : f32[16] @ models/lib/nn.yaml:90:7
%7836 = cast %7828 : f64[] @ models/lib/nn.yaml:90:7
%7837 = pow %5465, %7836 : f64[] @ models/lib/nn.yaml:90:7
%7838 = sub %5446, %7837 : f64[] @ models/lib/nn.yaml:90:7
%7839 = div %3382, %7838 : f64[] @ models/lib/nn.yaml:90:7
%7840 = pow %5473, %7836 : f64[] @ models/lib/nn.yaml:90:7
%7841 = sub %5446, %7840 : f64[] @ models/lib/nn.yaml:90:7
%7842 = sqrt %7841 : f64[] @ models/lib/nn.yaml:90:7
%7843 = div %5446, %7842 : f64[] @ models/lib/nn.yaml:90:7
%7844 = sqrt %7835 : f32[16] @ models/lib/nn.yaml:90:7
%7845 = cast %7843 : f32[] @ models/lib/nn.yaml:90:7
%7846 = broadcast %7845 : f32[16] @ models/lib/nn.yaml:90:7
%7847 = mul %7844, %7846 : f32[16] @ models/lib/nn.yaml:90:7
%7848 = add %7847, %5611 : f32[16] @ models/lib/nn.yaml:90:7
%7849 = div %7831, %7848 : f32[16] @ models/lib/nn.yaml:90:7
%7850 = cast %7839 : f32[] @ models/lib/nn.yaml:90:7
%7851 = broadcast %7850 : f32[16] @ models/lib/nn.yaml:90:7
%7852 = mul %7849, %7851 : f32[16] @ models/lib/nn.yaml:90:7
%7853 = sub %52, %7852 : f32[16] @ models/lib/nn.yaml:90:7
%7854 = assign %52, %7853 : f32[16] @ models/lib/nn.yaml:90:7
%7855 = assign %7825, %7831 : f32[16] @ models/lib/nn.yaml:90:7
%7856 = assign %7826, %7835 : f32[16] @ models/lib/nn.yaml:90:7
%7857 = assign %7827, %7828 : i64[] @ models/lib/nn.yaml:90:7
%7858 = mul %130, %5622 : f32[16] @ models/lib/nn.yaml:90:7
%7859 = mul %7853, %5624 : f32[16] @ models/lib/nn.yaml:90:7
%7860 = add %7858, %7859 : f32[16] @ models/lib/nn.yaml:90:7
%7861 = assign %130, %7860 : f32[16] @ models/lib/nn.yaml:90:7
%7862 = all_reduce_sum %4787 : f32[16,16] @ models/lib/nn.yaml:79:7
%7863 = reshape %7862 : f32[256] @ models/lib/nn.yaml:79:7
%7864 = mul %7863, %7863 : f32[256] @ models/lib/nn.yaml:79:7
%7865 = reduce_sum %7864 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7866 = sqrt %7865 : f32[] @ models/lib/nn.yaml:79:7
%7867 = cast %7866 : f64[] @ models/lib/nn.yaml:79:7
%7868 = add %7867, %5442 : f64[] @ models/lib/nn.yaml:79:7
%7869 = div %5444, %7868 : f64[] @ models/lib/nn.yaml:79:7
%7870 = lt %7869, %5446 : bool[] @ models/lib/nn.yaml:79:7
%7871 = cast %7869 : f32[] @ models/lib/nn.yaml:79:7
%7872 = broadcast %7871 : f32[16,16] @ models/lib/nn.yaml:79:7
%7873 = mul %7862, %7872 : f32[16,16] @ models/lib/nn.yaml:79:7
%7874 = broadcast %7870 : bool[16,16] @ models/lib/nn.yaml:79:7
%7875 = select %7874, %7873, %7862 : f32[16,16] @ models/lib/nn.yaml:79:7
%7876 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7877 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7878 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7879 = add %7878, %5456 : i64[] @ models/lib/nn.yaml:79:7
%7880 = mul %53, %5863 : f32[16,16] @ models/lib/nn.yaml:79:7
%7881 = mul %7875, %5865 : f32[16,16] @ models/lib/nn.yaml:79:7
%7882 = mul %7876, %5867 : f32[16,16] @ models/lib/nn.yaml:79:7
%7883 = add %7882, %7881 : f32[16,16] @ models/lib/nn.yaml:79:7
%7884 = mul %7875, %7875 : f32[16,16] @ models/lib/nn.yaml:79:7
%7885 = mul %7884, %5871 : f32[16,16] @ models/lib/nn.yaml:79:7
%7886 = mul %7877, %5873 : f32[16,16] @ models/lib/nn.yaml:79:7
%7887 = add %7886, %7885 : f32[16,16] @ models/lib/nn.yaml:79:7
%7888 = cast %7879 : f64[] @ models/lib/nn.yaml:79:7
%7889 = pow %5465, %7888 : f64[] @ models/lib/nn.yaml:79:7
%7890 = sub %5446, %7889 : f64[] @ models/lib/nn.yaml:79:7
%7891 = div %3382, %7890 : f64[] @ models/lib/nn.yaml:79:7
%7892 = pow %5473, %7888 : f64[] @ models/lib/nn.yaml:79:7
%7893 = sub %5446, %7892 : f64[] @ models/lib/nn.yaml:79:7
%7894 = sqrt %7893 : f64[] @ models/lib/nn.yaml:79:7
%7895 = div %5446, %7894 : f64[] @ models/lib/nn.yaml:79:7
%7896 = sqrt %7887 : f32[16,16] @ models/lib/nn.yaml:79:7
%7897 = cast %7895 : f32[] @ models/lib/nn.yaml:79:7
%7898 = broadcast %7897 : f32[16,16] @ models/lib/nn.yaml:79:7
%7899 = mul %7896, %7898 : f32[16,16] @ models/lib/nn.yaml:79:7
%7900 = add %7899, %5888 : f32[16,16] @ models/lib/nn.yaml:79:7
%7901 = div %7883, %7900 : f32[16,16] @ models/lib/nn.yaml:79:7
%7902 = cast %7891 : f32[] @ models/lib/nn.yaml:79:7
%7903 = broadcast %7902 : f32[16,16] @ models/lib/nn.yaml:79:7
%7904 = mul %7901, %7903 : f32[16,16] @ models/lib/nn.yaml:79:7
%7905 = sub %7880, %7904 : f32[16,16] @ models/lib/nn.yaml:79:7
%7906 = assign %53, %7905 : f32[16,16] @ models/lib/nn.yaml:79:7
%7907 = assign %7876, %7883 : f32[16,16] @ models/lib/nn.yaml:79:7
%7908 = assign %7877, %7887 : f32[16,16] @ models/lib/nn.yaml:79:7
%7909 = assign %7878, %7879 : i64[] @ models/lib/nn.yaml:79:7
%7910 = mul %131, %5899 : f32[16,16] @ models/lib/nn.yaml:79:7
%7911 = mul %7905, %5901 : f32[16,16] @ models/lib/nn.yaml:79:7
%7912 = add %7910, %7911 : f32[16,16] @ models/lib/nn.yaml:79:7
%7913 = assign %131, %7912 : f32[16,16] @ models/lib/nn.yaml:79:7
%7914 = all_reduce_sum %4782 : f32[16] @ models/lib/nn.yaml:80:7
%7915 = mul %7914, %7914 : f32[16] @ models/lib/nn.yaml:80:7
%7916 = reduce_sum %7915 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7917 = sqrt %7916 : f32[] @ models/lib/nn.yaml:80:7
%7918 = cast %7917 : f64[] @ models/lib/nn.yaml:80:7
%7919 = add %7918, %5442 : f64[] @ models/lib/nn.yaml:80:7
%7920 = div %5444, %7919 : f64[] @ models/lib/nn.yaml:80:7
%7921 = lt %7920, %5446 : bool[] @ models/lib/nn.yaml:80:7
%7922 = cast %7920 : f32[] @ models/lib/nn.yaml:80:7
%7923 = broadcast %7922 : f32[16] @ models/lib/nn.yaml:80:7
%7924 = mul %7914, %7923 : f32[16] @ models/lib/nn.yaml:80:7
%7925 = broadcast %7921 : bool[16] @ models/lib/nn.yaml:80:7
%7926 = select %7925, %7924, %7914 : f32[16] @ models/lib/nn.yaml:80:7
%7927 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7928 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7929 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7930 = add %7929, %5456 : i64[] @ models/lib/nn.yaml:80:7
%7931 = mul %7926, %5588 : f32[16] @ models/lib/nn.yaml:80:7
%7932 = mul %7927, %5590 : f32[16] @ models/lib/nn.yaml:80:7
%7933 = add %7932, %7931 : f32[16] @ models/lib/nn.yaml:80:7
%7934 = mul %7926, %7926 : f32[16] @ models/lib/nn.yaml:80:7
%7935 = mul %7934, %5594 : f32[16] @ models/lib/nn.yaml:80:7
%7936 = mul %7928, %5596 : f32[16] @ models/lib/nn.yaml:80:7
%7937 = add %7936, %7935 : f32[16] @ models/lib/nn.yaml:80:7
%7938 = cast %7930 : f64[] @ models/lib/nn.yaml:80:7
%7939 = pow %5465, %7938 : f64[] @ models/lib/nn.yaml:80:7
%7940 = sub %5446, %7939 : f64[] @ models/lib/nn.yaml:80:7
%7941 = div %3382, %7940 : f64[] @ models/lib/nn.yaml:80:7
%7942 = pow %5473, %7938 : f64[] @ models/lib/nn.yaml:80:7
%7943 = sub %5446, %7942 : f64[] @ models/lib/nn.yaml:80:7
%7944 = sqrt %7943 : f64[] @ models/lib/nn.yaml:80:7
%7945 = div %5446, %7944 : f64[] @ models/lib/nn.yaml:80:7
%7946 = sqrt %7937 : f32[16] @ models/lib/nn.yaml:80:7
%7947 = cast %7945 : f32[] @ models/lib/nn.yaml:80:7
%7948 = broadcast %7947 : f32[16] @ models/lib/nn.yaml:80:7
%7949 = mul %7946, %7948 : f32[16] @ models/lib/nn.yaml:80:7
%7950 = add %7949, %5611 : f32[16] @ models/lib/nn.yaml:80:7
%7951 = div %7933, %7950 : f32[16] @ models/lib/nn.yaml:80:7
%7952 = cast %7941 : f32[] @ models/lib/nn.yaml:80:7
%7953 = broadcast %7952 : f32[16] @ models/lib/nn.yaml:80:7
%7954 = mul %7951, %7953 : f32[16] @ models/lib/nn.yaml:80:7
%7955 = sub %54, %7954 : f32[16] @ models/lib/nn.yaml:80:7
%7956 = assign %54, %7955 : f32[16] @ models/lib/nn.yaml:80:7
%7957 = assign %7927, %7933 : f32[16] @ models/lib/nn.yaml:80:7
%7958 = assign %7928, %7937 : f32[16] @ models/lib/nn.yaml:80:7
%7959 = assign %7929, %7930 : i64[] @ models/lib/nn.yaml:80:7
%7960 = mul %132, %5622 : f32[16] @ models/lib/nn.yaml:80:7
%7961 = mul %7955, %5624 : f32[16] @ models/lib/nn.yaml:80:7
%7962 = add %7960, %7961 : f32[16] @ models/lib/nn.yaml:80:7
%7963 = assign %132, %7962 : f32[16] @ models/lib/nn.yaml:80:7
%7964 = all_reduce_sum %4777 : f32[16,16] @ models/lib/nn.yaml:79:7
%7965 = reshape %7964 : f32[256] @ models/lib/nn.yaml:79:7
%7966 = mul %7965, %7965 : f32[256] @ models/lib/nn.yaml:79:7
%7967 = reduce_sum %7966 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7968 = sqrt %7967 : f32[] @ models/lib/nn.yaml:79:7
%7969 = cast %7968 : f64[] @ models/lib/nn.yaml:79:7
%7970 = add %7969, %5442 : f64[] @ models/lib/nn.yaml:79:7
%7971 = div %5444, %7970 : f64[] @ models/lib/nn.yaml:79:7
%7972 = lt %7971, %5446 : bool[] @ models/lib/nn.yaml:79:7
%7973 = cast %7971 : f32[] @ models/lib/nn.yaml:79:7
%7974 = broadcast %7973 : f32[16,16] @ models/lib/nn.yaml:79:7
%7975 = mul %7964, %7974 : f32[16,16] @ models/lib/nn.yaml:79:7
%7976 = broadcast %7972 : bool[16,16] @ models/lib/nn.yaml:79:7
%7977 = select %7976, %7975, %7964 : f32[16,16] @ models/lib/nn.yaml:79:7
%7978 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7979 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7980 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7981 = add %7980, %5456 : i64[] @ models/lib/nn.yaml:79:7
%7982 = mul %55, %5863 : f32[16,16] @ models/lib/nn.yaml:79:7
%7983 = mul %7977, %5865 : f32[16,16] @ models/lib/nn.yaml:79:7
%7984 = mul %7978, %5867 : f32[16,16] @ models/lib/nn.yaml:79:7
%7985 = add %7984, %7983 : f32[16,16] @ models/lib/nn.yaml:79:7
%7986 = mul %7977, %7977 : f32[16,16] @ models/lib/nn.yaml:79:7
%7987 = mul %7986, %5871 : f32[16,16] @ models/lib/nn.yaml:79:7
%7988 = mul %7979, %5873 : f32[16,16] @ models/lib/nn.yaml:79:7
%7989 = add %7988, %7987 : f32[16,16] @ models/lib/nn.yaml:79:7
%7990 = cast %7981 : f64[] @ models/lib/nn.yaml:79:7
%7991 = pow %5465, %7990 : f64[] @ models/lib/nn.yaml:79:7
%7992 = sub %5446, %7991 : f64[] @ models/lib/nn.yaml:79:7
%7993 = div %3382, %7992 : f64[] @ models/lib/nn.yaml:79:7
%7994 = pow %5473, %7990 : f64[] @ models/lib/nn.yaml:79:7
%7995 = sub %5446, %7994 : f64[] @ models/lib/nn.yaml:79:7
%7996 = sqrt %7995 : f64[] @ models/lib/nn.yaml:79:7
%7997 = div %5446, %7996 : f64[] @ models/lib/nn.yaml:79:7
%7998 = sqrt %7989 : f32[16,16] @ models/lib/nn.yaml:79:7
%7999 = cast %7997 : f32[] @ models/lib/nn.yaml:79:7
%8000 = broadcast %7999 : f32[16,16] @ models/lib/nn.yaml:79:7
%8001 = mul %7998, %8000 : f32[16,16] @ models/lib/nn.yaml:79:7
%8002 = add %8001, %5888 : f32[16,16] @ models/lib/nn.yaml:79:7
%8003 = div %7985, %8002 : f32[16,16] @ models/lib/nn.yaml:79:7
%8004 = cast %7993 : f32[] @ models/lib/nn.yaml:79:7
%8005 = broadcast %8004 : f32[16,16] @ models/lib/nn.yaml:79:7
%8006 = mul %8003, %8005 : f32[16,16] @ models/lib/nn.yaml:79:7
%8007 = sub %7982, %8006 : f32[16,16] @ models/lib/nn.yaml:79:7
%8008 = assign %55, %8007 : f32[16,16] @ models/lib/nn.yaml:79:7
%8009 = assign %7978, %7985 : f32[16,16] @ models/lib/nn.yaml:79:7
%8010 = assign %7979, %7989 : f32[16,16] @ models/lib/nn.yaml:79:7
%8011 = assign %7980, %7981 : i64[] @ models/lib/nn.yaml:79:7
%8012 = mul %133, %5899 : f32[16,16] @ models/lib/nn.yaml:79:7
%8013 = mul %8007, %5901 : f32[16,16] @ models/lib/nn.yaml:79:7
%8014 = add %8012, %8013 : f32[16,16] @ models/lib/nn.yaml:79:7
%8015 = assign %133, %8014 : f32[16,16] @ models/lib/nn.yaml:79:7
%8016 = all_reduce_sum %4772 : f32[16] @ models/lib/nn.yaml:80:7
%8017 = mul %8016, %8016 : f32[16] @ models/lib/nn.yaml:80:7
%8018 = reduce_sum %8017 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8019 = sqrt %8018 : f32[] @ models/lib/nn.yaml:80:7
%8020 = cast %8019 : f64[] @ models/lib/nn.yaml:80:7
%8021 = add %8020, %5442 : f64[] @ models/lib/nn.yaml:80:7
%8022 = div %5444, %8021 : f64[] @ models/lib/nn.yaml:80:7
%8023 = lt %8022, %5446 : bool[] @ models/lib/nn.yaml:80:7
%8024 = cast %8022 : f32[] @ models/lib/nn.yaml:80:7
%8025 = broadcast %8024 : f32[16] @ models/lib/nn.yaml:80:7
%8026 = mul %8016, %8025 : f32[16] @ models/lib/nn.yaml:80:7
%8027 = broadcast %8023 : bool[16] @ models/lib/nn.yaml:80:7
%8028 = select %8027, %8026, %8016 : f32[16] @ models/lib/nn.yaml:80:7
%8029 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8030 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8031 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8032 = add %8031, %5456 : i64[] @ models/lib/nn.yaml:80:7
%8033 = mul %8028, %5588 : f32[16] @ models/lib/nn.yaml:80:7
%8034 = mul %8029, %5590 : f32[16] @ models/lib/nn.yaml:80:7
%8035 = add %8034, %8033 : f32[16] @ models/lib/nn.yaml:80:7
%8036 = mul %8028, %8028 : f32[16] @ models/lib/nn.yaml:80:7
%8037 = mul %8036, %5594 : f32[16] @ models/lib/nn.yaml:80:7
%8038 = mul %8030, %5596 : f32[16] @ models/lib/nn.yaml:80:7
%8039 = add %8038, %8037 : f32[16] @ models/lib/nn.yaml:80:7
%8040 = cast %8032 : f64[] @ models/lib/nn.yaml:80:7
%8041 = pow %5465, %8040 : f64[] @ models/lib/nn.yaml:80:7
%8042 = sub %5446, %8041 : f64[] @ models/lib/nn.yaml:80:7
%8043 = div %3382, %8042 : f64[] @ models/lib/nn.yaml:80:7
%8044 = pow %5473, %8040 : f64[] @ models/lib/nn.yaml:80:7
%8045 = sub %5446, %8044 : f64[] @ models/lib/nn.yaml:80:7
%8046 = sqrt %8045 : f64[] @ models/lib/nn.yaml:80:7
%8047 = div %5446, %8046 : f64[] @ models/lib/nn.yaml:80:7
%8048 = sqrt %8039 : f32[16] @ models/lib/nn.yaml:80:7
%8049 = cast %8047 : f32[] @ models/lib/nn.yaml:80:7
%8050 = broadcast %8049 : f32[16] @ models/lib/nn.yaml:80:7
%8051 = mul %8048, %8050 : f32[16] @ models/lib/nn.yaml:80:7
%8052 = add %8051, %5611 : f32[16] @ models/lib/nn.yaml:80:7
%8053 = div %8035, %8052 : f32[16] @ models/lib/nn.yaml:80:7
%8054 = cast %8043 : f32[] @ models/lib/nn.yaml:80:7
%8055 = broadcast %8054 : f32[16] @ models/lib/nn.yaml:80:7
%8056 = mul %8053, %8055 : f32[16] @ models/lib/nn.yaml:80:7
%8057 = sub %56, %8056 : f32[16] @ models/lib/nn.yaml:80:7
%8058 = assign %56, %8057 : f32[16] @ models/lib/nn.yaml:80:7
%8059 = assign %8029, %8035 : f32[16] @ models/lib/nn.yaml:80:7
%8060 = assign %8030, %8039 : f32[16] @ models/lib/nn.yaml:80:7
%8061 = assign %8031, %8032 : i64[] @ models/lib/nn.yaml:80:7
%8062 = mul %134, %5622 : f32[16] @ models/lib/nn.yaml:80:7
%8063 = mul %8057, %5624 : f32[16] @ models/lib/nn.yaml:80:7
%8064 = add %8062, %8063 : f32[16] @ models/lib/nn.yaml:80:7
%8065 = assign %134, %8064 : f32[16] @ models/lib/nn.yaml:80:7
%8066 = all_reduce_sum %4765 : f32[16,16] @ models/lib/nn.yaml:79:7
%8067 = reshape %8066 : f32[256] @ models/lib/nn.yaml:79:7
%8068 = mul %8067, %8067 : f32[256] @ models/lib/nn.yaml:79:7
%8069 = reduce_sum %8068 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8070 = sqrt %8069 : f32[] @ models/lib/nn.yaml:79:7
%8071 = cast %8070 : f64[] @ models/lib/nn.yaml:79:7
%8072 = add %8071, %5442 : f64[] @ models/lib/nn.yaml:79:7
%8073 = div %5444, %8072 : f64[] @ models/lib/nn.yaml:79:7
%8074 = lt %8073, %5446 : bool[] @ models/lib/nn.yaml:79:7
%8075 = cast %8073 : f32[] @ models/lib/nn.yaml:79:7
%8076 = broadcast %8075 : f32[16,16] @ models/lib/nn.yaml:79:7
%8077 = mul %8066, %8076 : f32[16,16] @ models/lib/nn.yaml:79:7
%8078 = broadcast %8074 : bool[16,16] @ models/lib/nn.yaml:79:7
%8079 = select %8078, %8077, %8066 : f32[16,16] @ models/lib/nn.yaml:79:7
%8080 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8081 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8082 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8083 = add %8082, %5456 : i64[] @ models/lib/nn.yaml:79:7
%8084 = mul %57, %5863 : f32[16,16] @ models/lib/nn.yaml:79:7
%8085 = mul %8079, %5865 : f32[16,16] @ models/lib/nn.yaml:79:7
%8086 = mul %8080, %5867 : f32[16,16] @ models/lib/nn.yaml:79:7
%8087 = add %8086, %8085 : f32[16,16] @ models/lib/nn.yaml:79:7
%8088 = mul %8079, %8079 : f32[16,16] @ models/lib/nn.yaml:79:7
%8089 = mul %8088, %5871 : f32[16,16] @ models/lib/nn.yaml:79:7
%8090 = mul %8081, %5873 : f32[16,16] @ models/lib/nn.yaml:79:7
%8091 = add %8090, %8089 : f32[16,16] @ models/lib/nn.yaml:79:7
%8092 = cast %8083 : f64[] @ models/lib/nn.yaml:79:7
%8093 = pow %5465, %8092 : f64[] @ models/lib/nn.yaml:79:7
%8094 = sub %5446, %8093 : f64[] @ models/lib/nn.yaml:79:7
%8095 = div %3382, %8094 : f64[] @ models/lib/nn.yaml:79:7
%8096 = pow %5473, %8092 : f64[] @ models/lib/nn.yaml:79:7
%8097 = sub %5446, %8096 : f64[] @ models/lib/nn.yaml:79:7
%8098 = sqrt %8097 : f64[] @ models/lib/nn.yaml:79:7
%8099 = div %5446, %8098 : f64[] @ models/lib/nn.yaml:79:7
%8100 = sqrt %8091 : f32[16,16] @ models/lib/nn.yaml:79:7
%8101 = cast %8099 : f32[] @ models/lib/nn.yaml:79:7
%8102 = broadcast %8101 : f32[16,16] @ models/lib/nn.yaml:79:7
%8103 = mul %8100, %8102 : f32[16,16] @ models/lib/nn.yaml:79:7
%8104 = add %8103, %5888 : f32[16,16] @ models/lib/nn.yaml:79:7
%8105 = div %8087, %8104 : f32[16,16] @ models/lib/nn.yaml:79:7
%8106 = cast %8095 : f32[] @ models/lib/nn.yaml:79:7
%8107 = broadcast %8106 : f32[16,16] @ models/lib/nn.yaml:79:7
%8108 = mul %8105, %8107 : f32[16,16] @ models/lib/nn.yaml:79:7
%8109 = sub %8084, %8108 : f32[16,16] @ models/lib/nn.yaml:79:7
%8110 = assign %57, %8109 : f32[16,16] @ models/lib/nn.yaml:79:7
%8111 = assign %8080, %8087 : f32[16,16] @ models/lib/nn.yaml:79:7
%8112 = assign %8081, %8091 : f32[16,16] @ models/lib/nn.yaml:79:7
%8113 = assign %8082, %8083 : i64[] @ models/lib/nn.yaml:79:7
%8114 = mul %135, %5899 : f32[16,16] @ models/lib/nn.yaml:79:7
%8115 = mul %8109, %5901 : f32[16,16] @ models/lib/nn.yaml:79:7
%8116 = add %8114, %8115 : f32[16,16] @ models/lib/nn.yaml:79:7
%8117 = assign %135, %8116 : f32[16,16] @ models/lib/nn.yaml:79:7
%8118 = all_reduce_sum %4760 : f32[16] @ models/lib/nn.yaml:80:7
%8119 = mul %8118, %8118 : f32[16] @ models/lib/nn.yaml:80:7
%8120 = reduce_sum %8119 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8121 = sqrt %8120 : f32[] @ models/lib/nn.yaml:80:7
%8122 = cast %8121 : f64[] @ models/lib/nn.yaml:80:7
%8123 = add %8122, %5442 : f64[] @ models/lib/nn.yaml:80:7
%8124 = div %5444, %8123 : f64[] @ models/lib/nn.yaml:80:7
%8125 = lt %8124, %5446 : bool[] @ models/lib/nn.yaml:80:7
%8126 = cast %8124 : f32[] @ models/lib/nn.yaml:80:7
%8127 = broadcast %8126 : f32[16] @ models/lib/nn.yaml:80:7
%8128 = mul %8118, %8127 : f32[16] @ models/lib/nn.yaml:80:7
%8129 = broadcast %8125 : bool[16] @ models/lib/nn.yaml:80:7
%8130 = select %8129, %8128, %8118 : f32[16] @ models/lib/nn.yaml:80:7
%8131 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8132 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8133 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8134 = add %8133, %5456 : i64[] @ models/lib/nn.yaml:80:7
%8135 = mul %8130, %5588 : f32[16] @ models/lib/nn.yaml:80:7
%8136 = mul %8131, %5590 : f32[16] @ models/lib/nn.yaml:80:7
%8137 = add %8136, %8135 : f32[16] @ models/lib/nn.yaml:80:7
%8138 = mul %8130, %8130 : f32[16] @ models/lib/nn.yaml:80:7
%8139 = mul %8138, %5594 : f32[16] @ models/lib/nn.yaml:80:7
%8140 = mul %8132, %5596 : f32[16] @ models/lib/nn.yaml:80:7
%8141 = add %8140, %8139 : f32[16] @ models/lib/nn.yaml:80:7
%8142 = cast %8134 : f64[] @ models/lib/nn.yaml:80:7
%8143 = pow %5465, %8142 : f64[] @ models/lib/nn.yaml:80:7
%8144 = sub %5446, %8143 : f64[] @ models/lib/nn.yaml:80:7
%8145 = div %3382, %8144 : f64[] @ models/lib/nn.yaml:80:7
%8146 = pow %5473, %8142 : f64[] @ models/lib/nn.yaml:80:7
%8147 = sub %5446, %8146 : f64[] @ models/lib/nn.yaml:80:7
%8148 = sqrt %8147 : f64[] @ models/lib/nn.yaml:80:7
%8149 = div %5446, %8148 : f64[] @ models/lib/nn.yaml:80:7
%8150 = sqrt %8141 : f32[16] @ models/lib/nn.yaml:80:7
%8151 = cast %8149 : f32[] @ models/lib/nn.yaml:80:7
%8152 = broadcast %8151 : f32[16] @ models/lib/nn.yaml:80:7
%8153 = mul %8150, %8152 : f32[16] @ models/lib/nn.yaml:80:7
%8154 = add %8153, %5611 : f32[16] @ models/lib/nn.yaml:80:7
%8155 = div %8137, %8154 : f32[16] @ models/lib/nn.yaml:80:7
%8156 = cast %8145 : f32[] @ models/lib/nn.yaml:80:7
%8157 = broadcast %8156 : f32[16] @ models/lib/nn.yaml:80:7
%8158 = mul %8155, %8157 : f32[16] @ models/lib/nn.yaml:80:7
%8159 = sub %58, %8158 : f32[16] @ models/lib/nn.yaml:80:7
%8160 = assign %58, %8159 : f32[16] @ models/lib/nn.yaml:80:7
%8161 = assign %8131, %8137 : f32[16] @ models/lib/nn.yaml:80:7
%8162 = assign %8132, %8141 : f32[16] @ models/lib/nn.yaml:80:7
%8163 = assign %8133, %8134 : i64[] @ models/lib/nn.yaml:80:7
%8164 = mul %136, %5622 : f32[16] @ models/lib/nn.yaml:80:7
%8165 = mul %8159, %5624 : f32[16] @ models/lib/nn.yaml:80:7
%8166 = add %8164, %8165 : f32[16] @ models/lib/nn.yaml:80:7
%8167 = assign %136, %8166 : f32[16] @ models/lib/nn.yaml:80:7
%8168 = all_reduce_sum %4688 : f32[16,16] @ models/lib/nn.yaml:79:7
%8169 = reshape %8168 : f32[256] @ models/lib/nn.yaml:79:7
%8170 = mul %8169, %8169 : f32[256] @ models/lib/nn.yaml:79:7
%8171 = reduce_sum %8170 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8172 = sqrt %8171 : f32[] @ models/lib/nn.yaml:79:7
%8173 = cast %8172 : f64[] @ models/lib/nn.yaml:79:7
%8174 = add %8173, %5442 : f64[] @ models/lib/nn.yaml:79:7
%8175 = div %5444, %8174 : f64[] @ models/lib/nn.yaml:79:7
%8176 = lt %8175, %5446 : bool[] @ models/lib/nn.yaml:79:7
%8177 = cast %8175 : f32[] @ models/lib/nn.yaml:79:7
%8178 = broadcast %8177 : f32[16,16] @ models/lib/nn.yaml:79:7
%8179 = mul %8168, %8178 : f32[16,16] @ models/lib/nn.yaml:79:7
%8180 = broadcast %8176 : bool[16,16] @ models/lib/nn.yaml:79:7
%8181 = select %8180, %8179, %8168 : f32[16,16] @ models/lib/nn.yaml:79:7
%8182 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8183 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8184 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8185 = add %8184, %5456 : i64[] @ models/lib/nn.yaml:79:7
%8186 = mul %59, %5863 : f32[16,16] @ models/lib/nn.yaml:79:7
%8187 = mul %8181, %5865 : f32[16,16] @ models/lib/nn.yaml:79:7
%8188 = mul %8182, %5867 : f32[16,16] @ models/lib/nn.yaml:79:7
%8189 = add %8188, %8187 : f32[16,16] @ models/lib/nn.yaml:79:7
%8190 = mul %8181, %8181 : f32[16,16] @ models/lib/nn.yaml:79:7
%8191 = mul %8190, %5871 : f32[16,16] @ models/lib/nn.yaml:79:7
%8192 = mul %8183, %5873 : f32[16,16] @ models/lib/nn.yaml:79:7
%8193 = add %8192, %8191 : f32[16,16] @ models/lib/nn.yaml:79:7
%8194 = cast %8185 : f64[] @ models/lib/nn.yaml:79:7
%8195 = pow %5465, %8194 : f64[] @ models/lib/nn.yaml:79:7
%8196 = sub %5446, %8195 : f64[] @ models/lib/nn.yaml:79:7
%8197 = div %3382, %8196 : f64[] @ models/lib/nn.yaml:79:7
%8198 = pow %5473, %8194 : f64[] @ models/lib/nn.yaml:79:7
%8199 = sub %5446, %8198 : f64[] @ models/lib/nn.yaml:79:7
%8200 = sqrt %8199 : f64[] @ models/lib/nn.yaml:79:7
%8201 = div %5446, %8200 : f64[] @ models/lib/nn.yaml:79:7
%8202 = sqrt %8193 : f32[16,16] @ models/lib/nn.yaml:79:7
%8203 = cast %8201 : f32[] @ models/lib/nn.yaml:79:7
%8204 = broadcast %8203 : f32[16,16] @ models/lib/nn.yaml:79:7
%8205 = mul %8202, %8204 : f32[16,16] @ models/lib/nn.yaml:79:7
%8206 = add %8205, %5888 : f32[16,16] @ models/lib/nn.yaml:79:7
%8207 = div %8189, %8206 : f32[16,16] @ models/lib/nn.yaml:79:7
%8208 = cast %8197 : f32[] @ models/lib/nn.yaml:79:7
%8209 = broadcast %8208 : f32[16,16] @ models/lib/nn.yaml:79:7
%8210 = mul %8207, %8209 : f32[16,16] @ models/lib/nn.yaml:79:7
%8211 = sub %8186, %8210 : f32[16,16] @ models/lib/nn.yaml:79:7
%8212 = assign %59, %8211 : f32[16,16] @ models/lib/nn.yaml:79:7
%8213 = assign %8182, %8189 : f32[16,16] @ models/lib/nn.yaml:79:7
%8214 = assign %8183, %8193 : f32[16,16] @ models/lib/nn.yaml:79:7
%8215 = assign %8184, %8185 : i64[] @ models/lib/nn.yaml:79:7
%8216 = mul %137, %5899 : f32[16,16] @ models/lib/nn.yaml:79:7
%8217 = mul %8211, %5901 : f32[16,16] @ models/lib/nn.yaml:79:7
%8218 = add %8216, %8217 : f32[16,16] @ models/lib/nn.yaml:79:7
%8219 = assign %137, %8218 : f32[16,16] @ models/lib/nn.yaml:79:7
%8220 = all_reduce_sum %4683 : f32[16] @ models/lib/nn.yaml:80:7
%8221 = mul %8220, %8220 : f32[16] @ models/lib/nn.yaml:80:7
%8222 = reduce_sum %8221 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8223 = sqrt %8222 : f32[] @ models/lib/nn.yaml:80:7
%8224 = cast %8223 : f64[] @ models/lib/nn.yaml:80:7
%8225 = add %8224, %5442 : f64[] @ models/lib/nn.yaml:80:7
%8226 = div %5444, %8225 : f64[] @ models/lib/nn.yaml:80:7
%8227 = lt %8226, %5446 : bool[] @ models/lib/nn.yaml:80:7
%8228 = cast %8226 : f32[] @ models/lib/nn.yaml:80:7
%8229 = broadcast %8228 : f32[16] @ models/lib/nn.yaml:80:7
%8230 = mul %8220, %8229 : f32[16] @ models/lib/nn.yaml:80:7
%8231 = broadcast %8227 : bool[16] @ models/lib/nn.yaml:80:7
%8232 = select %8231, %8230, %8220 : f32[16] @ models/lib/nn.yaml:80:7
%8233 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8234 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8235 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8236 = add %8235, %5456 : i64[] @ models/lib/nn.yaml:80:7
%8237 = mul %8232, %5588 : f32[16] @ models/lib/nn.yaml:80:7
%8238 = mul %8233, %5590 : f32[16] @ models/lib/nn.yaml:80:7
%8239 = add %8238, %8237 : f32[16] @ models/lib/nn.yaml:80:7
%8240 = mul %8232, %8232 : f32[16] @ models/lib/nn.yaml:80:7
%8241 = mul %8240, %5594 : f32[16] @ models/lib/nn.yaml:80:7
%8242 = mul %8234, %5596 : f32[16] @ models/lib/nn.yaml:80:7
%8243 = add %8242, %8241 : f32[16] @ models/lib/nn.yaml:80:7
%8244 = cast %8236 : f64[] @ models/lib/nn.yaml:80:7
%8245 = pow %5465, %8244 : f64[] @ models/lib/nn.yaml:80:7
%8246 = sub %5446, %8245 : f64[] @ models/lib/nn.yaml:80:7
%8247 = div %3382, %8246 : f64[] @ models/lib/nn.yaml:80:7
%8248 = pow %5473, %8244 : f64[] @ models/lib/nn.yaml:80:7
%8249 = sub %5446, %8248 : f64[] @ models/lib/nn.yaml:80:7
%8250 = sqrt %8249 : f64[] @ models/lib/nn.yaml:80:7
%8251 = div %5446, %8250 : f64[] @ models/lib/nn.yaml:80:7
%8252 = sqrt %8243 : f32[16] @ models/lib/nn.yaml:80:7
%8253 = cast %8251 : f32[] @ models/lib/nn.yaml:80:7
%8254 = broadcast %8253 : f32[16] @ models/lib/nn.yaml:80:7
%8255 = mul %8252, %8254 : f32[16] @ models/lib/nn.yaml:80:7
%8256 = add %8255, %5611 : f32[16] @ models/lib/nn.yaml:80:7
%8257 = div %8239, %8256 : f32[16] @ models/lib/nn.yaml:80:7
%8258 = cast %8247 : f32[] @ models/lib/nn.yaml:80:7
%8259 = broadcast %8258 : f32[16] @ models/lib/nn.yaml:80:7
%8260 = mul %8257, %8259 : f32[16] @ models/lib/nn.yaml:80:7
%8261 = sub %60, %8260 : f32[16] @ models/lib/nn.yaml:80:7
%8262 = assign %60, %8261 : f32[16] @ models/lib/nn.yaml:80:7
%8263 = assign %8233, %8239 : f32[16] @ models/lib/nn.yaml:80:7
%8264 = assign %8234, %8243 : f32[16] @ models/lib/nn.yaml:80:7
%8265 = assign %8235, %8236 : i64[] @ models/lib/nn.yaml:80:7
%8266 = mul %138, %5622 : f32[16] @ models/lib/nn.yaml:80:7
%8267 = mul %8261, %5624 : f32[16] @ models/lib/nn.yaml:80:7
%8268 = add %8266, %8267 : f32[16] @ models/lib/nn.yaml:80:7
%8269 = assign %138, %8268 : f32[16] @ models/lib/nn.yaml:80:7
%8270 = all_reduce_sum %4662 : f32[16] @ models/lib/nn.yaml:89:7
%8271 = mul %8270, %8270 : f32[16] @ models/lib/nn.yaml:89:7
%8272 = reduce_sum %8271 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8273 = sqrt %8272 : f32[] @ models/lib/nn.yaml:89:7
%8274 = cast %8273 : f64[] @ models/lib/nn.yaml:89:7
%8275 = add %8274, %5442 : f64[] @ models/lib/nn.yaml:89:7
%8276 = div %5444, %8275 : f64[] @ models/lib/nn.yaml:89:7
%8277 = lt %8276, %5446 : bool[] @ models/lib/nn.yaml:89:7
%8278 = cast %8276 : f32[] @ models/lib/nn.yaml:89:7
%8279 = broadcast %8278 : f32[16] @ models/lib/nn.yaml:89:7
%8280 = mul %8270, %8279 : f32[16] @ models/lib/nn.yaml:89:7
%8281 = broadcast %8277 : bool[16] @ models/lib/nn.yaml:89:7
%8282 = select %8281, %8280, %8270 : f32[16] @ models/lib/nn.yaml:89:7
%8283 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8284 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8285 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8286 = add %8285, %5456 : i64[] @ models/lib/nn.yaml:89:7
%8287 = mul %8282, %5588 : f32[16] @ models/lib/nn.yaml:89:7
%8288 = mul %8283, %5590 : f32[16] @ models/lib/nn.yaml:89:7
%8289 = add %8288, %8287 : f32[16] @ models/lib/nn.yaml:89:7
%8290 = mul %8282, %8282 : f32[16] @ models/lib/nn.yaml:89:7
%8291 = mul %8290, %5594 : f32[16] @ models/lib/nn.yaml:89:7
%8292 = mul %8284, %5596 : f32[16] @ models/lib/nn.yaml:89:7
%8293 = add %8292, %8291 : f32[16] @ models/lib/nn.yaml:89:7
%8294 = cast %8286 : f64[] @ models/lib/nn.yaml:89:7
%8295 = pow %5465, %8294 : f64[] @ models/lib/nn.yaml:89:7
%8296 = sub %5446, %8295 : f64[] @ models/lib/nn.yaml:89:7
%8297 = div %3382, %8296 : f64[] @ models/lib/nn.yaml:89:7
%8298 = pow %5473, %8294 : f64[] @ models/lib/nn.yaml:89:7
%8299 = sub %5446, %8298 : f64[] @ models/lib/nn.yaml:89:7
%8300 = sqrt %8299 : f64[] @ models/lib/nn.yaml:89:7
%8301 = div %5446, %8300 : f64[] @ models/lib/nn.yaml:89:7
%8302 = sqrt %8293 : f32[16] @ models/lib/nn.yaml:89:7
%8303 = cast %8301 : f32[] @ models/lib/nn.yaml:89:7
%8304 = broadcast %8303 : f32[16] @ models/lib/nn.yaml:89:7
%8305 = mul %8302, %8304 : f32[16] @ models/lib/nn.yaml:89:7
%8306 = add %8305, %5611 : f32[16] @ models/lib/nn.yaml:89:7
%8307 = div %8289, %8306 : f32[16] @ models/lib/nn.yaml:89:7
%8308 = cast %8297 : f32[] @ models/lib/nn.yaml:89:7
%8309 = broadcast %8308 : f32[16] @ models/lib/nn.yaml:89:7
%8310 = mul %8307, %8309 : f32[16] @ models/lib/nn.yaml:89:7
%8311 = sub %61, %8310 : f32[16] @ models/lib/nn.yaml:89:7
%8312 = assign %61, %8311 : f32[16] @ models/lib/nn.yaml:89:7
%8313 = assign %8283, %8289 : f32[16] @ models/lib/nn.yaml:89:7
%8314 = assign %8284, %8293 : f32[16] @ models/lib/nn.yaml:89:7
%8315 = assign %8285, %8286 : i64[] @ models/lib/nn.yaml:89:7
%8316 = mul %139, %5622 : f32[16] @ models/lib/nn.yaml:89:7
%8317 = mul %8311, %5624 : f32[16] @ models/lib/nn.yaml:89:7
%8318 = add %8316, %8317 : f32[16] @ models/lib/nn.yaml:89:7
%8319 = assign %139, %8318 : f32[16] @ models/lib/nn.yaml:89:7
%8320 = all_reduce_sum %4657 : f32[16] @ models/lib/nn.yaml:90:7
%8321 = mul %8320, %8320 : f32[16] @ models/lib/nn.yaml:90:7
%8322 = reduce_sum %8321 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8323 = sqrt %8322 : f32[] @ models/lib/nn.yaml:90:7
%8324 = cast %8323 : f64[] @ models/lib/nn.yaml:90:7
%8325 = add %8324, %5442 : f64[] @ models/lib/nn.yaml:90:7
%8326 = div %5444, %8325 : f64[] @ models/lib/nn.yaml:90:7
%8327 = lt %8326, %5446 : bool[] @ models/lib/nn.yaml:90:7
%8328 = cast %8326 : f32[] @ models/lib/nn.yaml:90:7
%8329 = broadcast %8328 : f32[16] @ models/lib/nn.yaml:90:7
%8330 = mul %8320, %8329 : f32[16] @ models/lib/nn.yaml:90:7
%8331 = broadcast %8327 : bool[16] @ models/lib/nn.yaml:90:7
%8332 = select %8331, %8330, %8320 : f32[16] @ models/lib/nn.yaml:90:7
%8333 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8334 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8335 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8336 = add %8335, %5456 : i64[] @ models/lib/nn.yaml:90:7
%8337 = mul %8332, %5588 : f32[16] @ models/lib/nn.yaml:90:7
%8338 = mul %8333, %5590 : f32[16] @ models/lib/nn.yaml:90:7
%8339 = add %8338, %8337 : f32[16] @ models/lib/nn.yaml:90:7
%8340 = mul %8332, %8332 : f32[16] @ models/lib/nn.yaml:90:7
%8341 = mul %8340, %5594 : f32[16] @ models/lib/nn.yaml:90:7
%8342 = mul %8334, %5596 : f32[16] @ models/lib/nn.yaml:90:7
%8343 = add %8342, %8341 : f32[16] @ models/lib/nn.yaml:90:7
%8344 = cast %8336 : f64[] @ models/lib/nn.yaml:90:7
%8345 = pow %5465, %8344 : f64[] @ models/lib/nn.yaml:90:7
%8346 = sub %5446, %8345 : f64[] @ models/lib/nn.yaml:90:7
%8347 = div %3382, %8346 : f64[] @ models/lib/nn.yaml:90:7
%8348 = pow %5473, %8344 : f64[] @ models/lib/nn.yaml:90:7
%8349 = sub %5446, %8348 : f64[] @ models/lib/nn.yaml:90:7
%8350 = sqrt %8349 : f64[] @ models/lib/nn.yaml:90:7
%8351 = div %5446, %8350 : f64[] @ models/lib/nn.yaml:90:7
%8352 = sqrt %8343 : f32[16] @ models/lib/nn.yaml:90:7
%8353 = cast %8351 : f32[] @ models/lib/nn.yaml:90:7
%8354 = broadcast %8353 : f32[16] @ models/lib/nn.yaml:90:7
%8355 = mul %8352, %8354 : f32[16] @ models/lib/nn.yaml:90:7
%8356 = add %8355, %5611 : f32[16] @ models/lib/nn.yaml:90:7
%8357 = div %8339, %8356 : f32[16] @ models/lib/nn.yaml:90:7
%8358 = cast %8347 : f32[] @ models/lib/nn.yaml:90:7
%8359 = broadcast %8358 : f32[16] @ models/lib/nn.yaml:90:7
%8360 = mul %8357, %8359 : f32[16] @ models/lib/nn.yaml:90:7
%8361 = sub %62, %8360 : f32[16] @ models/lib/nn.yaml:90:7
%8362 = assign %62, %8361 : f32[16] @ models/lib/nn.yaml:90:7
%8363 = assign %8333, %8339 : f32[16] @ models/lib/nn.yaml:90:7
%8364 = assign %8334, %8343 : f32[16] @ models/lib/nn.yaml:90:7
%8365 = assign %8335, %8336 : i64[] @ models/lib/nn.yaml:90:7
%8366 = mul %140, %5622 : f32[16] @ models/lib/nn.yaml:90:7
%8367 = mul %8361, %5624 : f32[16] @ models/lib/nn.yaml:90:7
%8368 = add %8366, %8367 : f32[16] @ models/lib/nn.yaml:90:7
%8369 = assign %140, %8368 : f32[16] @ models/lib/nn.yaml:90:7
%8370 = all_reduce_sum %4654 : f32[64,16] @ models/lib/nn.yaml:79:7
%8371 = reshape %8370 : f32[1024] @ models/lib/nn.yaml:79:7
%8372 = mul %8371, %8371 : f32[1024] @ models/lib/nn.yaml:79:7
%8373 = reduce_sum %8372 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8374 = sqrt %8373 : f32[] @ models/lib/nn.yaml:79:7
%8375 = cast %8374 : f64[] @ models/lib/nn.yaml:79:7
%8376 = add %8375, %5442 : f64[] @ models/lib/nn.yaml:79:7
%8377 = div %5444, %8376 : f64[] @ models/lib/nn.yaml:79:7
%8378 = lt %8377, %5446 : bool[] @ models/lib/nn.yaml:79:7
%8379 = cast %8377 : f32[] @ models/lib/nn.yaml:79:7
%8380 = broadcast %8379 : f32[64,16] @ models/lib/nn.yaml:79:7
%8381 = mul %8370, %8380 : f32[64,16] @ models/lib/nn.yaml:79:7
%8382 = broadcast %8378 : bool[64,16] @ models/lib/nn.yaml:79:7
%8383 = select %8382, %8381, %8370 : f32[64,16] @ models/lib/nn.yaml:79:7
%8384 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8385 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8386 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8387 = add %8386, %5456 : i64[] @ models/lib/nn.yaml:79:7
%8388 = mul %63, %6073 : f32[64,16] @ models/lib/nn.yaml:79:7
%8389 = mul %8383, %6075 : f32[64,16] @ models/lib/nn.yaml:79:7
%8390 = mul %8384, %6077 : f32[64,16] @ models/lib/nn.yaml:79:7
%8391 = add %8390, %8389 : f32[64,16] @ models/lib/nn.yaml:79:7
%8392 = mul %8383, %8383 : f32[64,16] @ models/lib/nn.yaml:79:7
%8393 = mul %8392, %6081 : f32[64,16] @ models/lib/nn.yaml:79:7
%8394 = mul %8385, %6083 : f32[64,16] @ models/lib/nn.yaml:79:7
%8395 = add %8394, %8393 : f32[64,16] @ models/lib/nn.yaml:79:7
%8396 = cast %8387 : f64[] @ models/lib/nn.yaml:79:7
%8397 = pow %5465, %8396 : f64[] @ models/lib/nn.yaml:79:7
%8398 = sub %5446, %8397 : f64[] @ models/lib/nn.yaml:79:7
%8399 = div %3382, %8398 : f64[] @ models/lib/nn.yaml:79:7
%8400 = pow %5473, %8396 : f64[] @ models/lib/nn.yaml:79:7
%8401 = sub %5446, %8400 : f64[] @ models/lib/nn.yaml:79:7
%8402 = sqrt %8401 : f64[] @ models/lib/nn.yaml:79:7
%8403 = div %5446, %8402 : f64[] @ models/lib/nn.yaml:79:7
%8404 = sqrt %8395 : f32[64,16] @ models/lib/nn.yaml:79:7
%8405 = cast %8403 : f32[] @ models/lib/nn.yaml:79:7
%8406 = broadcast %8405 : f32[64,16] @ models/lib/nn.yaml:79:7
%8407 = mul %8404, %8406 : f32[64,16] @ models/lib/nn.yaml:79:7
%8408 = add %8407, %6098 : f32[64,16] @ models/lib/nn.yaml:79:7
%8409 = div %8391, %8408 : f32[64,16] @ models/lib/nn.yaml:79:7
%8410 = cast %8399 : f32[] @ models/lib/nn.yaml:79:7
%8411 = broadcast %8410 : f32[64,16] @ models/lib/nn.yaml:79:7
%8412 = mul %8409, %8411 : f32[64,16] @ models/lib/nn.yaml:79:7
%8413 = sub %8388, %8412 : f32[64,16] @ models/lib/nn.yaml:79:7
%8414 = assign %63, %8413 : f32[64,16] @ models/lib/nn.yaml:79:7
%8415 = assign %8384, %8391 : f32[64,16] @ models/lib/nn.yaml:79:7
%8416 = assign %8385, %8395 : f32[64,16] @ models/lib/nn.yaml:79:7
%8417 = assign %8386, %8387 : i64[] @ models/lib/nn.yaml:79:7
%8418 = mul %141, %6109 : f32[64,16] @ models/lib/nn.yaml:79:7
%8419 = mul %8413, %6111 : f32[64,16] @ models/lib/nn.yaml:79:7
%8420 = add %8418, %8419 : f32[64,16] @ models/lib/nn.yaml:79:7
%8421 = assign %141, %8420 : f32[64,16] @ models/lib/nn.yaml:79:7
%8422 = all_reduce_sum %4649 : f32[64] @ models/lib/nn.yaml:80:7
%8423 = mul %8422, %8422 : f32[64] @ models/lib/nn.yaml:80:7
%8424 = reduce_sum %8423 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8425 = sqrt %8424 : f32[] @ models/lib/nn.yaml:80:7
%8426 = cast %8425 : f64[] @ models/lib/nn.yaml:80:7
%8427 = add %8426, %5442 : f64[] @ models/lib/nn.yaml:80:7
%8428 = div %5444, %8427 : f64[] @ models/lib/nn.yaml:80:7
%8429 = lt %8428, %5446 : bool[] @ models/lib/nn.yaml:80:7
%8430 = cast %8428 : f32[] @ models/lib/nn.yaml:80:7
%8431 = broadcast %8430 : f32[64] @ models/lib/nn.yaml:80:7
%8432 = mul %8422, %8431 : f32[64] @ models/lib/nn.yaml:80:7
%8433 = broadcast %8429 : bool[64] @ models/lib/nn.yaml:80:7
%8434 = select %8433, %8432, %8422 : f32[64] @ models/lib/nn.yaml:80:7
%8435 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8436 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8437 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8438 = add %8437, %5456 : i64[] @ models/lib/nn.yaml:80:7
%8439 = mul %8434, %6132 : f32[64] @ models/lib/nn.yaml:80:7
%8440 = mul %8435, %6134 : f32[64] @ models/lib/nn.yaml:80:7
%8441 = add %8440, %8439 : f32[64] @ models/lib/nn.yaml:80:7
%8442 = mul %8434, %8434 : f32[64] @ models/lib/nn.yaml:80:7
%8443 = mul %8442, %6138 : f32[64] @ models/lib/nn.yaml:80:7
%8444 = mul %8436, %6140 : f32[64] @ models/lib/nn.yaml:80:7
%8445 = add %8444, %8443 : f32[64] @ models/lib/nn.yaml:80:7
%8446 = cast %8438 : f64[] @ models/lib/nn.yaml:80:7
%8447 = pow %5465, %8446 : f64[] @ models/lib/nn.yaml:80:7
%8448 = sub %5446, %8447 : f64[] @ models/lib/nn.yaml:80:7
%8449 = div %3382, %8448 : f64[] @ models/lib/nn.yaml:80:7
%8450 = pow %5473, %8446 : f64[] @ models/lib/nn.yaml:80:7
%8451 = sub %5446, %8450 : f64[] @ models/lib/nn.yaml:80:7
%8452 = sqrt %8451 : f64[] @ models/lib/nn.yaml:80:7
%8453 = div %5446, %8452 : f64[] @ models/lib/nn.yaml:80:7
%8454 = sqrt %8445 : f32[64] @ models/lib/nn.yaml:80:7
%8455 = cast %8453 : f32[] @ models/lib/nn.yaml:80:7
%8456 = broadcast %8455 : f32[64] @ models/lib/nn.yaml:80:7
%8457 = mul %8454, %8456 : f32[64] @ models/lib/nn.yaml:80:7
%8458 = add %8457, %6155 : f32[64] @ models/lib/nn.yaml:80:7
%8459 = div %8441, %8458 : f32[64] @ models/lib/nn.yaml:80:7
%8460 = cast %8449 : f32[] @ models/lib/nn.yaml:80:7
%8461 = broadcast %8460 : f32[64] @ models/lib/nn.yaml:80:7
%8462 = mul %8459, %8461 : f32[64] @ models/lib/nn.yaml:80:7
%8463 = sub %64, %8462 : f32[64] @ models/lib/nn.yaml:80:7
%8464 = assign %64, %8463 : f32[64] @ models/lib/nn.yaml:80:7
%8465 = assign %8435, %8441 : f32[64] @ models/lib/nn.yaml:80:7
%8466 = assign %8436, %8445 : f32[64] @ models/lib/nn.yaml:80:7
%8467 = assign %8437, %8438 : i64[] @ models/lib/nn.yaml:80:7
%8468 = mul %142, %6166 : f32[64] @ models/lib/nn.yaml:80:7
%8469 = mul %8463, %6168 : f32[64] @ models/lib/nn.yaml:80:7
%8470 = add %8468, %8469 : f32[64] @ models/lib/nn.yaml:80:7
%8471 = assign %142, %8470 : f32[64] @ models/lib/nn.yaml:80:7
%8472 = all_reduce_sum %4633 : f32[16,64] @ models/lib/nn.yaml:79:7
%8473 = reshape %8472 : f32[1024] @ models/lib/nn.yaml:79:7
%8474 = mul %8473, %8473 : f32[1024] @ models/lib/nn.yaml:79:7
%8475 = reduce_sum %8474 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8476 = sqrt %8475 : f32[] @ models/lib/nn.yaml:79:7
%8477 = cast %8476 : f64[] @ models/lib/nn.yaml:79:7
%8478 = add %8477, %5442 : f64[] @ models/lib/nn.yaml:79:7
%8479 = div %5444, %8478 : f64[] @ models/lib/nn.yaml:79:7
%8480 = lt %8479, %5446 : bool[] @ models/lib/nn.yaml:79:7
%8481 = cast %8479 : f32[] @ models/lib/nn.yaml:79:7
%8482 = broadcast %8481 : f32[16,64] @ models/lib/nn.yaml:79:7
%8483 = mul %8472, %8482 : f32[16,64] @ models/lib/nn.yaml:79:7
%8484 = broadcast %8480 : bool[16,64] @ models/lib/nn.yaml:79:7
%8485 = select %8484, %8483, %8472 : f32[16,64] @ models/lib/nn.yaml:79:7
%8486 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8487 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8488 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8489 = add %8488, %5456 : i64[] @ models/lib/nn.yaml:79:7
%8490 = mul %65, %6190 : f32[16,64] @ models/lib/nn.yaml:79:7
%8491 = mul %8485, %6192 : f32[16,64] @ models/lib/nn.yaml:79:7
%8492 = mul %8486, %6194 : f32[16,64] @ models/lib/nn.yaml:79:7
%8493 = add %8492, %8491 : f32[16,64] @ models/lib/nn.yaml:79:7
%8494 = mul %8485, %8485 : f32[16,64] @ models/lib/nn.yaml:79:7
%8495 = mul %8494, %6198 : f32[16,64] @ models/lib/nn.yaml:79:7
%8496 = mul %8487, %6200 : f32[16,64] @ models/lib/nn.yaml:79:7
%8497 = add %8496, %8495 : f32[16,64] @ models/lib/nn.yaml:79:7
%8498 = cast %8489 : f64[] @ models/lib/nn.yaml:79:7
%8499 = pow %5465, %8498 : f64[] @ models/lib/nn.yaml:79:7
%8500 = sub %5446, %8499 : f64[] @ models/lib/nn.yaml:79:7
%8501 = div %3382, %8500 : f64[] @ models/lib/nn.yaml:79:7
%8502 = pow %5473, %8498 : f64[] @ models/lib/nn.yaml:79:7
%8503 = sub %5446, %8502 : f64[] @ models/lib/nn.yaml:79:7
%8504 = sqrt %8503 : f64[] @ models/lib/nn.yaml:79:7
%8505 = div %5446, %8504 : f64[] @ models/lib/nn.yaml:79:7
%8506 = sqrt %8497 : f32[16,64] @ models/lib/nn.yaml:79:7
%8507 = cast %8505 : f32[] @ models/lib/nn.yaml:79:7
%8508 = broadcast %8507 : f32[16,64] @ models/lib/nn.yaml:79:7
%8509 = mul %8506, %8508 : f32[16,64] @ models/lib/nn.yaml:79:7
%8510 = add %8509, %6215 : f32[16,64] @ models/lib/nn.yaml:79:7
%8511 = div %8493, %8510 : f32[16,64] @ models/lib/nn.yaml:79:7
%8512 = cast %8501 : f32[] @ models/lib/nn.yaml:79:7
%8513 = broadcast %8512 : f32[16,64] @ models/lib/nn.yaml:79:7
%8514 = mul %8511, %8513 : f32[16,64] @ models/lib/nn.yaml:79:7
%8515 = sub %8490, %8514 : f32[16,64] @ models/lib/nn.yaml:79:7
%8516 = assign %65, %8515 : f32[16,64] @ models/lib/nn.yaml:79:7
%8517 = assign %8486, %8493 : f32[16,64] @ models/lib/nn.yaml:79:7
%8518 = assign %8487, %8497 : f32[16,64] @ models/lib/nn.yaml:79:7
%8519 = assign %8488, %8489 : i64[] @ models/lib/nn.yaml:79:7
%8520 = mul %143, %6226 : f32[16,64] @ models/lib/nn.yaml:79:7
%8521 = mul %8515, %6228 : f32[16,64] @ models/lib/nn.yaml:79:7
%8522 = add %8520, %8521 : f32[16,64] @ models/lib/nn.yaml:79:7
%8523 = assign %143, %8522 : f32[16,64] @ models/lib/nn.yaml:79:7
%8524 = all_reduce_sum %4628 : f32[16] @ models/lib/nn.yaml:80:7
%8525 = mul %8524, %8524 : f32[16] @ models/lib/nn.yaml:80:7
%8526 = reduce_sum %8525 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8527 = sqrt %8526 : f32[] @ models/lib/nn.yaml:80:7
%8528 = cast %8527 : f64[] @ models/lib/nn.yaml:80:7
%8529 = add %8528, %5442 : f64[] @ models/lib/nn.yaml:80:7
%8530 = div %5444, %8529 : f64[] @ models/lib/nn.yaml:80:7
%8531 = lt %8530, %5446 : bool[] @ models/lib/nn.yaml:80:7
%8532 = cast %8530 : f32[] @ models/lib/nn.yaml:80:7
%8533 = broadcast %8532 : f32[16] @ models/lib/nn.yaml:80:7
%8534 = mul %8524, %8533 : f32[16] @ models/lib/nn.yaml:80:7
%8535 = broadcast %8531 : bool[16] @ models/lib/nn.yaml:80:7
%8536 = select %8535, %8534, %8524 : f32[16] @ models/lib/nn.yaml:80:7
%8537 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8538 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8539 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8540 = add %8539, %5456 : i64[] @ models/lib/nn.yaml:80:7
%8541 = mul %8536, %5588 : f32[16] @ models/lib/nn.yaml:80:7
%8542 = mul %8537, %5590 : f32[16] @ models/lib/nn.yaml:80:7
%8543 = add %8542, %8541 : f32[16] @ models/lib/nn.yaml:80:7
%8544 = mul %8536, %8536 : f32[16] @ models/lib/nn.yaml:80:7
%8545 = mul %8544, %5594 : f32[16] @ models/lib/nn.yaml:80:7
%8546 = mul %8538, %5596 : f32[16] @ models/lib/nn.yaml:80:7
%8547 = add %8546, %8545 : f32[16] @ models/lib/nn.yaml:80:7
%8548 = cast %8540 : f64[] @ models/lib/nn.yaml:80:7
%8549 = pow %5465, %8548 : f64[] @ models/lib/nn.yaml:80:7
%8550 = sub %5446, %8549 : f64[] @ models/lib/nn.yaml:80:7
%8551 = div %3382, %8550 : f64[] @ models/lib/nn.yaml:80:7
%8552 = pow %5473, %8548 : f64[] @ models/lib/nn.yaml:80:7
%8553 = sub %5446, %8552 : f64[] @ models/lib/nn.yaml:80:7
%8554 = sqrt %8553 : f64[] @ models/lib/nn.yaml:80:7
%8555 = div %5446, %8554 : f64[] @ models/lib/nn.yaml:80:7
%8556 = sqrt %8547 : f32[16] @ models/lib/nn.yaml:80:7
%8557 = cast %8555 : f32[] @ models/lib/nn.yaml:80:7
%8558 = broadcast %8557 : f32[16] @ models/lib/nn.yaml:80:7
%8559 = mul %8556, %8558 : f32[16] @ models/lib/nn.yaml:80:7
%8560 = add %8559, %5611 : f32[16] @ models/lib/nn.yaml:80:7
%8561 = div %8543, %8560 : f32[16] @ models/lib/nn.yaml:80:7
%8562 = cast %8551 : f32[] @ models/lib/nn.yaml:80:7
%8563 = broadcast %8562 : f32[16] @ models/lib/nn.yaml:80:7
%8564 = mul %8561, %8563 : f32[16] @ models/lib/nn.yaml:80:7
%8565 = sub %66, %8564 : f32[16] @ models/lib/nn.yaml:80:7
%8566 = assign %66, %8565 : f32[16] @ models/lib/nn.yaml:80:7
%8567 = assign %8537, %8543 : f32[16] @ models/lib/nn.yaml:80:7
%8568 = assign %8538, %8547 : f32[16] @ models/lib/nn.yaml:80:7
%8569 = assign %8539, %8540 : i64[] @ models/lib/nn.yaml:80:7
%8570 = mul %144, %5622 : f32[16] @ models/lib/nn.yaml:80:7
%8571 = mul %8565, %5624 : f32[16] @ models/lib/nn.yaml:80:7
%8572 = add %8570, %8571 : f32[16] @ models/lib/nn.yaml:80:7
%8573 = assign %144, %8572 : f32[16] @ models/lib/nn.yaml:80:7
%8574 = all_reduce_sum %4605 : f32[16] @ models/lib/nn.yaml:89:7
%8575 = mul %8574, %8574 : f32[16] @ models/lib/nn.yaml:89:7
%8576 = reduce_sum %8575 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8577 = sqrt %8576 : f32[] @ models/lib/nn.yaml:89:7
%8578 = cast %8577 : f64[] @ models/lib/nn.yaml:89:7
%8579 = add %8578, %5442 : f64[] @ models/lib/nn.yaml:89:7
%8580 = div %5444, %8579 : f64[] @ models/lib/nn.yaml:89:7
%8581 = lt %8580, %5446 : bool[] @ models/lib/nn.yaml:89:7
%8582 = cast %8580 : f32[] @ models/lib/nn.yaml:89:7
%8583 = broadcast %8582 : f32[16] @ models/lib/nn.yaml:89:7
%8584 = mul %8574, %8583 : f32[16] @ models/lib/nn.yaml:89:7
%8585 = broadcast %8581 : bool[16] @ models/lib/nn.yaml:89:7
%8586 = select %8585, %8584, %8574 : f32[16] @ models/lib/nn.yaml:89:7
%8587 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8588 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8589 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8590 = add %8589, %5456 : i64[] @ models/lib/nn.yaml:89:7
%8591 = mul %8586, %5588 : f32[16] @ models/lib/nn.yaml:89:7
%8592 = mul %8587, %5590 : f32[16] @ models/lib/nn.yaml:89:7
%8593 = add %8592, %8591 : f32[16] @ models/lib/nn.yaml:89:7
%8594 = mul %8586, %8586 : f32[16] @ models/lib/nn.yaml:89:7
%8595 = mul %8594, %5594 : f32[16] @ models/lib/nn.yaml:89:7
%8596 = mul %8588, %5596 : f32[16] @ models/lib/nn.yaml:89:7
%8597 = add %8596, %8595 : f32[16] @ models/lib/nn.yaml:89:7
%8598 = cast %8590 : f64[] @ models/lib/nn.yaml:89:7
%8599 = pow %5465, %8598 : f64[] @ models/lib/nn.yaml:89:7
%8600 = sub %5446, %8599 : f64[] @ models/lib/nn.yaml:89:7
%8601 = div %3382, %8600 : f64[] @ models/lib/nn.yaml:89:7
%8602 = pow %5473, %8598 : f64[] @ models/lib/nn.yaml:89:7
%8603 = sub %5446, %8602 : f64[] @ models/lib/nn.yaml:89:7
%8604 = sqrt %8603 : f64[] @ models/lib/nn.yaml:89:7
%8605 = div %5446, %8604 : f64[] @ models/lib/nn.yaml:89:7
%8606 = sqrt %8597 : f32[16] @ models/lib/nn.yaml:89:7
%8607 = cast %8605 : f32[] @ models/lib/nn.yaml:89:7
%8608 = broadcast %8607 : f32[16] @ models/lib/nn.yaml:89:7
%8609 = mul %8606, %8608 : f32[16] @ models/lib/nn.yaml:89:7
%8610 = add %8609, %5611 : f32[16] @ models/lib/nn.yaml:89:7
%8611 = div %8593, %8610 : f32[16] @ models/lib/nn.yaml:89:7
%8612 = cast %8601 : f32[] @ models/lib/nn.yaml:89:7
%8613 = broadcast %8612 : f32[16] @ models/lib/nn.yaml:89:7
%8614 = mul %8611, %8613 : f32[16] @ models/lib/nn.yaml:89:7
%8615 = sub %67, %8614 : f32[16] @ models/lib/nn.yaml:89:7
%8616 = assign %67, %8615 : f32[16] @ models/lib/nn.yaml:89:7
%8617 = assign %8587, %8593 : f32[16] @ models/lib/nn.yaml:89:7
%8618 = assign %8588, %8597 : f32[16] @ models/lib/nn.yaml:89:7
%8619 = assign %8589, %8590 : i64[] @ models/lib/nn.yaml:89:7
%8620 = mul %145, %5622 : f32[16] @ models/lib/nn.yaml:89:7
%8621 = mul %8615, %5624 : f32[16] @ models/lib/nn.yaml:89:7
%8622 = add %8620, %8621 : f32[16] @ models/lib/nn.yaml:89:7
%8623 = assign %145, %8622 : f32[16] @ models/lib/nn.yaml:89:7
%8624 = all_reduce_sum %4597 : f32[16] @ models/lib/nn.yaml:90:7
%8625 = mul %8624, %8624 : f32[16] @ models/lib/nn.yaml:90:7
%8626 = reduce_sum %8625 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8627 = sqrt %8626 : f32[] @ models/lib/nn.yaml:90:7
%8628 = cast %8627 : f64[] @ models/lib/nn.yaml:90:7
%8629 = add %8628, %5442 : f64[] @ models/lib/nn.yaml:90:7
%8630 = div %5444, %8629 : f64[] @ models/lib/nn.yaml:90:7
%8631 = lt %8630, %5446 : bool[] @ models/lib/nn.yaml:90:7
%8632 = cast %8630 : f32[] @ models/lib/nn.yaml:90:7
%8633 = broadcast %8632 : f32[16] @ models/lib/nn.yaml:90:7
%8634 = mul %8624, %8633 : f32[16] @ models/lib/nn.yaml:90:7
%8635 = broadcast %8631 : bool[16] @ models/lib/nn.yaml:90:7
%8636 = select %8635, %8634, %8624 : f32[16] @ models/lib/nn.yaml:90:7
%8637 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8638 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8639 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8640 = add %8639, %5456 : i64[] @ models/lib/nn.yaml:90:7
%8641 = mul %8636, %5588 : f32[16] @ models/lib/nn.yaml:90:7
%8642 = mul %8637, %5590 : f32[16] @ models/lib/nn.yaml:90:7
%8643 = add %8642, %8641 : f32[16] @ models/lib/nn.yaml:90:7
%8644 = mul %8636, %8636 : f32[16] @ models/lib/nn.yaml:90:7
%8645 = mul %8644, %5594 : f32[16] @ models/lib/nn.yaml:90:7
%8646 = mul %8638, %5596 : f32[16] @ models/lib/nn.yaml:90:7
%8647 = add %8646, %8645 : f32[16] @ models/lib/nn.yaml:90:7
%8648 = cast %8640 : f64[] @ models/lib/nn.yaml:90:7
%8649 = pow %5465, %8648 : f64[] @ models/lib/nn.yaml:90:7
%8650 = sub %5446, %8649 : f64[] @ models/lib/nn.yaml:90:7
%8651 = div %3382, %8650 : f64[] @ models/lib/nn.yaml:90:7
%8652 = pow %5473, %8648 : f64[] @ models/lib/nn.yaml:90:7
%8653 = sub %5446, %8652 : f64[] @ models/lib/nn.yaml:90:7
%8654 = sqrt %8653 : f64[] @ models/lib/nn.yaml:90:7
%8655 = div %5446, %8654 : f64[] @ models/lib/nn.yaml:90:7
%8656 = sqrt %8647 : f32[16] @ models/lib/nn.yaml:90:7
%8657 = cast %8655 : f32[] @ models/lib/nn.yaml:90:7
%8658 = broadcast %8657 : f32[16] @ models/lib/nn.yaml:90:7
%8659 = mul %8656, %8658 : f32[16] @ models/lib/nn.yaml:90:7
%8660 = add %8659, %5611 : f32[16] @ models/lib/nn.yaml:90:7
%8661 = div %8643, %8660 : f32[16] @ models/lib/nn.yaml:90:7
%8662 = cast %8651 : f32[] @ models/lib/nn.yaml:90:7
%8663 = broadcast %8662 : f32[16] @ models/lib/nn.yaml:90:7
%8664 = mul %8661, %8663 : f32[16] @ models/lib/nn.yaml:90:7
%8665 = sub %68, %8664 : f32[16] @ models/lib/nn.yaml:90:7
%8666 = assign %68, %8665 : f32[16] @ models/lib/nn.yaml:90:7
%8667 = assign %8637, %8643 : f32[16] @ models/lib/nn.yaml:90:7
%8668 = assign %8638, %8647 : f32[16] @ models/lib/nn.yaml:90:7
%8669 = assign %8639, %8640 : i64[] @ models/lib/nn.yaml:90:7
%8670 = mul %146, %5622 : f32[16] @ models/lib/nn.yaml:90:7
%8671 = mul %8665, %5624 : f32[16] @ models/lib/nn.yaml:90:7
%8672 = add %8670, %8671 : f32[16] @ models/lib/nn.yaml:90:7
%8673 = assign %146, %8672 : f32[16] @ models/lib/nn.yaml:90:7
%8674 = all_reduce_sum %4587 : f32[24,16] @ models/lib/nn.yaml:79:7
%8675 = reshape %8674 : f32[384] @ models/lib/nn.yaml:79:7
%8676 = mul %8675, %8675 : f32[384] @ models/lib/nn.yaml:79:7
%8677 = reduce_sum %8676 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8678 = sqrt %8677 : f32[] @ models/lib/nn.yaml:79:7
%8679 = cast %8678 : f64[] @ models/lib/nn.yaml:79:7
%8680 = add %8679, %5442 : f64[] @ models/lib/nn.yaml:79:7
%8681 = div %5444, %8680 : f64[] @ models/lib/nn.yaml:79:7
%8682 = lt %8681, %5446 : bool[] @ models/lib/nn.yaml:79:7
%8683 = cast %8681 : f32[] @ models/lib/nn.yaml:79:7
%8684 = broadcast %8683 : f32[24,16] @ models/lib/nn.yaml:79:7
%8685 = mul %8674, %8684 : f32[24,16] @ models/lib/nn.yaml:79:7
%8686 = broadcast %8682 : bool[24,16] @ models/lib/nn.yaml:79:7
%8687 = select %8686, %8685, %8674 : f32[24,16] @ models/lib/nn.yaml:79:7
%8688 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%8689 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%8690 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8691 = add %8690, %5456 : i64[] @ models/lib/nn.yaml:79:7
%8692 = broadcast %5460 : f32[24,16] @ models/lib/nn.yaml:79:7
%8693 = mul %69, %8692 : f32[24,16] @ models/lib/nn.yaml:79:7
%8694 = broadcast %3111 : f32[24,16] @ models/lib/nn.yaml:79:7
%8695 = mul %8687, %8694 : f32[24,16] @ models/lib/nn.yaml:79:7
%8696 = broadcast %2138 : f32[24,16] @ models/lib/nn.yaml:79:7
%8697 = mul %8688, %8696 : f32[24,16] @ models/lib/nn.yaml:79:7
%8698 = add %8697, %8695 : f32[24,16] @ models/lib/nn.yaml:79:7
%8699 = mul %8687, %8687 : f32[24,16] @ models/lib/nn.yaml:79:7
%8700 = broadcast %5470 : f32[24,16] @ models/lib/nn.yaml:79:7
%8701 = mul %8699, %8700 : f32[24,16] @ models/lib/nn.yaml:79:7
%8702 = broadcast %5474 : f32[24,16] @ models/lib/nn.yaml:79:7
%8703 = mul %8689, %8702 : f32[24,16] @ models/lib/nn.yaml:79:7
%8704 = add %8703, %8701 : f32[24,16] @ models/lib/nn.yaml:79:7
%8705 = cast %8691 : f64[] @ models/lib/nn.yaml:79:7
%8706 = pow %5465, %8705 : f64[] @ models/lib/nn.yaml:79:7
%8707 = sub %5446, %8706 : f64[] @ models/lib/nn.yaml:79:7
%8708 = div %3382, %8707 : f64[] @ models/lib/nn.yaml:79:7
%8709 = pow %5473, %8705 : f64[] @ models/lib/nn.yaml:79:7
%8710 = sub %5446, %8709 : f64[] @ models/lib/nn.yaml:79:7
%8711 = sqrt %8710 : f64[] @ models/lib/nn.yaml:79:7
%8712 = div %5446, %8711 : f64[] @ models/lib/nn.yaml:79:7
%8713 = sqrt %8704 : f32[24,16] @ models/lib/nn.yaml:79:7
%8714 = cast %8712 : f32[] @ models/lib/nn.yaml:79:7
%8715 = broadcast %8714 : f32[24,16] @ models/lib/nn.yaml:79:7
%8716 = mul %8713, %8715 : f32[24,16] @ models/lib/nn.yaml:79:7
%8717 = broadcast %5490 : f32[24,16] @ models/lib/nn.yaml:79:7
%8718 = add %8716, %8717 : f32[24,16] @ models/lib/nn.yaml:79:7
%8719 = div %8698, %8718 : f32[24,16] @ models/lib/nn.yaml:79:7
%8720 = cast %8708 : f32[] @ models/lib/nn.yaml:79:7
%8721 = broadcast %8720 : f32[24,16] @ models/lib/nn.yaml:79:7
%8722 = mul %8719, %8721 : f32[24,16] @ models/lib/nn.yaml:79:7
%8723 = sub %8693, %8722 : f32[24,16] @ models/lib/nn.yaml:79:7
%8724 = assign %69, %8723 : f32[24,16] @ models/lib/nn.yaml:79:7
%8725 = assign %8688, %8698 : f32[24,16] @ models/lib/nn.yaml:79:7
%8726 = assign %8689, %8704 : f32[24,16] @ models/lib/nn.yaml:79:7
%8727 = assign %8690, %8691 : i64[] @ models/lib/nn.yaml:79:7
%8728 = broadcast %5502 : f32[24,16] @ models/lib/nn.yaml:79:7
%8729 = mul %147, %8728 : f32[24,16] @ models/lib/nn.yaml:79:7
%8730 = broadcast %5506 : f32[24,16] @ models/lib/nn.yaml:79:7
%8731 = mul %8723, %8730 : f32[24,16] @ models/lib/nn.yaml:79:7
%8732 = add %8729, %8731 : f32[24,16] @ models/lib/nn.yaml:79:7
%8733 = assign %147, %8732 : f32[24,16] @ models/lib/nn.yaml:79:7
%8734 = all_reduce_sum %4582 : f32[24] @ models/lib/nn.yaml:80:7
%8735 = mul %8734, %8734 : f32[24] @ models/lib/nn.yaml:80:7
%8736 = reduce_sum %8735 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8737 = sqrt %8736 : f32[] @ models/lib/nn.yaml:80:7
%8738 = cast %8737 : f64[] @ models/lib/nn.yaml:80:7
%8739 = add %8738, %5442 : f64[] @ models/lib/nn.yaml:80:7
%8740 = div %5444, %8739 : f64[] @ models/lib/nn.yaml:80:7
%8741 = lt %8740, %5446 : bool[] @ models/lib/nn.yaml:80:7
%8742 = cast %8740 : f32[] @ models/lib/nn.yaml:80:7
%8743 = broadcast %8742 : f32[24] @ models/lib/nn.yaml:80:7
%8744 = mul %8734, %8743 : f32[24] @ models/lib/nn.yaml:80:7
%8745 = broadcast %8741 : bool[24] @ models/lib/nn.yaml:80:7
%8746 = select %8745, %8744, %8734 : f32[24] @ models/lib/nn.yaml:80:7
%8747 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8748 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8749 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8750 = add %8749, %5456 : i64[] @ models/lib/nn.yaml:80:7
%8751 = broadcast %3111 : f32[24] @ models/lib/nn.yaml:80:7
%8752 = mul %8746, %8751 : f32[24] @ models/lib/nn.yaml:80:7
%8753 = broadcast %2138 : f32[24] @ models/lib/nn.yaml:80:7
%8754 = mul %8747, %8753 : f32[24] @ models/lib/nn.yaml:80:7
%8755 = add %8754, %8752 : f32[24] @ models/lib/nn.yaml:80:7
%8756 = mul %8746, %8746 : f32[24] @ models/lib/nn.yaml:80:7
%8757 = broadcast %5470 : f32[24] @ models/lib/nn.yaml:80:7
%8758 = mul %8756, %8757 : f32[24] @ models/lib/nn.yaml:80:7
%8759 = broadcast %5474 : f32[24] @ models/lib/nn.yaml:80:7
%8760 = mul %8748, %8759 : f32[24] @ models/lib/nn.yaml:80:7
%8761 = add %8760, %8758 : f32[24] @ models/lib/nn.yaml:80:7
%8762 = cast %8750 : f64[] @ models/lib/nn.yaml:80:7
%8763 = pow %5465, %8762 : f64[] @ models/lib/nn.yaml:80:7
%8764 = sub %5446, %8763 : f64[] @ models/lib/nn.yaml:80:7
%8765 = div %3382, %8764 : f64[] @ models/lib/nn.yaml:80:7
%8766 = pow %5473, %8762 : f64[] @ models/lib/nn.yaml:80:7
%8767 = sub %5446, %8766 : f64[] @ models/lib/nn.yaml:80:7
%8768 = sqrt %8767 : f64[] @ models/lib/nn.yaml:80:7
%8769 = div %5446, %8768 : f64[] @ models/lib/nn.yaml:80:7
%8770 = sqrt %8761 : f32[24] @ models/lib/nn.yaml:80:7
%8771 = cast %8769 : f32[] @ models/lib/nn.yaml:80:7
%8772 = broadcast %8771 : f32[24] @ models/lib/nn.yaml:80:7
%8773 = mul %8770, %8772 : f32[24] @ models/lib/nn.yaml:80:7
%8774 = broadcast %5490 : f32[24] @ models/lib/nn.yaml:80:7
%8775 = add %8773, %8774 : f32[24] @ models/lib/nn.yaml:80:7
%8776 = div %8755, %8775 : f32[24] @ models/lib/nn.yaml:80:7
%8777 = cast %8765 : f32[] @ models/lib/nn.yaml:80:7
%8778 = broadcast %8777 : f32[24] @ models/lib/nn.yaml:80:7
%8779 = mul %8776, %8778 : f32[24] @ models/lib/nn.yaml:80:7
%8780 = sub %70, %8779 : f32[24] @ models/lib/nn.yaml:80:7
%8781 = assign %70, %8780 : f32[24] @ models/lib/nn.yaml:80:7
%8782 = assign %8747, %8755 : f32[24] @ models/lib/nn.yaml:80:7
%8783 = assign %8748, %8761 : f32[24] @ models/lib/nn.yaml:80:7
%8784 = assign %8749, %8750 : i64[] @ models/lib/nn.yaml:80:7
%8785 = broadcast %5502 : f32[24] @ models/lib/nn.yaml:80:7
%8786 = mul %148, %8785 : f32[24] @ models/lib/nn.yaml:80:7
%8787 = broadcast %5506 : f32[24] @ models/lib/nn.yaml:80:7
%8788 = mul %8780, %8787 : f32[24] @ models/lib/nn.yaml:80:7
%8789 = add %8786, %8788 : f32[24] @ models/lib/nn.yaml:80:7
%8790 = assign %148, %8789 : f32[24] @ models/lib/nn.yaml:80:7
%8791 = all_reduce_sum %4566 : f32[24,24] @ models/lib/nn.yaml:79:7
%8792 = reshape %8791 : f32[576] @ models/lib/nn.yaml:79:7
%8793 = mul %8792, %8792 : f32[576] @ models/lib/nn.yaml:79:7
%8794 = reduce_sum %8793 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8795 = sqrt %8794 : f32[] @ models/lib/nn.yaml:79:7
%8796 = cast %8795 : f64[] @ models/lib/nn.yaml:79:7
%8797 = add %8796, %5442 : f64[] @ models/lib/nn.yaml:79:7
%8798 = div %5444, %8797 : f64[] @ models/lib/nn.yaml:79:7
%8799 = lt %8798, %5446 : bool[] @ models/lib/nn.yaml:79:7
%8800 = cast %8798 : f32[] @ models/lib/nn.yaml:79:7
%8801 = broadcast %8800 : f32[24,24] @ models/lib/nn.yaml:79:7
%8802 = mul %8791, %8801 : f32[24,24] @ models/lib/nn.yaml:79:7
%8803 = broadcast %8799 : bool[24,24] @ models/lib/nn.yaml:79:7
%8804 = select %8803, %8802, %8791 : f32[24,24] @ models/lib/nn.yaml:79:7
%8805 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%8806 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%8807 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8808 = add %8807, %5456 : i64[] @ models/lib/nn.yaml:79:7
%8809 = broadcast %5460 : f32[24,24] @ models/lib/nn.yaml:79:7
%8810 = mul %71, %8809 : f32[24,24] @ models/lib/nn.yaml:79:7
%8811 = broadcast %3111 : f32[24,24] @ models/lib/nn.yaml:79:7
%8812 = mul %8804, %8811 : f32[24,24] @ models/lib/nn.yaml:79:7
%8813 = broadcast %2138 : f32[24,24] @ models/lib/nn.yaml:79:7
%8814 = mul %8805, %8813 : f32[24,24] @ models/lib/nn.yaml:79:7
%8815 = add %8814, %8812 : f32[24,24] @ models/lib/nn.yaml:79:7
%8816 = mul %8804, %8804 : f32[24,24] @ models/lib/nn.yaml:79:7
%8817 = broadcast %5470 : f32[24,24] @ models/lib/nn.yaml:79:7
%8818 = mul %8816, %8817 : f32[24,24] @ models/lib/nn.yaml:79:7
%8819 = broadcast %5474 : f32[24,24] @ models/lib/nn.yaml:79:7
%8820 = mul %8806, %8819 : f32[24,24] @ models/lib/nn.yaml:79:7
%8821 = add %8820, %8818 : f32[24,24] @ models/lib/nn.yaml:79:7
%8822 = cast %8808 : f64[] @ models/lib/nn.yaml:79:7
%8823 = pow %5465, %8822 : f64[] @ models/lib/nn.yaml:79:7
%8824 = sub %5446, %8823 : f64[] @ models/lib/nn.yaml:79:7
%8825 = div %3382, %8824 : f64[] @ models/lib/nn.yaml:79:7
%8826 = pow %5473, %8822 : f64[] @ models/lib/nn.yaml:79:7
%8827 = sub %5446, %8826 : f64[] @ models/lib/nn.yaml:79:7
%8828 = sqrt %8827 : f64[] @ models/lib/nn.yaml:79:7
%8829 = div %5446, %8828 : f64[] @ models/lib/nn.yaml:79:7
%8830 = sqrt %8821 : f32[24,24] @ models/lib/nn.yaml:79:7
%8831 = cast %8829 : f32[] @ models/lib/nn.yaml:79:7
%8832 = broadcast %8831 : f32[24,24] @ models/lib/nn.yaml:79:7
%8833 = mul %8830, %8832 : f32[24,24] @ models/lib/nn.yaml:79:7
%8834 = broadcast %5490 : f32[24,24] @ models/lib/nn.yaml:79:7
%8835 = add %8833, %8834 : f32[24,24] @ models/lib/nn.yaml:79:7
%8836 = div %8815, %8835 : f32[24,24] @ models/lib/nn.yaml:79:7
%8837 = cast %8825 : f32[] @ models/lib/nn.yaml:79:7
%8838 = broadcast %8837 : f32[24,24] @ models/lib/nn.yaml:79:7
%8839 = mul %8836, %8838 : f32[24,24] @ models/lib/nn.yaml:79:7
%8840 = sub %8810, %8839 : f32[24,24] @ models/lib/nn.yaml:79:7
%8841 = assign %71, %8840 : f32[24,24] @ models/lib/nn.yaml:79:7
%8842 = assign %8805, %8815 : f32[24,24] @ models/lib/nn.yaml:79:7
%8843 = assign %8806, %8821 : f32[24,24] @ models/lib/nn.yaml:79:7
%8844 = assign %8807, %8808 : i64[] @ models/lib/nn.yaml:79:7
%8845 = broadcast %5502 : f32[24,24] @ models/lib/nn.yaml:79:7
%8846 = mul %149, %8845 : f32[24,24] @ models/lib/nn.yaml:79:7
%8847 = broadcast %5506 : f32[24,24] @ models/lib/nn.yaml:79:7
%8848 = mul %8840, %8847 : f32[24,24] @ models/lib/nn.yaml:79:7
%8849 = add %8846, %8848 : f32[24,24] @ models/lib/nn.yaml:79:7
%8850 = assign %149, %8849 : f32[24,24] @ models/lib/nn.yaml:79:7
%8851 = all_reduce_sum %4561 : f32[24] @ models/lib/nn.yaml:80:7
%8852 = mul %8851, %8851 : f32[24] @ models/lib/nn.yaml:80:7
%8853 = reduce_sum %8852 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8854 = sqrt %8853 : f32[] @ models/lib/nn.yaml:80:7
%8855 = cast %8854 : f64[] @ models/lib/nn.yaml:80:7
%8856 = add %8855, %5442 : f64[] @ models/lib/nn.yaml:80:7
%8857 = div %5444, %8856 : f64[] @ models/lib/nn.yaml:80:7
%8858 = lt %8857, %5446 : bool[] @ models/lib/nn.yaml:80:7
%8859 = cast %8857 : f32[] @ models/lib/nn.yaml:80:7
%8860 = broadcast %8859 : f32[24] @ models/lib/nn.yaml:80:7
%8861 = mul %8851, %8860 : f32[24] @ models/lib/nn.yaml:80:7
%8862 = broadcast %8858 : bool[24] @ models/lib/nn.yaml:80:7
%8863 = select %8862, %8861, %8851 : f32[24] @ models/lib/nn.yaml:80:7
%8864 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8865 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8866 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8867 = add %8866, %5456 : i64[] @ models/lib/nn.yaml:80:7
%8868 = mul %8863, %8751 : f32[24] @ models/lib/nn.yaml:80:7
%8869 = mul %8864, %8753 : f32[24] @ models/lib/nn.yaml:80:7
%8870 = add %8869, %8868 : f32[24] @ models/lib/nn.yaml:80:7
%8871 = mul %8863, %8863 : f32[24] @ models/lib/nn.yaml:80:7
%8872 = mul %8871, %8757 : f32[24] @ models/lib/nn.yaml:80:7
%8873 = mul %8865, %8759 : f32[24] @ models/lib/nn.yaml:80:7
%8874 = add %8873, %8872 : f32[24] @ models/lib/nn.yaml:80:7
%8875 = cast %8867 : f64[] @ models/lib/nn.yaml:80:7
%8876 = pow %5465, %8875 : f64[] @ models/lib/nn.yaml:80:7
%8877 = sub %5446, %8876 : f64[] @ models/lib/nn.yaml:80:7
%8878 = div %3382, %8877 : f64[] @ models/lib/nn.yaml:80:7
%8879 = pow %5473, %8875 : f64[] @ models/lib/nn.yaml:80:7
%8880 = sub %5446, %8879 : f64[] @ models/lib/nn.yaml:80:7
%8881 = sqrt %8880 : f64[] @ models/lib/nn.yaml:80:7
%8882 = div %5446, %8881 : f64[] @ models/lib/nn.yaml:80:7
%8883 = sqrt %8874 : f32[24] @ models/lib/nn.yaml:80:7
%8884 = cast %8882 : f32[] @ models/lib/nn.yaml:80:7
%8885 = broadcast %8884 : f32[24] @ models/lib/nn.yaml:80:7
%8886 = mul %8883, %8885 : f32[24] @ models/lib/nn.yaml:80:7
%8887 = add %8886, %8774 : f32[24] @ models/lib/nn.yaml:80:7
%8888 = div %8870, %8887 : f32[24] @ models/lib/nn.yaml:80:7
%8889 = cast %8878 : f32[] @ models/lib/nn.yaml:80:7
%8890 = broadcast %8889 : f32[24] @ models/lib/nn.yaml:80:7
%8891 = mul %8888, %8890 : f32[24] @ models/lib/nn.yaml:80:7
%8892 = sub %72, %8891 : f32[24] @ models/lib/nn.yaml:80:7
%8893 = assign %72, %8892 : f32[24] @ models/lib/nn.yaml:80:7
%8894 = assign %8864, %8870 : f32[24] @ models/lib/nn.yaml:80:7
%8895 = assign %8865, %8874 : f32[24] @ models/lib/nn.yaml:80:7
%8896 = assign %8866, %8867 : i64[] @ models/lib/nn.yaml:80:7
%8897 = mul %150, %8785 : f32[24] @ models/lib/nn.yaml:80:7
%8898 = mul %8892, %8787 : f32[24] @ models/lib/nn.yaml:80:7
%8899 = add %8897, %8898 : f32[24] @ models/lib/nn.yaml:80:7
%8900 = assign %150, %8899 : f32[24] @ models/lib/nn.yaml:80:7
%8901 = all_reduce_sum %4545 : f32[8,24] @ models/lib/nn.yaml:79:7
%8902 = reshape %8901 : f32[192] @ models/lib/nn.yaml:79:7
%8903 = mul %8902, %8902 : f32[192] @ models/lib/nn.yaml:79:7
%8904 = reduce_sum %8903 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8905 = sqrt %8904 : f32[] @ models/lib/nn.yaml:79:7
%8906 = cast %8905 : f64[] @ models/lib/nn.yaml:79:7
%8907 = add %8906, %5442 : f64[] @ models/lib/nn.yaml:79:7
%8908 = div %5444, %8907 : f64[] @ models/lib/nn.yaml:79:7
%8909 = lt %8908, %5446 : bool[] @ models/lib/nn.yaml:79:7
%8910 = cast %8908 : f32[] @ models/lib/nn.yaml:79:7
%8911 = broadcast %8910 : f32[8,24] @ models/lib/nn.yaml:79:7
%8912 = mul %8901, %8911 : f32[8,24] @ models/lib/nn.yaml:79:7
%8913 = broadcast %8909 : bool[8,24] @ models/lib/nn.yaml:79:7
%8914 = select %8913, %8912, %8901 : f32[8,24] @ models/lib/nn.yaml:79:7
%8915 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8916 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8917 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8918 = add %8917, %5456 : i64[] @ models/lib/nn.yaml:79:7
%8919 = broadcast %5460 : f32[8,24] @ models/lib/nn.yaml:79:7
%8920 = mul %73, %8919 : f32[8,24] @ models/lib/nn.yaml:79:7
%8921 = broadcast %3111 : f32[8,24] @ models/lib/nn.yaml:79:7
%8922 = mul %8914, %8921 : f32[8,24] @ models/lib/nn.yaml:79:7
%8923 = broadcast %2138 : f32[8,24] @ models/lib/nn.yaml:79:7
%8924 = mul %8915, %8923 : f32[8,24] @ models/lib/nn.yaml:79:7
%8925 = add %8924, %8922 : f32[8,24] @ models/lib/nn.yaml:79:7
%8926 = mul %8914, %8914 : f32[8,24] @ models/lib/nn.yaml:79:7
%8927 = broadcast %5470 : f32[8,24] @ models/lib/nn.yaml:79:7
%8928 = mul %8926, %8927 : f32[8,24] @ models/lib/nn.yaml:79:7
%8929 = broadcast %5474 : f32[8,24] @ models/lib/nn.yaml:79:7
%8930 = mul %8916, %8929 : f32[8,24] @ models/lib/nn.yaml:79:7
%8931 = add %8930, %8928 : f32[8,24] @ models/lib/nn.yaml:79:7
%8932 = cast %8918 : f64[] @ models/lib/nn.yaml:79:7
%8933 = pow %5465, %8932 : f64[] @ models/lib/nn.yaml:79:7
%8934 = sub %5446, %8933 : f64[] @ models/lib/nn.yaml:79:7
%8935 = div %3382, %8934 : f64[] @ models/lib/nn.yaml:79:7
%8936 = pow %5473, %8932 : f64[] @ models/lib/nn.yaml:79:7
%8937 = sub %5446, %8936 : f64[] @ models/lib/nn.yaml:79:7
%8938 = sqrt %8937 : f64[] @ models/lib/nn.yaml:79:7
%8939 = div %5446, %8938 : f64[] @ models/lib/nn.yaml:79:7
%8940 = sqrt %8931 : f32[8,24] @ models/lib/nn.yaml:79:7
%8941 = cast %8939 : f32[] @ models/lib/nn.yaml:79:7
%8942 = broadcast %8941 : f32[8,24] @ models/lib/nn.yaml:79:7
%8943 = mul %8940, %8942 : f32[8,24] @ models/lib/nn.yaml:79:7
%8944 = broadcast %5490 : f32[8,24] @ models/lib/nn.yaml:79:7
%8945 = add %8943, %8944 : f32[8,24] @ models/lib/nn.yaml:79:7
%8946 = div %8925, %8945 : f32[8,24] @ models/lib/nn.yaml:79:7
%8947 = cast %8935 : f32[] @ models/lib/nn.yaml:79:7
%8948 = broadcast %8947 : f32[8,24] @ models/lib/nn.yaml:79:7
%8949 = mul %8946, %8948 : f32[8,24] @ models/lib/nn.yaml:79:7
%8950 = sub %8920, %8949 : f32[8,24] @ models/lib/nn.yaml:79:7
%8951 = assign %73, %8950 : f32[8,24] @ models/lib/nn.yaml:79:7
%8952 = assign %8915, %8925 : f32[8,24] @ models/lib/nn.yaml:79:7
%8953 = assign %8916, %8931 : f32[8,24] @ models/lib/nn.yaml:79:7
%8954 = assign %8917, %8918 : i64[] @ models/lib/nn.yaml:79:7
%8955 = broadcast %5502 : f32[8,24] @ models/lib/nn.yaml:79:7
%8956 = mul %151, %8955 : f32[8,24] @ models/lib/nn.yaml:79:7
%8957 = broadcast %5506 : f32[8,24] @ models/lib/nn.yaml:79:7
%8958 = mul %8950, %8957 : f32[8,24] @ models/lib/nn.yaml:79:7
%8959 = add %8956, %8958 : f32[8,24] @ models/lib/nn.yaml:79:7
%8960 = assign %151, %8959 : f32[8,24] @ models/lib/nn.yaml:79:7
%8961 = all_reduce_sum %4540 : f32[8] @ models/lib/nn.yaml:80:7
%8962 = mul %8961, %8961 : f32[8] @ models/lib/nn.yaml:80:7
%8963 = reduce_sum %8962 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8964 = sqrt %8963 : f32[] @ models/lib/nn.yaml:80:7
%8965 = cast %8964 : f64[] @ models/lib/nn.yaml:80:7
%8966 = add %8965, %5442 : f64[] @ models/lib/nn.yaml:80:7
%8967 = div %5444, %8966 : f64[] @ models/lib/nn.yaml:80:7
%8968 = lt %8967, %5446 : bool[] @ models/lib/nn.yaml:80:7
%8969 = cast %8967 : f32[] @ models/lib/nn.yaml:80:7
%8970 = broadcast %8969 : f32[8] @ models/lib/nn.yaml:80:7
%8971 = mul %8961, %8970 : f32[8] @ models/lib/nn.yaml:80:7
%8972 = broadcast %8968 : bool[8] @ models/lib/nn.yaml:80:7
%8973 = select %8972, %8971, %8961 : f32[8] @ models/lib/nn.yaml:80:7
%8974 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%8975 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%8976 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8977 = add %8976, %5456 : i64[] @ models/lib/nn.yaml:80:7
%8978 = broadcast %3111 : f32[8] @ models/lib/nn.yaml:80:7
%8979 = mul %8973, %8978 : f32[8] @ models/lib/nn.yaml:80:7
%8980 = broadcast %2138 : f32[8] @ models/lib/nn.yaml:80:7
%8981 = mul %8974, %8980 : f32[8] @ models/lib/nn.yaml:80:7
%8982 = add %8981, %8979 : f32[8] @ models/lib/nn.yaml:80:7
%8983 = mul %8973, %8973 : f32[8] @ models/lib/nn.yaml:80:7
%8984 = broadcast %5470 : f32[8] @ models/lib/nn.yaml:80:7
%8985 = mul %8983, %8984 : f32[8] @ models/lib/nn.yaml:80:7
%8986 = broadcast %5474 : f32[8] @ models/lib/nn.yaml:80:7
%8987 = mul %8975, %8986 : f32[8] @ models/lib/nn.yaml:80:7
%8988 = add %8987, %8985 : f32[8] @ models/lib/nn.yaml:80:7
%8989 = cast %8977 : f64[] @ models/lib/nn.yaml:80:7
%8990 = pow %5465, %8989 : f64[] @ models/lib/nn.yaml:80:7
%8991 = sub %5446, %8990 : f64[] @ models/lib/nn.yaml:80:7
%8992 = div %3382, %8991 : f64[] @ models/lib/nn.yaml:80:7
%8993 = pow %5473, %8989 : f64[] @ models/lib/nn.yaml:80:7
%8994 = sub %5446, %8993 : f64[] @ models/lib/nn.yaml:80:7
%8995 = sqrt %8994 : f64[] @ models/lib/nn.yaml:80:7
%8996 = div %5446, %8995 : f64[] @ models/lib/nn.yaml:80:7
%8997 = sqrt %8988 : f32[8] @ models/lib/nn.yaml:80:7
%8998 = cast %8996 : f32[] @ models/lib/nn.yaml:80:7
%8999 = broadcast %8998 : f32[8] @ models/lib/nn.yaml:80:7
%9000 = mul %8997, %8999 : f32[8] @ models/lib/nn.yaml:80:7
%9001 = broadcast %5490 : f32[8] @ models/lib/nn.yaml:80:7
%9002 = add %9000, %9001 : f32[8] @ models/lib/nn.yaml:80:7
%9003 = div %8982, %9002 : f32[8] @ models/lib/nn.yaml:80:7
%9004 = cast %8992 : f32[] @ models/lib/nn.yaml:80:7
%9005 = broadcast %9004 : f32[8] @ models/lib/nn.yaml:80:7
%9006 = mul %9003, %9005 : f32[8] @ models/lib/nn.yaml:80:7
%9007 = sub %74, %9006 : f32[8] @ models/lib/nn.yaml:80:7
%9008 = assign %74, %9007 : f32[8] @ models/lib/nn.yaml:80:7
%9009 = assign %8974, %8982 : f32[8] @ models/lib/nn.yaml:80:7
%9010 = assign %8975, %8988 : f32[8] @ models/lib/nn.yaml:80:7
%9011 = assign %8976, %8977 : i64[] @ models/lib/nn.yaml:80:7
%9012 = broadcast %5502 : f32[8] @ models/lib/nn.yaml:80:7
%9013 = mul %152, %9012 : f32[8] @ models/lib/nn.yaml:80:7
%9014 = broadcast %5506 : f32[8] @ models/lib/nn.yaml:80:7
%9015 = mul %9007, %9014 : f32[8] @ models/lib/nn.yaml:80:7
%9016 = add %9013, %9015 : f32[8] @ models/lib/nn.yaml:80:7
%9017 = assign %152, %9016 : f32[8] @ models/lib/nn.yaml:80:7
%9018 = broadcast %5502 : f32[32,1] @ models/lib/dino.yaml:18:7
%9019 = mul %153, %9018 : f32[32,1] @ models/lib/dino.yaml:18:7
%9020 = broadcast %5506 : f32[32,1] @ models/lib/dino.yaml:18:7
%9021 = mul %75, %9020 : f32[32,1] @ models/lib/dino.yaml:18:7
%9022 = add %9019, %9021 : f32[32,1] @ models/lib/dino.yaml:18:7
%9023 = assign %153, %9022 : f32[32,1] @ models/lib/dino.yaml:18:7
%9024 = all_reduce_sum %4519 : f32[32,8] @ models/lib/dino.yaml:19:7
%9025 = reshape %9024 : f32[256] @ models/lib/dino.yaml:19:7
%9026 = mul %9025, %9025 : f32[256] @ models/lib/dino.yaml:19:7
%9027 = reduce_sum %9026 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%9028 = sqrt %9027 : f32[] @ models/lib/dino.yaml:19:7
%9029 = cast %9028 : f64[] @ models/lib/dino.yaml:19:7
%9030 = add %9029, %5442 : f64[] @ models/lib/dino.yaml:19:7
%9031 = div %5444, %9030 : f64[] @ models/lib/dino.yaml:19:7
%9032 = lt %9031, %5446 : bool[] @ models/lib/dino.yaml:19:7
%9033 = cast %9031 : f32[] @ models/lib/dino.yaml:19:7
%9034 = broadcast %9033 : f32[32,8] @ models/lib/dino.yaml:19:7
%9035 = mul %9024, %9034 : f32[32,8] @ models/lib/dino.yaml:19:7
%9036 = broadcast %9032 : bool[32,8] @ models/lib/dino.yaml:19:7
%9037 = select %9036, %9035, %9024 : f32[32,8] @ models/lib/dino.yaml:19:7
%9038 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%9039 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%9040 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%9041 = add %9040, %5456 : i64[] @ models/lib/dino.yaml:19:7
%9042 = broadcast %5460 : f32[32,8] @ models/lib/dino.yaml:19:7
%9043 = mul %76, %9042 : f32[32,8] @ models/lib/dino.yaml:19:7
%9044 = broadcast %3111 : f32[32,8] @ models/lib/dino.yaml:19:7
%9045 = mul %9037, %9044 : f32[32,8] @ models/lib/dino.yaml:19:7
%9046 = broadcast %2138 : f32[32,8] @ models/lib/dino.yaml:19:7
%9047 = mul %9038, %9046 : f32[32,8] @ models/lib/dino.yaml:19:7
%9048 = add %9047, %9045 : f32[32,8] @ models/lib/dino.yaml:19:7
%9049 = mul %9037, %9037 : f32[32,8] @ models/lib/dino.yaml:19:7
%9050 = broadcast %5470 : f32[32,8] @ models/lib/dino.yaml:19:7
%9051 = mul %9049, %9050 : f32[32,8] @ models/lib/dino.yaml:19:7
%9052 = broadcast %5474 : f32[32,8] @ models/lib/dino.yaml:19:7
%9053 = mul %9039, %9052 : f32[32,8] @ models/lib/dino.yaml:19:7
%9054 = add %9053, %9051 : f32[32,8] @ models/lib/dino.yaml:19:7
%9055 = cast %9041 : f64[] @ models/lib/dino.yaml:19:7
%9056 = pow %5465, %9055 : f64[] @ models/lib/dino.yaml:19:7
%9057 = sub %5446, %9056 : f64[] @ models/lib/dino.yaml:19:7
%9058 = div %3382, %9057 : f64[] @ models/lib/dino.yaml:19:7
%9059 = pow %5473, %9055 : f64[] @ models/lib/dino.yaml:19:7
%9060 = sub %5446, %9059 : f64[] @ models/lib/dino.yaml:19:7
%9061 = sqrt %9060 : f64[] @ models/lib/dino.yaml:19:7
%9062 = div %5446, %9061 : f64[] @ models/lib/dino.yaml:19:7
%9063 = sqrt %9054 : f32[32,8] @ models/lib/dino.yaml:19:7
%9064 = cast %9062 : f32[] @ models/lib/dino.yaml:19:7
%9065 = broadcast %9064 : f32[32,8] @ models/lib/dino.yaml:19:7
%9066 = mul %9063, %9065 : f32[32,8] @ models/lib/dino.yaml:19:7
%9067 = broadcast %5490 : f32[32,8] @ models/lib/dino.yaml:19:7
%9068 = add %9066, %9067 : f32[32,8] @ models/lib/dino.yaml:19:7
%9069 = div %9048, %9068 : f32[32,8] @ models/lib/dino.yaml:19:7
%9070 = cast %9058 : f32[] @ models/lib/dino.yaml:19:7
%9071 = broadcast %9070 : f32[32,8] @ models/lib/dino.yaml:19:7
%9072 = mul %9069, %9071 : f32[32,8] @ models/lib/dino.yaml:19:7
%9073 = sub %9043, %9072 : f32[32,8] @ models/lib/dino.yaml:19:7
%9074 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%9075 = lt %9074, %5456 : bool[] @ models/lib/dino.yaml:19:7
%9076 = broadcast %9075 : bool[32,8] @ models/lib/dino.yaml:19:7
%9077 = select %9076, %76, %9073 : f32[32,8] @ models/lib/dino.yaml:19:7
%9078 = select %9076, %9038, %9048 : f32[32,8] @ models/lib/dino.yaml:19:7
%9079 = select %9076, %9039, %9054 : f32[32,8] @ models/lib/dino.yaml:19:7
%9080 = select %9075, %9040, %9041 : i64[] @ models/lib/dino.yaml:19:7
%9081 = assign %76, %9077 : f32[32,8] @ models/lib/dino.yaml:19:7
%9082 = assign %9038, %9078 : f32[32,8] @ models/lib/dino.yaml:19:7
%9083 = assign %9039, %9079 : f32[32,8] @ models/lib/dino.yaml:19:7
%9084 = assign %9040, %9080 : i64[] @ models/lib/dino.yaml:19:7
%9085 = broadcast %5502 : f32[32,8] @ models/lib/dino.yaml:19:7
%9086 = mul %154, %9085 : f32[32,8] @ models/lib/dino.yaml:19:7
%9087 = broadcast %5506 : f32[32,8] @ models/lib/dino.yaml:19:7
%9088 = mul %9077, %9087 : f32[32,8] @ models/lib/dino.yaml:19:7
%9089 = add %9086, %9088 : f32[32,8] @ models/lib/dino.yaml:19:7
%9090 = assign %154, %9089 : f32[32,8] @ models/lib/dino.yaml:19:7
%9091 = all_reduce_sum %4503 : f32[24,16] @ models/lib/nn.yaml:79:7
%9092 = reshape %9091 : f32[384] @ models/lib/nn.yaml:79:7
%9093 = mul %9092, %9092 : f32[384] @ models/lib/nn.yaml:79:7
%9094 = reduce_sum %9093 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9095 = sqrt %9094 : f32[] @ models/lib/nn.yaml:79:7
%9096 = cast %9095 : f64[] @ models/lib/nn.yaml:79:7
%9097 = add %9096, %5442 : f64[] @ models/lib/nn.yaml:79:7
%9098 = div %5444, %9097 : f64[] @ models/lib/nn.yaml:79:7
%9099 = lt %9098, %5446 : bool[] @ models/lib/nn.yaml:79:7
%9100 = cast %9098 : f32[] @ models/lib/nn.yaml:79:7
%9101 = broadcast %9100 : f32[24,16] @ models/lib/nn.yaml:79:7
%9102 = mul %9091, %9101 : f32[24,16] @ models/lib/nn.yaml:79:7
%9103 = broadcast %9099 : bool[24,16] @ models/lib/nn.yaml:79:7
%9104 = select %9103, %9102, %9091 : f32[24,16] @ models/lib/nn.yaml:79:7
%9105 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9106 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9107 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9108 = add %9107, %5456 : i64[] @ models/lib/nn.yaml:79:7
%9109 = mul %77, %8692 : f32[24,16] @ models/lib/nn.yaml:79:7
%9110 = mul %9104, %8694 : f32[24,16] @ models/lib/nn.yaml:79:7
%9111 = mul %9105, %8696 : f32[24,16] @ models/lib/nn.yaml:79:7
%9112 = add %9111, %9110 : f32[24,16] @ models/lib/nn.yaml:79:7
%9113 = mul %9104, %9104 : f32[24,16] @ models/lib/nn.yaml:79:7
%9114 = mul %9113, %8700 : f32[24,16] @ models/lib/nn.yaml:79:7
%9115 = mul %9106, %8702 : f32[24,16] @ models/lib/nn.yaml:79:7
%9116 = add %9115, %9114 : f32[24,16] @ models/lib/nn.yaml:79:7
%9117 = cast %9108 : f64[] @ models/lib/nn.yaml:79:7
%9118 = pow %5465, %9117 : f64[] @ models/lib/nn.yaml:79:7
%9119 = sub %5446, %9118 : f64[] @ models/lib/nn.yaml:79:7
%9120 = div %3382, %9119 : f64[] @ models/lib/nn.yaml:79:7
%9121 = pow %5473, %9117 : f64[] @ models/lib/nn.yaml:79:7
%9122 = sub %5446, %9121 : f64[] @ models/lib/nn.yaml:79:7
%9123 = sqrt %9122 : f64[] @ models/lib/nn.yaml:79:7
%9124 = div %5446, %9123 : f64[] @ models/lib/nn.yaml:79:7
%9125 = sqrt %9116 : f32[24,16] @ models/lib/nn.yaml:79:7
%9126 = cast %9124 : f32[] @ models/lib/nn.yaml:79:7
%9127 = broadcast %9126 : f32[24,16] @ models/lib/nn.yaml:79:7
%9128 = mul %9125, %9127 : f32[24,16] @ models/lib/nn.yaml:79:7
%9129 = add %9128, %8717 : f32[24,16] @ models/lib/nn.yaml:79:7
%9130 = div %9112, %9129 : f32[24,16] @ models/lib/nn.yaml:79:7
%9131 = cast %9120 : f32[] @ models/lib/nn.yaml:79:7
%9132 = broadcast %9131 : f32[24,16] @ models/lib/nn.yaml:79:7
%9133 = mul %9130, %9132 : f32[24,16] @ models/lib/nn.yaml:79:7
%9134 = sub %9109, %9133 : f32[24,16] @ models/lib/nn.yaml:79:7
%9135 = assign %77, %9134 : f32[24,16] @ models/lib/nn.yaml:79:7
%9136 = assign %9105, %9112 : f32[24,16] @ models/lib/nn.yaml:79:7
%9137 = assign %9106, %9116 : f32[24,16] @ models/lib/nn.yaml:79:7
%9138 = assign %9107, %9108 : i64[] @ models/lib/nn.yaml:79:7
%9139 = mul %155, %8728 : f32[24,16] @ models/lib/nn.yaml:79:7
%9140 = mul %9134, %8730 : f32[24,16] @ models/lib/nn.yaml:79:7
%9141 = add %9139, %9140 : f32[24,16] @ models/lib/nn.yaml:79:7
%9142 = assign %155, %9141 : f32[24,16] @ models/lib/nn.yaml:79:7
%9143 = all_reduce_sum %4498 : f32[24] @ models/lib/nn.yaml:80:7
%9144 = mul %9143, %9143 : f32[24] @ models/lib/nn.yaml:80:7
%9145 = reduce_sum %9144 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9146 = sqrt %9145 : f32[] @ models/lib/nn.yaml:80:7
%9147 = cast %9146 : f64[] @ models/lib/nn.yaml:80:7
%9148 = add %9147, %5442 : f64[] @ models/lib/nn.yaml:80:7
%9149 = div %5444, %9148 : f64[] @ models/lib/nn.yaml:80:7
%9150 = lt %9149, %5446 : bool[] @ models/lib/nn.yaml:80:7
%9151 = cast %9149 : f32[] @ models/lib/nn.yaml:80:7
%9152 = broadcast %9151 : f32[24] @ models/lib/nn.yaml:80:7
%9153 = mul %9143, %9152 : f32[24] @ models/lib/nn.yaml:80:7
%9154 = broadcast %9150 : bool[24] @ models/lib/nn.yaml:80:7
%9155 = select %9154, %9153, %9143 : f32[24] @ models/lib/nn.yaml:80:7
%9156 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9157 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9158 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9159 = add %9158, %5456 : i64[] @ models/lib/nn.yaml:80:7
%9160 = mul %9155, %8751 : f32[24] @ models/lib/nn.yaml:80:7
%9161 = mul %9156, %8753 : f32[24] @ models/lib/nn.yaml:80:7
%9162 = add %9161, %9160 : f32[24] @ models/lib/nn.yaml:80:7
%9163 = mul %9155, %9155 : f32[24] @ models/lib/nn.yaml:80:7
%9164 = mul %9163, %8757 : f32[24] @ models/lib/nn.yaml:80:7
%9165 = mul %9157, %8759 : f32[24] @ models/lib/nn.yaml:80:7
%9166 = add %9165, %9164 : f32[24] @ models/lib/nn.yaml:80:7
%9167 = cast %9159 : f64[] @ models/lib/nn.yaml:80:7
%9168 = pow %5465, %9167 : f64[] @ models/lib/nn.yaml:80:7
%9169 = sub %5446, %9168 : f64[] @ models/lib/nn.yaml:80:7
%9170 = div %3382, %9169 : f64[] @ models/lib/nn.yaml:80:7
%9171 = pow %5473, %9167 : f64[] @ models/lib/nn.yaml:80:7
%9172 = sub %5446, %9171 : f64[] @ models/lib/nn.yaml:80:7
%9173 = sqrt %9172 : f64[] @ models/lib/nn.yaml:80:7
%9174 = div %5446, %9173 : f64[] @ models/lib/nn.yaml:80:7
%9175 = sqrt %9166 : f32[24] @ models/lib/nn.yaml:80:7
%9176 = cast %9174 : f32[] @ models/lib/nn.yaml:80:7
%9177 = broadcast %9176 : f32[24] @ models/lib/nn.yaml:80:7
%9178 = mul %9175, %9177 : f32[24] @ models/lib/nn.yaml:80:7
%9179 = add %9178, %8774 : f32[24] @ models/lib/nn.yaml:80:7
%9180 = div %9162, %9179 : f32[24] @ models/lib/nn.yaml:80:7
%9181 = cast %9170 : f32[] @ models/lib/nn.yaml:80:7
%9182 = broadcast %9181 : f32[24] @ models/lib/nn.yaml:80:7
%9183 = mul %9180, %9182 : f32[24] @ models/lib/nn.yaml:80:7
%9184 = sub %78, %9183 : f32[24] @ models/lib/nn.yaml:80:7
%9185 = assign %78, %9184 : f32[24] @ models/lib/nn.yaml:80:7
%9186 = assign %9156, %9162 : f32[24] @ models/lib/nn.yaml:80:7
%9187 = assign %9157, %9166 : f32[24] @ models/lib/nn.yaml:80:7
%9188 = assign %9158, %9159 : i64[] @ models/lib/nn.yaml:80:7
%9189 = mul %156, %8785 : f32[24] @ models/lib/nn.yaml:80:7
%9190 = mul %9184, %8787 : f32[24] @ models/lib/nn.yaml:80:7
%9191 = add %9189, %9190 : f32[24] @ models/lib/nn.yaml:80:7
%9192 = assign %156, %9191 : f32[24] @ models/lib/nn.yaml:80:7
%9193 = all_reduce_sum %4480 : f32[24,24] @ models/lib/nn.yaml:79:7
%9194 = reshape %9193 : f32[576] @ models/lib/nn.yaml:79:7
%9195 = mul %9194, %9194 : f32[576] @ models/lib/nn.yaml:79:7
%9196 = reduce_sum %9195 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9197 = sqrt %9196 : f32[] @ models/lib/nn.yaml:79:7
%9198 = cast %9197 : f64[] @ models/lib/nn.yaml:79:7
%9199 = add %9198, %5442 : f64[] @ models/lib/nn.yaml:79:7
%9200 = div %5444, %9199 : f64[] @ models/lib/nn.yaml:79:7
%9201 = lt %9200, %5446 : bool[] @ models/lib/nn.yaml:79:7
%9202 = cast %9200 : f32[] @ models/lib/nn.yaml:79:7
%9203 = broadcast %9202 : f32[24,24] @ models/lib/nn.yaml:79:7
%9204 = mul %9193, %9203 : f32[24,24] @ models/lib/nn.yaml:79:7
%9205 = broadcast %9201 : bool[24,24] @ models/lib/nn.yaml:79:7
%9206 = select %9205, %9204, %9193 : f32[24,24] @ models/lib/nn.yaml:79:7
%9207 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9208 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9209 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9210 = add %9209, %5456 : i64[] @ models/lib/nn.yaml:79:7
%9211 = mul %79, %8809 : f32[24,24] @ models/lib/nn.yaml:79:7
%9212 = mul %9206, %8811 : f32[24,24] @ models/lib/nn.yaml:79:7
%9213 = mul %9207, %8813 : f32[24,24] @ models/lib/nn.yaml:79:7
%9214 = add %9213, %9212 : f32[24,24] @ models/lib/nn.yaml:79:7
%9215 = mul %9206, %9206 : f32[24,24] @ models/lib/nn.yaml:79:7
%9216 = mul %9215, %8817 : f32[24,24] @ models/lib/nn.yaml:79:7
%9217 = mul %9208, %8819 : f32[24,24] @ models/lib/nn.yaml:79:7
%9218 = add %9217, %9216 : f32[24,24] @ models/lib/nn.yaml:79:7
%9219 = cast %9210 : f64[] @ models/lib/nn.yaml:79:7
%9220 = pow %5465, %9219 : f64[] @ models/lib/nn.yaml:79:7
%9221 = sub %5446, %9220 : f64[] @ models/lib/nn.yaml:79:7
%9222 = div %3382, %9221 : f64[] @ models/lib/nn.yaml:79:7
%9223 = pow %5473, %9219 : f64[] @ models/lib/nn.yaml:79:7
%9224 = sub %5446, %9223 : f64[] @ models/lib/nn.yaml:79:7
%9225 = sqrt %9224 : f64[] @ models/lib/nn.yaml:79:7
%9226 = div %5446, %9225 : f64[] @ models/lib/nn.yaml:79:7
%9227 = sqrt %9218 : f32[24,24] @ models/lib/nn.yaml:79:7
%9228 = cast %9226 : f32[] @ models/lib/nn.yaml:79:7
%9229 = broadcast %9228 : f32[24,24] @ models/lib/nn.yaml:79:7
%9230 = mul %9227, %9229 : f32[24,24] @ models/lib/nn.yaml:79:7
%9231 = add %9230, %8834 : f32[24,24] @ models/lib/nn.yaml:79:7
%9232 = div %9214, %9231 : f32[24,24] @ models/lib/nn.yaml:79:7
%9233 = cast %9222 : f32[] @ models/lib/nn.yaml:79:7
%9234 = broadcast %9233 : f32[24,24] @ models/lib/nn.yaml:79:7
%9235 = mul %9232, %9234 : f32[24,24] @ models/lib/nn.yaml:79:7
%9236 = sub %9211, %9235 : f32[24,24] @ models/lib/nn.yaml:79:7
%9237 = assign %79, %9236 : f32[24,24] @ models/lib/nn.yaml:79:7
%9238 = assign %9207, %9214 : f32[24,24] @ models/lib/nn.yaml:79:7
%9239 = assign %9208, %9218 : f32[24,24] @ models/lib/nn.yaml:79:7
%9240 = assign %9209, %9210 : i64[] @ models/lib/nn.yaml:79:7
%9241 = mul %157, %8845 : f32[24,24] @ models/lib/nn.yaml:79:7
%9242 = mul %9236, %8847 : f32[24,24] @ models/lib/nn.yaml:79:7
%9243 = add %9241, %9242 : f32[24,24] @ models/lib/nn.yaml:79:7
%9244 = assign %157, %9243 : f32[24,24] @ models/lib/nn.yaml:79:7
%9245 = all_reduce_sum %4475 : f32[24] @ models/lib/nn.yaml:80:7
%9246 = mul %9245, %9245 : f32[24] @ models/lib/nn.yaml:80:7
%9247 = reduce_sum %9246 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9248 = sqrt %9247 : f32[] @ models/lib/nn.yaml:80:7
%9249 = cast %9248 : f64[] @ models/lib/nn.yaml:80:7
%9250 = add %9249, %5442 : f64[] @ models/lib/nn.yaml:80:7
%9251 = div %5444, %9250 : f64[] @ models/lib/nn.yaml:80:7
%9252 = lt %9251, %5446 : bool[] @ models/lib/nn.yaml:80:7
%9253 = cast %9251 : f32[] @ models/lib/nn.yaml:80:7
%9254 = broadcast %9253 : f32[24] @ models/lib/nn.yaml:80:7
%9255 = mul %9245, %9254 : f32[24] @ models/lib/nn.yaml:80:7
%9256 = broadcast %9252 : bool[24] @ models/lib/nn.yaml:80:7
%9257 = select %9256, %9255, %9245 : f32[24] @ models/lib/nn.yaml:80:7
%9258 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9259 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9260 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9261 = add %9260, %5456 : i64[] @ models/lib/nn.yaml:80:7
%9262 = mul %9257, %8751 : f32[24] @ models/lib/nn.yaml:80:7
%9263 = mul %9258, %8753 : f32[24] @ models/lib/nn.yaml:80:7
%9264 = add %9263, %9262 : f32[24] @ models/lib/nn.yaml:80:7
%9265 = mul %9257, %9257 : f32[24] @ models/lib/nn.yaml:80:7
%9266 = mul %9265, %8757 : f32[24] @ models/lib/nn.yaml:80:7
%9267 = mul %9259, %8759 : f32[24] @ models/lib/nn.yaml:80:7
%9268 = add %9267, %9266 : f32[24] @ models/lib/nn.yaml:80:7
%9269 = cast %9261 : f64[] @ models/lib/nn.yaml:80:7
%9270 = pow %5465, %9269 : f64[] @ models/lib/nn.yaml:80:7
%9271 = sub %5446, %9270 : f64[] @ models/lib/nn.yaml:80:7
%9272 = div %3382, %9271 : f64[] @ models/lib/nn.yaml:80:7
%9273 = pow %5473, %9269 : f64[] @ models/lib/nn.yaml:80:7
%9274 = sub %5446, %9273 : f64[] @ models/lib/nn.yaml:80:7
%9275 = sqrt %9274 : f64[] @ models/lib/nn.yaml:80:7
%9276 = div %5446, %9275 : f64[] @ models/lib/nn.yaml:80:7
%9277 = sqrt %9268 : f32[24] @ models/lib/nn.yaml:80:7
%9278 = cast %9276 : f32[] @ models/lib/nn.yaml:80:7
%9279 = broadcast %9278 : f32[24] @ models/lib/nn.yaml:80:7
%9280 = mul %9277, %9279 : f32[24] @ models/lib/nn.yaml:80:7
%9281 = add %9280, %8774 : f32[24] @ models/lib/nn.yaml:80:7
%9282 = div %9264, %9281 : f32[24] @ models/lib/nn.yaml:80:7
%9283 = cast %9272 : f32[] @ models/lib/nn.yaml:80:7
%9284 = broadcast %9283 : f32[24] @ models/lib/nn.yaml:80:7
%9285 = mul %9282, %9284 : f32[24] @ models/lib/nn.yaml:80:7
%9286 = sub %80, %9285 : f32[24] @ models/lib/nn.yaml:80:7
%9287 = assign %80, %9286 : f32[24] @ models/lib/nn.yaml:80:7
%9288 = assign %9258, %9264 : f32[24] @ models/lib/nn.yaml:80:7
%9289 = assign %9259, %9268 : f32[24] @ models/lib/nn.yaml:80:7
%9290 = assign %9260, %9261 : i64[] @ models/lib/nn.yaml:80:7
%9291 = mul %158, %8785 : f32[24] @ models/lib/nn.yaml:80:7
%9292 = mul %9286, %8787 : f32[24] @ models/lib/nn.yaml:80:7
%9293 = add %9291, %9292 : f32[24] @ models/lib/nn.yaml:80:7
%9294 = assign %158, %9293 : f32[24] @ models/lib/nn.yaml:80:7
%9295 = all_reduce_sum %4456 : f32[8,24] @ models/lib/nn.yaml:79:7
%9296 = reshape %9295 : f32[192] @ models/lib/nn.yaml:79:7
%9297 = mul %9296, %9296 : f32[192] @ models/lib/nn.yaml:79:7
%9298 = reduce_sum %9297 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9299 = sqrt %9298 : f32[] @ models/lib/nn.yaml:79:7
%9300 = cast %9299 : f64[] @ models/lib/nn.yaml:79:7
%9301 = add %9300, %5442 : f64[] @ models/lib/nn.yaml:79:7
%9302 = div %5444, %9301 : f64[] @ models/lib/nn.yaml:79:7
%9303 = lt %9302, %5446 : bool[] @ models/lib/nn.yaml:79:7
%9304 = cast %9302 : f32[] @ models/lib/nn.yaml:79:7
%9305 = broadcast %9304 : f32[8,24] @ models/lib/nn.yaml:79:7
%9306 = mul %9295, %9305 : f32[8,24] @ models/lib/nn.yaml:79:7
%9307 = broadcast %9303 : bool[8,24] @ models/lib/nn.yaml:79:7
%9308 = select %9307, %9306, %9295 : f32[8,24] @ models/lib/nn.yaml:79:7
%9309 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%9310 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%9311 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9312 = add %9311, %5456 : i64[] @ models/lib/nn.yaml:79:7
%9313 = mul %81, %8919 : f32[8,24] @ models/lib/nn.yaml:79:7
%9314 = mul %9308, %8921 : f32[8,24] @ models/lib/nn.yaml:79:7
%9315 = mul %9309, %8923 : f32[8,24] @ models/lib/nn.yaml:79:7
%9316 = add %9315, %9314 : f32[8,24] @ models/lib/nn.yaml:79:7
%9317 = mul %9308, %9308 : f32[8,24] @ models/lib/nn.yaml:79:7
%9318 = mul %9317, %8927 : f32[8,24] @ models/lib/nn.yaml:79:7
%9319 = mul %9310, %8929 : f32[8,24] @ models/lib/nn.yaml:79:7
%9320 = add %9319, %9318 : f32[8,24] @ models/lib/nn.yaml:79:7
%9321 = cast %9312 : f64[] @ models/lib/nn.yaml:79:7
%9322 = pow %5465, %9321 : f64[] @ models/lib/nn.yaml:79:7
%9323 = sub %5446, %9322 : f64[] @ models/lib/nn.yaml:79:7
%9324 = div %3382, %9323 : f64[] @ models/lib/nn.yaml:79:7
%9325 = pow %5473, %9321 : f64[] @ models/lib/nn.yaml:79:7
%9326 = sub %5446, %9325 : f64[] @ models/lib/nn.yaml:79:7
%9327 = sqrt %9326 : f64[] @ models/lib/nn.yaml:79:7
%9328 = div %5446, %9327 : f64[] @ models/lib/nn.yaml:79:7
%9329 = sqrt %9320 : f32[8,24] @ models/lib/nn.yaml:79:7
%9330 = cast %9328 : f32[] @ models/lib/nn.yaml:79:7
%9331 = broadcast %9330 : f32[8,24] @ models/lib/nn.yaml:79:7
%9332 = mul %9329, %9331 : f32[8,24] @ models/lib/nn.yaml:79:7
%9333 = add %9332, %8944 : f32[8,24] @ models/lib/nn.yaml:79:7
%9334 = div %9316, %9333 : f32[8,24] @ models/lib/nn.yaml:79:7
%9335 = cast %9324 : f32[] @ models/lib/nn.yaml:79:7
%9336 = broadcast %9335 : f32[8,24] @ models/lib/nn.yaml:79:7
%9337 = mul %9334, %9336 : f32[8,24] @ models/lib/nn.yaml:79:7
%9338 = sub %9313, %9337 : f32[8,24] @ models/lib/nn.yaml:79:7
%9339 = assign %81, %9338 : f32[8,24] @ models/lib/nn.yaml:79:7
%9340 = assign %9309, %9316 : f32[8,24] @ models/lib/nn.yaml:79:7
%9341 = assign %9310, %9320 : f32[8,24] @ models/lib/nn.yaml:79:7
%9342 = assign %9311, %9312 : i64[] @ models/lib/nn.yaml:79:7
%9343 = mul %159, %8955 : f32[8,24] @ models/lib/nn.yaml:79:7
%9344 = mul %9338, %8957 : f32[8,24] @ models/lib/nn.yaml:79:7
%9345 = add %9343, %9344 : f32[8,24] @ models/lib/nn.yaml:79:7
%9346 = assign %159, %9345 : f32[8,24] @ models/lib/nn.yaml:79:7
%9347 = all_reduce_sum %4451 : f32[8] @ models/lib/nn.yaml:80:7
%9348 = mul %9347, %9347 : f32[8] @ models/lib/nn.yaml:80:7
%9349 = reduce_sum %9348 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9350 = sqrt %9349 : f32[] @ models/lib/nn.yaml:80:7
%9351 = cast %9350 : f64[] @ models/lib/nn.yaml:80:7
%9352 = add %9351, %5442 : f64[] @ models/lib/nn.yaml:80:7
%9353 = div %5444, %9352 : f64[] @ models/lib/nn.yaml:80:7
%9354 = lt %9353, %5446 : bool[] @ models/lib/nn.yaml:80:7
%9355 = cast %9353 : f32[] @ models/lib/nn.yaml:80:7
%9356 = broadcast %9355 : f32[8] @ models/lib/nn.yaml:80:7
%9357 = mul %9347, %9356 : f32[8] @ models/lib/nn.yaml:80:7
%9358 = broadcast %9354 : bool[8] @ models/lib/nn.yaml:80:7
%9359 = select %9358, %9357, %9347 : f32[8] @ models/lib/nn.yaml:80:7
%9360 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9361 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9362 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9363 = add %9362, %5456 : i64[] @ models/lib/nn.yaml:80:7
%9364 = mul %9359, %8978 : f32[8] @ models/lib/nn.yaml:80:7
%9365 = mul %9360, %8980 : f32[8] @ models/lib/nn.yaml:80:7
%9366 = add %9365, %9364 : f32[8] @ models/lib/nn.yaml:80:7
%9367 = mul %9359, %9359 : f32[8] @ models/lib/nn.yaml:80:7
%9368 = mul %9367, %8984 : f32[8] @ models/lib/nn.yaml:80:7
%9369 = mul %9361, %8986 : f32[8] @ models/lib/nn.yaml:80:7
%9370 = add %9369, %9368 : f32[8] @ models/lib/nn.yaml:80:7
%9371 = cast %9363 : f64[] @ models/lib/nn.yaml:80:7
%9372 = pow %5465, %9371 : f64[] @ models/lib/nn.yaml:80:7
%9373 = sub %5446, %9372 : f64[] @ models/lib/nn.yaml:80:7
%9374 = div %3382, %9373 : f64[] @ models/lib/nn.yaml:80:7
%9375 = pow %5473, %9371 : f64[] @ models/lib/nn.yaml:80:7
%9376 = sub %5446, %9375 : f64[] @ models/lib/nn.yaml:80:7
%9377 = sqrt %9376 : f64[] @ models/lib/nn.yaml:80:7
%9378 = div %5446, %9377 : f64[] @ models/lib/nn.yaml:80:7
%9379 = sqrt %9370 : f32[8] @ models/lib/nn.yaml:80:7
%9380 = cast %9378 : f32[] @ models/lib/nn.yaml:80:7
%9381 = broadcast %9380 : f32[8] @ models/lib/nn.yaml:80:7
%9382 = mul %9379, %9381 : f32[8] @ models/lib/nn.yaml:80:7
%9383 = add %9382, %9001 : f32[8] @ models/lib/nn.yaml:80:7
%9384 = div %9366, %9383 : f32[8] @ models/lib/nn.yaml:80:7
%9385 = cast %9374 : f32[] @ models/lib/nn.yaml:80:7
%9386 = broadcast %9385 : f32[8] @ models/lib/nn.yaml:80:7
%9387 = mul %9384, %9386 : f32[8] @ models/lib/nn.yaml:80:7
%9388 = sub %82, %9387 : f32[8] @ models/lib/nn.yaml:80:7
%9389 = assign %82, %9388 : f32[8] @ models/lib/nn.yaml:80:7
%9390 = assign %9360, %9366 : f32[8] @ models/lib/nn.yaml:80:7
%9391 = assign %9361, %9370 : f32[8] @ models/lib/nn.yaml:80:7
%9392 = assign %9362, %9363 : i64[] @ models/lib/nn.yaml:80:7
%9393 = mul %160, %9012 : f32[8] @ models/lib/nn.yaml:80:7
%9394 = mul %9388, %9014 : f32[8] @ models/lib/nn.yaml:80:7
%9395 = add %9393, %9394 : f32[8] @ models/lib/nn.yaml:80:7
%9396 = assign %160, %9395 : f32[8] @ models/lib/nn.yaml:80:7
%9397 = broadcast %5502 : f32[16,1] @ models/lib/dino.yaml:18:7
%9398 = mul %161, %9397 : f32[16,1] @ models/lib/dino.yaml:18:7
%9399 = broadcast %5506 : f32[16,1] @ models/lib/dino.yaml:18:7
%9400 = mul %83, %9399 : f32[16,1] @ models/lib/dino.yaml:18:7
%9401 = add %9398, %9400 : f32[16,1] @ models/lib/dino.yaml:18:7
%9402 = assign %161, %9401 : f32[16,1] @ models/lib/dino.yaml:18:7
%9403 = all_reduce_sum %4425 : f32[16,8] @ models/lib/dino.yaml:19:7
%9404 = reshape %9403 : f32[128] @ models/lib/dino.yaml:19:7
%9405 = mul %9404, %9404 : f32[128] @ models/lib/dino.yaml:19:7
%9406 = reduce_sum %9405 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%9407 = sqrt %9406 : f32[] @ models/lib/dino.yaml:19:7
%9408 = cast %9407 : f64[] @ models/lib/dino.yaml:19:7
%9409 = add %9408, %5442 : f64[] @ models/lib/dino.yaml:19:7
%9410 = div %5444, %9409 : f64[] @ models/lib/dino.yaml:19:7
%9411 = lt %9410, %5446 : bool[] @ models/lib/dino.yaml:19:7
%9412 = cast %9410 : f32[] @ models/lib/dino.yaml:19:7
%9413 = broadcast %9412 : f32[16,8] @ models/lib/dino.yaml:19:7
%9414 = mul %9403, %9413 : f32[16,8] @ models/lib/dino.yaml:19:7
%9415 = broadcast %9411 : bool[16,8] @ models/lib/dino.yaml:19:7
%9416 = select %9415, %9414, %9403 : f32[16,8] @ models/lib/dino.yaml:19:7
%9417 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%9418 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%9419 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%9420 = add %9419, %5456 : i64[] @ models/lib/dino.yaml:19:7
%9421 = broadcast %5460 : f32[16,8] @ models/lib/dino.yaml:19:7
%9422 = mul %84, %9421 : f32[16,8] @ models/lib/dino.yaml:19:7
%9423 = broadcast %3111 : f32[16,8] @ models/lib/dino.yaml:19:7
%9424 = mul %9416, %9423 : f32[16,8] @ models/lib/dino.yaml:19:7
%9425 = broadcast %2138 : f32[16,8] @ models/lib/dino.yaml:19:7
%9426 = mul %9417, %9425 : f32[16,8] @ models/lib/dino.yaml:19:7
%9427 = add %9426, %9424 : f32[16,8] @ models/lib/dino.yaml:19:7
%9428 = mul %9416, %9416 : f32[16,8] @ models/lib/dino.yaml:19:7
%9429 = broadcast %5470 : f32[16,8] @ models/lib/dino.yaml:19:7
%9430 = mul %9428, %9429 : f32[16,8] @ models/lib/dino.yaml:19:7
%9431 = broadcast %5474 : f32[16,8] @ models/lib/dino.yaml:19:7
%9432 = mul %9418, %9431 : f32[16,8] @ models/lib/dino.yaml:19:7
%9433 = add %9432, %9430 : f32[16,8] @ models/lib/dino.yaml:19:7
%9434 = cast %9420 : f64[] @ models/lib/dino.yaml:19:7
%9435 = pow %5465, %9434 : f64[] @ models/lib/dino.yaml:19:7
%9436 = sub %5446, %9435 : f64[] @ models/lib/dino.yaml:19:7
%9437 = div %3382, %9436 : f64[] @ models/lib/dino.yaml:19:7
%9438 = pow %5473, %9434 : f64[] @ models/lib/dino.yaml:19:7
%9439 = sub %5446, %9438 : f64[] @ models/lib/dino.yaml:19:7
%9440 = sqrt %9439 : f64[] @ models/lib/dino.yaml:19:7
%9441 = div %5446, %9440 : f64[] @ models/lib/dino.yaml:19:7
%9442 = sqrt %9433 : f32[16,8] @ models/lib/dino.yaml:19:7
%9443 = cast %9441 : f32[] @ models/lib/dino.yaml:19:7
%9444 = broadcast %9443 : f32[16,8] @ models/lib/dino.yaml:19:7
%9445 = mul %9442, %9444 : f32[16,8] @ models/lib/dino.yaml:19:7
%9446 = broadcast %5490 : f32[16,8] @ models/lib/dino.yaml:19:7
%9447 = add %9445, %9446 : f32[16,8] @ models/lib/dino.yaml:19:7
%9448 = div %9427, %9447 : f32[16,8] @ models/lib/dino.yaml:19:7
%9449 = cast %9437 : f32[] @ models/lib/dino.yaml:19:7
%9450 = broadcast %9449 : f32[16,8] @ models/lib/dino.yaml:19:7
%9451 = mul %9448, %9450 : f32[16,8] @ models/lib/dino.yaml:19:7
%9452 = sub %9422, %9451 : f32[16,8] @ models/lib/dino.yaml:19:7
%9453 = broadcast %9075 : bool[16,8] @ models/lib/dino.yaml:19:7
%9454 = select %9453, %84, %9452 : f32[16,8] @ models/lib/dino.yaml:19:7
%9455 = select %9453, %9417, %9427 : f32[16,8] @ models/lib/dino.yaml:19:7
%9456 = select %9453, %9418, %9433 : f32[16,8] @ models/lib/dino.yaml:19:7
%9457 = select %9075, %9419, %9420 : i64[] @ models/lib/dino.yaml:19:7
%9458 = assign %84, %9454 : f32[16,8] @ models/lib/dino.yaml:19:7
%9459 = assign %9417, %9455 : f32[16,8] @ models/lib/dino.yaml:19:7
%9460 = assign %9418, %9456 : f32[16,8] @ models/lib/dino.yaml:19:7
%9461 = assign %9419, %9457 : i64[] @ models/lib/dino.yaml:19:7
%9462 = broadcast %5502 : f32[16,8] @ models/lib/dino.yaml:19:7
%9463 = mul %162, %9462 : f32[16,8] @ models/lib/dino.yaml:19:7
%9464 = broadcast %5506 : f32[16,8] @ models/lib/dino.yaml:19:7
%9465 = mul %9454, %9464 : f32[16,8] @ models/lib/dino.yaml:19:7
%9466 = add %9463, %9465 : f32[16,8] @ models/lib/dino.yaml:19:7
%9467 = assign %162, %9466 : f32[16,8] @ models/lib/dino.yaml:19:7
%9468 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%9469 = abs %3345 : f32[] @ models/dino_pass.yaml:149:3
%9470 = lt %9469, %9468 : bool[] @ models/dino_pass.yaml:149:3
%9471 = output %9470 name="finite" : bool[] @ models/dino_pass.yaml:149:3
