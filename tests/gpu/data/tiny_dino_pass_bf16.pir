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
%169 = cast %167 : bf16[4,16,48] @ models/lib/vit.yaml:17:18
%170 = cast %168 : bf16[16,48] @ models/lib/vit.yaml:17:18
%171 = matmul %169, %170 ta=0 tb=1 : bf16[4,16,16] @ models/lib/vit.yaml:17:18
%172 = broadcast %87 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%173 = cast %171 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%174 = add %173, %172 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%175 = broadcast %85 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%176 = add %174, %175 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%177 = reduce_sum %176 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%178 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%179 = broadcast %178 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%180 = div %177, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%181 = broadcast %180 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%182 = sub %176, %181 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%183 = mul %182, %182 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%184 = reduce_sum %183 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%185 = div %184, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%186 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%187 = broadcast %186 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%188 = add %185, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%189 = rsqrt %188 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%190 = broadcast %189 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%191 = mul %182, %190 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%192 = broadcast %88 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%193 = mul %191, %192 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%194 = broadcast %89 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%195 = add %193, %194 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%196 = cast %195 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%197 = cast %90 : bf16[48,16] @ models/lib/nn.yaml:83:15
%198 = matmul %196, %197 ta=0 tb=1 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%199 = broadcast %91 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%200 = cast %198 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%201 = add %200, %199 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%202 = reshape %201 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%203 = permute %202 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%204 = slice %203 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%205 = reshape %204 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%206 = slice %203 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%207 = reshape %206 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%208 = slice %203 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%209 = reshape %208 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%210 = cast %205 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%211 = cast %207 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%212 = cast %210 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%213 = cast %211 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%214 = permute %213 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%215 = reshape %212 : f32[4,2,16,8,1] @ models/lib/nn.yaml:55:23
%216 = broadcast %215 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%217 = reshape %214 : f32[4,2,1,8,16] @ models/lib/nn.yaml:55:23
%218 = broadcast %217 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%219 = mul %216, %218 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%220 = reduce_sum %219 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%221 = cast %220 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%222 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%223 = broadcast %222 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%224 = cast %221 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%225 = mul %224, %223 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%226 = reduce_max %225 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%227 = stop_gradient %226 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%228 = broadcast %227 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%229 = sub %225, %228 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%230 = exp %229 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%231 = reduce_sum %230 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%232 = broadcast %231 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%233 = div %230, %232 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%234 = cast %233 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%235 = cast %209 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%236 = cast %234 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%237 = cast %235 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%238 = reshape %236 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%239 = broadcast %238 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%240 = reshape %237 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%241 = broadcast %240 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%242 = mul %239, %241 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%243 = reduce_sum %242 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%244 = cast %243 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%245 = permute %244 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%246 = reshape %245 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%247 = cast %92 : bf16[16,16] @ models/lib/nn.yaml:83:15
%248 = matmul %246, %247 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%249 = broadcast %93 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%250 = cast %248 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%251 = add %250, %249 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%252 = add %176, %251 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%253 = reduce_sum %252 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%254 = div %253, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%255 = broadcast %254 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%256 = sub %252, %255 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%257 = mul %256, %256 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%258 = reduce_sum %257 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%259 = div %258, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%260 = add %259, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%261 = rsqrt %260 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%262 = broadcast %261 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%263 = mul %256, %262 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%264 = broadcast %94 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%265 = mul %263, %264 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%266 = broadcast %95 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%267 = add %265, %266 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%268 = cast %267 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%269 = cast %96 : bf16[64,16] @ models/lib/nn.yaml:83:15
%270 = matmul %268, %269 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%271 = broadcast %97 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%272 = cast %270 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%273 = add %272, %271 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%274 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%275 = broadcast %274 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%276 = mul %275, %273 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%277 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%278 = broadcast %277 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%279 = mul %273, %278 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%280 = erf %279 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%281 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%282 = broadcast %281 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%283 = add %282, %280 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%284 = mul %276, %283 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%285 = cast %284 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%286 = cast %98 : bf16[16,64] @ models/lib/nn.yaml:83:15
%287 = matmul %285, %286 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%288 = broadcast %99 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%289 = cast %287 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%290 = add %289, %288 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%291 = add %252, %290 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%292 = reduce_sum %291 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%293 = div %292, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%294 = broadcast %293 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%295 = sub %291, %294 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%296 = mul %295, %295 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%297 = reduce_sum %296 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%298 = div %297, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%299 = add %298, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%300 = rsqrt %299 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%301 = broadcast %300 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%302 = mul %295, %301 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%303 = broadcast %100 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%304 = mul %302, %303 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%305 = broadcast %101 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%306 = add %304, %305 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%307 = cast %306 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%308 = cast %102 : bf16[48,16] @ models/lib/nn.yaml:83:15
%309 = matmul %307, %308 ta=0 tb=1 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%310 = broadcast %103 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%311 = cast %309 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%312 = add %311, %310 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%313 = reshape %312 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%314 = permute %313 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%315 = slice %314 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%316 = reshape %315 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%317 = slice %314 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%318 = reshape %317 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%319 = slice %314 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%320 = reshape %319 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%321 = cast %316 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%322 = cast %318 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%323 = cast %321 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%324 = cast %322 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%325 = permute %324 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%326 = reshape %323 : f32[4,2,16,8,1] @ models/lib/nn.yaml:55:23
%327 = broadcast %326 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%328 = reshape %325 : f32[4,2,1,8,16] @ models/lib/nn.yaml:55:23
%329 = broadcast %328 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%330 = mul %327, %329 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%331 = reduce_sum %330 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%332 = cast %331 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%333 = cast %332 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%334 = mul %333, %223 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%335 = reduce_max %334 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%336 = stop_gradient %335 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%337 = broadcast %336 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%338 = sub %334, %337 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%339 = exp %338 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%340 = reduce_sum %339 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%341 = broadcast %340 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%342 = div %339, %341 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%343 = cast %342 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%344 = cast %320 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%345 = cast %343 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%346 = cast %344 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%347 = reshape %345 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%348 = broadcast %347 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%349 = reshape %346 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%350 = broadcast %349 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%351 = mul %348, %350 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%352 = reduce_sum %351 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%353 = cast %352 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%354 = permute %353 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%355 = reshape %354 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%356 = cast %104 : bf16[16,16] @ models/lib/nn.yaml:83:15
%357 = matmul %355, %356 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%358 = broadcast %105 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%359 = cast %357 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%360 = add %359, %358 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%361 = add %291, %360 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%362 = reduce_sum %361 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%363 = div %362, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%364 = broadcast %363 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%365 = sub %361, %364 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%366 = mul %365, %365 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%367 = reduce_sum %366 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%368 = div %367, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%369 = add %368, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%370 = rsqrt %369 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%371 = broadcast %370 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%372 = mul %365, %371 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%373 = broadcast %106 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%374 = mul %372, %373 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%375 = broadcast %107 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%376 = add %374, %375 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%377 = cast %376 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%378 = cast %108 : bf16[64,16] @ models/lib/nn.yaml:83:15
%379 = matmul %377, %378 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%380 = broadcast %109 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%381 = cast %379 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%382 = add %381, %380 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%383 = mul %275, %382 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%384 = mul %382, %278 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%385 = erf %384 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%386 = add %282, %385 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%387 = mul %383, %386 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%388 = cast %387 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%389 = cast %110 : bf16[16,64] @ models/lib/nn.yaml:83:15
%390 = matmul %388, %389 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%391 = broadcast %111 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%392 = cast %390 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%393 = add %392, %391 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%394 = add %361, %393 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%395 = grid_neighbors n=4 size=3 : i32[16,8] @ models/dino_pass.yaml:61:16
%396 = neighbor_topk_gather %394, %395 k=2 : f32[4,16,2,16] @ models/dino_pass.yaml:77:16
%397 = reshape %396 : f32[64,2,16] @ models/dino_pass.yaml:87:23
%398 = broadcast %112 : f32[64,1,16] @ models/lib/vit.yaml:116:31
%399 = concat %398, %397 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%400 = reduce_sum %399 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%401 = broadcast %178 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%402 = div %400, %401 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%403 = broadcast %402 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%404 = sub %399, %403 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%405 = mul %404, %404 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%406 = reduce_sum %405 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%407 = div %406, %401 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%408 = broadcast %186 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%409 = add %407, %408 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%410 = rsqrt %409 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%411 = broadcast %410 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%412 = mul %404, %411 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%413 = broadcast %113 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%414 = mul %412, %413 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%415 = broadcast %114 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%416 = add %414, %415 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%417 = slice %416 lo=[0,0,0] hi=[64,1,16] : f32[64,1,16] @ models/lib/vit.yaml:78:33
%418 = cast %417 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%419 = cast %115 : bf16[16,16] @ models/lib/nn.yaml:83:15
%420 = matmul %418, %419 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%421 = broadcast %116 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%422 = cast %420 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%423 = add %422, %421 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%424 = reshape %423 : f32[64,1,2,8] @ models/lib/vit.yaml:78:22
%425 = permute %424 perm=[0,2,1,3] : f32[64,2,1,8] @ models/lib/vit.yaml:78:14
%426 = cast %416 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%427 = cast %117 : bf16[16,16] @ models/lib/nn.yaml:83:15
%428 = matmul %426, %427 ta=0 tb=1 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%429 = broadcast %118 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%430 = cast %428 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%431 = add %430, %429 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%432 = reshape %431 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%433 = permute %432 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%434 = cast %119 : bf16[16,16] @ models/lib/nn.yaml:83:15
%435 = matmul %426, %434 ta=0 tb=1 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%436 = broadcast %120 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%437 = cast %435 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%438 = add %437, %436 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%439 = reshape %438 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%440 = permute %439 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%441 = cast %425 : bf16[64,2,1,8] @ models/lib/nn.yaml:55:23
%442 = cast %433 : bf16[64,2,3,8] @ models/lib/nn.yaml:55:23
%443 = cast %441 : f32[64,2,1,8] @ models/lib/nn.yaml:55:23
%444 = cast %442 : f32[64,2,3,8] @ models/lib/nn.yaml:55:23
%445 = permute %444 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%446 = reshape %443 : f32[64,2,1,8,1] @ models/lib/nn.yaml:55:23
%447 = broadcast %446 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%448 = reshape %445 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%449 = broadcast %448 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%450 = mul %447, %449 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%451 = reduce_sum %450 axes=[3] keep=0 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%452 = cast %451 : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%453 = broadcast %222 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%454 = cast %452 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%455 = mul %454, %453 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%456 = reduce_max %455 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%457 = stop_gradient %456 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%458 = broadcast %457 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%459 = sub %455, %458 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%460 = exp %459 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%461 = reduce_sum %460 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%462 = broadcast %461 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%463 = div %460, %462 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%464 = cast %463 : bf16[64,2,1,3] @ models/lib/nn.yaml:56:23
%465 = cast %440 : bf16[64,2,3,8] @ models/lib/nn.yaml:56:23
%466 = cast %464 : f32[64,2,1,3] @ models/lib/nn.yaml:56:23
%467 = cast %465 : f32[64,2,3,8] @ models/lib/nn.yaml:56:23
%468 = reshape %466 : f32[64,2,1,3,1] @ models/lib/nn.yaml:56:23
%469 = broadcast %468 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%470 = reshape %467 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%471 = broadcast %470 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%472 = mul %469, %471 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%473 = reduce_sum %472 axes=[3] keep=0 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%474 = cast %473 : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%475 = permute %474 perm=[0,2,1,3] : bf16[64,1,2,8] @ models/lib/nn.yaml:56:13
%476 = reshape %475 : bf16[64,1,16] @ models/lib/nn.yaml:57:16
%477 = cast %121 : bf16[16,16] @ models/lib/nn.yaml:83:15
%478 = matmul %476, %477 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%479 = broadcast %122 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%480 = cast %478 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%481 = add %480, %479 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%482 = add %398, %481 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%483 = reduce_sum %482 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%484 = broadcast %178 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%485 = div %483, %484 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%486 = broadcast %485 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%487 = sub %482, %486 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%488 = mul %487, %487 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%489 = reduce_sum %488 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%490 = div %489, %484 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%491 = broadcast %186 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%492 = add %490, %491 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%493 = rsqrt %492 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%494 = broadcast %493 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%495 = mul %487, %494 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%496 = broadcast %123 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%497 = mul %495, %496 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%498 = broadcast %124 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%499 = add %497, %498 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%500 = cast %499 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%501 = cast %125 : bf16[64,16] @ models/lib/nn.yaml:83:15
%502 = matmul %500, %501 ta=0 tb=1 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%503 = broadcast %126 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%504 = cast %502 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%505 = add %504, %503 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%506 = broadcast %274 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%507 = mul %506, %505 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%508 = broadcast %277 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%509 = mul %505, %508 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%510 = erf %509 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%511 = broadcast %281 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%512 = add %511, %510 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%513 = mul %507, %512 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%514 = cast %513 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%515 = cast %127 : bf16[16,64] @ models/lib/nn.yaml:83:15
%516 = matmul %514, %515 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%517 = broadcast %128 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%518 = cast %516 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%519 = add %518, %517 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%520 = add %482, %519 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%521 = concat %520, %397 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%522 = reduce_sum %521 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%523 = div %522, %401 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%524 = broadcast %523 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%525 = sub %521, %524 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%526 = mul %525, %525 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%527 = reduce_sum %526 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%528 = div %527, %401 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%529 = add %528, %408 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%530 = rsqrt %529 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%531 = broadcast %530 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%532 = mul %525, %531 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%533 = broadcast %129 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%534 = mul %532, %533 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%535 = broadcast %130 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%536 = add %534, %535 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%537 = slice %536 lo=[0,0,0] hi=[64,1,16] : f32[64,1,16] @ models/lib/vit.yaml:78:33
%538 = cast %537 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%539 = cast %131 : bf16[16,16] @ models/lib/nn.yaml:83:15
%540 = matmul %538, %539 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%541 = broadcast %132 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%542 = cast %540 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%543 = add %542, %541 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%544 = reshape %543 : f32[64,1,2,8] @ models/lib/vit.yaml:78:22
%545 = permute %544 perm=[0,2,1,3] : f32[64,2,1,8] @ models/lib/vit.yaml:78:14
%546 = cast %536 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%547 = cast %133 : bf16[16,16] @ models/lib/nn.yaml:83:15
%548 = matmul %546, %547 ta=0 tb=1 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%549 = broadcast %134 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%550 = cast %548 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%551 = add %550, %549 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%552 = reshape %551 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%553 = permute %552 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%554 = cast %135 : bf16[16,16] @ models/lib/nn.yaml:83:15
%555 = matmul %546, %554 ta=0 tb=1 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%556 = broadcast %136 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%557 = cast %555 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%558 = add %557, %556 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%559 = reshape %558 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%560 = permute %559 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%561 = cast %545 : bf16[64,2,1,8] @ models/lib/nn.yaml:55:23
%562 = cast %553 : bf16[64,2,3,8] @ models/lib/nn.yaml:55:23
%563 = cast %561 : f32[64,2,1,8] @ models/lib/nn.yaml:55:23
%564 = cast %562 : f32[64,2,3,8] @ models/lib/nn.yaml:55:23
%565 = permute %564 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%566 = reshape %563 : f32[64,2,1,8,1] @ models/lib/nn.yaml:55:23
%567 = broadcast %566 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%568 = reshape %565 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%569 = broadcast %568 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%570 = mul %567, %569 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%571 = reduce_sum %570 axes=[3] keep=0 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%572 = cast %571 : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%573 = cast %572 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%574 = mul %573, %453 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%575 = reduce_max %574 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%576 = stop_gradient %575 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%577 = broadcast %576 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%578 = sub %574, %577 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%579 = exp %578 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%580 = reduce_sum %579 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%581 = broadcast %580 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%582 = div %579, %581 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%583 = cast %582 : bf16[64,2,1,3] @ models/lib/nn.yaml:56:23
%584 = cast %560 : bf16[64,2,3,8] @ models/lib/nn.yaml:56:23
%585 = cast %583 : f32[64,2,1,3] @ models/lib/nn.yaml:56:23
%586 = cast %584 : f32[64,2,3,8] @ models/lib/nn.yaml:56:23
%587 = reshape %585 : f32[64,2,1,3,1] @ models/lib/nn.yaml:56:23
%588 = broadcast %587 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%589 = reshape %586 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%590 = broadcast %589 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%591 = mul %588, %590 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%592 = reduce_sum %591 axes=[3] keep=0 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%593 = cast %592 : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%594 = permute %593 perm=[0,2,1,3] : bf16[64,1,2,8] @ models/lib/nn.yaml:56:13
%595 = reshape %594 : bf16[64,1,16] @ models/lib/nn.yaml:57:16
%596 = cast %137 : bf16[16,16] @ models/lib/nn.yaml:83:15
%597 = matmul %595, %596 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%598 = broadcast %138 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%599 = cast %597 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%600 = add %599, %598 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%601 = add %520, %600 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%602 = reduce_sum %601 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%603 = div %602, %484 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%604 = broadcast %603 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%605 = sub %601, %604 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%606 = mul %605, %605 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%607 = reduce_sum %606 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%608 = div %607, %484 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%609 = add %608, %491 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%610 = rsqrt %609 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%611 = broadcast %610 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%612 = mul %605, %611 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%613 = broadcast %139 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%614 = mul %612, %613 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%615 = broadcast %140 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%616 = add %614, %615 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%617 = cast %616 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%618 = cast %141 : bf16[64,16] @ models/lib/nn.yaml:83:15
%619 = matmul %617, %618 ta=0 tb=1 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%620 = broadcast %142 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%621 = cast %619 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%622 = add %621, %620 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%623 = mul %506, %622 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%624 = mul %622, %508 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%625 = erf %624 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%626 = add %511, %625 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%627 = mul %623, %626 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%628 = cast %627 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%629 = cast %143 : bf16[16,64] @ models/lib/nn.yaml:83:15
%630 = matmul %628, %629 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%631 = broadcast %144 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%632 = cast %630 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%633 = add %632, %631 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%634 = add %601, %633 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%635 = reshape %634 : f32[4,16,16] @ models/dino_pass.yaml:88:16
%636 = broadcast %112 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%637 = concat %636, %394 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%638 = reduce_sum %637 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%639 = broadcast %178 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%640 = div %638, %639 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%641 = broadcast %640 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%642 = sub %637, %641 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%643 = mul %642, %642 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%644 = reduce_sum %643 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%645 = div %644, %639 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%646 = broadcast %186 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%647 = add %645, %646 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%648 = rsqrt %647 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%649 = broadcast %648 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%650 = mul %642, %649 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%651 = broadcast %113 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%652 = mul %650, %651 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%653 = broadcast %114 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%654 = add %652, %653 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%655 = slice %654 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%656 = cast %655 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%657 = matmul %656, %419 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%658 = broadcast %116 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%659 = cast %657 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%660 = add %659, %658 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%661 = reshape %660 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%662 = permute %661 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%663 = cast %654 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%664 = matmul %663, %427 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%665 = broadcast %118 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%666 = cast %664 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%667 = add %666, %665 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%668 = reshape %667 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%669 = permute %668 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%670 = matmul %663, %434 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%671 = broadcast %120 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%672 = cast %670 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%673 = add %672, %671 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%674 = reshape %673 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%675 = permute %674 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%676 = cast %662 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%677 = cast %669 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%678 = cast %676 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%679 = cast %677 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%680 = permute %679 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%681 = reshape %678 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%682 = broadcast %681 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%683 = reshape %680 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%684 = broadcast %683 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%685 = mul %682, %684 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%686 = reduce_sum %685 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%687 = cast %686 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%688 = broadcast %222 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%689 = cast %687 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%690 = mul %689, %688 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%691 = reduce_max %690 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%692 = stop_gradient %691 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%693 = broadcast %692 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%694 = sub %690, %693 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%695 = exp %694 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%696 = reduce_sum %695 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%697 = broadcast %696 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%698 = div %695, %697 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%699 = cast %698 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%700 = cast %675 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%701 = cast %699 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%702 = cast %700 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%703 = reshape %701 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%704 = broadcast %703 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%705 = reshape %702 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%706 = broadcast %705 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%707 = mul %704, %706 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%708 = reduce_sum %707 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%709 = cast %708 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%710 = permute %709 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%711 = reshape %710 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%712 = matmul %711, %477 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%713 = broadcast %122 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%714 = cast %712 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%715 = add %714, %713 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%716 = add %636, %715 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%717 = reduce_sum %716 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%718 = broadcast %178 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%719 = div %717, %718 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%720 = broadcast %719 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%721 = sub %716, %720 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%722 = mul %721, %721 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%723 = reduce_sum %722 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%724 = div %723, %718 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%725 = broadcast %186 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%726 = add %724, %725 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%727 = rsqrt %726 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%728 = broadcast %727 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%729 = mul %721, %728 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%730 = broadcast %123 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%731 = mul %729, %730 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%732 = broadcast %124 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%733 = add %731, %732 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%734 = cast %733 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%735 = matmul %734, %501 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%736 = broadcast %126 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%737 = cast %735 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%738 = add %737, %736 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%739 = broadcast %274 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%740 = mul %739, %738 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%741 = broadcast %277 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%742 = mul %738, %741 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%743 = erf %742 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%744 = broadcast %281 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%745 = add %744, %743 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%746 = mul %740, %745 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%747 = cast %746 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%748 = matmul %747, %515 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%749 = broadcast %128 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%750 = cast %748 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%751 = add %750, %749 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%752 = add %716, %751 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%753 = concat %752, %394 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%754 = reduce_sum %753 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%755 = div %754, %639 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%756 = broadcast %755 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%757 = sub %753, %756 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%758 = mul %757, %757 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%759 = reduce_sum %758 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%760 = div %759, %639 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%761 = add %760, %646 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%762 = rsqrt %761 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%763 = broadcast %762 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%764 = mul %757, %763 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%765 = broadcast %129 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%766 = mul %764, %765 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%767 = broadcast %130 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%768 = add %766, %767 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%769 = slice %768 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%770 = cast %769 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%771 = matmul %770, %539 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%772 = broadcast %132 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%773 = cast %771 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%774 = add %773, %772 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%775 = reshape %774 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%776 = permute %775 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%777 = cast %768 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%778 = matmul %777, %547 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%779 = broadcast %134 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%780 = cast %778 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%781 = add %780, %779 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%782 = reshape %781 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%783 = permute %782 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%784 = matmul %777, %554 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%785 = broadcast %136 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%786 = cast %784 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%787 = add %786, %785 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%788 = reshape %787 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%789 = permute %788 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%790 = cast %776 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%791 = cast %783 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%792 = cast %790 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%793 = cast %791 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%794 = permute %793 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%795 = reshape %792 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%796 = broadcast %795 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%797 = reshape %794 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%798 = broadcast %797 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%799 = mul %796, %798 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%800 = reduce_sum %799 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%801 = cast %800 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%802 = cast %801 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%803 = mul %802, %688 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%804 = reduce_max %803 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%805 = stop_gradient %804 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%806 = broadcast %805 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%807 = sub %803, %806 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%808 = exp %807 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%809 = reduce_sum %808 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%810 = broadcast %809 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%811 = div %808, %810 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%812 = cast %811 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%813 = cast %789 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%814 = cast %812 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%815 = cast %813 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%816 = reshape %814 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%817 = broadcast %816 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%818 = reshape %815 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%819 = broadcast %818 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%820 = mul %817, %819 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%821 = reduce_sum %820 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%822 = cast %821 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%823 = permute %822 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%824 = reshape %823 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%825 = matmul %824, %596 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%826 = broadcast %138 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%827 = cast %825 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%828 = add %827, %826 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%829 = add %752, %828 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%830 = reduce_sum %829 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%831 = div %830, %718 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%832 = broadcast %831 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%833 = sub %829, %832 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%834 = mul %833, %833 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%835 = reduce_sum %834 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%836 = div %835, %718 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%837 = add %836, %725 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%838 = rsqrt %837 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%839 = broadcast %838 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%840 = mul %833, %839 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%841 = broadcast %139 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%842 = mul %840, %841 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%843 = broadcast %140 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%844 = add %842, %843 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%845 = cast %844 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%846 = matmul %845, %618 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%847 = broadcast %142 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%848 = cast %846 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%849 = add %848, %847 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%850 = mul %739, %849 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%851 = mul %849, %741 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%852 = erf %851 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%853 = add %744, %852 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%854 = mul %850, %853 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%855 = cast %854 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%856 = matmul %855, %629 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%857 = broadcast %144 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%858 = cast %856 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%859 = add %858, %857 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%860 = add %829, %859 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%861 = concat %860, %635 axis=1 : f32[4,17,16] @ models/dino_pass.yaml:109:30
%862 = reduce_sum %861 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%863 = div %862, %639 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%864 = broadcast %863 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%865 = sub %861, %864 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%866 = mul %865, %865 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%867 = reduce_sum %866 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%868 = div %867, %639 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%869 = add %868, %646 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%870 = rsqrt %869 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%871 = broadcast %870 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%872 = mul %865, %871 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%873 = broadcast %145 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%874 = mul %872, %873 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%875 = broadcast %146 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%876 = add %874, %875 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%877 = slice %876 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:110:28
%878 = cast %877 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%879 = cast %147 : bf16[24,16] @ models/lib/nn.yaml:83:15
%880 = matmul %878, %879 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%881 = broadcast %148 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%882 = cast %880 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%883 = add %882, %881 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%884 = broadcast %274 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%885 = mul %884, %883 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%886 = broadcast %277 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%887 = mul %883, %886 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%888 = erf %887 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%889 = broadcast %281 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%890 = add %889, %888 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%891 = mul %885, %890 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%892 = cast %891 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%893 = cast %149 : bf16[24,24] @ models/lib/nn.yaml:83:15
%894 = matmul %892, %893 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%895 = broadcast %150 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%896 = cast %894 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%897 = add %896, %895 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%898 = mul %884, %897 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%899 = mul %897, %886 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%900 = erf %899 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%901 = add %889, %900 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%902 = mul %898, %901 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%903 = cast %902 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%904 = cast %151 : bf16[8,24] @ models/lib/nn.yaml:83:15
%905 = matmul %903, %904 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%906 = broadcast %152 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%907 = cast %905 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%908 = add %907, %906 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%909 = mul %908, %908 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%910 = reduce_sum %909 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%911 = sqrt %910 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%912 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%913 = broadcast %912 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%914 = max %911, %913 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%915 = broadcast %914 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%916 = div %908, %915 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%917 = broadcast %153 : f32[32,8] @ models/lib/dino.yaml:22:22
%918 = mul %917, %154 : f32[32,8] @ models/lib/dino.yaml:22:22
%919 = mul %154, %154 : f32[32,8] @ models/lib/dino.yaml:22:53
%920 = reduce_sum %919 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%921 = sqrt %920 : f32[32,1] @ models/lib/dino.yaml:22:35
%922 = broadcast %921 : f32[32,8] @ models/lib/dino.yaml:22:33
%923 = div %918, %922 : f32[32,8] @ models/lib/dino.yaml:22:33
%924 = cast %916 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%925 = cast %923 : bf16[32,8] @ models/lib/dino.yaml:23:18
%926 = matmul %924, %925 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%927 = slice %876 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/dino_pass.yaml:110:46
%928 = cast %927 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%929 = cast %155 : bf16[24,16] @ models/lib/nn.yaml:83:15
%930 = matmul %928, %929 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%931 = broadcast %156 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%932 = cast %930 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%933 = add %932, %931 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%934 = broadcast %274 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%935 = mul %934, %933 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%936 = broadcast %277 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%937 = mul %933, %936 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%938 = erf %937 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%939 = broadcast %281 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%940 = add %939, %938 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%941 = mul %935, %940 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%942 = cast %941 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%943 = cast %157 : bf16[24,24] @ models/lib/nn.yaml:83:15
%944 = matmul %942, %943 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%945 = broadcast %158 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%946 = cast %944 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%947 = add %946, %945 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%948 = mul %934, %947 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%949 = mul %947, %936 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%950 = erf %949 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%951 = add %939, %950 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%952 = mul %948, %951 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%953 = cast %952 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%954 = cast %159 : bf16[8,24] @ models/lib/nn.yaml:83:15
%955 = matmul %953, %954 ta=0 tb=1 : bf16[4,16,8] @ models/lib/nn.yaml:83:15
%956 = broadcast %160 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%957 = cast %955 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%958 = add %957, %956 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%959 = mul %958, %958 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%960 = reduce_sum %959 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%961 = sqrt %960 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%962 = broadcast %912 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%963 = max %961, %962 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%964 = broadcast %963 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%965 = div %958, %964 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%966 = broadcast %161 : f32[16,8] @ models/lib/dino.yaml:22:22
%967 = mul %966, %162 : f32[16,8] @ models/lib/dino.yaml:22:22
%968 = mul %162, %162 : f32[16,8] @ models/lib/dino.yaml:22:53
%969 = reduce_sum %968 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%970 = sqrt %969 : f32[16,1] @ models/lib/dino.yaml:22:35
%971 = broadcast %970 : f32[16,8] @ models/lib/dino.yaml:22:33
%972 = div %967, %971 : f32[16,8] @ models/lib/dino.yaml:22:33
%973 = cast %965 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%974 = cast %972 : bf16[16,8] @ models/lib/dino.yaml:23:18
%975 = matmul %973, %974 ta=0 tb=1 : bf16[4,16,16] @ models/lib/dino.yaml:23:18
%976 = cast %926 : f32[4,1,32] @ models/dino_pass.yaml:131:20
%977 = slice %976 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%978 = slice %976 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%979 = cast %975 : f32[4,16,16] @ models/dino_pass.yaml:131:27
%980 = slice %979 lo=[0,0,0] hi=[2,16,16] : f32[2,16,16] @ models/dino_pass.yaml:131:27
%981 = slice %979 lo=[2,0,0] hi=[4,16,16] : f32[2,16,16] @ models/dino_pass.yaml:131:27
%982 = reshape %6 : f32[4,3,3,4,3,4] @ models/lib/vit.yaml:15:21
%983 = permute %982 perm=[0,2,4,1,3,5] : f32[4,3,3,3,4,4] @ models/lib/vit.yaml:15:13
%984 = reshape %983 : f32[4,9,48] @ models/lib/vit.yaml:16:13
%985 = cast %984 : bf16[4,9,48] @ models/lib/vit.yaml:17:18
%986 = matmul %985, %170 ta=0 tb=1 : bf16[4,9,16] @ models/lib/vit.yaml:17:18
%987 = broadcast %87 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%988 = cast %986 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%989 = add %988, %987 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%990 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%991 = reshape %85 : f32[4,64] @ models/lib/vit.yaml:32:17
%992 = cast %990 : bf16[3,4] @ models/lib/vit.yaml:32:15
%993 = cast %991 : bf16[4,64] @ models/lib/vit.yaml:32:15
%994 = matmul %992, %993 ta=0 tb=0 : bf16[3,64] @ models/lib/vit.yaml:32:15
%995 = reshape %994 : bf16[3,4,16] @ models/lib/vit.yaml:33:21
%996 = permute %995 perm=[1,0,2] : bf16[4,3,16] @ models/lib/vit.yaml:33:13
%997 = reshape %996 : bf16[4,48] @ models/lib/vit.yaml:34:17
%998 = matmul %992, %997 ta=0 tb=0 : bf16[3,48] @ models/lib/vit.yaml:34:15
%999 = cast %998 : f32[3,48] @ models/lib/vit.yaml:35:21
%1000 = reshape %999 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%1001 = permute %1000 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%1002 = reshape %1001 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%1003 = broadcast %1002 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%1004 = add %989, %1003 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%1005 = reduce_sum %1004 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1006 = broadcast %178 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1007 = div %1005, %1006 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1008 = broadcast %1007 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1009 = sub %1004, %1008 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1010 = mul %1009, %1009 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1011 = reduce_sum %1010 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1012 = div %1011, %1006 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1013 = broadcast %186 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1014 = add %1012, %1013 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1015 = rsqrt %1014 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1016 = broadcast %1015 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1017 = mul %1009, %1016 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1018 = broadcast %88 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1019 = mul %1017, %1018 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1020 = broadcast %89 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1021 = add %1019, %1020 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1022 = cast %1021 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1023 = matmul %1022, %197 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%1024 = broadcast %91 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1025 = cast %1023 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1026 = add %1025, %1024 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1027 = reshape %1026 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1028 = permute %1027 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1029 = slice %1028 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1030 = reshape %1029 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%1031 = slice %1028 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1032 = reshape %1031 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%1033 = slice %1028 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1034 = reshape %1033 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%1035 = cast %1030 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%1036 = cast %1032 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%1037 = cast %1035 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1038 = cast %1036 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1039 = permute %1038 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%1040 = reshape %1037 : f32[4,2,9,8,1] @ models/lib/nn.yaml:55:23
%1041 = broadcast %1040 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%1042 = reshape %1039 : f32[4,2,1,8,9] @ models/lib/nn.yaml:55:23
%1043 = broadcast %1042 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%1044 = mul %1041, %1043 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%1045 = reduce_sum %1044 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1046 = cast %1045 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%1047 = broadcast %222 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1048 = cast %1046 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1049 = mul %1048, %1047 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1050 = reduce_max %1049 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1051 = stop_gradient %1050 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1052 = broadcast %1051 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1053 = sub %1049, %1052 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1054 = exp %1053 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1055 = reduce_sum %1054 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1056 = broadcast %1055 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1057 = div %1054, %1056 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1058 = cast %1057 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%1059 = cast %1034 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%1060 = cast %1058 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%1061 = cast %1059 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1062 = reshape %1060 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1063 = broadcast %1062 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1064 = reshape %1061 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%1065 = broadcast %1064 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1066 = mul %1063, %1065 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1067 = reduce_sum %1066 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1068 = cast %1067 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%1069 = permute %1068 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%1070 = reshape %1069 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%1071 = matmul %1070, %247 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1072 = broadcast %93 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1073 = cast %1071 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1074 = add %1073, %1072 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1075 = add %1004, %1074 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1076 = reduce_sum %1075 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1077 = div %1076, %1006 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1078 = broadcast %1077 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1079 = sub %1075, %1078 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1080 = mul %1079, %1079 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1081 = reduce_sum %1080 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1082 = div %1081, %1006 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1083 = add %1082, %1013 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1084 = rsqrt %1083 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1085 = broadcast %1084 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1086 = mul %1079, %1085 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1087 = broadcast %94 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1088 = mul %1086, %1087 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1089 = broadcast %95 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1090 = add %1088, %1089 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1091 = cast %1090 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1092 = matmul %1091, %269 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1093 = broadcast %97 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1094 = cast %1092 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1095 = add %1094, %1093 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1096 = broadcast %274 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1097 = mul %1096, %1095 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1098 = broadcast %277 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1099 = mul %1095, %1098 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1100 = erf %1099 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1101 = broadcast %281 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1102 = add %1101, %1100 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1103 = mul %1097, %1102 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1104 = cast %1103 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1105 = matmul %1104, %286 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1106 = broadcast %99 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1107 = cast %1105 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1108 = add %1107, %1106 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1109 = add %1075, %1108 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1110 = reduce_sum %1109 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1111 = div %1110, %1006 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1112 = broadcast %1111 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1113 = sub %1109, %1112 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1114 = mul %1113, %1113 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1115 = reduce_sum %1114 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1116 = div %1115, %1006 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1117 = add %1116, %1013 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1118 = rsqrt %1117 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1119 = broadcast %1118 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1120 = mul %1113, %1119 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1121 = broadcast %100 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1122 = mul %1120, %1121 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1123 = broadcast %101 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1124 = add %1122, %1123 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1125 = cast %1124 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1126 = matmul %1125, %308 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%1127 = broadcast %103 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1128 = cast %1126 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1129 = add %1128, %1127 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1130 = reshape %1129 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1131 = permute %1130 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1132 = slice %1131 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1133 = reshape %1132 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%1134 = slice %1131 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1135 = reshape %1134 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%1136 = slice %1131 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1137 = reshape %1136 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%1138 = cast %1133 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%1139 = cast %1135 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%1140 = cast %1138 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1141 = cast %1139 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1142 = permute %1141 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%1143 = reshape %1140 : f32[4,2,9,8,1] @ models/lib/nn.yaml:55:23
%1144 = broadcast %1143 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%1145 = reshape %1142 : f32[4,2,1,8,9] @ models/lib/nn.yaml:55:23
%1146 = broadcast %1145 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%1147 = mul %1144, %1146 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%1148 = reduce_sum %1147 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1149 = cast %1148 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%1150 = cast %1149 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1151 = mul %1150, %1047 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1152 = reduce_max %1151 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1153 = stop_gradient %1152 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1154 = broadcast %1153 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1155 = sub %1151, %1154 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1156 = exp %1155 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1157 = reduce_sum %1156 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1158 = broadcast %1157 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1159 = div %1156, %1158 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1160 = cast %1159 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%1161 = cast %1137 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%1162 = cast %1160 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%1163 = cast %1161 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1164 = reshape %1162 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1165 = broadcast %1164 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1166 = reshape %1163 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%1167 = broadcast %1166 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1168 = mul %1165, %1167 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1169 = reduce_sum %1168 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1170 = cast %1169 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%1171 = permute %1170 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%1172 = reshape %1171 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%1173 = matmul %1172, %356 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1174 = broadcast %105 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1175 = cast %1173 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1176 = add %1175, %1174 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1177 = add %1109, %1176 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1178 = reduce_sum %1177 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1179 = div %1178, %1006 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1180 = broadcast %1179 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1181 = sub %1177, %1180 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1182 = mul %1181, %1181 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1183 = reduce_sum %1182 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1184 = div %1183, %1006 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1185 = add %1184, %1013 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1186 = rsqrt %1185 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1187 = broadcast %1186 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1188 = mul %1181, %1187 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1189 = broadcast %106 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1190 = mul %1188, %1189 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1191 = broadcast %107 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1192 = add %1190, %1191 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1193 = cast %1192 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1194 = matmul %1193, %378 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1195 = broadcast %109 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1196 = cast %1194 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1197 = add %1196, %1195 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1198 = mul %1096, %1197 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1199 = mul %1197, %1098 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1200 = erf %1199 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1201 = add %1101, %1200 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1202 = mul %1198, %1201 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1203 = cast %1202 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1204 = matmul %1203, %389 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1205 = broadcast %111 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1206 = cast %1204 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1207 = add %1206, %1205 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1208 = add %1177, %1207 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1209 = grid_neighbors n=3 size=3 : i32[9,8] @ models/dino_pass.yaml:61:16
%1210 = neighbor_topk_gather %1208, %1209 k=2 : f32[4,9,2,16] @ models/dino_pass.yaml:77:16
%1211 = reshape %1210 : f32[36,2,16] @ models/dino_pass.yaml:87:23
%1212 = broadcast %112 : f32[36,1,16] @ models/lib/vit.yaml:116:31
%1213 = concat %1212, %1211 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1214 = reduce_sum %1213 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1215 = broadcast %178 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1216 = div %1214, %1215 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1217 = broadcast %1216 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1218 = sub %1213, %1217 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1219 = mul %1218, %1218 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1220 = reduce_sum %1219 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1221 = div %1220, %1215 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1222 = broadcast %186 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1223 = add %1221, %1222 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1224 = rsqrt %1223 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1225 = broadcast %1224 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1226 = mul %1218, %1225 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1227 = broadcast %113 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1228 = mul %1226, %1227 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1229 = broadcast %114 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1230 = add %1228, %1229 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1231 = slice %1230 lo=[0,0,0] hi=[36,1,16] : f32[36,1,16] @ models/lib/vit.yaml:78:33
%1232 = cast %1231 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1233 = matmul %1232, %419 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1234 = broadcast %116 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1235 = cast %1233 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1236 = add %1235, %1234 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1237 = reshape %1236 : f32[36,1,2,8] @ models/lib/vit.yaml:78:22
%1238 = permute %1237 perm=[0,2,1,3] : f32[36,2,1,8] @ models/lib/vit.yaml:78:14
%1239 = cast %1230 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1240 = matmul %1239, %427 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1241 = broadcast %118 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1242 = cast %1240 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1243 = add %1242, %1241 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1244 = reshape %1243 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1245 = permute %1244 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1246 = matmul %1239, %434 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1247 = broadcast %120 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1248 = cast %1246 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1249 = add %1248, %1247 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1250 = reshape %1249 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1251 = permute %1250 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1252 = cast %1238 : bf16[36,2,1,8] @ models/lib/nn.yaml:55:23
%1253 = cast %1245 : bf16[36,2,3,8] @ models/lib/nn.yaml:55:23
%1254 = cast %1252 : f32[36,2,1,8] @ models/lib/nn.yaml:55:23
%1255 = cast %1253 : f32[36,2,3,8] @ models/lib/nn.yaml:55:23
%1256 = permute %1255 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1257 = reshape %1254 : f32[36,2,1,8,1] @ models/lib/nn.yaml:55:23
%1258 = broadcast %1257 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1259 = reshape %1256 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1260 = broadcast %1259 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1261 = mul %1258, %1260 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1262 = reduce_sum %1261 axes=[3] keep=0 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1263 = cast %1262 : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1264 = broadcast %222 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1265 = cast %1263 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1266 = mul %1265, %1264 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1267 = reduce_max %1266 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1268 = stop_gradient %1267 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1269 = broadcast %1268 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1270 = sub %1266, %1269 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1271 = exp %1270 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1272 = reduce_sum %1271 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1273 = broadcast %1272 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1274 = div %1271, %1273 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1275 = cast %1274 : bf16[36,2,1,3] @ models/lib/nn.yaml:56:23
%1276 = cast %1251 : bf16[36,2,3,8] @ models/lib/nn.yaml:56:23
%1277 = cast %1275 : f32[36,2,1,3] @ models/lib/nn.yaml:56:23
%1278 = cast %1276 : f32[36,2,3,8] @ models/lib/nn.yaml:56:23
%1279 = reshape %1277 : f32[36,2,1,3,1] @ models/lib/nn.yaml:56:23
%1280 = broadcast %1279 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1281 = reshape %1278 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1282 = broadcast %1281 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1283 = mul %1280, %1282 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1284 = reduce_sum %1283 axes=[3] keep=0 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1285 = cast %1284 : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1286 = permute %1285 perm=[0,2,1,3] : bf16[36,1,2,8] @ models/lib/nn.yaml:56:13
%1287 = reshape %1286 : bf16[36,1,16] @ models/lib/nn.yaml:57:16
%1288 = matmul %1287, %477 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1289 = broadcast %122 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1290 = cast %1288 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1291 = add %1290, %1289 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1292 = add %1212, %1291 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1293 = reduce_sum %1292 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1294 = broadcast %178 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1295 = div %1293, %1294 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1296 = broadcast %1295 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1297 = sub %1292, %1296 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1298 = mul %1297, %1297 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1299 = reduce_sum %1298 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1300 = div %1299, %1294 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1301 = broadcast %186 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1302 = add %1300, %1301 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1303 = rsqrt %1302 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1304 = broadcast %1303 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1305 = mul %1297, %1304 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1306 = broadcast %123 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1307 = mul %1305, %1306 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1308 = broadcast %124 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1309 = add %1307, %1308 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1310 = cast %1309 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1311 = matmul %1310, %501 ta=0 tb=1 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1312 = broadcast %126 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1313 = cast %1311 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1314 = add %1313, %1312 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1315 = broadcast %274 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1316 = mul %1315, %1314 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1317 = broadcast %277 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1318 = mul %1314, %1317 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1319 = erf %1318 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1320 = broadcast %281 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1321 = add %1320, %1319 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1322 = mul %1316, %1321 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1323 = cast %1322 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1324 = matmul %1323, %515 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1325 = broadcast %128 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1326 = cast %1324 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1327 = add %1326, %1325 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1328 = add %1292, %1327 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1329 = concat %1328, %1211 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1330 = reduce_sum %1329 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1331 = div %1330, %1215 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1332 = broadcast %1331 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1333 = sub %1329, %1332 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1334 = mul %1333, %1333 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1335 = reduce_sum %1334 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1336 = div %1335, %1215 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1337 = add %1336, %1222 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1338 = rsqrt %1337 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1339 = broadcast %1338 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1340 = mul %1333, %1339 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1341 = broadcast %129 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1342 = mul %1340, %1341 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1343 = broadcast %130 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1344 = add %1342, %1343 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1345 = slice %1344 lo=[0,0,0] hi=[36,1,16] : f32[36,1,16] @ models/lib/vit.yaml:78:33
%1346 = cast %1345 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1347 = matmul %1346, %539 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1348 = broadcast %132 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1349 = cast %1347 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1350 = add %1349, %1348 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1351 = reshape %1350 : f32[36,1,2,8] @ models/lib/vit.yaml:78:22
%1352 = permute %1351 perm=[0,2,1,3] : f32[36,2,1,8] @ models/lib/vit.yaml:78:14
%1353 = cast %1344 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1354 = matmul %1353, %547 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1355 = broadcast %134 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1356 = cast %1354 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1357 = add %1356, %1355 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1358 = reshape %1357 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1359 = permute %1358 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1360 = matmul %1353, %554 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1361 = broadcast %136 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1362 = cast %1360 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1363 = add %1362, %1361 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1364 = reshape %1363 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1365 = permute %1364 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1366 = cast %1352 : bf16[36,2,1,8] @ models/lib/nn.yaml:55:23
%1367 = cast %1359 : bf16[36,2,3,8] @ models/lib/nn.yaml:55:23
%1368 = cast %1366 : f32[36,2,1,8] @ models/lib/nn.yaml:55:23
%1369 = cast %1367 : f32[36,2,3,8] @ models/lib/nn.yaml:55:23
%1370 = permute %1369 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1371 = reshape %1368 : f32[36,2,1,8,1] @ models/lib/nn.yaml:55:23
%1372 = broadcast %1371 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1373 = reshape %1370 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1374 = broadcast %1373 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1375 = mul %1372, %1374 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1376 = reduce_sum %1375 axes=[3] keep=0 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1377 = cast %1376 : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1378 = cast %1377 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1379 = mul %1378, %1264 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1380 = reduce_max %1379 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1381 = stop_gradient %1380 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1382 = broadcast %1381 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1383 = sub %1379, %1382 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1384 = exp %1383 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1385 = reduce_sum %1384 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1386 = broadcast %1385 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1387 = div %1384, %1386 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1388 = cast %1387 : bf16[36,2,1,3] @ models/lib/nn.yaml:56:23
%1389 = cast %1365 : bf16[36,2,3,8] @ models/lib/nn.yaml:56:23
%1390 = cast %1388 : f32[36,2,1,3] @ models/lib/nn.yaml:56:23
%1391 = cast %1389 : f32[36,2,3,8] @ models/lib/nn.yaml:56:23
%1392 = reshape %1390 : f32[36,2,1,3,1] @ models/lib/nn.yaml:56:23
%1393 = broadcast %1392 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1394 = reshape %1391 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1395 = broadcast %1394 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1396 = mul %1393, %1395 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1397 = reduce_sum %1396 axes=[3] keep=0 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1398 = cast %1397 : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1399 = permute %1398 perm=[0,2,1,3] : bf16[36,1,2,8] @ models/lib/nn.yaml:56:13
%1400 = reshape %1399 : bf16[36,1,16] @ models/lib/nn.yaml:57:16
%1401 = matmul %1400, %596 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1402 = broadcast %138 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1403 = cast %1401 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1404 = add %1403, %1402 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1405 = add %1328, %1404 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1406 = reduce_sum %1405 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1407 = div %1406, %1294 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1408 = broadcast %1407 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1409 = sub %1405, %1408 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1410 = mul %1409, %1409 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1411 = reduce_sum %1410 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1412 = div %1411, %1294 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1413 = add %1412, %1301 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1414 = rsqrt %1413 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1415 = broadcast %1414 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1416 = mul %1409, %1415 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1417 = broadcast %139 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1418 = mul %1416, %1417 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1419 = broadcast %140 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1420 = add %1418, %1419 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1421 = cast %1420 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1422 = matmul %1421, %618 ta=0 tb=1 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1423 = broadcast %142 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1424 = cast %1422 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1425 = add %1424, %1423 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1426 = mul %1315, %1425 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1427 = mul %1425, %1317 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1428 = erf %1427 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1429 = add %1320, %1428 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1430 = mul %1426, %1429 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1431 = cast %1430 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1432 = matmul %1431, %629 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1433 = broadcast %144 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1434 = cast %1432 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1435 = add %1434, %1433 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1436 = add %1405, %1435 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1437 = reshape %1436 : f32[4,9,16] @ models/dino_pass.yaml:88:16
%1438 = concat %636, %1208 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%1439 = reduce_sum %1438 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1440 = broadcast %178 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1441 = div %1439, %1440 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1442 = broadcast %1441 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1443 = sub %1438, %1442 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1444 = mul %1443, %1443 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1445 = reduce_sum %1444 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1446 = div %1445, %1440 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1447 = broadcast %186 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1448 = add %1446, %1447 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1449 = rsqrt %1448 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1450 = broadcast %1449 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1451 = mul %1443, %1450 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1452 = broadcast %113 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1453 = mul %1451, %1452 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1454 = broadcast %114 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1455 = add %1453, %1454 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1456 = slice %1455 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1457 = cast %1456 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1458 = matmul %1457, %419 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1459 = cast %1458 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1460 = add %1459, %658 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1461 = reshape %1460 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1462 = permute %1461 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1463 = cast %1455 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1464 = matmul %1463, %427 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1465 = broadcast %118 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1466 = cast %1464 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1467 = add %1466, %1465 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1468 = reshape %1467 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%1469 = permute %1468 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%1470 = matmul %1463, %434 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1471 = broadcast %120 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1472 = cast %1470 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1473 = add %1472, %1471 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1474 = reshape %1473 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%1475 = permute %1474 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%1476 = cast %1462 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%1477 = cast %1469 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%1478 = cast %1476 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%1479 = cast %1477 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1480 = permute %1479 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%1481 = reshape %1478 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%1482 = broadcast %1481 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1483 = reshape %1480 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1484 = broadcast %1483 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1485 = mul %1482, %1484 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1486 = reduce_sum %1485 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1487 = cast %1486 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%1488 = broadcast %222 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1489 = cast %1487 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1490 = mul %1489, %1488 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1491 = reduce_max %1490 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1492 = stop_gradient %1491 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1493 = broadcast %1492 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1494 = sub %1490, %1493 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1495 = exp %1494 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1496 = reduce_sum %1495 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1497 = broadcast %1496 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1498 = div %1495, %1497 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1499 = cast %1498 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%1500 = cast %1475 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%1501 = cast %1499 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1502 = cast %1500 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%1503 = reshape %1501 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%1504 = broadcast %1503 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1505 = reshape %1502 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1506 = broadcast %1505 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1507 = mul %1504, %1506 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1508 = reduce_sum %1507 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1509 = cast %1508 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%1510 = permute %1509 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%1511 = reshape %1510 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%1512 = matmul %1511, %477 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1513 = cast %1512 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1514 = add %1513, %713 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1515 = add %636, %1514 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1516 = reduce_sum %1515 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1517 = div %1516, %718 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1518 = broadcast %1517 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1519 = sub %1515, %1518 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1520 = mul %1519, %1519 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1521 = reduce_sum %1520 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1522 = div %1521, %718 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1523 = add %1522, %725 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1524 = rsqrt %1523 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1525 = broadcast %1524 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1526 = mul %1519, %1525 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1527 = mul %1526, %730 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1528 = add %1527, %732 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1529 = cast %1528 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1530 = matmul %1529, %501 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1531 = cast %1530 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1532 = add %1531, %736 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1533 = mul %739, %1532 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1534 = mul %1532, %741 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1535 = erf %1534 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1536 = add %744, %1535 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1537 = mul %1533, %1536 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1538 = cast %1537 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1539 = matmul %1538, %515 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1540 = cast %1539 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1541 = add %1540, %749 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1542 = add %1515, %1541 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1543 = concat %1542, %1208 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%1544 = reduce_sum %1543 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1545 = div %1544, %1440 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1546 = broadcast %1545 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1547 = sub %1543, %1546 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1548 = mul %1547, %1547 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1549 = reduce_sum %1548 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1550 = div %1549, %1440 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1551 = add %1550, %1447 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1552 = rsqrt %1551 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1553 = broadcast %1552 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1554 = mul %1547, %1553 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1555 = broadcast %129 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1556 = mul %1554, %1555 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1557 = broadcast %130 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1558 = add %1556, %1557 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1559 = slice %1558 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1560 = cast %1559 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1561 = matmul %1560, %539 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1562 = cast %1561 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1563 = add %1562, %772 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1564 = reshape %1563 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1565 = permute %1564 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1566 = cast %1558 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1567 = matmul %1566, %547 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1568 = broadcast %134 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1569 = cast %1567 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1570 = add %1569, %1568 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1571 = reshape %1570 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%1572 = permute %1571 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%1573 = matmul %1566, %554 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1574 = broadcast %136 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1575 = cast %1573 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1576 = add %1575, %1574 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1577 = reshape %1576 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%1578 = permute %1577 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%1579 = cast %1565 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%1580 = cast %1572 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%1581 = cast %1579 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%1582 = cast %1580 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1583 = permute %1582 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%1584 = reshape %1581 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%1585 = broadcast %1584 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1586 = reshape %1583 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1587 = broadcast %1586 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1588 = mul %1585, %1587 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1589 = reduce_sum %1588 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1590 = cast %1589 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%1591 = cast %1590 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1592 = mul %1591, %1488 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1593 = reduce_max %1592 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1594 = stop_gradient %1593 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1595 = broadcast %1594 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1596 = sub %1592, %1595 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1597 = exp %1596 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1598 = reduce_sum %1597 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1599 = broadcast %1598 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1600 = div %1597, %1599 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1601 = cast %1600 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%1602 = cast %1578 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%1603 = cast %1601 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1604 = cast %1602 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%1605 = reshape %1603 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%1606 = broadcast %1605 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1607 = reshape %1604 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1608 = broadcast %1607 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1609 = mul %1606, %1608 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1610 = reduce_sum %1609 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1611 = cast %1610 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%1612 = permute %1611 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%1613 = reshape %1612 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%1614 = matmul %1613, %596 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1615 = cast %1614 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1616 = add %1615, %826 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1617 = add %1542, %1616 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1618 = reduce_sum %1617 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1619 = div %1618, %718 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1620 = broadcast %1619 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1621 = sub %1617, %1620 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1622 = mul %1621, %1621 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1623 = reduce_sum %1622 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1624 = div %1623, %718 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1625 = add %1624, %725 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1626 = rsqrt %1625 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1627 = broadcast %1626 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1628 = mul %1621, %1627 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1629 = mul %1628, %841 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1630 = add %1629, %843 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1631 = cast %1630 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1632 = matmul %1631, %618 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1633 = cast %1632 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1634 = add %1633, %847 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1635 = mul %739, %1634 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1636 = mul %1634, %741 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1637 = erf %1636 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1638 = add %744, %1637 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1639 = mul %1635, %1638 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1640 = cast %1639 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1641 = matmul %1640, %629 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1642 = cast %1641 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1643 = add %1642, %857 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1644 = add %1617, %1643 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1645 = concat %1644, %1437 axis=1 : f32[4,10,16] @ models/dino_pass.yaml:109:30
%1646 = reduce_sum %1645 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1647 = div %1646, %1440 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1648 = broadcast %1647 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1649 = sub %1645, %1648 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1650 = mul %1649, %1649 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1651 = reduce_sum %1650 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1652 = div %1651, %1440 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1653 = add %1652, %1447 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1654 = rsqrt %1653 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1655 = broadcast %1654 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1656 = mul %1649, %1655 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1657 = broadcast %145 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1658 = mul %1656, %1657 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1659 = broadcast %146 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1660 = add %1658, %1659 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1661 = slice %1660 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:110:28
%1662 = cast %1661 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1663 = matmul %1662, %879 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1664 = cast %1663 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1665 = add %1664, %881 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1666 = mul %884, %1665 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1667 = mul %1665, %886 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1668 = erf %1667 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1669 = add %889, %1668 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1670 = mul %1666, %1669 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1671 = cast %1670 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1672 = matmul %1671, %893 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1673 = cast %1672 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1674 = add %1673, %895 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1675 = mul %884, %1674 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1676 = mul %1674, %886 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1677 = erf %1676 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1678 = add %889, %1677 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1679 = mul %1675, %1678 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1680 = cast %1679 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1681 = matmul %1680, %904 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%1682 = cast %1681 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1683 = add %1682, %906 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1684 = mul %1683, %1683 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%1685 = reduce_sum %1684 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1686 = sqrt %1685 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1687 = max %1686, %913 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1688 = broadcast %1687 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1689 = div %1683, %1688 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1690 = cast %1689 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%1691 = matmul %1690, %925 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%1692 = slice %1660 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/dino_pass.yaml:110:46
%1693 = cast %1692 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1694 = matmul %1693, %929 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%1695 = broadcast %156 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1696 = cast %1694 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1697 = add %1696, %1695 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1698 = broadcast %274 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1699 = mul %1698, %1697 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1700 = broadcast %277 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1701 = mul %1697, %1700 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1702 = erf %1701 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%1703 = broadcast %281 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1704 = add %1703, %1702 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1705 = mul %1699, %1704 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%1706 = cast %1705 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%1707 = matmul %1706, %943 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%1708 = broadcast %158 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1709 = cast %1707 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1710 = add %1709, %1708 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1711 = mul %1698, %1710 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1712 = mul %1710, %1700 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1713 = erf %1712 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%1714 = add %1703, %1713 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1715 = mul %1711, %1714 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%1716 = cast %1715 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%1717 = matmul %1716, %954 ta=0 tb=1 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%1718 = broadcast %160 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%1719 = cast %1717 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%1720 = add %1719, %1718 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%1721 = mul %1720, %1720 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%1722 = reduce_sum %1721 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%1723 = sqrt %1722 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%1724 = broadcast %912 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1725 = max %1723, %1724 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1726 = broadcast %1725 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%1727 = div %1720, %1726 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%1728 = cast %1727 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%1729 = matmul %1728, %974 ta=0 tb=1 : bf16[4,9,16] @ models/lib/dino.yaml:23:18
%1730 = cast %1691 : f32[4,1,32] @ models/dino_pass.yaml:131:20
%1731 = slice %1730 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1732 = slice %1730 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1733 = cast %1729 : f32[4,9,16] @ models/dino_pass.yaml:131:27
%1734 = slice %1733 lo=[0,0,0] hi=[2,9,16] : f32[2,9,16] @ models/dino_pass.yaml:131:27
%1735 = slice %1733 lo=[2,0,0] hi=[4,9,16] : f32[2,9,16] @ models/dino_pass.yaml:131:27
%1736 = reshape %8 : f32[16,48] @ models/lib/vit.yaml:17:20
%1737 = cast %1736 : bf16[16,48] @ models/lib/vit.yaml:17:18
%1738 = matmul %169, %1737 ta=0 tb=1 : bf16[4,16,16] @ models/lib/vit.yaml:17:18
%1739 = broadcast %9 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%1740 = cast %1738 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%1741 = add %1740, %1739 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%1742 = broadcast %7 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%1743 = add %1741, %1742 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%1744 = reduce_sum %1743 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1745 = div %1744, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1746 = broadcast %1745 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1747 = sub %1743, %1746 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1748 = mul %1747, %1747 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%1749 = reduce_sum %1748 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1750 = div %1749, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1751 = add %1750, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1752 = rsqrt %1751 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1753 = broadcast %1752 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1754 = mul %1747, %1753 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1755 = broadcast %10 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1756 = mul %1754, %1755 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1757 = broadcast %11 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1758 = add %1756, %1757 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1759 = cast %1758 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%1760 = cast %12 : bf16[48,16] @ models/lib/nn.yaml:83:15
%1761 = matmul %1759, %1760 ta=0 tb=1 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%1762 = broadcast %13 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%1763 = cast %1761 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%1764 = add %1763, %1762 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%1765 = reshape %1764 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%1766 = permute %1765 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%1767 = slice %1766 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%1768 = reshape %1767 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%1769 = slice %1766 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%1770 = reshape %1769 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%1771 = slice %1766 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%1772 = reshape %1771 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%1773 = cast %1768 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%1774 = cast %1770 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%1775 = cast %1773 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%1776 = cast %1774 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%1777 = permute %1776 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%1778 = reshape %1775 : f32[4,2,16,8,1] @ models/lib/nn.yaml:55:23
%1779 = broadcast %1778 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%1780 = reshape %1777 : f32[4,2,1,8,16] @ models/lib/nn.yaml:55:23
%1781 = broadcast %1780 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%1782 = mul %1779, %1781 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%1783 = reduce_sum %1782 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1784 = cast %1783 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%1785 = cast %1784 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1786 = mul %1785, %223 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1787 = reduce_max %1786 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%1788 = stop_gradient %1787 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%1789 = broadcast %1788 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1790 = sub %1786, %1789 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1791 = exp %1790 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1792 = reduce_sum %1791 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%1793 = broadcast %1792 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1794 = div %1791, %1793 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1795 = cast %1794 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%1796 = cast %1772 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%1797 = cast %1795 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%1798 = cast %1796 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%1799 = reshape %1797 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%1800 = broadcast %1799 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%1801 = reshape %1798 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%1802 = broadcast %1801 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%1803 = mul %1800, %1802 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%1804 = reduce_sum %1803 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%1805 = cast %1804 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%1806 = permute %1805 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%1807 = reshape %1806 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%1808 = cast %14 : bf16[16,16] @ models/lib/nn.yaml:83:15
%1809 = matmul %1807, %1808 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%1810 = broadcast %15 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1811 = cast %1809 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1812 = add %1811, %1810 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1813 = add %1743, %1812 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%1814 = reduce_sum %1813 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1815 = div %1814, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1816 = broadcast %1815 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1817 = sub %1813, %1816 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1818 = mul %1817, %1817 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%1819 = reduce_sum %1818 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1820 = div %1819, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1821 = add %1820, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1822 = rsqrt %1821 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1823 = broadcast %1822 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1824 = mul %1817, %1823 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1825 = broadcast %16 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1826 = mul %1824, %1825 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1827 = broadcast %17 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1828 = add %1826, %1827 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1829 = cast %1828 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%1830 = cast %18 : bf16[64,16] @ models/lib/nn.yaml:83:15
%1831 = matmul %1829, %1830 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%1832 = broadcast %19 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1833 = cast %1831 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1834 = add %1833, %1832 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1835 = mul %275, %1834 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%1836 = mul %1834, %278 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%1837 = erf %1836 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%1838 = add %282, %1837 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%1839 = mul %1835, %1838 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%1840 = cast %1839 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%1841 = cast %20 : bf16[16,64] @ models/lib/nn.yaml:83:15
%1842 = matmul %1840, %1841 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%1843 = broadcast %21 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1844 = cast %1842 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1845 = add %1844, %1843 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1846 = add %1813, %1845 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%1847 = reduce_sum %1846 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1848 = div %1847, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1849 = broadcast %1848 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1850 = sub %1846, %1849 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1851 = mul %1850, %1850 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%1852 = reduce_sum %1851 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1853 = div %1852, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1854 = add %1853, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1855 = rsqrt %1854 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1856 = broadcast %1855 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1857 = mul %1850, %1856 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1858 = broadcast %22 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1859 = mul %1857, %1858 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1860 = broadcast %23 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1861 = add %1859, %1860 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1862 = cast %1861 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%1863 = cast %24 : bf16[48,16] @ models/lib/nn.yaml:83:15
%1864 = matmul %1862, %1863 ta=0 tb=1 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%1865 = broadcast %25 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%1866 = cast %1864 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%1867 = add %1866, %1865 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%1868 = reshape %1867 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%1869 = permute %1868 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%1870 = slice %1869 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%1871 = reshape %1870 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%1872 = slice %1869 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%1873 = reshape %1872 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%1874 = slice %1869 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%1875 = reshape %1874 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%1876 = cast %1871 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%1877 = cast %1873 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%1878 = cast %1876 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%1879 = cast %1877 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%1880 = permute %1879 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%1881 = reshape %1878 : f32[4,2,16,8,1] @ models/lib/nn.yaml:55:23
%1882 = broadcast %1881 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%1883 = reshape %1880 : f32[4,2,1,8,16] @ models/lib/nn.yaml:55:23
%1884 = broadcast %1883 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%1885 = mul %1882, %1884 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%1886 = reduce_sum %1885 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1887 = cast %1886 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%1888 = cast %1887 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1889 = mul %1888, %223 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1890 = reduce_max %1889 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%1891 = stop_gradient %1890 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%1892 = broadcast %1891 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1893 = sub %1889, %1892 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1894 = exp %1893 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1895 = reduce_sum %1894 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%1896 = broadcast %1895 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1897 = div %1894, %1896 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1898 = cast %1897 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%1899 = cast %1875 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%1900 = cast %1898 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%1901 = cast %1899 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%1902 = reshape %1900 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%1903 = broadcast %1902 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%1904 = reshape %1901 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%1905 = broadcast %1904 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%1906 = mul %1903, %1905 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%1907 = reduce_sum %1906 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%1908 = cast %1907 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%1909 = permute %1908 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%1910 = reshape %1909 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%1911 = cast %26 : bf16[16,16] @ models/lib/nn.yaml:83:15
%1912 = matmul %1910, %1911 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%1913 = broadcast %27 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1914 = cast %1912 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1915 = add %1914, %1913 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1916 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%1917 = broadcast %1916 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%1918 = div %1915, %1917 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%1919 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%1920 = rand_uniform %1919 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%1921 = broadcast %1916 : f32[4] @ models/lib/nn.yaml:44:35
%1922 = add %1921, %1920 : f32[4] @ models/lib/nn.yaml:44:35
%1923 = floor %1922 : f32[4] @ models/lib/nn.yaml:44:24
%1924 = reshape %1923 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1925 = broadcast %1924 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%1926 = mul %1918, %1925 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%1927 = add %1846, %1926 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%1928 = reduce_sum %1927 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1929 = div %1928, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1930 = broadcast %1929 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1931 = sub %1927, %1930 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1932 = mul %1931, %1931 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%1933 = reduce_sum %1932 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1934 = div %1933, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1935 = add %1934, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1936 = rsqrt %1935 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1937 = broadcast %1936 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1938 = mul %1931, %1937 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1939 = broadcast %28 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1940 = mul %1938, %1939 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1941 = broadcast %29 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1942 = add %1940, %1941 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1943 = cast %1942 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%1944 = cast %30 : bf16[64,16] @ models/lib/nn.yaml:83:15
%1945 = matmul %1943, %1944 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%1946 = broadcast %31 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1947 = cast %1945 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1948 = add %1947, %1946 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1949 = mul %275, %1948 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%1950 = mul %1948, %278 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%1951 = erf %1950 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%1952 = add %282, %1951 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%1953 = mul %1949, %1952 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%1954 = cast %1953 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%1955 = cast %32 : bf16[16,64] @ models/lib/nn.yaml:83:15
%1956 = matmul %1954, %1955 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%1957 = broadcast %33 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1958 = cast %1956 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1959 = add %1958, %1957 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1960 = div %1959, %1917 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%1961 = rand_uniform %1919 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%1962 = add %1921, %1961 : f32[4] @ models/lib/nn.yaml:44:35
%1963 = floor %1962 : f32[4] @ models/lib/nn.yaml:44:24
%1964 = reshape %1963 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1965 = broadcast %1964 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%1966 = mul %1960, %1965 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%1967 = add %1927, %1966 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%1968 = broadcast %34 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%1969 = concat %1968, %1967 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%1970 = reduce_sum %1969 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1971 = div %1970, %639 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1972 = broadcast %1971 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1973 = sub %1969, %1972 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1974 = mul %1973, %1973 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1975 = reduce_sum %1974 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1976 = div %1975, %639 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1977 = add %1976, %646 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1978 = rsqrt %1977 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1979 = broadcast %1978 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1980 = mul %1973, %1979 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1981 = broadcast %35 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1982 = mul %1980, %1981 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1983 = broadcast %36 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1984 = add %1982, %1983 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1985 = slice %1984 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1986 = cast %1985 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1987 = cast %37 : bf16[16,16] @ models/lib/nn.yaml:83:15
%1988 = matmul %1986, %1987 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1989 = broadcast %38 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1990 = cast %1988 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1991 = add %1990, %1989 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1992 = reshape %1991 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1993 = permute %1992 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1994 = cast %1984 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%1995 = cast %39 : bf16[16,16] @ models/lib/nn.yaml:83:15
%1996 = matmul %1994, %1995 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%1997 = broadcast %40 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1998 = cast %1996 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1999 = add %1998, %1997 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2000 = reshape %1999 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2001 = permute %2000 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%2002 = cast %41 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2003 = matmul %1994, %2002 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2004 = broadcast %42 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2005 = cast %2003 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2006 = add %2005, %2004 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2007 = reshape %2006 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%2008 = permute %2007 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%2009 = cast %1993 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%2010 = cast %2001 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%2011 = cast %2009 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2012 = cast %2010 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%2013 = permute %2012 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2014 = reshape %2011 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%2015 = broadcast %2014 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%2016 = reshape %2013 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%2017 = broadcast %2016 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%2018 = mul %2015, %2017 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%2019 = reduce_sum %2018 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2020 = cast %2019 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2021 = cast %2020 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2022 = mul %2021, %688 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2023 = reduce_max %2022 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2024 = stop_gradient %2023 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2025 = broadcast %2024 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2026 = sub %2022, %2025 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2027 = exp %2026 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2028 = reduce_sum %2027 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2029 = broadcast %2028 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2030 = div %2027, %2029 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2031 = cast %2030 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%2032 = cast %2008 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%2033 = cast %2031 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2034 = cast %2032 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%2035 = reshape %2033 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%2036 = broadcast %2035 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2037 = reshape %2034 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2038 = broadcast %2037 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2039 = mul %2036, %2038 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2040 = reduce_sum %2039 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2041 = cast %2040 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2042 = permute %2041 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2043 = reshape %2042 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2044 = cast %43 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2045 = matmul %2043, %2044 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2046 = broadcast %44 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2047 = cast %2045 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2048 = add %2047, %2046 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2049 = add %1968, %2048 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2050 = reduce_sum %2049 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2051 = div %2050, %718 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2052 = broadcast %2051 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2053 = sub %2049, %2052 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2054 = mul %2053, %2053 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2055 = reduce_sum %2054 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2056 = div %2055, %718 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2057 = add %2056, %725 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2058 = rsqrt %2057 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2059 = broadcast %2058 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2060 = mul %2053, %2059 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2061 = broadcast %45 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2062 = mul %2060, %2061 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2063 = broadcast %46 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2064 = add %2062, %2063 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2065 = cast %2064 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2066 = cast %47 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2067 = matmul %2065, %2066 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2068 = broadcast %48 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2069 = cast %2067 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2070 = add %2069, %2068 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2071 = mul %739, %2070 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2072 = mul %2070, %741 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2073 = erf %2072 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2074 = add %744, %2073 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2075 = mul %2071, %2074 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2076 = cast %2075 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2077 = cast %49 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2078 = matmul %2076, %2077 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2079 = broadcast %50 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2080 = cast %2078 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2081 = add %2080, %2079 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2082 = add %2049, %2081 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2083 = concat %2082, %1967 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%2084 = reduce_sum %2083 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2085 = div %2084, %639 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2086 = broadcast %2085 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2087 = sub %2083, %2086 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2088 = mul %2087, %2087 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2089 = reduce_sum %2088 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2090 = div %2089, %639 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2091 = add %2090, %646 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2092 = rsqrt %2091 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2093 = broadcast %2092 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2094 = mul %2087, %2093 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2095 = broadcast %51 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2096 = mul %2094, %2095 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2097 = broadcast %52 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2098 = add %2096, %2097 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2099 = slice %2098 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2100 = cast %2099 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2101 = cast %53 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2102 = matmul %2100, %2101 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2103 = broadcast %54 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2104 = cast %2102 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2105 = add %2104, %2103 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2106 = reshape %2105 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2107 = permute %2106 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2108 = cast %2098 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2109 = cast %55 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2110 = matmul %2108, %2109 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2111 = broadcast %56 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2112 = cast %2110 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2113 = add %2112, %2111 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2114 = reshape %2113 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2115 = permute %2114 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%2116 = cast %57 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2117 = matmul %2108, %2116 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2118 = broadcast %58 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2119 = cast %2117 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2120 = add %2119, %2118 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2121 = reshape %2120 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%2122 = permute %2121 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%2123 = cast %2107 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%2124 = cast %2115 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%2125 = cast %2123 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2126 = cast %2124 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%2127 = permute %2126 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2128 = reshape %2125 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%2129 = broadcast %2128 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%2130 = reshape %2127 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%2131 = broadcast %2130 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%2132 = mul %2129, %2131 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%2133 = reduce_sum %2132 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2134 = cast %2133 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2135 = cast %2134 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2136 = mul %2135, %688 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2137 = reduce_max %2136 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2138 = stop_gradient %2137 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2139 = broadcast %2138 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2140 = sub %2136, %2139 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2141 = exp %2140 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2142 = reduce_sum %2141 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2143 = broadcast %2142 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2144 = div %2141, %2143 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2145 = cast %2144 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%2146 = cast %2122 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%2147 = cast %2145 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2148 = cast %2146 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%2149 = reshape %2147 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%2150 = broadcast %2149 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2151 = reshape %2148 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2152 = broadcast %2151 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2153 = mul %2150, %2152 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2154 = reduce_sum %2153 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2155 = cast %2154 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2156 = permute %2155 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2157 = reshape %2156 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2158 = cast %59 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2159 = matmul %2157, %2158 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2160 = broadcast %60 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2161 = cast %2159 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2162 = add %2161, %2160 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2163 = add %2082, %2162 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2164 = reduce_sum %2163 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2165 = div %2164, %718 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2166 = broadcast %2165 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2167 = sub %2163, %2166 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2168 = mul %2167, %2167 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2169 = reduce_sum %2168 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2170 = div %2169, %718 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2171 = add %2170, %725 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2172 = rsqrt %2171 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2173 = broadcast %2172 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2174 = mul %2167, %2173 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2175 = broadcast %61 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2176 = mul %2174, %2175 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2177 = broadcast %62 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2178 = add %2176, %2177 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2179 = cast %2178 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2180 = cast %63 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2181 = matmul %2179, %2180 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2182 = broadcast %64 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2183 = cast %2181 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2184 = add %2183, %2182 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2185 = mul %739, %2184 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2186 = mul %2184, %741 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2187 = erf %2186 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2188 = add %744, %2187 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2189 = mul %2185, %2188 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2190 = cast %2189 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2191 = cast %65 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2192 = matmul %2190, %2191 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2193 = broadcast %66 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2194 = cast %2192 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2195 = add %2194, %2193 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2196 = add %2163, %2195 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2197 = concat %2196, %1967 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:111:21
%2198 = reduce_sum %2197 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2199 = div %2198, %639 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2200 = broadcast %2199 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2201 = sub %2197, %2200 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2202 = mul %2201, %2201 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2203 = reduce_sum %2202 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2204 = div %2203, %639 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2205 = add %2204, %646 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2206 = rsqrt %2205 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2207 = broadcast %2206 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2208 = mul %2201, %2207 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2209 = broadcast %67 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2210 = mul %2208, %2209 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2211 = broadcast %68 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2212 = add %2210, %2211 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2213 = slice %2212 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:103:28
%2214 = cast %2213 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2215 = cast %69 : bf16[24,16] @ models/lib/nn.yaml:83:15
%2216 = matmul %2214, %2215 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2217 = broadcast %70 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2218 = cast %2216 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2219 = add %2218, %2217 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2220 = mul %884, %2219 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2221 = mul %2219, %886 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2222 = erf %2221 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2223 = add %889, %2222 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2224 = mul %2220, %2223 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2225 = cast %2224 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2226 = cast %71 : bf16[24,24] @ models/lib/nn.yaml:83:15
%2227 = matmul %2225, %2226 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2228 = broadcast %72 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2229 = cast %2227 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2230 = add %2229, %2228 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2231 = mul %884, %2230 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2232 = mul %2230, %886 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2233 = erf %2232 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2234 = add %889, %2233 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2235 = mul %2231, %2234 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2236 = cast %2235 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2237 = cast %73 : bf16[8,24] @ models/lib/nn.yaml:83:15
%2238 = matmul %2236, %2237 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%2239 = broadcast %74 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2240 = cast %2238 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2241 = add %2240, %2239 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2242 = mul %2241, %2241 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2243 = reduce_sum %2242 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%2244 = sqrt %2243 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2245 = max %2244, %913 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2246 = broadcast %2245 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2247 = div %2241, %2246 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2248 = broadcast %75 : f32[32,8] @ models/lib/dino.yaml:22:22
%2249 = mul %2248, %76 : f32[32,8] @ models/lib/dino.yaml:22:22
%2250 = mul %76, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%2251 = reduce_sum %2250 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%2252 = sqrt %2251 : f32[32,1] @ models/lib/dino.yaml:22:35
%2253 = broadcast %2252 : f32[32,8] @ models/lib/dino.yaml:22:33
%2254 = div %2249, %2253 : f32[32,8] @ models/lib/dino.yaml:22:33
%2255 = cast %2247 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%2256 = cast %2254 : bf16[32,8] @ models/lib/dino.yaml:23:18
%2257 = matmul %2255, %2256 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%2258 = slice %2212 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/dino_pass.yaml:103:46
%2259 = cast %2258 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2260 = cast %77 : bf16[24,16] @ models/lib/nn.yaml:83:15
%2261 = matmul %2259, %2260 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%2262 = broadcast %78 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2263 = cast %2261 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2264 = add %2263, %2262 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2265 = mul %934, %2264 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2266 = mul %2264, %936 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2267 = erf %2266 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%2268 = add %939, %2267 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2269 = mul %2265, %2268 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%2270 = cast %2269 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%2271 = cast %79 : bf16[24,24] @ models/lib/nn.yaml:83:15
%2272 = matmul %2270, %2271 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%2273 = broadcast %80 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2274 = cast %2272 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2275 = add %2274, %2273 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2276 = mul %934, %2275 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2277 = mul %2275, %936 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2278 = erf %2277 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%2279 = add %939, %2278 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2280 = mul %2276, %2279 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%2281 = cast %2280 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%2282 = cast %81 : bf16[8,24] @ models/lib/nn.yaml:83:15
%2283 = matmul %2281, %2282 ta=0 tb=1 : bf16[4,16,8] @ models/lib/nn.yaml:83:15
%2284 = broadcast %82 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%2285 = cast %2283 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%2286 = add %2285, %2284 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%2287 = mul %2286, %2286 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%2288 = reduce_sum %2287 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%2289 = sqrt %2288 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%2290 = max %2289, %962 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%2291 = broadcast %2290 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%2292 = div %2286, %2291 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%2293 = broadcast %83 : f32[16,8] @ models/lib/dino.yaml:22:22
%2294 = mul %2293, %84 : f32[16,8] @ models/lib/dino.yaml:22:22
%2295 = mul %84, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%2296 = reduce_sum %2295 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%2297 = sqrt %2296 : f32[16,1] @ models/lib/dino.yaml:22:35
%2298 = broadcast %2297 : f32[16,8] @ models/lib/dino.yaml:22:33
%2299 = div %2294, %2298 : f32[16,8] @ models/lib/dino.yaml:22:33
%2300 = cast %2292 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%2301 = cast %2299 : bf16[16,8] @ models/lib/dino.yaml:23:18
%2302 = matmul %2300, %2301 ta=0 tb=1 : bf16[4,16,16] @ models/lib/dino.yaml:23:18
%2303 = cast %2257 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%2304 = slice %2303 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%2305 = slice %2303 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%2306 = cast %2302 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%2307 = slice %2306 lo=[0,0,0] hi=[2,16,16] : f32[2,16,16] @ models/dino_pass.yaml:132:27
%2308 = slice %2306 lo=[2,0,0] hi=[4,16,16] : f32[2,16,16] @ models/dino_pass.yaml:132:27
%2309 = matmul %985, %1737 ta=0 tb=1 : bf16[4,9,16] @ models/lib/vit.yaml:17:18
%2310 = broadcast %9 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%2311 = cast %2309 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%2312 = add %2311, %2310 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%2313 = reshape %7 : f32[4,64] @ models/lib/vit.yaml:32:17
%2314 = cast %2313 : bf16[4,64] @ models/lib/vit.yaml:32:15
%2315 = matmul %992, %2314 ta=0 tb=0 : bf16[3,64] @ models/lib/vit.yaml:32:15
%2316 = reshape %2315 : bf16[3,4,16] @ models/lib/vit.yaml:33:21
%2317 = permute %2316 perm=[1,0,2] : bf16[4,3,16] @ models/lib/vit.yaml:33:13
%2318 = reshape %2317 : bf16[4,48] @ models/lib/vit.yaml:34:17
%2319 = matmul %992, %2318 ta=0 tb=0 : bf16[3,48] @ models/lib/vit.yaml:34:15
%2320 = cast %2319 : f32[3,48] @ models/lib/vit.yaml:35:21
%2321 = reshape %2320 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%2322 = permute %2321 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%2323 = reshape %2322 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%2324 = broadcast %2323 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%2325 = add %2312, %2324 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%2326 = reduce_sum %2325 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2327 = div %2326, %1006 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2328 = broadcast %2327 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2329 = sub %2325, %2328 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2330 = mul %2329, %2329 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2331 = reduce_sum %2330 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2332 = div %2331, %1006 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2333 = add %2332, %1013 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2334 = rsqrt %2333 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2335 = broadcast %2334 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2336 = mul %2329, %2335 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2337 = broadcast %10 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2338 = mul %2336, %2337 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2339 = broadcast %11 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2340 = add %2338, %2339 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2341 = cast %2340 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%2342 = matmul %2341, %1760 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%2343 = broadcast %13 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2344 = cast %2342 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2345 = add %2344, %2343 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2346 = reshape %2345 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%2347 = permute %2346 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%2348 = slice %2347 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%2349 = reshape %2348 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%2350 = slice %2347 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%2351 = reshape %2350 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%2352 = slice %2347 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%2353 = reshape %2352 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%2354 = cast %2349 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%2355 = cast %2351 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%2356 = cast %2354 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%2357 = cast %2355 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%2358 = permute %2357 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%2359 = reshape %2356 : f32[4,2,9,8,1] @ models/lib/nn.yaml:55:23
%2360 = broadcast %2359 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%2361 = reshape %2358 : f32[4,2,1,8,9] @ models/lib/nn.yaml:55:23
%2362 = broadcast %2361 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%2363 = mul %2360, %2362 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%2364 = reduce_sum %2363 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2365 = cast %2364 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%2366 = cast %2365 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2367 = mul %2366, %1047 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2368 = reduce_max %2367 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%2369 = stop_gradient %2368 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%2370 = broadcast %2369 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2371 = sub %2367, %2370 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2372 = exp %2371 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%2373 = reduce_sum %2372 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%2374 = broadcast %2373 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2375 = div %2372, %2374 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2376 = cast %2375 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%2377 = cast %2353 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%2378 = cast %2376 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%2379 = cast %2377 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%2380 = reshape %2378 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%2381 = broadcast %2380 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2382 = reshape %2379 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%2383 = broadcast %2382 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2384 = mul %2381, %2383 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2385 = reduce_sum %2384 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%2386 = cast %2385 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%2387 = permute %2386 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%2388 = reshape %2387 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%2389 = matmul %2388, %1808 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%2390 = broadcast %15 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2391 = cast %2389 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2392 = add %2391, %2390 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2393 = add %2325, %2392 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%2394 = reduce_sum %2393 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2395 = div %2394, %1006 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2396 = broadcast %2395 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2397 = sub %2393, %2396 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2398 = mul %2397, %2397 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2399 = reduce_sum %2398 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2400 = div %2399, %1006 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2401 = add %2400, %1013 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2402 = rsqrt %2401 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2403 = broadcast %2402 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2404 = mul %2397, %2403 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2405 = broadcast %16 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2406 = mul %2404, %2405 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2407 = broadcast %17 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2408 = add %2406, %2407 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2409 = cast %2408 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%2410 = matmul %2409, %1830 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%2411 = broadcast %19 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2412 = cast %2410 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2413 = add %2412, %2411 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2414 = mul %1096, %2413 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%2415 = mul %2413, %1098 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%2416 = erf %2415 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%2417 = add %1101, %2416 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%2418 = mul %2414, %2417 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%2419 = cast %2418 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%2420 = matmul %2419, %1841 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%2421 = broadcast %21 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2422 = cast %2420 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2423 = add %2422, %2421 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2424 = add %2393, %2423 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%2425 = reduce_sum %2424 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2426 = div %2425, %1006 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2427 = broadcast %2426 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2428 = sub %2424, %2427 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2429 = mul %2428, %2428 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2430 = reduce_sum %2429 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2431 = div %2430, %1006 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2432 = add %2431, %1013 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2433 = rsqrt %2432 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2434 = broadcast %2433 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2435 = mul %2428, %2434 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2436 = broadcast %22 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2437 = mul %2435, %2436 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2438 = broadcast %23 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2439 = add %2437, %2438 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2440 = cast %2439 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%2441 = matmul %2440, %1863 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%2442 = broadcast %25 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2443 = cast %2441 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2444 = add %2443, %2442 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2445 = reshape %2444 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%2446 = permute %2445 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%2447 = slice %2446 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%2448 = reshape %2447 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%2449 = slice %2446 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%2450 = reshape %2449 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%2451 = slice %2446 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%2452 = reshape %2451 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%2453 = cast %2448 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%2454 = cast %2450 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%2455 = cast %2453 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%2456 = cast %2454 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%2457 = permute %2456 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%2458 = reshape %2455 : f32[4,2,9,8,1] @ models/lib/nn.yaml:55:23
%2459 = broadcast %2458 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%2460 = reshape %2457 : f32[4,2,1,8,9] @ models/lib/nn.yaml:55:23
%2461 = broadcast %2460 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%2462 = mul %2459, %2461 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%2463 = reduce_sum %2462 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2464 = cast %2463 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%2465 = cast %2464 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2466 = mul %2465, %1047 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2467 = reduce_max %2466 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%2468 = stop_gradient %2467 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%2469 = broadcast %2468 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2470 = sub %2466, %2469 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2471 = exp %2470 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%2472 = reduce_sum %2471 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%2473 = broadcast %2472 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2474 = div %2471, %2473 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2475 = cast %2474 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%2476 = cast %2452 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%2477 = cast %2475 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%2478 = cast %2476 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%2479 = reshape %2477 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%2480 = broadcast %2479 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2481 = reshape %2478 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%2482 = broadcast %2481 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2483 = mul %2480, %2482 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2484 = reduce_sum %2483 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%2485 = cast %2484 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%2486 = permute %2485 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%2487 = reshape %2486 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%2488 = matmul %2487, %1911 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%2489 = broadcast %27 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2490 = cast %2488 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2491 = add %2490, %2489 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2492 = broadcast %1916 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%2493 = div %2491, %2492 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%2494 = rand_uniform %1919 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%2495 = add %1921, %2494 : f32[4] @ models/lib/nn.yaml:44:35
%2496 = floor %2495 : f32[4] @ models/lib/nn.yaml:44:24
%2497 = reshape %2496 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2498 = broadcast %2497 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2499 = mul %2493, %2498 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2500 = add %2424, %2499 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%2501 = reduce_sum %2500 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2502 = div %2501, %1006 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2503 = broadcast %2502 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2504 = sub %2500, %2503 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2505 = mul %2504, %2504 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2506 = reduce_sum %2505 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2507 = div %2506, %1006 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2508 = add %2507, %1013 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2509 = rsqrt %2508 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2510 = broadcast %2509 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2511 = mul %2504, %2510 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2512 = broadcast %28 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2513 = mul %2511, %2512 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2514 = broadcast %29 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2515 = add %2513, %2514 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2516 = cast %2515 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%2517 = matmul %2516, %1944 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%2518 = broadcast %31 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2519 = cast %2517 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2520 = add %2519, %2518 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2521 = mul %1096, %2520 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%2522 = mul %2520, %1098 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%2523 = erf %2522 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%2524 = add %1101, %2523 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%2525 = mul %2521, %2524 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%2526 = cast %2525 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%2527 = matmul %2526, %1955 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%2528 = broadcast %33 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2529 = cast %2527 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2530 = add %2529, %2528 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2531 = div %2530, %2492 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%2532 = rand_uniform %1919 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%2533 = add %1921, %2532 : f32[4] @ models/lib/nn.yaml:44:35
%2534 = floor %2533 : f32[4] @ models/lib/nn.yaml:44:24
%2535 = reshape %2534 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2536 = broadcast %2535 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2537 = mul %2531, %2536 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2538 = add %2500, %2537 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%2539 = concat %1968, %2538 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%2540 = reduce_sum %2539 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2541 = div %2540, %1440 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2542 = broadcast %2541 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2543 = sub %2539, %2542 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2544 = mul %2543, %2543 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2545 = reduce_sum %2544 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2546 = div %2545, %1440 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2547 = add %2546, %1447 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2548 = rsqrt %2547 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2549 = broadcast %2548 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2550 = mul %2543, %2549 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2551 = broadcast %35 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2552 = mul %2550, %2551 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2553 = broadcast %36 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2554 = add %2552, %2553 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2555 = slice %2554 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2556 = cast %2555 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2557 = matmul %2556, %1987 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2558 = cast %2557 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2559 = add %2558, %1989 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2560 = reshape %2559 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2561 = permute %2560 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2562 = cast %2554 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%2563 = matmul %2562, %1995 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%2564 = broadcast %40 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2565 = cast %2563 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2566 = add %2565, %2564 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2567 = reshape %2566 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2568 = permute %2567 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2569 = matmul %2562, %2002 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%2570 = broadcast %42 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2571 = cast %2569 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2572 = add %2571, %2570 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2573 = reshape %2572 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%2574 = permute %2573 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%2575 = cast %2561 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%2576 = cast %2568 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%2577 = cast %2575 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2578 = cast %2576 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%2579 = permute %2578 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2580 = reshape %2577 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%2581 = broadcast %2580 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%2582 = reshape %2579 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%2583 = broadcast %2582 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%2584 = mul %2581, %2583 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%2585 = reduce_sum %2584 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2586 = cast %2585 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2587 = cast %2586 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2588 = mul %2587, %1488 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2589 = reduce_max %2588 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2590 = stop_gradient %2589 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2591 = broadcast %2590 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2592 = sub %2588, %2591 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2593 = exp %2592 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2594 = reduce_sum %2593 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2595 = broadcast %2594 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2596 = div %2593, %2595 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2597 = cast %2596 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%2598 = cast %2574 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%2599 = cast %2597 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%2600 = cast %2598 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%2601 = reshape %2599 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%2602 = broadcast %2601 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2603 = reshape %2600 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2604 = broadcast %2603 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2605 = mul %2602, %2604 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2606 = reduce_sum %2605 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2607 = cast %2606 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2608 = permute %2607 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2609 = reshape %2608 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2610 = matmul %2609, %2044 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2611 = cast %2610 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2612 = add %2611, %2046 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2613 = add %1968, %2612 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2614 = reduce_sum %2613 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2615 = div %2614, %718 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2616 = broadcast %2615 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2617 = sub %2613, %2616 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2618 = mul %2617, %2617 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2619 = reduce_sum %2618 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2620 = div %2619, %718 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2621 = add %2620, %725 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2622 = rsqrt %2621 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2623 = broadcast %2622 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2624 = mul %2617, %2623 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2625 = mul %2624, %2061 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2626 = add %2625, %2063 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2627 = cast %2626 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2628 = matmul %2627, %2066 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2629 = cast %2628 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2630 = add %2629, %2068 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2631 = mul %739, %2630 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2632 = mul %2630, %741 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2633 = erf %2632 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2634 = add %744, %2633 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2635 = mul %2631, %2634 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2636 = cast %2635 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2637 = matmul %2636, %2077 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2638 = cast %2637 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2639 = add %2638, %2079 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2640 = add %2613, %2639 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2641 = concat %2640, %2538 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%2642 = reduce_sum %2641 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2643 = div %2642, %1440 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2644 = broadcast %2643 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2645 = sub %2641, %2644 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2646 = mul %2645, %2645 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2647 = reduce_sum %2646 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2648 = div %2647, %1440 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2649 = add %2648, %1447 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2650 = rsqrt %2649 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2651 = broadcast %2650 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2652 = mul %2645, %2651 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2653 = broadcast %51 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2654 = mul %2652, %2653 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2655 = broadcast %52 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2656 = add %2654, %2655 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2657 = slice %2656 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2658 = cast %2657 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2659 = matmul %2658, %2101 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2660 = cast %2659 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2661 = add %2660, %2103 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2662 = reshape %2661 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2663 = permute %2662 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2664 = cast %2656 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%2665 = matmul %2664, %2109 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%2666 = broadcast %56 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2667 = cast %2665 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2668 = add %2667, %2666 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2669 = reshape %2668 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2670 = permute %2669 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2671 = matmul %2664, %2116 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%2672 = broadcast %58 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2673 = cast %2671 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2674 = add %2673, %2672 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2675 = reshape %2674 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%2676 = permute %2675 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%2677 = cast %2663 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%2678 = cast %2670 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%2679 = cast %2677 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2680 = cast %2678 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%2681 = permute %2680 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2682 = reshape %2679 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%2683 = broadcast %2682 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%2684 = reshape %2681 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%2685 = broadcast %2684 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%2686 = mul %2683, %2685 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%2687 = reduce_sum %2686 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2688 = cast %2687 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2689 = cast %2688 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2690 = mul %2689, %1488 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2691 = reduce_max %2690 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2692 = stop_gradient %2691 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2693 = broadcast %2692 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2694 = sub %2690, %2693 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2695 = exp %2694 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2696 = reduce_sum %2695 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2697 = broadcast %2696 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2698 = div %2695, %2697 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2699 = cast %2698 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%2700 = cast %2676 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%2701 = cast %2699 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%2702 = cast %2700 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%2703 = reshape %2701 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%2704 = broadcast %2703 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2705 = reshape %2702 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2706 = broadcast %2705 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2707 = mul %2704, %2706 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2708 = reduce_sum %2707 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2709 = cast %2708 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2710 = permute %2709 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2711 = reshape %2710 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2712 = matmul %2711, %2158 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2713 = cast %2712 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2714 = add %2713, %2160 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2715 = add %2640, %2714 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2716 = reduce_sum %2715 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2717 = div %2716, %718 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2718 = broadcast %2717 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2719 = sub %2715, %2718 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2720 = mul %2719, %2719 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2721 = reduce_sum %2720 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2722 = div %2721, %718 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2723 = add %2722, %725 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2724 = rsqrt %2723 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2725 = broadcast %2724 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2726 = mul %2719, %2725 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2727 = mul %2726, %2175 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2728 = add %2727, %2177 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2729 = cast %2728 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2730 = matmul %2729, %2180 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2731 = cast %2730 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2732 = add %2731, %2182 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2733 = mul %739, %2732 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2734 = mul %2732, %741 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2735 = erf %2734 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2736 = add %744, %2735 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2737 = mul %2733, %2736 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2738 = cast %2737 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2739 = matmul %2738, %2191 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2740 = cast %2739 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2741 = add %2740, %2193 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2742 = add %2715, %2741 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2743 = concat %2742, %2538 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:111:21
%2744 = reduce_sum %2743 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2745 = div %2744, %1440 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2746 = broadcast %2745 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2747 = sub %2743, %2746 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2748 = mul %2747, %2747 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2749 = reduce_sum %2748 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2750 = div %2749, %1440 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2751 = add %2750, %1447 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2752 = rsqrt %2751 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2753 = broadcast %2752 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2754 = mul %2747, %2753 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2755 = broadcast %67 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2756 = mul %2754, %2755 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2757 = broadcast %68 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2758 = add %2756, %2757 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2759 = slice %2758 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:103:28
%2760 = cast %2759 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2761 = matmul %2760, %2215 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2762 = cast %2761 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2763 = add %2762, %2217 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2764 = mul %884, %2763 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2765 = mul %2763, %886 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2766 = erf %2765 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2767 = add %889, %2766 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2768 = mul %2764, %2767 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2769 = cast %2768 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2770 = matmul %2769, %2226 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2771 = cast %2770 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2772 = add %2771, %2228 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2773 = mul %884, %2772 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2774 = mul %2772, %886 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2775 = erf %2774 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2776 = add %889, %2775 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2777 = mul %2773, %2776 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2778 = cast %2777 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2779 = matmul %2778, %2237 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%2780 = cast %2779 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2781 = add %2780, %2239 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2782 = mul %2781, %2781 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2783 = reduce_sum %2782 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%2784 = sqrt %2783 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2785 = max %2784, %913 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2786 = broadcast %2785 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2787 = div %2781, %2786 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2788 = cast %2787 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%2789 = matmul %2788, %2256 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%2790 = slice %2758 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/dino_pass.yaml:103:46
%2791 = cast %2790 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%2792 = matmul %2791, %2260 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2793 = broadcast %78 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2794 = cast %2792 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2795 = add %2794, %2793 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2796 = mul %1698, %2795 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2797 = mul %2795, %1700 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2798 = erf %2797 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2799 = add %1703, %2798 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2800 = mul %2796, %2799 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2801 = cast %2800 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2802 = matmul %2801, %2271 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2803 = broadcast %80 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2804 = cast %2802 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2805 = add %2804, %2803 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2806 = mul %1698, %2805 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2807 = mul %2805, %1700 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2808 = erf %2807 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2809 = add %1703, %2808 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2810 = mul %2806, %2809 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2811 = cast %2810 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2812 = matmul %2811, %2282 ta=0 tb=1 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%2813 = broadcast %82 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2814 = cast %2812 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2815 = add %2814, %2813 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2816 = mul %2815, %2815 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%2817 = reduce_sum %2816 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%2818 = sqrt %2817 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2819 = max %2818, %1724 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2820 = broadcast %2819 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2821 = div %2815, %2820 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2822 = cast %2821 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%2823 = matmul %2822, %2301 ta=0 tb=1 : bf16[4,9,16] @ models/lib/dino.yaml:23:18
%2824 = cast %2789 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%2825 = slice %2824 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%2826 = slice %2824 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%2827 = cast %2823 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%2828 = slice %2827 lo=[0,0,0] hi=[2,9,16] : f32[2,9,16] @ models/dino_pass.yaml:132:27
%2829 = slice %2827 lo=[2,0,0] hi=[4,9,16] : f32[2,9,16] @ models/dino_pass.yaml:132:27
%2830 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2831 = sub %977, %2830 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2832 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2833 = div %2831, %2832 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2834 = reduce_max %2833 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2835 = stop_gradient %2834 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2836 = broadcast %2835 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2837 = sub %2833, %2836 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2838 = exp %2837 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%2839 = reduce_sum %2838 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2840 = broadcast %2839 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2841 = div %2838, %2840 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2842 = stop_gradient %2841 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%2843 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2844 = broadcast %2843 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2845 = div %2305, %2844 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2846 = reduce_max %2845 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2847 = stop_gradient %2846 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2848 = broadcast %2847 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2849 = sub %2845, %2848 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2850 = exp %2849 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2851 = reduce_sum %2850 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2852 = log %2851 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2853 = broadcast %2852 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2854 = sub %2849, %2853 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2855 = mul %2842, %2854 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2856 = reduce_sum %2855 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2857 = neg %2856 : f32[2,1] @ models/lib/dino.yaml:39:21
%2858 = reduce_sum %2857 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2859 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%2860 = div %2858, %2859 : f32[] @ models/lib/dino.yaml:39:16
%2861 = div %2825, %2844 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2862 = reduce_max %2861 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2863 = stop_gradient %2862 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2864 = broadcast %2863 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2865 = sub %2861, %2864 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2866 = exp %2865 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2867 = reduce_sum %2866 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2868 = log %2867 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2869 = broadcast %2868 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2870 = sub %2865, %2869 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2871 = mul %2842, %2870 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2872 = reduce_sum %2871 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2873 = neg %2872 : f32[2,1] @ models/lib/dino.yaml:39:21
%2874 = reduce_sum %2873 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2875 = div %2874, %2859 : f32[] @ models/lib/dino.yaml:39:16
%2876 = add %2860, %2875 : f32[] @ models/dino_pass.yaml:148:11
%2877 = div %2826, %2844 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2878 = reduce_max %2877 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2879 = stop_gradient %2878 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2880 = broadcast %2879 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2881 = sub %2877, %2880 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2882 = exp %2881 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2883 = reduce_sum %2882 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2884 = log %2883 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2885 = broadcast %2884 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2886 = sub %2881, %2885 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2887 = mul %2842, %2886 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2888 = reduce_sum %2887 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2889 = neg %2888 : f32[2,1] @ models/lib/dino.yaml:39:21
%2890 = reduce_sum %2889 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2891 = div %2890, %2859 : f32[] @ models/lib/dino.yaml:39:16
%2892 = add %2876, %2891 : f32[] @ models/dino_pass.yaml:148:11
%2893 = sub %978, %2830 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2894 = div %2893, %2832 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2895 = reduce_max %2894 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2896 = stop_gradient %2895 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2897 = broadcast %2896 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2898 = sub %2894, %2897 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2899 = exp %2898 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%2900 = reduce_sum %2899 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2901 = broadcast %2900 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2902 = div %2899, %2901 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2903 = stop_gradient %2902 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%2904 = div %2304, %2844 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2905 = reduce_max %2904 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2906 = stop_gradient %2905 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2907 = broadcast %2906 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2908 = sub %2904, %2907 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2909 = exp %2908 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2910 = reduce_sum %2909 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2911 = log %2910 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2912 = broadcast %2911 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2913 = sub %2908, %2912 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2914 = mul %2903, %2913 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2915 = reduce_sum %2914 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2916 = neg %2915 : f32[2,1] @ models/lib/dino.yaml:39:21
%2917 = reduce_sum %2916 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2918 = div %2917, %2859 : f32[] @ models/lib/dino.yaml:39:16
%2919 = add %2892, %2918 : f32[] @ models/dino_pass.yaml:148:11
%2920 = mul %2903, %2870 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2921 = reduce_sum %2920 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2922 = neg %2921 : f32[2,1] @ models/lib/dino.yaml:39:21
%2923 = reduce_sum %2922 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2924 = div %2923, %2859 : f32[] @ models/lib/dino.yaml:39:16
%2925 = add %2919, %2924 : f32[] @ models/dino_pass.yaml:148:11
%2926 = mul %2903, %2886 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2927 = reduce_sum %2926 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2928 = neg %2927 : f32[2,1] @ models/lib/dino.yaml:39:21
%2929 = reduce_sum %2928 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2930 = div %2929, %2859 : f32[] @ models/lib/dino.yaml:39:16
%2931 = add %2925, %2930 : f32[] @ models/dino_pass.yaml:148:11
%2932 = const data=[6] : f32[] @ models/dino_pass.yaml:145:3
%2933 = div %2931, %2932 : f32[] @ models/dino_pass.yaml:145:3
%2934 = output %2933 name="loss.cls" : f32[] @ models/dino_pass.yaml:145:3
%2935 = broadcast %164 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%2936 = sub %980, %2935 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%2937 = broadcast %4 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%2938 = div %2936, %2937 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%2939 = reduce_max %2938 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%2940 = stop_gradient %2939 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%2941 = broadcast %2940 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%2942 = sub %2938, %2941 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%2943 = exp %2942 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%2944 = reduce_sum %2943 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%2945 = broadcast %2944 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%2946 = div %2943, %2945 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%2947 = stop_gradient %2946 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%2948 = broadcast %2843 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%2949 = div %2307, %2948 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%2950 = reduce_max %2949 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%2951 = stop_gradient %2950 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%2952 = broadcast %2951 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%2953 = sub %2949, %2952 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%2954 = exp %2953 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%2955 = reduce_sum %2954 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%2956 = log %2955 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%2957 = broadcast %2956 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%2958 = sub %2953, %2957 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%2959 = mul %2947, %2958 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%2960 = reduce_sum %2959 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%2961 = neg %2960 : f32[2,16] @ models/lib/dino.yaml:39:21
%2962 = reduce_sum %2961 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2963 = const data=[32] : f32[] @ models/lib/dino.yaml:39:16
%2964 = div %2962, %2963 : f32[] @ models/lib/dino.yaml:39:16
%2965 = sub %981, %2935 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%2966 = div %2965, %2937 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%2967 = reduce_max %2966 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%2968 = stop_gradient %2967 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%2969 = broadcast %2968 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%2970 = sub %2966, %2969 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%2971 = exp %2970 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%2972 = reduce_sum %2971 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%2973 = broadcast %2972 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%2974 = div %2971, %2973 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%2975 = stop_gradient %2974 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%2976 = div %2308, %2948 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%2977 = reduce_max %2976 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%2978 = stop_gradient %2977 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%2979 = broadcast %2978 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%2980 = sub %2976, %2979 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%2981 = exp %2980 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%2982 = reduce_sum %2981 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%2983 = log %2982 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%2984 = broadcast %2983 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%2985 = sub %2980, %2984 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%2986 = mul %2975, %2985 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%2987 = reduce_sum %2986 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%2988 = neg %2987 : f32[2,16] @ models/lib/dino.yaml:39:21
%2989 = reduce_sum %2988 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2990 = div %2989, %2963 : f32[] @ models/lib/dino.yaml:39:16
%2991 = add %2964, %2990 : f32[] @ models/dino_pass.yaml:152:11
%2992 = broadcast %164 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%2993 = sub %1734, %2992 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%2994 = broadcast %4 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%2995 = div %2993, %2994 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%2996 = reduce_max %2995 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%2997 = stop_gradient %2996 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%2998 = broadcast %2997 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%2999 = sub %2995, %2998 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3000 = exp %2999 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%3001 = reduce_sum %3000 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%3002 = broadcast %3001 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3003 = div %3000, %3002 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3004 = stop_gradient %3003 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3005 = broadcast %2843 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3006 = div %2828, %3005 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3007 = reduce_max %3006 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%3008 = stop_gradient %3007 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%3009 = broadcast %3008 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3010 = sub %3006, %3009 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3011 = exp %3010 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3012 = reduce_sum %3011 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%3013 = log %3012 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3014 = broadcast %3013 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3015 = sub %3010, %3014 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3016 = mul %3004, %3015 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3017 = reduce_sum %3016 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%3018 = neg %3017 : f32[2,9] @ models/lib/dino.yaml:39:21
%3019 = reduce_sum %3018 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3020 = const data=[18] : f32[] @ models/lib/dino.yaml:39:16
%3021 = div %3019, %3020 : f32[] @ models/lib/dino.yaml:39:16
%3022 = add %2991, %3021 : f32[] @ models/dino_pass.yaml:152:11
%3023 = sub %1735, %2992 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3024 = div %3023, %2994 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3025 = reduce_max %3024 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%3026 = stop_gradient %3025 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%3027 = broadcast %3026 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3028 = sub %3024, %3027 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3029 = exp %3028 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%3030 = reduce_sum %3029 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%3031 = broadcast %3030 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3032 = div %3029, %3031 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3033 = stop_gradient %3032 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3034 = div %2829, %3005 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3035 = reduce_max %3034 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%3036 = stop_gradient %3035 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%3037 = broadcast %3036 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3038 = sub %3034, %3037 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3039 = exp %3038 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3040 = reduce_sum %3039 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%3041 = log %3040 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3042 = broadcast %3041 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3043 = sub %3038, %3042 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3044 = mul %3033, %3043 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3045 = reduce_sum %3044 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%3046 = neg %3045 : f32[2,9] @ models/lib/dino.yaml:39:21
%3047 = reduce_sum %3046 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3048 = div %3047, %3020 : f32[] @ models/lib/dino.yaml:39:16
%3049 = add %3022, %3048 : f32[] @ models/dino_pass.yaml:152:11
%3050 = const data=[4] : f32[] @ models/dino_pass.yaml:149:3
%3051 = div %3049, %3050 : f32[] @ models/dino_pass.yaml:149:3
%3052 = output %3051 name="loss.patch" : f32[] @ models/dino_pass.yaml:149:3
%3053 = mul %3051, %2843 : f32[] @ models/dino_pass.yaml:149:3
%3054 = add %2933, %3053 : f32[] @ models/dino_pass.yaml:149:3
%3055 = output %3054 name="loss" : f32[] @ models/dino_pass.yaml:145:3
%3056 = broadcast %1916 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%3057 = mul %163, %3056 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%3058 = concat %977, %978, %1731, %1732 axis=0 : f32[8,1,32] @ models/dino_pass.yaml:138:75
%3059 = reduce_sum %3058 axes=[0] keep=1 : f32[1,1,32] @ models/lib/nn.yaml:73:26
%3060 = all_reduce_sum %3059 : f32[1,1,32] @ models/lib/nn.yaml:73:16
%3061 = const data=[8] : f32[] @ models/lib/nn.yaml:73:65
%3062 = broadcast %3061 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%3063 = div %3060, %3062 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%3064 = broadcast %2843 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%3065 = mul %3064, %3063 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%3066 = add %3057, %3065 : f32[1,1,32] @ models/dino_pass.yaml:138:38
%3067 = assign %163, %3066 : f32[1,1,32] @ models/dino_pass.yaml:138:13
%3068 = broadcast %1916 : f32[1,16] @ models/dino_pass.yaml:142:26
%3069 = mul %164, %3068 : f32[1,16] @ models/dino_pass.yaml:142:26
%3070 = reshape %980 : f32[32,16] @ models/dino_pass.yaml:142:81
%3071 = reshape %981 : f32[32,16] @ models/dino_pass.yaml:142:81
%3072 = reshape %1734 : f32[18,16] @ models/dino_pass.yaml:142:81
%3073 = reshape %1735 : f32[18,16] @ models/dino_pass.yaml:142:81
%3074 = concat %3070, %3071, %3072, %3073 axis=0 : f32[100,16] @ models/dino_pass.yaml:142:81
%3075 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,100] @ models/lib/nn.yaml:73:26
%3076 = reshape %3074 : f32[100,16] @ models/lib/nn.yaml:73:26
%3077 = matmul %3075, %3076 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%3078 = reshape %3077 : f32[1,16] @ models/lib/nn.yaml:73:26
%3079 = all_reduce_sum %3078 : f32[1,16] @ models/lib/nn.yaml:73:16
%3080 = const data=[1e+02] : f32[] @ models/lib/nn.yaml:73:65
%3081 = broadcast %3080 : f32[1,16] @ models/lib/nn.yaml:73:52
%3082 = div %3079, %3081 : f32[1,16] @ models/lib/nn.yaml:73:52
%3083 = broadcast %2843 : f32[1,16] @ models/dino_pass.yaml:142:68
%3084 = mul %3083, %3082 : f32[1,16] @ models/dino_pass.yaml:142:68
%3085 = add %3069, %3084 : f32[1,16] @ models/dino_pass.yaml:142:44
%3086 = assign %164, %3085 : f32[1,16] @ models/dino_pass.yaml:142:13
%3087 = cast %1 : f64[] @ models/dino_pass.yaml:122:3
%3088 = cast %2 : f64[] @ models/dino_pass.yaml:123:3
%3089 = cast %3 : f64[] @ models/dino_pass.yaml:124:3
%3090 = const data=[-0.0013888889] : f32[] @ models/lib/dino.yaml:39:21
%3091 = broadcast %3090 : f32[2,9] @ models/lib/dino.yaml:39:21
%3092 = reshape %3091 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%3093 = broadcast %3092 : f32[2,9,16] @ models/lib/dino.yaml:39:22
%3094 = mul %3093, %3033 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3095 = neg %3094 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3096 = reduce_sum %3095 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%3097 = div %3096, %3040 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3098 = broadcast %3097 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%3099 = mul %3098, %3039 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3100 = add %3094, %3099 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3101 = div %3100, %3005 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3102 = mul %3093, %3004 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3103 = neg %3102 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3104 = reduce_sum %3103 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%3105 = div %3104, %3012 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3106 = broadcast %3105 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%3107 = mul %3106, %3011 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3108 = add %3102, %3107 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3109 = div %3108, %3005 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3110 = const data=[-0.00078125] : f32[] @ models/lib/dino.yaml:39:21
%3111 = broadcast %3110 : f32[2,16] @ models/lib/dino.yaml:39:21
%3112 = reshape %3111 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%3113 = broadcast %3112 : f32[2,16,16] @ models/lib/dino.yaml:39:22
%3114 = mul %3113, %2975 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3115 = neg %3114 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3116 = reduce_sum %3115 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%3117 = div %3116, %2982 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3118 = broadcast %3117 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%3119 = mul %3118, %2981 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3120 = add %3114, %3119 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3121 = div %3120, %2948 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3122 = mul %3113, %2947 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3123 = neg %3122 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3124 = reduce_sum %3123 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%3125 = div %3124, %2955 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3126 = broadcast %3125 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%3127 = mul %3126, %2954 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3128 = add %3122, %3127 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3129 = div %3128, %2948 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3130 = const data=[-0.083333336] : f32[] @ models/lib/dino.yaml:39:21
%3131 = broadcast %3130 : f32[2,1] @ models/lib/dino.yaml:39:21
%3132 = reshape %3131 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3133 = broadcast %3132 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3134 = mul %3133, %2903 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3135 = neg %3134 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3136 = reduce_sum %3135 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3137 = div %3136, %2883 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3138 = broadcast %3137 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3139 = mul %3138, %2882 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3140 = add %3134, %3139 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3141 = div %3140, %2844 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3142 = div %3136, %2867 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3143 = broadcast %3142 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3144 = mul %3143, %2866 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3145 = add %3134, %3144 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3146 = div %3145, %2844 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3147 = div %3136, %2910 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3148 = broadcast %3147 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3149 = mul %3148, %2909 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3150 = add %3134, %3149 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3151 = div %3150, %2844 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3152 = mul %3133, %2842 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3153 = neg %3152 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3154 = reduce_sum %3153 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3155 = div %3154, %2883 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3156 = broadcast %3155 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3157 = mul %3156, %2882 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3158 = add %3152, %3157 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3159 = div %3158, %2844 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3160 = add %3141, %3159 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3161 = div %3154, %2867 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3162 = broadcast %3161 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3163 = mul %3162, %2866 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3164 = add %3152, %3163 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3165 = div %3164, %2844 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3166 = add %3146, %3165 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3167 = div %3154, %2851 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3168 = broadcast %3167 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3169 = mul %3168, %2850 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3170 = add %3152, %3169 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3171 = div %3170, %2844 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3172 = pad %3101 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%3173 = pad %3109 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%3174 = add %3172, %3173 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%3175 = pad %3160 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3176 = pad %3166 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3177 = add %3175, %3176 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3178 = cast %3174 : bf16[4,9,16] @ models/lib/dino.yaml:23:18
%3179 = matmul %3178, %2301 ta=0 tb=0 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%3180 = reshape %3178 : bf16[36,16] @ models/lib/dino.yaml:23:18
%3181 = reshape %2822 : bf16[36,8] @ models/lib/dino.yaml:23:18
%3182 = matmul %3180, %3181 ta=1 tb=0 : bf16[16,8] @ models/lib/dino.yaml:23:18
%3183 = cast %3182 : f32[16,8] @ models/lib/dino.yaml:22:33
%3184 = div %3183, %2298 : f32[16,8] @ models/lib/dino.yaml:22:33
%3185 = mul %3184, %2299 : f32[16,8] @ models/lib/dino.yaml:22:33
%3186 = neg %3185 : f32[16,8] @ models/lib/dino.yaml:22:33
%3187 = reduce_sum %3186 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%3188 = broadcast %274 : f32[16,1] @ models/lib/dino.yaml:22:35
%3189 = mul %3187, %3188 : f32[16,1] @ models/lib/dino.yaml:22:35
%3190 = div %3189, %2297 : f32[16,1] @ models/lib/dino.yaml:22:35
%3191 = broadcast %3190 : f32[16,8] @ models/lib/dino.yaml:22:40
%3192 = mul %3191, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3193 = add %3192, %3192 : f32[16,8] @ models/lib/dino.yaml:22:53
%3194 = mul %3184, %2293 : f32[16,8] @ models/lib/dino.yaml:22:22
%3195 = add %3193, %3194 : f32[16,8] @ models/lib/dino.yaml:22:22
%3196 = cast %3179 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3197 = div %3196, %2820 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3198 = mul %3197, %2821 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3199 = neg %3198 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3200 = reduce_sum %3199 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:18
%3201 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%3202 = broadcast %3201 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3203 = broadcast %274 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3204 = mul %3200, %3203 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3205 = eq %2818, %1724 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%3206 = select %3205, %3204, %3202 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3207 = gt %2818, %1724 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%3208 = select %3207, %3200, %3206 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3209 = mul %3208, %3203 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3210 = div %3209, %2818 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3211 = broadcast %3210 : f32[4,9,8] @ models/lib/nn.yaml:33:29
%3212 = mul %3211, %2815 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3213 = add %3197, %3212 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3214 = add %3213, %3212 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3215 = reduce_sum %3214 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%3216 = reshape %3215 : f32[8] @ models/lib/nn.yaml:84:18
%3217 = cast %3214 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%3218 = matmul %3217, %2282 ta=0 tb=0 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3219 = reshape %3217 : bf16[36,8] @ models/lib/nn.yaml:83:15
%3220 = reshape %2811 : bf16[36,24] @ models/lib/nn.yaml:83:15
%3221 = matmul %3219, %3220 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%3222 = cast %3218 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3223 = mul %3222, %2809 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3224 = mul %3222, %2806 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3225 = mul %2807, %2807 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3226 = neg %3225 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3227 = exp %3226 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3228 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3229 = broadcast %3228 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3230 = mul %3227, %3229 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3231 = mul %3224, %3230 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3232 = mul %3231, %1700 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3233 = mul %3223, %1698 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3234 = add %3232, %3233 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3235 = reduce_sum %3234 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3236 = reshape %3235 : f32[24] @ models/lib/nn.yaml:84:18
%3237 = cast %3234 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3238 = matmul %3237, %2271 ta=0 tb=0 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3239 = reshape %3237 : bf16[36,24] @ models/lib/nn.yaml:83:15
%3240 = reshape %2801 : bf16[36,24] @ models/lib/nn.yaml:83:15
%3241 = matmul %3239, %3240 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%3242 = cast %3238 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3243 = mul %3242, %2799 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3244 = mul %3242, %2796 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3245 = mul %2797, %2797 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3246 = neg %3245 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3247 = exp %3246 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3248 = mul %3247, %3229 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3249 = mul %3244, %3248 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3250 = mul %3249, %1700 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3251 = mul %3243, %1698 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3252 = add %3250, %3251 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3253 = reduce_sum %3252 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3254 = reshape %3253 : f32[24] @ models/lib/nn.yaml:84:18
%3255 = cast %3252 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3256 = matmul %3255, %2260 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3257 = reshape %3255 : bf16[36,24] @ models/lib/nn.yaml:83:15
%3258 = reshape %2791 : bf16[36,16] @ models/lib/nn.yaml:83:15
%3259 = matmul %3257, %3258 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%3260 = cast %3256 : f32[4,9,16] @ models/dino_pass.yaml:103:46
%3261 = pad %3260 lo=[0,1,0] hi=[0,0,0] value=0 : f32[4,10,16] @ models/dino_pass.yaml:103:46
%3262 = cast %3177 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%3263 = matmul %3262, %2256 ta=0 tb=0 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%3264 = reshape %3262 : bf16[4,32] @ models/lib/dino.yaml:23:18
%3265 = reshape %2788 : bf16[4,8] @ models/lib/dino.yaml:23:18
%3266 = matmul %3264, %3265 ta=1 tb=0 : bf16[32,8] @ models/lib/dino.yaml:23:18
%3267 = cast %3266 : f32[32,8] @ models/lib/dino.yaml:22:33
%3268 = div %3267, %2253 : f32[32,8] @ models/lib/dino.yaml:22:33
%3269 = mul %3268, %2254 : f32[32,8] @ models/lib/dino.yaml:22:33
%3270 = neg %3269 : f32[32,8] @ models/lib/dino.yaml:22:33
%3271 = reduce_sum %3270 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%3272 = broadcast %274 : f32[32,1] @ models/lib/dino.yaml:22:35
%3273 = mul %3271, %3272 : f32[32,1] @ models/lib/dino.yaml:22:35
%3274 = div %3273, %2252 : f32[32,1] @ models/lib/dino.yaml:22:35
%3275 = broadcast %3274 : f32[32,8] @ models/lib/dino.yaml:22:40
%3276 = mul %3275, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%3277 = add %3276, %3276 : f32[32,8] @ models/lib/dino.yaml:22:53
%3278 = mul %3268, %2248 : f32[32,8] @ models/lib/dino.yaml:22:22
%3279 = add %3277, %3278 : f32[32,8] @ models/lib/dino.yaml:22:22
%3280 = cast %3263 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3281 = div %3280, %2786 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3282 = mul %3281, %2787 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3283 = neg %3282 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3284 = reduce_sum %3283 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%3285 = broadcast %3201 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3286 = broadcast %274 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3287 = mul %3284, %3286 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3288 = eq %2784, %913 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3289 = select %3288, %3287, %3285 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3290 = gt %2784, %913 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3291 = select %3290, %3284, %3289 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3292 = mul %3291, %3286 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3293 = div %3292, %2784 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3294 = broadcast %3293 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%3295 = mul %3294, %2781 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3296 = add %3281, %3295 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3297 = add %3296, %3295 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3298 = reduce_sum %3297 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%3299 = reshape %3298 : f32[8] @ models/lib/nn.yaml:84:18
%3300 = cast %3297 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%3301 = matmul %3300, %2237 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3302 = reshape %3300 : bf16[4,8] @ models/lib/nn.yaml:83:15
%3303 = reshape %2778 : bf16[4,24] @ models/lib/nn.yaml:83:15
%3304 = matmul %3302, %3303 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%3305 = cast %3301 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3306 = mul %3305, %2776 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3307 = mul %3305, %2773 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3308 = mul %2774, %2774 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3309 = neg %3308 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3310 = exp %3309 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3311 = broadcast %3228 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3312 = mul %3310, %3311 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3313 = mul %3307, %3312 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3314 = mul %3313, %886 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3315 = mul %3306, %884 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3316 = add %3314, %3315 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3317 = reduce_sum %3316 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3318 = reshape %3317 : f32[24] @ models/lib/nn.yaml:84:18
%3319 = cast %3316 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3320 = matmul %3319, %2226 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3321 = reshape %3319 : bf16[4,24] @ models/lib/nn.yaml:83:15
%3322 = reshape %2769 : bf16[4,24] @ models/lib/nn.yaml:83:15
%3323 = matmul %3321, %3322 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%3324 = cast %3320 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3325 = mul %3324, %2767 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3326 = mul %3324, %2764 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3327 = mul %2765, %2765 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3328 = neg %3327 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3329 = exp %3328 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3330 = mul %3329, %3311 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3331 = mul %3326, %3330 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3332 = mul %3331, %886 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3333 = mul %3325, %884 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3334 = add %3332, %3333 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3335 = reduce_sum %3334 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3336 = reshape %3335 : f32[24] @ models/lib/nn.yaml:84:18
%3337 = cast %3334 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3338 = matmul %3337, %2215 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3339 = reshape %3337 : bf16[4,24] @ models/lib/nn.yaml:83:15
%3340 = reshape %2760 : bf16[4,16] @ models/lib/nn.yaml:83:15
%3341 = matmul %3339, %3340 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%3342 = cast %3338 : f32[4,1,16] @ models/dino_pass.yaml:103:28
%3343 = pad %3342 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%3344 = add %3261, %3343 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%3345 = reduce_sum %3344 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3346 = reshape %3345 : f32[16] @ models/lib/nn.yaml:96:46
%3347 = mul %3344, %2755 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3348 = mul %3344, %2754 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3349 = reduce_sum %3348 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3350 = reshape %3349 : f32[16] @ models/lib/nn.yaml:96:37
%3351 = mul %3347, %2753 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3352 = mul %3347, %2747 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3353 = reduce_sum %3352 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3354 = mul %2752, %2752 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3355 = mul %2752, %3354 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3356 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3357 = broadcast %3356 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3358 = mul %3355, %3357 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3359 = mul %3353, %3358 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3360 = div %3359, %1440 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3361 = broadcast %3360 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%3362 = mul %3361, %2747 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3363 = add %3351, %3362 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3364 = add %3363, %3362 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3365 = neg %3364 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3366 = reduce_sum %3365 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3367 = div %3366, %1440 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3368 = broadcast %3367 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3369 = add %3364, %3368 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3370 = slice %3369 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%3371 = slice %3369 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:111:21
%3372 = reduce_sum %3370 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3373 = reshape %3372 : f32[16] @ models/lib/nn.yaml:84:18
%3374 = cast %3370 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3375 = matmul %3374, %2191 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3376 = reshape %3374 : bf16[4,16] @ models/lib/nn.yaml:83:15
%3377 = reshape %2738 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3378 = matmul %3376, %3377 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%3379 = cast %3375 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3380 = mul %3379, %2736 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3381 = mul %3379, %2733 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3382 = mul %2734, %2734 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3383 = neg %3382 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3384 = exp %3383 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3385 = broadcast %3228 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3386 = mul %3384, %3385 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3387 = mul %3381, %3386 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3388 = mul %3387, %741 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3389 = mul %3380, %739 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3390 = add %3388, %3389 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3391 = reduce_sum %3390 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3392 = reshape %3391 : f32[64] @ models/lib/nn.yaml:84:18
%3393 = cast %3390 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3394 = matmul %3393, %2180 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3395 = reshape %3393 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3396 = reshape %2729 : bf16[4,16] @ models/lib/nn.yaml:83:15
%3397 = matmul %3395, %3396 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%3398 = cast %3394 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%3399 = reduce_sum %3398 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3400 = reshape %3399 : f32[16] @ models/lib/nn.yaml:96:46
%3401 = mul %3398, %2175 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3402 = mul %3398, %2726 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3403 = reduce_sum %3402 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3404 = reshape %3403 : f32[16] @ models/lib/nn.yaml:96:37
%3405 = mul %3401, %2725 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3406 = mul %3401, %2719 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3407 = reduce_sum %3406 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3408 = mul %2724, %2724 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3409 = mul %2724, %3408 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3410 = broadcast %3356 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3411 = mul %3409, %3410 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3412 = mul %3407, %3411 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3413 = div %3412, %718 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3414 = broadcast %3413 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%3415 = mul %3414, %2719 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3416 = add %3405, %3415 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3417 = add %3416, %3415 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3418 = add %3370, %3417 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3419 = neg %3417 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3420 = reduce_sum %3419 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3421 = div %3420, %718 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3422 = broadcast %3421 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3423 = add %3418, %3422 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3424 = reduce_sum %3423 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3425 = reshape %3424 : f32[16] @ models/lib/nn.yaml:84:18
%3426 = cast %3423 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3427 = matmul %3426, %2158 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3428 = reshape %3426 : bf16[4,16] @ models/lib/nn.yaml:83:15
%3429 = reshape %2710 : bf16[4,16] @ models/lib/nn.yaml:83:15
%3430 = matmul %3428, %3429 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%3431 = reshape %3427 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%3432 = permute %3431 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%3433 = cast %3432 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%3434 = cast %2700 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3435 = permute %3434 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%3436 = reshape %3433 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%3437 = broadcast %3436 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3438 = reshape %3435 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3439 = broadcast %3438 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3440 = mul %3437, %3439 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3441 = reduce_sum %3440 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3442 = cast %3441 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%3443 = cast %2699 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3444 = permute %3443 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%3445 = cast %3432 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%3446 = reshape %3444 : f32[4,2,10,1,1] @ models/lib/nn.yaml:56:23
%3447 = broadcast %3446 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%3448 = reshape %3445 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%3449 = broadcast %3448 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%3450 = mul %3447, %3449 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%3451 = reshape %3450 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3452 = cast %3451 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%3453 = cast %3442 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3454 = div %3453, %2697 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3455 = mul %3454, %2698 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3456 = neg %3455 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3457 = reduce_sum %3456 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3458 = broadcast %3457 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3459 = add %3454, %3458 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3460 = mul %3459, %2695 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3461 = mul %3460, %1488 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3462 = cast %3461 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3463 = cast %3462 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3464 = cast %2678 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3465 = reshape %3463 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%3466 = broadcast %3465 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3467 = reshape %3464 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3468 = broadcast %3467 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3469 = mul %3466, %3468 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3470 = reduce_sum %3469 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3471 = cast %3470 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%3472 = cast %3462 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3473 = permute %3472 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%3474 = cast %2677 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3475 = reshape %3473 : f32[4,2,10,1,1] @ models/lib/nn.yaml:55:23
%3476 = broadcast %3475 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%3477 = reshape %3474 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%3478 = broadcast %3477 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%3479 = mul %3476, %3478 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%3480 = reshape %3479 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3481 = cast %3480 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%3482 = cast %3452 : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%3483 = permute %3482 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%3484 = reshape %3483 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%3485 = reduce_sum %3484 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3486 = reshape %3485 : f32[16] @ models/lib/nn.yaml:84:18
%3487 = permute %3452 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%3488 = reshape %3487 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%3489 = matmul %3488, %2116 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3490 = reshape %3487 : bf16[40,16] @ models/lib/nn.yaml:83:15
%3491 = reshape %2664 : bf16[40,16] @ models/lib/nn.yaml:83:15
%3492 = matmul %3490, %3491 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%3493 = cast %3481 : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%3494 = permute %3493 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%3495 = reshape %3494 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%3496 = reduce_sum %3495 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3497 = reshape %3496 : f32[16] @ models/lib/nn.yaml:84:18
%3498 = permute %3481 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%3499 = reshape %3498 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%3500 = matmul %3499, %2109 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3501 = cast %3489 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3502 = cast %3500 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3503 = add %3501, %3502 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3504 = reshape %3498 : bf16[40,16] @ models/lib/nn.yaml:83:15
%3505 = matmul %3504, %3491 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%3506 = cast %3471 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%3507 = permute %3506 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%3508 = reshape %3507 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%3509 = reduce_sum %3508 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3510 = reshape %3509 : f32[16] @ models/lib/nn.yaml:84:18
%3511 = permute %3471 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%3512 = reshape %3511 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%3513 = matmul %3512, %2101 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3514 = reshape %3511 : bf16[4,16] @ models/lib/nn.yaml:83:15
%3515 = reshape %2658 : bf16[4,16] @ models/lib/nn.yaml:83:15
%3516 = matmul %3514, %3515 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%3517 = cast %3513 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%3518 = pad %3517 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3519 = add %3503, %3518 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3520 = reduce_sum %3519 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3521 = reshape %3520 : f32[16] @ models/lib/nn.yaml:96:46
%3522 = mul %3519, %2653 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3523 = mul %3519, %2652 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3524 = reduce_sum %3523 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3525 = reshape %3524 : f32[16] @ models/lib/nn.yaml:96:37
%3526 = mul %3522, %2651 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3527 = mul %3522, %2645 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3528 = reduce_sum %3527 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3529 = mul %2650, %2650 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3530 = mul %2650, %3529 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3531 = mul %3530, %3357 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3532 = mul %3528, %3531 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3533 = div %3532, %1440 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3534 = broadcast %3533 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%3535 = mul %3534, %2645 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3536 = add %3526, %3535 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3537 = add %3536, %3535 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3538 = neg %3537 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3539 = reduce_sum %3538 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3540 = div %3539, %1440 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3541 = broadcast %3540 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3542 = add %3537, %3541 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3543 = slice %3542 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3544 = add %3423, %3543 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3545 = slice %3542 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3546 = add %3371, %3545 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3547 = reduce_sum %3544 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3548 = reshape %3547 : f32[16] @ models/lib/nn.yaml:84:18
%3549 = cast %3544 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3550 = matmul %3549, %2077 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3551 = reshape %3549 : bf16[4,16] @ models/lib/nn.yaml:83:15
%3552 = reshape %2636 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3553 = matmul %3551, %3552 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%3554 = cast %3550 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3555 = mul %3554, %2634 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3556 = mul %3554, %2631 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3557 = mul %2632, %2632 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3558 = neg %3557 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3559 = exp %3558 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3560 = mul %3559, %3385 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3561 = mul %3556, %3560 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3562 = mul %3561, %741 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3563 = mul %3555, %739 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3564 = add %3562, %3563 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3565 = reduce_sum %3564 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3566 = reshape %3565 : f32[64] @ models/lib/nn.yaml:84:18
%3567 = cast %3564 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3568 = matmul %3567, %2066 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3569 = reshape %3567 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3570 = reshape %2627 : bf16[4,16] @ models/lib/nn.yaml:83:15
%3571 = matmul %3569, %3570 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%3572 = cast %3568 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%3573 = reduce_sum %3572 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3574 = reshape %3573 : f32[16] @ models/lib/nn.yaml:96:46
%3575 = mul %3572, %2061 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3576 = mul %3572, %2624 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3577 = reduce_sum %3576 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3578 = reshape %3577 : f32[16] @ models/lib/nn.yaml:96:37
%3579 = mul %3575, %2623 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3580 = mul %3575, %2617 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3581 = reduce_sum %3580 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3582 = mul %2622, %2622 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3583 = mul %2622, %3582 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3584 = mul %3583, %3410 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3585 = mul %3581, %3584 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3586 = div %3585, %718 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3587 = broadcast %3586 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%3588 = mul %3587, %2617 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3589 = add %3579, %3588 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3590 = add %3589, %3588 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3591 = add %3544, %3590 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3592 = neg %3590 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3593 = reduce_sum %3592 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3594 = div %3593, %718 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3595 = broadcast %3594 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3596 = add %3591, %3595 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3597 = reduce_sum %3596 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3598 = reshape %3597 : f32[16] @ models/lib/nn.yaml:84:18
%3599 = cast %3596 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3600 = matmul %3599, %2044 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3601 = reshape %3599 : bf16[4,16] @ models/lib/nn.yaml:83:15
%3602 = reshape %2608 : bf16[4,16] @ models/lib/nn.yaml:83:15
%3603 = matmul %3601, %3602 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%3604 = reshape %3600 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%3605 = permute %3604 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%3606 = cast %3605 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%3607 = cast %2598 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3608 = permute %3607 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%3609 = reshape %3606 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%3610 = broadcast %3609 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3611 = reshape %3608 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3612 = broadcast %3611 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3613 = mul %3610, %3612 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3614 = reduce_sum %3613 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3615 = cast %3614 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%3616 = cast %2597 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3617 = permute %3616 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%3618 = cast %3605 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%3619 = reshape %3617 : f32[4,2,10,1,1] @ models/lib/nn.yaml:56:23
%3620 = broadcast %3619 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%3621 = reshape %3618 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%3622 = broadcast %3621 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%3623 = mul %3620, %3622 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%3624 = reshape %3623 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3625 = cast %3624 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%3626 = cast %3615 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3627 = div %3626, %2595 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3628 = mul %3627, %2596 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3629 = neg %3628 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3630 = reduce_sum %3629 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3631 = broadcast %3630 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3632 = add %3627, %3631 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3633 = mul %3632, %2593 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3634 = mul %3633, %1488 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3635 = cast %3634 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3636 = cast %3635 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3637 = cast %2576 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3638 = reshape %3636 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%3639 = broadcast %3638 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3640 = reshape %3637 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3641 = broadcast %3640 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3642 = mul %3639, %3641 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3643 = reduce_sum %3642 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3644 = cast %3643 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%3645 = cast %3635 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3646 = permute %3645 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%3647 = cast %2575 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3648 = reshape %3646 : f32[4,2,10,1,1] @ models/lib/nn.yaml:55:23
%3649 = broadcast %3648 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%3650 = reshape %3647 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%3651 = broadcast %3650 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%3652 = mul %3649, %3651 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%3653 = reshape %3652 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3654 = cast %3653 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%3655 = cast %3625 : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%3656 = permute %3655 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%3657 = reshape %3656 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%3658 = reduce_sum %3657 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3659 = reshape %3658 : f32[16] @ models/lib/nn.yaml:84:18
%3660 = permute %3625 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%3661 = reshape %3660 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%3662 = matmul %3661, %2002 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3663 = reshape %3660 : bf16[40,16] @ models/lib/nn.yaml:83:15
%3664 = reshape %2562 : bf16[40,16] @ models/lib/nn.yaml:83:15
%3665 = matmul %3663, %3664 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%3666 = cast %3654 : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%3667 = permute %3666 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%3668 = reshape %3667 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%3669 = reduce_sum %3668 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3670 = reshape %3669 : f32[16] @ models/lib/nn.yaml:84:18
%3671 = permute %3654 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%3672 = reshape %3671 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%3673 = matmul %3672, %1995 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3674 = cast %3662 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3675 = cast %3673 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3676 = add %3674, %3675 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3677 = reshape %3671 : bf16[40,16] @ models/lib/nn.yaml:83:15
%3678 = matmul %3677, %3664 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%3679 = cast %3644 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%3680 = permute %3679 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%3681 = reshape %3680 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%3682 = reduce_sum %3681 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3683 = reshape %3682 : f32[16] @ models/lib/nn.yaml:84:18
%3684 = permute %3644 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%3685 = reshape %3684 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%3686 = matmul %3685, %1987 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3687 = reshape %3684 : bf16[4,16] @ models/lib/nn.yaml:83:15
%3688 = reshape %2556 : bf16[4,16] @ models/lib/nn.yaml:83:15
%3689 = matmul %3687, %3688 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%3690 = cast %3686 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%3691 = pad %3690 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3692 = add %3676, %3691 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3693 = reduce_sum %3692 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3694 = reshape %3693 : f32[16] @ models/lib/nn.yaml:96:46
%3695 = mul %3692, %2551 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3696 = mul %3692, %2550 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3697 = reduce_sum %3696 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3698 = reshape %3697 : f32[16] @ models/lib/nn.yaml:96:37
%3699 = mul %3695, %2549 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3700 = mul %3695, %2543 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3701 = reduce_sum %3700 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3702 = mul %2548, %2548 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3703 = mul %2548, %3702 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3704 = mul %3703, %3357 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3705 = mul %3701, %3704 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3706 = div %3705, %1440 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3707 = broadcast %3706 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%3708 = mul %3707, %2543 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3709 = add %3699, %3708 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3710 = add %3709, %3708 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3711 = neg %3710 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3712 = reduce_sum %3711 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3713 = div %3712, %1440 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3714 = broadcast %3713 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3715 = add %3710, %3714 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3716 = slice %3715 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3717 = add %3596, %3716 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3718 = slice %3715 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3719 = add %3546, %3718 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3720 = reduce_sum %3717 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%3721 = mul %3719, %2536 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3722 = div %3721, %2492 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3723 = reduce_sum %3722 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3724 = reshape %3723 : f32[16] @ models/lib/nn.yaml:84:18
%3725 = cast %3722 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3726 = matmul %3725, %1955 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3727 = reshape %3725 : bf16[36,16] @ models/lib/nn.yaml:83:15
%3728 = reshape %2526 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3729 = matmul %3727, %3728 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%3730 = cast %3726 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3731 = mul %3730, %2524 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3732 = mul %3730, %2521 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3733 = mul %2522, %2522 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3734 = neg %3733 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3735 = exp %3734 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3736 = broadcast %3228 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3737 = mul %3735, %3736 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3738 = mul %3732, %3737 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3739 = mul %3738, %1098 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3740 = mul %3731, %1096 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3741 = add %3739, %3740 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3742 = reduce_sum %3741 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3743 = reshape %3742 : f32[64] @ models/lib/nn.yaml:84:18
%3744 = cast %3741 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3745 = matmul %3744, %1944 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3746 = reshape %3744 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3747 = reshape %2516 : bf16[36,16] @ models/lib/nn.yaml:83:15
%3748 = matmul %3746, %3747 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%3749 = cast %3745 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3750 = reduce_sum %3749 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3751 = reshape %3750 : f32[16] @ models/lib/nn.yaml:96:46
%3752 = mul %3749, %2512 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3753 = mul %3749, %2511 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3754 = reduce_sum %3753 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3755 = reshape %3754 : f32[16] @ models/lib/nn.yaml:96:37
%3756 = mul %3752, %2510 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3757 = mul %3752, %2504 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3758 = reduce_sum %3757 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3759 = mul %2509, %2509 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3760 = mul %2509, %3759 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3761 = broadcast %3356 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3762 = mul %3760, %3761 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3763 = mul %3758, %3762 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3764 = div %3763, %1006 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3765 = broadcast %3764 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%3766 = mul %3765, %2504 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3767 = add %3756, %3766 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3768 = add %3767, %3766 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3769 = add %3719, %3768 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3770 = neg %3768 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3771 = reduce_sum %3770 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3772 = div %3771, %1006 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3773 = broadcast %3772 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3774 = add %3769, %3773 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3775 = mul %3774, %2498 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3776 = div %3775, %2492 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3777 = reduce_sum %3776 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3778 = reshape %3777 : f32[16] @ models/lib/nn.yaml:84:18
%3779 = cast %3776 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3780 = matmul %3779, %1911 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3781 = reshape %3779 : bf16[36,16] @ models/lib/nn.yaml:83:15
%3782 = reshape %2486 : bf16[36,16] @ models/lib/nn.yaml:83:15
%3783 = matmul %3781, %3782 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%3784 = reshape %3780 : bf16[4,9,2,8] @ models/lib/nn.yaml:57:16
%3785 = permute %3784 perm=[0,2,1,3] : bf16[4,2,9,8] @ models/lib/nn.yaml:56:13
%3786 = cast %3785 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3787 = cast %2476 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3788 = permute %3787 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%3789 = reshape %3786 : f32[4,2,9,8,1] @ models/lib/nn.yaml:56:23
%3790 = broadcast %3789 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%3791 = reshape %3788 : f32[4,2,1,8,9] @ models/lib/nn.yaml:56:23
%3792 = broadcast %3791 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%3793 = mul %3790, %3792 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%3794 = reduce_sum %3793 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3795 = cast %3794 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%3796 = cast %2475 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3797 = permute %3796 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3798 = cast %3785 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3799 = reshape %3797 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3800 = broadcast %3799 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3801 = reshape %3798 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%3802 = broadcast %3801 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3803 = mul %3800, %3802 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3804 = reduce_sum %3803 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3805 = cast %3804 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%3806 = cast %3795 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3807 = div %3806, %2473 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3808 = mul %3807, %2474 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3809 = neg %3808 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3810 = reduce_sum %3809 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%3811 = broadcast %3810 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3812 = add %3807, %3811 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3813 = mul %3812, %2471 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3814 = mul %3813, %1047 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3815 = cast %3814 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%3816 = cast %3815 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3817 = cast %2454 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3818 = reshape %3816 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3819 = broadcast %3818 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3820 = reshape %3817 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%3821 = broadcast %3820 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3822 = mul %3819, %3821 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3823 = reduce_sum %3822 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3824 = cast %3823 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%3825 = cast %3815 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3826 = permute %3825 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3827 = cast %2453 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3828 = reshape %3826 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3829 = broadcast %3828 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3830 = reshape %3827 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%3831 = broadcast %3830 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3832 = mul %3829, %3831 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3833 = reduce_sum %3832 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3834 = cast %3833 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%3835 = cast %3805 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%3836 = reshape %3835 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3837 = pad %3836 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:40
%3838 = cast %3834 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%3839 = reshape %3838 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%3840 = pad %3839 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%3841 = add %3837, %3840 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%3842 = cast %3824 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%3843 = reshape %3842 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%3844 = pad %3843 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%3845 = add %3841, %3844 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%3846 = permute %3845 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%3847 = reshape %3846 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%3848 = reduce_sum %3847 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%3849 = reshape %3848 : f32[48] @ models/lib/nn.yaml:84:18
%3850 = cast %3847 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%3851 = matmul %3850, %1863 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3852 = reshape %3850 : bf16[36,48] @ models/lib/nn.yaml:83:15
%3853 = reshape %2440 : bf16[36,16] @ models/lib/nn.yaml:83:15
%3854 = matmul %3852, %3853 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%3855 = cast %3851 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3856 = reduce_sum %3855 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3857 = reshape %3856 : f32[16] @ models/lib/nn.yaml:96:46
%3858 = mul %3855, %2436 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3859 = mul %3855, %2435 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3860 = reduce_sum %3859 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3861 = reshape %3860 : f32[16] @ models/lib/nn.yaml:96:37
%3862 = mul %3858, %2434 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3863 = mul %3858, %2428 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3864 = reduce_sum %3863 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3865 = mul %2433, %2433 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3866 = mul %2433, %3865 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3867 = mul %3866, %3761 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3868 = mul %3864, %3867 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3869 = div %3868, %1006 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3870 = broadcast %3869 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%3871 = mul %3870, %2428 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3872 = add %3862, %3871 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3873 = add %3872, %3871 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3874 = add %3774, %3873 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3875 = neg %3873 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3876 = reduce_sum %3875 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3877 = div %3876, %1006 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3878 = broadcast %3877 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3879 = add %3874, %3878 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3880 = reduce_sum %3879 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3881 = reshape %3880 : f32[16] @ models/lib/nn.yaml:84:18
%3882 = cast %3879 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3883 = matmul %3882, %1841 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3884 = reshape %3882 : bf16[36,16] @ models/lib/nn.yaml:83:15
%3885 = reshape %2419 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3886 = matmul %3884, %3885 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%3887 = cast %3883 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3888 = mul %3887, %2417 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3889 = mul %3887, %2414 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3890 = mul %2415, %2415 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3891 = neg %3890 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3892 = exp %3891 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3893 = mul %3892, %3736 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3894 = mul %3889, %3893 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3895 = mul %3894, %1098 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3896 = mul %3888, %1096 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3897 = add %3895, %3896 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3898 = reduce_sum %3897 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3899 = reshape %3898 : f32[64] @ models/lib/nn.yaml:84:18
%3900 = cast %3897 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3901 = matmul %3900, %1830 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3902 = reshape %3900 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3903 = reshape %2409 : bf16[36,16] @ models/lib/nn.yaml:83:15
%3904 = matmul %3902, %3903 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%3905 = cast %3901 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3906 = reduce_sum %3905 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3907 = reshape %3906 : f32[16] @ models/lib/nn.yaml:96:46
%3908 = mul %3905, %2405 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3909 = mul %3905, %2404 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3910 = reduce_sum %3909 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3911 = reshape %3910 : f32[16] @ models/lib/nn.yaml:96:37
%3912 = mul %3908, %2403 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3913 = mul %3908, %2397 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3914 = reduce_sum %3913 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3915 = mul %2402, %2402 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3916 = mul %2402, %3915 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3917 = mul %3916, %3761 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3918 = mul %3914, %3917 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3919 = div %3918, %1006 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3920 = broadcast %3919 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%3921 = mul %3920, %2397 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3922 = add %3912, %3921 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3923 = add %3922, %3921 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3924 = add %3879, %3923 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3925 = neg %3923 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3926 = reduce_sum %3925 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3927 = div %3926, %1006 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3928 = broadcast %3927 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3929 = add %3924, %3928 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3930 = reduce_sum %3929 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3931 = reshape %3930 : f32[16] @ models/lib/nn.yaml:84:18
%3932 = cast %3929 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3933 = matmul %3932, %1808 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3934 = reshape %3932 : bf16[36,16] @ models/lib/nn.yaml:83:15
%3935 = reshape %2387 : bf16[36,16] @ models/lib/nn.yaml:83:15
%3936 = matmul %3934, %3935 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%3937 = reshape %3933 : bf16[4,9,2,8] @ models/lib/nn.yaml:57:16
%3938 = permute %3937 perm=[0,2,1,3] : bf16[4,2,9,8] @ models/lib/nn.yaml:56:13
%3939 = cast %3938 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3940 = cast %2377 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3941 = permute %3940 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%3942 = reshape %3939 : f32[4,2,9,8,1] @ models/lib/nn.yaml:56:23
%3943 = broadcast %3942 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%3944 = reshape %3941 : f32[4,2,1,8,9] @ models/lib/nn.yaml:56:23
%3945 = broadcast %3944 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%3946 = mul %3943, %3945 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%3947 = reduce_sum %3946 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3948 = cast %3947 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%3949 = cast %2376 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3950 = permute %3949 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3951 = cast %3938 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3952 = reshape %3950 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3953 = broadcast %3952 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3954 = reshape %3951 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%3955 = broadcast %3954 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3956 = mul %3953, %3955 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3957 = reduce_sum %3956 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3958 = cast %3957 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%3959 = cast %3948 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3960 = div %3959, %2374 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3961 = mul %3960, %2375 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3962 = neg %3961 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3963 = reduce_sum %3962 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%3964 = broadcast %3963 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3965 = add %3960, %3964 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3966 = mul %3965, %2372 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3967 = mul %3966, %1047 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3968 = cast %3967 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%3969 = cast %3968 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3970 = cast %2355 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3971 = reshape %3969 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3972 = broadcast %3971 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3973 = reshape %3970 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%3974 = broadcast %3973 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3975 = mul %3972, %3974 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3976 = reduce_sum %3975 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3977 = cast %3976 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%3978 = cast %3968 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3979 = permute %3978 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3980 = cast %2354 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3981 = reshape %3979 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3982 = broadcast %3981 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3983 = reshape %3980 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%3984 = broadcast %3983 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3985 = mul %3982, %3984 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3986 = reduce_sum %3985 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3987 = cast %3986 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%3988 = cast %3958 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%3989 = reshape %3988 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3990 = pad %3989 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:40
%3991 = cast %3987 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%3992 = reshape %3991 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%3993 = pad %3992 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%3994 = add %3990, %3993 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%3995 = cast %3977 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%3996 = reshape %3995 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%3997 = pad %3996 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%3998 = add %3994, %3997 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%3999 = permute %3998 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%4000 = reshape %3999 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%4001 = reduce_sum %4000 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4002 = reshape %4001 : f32[48] @ models/lib/nn.yaml:84:18
%4003 = cast %4000 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%4004 = matmul %4003, %1760 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4005 = reshape %4003 : bf16[36,48] @ models/lib/nn.yaml:83:15
%4006 = reshape %2341 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4007 = matmul %4005, %4006 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%4008 = cast %4004 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4009 = reduce_sum %4008 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4010 = reshape %4009 : f32[16] @ models/lib/nn.yaml:96:46
%4011 = mul %4008, %2337 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4012 = mul %4008, %2336 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4013 = reduce_sum %4012 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4014 = reshape %4013 : f32[16] @ models/lib/nn.yaml:96:37
%4015 = mul %4011, %2335 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4016 = mul %4011, %2329 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4017 = reduce_sum %4016 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4018 = mul %2334, %2334 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4019 = mul %2334, %4018 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4020 = mul %4019, %3761 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4021 = mul %4017, %4020 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4022 = div %4021, %1006 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4023 = broadcast %4022 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4024 = mul %4023, %2329 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4025 = add %4015, %4024 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4026 = add %4025, %4024 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4027 = add %3929, %4026 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4028 = neg %4026 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4029 = reduce_sum %4028 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4030 = div %4029, %1006 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4031 = broadcast %4030 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4032 = add %4027, %4031 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4033 = reduce_sum %4032 axes=[0] keep=1 : f32[1,9,16] @ models/lib/vit.yaml:62:15
%4034 = reshape %4033 : f32[3,3,16] @ models/lib/vit.yaml:36:16
%4035 = permute %4034 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%4036 = reshape %4035 : f32[3,48] @ models/lib/vit.yaml:35:21
%4037 = cast %4036 : bf16[3,48] @ models/lib/vit.yaml:34:15
%4038 = matmul %992, %4037 ta=1 tb=0 : bf16[4,48] @ models/lib/vit.yaml:34:15
%4039 = reshape %4038 : bf16[4,3,16] @ models/lib/vit.yaml:34:17
%4040 = permute %4039 perm=[1,0,2] : bf16[3,4,16] @ models/lib/vit.yaml:33:13
%4041 = reshape %4040 : bf16[3,64] @ models/lib/vit.yaml:33:21
%4042 = matmul %992, %4041 ta=1 tb=0 : bf16[4,64] @ models/lib/vit.yaml:32:15
%4043 = cast %4042 : f32[4,64] @ models/lib/vit.yaml:32:17
%4044 = reshape %4043 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%4045 = reduce_sum %4032 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%4046 = reshape %4045 : f32[16] @ models/lib/vit.yaml:17:71
%4047 = reshape %4032 : f32[36,16] @ models/lib/vit.yaml:17:18
%4048 = cast %4047 : bf16[36,16] @ models/lib/vit.yaml:17:18
%4049 = reshape %985 : bf16[36,48] @ models/lib/vit.yaml:17:18
%4050 = matmul %4048, %4049 ta=1 tb=0 : bf16[16,48] @ models/lib/vit.yaml:17:18
%4051 = cast %4050 : f32[16,48] @ models/lib/vit.yaml:17:20
%4052 = reshape %4051 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%4053 = pad %3121 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%4054 = pad %3129 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%4055 = add %4053, %4054 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%4056 = pad %3171 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%4057 = pad %3151 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%4058 = add %4056, %4057 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%4059 = cast %4055 : bf16[4,16,16] @ models/lib/dino.yaml:23:18
%4060 = matmul %4059, %2301 ta=0 tb=0 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%4061 = reshape %4059 : bf16[64,16] @ models/lib/dino.yaml:23:18
%4062 = reshape %2300 : bf16[64,8] @ models/lib/dino.yaml:23:18
%4063 = matmul %4061, %4062 ta=1 tb=0 : bf16[16,8] @ models/lib/dino.yaml:23:18
%4064 = cast %4063 : f32[16,8] @ models/lib/dino.yaml:22:33
%4065 = div %4064, %2298 : f32[16,8] @ models/lib/dino.yaml:22:33
%4066 = mul %4065, %2299 : f32[16,8] @ models/lib/dino.yaml:22:33
%4067 = neg %4066 : f32[16,8] @ models/lib/dino.yaml:22:33
%4068 = reduce_sum %4067 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%4069 = mul %4068, %3188 : f32[16,1] @ models/lib/dino.yaml:22:35
%4070 = div %4069, %2297 : f32[16,1] @ models/lib/dino.yaml:22:35
%4071 = broadcast %4070 : f32[16,8] @ models/lib/dino.yaml:22:40
%4072 = mul %4071, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%4073 = add %3195, %4072 : f32[16,8] @ models/lib/dino.yaml:22:53
%4074 = add %4073, %4072 : f32[16,8] @ models/lib/dino.yaml:22:53
%4075 = mul %4065, %2293 : f32[16,8] @ models/lib/dino.yaml:22:22
%4076 = add %4074, %4075 : f32[16,8] @ models/lib/dino.yaml:22:22
%4077 = cast %4060 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4078 = div %4077, %2291 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4079 = mul %4078, %2292 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4080 = neg %4079 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4081 = reduce_sum %4080 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%4082 = broadcast %3201 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4083 = broadcast %274 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4084 = mul %4081, %4083 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4085 = eq %2289, %962 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%4086 = select %4085, %4084, %4082 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4087 = gt %2289, %962 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%4088 = select %4087, %4081, %4086 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4089 = mul %4088, %4083 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4090 = div %4089, %2289 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4091 = broadcast %4090 : f32[4,16,8] @ models/lib/nn.yaml:33:29
%4092 = mul %4091, %2286 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4093 = add %4078, %4092 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4094 = add %4093, %4092 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4095 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,64] @ models/lib/nn.yaml:84:18
%4096 = reshape %4094 : f32[64,8] @ models/lib/nn.yaml:84:18
%4097 = matmul %4095, %4096 ta=0 tb=0 : f32[1,8] @ models/lib/nn.yaml:84:18
%4098 = reshape %4097 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4099 = reshape %4098 : f32[8] @ models/lib/nn.yaml:84:18
%4100 = add %3216, %4099 : f32[8] @ models/lib/nn.yaml:84:18
%4101 = cast %4094 : bf16[4,16,8] @ models/lib/nn.yaml:83:15
%4102 = matmul %4101, %2282 ta=0 tb=0 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%4103 = reshape %4101 : bf16[64,8] @ models/lib/nn.yaml:83:15
%4104 = reshape %2281 : bf16[64,24] @ models/lib/nn.yaml:83:15
%4105 = matmul %4103, %4104 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%4106 = cast %3221 : f32[8,24] @ models/lib/nn.yaml:83:15
%4107 = cast %4105 : f32[8,24] @ models/lib/nn.yaml:83:15
%4108 = add %4106, %4107 : f32[8,24] @ models/lib/nn.yaml:83:15
%4109 = cast %4102 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4110 = mul %4109, %2279 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4111 = mul %4109, %2276 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4112 = mul %2277, %2277 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4113 = neg %4112 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4114 = exp %4113 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4115 = broadcast %3228 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4116 = mul %4114, %4115 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4117 = mul %4111, %4116 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4118 = mul %4117, %936 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%4119 = mul %4110, %934 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4120 = add %4118, %4119 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4121 = reshape %4120 : f32[64,24] @ models/lib/nn.yaml:84:18
%4122 = matmul %4095, %4121 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%4123 = reshape %4122 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4124 = reshape %4123 : f32[24] @ models/lib/nn.yaml:84:18
%4125 = add %3236, %4124 : f32[24] @ models/lib/nn.yaml:84:18
%4126 = cast %4120 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%4127 = matmul %4126, %2271 ta=0 tb=0 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%4128 = reshape %4126 : bf16[64,24] @ models/lib/nn.yaml:83:15
%4129 = reshape %2270 : bf16[64,24] @ models/lib/nn.yaml:83:15
%4130 = matmul %4128, %4129 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%4131 = cast %3241 : f32[24,24] @ models/lib/nn.yaml:83:15
%4132 = cast %4130 : f32[24,24] @ models/lib/nn.yaml:83:15
%4133 = add %4131, %4132 : f32[24,24] @ models/lib/nn.yaml:83:15
%4134 = cast %4127 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4135 = mul %4134, %2268 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4136 = mul %4134, %2265 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4137 = mul %2266, %2266 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4138 = neg %4137 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4139 = exp %4138 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4140 = mul %4139, %4115 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4141 = mul %4136, %4140 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4142 = mul %4141, %936 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%4143 = mul %4135, %934 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4144 = add %4142, %4143 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4145 = reshape %4144 : f32[64,24] @ models/lib/nn.yaml:84:18
%4146 = matmul %4095, %4145 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%4147 = reshape %4146 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4148 = reshape %4147 : f32[24] @ models/lib/nn.yaml:84:18
%4149 = add %3254, %4148 : f32[24] @ models/lib/nn.yaml:84:18
%4150 = cast %4144 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%4151 = matmul %4150, %2260 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4152 = reshape %4150 : bf16[64,24] @ models/lib/nn.yaml:83:15
%4153 = reshape %2259 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4154 = matmul %4152, %4153 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%4155 = cast %3259 : f32[24,16] @ models/lib/nn.yaml:83:15
%4156 = cast %4154 : f32[24,16] @ models/lib/nn.yaml:83:15
%4157 = add %4155, %4156 : f32[24,16] @ models/lib/nn.yaml:83:15
%4158 = cast %4151 : f32[4,16,16] @ models/dino_pass.yaml:103:46
%4159 = pad %4158 lo=[0,1,0] hi=[0,0,0] value=0 : f32[4,17,16] @ models/dino_pass.yaml:103:46
%4160 = cast %4058 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%4161 = matmul %4160, %2256 ta=0 tb=0 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%4162 = reshape %4160 : bf16[4,32] @ models/lib/dino.yaml:23:18
%4163 = reshape %2255 : bf16[4,8] @ models/lib/dino.yaml:23:18
%4164 = matmul %4162, %4163 ta=1 tb=0 : bf16[32,8] @ models/lib/dino.yaml:23:18
%4165 = cast %4164 : f32[32,8] @ models/lib/dino.yaml:22:33
%4166 = div %4165, %2253 : f32[32,8] @ models/lib/dino.yaml:22:33
%4167 = mul %4166, %2254 : f32[32,8] @ models/lib/dino.yaml:22:33
%4168 = neg %4167 : f32[32,8] @ models/lib/dino.yaml:22:33
%4169 = reduce_sum %4168 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%4170 = mul %4169, %3272 : f32[32,1] @ models/lib/dino.yaml:22:35
%4171 = div %4170, %2252 : f32[32,1] @ models/lib/dino.yaml:22:35
%4172 = broadcast %4171 : f32[32,8] @ models/lib/dino.yaml:22:40
%4173 = mul %4172, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%4174 = add %3279, %4173 : f32[32,8] @ models/lib/dino.yaml:22:53
%4175 = add %4174, %4173 : f32[32,8] @ models/lib/dino.yaml:22:53
%4176 = mul %4166, %2248 : f32[32,8] @ models/lib/dino.yaml:22:22
%4177 = add %4175, %4176 : f32[32,8] @ models/lib/dino.yaml:22:22
%4178 = cast %4161 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4179 = div %4178, %2246 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4180 = mul %4179, %2247 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4181 = neg %4180 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4182 = reduce_sum %4181 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%4183 = mul %4182, %3286 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4184 = eq %2244, %913 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4185 = select %4184, %4183, %3285 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4186 = gt %2244, %913 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4187 = select %4186, %4182, %4185 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4188 = mul %4187, %3286 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4189 = div %4188, %2244 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4190 = broadcast %4189 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%4191 = mul %4190, %2241 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4192 = add %4179, %4191 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4193 = add %4192, %4191 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4194 = reduce_sum %4193 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4195 = reshape %4194 : f32[8] @ models/lib/nn.yaml:84:18
%4196 = add %3299, %4195 : f32[8] @ models/lib/nn.yaml:84:18
%4197 = cast %4193 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%4198 = matmul %4197, %2237 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4199 = reshape %4197 : bf16[4,8] @ models/lib/nn.yaml:83:15
%4200 = reshape %2236 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4201 = matmul %4199, %4200 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%4202 = cast %3304 : f32[8,24] @ models/lib/nn.yaml:83:15
%4203 = cast %4201 : f32[8,24] @ models/lib/nn.yaml:83:15
%4204 = add %4202, %4203 : f32[8,24] @ models/lib/nn.yaml:83:15
%4205 = cast %4198 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4206 = mul %4205, %2234 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4207 = mul %4205, %2231 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4208 = mul %2232, %2232 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4209 = neg %4208 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4210 = exp %4209 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4211 = mul %4210, %3311 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4212 = mul %4207, %4211 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4213 = mul %4212, %886 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4214 = mul %4206, %884 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4215 = add %4213, %4214 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4216 = reduce_sum %4215 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4217 = reshape %4216 : f32[24] @ models/lib/nn.yaml:84:18
%4218 = add %3318, %4217 : f32[24] @ models/lib/nn.yaml:84:18
%4219 = cast %4215 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4220 = matmul %4219, %2226 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4221 = reshape %4219 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4222 = reshape %2225 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4223 = matmul %4221, %4222 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%4224 = cast %3323 : f32[24,24] @ models/lib/nn.yaml:83:15
%4225 = cast %4223 : f32[24,24] @ models/lib/nn.yaml:83:15
%4226 = add %4224, %4225 : f32[24,24] @ models/lib/nn.yaml:83:15
%4227 = cast %4220 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4228 = mul %4227, %2223 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4229 = mul %4227, %2220 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4230 = mul %2221, %2221 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4231 = neg %4230 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4232 = exp %4231 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4233 = mul %4232, %3311 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4234 = mul %4229, %4233 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4235 = mul %4234, %886 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4236 = mul %4228, %884 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4237 = add %4235, %4236 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4238 = reduce_sum %4237 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4239 = reshape %4238 : f32[24] @ models/lib/nn.yaml:84:18
%4240 = add %3336, %4239 : f32[24] @ models/lib/nn.yaml:84:18
%4241 = cast %4237 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4242 = matmul %4241, %2215 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4243 = reshape %4241 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4244 = reshape %2214 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4245 = matmul %4243, %4244 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%4246 = cast %3341 : f32[24,16] @ models/lib/nn.yaml:83:15
%4247 = cast %4245 : f32[24,16] @ models/lib/nn.yaml:83:15
%4248 = add %4246, %4247 : f32[24,16] @ models/lib/nn.yaml:83:15
%4249 = cast %4242 : f32[4,1,16] @ models/dino_pass.yaml:103:28
%4250 = pad %4249 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%4251 = add %4159, %4250 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%4252 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:46
%4253 = reshape %4251 : f32[68,16] @ models/lib/nn.yaml:96:46
%4254 = matmul %4252, %4253 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4255 = reshape %4254 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4256 = reshape %4255 : f32[16] @ models/lib/nn.yaml:96:46
%4257 = add %3346, %4256 : f32[16] @ models/lib/nn.yaml:96:46
%4258 = mul %4251, %2209 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4259 = mul %4251, %2208 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4260 = reduce_sum %4259 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4261 = reshape %4260 : f32[16] @ models/lib/nn.yaml:96:37
%4262 = add %3350, %4261 : f32[16] @ models/lib/nn.yaml:96:37
%4263 = mul %4258, %2207 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4264 = mul %4258, %2201 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4265 = reduce_sum %4264 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%4266 = mul %2206, %2206 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4267 = mul %2206, %4266 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4268 = broadcast %3356 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4269 = mul %4267, %4268 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4270 = mul %4265, %4269 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4271 = div %4270, %639 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%4272 = broadcast %4271 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%4273 = mul %4272, %2201 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4274 = add %4263, %4273 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4275 = add %4274, %4273 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4276 = neg %4275 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%4277 = reduce_sum %4276 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%4278 = div %4277, %639 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%4279 = broadcast %4278 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4280 = add %4275, %4279 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4281 = slice %4280 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%4282 = slice %4280 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:111:21
%4283 = reduce_sum %4281 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4284 = reshape %4283 : f32[16] @ models/lib/nn.yaml:84:18
%4285 = add %3373, %4284 : f32[16] @ models/lib/nn.yaml:84:18
%4286 = cast %4281 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4287 = matmul %4286, %2191 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4288 = reshape %4286 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4289 = reshape %2190 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4290 = matmul %4288, %4289 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4291 = cast %3378 : f32[16,64] @ models/lib/nn.yaml:83:15
%4292 = cast %4290 : f32[16,64] @ models/lib/nn.yaml:83:15
%4293 = add %4291, %4292 : f32[16,64] @ models/lib/nn.yaml:83:15
%4294 = cast %4287 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4295 = mul %4294, %2188 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4296 = mul %4294, %2185 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4297 = mul %2186, %2186 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4298 = neg %4297 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4299 = exp %4298 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4300 = mul %4299, %3385 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4301 = mul %4296, %4300 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4302 = mul %4301, %741 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4303 = mul %4295, %739 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4304 = add %4302, %4303 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4305 = reduce_sum %4304 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4306 = reshape %4305 : f32[64] @ models/lib/nn.yaml:84:18
%4307 = add %3392, %4306 : f32[64] @ models/lib/nn.yaml:84:18
%4308 = cast %4304 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4309 = matmul %4308, %2180 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4310 = reshape %4308 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4311 = reshape %2179 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4312 = matmul %4310, %4311 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4313 = cast %3397 : f32[64,16] @ models/lib/nn.yaml:83:15
%4314 = cast %4312 : f32[64,16] @ models/lib/nn.yaml:83:15
%4315 = add %4313, %4314 : f32[64,16] @ models/lib/nn.yaml:83:15
%4316 = cast %4309 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4317 = reduce_sum %4316 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4318 = reshape %4317 : f32[16] @ models/lib/nn.yaml:96:46
%4319 = add %3400, %4318 : f32[16] @ models/lib/nn.yaml:96:46
%4320 = mul %4316, %2175 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4321 = mul %4316, %2174 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4322 = reduce_sum %4321 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4323 = reshape %4322 : f32[16] @ models/lib/nn.yaml:96:37
%4324 = add %3404, %4323 : f32[16] @ models/lib/nn.yaml:96:37
%4325 = mul %4320, %2173 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4326 = mul %4320, %2167 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4327 = reduce_sum %4326 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4328 = mul %2172, %2172 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4329 = mul %2172, %4328 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4330 = mul %4329, %3410 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4331 = mul %4327, %4330 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4332 = div %4331, %718 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4333 = broadcast %4332 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4334 = mul %4333, %2167 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4335 = add %4325, %4334 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4336 = add %4335, %4334 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4337 = add %4281, %4336 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4338 = neg %4336 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4339 = reduce_sum %4338 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4340 = div %4339, %718 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4341 = broadcast %4340 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4342 = add %4337, %4341 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4343 = reduce_sum %4342 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4344 = reshape %4343 : f32[16] @ models/lib/nn.yaml:84:18
%4345 = add %3425, %4344 : f32[16] @ models/lib/nn.yaml:84:18
%4346 = cast %4342 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4347 = matmul %4346, %2158 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4348 = reshape %4346 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4349 = reshape %2156 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4350 = matmul %4348, %4349 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4351 = cast %3430 : f32[16,16] @ models/lib/nn.yaml:83:15
%4352 = cast %4350 : f32[16,16] @ models/lib/nn.yaml:83:15
%4353 = add %4351, %4352 : f32[16,16] @ models/lib/nn.yaml:83:15
%4354 = reshape %4347 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4355 = permute %4354 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4356 = cast %4355 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4357 = cast %2146 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4358 = permute %4357 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%4359 = reshape %4356 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%4360 = broadcast %4359 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4361 = reshape %4358 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4362 = broadcast %4361 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4363 = mul %4360, %4362 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4364 = reduce_sum %4363 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4365 = cast %4364 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%4366 = cast %2145 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4367 = permute %4366 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%4368 = cast %4355 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4369 = reshape %4367 : f32[4,2,17,1,1] @ models/lib/nn.yaml:56:23
%4370 = broadcast %4369 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%4371 = reshape %4368 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%4372 = broadcast %4371 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%4373 = mul %4370, %4372 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%4374 = reshape %4373 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4375 = cast %4374 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%4376 = cast %4365 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4377 = div %4376, %2143 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4378 = mul %4377, %2144 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4379 = neg %4378 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4380 = reduce_sum %4379 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4381 = broadcast %4380 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4382 = add %4377, %4381 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4383 = mul %4382, %2141 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%4384 = mul %4383, %688 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%4385 = cast %4384 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%4386 = cast %4385 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%4387 = cast %2124 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4388 = reshape %4386 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%4389 = broadcast %4388 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4390 = reshape %4387 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4391 = broadcast %4390 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4392 = mul %4389, %4391 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4393 = reduce_sum %4392 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4394 = cast %4393 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4395 = cast %4385 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%4396 = permute %4395 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%4397 = cast %2123 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4398 = reshape %4396 : f32[4,2,17,1,1] @ models/lib/nn.yaml:55:23
%4399 = broadcast %4398 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%4400 = reshape %4397 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%4401 = broadcast %4400 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%4402 = mul %4399, %4401 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%4403 = reshape %4402 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4404 = cast %4403 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%4405 = cast %4375 : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%4406 = permute %4405 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%4407 = reshape %4406 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%4408 = reduce_sum %4407 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4409 = reshape %4408 : f32[16] @ models/lib/nn.yaml:84:18
%4410 = add %3486, %4409 : f32[16] @ models/lib/nn.yaml:84:18
%4411 = permute %4375 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:80:14
%4412 = reshape %4411 : bf16[4,17,16] @ models/lib/vit.yaml:80:22
%4413 = matmul %4412, %2116 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%4414 = reshape %4411 : bf16[68,16] @ models/lib/nn.yaml:83:15
%4415 = reshape %2108 : bf16[68,16] @ models/lib/nn.yaml:83:15
%4416 = matmul %4414, %4415 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4417 = cast %3492 : f32[16,16] @ models/lib/nn.yaml:83:15
%4418 = cast %4416 : f32[16,16] @ models/lib/nn.yaml:83:15
%4419 = add %4417, %4418 : f32[16,16] @ models/lib/nn.yaml:83:15
%4420 = cast %4404 : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%4421 = permute %4420 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%4422 = reshape %4421 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%4423 = reduce_sum %4422 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4424 = reshape %4423 : f32[16] @ models/lib/nn.yaml:84:18
%4425 = add %3497, %4424 : f32[16] @ models/lib/nn.yaml:84:18
%4426 = permute %4404 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:79:14
%4427 = reshape %4426 : bf16[4,17,16] @ models/lib/vit.yaml:79:22
%4428 = matmul %4427, %2109 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%4429 = cast %4413 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4430 = cast %4428 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4431 = add %4429, %4430 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4432 = reshape %4426 : bf16[68,16] @ models/lib/nn.yaml:83:15
%4433 = matmul %4432, %4415 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4434 = cast %3505 : f32[16,16] @ models/lib/nn.yaml:83:15
%4435 = cast %4433 : f32[16,16] @ models/lib/nn.yaml:83:15
%4436 = add %4434, %4435 : f32[16,16] @ models/lib/nn.yaml:83:15
%4437 = cast %4394 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%4438 = permute %4437 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4439 = reshape %4438 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4440 = reduce_sum %4439 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4441 = reshape %4440 : f32[16] @ models/lib/nn.yaml:84:18
%4442 = add %3510, %4441 : f32[16] @ models/lib/nn.yaml:84:18
%4443 = permute %4394 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4444 = reshape %4443 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4445 = matmul %4444, %2101 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4446 = reshape %4443 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4447 = reshape %2100 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4448 = matmul %4446, %4447 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4449 = cast %3516 : f32[16,16] @ models/lib/nn.yaml:83:15
%4450 = cast %4448 : f32[16,16] @ models/lib/nn.yaml:83:15
%4451 = add %4449, %4450 : f32[16,16] @ models/lib/nn.yaml:83:15
%4452 = cast %4445 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4453 = pad %4452 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4454 = add %4431, %4453 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4455 = reshape %4454 : f32[68,16] @ models/lib/nn.yaml:96:46
%4456 = matmul %4252, %4455 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4457 = reshape %4456 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4458 = reshape %4457 : f32[16] @ models/lib/nn.yaml:96:46
%4459 = add %3521, %4458 : f32[16] @ models/lib/nn.yaml:96:46
%4460 = mul %4454, %2095 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4461 = mul %4454, %2094 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4462 = reduce_sum %4461 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4463 = reshape %4462 : f32[16] @ models/lib/nn.yaml:96:37
%4464 = add %3525, %4463 : f32[16] @ models/lib/nn.yaml:96:37
%4465 = mul %4460, %2093 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4466 = mul %4460, %2087 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4467 = reduce_sum %4466 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%4468 = mul %2092, %2092 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4469 = mul %2092, %4468 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4470 = mul %4469, %4268 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4471 = mul %4467, %4470 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4472 = div %4471, %639 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%4473 = broadcast %4472 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%4474 = mul %4473, %2087 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4475 = add %4465, %4474 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4476 = add %4475, %4474 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4477 = neg %4476 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%4478 = reduce_sum %4477 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%4479 = div %4478, %639 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%4480 = broadcast %4479 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4481 = add %4476, %4480 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4482 = slice %4481 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4483 = add %4342, %4482 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4484 = slice %4481 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4485 = add %4282, %4484 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4486 = reduce_sum %4483 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4487 = reshape %4486 : f32[16] @ models/lib/nn.yaml:84:18
%4488 = add %3548, %4487 : f32[16] @ models/lib/nn.yaml:84:18
%4489 = cast %4483 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4490 = matmul %4489, %2077 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4491 = reshape %4489 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4492 = reshape %2076 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4493 = matmul %4491, %4492 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4494 = cast %3553 : f32[16,64] @ models/lib/nn.yaml:83:15
%4495 = cast %4493 : f32[16,64] @ models/lib/nn.yaml:83:15
%4496 = add %4494, %4495 : f32[16,64] @ models/lib/nn.yaml:83:15
%4497 = cast %4490 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4498 = mul %4497, %2074 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4499 = mul %4497, %2071 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4500 = mul %2072, %2072 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4501 = neg %4500 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4502 = exp %4501 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4503 = mul %4502, %3385 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4504 = mul %4499, %4503 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4505 = mul %4504, %741 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4506 = mul %4498, %739 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4507 = add %4505, %4506 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4508 = reduce_sum %4507 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4509 = reshape %4508 : f32[64] @ models/lib/nn.yaml:84:18
%4510 = add %3566, %4509 : f32[64] @ models/lib/nn.yaml:84:18
%4511 = cast %4507 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4512 = matmul %4511, %2066 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4513 = reshape %4511 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4514 = reshape %2065 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4515 = matmul %4513, %4514 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4516 = cast %3571 : f32[64,16] @ models/lib/nn.yaml:83:15
%4517 = cast %4515 : f32[64,16] @ models/lib/nn.yaml:83:15
%4518 = add %4516, %4517 : f32[64,16] @ models/lib/nn.yaml:83:15
%4519 = cast %4512 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4520 = reduce_sum %4519 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4521 = reshape %4520 : f32[16] @ models/lib/nn.yaml:96:46
%4522 = add %3574, %4521 : f32[16] @ models/lib/nn.yaml:96:46
%4523 = mul %4519, %2061 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4524 = mul %4519, %2060 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4525 = reduce_sum %4524 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4526 = reshape %4525 : f32[16] @ models/lib/nn.yaml:96:37
%4527 = add %3578, %4526 : f32[16] @ models/lib/nn.yaml:96:37
%4528 = mul %4523, %2059 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4529 = mul %4523, %2053 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4530 = reduce_sum %4529 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4531 = mul %2058, %2058 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4532 = mul %2058, %4531 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4533 = mul %4532, %3410 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4534 = mul %4530, %4533 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4535 = div %4534, %718 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4536 = broadcast %4535 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4537 = mul %4536, %2053 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4538 = add %4528, %4537 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4539 = add %4538, %4537 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4540 = add %4483, %4539 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4541 = neg %4539 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4542 = reduce_sum %4541 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4543 = div %4542, %718 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4544 = broadcast %4543 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4545 = add %4540, %4544 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4546 = reduce_sum %4545 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4547 = reshape %4546 : f32[16] @ models/lib/nn.yaml:84:18
%4548 = add %3598, %4547 : f32[16] @ models/lib/nn.yaml:84:18
%4549 = cast %4545 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4550 = matmul %4549, %2044 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4551 = reshape %4549 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4552 = reshape %2042 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4553 = matmul %4551, %4552 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4554 = cast %3603 : f32[16,16] @ models/lib/nn.yaml:83:15
%4555 = cast %4553 : f32[16,16] @ models/lib/nn.yaml:83:15
%4556 = add %4554, %4555 : f32[16,16] @ models/lib/nn.yaml:83:15
%4557 = reshape %4550 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4558 = permute %4557 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4559 = cast %4558 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4560 = cast %2032 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4561 = permute %4560 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%4562 = reshape %4559 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%4563 = broadcast %4562 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4564 = reshape %4561 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4565 = broadcast %4564 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4566 = mul %4563, %4565 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4567 = reduce_sum %4566 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4568 = cast %4567 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%4569 = cast %2031 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4570 = permute %4569 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%4571 = cast %4558 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4572 = reshape %4570 : f32[4,2,17,1,1] @ models/lib/nn.yaml:56:23
%4573 = broadcast %4572 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%4574 = reshape %4571 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%4575 = broadcast %4574 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%4576 = mul %4573, %4575 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%4577 = reshape %4576 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4578 = cast %4577 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%4579 = cast %4568 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4580 = div %4579, %2029 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4581 = mul %4580, %2030 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4582 = neg %4581 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4583 = reduce_sum %4582 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4584 = broadcast %4583 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4585 = add %4580, %4584 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4586 = mul %4585, %2027 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%4587 = mul %4586, %688 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%4588 = cast %4587 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%4589 = cast %4588 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%4590 = cast %2010 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4591 = reshape %4589 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%4592 = broadcast %4591 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4593 = reshape %4590 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4594 = broadcast %4593 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4595 = mul %4592, %4594 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4596 = reduce_sum %4595 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4597 = cast %4596 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4598 = cast %4588 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%4599 = permute %4598 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%4600 = cast %2009 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4601 = reshape %4599 : f32[4,2,17,1,1] @ models/lib/nn.yaml:55:23
%4602 = broadcast %4601 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%4603 = reshape %4600 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%4604 = broadcast %4603 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%4605 = mul %4602, %4604 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%4606 = reshape %4605 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4607 = cast %4606 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%4608 = cast %4578 : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%4609 = permute %4608 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%4610 = reshape %4609 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%4611 = reduce_sum %4610 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4612 = reshape %4611 : f32[16] @ models/lib/nn.yaml:84:18
%4613 = add %3659, %4612 : f32[16] @ models/lib/nn.yaml:84:18
%4614 = permute %4578 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:80:14
%4615 = reshape %4614 : bf16[4,17,16] @ models/lib/vit.yaml:80:22
%4616 = matmul %4615, %2002 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%4617 = reshape %4614 : bf16[68,16] @ models/lib/nn.yaml:83:15
%4618 = reshape %1994 : bf16[68,16] @ models/lib/nn.yaml:83:15
%4619 = matmul %4617, %4618 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4620 = cast %3665 : f32[16,16] @ models/lib/nn.yaml:83:15
%4621 = cast %4619 : f32[16,16] @ models/lib/nn.yaml:83:15
%4622 = add %4620, %4621 : f32[16,16] @ models/lib/nn.yaml:83:15
%4623 = cast %4607 : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%4624 = permute %4623 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%4625 = reshape %4624 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%4626 = reduce_sum %4625 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4627 = reshape %4626 : f32[16] @ models/lib/nn.yaml:84:18
%4628 = add %3670, %4627 : f32[16] @ models/lib/nn.yaml:84:18
%4629 = permute %4607 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:79:14
%4630 = reshape %4629 : bf16[4,17,16] @ models/lib/vit.yaml:79:22
%4631 = matmul %4630, %1995 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%4632 = cast %4616 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4633 = cast %4631 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4634 = add %4632, %4633 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4635 = reshape %4629 : bf16[68,16] @ models/lib/nn.yaml:83:15
%4636 = matmul %4635, %4618 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4637 = cast %3678 : f32[16,16] @ models/lib/nn.yaml:83:15
%4638 = cast %4636 : f32[16,16] @ models/lib/nn.yaml:83:15
%4639 = add %4637, %4638 : f32[16,16] @ models/lib/nn.yaml:83:15
%4640 = cast %4597 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%4641 = permute %4640 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4642 = reshape %4641 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4643 = reduce_sum %4642 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4644 = reshape %4643 : f32[16] @ models/lib/nn.yaml:84:18
%4645 = add %3683, %4644 : f32[16] @ models/lib/nn.yaml:84:18
%4646 = permute %4597 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4647 = reshape %4646 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4648 = matmul %4647, %1987 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4649 = reshape %4646 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4650 = reshape %1986 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4651 = matmul %4649, %4650 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4652 = cast %3689 : f32[16,16] @ models/lib/nn.yaml:83:15
%4653 = cast %4651 : f32[16,16] @ models/lib/nn.yaml:83:15
%4654 = add %4652, %4653 : f32[16,16] @ models/lib/nn.yaml:83:15
%4655 = cast %4648 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4656 = pad %4655 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4657 = add %4634, %4656 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4658 = reshape %4657 : f32[68,16] @ models/lib/nn.yaml:96:46
%4659 = matmul %4252, %4658 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4660 = reshape %4659 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4661 = reshape %4660 : f32[16] @ models/lib/nn.yaml:96:46
%4662 = add %3694, %4661 : f32[16] @ models/lib/nn.yaml:96:46
%4663 = mul %4657, %1981 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4664 = mul %4657, %1980 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4665 = reduce_sum %4664 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4666 = reshape %4665 : f32[16] @ models/lib/nn.yaml:96:37
%4667 = add %3698, %4666 : f32[16] @ models/lib/nn.yaml:96:37
%4668 = mul %4663, %1979 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4669 = mul %4663, %1973 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4670 = reduce_sum %4669 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%4671 = mul %1978, %1978 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4672 = mul %1978, %4671 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4673 = mul %4672, %4268 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4674 = mul %4670, %4673 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4675 = div %4674, %639 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%4676 = broadcast %4675 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%4677 = mul %4676, %1973 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4678 = add %4668, %4677 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4679 = add %4678, %4677 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4680 = neg %4679 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%4681 = reduce_sum %4680 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%4682 = div %4681, %639 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%4683 = broadcast %4682 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4684 = add %4679, %4683 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4685 = slice %4684 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4686 = add %4545, %4685 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4687 = slice %4684 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4688 = add %4485, %4687 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4689 = reduce_sum %4686 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4690 = add %3720, %4689 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4691 = mul %4688, %1965 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%4692 = div %4691, %1917 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%4693 = reshape %4692 : f32[64,16] @ models/lib/nn.yaml:84:18
%4694 = matmul %4095, %4693 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4695 = reshape %4694 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4696 = reshape %4695 : f32[16] @ models/lib/nn.yaml:84:18
%4697 = add %3724, %4696 : f32[16] @ models/lib/nn.yaml:84:18
%4698 = cast %4692 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4699 = matmul %4698, %1955 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%4700 = reshape %4698 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4701 = reshape %1954 : bf16[64,64] @ models/lib/nn.yaml:83:15
%4702 = matmul %4700, %4701 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4703 = cast %3729 : f32[16,64] @ models/lib/nn.yaml:83:15
%4704 = cast %4702 : f32[16,64] @ models/lib/nn.yaml:83:15
%4705 = add %4703, %4704 : f32[16,64] @ models/lib/nn.yaml:83:15
%4706 = cast %4699 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4707 = mul %4706, %1952 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4708 = mul %4706, %1949 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4709 = mul %1950, %1950 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4710 = neg %4709 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4711 = exp %4710 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4712 = broadcast %3228 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4713 = mul %4711, %4712 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4714 = mul %4708, %4713 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4715 = mul %4714, %278 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%4716 = mul %4707, %275 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4717 = add %4715, %4716 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4718 = reshape %4717 : f32[64,64] @ models/lib/nn.yaml:84:18
%4719 = matmul %4095, %4718 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%4720 = reshape %4719 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4721 = reshape %4720 : f32[64] @ models/lib/nn.yaml:84:18
%4722 = add %3743, %4721 : f32[64] @ models/lib/nn.yaml:84:18
%4723 = cast %4717 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%4724 = matmul %4723, %1944 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4725 = reshape %4723 : bf16[64,64] @ models/lib/nn.yaml:83:15
%4726 = reshape %1943 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4727 = matmul %4725, %4726 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4728 = cast %3748 : f32[64,16] @ models/lib/nn.yaml:83:15
%4729 = cast %4727 : f32[64,16] @ models/lib/nn.yaml:83:15
%4730 = add %4728, %4729 : f32[64,16] @ models/lib/nn.yaml:83:15
%4731 = cast %4724 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%4732 = reshape %4731 : f32[64,16] @ models/lib/nn.yaml:96:46
%4733 = matmul %4095, %4732 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4734 = reshape %4733 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4735 = reshape %4734 : f32[16] @ models/lib/nn.yaml:96:46
%4736 = add %3751, %4735 : f32[16] @ models/lib/nn.yaml:96:46
%4737 = mul %4731, %1939 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4738 = mul %4731, %1938 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4739 = reduce_sum %4738 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4740 = reshape %4739 : f32[16] @ models/lib/nn.yaml:96:37
%4741 = add %3755, %4740 : f32[16] @ models/lib/nn.yaml:96:37
%4742 = mul %4737, %1937 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4743 = mul %4737, %1931 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4744 = reduce_sum %4743 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4745 = mul %1936, %1936 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4746 = mul %1936, %4745 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4747 = broadcast %3356 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4748 = mul %4746, %4747 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4749 = mul %4744, %4748 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4750 = div %4749, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4751 = broadcast %4750 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4752 = mul %4751, %1931 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4753 = add %4742, %4752 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4754 = add %4753, %4752 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4755 = add %4688, %4754 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4756 = neg %4754 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4757 = reduce_sum %4756 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4758 = div %4757, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4759 = broadcast %4758 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4760 = add %4755, %4759 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4761 = mul %4760, %1925 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%4762 = div %4761, %1917 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%4763 = reshape %4762 : f32[64,16] @ models/lib/nn.yaml:84:18
%4764 = matmul %4095, %4763 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4765 = reshape %4764 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4766 = reshape %4765 : f32[16] @ models/lib/nn.yaml:84:18
%4767 = add %3778, %4766 : f32[16] @ models/lib/nn.yaml:84:18
%4768 = cast %4762 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4769 = matmul %4768, %1911 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4770 = reshape %4768 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4771 = reshape %1909 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4772 = matmul %4770, %4771 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4773 = cast %3783 : f32[16,16] @ models/lib/nn.yaml:83:15
%4774 = cast %4772 : f32[16,16] @ models/lib/nn.yaml:83:15
%4775 = add %4773, %4774 : f32[16,16] @ models/lib/nn.yaml:83:15
%4776 = reshape %4769 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%4777 = permute %4776 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%4778 = cast %4777 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4779 = cast %1899 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4780 = permute %4779 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%4781 = reshape %4778 : f32[4,2,16,8,1] @ models/lib/nn.yaml:56:23
%4782 = broadcast %4781 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4783 = reshape %4780 : f32[4,2,1,8,16] @ models/lib/nn.yaml:56:23
%4784 = broadcast %4783 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4785 = mul %4782, %4784 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4786 = reduce_sum %4785 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4787 = cast %4786 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%4788 = cast %1898 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4789 = permute %4788 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4790 = cast %4777 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4791 = reshape %4789 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%4792 = broadcast %4791 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4793 = reshape %4790 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%4794 = broadcast %4793 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4795 = mul %4792, %4794 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4796 = reduce_sum %4795 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4797 = cast %4796 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%4798 = cast %4787 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4799 = div %4798, %1896 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4800 = mul %4799, %1897 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4801 = neg %4800 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4802 = reduce_sum %4801 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%4803 = broadcast %4802 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4804 = add %4799, %4803 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4805 = mul %4804, %1894 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%4806 = mul %4805, %223 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%4807 = cast %4806 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%4808 = cast %4807 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%4809 = cast %1877 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4810 = reshape %4808 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%4811 = broadcast %4810 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4812 = reshape %4809 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%4813 = broadcast %4812 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4814 = mul %4811, %4813 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4815 = reduce_sum %4814 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4816 = cast %4815 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%4817 = cast %4807 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%4818 = permute %4817 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%4819 = cast %1876 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4820 = reshape %4818 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%4821 = broadcast %4820 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4822 = reshape %4819 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%4823 = broadcast %4822 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4824 = mul %4821, %4823 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4825 = reduce_sum %4824 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4826 = cast %4825 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%4827 = cast %4797 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%4828 = reshape %4827 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%4829 = pad %4828 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:40
%4830 = cast %4826 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%4831 = reshape %4830 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%4832 = pad %4831 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%4833 = add %4829, %4832 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%4834 = cast %4816 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%4835 = reshape %4834 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%4836 = pad %4835 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%4837 = add %4833, %4836 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%4838 = permute %4837 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%4839 = reshape %4838 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%4840 = reshape %4839 : f32[64,48] @ models/lib/nn.yaml:84:18
%4841 = matmul %4095, %4840 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%4842 = reshape %4841 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4843 = reshape %4842 : f32[48] @ models/lib/nn.yaml:84:18
%4844 = add %3849, %4843 : f32[48] @ models/lib/nn.yaml:84:18
%4845 = cast %4839 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%4846 = matmul %4845, %1863 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4847 = reshape %4845 : bf16[64,48] @ models/lib/nn.yaml:83:15
%4848 = reshape %1862 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4849 = matmul %4847, %4848 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%4850 = cast %3854 : f32[48,16] @ models/lib/nn.yaml:83:15
%4851 = cast %4849 : f32[48,16] @ models/lib/nn.yaml:83:15
%4852 = add %4850, %4851 : f32[48,16] @ models/lib/nn.yaml:83:15
%4853 = cast %4846 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%4854 = reshape %4853 : f32[64,16] @ models/lib/nn.yaml:96:46
%4855 = matmul %4095, %4854 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4856 = reshape %4855 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4857 = reshape %4856 : f32[16] @ models/lib/nn.yaml:96:46
%4858 = add %3857, %4857 : f32[16] @ models/lib/nn.yaml:96:46
%4859 = mul %4853, %1858 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4860 = mul %4853, %1857 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4861 = reduce_sum %4860 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4862 = reshape %4861 : f32[16] @ models/lib/nn.yaml:96:37
%4863 = add %3861, %4862 : f32[16] @ models/lib/nn.yaml:96:37
%4864 = mul %4859, %1856 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4865 = mul %4859, %1850 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4866 = reduce_sum %4865 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4867 = mul %1855, %1855 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4868 = mul %1855, %4867 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4869 = mul %4868, %4747 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4870 = mul %4866, %4869 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4871 = div %4870, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4872 = broadcast %4871 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4873 = mul %4872, %1850 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4874 = add %4864, %4873 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4875 = add %4874, %4873 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4876 = add %4760, %4875 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4877 = neg %4875 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4878 = reduce_sum %4877 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4879 = div %4878, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4880 = broadcast %4879 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4881 = add %4876, %4880 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4882 = reshape %4881 : f32[64,16] @ models/lib/nn.yaml:84:18
%4883 = matmul %4095, %4882 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4884 = reshape %4883 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4885 = reshape %4884 : f32[16] @ models/lib/nn.yaml:84:18
%4886 = add %3881, %4885 : f32[16] @ models/lib/nn.yaml:84:18
%4887 = cast %4881 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4888 = matmul %4887, %1841 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%4889 = reshape %4887 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4890 = reshape %1840 : bf16[64,64] @ models/lib/nn.yaml:83:15
%4891 = matmul %4889, %4890 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4892 = cast %3886 : f32[16,64] @ models/lib/nn.yaml:83:15
%4893 = cast %4891 : f32[16,64] @ models/lib/nn.yaml:83:15
%4894 = add %4892, %4893 : f32[16,64] @ models/lib/nn.yaml:83:15
%4895 = cast %4888 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4896 = mul %4895, %1838 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4897 = mul %4895, %1835 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4898 = mul %1836, %1836 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4899 = neg %4898 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4900 = exp %4899 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4901 = mul %4900, %4712 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4902 = mul %4897, %4901 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4903 = mul %4902, %278 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%4904 = mul %4896, %275 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4905 = add %4903, %4904 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4906 = reshape %4905 : f32[64,64] @ models/lib/nn.yaml:84:18
%4907 = matmul %4095, %4906 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%4908 = reshape %4907 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4909 = reshape %4908 : f32[64] @ models/lib/nn.yaml:84:18
%4910 = add %3899, %4909 : f32[64] @ models/lib/nn.yaml:84:18
%4911 = cast %4905 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%4912 = matmul %4911, %1830 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4913 = reshape %4911 : bf16[64,64] @ models/lib/nn.yaml:83:15
%4914 = reshape %1829 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4915 = matmul %4913, %4914 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4916 = cast %3904 : f32[64,16] @ models/lib/nn.yaml:83:15
%4917 = cast %4915 : f32[64,16] @ models/lib/nn.yaml:83:15
%4918 = add %4916, %4917 : f32[64,16] @ models/lib/nn.yaml:83:15
%4919 = cast %4912 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%4920 = reshape %4919 : f32[64,16] @ models/lib/nn.yaml:96:46
%4921 = matmul %4095, %4920 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4922 = reshape %4921 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4923 = reshape %4922 : f32[16] @ models/lib/nn.yaml:96:46
%4924 = add %3907, %4923 : f32[16] @ models/lib/nn.yaml:96:46
%4925 = mul %4919, %1825 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4926 = mul %4919, %1824 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4927 = reduce_sum %4926 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4928 = reshape %4927 : f32[16] @ models/lib/nn.yaml:96:37
%4929 = add %3911, %4928 : f32[16] @ models/lib/nn.yaml:96:37
%4930 = mul %4925, %1823 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4931 = mul %4925, %1817 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4932 = reduce_sum %4931 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4933 = mul %1822, %1822 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4934 = mul %1822, %4933 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4935 = mul %4934, %4747 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4936 = mul %4932, %4935 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4937 = div %4936, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4938 = broadcast %4937 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4939 = mul %4938, %1817 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4940 = add %4930, %4939 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4941 = add %4940, %4939 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4942 = add %4881, %4941 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4943 = neg %4941 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4944 = reduce_sum %4943 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4945 = div %4944, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4946 = broadcast %4945 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4947 = add %4942, %4946 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4948 = reshape %4947 : f32[64,16] @ models/lib/nn.yaml:84:18
%4949 = matmul %4095, %4948 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4950 = reshape %4949 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4951 = reshape %4950 : f32[16] @ models/lib/nn.yaml:84:18
%4952 = add %3931, %4951 : f32[16] @ models/lib/nn.yaml:84:18
%4953 = cast %4947 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4954 = matmul %4953, %1808 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4955 = reshape %4953 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4956 = reshape %1806 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4957 = matmul %4955, %4956 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4958 = cast %3936 : f32[16,16] @ models/lib/nn.yaml:83:15
%4959 = cast %4957 : f32[16,16] @ models/lib/nn.yaml:83:15
%4960 = add %4958, %4959 : f32[16,16] @ models/lib/nn.yaml:83:15
%4961 = reshape %4954 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%4962 = permute %4961 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%4963 = cast %4962 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4964 = cast %1796 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4965 = permute %4964 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%4966 = reshape %4963 : f32[4,2,16,8,1] @ models/lib/nn.yaml:56:23
%4967 = broadcast %4966 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4968 = reshape %4965 : f32[4,2,1,8,16] @ models/lib/nn.yaml:56:23
%4969 = broadcast %4968 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4970 = mul %4967, %4969 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4971 = reduce_sum %4970 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4972 = cast %4971 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%4973 = cast %1795 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4974 = permute %4973 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4975 = cast %4962 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4976 = reshape %4974 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%4977 = broadcast %4976 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4978 = reshape %4975 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%4979 = broadcast %4978 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4980 = mul %4977, %4979 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4981 = reduce_sum %4980 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4982 = cast %4981 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%4983 = cast %4972 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4984 = div %4983, %1793 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4985 = mul %4984, %1794 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4986 = neg %4985 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4987 = reduce_sum %4986 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%4988 = broadcast %4987 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4989 = add %4984, %4988 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4990 = mul %4989, %1791 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%4991 = mul %4990, %223 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%4992 = cast %4991 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%4993 = cast %4992 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%4994 = cast %1774 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4995 = reshape %4993 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%4996 = broadcast %4995 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4997 = reshape %4994 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%4998 = broadcast %4997 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4999 = mul %4996, %4998 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5000 = reduce_sum %4999 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5001 = cast %5000 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%5002 = cast %4992 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5003 = permute %5002 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5004 = cast %1773 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5005 = reshape %5003 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5006 = broadcast %5005 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5007 = reshape %5004 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5008 = broadcast %5007 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5009 = mul %5006, %5008 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5010 = reduce_sum %5009 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5011 = cast %5010 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%5012 = cast %4982 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%5013 = reshape %5012 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%5014 = pad %5013 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:40
%5015 = cast %5011 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%5016 = reshape %5015 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%5017 = pad %5016 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%5018 = add %5014, %5017 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%5019 = cast %5001 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%5020 = reshape %5019 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%5021 = pad %5020 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%5022 = add %5018, %5021 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%5023 = permute %5022 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%5024 = reshape %5023 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%5025 = reshape %5024 : f32[64,48] @ models/lib/nn.yaml:84:18
%5026 = matmul %4095, %5025 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%5027 = reshape %5026 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5028 = reshape %5027 : f32[48] @ models/lib/nn.yaml:84:18
%5029 = add %4002, %5028 : f32[48] @ models/lib/nn.yaml:84:18
%5030 = cast %5024 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%5031 = matmul %5030, %1760 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5032 = reshape %5030 : bf16[64,48] @ models/lib/nn.yaml:83:15
%5033 = reshape %1759 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5034 = matmul %5032, %5033 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%5035 = cast %4007 : f32[48,16] @ models/lib/nn.yaml:83:15
%5036 = cast %5034 : f32[48,16] @ models/lib/nn.yaml:83:15
%5037 = add %5035, %5036 : f32[48,16] @ models/lib/nn.yaml:83:15
%5038 = cast %5031 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%5039 = reshape %5038 : f32[64,16] @ models/lib/nn.yaml:96:46
%5040 = matmul %4095, %5039 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5041 = reshape %5040 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5042 = reshape %5041 : f32[16] @ models/lib/nn.yaml:96:46
%5043 = add %4010, %5042 : f32[16] @ models/lib/nn.yaml:96:46
%5044 = mul %5038, %1755 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5045 = mul %5038, %1754 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5046 = reduce_sum %5045 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5047 = reshape %5046 : f32[16] @ models/lib/nn.yaml:96:37
%5048 = add %4014, %5047 : f32[16] @ models/lib/nn.yaml:96:37
%5049 = mul %5044, %1753 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5050 = mul %5044, %1747 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5051 = reduce_sum %5050 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5052 = mul %1752, %1752 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5053 = mul %1752, %5052 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5054 = mul %5053, %4747 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5055 = mul %5051, %5054 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5056 = div %5055, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5057 = broadcast %5056 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5058 = mul %5057, %1747 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5059 = add %5049, %5058 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5060 = add %5059, %5058 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5061 = add %4947, %5060 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5062 = neg %5060 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5063 = reduce_sum %5062 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5064 = div %5063, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5065 = broadcast %5064 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5066 = add %5061, %5065 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5067 = reduce_sum %5066 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%5068 = add %4044, %5067 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%5069 = reshape %5066 : f32[64,16] @ models/lib/vit.yaml:17:71
%5070 = matmul %4095, %5069 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%5071 = reshape %5070 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%5072 = reshape %5071 : f32[16] @ models/lib/vit.yaml:17:71
%5073 = add %4046, %5072 : f32[16] @ models/lib/vit.yaml:17:71
%5074 = reshape %5066 : f32[64,16] @ models/lib/vit.yaml:17:18
%5075 = cast %5074 : bf16[64,16] @ models/lib/vit.yaml:17:18
%5076 = reshape %169 : bf16[64,48] @ models/lib/vit.yaml:17:18
%5077 = matmul %5075, %5076 ta=1 tb=0 : bf16[16,48] @ models/lib/vit.yaml:17:18
%5078 = cast %5077 : f32[16,48] @ models/lib/vit.yaml:17:20
%5079 = reshape %5078 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%5080 = add %4052, %5079 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%5081 = all_reduce_sum %5068 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5082 = reshape %5081 : f32[256] @ models/lib/vit.yaml:48:7
%5083 = mul %5082, %5082 : f32[256] @ models/lib/vit.yaml:48:7
%5084 = reduce_sum %5083 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%5085 = sqrt %5084 : f32[] @ models/lib/vit.yaml:48:7
%5086 = cast %5085 : f64[] @ models/lib/vit.yaml:48:7
%5087 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%5088 = add %5086, %5087 : f64[] @ models/lib/vit.yaml:48:7
%5089 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%5090 = div %5089, %5088 : f64[] @ models/lib/vit.yaml:48:7
%5091 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%5092 = lt %5090, %5091 : bool[] @ models/lib/vit.yaml:48:7
%5093 = cast %5090 : f32[] @ models/lib/vit.yaml:48:7
%5094 = broadcast %5093 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5095 = mul %5081, %5094 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5096 = broadcast %5092 : bool[1,16,16] @ models/lib/vit.yaml:48:7
%5097 = select %5096, %5095, %5081 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5098 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5099 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5100 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%5101 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%5102 = add %5100, %5101 : i64[] @ models/lib/vit.yaml:48:7
%5103 = mul %3087, %3088 : f64[] @ models/lib/vit.yaml:48:7
%5104 = sub %5091, %5103 : f64[] @ models/lib/vit.yaml:48:7
%5105 = cast %5104 : f32[] @ models/lib/vit.yaml:48:7
%5106 = broadcast %5105 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5107 = mul %7, %5106 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5108 = broadcast %2843 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5109 = mul %5097, %5108 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5110 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%5111 = broadcast %1916 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5112 = mul %5098, %5111 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5113 = add %5112, %5109 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5114 = mul %5097, %5097 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5115 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%5116 = broadcast %5115 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5117 = mul %5114, %5116 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5118 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%5119 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%5120 = broadcast %5119 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5121 = mul %5099, %5120 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5122 = add %5121, %5117 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5123 = cast %5102 : f64[] @ models/lib/vit.yaml:48:7
%5124 = pow %5110, %5123 : f64[] @ models/lib/vit.yaml:48:7
%5125 = sub %5091, %5124 : f64[] @ models/lib/vit.yaml:48:7
%5126 = div %3087, %5125 : f64[] @ models/lib/vit.yaml:48:7
%5127 = pow %5118, %5123 : f64[] @ models/lib/vit.yaml:48:7
%5128 = sub %5091, %5127 : f64[] @ models/lib/vit.yaml:48:7
%5129 = sqrt %5128 : f64[] @ models/lib/vit.yaml:48:7
%5130 = div %5091, %5129 : f64[] @ models/lib/vit.yaml:48:7
%5131 = sqrt %5122 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5132 = cast %5130 : f32[] @ models/lib/vit.yaml:48:7
%5133 = broadcast %5132 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5134 = mul %5131, %5133 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5135 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%5136 = broadcast %5135 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5137 = add %5134, %5136 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5138 = div %5113, %5137 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5139 = cast %5126 : f32[] @ models/lib/vit.yaml:48:7
%5140 = broadcast %5139 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5141 = mul %5138, %5140 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5142 = sub %5107, %5141 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5143 = assign %7, %5142 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5144 = assign %5098, %5113 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5145 = assign %5099, %5122 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5146 = assign %5100, %5102 : i64[] @ models/lib/vit.yaml:48:7
%5147 = cast %3089 : f32[] @ models/lib/vit.yaml:48:7
%5148 = broadcast %5147 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5149 = mul %85, %5148 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5150 = sub %5091, %3089 : f64[] @ models/lib/vit.yaml:48:7
%5151 = cast %5150 : f32[] @ models/lib/vit.yaml:48:7
%5152 = broadcast %5151 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5153 = mul %5142, %5152 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5154 = add %5149, %5153 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5155 = assign %85, %5154 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5156 = all_reduce_sum %5080 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5157 = reshape %5156 : f32[768] @ models/lib/vit.yaml:9:7
%5158 = mul %5157, %5157 : f32[768] @ models/lib/vit.yaml:9:7
%5159 = reduce_sum %5158 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%5160 = sqrt %5159 : f32[] @ models/lib/vit.yaml:9:7
%5161 = cast %5160 : f64[] @ models/lib/vit.yaml:9:7
%5162 = add %5161, %5087 : f64[] @ models/lib/vit.yaml:9:7
%5163 = div %5089, %5162 : f64[] @ models/lib/vit.yaml:9:7
%5164 = lt %5163, %5091 : bool[] @ models/lib/vit.yaml:9:7
%5165 = cast %5163 : f32[] @ models/lib/vit.yaml:9:7
%5166 = broadcast %5165 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5167 = mul %5156, %5166 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5168 = broadcast %5164 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%5169 = select %5168, %5167, %5156 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5170 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5171 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5172 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%5173 = add %5172, %5101 : i64[] @ models/lib/vit.yaml:9:7
%5174 = broadcast %5105 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5175 = mul %8, %5174 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5176 = broadcast %2843 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5177 = mul %5169, %5176 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5178 = broadcast %1916 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5179 = mul %5170, %5178 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5180 = add %5179, %5177 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5181 = mul %5169, %5169 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5182 = broadcast %5115 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5183 = mul %5181, %5182 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5184 = broadcast %5119 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5185 = mul %5171, %5184 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5186 = add %5185, %5183 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5187 = cast %5173 : f64[] @ models/lib/vit.yaml:9:7
%5188 = pow %5110, %5187 : f64[] @ models/lib/vit.yaml:9:7
%5189 = sub %5091, %5188 : f64[] @ models/lib/vit.yaml:9:7
%5190 = div %3087, %5189 : f64[] @ models/lib/vit.yaml:9:7
%5191 = pow %5118, %5187 : f64[] @ models/lib/vit.yaml:9:7
%5192 = sub %5091, %5191 : f64[] @ models/lib/vit.yaml:9:7
%5193 = sqrt %5192 : f64[] @ models/lib/vit.yaml:9:7
%5194 = div %5091, %5193 : f64[] @ models/lib/vit.yaml:9:7
%5195 = sqrt %5186 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5196 = cast %5194 : f32[] @ models/lib/vit.yaml:9:7
%5197 = broadcast %5196 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5198 = mul %5195, %5197 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5199 = broadcast %5135 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5200 = add %5198, %5199 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5201 = div %5180, %5200 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5202 = cast %5190 : f32[] @ models/lib/vit.yaml:9:7
%5203 = broadcast %5202 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5204 = mul %5201, %5203 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5205 = sub %5175, %5204 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5206 = assign %8, %5205 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5207 = assign %5170, %5180 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5208 = assign %5171, %5186 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5209 = assign %5172, %5173 : i64[] @ models/lib/vit.yaml:9:7
%5210 = broadcast %5147 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5211 = mul %86, %5210 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5212 = broadcast %5151 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5213 = mul %5205, %5212 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5214 = add %5211, %5213 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5215 = assign %86, %5214 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5216 = all_reduce_sum %5073 : f32[16] @ models/lib/vit.yaml:10:7
%5217 = mul %5216, %5216 : f32[16] @ models/lib/vit.yaml:10:7
%5218 = reduce_sum %5217 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%5219 = sqrt %5218 : f32[] @ models/lib/vit.yaml:10:7
%5220 = cast %5219 : f64[] @ models/lib/vit.yaml:10:7
%5221 = add %5220, %5087 : f64[] @ models/lib/vit.yaml:10:7
%5222 = div %5089, %5221 : f64[] @ models/lib/vit.yaml:10:7
%5223 = lt %5222, %5091 : bool[] @ models/lib/vit.yaml:10:7
%5224 = cast %5222 : f32[] @ models/lib/vit.yaml:10:7
%5225 = broadcast %5224 : f32[16] @ models/lib/vit.yaml:10:7
%5226 = mul %5216, %5225 : f32[16] @ models/lib/vit.yaml:10:7
%5227 = broadcast %5223 : bool[16] @ models/lib/vit.yaml:10:7
%5228 = select %5227, %5226, %5216 : f32[16] @ models/lib/vit.yaml:10:7
%5229 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%5230 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%5231 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%5232 = add %5231, %5101 : i64[] @ models/lib/vit.yaml:10:7
%5233 = broadcast %2843 : f32[16] @ models/lib/vit.yaml:10:7
%5234 = mul %5228, %5233 : f32[16] @ models/lib/vit.yaml:10:7
%5235 = broadcast %1916 : f32[16] @ models/lib/vit.yaml:10:7
%5236 = mul %5229, %5235 : f32[16] @ models/lib/vit.yaml:10:7
%5237 = add %5236, %5234 : f32[16] @ models/lib/vit.yaml:10:7
%5238 = mul %5228, %5228 : f32[16] @ models/lib/vit.yaml:10:7
%5239 = broadcast %5115 : f32[16] @ models/lib/vit.yaml:10:7
%5240 = mul %5238, %5239 : f32[16] @ models/lib/vit.yaml:10:7
%5241 = broadcast %5119 : f32[16] @ models/lib/vit.yaml:10:7
%5242 = mul %5230, %5241 : f32[16] @ models/lib/vit.yaml:10:7
%5243 = add %5242, %5240 : f32[16] @ models/lib/vit.yaml:10:7
%5244 = cast %5232 : f64[] @ models/lib/vit.yaml:10:7
%5245 = pow %5110, %5244 : f64[] @ models/lib/vit.yaml:10:7
%5246 = sub %5091, %5245 : f64[] @ models/lib/vit.yaml:10:7
%5247 = div %3087, %5246 : f64[] @ models/lib/vit.yaml:10:7
%5248 = pow %5118, %5244 : f64[] @ models/lib/vit.yaml:10:7
%5249 = sub %5091, %5248 : f64[] @ models/lib/vit.yaml:10:7
%5250 = sqrt %5249 : f64[] @ models/lib/vit.yaml:10:7
%5251 = div %5091, %5250 : f64[] @ models/lib/vit.yaml:10:7
%5252 = sqrt %5243 : f32[16] @ models/lib/vit.yaml:10:7
%5253 = cast %5251 : f32[] @ models/lib/vit.yaml:10:7
%5254 = broadcast %5253 : f32[16] @ models/lib/vit.yaml:10:7
%5255 = mul %5252, %5254 : f32[16] @ models/lib/vit.yaml:10:7
%5256 = broadcast %5135 : f32[16] @ models/lib/vit.yaml:10:7
%5257 = add %5255, %5256 : f32[16] @ models/lib/vit.yaml:10:7
%5258 = div %5237, %5257 : f32[16] @ models/lib/vit.yaml:10:7
%5259 = cast %5247 : f32[] @ models/lib/vit.yaml:10:7
%5260 = broadcast %5259 : f32[16] @ models/lib/vit.yaml:10:7
%5261 = mul %5258, %5260 : f32[16] @ models/lib/vit.yaml:10:7
%5262 = sub %9, %5261 : f32[16] @ models/lib/vit.yaml:10:7
%5263 = assign %9, %5262 : f32[16] @ models/lib/vit.yaml:10:7
%5264 = assign %5229, %5237 : f32[16] @ models/lib/vit.yaml:10:7
%5265 = assign %5230, %5243 : f32[16] @ models/lib/vit.yaml:10:7
%5266 = assign %5231, %5232 : i64[] @ models/lib/vit.yaml:10:7
%5267 = broadcast %5147 : f32[16] @ models/lib/vit.yaml:10:7
%5268 = mul %87, %5267 : f32[16] @ models/lib/vit.yaml:10:7
%5269 = broadcast %5151 : f32[16] @ models/lib/vit.yaml:10:7
%5270 = mul %5262, %5269 : f32[16] @ models/lib/vit.yaml:10:7
%5271 = add %5268, %5270 : f32[16] @ models/lib/vit.yaml:10:7
%5272 = assign %87, %5271 : f32[16] @ models/lib/vit.yaml:10:7
%5273 = all_reduce_sum %5048 : f32[16] @ models/lib/nn.yaml:89:7
%5274 = mul %5273, %5273 : f32[16] @ models/lib/nn.yaml:89:7
%5275 = reduce_sum %5274 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5276 = sqrt %5275 : f32[] @ models/lib/nn.yaml:89:7
%5277 = cast %5276 : f64[] @ models/lib/nn.yaml:89:7
%5278 = add %5277, %5087 : f64[] @ models/lib/nn.yaml:89:7
%5279 = div %5089, %5278 : f64[] @ models/lib/nn.yaml:89:7
%5280 = lt %5279, %5091 : bool[] @ models/lib/nn.yaml:89:7
%5281 = cast %5279 : f32[] @ models/lib/nn.yaml:89:7
%5282 = broadcast %5281 : f32[16] @ models/lib/nn.yaml:89:7
%5283 = mul %5273, %5282 : f32[16] @ models/lib/nn.yaml:89:7
%5284 = broadcast %5280 : bool[16] @ models/lib/nn.yaml:89:7
%5285 = select %5284, %5283, %5273 : f32[16] @ models/lib/nn.yaml:89:7
%5286 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5287 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5288 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5289 = add %5288, %5101 : i64[] @ models/lib/nn.yaml:89:7
%5290 = mul %5285, %5233 : f32[16] @ models/lib/nn.yaml:89:7
%5291 = mul %5286, %5235 : f32[16] @ models/lib/nn.yaml:89:7
%5292 = add %5291, %5290 : f32[16] @ models/lib/nn.yaml:89:7
%5293 = mul %5285, %5285 : f32[16] @ models/lib/nn.yaml:89:7
%5294 = mul %5293, %5239 : f32[16] @ models/lib/nn.yaml:89:7
%5295 = mul %5287, %5241 : f32[16] @ models/lib/nn.yaml:89:7
%5296 = add %5295, %5294 : f32[16] @ models/lib/nn.yaml:89:7
%5297 = cast %5289 : f64[] @ models/lib/nn.yaml:89:7
%5298 = pow %5110, %5297 : f64[] @ models/lib/nn.yaml:89:7
%5299 = sub %5091, %5298 : f64[] @ models/lib/nn.yaml:89:7
%5300 = div %3087, %5299 : f64[] @ models/lib/nn.yaml:89:7
%5301 = pow %5118, %5297 : f64[] @ models/lib/nn.yaml:89:7
%5302 = sub %5091, %5301 : f64[] @ models/lib/nn.yaml:89:7
%5303 = sqrt %5302 : f64[] @ models/lib/nn.yaml:89:7
%5304 = div %5091, %5303 : f64[] @ models/lib/nn.yaml:89:7
%5305 = sqrt %5296 : f32[16] @ models/lib/nn.yaml:89:7
%5306 = cast %5304 : f32[] @ models/lib/nn.yaml:89:7
%5307 = broadcast %5306 : f32[16] @ models/lib/nn.yaml:89:7
%5308 = mul %5305, %5307 : f32[16] @ models/lib/nn.yaml:89:7
%5309 = add %5308, %5256 : f32[16] @ models/lib/nn.yaml:89:7
%5310 = div %5292, %5309 : f32[16] @ models/lib/nn.yaml:89:7
%5311 = cast %5300 : f32[] @ models/lib/nn.yaml:89:7
%5312 = broadcast %5311 : f32[16] @ models/lib/nn.yaml:89:7
%5313 = mul %5310, %5312 : f32[16] @ models/lib/nn.yaml:89:7
%5314 = sub %10, %5313 : f32[16] @ models/lib/nn.yaml:89:7
%5315 = assign %10, %5314 : f32[16] @ models/lib/nn.yaml:89:7
%5316 = assign %5286, %5292 : f32[16] @ models/lib/nn.yaml:89:7
%5317 = assign %5287, %5296 : f32[16] @ models/lib/nn.yaml:89:7
%5318 = assign %5288, %5289 : i64[] @ models/lib/nn.yaml:89:7
%5319 = mul %88, %5267 : f32[16] @ models/lib/nn.yaml:89:7
%5320 = mul %5314, %5269 : f32[16] @ models/lib/nn.yaml:89:7
%5321 = add %5319, %5320 : f32[16] @ models/lib/nn.yaml:89:7
%5322 = assign %88, %5321 : f32[16] @ models/lib/nn.yaml:89:7
%5323 = all_reduce_sum %5043 : f32[16] @ models/lib/nn.yaml:90:7
%5324 = mul %5323, %5323 : f32[16] @ models/lib/nn.yaml:90:7
%5325 = reduce_sum %5324 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5326 = sqrt %5325 : f32[] @ models/lib/nn.yaml:90:7
%5327 = cast %5326 : f64[] @ models/lib/nn.yaml:90:7
%5328 = add %5327, %5087 : f64[] @ models/lib/nn.yaml:90:7
%5329 = div %5089, %5328 : f64[] @ models/lib/nn.yaml:90:7
%5330 = lt %5329, %5091 : bool[] @ models/lib/nn.yaml:90:7
%5331 = cast %5329 : f32[] @ models/lib/nn.yaml:90:7
%5332 = broadcast %5331 : f32[16] @ models/lib/nn.yaml:90:7
%5333 = mul %5323, %5332 : f32[16] @ models/lib/nn.yaml:90:7
%5334 = broadcast %5330 : bool[16] @ models/lib/nn.yaml:90:7
%5335 = select %5334, %5333, %5323 : f32[16] @ models/lib/nn.yaml:90:7
%5336 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5337 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5338 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5339 = add %5338, %5101 : i64[] @ models/lib/nn.yaml:90:7
%5340 = mul %5335, %5233 : f32[16] @ models/lib/nn.yaml:90:7
%5341 = mul %5336, %5235 : f32[16] @ models/lib/nn.yaml:90:7
%5342 = add %5341, %5340 : f32[16] @ models/lib/nn.yaml:90:7
%5343 = mul %5335, %5335 : f32[16] @ models/lib/nn.yaml:90:7
%5344 = mul %5343, %5239 : f32[16] @ models/lib/nn.yaml:90:7
%5345 = mul %5337, %5241 : f32[16] @ models/lib/nn.yaml:90:7
%5346 = add %5345, %5344 : f32[16] @ models/lib/nn.yaml:90:7
%5347 = cast %5339 : f64[] @ models/lib/nn.yaml:90:7
%5348 = pow %5110, %5347 : f64[] @ models/lib/nn.yaml:90:7
%5349 = sub %5091, %5348 : f64[] @ models/lib/nn.yaml:90:7
%5350 = div %3087, %5349 : f64[] @ models/lib/nn.yaml:90:7
%5351 = pow %5118, %5347 : f64[] @ models/lib/nn.yaml:90:7
%5352 = sub %5091, %5351 : f64[] @ models/lib/nn.yaml:90:7
%5353 = sqrt %5352 : f64[] @ models/lib/nn.yaml:90:7
%5354 = div %5091, %5353 : f64[] @ models/lib/nn.yaml:90:7
%5355 = sqrt %5346 : f32[16] @ models/lib/nn.yaml:90:7
%5356 = cast %5354 : f32[] @ models/lib/nn.yaml:90:7
%5357 = broadcast %5356 : f32[16] @ models/lib/nn.yaml:90:7
%5358 = mul %5355, %5357 : f32[16] @ models/lib/nn.yaml:90:7
%5359 = add %5358, %5256 : f32[16] @ models/lib/nn.yaml:90:7
%5360 = div %5342, %5359 : f32[16] @ models/lib/nn.yaml:90:7
%5361 = cast %5350 : f32[] @ models/lib/nn.yaml:90:7
%5362 = broadcast %5361 : f32[16] @ models/lib/nn.yaml:90:7
%5363 = mul %5360, %5362 : f32[16] @ models/lib/nn.yaml:90:7
%5364 = sub %11, %5363 : f32[16] @ models/lib/nn.yaml:90:7
%5365 = assign %11, %5364 : f32[16] @ models/lib/nn.yaml:90:7
%5366 = assign %5336, %5342 : f32[16] @ models/lib/nn.yaml:90:7
%5367 = assign %5337, %5346 : f32[16] @ models/lib/nn.yaml:90:7
%5368 = assign %5338, %5339 : i64[] @ models/lib/nn.yaml:90:7
%5369 = mul %89, %5267 : f32[16] @ models/lib/nn.yaml:90:7
%5370 = mul %5364, %5269 : f32[16] @ models/lib/nn.yaml:90:7
%5371 = add %5369, %5370 : f32[16] @ models/lib/nn.yaml:90:7
%5372 = assign %89, %5371 : f32[16] @ models/lib/nn.yaml:90:7
%5373 = all_reduce_sum %5037 : f32[48,16] @ models/lib/nn.yaml:79:7
%5374 = reshape %5373 : f32[768] @ models/lib/nn.yaml:79:7
%5375 = mul %5374, %5374 : f32[768] @ models/lib/nn.yaml:79:7
%5376 = reduce_sum %5375 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5377 = sqrt %5376 : f32[] @ models/lib/nn.yaml:79:7
%5378 = cast %5377 : f64[] @ models/lib/nn.yaml:79:7
%5379 = add %5378, %5087 : f64[] @ models/lib/nn.yaml:79:7
%5380 = div %5089, %5379 : f64[] @ models/lib/nn.yaml:79:7
%5381 = lt %5380, %5091 : bool[] @ models/lib/nn.yaml:79:7
%5382 = cast %5380 : f32[] @ models/lib/nn.yaml:79:7
%5383 = broadcast %5382 : f32[48,16] @ models/lib/nn.yaml:79:7
%5384 = mul %5373, %5383 : f32[48,16] @ models/lib/nn.yaml:79:7
%5385 = broadcast %5381 : bool[48,16] @ models/lib/nn.yaml:79:7
%5386 = select %5385, %5384, %5373 : f32[48,16] @ models/lib/nn.yaml:79:7
%5387 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%5388 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%5389 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5390 = add %5389, %5101 : i64[] @ models/lib/nn.yaml:79:7
%5391 = broadcast %5105 : f32[48,16] @ models/lib/nn.yaml:79:7
%5392 = mul %12, %5391 : f32[48,16] @ models/lib/nn.yaml:79:7
%5393 = broadcast %2843 : f32[48,16] @ models/lib/nn.yaml:79:7
%5394 = mul %5386, %5393 : f32[48,16] @ models/lib/nn.yaml:79:7
%5395 = broadcast %1916 : f32[48,16] @ models/lib/nn.yaml:79:7
%5396 = mul %5387, %5395 : f32[48,16] @ models/lib/nn.yaml:79:7
%5397 = add %5396, %5394 : f32[48,16] @ models/lib/nn.yaml:79:7
%5398 = mul %5386, %5386 : f32[48,16] @ models/lib/nn.yaml:79:7
%5399 = broadcast %5115 : f32[48,16] @ models/lib/nn.yaml:79:7
%5400 = mul %5398, %5399 : f32[48,16] @ models/lib/nn.yaml:79:7
%5401 = broadcast %5119 : f32[48,16] @ models/lib/nn.yaml:79:7
%5402 = mul %5388, %5401 : f32[48,16] @ models/lib/nn.yaml:79:7
%5403 = add %5402, %5400 : f32[48,16] @ models/lib/nn.yaml:79:7
%5404 = cast %5390 : f64[] @ models/lib/nn.yaml:79:7
%5405 = pow %5110, %5404 : f64[] @ models/lib/nn.yaml:79:7
%5406 = sub %5091, %5405 : f64[] @ models/lib/nn.yaml:79:7
%5407 = div %3087, %5406 : f64[] @ models/lib/nn.yaml:79:7
%5408 = pow %5118, %5404 : f64[] @ models/lib/nn.yaml:79:7
%5409 = sub %5091, %5408 : f64[] @ models/lib/nn.yaml:79:7
%5410 = sqrt %5409 : f64[] @ models/lib/nn.yaml:79:7
%5411 = div %5091, %5410 : f64[] @ models/lib/nn.yaml:79:7
%5412 = sqrt %5403 : f32[48,16] @ models/lib/nn.yaml:79:7
%5413 = cast %5411 : f32[] @ models/lib/nn.yaml:79:7
%5414 = broadcast %5413 : f32[48,16] @ models/lib/nn.yaml:79:7
%5415 = mul %5412, %5414 : f32[48,16] @ models/lib/nn.yaml:79:7
%5416 = broadcast %5135 : f32[48,16] @ models/lib/nn.yaml:79:7
%5417 = add %5415, %5416 : f32[48,16] @ models/lib/nn.yaml:79:7
%5418 = div %5397, %5417 : f32[48,16] @ models/lib/nn.yaml:79:7
%5419 = cast %5407 : f32[] @ models/lib/nn.yaml:79:7
%5420 = broadcast %5419 : f32[48,16] @ models/lib/nn.yaml:79:7
%5421 = mul %5418, %5420 : f32[48,16] @ models/lib/nn.yaml:79:7
%5422 = sub %5392, %5421 : f32[48,16] @ models/lib/nn.yaml:79:7
%5423 = assign %12, %5422 : f32[48,16] @ models/lib/nn.yaml:79:7
%5424 = assign %5387, %5397 : f32[48,16] @ models/lib/nn.yaml:79:7
%5425 = assign %5388, %5403 : f32[48,16] @ models/lib/nn.yaml:79:7
%5426 = assign %5389, %5390 : i64[] @ models/lib/nn.yaml:79:7
%5427 = broadcast %5147 : f32[48,16] @ models/lib/nn.yaml:79:7
%5428 = mul %90, %5427 : f32[48,16] @ models/lib/nn.yaml:79:7
%5429 = broadcast %5151 : f32[48,16] @ models/lib/nn.yaml:79:7
%5430 = mul %5422, %5429 : f32[48,16] @ models/lib/nn.yaml:79:7
%5431 = add %5428, %5430 : f32[48,16] @ models/lib/nn.yaml:79:7
%5432 = assign %90, %5431 : f32[48,16] @ models/lib/nn.yaml:79:7
%5433 = all_reduce_sum %5029 : f32[48] @ models/lib/nn.yaml:80:7
%5434 = mul %5433, %5433 : f32[48] @ models/lib/nn.yaml:80:7
%5435 = reduce_sum %5434 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5436 = sqrt %5435 : f32[] @ models/lib/nn.yaml:80:7
%5437 = cast %5436 : f64[] @ models/lib/nn.yaml:80:7
%5438 = add %5437, %5087 : f64[] @ models/lib/nn.yaml:80:7
%5439 = div %5089, %5438 : f64[] @ models/lib/nn.yaml:80:7
%5440 = lt %5439, %5091 : bool[] @ models/lib/nn.yaml:80:7
%5441 = cast %5439 : f32[] @ models/lib/nn.yaml:80:7
%5442 = broadcast %5441 : f32[48] @ models/lib/nn.yaml:80:7
%5443 = mul %5433, %5442 : f32[48] @ models/lib/nn.yaml:80:7
%5444 = broadcast %5440 : bool[48] @ models/lib/nn.yaml:80:7
%5445 = select %5444, %5443, %5433 : f32[48] @ models/lib/nn.yaml:80:7
%5446 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%5447 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%5448 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5449 = add %5448, %5101 : i64[] @ models/lib/nn.yaml:80:7
%5450 = broadcast %2843 : f32[48] @ models/lib/nn.yaml:80:7
%5451 = mul %5445, %5450 : f32[48] @ models/lib/nn.yaml:80:7
%5452 = broadcast %1916 : f32[48] @ models/lib/nn.yaml:80:7
%5453 = mul %5446, %5452 : f32[48] @ models/lib/nn.yaml:80:7
%5454 = add %5453, %5451 : f32[48] @ models/lib/nn.yaml:80:7
%5455 = mul %5445, %5445 : f32[48] @ models/lib/nn.yaml:80:7
%5456 = broadcast %5115 : f32[48] @ models/lib/nn.yaml:80:7
%5457 = mul %5455, %5456 : f32[48] @ models/lib/nn.yaml:80:7
%5458 = broadcast %5119 : f32[48] @ models/lib/nn.yaml:80:7
%5459 = mul %5447, %5458 : f32[48] @ models/lib/nn.yaml:80:7
%5460 = add %5459, %5457 : f32[48] @ models/lib/nn.yaml:80:7
%5461 = cast %5449 : f64[] @ models/lib/nn.yaml:80:7
%5462 = pow %5110, %5461 : f64[] @ models/lib/nn.yaml:80:7
%5463 = sub %5091, %5462 : f64[] @ models/lib/nn.yaml:80:7
%5464 = div %3087, %5463 : f64[] @ models/lib/nn.yaml:80:7
%5465 = pow %5118, %5461 : f64[] @ models/lib/nn.yaml:80:7
%5466 = sub %5091, %5465 : f64[] @ models/lib/nn.yaml:80:7
%5467 = sqrt %5466 : f64[] @ models/lib/nn.yaml:80:7
%5468 = div %5091, %5467 : f64[] @ models/lib/nn.yaml:80:7
%5469 = sqrt %5460 : f32[48] @ models/lib/nn.yaml:80:7
%5470 = cast %5468 : f32[] @ models/lib/nn.yaml:80:7
%5471 = broadcast %5470 : f32[48] @ models/lib/nn.yaml:80:7
%5472 = mul %5469, %5471 : f32[48] @ models/lib/nn.yaml:80:7
%5473 = broadcast %5135 : f32[48] @ models/lib/nn.yaml:80:7
%5474 = add %5472, %5473 : f32[48] @ models/lib/nn.yaml:80:7
%5475 = div %5454, %5474 : f32[48] @ models/lib/nn.yaml:80:7
%5476 = cast %5464 : f32[] @ models/lib/nn.yaml:80:7
%5477 = broadcast %5476 : f32[48] @ models/lib/nn.yaml:80:7
%5478 = mul %5475, %5477 : f32[48] @ models/lib/nn.yaml:80:7
%5479 = sub %13, %5478 : f32[48] @ models/lib/nn.yaml:80:7
%5480 = assign %13, %5479 : f32[48] @ models/lib/nn.yaml:80:7
%5481 = assign %5446, %5454 : f32[48] @ models/lib/nn.yaml:80:7
%5482 = assign %5447, %5460 : f32[48] @ models/lib/nn.yaml:80:7
%5483 = assign %5448, %5449 : i64[] @ models/lib/nn.yaml:80:7
%5484 = broadcast %5147 : f32[48] @ models/lib/nn.yaml:80:7
%5485 = mul %91, %5484 : f32[48] @ models/lib/nn.yaml:80:7
%5486 = broadcast %5151 : f32[48] @ models/lib/nn.yaml:80:7
%5487 = mul %5479, %5486 : f32[48] @ models/lib/nn.yaml:80:7
%5488 = add %5485, %5487 : f32[48] @ models/lib/nn.yaml:80:7
%5489 = assign %91, %5488 : f32[48] @ models/lib/nn.yaml:80:7
%5490 = all_reduce_sum %4960 : f32[16,16] @ models/lib/nn.yaml:79:7
%5491 = reshape %5490 : f32[256] @ models/lib/nn.yaml:79:7
%5492 = mul %5491, %5491 : f32[256] @ models/lib/nn.yaml:79:7
%5493 = reduce_sum %5492 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5494 = sqrt %5493 : f32[] @ models/lib/nn.yaml:79:7
%5495 = cast %5494 : f64[] @ models/lib/nn.yaml:79:7
%5496 = add %5495, %5087 : f64[] @ models/lib/nn.yaml:79:7
%5497 = div %5089, %5496 : f64[] @ models/lib/nn.yaml:79:7
%5498 = lt %5497, %5091 : bool[] @ models/lib/nn.yaml:79:7
%5499 = cast %5497 : f32[] @ models/lib/nn.yaml:79:7
%5500 = broadcast %5499 : f32[16,16] @ models/lib/nn.yaml:79:7
%5501 = mul %5490, %5500 : f32[16,16] @ models/lib/nn.yaml:79:7
%5502 = broadcast %5498 : bool[16,16] @ models/lib/nn.yaml:79:7
%5503 = select %5502, %5501, %5490 : f32[16,16] @ models/lib/nn.yaml:79:7
%5504 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5505 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5506 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5507 = add %5506, %5101 : i64[] @ models/lib/nn.yaml:79:7
%5508 = broadcast %5105 : f32[16,16] @ models/lib/nn.yaml:79:7
%5509 = mul %14, %5508 : f32[16,16] @ models/lib/nn.yaml:79:7
%5510 = broadcast %2843 : f32[16,16] @ models/lib/nn.yaml:79:7
%5511 = mul %5503, %5510 : f32[16,16] @ models/lib/nn.yaml:79:7
%5512 = broadcast %1916 : f32[16,16] @ models/lib/nn.yaml:79:7
%5513 = mul %5504, %5512 : f32[16,16] @ models/lib/nn.yaml:79:7
%5514 = add %5513, %5511 : f32[16,16] @ models/lib/nn.yaml:79:7
%5515 = mul %5503, %5503 : f32[16,16] @ models/lib/nn.yaml:79:7
%5516 = broadcast %5115 : f32[16,16] @ models/lib/nn.yaml:79:7
%5517 = mul %5515, %5516 : f32[16,16] @ models/lib/nn.yaml:79:7
%5518 = broadcast %5119 : f32[16,16] @ models/lib/nn.yaml:79:7
%5519 = mul %5505, %5518 : f32[16,16] @ models/lib/nn.yaml:79:7
%5520 = add %5519, %5517 : f32[16,16] @ models/lib/nn.yaml:79:7
%5521 = cast %5507 : f64[] @ models/lib/nn.yaml:79:7
%5522 = pow %5110, %5521 : f64[] @ models/lib/nn.yaml:79:7
%5523 = sub %5091, %5522 : f64[] @ models/lib/nn.yaml:79:7
%5524 = div %3087, %5523 : f64[] @ models/lib/nn.yaml:79:7
%5525 = pow %5118, %5521 : f64[] @ models/lib/nn.yaml:79:7
%5526 = sub %5091, %5525 : f64[] @ models/lib/nn.yaml:79:7
%5527 = sqrt %5526 : f64[] @ models/lib/nn.yaml:79:7
%5528 = div %5091, %5527 : f64[] @ models/lib/nn.yaml:79:7
%5529 = sqrt %5520 : f32[16,16] @ models/lib/nn.yaml:79:7
%5530 = cast %5528 : f32[] @ models/lib/nn.yaml:79:7
%5531 = broadcast %5530 : f32[16,16] @ models/lib/nn.yaml:79:7
%5532 = mul %5529, %5531 : f32[16,16] @ models/lib/nn.yaml:79:7
%5533 = broadcast %5135 : f32[16,16] @ models/lib/nn.yaml:79:7
%5534 = add %5532, %5533 : f32[16,16] @ models/lib/nn.yaml:79:7
%5535 = div %5514, %5534 : f32[16,16] @ models/lib/nn.yaml:79:7
%5536 = cast %5524 : f32[] @ models/lib/nn.yaml:79:7
%5537 = broadcast %5536 : f32[16,16] @ models/lib/nn.yaml:79:7
%5538 = mul %5535, %5537 : f32[16,16] @ models/lib/nn.yaml:79:7
%5539 = sub %5509, %5538 : f32[16,16] @ models/lib/nn.yaml:79:7
%5540 = assign %14, %5539 : f32[16,16] @ models/lib/nn.yaml:79:7
%5541 = assign %5504, %5514 : f32[16,16] @ models/lib/nn.yaml:79:7
%5542 = assign %5505, %5520 : f32[16,16] @ models/lib/nn.yaml:79:7
%5543 = assign %5506, %5507 : i64[] @ models/lib/nn.yaml:79:7
%5544 = broadcast %5147 : f32[16,16] @ models/lib/nn.yaml:79:7
%5545 = mul %92, %5544 : f32[16,16] @ models/lib/nn.yaml:79:7
%5546 = broadcast %5151 : f32[16,16] @ models/lib/nn.yaml:79:7
%5547 = mul %5539, %5546 : f32[16,16] @ models/lib/nn.yaml:79:7
%5548 = add %5545, %5547 : f32[16,16] @ models/lib/nn.yaml:79:7
%5549 = assign %92, %5548 : f32[16,16] @ models/lib/nn.yaml:79:7
%5550 = all_reduce_sum %4952 : f32[16] @ models/lib/nn.yaml:80:7
%5551 = mul %5550, %5550 : f32[16] @ models/lib/nn.yaml:80:7
%5552 = reduce_sum %5551 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5553 = sqrt %5552 : f32[] @ models/lib/nn.yaml:80:7
%5554 = cast %5553 : f64[] @ models/lib/nn.yaml:80:7
%5555 = add %5554, %5087 : f64[] @ models/lib/nn.yaml:80:7
%5556 = div %5089, %5555 : f64[] @ models/lib/nn.yaml:80:7
%5557 = lt %5556, %5091 : bool[] @ models/lib/nn.yaml:80:7
%5558 = cast %5556 : f32[] @ models/lib/nn.yaml:80:7
%5559 = broadcast %5558 : f32[16] @ models/lib/nn.yaml:80:7
%5560 = mul %5550, %5559 : f32[16] @ models/lib/nn.yaml:80:7
%5561 = broadcast %5557 : bool[16] @ models/lib/nn.yaml:80:7
%5562 = select %5561, %5560, %5550 : f32[16] @ models/lib/nn.yaml:80:7
%5563 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5564 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5565 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5566 = add %5565, %5101 : i64[] @ models/lib/nn.yaml:80:7
%5567 = mul %5562, %5233 : f32[16] @ models/lib/nn.yaml:80:7
%5568 = mul %5563, %5235 : f32[16] @ models/lib/nn.yaml:80:7
%5569 = add %5568, %5567 : f32[16] @ models/lib/nn.yaml:80:7
%5570 = mul %5562, %5562 : f32[16] @ models/lib/nn.yaml:80:7
%5571 = mul %5570, %5239 : f32[16] @ models/lib/nn.yaml:80:7
%5572 = mul %5564, %5241 : f32[16] @ models/lib/nn.yaml:80:7
%5573 = add %5572, %5571 : f32[16] @ models/lib/nn.yaml:80:7
%5574 = cast %5566 : f64[] @ models/lib/nn.yaml:80:7
%5575 = pow %5110, %5574 : f64[] @ models/lib/nn.yaml:80:7
%5576 = sub %5091, %5575 : f64[] @ models/lib/nn.yaml:80:7
%5577 = div %3087, %5576 : f64[] @ models/lib/nn.yaml:80:7
%5578 = pow %5118, %5574 : f64[] @ models/lib/nn.yaml:80:7
%5579 = sub %5091, %5578 : f64[] @ models/lib/nn.yaml:80:7
%5580 = sqrt %5579 : f64[] @ models/lib/nn.yaml:80:7
%5581 = div %5091, %5580 : f64[] @ models/lib/nn.yaml:80:7
%5582 = sqrt %5573 : f32[16] @ models/lib/nn.yaml:80:7
%5583 = cast %5581 : f32[] @ models/lib/nn.yaml:80:7
%5584 = broadcast %5583 : f32[16] @ models/lib/nn.yaml:80:7
%5585 = mul %5582, %5584 : f32[16] @ models/lib/nn.yaml:80:7
%5586 = add %5585, %5256 : f32[16] @ models/lib/nn.yaml:80:7
%5587 = div %5569, %5586 : f32[16] @ models/lib/nn.yaml:80:7
%5588 = cast %5577 : f32[] @ models/lib/nn.yaml:80:7
%5589 = broadcast %5588 : f32[16] @ models/lib/nn.yaml:80:7
%5590 = mul %5587, %5589 : f32[16] @ models/lib/nn.yaml:80:7
%5591 = sub %15, %5590 : f32[16] @ models/lib/nn.yaml:80:7
%5592 = assign %15, %5591 : f32[16] @ models/lib/nn.yaml:80:7
%5593 = assign %5563, %5569 : f32[16] @ models/lib/nn.yaml:80:7
%5594 = assign %5564, %5573 : f32[16] @ models/lib/nn.yaml:80:7
%5595 = assign %5565, %5566 : i64[] @ models/lib/nn.yaml:80:7
%5596 = mul %93, %5267 : f32[16] @ models/lib/nn.yaml:80:7
%5597 = mul %5591, %5269 : f32[16] @ models/lib/nn.yaml:80:7
%5598 = add %5596, %5597 : f32[16] @ models/lib/nn.yaml:80:7
%5599 = assign %93, %5598 : f32[16] @ models/lib/nn.yaml:80:7
%5600 = all_reduce_sum %4929 : f32[16] @ models/lib/nn.yaml:89:7
%5601 = mul %5600, %5600 : f32[16] @ models/lib/nn.yaml:89:7
%5602 = reduce_sum %5601 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5603 = sqrt %5602 : f32[] @ models/lib/nn.yaml:89:7
%5604 = cast %5603 : f64[] @ models/lib/nn.yaml:89:7
%5605 = add %5604, %5087 : f64[] @ models/lib/nn.yaml:89:7
%5606 = div %5089, %5605 : f64[] @ models/lib/nn.yaml:89:7
%5607 = lt %5606, %5091 : bool[] @ models/lib/nn.yaml:89:7
%5608 = cast %5606 : f32[] @ models/lib/nn.yaml:89:7
%5609 = broadcast %5608 : f32[16] @ models/lib/nn.yaml:89:7
%5610 = mul %5600, %5609 : f32[16] @ models/lib/nn.yaml:89:7
%5611 = broadcast %5607 : bool[16] @ models/lib/nn.yaml:89:7
%5612 = select %5611, %5610, %5600 : f32[16] @ models/lib/nn.yaml:89:7
%5613 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5614 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5615 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5616 = add %5615, %5101 : i64[] @ models/lib/nn.yaml:89:7
%5617 = mul %5612, %5233 : f32[16] @ models/lib/nn.yaml:89:7
%5618 = mul %5613, %5235 : f32[16] @ models/lib/nn.yaml:89:7
%5619 = add %5618, %5617 : f32[16] @ models/lib/nn.yaml:89:7
%5620 = mul %5612, %5612 : f32[16] @ models/lib/nn.yaml:89:7
%5621 = mul %5620, %5239 : f32[16] @ models/lib/nn.yaml:89:7
%5622 = mul %5614, %5241 : f32[16] @ models/lib/nn.yaml:89:7
%5623 = add %5622, %5621 : f32[16] @ models/lib/nn.yaml:89:7
%5624 = cast %5616 : f64[] @ models/lib/nn.yaml:89:7
%5625 = pow %5110, %5624 : f64[] @ models/lib/nn.yaml:89:7
%5626 = sub %5091, %5625 : f64[] @ models/lib/nn.yaml:89:7
%5627 = div %3087, %5626 : f64[] @ models/lib/nn.yaml:89:7
%5628 = pow %5118, %5624 : f64[] @ models/lib/nn.yaml:89:7
%5629 = sub %5091, %5628 : f64[] @ models/lib/nn.yaml:89:7
%5630 = sqrt %5629 : f64[] @ models/lib/nn.yaml:89:7
%5631 = div %5091, %5630 : f64[] @ models/lib/nn.yaml:89:7
%5632 = sqrt %5623 : f32[16] @ models/lib/nn.yaml:89:7
%5633 = cast %5631 : f32[] @ models/lib/nn.yaml:89:7
%5634 = broadcast %5633 : f32[16] @ models/lib/nn.yaml:89:7
%5635 = mul %5632, %5634 : f32[16] @ models/lib/nn.yaml:89:7
%5636 = add %5635, %5256 : f32[16] @ models/lib/nn.yaml:89:7
%5637 = div %5619, %5636 : f32[16] @ models/lib/nn.yaml:89:7
%5638 = cast %5627 : f32[] @ models/lib/nn.yaml:89:7
%5639 = broadcast %5638 : f32[16] @ models/lib/nn.yaml:89:7
%5640 = mul %5637, %5639 : f32[16] @ models/lib/nn.yaml:89:7
%5641 = sub %16, %5640 : f32[16] @ models/lib/nn.yaml:89:7
%5642 = assign %16, %5641 : f32[16] @ models/lib/nn.yaml:89:7
%5643 = assign %5613, %5619 : f32[16] @ models/lib/nn.yaml:89:7
%5644 = assign %5614, %5623 : f32[16] @ models/lib/nn.yaml:89:7
%5645 = assign %5615, %5616 : i64[] @ models/lib/nn.yaml:89:7
%5646 = mul %94, %5267 : f32[16] @ models/lib/nn.yaml:89:7
%5647 = mul %5641, %5269 : f32[16] @ models/lib/nn.yaml:89:7
%5648 = add %5646, %5647 : f32[16] @ models/lib/nn.yaml:89:7
%5649 = assign %94, %5648 : f32[16] @ models/lib/nn.yaml:89:7
%5650 = all_reduce_sum %4924 : f32[16] @ models/lib/nn.yaml:90:7
%5651 = mul %5650, %5650 : f32[16] @ models/lib/nn.yaml:90:7
%5652 = reduce_sum %5651 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5653 = sqrt %5652 : f32[] @ models/lib/nn.yaml:90:7
%5654 = cast %5653 : f64[] @ models/lib/nn.yaml:90:7
%5655 = add %5654, %5087 : f64[] @ models/lib/nn.yaml:90:7
%5656 = div %5089, %5655 : f64[] @ models/lib/nn.yaml:90:7
%5657 = lt %5656, %5091 : bool[] @ models/lib/nn.yaml:90:7
%5658 = cast %5656 : f32[] @ models/lib/nn.yaml:90:7
%5659 = broadcast %5658 : f32[16] @ models/lib/nn.yaml:90:7
%5660 = mul %5650, %5659 : f32[16] @ models/lib/nn.yaml:90:7
%5661 = broadcast %5657 : bool[16] @ models/lib/nn.yaml:90:7
%5662 = select %5661, %5660, %5650 : f32[16] @ models/lib/nn.yaml:90:7
%5663 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5664 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5665 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5666 = add %5665, %5101 : i64[] @ models/lib/nn.yaml:90:7
%5667 = mul %5662, %5233 : f32[16] @ models/lib/nn.yaml:90:7
%5668 = mul %5663, %5235 : f32[16] @ models/lib/nn.yaml:90:7
%5669 = add %5668, %5667 : f32[16] @ models/lib/nn.yaml:90:7
%5670 = mul %5662, %5662 : f32[16] @ models/lib/nn.yaml:90:7
%5671 = mul %5670, %5239 : f32[16] @ models/lib/nn.yaml:90:7
%5672 = mul %5664, %5241 : f32[16] @ models/lib/nn.yaml:90:7
%5673 = add %5672, %5671 : f32[16] @ models/lib/nn.yaml:90:7
%5674 = cast %5666 : f64[] @ models/lib/nn.yaml:90:7
%5675 = pow %5110, %5674 : f64[] @ models/lib/nn.yaml:90:7
%5676 = sub %5091, %5675 : f64[] @ models/lib/nn.yaml:90:7
%5677 = div %3087, %5676 : f64[] @ models/lib/nn.yaml:90:7
%5678 = pow %5118, %5674 : f64[] @ models/lib/nn.yaml:90:7
%5679 = sub %5091, %5678 : f64[] @ models/lib/nn.yaml:90:7
%5680 = sqrt %5679 : f64[] @ models/lib/nn.yaml:90:7
%5681 = div %5091, %5680 : f64[] @ models/lib/nn.yaml:90:7
%5682 = sqrt %5673 : f32[16] @ models/lib/nn.yaml:90:7
%5683 = cast %5681 : f32[] @ models/lib/nn.yaml:90:7
%5684 = broadcast %5683 : f32[16] @ models/lib/nn.yaml:90:7
%5685 = mul %5682, %5684 : f32[16] @ models/lib/nn.yaml:90:7
%5686 = add %5685, %5256 : f32[16] @ models/lib/nn.yaml:90:7
%5687 = div %5669, %5686 : f32[16] @ models/lib/nn.yaml:90:7
%5688 = cast %5677 : f32[] @ models/lib/nn.yaml:90:7
%5689 = broadcast %5688 : f32[16] @ models/lib/nn.yaml:90:7
%5690 = mul %5687, %5689 : f32[16] @ models/lib/nn.yaml:90:7
%5691 = sub %17, %5690 : f32[16] @ models/lib/nn.yaml:90:7
%5692 = assign %17, %5691 : f32[16] @ models/lib/nn.yaml:90:7
%5693 = assign %5663, %5669 : f32[16] @ models/lib/nn.yaml:90:7
%5694 = assign %5664, %5673 : f32[16] @ models/lib/nn.yaml:90:7
%5695 = assign %5665, %5666 : i64[] @ models/lib/nn.yaml:90:7
%5696 = mul %95, %5267 : f32[16] @ models/lib/nn.yaml:90:7
%5697 = mul %5691, %5269 : f32[16] @ models/lib/nn.yaml:90:7
%5698 = add %5696, %5697 : f32[16] @ models/lib/nn.yaml:90:7
%5699 = assign %95, %5698 : f32[16] @ models/lib/nn.yaml:90:7
%5700 = all_reduce_sum %4918 : f32[64,16] @ models/lib/nn.yaml:79:7
%5701 = reshape %5700 : f32[1024] @ models/lib/nn.yaml:79:7
%5702 = mul %5701, %5701 : f32[1024] @ models/lib/nn.yaml:79:7
%5703 = reduce_sum %5702 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5704 = sqrt %5703 : f32[] @ models/lib/nn.yaml:79:7
%5705 = cast %5704 : f64[] @ models/lib/nn.yaml:79:7
%5706 = add %5705, %5087 : f64[] @ models/lib/nn.yaml:79:7
%5707 = div %5089, %5706 : f64[] @ models/lib/nn.yaml:79:7
%5708 = lt %5707, %5091 : bool[] @ models/lib/nn.yaml:79:7
%5709 = cast %5707 : f32[] @ models/lib/nn.yaml:79:7
%5710 = broadcast %5709 : f32[64,16] @ models/lib/nn.yaml:79:7
%5711 = mul %5700, %5710 : f32[64,16] @ models/lib/nn.yaml:79:7
%5712 = broadcast %5708 : bool[64,16] @ models/lib/nn.yaml:79:7
%5713 = select %5712, %5711, %5700 : f32[64,16] @ models/lib/nn.yaml:79:7
%5714 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5715 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5716 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5717 = add %5716, %5101 : i64[] @ models/lib/nn.yaml:79:7
%5718 = broadcast %5105 : f32[64,16] @ models/lib/nn.yaml:79:7
%5719 = mul %18, %5718 : f32[64,16] @ models/lib/nn.yaml:79:7
%5720 = broadcast %2843 : f32[64,16] @ models/lib/nn.yaml:79:7
%5721 = mul %5713, %5720 : f32[64,16] @ models/lib/nn.yaml:79:7
%5722 = broadcast %1916 : f32[64,16] @ models/lib/nn.yaml:79:7
%5723 = mul %5714, %5722 : f32[64,16] @ models/lib/nn.yaml:79:7
%5724 = add %5723, %5721 : f32[64,16] @ models/lib/nn.yaml:79:7
%5725 = mul %5713, %5713 : f32[64,16] @ models/lib/nn.yaml:79:7
%5726 = broadcast %5115 : f32[64,16] @ models/lib/nn.yaml:79:7
%5727 = mul %5725, %5726 : f32[64,16] @ models/lib/nn.yaml:79:7
%5728 = broadcast %5119 : f32[64,16] @ models/lib/nn.yaml:79:7
%5729 = mul %5715, %5728 : f32[64,16] @ models/lib/nn.yaml:79:7
%5730 = add %5729, %5727 : f32[64,16] @ models/lib/nn.yaml:79:7
%5731 = cast %5717 : f64[] @ models/lib/nn.yaml:79:7
%5732 = pow %5110, %5731 : f64[] @ models/lib/nn.yaml:79:7
%5733 = sub %5091, %5732 : f64[] @ models/lib/nn.yaml:79:7
%5734 = div %3087, %5733 : f64[] @ models/lib/nn.yaml:79:7
%5735 = pow %5118, %5731 : f64[] @ models/lib/nn.yaml:79:7
%5736 = sub %5091, %5735 : f64[] @ models/lib/nn.yaml:79:7
%5737 = sqrt %5736 : f64[] @ models/lib/nn.yaml:79:7
%5738 = div %5091, %5737 : f64[] @ models/lib/nn.yaml:79:7
%5739 = sqrt %5730 : f32[64,16] @ models/lib/nn.yaml:79:7
%5740 = cast %5738 : f32[] @ models/lib/nn.yaml:79:7
%5741 = broadcast %5740 : f32[64,16] @ models/lib/nn.yaml:79:7
%5742 = mul %5739, %5741 : f32[64,16] @ models/lib/nn.yaml:79:7
%5743 = broadcast %5135 : f32[64,16] @ models/lib/nn.yaml:79:7
%5744 = add %5742, %5743 : f32[64,16] @ models/lib/nn.yaml:79:7
%5745 = div %5724, %5744 : f32[64,16] @ models/lib/nn.yaml:79:7
%5746 = cast %5734 : f32[] @ models/lib/nn.yaml:79:7
%5747 = broadcast %5746 : f32[64,16] @ models/lib/nn.yaml:79:7
%5748 = mul %5745, %5747 : f32[64,16] @ models/lib/nn.yaml:79:7
%5749 = sub %5719, %5748 : f32[64,16] @ models/lib/nn.yaml:79:7
%5750 = assign %18, %5749 : f32[64,16] @ models/lib/nn.yaml:79:7
%5751 = assign %5714, %5724 : f32[64,16] @ models/lib/nn.yaml:79:7
%5752 = assign %5715, %5730 : f32[64,16] @ models/lib/nn.yaml:79:7
%5753 = assign %5716, %5717 : i64[] @ models/lib/nn.yaml:79:7
%5754 = broadcast %5147 : f32[64,16] @ models/lib/nn.yaml:79:7
%5755 = mul %96, %5754 : f32[64,16] @ models/lib/nn.yaml:79:7
%5756 = broadcast %5151 : f32[64,16] @ models/lib/nn.yaml:79:7
%5757 = mul %5749, %5756 : f32[64,16] @ models/lib/nn.yaml:79:7
%5758 = add %5755, %5757 : f32[64,16] @ models/lib/nn.yaml:79:7
%5759 = assign %96, %5758 : f32[64,16] @ models/lib/nn.yaml:79:7
%5760 = all_reduce_sum %4910 : f32[64] @ models/lib/nn.yaml:80:7
%5761 = mul %5760, %5760 : f32[64] @ models/lib/nn.yaml:80:7
%5762 = reduce_sum %5761 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5763 = sqrt %5762 : f32[] @ models/lib/nn.yaml:80:7
%5764 = cast %5763 : f64[] @ models/lib/nn.yaml:80:7
%5765 = add %5764, %5087 : f64[] @ models/lib/nn.yaml:80:7
%5766 = div %5089, %5765 : f64[] @ models/lib/nn.yaml:80:7
%5767 = lt %5766, %5091 : bool[] @ models/lib/nn.yaml:80:7
%5768 = cast %5766 : f32[] @ models/lib/nn.yaml:80:7
%5769 = broadcast %5768 : f32[64] @ models/lib/nn.yaml:80:7
%5770 = mul %5760, %5769 : f32[64] @ models/lib/nn.yaml:80:7
%5771 = broadcast %5767 : bool[64] @ models/lib/nn.yaml:80:7
%5772 = select %5771, %5770, %5760 : f32[64] @ models/lib/nn.yaml:80:7
%5773 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5774 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5775 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5776 = add %5775, %5101 : i64[] @ models/lib/nn.yaml:80:7
%5777 = broadcast %2843 : f32[64] @ models/lib/nn.yaml:80:7
%5778 = mul %5772, %5777 : f32[64] @ models/lib/nn.yaml:80:7
%5779 = broadcast %1916 : f32[64] @ models/lib/nn.yaml:80:7
%5780 = mul %5773, %5779 : f32[64] @ models/lib/nn.yaml:80:7
%5781 = add %5780, %5778 : f32[64] @ models/lib/nn.yaml:80:7
%5782 = mul %5772, %5772 : f32[64] @ models/lib/nn.yaml:80:7
%5783 = broadcast %5115 : f32[64] @ models/lib/nn.yaml:80:7
%5784 = mul %5782, %5783 : f32[64] @ models/lib/nn.yaml:80:7
%5785 = broadcast %5119 : f32[64] @ models/lib/nn.yaml:80:7
%5786 = mul %5774, %5785 : f32[64] @ models/lib/nn.yaml:80:7
%5787 = add %5786, %5784 : f32[64] @ models/lib/nn.yaml:80:7
%5788 = cast %5776 : f64[] @ models/lib/nn.yaml:80:7
%5789 = pow %5110, %5788 : f64[] @ models/lib/nn.yaml:80:7
%5790 = sub %5091, %5789 : f64[] @ models/lib/nn.yaml:80:7
%5791 = div %3087, %5790 : f64[] @ models/lib/nn.yaml:80:7
%5792 = pow %5118, %5788 : f64[] @ models/lib/nn.yaml:80:7
%5793 = sub %5091, %5792 : f64[] @ models/lib/nn.yaml:80:7
%5794 = sqrt %5793 : f64[] @ models/lib/nn.yaml:80:7
%5795 = div %5091, %5794 : f64[] @ models/lib/nn.yaml:80:7
%5796 = sqrt %5787 : f32[64] @ models/lib/nn.yaml:80:7
%5797 = cast %5795 : f32[] @ models/lib/nn.yaml:80:7
%5798 = broadcast %5797 : f32[64] @ models/lib/nn.yaml:80:7
%5799 = mul %5796, %5798 : f32[64] @ models/lib/nn.yaml:80:7
%5800 = broadcast %5135 : f32[64] @ models/lib/nn.yaml:80:7
%5801 = add %5799, %5800 : f32[64] @ models/lib/nn.yaml:80:7
%5802 = div %5781, %5801 : f32[64] @ models/lib/nn.yaml:80:7
%5803 = cast %5791 : f32[] @ models/lib/nn.yaml:80:7
%5804 = broadcast %5803 : f32[64] @ models/lib/nn.yaml:80:7
%5805 = mul %5802, %5804 : f32[64] @ models/lib/nn.yaml:80:7
%5806 = sub %19, %5805 : f32[64] @ models/lib/nn.yaml:80:7
%5807 = assign %19, %5806 : f32[64] @ models/lib/nn.yaml:80:7
%5808 = assign %5773, %5781 : f32[64] @ models/lib/nn.yaml:80:7
%5809 = assign %5774, %5787 : f32[64] @ models/lib/nn.yaml:80:7
%5810 = assign %5775, %5776 : i64[] @ models/lib/nn.yaml:80:7
%5811 = broadcast %5147 : f32[64] @ models/lib/nn.yaml:80:7
%5812 = mul %97, %5811 : f32[64] @ models/lib/nn.yaml:80:7
%5813 = broadcast %5151 : f32[64] @ models/lib/nn.yaml:80:7
%5814 = mul %5806, %5813 : f32[64] @ models/lib/nn.yaml:80:7
%5815 = add %5812, %5814 : f32[64] @ models/lib/nn.yaml:80:7
%5816 = assign %97, %5815 : f32[64] @ models/lib/nn.yaml:80:7
%5817 = all_reduce_sum %4894 : f32[16,64] @ models/lib/nn.yaml:79:7
%5818 = reshape %5817 : f32[1024] @ models/lib/nn.yaml:79:7
%5819 = mul %5818, %5818 : f32[1024] @ models/lib/nn.yaml:79:7
%5820 = reduce_sum %5819 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5821 = sqrt %5820 : f32[] @ models/lib/nn.yaml:79:7
%5822 = cast %5821 : f64[] @ models/lib/nn.yaml:79:7
%5823 = add %5822, %5087 : f64[] @ models/lib/nn.yaml:79:7
%5824 = div %5089, %5823 : f64[] @ models/lib/nn.yaml:79:7
%5825 = lt %5824, %5091 : bool[] @ models/lib/nn.yaml:79:7
%5826 = cast %5824 : f32[] @ models/lib/nn.yaml:79:7
%5827 = broadcast %5826 : f32[16,64] @ models/lib/nn.yaml:79:7
%5828 = mul %5817, %5827 : f32[16,64] @ models/lib/nn.yaml:79:7
%5829 = broadcast %5825 : bool[16,64] @ models/lib/nn.yaml:79:7
%5830 = select %5829, %5828, %5817 : f32[16,64] @ models/lib/nn.yaml:79:7
%5831 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5832 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5833 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5834 = add %5833, %5101 : i64[] @ models/lib/nn.yaml:79:7
%5835 = broadcast %5105 : f32[16,64] @ models/lib/nn.yaml:79:7
%5836 = mul %20, %5835 : f32[16,64] @ models/lib/nn.yaml:79:7
%5837 = broadcast %2843 : f32[16,64] @ models/lib/nn.yaml:79:7
%5838 = mul %5830, %5837 : f32[16,64] @ models/lib/nn.yaml:79:7
%5839 = broadcast %1916 : f32[16,64] @ models/lib/nn.yaml:79:7
%5840 = mul %5831, %5839 : f32[16,64] @ models/lib/nn.yaml:79:7
%5841 = add %5840, %5838 : f32[16,64] @ models/lib/nn.yaml:79:7
%5842 = mul %5830, %5830 : f32[16,64] @ models/lib/nn.yaml:79:7
%5843 = broadcast %5115 : f32[16,64] @ models/lib/nn.yaml:79:7
%5844 = mul %5842, %5843 : f32[16,64] @ models/lib/nn.yaml:79:7
%5845 = broadcast %5119 : f32[16,64] @ models/lib/nn.yaml:79:7
%5846 = mul %5832, %5845 : f32[16,64] @ models/lib/nn.yaml:79:7
%5847 = add %5846, %5844 : f32[16,64] @ models/lib/nn.yaml:79:7
%5848 = cast %5834 : f64[] @ models/lib/nn.yaml:79:7
%5849 = pow %5110, %5848 : f64[] @ models/lib/nn.yaml:79:7
%5850 = sub %5091, %5849 : f64[] @ models/lib/nn.yaml:79:7
%5851 = div %3087, %5850 : f64[] @ models/lib/nn.yaml:79:7
%5852 = pow %5118, %5848 : f64[] @ models/lib/nn.yaml:79:7
%5853 = sub %5091, %5852 : f64[] @ models/lib/nn.yaml:79:7
%5854 = sqrt %5853 : f64[] @ models/lib/nn.yaml:79:7
%5855 = div %5091, %5854 : f64[] @ models/lib/nn.yaml:79:7
%5856 = sqrt %5847 : f32[16,64] @ models/lib/nn.yaml:79:7
%5857 = cast %5855 : f32[] @ models/lib/nn.yaml:79:7
%5858 = broadcast %5857 : f32[16,64] @ models/lib/nn.yaml:79:7
%5859 = mul %5856, %5858 : f32[16,64] @ models/lib/nn.yaml:79:7
%5860 = broadcast %5135 : f32[16,64] @ models/lib/nn.yaml:79:7
%5861 = add %5859, %5860 : f32[16,64] @ models/lib/nn.yaml:79:7
%5862 = div %5841, %5861 : f32[16,64] @ models/lib/nn.yaml:79:7
%5863 = cast %5851 : f32[] @ models/lib/nn.yaml:79:7
%5864 = broadcast %5863 : f32[16,64] @ models/lib/nn.yaml:79:7
%5865 = mul %5862, %5864 : f32[16,64] @ models/lib/nn.yaml:79:7
%5866 = sub %5836, %5865 : f32[16,64] @ models/lib/nn.yaml:79:7
%5867 = assign %20, %5866 : f32[16,64] @ models/lib/nn.yaml:79:7
%5868 = assign %5831, %5841 : f32[16,64] @ models/lib/nn.yaml:79:7
%5869 = assign %5832, %5847 : f32[16,64] @ models/lib/nn.yaml:79:7
%5870 = assign %5833, %5834 : i64[] @ models/lib/nn.yaml:79:7
%5871 = broadcast %5147 : f32[16,64] @ models/lib/nn.yaml:79:7
%5872 = mul %98, %5871 : f32[16,64] @ models/lib/nn.yaml:79:7
%5873 = broadcast %5151 : f32[16,64] @ models/lib/nn.yaml:79:7
%5874 = mul %5866, %5873 : f32[16,64] @ models/lib/nn.yaml:79:7
%5875 = add %5872, %5874 : f32[16,64] @ models/lib/nn.yaml:79:7
%5876 = assign %98, %5875 : f32[16,64] @ models/lib/nn.yaml:79:7
%5877 = all_reduce_sum %4886 : f32[16] @ models/lib/nn.yaml:80:7
%5878 = mul %5877, %5877 : f32[16] @ models/lib/nn.yaml:80:7
%5879 = reduce_sum %5878 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5880 = sqrt %5879 : f32[] @ models/lib/nn.yaml:80:7
%5881 = cast %5880 : f64[] @ models/lib/nn.yaml:80:7
%5882 = add %5881, %5087 : f64[] @ models/lib/nn.yaml:80:7
%5883 = div %5089, %5882 : f64[] @ models/lib/nn.yaml:80:7
%5884 = lt %5883, %5091 : bool[] @ models/lib/nn.yaml:80:7
%5885 = cast %5883 : f32[] @ models/lib/nn.yaml:80:7
%5886 = broadcast %5885 : f32[16] @ models/lib/nn.yaml:80:7
%5887 = mul %5877, %5886 : f32[16] @ models/lib/nn.yaml:80:7
%5888 = broadcast %5884 : bool[16] @ models/lib/nn.yaml:80:7
%5889 = select %5888, %5887, %5877 : f32[16] @ models/lib/nn.yaml:80:7
%5890 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5891 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5892 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5893 = add %5892, %5101 : i64[] @ models/lib/nn.yaml:80:7
%5894 = mul %5889, %5233 : f32[16] @ models/lib/nn.yaml:80:7
%5895 = mul %5890, %5235 : f32[16] @ models/lib/nn.yaml:80:7
%5896 = add %5895, %5894 : f32[16] @ models/lib/nn.yaml:80:7
%5897 = mul %5889, %5889 : f32[16] @ models/lib/nn.yaml:80:7
%5898 = mul %5897, %5239 : f32[16] @ models/lib/nn.yaml:80:7
%5899 = mul %5891, %5241 : f32[16] @ models/lib/nn.yaml:80:7
%5900 = add %5899, %5898 : f32[16] @ models/lib/nn.yaml:80:7
%5901 = cast %5893 : f64[] @ models/lib/nn.yaml:80:7
%5902 = pow %5110, %5901 : f64[] @ models/lib/nn.yaml:80:7
%5903 = sub %5091, %5902 : f64[] @ models/lib/nn.yaml:80:7
%5904 = div %3087, %5903 : f64[] @ models/lib/nn.yaml:80:7
%5905 = pow %5118, %5901 : f64[] @ models/lib/nn.yaml:80:7
%5906 = sub %5091, %5905 : f64[] @ models/lib/nn.yaml:80:7
%5907 = sqrt %5906 : f64[] @ models/lib/nn.yaml:80:7
%5908 = div %5091, %5907 : f64[] @ models/lib/nn.yaml:80:7
%5909 = sqrt %5900 : f32[16] @ models/lib/nn.yaml:80:7
%5910 = cast %5908 : f32[] @ models/lib/nn.yaml:80:7
%5911 = broadcast %5910 : f32[16] @ models/lib/nn.yaml:80:7
%5912 = mul %5909, %5911 : f32[16] @ models/lib/nn.yaml:80:7
%5913 = add %5912, %5256 : f32[16] @ models/lib/nn.yaml:80:7
%5914 = div %5896, %5913 : f32[16] @ models/lib/nn.yaml:80:7
%5915 = cast %5904 : f32[] @ models/lib/nn.yaml:80:7
%5916 = broadcast %5915 : f32[16] @ models/lib/nn.yaml:80:7
%5917 = mul %5914, %5916 : f32[16] @ models/lib/nn.yaml:80:7
%5918 = sub %21, %5917 : f32[16] @ models/lib/nn.yaml:80:7
%5919 = assign %21, %5918 : f32[16] @ models/lib/nn.yaml:80:7
%5920 = assign %5890, %5896 : f32[16] @ models/lib/nn.yaml:80:7
%5921 = assign %5891, %5900 : f32[16] @ models/lib/nn.yaml:80:7
%5922 = assign %5892, %5893 : i64[] @ models/lib/nn.yaml:80:7
%5923 = mul %99, %5267 : f32[16] @ models/lib/nn.yaml:80:7
%5924 = mul %5918, %5269 : f32[16] @ models/lib/nn.yaml:80:7
%5925 = add %5923, %5924 : f32[16] @ models/lib/nn.yaml:80:7
%5926 = assign %99, %5925 : f32[16] @ models/lib/nn.yaml:80:7
%5927 = all_reduce_sum %4863 : f32[16] @ models/lib/nn.yaml:89:7
%5928 = mul %5927, %5927 : f32[16] @ models/lib/nn.yaml:89:7
%5929 = reduce_sum %5928 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5930 = sqrt %5929 : f32[] @ models/lib/nn.yaml:89:7
%5931 = cast %5930 : f64[] @ models/lib/nn.yaml:89:7
%5932 = add %5931, %5087 : f64[] @ models/lib/nn.yaml:89:7
%5933 = div %5089, %5932 : f64[] @ models/lib/nn.yaml:89:7
%5934 = lt %5933, %5091 : bool[] @ models/lib/nn.yaml:89:7
%5935 = cast %5933 : f32[] @ models/lib/nn.yaml:89:7
%5936 = broadcast %5935 : f32[16] @ models/lib/nn.yaml:89:7
%5937 = mul %5927, %5936 : f32[16] @ models/lib/nn.yaml:89:7
%5938 = broadcast %5934 : bool[16] @ models/lib/nn.yaml:89:7
%5939 = select %5938, %5937, %5927 : f32[16] @ models/lib/nn.yaml:89:7
%5940 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5941 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5942 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5943 = add %5942, %5101 : i64[] @ models/lib/nn.yaml:89:7
%5944 = mul %5939, %5233 : f32[16] @ models/lib/nn.yaml:89:7
%5945 = mul %5940, %5235 : f32[16] @ models/lib/nn.yaml:89:7
%5946 = add %5945, %5944 : f32[16] @ models/lib/nn.yaml:89:7
%5947 = mul %5939, %5939 : f32[16] @ models/lib/nn.yaml:89:7
%5948 = mul %5947, %5239 : f32[16] @ models/lib/nn.yaml:89:7
%5949 = mul %5941, %5241 : f32[16] @ models/lib/nn.yaml:89:7
%5950 = add %5949, %5948 : f32[16] @ models/lib/nn.yaml:89:7
%5951 = cast %5943 : f64[] @ models/lib/nn.yaml:89:7
%5952 = pow %5110, %5951 : f64[] @ models/lib/nn.yaml:89:7
%5953 = sub %5091, %5952 : f64[] @ models/lib/nn.yaml:89:7
%5954 = div %3087, %5953 : f64[] @ models/lib/nn.yaml:89:7
%5955 = pow %5118, %5951 : f64[] @ models/lib/nn.yaml:89:7
%5956 = sub %5091, %5955 : f64[] @ models/lib/nn.yaml:89:7
%5957 = sqrt %5956 : f64[] @ models/lib/nn.yaml:89:7
%5958 = div %5091, %5957 : f64[] @ models/lib/nn.yaml:89:7
%5959 = sqrt %5950 : f32[16] @ models/lib/nn.yaml:89:7
%5960 = cast %5958 : f32[] @ models/lib/nn.yaml:89:7
%5961 = broadcast %5960 : f32[16] @ models/lib/nn.yaml:89:7
%5962 = mul %5959, %5961 : f32[16] @ models/lib/nn.yaml:89:7
%5963 = add %5962, %5256 : f32[16] @ models/lib/nn.yaml:89:7
%5964 = div %5946, %5963 : f32[16] @ models/lib/nn.yaml:89:7
%5965 = cast %5954 : f32[] @ models/lib/nn.yaml:89:7
%5966 = broadcast %5965 : f32[16] @ models/lib/nn.yaml:89:7
%5967 = mul %5964, %5966 : f32[16] @ models/lib/nn.yaml:89:7
%5968 = sub %22, %5967 : f32[16] @ models/lib/nn.yaml:89:7
%5969 = assign %22, %5968 : f32[16] @ models/lib/nn.yaml:89:7
%5970 = assign %5940, %5946 : f32[16] @ models/lib/nn.yaml:89:7
%5971 = assign %5941, %5950 : f32[16] @ models/lib/nn.yaml:89:7
%5972 = assign %5942, %5943 : i64[] @ models/lib/nn.yaml:89:7
%5973 = mul %100, %5267 : f32[16] @ models/lib/nn.yaml:89:7
%5974 = mul %5968, %5269 : f32[16] @ models/lib/nn.yaml:89:7
%5975 = add %5973, %5974 : f32[16] @ models/lib/nn.yaml:89:7
%5976 = assign %100, %5975 : f32[16] @ models/lib/nn.yaml:89:7
%5977 = all_reduce_sum %4858 : f32[16] @ models/lib/nn.yaml:90:7
%5978 = mul %5977, %5977 : f32[16] @ models/lib/nn.yaml:90:7
%5979 = reduce_sum %5978 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5980 = sqrt %5979 : f32[] @ models/lib/nn.yaml:90:7
%5981 = cast %5980 : f64[] @ models/lib/nn.yaml:90:7
%5982 = add %5981, %5087 : f64[] @ models/lib/nn.yaml:90:7
%5983 = div %5089, %5982 : f64[] @ models/lib/nn.yaml:90:7
%5984 = lt %5983, %5091 : bool[] @ models/lib/nn.yaml:90:7
%5985 = cast %5983 : f32[] @ models/lib/nn.yaml:90:7
%5986 = broadcast %5985 : f32[16] @ models/lib/nn.yaml:90:7
%5987 = mul %5977, %5986 : f32[16] @ models/lib/nn.yaml:90:7
%5988 = broadcast %5984 : bool[16] @ models/lib/nn.yaml:90:7
%5989 = select %5988, %5987, %5977 : f32[16] @ models/lib/nn.yaml:90:7
%5990 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5991 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5992 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5993 = add %5992, %5101 : i64[] @ models/lib/nn.yaml:90:7
%5994 = mul %5989, %5233 : f32[16] @ models/lib/nn.yaml:90:7
%5995 = mul %5990, %5235 : f32[16] @ models/lib/nn.yaml:90:7
%5996 = add %5995, %5994 : f32[16] @ models/lib/nn.yaml:90:7
%5997 = mul %5989, %5989 : f32[16] @ models/lib/nn.yaml:90:7
%5998 = mul %5997, %5239 : f32[16] @ models/lib/nn.yaml:90:7
%5999 = mul %5991, %5241 : f32[16] @ models/lib/nn.yaml:90:7
%6000 = add %5999, %5998 : f32[16] @ models/lib/nn.yaml:90:7
%6001 = cast %5993 : f64[] @ models/lib/nn.yaml:90:7
%6002 = pow %5110, %6001 : f64[] @ models/lib/nn.yaml:90:7
%6003 = sub %5091, %6002 : f64[] @ models/lib/nn.yaml:90:7
%6004 = div %3087, %6003 : f64[] @ models/lib/nn.yaml:90:7
%6005 = pow %5118, %6001 : f64[] @ models/lib/nn.yaml:90:7
%6006 = sub %5091, %6005 : f64[] @ models/lib/nn.yaml:90:7
%6007 = sqrt %6006 : f64[] @ models/lib/nn.yaml:90:7
%6008 = div %5091, %6007 : f64[] @ models/lib/nn.yaml:90:7
%6009 = sqrt %6000 : f32[16] @ models/lib/nn.yaml:90:7
%6010 = cast %6008 : f32[] @ models/lib/nn.yaml:90:7
%6011 = broadcast %6010 : f32[16] @ models/lib/nn.yaml:90:7
%6012 = mul %6009, %6011 : f32[16] @ models/lib/nn.yaml:90:7
%6013 = add %6012, %5256 : f32[16] @ models/lib/nn.yaml:90:7
%6014 = div %5996, %6013 : f32[16] @ models/lib/nn.yaml:90:7
%6015 = cast %6004 : f32[] @ models/lib/nn.yaml:90:7
%6016 = broadcast %6015 : f32[16] @ models/lib/nn.yaml:90:7
%6017 = mul %6014, %6016 : f32[16] @ models/lib/nn.yaml:90:7
%6018 = sub %23, %6017 : f32[16] @ models/lib/nn.yaml:90:7
%6019 = assign %23, %6018 : f32[16] @ models/lib/nn.yaml:90:7
%6020 = assign %5990, %5996 : f32[16] @ models/lib/nn.yaml:90:7
%6021 = assign %5991, %6000 : f32[16] @ models/lib/nn.yaml:90:7
%6022 = assign %5992, %5993 : i64[] @ models/lib/nn.yaml:90:7
%6023 = mul %101, %5267 : f32[16] @ models/lib/nn.yaml:90:7
%6024 = mul %6018, %5269 : f32[16] @ models/lib/nn.yaml:90:7
%6025 = add %6023, %6024 : f32[16] @ models/lib/nn.yaml:90:7
%6026 = assign %101, %6025 : f32[16] @ models/lib/nn.yaml:90:7
%6027 = all_reduce_sum %4852 : f32[48,16] @ models/lib/nn.yaml:79:7
%6028 = reshape %6027 : f32[768] @ models/lib/nn.yaml:79:7
%6029 = mul %6028, %6028 : f32[768] @ models/lib/nn.yaml:79:7
%6030 = reduce_sum %6029 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6031 = sqrt %6030 : f32[] @ models/lib/nn.yaml:79:7
%6032 = cast %6031 : f64[] @ models/lib/nn.yaml:79:7
%6033 = add %6032, %5087 : f64[] @ models/lib/nn.yaml:79:7
%6034 = div %5089, %6033 : f64[] @ models/lib/nn.yaml:79:7
%6035 = lt %6034, %5091 : bool[] @ models/lib/nn.yaml:79:7
%6036 = cast %6034 : f32[] @ models/lib/nn.yaml:79:7
%6037 = broadcast %6036 : f32[48,16] @ models/lib/nn.yaml:79:7
%6038 = mul %6027, %6037 : f32[48,16] @ models/lib/nn.yaml:79:7
%6039 = broadcast %6035 : bool[48,16] @ models/lib/nn.yaml:79:7
%6040 = select %6039, %6038, %6027 : f32[48,16] @ models/lib/nn.yaml:79:7
%6041 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6042 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6043 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6044 = add %6043, %5101 : i64[] @ models/lib/nn.yaml:79:7
%6045 = mul %24, %5391 : f32[48,16] @ models/lib/nn.yaml:79:7
%6046 = mul %6040, %5393 : f32[48,16] @ models/lib/nn.yaml:79:7
%6047 = mul %6041, %5395 : f32[48,16] @ models/lib/nn.yaml:79:7
%6048 = add %6047, %6046 : f32[48,16] @ models/lib/nn.yaml:79:7
%6049 = mul %6040, %6040 : f32[48,16] @ models/lib/nn.yaml:79:7
%6050 = mul %6049, %5399 : f32[48,16] @ models/lib/nn.yaml:79:7
%6051 = mul %6042, %5401 : f32[48,16] @ models/lib/nn.yaml:79:7
%6052 = add %6051, %6050 : f32[48,16] @ models/lib/nn.yaml:79:7
%6053 = cast %6044 : f64[] @ models/lib/nn.yaml:79:7
%6054 = pow %5110, %6053 : f64[] @ models/lib/nn.yaml:79:7
%6055 = sub %5091, %6054 : f64[] @ models/lib/nn.yaml:79:7
%6056 = div %3087, %6055 : f64[] @ models/lib/nn.yaml:79:7
%6057 = pow %5118, %6053 : f64[] @ models/lib/nn.yaml:79:7
%6058 = sub %5091, %6057 : f64[] @ models/lib/nn.yaml:79:7
%6059 = sqrt %6058 : f64[] @ models/lib/nn.yaml:79:7
%6060 = div %5091, %6059 : f64[] @ models/lib/nn.yaml:79:7
%6061 = sqrt %6052 : f32[48,16] @ models/lib/nn.yaml:79:7
%6062 = cast %6060 : f32[] @ models/lib/nn.yaml:79:7
%6063 = broadcast %6062 : f32[48,16] @ models/lib/nn.yaml:79:7
%6064 = mul %6061, %6063 : f32[48,16] @ models/lib/nn.yaml:79:7
%6065 = add %6064, %5416 : f32[48,16] @ models/lib/nn.yaml:79:7
%6066 = div %6048, %6065 : f32[48,16] @ models/lib/nn.yaml:79:7
%6067 = cast %6056 : f32[] @ models/lib/nn.yaml:79:7
%6068 = broadcast %6067 : f32[48,16] @ models/lib/nn.yaml:79:7
%6069 = mul %6066, %6068 : f32[48,16] @ models/lib/nn.yaml:79:7
%6070 = sub %6045, %6069 : f32[48,16] @ models/lib/nn.yaml:79:7
%6071 = assign %24, %6070 : f32[48,16] @ models/lib/nn.yaml:79:7
%6072 = assign %6041, %6048 : f32[48,16] @ models/lib/nn.yaml:79:7
%6073 = assign %6042, %6052 : f32[48,16] @ models/lib/nn.yaml:79:7
%6074 = assign %6043, %6044 : i64[] @ models/lib/nn.yaml:79:7
%6075 = mul %102, %5427 : f32[48,16] @ models/lib/nn.yaml:79:7
%6076 = mul %6070, %5429 : f32[48,16] @ models/lib/nn.yaml:79:7
%6077 = add %6075, %6076 : f32[48,16] @ models/lib/nn.yaml:79:7
%6078 = assign %102, %6077 : f32[48,16] @ models/lib/nn.yaml:79:7
%6079 = all_reduce_sum %4844 : f32[48] @ models/lib/nn.yaml:80:7
%6080 = mul %6079, %6079 : f32[48] @ models/lib/nn.yaml:80:7
%6081 = reduce_sum %6080 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6082 = sqrt %6081 : f32[] @ models/lib/nn.yaml:80:7
%6083 = cast %6082 : f64[] @ models/lib/nn.yaml:80:7
%6084 = add %6083, %5087 : f64[] @ models/lib/nn.yaml:80:7
%6085 = div %5089, %6084 : f64[] @ models/lib/nn.yaml:80:7
%6086 = lt %6085, %5091 : bool[] @ models/lib/nn.yaml:80:7
%6087 = cast %6085 : f32[] @ models/lib/nn.yaml:80:7
%6088 = broadcast %6087 : f32[48] @ models/lib/nn.yaml:80:7
%6089 = mul %6079, %6088 : f32[48] @ models/lib/nn.yaml:80:7
%6090 = broadcast %6086 : bool[48] @ models/lib/nn.yaml:80:7
%6091 = select %6090, %6089, %6079 : f32[48] @ models/lib/nn.yaml:80:7
%6092 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6093 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6094 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6095 = add %6094, %5101 : i64[] @ models/lib/nn.yaml:80:7
%6096 = mul %6091, %5450 : f32[48] @ models/lib/nn.yaml:80:7
%6097 = mul %6092, %5452 : f32[48] @ models/lib/nn.yaml:80:7
%6098 = add %6097, %6096 : f32[48] @ models/lib/nn.yaml:80:7
%6099 = mul %6091, %6091 : f32[48] @ models/lib/nn.yaml:80:7
%6100 = mul %6099, %5456 : f32[48] @ models/lib/nn.yaml:80:7
%6101 = mul %6093, %5458 : f32[48] @ models/lib/nn.yaml:80:7
%6102 = add %6101, %6100 : f32[48] @ models/lib/nn.yaml:80:7
%6103 = cast %6095 : f64[] @ models/lib/nn.yaml:80:7
%6104 = pow %5110, %6103 : f64[] @ models/lib/nn.yaml:80:7
%6105 = sub %5091, %6104 : f64[] @ models/lib/nn.yaml:80:7
%6106 = div %3087, %6105 : f64[] @ models/lib/nn.yaml:80:7
%6107 = pow %5118, %6103 : f64[] @ models/lib/nn.yaml:80:7
%6108 = sub %5091, %6107 : f64[] @ models/lib/nn.yaml:80:7
%6109 = sqrt %6108 : f64[] @ models/lib/nn.yaml:80:7
%6110 = div %5091, %6109 : f64[] @ models/lib/nn.yaml:80:7
%6111 = sqrt %6102 : f32[48] @ models/lib/nn.yaml:80:7
%6112 = cast %6110 : f32[] @ models/lib/nn.yaml:80:7
%6113 = broadcast %6112 : f32[48] @ models/lib/nn.yaml:80:7
%6114 = mul %6111, %6113 : f32[48] @ models/lib/nn.yaml:80:7
%6115 = add %6114, %5473 : f32[48] @ models/lib/nn.yaml:80:7
%6116 = div %6098, %6115 : f32[48] @ models/lib/nn.yaml:80:7
%6117 = cast %6106 : f32[] @ models/lib/nn.yaml:80:7
%6118 = broadcast %6117 : f32[48] @ models/lib/nn.yaml:80:7
%6119 = mul %6116, %6118 : f32[48] @ models/lib/nn.yaml:80:7
%6120 = sub %25, %6119 : f32[48] @ models/lib/nn.yaml:80:7
%6121 = assign %25, %6120 : f32[48] @ models/lib/nn.yaml:80:7
%6122 = assign %6092, %6098 : f32[48] @ models/lib/nn.yaml:80:7
%6123 = assign %6093, %6102 : f32[48] @ models/lib/nn.yaml:80:7
%6124 = assign %6094, %6095 : i64[] @ models/lib/nn.yaml:80:7
%6125 = mul %103, %5484 : f32[48] @ models/lib/nn.yaml:80:7
%6126 = mul %6120, %5486 : f32[48] @ models/lib/nn.yaml:80:7
%6127 = add %6125, %6126 : f32[48] @ models/lib/nn.yaml:80:7
%6128 = assign %103, %6127 : f32[48] @ models/lib/nn.yaml:80:7
%6129 = all_reduce_sum %4775 : f32[16,16] @ models/lib/nn.yaml:79:7
%6130 = reshape %6129 : f32[256] @ models/lib/nn.yaml:79:7
%6131 = mul %6130, %6130 : f32[256] @ models/lib/nn.yaml:79:7
%6132 = reduce_sum %6131 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6133 = sqrt %6132 : f32[] @ models/lib/nn.yaml:79:7
%6134 = cast %6133 : f64[] @ models/lib/nn.yaml:79:7
%6135 = add %6134, %5087 : f64[] @ models/lib/nn.yaml:79:7
%6136 = div %5089, %6135 : f64[] @ models/lib/nn.yaml:79:7
%6137 = lt %6136, %5091 : bool[] @ models/lib/nn.yaml:79:7
%6138 = cast %6136 : f32[] @ models/lib/nn.yaml:79:7
%6139 = broadcast %6138 : f32[16,16] @ models/lib/nn.yaml:79:7
%6140 = mul %6129, %6139 : f32[16,16] @ models/lib/nn.yaml:79:7
%6141 = broadcast %6137 : bool[16,16] @ models/lib/nn.yaml:79:7
%6142 = select %6141, %6140, %6129 : f32[16,16] @ models/lib/nn.yaml:79:7
%6143 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6144 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6145 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6146 = add %6145, %5101 : i64[] @ models/lib/nn.yaml:79:7
%6147 = mul %26, %5508 : f32[16,16] @ models/lib/nn.yaml:79:7
%6148 = mul %6142, %5510 : f32[16,16] @ models/lib/nn.yaml:79:7
%6149 = mul %6143, %5512 : f32[16,16] @ models/lib/nn.yaml:79:7
%6150 = add %6149, %6148 : f32[16,16] @ models/lib/nn.yaml:79:7
%6151 = mul %6142, %6142 : f32[16,16] @ models/lib/nn.yaml:79:7
%6152 = mul %6151, %5516 : f32[16,16] @ models/lib/nn.yaml:79:7
%6153 = mul %6144, %5518 : f32[16,16] @ models/lib/nn.yaml:79:7
%6154 = add %6153, %6152 : f32[16,16] @ models/lib/nn.yaml:79:7
%6155 = cast %6146 : f64[] @ models/lib/nn.yaml:79:7
%6156 = pow %5110, %6155 : f64[] @ models/lib/nn.yaml:79:7
%6157 = sub %5091, %6156 : f64[] @ models/lib/nn.yaml:79:7
%6158 = div %3087, %6157 : f64[] @ models/lib/nn.yaml:79:7
%6159 = pow %5118, %6155 : f64[] @ models/lib/nn.yaml:79:7
%6160 = sub %5091, %6159 : f64[] @ models/lib/nn.yaml:79:7
%6161 = sqrt %6160 : f64[] @ models/lib/nn.yaml:79:7
%6162 = div %5091, %6161 : f64[] @ models/lib/nn.yaml:79:7
%6163 = sqrt %6154 : f32[16,16] @ models/lib/nn.yaml:79:7
%6164 = cast %6162 : f32[] @ models/lib/nn.yaml:79:7
%6165 = broadcast %6164 : f32[16,16] @ models/lib/nn.yaml:79:7
%6166 = mul %6163, %6165 : f32[16,16] @ models/lib/nn.yaml:79:7
%6167 = add %6166, %5533 : f32[16,16] @ models/lib/nn.yaml:79:7
%6168 = div %6150, %6167 : f32[16,16] @ models/lib/nn.yaml:79:7
%6169 = cast %6158 : f32[] @ models/lib/nn.yaml:79:7
%6170 = broadcast %6169 : f32[16,16] @ models/lib/nn.yaml:79:7
%6171 = mul %6168, %6170 : f32[16,16] @ models/lib/nn.yaml:79:7
%6172 = sub %6147, %6171 : f32[16,16] @ models/lib/nn.yaml:79:7
%6173 = assign %26, %6172 : f32[16,16] @ models/lib/nn.yaml:79:7
%6174 = assign %6143, %6150 : f32[16,16] @ models/lib/nn.yaml:79:7
%6175 = assign %6144, %6154 : f32[16,16] @ models/lib/nn.yaml:79:7
%6176 = assign %6145, %6146 : i64[] @ models/lib/nn.yaml:79:7
%6177 = mul %104, %5544 : f32[16,16] @ models/lib/nn.yaml:79:7
%6178 = mul %6172, %5546 : f32[16,16] @ models/lib/nn.yaml:79:7
%6179 = add %6177, %6178 : f32[16,16] @ models/lib/nn.yaml:79:7
%6180 = assign %104, %6179 : f32[16,16] @ models/lib/nn.yaml:79:7
%6181 = all_reduce_sum %4767 : f32[16] @ models/lib/nn.yaml:80:7
%6182 = mul %6181, %6181 : f32[16] @ models/lib/nn.yaml:80:7
%6183 = reduce_sum %6182 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6184 = sqrt %6183 : f32[] @ models/lib/nn.yaml:80:7
%6185 = cast %6184 : f64[] @ models/lib/nn.yaml:80:7
%6186 = add %6185, %5087 : f64[] @ models/lib/nn.yaml:80:7
%6187 = div %5089, %6186 : f64[] @ models/lib/nn.yaml:80:7
%6188 = lt %6187, %5091 : bool[] @ models/lib/nn.yaml:80:7
%6189 = cast %6187 : f32[] @ models/lib/nn.yaml:80:7
%6190 = broadcast %6189 : f32[16] @ models/lib/nn.yaml:80:7
%6191 = mul %6181, %6190 : f32[16] @ models/lib/nn.yaml:80:7
%6192 = broadcast %6188 : bool[16] @ models/lib/nn.yaml:80:7
%6193 = select %6192, %6191, %6181 : f32[16] @ models/lib/nn.yaml:80:7
%6194 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6195 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6196 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6197 = add %6196, %5101 : i64[] @ models/lib/nn.yaml:80:7
%6198 = mul %6193, %5233 : f32[16] @ models/lib/nn.yaml:80:7
%6199 = mul %6194, %5235 : f32[16] @ models/lib/nn.yaml:80:7
%6200 = add %6199, %6198 : f32[16] @ models/lib/nn.yaml:80:7
%6201 = mul %6193, %6193 : f32[16] @ models/lib/nn.yaml:80:7
%6202 = mul %6201, %5239 : f32[16] @ models/lib/nn.yaml:80:7
%6203 = mul %6195, %5241 : f32[16] @ models/lib/nn.yaml:80:7
%6204 = add %6203, %6202 : f32[16] @ models/lib/nn.yaml:80:7
%6205 = cast %6197 : f64[] @ models/lib/nn.yaml:80:7
%6206 = pow %5110, %6205 : f64[] @ models/lib/nn.yaml:80:7
%6207 = sub %5091, %6206 : f64[] @ models/lib/nn.yaml:80:7
%6208 = div %3087, %6207 : f64[] @ models/lib/nn.yaml:80:7
%6209 = pow %5118, %6205 : f64[] @ models/lib/nn.yaml:80:7
%6210 = sub %5091, %6209 : f64[] @ models/lib/nn.yaml:80:7
%6211 = sqrt %6210 : f64[] @ models/lib/nn.yaml:80:7
%6212 = div %5091, %6211 : f64[] @ models/lib/nn.yaml:80:7
%6213 = sqrt %6204 : f32[16] @ models/lib/nn.yaml:80:7
%6214 = cast %6212 : f32[] @ models/lib/nn.yaml:80:7
%6215 = broadcast %6214 : f32[16] @ models/lib/nn.yaml:80:7
%6216 = mul %6213, %6215 : f32[16] @ models/lib/nn.yaml:80:7
%6217 = add %6216, %5256 : f32[16] @ models/lib/nn.yaml:80:7
%6218 = div %6200, %6217 : f32[16] @ models/lib/nn.yaml:80:7
%6219 = cast %6208 : f32[] @ models/lib/nn.yaml:80:7
%6220 = broadcast %6219 : f32[16] @ models/lib/nn.yaml:80:7
%6221 = mul %6218, %6220 : f32[16] @ models/lib/nn.yaml:80:7
%6222 = sub %27, %6221 : f32[16] @ models/lib/nn.yaml:80:7
%6223 = assign %27, %6222 : f32[16] @ models/lib/nn.yaml:80:7
%6224 = assign %6194, %6200 : f32[16] @ models/lib/nn.yaml:80:7
%6225 = assign %6195, %6204 : f32[16] @ models/lib/nn.yaml:80:7
%6226 = assign %6196, %6197 : i64[] @ models/lib/nn.yaml:80:7
%6227 = mul %105, %5267 : f32[16] @ models/lib/nn.yaml:80:7
%6228 = mul %6222, %5269 : f32[16] @ models/lib/nn.yaml:80:7
%6229 = add %6227, %6228 : f32[16] @ models/lib/nn.yaml:80:7
%6230 = assign %105, %6229 : f32[16] @ models/lib/nn.yaml:80:7
%6231 = all_reduce_sum %4741 : f32[16] @ models/lib/nn.yaml:89:7
%6232 = mul %6231, %6231 : f32[16] @ models/lib/nn.yaml:89:7
%6233 = reduce_sum %6232 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6234 = sqrt %6233 : f32[] @ models/lib/nn.yaml:89:7
%6235 = cast %6234 : f64[] @ models/lib/nn.yaml:89:7
%6236 = add %6235, %5087 : f64[] @ models/lib/nn.yaml:89:7
%6237 = div %5089, %6236 : f64[] @ models/lib/nn.yaml:89:7
%6238 = lt %6237, %5091 : bool[] @ models/lib/nn.yaml:89:7
%6239 = cast %6237 : f32[] @ models/lib/nn.yaml:89:7
%6240 = broadcast %6239 : f32[16] @ models/lib/nn.yaml:89:7
%6241 = mul %6231, %6240 : f32[16] @ models/lib/nn.yaml:89:7
%6242 = broadcast %6238 : bool[16] @ models/lib/nn.yaml:89:7
%6243 = select %6242, %6241, %6231 : f32[16] @ models/lib/nn.yaml:89:7
%6244 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6245 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6246 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6247 = add %6246, %5101 : i64[] @ models/lib/nn.yaml:89:7
%6248 = mul %6243, %5233 : f32[16] @ models/lib/nn.yaml:89:7
%6249 = mul %6244, %5235 : f32[16] @ models/lib/nn.yaml:89:7
%6250 = add %6249, %6248 : f32[16] @ models/lib/nn.yaml:89:7
%6251 = mul %6243, %6243 : f32[16] @ models/lib/nn.yaml:89:7
%6252 = mul %6251, %5239 : f32[16] @ models/lib/nn.yaml:89:7
%6253 = mul %6245, %5241 : f32[16] @ models/lib/nn.yaml:89:7
%6254 = add %6253, %6252 : f32[16] @ models/lib/nn.yaml:89:7
%6255 = cast %6247 : f64[] @ models/lib/nn.yaml:89:7
%6256 = pow %5110, %6255 : f64[] @ models/lib/nn.yaml:89:7
%6257 = sub %5091, %6256 : f64[] @ models/lib/nn.yaml:89:7
%6258 = div %3087, %6257 : f64[] @ models/lib/nn.yaml:89:7
%6259 = pow %5118, %6255 : f64[] @ models/lib/nn.yaml:89:7
%6260 = sub %5091, %6259 : f64[] @ models/lib/nn.yaml:89:7
%6261 = sqrt %6260 : f64[] @ models/lib/nn.yaml:89:7
%6262 = div %5091, %6261 : f64[] @ models/lib/nn.yaml:89:7
%6263 = sqrt %6254 : f32[16] @ models/lib/nn.yaml:89:7
%6264 = cast %6262 : f32[] @ models/lib/nn.yaml:89:7
%6265 = broadcast %6264 : f32[16] @ models/lib/nn.yaml:89:7
%6266 = mul %6263, %6265 : f32[16] @ models/lib/nn.yaml:89:7
%6267 = add %6266, %5256 : f32[16] @ models/lib/nn.yaml:89:7
%6268 = div %6250, %6267 : f32[16] @ models/lib/nn.yaml:89:7
%6269 = cast %6258 : f32[] @ models/lib/nn.yaml:89:7
%6270 = broadcast %6269 : f32[16] @ models/lib/nn.yaml:89:7
%6271 = mul %6268, %6270 : f32[16] @ models/lib/nn.yaml:89:7
%6272 = sub %28, %6271 : f32[16] @ models/lib/nn.yaml:89:7
%6273 = assign %28, %6272 : f32[16] @ models/lib/nn.yaml:89:7
%6274 = assign %6244, %6250 : f32[16] @ models/lib/nn.yaml:89:7
%6275 = assign %6245, %6254 : f32[16] @ models/lib/nn.yaml:89:7
%6276 = assign %6246, %6247 : i64[] @ models/lib/nn.yaml:89:7
%6277 = mul %106, %5267 : f32[16] @ models/lib/nn.yaml:89:7
%6278 = mul %6272, %5269 : f32[16] @ models/lib/nn.yaml:89:7
%6279 = add %6277, %6278 : f32[16] @ models/lib/nn.yaml:89:7
%6280 = assign %106, %6279 : f32[16] @ models/lib/nn.yaml:89:7
%6281 = all_reduce_sum %4736 : f32[16] @ models/lib/nn.yaml:90:7
%6282 = mul %6281, %6281 : f32[16] @ models/lib/nn.yaml:90:7
%6283 = reduce_sum %6282 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6284 = sqrt %6283 : f32[] @ models/lib/nn.yaml:90:7
%6285 = cast %6284 : f64[] @ models/lib/nn.yaml:90:7
%6286 = add %6285, %5087 : f64[] @ models/lib/nn.yaml:90:7
%6287 = div %5089, %6286 : f64[] @ models/lib/nn.yaml:90:7
%6288 = lt %6287, %5091 : bool[] @ models/lib/nn.yaml:90:7
%6289 = cast %6287 : f32[] @ models/lib/nn.yaml:90:7
%6290 = broadcast %6289 : f32[16] @ models/lib/nn.yaml:90:7
%6291 = mul %6281, %6290 : f32[16] @ models/lib/nn.yaml:90:7
%6292 = broadcast %6288 : bool[16] @ models/lib/nn.yaml:90:7
%6293 = select %6292, %6291, %6281 : f32[16] @ models/lib/nn.yaml:90:7
%6294 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6295 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6296 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6297 = add %6296, %5101 : i64[] @ models/lib/nn.yaml:90:7
%6298 = mul %6293, %5233 : f32[16] @ models/lib/nn.yaml:90:7
%6299 = mul %6294, %5235 : f32[16] @ models/lib/nn.yaml:90:7
%6300 = add %6299, %6298 : f32[16] @ models/lib/nn.yaml:90:7
%6301 = mul %6293, %6293 : f32[16] @ models/lib/nn.yaml:90:7
%6302 = mul %6301, %5239 : f32[16] @ models/lib/nn.yaml:90:7
%6303 = mul %6295, %5241 : f32[16] @ models/lib/nn.yaml:90:7
%6304 = add %6303, %6302 : f32[16] @ models/lib/nn.yaml:90:7
%6305 = cast %6297 : f64[] @ models/lib/nn.yaml:90:7
%6306 = pow %5110, %6305 : f64[] @ models/lib/nn.yaml:90:7
%6307 = sub %5091, %6306 : f64[] @ models/lib/nn.yaml:90:7
%6308 = div %3087, %6307 : f64[] @ models/lib/nn.yaml:90:7
%6309 = pow %5118, %6305 : f64[] @ models/lib/nn.yaml:90:7
%6310 = sub %5091, %6309 : f64[] @ models/lib/nn.yaml:90:7
%6311 = sqrt %6310 : f64[] @ models/lib/nn.yaml:90:7
%6312 = div %5091, %6311 : f64[] @ models/lib/nn.yaml:90:7
%6313 = sqrt %6304 : f32[16] @ models/lib/nn.yaml:90:7
%6314 = cast %6312 : f32[] @ models/lib/nn.yaml:90:7
%6315 = broadcast %6314 : f32[16] @ models/lib/nn.yaml:90:7
%6316 = mul %6313, %6315 : f32[16] @ models/lib/nn.yaml:90:7
%6317 = add %6316, %5256 : f32[16] @ models/lib/nn.yaml:90:7
%6318 = div %6300, %6317 : f32[16] @ models/lib/nn.yaml:90:7
%6319 = cast %6308 : f32[] @ models/lib/nn.yaml:90:7
%6320 = broadcast %6319 : f32[16] @ models/lib/nn.yaml:90:7
%6321 = mul %6318, %6320 : f32[16] @ models/lib/nn.yaml:90:7
%6322 = sub %29, %6321 : f32[16] @ models/lib/nn.yaml:90:7
%6323 = assign %29, %6322 : f32[16] @ models/lib/nn.yaml:90:7
%6324 = assign %6294, %6300 : f32[16] @ models/lib/nn.yaml:90:7
%6325 = assign %6295, %6304 : f32[16] @ models/lib/nn.yaml:90:7
%6326 = assign %6296, %6297 : i64[] @ models/lib/nn.yaml:90:7
%6327 = mul %107, %5267 : f32[16] @ models/lib/nn.yaml:90:7
%6328 = mul %6322, %5269 : f32[16] @ models/lib/nn.yaml:90:7
%6329 = add %6327, %6328 : f32[16] @ models/lib/nn.yaml:90:7
%6330 = assign %107, %6329 : f32[16] @ models/lib/nn.yaml:90:7
%6331 = all_reduce_sum %4730 : f32[64,16] @ models/lib/nn.yaml:79:7
%6332 = reshape %6331 : f32[1024] @ models/lib/nn.yaml:79:7
%6333 = mul %6332, %6332 : f32[1024] @ models/lib/nn.yaml:79:7
%6334 = reduce_sum %6333 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6335 = sqrt %6334 : f32[] @ models/lib/nn.yaml:79:7
%6336 = cast %6335 : f64[] @ models/lib/nn.yaml:79:7
%6337 = add %6336, %5087 : f64[] @ models/lib/nn.yaml:79:7
%6338 = div %5089, %6337 : f64[] @ models/lib/nn.yaml:79:7
%6339 = lt %6338, %5091 : bool[] @ models/lib/nn.yaml:79:7
%6340 = cast %6338 : f32[] @ models/lib/nn.yaml:79:7
%6341 = broadcast %6340 : f32[64,16] @ models/lib/nn.yaml:79:7
%6342 = mul %6331, %6341 : f32[64,16] @ models/lib/nn.yaml:79:7
%6343 = broadcast %6339 : bool[64,16] @ models/lib/nn.yaml:79:7
%6344 = select %6343, %6342, %6331 : f32[64,16] @ models/lib/nn.yaml:79:7
%6345 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6346 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6347 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6348 = add %6347, %5101 : i64[] @ models/lib/nn.yaml:79:7
%6349 = mul %30, %5718 : f32[64,16] @ models/lib/nn.yaml:79:7
%6350 = mul %6344, %5720 : f32[64,16] @ models/lib/nn.yaml:79:7
%6351 = mul %6345, %5722 : f32[64,16] @ models/lib/nn.yaml:79:7
%6352 = add %6351, %6350 : f32[64,16] @ models/lib/nn.yaml:79:7
%6353 = mul %6344, %6344 : f32[64,16] @ models/lib/nn.yaml:79:7
%6354 = mul %6353, %5726 : f32[64,16] @ models/lib/nn.yaml:79:7
%6355 = mul %6346, %5728 : f32[64,16] @ models/lib/nn.yaml:79:7
%6356 = add %6355, %6354 : f32[64,16] @ models/lib/nn.yaml:79:7
%6357 = cast %6348 : f64[] @ models/lib/nn.yaml:79:7
%6358 = pow %5110, %6357 : f64[] @ models/lib/nn.yaml:79:7
%6359 = sub %5091, %6358 : f64[] @ models/lib/nn.yaml:79:7
%6360 = div %3087, %6359 : f64[] @ models/lib/nn.yaml:79:7
%6361 = pow %5118, %6357 : f64[] @ models/lib/nn.yaml:79:7
%6362 = sub %5091, %6361 : f64[] @ models/lib/nn.yaml:79:7
%6363 = sqrt %6362 : f64[] @ models/lib/nn.yaml:79:7
%6364 = div %5091, %6363 : f64[] @ models/lib/nn.yaml:79:7
%6365 = sqrt %6356 : f32[64,16] @ models/lib/nn.yaml:79:7
%6366 = cast %6364 : f32[] @ models/lib/nn.yaml:79:7
%6367 = broadcast %6366 : f32[64,16] @ models/lib/nn.yaml:79:7
%6368 = mul %6365, %6367 : f32[64,16] @ models/lib/nn.yaml:79:7
%6369 = add %6368, %5743 : f32[64,16] @ models/lib/nn.yaml:79:7
%6370 = div %6352, %6369 : f32[64,16] @ models/lib/nn.yaml:79:7
%6371 = cast %6360 : f32[] @ models/lib/nn.yaml:79:7
%6372 = broadcast %6371 : f32[64,16] @ models/lib/nn.yaml:79:7
%6373 = mul %6370, %6372 : f32[64,16] @ models/lib/nn.yaml:79:7
%6374 = sub %6349, %6373 : f32[64,16] @ models/lib/nn.yaml:79:7
%6375 = assign %30, %6374 : f32[64,16] @ models/lib/nn.yaml:79:7
%6376 = assign %6345, %6352 : f32[64,16] @ models/lib/nn.yaml:79:7
%6377 = assign %6346, %6356 : f32[64,16] @ models/lib/nn.yaml:79:7
%6378 = assign %6347, %6348 : i64[] @ models/lib/nn.yaml:79:7
%6379 = mul %108, %5754 : f32[64,16] @ models/lib/nn.yaml:79:7
%6380 = mul %6374, %5756 : f32[64,16] @ models/lib/nn.yaml:79:7
%6381 = add %6379, %6380 : f32[64,16] @ models/lib/nn.yaml:79:7
%6382 = assign %108, %6381 : f32[64,16] @ models/lib/nn.yaml:79:7
%6383 = all_reduce_sum %4722 : f32[64] @ models/lib/nn.yaml:80:7
%6384 = mul %6383, %6383 : f32[64] @ models/lib/nn.yaml:80:7
%6385 = reduce_sum %6384 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6386 = sqrt %6385 : f32[] @ models/lib/nn.yaml:80:7
%6387 = cast %6386 : f64[] @ models/lib/nn.yaml:80:7
%6388 = add %6387, %5087 : f64[] @ models/lib/nn.yaml:80:7
%6389 = div %5089, %6388 : f64[] @ models/lib/nn.yaml:80:7
%6390 = lt %6389, %5091 : bool[] @ models/lib/nn.yaml:80:7
%6391 = cast %6389 : f32[] @ models/lib/nn.yaml:80:7
%6392 = broadcast %6391 : f32[64] @ models/lib/nn.yaml:80:7
%6393 = mul %6383, %6392 : f32[64] @ models/lib/nn.yaml:80:7
%6394 = broadcast %6390 : bool[64] @ models/lib/nn.yaml:80:7
%6395 = select %6394, %6393, %6383 : f32[64] @ models/lib/nn.yaml:80:7
%6396 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6397 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6398 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6399 = add %6398, %5101 : i64[] @ models/lib/nn.yaml:80:7
%6400 = mul %6395, %5777 : f32[64] @ models/lib/nn.yaml:80:7
%6401 = mul %6396, %5779 : f32[64] @ models/lib/nn.yaml:80:7
%6402 = add %6401, %6400 : f32[64] @ models/lib/nn.yaml:80:7
%6403 = mul %6395, %6395 : f32[64] @ models/lib/nn.yaml:80:7
%6404 = mul %6403, %5783 : f32[64] @ models/lib/nn.yaml:80:7
%6405 = mul %6397, %5785 : f32[64] @ models/lib/nn.yaml:80:7
%6406 = add %6405, %6404 : f32[64] @ models/lib/nn.yaml:80:7
%6407 = cast %6399 : f64[] @ models/lib/nn.yaml:80:7
%6408 = pow %5110, %6407 : f64[] @ models/lib/nn.yaml:80:7
%6409 = sub %5091, %6408 : f64[] @ models/lib/nn.yaml:80:7
%6410 = div %3087, %6409 : f64[] @ models/lib/nn.yaml:80:7
%6411 = pow %5118, %6407 : f64[] @ models/lib/nn.yaml:80:7
%6412 = sub %5091, %6411 : f64[] @ models/lib/nn.yaml:80:7
%6413 = sqrt %6412 : f64[] @ models/lib/nn.yaml:80:7
%6414 = div %5091, %6413 : f64[] @ models/lib/nn.yaml:80:7
%6415 = sqrt %6406 : f32[64] @ models/lib/nn.yaml:80:7
%6416 = cast %6414 : f32[] @ models/lib/nn.yaml:80:7
%6417 = broadcast %6416 : f32[64] @ models/lib/nn.yaml:80:7
%6418 = mul %6415, %6417 : f32[64] @ models/lib/nn.yaml:80:7
%6419 = add %6418, %5800 : f32[64] @ models/lib/nn.yaml:80:7
%6420 = div %6402, %6419 : f32[64] @ models/lib/nn.yaml:80:7
%6421 = cast %6410 : f32[] @ models/lib/nn.yaml:80:7
%6422 = broadcast %6421 : f32[64] @ models/lib/nn.yaml:80:7
%6423 = mul %6420, %6422 : f32[64] @ models/lib/nn.yaml:80:7
%6424 = sub %31, %6423 : f32[64] @ models/lib/nn.yaml:80:7
%6425 = assign %31, %6424 : f32[64] @ models/lib/nn.yaml:80:7
%6426 = assign %6396, %6402 : f32[64] @ models/lib/nn.yaml:80:7
%6427 = assign %6397, %6406 : f32[64] @ models/lib/nn.yaml:80:7
%6428 = assign %6398, %6399 : i64[] @ models/lib/nn.yaml:80:7
%6429 = mul %109, %5811 : f32[64] @ models/lib/nn.yaml:80:7
%6430 = mul %6424, %5813 : f32[64] @ models/lib/nn.yaml:80:7
%6431 = add %6429, %6430 : f32[64] @ models/lib/nn.yaml:80:7
%6432 = assign %109, %6431 : f32[64] @ models/lib/nn.yaml:80:7
%6433 = all_reduce_sum %4705 : f32[16,64] @ models/lib/nn.yaml:79:7
%6434 = reshape %6433 : f32[1024] @ models/lib/nn.yaml:79:7
%6435 = mul %6434, %6434 : f32[1024] @ models/lib/nn.yaml:79:7
%6436 = reduce_sum %6435 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6437 = sqrt %6436 : f32[] @ models/lib/nn.yaml:79:7
%6438 = cast %6437 : f64[] @ models/lib/nn.yaml:79:7
%6439 = add %6438, %5087 : f64[] @ models/lib/nn.yaml:79:7
%6440 = div %5089, %6439 : f64[] @ models/lib/nn.yaml:79:7
%6441 = lt %6440, %5091 : bool[] @ models/lib/nn.yaml:79:7
%6442 = cast %6440 : f32[] @ models/lib/nn.yaml:79:7
%6443 = broadcast %6442 : f32[16,64] @ models/lib/nn.yaml:79:7
%6444 = mul %6433, %6443 : f32[16,64] @ models/lib/nn.yaml:79:7
%6445 = broadcast %6441 : bool[16,64] @ models/lib/nn.yaml:79:7
%6446 = select %6445, %6444, %6433 : f32[16,64] @ models/lib/nn.yaml:79:7
%6447 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6448 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6449 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6450 = add %6449, %5101 : i64[] @ models/lib/nn.yaml:79:7
%6451 = mul %32, %5835 : f32[16,64] @ models/lib/nn.yaml:79:7
%6452 = mul %6446, %5837 : f32[16,64] @ models/lib/nn.yaml:79:7
%6453 = mul %6447, %5839 : f32[16,64] @ models/lib/nn.yaml:79:7
%6454 = add %6453, %6452 : f32[16,64] @ models/lib/nn.yaml:79:7
%6455 = mul %6446, %6446 : f32[16,64] @ models/lib/nn.yaml:79:7
%6456 = mul %6455, %5843 : f32[16,64] @ models/lib/nn.yaml:79:7
%6457 = mul %6448, %5845 : f32[16,64] @ models/lib/nn.yaml:79:7
%6458 = add %6457, %6456 : f32[16,64] @ models/lib/nn.yaml:79:7
%6459 = cast %6450 : f64[] @ models/lib/nn.yaml:79:7
%6460 = pow %5110, %6459 : f64[] @ models/lib/nn.yaml:79:7
%6461 = sub %5091, %6460 : f64[] @ models/lib/nn.yaml:79:7
%6462 = div %3087, %6461 : f64[] @ models/lib/nn.yaml:79:7
%6463 = pow %5118, %6459 : f64[] @ models/lib/nn.yaml:79:7
%6464 = sub %5091, %6463 : f64[] @ models/lib/nn.yaml:79:7
%6465 = sqrt %6464 : f64[] @ models/lib/nn.yaml:79:7
%6466 = div %5091, %6465 : f64[] @ models/lib/nn.yaml:79:7
%6467 = sqrt %6458 : f32[16,64] @ models/lib/nn.yaml:79:7
%6468 = cast %6466 : f32[] @ models/lib/nn.yaml:79:7
%6469 = broadcast %6468 : f32[16,64] @ models/lib/nn.yaml:79:7
%6470 = mul %6467, %6469 : f32[16,64] @ models/lib/nn.yaml:79:7
%6471 = add %6470, %5860 : f32[16,64] @ models/lib/nn.yaml:79:7
%6472 = div %6454, %6471 : f32[16,64] @ models/lib/nn.yaml:79:7
%6473 = cast %6462 : f32[] @ models/lib/nn.yaml:79:7
%6474 = broadcast %6473 : f32[16,64] @ models/lib/nn.yaml:79:7
%6475 = mul %6472, %6474 : f32[16,64] @ models/lib/nn.yaml:79:7
%6476 = sub %6451, %6475 : f32[16,64] @ models/lib/nn.yaml:79:7
%6477 = assign %32, %6476 : f32[16,64] @ models/lib/nn.yaml:79:7
%6478 = assign %6447, %6454 : f32[16,64] @ models/lib/nn.yaml:79:7
%6479 = assign %6448, %6458 : f32[16,64] @ models/lib/nn.yaml:79:7
%6480 = assign %6449, %6450 : i64[] @ models/lib/nn.yaml:79:7
%6481 = mul %110, %5871 : f32[16,64] @ models/lib/nn.yaml:79:7
%6482 = mul %6476, %5873 : f32[16,64] @ models/lib/nn.yaml:79:7
%6483 = add %6481, %6482 : f32[16,64] @ models/lib/nn.yaml:79:7
%6484 = assign %110, %6483 : f32[16,64] @ models/lib/nn.yaml:79:7
%6485 = all_reduce_sum %4697 : f32[16] @ models/lib/nn.yaml:80:7
%6486 = mul %6485, %6485 : f32[16] @ models/lib/nn.yaml:80:7
%6487 = reduce_sum %6486 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6488 = sqrt %6487 : f32[] @ models/lib/nn.yaml:80:7
%6489 = cast %6488 : f64[] @ models/lib/nn.yaml:80:7
%6490 = add %6489, %5087 : f64[] @ models/lib/nn.yaml:80:7
%6491 = div %5089, %6490 : f64[] @ models/lib/nn.yaml:80:7
%6492 = lt %6491, %5091 : bool[] @ models/lib/nn.yaml:80:7
%6493 = cast %6491 : f32[] @ models/lib/nn.yaml:80:7
%6494 = broadcast %6493 : f32[16] @ models/lib/nn.yaml:80:7
%6495 = mul %6485, %6494 : f32[16] @ models/lib/nn.yaml:80:7
%6496 = broadcast %6492 : bool[16] @ models/lib/nn.yaml:80:7
%6497 = select %6496, %6495, %6485 : f32[16] @ models/lib/nn.yaml:80:7
%6498 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6499 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6500 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6501 = add %6500, %5101 : i64[] @ models/lib/nn.yaml:80:7
%6502 = mul %6497, %5233 : f32[16] @ models/lib/nn.yaml:80:7
%6503 = mul %6498, %5235 : f32[16] @ models/lib/nn.yaml:80:7
%6504 = add %6503, %6502 : f32[16] @ models/lib/nn.yaml:80:7
%6505 = mul %6497, %6497 : f32[16] @ models/lib/nn.yaml:80:7
%6506 = mul %6505, %5239 : f32[16] @ models/lib/nn.yaml:80:7
%6507 = mul %6499, %5241 : f32[16] @ models/lib/nn.yaml:80:7
%6508 = add %6507, %6506 : f32[16] @ models/lib/nn.yaml:80:7
%6509 = cast %6501 : f64[] @ models/lib/nn.yaml:80:7
%6510 = pow %5110, %6509 : f64[] @ models/lib/nn.yaml:80:7
%6511 = sub %5091, %6510 : f64[] @ models/lib/nn.yaml:80:7
%6512 = div %3087, %6511 : f64[] @ models/lib/nn.yaml:80:7
%6513 = pow %5118, %6509 : f64[] @ models/lib/nn.yaml:80:7
%6514 = sub %5091, %6513 : f64[] @ models/lib/nn.yaml:80:7
%6515 = sqrt %6514 : f64[] @ models/lib/nn.yaml:80:7
%6516 = div %5091, %6515 : f64[] @ models/lib/nn.yaml:80:7
%6517 = sqrt %6508 : f32[16] @ models/lib/nn.yaml:80:7
%6518 = cast %6516 : f32[] @ models/lib/nn.yaml:80:7
%6519 = broadcast %6518 : f32[16] @ models/lib/nn.yaml:80:7
%6520 = mul %6517, %6519 : f32[16] @ models/lib/nn.yaml:80:7
%6521 = add %6520, %5256 : f32[16] @ models/lib/nn.yaml:80:7
%6522 = div %6504, %6521 : f32[16] @ models/lib/nn.yaml:80:7
%6523 = cast %6512 : f32[] @ models/lib/nn.yaml:80:7
%6524 = broadcast %6523 : f32[16] @ models/lib/nn.yaml:80:7
%6525 = mul %6522, %6524 : f32[16] @ models/lib/nn.yaml:80:7
%6526 = sub %33, %6525 : f32[16] @ models/lib/nn.yaml:80:7
%6527 = assign %33, %6526 : f32[16] @ models/lib/nn.yaml:80:7
%6528 = assign %6498, %6504 : f32[16] @ models/lib/nn.yaml:80:7
%6529 = assign %6499, %6508 : f32[16] @ models/lib/nn.yaml:80:7
%6530 = assign %6500, %6501 : i64[] @ models/lib/nn.yaml:80:7
%6531 = mul %111, %5267 : f32[16] @ models/lib/nn.yaml:80:7
%6532 = mul %6526, %5269 : f32[16] @ models/lib/nn.yaml:80:7
%6533 = add %6531, %6532 : f32[16] @ models/lib/nn.yaml:80:7
%6534 = assign %111, %6533 : f32[16] @ models/lib/nn.yaml:80:7
%6535 = all_reduce_sum %4690 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6536 = reshape %6535 : f32[16] @ models/lib/vit.yaml:103:7
%6537 = mul %6536, %6536 : f32[16] @ models/lib/vit.yaml:103:7
%6538 = reduce_sum %6537 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%6539 = sqrt %6538 : f32[] @ models/lib/vit.yaml:103:7
%6540 = cast %6539 : f64[] @ models/lib/vit.yaml:103:7
%6541 = add %6540, %5087 : f64[] @ models/lib/vit.yaml:103:7
%6542 = div %5089, %6541 : f64[] @ models/lib/vit.yaml:103:7
%6543 = lt %6542, %5091 : bool[] @ models/lib/vit.yaml:103:7
%6544 = cast %6542 : f32[] @ models/lib/vit.yaml:103:7
%6545 = broadcast %6544 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6546 = mul %6535, %6545 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6547 = broadcast %6543 : bool[1,1,16] @ models/lib/vit.yaml:103:7
%6548 = select %6547, %6546, %6535 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6549 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6550 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6551 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%6552 = add %6551, %5101 : i64[] @ models/lib/vit.yaml:103:7
%6553 = broadcast %5105 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6554 = mul %34, %6553 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6555 = broadcast %2843 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6556 = mul %6548, %6555 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6557 = broadcast %1916 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6558 = mul %6549, %6557 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6559 = add %6558, %6556 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6560 = mul %6548, %6548 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6561 = broadcast %5115 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6562 = mul %6560, %6561 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6563 = broadcast %5119 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6564 = mul %6550, %6563 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6565 = add %6564, %6562 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6566 = cast %6552 : f64[] @ models/lib/vit.yaml:103:7
%6567 = pow %5110, %6566 : f64[] @ models/lib/vit.yaml:103:7
%6568 = sub %5091, %6567 : f64[] @ models/lib/vit.yaml:103:7
%6569 = div %3087, %6568 : f64[] @ models/lib/vit.yaml:103:7
%6570 = pow %5118, %6566 : f64[] @ models/lib/vit.yaml:103:7
%6571 = sub %5091, %6570 : f64[] @ models/lib/vit.yaml:103:7
%6572 = sqrt %6571 : f64[] @ models/lib/vit.yaml:103:7
%6573 = div %5091, %6572 : f64[] @ models/lib/vit.yaml:103:7
%6574 = sqrt %6565 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6575 = cast %6573 : f32[] @ models/lib/vit.yaml:103:7
%6576 = broadcast %6575 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6577 = mul %6574, %6576 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6578 = broadcast %5135 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6579 = add %6577, %6578 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6580 = div %6559, %6579 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6581 = cast %6569 : f32[] @ models/lib/vit.yaml:103:7
%6582 = broadcast %6581 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6583 = mul %6580, %6582 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6584 = sub %6554, %6583 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6585 = assign %34, %6584 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6586 = assign %6549, %6559 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6587 = assign %6550, %6565 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6588 = assign %6551, %6552 : i64[] @ models/lib/vit.yaml:103:7
%6589 = broadcast %5147 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6590 = mul %112, %6589 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6591 = broadcast %5151 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6592 = mul %6584, %6591 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6593 = add %6590, %6592 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6594 = assign %112, %6593 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6595 = all_reduce_sum %4667 : f32[16] @ models/lib/nn.yaml:89:7
%6596 = mul %6595, %6595 : f32[16] @ models/lib/nn.yaml:89:7
%6597 = reduce_sum %6596 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6598 = sqrt %6597 : f32[] @ models/lib/nn.yaml:89:7
%6599 = cast %6598 : f64[] @ models/lib/nn.yaml:89:7
%6600 = add %6599, %5087 : f64[] @ models/lib/nn.yaml:89:7
%6601 = div %5089, %6600 : f64[] @ models/lib/nn.yaml:89:7
%6602 = lt %6601, %5091 : bool[] @ models/lib/nn.yaml:89:7
%6603 = cast %6601 : f32[] @ models/lib/nn.yaml:89:7
%6604 = broadcast %6603 : f32[16] @ models/lib/nn.yaml:89:7
%6605 = mul %6595, %6604 : f32[16] @ models/lib/nn.yaml:89:7
%6606 = broadcast %6602 : bool[16] @ models/lib/nn.yaml:89:7
%6607 = select %6606, %6605, %6595 : f32[16] @ models/lib/nn.yaml:89:7
%6608 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6609 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6610 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6611 = add %6610, %5101 : i64[] @ models/lib/nn.yaml:89:7
%6612 = mul %6607, %5233 : f32[16] @ models/lib/nn.yaml:89:7
%6613 = mul %6608, %5235 : f32[16] @ models/lib/nn.yaml:89:7
%6614 = add %6613, %6612 : f32[16] @ models/lib/nn.yaml:89:7
%6615 = mul %6607, %6607 : f32[16] @ models/lib/nn.yaml:89:7
%6616 = mul %6615, %5239 : f32[16] @ models/lib/nn.yaml:89:7
%6617 = mul %6609, %5241 : f32[16] @ models/lib/nn.yaml:89:7
%6618 = add %6617, %6616 : f32[16] @ models/lib/nn.yaml:89:7
%6619 = cast %6611 : f64[] @ models/lib/nn.yaml:89:7
%6620 = pow %5110, %6619 : f64[] @ models/lib/nn.yaml:89:7
%6621 = sub %5091, %6620 : f64[] @ models/lib/nn.yaml:89:7
%6622 = div %3087, %6621 : f64[] @ models/lib/nn.yaml:89:7
%6623 = pow %5118, %6619 : f64[] @ models/lib/nn.yaml:89:7
%6624 = sub %5091, %6623 : f64[] @ models/lib/nn.yaml:89:7
%6625 = sqrt %6624 : f64[] @ models/lib/nn.yaml:89:7
%6626 = div %5091, %6625 : f64[] @ models/lib/nn.yaml:89:7
%6627 = sqrt %6618 : f32[16] @ models/lib/nn.yaml:89:7
%6628 = cast %6626 : f32[] @ models/lib/nn.yaml:89:7
%6629 = broadcast %6628 : f32[16] @ models/lib/nn.yaml:89:7
%6630 = mul %6627, %6629 : f32[16] @ models/lib/nn.yaml:89:7
%6631 = add %6630, %5256 : f32[16] @ models/lib/nn.yaml:89:7
%6632 = div %6614, %6631 : f32[16] @ models/lib/nn.yaml:89:7
%6633 = cast %6622 : f32[] @ models/lib/nn.yaml:89:7
%6634 = broadcast %6633 : f32[16] @ models/lib/nn.yaml:89:7
%6635 = mul %6632, %6634 : f32[16] @ models/lib/nn.yaml:89:7
%6636 = sub %35, %6635 : f32[16] @ models/lib/nn.yaml:89:7
%6637 = assign %35, %6636 : f32[16] @ models/lib/nn.yaml:89:7
%6638 = assign %6608, %6614 : f32[16] @ models/lib/nn.yaml:89:7
%6639 = assign %6609, %6618 : f32[16] @ models/lib/nn.yaml:89:7
%6640 = assign %6610, %6611 : i64[] @ models/lib/nn.yaml:89:7
%6641 = mul %113, %5267 : f32[16] @ models/lib/nn.yaml:89:7
%6642 = mul %6636, %5269 : f32[16] @ models/lib/nn.yaml:89:7
%6643 = add %6641, %6642 : f32[16] @ models/lib/nn.yaml:89:7
%6644 = assign %113, %6643 : f32[16] @ models/lib/nn.yaml:89:7
%6645 = all_reduce_sum %4662 : f32[16] @ models/lib/nn.yaml:90:7
%6646 = mul %6645, %6645 : f32[16] @ models/lib/nn.yaml:90:7
%6647 = reduce_sum %6646 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6648 = sqrt %6647 : f32[] @ models/lib/nn.yaml:90:7
%6649 = cast %6648 : f64[] @ models/lib/nn.yaml:90:7
%6650 = add %6649, %5087 : f64[] @ models/lib/nn.yaml:90:7
%6651 = div %5089, %6650 : f64[] @ models/lib/nn.yaml:90:7
%6652 = lt %6651, %5091 : bool[] @ models/lib/nn.yaml:90:7
%6653 = cast %6651 : f32[] @ models/lib/nn.yaml:90:7
%6654 = broadcast %6653 : f32[16] @ models/lib/nn.yaml:90:7
%6655 = mul %6645, %6654 : f32[16] @ models/lib/nn.yaml:90:7
%6656 = broadcast %6652 : bool[16] @ models/lib/nn.yaml:90:7
%6657 = select %6656, %6655, %6645 : f32[16] @ models/lib/nn.yaml:90:7
%6658 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6659 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6660 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6661 = add %6660, %5101 : i64[] @ models/lib/nn.yaml:90:7
%6662 = mul %6657, %5233 : f32[16] @ models/lib/nn.yaml:90:7
%6663 = mul %6658, %5235 : f32[16] @ models/lib/nn.yaml:90:7
%6664 = add %6663, %6662 : f32[16] @ models/lib/nn.yaml:90:7
%6665 = mul %6657, %6657 : f32[16] @ models/lib/nn.yaml:90:7
%6666 = mul %6665, %5239 : f32[16] @ models/lib/nn.yaml:90:7
%6667 = mul %6659, %5241 : f32[16] @ models/lib/nn.yaml:90:7
%6668 = add %6667, %6666 : f32[16] @ models/lib/nn.yaml:90:7
%6669 = cast %6661 : f64[] @ models/lib/nn.yaml:90:7
%6670 = pow %5110, %6669 : f64[] @ models/lib/nn.yaml:90:7
%6671 = sub %5091, %6670 : f64[] @ models/lib/nn.yaml:90:7
%6672 = div %3087, %6671 : f64[] @ models/lib/nn.yaml:90:7
%6673 = pow %5118, %6669 : f64[] @ models/lib/nn.yaml:90:7
%6674 = sub %5091, %6673 : f64[] @ models/lib/nn.yaml:90:7
%6675 = sqrt %6674 : f64[] @ models/lib/nn.yaml:90:7
%6676 = div %5091, %6675 : f64[] @ models/lib/nn.yaml:90:7
%6677 = sqrt %6668 : f32[16] @ models/lib/nn.yaml:90:7
%6678 = cast %6676 : f32[] @ models/lib/nn.yaml:90:7
%6679 = broadcast %6678 : f32[16] @ models/lib/nn.yaml:90:7
%6680 = mul %6677, %6679 : f32[16] @ models/lib/nn.yaml:90:7
%6681 = add %6680, %5256 : f32[16] @ models/lib/nn.yaml:90:7
%6682 = div %6664, %6681 : f32[16] @ models/lib/nn.yaml:90:7
%6683 = cast %6672 : f32[] @ models/lib/nn.yaml:90:7
%6684 = broadcast %6683 : f32[16] @ models/lib/nn.yaml:90:7
%6685 = mul %6682, %6684 : f32[16] @ models/lib/nn.yaml:90:7
%6686 = sub %36, %6685 : f32[16] @ models/lib/nn.yaml:90:7
%6687 = assign %36, %6686 : f32[16] @ models/lib/nn.yaml:90:7
%6688 = assign %6658, %6664 : f32[16] @ models/lib/nn.yaml:90:7
%6689 = assign %6659, %6668 : f32[16] @ models/lib/nn.yaml:90:7
%6690 = assign %6660, %6661 : i64[] @ models/lib/nn.yaml:90:7
%6691 = mul %114, %5267 : f32[16] @ models/lib/nn.yaml:90:7
%6692 = mul %6686, %5269 : f32[16] @ models/lib/nn.yaml:90:7
%6693 = add %6691, %6692 : f32[16] @ models/lib/nn.yaml:90:7
%6694 = assign %114, %6693 : f32[16] @ models/lib/nn.yaml:90:7
%6695 = all_reduce_sum %4654 : f32[16,16] @ models/lib/nn.yaml:79:7
%6696 = reshape %6695 : f32[256] @ models/lib/nn.yaml:79:7
%6697 = mul %6696, %6696 : f32[256] @ models/lib/nn.yaml:79:7
%6698 = reduce_sum %6697 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6699 = sqrt %6698 : f32[] @ models/lib/nn.yaml:79:7
%6700 = cast %6699 : f64[] @ models/lib/nn.yaml:79:7
%6701 = add %6700, %5087 : f64[] @ models/lib/nn.yaml:79:7
%6702 = div %5089, %6701 : f64[] @ models/lib/nn.yaml:79:7
%6703 = lt %6702, %5091 : bool[] @ models/lib/nn.yaml:79:7
%6704 = cast %6702 : f32[] @ models/lib/nn.yaml:79:7
%6705 = broadcast %6704 : f32[16,16] @ models/lib/nn.yaml:79:7
%6706 = mul %6695, %6705 : f32[16,16] @ models/lib/nn.yaml:79:7
%6707 = broadcast %6703 : bool[16,16] @ models/lib/nn.yaml:79:7
%6708 = select %6707, %6706, %6695 : f32[16,16] @ models/lib/nn.yaml:79:7
%6709 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6710 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6711 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6712 = add %6711, %5101 : i64[] @ models/lib/nn.yaml:79:7
%6713 = mul %37, %5508 : f32[16,16] @ models/lib/nn.yaml:79:7
%6714 = mul %6708, %5510 : f32[16,16] @ models/lib/nn.yaml:79:7
%6715 = mul %6709, %5512 : f32[16,16] @ models/lib/nn.yaml:79:7
%6716 = add %6715, %6714 : f32[16,16] @ models/lib/nn.yaml:79:7
%6717 = mul %6708, %6708 : f32[16,16] @ models/lib/nn.yaml:79:7
%6718 = mul %6717, %5516 : f32[16,16] @ models/lib/nn.yaml:79:7
%6719 = mul %6710, %5518 : f32[16,16] @ models/lib/nn.yaml:79:7
%6720 = add %6719, %6718 : f32[16,16] @ models/lib/nn.yaml:79:7
%6721 = cast %6712 : f64[] @ models/lib/nn.yaml:79:7
%6722 = pow %5110, %6721 : f64[] @ models/lib/nn.yaml:79:7
%6723 = sub %5091, %6722 : f64[] @ models/lib/nn.yaml:79:7
%6724 = div %3087, %6723 : f64[] @ models/lib/nn.yaml:79:7
%6725 = pow %5118, %6721 : f64[] @ models/lib/nn.yaml:79:7
%6726 = sub %5091, %6725 : f64[] @ models/lib/nn.yaml:79:7
%6727 = sqrt %6726 : f64[] @ models/lib/nn.yaml:79:7
%6728 = div %5091, %6727 : f64[] @ models/lib/nn.yaml:79:7
%6729 = sqrt %6720 : f32[16,16] @ models/lib/nn.yaml:79:7
%6730 = cast %6728 : f32[] @ models/lib/nn.yaml:79:7
%6731 = broadcast %6730 : f32[16,16] @ models/lib/nn.yaml:79:7
%6732 = mul %6729, %6731 : f32[16,16] @ models/lib/nn.yaml:79:7
%6733 = add %6732, %5533 : f32[16,16] @ models/lib/nn.yaml:79:7
%6734 = div %6716, %6733 : f32[16,16] @ models/lib/nn.yaml:79:7
%6735 = cast %6724 : f32[] @ models/lib/nn.yaml:79:7
%6736 = broadcast %6735 : f32[16,16] @ models/lib/nn.yaml:79:7
%6737 = mul %6734, %6736 : f32[16,16] @ models/lib/nn.yaml:79:7
%6738 = sub %6713, %6737 : f32[16,16] @ models/lib/nn.yaml:79:7
%6739 = assign %37, %6738 : f32[16,16] @ models/lib/nn.yaml:79:7
%6740 = assign %6709, %6716 : f32[16,16] @ models/lib/nn.yaml:79:7
%6741 = assign %6710, %6720 : f32[16,16] @ models/lib/nn.yaml:79:7
%6742 = assign %6711, %6712 : i64[] @ models/lib/nn.yaml:79:7
%6743 = mul %115, %5544 : f32[16,16] @ models/lib/nn.yaml:79:7
%6744 = mul %6738, %5546 : f32[16,16] @ models/lib/nn.yaml:79:7
%6745 = add %6743, %6744 : f32[16,16] @ models/lib/nn.yaml:79:7
%6746 = assign %115, %6745 : f32[16,16] @ models/lib/nn.yaml:79:7
%6747 = all_reduce_sum %4645 : f32[16] @ models/lib/nn.yaml:80:7
%6748 = mul %6747, %6747 : f32[16] @ models/lib/nn.yaml:80:7
%6749 = reduce_sum %6748 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6750 = sqrt %6749 : f32[] @ models/lib/nn.yaml:80:7
%6751 = cast %6750 : f64[] @ models/lib/nn.yaml:80:7
%6752 = add %6751, %5087 : f64[] @ models/lib/nn.yaml:80:7
%6753 = div %5089, %6752 : f64[] @ models/lib/nn.yaml:80:7
%6754 = lt %6753, %5091 : bool[] @ models/lib/nn.yaml:80:7
%6755 = cast %6753 : f32[] @ models/lib/nn.yaml:80:7
%6756 = broadcast %6755 : f32[16] @ models/lib/nn.yaml:80:7
%6757 = mul %6747, %6756 : f32[16] @ models/lib/nn.yaml:80:7
%6758 = broadcast %6754 : bool[16] @ models/lib/nn.yaml:80:7
%6759 = select %6758, %6757, %6747 : f32[16] @ models/lib/nn.yaml:80:7
%6760 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6761 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6762 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6763 = add %6762, %5101 : i64[] @ models/lib/nn.yaml:80:7
%6764 = mul %6759, %5233 : f32[16] @ models/lib/nn.yaml:80:7
%6765 = mul %6760, %5235 : f32[16] @ models/lib/nn.yaml:80:7
%6766 = add %6765, %6764 : f32[16] @ models/lib/nn.yaml:80:7
%6767 = mul %6759, %6759 : f32[16] @ models/lib/nn.yaml:80:7
%6768 = mul %6767, %5239 : f32[16] @ models/lib/nn.yaml:80:7
%6769 = mul %6761, %5241 : f32[16] @ models/lib/nn.yaml:80:7
%6770 = add %6769, %6768 : f32[16] @ models/lib/nn.yaml:80:7
%6771 = cast %6763 : f64[] @ models/lib/nn.yaml:80:7
%6772 = pow %5110, %6771 : f64[] @ models/lib/nn.yaml:80:7
%6773 = sub %5091, %6772 : f64[] @ models/lib/nn.yaml:80:7
%6774 = div %3087, %6773 : f64[] @ models/lib/nn.yaml:80:7
%6775 = pow %5118, %6771 : f64[] @ models/lib/nn.yaml:80:7
%6776 = sub %5091, %6775 : f64[] @ models/lib/nn.yaml:80:7
%6777 = sqrt %6776 : f64[] @ models/lib/nn.yaml:80:7
%6778 = div %5091, %6777 : f64[] @ models/lib/nn.yaml:80:7
%6779 = sqrt %6770 : f32[16] @ models/lib/nn.yaml:80:7
%6780 = cast %6778 : f32[] @ models/lib/nn.yaml:80:7
%6781 = broadcast %6780 : f32[16] @ models/lib/nn.yaml:80:7
%6782 = mul %6779, %6781 : f32[16] @ models/lib/nn.yaml:80:7
%6783 = add %6782, %5256 : f32[16] @ models/lib/nn.yaml:80:7
%6784 = div %6766, %6783 : f32[16] @ models/lib/nn.yaml:80:7
%6785 = cast %6774 : f32[] @ models/lib/nn.yaml:80:7
%6786 = broadcast %6785 : f32[16] @ models/lib/nn.yaml:80:7
%6787 = mul %6784, %6786 : f32[16] @ models/lib/nn.yaml:80:7
%6788 = sub %38, %6787 : f32[16] @ models/lib/nn.yaml:80:7
%6789 = assign %38, %6788 : f32[16] @ models/lib/nn.yaml:80:7
%6790 = assign %6760, %6766 : f32[16] @ models/lib/nn.yaml:80:7
%6791 = assign %6761, %6770 : f32[16] @ models/lib/nn.yaml:80:7
%6792 = assign %6762, %6763 : i64[] @ models/lib/nn.yaml:80:7
%6793 = mul %116, %5267 : f32[16] @ models/lib/nn.yaml:80:7
%6794 = mul %6788, %5269 : f32[16] @ models/lib/nn.yaml:80:7
%6795 = add %6793, %6794 : f32[16] @ models/lib/nn.yaml:80:7
%6796 = assign %116, %6795 : f32[16] @ models/lib/nn.yaml:80:7
%6797 = all_reduce_sum %4639 : f32[16,16] @ models/lib/nn.yaml:79:7
%6798 = reshape %6797 : f32[256] @ models/lib/nn.yaml:79:7
%6799 = mul %6798, %6798 : f32[256] @ models/lib/nn.yaml:79:7
%6800 = reduce_sum %6799 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6801 = sqrt %6800 : f32[] @ models/lib/nn.yaml:79:7
%6802 = cast %6801 : f64[] @ models/lib/nn.yaml:79:7
%6803 = add %6802, %5087 : f64[] @ models/lib/nn.yaml:79:7
%6804 = div %5089, %6803 : f64[] @ models/lib/nn.yaml:79:7
%6805 = lt %6804, %5091 : bool[] @ models/lib/nn.yaml:79:7
%6806 = cast %6804 : f32[] @ models/lib/nn.yaml:79:7
%6807 = broadcast %6806 : f32[16,16] @ models/lib/nn.yaml:79:7
%6808 = mul %6797, %6807 : f32[16,16] @ models/lib/nn.yaml:79:7
%6809 = broadcast %6805 : bool[16,16] @ models/lib/nn.yaml:79:7
%6810 = select %6809, %6808, %6797 : f32[16,16] @ models/lib/nn.yaml:79:7
%6811 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6812 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6813 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6814 = add %6813, %5101 : i64[] @ models/lib/nn.yaml:79:7
%6815 = mul %39, %5508 : f32[16,16] @ models/lib/nn.yaml:79:7
%6816 = mul %6810, %5510 : f32[16,16] @ models/lib/nn.yaml:79:7
%6817 = mul %6811, %5512 : f32[16,16] @ models/lib/nn.yaml:79:7
%6818 = add %6817, %6816 : f32[16,16] @ models/lib/nn.yaml:79:7
%6819 = mul %6810, %6810 : f32[16,16] @ models/lib/nn.yaml:79:7
%6820 = mul %6819, %5516 : f32[16,16] @ models/lib/nn.yaml:79:7
%6821 = mul %6812, %5518 : f32[16,16] @ models/lib/nn.yaml:79:7
%6822 = add %6821, %6820 : f32[16,16] @ models/lib/nn.yaml:79:7
%6823 = cast %6814 : f64[] @ models/lib/nn.yaml:79:7
%6824 = pow %5110, %6823 : f64[] @ models/lib/nn.yaml:79:7
%6825 = sub %5091, %6824 : f64[] @ models/lib/nn.yaml:79:7
%6826 = div %3087, %6825 : f64[] @ models/lib/nn.yaml:79:7
%6827 = pow %5118, %6823 : f64[] @ models/lib/nn.yaml:79:7
%6828 = sub %5091, %6827 : f64[] @ models/lib/nn.yaml:79:7
%6829 = sqrt %6828 : f64[] @ models/lib/nn.yaml:79:7
%6830 = div %5091, %6829 : f64[] @ models/lib/nn.yaml:79:7
%6831 = sqrt %6822 : f32[16,16] @ models/lib/nn.yaml:79:7
%6832 = cast %6830 : f32[] @ models/lib/nn.yaml:79:7
%6833 = broadcast %6832 : f32[16,16] @ models/lib/nn.yaml:79:7
%6834 = mul %6831, %6833 : f32[16,16] @ models/lib/nn.yaml:79:7
%6835 = add %6834, %5533 : f32[16,16] @ models/lib/nn.yaml:79:7
%6836 = div %6818, %6835 : f32[16,16] @ models/lib/nn.yaml:79:7
%6837 = cast %6826 : f32[] @ models/lib/nn.yaml:79:7
%6838 = broadcast %6837 : f32[16,16] @ models/lib/nn.yaml:79:7
%6839 = mul %6836, %6838 : f32[16,16] @ models/lib/nn.yaml:79:7
%6840 = sub %6815, %6839 : f32[16,16] @ models/lib/nn.yaml:79:7
%6841 = assign %39, %6840 : f32[16,16] @ models/lib/nn.yaml:79:7
%6842 = assign %6811, %6818 : f32[16,16] @ models/lib/nn.yaml:79:7
%6843 = assign %6812, %6822 : f32[16,16] @ models/lib/nn.yaml:79:7
%6844 = assign %6813, %6814 : i64[] @ models/lib/nn.yaml:79:7
%6845 = mul %117, %5544 : f32[16,16] @ models/lib/nn.yaml:79:7
%6846 = mul %6840, %5546 : f32[16,16] @ models/lib/nn.yaml:79:7
%6847 = add %6845, %6846 : f32[16,16] @ models/lib/nn.yaml:79:7
%6848 = assign %117, %6847 : f32[16,16] @ models/lib/nn.yaml:79:7
%6849 = all_reduce_sum %4628 : f32[16] @ models/lib/nn.yaml:80:7
%6850 = mul %6849, %6849 : f32[16] @ models/lib/nn.yaml:80:7
%6851 = reduce_sum %6850 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6852 = sqrt %6851 : f32[] @ models/lib/nn.yaml:80:7
%6853 = cast %6852 : f64[] @ models/lib/nn.yaml:80:7
%6854 = add %6853, %5087 : f64[] @ models/lib/nn.yaml:80:7
%6855 = div %5089, %6854 : f64[] @ models/lib/nn.yaml:80:7
%6856 = lt %6855, %5091 : bool[] @ models/lib/nn.yaml:80:7
%6857 = cast %6855 : f32[] @ models/lib/nn.yaml:80:7
%6858 = broadcast %6857 : f32[16] @ models/lib/nn.yaml:80:7
%6859 = mul %6849, %6858 : f32[16] @ models/lib/nn.yaml:80:7
%6860 = broadcast %6856 : bool[16] @ models/lib/nn.yaml:80:7
%6861 = select %6860, %6859, %6849 : f32[16] @ models/lib/nn.yaml:80:7
%6862 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6863 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6864 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6865 = add %6864, %5101 : i64[] @ models/lib/nn.yaml:80:7
%6866 = mul %6861, %5233 : f32[16] @ models/lib/nn.yaml:80:7
%6867 = mul %6862, %5235 : f32[16] @ models/lib/nn.yaml:80:7
%6868 = add %6867, %6866 : f32[16] @ models/lib/nn.yaml:80:7
%6869 = mul %6861, %6861 : f32[16] @ models/lib/nn.yaml:80:7
%6870 = mul %6869, %5239 : f32[16] @ models/lib/nn.yaml:80:7
%6871 = mul %6863, %5241 : f32[16] @ models/lib/nn.yaml:80:7
%6872 = add %6871, %6870 : f32[16] @ models/lib/nn.yaml:80:7
%6873 = cast %6865 : f64[] @ models/lib/nn.yaml:80:7
%6874 = pow %5110, %6873 : f64[] @ models/lib/nn.yaml:80:7
%6875 = sub %5091, %6874 : f64[] @ models/lib/nn.yaml:80:7
%6876 = div %3087, %6875 : f64[] @ models/lib/nn.yaml:80:7
%6877 = pow %5118, %6873 : f64[] @ models/lib/nn.yaml:80:7
%6878 = sub %5091, %6877 : f64[] @ models/lib/nn.yaml:80:7
%6879 = sqrt %6878 : f64[] @ models/lib/nn.yaml:80:7
%6880 = div %5091, %6879 : f64[] @ models/lib/nn.yaml:80:7
%6881 = sqrt %6872 : f32[16] @ models/lib/nn.yaml:80:7
%6882 = cast %6880 : f32[] @ models/lib/nn.yaml:80:7
%6883 = broadcast %6882 : f32[16] @ models/lib/nn.yaml:80:7
%6884 = mul %6881, %6883 : f32[16] @ models/lib/nn.yaml:80:7
%6885 = add %6884, %5256 : f32[16] @ models/lib/nn.yaml:80:7
%6886 = div %6868, %6885 : f32[16] @ models/lib/nn.yaml:80:7
%6887 = cast %6876 : f32[] @ models/lib/nn.yaml:80:7
%6888 = broadcast %6887 : f32[16] @ models/lib/nn.yaml:80:7
%6889 = mul %6886, %6888 : f32[16] @ models/lib/nn.yaml:80:7
%6890 = sub %40, %6889 : f32[16] @ models/lib/nn.yaml:80:7
%6891 = assign %40, %6890 : f32[16] @ models/lib/nn.yaml:80:7
%6892 = assign %6862, %6868 : f32[16] @ models/lib/nn.yaml:80:7
%6893 = assign %6863, %6872 : f32[16] @ models/lib/nn.yaml:80:7
%6894 = assign %6864, %6865 : i64[] @ models/lib/nn.yaml:80:7
%6895 = mul %118, %5267 : f32[16] @ models/lib/nn.yaml:80:7
%6896 = mul %6890, %5269 : f32[16] @ models/lib/nn.yaml:80:7
%6897 = add %6895, %6896 : f32[16] @ models/lib/nn.yaml:80:7
%6898 = assign %118, %6897 : f32[16] @ models/lib/nn.yaml:80:7
%6899 = all_reduce_sum %4622 : f32[16,16] @ models/lib/nn.yaml:79:7
%6900 = reshape %6899 : f32[256] @ models/lib/nn.yaml:79:7
%6901 = mul %6900, %6900 : f32[256] @ models/lib/nn.yaml:79:7
%6902 = reduce_sum %6901 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6903 = sqrt %6902 : f32[] @ models/lib/nn.yaml:79:7
%6904 = cast %6903 : f64[] @ models/lib/nn.yaml:79:7
%6905 = add %6904, %5087 : f64[] @ models/lib/nn.yaml:79:7
%6906 = div %5089, %6905 : f64[] @ models/lib/nn.yaml:79:7
%6907 = lt %6906, %5091 : bool[] @ models/lib/nn.yaml:79:7
%6908 = cast %6906 : f32[] @ models/lib/nn.yaml:79:7
%6909 = broadcast %6908 : f32[16,16] @ models/lib/nn.yaml:79:7
%6910 = mul %6899, %6909 : f32[16,16] @ models/lib/nn.yaml:79:7
%6911 = broadcast %6907 : bool[16,16] @ models/lib/nn.yaml:79:7
%6912 = select %6911, %6910, %6899 : f32[16,16] @ models/lib/nn.yaml:79:7
%6913 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6914 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6915 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6916 = add %6915, %5101 : i64[] @ models/lib/nn.yaml:79:7
%6917 = mul %41, %5508 : f32[16,16] @ models/lib/nn.yaml:79:7
%6918 = mul %6912, %5510 : f32[16,16] @ models/lib/nn.yaml:79:7
%6919 = mul %6913, %5512 : f32[16,16] @ models/lib/nn.yaml:79:7
%6920 = add %6919, %6918 : f32[16,16] @ models/lib/nn.yaml:79:7
%6921 = mul %6912, %6912 : f32[16,16] @ models/lib/nn.yaml:79:7
%6922 = mul %6921, %5516 : f32[16,16] @ models/lib/nn.yaml:79:7
%6923 = mul %6914, %5518 : f32[16,16] @ models/lib/nn.yaml:79:7
%6924 = add %6923, %6922 : f32[16,16] @ models/lib/nn.yaml:79:7
%6925 = cast %6916 : f64[] @ models/lib/nn.yaml:79:7
%6926 = pow %5110, %6925 : f64[] @ models/lib/nn.yaml:79:7
%6927 = sub %5091, %6926 : f64[] @ models/lib/nn.yaml:79:7
%6928 = div %3087, %6927 : f64[] @ models/lib/nn.yaml:79:7
%6929 = pow %5118, %6925 : f64[] @ models/lib/nn.yaml:79:7
%6930 = sub %5091, %6929 : f64[] @ models/lib/nn.yaml:79:7
%6931 = sqrt %6930 : f64[] @ models/lib/nn.yaml:79:7
%6932 = div %5091, %6931 : f64[] @ models/lib/nn.yaml:79:7
%6933 = sqrt %6924 : f32[16,16] @ models/lib/nn.yaml:79:7
%6934 = cast %6932 : f32[] @ models/lib/nn.yaml:79:7
%6935 = broadcast %6934 : f32[16,16] @ models/lib/nn.yaml:79:7
%6936 = mul %6933, %6935 : f32[16,16] @ models/lib/nn.yaml:79:7
%6937 = add %6936, %5533 : f32[16,16] @ models/lib/nn.yaml:79:7
%6938 = div %6920, %6937 : f32[16,16] @ models/lib/nn.yaml:79:7
%6939 = cast %6928 : f32[] @ models/lib/nn.yaml:79:7
%6940 = broadcast %6939 : f32[16,16] @ models/lib/nn.yaml:79:7
%6941 = mul %6938, %6940 : f32[16,16] @ models/lib/nn.yaml:79:7
%6942 = sub %6917, %6941 : f32[16,16] @ models/lib/nn.yaml:79:7
%6943 = assign %41, %6942 : f32[16,16] @ models/lib/nn.yaml:79:7
%6944 = assign %6913, %6920 : f32[16,16] @ models/lib/nn.yaml:79:7
%6945 = assign %6914, %6924 : f32[16,16] @ models/lib/nn.yaml:79:7
%6946 = assign %6915, %6916 : i64[] @ models/lib/nn.yaml:79:7
%6947 = mul %119, %5544 : f32[16,16] @ models/lib/nn.yaml:79:7
%6948 = mul %6942, %5546 : f32[16,16] @ models/lib/nn.yaml:79:7
%6949 = add %6947, %6948 : f32[16,16] @ models/lib/nn.yaml:79:7
%6950 = assign %119, %6949 : f32[16,16] @ models/lib/nn.yaml:79:7
%6951 = all_reduce_sum %4613 : f32[16] @ models/lib/nn.yaml:80:7
%6952 = mul %6951, %6951 : f32[16] @ models/lib/nn.yaml:80:7
%6953 = reduce_sum %6952 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6954 = sqrt %6953 : f32[] @ models/lib/nn.yaml:80:7
%6955 = cast %6954 : f64[] @ models/lib/nn.yaml:80:7
%6956 = add %6955, %5087 : f64[] @ models/lib/nn.yaml:80:7
%6957 = div %5089, %6956 : f64[] @ models/lib/nn.yaml:80:7
%6958 = lt %6957, %5091 : bool[] @ models/lib/nn.yaml:80:7
%6959 = cast %6957 : f32[] @ models/lib/nn.yaml:80:7
%6960 = broadcast %6959 : f32[16] @ models/lib/nn.yaml:80:7
%6961 = mul %6951, %6960 : f32[16] @ models/lib/nn.yaml:80:7
%6962 = broadcast %6958 : bool[16] @ models/lib/nn.yaml:80:7
%6963 = select %6962, %6961, %6951 : f32[16] @ models/lib/nn.yaml:80:7
%6964 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6965 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6966 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6967 = add %6966, %5101 : i64[] @ models/lib/nn.yaml:80:7
%6968 = mul %6963, %5233 : f32[16] @ models/lib/nn.yaml:80:7
%6969 = mul %6964, %5235 : f32[16] @ models/lib/nn.yaml:80:7
%6970 = add %6969, %6968 : f32[16] @ models/lib/nn.yaml:80:7
%6971 = mul %6963, %6963 : f32[16] @ models/lib/nn.yaml:80:7
%6972 = mul %6971, %5239 : f32[16] @ models/lib/nn.yaml:80:7
%6973 = mul %6965, %5241 : f32[16] @ models/lib/nn.yaml:80:7
%6974 = add %6973, %6972 : f32[16] @ models/lib/nn.yaml:80:7
%6975 = cast %6967 : f64[] @ models/lib/nn.yaml:80:7
%6976 = pow %5110, %6975 : f64[] @ models/lib/nn.yaml:80:7
%6977 = sub %5091, %6976 : f64[] @ models/lib/nn.yaml:80:7
%6978 = div %3087, %6977 : f64[] @ models/lib/nn.yaml:80:7
%6979 = pow %5118, %6975 : f64[] @ models/lib/nn.yaml:80:7
%6980 = sub %5091, %6979 : f64[] @ models/lib/nn.yaml:80:7
%6981 = sqrt %6980 : f64[] @ models/lib/nn.yaml:80:7
%6982 = div %5091, %6981 : f64[] @ models/lib/nn.yaml:80:7
%6983 = sqrt %6974 : f32[16] @ models/lib/nn.yaml:80:7
%6984 = cast %6982 : f32[] @ models/lib/nn.yaml:80:7
%6985 = broadcast %6984 : f32[16] @ models/lib/nn.yaml:80:7
%6986 = mul %6983, %6985 : f32[16] @ models/lib/nn.yaml:80:7
%6987 = add %6986, %5256 : f32[16] @ models/lib/nn.yaml:80:7
%6988 = div %6970, %6987 : f32[16] @ models/lib/nn.yaml:80:7
%6989 = cast %6978 : f32[] @ models/lib/nn.yaml:80:7
%6990 = broadcast %6989 : f32[16] @ models/lib/nn.yaml:80:7
%6991 = mul %6988, %6990 : f32[16] @ models/lib/nn.yaml:80:7
%6992 = sub %42, %6991 : f32[16] @ models/lib/nn.yaml:80:7
%6993 = assign %42, %6992 : f32[16] @ models/lib/nn.yaml:80:7
%6994 = assign %6964, %6970 : f32[16] @ models/lib/nn.yaml:80:7
%6995 = assign %6965, %6974 : f32[16] @ models/lib/nn.yaml:80:7
%6996 = assign %6966, %6967 : i64[] @ models/lib/nn.yaml:80:7
%6997 = mul %120, %5267 : f32[16] @ models/lib/nn.yaml:80:7
%6998 = mul %6992, %5269 : f32[16] @ models/lib/nn.yaml:80:7
%6999 = add %6997, %6998 : f32[16] @ models/lib/nn.yaml:80:7
%7000 = assign %120, %6999 : f32[16] @ models/lib/nn.yaml:80:7
%7001 = all_reduce_sum %4556 : f32[16,16] @ models/lib/nn.yaml:79:7
%7002 = reshape %7001 : f32[256] @ models/lib/nn.yaml:79:7
%7003 = mul %7002, %7002 : f32[256] @ models/lib/nn.yaml:79:7
%7004 = reduce_sum %7003 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7005 = sqrt %7004 : f32[] @ models/lib/nn.yaml:79:7
%7006 = cast %7005 : f64[] @ models/lib/nn.yaml:79:7
%7007 = add %7006, %5087 : f64[] @ models/lib/nn.yaml:79:7
%7008 = div %5089, %7007 : f64[] @ models/lib/nn.yaml:79:7
%7009 = lt %7008, %5091 : bool[] @ models/lib/nn.yaml:79:7
%7010 = cast %7008 : f32[] @ models/lib/nn.yaml:79:7
%7011 = broadcast %7010 : f32[16,16] @ models/lib/nn.yaml:79:7
%7012 = mul %7001, %7011 : f32[16,16] @ models/lib/nn.yaml:79:7
%7013 = broadcast %7009 : bool[16,16] @ models/lib/nn.yaml:79:7
%7014 = select %7013, %7012, %7001 : f32[16,16] @ models/lib/nn.yaml:79:7
%7015 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7016 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7017 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7018 = add %7017, %5101 : i64[] @ models/lib/nn.yaml:79:7
%7019 = mul %43, %5508 : f32[16,16] @ models/lib/nn.yaml:79:7
%7020 = mul %7014, %5510 : f32[16,16] @ models/lib/nn.yaml:79:7
%7021 = mul %7015, %5512 : f32[16,16] @ models/lib/nn.yaml:79:7
%7022 = add %7021, %7020 : f32[16,16] @ models/lib/nn.yaml:79:7
%7023 = mul %7014, %7014 : f32[16,16] @ models/lib/nn.yaml:79:7
%7024 = mul %7023, %5516 : f32[16,16] @ models/lib/nn.yaml:79:7
%7025 = mul %7016, %5518 : f32[16,16] @ models/lib/nn.yaml:79:7
%7026 = add %7025, %7024 : f32[16,16] @ models/lib/nn.yaml:79:7
%7027 = cast %7018 : f64[] @ models/lib/nn.yaml:79:7
%7028 = pow %5110, %7027 : f64[] @ models/lib/nn.yaml:79:7
%7029 = sub %5091, %7028 : f64[] @ models/lib/nn.yaml:79:7
%7030 = div %3087, %7029 : f64[] @ models/lib/nn.yaml:79:7
%7031 = pow %5118, %7027 : f64[] @ models/lib/nn.yaml:79:7
%7032 = sub %5091, %7031 : f64[] @ models/lib/nn.yaml:79:7
%7033 = sqrt %7032 : f64[] @ models/lib/nn.yaml:79:7
%7034 = div %5091, %7033 : f64[] @ models/lib/nn.yaml:79:7
%7035 = sqrt %7026 : f32[16,16] @ models/lib/nn.yaml:79:7
%7036 = cast %7034 : f32[] @ models/lib/nn.yaml:79:7
%7037 = broadcast %7036 : f32[16,16] @ models/lib/nn.yaml:79:7
%7038 = mul %7035, %7037 : f32[16,16] @ models/lib/nn.yaml:79:7
%7039 = add %7038, %5533 : f32[16,16] @ models/lib/nn.yaml:79:7
%7040 = div %7022, %7039 : f32[16,16] @ models/lib/nn.yaml:79:7
%7041 = cast %7030 : f32[] @ models/lib/nn.yaml:79:7
%7042 = broadcast %7041 : f32[16,16] @ models/lib/nn.yaml:79:7
%7043 = mul %7040, %7042 : f32[16,16] @ models/lib/nn.yaml:79:7
%7044 = sub %7019, %7043 : f32[16,16] @ models/lib/nn.yaml:79:7
%7045 = assign %43, %7044 : f32[16,16] @ models/lib/nn.yaml:79:7
%7046 = assign %7015, %7022 : f32[16,16] @ models/lib/nn.yaml:79:7
%7047 = assign %7016, %7026 : f32[16,16] @ models/lib/nn.yaml:79:7
%7048 = assign %7017, %7018 : i64[] @ models/lib/nn.yaml:79:7
%7049 = mul %121, %5544 : f32[16,16] @ models/lib/nn.yaml:79:7
%7050 = mul %7044, %5546 : f32[16,16] @ models/lib/nn.yaml:79:7
%7051 = add %7049, %7050 : f32[16,16] @ models/lib/nn.yaml:79:7
%7052 = assign %121, %7051 : f32[16,16] @ models/lib/nn.yaml:79:7
%7053 = all_reduce_sum %4548 : f32[16] @ models/lib/nn.yaml:80:7
%7054 = mul %7053, %7053 : f32[16] @ models/lib/nn.yaml:80:7
%7055 = reduce_sum %7054 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7056 = sqrt %7055 : f32[] @ models/lib/nn.yaml:80:7
%7057 = cast %7056 : f64[] @ models/lib/nn.yaml:80:7
%7058 = add %7057, %5087 : f64[] @ models/lib/nn.yaml:80:7
%7059 = div %5089, %7058 : f64[] @ models/lib/nn.yaml:80:7
%7060 = lt %7059, %5091 : bool[] @ models/lib/nn.yaml:80:7
%7061 = cast %7059 : f32[] @ models/lib/nn.yaml:80:7
%7062 = broadcast %7061 : f32[16] @ models/lib/nn.yaml:80:7
%7063 = mul %7053, %7062 : f32[16] @ models/lib/nn.yaml:80:7
%7064 = broadcast %7060 : bool[16] @ models/lib/nn.yaml:80:7
%7065 = select %7064, %7063, %7053 : f32[16] @ models/lib/nn.yaml:80:7
%7066 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7067 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7068 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7069 = add %7068, %5101 : i64[] @ models/lib/nn.yaml:80:7
%7070 = mul %7065, %5233 : f32[16] @ models/lib/nn.yaml:80:7
%7071 = mul %7066, %5235 : f32[16] @ models/lib/nn.yaml:80:7
%7072 = add %7071, %7070 : f32[16] @ models/lib/nn.yaml:80:7
%7073 = mul %7065, %7065 : f32[16] @ models/lib/nn.yaml:80:7
%7074 = mul %7073, %5239 : f32[16] @ models/lib/nn.yaml:80:7
%7075 = mul %7067, %5241 : f32[16] @ models/lib/nn.yaml:80:7
%7076 = add %7075, %7074 : f32[16] @ models/lib/nn.yaml:80:7
%7077 = cast %7069 : f64[] @ models/lib/nn.yaml:80:7
%7078 = pow %5110, %7077 : f64[] @ models/lib/nn.yaml:80:7
%7079 = sub %5091, %7078 : f64[] @ models/lib/nn.yaml:80:7
%7080 = div %3087, %7079 : f64[] @ models/lib/nn.yaml:80:7
%7081 = pow %5118, %7077 : f64[] @ models/lib/nn.yaml:80:7
%7082 = sub %5091, %7081 : f64[] @ models/lib/nn.yaml:80:7
%7083 = sqrt %7082 : f64[] @ models/lib/nn.yaml:80:7
%7084 = div %5091, %7083 : f64[] @ models/lib/nn.yaml:80:7
%7085 = sqrt %7076 : f32[16] @ models/lib/nn.yaml:80:7
%7086 = cast %7084 : f32[] @ models/lib/nn.yaml:80:7
%7087 = broadcast %7086 : f32[16] @ models/lib/nn.yaml:80:7
%7088 = mul %7085, %7087 : f32[16] @ models/lib/nn.yaml:80:7
%7089 = add %7088, %5256 : f32[16] @ models/lib/nn.yaml:80:7
%7090 = div %7072, %7089 : f32[16] @ models/lib/nn.yaml:80:7
%7091 = cast %7080 : f32[] @ models/lib/nn.yaml:80:7
%7092 = broadcast %7091 : f32[16] @ models/lib/nn.yaml:80:7
%7093 = mul %7090, %7092 : f32[16] @ models/lib/nn.yaml:80:7
%7094 = sub %44, %7093 : f32[16] @ models/lib/nn.yaml:80:7
%7095 = assign %44, %7094 : f32[16] @ models/lib/nn.yaml:80:7
%7096 = assign %7066, %7072 : f32[16] @ models/lib/nn.yaml:80:7
%7097 = assign %7067, %7076 : f32[16] @ models/lib/nn.yaml:80:7
%7098 = assign %7068, %7069 : i64[] @ models/lib/nn.yaml:80:7
%7099 = mul %122, %5267 : f32[16] @ models/lib/nn.yaml:80:7
%7100 = mul %7094, %5269 : f32[16] @ models/lib/nn.yaml:80:7
%7101 = add %7099, %7100 : f32[16] @ models/lib/nn.yaml:80:7
%7102 = assign %122, %7101 : f32[16] @ models/lib/nn.yaml:80:7
%7103 = all_reduce_sum %4527 : f32[16] @ models/lib/nn.yaml:89:7
%7104 = mul %7103, %7103 : f32[16] @ models/lib/nn.yaml:89:7
%7105 = reduce_sum %7104 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7106 = sqrt %7105 : f32[] @ models/lib/nn.yaml:89:7
%7107 = cast %7106 : f64[] @ models/lib/nn.yaml:89:7
%7108 = add %7107, %5087 : f64[] @ models/lib/nn.yaml:89:7
%7109 = div %5089, %7108 : f64[] @ models/lib/nn.yaml:89:7
%7110 = lt %7109, %5091 : bool[] @ models/lib/nn.yaml:89:7
%7111 = cast %7109 : f32[] @ models/lib/nn.yaml:89:7
%7112 = broadcast %7111 : f32[16] @ models/lib/nn.yaml:89:7
%7113 = mul %7103, %7112 : f32[16] @ models/lib/nn.yaml:89:7
%7114 = broadcast %7110 : bool[16] @ models/lib/nn.yaml:89:7
%7115 = select %7114, %7113, %7103 : f32[16] @ models/lib/nn.yaml:89:7
%7116 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7117 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7118 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7119 = add %7118, %5101 : i64[] @ models/lib/nn.yaml:89:7
%7120 = mul %7115, %5233 : f32[16] @ models/lib/nn.yaml:89:7
%7121 = mul %7116, %5235 : f32[16] @ models/lib/nn.yaml:89:7
%7122 = add %7121, %7120 : f32[16] @ models/lib/nn.yaml:89:7
%7123 = mul %7115, %7115 : f32[16] @ models/lib/nn.yaml:89:7
%7124 = mul %7123, %5239 : f32[16] @ models/lib/nn.yaml:89:7
%7125 = mul %7117, %5241 : f32[16] @ models/lib/nn.yaml:89:7
%7126 = add %7125, %7124 : f32[16] @ models/lib/nn.yaml:89:7
%7127 = cast %7119 : f64[] @ models/lib/nn.yaml:89:7
%7128 = pow %5110, %7127 : f64[] @ models/lib/nn.yaml:89:7
%7129 = sub %5091, %7128 : f64[] @ models/lib/nn.yaml:89:7
%7130 = div %3087, %7129 : f64[] @ models/lib/nn.yaml:89:7
%7131 = pow %5118, %7127 : f64[] @ models/lib/nn.yaml:89:7
%7132 = sub %5091, %7131 : f64[] @ models/lib/nn.yaml:89:7
%7133 = sqrt %7132 : f64[] @ models/lib/nn.yaml:89:7
%7134 = div %5091, %7133 : f64[] @ models/lib/nn.yaml:89:7
%7135 = sqrt %7126 : f32[16] @ models/lib/nn.yaml:89:7
%7136 = cast %7134 : f32[] @ models/lib/nn.yaml:89:7
%7137 = broadcast %7136 : f32[16] @ models/lib/nn.yaml:89:7
%7138 = mul %7135, %7137 : f32[16] @ models/lib/nn.yaml:89:7
%7139 = add %7138, %5256 : f32[16] @ models/lib/nn.yaml:89:7
%7140 = div %7122, %7139 : f32[16] @ models/lib/nn.yaml:89:7
%7141 = cast %7130 : f32[] @ models/lib/nn.yaml:89:7
%7142 = broadcast %7141 : f32[16] @ models/lib/nn.yaml:89:7
%7143 = mul %7140, %7142 : f32[16] @ models/lib/nn.yaml:89:7
%7144 = sub %45, %7143 : f32[16] @ models/lib/nn.yaml:89:7
%7145 = assign %45, %7144 : f32[16] @ models/lib/nn.yaml:89:7
%7146 = assign %7116, %7122 : f32[16] @ models/lib/nn.yaml:89:7
%7147 = assign %7117, %7126 : f32[16] @ models/lib/nn.yaml:89:7
%7148 = assign %7118, %7119 : i64[] @ models/lib/nn.yaml:89:7
%7149 = mul %123, %5267 : f32[16] @ models/lib/nn.yaml:89:7
%7150 = mul %7144, %5269 : f32[16] @ models/lib/nn.yaml:89:7
%7151 = add %7149, %7150 : f32[16] @ models/lib/nn.yaml:89:7
%7152 = assign %123, %7151 : f32[16] @ models/lib/nn.yaml:89:7
%7153 = all_reduce_sum %4522 : f32[16] @ models/lib/nn.yaml:90:7
%7154 = mul %7153, %7153 : f32[16] @ models/lib/nn.yaml:90:7
%7155 = reduce_sum %7154 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7156 = sqrt %7155 : f32[] @ models/lib/nn.yaml:90:7
%7157 = cast %7156 : f64[] @ models/lib/nn.yaml:90:7
%7158 = add %7157, %5087 : f64[] @ models/lib/nn.yaml:90:7
%7159 = div %5089, %7158 : f64[] @ models/lib/nn.yaml:90:7
%7160 = lt %7159, %5091 : bool[] @ models/lib/nn.yaml:90:7
%7161 = cast %7159 : f32[] @ models/lib/nn.yaml:90:7
%7162 = broadcast %7161 : f32[16] @ models/lib/nn.yaml:90:7
%7163 = mul %7153, %7162 : f32[16] @ models/lib/nn.yaml:90:7
%7164 = broadcast %7160 : bool[16] @ models/lib/nn.yaml:90:7
%7165 = select %7164, %7163, %7153 : f32[16] @ models/lib/nn.yaml:90:7
%7166 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7167 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7168 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7169 = add %7168, %5101 : i64[] @ models/lib/nn.yaml:90:7
%7170 = mul %7165, %5233 : f32[16] @ models/lib/nn.yaml:90:7
%7171 = mul %7166, %5235 : f32[16] @ models/lib/nn.yaml:90:7
%7172 = add %7171, %7170 : f32[16] @ models/lib/nn.yaml:90:7
%7173 = mul %7165, %7165 : f32[16] @ models/lib/nn.yaml:90:7
%7174 = mul %7173, %5239 : f32[16] @ models/lib/nn.yaml:90:7
%7175 = mul %7167, %5241 : f32[16] @ models/lib/nn.yaml:90:7
%7176 = add %7175, %7174 : f32[16] @ models/lib/nn.yaml:90:7
%7177 = cast %7169 : f64[] @ models/lib/nn.yaml:90:7
%7178 = pow %5110, %7177 : f64[] @ models/lib/nn.yaml:90:7
%7179 = sub %5091, %7178 : f64[] @ models/lib/nn.yaml:90:7
%7180 = div %3087, %7179 : f64[] @ models/lib/nn.yaml:90:7
%7181 = pow %5118, %7177 : f64[] @ models/lib/nn.yaml:90:7
%7182 = sub %5091, %7181 : f64[] @ models/lib/nn.yaml:90:7
%7183 = sqrt %7182 : f64[] @ models/lib/nn.yaml:90:7
%7184 = div %5091, %7183 : f64[] @ models/lib/nn.yaml:90:7
%7185 = sqrt %7176 : f32[16] @ models/lib/nn.yaml:90:7
%7186 = cast %7184 : f32[] @ models/lib/nn.yaml:90:7
%7187 = broadcast %7186 : f32[16] @ models/lib/nn.yaml:90:7
%7188 = mul %7185, %7187 : f32[16] @ models/lib/nn.yaml:90:7
%7189 = add %7188, %5256 : f32[16] @ models/lib/nn.yaml:90:7
%7190 = div %7172, %7189 : f32[16] @ models/lib/nn.yaml:90:7
%7191 = cast %7180 : f32[] @ models/lib/nn.yaml:90:7
%7192 = broadcast %7191 : f32[16] @ models/lib/nn.yaml:90:7
%7193 = mul %7190, %7192 : f32[16] @ models/lib/nn.yaml:90:7
%7194 = sub %46, %7193 : f32[16] @ models/lib/nn.yaml:90:7
%7195 = assign %46, %7194 : f32[16] @ models/lib/nn.yaml:90:7
%7196 = assign %7166, %7172 : f32[16] @ models/lib/nn.yaml:90:7
%7197 = assign %7167, %7176 : f32[16] @ models/lib/nn.yaml:90:7
%7198 = assign %7168, %7169 : i64[] @ models/lib/nn.yaml:90:7
%7199 = mul %124, %5267 : f32[16] @ models/lib/nn.yaml:90:7
%7200 = mul %7194, %5269 : f32[16] @ models/lib/nn.yaml:90:7
%7201 = add %7199, %7200 : f32[16] @ models/lib/nn.yaml:90:7
%7202 = assign %124, %7201 : f32[16] @ models/lib/nn.yaml:90:7
%7203 = all_reduce_sum %4518 : f32[64,16] @ models/lib/nn.yaml:79:7
%7204 = reshape %7203 : f32[1024] @ models/lib/nn.yaml:79:7
%7205 = mul %7204, %7204 : f32[1024] @ models/lib/nn.yaml:79:7
%7206 = reduce_sum %7205 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7207 = sqrt %7206 : f32[] @ models/lib/nn.yaml:79:7
%7208 = cast %7207 : f64[] @ models/lib/nn.yaml:79:7
%7209 = add %7208, %5087 : f64[] @ models/lib/nn.yaml:79:7
%7210 = div %5089, %7209 : f64[] @ models/lib/nn.yaml:79:7
%7211 = lt %7210, %5091 : bool[] @ models/lib/nn.yaml:79:7
%7212 = cast %7210 : f32[] @ models/lib/nn.yaml:79:7
%7213 = broadcast %7212 : f32[64,16] @ models/lib/nn.yaml:79:7
%7214 = mul %7203, %7213 : f32[64,16] @ models/lib/nn.yaml:79:7
%7215 = broadcast %7211 : bool[64,16] @ models/lib/nn.yaml:79:7
%7216 = select %7215, %7214, %7203 : f32[64,16] @ models/lib/nn.yaml:79:7
%7217 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7218 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7219 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7220 = add %7219, %5101 : i64[] @ models/lib/nn.yaml:79:7
%7221 = mul %47, %5718 : f32[64,16] @ models/lib/nn.yaml:79:7
%7222 = mul %7216, %5720 : f32[64,16] @ models/lib/nn.yaml:79:7
%7223 = mul %7217, %5722 : f32[64,16] @ models/lib/nn.yaml:79:7
%7224 = add %7223, %7222 : f32[64,16] @ models/lib/nn.yaml:79:7
%7225 = mul %7216, %7216 : f32[64,16] @ models/lib/nn.yaml:79:7
%7226 = mul %7225, %5726 : f32[64,16] @ models/lib/nn.yaml:79:7
%7227 = mul %7218, %5728 : f32[64,16] @ models/lib/nn.yaml:79:7
%7228 = add %7227, %7226 : f32[64,16] @ models/lib/nn.yaml:79:7
%7229 = cast %7220 : f64[] @ models/lib/nn.yaml:79:7
%7230 = pow %5110, %7229 : f64[] @ models/lib/nn.yaml:79:7
%7231 = sub %5091, %7230 : f64[] @ models/lib/nn.yaml:79:7
%7232 = div %3087, %7231 : f64[] @ models/lib/nn.yaml:79:7
%7233 = pow %5118, %7229 : f64[] @ models/lib/nn.yaml:79:7
%7234 = sub %5091, %7233 : f64[] @ models/lib/nn.yaml:79:7
%7235 = sqrt %7234 : f64[] @ models/lib/nn.yaml:79:7
%7236 = div %5091, %7235 : f64[] @ models/lib/nn.yaml:79:7
%7237 = sqrt %7228 : f32[64,16] @ models/lib/nn.yaml:79:7
%7238 = cast %7236 : f32[] @ models/lib/nn.yaml:79:7
%7239 = broadcast %7238 : f32[64,16] @ models/lib/nn.yaml:79:7
%7240 = mul %7237, %7239 : f32[64,16] @ models/lib/nn.yaml:79:7
%7241 = add %7240, %5743 : f32[64,16] @ models/lib/nn.yaml:79:7
%7242 = div %7224, %7241 : f32[64,16] @ models/lib/nn.yaml:79:7
%7243 = cast %7232 : f32[] @ models/lib/nn.yaml:79:7
%7244 = broadcast %7243 : f32[64,16] @ models/lib/nn.yaml:79:7
%7245 = mul %7242, %7244 : f32[64,16] @ models/lib/nn.yaml:79:7
%7246 = sub %7221, %7245 : f32[64,16] @ models/lib/nn.yaml:79:7
%7247 = assign %47, %7246 : f32[64,16] @ models/lib/nn.yaml:79:7
%7248 = assign %7217, %7224 : f32[64,16] @ models/lib/nn.yaml:79:7
%7249 = assign %7218, %7228 : f32[64,16] @ models/lib/nn.yaml:79:7
%7250 = assign %7219, %7220 : i64[] @ models/lib/nn.yaml:79:7
%7251 = mul %125, %5754 : f32[64,16] @ models/lib/nn.yaml:79:7
%7252 = mul %7246, %5756 : f32[64,16] @ models/lib/nn.yaml:79:7
%7253 = add %7251, %7252 : f32[64,16] @ models/lib/nn.yaml:79:7
%7254 = assign %125, %7253 : f32[64,16] @ models/lib/nn.yaml:79:7
%7255 = all_reduce_sum %4510 : f32[64] @ models/lib/nn.yaml:80:7
%7256 = mul %7255, %7255 : f32[64] @ models/lib/nn.yaml:80:7
%7257 = reduce_sum %7256 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7258 = sqrt %7257 : f32[] @ models/lib/nn.yaml:80:7
%7259 = cast %7258 : f64[] @ models/lib/nn.yaml:80:7
%7260 = add %7259, %5087 : f64[] @ models/lib/nn.yaml:80:7
%7261 = div %5089, %7260 : f64[] @ models/lib/nn.yaml:80:7
%7262 = lt %7261, %5091 : bool[] @ models/lib/nn.yaml:80:7
%7263 = cast %7261 : f32[] @ models/lib/nn.yaml:80:7
%7264 = broadcast %7263 : f32[64] @ models/lib/nn.yaml:80:7
%7265 = mul %7255, %7264 : f32[64] @ models/lib/nn.yaml:80:7
%7266 = broadcast %7262 : bool[64] @ models/lib/nn.yaml:80:7
%7267 = select %7266, %7265, %7255 : f32[64] @ models/lib/nn.yaml:80:7
%7268 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7269 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7270 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7271 = add %7270, %5101 : i64[] @ models/lib/nn.yaml:80:7
%7272 = mul %7267, %5777 : f32[64] @ models/lib/nn.yaml:80:7
%7273 = mul %7268, %5779 : f32[64] @ models/lib/nn.yaml:80:7
%7274 = add %7273, %7272 : f32[64] @ models/lib/nn.yaml:80:7
%7275 = mul %7267, %7267 : f32[64] @ models/lib/nn.yaml:80:7
%7276 = mul %7275, %5783 : f32[64] @ models/lib/nn.yaml:80:7
%7277 = mul %7269, %5785 : f32[64] @ models/lib/nn.yaml:80:7
%7278 = add %7277, %7276 : f32[64] @ models/lib/nn.yaml:80:7
%7279 = cast %7271 : f64[] @ models/lib/nn.yaml:80:7
%7280 = pow %5110, %7279 : f64[] @ models/lib/nn.yaml:80:7
%7281 = sub %5091, %7280 : f64[] @ models/lib/nn.yaml:80:7
%7282 = div %3087, %7281 : f64[] @ models/lib/nn.yaml:80:7
%7283 = pow %5118, %7279 : f64[] @ models/lib/nn.yaml:80:7
%7284 = sub %5091, %7283 : f64[] @ models/lib/nn.yaml:80:7
%7285 = sqrt %7284 : f64[] @ models/lib/nn.yaml:80:7
%7286 = div %5091, %7285 : f64[] @ models/lib/nn.yaml:80:7
%7287 = sqrt %7278 : f32[64] @ models/lib/nn.yaml:80:7
%7288 = cast %7286 : f32[] @ models/lib/nn.yaml:80:7
%7289 = broadcast %7288 : f32[64] @ models/lib/nn.yaml:80:7
%7290 = mul %7287, %7289 : f32[64] @ models/lib/nn.yaml:80:7
%7291 = add %7290, %5800 : f32[64] @ models/lib/nn.yaml:80:7
%7292 = div %7274, %7291 : f32[64] @ models/lib/nn.yaml:80:7
%7293 = cast %7282 : f32[] @ models/lib/nn.yaml:80:7
%7294 = broadcast %7293 : f32[64] @ models/lib/nn.yaml:80:7
%7295 = mul %7292, %7294 : f32[64] @ models/lib/nn.yaml:80:7
%7296 = sub %48, %7295 : f32[64] @ models/lib/nn.yaml:80:7
%7297 = assign %48, %7296 : f32[64] @ models/lib/nn.yaml:80:7
%7298 = assign %7268, %7274 : f32[64] @ models/lib/nn.yaml:80:7
%7299 = assign %7269, %7278 : f32[64] @ models/lib/nn.yaml:80:7
%7300 = assign %7270, %7271 : i64[] @ models/lib/nn.yaml:80:7
%7301 = mul %126, %5811 : f32[64] @ models/lib/nn.yaml:80:7
%7302 = mul %7296, %5813 : f32[64] @ models/lib/nn.yaml:80:7
%7303 = add %7301, %7302 : f32[64] @ models/lib/nn.yaml:80:7
%7304 = assign %126, %7303 : f32[64] @ models/lib/nn.yaml:80:7
%7305 = all_reduce_sum %4496 : f32[16,64] @ models/lib/nn.yaml:79:7
%7306 = reshape %7305 : f32[1024] @ models/lib/nn.yaml:79:7
%7307 = mul %7306, %7306 : f32[1024] @ models/lib/nn.yaml:79:7
%7308 = reduce_sum %7307 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7309 = sqrt %7308 : f32[] @ models/lib/nn.yaml:79:7
%7310 = cast %7309 : f64[] @ models/lib/nn.yaml:79:7
%7311 = add %7310, %5087 : f64[] @ models/lib/nn.yaml:79:7
%7312 = div %5089, %7311 : f64[] @ models/lib/nn.yaml:79:7
%7313 = lt %7312, %5091 : bool[] @ models/lib/nn.yaml:79:7
%7314 = cast %7312 : f32[] @ models/lib/nn.yaml:79:7
%7315 = broadcast %7314 : f32[16,64] @ models/lib/nn.yaml:79:7
%7316 = mul %7305, %7315 : f32[16,64] @ models/lib/nn.yaml:79:7
%7317 = broadcast %7313 : bool[16,64] @ models/lib/nn.yaml:79:7
%7318 = select %7317, %7316, %7305 : f32[16,64] @ models/lib/nn.yaml:79:7
%7319 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7320 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7321 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7322 = add %7321, %5101 : i64[] @ models/lib/nn.yaml:79:7
%7323 = mul %49, %5835 : f32[16,64] @ models/lib/nn.yaml:79:7
%7324 = mul %7318, %5837 : f32[16,64] @ models/lib/nn.yaml:79:7
%7325 = mul %7319, %5839 : f32[16,64] @ models/lib/nn.yaml:79:7
%7326 = add %7325, %7324 : f32[16,64] @ models/lib/nn.yaml:79:7
%7327 = mul %7318, %7318 : f32[16,64] @ models/lib/nn.yaml:79:7
%7328 = mul %7327, %5843 : f32[16,64] @ models/lib/nn.yaml:79:7
%7329 = mul %7320, %5845 : f32[16,64] @ models/lib/nn.yaml:79:7
%7330 = add %7329, %7328 : f32[16,64] @ models/lib/nn.yaml:79:7
%7331 = cast %7322 : f64[] @ models/lib/nn.yaml:79:7
%7332 = pow %5110, %7331 : f64[] @ models/lib/nn.yaml:79:7
%7333 = sub %5091, %7332 : f64[] @ models/lib/nn.yaml:79:7
%7334 = div %3087, %7333 : f64[] @ models/lib/nn.yaml:79:7
%7335 = pow %5118, %7331 : f64[] @ models/lib/nn.yaml:79:7
%7336 = sub %5091, %7335 : f64[] @ models/lib/nn.yaml:79:7
%7337 = sqrt %7336 : f64[] @ models/lib/nn.yaml:79:7
%7338 = div %5091, %7337 : f64[] @ models/lib/nn.yaml:79:7
%7339 = sqrt %7330 : f32[16,64] @ models/lib/nn.yaml:79:7
%7340 = cast %7338 : f32[] @ models/lib/nn.yaml:79:7
%7341 = broadcast %7340 : f32[16,64] @ models/lib/nn.yaml:79:7
%7342 = mul %7339, %7341 : f32[16,64] @ models/lib/nn.yaml:79:7
%7343 = add %7342, %5860 : f32[16,64] @ models/lib/nn.yaml:79:7
%7344 = div %7326, %7343 : f32[16,64] @ models/lib/nn.yaml:79:7
%7345 = cast %7334 : f32[] @ models/lib/nn.yaml:79:7
%7346 = broadcast %7345 : f32[16,64] @ models/lib/nn.yaml:79:7
%7347 = mul %7344, %7346 : f32[16,64] @ models/lib/nn.yaml:79:7
%7348 = sub %7323, %7347 : f32[16,64] @ models/lib/nn.yaml:79:7
%7349 = assign %49, %7348 : f32[16,64] @ models/lib/nn.yaml:79:7
%7350 = assign %7319, %7326 : f32[16,64] @ models/lib/nn.yaml:79:7
%7351 = assign %7320, %7330 : f32[16,64] @ models/lib/nn.yaml:79:7
%7352 = assign %7321, %7322 : i64[] @ models/lib/nn.yaml:79:7
%7353 = mul %127, %5871 : f32[16,64] @ models/lib/nn.yaml:79:7
%7354 = mul %7348, %5873 : f32[16,64] @ models/lib/nn.yaml:79:7
%7355 = add %7353, %7354 : f32[16,64] @ models/lib/nn.yaml:79:7
%7356 = assign %127, %7355 : f32[16,64] @ models/lib/nn.yaml:79:7
%7357 = all_reduce_sum %4488 : f32[16] @ models/lib/nn.yaml:80:7
%7358 = mul %7357, %7357 : f32[16] @ models/lib/nn.yaml:80:7
%7359 = reduce_sum %7358 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7360 = sqrt %7359 : f32[] @ models/lib/nn.yaml:80:7
%7361 = cast %7360 : f64[] @ models/lib/nn.yaml:80:7
%7362 = add %7361, %5087 : f64[] @ models/lib/nn.yaml:80:7
%7363 = div %5089, %7362 : f64[] @ models/lib/nn.yaml:80:7
%7364 = lt %7363, %5091 : bool[] @ models/lib/nn.yaml:80:7
%7365 = cast %7363 : f32[] @ models/lib/nn.yaml:80:7
%7366 = broadcast %7365 : f32[16] @ models/lib/nn.yaml:80:7
%7367 = mul %7357, %7366 : f32[16] @ models/lib/nn.yaml:80:7
%7368 = broadcast %7364 : bool[16] @ models/lib/nn.yaml:80:7
%7369 = select %7368, %7367, %7357 : f32[16] @ models/lib/nn.yaml:80:7
%7370 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7371 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7372 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7373 = add %7372, %5101 : i64[] @ models/lib/nn.yaml:80:7
%7374 = mul %7369, %5233 : f32[16] @ models/lib/nn.yaml:80:7
%7375 = mul %7370, %5235 : f32[16] @ models/lib/nn.yaml:80:7
%7376 = add %7375, %7374 : f32[16] @ models/lib/nn.yaml:80:7
%7377 = mul %7369, %7369 : f32[16] @ models/lib/nn.yaml:80:7
%7378 = mul %7377, %5239 : f32[16] @ models/lib/nn.yaml:80:7
%7379 = mul %7371, %5241 : f32[16] @ models/lib/nn.yaml:80:7
%7380 = add %7379, %7378 : f32[16] @ models/lib/nn.yaml:80:7
%7381 = cast %7373 : f64[] @ models/lib/nn.yaml:80:7
%7382 = pow %5110, %7381 : f64[] @ models/lib/nn.yaml:80:7
%7383 = sub %5091, %7382 : f64[] @ models/lib/nn.yaml:80:7
%7384 = div %3087, %7383 : f64[] @ models/lib/nn.yaml:80:7
%7385 = pow %5118, %7381 : f64[] @ models/lib/nn.yaml:80:7
%7386 = sub %5091, %7385 : f64[] @ models/lib/nn.yaml:80:7
%7387 = sqrt %7386 : f64[] @ models/lib/nn.yaml:80:7
%7388 = div %5091, %7387 : f64[] @ models/lib/nn.yaml:80:7
%7389 = sqrt %7380 : f32[16] @ models/lib/nn.yaml:80:7
%7390 = cast %7388 : f32[] @ models/lib/nn.yaml:80:7
%7391 = broadcast %7390 : f32[16] @ models/lib/nn.yaml:80:7
%7392 = mul %7389, %7391 : f32[16] @ models/lib/nn.yaml:80:7
%7393 = add %7392, %5256 : f32[16] @ models/lib/nn.yaml:80:7
%7394 = div %7376, %7393 : f32[16] @ models/lib/nn.yaml:80:7
%7395 = cast %7384 : f32[] @ models/lib/nn.yaml:80:7
%7396 = broadcast %7395 : f32[16] @ models/lib/nn.yaml:80:7
%7397 = mul %7394, %7396 : f32[16] @ models/lib/nn.yaml:80:7
%7398 = sub %50, %7397 : f32[16] @ models/lib/nn.yaml:80:7
%7399 = assign %50, %7398 : f32[16] @ models/lib/nn.yaml:80:7
%7400 = assign %7370, %7376 : f32[16] @ models/lib/nn.yaml:80:7
%7401 = assign %7371, %7380 : f32[16] @ models/lib/nn.yaml:80:7
%7402 = assign %7372, %7373 : i64[] @ models/lib/nn.yaml:80:7
%7403 = mul %128, %5267 : f32[16] @ models/lib/nn.yaml:80:7
%7404 = mul %7398, %5269 : f32[16] @ models/lib/nn.yaml:80:7
%7405 = add %7403, %7404 : f32[16] @ models/lib/nn.yaml:80:7
%7406 = assign %128, %7405 : f32[16] @ models/lib/nn.yaml:80:7
%7407 = all_reduce_sum %4464 : f32[16] @ models/lib/nn.yaml:89:7
%7408 = mul %7407, %7407 : f32[16] @ models/lib/nn.yaml:89:7
%7409 = reduce_sum %7408 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7410 = sqrt %7409 : f32[] @ models/lib/nn.yaml:89:7
%7411 = cast %7410 : f64[] @ models/lib/nn.yaml:89:7
%7412 = add %7411, %5087 : f64[] @ models/lib/nn.yaml:89:7
%7413 = div %5089, %7412 : f64[] @ models/lib/nn.yaml:89:7
%7414 = lt %7413, %5091 : bool[] @ models/lib/nn.yaml:89:7
%7415 = cast %7413 : f32[] @ models/lib/nn.yaml:89:7
%7416 = broadcast %7415 : f32[16] @ models/lib/nn.yaml:89:7
%7417 = mul %7407, %7416 : f32[16] @ models/lib/nn.yaml:89:7
%7418 = broadcast %7414 : bool[16] @ models/lib/nn.yaml:89:7
%7419 = select %7418, %7417, %7407 : f32[16] @ models/lib/nn.yaml:89:7
%7420 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7421 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7422 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7423 = add %7422, %5101 : i64[] @ models/lib/nn.yaml:89:7
%7424 = mul %7419, %5233 : f32[16] @ models/lib/nn.yaml:89:7
%7425 = mul %7420, %5235 : f32[16] @ models/lib/nn.yaml:89:7
%7426 = add %7425, %7424 : f32[16] @ models/lib/nn.yaml:89:7
%7427 = mul %7419, %7419 : f32[16] @ models/lib/nn.yaml:89:7
%7428 = mul %7427, %5239 : f32[16] @ models/lib/nn.yaml:89:7
%7429 = mul %7421, %5241 : f32[16] @ models/lib/nn.yaml:89:7
%7430 = add %7429, %7428 : f32[16] @ models/lib/nn.yaml:89:7
%7431 = cast %7423 : f64[] @ models/lib/nn.yaml:89:7
%7432 = pow %5110, %7431 : f64[] @ models/lib/nn.yaml:89:7
%7433 = sub %5091, %7432 : f64[] @ models/lib/nn.yaml:89:7
%7434 = div %3087, %7433 : f64[] @ models/lib/nn.yaml:89:7
%7435 = pow %5118, %7431 : f64[] @ models/lib/nn.yaml:89:7
%7436 = sub %5091, %7435 : f64[] @ models/lib/nn.yaml:89:7
%7437 = sqrt %7436 : f64[] @ models/lib/nn.yaml:89:7
%7438 = div %5091, %7437 : f64[] @ models/lib/nn.yaml:89:7
%7439 = sqrt %7430 : f32[16] @ models/lib/nn.yaml:89:7
%7440 = cast %7438 : f32[] @ models/lib/nn.yaml:89:7
%7441 = broadcast %7440 : f32[16] @ models/lib/nn.yaml:89:7
%7442 = mul %7439, %7441 : f32[16] @ models/lib/nn.yaml:89:7
%7443 = add %7442, %5256 : f32[16] @ models/lib/nn.yaml:89:7
%7444 = div %7426, %7443 : f32[16] @ models/lib/nn.yaml:89:7
%7445 = cast %7434 : f32[] @ models/lib/nn.yaml:89:7
%7446 = broadcast %7445 : f32[16] @ models/lib/nn.yaml:89:7
%7447 = mul %7444, %7446 : f32[16] @ models/lib/nn.yaml:89:7
%7448 = sub %51, %7447 : f32[16] @ models/lib/nn.yaml:89:7
%7449 = assign %51, %7448 : f32[16] @ models/lib/nn.yaml:89:7
%7450 = assign %7420, %7426 : f32[16] @ models/lib/nn.yaml:89:7
%7451 = assign %7421, %7430 : f32[16] @ models/lib/nn.yaml:89:7
%7452 = assign %7422, %7423 : i64[] @ models/lib/nn.yaml:89:7
%7453 = mul %129, %5267 : f32[16] @ models/lib/nn.yaml:89:7
%7454 = mul %7448, %5269 : f32[16] @ models/lib/nn.yaml:89:7
%7455 = add %7453, %7454 : f32[16] @ models/lib/nn.yaml:89:7
%7456 = assign %129, %7455 : f32[16] @ models/lib/nn.yaml:89:7
%7457 = all_reduce_sum %4459 : f32[16] @ models/lib/nn.yaml:90:7
%7458 = mul %7457, %7457 : f32[16] @ models/lib/nn.yaml:90:7
%7459 = reduce_sum %7458 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7460 = sqrt %7459 : f32[] @ models/lib/nn.yaml:90:7
%7461 = cast %7460 : f64[] @ models/lib/nn.yaml:90:7
%7462 = add %7461, %5087 : f64[] @ models/lib/nn.yaml:90:7
%7463 = div %5089, %7462 : f64[] @ models/lib/nn.yaml:90:7
%7464 = lt %7463, %5091 : bool[] @ models/lib/nn.yaml:90:7
%7465 = cast %7463 : f32[] @ models/lib/nn.yaml:90:7
%7466 = broadcast %7465 : f32[16] @ models/lib/nn.yaml:90:7
%7467 = mul %7457, %7466 : f32[16] @ models/lib/nn.yaml:90:7
%7468 = broadcast %7464 : bool[16] @ models/lib/nn.yaml:90:7
%7469 = select %7468, %7467, %7457 : f32[16] @ models/lib/nn.yaml:90:7
%7470 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7471 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7472 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7473 = add %7472, %5101 : i64[] @ models/lib/nn.yaml:90:7
%7474 = mul %7469, %5233 : f32[16] @ models/lib/nn.yaml:90:7
%7475 = mul %7470, %5235 : f32[16] @ models/lib/nn.yaml:90:7
%7476 = add %7475, %7474 : f32[16] @ models/lib/nn.yaml:90:7
%7477 = mul %7469, %7469 : f32[16] @ models/lib/nn.yaml:90:7
%7478 = mul %7477, %5239 : f32[16] @ models/lib/nn.yaml:90:7
%7479 = mul %7471, %5241 : f32[16] @ models/lib/nn.yaml:90:7
%7480 = add %7479, %7478 : f32[16] @ models/lib/nn.yaml:90:7
%7481 = cast %7473 : f64[] @ models/lib/nn.yaml:90:7
%7482 = pow %5110, %7481 : f64[] @ models/lib/nn.yaml:90:7
%7483 = sub %5091, %7482 : f64[] @ models/lib/nn.yaml:90:7
%7484 = div %3087, %7483 : f64[] @ models/lib/nn.yaml:90:7
%7485 = pow %5118, %7481 : f64[] @ models/lib/nn.yaml:90:7
%7486 = sub %5091, %7485 : f64[] @ models/lib/nn.yaml:90:7
%7487 = sqrt %7486 : f64[] @ models/lib/nn.yaml:90:7
%7488 = div %5091, %7487 : f64[] @ models/lib/nn.yaml:90:7
%7489 = sqrt %7480 : f32[16] @ models/lib/nn.yaml:90:7
%7490 = cast %7488 : f32[] @ models/lib/nn.yaml:90:7
%7491 = broadcast %7490 : f32[16] @ models/lib/nn.yaml:90:7
%7492 = mul %7489, %7491 : f32[16] @ models/lib/nn.yaml:90:7
%7493 = add %7492, %5256 : f32[16] @ models/lib/nn.yaml:90:7
%7494 = div %7476, %7493 : f32[16] @ models/lib/nn.yaml:90:7
%7495 = cast %7484 : f32[] @ models/lib/nn.yaml:90:7
%7496 = broadcast %7495 : f32[16] @ models/lib/nn.yaml:90:7
%7497 = mul %7494, %7496 : f32[16] @ models/lib/nn.yaml:90:7
%7498 = sub %52, %7497 : f32[16] @ models/lib/nn.yaml:90:7
%7499 = assign %52, %7498 : f32[16] @ models/lib/nn.yaml:90:7
%7500 = assign %7470, %7476 : f32[16] @ models/lib/nn.yaml:90:7
%7501 = assign %7471, %7480 : f32[16] @ models/lib/nn.yaml:90:7
%7502 = assign %7472, %7473 : i64[] @ models/lib/nn.yaml:90:7
%7503 = mul %130, %5267 : f32[16] @ models/lib/nn.yaml:90:7
%7504 = mul %7498, %5269 : f32[16] @ models/lib/nn.yaml:90:7
%7505 = add %7503, %7504 : f32[16] @ models/lib/nn.yaml:90:7
%7506 = assign %130, %7505 : f32[16] @ models/lib/nn.yaml:90:7
%7507 = all_reduce_sum %4451 : f32[16,16] @ models/lib/nn.yaml:79:7
%7508 = reshape %7507 : f32[256] @ models/lib/nn.yaml:79:7
%7509 = mul %7508, %7508 : f32[256] @ models/lib/nn.yaml:79:7
%7510 = reduce_sum %7509 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7511 = sqrt %7510 : f32[] @ models/lib/nn.yaml:79:7
%7512 = cast %7511 : f64[] @ models/lib/nn.yaml:79:7
%7513 = add %7512, %5087 : f64[] @ models/lib/nn.yaml:79:7
%7514 = div %5089, %7513 : f64[] @ models/lib/nn.yaml:79:7
%7515 = lt %7514, %5091 : bool[] @ models/lib/nn.yaml:79:7
%7516 = cast %7514 : f32[] @ models/lib/nn.yaml:79:7
%7517 = broadcast %7516 : f32[16,16] @ models/lib/nn.yaml:79:7
%7518 = mul %7507, %7517 : f32[16,16] @ models/lib/nn.yaml:79:7
%7519 = broadcast %7515 : bool[16,16] @ models/lib/nn.yaml:79:7
%7520 = select %7519, %7518, %7507 : f32[16,16] @ models/lib/nn.yaml:79:7
%7521 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7522 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7523 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7524 = add %7523, %5101 : i64[] @ models/lib/nn.yaml:79:7
%7525 = mul %53, %5508 : f32[16,16] @ models/lib/nn.yaml:79:7
%7526 = mul %7520, %5510 : f32[16,16] @ models/lib/nn.yaml:79:7
%7527 = mul %7521, %5512 : f32[16,16] @ models/lib/nn.yaml:79:7
%7528 = add %7527, %7526 : f32[16,16] @ models/lib/nn.yaml:79:7
%7529 = mul %7520, %7520 : f32[16,16] @ models/lib/nn.yaml:79:7
%7530 = mul %7529, %5516 : f32[16,16] @ models/lib/nn.yaml:79:7
%7531 = mul %7522, %5518 : f32[16,16] @ models/lib/nn.yaml:79:7
%7532 = add %7531, %7530 : f32[16,16] @ models/lib/nn.yaml:79:7
%7533 = cast %7524 : f64[] @ models/lib/nn.yaml:79:7
%7534 = pow %5110, %7533 : f64[] @ models/lib/nn.yaml:79:7
%7535 = sub %5091, %7534 : f64[] @ models/lib/nn.yaml:79:7
%7536 = div %3087, %7535 : f64[] @ models/lib/nn.yaml:79:7
%7537 = pow %5118, %7533 : f64[] @ models/lib/nn.yaml:79:7
%7538 = sub %5091, %7537 : f64[] @ models/lib/nn.yaml:79:7
%7539 = sqrt %7538 : f64[] @ models/lib/nn.yaml:79:7
%7540 = div %5091, %7539 : f64[] @ models/lib/nn.yaml:79:7
%7541 = sqrt %7532 : f32[16,16] @ models/lib/nn.yaml:79:7
%7542 = cast %7540 : f32[] @ models/lib/nn.yaml:79:7
%7543 = broadcast %7542 : f32[16,16] @ models/lib/nn.yaml:79:7
%7544 = mul %7541, %7543 : f32[16,16] @ models/lib/nn.yaml:79:7
%7545 = add %7544, %5533 : f32[16,16] @ models/lib/nn.yaml:79:7
%7546 = div %7528, %7545 : f32[16,16] @ models/lib/nn.yaml:79:7
%7547 = cast %7536 : f32[] @ models/lib/nn.yaml:79:7
%7548 = broadcast %7547 : f32[16,16] @ models/lib/nn.yaml:79:7
%7549 = mul %7546, %7548 : f32[16,16] @ models/lib/nn.yaml:79:7
%7550 = sub %7525, %7549 : f32[16,16] @ models/lib/nn.yaml:79:7
%7551 = assign %53, %7550 : f32[16,16] @ models/lib/nn.yaml:79:7
%7552 = assign %7521, %7528 : f32[16,16] @ models/lib/nn.yaml:79:7
%7553 = assign %7522, %7532 : f32[16,16] @ models/lib/nn.yaml:79:7
%7554 = assign %7523, %7524 : i64[] @ models/lib/nn.yaml:79:7
%7555 = mul %131, %5544 : f32[16,16] @ models/lib/nn.yaml:79:7
%7556 = mul %7550, %5546 : f32[16,16] @ models/lib/nn.yaml:79:7
%7557 = add %7555, %7556 : f32[16,16] @ models/lib/nn.yaml:79:7
%7558 = assign %131, %7557 : f32[16,16] @ models/lib/nn.yaml:79:7
%7559 = all_reduce_sum %4442 : f32[16] @ models/lib/nn.yaml:80:7
%7560 = mul %7559, %7559 : f32[16] @ models/lib/nn.yaml:80:7
%7561 = reduce_sum %7560 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7562 = sqrt %7561 : f32[] @ models/lib/nn.yaml:80:7
%7563 = cast %7562 : f64[] @ models/lib/nn.yaml:80:7
%7564 = add %7563, %5087 : f64[] @ models/lib/nn.yaml:80:7
%7565 = div %5089, %7564 : f64[] @ models/lib/nn.yaml:80:7
%7566 = lt %7565, %5091 : bool[] @ models/lib/nn.yaml:80:7
%7567 = cast %7565 : f32[] @ models/lib/nn.yaml:80:7
%7568 = broadcast %7567 : f32[16] @ models/lib/nn.yaml:80:7
%7569 = mul %7559, %7568 : f32[16] @ models/lib/nn.yaml:80:7
%7570 = broadcast %7566 : bool[16] @ models/lib/nn.yaml:80:7
%7571 = select %7570, %7569, %7559 : f32[16] @ models/lib/nn.yaml:80:7
%7572 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7573 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7574 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7575 = add %7574, %5101 : i64[] @ models/lib/nn.yaml:80:7
%7576 = mul %7571, %5233 : f32[16] @ models/lib/nn.yaml:80:7
%7577 = mul %7572, %5235 : f32[16] @ models/lib/nn.yaml:80:7
%7578 = add %7577, %7576 : f32[16] @ models/lib/nn.yaml:80:7
%7579 = mul %7571, %7571 : f32[16] @ models/lib/nn.yaml:80:7
%7580 = mul %7579, %5239 : f32[16] @ models/lib/nn.yaml:80:7
%7581 = mul %7573, %5241 : f32[16] @ models/lib/nn.yaml:80:7
%7582 = add %7581, %7580 : f32[16] @ models/lib/nn.yaml:80:7
%7583 = cast %7575 : f64[] @ models/lib/nn.yaml:80:7
%7584 = pow %5110, %7583 : f64[] @ models/lib/nn.yaml:80:7
%7585 = sub %5091, %7584 : f64[] @ models/lib/nn.yaml:80:7
%7586 = div %3087, %7585 : f64[] @ models/lib/nn.yaml:80:7
%7587 = pow %5118, %7583 : f64[] @ models/lib/nn.yaml:80:7
%7588 = sub %5091, %7587 : f64[] @ models/lib/nn.yaml:80:7
%7589 = sqrt %7588 : f64[] @ models/lib/nn.yaml:80:7
%7590 = div %5091, %7589 : f64[] @ models/lib/nn.yaml:80:7
%7591 = sqrt %7582 : f32[16] @ models/lib/nn.yaml:80:7
%7592 = cast %7590 : f32[] @ models/lib/nn.yaml:80:7
%7593 = broadcast %7592 : f32[16] @ models/lib/nn.yaml:80:7
%7594 = mul %7591, %7593 : f32[16] @ models/lib/nn.yaml:80:7
%7595 = add %7594, %5256 : f32[16] @ models/lib/nn.yaml:80:7
%7596 = div %7578, %7595 : f32[16] @ models/lib/nn.yaml:80:7
%7597 = cast %7586 : f32[] @ models/lib/nn.yaml:80:7
%7598 = broadcast %7597 : f32[16] @ models/lib/nn.yaml:80:7
%7599 = mul %7596, %7598 : f32[16] @ models/lib/nn.yaml:80:7
%7600 = sub %54, %7599 : f32[16] @ models/lib/nn.yaml:80:7
%7601 = assign %54, %7600 : f32[16] @ models/lib/nn.yaml:80:7
%7602 = assign %7572, %7578 : f32[16] @ models/lib/nn.yaml:80:7
%7603 = assign %7573, %7582 : f32[16] @ models/lib/nn.yaml:80:7
%7604 = assign %7574, %7575 : i64[] @ models/lib/nn.yaml:80:7
%7605 = mul %132, %5267 : f32[16] @ models/lib/nn.yaml:80:7
%7606 = mul %7600, %5269 : f32[16] @ models/lib/nn.yaml:80:7
%7607 = add %7605, %7606 : f32[16] @ models/lib/nn.yaml:80:7
%7608 = assign %132, %7607 : f32[16] @ models/lib/nn.yaml:80:7
%7609 = all_reduce_sum %4436 : f32[16,16] @ models/lib/nn.yaml:79:7
%7610 = reshape %7609 : f32[256] @ models/lib/nn.yaml:79:7
%7611 = mul %7610, %7610 : f32[256] @ models/lib/nn.yaml:79:7
%7612 = reduce_sum %7611 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7613 = sqrt %7612 : f32[] @ models/lib/nn.yaml:79:7
%7614 = cast %7613 : f64[] @ models/lib/nn.yaml:79:7
%7615 = add %7614, %5087 : f64[] @ models/lib/nn.yaml:79:7
%7616 = div %5089, %7615 : f64[] @ models/lib/nn.yaml:79:7
%7617 = lt %7616, %5091 : bool[] @ models/lib/nn.yaml:79:7
%7618 = cast %7616 : f32[] @ models/lib/nn.yaml:79:7
%7619 = broadcast %7618 : f32[16,16] @ models/lib/nn.yaml:79:7
%7620 = mul %7609, %7619 : f32[16,16] @ models/lib/nn.yaml:79:7
%7621 = broadcast %7617 : bool[16,16] @ models/lib/nn.yaml:79:7
%7622 = select %7621, %7620, %7609 : f32[16,16] @ models/lib/nn.yaml:79:7
%7623 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7624 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7625 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7626 = add %7625, %5101 : i64[] @ models/lib/nn.yaml:79:7
%7627 = mul %55, %5508 : f32[16,16] @ models/lib/nn.yaml:79:7
%7628 = mul %7622, %5510 : f32[16,16] @ models/lib/nn.yaml:79:7
%7629 = mul %7623, %5512 : f32[16,16] @ models/lib/nn.yaml:79:7
%7630 = add %7629, %7628 : f32[16,16] @ models/lib/nn.yaml:79:7
%7631 = mul %7622, %7622 : f32[16,16] @ models/lib/nn.yaml:79:7
%7632 = mul %7631, %5516 : f32[16,16] @ models/lib/nn.yaml:79:7
%7633 = mul %7624, %5518 : f32[16,16] @ models/lib/nn.yaml:79:7
%7634 = add %7633, %7632 : f32[16,16] @ models/lib/nn.yaml:79:7
%7635 = cast %7626 : f64[] @ models/lib/nn.yaml:79:7
%7636 = pow %5110, %7635 : f64[] @ models/lib/nn.yaml:79:7
%7637 = sub %5091, %7636 : f64[] @ models/lib/nn.yaml:79:7
%7638 = div %3087, %7637 : f64[] @ models/lib/nn.yaml:79:7
%7639 = pow %5118, %7635 : f64[] @ models/lib/nn.yaml:79:7
%7640 = sub %5091, %7639 : f64[] @ models/lib/nn.yaml:79:7
%7641 = sqrt %7640 : f64[] @ models/lib/nn.yaml:79:7
%7642 = div %5091, %7641 : f64[] @ models/lib/nn.yaml:79:7
%7643 = sqrt %7634 : f32[16,16] @ models/lib/nn.yaml:79:7
%7644 = cast %7642 : f32[] @ models/lib/nn.yaml:79:7
%7645 = broadcast %7644 : f32[16,16] @ models/lib/nn.yaml:79:7
%7646 = mul %7643, %7645 : f32[16,16] @ models/lib/nn.yaml:79:7
%7647 = add %7646, %5533 : f32[16,16] @ models/lib/nn.yaml:79:7
%7648 = div %7630, %7647 : f32[16,16] @ models/lib/nn.yaml:79:7
%7649 = cast %7638 : f32[] @ models/lib/nn.yaml:79:7
%7650 = broadcast %7649 : f32[16,16] @ models/lib/nn.yaml:79:7
%7651 = mul %7648, %7650 : f32[16,16] @ models/lib/nn.yaml:79:7
%7652 = sub %7627, %7651 : f32[16,16] @ models/lib/nn.yaml:79:7
%7653 = assign %55, %7652 : f32[16,16] @ models/lib/nn.yaml:79:7
%7654 = assign %7623, %7630 : f32[16,16] @ models/lib/nn.yaml:79:7
%7655 = assign %7624, %7634 : f32[16,16] @ models/lib/nn.yaml:79:7
%7656 = assign %7625, %7626 : i64[] @ models/lib/nn.yaml:79:7
%7657 = mul %133, %5544 : f32[16,16] @ models/lib/nn.yaml:79:7
%7658 = mul %7652, %5546 : f32[16,16] @ models/lib/nn.yaml:79:7
%7659 = add %7657, %7658 : f32[16,16] @ models/lib/nn.yaml:79:7
%7660 = assign %133, %7659 : f32[16,16] @ models/lib/nn.yaml:79:7
%7661 = all_reduce_sum %4425 : f32[16] @ models/lib/nn.yaml:80:7
%7662 = mul %7661, %7661 : f32[16] @ models/lib/nn.yaml:80:7
%7663 = reduce_sum %7662 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7664 = sqrt %7663 : f32[] @ models/lib/nn.yaml:80:7
%7665 = cast %7664 : f64[] @ models/lib/nn.yaml:80:7
%7666 = add %7665, %5087 : f64[] @ models/lib/nn.yaml:80:7
%7667 = div %5089, %7666 : f64[] @ models/lib/nn.yaml:80:7
%7668 = lt %7667, %5091 : bool[] @ models/lib/nn.yaml:80:7
%7669 = cast %7667 : f32[] @ models/lib/nn.yaml:80:7
%7670 = broadcast %7669 : f32[16] @ models/lib/nn.yaml:80:7
%7671 = mul %7661, %7670 : f32[16] @ models/lib/nn.yaml:80:7
%7672 = broadcast %7668 : bool[16] @ models/lib/nn.yaml:80:7
%7673 = select %7672, %7671, %7661 : f32[16] @ models/lib/nn.yaml:80:7
%7674 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7675 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7676 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7677 = add %7676, %5101 : i64[] @ models/lib/nn.yaml:80:7
%7678 = mul %7673, %5233 : f32[16] @ models/lib/nn.yaml:80:7
%7679 = mul %7674, %5235 : f32[16] @ models/lib/nn.yaml:80:7
%7680 = add %7679, %7678 : f32[16] @ models/lib/nn.yaml:80:7
%7681 = mul %7673, %7673 : f32[16] @ models/lib/nn.yaml:80:7
%7682 = mul %7681, %5239 : f32[16] @ models/lib/nn.yaml:80:7
%7683 = mul %7675, %5241 : f32[16] @ models/lib/nn.yaml:80:7
%7684 = add %7683, %7682 : f32[16] @ models/lib/nn.yaml:80:7
%7685 = cast %7677 : f64[] @ models/lib/nn.yaml:80:7
%7686 = pow %5110, %7685 : f64[] @ models/lib/nn.yaml:80:7
%7687 = sub %5091, %7686 : f64[] @ models/lib/nn.yaml:80:7
%7688 = div %3087, %7687 : f64[] @ models/lib/nn.yaml:80:7
%7689 = pow %5118, %7685 : f64[] @ models/lib/nn.yaml:80:7
%7690 = sub %5091, %7689 : f64[] @ models/lib/nn.yaml:80:7
%7691 = sqrt %7690 : f64[] @ models/lib/nn.yaml:80:7
%7692 = div %5091, %7691 : f64[] @ models/lib/nn.yaml:80:7
%7693 = sqrt %7684 : f32[16] @ models/lib/nn.yaml:80:7
%7694 = cast %7692 : f32[] @ models/lib/nn.yaml:80:7
%7695 = broadcast %7694 : f32[16] @ models/lib/nn.yaml:80:7
%7696 = mul %7693, %7695 : f32[16] @ models/lib/nn.yaml:80:7
%7697 = add %7696, %5256 : f32[16] @ models/lib/nn.yaml:80:7
%7698 = div %7680, %7697 : f32[16] @ models/lib/nn.yaml:80:7
%7699 = cast %7688 : f32[] @ models/lib/nn.yaml:80:7
%7700 = broadcast %7699 : f32[16] @ models/lib/nn.yaml:80:7
%7701 = mul %7698, %7700 : f32[16] @ models/lib/nn.yaml:80:7
%7702 = sub %56, %7701 : f32[16] @ models/lib/nn.yaml:80:7
%7703 = assign %56, %7702 : f32[16] @ models/lib/nn.yaml:80:7
%7704 = assign %7674, %7680 : f32[16] @ models/lib/nn.yaml:80:7
%7705 = assign %7675, %7684 : f32[16] @ models/lib/nn.yaml:80:7
%7706 = assign %7676, %7677 : i64[] @ models/lib/nn.yaml:80:7
%7707 = mul %134, %5267 : f32[16] @ models/lib/nn.yaml:80:7
%7708 = mul %7702, %5269 : f32[16] @ models/lib/nn.yaml:80:7
%7709 = add %7707, %7708 : f32[16] @ models/lib/nn.yaml:80:7
%7710 = assign %134, %7709 : f32[16] @ models/lib/nn.yaml:80:7
%7711 = all_reduce_sum %4419 : f32[16,16] @ models/lib/nn.yaml:79:7
%7712 = reshape %7711 : f32[256] @ models/lib/nn.yaml:79:7
%7713 = mul %7712, %7712 : f32[256] @ models/lib/nn.yaml:79:7
%7714 = reduce_sum %7713 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7715 = sqrt %7714 : f32[] @ models/lib/nn.yaml:79:7
%7716 = cast %7715 : f64[] @ models/lib/nn.yaml:79:7
%7717 = add %7716, %5087 : f64[] @ models/lib/nn.yaml:79:7
%7718 = div %5089, %7717 : f64[] @ models/lib/nn.yaml:79:7
%7719 = lt %7718, %5091 : bool[] @ models/lib/nn.yaml:79:7
%7720 = cast %7718 : f32[] @ models/lib/nn.yaml:79:7
%7721 = broadcast %7720 : f32[16,16] @ models/lib/nn.yaml:79:7
%7722 = mul %7711, %7721 : f32[16,16] @ models/lib/nn.yaml:79:7
%7723 = broadcast %7719 : bool[16,16] @ models/lib/nn.yaml:79:7
%7724 = select %7723, %7722, %7711 : f32[16,16] @ models/lib/nn.yaml:79:7
%7725 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7726 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7727 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7728 = add %7727, %5101 : i64[] @ models/lib/nn.yaml:79:7
%7729 = mul %57, %5508 : f32[16,16] @ models/lib/nn.yaml:79:7
%7730 = mul %7724, %5510 : f32[16,16] @ models/lib/nn.yaml:79:7
%7731 = mul %7725, %5512 : f32[16,16] @ models/lib/nn.yaml:79:7
%7732 = add %7731, %7730 : f32[16,16] @ models/lib/nn.yaml:79:7
%7733 = mul %7724, %7724 : f32[16,16] @ models/lib/nn.yaml:79:7
%7734 = mul %7733, %5516 : f32[16,16] @ models/lib/nn.yaml:79:7
%7735 = mul %7726, %5518 : f32[16,16] @ models/lib/nn.yaml:79:7
%7736 = add %7735, %7734 : f32[16,16] @ models/lib/nn.yaml:79:7
%7737 = cast %7728 : f64[] @ models/lib/nn.yaml:79:7
%7738 = pow %5110, %7737 : f64[] @ models/lib/nn.yaml:79:7
%7739 = sub %5091, %7738 : f64[] @ models/lib/nn.yaml:79:7
%7740 = div %3087, %7739 : f64[] @ models/lib/nn.yaml:79:7
%7741 = pow %5118, %7737 : f64[] @ models/lib/nn.yaml:79:7
%7742 = sub %5091, %7741 : f64[] @ models/lib/nn.yaml:79:7
%7743 = sqrt %7742 : f64[] @ models/lib/nn.yaml:79:7
%7744 = div %5091, %7743 : f64[] @ models/lib/nn.yaml:79:7
%7745 = sqrt %7736 : f32[16,16] @ models/lib/nn.yaml:79:7
%7746 = cast %7744 : f32[] @ models/lib/nn.yaml:79:7
%7747 = broadcast %7746 : f32[16,16] @ models/lib/nn.yaml:79:7
%7748 = mul %7745, %7747 : f32[16,16] @ models/lib/nn.yaml:79:7
%7749 = add %7748, %5533 : f32[16,16] @ models/lib/nn.yaml:79:7
%7750 = div %7732, %7749 : f32[16,16] @ models/lib/nn.yaml:79:7
%7751 = cast %7740 : f32[] @ models/lib/nn.yaml:79:7
%7752 = broadcast %7751 : f32[16,16] @ models/lib/nn.yaml:79:7
%7753 = mul %7750, %7752 : f32[16,16] @ models/lib/nn.yaml:79:7
%7754 = sub %7729, %7753 : f32[16,16] @ models/lib/nn.yaml:79:7
%7755 = assign %57, %7754 : f32[16,16] @ models/lib/nn.yaml:79:7
%7756 = assign %7725, %7732 : f32[16,16] @ models/lib/nn.yaml:79:7
%7757 = assign %7726, %7736 : f32[16,16] @ models/lib/nn.yaml:79:7
%7758 = assign %7727, %7728 : i64[] @ models/lib/nn.yaml:79:7
%7759 = mul %135, %5544 : f32[16,16] @ models/lib/nn.yaml:79:7
%7760 = mul %7754, %5546 : f32[16,16] @ models/lib/nn.yaml:79:7
%7761 = add %7759, %7760 : f32[16,16] @ models/lib/nn.yaml:79:7
%7762 = assign %135, %7761 : f32[16,16] @ models/lib/nn.yaml:79:7
%7763 = all_reduce_sum %4410 : f32[16] @ models/lib/nn.yaml:80:7
%7764 = mul %7763, %7763 : f32[16] @ models/lib/nn.yaml:80:7
%7765 = reduce_sum %7764 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7766 = sqrt %7765 : f32[] @ models/lib/nn.yaml:80:7
%7767 = cast %7766 : f64[] @ models/lib/nn.yaml:80:7
%7768 = add %7767, %5087 : f64[] @ models/lib/nn.yaml:80:7
%7769 = div %5089, %7768 : f64[] @ models/lib/nn.yaml:80:7
%7770 = lt %7769, %5091 : bool[] @ models/lib/nn.yaml:80:7
%7771 = cast %7769 : f32[] @ models/lib/nn.yaml:80:7
%7772 = broadcast %7771 : f32[16] @ models/lib/nn.yaml:80:7
%7773 = mul %7763, %7772 : f32[16] @ models/lib/nn.yaml:80:7
%7774 = broadcast %7770 : bool[16] @ models/lib/nn.yaml:80:7
%7775 = select %7774, %7773, %7763 : f32[16] @ models/lib/nn.yaml:80:7
%7776 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7777 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7778 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7779 = add %7778, %5101 : i64[] @ models/lib/nn.yaml:80:7
%7780 = mul %7775, %5233 : f32[16] @ models/lib/nn.yaml:80:7
%7781 = mul %7776, %5235 : f32[16] @ models/lib/nn.yaml:80:7
%7782 = add %7781, %7780 : f32[16] @ models/lib/nn.yaml:80:7
%7783 = mul %7775, %7775 : f32[16] @ models/lib/nn.yaml:80:7
%7784 = mul %7783, %5239 : f32[16] @ models/lib/nn.yaml:80:7
%7785 = mul %7777, %5241 : f32[16] @ models/lib/nn.yaml:80:7
%7786 = add %7785, %7784 : f32[16] @ models/lib/nn.yaml:80:7
%7787 = cast %7779 : f64[] @ models/lib/nn.yaml:80:7
%7788 = pow %5110, %7787 : f64[] @ models/lib/nn.yaml:80:7
%7789 = sub %5091, %7788 : f64[] @ models/lib/nn.yaml:80:7
%7790 = div %3087, %7789 : f64[] @ models/lib/nn.yaml:80:7
%7791 = pow %5118, %7787 : f64[] @ models/lib/nn.yaml:80:7
%7792 = sub %5091, %7791 : f64[] @ models/lib/nn.yaml:80:7
%7793 = sqrt %7792 : f64[] @ models/lib/nn.yaml:80:7
%7794 = div %5091, %7793 : f64[] @ models/lib/nn.yaml:80:7
%7795 = sqrt %7786 : f32[16] @ models/lib/nn.yaml:80:7
%7796 = cast %7794 : f32[] @ models/lib/nn.yaml:80:7
%7797 = broadcast %7796 : f32[16] @ models/lib/nn.yaml:80:7
%7798 = mul %7795, %7797 : f32[16] @ models/lib/nn.yaml:80:7
%7799 = add %7798, %5256 : f32[16] @ models/lib/nn.yaml:80:7
%7800 = div %7782, %7799 : f32[16] @ models/lib/nn.yaml:80:7
%7801 = cast %7790 : f32[] @ models/lib/nn.yaml:80:7
%7802 = broadcast %7801 : f32[16] @ models/lib/nn.yaml:80:7
%7803 = mul %7800, %7802 : f32[16] @ models/lib/nn.yaml:80:7
%7804 = sub %58, %7803 : f32[16] @ models/lib/nn.yaml:80:7
%7805 = assign %58, %7804 : f32[16] @ models/lib/nn.yaml:80:7
%7806 = assign %7776, %7782 : f32[16] @ models/lib/nn.yaml:80:7
%7807 = assign %7777, %7786 : f32[16] @ models/lib/nn.yaml:80:7
%7808 = assign %7778, %7779 : i64[] @ models/lib/nn.yaml:80:7
%7809 = mul %136, %5267 : f32[16] @ models/lib/nn.yaml:80:7
%7810 = mul %7804, %5269 : f32[16] @ models/lib/nn.yaml:80:7
%7811 = add %7809, %7810 : f32[16] @ models/lib/nn.yaml:80:7
%7812 = assign %136, %7811 : f32[16] @ models/lib/nn.yaml:80:7
%7813 = all_reduce_sum %4353 : f32[16,16] @ models/lib/nn.yaml:79:7
%7814 = reshape %7813 : f32[256] @ models/lib/nn.yaml:79:7
%7815 = mul %7814, %7814 : f32[256] @ models/lib/nn.yaml:79:7
%7816 = reduce_sum %7815 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7817 = sqrt %7816 : f32[] @ models/lib/nn.yaml:79:7
%7818 = cast %7817 : f64[] @ models/lib/nn.yaml:79:7
%7819 = add %7818, %5087 : f64[] @ models/lib/nn.yaml:79:7
%7820 = div %5089, %7819 : f64[] @ models/lib/nn.yaml:79:7
%7821 = lt %7820, %5091 : bool[] @ models/lib/nn.yaml:79:7
%7822 = cast %7820 : f32[] @ models/lib/nn.yaml:79:7
%7823 = broadcast %7822 : f32[16,16] @ models/lib/nn.yaml:79:7
%7824 = mul %7813, %7823 : f32[16,16] @ models/lib/nn.yaml:79:7
%7825 = broadcast %7821 : bool[16,16] @ models/lib/nn.yaml:79:7
%7826 = select %7825, %7824, %7813 : f32[16,16] @ models/lib/nn.yaml:79:7
%7827 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7828 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7829 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7830 = add %7829, %5101 : i64[] @ models/lib/nn.yaml:79:7
%7831 = mul %59, %5508 : f32[16,16] @ models/lib/nn.yaml:79:7
%7832 = mul %7826, %5510 : f32[16,16] @ models/lib/nn.yaml:79:7
%7833 = mul %7827, %5512 : f32[16,16] @ models/lib/nn.yaml:79:7
%7834 = add %7833, %7832 : f32[16,16] @ models/lib/nn.yaml:79:7
%7835 = mul %7826, %7826 : f32[16,16] @ models/lib/nn.yaml:79:7
%7836 = mul %7835, %5516 : f32[16,16] @ models/lib/nn.yaml:79:7
%7837 = mul %7828, %5518 : f32[16,16] @ models/lib/nn.yaml:79:7
%7838 = add %7837, %7836 : f32[16,16] @ models/lib/nn.yaml:79:7
%7839 = cast %7830 : f64[] @ models/lib/nn.yaml:79:7
%7840 = pow %5110, %7839 : f64[] @ models/lib/nn.yaml:79:7
%7841 = sub %5091, %7840 : f64[] @ models/lib/nn.yaml:79:7
%7842 = div %3087, %7841 : f64[] @ models/lib/nn.yaml:79:7
%7843 = pow %5118, %7839 : f64[] @ models/lib/nn.yaml:79:7
%7844 = sub %5091, %7843 : f64[] @ models/lib/nn.yaml:79:7
%7845 = sqrt %7844 : f64[] @ models/lib/nn.yaml:79:7
%7846 = div %5091, %7845 : f64[] @ models/lib/nn.yaml:79:7
%7847 = sqrt %7838 : f32[16,16] @ models/lib/nn.yaml:79:7
%7848 = cast %7846 : f32[] @ models/lib/nn.yaml:79:7
%7849 = broadcast %7848 : f32[16,16] @ models/lib/nn.yaml:79:7
%7850 = mul %7847, %7849 : f32[16,16] @ models/lib/nn.yaml:79:7
%7851 = add %7850, %5533 : f32[16,16] @ models/lib/nn.yaml:79:7
%7852 = div %7834, %7851 : f32[16,16] @ models/lib/nn.yaml:79:7
%7853 = cast %7842 : f32[] @ models/lib/nn.yaml:79:7
%7854 = broadcast %7853 : f32[16,16] @ models/lib/nn.yaml:79:7
%7855 = mul %7852, %7854 : f32[16,16] @ models/lib/nn.yaml:79:7
%7856 = sub %7831, %7855 : f32[16,16] @ models/lib/nn.yaml:79:7
%7857 = assign %59, %7856 : f32[16,16] @ models/lib/nn.yaml:79:7
%7858 = assign %7827, %7834 : f32[16,16] @ models/lib/nn.yaml:79:7
%7859 = assign %7828, %7838 : f32[16,16] @ models/lib/nn.yaml:79:7
%7860 = assign %7829, %7830 : i64[] @ models/lib/nn.yaml:79:7
%7861 = mul %137, %5544 : f32[16,16] @ models/lib/nn.yaml:79:7
%7862 = mul %7856, %5546 : f32[16,16] @ models/lib/nn.yaml:79:7
%7863 = add %7861, %7862 : f32[16,16] @ models/lib/nn.yaml:79:7
%7864 = assign %137, %7863 : f32[16,16] @ models/lib/nn.yaml:79:7
%7865 = all_reduce_sum %4345 : f32[16] @ models/lib/nn.yaml:80:7
%7866 = mul %7865, %7865 : f32[16] @ models/lib/nn.yaml:80:7
%7867 = reduce_sum %7866 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7868 = sqrt %7867 : f32[] @ models/lib/nn.yaml:80:7
%7869 = cast %7868 : f64[] @ models/lib/nn.yaml:80:7
%7870 = add %7869, %5087 : f64[] @ models/lib/nn.yaml:80:7
%7871 = div %5089, %7870 : f64[] @ models/lib/nn.yaml:80:7
%7872 = lt %7871, %5091 : bool[] @ models/lib/nn.yaml:80:7
%7873 = cast %7871 : f32[] @ models/lib/nn.yaml:80:7
%7874 = broadcast %7873 : f32[16] @ models/lib/nn.yaml:80:7
%7875 = mul %7865, %7874 : f32[16] @ models/lib/nn.yaml:80:7
%7876 = broadcast %7872 : bool[16] @ models/lib/nn.yaml:80:7
%7877 = select %7876, %7875, %7865 : f32[16] @ models/lib/nn.yaml:80:7
%7878 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7879 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7880 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7881 = add %7880, %5101 : i64[] @ models/lib/nn.yaml:80:7
%7882 = mul %7877, %5233 : f32[16] @ models/lib/nn.yaml:80:7
%7883 = mul %7878, %5235 : f32[16] @ models/lib/nn.yaml:80:7
%7884 = add %7883, %7882 : f32[16] @ models/lib/nn.yaml:80:7
%7885 = mul %7877, %7877 : f32[16] @ models/lib/nn.yaml:80:7
%7886 = mul %7885, %5239 : f32[16] @ models/lib/nn.yaml:80:7
%7887 = mul %7879, %5241 : f32[16] @ models/lib/nn.yaml:80:7
%7888 = add %7887, %7886 : f32[16] @ models/lib/nn.yaml:80:7
%7889 = cast %7881 : f64[] @ models/lib/nn.yaml:80:7
%7890 = pow %5110, %7889 : f64[] @ models/lib/nn.yaml:80:7
%7891 = sub %5091, %7890 : f64[] @ models/lib/nn.yaml:80:7
%7892 = div %3087, %7891 : f64[] @ models/lib/nn.yaml:80:7
%7893 = pow %5118, %7889 : f64[] @ models/lib/nn.yaml:80:7
%7894 = sub %5091, %7893 : f64[] @ models/lib/nn.yaml:80:7
%7895 = sqrt %7894 : f64[] @ models/lib/nn.yaml:80:7
%7896 = div %5091, %7895 : f64[] @ models/lib/nn.yaml:80:7
%7897 = sqrt %7888 : f32[16] @ models/lib/nn.yaml:80:7
%7898 = cast %7896 : f32[] @ models/lib/nn.yaml:80:7
%7899 = broadcast %7898 : f32[16] @ models/lib/nn.yaml:80:7
%7900 = mul %7897, %7899 : f32[16] @ models/lib/nn.yaml:80:7
%7901 = add %7900, %5256 : f32[16] @ models/lib/nn.yaml:80:7
%7902 = div %7884, %7901 : f32[16] @ models/lib/nn.yaml:80:7
%7903 = cast %7892 : f32[] @ models/lib/nn.yaml:80:7
%7904 = broadcast %7903 : f32[16] @ models/lib/nn.yaml:80:7
%7905 = mul %7902, %7904 : f32[16] @ models/lib/nn.yaml:80:7
%7906 = sub %60, %7905 : f32[16] @ models/lib/nn.yaml:80:7
%7907 = assign %60, %7906 : f32[16] @ models/lib/nn.yaml:80:7
%7908 = assign %7878, %7884 : f32[16] @ models/lib/nn.yaml:80:7
%7909 = assign %7879, %7888 : f32[16] @ models/lib/nn.yaml:80:7
%7910 = assign %7880, %7881 : i64[] @ models/lib/nn.yaml:80:7
%7911 = mul %138, %5267 : f32[16] @ models/lib/nn.yaml:80:7
%7912 = mul %7906, %5269 : f32[16] @ models/lib/nn.yaml:80:7
%7913 = add %7911, %7912 : f32[16] @ models/lib/nn.yaml:80:7
%7914 = assign %138, %7913 : f32[16] @ models/lib/nn.yaml:80:7
%7915 = all_reduce_sum %4324 : f32[16] @ models/lib/nn.yaml:89:7
%7916 = mul %7915, %7915 : f32[16] @ models/lib/nn.yaml:89:7
%7917 = reduce_sum %7916 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7918 = sqrt %7917 : f32[] @ models/lib/nn.yaml:89:7
%7919 = cast %7918 : f64[] @ models/lib/nn.yaml:89:7
%7920 = add %7919, %5087 : f64[] @ models/lib/nn.yaml:89:7
%7921 = div %5089, %7920 : f64[] @ models/lib/nn.yaml:89:7
%7922 = lt %7921, %5091 : bool[] @ models/lib/nn.yaml:89:7
%7923 = cast %7921 : f32[] @ models/lib/nn.yaml:89:7
%7924 = broadcast %7923 : f32[16] @ models/lib/nn.yaml:89:7
%7925 = mul %7915, %7924 : f32[16] @ models/lib/nn.yaml:89:7
%7926 = broadcast %7922 : bool[16] @ models/lib/nn.yaml:89:7
%7927 = select %7926, %7925, %7915 : f32[16] @ models/lib/nn.yaml:89:7
%7928 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7929 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7930 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7931 = add %7930, %5101 : i64[] @ models/lib/nn.yaml:89:7
%7932 = mul %7927, %5233 : f32[16] @ models/lib/nn.yaml:89:7
%7933 = mul %7928, %5235 : f32[16] @ models/lib/nn.yaml:89:7
%7934 = add %7933, %7932 : f32[16] @ models/lib/nn.yaml:89:7
%7935 = mul %7927, %7927 : f32[16] @ models/lib/nn.yaml:89:7
%7936 = mul %7935, %5239 : f32[16] @ models/lib/nn.yaml:89:7
%7937 = mul %7929, %5241 : f32[16] @ models/lib/nn.yaml:89:7
%7938 = add %7937, %7936 : f32[16] @ models/lib/nn.yaml:89:7
%7939 = cast %7931 : f64[] @ models/lib/nn.yaml:89:7
%7940 = pow %5110, %7939 : f64[] @ models/lib/nn.yaml:89:7
%7941 = sub %5091, %7940 : f64[] @ models/lib/nn.yaml:89:7
%7942 = div %3087, %7941 : f64[] @ models/lib/nn.yaml:89:7
%7943 = pow %5118, %7939 : f64[] @ models/lib/nn.yaml:89:7
%7944 = sub %5091, %7943 : f64[] @ models/lib/nn.yaml:89:7
%7945 = sqrt %7944 : f64[] @ models/lib/nn.yaml:89:7
%7946 = div %5091, %7945 : f64[] @ models/lib/nn.yaml:89:7
%7947 = sqrt %7938 : f32[16] @ models/lib/nn.yaml:89:7
%7948 = cast %7946 : f32[] @ models/lib/nn.yaml:89:7
%7949 = broadcast %7948 : f32[16] @ models/lib/nn.yaml:89:7
%7950 = mul %7947, %7949 : f32[16] @ models/lib/nn.yaml:89:7
%7951 = add %7950, %5256 : f32[16] @ models/lib/nn.yaml:89:7
%7952 = div %7934, %7951 : f32[16] @ models/lib/nn.yaml:89:7
%7953 = cast %7942 : f32[] @ models/lib/nn.yaml:89:7
%7954 = broadcast %7953 : f32[16] @ models/lib/nn.yaml:89:7
%7955 = mul %7952, %7954 : f32[16] @ models/lib/nn.yaml:89:7
%7956 = sub %61, %7955 : f32[16] @ models/lib/nn.yaml:89:7
%7957 = assign %61, %7956 : f32[16] @ models/lib/nn.yaml:89:7
%7958 = assign %7928, %7934 : f32[16] @ models/lib/nn.yaml:89:7
%7959 = assign %7929, %7938 : f32[16] @ models/lib/nn.yaml:89:7
%7960 = assign %7930, %7931 : i64[] @ models/lib/nn.yaml:89:7
%7961 = mul %139, %5267 : f32[16] @ models/lib/nn.yaml:89:7
%7962 = mul %7956, %5269 : f32[16] @ models/lib/nn.yaml:89:7
%7963 = add %7961, %7962 : f32[16] @ models/lib/nn.yaml:89:7
%7964 = assign %139, %7963 : f32[16] @ models/lib/nn.yaml:89:7
%7965 = all_reduce_sum %4319 : f32[16] @ models/lib/nn.yaml:90:7
%7966 = mul %7965, %7965 : f32[16] @ models/lib/nn.yaml:90:7
%7967 = reduce_sum %7966 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7968 = sqrt %7967 : f32[] @ models/lib/nn.yaml:90:7
%7969 = cast %7968 : f64[] @ models/lib/nn.yaml:90:7
%7970 = add %7969, %5087 : f64[] @ models/lib/nn.yaml:90:7
%7971 = div %5089, %7970 : f64[] @ models/lib/nn.yaml:90:7
%7972 = lt %7971, %5091 : bool[] @ models/lib/nn.yaml:90:7
%7973 = cast %7971 : f32[] @ models/lib/nn.yaml:90:7
%7974 = broadcast %7973 : f32[16] @ models/lib/nn.yaml:90:7
%7975 = mul %7965, %7974 : f32[16] @ models/lib/nn.yaml:90:7
%7976 = broadcast %7972 : bool[16] @ models/lib/nn.yaml:90:7
%7977 = select %7976, %7975, %7965 : f32[16] @ models/lib/nn.yaml:90:7
%7978 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7979 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7980 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7981 = add %7980, %5101 : i64[] @ models/lib/nn.yaml:90:7
%7982 = mul %7977, %5233 : f32[16] @ models/lib/nn.yaml:90:7
%7983 = mul %7978, %5235 : f32[16] @ models/lib/nn.yaml:90:7
%7984 = add %7983, %7982 : f32[16] @ models/lib/nn.yaml:90:7
%7985 = mul %7977, %7977 : f32[16] @ models/lib/nn.yaml:90:7
%7986 = mul %7985, %5239 : f32[16] @ models/lib/nn.yaml:90:7
%7987 = mul %7979, %5241 : f32[16] @ models/lib/nn.yaml:90:7
%7988 = add %7987, %7986 : f32[16] @ models/lib/nn.yaml:90:7
%7989 = cast %7981 : f64[] @ models/lib/nn.yaml:90:7
%7990 = pow %5110, %7989 : f64[] @ models/lib/nn.yaml:90:7
%7991 = sub %5091, %7990 : f64[] @ models/lib/nn.yaml:90:7
%7992 = div %3087, %7991 : f64[] @ models/lib/nn.yaml:90:7
%7993 = pow %5118, %7989 : f64[] @ models/lib/nn.yaml:90:7
%7994 = sub %5091, %7993 : f64[] @ models/lib/nn.yaml:90:7
%7995 = sqrt %7994 : f64[] @ models/lib/nn.yaml:90:7
%7996 = div %5091, %7995 : f64[] @ models/lib/nn.yaml:90:7
%7997 = sqrt %7988 : f32[16] @ models/lib/nn.yaml:90:7
%7998 = cast %7996 : f32[] @ models/lib/nn.yaml:90:7
%7999 = broadcast %7998 : f32[16] @ models/lib/nn.yaml:90:7
%8000 = mul %7997, %7999 : f32[16] @ models/lib/nn.yaml:90:7
%8001 = add %8000, %5256 : f32[16] @ models/lib/nn.yaml:90:7
%8002 = div %7984, %8001 : f32[16] @ models/lib/nn.yaml:90:7
%8003 = cast %7992 : f32[] @ models/lib/nn.yaml:90:7
%8004 = broadcast %8003 : f32[16] @ models/lib/nn.yaml:90:7
%8005 = mul %8002, %8004 : f32[16] @ models/lib/nn.yaml:90:7
%8006 = sub %62, %8005 : f32[16] @ models/lib/nn.yaml:90:7
%8007 = assign %62, %8006 : f32[16] @ models/lib/nn.yaml:90:7
%8008 = assign %7978, %7984 : f32[16] @ models/lib/nn.yaml:90:7
%8009 = assign %7979, %7988 : f32[16] @ models/lib/nn.yaml:90:7
%8010 = assign %7980, %7981 : i64[] @ models/lib/nn.yaml:90:7
%8011 = mul %140, %5267 : f32[16] @ models/lib/nn.yaml:90:7
%8012 = mul %8006, %5269 : f32[16] @ models/lib/nn.yaml:90:7
%8013 = add %8011, %8012 : f32[16] @ models/lib/nn.yaml:90:7
%8014 = assign %140, %8013 : f32[16] @ models/lib/nn.yaml:90:7
%8015 = all_reduce_sum %4315 : f32[64,16] @ models/lib/nn.yaml:79:7
%8016 = reshape %8015 : f32[1024] @ models/lib/nn.yaml:79:7
%8017 = mul %8016, %8016 : f32[1024] @ models/lib/nn.yaml:79:7
%8018 = reduce_sum %8017 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8019 = sqrt %8018 : f32[] @ models/lib/nn.yaml:79:7
%8020 = cast %8019 : f64[] @ models/lib/nn.yaml:79:7
%8021 = add %8020, %5087 : f64[] @ models/lib/nn.yaml:79:7
%8022 = div %5089, %8021 : f64[] @ models/lib/nn.yaml:79:7
%8023 = lt %8022, %5091 : bool[] @ models/lib/nn.yaml:79:7
%8024 = cast %8022 : f32[] @ models/lib/nn.yaml:79:7
%8025 = broadcast %8024 : f32[64,16] @ models/lib/nn.yaml:79:7
%8026 = mul %8015, %8025 : f32[64,16] @ models/lib/nn.yaml:79:7
%8027 = broadcast %8023 : bool[64,16] @ models/lib/nn.yaml:79:7
%8028 = select %8027, %8026, %8015 : f32[64,16] @ models/lib/nn.yaml:79:7
%8029 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8030 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8031 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8032 = add %8031, %5101 : i64[] @ models/lib/nn.yaml:79:7
%8033 = mul %63, %5718 : f32[64,16] @ models/lib/nn.yaml:79:7
%8034 = mul %8028, %5720 : f32[64,16] @ models/lib/nn.yaml:79:7
%8035 = mul %8029, %5722 : f32[64,16] @ models/lib/nn.yaml:79:7
%8036 = add %8035, %8034 : f32[64,16] @ models/lib/nn.yaml:79:7
%8037 = mul %8028, %8028 : f32[64,16] @ models/lib/nn.yaml:79:7
%8038 = mul %8037, %5726 : f32[64,16] @ models/lib/nn.yaml:79:7
%8039 = mul %8030, %5728 : f32[64,16] @ models/lib/nn.yaml:79:7
%8040 = add %8039, %8038 : f32[64,16] @ models/lib/nn.yaml:79:7
%8041 = cast %8032 : f64[] @ models/lib/nn.yaml:79:7
%8042 = pow %5110, %8041 : f64[] @ models/lib/nn.yaml:79:7
%8043 = sub %5091, %8042 : f64[] @ models/lib/nn.yaml:79:7
%8044 = div %3087, %8043 : f64[] @ models/lib/nn.yaml:79:7
%8045 = pow %5118, %8041 : f64[] @ models/lib/nn.yaml:79:7
%8046 = sub %5091, %8045 : f64[] @ models/lib/nn.yaml:79:7
%8047 = sqrt %8046 : f64[] @ models/lib/nn.yaml:79:7
%8048 = div %5091, %8047 : f64[] @ models/lib/nn.yaml:79:7
%8049 = sqrt %8040 : f32[64,16] @ models/lib/nn.yaml:79:7
%8050 = cast %8048 : f32[] @ models/lib/nn.yaml:79:7
%8051 = broadcast %8050 : f32[64,16] @ models/lib/nn.yaml:79:7
%8052 = mul %8049, %8051 : f32[64,16] @ models/lib/nn.yaml:79:7
%8053 = add %8052, %5743 : f32[64,16] @ models/lib/nn.yaml:79:7
%8054 = div %8036, %8053 : f32[64,16] @ models/lib/nn.yaml:79:7
%8055 = cast %8044 : f32[] @ models/lib/nn.yaml:79:7
%8056 = broadcast %8055 : f32[64,16] @ models/lib/nn.yaml:79:7
%8057 = mul %8054, %8056 : f32[64,16] @ models/lib/nn.yaml:79:7
%8058 = sub %8033, %8057 : f32[64,16] @ models/lib/nn.yaml:79:7
%8059 = assign %63, %8058 : f32[64,16] @ models/lib/nn.yaml:79:7
%8060 = assign %8029, %8036 : f32[64,16] @ models/lib/nn.yaml:79:7
%8061 = assign %8030, %8040 : f32[64,16] @ models/lib/nn.yaml:79:7
%8062 = assign %8031, %8032 : i64[] @ models/lib/nn.yaml:79:7
%8063 = mul %141, %5754 : f32[64,16] @ models/lib/nn.yaml:79:7
%8064 = mul %8058, %5756 : f32[64,16] @ models/lib/nn.yaml:79:7
%8065 = add %8063, %8064 : f32[64,16] @ models/lib/nn.yaml:79:7
%8066 = assign %141, %8065 : f32[64,16] @ models/lib/nn.yaml:79:7
%8067 = all_reduce_sum %4307 : f32[64] @ models/lib/nn.yaml:80:7
%8068 = mul %8067, %8067 : f32[64] @ models/lib/nn.yaml:80:7
%8069 = reduce_sum %8068 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8070 = sqrt %8069 : f32[] @ models/lib/nn.yaml:80:7
%8071 = cast %8070 : f64[] @ models/lib/nn.yaml:80:7
%8072 = add %8071, %5087 : f64[] @ models/lib/nn.yaml:80:7
%8073 = div %5089, %8072 : f64[] @ models/lib/nn.yaml:80:7
%8074 = lt %8073, %5091 : bool[] @ models/lib/nn.yaml:80:7
%8075 = cast %8073 : f32[] @ models/lib/nn.yaml:80:7
%8076 = broadcast %8075 : f32[64] @ models/lib/nn.yaml:80:7
%8077 = mul %8067, %8076 : f32[64] @ models/lib/nn.yaml:80:7
%8078 = broadcast %8074 : bool[64] @ models/lib/nn.yaml:80:7
%8079 = select %8078, %8077, %8067 : f32[64] @ models/lib/nn.yaml:80:7
%8080 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8081 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8082 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8083 = add %8082, %5101 : i64[] @ models/lib/nn.yaml:80:7
%8084 = mul %8079, %5777 : f32[64] @ models/lib/nn.yaml:80:7
%8085 = mul %8080, %5779 : f32[64] @ models/lib/nn.yaml:80:7
%8086 = add %8085, %8084 : f32[64] @ models/lib/nn.yaml:80:7
%8087 = mul %8079, %8079 : f32[64] @ models/lib/nn.yaml:80:7
%8088 = mul %8087, %5783 : f32[64] @ models/lib/nn.yaml:80:7
%8089 = mul %8081, %5785 : f32[64] @ models/lib/nn.yaml:80:7
%8090 = add %8089, %8088 : f32[64] @ models/lib/nn.yaml:80:7
%8091 = cast %8083 : f64[] @ models/lib/nn.yaml:80:7
%8092 = pow %5110, %8091 : f64[] @ models/lib/nn.yaml:80:7
%8093 = sub %5091, %8092 : f64[] @ models/lib/nn.yaml:80:7
%8094 = div %3087, %8093 : f64[] @ models/lib/nn.yaml:80:7
%8095 = pow %5118, %8091 : f64[] @ models/lib/nn.yaml:80:7
%8096 = sub %5091, %8095 : f64[] @ models/lib/nn.yaml:80:7
%8097 = sqrt %8096 : f64[] @ models/lib/nn.yaml:80:7
%8098 = div %5091, %8097 : f64[] @ models/lib/nn.yaml:80:7
%8099 = sqrt %8090 : f32[64] @ models/lib/nn.yaml:80:7
%8100 = cast %8098 : f32[] @ models/lib/nn.yaml:80:7
%8101 = broadcast %8100 : f32[64] @ models/lib/nn.yaml:80:7
%8102 = mul %8099, %8101 : f32[64] @ models/lib/nn.yaml:80:7
%8103 = add %8102, %5800 : f32[64] @ models/lib/nn.yaml:80:7
%8104 = div %8086, %8103 : f32[64] @ models/lib/nn.yaml:80:7
%8105 = cast %8094 : f32[] @ models/lib/nn.yaml:80:7
%8106 = broadcast %8105 : f32[64] @ models/lib/nn.yaml:80:7
%8107 = mul %8104, %8106 : f32[64] @ models/lib/nn.yaml:80:7
%8108 = sub %64, %8107 : f32[64] @ models/lib/nn.yaml:80:7
%8109 = assign %64, %8108 : f32[64] @ models/lib/nn.yaml:80:7
%8110 = assign %8080, %8086 : f32[64] @ models/lib/nn.yaml:80:7
%8111 = assign %8081, %8090 : f32[64] @ models/lib/nn.yaml:80:7
%8112 = assign %8082, %8083 : i64[] @ models/lib/nn.yaml:80:7
%8113 = mul %142, %5811 : f32[64] @ models/lib/nn.yaml:80:7
%8114 = mul %8108, %5813 : f32[64] @ models/lib/nn.yaml:80:7
%8115 = add %8113, %8114 : f32[64] @ models/lib/nn.yaml:80:7
%8116 = assign %142, %8115 : f32[64] @ models/lib/nn.yaml:80:7
%8117 = all_reduce_sum %4293 : f32[16,64] @ models/lib/nn.yaml:79:7
%8118 = reshape %8117 : f32[1024] @ models/lib/nn.yaml:79:7
%8119 = mul %8118, %8118 : f32[1024] @ models/lib/nn.yaml:79:7
%8120 = reduce_sum %8119 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8121 = sqrt %8120 : f32[] @ models/lib/nn.yaml:79:7
%8122 = cast %8121 : f64[] @ models/lib/nn.yaml:79:7
%8123 = add %8122, %5087 : f64[] @ models/lib/nn.yaml:79:7
%8124 = div %5089, %8123 : f64[] @ models/lib/nn.yaml:79:7
%8125 = lt %8124, %5091 : bool[] @ models/lib/nn.yaml:79:7
%8126 = cast %8124 : f32[] @ models/lib/nn.yaml:79:7
%8127 = broadcast %8126 : f32[16,64] @ models/lib/nn.yaml:79:7
%8128 = mul %8117, %8127 : f32[16,64] @ models/lib/nn.yaml:79:7
%8129 = broadcast %8125 : bool[16,64] @ models/lib/nn.yaml:79:7
%8130 = select %8129, %8128, %8117 : f32[16,64] @ models/lib/nn.yaml:79:7
%8131 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8132 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8133 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8134 = add %8133, %5101 : i64[] @ models/lib/nn.yaml:79:7
%8135 = mul %65, %5835 : f32[16,64] @ models/lib/nn.yaml:79:7
%8136 = mul %8130, %5837 : f32[16,64] @ models/lib/nn.yaml:79:7
%8137 = mul %8131, %5839 : f32[16,64] @ models/lib/nn.yaml:79:7
%8138 = add %8137, %8136 : f32[16,64] @ models/lib/nn.yaml:79:7
%8139 = mul %8130, %8130 : f32[16,64] @ models/lib/nn.yaml:79:7
%8140 = mul %8139, %5843 : f32[16,64] @ models/lib/nn.yaml:79:7
%8141 = mul %8132, %5845 : f32[16,64] @ models/lib/nn.yaml:79:7
%8142 = add %8141, %8140 : f32[16,64] @ models/lib/nn.yaml:79:7
%8143 = cast %8134 : f64[] @ models/lib/nn.yaml:79:7
%8144 = pow %5110, %8143 : f64[] @ models/lib/nn.yaml:79:7
%8145 = sub %5091, %8144 : f64[] @ models/lib/nn.yaml:79:7
%8146 = div %3087, %8145 : f64[] @ models/lib/nn.yaml:79:7
%8147 = pow %5118, %8143 : f64[] @ models/lib/nn.yaml:79:7
%8148 = sub %5091, %8147 : f64[] @ models/lib/nn.yaml:79:7
%8149 = sqrt %8148 : f64[] @ models/lib/nn.yaml:79:7
%8150 = div %5091, %8149 : f64[] @ models/lib/nn.yaml:79:7
%8151 = sqrt %8142 : f32[16,64] @ models/lib/nn.yaml:79:7
%8152 = cast %8150 : f32[] @ models/lib/nn.yaml:79:7
%8153 = broadcast %8152 : f32[16,64] @ models/lib/nn.yaml:79:7
%8154 = mul %8151, %8153 : f32[16,64] @ models/lib/nn.yaml:79:7
%8155 = add %8154, %5860 : f32[16,64] @ models/lib/nn.yaml:79:7
%8156 = div %8138, %8155 : f32[16,64] @ models/lib/nn.yaml:79:7
%8157 = cast %8146 : f32[] @ models/lib/nn.yaml:79:7
%8158 = broadcast %8157 : f32[16,64] @ models/lib/nn.yaml:79:7
%8159 = mul %8156, %8158 : f32[16,64] @ models/lib/nn.yaml:79:7
%8160 = sub %8135, %8159 : f32[16,64] @ models/lib/nn.yaml:79:7
%8161 = assign %65, %8160 : f32[16,64] @ models/lib/nn.yaml:79:7
%8162 = assign %8131, %8138 : f32[16,64] @ models/lib/nn.yaml:79:7
%8163 = assign %8132, %8142 : f32[16,64] @ models/lib/nn.yaml:79:7
%8164 = assign %8133, %8134 : i64[] @ models/lib/nn.yaml:79:7
%8165 = mul %143, %5871 : f32[16,64] @ models/lib/nn.yaml:79:7
%8166 = mul %8160, %5873 : f32[16,64] @ models/lib/nn.yaml:79:7
%8167 = add %8165, %8166 : f32[16,64] @ models/lib/nn.yaml:79:7
%8168 = assign %143, %8167 : f32[16,64] @ models/lib/nn.yaml:79:7
%8169 = all_reduce_sum %4285 : f32[16] @ models/lib/nn.yaml:80:7
%8170 = mul %8169, %8169 : f32[16] @ models/lib/nn.yaml:80:7
%8171 = reduce_sum %8170 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8172 = sqrt %8171 : f32[] @ models/lib/nn.yaml:80:7
%8173 = cast %8172 : f64[] @ models/lib/nn.yaml:80:7
%8174 = add %8173, %5087 : f64[] @ models/lib/nn.yaml:80:7
%8175 = div %5089, %8174 : f64[] @ models/lib/nn.yaml:80:7
%8176 = lt %8175, %5091 : bool[] @ models/lib/nn.yaml:80:7
%8177 = cast %8175 : f32[] @ models/lib/nn.yaml:80:7
%8178 = broadcast %8177 : f32[16] @ models/lib/nn.yaml:80:7
%8179 = mul %8169, %8178 : f32[16] @ models/lib/nn.yaml:80:7
%8180 = broadcast %8176 : bool[16] @ models/lib/nn.yaml:80:7
%8181 = select %8180, %8179, %8169 : f32[16] @ models/lib/nn.yaml:80:7
%8182 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8183 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8184 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8185 = add %8184, %5101 : i64[] @ models/lib/nn.yaml:80:7
%8186 = mul %8181, %5233 : f32[16] @ models/lib/nn.yaml:80:7
%8187 = mul %8182, %5235 : f32[16] @ models/lib/nn.yaml:80:7
%8188 = add %8187, %8186 : f32[16] @ models/lib/nn.yaml:80:7
%8189 = mul %8181, %8181 : f32[16] @ models/lib/nn.yaml:80:7
%8190 = mul %8189, %5239 : f32[16] @ models/lib/nn.yaml:80:7
%8191 = mul %8183, %5241 : f32[16] @ models/lib/nn.yaml:80:7
%8192 = add %8191, %8190 : f32[16] @ models/lib/nn.yaml:80:7
%8193 = cast %8185 : f64[] @ models/lib/nn.yaml:80:7
%8194 = pow %5110, %8193 : f64[] @ models/lib/nn.yaml:80:7
%8195 = sub %5091, %8194 : f64[] @ models/lib/nn.yaml:80:7
%8196 = div %3087, %8195 : f64[] @ models/lib/nn.yaml:80:7
%8197 = pow %5118, %8193 : f64[] @ models/lib/nn.yaml:80:7
%8198 = sub %5091, %8197 : f64[] @ models/lib/nn.yaml:80:7
%8199 = sqrt %8198 : f64[] @ models/lib/nn.yaml:80:7
%8200 = div %5091, %8199 : f64[] @ models/lib/nn.yaml:80:7
%8201 = sqrt %8192 : f32[16] @ models/lib/nn.yaml:80:7
%8202 = cast %8200 : f32[] @ models/lib/nn.yaml:80:7
%8203 = broadcast %8202 : f32[16] @ models/lib/nn.yaml:80:7
%8204 = mul %8201, %8203 : f32[16] @ models/lib/nn.yaml:80:7
%8205 = add %8204, %5256 : f32[16] @ models/lib/nn.yaml:80:7
%8206 = div %8188, %8205 : f32[16] @ models/lib/nn.yaml:80:7
%8207 = cast %8196 : f32[] @ models/lib/nn.yaml:80:7
%8208 = broadcast %8207 : f32[16] @ models/lib/nn.yaml:80:7
%8209 = mul %8206, %8208 : f32[16] @ models/lib/nn.yaml:80:7
%8210 = sub %66, %8209 : f32[16] @ models/lib/nn.yaml:80:7
%8211 = assign %66, %8210 : f32[16] @ models/lib/nn.yaml:80:7
%8212 = assign %8182, %8188 : f32[16] @ models/lib/nn.yaml:80:7
%8213 = assign %8183, %8192 : f32[16] @ models/lib/nn.yaml:80:7
%8214 = assign %8184, %8185 : i64[] @ models/lib/nn.yaml:80:7
%8215 = mul %144, %5267 : f32[16] @ models/lib/nn.yaml:80:7
%8216 = mul %8210, %5269 : f32[16] @ models/lib/nn.yaml:80:7
%8217 = add %8215, %8216 : f32[16] @ models/lib/nn.yaml:80:7
%8218 = assign %144, %8217 : f32[16] @ models/lib/nn.yaml:80:7
%8219 = all_reduce_sum %4262 : f32[16] @ models/lib/nn.yaml:89:7
%8220 = mul %8219, %8219 : f32[16] @ models/lib/nn.yaml:89:7
%8221 = reduce_sum %8220 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8222 = sqrt %8221 : f32[] @ models/lib/nn.yaml:89:7
%8223 = cast %8222 : f64[] @ models/lib/nn.yaml:89:7
%8224 = add %8223, %5087 : f64[] @ models/lib/nn.yaml:89:7
%8225 = div %5089, %8224 : f64[] @ models/lib/nn.yaml:89:7
%8226 = lt %8225, %5091 : bool[] @ models/lib/nn.yaml:89:7
%8227 = cast %8225 : f32[] @ models/lib/nn.yaml:89:7
%8228 = broadcast %8227 : f32[16] @ models/lib/nn.yaml:89:7
%8229 = mul %8219, %8228 : f32[16] @ models/lib/nn.yaml:89:7
%8230 = broadcast %8226 : bool[16] @ models/lib/nn.yaml:89:7
%8231 = select %8230, %8229, %8219 : f32[16] @ models/lib/nn.yaml:89:7
%8232 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8233 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8234 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8235 = add %8234, %5101 : i64[] @ models/lib/nn.yaml:89:7
%8236 = mul %8231, %5233 : f32[16] @ models/lib/nn.yaml:89:7
%8237 = mul %8232, %5235 : f32[16] @ models/lib/nn.yaml:89:7
%8238 = add %8237, %8236 : f32[16] @ models/lib/nn.yaml:89:7
%8239 = mul %8231, %8231 : f32[16] @ models/lib/nn.yaml:89:7
%8240 = mul %8239, %5239 : f32[16] @ models/lib/nn.yaml:89:7
%8241 = mul %8233, %5241 : f32[16] @ models/lib/nn.yaml:89:7
%8242 = add %8241, %8240 : f32[16] @ models/lib/nn.yaml:89:7
%8243 = cast %8235 : f64[] @ models/lib/nn.yaml:89:7
%8244 = pow %5110, %8243 : f64[] @ models/lib/nn.yaml:89:7
%8245 = sub %5091, %8244 : f64[] @ models/lib/nn.yaml:89:7
%8246 = div %3087, %8245 : f64[] @ models/lib/nn.yaml:89:7
%8247 = pow %5118, %8243 : f64[] @ models/lib/nn.yaml:89:7
%8248 = sub %5091, %8247 : f64[] @ models/lib/nn.yaml:89:7
%8249 = sqrt %8248 : f64[] @ models/lib/nn.yaml:89:7
%8250 = div %5091, %8249 : f64[] @ models/lib/nn.yaml:89:7
%8251 = sqrt %8242 : f32[16] @ models/lib/nn.yaml:89:7
%8252 = cast %8250 : f32[] @ models/lib/nn.yaml:89:7
%8253 = broadcast %8252 : f32[16] @ models/lib/nn.yaml:89:7
%8254 = mul %8251, %8253 : f32[16] @ models/lib/nn.yaml:89:7
%8255 = add %8254, %5256 : f32[16] @ models/lib/nn.yaml:89:7
%8256 = div %8238, %8255 : f32[16] @ models/lib/nn.yaml:89:7
%8257 = cast %8246 : f32[] @ models/lib/nn.yaml:89:7
%8258 = broadcast %8257 : f32[16] @ models/lib/nn.yaml:89:7
%8259 = mul %8256, %8258 : f32[16] @ models/lib/nn.yaml:89:7
%8260 = sub %67, %8259 : f32[16] @ models/lib/nn.yaml:89:7
%8261 = assign %67, %8260 : f32[16] @ models/lib/nn.yaml:89:7
%8262 = assign %8232, %8238 : f32[16] @ models/lib/nn.yaml:89:7
%8263 = assign %8233, %8242 : f32[16] @ models/lib/nn.yaml:89:7
%8264 = assign %8234, %8235 : i64[] @ models/lib/nn.yaml:89:7
%8265 = mul %145, %5267 : f32[16] @ models/lib/nn.yaml:89:7
%8266 = mul %8260, %5269 : f32[16] @ models/lib/nn.yaml:89:7
%8267 = add %8265, %8266 : f32[16] @ models/lib/nn.yaml:89:7
%8268 = assign %145, %8267 : f32[16] @ models/lib/nn.yaml:89:7
%8269 = all_reduce_sum %4257 : f32[16] @ models/lib/nn.yaml:90:7
%8270 = mul %8269, %8269 : f32[16] @ models/lib/nn.yaml:90:7
%8271 = reduce_sum %8270 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8272 = sqrt %8271 : f32[] @ models/lib/nn.yaml:90:7
%8273 = cast %8272 : f64[] @ models/lib/nn.yaml:90:7
%8274 = add %8273, %5087 : f64[] @ models/lib/nn.yaml:90:7
%8275 = div %5089, %8274 : f64[] @ models/lib/nn.yaml:90:7
%8276 = lt %8275, %5091 : bool[] @ models/lib/nn.yaml:90:7
%8277 = cast %8275 : f32[] @ models/lib/nn.yaml:90:7
%8278 = broadcast %8277 : f32[16] @ models/lib/nn.yaml:90:7
%8279 = mul %8269, %8278 : f32[16] @ models/lib/nn.yaml:90:7
%8280 = broadcast %8276 : bool[16] @ models/lib/nn.yaml:90:7
%8281 = select %8280, %8279, %8269 : f32[16] @ models/lib/nn.yaml:90:7
%8282 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8283 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8284 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8285 = add %8284, %5101 : i64[] @ models/lib/nn.yaml:90:7
%8286 = mul %8281, %5233 : f32[16] @ models/lib/nn.yaml:90:7
%8287 = mul %8282, %5235 : f32[16] @ models/lib/nn.yaml:90:7
%8288 = add %8287, %8286 : f32[16] @ models/lib/nn.yaml:90:7
%8289 = mul %8281, %8281 : f32[16] @ models/lib/nn.yaml:90:7
%8290 = mul %8289, %5239 : f32[16] @ models/lib/nn.yaml:90:7
%8291 = mul %8283, %5241 : f32[16] @ models/lib/nn.yaml:90:7
%8292 = add %8291, %8290 : f32[16] @ models/lib/nn.yaml:90:7
%8293 = cast %8285 : f64[] @ models/lib/nn.yaml:90:7
%8294 = pow %5110, %8293 : f64[] @ models/lib/nn.yaml:90:7
%8295 = sub %5091, %8294 : f64[] @ models/lib/nn.yaml:90:7
%8296 = div %3087, %8295 : f64[] @ models/lib/nn.yaml:90:7
%8297 = pow %5118, %8293 : f64[] @ models/lib/nn.yaml:90:7
%8298 = sub %5091, %8297 : f64[] @ models/lib/nn.yaml:90:7
%8299 = sqrt %8298 : f64[] @ models/lib/nn.yaml:90:7
%8300 = div %5091, %8299 : f64[] @ models/lib/nn.yaml:90:7
%8301 = sqrt %8292 : f32[16] @ models/lib/nn.yaml:90:7
%8302 = cast %8300 : f32[] @ models/lib/nn.yaml:90:7
%8303 = broadcast %8302 : f32[16] @ models/lib/nn.yaml:90:7
%8304 = mul %8301, %8303 : f32[16] @ models/lib/nn.yaml:90:7
%8305 = add %8304, %5256 : f32[16] @ models/lib/nn.yaml:90:7
%8306 = div %8288, %8305 : f32[16] @ models/lib/nn.yaml:90:7
%8307 = cast %8296 : f32[] @ models/lib/nn.yaml:90:7
%8308 = broadcast %8307 : f32[16] @ models/lib/nn.yaml:90:7
%8309 = mul %8306, %8308 : f32[16] @ models/lib/nn.yaml:90:7
%8310 = sub %68, %8309 : f32[16] @ models/lib/nn.yaml:90:7
%8311 = assign %68, %8310 : f32[16] @ models/lib/nn.yaml:90:7
%8312 = assign %8282, %8288 : f32[16] @ models/lib/nn.yaml:90:7
%8313 = assign %8283, %8292 : f32[16] @ models/lib/nn.yaml:90:7
%8314 = assign %8284, %8285 : i64[] @ models/lib/nn.yaml:90:7
%8315 = mul %146, %5267 : f32[16] @ models/lib/nn.yaml:90:7
%8316 = mul %8310, %5269 : f32[16] @ models/lib/nn.yaml:90:7
%8317 = add %8315, %8316 : f32[16] @ models/lib/nn.yaml:90:7
%8318 = assign %146, %8317 : f32[16] @ models/lib/nn.yaml:90:7
%8319 = all_reduce_sum %4248 : f32[24,16] @ models/lib/nn.yaml:79:7
%8320 = reshape %8319 : f32[384] @ models/lib/nn.yaml:79:7
%8321 = mul %8320, %8320 : f32[384] @ models/lib/nn.yaml:79:7
%8322 = reduce_sum %8321 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8323 = sqrt %8322 : f32[] @ models/lib/nn.yaml:79:7
%8324 = cast %8323 : f64[] @ models/lib/nn.yaml:79:7
%8325 = add %8324, %5087 : f64[] @ models/lib/nn.yaml:79:7
%8326 = div %5089, %8325 : f64[] @ models/lib/nn.yaml:79:7
%8327 = lt %8326, %5091 : bool[] @ models/lib/nn.yaml:79:7
%8328 = cast %8326 : f32[] @ models/lib/nn.yaml:79:7
%8329 = broadcast %8328 : f32[24,16] @ models/lib/nn.yaml:79:7
%8330 = mul %8319, %8329 : f32[24,16] @ models/lib/nn.yaml:79:7
%8331 = broadcast %8327 : bool[24,16] @ models/lib/nn.yaml:79:7
%8332 = select %8331, %8330, %8319 : f32[24,16] @ models/lib/nn.yaml:79:7
%8333 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%8334 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%8335 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8336 = add %8335, %5101 : i64[] @ models/lib/nn.yaml:79:7
%8337 = broadcast %5105 : f32[24,16] @ models/lib/nn.yaml:79:7
%8338 = mul %69, %8337 : f32[24,16] @ models/lib/nn.yaml:79:7
%8339 = broadcast %2843 : f32[24,16] @ models/lib/nn.yaml:79:7
%8340 = mul %8332, %8339 : f32[24,16] @ models/lib/nn.yaml:79:7
%8341 = broadcast %1916 : f32[24,16] @ models/lib/nn.yaml:79:7
%8342 = mul %8333, %8341 : f32[24,16] @ models/lib/nn.yaml:79:7
%8343 = add %8342, %8340 : f32[24,16] @ models/lib/nn.yaml:79:7
%8344 = mul %8332, %8332 : f32[24,16] @ models/lib/nn.yaml:79:7
%8345 = broadcast %5115 : f32[24,16] @ models/lib/nn.yaml:79:7
%8346 = mul %8344, %8345 : f32[24,16] @ models/lib/nn.yaml:79:7
%8347 = broadcast %5119 : f32[24,16] @ models/lib/nn.yaml:79:7
%8348 = mul %8334, %8347 : f32[24,16] @ models/lib/nn.yaml:79:7
%8349 = add %8348, %8346 : f32[24,16] @ models/lib/nn.yaml:79:7
%8350 = cast %8336 : f64[] @ models/lib/nn.yaml:79:7
%8351 = pow %5110, %8350 : f64[] @ models/lib/nn.yaml:79:7
%8352 = sub %5091, %8351 : f64[] @ models/lib/nn.yaml:79:7
%8353 = div %3087, %8352 : f64[] @ models/lib/nn.yaml:79:7
%8354 = pow %5118, %8350 : f64[] @ models/lib/nn.yaml:79:7
%8355 = sub %5091, %8354 : f64[] @ models/lib/nn.yaml:79:7
%8356 = sqrt %8355 : f64[] @ models/lib/nn.yaml:79:7
%8357 = div %5091, %8356 : f64[] @ models/lib/nn.yaml:79:7
%8358 = sqrt %8349 : f32[24,16] @ models/lib/nn.yaml:79:7
%8359 = cast %8357 : f32[] @ models/lib/nn.yaml:79:7
%8360 = broadcast %8359 : f32[24,16] @ models/lib/nn.yaml:79:7
%8361 = mul %8358, %8360 : f32[24,16] @ models/lib/nn.yaml:79:7
%8362 = broadcast %5135 : f32[24,16] @ models/lib/nn.yaml:79:7
%8363 = add %8361, %8362 : f32[24,16] @ models/lib/nn.yaml:79:7
%8364 = div %8343, %8363 : f32[24,16] @ models/lib/nn.yaml:79:7
%8365 = cast %8353 : f32[] @ models/lib/nn.yaml:79:7
%8366 = broadcast %8365 : f32[24,16] @ models/lib/nn.yaml:79:7
%8367 = mul %8364, %8366 : f32[24,16] @ models/lib/nn.yaml:79:7
%8368 = sub %8338, %8367 : f32[24,16] @ models/lib/nn.yaml:79:7
%8369 = assign %69, %8368 : f32[24,16] @ models/lib/nn.yaml:79:7
%8370 = assign %8333, %8343 : f32[24,16] @ models/lib/nn.yaml:79:7
%8371 = assign %8334, %8349 : f32[24,16] @ models/lib/nn.yaml:79:7
%8372 = assign %8335, %8336 : i64[] @ models/lib/nn.yaml:79:7
%8373 = broadcast %5147 : f32[24,16] @ models/lib/nn.yaml:79:7
%8374 = mul %147, %8373 : f32[24,16] @ models/lib/nn.yaml:79:7
%8375 = broadcast %5151 : f32[24,16] @ models/lib/nn.yaml:79:7
%8376 = mul %8368, %8375 : f32[24,16] @ models/lib/nn.yaml:79:7
%8377 = add %8374, %8376 : f32[24,16] @ models/lib/nn.yaml:79:7
%8378 = assign %147, %8377 : f32[24,16] @ models/lib/nn.yaml:79:7
%8379 = all_reduce_sum %4240 : f32[24] @ models/lib/nn.yaml:80:7
%8380 = mul %8379, %8379 : f32[24] @ models/lib/nn.yaml:80:7
%8381 = reduce_sum %8380 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8382 = sqrt %8381 : f32[] @ models/lib/nn.yaml:80:7
%8383 = cast %8382 : f64[] @ models/lib/nn.yaml:80:7
%8384 = add %8383, %5087 : f64[] @ models/lib/nn.yaml:80:7
%8385 = div %5089, %8384 : f64[] @ models/lib/nn.yaml:80:7
%8386 = lt %8385, %5091 : bool[] @ models/lib/nn.yaml:80:7
%8387 = cast %8385 : f32[] @ models/lib/nn.yaml:80:7
%8388 = broadcast %8387 : f32[24] @ models/lib/nn.yaml:80:7
%8389 = mul %8379, %8388 : f32[24] @ models/lib/nn.yaml:80:7
%8390 = broadcast %8386 : bool[24] @ models/lib/nn.yaml:80:7
%8391 = select %8390, %8389, %8379 : f32[24] @ models/lib/nn.yaml:80:7
%8392 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8393 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8394 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8395 = add %8394, %5101 : i64[] @ models/lib/nn.yaml:80:7
%8396 = broadcast %2843 : f32[24] @ models/lib/nn.yaml:80:7
%8397 = mul %8391, %8396 : f32[24] @ models/lib/nn.yaml:80:7
%8398 = broadcast %1916 : f32[24] @ models/lib/nn.yaml:80:7
%8399 = mul %8392, %8398 : f32[24] @ models/lib/nn.yaml:80:7
%8400 = add %8399, %8397 : f32[24] @ models/lib/nn.yaml:80:7
%8401 = mul %8391, %8391 : f32[24] @ models/lib/nn.yaml:80:7
%8402 = broadcast %5115 : f32[24] @ models/lib/nn.yaml:80:7
%8403 = mul %8401, %8402 : f32[24] @ models/lib/nn.yaml:80:7
%8404 = broadcast %5119 : f32[24] @ models/lib/nn.yaml:80:7
%8405 = mul %8393, %8404 : f32[24] @ models/lib/nn.yaml:80:7
%8406 = add %8405, %8403 : f32[24] @ models/lib/nn.yaml:80:7
%8407 = cast %8395 : f64[] @ models/lib/nn.yaml:80:7
%8408 = pow %5110, %8407 : f64[] @ models/lib/nn.yaml:80:7
%8409 = sub %5091, %8408 : f64[] @ models/lib/nn.yaml:80:7
%8410 = div %3087, %8409 : f64[] @ models/lib/nn.yaml:80:7
%8411 = pow %5118, %8407 : f64[] @ models/lib/nn.yaml:80:7
%8412 = sub %5091, %8411 : f64[] @ models/lib/nn.yaml:80:7
%8413 = sqrt %8412 : f64[] @ models/lib/nn.yaml:80:7
%8414 = div %5091, %8413 : f64[] @ models/lib/nn.yaml:80:7
%8415 = sqrt %8406 : f32[24] @ models/lib/nn.yaml:80:7
%8416 = cast %8414 : f32[] @ models/lib/nn.yaml:80:7
%8417 = broadcast %8416 : f32[24] @ models/lib/nn.yaml:80:7
%8418 = mul %8415, %8417 : f32[24] @ models/lib/nn.yaml:80:7
%8419 = broadcast %5135 : f32[24] @ models/lib/nn.yaml:80:7
%8420 = add %8418, %8419 : f32[24] @ models/lib/nn.yaml:80:7
%8421 = div %8400, %8420 : f32[24] @ models/lib/nn.yaml:80:7
%8422 = cast %8410 : f32[] @ models/lib/nn.yaml:80:7
%8423 = broadcast %8422 : f32[24] @ models/lib/nn.yaml:80:7
%8424 = mul %8421, %8423 : f32[24] @ models/lib/nn.yaml:80:7
%8425 = sub %70, %8424 : f32[24] @ models/lib/nn.yaml:80:7
%8426 = assign %70, %8425 : f32[24] @ models/lib/nn.yaml:80:7
%8427 = assign %8392, %8400 : f32[24] @ models/lib/nn.yaml:80:7
%8428 = assign %8393, %8406 : f32[24] @ models/lib/nn.yaml:80:7
%8429 = assign %8394, %8395 : i64[] @ models/lib/nn.yaml:80:7
%8430 = broadcast %5147 : f32[24] @ models/lib/nn.yaml:80:7
%8431 = mul %148, %8430 : f32[24] @ models/lib/nn.yaml:80:7
%8432 = broadcast %5151 : f32[24] @ models/lib/nn.yaml:80:7
%8433 = mul %8425, %8432 : f32[24] @ models/lib/nn.yaml:80:7
%8434 = add %8431, %8433 : f32[24] @ models/lib/nn.yaml:80:7
%8435 = assign %148, %8434 : f32[24] @ models/lib/nn.yaml:80:7
%8436 = all_reduce_sum %4226 : f32[24,24] @ models/lib/nn.yaml:79:7
%8437 = reshape %8436 : f32[576] @ models/lib/nn.yaml:79:7
%8438 = mul %8437, %8437 : f32[576] @ models/lib/nn.yaml:79:7
%8439 = reduce_sum %8438 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8440 = sqrt %8439 : f32[] @ models/lib/nn.yaml:79:7
%8441 = cast %8440 : f64[] @ models/lib/nn.yaml:79:7
%8442 = add %8441, %5087 : f64[] @ models/lib/nn.yaml:79:7
%8443 = div %5089, %8442 : f64[] @ models/lib/nn.yaml:79:7
%8444 = lt %8443, %5091 : bool[] @ models/lib/nn.yaml:79:7
%8445 = cast %8443 : f32[] @ models/lib/nn.yaml:79:7
%8446 = broadcast %8445 : f32[24,24] @ models/lib/nn.yaml:79:7
%8447 = mul %8436, %8446 : f32[24,24] @ models/lib/nn.yaml:79:7
%8448 = broadcast %8444 : bool[24,24] @ models/lib/nn.yaml:79:7
%8449 = select %8448, %8447, %8436 : f32[24,24] @ models/lib/nn.yaml:79:7
%8450 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%8451 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%8452 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8453 = add %8452, %5101 : i64[] @ models/lib/nn.yaml:79:7
%8454 = broadcast %5105 : f32[24,24] @ models/lib/nn.yaml:79:7
%8455 = mul %71, %8454 : f32[24,24] @ models/lib/nn.yaml:79:7
%8456 = broadcast %2843 : f32[24,24] @ models/lib/nn.yaml:79:7
%8457 = mul %8449, %8456 : f32[24,24] @ models/lib/nn.yaml:79:7
%8458 = broadcast %1916 : f32[24,24] @ models/lib/nn.yaml:79:7
%8459 = mul %8450, %8458 : f32[24,24] @ models/lib/nn.yaml:79:7
%8460 = add %8459, %8457 : f32[24,24] @ models/lib/nn.yaml:79:7
%8461 = mul %8449, %8449 : f32[24,24] @ models/lib/nn.yaml:79:7
%8462 = broadcast %5115 : f32[24,24] @ models/lib/nn.yaml:79:7
%8463 = mul %8461, %8462 : f32[24,24] @ models/lib/nn.yaml:79:7
%8464 = broadcast %5119 : f32[24,24] @ models/lib/nn.yaml:79:7
%8465 = mul %8451, %8464 : f32[24,24] @ models/lib/nn.yaml:79:7
%8466 = add %8465, %8463 : f32[24,24] @ models/lib/nn.yaml:79:7
%8467 = cast %8453 : f64[] @ models/lib/nn.yaml:79:7
%8468 = pow %5110, %8467 : f64[] @ models/lib/nn.yaml:79:7
%8469 = sub %5091, %8468 : f64[] @ models/lib/nn.yaml:79:7
%8470 = div %3087, %8469 : f64[] @ models/lib/nn.yaml:79:7
%8471 = pow %5118, %8467 : f64[] @ models/lib/nn.yaml:79:7
%8472 = sub %5091, %8471 : f64[] @ models/lib/nn.yaml:79:7
%8473 = sqrt %8472 : f64[] @ models/lib/nn.yaml:79:7
%8474 = div %5091, %8473 : f64[] @ models/lib/nn.yaml:79:7
%8475 = sqrt %8466 : f32[24,24] @ models/lib/nn.yaml:79:7
%8476 = cast %8474 : f32[] @ models/lib/nn.yaml:79:7
%8477 = broadcast %8476 : f32[24,24] @ models/lib/nn.yaml:79:7
%8478 = mul %8475, %8477 : f32[24,24] @ models/lib/nn.yaml:79:7
%8479 = broadcast %5135 : f32[24,24] @ models/lib/nn.yaml:79:7
%8480 = add %8478, %8479 : f32[24,24] @ models/lib/nn.yaml:79:7
%8481 = div %8460, %8480 : f32[24,24] @ models/lib/nn.yaml:79:7
%8482 = cast %8470 : f32[] @ models/lib/nn.yaml:79:7
%8483 = broadcast %8482 : f32[24,24] @ models/lib/nn.yaml:79:7
%8484 = mul %8481, %8483 : f32[24,24] @ models/lib/nn.yaml:79:7
%8485 = sub %8455, %8484 : f32[24,24] @ models/lib/nn.yaml:79:7
%8486 = assign %71, %8485 : f32[24,24] @ models/lib/nn.yaml:79:7
%8487 = assign %8450, %8460 : f32[24,24] @ models/lib/nn.yaml:79:7
%8488 = assign %8451, %8466 : f32[24,24] @ models/lib/nn.yaml:79:7
%8489 = assign %8452, %8453 : i64[] @ models/lib/nn.yaml:79:7
%8490 = broadcast %5147 : f32[24,24] @ models/lib/nn.yaml:79:7
%8491 = mul %149, %8490 : f32[24,24] @ models/lib/nn.yaml:79:7
%8492 = broadcast %5151 : f32[24,24] @ models/lib/nn.yaml:79:7
%8493 = mul %8485, %8492 : f32[24,24] @ models/lib/nn.yaml:79:7
%8494 = add %8491, %8493 : f32[24,24] @ models/lib/nn.yaml:79:7
%8495 = assign %149, %8494 : f32[24,24] @ models/lib/nn.yaml:79:7
%8496 = all_reduce_sum %4218 : f32[24] @ models/lib/nn.yaml:80:7
%8497 = mul %8496, %8496 : f32[24] @ models/lib/nn.yaml:80:7
%8498 = reduce_sum %8497 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8499 = sqrt %8498 : f32[] @ models/lib/nn.yaml:80:7
%8500 = cast %8499 : f64[] @ models/lib/nn.yaml:80:7
%8501 = add %8500, %5087 : f64[] @ models/lib/nn.yaml:80:7
%8502 = div %5089, %8501 : f64[] @ models/lib/nn.yaml:80:7
%8503 = lt %8502, %5091 : bool[] @ models/lib/nn.yaml:80:7
%8504 = cast %8502 : f32[] @ models/lib/nn.yaml:80:7
%8505 = broadcast %8504 : f32[24] @ models/lib/nn.yaml:80:7
%8506 = mul %8496, %8505 : f32[24] @ models/lib/nn.yaml:80:7
%8507 = broadcast %8503 : bool[24] @ models/lib/nn.yaml:80:7
%8508 = select %8507, %8506, %8496 : f32[24] @ models/lib/nn.yaml:80:7
%8509 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8510 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8511 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8512 = add %8511, %5101 : i64[] @ models/lib/nn.yaml:80:7
%8513 = mul %8508, %8396 : f32[24] @ models/lib/nn.yaml:80:7
%8514 = mul %8509, %8398 : f32[24] @ models/lib/nn.yaml:80:7
%8515 = add %8514, %8513 : f32[24] @ models/lib/nn.yaml:80:7
%8516 = mul %8508, %8508 : f32[24] @ models/lib/nn.yaml:80:7
%8517 = mul %8516, %8402 : f32[24] @ models/lib/nn.yaml:80:7
%8518 = mul %8510, %8404 : f32[24] @ models/lib/nn.yaml:80:7
%8519 = add %8518, %8517 : f32[24] @ models/lib/nn.yaml:80:7
%8520 = cast %8512 : f64[] @ models/lib/nn.yaml:80:7
%8521 = pow %5110, %8520 : f64[] @ models/lib/nn.yaml:80:7
%8522 = sub %5091, %8521 : f64[] @ models/lib/nn.yaml:80:7
%8523 = div %3087, %8522 : f64[] @ models/lib/nn.yaml:80:7
%8524 = pow %5118, %8520 : f64[] @ models/lib/nn.yaml:80:7
%8525 = sub %5091, %8524 : f64[] @ models/lib/nn.yaml:80:7
%8526 = sqrt %8525 : f64[] @ models/lib/nn.yaml:80:7
%8527 = div %5091, %8526 : f64[] @ models/lib/nn.yaml:80:7
%8528 = sqrt %8519 : f32[24] @ models/lib/nn.yaml:80:7
%8529 = cast %8527 : f32[] @ models/lib/nn.yaml:80:7
%8530 = broadcast %8529 : f32[24] @ models/lib/nn.yaml:80:7
%8531 = mul %8528, %8530 : f32[24] @ models/lib/nn.yaml:80:7
%8532 = add %8531, %8419 : f32[24] @ models/lib/nn.yaml:80:7
%8533 = div %8515, %8532 : f32[24] @ models/lib/nn.yaml:80:7
%8534 = cast %8523 : f32[] @ models/lib/nn.yaml:80:7
%8535 = broadcast %8534 : f32[24] @ models/lib/nn.yaml:80:7
%8536 = mul %8533, %8535 : f32[24] @ models/lib/nn.yaml:80:7
%8537 = sub %72, %8536 : f32[24] @ models/lib/nn.yaml:80:7
%8538 = assign %72, %8537 : f32[24] @ models/lib/nn.yaml:80:7
%8539 = assign %8509, %8515 : f32[24] @ models/lib/nn.yaml:80:7
%8540 = assign %8510, %8519 : f32[24] @ models/lib/nn.yaml:80:7
%8541 = assign %8511, %8512 : i64[] @ models/lib/nn.yaml:80:7
%8542 = mul %150, %8430 : f32[24] @ models/lib/nn.yaml:80:7
%8543 = mul %8537, %8432 : f32[24] @ models/lib/nn.yaml:80:7
%8544 = add %8542, %8543 : f32[24] @ models/lib/nn.yaml:80:7
%8545 = assign %150, %8544 : f32[24] @ models/lib/nn.yaml:80:7
%8546 = all_reduce_sum %4204 : f32[8,24] @ models/lib/nn.yaml:79:7
%8547 = reshape %8546 : f32[192] @ models/lib/nn.yaml:79:7
%8548 = mul %8547, %8547 : f32[192] @ models/lib/nn.yaml:79:7
%8549 = reduce_sum %8548 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8550 = sqrt %8549 : f32[] @ models/lib/nn.yaml:79:7
%8551 = cast %8550 : f64[] @ models/lib/nn.yaml:79:7
%8552 = add %8551, %5087 : f64[] @ models/lib/nn.yaml:79:7
%8553 = div %5089, %8552 : f64[] @ models/lib/nn.yaml:79:7
%8554 = lt %8553, %5091 : bool[] @ models/lib/nn.yaml:79:7
%8555 = cast %8553 : f32[] @ models/lib/nn.yaml:79:7
%8556 = broadcast %8555 : f32[8,24] @ models/lib/nn.yaml:79:7
%8557 = mul %8546, %8556 : f32[8,24] @ models/lib/nn.yaml:79:7
%8558 = broadcast %8554 : bool[8,24] @ models/lib/nn.yaml:79:7
%8559 = select %8558, %8557, %8546 : f32[8,24] @ models/lib/nn.yaml:79:7
%8560 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8561 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8562 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8563 = add %8562, %5101 : i64[] @ models/lib/nn.yaml:79:7
%8564 = broadcast %5105 : f32[8,24] @ models/lib/nn.yaml:79:7
%8565 = mul %73, %8564 : f32[8,24] @ models/lib/nn.yaml:79:7
%8566 = broadcast %2843 : f32[8,24] @ models/lib/nn.yaml:79:7
%8567 = mul %8559, %8566 : f32[8,24] @ models/lib/nn.yaml:79:7
%8568 = broadcast %1916 : f32[8,24] @ models/lib/nn.yaml:79:7
%8569 = mul %8560, %8568 : f32[8,24] @ models/lib/nn.yaml:79:7
%8570 = add %8569, %8567 : f32[8,24] @ models/lib/nn.yaml:79:7
%8571 = mul %8559, %8559 : f32[8,24] @ models/lib/nn.yaml:79:7
%8572 = broadcast %5115 : f32[8,24] @ models/lib/nn.yaml:79:7
%8573 = mul %8571, %8572 : f32[8,24] @ models/lib/nn.yaml:79:7
%8574 = broadcast %5119 : f32[8,24] @ models/lib/nn.yaml:79:7
%8575 = mul %8561, %8574 : f32[8,24] @ models/lib/nn.yaml:79:7
%8576 = add %8575, %8573 : f32[8,24] @ models/lib/nn.yaml:79:7
%8577 = cast %8563 : f64[] @ models/lib/nn.yaml:79:7
%8578 = pow %5110, %8577 : f64[] @ models/lib/nn.yaml:79:7
%8579 = sub %5091, %8578 : f64[] @ models/lib/nn.yaml:79:7
%8580 = div %3087, %8579 : f64[] @ models/lib/nn.yaml:79:7
%8581 = pow %5118, %8577 : f64[] @ models/lib/nn.yaml:79:7
%8582 = sub %5091, %8581 : f64[] @ models/lib/nn.yaml:79:7
%8583 = sqrt %8582 : f64[] @ models/lib/nn.yaml:79:7
%8584 = div %5091, %8583 : f64[] @ models/lib/nn.yaml:79:7
%8585 = sqrt %8576 : f32[8,24] @ models/lib/nn.yaml:79:7
%8586 = cast %8584 : f32[] @ models/lib/nn.yaml:79:7
%8587 = broadcast %8586 : f32[8,24] @ models/lib/nn.yaml:79:7
%8588 = mul %8585, %8587 : f32[8,24] @ models/lib/nn.yaml:79:7
%8589 = broadcast %5135 : f32[8,24] @ models/lib/nn.yaml:79:7
%8590 = add %8588, %8589 : f32[8,24] @ models/lib/nn.yaml:79:7
%8591 = div %8570, %8590 : f32[8,24] @ models/lib/nn.yaml:79:7
%8592 = cast %8580 : f32[] @ models/lib/nn.yaml:79:7
%8593 = broadcast %8592 : f32[8,24] @ models/lib/nn.yaml:79:7
%8594 = mul %8591, %8593 : f32[8,24] @ models/lib/nn.yaml:79:7
%8595 = sub %8565, %8594 : f32[8,24] @ models/lib/nn.yaml:79:7
%8596 = assign %73, %8595 : f32[8,24] @ models/lib/nn.yaml:79:7
%8597 = assign %8560, %8570 : f32[8,24] @ models/lib/nn.yaml:79:7
%8598 = assign %8561, %8576 : f32[8,24] @ models/lib/nn.yaml:79:7
%8599 = assign %8562, %8563 : i64[] @ models/lib/nn.yaml:79:7
%8600 = broadcast %5147 : f32[8,24] @ models/lib/nn.yaml:79:7
%8601 = mul %151, %8600 : f32[8,24] @ models/lib/nn.yaml:79:7
%8602 = broadcast %5151 : f32[8,24] @ models/lib/nn.yaml:79:7
%8603 = mul %8595, %8602 : f32[8,24] @ models/lib/nn.yaml:79:7
%8604 = add %8601, %8603 : f32[8,24] @ models/lib/nn.yaml:79:7
%8605 = assign %151, %8604 : f32[8,24] @ models/lib/nn.yaml:79:7
%8606 = all_reduce_sum %4196 : f32[8] @ models/lib/nn.yaml:80:7
%8607 = mul %8606, %8606 : f32[8] @ models/lib/nn.yaml:80:7
%8608 = reduce_sum %8607 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8609 = sqrt %8608 : f32[] @ models/lib/nn.yaml:80:7
%8610 = cast %8609 : f64[] @ models/lib/nn.yaml:80:7
%8611 = add %8610, %5087 : f64[] @ models/lib/nn.yaml:80:7
%8612 = div %5089, %8611 : f64[] @ models/lib/nn.yaml:80:7
%8613 = lt %8612, %5091 : bool[] @ models/lib/nn.yaml:80:7
%8614 = cast %8612 : f32[] @ models/lib/nn.yaml:80:7
%8615 = broadcast %8614 : f32[8] @ models/lib/nn.yaml:80:7
%8616 = mul %8606, %8615 : f32[8] @ models/lib/nn.yaml:80:7
%8617 = broadcast %8613 : bool[8] @ models/lib/nn.yaml:80:7
%8618 = select %8617, %8616, %8606 : f32[8] @ models/lib/nn.yaml:80:7
%8619 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%8620 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%8621 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8622 = add %8621, %5101 : i64[] @ models/lib/nn.yaml:80:7
%8623 = broadcast %2843 : f32[8] @ models/lib/nn.yaml:80:7
%8624 = mul %8618, %8623 : f32[8] @ models/lib/nn.yaml:80:7
%8625 = broadcast %1916 : f32[8] @ models/lib/nn.yaml:80:7
%8626 = mul %8619, %8625 : f32[8] @ models/lib/nn.yaml:80:7
%8627 = add %8626, %8624 : f32[8] @ models/lib/nn.yaml:80:7
%8628 = mul %8618, %8618 : f32[8] @ models/lib/nn.yaml:80:7
%8629 = broadcast %5115 : f32[8] @ models/lib/nn.yaml:80:7
%8630 = mul %8628, %8629 : f32[8] @ models/lib/nn.yaml:80:7
%8631 = broadcast %5119 : f32[8] @ models/lib/nn.yaml:80:7
%8632 = mul %8620, %8631 : f32[8] @ models/lib/nn.yaml:80:7
%8633 = add %8632, %8630 : f32[8] @ models/lib/nn.yaml:80:7
%8634 = cast %8622 : f64[] @ models/lib/nn.yaml:80:7
%8635 = pow %5110, %8634 : f64[] @ models/lib/nn.yaml:80:7
%8636 = sub %5091, %8635 : f64[] @ models/lib/nn.yaml:80:7
%8637 = div %3087, %8636 : f64[] @ models/lib/nn.yaml:80:7
%8638 = pow %5118, %8634 : f64[] @ models/lib/nn.yaml:80:7
%8639 = sub %5091, %8638 : f64[] @ models/lib/nn.yaml:80:7
%8640 = sqrt %8639 : f64[] @ models/lib/nn.yaml:80:7
%8641 = div %5091, %8640 : f64[] @ models/lib/nn.yaml:80:7
%8642 = sqrt %8633 : f32[8] @ models/lib/nn.yaml:80:7
%8643 = cast %8641 : f32[] @ models/lib/nn.yaml:80:7
%8644 = broadcast %8643 : f32[8] @ models/lib/nn.yaml:80:7
%8645 = mul %8642, %8644 : f32[8] @ models/lib/nn.yaml:80:7
%8646 = broadcast %5135 : f32[8] @ models/lib/nn.yaml:80:7
%8647 = add %8645, %8646 : f32[8] @ models/lib/nn.yaml:80:7
%8648 = div %8627, %8647 : f32[8] @ models/lib/nn.yaml:80:7
%8649 = cast %8637 : f32[] @ models/lib/nn.yaml:80:7
%8650 = broadcast %8649 : f32[8] @ models/lib/nn.yaml:80:7
%8651 = mul %8648, %8650 : f32[8] @ models/lib/nn.yaml:80:7
%8652 = sub %74, %8651 : f32[8] @ models/lib/nn.yaml:80:7
%8653 = assign %74, %8652 : f32[8] @ models/lib/nn.yaml:80:7
%8654 = assign %8619, %8627 : f32[8] @ models/lib/nn.yaml:80:7
%8655 = assign %8620, %8633 : f32[8] @ models/lib/nn.yaml:80:7
%8656 = assign %8621, %8622 : i64[] @ models/lib/nn.yaml:80:7
%8657 = broadcast %5147 : f32[8] @ models/lib/nn.yaml:80:7
%8658 = mul %152, %8657 : f32[8] @ models/lib/nn.yaml:80:7
%8659 = broadcast %5151 : f32[8] @ models/lib/nn.yaml:80:7
%8660 = mul %8652, %8659 : f32[8] @ models/lib/nn.yaml:80:7
%8661 = add %8658, %8660 : f32[8] @ models/lib/nn.yaml:80:7
%8662 = assign %152, %8661 : f32[8] @ models/lib/nn.yaml:80:7
%8663 = broadcast %5147 : f32[32,1] @ models/lib/dino.yaml:18:7
%8664 = mul %153, %8663 : f32[32,1] @ models/lib/dino.yaml:18:7
%8665 = broadcast %5151 : f32[32,1] @ models/lib/dino.yaml:18:7
%8666 = mul %75, %8665 : f32[32,1] @ models/lib/dino.yaml:18:7
%8667 = add %8664, %8666 : f32[32,1] @ models/lib/dino.yaml:18:7
%8668 = assign %153, %8667 : f32[32,1] @ models/lib/dino.yaml:18:7
%8669 = all_reduce_sum %4177 : f32[32,8] @ models/lib/dino.yaml:19:7
%8670 = reshape %8669 : f32[256] @ models/lib/dino.yaml:19:7
%8671 = mul %8670, %8670 : f32[256] @ models/lib/dino.yaml:19:7
%8672 = reduce_sum %8671 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%8673 = sqrt %8672 : f32[] @ models/lib/dino.yaml:19:7
%8674 = cast %8673 : f64[] @ models/lib/dino.yaml:19:7
%8675 = add %8674, %5087 : f64[] @ models/lib/dino.yaml:19:7
%8676 = div %5089, %8675 : f64[] @ models/lib/dino.yaml:19:7
%8677 = lt %8676, %5091 : bool[] @ models/lib/dino.yaml:19:7
%8678 = cast %8676 : f32[] @ models/lib/dino.yaml:19:7
%8679 = broadcast %8678 : f32[32,8] @ models/lib/dino.yaml:19:7
%8680 = mul %8669, %8679 : f32[32,8] @ models/lib/dino.yaml:19:7
%8681 = broadcast %8677 : bool[32,8] @ models/lib/dino.yaml:19:7
%8682 = select %8681, %8680, %8669 : f32[32,8] @ models/lib/dino.yaml:19:7
%8683 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%8684 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%8685 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%8686 = add %8685, %5101 : i64[] @ models/lib/dino.yaml:19:7
%8687 = broadcast %5105 : f32[32,8] @ models/lib/dino.yaml:19:7
%8688 = mul %76, %8687 : f32[32,8] @ models/lib/dino.yaml:19:7
%8689 = broadcast %2843 : f32[32,8] @ models/lib/dino.yaml:19:7
%8690 = mul %8682, %8689 : f32[32,8] @ models/lib/dino.yaml:19:7
%8691 = broadcast %1916 : f32[32,8] @ models/lib/dino.yaml:19:7
%8692 = mul %8683, %8691 : f32[32,8] @ models/lib/dino.yaml:19:7
%8693 = add %8692, %8690 : f32[32,8] @ models/lib/dino.yaml:19:7
%8694 = mul %8682, %8682 : f32[32,8] @ models/lib/dino.yaml:19:7
%8695 = broadcast %5115 : f32[32,8] @ models/lib/dino.yaml:19:7
%8696 = mul %8694, %8695 : f32[32,8] @ models/lib/dino.yaml:19:7
%8697 = broadcast %5119 : f32[32,8] @ models/lib/dino.yaml:19:7
%8698 = mul %8684, %8697 : f32[32,8] @ models/lib/dino.yaml:19:7
%8699 = add %8698, %8696 : f32[32,8] @ models/lib/dino.yaml:19:7
%8700 = cast %8686 : f64[] @ models/lib/dino.yaml:19:7
%8701 = pow %5110, %8700 : f64[] @ models/lib/dino.yaml:19:7
%8702 = sub %5091, %8701 : f64[] @ models/lib/dino.yaml:19:7
%8703 = div %3087, %8702 : f64[] @ models/lib/dino.yaml:19:7
%8704 = pow %5118, %8700 : f64[] @ models/lib/dino.yaml:19:7
%8705 = sub %5091, %8704 : f64[] @ models/lib/dino.yaml:19:7
%8706 = sqrt %8705 : f64[] @ models/lib/dino.yaml:19:7
%8707 = div %5091, %8706 : f64[] @ models/lib/dino.yaml:19:7
%8708 = sqrt %8699 : f32[32,8] @ models/lib/dino.yaml:19:7
%8709 = cast %8707 : f32[] @ models/lib/dino.yaml:19:7
%8710 = broadcast %8709 : f32[32,8] @ models/lib/dino.yaml:19:7
%8711 = mul %8708, %8710 : f32[32,8] @ models/lib/dino.yaml:19:7
%8712 = broadcast %5135 : f32[32,8] @ models/lib/dino.yaml:19:7
%8713 = add %8711, %8712 : f32[32,8] @ models/lib/dino.yaml:19:7
%8714 = div %8693, %8713 : f32[32,8] @ models/lib/dino.yaml:19:7
%8715 = cast %8703 : f32[] @ models/lib/dino.yaml:19:7
%8716 = broadcast %8715 : f32[32,8] @ models/lib/dino.yaml:19:7
%8717 = mul %8714, %8716 : f32[32,8] @ models/lib/dino.yaml:19:7
%8718 = sub %8688, %8717 : f32[32,8] @ models/lib/dino.yaml:19:7
%8719 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%8720 = lt %8719, %5101 : bool[] @ models/lib/dino.yaml:19:7
%8721 = broadcast %8720 : bool[32,8] @ models/lib/dino.yaml:19:7
%8722 = select %8721, %76, %8718 : f32[32,8] @ models/lib/dino.yaml:19:7
%8723 = select %8721, %8683, %8693 : f32[32,8] @ models/lib/dino.yaml:19:7
%8724 = select %8721, %8684, %8699 : f32[32,8] @ models/lib/dino.yaml:19:7
%8725 = select %8720, %8685, %8686 : i64[] @ models/lib/dino.yaml:19:7
%8726 = assign %76, %8722 : f32[32,8] @ models/lib/dino.yaml:19:7
%8727 = assign %8683, %8723 : f32[32,8] @ models/lib/dino.yaml:19:7
%8728 = assign %8684, %8724 : f32[32,8] @ models/lib/dino.yaml:19:7
%8729 = assign %8685, %8725 : i64[] @ models/lib/dino.yaml:19:7
%8730 = broadcast %5147 : f32[32,8] @ models/lib/dino.yaml:19:7
%8731 = mul %154, %8730 : f32[32,8] @ models/lib/dino.yaml:19:7
%8732 = broadcast %5151 : f32[32,8] @ models/lib/dino.yaml:19:7
%8733 = mul %8722, %8732 : f32[32,8] @ models/lib/dino.yaml:19:7
%8734 = add %8731, %8733 : f32[32,8] @ models/lib/dino.yaml:19:7
%8735 = assign %154, %8734 : f32[32,8] @ models/lib/dino.yaml:19:7
%8736 = all_reduce_sum %4157 : f32[24,16] @ models/lib/nn.yaml:79:7
%8737 = reshape %8736 : f32[384] @ models/lib/nn.yaml:79:7
%8738 = mul %8737, %8737 : f32[384] @ models/lib/nn.yaml:79:7
%8739 = reduce_sum %8738 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8740 = sqrt %8739 : f32[] @ models/lib/nn.yaml:79:7
%8741 = cast %8740 : f64[] @ models/lib/nn.yaml:79:7
%8742 = add %8741, %5087 : f64[] @ models/lib/nn.yaml:79:7
%8743 = div %5089, %8742 : f64[] @ models/lib/nn.yaml:79:7
%8744 = lt %8743, %5091 : bool[] @ models/lib/nn.yaml:79:7
%8745 = cast %8743 : f32[] @ models/lib/nn.yaml:79:7
%8746 = broadcast %8745 : f32[24,16] @ models/lib/nn.yaml:79:7
%8747 = mul %8736, %8746 : f32[24,16] @ models/lib/nn.yaml:79:7
%8748 = broadcast %8744 : bool[24,16] @ models/lib/nn.yaml:79:7
%8749 = select %8748, %8747, %8736 : f32[24,16] @ models/lib/nn.yaml:79:7
%8750 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%8751 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%8752 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8753 = add %8752, %5101 : i64[] @ models/lib/nn.yaml:79:7
%8754 = mul %77, %8337 : f32[24,16] @ models/lib/nn.yaml:79:7
%8755 = mul %8749, %8339 : f32[24,16] @ models/lib/nn.yaml:79:7
%8756 = mul %8750, %8341 : f32[24,16] @ models/lib/nn.yaml:79:7
%8757 = add %8756, %8755 : f32[24,16] @ models/lib/nn.yaml:79:7
%8758 = mul %8749, %8749 : f32[24,16] @ models/lib/nn.yaml:79:7
%8759 = mul %8758, %8345 : f32[24,16] @ models/lib/nn.yaml:79:7
%8760 = mul %8751, %8347 : f32[24,16] @ models/lib/nn.yaml:79:7
%8761 = add %8760, %8759 : f32[24,16] @ models/lib/nn.yaml:79:7
%8762 = cast %8753 : f64[] @ models/lib/nn.yaml:79:7
%8763 = pow %5110, %8762 : f64[] @ models/lib/nn.yaml:79:7
%8764 = sub %5091, %8763 : f64[] @ models/lib/nn.yaml:79:7
%8765 = div %3087, %8764 : f64[] @ models/lib/nn.yaml:79:7
%8766 = pow %5118, %8762 : f64[] @ models/lib/nn.yaml:79:7
%8767 = sub %5091, %8766 : f64[] @ models/lib/nn.yaml:79:7
%8768 = sqrt %8767 : f64[] @ models/lib/nn.yaml:79:7
%8769 = div %5091, %8768 : f64[] @ models/lib/nn.yaml:79:7
%8770 = sqrt %8761 : f32[24,16] @ models/lib/nn.yaml:79:7
%8771 = cast %8769 : f32[] @ models/lib/nn.yaml:79:7
%8772 = broadcast %8771 : f32[24,16] @ models/lib/nn.yaml:79:7
%8773 = mul %8770, %8772 : f32[24,16] @ models/lib/nn.yaml:79:7
%8774 = add %8773, %8362 : f32[24,16] @ models/lib/nn.yaml:79:7
%8775 = div %8757, %8774 : f32[24,16] @ models/lib/nn.yaml:79:7
%8776 = cast %8765 : f32[] @ models/lib/nn.yaml:79:7
%8777 = broadcast %8776 : f32[24,16] @ models/lib/nn.yaml:79:7
%8778 = mul %8775, %8777 : f32[24,16] @ models/lib/nn.yaml:79:7
%8779 = sub %8754, %8778 : f32[24,16] @ models/lib/nn.yaml:79:7
%8780 = assign %77, %8779 : f32[24,16] @ models/lib/nn.yaml:79:7
%8781 = assign %8750, %8757 : f32[24,16] @ models/lib/nn.yaml:79:7
%8782 = assign %8751, %8761 : f32[24,16] @ models/lib/nn.yaml:79:7
%8783 = assign %8752, %8753 : i64[] @ models/lib/nn.yaml:79:7
%8784 = mul %155, %8373 : f32[24,16] @ models/lib/nn.yaml:79:7
%8785 = mul %8779, %8375 : f32[24,16] @ models/lib/nn.yaml:79:7
%8786 = add %8784, %8785 : f32[24,16] @ models/lib/nn.yaml:79:7
%8787 = assign %155, %8786 : f32[24,16] @ models/lib/nn.yaml:79:7
%8788 = all_reduce_sum %4149 : f32[24] @ models/lib/nn.yaml:80:7
%8789 = mul %8788, %8788 : f32[24] @ models/lib/nn.yaml:80:7
%8790 = reduce_sum %8789 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8791 = sqrt %8790 : f32[] @ models/lib/nn.yaml:80:7
%8792 = cast %8791 : f64[] @ models/lib/nn.yaml:80:7
%8793 = add %8792, %5087 : f64[] @ models/lib/nn.yaml:80:7
%8794 = div %5089, %8793 : f64[] @ models/lib/nn.yaml:80:7
%8795 = lt %8794, %5091 : bool[] @ models/lib/nn.yaml:80:7
%8796 = cast %8794 : f32[] @ models/lib/nn.yaml:80:7
%8797 = broadcast %8796 : f32[24] @ models/lib/nn.yaml:80:7
%8798 = mul %8788, %8797 : f32[24] @ models/lib/nn.yaml:80:7
%8799 = broadcast %8795 : bool[24] @ models/lib/nn.yaml:80:7
%8800 = select %8799, %8798, %8788 : f32[24] @ models/lib/nn.yaml:80:7
%8801 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8802 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8803 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8804 = add %8803, %5101 : i64[] @ models/lib/nn.yaml:80:7
%8805 = mul %8800, %8396 : f32[24] @ models/lib/nn.yaml:80:7
%8806 = mul %8801, %8398 : f32[24] @ models/lib/nn.yaml:80:7
%8807 = add %8806, %8805 : f32[24] @ models/lib/nn.yaml:80:7
%8808 = mul %8800, %8800 : f32[24] @ models/lib/nn.yaml:80:7
%8809 = mul %8808, %8402 : f32[24] @ models/lib/nn.yaml:80:7
%8810 = mul %8802, %8404 : f32[24] @ models/lib/nn.yaml:80:7
%8811 = add %8810, %8809 : f32[24] @ models/lib/nn.yaml:80:7
%8812 = cast %8804 : f64[] @ models/lib/nn.yaml:80:7
%8813 = pow %5110, %8812 : f64[] @ models/lib/nn.yaml:80:7
%8814 = sub %5091, %8813 : f64[] @ models/lib/nn.yaml:80:7
%8815 = div %3087, %8814 : f64[] @ models/lib/nn.yaml:80:7
%8816 = pow %5118, %8812 : f64[] @ models/lib/nn.yaml:80:7
%8817 = sub %5091, %8816 : f64[] @ models/lib/nn.yaml:80:7
%8818 = sqrt %8817 : f64[] @ models/lib/nn.yaml:80:7
%8819 = div %5091, %8818 : f64[] @ models/lib/nn.yaml:80:7
%8820 = sqrt %8811 : f32[24] @ models/lib/nn.yaml:80:7
%8821 = cast %8819 : f32[] @ models/lib/nn.yaml:80:7
%8822 = broadcast %8821 : f32[24] @ models/lib/nn.yaml:80:7
%8823 = mul %8820, %8822 : f32[24] @ models/lib/nn.yaml:80:7
%8824 = add %8823, %8419 : f32[24] @ models/lib/nn.yaml:80:7
%8825 = div %8807, %8824 : f32[24] @ models/lib/nn.yaml:80:7
%8826 = cast %8815 : f32[] @ models/lib/nn.yaml:80:7
%8827 = broadcast %8826 : f32[24] @ models/lib/nn.yaml:80:7
%8828 = mul %8825, %8827 : f32[24] @ models/lib/nn.yaml:80:7
%8829 = sub %78, %8828 : f32[24] @ models/lib/nn.yaml:80:7
%8830 = assign %78, %8829 : f32[24] @ models/lib/nn.yaml:80:7
%8831 = assign %8801, %8807 : f32[24] @ models/lib/nn.yaml:80:7
%8832 = assign %8802, %8811 : f32[24] @ models/lib/nn.yaml:80:7
%8833 = assign %8803, %8804 : i64[] @ models/lib/nn.yaml:80:7
%8834 = mul %156, %8430 : f32[24] @ models/lib/nn.yaml:80:7
%8835 = mul %8829, %8432 : f32[24] @ models/lib/nn.yaml:80:7
%8836 = add %8834, %8835 : f32[24] @ models/lib/nn.yaml:80:7
%8837 = assign %156, %8836 : f32[24] @ models/lib/nn.yaml:80:7
%8838 = all_reduce_sum %4133 : f32[24,24] @ models/lib/nn.yaml:79:7
%8839 = reshape %8838 : f32[576] @ models/lib/nn.yaml:79:7
%8840 = mul %8839, %8839 : f32[576] @ models/lib/nn.yaml:79:7
%8841 = reduce_sum %8840 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8842 = sqrt %8841 : f32[] @ models/lib/nn.yaml:79:7
%8843 = cast %8842 : f64[] @ models/lib/nn.yaml:79:7
%8844 = add %8843, %5087 : f64[] @ models/lib/nn.yaml:79:7
%8845 = div %5089, %8844 : f64[] @ models/lib/nn.yaml:79:7
%8846 = lt %8845, %5091 : bool[] @ models/lib/nn.yaml:79:7
%8847 = cast %8845 : f32[] @ models/lib/nn.yaml:79:7
%8848 = broadcast %8847 : f32[24,24] @ models/lib/nn.yaml:79:7
%8849 = mul %8838, %8848 : f32[24,24] @ models/lib/nn.yaml:79:7
%8850 = broadcast %8846 : bool[24,24] @ models/lib/nn.yaml:79:7
%8851 = select %8850, %8849, %8838 : f32[24,24] @ models/lib/nn.yaml:79:7
%8852 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%8853 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%8854 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8855 = add %8854, %5101 : i64[] @ models/lib/nn.yaml:79:7
%8856 = mul %79, %8454 : f32[24,24] @ models/lib/nn.yaml:79:7
%8857 = mul %8851, %8456 : f32[24,24] @ models/lib/nn.yaml:79:7
%8858 = mul %8852, %8458 : f32[24,24] @ models/lib/nn.yaml:79:7
%8859 = add %8858, %8857 : f32[24,24] @ models/lib/nn.yaml:79:7
%8860 = mul %8851, %8851 : f32[24,24] @ models/lib/nn.yaml:79:7
%8861 = mul %8860, %8462 : f32[24,24] @ models/lib/nn.yaml:79:7
%8862 = mul %8853, %8464 : f32[24,24] @ models/lib/nn.yaml:79:7
%8863 = add %8862, %8861 : f32[24,24] @ models/lib/nn.yaml:79:7
%8864 = cast %8855 : f64[] @ models/lib/nn.yaml:79:7
%8865 = pow %5110, %8864 : f64[] @ models/lib/nn.yaml:79:7
%8866 = sub %5091, %8865 : f64[] @ models/lib/nn.yaml:79:7
%8867 = div %3087, %8866 : f64[] @ models/lib/nn.yaml:79:7
%8868 = pow %5118, %8864 : f64[] @ models/lib/nn.yaml:79:7
%8869 = sub %5091, %8868 : f64[] @ models/lib/nn.yaml:79:7
%8870 = sqrt %8869 : f64[] @ models/lib/nn.yaml:79:7
%8871 = div %5091, %8870 : f64[] @ models/lib/nn.yaml:79:7
%8872 = sqrt %8863 : f32[24,24] @ models/lib/nn.yaml:79:7
%8873 = cast %8871 : f32[] @ models/lib/nn.yaml:79:7
%8874 = broadcast %8873 : f32[24,24] @ models/lib/nn.yaml:79:7
%8875 = mul %8872, %8874 : f32[24,24] @ models/lib/nn.yaml:79:7
%8876 = add %8875, %8479 : f32[24,24] @ models/lib/nn.yaml:79:7
%8877 = div %8859, %8876 : f32[24,24] @ models/lib/nn.yaml:79:7
%8878 = cast %8867 : f32[] @ models/lib/nn.yaml:79:7
%8879 = broadcast %8878 : f32[24,24] @ models/lib/nn.yaml:79:7
%8880 = mul %8877, %8879 : f32[24,24] @ models/lib/nn.yaml:79:7
%8881 = sub %8856, %8880 : f32[24,24] @ models/lib/nn.yaml:79:7
%8882 = assign %79, %8881 : f32[24,24] @ models/lib/nn.yaml:79:7
%8883 = assign %8852, %8859 : f32[24,24] @ models/lib/nn.yaml:79:7
%8884 = assign %8853, %8863 : f32[24,24] @ models/lib/nn.yaml:79:7
%8885 = assign %8854, %8855 : i64[] @ models/lib/nn.yaml:79:7
%8886 = mul %157, %8490 : f32[24,24] @ models/lib/nn.yaml:79:7
%8887 = mul %8881, %8492 : f32[24,24] @ models/lib/nn.yaml:79:7
%8888 = add %8886, %8887 : f32[24,24] @ models/lib/nn.yaml:79:7
%8889 = assign %157, %8888 : f32[24,24] @ models/lib/nn.yaml:79:7
%8890 = all_reduce_sum %4125 : f32[24] @ models/lib/nn.yaml:80:7
%8891 = mul %8890, %8890 : f32[24] @ models/lib/nn.yaml:80:7
%8892 = reduce_sum %8891 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8893 = sqrt %8892 : f32[] @ models/lib/nn.yaml:80:7
%8894 = cast %8893 : f64[] @ models/lib/nn.yaml:80:7
%8895 = add %8894, %5087 : f64[] @ models/lib/nn.yaml:80:7
%8896 = div %5089, %8895 : f64[] @ models/lib/nn.yaml:80:7
%8897 = lt %8896, %5091 : bool[] @ models/lib/nn.yaml:80:7
%8898 = cast %8896 : f32[] @ models/lib/nn.yaml:80:7
%8899 = broadcast %8898 : f32[24] @ models/lib/nn.yaml:80:7
%8900 = mul %8890, %8899 : f32[24] @ models/lib/nn.yaml:80:7
%8901 = broadcast %8897 : bool[24] @ models/lib/nn.yaml:80:7
%8902 = select %8901, %8900, %8890 : f32[24] @ models/lib/nn.yaml:80:7
%8903 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8904 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8905 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8906 = add %8905, %5101 : i64[] @ models/lib/nn.yaml:80:7
%8907 = mul %8902, %8396 : f32[24] @ models/lib/nn.yaml:80:7
%8908 = mul %8903, %8398 : f32[24] @ models/lib/nn.yaml:80:7
%8909 = add %8908, %8907 : f32[24] @ models/lib/nn.yaml:80:7
%8910 = mul %8902, %8902 : f32[24] @ models/lib/nn.yaml:80:7
%8911 = mul %8910, %8402 : f32[24] @ models/lib/nn.yaml:80:7
%8912 = mul %8904, %8404 : f32[24] @ models/lib/nn.yaml:80:7
%8913 = add %8912, %8911 : f32[24] @ models/lib/nn.yaml:80:7
%8914 = cast %8906 : f64[] @ models/lib/nn.yaml:80:7
%8915 = pow %5110, %8914 : f64[] @ models/lib/nn.yaml:80:7
%8916 = sub %5091, %8915 : f64[] @ models/lib/nn.yaml:80:7
%8917 = div %3087, %8916 : f64[] @ models/lib/nn.yaml:80:7
%8918 = pow %5118, %8914 : f64[] @ models/lib/nn.yaml:80:7
%8919 = sub %5091, %8918 : f64[] @ models/lib/nn.yaml:80:7
%8920 = sqrt %8919 : f64[] @ models/lib/nn.yaml:80:7
%8921 = div %5091, %8920 : f64[] @ models/lib/nn.yaml:80:7
%8922 = sqrt %8913 : f32[24] @ models/lib/nn.yaml:80:7
%8923 = cast %8921 : f32[] @ models/lib/nn.yaml:80:7
%8924 = broadcast %8923 : f32[24] @ models/lib/nn.yaml:80:7
%8925 = mul %8922, %8924 : f32[24] @ models/lib/nn.yaml:80:7
%8926 = add %8925, %8419 : f32[24] @ models/lib/nn.yaml:80:7
%8927 = div %8909, %8926 : f32[24] @ models/lib/nn.yaml:80:7
%8928 = cast %8917 : f32[] @ models/lib/nn.yaml:80:7
%8929 = broadcast %8928 : f32[24] @ models/lib/nn.yaml:80:7
%8930 = mul %8927, %8929 : f32[24] @ models/lib/nn.yaml:80:7
%8931 = sub %80, %8930 : f32[24] @ models/lib/nn.yaml:80:7
%8932 = assign %80, %8931 : f32[24] @ models/lib/nn.yaml:80:7
%8933 = assign %8903, %8909 : f32[24] @ models/lib/nn.yaml:80:7
%8934 = assign %8904, %8913 : f32[24] @ models/lib/nn.yaml:80:7
%8935 = assign %8905, %8906 : i64[] @ models/lib/nn.yaml:80:7
%8936 = mul %158, %8430 : f32[24] @ models/lib/nn.yaml:80:7
%8937 = mul %8931, %8432 : f32[24] @ models/lib/nn.yaml:80:7
%8938 = add %8936, %8937 : f32[24] @ models/lib/nn.yaml:80:7
%8939 = assign %158, %8938 : f32[24] @ models/lib/nn.yaml:80:7
%8940 = all_reduce_sum %4108 : f32[8,24] @ models/lib/nn.yaml:79:7
%8941 = reshape %8940 : f32[192] @ models/lib/nn.yaml:79:7
%8942 = mul %8941, %8941 : f32[192] @ models/lib/nn.yaml:79:7
%8943 = reduce_sum %8942 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8944 = sqrt %8943 : f32[] @ models/lib/nn.yaml:79:7
%8945 = cast %8944 : f64[] @ models/lib/nn.yaml:79:7
%8946 = add %8945, %5087 : f64[] @ models/lib/nn.yaml:79:7
%8947 = div %5089, %8946 : f64[] @ models/lib/nn.yaml:79:7
%8948 = lt %8947, %5091 : bool[] @ models/lib/nn.yaml:79:7
%8949 = cast %8947 : f32[] @ models/lib/nn.yaml:79:7
%8950 = broadcast %8949 : f32[8,24] @ models/lib/nn.yaml:79:7
%8951 = mul %8940, %8950 : f32[8,24] @ models/lib/nn.yaml:79:7
%8952 = broadcast %8948 : bool[8,24] @ models/lib/nn.yaml:79:7
%8953 = select %8952, %8951, %8940 : f32[8,24] @ models/lib/nn.yaml:79:7
%8954 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8955 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8956 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8957 = add %8956, %5101 : i64[] @ models/lib/nn.yaml:79:7
%8958 = mul %81, %8564 : f32[8,24] @ models/lib/nn.yaml:79:7
%8959 = mul %8953, %8566 : f32[8,24] @ models/lib/nn.yaml:79:7
%8960 = mul %8954, %8568 : f32[8,24] @ models/lib/nn.yaml:79:7
%8961 = add %8960, %8959 : f32[8,24] @ models/lib/nn.yaml:79:7
%8962 = mul %8953, %8953 : f32[8,24] @ models/lib/nn.yaml:79:7
%8963 = mul %8962, %8572 : f32[8,24] @ models/lib/nn.yaml:79:7
%8964 = mul %8955, %8574 : f32[8,24] @ models/lib/nn.yaml:79:7
%8965 = add %8964, %8963 : f32[8,24] @ models/lib/nn.yaml:79:7
%8966 = cast %8957 : f64[] @ models/lib/nn.yaml:79:7
%8967 = pow %5110, %8966 : f64[] @ models/lib/nn.yaml:79:7
%8968 = sub %5091, %8967 : f64[] @ models/lib/nn.yaml:79:7
%8969 = div %3087, %8968 : f64[] @ models/lib/nn.yaml:79:7
%8970 = pow %5118, %8966 : f64[] @ models/lib/nn.yaml:79:7
%8971 = sub %5091, %8970 : f64[] @ models/lib/nn.yaml:79:7
%8972 = sqrt %8971 : f64[] @ models/lib/nn.yaml:79:7
%8973 = div %5091, %8972 : f64[] @ models/lib/nn.yaml:79:7
%8974 = sqrt %8965 : f32[8,24] @ models/lib/nn.yaml:79:7
%8975 = cast %8973 : f32[] @ models/lib/nn.yaml:79:7
%8976 = broadcast %8975 : f32[8,24] @ models/lib/nn.yaml:79:7
%8977 = mul %8974, %8976 : f32[8,24] @ models/lib/nn.yaml:79:7
%8978 = add %8977, %8589 : f32[8,24] @ models/lib/nn.yaml:79:7
%8979 = div %8961, %8978 : f32[8,24] @ models/lib/nn.yaml:79:7
%8980 = cast %8969 : f32[] @ models/lib/nn.yaml:79:7
%8981 = broadcast %8980 : f32[8,24] @ models/lib/nn.yaml:79:7
%8982 = mul %8979, %8981 : f32[8,24] @ models/lib/nn.yaml:79:7
%8983 = sub %8958, %8982 : f32[8,24] @ models/lib/nn.yaml:79:7
%8984 = assign %81, %8983 : f32[8,24] @ models/lib/nn.yaml:79:7
%8985 = assign %8954, %8961 : f32[8,24] @ models/lib/nn.yaml:79:7
%8986 = assign %8955, %8965 : f32[8,24] @ models/lib/nn.yaml:79:7
%8987 = assign %8956, %8957 : i64[] @ models/lib/nn.yaml:79:7
%8988 = mul %159, %8600 : f32[8,24] @ models/lib/nn.yaml:79:7
%8989 = mul %8983, %8602 : f32[8,24] @ models/lib/nn.yaml:79:7
%8990 = add %8988, %8989 : f32[8,24] @ models/lib/nn.yaml:79:7
%8991 = assign %159, %8990 : f32[8,24] @ models/lib/nn.yaml:79:7
%8992 = all_reduce_sum %4100 : f32[8] @ models/lib/nn.yaml:80:7
%8993 = mul %8992, %8992 : f32[8] @ models/lib/nn.yaml:80:7
%8994 = reduce_sum %8993 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8995 = sqrt %8994 : f32[] @ models/lib/nn.yaml:80:7
%8996 = cast %8995 : f64[] @ models/lib/nn.yaml:80:7
%8997 = add %8996, %5087 : f64[] @ models/lib/nn.yaml:80:7
%8998 = div %5089, %8997 : f64[] @ models/lib/nn.yaml:80:7
%8999 = lt %8998, %5091 : bool[] @ models/lib/nn.yaml:80:7
%9000 = cast %8998 : f32[] @ models/lib/nn.yaml:80:7
%9001 = broadcast %9000 : f32[8] @ models/lib/nn.yaml:80:7
%9002 = mul %8992, %9001 : f32[8] @ models/lib/nn.yaml:80:7
%9003 = broadcast %8999 : bool[8] @ models/lib/nn.yaml:80:7
%9004 = select %9003, %9002, %8992 : f32[8] @ models/lib/nn.yaml:80:7
%9005 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9006 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9007 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9008 = add %9007, %5101 : i64[] @ models/lib/nn.yaml:80:7
%9009 = mul %9004, %8623 : f32[8] @ models/lib/nn.yaml:80:7
%9010 = mul %9005, %8625 : f32[8] @ models/lib/nn.yaml:80:7
%9011 = add %9010, %9009 : f32[8] @ models/lib/nn.yaml:80:7
%9012 = mul %9004, %9004 : f32[8] @ models/lib/nn.yaml:80:7
%9013 = mul %9012, %8629 : f32[8] @ models/lib/nn.yaml:80:7
%9014 = mul %9006, %8631 : f32[8] @ models/lib/nn.yaml:80:7
%9015 = add %9014, %9013 : f32[8] @ models/lib/nn.yaml:80:7
%9016 = cast %9008 : f64[] @ models/lib/nn.yaml:80:7
%9017 = pow %5110, %9016 : f64[] @ models/lib/nn.yaml:80:7
%9018 = sub %5091, %9017 : f64[] @ models/lib/nn.yaml:80:7
%9019 = div %3087, %9018 : f64[] @ models/lib/nn.yaml:80:7
%9020 = pow %5118, %9016 : f64[] @ models/lib/nn.yaml:80:7
%9021 = sub %5091, %9020 : f64[] @ models/lib/nn.yaml:80:7
%9022 = sqrt %9021 : f64[] @ models/lib/nn.yaml:80:7
%9023 = div %5091, %9022 : f64[] @ models/lib/nn.yaml:80:7
%9024 = sqrt %9015 : f32[8] @ models/lib/nn.yaml:80:7
%9025 = cast %9023 : f32[] @ models/lib/nn.yaml:80:7
%9026 = broadcast %9025 : f32[8] @ models/lib/nn.yaml:80:7
%9027 = mul %9024, %9026 : f32[8] @ models/lib/nn.yaml:80:7
%9028 = add %9027, %8646 : f32[8] @ models/lib/nn.yaml:80:7
%9029 = div %9011, %9028 : f32[8] @ models/lib/nn.yaml:80:7
%9030 = cast %9019 : f32[] @ models/lib/nn.yaml:80:7
%9031 = broadcast %9030 : f32[8] @ models/lib/nn.yaml:80:7
%9032 = mul %9029, %9031 : f32[8] @ models/lib/nn.yaml:80:7
%9033 = sub %82, %9032 : f32[8] @ models/lib/nn.yaml:80:7
%9034 = assign %82, %9033 : f32[8] @ models/lib/nn.yaml:80:7
%9035 = assign %9005, %9011 : f32[8] @ models/lib/nn.yaml:80:7
%9036 = assign %9006, %9015 : f32[8] @ models/lib/nn.yaml:80:7
%9037 = assign %9007, %9008 : i64[] @ models/lib/nn.yaml:80:7
%9038 = mul %160, %8657 : f32[8] @ models/lib/nn.yaml:80:7
%9039 = mul %9033, %8659 : f32[8] @ models/lib/nn.yaml:80:7
%9040 = add %9038, %9039 : f32[8] @ models/lib/nn.yaml:80:7
%9041 = assign %160, %9040 : f32[8] @ models/lib/nn.yaml:80:7
%9042 = broadcast %5147 : f32[16,1] @ models/lib/dino.yaml:18:7
%9043 = mul %161, %9042 : f32[16,1] @ models/lib/dino.yaml:18:7
%9044 = broadcast %5151 : f32[16,1] @ models/lib/dino.yaml:18:7
%9045 = mul %83, %9044 : f32[16,1] @ models/lib/dino.yaml:18:7
%9046 = add %9043, %9045 : f32[16,1] @ models/lib/dino.yaml:18:7
%9047 = assign %161, %9046 : f32[16,1] @ models/lib/dino.yaml:18:7
%9048 = all_reduce_sum %4076 : f32[16,8] @ models/lib/dino.yaml:19:7
%9049 = reshape %9048 : f32[128] @ models/lib/dino.yaml:19:7
%9050 = mul %9049, %9049 : f32[128] @ models/lib/dino.yaml:19:7
%9051 = reduce_sum %9050 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%9052 = sqrt %9051 : f32[] @ models/lib/dino.yaml:19:7
%9053 = cast %9052 : f64[] @ models/lib/dino.yaml:19:7
%9054 = add %9053, %5087 : f64[] @ models/lib/dino.yaml:19:7
%9055 = div %5089, %9054 : f64[] @ models/lib/dino.yaml:19:7
%9056 = lt %9055, %5091 : bool[] @ models/lib/dino.yaml:19:7
%9057 = cast %9055 : f32[] @ models/lib/dino.yaml:19:7
%9058 = broadcast %9057 : f32[16,8] @ models/lib/dino.yaml:19:7
%9059 = mul %9048, %9058 : f32[16,8] @ models/lib/dino.yaml:19:7
%9060 = broadcast %9056 : bool[16,8] @ models/lib/dino.yaml:19:7
%9061 = select %9060, %9059, %9048 : f32[16,8] @ models/lib/dino.yaml:19:7
%9062 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%9063 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%9064 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%9065 = add %9064, %5101 : i64[] @ models/lib/dino.yaml:19:7
%9066 = broadcast %5105 : f32[16,8] @ models/lib/dino.yaml:19:7
%9067 = mul %84, %9066 : f32[16,8] @ models/lib/dino.yaml:19:7
%9068 = broadcast %2843 : f32[16,8] @ models/lib/dino.yaml:19:7
%9069 = mul %9061, %9068 : f32[16,8] @ models/lib/dino.yaml:19:7
%9070 = broadcast %1916 : f32[16,8] @ models/lib/dino.yaml:19:7
%9071 = mul %9062, %9070 : f32[16,8] @ models/lib/dino.yaml:19:7
%9072 = add %9071, %9069 : f32[16,8] @ models/lib/dino.yaml:19:7
%9073 = mul %9061, %9061 : f32[16,8] @ models/lib/dino.yaml:19:7
%9074 = broadcast %5115 : f32[16,8] @ models/lib/dino.yaml:19:7
%9075 = mul %9073, %9074 : f32[16,8] @ models/lib/dino.yaml:19:7
%9076 = broadcast %5119 : f32[16,8] @ models/lib/dino.yaml:19:7
%9077 = mul %9063, %9076 : f32[16,8] @ models/lib/dino.yaml:19:7
%9078 = add %9077, %9075 : f32[16,8] @ models/lib/dino.yaml:19:7
%9079 = cast %9065 : f64[] @ models/lib/dino.yaml:19:7
%9080 = pow %5110, %9079 : f64[] @ models/lib/dino.yaml:19:7
%9081 = sub %5091, %9080 : f64[] @ models/lib/dino.yaml:19:7
%9082 = div %3087, %9081 : f64[] @ models/lib/dino.yaml:19:7
%9083 = pow %5118, %9079 : f64[] @ models/lib/dino.yaml:19:7
%9084 = sub %5091, %9083 : f64[] @ models/lib/dino.yaml:19:7
%9085 = sqrt %9084 : f64[] @ models/lib/dino.yaml:19:7
%9086 = div %5091, %9085 : f64[] @ models/lib/dino.yaml:19:7
%9087 = sqrt %9078 : f32[16,8] @ models/lib/dino.yaml:19:7
%9088 = cast %9086 : f32[] @ models/lib/dino.yaml:19:7
%9089 = broadcast %9088 : f32[16,8] @ models/lib/dino.yaml:19:7
%9090 = mul %9087, %9089 : f32[16,8] @ models/lib/dino.yaml:19:7
%9091 = broadcast %5135 : f32[16,8] @ models/lib/dino.yaml:19:7
%9092 = add %9090, %9091 : f32[16,8] @ models/lib/dino.yaml:19:7
%9093 = div %9072, %9092 : f32[16,8] @ models/lib/dino.yaml:19:7
%9094 = cast %9082 : f32[] @ models/lib/dino.yaml:19:7
%9095 = broadcast %9094 : f32[16,8] @ models/lib/dino.yaml:19:7
%9096 = mul %9093, %9095 : f32[16,8] @ models/lib/dino.yaml:19:7
%9097 = sub %9067, %9096 : f32[16,8] @ models/lib/dino.yaml:19:7
%9098 = broadcast %8720 : bool[16,8] @ models/lib/dino.yaml:19:7
%9099 = select %9098, %84, %9097 : f32[16,8] @ models/lib/dino.yaml:19:7
%9100 = select %9098, %9062, %9072 : f32[16,8] @ models/lib/dino.yaml:19:7
%9101 = select %9098, %9063, %9078 : f32[16,8] @ models/lib/dino.yaml:19:7
%9102 = select %8720, %9064, %9065 : i64[] @ models/lib/dino.yaml:19:7
%9103 = assign %84, %9099 : f32[16,8] @ models/lib/dino.yaml:19:7
%9104 = assign %9062, %9100 : f32[16,8] @ models/lib/dino.yaml:19:7
%9105 = assign %9063, %9101 : f32[16,8] @ models/lib/dino.yaml:19:7
%9106 = assign %9064, %9102 : i64[] @ models/lib/dino.yaml:19:7
%9107 = broadcast %5147 : f32[16,8] @ models/lib/dino.yaml:19:7
%9108 = mul %162, %9107 : f32[16,8] @ models/lib/dino.yaml:19:7
%9109 = broadcast %5151 : f32[16,8] @ models/lib/dino.yaml:19:7
%9110 = mul %9099, %9109 : f32[16,8] @ models/lib/dino.yaml:19:7
%9111 = add %9108, %9110 : f32[16,8] @ models/lib/dino.yaml:19:7
%9112 = assign %162, %9111 : f32[16,8] @ models/lib/dino.yaml:19:7
%9113 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%9114 = abs %3054 : f32[] @ models/dino_pass.yaml:149:3
%9115 = lt %9114, %9113 : bool[] @ models/dino_pass.yaml:149:3
%9116 = output %9115 name="finite" : bool[] @ models/dino_pass.yaml:149:3
