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
%3172 = concat %3109, %3101 axis=0 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%3173 = concat %3166, %3160 axis=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3174 = cast %3172 : bf16[4,9,16] @ models/lib/dino.yaml:23:18
%3175 = matmul %3174, %2301 ta=0 tb=0 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%3176 = reshape %3174 : bf16[36,16] @ models/lib/dino.yaml:23:18
%3177 = reshape %2822 : bf16[36,8] @ models/lib/dino.yaml:23:18
%3178 = matmul %3176, %3177 ta=1 tb=0 : bf16[16,8] @ models/lib/dino.yaml:23:18
%3179 = cast %3178 : f32[16,8] @ models/lib/dino.yaml:22:33
%3180 = div %3179, %2298 : f32[16,8] @ models/lib/dino.yaml:22:33
%3181 = mul %3180, %2299 : f32[16,8] @ models/lib/dino.yaml:22:33
%3182 = neg %3181 : f32[16,8] @ models/lib/dino.yaml:22:33
%3183 = reduce_sum %3182 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%3184 = broadcast %274 : f32[16,1] @ models/lib/dino.yaml:22:35
%3185 = mul %3183, %3184 : f32[16,1] @ models/lib/dino.yaml:22:35
%3186 = div %3185, %2297 : f32[16,1] @ models/lib/dino.yaml:22:35
%3187 = broadcast %3186 : f32[16,8] @ models/lib/dino.yaml:22:40
%3188 = mul %3187, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3189 = add %3188, %3188 : f32[16,8] @ models/lib/dino.yaml:22:53
%3190 = mul %3180, %2293 : f32[16,8] @ models/lib/dino.yaml:22:22
%3191 = add %3189, %3190 : f32[16,8] @ models/lib/dino.yaml:22:22
%3192 = cast %3175 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3193 = div %3192, %2820 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3194 = mul %3193, %2821 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3195 = neg %3194 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3196 = reduce_sum %3195 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:18
%3197 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%3198 = broadcast %3197 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3199 = broadcast %274 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3200 = mul %3196, %3199 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3201 = eq %2818, %1724 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%3202 = select %3201, %3200, %3198 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3203 = gt %2818, %1724 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%3204 = select %3203, %3196, %3202 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3205 = mul %3204, %3199 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3206 = div %3205, %2818 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3207 = broadcast %3206 : f32[4,9,8] @ models/lib/nn.yaml:33:29
%3208 = mul %3207, %2815 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3209 = add %3193, %3208 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3210 = add %3209, %3208 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3211 = reduce_sum %3210 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%3212 = reshape %3211 : f32[8] @ models/lib/nn.yaml:84:18
%3213 = cast %3210 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%3214 = matmul %3213, %2282 ta=0 tb=0 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3215 = reshape %3213 : bf16[36,8] @ models/lib/nn.yaml:83:15
%3216 = reshape %2811 : bf16[36,24] @ models/lib/nn.yaml:83:15
%3217 = matmul %3215, %3216 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%3218 = cast %3214 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3219 = mul %3218, %2809 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3220 = mul %3218, %2806 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3221 = mul %2807, %2807 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3222 = neg %3221 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3223 = exp %3222 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3224 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3225 = broadcast %3224 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3226 = mul %3223, %3225 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3227 = mul %3220, %3226 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3228 = mul %3227, %1700 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3229 = mul %3219, %1698 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3230 = add %3228, %3229 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3231 = reduce_sum %3230 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3232 = reshape %3231 : f32[24] @ models/lib/nn.yaml:84:18
%3233 = cast %3230 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3234 = matmul %3233, %2271 ta=0 tb=0 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3235 = reshape %3233 : bf16[36,24] @ models/lib/nn.yaml:83:15
%3236 = reshape %2801 : bf16[36,24] @ models/lib/nn.yaml:83:15
%3237 = matmul %3235, %3236 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%3238 = cast %3234 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3239 = mul %3238, %2799 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3240 = mul %3238, %2796 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3241 = mul %2797, %2797 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3242 = neg %3241 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3243 = exp %3242 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3244 = mul %3243, %3225 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3245 = mul %3240, %3244 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3246 = mul %3245, %1700 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3247 = mul %3239, %1698 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3248 = add %3246, %3247 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3249 = reduce_sum %3248 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3250 = reshape %3249 : f32[24] @ models/lib/nn.yaml:84:18
%3251 = cast %3248 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3252 = matmul %3251, %2260 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3253 = reshape %3251 : bf16[36,24] @ models/lib/nn.yaml:83:15
%3254 = reshape %2791 : bf16[36,16] @ models/lib/nn.yaml:83:15
%3255 = matmul %3253, %3254 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%3256 = cast %3252 : f32[4,9,16] @ models/dino_pass.yaml:103:46
%3257 = cast %3173 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%3258 = matmul %3257, %2256 ta=0 tb=0 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%3259 = reshape %3257 : bf16[4,32] @ models/lib/dino.yaml:23:18
%3260 = reshape %2788 : bf16[4,8] @ models/lib/dino.yaml:23:18
%3261 = matmul %3259, %3260 ta=1 tb=0 : bf16[32,8] @ models/lib/dino.yaml:23:18
%3262 = cast %3261 : f32[32,8] @ models/lib/dino.yaml:22:33
%3263 = div %3262, %2253 : f32[32,8] @ models/lib/dino.yaml:22:33
%3264 = mul %3263, %2254 : f32[32,8] @ models/lib/dino.yaml:22:33
%3265 = neg %3264 : f32[32,8] @ models/lib/dino.yaml:22:33
%3266 = reduce_sum %3265 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%3267 = broadcast %274 : f32[32,1] @ models/lib/dino.yaml:22:35
%3268 = mul %3266, %3267 : f32[32,1] @ models/lib/dino.yaml:22:35
%3269 = div %3268, %2252 : f32[32,1] @ models/lib/dino.yaml:22:35
%3270 = broadcast %3269 : f32[32,8] @ models/lib/dino.yaml:22:40
%3271 = mul %3270, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%3272 = add %3271, %3271 : f32[32,8] @ models/lib/dino.yaml:22:53
%3273 = mul %3263, %2248 : f32[32,8] @ models/lib/dino.yaml:22:22
%3274 = add %3272, %3273 : f32[32,8] @ models/lib/dino.yaml:22:22
%3275 = cast %3258 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3276 = div %3275, %2786 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3277 = mul %3276, %2787 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3278 = neg %3277 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3279 = reduce_sum %3278 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%3280 = broadcast %3197 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3281 = broadcast %274 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3282 = mul %3279, %3281 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3283 = eq %2784, %913 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3284 = select %3283, %3282, %3280 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3285 = gt %2784, %913 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3286 = select %3285, %3279, %3284 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3287 = mul %3286, %3281 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3288 = div %3287, %2784 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3289 = broadcast %3288 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%3290 = mul %3289, %2781 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3291 = add %3276, %3290 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3292 = add %3291, %3290 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3293 = reduce_sum %3292 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%3294 = reshape %3293 : f32[8] @ models/lib/nn.yaml:84:18
%3295 = cast %3292 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%3296 = matmul %3295, %2237 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3297 = reshape %3295 : bf16[4,8] @ models/lib/nn.yaml:83:15
%3298 = reshape %2778 : bf16[4,24] @ models/lib/nn.yaml:83:15
%3299 = matmul %3297, %3298 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%3300 = cast %3296 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3301 = mul %3300, %2776 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3302 = mul %3300, %2773 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3303 = mul %2774, %2774 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3304 = neg %3303 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3305 = exp %3304 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3306 = broadcast %3224 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3307 = mul %3305, %3306 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3308 = mul %3302, %3307 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3309 = mul %3308, %886 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3310 = mul %3301, %884 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3311 = add %3309, %3310 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3312 = reduce_sum %3311 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3313 = reshape %3312 : f32[24] @ models/lib/nn.yaml:84:18
%3314 = cast %3311 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3315 = matmul %3314, %2226 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3316 = reshape %3314 : bf16[4,24] @ models/lib/nn.yaml:83:15
%3317 = reshape %2769 : bf16[4,24] @ models/lib/nn.yaml:83:15
%3318 = matmul %3316, %3317 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%3319 = cast %3315 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3320 = mul %3319, %2767 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3321 = mul %3319, %2764 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3322 = mul %2765, %2765 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3323 = neg %3322 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3324 = exp %3323 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3325 = mul %3324, %3306 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3326 = mul %3321, %3325 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3327 = mul %3326, %886 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3328 = mul %3320, %884 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3329 = add %3327, %3328 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3330 = reduce_sum %3329 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3331 = reshape %3330 : f32[24] @ models/lib/nn.yaml:84:18
%3332 = cast %3329 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3333 = matmul %3332, %2215 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3334 = reshape %3332 : bf16[4,24] @ models/lib/nn.yaml:83:15
%3335 = reshape %2760 : bf16[4,16] @ models/lib/nn.yaml:83:15
%3336 = matmul %3334, %3335 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%3337 = cast %3333 : f32[4,1,16] @ models/dino_pass.yaml:103:28
%3338 = concat %3337, %3256 axis=1 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%3339 = reduce_sum %3338 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3340 = reshape %3339 : f32[16] @ models/lib/nn.yaml:96:46
%3341 = mul %3338, %2755 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3342 = mul %3338, %2754 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3343 = reduce_sum %3342 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3344 = reshape %3343 : f32[16] @ models/lib/nn.yaml:96:37
%3345 = mul %3341, %2753 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3346 = mul %3341, %2747 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3347 = reduce_sum %3346 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3348 = mul %2752, %2752 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3349 = mul %2752, %3348 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3350 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3351 = broadcast %3350 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3352 = mul %3349, %3351 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3353 = mul %3347, %3352 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3354 = div %3353, %1440 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3355 = broadcast %3354 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%3356 = mul %3355, %2747 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3357 = add %3345, %3356 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3358 = add %3357, %3356 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3359 = neg %3358 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3360 = reduce_sum %3359 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3361 = div %3360, %1440 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3362 = broadcast %3361 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3363 = add %3358, %3362 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3364 = slice %3363 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%3365 = slice %3363 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:111:21
%3366 = reduce_sum %3364 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3367 = reshape %3366 : f32[16] @ models/lib/nn.yaml:84:18
%3368 = cast %3364 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3369 = matmul %3368, %2191 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3370 = reshape %3368 : bf16[4,16] @ models/lib/nn.yaml:83:15
%3371 = reshape %2738 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3372 = matmul %3370, %3371 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%3373 = cast %3369 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3374 = mul %3373, %2736 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3375 = mul %3373, %2733 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3376 = mul %2734, %2734 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3377 = neg %3376 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3378 = exp %3377 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3379 = broadcast %3224 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3380 = mul %3378, %3379 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3381 = mul %3375, %3380 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3382 = mul %3381, %741 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3383 = mul %3374, %739 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3384 = add %3382, %3383 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3385 = reduce_sum %3384 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3386 = reshape %3385 : f32[64] @ models/lib/nn.yaml:84:18
%3387 = cast %3384 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3388 = matmul %3387, %2180 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3389 = reshape %3387 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3390 = reshape %2729 : bf16[4,16] @ models/lib/nn.yaml:83:15
%3391 = matmul %3389, %3390 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%3392 = cast %3388 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%3393 = reduce_sum %3392 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3394 = reshape %3393 : f32[16] @ models/lib/nn.yaml:96:46
%3395 = mul %3392, %2175 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3396 = mul %3392, %2726 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3397 = reduce_sum %3396 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3398 = reshape %3397 : f32[16] @ models/lib/nn.yaml:96:37
%3399 = mul %3395, %2725 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3400 = mul %3395, %2719 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3401 = reduce_sum %3400 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3402 = mul %2724, %2724 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3403 = mul %2724, %3402 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3404 = broadcast %3350 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3405 = mul %3403, %3404 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3406 = mul %3401, %3405 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3407 = div %3406, %718 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3408 = broadcast %3407 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%3409 = mul %3408, %2719 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3410 = add %3399, %3409 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3411 = add %3410, %3409 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3412 = add %3364, %3411 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3413 = neg %3411 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3414 = reduce_sum %3413 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3415 = div %3414, %718 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3416 = broadcast %3415 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3417 = add %3412, %3416 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3418 = reduce_sum %3417 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3419 = reshape %3418 : f32[16] @ models/lib/nn.yaml:84:18
%3420 = cast %3417 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3421 = matmul %3420, %2158 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3422 = reshape %3420 : bf16[4,16] @ models/lib/nn.yaml:83:15
%3423 = reshape %2710 : bf16[4,16] @ models/lib/nn.yaml:83:15
%3424 = matmul %3422, %3423 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%3425 = reshape %3421 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%3426 = permute %3425 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%3427 = cast %3426 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%3428 = cast %2700 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3429 = permute %3428 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%3430 = reshape %3427 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%3431 = broadcast %3430 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3432 = reshape %3429 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3433 = broadcast %3432 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3434 = mul %3431, %3433 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3435 = reduce_sum %3434 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3436 = cast %3435 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%3437 = cast %2699 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3438 = permute %3437 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%3439 = cast %3426 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%3440 = reshape %3438 : f32[4,2,10,1,1] @ models/lib/nn.yaml:56:23
%3441 = broadcast %3440 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%3442 = reshape %3439 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%3443 = broadcast %3442 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%3444 = mul %3441, %3443 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%3445 = reshape %3444 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3446 = cast %3445 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%3447 = cast %3436 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3448 = div %3447, %2697 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3449 = mul %3448, %2698 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3450 = neg %3449 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3451 = reduce_sum %3450 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3452 = broadcast %3451 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3453 = add %3448, %3452 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3454 = mul %3453, %2695 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3455 = mul %3454, %1488 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3456 = cast %3455 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3457 = cast %3456 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3458 = cast %2678 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3459 = reshape %3457 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%3460 = broadcast %3459 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3461 = reshape %3458 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3462 = broadcast %3461 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3463 = mul %3460, %3462 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3464 = reduce_sum %3463 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3465 = cast %3464 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%3466 = cast %3456 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3467 = permute %3466 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%3468 = cast %2677 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3469 = reshape %3467 : f32[4,2,10,1,1] @ models/lib/nn.yaml:55:23
%3470 = broadcast %3469 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%3471 = reshape %3468 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%3472 = broadcast %3471 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%3473 = mul %3470, %3472 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%3474 = reshape %3473 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3475 = cast %3474 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%3476 = cast %3446 : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%3477 = permute %3476 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%3478 = reshape %3477 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%3479 = reduce_sum %3478 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3480 = reshape %3479 : f32[16] @ models/lib/nn.yaml:84:18
%3481 = permute %3446 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%3482 = reshape %3481 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%3483 = matmul %3482, %2116 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3484 = reshape %3481 : bf16[40,16] @ models/lib/nn.yaml:83:15
%3485 = reshape %2664 : bf16[40,16] @ models/lib/nn.yaml:83:15
%3486 = matmul %3484, %3485 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%3487 = cast %3475 : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%3488 = permute %3487 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%3489 = reshape %3488 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%3490 = reduce_sum %3489 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3491 = reshape %3490 : f32[16] @ models/lib/nn.yaml:84:18
%3492 = permute %3475 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%3493 = reshape %3492 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%3494 = matmul %3493, %2109 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3495 = cast %3483 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3496 = cast %3494 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3497 = add %3495, %3496 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3498 = reshape %3492 : bf16[40,16] @ models/lib/nn.yaml:83:15
%3499 = matmul %3498, %3485 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%3500 = cast %3465 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%3501 = permute %3500 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%3502 = reshape %3501 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%3503 = reduce_sum %3502 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3504 = reshape %3503 : f32[16] @ models/lib/nn.yaml:84:18
%3505 = permute %3465 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%3506 = reshape %3505 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%3507 = matmul %3506, %2101 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3508 = reshape %3505 : bf16[4,16] @ models/lib/nn.yaml:83:15
%3509 = reshape %2658 : bf16[4,16] @ models/lib/nn.yaml:83:15
%3510 = matmul %3508, %3509 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%3511 = cast %3507 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%3512 = pad %3511 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3513 = add %3497, %3512 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3514 = reduce_sum %3513 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3515 = reshape %3514 : f32[16] @ models/lib/nn.yaml:96:46
%3516 = mul %3513, %2653 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3517 = mul %3513, %2652 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3518 = reduce_sum %3517 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3519 = reshape %3518 : f32[16] @ models/lib/nn.yaml:96:37
%3520 = mul %3516, %2651 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3521 = mul %3516, %2645 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3522 = reduce_sum %3521 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3523 = mul %2650, %2650 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3524 = mul %2650, %3523 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3525 = mul %3524, %3351 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3526 = mul %3522, %3525 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3527 = div %3526, %1440 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3528 = broadcast %3527 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%3529 = mul %3528, %2645 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3530 = add %3520, %3529 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3531 = add %3530, %3529 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3532 = neg %3531 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3533 = reduce_sum %3532 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3534 = div %3533, %1440 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3535 = broadcast %3534 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3536 = add %3531, %3535 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3537 = slice %3536 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3538 = add %3417, %3537 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3539 = slice %3536 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3540 = add %3365, %3539 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3541 = reduce_sum %3538 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3542 = reshape %3541 : f32[16] @ models/lib/nn.yaml:84:18
%3543 = cast %3538 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3544 = matmul %3543, %2077 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3545 = reshape %3543 : bf16[4,16] @ models/lib/nn.yaml:83:15
%3546 = reshape %2636 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3547 = matmul %3545, %3546 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%3548 = cast %3544 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3549 = mul %3548, %2634 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3550 = mul %3548, %2631 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3551 = mul %2632, %2632 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3552 = neg %3551 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3553 = exp %3552 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3554 = mul %3553, %3379 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3555 = mul %3550, %3554 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3556 = mul %3555, %741 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3557 = mul %3549, %739 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3558 = add %3556, %3557 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3559 = reduce_sum %3558 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3560 = reshape %3559 : f32[64] @ models/lib/nn.yaml:84:18
%3561 = cast %3558 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3562 = matmul %3561, %2066 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3563 = reshape %3561 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3564 = reshape %2627 : bf16[4,16] @ models/lib/nn.yaml:83:15
%3565 = matmul %3563, %3564 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%3566 = cast %3562 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%3567 = reduce_sum %3566 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3568 = reshape %3567 : f32[16] @ models/lib/nn.yaml:96:46
%3569 = mul %3566, %2061 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3570 = mul %3566, %2624 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3571 = reduce_sum %3570 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3572 = reshape %3571 : f32[16] @ models/lib/nn.yaml:96:37
%3573 = mul %3569, %2623 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3574 = mul %3569, %2617 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3575 = reduce_sum %3574 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3576 = mul %2622, %2622 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3577 = mul %2622, %3576 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3578 = mul %3577, %3404 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3579 = mul %3575, %3578 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3580 = div %3579, %718 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3581 = broadcast %3580 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%3582 = mul %3581, %2617 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3583 = add %3573, %3582 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3584 = add %3583, %3582 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3585 = add %3538, %3584 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3586 = neg %3584 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3587 = reduce_sum %3586 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3588 = div %3587, %718 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3589 = broadcast %3588 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3590 = add %3585, %3589 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3591 = reduce_sum %3590 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3592 = reshape %3591 : f32[16] @ models/lib/nn.yaml:84:18
%3593 = cast %3590 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3594 = matmul %3593, %2044 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3595 = reshape %3593 : bf16[4,16] @ models/lib/nn.yaml:83:15
%3596 = reshape %2608 : bf16[4,16] @ models/lib/nn.yaml:83:15
%3597 = matmul %3595, %3596 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%3598 = reshape %3594 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%3599 = permute %3598 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%3600 = cast %3599 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%3601 = cast %2598 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3602 = permute %3601 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%3603 = reshape %3600 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%3604 = broadcast %3603 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3605 = reshape %3602 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3606 = broadcast %3605 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3607 = mul %3604, %3606 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%3608 = reduce_sum %3607 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3609 = cast %3608 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%3610 = cast %2597 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3611 = permute %3610 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%3612 = cast %3599 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%3613 = reshape %3611 : f32[4,2,10,1,1] @ models/lib/nn.yaml:56:23
%3614 = broadcast %3613 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%3615 = reshape %3612 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%3616 = broadcast %3615 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%3617 = mul %3614, %3616 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%3618 = reshape %3617 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3619 = cast %3618 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%3620 = cast %3609 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3621 = div %3620, %2595 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3622 = mul %3621, %2596 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3623 = neg %3622 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3624 = reduce_sum %3623 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3625 = broadcast %3624 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3626 = add %3621, %3625 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3627 = mul %3626, %2593 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3628 = mul %3627, %1488 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3629 = cast %3628 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3630 = cast %3629 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3631 = cast %2576 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3632 = reshape %3630 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%3633 = broadcast %3632 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3634 = reshape %3631 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3635 = broadcast %3634 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3636 = mul %3633, %3635 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%3637 = reduce_sum %3636 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3638 = cast %3637 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%3639 = cast %3629 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3640 = permute %3639 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%3641 = cast %2575 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3642 = reshape %3640 : f32[4,2,10,1,1] @ models/lib/nn.yaml:55:23
%3643 = broadcast %3642 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%3644 = reshape %3641 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%3645 = broadcast %3644 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%3646 = mul %3643, %3645 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%3647 = reshape %3646 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3648 = cast %3647 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%3649 = cast %3619 : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%3650 = permute %3649 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%3651 = reshape %3650 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%3652 = reduce_sum %3651 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3653 = reshape %3652 : f32[16] @ models/lib/nn.yaml:84:18
%3654 = permute %3619 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%3655 = reshape %3654 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%3656 = matmul %3655, %2002 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3657 = reshape %3654 : bf16[40,16] @ models/lib/nn.yaml:83:15
%3658 = reshape %2562 : bf16[40,16] @ models/lib/nn.yaml:83:15
%3659 = matmul %3657, %3658 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%3660 = cast %3648 : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%3661 = permute %3660 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%3662 = reshape %3661 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%3663 = reduce_sum %3662 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3664 = reshape %3663 : f32[16] @ models/lib/nn.yaml:84:18
%3665 = permute %3648 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%3666 = reshape %3665 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%3667 = matmul %3666, %1995 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3668 = cast %3656 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3669 = cast %3667 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3670 = add %3668, %3669 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3671 = reshape %3665 : bf16[40,16] @ models/lib/nn.yaml:83:15
%3672 = matmul %3671, %3658 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%3673 = cast %3638 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%3674 = permute %3673 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%3675 = reshape %3674 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%3676 = reduce_sum %3675 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3677 = reshape %3676 : f32[16] @ models/lib/nn.yaml:84:18
%3678 = permute %3638 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%3679 = reshape %3678 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%3680 = matmul %3679, %1987 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3681 = reshape %3678 : bf16[4,16] @ models/lib/nn.yaml:83:15
%3682 = reshape %2556 : bf16[4,16] @ models/lib/nn.yaml:83:15
%3683 = matmul %3681, %3682 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%3684 = cast %3680 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%3685 = pad %3684 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3686 = add %3670, %3685 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3687 = reduce_sum %3686 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3688 = reshape %3687 : f32[16] @ models/lib/nn.yaml:96:46
%3689 = mul %3686, %2551 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3690 = mul %3686, %2550 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3691 = reduce_sum %3690 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3692 = reshape %3691 : f32[16] @ models/lib/nn.yaml:96:37
%3693 = mul %3689, %2549 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3694 = mul %3689, %2543 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3695 = reduce_sum %3694 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3696 = mul %2548, %2548 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3697 = mul %2548, %3696 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3698 = mul %3697, %3351 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3699 = mul %3695, %3698 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3700 = div %3699, %1440 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3701 = broadcast %3700 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%3702 = mul %3701, %2543 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3703 = add %3693, %3702 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3704 = add %3703, %3702 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3705 = neg %3704 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3706 = reduce_sum %3705 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3707 = div %3706, %1440 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3708 = broadcast %3707 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3709 = add %3704, %3708 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3710 = slice %3709 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3711 = add %3590, %3710 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3712 = slice %3709 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3713 = add %3540, %3712 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3714 = reduce_sum %3711 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%3715 = mul %3713, %2536 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3716 = div %3715, %2492 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3717 = reduce_sum %3716 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3718 = reshape %3717 : f32[16] @ models/lib/nn.yaml:84:18
%3719 = cast %3716 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3720 = matmul %3719, %1955 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3721 = reshape %3719 : bf16[36,16] @ models/lib/nn.yaml:83:15
%3722 = reshape %2526 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3723 = matmul %3721, %3722 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%3724 = cast %3720 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3725 = mul %3724, %2524 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3726 = mul %3724, %2521 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3727 = mul %2522, %2522 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3728 = neg %3727 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3729 = exp %3728 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3730 = broadcast %3224 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3731 = mul %3729, %3730 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3732 = mul %3726, %3731 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3733 = mul %3732, %1098 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3734 = mul %3725, %1096 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3735 = add %3733, %3734 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3736 = reduce_sum %3735 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3737 = reshape %3736 : f32[64] @ models/lib/nn.yaml:84:18
%3738 = cast %3735 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3739 = matmul %3738, %1944 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3740 = reshape %3738 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3741 = reshape %2516 : bf16[36,16] @ models/lib/nn.yaml:83:15
%3742 = matmul %3740, %3741 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%3743 = cast %3739 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3744 = reduce_sum %3743 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3745 = reshape %3744 : f32[16] @ models/lib/nn.yaml:96:46
%3746 = mul %3743, %2512 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3747 = mul %3743, %2511 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3748 = reduce_sum %3747 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3749 = reshape %3748 : f32[16] @ models/lib/nn.yaml:96:37
%3750 = mul %3746, %2510 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3751 = mul %3746, %2504 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3752 = reduce_sum %3751 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3753 = mul %2509, %2509 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3754 = mul %2509, %3753 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3755 = broadcast %3350 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3756 = mul %3754, %3755 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3757 = mul %3752, %3756 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3758 = div %3757, %1006 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3759 = broadcast %3758 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%3760 = mul %3759, %2504 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3761 = add %3750, %3760 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3762 = add %3761, %3760 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3763 = add %3713, %3762 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3764 = neg %3762 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3765 = reduce_sum %3764 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3766 = div %3765, %1006 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3767 = broadcast %3766 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3768 = add %3763, %3767 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3769 = mul %3768, %2498 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3770 = div %3769, %2492 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3771 = reduce_sum %3770 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3772 = reshape %3771 : f32[16] @ models/lib/nn.yaml:84:18
%3773 = cast %3770 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3774 = matmul %3773, %1911 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3775 = reshape %3773 : bf16[36,16] @ models/lib/nn.yaml:83:15
%3776 = reshape %2486 : bf16[36,16] @ models/lib/nn.yaml:83:15
%3777 = matmul %3775, %3776 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%3778 = reshape %3774 : bf16[4,9,2,8] @ models/lib/nn.yaml:57:16
%3779 = permute %3778 perm=[0,2,1,3] : bf16[4,2,9,8] @ models/lib/nn.yaml:56:13
%3780 = cast %3779 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3781 = cast %2476 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3782 = permute %3781 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%3783 = reshape %3780 : f32[4,2,9,8,1] @ models/lib/nn.yaml:56:23
%3784 = broadcast %3783 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%3785 = reshape %3782 : f32[4,2,1,8,9] @ models/lib/nn.yaml:56:23
%3786 = broadcast %3785 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%3787 = mul %3784, %3786 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%3788 = reduce_sum %3787 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3789 = cast %3788 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%3790 = cast %2475 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3791 = permute %3790 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3792 = cast %3779 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3793 = reshape %3791 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3794 = broadcast %3793 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3795 = reshape %3792 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%3796 = broadcast %3795 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3797 = mul %3794, %3796 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3798 = reduce_sum %3797 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3799 = cast %3798 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%3800 = cast %3789 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3801 = div %3800, %2473 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3802 = mul %3801, %2474 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3803 = neg %3802 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3804 = reduce_sum %3803 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%3805 = broadcast %3804 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3806 = add %3801, %3805 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3807 = mul %3806, %2471 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3808 = mul %3807, %1047 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3809 = cast %3808 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%3810 = cast %3809 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3811 = cast %2454 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3812 = reshape %3810 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3813 = broadcast %3812 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3814 = reshape %3811 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%3815 = broadcast %3814 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3816 = mul %3813, %3815 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3817 = reduce_sum %3816 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3818 = cast %3817 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%3819 = cast %3809 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3820 = permute %3819 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3821 = cast %2453 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3822 = reshape %3820 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3823 = broadcast %3822 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3824 = reshape %3821 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%3825 = broadcast %3824 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3826 = mul %3823, %3825 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3827 = reduce_sum %3826 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3828 = cast %3827 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%3829 = cast %3799 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%3830 = reshape %3829 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3831 = cast %3828 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%3832 = reshape %3831 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%3833 = cast %3818 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%3834 = reshape %3833 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%3835 = concat %3834, %3832, %3830 axis=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%3836 = permute %3835 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%3837 = reshape %3836 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%3838 = reduce_sum %3837 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%3839 = reshape %3838 : f32[48] @ models/lib/nn.yaml:84:18
%3840 = cast %3837 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%3841 = matmul %3840, %1863 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3842 = reshape %3840 : bf16[36,48] @ models/lib/nn.yaml:83:15
%3843 = reshape %2440 : bf16[36,16] @ models/lib/nn.yaml:83:15
%3844 = matmul %3842, %3843 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%3845 = cast %3841 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3846 = reduce_sum %3845 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3847 = reshape %3846 : f32[16] @ models/lib/nn.yaml:96:46
%3848 = mul %3845, %2436 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3849 = mul %3845, %2435 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3850 = reduce_sum %3849 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3851 = reshape %3850 : f32[16] @ models/lib/nn.yaml:96:37
%3852 = mul %3848, %2434 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3853 = mul %3848, %2428 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3854 = reduce_sum %3853 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3855 = mul %2433, %2433 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3856 = mul %2433, %3855 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3857 = mul %3856, %3755 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3858 = mul %3854, %3857 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3859 = div %3858, %1006 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3860 = broadcast %3859 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%3861 = mul %3860, %2428 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3862 = add %3852, %3861 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3863 = add %3862, %3861 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3864 = add %3768, %3863 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3865 = neg %3863 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3866 = reduce_sum %3865 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3867 = div %3866, %1006 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3868 = broadcast %3867 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3869 = add %3864, %3868 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3870 = reduce_sum %3869 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3871 = reshape %3870 : f32[16] @ models/lib/nn.yaml:84:18
%3872 = cast %3869 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3873 = matmul %3872, %1841 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3874 = reshape %3872 : bf16[36,16] @ models/lib/nn.yaml:83:15
%3875 = reshape %2419 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3876 = matmul %3874, %3875 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%3877 = cast %3873 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3878 = mul %3877, %2417 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3879 = mul %3877, %2414 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3880 = mul %2415, %2415 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3881 = neg %3880 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3882 = exp %3881 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3883 = mul %3882, %3730 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3884 = mul %3879, %3883 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3885 = mul %3884, %1098 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3886 = mul %3878, %1096 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3887 = add %3885, %3886 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3888 = reduce_sum %3887 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3889 = reshape %3888 : f32[64] @ models/lib/nn.yaml:84:18
%3890 = cast %3887 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3891 = matmul %3890, %1830 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3892 = reshape %3890 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3893 = reshape %2409 : bf16[36,16] @ models/lib/nn.yaml:83:15
%3894 = matmul %3892, %3893 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%3895 = cast %3891 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3896 = reduce_sum %3895 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3897 = reshape %3896 : f32[16] @ models/lib/nn.yaml:96:46
%3898 = mul %3895, %2405 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3899 = mul %3895, %2404 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3900 = reduce_sum %3899 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3901 = reshape %3900 : f32[16] @ models/lib/nn.yaml:96:37
%3902 = mul %3898, %2403 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3903 = mul %3898, %2397 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3904 = reduce_sum %3903 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3905 = mul %2402, %2402 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3906 = mul %2402, %3905 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3907 = mul %3906, %3755 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3908 = mul %3904, %3907 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3909 = div %3908, %1006 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3910 = broadcast %3909 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%3911 = mul %3910, %2397 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3912 = add %3902, %3911 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3913 = add %3912, %3911 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3914 = add %3869, %3913 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3915 = neg %3913 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3916 = reduce_sum %3915 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3917 = div %3916, %1006 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3918 = broadcast %3917 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3919 = add %3914, %3918 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3920 = reduce_sum %3919 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3921 = reshape %3920 : f32[16] @ models/lib/nn.yaml:84:18
%3922 = cast %3919 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3923 = matmul %3922, %1808 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3924 = reshape %3922 : bf16[36,16] @ models/lib/nn.yaml:83:15
%3925 = reshape %2387 : bf16[36,16] @ models/lib/nn.yaml:83:15
%3926 = matmul %3924, %3925 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%3927 = reshape %3923 : bf16[4,9,2,8] @ models/lib/nn.yaml:57:16
%3928 = permute %3927 perm=[0,2,1,3] : bf16[4,2,9,8] @ models/lib/nn.yaml:56:13
%3929 = cast %3928 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3930 = cast %2377 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3931 = permute %3930 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%3932 = reshape %3929 : f32[4,2,9,8,1] @ models/lib/nn.yaml:56:23
%3933 = broadcast %3932 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%3934 = reshape %3931 : f32[4,2,1,8,9] @ models/lib/nn.yaml:56:23
%3935 = broadcast %3934 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%3936 = mul %3933, %3935 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%3937 = reduce_sum %3936 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3938 = cast %3937 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%3939 = cast %2376 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3940 = permute %3939 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3941 = cast %3928 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3942 = reshape %3940 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3943 = broadcast %3942 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3944 = reshape %3941 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%3945 = broadcast %3944 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3946 = mul %3943, %3945 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3947 = reduce_sum %3946 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3948 = cast %3947 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%3949 = cast %3938 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3950 = div %3949, %2374 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3951 = mul %3950, %2375 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3952 = neg %3951 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3953 = reduce_sum %3952 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%3954 = broadcast %3953 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3955 = add %3950, %3954 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3956 = mul %3955, %2372 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3957 = mul %3956, %1047 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3958 = cast %3957 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%3959 = cast %3958 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3960 = cast %2355 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3961 = reshape %3959 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3962 = broadcast %3961 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3963 = reshape %3960 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%3964 = broadcast %3963 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3965 = mul %3962, %3964 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3966 = reduce_sum %3965 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3967 = cast %3966 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%3968 = cast %3958 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3969 = permute %3968 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3970 = cast %2354 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3971 = reshape %3969 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3972 = broadcast %3971 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3973 = reshape %3970 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%3974 = broadcast %3973 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3975 = mul %3972, %3974 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%3976 = reduce_sum %3975 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3977 = cast %3976 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%3978 = cast %3948 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%3979 = reshape %3978 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3980 = cast %3977 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%3981 = reshape %3980 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%3982 = cast %3967 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%3983 = reshape %3982 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%3984 = concat %3983, %3981, %3979 axis=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%3985 = permute %3984 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%3986 = reshape %3985 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%3987 = reduce_sum %3986 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%3988 = reshape %3987 : f32[48] @ models/lib/nn.yaml:84:18
%3989 = cast %3986 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%3990 = matmul %3989, %1760 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3991 = reshape %3989 : bf16[36,48] @ models/lib/nn.yaml:83:15
%3992 = reshape %2341 : bf16[36,16] @ models/lib/nn.yaml:83:15
%3993 = matmul %3991, %3992 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%3994 = cast %3990 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3995 = reduce_sum %3994 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3996 = reshape %3995 : f32[16] @ models/lib/nn.yaml:96:46
%3997 = mul %3994, %2337 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3998 = mul %3994, %2336 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3999 = reduce_sum %3998 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4000 = reshape %3999 : f32[16] @ models/lib/nn.yaml:96:37
%4001 = mul %3997, %2335 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4002 = mul %3997, %2329 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4003 = reduce_sum %4002 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4004 = mul %2334, %2334 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4005 = mul %2334, %4004 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4006 = mul %4005, %3755 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4007 = mul %4003, %4006 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4008 = div %4007, %1006 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4009 = broadcast %4008 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4010 = mul %4009, %2329 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4011 = add %4001, %4010 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4012 = add %4011, %4010 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4013 = add %3919, %4012 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4014 = neg %4012 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4015 = reduce_sum %4014 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4016 = div %4015, %1006 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4017 = broadcast %4016 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4018 = add %4013, %4017 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4019 = reduce_sum %4018 axes=[0] keep=1 : f32[1,9,16] @ models/lib/vit.yaml:62:15
%4020 = reshape %4019 : f32[3,3,16] @ models/lib/vit.yaml:36:16
%4021 = permute %4020 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%4022 = reshape %4021 : f32[3,48] @ models/lib/vit.yaml:35:21
%4023 = cast %4022 : bf16[3,48] @ models/lib/vit.yaml:34:15
%4024 = matmul %992, %4023 ta=1 tb=0 : bf16[4,48] @ models/lib/vit.yaml:34:15
%4025 = reshape %4024 : bf16[4,3,16] @ models/lib/vit.yaml:34:17
%4026 = permute %4025 perm=[1,0,2] : bf16[3,4,16] @ models/lib/vit.yaml:33:13
%4027 = reshape %4026 : bf16[3,64] @ models/lib/vit.yaml:33:21
%4028 = matmul %992, %4027 ta=1 tb=0 : bf16[4,64] @ models/lib/vit.yaml:32:15
%4029 = cast %4028 : f32[4,64] @ models/lib/vit.yaml:32:17
%4030 = reshape %4029 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%4031 = reduce_sum %4018 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%4032 = reshape %4031 : f32[16] @ models/lib/vit.yaml:17:71
%4033 = reshape %4018 : f32[36,16] @ models/lib/vit.yaml:17:18
%4034 = cast %4033 : bf16[36,16] @ models/lib/vit.yaml:17:18
%4035 = reshape %985 : bf16[36,48] @ models/lib/vit.yaml:17:18
%4036 = matmul %4034, %4035 ta=1 tb=0 : bf16[16,48] @ models/lib/vit.yaml:17:18
%4037 = cast %4036 : f32[16,48] @ models/lib/vit.yaml:17:20
%4038 = reshape %4037 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%4039 = concat %3129, %3121 axis=0 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%4040 = concat %3151, %3171 axis=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%4041 = cast %4039 : bf16[4,16,16] @ models/lib/dino.yaml:23:18
%4042 = matmul %4041, %2301 ta=0 tb=0 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%4043 = reshape %4041 : bf16[64,16] @ models/lib/dino.yaml:23:18
%4044 = reshape %2300 : bf16[64,8] @ models/lib/dino.yaml:23:18
%4045 = matmul %4043, %4044 ta=1 tb=0 : bf16[16,8] @ models/lib/dino.yaml:23:18
%4046 = cast %4045 : f32[16,8] @ models/lib/dino.yaml:22:33
%4047 = div %4046, %2298 : f32[16,8] @ models/lib/dino.yaml:22:33
%4048 = mul %4047, %2299 : f32[16,8] @ models/lib/dino.yaml:22:33
%4049 = neg %4048 : f32[16,8] @ models/lib/dino.yaml:22:33
%4050 = reduce_sum %4049 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%4051 = mul %4050, %3184 : f32[16,1] @ models/lib/dino.yaml:22:35
%4052 = div %4051, %2297 : f32[16,1] @ models/lib/dino.yaml:22:35
%4053 = broadcast %4052 : f32[16,8] @ models/lib/dino.yaml:22:40
%4054 = mul %4053, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%4055 = add %3191, %4054 : f32[16,8] @ models/lib/dino.yaml:22:53
%4056 = add %4055, %4054 : f32[16,8] @ models/lib/dino.yaml:22:53
%4057 = mul %4047, %2293 : f32[16,8] @ models/lib/dino.yaml:22:22
%4058 = add %4056, %4057 : f32[16,8] @ models/lib/dino.yaml:22:22
%4059 = cast %4042 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4060 = div %4059, %2291 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4061 = mul %4060, %2292 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4062 = neg %4061 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4063 = reduce_sum %4062 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%4064 = broadcast %3197 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4065 = broadcast %274 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4066 = mul %4063, %4065 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4067 = eq %2289, %962 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%4068 = select %4067, %4066, %4064 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4069 = gt %2289, %962 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%4070 = select %4069, %4063, %4068 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4071 = mul %4070, %4065 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4072 = div %4071, %2289 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4073 = broadcast %4072 : f32[4,16,8] @ models/lib/nn.yaml:33:29
%4074 = mul %4073, %2286 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4075 = add %4060, %4074 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4076 = add %4075, %4074 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4077 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,64] @ models/lib/nn.yaml:84:18
%4078 = reshape %4076 : f32[64,8] @ models/lib/nn.yaml:84:18
%4079 = matmul %4077, %4078 ta=0 tb=0 : f32[1,8] @ models/lib/nn.yaml:84:18
%4080 = reshape %4079 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4081 = reshape %4080 : f32[8] @ models/lib/nn.yaml:84:18
%4082 = add %3212, %4081 : f32[8] @ models/lib/nn.yaml:84:18
%4083 = cast %4076 : bf16[4,16,8] @ models/lib/nn.yaml:83:15
%4084 = matmul %4083, %2282 ta=0 tb=0 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%4085 = reshape %4083 : bf16[64,8] @ models/lib/nn.yaml:83:15
%4086 = reshape %2281 : bf16[64,24] @ models/lib/nn.yaml:83:15
%4087 = matmul %4085, %4086 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%4088 = cast %3217 : f32[8,24] @ models/lib/nn.yaml:83:15
%4089 = cast %4087 : f32[8,24] @ models/lib/nn.yaml:83:15
%4090 = add %4088, %4089 : f32[8,24] @ models/lib/nn.yaml:83:15
%4091 = cast %4084 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4092 = mul %4091, %2279 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4093 = mul %4091, %2276 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4094 = mul %2277, %2277 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4095 = neg %4094 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4096 = exp %4095 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4097 = broadcast %3224 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4098 = mul %4096, %4097 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4099 = mul %4093, %4098 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4100 = mul %4099, %936 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%4101 = mul %4092, %934 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4102 = add %4100, %4101 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4103 = reshape %4102 : f32[64,24] @ models/lib/nn.yaml:84:18
%4104 = matmul %4077, %4103 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%4105 = reshape %4104 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4106 = reshape %4105 : f32[24] @ models/lib/nn.yaml:84:18
%4107 = add %3232, %4106 : f32[24] @ models/lib/nn.yaml:84:18
%4108 = cast %4102 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%4109 = matmul %4108, %2271 ta=0 tb=0 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%4110 = reshape %4108 : bf16[64,24] @ models/lib/nn.yaml:83:15
%4111 = reshape %2270 : bf16[64,24] @ models/lib/nn.yaml:83:15
%4112 = matmul %4110, %4111 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%4113 = cast %3237 : f32[24,24] @ models/lib/nn.yaml:83:15
%4114 = cast %4112 : f32[24,24] @ models/lib/nn.yaml:83:15
%4115 = add %4113, %4114 : f32[24,24] @ models/lib/nn.yaml:83:15
%4116 = cast %4109 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4117 = mul %4116, %2268 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4118 = mul %4116, %2265 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4119 = mul %2266, %2266 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4120 = neg %4119 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4121 = exp %4120 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4122 = mul %4121, %4097 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4123 = mul %4118, %4122 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4124 = mul %4123, %936 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%4125 = mul %4117, %934 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4126 = add %4124, %4125 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4127 = reshape %4126 : f32[64,24] @ models/lib/nn.yaml:84:18
%4128 = matmul %4077, %4127 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%4129 = reshape %4128 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4130 = reshape %4129 : f32[24] @ models/lib/nn.yaml:84:18
%4131 = add %3250, %4130 : f32[24] @ models/lib/nn.yaml:84:18
%4132 = cast %4126 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%4133 = matmul %4132, %2260 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4134 = reshape %4132 : bf16[64,24] @ models/lib/nn.yaml:83:15
%4135 = reshape %2259 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4136 = matmul %4134, %4135 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%4137 = cast %3255 : f32[24,16] @ models/lib/nn.yaml:83:15
%4138 = cast %4136 : f32[24,16] @ models/lib/nn.yaml:83:15
%4139 = add %4137, %4138 : f32[24,16] @ models/lib/nn.yaml:83:15
%4140 = cast %4133 : f32[4,16,16] @ models/dino_pass.yaml:103:46
%4141 = cast %4040 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%4142 = matmul %4141, %2256 ta=0 tb=0 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%4143 = reshape %4141 : bf16[4,32] @ models/lib/dino.yaml:23:18
%4144 = reshape %2255 : bf16[4,8] @ models/lib/dino.yaml:23:18
%4145 = matmul %4143, %4144 ta=1 tb=0 : bf16[32,8] @ models/lib/dino.yaml:23:18
%4146 = cast %4145 : f32[32,8] @ models/lib/dino.yaml:22:33
%4147 = div %4146, %2253 : f32[32,8] @ models/lib/dino.yaml:22:33
%4148 = mul %4147, %2254 : f32[32,8] @ models/lib/dino.yaml:22:33
%4149 = neg %4148 : f32[32,8] @ models/lib/dino.yaml:22:33
%4150 = reduce_sum %4149 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%4151 = mul %4150, %3267 : f32[32,1] @ models/lib/dino.yaml:22:35
%4152 = div %4151, %2252 : f32[32,1] @ models/lib/dino.yaml:22:35
%4153 = broadcast %4152 : f32[32,8] @ models/lib/dino.yaml:22:40
%4154 = mul %4153, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%4155 = add %3274, %4154 : f32[32,8] @ models/lib/dino.yaml:22:53
%4156 = add %4155, %4154 : f32[32,8] @ models/lib/dino.yaml:22:53
%4157 = mul %4147, %2248 : f32[32,8] @ models/lib/dino.yaml:22:22
%4158 = add %4156, %4157 : f32[32,8] @ models/lib/dino.yaml:22:22
%4159 = cast %4142 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4160 = div %4159, %2246 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4161 = mul %4160, %2247 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4162 = neg %4161 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4163 = reduce_sum %4162 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%4164 = mul %4163, %3281 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4165 = eq %2244, %913 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4166 = select %4165, %4164, %3280 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4167 = gt %2244, %913 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4168 = select %4167, %4163, %4166 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4169 = mul %4168, %3281 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4170 = div %4169, %2244 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4171 = broadcast %4170 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%4172 = mul %4171, %2241 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4173 = add %4160, %4172 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4174 = add %4173, %4172 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4175 = reduce_sum %4174 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4176 = reshape %4175 : f32[8] @ models/lib/nn.yaml:84:18
%4177 = add %3294, %4176 : f32[8] @ models/lib/nn.yaml:84:18
%4178 = cast %4174 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%4179 = matmul %4178, %2237 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4180 = reshape %4178 : bf16[4,8] @ models/lib/nn.yaml:83:15
%4181 = reshape %2236 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4182 = matmul %4180, %4181 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%4183 = cast %3299 : f32[8,24] @ models/lib/nn.yaml:83:15
%4184 = cast %4182 : f32[8,24] @ models/lib/nn.yaml:83:15
%4185 = add %4183, %4184 : f32[8,24] @ models/lib/nn.yaml:83:15
%4186 = cast %4179 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4187 = mul %4186, %2234 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4188 = mul %4186, %2231 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4189 = mul %2232, %2232 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4190 = neg %4189 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4191 = exp %4190 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4192 = mul %4191, %3306 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4193 = mul %4188, %4192 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4194 = mul %4193, %886 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4195 = mul %4187, %884 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4196 = add %4194, %4195 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4197 = reduce_sum %4196 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4198 = reshape %4197 : f32[24] @ models/lib/nn.yaml:84:18
%4199 = add %3313, %4198 : f32[24] @ models/lib/nn.yaml:84:18
%4200 = cast %4196 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4201 = matmul %4200, %2226 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4202 = reshape %4200 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4203 = reshape %2225 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4204 = matmul %4202, %4203 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%4205 = cast %3318 : f32[24,24] @ models/lib/nn.yaml:83:15
%4206 = cast %4204 : f32[24,24] @ models/lib/nn.yaml:83:15
%4207 = add %4205, %4206 : f32[24,24] @ models/lib/nn.yaml:83:15
%4208 = cast %4201 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4209 = mul %4208, %2223 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4210 = mul %4208, %2220 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4211 = mul %2221, %2221 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4212 = neg %4211 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4213 = exp %4212 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4214 = mul %4213, %3306 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4215 = mul %4210, %4214 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4216 = mul %4215, %886 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4217 = mul %4209, %884 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4218 = add %4216, %4217 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4219 = reduce_sum %4218 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4220 = reshape %4219 : f32[24] @ models/lib/nn.yaml:84:18
%4221 = add %3331, %4220 : f32[24] @ models/lib/nn.yaml:84:18
%4222 = cast %4218 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4223 = matmul %4222, %2215 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4224 = reshape %4222 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4225 = reshape %2214 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4226 = matmul %4224, %4225 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%4227 = cast %3336 : f32[24,16] @ models/lib/nn.yaml:83:15
%4228 = cast %4226 : f32[24,16] @ models/lib/nn.yaml:83:15
%4229 = add %4227, %4228 : f32[24,16] @ models/lib/nn.yaml:83:15
%4230 = cast %4223 : f32[4,1,16] @ models/dino_pass.yaml:103:28
%4231 = concat %4230, %4140 axis=1 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%4232 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:46
%4233 = reshape %4231 : f32[68,16] @ models/lib/nn.yaml:96:46
%4234 = matmul %4232, %4233 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4235 = reshape %4234 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4236 = reshape %4235 : f32[16] @ models/lib/nn.yaml:96:46
%4237 = add %3340, %4236 : f32[16] @ models/lib/nn.yaml:96:46
%4238 = mul %4231, %2209 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4239 = mul %4231, %2208 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4240 = reshape %4239 : f32[68,16] @ models/lib/nn.yaml:96:37
%4241 = matmul %4232, %4240 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%4242 = reshape %4241 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4243 = reshape %4242 : f32[16] @ models/lib/nn.yaml:96:37
%4244 = add %3344, %4243 : f32[16] @ models/lib/nn.yaml:96:37
%4245 = mul %4238, %2207 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4246 = mul %4238, %2201 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4247 = reduce_sum %4246 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%4248 = mul %2206, %2206 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4249 = mul %2206, %4248 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4250 = broadcast %3350 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4251 = mul %4249, %4250 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4252 = mul %4247, %4251 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4253 = div %4252, %639 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%4254 = broadcast %4253 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%4255 = mul %4254, %2201 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4256 = add %4245, %4255 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4257 = add %4256, %4255 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4258 = neg %4257 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%4259 = reduce_sum %4258 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%4260 = div %4259, %639 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%4261 = broadcast %4260 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4262 = add %4257, %4261 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4263 = slice %4262 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%4264 = slice %4262 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:111:21
%4265 = reduce_sum %4263 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4266 = reshape %4265 : f32[16] @ models/lib/nn.yaml:84:18
%4267 = add %3367, %4266 : f32[16] @ models/lib/nn.yaml:84:18
%4268 = cast %4263 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4269 = matmul %4268, %2191 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4270 = reshape %4268 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4271 = reshape %2190 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4272 = matmul %4270, %4271 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4273 = cast %3372 : f32[16,64] @ models/lib/nn.yaml:83:15
%4274 = cast %4272 : f32[16,64] @ models/lib/nn.yaml:83:15
%4275 = add %4273, %4274 : f32[16,64] @ models/lib/nn.yaml:83:15
%4276 = cast %4269 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4277 = mul %4276, %2188 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4278 = mul %4276, %2185 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4279 = mul %2186, %2186 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4280 = neg %4279 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4281 = exp %4280 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4282 = mul %4281, %3379 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4283 = mul %4278, %4282 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4284 = mul %4283, %741 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4285 = mul %4277, %739 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4286 = add %4284, %4285 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4287 = reduce_sum %4286 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4288 = reshape %4287 : f32[64] @ models/lib/nn.yaml:84:18
%4289 = add %3386, %4288 : f32[64] @ models/lib/nn.yaml:84:18
%4290 = cast %4286 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4291 = matmul %4290, %2180 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4292 = reshape %4290 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4293 = reshape %2179 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4294 = matmul %4292, %4293 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4295 = cast %3391 : f32[64,16] @ models/lib/nn.yaml:83:15
%4296 = cast %4294 : f32[64,16] @ models/lib/nn.yaml:83:15
%4297 = add %4295, %4296 : f32[64,16] @ models/lib/nn.yaml:83:15
%4298 = cast %4291 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4299 = reduce_sum %4298 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4300 = reshape %4299 : f32[16] @ models/lib/nn.yaml:96:46
%4301 = add %3394, %4300 : f32[16] @ models/lib/nn.yaml:96:46
%4302 = mul %4298, %2175 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4303 = mul %4298, %2174 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4304 = reduce_sum %4303 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4305 = reshape %4304 : f32[16] @ models/lib/nn.yaml:96:37
%4306 = add %3398, %4305 : f32[16] @ models/lib/nn.yaml:96:37
%4307 = mul %4302, %2173 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4308 = mul %4302, %2167 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4309 = reduce_sum %4308 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4310 = mul %2172, %2172 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4311 = mul %2172, %4310 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4312 = mul %4311, %3404 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4313 = mul %4309, %4312 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4314 = div %4313, %718 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4315 = broadcast %4314 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4316 = mul %4315, %2167 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4317 = add %4307, %4316 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4318 = add %4317, %4316 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4319 = add %4263, %4318 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4320 = neg %4318 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4321 = reduce_sum %4320 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4322 = div %4321, %718 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4323 = broadcast %4322 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4324 = add %4319, %4323 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4325 = reduce_sum %4324 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4326 = reshape %4325 : f32[16] @ models/lib/nn.yaml:84:18
%4327 = add %3419, %4326 : f32[16] @ models/lib/nn.yaml:84:18
%4328 = cast %4324 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4329 = matmul %4328, %2158 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4330 = reshape %4328 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4331 = reshape %2156 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4332 = matmul %4330, %4331 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4333 = cast %3424 : f32[16,16] @ models/lib/nn.yaml:83:15
%4334 = cast %4332 : f32[16,16] @ models/lib/nn.yaml:83:15
%4335 = add %4333, %4334 : f32[16,16] @ models/lib/nn.yaml:83:15
%4336 = reshape %4329 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4337 = permute %4336 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4338 = cast %4337 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4339 = cast %2146 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4340 = permute %4339 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%4341 = reshape %4338 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%4342 = broadcast %4341 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4343 = reshape %4340 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4344 = broadcast %4343 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4345 = mul %4342, %4344 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4346 = reduce_sum %4345 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4347 = cast %4346 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%4348 = cast %2145 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4349 = permute %4348 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%4350 = cast %4337 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4351 = reshape %4349 : f32[4,2,17,1,1] @ models/lib/nn.yaml:56:23
%4352 = broadcast %4351 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%4353 = reshape %4350 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%4354 = broadcast %4353 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%4355 = mul %4352, %4354 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%4356 = reshape %4355 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4357 = cast %4356 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%4358 = cast %4347 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4359 = div %4358, %2143 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4360 = mul %4359, %2144 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4361 = neg %4360 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4362 = reduce_sum %4361 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4363 = broadcast %4362 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4364 = add %4359, %4363 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4365 = mul %4364, %2141 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%4366 = mul %4365, %688 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%4367 = cast %4366 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%4368 = cast %4367 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%4369 = cast %2124 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4370 = reshape %4368 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%4371 = broadcast %4370 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4372 = reshape %4369 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4373 = broadcast %4372 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4374 = mul %4371, %4373 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4375 = reduce_sum %4374 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4376 = cast %4375 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4377 = cast %4367 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%4378 = permute %4377 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%4379 = cast %2123 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4380 = reshape %4378 : f32[4,2,17,1,1] @ models/lib/nn.yaml:55:23
%4381 = broadcast %4380 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%4382 = reshape %4379 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%4383 = broadcast %4382 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%4384 = mul %4381, %4383 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%4385 = reshape %4384 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4386 = cast %4385 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%4387 = cast %4357 : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%4388 = permute %4387 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%4389 = reshape %4388 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%4390 = reshape %4389 : f32[68,16] @ models/lib/nn.yaml:84:18
%4391 = matmul %4232, %4390 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4392 = reshape %4391 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4393 = reshape %4392 : f32[16] @ models/lib/nn.yaml:84:18
%4394 = add %3480, %4393 : f32[16] @ models/lib/nn.yaml:84:18
%4395 = permute %4357 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:80:14
%4396 = reshape %4395 : bf16[4,17,16] @ models/lib/vit.yaml:80:22
%4397 = matmul %4396, %2116 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%4398 = reshape %4395 : bf16[68,16] @ models/lib/nn.yaml:83:15
%4399 = reshape %2108 : bf16[68,16] @ models/lib/nn.yaml:83:15
%4400 = matmul %4398, %4399 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4401 = cast %3486 : f32[16,16] @ models/lib/nn.yaml:83:15
%4402 = cast %4400 : f32[16,16] @ models/lib/nn.yaml:83:15
%4403 = add %4401, %4402 : f32[16,16] @ models/lib/nn.yaml:83:15
%4404 = cast %4386 : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%4405 = permute %4404 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%4406 = reshape %4405 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%4407 = reshape %4406 : f32[68,16] @ models/lib/nn.yaml:84:18
%4408 = matmul %4232, %4407 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4409 = reshape %4408 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4410 = reshape %4409 : f32[16] @ models/lib/nn.yaml:84:18
%4411 = add %3491, %4410 : f32[16] @ models/lib/nn.yaml:84:18
%4412 = permute %4386 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:79:14
%4413 = reshape %4412 : bf16[4,17,16] @ models/lib/vit.yaml:79:22
%4414 = matmul %4413, %2109 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%4415 = cast %4397 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4416 = cast %4414 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4417 = add %4415, %4416 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4418 = reshape %4412 : bf16[68,16] @ models/lib/nn.yaml:83:15
%4419 = matmul %4418, %4399 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4420 = cast %3499 : f32[16,16] @ models/lib/nn.yaml:83:15
%4421 = cast %4419 : f32[16,16] @ models/lib/nn.yaml:83:15
%4422 = add %4420, %4421 : f32[16,16] @ models/lib/nn.yaml:83:15
%4423 = cast %4376 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%4424 = permute %4423 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4425 = reshape %4424 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4426 = reduce_sum %4425 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4427 = reshape %4426 : f32[16] @ models/lib/nn.yaml:84:18
%4428 = add %3504, %4427 : f32[16] @ models/lib/nn.yaml:84:18
%4429 = permute %4376 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4430 = reshape %4429 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4431 = matmul %4430, %2101 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4432 = reshape %4429 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4433 = reshape %2100 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4434 = matmul %4432, %4433 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4435 = cast %3510 : f32[16,16] @ models/lib/nn.yaml:83:15
%4436 = cast %4434 : f32[16,16] @ models/lib/nn.yaml:83:15
%4437 = add %4435, %4436 : f32[16,16] @ models/lib/nn.yaml:83:15
%4438 = cast %4431 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4439 = pad %4438 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4440 = add %4417, %4439 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4441 = reshape %4440 : f32[68,16] @ models/lib/nn.yaml:96:46
%4442 = matmul %4232, %4441 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4443 = reshape %4442 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4444 = reshape %4443 : f32[16] @ models/lib/nn.yaml:96:46
%4445 = add %3515, %4444 : f32[16] @ models/lib/nn.yaml:96:46
%4446 = mul %4440, %2095 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4447 = mul %4440, %2094 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4448 = reshape %4447 : f32[68,16] @ models/lib/nn.yaml:96:37
%4449 = matmul %4232, %4448 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%4450 = reshape %4449 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4451 = reshape %4450 : f32[16] @ models/lib/nn.yaml:96:37
%4452 = add %3519, %4451 : f32[16] @ models/lib/nn.yaml:96:37
%4453 = mul %4446, %2093 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4454 = mul %4446, %2087 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4455 = reduce_sum %4454 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%4456 = mul %2092, %2092 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4457 = mul %2092, %4456 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4458 = mul %4457, %4250 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4459 = mul %4455, %4458 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4460 = div %4459, %639 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%4461 = broadcast %4460 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%4462 = mul %4461, %2087 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4463 = add %4453, %4462 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4464 = add %4463, %4462 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4465 = neg %4464 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%4466 = reduce_sum %4465 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%4467 = div %4466, %639 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%4468 = broadcast %4467 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4469 = add %4464, %4468 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4470 = slice %4469 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4471 = add %4324, %4470 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4472 = slice %4469 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4473 = add %4264, %4472 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4474 = reduce_sum %4471 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4475 = reshape %4474 : f32[16] @ models/lib/nn.yaml:84:18
%4476 = add %3542, %4475 : f32[16] @ models/lib/nn.yaml:84:18
%4477 = cast %4471 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4478 = matmul %4477, %2077 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4479 = reshape %4477 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4480 = reshape %2076 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4481 = matmul %4479, %4480 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4482 = cast %3547 : f32[16,64] @ models/lib/nn.yaml:83:15
%4483 = cast %4481 : f32[16,64] @ models/lib/nn.yaml:83:15
%4484 = add %4482, %4483 : f32[16,64] @ models/lib/nn.yaml:83:15
%4485 = cast %4478 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4486 = mul %4485, %2074 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4487 = mul %4485, %2071 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4488 = mul %2072, %2072 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4489 = neg %4488 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4490 = exp %4489 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4491 = mul %4490, %3379 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4492 = mul %4487, %4491 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4493 = mul %4492, %741 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4494 = mul %4486, %739 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4495 = add %4493, %4494 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4496 = reduce_sum %4495 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4497 = reshape %4496 : f32[64] @ models/lib/nn.yaml:84:18
%4498 = add %3560, %4497 : f32[64] @ models/lib/nn.yaml:84:18
%4499 = cast %4495 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4500 = matmul %4499, %2066 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4501 = reshape %4499 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4502 = reshape %2065 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4503 = matmul %4501, %4502 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4504 = cast %3565 : f32[64,16] @ models/lib/nn.yaml:83:15
%4505 = cast %4503 : f32[64,16] @ models/lib/nn.yaml:83:15
%4506 = add %4504, %4505 : f32[64,16] @ models/lib/nn.yaml:83:15
%4507 = cast %4500 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4508 = reduce_sum %4507 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4509 = reshape %4508 : f32[16] @ models/lib/nn.yaml:96:46
%4510 = add %3568, %4509 : f32[16] @ models/lib/nn.yaml:96:46
%4511 = mul %4507, %2061 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4512 = mul %4507, %2060 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4513 = reduce_sum %4512 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4514 = reshape %4513 : f32[16] @ models/lib/nn.yaml:96:37
%4515 = add %3572, %4514 : f32[16] @ models/lib/nn.yaml:96:37
%4516 = mul %4511, %2059 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4517 = mul %4511, %2053 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4518 = reduce_sum %4517 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4519 = mul %2058, %2058 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4520 = mul %2058, %4519 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4521 = mul %4520, %3404 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4522 = mul %4518, %4521 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4523 = div %4522, %718 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4524 = broadcast %4523 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4525 = mul %4524, %2053 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4526 = add %4516, %4525 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4527 = add %4526, %4525 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4528 = add %4471, %4527 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4529 = neg %4527 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4530 = reduce_sum %4529 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4531 = div %4530, %718 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4532 = broadcast %4531 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4533 = add %4528, %4532 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4534 = reduce_sum %4533 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4535 = reshape %4534 : f32[16] @ models/lib/nn.yaml:84:18
%4536 = add %3592, %4535 : f32[16] @ models/lib/nn.yaml:84:18
%4537 = cast %4533 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4538 = matmul %4537, %2044 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4539 = reshape %4537 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4540 = reshape %2042 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4541 = matmul %4539, %4540 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4542 = cast %3597 : f32[16,16] @ models/lib/nn.yaml:83:15
%4543 = cast %4541 : f32[16,16] @ models/lib/nn.yaml:83:15
%4544 = add %4542, %4543 : f32[16,16] @ models/lib/nn.yaml:83:15
%4545 = reshape %4538 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4546 = permute %4545 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4547 = cast %4546 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4548 = cast %2032 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4549 = permute %4548 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%4550 = reshape %4547 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%4551 = broadcast %4550 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4552 = reshape %4549 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4553 = broadcast %4552 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4554 = mul %4551, %4553 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4555 = reduce_sum %4554 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4556 = cast %4555 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%4557 = cast %2031 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4558 = permute %4557 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%4559 = cast %4546 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4560 = reshape %4558 : f32[4,2,17,1,1] @ models/lib/nn.yaml:56:23
%4561 = broadcast %4560 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%4562 = reshape %4559 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%4563 = broadcast %4562 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%4564 = mul %4561, %4563 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%4565 = reshape %4564 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4566 = cast %4565 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%4567 = cast %4556 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4568 = div %4567, %2029 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4569 = mul %4568, %2030 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4570 = neg %4569 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4571 = reduce_sum %4570 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4572 = broadcast %4571 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4573 = add %4568, %4572 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4574 = mul %4573, %2027 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%4575 = mul %4574, %688 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%4576 = cast %4575 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%4577 = cast %4576 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%4578 = cast %2010 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4579 = reshape %4577 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%4580 = broadcast %4579 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4581 = reshape %4578 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4582 = broadcast %4581 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4583 = mul %4580, %4582 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4584 = reduce_sum %4583 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4585 = cast %4584 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4586 = cast %4576 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%4587 = permute %4586 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%4588 = cast %2009 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4589 = reshape %4587 : f32[4,2,17,1,1] @ models/lib/nn.yaml:55:23
%4590 = broadcast %4589 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%4591 = reshape %4588 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%4592 = broadcast %4591 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%4593 = mul %4590, %4592 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%4594 = reshape %4593 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4595 = cast %4594 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%4596 = cast %4566 : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%4597 = permute %4596 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%4598 = reshape %4597 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%4599 = reshape %4598 : f32[68,16] @ models/lib/nn.yaml:84:18
%4600 = matmul %4232, %4599 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4601 = reshape %4600 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4602 = reshape %4601 : f32[16] @ models/lib/nn.yaml:84:18
%4603 = add %3653, %4602 : f32[16] @ models/lib/nn.yaml:84:18
%4604 = permute %4566 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:80:14
%4605 = reshape %4604 : bf16[4,17,16] @ models/lib/vit.yaml:80:22
%4606 = matmul %4605, %2002 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%4607 = reshape %4604 : bf16[68,16] @ models/lib/nn.yaml:83:15
%4608 = reshape %1994 : bf16[68,16] @ models/lib/nn.yaml:83:15
%4609 = matmul %4607, %4608 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4610 = cast %3659 : f32[16,16] @ models/lib/nn.yaml:83:15
%4611 = cast %4609 : f32[16,16] @ models/lib/nn.yaml:83:15
%4612 = add %4610, %4611 : f32[16,16] @ models/lib/nn.yaml:83:15
%4613 = cast %4595 : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%4614 = permute %4613 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%4615 = reshape %4614 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%4616 = reshape %4615 : f32[68,16] @ models/lib/nn.yaml:84:18
%4617 = matmul %4232, %4616 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4618 = reshape %4617 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4619 = reshape %4618 : f32[16] @ models/lib/nn.yaml:84:18
%4620 = add %3664, %4619 : f32[16] @ models/lib/nn.yaml:84:18
%4621 = permute %4595 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:79:14
%4622 = reshape %4621 : bf16[4,17,16] @ models/lib/vit.yaml:79:22
%4623 = matmul %4622, %1995 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%4624 = cast %4606 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4625 = cast %4623 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4626 = add %4624, %4625 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4627 = reshape %4621 : bf16[68,16] @ models/lib/nn.yaml:83:15
%4628 = matmul %4627, %4608 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4629 = cast %3672 : f32[16,16] @ models/lib/nn.yaml:83:15
%4630 = cast %4628 : f32[16,16] @ models/lib/nn.yaml:83:15
%4631 = add %4629, %4630 : f32[16,16] @ models/lib/nn.yaml:83:15
%4632 = cast %4585 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%4633 = permute %4632 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4634 = reshape %4633 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4635 = reduce_sum %4634 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4636 = reshape %4635 : f32[16] @ models/lib/nn.yaml:84:18
%4637 = add %3677, %4636 : f32[16] @ models/lib/nn.yaml:84:18
%4638 = permute %4585 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4639 = reshape %4638 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4640 = matmul %4639, %1987 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4641 = reshape %4638 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4642 = reshape %1986 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4643 = matmul %4641, %4642 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4644 = cast %3683 : f32[16,16] @ models/lib/nn.yaml:83:15
%4645 = cast %4643 : f32[16,16] @ models/lib/nn.yaml:83:15
%4646 = add %4644, %4645 : f32[16,16] @ models/lib/nn.yaml:83:15
%4647 = cast %4640 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4648 = pad %4647 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4649 = add %4626, %4648 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4650 = reshape %4649 : f32[68,16] @ models/lib/nn.yaml:96:46
%4651 = matmul %4232, %4650 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4652 = reshape %4651 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4653 = reshape %4652 : f32[16] @ models/lib/nn.yaml:96:46
%4654 = add %3688, %4653 : f32[16] @ models/lib/nn.yaml:96:46
%4655 = mul %4649, %1981 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4656 = mul %4649, %1980 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4657 = reshape %4656 : f32[68,16] @ models/lib/nn.yaml:96:37
%4658 = matmul %4232, %4657 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%4659 = reshape %4658 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4660 = reshape %4659 : f32[16] @ models/lib/nn.yaml:96:37
%4661 = add %3692, %4660 : f32[16] @ models/lib/nn.yaml:96:37
%4662 = mul %4655, %1979 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4663 = mul %4655, %1973 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4664 = reduce_sum %4663 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%4665 = mul %1978, %1978 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4666 = mul %1978, %4665 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4667 = mul %4666, %4250 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4668 = mul %4664, %4667 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4669 = div %4668, %639 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%4670 = broadcast %4669 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%4671 = mul %4670, %1973 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4672 = add %4662, %4671 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4673 = add %4672, %4671 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4674 = neg %4673 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%4675 = reduce_sum %4674 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%4676 = div %4675, %639 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%4677 = broadcast %4676 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4678 = add %4673, %4677 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4679 = slice %4678 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4680 = add %4533, %4679 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4681 = slice %4678 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4682 = add %4473, %4681 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4683 = reduce_sum %4680 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4684 = add %3714, %4683 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4685 = mul %4682, %1965 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%4686 = div %4685, %1917 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%4687 = reshape %4686 : f32[64,16] @ models/lib/nn.yaml:84:18
%4688 = matmul %4077, %4687 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4689 = reshape %4688 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4690 = reshape %4689 : f32[16] @ models/lib/nn.yaml:84:18
%4691 = add %3718, %4690 : f32[16] @ models/lib/nn.yaml:84:18
%4692 = cast %4686 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4693 = matmul %4692, %1955 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%4694 = reshape %4692 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4695 = reshape %1954 : bf16[64,64] @ models/lib/nn.yaml:83:15
%4696 = matmul %4694, %4695 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4697 = cast %3723 : f32[16,64] @ models/lib/nn.yaml:83:15
%4698 = cast %4696 : f32[16,64] @ models/lib/nn.yaml:83:15
%4699 = add %4697, %4698 : f32[16,64] @ models/lib/nn.yaml:83:15
%4700 = cast %4693 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4701 = mul %4700, %1952 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4702 = mul %4700, %1949 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4703 = mul %1950, %1950 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4704 = neg %4703 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4705 = exp %4704 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4706 = broadcast %3224 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4707 = mul %4705, %4706 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4708 = mul %4702, %4707 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4709 = mul %4708, %278 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%4710 = mul %4701, %275 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4711 = add %4709, %4710 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4712 = reshape %4711 : f32[64,64] @ models/lib/nn.yaml:84:18
%4713 = matmul %4077, %4712 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%4714 = reshape %4713 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4715 = reshape %4714 : f32[64] @ models/lib/nn.yaml:84:18
%4716 = add %3737, %4715 : f32[64] @ models/lib/nn.yaml:84:18
%4717 = cast %4711 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%4718 = matmul %4717, %1944 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4719 = reshape %4717 : bf16[64,64] @ models/lib/nn.yaml:83:15
%4720 = reshape %1943 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4721 = matmul %4719, %4720 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4722 = cast %3742 : f32[64,16] @ models/lib/nn.yaml:83:15
%4723 = cast %4721 : f32[64,16] @ models/lib/nn.yaml:83:15
%4724 = add %4722, %4723 : f32[64,16] @ models/lib/nn.yaml:83:15
%4725 = cast %4718 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%4726 = reshape %4725 : f32[64,16] @ models/lib/nn.yaml:96:46
%4727 = matmul %4077, %4726 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4728 = reshape %4727 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4729 = reshape %4728 : f32[16] @ models/lib/nn.yaml:96:46
%4730 = add %3745, %4729 : f32[16] @ models/lib/nn.yaml:96:46
%4731 = mul %4725, %1939 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4732 = mul %4725, %1938 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4733 = reshape %4732 : f32[64,16] @ models/lib/nn.yaml:96:37
%4734 = matmul %4077, %4733 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%4735 = reshape %4734 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4736 = reshape %4735 : f32[16] @ models/lib/nn.yaml:96:37
%4737 = add %3749, %4736 : f32[16] @ models/lib/nn.yaml:96:37
%4738 = mul %4731, %1937 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4739 = mul %4731, %1931 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4740 = reduce_sum %4739 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4741 = mul %1936, %1936 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4742 = mul %1936, %4741 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4743 = broadcast %3350 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4744 = mul %4742, %4743 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4745 = mul %4740, %4744 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4746 = div %4745, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4747 = broadcast %4746 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4748 = mul %4747, %1931 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4749 = add %4738, %4748 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4750 = add %4749, %4748 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4751 = add %4682, %4750 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4752 = neg %4750 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4753 = reduce_sum %4752 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4754 = div %4753, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4755 = broadcast %4754 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4756 = add %4751, %4755 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4757 = mul %4756, %1925 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%4758 = div %4757, %1917 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%4759 = reshape %4758 : f32[64,16] @ models/lib/nn.yaml:84:18
%4760 = matmul %4077, %4759 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4761 = reshape %4760 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4762 = reshape %4761 : f32[16] @ models/lib/nn.yaml:84:18
%4763 = add %3772, %4762 : f32[16] @ models/lib/nn.yaml:84:18
%4764 = cast %4758 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4765 = matmul %4764, %1911 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4766 = reshape %4764 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4767 = reshape %1909 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4768 = matmul %4766, %4767 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4769 = cast %3777 : f32[16,16] @ models/lib/nn.yaml:83:15
%4770 = cast %4768 : f32[16,16] @ models/lib/nn.yaml:83:15
%4771 = add %4769, %4770 : f32[16,16] @ models/lib/nn.yaml:83:15
%4772 = reshape %4765 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%4773 = permute %4772 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%4774 = cast %4773 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4775 = cast %1899 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4776 = permute %4775 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%4777 = reshape %4774 : f32[4,2,16,8,1] @ models/lib/nn.yaml:56:23
%4778 = broadcast %4777 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4779 = reshape %4776 : f32[4,2,1,8,16] @ models/lib/nn.yaml:56:23
%4780 = broadcast %4779 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4781 = mul %4778, %4780 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4782 = reduce_sum %4781 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4783 = cast %4782 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%4784 = cast %1898 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4785 = permute %4784 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4786 = cast %4773 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4787 = reshape %4785 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%4788 = broadcast %4787 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4789 = reshape %4786 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%4790 = broadcast %4789 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4791 = mul %4788, %4790 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4792 = reduce_sum %4791 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4793 = cast %4792 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%4794 = cast %4783 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4795 = div %4794, %1896 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4796 = mul %4795, %1897 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4797 = neg %4796 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4798 = reduce_sum %4797 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%4799 = broadcast %4798 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4800 = add %4795, %4799 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4801 = mul %4800, %1894 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%4802 = mul %4801, %223 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%4803 = cast %4802 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%4804 = cast %4803 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%4805 = cast %1877 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4806 = reshape %4804 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%4807 = broadcast %4806 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4808 = reshape %4805 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%4809 = broadcast %4808 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4810 = mul %4807, %4809 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4811 = reduce_sum %4810 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4812 = cast %4811 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%4813 = cast %4803 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%4814 = permute %4813 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%4815 = cast %1876 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4816 = reshape %4814 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%4817 = broadcast %4816 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4818 = reshape %4815 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%4819 = broadcast %4818 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4820 = mul %4817, %4819 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4821 = reduce_sum %4820 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4822 = cast %4821 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%4823 = cast %4793 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%4824 = reshape %4823 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%4825 = cast %4822 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%4826 = reshape %4825 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%4827 = cast %4812 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%4828 = reshape %4827 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%4829 = concat %4828, %4826, %4824 axis=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%4830 = permute %4829 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%4831 = reshape %4830 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%4832 = reshape %4831 : f32[64,48] @ models/lib/nn.yaml:84:18
%4833 = matmul %4077, %4832 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%4834 = reshape %4833 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4835 = reshape %4834 : f32[48] @ models/lib/nn.yaml:84:18
%4836 = add %3839, %4835 : f32[48] @ models/lib/nn.yaml:84:18
%4837 = cast %4831 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%4838 = matmul %4837, %1863 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4839 = reshape %4837 : bf16[64,48] @ models/lib/nn.yaml:83:15
%4840 = reshape %1862 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4841 = matmul %4839, %4840 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%4842 = cast %3844 : f32[48,16] @ models/lib/nn.yaml:83:15
%4843 = cast %4841 : f32[48,16] @ models/lib/nn.yaml:83:15
%4844 = add %4842, %4843 : f32[48,16] @ models/lib/nn.yaml:83:15
%4845 = cast %4838 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%4846 = reshape %4845 : f32[64,16] @ models/lib/nn.yaml:96:46
%4847 = matmul %4077, %4846 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4848 = reshape %4847 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4849 = reshape %4848 : f32[16] @ models/lib/nn.yaml:96:46
%4850 = add %3847, %4849 : f32[16] @ models/lib/nn.yaml:96:46
%4851 = mul %4845, %1858 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4852 = mul %4845, %1857 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4853 = reshape %4852 : f32[64,16] @ models/lib/nn.yaml:96:37
%4854 = matmul %4077, %4853 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%4855 = reshape %4854 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4856 = reshape %4855 : f32[16] @ models/lib/nn.yaml:96:37
%4857 = add %3851, %4856 : f32[16] @ models/lib/nn.yaml:96:37
%4858 = mul %4851, %1856 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4859 = mul %4851, %1850 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4860 = reduce_sum %4859 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4861 = mul %1855, %1855 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4862 = mul %1855, %4861 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4863 = mul %4862, %4743 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4864 = mul %4860, %4863 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4865 = div %4864, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4866 = broadcast %4865 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4867 = mul %4866, %1850 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4868 = add %4858, %4867 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4869 = add %4868, %4867 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4870 = add %4756, %4869 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4871 = neg %4869 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4872 = reduce_sum %4871 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4873 = div %4872, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4874 = broadcast %4873 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4875 = add %4870, %4874 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4876 = reshape %4875 : f32[64,16] @ models/lib/nn.yaml:84:18
%4877 = matmul %4077, %4876 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4878 = reshape %4877 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4879 = reshape %4878 : f32[16] @ models/lib/nn.yaml:84:18
%4880 = add %3871, %4879 : f32[16] @ models/lib/nn.yaml:84:18
%4881 = cast %4875 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4882 = matmul %4881, %1841 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%4883 = reshape %4881 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4884 = reshape %1840 : bf16[64,64] @ models/lib/nn.yaml:83:15
%4885 = matmul %4883, %4884 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4886 = cast %3876 : f32[16,64] @ models/lib/nn.yaml:83:15
%4887 = cast %4885 : f32[16,64] @ models/lib/nn.yaml:83:15
%4888 = add %4886, %4887 : f32[16,64] @ models/lib/nn.yaml:83:15
%4889 = cast %4882 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4890 = mul %4889, %1838 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4891 = mul %4889, %1835 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4892 = mul %1836, %1836 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4893 = neg %4892 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4894 = exp %4893 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4895 = mul %4894, %4706 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4896 = mul %4891, %4895 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4897 = mul %4896, %278 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%4898 = mul %4890, %275 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4899 = add %4897, %4898 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4900 = reshape %4899 : f32[64,64] @ models/lib/nn.yaml:84:18
%4901 = matmul %4077, %4900 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%4902 = reshape %4901 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4903 = reshape %4902 : f32[64] @ models/lib/nn.yaml:84:18
%4904 = add %3889, %4903 : f32[64] @ models/lib/nn.yaml:84:18
%4905 = cast %4899 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%4906 = matmul %4905, %1830 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4907 = reshape %4905 : bf16[64,64] @ models/lib/nn.yaml:83:15
%4908 = reshape %1829 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4909 = matmul %4907, %4908 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4910 = cast %3894 : f32[64,16] @ models/lib/nn.yaml:83:15
%4911 = cast %4909 : f32[64,16] @ models/lib/nn.yaml:83:15
%4912 = add %4910, %4911 : f32[64,16] @ models/lib/nn.yaml:83:15
%4913 = cast %4906 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%4914 = reshape %4913 : f32[64,16] @ models/lib/nn.yaml:96:46
%4915 = matmul %4077, %4914 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4916 = reshape %4915 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4917 = reshape %4916 : f32[16] @ models/lib/nn.yaml:96:46
%4918 = add %3897, %4917 : f32[16] @ models/lib/nn.yaml:96:46
%4919 = mul %4913, %1825 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4920 = mul %4913, %1824 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4921 = reshape %4920 : f32[64,16] @ models/lib/nn.yaml:96:37
%4922 = matmul %4077, %4921 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%4923 = reshape %4922 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4924 = reshape %4923 : f32[16] @ models/lib/nn.yaml:96:37
%4925 = add %3901, %4924 : f32[16] @ models/lib/nn.yaml:96:37
%4926 = mul %4919, %1823 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4927 = mul %4919, %1817 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4928 = reduce_sum %4927 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4929 = mul %1822, %1822 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4930 = mul %1822, %4929 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4931 = mul %4930, %4743 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4932 = mul %4928, %4931 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4933 = div %4932, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4934 = broadcast %4933 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4935 = mul %4934, %1817 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4936 = add %4926, %4935 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4937 = add %4936, %4935 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4938 = add %4875, %4937 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4939 = neg %4937 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4940 = reduce_sum %4939 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4941 = div %4940, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4942 = broadcast %4941 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4943 = add %4938, %4942 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4944 = reshape %4943 : f32[64,16] @ models/lib/nn.yaml:84:18
%4945 = matmul %4077, %4944 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4946 = reshape %4945 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4947 = reshape %4946 : f32[16] @ models/lib/nn.yaml:84:18
%4948 = add %3921, %4947 : f32[16] @ models/lib/nn.yaml:84:18
%4949 = cast %4943 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4950 = matmul %4949, %1808 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4951 = reshape %4949 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4952 = reshape %1806 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4953 = matmul %4951, %4952 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4954 = cast %3926 : f32[16,16] @ models/lib/nn.yaml:83:15
%4955 = cast %4953 : f32[16,16] @ models/lib/nn.yaml:83:15
%4956 = add %4954, %4955 : f32[16,16] @ models/lib/nn.yaml:83:15
%4957 = reshape %4950 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%4958 = permute %4957 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%4959 = cast %4958 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4960 = cast %1796 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4961 = permute %4960 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%4962 = reshape %4959 : f32[4,2,16,8,1] @ models/lib/nn.yaml:56:23
%4963 = broadcast %4962 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4964 = reshape %4961 : f32[4,2,1,8,16] @ models/lib/nn.yaml:56:23
%4965 = broadcast %4964 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4966 = mul %4963, %4965 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4967 = reduce_sum %4966 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4968 = cast %4967 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%4969 = cast %1795 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4970 = permute %4969 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4971 = cast %4958 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4972 = reshape %4970 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%4973 = broadcast %4972 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4974 = reshape %4971 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%4975 = broadcast %4974 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4976 = mul %4973, %4975 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4977 = reduce_sum %4976 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4978 = cast %4977 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%4979 = cast %4968 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4980 = div %4979, %1793 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4981 = mul %4980, %1794 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4982 = neg %4981 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4983 = reduce_sum %4982 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%4984 = broadcast %4983 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4985 = add %4980, %4984 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4986 = mul %4985, %1791 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%4987 = mul %4986, %223 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%4988 = cast %4987 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%4989 = cast %4988 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%4990 = cast %1774 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4991 = reshape %4989 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%4992 = broadcast %4991 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4993 = reshape %4990 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%4994 = broadcast %4993 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4995 = mul %4992, %4994 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4996 = reduce_sum %4995 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4997 = cast %4996 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%4998 = cast %4988 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%4999 = permute %4998 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5000 = cast %1773 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5001 = reshape %4999 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5002 = broadcast %5001 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5003 = reshape %5000 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5004 = broadcast %5003 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5005 = mul %5002, %5004 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5006 = reduce_sum %5005 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5007 = cast %5006 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%5008 = cast %4978 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%5009 = reshape %5008 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%5010 = cast %5007 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%5011 = reshape %5010 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%5012 = cast %4997 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%5013 = reshape %5012 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%5014 = concat %5013, %5011, %5009 axis=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%5015 = permute %5014 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%5016 = reshape %5015 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%5017 = reshape %5016 : f32[64,48] @ models/lib/nn.yaml:84:18
%5018 = matmul %4077, %5017 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%5019 = reshape %5018 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5020 = reshape %5019 : f32[48] @ models/lib/nn.yaml:84:18
%5021 = add %3988, %5020 : f32[48] @ models/lib/nn.yaml:84:18
%5022 = cast %5016 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%5023 = matmul %5022, %1760 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5024 = reshape %5022 : bf16[64,48] @ models/lib/nn.yaml:83:15
%5025 = reshape %1759 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5026 = matmul %5024, %5025 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%5027 = cast %3993 : f32[48,16] @ models/lib/nn.yaml:83:15
%5028 = cast %5026 : f32[48,16] @ models/lib/nn.yaml:83:15
%5029 = add %5027, %5028 : f32[48,16] @ models/lib/nn.yaml:83:15
%5030 = cast %5023 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%5031 = reshape %5030 : f32[64,16] @ models/lib/nn.yaml:96:46
%5032 = matmul %4077, %5031 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5033 = reshape %5032 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5034 = reshape %5033 : f32[16] @ models/lib/nn.yaml:96:46
%5035 = add %3996, %5034 : f32[16] @ models/lib/nn.yaml:96:46
%5036 = mul %5030, %1755 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5037 = mul %5030, %1754 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5038 = reshape %5037 : f32[64,16] @ models/lib/nn.yaml:96:37
%5039 = matmul %4077, %5038 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5040 = reshape %5039 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5041 = reshape %5040 : f32[16] @ models/lib/nn.yaml:96:37
%5042 = add %4000, %5041 : f32[16] @ models/lib/nn.yaml:96:37
%5043 = mul %5036, %1753 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5044 = mul %5036, %1747 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5045 = reduce_sum %5044 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5046 = mul %1752, %1752 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5047 = mul %1752, %5046 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5048 = mul %5047, %4743 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5049 = mul %5045, %5048 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5050 = div %5049, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5051 = broadcast %5050 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5052 = mul %5051, %1747 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5053 = add %5043, %5052 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5054 = add %5053, %5052 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5055 = add %4943, %5054 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5056 = neg %5054 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5057 = reduce_sum %5056 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5058 = div %5057, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5059 = broadcast %5058 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5060 = add %5055, %5059 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5061 = reduce_sum %5060 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%5062 = add %4030, %5061 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%5063 = reshape %5060 : f32[64,16] @ models/lib/vit.yaml:17:71
%5064 = matmul %4077, %5063 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%5065 = reshape %5064 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%5066 = reshape %5065 : f32[16] @ models/lib/vit.yaml:17:71
%5067 = add %4032, %5066 : f32[16] @ models/lib/vit.yaml:17:71
%5068 = reshape %5060 : f32[64,16] @ models/lib/vit.yaml:17:18
%5069 = cast %5068 : bf16[64,16] @ models/lib/vit.yaml:17:18
%5070 = reshape %169 : bf16[64,48] @ models/lib/vit.yaml:17:18
%5071 = matmul %5069, %5070 ta=1 tb=0 : bf16[16,48] @ models/lib/vit.yaml:17:18
%5072 = cast %5071 : f32[16,48] @ models/lib/vit.yaml:17:20
%5073 = reshape %5072 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%5074 = add %4038, %5073 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%5075 = all_reduce_sum %5062 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5076 = reshape %5075 : f32[256] @ models/lib/vit.yaml:48:7
%5077 = mul %5076, %5076 : f32[256] @ models/lib/vit.yaml:48:7
%5078 = reduce_sum %5077 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%5079 = sqrt %5078 : f32[] @ models/lib/vit.yaml:48:7
%5080 = cast %5079 : f64[] @ models/lib/vit.yaml:48:7
%5081 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%5082 = add %5080, %5081 : f64[] @ models/lib/vit.yaml:48:7
%5083 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%5084 = div %5083, %5082 : f64[] @ models/lib/vit.yaml:48:7
%5085 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%5086 = lt %5084, %5085 : bool[] @ models/lib/vit.yaml:48:7
%5087 = cast %5084 : f32[] @ models/lib/vit.yaml:48:7
%5088 = broadcast %5087 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5089 = mul %5075, %5088 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5090 = broadcast %5086 : bool[1,16,16] @ models/lib/vit.yaml:48:7
%5091 = select %5090, %5089, %5075 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5092 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5093 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5094 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%5095 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%5096 = add %5094, %5095 : i64[] @ models/lib/vit.yaml:48:7
%5097 = mul %3087, %3088 : f64[] @ models/lib/vit.yaml:48:7
%5098 = sub %5085, %5097 : f64[] @ models/lib/vit.yaml:48:7
%5099 = cast %5098 : f32[] @ models/lib/vit.yaml:48:7
%5100 = broadcast %5099 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5101 = mul %7, %5100 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5102 = broadcast %2843 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5103 = mul %5091, %5102 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5104 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%5105 = broadcast %1916 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5106 = mul %5092, %5105 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5107 = add %5106, %5103 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5108 = mul %5091, %5091 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5109 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%5110 = broadcast %5109 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5111 = mul %5108, %5110 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5112 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%5113 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%5114 = broadcast %5113 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5115 = mul %5093, %5114 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5116 = add %5115, %5111 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5117 = cast %5096 : f64[] @ models/lib/vit.yaml:48:7
%5118 = pow %5104, %5117 : f64[] @ models/lib/vit.yaml:48:7
%5119 = sub %5085, %5118 : f64[] @ models/lib/vit.yaml:48:7
%5120 = div %3087, %5119 : f64[] @ models/lib/vit.yaml:48:7
%5121 = pow %5112, %5117 : f64[] @ models/lib/vit.yaml:48:7
%5122 = sub %5085, %5121 : f64[] @ models/lib/vit.yaml:48:7
%5123 = sqrt %5122 : f64[] @ models/lib/vit.yaml:48:7
%5124 = div %5085, %5123 : f64[] @ models/lib/vit.yaml:48:7
%5125 = sqrt %5116 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5126 = cast %5124 : f32[] @ models/lib/vit.yaml:48:7
%5127 = broadcast %5126 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5128 = mul %5125, %5127 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5129 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%5130 = broadcast %5129 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5131 = add %5128, %5130 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5132 = div %5107, %5131 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5133 = cast %5120 : f32[] @ models/lib/vit.yaml:48:7
%5134 = broadcast %5133 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5135 = mul %5132, %5134 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5136 = sub %5101, %5135 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5137 = assign %7, %5136 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5138 = assign %5092, %5107 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5139 = assign %5093, %5116 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5140 = assign %5094, %5096 : i64[] @ models/lib/vit.yaml:48:7
%5141 = cast %3089 : f32[] @ models/lib/vit.yaml:48:7
%5142 = broadcast %5141 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5143 = mul %85, %5142 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5144 = sub %5085, %3089 : f64[] @ models/lib/vit.yaml:48:7
%5145 = cast %5144 : f32[] @ models/lib/vit.yaml:48:7
%5146 = broadcast %5145 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5147 = mul %5136, %5146 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5148 = add %5143, %5147 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5149 = assign %85, %5148 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5150 = all_reduce_sum %5074 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5151 = reshape %5150 : f32[768] @ models/lib/vit.yaml:9:7
%5152 = mul %5151, %5151 : f32[768] @ models/lib/vit.yaml:9:7
%5153 = reduce_sum %5152 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%5154 = sqrt %5153 : f32[] @ models/lib/vit.yaml:9:7
%5155 = cast %5154 : f64[] @ models/lib/vit.yaml:9:7
%5156 = add %5155, %5081 : f64[] @ models/lib/vit.yaml:9:7
%5157 = div %5083, %5156 : f64[] @ models/lib/vit.yaml:9:7
%5158 = lt %5157, %5085 : bool[] @ models/lib/vit.yaml:9:7
%5159 = cast %5157 : f32[] @ models/lib/vit.yaml:9:7
%5160 = broadcast %5159 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5161 = mul %5150, %5160 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5162 = broadcast %5158 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%5163 = select %5162, %5161, %5150 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5164 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5165 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5166 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%5167 = add %5166, %5095 : i64[] @ models/lib/vit.yaml:9:7
%5168 = broadcast %5099 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5169 = mul %8, %5168 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5170 = broadcast %2843 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5171 = mul %5163, %5170 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5172 = broadcast %1916 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5173 = mul %5164, %5172 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5174 = add %5173, %5171 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5175 = mul %5163, %5163 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5176 = broadcast %5109 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5177 = mul %5175, %5176 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5178 = broadcast %5113 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5179 = mul %5165, %5178 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5180 = add %5179, %5177 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5181 = cast %5167 : f64[] @ models/lib/vit.yaml:9:7
%5182 = pow %5104, %5181 : f64[] @ models/lib/vit.yaml:9:7
%5183 = sub %5085, %5182 : f64[] @ models/lib/vit.yaml:9:7
%5184 = div %3087, %5183 : f64[] @ models/lib/vit.yaml:9:7
%5185 = pow %5112, %5181 : f64[] @ models/lib/vit.yaml:9:7
%5186 = sub %5085, %5185 : f64[] @ models/lib/vit.yaml:9:7
%5187 = sqrt %5186 : f64[] @ models/lib/vit.yaml:9:7
%5188 = div %5085, %5187 : f64[] @ models/lib/vit.yaml:9:7
%5189 = sqrt %5180 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5190 = cast %5188 : f32[] @ models/lib/vit.yaml:9:7
%5191 = broadcast %5190 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5192 = mul %5189, %5191 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5193 = broadcast %5129 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5194 = add %5192, %5193 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5195 = div %5174, %5194 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5196 = cast %5184 : f32[] @ models/lib/vit.yaml:9:7
%5197 = broadcast %5196 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5198 = mul %5195, %5197 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5199 = sub %5169, %5198 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5200 = assign %8, %5199 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5201 = assign %5164, %5174 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5202 = assign %5165, %5180 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5203 = assign %5166, %5167 : i64[] @ models/lib/vit.yaml:9:7
%5204 = broadcast %5141 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5205 = mul %86, %5204 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5206 = broadcast %5145 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5207 = mul %5199, %5206 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5208 = add %5205, %5207 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5209 = assign %86, %5208 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5210 = all_reduce_sum %5067 : f32[16] @ models/lib/vit.yaml:10:7
%5211 = mul %5210, %5210 : f32[16] @ models/lib/vit.yaml:10:7
%5212 = reduce_sum %5211 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%5213 = sqrt %5212 : f32[] @ models/lib/vit.yaml:10:7
%5214 = cast %5213 : f64[] @ models/lib/vit.yaml:10:7
%5215 = add %5214, %5081 : f64[] @ models/lib/vit.yaml:10:7
%5216 = div %5083, %5215 : f64[] @ models/lib/vit.yaml:10:7
%5217 = lt %5216, %5085 : bool[] @ models/lib/vit.yaml:10:7
%5218 = cast %5216 : f32[] @ models/lib/vit.yaml:10:7
%5219 = broadcast %5218 : f32[16] @ models/lib/vit.yaml:10:7
%5220 = mul %5210, %5219 : f32[16] @ models/lib/vit.yaml:10:7
%5221 = broadcast %5217 : bool[16] @ models/lib/vit.yaml:10:7
%5222 = select %5221, %5220, %5210 : f32[16] @ models/lib/vit.yaml:10:7
%5223 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%5224 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%5225 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%5226 = add %5225, %5095 : i64[] @ models/lib/vit.yaml:10:7
%5227 = broadcast %2843 : f32[16] @ models/lib/vit.yaml:10:7
%5228 = mul %5222, %5227 : f32[16] @ models/lib/vit.yaml:10:7
%5229 = broadcast %1916 : f32[16] @ models/lib/vit.yaml:10:7
%5230 = mul %5223, %5229 : f32[16] @ models/lib/vit.yaml:10:7
%5231 = add %5230, %5228 : f32[16] @ models/lib/vit.yaml:10:7
%5232 = mul %5222, %5222 : f32[16] @ models/lib/vit.yaml:10:7
%5233 = broadcast %5109 : f32[16] @ models/lib/vit.yaml:10:7
%5234 = mul %5232, %5233 : f32[16] @ models/lib/vit.yaml:10:7
%5235 = broadcast %5113 : f32[16] @ models/lib/vit.yaml:10:7
%5236 = mul %5224, %5235 : f32[16] @ models/lib/vit.yaml:10:7
%5237 = add %5236, %5234 : f32[16] @ models/lib/vit.yaml:10:7
%5238 = cast %5226 : f64[] @ models/lib/vit.yaml:10:7
%5239 = pow %5104, %5238 : f64[] @ models/lib/vit.yaml:10:7
%5240 = sub %5085, %5239 : f64[] @ models/lib/vit.yaml:10:7
%5241 = div %3087, %5240 : f64[] @ models/lib/vit.yaml:10:7
%5242 = pow %5112, %5238 : f64[] @ models/lib/vit.yaml:10:7
%5243 = sub %5085, %5242 : f64[] @ models/lib/vit.yaml:10:7
%5244 = sqrt %5243 : f64[] @ models/lib/vit.yaml:10:7
%5245 = div %5085, %5244 : f64[] @ models/lib/vit.yaml:10:7
%5246 = sqrt %5237 : f32[16] @ models/lib/vit.yaml:10:7
%5247 = cast %5245 : f32[] @ models/lib/vit.yaml:10:7
%5248 = broadcast %5247 : f32[16] @ models/lib/vit.yaml:10:7
%5249 = mul %5246, %5248 : f32[16] @ models/lib/vit.yaml:10:7
%5250 = broadcast %5129 : f32[16] @ models/lib/vit.yaml:10:7
%5251 = add %5249, %5250 : f32[16] @ models/lib/vit.yaml:10:7
%5252 = div %5231, %5251 : f32[16] @ models/lib/vit.yaml:10:7
%5253 = cast %5241 : f32[] @ models/lib/vit.yaml:10:7
%5254 = broadcast %5253 : f32[16] @ models/lib/vit.yaml:10:7
%5255 = mul %5252, %5254 : f32[16] @ models/lib/vit.yaml:10:7
%5256 = sub %9, %5255 : f32[16] @ models/lib/vit.yaml:10:7
%5257 = assign %9, %5256 : f32[16] @ models/lib/vit.yaml:10:7
%5258 = assign %5223, %5231 : f32[16] @ models/lib/vit.yaml:10:7
%5259 = assign %5224, %5237 : f32[16] @ models/lib/vit.yaml:10:7
%5260 = assign %5225, %5226 : i64[] @ models/lib/vit.yaml:10:7
%5261 = broadcast %5141 : f32[16] @ models/lib/vit.yaml:10:7
%5262 = mul %87, %5261 : f32[16] @ models/lib/vit.yaml:10:7
%5263 = broadcast %5145 : f32[16] @ models/lib/vit.yaml:10:7
%5264 = mul %5256, %5263 : f32[16] @ models/lib/vit.yaml:10:7
%5265 = add %5262, %5264 : f32[16] @ models/lib/vit.yaml:10:7
%5266 = assign %87, %5265 : f32[16] @ models/lib/vit.yaml:10:7
%5267 = all_reduce_sum %5042 : f32[16] @ models/lib/nn.yaml:89:7
%5268 = mul %5267, %5267 : f32[16] @ models/lib/nn.yaml:89:7
%5269 = reduce_sum %5268 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5270 = sqrt %5269 : f32[] @ models/lib/nn.yaml:89:7
%5271 = cast %5270 : f64[] @ models/lib/nn.yaml:89:7
%5272 = add %5271, %5081 : f64[] @ models/lib/nn.yaml:89:7
%5273 = div %5083, %5272 : f64[] @ models/lib/nn.yaml:89:7
%5274 = lt %5273, %5085 : bool[] @ models/lib/nn.yaml:89:7
%5275 = cast %5273 : f32[] @ models/lib/nn.yaml:89:7
%5276 = broadcast %5275 : f32[16] @ models/lib/nn.yaml:89:7
%5277 = mul %5267, %5276 : f32[16] @ models/lib/nn.yaml:89:7
%5278 = broadcast %5274 : bool[16] @ models/lib/nn.yaml:89:7
%5279 = select %5278, %5277, %5267 : f32[16] @ models/lib/nn.yaml:89:7
%5280 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5281 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5282 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5283 = add %5282, %5095 : i64[] @ models/lib/nn.yaml:89:7
%5284 = mul %5279, %5227 : f32[16] @ models/lib/nn.yaml:89:7
%5285 = mul %5280, %5229 : f32[16] @ models/lib/nn.yaml:89:7
%5286 = add %5285, %5284 : f32[16] @ models/lib/nn.yaml:89:7
%5287 = mul %5279, %5279 : f32[16] @ models/lib/nn.yaml:89:7
%5288 = mul %5287, %5233 : f32[16] @ models/lib/nn.yaml:89:7
%5289 = mul %5281, %5235 : f32[16] @ models/lib/nn.yaml:89:7
%5290 = add %5289, %5288 : f32[16] @ models/lib/nn.yaml:89:7
%5291 = cast %5283 : f64[] @ models/lib/nn.yaml:89:7
%5292 = pow %5104, %5291 : f64[] @ models/lib/nn.yaml:89:7
%5293 = sub %5085, %5292 : f64[] @ models/lib/nn.yaml:89:7
%5294 = div %3087, %5293 : f64[] @ models/lib/nn.yaml:89:7
%5295 = pow %5112, %5291 : f64[] @ models/lib/nn.yaml:89:7
%5296 = sub %5085, %5295 : f64[] @ models/lib/nn.yaml:89:7
%5297 = sqrt %5296 : f64[] @ models/lib/nn.yaml:89:7
%5298 = div %5085, %5297 : f64[] @ models/lib/nn.yaml:89:7
%5299 = sqrt %5290 : f32[16] @ models/lib/nn.yaml:89:7
%5300 = cast %5298 : f32[] @ models/lib/nn.yaml:89:7
%5301 = broadcast %5300 : f32[16] @ models/lib/nn.yaml:89:7
%5302 = mul %5299, %5301 : f32[16] @ models/lib/nn.yaml:89:7
%5303 = add %5302, %5250 : f32[16] @ models/lib/nn.yaml:89:7
%5304 = div %5286, %5303 : f32[16] @ models/lib/nn.yaml:89:7
%5305 = cast %5294 : f32[] @ models/lib/nn.yaml:89:7
%5306 = broadcast %5305 : f32[16] @ models/lib/nn.yaml:89:7
%5307 = mul %5304, %5306 : f32[16] @ models/lib/nn.yaml:89:7
%5308 = sub %10, %5307 : f32[16] @ models/lib/nn.yaml:89:7
%5309 = assign %10, %5308 : f32[16] @ models/lib/nn.yaml:89:7
%5310 = assign %5280, %5286 : f32[16] @ models/lib/nn.yaml:89:7
%5311 = assign %5281, %5290 : f32[16] @ models/lib/nn.yaml:89:7
%5312 = assign %5282, %5283 : i64[] @ models/lib/nn.yaml:89:7
%5313 = mul %88, %5261 : f32[16] @ models/lib/nn.yaml:89:7
%5314 = mul %5308, %5263 : f32[16] @ models/lib/nn.yaml:89:7
%5315 = add %5313, %5314 : f32[16] @ models/lib/nn.yaml:89:7
%5316 = assign %88, %5315 : f32[16] @ models/lib/nn.yaml:89:7
%5317 = all_reduce_sum %5035 : f32[16] @ models/lib/nn.yaml:90:7
%5318 = mul %5317, %5317 : f32[16] @ models/lib/nn.yaml:90:7
%5319 = reduce_sum %5318 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5320 = sqrt %5319 : f32[] @ models/lib/nn.yaml:90:7
%5321 = cast %5320 : f64[] @ models/lib/nn.yaml:90:7
%5322 = add %5321, %5081 : f64[] @ models/lib/nn.yaml:90:7
%5323 = div %5083, %5322 : f64[] @ models/lib/nn.yaml:90:7
%5324 = lt %5323, %5085 : bool[] @ models/lib/nn.yaml:90:7
%5325 = cast %5323 : f32[] @ models/lib/nn.yaml:90:7
%5326 = broadcast %5325 : f32[16] @ models/lib/nn.yaml:90:7
%5327 = mul %5317, %5326 : f32[16] @ models/lib/nn.yaml:90:7
%5328 = broadcast %5324 : bool[16] @ models/lib/nn.yaml:90:7
%5329 = select %5328, %5327, %5317 : f32[16] @ models/lib/nn.yaml:90:7
%5330 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5331 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5332 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5333 = add %5332, %5095 : i64[] @ models/lib/nn.yaml:90:7
%5334 = mul %5329, %5227 : f32[16] @ models/lib/nn.yaml:90:7
%5335 = mul %5330, %5229 : f32[16] @ models/lib/nn.yaml:90:7
%5336 = add %5335, %5334 : f32[16] @ models/lib/nn.yaml:90:7
%5337 = mul %5329, %5329 : f32[16] @ models/lib/nn.yaml:90:7
%5338 = mul %5337, %5233 : f32[16] @ models/lib/nn.yaml:90:7
%5339 = mul %5331, %5235 : f32[16] @ models/lib/nn.yaml:90:7
%5340 = add %5339, %5338 : f32[16] @ models/lib/nn.yaml:90:7
%5341 = cast %5333 : f64[] @ models/lib/nn.yaml:90:7
%5342 = pow %5104, %5341 : f64[] @ models/lib/nn.yaml:90:7
%5343 = sub %5085, %5342 : f64[] @ models/lib/nn.yaml:90:7
%5344 = div %3087, %5343 : f64[] @ models/lib/nn.yaml:90:7
%5345 = pow %5112, %5341 : f64[] @ models/lib/nn.yaml:90:7
%5346 = sub %5085, %5345 : f64[] @ models/lib/nn.yaml:90:7
%5347 = sqrt %5346 : f64[] @ models/lib/nn.yaml:90:7
%5348 = div %5085, %5347 : f64[] @ models/lib/nn.yaml:90:7
%5349 = sqrt %5340 : f32[16] @ models/lib/nn.yaml:90:7
%5350 = cast %5348 : f32[] @ models/lib/nn.yaml:90:7
%5351 = broadcast %5350 : f32[16] @ models/lib/nn.yaml:90:7
%5352 = mul %5349, %5351 : f32[16] @ models/lib/nn.yaml:90:7
%5353 = add %5352, %5250 : f32[16] @ models/lib/nn.yaml:90:7
%5354 = div %5336, %5353 : f32[16] @ models/lib/nn.yaml:90:7
%5355 = cast %5344 : f32[] @ models/lib/nn.yaml:90:7
%5356 = broadcast %5355 : f32[16] @ models/lib/nn.yaml:90:7
%5357 = mul %5354, %5356 : f32[16] @ models/lib/nn.yaml:90:7
%5358 = sub %11, %5357 : f32[16] @ models/lib/nn.yaml:90:7
%5359 = assign %11, %5358 : f32[16] @ models/lib/nn.yaml:90:7
%5360 = assign %5330, %5336 : f32[16] @ models/lib/nn.yaml:90:7
%5361 = assign %5331, %5340 : f32[16] @ models/lib/nn.yaml:90:7
%5362 = assign %5332, %5333 : i64[] @ models/lib/nn.yaml:90:7
%5363 = mul %89, %5261 : f32[16] @ models/lib/nn.yaml:90:7
%5364 = mul %5358, %5263 : f32[16] @ models/lib/nn.yaml:90:7
%5365 = add %5363, %5364 : f32[16] @ models/lib/nn.yaml:90:7
%5366 = assign %89, %5365 : f32[16] @ models/lib/nn.yaml:90:7
%5367 = all_reduce_sum %5029 : f32[48,16] @ models/lib/nn.yaml:79:7
%5368 = reshape %5367 : f32[768] @ models/lib/nn.yaml:79:7
%5369 = mul %5368, %5368 : f32[768] @ models/lib/nn.yaml:79:7
%5370 = reduce_sum %5369 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5371 = sqrt %5370 : f32[] @ models/lib/nn.yaml:79:7
%5372 = cast %5371 : f64[] @ models/lib/nn.yaml:79:7
%5373 = add %5372, %5081 : f64[] @ models/lib/nn.yaml:79:7
%5374 = div %5083, %5373 : f64[] @ models/lib/nn.yaml:79:7
%5375 = lt %5374, %5085 : bool[] @ models/lib/nn.yaml:79:7
%5376 = cast %5374 : f32[] @ models/lib/nn.yaml:79:7
%5377 = broadcast %5376 : f32[48,16] @ models/lib/nn.yaml:79:7
%5378 = mul %5367, %5377 : f32[48,16] @ models/lib/nn.yaml:79:7
%5379 = broadcast %5375 : bool[48,16] @ models/lib/nn.yaml:79:7
%5380 = select %5379, %5378, %5367 : f32[48,16] @ models/lib/nn.yaml:79:7
%5381 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%5382 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%5383 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5384 = add %5383, %5095 : i64[] @ models/lib/nn.yaml:79:7
%5385 = broadcast %5099 : f32[48,16] @ models/lib/nn.yaml:79:7
%5386 = mul %12, %5385 : f32[48,16] @ models/lib/nn.yaml:79:7
%5387 = broadcast %2843 : f32[48,16] @ models/lib/nn.yaml:79:7
%5388 = mul %5380, %5387 : f32[48,16] @ models/lib/nn.yaml:79:7
%5389 = broadcast %1916 : f32[48,16] @ models/lib/nn.yaml:79:7
%5390 = mul %5381, %5389 : f32[48,16] @ models/lib/nn.yaml:79:7
%5391 = add %5390, %5388 : f32[48,16] @ models/lib/nn.yaml:79:7
%5392 = mul %5380, %5380 : f32[48,16] @ models/lib/nn.yaml:79:7
%5393 = broadcast %5109 : f32[48,16] @ models/lib/nn.yaml:79:7
%5394 = mul %5392, %5393 : f32[48,16] @ models/lib/nn.yaml:79:7
%5395 = broadcast %5113 : f32[48,16] @ models/lib/nn.yaml:79:7
%5396 = mul %5382, %5395 : f32[48,16] @ models/lib/nn.yaml:79:7
%5397 = add %5396, %5394 : f32[48,16] @ models/lib/nn.yaml:79:7
%5398 = cast %5384 : f64[] @ models/lib/nn.yaml:79:7
%5399 = pow %5104, %5398 : f64[] @ models/lib/nn.yaml:79:7
%5400 = sub %5085, %5399 : f64[] @ models/lib/nn.yaml:79:7
%5401 = div %3087, %5400 : f64[] @ models/lib/nn.yaml:79:7
%5402 = pow %5112, %5398 : f64[] @ models/lib/nn.yaml:79:7
%5403 = sub %5085, %5402 : f64[] @ models/lib/nn.yaml:79:7
%5404 = sqrt %5403 : f64[] @ models/lib/nn.yaml:79:7
%5405 = div %5085, %5404 : f64[] @ models/lib/nn.yaml:79:7
%5406 = sqrt %5397 : f32[48,16] @ models/lib/nn.yaml:79:7
%5407 = cast %5405 : f32[] @ models/lib/nn.yaml:79:7
%5408 = broadcast %5407 : f32[48,16] @ models/lib/nn.yaml:79:7
%5409 = mul %5406, %5408 : f32[48,16] @ models/lib/nn.yaml:79:7
%5410 = broadcast %5129 : f32[48,16] @ models/lib/nn.yaml:79:7
%5411 = add %5409, %5410 : f32[48,16] @ models/lib/nn.yaml:79:7
%5412 = div %5391, %5411 : f32[48,16] @ models/lib/nn.yaml:79:7
%5413 = cast %5401 : f32[] @ models/lib/nn.yaml:79:7
%5414 = broadcast %5413 : f32[48,16] @ models/lib/nn.yaml:79:7
%5415 = mul %5412, %5414 : f32[48,16] @ models/lib/nn.yaml:79:7
%5416 = sub %5386, %5415 : f32[48,16] @ models/lib/nn.yaml:79:7
%5417 = assign %12, %5416 : f32[48,16] @ models/lib/nn.yaml:79:7
%5418 = assign %5381, %5391 : f32[48,16] @ models/lib/nn.yaml:79:7
%5419 = assign %5382, %5397 : f32[48,16] @ models/lib/nn.yaml:79:7
%5420 = assign %5383, %5384 : i64[] @ models/lib/nn.yaml:79:7
%5421 = broadcast %5141 : f32[48,16] @ models/lib/nn.yaml:79:7
%5422 = mul %90, %5421 : f32[48,16] @ models/lib/nn.yaml:79:7
%5423 = broadcast %5145 : f32[48,16] @ models/lib/nn.yaml:79:7
%5424 = mul %5416, %5423 : f32[48,16] @ models/lib/nn.yaml:79:7
%5425 = add %5422, %5424 : f32[48,16] @ models/lib/nn.yaml:79:7
%5426 = assign %90, %5425 : f32[48,16] @ models/lib/nn.yaml:79:7
%5427 = all_reduce_sum %5021 : f32[48] @ models/lib/nn.yaml:80:7
%5428 = mul %5427, %5427 : f32[48] @ models/lib/nn.yaml:80:7
%5429 = reduce_sum %5428 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5430 = sqrt %5429 : f32[] @ models/lib/nn.yaml:80:7
%5431 = cast %5430 : f64[] @ models/lib/nn.yaml:80:7
%5432 = add %5431, %5081 : f64[] @ models/lib/nn.yaml:80:7
%5433 = div %5083, %5432 : f64[] @ models/lib/nn.yaml:80:7
%5434 = lt %5433, %5085 : bool[] @ models/lib/nn.yaml:80:7
%5435 = cast %5433 : f32[] @ models/lib/nn.yaml:80:7
%5436 = broadcast %5435 : f32[48] @ models/lib/nn.yaml:80:7
%5437 = mul %5427, %5436 : f32[48] @ models/lib/nn.yaml:80:7
%5438 = broadcast %5434 : bool[48] @ models/lib/nn.yaml:80:7
%5439 = select %5438, %5437, %5427 : f32[48] @ models/lib/nn.yaml:80:7
%5440 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%5441 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%5442 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5443 = add %5442, %5095 : i64[] @ models/lib/nn.yaml:80:7
%5444 = broadcast %2843 : f32[48] @ models/lib/nn.yaml:80:7
%5445 = mul %5439, %5444 : f32[48] @ models/lib/nn.yaml:80:7
%5446 = broadcast %1916 : f32[48] @ models/lib/nn.yaml:80:7
%5447 = mul %5440, %5446 : f32[48] @ models/lib/nn.yaml:80:7
%5448 = add %5447, %5445 : f32[48] @ models/lib/nn.yaml:80:7
%5449 = mul %5439, %5439 : f32[48] @ models/lib/nn.yaml:80:7
%5450 = broadcast %5109 : f32[48] @ models/lib/nn.yaml:80:7
%5451 = mul %5449, %5450 : f32[48] @ models/lib/nn.yaml:80:7
%5452 = broadcast %5113 : f32[48] @ models/lib/nn.yaml:80:7
%5453 = mul %5441, %5452 : f32[48] @ models/lib/nn.yaml:80:7
%5454 = add %5453, %5451 : f32[48] @ models/lib/nn.yaml:80:7
%5455 = cast %5443 : f64[] @ models/lib/nn.yaml:80:7
%5456 = pow %5104, %5455 : f64[] @ models/lib/nn.yaml:80:7
%5457 = sub %5085, %5456 : f64[] @ models/lib/nn.yaml:80:7
%5458 = div %3087, %5457 : f64[] @ models/lib/nn.yaml:80:7
%5459 = pow %5112, %5455 : f64[] @ models/lib/nn.yaml:80:7
%5460 = sub %5085, %5459 : f64[] @ models/lib/nn.yaml:80:7
%5461 = sqrt %5460 : f64[] @ models/lib/nn.yaml:80:7
%5462 = div %5085, %5461 : f64[] @ models/lib/nn.yaml:80:7
%5463 = sqrt %5454 : f32[48] @ models/lib/nn.yaml:80:7
%5464 = cast %5462 : f32[] @ models/lib/nn.yaml:80:7
%5465 = broadcast %5464 : f32[48] @ models/lib/nn.yaml:80:7
%5466 = mul %5463, %5465 : f32[48] @ models/lib/nn.yaml:80:7
%5467 = broadcast %5129 : f32[48] @ models/lib/nn.yaml:80:7
%5468 = add %5466, %5467 : f32[48] @ models/lib/nn.yaml:80:7
%5469 = div %5448, %5468 : f32[48] @ models/lib/nn.yaml:80:7
%5470 = cast %5458 : f32[] @ models/lib/nn.yaml:80:7
%5471 = broadcast %5470 : f32[48] @ models/lib/nn.yaml:80:7
%5472 = mul %5469, %5471 : f32[48] @ models/lib/nn.yaml:80:7
%5473 = sub %13, %5472 : f32[48] @ models/lib/nn.yaml:80:7
%5474 = assign %13, %5473 : f32[48] @ models/lib/nn.yaml:80:7
%5475 = assign %5440, %5448 : f32[48] @ models/lib/nn.yaml:80:7
%5476 = assign %5441, %5454 : f32[48] @ models/lib/nn.yaml:80:7
%5477 = assign %5442, %5443 : i64[] @ models/lib/nn.yaml:80:7
%5478 = broadcast %5141 : f32[48] @ models/lib/nn.yaml:80:7
%5479 = mul %91, %5478 : f32[48] @ models/lib/nn.yaml:80:7
%5480 = broadcast %5145 : f32[48] @ models/lib/nn.yaml:80:7
%5481 = mul %5473, %5480 : f32[48] @ models/lib/nn.yaml:80:7
%5482 = add %5479, %5481 : f32[48] @ models/lib/nn.yaml:80:7
%5483 = assign %91, %5482 : f32[48] @ models/lib/nn.yaml:80:7
%5484 = all_reduce_sum %4956 : f32[16,16] @ models/lib/nn.yaml:79:7
%5485 = reshape %5484 : f32[256] @ models/lib/nn.yaml:79:7
%5486 = mul %5485, %5485 : f32[256] @ models/lib/nn.yaml:79:7
%5487 = reduce_sum %5486 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5488 = sqrt %5487 : f32[] @ models/lib/nn.yaml:79:7
%5489 = cast %5488 : f64[] @ models/lib/nn.yaml:79:7
%5490 = add %5489, %5081 : f64[] @ models/lib/nn.yaml:79:7
%5491 = div %5083, %5490 : f64[] @ models/lib/nn.yaml:79:7
%5492 = lt %5491, %5085 : bool[] @ models/lib/nn.yaml:79:7
%5493 = cast %5491 : f32[] @ models/lib/nn.yaml:79:7
%5494 = broadcast %5493 : f32[16,16] @ models/lib/nn.yaml:79:7
%5495 = mul %5484, %5494 : f32[16,16] @ models/lib/nn.yaml:79:7
%5496 = broadcast %5492 : bool[16,16] @ models/lib/nn.yaml:79:7
%5497 = select %5496, %5495, %5484 : f32[16,16] @ models/lib/nn.yaml:79:7
%5498 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5499 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5500 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5501 = add %5500, %5095 : i64[] @ models/lib/nn.yaml:79:7
%5502 = broadcast %5099 : f32[16,16] @ models/lib/nn.yaml:79:7
%5503 = mul %14, %5502 : f32[16,16] @ models/lib/nn.yaml:79:7
%5504 = broadcast %2843 : f32[16,16] @ models/lib/nn.yaml:79:7
%5505 = mul %5497, %5504 : f32[16,16] @ models/lib/nn.yaml:79:7
%5506 = broadcast %1916 : f32[16,16] @ models/lib/nn.yaml:79:7
%5507 = mul %5498, %5506 : f32[16,16] @ models/lib/nn.yaml:79:7
%5508 = add %5507, %5505 : f32[16,16] @ models/lib/nn.yaml:79:7
%5509 = mul %5497, %5497 : f32[16,16] @ models/lib/nn.yaml:79:7
%5510 = broadcast %5109 : f32[16,16] @ models/lib/nn.yaml:79:7
%5511 = mul %5509, %5510 : f32[16,16] @ models/lib/nn.yaml:79:7
%5512 = broadcast %5113 : f32[16,16] @ models/lib/nn.yaml:79:7
%5513 = mul %5499, %5512 : f32[16,16] @ models/lib/nn.yaml:79:7
%5514 = add %5513, %5511 : f32[16,16] @ models/lib/nn.yaml:79:7
%5515 = cast %5501 : f64[] @ models/lib/nn.yaml:79:7
%5516 = pow %5104, %5515 : f64[] @ models/lib/nn.yaml:79:7
%5517 = sub %5085, %5516 : f64[] @ models/lib/nn.yaml:79:7
%5518 = div %3087, %5517 : f64[] @ models/lib/nn.yaml:79:7
%5519 = pow %5112, %5515 : f64[] @ models/lib/nn.yaml:79:7
%5520 = sub %5085, %5519 : f64[] @ models/lib/nn.yaml:79:7
%5521 = sqrt %5520 : f64[] @ models/lib/nn.yaml:79:7
%5522 = div %5085, %5521 : f64[] @ models/lib/nn.yaml:79:7
%5523 = sqrt %5514 : f32[16,16] @ models/lib/nn.yaml:79:7
%5524 = cast %5522 : f32[] @ models/lib/nn.yaml:79:7
%5525 = broadcast %5524 : f32[16,16] @ models/lib/nn.yaml:79:7
%5526 = mul %5523, %5525 : f32[16,16] @ models/lib/nn.yaml:79:7
%5527 = broadcast %5129 : f32[16,16] @ models/lib/nn.yaml:79:7
%5528 = add %5526, %5527 : f32[16,16] @ models/lib/nn.yaml:79:7
%5529 = div %5508, %5528 : f32[16,16] @ models/lib/nn.yaml:79:7
%5530 = cast %5518 : f32[] @ models/lib/nn.yaml:79:7
%5531 = broadcast %5530 : f32[16,16] @ models/lib/nn.yaml:79:7
%5532 = mul %5529, %5531 : f32[16,16] @ models/lib/nn.yaml:79:7
%5533 = sub %5503, %5532 : f32[16,16] @ models/lib/nn.yaml:79:7
%5534 = assign %14, %5533 : f32[16,16] @ models/lib/nn.yaml:79:7
%5535 = assign %5498, %5508 : f32[16,16] @ models/lib/nn.yaml:79:7
%5536 = assign %5499, %5514 : f32[16,16] @ models/lib/nn.yaml:79:7
%5537 = assign %5500, %5501 : i64[] @ models/lib/nn.yaml:79:7
%5538 = broadcast %5141 : f32[16,16] @ models/lib/nn.yaml:79:7
%5539 = mul %92, %5538 : f32[16,16] @ models/lib/nn.yaml:79:7
%5540 = broadcast %5145 : f32[16,16] @ models/lib/nn.yaml:79:7
%5541 = mul %5533, %5540 : f32[16,16] @ models/lib/nn.yaml:79:7
%5542 = add %5539, %5541 : f32[16,16] @ models/lib/nn.yaml:79:7
%5543 = assign %92, %5542 : f32[16,16] @ models/lib/nn.yaml:79:7
%5544 = all_reduce_sum %4948 : f32[16] @ models/lib/nn.yaml:80:7
%5545 = mul %5544, %5544 : f32[16] @ models/lib/nn.yaml:80:7
%5546 = reduce_sum %5545 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5547 = sqrt %5546 : f32[] @ models/lib/nn.yaml:80:7
%5548 = cast %5547 : f64[] @ models/lib/nn.yaml:80:7
%5549 = add %5548, %5081 : f64[] @ models/lib/nn.yaml:80:7
%5550 = div %5083, %5549 : f64[] @ models/lib/nn.yaml:80:7
%5551 = lt %5550, %5085 : bool[] @ models/lib/nn.yaml:80:7
%5552 = cast %5550 : f32[] @ models/lib/nn.yaml:80:7
%5553 = broadcast %5552 : f32[16] @ models/lib/nn.yaml:80:7
%5554 = mul %5544, %5553 : f32[16] @ models/lib/nn.yaml:80:7
%5555 = broadcast %5551 : bool[16] @ models/lib/nn.yaml:80:7
%5556 = select %5555, %5554, %5544 : f32[16] @ models/lib/nn.yaml:80:7
%5557 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5558 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5559 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5560 = add %5559, %5095 : i64[] @ models/lib/nn.yaml:80:7
%5561 = mul %5556, %5227 : f32[16] @ models/lib/nn.yaml:80:7
%5562 = mul %5557, %5229 : f32[16] @ models/lib/nn.yaml:80:7
%5563 = add %5562, %5561 : f32[16] @ models/lib/nn.yaml:80:7
%5564 = mul %5556, %5556 : f32[16] @ models/lib/nn.yaml:80:7
%5565 = mul %5564, %5233 : f32[16] @ models/lib/nn.yaml:80:7
%5566 = mul %5558, %5235 : f32[16] @ models/lib/nn.yaml:80:7
%5567 = add %5566, %5565 : f32[16] @ models/lib/nn.yaml:80:7
%5568 = cast %5560 : f64[] @ models/lib/nn.yaml:80:7
%5569 = pow %5104, %5568 : f64[] @ models/lib/nn.yaml:80:7
%5570 = sub %5085, %5569 : f64[] @ models/lib/nn.yaml:80:7
%5571 = div %3087, %5570 : f64[] @ models/lib/nn.yaml:80:7
%5572 = pow %5112, %5568 : f64[] @ models/lib/nn.yaml:80:7
%5573 = sub %5085, %5572 : f64[] @ models/lib/nn.yaml:80:7
%5574 = sqrt %5573 : f64[] @ models/lib/nn.yaml:80:7
%5575 = div %5085, %5574 : f64[] @ models/lib/nn.yaml:80:7
%5576 = sqrt %5567 : f32[16] @ models/lib/nn.yaml:80:7
%5577 = cast %5575 : f32[] @ models/lib/nn.yaml:80:7
%5578 = broadcast %5577 : f32[16] @ models/lib/nn.yaml:80:7
%5579 = mul %5576, %5578 : f32[16] @ models/lib/nn.yaml:80:7
%5580 = add %5579, %5250 : f32[16] @ models/lib/nn.yaml:80:7
%5581 = div %5563, %5580 : f32[16] @ models/lib/nn.yaml:80:7
%5582 = cast %5571 : f32[] @ models/lib/nn.yaml:80:7
%5583 = broadcast %5582 : f32[16] @ models/lib/nn.yaml:80:7
%5584 = mul %5581, %5583 : f32[16] @ models/lib/nn.yaml:80:7
%5585 = sub %15, %5584 : f32[16] @ models/lib/nn.yaml:80:7
%5586 = assign %15, %5585 : f32[16] @ models/lib/nn.yaml:80:7
%5587 = assign %5557, %5563 : f32[16] @ models/lib/nn.yaml:80:7
%5588 = assign %5558, %5567 : f32[16] @ models/lib/nn.yaml:80:7
%5589 = assign %5559, %5560 : i64[] @ models/lib/nn.yaml:80:7
%5590 = mul %93, %5261 : f32[16] @ models/lib/nn.yaml:80:7
%5591 = mul %5585, %5263 : f32[16] @ models/lib/nn.yaml:80:7
%5592 = add %5590, %5591 : f32[16] @ models/lib/nn.yaml:80:7
%5593 = assign %93, %5592 : f32[16] @ models/lib/nn.yaml:80:7
%5594 = all_reduce_sum %4925 : f32[16] @ models/lib/nn.yaml:89:7
%5595 = mul %5594, %5594 : f32[16] @ models/lib/nn.yaml:89:7
%5596 = reduce_sum %5595 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5597 = sqrt %5596 : f32[] @ models/lib/nn.yaml:89:7
%5598 = cast %5597 : f64[] @ models/lib/nn.yaml:89:7
%5599 = add %5598, %5081 : f64[] @ models/lib/nn.yaml:89:7
%5600 = div %5083, %5599 : f64[] @ models/lib/nn.yaml:89:7
%5601 = lt %5600, %5085 : bool[] @ models/lib/nn.yaml:89:7
%5602 = cast %5600 : f32[] @ models/lib/nn.yaml:89:7
%5603 = broadcast %5602 : f32[16] @ models/lib/nn.yaml:89:7
%5604 = mul %5594, %5603 : f32[16] @ models/lib/nn.yaml:89:7
%5605 = broadcast %5601 : bool[16] @ models/lib/nn.yaml:89:7
%5606 = select %5605, %5604, %5594 : f32[16] @ models/lib/nn.yaml:89:7
%5607 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5608 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5609 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5610 = add %5609, %5095 : i64[] @ models/lib/nn.yaml:89:7
%5611 = mul %5606, %5227 : f32[16] @ models/lib/nn.yaml:89:7
%5612 = mul %5607, %5229 : f32[16] @ models/lib/nn.yaml:89:7
%5613 = add %5612, %5611 : f32[16] @ models/lib/nn.yaml:89:7
%5614 = mul %5606, %5606 : f32[16] @ models/lib/nn.yaml:89:7
%5615 = mul %5614, %5233 : f32[16] @ models/lib/nn.yaml:89:7
%5616 = mul %5608, %5235 : f32[16] @ models/lib/nn.yaml:89:7
%5617 = add %5616, %5615 : f32[16] @ models/lib/nn.yaml:89:7
%5618 = cast %5610 : f64[] @ models/lib/nn.yaml:89:7
%5619 = pow %5104, %5618 : f64[] @ models/lib/nn.yaml:89:7
%5620 = sub %5085, %5619 : f64[] @ models/lib/nn.yaml:89:7
%5621 = div %3087, %5620 : f64[] @ models/lib/nn.yaml:89:7
%5622 = pow %5112, %5618 : f64[] @ models/lib/nn.yaml:89:7
%5623 = sub %5085, %5622 : f64[] @ models/lib/nn.yaml:89:7
%5624 = sqrt %5623 : f64[] @ models/lib/nn.yaml:89:7
%5625 = div %5085, %5624 : f64[] @ models/lib/nn.yaml:89:7
%5626 = sqrt %5617 : f32[16] @ models/lib/nn.yaml:89:7
%5627 = cast %5625 : f32[] @ models/lib/nn.yaml:89:7
%5628 = broadcast %5627 : f32[16] @ models/lib/nn.yaml:89:7
%5629 = mul %5626, %5628 : f32[16] @ models/lib/nn.yaml:89:7
%5630 = add %5629, %5250 : f32[16] @ models/lib/nn.yaml:89:7
%5631 = div %5613, %5630 : f32[16] @ models/lib/nn.yaml:89:7
%5632 = cast %5621 : f32[] @ models/lib/nn.yaml:89:7
%5633 = broadcast %5632 : f32[16] @ models/lib/nn.yaml:89:7
%5634 = mul %5631, %5633 : f32[16] @ models/lib/nn.yaml:89:7
%5635 = sub %16, %5634 : f32[16] @ models/lib/nn.yaml:89:7
%5636 = assign %16, %5635 : f32[16] @ models/lib/nn.yaml:89:7
%5637 = assign %5607, %5613 : f32[16] @ models/lib/nn.yaml:89:7
%5638 = assign %5608, %5617 : f32[16] @ models/lib/nn.yaml:89:7
%5639 = assign %5609, %5610 : i64[] @ models/lib/nn.yaml:89:7
%5640 = mul %94, %5261 : f32[16] @ models/lib/nn.yaml:89:7
%5641 = mul %5635, %5263 : f32[16] @ models/lib/nn.yaml:89:7
%5642 = add %5640, %5641 : f32[16] @ models/lib/nn.yaml:89:7
%5643 = assign %94, %5642 : f32[16] @ models/lib/nn.yaml:89:7
%5644 = all_reduce_sum %4918 : f32[16] @ models/lib/nn.yaml:90:7
%5645 = mul %5644, %5644 : f32[16] @ models/lib/nn.yaml:90:7
%5646 = reduce_sum %5645 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5647 = sqrt %5646 : f32[] @ models/lib/nn.yaml:90:7
%5648 = cast %5647 : f64[] @ models/lib/nn.yaml:90:7
%5649 = add %5648, %5081 : f64[] @ models/lib/nn.yaml:90:7
%5650 = div %5083, %5649 : f64[] @ models/lib/nn.yaml:90:7
%5651 = lt %5650, %5085 : bool[] @ models/lib/nn.yaml:90:7
%5652 = cast %5650 : f32[] @ models/lib/nn.yaml:90:7
%5653 = broadcast %5652 : f32[16] @ models/lib/nn.yaml:90:7
%5654 = mul %5644, %5653 : f32[16] @ models/lib/nn.yaml:90:7
%5655 = broadcast %5651 : bool[16] @ models/lib/nn.yaml:90:7
%5656 = select %5655, %5654, %5644 : f32[16] @ models/lib/nn.yaml:90:7
%5657 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5658 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5659 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5660 = add %5659, %5095 : i64[] @ models/lib/nn.yaml:90:7
%5661 = mul %5656, %5227 : f32[16] @ models/lib/nn.yaml:90:7
%5662 = mul %5657, %5229 : f32[16] @ models/lib/nn.yaml:90:7
%5663 = add %5662, %5661 : f32[16] @ models/lib/nn.yaml:90:7
%5664 = mul %5656, %5656 : f32[16] @ models/lib/nn.yaml:90:7
%5665 = mul %5664, %5233 : f32[16] @ models/lib/nn.yaml:90:7
%5666 = mul %5658, %5235 : f32[16] @ models/lib/nn.yaml:90:7
%5667 = add %5666, %5665 : f32[16] @ models/lib/nn.yaml:90:7
%5668 = cast %5660 : f64[] @ models/lib/nn.yaml:90:7
%5669 = pow %5104, %5668 : f64[] @ models/lib/nn.yaml:90:7
%5670 = sub %5085, %5669 : f64[] @ models/lib/nn.yaml:90:7
%5671 = div %3087, %5670 : f64[] @ models/lib/nn.yaml:90:7
%5672 = pow %5112, %5668 : f64[] @ models/lib/nn.yaml:90:7
%5673 = sub %5085, %5672 : f64[] @ models/lib/nn.yaml:90:7
%5674 = sqrt %5673 : f64[] @ models/lib/nn.yaml:90:7
%5675 = div %5085, %5674 : f64[] @ models/lib/nn.yaml:90:7
%5676 = sqrt %5667 : f32[16] @ models/lib/nn.yaml:90:7
%5677 = cast %5675 : f32[] @ models/lib/nn.yaml:90:7
%5678 = broadcast %5677 : f32[16] @ models/lib/nn.yaml:90:7
%5679 = mul %5676, %5678 : f32[16] @ models/lib/nn.yaml:90:7
%5680 = add %5679, %5250 : f32[16] @ models/lib/nn.yaml:90:7
%5681 = div %5663, %5680 : f32[16] @ models/lib/nn.yaml:90:7
%5682 = cast %5671 : f32[] @ models/lib/nn.yaml:90:7
%5683 = broadcast %5682 : f32[16] @ models/lib/nn.yaml:90:7
%5684 = mul %5681, %5683 : f32[16] @ models/lib/nn.yaml:90:7
%5685 = sub %17, %5684 : f32[16] @ models/lib/nn.yaml:90:7
%5686 = assign %17, %5685 : f32[16] @ models/lib/nn.yaml:90:7
%5687 = assign %5657, %5663 : f32[16] @ models/lib/nn.yaml:90:7
%5688 = assign %5658, %5667 : f32[16] @ models/lib/nn.yaml:90:7
%5689 = assign %5659, %5660 : i64[] @ models/lib/nn.yaml:90:7
%5690 = mul %95, %5261 : f32[16] @ models/lib/nn.yaml:90:7
%5691 = mul %5685, %5263 : f32[16] @ models/lib/nn.yaml:90:7
%5692 = add %5690, %5691 : f32[16] @ models/lib/nn.yaml:90:7
%5693 = assign %95, %5692 : f32[16] @ models/lib/nn.yaml:90:7
%5694 = all_reduce_sum %4912 : f32[64,16] @ models/lib/nn.yaml:79:7
%5695 = reshape %5694 : f32[1024] @ models/lib/nn.yaml:79:7
%5696 = mul %5695, %5695 : f32[1024] @ models/lib/nn.yaml:79:7
%5697 = reduce_sum %5696 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5698 = sqrt %5697 : f32[] @ models/lib/nn.yaml:79:7
%5699 = cast %5698 : f64[] @ models/lib/nn.yaml:79:7
%5700 = add %5699, %5081 : f64[] @ models/lib/nn.yaml:79:7
%5701 = div %5083, %5700 : f64[] @ models/lib/nn.yaml:79:7
%5702 = lt %5701, %5085 : bool[] @ models/lib/nn.yaml:79:7
%5703 = cast %5701 : f32[] @ models/lib/nn.yaml:79:7
%5704 = broadcast %5703 : f32[64,16] @ models/lib/nn.yaml:79:7
%5705 = mul %5694, %5704 : f32[64,16] @ models/lib/nn.yaml:79:7
%5706 = broadcast %5702 : bool[64,16] @ models/lib/nn.yaml:79:7
%5707 = select %5706, %5705, %5694 : f32[64,16] @ models/lib/nn.yaml:79:7
%5708 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5709 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5710 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5711 = add %5710, %5095 : i64[] @ models/lib/nn.yaml:79:7
%5712 = broadcast %5099 : f32[64,16] @ models/lib/nn.yaml:79:7
%5713 = mul %18, %5712 : f32[64,16] @ models/lib/nn.yaml:79:7
%5714 = broadcast %2843 : f32[64,16] @ models/lib/nn.yaml:79:7
%5715 = mul %5707, %5714 : f32[64,16] @ models/lib/nn.yaml:79:7
%5716 = broadcast %1916 : f32[64,16] @ models/lib/nn.yaml:79:7
%5717 = mul %5708, %5716 : f32[64,16] @ models/lib/nn.yaml:79:7
%5718 = add %5717, %5715 : f32[64,16] @ models/lib/nn.yaml:79:7
%5719 = mul %5707, %5707 : f32[64,16] @ models/lib/nn.yaml:79:7
%5720 = broadcast %5109 : f32[64,16] @ models/lib/nn.yaml:79:7
%5721 = mul %5719, %5720 : f32[64,16] @ models/lib/nn.yaml:79:7
%5722 = broadcast %5113 : f32[64,16] @ models/lib/nn.yaml:79:7
%5723 = mul %5709, %5722 : f32[64,16] @ models/lib/nn.yaml:79:7
%5724 = add %5723, %5721 : f32[64,16] @ models/lib/nn.yaml:79:7
%5725 = cast %5711 : f64[] @ models/lib/nn.yaml:79:7
%5726 = pow %5104, %5725 : f64[] @ models/lib/nn.yaml:79:7
%5727 = sub %5085, %5726 : f64[] @ models/lib/nn.yaml:79:7
%5728 = div %3087, %5727 : f64[] @ models/lib/nn.yaml:79:7
%5729 = pow %5112, %5725 : f64[] @ models/lib/nn.yaml:79:7
%5730 = sub %5085, %5729 : f64[] @ models/lib/nn.yaml:79:7
%5731 = sqrt %5730 : f64[] @ models/lib/nn.yaml:79:7
%5732 = div %5085, %5731 : f64[] @ models/lib/nn.yaml:79:7
%5733 = sqrt %5724 : f32[64,16] @ models/lib/nn.yaml:79:7
%5734 = cast %5732 : f32[] @ models/lib/nn.yaml:79:7
%5735 = broadcast %5734 : f32[64,16] @ models/lib/nn.yaml:79:7
%5736 = mul %5733, %5735 : f32[64,16] @ models/lib/nn.yaml:79:7
%5737 = broadcast %5129 : f32[64,16] @ models/lib/nn.yaml:79:7
%5738 = add %5736, %5737 : f32[64,16] @ models/lib/nn.yaml:79:7
%5739 = div %5718, %5738 : f32[64,16] @ models/lib/nn.yaml:79:7
%5740 = cast %5728 : f32[] @ models/lib/nn.yaml:79:7
%5741 = broadcast %5740 : f32[64,16] @ models/lib/nn.yaml:79:7
%5742 = mul %5739, %5741 : f32[64,16] @ models/lib/nn.yaml:79:7
%5743 = sub %5713, %5742 : f32[64,16] @ models/lib/nn.yaml:79:7
%5744 = assign %18, %5743 : f32[64,16] @ models/lib/nn.yaml:79:7
%5745 = assign %5708, %5718 : f32[64,16] @ models/lib/nn.yaml:79:7
%5746 = assign %5709, %5724 : f32[64,16] @ models/lib/nn.yaml:79:7
%5747 = assign %5710, %5711 : i64[] @ models/lib/nn.yaml:79:7
%5748 = broadcast %5141 : f32[64,16] @ models/lib/nn.yaml:79:7
%5749 = mul %96, %5748 : f32[64,16] @ models/lib/nn.yaml:79:7
%5750 = broadcast %5145 : f32[64,16] @ models/lib/nn.yaml:79:7
%5751 = mul %5743, %5750 : f32[64,16] @ models/lib/nn.yaml:79:7
%5752 = add %5749, %5751 : f32[64,16] @ models/lib/nn.yaml:79:7
%5753 = assign %96, %5752 : f32[64,16] @ models/lib/nn.yaml:79:7
%5754 = all_reduce_sum %4904 : f32[64] @ models/lib/nn.yaml:80:7
%5755 = mul %5754, %5754 : f32[64] @ models/lib/nn.yaml:80:7
%5756 = reduce_sum %5755 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5757 = sqrt %5756 : f32[] @ models/lib/nn.yaml:80:7
%5758 = cast %5757 : f64[] @ models/lib/nn.yaml:80:7
%5759 = add %5758, %5081 : f64[] @ models/lib/nn.yaml:80:7
%5760 = div %5083, %5759 : f64[] @ models/lib/nn.yaml:80:7
%5761 = lt %5760, %5085 : bool[] @ models/lib/nn.yaml:80:7
%5762 = cast %5760 : f32[] @ models/lib/nn.yaml:80:7
%5763 = broadcast %5762 : f32[64] @ models/lib/nn.yaml:80:7
%5764 = mul %5754, %5763 : f32[64] @ models/lib/nn.yaml:80:7
%5765 = broadcast %5761 : bool[64] @ models/lib/nn.yaml:80:7
%5766 = select %5765, %5764, %5754 : f32[64] @ models/lib/nn.yaml:80:7
%5767 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5768 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5769 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5770 = add %5769, %5095 : i64[] @ models/lib/nn.yaml:80:7
%5771 = broadcast %2843 : f32[64] @ models/lib/nn.yaml:80:7
%5772 = mul %5766, %5771 : f32[64] @ models/lib/nn.yaml:80:7
%5773 = broadcast %1916 : f32[64] @ models/lib/nn.yaml:80:7
%5774 = mul %5767, %5773 : f32[64] @ models/lib/nn.yaml:80:7
%5775 = add %5774, %5772 : f32[64] @ models/lib/nn.yaml:80:7
%5776 = mul %5766, %5766 : f32[64] @ models/lib/nn.yaml:80:7
%5777 = broadcast %5109 : f32[64] @ models/lib/nn.yaml:80:7
%5778 = mul %5776, %5777 : f32[64] @ models/lib/nn.yaml:80:7
%5779 = broadcast %5113 : f32[64] @ models/lib/nn.yaml:80:7
%5780 = mul %5768, %5779 : f32[64] @ models/lib/nn.yaml:80:7
%5781 = add %5780, %5778 : f32[64] @ models/lib/nn.yaml:80:7
%5782 = cast %5770 : f64[] @ models/lib/nn.yaml:80:7
%5783 = pow %5104, %5782 : f64[] @ models/lib/nn.yaml:80:7
%5784 = sub %5085, %5783 : f64[] @ models/lib/nn.yaml:80:7
%5785 = div %3087, %5784 : f64[] @ models/lib/nn.yaml:80:7
%5786 = pow %5112, %5782 : f64[] @ models/lib/nn.yaml:80:7
%5787 = sub %5085, %5786 : f64[] @ models/lib/nn.yaml:80:7
%5788 = sqrt %5787 : f64[] @ models/lib/nn.yaml:80:7
%5789 = div %5085, %5788 : f64[] @ models/lib/nn.yaml:80:7
%5790 = sqrt %5781 : f32[64] @ models/lib/nn.yaml:80:7
%5791 = cast %5789 : f32[] @ models/lib/nn.yaml:80:7
%5792 = broadcast %5791 : f32[64] @ models/lib/nn.yaml:80:7
%5793 = mul %5790, %5792 : f32[64] @ models/lib/nn.yaml:80:7
%5794 = broadcast %5129 : f32[64] @ models/lib/nn.yaml:80:7
%5795 = add %5793, %5794 : f32[64] @ models/lib/nn.yaml:80:7
%5796 = div %5775, %5795 : f32[64] @ models/lib/nn.yaml:80:7
%5797 = cast %5785 : f32[] @ models/lib/nn.yaml:80:7
%5798 = broadcast %5797 : f32[64] @ models/lib/nn.yaml:80:7
%5799 = mul %5796, %5798 : f32[64] @ models/lib/nn.yaml:80:7
%5800 = sub %19, %5799 : f32[64] @ models/lib/nn.yaml:80:7
%5801 = assign %19, %5800 : f32[64] @ models/lib/nn.yaml:80:7
%5802 = assign %5767, %5775 : f32[64] @ models/lib/nn.yaml:80:7
%5803 = assign %5768, %5781 : f32[64] @ models/lib/nn.yaml:80:7
%5804 = assign %5769, %5770 : i64[] @ models/lib/nn.yaml:80:7
%5805 = broadcast %5141 : f32[64] @ models/lib/nn.yaml:80:7
%5806 = mul %97, %5805 : f32[64] @ models/lib/nn.yaml:80:7
%5807 = broadcast %5145 : f32[64] @ models/lib/nn.yaml:80:7
%5808 = mul %5800, %5807 : f32[64] @ models/lib/nn.yaml:80:7
%5809 = add %5806, %5808 : f32[64] @ models/lib/nn.yaml:80:7
%5810 = assign %97, %5809 : f32[64] @ models/lib/nn.yaml:80:7
%5811 = all_reduce_sum %4888 : f32[16,64] @ models/lib/nn.yaml:79:7
%5812 = reshape %5811 : f32[1024] @ models/lib/nn.yaml:79:7
%5813 = mul %5812, %5812 : f32[1024] @ models/lib/nn.yaml:79:7
%5814 = reduce_sum %5813 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5815 = sqrt %5814 : f32[] @ models/lib/nn.yaml:79:7
%5816 = cast %5815 : f64[] @ models/lib/nn.yaml:79:7
%5817 = add %5816, %5081 : f64[] @ models/lib/nn.yaml:79:7
%5818 = div %5083, %5817 : f64[] @ models/lib/nn.yaml:79:7
%5819 = lt %5818, %5085 : bool[] @ models/lib/nn.yaml:79:7
%5820 = cast %5818 : f32[] @ models/lib/nn.yaml:79:7
%5821 = broadcast %5820 : f32[16,64] @ models/lib/nn.yaml:79:7
%5822 = mul %5811, %5821 : f32[16,64] @ models/lib/nn.yaml:79:7
%5823 = broadcast %5819 : bool[16,64] @ models/lib/nn.yaml:79:7
%5824 = select %5823, %5822, %5811 : f32[16,64] @ models/lib/nn.yaml:79:7
%5825 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5826 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5827 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5828 = add %5827, %5095 : i64[] @ models/lib/nn.yaml:79:7
%5829 = broadcast %5099 : f32[16,64] @ models/lib/nn.yaml:79:7
%5830 = mul %20, %5829 : f32[16,64] @ models/lib/nn.yaml:79:7
%5831 = broadcast %2843 : f32[16,64] @ models/lib/nn.yaml:79:7
%5832 = mul %5824, %5831 : f32[16,64] @ models/lib/nn.yaml:79:7
%5833 = broadcast %1916 : f32[16,64] @ models/lib/nn.yaml:79:7
%5834 = mul %5825, %5833 : f32[16,64] @ models/lib/nn.yaml:79:7
%5835 = add %5834, %5832 : f32[16,64] @ models/lib/nn.yaml:79:7
%5836 = mul %5824, %5824 : f32[16,64] @ models/lib/nn.yaml:79:7
%5837 = broadcast %5109 : f32[16,64] @ models/lib/nn.yaml:79:7
%5838 = mul %5836, %5837 : f32[16,64] @ models/lib/nn.yaml:79:7
%5839 = broadcast %5113 : f32[16,64] @ models/lib/nn.yaml:79:7
%5840 = mul %5826, %5839 : f32[16,64] @ models/lib/nn.yaml:79:7
%5841 = add %5840, %5838 : f32[16,64] @ models/lib/nn.yaml:79:7
%5842 = cast %5828 : f64[] @ models/lib/nn.yaml:79:7
%5843 = pow %5104, %5842 : f64[] @ models/lib/nn.yaml:79:7
%5844 = sub %5085, %5843 : f64[] @ models/lib/nn.yaml:79:7
%5845 = div %3087, %5844 : f64[] @ models/lib/nn.yaml:79:7
%5846 = pow %5112, %5842 : f64[] @ models/lib/nn.yaml:79:7
%5847 = sub %5085, %5846 : f64[] @ models/lib/nn.yaml:79:7
%5848 = sqrt %5847 : f64[] @ models/lib/nn.yaml:79:7
%5849 = div %5085, %5848 : f64[] @ models/lib/nn.yaml:79:7
%5850 = sqrt %5841 : f32[16,64] @ models/lib/nn.yaml:79:7
%5851 = cast %5849 : f32[] @ models/lib/nn.yaml:79:7
%5852 = broadcast %5851 : f32[16,64] @ models/lib/nn.yaml:79:7
%5853 = mul %5850, %5852 : f32[16,64] @ models/lib/nn.yaml:79:7
%5854 = broadcast %5129 : f32[16,64] @ models/lib/nn.yaml:79:7
%5855 = add %5853, %5854 : f32[16,64] @ models/lib/nn.yaml:79:7
%5856 = div %5835, %5855 : f32[16,64] @ models/lib/nn.yaml:79:7
%5857 = cast %5845 : f32[] @ models/lib/nn.yaml:79:7
%5858 = broadcast %5857 : f32[16,64] @ models/lib/nn.yaml:79:7
%5859 = mul %5856, %5858 : f32[16,64] @ models/lib/nn.yaml:79:7
%5860 = sub %5830, %5859 : f32[16,64] @ models/lib/nn.yaml:79:7
%5861 = assign %20, %5860 : f32[16,64] @ models/lib/nn.yaml:79:7
%5862 = assign %5825, %5835 : f32[16,64] @ models/lib/nn.yaml:79:7
%5863 = assign %5826, %5841 : f32[16,64] @ models/lib/nn.yaml:79:7
%5864 = assign %5827, %5828 : i64[] @ models/lib/nn.yaml:79:7
%5865 = broadcast %5141 : f32[16,64] @ models/lib/nn.yaml:79:7
%5866 = mul %98, %5865 : f32[16,64] @ models/lib/nn.yaml:79:7
%5867 = broadcast %5145 : f32[16,64] @ models/lib/nn.yaml:79:7
%5868 = mul %5860, %5867 : f32[16,64] @ models/lib/nn.yaml:79:7
%5869 = add %5866, %5868 : f32[16,64] @ models/lib/nn.yaml:79:7
%5870 = assign %98, %5869 : f32[16,64] @ models/lib/nn.yaml:79:7
%5871 = all_reduce_sum %4880 : f32[16] @ models/lib/nn.yaml:80:7
%5872 = mul %5871, %5871 : f32[16] @ models/lib/nn.yaml:80:7
%5873 = reduce_sum %5872 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5874 = sqrt %5873 : f32[] @ models/lib/nn.yaml:80:7
%5875 = cast %5874 : f64[] @ models/lib/nn.yaml:80:7
%5876 = add %5875, %5081 : f64[] @ models/lib/nn.yaml:80:7
%5877 = div %5083, %5876 : f64[] @ models/lib/nn.yaml:80:7
%5878 = lt %5877, %5085 : bool[] @ models/lib/nn.yaml:80:7
%5879 = cast %5877 : f32[] @ models/lib/nn.yaml:80:7
%5880 = broadcast %5879 : f32[16] @ models/lib/nn.yaml:80:7
%5881 = mul %5871, %5880 : f32[16] @ models/lib/nn.yaml:80:7
%5882 = broadcast %5878 : bool[16] @ models/lib/nn.yaml:80:7
%5883 = select %5882, %5881, %5871 : f32[16] @ models/lib/nn.yaml:80:7
%5884 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5885 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5886 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5887 = add %5886, %5095 : i64[] @ models/lib/nn.yaml:80:7
%5888 = mul %5883, %5227 : f32[16] @ models/lib/nn.yaml:80:7
%5889 = mul %5884, %5229 : f32[16] @ models/lib/nn.yaml:80:7
%5890 = add %5889, %5888 : f32[16] @ models/lib/nn.yaml:80:7
%5891 = mul %5883, %5883 : f32[16] @ models/lib/nn.yaml:80:7
%5892 = mul %5891, %5233 : f32[16] @ models/lib/nn.yaml:80:7
%5893 = mul %5885, %5235 : f32[16] @ models/lib/nn.yaml:80:7
%5894 = add %5893, %5892 : f32[16] @ models/lib/nn.yaml:80:7
%5895 = cast %5887 : f64[] @ models/lib/nn.yaml:80:7
%5896 = pow %5104, %5895 : f64[] @ models/lib/nn.yaml:80:7
%5897 = sub %5085, %5896 : f64[] @ models/lib/nn.yaml:80:7
%5898 = div %3087, %5897 : f64[] @ models/lib/nn.yaml:80:7
%5899 = pow %5112, %5895 : f64[] @ models/lib/nn.yaml:80:7
%5900 = sub %5085, %5899 : f64[] @ models/lib/nn.yaml:80:7
%5901 = sqrt %5900 : f64[] @ models/lib/nn.yaml:80:7
%5902 = div %5085, %5901 : f64[] @ models/lib/nn.yaml:80:7
%5903 = sqrt %5894 : f32[16] @ models/lib/nn.yaml:80:7
%5904 = cast %5902 : f32[] @ models/lib/nn.yaml:80:7
%5905 = broadcast %5904 : f32[16] @ models/lib/nn.yaml:80:7
%5906 = mul %5903, %5905 : f32[16] @ models/lib/nn.yaml:80:7
%5907 = add %5906, %5250 : f32[16] @ models/lib/nn.yaml:80:7
%5908 = div %5890, %5907 : f32[16] @ models/lib/nn.yaml:80:7
%5909 = cast %5898 : f32[] @ models/lib/nn.yaml:80:7
%5910 = broadcast %5909 : f32[16] @ models/lib/nn.yaml:80:7
%5911 = mul %5908, %5910 : f32[16] @ models/lib/nn.yaml:80:7
%5912 = sub %21, %5911 : f32[16] @ models/lib/nn.yaml:80:7
%5913 = assign %21, %5912 : f32[16] @ models/lib/nn.yaml:80:7
%5914 = assign %5884, %5890 : f32[16] @ models/lib/nn.yaml:80:7
%5915 = assign %5885, %5894 : f32[16] @ models/lib/nn.yaml:80:7
%5916 = assign %5886, %5887 : i64[] @ models/lib/nn.yaml:80:7
%5917 = mul %99, %5261 : f32[16] @ models/lib/nn.yaml:80:7
%5918 = mul %5912, %5263 : f32[16] @ models/lib/nn.yaml:80:7
%5919 = add %5917, %5918 : f32[16] @ models/lib/nn.yaml:80:7
%5920 = assign %99, %5919 : f32[16] @ models/lib/nn.yaml:80:7
%5921 = all_reduce_sum %4857 : f32[16] @ models/lib/nn.yaml:89:7
%5922 = mul %5921, %5921 : f32[16] @ models/lib/nn.yaml:89:7
%5923 = reduce_sum %5922 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5924 = sqrt %5923 : f32[] @ models/lib/nn.yaml:89:7
%5925 = cast %5924 : f64[] @ models/lib/nn.yaml:89:7
%5926 = add %5925, %5081 : f64[] @ models/lib/nn.yaml:89:7
%5927 = div %5083, %5926 : f64[] @ models/lib/nn.yaml:89:7
%5928 = lt %5927, %5085 : bool[] @ models/lib/nn.yaml:89:7
%5929 = cast %5927 : f32[] @ models/lib/nn.yaml:89:7
%5930 = broadcast %5929 : f32[16] @ models/lib/nn.yaml:89:7
%5931 = mul %5921, %5930 : f32[16] @ models/lib/nn.yaml:89:7
%5932 = broadcast %5928 : bool[16] @ models/lib/nn.yaml:89:7
%5933 = select %5932, %5931, %5921 : f32[16] @ models/lib/nn.yaml:89:7
%5934 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5935 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5936 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5937 = add %5936, %5095 : i64[] @ models/lib/nn.yaml:89:7
%5938 = mul %5933, %5227 : f32[16] @ models/lib/nn.yaml:89:7
%5939 = mul %5934, %5229 : f32[16] @ models/lib/nn.yaml:89:7
%5940 = add %5939, %5938 : f32[16] @ models/lib/nn.yaml:89:7
%5941 = mul %5933, %5933 : f32[16] @ models/lib/nn.yaml:89:7
%5942 = mul %5941, %5233 : f32[16] @ models/lib/nn.yaml:89:7
%5943 = mul %5935, %5235 : f32[16] @ models/lib/nn.yaml:89:7
%5944 = add %5943, %5942 : f32[16] @ models/lib/nn.yaml:89:7
%5945 = cast %5937 : f64[] @ models/lib/nn.yaml:89:7
%5946 = pow %5104, %5945 : f64[] @ models/lib/nn.yaml:89:7
%5947 = sub %5085, %5946 : f64[] @ models/lib/nn.yaml:89:7
%5948 = div %3087, %5947 : f64[] @ models/lib/nn.yaml:89:7
%5949 = pow %5112, %5945 : f64[] @ models/lib/nn.yaml:89:7
%5950 = sub %5085, %5949 : f64[] @ models/lib/nn.yaml:89:7
%5951 = sqrt %5950 : f64[] @ models/lib/nn.yaml:89:7
%5952 = div %5085, %5951 : f64[] @ models/lib/nn.yaml:89:7
%5953 = sqrt %5944 : f32[16] @ models/lib/nn.yaml:89:7
%5954 = cast %5952 : f32[] @ models/lib/nn.yaml:89:7
%5955 = broadcast %5954 : f32[16] @ models/lib/nn.yaml:89:7
%5956 = mul %5953, %5955 : f32[16] @ models/lib/nn.yaml:89:7
%5957 = add %5956, %5250 : f32[16] @ models/lib/nn.yaml:89:7
%5958 = div %5940, %5957 : f32[16] @ models/lib/nn.yaml:89:7
%5959 = cast %5948 : f32[] @ models/lib/nn.yaml:89:7
%5960 = broadcast %5959 : f32[16] @ models/lib/nn.yaml:89:7
%5961 = mul %5958, %5960 : f32[16] @ models/lib/nn.yaml:89:7
%5962 = sub %22, %5961 : f32[16] @ models/lib/nn.yaml:89:7
%5963 = assign %22, %5962 : f32[16] @ models/lib/nn.yaml:89:7
%5964 = assign %5934, %5940 : f32[16] @ models/lib/nn.yaml:89:7
%5965 = assign %5935, %5944 : f32[16] @ models/lib/nn.yaml:89:7
%5966 = assign %5936, %5937 : i64[] @ models/lib/nn.yaml:89:7
%5967 = mul %100, %5261 : f32[16] @ models/lib/nn.yaml:89:7
%5968 = mul %5962, %5263 : f32[16] @ models/lib/nn.yaml:89:7
%5969 = add %5967, %5968 : f32[16] @ models/lib/nn.yaml:89:7
%5970 = assign %100, %5969 : f32[16] @ models/lib/nn.yaml:89:7
%5971 = all_reduce_sum %4850 : f32[16] @ models/lib/nn.yaml:90:7
%5972 = mul %5971, %5971 : f32[16] @ models/lib/nn.yaml:90:7
%5973 = reduce_sum %5972 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5974 = sqrt %5973 : f32[] @ models/lib/nn.yaml:90:7
%5975 = cast %5974 : f64[] @ models/lib/nn.yaml:90:7
%5976 = add %5975, %5081 : f64[] @ models/lib/nn.yaml:90:7
%5977 = div %5083, %5976 : f64[] @ models/lib/nn.yaml:90:7
%5978 = lt %5977, %5085 : bool[] @ models/lib/nn.yaml:90:7
%5979 = cast %5977 : f32[] @ models/lib/nn.yaml:90:7
%5980 = broadcast %5979 : f32[16] @ models/lib/nn.yaml:90:7
%5981 = mul %5971, %5980 : f32[16] @ models/lib/nn.yaml:90:7
%5982 = broadcast %5978 : bool[16] @ models/lib/nn.yaml:90:7
%5983 = select %5982, %5981, %5971 : f32[16] @ models/lib/nn.yaml:90:7
%5984 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5985 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5986 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5987 = add %5986, %5095 : i64[] @ models/lib/nn.yaml:90:7
%5988 = mul %5983, %5227 : f32[16] @ models/lib/nn.yaml:90:7
%5989 = mul %5984, %5229 : f32[16] @ models/lib/nn.yaml:90:7
%5990 = add %5989, %5988 : f32[16] @ models/lib/nn.yaml:90:7
%5991 = mul %5983, %5983 : f32[16] @ models/lib/nn.yaml:90:7
%5992 = mul %5991, %5233 : f32[16] @ models/lib/nn.yaml:90:7
%5993 = mul %5985, %5235 : f32[16] @ models/lib/nn.yaml:90:7
%5994 = add %5993, %5992 : f32[16] @ models/lib/nn.yaml:90:7
%5995 = cast %5987 : f64[] @ models/lib/nn.yaml:90:7
%5996 = pow %5104, %5995 : f64[] @ models/lib/nn.yaml:90:7
%5997 = sub %5085, %5996 : f64[] @ models/lib/nn.yaml:90:7
%5998 = div %3087, %5997 : f64[] @ models/lib/nn.yaml:90:7
%5999 = pow %5112, %5995 : f64[] @ models/lib/nn.yaml:90:7
%6000 = sub %5085, %5999 : f64[] @ models/lib/nn.yaml:90:7
%6001 = sqrt %6000 : f64[] @ models/lib/nn.yaml:90:7
%6002 = div %5085, %6001 : f64[] @ models/lib/nn.yaml:90:7
%6003 = sqrt %5994 : f32[16] @ models/lib/nn.yaml:90:7
%6004 = cast %6002 : f32[] @ models/lib/nn.yaml:90:7
%6005 = broadcast %6004 : f32[16] @ models/lib/nn.yaml:90:7
%6006 = mul %6003, %6005 : f32[16] @ models/lib/nn.yaml:90:7
%6007 = add %6006, %5250 : f32[16] @ models/lib/nn.yaml:90:7
%6008 = div %5990, %6007 : f32[16] @ models/lib/nn.yaml:90:7
%6009 = cast %5998 : f32[] @ models/lib/nn.yaml:90:7
%6010 = broadcast %6009 : f32[16] @ models/lib/nn.yaml:90:7
%6011 = mul %6008, %6010 : f32[16] @ models/lib/nn.yaml:90:7
%6012 = sub %23, %6011 : f32[16] @ models/lib/nn.yaml:90:7
%6013 = assign %23, %6012 : f32[16] @ models/lib/nn.yaml:90:7
%6014 = assign %5984, %5990 : f32[16] @ models/lib/nn.yaml:90:7
%6015 = assign %5985, %5994 : f32[16] @ models/lib/nn.yaml:90:7
%6016 = assign %5986, %5987 : i64[] @ models/lib/nn.yaml:90:7
%6017 = mul %101, %5261 : f32[16] @ models/lib/nn.yaml:90:7
%6018 = mul %6012, %5263 : f32[16] @ models/lib/nn.yaml:90:7
%6019 = add %6017, %6018 : f32[16] @ models/lib/nn.yaml:90:7
%6020 = assign %101, %6019 : f32[16] @ models/lib/nn.yaml:90:7
%6021 = all_reduce_sum %4844 : f32[48,16] @ models/lib/nn.yaml:79:7
%6022 = reshape %6021 : f32[768] @ models/lib/nn.yaml:79:7
%6023 = mul %6022, %6022 : f32[768] @ models/lib/nn.yaml:79:7
%6024 = reduce_sum %6023 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6025 = sqrt %6024 : f32[] @ models/lib/nn.yaml:79:7
%6026 = cast %6025 : f64[] @ models/lib/nn.yaml:79:7
%6027 = add %6026, %5081 : f64[] @ models/lib/nn.yaml:79:7
%6028 = div %5083, %6027 : f64[] @ models/lib/nn.yaml:79:7
%6029 = lt %6028, %5085 : bool[] @ models/lib/nn.yaml:79:7
%6030 = cast %6028 : f32[] @ models/lib/nn.yaml:79:7
%6031 = broadcast %6030 : f32[48,16] @ models/lib/nn.yaml:79:7
%6032 = mul %6021, %6031 : f32[48,16] @ models/lib/nn.yaml:79:7
%6033 = broadcast %6029 : bool[48,16] @ models/lib/nn.yaml:79:7
%6034 = select %6033, %6032, %6021 : f32[48,16] @ models/lib/nn.yaml:79:7
%6035 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6036 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6037 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6038 = add %6037, %5095 : i64[] @ models/lib/nn.yaml:79:7
%6039 = mul %24, %5385 : f32[48,16] @ models/lib/nn.yaml:79:7
%6040 = mul %6034, %5387 : f32[48,16] @ models/lib/nn.yaml:79:7
%6041 = mul %6035, %5389 : f32[48,16] @ models/lib/nn.yaml:79:7
%6042 = add %6041, %6040 : f32[48,16] @ models/lib/nn.yaml:79:7
%6043 = mul %6034, %6034 : f32[48,16] @ models/lib/nn.yaml:79:7
%6044 = mul %6043, %5393 : f32[48,16] @ models/lib/nn.yaml:79:7
%6045 = mul %6036, %5395 : f32[48,16] @ models/lib/nn.yaml:79:7
%6046 = add %6045, %6044 : f32[48,16] @ models/lib/nn.yaml:79:7
%6047 = cast %6038 : f64[] @ models/lib/nn.yaml:79:7
%6048 = pow %5104, %6047 : f64[] @ models/lib/nn.yaml:79:7
%6049 = sub %5085, %6048 : f64[] @ models/lib/nn.yaml:79:7
%6050 = div %3087, %6049 : f64[] @ models/lib/nn.yaml:79:7
%6051 = pow %5112, %6047 : f64[] @ models/lib/nn.yaml:79:7
%6052 = sub %5085, %6051 : f64[] @ models/lib/nn.yaml:79:7
%6053 = sqrt %6052 : f64[] @ models/lib/nn.yaml:79:7
%6054 = div %5085, %6053 : f64[] @ models/lib/nn.yaml:79:7
%6055 = sqrt %6046 : f32[48,16] @ models/lib/nn.yaml:79:7
%6056 = cast %6054 : f32[] @ models/lib/nn.yaml:79:7
%6057 = broadcast %6056 : f32[48,16] @ models/lib/nn.yaml:79:7
%6058 = mul %6055, %6057 : f32[48,16] @ models/lib/nn.yaml:79:7
%6059 = add %6058, %5410 : f32[48,16] @ models/lib/nn.yaml:79:7
%6060 = div %6042, %6059 : f32[48,16] @ models/lib/nn.yaml:79:7
%6061 = cast %6050 : f32[] @ models/lib/nn.yaml:79:7
%6062 = broadcast %6061 : f32[48,16] @ models/lib/nn.yaml:79:7
%6063 = mul %6060, %6062 : f32[48,16] @ models/lib/nn.yaml:79:7
%6064 = sub %6039, %6063 : f32[48,16] @ models/lib/nn.yaml:79:7
%6065 = assign %24, %6064 : f32[48,16] @ models/lib/nn.yaml:79:7
%6066 = assign %6035, %6042 : f32[48,16] @ models/lib/nn.yaml:79:7
%6067 = assign %6036, %6046 : f32[48,16] @ models/lib/nn.yaml:79:7
%6068 = assign %6037, %6038 : i64[] @ models/lib/nn.yaml:79:7
%6069 = mul %102, %5421 : f32[48,16] @ models/lib/nn.yaml:79:7
%6070 = mul %6064, %5423 : f32[48,16] @ models/lib/nn.yaml:79:7
%6071 = add %6069, %6070 : f32[48,16] @ models/lib/nn.yaml:79:7
%6072 = assign %102, %6071 : f32[48,16] @ models/lib/nn.yaml:79:7
%6073 = all_reduce_sum %4836 : f32[48] @ models/lib/nn.yaml:80:7
%6074 = mul %6073, %6073 : f32[48] @ models/lib/nn.yaml:80:7
%6075 = reduce_sum %6074 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6076 = sqrt %6075 : f32[] @ models/lib/nn.yaml:80:7
%6077 = cast %6076 : f64[] @ models/lib/nn.yaml:80:7
%6078 = add %6077, %5081 : f64[] @ models/lib/nn.yaml:80:7
%6079 = div %5083, %6078 : f64[] @ models/lib/nn.yaml:80:7
%6080 = lt %6079, %5085 : bool[] @ models/lib/nn.yaml:80:7
%6081 = cast %6079 : f32[] @ models/lib/nn.yaml:80:7
%6082 = broadcast %6081 : f32[48] @ models/lib/nn.yaml:80:7
%6083 = mul %6073, %6082 : f32[48] @ models/lib/nn.yaml:80:7
%6084 = broadcast %6080 : bool[48] @ models/lib/nn.yaml:80:7
%6085 = select %6084, %6083, %6073 : f32[48] @ models/lib/nn.yaml:80:7
%6086 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6087 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6088 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6089 = add %6088, %5095 : i64[] @ models/lib/nn.yaml:80:7
%6090 = mul %6085, %5444 : f32[48] @ models/lib/nn.yaml:80:7
%6091 = mul %6086, %5446 : f32[48] @ models/lib/nn.yaml:80:7
%6092 = add %6091, %6090 : f32[48] @ models/lib/nn.yaml:80:7
%6093 = mul %6085, %6085 : f32[48] @ models/lib/nn.yaml:80:7
%6094 = mul %6093, %5450 : f32[48] @ models/lib/nn.yaml:80:7
%6095 = mul %6087, %5452 : f32[48] @ models/lib/nn.yaml:80:7
%6096 = add %6095, %6094 : f32[48] @ models/lib/nn.yaml:80:7
%6097 = cast %6089 : f64[] @ models/lib/nn.yaml:80:7
%6098 = pow %5104, %6097 : f64[] @ models/lib/nn.yaml:80:7
%6099 = sub %5085, %6098 : f64[] @ models/lib/nn.yaml:80:7
%6100 = div %3087, %6099 : f64[] @ models/lib/nn.yaml:80:7
%6101 = pow %5112, %6097 : f64[] @ models/lib/nn.yaml:80:7
%6102 = sub %5085, %6101 : f64[] @ models/lib/nn.yaml:80:7
%6103 = sqrt %6102 : f64[] @ models/lib/nn.yaml:80:7
%6104 = div %5085, %6103 : f64[] @ models/lib/nn.yaml:80:7
%6105 = sqrt %6096 : f32[48] @ models/lib/nn.yaml:80:7
%6106 = cast %6104 : f32[] @ models/lib/nn.yaml:80:7
%6107 = broadcast %6106 : f32[48] @ models/lib/nn.yaml:80:7
%6108 = mul %6105, %6107 : f32[48] @ models/lib/nn.yaml:80:7
%6109 = add %6108, %5467 : f32[48] @ models/lib/nn.yaml:80:7
%6110 = div %6092, %6109 : f32[48] @ models/lib/nn.yaml:80:7
%6111 = cast %6100 : f32[] @ models/lib/nn.yaml:80:7
%6112 = broadcast %6111 : f32[48] @ models/lib/nn.yaml:80:7
%6113 = mul %6110, %6112 : f32[48] @ models/lib/nn.yaml:80:7
%6114 = sub %25, %6113 : f32[48] @ models/lib/nn.yaml:80:7
%6115 = assign %25, %6114 : f32[48] @ models/lib/nn.yaml:80:7
%6116 = assign %6086, %6092 : f32[48] @ models/lib/nn.yaml:80:7
%6117 = assign %6087, %6096 : f32[48] @ models/lib/nn.yaml:80:7
%6118 = assign %6088, %6089 : i64[] @ models/lib/nn.yaml:80:7
%6119 = mul %103, %5478 : f32[48] @ models/lib/nn.yaml:80:7
%6120 = mul %6114, %5480 : f32[48] @ models/lib/nn.yaml:80:7
%6121 = add %6119, %6120 : f32[48] @ models/lib/nn.yaml:80:7
%6122 = assign %103, %6121 : f32[48] @ models/lib/nn.yaml:80:7
%6123 = all_reduce_sum %4771 : f32[16,16] @ models/lib/nn.yaml:79:7
%6124 = reshape %6123 : f32[256] @ models/lib/nn.yaml:79:7
%6125 = mul %6124, %6124 : f32[256] @ models/lib/nn.yaml:79:7
%6126 = reduce_sum %6125 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6127 = sqrt %6126 : f32[] @ models/lib/nn.yaml:79:7
%6128 = cast %6127 : f64[] @ models/lib/nn.yaml:79:7
%6129 = add %6128, %5081 : f64[] @ models/lib/nn.yaml:79:7
%6130 = div %5083, %6129 : f64[] @ models/lib/nn.yaml:79:7
%6131 = lt %6130, %5085 : bool[] @ models/lib/nn.yaml:79:7
%6132 = cast %6130 : f32[] @ models/lib/nn.yaml:79:7
%6133 = broadcast %6132 : f32[16,16] @ models/lib/nn.yaml:79:7
%6134 = mul %6123, %6133 : f32[16,16] @ models/lib/nn.yaml:79:7
%6135 = broadcast %6131 : bool[16,16] @ models/lib/nn.yaml:79:7
%6136 = select %6135, %6134, %6123 : f32[16,16] @ models/lib/nn.yaml:79:7
%6137 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6138 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6139 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6140 = add %6139, %5095 : i64[] @ models/lib/nn.yaml:79:7
%6141 = mul %26, %5502 : f32[16,16] @ models/lib/nn.yaml:79:7
%6142 = mul %6136, %5504 : f32[16,16] @ models/lib/nn.yaml:79:7
%6143 = mul %6137, %5506 : f32[16,16] @ models/lib/nn.yaml:79:7
%6144 = add %6143, %6142 : f32[16,16] @ models/lib/nn.yaml:79:7
%6145 = mul %6136, %6136 : f32[16,16] @ models/lib/nn.yaml:79:7
%6146 = mul %6145, %5510 : f32[16,16] @ models/lib/nn.yaml:79:7
%6147 = mul %6138, %5512 : f32[16,16] @ models/lib/nn.yaml:79:7
%6148 = add %6147, %6146 : f32[16,16] @ models/lib/nn.yaml:79:7
%6149 = cast %6140 : f64[] @ models/lib/nn.yaml:79:7
%6150 = pow %5104, %6149 : f64[] @ models/lib/nn.yaml:79:7
%6151 = sub %5085, %6150 : f64[] @ models/lib/nn.yaml:79:7
%6152 = div %3087, %6151 : f64[] @ models/lib/nn.yaml:79:7
%6153 = pow %5112, %6149 : f64[] @ models/lib/nn.yaml:79:7
%6154 = sub %5085, %6153 : f64[] @ models/lib/nn.yaml:79:7
%6155 = sqrt %6154 : f64[] @ models/lib/nn.yaml:79:7
%6156 = div %5085, %6155 : f64[] @ models/lib/nn.yaml:79:7
%6157 = sqrt %6148 : f32[16,16] @ models/lib/nn.yaml:79:7
%6158 = cast %6156 : f32[] @ models/lib/nn.yaml:79:7
%6159 = broadcast %6158 : f32[16,16] @ models/lib/nn.yaml:79:7
%6160 = mul %6157, %6159 : f32[16,16] @ models/lib/nn.yaml:79:7
%6161 = add %6160, %5527 : f32[16,16] @ models/lib/nn.yaml:79:7
%6162 = div %6144, %6161 : f32[16,16] @ models/lib/nn.yaml:79:7
%6163 = cast %6152 : f32[] @ models/lib/nn.yaml:79:7
%6164 = broadcast %6163 : f32[16,16] @ models/lib/nn.yaml:79:7
%6165 = mul %6162, %6164 : f32[16,16] @ models/lib/nn.yaml:79:7
%6166 = sub %6141, %6165 : f32[16,16] @ models/lib/nn.yaml:79:7
%6167 = assign %26, %6166 : f32[16,16] @ models/lib/nn.yaml:79:7
%6168 = assign %6137, %6144 : f32[16,16] @ models/lib/nn.yaml:79:7
%6169 = assign %6138, %6148 : f32[16,16] @ models/lib/nn.yaml:79:7
%6170 = assign %6139, %6140 : i64[] @ models/lib/nn.yaml:79:7
%6171 = mul %104, %5538 : f32[16,16] @ models/lib/nn.yaml:79:7
%6172 = mul %6166, %5540 : f32[16,16] @ models/lib/nn.yaml:79:7
%6173 = add %6171, %6172 : f32[16,16] @ models/lib/nn.yaml:79:7
%6174 = assign %104, %6173 : f32[16,16] @ models/lib/nn.yaml:79:7
%6175 = all_reduce_sum %4763 : f32[16] @ models/lib/nn.yaml:80:7
%6176 = mul %6175, %6175 : f32[16] @ models/lib/nn.yaml:80:7
%6177 = reduce_sum %6176 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6178 = sqrt %6177 : f32[] @ models/lib/nn.yaml:80:7
%6179 = cast %6178 : f64[] @ models/lib/nn.yaml:80:7
%6180 = add %6179, %5081 : f64[] @ models/lib/nn.yaml:80:7
%6181 = div %5083, %6180 : f64[] @ models/lib/nn.yaml:80:7
%6182 = lt %6181, %5085 : bool[] @ models/lib/nn.yaml:80:7
%6183 = cast %6181 : f32[] @ models/lib/nn.yaml:80:7
%6184 = broadcast %6183 : f32[16] @ models/lib/nn.yaml:80:7
%6185 = mul %6175, %6184 : f32[16] @ models/lib/nn.yaml:80:7
%6186 = broadcast %6182 : bool[16] @ models/lib/nn.yaml:80:7
%6187 = select %6186, %6185, %6175 : f32[16] @ models/lib/nn.yaml:80:7
%6188 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6189 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6190 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6191 = add %6190, %5095 : i64[] @ models/lib/nn.yaml:80:7
%6192 = mul %6187, %5227 : f32[16] @ models/lib/nn.yaml:80:7
%6193 = mul %6188, %5229 : f32[16] @ models/lib/nn.yaml:80:7
%6194 = add %6193, %6192 : f32[16] @ models/lib/nn.yaml:80:7
%6195 = mul %6187, %6187 : f32[16] @ models/lib/nn.yaml:80:7
%6196 = mul %6195, %5233 : f32[16] @ models/lib/nn.yaml:80:7
%6197 = mul %6189, %5235 : f32[16] @ models/lib/nn.yaml:80:7
%6198 = add %6197, %6196 : f32[16] @ models/lib/nn.yaml:80:7
%6199 = cast %6191 : f64[] @ models/lib/nn.yaml:80:7
%6200 = pow %5104, %6199 : f64[] @ models/lib/nn.yaml:80:7
%6201 = sub %5085, %6200 : f64[] @ models/lib/nn.yaml:80:7
%6202 = div %3087, %6201 : f64[] @ models/lib/nn.yaml:80:7
%6203 = pow %5112, %6199 : f64[] @ models/lib/nn.yaml:80:7
%6204 = sub %5085, %6203 : f64[] @ models/lib/nn.yaml:80:7
%6205 = sqrt %6204 : f64[] @ models/lib/nn.yaml:80:7
%6206 = div %5085, %6205 : f64[] @ models/lib/nn.yaml:80:7
%6207 = sqrt %6198 : f32[16] @ models/lib/nn.yaml:80:7
%6208 = cast %6206 : f32[] @ models/lib/nn.yaml:80:7
%6209 = broadcast %6208 : f32[16] @ models/lib/nn.yaml:80:7
%6210 = mul %6207, %6209 : f32[16] @ models/lib/nn.yaml:80:7
%6211 = add %6210, %5250 : f32[16] @ models/lib/nn.yaml:80:7
%6212 = div %6194, %6211 : f32[16] @ models/lib/nn.yaml:80:7
%6213 = cast %6202 : f32[] @ models/lib/nn.yaml:80:7
%6214 = broadcast %6213 : f32[16] @ models/lib/nn.yaml:80:7
%6215 = mul %6212, %6214 : f32[16] @ models/lib/nn.yaml:80:7
%6216 = sub %27, %6215 : f32[16] @ models/lib/nn.yaml:80:7
%6217 = assign %27, %6216 : f32[16] @ models/lib/nn.yaml:80:7
%6218 = assign %6188, %6194 : f32[16] @ models/lib/nn.yaml:80:7
%6219 = assign %6189, %6198 : f32[16] @ models/lib/nn.yaml:80:7
%6220 = assign %6190, %6191 : i64[] @ models/lib/nn.yaml:80:7
%6221 = mul %105, %5261 : f32[16] @ models/lib/nn.yaml:80:7
%6222 = mul %6216, %5263 : f32[16] @ models/lib/nn.yaml:80:7
%6223 = add %6221, %6222 : f32[16] @ models/lib/nn.yaml:80:7
%6224 = assign %105, %6223 : f32[16] @ models/lib/nn.yaml:80:7
%6225 = all_reduce_sum %4737 : f32[16] @ models/lib/nn.yaml:89:7
%6226 = mul %6225, %6225 : f32[16] @ models/lib/nn.yaml:89:7
%6227 = reduce_sum %6226 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6228 = sqrt %6227 : f32[] @ models/lib/nn.yaml:89:7
%6229 = cast %6228 : f64[] @ models/lib/nn.yaml:89:7
%6230 = add %6229, %5081 : f64[] @ models/lib/nn.yaml:89:7
%6231 = div %5083, %6230 : f64[] @ models/lib/nn.yaml:89:7
%6232 = lt %6231, %5085 : bool[] @ models/lib/nn.yaml:89:7
%6233 = cast %6231 : f32[] @ models/lib/nn.yaml:89:7
%6234 = broadcast %6233 : f32[16] @ models/lib/nn.yaml:89:7
%6235 = mul %6225, %6234 : f32[16] @ models/lib/nn.yaml:89:7
%6236 = broadcast %6232 : bool[16] @ models/lib/nn.yaml:89:7
%6237 = select %6236, %6235, %6225 : f32[16] @ models/lib/nn.yaml:89:7
%6238 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6239 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6240 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6241 = add %6240, %5095 : i64[] @ models/lib/nn.yaml:89:7
%6242 = mul %6237, %5227 : f32[16] @ models/lib/nn.yaml:89:7
%6243 = mul %6238, %5229 : f32[16] @ models/lib/nn.yaml:89:7
%6244 = add %6243, %6242 : f32[16] @ models/lib/nn.yaml:89:7
%6245 = mul %6237, %6237 : f32[16] @ models/lib/nn.yaml:89:7
%6246 = mul %6245, %5233 : f32[16] @ models/lib/nn.yaml:89:7
%6247 = mul %6239, %5235 : f32[16] @ models/lib/nn.yaml:89:7
%6248 = add %6247, %6246 : f32[16] @ models/lib/nn.yaml:89:7
%6249 = cast %6241 : f64[] @ models/lib/nn.yaml:89:7
%6250 = pow %5104, %6249 : f64[] @ models/lib/nn.yaml:89:7
%6251 = sub %5085, %6250 : f64[] @ models/lib/nn.yaml:89:7
%6252 = div %3087, %6251 : f64[] @ models/lib/nn.yaml:89:7
%6253 = pow %5112, %6249 : f64[] @ models/lib/nn.yaml:89:7
%6254 = sub %5085, %6253 : f64[] @ models/lib/nn.yaml:89:7
%6255 = sqrt %6254 : f64[] @ models/lib/nn.yaml:89:7
%6256 = div %5085, %6255 : f64[] @ models/lib/nn.yaml:89:7
%6257 = sqrt %6248 : f32[16] @ models/lib/nn.yaml:89:7
%6258 = cast %6256 : f32[] @ models/lib/nn.yaml:89:7
%6259 = broadcast %6258 : f32[16] @ models/lib/nn.yaml:89:7
%6260 = mul %6257, %6259 : f32[16] @ models/lib/nn.yaml:89:7
%6261 = add %6260, %5250 : f32[16] @ models/lib/nn.yaml:89:7
%6262 = div %6244, %6261 : f32[16] @ models/lib/nn.yaml:89:7
%6263 = cast %6252 : f32[] @ models/lib/nn.yaml:89:7
%6264 = broadcast %6263 : f32[16] @ models/lib/nn.yaml:89:7
%6265 = mul %6262, %6264 : f32[16] @ models/lib/nn.yaml:89:7
%6266 = sub %28, %6265 : f32[16] @ models/lib/nn.yaml:89:7
%6267 = assign %28, %6266 : f32[16] @ models/lib/nn.yaml:89:7
%6268 = assign %6238, %6244 : f32[16] @ models/lib/nn.yaml:89:7
%6269 = assign %6239, %6248 : f32[16] @ models/lib/nn.yaml:89:7
%6270 = assign %6240, %6241 : i64[] @ models/lib/nn.yaml:89:7
%6271 = mul %106, %5261 : f32[16] @ models/lib/nn.yaml:89:7
%6272 = mul %6266, %5263 : f32[16] @ models/lib/nn.yaml:89:7
%6273 = add %6271, %6272 : f32[16] @ models/lib/nn.yaml:89:7
%6274 = assign %106, %6273 : f32[16] @ models/lib/nn.yaml:89:7
%6275 = all_reduce_sum %4730 : f32[16] @ models/lib/nn.yaml:90:7
%6276 = mul %6275, %6275 : f32[16] @ models/lib/nn.yaml:90:7
%6277 = reduce_sum %6276 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6278 = sqrt %6277 : f32[] @ models/lib/nn.yaml:90:7
%6279 = cast %6278 : f64[] @ models/lib/nn.yaml:90:7
%6280 = add %6279, %5081 : f64[] @ models/lib/nn.yaml:90:7
%6281 = div %5083, %6280 : f64[] @ models/lib/nn.yaml:90:7
%6282 = lt %6281, %5085 : bool[] @ models/lib/nn.yaml:90:7
%6283 = cast %6281 : f32[] @ models/lib/nn.yaml:90:7
%6284 = broadcast %6283 : f32[16] @ models/lib/nn.yaml:90:7
%6285 = mul %6275, %6284 : f32[16] @ models/lib/nn.yaml:90:7
%6286 = broadcast %6282 : bool[16] @ models/lib/nn.yaml:90:7
%6287 = select %6286, %6285, %6275 : f32[16] @ models/lib/nn.yaml:90:7
%6288 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6289 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6290 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6291 = add %6290, %5095 : i64[] @ models/lib/nn.yaml:90:7
%6292 = mul %6287, %5227 : f32[16] @ models/lib/nn.yaml:90:7
%6293 = mul %6288, %5229 : f32[16] @ models/lib/nn.yaml:90:7
%6294 = add %6293, %6292 : f32[16] @ models/lib/nn.yaml:90:7
%6295 = mul %6287, %6287 : f32[16] @ models/lib/nn.yaml:90:7
%6296 = mul %6295, %5233 : f32[16] @ models/lib/nn.yaml:90:7
%6297 = mul %6289, %5235 : f32[16] @ models/lib/nn.yaml:90:7
%6298 = add %6297, %6296 : f32[16] @ models/lib/nn.yaml:90:7
%6299 = cast %6291 : f64[] @ models/lib/nn.yaml:90:7
%6300 = pow %5104, %6299 : f64[] @ models/lib/nn.yaml:90:7
%6301 = sub %5085, %6300 : f64[] @ models/lib/nn.yaml:90:7
%6302 = div %3087, %6301 : f64[] @ models/lib/nn.yaml:90:7
%6303 = pow %5112, %6299 : f64[] @ models/lib/nn.yaml:90:7
%6304 = sub %5085, %6303 : f64[] @ models/lib/nn.yaml:90:7
%6305 = sqrt %6304 : f64[] @ models/lib/nn.yaml:90:7
%6306 = div %5085, %6305 : f64[] @ models/lib/nn.yaml:90:7
%6307 = sqrt %6298 : f32[16] @ models/lib/nn.yaml:90:7
%6308 = cast %6306 : f32[] @ models/lib/nn.yaml:90:7
%6309 = broadcast %6308 : f32[16] @ models/lib/nn.yaml:90:7
%6310 = mul %6307, %6309 : f32[16] @ models/lib/nn.yaml:90:7
%6311 = add %6310, %5250 : f32[16] @ models/lib/nn.yaml:90:7
%6312 = div %6294, %6311 : f32[16] @ models/lib/nn.yaml:90:7
%6313 = cast %6302 : f32[] @ models/lib/nn.yaml:90:7
%6314 = broadcast %6313 : f32[16] @ models/lib/nn.yaml:90:7
%6315 = mul %6312, %6314 : f32[16] @ models/lib/nn.yaml:90:7
%6316 = sub %29, %6315 : f32[16] @ models/lib/nn.yaml:90:7
%6317 = assign %29, %6316 : f32[16] @ models/lib/nn.yaml:90:7
%6318 = assign %6288, %6294 : f32[16] @ models/lib/nn.yaml:90:7
%6319 = assign %6289, %6298 : f32[16] @ models/lib/nn.yaml:90:7
%6320 = assign %6290, %6291 : i64[] @ models/lib/nn.yaml:90:7
%6321 = mul %107, %5261 : f32[16] @ models/lib/nn.yaml:90:7
%6322 = mul %6316, %5263 : f32[16] @ models/lib/nn.yaml:90:7
%6323 = add %6321, %6322 : f32[16] @ models/lib/nn.yaml:90:7
%6324 = assign %107, %6323 : f32[16] @ models/lib/nn.yaml:90:7
%6325 = all_reduce_sum %4724 : f32[64,16] @ models/lib/nn.yaml:79:7
%6326 = reshape %6325 : f32[1024] @ models/lib/nn.yaml:79:7
%6327 = mul %6326, %6326 : f32[1024] @ models/lib/nn.yaml:79:7
%6328 = reduce_sum %6327 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6329 = sqrt %6328 : f32[] @ models/lib/nn.yaml:79:7
%6330 = cast %6329 : f64[] @ models/lib/nn.yaml:79:7
%6331 = add %6330, %5081 : f64[] @ models/lib/nn.yaml:79:7
%6332 = div %5083, %6331 : f64[] @ models/lib/nn.yaml:79:7
%6333 = lt %6332, %5085 : bool[] @ models/lib/nn.yaml:79:7
%6334 = cast %6332 : f32[] @ models/lib/nn.yaml:79:7
%6335 = broadcast %6334 : f32[64,16] @ models/lib/nn.yaml:79:7
%6336 = mul %6325, %6335 : f32[64,16] @ models/lib/nn.yaml:79:7
%6337 = broadcast %6333 : bool[64,16] @ models/lib/nn.yaml:79:7
%6338 = select %6337, %6336, %6325 : f32[64,16] @ models/lib/nn.yaml:79:7
%6339 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6340 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6341 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6342 = add %6341, %5095 : i64[] @ models/lib/nn.yaml:79:7
%6343 = mul %30, %5712 : f32[64,16] @ models/lib/nn.yaml:79:7
%6344 = mul %6338, %5714 : f32[64,16] @ models/lib/nn.yaml:79:7
%6345 = mul %6339, %5716 : f32[64,16] @ models/lib/nn.yaml:79:7
%6346 = add %6345, %6344 : f32[64,16] @ models/lib/nn.yaml:79:7
%6347 = mul %6338, %6338 : f32[64,16] @ models/lib/nn.yaml:79:7
%6348 = mul %6347, %5720 : f32[64,16] @ models/lib/nn.yaml:79:7
%6349 = mul %6340, %5722 : f32[64,16] @ models/lib/nn.yaml:79:7
%6350 = add %6349, %6348 : f32[64,16] @ models/lib/nn.yaml:79:7
%6351 = cast %6342 : f64[] @ models/lib/nn.yaml:79:7
%6352 = pow %5104, %6351 : f64[] @ models/lib/nn.yaml:79:7
%6353 = sub %5085, %6352 : f64[] @ models/lib/nn.yaml:79:7
%6354 = div %3087, %6353 : f64[] @ models/lib/nn.yaml:79:7
%6355 = pow %5112, %6351 : f64[] @ models/lib/nn.yaml:79:7
%6356 = sub %5085, %6355 : f64[] @ models/lib/nn.yaml:79:7
%6357 = sqrt %6356 : f64[] @ models/lib/nn.yaml:79:7
%6358 = div %5085, %6357 : f64[] @ models/lib/nn.yaml:79:7
%6359 = sqrt %6350 : f32[64,16] @ models/lib/nn.yaml:79:7
%6360 = cast %6358 : f32[] @ models/lib/nn.yaml:79:7
%6361 = broadcast %6360 : f32[64,16] @ models/lib/nn.yaml:79:7
%6362 = mul %6359, %6361 : f32[64,16] @ models/lib/nn.yaml:79:7
%6363 = add %6362, %5737 : f32[64,16] @ models/lib/nn.yaml:79:7
%6364 = div %6346, %6363 : f32[64,16] @ models/lib/nn.yaml:79:7
%6365 = cast %6354 : f32[] @ models/lib/nn.yaml:79:7
%6366 = broadcast %6365 : f32[64,16] @ models/lib/nn.yaml:79:7
%6367 = mul %6364, %6366 : f32[64,16] @ models/lib/nn.yaml:79:7
%6368 = sub %6343, %6367 : f32[64,16] @ models/lib/nn.yaml:79:7
%6369 = assign %30, %6368 : f32[64,16] @ models/lib/nn.yaml:79:7
%6370 = assign %6339, %6346 : f32[64,16] @ models/lib/nn.yaml:79:7
%6371 = assign %6340, %6350 : f32[64,16] @ models/lib/nn.yaml:79:7
%6372 = assign %6341, %6342 : i64[] @ models/lib/nn.yaml:79:7
%6373 = mul %108, %5748 : f32[64,16] @ models/lib/nn.yaml:79:7
%6374 = mul %6368, %5750 : f32[64,16] @ models/lib/nn.yaml:79:7
%6375 = add %6373, %6374 : f32[64,16] @ models/lib/nn.yaml:79:7
%6376 = assign %108, %6375 : f32[64,16] @ models/lib/nn.yaml:79:7
%6377 = all_reduce_sum %4716 : f32[64] @ models/lib/nn.yaml:80:7
%6378 = mul %6377, %6377 : f32[64] @ models/lib/nn.yaml:80:7
%6379 = reduce_sum %6378 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6380 = sqrt %6379 : f32[] @ models/lib/nn.yaml:80:7
%6381 = cast %6380 : f64[] @ models/lib/nn.yaml:80:7
%6382 = add %6381, %5081 : f64[] @ models/lib/nn.yaml:80:7
%6383 = div %5083, %6382 : f64[] @ models/lib/nn.yaml:80:7
%6384 = lt %6383, %5085 : bool[] @ models/lib/nn.yaml:80:7
%6385 = cast %6383 : f32[] @ models/lib/nn.yaml:80:7
%6386 = broadcast %6385 : f32[64] @ models/lib/nn.yaml:80:7
%6387 = mul %6377, %6386 : f32[64] @ models/lib/nn.yaml:80:7
%6388 = broadcast %6384 : bool[64] @ models/lib/nn.yaml:80:7
%6389 = select %6388, %6387, %6377 : f32[64] @ models/lib/nn.yaml:80:7
%6390 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6391 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6392 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6393 = add %6392, %5095 : i64[] @ models/lib/nn.yaml:80:7
%6394 = mul %6389, %5771 : f32[64] @ models/lib/nn.yaml:80:7
%6395 = mul %6390, %5773 : f32[64] @ models/lib/nn.yaml:80:7
%6396 = add %6395, %6394 : f32[64] @ models/lib/nn.yaml:80:7
%6397 = mul %6389, %6389 : f32[64] @ models/lib/nn.yaml:80:7
%6398 = mul %6397, %5777 : f32[64] @ models/lib/nn.yaml:80:7
%6399 = mul %6391, %5779 : f32[64] @ models/lib/nn.yaml:80:7
%6400 = add %6399, %6398 : f32[64] @ models/lib/nn.yaml:80:7
%6401 = cast %6393 : f64[] @ models/lib/nn.yaml:80:7
%6402 = pow %5104, %6401 : f64[] @ models/lib/nn.yaml:80:7
%6403 = sub %5085, %6402 : f64[] @ models/lib/nn.yaml:80:7
%6404 = div %3087, %6403 : f64[] @ models/lib/nn.yaml:80:7
%6405 = pow %5112, %6401 : f64[] @ models/lib/nn.yaml:80:7
%6406 = sub %5085, %6405 : f64[] @ models/lib/nn.yaml:80:7
%6407 = sqrt %6406 : f64[] @ models/lib/nn.yaml:80:7
%6408 = div %5085, %6407 : f64[] @ models/lib/nn.yaml:80:7
%6409 = sqrt %6400 : f32[64] @ models/lib/nn.yaml:80:7
%6410 = cast %6408 : f32[] @ models/lib/nn.yaml:80:7
%6411 = broadcast %6410 : f32[64] @ models/lib/nn.yaml:80:7
%6412 = mul %6409, %6411 : f32[64] @ models/lib/nn.yaml:80:7
%6413 = add %6412, %5794 : f32[64] @ models/lib/nn.yaml:80:7
%6414 = div %6396, %6413 : f32[64] @ models/lib/nn.yaml:80:7
%6415 = cast %6404 : f32[] @ models/lib/nn.yaml:80:7
%6416 = broadcast %6415 : f32[64] @ models/lib/nn.yaml:80:7
%6417 = mul %6414, %6416 : f32[64] @ models/lib/nn.yaml:80:7
%6418 = sub %31, %6417 : f32[64] @ models/lib/nn.yaml:80:7
%6419 = assign %31, %6418 : f32[64] @ models/lib/nn.yaml:80:7
%6420 = assign %6390, %6396 : f32[64] @ models/lib/nn.yaml:80:7
%6421 = assign %6391, %6400 : f32[64] @ models/lib/nn.yaml:80:7
%6422 = assign %6392, %6393 : i64[] @ models/lib/nn.yaml:80:7
%6423 = mul %109, %5805 : f32[64] @ models/lib/nn.yaml:80:7
%6424 = mul %6418, %5807 : f32[64] @ models/lib/nn.yaml:80:7
%6425 = add %6423, %6424 : f32[64] @ models/lib/nn.yaml:80:7
%6426 = assign %109, %6425 : f32[64] @ models/lib/nn.yaml:80:7
%6427 = all_reduce_sum %4699 : f32[16,64] @ models/lib/nn.yaml:79:7
%6428 = reshape %6427 : f32[1024] @ models/lib/nn.yaml:79:7
%6429 = mul %6428, %6428 : f32[1024] @ models/lib/nn.yaml:79:7
%6430 = reduce_sum %6429 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6431 = sqrt %6430 : f32[] @ models/lib/nn.yaml:79:7
%6432 = cast %6431 : f64[] @ models/lib/nn.yaml:79:7
%6433 = add %6432, %5081 : f64[] @ models/lib/nn.yaml:79:7
%6434 = div %5083, %6433 : f64[] @ models/lib/nn.yaml:79:7
%6435 = lt %6434, %5085 : bool[] @ models/lib/nn.yaml:79:7
%6436 = cast %6434 : f32[] @ models/lib/nn.yaml:79:7
%6437 = broadcast %6436 : f32[16,64] @ models/lib/nn.yaml:79:7
%6438 = mul %6427, %6437 : f32[16,64] @ models/lib/nn.yaml:79:7
%6439 = broadcast %6435 : bool[16,64] @ models/lib/nn.yaml:79:7
%6440 = select %6439, %6438, %6427 : f32[16,64] @ models/lib/nn.yaml:79:7
%6441 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6442 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6443 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6444 = add %6443, %5095 : i64[] @ models/lib/nn.yaml:79:7
%6445 = mul %32, %5829 : f32[16,64] @ models/lib/nn.yaml:79:7
%6446 = mul %6440, %5831 : f32[16,64] @ models/lib/nn.yaml:79:7
%6447 = mul %6441, %5833 : f32[16,64] @ models/lib/nn.yaml:79:7
%6448 = add %6447, %6446 : f32[16,64] @ models/lib/nn.yaml:79:7
%6449 = mul %6440, %6440 : f32[16,64] @ models/lib/nn.yaml:79:7
%6450 = mul %6449, %5837 : f32[16,64] @ models/lib/nn.yaml:79:7
%6451 = mul %6442, %5839 : f32[16,64] @ models/lib/nn.yaml:79:7
%6452 = add %6451, %6450 : f32[16,64] @ models/lib/nn.yaml:79:7
%6453 = cast %6444 : f64[] @ models/lib/nn.yaml:79:7
%6454 = pow %5104, %6453 : f64[] @ models/lib/nn.yaml:79:7
%6455 = sub %5085, %6454 : f64[] @ models/lib/nn.yaml:79:7
%6456 = div %3087, %6455 : f64[] @ models/lib/nn.yaml:79:7
%6457 = pow %5112, %6453 : f64[] @ models/lib/nn.yaml:79:7
%6458 = sub %5085, %6457 : f64[] @ models/lib/nn.yaml:79:7
%6459 = sqrt %6458 : f64[] @ models/lib/nn.yaml:79:7
%6460 = div %5085, %6459 : f64[] @ models/lib/nn.yaml:79:7
%6461 = sqrt %6452 : f32[16,64] @ models/lib/nn.yaml:79:7
%6462 = cast %6460 : f32[] @ models/lib/nn.yaml:79:7
%6463 = broadcast %6462 : f32[16,64] @ models/lib/nn.yaml:79:7
%6464 = mul %6461, %6463 : f32[16,64] @ models/lib/nn.yaml:79:7
%6465 = add %6464, %5854 : f32[16,64] @ models/lib/nn.yaml:79:7
%6466 = div %6448, %6465 : f32[16,64] @ models/lib/nn.yaml:79:7
%6467 = cast %6456 : f32[] @ models/lib/nn.yaml:79:7
%6468 = broadcast %6467 : f32[16,64] @ models/lib/nn.yaml:79:7
%6469 = mul %6466, %6468 : f32[16,64] @ models/lib/nn.yaml:79:7
%6470 = sub %6445, %6469 : f32[16,64] @ models/lib/nn.yaml:79:7
%6471 = assign %32, %6470 : f32[16,64] @ models/lib/nn.yaml:79:7
%6472 = assign %6441, %6448 : f32[16,64] @ models/lib/nn.yaml:79:7
%6473 = assign %6442, %6452 : f32[16,64] @ models/lib/nn.yaml:79:7
%6474 = assign %6443, %6444 : i64[] @ models/lib/nn.yaml:79:7
%6475 = mul %110, %5865 : f32[16,64] @ models/lib/nn.yaml:79:7
%6476 = mul %6470, %5867 : f32[16,64] @ models/lib/nn.yaml:79:7
%6477 = add %6475, %6476 : f32[16,64] @ models/lib/nn.yaml:79:7
%6478 = assign %110, %6477 : f32[16,64] @ models/lib/nn.yaml:79:7
%6479 = all_reduce_sum %4691 : f32[16] @ models/lib/nn.yaml:80:7
%6480 = mul %6479, %6479 : f32[16] @ models/lib/nn.yaml:80:7
%6481 = reduce_sum %6480 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6482 = sqrt %6481 : f32[] @ models/lib/nn.yaml:80:7
%6483 = cast %6482 : f64[] @ models/lib/nn.yaml:80:7
%6484 = add %6483, %5081 : f64[] @ models/lib/nn.yaml:80:7
%6485 = div %5083, %6484 : f64[] @ models/lib/nn.yaml:80:7
%6486 = lt %6485, %5085 : bool[] @ models/lib/nn.yaml:80:7
%6487 = cast %6485 : f32[] @ models/lib/nn.yaml:80:7
%6488 = broadcast %6487 : f32[16] @ models/lib/nn.yaml:80:7
%6489 = mul %6479, %6488 : f32[16] @ models/lib/nn.yaml:80:7
%6490 = broadcast %6486 : bool[16] @ models/lib/nn.yaml:80:7
%6491 = select %6490, %6489, %6479 : f32[16] @ models/lib/nn.yaml:80:7
%6492 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6493 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6494 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6495 = add %6494, %5095 : i64[] @ models/lib/nn.yaml:80:7
%6496 = mul %6491, %5227 : f32[16] @ models/lib/nn.yaml:80:7
%6497 = mul %6492, %5229 : f32[16] @ models/lib/nn.yaml:80:7
%6498 = add %6497, %6496 : f32[16] @ models/lib/nn.yaml:80:7
%6499 = mul %6491, %6491 : f32[16] @ models/lib/nn.yaml:80:7
%6500 = mul %6499, %5233 : f32[16] @ models/lib/nn.yaml:80:7
%6501 = mul %6493, %5235 : f32[16] @ models/lib/nn.yaml:80:7
%6502 = add %6501, %6500 : f32[16] @ models/lib/nn.yaml:80:7
%6503 = cast %6495 : f64[] @ models/lib/nn.yaml:80:7
%6504 = pow %5104, %6503 : f64[] @ models/lib/nn.yaml:80:7
%6505 = sub %5085, %6504 : f64[] @ models/lib/nn.yaml:80:7
%6506 = div %3087, %6505 : f64[] @ models/lib/nn.yaml:80:7
%6507 = pow %5112, %6503 : f64[] @ models/lib/nn.yaml:80:7
%6508 = sub %5085, %6507 : f64[] @ models/lib/nn.yaml:80:7
%6509 = sqrt %6508 : f64[] @ models/lib/nn.yaml:80:7
%6510 = div %5085, %6509 : f64[] @ models/lib/nn.yaml:80:7
%6511 = sqrt %6502 : f32[16] @ models/lib/nn.yaml:80:7
%6512 = cast %6510 : f32[] @ models/lib/nn.yaml:80:7
%6513 = broadcast %6512 : f32[16] @ models/lib/nn.yaml:80:7
%6514 = mul %6511, %6513 : f32[16] @ models/lib/nn.yaml:80:7
%6515 = add %6514, %5250 : f32[16] @ models/lib/nn.yaml:80:7
%6516 = div %6498, %6515 : f32[16] @ models/lib/nn.yaml:80:7
%6517 = cast %6506 : f32[] @ models/lib/nn.yaml:80:7
%6518 = broadcast %6517 : f32[16] @ models/lib/nn.yaml:80:7
%6519 = mul %6516, %6518 : f32[16] @ models/lib/nn.yaml:80:7
%6520 = sub %33, %6519 : f32[16] @ models/lib/nn.yaml:80:7
%6521 = assign %33, %6520 : f32[16] @ models/lib/nn.yaml:80:7
%6522 = assign %6492, %6498 : f32[16] @ models/lib/nn.yaml:80:7
%6523 = assign %6493, %6502 : f32[16] @ models/lib/nn.yaml:80:7
%6524 = assign %6494, %6495 : i64[] @ models/lib/nn.yaml:80:7
%6525 = mul %111, %5261 : f32[16] @ models/lib/nn.yaml:80:7
%6526 = mul %6520, %5263 : f32[16] @ models/lib/nn.yaml:80:7
%6527 = add %6525, %6526 : f32[16] @ models/lib/nn.yaml:80:7
%6528 = assign %111, %6527 : f32[16] @ models/lib/nn.yaml:80:7
%6529 = all_reduce_sum %4684 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6530 = reshape %6529 : f32[16] @ models/lib/vit.yaml:103:7
%6531 = mul %6530, %6530 : f32[16] @ models/lib/vit.yaml:103:7
%6532 = reduce_sum %6531 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%6533 = sqrt %6532 : f32[] @ models/lib/vit.yaml:103:7
%6534 = cast %6533 : f64[] @ models/lib/vit.yaml:103:7
%6535 = add %6534, %5081 : f64[] @ models/lib/vit.yaml:103:7
%6536 = div %5083, %6535 : f64[] @ models/lib/vit.yaml:103:7
%6537 = lt %6536, %5085 : bool[] @ models/lib/vit.yaml:103:7
%6538 = cast %6536 : f32[] @ models/lib/vit.yaml:103:7
%6539 = broadcast %6538 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6540 = mul %6529, %6539 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6541 = broadcast %6537 : bool[1,1,16] @ models/lib/vit.yaml:103:7
%6542 = select %6541, %6540, %6529 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6543 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6544 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6545 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%6546 = add %6545, %5095 : i64[] @ models/lib/vit.yaml:103:7
%6547 = broadcast %5099 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6548 = mul %34, %6547 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6549 = broadcast %2843 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6550 = mul %6542, %6549 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6551 = broadcast %1916 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6552 = mul %6543, %6551 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6553 = add %6552, %6550 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6554 = mul %6542, %6542 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6555 = broadcast %5109 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6556 = mul %6554, %6555 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6557 = broadcast %5113 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6558 = mul %6544, %6557 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6559 = add %6558, %6556 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6560 = cast %6546 : f64[] @ models/lib/vit.yaml:103:7
%6561 = pow %5104, %6560 : f64[] @ models/lib/vit.yaml:103:7
%6562 = sub %5085, %6561 : f64[] @ models/lib/vit.yaml:103:7
%6563 = div %3087, %6562 : f64[] @ models/lib/vit.yaml:103:7
%6564 = pow %5112, %6560 : f64[] @ models/lib/vit.yaml:103:7
%6565 = sub %5085, %6564 : f64[] @ models/lib/vit.yaml:103:7
%6566 = sqrt %6565 : f64[] @ models/lib/vit.yaml:103:7
%6567 = div %5085, %6566 : f64[] @ models/lib/vit.yaml:103:7
%6568 = sqrt %6559 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6569 = cast %6567 : f32[] @ models/lib/vit.yaml:103:7
%6570 = broadcast %6569 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6571 = mul %6568, %6570 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6572 = broadcast %5129 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6573 = add %6571, %6572 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6574 = div %6553, %6573 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6575 = cast %6563 : f32[] @ models/lib/vit.yaml:103:7
%6576 = broadcast %6575 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6577 = mul %6574, %6576 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6578 = sub %6548, %6577 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6579 = assign %34, %6578 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6580 = assign %6543, %6553 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6581 = assign %6544, %6559 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6582 = assign %6545, %6546 : i64[] @ models/lib/vit.yaml:103:7
%6583 = broadcast %5141 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6584 = mul %112, %6583 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6585 = broadcast %5145 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6586 = mul %6578, %6585 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6587 = add %6584, %6586 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6588 = assign %112, %6587 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6589 = all_reduce_sum %4661 : f32[16] @ models/lib/nn.yaml:89:7
%6590 = mul %6589, %6589 : f32[16] @ models/lib/nn.yaml:89:7
%6591 = reduce_sum %6590 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6592 = sqrt %6591 : f32[] @ models/lib/nn.yaml:89:7
%6593 = cast %6592 : f64[] @ models/lib/nn.yaml:89:7
%6594 = add %6593, %5081 : f64[] @ models/lib/nn.yaml:89:7
%6595 = div %5083, %6594 : f64[] @ models/lib/nn.yaml:89:7
%6596 = lt %6595, %5085 : bool[] @ models/lib/nn.yaml:89:7
%6597 = cast %6595 : f32[] @ models/lib/nn.yaml:89:7
%6598 = broadcast %6597 : f32[16] @ models/lib/nn.yaml:89:7
%6599 = mul %6589, %6598 : f32[16] @ models/lib/nn.yaml:89:7
%6600 = broadcast %6596 : bool[16] @ models/lib/nn.yaml:89:7
%6601 = select %6600, %6599, %6589 : f32[16] @ models/lib/nn.yaml:89:7
%6602 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6603 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6604 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6605 = add %6604, %5095 : i64[] @ models/lib/nn.yaml:89:7
%6606 = mul %6601, %5227 : f32[16] @ models/lib/nn.yaml:89:7
%6607 = mul %6602, %5229 : f32[16] @ models/lib/nn.yaml:89:7
%6608 = add %6607, %6606 : f32[16] @ models/lib/nn.yaml:89:7
%6609 = mul %6601, %6601 : f32[16] @ models/lib/nn.yaml:89:7
%6610 = mul %6609, %5233 : f32[16] @ models/lib/nn.yaml:89:7
%6611 = mul %6603, %5235 : f32[16] @ models/lib/nn.yaml:89:7
%6612 = add %6611, %6610 : f32[16] @ models/lib/nn.yaml:89:7
%6613 = cast %6605 : f64[] @ models/lib/nn.yaml:89:7
%6614 = pow %5104, %6613 : f64[] @ models/lib/nn.yaml:89:7
%6615 = sub %5085, %6614 : f64[] @ models/lib/nn.yaml:89:7
%6616 = div %3087, %6615 : f64[] @ models/lib/nn.yaml:89:7
%6617 = pow %5112, %6613 : f64[] @ models/lib/nn.yaml:89:7
%6618 = sub %5085, %6617 : f64[] @ models/lib/nn.yaml:89:7
%6619 = sqrt %6618 : f64[] @ models/lib/nn.yaml:89:7
%6620 = div %5085, %6619 : f64[] @ models/lib/nn.yaml:89:7
%6621 = sqrt %6612 : f32[16] @ models/lib/nn.yaml:89:7
%6622 = cast %6620 : f32[] @ models/lib/nn.yaml:89:7
%6623 = broadcast %6622 : f32[16] @ models/lib/nn.yaml:89:7
%6624 = mul %6621, %6623 : f32[16] @ models/lib/nn.yaml:89:7
%6625 = add %6624, %5250 : f32[16] @ models/lib/nn.yaml:89:7
%6626 = div %6608, %6625 : f32[16] @ models/lib/nn.yaml:89:7
%6627 = cast %6616 : f32[] @ models/lib/nn.yaml:89:7
%6628 = broadcast %6627 : f32[16] @ models/lib/nn.yaml:89:7
%6629 = mul %6626, %6628 : f32[16] @ models/lib/nn.yaml:89:7
%6630 = sub %35, %6629 : f32[16] @ models/lib/nn.yaml:89:7
%6631 = assign %35, %6630 : f32[16] @ models/lib/nn.yaml:89:7
%6632 = assign %6602, %6608 : f32[16] @ models/lib/nn.yaml:89:7
%6633 = assign %6603, %6612 : f32[16] @ models/lib/nn.yaml:89:7
%6634 = assign %6604, %6605 : i64[] @ models/lib/nn.yaml:89:7
%6635 = mul %113, %5261 : f32[16] @ models/lib/nn.yaml:89:7
%6636 = mul %6630, %5263 : f32[16] @ models/lib/nn.yaml:89:7
%6637 = add %6635, %6636 : f32[16] @ models/lib/nn.yaml:89:7
%6638 = assign %113, %6637 : f32[16] @ models/lib/nn.yaml:89:7
%6639 = all_reduce_sum %4654 : f32[16] @ models/lib/nn.yaml:90:7
%6640 = mul %6639, %6639 : f32[16] @ models/lib/nn.yaml:90:7
%6641 = reduce_sum %6640 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6642 = sqrt %6641 : f32[] @ models/lib/nn.yaml:90:7
%6643 = cast %6642 : f64[] @ models/lib/nn.yaml:90:7
%6644 = add %6643, %5081 : f64[] @ models/lib/nn.yaml:90:7
%6645 = div %5083, %6644 : f64[] @ models/lib/nn.yaml:90:7
%6646 = lt %6645, %5085 : bool[] @ models/lib/nn.yaml:90:7
%6647 = cast %6645 : f32[] @ models/lib/nn.yaml:90:7
%6648 = broadcast %6647 : f32[16] @ models/lib/nn.yaml:90:7
%6649 = mul %6639, %6648 : f32[16] @ models/lib/nn.yaml:90:7
%6650 = broadcast %6646 : bool[16] @ models/lib/nn.yaml:90:7
%6651 = select %6650, %6649, %6639 : f32[16] @ models/lib/nn.yaml:90:7
%6652 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6653 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6654 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6655 = add %6654, %5095 : i64[] @ models/lib/nn.yaml:90:7
%6656 = mul %6651, %5227 : f32[16] @ models/lib/nn.yaml:90:7
%6657 = mul %6652, %5229 : f32[16] @ models/lib/nn.yaml:90:7
%6658 = add %6657, %6656 : f32[16] @ models/lib/nn.yaml:90:7
%6659 = mul %6651, %6651 : f32[16] @ models/lib/nn.yaml:90:7
%6660 = mul %6659, %5233 : f32[16] @ models/lib/nn.yaml:90:7
%6661 = mul %6653, %5235 : f32[16] @ models/lib/nn.yaml:90:7
%6662 = add %6661, %6660 : f32[16] @ models/lib/nn.yaml:90:7
%6663 = cast %6655 : f64[] @ models/lib/nn.yaml:90:7
%6664 = pow %5104, %6663 : f64[] @ models/lib/nn.yaml:90:7
%6665 = sub %5085, %6664 : f64[] @ models/lib/nn.yaml:90:7
%6666 = div %3087, %6665 : f64[] @ models/lib/nn.yaml:90:7
%6667 = pow %5112, %6663 : f64[] @ models/lib/nn.yaml:90:7
%6668 = sub %5085, %6667 : f64[] @ models/lib/nn.yaml:90:7
%6669 = sqrt %6668 : f64[] @ models/lib/nn.yaml:90:7
%6670 = div %5085, %6669 : f64[] @ models/lib/nn.yaml:90:7
%6671 = sqrt %6662 : f32[16] @ models/lib/nn.yaml:90:7
%6672 = cast %6670 : f32[] @ models/lib/nn.yaml:90:7
%6673 = broadcast %6672 : f32[16] @ models/lib/nn.yaml:90:7
%6674 = mul %6671, %6673 : f32[16] @ models/lib/nn.yaml:90:7
%6675 = add %6674, %5250 : f32[16] @ models/lib/nn.yaml:90:7
%6676 = div %6658, %6675 : f32[16] @ models/lib/nn.yaml:90:7
%6677 = cast %6666 : f32[] @ models/lib/nn.yaml:90:7
%6678 = broadcast %6677 : f32[16] @ models/lib/nn.yaml:90:7
%6679 = mul %6676, %6678 : f32[16] @ models/lib/nn.yaml:90:7
%6680 = sub %36, %6679 : f32[16] @ models/lib/nn.yaml:90:7
%6681 = assign %36, %6680 : f32[16] @ models/lib/nn.yaml:90:7
%6682 = assign %6652, %6658 : f32[16] @ models/lib/nn.yaml:90:7
%6683 = assign %6653, %6662 : f32[16] @ models/lib/nn.yaml:90:7
%6684 = assign %6654, %6655 : i64[] @ models/lib/nn.yaml:90:7
%6685 = mul %114, %5261 : f32[16] @ models/lib/nn.yaml:90:7
%6686 = mul %6680, %5263 : f32[16] @ models/lib/nn.yaml:90:7
%6687 = add %6685, %6686 : f32[16] @ models/lib/nn.yaml:90:7
%6688 = assign %114, %6687 : f32[16] @ models/lib/nn.yaml:90:7
%6689 = all_reduce_sum %4646 : f32[16,16] @ models/lib/nn.yaml:79:7
%6690 = reshape %6689 : f32[256] @ models/lib/nn.yaml:79:7
%6691 = mul %6690, %6690 : f32[256] @ models/lib/nn.yaml:79:7
%6692 = reduce_sum %6691 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6693 = sqrt %6692 : f32[] @ models/lib/nn.yaml:79:7
%6694 = cast %6693 : f64[] @ models/lib/nn.yaml:79:7
%6695 = add %6694, %5081 : f64[] @ models/lib/nn.yaml:79:7
%6696 = div %5083, %6695 : f64[] @ models/lib/nn.yaml:79:7
%6697 = lt %6696, %5085 : bool[] @ models/lib/nn.yaml:79:7
%6698 = cast %6696 : f32[] @ models/lib/nn.yaml:79:7
%6699 = broadcast %6698 : f32[16,16] @ models/lib/nn.yaml:79:7
%6700 = mul %6689, %6699 : f32[16,16] @ models/lib/nn.yaml:79:7
%6701 = broadcast %6697 : bool[16,16] @ models/lib/nn.yaml:79:7
%6702 = select %6701, %6700, %6689 : f32[16,16] @ models/lib/nn.yaml:79:7
%6703 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6704 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6705 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6706 = add %6705, %5095 : i64[] @ models/lib/nn.yaml:79:7
%6707 = mul %37, %5502 : f32[16,16] @ models/lib/nn.yaml:79:7
%6708 = mul %6702, %5504 : f32[16,16] @ models/lib/nn.yaml:79:7
%6709 = mul %6703, %5506 : f32[16,16] @ models/lib/nn.yaml:79:7
%6710 = add %6709, %6708 : f32[16,16] @ models/lib/nn.yaml:79:7
%6711 = mul %6702, %6702 : f32[16,16] @ models/lib/nn.yaml:79:7
%6712 = mul %6711, %5510 : f32[16,16] @ models/lib/nn.yaml:79:7
%6713 = mul %6704, %5512 : f32[16,16] @ models/lib/nn.yaml:79:7
%6714 = add %6713, %6712 : f32[16,16] @ models/lib/nn.yaml:79:7
%6715 = cast %6706 : f64[] @ models/lib/nn.yaml:79:7
%6716 = pow %5104, %6715 : f64[] @ models/lib/nn.yaml:79:7
%6717 = sub %5085, %6716 : f64[] @ models/lib/nn.yaml:79:7
%6718 = div %3087, %6717 : f64[] @ models/lib/nn.yaml:79:7
%6719 = pow %5112, %6715 : f64[] @ models/lib/nn.yaml:79:7
%6720 = sub %5085, %6719 : f64[] @ models/lib/nn.yaml:79:7
%6721 = sqrt %6720 : f64[] @ models/lib/nn.yaml:79:7
%6722 = div %5085, %6721 : f64[] @ models/lib/nn.yaml:79:7
%6723 = sqrt %6714 : f32[16,16] @ models/lib/nn.yaml:79:7
%6724 = cast %6722 : f32[] @ models/lib/nn.yaml:79:7
%6725 = broadcast %6724 : f32[16,16] @ models/lib/nn.yaml:79:7
%6726 = mul %6723, %6725 : f32[16,16] @ models/lib/nn.yaml:79:7
%6727 = add %6726, %5527 : f32[16,16] @ models/lib/nn.yaml:79:7
%6728 = div %6710, %6727 : f32[16,16] @ models/lib/nn.yaml:79:7
%6729 = cast %6718 : f32[] @ models/lib/nn.yaml:79:7
%6730 = broadcast %6729 : f32[16,16] @ models/lib/nn.yaml:79:7
%6731 = mul %6728, %6730 : f32[16,16] @ models/lib/nn.yaml:79:7
%6732 = sub %6707, %6731 : f32[16,16] @ models/lib/nn.yaml:79:7
%6733 = assign %37, %6732 : f32[16,16] @ models/lib/nn.yaml:79:7
%6734 = assign %6703, %6710 : f32[16,16] @ models/lib/nn.yaml:79:7
%6735 = assign %6704, %6714 : f32[16,16] @ models/lib/nn.yaml:79:7
%6736 = assign %6705, %6706 : i64[] @ models/lib/nn.yaml:79:7
%6737 = mul %115, %5538 : f32[16,16] @ models/lib/nn.yaml:79:7
%6738 = mul %6732, %5540 : f32[16,16] @ models/lib/nn.yaml:79:7
%6739 = add %6737, %6738 : f32[16,16] @ models/lib/nn.yaml:79:7
%6740 = assign %115, %6739 : f32[16,16] @ models/lib/nn.yaml:79:7
%6741 = all_reduce_sum %4637 : f32[16] @ models/lib/nn.yaml:80:7
%6742 = mul %6741, %6741 : f32[16] @ models/lib/nn.yaml:80:7
%6743 = reduce_sum %6742 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6744 = sqrt %6743 : f32[] @ models/lib/nn.yaml:80:7
%6745 = cast %6744 : f64[] @ models/lib/nn.yaml:80:7
%6746 = add %6745, %5081 : f64[] @ models/lib/nn.yaml:80:7
%6747 = div %5083, %6746 : f64[] @ models/lib/nn.yaml:80:7
%6748 = lt %6747, %5085 : bool[] @ models/lib/nn.yaml:80:7
%6749 = cast %6747 : f32[] @ models/lib/nn.yaml:80:7
%6750 = broadcast %6749 : f32[16] @ models/lib/nn.yaml:80:7
%6751 = mul %6741, %6750 : f32[16] @ models/lib/nn.yaml:80:7
%6752 = broadcast %6748 : bool[16] @ models/lib/nn.yaml:80:7
%6753 = select %6752, %6751, %6741 : f32[16] @ models/lib/nn.yaml:80:7
%6754 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6755 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6756 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6757 = add %6756, %5095 : i64[] @ models/lib/nn.yaml:80:7
%6758 = mul %6753, %5227 : f32[16] @ models/lib/nn.yaml:80:7
%6759 = mul %6754, %5229 : f32[16] @ models/lib/nn.yaml:80:7
%6760 = add %6759, %6758 : f32[16] @ models/lib/nn.yaml:80:7
%6761 = mul %6753, %6753 : f32[16] @ models/lib/nn.yaml:80:7
%6762 = mul %6761, %5233 : f32[16] @ models/lib/nn.yaml:80:7
%6763 = mul %6755, %5235 : f32[16] @ models/lib/nn.yaml:80:7
%6764 = add %6763, %6762 : f32[16] @ models/lib/nn.yaml:80:7
%6765 = cast %6757 : f64[] @ models/lib/nn.yaml:80:7
%6766 = pow %5104, %6765 : f64[] @ models/lib/nn.yaml:80:7
%6767 = sub %5085, %6766 : f64[] @ models/lib/nn.yaml:80:7
%6768 = div %3087, %6767 : f64[] @ models/lib/nn.yaml:80:7
%6769 = pow %5112, %6765 : f64[] @ models/lib/nn.yaml:80:7
%6770 = sub %5085, %6769 : f64[] @ models/lib/nn.yaml:80:7
%6771 = sqrt %6770 : f64[] @ models/lib/nn.yaml:80:7
%6772 = div %5085, %6771 : f64[] @ models/lib/nn.yaml:80:7
%6773 = sqrt %6764 : f32[16] @ models/lib/nn.yaml:80:7
%6774 = cast %6772 : f32[] @ models/lib/nn.yaml:80:7
%6775 = broadcast %6774 : f32[16] @ models/lib/nn.yaml:80:7
%6776 = mul %6773, %6775 : f32[16] @ models/lib/nn.yaml:80:7
%6777 = add %6776, %5250 : f32[16] @ models/lib/nn.yaml:80:7
%6778 = div %6760, %6777 : f32[16] @ models/lib/nn.yaml:80:7
%6779 = cast %6768 : f32[] @ models/lib/nn.yaml:80:7
%6780 = broadcast %6779 : f32[16] @ models/lib/nn.yaml:80:7
%6781 = mul %6778, %6780 : f32[16] @ models/lib/nn.yaml:80:7
%6782 = sub %38, %6781 : f32[16] @ models/lib/nn.yaml:80:7
%6783 = assign %38, %6782 : f32[16] @ models/lib/nn.yaml:80:7
%6784 = assign %6754, %6760 : f32[16] @ models/lib/nn.yaml:80:7
%6785 = assign %6755, %6764 : f32[16] @ models/lib/nn.yaml:80:7
%6786 = assign %6756, %6757 : i64[] @ models/lib/nn.yaml:80:7
%6787 = mul %116, %5261 : f32[16] @ models/lib/nn.yaml:80:7
%6788 = mul %6782, %5263 : f32[16] @ models/lib/nn.yaml:80:7
%6789 = add %6787, %6788 : f32[16] @ models/lib/nn.yaml:80:7
%6790 = assign %116, %6789 : f32[16] @ models/lib/nn.yaml:80:7
%6791 = all_reduce_sum %4631 : f32[16,16] @ models/lib/nn.yaml:79:7
%6792 = reshape %6791 : f32[256] @ models/lib/nn.yaml:79:7
%6793 = mul %6792, %6792 : f32[256] @ models/lib/nn.yaml:79:7
%6794 = reduce_sum %6793 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6795 = sqrt %6794 : f32[] @ models/lib/nn.yaml:79:7
%6796 = cast %6795 : f64[] @ models/lib/nn.yaml:79:7
%6797 = add %6796, %5081 : f64[] @ models/lib/nn.yaml:79:7
%6798 = div %5083, %6797 : f64[] @ models/lib/nn.yaml:79:7
%6799 = lt %6798, %5085 : bool[] @ models/lib/nn.yaml:79:7
%6800 = cast %6798 : f32[] @ models/lib/nn.yaml:79:7
%6801 = broadcast %6800 : f32[16,16] @ models/lib/nn.yaml:79:7
%6802 = mul %6791, %6801 : f32[16,16] @ models/lib/nn.yaml:79:7
%6803 = broadcast %6799 : bool[16,16] @ models/lib/nn.yaml:79:7
%6804 = select %6803, %6802, %6791 : f32[16,16] @ models/lib/nn.yaml:79:7
%6805 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6806 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6807 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6808 = add %6807, %5095 : i64[] @ models/lib/nn.yaml:79:7
%6809 = mul %39, %5502 : f32[16,16] @ models/lib/nn.yaml:79:7
%6810 = mul %6804, %5504 : f32[16,16] @ models/lib/nn.yaml:79:7
%6811 = mul %6805, %5506 : f32[16,16] @ models/lib/nn.yaml:79:7
%6812 = add %6811, %6810 : f32[16,16] @ models/lib/nn.yaml:79:7
%6813 = mul %6804, %6804 : f32[16,16] @ models/lib/nn.yaml:79:7
%6814 = mul %6813, %5510 : f32[16,16] @ models/lib/nn.yaml:79:7
%6815 = mul %6806, %5512 : f32[16,16] @ models/lib/nn.yaml:79:7
%6816 = add %6815, %6814 : f32[16,16] @ models/lib/nn.yaml:79:7
%6817 = cast %6808 : f64[] @ models/lib/nn.yaml:79:7
%6818 = pow %5104, %6817 : f64[] @ models/lib/nn.yaml:79:7
%6819 = sub %5085, %6818 : f64[] @ models/lib/nn.yaml:79:7
%6820 = div %3087, %6819 : f64[] @ models/lib/nn.yaml:79:7
%6821 = pow %5112, %6817 : f64[] @ models/lib/nn.yaml:79:7
%6822 = sub %5085, %6821 : f64[] @ models/lib/nn.yaml:79:7
%6823 = sqrt %6822 : f64[] @ models/lib/nn.yaml:79:7
%6824 = div %5085, %6823 : f64[] @ models/lib/nn.yaml:79:7
%6825 = sqrt %6816 : f32[16,16] @ models/lib/nn.yaml:79:7
%6826 = cast %6824 : f32[] @ models/lib/nn.yaml:79:7
%6827 = broadcast %6826 : f32[16,16] @ models/lib/nn.yaml:79:7
%6828 = mul %6825, %6827 : f32[16,16] @ models/lib/nn.yaml:79:7
%6829 = add %6828, %5527 : f32[16,16] @ models/lib/nn.yaml:79:7
%6830 = div %6812, %6829 : f32[16,16] @ models/lib/nn.yaml:79:7
%6831 = cast %6820 : f32[] @ models/lib/nn.yaml:79:7
%6832 = broadcast %6831 : f32[16,16] @ models/lib/nn.yaml:79:7
%6833 = mul %6830, %6832 : f32[16,16] @ models/lib/nn.yaml:79:7
%6834 = sub %6809, %6833 : f32[16,16] @ models/lib/nn.yaml:79:7
%6835 = assign %39, %6834 : f32[16,16] @ models/lib/nn.yaml:79:7
%6836 = assign %6805, %6812 : f32[16,16] @ models/lib/nn.yaml:79:7
%6837 = assign %6806, %6816 : f32[16,16] @ models/lib/nn.yaml:79:7
%6838 = assign %6807, %6808 : i64[] @ models/lib/nn.yaml:79:7
%6839 = mul %117, %5538 : f32[16,16] @ models/lib/nn.yaml:79:7
%6840 = mul %6834, %5540 : f32[16,16] @ models/lib/nn.yaml:79:7
%6841 = add %6839, %6840 : f32[16,16] @ models/lib/nn.yaml:79:7
%6842 = assign %117, %6841 : f32[16,16] @ models/lib/nn.yaml:79:7
%6843 = all_reduce_sum %4620 : f32[16] @ models/lib/nn.yaml:80:7
%6844 = mul %6843, %6843 : f32[16] @ models/lib/nn.yaml:80:7
%6845 = reduce_sum %6844 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6846 = sqrt %6845 : f32[] @ models/lib/nn.yaml:80:7
%6847 = cast %6846 : f64[] @ models/lib/nn.yaml:80:7
%6848 = add %6847, %5081 : f64[] @ models/lib/nn.yaml:80:7
%6849 = div %5083, %6848 : f64[] @ models/lib/nn.yaml:80:7
%6850 = lt %6849, %5085 : bool[] @ models/lib/nn.yaml:80:7
%6851 = cast %6849 : f32[] @ models/lib/nn.yaml:80:7
%6852 = broadcast %6851 : f32[16] @ models/lib/nn.yaml:80:7
%6853 = mul %6843, %6852 : f32[16] @ models/lib/nn.yaml:80:7
%6854 = broadcast %6850 : bool[16] @ models/lib/nn.yaml:80:7
%6855 = select %6854, %6853, %6843 : f32[16] @ models/lib/nn.yaml:80:7
%6856 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6857 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6858 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6859 = add %6858, %5095 : i64[] @ models/lib/nn.yaml:80:7
%6860 = mul %6855, %5227 : f32[16] @ models/lib/nn.yaml:80:7
%6861 = mul %6856, %5229 : f32[16] @ models/lib/nn.yaml:80:7
%6862 = add %6861, %6860 : f32[16] @ models/lib/nn.yaml:80:7
%6863 = mul %6855, %6855 : f32[16] @ models/lib/nn.yaml:80:7
%6864 = mul %6863, %5233 : f32[16] @ models/lib/nn.yaml:80:7
%6865 = mul %6857, %5235 : f32[16] @ models/lib/nn.yaml:80:7
%6866 = add %6865, %6864 : f32[16] @ models/lib/nn.yaml:80:7
%6867 = cast %6859 : f64[] @ models/lib/nn.yaml:80:7
%6868 = pow %5104, %6867 : f64[] @ models/lib/nn.yaml:80:7
%6869 = sub %5085, %6868 : f64[] @ models/lib/nn.yaml:80:7
%6870 = div %3087, %6869 : f64[] @ models/lib/nn.yaml:80:7
%6871 = pow %5112, %6867 : f64[] @ models/lib/nn.yaml:80:7
%6872 = sub %5085, %6871 : f64[] @ models/lib/nn.yaml:80:7
%6873 = sqrt %6872 : f64[] @ models/lib/nn.yaml:80:7
%6874 = div %5085, %6873 : f64[] @ models/lib/nn.yaml:80:7
%6875 = sqrt %6866 : f32[16] @ models/lib/nn.yaml:80:7
%6876 = cast %6874 : f32[] @ models/lib/nn.yaml:80:7
%6877 = broadcast %6876 : f32[16] @ models/lib/nn.yaml:80:7
%6878 = mul %6875, %6877 : f32[16] @ models/lib/nn.yaml:80:7
%6879 = add %6878, %5250 : f32[16] @ models/lib/nn.yaml:80:7
%6880 = div %6862, %6879 : f32[16] @ models/lib/nn.yaml:80:7
%6881 = cast %6870 : f32[] @ models/lib/nn.yaml:80:7
%6882 = broadcast %6881 : f32[16] @ models/lib/nn.yaml:80:7
%6883 = mul %6880, %6882 : f32[16] @ models/lib/nn.yaml:80:7
%6884 = sub %40, %6883 : f32[16] @ models/lib/nn.yaml:80:7
%6885 = assign %40, %6884 : f32[16] @ models/lib/nn.yaml:80:7
%6886 = assign %6856, %6862 : f32[16] @ models/lib/nn.yaml:80:7
%6887 = assign %6857, %6866 : f32[16] @ models/lib/nn.yaml:80:7
%6888 = assign %6858, %6859 : i64[] @ models/lib/nn.yaml:80:7
%6889 = mul %118, %5261 : f32[16] @ models/lib/nn.yaml:80:7
%6890 = mul %6884, %5263 : f32[16] @ models/lib/nn.yaml:80:7
%6891 = add %6889, %6890 : f32[16] @ models/lib/nn.yaml:80:7
%6892 = assign %118, %6891 : f32[16] @ models/lib/nn.yaml:80:7
%6893 = all_reduce_sum %4612 : f32[16,16] @ models/lib/nn.yaml:79:7
%6894 = reshape %6893 : f32[256] @ models/lib/nn.yaml:79:7
%6895 = mul %6894, %6894 : f32[256] @ models/lib/nn.yaml:79:7
%6896 = reduce_sum %6895 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6897 = sqrt %6896 : f32[] @ models/lib/nn.yaml:79:7
%6898 = cast %6897 : f64[] @ models/lib/nn.yaml:79:7
%6899 = add %6898, %5081 : f64[] @ models/lib/nn.yaml:79:7
%6900 = div %5083, %6899 : f64[] @ models/lib/nn.yaml:79:7
%6901 = lt %6900, %5085 : bool[] @ models/lib/nn.yaml:79:7
%6902 = cast %6900 : f32[] @ models/lib/nn.yaml:79:7
%6903 = broadcast %6902 : f32[16,16] @ models/lib/nn.yaml:79:7
%6904 = mul %6893, %6903 : f32[16,16] @ models/lib/nn.yaml:79:7
%6905 = broadcast %6901 : bool[16,16] @ models/lib/nn.yaml:79:7
%6906 = select %6905, %6904, %6893 : f32[16,16] @ models/lib/nn.yaml:79:7
%6907 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6908 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6909 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6910 = add %6909, %5095 : i64[] @ models/lib/nn.yaml:79:7
%6911 = mul %41, %5502 : f32[16,16] @ models/lib/nn.yaml:79:7
%6912 = mul %6906, %5504 : f32[16,16] @ models/lib/nn.yaml:79:7
%6913 = mul %6907, %5506 : f32[16,16] @ models/lib/nn.yaml:79:7
%6914 = add %6913, %6912 : f32[16,16] @ models/lib/nn.yaml:79:7
%6915 = mul %6906, %6906 : f32[16,16] @ models/lib/nn.yaml:79:7
%6916 = mul %6915, %5510 : f32[16,16] @ models/lib/nn.yaml:79:7
%6917 = mul %6908, %5512 : f32[16,16] @ models/lib/nn.yaml:79:7
%6918 = add %6917, %6916 : f32[16,16] @ models/lib/nn.yaml:79:7
%6919 = cast %6910 : f64[] @ models/lib/nn.yaml:79:7
%6920 = pow %5104, %6919 : f64[] @ models/lib/nn.yaml:79:7
%6921 = sub %5085, %6920 : f64[] @ models/lib/nn.yaml:79:7
%6922 = div %3087, %6921 : f64[] @ models/lib/nn.yaml:79:7
%6923 = pow %5112, %6919 : f64[] @ models/lib/nn.yaml:79:7
%6924 = sub %5085, %6923 : f64[] @ models/lib/nn.yaml:79:7
%6925 = sqrt %6924 : f64[] @ models/lib/nn.yaml:79:7
%6926 = div %5085, %6925 : f64[] @ models/lib/nn.yaml:79:7
%6927 = sqrt %6918 : f32[16,16] @ models/lib/nn.yaml:79:7
%6928 = cast %6926 : f32[] @ models/lib/nn.yaml:79:7
%6929 = broadcast %6928 : f32[16,16] @ models/lib/nn.yaml:79:7
%6930 = mul %6927, %6929 : f32[16,16] @ models/lib/nn.yaml:79:7
%6931 = add %6930, %5527 : f32[16,16] @ models/lib/nn.yaml:79:7
%6932 = div %6914, %6931 : f32[16,16] @ models/lib/nn.yaml:79:7
%6933 = cast %6922 : f32[] @ models/lib/nn.yaml:79:7
%6934 = broadcast %6933 : f32[16,16] @ models/lib/nn.yaml:79:7
%6935 = mul %6932, %6934 : f32[16,16] @ models/lib/nn.yaml:79:7
%6936 = sub %6911, %6935 : f32[16,16] @ models/lib/nn.yaml:79:7
%6937 = assign %41, %6936 : f32[16,16] @ models/lib/nn.yaml:79:7
%6938 = assign %6907, %6914 : f32[16,16] @ models/lib/nn.yaml:79:7
%6939 = assign %6908, %6918 : f32[16,16] @ models/lib/nn.yaml:79:7
%6940 = assign %6909, %6910 : i64[] @ models/lib/nn.yaml:79:7
%6941 = mul %119, %5538 : f32[16,16] @ models/lib/nn.yaml:79:7
%6942 = mul %6936, %5540 : f32[16,16] @ models/lib/nn.yaml:79:7
%6943 = add %6941, %6942 : f32[16,16] @ models/lib/nn.yaml:79:7
%6944 = assign %119, %6943 : f32[16,16] @ models/lib/nn.yaml:79:7
%6945 = all_reduce_sum %4603 : f32[16] @ models/lib/nn.yaml:80:7
%6946 = mul %6945, %6945 : f32[16] @ models/lib/nn.yaml:80:7
%6947 = reduce_sum %6946 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6948 = sqrt %6947 : f32[] @ models/lib/nn.yaml:80:7
%6949 = cast %6948 : f64[] @ models/lib/nn.yaml:80:7
%6950 = add %6949, %5081 : f64[] @ models/lib/nn.yaml:80:7
%6951 = div %5083, %6950 : f64[] @ models/lib/nn.yaml:80:7
%6952 = lt %6951, %5085 : bool[] @ models/lib/nn.yaml:80:7
%6953 = cast %6951 : f32[] @ models/lib/nn.yaml:80:7
%6954 = broadcast %6953 : f32[16] @ models/lib/nn.yaml:80:7
%6955 = mul %6945, %6954 : f32[16] @ models/lib/nn.yaml:80:7
%6956 = broadcast %6952 : bool[16] @ models/lib/nn.yaml:80:7
%6957 = select %6956, %6955, %6945 : f32[16] @ models/lib/nn.yaml:80:7
%6958 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6959 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6960 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6961 = add %6960, %5095 : i64[] @ models/lib/nn.yaml:80:7
%6962 = mul %6957, %5227 : f32[16] @ models/lib/nn.yaml:80:7
%6963 = mul %6958, %5229 : f32[16] @ models/lib/nn.yaml:80:7
%6964 = add %6963, %6962 : f32[16] @ models/lib/nn.yaml:80:7
%6965 = mul %6957, %6957 : f32[16] @ models/lib/nn.yaml:80:7
%6966 = mul %6965, %5233 : f32[16] @ models/lib/nn.yaml:80:7
%6967 = mul %6959, %5235 : f32[16] @ models/lib/nn.yaml:80:7
%6968 = add %6967, %6966 : f32[16] @ models/lib/nn.yaml:80:7
%6969 = cast %6961 : f64[] @ models/lib/nn.yaml:80:7
%6970 = pow %5104, %6969 : f64[] @ models/lib/nn.yaml:80:7
%6971 = sub %5085, %6970 : f64[] @ models/lib/nn.yaml:80:7
%6972 = div %3087, %6971 : f64[] @ models/lib/nn.yaml:80:7
%6973 = pow %5112, %6969 : f64[] @ models/lib/nn.yaml:80:7
%6974 = sub %5085, %6973 : f64[] @ models/lib/nn.yaml:80:7
%6975 = sqrt %6974 : f64[] @ models/lib/nn.yaml:80:7
%6976 = div %5085, %6975 : f64[] @ models/lib/nn.yaml:80:7
%6977 = sqrt %6968 : f32[16] @ models/lib/nn.yaml:80:7
%6978 = cast %6976 : f32[] @ models/lib/nn.yaml:80:7
%6979 = broadcast %6978 : f32[16] @ models/lib/nn.yaml:80:7
%6980 = mul %6977, %6979 : f32[16] @ models/lib/nn.yaml:80:7
%6981 = add %6980, %5250 : f32[16] @ models/lib/nn.yaml:80:7
%6982 = div %6964, %6981 : f32[16] @ models/lib/nn.yaml:80:7
%6983 = cast %6972 : f32[] @ models/lib/nn.yaml:80:7
%6984 = broadcast %6983 : f32[16] @ models/lib/nn.yaml:80:7
%6985 = mul %6982, %6984 : f32[16] @ models/lib/nn.yaml:80:7
%6986 = sub %42, %6985 : f32[16] @ models/lib/nn.yaml:80:7
%6987 = assign %42, %6986 : f32[16] @ models/lib/nn.yaml:80:7
%6988 = assign %6958, %6964 : f32[16] @ models/lib/nn.yaml:80:7
%6989 = assign %6959, %6968 : f32[16] @ models/lib/nn.yaml:80:7
%6990 = assign %6960, %6961 : i64[] @ models/lib/nn.yaml:80:7
%6991 = mul %120, %5261 : f32[16] @ models/lib/nn.yaml:80:7
%6992 = mul %6986, %5263 : f32[16] @ models/lib/nn.yaml:80:7
%6993 = add %6991, %6992 : f32[16] @ models/lib/nn.yaml:80:7
%6994 = assign %120, %6993 : f32[16] @ models/lib/nn.yaml:80:7
%6995 = all_reduce_sum %4544 : f32[16,16] @ models/lib/nn.yaml:79:7
%6996 = reshape %6995 : f32[256] @ models/lib/nn.yaml:79:7
%6997 = mul %6996, %6996 : f32[256] @ models/lib/nn.yaml:79:7
%6998 = reduce_sum %6997 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6999 = sqrt %6998 : f32[] @ models/lib/nn.yaml:79:7
%7000 = cast %6999 : f64[] @ models/lib/nn.yaml:79:7
%7001 = add %7000, %5081 : f64[] @ models/lib/nn.yaml:79:7
%7002 = div %5083, %7001 : f64[] @ models/lib/nn.yaml:79:7
%7003 = lt %7002, %5085 : bool[] @ models/lib/nn.yaml:79:7
%7004 = cast %7002 : f32[] @ models/lib/nn.yaml:79:7
%7005 = broadcast %7004 : f32[16,16] @ models/lib/nn.yaml:79:7
%7006 = mul %6995, %7005 : f32[16,16] @ models/lib/nn.yaml:79:7
%7007 = broadcast %7003 : bool[16,16] @ models/lib/nn.yaml:79:7
%7008 = select %7007, %7006, %6995 : f32[16,16] @ models/lib/nn.yaml:79:7
%7009 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7010 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7011 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7012 = add %7011, %5095 : i64[] @ models/lib/nn.yaml:79:7
%7013 = mul %43, %5502 : f32[16,16] @ models/lib/nn.yaml:79:7
%7014 = mul %7008, %5504 : f32[16,16] @ models/lib/nn.yaml:79:7
%7015 = mul %7009, %5506 : f32[16,16] @ models/lib/nn.yaml:79:7
%7016 = add %7015, %7014 : f32[16,16] @ models/lib/nn.yaml:79:7
%7017 = mul %7008, %7008 : f32[16,16] @ models/lib/nn.yaml:79:7
%7018 = mul %7017, %5510 : f32[16,16] @ models/lib/nn.yaml:79:7
%7019 = mul %7010, %5512 : f32[16,16] @ models/lib/nn.yaml:79:7
%7020 = add %7019, %7018 : f32[16,16] @ models/lib/nn.yaml:79:7
%7021 = cast %7012 : f64[] @ models/lib/nn.yaml:79:7
%7022 = pow %5104, %7021 : f64[] @ models/lib/nn.yaml:79:7
%7023 = sub %5085, %7022 : f64[] @ models/lib/nn.yaml:79:7
%7024 = div %3087, %7023 : f64[] @ models/lib/nn.yaml:79:7
%7025 = pow %5112, %7021 : f64[] @ models/lib/nn.yaml:79:7
%7026 = sub %5085, %7025 : f64[] @ models/lib/nn.yaml:79:7
%7027 = sqrt %7026 : f64[] @ models/lib/nn.yaml:79:7
%7028 = div %5085, %7027 : f64[] @ models/lib/nn.yaml:79:7
%7029 = sqrt %7020 : f32[16,16] @ models/lib/nn.yaml:79:7
%7030 = cast %7028 : f32[] @ models/lib/nn.yaml:79:7
%7031 = broadcast %7030 : f32[16,16] @ models/lib/nn.yaml:79:7
%7032 = mul %7029, %7031 : f32[16,16] @ models/lib/nn.yaml:79:7
%7033 = add %7032, %5527 : f32[16,16] @ models/lib/nn.yaml:79:7
%7034 = div %7016, %7033 : f32[16,16] @ models/lib/nn.yaml:79:7
%7035 = cast %7024 : f32[] @ models/lib/nn.yaml:79:7
%7036 = broadcast %7035 : f32[16,16] @ models/lib/nn.yaml:79:7
%7037 = mul %7034, %7036 : f32[16,16] @ models/lib/nn.yaml:79:7
%7038 = sub %7013, %7037 : f32[16,16] @ models/lib/nn.yaml:79:7
%7039 = assign %43, %7038 : f32[16,16] @ models/lib/nn.yaml:79:7
%7040 = assign %7009, %7016 : f32[16,16] @ models/lib/nn.yaml:79:7
%7041 = assign %7010, %7020 : f32[16,16] @ models/lib/nn.yaml:79:7
%7042 = assign %7011, %7012 : i64[] @ models/lib/nn.yaml:79:7
%7043 = mul %121, %5538 : f32[16,16] @ models/lib/nn.yaml:79:7
%7044 = mul %7038, %5540 : f32[16,16] @ models/lib/nn.yaml:79:7
%7045 = add %7043, %7044 : f32[16,16] @ models/lib/nn.yaml:79:7
%7046 = assign %121, %7045 : f32[16,16] @ models/lib/nn.yaml:79:7
%7047 = all_reduce_sum %4536 : f32[16] @ models/lib/nn.yaml:80:7
%7048 = mul %7047, %7047 : f32[16] @ models/lib/nn.yaml:80:7
%7049 = reduce_sum %7048 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7050 = sqrt %7049 : f32[] @ models/lib/nn.yaml:80:7
%7051 = cast %7050 : f64[] @ models/lib/nn.yaml:80:7
%7052 = add %7051, %5081 : f64[] @ models/lib/nn.yaml:80:7
%7053 = div %5083, %7052 : f64[] @ models/lib/nn.yaml:80:7
%7054 = lt %7053, %5085 : bool[] @ models/lib/nn.yaml:80:7
%7055 = cast %7053 : f32[] @ models/lib/nn.yaml:80:7
%7056 = broadcast %7055 : f32[16] @ models/lib/nn.yaml:80:7
%7057 = mul %7047, %7056 : f32[16] @ models/lib/nn.yaml:80:7
%7058 = broadcast %7054 : bool[16] @ models/lib/nn.yaml:80:7
%7059 = select %7058, %7057, %7047 : f32[16] @ models/lib/nn.yaml:80:7
%7060 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7061 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7062 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7063 = add %7062, %5095 : i64[] @ models/lib/nn.yaml:80:7
%7064 = mul %7059, %5227 : f32[16] @ models/lib/nn.yaml:80:7
%7065 = mul %7060, %5229 : f32[16] @ models/lib/nn.yaml:80:7
%7066 = add %7065, %7064 : f32[16] @ models/lib/nn.yaml:80:7
%7067 = mul %7059, %7059 : f32[16] @ models/lib/nn.yaml:80:7
%7068 = mul %7067, %5233 : f32[16] @ models/lib/nn.yaml:80:7
%7069 = mul %7061, %5235 : f32[16] @ models/lib/nn.yaml:80:7
%7070 = add %7069, %7068 : f32[16] @ models/lib/nn.yaml:80:7
%7071 = cast %7063 : f64[] @ models/lib/nn.yaml:80:7
%7072 = pow %5104, %7071 : f64[] @ models/lib/nn.yaml:80:7
%7073 = sub %5085, %7072 : f64[] @ models/lib/nn.yaml:80:7
%7074 = div %3087, %7073 : f64[] @ models/lib/nn.yaml:80:7
%7075 = pow %5112, %7071 : f64[] @ models/lib/nn.yaml:80:7
%7076 = sub %5085, %7075 : f64[] @ models/lib/nn.yaml:80:7
%7077 = sqrt %7076 : f64[] @ models/lib/nn.yaml:80:7
%7078 = div %5085, %7077 : f64[] @ models/lib/nn.yaml:80:7
%7079 = sqrt %7070 : f32[16] @ models/lib/nn.yaml:80:7
%7080 = cast %7078 : f32[] @ models/lib/nn.yaml:80:7
%7081 = broadcast %7080 : f32[16] @ models/lib/nn.yaml:80:7
%7082 = mul %7079, %7081 : f32[16] @ models/lib/nn.yaml:80:7
%7083 = add %7082, %5250 : f32[16] @ models/lib/nn.yaml:80:7
%7084 = div %7066, %7083 : f32[16] @ models/lib/nn.yaml:80:7
%7085 = cast %7074 : f32[] @ models/lib/nn.yaml:80:7
%7086 = broadcast %7085 : f32[16] @ models/lib/nn.yaml:80:7
%7087 = mul %7084, %7086 : f32[16] @ models/lib/nn.yaml:80:7
%7088 = sub %44, %7087 : f32[16] @ models/lib/nn.yaml:80:7
%7089 = assign %44, %7088 : f32[16] @ models/lib/nn.yaml:80:7
%7090 = assign %7060, %7066 : f32[16] @ models/lib/nn.yaml:80:7
%7091 = assign %7061, %7070 : f32[16] @ models/lib/nn.yaml:80:7
%7092 = assign %7062, %7063 : i64[] @ models/lib/nn.yaml:80:7
%7093 = mul %122, %5261 : f32[16] @ models/lib/nn.yaml:80:7
%7094 = mul %7088, %5263 : f32[16] @ models/lib/nn.yaml:80:7
%7095 = add %7093, %7094 : f32[16] @ models/lib/nn.yaml:80:7
%7096 = assign %122, %7095 : f32[16] @ models/lib/nn.yaml:80:7
%7097 = all_reduce_sum %4515 : f32[16] @ models/lib/nn.yaml:89:7
%7098 = mul %7097, %7097 : f32[16] @ models/lib/nn.yaml:89:7
%7099 = reduce_sum %7098 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7100 = sqrt %7099 : f32[] @ models/lib/nn.yaml:89:7
%7101 = cast %7100 : f64[] @ models/lib/nn.yaml:89:7
%7102 = add %7101, %5081 : f64[] @ models/lib/nn.yaml:89:7
%7103 = div %5083, %7102 : f64[] @ models/lib/nn.yaml:89:7
%7104 = lt %7103, %5085 : bool[] @ models/lib/nn.yaml:89:7
%7105 = cast %7103 : f32[] @ models/lib/nn.yaml:89:7
%7106 = broadcast %7105 : f32[16] @ models/lib/nn.yaml:89:7
%7107 = mul %7097, %7106 : f32[16] @ models/lib/nn.yaml:89:7
%7108 = broadcast %7104 : bool[16] @ models/lib/nn.yaml:89:7
%7109 = select %7108, %7107, %7097 : f32[16] @ models/lib/nn.yaml:89:7
%7110 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7111 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7112 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7113 = add %7112, %5095 : i64[] @ models/lib/nn.yaml:89:7
%7114 = mul %7109, %5227 : f32[16] @ models/lib/nn.yaml:89:7
%7115 = mul %7110, %5229 : f32[16] @ models/lib/nn.yaml:89:7
%7116 = add %7115, %7114 : f32[16] @ models/lib/nn.yaml:89:7
%7117 = mul %7109, %7109 : f32[16] @ models/lib/nn.yaml:89:7
%7118 = mul %7117, %5233 : f32[16] @ models/lib/nn.yaml:89:7
%7119 = mul %7111, %5235 : f32[16] @ models/lib/nn.yaml:89:7
%7120 = add %7119, %7118 : f32[16] @ models/lib/nn.yaml:89:7
%7121 = cast %7113 : f64[] @ models/lib/nn.yaml:89:7
%7122 = pow %5104, %7121 : f64[] @ models/lib/nn.yaml:89:7
%7123 = sub %5085, %7122 : f64[] @ models/lib/nn.yaml:89:7
%7124 = div %3087, %7123 : f64[] @ models/lib/nn.yaml:89:7
%7125 = pow %5112, %7121 : f64[] @ models/lib/nn.yaml:89:7
%7126 = sub %5085, %7125 : f64[] @ models/lib/nn.yaml:89:7
%7127 = sqrt %7126 : f64[] @ models/lib/nn.yaml:89:7
%7128 = div %5085, %7127 : f64[] @ models/lib/nn.yaml:89:7
%7129 = sqrt %7120 : f32[16] @ models/lib/nn.yaml:89:7
%7130 = cast %7128 : f32[] @ models/lib/nn.yaml:89:7
%7131 = broadcast %7130 : f32[16] @ models/lib/nn.yaml:89:7
%7132 = mul %7129, %7131 : f32[16] @ models/lib/nn.yaml:89:7
%7133 = add %7132, %5250 : f32[16] @ models/lib/nn.yaml:89:7
%7134 = div %7116, %7133 : f32[16] @ models/lib/nn.yaml:89:7
%7135 = cast %7124 : f32[] @ models/lib/nn.yaml:89:7
%7136 = broadcast %7135 : f32[16] @ models/lib/nn.yaml:89:7
%7137 = mul %7134, %7136 : f32[16] @ models/lib/nn.yaml:89:7
%7138 = sub %45, %7137 : f32[16] @ models/lib/nn.yaml:89:7
%7139 = assign %45, %7138 : f32[16] @ models/lib/nn.yaml:89:7
%7140 = assign %7110, %7116 : f32[16] @ models/lib/nn.yaml:89:7
%7141 = assign %7111, %7120 : f32[16] @ models/lib/nn.yaml:89:7
%7142 = assign %7112, %7113 : i64[] @ models/lib/nn.yaml:89:7
%7143 = mul %123, %5261 : f32[16] @ models/lib/nn.yaml:89:7
%7144 = mul %7138, %5263 : f32[16] @ models/lib/nn.yaml:89:7
%7145 = add %7143, %7144 : f32[16] @ models/lib/nn.yaml:89:7
%7146 = assign %123, %7145 : f32[16] @ models/lib/nn.yaml:89:7
%7147 = all_reduce_sum %4510 : f32[16] @ models/lib/nn.yaml:90:7
%7148 = mul %7147, %7147 : f32[16] @ models/lib/nn.yaml:90:7
%7149 = reduce_sum %7148 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7150 = sqrt %7149 : f32[] @ models/lib/nn.yaml:90:7
%7151 = cast %7150 : f64[] @ models/lib/nn.yaml:90:7
%7152 = add %7151, %5081 : f64[] @ models/lib/nn.yaml:90:7
%7153 = div %5083, %7152 : f64[] @ models/lib/nn.yaml:90:7
%7154 = lt %7153, %5085 : bool[] @ models/lib/nn.yaml:90:7
%7155 = cast %7153 : f32[] @ models/lib/nn.yaml:90:7
%7156 = broadcast %7155 : f32[16] @ models/lib/nn.yaml:90:7
%7157 = mul %7147, %7156 : f32[16] @ models/lib/nn.yaml:90:7
%7158 = broadcast %7154 : bool[16] @ models/lib/nn.yaml:90:7
%7159 = select %7158, %7157, %7147 : f32[16] @ models/lib/nn.yaml:90:7
%7160 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7161 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7162 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7163 = add %7162, %5095 : i64[] @ models/lib/nn.yaml:90:7
%7164 = mul %7159, %5227 : f32[16] @ models/lib/nn.yaml:90:7
%7165 = mul %7160, %5229 : f32[16] @ models/lib/nn.yaml:90:7
%7166 = add %7165, %7164 : f32[16] @ models/lib/nn.yaml:90:7
%7167 = mul %7159, %7159 : f32[16] @ models/lib/nn.yaml:90:7
%7168 = mul %7167, %5233 : f32[16] @ models/lib/nn.yaml:90:7
%7169 = mul %7161, %5235 : f32[16] @ models/lib/nn.yaml:90:7
%7170 = add %7169, %7168 : f32[16] @ models/lib/nn.yaml:90:7
%7171 = cast %7163 : f64[] @ models/lib/nn.yaml:90:7
%7172 = pow %5104, %7171 : f64[] @ models/lib/nn.yaml:90:7
%7173 = sub %5085, %7172 : f64[] @ models/lib/nn.yaml:90:7
%7174 = div %3087, %7173 : f64[] @ models/lib/nn.yaml:90:7
%7175 = pow %5112, %7171 : f64[] @ models/lib/nn.yaml:90:7
%7176 = sub %5085, %7175 : f64[] @ models/lib/nn.yaml:90:7
%7177 = sqrt %7176 : f64[] @ models/lib/nn.yaml:90:7
%7178 = div %5085, %7177 : f64[] @ models/lib/nn.yaml:90:7
%7179 = sqrt %7170 : f32[16] @ models/lib/nn.yaml:90:7
%7180 = cast %7178 : f32[] @ models/lib/nn.yaml:90:7
%7181 = broadcast %7180 : f32[16] @ models/lib/nn.yaml:90:7
%7182 = mul %7179, %7181 : f32[16] @ models/lib/nn.yaml:90:7
%7183 = add %7182, %5250 : f32[16] @ models/lib/nn.yaml:90:7
%7184 = div %7166, %7183 : f32[16] @ models/lib/nn.yaml:90:7
%7185 = cast %7174 : f32[] @ models/lib/nn.yaml:90:7
%7186 = broadcast %7185 : f32[16] @ models/lib/nn.yaml:90:7
%7187 = mul %7184, %7186 : f32[16] @ models/lib/nn.yaml:90:7
%7188 = sub %46, %7187 : f32[16] @ models/lib/nn.yaml:90:7
%7189 = assign %46, %7188 : f32[16] @ models/lib/nn.yaml:90:7
%7190 = assign %7160, %7166 : f32[16] @ models/lib/nn.yaml:90:7
%7191 = assign %7161, %7170 : f32[16] @ models/lib/nn.yaml:90:7
%7192 = assign %7162, %7163 : i64[] @ models/lib/nn.yaml:90:7
%7193 = mul %124, %5261 : f32[16] @ models/lib/nn.yaml:90:7
%7194 = mul %7188, %5263 : f32[16] @ models/lib/nn.yaml:90:7
%7195 = add %7193, %7194 : f32[16] @ models/lib/nn.yaml:90:7
%7196 = assign %124, %7195 : f32[16] @ models/lib/nn.yaml:90:7
%7197 = all_reduce_sum %4506 : f32[64,16] @ models/lib/nn.yaml:79:7
%7198 = reshape %7197 : f32[1024] @ models/lib/nn.yaml:79:7
%7199 = mul %7198, %7198 : f32[1024] @ models/lib/nn.yaml:79:7
%7200 = reduce_sum %7199 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7201 = sqrt %7200 : f32[] @ models/lib/nn.yaml:79:7
%7202 = cast %7201 : f64[] @ models/lib/nn.yaml:79:7
%7203 = add %7202, %5081 : f64[] @ models/lib/nn.yaml:79:7
%7204 = div %5083, %7203 : f64[] @ models/lib/nn.yaml:79:7
%7205 = lt %7204, %5085 : bool[] @ models/lib/nn.yaml:79:7
%7206 = cast %7204 : f32[] @ models/lib/nn.yaml:79:7
%7207 = broadcast %7206 : f32[64,16] @ models/lib/nn.yaml:79:7
%7208 = mul %7197, %7207 : f32[64,16] @ models/lib/nn.yaml:79:7
%7209 = broadcast %7205 : bool[64,16] @ models/lib/nn.yaml:79:7
%7210 = select %7209, %7208, %7197 : f32[64,16] @ models/lib/nn.yaml:79:7
%7211 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7212 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7213 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7214 = add %7213, %5095 : i64[] @ models/lib/nn.yaml:79:7
%7215 = mul %47, %5712 : f32[64,16] @ models/lib/nn.yaml:79:7
%7216 = mul %7210, %5714 : f32[64,16] @ models/lib/nn.yaml:79:7
%7217 = mul %7211, %5716 : f32[64,16] @ models/lib/nn.yaml:79:7
%7218 = add %7217, %7216 : f32[64,16] @ models/lib/nn.yaml:79:7
%7219 = mul %7210, %7210 : f32[64,16] @ models/lib/nn.yaml:79:7
%7220 = mul %7219, %5720 : f32[64,16] @ models/lib/nn.yaml:79:7
%7221 = mul %7212, %5722 : f32[64,16] @ models/lib/nn.yaml:79:7
%7222 = add %7221, %7220 : f32[64,16] @ models/lib/nn.yaml:79:7
%7223 = cast %7214 : f64[] @ models/lib/nn.yaml:79:7
%7224 = pow %5104, %7223 : f64[] @ models/lib/nn.yaml:79:7
%7225 = sub %5085, %7224 : f64[] @ models/lib/nn.yaml:79:7
%7226 = div %3087, %7225 : f64[] @ models/lib/nn.yaml:79:7
%7227 = pow %5112, %7223 : f64[] @ models/lib/nn.yaml:79:7
%7228 = sub %5085, %7227 : f64[] @ models/lib/nn.yaml:79:7
%7229 = sqrt %7228 : f64[] @ models/lib/nn.yaml:79:7
%7230 = div %5085, %7229 : f64[] @ models/lib/nn.yaml:79:7
%7231 = sqrt %7222 : f32[64,16] @ models/lib/nn.yaml:79:7
%7232 = cast %7230 : f32[] @ models/lib/nn.yaml:79:7
%7233 = broadcast %7232 : f32[64,16] @ models/lib/nn.yaml:79:7
%7234 = mul %7231, %7233 : f32[64,16] @ models/lib/nn.yaml:79:7
%7235 = add %7234, %5737 : f32[64,16] @ models/lib/nn.yaml:79:7
%7236 = div %7218, %7235 : f32[64,16] @ models/lib/nn.yaml:79:7
%7237 = cast %7226 : f32[] @ models/lib/nn.yaml:79:7
%7238 = broadcast %7237 : f32[64,16] @ models/lib/nn.yaml:79:7
%7239 = mul %7236, %7238 : f32[64,16] @ models/lib/nn.yaml:79:7
%7240 = sub %7215, %7239 : f32[64,16] @ models/lib/nn.yaml:79:7
%7241 = assign %47, %7240 : f32[64,16] @ models/lib/nn.yaml:79:7
%7242 = assign %7211, %7218 : f32[64,16] @ models/lib/nn.yaml:79:7
%7243 = assign %7212, %7222 : f32[64,16] @ models/lib/nn.yaml:79:7
%7244 = assign %7213, %7214 : i64[] @ models/lib/nn.yaml:79:7
%7245 = mul %125, %5748 : f32[64,16] @ models/lib/nn.yaml:79:7
%7246 = mul %7240, %5750 : f32[64,16] @ models/lib/nn.yaml:79:7
%7247 = add %7245, %7246 : f32[64,16] @ models/lib/nn.yaml:79:7
%7248 = assign %125, %7247 : f32[64,16] @ models/lib/nn.yaml:79:7
%7249 = all_reduce_sum %4498 : f32[64] @ models/lib/nn.yaml:80:7
%7250 = mul %7249, %7249 : f32[64] @ models/lib/nn.yaml:80:7
%7251 = reduce_sum %7250 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7252 = sqrt %7251 : f32[] @ models/lib/nn.yaml:80:7
%7253 = cast %7252 : f64[] @ models/lib/nn.yaml:80:7
%7254 = add %7253, %5081 : f64[] @ models/lib/nn.yaml:80:7
%7255 = div %5083, %7254 : f64[] @ models/lib/nn.yaml:80:7
%7256 = lt %7255, %5085 : bool[] @ models/lib/nn.yaml:80:7
%7257 = cast %7255 : f32[] @ models/lib/nn.yaml:80:7
%7258 = broadcast %7257 : f32[64] @ models/lib/nn.yaml:80:7
%7259 = mul %7249, %7258 : f32[64] @ models/lib/nn.yaml:80:7
%7260 = broadcast %7256 : bool[64] @ models/lib/nn.yaml:80:7
%7261 = select %7260, %7259, %7249 : f32[64] @ models/lib/nn.yaml:80:7
%7262 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7263 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7264 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7265 = add %7264, %5095 : i64[] @ models/lib/nn.yaml:80:7
%7266 = mul %7261, %5771 : f32[64] @ models/lib/nn.yaml:80:7
%7267 = mul %7262, %5773 : f32[64] @ models/lib/nn.yaml:80:7
%7268 = add %7267, %7266 : f32[64] @ models/lib/nn.yaml:80:7
%7269 = mul %7261, %7261 : f32[64] @ models/lib/nn.yaml:80:7
%7270 = mul %7269, %5777 : f32[64] @ models/lib/nn.yaml:80:7
%7271 = mul %7263, %5779 : f32[64] @ models/lib/nn.yaml:80:7
%7272 = add %7271, %7270 : f32[64] @ models/lib/nn.yaml:80:7
%7273 = cast %7265 : f64[] @ models/lib/nn.yaml:80:7
%7274 = pow %5104, %7273 : f64[] @ models/lib/nn.yaml:80:7
%7275 = sub %5085, %7274 : f64[] @ models/lib/nn.yaml:80:7
%7276 = div %3087, %7275 : f64[] @ models/lib/nn.yaml:80:7
%7277 = pow %5112, %7273 : f64[] @ models/lib/nn.yaml:80:7
%7278 = sub %5085, %7277 : f64[] @ models/lib/nn.yaml:80:7
%7279 = sqrt %7278 : f64[] @ models/lib/nn.yaml:80:7
%7280 = div %5085, %7279 : f64[] @ models/lib/nn.yaml:80:7
%7281 = sqrt %7272 : f32[64] @ models/lib/nn.yaml:80:7
%7282 = cast %7280 : f32[] @ models/lib/nn.yaml:80:7
%7283 = broadcast %7282 : f32[64] @ models/lib/nn.yaml:80:7
%7284 = mul %7281, %7283 : f32[64] @ models/lib/nn.yaml:80:7
%7285 = add %7284, %5794 : f32[64] @ models/lib/nn.yaml:80:7
%7286 = div %7268, %7285 : f32[64] @ models/lib/nn.yaml:80:7
%7287 = cast %7276 : f32[] @ models/lib/nn.yaml:80:7
%7288 = broadcast %7287 : f32[64] @ models/lib/nn.yaml:80:7
%7289 = mul %7286, %7288 : f32[64] @ models/lib/nn.yaml:80:7
%7290 = sub %48, %7289 : f32[64] @ models/lib/nn.yaml:80:7
%7291 = assign %48, %7290 : f32[64] @ models/lib/nn.yaml:80:7
%7292 = assign %7262, %7268 : f32[64] @ models/lib/nn.yaml:80:7
%7293 = assign %7263, %7272 : f32[64] @ models/lib/nn.yaml:80:7
%7294 = assign %7264, %7265 : i64[] @ models/lib/nn.yaml:80:7
%7295 = mul %126, %5805 : f32[64] @ models/lib/nn.yaml:80:7
%7296 = mul %7290, %5807 : f32[64] @ models/lib/nn.yaml:80:7
%7297 = add %7295, %7296 : f32[64] @ models/lib/nn.yaml:80:7
%7298 = assign %126, %7297 : f32[64] @ models/lib/nn.yaml:80:7
%7299 = all_reduce_sum %4484 : f32[16,64] @ models/lib/nn.yaml:79:7
%7300 = reshape %7299 : f32[1024] @ models/lib/nn.yaml:79:7
%7301 = mul %7300, %7300 : f32[1024] @ models/lib/nn.yaml:79:7
%7302 = reduce_sum %7301 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7303 = sqrt %7302 : f32[] @ models/lib/nn.yaml:79:7
%7304 = cast %7303 : f64[] @ models/lib/nn.yaml:79:7
%7305 = add %7304, %5081 : f64[] @ models/lib/nn.yaml:79:7
%7306 = div %5083, %7305 : f64[] @ models/lib/nn.yaml:79:7
%7307 = lt %7306, %5085 : bool[] @ models/lib/nn.yaml:79:7
%7308 = cast %7306 : f32[] @ models/lib/nn.yaml:79:7
%7309 = broadcast %7308 : f32[16,64] @ models/lib/nn.yaml:79:7
%7310 = mul %7299, %7309 : f32[16,64] @ models/lib/nn.yaml:79:7
%7311 = broadcast %7307 : bool[16,64] @ models/lib/nn.yaml:79:7
%7312 = select %7311, %7310, %7299 : f32[16,64] @ models/lib/nn.yaml:79:7
%7313 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7314 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7315 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7316 = add %7315, %5095 : i64[] @ models/lib/nn.yaml:79:7
%7317 = mul %49, %5829 : f32[16,64] @ models/lib/nn.yaml:79:7
%7318 = mul %7312, %5831 : f32[16,64] @ models/lib/nn.yaml:79:7
%7319 = mul %7313, %5833 : f32[16,64] @ models/lib/nn.yaml:79:7
%7320 = add %7319, %7318 : f32[16,64] @ models/lib/nn.yaml:79:7
%7321 = mul %7312, %7312 : f32[16,64] @ models/lib/nn.yaml:79:7
%7322 = mul %7321, %5837 : f32[16,64] @ models/lib/nn.yaml:79:7
%7323 = mul %7314, %5839 : f32[16,64] @ models/lib/nn.yaml:79:7
%7324 = add %7323, %7322 : f32[16,64] @ models/lib/nn.yaml:79:7
%7325 = cast %7316 : f64[] @ models/lib/nn.yaml:79:7
%7326 = pow %5104, %7325 : f64[] @ models/lib/nn.yaml:79:7
%7327 = sub %5085, %7326 : f64[] @ models/lib/nn.yaml:79:7
%7328 = div %3087, %7327 : f64[] @ models/lib/nn.yaml:79:7
%7329 = pow %5112, %7325 : f64[] @ models/lib/nn.yaml:79:7
%7330 = sub %5085, %7329 : f64[] @ models/lib/nn.yaml:79:7
%7331 = sqrt %7330 : f64[] @ models/lib/nn.yaml:79:7
%7332 = div %5085, %7331 : f64[] @ models/lib/nn.yaml:79:7
%7333 = sqrt %7324 : f32[16,64] @ models/lib/nn.yaml:79:7
%7334 = cast %7332 : f32[] @ models/lib/nn.yaml:79:7
%7335 = broadcast %7334 : f32[16,64] @ models/lib/nn.yaml:79:7
%7336 = mul %7333, %7335 : f32[16,64] @ models/lib/nn.yaml:79:7
%7337 = add %7336, %5854 : f32[16,64] @ models/lib/nn.yaml:79:7
%7338 = div %7320, %7337 : f32[16,64] @ models/lib/nn.yaml:79:7
%7339 = cast %7328 : f32[] @ models/lib/nn.yaml:79:7
%7340 = broadcast %7339 : f32[16,64] @ models/lib/nn.yaml:79:7
%7341 = mul %7338, %7340 : f32[16,64] @ models/lib/nn.yaml:79:7
%7342 = sub %7317, %7341 : f32[16,64] @ models/lib/nn.yaml:79:7
%7343 = assign %49, %7342 : f32[16,64] @ models/lib/nn.yaml:79:7
%7344 = assign %7313, %7320 : f32[16,64] @ models/lib/nn.yaml:79:7
%7345 = assign %7314, %7324 : f32[16,64] @ models/lib/nn.yaml:79:7
%7346 = assign %7315, %7316 : i64[] @ models/lib/nn.yaml:79:7
%7347 = mul %127, %5865 : f32[16,64] @ models/lib/nn.yaml:79:7
%7348 = mul %7342, %5867 : f32[16,64] @ models/lib/nn.yaml:79:7
%7349 = add %7347, %7348 : f32[16,64] @ models/lib/nn.yaml:79:7
%7350 = assign %127, %7349 : f32[16,64] @ models/lib/nn.yaml:79:7
%7351 = all_reduce_sum %4476 : f32[16] @ models/lib/nn.yaml:80:7
%7352 = mul %7351, %7351 : f32[16] @ models/lib/nn.yaml:80:7
%7353 = reduce_sum %7352 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7354 = sqrt %7353 : f32[] @ models/lib/nn.yaml:80:7
%7355 = cast %7354 : f64[] @ models/lib/nn.yaml:80:7
%7356 = add %7355, %5081 : f64[] @ models/lib/nn.yaml:80:7
%7357 = div %5083, %7356 : f64[] @ models/lib/nn.yaml:80:7
%7358 = lt %7357, %5085 : bool[] @ models/lib/nn.yaml:80:7
%7359 = cast %7357 : f32[] @ models/lib/nn.yaml:80:7
%7360 = broadcast %7359 : f32[16] @ models/lib/nn.yaml:80:7
%7361 = mul %7351, %7360 : f32[16] @ models/lib/nn.yaml:80:7
%7362 = broadcast %7358 : bool[16] @ models/lib/nn.yaml:80:7
%7363 = select %7362, %7361, %7351 : f32[16] @ models/lib/nn.yaml:80:7
%7364 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7365 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7366 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7367 = add %7366, %5095 : i64[] @ models/lib/nn.yaml:80:7
%7368 = mul %7363, %5227 : f32[16] @ models/lib/nn.yaml:80:7
%7369 = mul %7364, %5229 : f32[16] @ models/lib/nn.yaml:80:7
%7370 = add %7369, %7368 : f32[16] @ models/lib/nn.yaml:80:7
%7371 = mul %7363, %7363 : f32[16] @ models/lib/nn.yaml:80:7
%7372 = mul %7371, %5233 : f32[16] @ models/lib/nn.yaml:80:7
%7373 = mul %7365, %5235 : f32[16] @ models/lib/nn.yaml:80:7
%7374 = add %7373, %7372 : f32[16] @ models/lib/nn.yaml:80:7
%7375 = cast %7367 : f64[] @ models/lib/nn.yaml:80:7
%7376 = pow %5104, %7375 : f64[] @ models/lib/nn.yaml:80:7
%7377 = sub %5085, %7376 : f64[] @ models/lib/nn.yaml:80:7
%7378 = div %3087, %7377 : f64[] @ models/lib/nn.yaml:80:7
%7379 = pow %5112, %7375 : f64[] @ models/lib/nn.yaml:80:7
%7380 = sub %5085, %7379 : f64[] @ models/lib/nn.yaml:80:7
%7381 = sqrt %7380 : f64[] @ models/lib/nn.yaml:80:7
%7382 = div %5085, %7381 : f64[] @ models/lib/nn.yaml:80:7
%7383 = sqrt %7374 : f32[16] @ models/lib/nn.yaml:80:7
%7384 = cast %7382 : f32[] @ models/lib/nn.yaml:80:7
%7385 = broadcast %7384 : f32[16] @ models/lib/nn.yaml:80:7
%7386 = mul %7383, %7385 : f32[16] @ models/lib/nn.yaml:80:7
%7387 = add %7386, %5250 : f32[16] @ models/lib/nn.yaml:80:7
%7388 = div %7370, %7387 : f32[16] @ models/lib/nn.yaml:80:7
%7389 = cast %7378 : f32[] @ models/lib/nn.yaml:80:7
%7390 = broadcast %7389 : f32[16] @ models/lib/nn.yaml:80:7
%7391 = mul %7388, %7390 : f32[16] @ models/lib/nn.yaml:80:7
%7392 = sub %50, %7391 : f32[16] @ models/lib/nn.yaml:80:7
%7393 = assign %50, %7392 : f32[16] @ models/lib/nn.yaml:80:7
%7394 = assign %7364, %7370 : f32[16] @ models/lib/nn.yaml:80:7
%7395 = assign %7365, %7374 : f32[16] @ models/lib/nn.yaml:80:7
%7396 = assign %7366, %7367 : i64[] @ models/lib/nn.yaml:80:7
%7397 = mul %128, %5261 : f32[16] @ models/lib/nn.yaml:80:7
%7398 = mul %7392, %5263 : f32[16] @ models/lib/nn.yaml:80:7
%7399 = add %7397, %7398 : f32[16] @ models/lib/nn.yaml:80:7
%7400 = assign %128, %7399 : f32[16] @ models/lib/nn.yaml:80:7
%7401 = all_reduce_sum %4452 : f32[16] @ models/lib/nn.yaml:89:7
%7402 = mul %7401, %7401 : f32[16] @ models/lib/nn.yaml:89:7
%7403 = reduce_sum %7402 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7404 = sqrt %7403 : f32[] @ models/lib/nn.yaml:89:7
%7405 = cast %7404 : f64[] @ models/lib/nn.yaml:89:7
%7406 = add %7405, %5081 : f64[] @ models/lib/nn.yaml:89:7
%7407 = div %5083, %7406 : f64[] @ models/lib/nn.yaml:89:7
%7408 = lt %7407, %5085 : bool[] @ models/lib/nn.yaml:89:7
%7409 = cast %7407 : f32[] @ models/lib/nn.yaml:89:7
%7410 = broadcast %7409 : f32[16] @ models/lib/nn.yaml:89:7
%7411 = mul %7401, %7410 : f32[16] @ models/lib/nn.yaml:89:7
%7412 = broadcast %7408 : bool[16] @ models/lib/nn.yaml:89:7
%7413 = select %7412, %7411, %7401 : f32[16] @ models/lib/nn.yaml:89:7
%7414 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7415 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7416 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7417 = add %7416, %5095 : i64[] @ models/lib/nn.yaml:89:7
%7418 = mul %7413, %5227 : f32[16] @ models/lib/nn.yaml:89:7
%7419 = mul %7414, %5229 : f32[16] @ models/lib/nn.yaml:89:7
%7420 = add %7419, %7418 : f32[16] @ models/lib/nn.yaml:89:7
%7421 = mul %7413, %7413 : f32[16] @ models/lib/nn.yaml:89:7
%7422 = mul %7421, %5233 : f32[16] @ models/lib/nn.yaml:89:7
%7423 = mul %7415, %5235 : f32[16] @ models/lib/nn.yaml:89:7
%7424 = add %7423, %7422 : f32[16] @ models/lib/nn.yaml:89:7
%7425 = cast %7417 : f64[] @ models/lib/nn.yaml:89:7
%7426 = pow %5104, %7425 : f64[] @ models/lib/nn.yaml:89:7
%7427 = sub %5085, %7426 : f64[] @ models/lib/nn.yaml:89:7
%7428 = div %3087, %7427 : f64[] @ models/lib/nn.yaml:89:7
%7429 = pow %5112, %7425 : f64[] @ models/lib/nn.yaml:89:7
%7430 = sub %5085, %7429 : f64[] @ models/lib/nn.yaml:89:7
%7431 = sqrt %7430 : f64[] @ models/lib/nn.yaml:89:7
%7432 = div %5085, %7431 : f64[] @ models/lib/nn.yaml:89:7
%7433 = sqrt %7424 : f32[16] @ models/lib/nn.yaml:89:7
%7434 = cast %7432 : f32[] @ models/lib/nn.yaml:89:7
%7435 = broadcast %7434 : f32[16] @ models/lib/nn.yaml:89:7
%7436 = mul %7433, %7435 : f32[16] @ models/lib/nn.yaml:89:7
%7437 = add %7436, %5250 : f32[16] @ models/lib/nn.yaml:89:7
%7438 = div %7420, %7437 : f32[16] @ models/lib/nn.yaml:89:7
%7439 = cast %7428 : f32[] @ models/lib/nn.yaml:89:7
%7440 = broadcast %7439 : f32[16] @ models/lib/nn.yaml:89:7
%7441 = mul %7438, %7440 : f32[16] @ models/lib/nn.yaml:89:7
%7442 = sub %51, %7441 : f32[16] @ models/lib/nn.yaml:89:7
%7443 = assign %51, %7442 : f32[16] @ models/lib/nn.yaml:89:7
%7444 = assign %7414, %7420 : f32[16] @ models/lib/nn.yaml:89:7
%7445 = assign %7415, %7424 : f32[16] @ models/lib/nn.yaml:89:7
%7446 = assign %7416, %7417 : i64[] @ models/lib/nn.yaml:89:7
%7447 = mul %129, %5261 : f32[16] @ models/lib/nn.yaml:89:7
%7448 = mul %7442, %5263 : f32[16] @ models/lib/nn.yaml:89:7
%7449 = add %7447, %7448 : f32[16] @ models/lib/nn.yaml:89:7
%7450 = assign %129, %7449 : f32[16] @ models/lib/nn.yaml:89:7
%7451 = all_reduce_sum %4445 : f32[16] @ models/lib/nn.yaml:90:7
%7452 = mul %7451, %7451 : f32[16] @ models/lib/nn.yaml:90:7
%7453 = reduce_sum %7452 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7454 = sqrt %7453 : f32[] @ models/lib/nn.yaml:90:7
%7455 = cast %7454 : f64[] @ models/lib/nn.yaml:90:7
%7456 = add %7455, %5081 : f64[] @ models/lib/nn.yaml:90:7
%7457 = div %5083, %7456 : f64[] @ models/lib/nn.yaml:90:7
%7458 = lt %7457, %5085 : bool[] @ models/lib/nn.yaml:90:7
%7459 = cast %7457 : f32[] @ models/lib/nn.yaml:90:7
%7460 = broadcast %7459 : f32[16] @ models/lib/nn.yaml:90:7
%7461 = mul %7451, %7460 : f32[16] @ models/lib/nn.yaml:90:7
%7462 = broadcast %7458 : bool[16] @ models/lib/nn.yaml:90:7
%7463 = select %7462, %7461, %7451 : f32[16] @ models/lib/nn.yaml:90:7
%7464 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7465 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7466 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7467 = add %7466, %5095 : i64[] @ models/lib/nn.yaml:90:7
%7468 = mul %7463, %5227 : f32[16] @ models/lib/nn.yaml:90:7
%7469 = mul %7464, %5229 : f32[16] @ models/lib/nn.yaml:90:7
%7470 = add %7469, %7468 : f32[16] @ models/lib/nn.yaml:90:7
%7471 = mul %7463, %7463 : f32[16] @ models/lib/nn.yaml:90:7
%7472 = mul %7471, %5233 : f32[16] @ models/lib/nn.yaml:90:7
%7473 = mul %7465, %5235 : f32[16] @ models/lib/nn.yaml:90:7
%7474 = add %7473, %7472 : f32[16] @ models/lib/nn.yaml:90:7
%7475 = cast %7467 : f64[] @ models/lib/nn.yaml:90:7
%7476 = pow %5104, %7475 : f64[] @ models/lib/nn.yaml:90:7
%7477 = sub %5085, %7476 : f64[] @ models/lib/nn.yaml:90:7
%7478 = div %3087, %7477 : f64[] @ models/lib/nn.yaml:90:7
%7479 = pow %5112, %7475 : f64[] @ models/lib/nn.yaml:90:7
%7480 = sub %5085, %7479 : f64[] @ models/lib/nn.yaml:90:7
%7481 = sqrt %7480 : f64[] @ models/lib/nn.yaml:90:7
%7482 = div %5085, %7481 : f64[] @ models/lib/nn.yaml:90:7
%7483 = sqrt %7474 : f32[16] @ models/lib/nn.yaml:90:7
%7484 = cast %7482 : f32[] @ models/lib/nn.yaml:90:7
%7485 = broadcast %7484 : f32[16] @ models/lib/nn.yaml:90:7
%7486 = mul %7483, %7485 : f32[16] @ models/lib/nn.yaml:90:7
%7487 = add %7486, %5250 : f32[16] @ models/lib/nn.yaml:90:7
%7488 = div %7470, %7487 : f32[16] @ models/lib/nn.yaml:90:7
%7489 = cast %7478 : f32[] @ models/lib/nn.yaml:90:7
%7490 = broadcast %7489 : f32[16] @ models/lib/nn.yaml:90:7
%7491 = mul %7488, %7490 : f32[16] @ models/lib/nn.yaml:90:7
%7492 = sub %52, %7491 : f32[16] @ models/lib/nn.yaml:90:7
%7493 = assign %52, %7492 : f32[16] @ models/lib/nn.yaml:90:7
%7494 = assign %7464, %7470 : f32[16] @ models/lib/nn.yaml:90:7
%7495 = assign %7465, %7474 : f32[16] @ models/lib/nn.yaml:90:7
%7496 = assign %7466, %7467 : i64[] @ models/lib/nn.yaml:90:7
%7497 = mul %130, %5261 : f32[16] @ models/lib/nn.yaml:90:7
%7498 = mul %7492, %5263 : f32[16] @ models/lib/nn.yaml:90:7
%7499 = add %7497, %7498 : f32[16] @ models/lib/nn.yaml:90:7
%7500 = assign %130, %7499 : f32[16] @ models/lib/nn.yaml:90:7
%7501 = all_reduce_sum %4437 : f32[16,16] @ models/lib/nn.yaml:79:7
%7502 = reshape %7501 : f32[256] @ models/lib/nn.yaml:79:7
%7503 = mul %7502, %7502 : f32[256] @ models/lib/nn.yaml:79:7
%7504 = reduce_sum %7503 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7505 = sqrt %7504 : f32[] @ models/lib/nn.yaml:79:7
%7506 = cast %7505 : f64[] @ models/lib/nn.yaml:79:7
%7507 = add %7506, %5081 : f64[] @ models/lib/nn.yaml:79:7
%7508 = div %5083, %7507 : f64[] @ models/lib/nn.yaml:79:7
%7509 = lt %7508, %5085 : bool[] @ models/lib/nn.yaml:79:7
%7510 = cast %7508 : f32[] @ models/lib/nn.yaml:79:7
%7511 = broadcast %7510 : f32[16,16] @ models/lib/nn.yaml:79:7
%7512 = mul %7501, %7511 : f32[16,16] @ models/lib/nn.yaml:79:7
%7513 = broadcast %7509 : bool[16,16] @ models/lib/nn.yaml:79:7
%7514 = select %7513, %7512, %7501 : f32[16,16] @ models/lib/nn.yaml:79:7
%7515 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7516 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7517 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7518 = add %7517, %5095 : i64[] @ models/lib/nn.yaml:79:7
%7519 = mul %53, %5502 : f32[16,16] @ models/lib/nn.yaml:79:7
%7520 = mul %7514, %5504 : f32[16,16] @ models/lib/nn.yaml:79:7
%7521 = mul %7515, %5506 : f32[16,16] @ models/lib/nn.yaml:79:7
%7522 = add %7521, %7520 : f32[16,16] @ models/lib/nn.yaml:79:7
%7523 = mul %7514, %7514 : f32[16,16] @ models/lib/nn.yaml:79:7
%7524 = mul %7523, %5510 : f32[16,16] @ models/lib/nn.yaml:79:7
%7525 = mul %7516, %5512 : f32[16,16] @ models/lib/nn.yaml:79:7
%7526 = add %7525, %7524 : f32[16,16] @ models/lib/nn.yaml:79:7
%7527 = cast %7518 : f64[] @ models/lib/nn.yaml:79:7
%7528 = pow %5104, %7527 : f64[] @ models/lib/nn.yaml:79:7
%7529 = sub %5085, %7528 : f64[] @ models/lib/nn.yaml:79:7
%7530 = div %3087, %7529 : f64[] @ models/lib/nn.yaml:79:7
%7531 = pow %5112, %7527 : f64[] @ models/lib/nn.yaml:79:7
%7532 = sub %5085, %7531 : f64[] @ models/lib/nn.yaml:79:7
%7533 = sqrt %7532 : f64[] @ models/lib/nn.yaml:79:7
%7534 = div %5085, %7533 : f64[] @ models/lib/nn.yaml:79:7
%7535 = sqrt %7526 : f32[16,16] @ models/lib/nn.yaml:79:7
%7536 = cast %7534 : f32[] @ models/lib/nn.yaml:79:7
%7537 = broadcast %7536 : f32[16,16] @ models/lib/nn.yaml:79:7
%7538 = mul %7535, %7537 : f32[16,16] @ models/lib/nn.yaml:79:7
%7539 = add %7538, %5527 : f32[16,16] @ models/lib/nn.yaml:79:7
%7540 = div %7522, %7539 : f32[16,16] @ models/lib/nn.yaml:79:7
%7541 = cast %7530 : f32[] @ models/lib/nn.yaml:79:7
%7542 = broadcast %7541 : f32[16,16] @ models/lib/nn.yaml:79:7
%7543 = mul %7540, %7542 : f32[16,16] @ models/lib/nn.yaml:79:7
%7544 = sub %7519, %7543 : f32[16,16] @ models/lib/nn.yaml:79:7
%7545 = assign %53, %7544 : f32[16,16] @ models/lib/nn.yaml:79:7
%7546 = assign %7515, %7522 : f32[16,16] @ models/lib/nn.yaml:79:7
%7547 = assign %7516, %7526 : f32[16,16] @ models/lib/nn.yaml:79:7
%7548 = assign %7517, %7518 : i64[] @ models/lib/nn.yaml:79:7
%7549 = mul %131, %5538 : f32[16,16] @ models/lib/nn.yaml:79:7
%7550 = mul %7544, %5540 : f32[16,16] @ models/lib/nn.yaml:79:7
%7551 = add %7549, %7550 : f32[16,16] @ models/lib/nn.yaml:79:7
%7552 = assign %131, %7551 : f32[16,16] @ models/lib/nn.yaml:79:7
%7553 = all_reduce_sum %4428 : f32[16] @ models/lib/nn.yaml:80:7
%7554 = mul %7553, %7553 : f32[16] @ models/lib/nn.yaml:80:7
%7555 = reduce_sum %7554 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7556 = sqrt %7555 : f32[] @ models/lib/nn.yaml:80:7
%7557 = cast %7556 : f64[] @ models/lib/nn.yaml:80:7
%7558 = add %7557, %5081 : f64[] @ models/lib/nn.yaml:80:7
%7559 = div %5083, %7558 : f64[] @ models/lib/nn.yaml:80:7
%7560 = lt %7559, %5085 : bool[] @ models/lib/nn.yaml:80:7
%7561 = cast %7559 : f32[] @ models/lib/nn.yaml:80:7
%7562 = broadcast %7561 : f32[16] @ models/lib/nn.yaml:80:7
%7563 = mul %7553, %7562 : f32[16] @ models/lib/nn.yaml:80:7
%7564 = broadcast %7560 : bool[16] @ models/lib/nn.yaml:80:7
%7565 = select %7564, %7563, %7553 : f32[16] @ models/lib/nn.yaml:80:7
%7566 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7567 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7568 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7569 = add %7568, %5095 : i64[] @ models/lib/nn.yaml:80:7
%7570 = mul %7565, %5227 : f32[16] @ models/lib/nn.yaml:80:7
%7571 = mul %7566, %5229 : f32[16] @ models/lib/nn.yaml:80:7
%7572 = add %7571, %7570 : f32[16] @ models/lib/nn.yaml:80:7
%7573 = mul %7565, %7565 : f32[16] @ models/lib/nn.yaml:80:7
%7574 = mul %7573, %5233 : f32[16] @ models/lib/nn.yaml:80:7
%7575 = mul %7567, %5235 : f32[16] @ models/lib/nn.yaml:80:7
%7576 = add %7575, %7574 : f32[16] @ models/lib/nn.yaml:80:7
%7577 = cast %7569 : f64[] @ models/lib/nn.yaml:80:7
%7578 = pow %5104, %7577 : f64[] @ models/lib/nn.yaml:80:7
%7579 = sub %5085, %7578 : f64[] @ models/lib/nn.yaml:80:7
%7580 = div %3087, %7579 : f64[] @ models/lib/nn.yaml:80:7
%7581 = pow %5112, %7577 : f64[] @ models/lib/nn.yaml:80:7
%7582 = sub %5085, %7581 : f64[] @ models/lib/nn.yaml:80:7
%7583 = sqrt %7582 : f64[] @ models/lib/nn.yaml:80:7
%7584 = div %5085, %7583 : f64[] @ models/lib/nn.yaml:80:7
%7585 = sqrt %7576 : f32[16] @ models/lib/nn.yaml:80:7
%7586 = cast %7584 : f32[] @ models/lib/nn.yaml:80:7
%7587 = broadcast %7586 : f32[16] @ models/lib/nn.yaml:80:7
%7588 = mul %7585, %7587 : f32[16] @ models/lib/nn.yaml:80:7
%7589 = add %7588, %5250 : f32[16] @ models/lib/nn.yaml:80:7
%7590 = div %7572, %7589 : f32[16] @ models/lib/nn.yaml:80:7
%7591 = cast %7580 : f32[] @ models/lib/nn.yaml:80:7
%7592 = broadcast %7591 : f32[16] @ models/lib/nn.yaml:80:7
%7593 = mul %7590, %7592 : f32[16] @ models/lib/nn.yaml:80:7
%7594 = sub %54, %7593 : f32[16] @ models/lib/nn.yaml:80:7
%7595 = assign %54, %7594 : f32[16] @ models/lib/nn.yaml:80:7
%7596 = assign %7566, %7572 : f32[16] @ models/lib/nn.yaml:80:7
%7597 = assign %7567, %7576 : f32[16] @ models/lib/nn.yaml:80:7
%7598 = assign %7568, %7569 : i64[] @ models/lib/nn.yaml:80:7
%7599 = mul %132, %5261 : f32[16] @ models/lib/nn.yaml:80:7
%7600 = mul %7594, %5263 : f32[16] @ models/lib/nn.yaml:80:7
%7601 = add %7599, %7600 : f32[16] @ models/lib/nn.yaml:80:7
%7602 = assign %132, %7601 : f32[16] @ models/lib/nn.yaml:80:7
%7603 = all_reduce_sum %4422 : f32[16,16] @ models/lib/nn.yaml:79:7
%7604 = reshape %7603 : f32[256] @ models/lib/nn.yaml:79:7
%7605 = mul %7604, %7604 : f32[256] @ models/lib/nn.yaml:79:7
%7606 = reduce_sum %7605 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7607 = sqrt %7606 : f32[] @ models/lib/nn.yaml:79:7
%7608 = cast %7607 : f64[] @ models/lib/nn.yaml:79:7
%7609 = add %7608, %5081 : f64[] @ models/lib/nn.yaml:79:7
%7610 = div %5083, %7609 : f64[] @ models/lib/nn.yaml:79:7
%7611 = lt %7610, %5085 : bool[] @ models/lib/nn.yaml:79:7
%7612 = cast %7610 : f32[] @ models/lib/nn.yaml:79:7
%7613 = broadcast %7612 : f32[16,16] @ models/lib/nn.yaml:79:7
%7614 = mul %7603, %7613 : f32[16,16] @ models/lib/nn.yaml:79:7
%7615 = broadcast %7611 : bool[16,16] @ models/lib/nn.yaml:79:7
%7616 = select %7615, %7614, %7603 : f32[16,16] @ models/lib/nn.yaml:79:7
%7617 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7618 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7619 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7620 = add %7619, %5095 : i64[] @ models/lib/nn.yaml:79:7
%7621 = mul %55, %5502 : f32[16,16] @ models/lib/nn.yaml:79:7
%7622 = mul %7616, %5504 : f32[16,16] @ models/lib/nn.yaml:79:7
%7623 = mul %7617, %5506 : f32[16,16] @ models/lib/nn.yaml:79:7
%7624 = add %7623, %7622 : f32[16,16] @ models/lib/nn.yaml:79:7
%7625 = mul %7616, %7616 : f32[16,16] @ models/lib/nn.yaml:79:7
%7626 = mul %7625, %5510 : f32[16,16] @ models/lib/nn.yaml:79:7
%7627 = mul %7618, %5512 : f32[16,16] @ models/lib/nn.yaml:79:7
%7628 = add %7627, %7626 : f32[16,16] @ models/lib/nn.yaml:79:7
%7629 = cast %7620 : f64[] @ models/lib/nn.yaml:79:7
%7630 = pow %5104, %7629 : f64[] @ models/lib/nn.yaml:79:7
%7631 = sub %5085, %7630 : f64[] @ models/lib/nn.yaml:79:7
%7632 = div %3087, %7631 : f64[] @ models/lib/nn.yaml:79:7
%7633 = pow %5112, %7629 : f64[] @ models/lib/nn.yaml:79:7
%7634 = sub %5085, %7633 : f64[] @ models/lib/nn.yaml:79:7
%7635 = sqrt %7634 : f64[] @ models/lib/nn.yaml:79:7
%7636 = div %5085, %7635 : f64[] @ models/lib/nn.yaml:79:7
%7637 = sqrt %7628 : f32[16,16] @ models/lib/nn.yaml:79:7
%7638 = cast %7636 : f32[] @ models/lib/nn.yaml:79:7
%7639 = broadcast %7638 : f32[16,16] @ models/lib/nn.yaml:79:7
%7640 = mul %7637, %7639 : f32[16,16] @ models/lib/nn.yaml:79:7
%7641 = add %7640, %5527 : f32[16,16] @ models/lib/nn.yaml:79:7
%7642 = div %7624, %7641 : f32[16,16] @ models/lib/nn.yaml:79:7
%7643 = cast %7632 : f32[] @ models/lib/nn.yaml:79:7
%7644 = broadcast %7643 : f32[16,16] @ models/lib/nn.yaml:79:7
%7645 = mul %7642, %7644 : f32[16,16] @ models/lib/nn.yaml:79:7
%7646 = sub %7621, %7645 : f32[16,16] @ models/lib/nn.yaml:79:7
%7647 = assign %55, %7646 : f32[16,16] @ models/lib/nn.yaml:79:7
%7648 = assign %7617, %7624 : f32[16,16] @ models/lib/nn.yaml:79:7
%7649 = assign %7618, %7628 : f32[16,16] @ models/lib/nn.yaml:79:7
%7650 = assign %7619, %7620 : i64[] @ models/lib/nn.yaml:79:7
%7651 = mul %133, %5538 : f32[16,16] @ models/lib/nn.yaml:79:7
%7652 = mul %7646, %5540 : f32[16,16] @ models/lib/nn.yaml:79:7
%7653 = add %7651, %7652 : f32[16,16] @ models/lib/nn.yaml:79:7
%7654 = assign %133, %7653 : f32[16,16] @ models/lib/nn.yaml:79:7
%7655 = all_reduce_sum %4411 : f32[16] @ models/lib/nn.yaml:80:7
%7656 = mul %7655, %7655 : f32[16] @ models/lib/nn.yaml:80:7
%7657 = reduce_sum %7656 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7658 = sqrt %7657 : f32[] @ models/lib/nn.yaml:80:7
%7659 = cast %7658 : f64[] @ models/lib/nn.yaml:80:7
%7660 = add %7659, %5081 : f64[] @ models/lib/nn.yaml:80:7
%7661 = div %5083, %7660 : f64[] @ models/lib/nn.yaml:80:7
%7662 = lt %7661, %5085 : bool[] @ models/lib/nn.yaml:80:7
%7663 = cast %7661 : f32[] @ models/lib/nn.yaml:80:7
%7664 = broadcast %7663 : f32[16] @ models/lib/nn.yaml:80:7
%7665 = mul %7655, %7664 : f32[16] @ models/lib/nn.yaml:80:7
%7666 = broadcast %7662 : bool[16] @ models/lib/nn.yaml:80:7
%7667 = select %7666, %7665, %7655 : f32[16] @ models/lib/nn.yaml:80:7
%7668 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7669 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7670 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7671 = add %7670, %5095 : i64[] @ models/lib/nn.yaml:80:7
%7672 = mul %7667, %5227 : f32[16] @ models/lib/nn.yaml:80:7
%7673 = mul %7668, %5229 : f32[16] @ models/lib/nn.yaml:80:7
%7674 = add %7673, %7672 : f32[16] @ models/lib/nn.yaml:80:7
%7675 = mul %7667, %7667 : f32[16] @ models/lib/nn.yaml:80:7
%7676 = mul %7675, %5233 : f32[16] @ models/lib/nn.yaml:80:7
%7677 = mul %7669, %5235 : f32[16] @ models/lib/nn.yaml:80:7
%7678 = add %7677, %7676 : f32[16] @ models/lib/nn.yaml:80:7
%7679 = cast %7671 : f64[] @ models/lib/nn.yaml:80:7
%7680 = pow %5104, %7679 : f64[] @ models/lib/nn.yaml:80:7
%7681 = sub %5085, %7680 : f64[] @ models/lib/nn.yaml:80:7
%7682 = div %3087, %7681 : f64[] @ models/lib/nn.yaml:80:7
%7683 = pow %5112, %7679 : f64[] @ models/lib/nn.yaml:80:7
%7684 = sub %5085, %7683 : f64[] @ models/lib/nn.yaml:80:7
%7685 = sqrt %7684 : f64[] @ models/lib/nn.yaml:80:7
%7686 = div %5085, %7685 : f64[] @ models/lib/nn.yaml:80:7
%7687 = sqrt %7678 : f32[16] @ models/lib/nn.yaml:80:7
%7688 = cast %7686 : f32[] @ models/lib/nn.yaml:80:7
%7689 = broadcast %7688 : f32[16] @ models/lib/nn.yaml:80:7
%7690 = mul %7687, %7689 : f32[16] @ models/lib/nn.yaml:80:7
%7691 = add %7690, %5250 : f32[16] @ models/lib/nn.yaml:80:7
%7692 = div %7674, %7691 : f32[16] @ models/lib/nn.yaml:80:7
%7693 = cast %7682 : f32[] @ models/lib/nn.yaml:80:7
%7694 = broadcast %7693 : f32[16] @ models/lib/nn.yaml:80:7
%7695 = mul %7692, %7694 : f32[16] @ models/lib/nn.yaml:80:7
%7696 = sub %56, %7695 : f32[16] @ models/lib/nn.yaml:80:7
%7697 = assign %56, %7696 : f32[16] @ models/lib/nn.yaml:80:7
%7698 = assign %7668, %7674 : f32[16] @ models/lib/nn.yaml:80:7
%7699 = assign %7669, %7678 : f32[16] @ models/lib/nn.yaml:80:7
%7700 = assign %7670, %7671 : i64[] @ models/lib/nn.yaml:80:7
%7701 = mul %134, %5261 : f32[16] @ models/lib/nn.yaml:80:7
%7702 = mul %7696, %5263 : f32[16] @ models/lib/nn.yaml:80:7
%7703 = add %7701, %7702 : f32[16] @ models/lib/nn.yaml:80:7
%7704 = assign %134, %7703 : f32[16] @ models/lib/nn.yaml:80:7
%7705 = all_reduce_sum %4403 : f32[16,16] @ models/lib/nn.yaml:79:7
%7706 = reshape %7705 : f32[256] @ models/lib/nn.yaml:79:7
%7707 = mul %7706, %7706 : f32[256] @ models/lib/nn.yaml:79:7
%7708 = reduce_sum %7707 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7709 = sqrt %7708 : f32[] @ models/lib/nn.yaml:79:7
%7710 = cast %7709 : f64[] @ models/lib/nn.yaml:79:7
%7711 = add %7710, %5081 : f64[] @ models/lib/nn.yaml:79:7
%7712 = div %5083, %7711 : f64[] @ models/lib/nn.yaml:79:7
%7713 = lt %7712, %5085 : bool[] @ models/lib/nn.yaml:79:7
%7714 = cast %7712 : f32[] @ models/lib/nn.yaml:79:7
%7715 = broadcast %7714 : f32[16,16] @ models/lib/nn.yaml:79:7
%7716 = mul %7705, %7715 : f32[16,16] @ models/lib/nn.yaml:79:7
%7717 = broadcast %7713 : bool[16,16] @ models/lib/nn.yaml:79:7
%7718 = select %7717, %7716, %7705 : f32[16,16] @ models/lib/nn.yaml:79:7
%7719 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7720 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7721 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7722 = add %7721, %5095 : i64[] @ models/lib/nn.yaml:79:7
%7723 = mul %57, %5502 : f32[16,16] @ models/lib/nn.yaml:79:7
%7724 = mul %7718, %5504 : f32[16,16] @ models/lib/nn.yaml:79:7
%7725 = mul %7719, %5506 : f32[16,16] @ models/lib/nn.yaml:79:7
%7726 = add %7725, %7724 : f32[16,16] @ models/lib/nn.yaml:79:7
%7727 = mul %7718, %7718 : f32[16,16] @ models/lib/nn.yaml:79:7
%7728 = mul %7727, %5510 : f32[16,16] @ models/lib/nn.yaml:79:7
%7729 = mul %7720, %5512 : f32[16,16] @ models/lib/nn.yaml:79:7
%7730 = add %7729, %7728 : f32[16,16] @ models/lib/nn.yaml:79:7
%7731 = cast %7722 : f64[] @ models/lib/nn.yaml:79:7
%7732 = pow %5104, %7731 : f64[] @ models/lib/nn.yaml:79:7
%7733 = sub %5085, %7732 : f64[] @ models/lib/nn.yaml:79:7
%7734 = div %3087, %7733 : f64[] @ models/lib/nn.yaml:79:7
%7735 = pow %5112, %7731 : f64[] @ models/lib/nn.yaml:79:7
%7736 = sub %5085, %7735 : f64[] @ models/lib/nn.yaml:79:7
%7737 = sqrt %7736 : f64[] @ models/lib/nn.yaml:79:7
%7738 = div %5085, %7737 : f64[] @ models/lib/nn.yaml:79:7
%7739 = sqrt %7730 : f32[16,16] @ models/lib/nn.yaml:79:7
%7740 = cast %7738 : f32[] @ models/lib/nn.yaml:79:7
%7741 = broadcast %7740 : f32[16,16] @ models/lib/nn.yaml:79:7
%7742 = mul %7739, %7741 : f32[16,16] @ models/lib/nn.yaml:79:7
%7743 = add %7742, %5527 : f32[16,16] @ models/lib/nn.yaml:79:7
%7744 = div %7726, %7743 : f32[16,16] @ models/lib/nn.yaml:79:7
%7745 = cast %7734 : f32[] @ models/lib/nn.yaml:79:7
%7746 = broadcast %7745 : f32[16,16] @ models/lib/nn.yaml:79:7
%7747 = mul %7744, %7746 : f32[16,16] @ models/lib/nn.yaml:79:7
%7748 = sub %7723, %7747 : f32[16,16] @ models/lib/nn.yaml:79:7
%7749 = assign %57, %7748 : f32[16,16] @ models/lib/nn.yaml:79:7
%7750 = assign %7719, %7726 : f32[16,16] @ models/lib/nn.yaml:79:7
%7751 = assign %7720, %7730 : f32[16,16] @ models/lib/nn.yaml:79:7
%7752 = assign %7721, %7722 : i64[] @ models/lib/nn.yaml:79:7
%7753 = mul %135, %5538 : f32[16,16] @ models/lib/nn.yaml:79:7
%7754 = mul %7748, %5540 : f32[16,16] @ models/lib/nn.yaml:79:7
%7755 = add %7753, %7754 : f32[16,16] @ models/lib/nn.yaml:79:7
%7756 = assign %135, %7755 : f32[16,16] @ models/lib/nn.yaml:79:7
%7757 = all_reduce_sum %4394 : f32[16] @ models/lib/nn.yaml:80:7
%7758 = mul %7757, %7757 : f32[16] @ models/lib/nn.yaml:80:7
%7759 = reduce_sum %7758 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7760 = sqrt %7759 : f32[] @ models/lib/nn.yaml:80:7
%7761 = cast %7760 : f64[] @ models/lib/nn.yaml:80:7
%7762 = add %7761, %5081 : f64[] @ models/lib/nn.yaml:80:7
%7763 = div %5083, %7762 : f64[] @ models/lib/nn.yaml:80:7
%7764 = lt %7763, %5085 : bool[] @ models/lib/nn.yaml:80:7
%7765 = cast %7763 : f32[] @ models/lib/nn.yaml:80:7
%7766 = broadcast %7765 : f32[16] @ models/lib/nn.yaml:80:7
%7767 = mul %7757, %7766 : f32[16] @ models/lib/nn.yaml:80:7
%7768 = broadcast %7764 : bool[16] @ models/lib/nn.yaml:80:7
%7769 = select %7768, %7767, %7757 : f32[16] @ models/lib/nn.yaml:80:7
%7770 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7771 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7772 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7773 = add %7772, %5095 : i64[] @ models/lib/nn.yaml:80:7
%7774 = mul %7769, %5227 : f32[16] @ models/lib/nn.yaml:80:7
%7775 = mul %7770, %5229 : f32[16] @ models/lib/nn.yaml:80:7
%7776 = add %7775, %7774 : f32[16] @ models/lib/nn.yaml:80:7
%7777 = mul %7769, %7769 : f32[16] @ models/lib/nn.yaml:80:7
%7778 = mul %7777, %5233 : f32[16] @ models/lib/nn.yaml:80:7
%7779 = mul %7771, %5235 : f32[16] @ models/lib/nn.yaml:80:7
%7780 = add %7779, %7778 : f32[16] @ models/lib/nn.yaml:80:7
%7781 = cast %7773 : f64[] @ models/lib/nn.yaml:80:7
%7782 = pow %5104, %7781 : f64[] @ models/lib/nn.yaml:80:7
%7783 = sub %5085, %7782 : f64[] @ models/lib/nn.yaml:80:7
%7784 = div %3087, %7783 : f64[] @ models/lib/nn.yaml:80:7
%7785 = pow %5112, %7781 : f64[] @ models/lib/nn.yaml:80:7
%7786 = sub %5085, %7785 : f64[] @ models/lib/nn.yaml:80:7
%7787 = sqrt %7786 : f64[] @ models/lib/nn.yaml:80:7
%7788 = div %5085, %7787 : f64[] @ models/lib/nn.yaml:80:7
%7789 = sqrt %7780 : f32[16] @ models/lib/nn.yaml:80:7
%7790 = cast %7788 : f32[] @ models/lib/nn.yaml:80:7
%7791 = broadcast %7790 : f32[16] @ models/lib/nn.yaml:80:7
%7792 = mul %7789, %7791 : f32[16] @ models/lib/nn.yaml:80:7
%7793 = add %7792, %5250 : f32[16] @ models/lib/nn.yaml:80:7
%7794 = div %7776, %7793 : f32[16] @ models/lib/nn.yaml:80:7
%7795 = cast %7784 : f32[] @ models/lib/nn.yaml:80:7
%7796 = broadcast %7795 : f32[16] @ models/lib/nn.yaml:80:7
%7797 = mul %7794, %7796 : f32[16] @ models/lib/nn.yaml:80:7
%7798 = sub %58, %7797 : f32[16] @ models/lib/nn.yaml:80:7
%7799 = assign %58, %7798 : f32[16] @ models/lib/nn.yaml:80:7
%7800 = assign %7770, %7776 : f32[16] @ models/lib/nn.yaml:80:7
%7801 = assign %7771, %7780 : f32[16] @ models/lib/nn.yaml:80:7
%7802 = assign %7772, %7773 : i64[] @ models/lib/nn.yaml:80:7
%7803 = mul %136, %5261 : f32[16] @ models/lib/nn.yaml:80:7
%7804 = mul %7798, %5263 : f32[16] @ models/lib/nn.yaml:80:7
%7805 = add %7803, %7804 : f32[16] @ models/lib/nn.yaml:80:7
%7806 = assign %136, %7805 : f32[16] @ models/lib/nn.yaml:80:7
%7807 = all_reduce_sum %4335 : f32[16,16] @ models/lib/nn.yaml:79:7
%7808 = reshape %7807 : f32[256] @ models/lib/nn.yaml:79:7
%7809 = mul %7808, %7808 : f32[256] @ models/lib/nn.yaml:79:7
%7810 = reduce_sum %7809 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7811 = sqrt %7810 : f32[] @ models/lib/nn.yaml:79:7
%7812 = cast %7811 : f64[] @ models/lib/nn.yaml:79:7
%7813 = add %7812, %5081 : f64[] @ models/lib/nn.yaml:79:7
%7814 = div %5083, %7813 : f64[] @ models/lib/nn.yaml:79:7
%7815 = lt %7814, %5085 : bool[] @ models/lib/nn.yaml:79:7
%7816 = cast %7814 : f32[] @ models/lib/nn.yaml:79:7
%7817 = broadcast %7816 : f32[16,16] @ models/lib/nn.yaml:79:7
%7818 = mul %7807, %7817 : f32[16,16] @ models/lib/nn.yaml:79:7
%7819 = broadcast %7815 : bool[16,16] @ models/lib/nn.yaml:79:7
%7820 = select %7819, %7818, %7807 : f32[16,16] @ models/lib/nn.yaml:79:7
%7821 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7822 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7823 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7824 = add %7823, %5095 : i64[] @ models/lib/nn.yaml:79:7
%7825 = mul %59, %5502 : f32[16,16] @ models/lib/nn.yaml:79:7
%7826 = mul %7820, %5504 : f32[16,16] @ models/lib/nn.yaml:79:7
%7827 = mul %7821, %5506 : f32[16,16] @ models/lib/nn.yaml:79:7
%7828 = add %7827, %7826 : f32[16,16] @ models/lib/nn.yaml:79:7
%7829 = mul %7820, %7820 : f32[16,16] @ models/lib/nn.yaml:79:7
%7830 = mul %7829, %5510 : f32[16,16] @ models/lib/nn.yaml:79:7
%7831 = mul %7822, %5512 : f32[16,16] @ models/lib/nn.yaml:79:7
%7832 = add %7831, %7830 : f32[16,16] @ models/lib/nn.yaml:79:7
%7833 = cast %7824 : f64[] @ models/lib/nn.yaml:79:7
%7834 = pow %5104, %7833 : f64[] @ models/lib/nn.yaml:79:7
%7835 = sub %5085, %7834 : f64[] @ models/lib/nn.yaml:79:7
%7836 = div %3087, %7835 : f64[] @ models/lib/nn.yaml:79:7
%7837 = pow %5112, %7833 : f64[] @ models/lib/nn.yaml:79:7
%7838 = sub %5085, %7837 : f64[] @ models/lib/nn.yaml:79:7
%7839 = sqrt %7838 : f64[] @ models/lib/nn.yaml:79:7
%7840 = div %5085, %7839 : f64[] @ models/lib/nn.yaml:79:7
%7841 = sqrt %7832 : f32[16,16] @ models/lib/nn.yaml:79:7
%7842 = cast %7840 : f32[] @ models/lib/nn.yaml:79:7
%7843 = broadcast %7842 : f32[16,16] @ models/lib/nn.yaml:79:7
%7844 = mul %7841, %7843 : f32[16,16] @ models/lib/nn.yaml:79:7
%7845 = add %7844, %5527 : f32[16,16] @ models/lib/nn.yaml:79:7
%7846 = div %7828, %7845 : f32[16,16] @ models/lib/nn.yaml:79:7
%7847 = cast %7836 : f32[] @ models/lib/nn.yaml:79:7
%7848 = broadcast %7847 : f32[16,16] @ models/lib/nn.yaml:79:7
%7849 = mul %7846, %7848 : f32[16,16] @ models/lib/nn.yaml:79:7
%7850 = sub %7825, %7849 : f32[16,16] @ models/lib/nn.yaml:79:7
%7851 = assign %59, %7850 : f32[16,16] @ models/lib/nn.yaml:79:7
%7852 = assign %7821, %7828 : f32[16,16] @ models/lib/nn.yaml:79:7
%7853 = assign %7822, %7832 : f32[16,16] @ models/lib/nn.yaml:79:7
%7854 = assign %7823, %7824 : i64[] @ models/lib/nn.yaml:79:7
%7855 = mul %137, %5538 : f32[16,16] @ models/lib/nn.yaml:79:7
%7856 = mul %7850, %5540 : f32[16,16] @ models/lib/nn.yaml:79:7
%7857 = add %7855, %7856 : f32[16,16] @ models/lib/nn.yaml:79:7
%7858 = assign %137, %7857 : f32[16,16] @ models/lib/nn.yaml:79:7
%7859 = all_reduce_sum %4327 : f32[16] @ models/lib/nn.yaml:80:7
%7860 = mul %7859, %7859 : f32[16] @ models/lib/nn.yaml:80:7
%7861 = reduce_sum %7860 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7862 = sqrt %7861 : f32[] @ models/lib/nn.yaml:80:7
%7863 = cast %7862 : f64[] @ models/lib/nn.yaml:80:7
%7864 = add %7863, %5081 : f64[] @ models/lib/nn.yaml:80:7
%7865 = div %5083, %7864 : f64[] @ models/lib/nn.yaml:80:7
%7866 = lt %7865, %5085 : bool[] @ models/lib/nn.yaml:80:7
%7867 = cast %7865 : f32[] @ models/lib/nn.yaml:80:7
%7868 = broadcast %7867 : f32[16] @ models/lib/nn.yaml:80:7
%7869 = mul %7859, %7868 : f32[16] @ models/lib/nn.yaml:80:7
%7870 = broadcast %7866 : bool[16] @ models/lib/nn.yaml:80:7
%7871 = select %7870, %7869, %7859 : f32[16] @ models/lib/nn.yaml:80:7
%7872 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7873 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7874 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7875 = add %7874, %5095 : i64[] @ models/lib/nn.yaml:80:7
%7876 = mul %7871, %5227 : f32[16] @ models/lib/nn.yaml:80:7
%7877 = mul %7872, %5229 : f32[16] @ models/lib/nn.yaml:80:7
%7878 = add %7877, %7876 : f32[16] @ models/lib/nn.yaml:80:7
%7879 = mul %7871, %7871 : f32[16] @ models/lib/nn.yaml:80:7
%7880 = mul %7879, %5233 : f32[16] @ models/lib/nn.yaml:80:7
%7881 = mul %7873, %5235 : f32[16] @ models/lib/nn.yaml:80:7
%7882 = add %7881, %7880 : f32[16] @ models/lib/nn.yaml:80:7
%7883 = cast %7875 : f64[] @ models/lib/nn.yaml:80:7
%7884 = pow %5104, %7883 : f64[] @ models/lib/nn.yaml:80:7
%7885 = sub %5085, %7884 : f64[] @ models/lib/nn.yaml:80:7
%7886 = div %3087, %7885 : f64[] @ models/lib/nn.yaml:80:7
%7887 = pow %5112, %7883 : f64[] @ models/lib/nn.yaml:80:7
%7888 = sub %5085, %7887 : f64[] @ models/lib/nn.yaml:80:7
%7889 = sqrt %7888 : f64[] @ models/lib/nn.yaml:80:7
%7890 = div %5085, %7889 : f64[] @ models/lib/nn.yaml:80:7
%7891 = sqrt %7882 : f32[16] @ models/lib/nn.yaml:80:7
%7892 = cast %7890 : f32[] @ models/lib/nn.yaml:80:7
%7893 = broadcast %7892 : f32[16] @ models/lib/nn.yaml:80:7
%7894 = mul %7891, %7893 : f32[16] @ models/lib/nn.yaml:80:7
%7895 = add %7894, %5250 : f32[16] @ models/lib/nn.yaml:80:7
%7896 = div %7878, %7895 : f32[16] @ models/lib/nn.yaml:80:7
%7897 = cast %7886 : f32[] @ models/lib/nn.yaml:80:7
%7898 = broadcast %7897 : f32[16] @ models/lib/nn.yaml:80:7
%7899 = mul %7896, %7898 : f32[16] @ models/lib/nn.yaml:80:7
%7900 = sub %60, %7899 : f32[16] @ models/lib/nn.yaml:80:7
%7901 = assign %60, %7900 : f32[16] @ models/lib/nn.yaml:80:7
%7902 = assign %7872, %7878 : f32[16] @ models/lib/nn.yaml:80:7
%7903 = assign %7873, %7882 : f32[16] @ models/lib/nn.yaml:80:7
%7904 = assign %7874, %7875 : i64[] @ models/lib/nn.yaml:80:7
%7905 = mul %138, %5261 : f32[16] @ models/lib/nn.yaml:80:7
%7906 = mul %7900, %5263 : f32[16] @ models/lib/nn.yaml:80:7
%7907 = add %7905, %7906 : f32[16] @ models/lib/nn.yaml:80:7
%7908 = assign %138, %7907 : f32[16] @ models/lib/nn.yaml:80:7
%7909 = all_reduce_sum %4306 : f32[16] @ models/lib/nn.yaml:89:7
%7910 = mul %7909, %7909 : f32[16] @ models/lib/nn.yaml:89:7
%7911 = reduce_sum %7910 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7912 = sqrt %7911 : f32[] @ models/lib/nn.yaml:89:7
%7913 = cast %7912 : f64[] @ models/lib/nn.yaml:89:7
%7914 = add %7913, %5081 : f64[] @ models/lib/nn.yaml:89:7
%7915 = div %5083, %7914 : f64[] @ models/lib/nn.yaml:89:7
%7916 = lt %7915, %5085 : bool[] @ models/lib/nn.yaml:89:7
%7917 = cast %7915 : f32[] @ models/lib/nn.yaml:89:7
%7918 = broadcast %7917 : f32[16] @ models/lib/nn.yaml:89:7
%7919 = mul %7909, %7918 : f32[16] @ models/lib/nn.yaml:89:7
%7920 = broadcast %7916 : bool[16] @ models/lib/nn.yaml:89:7
%7921 = select %7920, %7919, %7909 : f32[16] @ models/lib/nn.yaml:89:7
%7922 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7923 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7924 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7925 = add %7924, %5095 : i64[] @ models/lib/nn.yaml:89:7
%7926 = mul %7921, %5227 : f32[16] @ models/lib/nn.yaml:89:7
%7927 = mul %7922, %5229 : f32[16] @ models/lib/nn.yaml:89:7
%7928 = add %7927, %7926 : f32[16] @ models/lib/nn.yaml:89:7
%7929 = mul %7921, %7921 : f32[16] @ models/lib/nn.yaml:89:7
%7930 = mul %7929, %5233 : f32[16] @ models/lib/nn.yaml:89:7
%7931 = mul %7923, %5235 : f32[16] @ models/lib/nn.yaml:89:7
%7932 = add %7931, %7930 : f32[16] @ models/lib/nn.yaml:89:7
%7933 = cast %7925 : f64[] @ models/lib/nn.yaml:89:7
%7934 = pow %5104, %7933 : f64[] @ models/lib/nn.yaml:89:7
%7935 = sub %5085, %7934 : f64[] @ models/lib/nn.yaml:89:7
%7936 = div %3087, %7935 : f64[] @ models/lib/nn.yaml:89:7
%7937 = pow %5112, %7933 : f64[] @ models/lib/nn.yaml:89:7
%7938 = sub %5085, %7937 : f64[] @ models/lib/nn.yaml:89:7
%7939 = sqrt %7938 : f64[] @ models/lib/nn.yaml:89:7
%7940 = div %5085, %7939 : f64[] @ models/lib/nn.yaml:89:7
%7941 = sqrt %7932 : f32[16] @ models/lib/nn.yaml:89:7
%7942 = cast %7940 : f32[] @ models/lib/nn.yaml:89:7
%7943 = broadcast %7942 : f32[16] @ models/lib/nn.yaml:89:7
%7944 = mul %7941, %7943 : f32[16] @ models/lib/nn.yaml:89:7
%7945 = add %7944, %5250 : f32[16] @ models/lib/nn.yaml:89:7
%7946 = div %7928, %7945 : f32[16] @ models/lib/nn.yaml:89:7
%7947 = cast %7936 : f32[] @ models/lib/nn.yaml:89:7
%7948 = broadcast %7947 : f32[16] @ models/lib/nn.yaml:89:7
%7949 = mul %7946, %7948 : f32[16] @ models/lib/nn.yaml:89:7
%7950 = sub %61, %7949 : f32[16] @ models/lib/nn.yaml:89:7
%7951 = assign %61, %7950 : f32[16] @ models/lib/nn.yaml:89:7
%7952 = assign %7922, %7928 : f32[16] @ models/lib/nn.yaml:89:7
%7953 = assign %7923, %7932 : f32[16] @ models/lib/nn.yaml:89:7
%7954 = assign %7924, %7925 : i64[] @ models/lib/nn.yaml:89:7
%7955 = mul %139, %5261 : f32[16] @ models/lib/nn.yaml:89:7
%7956 = mul %7950, %5263 : f32[16] @ models/lib/nn.yaml:89:7
%7957 = add %7955, %7956 : f32[16] @ models/lib/nn.yaml:89:7
%7958 = assign %139, %7957 : f32[16] @ models/lib/nn.yaml:89:7
%7959 = all_reduce_sum %4301 : f32[16] @ models/lib/nn.yaml:90:7
%7960 = mul %7959, %7959 : f32[16] @ models/lib/nn.yaml:90:7
%7961 = reduce_sum %7960 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7962 = sqrt %7961 : f32[] @ models/lib/nn.yaml:90:7
%7963 = cast %7962 : f64[] @ models/lib/nn.yaml:90:7
%7964 = add %7963, %5081 : f64[] @ models/lib/nn.yaml:90:7
%7965 = div %5083, %7964 : f64[] @ models/lib/nn.yaml:90:7
%7966 = lt %7965, %5085 : bool[] @ models/lib/nn.yaml:90:7
%7967 = cast %7965 : f32[] @ models/lib/nn.yaml:90:7
%7968 = broadcast %7967 : f32[16] @ models/lib/nn.yaml:90:7
%7969 = mul %7959, %7968 : f32[16] @ models/lib/nn.yaml:90:7
%7970 = broadcast %7966 : bool[16] @ models/lib/nn.yaml:90:7
%7971 = select %7970, %7969, %7959 : f32[16] @ models/lib/nn.yaml:90:7
%7972 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7973 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7974 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7975 = add %7974, %5095 : i64[] @ models/lib/nn.yaml:90:7
%7976 = mul %7971, %5227 : f32[16] @ models/lib/nn.yaml:90:7
%7977 = mul %7972, %5229 : f32[16] @ models/lib/nn.yaml:90:7
%7978 = add %7977, %7976 : f32[16] @ models/lib/nn.yaml:90:7
%7979 = mul %7971, %7971 : f32[16] @ models/lib/nn.yaml:90:7
%7980 = mul %7979, %5233 : f32[16] @ models/lib/nn.yaml:90:7
%7981 = mul %7973, %5235 : f32[16] @ models/lib/nn.yaml:90:7
%7982 = add %7981, %7980 : f32[16] @ models/lib/nn.yaml:90:7
%7983 = cast %7975 : f64[] @ models/lib/nn.yaml:90:7
%7984 = pow %5104, %7983 : f64[] @ models/lib/nn.yaml:90:7
%7985 = sub %5085, %7984 : f64[] @ models/lib/nn.yaml:90:7
%7986 = div %3087, %7985 : f64[] @ models/lib/nn.yaml:90:7
%7987 = pow %5112, %7983 : f64[] @ models/lib/nn.yaml:90:7
%7988 = sub %5085, %7987 : f64[] @ models/lib/nn.yaml:90:7
%7989 = sqrt %7988 : f64[] @ models/lib/nn.yaml:90:7
%7990 = div %5085, %7989 : f64[] @ models/lib/nn.yaml:90:7
%7991 = sqrt %7982 : f32[16] @ models/lib/nn.yaml:90:7
%7992 = cast %7990 : f32[] @ models/lib/nn.yaml:90:7
%7993 = broadcast %7992 : f32[16] @ models/lib/nn.yaml:90:7
%7994 = mul %7991, %7993 : f32[16] @ models/lib/nn.yaml:90:7
%7995 = add %7994, %5250 : f32[16] @ models/lib/nn.yaml:90:7
%7996 = div %7978, %7995 : f32[16] @ models/lib/nn.yaml:90:7
%7997 = cast %7986 : f32[] @ models/lib/nn.yaml:90:7
%7998 = broadcast %7997 : f32[16] @ models/lib/nn.yaml:90:7
%7999 = mul %7996, %7998 : f32[16] @ models/lib/nn.yaml:90:7
%8000 = sub %62, %7999 : f32[16] @ models/lib/nn.yaml:90:7
%8001 = assign %62, %8000 : f32[16] @ models/lib/nn.yaml:90:7
%8002 = assign %7972, %7978 : f32[16] @ models/lib/nn.yaml:90:7
%8003 = assign %7973, %7982 : f32[16] @ models/lib/nn.yaml:90:7
%8004 = assign %7974, %7975 : i64[] @ models/lib/nn.yaml:90:7
%8005 = mul %140, %5261 : f32[16] @ models/lib/nn.yaml:90:7
%8006 = mul %8000, %5263 : f32[16] @ models/lib/nn.yaml:90:7
%8007 = add %8005, %8006 : f32[16] @ models/lib/nn.yaml:90:7
%8008 = assign %140, %8007 : f32[16] @ models/lib/nn.yaml:90:7
%8009 = all_reduce_sum %4297 : f32[64,16] @ models/lib/nn.yaml:79:7
%8010 = reshape %8009 : f32[1024] @ models/lib/nn.yaml:79:7
%8011 = mul %8010, %8010 : f32[1024] @ models/lib/nn.yaml:79:7
%8012 = reduce_sum %8011 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8013 = sqrt %8012 : f32[] @ models/lib/nn.yaml:79:7
%8014 = cast %8013 : f64[] @ models/lib/nn.yaml:79:7
%8015 = add %8014, %5081 : f64[] @ models/lib/nn.yaml:79:7
%8016 = div %5083, %8015 : f64[] @ models/lib/nn.yaml:79:7
%8017 = lt %8016, %5085 : bool[] @ models/lib/nn.yaml:79:7
%8018 = cast %8016 : f32[] @ models/lib/nn.yaml:79:7
%8019 = broadcast %8018 : f32[64,16] @ models/lib/nn.yaml:79:7
%8020 = mul %8009, %8019 : f32[64,16] @ models/lib/nn.yaml:79:7
%8021 = broadcast %8017 : bool[64,16] @ models/lib/nn.yaml:79:7
%8022 = select %8021, %8020, %8009 : f32[64,16] @ models/lib/nn.yaml:79:7
%8023 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8024 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8025 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8026 = add %8025, %5095 : i64[] @ models/lib/nn.yaml:79:7
%8027 = mul %63, %5712 : f32[64,16] @ models/lib/nn.yaml:79:7
%8028 = mul %8022, %5714 : f32[64,16] @ models/lib/nn.yaml:79:7
%8029 = mul %8023, %5716 : f32[64,16] @ models/lib/nn.yaml:79:7
%8030 = add %8029, %8028 : f32[64,16] @ models/lib/nn.yaml:79:7
%8031 = mul %8022, %8022 : f32[64,16] @ models/lib/nn.yaml:79:7
%8032 = mul %8031, %5720 : f32[64,16] @ models/lib/nn.yaml:79:7
%8033 = mul %8024, %5722 : f32[64,16] @ models/lib/nn.yaml:79:7
%8034 = add %8033, %8032 : f32[64,16] @ models/lib/nn.yaml:79:7
%8035 = cast %8026 : f64[] @ models/lib/nn.yaml:79:7
%8036 = pow %5104, %8035 : f64[] @ models/lib/nn.yaml:79:7
%8037 = sub %5085, %8036 : f64[] @ models/lib/nn.yaml:79:7
%8038 = div %3087, %8037 : f64[] @ models/lib/nn.yaml:79:7
%8039 = pow %5112, %8035 : f64[] @ models/lib/nn.yaml:79:7
%8040 = sub %5085, %8039 : f64[] @ models/lib/nn.yaml:79:7
%8041 = sqrt %8040 : f64[] @ models/lib/nn.yaml:79:7
%8042 = div %5085, %8041 : f64[] @ models/lib/nn.yaml:79:7
%8043 = sqrt %8034 : f32[64,16] @ models/lib/nn.yaml:79:7
%8044 = cast %8042 : f32[] @ models/lib/nn.yaml:79:7
%8045 = broadcast %8044 : f32[64,16] @ models/lib/nn.yaml:79:7
%8046 = mul %8043, %8045 : f32[64,16] @ models/lib/nn.yaml:79:7
%8047 = add %8046, %5737 : f32[64,16] @ models/lib/nn.yaml:79:7
%8048 = div %8030, %8047 : f32[64,16] @ models/lib/nn.yaml:79:7
%8049 = cast %8038 : f32[] @ models/lib/nn.yaml:79:7
%8050 = broadcast %8049 : f32[64,16] @ models/lib/nn.yaml:79:7
%8051 = mul %8048, %8050 : f32[64,16] @ models/lib/nn.yaml:79:7
%8052 = sub %8027, %8051 : f32[64,16] @ models/lib/nn.yaml:79:7
%8053 = assign %63, %8052 : f32[64,16] @ models/lib/nn.yaml:79:7
%8054 = assign %8023, %8030 : f32[64,16] @ models/lib/nn.yaml:79:7
%8055 = assign %8024, %8034 : f32[64,16] @ models/lib/nn.yaml:79:7
%8056 = assign %8025, %8026 : i64[] @ models/lib/nn.yaml:79:7
%8057 = mul %141, %5748 : f32[64,16] @ models/lib/nn.yaml:79:7
%8058 = mul %8052, %5750 : f32[64,16] @ models/lib/nn.yaml:79:7
%8059 = add %8057, %8058 : f32[64,16] @ models/lib/nn.yaml:79:7
%8060 = assign %141, %8059 : f32[64,16] @ models/lib/nn.yaml:79:7
%8061 = all_reduce_sum %4289 : f32[64] @ models/lib/nn.yaml:80:7
%8062 = mul %8061, %8061 : f32[64] @ models/lib/nn.yaml:80:7
%8063 = reduce_sum %8062 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8064 = sqrt %8063 : f32[] @ models/lib/nn.yaml:80:7
%8065 = cast %8064 : f64[] @ models/lib/nn.yaml:80:7
%8066 = add %8065, %5081 : f64[] @ models/lib/nn.yaml:80:7
%8067 = div %5083, %8066 : f64[] @ models/lib/nn.yaml:80:7
%8068 = lt %8067, %5085 : bool[] @ models/lib/nn.yaml:80:7
%8069 = cast %8067 : f32[] @ models/lib/nn.yaml:80:7
%8070 = broadcast %8069 : f32[64] @ models/lib/nn.yaml:80:7
%8071 = mul %8061, %8070 : f32[64] @ models/lib/nn.yaml:80:7
%8072 = broadcast %8068 : bool[64] @ models/lib/nn.yaml:80:7
%8073 = select %8072, %8071, %8061 : f32[64] @ models/lib/nn.yaml:80:7
%8074 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8075 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8076 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8077 = add %8076, %5095 : i64[] @ models/lib/nn.yaml:80:7
%8078 = mul %8073, %5771 : f32[64] @ models/lib/nn.yaml:80:7
%8079 = mul %8074, %5773 : f32[64] @ models/lib/nn.yaml:80:7
%8080 = add %8079, %8078 : f32[64] @ models/lib/nn.yaml:80:7
%8081 = mul %8073, %8073 : f32[64] @ models/lib/nn.yaml:80:7
%8082 = mul %8081, %5777 : f32[64] @ models/lib/nn.yaml:80:7
%8083 = mul %8075, %5779 : f32[64] @ models/lib/nn.yaml:80:7
%8084 = add %8083, %8082 : f32[64] @ models/lib/nn.yaml:80:7
%8085 = cast %8077 : f64[] @ models/lib/nn.yaml:80:7
%8086 = pow %5104, %8085 : f64[] @ models/lib/nn.yaml:80:7
%8087 = sub %5085, %8086 : f64[] @ models/lib/nn.yaml:80:7
%8088 = div %3087, %8087 : f64[] @ models/lib/nn.yaml:80:7
%8089 = pow %5112, %8085 : f64[] @ models/lib/nn.yaml:80:7
%8090 = sub %5085, %8089 : f64[] @ models/lib/nn.yaml:80:7
%8091 = sqrt %8090 : f64[] @ models/lib/nn.yaml:80:7
%8092 = div %5085, %8091 : f64[] @ models/lib/nn.yaml:80:7
%8093 = sqrt %8084 : f32[64] @ models/lib/nn.yaml:80:7
%8094 = cast %8092 : f32[] @ models/lib/nn.yaml:80:7
%8095 = broadcast %8094 : f32[64] @ models/lib/nn.yaml:80:7
%8096 = mul %8093, %8095 : f32[64] @ models/lib/nn.yaml:80:7
%8097 = add %8096, %5794 : f32[64] @ models/lib/nn.yaml:80:7
%8098 = div %8080, %8097 : f32[64] @ models/lib/nn.yaml:80:7
%8099 = cast %8088 : f32[] @ models/lib/nn.yaml:80:7
%8100 = broadcast %8099 : f32[64] @ models/lib/nn.yaml:80:7
%8101 = mul %8098, %8100 : f32[64] @ models/lib/nn.yaml:80:7
%8102 = sub %64, %8101 : f32[64] @ models/lib/nn.yaml:80:7
%8103 = assign %64, %8102 : f32[64] @ models/lib/nn.yaml:80:7
%8104 = assign %8074, %8080 : f32[64] @ models/lib/nn.yaml:80:7
%8105 = assign %8075, %8084 : f32[64] @ models/lib/nn.yaml:80:7
%8106 = assign %8076, %8077 : i64[] @ models/lib/nn.yaml:80:7
%8107 = mul %142, %5805 : f32[64] @ models/lib/nn.yaml:80:7
%8108 = mul %8102, %5807 : f32[64] @ models/lib/nn.yaml:80:7
%8109 = add %8107, %8108 : f32[64] @ models/lib/nn.yaml:80:7
%8110 = assign %142, %8109 : f32[64] @ models/lib/nn.yaml:80:7
%8111 = all_reduce_sum %4275 : f32[16,64] @ models/lib/nn.yaml:79:7
%8112 = reshape %8111 : f32[1024] @ models/lib/nn.yaml:79:7
%8113 = mul %8112, %8112 : f32[1024] @ models/lib/nn.yaml:79:7
%8114 = reduce_sum %8113 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8115 = sqrt %8114 : f32[] @ models/lib/nn.yaml:79:7
%8116 = cast %8115 : f64[] @ models/lib/nn.yaml:79:7
%8117 = add %8116, %5081 : f64[] @ models/lib/nn.yaml:79:7
%8118 = div %5083, %8117 : f64[] @ models/lib/nn.yaml:79:7
%8119 = lt %8118, %5085 : bool[] @ models/lib/nn.yaml:79:7
%8120 = cast %8118 : f32[] @ models/lib/nn.yaml:79:7
%8121 = broadcast %8120 : f32[16,64] @ models/lib/nn.yaml:79:7
%8122 = mul %8111, %8121 : f32[16,64] @ models/lib/nn.yaml:79:7
%8123 = broadcast %8119 : bool[16,64] @ models/lib/nn.yaml:79:7
%8124 = select %8123, %8122, %8111 : f32[16,64] @ models/lib/nn.yaml:79:7
%8125 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8126 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8127 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8128 = add %8127, %5095 : i64[] @ models/lib/nn.yaml:79:7
%8129 = mul %65, %5829 : f32[16,64] @ models/lib/nn.yaml:79:7
%8130 = mul %8124, %5831 : f32[16,64] @ models/lib/nn.yaml:79:7
%8131 = mul %8125, %5833 : f32[16,64] @ models/lib/nn.yaml:79:7
%8132 = add %8131, %8130 : f32[16,64] @ models/lib/nn.yaml:79:7
%8133 = mul %8124, %8124 : f32[16,64] @ models/lib/nn.yaml:79:7
%8134 = mul %8133, %5837 : f32[16,64] @ models/lib/nn.yaml:79:7
%8135 = mul %8126, %5839 : f32[16,64] @ models/lib/nn.yaml:79:7
%8136 = add %8135, %8134 : f32[16,64] @ models/lib/nn.yaml:79:7
%8137 = cast %8128 : f64[] @ models/lib/nn.yaml:79:7
%8138 = pow %5104, %8137 : f64[] @ models/lib/nn.yaml:79:7
%8139 = sub %5085, %8138 : f64[] @ models/lib/nn.yaml:79:7
%8140 = div %3087, %8139 : f64[] @ models/lib/nn.yaml:79:7
%8141 = pow %5112, %8137 : f64[] @ models/lib/nn.yaml:79:7
%8142 = sub %5085, %8141 : f64[] @ models/lib/nn.yaml:79:7
%8143 = sqrt %8142 : f64[] @ models/lib/nn.yaml:79:7
%8144 = div %5085, %8143 : f64[] @ models/lib/nn.yaml:79:7
%8145 = sqrt %8136 : f32[16,64] @ models/lib/nn.yaml:79:7
%8146 = cast %8144 : f32[] @ models/lib/nn.yaml:79:7
%8147 = broadcast %8146 : f32[16,64] @ models/lib/nn.yaml:79:7
%8148 = mul %8145, %8147 : f32[16,64] @ models/lib/nn.yaml:79:7
%8149 = add %8148, %5854 : f32[16,64] @ models/lib/nn.yaml:79:7
%8150 = div %8132, %8149 : f32[16,64] @ models/lib/nn.yaml:79:7
%8151 = cast %8140 : f32[] @ models/lib/nn.yaml:79:7
%8152 = broadcast %8151 : f32[16,64] @ models/lib/nn.yaml:79:7
%8153 = mul %8150, %8152 : f32[16,64] @ models/lib/nn.yaml:79:7
%8154 = sub %8129, %8153 : f32[16,64] @ models/lib/nn.yaml:79:7
%8155 = assign %65, %8154 : f32[16,64] @ models/lib/nn.yaml:79:7
%8156 = assign %8125, %8132 : f32[16,64] @ models/lib/nn.yaml:79:7
%8157 = assign %8126, %8136 : f32[16,64] @ models/lib/nn.yaml:79:7
%8158 = assign %8127, %8128 : i64[] @ models/lib/nn.yaml:79:7
%8159 = mul %143, %5865 : f32[16,64] @ models/lib/nn.yaml:79:7
%8160 = mul %8154, %5867 : f32[16,64] @ models/lib/nn.yaml:79:7
%8161 = add %8159, %8160 : f32[16,64] @ models/lib/nn.yaml:79:7
%8162 = assign %143, %8161 : f32[16,64] @ models/lib/nn.yaml:79:7
%8163 = all_reduce_sum %4267 : f32[16] @ models/lib/nn.yaml:80:7
%8164 = mul %8163, %8163 : f32[16] @ models/lib/nn.yaml:80:7
%8165 = reduce_sum %8164 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8166 = sqrt %8165 : f32[] @ models/lib/nn.yaml:80:7
%8167 = cast %8166 : f64[] @ models/lib/nn.yaml:80:7
%8168 = add %8167, %5081 : f64[] @ models/lib/nn.yaml:80:7
%8169 = div %5083, %8168 : f64[] @ models/lib/nn.yaml:80:7
%8170 = lt %8169, %5085 : bool[] @ models/lib/nn.yaml:80:7
%8171 = cast %8169 : f32[] @ models/lib/nn.yaml:80:7
%8172 = broadcast %8171 : f32[16] @ models/lib/nn.yaml:80:7
%8173 = mul %8163, %8172 : f32[16] @ models/lib/nn.yaml:80:7
%8174 = broadcast %8170 : bool[16] @ models/lib/nn.yaml:80:7
%8175 = select %8174, %8173, %8163 : f32[16] @ models/lib/nn.yaml:80:7
%8176 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8177 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8178 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8179 = add %8178, %5095 : i64[] @ models/lib/nn.yaml:80:7
%8180 = mul %8175, %5227 : f32[16] @ models/lib/nn.yaml:80:7
%8181 = mul %8176, %5229 : f32[16] @ models/lib/nn.yaml:80:7
%8182 = add %8181, %8180 : f32[16] @ models/lib/nn.yaml:80:7
%8183 = mul %8175, %8175 : f32[16] @ models/lib/nn.yaml:80:7
%8184 = mul %8183, %5233 : f32[16] @ models/lib/nn.yaml:80:7
%8185 = mul %8177, %5235 : f32[16] @ models/lib/nn.yaml:80:7
%8186 = add %8185, %8184 : f32[16] @ models/lib/nn.yaml:80:7
%8187 = cast %8179 : f64[] @ models/lib/nn.yaml:80:7
%8188 = pow %5104, %8187 : f64[] @ models/lib/nn.yaml:80:7
%8189 = sub %5085, %8188 : f64[] @ models/lib/nn.yaml:80:7
%8190 = div %3087, %8189 : f64[] @ models/lib/nn.yaml:80:7
%8191 = pow %5112, %8187 : f64[] @ models/lib/nn.yaml:80:7
%8192 = sub %5085, %8191 : f64[] @ models/lib/nn.yaml:80:7
%8193 = sqrt %8192 : f64[] @ models/lib/nn.yaml:80:7
%8194 = div %5085, %8193 : f64[] @ models/lib/nn.yaml:80:7
%8195 = sqrt %8186 : f32[16] @ models/lib/nn.yaml:80:7
%8196 = cast %8194 : f32[] @ models/lib/nn.yaml:80:7
%8197 = broadcast %8196 : f32[16] @ models/lib/nn.yaml:80:7
%8198 = mul %8195, %8197 : f32[16] @ models/lib/nn.yaml:80:7
%8199 = add %8198, %5250 : f32[16] @ models/lib/nn.yaml:80:7
%8200 = div %8182, %8199 : f32[16] @ models/lib/nn.yaml:80:7
%8201 = cast %8190 : f32[] @ models/lib/nn.yaml:80:7
%8202 = broadcast %8201 : f32[16] @ models/lib/nn.yaml:80:7
%8203 = mul %8200, %8202 : f32[16] @ models/lib/nn.yaml:80:7
%8204 = sub %66, %8203 : f32[16] @ models/lib/nn.yaml:80:7
%8205 = assign %66, %8204 : f32[16] @ models/lib/nn.yaml:80:7
%8206 = assign %8176, %8182 : f32[16] @ models/lib/nn.yaml:80:7
%8207 = assign %8177, %8186 : f32[16] @ models/lib/nn.yaml:80:7
%8208 = assign %8178, %8179 : i64[] @ models/lib/nn.yaml:80:7
%8209 = mul %144, %5261 : f32[16] @ models/lib/nn.yaml:80:7
%8210 = mul %8204, %5263 : f32[16] @ models/lib/nn.yaml:80:7
%8211 = add %8209, %8210 : f32[16] @ models/lib/nn.yaml:80:7
%8212 = assign %144, %8211 : f32[16] @ models/lib/nn.yaml:80:7
%8213 = all_reduce_sum %4244 : f32[16] @ models/lib/nn.yaml:89:7
%8214 = mul %8213, %8213 : f32[16] @ models/lib/nn.yaml:89:7
%8215 = reduce_sum %8214 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8216 = sqrt %8215 : f32[] @ models/lib/nn.yaml:89:7
%8217 = cast %8216 : f64[] @ models/lib/nn.yaml:89:7
%8218 = add %8217, %5081 : f64[] @ models/lib/nn.yaml:89:7
%8219 = div %5083, %8218 : f64[] @ models/lib/nn.yaml:89:7
%8220 = lt %8219, %5085 : bool[] @ models/lib/nn.yaml:89:7
%8221 = cast %8219 : f32[] @ models/lib/nn.yaml:89:7
%8222 = broadcast %8221 : f32[16] @ models/lib/nn.yaml:89:7
%8223 = mul %8213, %8222 : f32[16] @ models/lib/nn.yaml:89:7
%8224 = broadcast %8220 : bool[16] @ models/lib/nn.yaml:89:7
%8225 = select %8224, %8223, %8213 : f32[16] @ models/lib/nn.yaml:89:7
%8226 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8227 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8228 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8229 = add %8228, %5095 : i64[] @ models/lib/nn.yaml:89:7
%8230 = mul %8225, %5227 : f32[16] @ models/lib/nn.yaml:89:7
%8231 = mul %8226, %5229 : f32[16] @ models/lib/nn.yaml:89:7
%8232 = add %8231, %8230 : f32[16] @ models/lib/nn.yaml:89:7
%8233 = mul %8225, %8225 : f32[16] @ models/lib/nn.yaml:89:7
%8234 = mul %8233, %5233 : f32[16] @ models/lib/nn.yaml:89:7
%8235 = mul %8227, %5235 : f32[16] @ models/lib/nn.yaml:89:7
%8236 = add %8235, %8234 : f32[16] @ models/lib/nn.yaml:89:7
%8237 = cast %8229 : f64[] @ models/lib/nn.yaml:89:7
%8238 = pow %5104, %8237 : f64[] @ models/lib/nn.yaml:89:7
%8239 = sub %5085, %8238 : f64[] @ models/lib/nn.yaml:89:7
%8240 = div %3087, %8239 : f64[] @ models/lib/nn.yaml:89:7
%8241 = pow %5112, %8237 : f64[] @ models/lib/nn.yaml:89:7
%8242 = sub %5085, %8241 : f64[] @ models/lib/nn.yaml:89:7
%8243 = sqrt %8242 : f64[] @ models/lib/nn.yaml:89:7
%8244 = div %5085, %8243 : f64[] @ models/lib/nn.yaml:89:7
%8245 = sqrt %8236 : f32[16] @ models/lib/nn.yaml:89:7
%8246 = cast %8244 : f32[] @ models/lib/nn.yaml:89:7
%8247 = broadcast %8246 : f32[16] @ models/lib/nn.yaml:89:7
%8248 = mul %8245, %8247 : f32[16] @ models/lib/nn.yaml:89:7
%8249 = add %8248, %5250 : f32[16] @ models/lib/nn.yaml:89:7
%8250 = div %8232, %8249 : f32[16] @ models/lib/nn.yaml:89:7
%8251 = cast %8240 : f32[] @ models/lib/nn.yaml:89:7
%8252 = broadcast %8251 : f32[16] @ models/lib/nn.yaml:89:7
%8253 = mul %8250, %8252 : f32[16] @ models/lib/nn.yaml:89:7
%8254 = sub %67, %8253 : f32[16] @ models/lib/nn.yaml:89:7
%8255 = assign %67, %8254 : f32[16] @ models/lib/nn.yaml:89:7
%8256 = assign %8226, %8232 : f32[16] @ models/lib/nn.yaml:89:7
%8257 = assign %8227, %8236 : f32[16] @ models/lib/nn.yaml:89:7
%8258 = assign %8228, %8229 : i64[] @ models/lib/nn.yaml:89:7
%8259 = mul %145, %5261 : f32[16] @ models/lib/nn.yaml:89:7
%8260 = mul %8254, %5263 : f32[16] @ models/lib/nn.yaml:89:7
%8261 = add %8259, %8260 : f32[16] @ models/lib/nn.yaml:89:7
%8262 = assign %145, %8261 : f32[16] @ models/lib/nn.yaml:89:7
%8263 = all_reduce_sum %4237 : f32[16] @ models/lib/nn.yaml:90:7
%8264 = mul %8263, %8263 : f32[16] @ models/lib/nn.yaml:90:7
%8265 = reduce_sum %8264 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8266 = sqrt %8265 : f32[] @ models/lib/nn.yaml:90:7
%8267 = cast %8266 : f64[] @ models/lib/nn.yaml:90:7
%8268 = add %8267, %5081 : f64[] @ models/lib/nn.yaml:90:7
%8269 = div %5083, %8268 : f64[] @ models/lib/nn.yaml:90:7
%8270 = lt %8269, %5085 : bool[] @ models/lib/nn.yaml:90:7
%8271 = cast %8269 : f32[] @ models/lib/nn.yaml:90:7
%8272 = broadcast %8271 : f32[16] @ models/lib/nn.yaml:90:7
%8273 = mul %8263, %8272 : f32[16] @ models/lib/nn.yaml:90:7
%8274 = broadcast %8270 : bool[16] @ models/lib/nn.yaml:90:7
%8275 = select %8274, %8273, %8263 : f32[16] @ models/lib/nn.yaml:90:7
%8276 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8277 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8278 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8279 = add %8278, %5095 : i64[] @ models/lib/nn.yaml:90:7
%8280 = mul %8275, %5227 : f32[16] @ models/lib/nn.yaml:90:7
%8281 = mul %8276, %5229 : f32[16] @ models/lib/nn.yaml:90:7
%8282 = add %8281, %8280 : f32[16] @ models/lib/nn.yaml:90:7
%8283 = mul %8275, %8275 : f32[16] @ models/lib/nn.yaml:90:7
%8284 = mul %8283, %5233 : f32[16] @ models/lib/nn.yaml:90:7
%8285 = mul %8277, %5235 : f32[16] @ models/lib/nn.yaml:90:7
%8286 = add %8285, %8284 : f32[16] @ models/lib/nn.yaml:90:7
%8287 = cast %8279 : f64[] @ models/lib/nn.yaml:90:7
%8288 = pow %5104, %8287 : f64[] @ models/lib/nn.yaml:90:7
%8289 = sub %5085, %8288 : f64[] @ models/lib/nn.yaml:90:7
%8290 = div %3087, %8289 : f64[] @ models/lib/nn.yaml:90:7
%8291 = pow %5112, %8287 : f64[] @ models/lib/nn.yaml:90:7
%8292 = sub %5085, %8291 : f64[] @ models/lib/nn.yaml:90:7
%8293 = sqrt %8292 : f64[] @ models/lib/nn.yaml:90:7
%8294 = div %5085, %8293 : f64[] @ models/lib/nn.yaml:90:7
%8295 = sqrt %8286 : f32[16] @ models/lib/nn.yaml:90:7
%8296 = cast %8294 : f32[] @ models/lib/nn.yaml:90:7
%8297 = broadcast %8296 : f32[16] @ models/lib/nn.yaml:90:7
%8298 = mul %8295, %8297 : f32[16] @ models/lib/nn.yaml:90:7
%8299 = add %8298, %5250 : f32[16] @ models/lib/nn.yaml:90:7
%8300 = div %8282, %8299 : f32[16] @ models/lib/nn.yaml:90:7
%8301 = cast %8290 : f32[] @ models/lib/nn.yaml:90:7
%8302 = broadcast %8301 : f32[16] @ models/lib/nn.yaml:90:7
%8303 = mul %8300, %8302 : f32[16] @ models/lib/nn.yaml:90:7
%8304 = sub %68, %8303 : f32[16] @ models/lib/nn.yaml:90:7
%8305 = assign %68, %8304 : f32[16] @ models/lib/nn.yaml:90:7
%8306 = assign %8276, %8282 : f32[16] @ models/lib/nn.yaml:90:7
%8307 = assign %8277, %8286 : f32[16] @ models/lib/nn.yaml:90:7
%8308 = assign %8278, %8279 : i64[] @ models/lib/nn.yaml:90:7
%8309 = mul %146, %5261 : f32[16] @ models/lib/nn.yaml:90:7
%8310 = mul %8304, %5263 : f32[16] @ models/lib/nn.yaml:90:7
%8311 = add %8309, %8310 : f32[16] @ models/lib/nn.yaml:90:7
%8312 = assign %146, %8311 : f32[16] @ models/lib/nn.yaml:90:7
%8313 = all_reduce_sum %4229 : f32[24,16] @ models/lib/nn.yaml:79:7
%8314 = reshape %8313 : f32[384] @ models/lib/nn.yaml:79:7
%8315 = mul %8314, %8314 : f32[384] @ models/lib/nn.yaml:79:7
%8316 = reduce_sum %8315 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8317 = sqrt %8316 : f32[] @ models/lib/nn.yaml:79:7
%8318 = cast %8317 : f64[] @ models/lib/nn.yaml:79:7
%8319 = add %8318, %5081 : f64[] @ models/lib/nn.yaml:79:7
%8320 = div %5083, %8319 : f64[] @ models/lib/nn.yaml:79:7
%8321 = lt %8320, %5085 : bool[] @ models/lib/nn.yaml:79:7
%8322 = cast %8320 : f32[] @ models/lib/nn.yaml:79:7
%8323 = broadcast %8322 : f32[24,16] @ models/lib/nn.yaml:79:7
%8324 = mul %8313, %8323 : f32[24,16] @ models/lib/nn.yaml:79:7
%8325 = broadcast %8321 : bool[24,16] @ models/lib/nn.yaml:79:7
%8326 = select %8325, %8324, %8313 : f32[24,16] @ models/lib/nn.yaml:79:7
%8327 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%8328 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%8329 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8330 = add %8329, %5095 : i64[] @ models/lib/nn.yaml:79:7
%8331 = broadcast %5099 : f32[24,16] @ models/lib/nn.yaml:79:7
%8332 = mul %69, %8331 : f32[24,16] @ models/lib/nn.yaml:79:7
%8333 = broadcast %2843 : f32[24,16] @ models/lib/nn.yaml:79:7
%8334 = mul %8326, %8333 : f32[24,16] @ models/lib/nn.yaml:79:7
%8335 = broadcast %1916 : f32[24,16] @ models/lib/nn.yaml:79:7
%8336 = mul %8327, %8335 : f32[24,16] @ models/lib/nn.yaml:79:7
%8337 = add %8336, %8334 : f32[24,16] @ models/lib/nn.yaml:79:7
%8338 = mul %8326, %8326 : f32[24,16] @ models/lib/nn.yaml:79:7
%8339 = broadcast %5109 : f32[24,16] @ models/lib/nn.yaml:79:7
%8340 = mul %8338, %8339 : f32[24,16] @ models/lib/nn.yaml:79:7
%8341 = broadcast %5113 : f32[24,16] @ models/lib/nn.yaml:79:7
%8342 = mul %8328, %8341 : f32[24,16] @ models/lib/nn.yaml:79:7
%8343 = add %8342, %8340 : f32[24,16] @ models/lib/nn.yaml:79:7
%8344 = cast %8330 : f64[] @ models/lib/nn.yaml:79:7
%8345 = pow %5104, %8344 : f64[] @ models/lib/nn.yaml:79:7
%8346 = sub %5085, %8345 : f64[] @ models/lib/nn.yaml:79:7
%8347 = div %3087, %8346 : f64[] @ models/lib/nn.yaml:79:7
%8348 = pow %5112, %8344 : f64[] @ models/lib/nn.yaml:79:7
%8349 = sub %5085, %8348 : f64[] @ models/lib/nn.yaml:79:7
%8350 = sqrt %8349 : f64[] @ models/lib/nn.yaml:79:7
%8351 = div %5085, %8350 : f64[] @ models/lib/nn.yaml:79:7
%8352 = sqrt %8343 : f32[24,16] @ models/lib/nn.yaml:79:7
%8353 = cast %8351 : f32[] @ models/lib/nn.yaml:79:7
%8354 = broadcast %8353 : f32[24,16] @ models/lib/nn.yaml:79:7
%8355 = mul %8352, %8354 : f32[24,16] @ models/lib/nn.yaml:79:7
%8356 = broadcast %5129 : f32[24,16] @ models/lib/nn.yaml:79:7
%8357 = add %8355, %8356 : f32[24,16] @ models/lib/nn.yaml:79:7
%8358 = div %8337, %8357 : f32[24,16] @ models/lib/nn.yaml:79:7
%8359 = cast %8347 : f32[] @ models/lib/nn.yaml:79:7
%8360 = broadcast %8359 : f32[24,16] @ models/lib/nn.yaml:79:7
%8361 = mul %8358, %8360 : f32[24,16] @ models/lib/nn.yaml:79:7
%8362 = sub %8332, %8361 : f32[24,16] @ models/lib/nn.yaml:79:7
%8363 = assign %69, %8362 : f32[24,16] @ models/lib/nn.yaml:79:7
%8364 = assign %8327, %8337 : f32[24,16] @ models/lib/nn.yaml:79:7
%8365 = assign %8328, %8343 : f32[24,16] @ models/lib/nn.yaml:79:7
%8366 = assign %8329, %8330 : i64[] @ models/lib/nn.yaml:79:7
%8367 = broadcast %5141 : f32[24,16] @ models/lib/nn.yaml:79:7
%8368 = mul %147, %8367 : f32[24,16] @ models/lib/nn.yaml:79:7
%8369 = broadcast %5145 : f32[24,16] @ models/lib/nn.yaml:79:7
%8370 = mul %8362, %8369 : f32[24,16] @ models/lib/nn.yaml:79:7
%8371 = add %8368, %8370 : f32[24,16] @ models/lib/nn.yaml:79:7
%8372 = assign %147, %8371 : f32[24,16] @ models/lib/nn.yaml:79:7
%8373 = all_reduce_sum %4221 : f32[24] @ models/lib/nn.yaml:80:7
%8374 = mul %8373, %8373 : f32[24] @ models/lib/nn.yaml:80:7
%8375 = reduce_sum %8374 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8376 = sqrt %8375 : f32[] @ models/lib/nn.yaml:80:7
%8377 = cast %8376 : f64[] @ models/lib/nn.yaml:80:7
%8378 = add %8377, %5081 : f64[] @ models/lib/nn.yaml:80:7
%8379 = div %5083, %8378 : f64[] @ models/lib/nn.yaml:80:7
%8380 = lt %8379, %5085 : bool[] @ models/lib/nn.yaml:80:7
%8381 = cast %8379 : f32[] @ models/lib/nn.yaml:80:7
%8382 = broadcast %8381 : f32[24] @ models/lib/nn.yaml:80:7
%8383 = mul %8373, %8382 : f32[24] @ models/lib/nn.yaml:80:7
%8384 = broadcast %8380 : bool[24] @ models/lib/nn.yaml:80:7
%8385 = select %8384, %8383, %8373 : f32[24] @ models/lib/nn.yaml:80:7
%8386 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8387 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8388 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8389 = add %8388, %5095 : i64[] @ models/lib/nn.yaml:80:7
%8390 = broadcast %2843 : f32[24] @ models/lib/nn.yaml:80:7
%8391 = mul %8385, %8390 : f32[24] @ models/lib/nn.yaml:80:7
%8392 = broadcast %1916 : f32[24] @ models/lib/nn.yaml:80:7
%8393 = mul %8386, %8392 : f32[24] @ models/lib/nn.yaml:80:7
%8394 = add %8393, %8391 : f32[24] @ models/lib/nn.yaml:80:7
%8395 = mul %8385, %8385 : f32[24] @ models/lib/nn.yaml:80:7
%8396 = broadcast %5109 : f32[24] @ models/lib/nn.yaml:80:7
%8397 = mul %8395, %8396 : f32[24] @ models/lib/nn.yaml:80:7
%8398 = broadcast %5113 : f32[24] @ models/lib/nn.yaml:80:7
%8399 = mul %8387, %8398 : f32[24] @ models/lib/nn.yaml:80:7
%8400 = add %8399, %8397 : f32[24] @ models/lib/nn.yaml:80:7
%8401 = cast %8389 : f64[] @ models/lib/nn.yaml:80:7
%8402 = pow %5104, %8401 : f64[] @ models/lib/nn.yaml:80:7
%8403 = sub %5085, %8402 : f64[] @ models/lib/nn.yaml:80:7
%8404 = div %3087, %8403 : f64[] @ models/lib/nn.yaml:80:7
%8405 = pow %5112, %8401 : f64[] @ models/lib/nn.yaml:80:7
%8406 = sub %5085, %8405 : f64[] @ models/lib/nn.yaml:80:7
%8407 = sqrt %8406 : f64[] @ models/lib/nn.yaml:80:7
%8408 = div %5085, %8407 : f64[] @ models/lib/nn.yaml:80:7
%8409 = sqrt %8400 : f32[24] @ models/lib/nn.yaml:80:7
%8410 = cast %8408 : f32[] @ models/lib/nn.yaml:80:7
%8411 = broadcast %8410 : f32[24] @ models/lib/nn.yaml:80:7
%8412 = mul %8409, %8411 : f32[24] @ models/lib/nn.yaml:80:7
%8413 = broadcast %5129 : f32[24] @ models/lib/nn.yaml:80:7
%8414 = add %8412, %8413 : f32[24] @ models/lib/nn.yaml:80:7
%8415 = div %8394, %8414 : f32[24] @ models/lib/nn.yaml:80:7
%8416 = cast %8404 : f32[] @ models/lib/nn.yaml:80:7
%8417 = broadcast %8416 : f32[24] @ models/lib/nn.yaml:80:7
%8418 = mul %8415, %8417 : f32[24] @ models/lib/nn.yaml:80:7
%8419 = sub %70, %8418 : f32[24] @ models/lib/nn.yaml:80:7
%8420 = assign %70, %8419 : f32[24] @ models/lib/nn.yaml:80:7
%8421 = assign %8386, %8394 : f32[24] @ models/lib/nn.yaml:80:7
%8422 = assign %8387, %8400 : f32[24] @ models/lib/nn.yaml:80:7
%8423 = assign %8388, %8389 : i64[] @ models/lib/nn.yaml:80:7
%8424 = broadcast %5141 : f32[24] @ models/lib/nn.yaml:80:7
%8425 = mul %148, %8424 : f32[24] @ models/lib/nn.yaml:80:7
%8426 = broadcast %5145 : f32[24] @ models/lib/nn.yaml:80:7
%8427 = mul %8419, %8426 : f32[24] @ models/lib/nn.yaml:80:7
%8428 = add %8425, %8427 : f32[24] @ models/lib/nn.yaml:80:7
%8429 = assign %148, %8428 : f32[24] @ models/lib/nn.yaml:80:7
%8430 = all_reduce_sum %4207 : f32[24,24] @ models/lib/nn.yaml:79:7
%8431 = reshape %8430 : f32[576] @ models/lib/nn.yaml:79:7
%8432 = mul %8431, %8431 : f32[576] @ models/lib/nn.yaml:79:7
%8433 = reduce_sum %8432 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8434 = sqrt %8433 : f32[] @ models/lib/nn.yaml:79:7
%8435 = cast %8434 : f64[] @ models/lib/nn.yaml:79:7
%8436 = add %8435, %5081 : f64[] @ models/lib/nn.yaml:79:7
%8437 = div %5083, %8436 : f64[] @ models/lib/nn.yaml:79:7
%8438 = lt %8437, %5085 : bool[] @ models/lib/nn.yaml:79:7
%8439 = cast %8437 : f32[] @ models/lib/nn.yaml:79:7
%8440 = broadcast %8439 : f32[24,24] @ models/lib/nn.yaml:79:7
%8441 = mul %8430, %8440 : f32[24,24] @ models/lib/nn.yaml:79:7
%8442 = broadcast %8438 : bool[24,24] @ models/lib/nn.yaml:79:7
%8443 = select %8442, %8441, %8430 : f32[24,24] @ models/lib/nn.yaml:79:7
%8444 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%8445 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%8446 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8447 = add %8446, %5095 : i64[] @ models/lib/nn.yaml:79:7
%8448 = broadcast %5099 : f32[24,24] @ models/lib/nn.yaml:79:7
%8449 = mul %71, %8448 : f32[24,24] @ models/lib/nn.yaml:79:7
%8450 = broadcast %2843 : f32[24,24] @ models/lib/nn.yaml:79:7
%8451 = mul %8443, %8450 : f32[24,24] @ models/lib/nn.yaml:79:7
%8452 = broadcast %1916 : f32[24,24] @ models/lib/nn.yaml:79:7
%8453 = mul %8444, %8452 : f32[24,24] @ models/lib/nn.yaml:79:7
%8454 = add %8453, %8451 : f32[24,24] @ models/lib/nn.yaml:79:7
%8455 = mul %8443, %8443 : f32[24,24] @ models/lib/nn.yaml:79:7
%8456 = broadcast %5109 : f32[24,24] @ models/lib/nn.yaml:79:7
%8457 = mul %8455, %8456 : f32[24,24] @ models/lib/nn.yaml:79:7
%8458 = broadcast %5113 : f32[24,24] @ models/lib/nn.yaml:79:7
%8459 = mul %8445, %8458 : f32[24,24] @ models/lib/nn.yaml:79:7
%8460 = add %8459, %8457 : f32[24,24] @ models/lib/nn.yaml:79:7
%8461 = cast %8447 : f64[] @ models/lib/nn.yaml:79:7
%8462 = pow %5104, %8461 : f64[] @ models/lib/nn.yaml:79:7
%8463 = sub %5085, %8462 : f64[] @ models/lib/nn.yaml:79:7
%8464 = div %3087, %8463 : f64[] @ models/lib/nn.yaml:79:7
%8465 = pow %5112, %8461 : f64[] @ models/lib/nn.yaml:79:7
%8466 = sub %5085, %8465 : f64[] @ models/lib/nn.yaml:79:7
%8467 = sqrt %8466 : f64[] @ models/lib/nn.yaml:79:7
%8468 = div %5085, %8467 : f64[] @ models/lib/nn.yaml:79:7
%8469 = sqrt %8460 : f32[24,24] @ models/lib/nn.yaml:79:7
%8470 = cast %8468 : f32[] @ models/lib/nn.yaml:79:7
%8471 = broadcast %8470 : f32[24,24] @ models/lib/nn.yaml:79:7
%8472 = mul %8469, %8471 : f32[24,24] @ models/lib/nn.yaml:79:7
%8473 = broadcast %5129 : f32[24,24] @ models/lib/nn.yaml:79:7
%8474 = add %8472, %8473 : f32[24,24] @ models/lib/nn.yaml:79:7
%8475 = div %8454, %8474 : f32[24,24] @ models/lib/nn.yaml:79:7
%8476 = cast %8464 : f32[] @ models/lib/nn.yaml:79:7
%8477 = broadcast %8476 : f32[24,24] @ models/lib/nn.yaml:79:7
%8478 = mul %8475, %8477 : f32[24,24] @ models/lib/nn.yaml:79:7
%8479 = sub %8449, %8478 : f32[24,24] @ models/lib/nn.yaml:79:7
%8480 = assign %71, %8479 : f32[24,24] @ models/lib/nn.yaml:79:7
%8481 = assign %8444, %8454 : f32[24,24] @ models/lib/nn.yaml:79:7
%8482 = assign %8445, %8460 : f32[24,24] @ models/lib/nn.yaml:79:7
%8483 = assign %8446, %8447 : i64[] @ models/lib/nn.yaml:79:7
%8484 = broadcast %5141 : f32[24,24] @ models/lib/nn.yaml:79:7
%8485 = mul %149, %8484 : f32[24,24] @ models/lib/nn.yaml:79:7
%8486 = broadcast %5145 : f32[24,24] @ models/lib/nn.yaml:79:7
%8487 = mul %8479, %8486 : f32[24,24] @ models/lib/nn.yaml:79:7
%8488 = add %8485, %8487 : f32[24,24] @ models/lib/nn.yaml:79:7
%8489 = assign %149, %8488 : f32[24,24] @ models/lib/nn.yaml:79:7
%8490 = all_reduce_sum %4199 : f32[24] @ models/lib/nn.yaml:80:7
%8491 = mul %8490, %8490 : f32[24] @ models/lib/nn.yaml:80:7
%8492 = reduce_sum %8491 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8493 = sqrt %8492 : f32[] @ models/lib/nn.yaml:80:7
%8494 = cast %8493 : f64[] @ models/lib/nn.yaml:80:7
%8495 = add %8494, %5081 : f64[] @ models/lib/nn.yaml:80:7
%8496 = div %5083, %8495 : f64[] @ models/lib/nn.yaml:80:7
%8497 = lt %8496, %5085 : bool[] @ models/lib/nn.yaml:80:7
%8498 = cast %8496 : f32[] @ models/lib/nn.yaml:80:7
%8499 = broadcast %8498 : f32[24] @ models/lib/nn.yaml:80:7
%8500 = mul %8490, %8499 : f32[24] @ models/lib/nn.yaml:80:7
%8501 = broadcast %8497 : bool[24] @ models/lib/nn.yaml:80:7
%8502 = select %8501, %8500, %8490 : f32[24] @ models/lib/nn.yaml:80:7
%8503 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8504 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8505 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8506 = add %8505, %5095 : i64[] @ models/lib/nn.yaml:80:7
%8507 = mul %8502, %8390 : f32[24] @ models/lib/nn.yaml:80:7
%8508 = mul %8503, %8392 : f32[24] @ models/lib/nn.yaml:80:7
%8509 = add %8508, %8507 : f32[24] @ models/lib/nn.yaml:80:7
%8510 = mul %8502, %8502 : f32[24] @ models/lib/nn.yaml:80:7
%8511 = mul %8510, %8396 : f32[24] @ models/lib/nn.yaml:80:7
%8512 = mul %8504, %8398 : f32[24] @ models/lib/nn.yaml:80:7
%8513 = add %8512, %8511 : f32[24] @ models/lib/nn.yaml:80:7
%8514 = cast %8506 : f64[] @ models/lib/nn.yaml:80:7
%8515 = pow %5104, %8514 : f64[] @ models/lib/nn.yaml:80:7
%8516 = sub %5085, %8515 : f64[] @ models/lib/nn.yaml:80:7
%8517 = div %3087, %8516 : f64[] @ models/lib/nn.yaml:80:7
%8518 = pow %5112, %8514 : f64[] @ models/lib/nn.yaml:80:7
%8519 = sub %5085, %8518 : f64[] @ models/lib/nn.yaml:80:7
%8520 = sqrt %8519 : f64[] @ models/lib/nn.yaml:80:7
%8521 = div %5085, %8520 : f64[] @ models/lib/nn.yaml:80:7
%8522 = sqrt %8513 : f32[24] @ models/lib/nn.yaml:80:7
%8523 = cast %8521 : f32[] @ models/lib/nn.yaml:80:7
%8524 = broadcast %8523 : f32[24] @ models/lib/nn.yaml:80:7
%8525 = mul %8522, %8524 : f32[24] @ models/lib/nn.yaml:80:7
%8526 = add %8525, %8413 : f32[24] @ models/lib/nn.yaml:80:7
%8527 = div %8509, %8526 : f32[24] @ models/lib/nn.yaml:80:7
%8528 = cast %8517 : f32[] @ models/lib/nn.yaml:80:7
%8529 = broadcast %8528 : f32[24] @ models/lib/nn.yaml:80:7
%8530 = mul %8527, %8529 : f32[24] @ models/lib/nn.yaml:80:7
%8531 = sub %72, %8530 : f32[24] @ models/lib/nn.yaml:80:7
%8532 = assign %72, %8531 : f32[24] @ models/lib/nn.yaml:80:7
%8533 = assign %8503, %8509 : f32[24] @ models/lib/nn.yaml:80:7
%8534 = assign %8504, %8513 : f32[24] @ models/lib/nn.yaml:80:7
%8535 = assign %8505, %8506 : i64[] @ models/lib/nn.yaml:80:7
%8536 = mul %150, %8424 : f32[24] @ models/lib/nn.yaml:80:7
%8537 = mul %8531, %8426 : f32[24] @ models/lib/nn.yaml:80:7
%8538 = add %8536, %8537 : f32[24] @ models/lib/nn.yaml:80:7
%8539 = assign %150, %8538 : f32[24] @ models/lib/nn.yaml:80:7
%8540 = all_reduce_sum %4185 : f32[8,24] @ models/lib/nn.yaml:79:7
%8541 = reshape %8540 : f32[192] @ models/lib/nn.yaml:79:7
%8542 = mul %8541, %8541 : f32[192] @ models/lib/nn.yaml:79:7
%8543 = reduce_sum %8542 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8544 = sqrt %8543 : f32[] @ models/lib/nn.yaml:79:7
%8545 = cast %8544 : f64[] @ models/lib/nn.yaml:79:7
%8546 = add %8545, %5081 : f64[] @ models/lib/nn.yaml:79:7
%8547 = div %5083, %8546 : f64[] @ models/lib/nn.yaml:79:7
%8548 = lt %8547, %5085 : bool[] @ models/lib/nn.yaml:79:7
%8549 = cast %8547 : f32[] @ models/lib/nn.yaml:79:7
%8550 = broadcast %8549 : f32[8,24] @ models/lib/nn.yaml:79:7
%8551 = mul %8540, %8550 : f32[8,24] @ models/lib/nn.yaml:79:7
%8552 = broadcast %8548 : bool[8,24] @ models/lib/nn.yaml:79:7
%8553 = select %8552, %8551, %8540 : f32[8,24] @ models/lib/nn.yaml:79:7
%8554 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8555 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8556 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8557 = add %8556, %5095 : i64[] @ models/lib/nn.yaml:79:7
%8558 = broadcast %5099 : f32[8,24] @ models/lib/nn.yaml:79:7
%8559 = mul %73, %8558 : f32[8,24] @ models/lib/nn.yaml:79:7
%8560 = broadcast %2843 : f32[8,24] @ models/lib/nn.yaml:79:7
%8561 = mul %8553, %8560 : f32[8,24] @ models/lib/nn.yaml:79:7
%8562 = broadcast %1916 : f32[8,24] @ models/lib/nn.yaml:79:7
%8563 = mul %8554, %8562 : f32[8,24] @ models/lib/nn.yaml:79:7
%8564 = add %8563, %8561 : f32[8,24] @ models/lib/nn.yaml:79:7
%8565 = mul %8553, %8553 : f32[8,24] @ models/lib/nn.yaml:79:7
%8566 = broadcast %5109 : f32[8,24] @ models/lib/nn.yaml:79:7
%8567 = mul %8565, %8566 : f32[8,24] @ models/lib/nn.yaml:79:7
%8568 = broadcast %5113 : f32[8,24] @ models/lib/nn.yaml:79:7
%8569 = mul %8555, %8568 : f32[8,24] @ models/lib/nn.yaml:79:7
%8570 = add %8569, %8567 : f32[8,24] @ models/lib/nn.yaml:79:7
%8571 = cast %8557 : f64[] @ models/lib/nn.yaml:79:7
%8572 = pow %5104, %8571 : f64[] @ models/lib/nn.yaml:79:7
%8573 = sub %5085, %8572 : f64[] @ models/lib/nn.yaml:79:7
%8574 = div %3087, %8573 : f64[] @ models/lib/nn.yaml:79:7
%8575 = pow %5112, %8571 : f64[] @ models/lib/nn.yaml:79:7
%8576 = sub %5085, %8575 : f64[] @ models/lib/nn.yaml:79:7
%8577 = sqrt %8576 : f64[] @ models/lib/nn.yaml:79:7
%8578 = div %5085, %8577 : f64[] @ models/lib/nn.yaml:79:7
%8579 = sqrt %8570 : f32[8,24] @ models/lib/nn.yaml:79:7
%8580 = cast %8578 : f32[] @ models/lib/nn.yaml:79:7
%8581 = broadcast %8580 : f32[8,24] @ models/lib/nn.yaml:79:7
%8582 = mul %8579, %8581 : f32[8,24] @ models/lib/nn.yaml:79:7
%8583 = broadcast %5129 : f32[8,24] @ models/lib/nn.yaml:79:7
%8584 = add %8582, %8583 : f32[8,24] @ models/lib/nn.yaml:79:7
%8585 = div %8564, %8584 : f32[8,24] @ models/lib/nn.yaml:79:7
%8586 = cast %8574 : f32[] @ models/lib/nn.yaml:79:7
%8587 = broadcast %8586 : f32[8,24] @ models/lib/nn.yaml:79:7
%8588 = mul %8585, %8587 : f32[8,24] @ models/lib/nn.yaml:79:7
%8589 = sub %8559, %8588 : f32[8,24] @ models/lib/nn.yaml:79:7
%8590 = assign %73, %8589 : f32[8,24] @ models/lib/nn.yaml:79:7
%8591 = assign %8554, %8564 : f32[8,24] @ models/lib/nn.yaml:79:7
%8592 = assign %8555, %8570 : f32[8,24] @ models/lib/nn.yaml:79:7
%8593 = assign %8556, %8557 : i64[] @ models/lib/nn.yaml:79:7
%8594 = broadcast %5141 : f32[8,24] @ models/lib/nn.yaml:79:7
%8595 = mul %151, %8594 : f32[8,24] @ models/lib/nn.yaml:79:7
%8596 = broadcast %5145 : f32[8,24] @ models/lib/nn.yaml:79:7
%8597 = mul %8589, %8596 : f32[8,24] @ models/lib/nn.yaml:79:7
%8598 = add %8595, %8597 : f32[8,24] @ models/lib/nn.yaml:79:7
%8599 = assign %151, %8598 : f32[8,24] @ models/lib/nn.yaml:79:7
%8600 = all_reduce_sum %4177 : f32[8] @ models/lib/nn.yaml:80:7
%8601 = mul %8600, %8600 : f32[8] @ models/lib/nn.yaml:80:7
%8602 = reduce_sum %8601 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8603 = sqrt %8602 : f32[] @ models/lib/nn.yaml:80:7
%8604 = cast %8603 : f64[] @ models/lib/nn.yaml:80:7
%8605 = add %8604, %5081 : f64[] @ models/lib/nn.yaml:80:7
%8606 = div %5083, %8605 : f64[] @ models/lib/nn.yaml:80:7
%8607 = lt %8606, %5085 : bool[] @ models/lib/nn.yaml:80:7
%8608 = cast %8606 : f32[] @ models/lib/nn.yaml:80:7
%8609 = broadcast %8608 : f32[8] @ models/lib/nn.yaml:80:7
%8610 = mul %8600, %8609 : f32[8] @ models/lib/nn.yaml:80:7
%8611 = broadcast %8607 : bool[8] @ models/lib/nn.yaml:80:7
%8612 = select %8611, %8610, %8600 : f32[8] @ models/lib/nn.yaml:80:7
%8613 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%8614 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%8615 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8616 = add %8615, %5095 : i64[] @ models/lib/nn.yaml:80:7
%8617 = broadcast %2843 : f32[8] @ models/lib/nn.yaml:80:7
%8618 = mul %8612, %8617 : f32[8] @ models/lib/nn.yaml:80:7
%8619 = broadcast %1916 : f32[8] @ models/lib/nn.yaml:80:7
%8620 = mul %8613, %8619 : f32[8] @ models/lib/nn.yaml:80:7
%8621 = add %8620, %8618 : f32[8] @ models/lib/nn.yaml:80:7
%8622 = mul %8612, %8612 : f32[8] @ models/lib/nn.yaml:80:7
%8623 = broadcast %5109 : f32[8] @ models/lib/nn.yaml:80:7
%8624 = mul %8622, %8623 : f32[8] @ models/lib/nn.yaml:80:7
%8625 = broadcast %5113 : f32[8] @ models/lib/nn.yaml:80:7
%8626 = mul %8614, %8625 : f32[8] @ models/lib/nn.yaml:80:7
%8627 = add %8626, %8624 : f32[8] @ models/lib/nn.yaml:80:7
%8628 = cast %8616 : f64[] @ models/lib/nn.yaml:80:7
%8629 = pow %5104, %8628 : f64[] @ models/lib/nn.yaml:80:7
%8630 = sub %5085, %8629 : f64[] @ models/lib/nn.yaml:80:7
%8631 = div %3087, %8630 : f64[] @ models/lib/nn.yaml:80:7
%8632 = pow %5112, %8628 : f64[] @ models/lib/nn.yaml:80:7
%8633 = sub %5085, %8632 : f64[] @ models/lib/nn.yaml:80:7
%8634 = sqrt %8633 : f64[] @ models/lib/nn.yaml:80:7
%8635 = div %5085, %8634 : f64[] @ models/lib/nn.yaml:80:7
%8636 = sqrt %8627 : f32[8] @ models/lib/nn.yaml:80:7
%8637 = cast %8635 : f32[] @ models/lib/nn.yaml:80:7
%8638 = broadcast %8637 : f32[8] @ models/lib/nn.yaml:80:7
%8639 = mul %8636, %8638 : f32[8] @ models/lib/nn.yaml:80:7
%8640 = broadcast %5129 : f32[8] @ models/lib/nn.yaml:80:7
%8641 = add %8639, %8640 : f32[8] @ models/lib/nn.yaml:80:7
%8642 = div %8621, %8641 : f32[8] @ models/lib/nn.yaml:80:7
%8643 = cast %8631 : f32[] @ models/lib/nn.yaml:80:7
%8644 = broadcast %8643 : f32[8] @ models/lib/nn.yaml:80:7
%8645 = mul %8642, %8644 : f32[8] @ models/lib/nn.yaml:80:7
%8646 = sub %74, %8645 : f32[8] @ models/lib/nn.yaml:80:7
%8647 = assign %74, %8646 : f32[8] @ models/lib/nn.yaml:80:7
%8648 = assign %8613, %8621 : f32[8] @ models/lib/nn.yaml:80:7
%8649 = assign %8614, %8627 : f32[8] @ models/lib/nn.yaml:80:7
%8650 = assign %8615, %8616 : i64[] @ models/lib/nn.yaml:80:7
%8651 = broadcast %5141 : f32[8] @ models/lib/nn.yaml:80:7
%8652 = mul %152, %8651 : f32[8] @ models/lib/nn.yaml:80:7
%8653 = broadcast %5145 : f32[8] @ models/lib/nn.yaml:80:7
%8654 = mul %8646, %8653 : f32[8] @ models/lib/nn.yaml:80:7
%8655 = add %8652, %8654 : f32[8] @ models/lib/nn.yaml:80:7
%8656 = assign %152, %8655 : f32[8] @ models/lib/nn.yaml:80:7
%8657 = broadcast %5141 : f32[32,1] @ models/lib/dino.yaml:18:7
%8658 = mul %153, %8657 : f32[32,1] @ models/lib/dino.yaml:18:7
%8659 = broadcast %5145 : f32[32,1] @ models/lib/dino.yaml:18:7
%8660 = mul %75, %8659 : f32[32,1] @ models/lib/dino.yaml:18:7
%8661 = add %8658, %8660 : f32[32,1] @ models/lib/dino.yaml:18:7
%8662 = assign %153, %8661 : f32[32,1] @ models/lib/dino.yaml:18:7
%8663 = all_reduce_sum %4158 : f32[32,8] @ models/lib/dino.yaml:19:7
%8664 = reshape %8663 : f32[256] @ models/lib/dino.yaml:19:7
%8665 = mul %8664, %8664 : f32[256] @ models/lib/dino.yaml:19:7
%8666 = reduce_sum %8665 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%8667 = sqrt %8666 : f32[] @ models/lib/dino.yaml:19:7
%8668 = cast %8667 : f64[] @ models/lib/dino.yaml:19:7
%8669 = add %8668, %5081 : f64[] @ models/lib/dino.yaml:19:7
%8670 = div %5083, %8669 : f64[] @ models/lib/dino.yaml:19:7
%8671 = lt %8670, %5085 : bool[] @ models/lib/dino.yaml:19:7
%8672 = cast %8670 : f32[] @ models/lib/dino.yaml:19:7
%8673 = broadcast %8672 : f32[32,8] @ models/lib/dino.yaml:19:7
%8674 = mul %8663, %8673 : f32[32,8] @ models/lib/dino.yaml:19:7
%8675 = broadcast %8671 : bool[32,8] @ models/lib/dino.yaml:19:7
%8676 = select %8675, %8674, %8663 : f32[32,8] @ models/lib/dino.yaml:19:7
%8677 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%8678 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%8679 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%8680 = add %8679, %5095 : i64[] @ models/lib/dino.yaml:19:7
%8681 = broadcast %5099 : f32[32,8] @ models/lib/dino.yaml:19:7
%8682 = mul %76, %8681 : f32[32,8] @ models/lib/dino.yaml:19:7
%8683 = broadcast %2843 : f32[32,8] @ models/lib/dino.yaml:19:7
%8684 = mul %8676, %8683 : f32[32,8] @ models/lib/dino.yaml:19:7
%8685 = broadcast %1916 : f32[32,8] @ models/lib/dino.yaml:19:7
%8686 = mul %8677, %8685 : f32[32,8] @ models/lib/dino.yaml:19:7
%8687 = add %8686, %8684 : f32[32,8] @ models/lib/dino.yaml:19:7
%8688 = mul %8676, %8676 : f32[32,8] @ models/lib/dino.yaml:19:7
%8689 = broadcast %5109 : f32[32,8] @ models/lib/dino.yaml:19:7
%8690 = mul %8688, %8689 : f32[32,8] @ models/lib/dino.yaml:19:7
%8691 = broadcast %5113 : f32[32,8] @ models/lib/dino.yaml:19:7
%8692 = mul %8678, %8691 : f32[32,8] @ models/lib/dino.yaml:19:7
%8693 = add %8692, %8690 : f32[32,8] @ models/lib/dino.yaml:19:7
%8694 = cast %8680 : f64[] @ models/lib/dino.yaml:19:7
%8695 = pow %5104, %8694 : f64[] @ models/lib/dino.yaml:19:7
%8696 = sub %5085, %8695 : f64[] @ models/lib/dino.yaml:19:7
%8697 = div %3087, %8696 : f64[] @ models/lib/dino.yaml:19:7
%8698 = pow %5112, %8694 : f64[] @ models/lib/dino.yaml:19:7
%8699 = sub %5085, %8698 : f64[] @ models/lib/dino.yaml:19:7
%8700 = sqrt %8699 : f64[] @ models/lib/dino.yaml:19:7
%8701 = div %5085, %8700 : f64[] @ models/lib/dino.yaml:19:7
%8702 = sqrt %8693 : f32[32,8] @ models/lib/dino.yaml:19:7
%8703 = cast %8701 : f32[] @ models/lib/dino.yaml:19:7
%8704 = broadcast %8703 : f32[32,8] @ models/lib/dino.yaml:19:7
%8705 = mul %8702, %8704 : f32[32,8] @ models/lib/dino.yaml:19:7
%8706 = broadcast %5129 : f32[32,8] @ models/lib/dino.yaml:19:7
%8707 = add %8705, %8706 : f32[32,8] @ models/lib/dino.yaml:19:7
%8708 = div %8687, %8707 : f32[32,8] @ models/lib/dino.yaml:19:7
%8709 = cast %8697 : f32[] @ models/lib/dino.yaml:19:7
%8710 = broadcast %8709 : f32[32,8] @ models/lib/dino.yaml:19:7
%8711 = mul %8708, %8710 : f32[32,8] @ models/lib/dino.yaml:19:7
%8712 = sub %8682, %8711 : f32[32,8] @ models/lib/dino.yaml:19:7
%8713 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%8714 = lt %8713, %5095 : bool[] @ models/lib/dino.yaml:19:7
%8715 = broadcast %8714 : bool[32,8] @ models/lib/dino.yaml:19:7
%8716 = select %8715, %76, %8712 : f32[32,8] @ models/lib/dino.yaml:19:7
%8717 = select %8715, %8677, %8687 : f32[32,8] @ models/lib/dino.yaml:19:7
%8718 = select %8715, %8678, %8693 : f32[32,8] @ models/lib/dino.yaml:19:7
%8719 = select %8714, %8679, %8680 : i64[] @ models/lib/dino.yaml:19:7
%8720 = assign %76, %8716 : f32[32,8] @ models/lib/dino.yaml:19:7
%8721 = assign %8677, %8717 : f32[32,8] @ models/lib/dino.yaml:19:7
%8722 = assign %8678, %8718 : f32[32,8] @ models/lib/dino.yaml:19:7
%8723 = assign %8679, %8719 : i64[] @ models/lib/dino.yaml:19:7
%8724 = broadcast %5141 : f32[32,8] @ models/lib/dino.yaml:19:7
%8725 = mul %154, %8724 : f32[32,8] @ models/lib/dino.yaml:19:7
%8726 = broadcast %5145 : f32[32,8] @ models/lib/dino.yaml:19:7
%8727 = mul %8716, %8726 : f32[32,8] @ models/lib/dino.yaml:19:7
%8728 = add %8725, %8727 : f32[32,8] @ models/lib/dino.yaml:19:7
%8729 = assign %154, %8728 : f32[32,8] @ models/lib/dino.yaml:19:7
%8730 = all_reduce_sum %4139 : f32[24,16] @ models/lib/nn.yaml:79:7
%8731 = reshape %8730 : f32[384] @ models/lib/nn.yaml:79:7
%8732 = mul %8731, %8731 : f32[384] @ models/lib/nn.yaml:79:7
%8733 = reduce_sum %8732 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8734 = sqrt %8733 : f32[] @ models/lib/nn.yaml:79:7
%8735 = cast %8734 : f64[] @ models/lib/nn.yaml:79:7
%8736 = add %8735, %5081 : f64[] @ models/lib/nn.yaml:79:7
%8737 = div %5083, %8736 : f64[] @ models/lib/nn.yaml:79:7
%8738 = lt %8737, %5085 : bool[] @ models/lib/nn.yaml:79:7
%8739 = cast %8737 : f32[] @ models/lib/nn.yaml:79:7
%8740 = broadcast %8739 : f32[24,16] @ models/lib/nn.yaml:79:7
%8741 = mul %8730, %8740 : f32[24,16] @ models/lib/nn.yaml:79:7
%8742 = broadcast %8738 : bool[24,16] @ models/lib/nn.yaml:79:7
%8743 = select %8742, %8741, %8730 : f32[24,16] @ models/lib/nn.yaml:79:7
%8744 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%8745 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%8746 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8747 = add %8746, %5095 : i64[] @ models/lib/nn.yaml:79:7
%8748 = mul %77, %8331 : f32[24,16] @ models/lib/nn.yaml:79:7
%8749 = mul %8743, %8333 : f32[24,16] @ models/lib/nn.yaml:79:7
%8750 = mul %8744, %8335 : f32[24,16] @ models/lib/nn.yaml:79:7
%8751 = add %8750, %8749 : f32[24,16] @ models/lib/nn.yaml:79:7
%8752 = mul %8743, %8743 : f32[24,16] @ models/lib/nn.yaml:79:7
%8753 = mul %8752, %8339 : f32[24,16] @ models/lib/nn.yaml:79:7
%8754 = mul %8745, %8341 : f32[24,16] @ models/lib/nn.yaml:79:7
%8755 = add %8754, %8753 : f32[24,16] @ models/lib/nn.yaml:79:7
%8756 = cast %8747 : f64[] @ models/lib/nn.yaml:79:7
%8757 = pow %5104, %8756 : f64[] @ models/lib/nn.yaml:79:7
%8758 = sub %5085, %8757 : f64[] @ models/lib/nn.yaml:79:7
%8759 = div %3087, %8758 : f64[] @ models/lib/nn.yaml:79:7
%8760 = pow %5112, %8756 : f64[] @ models/lib/nn.yaml:79:7
%8761 = sub %5085, %8760 : f64[] @ models/lib/nn.yaml:79:7
%8762 = sqrt %8761 : f64[] @ models/lib/nn.yaml:79:7
%8763 = div %5085, %8762 : f64[] @ models/lib/nn.yaml:79:7
%8764 = sqrt %8755 : f32[24,16] @ models/lib/nn.yaml:79:7
%8765 = cast %8763 : f32[] @ models/lib/nn.yaml:79:7
%8766 = broadcast %8765 : f32[24,16] @ models/lib/nn.yaml:79:7
%8767 = mul %8764, %8766 : f32[24,16] @ models/lib/nn.yaml:79:7
%8768 = add %8767, %8356 : f32[24,16] @ models/lib/nn.yaml:79:7
%8769 = div %8751, %8768 : f32[24,16] @ models/lib/nn.yaml:79:7
%8770 = cast %8759 : f32[] @ models/lib/nn.yaml:79:7
%8771 = broadcast %8770 : f32[24,16] @ models/lib/nn.yaml:79:7
%8772 = mul %8769, %8771 : f32[24,16] @ models/lib/nn.yaml:79:7
%8773 = sub %8748, %8772 : f32[24,16] @ models/lib/nn.yaml:79:7
%8774 = assign %77, %8773 : f32[24,16] @ models/lib/nn.yaml:79:7
%8775 = assign %8744, %8751 : f32[24,16] @ models/lib/nn.yaml:79:7
%8776 = assign %8745, %8755 : f32[24,16] @ models/lib/nn.yaml:79:7
%8777 = assign %8746, %8747 : i64[] @ models/lib/nn.yaml:79:7
%8778 = mul %155, %8367 : f32[24,16] @ models/lib/nn.yaml:79:7
%8779 = mul %8773, %8369 : f32[24,16] @ models/lib/nn.yaml:79:7
%8780 = add %8778, %8779 : f32[24,16] @ models/lib/nn.yaml:79:7
%8781 = assign %155, %8780 : f32[24,16] @ models/lib/nn.yaml:79:7
%8782 = all_reduce_sum %4131 : f32[24] @ models/lib/nn.yaml:80:7
%8783 = mul %8782, %8782 : f32[24] @ models/lib/nn.yaml:80:7
%8784 = reduce_sum %8783 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8785 = sqrt %8784 : f32[] @ models/lib/nn.yaml:80:7
%8786 = cast %8785 : f64[] @ models/lib/nn.yaml:80:7
%8787 = add %8786, %5081 : f64[] @ models/lib/nn.yaml:80:7
%8788 = div %5083, %8787 : f64[] @ models/lib/nn.yaml:80:7
%8789 = lt %8788, %5085 : bool[] @ models/lib/nn.yaml:80:7
%8790 = cast %8788 : f32[] @ models/lib/nn.yaml:80:7
%8791 = broadcast %8790 : f32[24] @ models/lib/nn.yaml:80:7
%8792 = mul %8782, %8791 : f32[24] @ models/lib/nn.yaml:80:7
%8793 = broadcast %8789 : bool[24] @ models/lib/nn.yaml:80:7
%8794 = select %8793, %8792, %8782 : f32[24] @ models/lib/nn.yaml:80:7
%8795 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8796 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8797 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8798 = add %8797, %5095 : i64[] @ models/lib/nn.yaml:80:7
%8799 = mul %8794, %8390 : f32[24] @ models/lib/nn.yaml:80:7
%8800 = mul %8795, %8392 : f32[24] @ models/lib/nn.yaml:80:7
%8801 = add %8800, %8799 : f32[24] @ models/lib/nn.yaml:80:7
%8802 = mul %8794, %8794 : f32[24] @ models/lib/nn.yaml:80:7
%8803 = mul %8802, %8396 : f32[24] @ models/lib/nn.yaml:80:7
%8804 = mul %8796, %8398 : f32[24] @ models/lib/nn.yaml:80:7
%8805 = add %8804, %8803 : f32[24] @ models/lib/nn.yaml:80:7
%8806 = cast %8798 : f64[] @ models/lib/nn.yaml:80:7
%8807 = pow %5104, %8806 : f64[] @ models/lib/nn.yaml:80:7
%8808 = sub %5085, %8807 : f64[] @ models/lib/nn.yaml:80:7
%8809 = div %3087, %8808 : f64[] @ models/lib/nn.yaml:80:7
%8810 = pow %5112, %8806 : f64[] @ models/lib/nn.yaml:80:7
%8811 = sub %5085, %8810 : f64[] @ models/lib/nn.yaml:80:7
%8812 = sqrt %8811 : f64[] @ models/lib/nn.yaml:80:7
%8813 = div %5085, %8812 : f64[] @ models/lib/nn.yaml:80:7
%8814 = sqrt %8805 : f32[24] @ models/lib/nn.yaml:80:7
%8815 = cast %8813 : f32[] @ models/lib/nn.yaml:80:7
%8816 = broadcast %8815 : f32[24] @ models/lib/nn.yaml:80:7
%8817 = mul %8814, %8816 : f32[24] @ models/lib/nn.yaml:80:7
%8818 = add %8817, %8413 : f32[24] @ models/lib/nn.yaml:80:7
%8819 = div %8801, %8818 : f32[24] @ models/lib/nn.yaml:80:7
%8820 = cast %8809 : f32[] @ models/lib/nn.yaml:80:7
%8821 = broadcast %8820 : f32[24] @ models/lib/nn.yaml:80:7
%8822 = mul %8819, %8821 : f32[24] @ models/lib/nn.yaml:80:7
%8823 = sub %78, %8822 : f32[24] @ models/lib/nn.yaml:80:7
%8824 = assign %78, %8823 : f32[24] @ models/lib/nn.yaml:80:7
%8825 = assign %8795, %8801 : f32[24] @ models/lib/nn.yaml:80:7
%8826 = assign %8796, %8805 : f32[24] @ models/lib/nn.yaml:80:7
%8827 = assign %8797, %8798 : i64[] @ models/lib/nn.yaml:80:7
%8828 = mul %156, %8424 : f32[24] @ models/lib/nn.yaml:80:7
%8829 = mul %8823, %8426 : f32[24] @ models/lib/nn.yaml:80:7
%8830 = add %8828, %8829 : f32[24] @ models/lib/nn.yaml:80:7
%8831 = assign %156, %8830 : f32[24] @ models/lib/nn.yaml:80:7
%8832 = all_reduce_sum %4115 : f32[24,24] @ models/lib/nn.yaml:79:7
%8833 = reshape %8832 : f32[576] @ models/lib/nn.yaml:79:7
%8834 = mul %8833, %8833 : f32[576] @ models/lib/nn.yaml:79:7
%8835 = reduce_sum %8834 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8836 = sqrt %8835 : f32[] @ models/lib/nn.yaml:79:7
%8837 = cast %8836 : f64[] @ models/lib/nn.yaml:79:7
%8838 = add %8837, %5081 : f64[] @ models/lib/nn.yaml:79:7
%8839 = div %5083, %8838 : f64[] @ models/lib/nn.yaml:79:7
%8840 = lt %8839, %5085 : bool[] @ models/lib/nn.yaml:79:7
%8841 = cast %8839 : f32[] @ models/lib/nn.yaml:79:7
%8842 = broadcast %8841 : f32[24,24] @ models/lib/nn.yaml:79:7
%8843 = mul %8832, %8842 : f32[24,24] @ models/lib/nn.yaml:79:7
%8844 = broadcast %8840 : bool[24,24] @ models/lib/nn.yaml:79:7
%8845 = select %8844, %8843, %8832 : f32[24,24] @ models/lib/nn.yaml:79:7
%8846 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%8847 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%8848 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8849 = add %8848, %5095 : i64[] @ models/lib/nn.yaml:79:7
%8850 = mul %79, %8448 : f32[24,24] @ models/lib/nn.yaml:79:7
%8851 = mul %8845, %8450 : f32[24,24] @ models/lib/nn.yaml:79:7
%8852 = mul %8846, %8452 : f32[24,24] @ models/lib/nn.yaml:79:7
%8853 = add %8852, %8851 : f32[24,24] @ models/lib/nn.yaml:79:7
%8854 = mul %8845, %8845 : f32[24,24] @ models/lib/nn.yaml:79:7
%8855 = mul %8854, %8456 : f32[24,24] @ models/lib/nn.yaml:79:7
%8856 = mul %8847, %8458 : f32[24,24] @ models/lib/nn.yaml:79:7
%8857 = add %8856, %8855 : f32[24,24] @ models/lib/nn.yaml:79:7
%8858 = cast %8849 : f64[] @ models/lib/nn.yaml:79:7
%8859 = pow %5104, %8858 : f64[] @ models/lib/nn.yaml:79:7
%8860 = sub %5085, %8859 : f64[] @ models/lib/nn.yaml:79:7
%8861 = div %3087, %8860 : f64[] @ models/lib/nn.yaml:79:7
%8862 = pow %5112, %8858 : f64[] @ models/lib/nn.yaml:79:7
%8863 = sub %5085, %8862 : f64[] @ models/lib/nn.yaml:79:7
%8864 = sqrt %8863 : f64[] @ models/lib/nn.yaml:79:7
%8865 = div %5085, %8864 : f64[] @ models/lib/nn.yaml:79:7
%8866 = sqrt %8857 : f32[24,24] @ models/lib/nn.yaml:79:7
%8867 = cast %8865 : f32[] @ models/lib/nn.yaml:79:7
%8868 = broadcast %8867 : f32[24,24] @ models/lib/nn.yaml:79:7
%8869 = mul %8866, %8868 : f32[24,24] @ models/lib/nn.yaml:79:7
%8870 = add %8869, %8473 : f32[24,24] @ models/lib/nn.yaml:79:7
%8871 = div %8853, %8870 : f32[24,24] @ models/lib/nn.yaml:79:7
%8872 = cast %8861 : f32[] @ models/lib/nn.yaml:79:7
%8873 = broadcast %8872 : f32[24,24] @ models/lib/nn.yaml:79:7
%8874 = mul %8871, %8873 : f32[24,24] @ models/lib/nn.yaml:79:7
%8875 = sub %8850, %8874 : f32[24,24] @ models/lib/nn.yaml:79:7
%8876 = assign %79, %8875 : f32[24,24] @ models/lib/nn.yaml:79:7
%8877 = assign %8846, %8853 : f32[24,24] @ models/lib/nn.yaml:79:7
%8878 = assign %8847, %8857 : f32[24,24] @ models/lib/nn.yaml:79:7
%8879 = assign %8848, %8849 : i64[] @ models/lib/nn.yaml:79:7
%8880 = mul %157, %8484 : f32[24,24] @ models/lib/nn.yaml:79:7
%8881 = mul %8875, %8486 : f32[24,24] @ models/lib/nn.yaml:79:7
%8882 = add %8880, %8881 : f32[24,24] @ models/lib/nn.yaml:79:7
%8883 = assign %157, %8882 : f32[24,24] @ models/lib/nn.yaml:79:7
%8884 = all_reduce_sum %4107 : f32[24] @ models/lib/nn.yaml:80:7
%8885 = mul %8884, %8884 : f32[24] @ models/lib/nn.yaml:80:7
%8886 = reduce_sum %8885 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8887 = sqrt %8886 : f32[] @ models/lib/nn.yaml:80:7
%8888 = cast %8887 : f64[] @ models/lib/nn.yaml:80:7
%8889 = add %8888, %5081 : f64[] @ models/lib/nn.yaml:80:7
%8890 = div %5083, %8889 : f64[] @ models/lib/nn.yaml:80:7
%8891 = lt %8890, %5085 : bool[] @ models/lib/nn.yaml:80:7
%8892 = cast %8890 : f32[] @ models/lib/nn.yaml:80:7
%8893 = broadcast %8892 : f32[24] @ models/lib/nn.yaml:80:7
%8894 = mul %8884, %8893 : f32[24] @ models/lib/nn.yaml:80:7
%8895 = broadcast %8891 : bool[24] @ models/lib/nn.yaml:80:7
%8896 = select %8895, %8894, %8884 : f32[24] @ models/lib/nn.yaml:80:7
%8897 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8898 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8899 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8900 = add %8899, %5095 : i64[] @ models/lib/nn.yaml:80:7
%8901 = mul %8896, %8390 : f32[24] @ models/lib/nn.yaml:80:7
%8902 = mul %8897, %8392 : f32[24] @ models/lib/nn.yaml:80:7
%8903 = add %8902, %8901 : f32[24] @ models/lib/nn.yaml:80:7
%8904 = mul %8896, %8896 : f32[24] @ models/lib/nn.yaml:80:7
%8905 = mul %8904, %8396 : f32[24] @ models/lib/nn.yaml:80:7
%8906 = mul %8898, %8398 : f32[24] @ models/lib/nn.yaml:80:7
%8907 = add %8906, %8905 : f32[24] @ models/lib/nn.yaml:80:7
%8908 = cast %8900 : f64[] @ models/lib/nn.yaml:80:7
%8909 = pow %5104, %8908 : f64[] @ models/lib/nn.yaml:80:7
%8910 = sub %5085, %8909 : f64[] @ models/lib/nn.yaml:80:7
%8911 = div %3087, %8910 : f64[] @ models/lib/nn.yaml:80:7
%8912 = pow %5112, %8908 : f64[] @ models/lib/nn.yaml:80:7
%8913 = sub %5085, %8912 : f64[] @ models/lib/nn.yaml:80:7
%8914 = sqrt %8913 : f64[] @ models/lib/nn.yaml:80:7
%8915 = div %5085, %8914 : f64[] @ models/lib/nn.yaml:80:7
%8916 = sqrt %8907 : f32[24] @ models/lib/nn.yaml:80:7
%8917 = cast %8915 : f32[] @ models/lib/nn.yaml:80:7
%8918 = broadcast %8917 : f32[24] @ models/lib/nn.yaml:80:7
%8919 = mul %8916, %8918 : f32[24] @ models/lib/nn.yaml:80:7
%8920 = add %8919, %8413 : f32[24] @ models/lib/nn.yaml:80:7
%8921 = div %8903, %8920 : f32[24] @ models/lib/nn.yaml:80:7
%8922 = cast %8911 : f32[] @ models/lib/nn.yaml:80:7
%8923 = broadcast %8922 : f32[24] @ models/lib/nn.yaml:80:7
%8924 = mul %8921, %8923 : f32[24] @ models/lib/nn.yaml:80:7
%8925 = sub %80, %8924 : f32[24] @ models/lib/nn.yaml:80:7
%8926 = assign %80, %8925 : f32[24] @ models/lib/nn.yaml:80:7
%8927 = assign %8897, %8903 : f32[24] @ models/lib/nn.yaml:80:7
%8928 = assign %8898, %8907 : f32[24] @ models/lib/nn.yaml:80:7
%8929 = assign %8899, %8900 : i64[] @ models/lib/nn.yaml:80:7
%8930 = mul %158, %8424 : f32[24] @ models/lib/nn.yaml:80:7
%8931 = mul %8925, %8426 : f32[24] @ models/lib/nn.yaml:80:7
%8932 = add %8930, %8931 : f32[24] @ models/lib/nn.yaml:80:7
%8933 = assign %158, %8932 : f32[24] @ models/lib/nn.yaml:80:7
%8934 = all_reduce_sum %4090 : f32[8,24] @ models/lib/nn.yaml:79:7
%8935 = reshape %8934 : f32[192] @ models/lib/nn.yaml:79:7
%8936 = mul %8935, %8935 : f32[192] @ models/lib/nn.yaml:79:7
%8937 = reduce_sum %8936 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8938 = sqrt %8937 : f32[] @ models/lib/nn.yaml:79:7
%8939 = cast %8938 : f64[] @ models/lib/nn.yaml:79:7
%8940 = add %8939, %5081 : f64[] @ models/lib/nn.yaml:79:7
%8941 = div %5083, %8940 : f64[] @ models/lib/nn.yaml:79:7
%8942 = lt %8941, %5085 : bool[] @ models/lib/nn.yaml:79:7
%8943 = cast %8941 : f32[] @ models/lib/nn.yaml:79:7
%8944 = broadcast %8943 : f32[8,24] @ models/lib/nn.yaml:79:7
%8945 = mul %8934, %8944 : f32[8,24] @ models/lib/nn.yaml:79:7
%8946 = broadcast %8942 : bool[8,24] @ models/lib/nn.yaml:79:7
%8947 = select %8946, %8945, %8934 : f32[8,24] @ models/lib/nn.yaml:79:7
%8948 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8949 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8950 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8951 = add %8950, %5095 : i64[] @ models/lib/nn.yaml:79:7
%8952 = mul %81, %8558 : f32[8,24] @ models/lib/nn.yaml:79:7
%8953 = mul %8947, %8560 : f32[8,24] @ models/lib/nn.yaml:79:7
%8954 = mul %8948, %8562 : f32[8,24] @ models/lib/nn.yaml:79:7
%8955 = add %8954, %8953 : f32[8,24] @ models/lib/nn.yaml:79:7
%8956 = mul %8947, %8947 : f32[8,24] @ models/lib/nn.yaml:79:7
%8957 = mul %8956, %8566 : f32[8,24] @ models/lib/nn.yaml:79:7
%8958 = mul %8949, %8568 : f32[8,24] @ models/lib/nn.yaml:79:7
%8959 = add %8958, %8957 : f32[8,24] @ models/lib/nn.yaml:79:7
%8960 = cast %8951 : f64[] @ models/lib/nn.yaml:79:7
%8961 = pow %5104, %8960 : f64[] @ models/lib/nn.yaml:79:7
%8962 = sub %5085, %8961 : f64[] @ models/lib/nn.yaml:79:7
%8963 = div %3087, %8962 : f64[] @ models/lib/nn.yaml:79:7
%8964 = pow %5112, %8960 : f64[] @ models/lib/nn.yaml:79:7
%8965 = sub %5085, %8964 : f64[] @ models/lib/nn.yaml:79:7
%8966 = sqrt %8965 : f64[] @ models/lib/nn.yaml:79:7
%8967 = div %5085, %8966 : f64[] @ models/lib/nn.yaml:79:7
%8968 = sqrt %8959 : f32[8,24] @ models/lib/nn.yaml:79:7
%8969 = cast %8967 : f32[] @ models/lib/nn.yaml:79:7
%8970 = broadcast %8969 : f32[8,24] @ models/lib/nn.yaml:79:7
%8971 = mul %8968, %8970 : f32[8,24] @ models/lib/nn.yaml:79:7
%8972 = add %8971, %8583 : f32[8,24] @ models/lib/nn.yaml:79:7
%8973 = div %8955, %8972 : f32[8,24] @ models/lib/nn.yaml:79:7
%8974 = cast %8963 : f32[] @ models/lib/nn.yaml:79:7
%8975 = broadcast %8974 : f32[8,24] @ models/lib/nn.yaml:79:7
%8976 = mul %8973, %8975 : f32[8,24] @ models/lib/nn.yaml:79:7
%8977 = sub %8952, %8976 : f32[8,24] @ models/lib/nn.yaml:79:7
%8978 = assign %81, %8977 : f32[8,24] @ models/lib/nn.yaml:79:7
%8979 = assign %8948, %8955 : f32[8,24] @ models/lib/nn.yaml:79:7
%8980 = assign %8949, %8959 : f32[8,24] @ models/lib/nn.yaml:79:7
%8981 = assign %8950, %8951 : i64[] @ models/lib/nn.yaml:79:7
%8982 = mul %159, %8594 : f32[8,24] @ models/lib/nn.yaml:79:7
%8983 = mul %8977, %8596 : f32[8,24] @ models/lib/nn.yaml:79:7
%8984 = add %8982, %8983 : f32[8,24] @ models/lib/nn.yaml:79:7
%8985 = assign %159, %8984 : f32[8,24] @ models/lib/nn.yaml:79:7
%8986 = all_reduce_sum %4082 : f32[8] @ models/lib/nn.yaml:80:7
%8987 = mul %8986, %8986 : f32[8] @ models/lib/nn.yaml:80:7
%8988 = reduce_sum %8987 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8989 = sqrt %8988 : f32[] @ models/lib/nn.yaml:80:7
%8990 = cast %8989 : f64[] @ models/lib/nn.yaml:80:7
%8991 = add %8990, %5081 : f64[] @ models/lib/nn.yaml:80:7
%8992 = div %5083, %8991 : f64[] @ models/lib/nn.yaml:80:7
%8993 = lt %8992, %5085 : bool[] @ models/lib/nn.yaml:80:7
%8994 = cast %8992 : f32[] @ models/lib/nn.yaml:80:7
%8995 = broadcast %8994 : f32[8] @ models/lib/nn.yaml:80:7
%8996 = mul %8986, %8995 : f32[8] @ models/lib/nn.yaml:80:7
%8997 = broadcast %8993 : bool[8] @ models/lib/nn.yaml:80:7
%8998 = select %8997, %8996, %8986 : f32[8] @ models/lib/nn.yaml:80:7
%8999 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9000 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9001 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9002 = add %9001, %5095 : i64[] @ models/lib/nn.yaml:80:7
%9003 = mul %8998, %8617 : f32[8] @ models/lib/nn.yaml:80:7
%9004 = mul %8999, %8619 : f32[8] @ models/lib/nn.yaml:80:7
%9005 = add %9004, %9003 : f32[8] @ models/lib/nn.yaml:80:7
%9006 = mul %8998, %8998 : f32[8] @ models/lib/nn.yaml:80:7
%9007 = mul %9006, %8623 : f32[8] @ models/lib/nn.yaml:80:7
%9008 = mul %9000, %8625 : f32[8] @ models/lib/nn.yaml:80:7
%9009 = add %9008, %9007 : f32[8] @ models/lib/nn.yaml:80:7
%9010 = cast %9002 : f64[] @ models/lib/nn.yaml:80:7
%9011 = pow %5104, %9010 : f64[] @ models/lib/nn.yaml:80:7
%9012 = sub %5085, %9011 : f64[] @ models/lib/nn.yaml:80:7
%9013 = div %3087, %9012 : f64[] @ models/lib/nn.yaml:80:7
%9014 = pow %5112, %9010 : f64[] @ models/lib/nn.yaml:80:7
%9015 = sub %5085, %9014 : f64[] @ models/lib/nn.yaml:80:7
%9016 = sqrt %9015 : f64[] @ models/lib/nn.yaml:80:7
%9017 = div %5085, %9016 : f64[] @ models/lib/nn.yaml:80:7
%9018 = sqrt %9009 : f32[8] @ models/lib/nn.yaml:80:7
%9019 = cast %9017 : f32[] @ models/lib/nn.yaml:80:7
%9020 = broadcast %9019 : f32[8] @ models/lib/nn.yaml:80:7
%9021 = mul %9018, %9020 : f32[8] @ models/lib/nn.yaml:80:7
%9022 = add %9021, %8640 : f32[8] @ models/lib/nn.yaml:80:7
%9023 = div %9005, %9022 : f32[8] @ models/lib/nn.yaml:80:7
%9024 = cast %9013 : f32[] @ models/lib/nn.yaml:80:7
%9025 = broadcast %9024 : f32[8] @ models/lib/nn.yaml:80:7
%9026 = mul %9023, %9025 : f32[8] @ models/lib/nn.yaml:80:7
%9027 = sub %82, %9026 : f32[8] @ models/lib/nn.yaml:80:7
%9028 = assign %82, %9027 : f32[8] @ models/lib/nn.yaml:80:7
%9029 = assign %8999, %9005 : f32[8] @ models/lib/nn.yaml:80:7
%9030 = assign %9000, %9009 : f32[8] @ models/lib/nn.yaml:80:7
%9031 = assign %9001, %9002 : i64[] @ models/lib/nn.yaml:80:7
%9032 = mul %160, %8651 : f32[8] @ models/lib/nn.yaml:80:7
%9033 = mul %9027, %8653 : f32[8] @ models/lib/nn.yaml:80:7
%9034 = add %9032, %9033 : f32[8] @ models/lib/nn.yaml:80:7
%9035 = assign %160, %9034 : f32[8] @ models/lib/nn.yaml:80:7
%9036 = broadcast %5141 : f32[16,1] @ models/lib/dino.yaml:18:7
%9037 = mul %161, %9036 : f32[16,1] @ models/lib/dino.yaml:18:7
%9038 = broadcast %5145 : f32[16,1] @ models/lib/dino.yaml:18:7
%9039 = mul %83, %9038 : f32[16,1] @ models/lib/dino.yaml:18:7
%9040 = add %9037, %9039 : f32[16,1] @ models/lib/dino.yaml:18:7
%9041 = assign %161, %9040 : f32[16,1] @ models/lib/dino.yaml:18:7
%9042 = all_reduce_sum %4058 : f32[16,8] @ models/lib/dino.yaml:19:7
%9043 = reshape %9042 : f32[128] @ models/lib/dino.yaml:19:7
%9044 = mul %9043, %9043 : f32[128] @ models/lib/dino.yaml:19:7
%9045 = reduce_sum %9044 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%9046 = sqrt %9045 : f32[] @ models/lib/dino.yaml:19:7
%9047 = cast %9046 : f64[] @ models/lib/dino.yaml:19:7
%9048 = add %9047, %5081 : f64[] @ models/lib/dino.yaml:19:7
%9049 = div %5083, %9048 : f64[] @ models/lib/dino.yaml:19:7
%9050 = lt %9049, %5085 : bool[] @ models/lib/dino.yaml:19:7
%9051 = cast %9049 : f32[] @ models/lib/dino.yaml:19:7
%9052 = broadcast %9051 : f32[16,8] @ models/lib/dino.yaml:19:7
%9053 = mul %9042, %9052 : f32[16,8] @ models/lib/dino.yaml:19:7
%9054 = broadcast %9050 : bool[16,8] @ models/lib/dino.yaml:19:7
%9055 = select %9054, %9053, %9042 : f32[16,8] @ models/lib/dino.yaml:19:7
%9056 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%9057 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%9058 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%9059 = add %9058, %5095 : i64[] @ models/lib/dino.yaml:19:7
%9060 = broadcast %5099 : f32[16,8] @ models/lib/dino.yaml:19:7
%9061 = mul %84, %9060 : f32[16,8] @ models/lib/dino.yaml:19:7
%9062 = broadcast %2843 : f32[16,8] @ models/lib/dino.yaml:19:7
%9063 = mul %9055, %9062 : f32[16,8] @ models/lib/dino.yaml:19:7
%9064 = broadcast %1916 : f32[16,8] @ models/lib/dino.yaml:19:7
%9065 = mul %9056, %9064 : f32[16,8] @ models/lib/dino.yaml:19:7
%9066 = add %9065, %9063 : f32[16,8] @ models/lib/dino.yaml:19:7
%9067 = mul %9055, %9055 : f32[16,8] @ models/lib/dino.yaml:19:7
%9068 = broadcast %5109 : f32[16,8] @ models/lib/dino.yaml:19:7
%9069 = mul %9067, %9068 : f32[16,8] @ models/lib/dino.yaml:19:7
%9070 = broadcast %5113 : f32[16,8] @ models/lib/dino.yaml:19:7
%9071 = mul %9057, %9070 : f32[16,8] @ models/lib/dino.yaml:19:7
%9072 = add %9071, %9069 : f32[16,8] @ models/lib/dino.yaml:19:7
%9073 = cast %9059 : f64[] @ models/lib/dino.yaml:19:7
%9074 = pow %5104, %9073 : f64[] @ models/lib/dino.yaml:19:7
%9075 = sub %5085, %9074 : f64[] @ models/lib/dino.yaml:19:7
%9076 = div %3087, %9075 : f64[] @ models/lib/dino.yaml:19:7
%9077 = pow %5112, %9073 : f64[] @ models/lib/dino.yaml:19:7
%9078 = sub %5085, %9077 : f64[] @ models/lib/dino.yaml:19:7
%9079 = sqrt %9078 : f64[] @ models/lib/dino.yaml:19:7
%9080 = div %5085, %9079 : f64[] @ models/lib/dino.yaml:19:7
%9081 = sqrt %9072 : f32[16,8] @ models/lib/dino.yaml:19:7
%9082 = cast %9080 : f32[] @ models/lib/dino.yaml:19:7
%9083 = broadcast %9082 : f32[16,8] @ models/lib/dino.yaml:19:7
%9084 = mul %9081, %9083 : f32[16,8] @ models/lib/dino.yaml:19:7
%9085 = broadcast %5129 : f32[16,8] @ models/lib/dino.yaml:19:7
%9086 = add %9084, %9085 : f32[16,8] @ models/lib/dino.yaml:19:7
%9087 = div %9066, %9086 : f32[16,8] @ models/lib/dino.yaml:19:7
%9088 = cast %9076 : f32[] @ models/lib/dino.yaml:19:7
%9089 = broadcast %9088 : f32[16,8] @ models/lib/dino.yaml:19:7
%9090 = mul %9087, %9089 : f32[16,8] @ models/lib/dino.yaml:19:7
%9091 = sub %9061, %9090 : f32[16,8] @ models/lib/dino.yaml:19:7
%9092 = broadcast %8714 : bool[16,8] @ models/lib/dino.yaml:19:7
%9093 = select %9092, %84, %9091 : f32[16,8] @ models/lib/dino.yaml:19:7
%9094 = select %9092, %9056, %9066 : f32[16,8] @ models/lib/dino.yaml:19:7
%9095 = select %9092, %9057, %9072 : f32[16,8] @ models/lib/dino.yaml:19:7
%9096 = select %8714, %9058, %9059 : i64[] @ models/lib/dino.yaml:19:7
%9097 = assign %84, %9093 : f32[16,8] @ models/lib/dino.yaml:19:7
%9098 = assign %9056, %9094 : f32[16,8] @ models/lib/dino.yaml:19:7
%9099 = assign %9057, %9095 : f32[16,8] @ models/lib/dino.yaml:19:7
%9100 = assign %9058, %9096 : i64[] @ models/lib/dino.yaml:19:7
%9101 = broadcast %5141 : f32[16,8] @ models/lib/dino.yaml:19:7
%9102 = mul %162, %9101 : f32[16,8] @ models/lib/dino.yaml:19:7
%9103 = broadcast %5145 : f32[16,8] @ models/lib/dino.yaml:19:7
%9104 = mul %9093, %9103 : f32[16,8] @ models/lib/dino.yaml:19:7
%9105 = add %9102, %9104 : f32[16,8] @ models/lib/dino.yaml:19:7
%9106 = assign %162, %9105 : f32[16,8] @ models/lib/dino.yaml:19:7
%9107 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%9108 = abs %3054 : f32[] @ models/dino_pass.yaml:149:3
%9109 = lt %9108, %9107 : bool[] @ models/dino_pass.yaml:149:3
%9110 = output %9109 name="finite" : bool[] @ models/dino_pass.yaml:149:3
