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
%165 = reshape %86 : f32[16,48] @ models/lib/vit.yaml:17:20
%166 = cast %5 : bf16[4,3,16,16] @ models/lib/vit.yaml:17:18
%167 = reshape %166 : bf16[4,3,4,4,4,4] @ models/lib/vit.yaml:15:21
%168 = permute %167 perm=[0,2,4,1,3,5] : bf16[4,4,4,3,4,4] @ models/lib/vit.yaml:15:13
%169 = reshape %168 : bf16[4,16,48] @ models/lib/vit.yaml:16:13
%170 = cast %165 : bf16[16,48] @ models/lib/vit.yaml:17:18
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
%198 = matmul %196, %197 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%199 = cast %91 : bf16[48] @ models/lib/nn.yaml:84:18
%200 = cast %199 : f32[48] @ models/lib/nn.yaml:84:18
%201 = broadcast %200 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%202 = add %198, %201 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%203 = cast %202 : bf16[4,16,48] @ models/lib/nn.yaml:55:23
%204 = reshape %203 : bf16[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%205 = permute %204 perm=[2,0,3,1,4] : bf16[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%206 = slice %205 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%207 = reshape %206 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:28
%208 = slice %205 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%209 = reshape %208 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:34
%210 = cast %207 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%211 = cast %209 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%212 = permute %211 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%213 = slice %210 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%214 = broadcast %213 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%215 = slice %212 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%216 = broadcast %215 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%217 = mul %214, %216 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%218 = slice %210 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%219 = broadcast %218 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%220 = slice %212 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%221 = broadcast %220 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%222 = mul %219, %221 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%223 = add %217, %222 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%224 = slice %210 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%225 = broadcast %224 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%226 = slice %212 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%227 = broadcast %226 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%228 = mul %225, %227 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%229 = add %223, %228 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%230 = slice %210 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%231 = broadcast %230 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%232 = slice %212 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%233 = broadcast %232 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%234 = mul %231, %233 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%235 = add %229, %234 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%236 = slice %210 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%237 = broadcast %236 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%238 = slice %212 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%239 = broadcast %238 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%240 = mul %237, %239 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%241 = add %235, %240 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%242 = slice %210 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%243 = broadcast %242 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%244 = slice %212 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%245 = broadcast %244 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%246 = mul %243, %245 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%247 = add %241, %246 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%248 = slice %210 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%249 = broadcast %248 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%250 = slice %212 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%251 = broadcast %250 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%252 = mul %249, %251 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%253 = add %247, %252 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%254 = slice %210 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%255 = broadcast %254 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%256 = slice %212 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%257 = broadcast %256 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%258 = mul %255, %257 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%259 = add %253, %258 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%260 = cast %259 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%261 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%262 = broadcast %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%263 = cast %260 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%264 = mul %263, %262 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%265 = reduce_max %264 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%266 = stop_gradient %265 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%267 = broadcast %266 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%268 = cast %260 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%269 = mul %268, %262 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%270 = sub %269, %267 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%271 = exp %270 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%272 = reduce_sum %271 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%273 = broadcast %272 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%274 = exp %270 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%275 = div %274, %273 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%276 = cast %275 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%277 = slice %205 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%278 = reshape %277 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:40
%279 = cast %276 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%280 = cast %278 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%281 = reshape %279 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%282 = broadcast %281 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%283 = reshape %280 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%284 = broadcast %283 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%285 = mul %282, %284 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%286 = reduce_sum %285 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%287 = cast %286 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%288 = permute %287 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%289 = reshape %288 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%290 = cast %92 : bf16[16,16] @ models/lib/nn.yaml:83:15
%291 = matmul %289, %290 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%292 = broadcast %93 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%293 = cast %291 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%294 = add %293, %292 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%295 = add %176, %294 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%296 = reduce_sum %295 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%297 = div %296, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%298 = broadcast %297 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%299 = sub %295, %298 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%300 = mul %299, %299 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%301 = reduce_sum %300 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%302 = div %301, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%303 = add %302, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%304 = rsqrt %303 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%305 = broadcast %304 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%306 = mul %299, %305 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%307 = broadcast %94 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%308 = mul %306, %307 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%309 = broadcast %95 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%310 = add %308, %309 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%311 = cast %310 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%312 = cast %96 : bf16[64,16] @ models/lib/nn.yaml:83:15
%313 = matmul %311, %312 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%314 = broadcast %97 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%315 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%316 = broadcast %315 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%317 = cast %313 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%318 = add %317, %314 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%319 = mul %316, %318 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%320 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%321 = broadcast %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%322 = cast %313 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%323 = add %322, %314 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%324 = mul %323, %321 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%325 = erf %324 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%326 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%327 = broadcast %326 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%328 = add %327, %325 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%329 = mul %319, %328 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%330 = cast %329 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%331 = cast %98 : bf16[16,64] @ models/lib/nn.yaml:83:15
%332 = matmul %330, %331 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%333 = broadcast %99 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%334 = cast %332 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%335 = add %334, %333 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%336 = add %295, %335 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%337 = reduce_sum %336 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%338 = div %337, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%339 = broadcast %338 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%340 = sub %336, %339 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%341 = mul %340, %340 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%342 = reduce_sum %341 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%343 = div %342, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%344 = add %343, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%345 = rsqrt %344 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%346 = broadcast %345 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%347 = mul %340, %346 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%348 = broadcast %100 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%349 = mul %347, %348 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%350 = broadcast %101 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%351 = add %349, %350 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%352 = cast %351 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%353 = cast %102 : bf16[48,16] @ models/lib/nn.yaml:83:15
%354 = matmul %352, %353 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%355 = cast %103 : bf16[48] @ models/lib/nn.yaml:84:18
%356 = cast %355 : f32[48] @ models/lib/nn.yaml:84:18
%357 = broadcast %356 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%358 = add %354, %357 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%359 = cast %358 : bf16[4,16,48] @ models/lib/nn.yaml:55:23
%360 = reshape %359 : bf16[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%361 = permute %360 perm=[2,0,3,1,4] : bf16[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%362 = slice %361 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%363 = reshape %362 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:28
%364 = slice %361 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%365 = reshape %364 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:34
%366 = cast %363 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%367 = cast %365 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%368 = permute %367 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%369 = slice %366 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%370 = broadcast %369 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%371 = slice %368 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%372 = broadcast %371 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%373 = mul %370, %372 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%374 = slice %366 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%375 = broadcast %374 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%376 = slice %368 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%377 = broadcast %376 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%378 = mul %375, %377 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%379 = add %373, %378 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%380 = slice %366 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%381 = broadcast %380 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%382 = slice %368 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%383 = broadcast %382 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%384 = mul %381, %383 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%385 = add %379, %384 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%386 = slice %366 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%387 = broadcast %386 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%388 = slice %368 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%389 = broadcast %388 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%390 = mul %387, %389 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%391 = add %385, %390 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%392 = slice %366 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%393 = broadcast %392 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%394 = slice %368 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%395 = broadcast %394 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%396 = mul %393, %395 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%397 = add %391, %396 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%398 = slice %366 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%399 = broadcast %398 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%400 = slice %368 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%401 = broadcast %400 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%402 = mul %399, %401 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%403 = add %397, %402 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%404 = slice %366 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%405 = broadcast %404 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%406 = slice %368 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%407 = broadcast %406 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%408 = mul %405, %407 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%409 = add %403, %408 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%410 = slice %366 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%411 = broadcast %410 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%412 = slice %368 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%413 = broadcast %412 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%414 = mul %411, %413 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%415 = add %409, %414 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%416 = cast %415 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%417 = cast %416 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%418 = mul %417, %262 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%419 = reduce_max %418 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%420 = stop_gradient %419 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%421 = broadcast %420 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%422 = cast %416 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%423 = mul %422, %262 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%424 = sub %423, %421 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%425 = exp %424 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%426 = reduce_sum %425 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%427 = broadcast %426 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%428 = exp %424 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%429 = div %428, %427 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%430 = cast %429 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%431 = slice %361 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%432 = reshape %431 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:40
%433 = cast %430 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%434 = cast %432 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%435 = reshape %433 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%436 = broadcast %435 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%437 = reshape %434 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%438 = broadcast %437 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%439 = mul %436, %438 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%440 = reduce_sum %439 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%441 = cast %440 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%442 = permute %441 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%443 = reshape %442 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%444 = cast %104 : bf16[16,16] @ models/lib/nn.yaml:83:15
%445 = matmul %443, %444 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%446 = broadcast %105 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%447 = cast %445 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%448 = add %447, %446 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%449 = add %336, %448 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%450 = reduce_sum %449 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%451 = div %450, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%452 = broadcast %451 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%453 = sub %449, %452 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%454 = mul %453, %453 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%455 = reduce_sum %454 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%456 = div %455, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%457 = add %456, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%458 = rsqrt %457 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%459 = broadcast %458 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%460 = mul %453, %459 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%461 = broadcast %106 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%462 = mul %460, %461 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%463 = broadcast %107 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%464 = add %462, %463 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%465 = cast %464 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%466 = cast %108 : bf16[64,16] @ models/lib/nn.yaml:83:15
%467 = matmul %465, %466 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%468 = broadcast %109 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%469 = cast %467 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%470 = add %469, %468 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%471 = mul %316, %470 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%472 = cast %467 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%473 = add %472, %468 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%474 = mul %473, %321 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%475 = erf %474 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%476 = add %327, %475 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%477 = mul %471, %476 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%478 = cast %477 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%479 = cast %110 : bf16[16,64] @ models/lib/nn.yaml:83:15
%480 = matmul %478, %479 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%481 = broadcast %111 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%482 = cast %480 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%483 = add %482, %481 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%484 = add %449, %483 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%485 = grid_neighbors n=4 size=3 : i32[16,8] @ models/dino_pass.yaml:61:16
%486 = neighbor_topk_gather %484, %485 k=2 : f32[4,16,2,16] @ models/dino_pass.yaml:77:16
%487 = reshape %486 : f32[64,2,16] @ models/dino_pass.yaml:87:23
%488 = broadcast %112 : f32[64,1,16] @ models/lib/vit.yaml:116:31
%489 = concat %488, %487 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%490 = reduce_sum %489 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%491 = broadcast %178 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%492 = div %490, %491 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%493 = broadcast %492 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%494 = sub %489, %493 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%495 = mul %494, %494 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%496 = reduce_sum %495 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%497 = div %496, %491 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%498 = broadcast %186 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%499 = add %497, %498 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%500 = rsqrt %499 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%501 = broadcast %500 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%502 = mul %494, %501 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%503 = broadcast %113 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%504 = mul %502, %503 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%505 = broadcast %114 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%506 = add %504, %505 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%507 = cast %506 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%508 = slice %507 lo=[0,0,0] hi=[64,1,16] : bf16[64,1,16] @ models/lib/vit.yaml:78:33
%509 = cast %115 : bf16[16,16] @ models/lib/nn.yaml:83:15
%510 = matmul %508, %509 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%511 = cast %116 : bf16[16] @ models/lib/nn.yaml:84:18
%512 = cast %511 : f32[16] @ models/lib/nn.yaml:84:18
%513 = broadcast %512 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%514 = add %510, %513 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%515 = cast %117 : bf16[16,16] @ models/lib/nn.yaml:83:15
%516 = matmul %507, %515 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%517 = cast %118 : bf16[16] @ models/lib/nn.yaml:84:18
%518 = cast %517 : f32[16] @ models/lib/nn.yaml:84:18
%519 = broadcast %518 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%520 = add %516, %519 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%521 = cast %119 : bf16[16,16] @ models/lib/nn.yaml:83:15
%522 = matmul %507, %521 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%523 = cast %120 : bf16[16] @ models/lib/nn.yaml:84:18
%524 = cast %523 : f32[16] @ models/lib/nn.yaml:84:18
%525 = broadcast %524 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%526 = add %522, %525 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%527 = cast %514 : bf16[64,1,16] @ models/lib/nn.yaml:55:23
%528 = reshape %527 : bf16[64,1,2,8] @ models/lib/vit.yaml:78:22
%529 = permute %528 perm=[0,2,1,3] : bf16[64,2,1,8] @ models/lib/vit.yaml:78:14
%530 = cast %520 : bf16[64,3,16] @ models/lib/nn.yaml:55:23
%531 = reshape %530 : bf16[64,3,2,8] @ models/lib/vit.yaml:79:22
%532 = permute %531 perm=[0,2,1,3] : bf16[64,2,3,8] @ models/lib/vit.yaml:79:14
%533 = cast %529 : f32[64,2,1,8] @ models/lib/nn.yaml:55:23
%534 = slice %533 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%535 = broadcast %534 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%536 = permute %532 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%537 = slice %536 lo=[0,0,0,0] hi=[64,2,1,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%538 = cast %537 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%539 = mul %535, %538 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%540 = slice %533 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%541 = broadcast %540 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%542 = permute %532 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%543 = slice %542 lo=[0,0,1,0] hi=[64,2,2,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%544 = cast %543 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%545 = mul %541, %544 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%546 = add %539, %545 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%547 = slice %533 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%548 = broadcast %547 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%549 = permute %532 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%550 = slice %549 lo=[0,0,2,0] hi=[64,2,3,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%551 = cast %550 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%552 = mul %548, %551 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%553 = add %546, %552 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%554 = slice %533 lo=[0,0,0,3] hi=[64,2,1,4] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%555 = broadcast %554 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%556 = permute %532 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%557 = slice %556 lo=[0,0,3,0] hi=[64,2,4,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%558 = cast %557 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%559 = mul %555, %558 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%560 = add %553, %559 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%561 = slice %533 lo=[0,0,0,4] hi=[64,2,1,5] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%562 = broadcast %561 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%563 = permute %532 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%564 = slice %563 lo=[0,0,4,0] hi=[64,2,5,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%565 = cast %564 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%566 = mul %562, %565 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%567 = add %560, %566 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%568 = slice %533 lo=[0,0,0,5] hi=[64,2,1,6] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%569 = broadcast %568 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%570 = permute %532 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%571 = slice %570 lo=[0,0,5,0] hi=[64,2,6,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%572 = cast %571 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%573 = mul %569, %572 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%574 = add %567, %573 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%575 = slice %533 lo=[0,0,0,6] hi=[64,2,1,7] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%576 = broadcast %575 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%577 = permute %532 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%578 = slice %577 lo=[0,0,6,0] hi=[64,2,7,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%579 = cast %578 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%580 = mul %576, %579 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%581 = add %574, %580 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%582 = slice %533 lo=[0,0,0,7] hi=[64,2,1,8] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%583 = broadcast %582 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%584 = permute %532 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%585 = slice %584 lo=[0,0,7,0] hi=[64,2,8,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%586 = cast %585 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%587 = mul %583, %586 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%588 = add %581, %587 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%589 = cast %588 : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%590 = broadcast %261 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%591 = cast %589 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%592 = mul %591, %590 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%593 = reduce_max %592 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%594 = stop_gradient %593 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%595 = broadcast %594 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%596 = cast %589 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%597 = mul %596, %590 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%598 = sub %597, %595 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%599 = exp %598 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%600 = reduce_sum %599 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%601 = broadcast %600 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%602 = exp %598 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%603 = div %602, %601 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%604 = cast %603 : bf16[64,2,1,3] @ models/lib/nn.yaml:56:23
%605 = cast %526 : bf16[64,3,16] @ models/lib/nn.yaml:56:23
%606 = reshape %605 : bf16[64,3,2,8] @ models/lib/vit.yaml:80:22
%607 = permute %606 perm=[0,2,1,3] : bf16[64,2,3,8] @ models/lib/vit.yaml:80:14
%608 = cast %604 : f32[64,2,1,3] @ models/lib/nn.yaml:56:23
%609 = slice %608 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%610 = broadcast %609 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%611 = slice %607 lo=[0,0,0,0] hi=[64,2,1,8] : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%612 = cast %611 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%613 = mul %610, %612 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%614 = slice %608 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%615 = broadcast %614 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%616 = slice %607 lo=[0,0,1,0] hi=[64,2,2,8] : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%617 = cast %616 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%618 = mul %615, %617 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%619 = add %613, %618 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%620 = slice %608 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%621 = broadcast %620 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%622 = slice %607 lo=[0,0,2,0] hi=[64,2,3,8] : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%623 = cast %622 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%624 = mul %621, %623 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%625 = add %619, %624 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%626 = cast %625 : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%627 = permute %626 perm=[0,2,1,3] : bf16[64,1,2,8] @ models/lib/nn.yaml:56:13
%628 = reshape %627 : bf16[64,1,16] @ models/lib/nn.yaml:57:16
%629 = cast %121 : bf16[16,16] @ models/lib/nn.yaml:83:15
%630 = matmul %628, %629 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%631 = broadcast %122 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%632 = cast %630 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%633 = add %632, %631 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%634 = add %488, %633 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%635 = reduce_sum %634 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%636 = broadcast %178 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%637 = div %635, %636 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%638 = broadcast %637 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%639 = cast %630 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%640 = add %639, %631 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%641 = add %488, %640 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%642 = sub %641, %638 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%643 = mul %642, %642 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%644 = reduce_sum %643 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%645 = div %644, %636 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%646 = broadcast %186 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%647 = add %645, %646 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%648 = rsqrt %647 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%649 = broadcast %648 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%650 = mul %642, %649 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%651 = broadcast %123 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%652 = mul %650, %651 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%653 = broadcast %124 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%654 = add %652, %653 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%655 = cast %654 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%656 = cast %125 : bf16[64,16] @ models/lib/nn.yaml:83:15
%657 = matmul %655, %656 ta=0 tb=1 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%658 = broadcast %126 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%659 = broadcast %315 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%660 = cast %657 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%661 = add %660, %658 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%662 = mul %659, %661 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%663 = broadcast %320 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%664 = cast %657 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%665 = add %664, %658 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%666 = mul %665, %663 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%667 = erf %666 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%668 = broadcast %326 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%669 = add %668, %667 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%670 = mul %662, %669 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%671 = cast %670 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%672 = cast %127 : bf16[16,64] @ models/lib/nn.yaml:83:15
%673 = matmul %671, %672 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%674 = broadcast %128 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%675 = cast %673 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%676 = add %675, %674 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%677 = cast %630 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%678 = add %677, %631 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%679 = add %488, %678 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%680 = add %679, %676 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%681 = concat %680, %487 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%682 = reduce_sum %681 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%683 = div %682, %491 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%684 = broadcast %683 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%685 = sub %681, %684 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%686 = mul %685, %685 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%687 = reduce_sum %686 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%688 = div %687, %491 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%689 = add %688, %498 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%690 = rsqrt %689 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%691 = broadcast %690 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%692 = mul %685, %691 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%693 = broadcast %129 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%694 = mul %692, %693 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%695 = broadcast %130 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%696 = add %694, %695 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%697 = cast %696 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%698 = slice %697 lo=[0,0,0] hi=[64,1,16] : bf16[64,1,16] @ models/lib/vit.yaml:78:33
%699 = cast %131 : bf16[16,16] @ models/lib/nn.yaml:83:15
%700 = matmul %698, %699 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%701 = cast %132 : bf16[16] @ models/lib/nn.yaml:84:18
%702 = cast %701 : f32[16] @ models/lib/nn.yaml:84:18
%703 = broadcast %702 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%704 = add %700, %703 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%705 = cast %133 : bf16[16,16] @ models/lib/nn.yaml:83:15
%706 = matmul %697, %705 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%707 = cast %134 : bf16[16] @ models/lib/nn.yaml:84:18
%708 = cast %707 : f32[16] @ models/lib/nn.yaml:84:18
%709 = broadcast %708 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%710 = add %706, %709 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%711 = cast %135 : bf16[16,16] @ models/lib/nn.yaml:83:15
%712 = matmul %697, %711 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%713 = cast %136 : bf16[16] @ models/lib/nn.yaml:84:18
%714 = cast %713 : f32[16] @ models/lib/nn.yaml:84:18
%715 = broadcast %714 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%716 = add %712, %715 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%717 = cast %704 : bf16[64,1,16] @ models/lib/nn.yaml:55:23
%718 = reshape %717 : bf16[64,1,2,8] @ models/lib/vit.yaml:78:22
%719 = permute %718 perm=[0,2,1,3] : bf16[64,2,1,8] @ models/lib/vit.yaml:78:14
%720 = cast %710 : bf16[64,3,16] @ models/lib/nn.yaml:55:23
%721 = reshape %720 : bf16[64,3,2,8] @ models/lib/vit.yaml:79:22
%722 = permute %721 perm=[0,2,1,3] : bf16[64,2,3,8] @ models/lib/vit.yaml:79:14
%723 = cast %719 : f32[64,2,1,8] @ models/lib/nn.yaml:55:23
%724 = slice %723 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%725 = broadcast %724 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%726 = permute %722 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%727 = slice %726 lo=[0,0,0,0] hi=[64,2,1,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%728 = cast %727 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%729 = mul %725, %728 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%730 = slice %723 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%731 = broadcast %730 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%732 = permute %722 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%733 = slice %732 lo=[0,0,1,0] hi=[64,2,2,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%734 = cast %733 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%735 = mul %731, %734 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%736 = add %729, %735 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%737 = slice %723 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%738 = broadcast %737 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%739 = permute %722 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%740 = slice %739 lo=[0,0,2,0] hi=[64,2,3,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%741 = cast %740 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%742 = mul %738, %741 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%743 = add %736, %742 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%744 = slice %723 lo=[0,0,0,3] hi=[64,2,1,4] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%745 = broadcast %744 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%746 = permute %722 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%747 = slice %746 lo=[0,0,3,0] hi=[64,2,4,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%748 = cast %747 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%749 = mul %745, %748 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%750 = add %743, %749 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%751 = slice %723 lo=[0,0,0,4] hi=[64,2,1,5] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%752 = broadcast %751 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%753 = permute %722 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%754 = slice %753 lo=[0,0,4,0] hi=[64,2,5,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%755 = cast %754 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%756 = mul %752, %755 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%757 = add %750, %756 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%758 = slice %723 lo=[0,0,0,5] hi=[64,2,1,6] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%759 = broadcast %758 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%760 = permute %722 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%761 = slice %760 lo=[0,0,5,0] hi=[64,2,6,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%762 = cast %761 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%763 = mul %759, %762 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%764 = add %757, %763 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%765 = slice %723 lo=[0,0,0,6] hi=[64,2,1,7] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%766 = broadcast %765 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%767 = permute %722 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%768 = slice %767 lo=[0,0,6,0] hi=[64,2,7,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%769 = cast %768 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%770 = mul %766, %769 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%771 = add %764, %770 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%772 = slice %723 lo=[0,0,0,7] hi=[64,2,1,8] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%773 = broadcast %772 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%774 = permute %722 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%775 = slice %774 lo=[0,0,7,0] hi=[64,2,8,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%776 = cast %775 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%777 = mul %773, %776 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%778 = add %771, %777 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%779 = cast %778 : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%780 = cast %779 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%781 = mul %780, %590 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%782 = reduce_max %781 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%783 = stop_gradient %782 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%784 = broadcast %783 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%785 = cast %779 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%786 = mul %785, %590 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%787 = sub %786, %784 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%788 = exp %787 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%789 = reduce_sum %788 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%790 = broadcast %789 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%791 = exp %787 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%792 = div %791, %790 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%793 = cast %792 : bf16[64,2,1,3] @ models/lib/nn.yaml:56:23
%794 = cast %716 : bf16[64,3,16] @ models/lib/nn.yaml:56:23
%795 = reshape %794 : bf16[64,3,2,8] @ models/lib/vit.yaml:80:22
%796 = permute %795 perm=[0,2,1,3] : bf16[64,2,3,8] @ models/lib/vit.yaml:80:14
%797 = cast %793 : f32[64,2,1,3] @ models/lib/nn.yaml:56:23
%798 = slice %797 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%799 = broadcast %798 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%800 = slice %796 lo=[0,0,0,0] hi=[64,2,1,8] : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%801 = cast %800 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%802 = mul %799, %801 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%803 = slice %797 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%804 = broadcast %803 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%805 = slice %796 lo=[0,0,1,0] hi=[64,2,2,8] : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%806 = cast %805 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%807 = mul %804, %806 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%808 = add %802, %807 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%809 = slice %797 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%810 = broadcast %809 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%811 = slice %796 lo=[0,0,2,0] hi=[64,2,3,8] : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%812 = cast %811 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%813 = mul %810, %812 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%814 = add %808, %813 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%815 = cast %814 : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%816 = permute %815 perm=[0,2,1,3] : bf16[64,1,2,8] @ models/lib/nn.yaml:56:13
%817 = reshape %816 : bf16[64,1,16] @ models/lib/nn.yaml:57:16
%818 = cast %137 : bf16[16,16] @ models/lib/nn.yaml:83:15
%819 = matmul %817, %818 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%820 = broadcast %138 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%821 = cast %819 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%822 = add %821, %820 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%823 = add %680, %822 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%824 = reduce_sum %823 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%825 = div %824, %636 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%826 = broadcast %825 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%827 = sub %823, %826 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%828 = mul %827, %827 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%829 = reduce_sum %828 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%830 = div %829, %636 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%831 = add %830, %646 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%832 = rsqrt %831 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%833 = broadcast %832 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%834 = mul %827, %833 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%835 = broadcast %139 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%836 = mul %834, %835 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%837 = broadcast %140 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%838 = add %836, %837 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%839 = cast %838 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%840 = cast %141 : bf16[64,16] @ models/lib/nn.yaml:83:15
%841 = matmul %839, %840 ta=0 tb=1 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%842 = broadcast %142 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%843 = cast %841 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%844 = add %843, %842 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%845 = mul %659, %844 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%846 = cast %841 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%847 = add %846, %842 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%848 = mul %847, %663 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%849 = erf %848 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%850 = add %668, %849 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%851 = mul %845, %850 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%852 = cast %851 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%853 = cast %143 : bf16[16,64] @ models/lib/nn.yaml:83:15
%854 = matmul %852, %853 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%855 = broadcast %144 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%856 = cast %854 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%857 = add %856, %855 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%858 = add %823, %857 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%859 = reshape %858 : f32[4,16,16] @ models/dino_pass.yaml:88:16
%860 = broadcast %112 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%861 = concat %860, %484 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%862 = reduce_sum %861 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%863 = broadcast %178 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%864 = div %862, %863 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%865 = broadcast %864 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%866 = sub %861, %865 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%867 = mul %866, %866 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%868 = reduce_sum %867 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%869 = div %868, %863 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%870 = broadcast %186 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%871 = add %869, %870 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%872 = rsqrt %871 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%873 = broadcast %872 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%874 = mul %866, %873 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%875 = broadcast %113 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%876 = mul %874, %875 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%877 = broadcast %114 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%878 = add %876, %877 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%879 = cast %878 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%880 = slice %879 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%881 = matmul %880, %509 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%882 = broadcast %512 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%883 = add %881, %882 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%884 = matmul %879, %515 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%885 = broadcast %518 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%886 = add %884, %885 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%887 = matmul %879, %521 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%888 = broadcast %524 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%889 = add %887, %888 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%890 = cast %883 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%891 = reshape %890 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%892 = permute %891 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%893 = cast %886 : bf16[4,17,16] @ models/lib/nn.yaml:55:23
%894 = reshape %893 : bf16[4,17,2,8] @ models/lib/vit.yaml:79:22
%895 = permute %894 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:79:14
%896 = cast %892 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%897 = slice %896 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%898 = broadcast %897 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%899 = permute %895 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%900 = slice %899 lo=[0,0,0,0] hi=[4,2,1,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%901 = cast %900 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%902 = mul %898, %901 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%903 = slice %896 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%904 = broadcast %903 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%905 = permute %895 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%906 = slice %905 lo=[0,0,1,0] hi=[4,2,2,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%907 = cast %906 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%908 = mul %904, %907 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%909 = add %902, %908 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%910 = slice %896 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%911 = broadcast %910 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%912 = permute %895 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%913 = slice %912 lo=[0,0,2,0] hi=[4,2,3,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%914 = cast %913 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%915 = mul %911, %914 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%916 = add %909, %915 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%917 = slice %896 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%918 = broadcast %917 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%919 = permute %895 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%920 = slice %919 lo=[0,0,3,0] hi=[4,2,4,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%921 = cast %920 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%922 = mul %918, %921 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%923 = add %916, %922 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%924 = slice %896 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%925 = broadcast %924 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%926 = permute %895 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%927 = slice %926 lo=[0,0,4,0] hi=[4,2,5,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%928 = cast %927 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%929 = mul %925, %928 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%930 = add %923, %929 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%931 = slice %896 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%932 = broadcast %931 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%933 = permute %895 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%934 = slice %933 lo=[0,0,5,0] hi=[4,2,6,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%935 = cast %934 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%936 = mul %932, %935 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%937 = add %930, %936 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%938 = slice %896 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%939 = broadcast %938 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%940 = permute %895 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%941 = slice %940 lo=[0,0,6,0] hi=[4,2,7,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%942 = cast %941 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%943 = mul %939, %942 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%944 = add %937, %943 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%945 = slice %896 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%946 = broadcast %945 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%947 = permute %895 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%948 = slice %947 lo=[0,0,7,0] hi=[4,2,8,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%949 = cast %948 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%950 = mul %946, %949 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%951 = add %944, %950 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%952 = cast %951 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%953 = broadcast %261 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%954 = cast %952 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%955 = mul %954, %953 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%956 = reduce_max %955 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%957 = stop_gradient %956 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%958 = broadcast %957 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%959 = cast %952 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%960 = mul %959, %953 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%961 = sub %960, %958 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%962 = exp %961 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%963 = reduce_sum %962 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%964 = broadcast %963 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%965 = exp %961 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%966 = div %965, %964 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%967 = cast %966 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%968 = cast %889 : bf16[4,17,16] @ models/lib/nn.yaml:56:23
%969 = reshape %968 : bf16[4,17,2,8] @ models/lib/vit.yaml:80:22
%970 = permute %969 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:80:14
%971 = cast %967 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%972 = reshape %971 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%973 = broadcast %972 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%974 = reshape %970 : bf16[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%975 = cast %974 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%976 = mul %973, %975 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%977 = reduce_sum %976 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%978 = cast %977 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%979 = permute %978 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%980 = reshape %979 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%981 = matmul %980, %629 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%982 = broadcast %122 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%983 = cast %981 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%984 = add %983, %982 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%985 = add %860, %984 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%986 = reduce_sum %985 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%987 = broadcast %178 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%988 = div %986, %987 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%989 = broadcast %988 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%990 = sub %985, %989 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%991 = mul %990, %990 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%992 = reduce_sum %991 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%993 = div %992, %987 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%994 = broadcast %186 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%995 = add %993, %994 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%996 = rsqrt %995 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%997 = broadcast %996 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%998 = mul %990, %997 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%999 = broadcast %123 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1000 = mul %998, %999 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1001 = broadcast %124 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1002 = add %1000, %1001 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1003 = cast %1002 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1004 = matmul %1003, %656 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1005 = broadcast %126 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1006 = cast %1004 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1007 = add %1006, %1005 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1008 = broadcast %315 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1009 = mul %1008, %1007 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1010 = broadcast %320 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1011 = mul %1007, %1010 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1012 = erf %1011 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1013 = broadcast %326 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1014 = add %1013, %1012 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1015 = mul %1009, %1014 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1016 = cast %1015 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1017 = matmul %1016, %672 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1018 = broadcast %128 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1019 = cast %1017 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1020 = add %1019, %1018 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1021 = add %985, %1020 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1022 = concat %1021, %484 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%1023 = reduce_sum %1022 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1024 = div %1023, %863 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1025 = broadcast %1024 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1026 = sub %1022, %1025 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1027 = mul %1026, %1026 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1028 = reduce_sum %1027 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1029 = div %1028, %863 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1030 = add %1029, %870 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1031 = rsqrt %1030 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1032 = broadcast %1031 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1033 = mul %1026, %1032 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1034 = broadcast %129 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1035 = mul %1033, %1034 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1036 = broadcast %130 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1037 = add %1035, %1036 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1038 = cast %1037 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%1039 = slice %1038 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%1040 = matmul %1039, %699 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1041 = broadcast %702 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1042 = add %1040, %1041 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1043 = matmul %1038, %705 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1044 = broadcast %708 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1045 = add %1043, %1044 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1046 = matmul %1038, %711 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1047 = broadcast %714 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1048 = add %1046, %1047 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1049 = cast %1042 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%1050 = reshape %1049 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%1051 = permute %1050 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%1052 = cast %1045 : bf16[4,17,16] @ models/lib/nn.yaml:55:23
%1053 = reshape %1052 : bf16[4,17,2,8] @ models/lib/vit.yaml:79:22
%1054 = permute %1053 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:79:14
%1055 = cast %1051 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%1056 = slice %1055 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1057 = broadcast %1056 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1058 = permute %1054 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1059 = slice %1058 lo=[0,0,0,0] hi=[4,2,1,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1060 = cast %1059 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1061 = mul %1057, %1060 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1062 = slice %1055 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1063 = broadcast %1062 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1064 = permute %1054 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1065 = slice %1064 lo=[0,0,1,0] hi=[4,2,2,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1066 = cast %1065 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1067 = mul %1063, %1066 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1068 = add %1061, %1067 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1069 = slice %1055 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1070 = broadcast %1069 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1071 = permute %1054 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1072 = slice %1071 lo=[0,0,2,0] hi=[4,2,3,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1073 = cast %1072 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1074 = mul %1070, %1073 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1075 = add %1068, %1074 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1076 = slice %1055 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1077 = broadcast %1076 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1078 = permute %1054 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1079 = slice %1078 lo=[0,0,3,0] hi=[4,2,4,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1080 = cast %1079 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1081 = mul %1077, %1080 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1082 = add %1075, %1081 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1083 = slice %1055 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1084 = broadcast %1083 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1085 = permute %1054 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1086 = slice %1085 lo=[0,0,4,0] hi=[4,2,5,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1087 = cast %1086 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1088 = mul %1084, %1087 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1089 = add %1082, %1088 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1090 = slice %1055 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1091 = broadcast %1090 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1092 = permute %1054 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1093 = slice %1092 lo=[0,0,5,0] hi=[4,2,6,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1094 = cast %1093 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1095 = mul %1091, %1094 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1096 = add %1089, %1095 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1097 = slice %1055 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1098 = broadcast %1097 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1099 = permute %1054 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1100 = slice %1099 lo=[0,0,6,0] hi=[4,2,7,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1101 = cast %1100 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1102 = mul %1098, %1101 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1103 = add %1096, %1102 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1104 = slice %1055 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1105 = broadcast %1104 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1106 = permute %1054 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1107 = slice %1106 lo=[0,0,7,0] hi=[4,2,8,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1108 = cast %1107 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1109 = mul %1105, %1108 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1110 = add %1103, %1109 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1111 = cast %1110 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1112 = cast %1111 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1113 = mul %1112, %953 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1114 = reduce_max %1113 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1115 = stop_gradient %1114 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1116 = broadcast %1115 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1117 = cast %1111 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1118 = mul %1117, %953 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1119 = sub %1118, %1116 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1120 = exp %1119 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1121 = reduce_sum %1120 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1122 = broadcast %1121 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1123 = exp %1119 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1124 = div %1123, %1122 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1125 = cast %1124 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%1126 = cast %1048 : bf16[4,17,16] @ models/lib/nn.yaml:56:23
%1127 = reshape %1126 : bf16[4,17,2,8] @ models/lib/vit.yaml:80:22
%1128 = permute %1127 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:80:14
%1129 = cast %1125 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1130 = reshape %1129 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%1131 = broadcast %1130 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1132 = reshape %1128 : bf16[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1133 = cast %1132 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1134 = mul %1131, %1133 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1135 = reduce_sum %1134 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1136 = cast %1135 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%1137 = permute %1136 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%1138 = reshape %1137 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%1139 = matmul %1138, %818 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1140 = broadcast %138 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1141 = cast %1139 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1142 = add %1141, %1140 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1143 = add %1021, %1142 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1144 = reduce_sum %1143 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1145 = div %1144, %987 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1146 = broadcast %1145 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1147 = sub %1143, %1146 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1148 = mul %1147, %1147 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1149 = reduce_sum %1148 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1150 = div %1149, %987 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1151 = add %1150, %994 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1152 = rsqrt %1151 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1153 = broadcast %1152 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1154 = mul %1147, %1153 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1155 = broadcast %139 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1156 = mul %1154, %1155 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1157 = broadcast %140 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1158 = add %1156, %1157 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1159 = cast %1158 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1160 = matmul %1159, %840 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1161 = broadcast %142 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1162 = cast %1160 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1163 = add %1162, %1161 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1164 = mul %1008, %1163 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1165 = mul %1163, %1010 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1166 = erf %1165 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1167 = add %1013, %1166 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1168 = mul %1164, %1167 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1169 = cast %1168 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1170 = matmul %1169, %853 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1171 = broadcast %144 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1172 = cast %1170 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1173 = add %1172, %1171 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1174 = add %1143, %1173 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1175 = concat %1174, %859 axis=1 : f32[4,17,16] @ models/dino_pass.yaml:109:30
%1176 = reduce_sum %1175 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1177 = div %1176, %863 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1178 = broadcast %1177 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1179 = sub %1175, %1178 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1180 = mul %1179, %1179 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1181 = reduce_sum %1180 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1182 = div %1181, %863 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1183 = add %1182, %870 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1184 = rsqrt %1183 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1185 = broadcast %1184 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1186 = mul %1179, %1185 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1187 = broadcast %145 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1188 = mul %1186, %1187 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1189 = broadcast %146 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1190 = add %1188, %1189 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1191 = cast %1190 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%1192 = slice %1191 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/dino_pass.yaml:110:28
%1193 = cast %147 : bf16[24,16] @ models/lib/nn.yaml:83:15
%1194 = matmul %1192, %1193 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1195 = broadcast %148 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1196 = cast %1194 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1197 = add %1196, %1195 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1198 = broadcast %315 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1199 = mul %1198, %1197 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1200 = broadcast %320 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1201 = mul %1197, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1202 = erf %1201 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1203 = broadcast %326 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1204 = add %1203, %1202 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1205 = mul %1199, %1204 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1206 = cast %1205 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1207 = cast %149 : bf16[24,24] @ models/lib/nn.yaml:83:15
%1208 = matmul %1206, %1207 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1209 = broadcast %150 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1210 = cast %1208 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1211 = add %1210, %1209 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1212 = mul %1198, %1211 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1213 = mul %1211, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1214 = erf %1213 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1215 = add %1203, %1214 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1216 = mul %1212, %1215 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1217 = cast %1216 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1218 = cast %151 : bf16[8,24] @ models/lib/nn.yaml:83:15
%1219 = matmul %1217, %1218 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%1220 = broadcast %152 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1221 = cast %1219 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1222 = add %1221, %1220 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1223 = mul %1222, %1222 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%1224 = reduce_sum %1223 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1225 = sqrt %1224 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1226 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1227 = broadcast %1226 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1228 = max %1225, %1227 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1229 = broadcast %1228 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1230 = div %1222, %1229 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1231 = broadcast %153 : f32[32,8] @ models/lib/dino.yaml:22:22
%1232 = mul %1231, %154 : f32[32,8] @ models/lib/dino.yaml:22:22
%1233 = mul %154, %154 : f32[32,8] @ models/lib/dino.yaml:22:53
%1234 = reduce_sum %1233 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%1235 = sqrt %1234 : f32[32,1] @ models/lib/dino.yaml:22:35
%1236 = broadcast %1235 : f32[32,8] @ models/lib/dino.yaml:22:33
%1237 = div %1232, %1236 : f32[32,8] @ models/lib/dino.yaml:22:33
%1238 = cast %1230 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%1239 = cast %1237 : bf16[32,8] @ models/lib/dino.yaml:23:18
%1240 = matmul %1238, %1239 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%1241 = slice %1191 lo=[0,1,0] hi=[4,17,16] : bf16[4,16,16] @ models/dino_pass.yaml:110:46
%1242 = cast %155 : bf16[24,16] @ models/lib/nn.yaml:83:15
%1243 = matmul %1241, %1242 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%1244 = broadcast %156 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1245 = broadcast %315 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1246 = cast %1243 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1247 = add %1246, %1244 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1248 = mul %1245, %1247 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1249 = broadcast %320 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1250 = cast %1243 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1251 = add %1250, %1244 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1252 = mul %1251, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1253 = erf %1252 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%1254 = broadcast %326 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1255 = add %1254, %1253 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1256 = mul %1248, %1255 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%1257 = cast %1256 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%1258 = cast %157 : bf16[24,24] @ models/lib/nn.yaml:83:15
%1259 = matmul %1257, %1258 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%1260 = broadcast %158 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1261 = cast %1259 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1262 = add %1261, %1260 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1263 = mul %1245, %1262 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1264 = cast %1259 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1265 = add %1264, %1260 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1266 = mul %1265, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1267 = erf %1266 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%1268 = add %1254, %1267 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1269 = mul %1263, %1268 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%1270 = cast %1269 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%1271 = cast %159 : bf16[8,24] @ models/lib/nn.yaml:83:15
%1272 = matmul %1270, %1271 ta=0 tb=1 : bf16[4,16,8] @ models/lib/nn.yaml:83:15
%1273 = broadcast %160 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1274 = cast %1272 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1275 = add %1274, %1273 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1276 = mul %1275, %1275 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%1277 = reduce_sum %1276 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%1278 = sqrt %1277 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%1279 = broadcast %1226 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%1280 = max %1278, %1279 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%1281 = broadcast %1280 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%1282 = cast %1272 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1283 = add %1282, %1273 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1284 = div %1283, %1281 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%1285 = broadcast %161 : f32[16,8] @ models/lib/dino.yaml:22:22
%1286 = mul %1285, %162 : f32[16,8] @ models/lib/dino.yaml:22:22
%1287 = mul %162, %162 : f32[16,8] @ models/lib/dino.yaml:22:53
%1288 = reduce_sum %1287 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%1289 = sqrt %1288 : f32[16,1] @ models/lib/dino.yaml:22:35
%1290 = broadcast %1289 : f32[16,8] @ models/lib/dino.yaml:22:33
%1291 = div %1286, %1290 : f32[16,8] @ models/lib/dino.yaml:22:33
%1292 = cast %1284 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%1293 = cast %1291 : bf16[16,8] @ models/lib/dino.yaml:23:18
%1294 = matmul %1292, %1293 ta=0 tb=1 : bf16[4,16,16] @ models/lib/dino.yaml:23:18
%1295 = cast %1240 : f32[4,1,32] @ models/dino_pass.yaml:131:20
%1296 = slice %1295 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1297 = slice %1295 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1298 = cast %6 : bf16[4,3,12,12] @ models/lib/vit.yaml:17:18
%1299 = reshape %1298 : bf16[4,3,3,4,3,4] @ models/lib/vit.yaml:15:21
%1300 = permute %1299 perm=[0,2,4,1,3,5] : bf16[4,3,3,3,4,4] @ models/lib/vit.yaml:15:13
%1301 = reshape %1300 : bf16[4,9,48] @ models/lib/vit.yaml:16:13
%1302 = matmul %1301, %170 ta=0 tb=1 : bf16[4,9,16] @ models/lib/vit.yaml:17:18
%1303 = broadcast %87 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1304 = cast %1302 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1305 = add %1304, %1303 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1306 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%1307 = reshape %85 : f32[4,64] @ models/lib/vit.yaml:32:17
%1308 = cast %1306 : bf16[3,4] @ models/lib/vit.yaml:32:15
%1309 = cast %1307 : bf16[4,64] @ models/lib/vit.yaml:32:15
%1310 = matmul %1308, %1309 ta=0 tb=0 : bf16[3,64] @ models/lib/vit.yaml:32:15
%1311 = reshape %1310 : bf16[3,4,16] @ models/lib/vit.yaml:33:21
%1312 = permute %1311 perm=[1,0,2] : bf16[4,3,16] @ models/lib/vit.yaml:33:13
%1313 = reshape %1312 : bf16[4,48] @ models/lib/vit.yaml:34:17
%1314 = matmul %1308, %1313 ta=0 tb=0 : bf16[3,48] @ models/lib/vit.yaml:34:15
%1315 = cast %1314 : f32[3,48] @ models/lib/vit.yaml:35:21
%1316 = reshape %1315 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%1317 = permute %1316 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%1318 = reshape %1317 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%1319 = broadcast %1318 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%1320 = add %1305, %1319 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%1321 = reduce_sum %1320 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1322 = broadcast %178 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1323 = div %1321, %1322 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1324 = broadcast %1323 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1325 = sub %1320, %1324 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1326 = mul %1325, %1325 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1327 = reduce_sum %1326 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1328 = div %1327, %1322 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1329 = broadcast %186 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1330 = add %1328, %1329 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1331 = rsqrt %1330 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1332 = broadcast %1331 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1333 = mul %1325, %1332 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1334 = broadcast %88 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1335 = mul %1333, %1334 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1336 = broadcast %89 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1337 = add %1335, %1336 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1338 = cast %1337 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1339 = matmul %1338, %197 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%1340 = broadcast %200 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1341 = add %1339, %1340 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1342 = cast %1341 : bf16[4,9,48] @ models/lib/nn.yaml:55:23
%1343 = reshape %1342 : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1344 = permute %1343 perm=[2,0,3,1,4] : bf16[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1345 = slice %1344 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1346 = reshape %1345 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:28
%1347 = slice %1344 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1348 = reshape %1347 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:34
%1349 = cast %1346 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1350 = cast %1348 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1351 = permute %1350 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%1352 = slice %1349 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1353 = broadcast %1352 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1354 = slice %1351 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1355 = broadcast %1354 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1356 = mul %1353, %1355 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1357 = slice %1349 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1358 = broadcast %1357 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1359 = slice %1351 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1360 = broadcast %1359 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1361 = mul %1358, %1360 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1362 = add %1356, %1361 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1363 = slice %1349 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1364 = broadcast %1363 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1365 = slice %1351 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1366 = broadcast %1365 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1367 = mul %1364, %1366 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1368 = add %1362, %1367 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1369 = slice %1349 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1370 = broadcast %1369 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1371 = slice %1351 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1372 = broadcast %1371 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1373 = mul %1370, %1372 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1374 = add %1368, %1373 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1375 = slice %1349 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1376 = broadcast %1375 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1377 = slice %1351 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1378 = broadcast %1377 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1379 = mul %1376, %1378 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1380 = add %1374, %1379 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1381 = slice %1349 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1382 = broadcast %1381 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1383 = slice %1351 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1384 = broadcast %1383 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1385 = mul %1382, %1384 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1386 = add %1380, %1385 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1387 = slice %1349 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1388 = broadcast %1387 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1389 = slice %1351 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1390 = broadcast %1389 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1391 = mul %1388, %1390 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1392 = add %1386, %1391 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1393 = slice %1349 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1394 = broadcast %1393 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1395 = slice %1351 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1396 = broadcast %1395 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1397 = mul %1394, %1396 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1398 = add %1392, %1397 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1399 = cast %1398 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%1400 = broadcast %261 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1401 = cast %1399 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1402 = mul %1401, %1400 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1403 = reduce_max %1402 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1404 = stop_gradient %1403 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1405 = broadcast %1404 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1406 = cast %1399 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1407 = mul %1406, %1400 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1408 = sub %1407, %1405 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1409 = exp %1408 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1410 = reduce_sum %1409 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1411 = broadcast %1410 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1412 = exp %1408 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1413 = div %1412, %1411 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1414 = cast %1413 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%1415 = slice %1344 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1416 = reshape %1415 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:40
%1417 = cast %1414 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%1418 = cast %1416 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1419 = reshape %1417 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1420 = broadcast %1419 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1421 = reshape %1418 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%1422 = broadcast %1421 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1423 = mul %1420, %1422 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1424 = reduce_sum %1423 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1425 = cast %1424 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%1426 = permute %1425 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%1427 = reshape %1426 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%1428 = matmul %1427, %290 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1429 = broadcast %93 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1430 = cast %1428 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1431 = add %1430, %1429 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1432 = add %1320, %1431 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1433 = reduce_sum %1432 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1434 = div %1433, %1322 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1435 = broadcast %1434 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1436 = sub %1432, %1435 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1437 = mul %1436, %1436 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1438 = reduce_sum %1437 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1439 = div %1438, %1322 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1440 = add %1439, %1329 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1441 = rsqrt %1440 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1442 = broadcast %1441 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1443 = mul %1436, %1442 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1444 = broadcast %94 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1445 = mul %1443, %1444 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1446 = broadcast %95 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1447 = add %1445, %1446 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1448 = cast %1447 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1449 = matmul %1448, %312 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1450 = broadcast %97 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1451 = broadcast %315 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1452 = cast %1449 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1453 = add %1452, %1450 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1454 = mul %1451, %1453 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1455 = broadcast %320 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1456 = cast %1449 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1457 = add %1456, %1450 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1458 = mul %1457, %1455 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1459 = erf %1458 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1460 = broadcast %326 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1461 = add %1460, %1459 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1462 = mul %1454, %1461 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1463 = cast %1462 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1464 = matmul %1463, %331 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1465 = broadcast %99 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1466 = cast %1464 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1467 = add %1466, %1465 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1468 = add %1432, %1467 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1469 = reduce_sum %1468 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1470 = div %1469, %1322 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1471 = broadcast %1470 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1472 = sub %1468, %1471 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1473 = mul %1472, %1472 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1474 = reduce_sum %1473 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1475 = div %1474, %1322 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1476 = add %1475, %1329 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1477 = rsqrt %1476 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1478 = broadcast %1477 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1479 = mul %1472, %1478 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1480 = broadcast %100 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1481 = mul %1479, %1480 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1482 = broadcast %101 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1483 = add %1481, %1482 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1484 = cast %1483 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1485 = matmul %1484, %353 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%1486 = broadcast %356 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1487 = add %1485, %1486 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1488 = cast %1487 : bf16[4,9,48] @ models/lib/nn.yaml:55:23
%1489 = reshape %1488 : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1490 = permute %1489 perm=[2,0,3,1,4] : bf16[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1491 = slice %1490 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1492 = reshape %1491 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:28
%1493 = slice %1490 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1494 = reshape %1493 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:34
%1495 = cast %1492 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1496 = cast %1494 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1497 = permute %1496 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%1498 = slice %1495 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1499 = broadcast %1498 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1500 = slice %1497 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1501 = broadcast %1500 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1502 = mul %1499, %1501 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1503 = slice %1495 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1504 = broadcast %1503 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1505 = slice %1497 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1506 = broadcast %1505 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1507 = mul %1504, %1506 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1508 = add %1502, %1507 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1509 = slice %1495 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1510 = broadcast %1509 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1511 = slice %1497 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1512 = broadcast %1511 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1513 = mul %1510, %1512 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1514 = add %1508, %1513 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1515 = slice %1495 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1516 = broadcast %1515 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1517 = slice %1497 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1518 = broadcast %1517 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1519 = mul %1516, %1518 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1520 = add %1514, %1519 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1521 = slice %1495 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1522 = broadcast %1521 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1523 = slice %1497 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1524 = broadcast %1523 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1525 = mul %1522, %1524 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1526 = add %1520, %1525 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1527 = slice %1495 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1528 = broadcast %1527 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1529 = slice %1497 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1530 = broadcast %1529 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1531 = mul %1528, %1530 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1532 = add %1526, %1531 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1533 = slice %1495 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1534 = broadcast %1533 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1535 = slice %1497 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1536 = broadcast %1535 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1537 = mul %1534, %1536 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1538 = add %1532, %1537 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1539 = slice %1495 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1540 = broadcast %1539 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1541 = slice %1497 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1542 = broadcast %1541 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1543 = mul %1540, %1542 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1544 = add %1538, %1543 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1545 = cast %1544 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%1546 = cast %1545 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1547 = mul %1546, %1400 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1548 = reduce_max %1547 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1549 = stop_gradient %1548 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1550 = broadcast %1549 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1551 = cast %1545 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1552 = mul %1551, %1400 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1553 = sub %1552, %1550 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1554 = exp %1553 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1555 = reduce_sum %1554 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1556 = broadcast %1555 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1557 = exp %1553 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1558 = div %1557, %1556 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1559 = cast %1558 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%1560 = slice %1490 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1561 = reshape %1560 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:40
%1562 = cast %1559 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%1563 = cast %1561 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1564 = reshape %1562 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1565 = broadcast %1564 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1566 = reshape %1563 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%1567 = broadcast %1566 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1568 = mul %1565, %1567 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1569 = reduce_sum %1568 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1570 = cast %1569 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%1571 = permute %1570 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%1572 = reshape %1571 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%1573 = matmul %1572, %444 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1574 = broadcast %105 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1575 = cast %1573 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1576 = add %1575, %1574 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1577 = add %1468, %1576 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1578 = reduce_sum %1577 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1579 = div %1578, %1322 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1580 = broadcast %1579 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1581 = sub %1577, %1580 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1582 = mul %1581, %1581 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1583 = reduce_sum %1582 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1584 = div %1583, %1322 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1585 = add %1584, %1329 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1586 = rsqrt %1585 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1587 = broadcast %1586 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1588 = mul %1581, %1587 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1589 = broadcast %106 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1590 = mul %1588, %1589 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1591 = broadcast %107 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1592 = add %1590, %1591 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1593 = cast %1592 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1594 = matmul %1593, %466 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1595 = broadcast %109 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1596 = cast %1594 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1597 = add %1596, %1595 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1598 = mul %1451, %1597 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1599 = cast %1594 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1600 = add %1599, %1595 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1601 = mul %1600, %1455 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1602 = erf %1601 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1603 = add %1460, %1602 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1604 = mul %1598, %1603 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1605 = cast %1604 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1606 = matmul %1605, %479 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1607 = broadcast %111 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1608 = cast %1606 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1609 = add %1608, %1607 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1610 = add %1577, %1609 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1611 = grid_neighbors n=3 size=3 : i32[9,8] @ models/dino_pass.yaml:61:16
%1612 = neighbor_topk_gather %1610, %1611 k=2 : f32[4,9,2,16] @ models/dino_pass.yaml:77:16
%1613 = reshape %1612 : f32[36,2,16] @ models/dino_pass.yaml:87:23
%1614 = broadcast %112 : f32[36,1,16] @ models/lib/vit.yaml:116:31
%1615 = concat %1614, %1613 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1616 = reduce_sum %1615 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1617 = broadcast %178 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1618 = div %1616, %1617 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1619 = broadcast %1618 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1620 = sub %1615, %1619 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1621 = mul %1620, %1620 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1622 = reduce_sum %1621 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1623 = div %1622, %1617 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1624 = broadcast %186 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1625 = add %1623, %1624 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1626 = rsqrt %1625 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1627 = broadcast %1626 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1628 = mul %1620, %1627 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1629 = broadcast %113 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1630 = mul %1628, %1629 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1631 = broadcast %114 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1632 = add %1630, %1631 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1633 = cast %1632 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1634 = slice %1633 lo=[0,0,0] hi=[36,1,16] : bf16[36,1,16] @ models/lib/vit.yaml:78:33
%1635 = matmul %1634, %509 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1636 = broadcast %512 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1637 = add %1635, %1636 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1638 = matmul %1633, %515 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1639 = broadcast %518 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1640 = add %1638, %1639 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1641 = matmul %1633, %521 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1642 = broadcast %524 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1643 = add %1641, %1642 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1644 = cast %1637 : bf16[36,1,16] @ models/lib/nn.yaml:55:23
%1645 = reshape %1644 : bf16[36,1,2,8] @ models/lib/vit.yaml:78:22
%1646 = permute %1645 perm=[0,2,1,3] : bf16[36,2,1,8] @ models/lib/vit.yaml:78:14
%1647 = cast %1640 : bf16[36,3,16] @ models/lib/nn.yaml:55:23
%1648 = reshape %1647 : bf16[36,3,2,8] @ models/lib/vit.yaml:79:22
%1649 = permute %1648 perm=[0,2,1,3] : bf16[36,2,3,8] @ models/lib/vit.yaml:79:14
%1650 = cast %1646 : f32[36,2,1,8] @ models/lib/nn.yaml:55:23
%1651 = slice %1650 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1652 = broadcast %1651 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1653 = permute %1649 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1654 = slice %1653 lo=[0,0,0,0] hi=[36,2,1,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1655 = cast %1654 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1656 = mul %1652, %1655 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1657 = slice %1650 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1658 = broadcast %1657 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1659 = permute %1649 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1660 = slice %1659 lo=[0,0,1,0] hi=[36,2,2,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1661 = cast %1660 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1662 = mul %1658, %1661 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1663 = add %1656, %1662 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1664 = slice %1650 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1665 = broadcast %1664 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1666 = permute %1649 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1667 = slice %1666 lo=[0,0,2,0] hi=[36,2,3,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1668 = cast %1667 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1669 = mul %1665, %1668 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1670 = add %1663, %1669 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1671 = slice %1650 lo=[0,0,0,3] hi=[36,2,1,4] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1672 = broadcast %1671 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1673 = permute %1649 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1674 = slice %1673 lo=[0,0,3,0] hi=[36,2,4,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1675 = cast %1674 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1676 = mul %1672, %1675 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1677 = add %1670, %1676 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1678 = slice %1650 lo=[0,0,0,4] hi=[36,2,1,5] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1679 = broadcast %1678 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1680 = permute %1649 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1681 = slice %1680 lo=[0,0,4,0] hi=[36,2,5,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1682 = cast %1681 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1683 = mul %1679, %1682 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1684 = add %1677, %1683 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1685 = slice %1650 lo=[0,0,0,5] hi=[36,2,1,6] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1686 = broadcast %1685 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1687 = permute %1649 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1688 = slice %1687 lo=[0,0,5,0] hi=[36,2,6,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1689 = cast %1688 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1690 = mul %1686, %1689 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1691 = add %1684, %1690 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1692 = slice %1650 lo=[0,0,0,6] hi=[36,2,1,7] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1693 = broadcast %1692 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1694 = permute %1649 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1695 = slice %1694 lo=[0,0,6,0] hi=[36,2,7,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1696 = cast %1695 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1697 = mul %1693, %1696 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1698 = add %1691, %1697 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1699 = slice %1650 lo=[0,0,0,7] hi=[36,2,1,8] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1700 = broadcast %1699 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1701 = permute %1649 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1702 = slice %1701 lo=[0,0,7,0] hi=[36,2,8,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1703 = cast %1702 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1704 = mul %1700, %1703 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1705 = add %1698, %1704 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1706 = cast %1705 : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1707 = broadcast %261 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1708 = cast %1706 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1709 = mul %1708, %1707 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1710 = reduce_max %1709 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1711 = stop_gradient %1710 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1712 = broadcast %1711 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1713 = cast %1706 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1714 = mul %1713, %1707 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1715 = sub %1714, %1712 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1716 = exp %1715 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1717 = reduce_sum %1716 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1718 = broadcast %1717 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1719 = exp %1715 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1720 = div %1719, %1718 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1721 = cast %1720 : bf16[36,2,1,3] @ models/lib/nn.yaml:56:23
%1722 = cast %1643 : bf16[36,3,16] @ models/lib/nn.yaml:56:23
%1723 = reshape %1722 : bf16[36,3,2,8] @ models/lib/vit.yaml:80:22
%1724 = permute %1723 perm=[0,2,1,3] : bf16[36,2,3,8] @ models/lib/vit.yaml:80:14
%1725 = cast %1721 : f32[36,2,1,3] @ models/lib/nn.yaml:56:23
%1726 = slice %1725 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1727 = broadcast %1726 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1728 = slice %1724 lo=[0,0,0,0] hi=[36,2,1,8] : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1729 = cast %1728 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1730 = mul %1727, %1729 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1731 = slice %1725 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1732 = broadcast %1731 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1733 = slice %1724 lo=[0,0,1,0] hi=[36,2,2,8] : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1734 = cast %1733 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1735 = mul %1732, %1734 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1736 = add %1730, %1735 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1737 = slice %1725 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1738 = broadcast %1737 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1739 = slice %1724 lo=[0,0,2,0] hi=[36,2,3,8] : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1740 = cast %1739 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1741 = mul %1738, %1740 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1742 = add %1736, %1741 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1743 = cast %1742 : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1744 = permute %1743 perm=[0,2,1,3] : bf16[36,1,2,8] @ models/lib/nn.yaml:56:13
%1745 = reshape %1744 : bf16[36,1,16] @ models/lib/nn.yaml:57:16
%1746 = matmul %1745, %629 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1747 = broadcast %122 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1748 = cast %1746 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1749 = add %1748, %1747 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1750 = add %1614, %1749 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1751 = reduce_sum %1750 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1752 = broadcast %178 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1753 = div %1751, %1752 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1754 = broadcast %1753 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1755 = cast %1746 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1756 = add %1755, %1747 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1757 = add %1614, %1756 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1758 = sub %1757, %1754 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1759 = mul %1758, %1758 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1760 = reduce_sum %1759 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1761 = div %1760, %1752 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1762 = broadcast %186 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1763 = add %1761, %1762 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1764 = rsqrt %1763 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1765 = broadcast %1764 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1766 = mul %1758, %1765 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1767 = broadcast %123 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1768 = mul %1766, %1767 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1769 = broadcast %124 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1770 = add %1768, %1769 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1771 = cast %1770 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1772 = matmul %1771, %656 ta=0 tb=1 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1773 = broadcast %126 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1774 = broadcast %315 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1775 = cast %1772 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1776 = add %1775, %1773 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1777 = mul %1774, %1776 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1778 = broadcast %320 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1779 = cast %1772 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1780 = add %1779, %1773 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1781 = mul %1780, %1778 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1782 = erf %1781 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1783 = broadcast %326 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1784 = add %1783, %1782 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1785 = mul %1777, %1784 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1786 = cast %1785 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1787 = matmul %1786, %672 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1788 = broadcast %128 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1789 = cast %1787 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1790 = add %1789, %1788 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1791 = cast %1746 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1792 = add %1791, %1747 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1793 = add %1614, %1792 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1794 = add %1793, %1790 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1795 = concat %1794, %1613 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1796 = reduce_sum %1795 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1797 = div %1796, %1617 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1798 = broadcast %1797 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1799 = sub %1795, %1798 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1800 = mul %1799, %1799 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1801 = reduce_sum %1800 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1802 = div %1801, %1617 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1803 = add %1802, %1624 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1804 = rsqrt %1803 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1805 = broadcast %1804 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1806 = mul %1799, %1805 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1807 = broadcast %129 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1808 = mul %1806, %1807 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1809 = broadcast %130 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1810 = add %1808, %1809 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1811 = cast %1810 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1812 = slice %1811 lo=[0,0,0] hi=[36,1,16] : bf16[36,1,16] @ models/lib/vit.yaml:78:33
%1813 = matmul %1812, %699 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1814 = broadcast %702 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1815 = add %1813, %1814 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1816 = matmul %1811, %705 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1817 = broadcast %708 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1818 = add %1816, %1817 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1819 = matmul %1811, %711 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1820 = broadcast %714 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1821 = add %1819, %1820 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1822 = cast %1815 : bf16[36,1,16] @ models/lib/nn.yaml:55:23
%1823 = reshape %1822 : bf16[36,1,2,8] @ models/lib/vit.yaml:78:22
%1824 = permute %1823 perm=[0,2,1,3] : bf16[36,2,1,8] @ models/lib/vit.yaml:78:14
%1825 = cast %1818 : bf16[36,3,16] @ models/lib/nn.yaml:55:23
%1826 = reshape %1825 : bf16[36,3,2,8] @ models/lib/vit.yaml:79:22
%1827 = permute %1826 perm=[0,2,1,3] : bf16[36,2,3,8] @ models/lib/vit.yaml:79:14
%1828 = cast %1824 : f32[36,2,1,8] @ models/lib/nn.yaml:55:23
%1829 = slice %1828 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1830 = broadcast %1829 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1831 = permute %1827 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1832 = slice %1831 lo=[0,0,0,0] hi=[36,2,1,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1833 = cast %1832 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1834 = mul %1830, %1833 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1835 = slice %1828 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1836 = broadcast %1835 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1837 = permute %1827 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1838 = slice %1837 lo=[0,0,1,0] hi=[36,2,2,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1839 = cast %1838 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1840 = mul %1836, %1839 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1841 = add %1834, %1840 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1842 = slice %1828 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1843 = broadcast %1842 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1844 = permute %1827 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1845 = slice %1844 lo=[0,0,2,0] hi=[36,2,3,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1846 = cast %1845 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1847 = mul %1843, %1846 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1848 = add %1841, %1847 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1849 = slice %1828 lo=[0,0,0,3] hi=[36,2,1,4] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1850 = broadcast %1849 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1851 = permute %1827 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1852 = slice %1851 lo=[0,0,3,0] hi=[36,2,4,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1853 = cast %1852 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1854 = mul %1850, %1853 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1855 = add %1848, %1854 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1856 = slice %1828 lo=[0,0,0,4] hi=[36,2,1,5] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1857 = broadcast %1856 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1858 = permute %1827 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1859 = slice %1858 lo=[0,0,4,0] hi=[36,2,5,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1860 = cast %1859 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1861 = mul %1857, %1860 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1862 = add %1855, %1861 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1863 = slice %1828 lo=[0,0,0,5] hi=[36,2,1,6] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1864 = broadcast %1863 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1865 = permute %1827 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1866 = slice %1865 lo=[0,0,5,0] hi=[36,2,6,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1867 = cast %1866 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1868 = mul %1864, %1867 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1869 = add %1862, %1868 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1870 = slice %1828 lo=[0,0,0,6] hi=[36,2,1,7] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1871 = broadcast %1870 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1872 = permute %1827 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1873 = slice %1872 lo=[0,0,6,0] hi=[36,2,7,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1874 = cast %1873 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1875 = mul %1871, %1874 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1876 = add %1869, %1875 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1877 = slice %1828 lo=[0,0,0,7] hi=[36,2,1,8] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1878 = broadcast %1877 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1879 = permute %1827 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1880 = slice %1879 lo=[0,0,7,0] hi=[36,2,8,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1881 = cast %1880 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1882 = mul %1878, %1881 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1883 = add %1876, %1882 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1884 = cast %1883 : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1885 = cast %1884 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1886 = mul %1885, %1707 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1887 = reduce_max %1886 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1888 = stop_gradient %1887 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1889 = broadcast %1888 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1890 = cast %1884 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1891 = mul %1890, %1707 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1892 = sub %1891, %1889 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1893 = exp %1892 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1894 = reduce_sum %1893 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1895 = broadcast %1894 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1896 = exp %1892 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1897 = div %1896, %1895 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1898 = cast %1897 : bf16[36,2,1,3] @ models/lib/nn.yaml:56:23
%1899 = cast %1821 : bf16[36,3,16] @ models/lib/nn.yaml:56:23
%1900 = reshape %1899 : bf16[36,3,2,8] @ models/lib/vit.yaml:80:22
%1901 = permute %1900 perm=[0,2,1,3] : bf16[36,2,3,8] @ models/lib/vit.yaml:80:14
%1902 = cast %1898 : f32[36,2,1,3] @ models/lib/nn.yaml:56:23
%1903 = slice %1902 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1904 = broadcast %1903 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1905 = slice %1901 lo=[0,0,0,0] hi=[36,2,1,8] : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1906 = cast %1905 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1907 = mul %1904, %1906 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1908 = slice %1902 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1909 = broadcast %1908 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1910 = slice %1901 lo=[0,0,1,0] hi=[36,2,2,8] : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1911 = cast %1910 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1912 = mul %1909, %1911 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1913 = add %1907, %1912 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1914 = slice %1902 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1915 = broadcast %1914 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1916 = slice %1901 lo=[0,0,2,0] hi=[36,2,3,8] : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1917 = cast %1916 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1918 = mul %1915, %1917 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1919 = add %1913, %1918 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1920 = cast %1919 : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1921 = permute %1920 perm=[0,2,1,3] : bf16[36,1,2,8] @ models/lib/nn.yaml:56:13
%1922 = reshape %1921 : bf16[36,1,16] @ models/lib/nn.yaml:57:16
%1923 = matmul %1922, %818 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1924 = broadcast %138 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1925 = cast %1923 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1926 = add %1925, %1924 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1927 = add %1794, %1926 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1928 = reduce_sum %1927 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1929 = div %1928, %1752 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1930 = broadcast %1929 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1931 = sub %1927, %1930 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1932 = mul %1931, %1931 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1933 = reduce_sum %1932 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1934 = div %1933, %1752 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1935 = add %1934, %1762 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1936 = rsqrt %1935 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1937 = broadcast %1936 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1938 = mul %1931, %1937 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1939 = broadcast %139 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1940 = mul %1938, %1939 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1941 = broadcast %140 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1942 = add %1940, %1941 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1943 = cast %1942 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1944 = matmul %1943, %840 ta=0 tb=1 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1945 = broadcast %142 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1946 = cast %1944 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1947 = add %1946, %1945 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1948 = mul %1774, %1947 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1949 = cast %1944 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1950 = add %1949, %1945 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1951 = mul %1950, %1778 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1952 = erf %1951 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1953 = add %1783, %1952 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1954 = mul %1948, %1953 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1955 = cast %1954 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1956 = matmul %1955, %853 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1957 = broadcast %144 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1958 = cast %1956 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1959 = add %1958, %1957 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1960 = add %1927, %1959 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1961 = reshape %1960 : f32[4,9,16] @ models/dino_pass.yaml:88:16
%1962 = concat %860, %1610 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%1963 = reduce_sum %1962 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1964 = broadcast %178 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1965 = div %1963, %1964 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1966 = broadcast %1965 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1967 = sub %1962, %1966 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1968 = mul %1967, %1967 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1969 = reduce_sum %1968 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1970 = div %1969, %1964 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1971 = broadcast %186 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1972 = add %1970, %1971 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1973 = rsqrt %1972 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1974 = broadcast %1973 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1975 = mul %1967, %1974 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1976 = broadcast %113 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1977 = mul %1975, %1976 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1978 = broadcast %114 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1979 = add %1977, %1978 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1980 = cast %1979 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1981 = slice %1980 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%1982 = matmul %1981, %509 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1983 = add %1982, %882 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1984 = matmul %1980, %515 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1985 = broadcast %518 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1986 = add %1984, %1985 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1987 = matmul %1980, %521 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1988 = broadcast %524 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1989 = add %1987, %1988 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1990 = cast %1983 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%1991 = reshape %1990 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%1992 = permute %1991 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%1993 = cast %1986 : bf16[4,10,16] @ models/lib/nn.yaml:55:23
%1994 = reshape %1993 : bf16[4,10,2,8] @ models/lib/vit.yaml:79:22
%1995 = permute %1994 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:79:14
%1996 = cast %1992 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%1997 = slice %1996 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1998 = broadcast %1997 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1999 = permute %1995 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2000 = slice %1999 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2001 = cast %2000 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2002 = mul %1998, %2001 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2003 = slice %1996 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2004 = broadcast %2003 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2005 = permute %1995 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2006 = slice %2005 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2007 = cast %2006 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2008 = mul %2004, %2007 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2009 = add %2002, %2008 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2010 = slice %1996 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2011 = broadcast %2010 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2012 = permute %1995 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2013 = slice %2012 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2014 = cast %2013 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2015 = mul %2011, %2014 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2016 = add %2009, %2015 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2017 = slice %1996 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2018 = broadcast %2017 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2019 = permute %1995 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2020 = slice %2019 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2021 = cast %2020 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2022 = mul %2018, %2021 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2023 = add %2016, %2022 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2024 = slice %1996 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2025 = broadcast %2024 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2026 = permute %1995 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2027 = slice %2026 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2028 = cast %2027 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2029 = mul %2025, %2028 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2030 = add %2023, %2029 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2031 = slice %1996 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2032 = broadcast %2031 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2033 = permute %1995 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2034 = slice %2033 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2035 = cast %2034 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2036 = mul %2032, %2035 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2037 = add %2030, %2036 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2038 = slice %1996 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2039 = broadcast %2038 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2040 = permute %1995 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2041 = slice %2040 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2042 = cast %2041 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2043 = mul %2039, %2042 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2044 = add %2037, %2043 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2045 = slice %1996 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2046 = broadcast %2045 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2047 = permute %1995 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2048 = slice %2047 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2049 = cast %2048 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2050 = mul %2046, %2049 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2051 = add %2044, %2050 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2052 = cast %2051 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2053 = broadcast %261 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2054 = cast %2052 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2055 = mul %2054, %2053 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2056 = reduce_max %2055 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2057 = stop_gradient %2056 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2058 = broadcast %2057 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2059 = cast %2052 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2060 = mul %2059, %2053 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2061 = sub %2060, %2058 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2062 = exp %2061 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2063 = reduce_sum %2062 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2064 = broadcast %2063 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2065 = exp %2061 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2066 = div %2065, %2064 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2067 = cast %2066 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%2068 = cast %1989 : bf16[4,10,16] @ models/lib/nn.yaml:56:23
%2069 = reshape %2068 : bf16[4,10,2,8] @ models/lib/vit.yaml:80:22
%2070 = permute %2069 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:80:14
%2071 = cast %2067 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%2072 = reshape %2071 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%2073 = broadcast %2072 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2074 = reshape %2070 : bf16[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2075 = cast %2074 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2076 = mul %2073, %2075 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2077 = reduce_sum %2076 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2078 = cast %2077 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2079 = permute %2078 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2080 = reshape %2079 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2081 = matmul %2080, %629 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2082 = cast %2081 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2083 = add %2082, %982 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2084 = add %860, %2083 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2085 = reduce_sum %2084 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2086 = div %2085, %987 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2087 = broadcast %2086 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2088 = sub %2084, %2087 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2089 = mul %2088, %2088 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2090 = reduce_sum %2089 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2091 = div %2090, %987 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2092 = add %2091, %994 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2093 = rsqrt %2092 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2094 = broadcast %2093 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2095 = mul %2088, %2094 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2096 = mul %2095, %999 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2097 = add %2096, %1001 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2098 = cast %2097 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2099 = matmul %2098, %656 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2100 = cast %2099 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2101 = add %2100, %1005 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2102 = mul %1008, %2101 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2103 = mul %2101, %1010 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2104 = erf %2103 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2105 = add %1013, %2104 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2106 = mul %2102, %2105 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2107 = cast %2106 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2108 = matmul %2107, %672 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2109 = cast %2108 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2110 = add %2109, %1018 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2111 = add %2084, %2110 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2112 = concat %2111, %1610 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%2113 = reduce_sum %2112 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2114 = div %2113, %1964 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2115 = broadcast %2114 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2116 = sub %2112, %2115 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2117 = mul %2116, %2116 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2118 = reduce_sum %2117 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2119 = div %2118, %1964 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2120 = add %2119, %1971 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2121 = rsqrt %2120 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2122 = broadcast %2121 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2123 = mul %2116, %2122 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2124 = broadcast %129 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2125 = mul %2123, %2124 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2126 = broadcast %130 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2127 = add %2125, %2126 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2128 = cast %2127 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%2129 = slice %2128 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%2130 = matmul %2129, %699 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2131 = add %2130, %1041 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2132 = matmul %2128, %705 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2133 = broadcast %708 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2134 = add %2132, %2133 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2135 = matmul %2128, %711 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2136 = broadcast %714 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2137 = add %2135, %2136 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2138 = cast %2131 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%2139 = reshape %2138 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%2140 = permute %2139 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%2141 = cast %2134 : bf16[4,10,16] @ models/lib/nn.yaml:55:23
%2142 = reshape %2141 : bf16[4,10,2,8] @ models/lib/vit.yaml:79:22
%2143 = permute %2142 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:79:14
%2144 = cast %2140 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2145 = slice %2144 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2146 = broadcast %2145 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2147 = permute %2143 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2148 = slice %2147 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2149 = cast %2148 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2150 = mul %2146, %2149 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2151 = slice %2144 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2152 = broadcast %2151 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2153 = permute %2143 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2154 = slice %2153 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2155 = cast %2154 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2156 = mul %2152, %2155 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2157 = add %2150, %2156 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2158 = slice %2144 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2159 = broadcast %2158 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2160 = permute %2143 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2161 = slice %2160 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2162 = cast %2161 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2163 = mul %2159, %2162 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2164 = add %2157, %2163 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2165 = slice %2144 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2166 = broadcast %2165 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2167 = permute %2143 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2168 = slice %2167 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2169 = cast %2168 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2170 = mul %2166, %2169 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2171 = add %2164, %2170 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2172 = slice %2144 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2173 = broadcast %2172 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2174 = permute %2143 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2175 = slice %2174 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2176 = cast %2175 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2177 = mul %2173, %2176 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2178 = add %2171, %2177 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2179 = slice %2144 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2180 = broadcast %2179 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2181 = permute %2143 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2182 = slice %2181 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2183 = cast %2182 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2184 = mul %2180, %2183 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2185 = add %2178, %2184 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2186 = slice %2144 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2187 = broadcast %2186 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2188 = permute %2143 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2189 = slice %2188 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2190 = cast %2189 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2191 = mul %2187, %2190 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2192 = add %2185, %2191 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2193 = slice %2144 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2194 = broadcast %2193 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2195 = permute %2143 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2196 = slice %2195 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2197 = cast %2196 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2198 = mul %2194, %2197 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2199 = add %2192, %2198 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2200 = cast %2199 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2201 = cast %2200 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2202 = mul %2201, %2053 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2203 = reduce_max %2202 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2204 = stop_gradient %2203 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2205 = broadcast %2204 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2206 = cast %2200 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2207 = mul %2206, %2053 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2208 = sub %2207, %2205 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2209 = exp %2208 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2210 = reduce_sum %2209 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2211 = broadcast %2210 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2212 = exp %2208 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2213 = div %2212, %2211 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2214 = cast %2213 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%2215 = cast %2137 : bf16[4,10,16] @ models/lib/nn.yaml:56:23
%2216 = reshape %2215 : bf16[4,10,2,8] @ models/lib/vit.yaml:80:22
%2217 = permute %2216 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:80:14
%2218 = cast %2214 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%2219 = reshape %2218 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%2220 = broadcast %2219 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2221 = reshape %2217 : bf16[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2222 = cast %2221 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2223 = mul %2220, %2222 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2224 = reduce_sum %2223 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2225 = cast %2224 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2226 = permute %2225 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2227 = reshape %2226 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2228 = matmul %2227, %818 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2229 = cast %2228 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2230 = add %2229, %1140 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2231 = add %2111, %2230 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2232 = reduce_sum %2231 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2233 = div %2232, %987 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2234 = broadcast %2233 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2235 = sub %2231, %2234 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2236 = mul %2235, %2235 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2237 = reduce_sum %2236 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2238 = div %2237, %987 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2239 = add %2238, %994 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2240 = rsqrt %2239 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2241 = broadcast %2240 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2242 = mul %2235, %2241 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2243 = mul %2242, %1155 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2244 = add %2243, %1157 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2245 = cast %2244 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2246 = matmul %2245, %840 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2247 = cast %2246 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2248 = add %2247, %1161 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2249 = mul %1008, %2248 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2250 = mul %2248, %1010 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2251 = erf %2250 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2252 = add %1013, %2251 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2253 = mul %2249, %2252 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2254 = cast %2253 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2255 = matmul %2254, %853 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2256 = cast %2255 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2257 = add %2256, %1171 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2258 = add %2231, %2257 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2259 = concat %2258, %1961 axis=1 : f32[4,10,16] @ models/dino_pass.yaml:109:30
%2260 = reduce_sum %2259 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2261 = div %2260, %1964 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2262 = broadcast %2261 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2263 = sub %2259, %2262 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2264 = mul %2263, %2263 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2265 = reduce_sum %2264 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2266 = div %2265, %1964 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2267 = add %2266, %1971 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2268 = rsqrt %2267 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2269 = broadcast %2268 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2270 = mul %2263, %2269 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2271 = broadcast %145 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2272 = mul %2270, %2271 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2273 = broadcast %146 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2274 = add %2272, %2273 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2275 = cast %2274 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%2276 = slice %2275 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/dino_pass.yaml:110:28
%2277 = matmul %2276, %1193 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2278 = cast %2277 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2279 = add %2278, %1195 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2280 = mul %1198, %2279 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2281 = mul %2279, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2282 = erf %2281 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2283 = add %1203, %2282 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2284 = mul %2280, %2283 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2285 = cast %2284 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2286 = matmul %2285, %1207 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2287 = cast %2286 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2288 = add %2287, %1209 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2289 = mul %1198, %2288 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2290 = mul %2288, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2291 = erf %2290 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2292 = add %1203, %2291 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2293 = mul %2289, %2292 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2294 = cast %2293 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2295 = matmul %2294, %1218 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%2296 = cast %2295 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2297 = add %2296, %1220 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2298 = mul %2297, %2297 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2299 = reduce_sum %2298 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%2300 = sqrt %2299 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2301 = max %2300, %1227 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2302 = broadcast %2301 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2303 = div %2297, %2302 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2304 = cast %2303 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%2305 = matmul %2304, %1239 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%2306 = slice %2275 lo=[0,1,0] hi=[4,10,16] : bf16[4,9,16] @ models/dino_pass.yaml:110:46
%2307 = matmul %2306, %1242 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2308 = broadcast %156 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2309 = broadcast %315 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2310 = cast %2307 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2311 = add %2310, %2308 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2312 = mul %2309, %2311 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2313 = broadcast %320 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2314 = cast %2307 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2315 = add %2314, %2308 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2316 = mul %2315, %2313 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2317 = erf %2316 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2318 = broadcast %326 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2319 = add %2318, %2317 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2320 = mul %2312, %2319 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2321 = cast %2320 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2322 = matmul %2321, %1258 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2323 = broadcast %158 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2324 = cast %2322 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2325 = add %2324, %2323 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2326 = mul %2309, %2325 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2327 = cast %2322 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2328 = add %2327, %2323 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2329 = mul %2328, %2313 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2330 = erf %2329 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2331 = add %2318, %2330 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2332 = mul %2326, %2331 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2333 = cast %2332 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2334 = matmul %2333, %1271 ta=0 tb=1 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%2335 = broadcast %160 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2336 = cast %2334 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2337 = add %2336, %2335 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2338 = mul %2337, %2337 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%2339 = reduce_sum %2338 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%2340 = sqrt %2339 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2341 = broadcast %1226 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2342 = max %2340, %2341 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2343 = broadcast %2342 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2344 = cast %2334 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2345 = add %2344, %2335 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2346 = div %2345, %2343 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2347 = cast %2346 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%2348 = matmul %2347, %1293 ta=0 tb=1 : bf16[4,9,16] @ models/lib/dino.yaml:23:18
%2349 = cast %2305 : f32[4,1,32] @ models/dino_pass.yaml:131:20
%2350 = slice %2349 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%2351 = slice %2349 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%2352 = reshape %8 : f32[16,48] @ models/lib/vit.yaml:17:20
%2353 = cast %2352 : bf16[16,48] @ models/lib/vit.yaml:17:18
%2354 = matmul %169, %2353 ta=0 tb=1 : bf16[4,16,16] @ models/lib/vit.yaml:17:18
%2355 = broadcast %9 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%2356 = cast %2354 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%2357 = add %2356, %2355 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%2358 = broadcast %7 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%2359 = add %2357, %2358 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%2360 = reduce_sum %2359 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2361 = div %2360, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2362 = broadcast %2361 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2363 = sub %2359, %2362 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2364 = mul %2363, %2363 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2365 = reduce_sum %2364 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2366 = div %2365, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2367 = add %2366, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2368 = rsqrt %2367 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2369 = broadcast %2368 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2370 = mul %2363, %2369 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2371 = broadcast %10 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2372 = mul %2370, %2371 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2373 = broadcast %11 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2374 = add %2372, %2373 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2375 = cast %2374 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2376 = cast %12 : bf16[48,16] @ models/lib/nn.yaml:83:15
%2377 = matmul %2375, %2376 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%2378 = cast %13 : bf16[48] @ models/lib/nn.yaml:84:18
%2379 = cast %2378 : f32[48] @ models/lib/nn.yaml:84:18
%2380 = broadcast %2379 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2381 = add %2377, %2380 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2382 = cast %2381 : bf16[4,16,48] @ models/lib/nn.yaml:55:23
%2383 = reshape %2382 : bf16[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%2384 = permute %2383 perm=[2,0,3,1,4] : bf16[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%2385 = slice %2384 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%2386 = reshape %2385 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:28
%2387 = slice %2384 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%2388 = reshape %2387 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:34
%2389 = cast %2386 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2390 = cast %2388 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2391 = permute %2390 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%2392 = slice %2389 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2393 = broadcast %2392 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2394 = slice %2391 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2395 = broadcast %2394 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2396 = mul %2393, %2395 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2397 = slice %2389 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2398 = broadcast %2397 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2399 = slice %2391 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2400 = broadcast %2399 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2401 = mul %2398, %2400 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2402 = add %2396, %2401 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2403 = slice %2389 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2404 = broadcast %2403 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2405 = slice %2391 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2406 = broadcast %2405 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2407 = mul %2404, %2406 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2408 = add %2402, %2407 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2409 = slice %2389 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2410 = broadcast %2409 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2411 = slice %2391 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2412 = broadcast %2411 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2413 = mul %2410, %2412 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2414 = add %2408, %2413 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2415 = slice %2389 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2416 = broadcast %2415 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2417 = slice %2391 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2418 = broadcast %2417 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2419 = mul %2416, %2418 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2420 = add %2414, %2419 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2421 = slice %2389 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2422 = broadcast %2421 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2423 = slice %2391 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2424 = broadcast %2423 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2425 = mul %2422, %2424 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2426 = add %2420, %2425 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2427 = slice %2389 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2428 = broadcast %2427 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2429 = slice %2391 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2430 = broadcast %2429 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2431 = mul %2428, %2430 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2432 = add %2426, %2431 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2433 = slice %2389 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2434 = broadcast %2433 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2435 = slice %2391 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2436 = broadcast %2435 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2437 = mul %2434, %2436 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2438 = add %2432, %2437 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2439 = cast %2438 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%2440 = cast %2439 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2441 = mul %2440, %262 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2442 = reduce_max %2441 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%2443 = stop_gradient %2442 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%2444 = broadcast %2443 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2445 = cast %2439 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2446 = mul %2445, %262 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2447 = sub %2446, %2444 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2448 = exp %2447 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2449 = reduce_sum %2448 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%2450 = broadcast %2449 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2451 = exp %2447 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2452 = div %2451, %2450 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2453 = cast %2452 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%2454 = slice %2384 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%2455 = reshape %2454 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:40
%2456 = cast %2453 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%2457 = cast %2455 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2458 = reshape %2456 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%2459 = broadcast %2458 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2460 = reshape %2457 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%2461 = broadcast %2460 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2462 = mul %2459, %2461 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2463 = reduce_sum %2462 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2464 = cast %2463 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%2465 = permute %2464 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%2466 = reshape %2465 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%2467 = cast %14 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2468 = matmul %2466, %2467 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2469 = broadcast %15 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2470 = cast %2468 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2471 = add %2470, %2469 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2472 = add %2359, %2471 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%2473 = reduce_sum %2472 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2474 = div %2473, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2475 = broadcast %2474 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2476 = sub %2472, %2475 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2477 = mul %2476, %2476 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2478 = reduce_sum %2477 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2479 = div %2478, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2480 = add %2479, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2481 = rsqrt %2480 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2482 = broadcast %2481 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2483 = mul %2476, %2482 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2484 = broadcast %16 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2485 = mul %2483, %2484 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2486 = broadcast %17 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2487 = add %2485, %2486 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2488 = cast %2487 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2489 = cast %18 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2490 = matmul %2488, %2489 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2491 = broadcast %19 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2492 = cast %2490 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2493 = add %2492, %2491 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2494 = mul %316, %2493 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%2495 = cast %2490 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2496 = add %2495, %2491 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2497 = mul %2496, %321 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%2498 = erf %2497 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%2499 = add %327, %2498 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%2500 = mul %2494, %2499 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%2501 = cast %2500 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2502 = cast %20 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2503 = matmul %2501, %2502 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2504 = broadcast %21 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2505 = cast %2503 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2506 = add %2505, %2504 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2507 = add %2472, %2506 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%2508 = reduce_sum %2507 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2509 = div %2508, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2510 = broadcast %2509 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2511 = sub %2507, %2510 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2512 = mul %2511, %2511 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2513 = reduce_sum %2512 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2514 = div %2513, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2515 = add %2514, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2516 = rsqrt %2515 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2517 = broadcast %2516 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2518 = mul %2511, %2517 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2519 = broadcast %22 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2520 = mul %2518, %2519 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2521 = broadcast %23 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2522 = add %2520, %2521 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2523 = cast %2522 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2524 = cast %24 : bf16[48,16] @ models/lib/nn.yaml:83:15
%2525 = matmul %2523, %2524 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%2526 = cast %25 : bf16[48] @ models/lib/nn.yaml:84:18
%2527 = cast %2526 : f32[48] @ models/lib/nn.yaml:84:18
%2528 = broadcast %2527 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2529 = add %2525, %2528 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2530 = cast %2529 : bf16[4,16,48] @ models/lib/nn.yaml:55:23
%2531 = reshape %2530 : bf16[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%2532 = permute %2531 perm=[2,0,3,1,4] : bf16[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%2533 = slice %2532 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%2534 = reshape %2533 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:28
%2535 = slice %2532 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%2536 = reshape %2535 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:34
%2537 = cast %2534 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2538 = cast %2536 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2539 = permute %2538 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%2540 = slice %2537 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2541 = broadcast %2540 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2542 = slice %2539 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2543 = broadcast %2542 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2544 = mul %2541, %2543 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2545 = slice %2537 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2546 = broadcast %2545 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2547 = slice %2539 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2548 = broadcast %2547 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2549 = mul %2546, %2548 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2550 = add %2544, %2549 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2551 = slice %2537 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2552 = broadcast %2551 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2553 = slice %2539 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2554 = broadcast %2553 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2555 = mul %2552, %2554 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2556 = add %2550, %2555 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2557 = slice %2537 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2558 = broadcast %2557 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2559 = slice %2539 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2560 = broadcast %2559 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2561 = mul %2558, %2560 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2562 = add %2556, %2561 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2563 = slice %2537 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2564 = broadcast %2563 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2565 = slice %2539 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2566 = broadcast %2565 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2567 = mul %2564, %2566 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2568 = add %2562, %2567 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2569 = slice %2537 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2570 = broadcast %2569 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2571 = slice %2539 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2572 = broadcast %2571 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2573 = mul %2570, %2572 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2574 = add %2568, %2573 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2575 = slice %2537 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2576 = broadcast %2575 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2577 = slice %2539 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2578 = broadcast %2577 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2579 = mul %2576, %2578 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2580 = add %2574, %2579 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2581 = slice %2537 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2582 = broadcast %2581 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2583 = slice %2539 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2584 = broadcast %2583 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2585 = mul %2582, %2584 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2586 = add %2580, %2585 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2587 = cast %2586 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%2588 = cast %2587 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2589 = mul %2588, %262 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2590 = reduce_max %2589 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%2591 = stop_gradient %2590 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%2592 = broadcast %2591 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2593 = cast %2587 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2594 = mul %2593, %262 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2595 = sub %2594, %2592 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2596 = exp %2595 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2597 = reduce_sum %2596 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%2598 = broadcast %2597 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2599 = exp %2595 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2600 = div %2599, %2598 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2601 = cast %2600 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%2602 = slice %2532 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%2603 = reshape %2602 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:40
%2604 = cast %2601 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%2605 = cast %2603 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2606 = reshape %2604 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%2607 = broadcast %2606 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2608 = reshape %2605 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%2609 = broadcast %2608 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2610 = mul %2607, %2609 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2611 = reduce_sum %2610 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2612 = cast %2611 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%2613 = permute %2612 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%2614 = reshape %2613 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%2615 = cast %26 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2616 = matmul %2614, %2615 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2617 = broadcast %27 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2618 = cast %2616 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2619 = add %2618, %2617 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2620 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%2621 = broadcast %2620 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2622 = div %2619, %2621 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2623 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%2624 = rand_uniform %2623 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%2625 = broadcast %2620 : f32[4] @ models/lib/nn.yaml:44:35
%2626 = add %2625, %2624 : f32[4] @ models/lib/nn.yaml:44:35
%2627 = floor %2626 : f32[4] @ models/lib/nn.yaml:44:24
%2628 = reshape %2627 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2629 = broadcast %2628 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2630 = mul %2622, %2629 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2631 = add %2507, %2630 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%2632 = reduce_sum %2631 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2633 = div %2632, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2634 = broadcast %2633 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2635 = sub %2631, %2634 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2636 = mul %2635, %2635 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2637 = reduce_sum %2636 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2638 = div %2637, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2639 = add %2638, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2640 = rsqrt %2639 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2641 = broadcast %2640 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2642 = mul %2635, %2641 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2643 = broadcast %28 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2644 = mul %2642, %2643 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2645 = broadcast %29 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2646 = add %2644, %2645 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2647 = cast %2646 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2648 = cast %30 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2649 = matmul %2647, %2648 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2650 = broadcast %31 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2651 = cast %2649 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2652 = add %2651, %2650 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2653 = mul %316, %2652 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%2654 = cast %2649 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2655 = add %2654, %2650 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2656 = mul %2655, %321 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%2657 = erf %2656 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%2658 = add %327, %2657 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%2659 = mul %2653, %2658 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%2660 = cast %2659 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2661 = cast %32 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2662 = matmul %2660, %2661 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2663 = broadcast %33 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2664 = cast %2662 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2665 = add %2664, %2663 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2666 = div %2665, %2621 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2667 = rand_uniform %2623 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%2668 = add %2625, %2667 : f32[4] @ models/lib/nn.yaml:44:35
%2669 = floor %2668 : f32[4] @ models/lib/nn.yaml:44:24
%2670 = reshape %2669 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2671 = broadcast %2670 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2672 = mul %2666, %2671 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2673 = add %2631, %2672 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%2674 = broadcast %34 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%2675 = concat %2674, %2673 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%2676 = reduce_sum %2675 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2677 = div %2676, %863 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2678 = broadcast %2677 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2679 = sub %2675, %2678 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2680 = mul %2679, %2679 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2681 = reduce_sum %2680 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2682 = div %2681, %863 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2683 = add %2682, %870 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2684 = rsqrt %2683 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2685 = broadcast %2684 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2686 = mul %2679, %2685 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2687 = broadcast %35 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2688 = mul %2686, %2687 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2689 = broadcast %36 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2690 = add %2688, %2689 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2691 = cast %2690 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2692 = slice %2691 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%2693 = cast %37 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2694 = matmul %2692, %2693 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2695 = cast %38 : bf16[16] @ models/lib/nn.yaml:84:18
%2696 = cast %2695 : f32[16] @ models/lib/nn.yaml:84:18
%2697 = broadcast %2696 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2698 = add %2694, %2697 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2699 = cast %39 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2700 = matmul %2691, %2699 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2701 = cast %40 : bf16[16] @ models/lib/nn.yaml:84:18
%2702 = cast %2701 : f32[16] @ models/lib/nn.yaml:84:18
%2703 = broadcast %2702 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2704 = add %2700, %2703 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2705 = cast %41 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2706 = matmul %2691, %2705 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2707 = cast %42 : bf16[16] @ models/lib/nn.yaml:84:18
%2708 = cast %2707 : f32[16] @ models/lib/nn.yaml:84:18
%2709 = broadcast %2708 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2710 = add %2706, %2709 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2711 = cast %2698 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%2712 = reshape %2711 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%2713 = permute %2712 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%2714 = cast %2704 : bf16[4,17,16] @ models/lib/nn.yaml:55:23
%2715 = reshape %2714 : bf16[4,17,2,8] @ models/lib/vit.yaml:79:22
%2716 = permute %2715 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:79:14
%2717 = cast %2713 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2718 = slice %2717 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2719 = broadcast %2718 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2720 = permute %2716 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2721 = slice %2720 lo=[0,0,0,0] hi=[4,2,1,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2722 = cast %2721 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2723 = mul %2719, %2722 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2724 = slice %2717 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2725 = broadcast %2724 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2726 = permute %2716 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2727 = slice %2726 lo=[0,0,1,0] hi=[4,2,2,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2728 = cast %2727 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2729 = mul %2725, %2728 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2730 = add %2723, %2729 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2731 = slice %2717 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2732 = broadcast %2731 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2733 = permute %2716 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2734 = slice %2733 lo=[0,0,2,0] hi=[4,2,3,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2735 = cast %2734 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2736 = mul %2732, %2735 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2737 = add %2730, %2736 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2738 = slice %2717 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2739 = broadcast %2738 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2740 = permute %2716 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2741 = slice %2740 lo=[0,0,3,0] hi=[4,2,4,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2742 = cast %2741 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2743 = mul %2739, %2742 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2744 = add %2737, %2743 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2745 = slice %2717 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2746 = broadcast %2745 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2747 = permute %2716 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2748 = slice %2747 lo=[0,0,4,0] hi=[4,2,5,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2749 = cast %2748 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2750 = mul %2746, %2749 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2751 = add %2744, %2750 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2752 = slice %2717 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2753 = broadcast %2752 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2754 = permute %2716 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2755 = slice %2754 lo=[0,0,5,0] hi=[4,2,6,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2756 = cast %2755 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2757 = mul %2753, %2756 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2758 = add %2751, %2757 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2759 = slice %2717 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2760 = broadcast %2759 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2761 = permute %2716 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2762 = slice %2761 lo=[0,0,6,0] hi=[4,2,7,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2763 = cast %2762 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2764 = mul %2760, %2763 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2765 = add %2758, %2764 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2766 = slice %2717 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2767 = broadcast %2766 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2768 = permute %2716 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2769 = slice %2768 lo=[0,0,7,0] hi=[4,2,8,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2770 = cast %2769 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2771 = mul %2767, %2770 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2772 = add %2765, %2771 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2773 = cast %2772 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2774 = cast %2773 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2775 = mul %2774, %953 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2776 = reduce_max %2775 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2777 = stop_gradient %2776 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2778 = broadcast %2777 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2779 = cast %2773 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2780 = mul %2779, %953 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2781 = sub %2780, %2778 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2782 = exp %2781 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2783 = reduce_sum %2782 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2784 = broadcast %2783 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2785 = exp %2781 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2786 = div %2785, %2784 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2787 = cast %2786 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%2788 = cast %2710 : bf16[4,17,16] @ models/lib/nn.yaml:56:23
%2789 = reshape %2788 : bf16[4,17,2,8] @ models/lib/vit.yaml:80:22
%2790 = permute %2789 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:80:14
%2791 = cast %2787 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2792 = reshape %2791 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%2793 = broadcast %2792 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2794 = reshape %2790 : bf16[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2795 = cast %2794 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2796 = mul %2793, %2795 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2797 = reduce_sum %2796 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2798 = cast %2797 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2799 = permute %2798 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2800 = reshape %2799 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2801 = cast %43 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2802 = matmul %2800, %2801 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2803 = broadcast %44 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2804 = cast %2802 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2805 = add %2804, %2803 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2806 = add %2674, %2805 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2807 = reduce_sum %2806 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2808 = div %2807, %987 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2809 = broadcast %2808 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2810 = sub %2806, %2809 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2811 = mul %2810, %2810 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2812 = reduce_sum %2811 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2813 = div %2812, %987 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2814 = add %2813, %994 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2815 = rsqrt %2814 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2816 = broadcast %2815 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2817 = mul %2810, %2816 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2818 = broadcast %45 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2819 = mul %2817, %2818 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2820 = broadcast %46 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2821 = add %2819, %2820 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2822 = cast %2821 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2823 = cast %47 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2824 = matmul %2822, %2823 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2825 = broadcast %48 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2826 = cast %2824 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2827 = add %2826, %2825 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2828 = mul %1008, %2827 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2829 = mul %2827, %1010 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2830 = erf %2829 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2831 = add %1013, %2830 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2832 = mul %2828, %2831 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2833 = cast %2832 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2834 = cast %49 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2835 = matmul %2833, %2834 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2836 = broadcast %50 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2837 = cast %2835 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2838 = add %2837, %2836 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2839 = add %2806, %2838 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2840 = concat %2839, %2673 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%2841 = reduce_sum %2840 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2842 = div %2841, %863 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2843 = broadcast %2842 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2844 = sub %2840, %2843 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2845 = mul %2844, %2844 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2846 = reduce_sum %2845 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2847 = div %2846, %863 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2848 = add %2847, %870 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2849 = rsqrt %2848 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2850 = broadcast %2849 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2851 = mul %2844, %2850 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2852 = broadcast %51 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2853 = mul %2851, %2852 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2854 = broadcast %52 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2855 = add %2853, %2854 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2856 = cast %2855 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2857 = slice %2856 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%2858 = cast %53 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2859 = matmul %2857, %2858 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2860 = cast %54 : bf16[16] @ models/lib/nn.yaml:84:18
%2861 = cast %2860 : f32[16] @ models/lib/nn.yaml:84:18
%2862 = broadcast %2861 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2863 = add %2859, %2862 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2864 = cast %55 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2865 = matmul %2856, %2864 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2866 = cast %56 : bf16[16] @ models/lib/nn.yaml:84:18
%2867 = cast %2866 : f32[16] @ models/lib/nn.yaml:84:18
%2868 = broadcast %2867 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2869 = add %2865, %2868 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2870 = cast %57 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2871 = matmul %2856, %2870 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2872 = cast %58 : bf16[16] @ models/lib/nn.yaml:84:18
%2873 = cast %2872 : f32[16] @ models/lib/nn.yaml:84:18
%2874 = broadcast %2873 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2875 = add %2871, %2874 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2876 = cast %2863 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%2877 = reshape %2876 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%2878 = permute %2877 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%2879 = cast %2869 : bf16[4,17,16] @ models/lib/nn.yaml:55:23
%2880 = reshape %2879 : bf16[4,17,2,8] @ models/lib/vit.yaml:79:22
%2881 = permute %2880 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:79:14
%2882 = cast %2878 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2883 = slice %2882 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2884 = broadcast %2883 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2885 = permute %2881 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2886 = slice %2885 lo=[0,0,0,0] hi=[4,2,1,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2887 = cast %2886 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2888 = mul %2884, %2887 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2889 = slice %2882 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2890 = broadcast %2889 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2891 = permute %2881 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2892 = slice %2891 lo=[0,0,1,0] hi=[4,2,2,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2893 = cast %2892 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2894 = mul %2890, %2893 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2895 = add %2888, %2894 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2896 = slice %2882 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2897 = broadcast %2896 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2898 = permute %2881 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2899 = slice %2898 lo=[0,0,2,0] hi=[4,2,3,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2900 = cast %2899 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2901 = mul %2897, %2900 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2902 = add %2895, %2901 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2903 = slice %2882 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2904 = broadcast %2903 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2905 = permute %2881 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2906 = slice %2905 lo=[0,0,3,0] hi=[4,2,4,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2907 = cast %2906 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2908 = mul %2904, %2907 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2909 = add %2902, %2908 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2910 = slice %2882 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2911 = broadcast %2910 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2912 = permute %2881 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2913 = slice %2912 lo=[0,0,4,0] hi=[4,2,5,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2914 = cast %2913 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2915 = mul %2911, %2914 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2916 = add %2909, %2915 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2917 = slice %2882 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2918 = broadcast %2917 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2919 = permute %2881 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2920 = slice %2919 lo=[0,0,5,0] hi=[4,2,6,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2921 = cast %2920 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2922 = mul %2918, %2921 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2923 = add %2916, %2922 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2924 = slice %2882 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2925 = broadcast %2924 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2926 = permute %2881 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2927 = slice %2926 lo=[0,0,6,0] hi=[4,2,7,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2928 = cast %2927 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2929 = mul %2925, %2928 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2930 = add %2923, %2929 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2931 = slice %2882 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2932 = broadcast %2931 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2933 = permute %2881 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2934 = slice %2933 lo=[0,0,7,0] hi=[4,2,8,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2935 = cast %2934 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2936 = mul %2932, %2935 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2937 = add %2930, %2936 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2938 = cast %2937 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2939 = cast %2938 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2940 = mul %2939, %953 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2941 = reduce_max %2940 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2942 = stop_gradient %2941 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2943 = broadcast %2942 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2944 = cast %2938 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2945 = mul %2944, %953 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2946 = sub %2945, %2943 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2947 = exp %2946 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2948 = reduce_sum %2947 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2949 = broadcast %2948 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2950 = exp %2946 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2951 = div %2950, %2949 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2952 = cast %2951 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%2953 = cast %2875 : bf16[4,17,16] @ models/lib/nn.yaml:56:23
%2954 = reshape %2953 : bf16[4,17,2,8] @ models/lib/vit.yaml:80:22
%2955 = permute %2954 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:80:14
%2956 = cast %2952 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2957 = reshape %2956 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%2958 = broadcast %2957 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2959 = reshape %2955 : bf16[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2960 = cast %2959 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2961 = mul %2958, %2960 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2962 = reduce_sum %2961 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2963 = cast %2962 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2964 = permute %2963 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2965 = reshape %2964 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2966 = cast %59 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2967 = matmul %2965, %2966 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2968 = broadcast %60 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2969 = cast %2967 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2970 = add %2969, %2968 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2971 = add %2839, %2970 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2972 = reduce_sum %2971 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2973 = div %2972, %987 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2974 = broadcast %2973 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2975 = sub %2971, %2974 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2976 = mul %2975, %2975 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2977 = reduce_sum %2976 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2978 = div %2977, %987 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2979 = add %2978, %994 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2980 = rsqrt %2979 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2981 = broadcast %2980 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2982 = mul %2975, %2981 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2983 = broadcast %61 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2984 = mul %2982, %2983 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2985 = broadcast %62 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2986 = add %2984, %2985 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2987 = cast %2986 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2988 = cast %63 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2989 = matmul %2987, %2988 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2990 = broadcast %64 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2991 = cast %2989 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2992 = add %2991, %2990 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2993 = mul %1008, %2992 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2994 = mul %2992, %1010 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2995 = erf %2994 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2996 = add %1013, %2995 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2997 = mul %2993, %2996 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2998 = cast %2997 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2999 = cast %65 : bf16[16,64] @ models/lib/nn.yaml:83:15
%3000 = matmul %2998, %2999 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3001 = broadcast %66 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3002 = cast %3000 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3003 = add %3002, %3001 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3004 = add %2971, %3003 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%3005 = concat %3004, %2673 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:111:21
%3006 = reduce_sum %3005 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%3007 = div %3006, %863 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%3008 = broadcast %3007 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%3009 = sub %3005, %3008 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%3010 = mul %3009, %3009 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%3011 = reduce_sum %3010 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%3012 = div %3011, %863 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%3013 = add %3012, %870 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%3014 = rsqrt %3013 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3015 = broadcast %3014 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%3016 = mul %3009, %3015 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%3017 = broadcast %67 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%3018 = mul %3016, %3017 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%3019 = broadcast %68 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%3020 = add %3018, %3019 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%3021 = cast %3020 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%3022 = slice %3021 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/dino_pass.yaml:103:28
%3023 = cast %69 : bf16[24,16] @ models/lib/nn.yaml:83:15
%3024 = matmul %3022, %3023 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3025 = broadcast %70 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3026 = cast %3024 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3027 = add %3026, %3025 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3028 = mul %1198, %3027 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3029 = mul %3027, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3030 = erf %3029 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3031 = add %1203, %3030 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3032 = mul %3028, %3031 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3033 = cast %3032 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3034 = cast %71 : bf16[24,24] @ models/lib/nn.yaml:83:15
%3035 = matmul %3033, %3034 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3036 = broadcast %72 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3037 = cast %3035 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3038 = add %3037, %3036 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3039 = mul %1198, %3038 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3040 = mul %3038, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3041 = erf %3040 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3042 = add %1203, %3041 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3043 = mul %3039, %3042 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3044 = cast %3043 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3045 = cast %73 : bf16[8,24] @ models/lib/nn.yaml:83:15
%3046 = matmul %3044, %3045 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%3047 = broadcast %74 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3048 = cast %3046 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3049 = add %3048, %3047 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3050 = mul %3049, %3049 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3051 = reduce_sum %3050 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%3052 = sqrt %3051 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3053 = max %3052, %1227 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3054 = broadcast %3053 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3055 = div %3049, %3054 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3056 = broadcast %75 : f32[32,8] @ models/lib/dino.yaml:22:22
%3057 = mul %3056, %76 : f32[32,8] @ models/lib/dino.yaml:22:22
%3058 = mul %76, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%3059 = reduce_sum %3058 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%3060 = sqrt %3059 : f32[32,1] @ models/lib/dino.yaml:22:35
%3061 = broadcast %3060 : f32[32,8] @ models/lib/dino.yaml:22:33
%3062 = div %3057, %3061 : f32[32,8] @ models/lib/dino.yaml:22:33
%3063 = cast %3055 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%3064 = cast %3062 : bf16[32,8] @ models/lib/dino.yaml:23:18
%3065 = matmul %3063, %3064 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%3066 = slice %3021 lo=[0,1,0] hi=[4,17,16] : bf16[4,16,16] @ models/dino_pass.yaml:103:46
%3067 = cast %77 : bf16[24,16] @ models/lib/nn.yaml:83:15
%3068 = matmul %3066, %3067 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%3069 = broadcast %78 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3070 = cast %3068 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3071 = add %3070, %3069 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3072 = mul %1245, %3071 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%3073 = cast %3068 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3074 = add %3073, %3069 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3075 = mul %3074, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%3076 = erf %3075 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3077 = add %1254, %3076 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%3078 = mul %3072, %3077 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%3079 = cast %3078 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%3080 = cast %79 : bf16[24,24] @ models/lib/nn.yaml:83:15
%3081 = matmul %3079, %3080 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%3082 = broadcast %80 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3083 = cast %3081 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3084 = add %3083, %3082 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3085 = mul %1245, %3084 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%3086 = cast %3081 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3087 = add %3086, %3082 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3088 = mul %3087, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%3089 = erf %3088 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3090 = add %1254, %3089 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%3091 = mul %3085, %3090 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%3092 = cast %3091 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%3093 = cast %81 : bf16[8,24] @ models/lib/nn.yaml:83:15
%3094 = matmul %3092, %3093 ta=0 tb=1 : bf16[4,16,8] @ models/lib/nn.yaml:83:15
%3095 = broadcast %82 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%3096 = cast %3094 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%3097 = add %3096, %3095 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%3098 = mul %3097, %3097 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%3099 = reduce_sum %3098 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%3100 = sqrt %3099 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3101 = max %3100, %1279 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3102 = broadcast %3101 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%3103 = cast %3094 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%3104 = add %3103, %3095 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%3105 = div %3104, %3102 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%3106 = broadcast %83 : f32[16,8] @ models/lib/dino.yaml:22:22
%3107 = mul %3106, %84 : f32[16,8] @ models/lib/dino.yaml:22:22
%3108 = mul %84, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3109 = reduce_sum %3108 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%3110 = sqrt %3109 : f32[16,1] @ models/lib/dino.yaml:22:35
%3111 = broadcast %3110 : f32[16,8] @ models/lib/dino.yaml:22:33
%3112 = div %3107, %3111 : f32[16,8] @ models/lib/dino.yaml:22:33
%3113 = cast %3105 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%3114 = cast %3112 : bf16[16,8] @ models/lib/dino.yaml:23:18
%3115 = matmul %3113, %3114 ta=0 tb=1 : bf16[4,16,16] @ models/lib/dino.yaml:23:18
%3116 = matmul %1301, %2353 ta=0 tb=1 : bf16[4,9,16] @ models/lib/vit.yaml:17:18
%3117 = broadcast %9 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%3118 = cast %3116 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%3119 = add %3118, %3117 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%3120 = reshape %7 : f32[4,64] @ models/lib/vit.yaml:32:17
%3121 = cast %3120 : bf16[4,64] @ models/lib/vit.yaml:32:15
%3122 = matmul %1308, %3121 ta=0 tb=0 : bf16[3,64] @ models/lib/vit.yaml:32:15
%3123 = reshape %3122 : bf16[3,4,16] @ models/lib/vit.yaml:33:21
%3124 = permute %3123 perm=[1,0,2] : bf16[4,3,16] @ models/lib/vit.yaml:33:13
%3125 = reshape %3124 : bf16[4,48] @ models/lib/vit.yaml:34:17
%3126 = matmul %1308, %3125 ta=0 tb=0 : bf16[3,48] @ models/lib/vit.yaml:34:15
%3127 = cast %3126 : f32[3,48] @ models/lib/vit.yaml:35:21
%3128 = reshape %3127 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%3129 = permute %3128 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%3130 = reshape %3129 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%3131 = broadcast %3130 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%3132 = add %3119, %3131 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%3133 = reduce_sum %3132 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3134 = div %3133, %1322 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3135 = broadcast %3134 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3136 = sub %3132, %3135 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3137 = mul %3136, %3136 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3138 = reduce_sum %3137 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3139 = div %3138, %1322 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3140 = add %3139, %1329 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3141 = rsqrt %3140 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3142 = broadcast %3141 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3143 = mul %3136, %3142 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3144 = broadcast %10 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3145 = mul %3143, %3144 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3146 = broadcast %11 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3147 = add %3145, %3146 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3148 = cast %3147 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3149 = matmul %3148, %2376 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%3150 = broadcast %2379 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3151 = add %3149, %3150 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3152 = cast %3151 : bf16[4,9,48] @ models/lib/nn.yaml:55:23
%3153 = reshape %3152 : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%3154 = permute %3153 perm=[2,0,3,1,4] : bf16[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%3155 = slice %3154 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%3156 = reshape %3155 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:28
%3157 = slice %3154 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%3158 = reshape %3157 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:34
%3159 = cast %3156 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3160 = cast %3158 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3161 = permute %3160 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%3162 = slice %3159 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3163 = broadcast %3162 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3164 = slice %3161 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3165 = broadcast %3164 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3166 = mul %3163, %3165 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3167 = slice %3159 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3168 = broadcast %3167 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3169 = slice %3161 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3170 = broadcast %3169 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3171 = mul %3168, %3170 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3172 = add %3166, %3171 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3173 = slice %3159 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3174 = broadcast %3173 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3175 = slice %3161 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3176 = broadcast %3175 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3177 = mul %3174, %3176 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3178 = add %3172, %3177 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3179 = slice %3159 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3180 = broadcast %3179 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3181 = slice %3161 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3182 = broadcast %3181 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3183 = mul %3180, %3182 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3184 = add %3178, %3183 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3185 = slice %3159 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3186 = broadcast %3185 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3187 = slice %3161 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3188 = broadcast %3187 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3189 = mul %3186, %3188 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3190 = add %3184, %3189 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3191 = slice %3159 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3192 = broadcast %3191 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3193 = slice %3161 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3194 = broadcast %3193 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3195 = mul %3192, %3194 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3196 = add %3190, %3195 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3197 = slice %3159 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3198 = broadcast %3197 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3199 = slice %3161 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3200 = broadcast %3199 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3201 = mul %3198, %3200 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3202 = add %3196, %3201 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3203 = slice %3159 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3204 = broadcast %3203 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3205 = slice %3161 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3206 = broadcast %3205 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3207 = mul %3204, %3206 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3208 = add %3202, %3207 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3209 = cast %3208 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%3210 = cast %3209 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3211 = mul %3210, %1400 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3212 = reduce_max %3211 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%3213 = stop_gradient %3212 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%3214 = broadcast %3213 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3215 = cast %3209 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3216 = mul %3215, %1400 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3217 = sub %3216, %3214 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3218 = exp %3217 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3219 = reduce_sum %3218 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%3220 = broadcast %3219 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3221 = exp %3217 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3222 = div %3221, %3220 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3223 = cast %3222 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%3224 = slice %3154 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3225 = reshape %3224 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:40
%3226 = cast %3223 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3227 = cast %3225 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3228 = reshape %3226 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3229 = broadcast %3228 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3230 = reshape %3227 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%3231 = broadcast %3230 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3232 = mul %3229, %3231 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3233 = reduce_sum %3232 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3234 = cast %3233 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%3235 = permute %3234 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%3236 = reshape %3235 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%3237 = matmul %3236, %2467 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3238 = broadcast %15 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3239 = cast %3237 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3240 = add %3239, %3238 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3241 = add %3132, %3240 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%3242 = reduce_sum %3241 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3243 = div %3242, %1322 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3244 = broadcast %3243 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3245 = sub %3241, %3244 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3246 = mul %3245, %3245 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3247 = reduce_sum %3246 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3248 = div %3247, %1322 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3249 = add %3248, %1329 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3250 = rsqrt %3249 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3251 = broadcast %3250 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3252 = mul %3245, %3251 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3253 = broadcast %16 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3254 = mul %3252, %3253 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3255 = broadcast %17 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3256 = add %3254, %3255 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3257 = cast %3256 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3258 = matmul %3257, %2489 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3259 = broadcast %19 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3260 = cast %3258 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3261 = add %3260, %3259 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3262 = mul %1451, %3261 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3263 = cast %3258 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3264 = add %3263, %3259 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3265 = mul %3264, %1455 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3266 = erf %3265 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3267 = add %1460, %3266 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%3268 = mul %3262, %3267 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3269 = cast %3268 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3270 = matmul %3269, %2502 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3271 = broadcast %21 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3272 = cast %3270 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3273 = add %3272, %3271 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3274 = add %3241, %3273 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%3275 = reduce_sum %3274 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3276 = div %3275, %1322 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3277 = broadcast %3276 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3278 = sub %3274, %3277 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3279 = mul %3278, %3278 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3280 = reduce_sum %3279 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3281 = div %3280, %1322 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3282 = add %3281, %1329 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3283 = rsqrt %3282 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3284 = broadcast %3283 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3285 = mul %3278, %3284 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3286 = broadcast %22 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3287 = mul %3285, %3286 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3288 = broadcast %23 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3289 = add %3287, %3288 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3290 = cast %3289 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3291 = matmul %3290, %2524 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%3292 = broadcast %2527 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3293 = add %3291, %3292 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3294 = cast %3293 : bf16[4,9,48] @ models/lib/nn.yaml:55:23
%3295 = reshape %3294 : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%3296 = permute %3295 perm=[2,0,3,1,4] : bf16[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%3297 = slice %3296 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%3298 = reshape %3297 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:28
%3299 = slice %3296 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%3300 = reshape %3299 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:34
%3301 = cast %3298 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3302 = cast %3300 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3303 = permute %3302 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%3304 = slice %3301 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3305 = broadcast %3304 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3306 = slice %3303 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3307 = broadcast %3306 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3308 = mul %3305, %3307 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3309 = slice %3301 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3310 = broadcast %3309 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3311 = slice %3303 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3312 = broadcast %3311 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3313 = mul %3310, %3312 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3314 = add %3308, %3313 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3315 = slice %3301 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3316 = broadcast %3315 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3317 = slice %3303 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3318 = broadcast %3317 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3319 = mul %3316, %3318 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3320 = add %3314, %3319 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3321 = slice %3301 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3322 = broadcast %3321 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3323 = slice %3303 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3324 = broadcast %3323 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3325 = mul %3322, %3324 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3326 = add %3320, %3325 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3327 = slice %3301 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3328 = broadcast %3327 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3329 = slice %3303 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3330 = broadcast %3329 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3331 = mul %3328, %3330 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3332 = add %3326, %3331 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3333 = slice %3301 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3334 = broadcast %3333 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3335 = slice %3303 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3336 = broadcast %3335 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3337 = mul %3334, %3336 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3338 = add %3332, %3337 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3339 = slice %3301 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3340 = broadcast %3339 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3341 = slice %3303 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3342 = broadcast %3341 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3343 = mul %3340, %3342 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3344 = add %3338, %3343 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3345 = slice %3301 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3346 = broadcast %3345 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3347 = slice %3303 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3348 = broadcast %3347 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3349 = mul %3346, %3348 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3350 = add %3344, %3349 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3351 = cast %3350 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%3352 = cast %3351 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3353 = mul %3352, %1400 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3354 = reduce_max %3353 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%3355 = stop_gradient %3354 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%3356 = broadcast %3355 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3357 = cast %3351 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3358 = mul %3357, %1400 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3359 = sub %3358, %3356 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3360 = exp %3359 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3361 = reduce_sum %3360 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%3362 = broadcast %3361 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3363 = exp %3359 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3364 = div %3363, %3362 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3365 = cast %3364 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%3366 = slice %3296 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3367 = reshape %3366 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:40
%3368 = cast %3365 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3369 = cast %3367 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3370 = reshape %3368 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3371 = broadcast %3370 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3372 = reshape %3369 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%3373 = broadcast %3372 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3374 = mul %3371, %3373 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3375 = reduce_sum %3374 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3376 = cast %3375 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%3377 = permute %3376 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%3378 = reshape %3377 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%3379 = matmul %3378, %2615 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3380 = broadcast %27 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3381 = cast %3379 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3382 = add %3381, %3380 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3383 = broadcast %2620 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3384 = div %3382, %3383 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3385 = rand_uniform %2623 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%3386 = add %2625, %3385 : f32[4] @ models/lib/nn.yaml:44:35
%3387 = floor %3386 : f32[4] @ models/lib/nn.yaml:44:24
%3388 = reshape %3387 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%3389 = broadcast %3388 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3390 = mul %3384, %3389 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3391 = add %3274, %3390 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%3392 = reduce_sum %3391 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3393 = div %3392, %1322 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3394 = broadcast %3393 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3395 = sub %3391, %3394 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3396 = mul %3395, %3395 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3397 = reduce_sum %3396 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3398 = div %3397, %1322 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3399 = add %3398, %1329 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3400 = rsqrt %3399 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3401 = broadcast %3400 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3402 = mul %3395, %3401 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3403 = broadcast %28 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3404 = mul %3402, %3403 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3405 = broadcast %29 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3406 = add %3404, %3405 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3407 = cast %3406 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3408 = matmul %3407, %2648 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3409 = broadcast %31 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3410 = cast %3408 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3411 = add %3410, %3409 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3412 = mul %1451, %3411 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3413 = cast %3408 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3414 = add %3413, %3409 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3415 = mul %3414, %1455 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3416 = erf %3415 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3417 = add %1460, %3416 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%3418 = mul %3412, %3417 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3419 = cast %3418 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3420 = matmul %3419, %2661 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3421 = broadcast %33 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3422 = cast %3420 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3423 = add %3422, %3421 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3424 = div %3423, %3383 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3425 = rand_uniform %2623 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%3426 = add %2625, %3425 : f32[4] @ models/lib/nn.yaml:44:35
%3427 = floor %3426 : f32[4] @ models/lib/nn.yaml:44:24
%3428 = reshape %3427 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%3429 = broadcast %3428 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3430 = mul %3424, %3429 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3431 = add %3391, %3430 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%3432 = concat %2674, %3431 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%3433 = reduce_sum %3432 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3434 = div %3433, %1964 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3435 = broadcast %3434 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3436 = sub %3432, %3435 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3437 = mul %3436, %3436 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3438 = reduce_sum %3437 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3439 = div %3438, %1964 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3440 = add %3439, %1971 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3441 = rsqrt %3440 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3442 = broadcast %3441 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3443 = mul %3436, %3442 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3444 = broadcast %35 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3445 = mul %3443, %3444 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3446 = broadcast %36 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3447 = add %3445, %3446 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3448 = cast %3447 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3449 = slice %3448 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%3450 = matmul %3449, %2693 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3451 = add %3450, %2697 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3452 = matmul %3448, %2699 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3453 = broadcast %2702 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3454 = add %3452, %3453 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3455 = matmul %3448, %2705 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3456 = broadcast %2708 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3457 = add %3455, %3456 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3458 = cast %3451 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%3459 = reshape %3458 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%3460 = permute %3459 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%3461 = cast %3454 : bf16[4,10,16] @ models/lib/nn.yaml:55:23
%3462 = reshape %3461 : bf16[4,10,2,8] @ models/lib/vit.yaml:79:22
%3463 = permute %3462 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:79:14
%3464 = cast %3460 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3465 = slice %3464 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3466 = broadcast %3465 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3467 = permute %3463 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3468 = slice %3467 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3469 = cast %3468 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3470 = mul %3466, %3469 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3471 = slice %3464 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3472 = broadcast %3471 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3473 = permute %3463 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3474 = slice %3473 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3475 = cast %3474 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3476 = mul %3472, %3475 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3477 = add %3470, %3476 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3478 = slice %3464 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3479 = broadcast %3478 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3480 = permute %3463 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3481 = slice %3480 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3482 = cast %3481 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3483 = mul %3479, %3482 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3484 = add %3477, %3483 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3485 = slice %3464 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3486 = broadcast %3485 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3487 = permute %3463 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3488 = slice %3487 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3489 = cast %3488 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3490 = mul %3486, %3489 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3491 = add %3484, %3490 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3492 = slice %3464 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3493 = broadcast %3492 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3494 = permute %3463 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3495 = slice %3494 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3496 = cast %3495 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3497 = mul %3493, %3496 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3498 = add %3491, %3497 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3499 = slice %3464 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3500 = broadcast %3499 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3501 = permute %3463 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3502 = slice %3501 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3503 = cast %3502 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3504 = mul %3500, %3503 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3505 = add %3498, %3504 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3506 = slice %3464 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3507 = broadcast %3506 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3508 = permute %3463 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3509 = slice %3508 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3510 = cast %3509 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3511 = mul %3507, %3510 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3512 = add %3505, %3511 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3513 = slice %3464 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3514 = broadcast %3513 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3515 = permute %3463 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3516 = slice %3515 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3517 = cast %3516 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3518 = mul %3514, %3517 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3519 = add %3512, %3518 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3520 = cast %3519 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3521 = cast %3520 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3522 = mul %3521, %2053 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3523 = reduce_max %3522 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%3524 = stop_gradient %3523 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%3525 = broadcast %3524 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3526 = cast %3520 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3527 = mul %3526, %2053 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3528 = sub %3527, %3525 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3529 = exp %3528 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3530 = reduce_sum %3529 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%3531 = broadcast %3530 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3532 = exp %3528 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3533 = div %3532, %3531 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3534 = cast %3533 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%3535 = cast %3457 : bf16[4,10,16] @ models/lib/nn.yaml:56:23
%3536 = reshape %3535 : bf16[4,10,2,8] @ models/lib/vit.yaml:80:22
%3537 = permute %3536 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:80:14
%3538 = cast %3534 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3539 = reshape %3538 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%3540 = broadcast %3539 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3541 = reshape %3537 : bf16[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3542 = cast %3541 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3543 = mul %3540, %3542 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3544 = reduce_sum %3543 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%3545 = cast %3544 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%3546 = permute %3545 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%3547 = reshape %3546 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%3548 = matmul %3547, %2801 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3549 = cast %3548 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3550 = add %3549, %2803 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3551 = add %2674, %3550 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%3552 = reduce_sum %3551 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3553 = div %3552, %987 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3554 = broadcast %3553 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3555 = sub %3551, %3554 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3556 = mul %3555, %3555 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3557 = reduce_sum %3556 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3558 = div %3557, %987 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3559 = add %3558, %994 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%3560 = rsqrt %3559 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3561 = broadcast %3560 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3562 = mul %3555, %3561 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3563 = mul %3562, %2818 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3564 = add %3563, %2820 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%3565 = cast %3564 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3566 = matmul %3565, %2823 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3567 = cast %3566 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3568 = add %3567, %2825 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3569 = mul %1008, %3568 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3570 = mul %3568, %1010 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3571 = erf %3570 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3572 = add %1013, %3571 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3573 = mul %3569, %3572 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3574 = cast %3573 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3575 = matmul %3574, %2834 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3576 = cast %3575 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3577 = add %3576, %2836 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3578 = add %3551, %3577 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%3579 = concat %3578, %3431 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%3580 = reduce_sum %3579 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3581 = div %3580, %1964 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3582 = broadcast %3581 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3583 = sub %3579, %3582 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3584 = mul %3583, %3583 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3585 = reduce_sum %3584 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3586 = div %3585, %1964 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3587 = add %3586, %1971 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3588 = rsqrt %3587 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3589 = broadcast %3588 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3590 = mul %3583, %3589 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3591 = broadcast %51 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3592 = mul %3590, %3591 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3593 = broadcast %52 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3594 = add %3592, %3593 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3595 = cast %3594 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3596 = slice %3595 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%3597 = matmul %3596, %2858 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3598 = add %3597, %2862 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3599 = matmul %3595, %2864 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3600 = broadcast %2867 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3601 = add %3599, %3600 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3602 = matmul %3595, %2870 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3603 = broadcast %2873 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3604 = add %3602, %3603 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3605 = cast %3598 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%3606 = reshape %3605 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%3607 = permute %3606 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%3608 = cast %3601 : bf16[4,10,16] @ models/lib/nn.yaml:55:23
%3609 = reshape %3608 : bf16[4,10,2,8] @ models/lib/vit.yaml:79:22
%3610 = permute %3609 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:79:14
%3611 = cast %3607 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3612 = slice %3611 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3613 = broadcast %3612 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3614 = permute %3610 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3615 = slice %3614 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3616 = cast %3615 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3617 = mul %3613, %3616 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3618 = slice %3611 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3619 = broadcast %3618 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3620 = permute %3610 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3621 = slice %3620 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3622 = cast %3621 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3623 = mul %3619, %3622 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3624 = add %3617, %3623 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3625 = slice %3611 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3626 = broadcast %3625 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3627 = permute %3610 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3628 = slice %3627 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3629 = cast %3628 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3630 = mul %3626, %3629 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3631 = add %3624, %3630 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3632 = slice %3611 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3633 = broadcast %3632 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3634 = permute %3610 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3635 = slice %3634 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3636 = cast %3635 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3637 = mul %3633, %3636 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3638 = add %3631, %3637 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3639 = slice %3611 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3640 = broadcast %3639 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3641 = permute %3610 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3642 = slice %3641 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3643 = cast %3642 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3644 = mul %3640, %3643 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3645 = add %3638, %3644 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3646 = slice %3611 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3647 = broadcast %3646 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3648 = permute %3610 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3649 = slice %3648 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3650 = cast %3649 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3651 = mul %3647, %3650 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3652 = add %3645, %3651 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3653 = slice %3611 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3654 = broadcast %3653 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3655 = permute %3610 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3656 = slice %3655 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3657 = cast %3656 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3658 = mul %3654, %3657 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3659 = add %3652, %3658 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3660 = slice %3611 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3661 = broadcast %3660 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3662 = permute %3610 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3663 = slice %3662 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3664 = cast %3663 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3665 = mul %3661, %3664 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3666 = add %3659, %3665 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3667 = cast %3666 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3668 = cast %3667 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3669 = mul %3668, %2053 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3670 = reduce_max %3669 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%3671 = stop_gradient %3670 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%3672 = broadcast %3671 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3673 = cast %3667 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3674 = mul %3673, %2053 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3675 = sub %3674, %3672 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3676 = exp %3675 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3677 = reduce_sum %3676 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%3678 = broadcast %3677 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3679 = exp %3675 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3680 = div %3679, %3678 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3681 = cast %3680 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%3682 = cast %3604 : bf16[4,10,16] @ models/lib/nn.yaml:56:23
%3683 = reshape %3682 : bf16[4,10,2,8] @ models/lib/vit.yaml:80:22
%3684 = permute %3683 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:80:14
%3685 = cast %3681 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3686 = reshape %3685 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%3687 = broadcast %3686 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3688 = reshape %3684 : bf16[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3689 = cast %3688 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3690 = mul %3687, %3689 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3691 = reduce_sum %3690 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%3692 = cast %3691 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%3693 = permute %3692 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%3694 = reshape %3693 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%3695 = matmul %3694, %2966 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3696 = cast %3695 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3697 = add %3696, %2968 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3698 = add %3578, %3697 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%3699 = reduce_sum %3698 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3700 = div %3699, %987 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3701 = broadcast %3700 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3702 = sub %3698, %3701 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3703 = mul %3702, %3702 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3704 = reduce_sum %3703 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3705 = div %3704, %987 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3706 = add %3705, %994 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%3707 = rsqrt %3706 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3708 = broadcast %3707 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3709 = mul %3702, %3708 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3710 = mul %3709, %2983 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3711 = add %3710, %2985 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%3712 = cast %3711 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3713 = matmul %3712, %2988 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3714 = cast %3713 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3715 = add %3714, %2990 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3716 = mul %1008, %3715 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3717 = mul %3715, %1010 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3718 = erf %3717 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3719 = add %1013, %3718 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3720 = mul %3716, %3719 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3721 = cast %3720 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3722 = matmul %3721, %2999 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3723 = cast %3722 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3724 = add %3723, %3001 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3725 = add %3698, %3724 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%3726 = concat %3725, %3431 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:111:21
%3727 = reduce_sum %3726 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3728 = div %3727, %1964 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3729 = broadcast %3728 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3730 = sub %3726, %3729 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3731 = mul %3730, %3730 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3732 = reduce_sum %3731 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3733 = div %3732, %1964 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3734 = add %3733, %1971 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3735 = rsqrt %3734 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3736 = broadcast %3735 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3737 = mul %3730, %3736 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3738 = broadcast %67 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3739 = mul %3737, %3738 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3740 = broadcast %68 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3741 = add %3739, %3740 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3742 = cast %3741 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3743 = slice %3742 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/dino_pass.yaml:103:28
%3744 = matmul %3743, %3023 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3745 = cast %3744 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3746 = add %3745, %3025 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3747 = mul %1198, %3746 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3748 = mul %3746, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3749 = erf %3748 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3750 = add %1203, %3749 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3751 = mul %3747, %3750 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3752 = cast %3751 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3753 = matmul %3752, %3034 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3754 = cast %3753 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3755 = add %3754, %3036 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3756 = mul %1198, %3755 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3757 = mul %3755, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3758 = erf %3757 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3759 = add %1203, %3758 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3760 = mul %3756, %3759 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3761 = cast %3760 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3762 = matmul %3761, %3045 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%3763 = cast %3762 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3764 = add %3763, %3047 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3765 = mul %3764, %3764 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3766 = reduce_sum %3765 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%3767 = sqrt %3766 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3768 = max %3767, %1227 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3769 = broadcast %3768 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3770 = div %3764, %3769 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3771 = cast %3770 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%3772 = matmul %3771, %3064 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%3773 = slice %3742 lo=[0,1,0] hi=[4,10,16] : bf16[4,9,16] @ models/dino_pass.yaml:103:46
%3774 = matmul %3773, %3067 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3775 = broadcast %78 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3776 = cast %3774 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3777 = add %3776, %3775 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3778 = mul %2309, %3777 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3779 = cast %3774 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3780 = add %3779, %3775 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3781 = mul %3780, %2313 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3782 = erf %3781 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3783 = add %2318, %3782 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3784 = mul %3778, %3783 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3785 = cast %3784 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3786 = matmul %3785, %3080 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3787 = broadcast %80 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3788 = cast %3786 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3789 = add %3788, %3787 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3790 = mul %2309, %3789 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3791 = cast %3786 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3792 = add %3791, %3787 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3793 = mul %3792, %2313 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3794 = erf %3793 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3795 = add %2318, %3794 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3796 = mul %3790, %3795 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3797 = cast %3796 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3798 = matmul %3797, %3093 ta=0 tb=1 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%3799 = broadcast %82 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3800 = cast %3798 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3801 = add %3800, %3799 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3802 = mul %3801, %3801 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3803 = reduce_sum %3802 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%3804 = sqrt %3803 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3805 = max %3804, %2341 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3806 = broadcast %3805 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3807 = cast %3798 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3808 = add %3807, %3799 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3809 = div %3808, %3806 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3810 = cast %3809 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%3811 = matmul %3810, %3114 ta=0 tb=1 : bf16[4,9,16] @ models/lib/dino.yaml:23:18
%3812 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3813 = sub %1296, %3812 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3814 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3815 = div %3813, %3814 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3816 = reduce_max %3815 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3817 = stop_gradient %3816 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3818 = broadcast %3817 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3819 = div %3813, %3814 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3820 = sub %3819, %3818 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3821 = exp %3820 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3822 = reduce_sum %3821 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3823 = broadcast %3822 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3824 = exp %3820 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3825 = div %3824, %3823 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3826 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%3827 = broadcast %3826 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3828 = slice %3065 lo=[2,0,0] hi=[4,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3829 = cast %3828 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3830 = div %3829, %3827 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3831 = reduce_max %3830 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3832 = stop_gradient %3831 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3833 = broadcast %3832 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3834 = slice %3065 lo=[2,0,0] hi=[4,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3835 = cast %3834 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3836 = div %3835, %3827 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3837 = sub %3836, %3833 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3838 = exp %3837 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3839 = reduce_sum %3838 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3840 = log %3839 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3841 = broadcast %3840 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3842 = sub %3837, %3841 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3843 = stop_gradient %3825 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3844 = mul %3843, %3842 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3845 = reduce_sum %3844 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3846 = neg %3845 : f32[2,1] @ models/lib/dino.yaml:39:21
%3847 = reduce_sum %3846 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3848 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%3849 = div %3847, %3848 : f32[] @ models/lib/dino.yaml:39:16
%3850 = slice %3772 lo=[0,0,0] hi=[2,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3851 = cast %3850 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3852 = div %3851, %3827 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3853 = reduce_max %3852 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3854 = stop_gradient %3853 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3855 = broadcast %3854 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3856 = slice %3772 lo=[0,0,0] hi=[2,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3857 = cast %3856 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3858 = div %3857, %3827 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3859 = sub %3858, %3855 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3860 = exp %3859 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3861 = reduce_sum %3860 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3862 = log %3861 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3863 = broadcast %3862 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3864 = sub %3859, %3863 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3865 = stop_gradient %3825 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3866 = mul %3865, %3864 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3867 = reduce_sum %3866 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3868 = neg %3867 : f32[2,1] @ models/lib/dino.yaml:39:21
%3869 = reduce_sum %3868 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3870 = div %3869, %3848 : f32[] @ models/lib/dino.yaml:39:16
%3871 = add %3849, %3870 : f32[] @ models/dino_pass.yaml:148:11
%3872 = slice %3772 lo=[2,0,0] hi=[4,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3873 = cast %3872 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3874 = div %3873, %3827 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3875 = reduce_max %3874 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3876 = stop_gradient %3875 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3877 = broadcast %3876 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3878 = slice %3772 lo=[2,0,0] hi=[4,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3879 = cast %3878 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3880 = div %3879, %3827 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3881 = sub %3880, %3877 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3882 = exp %3881 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3883 = reduce_sum %3882 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3884 = log %3883 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3885 = broadcast %3884 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3886 = sub %3881, %3885 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3887 = stop_gradient %3825 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3888 = mul %3887, %3886 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3889 = reduce_sum %3888 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3890 = neg %3889 : f32[2,1] @ models/lib/dino.yaml:39:21
%3891 = reduce_sum %3890 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3892 = div %3891, %3848 : f32[] @ models/lib/dino.yaml:39:16
%3893 = add %3871, %3892 : f32[] @ models/dino_pass.yaml:148:11
%3894 = sub %1297, %3812 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3895 = div %3894, %3814 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3896 = reduce_max %3895 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3897 = stop_gradient %3896 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3898 = broadcast %3897 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3899 = div %3894, %3814 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3900 = sub %3899, %3898 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3901 = exp %3900 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3902 = reduce_sum %3901 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3903 = broadcast %3902 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3904 = exp %3900 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3905 = div %3904, %3903 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3906 = slice %3065 lo=[0,0,0] hi=[2,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3907 = cast %3906 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3908 = div %3907, %3827 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3909 = reduce_max %3908 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3910 = stop_gradient %3909 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3911 = broadcast %3910 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3912 = slice %3065 lo=[0,0,0] hi=[2,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3913 = cast %3912 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3914 = div %3913, %3827 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3915 = sub %3914, %3911 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3916 = exp %3915 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3917 = reduce_sum %3916 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3918 = log %3917 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3919 = broadcast %3918 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3920 = sub %3915, %3919 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3921 = stop_gradient %3905 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3922 = mul %3921, %3920 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3923 = reduce_sum %3922 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3924 = neg %3923 : f32[2,1] @ models/lib/dino.yaml:39:21
%3925 = reduce_sum %3924 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3926 = div %3925, %3848 : f32[] @ models/lib/dino.yaml:39:16
%3927 = add %3893, %3926 : f32[] @ models/dino_pass.yaml:148:11
%3928 = stop_gradient %3905 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3929 = mul %3928, %3864 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3930 = reduce_sum %3929 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3931 = neg %3930 : f32[2,1] @ models/lib/dino.yaml:39:21
%3932 = reduce_sum %3931 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3933 = div %3932, %3848 : f32[] @ models/lib/dino.yaml:39:16
%3934 = add %3927, %3933 : f32[] @ models/dino_pass.yaml:148:11
%3935 = stop_gradient %3905 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3936 = mul %3935, %3886 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3937 = reduce_sum %3936 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3938 = neg %3937 : f32[2,1] @ models/lib/dino.yaml:39:21
%3939 = reduce_sum %3938 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3940 = div %3939, %3848 : f32[] @ models/lib/dino.yaml:39:16
%3941 = add %3934, %3940 : f32[] @ models/dino_pass.yaml:148:11
%3942 = const data=[6] : f32[] @ models/dino_pass.yaml:145:3
%3943 = div %3941, %3942 : f32[] @ models/dino_pass.yaml:145:3
%3944 = output %3943 name="loss.cls" : f32[] @ models/dino_pass.yaml:145:3
%3945 = broadcast %164 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3946 = slice %1294 lo=[0,0,0] hi=[2,16,16] : bf16[2,16,16] @ models/dino_pass.yaml:131:27
%3947 = broadcast %4 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3948 = cast %3946 : f32[2,16,16] @ models/dino_pass.yaml:131:27
%3949 = sub %3948, %3945 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3950 = div %3949, %3947 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3951 = reduce_max %3950 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%3952 = stop_gradient %3951 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%3953 = broadcast %3952 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3954 = cast %3946 : f32[2,16,16] @ models/dino_pass.yaml:131:27
%3955 = sub %3954, %3945 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3956 = div %3955, %3947 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3957 = sub %3956, %3953 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3958 = exp %3957 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3959 = reduce_sum %3958 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%3960 = broadcast %3959 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3961 = exp %3957 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3962 = div %3961, %3960 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3963 = broadcast %3826 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3964 = slice %3115 lo=[0,0,0] hi=[2,16,16] : bf16[2,16,16] @ models/dino_pass.yaml:132:27
%3965 = cast %3964 : f32[2,16,16] @ models/dino_pass.yaml:132:27
%3966 = div %3965, %3963 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3967 = reduce_max %3966 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%3968 = stop_gradient %3967 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%3969 = broadcast %3968 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3970 = slice %3115 lo=[0,0,0] hi=[2,16,16] : bf16[2,16,16] @ models/dino_pass.yaml:132:27
%3971 = cast %3970 : f32[2,16,16] @ models/dino_pass.yaml:132:27
%3972 = div %3971, %3963 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3973 = sub %3972, %3969 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3974 = exp %3973 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3975 = reduce_sum %3974 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%3976 = log %3975 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3977 = broadcast %3976 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3978 = sub %3973, %3977 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3979 = stop_gradient %3962 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3980 = mul %3979, %3978 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3981 = reduce_sum %3980 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%3982 = neg %3981 : f32[2,16] @ models/lib/dino.yaml:39:21
%3983 = reduce_sum %3982 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3984 = const data=[32] : f32[] @ models/lib/dino.yaml:39:16
%3985 = div %3983, %3984 : f32[] @ models/lib/dino.yaml:39:16
%3986 = slice %1294 lo=[2,0,0] hi=[4,16,16] : bf16[2,16,16] @ models/dino_pass.yaml:131:27
%3987 = cast %3986 : f32[2,16,16] @ models/dino_pass.yaml:131:27
%3988 = sub %3987, %3945 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3989 = div %3988, %3947 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3990 = reduce_max %3989 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%3991 = stop_gradient %3990 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%3992 = broadcast %3991 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3993 = cast %3986 : f32[2,16,16] @ models/dino_pass.yaml:131:27
%3994 = sub %3993, %3945 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3995 = div %3994, %3947 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3996 = sub %3995, %3992 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3997 = exp %3996 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3998 = reduce_sum %3997 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%3999 = broadcast %3998 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%4000 = exp %3996 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%4001 = div %4000, %3999 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%4002 = slice %3115 lo=[2,0,0] hi=[4,16,16] : bf16[2,16,16] @ models/dino_pass.yaml:132:27
%4003 = cast %4002 : f32[2,16,16] @ models/dino_pass.yaml:132:27
%4004 = div %4003, %3963 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%4005 = reduce_max %4004 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%4006 = stop_gradient %4005 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%4007 = broadcast %4006 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%4008 = slice %3115 lo=[2,0,0] hi=[4,16,16] : bf16[2,16,16] @ models/dino_pass.yaml:132:27
%4009 = cast %4008 : f32[2,16,16] @ models/dino_pass.yaml:132:27
%4010 = div %4009, %3963 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%4011 = sub %4010, %4007 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%4012 = exp %4011 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4013 = reduce_sum %4012 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%4014 = log %4013 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%4015 = broadcast %4014 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%4016 = sub %4011, %4015 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%4017 = stop_gradient %4001 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4018 = mul %4017, %4016 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4019 = reduce_sum %4018 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%4020 = neg %4019 : f32[2,16] @ models/lib/dino.yaml:39:21
%4021 = reduce_sum %4020 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%4022 = div %4021, %3984 : f32[] @ models/lib/dino.yaml:39:16
%4023 = add %3985, %4022 : f32[] @ models/dino_pass.yaml:152:11
%4024 = broadcast %164 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%4025 = slice %2348 lo=[0,0,0] hi=[2,9,16] : bf16[2,9,16] @ models/dino_pass.yaml:131:27
%4026 = broadcast %4 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%4027 = cast %4025 : f32[2,9,16] @ models/dino_pass.yaml:131:27
%4028 = sub %4027, %4024 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%4029 = div %4028, %4026 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%4030 = reduce_max %4029 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%4031 = stop_gradient %4030 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%4032 = broadcast %4031 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%4033 = cast %4025 : f32[2,9,16] @ models/dino_pass.yaml:131:27
%4034 = sub %4033, %4024 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%4035 = div %4034, %4026 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%4036 = sub %4035, %4032 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%4037 = exp %4036 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%4038 = reduce_sum %4037 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%4039 = broadcast %4038 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%4040 = exp %4036 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%4041 = div %4040, %4039 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%4042 = broadcast %3826 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4043 = slice %3811 lo=[0,0,0] hi=[2,9,16] : bf16[2,9,16] @ models/dino_pass.yaml:132:27
%4044 = cast %4043 : f32[2,9,16] @ models/dino_pass.yaml:132:27
%4045 = div %4044, %4042 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4046 = reduce_max %4045 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%4047 = stop_gradient %4046 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%4048 = broadcast %4047 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%4049 = slice %3811 lo=[0,0,0] hi=[2,9,16] : bf16[2,9,16] @ models/dino_pass.yaml:132:27
%4050 = cast %4049 : f32[2,9,16] @ models/dino_pass.yaml:132:27
%4051 = div %4050, %4042 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4052 = sub %4051, %4048 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%4053 = exp %4052 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4054 = reduce_sum %4053 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%4055 = log %4054 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%4056 = broadcast %4055 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4057 = sub %4052, %4056 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4058 = stop_gradient %4041 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4059 = mul %4058, %4057 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4060 = reduce_sum %4059 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%4061 = neg %4060 : f32[2,9] @ models/lib/dino.yaml:39:21
%4062 = reduce_sum %4061 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%4063 = const data=[18] : f32[] @ models/lib/dino.yaml:39:16
%4064 = div %4062, %4063 : f32[] @ models/lib/dino.yaml:39:16
%4065 = add %4023, %4064 : f32[] @ models/dino_pass.yaml:152:11
%4066 = slice %2348 lo=[2,0,0] hi=[4,9,16] : bf16[2,9,16] @ models/dino_pass.yaml:131:27
%4067 = cast %4066 : f32[2,9,16] @ models/dino_pass.yaml:131:27
%4068 = sub %4067, %4024 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%4069 = div %4068, %4026 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%4070 = reduce_max %4069 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%4071 = stop_gradient %4070 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%4072 = broadcast %4071 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%4073 = cast %4066 : f32[2,9,16] @ models/dino_pass.yaml:131:27
%4074 = sub %4073, %4024 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%4075 = div %4074, %4026 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%4076 = sub %4075, %4072 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%4077 = exp %4076 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%4078 = reduce_sum %4077 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%4079 = broadcast %4078 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%4080 = exp %4076 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%4081 = div %4080, %4079 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%4082 = slice %3811 lo=[2,0,0] hi=[4,9,16] : bf16[2,9,16] @ models/dino_pass.yaml:132:27
%4083 = cast %4082 : f32[2,9,16] @ models/dino_pass.yaml:132:27
%4084 = div %4083, %4042 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4085 = reduce_max %4084 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%4086 = stop_gradient %4085 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%4087 = broadcast %4086 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%4088 = slice %3811 lo=[2,0,0] hi=[4,9,16] : bf16[2,9,16] @ models/dino_pass.yaml:132:27
%4089 = cast %4088 : f32[2,9,16] @ models/dino_pass.yaml:132:27
%4090 = div %4089, %4042 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4091 = sub %4090, %4087 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%4092 = exp %4091 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4093 = reduce_sum %4092 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%4094 = log %4093 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%4095 = broadcast %4094 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4096 = sub %4091, %4095 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4097 = stop_gradient %4081 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4098 = mul %4097, %4096 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4099 = reduce_sum %4098 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%4100 = neg %4099 : f32[2,9] @ models/lib/dino.yaml:39:21
%4101 = reduce_sum %4100 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%4102 = div %4101, %4063 : f32[] @ models/lib/dino.yaml:39:16
%4103 = add %4065, %4102 : f32[] @ models/dino_pass.yaml:152:11
%4104 = const data=[4] : f32[] @ models/dino_pass.yaml:149:3
%4105 = div %4103, %4104 : f32[] @ models/dino_pass.yaml:149:3
%4106 = output %4105 name="loss.patch" : f32[] @ models/dino_pass.yaml:149:3
%4107 = mul %4105, %3826 : f32[] @ models/dino_pass.yaml:149:3
%4108 = add %3943, %4107 : f32[] @ models/dino_pass.yaml:149:3
%4109 = output %4108 name="loss" : f32[] @ models/dino_pass.yaml:145:3
%4110 = broadcast %2620 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%4111 = mul %163, %4110 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%4112 = concat %1296, %1297, %2350, %2351 axis=0 : f32[8,1,32] @ models/dino_pass.yaml:138:75
%4113 = reduce_sum %4112 axes=[0] keep=1 : f32[1,1,32] @ models/lib/nn.yaml:73:26
%4114 = all_reduce_sum %4113 : f32[1,1,32] @ models/lib/nn.yaml:73:16
%4115 = const data=[8] : f32[] @ models/lib/nn.yaml:73:65
%4116 = broadcast %4115 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%4117 = div %4114, %4116 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%4118 = broadcast %3826 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%4119 = mul %4118, %4117 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%4120 = add %4111, %4119 : f32[1,1,32] @ models/dino_pass.yaml:138:38
%4121 = assign %163, %4120 : f32[1,1,32] @ models/dino_pass.yaml:138:13
%4122 = broadcast %2620 : f32[1,16] @ models/dino_pass.yaml:142:26
%4123 = mul %164, %4122 : f32[1,16] @ models/dino_pass.yaml:142:26
%4124 = slice %1294 lo=[0,0,0] hi=[2,16,16] : bf16[2,16,16] @ models/lib/nn.yaml:73:26
%4125 = reshape %4124 : bf16[32,16] @ models/lib/nn.yaml:73:26
%4126 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : bf16[1,32] @ models/lib/nn.yaml:73:26
%4127 = matmul %4126, %4125 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%4128 = slice %1294 lo=[2,0,0] hi=[4,16,16] : bf16[2,16,16] @ models/lib/nn.yaml:73:26
%4129 = reshape %4128 : bf16[32,16] @ models/lib/nn.yaml:73:26
%4130 = matmul %4126, %4129 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%4131 = add %4127, %4130 : f32[1,16] @ models/lib/nn.yaml:73:26
%4132 = slice %2348 lo=[0,0,0] hi=[2,9,16] : bf16[2,9,16] @ models/lib/nn.yaml:73:26
%4133 = reshape %4132 : bf16[18,16] @ models/lib/nn.yaml:73:26
%4134 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : bf16[1,18] @ models/lib/nn.yaml:73:26
%4135 = matmul %4134, %4133 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%4136 = add %4131, %4135 : f32[1,16] @ models/lib/nn.yaml:73:26
%4137 = slice %2348 lo=[2,0,0] hi=[4,9,16] : bf16[2,9,16] @ models/lib/nn.yaml:73:26
%4138 = reshape %4137 : bf16[18,16] @ models/lib/nn.yaml:73:26
%4139 = matmul %4134, %4138 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%4140 = add %4136, %4139 : f32[1,16] @ models/lib/nn.yaml:73:26
%4141 = all_reduce_sum %4140 : f32[1,16] @ models/lib/nn.yaml:73:16
%4142 = const data=[1e+02] : f32[] @ models/lib/nn.yaml:73:65
%4143 = broadcast %4142 : f32[1,16] @ models/lib/nn.yaml:73:52
%4144 = div %4141, %4143 : f32[1,16] @ models/lib/nn.yaml:73:52
%4145 = broadcast %3826 : f32[1,16] @ models/dino_pass.yaml:142:68
%4146 = mul %4145, %4144 : f32[1,16] @ models/dino_pass.yaml:142:68
%4147 = add %4123, %4146 : f32[1,16] @ models/dino_pass.yaml:142:44
%4148 = assign %164, %4147 : f32[1,16] @ models/dino_pass.yaml:142:13
%4149 = cast %1 : f64[] @ models/dino_pass.yaml:122:3
%4150 = cast %2 : f64[] @ models/dino_pass.yaml:123:3
%4151 = cast %3 : f64[] @ models/dino_pass.yaml:124:3
%4152 = const data=[-0.0013888889] : f32[] @ models/lib/dino.yaml:39:21
%4153 = broadcast %4152 : f32[2,9] @ models/lib/dino.yaml:39:21
%4154 = reshape %4153 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%4155 = broadcast %4154 : f32[2,9,16] @ models/lib/dino.yaml:39:22
%4156 = stop_gradient %4081 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4157 = mul %4155, %4156 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4158 = neg %4157 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4159 = reduce_sum %4158 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%4160 = div %4159, %4093 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%4161 = broadcast %4160 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%4162 = exp %4091 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4163 = mul %4161, %4162 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4164 = stop_gradient %4081 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4165 = mul %4155, %4164 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4166 = add %4165, %4163 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4167 = div %4166, %4042 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4168 = stop_gradient %4041 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4169 = mul %4155, %4168 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4170 = neg %4169 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4171 = reduce_sum %4170 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%4172 = div %4171, %4054 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%4173 = broadcast %4172 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%4174 = exp %4052 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4175 = mul %4173, %4174 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4176 = stop_gradient %4041 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4177 = mul %4155, %4176 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4178 = add %4177, %4175 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4179 = div %4178, %4042 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4180 = const data=[-0.00078125] : f32[] @ models/lib/dino.yaml:39:21
%4181 = broadcast %4180 : f32[2,16] @ models/lib/dino.yaml:39:21
%4182 = reshape %4181 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%4183 = broadcast %4182 : f32[2,16,16] @ models/lib/dino.yaml:39:22
%4184 = stop_gradient %4001 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4185 = mul %4183, %4184 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4186 = neg %4185 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%4187 = reduce_sum %4186 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%4188 = div %4187, %4013 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%4189 = broadcast %4188 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%4190 = exp %4011 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4191 = mul %4189, %4190 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4192 = stop_gradient %4001 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4193 = mul %4183, %4192 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4194 = add %4193, %4191 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4195 = div %4194, %3963 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%4196 = stop_gradient %3962 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4197 = mul %4183, %4196 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4198 = neg %4197 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%4199 = reduce_sum %4198 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%4200 = div %4199, %3975 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%4201 = broadcast %4200 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%4202 = exp %3973 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4203 = mul %4201, %4202 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4204 = stop_gradient %3962 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4205 = mul %4183, %4204 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4206 = add %4205, %4203 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4207 = div %4206, %3963 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%4208 = const data=[-0.083333336] : f32[] @ models/lib/dino.yaml:39:21
%4209 = broadcast %4208 : f32[2,1] @ models/lib/dino.yaml:39:21
%4210 = reshape %4209 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%4211 = broadcast %4210 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%4212 = stop_gradient %3905 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4213 = mul %4211, %4212 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4214 = neg %4213 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%4215 = reduce_sum %4214 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%4216 = div %4215, %3883 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4217 = broadcast %4216 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4218 = exp %3881 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4219 = mul %4217, %4218 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4220 = stop_gradient %3905 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4221 = mul %4211, %4220 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4222 = add %4221, %4219 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4223 = div %4222, %3827 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4224 = div %4215, %3861 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4225 = broadcast %4224 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4226 = exp %3859 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4227 = mul %4225, %4226 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4228 = stop_gradient %3905 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4229 = mul %4211, %4228 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4230 = add %4229, %4227 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4231 = div %4230, %3827 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4232 = div %4215, %3917 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4233 = broadcast %4232 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4234 = exp %3915 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4235 = mul %4233, %4234 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4236 = stop_gradient %3905 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4237 = mul %4211, %4236 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4238 = add %4237, %4235 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4239 = div %4238, %3827 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4240 = stop_gradient %3825 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4241 = mul %4211, %4240 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4242 = neg %4241 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%4243 = reduce_sum %4242 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%4244 = div %4243, %3883 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4245 = broadcast %4244 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4246 = exp %3881 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4247 = mul %4245, %4246 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4248 = stop_gradient %3825 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4249 = mul %4211, %4248 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4250 = add %4249, %4247 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4251 = div %4250, %3827 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4252 = add %4223, %4251 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4253 = div %4243, %3861 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4254 = broadcast %4253 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4255 = exp %3859 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4256 = mul %4254, %4255 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4257 = stop_gradient %3825 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4258 = mul %4211, %4257 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4259 = add %4258, %4256 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4260 = div %4259, %3827 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4261 = add %4231, %4260 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4262 = div %4243, %3839 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4263 = broadcast %4262 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4264 = exp %3837 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4265 = mul %4263, %4264 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4266 = stop_gradient %3825 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4267 = mul %4211, %4266 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4268 = add %4267, %4265 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4269 = div %4268, %3827 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4270 = cast %4179 : bf16[2,9,16] @ models/lib/dino.yaml:39:44
%4271 = cast %4167 : bf16[2,9,16] @ models/lib/dino.yaml:39:44
%4272 = concat %4270, %4271 axis=0 : bf16[4,9,16] @ models/dino_pass.yaml:132:27
%4273 = matmul %4272, %3114 ta=0 tb=0 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%4274 = reshape %4272 : bf16[36,16] @ models/lib/dino.yaml:23:18
%4275 = reshape %3810 : bf16[36,8] @ models/lib/dino.yaml:23:18
%4276 = matmul %4274, %4275 ta=1 tb=0 : bf16[16,8] @ models/lib/dino.yaml:23:18
%4277 = cast %4276 : f32[16,8] @ models/lib/dino.yaml:22:33
%4278 = div %4277, %3111 : f32[16,8] @ models/lib/dino.yaml:22:33
%4279 = mul %4278, %3112 : f32[16,8] @ models/lib/dino.yaml:22:33
%4280 = neg %4279 : f32[16,8] @ models/lib/dino.yaml:22:33
%4281 = reduce_sum %4280 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%4282 = broadcast %315 : f32[16,1] @ models/lib/dino.yaml:22:35
%4283 = mul %4281, %4282 : f32[16,1] @ models/lib/dino.yaml:22:35
%4284 = div %4283, %3110 : f32[16,1] @ models/lib/dino.yaml:22:35
%4285 = broadcast %4284 : f32[16,8] @ models/lib/dino.yaml:22:40
%4286 = mul %4285, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%4287 = add %4286, %4286 : f32[16,8] @ models/lib/dino.yaml:22:53
%4288 = mul %4278, %3106 : f32[16,8] @ models/lib/dino.yaml:22:22
%4289 = add %4287, %4288 : f32[16,8] @ models/lib/dino.yaml:22:22
%4290 = cast %4273 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4291 = div %4290, %3806 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4292 = mul %4291, %3809 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4293 = neg %4292 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4294 = reduce_sum %4293 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:18
%4295 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%4296 = broadcast %4295 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4297 = broadcast %315 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4298 = mul %4294, %4297 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4299 = sqrt %3803 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4300 = eq %4299, %2341 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%4301 = select %4300, %4298, %4296 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4302 = sqrt %3803 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4303 = gt %4302, %2341 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%4304 = select %4303, %4294, %4301 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4305 = mul %4304, %4297 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4306 = sqrt %3803 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4307 = div %4305, %4306 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4308 = broadcast %4307 : f32[4,9,8] @ models/lib/nn.yaml:33:29
%4309 = cast %3798 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%4310 = add %4309, %3799 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%4311 = mul %4308, %4310 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%4312 = add %4291, %4311 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%4313 = add %4312, %4311 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%4314 = reduce_sum %4313 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4315 = reshape %4314 : f32[8] @ models/lib/nn.yaml:84:18
%4316 = cast %4313 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%4317 = matmul %4316, %3093 ta=0 tb=0 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4318 = reshape %4316 : bf16[36,8] @ models/lib/nn.yaml:83:15
%4319 = reshape %3797 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4320 = matmul %4318, %4319 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%4321 = cast %4317 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4322 = cast %3786 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4323 = add %4322, %3787 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4324 = mul %4323, %2313 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4325 = erf %4324 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4326 = add %2318, %4325 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%4327 = mul %4321, %4326 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4328 = cast %4317 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4329 = cast %3786 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4330 = add %4329, %3787 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4331 = mul %2309, %4330 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4332 = mul %4328, %4331 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4333 = cast %3786 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4334 = add %4333, %3787 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4335 = mul %4334, %2313 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4336 = mul %4335, %4335 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4337 = neg %4336 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4338 = exp %4337 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4339 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4340 = broadcast %4339 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4341 = mul %4338, %4340 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4342 = mul %4332, %4341 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4343 = mul %4342, %2313 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4344 = mul %4327, %2309 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4345 = add %4343, %4344 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4346 = reduce_sum %4345 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4347 = reshape %4346 : f32[24] @ models/lib/nn.yaml:84:18
%4348 = cast %4345 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4349 = matmul %4348, %3080 ta=0 tb=0 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4350 = reshape %4348 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4351 = reshape %3785 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4352 = matmul %4350, %4351 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%4353 = cast %4349 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4354 = cast %3774 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4355 = add %4354, %3775 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4356 = mul %4355, %2313 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4357 = erf %4356 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4358 = add %2318, %4357 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%4359 = mul %4353, %4358 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4360 = cast %4349 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4361 = cast %3774 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4362 = add %4361, %3775 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4363 = mul %2309, %4362 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4364 = mul %4360, %4363 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4365 = cast %3774 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4366 = add %4365, %3775 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4367 = mul %4366, %2313 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4368 = mul %4367, %4367 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4369 = neg %4368 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4370 = exp %4369 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4371 = mul %4370, %4340 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4372 = mul %4364, %4371 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4373 = mul %4372, %2313 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4374 = mul %4359, %2309 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4375 = add %4373, %4374 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4376 = reduce_sum %4375 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4377 = reshape %4376 : f32[24] @ models/lib/nn.yaml:84:18
%4378 = cast %4375 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4379 = matmul %4378, %3067 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4380 = reshape %4378 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4381 = reshape %3773 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4382 = matmul %4380, %4381 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%4383 = cast %4261 : bf16[2,1,32] @ models/lib/dino.yaml:39:44
%4384 = cast %4252 : bf16[2,1,32] @ models/lib/dino.yaml:39:44
%4385 = concat %4383, %4384 axis=0 : bf16[4,1,32] @ models/dino_pass.yaml:132:20
%4386 = matmul %4385, %3064 ta=0 tb=0 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%4387 = reshape %4385 : bf16[4,32] @ models/lib/dino.yaml:23:18
%4388 = reshape %3771 : bf16[4,8] @ models/lib/dino.yaml:23:18
%4389 = matmul %4387, %4388 ta=1 tb=0 : bf16[32,8] @ models/lib/dino.yaml:23:18
%4390 = cast %4389 : f32[32,8] @ models/lib/dino.yaml:22:33
%4391 = div %4390, %3061 : f32[32,8] @ models/lib/dino.yaml:22:33
%4392 = mul %4391, %3062 : f32[32,8] @ models/lib/dino.yaml:22:33
%4393 = neg %4392 : f32[32,8] @ models/lib/dino.yaml:22:33
%4394 = reduce_sum %4393 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%4395 = broadcast %315 : f32[32,1] @ models/lib/dino.yaml:22:35
%4396 = mul %4394, %4395 : f32[32,1] @ models/lib/dino.yaml:22:35
%4397 = div %4396, %3060 : f32[32,1] @ models/lib/dino.yaml:22:35
%4398 = broadcast %4397 : f32[32,8] @ models/lib/dino.yaml:22:40
%4399 = mul %4398, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%4400 = add %4399, %4399 : f32[32,8] @ models/lib/dino.yaml:22:53
%4401 = mul %4391, %3056 : f32[32,8] @ models/lib/dino.yaml:22:22
%4402 = add %4400, %4401 : f32[32,8] @ models/lib/dino.yaml:22:22
%4403 = cast %4386 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4404 = div %4403, %3769 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4405 = mul %4404, %3770 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4406 = neg %4405 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4407 = reduce_sum %4406 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%4408 = broadcast %4295 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4409 = broadcast %315 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4410 = mul %4407, %4409 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4411 = sqrt %3766 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4412 = eq %4411, %1227 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4413 = select %4412, %4410, %4408 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4414 = sqrt %3766 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4415 = gt %4414, %1227 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4416 = select %4415, %4407, %4413 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4417 = mul %4416, %4409 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4418 = sqrt %3766 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4419 = div %4417, %4418 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4420 = broadcast %4419 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%4421 = mul %4420, %3764 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4422 = add %4404, %4421 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4423 = add %4422, %4421 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4424 = reduce_sum %4423 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4425 = reshape %4424 : f32[8] @ models/lib/nn.yaml:84:18
%4426 = cast %4423 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%4427 = matmul %4426, %3045 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4428 = reshape %4426 : bf16[4,8] @ models/lib/nn.yaml:83:15
%4429 = reshape %3761 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4430 = matmul %4428, %4429 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%4431 = cast %4427 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4432 = mul %3755, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4433 = erf %4432 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4434 = add %1203, %4433 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%4435 = mul %4431, %4434 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4436 = cast %4427 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4437 = mul %1198, %3755 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4438 = mul %4436, %4437 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4439 = mul %3755, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4440 = mul %4439, %4439 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4441 = neg %4440 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4442 = exp %4441 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4443 = broadcast %4339 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4444 = mul %4442, %4443 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4445 = mul %4438, %4444 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4446 = mul %4445, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4447 = mul %4435, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4448 = add %4446, %4447 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4449 = reduce_sum %4448 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4450 = reshape %4449 : f32[24] @ models/lib/nn.yaml:84:18
%4451 = cast %4448 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4452 = matmul %4451, %3034 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4453 = reshape %4451 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4454 = reshape %3752 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4455 = matmul %4453, %4454 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%4456 = cast %4452 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4457 = mul %3746, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4458 = erf %4457 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4459 = add %1203, %4458 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%4460 = mul %4456, %4459 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4461 = cast %4452 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4462 = mul %1198, %3746 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4463 = mul %4461, %4462 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4464 = mul %3746, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4465 = mul %4464, %4464 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4466 = neg %4465 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4467 = exp %4466 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4468 = mul %4467, %4443 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4469 = mul %4463, %4468 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4470 = mul %4469, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4471 = mul %4460, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4472 = add %4470, %4471 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4473 = reduce_sum %4472 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4474 = reshape %4473 : f32[24] @ models/lib/nn.yaml:84:18
%4475 = cast %4472 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4476 = matmul %4475, %3023 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4477 = reshape %4475 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4478 = reshape %3743 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4479 = matmul %4477, %4478 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%4480 = concat %4476, %4379 axis=1 : bf16[4,10,16] @ models/dino_pass.yaml:103:28
%4481 = cast %4480 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4482 = reduce_sum %4481 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4483 = reshape %4482 : f32[16] @ models/lib/nn.yaml:96:46
%4484 = cast %4480 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4485 = mul %4484, %3737 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4486 = reduce_sum %4485 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4487 = reshape %4486 : f32[16] @ models/lib/nn.yaml:96:37
%4488 = cast %4480 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4489 = mul %4488, %3738 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4490 = mul %4489, %3736 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4491 = cast %4480 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4492 = mul %4491, %3738 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4493 = mul %4492, %3730 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4494 = reduce_sum %4493 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4495 = mul %3735, %3735 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4496 = mul %3735, %4495 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4497 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4498 = broadcast %4497 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4499 = mul %4496, %4498 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4500 = mul %4494, %4499 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4501 = div %4500, %1964 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4502 = broadcast %4501 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4503 = mul %4502, %3730 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4504 = add %4490, %4503 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4505 = add %4504, %4503 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4506 = neg %4505 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4507 = reduce_sum %4506 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4508 = div %4507, %1964 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4509 = broadcast %4508 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4510 = add %4505, %4509 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4511 = slice %4510 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%4512 = slice %4510 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:111:21
%4513 = reduce_sum %4511 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4514 = reshape %4513 : f32[16] @ models/lib/nn.yaml:84:18
%4515 = cast %4511 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4516 = matmul %4515, %2999 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4517 = reshape %4515 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4518 = reshape %3721 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4519 = matmul %4517, %4518 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4520 = cast %4516 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4521 = mul %3715, %1010 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4522 = erf %4521 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4523 = add %1013, %4522 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%4524 = mul %4520, %4523 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4525 = cast %4516 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4526 = mul %1008, %3715 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4527 = mul %4525, %4526 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4528 = mul %3715, %1010 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4529 = mul %4528, %4528 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4530 = neg %4529 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4531 = exp %4530 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4532 = broadcast %4339 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4533 = mul %4531, %4532 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4534 = mul %4527, %4533 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4535 = mul %4534, %1010 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4536 = mul %4524, %1008 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4537 = add %4535, %4536 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4538 = reduce_sum %4537 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4539 = reshape %4538 : f32[64] @ models/lib/nn.yaml:84:18
%4540 = cast %4537 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4541 = matmul %4540, %2988 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4542 = reshape %4540 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4543 = reshape %3712 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4544 = matmul %4542, %4543 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4545 = cast %4541 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4546 = reduce_sum %4545 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4547 = reshape %4546 : f32[16] @ models/lib/nn.yaml:96:46
%4548 = cast %4541 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4549 = mul %4548, %2983 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4550 = cast %4541 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4551 = mul %4550, %3709 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4552 = reduce_sum %4551 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4553 = reshape %4552 : f32[16] @ models/lib/nn.yaml:96:37
%4554 = mul %4549, %3708 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4555 = mul %4549, %3702 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4556 = reduce_sum %4555 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4557 = mul %3707, %3707 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4558 = mul %3707, %4557 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4559 = broadcast %4497 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4560 = mul %4558, %4559 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4561 = mul %4556, %4560 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4562 = div %4561, %987 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4563 = broadcast %4562 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4564 = mul %4563, %3702 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4565 = add %4554, %4564 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4566 = add %4565, %4564 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4567 = add %4511, %4566 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4568 = neg %4566 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4569 = reduce_sum %4568 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4570 = div %4569, %987 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4571 = broadcast %4570 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4572 = add %4567, %4571 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4573 = reduce_sum %4572 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4574 = reshape %4573 : f32[16] @ models/lib/nn.yaml:84:18
%4575 = cast %4572 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4576 = matmul %4575, %2966 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4577 = reshape %4575 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4578 = reshape %3693 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4579 = matmul %4577, %4578 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4580 = reshape %4576 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4581 = permute %4580 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4582 = cast %4581 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4583 = slice %4582 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4584 = broadcast %4583 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4585 = permute %3684 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4586 = slice %4585 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4587 = cast %4586 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4588 = mul %4584, %4587 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4589 = slice %4582 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4590 = broadcast %4589 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4591 = permute %3684 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4592 = slice %4591 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4593 = cast %4592 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4594 = mul %4590, %4593 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4595 = add %4588, %4594 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4596 = slice %4582 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4597 = broadcast %4596 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4598 = permute %3684 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4599 = slice %4598 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4600 = cast %4599 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4601 = mul %4597, %4600 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4602 = add %4595, %4601 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4603 = slice %4582 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4604 = broadcast %4603 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4605 = permute %3684 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4606 = slice %4605 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4607 = cast %4606 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4608 = mul %4604, %4607 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4609 = add %4602, %4608 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4610 = slice %4582 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4611 = broadcast %4610 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4612 = permute %3684 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4613 = slice %4612 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4614 = cast %4613 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4615 = mul %4611, %4614 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4616 = add %4609, %4615 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4617 = slice %4582 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4618 = broadcast %4617 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4619 = permute %3684 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4620 = slice %4619 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4621 = cast %4620 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4622 = mul %4618, %4621 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4623 = add %4616, %4622 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4624 = slice %4582 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4625 = broadcast %4624 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4626 = permute %3684 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4627 = slice %4626 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4628 = cast %4627 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4629 = mul %4625, %4628 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4630 = add %4623, %4629 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4631 = slice %4582 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4632 = broadcast %4631 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4633 = permute %3684 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4634 = slice %4633 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4635 = cast %4634 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4636 = mul %4632, %4635 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4637 = add %4630, %4636 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4638 = cast %4637 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4639 = permute %3685 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%4640 = broadcast %4639 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4641 = broadcast %4582 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4642 = mul %4640, %4641 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4643 = cast %4642 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%4644 = cast %4638 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4645 = div %4644, %3678 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4646 = mul %4645, %3680 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4647 = neg %4646 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4648 = reduce_sum %4647 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4649 = broadcast %4648 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4650 = add %4645, %4649 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4651 = exp %3675 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4652 = mul %4650, %4651 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4653 = mul %4652, %2053 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%4654 = cast %4653 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%4655 = cast %4654 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4656 = reshape %4655 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%4657 = broadcast %4656 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4658 = reshape %3610 : bf16[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4659 = cast %4658 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4660 = mul %4657, %4659 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4661 = reduce_sum %4660 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4662 = cast %4661 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4663 = permute %4655 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%4664 = broadcast %4663 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4665 = broadcast %3611 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4666 = mul %4664, %4665 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4667 = cast %4666 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%4668 = permute %4643 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4669 = reshape %4668 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4670 = cast %4669 : f32[4,10,16] @ models/lib/vit.yaml:80:14
%4671 = reduce_sum %4670 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4672 = reshape %4671 : f32[16] @ models/lib/nn.yaml:84:18
%4673 = permute %4643 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4674 = reshape %4673 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4675 = matmul %4674, %2870 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4676 = reshape %4673 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4677 = reshape %3595 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4678 = matmul %4676, %4677 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4679 = permute %4667 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4680 = reshape %4679 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4681 = cast %4680 : f32[4,10,16] @ models/lib/vit.yaml:79:14
%4682 = reduce_sum %4681 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4683 = reshape %4682 : f32[16] @ models/lib/nn.yaml:84:18
%4684 = permute %4667 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4685 = reshape %4684 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4686 = matmul %4685, %2864 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4687 = cast %4675 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4688 = cast %4686 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4689 = add %4687, %4688 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4690 = reshape %4684 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4691 = matmul %4690, %4677 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4692 = permute %4662 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4693 = reshape %4692 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4694 = cast %4693 : f32[4,1,16] @ models/lib/vit.yaml:78:14
%4695 = reduce_sum %4694 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4696 = reshape %4695 : f32[16] @ models/lib/nn.yaml:84:18
%4697 = permute %4662 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4698 = reshape %4697 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4699 = matmul %4698, %2858 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4700 = reshape %4697 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4701 = reshape %3596 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4702 = matmul %4700, %4701 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4703 = cast %4699 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4704 = pad %4703 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4705 = add %4689, %4704 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4706 = reduce_sum %4705 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4707 = reshape %4706 : f32[16] @ models/lib/nn.yaml:96:46
%4708 = mul %4705, %3590 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4709 = reduce_sum %4708 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4710 = reshape %4709 : f32[16] @ models/lib/nn.yaml:96:37
%4711 = mul %4705, %3591 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4712 = mul %4711, %3589 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4713 = mul %4705, %3591 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4714 = mul %4713, %3583 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4715 = reduce_sum %4714 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4716 = mul %3588, %3588 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4717 = mul %3588, %4716 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4718 = mul %4717, %4498 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4719 = mul %4715, %4718 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4720 = div %4719, %1964 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4721 = broadcast %4720 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4722 = mul %4721, %3583 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4723 = add %4712, %4722 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4724 = add %4723, %4722 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4725 = neg %4724 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4726 = reduce_sum %4725 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4727 = div %4726, %1964 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4728 = broadcast %4727 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4729 = add %4724, %4728 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4730 = slice %4729 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4731 = add %4572, %4730 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4732 = slice %4729 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4733 = add %4512, %4732 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4734 = reduce_sum %4731 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4735 = reshape %4734 : f32[16] @ models/lib/nn.yaml:84:18
%4736 = cast %4731 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4737 = matmul %4736, %2834 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4738 = reshape %4736 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4739 = reshape %3574 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4740 = matmul %4738, %4739 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4741 = cast %4737 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4742 = mul %3568, %1010 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4743 = erf %4742 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4744 = add %1013, %4743 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%4745 = mul %4741, %4744 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4746 = cast %4737 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4747 = mul %1008, %3568 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4748 = mul %4746, %4747 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4749 = mul %3568, %1010 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4750 = mul %4749, %4749 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4751 = neg %4750 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4752 = exp %4751 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4753 = mul %4752, %4532 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4754 = mul %4748, %4753 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4755 = mul %4754, %1010 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4756 = mul %4745, %1008 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4757 = add %4755, %4756 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4758 = reduce_sum %4757 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4759 = reshape %4758 : f32[64] @ models/lib/nn.yaml:84:18
%4760 = cast %4757 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4761 = matmul %4760, %2823 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4762 = reshape %4760 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4763 = reshape %3565 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4764 = matmul %4762, %4763 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4765 = cast %4761 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4766 = reduce_sum %4765 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4767 = reshape %4766 : f32[16] @ models/lib/nn.yaml:96:46
%4768 = cast %4761 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4769 = mul %4768, %2818 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4770 = cast %4761 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4771 = mul %4770, %3562 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4772 = reduce_sum %4771 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4773 = reshape %4772 : f32[16] @ models/lib/nn.yaml:96:37
%4774 = mul %4769, %3561 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4775 = mul %4769, %3555 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4776 = reduce_sum %4775 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4777 = mul %3560, %3560 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4778 = mul %3560, %4777 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4779 = mul %4778, %4559 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4780 = mul %4776, %4779 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4781 = div %4780, %987 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4782 = broadcast %4781 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4783 = mul %4782, %3555 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4784 = add %4774, %4783 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4785 = add %4784, %4783 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4786 = add %4731, %4785 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4787 = neg %4785 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4788 = reduce_sum %4787 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4789 = div %4788, %987 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4790 = broadcast %4789 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4791 = add %4786, %4790 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4792 = reduce_sum %4791 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4793 = reshape %4792 : f32[16] @ models/lib/nn.yaml:84:18
%4794 = cast %4791 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4795 = matmul %4794, %2801 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4796 = reshape %4794 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4797 = reshape %3546 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4798 = matmul %4796, %4797 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4799 = reshape %4795 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4800 = permute %4799 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4801 = cast %4800 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4802 = slice %4801 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4803 = broadcast %4802 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4804 = permute %3537 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4805 = slice %4804 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4806 = cast %4805 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4807 = mul %4803, %4806 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4808 = slice %4801 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4809 = broadcast %4808 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4810 = permute %3537 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4811 = slice %4810 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4812 = cast %4811 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4813 = mul %4809, %4812 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4814 = add %4807, %4813 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4815 = slice %4801 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4816 = broadcast %4815 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4817 = permute %3537 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4818 = slice %4817 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4819 = cast %4818 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4820 = mul %4816, %4819 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4821 = add %4814, %4820 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4822 = slice %4801 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4823 = broadcast %4822 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4824 = permute %3537 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4825 = slice %4824 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4826 = cast %4825 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4827 = mul %4823, %4826 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4828 = add %4821, %4827 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4829 = slice %4801 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4830 = broadcast %4829 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4831 = permute %3537 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4832 = slice %4831 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4833 = cast %4832 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4834 = mul %4830, %4833 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4835 = add %4828, %4834 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4836 = slice %4801 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4837 = broadcast %4836 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4838 = permute %3537 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4839 = slice %4838 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4840 = cast %4839 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4841 = mul %4837, %4840 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4842 = add %4835, %4841 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4843 = slice %4801 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4844 = broadcast %4843 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4845 = permute %3537 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4846 = slice %4845 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4847 = cast %4846 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4848 = mul %4844, %4847 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4849 = add %4842, %4848 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4850 = slice %4801 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4851 = broadcast %4850 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4852 = permute %3537 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4853 = slice %4852 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4854 = cast %4853 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4855 = mul %4851, %4854 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4856 = add %4849, %4855 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4857 = cast %4856 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4858 = permute %3538 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%4859 = broadcast %4858 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4860 = broadcast %4801 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4861 = mul %4859, %4860 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4862 = cast %4861 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%4863 = cast %4857 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4864 = div %4863, %3531 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4865 = mul %4864, %3533 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4866 = neg %4865 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4867 = reduce_sum %4866 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4868 = broadcast %4867 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4869 = add %4864, %4868 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4870 = exp %3528 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4871 = mul %4869, %4870 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4872 = mul %4871, %2053 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%4873 = cast %4872 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%4874 = cast %4873 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4875 = reshape %4874 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%4876 = broadcast %4875 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4877 = reshape %3463 : bf16[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4878 = cast %4877 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4879 = mul %4876, %4878 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4880 = reduce_sum %4879 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4881 = cast %4880 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4882 = permute %4874 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%4883 = broadcast %4882 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4884 = broadcast %3464 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4885 = mul %4883, %4884 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4886 = cast %4885 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%4887 = permute %4862 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4888 = reshape %4887 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4889 = cast %4888 : f32[4,10,16] @ models/lib/vit.yaml:80:14
%4890 = reduce_sum %4889 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4891 = reshape %4890 : f32[16] @ models/lib/nn.yaml:84:18
%4892 = permute %4862 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4893 = reshape %4892 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4894 = matmul %4893, %2705 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4895 = reshape %4892 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4896 = reshape %3448 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4897 = matmul %4895, %4896 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4898 = permute %4886 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4899 = reshape %4898 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4900 = cast %4899 : f32[4,10,16] @ models/lib/vit.yaml:79:14
%4901 = reduce_sum %4900 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4902 = reshape %4901 : f32[16] @ models/lib/nn.yaml:84:18
%4903 = permute %4886 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4904 = reshape %4903 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4905 = matmul %4904, %2699 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4906 = cast %4894 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4907 = cast %4905 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4908 = add %4906, %4907 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4909 = reshape %4903 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4910 = matmul %4909, %4896 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4911 = permute %4881 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4912 = reshape %4911 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4913 = cast %4912 : f32[4,1,16] @ models/lib/vit.yaml:78:14
%4914 = reduce_sum %4913 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4915 = reshape %4914 : f32[16] @ models/lib/nn.yaml:84:18
%4916 = permute %4881 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4917 = reshape %4916 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4918 = matmul %4917, %2693 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4919 = reshape %4916 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4920 = reshape %3449 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4921 = matmul %4919, %4920 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4922 = cast %4918 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4923 = pad %4922 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4924 = add %4908, %4923 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4925 = reduce_sum %4924 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4926 = reshape %4925 : f32[16] @ models/lib/nn.yaml:96:46
%4927 = mul %4924, %3443 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4928 = reduce_sum %4927 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4929 = reshape %4928 : f32[16] @ models/lib/nn.yaml:96:37
%4930 = mul %4924, %3444 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4931 = mul %4930, %3442 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4932 = mul %4924, %3444 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4933 = mul %4932, %3436 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4934 = reduce_sum %4933 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4935 = mul %3441, %3441 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4936 = mul %3441, %4935 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4937 = mul %4936, %4498 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4938 = mul %4934, %4937 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4939 = div %4938, %1964 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4940 = broadcast %4939 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4941 = mul %4940, %3436 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4942 = add %4931, %4941 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4943 = add %4942, %4941 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4944 = neg %4943 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4945 = reduce_sum %4944 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4946 = div %4945, %1964 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4947 = broadcast %4946 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4948 = add %4943, %4947 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4949 = slice %4948 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4950 = add %4791, %4949 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4951 = slice %4948 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4952 = add %4733, %4951 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4953 = reduce_sum %4950 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4954 = mul %4952, %3429 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%4955 = div %4954, %3383 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4956 = reduce_sum %4955 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4957 = reshape %4956 : f32[16] @ models/lib/nn.yaml:84:18
%4958 = div %4954, %3383 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4959 = cast %4958 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4960 = matmul %4959, %2661 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4961 = reshape %4959 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4962 = reshape %3419 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4963 = matmul %4961, %4962 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4964 = cast %4960 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4965 = cast %3408 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4966 = add %4965, %3409 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4967 = mul %4966, %1455 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4968 = erf %4967 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4969 = add %1460, %4968 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%4970 = mul %4964, %4969 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4971 = cast %4960 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4972 = cast %3408 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4973 = add %4972, %3409 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4974 = mul %1451, %4973 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4975 = mul %4971, %4974 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4976 = cast %3408 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4977 = add %4976, %3409 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4978 = mul %4977, %1455 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4979 = mul %4978, %4978 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4980 = neg %4979 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4981 = exp %4980 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4982 = broadcast %4339 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4983 = mul %4981, %4982 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4984 = mul %4975, %4983 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4985 = mul %4984, %1455 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4986 = mul %4970, %1451 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4987 = add %4985, %4986 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4988 = reduce_sum %4987 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4989 = reshape %4988 : f32[64] @ models/lib/nn.yaml:84:18
%4990 = cast %4987 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4991 = matmul %4990, %2648 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4992 = reshape %4990 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4993 = reshape %3407 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4994 = matmul %4992, %4993 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4995 = cast %4991 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4996 = reduce_sum %4995 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4997 = reshape %4996 : f32[16] @ models/lib/nn.yaml:96:46
%4998 = cast %4991 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4999 = mul %4998, %3402 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5000 = reduce_sum %4999 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5001 = reshape %5000 : f32[16] @ models/lib/nn.yaml:96:37
%5002 = cast %4991 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5003 = mul %5002, %3403 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5004 = mul %5003, %3401 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5005 = cast %4991 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5006 = mul %5005, %3403 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5007 = mul %5006, %3395 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5008 = reduce_sum %5007 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%5009 = mul %3400, %3400 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5010 = mul %3400, %5009 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5011 = broadcast %4497 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5012 = mul %5010, %5011 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5013 = mul %5008, %5012 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5014 = div %5013, %1322 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%5015 = broadcast %5014 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%5016 = mul %5015, %3395 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5017 = add %5004, %5016 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5018 = add %5017, %5016 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5019 = add %4952, %5018 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5020 = neg %5018 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5021 = reduce_sum %5020 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%5022 = div %5021, %1322 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%5023 = broadcast %5022 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5024 = add %5019, %5023 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5025 = mul %5024, %3389 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%5026 = div %5025, %3383 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%5027 = reduce_sum %5026 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5028 = reshape %5027 : f32[16] @ models/lib/nn.yaml:84:18
%5029 = div %5025, %3383 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%5030 = cast %5029 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5031 = matmul %5030, %2615 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5032 = reshape %5030 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5033 = reshape %3377 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5034 = matmul %5032, %5033 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5035 = reshape %5031 : bf16[4,9,2,8] @ models/lib/nn.yaml:57:16
%5036 = permute %5035 perm=[0,2,1,3] : bf16[4,2,9,8] @ models/lib/nn.yaml:56:13
%5037 = cast %5036 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5038 = permute %3369 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%5039 = slice %5037 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5040 = broadcast %5039 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5041 = slice %5038 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5042 = broadcast %5041 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5043 = mul %5040, %5042 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5044 = slice %5037 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5045 = broadcast %5044 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5046 = slice %5038 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5047 = broadcast %5046 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5048 = mul %5045, %5047 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5049 = add %5043, %5048 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5050 = slice %5037 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5051 = broadcast %5050 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5052 = slice %5038 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5053 = broadcast %5052 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5054 = mul %5051, %5053 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5055 = add %5049, %5054 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5056 = slice %5037 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5057 = broadcast %5056 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5058 = slice %5038 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5059 = broadcast %5058 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5060 = mul %5057, %5059 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5061 = add %5055, %5060 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5062 = slice %5037 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5063 = broadcast %5062 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5064 = slice %5038 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5065 = broadcast %5064 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5066 = mul %5063, %5065 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5067 = add %5061, %5066 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5068 = slice %5037 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5069 = broadcast %5068 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5070 = slice %5038 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5071 = broadcast %5070 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5072 = mul %5069, %5071 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5073 = add %5067, %5072 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5074 = slice %5037 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5075 = broadcast %5074 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5076 = slice %5038 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5077 = broadcast %5076 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5078 = mul %5075, %5077 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5079 = add %5073, %5078 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5080 = slice %5037 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5081 = broadcast %5080 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5082 = slice %5038 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5083 = broadcast %5082 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5084 = mul %5081, %5083 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5085 = add %5079, %5084 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5086 = cast %5085 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%5087 = permute %3368 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5088 = reshape %5087 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%5089 = broadcast %5088 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5090 = reshape %5037 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%5091 = broadcast %5090 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5092 = mul %5089, %5091 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5093 = reduce_sum %5092 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5094 = cast %5093 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%5095 = cast %5086 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5096 = div %5095, %3362 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5097 = mul %5096, %3364 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5098 = neg %5097 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5099 = reduce_sum %5098 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%5100 = broadcast %5099 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%5101 = add %5096, %5100 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%5102 = exp %3359 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%5103 = mul %5101, %5102 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%5104 = mul %5103, %1400 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%5105 = cast %5104 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%5106 = cast %5105 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5107 = reshape %5106 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%5108 = broadcast %5107 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5109 = reshape %3302 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%5110 = broadcast %5109 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5111 = mul %5108, %5110 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5112 = reduce_sum %5111 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5113 = cast %5112 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%5114 = permute %5106 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5115 = reshape %5114 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%5116 = broadcast %5115 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5117 = reshape %3301 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%5118 = broadcast %5117 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5119 = mul %5116, %5118 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5120 = reduce_sum %5119 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5121 = cast %5120 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%5122 = reshape %5121 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%5123 = reshape %5094 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%5124 = reshape %5113 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%5125 = concat %5124, %5122, %5123 axis=0 : bf16[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%5126 = permute %5125 perm=[1,3,0,2,4] : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%5127 = reshape %5126 : bf16[4,9,48] @ models/lib/nn.yaml:66:21
%5128 = cast %5127 : f32[4,9,48] @ models/lib/nn.yaml:67:28
%5129 = reduce_sum %5128 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5130 = reshape %5129 : f32[48] @ models/lib/nn.yaml:84:18
%5131 = permute %5125 perm=[1,3,0,2,4] : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%5132 = reshape %5131 : bf16[4,9,48] @ models/lib/nn.yaml:66:21
%5133 = matmul %5132, %2524 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5134 = reshape %5131 : bf16[36,48] @ models/lib/nn.yaml:83:15
%5135 = reshape %3290 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5136 = matmul %5134, %5135 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%5137 = cast %5133 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5138 = reduce_sum %5137 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5139 = reshape %5138 : f32[16] @ models/lib/nn.yaml:96:46
%5140 = cast %5133 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5141 = mul %5140, %3285 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5142 = reduce_sum %5141 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5143 = reshape %5142 : f32[16] @ models/lib/nn.yaml:96:37
%5144 = cast %5133 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5145 = mul %5144, %3286 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5146 = mul %5145, %3284 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5147 = cast %5133 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5148 = mul %5147, %3286 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5149 = mul %5148, %3278 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5150 = reduce_sum %5149 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%5151 = mul %3283, %3283 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5152 = mul %3283, %5151 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5153 = mul %5152, %5011 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5154 = mul %5150, %5153 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5155 = div %5154, %1322 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%5156 = broadcast %5155 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%5157 = mul %5156, %3278 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5158 = add %5146, %5157 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5159 = add %5158, %5157 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5160 = add %5024, %5159 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5161 = neg %5159 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5162 = reduce_sum %5161 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%5163 = div %5162, %1322 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%5164 = broadcast %5163 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5165 = add %5160, %5164 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5166 = reduce_sum %5165 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5167 = reshape %5166 : f32[16] @ models/lib/nn.yaml:84:18
%5168 = cast %5165 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5169 = matmul %5168, %2502 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%5170 = reshape %5168 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5171 = reshape %3269 : bf16[36,64] @ models/lib/nn.yaml:83:15
%5172 = matmul %5170, %5171 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5173 = cast %5169 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%5174 = cast %3258 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5175 = add %5174, %3259 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5176 = mul %5175, %1455 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%5177 = erf %5176 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5178 = add %1460, %5177 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%5179 = mul %5173, %5178 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%5180 = cast %5169 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%5181 = cast %3258 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5182 = add %5181, %3259 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5183 = mul %1451, %5182 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%5184 = mul %5180, %5183 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%5185 = cast %3258 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5186 = add %5185, %3259 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5187 = mul %5186, %1455 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%5188 = mul %5187, %5187 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5189 = neg %5188 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5190 = exp %5189 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5191 = mul %5190, %4982 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5192 = mul %5184, %5191 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5193 = mul %5192, %1455 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%5194 = mul %5179, %1451 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%5195 = add %5193, %5194 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%5196 = reduce_sum %5195 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5197 = reshape %5196 : f32[64] @ models/lib/nn.yaml:84:18
%5198 = cast %5195 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%5199 = matmul %5198, %2489 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5200 = reshape %5198 : bf16[36,64] @ models/lib/nn.yaml:83:15
%5201 = reshape %3257 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5202 = matmul %5200, %5201 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5203 = cast %5199 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5204 = reduce_sum %5203 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5205 = reshape %5204 : f32[16] @ models/lib/nn.yaml:96:46
%5206 = cast %5199 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5207 = mul %5206, %3252 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5208 = reduce_sum %5207 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5209 = reshape %5208 : f32[16] @ models/lib/nn.yaml:96:37
%5210 = cast %5199 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5211 = mul %5210, %3253 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5212 = mul %5211, %3251 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5213 = cast %5199 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5214 = mul %5213, %3253 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5215 = mul %5214, %3245 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5216 = reduce_sum %5215 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%5217 = mul %3250, %3250 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5218 = mul %3250, %5217 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5219 = mul %5218, %5011 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5220 = mul %5216, %5219 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5221 = div %5220, %1322 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%5222 = broadcast %5221 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%5223 = mul %5222, %3245 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5224 = add %5212, %5223 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5225 = add %5224, %5223 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5226 = add %5165, %5225 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5227 = neg %5225 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5228 = reduce_sum %5227 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%5229 = div %5228, %1322 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%5230 = broadcast %5229 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5231 = add %5226, %5230 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5232 = reduce_sum %5231 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5233 = reshape %5232 : f32[16] @ models/lib/nn.yaml:84:18
%5234 = cast %5231 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5235 = matmul %5234, %2467 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5236 = reshape %5234 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5237 = reshape %3235 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5238 = matmul %5236, %5237 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5239 = reshape %5235 : bf16[4,9,2,8] @ models/lib/nn.yaml:57:16
%5240 = permute %5239 perm=[0,2,1,3] : bf16[4,2,9,8] @ models/lib/nn.yaml:56:13
%5241 = cast %5240 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5242 = permute %3227 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%5243 = slice %5241 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5244 = broadcast %5243 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5245 = slice %5242 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5246 = broadcast %5245 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5247 = mul %5244, %5246 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5248 = slice %5241 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5249 = broadcast %5248 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5250 = slice %5242 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5251 = broadcast %5250 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5252 = mul %5249, %5251 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5253 = add %5247, %5252 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5254 = slice %5241 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5255 = broadcast %5254 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5256 = slice %5242 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5257 = broadcast %5256 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5258 = mul %5255, %5257 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5259 = add %5253, %5258 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5260 = slice %5241 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5261 = broadcast %5260 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5262 = slice %5242 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5263 = broadcast %5262 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5264 = mul %5261, %5263 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5265 = add %5259, %5264 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5266 = slice %5241 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5267 = broadcast %5266 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5268 = slice %5242 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5269 = broadcast %5268 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5270 = mul %5267, %5269 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5271 = add %5265, %5270 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5272 = slice %5241 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5273 = broadcast %5272 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5274 = slice %5242 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5275 = broadcast %5274 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5276 = mul %5273, %5275 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5277 = add %5271, %5276 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5278 = slice %5241 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5279 = broadcast %5278 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5280 = slice %5242 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5281 = broadcast %5280 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5282 = mul %5279, %5281 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5283 = add %5277, %5282 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5284 = slice %5241 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5285 = broadcast %5284 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5286 = slice %5242 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5287 = broadcast %5286 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5288 = mul %5285, %5287 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5289 = add %5283, %5288 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5290 = cast %5289 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%5291 = permute %3226 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5292 = reshape %5291 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%5293 = broadcast %5292 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5294 = reshape %5241 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%5295 = broadcast %5294 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5296 = mul %5293, %5295 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5297 = reduce_sum %5296 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5298 = cast %5297 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%5299 = cast %5290 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5300 = div %5299, %3220 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5301 = mul %5300, %3222 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5302 = neg %5301 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5303 = reduce_sum %5302 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%5304 = broadcast %5303 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%5305 = add %5300, %5304 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%5306 = exp %3217 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%5307 = mul %5305, %5306 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%5308 = mul %5307, %1400 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%5309 = cast %5308 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%5310 = cast %5309 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5311 = reshape %5310 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%5312 = broadcast %5311 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5313 = reshape %3160 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%5314 = broadcast %5313 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5315 = mul %5312, %5314 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5316 = reduce_sum %5315 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5317 = cast %5316 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%5318 = permute %5310 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5319 = reshape %5318 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%5320 = broadcast %5319 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5321 = reshape %3159 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%5322 = broadcast %5321 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5323 = mul %5320, %5322 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5324 = reduce_sum %5323 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5325 = cast %5324 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%5326 = reshape %5325 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%5327 = reshape %5298 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%5328 = reshape %5317 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%5329 = concat %5328, %5326, %5327 axis=0 : bf16[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%5330 = permute %5329 perm=[1,3,0,2,4] : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%5331 = reshape %5330 : bf16[4,9,48] @ models/lib/nn.yaml:66:21
%5332 = cast %5331 : f32[4,9,48] @ models/lib/nn.yaml:67:28
%5333 = reduce_sum %5332 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5334 = reshape %5333 : f32[48] @ models/lib/nn.yaml:84:18
%5335 = permute %5329 perm=[1,3,0,2,4] : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%5336 = reshape %5335 : bf16[4,9,48] @ models/lib/nn.yaml:66:21
%5337 = matmul %5336, %2376 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5338 = reshape %5335 : bf16[36,48] @ models/lib/nn.yaml:83:15
%5339 = reshape %3148 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5340 = matmul %5338, %5339 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%5341 = cast %5337 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5342 = reduce_sum %5341 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5343 = reshape %5342 : f32[16] @ models/lib/nn.yaml:96:46
%5344 = cast %5337 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5345 = mul %5344, %3143 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5346 = reduce_sum %5345 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5347 = reshape %5346 : f32[16] @ models/lib/nn.yaml:96:37
%5348 = cast %5337 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5349 = mul %5348, %3144 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5350 = mul %5349, %3142 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5351 = cast %5337 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5352 = mul %5351, %3144 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5353 = mul %5352, %3136 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5354 = reduce_sum %5353 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%5355 = mul %3141, %3141 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5356 = mul %3141, %5355 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5357 = mul %5356, %5011 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5358 = mul %5354, %5357 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5359 = div %5358, %1322 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%5360 = broadcast %5359 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%5361 = mul %5360, %3136 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5362 = add %5350, %5361 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5363 = add %5362, %5361 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5364 = add %5231, %5363 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5365 = neg %5363 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5366 = reduce_sum %5365 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%5367 = div %5366, %1322 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%5368 = broadcast %5367 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5369 = add %5364, %5368 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5370 = reduce_sum %5369 axes=[0] keep=1 : f32[1,9,16] @ models/lib/vit.yaml:62:15
%5371 = cast %5370 : bf16[1,9,16] @ models/lib/vit.yaml:34:15
%5372 = reshape %5371 : bf16[3,3,16] @ models/lib/vit.yaml:36:16
%5373 = permute %5372 perm=[1,0,2] : bf16[3,3,16] @ models/lib/vit.yaml:35:13
%5374 = reshape %5373 : bf16[3,48] @ models/lib/vit.yaml:35:21
%5375 = matmul %1308, %5374 ta=1 tb=0 : bf16[4,48] @ models/lib/vit.yaml:34:15
%5376 = reshape %5375 : bf16[4,3,16] @ models/lib/vit.yaml:34:17
%5377 = permute %5376 perm=[1,0,2] : bf16[3,4,16] @ models/lib/vit.yaml:33:13
%5378 = reshape %5377 : bf16[3,64] @ models/lib/vit.yaml:33:21
%5379 = matmul %1308, %5378 ta=1 tb=0 : bf16[4,64] @ models/lib/vit.yaml:32:15
%5380 = reduce_sum %5369 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%5381 = reshape %5380 : f32[16] @ models/lib/vit.yaml:17:71
%5382 = reshape %5369 : f32[36,16] @ models/lib/vit.yaml:17:18
%5383 = cast %5382 : bf16[36,16] @ models/lib/vit.yaml:17:18
%5384 = reshape %1300 : bf16[36,48] @ models/lib/vit.yaml:17:18
%5385 = matmul %5383, %5384 ta=1 tb=0 : bf16[16,48] @ models/lib/vit.yaml:17:18
%5386 = cast %4207 : bf16[2,16,16] @ models/lib/dino.yaml:39:44
%5387 = cast %4195 : bf16[2,16,16] @ models/lib/dino.yaml:39:44
%5388 = concat %5386, %5387 axis=0 : bf16[4,16,16] @ models/dino_pass.yaml:132:27
%5389 = matmul %5388, %3114 ta=0 tb=0 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%5390 = reshape %5388 : bf16[64,16] @ models/lib/dino.yaml:23:18
%5391 = reshape %3113 : bf16[64,8] @ models/lib/dino.yaml:23:18
%5392 = matmul %5390, %5391 ta=1 tb=0 : bf16[16,8] @ models/lib/dino.yaml:23:18
%5393 = cast %5392 : f32[16,8] @ models/lib/dino.yaml:22:33
%5394 = div %5393, %3111 : f32[16,8] @ models/lib/dino.yaml:22:33
%5395 = mul %5394, %3112 : f32[16,8] @ models/lib/dino.yaml:22:33
%5396 = neg %5395 : f32[16,8] @ models/lib/dino.yaml:22:33
%5397 = reduce_sum %5396 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%5398 = mul %5397, %4282 : f32[16,1] @ models/lib/dino.yaml:22:35
%5399 = div %5398, %3110 : f32[16,1] @ models/lib/dino.yaml:22:35
%5400 = broadcast %5399 : f32[16,8] @ models/lib/dino.yaml:22:40
%5401 = mul %5400, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%5402 = add %4289, %5401 : f32[16,8] @ models/lib/dino.yaml:22:53
%5403 = add %5402, %5401 : f32[16,8] @ models/lib/dino.yaml:22:53
%5404 = mul %5394, %3106 : f32[16,8] @ models/lib/dino.yaml:22:22
%5405 = add %5403, %5404 : f32[16,8] @ models/lib/dino.yaml:22:22
%5406 = cast %5389 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5407 = div %5406, %3102 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5408 = mul %5407, %3105 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5409 = neg %5408 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5410 = reduce_sum %5409 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%5411 = broadcast %4295 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5412 = broadcast %315 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5413 = mul %5410, %5412 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5414 = sqrt %3099 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5415 = eq %5414, %1279 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%5416 = select %5415, %5413, %5411 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5417 = sqrt %3099 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5418 = gt %5417, %1279 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%5419 = select %5418, %5410, %5416 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5420 = mul %5419, %5412 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5421 = sqrt %3099 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5422 = div %5420, %5421 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5423 = broadcast %5422 : f32[4,16,8] @ models/lib/nn.yaml:33:29
%5424 = cast %3094 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%5425 = add %5424, %3095 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%5426 = mul %5423, %5425 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5427 = add %5407, %5426 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5428 = add %5427, %5426 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5429 = cast %5428 : bf16[4,16,8] @ models/lib/nn.yaml:84:18
%5430 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : bf16[1,64] @ models/lib/nn.yaml:84:18
%5431 = reshape %5429 : bf16[64,8] @ models/lib/nn.yaml:84:18
%5432 = matmul %5430, %5431 ta=0 tb=0 : f32[1,8] @ models/lib/nn.yaml:84:18
%5433 = reshape %5432 : f32[8] @ models/lib/nn.yaml:84:18
%5434 = add %4315, %5433 : f32[8] @ models/lib/nn.yaml:84:18
%5435 = matmul %5429, %3093 ta=0 tb=0 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5436 = reshape %3092 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5437 = matmul %5431, %5436 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%5438 = cast %4320 : f32[8,24] @ models/lib/nn.yaml:83:15
%5439 = cast %5437 : f32[8,24] @ models/lib/nn.yaml:83:15
%5440 = add %5438, %5439 : f32[8,24] @ models/lib/nn.yaml:83:15
%5441 = cast %5435 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5442 = cast %3081 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5443 = add %5442, %3082 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5444 = mul %5443, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5445 = erf %5444 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5446 = add %1254, %5445 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%5447 = mul %5441, %5446 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5448 = cast %5435 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5449 = cast %3081 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5450 = add %5449, %3082 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5451 = mul %1245, %5450 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5452 = mul %5448, %5451 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5453 = cast %3081 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5454 = add %5453, %3082 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5455 = mul %5454, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5456 = mul %5455, %5455 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5457 = neg %5456 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5458 = exp %5457 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5459 = broadcast %4339 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5460 = mul %5458, %5459 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5461 = mul %5452, %5460 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5462 = mul %5461, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5463 = mul %5447, %1245 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5464 = add %5462, %5463 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5465 = cast %5464 : bf16[4,16,24] @ models/lib/nn.yaml:84:18
%5466 = reshape %5465 : bf16[64,24] @ models/lib/nn.yaml:84:18
%5467 = matmul %5430, %5466 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%5468 = reshape %5467 : f32[24] @ models/lib/nn.yaml:84:18
%5469 = add %4347, %5468 : f32[24] @ models/lib/nn.yaml:84:18
%5470 = matmul %5465, %3080 ta=0 tb=0 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5471 = reshape %3079 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5472 = matmul %5466, %5471 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%5473 = cast %4352 : f32[24,24] @ models/lib/nn.yaml:83:15
%5474 = cast %5472 : f32[24,24] @ models/lib/nn.yaml:83:15
%5475 = add %5473, %5474 : f32[24,24] @ models/lib/nn.yaml:83:15
%5476 = cast %5470 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5477 = cast %3068 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5478 = add %5477, %3069 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5479 = mul %5478, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5480 = erf %5479 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5481 = add %1254, %5480 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%5482 = mul %5476, %5481 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5483 = cast %5470 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5484 = cast %3068 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5485 = add %5484, %3069 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5486 = mul %1245, %5485 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5487 = mul %5483, %5486 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5488 = cast %3068 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5489 = add %5488, %3069 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5490 = mul %5489, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5491 = mul %5490, %5490 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5492 = neg %5491 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5493 = exp %5492 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5494 = mul %5493, %5459 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5495 = mul %5487, %5494 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5496 = mul %5495, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5497 = mul %5482, %1245 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5498 = add %5496, %5497 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5499 = cast %5498 : bf16[4,16,24] @ models/lib/nn.yaml:84:18
%5500 = reshape %5499 : bf16[64,24] @ models/lib/nn.yaml:84:18
%5501 = matmul %5430, %5500 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%5502 = reshape %5501 : f32[24] @ models/lib/nn.yaml:84:18
%5503 = add %4377, %5502 : f32[24] @ models/lib/nn.yaml:84:18
%5504 = matmul %5499, %3067 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5505 = reshape %3066 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5506 = matmul %5500, %5505 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%5507 = cast %4382 : f32[24,16] @ models/lib/nn.yaml:83:15
%5508 = cast %5506 : f32[24,16] @ models/lib/nn.yaml:83:15
%5509 = add %5507, %5508 : f32[24,16] @ models/lib/nn.yaml:83:15
%5510 = cast %4239 : bf16[2,1,32] @ models/lib/dino.yaml:39:44
%5511 = cast %4269 : bf16[2,1,32] @ models/lib/dino.yaml:39:44
%5512 = concat %5510, %5511 axis=0 : bf16[4,1,32] @ models/dino_pass.yaml:132:20
%5513 = matmul %5512, %3064 ta=0 tb=0 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%5514 = reshape %5512 : bf16[4,32] @ models/lib/dino.yaml:23:18
%5515 = reshape %3063 : bf16[4,8] @ models/lib/dino.yaml:23:18
%5516 = matmul %5514, %5515 ta=1 tb=0 : bf16[32,8] @ models/lib/dino.yaml:23:18
%5517 = cast %5516 : f32[32,8] @ models/lib/dino.yaml:22:33
%5518 = div %5517, %3061 : f32[32,8] @ models/lib/dino.yaml:22:33
%5519 = mul %5518, %3062 : f32[32,8] @ models/lib/dino.yaml:22:33
%5520 = neg %5519 : f32[32,8] @ models/lib/dino.yaml:22:33
%5521 = reduce_sum %5520 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%5522 = mul %5521, %4395 : f32[32,1] @ models/lib/dino.yaml:22:35
%5523 = div %5522, %3060 : f32[32,1] @ models/lib/dino.yaml:22:35
%5524 = broadcast %5523 : f32[32,8] @ models/lib/dino.yaml:22:40
%5525 = mul %5524, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%5526 = add %4402, %5525 : f32[32,8] @ models/lib/dino.yaml:22:53
%5527 = add %5526, %5525 : f32[32,8] @ models/lib/dino.yaml:22:53
%5528 = mul %5518, %3056 : f32[32,8] @ models/lib/dino.yaml:22:22
%5529 = add %5527, %5528 : f32[32,8] @ models/lib/dino.yaml:22:22
%5530 = cast %5513 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5531 = div %5530, %3054 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5532 = mul %5531, %3055 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5533 = neg %5532 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5534 = reduce_sum %5533 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%5535 = mul %5534, %4409 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5536 = sqrt %3051 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5537 = eq %5536, %1227 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%5538 = select %5537, %5535, %4408 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5539 = sqrt %3051 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5540 = gt %5539, %1227 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%5541 = select %5540, %5534, %5538 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5542 = mul %5541, %4409 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5543 = sqrt %3051 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5544 = div %5542, %5543 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5545 = broadcast %5544 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%5546 = mul %5545, %3049 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5547 = add %5531, %5546 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5548 = add %5547, %5546 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5549 = reduce_sum %5548 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%5550 = reshape %5549 : f32[8] @ models/lib/nn.yaml:84:18
%5551 = add %4425, %5550 : f32[8] @ models/lib/nn.yaml:84:18
%5552 = cast %5548 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%5553 = matmul %5552, %3045 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5554 = reshape %5552 : bf16[4,8] @ models/lib/nn.yaml:83:15
%5555 = reshape %3044 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5556 = matmul %5554, %5555 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%5557 = cast %4430 : f32[8,24] @ models/lib/nn.yaml:83:15
%5558 = cast %5556 : f32[8,24] @ models/lib/nn.yaml:83:15
%5559 = add %5557, %5558 : f32[8,24] @ models/lib/nn.yaml:83:15
%5560 = cast %5553 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5561 = mul %3038, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5562 = erf %5561 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5563 = add %1203, %5562 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%5564 = mul %5560, %5563 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5565 = cast %5553 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5566 = mul %1198, %3038 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5567 = mul %5565, %5566 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5568 = mul %3038, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5569 = mul %5568, %5568 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5570 = neg %5569 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5571 = exp %5570 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5572 = mul %5571, %4443 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5573 = mul %5567, %5572 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5574 = mul %5573, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5575 = mul %5564, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5576 = add %5574, %5575 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5577 = reduce_sum %5576 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5578 = reshape %5577 : f32[24] @ models/lib/nn.yaml:84:18
%5579 = add %4450, %5578 : f32[24] @ models/lib/nn.yaml:84:18
%5580 = cast %5576 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5581 = matmul %5580, %3034 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5582 = reshape %5580 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5583 = reshape %3033 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5584 = matmul %5582, %5583 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%5585 = cast %4455 : f32[24,24] @ models/lib/nn.yaml:83:15
%5586 = cast %5584 : f32[24,24] @ models/lib/nn.yaml:83:15
%5587 = add %5585, %5586 : f32[24,24] @ models/lib/nn.yaml:83:15
%5588 = cast %5581 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5589 = mul %3027, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5590 = erf %5589 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5591 = add %1203, %5590 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%5592 = mul %5588, %5591 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5593 = cast %5581 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5594 = mul %1198, %3027 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5595 = mul %5593, %5594 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5596 = mul %3027, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5597 = mul %5596, %5596 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5598 = neg %5597 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5599 = exp %5598 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5600 = mul %5599, %4443 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5601 = mul %5595, %5600 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5602 = mul %5601, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5603 = mul %5592, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5604 = add %5602, %5603 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5605 = reduce_sum %5604 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5606 = reshape %5605 : f32[24] @ models/lib/nn.yaml:84:18
%5607 = add %4474, %5606 : f32[24] @ models/lib/nn.yaml:84:18
%5608 = cast %5604 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5609 = matmul %5608, %3023 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5610 = reshape %5608 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5611 = reshape %3022 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5612 = matmul %5610, %5611 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%5613 = cast %4479 : f32[24,16] @ models/lib/nn.yaml:83:15
%5614 = cast %5612 : f32[24,16] @ models/lib/nn.yaml:83:15
%5615 = add %5613, %5614 : f32[24,16] @ models/lib/nn.yaml:83:15
%5616 = concat %5609, %5504 axis=1 : bf16[4,17,16] @ models/dino_pass.yaml:103:28
%5617 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : bf16[1,68] @ models/lib/nn.yaml:96:46
%5618 = reshape %5616 : bf16[68,16] @ models/lib/nn.yaml:96:46
%5619 = matmul %5617, %5618 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5620 = reshape %5619 : f32[16] @ models/lib/nn.yaml:96:46
%5621 = add %4483, %5620 : f32[16] @ models/lib/nn.yaml:96:46
%5622 = cast %5616 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%5623 = mul %5622, %3016 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5624 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:37
%5625 = reshape %5623 : f32[68,16] @ models/lib/nn.yaml:96:37
%5626 = matmul %5624, %5625 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5627 = reshape %5626 : f32[16] @ models/lib/nn.yaml:96:37
%5628 = add %4487, %5627 : f32[16] @ models/lib/nn.yaml:96:37
%5629 = cast %5616 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%5630 = mul %5629, %3017 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5631 = mul %5630, %3015 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5632 = cast %5616 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%5633 = mul %5632, %3017 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5634 = mul %5633, %3009 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5635 = reduce_sum %5634 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5636 = mul %3014, %3014 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5637 = mul %3014, %5636 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5638 = broadcast %4497 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5639 = mul %5637, %5638 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5640 = mul %5635, %5639 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5641 = div %5640, %863 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5642 = broadcast %5641 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5643 = mul %5642, %3009 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5644 = add %5631, %5643 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5645 = add %5644, %5643 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5646 = neg %5645 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5647 = reduce_sum %5646 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5648 = div %5647, %863 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5649 = broadcast %5648 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5650 = add %5645, %5649 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5651 = slice %5650 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%5652 = slice %5650 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:111:21
%5653 = reduce_sum %5651 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5654 = reshape %5653 : f32[16] @ models/lib/nn.yaml:84:18
%5655 = add %4514, %5654 : f32[16] @ models/lib/nn.yaml:84:18
%5656 = cast %5651 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5657 = matmul %5656, %2999 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5658 = reshape %5656 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5659 = reshape %2998 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5660 = matmul %5658, %5659 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5661 = cast %4519 : f32[16,64] @ models/lib/nn.yaml:83:15
%5662 = cast %5660 : f32[16,64] @ models/lib/nn.yaml:83:15
%5663 = add %5661, %5662 : f32[16,64] @ models/lib/nn.yaml:83:15
%5664 = cast %5657 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5665 = mul %2992, %1010 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5666 = erf %5665 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5667 = add %1013, %5666 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%5668 = mul %5664, %5667 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5669 = cast %5657 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5670 = mul %1008, %2992 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5671 = mul %5669, %5670 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5672 = mul %2992, %1010 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5673 = mul %5672, %5672 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5674 = neg %5673 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5675 = exp %5674 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5676 = mul %5675, %4532 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5677 = mul %5671, %5676 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5678 = mul %5677, %1010 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5679 = mul %5668, %1008 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5680 = add %5678, %5679 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5681 = reduce_sum %5680 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5682 = reshape %5681 : f32[64] @ models/lib/nn.yaml:84:18
%5683 = add %4539, %5682 : f32[64] @ models/lib/nn.yaml:84:18
%5684 = cast %5680 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5685 = matmul %5684, %2988 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5686 = reshape %5684 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5687 = reshape %2987 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5688 = matmul %5686, %5687 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5689 = cast %4544 : f32[64,16] @ models/lib/nn.yaml:83:15
%5690 = cast %5688 : f32[64,16] @ models/lib/nn.yaml:83:15
%5691 = add %5689, %5690 : f32[64,16] @ models/lib/nn.yaml:83:15
%5692 = cast %5685 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5693 = reduce_sum %5692 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5694 = reshape %5693 : f32[16] @ models/lib/nn.yaml:96:46
%5695 = add %4547, %5694 : f32[16] @ models/lib/nn.yaml:96:46
%5696 = cast %5685 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5697 = mul %5696, %2983 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5698 = cast %5685 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5699 = mul %5698, %2982 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5700 = reduce_sum %5699 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5701 = reshape %5700 : f32[16] @ models/lib/nn.yaml:96:37
%5702 = add %4553, %5701 : f32[16] @ models/lib/nn.yaml:96:37
%5703 = mul %5697, %2981 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5704 = mul %5697, %2975 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5705 = reduce_sum %5704 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%5706 = mul %2980, %2980 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5707 = mul %2980, %5706 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5708 = mul %5707, %4559 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5709 = mul %5705, %5708 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5710 = div %5709, %987 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%5711 = broadcast %5710 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%5712 = mul %5711, %2975 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5713 = add %5703, %5712 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5714 = add %5713, %5712 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5715 = add %5651, %5714 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5716 = neg %5714 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5717 = reduce_sum %5716 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%5718 = div %5717, %987 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%5719 = broadcast %5718 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5720 = add %5715, %5719 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5721 = reduce_sum %5720 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5722 = reshape %5721 : f32[16] @ models/lib/nn.yaml:84:18
%5723 = add %4574, %5722 : f32[16] @ models/lib/nn.yaml:84:18
%5724 = cast %5720 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5725 = matmul %5724, %2966 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5726 = reshape %5724 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5727 = reshape %2964 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5728 = matmul %5726, %5727 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5729 = cast %4579 : f32[16,16] @ models/lib/nn.yaml:83:15
%5730 = cast %5728 : f32[16,16] @ models/lib/nn.yaml:83:15
%5731 = add %5729, %5730 : f32[16,16] @ models/lib/nn.yaml:83:15
%5732 = reshape %5725 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%5733 = permute %5732 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%5734 = cast %5733 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5735 = slice %5734 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5736 = broadcast %5735 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5737 = permute %2955 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5738 = slice %5737 lo=[0,0,0,0] hi=[4,2,1,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5739 = cast %5738 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5740 = mul %5736, %5739 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5741 = slice %5734 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5742 = broadcast %5741 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5743 = permute %2955 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5744 = slice %5743 lo=[0,0,1,0] hi=[4,2,2,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5745 = cast %5744 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5746 = mul %5742, %5745 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5747 = add %5740, %5746 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5748 = slice %5734 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5749 = broadcast %5748 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5750 = permute %2955 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5751 = slice %5750 lo=[0,0,2,0] hi=[4,2,3,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5752 = cast %5751 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5753 = mul %5749, %5752 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5754 = add %5747, %5753 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5755 = slice %5734 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5756 = broadcast %5755 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5757 = permute %2955 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5758 = slice %5757 lo=[0,0,3,0] hi=[4,2,4,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5759 = cast %5758 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5760 = mul %5756, %5759 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5761 = add %5754, %5760 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5762 = slice %5734 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5763 = broadcast %5762 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5764 = permute %2955 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5765 = slice %5764 lo=[0,0,4,0] hi=[4,2,5,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5766 = cast %5765 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5767 = mul %5763, %5766 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5768 = add %5761, %5767 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5769 = slice %5734 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5770 = broadcast %5769 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5771 = permute %2955 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5772 = slice %5771 lo=[0,0,5,0] hi=[4,2,6,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5773 = cast %5772 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5774 = mul %5770, %5773 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5775 = add %5768, %5774 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5776 = slice %5734 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5777 = broadcast %5776 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5778 = permute %2955 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5779 = slice %5778 lo=[0,0,6,0] hi=[4,2,7,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5780 = cast %5779 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5781 = mul %5777, %5780 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5782 = add %5775, %5781 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5783 = slice %5734 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5784 = broadcast %5783 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5785 = permute %2955 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5786 = slice %5785 lo=[0,0,7,0] hi=[4,2,8,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5787 = cast %5786 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5788 = mul %5784, %5787 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5789 = add %5782, %5788 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5790 = cast %5789 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5791 = permute %2956 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%5792 = broadcast %5791 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5793 = broadcast %5734 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5794 = mul %5792, %5793 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5795 = cast %5794 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%5796 = cast %5790 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5797 = div %5796, %2949 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5798 = mul %5797, %2951 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5799 = neg %5798 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5800 = reduce_sum %5799 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%5801 = broadcast %5800 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5802 = add %5797, %5801 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5803 = exp %2946 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5804 = mul %5802, %5803 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5805 = mul %5804, %953 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%5806 = cast %5805 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%5807 = cast %5806 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5808 = reshape %5807 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%5809 = broadcast %5808 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5810 = reshape %2881 : bf16[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5811 = cast %5810 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5812 = mul %5809, %5811 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5813 = reduce_sum %5812 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5814 = cast %5813 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%5815 = permute %5807 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%5816 = broadcast %5815 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5817 = broadcast %2882 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5818 = mul %5816, %5817 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5819 = cast %5818 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%5820 = permute %5795 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/nn.yaml:84:18
%5821 = reshape %5820 : bf16[4,17,16] @ models/lib/nn.yaml:84:18
%5822 = reshape %5820 : bf16[68,16] @ models/lib/nn.yaml:84:18
%5823 = matmul %5617, %5822 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5824 = reshape %5823 : f32[16] @ models/lib/nn.yaml:84:18
%5825 = add %4672, %5824 : f32[16] @ models/lib/nn.yaml:84:18
%5826 = matmul %5821, %2870 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5827 = reshape %2856 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5828 = matmul %5822, %5827 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5829 = cast %4678 : f32[16,16] @ models/lib/nn.yaml:83:15
%5830 = cast %5828 : f32[16,16] @ models/lib/nn.yaml:83:15
%5831 = add %5829, %5830 : f32[16,16] @ models/lib/nn.yaml:83:15
%5832 = permute %5819 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/nn.yaml:84:18
%5833 = reshape %5832 : bf16[4,17,16] @ models/lib/nn.yaml:84:18
%5834 = reshape %5832 : bf16[68,16] @ models/lib/nn.yaml:84:18
%5835 = matmul %5617, %5834 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5836 = reshape %5835 : f32[16] @ models/lib/nn.yaml:84:18
%5837 = add %4683, %5836 : f32[16] @ models/lib/nn.yaml:84:18
%5838 = matmul %5833, %2864 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5839 = cast %5826 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5840 = cast %5838 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5841 = add %5839, %5840 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5842 = matmul %5834, %5827 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5843 = cast %4691 : f32[16,16] @ models/lib/nn.yaml:83:15
%5844 = cast %5842 : f32[16,16] @ models/lib/nn.yaml:83:15
%5845 = add %5843, %5844 : f32[16,16] @ models/lib/nn.yaml:83:15
%5846 = permute %5814 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%5847 = reshape %5846 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%5848 = cast %5847 : f32[4,1,16] @ models/lib/vit.yaml:78:14
%5849 = reduce_sum %5848 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5850 = reshape %5849 : f32[16] @ models/lib/nn.yaml:84:18
%5851 = add %4696, %5850 : f32[16] @ models/lib/nn.yaml:84:18
%5852 = permute %5814 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%5853 = reshape %5852 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%5854 = matmul %5853, %2858 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5855 = reshape %5852 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5856 = reshape %2857 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5857 = matmul %5855, %5856 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5858 = cast %4702 : f32[16,16] @ models/lib/nn.yaml:83:15
%5859 = cast %5857 : f32[16,16] @ models/lib/nn.yaml:83:15
%5860 = add %5858, %5859 : f32[16,16] @ models/lib/nn.yaml:83:15
%5861 = cast %5854 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%5862 = pad %5861 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5863 = add %5841, %5862 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5864 = reshape %5863 : f32[68,16] @ models/lib/nn.yaml:96:46
%5865 = matmul %5624, %5864 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5866 = reshape %5865 : f32[16] @ models/lib/nn.yaml:96:46
%5867 = add %4707, %5866 : f32[16] @ models/lib/nn.yaml:96:46
%5868 = mul %5863, %2851 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5869 = reshape %5868 : f32[68,16] @ models/lib/nn.yaml:96:37
%5870 = matmul %5624, %5869 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5871 = reshape %5870 : f32[16] @ models/lib/nn.yaml:96:37
%5872 = add %4710, %5871 : f32[16] @ models/lib/nn.yaml:96:37
%5873 = mul %5863, %2852 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5874 = mul %5873, %2850 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5875 = mul %5863, %2852 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5876 = mul %5875, %2844 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5877 = reduce_sum %5876 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5878 = mul %2849, %2849 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5879 = mul %2849, %5878 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5880 = mul %5879, %5638 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5881 = mul %5877, %5880 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5882 = div %5881, %863 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5883 = broadcast %5882 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5884 = mul %5883, %2844 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5885 = add %5874, %5884 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5886 = add %5885, %5884 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5887 = neg %5886 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5888 = reduce_sum %5887 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5889 = div %5888, %863 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5890 = broadcast %5889 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5891 = add %5886, %5890 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5892 = slice %5891 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5893 = add %5720, %5892 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5894 = slice %5891 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5895 = add %5652, %5894 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5896 = reduce_sum %5893 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5897 = reshape %5896 : f32[16] @ models/lib/nn.yaml:84:18
%5898 = add %4735, %5897 : f32[16] @ models/lib/nn.yaml:84:18
%5899 = cast %5893 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5900 = matmul %5899, %2834 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5901 = reshape %5899 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5902 = reshape %2833 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5903 = matmul %5901, %5902 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5904 = cast %4740 : f32[16,64] @ models/lib/nn.yaml:83:15
%5905 = cast %5903 : f32[16,64] @ models/lib/nn.yaml:83:15
%5906 = add %5904, %5905 : f32[16,64] @ models/lib/nn.yaml:83:15
%5907 = cast %5900 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5908 = mul %2827, %1010 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5909 = erf %5908 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5910 = add %1013, %5909 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%5911 = mul %5907, %5910 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5912 = cast %5900 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5913 = mul %1008, %2827 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5914 = mul %5912, %5913 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5915 = mul %2827, %1010 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5916 = mul %5915, %5915 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5917 = neg %5916 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5918 = exp %5917 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5919 = mul %5918, %4532 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5920 = mul %5914, %5919 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5921 = mul %5920, %1010 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5922 = mul %5911, %1008 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5923 = add %5921, %5922 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5924 = reduce_sum %5923 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5925 = reshape %5924 : f32[64] @ models/lib/nn.yaml:84:18
%5926 = add %4759, %5925 : f32[64] @ models/lib/nn.yaml:84:18
%5927 = cast %5923 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5928 = matmul %5927, %2823 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5929 = reshape %5927 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5930 = reshape %2822 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5931 = matmul %5929, %5930 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5932 = cast %4764 : f32[64,16] @ models/lib/nn.yaml:83:15
%5933 = cast %5931 : f32[64,16] @ models/lib/nn.yaml:83:15
%5934 = add %5932, %5933 : f32[64,16] @ models/lib/nn.yaml:83:15
%5935 = cast %5928 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5936 = reduce_sum %5935 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5937 = reshape %5936 : f32[16] @ models/lib/nn.yaml:96:46
%5938 = add %4767, %5937 : f32[16] @ models/lib/nn.yaml:96:46
%5939 = cast %5928 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5940 = mul %5939, %2818 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5941 = cast %5928 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5942 = mul %5941, %2817 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5943 = reduce_sum %5942 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5944 = reshape %5943 : f32[16] @ models/lib/nn.yaml:96:37
%5945 = add %4773, %5944 : f32[16] @ models/lib/nn.yaml:96:37
%5946 = mul %5940, %2816 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5947 = mul %5940, %2810 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5948 = reduce_sum %5947 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%5949 = mul %2815, %2815 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5950 = mul %2815, %5949 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5951 = mul %5950, %4559 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5952 = mul %5948, %5951 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5953 = div %5952, %987 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%5954 = broadcast %5953 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%5955 = mul %5954, %2810 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5956 = add %5946, %5955 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5957 = add %5956, %5955 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5958 = add %5893, %5957 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5959 = neg %5957 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5960 = reduce_sum %5959 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%5961 = div %5960, %987 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%5962 = broadcast %5961 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5963 = add %5958, %5962 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5964 = reduce_sum %5963 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5965 = reshape %5964 : f32[16] @ models/lib/nn.yaml:84:18
%5966 = add %4793, %5965 : f32[16] @ models/lib/nn.yaml:84:18
%5967 = cast %5963 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5968 = matmul %5967, %2801 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5969 = reshape %5967 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5970 = reshape %2799 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5971 = matmul %5969, %5970 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5972 = cast %4798 : f32[16,16] @ models/lib/nn.yaml:83:15
%5973 = cast %5971 : f32[16,16] @ models/lib/nn.yaml:83:15
%5974 = add %5972, %5973 : f32[16,16] @ models/lib/nn.yaml:83:15
%5975 = reshape %5968 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%5976 = permute %5975 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%5977 = cast %5976 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5978 = slice %5977 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5979 = broadcast %5978 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5980 = permute %2790 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5981 = slice %5980 lo=[0,0,0,0] hi=[4,2,1,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5982 = cast %5981 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5983 = mul %5979, %5982 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5984 = slice %5977 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5985 = broadcast %5984 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5986 = permute %2790 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5987 = slice %5986 lo=[0,0,1,0] hi=[4,2,2,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5988 = cast %5987 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5989 = mul %5985, %5988 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5990 = add %5983, %5989 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5991 = slice %5977 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5992 = broadcast %5991 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5993 = permute %2790 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5994 = slice %5993 lo=[0,0,2,0] hi=[4,2,3,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5995 = cast %5994 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5996 = mul %5992, %5995 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5997 = add %5990, %5996 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5998 = slice %5977 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5999 = broadcast %5998 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6000 = permute %2790 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6001 = slice %6000 lo=[0,0,3,0] hi=[4,2,4,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6002 = cast %6001 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6003 = mul %5999, %6002 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6004 = add %5997, %6003 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6005 = slice %5977 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6006 = broadcast %6005 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6007 = permute %2790 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6008 = slice %6007 lo=[0,0,4,0] hi=[4,2,5,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6009 = cast %6008 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6010 = mul %6006, %6009 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6011 = add %6004, %6010 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6012 = slice %5977 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6013 = broadcast %6012 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6014 = permute %2790 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6015 = slice %6014 lo=[0,0,5,0] hi=[4,2,6,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6016 = cast %6015 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6017 = mul %6013, %6016 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6018 = add %6011, %6017 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6019 = slice %5977 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6020 = broadcast %6019 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6021 = permute %2790 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6022 = slice %6021 lo=[0,0,6,0] hi=[4,2,7,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6023 = cast %6022 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6024 = mul %6020, %6023 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6025 = add %6018, %6024 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6026 = slice %5977 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6027 = broadcast %6026 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6028 = permute %2790 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6029 = slice %6028 lo=[0,0,7,0] hi=[4,2,8,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6030 = cast %6029 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6031 = mul %6027, %6030 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6032 = add %6025, %6031 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6033 = cast %6032 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6034 = permute %2791 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%6035 = broadcast %6034 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%6036 = broadcast %5977 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%6037 = mul %6035, %6036 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%6038 = cast %6037 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%6039 = cast %6033 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%6040 = div %6039, %2784 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%6041 = mul %6040, %2786 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%6042 = neg %6041 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%6043 = reduce_sum %6042 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%6044 = broadcast %6043 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%6045 = add %6040, %6044 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%6046 = exp %2781 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%6047 = mul %6045, %6046 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%6048 = mul %6047, %953 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%6049 = cast %6048 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%6050 = cast %6049 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%6051 = reshape %6050 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%6052 = broadcast %6051 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%6053 = reshape %2716 : bf16[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%6054 = cast %6053 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%6055 = mul %6052, %6054 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%6056 = reduce_sum %6055 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%6057 = cast %6056 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%6058 = permute %6050 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%6059 = broadcast %6058 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%6060 = broadcast %2717 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%6061 = mul %6059, %6060 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%6062 = cast %6061 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%6063 = permute %6038 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/nn.yaml:84:18
%6064 = reshape %6063 : bf16[4,17,16] @ models/lib/nn.yaml:84:18
%6065 = reshape %6063 : bf16[68,16] @ models/lib/nn.yaml:84:18
%6066 = matmul %5617, %6065 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6067 = reshape %6066 : f32[16] @ models/lib/nn.yaml:84:18
%6068 = add %4891, %6067 : f32[16] @ models/lib/nn.yaml:84:18
%6069 = matmul %6064, %2705 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%6070 = reshape %2691 : bf16[68,16] @ models/lib/nn.yaml:83:15
%6071 = matmul %6065, %6070 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6072 = cast %4897 : f32[16,16] @ models/lib/nn.yaml:83:15
%6073 = cast %6071 : f32[16,16] @ models/lib/nn.yaml:83:15
%6074 = add %6072, %6073 : f32[16,16] @ models/lib/nn.yaml:83:15
%6075 = permute %6062 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/nn.yaml:84:18
%6076 = reshape %6075 : bf16[4,17,16] @ models/lib/nn.yaml:84:18
%6077 = reshape %6075 : bf16[68,16] @ models/lib/nn.yaml:84:18
%6078 = matmul %5617, %6077 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6079 = reshape %6078 : f32[16] @ models/lib/nn.yaml:84:18
%6080 = add %4902, %6079 : f32[16] @ models/lib/nn.yaml:84:18
%6081 = matmul %6076, %2699 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%6082 = cast %6069 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%6083 = cast %6081 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%6084 = add %6082, %6083 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%6085 = matmul %6077, %6070 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6086 = cast %4910 : f32[16,16] @ models/lib/nn.yaml:83:15
%6087 = cast %6085 : f32[16,16] @ models/lib/nn.yaml:83:15
%6088 = add %6086, %6087 : f32[16,16] @ models/lib/nn.yaml:83:15
%6089 = permute %6057 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%6090 = reshape %6089 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%6091 = cast %6090 : f32[4,1,16] @ models/lib/vit.yaml:78:14
%6092 = reduce_sum %6091 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6093 = reshape %6092 : f32[16] @ models/lib/nn.yaml:84:18
%6094 = add %4915, %6093 : f32[16] @ models/lib/nn.yaml:84:18
%6095 = permute %6057 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%6096 = reshape %6095 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%6097 = matmul %6096, %2693 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%6098 = reshape %6095 : bf16[4,16] @ models/lib/nn.yaml:83:15
%6099 = reshape %2692 : bf16[4,16] @ models/lib/nn.yaml:83:15
%6100 = matmul %6098, %6099 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6101 = cast %4921 : f32[16,16] @ models/lib/nn.yaml:83:15
%6102 = cast %6100 : f32[16,16] @ models/lib/nn.yaml:83:15
%6103 = add %6101, %6102 : f32[16,16] @ models/lib/nn.yaml:83:15
%6104 = cast %6097 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%6105 = pad %6104 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%6106 = add %6084, %6105 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%6107 = reshape %6106 : f32[68,16] @ models/lib/nn.yaml:96:46
%6108 = matmul %5624, %6107 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6109 = reshape %6108 : f32[16] @ models/lib/nn.yaml:96:46
%6110 = add %4926, %6109 : f32[16] @ models/lib/nn.yaml:96:46
%6111 = mul %6106, %2686 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%6112 = reshape %6111 : f32[68,16] @ models/lib/nn.yaml:96:37
%6113 = matmul %5624, %6112 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6114 = reshape %6113 : f32[16] @ models/lib/nn.yaml:96:37
%6115 = add %4929, %6114 : f32[16] @ models/lib/nn.yaml:96:37
%6116 = mul %6106, %2687 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%6117 = mul %6116, %2685 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%6118 = mul %6106, %2687 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%6119 = mul %6118, %2679 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%6120 = reduce_sum %6119 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%6121 = mul %2684, %2684 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%6122 = mul %2684, %6121 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%6123 = mul %6122, %5638 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%6124 = mul %6120, %6123 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%6125 = div %6124, %863 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%6126 = broadcast %6125 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%6127 = mul %6126, %2679 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%6128 = add %6117, %6127 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%6129 = add %6128, %6127 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%6130 = neg %6129 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%6131 = reduce_sum %6130 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%6132 = div %6131, %863 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%6133 = broadcast %6132 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%6134 = add %6129, %6133 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%6135 = slice %6134 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%6136 = add %5963, %6135 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%6137 = slice %6134 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%6138 = add %5895, %6137 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%6139 = reduce_sum %6136 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%6140 = add %4953, %6139 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%6141 = mul %6138, %2671 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%6142 = div %6141, %2621 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%6143 = cast %6142 : bf16[4,16,16] @ models/lib/nn.yaml:84:18
%6144 = reshape %6143 : bf16[64,16] @ models/lib/nn.yaml:84:18
%6145 = matmul %5430, %6144 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6146 = reshape %6145 : f32[16] @ models/lib/nn.yaml:84:18
%6147 = add %4957, %6146 : f32[16] @ models/lib/nn.yaml:84:18
%6148 = matmul %6143, %2661 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%6149 = reshape %2660 : bf16[64,64] @ models/lib/nn.yaml:83:15
%6150 = matmul %6144, %6149 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%6151 = cast %4963 : f32[16,64] @ models/lib/nn.yaml:83:15
%6152 = cast %6150 : f32[16,64] @ models/lib/nn.yaml:83:15
%6153 = add %6151, %6152 : f32[16,64] @ models/lib/nn.yaml:83:15
%6154 = cast %6148 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6155 = cast %2649 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6156 = add %6155, %2650 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6157 = mul %6156, %321 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6158 = erf %6157 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6159 = add %327, %6158 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%6160 = mul %6154, %6159 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6161 = cast %6148 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6162 = cast %2649 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6163 = add %6162, %2650 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6164 = mul %316, %6163 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6165 = mul %6161, %6164 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6166 = cast %2649 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6167 = add %6166, %2650 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6168 = mul %6167, %321 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6169 = mul %6168, %6168 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6170 = neg %6169 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6171 = exp %6170 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6172 = broadcast %4339 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6173 = mul %6171, %6172 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6174 = mul %6165, %6173 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6175 = mul %6174, %321 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6176 = mul %6160, %316 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6177 = add %6175, %6176 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6178 = cast %6177 : bf16[4,16,64] @ models/lib/nn.yaml:84:18
%6179 = reshape %6178 : bf16[64,64] @ models/lib/nn.yaml:84:18
%6180 = matmul %5430, %6179 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%6181 = reshape %6180 : f32[64] @ models/lib/nn.yaml:84:18
%6182 = add %4989, %6181 : f32[64] @ models/lib/nn.yaml:84:18
%6183 = matmul %6178, %2648 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6184 = reshape %2647 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6185 = matmul %6179, %6184 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6186 = cast %4994 : f32[64,16] @ models/lib/nn.yaml:83:15
%6187 = cast %6185 : f32[64,16] @ models/lib/nn.yaml:83:15
%6188 = add %6186, %6187 : f32[64,16] @ models/lib/nn.yaml:83:15
%6189 = reshape %6183 : bf16[64,16] @ models/lib/nn.yaml:96:46
%6190 = matmul %5430, %6189 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6191 = reshape %6190 : f32[16] @ models/lib/nn.yaml:96:46
%6192 = add %4997, %6191 : f32[16] @ models/lib/nn.yaml:96:46
%6193 = cast %6183 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6194 = mul %6193, %2642 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6195 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,64] @ models/lib/nn.yaml:96:37
%6196 = reshape %6194 : f32[64,16] @ models/lib/nn.yaml:96:37
%6197 = matmul %6195, %6196 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6198 = reshape %6197 : f32[16] @ models/lib/nn.yaml:96:37
%6199 = add %5001, %6198 : f32[16] @ models/lib/nn.yaml:96:37
%6200 = cast %6183 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6201 = mul %6200, %2643 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6202 = mul %6201, %2641 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6203 = cast %6183 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6204 = mul %6203, %2643 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6205 = mul %6204, %2635 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6206 = reduce_sum %6205 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6207 = mul %2640, %2640 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6208 = mul %2640, %6207 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6209 = broadcast %4497 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6210 = mul %6208, %6209 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6211 = mul %6206, %6210 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6212 = div %6211, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6213 = broadcast %6212 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6214 = mul %6213, %2635 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6215 = add %6202, %6214 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6216 = add %6215, %6214 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6217 = add %6138, %6216 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6218 = neg %6216 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6219 = reduce_sum %6218 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6220 = div %6219, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6221 = broadcast %6220 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6222 = add %6217, %6221 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6223 = mul %6222, %2629 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%6224 = div %6223, %2621 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%6225 = cast %6224 : bf16[4,16,16] @ models/lib/nn.yaml:84:18
%6226 = reshape %6225 : bf16[64,16] @ models/lib/nn.yaml:84:18
%6227 = matmul %5430, %6226 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6228 = reshape %6227 : f32[16] @ models/lib/nn.yaml:84:18
%6229 = add %5028, %6228 : f32[16] @ models/lib/nn.yaml:84:18
%6230 = matmul %6225, %2615 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6231 = reshape %2613 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6232 = matmul %6226, %6231 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6233 = cast %5034 : f32[16,16] @ models/lib/nn.yaml:83:15
%6234 = cast %6232 : f32[16,16] @ models/lib/nn.yaml:83:15
%6235 = add %6233, %6234 : f32[16,16] @ models/lib/nn.yaml:83:15
%6236 = reshape %6230 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%6237 = permute %6236 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%6238 = cast %6237 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6239 = permute %2605 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%6240 = slice %6238 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6241 = broadcast %6240 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6242 = slice %6239 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6243 = broadcast %6242 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6244 = mul %6241, %6243 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6245 = slice %6238 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6246 = broadcast %6245 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6247 = slice %6239 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6248 = broadcast %6247 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6249 = mul %6246, %6248 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6250 = add %6244, %6249 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6251 = slice %6238 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6252 = broadcast %6251 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6253 = slice %6239 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6254 = broadcast %6253 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6255 = mul %6252, %6254 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6256 = add %6250, %6255 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6257 = slice %6238 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6258 = broadcast %6257 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6259 = slice %6239 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6260 = broadcast %6259 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6261 = mul %6258, %6260 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6262 = add %6256, %6261 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6263 = slice %6238 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6264 = broadcast %6263 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6265 = slice %6239 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6266 = broadcast %6265 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6267 = mul %6264, %6266 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6268 = add %6262, %6267 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6269 = slice %6238 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6270 = broadcast %6269 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6271 = slice %6239 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6272 = broadcast %6271 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6273 = mul %6270, %6272 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6274 = add %6268, %6273 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6275 = slice %6238 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6276 = broadcast %6275 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6277 = slice %6239 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6278 = broadcast %6277 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6279 = mul %6276, %6278 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6280 = add %6274, %6279 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6281 = slice %6238 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6282 = broadcast %6281 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6283 = slice %6239 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6284 = broadcast %6283 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6285 = mul %6282, %6284 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6286 = add %6280, %6285 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6287 = cast %6286 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%6288 = permute %2604 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6289 = reshape %6288 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%6290 = broadcast %6289 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6291 = reshape %6238 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%6292 = broadcast %6291 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6293 = mul %6290, %6292 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6294 = reduce_sum %6293 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6295 = cast %6294 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%6296 = cast %6287 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6297 = div %6296, %2598 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6298 = mul %6297, %2600 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6299 = neg %6298 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6300 = reduce_sum %6299 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%6301 = broadcast %6300 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6302 = add %6297, %6301 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6303 = exp %2595 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6304 = mul %6302, %6303 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6305 = mul %6304, %262 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%6306 = cast %6305 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%6307 = cast %6306 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6308 = reshape %6307 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6309 = broadcast %6308 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6310 = reshape %2538 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6311 = broadcast %6310 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6312 = mul %6309, %6311 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6313 = reduce_sum %6312 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6314 = cast %6313 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6315 = permute %6307 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6316 = reshape %6315 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6317 = broadcast %6316 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6318 = reshape %2537 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6319 = broadcast %6318 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6320 = mul %6317, %6319 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6321 = reduce_sum %6320 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6322 = cast %6321 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6323 = reshape %6322 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%6324 = reshape %6295 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%6325 = reshape %6314 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%6326 = concat %6325, %6323, %6324 axis=0 : bf16[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%6327 = permute %6326 perm=[1,3,0,2,4] : bf16[4,16,3,2,8] @ models/lib/nn.yaml:84:18
%6328 = reshape %6327 : bf16[4,16,48] @ models/lib/nn.yaml:84:18
%6329 = reshape %6327 : bf16[64,48] @ models/lib/nn.yaml:84:18
%6330 = matmul %5430, %6329 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%6331 = reshape %6330 : f32[48] @ models/lib/nn.yaml:84:18
%6332 = add %5130, %6331 : f32[48] @ models/lib/nn.yaml:84:18
%6333 = matmul %6328, %2524 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6334 = reshape %2523 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6335 = matmul %6329, %6334 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%6336 = cast %5136 : f32[48,16] @ models/lib/nn.yaml:83:15
%6337 = cast %6335 : f32[48,16] @ models/lib/nn.yaml:83:15
%6338 = add %6336, %6337 : f32[48,16] @ models/lib/nn.yaml:83:15
%6339 = reshape %6333 : bf16[64,16] @ models/lib/nn.yaml:96:46
%6340 = matmul %5430, %6339 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6341 = reshape %6340 : f32[16] @ models/lib/nn.yaml:96:46
%6342 = add %5139, %6341 : f32[16] @ models/lib/nn.yaml:96:46
%6343 = cast %6333 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6344 = mul %6343, %2518 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6345 = reshape %6344 : f32[64,16] @ models/lib/nn.yaml:96:37
%6346 = matmul %6195, %6345 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6347 = reshape %6346 : f32[16] @ models/lib/nn.yaml:96:37
%6348 = add %5143, %6347 : f32[16] @ models/lib/nn.yaml:96:37
%6349 = cast %6333 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6350 = mul %6349, %2519 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6351 = mul %6350, %2517 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6352 = cast %6333 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6353 = mul %6352, %2519 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6354 = mul %6353, %2511 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6355 = reduce_sum %6354 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6356 = mul %2516, %2516 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6357 = mul %2516, %6356 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6358 = mul %6357, %6209 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6359 = mul %6355, %6358 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6360 = div %6359, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6361 = broadcast %6360 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6362 = mul %6361, %2511 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6363 = add %6351, %6362 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6364 = add %6363, %6362 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6365 = add %6222, %6364 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6366 = neg %6364 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6367 = reduce_sum %6366 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6368 = div %6367, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6369 = broadcast %6368 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6370 = add %6365, %6369 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6371 = cast %6370 : bf16[4,16,16] @ models/lib/nn.yaml:84:18
%6372 = reshape %6371 : bf16[64,16] @ models/lib/nn.yaml:84:18
%6373 = matmul %5430, %6372 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6374 = reshape %6373 : f32[16] @ models/lib/nn.yaml:84:18
%6375 = add %5167, %6374 : f32[16] @ models/lib/nn.yaml:84:18
%6376 = matmul %6371, %2502 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%6377 = reshape %2501 : bf16[64,64] @ models/lib/nn.yaml:83:15
%6378 = matmul %6372, %6377 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%6379 = cast %5172 : f32[16,64] @ models/lib/nn.yaml:83:15
%6380 = cast %6378 : f32[16,64] @ models/lib/nn.yaml:83:15
%6381 = add %6379, %6380 : f32[16,64] @ models/lib/nn.yaml:83:15
%6382 = cast %6376 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6383 = cast %2490 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6384 = add %6383, %2491 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6385 = mul %6384, %321 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6386 = erf %6385 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6387 = add %327, %6386 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%6388 = mul %6382, %6387 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6389 = cast %6376 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6390 = cast %2490 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6391 = add %6390, %2491 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6392 = mul %316, %6391 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6393 = mul %6389, %6392 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6394 = cast %2490 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6395 = add %6394, %2491 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6396 = mul %6395, %321 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6397 = mul %6396, %6396 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6398 = neg %6397 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6399 = exp %6398 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6400 = mul %6399, %6172 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6401 = mul %6393, %6400 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6402 = mul %6401, %321 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6403 = mul %6388, %316 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6404 = add %6402, %6403 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6405 = cast %6404 : bf16[4,16,64] @ models/lib/nn.yaml:84:18
%6406 = reshape %6405 : bf16[64,64] @ models/lib/nn.yaml:84:18
%6407 = matmul %5430, %6406 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%6408 = reshape %6407 : f32[64] @ models/lib/nn.yaml:84:18
%6409 = add %5197, %6408 : f32[64] @ models/lib/nn.yaml:84:18
%6410 = matmul %6405, %2489 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6411 = reshape %2488 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6412 = matmul %6406, %6411 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6413 = cast %5202 : f32[64,16] @ models/lib/nn.yaml:83:15
%6414 = cast %6412 : f32[64,16] @ models/lib/nn.yaml:83:15
%6415 = add %6413, %6414 : f32[64,16] @ models/lib/nn.yaml:83:15
%6416 = reshape %6410 : bf16[64,16] @ models/lib/nn.yaml:96:46
%6417 = matmul %5430, %6416 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6418 = reshape %6417 : f32[16] @ models/lib/nn.yaml:96:46
%6419 = add %5205, %6418 : f32[16] @ models/lib/nn.yaml:96:46
%6420 = cast %6410 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6421 = mul %6420, %2483 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6422 = reshape %6421 : f32[64,16] @ models/lib/nn.yaml:96:37
%6423 = matmul %6195, %6422 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6424 = reshape %6423 : f32[16] @ models/lib/nn.yaml:96:37
%6425 = add %5209, %6424 : f32[16] @ models/lib/nn.yaml:96:37
%6426 = cast %6410 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6427 = mul %6426, %2484 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6428 = mul %6427, %2482 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6429 = cast %6410 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6430 = mul %6429, %2484 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6431 = mul %6430, %2476 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6432 = reduce_sum %6431 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6433 = mul %2481, %2481 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6434 = mul %2481, %6433 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6435 = mul %6434, %6209 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6436 = mul %6432, %6435 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6437 = div %6436, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6438 = broadcast %6437 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6439 = mul %6438, %2476 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6440 = add %6428, %6439 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6441 = add %6440, %6439 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6442 = add %6370, %6441 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6443 = neg %6441 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6444 = reduce_sum %6443 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6445 = div %6444, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6446 = broadcast %6445 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6447 = add %6442, %6446 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6448 = cast %6447 : bf16[4,16,16] @ models/lib/nn.yaml:84:18
%6449 = reshape %6448 : bf16[64,16] @ models/lib/nn.yaml:84:18
%6450 = matmul %5430, %6449 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6451 = reshape %6450 : f32[16] @ models/lib/nn.yaml:84:18
%6452 = add %5233, %6451 : f32[16] @ models/lib/nn.yaml:84:18
%6453 = matmul %6448, %2467 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6454 = reshape %2465 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6455 = matmul %6449, %6454 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6456 = cast %5238 : f32[16,16] @ models/lib/nn.yaml:83:15
%6457 = cast %6455 : f32[16,16] @ models/lib/nn.yaml:83:15
%6458 = add %6456, %6457 : f32[16,16] @ models/lib/nn.yaml:83:15
%6459 = reshape %6453 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%6460 = permute %6459 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%6461 = cast %6460 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6462 = permute %2457 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%6463 = slice %6461 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6464 = broadcast %6463 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6465 = slice %6462 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6466 = broadcast %6465 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6467 = mul %6464, %6466 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6468 = slice %6461 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6469 = broadcast %6468 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6470 = slice %6462 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6471 = broadcast %6470 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6472 = mul %6469, %6471 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6473 = add %6467, %6472 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6474 = slice %6461 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6475 = broadcast %6474 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6476 = slice %6462 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6477 = broadcast %6476 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6478 = mul %6475, %6477 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6479 = add %6473, %6478 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6480 = slice %6461 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6481 = broadcast %6480 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6482 = slice %6462 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6483 = broadcast %6482 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6484 = mul %6481, %6483 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6485 = add %6479, %6484 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6486 = slice %6461 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6487 = broadcast %6486 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6488 = slice %6462 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6489 = broadcast %6488 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6490 = mul %6487, %6489 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6491 = add %6485, %6490 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6492 = slice %6461 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6493 = broadcast %6492 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6494 = slice %6462 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6495 = broadcast %6494 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6496 = mul %6493, %6495 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6497 = add %6491, %6496 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6498 = slice %6461 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6499 = broadcast %6498 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6500 = slice %6462 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6501 = broadcast %6500 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6502 = mul %6499, %6501 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6503 = add %6497, %6502 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6504 = slice %6461 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6505 = broadcast %6504 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6506 = slice %6462 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6507 = broadcast %6506 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6508 = mul %6505, %6507 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6509 = add %6503, %6508 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6510 = cast %6509 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%6511 = permute %2456 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6512 = reshape %6511 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%6513 = broadcast %6512 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6514 = reshape %6461 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%6515 = broadcast %6514 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6516 = mul %6513, %6515 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6517 = reduce_sum %6516 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6518 = cast %6517 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%6519 = cast %6510 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6520 = div %6519, %2450 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6521 = mul %6520, %2452 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6522 = neg %6521 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6523 = reduce_sum %6522 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%6524 = broadcast %6523 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6525 = add %6520, %6524 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6526 = exp %2447 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6527 = mul %6525, %6526 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6528 = mul %6527, %262 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%6529 = cast %6528 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%6530 = cast %6529 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6531 = reshape %6530 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6532 = broadcast %6531 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6533 = reshape %2390 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6534 = broadcast %6533 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6535 = mul %6532, %6534 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6536 = reduce_sum %6535 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6537 = cast %6536 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6538 = permute %6530 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6539 = reshape %6538 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6540 = broadcast %6539 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6541 = reshape %2389 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6542 = broadcast %6541 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6543 = mul %6540, %6542 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6544 = reduce_sum %6543 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6545 = cast %6544 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6546 = reshape %6545 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%6547 = reshape %6518 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%6548 = reshape %6537 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%6549 = concat %6548, %6546, %6547 axis=0 : bf16[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%6550 = permute %6549 perm=[1,3,0,2,4] : bf16[4,16,3,2,8] @ models/lib/nn.yaml:84:18
%6551 = reshape %6550 : bf16[4,16,48] @ models/lib/nn.yaml:84:18
%6552 = reshape %6550 : bf16[64,48] @ models/lib/nn.yaml:84:18
%6553 = matmul %5430, %6552 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%6554 = reshape %6553 : f32[48] @ models/lib/nn.yaml:84:18
%6555 = add %5334, %6554 : f32[48] @ models/lib/nn.yaml:84:18
%6556 = matmul %6551, %2376 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6557 = reshape %2375 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6558 = matmul %6552, %6557 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%6559 = cast %5340 : f32[48,16] @ models/lib/nn.yaml:83:15
%6560 = cast %6558 : f32[48,16] @ models/lib/nn.yaml:83:15
%6561 = add %6559, %6560 : f32[48,16] @ models/lib/nn.yaml:83:15
%6562 = reshape %6556 : bf16[64,16] @ models/lib/nn.yaml:96:46
%6563 = matmul %5430, %6562 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6564 = reshape %6563 : f32[16] @ models/lib/nn.yaml:96:46
%6565 = add %5343, %6564 : f32[16] @ models/lib/nn.yaml:96:46
%6566 = cast %6556 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6567 = mul %6566, %2370 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6568 = reshape %6567 : f32[64,16] @ models/lib/nn.yaml:96:37
%6569 = matmul %6195, %6568 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6570 = reshape %6569 : f32[16] @ models/lib/nn.yaml:96:37
%6571 = add %5347, %6570 : f32[16] @ models/lib/nn.yaml:96:37
%6572 = cast %6556 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6573 = mul %6572, %2371 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6574 = mul %6573, %2369 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6575 = cast %6556 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6576 = mul %6575, %2371 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6577 = mul %6576, %2363 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6578 = reduce_sum %6577 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6579 = mul %2368, %2368 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6580 = mul %2368, %6579 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6581 = mul %6580, %6209 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6582 = mul %6578, %6581 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6583 = div %6582, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6584 = broadcast %6583 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6585 = mul %6584, %2363 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6586 = add %6574, %6585 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6587 = add %6586, %6585 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6588 = add %6447, %6587 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6589 = neg %6587 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6590 = reduce_sum %6589 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6591 = div %6590, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6592 = broadcast %6591 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6593 = add %6588, %6592 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6594 = reduce_sum %6593 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%6595 = reshape %5379 : bf16[1,16,16] @ models/lib/vit.yaml:32:17
%6596 = cast %6595 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%6597 = add %6596, %6594 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%6598 = reshape %6593 : f32[64,16] @ models/lib/vit.yaml:17:71
%6599 = matmul %6195, %6598 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%6600 = reshape %6599 : f32[16] @ models/lib/vit.yaml:17:71
%6601 = add %5381, %6600 : f32[16] @ models/lib/vit.yaml:17:71
%6602 = cast %6598 : bf16[64,16] @ models/lib/vit.yaml:17:18
%6603 = reshape %168 : bf16[64,48] @ models/lib/vit.yaml:17:18
%6604 = matmul %6602, %6603 ta=1 tb=0 : bf16[16,48] @ models/lib/vit.yaml:17:18
%6605 = reshape %5385 : bf16[16,3,4,4] @ models/lib/vit.yaml:17:20
%6606 = cast %6605 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6607 = reshape %6604 : bf16[16,3,4,4] @ models/lib/vit.yaml:17:20
%6608 = cast %6607 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6609 = add %6606, %6608 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6610 = all_reduce_sum %6597 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6611 = reshape %6610 : f32[256] @ models/lib/vit.yaml:48:7
%6612 = mul %6611, %6611 : f32[256] @ models/lib/vit.yaml:48:7
%6613 = reduce_sum %6612 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%6614 = sqrt %6613 : f32[] @ models/lib/vit.yaml:48:7
%6615 = cast %6614 : f64[] @ models/lib/vit.yaml:48:7
%6616 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%6617 = add %6615, %6616 : f64[] @ models/lib/vit.yaml:48:7
%6618 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%6619 = div %6618, %6617 : f64[] @ models/lib/vit.yaml:48:7
%6620 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%6621 = lt %6619, %6620 : bool[] @ models/lib/vit.yaml:48:7
%6622 = cast %6619 : f32[] @ models/lib/vit.yaml:48:7
%6623 = broadcast %6622 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6624 = mul %6610, %6623 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6625 = broadcast %6621 : bool[1,16,16] @ models/lib/vit.yaml:48:7
%6626 = select %6625, %6624, %6610 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6627 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6628 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6629 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%6630 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%6631 = add %6629, %6630 : i64[] @ models/lib/vit.yaml:48:7
%6632 = mul %4149, %4150 : f64[] @ models/lib/vit.yaml:48:7
%6633 = sub %6620, %6632 : f64[] @ models/lib/vit.yaml:48:7
%6634 = cast %6633 : f32[] @ models/lib/vit.yaml:48:7
%6635 = broadcast %6634 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6636 = mul %7, %6635 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6637 = broadcast %3826 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6638 = mul %6626, %6637 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6639 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%6640 = broadcast %2620 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6641 = mul %6627, %6640 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6642 = add %6641, %6638 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6643 = mul %6626, %6626 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6644 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%6645 = broadcast %6644 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6646 = mul %6643, %6645 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6647 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%6648 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%6649 = broadcast %6648 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6650 = mul %6628, %6649 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6651 = add %6650, %6646 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6652 = cast %6631 : f64[] @ models/lib/vit.yaml:48:7
%6653 = pow %6639, %6652 : f64[] @ models/lib/vit.yaml:48:7
%6654 = sub %6620, %6653 : f64[] @ models/lib/vit.yaml:48:7
%6655 = div %4149, %6654 : f64[] @ models/lib/vit.yaml:48:7
%6656 = pow %6647, %6652 : f64[] @ models/lib/vit.yaml:48:7
%6657 = sub %6620, %6656 : f64[] @ models/lib/vit.yaml:48:7
%6658 = sqrt %6657 : f64[] @ models/lib/vit.yaml:48:7
%6659 = div %6620, %6658 : f64[] @ models/lib/vit.yaml:48:7
%6660 = sqrt %6651 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6661 = cast %6659 : f32[] @ models/lib/vit.yaml:48:7
%6662 = broadcast %6661 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6663 = mul %6660, %6662 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6664 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%6665 = broadcast %6664 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6666 = add %6663, %6665 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6667 = div %6642, %6666 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6668 = cast %6655 : f32[] @ models/lib/vit.yaml:48:7
%6669 = broadcast %6668 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6670 = mul %6667, %6669 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6671 = sub %6636, %6670 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6672 = assign %7, %6671 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6673 = assign %6627, %6642 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6674 = assign %6628, %6651 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6675 = assign %6629, %6631 : i64[] @ models/lib/vit.yaml:48:7
%6676 = broadcast %3 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6677 = mul %85, %6676 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6678 = sub %6620, %4151 : f64[] @ models/lib/vit.yaml:48:7
%6679 = cast %6678 : f32[] @ models/lib/vit.yaml:48:7
%6680 = broadcast %6679 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6681 = mul %6671, %6680 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6682 = add %6677, %6681 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6683 = assign %85, %6682 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6684 = all_reduce_sum %6609 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6685 = reshape %6684 : f32[768] @ models/lib/vit.yaml:9:7
%6686 = mul %6685, %6685 : f32[768] @ models/lib/vit.yaml:9:7
%6687 = reduce_sum %6686 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%6688 = sqrt %6687 : f32[] @ models/lib/vit.yaml:9:7
%6689 = cast %6688 : f64[] @ models/lib/vit.yaml:9:7
%6690 = add %6689, %6616 : f64[] @ models/lib/vit.yaml:9:7
%6691 = div %6618, %6690 : f64[] @ models/lib/vit.yaml:9:7
%6692 = lt %6691, %6620 : bool[] @ models/lib/vit.yaml:9:7
%6693 = cast %6691 : f32[] @ models/lib/vit.yaml:9:7
%6694 = broadcast %6693 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6695 = mul %6684, %6694 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6696 = broadcast %6692 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%6697 = select %6696, %6695, %6684 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6698 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6699 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6700 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%6701 = add %6700, %6630 : i64[] @ models/lib/vit.yaml:9:7
%6702 = broadcast %6634 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6703 = mul %8, %6702 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6704 = broadcast %3826 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6705 = mul %6697, %6704 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6706 = broadcast %2620 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6707 = mul %6698, %6706 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6708 = add %6707, %6705 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6709 = mul %6697, %6697 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6710 = broadcast %6644 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6711 = mul %6709, %6710 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6712 = broadcast %6648 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6713 = mul %6699, %6712 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6714 = add %6713, %6711 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6715 = cast %6701 : f64[] @ models/lib/vit.yaml:9:7
%6716 = pow %6639, %6715 : f64[] @ models/lib/vit.yaml:9:7
%6717 = sub %6620, %6716 : f64[] @ models/lib/vit.yaml:9:7
%6718 = div %4149, %6717 : f64[] @ models/lib/vit.yaml:9:7
%6719 = pow %6647, %6715 : f64[] @ models/lib/vit.yaml:9:7
%6720 = sub %6620, %6719 : f64[] @ models/lib/vit.yaml:9:7
%6721 = sqrt %6720 : f64[] @ models/lib/vit.yaml:9:7
%6722 = div %6620, %6721 : f64[] @ models/lib/vit.yaml:9:7
%6723 = sqrt %6714 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6724 = cast %6722 : f32[] @ models/lib/vit.yaml:9:7
%6725 = broadcast %6724 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6726 = mul %6723, %6725 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6727 = broadcast %6664 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6728 = add %6726, %6727 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6729 = div %6708, %6728 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6730 = cast %6718 : f32[] @ models/lib/vit.yaml:9:7
%6731 = broadcast %6730 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6732 = mul %6729, %6731 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6733 = sub %6703, %6732 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6734 = assign %8, %6733 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6735 = assign %6698, %6708 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6736 = assign %6699, %6714 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6737 = assign %6700, %6701 : i64[] @ models/lib/vit.yaml:9:7
%6738 = broadcast %3 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6739 = mul %86, %6738 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6740 = broadcast %6679 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6741 = mul %6733, %6740 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6742 = add %6739, %6741 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6743 = assign %86, %6742 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6744 = all_reduce_sum %6601 : f32[16] @ models/lib/vit.yaml:10:7
%6745 = mul %6744, %6744 : f32[16] @ models/lib/vit.yaml:10:7
%6746 = reduce_sum %6745 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%6747 = sqrt %6746 : f32[] @ models/lib/vit.yaml:10:7
%6748 = cast %6747 : f64[] @ models/lib/vit.yaml:10:7
%6749 = add %6748, %6616 : f64[] @ models/lib/vit.yaml:10:7
%6750 = div %6618, %6749 : f64[] @ models/lib/vit.yaml:10:7
%6751 = lt %6750, %6620 : bool[] @ models/lib/vit.yaml:10:7
%6752 = cast %6750 : f32[] @ models/lib/vit.yaml:10:7
%6753 = broadcast %6752 : f32[16] @ models/lib/vit.yaml:10:7
%6754 = mul %6744, %6753 : f32[16] @ models/lib/vit.yaml:10:7
%6755 = broadcast %6751 : bool[16] @ models/lib/vit.yaml:10:7
%6756 = select %6755, %6754, %6744 : f32[16] @ models/lib/vit.yaml:10:7
%6757 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%6758 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%6759 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%6760 = add %6759, %6630 : i64[] @ models/lib/vit.yaml:10:7
%6761 = broadcast %3826 : f32[16] @ models/lib/vit.yaml:10:7
%6762 = mul %6756, %6761 : f32[16] @ models/lib/vit.yaml:10:7
%6763 = broadcast %2620 : f32[16] @ models/lib/vit.yaml:10:7
%6764 = mul %6757, %6763 : f32[16] @ models/lib/vit.yaml:10:7
%6765 = add %6764, %6762 : f32[16] @ models/lib/vit.yaml:10:7
%6766 = mul %6756, %6756 : f32[16] @ models/lib/vit.yaml:10:7
%6767 = broadcast %6644 : f32[16] @ models/lib/vit.yaml:10:7
%6768 = mul %6766, %6767 : f32[16] @ models/lib/vit.yaml:10:7
%6769 = broadcast %6648 : f32[16] @ models/lib/vit.yaml:10:7
%6770 = mul %6758, %6769 : f32[16] @ models/lib/vit.yaml:10:7
%6771 = add %6770, %6768 : f32[16] @ models/lib/vit.yaml:10:7
%6772 = cast %6760 : f64[] @ models/lib/vit.yaml:10:7
%6773 = pow %6639, %6772 : f64[] @ models/lib/vit.yaml:10:7
%6774 = sub %6620, %6773 : f64[] @ models/lib/vit.yaml:10:7
%6775 = div %4149, %6774 : f64[] @ models/lib/vit.yaml:10:7
%6776 = pow %6647, %6772 : f64[] @ models/lib/vit.yaml:10:7
%6777 = sub %6620, %6776 : f64[] @ models/lib/vit.yaml:10:7
%6778 = sqrt %6777 : f64[] @ models/lib/vit.yaml:10:7
%6779 = div %6620, %6778 : f64[] @ models/lib/vit.yaml:10:7
%6780 = sqrt %6771 : f32[16] @ models/lib/vit.yaml:10:7
%6781 = cast %6779 : f32[] @ models/lib/vit.yaml:10:7
%6782 = broadcast %6781 : f32[16] @ models/lib/vit.yaml:10:7
%6783 = mul %6780, %6782 : f32[16] @ models/lib/vit.yaml:10:7
%6784 = broadcast %6664 : f32[16] @ models/lib/vit.yaml:10:7
%6785 = add %6783, %6784 : f32[16] @ models/lib/vit.yaml:10:7
%6786 = div %6765, %6785 : f32[16] @ models/lib/vit.yaml:10:7
%6787 = cast %6775 : f32[] @ models/lib/vit.yaml:10:7
%6788 = broadcast %6787 : f32[16] @ models/lib/vit.yaml:10:7
%6789 = mul %6786, %6788 : f32[16] @ models/lib/vit.yaml:10:7
%6790 = sub %9, %6789 : f32[16] @ models/lib/vit.yaml:10:7
%6791 = assign %9, %6790 : f32[16] @ models/lib/vit.yaml:10:7
%6792 = assign %6757, %6765 : f32[16] @ models/lib/vit.yaml:10:7
%6793 = assign %6758, %6771 : f32[16] @ models/lib/vit.yaml:10:7
%6794 = assign %6759, %6760 : i64[] @ models/lib/vit.yaml:10:7
%6795 = broadcast %3 : f32[16] @ models/lib/vit.yaml:10:7
%6796 = mul %87, %6795 : f32[16] @ models/lib/vit.yaml:10:7
%6797 = broadcast %6679 : f32[16] @ models/lib/vit.yaml:10:7
%6798 = mul %6790, %6797 : f32[16] @ models/lib/vit.yaml:10:7
%6799 = add %6796, %6798 : f32[16] @ models/lib/vit.yaml:10:7
%6800 = assign %87, %6799 : f32[16] @ models/lib/vit.yaml:10:7
%6801 = all_reduce_sum %6571 : f32[16] @ models/lib/nn.yaml:89:7
%6802 = mul %6801, %6801 : f32[16] @ models/lib/nn.yaml:89:7
%6803 = reduce_sum %6802 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6804 = sqrt %6803 : f32[] @ models/lib/nn.yaml:89:7
%6805 = cast %6804 : f64[] @ models/lib/nn.yaml:89:7
%6806 = add %6805, %6616 : f64[] @ models/lib/nn.yaml:89:7
%6807 = div %6618, %6806 : f64[] @ models/lib/nn.yaml:89:7
%6808 = lt %6807, %6620 : bool[] @ models/lib/nn.yaml:89:7
%6809 = cast %6807 : f32[] @ models/lib/nn.yaml:89:7
%6810 = broadcast %6809 : f32[16] @ models/lib/nn.yaml:89:7
%6811 = mul %6801, %6810 : f32[16] @ models/lib/nn.yaml:89:7
%6812 = broadcast %6808 : bool[16] @ models/lib/nn.yaml:89:7
%6813 = select %6812, %6811, %6801 : f32[16] @ models/lib/nn.yaml:89:7
%6814 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6815 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6816 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6817 = add %6816, %6630 : i64[] @ models/lib/nn.yaml:89:7
%6818 = mul %6813, %6761 : f32[16] @ models/lib/nn.yaml:89:7
%6819 = mul %6814, %6763 : f32[16] @ models/lib/nn.yaml:89:7
%6820 = add %6819, %6818 : f32[16] @ models/lib/nn.yaml:89:7
%6821 = mul %6813, %6813 : f32[16] @ models/lib/nn.yaml:89:7
%6822 = mul %6821, %6767 : f32[16] @ models/lib/nn.yaml:89:7
%6823 = mul %6815, %6769 : f32[16] @ models/lib/nn.yaml:89:7
%6824 = add %6823, %6822 : f32[16] @ models/lib/nn.yaml:89:7
%6825 = cast %6817 : f64[] @ models/lib/nn.yaml:89:7
%6826 = pow %6639, %6825 : f64[] @ models/lib/nn.yaml:89:7
%6827 = sub %6620, %6826 : f64[] @ models/lib/nn.yaml:89:7
%6828 = div %4149, %6827 : f64[] @ models/lib/nn.yaml:89:7
%6829 = pow %6647, %6825 : f64[] @ models/lib/nn.yaml:89:7
%6830 = sub %6620, %6829 : f64[] @ models/lib/nn.yaml:89:7
%6831 = sqrt %6830 : f64[] @ models/lib/nn.yaml:89:7
%6832 = div %6620, %6831 : f64[] @ models/lib/nn.yaml:89:7
%6833 = sqrt %6824 : f32[16] @ models/lib/nn.yaml:89:7
%6834 = cast %6832 : f32[] @ models/lib/nn.yaml:89:7
%6835 = broadcast %6834 : f32[16] @ models/lib/nn.yaml:89:7
%6836 = mul %6833, %6835 : f32[16] @ models/lib/nn.yaml:89:7
%6837 = add %6836, %6784 : f32[16] @ models/lib/nn.yaml:89:7
%6838 = div %6820, %6837 : f32[16] @ models/lib/nn.yaml:89:7
%6839 = cast %6828 : f32[] @ models/lib/nn.yaml:89:7
%6840 = broadcast %6839 : f32[16] @ models/lib/nn.yaml:89:7
%6841 = mul %6838, %6840 : f32[16] @ models/lib/nn.yaml:89:7
%6842 = sub %10, %6841 : f32[16] @ models/lib/nn.yaml:89:7
%6843 = assign %10, %6842 : f32[16] @ models/lib/nn.yaml:89:7
%6844 = assign %6814, %6820 : f32[16] @ models/lib/nn.yaml:89:7
%6845 = assign %6815, %6824 : f32[16] @ models/lib/nn.yaml:89:7
%6846 = assign %6816, %6817 : i64[] @ models/lib/nn.yaml:89:7
%6847 = mul %88, %6795 : f32[16] @ models/lib/nn.yaml:89:7
%6848 = mul %6842, %6797 : f32[16] @ models/lib/nn.yaml:89:7
%6849 = add %6847, %6848 : f32[16] @ models/lib/nn.yaml:89:7
%6850 = assign %88, %6849 : f32[16] @ models/lib/nn.yaml:89:7
%6851 = all_reduce_sum %6565 : f32[16] @ models/lib/nn.yaml:90:7
%6852 = mul %6851, %6851 : f32[16] @ models/lib/nn.yaml:90:7
%6853 = reduce_sum %6852 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6854 = sqrt %6853 : f32[] @ models/lib/nn.yaml:90:7
%6855 = cast %6854 : f64[] @ models/lib/nn.yaml:90:7
%6856 = add %6855, %6616 : f64[] @ models/lib/nn.yaml:90:7
%6857 = div %6618, %6856 : f64[] @ models/lib/nn.yaml:90:7
%6858 = lt %6857, %6620 : bool[] @ models/lib/nn.yaml:90:7
%6859 = cast %6857 : f32[] @ models/lib/nn.yaml:90:7
%6860 = broadcast %6859 : f32[16] @ models/lib/nn.yaml:90:7
%6861 = mul %6851, %6860 : f32[16] @ models/lib/nn.yaml:90:7
%6862 = broadcast %6858 : bool[16] @ models/lib/nn.yaml:90:7
%6863 = select %6862, %6861, %6851 : f32[16] @ models/lib/nn.yaml:90:7
%6864 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6865 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6866 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6867 = add %6866, %6630 : i64[] @ models/lib/nn.yaml:90:7
%6868 = mul %6863, %6761 : f32[16] @ models/lib/nn.yaml:90:7
%6869 = mul %6864, %6763 : f32[16] @ models/lib/nn.yaml:90:7
%6870 = add %6869, %6868 : f32[16] @ models/lib/nn.yaml:90:7
%6871 = mul %6863, %6863 : f32[16] @ models/lib/nn.yaml:90:7
%6872 = mul %6871, %6767 : f32[16] @ models/lib/nn.yaml:90:7
%6873 = mul %6865, %6769 : f32[16] @ models/lib/nn.yaml:90:7
%6874 = add %6873, %6872 : f32[16] @ models/lib/nn.yaml:90:7
%6875 = cast %6867 : f64[] @ models/lib/nn.yaml:90:7
%6876 = pow %6639, %6875 : f64[] @ models/lib/nn.yaml:90:7
%6877 = sub %6620, %6876 : f64[] @ models/lib/nn.yaml:90:7
%6878 = div %4149, %6877 : f64[] @ models/lib/nn.yaml:90:7
%6879 = pow %6647, %6875 : f64[] @ models/lib/nn.yaml:90:7
%6880 = sub %6620, %6879 : f64[] @ models/lib/nn.yaml:90:7
%6881 = sqrt %6880 : f64[] @ models/lib/nn.yaml:90:7
%6882 = div %6620, %6881 : f64[] @ models/lib/nn.yaml:90:7
%6883 = sqrt %6874 : f32[16] @ models/lib/nn.yaml:90:7
%6884 = cast %6882 : f32[] @ models/lib/nn.yaml:90:7
%6885 = broadcast %6884 : f32[16] @ models/lib/nn.yaml:90:7
%6886 = mul %6883, %6885 : f32[16] @ models/lib/nn.yaml:90:7
%6887 = add %6886, %6784 : f32[16] @ models/lib/nn.yaml:90:7
%6888 = div %6870, %6887 : f32[16] @ models/lib/nn.yaml:90:7
%6889 = cast %6878 : f32[] @ models/lib/nn.yaml:90:7
%6890 = broadcast %6889 : f32[16] @ models/lib/nn.yaml:90:7
%6891 = mul %6888, %6890 : f32[16] @ models/lib/nn.yaml:90:7
%6892 = sub %11, %6891 : f32[16] @ models/lib/nn.yaml:90:7
%6893 = assign %11, %6892 : f32[16] @ models/lib/nn.yaml:90:7
%6894 = assign %6864, %6870 : f32[16] @ models/lib/nn.yaml:90:7
%6895 = assign %6865, %6874 : f32[16] @ models/lib/nn.yaml:90:7
%6896 = assign %6866, %6867 : i64[] @ models/lib/nn.yaml:90:7
%6897 = mul %89, %6795 : f32[16] @ models/lib/nn.yaml:90:7
%6898 = mul %6892, %6797 : f32[16] @ models/lib/nn.yaml:90:7
%6899 = add %6897, %6898 : f32[16] @ models/lib/nn.yaml:90:7
%6900 = assign %89, %6899 : f32[16] @ models/lib/nn.yaml:90:7
%6901 = all_reduce_sum %6561 : f32[48,16] @ models/lib/nn.yaml:79:7
%6902 = reshape %6901 : f32[768] @ models/lib/nn.yaml:79:7
%6903 = mul %6902, %6902 : f32[768] @ models/lib/nn.yaml:79:7
%6904 = reduce_sum %6903 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6905 = sqrt %6904 : f32[] @ models/lib/nn.yaml:79:7
%6906 = cast %6905 : f64[] @ models/lib/nn.yaml:79:7
%6907 = add %6906, %6616 : f64[] @ models/lib/nn.yaml:79:7
%6908 = div %6618, %6907 : f64[] @ models/lib/nn.yaml:79:7
%6909 = lt %6908, %6620 : bool[] @ models/lib/nn.yaml:79:7
%6910 = cast %6908 : f32[] @ models/lib/nn.yaml:79:7
%6911 = broadcast %6910 : f32[48,16] @ models/lib/nn.yaml:79:7
%6912 = mul %6901, %6911 : f32[48,16] @ models/lib/nn.yaml:79:7
%6913 = broadcast %6909 : bool[48,16] @ models/lib/nn.yaml:79:7
%6914 = select %6913, %6912, %6901 : f32[48,16] @ models/lib/nn.yaml:79:7
%6915 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6916 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6917 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6918 = add %6917, %6630 : i64[] @ models/lib/nn.yaml:79:7
%6919 = broadcast %6634 : f32[48,16] @ models/lib/nn.yaml:79:7
%6920 = mul %12, %6919 : f32[48,16] @ models/lib/nn.yaml:79:7
%6921 = broadcast %3826 : f32[48,16] @ models/lib/nn.yaml:79:7
%6922 = mul %6914, %6921 : f32[48,16] @ models/lib/nn.yaml:79:7
%6923 = broadcast %2620 : f32[48,16] @ models/lib/nn.yaml:79:7
%6924 = mul %6915, %6923 : f32[48,16] @ models/lib/nn.yaml:79:7
%6925 = add %6924, %6922 : f32[48,16] @ models/lib/nn.yaml:79:7
%6926 = mul %6914, %6914 : f32[48,16] @ models/lib/nn.yaml:79:7
%6927 = broadcast %6644 : f32[48,16] @ models/lib/nn.yaml:79:7
%6928 = mul %6926, %6927 : f32[48,16] @ models/lib/nn.yaml:79:7
%6929 = broadcast %6648 : f32[48,16] @ models/lib/nn.yaml:79:7
%6930 = mul %6916, %6929 : f32[48,16] @ models/lib/nn.yaml:79:7
%6931 = add %6930, %6928 : f32[48,16] @ models/lib/nn.yaml:79:7
%6932 = cast %6918 : f64[] @ models/lib/nn.yaml:79:7
%6933 = pow %6639, %6932 : f64[] @ models/lib/nn.yaml:79:7
%6934 = sub %6620, %6933 : f64[] @ models/lib/nn.yaml:79:7
%6935 = div %4149, %6934 : f64[] @ models/lib/nn.yaml:79:7
%6936 = pow %6647, %6932 : f64[] @ models/lib/nn.yaml:79:7
%6937 = sub %6620, %6936 : f64[] @ models/lib/nn.yaml:79:7
%6938 = sqrt %6937 : f64[] @ models/lib/nn.yaml:79:7
%6939 = div %6620, %6938 : f64[] @ models/lib/nn.yaml:79:7
%6940 = sqrt %6931 : f32[48,16] @ models/lib/nn.yaml:79:7
%6941 = cast %6939 : f32[] @ models/lib/nn.yaml:79:7
%6942 = broadcast %6941 : f32[48,16] @ models/lib/nn.yaml:79:7
%6943 = mul %6940, %6942 : f32[48,16] @ models/lib/nn.yaml:79:7
%6944 = broadcast %6664 : f32[48,16] @ models/lib/nn.yaml:79:7
%6945 = add %6943, %6944 : f32[48,16] @ models/lib/nn.yaml:79:7
%6946 = div %6925, %6945 : f32[48,16] @ models/lib/nn.yaml:79:7
%6947 = cast %6935 : f32[] @ models/lib/nn.yaml:79:7
%6948 = broadcast %6947 : f32[48,16] @ models/lib/nn.yaml:79:7
%6949 = mul %6946, %6948 : f32[48,16] @ models/lib/nn.yaml:79:7
%6950 = sub %6920, %6949 : f32[48,16] @ models/lib/nn.yaml:79:7
%6951 = assign %12, %6950 : f32[48,16] @ models/lib/nn.yaml:79:7
%6952 = assign %6915, %6925 : f32[48,16] @ models/lib/nn.yaml:79:7
%6953 = assign %6916, %6931 : f32[48,16] @ models/lib/nn.yaml:79:7
%6954 = assign %6917, %6918 : i64[] @ models/lib/nn.yaml:79:7
%6955 = broadcast %3 : f32[48,16] @ models/lib/nn.yaml:79:7
%6956 = mul %90, %6955 : f32[48,16] @ models/lib/nn.yaml:79:7
%6957 = broadcast %6679 : f32[48,16] @ models/lib/nn.yaml:79:7
%6958 = mul %6950, %6957 : f32[48,16] @ models/lib/nn.yaml:79:7
%6959 = add %6956, %6958 : f32[48,16] @ models/lib/nn.yaml:79:7
%6960 = assign %90, %6959 : f32[48,16] @ models/lib/nn.yaml:79:7
%6961 = all_reduce_sum %6555 : f32[48] @ models/lib/nn.yaml:80:7
%6962 = mul %6961, %6961 : f32[48] @ models/lib/nn.yaml:80:7
%6963 = reduce_sum %6962 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6964 = sqrt %6963 : f32[] @ models/lib/nn.yaml:80:7
%6965 = cast %6964 : f64[] @ models/lib/nn.yaml:80:7
%6966 = add %6965, %6616 : f64[] @ models/lib/nn.yaml:80:7
%6967 = div %6618, %6966 : f64[] @ models/lib/nn.yaml:80:7
%6968 = lt %6967, %6620 : bool[] @ models/lib/nn.yaml:80:7
%6969 = cast %6967 : f32[] @ models/lib/nn.yaml:80:7
%6970 = broadcast %6969 : f32[48] @ models/lib/nn.yaml:80:7
%6971 = mul %6961, %6970 : f32[48] @ models/lib/nn.yaml:80:7
%6972 = broadcast %6968 : bool[48] @ models/lib/nn.yaml:80:7
%6973 = select %6972, %6971, %6961 : f32[48] @ models/lib/nn.yaml:80:7
%6974 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6975 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6976 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6977 = add %6976, %6630 : i64[] @ models/lib/nn.yaml:80:7
%6978 = broadcast %3826 : f32[48] @ models/lib/nn.yaml:80:7
%6979 = mul %6973, %6978 : f32[48] @ models/lib/nn.yaml:80:7
%6980 = broadcast %2620 : f32[48] @ models/lib/nn.yaml:80:7
%6981 = mul %6974, %6980 : f32[48] @ models/lib/nn.yaml:80:7
%6982 = add %6981, %6979 : f32[48] @ models/lib/nn.yaml:80:7
%6983 = mul %6973, %6973 : f32[48] @ models/lib/nn.yaml:80:7
%6984 = broadcast %6644 : f32[48] @ models/lib/nn.yaml:80:7
%6985 = mul %6983, %6984 : f32[48] @ models/lib/nn.yaml:80:7
%6986 = broadcast %6648 : f32[48] @ models/lib/nn.yaml:80:7
%6987 = mul %6975, %6986 : f32[48] @ models/lib/nn.yaml:80:7
%6988 = add %6987, %6985 : f32[48] @ models/lib/nn.yaml:80:7
%6989 = cast %6977 : f64[] @ models/lib/nn.yaml:80:7
%6990 = pow %6639, %6989 : f64[] @ models/lib/nn.yaml:80:7
%6991 = sub %6620, %6990 : f64[] @ models/lib/nn.yaml:80:7
%6992 = div %4149, %6991 : f64[] @ models/lib/nn.yaml:80:7
%6993 = pow %6647, %6989 : f64[] @ models/lib/nn.yaml:80:7
%6994 = sub %6620, %6993 : f64[] @ models/lib/nn.yaml:80:7
%6995 = sqrt %6994 : f64[] @ models/lib/nn.yaml:80:7
%6996 = div %6620, %6995 : f64[] @ models/lib/nn.yaml:80:7
%6997 = sqrt %6988 : f32[48] @ models/lib/nn.yaml:80:7
%6998 = cast %6996 : f32[] @ models/lib/nn.yaml:80:7
%6999 = broadcast %6998 : f32[48] @ models/lib/nn.yaml:80:7
%7000 = mul %6997, %6999 : f32[48] @ models/lib/nn.yaml:80:7
%7001 = broadcast %6664 : f32[48] @ models/lib/nn.yaml:80:7
%7002 = add %7000, %7001 : f32[48] @ models/lib/nn.yaml:80:7
%7003 = div %6982, %7002 : f32[48] @ models/lib/nn.yaml:80:7
%7004 = cast %6992 : f32[] @ models/lib/nn.yaml:80:7
%7005 = broadcast %7004 : f32[48] @ models/lib/nn.yaml:80:7
%7006 = mul %7003, %7005 : f32[48] @ models/lib/nn.yaml:80:7
%7007 = sub %13, %7006 : f32[48] @ models/lib/nn.yaml:80:7
%7008 = assign %13, %7007 : f32[48] @ models/lib/nn.yaml:80:7
%7009 = assign %6974, %6982 : f32[48] @ models/lib/nn.yaml:80:7
%7010 = assign %6975, %6988 : f32[48] @ models/lib/nn.yaml:80:7
%7011 = assign %6976, %6977 : i64[] @ models/lib/nn.yaml:80:7
%7012 = broadcast %3 : f32[48] @ models/lib/nn.yaml:80:7
%7013 = mul %91, %7012 : f32[48] @ models/lib/nn.yaml:80:7
%7014 = broadcast %6679 : f32[48] @ models/lib/nn.yaml:80:7
%7015 = mul %7007, %7014 : f32[48] @ models/lib/nn.yaml:80:7
%7016 = add %7013, %7015 : f32[48] @ models/lib/nn.yaml:80:7
%7017 = assign %91, %7016 : f32[48] @ models/lib/nn.yaml:80:7
%7018 = all_reduce_sum %6458 : f32[16,16] @ models/lib/nn.yaml:79:7
%7019 = reshape %7018 : f32[256] @ models/lib/nn.yaml:79:7
%7020 = mul %7019, %7019 : f32[256] @ models/lib/nn.yaml:79:7
%7021 = reduce_sum %7020 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7022 = sqrt %7021 : f32[] @ models/lib/nn.yaml:79:7
%7023 = cast %7022 : f64[] @ models/lib/nn.yaml:79:7
%7024 = add %7023, %6616 : f64[] @ models/lib/nn.yaml:79:7
%7025 = div %6618, %7024 : f64[] @ models/lib/nn.yaml:79:7
%7026 = lt %7025, %6620 : bool[] @ models/lib/nn.yaml:79:7
%7027 = cast %7025 : f32[] @ models/lib/nn.yaml:79:7
%7028 = broadcast %7027 : f32[16,16] @ models/lib/nn.yaml:79:7
%7029 = mul %7018, %7028 : f32[16,16] @ models/lib/nn.yaml:79:7
%7030 = broadcast %7026 : bool[16,16] @ models/lib/nn.yaml:79:7
%7031 = select %7030, %7029, %7018 : f32[16,16] @ models/lib/nn.yaml:79:7
%7032 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7033 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7034 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7035 = add %7034, %6630 : i64[] @ models/lib/nn.yaml:79:7
%7036 = broadcast %6634 : f32[16,16] @ models/lib/nn.yaml:79:7
%7037 = mul %14, %7036 : f32[16,16] @ models/lib/nn.yaml:79:7
%7038 = broadcast %3826 : f32[16,16] @ models/lib/nn.yaml:79:7
%7039 = mul %7031, %7038 : f32[16,16] @ models/lib/nn.yaml:79:7
%7040 = broadcast %2620 : f32[16,16] @ models/lib/nn.yaml:79:7
%7041 = mul %7032, %7040 : f32[16,16] @ models/lib/nn.yaml:79:7
%7042 = add %7041, %7039 : f32[16,16] @ models/lib/nn.yaml:79:7
%7043 = mul %7031, %7031 : f32[16,16] @ models/lib/nn.yaml:79:7
%7044 = broadcast %6644 : f32[16,16] @ models/lib/nn.yaml:79:7
%7045 = mul %7043, %7044 : f32[16,16] @ models/lib/nn.yaml:79:7
%7046 = broadcast %6648 : f32[16,16] @ models/lib/nn.yaml:79:7
%7047 = mul %7033, %7046 : f32[16,16] @ models/lib/nn.yaml:79:7
%7048 = add %7047, %7045 : f32[16,16] @ models/lib/nn.yaml:79:7
%7049 = cast %7035 : f64[] @ models/lib/nn.yaml:79:7
%7050 = pow %6639, %7049 : f64[] @ models/lib/nn.yaml:79:7
%7051 = sub %6620, %7050 : f64[] @ models/lib/nn.yaml:79:7
%7052 = div %4149, %7051 : f64[] @ models/lib/nn.yaml:79:7
%7053 = pow %6647, %7049 : f64[] @ models/lib/nn.yaml:79:7
%7054 = sub %6620, %7053 : f64[] @ models/lib/nn.yaml:79:7
%7055 = sqrt %7054 : f64[] @ models/lib/nn.yaml:79:7
%7056 = div %6620, %7055 : f64[] @ models/lib/nn.yaml:79:7
%7057 = sqrt %7048 : f32[16,16] @ models/lib/nn.yaml:79:7
%7058 = cast %7056 : f32[] @ models/lib/nn.yaml:79:7
%7059 = broadcast %7058 : f32[16,16] @ models/lib/nn.yaml:79:7
%7060 = mul %7057, %7059 : f32[16,16] @ models/lib/nn.yaml:79:7
%7061 = broadcast %6664 : f32[16,16] @ models/lib/nn.yaml:79:7
%7062 = add %7060, %7061 : f32[16,16] @ models/lib/nn.yaml:79:7
%7063 = div %7042, %7062 : f32[16,16] @ models/lib/nn.yaml:79:7
%7064 = cast %7052 : f32[] @ models/lib/nn.yaml:79:7
%7065 = broadcast %7064 : f32[16,16] @ models/lib/nn.yaml:79:7
%7066 = mul %7063, %7065 : f32[16,16] @ models/lib/nn.yaml:79:7
%7067 = sub %7037, %7066 : f32[16,16] @ models/lib/nn.yaml:79:7
%7068 = assign %14, %7067 : f32[16,16] @ models/lib/nn.yaml:79:7
%7069 = assign %7032, %7042 : f32[16,16] @ models/lib/nn.yaml:79:7
%7070 = assign %7033, %7048 : f32[16,16] @ models/lib/nn.yaml:79:7
%7071 = assign %7034, %7035 : i64[] @ models/lib/nn.yaml:79:7
%7072 = broadcast %3 : f32[16,16] @ models/lib/nn.yaml:79:7
%7073 = mul %92, %7072 : f32[16,16] @ models/lib/nn.yaml:79:7
%7074 = broadcast %6679 : f32[16,16] @ models/lib/nn.yaml:79:7
%7075 = mul %7067, %7074 : f32[16,16] @ models/lib/nn.yaml:79:7
%7076 = add %7073, %7075 : f32[16,16] @ models/lib/nn.yaml:79:7
%7077 = assign %92, %7076 : f32[16,16] @ models/lib/nn.yaml:79:7
%7078 = all_reduce_sum %6452 : f32[16] @ models/lib/nn.yaml:80:7
%7079 = mul %7078, %7078 : f32[16] @ models/lib/nn.yaml:80:7
%7080 = reduce_sum %7079 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7081 = sqrt %7080 : f32[] @ models/lib/nn.yaml:80:7
%7082 = cast %7081 : f64[] @ models/lib/nn.yaml:80:7
%7083 = add %7082, %6616 : f64[] @ models/lib/nn.yaml:80:7
%7084 = div %6618, %7083 : f64[] @ models/lib/nn.yaml:80:7
%7085 = lt %7084, %6620 : bool[] @ models/lib/nn.yaml:80:7
%7086 = cast %7084 : f32[] @ models/lib/nn.yaml:80:7
%7087 = broadcast %7086 : f32[16] @ models/lib/nn.yaml:80:7
%7088 = mul %7078, %7087 : f32[16] @ models/lib/nn.yaml:80:7
%7089 = broadcast %7085 : bool[16] @ models/lib/nn.yaml:80:7
%7090 = select %7089, %7088, %7078 : f32[16] @ models/lib/nn.yaml:80:7
%7091 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7092 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7093 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7094 = add %7093, %6630 : i64[] @ models/lib/nn.yaml:80:7
%7095 = mul %7090, %6761 : f32[16] @ models/lib/nn.yaml:80:7
%7096 = mul %7091, %6763 : f32[16] @ models/lib/nn.yaml:80:7
%7097 = add %7096, %7095 : f32[16] @ models/lib/nn.yaml:80:7
%7098 = mul %7090, %7090 : f32[16] @ models/lib/nn.yaml:80:7
%7099 = mul %7098, %6767 : f32[16] @ models/lib/nn.yaml:80:7
%7100 = mul %7092, %6769 : f32[16] @ models/lib/nn.yaml:80:7
%7101 = add %7100, %7099 : f32[16] @ models/lib/nn.yaml:80:7
%7102 = cast %7094 : f64[] @ models/lib/nn.yaml:80:7
%7103 = pow %6639, %7102 : f64[] @ models/lib/nn.yaml:80:7
%7104 = sub %6620, %7103 : f64[] @ models/lib/nn.yaml:80:7
%7105 = div %4149, %7104 : f64[] @ models/lib/nn.yaml:80:7
%7106 = pow %6647, %7102 : f64[] @ models/lib/nn.yaml:80:7
%7107 = sub %6620, %7106 : f64[] @ models/lib/nn.yaml:80:7
%7108 = sqrt %7107 : f64[] @ models/lib/nn.yaml:80:7
%7109 = div %6620, %7108 : f64[] @ models/lib/nn.yaml:80:7
%7110 = sqrt %7101 : f32[16] @ models/lib/nn.yaml:80:7
%7111 = cast %7109 : f32[] @ models/lib/nn.yaml:80:7
%7112 = broadcast %7111 : f32[16] @ models/lib/nn.yaml:80:7
%7113 = mul %7110, %7112 : f32[16] @ models/lib/nn.yaml:80:7
%7114 = add %7113, %6784 : f32[16] @ models/lib/nn.yaml:80:7
%7115 = div %7097, %7114 : f32[16] @ models/lib/nn.yaml:80:7
%7116 = cast %7105 : f32[] @ models/lib/nn.yaml:80:7
%7117 = broadcast %7116 : f32[16] @ models/lib/nn.yaml:80:7
%7118 = mul %7115, %7117 : f32[16] @ models/lib/nn.yaml:80:7
%7119 = sub %15, %7118 : f32[16] @ models/lib/nn.yaml:80:7
%7120 = assign %15, %7119 : f32[16] @ models/lib/nn.yaml:80:7
%7121 = assign %7091, %7097 : f32[16] @ models/lib/nn.yaml:80:7
%7122 = assign %7092, %7101 : f32[16] @ models/lib/nn.yaml:80:7
%7123 = assign %7093, %7094 : i64[] @ models/lib/nn.yaml:80:7
%7124 = mul %93, %6795 : f32[16] @ models/lib/nn.yaml:80:7
%7125 = mul %7119, %6797 : f32[16] @ models/lib/nn.yaml:80:7
%7126 = add %7124, %7125 : f32[16] @ models/lib/nn.yaml:80:7
%7127 = assign %93, %7126 : f32[16] @ models/lib/nn.yaml:80:7
%7128 = all_reduce_sum %6425 : f32[16] @ models/lib/nn.yaml:89:7
%7129 = mul %7128, %7128 : f32[16] @ models/lib/nn.yaml:89:7
%7130 = reduce_sum %7129 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7131 = sqrt %7130 : f32[] @ models/lib/nn.yaml:89:7
%7132 = cast %7131 : f64[] @ models/lib/nn.yaml:89:7
%7133 = add %7132, %6616 : f64[] @ models/lib/nn.yaml:89:7
%7134 = div %6618, %7133 : f64[] @ models/lib/nn.yaml:89:7
%7135 = lt %7134, %6620 : bool[] @ models/lib/nn.yaml:89:7
%7136 = cast %7134 : f32[] @ models/lib/nn.yaml:89:7
%7137 = broadcast %7136 : f32[16] @ models/lib/nn.yaml:89:7
%7138 = mul %7128, %7137 : f32[16] @ models/lib/nn.yaml:89:7
%7139 = broadcast %7135 : bool[16] @ models/lib/nn.yaml:89:7
%7140 = select %7139, %7138, %7128 : f32[16] @ models/lib/nn.yaml:89:7
%7141 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7142 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7143 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7144 = add %7143, %6630 : i64[] @ models/lib/nn.yaml:89:7
%7145 = mul %7140, %6761 : f32[16] @ models/lib/nn.yaml:89:7
%7146 = mul %7141, %6763 : f32[16] @ models/lib/nn.yaml:89:7
%7147 = add %7146, %7145 : f32[16] @ models/lib/nn.yaml:89:7
%7148 = mul %7140, %7140 : f32[16] @ models/lib/nn.yaml:89:7
%7149 = mul %7148, %6767 : f32[16] @ models/lib/nn.yaml:89:7
%7150 = mul %7142, %6769 : f32[16] @ models/lib/nn.yaml:89:7
%7151 = add %7150, %7149 : f32[16] @ models/lib/nn.yaml:89:7
%7152 = cast %7144 : f64[] @ models/lib/nn.yaml:89:7
%7153 = pow %6639, %7152 : f64[] @ models/lib/nn.yaml:89:7
%7154 = sub %6620, %7153 : f64[] @ models/lib/nn.yaml:89:7
%7155 = div %4149, %7154 : f64[] @ models/lib/nn.yaml:89:7
%7156 = pow %6647, %7152 : f64[] @ models/lib/nn.yaml:89:7
%7157 = sub %6620, %7156 : f64[] @ models/lib/nn.yaml:89:7
%7158 = sqrt %7157 : f64[] @ models/lib/nn.yaml:89:7
%7159 = div %6620, %7158 : f64[] @ models/lib/nn.yaml:89:7
%7160 = sqrt %7151 : f32[16] @ models/lib/nn.yaml:89:7
%7161 = cast %7159 : f32[] @ models/lib/nn.yaml:89:7
%7162 = broadcast %7161 : f32[16] @ models/lib/nn.yaml:89:7
%7163 = mul %7160, %7162 : f32[16] @ models/lib/nn.yaml:89:7
%7164 = add %7163, %6784 : f32[16] @ models/lib/nn.yaml:89:7
%7165 = div %7147, %7164 : f32[16] @ models/lib/nn.yaml:89:7
%7166 = cast %7155 : f32[] @ models/lib/nn.yaml:89:7
%7167 = broadcast %7166 : f32[16] @ models/lib/nn.yaml:89:7
%7168 = mul %7165, %7167 : f32[16] @ models/lib/nn.yaml:89:7
%7169 = sub %16, %7168 : f32[16] @ models/lib/nn.yaml:89:7
%7170 = assign %16, %7169 : f32[16] @ models/lib/nn.yaml:89:7
%7171 = assign %7141, %7147 : f32[16] @ models/lib/nn.yaml:89:7
%7172 = assign %7142, %7151 : f32[16] @ models/lib/nn.yaml:89:7
%7173 = assign %7143, %7144 : i64[] @ models/lib/nn.yaml:89:7
%7174 = mul %94, %6795 : f32[16] @ models/lib/nn.yaml:89:7
%7175 = mul %7169, %6797 : f32[16] @ models/lib/nn.yaml:89:7
%7176 = add %7174, %7175 : f32[16] @ models/lib/nn.yaml:89:7
%7177 = assign %94, %7176 : f32[16] @ models/lib/nn.yaml:89:7
%7178 = all_reduce_sum %6419 : f32[16] @ models/lib/nn.yaml:90:7
%7179 = mul %7178, %7178 : f32[16] @ models/lib/nn.yaml:90:7
%7180 = reduce_sum %7179 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7181 = sqrt %7180 : f32[] @ models/lib/nn.yaml:90:7
%7182 = cast %7181 : f64[] @ models/lib/nn.yaml:90:7
%7183 = add %7182, %6616 : f64[] @ models/lib/nn.yaml:90:7
%7184 = div %6618, %7183 : f64[] @ models/lib/nn.yaml:90:7
%7185 = lt %7184, %6620 : bool[] @ models/lib/nn.yaml:90:7
%7186 = cast %7184 : f32[] @ models/lib/nn.yaml:90:7
%7187 = broadcast %7186 : f32[16] @ models/lib/nn.yaml:90:7
%7188 = mul %7178, %7187 : f32[16] @ models/lib/nn.yaml:90:7
%7189 = broadcast %7185 : bool[16] @ models/lib/nn.yaml:90:7
%7190 = select %7189, %7188, %7178 : f32[16] @ models/lib/nn.yaml:90:7
%7191 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7192 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7193 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7194 = add %7193, %6630 : i64[] @ models/lib/nn.yaml:90:7
%7195 = mul %7190, %6761 : f32[16] @ models/lib/nn.yaml:90:7
%7196 = mul %7191, %6763 : f32[16] @ models/lib/nn.yaml:90:7
%7197 = add %7196, %7195 : f32[16] @ models/lib/nn.yaml:90:7
%7198 = mul %7190, %7190 : f32[16] @ models/lib/nn.yaml:90:7
%7199 = mul %7198, %6767 : f32[16] @ models/lib/nn.yaml:90:7
%7200 = mul %7192, %6769 : f32[16] @ models/lib/nn.yaml:90:7
%7201 = add %7200, %7199 : f32[16] @ models/lib/nn.yaml:90:7
%7202 = cast %7194 : f64[] @ models/lib/nn.yaml:90:7
%7203 = pow %6639, %7202 : f64[] @ models/lib/nn.yaml:90:7
%7204 = sub %6620, %7203 : f64[] @ models/lib/nn.yaml:90:7
%7205 = div %4149, %7204 : f64[] @ models/lib/nn.yaml:90:7
%7206 = pow %6647, %7202 : f64[] @ models/lib/nn.yaml:90:7
%7207 = sub %6620, %7206 : f64[] @ models/lib/nn.yaml:90:7
%7208 = sqrt %7207 : f64[] @ models/lib/nn.yaml:90:7
%7209 = div %6620, %7208 : f64[] @ models/lib/nn.yaml:90:7
%7210 = sqrt %7201 : f32[16] @ models/lib/nn.yaml:90:7
%7211 = cast %7209 : f32[] @ models/lib/nn.yaml:90:7
%7212 = broadcast %7211 : f32[16] @ models/lib/nn.yaml:90:7
%7213 = mul %7210, %7212 : f32[16] @ models/lib/nn.yaml:90:7
%7214 = add %7213, %6784 : f32[16] @ models/lib/nn.yaml:90:7
%7215 = div %7197, %7214 : f32[16] @ models/lib/nn.yaml:90:7
%7216 = cast %7205 : f32[] @ models/lib/nn.yaml:90:7
%7217 = broadcast %7216 : f32[16] @ models/lib/nn.yaml:90:7
%7218 = mul %7215, %7217 : f32[16] @ models/lib/nn.yaml:90:7
%7219 = sub %17, %7218 : f32[16] @ models/lib/nn.yaml:90:7
%7220 = assign %17, %7219 : f32[16] @ models/lib/nn.yaml:90:7
%7221 = assign %7191, %7197 : f32[16] @ models/lib/nn.yaml:90:7
%7222 = assign %7192, %7201 : f32[16] @ models/lib/nn.yaml:90:7
%7223 = assign %7193, %7194 : i64[] @ models/lib/nn.yaml:90:7
%7224 = mul %95, %6795 : f32[16] @ models/lib/nn.yaml:90:7
%7225 = mul %7219, %6797 : f32[16] @ models/lib/nn.yaml:90:7
%7226 = add %7224, %7225 : f32[16] @ models/lib/nn.yaml:90:7
%7227 = assign %95, %7226 : f32[16] @ models/lib/nn.yaml:90:7
%7228 = all_reduce_sum %6415 : f32[64,16] @ models/lib/nn.yaml:79:7
%7229 = reshape %7228 : f32[1024] @ models/lib/nn.yaml:79:7
%7230 = mul %7229, %7229 : f32[1024] @ models/lib/nn.yaml:79:7
%7231 = reduce_sum %7230 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7232 = sqrt %7231 : f32[] @ models/lib/nn.yaml:79:7
%7233 = cast %7232 : f64[] @ models/lib/nn.yaml:79:7
%7234 = add %7233, %6616 : f64[] @ models/lib/nn.yaml:79:7
%7235 = div %6618, %7234 : f64[] @ models/lib/nn.yaml:79:7
%7236 = lt %7235, %6620 : bool[] @ models/lib/nn.yaml:79:7
%7237 = cast %7235 : f32[] @ models/lib/nn.yaml:79:7
%7238 = broadcast %7237 : f32[64,16] @ models/lib/nn.yaml:79:7
%7239 = mul %7228, %7238 : f32[64,16] @ models/lib/nn.yaml:79:7
%7240 = broadcast %7236 : bool[64,16] @ models/lib/nn.yaml:79:7
%7241 = select %7240, %7239, %7228 : f32[64,16] @ models/lib/nn.yaml:79:7
%7242 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7243 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7244 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7245 = add %7244, %6630 : i64[] @ models/lib/nn.yaml:79:7
%7246 = broadcast %6634 : f32[64,16] @ models/lib/nn.yaml:79:7
%7247 = mul %18, %7246 : f32[64,16] @ models/lib/nn.yaml:79:7
%7248 = broadcast %3826 : f32[64,16] @ models/lib/nn.yaml:79:7
%7249 = mul %7241, %7248 : f32[64,16] @ models/lib/nn.yaml:79:7
%7250 = broadcast %2620 : f32[64,16] @ models/lib/nn.yaml:79:7
%7251 = mul %7242, %7250 : f32[64,16] @ models/lib/nn.yaml:79:7
%7252 = add %7251, %7249 : f32[64,16] @ models/lib/nn.yaml:79:7
%7253 = mul %7241, %7241 : f32[64,16] @ models/lib/nn.yaml:79:7
%7254 = broadcast %6644 : f32[64,16] @ models/lib/nn.yaml:79:7
%7255 = mul %7253, %7254 : f32[64,16] @ models/lib/nn.yaml:79:7
%7256 = broadcast %6648 : f32[64,16] @ models/lib/nn.yaml:79:7
%7257 = mul %7243, %7256 : f32[64,16] @ models/lib/nn.yaml:79:7
%7258 = add %7257, %7255 : f32[64,16] @ models/lib/nn.yaml:79:7
%7259 = cast %7245 : f64[] @ models/lib/nn.yaml:79:7
%7260 = pow %6639, %7259 : f64[] @ models/lib/nn.yaml:79:7
%7261 = sub %6620, %7260 : f64[] @ models/lib/nn.yaml:79:7
%7262 = div %4149, %7261 : f64[] @ models/lib/nn.yaml:79:7
%7263 = pow %6647, %7259 : f64[] @ models/lib/nn.yaml:79:7
%7264 = sub %6620, %7263 : f64[] @ models/lib/nn.yaml:79:7
%7265 = sqrt %7264 : f64[] @ models/lib/nn.yaml:79:7
%7266 = div %6620, %7265 : f64[] @ models/lib/nn.yaml:79:7
%7267 = sqrt %7258 : f32[64,16] @ models/lib/nn.yaml:79:7
%7268 = cast %7266 : f32[] @ models/lib/nn.yaml:79:7
%7269 = broadcast %7268 : f32[64,16] @ models/lib/nn.yaml:79:7
%7270 = mul %7267, %7269 : f32[64,16] @ models/lib/nn.yaml:79:7
%7271 = broadcast %6664 : f32[64,16] @ models/lib/nn.yaml:79:7
%7272 = add %7270, %7271 : f32[64,16] @ models/lib/nn.yaml:79:7
%7273 = div %7252, %7272 : f32[64,16] @ models/lib/nn.yaml:79:7
%7274 = cast %7262 : f32[] @ models/lib/nn.yaml:79:7
%7275 = broadcast %7274 : f32[64,16] @ models/lib/nn.yaml:79:7
%7276 = mul %7273, %7275 : f32[64,16] @ models/lib/nn.yaml:79:7
%7277 = sub %7247, %7276 : f32[64,16] @ models/lib/nn.yaml:79:7
%7278 = assign %18, %7277 : f32[64,16] @ models/lib/nn.yaml:79:7
%7279 = assign %7242, %7252 : f32[64,16] @ models/lib/nn.yaml:79:7
%7280 = assign %7243, %7258 : f32[64,16] @ models/lib/nn.yaml:79:7
%7281 = assign %7244, %7245 : i64[] @ models/lib/nn.yaml:79:7
%7282 = broadcast %3 : f32[64,16] @ models/lib/nn.yaml:79:7
%7283 = mul %96, %7282 : f32[64,16] @ models/lib/nn.yaml:79:7
%7284 = broadcast %6679 : f32[64,16] @ models/lib/nn.yaml:79:7
%7285 = mul %7277, %7284 : f32[64,16] @ models/lib/nn.yaml:79:7
%7286 = add %7283, %7285 : f32[64,16] @ models/lib/nn.yaml:79:7
%7287 = assign %96, %7286 : f32[64,16] @ models/lib/nn.yaml:79:7
%7288 = all_reduce_sum %6409 : f32[64] @ models/lib/nn.yaml:80:7
%7289 = mul %7288, %7288 : f32[64] @ models/lib/nn.yaml:80:7
%7290 = reduce_sum %7289 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7291 = sqrt %7290 : f32[] @ models/lib/nn.yaml:80:7
%7292 = cast %7291 : f64[] @ models/lib/nn.yaml:80:7
%7293 = add %7292, %6616 : f64[] @ models/lib/nn.yaml:80:7
%7294 = div %6618, %7293 : f64[] @ models/lib/nn.yaml:80:7
%7295 = lt %7294, %6620 : bool[] @ models/lib/nn.yaml:80:7
%7296 = cast %7294 : f32[] @ models/lib/nn.yaml:80:7
%7297 = broadcast %7296 : f32[64] @ models/lib/nn.yaml:80:7
%7298 = mul %7288, %7297 : f32[64] @ models/lib/nn.yaml:80:7
%7299 = broadcast %7295 : bool[64] @ models/lib/nn.yaml:80:7
%7300 = select %7299, %7298, %7288 : f32[64] @ models/lib/nn.yaml:80:7
%7301 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7302 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7303 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7304 = add %7303, %6630 : i64[] @ models/lib/nn.yaml:80:7
%7305 = broadcast %3826 : f32[64] @ models/lib/nn.yaml:80:7
%7306 = mul %7300, %7305 : f32[64] @ models/lib/nn.yaml:80:7
%7307 = broadcast %2620 : f32[64] @ models/lib/nn.yaml:80:7
%7308 = mul %7301, %7307 : f32[64] @ models/lib/nn.yaml:80:7
%7309 = add %7308, %7306 : f32[64] @ models/lib/nn.yaml:80:7
%7310 = mul %7300, %7300 : f32[64] @ models/lib/nn.yaml:80:7
%7311 = broadcast %6644 : f32[64] @ models/lib/nn.yaml:80:7
%7312 = mul %7310, %7311 : f32[64] @ models/lib/nn.yaml:80:7
%7313 = broadcast %6648 : f32[64] @ models/lib/nn.yaml:80:7
%7314 = mul %7302, %7313 : f32[64] @ models/lib/nn.yaml:80:7
%7315 = add %7314, %7312 : f32[64] @ models/lib/nn.yaml:80:7
%7316 = cast %7304 : f64[] @ models/lib/nn.yaml:80:7
%7317 = pow %6639, %7316 : f64[] @ models/lib/nn.yaml:80:7
%7318 = sub %6620, %7317 : f64[] @ models/lib/nn.yaml:80:7
%7319 = div %4149, %7318 : f64[] @ models/lib/nn.yaml:80:7
%7320 = pow %6647, %7316 : f64[] @ models/lib/nn.yaml:80:7
%7321 = sub %6620, %7320 : f64[] @ models/lib/nn.yaml:80:7
%7322 = sqrt %7321 : f64[] @ models/lib/nn.yaml:80:7
%7323 = div %6620, %7322 : f64[] @ models/lib/nn.yaml:80:7
%7324 = sqrt %7315 : f32[64] @ models/lib/nn.yaml:80:7
%7325 = cast %7323 : f32[] @ models/lib/nn.yaml:80:7
%7326 = broadcast %7325 : f32[64] @ models/lib/nn.yaml:80:7
%7327 = mul %7324, %7326 : f32[64] @ models/lib/nn.yaml:80:7
%7328 = broadcast %6664 : f32[64] @ models/lib/nn.yaml:80:7
%7329 = add %7327, %7328 : f32[64] @ models/lib/nn.yaml:80:7
%7330 = div %7309, %7329 : f32[64] @ models/lib/nn.yaml:80:7
%7331 = cast %7319 : f32[] @ models/lib/nn.yaml:80:7
%7332 = broadcast %7331 : f32[64] @ models/lib/nn.yaml:80:7
%7333 = mul %7330, %7332 : f32[64] @ models/lib/nn.yaml:80:7
%7334 = sub %19, %7333 : f32[64] @ models/lib/nn.yaml:80:7
%7335 = assign %19, %7334 : f32[64] @ models/lib/nn.yaml:80:7
%7336 = assign %7301, %7309 : f32[64] @ models/lib/nn.yaml:80:7
%7337 = assign %7302, %7315 : f32[64] @ models/lib/nn.yaml:80:7
%7338 = assign %7303, %7304 : i64[] @ models/lib/nn.yaml:80:7
%7339 = broadcast %3 : f32[64] @ models/lib/nn.yaml:80:7
%7340 = mul %97, %7339 : f32[64] @ models/lib/nn.yaml:80:7
%7341 = broadcast %6679 : f32[64] @ models/lib/nn.yaml:80:7
%7342 = mul %7334, %7341 : f32[64] @ models/lib/nn.yaml:80:7
%7343 = add %7340, %7342 : f32[64] @ models/lib/nn.yaml:80:7
%7344 = assign %97, %7343 : f32[64] @ models/lib/nn.yaml:80:7
%7345 = all_reduce_sum %6381 : f32[16,64] @ models/lib/nn.yaml:79:7
%7346 = reshape %7345 : f32[1024] @ models/lib/nn.yaml:79:7
%7347 = mul %7346, %7346 : f32[1024] @ models/lib/nn.yaml:79:7
%7348 = reduce_sum %7347 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7349 = sqrt %7348 : f32[] @ models/lib/nn.yaml:79:7
%7350 = cast %7349 : f64[] @ models/lib/nn.yaml:79:7
%7351 = add %7350, %6616 : f64[] @ models/lib/nn.yaml:79:7
%7352 = div %6618, %7351 : f64[] @ models/lib/nn.yaml:79:7
%7353 = lt %7352, %6620 : bool[] @ models/lib/nn.yaml:79:7
%7354 = cast %7352 : f32[] @ models/lib/nn.yaml:79:7
%7355 = broadcast %7354 : f32[16,64] @ models/lib/nn.yaml:79:7
%7356 = mul %7345, %7355 : f32[16,64] @ models/lib/nn.yaml:79:7
%7357 = broadcast %7353 : bool[16,64] @ models/lib/nn.yaml:79:7
%7358 = select %7357, %7356, %7345 : f32[16,64] @ models/lib/nn.yaml:79:7
%7359 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7360 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7361 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7362 = add %7361, %6630 : i64[] @ models/lib/nn.yaml:79:7
%7363 = broadcast %6634 : f32[16,64] @ models/lib/nn.yaml:79:7
%7364 = mul %20, %7363 : f32[16,64] @ models/lib/nn.yaml:79:7
%7365 = broadcast %3826 : f32[16,64] @ models/lib/nn.yaml:79:7
%7366 = mul %7358, %7365 : f32[16,64] @ models/lib/nn.yaml:79:7
%7367 = broadcast %2620 : f32[16,64] @ models/lib/nn.yaml:79:7
%7368 = mul %7359, %7367 : f32[16,64] @ models/lib/nn.yaml:79:7
%7369 = add %7368, %7366 : f32[16,64] @ models/lib/nn.yaml:79:7
%7370 = mul %7358, %7358 : f32[16,64] @ models/lib/nn.yaml:79:7
%7371 = broadcast %6644 : f32[16,64] @ models/lib/nn.yaml:79:7
%7372 = mul %7370, %7371 : f32[16,64] @ models/lib/nn.yaml:79:7
%7373 = broadcast %6648 : f32[16,64] @ models/lib/nn.yaml:79:7
%7374 = mul %7360, %7373 : f32[16,64] @ models/lib/nn.yaml:79:7
%7375 = add %7374, %7372 : f32[16,64] @ models/lib/nn.yaml:79:7
%7376 = cast %7362 : f64[] @ models/lib/nn.yaml:79:7
%7377 = pow %6639, %7376 : f64[] @ models/lib/nn.yaml:79:7
%7378 = sub %6620, %7377 : f64[] @ models/lib/nn.yaml:79:7
%7379 = div %4149, %7378 : f64[] @ models/lib/nn.yaml:79:7
%7380 = pow %6647, %7376 : f64[] @ models/lib/nn.yaml:79:7
%7381 = sub %6620, %7380 : f64[] @ models/lib/nn.yaml:79:7
%7382 = sqrt %7381 : f64[] @ models/lib/nn.yaml:79:7
%7383 = div %6620, %7382 : f64[] @ models/lib/nn.yaml:79:7
%7384 = sqrt %7375 : f32[16,64] @ models/lib/nn.yaml:79:7
%7385 = cast %7383 : f32[] @ models/lib/nn.yaml:79:7
%7386 = broadcast %7385 : f32[16,64] @ models/lib/nn.yaml:79:7
%7387 = mul %7384, %7386 : f32[16,64] @ models/lib/nn.yaml:79:7
%7388 = broadcast %6664 : f32[16,64] @ models/lib/nn.yaml:79:7
%7389 = add %7387, %7388 : f32[16,64] @ models/lib/nn.yaml:79:7
%7390 = div %7369, %7389 : f32[16,64] @ models/lib/nn.yaml:79:7
%7391 = cast %7379 : f32[] @ models/lib/nn.yaml:79:7
%7392 = broadcast %7391 : f32[16,64] @ models/lib/nn.yaml:79:7
%7393 = mul %7390, %7392 : f32[16,64] @ models/lib/nn.yaml:79:7
%7394 = sub %7364, %7393 : f32[16,64] @ models/lib/nn.yaml:79:7
%7395 = assign %20, %7394 : f32[16,64] @ models/lib/nn.yaml:79:7
%7396 = assign %7359, %7369 : f32[16,64] @ models/lib/nn.yaml:79:7
%7397 = assign %7360, %7375 : f32[16,64] @ models/lib/nn.yaml:79:7
%7398 = assign %7361, %7362 : i64[] @ models/lib/nn.yaml:79:7
%7399 = broadcast %3 : f32[16,64] @ models/lib/nn.yaml:79:7
%7400 = mul %98, %7399 : f32[16,64] @ models/lib/nn.yaml:79:7
%7401 = broadcast %6679 : f32[16,64] @ models/lib/nn.yaml:79:7
%7402 = mul %7394, %7401 : f32[16,64] @ models/lib/nn.yaml:79:7
%7403 = add %7400, %7402 : f32[16,64] @ models/lib/nn.yaml:79:7
%7404 = assign %98, %7403 : f32[16,64] @ models/lib/nn.yaml:79:7
%7405 = all_reduce_sum %6375 : f32[16] @ models/lib/nn.yaml:80:7
%7406 = mul %7405, %7405 : f32[16] @ models/lib/nn.yaml:80:7
%7407 = reduce_sum %7406 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7408 = sqrt %7407 : f32[] @ models/lib/nn.yaml:80:7
%7409 = cast %7408 : f64[] @ models/lib/nn.yaml:80:7
%7410 = add %7409, %6616 : f64[] @ models/lib/nn.yaml:80:7
%7411 = div %6618, %7410 : f64[] @ models/lib/nn.yaml:80:7
%7412 = lt %7411, %6620 : bool[] @ models/lib/nn.yaml:80:7
%7413 = cast %7411 : f32[] @ models/lib/nn.yaml:80:7
%7414 = broadcast %7413 : f32[16] @ models/lib/nn.yaml:80:7
%7415 = mul %7405, %7414 : f32[16] @ models/lib/nn.yaml:80:7
%7416 = broadcast %7412 : bool[16] @ models/lib/nn.yaml:80:7
%7417 = select %7416, %7415, %7405 : f32[16] @ models/lib/nn.yaml:80:7
%7418 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7419 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7420 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7421 = add %7420, %6630 : i64[] @ models/lib/nn.yaml:80:7
%7422 = mul %7417, %6761 : f32[16] @ models/lib/nn.yaml:80:7
%7423 = mul %7418, %6763 : f32[16] @ models/lib/nn.yaml:80:7
%7424 = add %7423, %7422 : f32[16] @ models/lib/nn.yaml:80:7
%7425 = mul %7417, %7417 : f32[16] @ models/lib/nn.yaml:80:7
%7426 = mul %7425, %6767 : f32[16] @ models/lib/nn.yaml:80:7
%7427 = mul %7419, %6769 : f32[16] @ models/lib/nn.yaml:80:7
%7428 = add %7427, %7426 : f32[16] @ models/lib/nn.yaml:80:7
%7429 = cast %7421 : f64[] @ models/lib/nn.yaml:80:7
%7430 = pow %6639, %7429 : f64[] @ models/lib/nn.yaml:80:7
%7431 = sub %6620, %7430 : f64[] @ models/lib/nn.yaml:80:7
%7432 = div %4149, %7431 : f64[] @ models/lib/nn.yaml:80:7
%7433 = pow %6647, %7429 : f64[] @ models/lib/nn.yaml:80:7
%7434 = sub %6620, %7433 : f64[] @ models/lib/nn.yaml:80:7
%7435 = sqrt %7434 : f64[] @ models/lib/nn.yaml:80:7
%7436 = div %6620, %7435 : f64[] @ models/lib/nn.yaml:80:7
%7437 = sqrt %7428 : f32[16] @ models/lib/nn.yaml:80:7
%7438 = cast %7436 : f32[] @ models/lib/nn.yaml:80:7
%7439 = broadcast %7438 : f32[16] @ models/lib/nn.yaml:80:7
%7440 = mul %7437, %7439 : f32[16] @ models/lib/nn.yaml:80:7
%7441 = add %7440, %6784 : f32[16] @ models/lib/nn.yaml:80:7
%7442 = div %7424, %7441 : f32[16] @ models/lib/nn.yaml:80:7
%7443 = cast %7432 : f32[] @ models/lib/nn.yaml:80:7
%7444 = broadcast %7443 : f32[16] @ models/lib/nn.yaml:80:7
%7445 = mul %7442, %7444 : f32[16] @ models/lib/nn.yaml:80:7
%7446 = sub %21, %7445 : f32[16] @ models/lib/nn.yaml:80:7
%7447 = assign %21, %7446 : f32[16] @ models/lib/nn.yaml:80:7
%7448 = assign %7418, %7424 : f32[16] @ models/lib/nn.yaml:80:7
%7449 = assign %7419, %7428 : f32[16] @ models/lib/nn.yaml:80:7
%7450 = assign %7420, %7421 : i64[] @ models/lib/nn.yaml:80:7
%7451 = mul %99, %6795 : f32[16] @ models/lib/nn.yaml:80:7
%7452 = mul %7446, %6797 : f32[16] @ models/lib/nn.yaml:80:7
%7453 = add %7451, %7452 : f32[16] @ models/lib/nn.yaml:80:7
%7454 = assign %99, %7453 : f32[16] @ models/lib/nn.yaml:80:7
%7455 = all_reduce_sum %6348 : f32[16] @ models/lib/nn.yaml:89:7
%7456 = mul %7455, %7455 : f32[16] @ models/lib/nn.yaml:89:7
%7457 = reduce_sum %7456 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7458 = sqrt %7457 : f32[] @ models/lib/nn.yaml:89:7
%7459 = cast %7458 : f64[] @ models/lib/nn.yaml:89:7
%7460 = add %7459, %6616 : f64[] @ models/lib/nn.yaml:89:7
%7461 = div %6618, %7460 : f64[] @ models/lib/nn.yaml:89:7
%7462 = lt %7461, %6620 : bool[] @ models/lib/nn.yaml:89:7
%7463 = cast %7461 : f32[] @ models/lib/nn.yaml:89:7
%7464 = broadcast %7463 : f32[16] @ models/lib/nn.yaml:89:7
%7465 = mul %7455, %7464 : f32[16] @ models/lib/nn.yaml:89:7
%7466 = broadcast %7462 : bool[16] @ models/lib/nn.yaml:89:7
%7467 = select %7466, %7465, %7455 : f32[16] @ models/lib/nn.yaml:89:7
%7468 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7469 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7470 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7471 = add %7470, %6630 : i64[] @ models/lib/nn.yaml:89:7
%7472 = mul %7467, %6761 : f32[16] @ models/lib/nn.yaml:89:7
%7473 = mul %7468, %6763 : f32[16] @ models/lib/nn.yaml:89:7
%7474 = add %7473, %7472 : f32[16] @ models/lib/nn.yaml:89:7
%7475 = mul %7467, %7467 : f32[16] @ models/lib/nn.yaml:89:7
%7476 = mul %7475, %6767 : f32[16] @ models/lib/nn.yaml:89:7
%7477 = mul %7469, %6769 : f32[16] @ models/lib/nn.yaml:89:7
%7478 = add %7477, %7476 : f32[16] @ models/lib/nn.yaml:89:7
%7479 = cast %7471 : f64[] @ models/lib/nn.yaml:89:7
%7480 = pow %6639, %7479 : f64[] @ models/lib/nn.yaml:89:7
%7481 = sub %6620, %7480 : f64[] @ models/lib/nn.yaml:89:7
%7482 = div %4149, %7481 : f64[] @ models/lib/nn.yaml:89:7
%7483 = pow %6647, %7479 : f64[] @ models/lib/nn.yaml:89:7
%7484 = sub %6620, %7483 : f64[] @ models/lib/nn.yaml:89:7
%7485 = sqrt %7484 : f64[] @ models/lib/nn.yaml:89:7
%7486 = div %6620, %7485 : f64[] @ models/lib/nn.yaml:89:7
%7487 = sqrt %7478 : f32[16] @ models/lib/nn.yaml:89:7
%7488 = cast %7486 : f32[] @ models/lib/nn.yaml:89:7
%7489 = broadcast %7488 : f32[16] @ models/lib/nn.yaml:89:7
%7490 = mul %7487, %7489 : f32[16] @ models/lib/nn.yaml:89:7
%7491 = add %7490, %6784 : f32[16] @ models/lib/nn.yaml:89:7
%7492 = div %7474, %7491 : f32[16] @ models/lib/nn.yaml:89:7
%7493 = cast %7482 : f32[] @ models/lib/nn.yaml:89:7
%7494 = broadcast %7493 : f32[16] @ models/lib/nn.yaml:89:7
%7495 = mul %7492, %7494 : f32[16] @ models/lib/nn.yaml:89:7
%7496 = sub %22, %7495 : f32[16] @ models/lib/nn.yaml:89:7
%7497 = assign %22, %7496 : f32[16] @ models/lib/nn.yaml:89:7
%7498 = assign %7468, %7474 : f32[16] @ models/lib/nn.yaml:89:7
%7499 = assign %7469, %7478 : f32[16] @ models/lib/nn.yaml:89:7
%7500 = assign %7470, %7471 : i64[] @ models/lib/nn.yaml:89:7
%7501 = mul %100, %6795 : f32[16] @ models/lib/nn.yaml:89:7
%7502 = mul %7496, %6797 : f32[16] @ models/lib/nn.yaml:89:7
%7503 = add %7501, %7502 : f32[16] @ models/lib/nn.yaml:89:7
%7504 = assign %100, %7503 : f32[16] @ models/lib/nn.yaml:89:7
%7505 = all_reduce_sum %6342 : f32[16] @ models/lib/nn.yaml:90:7
%7506 = mul %7505, %7505 : f32[16] @ models/lib/nn.yaml:90:7
%7507 = reduce_sum %7506 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7508 = sqrt %7507 : f32[] @ models/lib/nn.yaml:90:7
%7509 = cast %7508 : f64[] @ models/lib/nn.yaml:90:7
%7510 = add %7509, %6616 : f64[] @ models/lib/nn.yaml:90:7
%7511 = div %6618, %7510 : f64[] @ models/lib/nn.yaml:90:7
%7512 = lt %7511, %6620 : bool[] @ models/lib/nn.yaml:90:7
%7513 = cast %7511 : f32[] @ models/lib/nn.yaml:90:7
%7514 = broadcast %7513 : f32[16] @ models/lib/nn.yaml:90:7
%7515 = mul %7505, %7514 : f32[16] @ models/lib/nn.yaml:90:7
%7516 = broadcast %7512 : bool[16] @ models/lib/nn.yaml:90:7
%7517 = select %7516, %7515, %7505 : f32[16] @ models/lib/nn.yaml:90:7
%7518 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7519 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7520 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7521 = add %7520, %6630 : i64[] @ models/lib/nn.yaml:90:7
%7522 = mul %7517, %6761 : f32[16] @ models/lib/nn.yaml:90:7
%7523 = mul %7518, %6763 : f32[16] @ models/lib/nn.yaml:90:7
%7524 = add %7523, %7522 : f32[16] @ models/lib/nn.yaml:90:7
%7525 = mul %7517, %7517 : f32[16] @ models/lib/nn.yaml:90:7
%7526 = mul %7525, %6767 : f32[16] @ models/lib/nn.yaml:90:7
%7527 = mul %7519, %6769 : f32[16] @ models/lib/nn.yaml:90:7
%7528 = add %7527, %7526 : f32[16] @ models/lib/nn.yaml:90:7
%7529 = cast %7521 : f64[] @ models/lib/nn.yaml:90:7
%7530 = pow %6639, %7529 : f64[] @ models/lib/nn.yaml:90:7
%7531 = sub %6620, %7530 : f64[] @ models/lib/nn.yaml:90:7
%7532 = div %4149, %7531 : f64[] @ models/lib/nn.yaml:90:7
%7533 = pow %6647, %7529 : f64[] @ models/lib/nn.yaml:90:7
%7534 = sub %6620, %7533 : f64[] @ models/lib/nn.yaml:90:7
%7535 = sqrt %7534 : f64[] @ models/lib/nn.yaml:90:7
%7536 = div %6620, %7535 : f64[] @ models/lib/nn.yaml:90:7
%7537 = sqrt %7528 : f32[16] @ models/lib/nn.yaml:90:7
%7538 = cast %7536 : f32[] @ models/lib/nn.yaml:90:7
%7539 = broadcast %7538 : f32[16] @ models/lib/nn.yaml:90:7
%7540 = mul %7537, %7539 : f32[16] @ models/lib/nn.yaml:90:7
%7541 = add %7540, %6784 : f32[16] @ models/lib/nn.yaml:90:7
%7542 = div %7524, %7541 : f32[16] @ models/lib/nn.yaml:90:7
%7543 = cast %7532 : f32[] @ models/lib/nn.yaml:90:7
%7544 = broadcast %7543 : f32[16] @ models/lib/nn.yaml:90:7
%7545 = mul %7542, %7544 : f32[16] @ models/lib/nn.yaml:90:7
%7546 = sub %23, %7545 : f32[16] @ models/lib/nn.yaml:90:7
%7547 = assign %23, %7546 : f32[16] @ models/lib/nn.yaml:90:7
%7548 = assign %7518, %7524 : f32[16] @ models/lib/nn.yaml:90:7
%7549 = assign %7519, %7528 : f32[16] @ models/lib/nn.yaml:90:7
%7550 = assign %7520, %7521 : i64[] @ models/lib/nn.yaml:90:7
%7551 = mul %101, %6795 : f32[16] @ models/lib/nn.yaml:90:7
%7552 = mul %7546, %6797 : f32[16] @ models/lib/nn.yaml:90:7
%7553 = add %7551, %7552 : f32[16] @ models/lib/nn.yaml:90:7
%7554 = assign %101, %7553 : f32[16] @ models/lib/nn.yaml:90:7
%7555 = all_reduce_sum %6338 : f32[48,16] @ models/lib/nn.yaml:79:7
%7556 = reshape %7555 : f32[768] @ models/lib/nn.yaml:79:7
%7557 = mul %7556, %7556 : f32[768] @ models/lib/nn.yaml:79:7
%7558 = reduce_sum %7557 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7559 = sqrt %7558 : f32[] @ models/lib/nn.yaml:79:7
%7560 = cast %7559 : f64[] @ models/lib/nn.yaml:79:7
%7561 = add %7560, %6616 : f64[] @ models/lib/nn.yaml:79:7
%7562 = div %6618, %7561 : f64[] @ models/lib/nn.yaml:79:7
%7563 = lt %7562, %6620 : bool[] @ models/lib/nn.yaml:79:7
%7564 = cast %7562 : f32[] @ models/lib/nn.yaml:79:7
%7565 = broadcast %7564 : f32[48,16] @ models/lib/nn.yaml:79:7
%7566 = mul %7555, %7565 : f32[48,16] @ models/lib/nn.yaml:79:7
%7567 = broadcast %7563 : bool[48,16] @ models/lib/nn.yaml:79:7
%7568 = select %7567, %7566, %7555 : f32[48,16] @ models/lib/nn.yaml:79:7
%7569 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7570 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7571 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7572 = add %7571, %6630 : i64[] @ models/lib/nn.yaml:79:7
%7573 = mul %24, %6919 : f32[48,16] @ models/lib/nn.yaml:79:7
%7574 = mul %7568, %6921 : f32[48,16] @ models/lib/nn.yaml:79:7
%7575 = mul %7569, %6923 : f32[48,16] @ models/lib/nn.yaml:79:7
%7576 = add %7575, %7574 : f32[48,16] @ models/lib/nn.yaml:79:7
%7577 = mul %7568, %7568 : f32[48,16] @ models/lib/nn.yaml:79:7
%7578 = mul %7577, %6927 : f32[48,16] @ models/lib/nn.yaml:79:7
%7579 = mul %7570, %6929 : f32[48,16] @ models/lib/nn.yaml:79:7
%7580 = add %7579, %7578 : f32[48,16] @ models/lib/nn.yaml:79:7
%7581 = cast %7572 : f64[] @ models/lib/nn.yaml:79:7
%7582 = pow %6639, %7581 : f64[] @ models/lib/nn.yaml:79:7
%7583 = sub %6620, %7582 : f64[] @ models/lib/nn.yaml:79:7
%7584 = div %4149, %7583 : f64[] @ models/lib/nn.yaml:79:7
%7585 = pow %6647, %7581 : f64[] @ models/lib/nn.yaml:79:7
%7586 = sub %6620, %7585 : f64[] @ models/lib/nn.yaml:79:7
%7587 = sqrt %7586 : f64[] @ models/lib/nn.yaml:79:7
%7588 = div %6620, %7587 : f64[] @ models/lib/nn.yaml:79:7
%7589 = sqrt %7580 : f32[48,16] @ models/lib/nn.yaml:79:7
%7590 = cast %7588 : f32[] @ models/lib/nn.yaml:79:7
%7591 = broadcast %7590 : f32[48,16] @ models/lib/nn.yaml:79:7
%7592 = mul %7589, %7591 : f32[48,16] @ models/lib/nn.yaml:79:7
%7593 = add %7592, %6944 : f32[48,16] @ models/lib/nn.yaml:79:7
%7594 = div %7576, %7593 : f32[48,16] @ models/lib/nn.yaml:79:7
%7595 = cast %7584 : f32[] @ models/lib/nn.yaml:79:7
%7596 = broadcast %7595 : f32[48,16] @ models/lib/nn.yaml:79:7
%7597 = mul %7594, %7596 : f32[48,16] @ models/lib/nn.yaml:79:7
%7598 = sub %7573, %7597 : f32[48,16] @ models/lib/nn.yaml:79:7
%7599 = assign %24, %7598 : f32[48,16] @ models/lib/nn.yaml:79:7
%7600 = assign %7569, %7576 : f32[48,16] @ models/lib/nn.yaml:79:7
%7601 = assign %7570, %7580 : f32[48,16] @ models/lib/nn.yaml:79:7
%7602 = assign %7571, %7572 : i64[] @ models/lib/nn.yaml:79:7
%7603 = mul %102, %6955 : f32[48,16] @ models/lib/nn.yaml:79:7
%7604 = mul %7598, %6957 : f32[48,16] @ models/lib/nn.yaml:79:7
%7605 = add %7603, %7604 : f32[48,16] @ models/lib/nn.yaml:79:7
%7606 = assign %102, %7605 : f32[48,16] @ models/lib/nn.yaml:79:7
%7607 = all_reduce_sum %6332 : f32[48] @ models/lib/nn.yaml:80:7
%7608 = mul %7607, %7607 : f32[48] @ models/lib/nn.yaml:80:7
%7609 = reduce_sum %7608 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7610 = sqrt %7609 : f32[] @ models/lib/nn.yaml:80:7
%7611 = cast %7610 : f64[] @ models/lib/nn.yaml:80:7
%7612 = add %7611, %6616 : f64[] @ models/lib/nn.yaml:80:7
%7613 = div %6618, %7612 : f64[] @ models/lib/nn.yaml:80:7
%7614 = lt %7613, %6620 : bool[] @ models/lib/nn.yaml:80:7
%7615 = cast %7613 : f32[] @ models/lib/nn.yaml:80:7
%7616 = broadcast %7615 : f32[48] @ models/lib/nn.yaml:80:7
%7617 = mul %7607, %7616 : f32[48] @ models/lib/nn.yaml:80:7
%7618 = broadcast %7614 : bool[48] @ models/lib/nn.yaml:80:7
%7619 = select %7618, %7617, %7607 : f32[48] @ models/lib/nn.yaml:80:7
%7620 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7621 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7622 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7623 = add %7622, %6630 : i64[] @ models/lib/nn.yaml:80:7
%7624 = mul %7619, %6978 : f32[48] @ models/lib/nn.yaml:80:7
%7625 = mul %7620, %6980 : f32[48] @ models/lib/nn.yaml:80:7
%7626 = add %7625, %7624 : f32[48] @ models/lib/nn.yaml:80:7
%7627 = mul %7619, %7619 : f32[48] @ models/lib/nn.yaml:80:7
%7628 = mul %7627, %6984 : f32[48] @ models/lib/nn.yaml:80:7
%7629 = mul %7621, %6986 : f32[48] @ models/lib/nn.yaml:80:7
%7630 = add %7629, %7628 : f32[48] @ models/lib/nn.yaml:80:7
%7631 = cast %7623 : f64[] @ models/lib/nn.yaml:80:7
%7632 = pow %6639, %7631 : f64[] @ models/lib/nn.yaml:80:7
%7633 = sub %6620, %7632 : f64[] @ models/lib/nn.yaml:80:7
%7634 = div %4149, %7633 : f64[] @ models/lib/nn.yaml:80:7
%7635 = pow %6647, %7631 : f64[] @ models/lib/nn.yaml:80:7
%7636 = sub %6620, %7635 : f64[] @ models/lib/nn.yaml:80:7
%7637 = sqrt %7636 : f64[] @ models/lib/nn.yaml:80:7
%7638 = div %6620, %7637 : f64[] @ models/lib/nn.yaml:80:7
%7639 = sqrt %7630 : f32[48] @ models/lib/nn.yaml:80:7
%7640 = cast %7638 : f32[] @ models/lib/nn.yaml:80:7
%7641 = broadcast %7640 : f32[48] @ models/lib/nn.yaml:80:7
%7642 = mul %7639, %7641 : f32[48] @ models/lib/nn.yaml:80:7
%7643 = add %7642, %7001 : f32[48] @ models/lib/nn.yaml:80:7
%7644 = div %7626, %7643 : f32[48] @ models/lib/nn.yaml:80:7
%7645 = cast %7634 : f32[] @ models/lib/nn.yaml:80:7
%7646 = broadcast %7645 : f32[48] @ models/lib/nn.yaml:80:7
%7647 = mul %7644, %7646 : f32[48] @ models/lib/nn.yaml:80:7
%7648 = sub %25, %7647 : f32[48] @ models/lib/nn.yaml:80:7
%7649 = assign %25, %7648 : f32[48] @ models/lib/nn.yaml:80:7
%7650 = assign %7620, %7626 : f32[48] @ models/lib/nn.yaml:80:7
%7651 = assign %7621, %7630 : f32[48] @ models/lib/nn.yaml:80:7
%7652 = assign %7622, %7623 : i64[] @ models/lib/nn.yaml:80:7
%7653 = mul %103, %7012 : f32[48] @ models/lib/nn.yaml:80:7
%7654 = mul %7648, %7014 : f32[48] @ models/lib/nn.yaml:80:7
%7655 = add %7653, %7654 : f32[48] @ models/lib/nn.yaml:80:7
%7656 = assign %103, %7655 : f32[48] @ models/lib/nn.yaml:80:7
%7657 = all_reduce_sum %6235 : f32[16,16] @ models/lib/nn.yaml:79:7
%7658 = reshape %7657 : f32[256] @ models/lib/nn.yaml:79:7
%7659 = mul %7658, %7658 : f32[256] @ models/lib/nn.yaml:79:7
%7660 = reduce_sum %7659 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7661 = sqrt %7660 : f32[] @ models/lib/nn.yaml:79:7
%7662 = cast %7661 : f64[] @ models/lib/nn.yaml:79:7
%7663 = add %7662, %6616 : f64[] @ models/lib/nn.yaml:79:7
%7664 = div %6618, %7663 : f64[] @ models/lib/nn.yaml:79:7
%7665 = lt %7664, %6620 : bool[] @ models/lib/nn.yaml:79:7
%7666 = cast %7664 : f32[] @ models/lib/nn.yaml:79:7
%7667 = broadcast %7666 : f32[16,16] @ models/lib/nn.yaml:79:7
%7668 = mul %7657, %7667 : f32[16,16] @ models/lib/nn.yaml:79:7
%7669 = broadcast %7665 : bool[16,16] @ models/lib/nn.yaml:79:7
%7670 = select %7669, %7668, %7657 : f32[16,16] @ models/lib/nn.yaml:79:7
%7671 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7672 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7673 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7674 = add %7673, %6630 : i64[] @ models/lib/nn.yaml:79:7
%7675 = mul %26, %7036 : f32[16,16] @ models/lib/nn.yaml:79:7
%7676 = mul %7670, %7038 : f32[16,16] @ models/lib/nn.yaml:79:7
%7677 = mul %7671, %7040 : f32[16,16] @ models/lib/nn.yaml:79:7
%7678 = add %7677, %7676 : f32[16,16] @ models/lib/nn.yaml:79:7
%7679 = mul %7670, %7670 : f32[16,16] @ models/lib/nn.yaml:79:7
%7680 = mul %7679, %7044 : f32[16,16] @ models/lib/nn.yaml:79:7
%7681 = mul %7672, %7046 : f32[16,16] @ models/lib/nn.yaml:79:7
%7682 = add %7681, %7680 : f32[16,16] @ models/lib/nn.yaml:79:7
%7683 = cast %7674 : f64[] @ models/lib/nn.yaml:79:7
%7684 = pow %6639, %7683 : f64[] @ models/lib/nn.yaml:79:7
%7685 = sub %6620, %7684 : f64[] @ models/lib/nn.yaml:79:7
%7686 = div %4149, %7685 : f64[] @ models/lib/nn.yaml:79:7
%7687 = pow %6647, %7683 : f64[] @ models/lib/nn.yaml:79:7
%7688 = sub %6620, %7687 : f64[] @ models/lib/nn.yaml:79:7
%7689 = sqrt %7688 : f64[] @ models/lib/nn.yaml:79:7
%7690 = div %6620, %7689 : f64[] @ models/lib/nn.yaml:79:7
%7691 = sqrt %7682 : f32[16,16] @ models/lib/nn.yaml:79:7
%7692 = cast %7690 : f32[] @ models/lib/nn.yaml:79:7
%7693 = broadcast %7692 : f32[16,16] @ models/lib/nn.yaml:79:7
%7694 = mul %7691, %7693 : f32[16,16] @ models/lib/nn.yaml:79:7
%7695 = add %7694, %7061 : f32[16,16] @ models/lib/nn.yaml:79:7
%7696 = div %7678, %7695 : f32[16,16] @ models/lib/nn.yaml:79:7
%7697 = cast %7686 : f32[] @ models/lib/nn.yaml:79:7
%7698 = broadcast %7697 : f32[16,16] @ models/lib/nn.yaml:79:7
%7699 = mul %7696, %7698 : f32[16,16] @ models/lib/nn.yaml:79:7
%7700 = sub %7675, %7699 : f32[16,16] @ models/lib/nn.yaml:79:7
%7701 = assign %26, %7700 : f32[16,16] @ models/lib/nn.yaml:79:7
%7702 = assign %7671, %7678 : f32[16,16] @ models/lib/nn.yaml:79:7
%7703 = assign %7672, %7682 : f32[16,16] @ models/lib/nn.yaml:79:7
%7704 = assign %7673, %7674 : i64[] @ models/lib/nn.yaml:79:7
%7705 = mul %104, %7072 : f32[16,16] @ models/lib/nn.yaml:79:7
%7706 = mul %7700, %7074 : f32[16,16] @ models/lib/nn.yaml:79:7
%7707 = add %7705, %7706 : f32[16,16] @ models/lib/nn.yaml:79:7
%7708 = assign %104, %7707 : f32[16,16] @ models/lib/nn.yaml:79:7
%7709 = all_reduce_sum %6229 : f32[16] @ models/lib/nn.yaml:80:7
%7710 = mul %7709, %7709 : f32[16] @ models/lib/nn.yaml:80:7
%7711 = reduce_sum %7710 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7712 = sqrt %7711 : f32[] @ models/lib/nn.yaml:80:7
%7713 = cast %7712 : f64[] @ models/lib/nn.yaml:80:7
%7714 = add %7713, %6616 : f64[] @ models/lib/nn.yaml:80:7
%7715 = div %6618, %7714 : f64[] @ models/lib/nn.yaml:80:7
%7716 = lt %7715, %6620 : bool[] @ models/lib/nn.yaml:80:7
%7717 = cast %7715 : f32[] @ models/lib/nn.yaml:80:7
%7718 = broadcast %7717 : f32[16] @ models/lib/nn.yaml:80:7
%7719 = mul %7709, %7718 : f32[16] @ models/lib/nn.yaml:80:7
%7720 = broadcast %7716 : bool[16] @ models/lib/nn.yaml:80:7
%7721 = select %7720, %7719, %7709 : f32[16] @ models/lib/nn.yaml:80:7
%7722 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7723 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7724 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7725 = add %7724, %6630 : i64[] @ models/lib/nn.yaml:80:7
%7726 = mul %7721, %6761 : f32[16] @ models/lib/nn.yaml:80:7
%7727 = mul %7722, %6763 : f32[16] @ models/lib/nn.yaml:80:7
%7728 = add %7727, %7726 : f32[16] @ models/lib/nn.yaml:80:7
%7729 = mul %7721, %7721 : f32[16] @ models/lib/nn.yaml:80:7
%7730 = mul %7729, %6767 : f32[16] @ models/lib/nn.yaml:80:7
%7731 = mul %7723, %6769 : f32[16] @ models/lib/nn.yaml:80:7
%7732 = add %7731, %7730 : f32[16] @ models/lib/nn.yaml:80:7
%7733 = cast %7725 : f64[] @ models/lib/nn.yaml:80:7
%7734 = pow %6639, %7733 : f64[] @ models/lib/nn.yaml:80:7
%7735 = sub %6620, %7734 : f64[] @ models/lib/nn.yaml:80:7
%7736 = div %4149, %7735 : f64[] @ models/lib/nn.yaml:80:7
%7737 = pow %6647, %7733 : f64[] @ models/lib/nn.yaml:80:7
%7738 = sub %6620, %7737 : f64[] @ models/lib/nn.yaml:80:7
%7739 = sqrt %7738 : f64[] @ models/lib/nn.yaml:80:7
%7740 = div %6620, %7739 : f64[] @ models/lib/nn.yaml:80:7
%7741 = sqrt %7732 : f32[16] @ models/lib/nn.yaml:80:7
%7742 = cast %7740 : f32[] @ models/lib/nn.yaml:80:7
%7743 = broadcast %7742 : f32[16] @ models/lib/nn.yaml:80:7
%7744 = mul %7741, %7743 : f32[16] @ models/lib/nn.yaml:80:7
%7745 = add %7744, %6784 : f32[16] @ models/lib/nn.yaml:80:7
%7746 = div %7728, %7745 : f32[16] @ models/lib/nn.yaml:80:7
%7747 = cast %7736 : f32[] @ models/lib/nn.yaml:80:7
%7748 = broadcast %7747 : f32[16] @ models/lib/nn.yaml:80:7
%7749 = mul %7746, %7748 : f32[16] @ models/lib/nn.yaml:80:7
%7750 = sub %27, %7749 : f32[16] @ models/lib/nn.yaml:80:7
%7751 = assign %27, %7750 : f32[16] @ models/lib/nn.yaml:80:7
%7752 = assign %7722, %7728 : f32[16] @ models/lib/nn.yaml:80:7
%7753 = assign %7723, %7732 : f32[16] @ models/lib/nn.yaml:80:7
%7754 = assign %7724, %7725 : i64[] @ models/lib/nn.yaml:80:7
%7755 = mul %105, %6795 : f32[16] @ models/lib/nn.yaml:80:7
%7756 = mul %7750, %6797 : f32[16] @ models/lib/nn.yaml:80:7
%7757 = add %7755, %7756 : f32[16] @ models/lib/nn.yaml:80:7
%7758 = assign %105, %7757 : f32[16] @ models/lib/nn.yaml:80:7
%7759 = all_reduce_sum %6199 : f32[16] @ models/lib/nn.yaml:89:7
%7760 = mul %7759, %7759 : f32[16] @ models/lib/nn.yaml:89:7
%7761 = reduce_sum %7760 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7762 = sqrt %7761 : f32[] @ models/lib/nn.yaml:89:7
%7763 = cast %7762 : f64[] @ models/lib/nn.yaml:89:7
%7764 = add %7763, %6616 : f64[] @ models/lib/nn.yaml:89:7
%7765 = div %6618, %7764 : f64[] @ models/lib/nn.yaml:89:7
%7766 = lt %7765, %6620 : bool[] @ models/lib/nn.yaml:89:7
%7767 = cast %7765 : f32[] @ models/lib/nn.yaml:89:7
%7768 = broadcast %7767 : f32[16] @ models/lib/nn.yaml:89:7
%7769 = mul %7759, %7768 : f32[16] @ models/lib/nn.yaml:89:7
%7770 = broadcast %7766 : bool[16] @ models/lib/nn.yaml:89:7
%7771 = select %7770, %7769, %7759 : f32[16] @ models/lib/nn.yaml:89:7
%7772 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7773 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7774 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7775 = add %7774, %6630 : i64[] @ models/lib/nn.yaml:89:7
%7776 = mul %7771, %6761 : f32[16] @ models/lib/nn.yaml:89:7
%7777 = mul %7772, %6763 : f32[16] @ models/lib/nn.yaml:89:7
%7778 = add %7777, %7776 : f32[16] @ models/lib/nn.yaml:89:7
%7779 = mul %7771, %7771 : f32[16] @ models/lib/nn.yaml:89:7
%7780 = mul %7779, %6767 : f32[16] @ models/lib/nn.yaml:89:7
%7781 = mul %7773, %6769 : f32[16] @ models/lib/nn.yaml:89:7
%7782 = add %7781, %7780 : f32[16] @ models/lib/nn.yaml:89:7
%7783 = cast %7775 : f64[] @ models/lib/nn.yaml:89:7
%7784 = pow %6639, %7783 : f64[] @ models/lib/nn.yaml:89:7
%7785 = sub %6620, %7784 : f64[] @ models/lib/nn.yaml:89:7
%7786 = div %4149, %7785 : f64[] @ models/lib/nn.yaml:89:7
%7787 = pow %6647, %7783 : f64[] @ models/lib/nn.yaml:89:7
%7788 = sub %6620, %7787 : f64[] @ models/lib/nn.yaml:89:7
%7789 = sqrt %7788 : f64[] @ models/lib/nn.yaml:89:7
%7790 = div %6620, %7789 : f64[] @ models/lib/nn.yaml:89:7
%7791 = sqrt %7782 : f32[16] @ models/lib/nn.yaml:89:7
%7792 = cast %7790 : f32[] @ models/lib/nn.yaml:89:7
%7793 = broadcast %7792 : f32[16] @ models/lib/nn.yaml:89:7
%7794 = mul %7791, %7793 : f32[16] @ models/lib/nn.yaml:89:7
%7795 = add %7794, %6784 : f32[16] @ models/lib/nn.yaml:89:7
%7796 = div %7778, %7795 : f32[16] @ models/lib/nn.yaml:89:7
%7797 = cast %7786 : f32[] @ models/lib/nn.yaml:89:7
%7798 = broadcast %7797 : f32[16] @ models/lib/nn.yaml:89:7
%7799 = mul %7796, %7798 : f32[16] @ models/lib/nn.yaml:89:7
%7800 = sub %28, %7799 : f32[16] @ models/lib/nn.yaml:89:7
%7801 = assign %28, %7800 : f32[16] @ models/lib/nn.yaml:89:7
%7802 = assign %7772, %7778 : f32[16] @ models/lib/nn.yaml:89:7
%7803 = assign %7773, %7782 : f32[16] @ models/lib/nn.yaml:89:7
%7804 = assign %7774, %7775 : i64[] @ models/lib/nn.yaml:89:7
%7805 = mul %106, %6795 : f32[16] @ models/lib/nn.yaml:89:7
%7806 = mul %7800, %6797 : f32[16] @ models/lib/nn.yaml:89:7
%7807 = add %7805, %7806 : f32[16] @ models/lib/nn.yaml:89:7
%7808 = assign %106, %7807 : f32[16] @ models/lib/nn.yaml:89:7
%7809 = all_reduce_sum %6192 : f32[16] @ models/lib/nn.yaml:90:7
%7810 = mul %7809, %7809 : f32[16] @ models/lib/nn.yaml:90:7
%7811 = reduce_sum %7810 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7812 = sqrt %7811 : f32[] @ models/lib/nn.yaml:90:7
%7813 = cast %7812 : f64[] @ models/lib/nn.yaml:90:7
%7814 = add %7813, %6616 : f64[] @ models/lib/nn.yaml:90:7
%7815 = div %6618, %7814 : f64[] @ models/lib/nn.yaml:90:7
%7816 = lt %7815, %6620 : bool[] @ models/lib/nn.yaml:90:7
%7817 = cast %7815 : f32[] @ models/lib/nn.yaml:90:7
%7818 = broadcast %7817 : f32[16] @ models/lib/nn.yaml:90:7
%7819 = mul %7809, %7818 : f32[16] @ models/lib/nn.yaml:90:7
%7820 = broadcast %7816 : bool[16] @ models/lib/nn.yaml:90:7
%7821 = select %7820, %7819, %7809 : f32[16] @ models/lib/nn.yaml:90:7
%7822 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7823 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7824 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7825 = add %7824, %6630 : i64[] @ models/lib/nn.yaml:90:7
%7826 = mul %7821, %6761 : f32[16] @ models/lib/nn.yaml:90:7
%7827 = mul %7822, %6763 : f32[16] @ models/lib/nn.yaml:90:7
%7828 = add %7827, %7826 : f32[16] @ models/lib/nn.yaml:90:7
%7829 = mul %7821, %7821 : f32[16] @ models/lib/nn.yaml:90:7
%7830 = mul %7829, %6767 : f32[16] @ models/lib/nn.yaml:90:7
%7831 = mul %7823, %6769 : f32[16] @ models/lib/nn.yaml:90:7
%7832 = add %7831, %7830 : f32[16] @ models/lib/nn.yaml:90:7
%7833 = cast %7825 : f64[] @ models/lib/nn.yaml:90:7
%7834 = pow %6639, %7833 : f64[] @ models/lib/nn.yaml:90:7
%7835 = sub %6620, %7834 : f64[] @ models/lib/nn.yaml:90:7
%7836 = div %4149, %7835 : f64[] @ models/lib/nn.yaml:90:7
%7837 = pow %6647, %7833 : f64[] @ models/lib/nn.yaml:90:7
%7838 = sub %6620, %7837 : f64[] @ models/lib/nn.yaml:90:7
%7839 = sqrt %7838 : f64[] @ models/lib/nn.yaml:90:7
%7840 = div %6620, %7839 : f64[] @ models/lib/nn.yaml:90:7
%7841 = sqrt %7832 : f32[16] @ models/lib/nn.yaml:90:7
%7842 = cast %7840 : f32[] @ models/lib/nn.yaml:90:7
%7843 = broadcast %7842 : f32[16] @ models/lib/nn.yaml:90:7
%7844 = mul %7841, %7843 : f32[16] @ models/lib/nn.yaml:90:7
%7845 = add %7844, %6784 : f32[16] @ models/lib/nn.yaml:90:7
%7846 = div %7828, %7845 : f32[16] @ models/lib/nn.yaml:90:7
%7847 = cast %7836 : f32[] @ models/lib/nn.yaml:90:7
%7848 = broadcast %7847 : f32[16] @ models/lib/nn.yaml:90:7
%7849 = mul %7846, %7848 : f32[16] @ models/lib/nn.yaml:90:7
%7850 = sub %29, %7849 : f32[16] @ models/lib/nn.yaml:90:7
%7851 = assign %29, %7850 : f32[16] @ models/lib/nn.yaml:90:7
%7852 = assign %7822, %7828 : f32[16] @ models/lib/nn.yaml:90:7
%7853 = assign %7823, %7832 : f32[16] @ models/lib/nn.yaml:90:7
%7854 = assign %7824, %7825 : i64[] @ models/lib/nn.yaml:90:7
%7855 = mul %107, %6795 : f32[16] @ models/lib/nn.yaml:90:7
%7856 = mul %7850, %6797 : f32[16] @ models/lib/nn.yaml:90:7
%7857 = add %7855, %7856 : f32[16] @ models/lib/nn.yaml:90:7
%7858 = assign %107, %7857 : f32[16] @ models/lib/nn.yaml:90:7
%7859 = all_reduce_sum %6188 : f32[64,16] @ models/lib/nn.yaml:79:7
%7860 = reshape %7859 : f32[1024] @ models/lib/nn.yaml:79:7
%7861 = mul %7860, %7860 : f32[1024] @ models/lib/nn.yaml:79:7
%7862 = reduce_sum %7861 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7863 = sqrt %7862 : f32[] @ models/lib/nn.yaml:79:7
%7864 = cast %7863 : f64[] @ models/lib/nn.yaml:79:7
%7865 = add %7864, %6616 : f64[] @ models/lib/nn.yaml:79:7
%7866 = div %6618, %7865 : f64[] @ models/lib/nn.yaml:79:7
%7867 = lt %7866, %6620 : bool[] @ models/lib/nn.yaml:79:7
%7868 = cast %7866 : f32[] @ models/lib/nn.yaml:79:7
%7869 = broadcast %7868 : f32[64,16] @ models/lib/nn.yaml:79:7
%7870 = mul %7859, %7869 : f32[64,16] @ models/lib/nn.yaml:79:7
%7871 = broadcast %7867 : bool[64,16] @ models/lib/nn.yaml:79:7
%7872 = select %7871, %7870, %7859 : f32[64,16] @ models/lib/nn.yaml:79:7
%7873 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7874 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7875 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7876 = add %7875, %6630 : i64[] @ models/lib/nn.yaml:79:7
%7877 = mul %30, %7246 : f32[64,16] @ models/lib/nn.yaml:79:7
%7878 = mul %7872, %7248 : f32[64,16] @ models/lib/nn.yaml:79:7
%7879 = mul %7873, %7250 : f32[64,16] @ models/lib/nn.yaml:79:7
%7880 = add %7879, %7878 : f32[64,16] @ models/lib/nn.yaml:79:7
%7881 = mul %7872, %7872 : f32[64,16] @ models/lib/nn.yaml:79:7
%7882 = mul %7881, %7254 : f32[64,16] @ models/lib/nn.yaml:79:7
%7883 = mul %7874, %7256 : f32[64,16] @ models/lib/nn.yaml:79:7
%7884 = add %7883, %7882 : f32[64,16] @ models/lib/nn.yaml:79:7
%7885 = cast %7876 : f64[] @ models/lib/nn.yaml:79:7
%7886 = pow %6639, %7885 : f64[] @ models/lib/nn.yaml:79:7
%7887 = sub %6620, %7886 : f64[] @ models/lib/nn.yaml:79:7
%7888 = div %4149, %7887 : f64[] @ models/lib/nn.yaml:79:7
%7889 = pow %6647, %7885 : f64[] @ models/lib/nn.yaml:79:7
%7890 = sub %6620, %7889 : f64[] @ models/lib/nn.yaml:79:7
%7891 = sqrt %7890 : f64[] @ models/lib/nn.yaml:79:7
%7892 = div %6620, %7891 : f64[] @ models/lib/nn.yaml:79:7
%7893 = sqrt %7884 : f32[64,16] @ models/lib/nn.yaml:79:7
%7894 = cast %7892 : f32[] @ models/lib/nn.yaml:79:7
%7895 = broadcast %7894 : f32[64,16] @ models/lib/nn.yaml:79:7
%7896 = mul %7893, %7895 : f32[64,16] @ models/lib/nn.yaml:79:7
%7897 = add %7896, %7271 : f32[64,16] @ models/lib/nn.yaml:79:7
%7898 = div %7880, %7897 : f32[64,16] @ models/lib/nn.yaml:79:7
%7899 = cast %7888 : f32[] @ models/lib/nn.yaml:79:7
%7900 = broadcast %7899 : f32[64,16] @ models/lib/nn.yaml:79:7
%7901 = mul %7898, %7900 : f32[64,16] @ models/lib/nn.yaml:79:7
%7902 = sub %7877, %7901 : f32[64,16] @ models/lib/nn.yaml:79:7
%7903 = assign %30, %7902 : f32[64,16] @ models/lib/nn.yaml:79:7
%7904 = assign %7873, %7880 : f32[64,16] @ models/lib/nn.yaml:79:7
%7905 = assign %7874, %7884 : f32[64,16] @ models/lib/nn.yaml:79:7
%7906 = assign %7875, %7876 : i64[] @ models/lib/nn.yaml:79:7
%7907 = mul %108, %7282 : f32[64,16] @ models/lib/nn.yaml:79:7
%7908 = mul %7902, %7284 : f32[64,16] @ models/lib/nn.yaml:79:7
%7909 = add %7907, %7908 : f32[64,16] @ models/lib/nn.yaml:79:7
%7910 = assign %108, %7909 : f32[64,16] @ models/lib/nn.yaml:79:7
%7911 = all_reduce_sum %6182 : f32[64] @ models/lib/nn.yaml:80:7
%7912 = mul %7911, %7911 : f32[64] @ models/lib/nn.yaml:80:7
%7913 = reduce_sum %7912 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7914 = sqrt %7913 : f32[] @ models/lib/nn.yaml:80:7
%7915 = cast %7914 : f64[] @ models/lib/nn.yaml:80:7
%7916 = add %7915, %6616 : f64[] @ models/lib/nn.yaml:80:7
%7917 = div %6618, %7916 : f64[] @ models/lib/nn.yaml:80:7
%7918 = lt %7917, %6620 : bool[] @ models/lib/nn.yaml:80:7
%7919 = cast %7917 : f32[] @ models/lib/nn.yaml:80:7
%7920 = broadcast %7919 : f32[64] @ models/lib/nn.yaml:80:7
%7921 = mul %7911, %7920 : f32[64] @ models/lib/nn.yaml:80:7
%7922 = broadcast %7918 : bool[64] @ models/lib/nn.yaml:80:7
%7923 = select %7922, %7921, %7911 : f32[64] @ models/lib/nn.yaml:80:7
%7924 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7925 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7926 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7927 = add %7926, %6630 : i64[] @ models/lib/nn.yaml:80:7
%7928 = mul %7923, %7305 : f32[64] @ models/lib/nn.yaml:80:7
%7929 = mul %7924, %7307 : f32[64] @ models/lib/nn.yaml:80:7
%7930 = add %7929, %7928 : f32[64] @ models/lib/nn.yaml:80:7
%7931 = mul %7923, %7923 : f32[64] @ models/lib/nn.yaml:80:7
%7932 = mul %7931, %7311 : f32[64] @ models/lib/nn.yaml:80:7
%7933 = mul %7925, %7313 : f32[64] @ models/lib/nn.yaml:80:7
%7934 = add %7933, %7932 : f32[64] @ models/lib/nn.yaml:80:7
%7935 = cast %7927 : f64[] @ models/lib/nn.yaml:80:7
%7936 = pow %6639, %7935 : f64[] @ models/lib/nn.yaml:80:7
%7937 = sub %6620, %7936 : f64[] @ models/lib/nn.yaml:80:7
%7938 = div %4149, %7937 : f64[] @ models/lib/nn.yaml:80:7
%7939 = pow %6647, %7935 : f64[] @ models/lib/nn.yaml:80:7
%7940 = sub %6620, %7939 : f64[] @ models/lib/nn.yaml:80:7
%7941 = sqrt %7940 : f64[] @ models/lib/nn.yaml:80:7
%7942 = div %6620, %7941 : f64[] @ models/lib/nn.yaml:80:7
%7943 = sqrt %7934 : f32[64] @ models/lib/nn.yaml:80:7
%7944 = cast %7942 : f32[] @ models/lib/nn.yaml:80:7
%7945 = broadcast %7944 : f32[64] @ models/lib/nn.yaml:80:7
%7946 = mul %7943, %7945 : f32[64] @ models/lib/nn.yaml:80:7
%7947 = add %7946, %7328 : f32[64] @ models/lib/nn.yaml:80:7
%7948 = div %7930, %7947 : f32[64] @ models/lib/nn.yaml:80:7
%7949 = cast %7938 : f32[] @ models/lib/nn.yaml:80:7
%7950 = broadcast %7949 : f32[64] @ models/lib/nn.yaml:80:7
%7951 = mul %7948, %7950 : f32[64] @ models/lib/nn.yaml:80:7
%7952 = sub %31, %7951 : f32[64] @ models/lib/nn.yaml:80:7
%7953 = assign %31, %7952 : f32[64] @ models/lib/nn.yaml:80:7
%7954 = assign %7924, %7930 : f32[64] @ models/lib/nn.yaml:80:7
%7955 = assign %7925, %7934 : f32[64] @ models/lib/nn.yaml:80:7
%7956 = assign %7926, %7927 : i64[] @ models/lib/nn.yaml:80:7
%7957 = mul %109, %7339 : f32[64] @ models/lib/nn.yaml:80:7
%7958 = mul %7952, %7341 : f32[64] @ models/lib/nn.yaml:80:7
%7959 = add %7957, %7958 : f32[64] @ models/lib/nn.yaml:80:7
%7960 = assign %109, %7959 : f32[64] @ models/lib/nn.yaml:80:7
%7961 = all_reduce_sum %6153 : f32[16,64] @ models/lib/nn.yaml:79:7
%7962 = reshape %7961 : f32[1024] @ models/lib/nn.yaml:79:7
%7963 = mul %7962, %7962 : f32[1024] @ models/lib/nn.yaml:79:7
%7964 = reduce_sum %7963 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7965 = sqrt %7964 : f32[] @ models/lib/nn.yaml:79:7
%7966 = cast %7965 : f64[] @ models/lib/nn.yaml:79:7
%7967 = add %7966, %6616 : f64[] @ models/lib/nn.yaml:79:7
%7968 = div %6618, %7967 : f64[] @ models/lib/nn.yaml:79:7
%7969 = lt %7968, %6620 : bool[] @ models/lib/nn.yaml:79:7
%7970 = cast %7968 : f32[] @ models/lib/nn.yaml:79:7
%7971 = broadcast %7970 : f32[16,64] @ models/lib/nn.yaml:79:7
%7972 = mul %7961, %7971 : f32[16,64] @ models/lib/nn.yaml:79:7
%7973 = broadcast %7969 : bool[16,64] @ models/lib/nn.yaml:79:7
%7974 = select %7973, %7972, %7961 : f32[16,64] @ models/lib/nn.yaml:79:7
%7975 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7976 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7977 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7978 = add %7977, %6630 : i64[] @ models/lib/nn.yaml:79:7
%7979 = mul %32, %7363 : f32[16,64] @ models/lib/nn.yaml:79:7
%7980 = mul %7974, %7365 : f32[16,64] @ models/lib/nn.yaml:79:7
%7981 = mul %7975, %7367 : f32[16,64] @ models/lib/nn.yaml:79:7
%7982 = add %7981, %7980 : f32[16,64] @ models/lib/nn.yaml:79:7
%7983 = mul %7974, %7974 : f32[16,64] @ models/lib/nn.yaml:79:7
%7984 = mul %7983, %7371 : f32[16,64] @ models/lib/nn.yaml:79:7
%7985 = mul %7976, %7373 : f32[16,64] @ models/lib/nn.yaml:79:7
%7986 = add %7985, %7984 : f32[16,64] @ models/lib/nn.yaml:79:7
%7987 = cast %7978 : f64[] @ models/lib/nn.yaml:79:7
%7988 = pow %6639, %7987 : f64[] @ models/lib/nn.yaml:79:7
%7989 = sub %6620, %7988 : f64[] @ models/lib/nn.yaml:79:7
%7990 = div %4149, %7989 : f64[] @ models/lib/nn.yaml:79:7
%7991 = pow %6647, %7987 : f64[] @ models/lib/nn.yaml:79:7
%7992 = sub %6620, %7991 : f64[] @ models/lib/nn.yaml:79:7
%7993 = sqrt %7992 : f64[] @ models/lib/nn.yaml:79:7
%7994 = div %6620, %7993 : f64[] @ models/lib/nn.yaml:79:7
%7995 = sqrt %7986 : f32[16,64] @ models/lib/nn.yaml:79:7
%7996 = cast %7994 : f32[] @ models/lib/nn.yaml:79:7
%7997 = broadcast %7996 : f32[16,64] @ models/lib/nn.yaml:79:7
%7998 = mul %7995, %7997 : f32[16,64] @ models/lib/nn.yaml:79:7
%7999 = add %7998, %7388 : f32[16,64] @ models/lib/nn.yaml:79:7
%8000 = div %7982, %7999 : f32[16,64] @ models/lib/nn.yaml:79:7
%8001 = cast %7990 : f32[] @ models/lib/nn.yaml:79:7
%8002 = broadcast %8001 : f32[16,64] @ models/lib/nn.yaml:79:7
%8003 = mul %8000, %8002 : f32[16,64] @ models/lib/nn.yaml:79:7
%8004 = sub %7979, %8003 : f32[16,64] @ models/lib/nn.yaml:79:7
%8005 = assign %32, %8004 : f32[16,64] @ models/lib/nn.yaml:79:7
%8006 = assign %7975, %7982 : f32[16,64] @ models/lib/nn.yaml:79:7
%8007 = assign %7976, %7986 : f32[16,64] @ models/lib/nn.yaml:79:7
%8008 = assign %7977, %7978 : i64[] @ models/lib/nn.yaml:79:7
%8009 = mul %110, %7399 : f32[16,64] @ models/lib/nn.yaml:79:7
%8010 = mul %8004, %7401 : f32[16,64] @ models/lib/nn.yaml:79:7
%8011 = add %8009, %8010 : f32[16,64] @ models/lib/nn.yaml:79:7
%8012 = assign %110, %8011 : f32[16,64] @ models/lib/nn.yaml:79:7
%8013 = all_reduce_sum %6147 : f32[16] @ models/lib/nn.yaml:80:7
%8014 = mul %8013, %8013 : f32[16] @ models/lib/nn.yaml:80:7
%8015 = reduce_sum %8014 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8016 = sqrt %8015 : f32[] @ models/lib/nn.yaml:80:7
%8017 = cast %8016 : f64[] @ models/lib/nn.yaml:80:7
%8018 = add %8017, %6616 : f64[] @ models/lib/nn.yaml:80:7
%8019 = div %6618, %8018 : f64[] @ models/lib/nn.yaml:80:7
%8020 = lt %8019, %6620 : bool[] @ models/lib/nn.yaml:80:7
%8021 = cast %8019 : f32[] @ models/lib/nn.yaml:80:7
%8022 = broadcast %8021 : f32[16] @ models/lib/nn.yaml:80:7
%8023 = mul %8013, %8022 : f32[16] @ models/lib/nn.yaml:80:7
%8024 = broadcast %8020 : bool[16] @ models/lib/nn.yaml:80:7
%8025 = select %8024, %8023, %8013 : f32[16] @ models/lib/nn.yaml:80:7
%8026 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8027 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8028 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8029 = add %8028, %6630 : i64[] @ models/lib/nn.yaml:80:7
%8030 = mul %8025, %6761 : f32[16] @ models/lib/nn.yaml:80:7
%8031 = mul %8026, %6763 : f32[16] @ models/lib/nn.yaml:80:7
%8032 = add %8031, %8030 : f32[16] @ models/lib/nn.yaml:80:7
%8033 = mul %8025, %8025 : f32[16] @ models/lib/nn.yaml:80:7
%8034 = mul %8033, %6767 : f32[16] @ models/lib/nn.yaml:80:7
%8035 = mul %8027, %6769 : f32[16] @ models/lib/nn.yaml:80:7
%8036 = add %8035, %8034 : f32[16] @ models/lib/nn.yaml:80:7
%8037 = cast %8029 : f64[] @ models/lib/nn.yaml:80:7
%8038 = pow %6639, %8037 : f64[] @ models/lib/nn.yaml:80:7
%8039 = sub %6620, %8038 : f64[] @ models/lib/nn.yaml:80:7
%8040 = div %4149, %8039 : f64[] @ models/lib/nn.yaml:80:7
%8041 = pow %6647, %8037 : f64[] @ models/lib/nn.yaml:80:7
%8042 = sub %6620, %8041 : f64[] @ models/lib/nn.yaml:80:7
%8043 = sqrt %8042 : f64[] @ models/lib/nn.yaml:80:7
%8044 = div %6620, %8043 : f64[] @ models/lib/nn.yaml:80:7
%8045 = sqrt %8036 : f32[16] @ models/lib/nn.yaml:80:7
%8046 = cast %8044 : f32[] @ models/lib/nn.yaml:80:7
%8047 = broadcast %8046 : f32[16] @ models/lib/nn.yaml:80:7
%8048 = mul %8045, %8047 : f32[16] @ models/lib/nn.yaml:80:7
%8049 = add %8048, %6784 : f32[16] @ models/lib/nn.yaml:80:7
%8050 = div %8032, %8049 : f32[16] @ models/lib/nn.yaml:80:7
%8051 = cast %8040 : f32[] @ models/lib/nn.yaml:80:7
%8052 = broadcast %8051 : f32[16] @ models/lib/nn.yaml:80:7
%8053 = mul %8050, %8052 : f32[16] @ models/lib/nn.yaml:80:7
%8054 = sub %33, %8053 : f32[16] @ models/lib/nn.yaml:80:7
%8055 = assign %33, %8054 : f32[16] @ models/lib/nn.yaml:80:7
%8056 = assign %8026, %8032 : f32[16] @ models/lib/nn.yaml:80:7
%8057 = assign %8027, %8036 : f32[16] @ models/lib/nn.yaml:80:7
%8058 = assign %8028, %8029 : i64[] @ models/lib/nn.yaml:80:7
%8059 = mul %111, %6795 : f32[16] @ models/lib/nn.yaml:80:7
%8060 = mul %8054, %6797 : f32[16] @ models/lib/nn.yaml:80:7
%8061 = add %8059, %8060 : f32[16] @ models/lib/nn.yaml:80:7
%8062 = assign %111, %8061 : f32[16] @ models/lib/nn.yaml:80:7
%8063 = all_reduce_sum %6140 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8064 = reshape %8063 : f32[16] @ models/lib/vit.yaml:103:7
%8065 = mul %8064, %8064 : f32[16] @ models/lib/vit.yaml:103:7
%8066 = reduce_sum %8065 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%8067 = sqrt %8066 : f32[] @ models/lib/vit.yaml:103:7
%8068 = cast %8067 : f64[] @ models/lib/vit.yaml:103:7
%8069 = add %8068, %6616 : f64[] @ models/lib/vit.yaml:103:7
%8070 = div %6618, %8069 : f64[] @ models/lib/vit.yaml:103:7
%8071 = lt %8070, %6620 : bool[] @ models/lib/vit.yaml:103:7
%8072 = cast %8070 : f32[] @ models/lib/vit.yaml:103:7
%8073 = broadcast %8072 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8074 = mul %8063, %8073 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8075 = broadcast %8071 : bool[1,1,16] @ models/lib/vit.yaml:103:7
%8076 = select %8075, %8074, %8063 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8077 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8078 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8079 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%8080 = add %8079, %6630 : i64[] @ models/lib/vit.yaml:103:7
%8081 = broadcast %6634 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8082 = mul %34, %8081 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8083 = broadcast %3826 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8084 = mul %8076, %8083 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8085 = broadcast %2620 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8086 = mul %8077, %8085 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8087 = add %8086, %8084 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8088 = mul %8076, %8076 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8089 = broadcast %6644 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8090 = mul %8088, %8089 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8091 = broadcast %6648 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8092 = mul %8078, %8091 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8093 = add %8092, %8090 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8094 = cast %8080 : f64[] @ models/lib/vit.yaml:103:7
%8095 = pow %6639, %8094 : f64[] @ models/lib/vit.yaml:103:7
%8096 = sub %6620, %8095 : f64[] @ models/lib/vit.yaml:103:7
%8097 = div %4149, %8096 : f64[] @ models/lib/vit.yaml:103:7
%8098 = pow %6647, %8094 : f64[] @ models/lib/vit.yaml:103:7
%8099 = sub %6620, %8098 : f64[] @ models/lib/vit.yaml:103:7
%8100 = sqrt %8099 : f64[] @ models/lib/vit.yaml:103:7
%8101 = div %6620, %8100 : f64[] @ models/lib/vit.yaml:103:7
%8102 = sqrt %8093 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8103 = cast %8101 : f32[] @ models/lib/vit.yaml:103:7
%8104 = broadcast %8103 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8105 = mul %8102, %8104 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8106 = broadcast %6664 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8107 = add %8105, %8106 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8108 = div %8087, %8107 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8109 = cast %8097 : f32[] @ models/lib/vit.yaml:103:7
%8110 = broadcast %8109 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8111 = mul %8108, %8110 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8112 = sub %8082, %8111 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8113 = assign %34, %8112 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8114 = assign %8077, %8087 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8115 = assign %8078, %8093 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8116 = assign %8079, %8080 : i64[] @ models/lib/vit.yaml:103:7
%8117 = broadcast %3 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8118 = mul %112, %8117 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8119 = broadcast %6679 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8120 = mul %8112, %8119 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8121 = add %8118, %8120 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8122 = assign %112, %8121 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8123 = all_reduce_sum %6115 : f32[16] @ models/lib/nn.yaml:89:7
%8124 = mul %8123, %8123 : f32[16] @ models/lib/nn.yaml:89:7
%8125 = reduce_sum %8124 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8126 = sqrt %8125 : f32[] @ models/lib/nn.yaml:89:7
%8127 = cast %8126 : f64[] @ models/lib/nn.yaml:89:7
%8128 = add %8127, %6616 : f64[] @ models/lib/nn.yaml:89:7
%8129 = div %6618, %8128 : f64[] @ models/lib/nn.yaml:89:7
%8130 = lt %8129, %6620 : bool[] @ models/lib/nn.yaml:89:7
%8131 = cast %8129 : f32[] @ models/lib/nn.yaml:89:7
%8132 = broadcast %8131 : f32[16] @ models/lib/nn.yaml:89:7
%8133 = mul %8123, %8132 : f32[16] @ models/lib/nn.yaml:89:7
%8134 = broadcast %8130 : bool[16] @ models/lib/nn.yaml:89:7
%8135 = select %8134, %8133, %8123 : f32[16] @ models/lib/nn.yaml:89:7
%8136 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8137 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8138 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8139 = add %8138, %6630 : i64[] @ models/lib/nn.yaml:89:7
%8140 = mul %8135, %6761 : f32[16] @ models/lib/nn.yaml:89:7
%8141 = mul %8136, %6763 : f32[16] @ models/lib/nn.yaml:89:7
%8142 = add %8141, %8140 : f32[16] @ models/lib/nn.yaml:89:7
%8143 = mul %8135, %8135 : f32[16] @ models/lib/nn.yaml:89:7
%8144 = mul %8143, %6767 : f32[16] @ models/lib/nn.yaml:89:7
%8145 = mul %8137, %6769 : f32[16] @ models/lib/nn.yaml:89:7
%8146 = add %8145, %8144 : f32[16] @ models/lib/nn.yaml:89:7
%8147 = cast %8139 : f64[] @ models/lib/nn.yaml:89:7
%8148 = pow %6639, %8147 : f64[] @ models/lib/nn.yaml:89:7
%8149 = sub %6620, %8148 : f64[] @ models/lib/nn.yaml:89:7
%8150 = div %4149, %8149 : f64[] @ models/lib/nn.yaml:89:7
%8151 = pow %6647, %8147 : f64[] @ models/lib/nn.yaml:89:7
%8152 = sub %6620, %8151 : f64[] @ models/lib/nn.yaml:89:7
%8153 = sqrt %8152 : f64[] @ models/lib/nn.yaml:89:7
%8154 = div %6620, %8153 : f64[] @ models/lib/nn.yaml:89:7
%8155 = sqrt %8146 : f32[16] @ models/lib/nn.yaml:89:7
%8156 = cast %8154 : f32[] @ models/lib/nn.yaml:89:7
%8157 = broadcast %8156 : f32[16] @ models/lib/nn.yaml:89:7
%8158 = mul %8155, %8157 : f32[16] @ models/lib/nn.yaml:89:7
%8159 = add %8158, %6784 : f32[16] @ models/lib/nn.yaml:89:7
%8160 = div %8142, %8159 : f32[16] @ models/lib/nn.yaml:89:7
%8161 = cast %8150 : f32[] @ models/lib/nn.yaml:89:7
%8162 = broadcast %8161 : f32[16] @ models/lib/nn.yaml:89:7
%8163 = mul %8160, %8162 : f32[16] @ models/lib/nn.yaml:89:7
%8164 = sub %35, %8163 : f32[16] @ models/lib/nn.yaml:89:7
%8165 = assign %35, %8164 : f32[16] @ models/lib/nn.yaml:89:7
%8166 = assign %8136, %8142 : f32[16] @ models/lib/nn.yaml:89:7
%8167 = assign %8137, %8146 : f32[16] @ models/lib/nn.yaml:89:7
%8168 = assign %8138, %8139 : i64[] @ models/lib/nn.yaml:89:7
%8169 = mul %113, %6795 : f32[16] @ models/lib/nn.yaml:89:7
%8170 = mul %8164, %6797 : f32[16] @ models/lib/nn.yaml:89:7
%8171 = add %8169, %8170 : f32[16] @ models/lib/nn.yaml:89:7
%8172 = assign %113, %8171 : f32[16] @ models/lib/nn.yaml:89:7
%8173 = all_reduce_sum %6110 : f32[16] @ models/lib/nn.yaml:90:7
%8174 = mul %8173, %8173 : f32[16] @ models/lib/nn.yaml:90:7
%8175 = reduce_sum %8174 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8176 = sqrt %8175 : f32[] @ models/lib/nn.yaml:90:7
%8177 = cast %8176 : f64[] @ models/lib/nn.yaml:90:7
%8178 = add %8177, %6616 : f64[] @ models/lib/nn.yaml:90:7
%8179 = div %6618, %8178 : f64[] @ models/lib/nn.yaml:90:7
%8180 = lt %8179, %6620 : bool[] @ models/lib/nn.yaml:90:7
%8181 = cast %8179 : f32[] @ models/lib/nn.yaml:90:7
%8182 = broadcast %8181 : f32[16] @ models/lib/nn.yaml:90:7
%8183 = mul %8173, %8182 : f32[16] @ models/lib/nn.yaml:90:7
%8184 = broadcast %8180 : bool[16] @ models/lib/nn.yaml:90:7
%8185 = select %8184, %8183, %8173 : f32[16] @ models/lib/nn.yaml:90:7
%8186 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8187 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8188 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8189 = add %8188, %6630 : i64[] @ models/lib/nn.yaml:90:7
%8190 = mul %8185, %6761 : f32[16] @ models/lib/nn.yaml:90:7
%8191 = mul %8186, %6763 : f32[16] @ models/lib/nn.yaml:90:7
%8192 = add %8191, %8190 : f32[16] @ models/lib/nn.yaml:90:7
%8193 = mul %8185, %8185 : f32[16] @ models/lib/nn.yaml:90:7
%8194 = mul %8193, %6767 : f32[16] @ models/lib/nn.yaml:90:7
%8195 = mul %8187, %6769 : f32[16] @ models/lib/nn.yaml:90:7
%8196 = add %8195, %8194 : f32[16] @ models/lib/nn.yaml:90:7
%8197 = cast %8189 : f64[] @ models/lib/nn.yaml:90:7
%8198 = pow %6639, %8197 : f64[] @ models/lib/nn.yaml:90:7
%8199 = sub %6620, %8198 : f64[] @ models/lib/nn.yaml:90:7
%8200 = div %4149, %8199 : f64[] @ models/lib/nn.yaml:90:7
%8201 = pow %6647, %8197 : f64[] @ models/lib/nn.yaml:90:7
%8202 = sub %6620, %8201 : f64[] @ models/lib/nn.yaml:90:7
%8203 = sqrt %8202 : f64[] @ models/lib/nn.yaml:90:7
%8204 = div %6620, %8203 : f64[] @ models/lib/nn.yaml:90:7
%8205 = sqrt %8196 : f32[16] @ models/lib/nn.yaml:90:7
%8206 = cast %8204 : f32[] @ models/lib/nn.yaml:90:7
%8207 = broadcast %8206 : f32[16] @ models/lib/nn.yaml:90:7
%8208 = mul %8205, %8207 : f32[16] @ models/lib/nn.yaml:90:7
%8209 = add %8208, %6784 : f32[16] @ models/lib/nn.yaml:90:7
%8210 = div %8192, %8209 : f32[16] @ models/lib/nn.yaml:90:7
%8211 = cast %8200 : f32[] @ models/lib/nn.yaml:90:7
%8212 = broadcast %8211 : f32[16] @ models/lib/nn.yaml:90:7
%8213 = mul %8210, %8212 : f32[16] @ models/lib/nn.yaml:90:7
%8214 = sub %36, %8213 : f32[16] @ models/lib/nn.yaml:90:7
%8215 = assign %36, %8214 : f32[16] @ models/lib/nn.yaml:90:7
%8216 = assign %8186, %8192 : f32[16] @ models/lib/nn.yaml:90:7
%8217 = assign %8187, %8196 : f32[16] @ models/lib/nn.yaml:90:7
%8218 = assign %8188, %8189 : i64[] @ models/lib/nn.yaml:90:7
%8219 = mul %114, %6795 : f32[16] @ models/lib/nn.yaml:90:7
%8220 = mul %8214, %6797 : f32[16] @ models/lib/nn.yaml:90:7
%8221 = add %8219, %8220 : f32[16] @ models/lib/nn.yaml:90:7
%8222 = assign %114, %8221 : f32[16] @ models/lib/nn.yaml:90:7
%8223 = all_reduce_sum %6103 : f32[16,16] @ models/lib/nn.yaml:79:7
%8224 = reshape %8223 : f32[256] @ models/lib/nn.yaml:79:7
%8225 = mul %8224, %8224 : f32[256] @ models/lib/nn.yaml:79:7
%8226 = reduce_sum %8225 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8227 = sqrt %8226 : f32[] @ models/lib/nn.yaml:79:7
%8228 = cast %8227 : f64[] @ models/lib/nn.yaml:79:7
%8229 = add %8228, %6616 : f64[] @ models/lib/nn.yaml:79:7
%8230 = div %6618, %8229 : f64[] @ models/lib/nn.yaml:79:7
%8231 = lt %8230, %6620 : bool[] @ models/lib/nn.yaml:79:7
%8232 = cast %8230 : f32[] @ models/lib/nn.yaml:79:7
%8233 = broadcast %8232 : f32[16,16] @ models/lib/nn.yaml:79:7
%8234 = mul %8223, %8233 : f32[16,16] @ models/lib/nn.yaml:79:7
%8235 = broadcast %8231 : bool[16,16] @ models/lib/nn.yaml:79:7
%8236 = select %8235, %8234, %8223 : f32[16,16] @ models/lib/nn.yaml:79:7
%8237 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8238 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8239 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8240 = add %8239, %6630 : i64[] @ models/lib/nn.yaml:79:7
%8241 = mul %37, %7036 : f32[16,16] @ models/lib/nn.yaml:79:7
%8242 = mul %8236, %7038 : f32[16,16] @ models/lib/nn.yaml:79:7
%8243 = mul %8237, %7040 : f32[16,16] @ models/lib/nn.yaml:79:7
%8244 = add %8243, %8242 : f32[16,16] @ models/lib/nn.yaml:79:7
%8245 = mul %8236, %8236 : f32[16,16] @ models/lib/nn.yaml:79:7
%8246 = mul %8245, %7044 : f32[16,16] @ models/lib/nn.yaml:79:7
%8247 = mul %8238, %7046 : f32[16,16] @ models/lib/nn.yaml:79:7
%8248 = add %8247, %8246 : f32[16,16] @ models/lib/nn.yaml:79:7
%8249 = cast %8240 : f64[] @ models/lib/nn.yaml:79:7
%8250 = pow %6639, %8249 : f64[] @ models/lib/nn.yaml:79:7
%8251 = sub %6620, %8250 : f64[] @ models/lib/nn.yaml:79:7
%8252 = div %4149, %8251 : f64[] @ models/lib/nn.yaml:79:7
%8253 = pow %6647, %8249 : f64[] @ models/lib/nn.yaml:79:7
%8254 = sub %6620, %8253 : f64[] @ models/lib/nn.yaml:79:7
%8255 = sqrt %8254 : f64[] @ models/lib/nn.yaml:79:7
%8256 = div %6620, %8255 : f64[] @ models/lib/nn.yaml:79:7
%8257 = sqrt %8248 : f32[16,16] @ models/lib/nn.yaml:79:7
%8258 = cast %8256 : f32[] @ models/lib/nn.yaml:79:7
%8259 = broadcast %8258 : f32[16,16] @ models/lib/nn.yaml:79:7
%8260 = mul %8257, %8259 : f32[16,16] @ models/lib/nn.yaml:79:7
%8261 = add %8260, %7061 : f32[16,16] @ models/lib/nn.yaml:79:7
%8262 = div %8244, %8261 : f32[16,16] @ models/lib/nn.yaml:79:7
%8263 = cast %8252 : f32[] @ models/lib/nn.yaml:79:7
%8264 = broadcast %8263 : f32[16,16] @ models/lib/nn.yaml:79:7
%8265 = mul %8262, %8264 : f32[16,16] @ models/lib/nn.yaml:79:7
%8266 = sub %8241, %8265 : f32[16,16] @ models/lib/nn.yaml:79:7
%8267 = assign %37, %8266 : f32[16,16] @ models/lib/nn.yaml:79:7
%8268 = assign %8237, %8244 : f32[16,16] @ models/lib/nn.yaml:79:7
%8269 = assign %8238, %8248 : f32[16,16] @ models/lib/nn.yaml:79:7
%8270 = assign %8239, %8240 : i64[] @ models/lib/nn.yaml:79:7
%8271 = mul %115, %7072 : f32[16,16] @ models/lib/nn.yaml:79:7
%8272 = mul %8266, %7074 : f32[16,16] @ models/lib/nn.yaml:79:7
%8273 = add %8271, %8272 : f32[16,16] @ models/lib/nn.yaml:79:7
%8274 = assign %115, %8273 : f32[16,16] @ models/lib/nn.yaml:79:7
%8275 = all_reduce_sum %6094 : f32[16] @ models/lib/nn.yaml:80:7
%8276 = mul %8275, %8275 : f32[16] @ models/lib/nn.yaml:80:7
%8277 = reduce_sum %8276 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8278 = sqrt %8277 : f32[] @ models/lib/nn.yaml:80:7
%8279 = cast %8278 : f64[] @ models/lib/nn.yaml:80:7
%8280 = add %8279, %6616 : f64[] @ models/lib/nn.yaml:80:7
%8281 = div %6618, %8280 : f64[] @ models/lib/nn.yaml:80:7
%8282 = lt %8281, %6620 : bool[] @ models/lib/nn.yaml:80:7
%8283 = cast %8281 : f32[] @ models/lib/nn.yaml:80:7
%8284 = broadcast %8283 : f32[16] @ models/lib/nn.yaml:80:7
%8285 = mul %8275, %8284 : f32[16] @ models/lib/nn.yaml:80:7
%8286 = broadcast %8282 : bool[16] @ models/lib/nn.yaml:80:7
%8287 = select %8286, %8285, %8275 : f32[16] @ models/lib/nn.yaml:80:7
%8288 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8289 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8290 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8291 = add %8290, %6630 : i64[] @ models/lib/nn.yaml:80:7
%8292 = mul %8287, %6761 : f32[16] @ models/lib/nn.yaml:80:7
%8293 = mul %8288, %6763 : f32[16] @ models/lib/nn.yaml:80:7
%8294 = add %8293, %8292 : f32[16] @ models/lib/nn.yaml:80:7
%8295 = mul %8287, %8287 : f32[16] @ models/lib/nn.yaml:80:7
%8296 = mul %8295, %6767 : f32[16] @ models/lib/nn.yaml:80:7
%8297 = mul %8289, %6769 : f32[16] @ models/lib/nn.yaml:80:7
%8298 = add %8297, %8296 : f32[16] @ models/lib/nn.yaml:80:7
%8299 = cast %8291 : f64[] @ models/lib/nn.yaml:80:7
%8300 = pow %6639, %8299 : f64[] @ models/lib/nn.yaml:80:7
%8301 = sub %6620, %8300 : f64[] @ models/lib/nn.yaml:80:7
%8302 = div %4149, %8301 : f64[] @ models/lib/nn.yaml:80:7
%8303 = pow %6647, %8299 : f64[] @ models/lib/nn.yaml:80:7
%8304 = sub %6620, %8303 : f64[] @ models/lib/nn.yaml:80:7
%8305 = sqrt %8304 : f64[] @ models/lib/nn.yaml:80:7
%8306 = div %6620, %8305 : f64[] @ models/lib/nn.yaml:80:7
%8307 = sqrt %8298 : f32[16] @ models/lib/nn.yaml:80:7
%8308 = cast %8306 : f32[] @ models/lib/nn.yaml:80:7
%8309 = broadcast %8308 : f32[16] @ models/lib/nn.yaml:80:7
%8310 = mul %8307, %8309 : f32[16] @ models/lib/nn.yaml:80:7
%8311 = add %8310, %6784 : f32[16] @ models/lib/nn.yaml:80:7
%8312 = div %8294, %8311 : f32[16] @ models/lib/nn.yaml:80:7
%8313 = cast %8302 : f32[] @ models/lib/nn.yaml:80:7
%8314 = broadcast %8313 : f32[16] @ models/lib/nn.yaml:80:7
%8315 = mul %8312, %8314 : f32[16] @ models/lib/nn.yaml:80:7
%8316 = sub %38, %8315 : f32[16] @ models/lib/nn.yaml:80:7
%8317 = assign %38, %8316 : f32[16] @ models/lib/nn.yaml:80:7
%8318 = assign %8288, %8294 : f32[16] @ models/lib/nn.yaml:80:7
%8319 = assign %8289, %8298 : f32[16] @ models/lib/nn.yaml:80:7
%8320 = assign %8290, %8291 : i64[] @ models/lib/nn.yaml:80:7
%8321 = mul %116, %6795 : f32[16] @ models/lib/nn.yaml:80:7
%8322 = mul %8316, %6797 : f32[16] @ models/lib/nn.yaml:80:7
%8323 = add %8321, %8322 : f32[16] @ models/lib/nn.yaml:80:7
%8324 = assign %116, %8323 : f32[16] @ models/lib/nn.yaml:80:7
%8325 = all_reduce_sum %6088 : f32[16,16] @ models/lib/nn.yaml:79:7
%8326 = reshape %8325 : f32[256] @ models/lib/nn.yaml:79:7
%8327 = mul %8326, %8326 : f32[256] @ models/lib/nn.yaml:79:7
%8328 = reduce_sum %8327 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8329 = sqrt %8328 : f32[] @ models/lib/nn.yaml:79:7
%8330 = cast %8329 : f64[] @ models/lib/nn.yaml:79:7
%8331 = add %8330, %6616 : f64[] @ models/lib/nn.yaml:79:7
%8332 = div %6618, %8331 : f64[] @ models/lib/nn.yaml:79:7
%8333 = lt %8332, %6620 : bool[] @ models/lib/nn.yaml:79:7
%8334 = cast %8332 : f32[] @ models/lib/nn.yaml:79:7
%8335 = broadcast %8334 : f32[16,16] @ models/lib/nn.yaml:79:7
%8336 = mul %8325, %8335 : f32[16,16] @ models/lib/nn.yaml:79:7
%8337 = broadcast %8333 : bool[16,16] @ models/lib/nn.yaml:79:7
%8338 = select %8337, %8336, %8325 : f32[16,16] @ models/lib/nn.yaml:79:7
%8339 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8340 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8341 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8342 = add %8341, %6630 : i64[] @ models/lib/nn.yaml:79:7
%8343 = mul %39, %7036 : f32[16,16] @ models/lib/nn.yaml:79:7
%8344 = mul %8338, %7038 : f32[16,16] @ models/lib/nn.yaml:79:7
%8345 = mul %8339, %7040 : f32[16,16] @ models/lib/nn.yaml:79:7
%8346 = add %8345, %8344 : f32[16,16] @ models/lib/nn.yaml:79:7
%8347 = mul %8338, %8338 : f32[16,16] @ models/lib/nn.yaml:79:7
%8348 = mul %8347, %7044 : f32[16,16] @ models/lib/nn.yaml:79:7
%8349 = mul %8340, %7046 : f32[16,16] @ models/lib/nn.yaml:79:7
%8350 = add %8349, %8348 : f32[16,16] @ models/lib/nn.yaml:79:7
%8351 = cast %8342 : f64[] @ models/lib/nn.yaml:79:7
%8352 = pow %6639, %8351 : f64[] @ models/lib/nn.yaml:79:7
%8353 = sub %6620, %8352 : f64[] @ models/lib/nn.yaml:79:7
%8354 = div %4149, %8353 : f64[] @ models/lib/nn.yaml:79:7
%8355 = pow %6647, %8351 : f64[] @ models/lib/nn.yaml:79:7
%8356 = sub %6620, %8355 : f64[] @ models/lib/nn.yaml:79:7
%8357 = sqrt %8356 : f64[] @ models/lib/nn.yaml:79:7
%8358 = div %6620, %8357 : f64[] @ models/lib/nn.yaml:79:7
%8359 = sqrt %8350 : f32[16,16] @ models/lib/nn.yaml:79:7
%8360 = cast %8358 : f32[] @ models/lib/nn.yaml:79:7
%8361 = broadcast %8360 : f32[16,16] @ models/lib/nn.yaml:79:7
%8362 = mul %8359, %8361 : f32[16,16] @ models/lib/nn.yaml:79:7
%8363 = add %8362, %7061 : f32[16,16] @ models/lib/nn.yaml:79:7
%8364 = div %8346, %8363 : f32[16,16] @ models/lib/nn.yaml:79:7
%8365 = cast %8354 : f32[] @ models/lib/nn.yaml:79:7
%8366 = broadcast %8365 : f32[16,16] @ models/lib/nn.yaml:79:7
%8367 = mul %8364, %8366 : f32[16,16] @ models/lib/nn.yaml:79:7
%8368 = sub %8343, %8367 : f32[16,16] @ models/lib/nn.yaml:79:7
%8369 = assign %39, %8368 : f32[16,16] @ models/lib/nn.yaml:79:7
%8370 = assign %8339, %8346 : f32[16,16] @ models/lib/nn.yaml:79:7
%8371 = assign %8340, %8350 : f32[16,16] @ models/lib/nn.yaml:79:7
%8372 = assign %8341, %8342 : i64[] @ models/lib/nn.yaml:79:7
%8373 = mul %117, %7072 : f32[16,16] @ models/lib/nn.yaml:79:7
%8374 = mul %8368, %7074 : f32[16,16] @ models/lib/nn.yaml:79:7
%8375 = add %8373, %8374 : f32[16,16] @ models/lib/nn.yaml:79:7
%8376 = assign %117, %8375 : f32[16,16] @ models/lib/nn.yaml:79:7
%8377 = all_reduce_sum %6080 : f32[16] @ models/lib/nn.yaml:80:7
%8378 = mul %8377, %8377 : f32[16] @ models/lib/nn.yaml:80:7
%8379 = reduce_sum %8378 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8380 = sqrt %8379 : f32[] @ models/lib/nn.yaml:80:7
%8381 = cast %8380 : f64[] @ models/lib/nn.yaml:80:7
%8382 = add %8381, %6616 : f64[] @ models/lib/nn.yaml:80:7
%8383 = div %6618, %8382 : f64[] @ models/lib/nn.yaml:80:7
%8384 = lt %8383, %6620 : bool[] @ models/lib/nn.yaml:80:7
%8385 = cast %8383 : f32[] @ models/lib/nn.yaml:80:7
%8386 = broadcast %8385 : f32[16] @ models/lib/nn.yaml:80:7
%8387 = mul %8377, %8386 : f32[16] @ models/lib/nn.yaml:80:7
%8388 = broadcast %8384 : bool[16] @ models/lib/nn.yaml:80:7
%8389 = select %8388, %8387, %8377 : f32[16] @ models/lib/nn.yaml:80:7
%8390 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8391 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8392 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8393 = add %8392, %6630 : i64[] @ models/lib/nn.yaml:80:7
%8394 = mul %8389, %6761 : f32[16] @ models/lib/nn.yaml:80:7
%8395 = mul %8390, %6763 : f32[16] @ models/lib/nn.yaml:80:7
%8396 = add %8395, %8394 : f32[16] @ models/lib/nn.yaml:80:7
%8397 = mul %8389, %8389 : f32[16] @ models/lib/nn.yaml:80:7
%8398 = mul %8397, %6767 : f32[16] @ models/lib/nn.yaml:80:7
%8399 = mul %8391, %6769 : f32[16] @ models/lib/nn.yaml:80:7
%8400 = add %8399, %8398 : f32[16] @ models/lib/nn.yaml:80:7
%8401 = cast %8393 : f64[] @ models/lib/nn.yaml:80:7
%8402 = pow %6639, %8401 : f64[] @ models/lib/nn.yaml:80:7
%8403 = sub %6620, %8402 : f64[] @ models/lib/nn.yaml:80:7
%8404 = div %4149, %8403 : f64[] @ models/lib/nn.yaml:80:7
%8405 = pow %6647, %8401 : f64[] @ models/lib/nn.yaml:80:7
%8406 = sub %6620, %8405 : f64[] @ models/lib/nn.yaml:80:7
%8407 = sqrt %8406 : f64[] @ models/lib/nn.yaml:80:7
%8408 = div %6620, %8407 : f64[] @ models/lib/nn.yaml:80:7
%8409 = sqrt %8400 : f32[16] @ models/lib/nn.yaml:80:7
%8410 = cast %8408 : f32[] @ models/lib/nn.yaml:80:7
%8411 = broadcast %8410 : f32[16] @ models/lib/nn.yaml:80:7
%8412 = mul %8409, %8411 : f32[16] @ models/lib/nn.yaml:80:7
%8413 = add %8412, %6784 : f32[16] @ models/lib/nn.yaml:80:7
%8414 = div %8396, %8413 : f32[16] @ models/lib/nn.yaml:80:7
%8415 = cast %8404 : f32[] @ models/lib/nn.yaml:80:7
%8416 = broadcast %8415 : f32[16] @ models/lib/nn.yaml:80:7
%8417 = mul %8414, %8416 : f32[16] @ models/lib/nn.yaml:80:7
%8418 = sub %40, %8417 : f32[16] @ models/lib/nn.yaml:80:7
%8419 = assign %40, %8418 : f32[16] @ models/lib/nn.yaml:80:7
%8420 = assign %8390, %8396 : f32[16] @ models/lib/nn.yaml:80:7
%8421 = assign %8391, %8400 : f32[16] @ models/lib/nn.yaml:80:7
%8422 = assign %8392, %8393 : i64[] @ models/lib/nn.yaml:80:7
%8423 = mul %118, %6795 : f32[16] @ models/lib/nn.yaml:80:7
%8424 = mul %8418, %6797 : f32[16] @ models/lib/nn.yaml:80:7
%8425 = add %8423, %8424 : f32[16] @ models/lib/nn.yaml:80:7
%8426 = assign %118, %8425 : f32[16] @ models/lib/nn.yaml:80:7
%8427 = all_reduce_sum %6074 : f32[16,16] @ models/lib/nn.yaml:79:7
%8428 = reshape %8427 : f32[256] @ models/lib/nn.yaml:79:7
%8429 = mul %8428, %8428 : f32[256] @ models/lib/nn.yaml:79:7
%8430 = reduce_sum %8429 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8431 = sqrt %8430 : f32[] @ models/lib/nn.yaml:79:7
%8432 = cast %8431 : f64[] @ models/lib/nn.yaml:79:7
%8433 = add %8432, %6616 : f64[] @ models/lib/nn.yaml:79:7
%8434 = div %6618, %8433 : f64[] @ models/lib/nn.yaml:79:7
%8435 = lt %8434, %6620 : bool[] @ models/lib/nn.yaml:79:7
%8436 = cast %8434 : f32[] @ models/lib/nn.yaml:79:7
%8437 = broadcast %8436 : f32[16,16] @ models/lib/nn.yaml:79:7
%8438 = mul %8427, %8437 : f32[16,16] @ models/lib/nn.yaml:79:7
%8439 = broadcast %8435 : bool[16,16] @ models/lib/nn.yaml:79:7
%8440 = select %8439, %8438, %8427 : f32[16,16] @ models/lib/nn.yaml:79:7
%8441 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8442 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8443 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8444 = add %8443, %6630 : i64[] @ models/lib/nn.yaml:79:7
%8445 = mul %41, %7036 : f32[16,16] @ models/lib/nn.yaml:79:7
%8446 = mul %8440, %7038 : f32[16,16] @ models/lib/nn.yaml:79:7
%8447 = mul %8441, %7040 : f32[16,16] @ models/lib/nn.yaml:79:7
%8448 = add %8447, %8446 : f32[16,16] @ models/lib/nn.yaml:79:7
%8449 = mul %8440, %8440 : f32[16,16] @ models/lib/nn.yaml:79:7
%8450 = mul %8449, %7044 : f32[16,16] @ models/lib/nn.yaml:79:7
%8451 = mul %8442, %7046 : f32[16,16] @ models/lib/nn.yaml:79:7
%8452 = add %8451, %8450 : f32[16,16] @ models/lib/nn.yaml:79:7
%8453 = cast %8444 : f64[] @ models/lib/nn.yaml:79:7
%8454 = pow %6639, %8453 : f64[] @ models/lib/nn.yaml:79:7
%8455 = sub %6620, %8454 : f64[] @ models/lib/nn.yaml:79:7
%8456 = div %4149, %8455 : f64[] @ models/lib/nn.yaml:79:7
%8457 = pow %6647, %8453 : f64[] @ models/lib/nn.yaml:79:7
%8458 = sub %6620, %8457 : f64[] @ models/lib/nn.yaml:79:7
%8459 = sqrt %8458 : f64[] @ models/lib/nn.yaml:79:7
%8460 = div %6620, %8459 : f64[] @ models/lib/nn.yaml:79:7
%8461 = sqrt %8452 : f32[16,16] @ models/lib/nn.yaml:79:7
%8462 = cast %8460 : f32[] @ models/lib/nn.yaml:79:7
%8463 = broadcast %8462 : f32[16,16] @ models/lib/nn.yaml:79:7
%8464 = mul %8461, %8463 : f32[16,16] @ models/lib/nn.yaml:79:7
%8465 = add %8464, %7061 : f32[16,16] @ models/lib/nn.yaml:79:7
%8466 = div %8448, %8465 : f32[16,16] @ models/lib/nn.yaml:79:7
%8467 = cast %8456 : f32[] @ models/lib/nn.yaml:79:7
%8468 = broadcast %8467 : f32[16,16] @ models/lib/nn.yaml:79:7
%8469 = mul %8466, %8468 : f32[16,16] @ models/lib/nn.yaml:79:7
%8470 = sub %8445, %8469 : f32[16,16] @ models/lib/nn.yaml:79:7
%8471 = assign %41, %8470 : f32[16,16] @ models/lib/nn.yaml:79:7
%8472 = assign %8441, %8448 : f32[16,16] @ models/lib/nn.yaml:79:7
%8473 = assign %8442, %8452 : f32[16,16] @ models/lib/nn.yaml:79:7
%8474 = assign %8443, %8444 : i64[] @ models/lib/nn.yaml:79:7
%8475 = mul %119, %7072 : f32[16,16] @ models/lib/nn.yaml:79:7
%8476 = mul %8470, %7074 : f32[16,16] @ models/lib/nn.yaml:79:7
%8477 = add %8475, %8476 : f32[16,16] @ models/lib/nn.yaml:79:7
%8478 = assign %119, %8477 : f32[16,16] @ models/lib/nn.yaml:79:7
%8479 = all_reduce_sum %6068 : f32[16] @ models/lib/nn.yaml:80:7
%8480 = mul %8479, %8479 : f32[16] @ models/lib/nn.yaml:80:7
%8481 = reduce_sum %8480 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8482 = sqrt %8481 : f32[] @ models/lib/nn.yaml:80:7
%8483 = cast %8482 : f64[] @ models/lib/nn.yaml:80:7
%8484 = add %8483, %6616 : f64[] @ models/lib/nn.yaml:80:7
%8485 = div %6618, %8484 : f64[] @ models/lib/nn.yaml:80:7
%8486 = lt %8485, %6620 : bool[] @ models/lib/nn.yaml:80:7
%8487 = cast %8485 : f32[] @ models/lib/nn.yaml:80:7
%8488 = broadcast %8487 : f32[16] @ models/lib/nn.yaml:80:7
%8489 = mul %8479, %8488 : f32[16] @ models/lib/nn.yaml:80:7
%8490 = broadcast %8486 : bool[16] @ models/lib/nn.yaml:80:7
%8491 = select %8490, %8489, %8479 : f32[16] @ models/lib/nn.yaml:80:7
%8492 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8493 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8494 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8495 = add %8494, %6630 : i64[] @ models/lib/nn.yaml:80:7
%8496 = mul %8491, %6761 : f32[16] @ models/lib/nn.yaml:80:7
%8497 = mul %8492, %6763 : f32[16] @ models/lib/nn.yaml:80:7
%8498 = add %8497, %8496 : f32[16] @ models/lib/nn.yaml:80:7
%8499 = mul %8491, %8491 : f32[16] @ models/lib/nn.yaml:80:7
%8500 = mul %8499, %6767 : f32[16] @ models/lib/nn.yaml:80:7
%8501 = mul %8493, %6769 : f32[16] @ models/lib/nn.yaml:80:7
%8502 = add %8501, %8500 : f32[16] @ models/lib/nn.yaml:80:7
%8503 = cast %8495 : f64[] @ models/lib/nn.yaml:80:7
%8504 = pow %6639, %8503 : f64[] @ models/lib/nn.yaml:80:7
%8505 = sub %6620, %8504 : f64[] @ models/lib/nn.yaml:80:7
%8506 = div %4149, %8505 : f64[] @ models/lib/nn.yaml:80:7
%8507 = pow %6647, %8503 : f64[] @ models/lib/nn.yaml:80:7
%8508 = sub %6620, %8507 : f64[] @ models/lib/nn.yaml:80:7
%8509 = sqrt %8508 : f64[] @ models/lib/nn.yaml:80:7
%8510 = div %6620, %8509 : f64[] @ models/lib/nn.yaml:80:7
%8511 = sqrt %8502 : f32[16] @ models/lib/nn.yaml:80:7
%8512 = cast %8510 : f32[] @ models/lib/nn.yaml:80:7
%8513 = broadcast %8512 : f32[16] @ models/lib/nn.yaml:80:7
%8514 = mul %8511, %8513 : f32[16] @ models/lib/nn.yaml:80:7
%8515 = add %8514, %6784 : f32[16] @ models/lib/nn.yaml:80:7
%8516 = div %8498, %8515 : f32[16] @ models/lib/nn.yaml:80:7
%8517 = cast %8506 : f32[] @ models/lib/nn.yaml:80:7
%8518 = broadcast %8517 : f32[16] @ models/lib/nn.yaml:80:7
%8519 = mul %8516, %8518 : f32[16] @ models/lib/nn.yaml:80:7
%8520 = sub %42, %8519 : f32[16] @ models/lib/nn.yaml:80:7
%8521 = assign %42, %8520 : f32[16] @ models/lib/nn.yaml:80:7
%8522 = assign %8492, %8498 : f32[16] @ models/lib/nn.yaml:80:7
%8523 = assign %8493, %8502 : f32[16] @ models/lib/nn.yaml:80:7
%8524 = assign %8494, %8495 : i64[] @ models/lib/nn.yaml:80:7
%8525 = mul %120, %6795 : f32[16] @ models/lib/nn.yaml:80:7
%8526 = mul %8520, %6797 : f32[16] @ models/lib/nn.yaml:80:7
%8527 = add %8525, %8526 : f32[16] @ models/lib/nn.yaml:80:7
%8528 = assign %120, %8527 : f32[16] @ models/lib/nn.yaml:80:7
%8529 = all_reduce_sum %5974 : f32[16,16] @ models/lib/nn.yaml:79:7
%8530 = reshape %8529 : f32[256] @ models/lib/nn.yaml:79:7
%8531 = mul %8530, %8530 : f32[256] @ models/lib/nn.yaml:79:7
%8532 = reduce_sum %8531 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8533 = sqrt %8532 : f32[] @ models/lib/nn.yaml:79:7
%8534 = cast %8533 : f64[] @ models/lib/nn.yaml:79:7
%8535 = add %8534, %6616 : f64[] @ models/lib/nn.yaml:79:7
%8536 = div %6618, %8535 : f64[] @ models/lib/nn.yaml:79:7
%8537 = lt %8536, %6620 : bool[] @ models/lib/nn.yaml:79:7
%8538 = cast %8536 : f32[] @ models/lib/nn.yaml:79:7
%8539 = broadcast %8538 : f32[16,16] @ models/lib/nn.yaml:79:7
%8540 = mul %8529, %8539 : f32[16,16] @ models/lib/nn.yaml:79:7
%8541 = broadcast %8537 : bool[16,16] @ models/lib/nn.yaml:79:7
%8542 = select %8541, %8540, %8529 : f32[16,16] @ models/lib/nn.yaml:79:7
%8543 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8544 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8545 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8546 = add %8545, %6630 : i64[] @ models/lib/nn.yaml:79:7
%8547 = mul %43, %7036 : f32[16,16] @ models/lib/nn.yaml:79:7
%8548 = mul %8542, %7038 : f32[16,16] @ models/lib/nn.yaml:79:7
%8549 = mul %8543, %7040 : f32[16,16] @ models/lib/nn.yaml:79:7
%8550 = add %8549, %8548 : f32[16,16] @ models/lib/nn.yaml:79:7
%8551 = mul %8542, %8542 : f32[16,16] @ models/lib/nn.yaml:79:7
%8552 = mul %8551, %7044 : f32[16,16] @ models/lib/nn.yaml:79:7
%8553 = mul %8544, %7046 : f32[16,16] @ models/lib/nn.yaml:79:7
%8554 = add %8553, %8552 : f32[16,16] @ models/lib/nn.yaml:79:7
%8555 = cast %8546 : f64[] @ models/lib/nn.yaml:79:7
%8556 = pow %6639, %8555 : f64[] @ models/lib/nn.yaml:79:7
%8557 = sub %6620, %8556 : f64[] @ models/lib/nn.yaml:79:7
%8558 = div %4149, %8557 : f64[] @ models/lib/nn.yaml:79:7
%8559 = pow %6647, %8555 : f64[] @ models/lib/nn.yaml:79:7
%8560 = sub %6620, %8559 : f64[] @ models/lib/nn.yaml:79:7
%8561 = sqrt %8560 : f64[] @ models/lib/nn.yaml:79:7
%8562 = div %6620, %8561 : f64[] @ models/lib/nn.yaml:79:7
%8563 = sqrt %8554 : f32[16,16] @ models/lib/nn.yaml:79:7
%8564 = cast %8562 : f32[] @ models/lib/nn.yaml:79:7
%8565 = broadcast %8564 : f32[16,16] @ models/lib/nn.yaml:79:7
%8566 = mul %8563, %8565 : f32[16,16] @ models/lib/nn.yaml:79:7
%8567 = add %8566, %7061 : f32[16,16] @ models/lib/nn.yaml:79:7
%8568 = div %8550, %8567 : f32[16,16] @ models/lib/nn.yaml:79:7
%8569 = cast %8558 : f32[] @ models/lib/nn.yaml:79:7
%8570 = broadcast %8569 : f32[16,16] @ models/lib/nn.yaml:79:7
%8571 = mul %8568, %8570 : f32[16,16] @ models/lib/nn.yaml:79:7
%8572 = sub %8547, %8571 : f32[16,16] @ models/lib/nn.yaml:79:7
%8573 = assign %43, %8572 : f32[16,16] @ models/lib/nn.yaml:79:7
%8574 = assign %8543, %8550 : f32[16,16] @ models/lib/nn.yaml:79:7
%8575 = assign %8544, %8554 : f32[16,16] @ models/lib/nn.yaml:79:7
%8576 = assign %8545, %8546 : i64[] @ models/lib/nn.yaml:79:7
%8577 = mul %121, %7072 : f32[16,16] @ models/lib/nn.yaml:79:7
%8578 = mul %8572, %7074 : f32[16,16] @ models/lib/nn.yaml:79:7
%8579 = add %8577, %8578 : f32[16,16] @ models/lib/nn.yaml:79:7
%8580 = assign %121, %8579 : f32[16,16] @ models/lib/nn.yaml:79:7
%8581 = all_reduce_sum %5966 : f32[16] @ models/lib/nn.yaml:80:7
%8582 = mul %8581, %8581 : f32[16] @ models/lib/nn.yaml:80:7
%8583 = reduce_sum %8582 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8584 = sqrt %8583 : f32[] @ models/lib/nn.yaml:80:7
%8585 = cast %8584 : f64[] @ models/lib/nn.yaml:80:7
%8586 = add %8585, %6616 : f64[] @ models/lib/nn.yaml:80:7
%8587 = div %6618, %8586 : f64[] @ models/lib/nn.yaml:80:7
%8588 = lt %8587, %6620 : bool[] @ models/lib/nn.yaml:80:7
%8589 = cast %8587 : f32[] @ models/lib/nn.yaml:80:7
%8590 = broadcast %8589 : f32[16] @ models/lib/nn.yaml:80:7
%8591 = mul %8581, %8590 : f32[16] @ models/lib/nn.yaml:80:7
%8592 = broadcast %8588 : bool[16] @ models/lib/nn.yaml:80:7
%8593 = select %8592, %8591, %8581 : f32[16] @ models/lib/nn.yaml:80:7
%8594 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8595 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8596 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8597 = add %8596, %6630 : i64[] @ models/lib/nn.yaml:80:7
%8598 = mul %8593, %6761 : f32[16] @ models/lib/nn.yaml:80:7
%8599 = mul %8594, %6763 : f32[16] @ models/lib/nn.yaml:80:7
%8600 = add %8599, %8598 : f32[16] @ models/lib/nn.yaml:80:7
%8601 = mul %8593, %8593 : f32[16] @ models/lib/nn.yaml:80:7
%8602 = mul %8601, %6767 : f32[16] @ models/lib/nn.yaml:80:7
%8603 = mul %8595, %6769 : f32[16] @ models/lib/nn.yaml:80:7
%8604 = add %8603, %8602 : f32[16] @ models/lib/nn.yaml:80:7
%8605 = cast %8597 : f64[] @ models/lib/nn.yaml:80:7
%8606 = pow %6639, %8605 : f64[] @ models/lib/nn.yaml:80:7
%8607 = sub %6620, %8606 : f64[] @ models/lib/nn.yaml:80:7
%8608 = div %4149, %8607 : f64[] @ models/lib/nn.yaml:80:7
%8609 = pow %6647, %8605 : f64[] @ models/lib/nn.yaml:80:7
%8610 = sub %6620, %8609 : f64[] @ models/lib/nn.yaml:80:7
%8611 = sqrt %8610 : f64[] @ models/lib/nn.yaml:80:7
%8612 = div %6620, %8611 : f64[] @ models/lib/nn.yaml:80:7
%8613 = sqrt %8604 : f32[16] @ models/lib/nn.yaml:80:7
%8614 = cast %8612 : f32[] @ models/lib/nn.yaml:80:7
%8615 = broadcast %8614 : f32[16] @ models/lib/nn.yaml:80:7
%8616 = mul %8613, %8615 : f32[16] @ models/lib/nn.yaml:80:7
%8617 = add %8616, %6784 : f32[16] @ models/lib/nn.yaml:80:7
%8618 = div %8600, %8617 : f32[16] @ models/lib/nn.yaml:80:7
%8619 = cast %8608 : f32[] @ models/lib/nn.yaml:80:7
%8620 = broadcast %8619 : f32[16] @ models/lib/nn.yaml:80:7
%8621 = mul %8618, %8620 : f32[16] @ models/lib/nn.yaml:80:7
%8622 = sub %44, %8621 : f32[16] @ models/lib/nn.yaml:80:7
%8623 = assign %44, %8622 : f32[16] @ models/lib/nn.yaml:80:7
%8624 = assign %8594, %8600 : f32[16] @ models/lib/nn.yaml:80:7
%8625 = assign %8595, %8604 : f32[16] @ models/lib/nn.yaml:80:7
%8626 = assign %8596, %8597 : i64[] @ models/lib/nn.yaml:80:7
%8627 = mul %122, %6795 : f32[16] @ models/lib/nn.yaml:80:7
%8628 = mul %8622, %6797 : f32[16] @ models/lib/nn.yaml:80:7
%8629 = add %8627, %8628 : f32[16] @ models/lib/nn.yaml:80:7
%8630 = assign %122, %8629 : f32[16] @ models/lib/nn.yaml:80:7
%8631 = all_reduce_sum %5945 : f32[16] @ models/lib/nn.yaml:89:7
%8632 = mul %8631, %8631 : f32[16] @ models/lib/nn.yaml:89:7
%8633 = reduce_sum %8632 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8634 = sqrt %8633 : f32[] @ models/lib/nn.yaml:89:7
%8635 = cast %8634 : f64[] @ models/lib/nn.yaml:89:7
%8636 = add %8635, %6616 : f64[] @ models/lib/nn.yaml:89:7
%8637 = div %6618, %8636 : f64[] @ models/lib/nn.yaml:89:7
%8638 = lt %8637, %6620 : bool[] @ models/lib/nn.yaml:89:7
%8639 = cast %8637 : f32[] @ models/lib/nn.yaml:89:7
%8640 = broadcast %8639 : f32[16] @ models/lib/nn.yaml:89:7
%8641 = mul %8631, %8640 : f32[16] @ models/lib/nn.yaml:89:7
%8642 = broadcast %8638 : bool[16] @ models/lib/nn.yaml:89:7
%8643 = select %8642, %8641, %8631 : f32[16] @ models/lib/nn.yaml:89:7
%8644 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8645 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8646 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8647 = add %8646, %6630 : i64[] @ models/lib/nn.yaml:89:7
%8648 = mul %8643, %6761 : f32[16] @ models/lib/nn.yaml:89:7
%8649 = mul %8644, %6763 : f32[16] @ models/lib/nn.yaml:89:7
%8650 = add %8649, %8648 : f32[16] @ models/lib/nn.yaml:89:7
%8651 = mul %8643, %8643 : f32[16] @ models/lib/nn.yaml:89:7
%8652 = mul %8651, %6767 : f32[16] @ models/lib/nn.yaml:89:7
%8653 = mul %8645, %6769 : f32[16] @ models/lib/nn.yaml:89:7
%8654 = add %8653, %8652 : f32[16] @ models/lib/nn.yaml:89:7
%8655 = cast %8647 : f64[] @ models/lib/nn.yaml:89:7
%8656 = pow %6639, %8655 : f64[] @ models/lib/nn.yaml:89:7
%8657 = sub %6620, %8656 : f64[] @ models/lib/nn.yaml:89:7
%8658 = div %4149, %8657 : f64[] @ models/lib/nn.yaml:89:7
%8659 = pow %6647, %8655 : f64[] @ models/lib/nn.yaml:89:7
%8660 = sub %6620, %8659 : f64[] @ models/lib/nn.yaml:89:7
%8661 = sqrt %8660 : f64[] @ models/lib/nn.yaml:89:7
%8662 = div %6620, %8661 : f64[] @ models/lib/nn.yaml:89:7
%8663 = sqrt %8654 : f32[16] @ models/lib/nn.yaml:89:7
%8664 = cast %8662 : f32[] @ models/lib/nn.yaml:89:7
%8665 = broadcast %8664 : f32[16] @ models/lib/nn.yaml:89:7
%8666 = mul %8663, %8665 : f32[16] @ models/lib/nn.yaml:89:7
%8667 = add %8666, %6784 : f32[16] @ models/lib/nn.yaml:89:7
%8668 = div %8650, %8667 : f32[16] @ models/lib/nn.yaml:89:7
%8669 = cast %8658 : f32[] @ models/lib/nn.yaml:89:7
%8670 = broadcast %8669 : f32[16] @ models/lib/nn.yaml:89:7
%8671 = mul %8668, %8670 : f32[16] @ models/lib/nn.yaml:89:7
%8672 = sub %45, %8671 : f32[16] @ models/lib/nn.yaml:89:7
%8673 = assign %45, %8672 : f32[16] @ models/lib/nn.yaml:89:7
%8674 = assign %8644, %8650 : f32[16] @ models/lib/nn.yaml:89:7
%8675 = assign %8645, %8654 : f32[16] @ models/lib/nn.yaml:89:7
%8676 = assign %8646, %8647 : i64[] @ models/lib/nn.yaml:89:7
%8677 = mul %123, %6795 : f32[16] @ models/lib/nn.yaml:89:7
%8678 = mul %8672, %6797 : f32[16] @ models/lib/nn.yaml:89:7
%8679 = add %8677, %8678 : f32[16] @ models/lib/nn.yaml:89:7
%8680 = assign %123, %8679 : f32[16] @ models/lib/nn.yaml:89:7
%8681 = all_reduce_sum %5938 : f32[16] @ models/lib/nn.yaml:90:7
%8682 = mul %8681, %8681 : f32[16] @ models/lib/nn.yaml:90:7
%8683 = reduce_sum %8682 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8684 = sqrt %8683 : f32[] @ models/lib/nn.yaml:90:7
%8685 = cast %8684 : f64[] @ models/lib/nn.yaml:90:7
%8686 = add %8685, %6616 : f64[] @ models/lib/nn.yaml:90:7
%8687 = div %6618, %8686 : f64[] @ models/lib/nn.yaml:90:7
%8688 = lt %8687, %6620 : bool[] @ models/lib/nn.yaml:90:7
%8689 = cast %8687 : f32[] @ models/lib/nn.yaml:90:7
%8690 = broadcast %8689 : f32[16] @ models/lib/nn.yaml:90:7
%8691 = mul %8681, %8690 : f32[16] @ models/lib/nn.yaml:90:7
%8692 = broadcast %8688 : bool[16] @ models/lib/nn.yaml:90:7
%8693 = select %8692, %8691, %8681 : f32[16] @ models/lib/nn.yaml:90:7
%8694 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8695 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8696 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8697 = add %8696, %6630 : i64[] @ models/lib/nn.yaml:90:7
%8698 = mul %8693, %6761 : f32[16] @ models/lib/nn.yaml:90:7
%8699 = mul %8694, %6763 : f32[16] @ models/lib/nn.yaml:90:7
%8700 = add %8699, %8698 : f32[16] @ models/lib/nn.yaml:90:7
%8701 = mul %8693, %8693 : f32[16] @ models/lib/nn.yaml:90:7
%8702 = mul %8701, %6767 : f32[16] @ models/lib/nn.yaml:90:7
%8703 = mul %8695, %6769 : f32[16] @ models/lib/nn.yaml:90:7
%8704 = add %8703, %8702 : f32[16] @ models/lib/nn.yaml:90:7
%8705 = cast %8697 : f64[] @ models/lib/nn.yaml:90:7
%8706 = pow %6639, %8705 : f64[] @ models/lib/nn.yaml:90:7
%8707 = sub %6620, %8706 : f64[] @ models/lib/nn.yaml:90:7
%8708 = div %4149, %8707 : f64[] @ models/lib/nn.yaml:90:7
%8709 = pow %6647, %8705 : f64[] @ models/lib/nn.yaml:90:7
%8710 = sub %6620, %8709 : f64[] @ models/lib/nn.yaml:90:7
%8711 = sqrt %8710 : f64[] @ models/lib/nn.yaml:90:7
%8712 = div %6620, %8711 : f64[] @ models/lib/nn.yaml:90:7
%8713 = sqrt %8704 : f32[16] @ models/lib/nn.yaml:90:7
%8714 = cast %8712 : f32[] @ models/lib/nn.yaml:90:7
%8715 = broadcast %8714 : f32[16] @ models/lib/nn.yaml:90:7
%8716 = mul %8713, %8715 : f32[16] @ models/lib/nn.yaml:90:7
%8717 = add %8716, %6784 : f32[16] @ models/lib/nn.yaml:90:7
%8718 = div %8700, %8717 : f32[16] @ models/lib/nn.yaml:90:7
%8719 = cast %8708 : f32[] @ models/lib/nn.yaml:90:7
%8720 = broadcast %8719 : f32[16] @ models/lib/nn.yaml:90:7
%8721 = mul %8718, %8720 : f32[16] @ models/lib/nn.yaml:90:7
%8722 = sub %46, %8721 : f32[16] @ models/lib/nn.yaml:90:7
%8723 = assign %46, %8722 : f32[16] @ models/lib/nn.yaml:90:7
%8724 = assign %8694, %8700 : f32[16] @ models/lib/nn.yaml:90:7
%8725 = assign %8695, %8704 : f32[16] @ models/lib/nn.yaml:90:7
%8726 = assign %8696, %8697 : i64[] @ models/lib/nn.yaml:90:7
%8727 = mul %124, %6795 : f32[16] @ models/lib/nn.yaml:90:7
%8728 = mul %8722, %6797 : f32[16] @ models/lib/nn.yaml:90:7
%8729 = add %8727, %8728 : f32[16] @ models/lib/nn.yaml:90:7
%8730 = assign %124, %8729 : f32[16] @ models/lib/nn.yaml:90:7
%8731 = all_reduce_sum %5934 : f32[64,16] @ models/lib/nn.yaml:79:7
%8732 = reshape %8731 : f32[1024] @ models/lib/nn.yaml:79:7
%8733 = mul %8732, %8732 : f32[1024] @ models/lib/nn.yaml:79:7
%8734 = reduce_sum %8733 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8735 = sqrt %8734 : f32[] @ models/lib/nn.yaml:79:7
%8736 = cast %8735 : f64[] @ models/lib/nn.yaml:79:7
%8737 = add %8736, %6616 : f64[] @ models/lib/nn.yaml:79:7
%8738 = div %6618, %8737 : f64[] @ models/lib/nn.yaml:79:7
%8739 = lt %8738, %6620 : bool[] @ models/lib/nn.yaml:79:7
%8740 = cast %8738 : f32[] @ models/lib/nn.yaml:79:7
%8741 = broadcast %8740 : f32[64,16] @ models/lib/nn.yaml:79:7
%8742 = mul %8731, %8741 : f32[64,16] @ models/lib/nn.yaml:79:7
%8743 = broadcast %8739 : bool[64,16] @ models/lib/nn.yaml:79:7
%8744 = select %8743, %8742, %8731 : f32[64,16] @ models/lib/nn.yaml:79:7
%8745 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8746 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8747 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8748 = add %8747, %6630 : i64[] @ models/lib/nn.yaml:79:7
%8749 = mul %47, %7246 : f32[64,16] @ models/lib/nn.yaml:79:7
%8750 = mul %8744, %7248 : f32[64,16] @ models/lib/nn.yaml:79:7
%8751 = mul %8745, %7250 : f32[64,16] @ models/lib/nn.yaml:79:7
%8752 = add %8751, %8750 : f32[64,16] @ models/lib/nn.yaml:79:7
%8753 = mul %8744, %8744 : f32[64,16] @ models/lib/nn.yaml:79:7
%8754 = mul %8753, %7254 : f32[64,16] @ models/lib/nn.yaml:79:7
%8755 = mul %8746, %7256 : f32[64,16] @ models/lib/nn.yaml:79:7
%8756 = add %8755, %8754 : f32[64,16] @ models/lib/nn.yaml:79:7
%8757 = cast %8748 : f64[] @ models/lib/nn.yaml:79:7
%8758 = pow %6639, %8757 : f64[] @ models/lib/nn.yaml:79:7
%8759 = sub %6620, %8758 : f64[] @ models/lib/nn.yaml:79:7
%8760 = div %4149, %8759 : f64[] @ models/lib/nn.yaml:79:7
%8761 = pow %6647, %8757 : f64[] @ models/lib/nn.yaml:79:7
%8762 = sub %6620, %8761 : f64[] @ models/lib/nn.yaml:79:7
%8763 = sqrt %8762 : f64[] @ models/lib/nn.yaml:79:7
%8764 = div %6620, %8763 : f64[] @ models/lib/nn.yaml:79:7
%8765 = sqrt %8756 : f32[64,16] @ models/lib/nn.yaml:79:7
%8766 = cast %8764 : f32[] @ models/lib/nn.yaml:79:7
%8767 = broadcast %8766 : f32[64,16] @ models/lib/nn.yaml:79:7
%8768 = mul %8765, %8767 : f32[64,16] @ models/lib/nn.yaml:79:7
%8769 = add %8768, %7271 : f32[64,16] @ models/lib/nn.yaml:79:7
%8770 = div %8752, %8769 : f32[64,16] @ models/lib/nn.yaml:79:7
%8771 = cast %8760 : f32[] @ models/lib/nn.yaml:79:7
%8772 = broadcast %8771 : f32[64,16] @ models/lib/nn.yaml:79:7
%8773 = mul %8770, %8772 : f32[64,16] @ models/lib/nn.yaml:79:7
%8774 = sub %8749, %8773 : f32[64,16] @ models/lib/nn.yaml:79:7
%8775 = assign %47, %8774 : f32[64,16] @ models/lib/nn.yaml:79:7
%8776 = assign %8745, %8752 : f32[64,16] @ models/lib/nn.yaml:79:7
%8777 = assign %8746, %8756 : f32[64,16] @ models/lib/nn.yaml:79:7
%8778 = assign %8747, %8748 : i64[] @ models/lib/nn.yaml:79:7
%8779 = mul %125, %7282 : f32[64,16] @ models/lib/nn.yaml:79:7
%8780 = mul %8774, %7284 : f32[64,16] @ models/lib/nn.yaml:79:7
%8781 = add %8779, %8780 : f32[64,16] @ models/lib/nn.yaml:79:7
%8782 = assign %125, %8781 : f32[64,16] @ models/lib/nn.yaml:79:7
%8783 = all_reduce_sum %5926 : f32[64] @ models/lib/nn.yaml:80:7
%8784 = mul %8783, %8783 : f32[64] @ models/lib/nn.yaml:80:7
%8785 = reduce_sum %8784 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8786 = sqrt %8785 : f32[] @ models/lib/nn.yaml:80:7
%8787 = cast %8786 : f64[] @ models/lib/nn.yaml:80:7
%8788 = add %8787, %6616 : f64[] @ models/lib/nn.yaml:80:7
%8789 = div %6618, %8788 : f64[] @ models/lib/nn.yaml:80:7
%8790 = lt %8789, %6620 : bool[] @ models/lib/nn.yaml:80:7
%8791 = cast %8789 : f32[] @ models/lib/nn.yaml:80:7
%8792 = broadcast %8791 : f32[64] @ models/lib/nn.yaml:80:7
%8793 = mul %8783, %8792 : f32[64] @ models/lib/nn.yaml:80:7
%8794 = broadcast %8790 : bool[64] @ models/lib/nn.yaml:80:7
%8795 = select %8794, %8793, %8783 : f32[64] @ models/lib/nn.yaml:80:7
%8796 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8797 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8798 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8799 = add %8798, %6630 : i64[] @ models/lib/nn.yaml:80:7
%8800 = mul %8795, %7305 : f32[64] @ models/lib/nn.yaml:80:7
%8801 = mul %8796, %7307 : f32[64] @ models/lib/nn.yaml:80:7
%8802 = add %8801, %8800 : f32[64] @ models/lib/nn.yaml:80:7
%8803 = mul %8795, %8795 : f32[64] @ models/lib/nn.yaml:80:7
%8804 = mul %8803, %7311 : f32[64] @ models/lib/nn.yaml:80:7
%8805 = mul %8797, %7313 : f32[64] @ models/lib/nn.yaml:80:7
%8806 = add %8805, %8804 : f32[64] @ models/lib/nn.yaml:80:7
%8807 = cast %8799 : f64[] @ models/lib/nn.yaml:80:7
%8808 = pow %6639, %8807 : f64[] @ models/lib/nn.yaml:80:7
%8809 = sub %6620, %8808 : f64[] @ models/lib/nn.yaml:80:7
%8810 = div %4149, %8809 : f64[] @ models/lib/nn.yaml:80:7
%8811 = pow %6647, %8807 : f64[] @ models/lib/nn.yaml:80:7
%8812 = sub %6620, %8811 : f64[] @ models/lib/nn.yaml:80:7
%8813 = sqrt %8812 : f64[] @ models/lib/nn.yaml:80:7
%8814 = div %6620, %8813 : f64[] @ models/lib/nn.yaml:80:7
%8815 = sqrt %8806 : f32[64] @ models/lib/nn.yaml:80:7
%8816 = cast %8814 : f32[] @ models/lib/nn.yaml:80:7
%8817 = broadcast %8816 : f32[64] @ models/lib/nn.yaml:80:7
%8818 = mul %8815, %8817 : f32[64] @ models/lib/nn.yaml:80:7
%8819 = add %8818, %7328 : f32[64] @ models/lib/nn.yaml:80:7
%8820 = div %8802, %8819 : f32[64] @ models/lib/nn.yaml:80:7
%8821 = cast %8810 : f32[] @ models/lib/nn.yaml:80:7
%8822 = broadcast %8821 : f32[64] @ models/lib/nn.yaml:80:7
%8823 = mul %8820, %8822 : f32[64] @ models/lib/nn.yaml:80:7
%8824 = sub %48, %8823 : f32[64] @ models/lib/nn.yaml:80:7
%8825 = assign %48, %8824 : f32[64] @ models/lib/nn.yaml:80:7
%8826 = assign %8796, %8802 : f32[64] @ models/lib/nn.yaml:80:7
%8827 = assign %8797, %8806 : f32[64] @ models/lib/nn.yaml:80:7
%8828 = assign %8798, %8799 : i64[] @ models/lib/nn.yaml:80:7
%8829 = mul %126, %7339 : f32[64] @ models/lib/nn.yaml:80:7
%8830 = mul %8824, %7341 : f32[64] @ models/lib/nn.yaml:80:7
%8831 = add %8829, %8830 : f32[64] @ models/lib/nn.yaml:80:7
%8832 = assign %126, %8831 : f32[64] @ models/lib/nn.yaml:80:7
%8833 = all_reduce_sum %5906 : f32[16,64] @ models/lib/nn.yaml:79:7
%8834 = reshape %8833 : f32[1024] @ models/lib/nn.yaml:79:7
%8835 = mul %8834, %8834 : f32[1024] @ models/lib/nn.yaml:79:7
%8836 = reduce_sum %8835 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8837 = sqrt %8836 : f32[] @ models/lib/nn.yaml:79:7
%8838 = cast %8837 : f64[] @ models/lib/nn.yaml:79:7
%8839 = add %8838, %6616 : f64[] @ models/lib/nn.yaml:79:7
%8840 = div %6618, %8839 : f64[] @ models/lib/nn.yaml:79:7
%8841 = lt %8840, %6620 : bool[] @ models/lib/nn.yaml:79:7
%8842 = cast %8840 : f32[] @ models/lib/nn.yaml:79:7
%8843 = broadcast %8842 : f32[16,64] @ models/lib/nn.yaml:79:7
%8844 = mul %8833, %8843 : f32[16,64] @ models/lib/nn.yaml:79:7
%8845 = broadcast %8841 : bool[16,64] @ models/lib/nn.yaml:79:7
%8846 = select %8845, %8844, %8833 : f32[16,64] @ models/lib/nn.yaml:79:7
%8847 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8848 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8849 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8850 = add %8849, %6630 : i64[] @ models/lib/nn.yaml:79:7
%8851 = mul %49, %7363 : f32[16,64] @ models/lib/nn.yaml:79:7
%8852 = mul %8846, %7365 : f32[16,64] @ models/lib/nn.yaml:79:7
%8853 = mul %8847, %7367 : f32[16,64] @ models/lib/nn.yaml:79:7
%8854 = add %8853, %8852 : f32[16,64] @ models/lib/nn.yaml:79:7
%8855 = mul %8846, %8846 : f32[16,64] @ models/lib/nn.yaml:79:7
%8856 = mul %8855, %7371 : f32[16,64] @ models/lib/nn.yaml:79:7
%8857 = mul %8848, %7373 : f32[16,64] @ models/lib/nn.yaml:79:7
%8858 = add %8857, %8856 : f32[16,64] @ models/lib/nn.yaml:79:7
%8859 = cast %8850 : f64[] @ models/lib/nn.yaml:79:7
%8860 = pow %6639, %8859 : f64[] @ models/lib/nn.yaml:79:7
%8861 = sub %6620, %8860 : f64[] @ models/lib/nn.yaml:79:7
%8862 = div %4149, %8861 : f64[] @ models/lib/nn.yaml:79:7
%8863 = pow %6647, %8859 : f64[] @ models/lib/nn.yaml:79:7
%8864 = sub %6620, %8863 : f64[] @ models/lib/nn.yaml:79:7
%8865 = sqrt %8864 : f64[] @ models/lib/nn.yaml:79:7
%8866 = div %6620, %8865 : f64[] @ models/lib/nn.yaml:79:7
%8867 = sqrt %8858 : f32[16,64] @ models/lib/nn.yaml:79:7
%8868 = cast %8866 : f32[] @ models/lib/nn.yaml:79:7
%8869 = broadcast %8868 : f32[16,64] @ models/lib/nn.yaml:79:7
%8870 = mul %8867, %8869 : f32[16,64] @ models/lib/nn.yaml:79:7
%8871 = add %8870, %7388 : f32[16,64] @ models/lib/nn.yaml:79:7
%8872 = div %8854, %8871 : f32[16,64] @ models/lib/nn.yaml:79:7
%8873 = cast %8862 : f32[] @ models/lib/nn.yaml:79:7
%8874 = broadcast %8873 : f32[16,64] @ models/lib/nn.yaml:79:7
%8875 = mul %8872, %8874 : f32[16,64] @ models/lib/nn.yaml:79:7
%8876 = sub %8851, %8875 : f32[16,64] @ models/lib/nn.yaml:79:7
%8877 = assign %49, %8876 : f32[16,64] @ models/lib/nn.yaml:79:7
%8878 = assign %8847, %8854 : f32[16,64] @ models/lib/nn.yaml:79:7
%8879 = assign %8848, %8858 : f32[16,64] @ models/lib/nn.yaml:79:7
%8880 = assign %8849, %8850 : i64[] @ models/lib/nn.yaml:79:7
%8881 = mul %127, %7399 : f32[16,64] @ models/lib/nn.yaml:79:7
%8882 = mul %8876, %7401 : f32[16,64] @ models/lib/nn.yaml:79:7
%8883 = add %8881, %8882 : f32[16,64] @ models/lib/nn.yaml:79:7
%8884 = assign %127, %8883 : f32[16,64] @ models/lib/nn.yaml:79:7
%8885 = all_reduce_sum %5898 : f32[16] @ models/lib/nn.yaml:80:7
%8886 = mul %8885, %8885 : f32[16] @ models/lib/nn.yaml:80:7
%8887 = reduce_sum %8886 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8888 = sqrt %8887 : f32[] @ models/lib/nn.yaml:80:7
%8889 = cast %8888 : f64[] @ models/lib/nn.yaml:80:7
%8890 = add %8889, %6616 : f64[] @ models/lib/nn.yaml:80:7
%8891 = div %6618, %8890 : f64[] @ models/lib/nn.yaml:80:7
%8892 = lt %8891, %6620 : bool[] @ models/lib/nn.yaml:80:7
%8893 = cast %8891 : f32[] @ models/lib/nn.yaml:80:7
%8894 = broadcast %8893 : f32[16] @ models/lib/nn.yaml:80:7
%8895 = mul %8885, %8894 : f32[16] @ models/lib/nn.yaml:80:7
%8896 = broadcast %8892 : bool[16] @ models/lib/nn.yaml:80:7
%8897 = select %8896, %8895, %8885 : f32[16] @ models/lib/nn.yaml:80:7
%8898 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8899 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8900 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8901 = add %8900, %6630 : i64[] @ models/lib/nn.yaml:80:7
%8902 = mul %8897, %6761 : f32[16] @ models/lib/nn.yaml:80:7
%8903 = mul %8898, %6763 : f32[16] @ models/lib/nn.yaml:80:7
%8904 = add %8903, %8902 : f32[16] @ models/lib/nn.yaml:80:7
%8905 = mul %8897, %8897 : f32[16] @ models/lib/nn.yaml:80:7
%8906 = mul %8905, %6767 : f32[16] @ models/lib/nn.yaml:80:7
%8907 = mul %8899, %6769 : f32[16] @ models/lib/nn.yaml:80:7
%8908 = add %8907, %8906 : f32[16] @ models/lib/nn.yaml:80:7
%8909 = cast %8901 : f64[] @ models/lib/nn.yaml:80:7
%8910 = pow %6639, %8909 : f64[] @ models/lib/nn.yaml:80:7
%8911 = sub %6620, %8910 : f64[] @ models/lib/nn.yaml:80:7
%8912 = div %4149, %8911 : f64[] @ models/lib/nn.yaml:80:7
%8913 = pow %6647, %8909 : f64[] @ models/lib/nn.yaml:80:7
%8914 = sub %6620, %8913 : f64[] @ models/lib/nn.yaml:80:7
%8915 = sqrt %8914 : f64[] @ models/lib/nn.yaml:80:7
%8916 = div %6620, %8915 : f64[] @ models/lib/nn.yaml:80:7
%8917 = sqrt %8908 : f32[16] @ models/lib/nn.yaml:80:7
%8918 = cast %8916 : f32[] @ models/lib/nn.yaml:80:7
%8919 = broadcast %8918 : f32[16] @ models/lib/nn.yaml:80:7
%8920 = mul %8917, %8919 : f32[16] @ models/lib/nn.yaml:80:7
%8921 = add %8920, %6784 : f32[16] @ models/lib/nn.yaml:80:7
%8922 = div %8904, %8921 : f32[16] @ models/lib/nn.yaml:80:7
%8923 = cast %8912 : f32[] @ models/lib/nn.yaml:80:7
%8924 = broadcast %8923 : f32[16] @ models/lib/nn.yaml:80:7
%8925 = mul %8922, %8924 : f32[16] @ models/lib/nn.yaml:80:7
%8926 = sub %50, %8925 : f32[16] @ models/lib/nn.yaml:80:7
%8927 = assign %50, %8926 : f32[16] @ models/lib/nn.yaml:80:7
%8928 = assign %8898, %8904 : f32[16] @ models/lib/nn.yaml:80:7
%8929 = assign %8899, %8908 : f32[16] @ models/lib/nn.yaml:80:7
%8930 = assign %8900, %8901 : i64[] @ models/lib/nn.yaml:80:7
%8931 = mul %128, %6795 : f32[16] @ models/lib/nn.yaml:80:7
%8932 = mul %8926, %6797 : f32[16] @ models/lib/nn.yaml:80:7
%8933 = add %8931, %8932 : f32[16] @ models/lib/nn.yaml:80:7
%8934 = assign %128, %8933 : f32[16] @ models/lib/nn.yaml:80:7
%8935 = all_reduce_sum %5872 : f32[16] @ models/lib/nn.yaml:89:7
%8936 = mul %8935, %8935 : f32[16] @ models/lib/nn.yaml:89:7
%8937 = reduce_sum %8936 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8938 = sqrt %8937 : f32[] @ models/lib/nn.yaml:89:7
%8939 = cast %8938 : f64[] @ models/lib/nn.yaml:89:7
%8940 = add %8939, %6616 : f64[] @ models/lib/nn.yaml:89:7
%8941 = div %6618, %8940 : f64[] @ models/lib/nn.yaml:89:7
%8942 = lt %8941, %6620 : bool[] @ models/lib/nn.yaml:89:7
%8943 = cast %8941 : f32[] @ models/lib/nn.yaml:89:7
%8944 = broadcast %8943 : f32[16] @ models/lib/nn.yaml:89:7
%8945 = mul %8935, %8944 : f32[16] @ models/lib/nn.yaml:89:7
%8946 = broadcast %8942 : bool[16] @ models/lib/nn.yaml:89:7
%8947 = select %8946, %8945, %8935 : f32[16] @ models/lib/nn.yaml:89:7
%8948 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8949 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8950 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8951 = add %8950, %6630 : i64[] @ models/lib/nn.yaml:89:7
%8952 = mul %8947, %6761 : f32[16] @ models/lib/nn.yaml:89:7
%8953 = mul %8948, %6763 : f32[16] @ models/lib/nn.yaml:89:7
%8954 = add %8953, %8952 : f32[16] @ models/lib/nn.yaml:89:7
%8955 = mul %8947, %8947 : f32[16] @ models/lib/nn.yaml:89:7
%8956 = mul %8955, %6767 : f32[16] @ models/lib/nn.yaml:89:7
%8957 = mul %8949, %6769 : f32[16] @ models/lib/nn.yaml:89:7
%8958 = add %8957, %8956 : f32[16] @ models/lib/nn.yaml:89:7
%8959 = cast %8951 : f64[] @ models/lib/nn.yaml:89:7
%8960 = pow %6639, %8959 : f64[] @ models/lib/nn.yaml:89:7
%8961 = sub %6620, %8960 : f64[] @ models/lib/nn.yaml:89:7
%8962 = div %4149, %8961 : f64[] @ models/lib/nn.yaml:89:7
%8963 = pow %6647, %8959 : f64[] @ models/lib/nn.yaml:89:7
%8964 = sub %6620, %8963 : f64[] @ models/lib/nn.yaml:89:7
%8965 = sqrt %8964 : f64[] @ models/lib/nn.yaml:89:7
%8966 = div %6620, %8965 : f64[] @ models/lib/nn.yaml:89:7
%8967 = sqrt %8958 : f32[16] @ models/lib/nn.yaml:89:7
%8968 = cast %8966 : f32[] @ models/lib/nn.yaml:89:7
%8969 = broadcast %8968 : f32[16] @ models/lib/nn.yaml:89:7
%8970 = mul %8967, %8969 : f32[16] @ models/lib/nn.yaml:89:7
%8971 = add %8970, %6784 : f32[16] @ models/lib/nn.yaml:89:7
%8972 = div %8954, %8971 : f32[16] @ models/lib/nn.yaml:89:7
%8973 = cast %8962 : f32[] @ models/lib/nn.yaml:89:7
%8974 = broadcast %8973 : f32[16] @ models/lib/nn.yaml:89:7
%8975 = mul %8972, %8974 : f32[16] @ models/lib/nn.yaml:89:7
%8976 = sub %51, %8975 : f32[16] @ models/lib/nn.yaml:89:7
%8977 = assign %51, %8976 : f32[16] @ models/lib/nn.yaml:89:7
%8978 = assign %8948, %8954 : f32[16] @ models/lib/nn.yaml:89:7
%8979 = assign %8949, %8958 : f32[16] @ models/lib/nn.yaml:89:7
%8980 = assign %8950, %8951 : i64[] @ models/lib/nn.yaml:89:7
%8981 = mul %129, %6795 : f32[16] @ models/lib/nn.yaml:89:7
%8982 = mul %8976, %6797 : f32[16] @ models/lib/nn.yaml:89:7
%8983 = add %8981, %8982 : f32[16] @ models/lib/nn.yaml:89:7
%8984 = assign %129, %8983 : f32[16] @ models/lib/nn.yaml:89:7
%8985 = all_reduce_sum %5867 : f32[16] @ models/lib/nn.yaml:90:7
%8986 = mul %8985, %8985 : f32[16] @ models/lib/nn.yaml:90:7
%8987 = reduce_sum %8986 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8988 = sqrt %8987 : f32[] @ models/lib/nn.yaml:90:7
%8989 = cast %8988 : f64[] @ models/lib/nn.yaml:90:7
%8990 = add %8989, %6616 : f64[] @ models/lib/nn.yaml:90:7
%8991 = div %6618, %8990 : f64[] @ models/lib/nn.yaml:90:7
%8992 = lt %8991, %6620 : bool[] @ models/lib/nn.yaml:90:7
%8993 = cast %8991 : f32[] @ models/lib/nn.yaml:90:7
%8994 = broadcast %8993 : f32[16] @ models/lib/nn.yaml:90:7
%8995 = mul %8985, %8994 : f32[16] @ models/lib/nn.yaml:90:7
%8996 = broadcast %8992 : bool[16] @ models/lib/nn.yaml:90:7
%8997 = select %8996, %8995, %8985 : f32[16] @ models/lib/nn.yaml:90:7
%8998 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8999 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9000 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9001 = add %9000, %6630 : i64[] @ models/lib/nn.yaml:90:7
%9002 = mul %8997, %6761 : f32[16] @ models/lib/nn.yaml:90:7
%9003 = mul %8998, %6763 : f32[16] @ models/lib/nn.yaml:90:7
%9004 = add %9003, %9002 : f32[16] @ models/lib/nn.yaml:90:7
%9005 = mul %8997, %8997 : f32[16] @ models/lib/nn.yaml:90:7
%9006 = mul %9005, %6767 : f32[16] @ models/lib/nn.yaml:90:7
%9007 = mul %8999, %6769 : f32[16] @ models/lib/nn.yaml:90:7
%9008 = add %9007, %9006 : f32[16] @ models/lib/nn.yaml:90:7
%9009 = cast %9001 : f64[] @ models/lib/nn.yaml:90:7
%9010 = pow %6639, %9009 : f64[] @ models/lib/nn.yaml:90:7
%9011 = sub %6620, %9010 : f64[] @ models/lib/nn.yaml:90:7
%9012 = div %4149, %9011 : f64[] @ models/lib/nn.yaml:90:7
%9013 = pow %6647, %9009 : f64[] @ models/lib/nn.yaml:90:7
%9014 = sub %6620, %9013 : f64[] @ models/lib/nn.yaml:90:7
%9015 = sqrt %9014 : f64[] @ models/lib/nn.yaml:90:7
%9016 = div %6620, %9015 : f64[] @ models/lib/nn.yaml:90:7
%9017 = sqrt %9008 : f32[16] @ models/lib/nn.yaml:90:7
%9018 = cast %9016 : f32[] @ models/lib/nn.yaml:90:7
%9019 = broadcast %9018 : f32[16] @ models/lib/nn.yaml:90:7
%9020 = mul %9017, %9019 : f32[16] @ models/lib/nn.yaml:90:7
%9021 = add %9020, %6784 : f32[16] @ models/lib/nn.yaml:90:7
%9022 = div %9004, %9021 : f32[16] @ models/lib/nn.yaml:90:7
%9023 = cast %9012 : f32[] @ models/lib/nn.yaml:90:7
%9024 = broadcast %9023 : f32[16] @ models/lib/nn.yaml:90:7
%9025 = mul %9022, %9024 : f32[16] @ models/lib/nn.yaml:90:7
%9026 = sub %52, %9025 : f32[16] @ models/lib/nn.yaml:90:7
%9027 = assign %52, %9026 : f32[16] @ models/lib/nn.yaml:90:7
%9028 = assign %8998, %9004 : f32[16] @ models/lib/nn.yaml:90:7
%9029 = assign %8999, %9008 : f32[16] @ models/lib/nn.yaml:90:7
%9030 = assign %9000, %9001 : i64[] @ models/lib/nn.yaml:90:7
%9031 = mul %130, %6795 : f32[16] @ models/lib/nn.yaml:90:7
%9032 = mul %9026, %6797 : f32[16] @ models/lib/nn.yaml:90:7
%9033 = add %9031, %9032 : f32[16] @ models/lib/nn.yaml:90:7
%9034 = assign %130, %9033 : f32[16] @ models/lib/nn.yaml:90:7
%9035 = all_reduce_sum %5860 : f32[16,16] @ models/lib/nn.yaml:79:7
%9036 = reshape %9035 : f32[256] @ models/lib/nn.yaml:79:7
%9037 = mul %9036, %9036 : f32[256] @ models/lib/nn.yaml:79:7
%9038 = reduce_sum %9037 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9039 = sqrt %9038 : f32[] @ models/lib/nn.yaml:79:7
%9040 = cast %9039 : f64[] @ models/lib/nn.yaml:79:7
%9041 = add %9040, %6616 : f64[] @ models/lib/nn.yaml:79:7
%9042 = div %6618, %9041 : f64[] @ models/lib/nn.yaml:79:7
%9043 = lt %9042, %6620 : bool[] @ models/lib/nn.yaml:79:7
%9044 = cast %9042 : f32[] @ models/lib/nn.yaml:79:7
%9045 = broadcast %9044 : f32[16,16] @ models/lib/nn.yaml:79:7
%9046 = mul %9035, %9045 : f32[16,16] @ models/lib/nn.yaml:79:7
%9047 = broadcast %9043 : bool[16,16] @ models/lib/nn.yaml:79:7
%9048 = select %9047, %9046, %9035 : f32[16,16] @ models/lib/nn.yaml:79:7
%9049 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9050 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9051 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9052 = add %9051, %6630 : i64[] @ models/lib/nn.yaml:79:7
%9053 = mul %53, %7036 : f32[16,16] @ models/lib/nn.yaml:79:7
%9054 = mul %9048, %7038 : f32[16,16] @ models/lib/nn.yaml:79:7
%9055 = mul %9049, %7040 : f32[16,16] @ models/lib/nn.yaml:79:7
%9056 = add %9055, %9054 : f32[16,16] @ models/lib/nn.yaml:79:7
%9057 = mul %9048, %9048 : f32[16,16] @ models/lib/nn.yaml:79:7
%9058 = mul %9057, %7044 : f32[16,16] @ models/lib/nn.yaml:79:7
%9059 = mul %9050, %7046 : f32[16,16] @ models/lib/nn.yaml:79:7
%9060 = add %9059, %9058 : f32[16,16] @ models/lib/nn.yaml:79:7
%9061 = cast %9052 : f64[] @ models/lib/nn.yaml:79:7
%9062 = pow %6639, %9061 : f64[] @ models/lib/nn.yaml:79:7
%9063 = sub %6620, %9062 : f64[] @ models/lib/nn.yaml:79:7
%9064 = div %4149, %9063 : f64[] @ models/lib/nn.yaml:79:7
%9065 = pow %6647, %9061 : f64[] @ models/lib/nn.yaml:79:7
%9066 = sub %6620, %9065 : f64[] @ models/lib/nn.yaml:79:7
%9067 = sqrt %9066 : f64[] @ models/lib/nn.yaml:79:7
%9068 = div %6620, %9067 : f64[] @ models/lib/nn.yaml:79:7
%9069 = sqrt %9060 : f32[16,16] @ models/lib/nn.yaml:79:7
%9070 = cast %9068 : f32[] @ models/lib/nn.yaml:79:7
%9071 = broadcast %9070 : f32[16,16] @ models/lib/nn.yaml:79:7
%9072 = mul %9069, %9071 : f32[16,16] @ models/lib/nn.yaml:79:7
%9073 = add %9072, %7061 : f32[16,16] @ models/lib/nn.yaml:79:7
%9074 = div %9056, %9073 : f32[16,16] @ models/lib/nn.yaml:79:7
%9075 = cast %9064 : f32[] @ models/lib/nn.yaml:79:7
%9076 = broadcast %9075 : f32[16,16] @ models/lib/nn.yaml:79:7
%9077 = mul %9074, %9076 : f32[16,16] @ models/lib/nn.yaml:79:7
%9078 = sub %9053, %9077 : f32[16,16] @ models/lib/nn.yaml:79:7
%9079 = assign %53, %9078 : f32[16,16] @ models/lib/nn.yaml:79:7
%9080 = assign %9049, %9056 : f32[16,16] @ models/lib/nn.yaml:79:7
%9081 = assign %9050, %9060 : f32[16,16] @ models/lib/nn.yaml:79:7
%9082 = assign %9051, %9052 : i64[] @ models/lib/nn.yaml:79:7
%9083 = mul %131, %7072 : f32[16,16] @ models/lib/nn.yaml:79:7
%9084 = mul %9078, %7074 : f32[16,16] @ models/lib/nn.yaml:79:7
%9085 = add %9083, %9084 : f32[16,16] @ models/lib/nn.yaml:79:7
%9086 = assign %131, %9085 : f32[16,16] @ models/lib/nn.yaml:79:7
%9087 = all_reduce_sum %5851 : f32[16] @ models/lib/nn.yaml:80:7
%9088 = mul %9087, %9087 : f32[16] @ models/lib/nn.yaml:80:7
%9089 = reduce_sum %9088 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9090 = sqrt %9089 : f32[] @ models/lib/nn.yaml:80:7
%9091 = cast %9090 : f64[] @ models/lib/nn.yaml:80:7
%9092 = add %9091, %6616 : f64[] @ models/lib/nn.yaml:80:7
%9093 = div %6618, %9092 : f64[] @ models/lib/nn.yaml:80:7
%9094 = lt %9093, %6620 : bool[] @ models/lib/nn.yaml:80:7
%9095 = cast %9093 : f32[] @ models/lib/nn.yaml:80:7
%9096 = broadcast %9095 : f32[16] @ models/lib/nn.yaml:80:7
%9097 = mul %9087, %9096 : f32[16] @ models/lib/nn.yaml:80:7
%9098 = broadcast %9094 : bool[16] @ models/lib/nn.yaml:80:7
%9099 = select %9098, %9097, %9087 : f32[16] @ models/lib/nn.yaml:80:7
%9100 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9101 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9102 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9103 = add %9102, %6630 : i64[] @ models/lib/nn.yaml:80:7
%9104 = mul %9099, %6761 : f32[16] @ models/lib/nn.yaml:80:7
%9105 = mul %9100, %6763 : f32[16] @ models/lib/nn.yaml:80:7
%9106 = add %9105, %9104 : f32[16] @ models/lib/nn.yaml:80:7
%9107 = mul %9099, %9099 : f32[16] @ models/lib/nn.yaml:80:7
%9108 = mul %9107, %6767 : f32[16] @ models/lib/nn.yaml:80:7
%9109 = mul %9101, %6769 : f32[16] @ models/lib/nn.yaml:80:7
%9110 = add %9109, %9108 : f32[16] @ models/lib/nn.yaml:80:7
%9111 = cast %9103 : f64[] @ models/lib/nn.yaml:80:7
%9112 = pow %6639, %9111 : f64[] @ models/lib/nn.yaml:80:7
%9113 = sub %6620, %9112 : f64[] @ models/lib/nn.yaml:80:7
%9114 = div %4149, %9113 : f64[] @ models/lib/nn.yaml:80:7
%9115 = pow %6647, %9111 : f64[] @ models/lib/nn.yaml:80:7
%9116 = sub %6620, %9115 : f64[] @ models/lib/nn.yaml:80:7
%9117 = sqrt %9116 : f64[] @ models/lib/nn.yaml:80:7
%9118 = div %6620, %9117 : f64[] @ models/lib/nn.yaml:80:7
%9119 = sqrt %9110 : f32[16] @ models/lib/nn.yaml:80:7
%9120 = cast %9118 : f32[] @ models/lib/nn.yaml:80:7
%9121 = broadcast %9120 : f32[16] @ models/lib/nn.yaml:80:7
%9122 = mul %9119, %9121 : f32[16] @ models/lib/nn.yaml:80:7
%9123 = add %9122, %6784 : f32[16] @ models/lib/nn.yaml:80:7
%9124 = div %9106, %9123 : f32[16] @ models/lib/nn.yaml:80:7
%9125 = cast %9114 : f32[] @ models/lib/nn.yaml:80:7
%9126 = broadcast %9125 : f32[16] @ models/lib/nn.yaml:80:7
%9127 = mul %9124, %9126 : f32[16] @ models/lib/nn.yaml:80:7
%9128 = sub %54, %9127 : f32[16] @ models/lib/nn.yaml:80:7
%9129 = assign %54, %9128 : f32[16] @ models/lib/nn.yaml:80:7
%9130 = assign %9100, %9106 : f32[16] @ models/lib/nn.yaml:80:7
%9131 = assign %9101, %9110 : f32[16] @ models/lib/nn.yaml:80:7
%9132 = assign %9102, %9103 : i64[] @ models/lib/nn.yaml:80:7
%9133 = mul %132, %6795 : f32[16] @ models/lib/nn.yaml:80:7
%9134 = mul %9128, %6797 : f32[16] @ models/lib/nn.yaml:80:7
%9135 = add %9133, %9134 : f32[16] @ models/lib/nn.yaml:80:7
%9136 = assign %132, %9135 : f32[16] @ models/lib/nn.yaml:80:7
%9137 = all_reduce_sum %5845 : f32[16,16] @ models/lib/nn.yaml:79:7
%9138 = reshape %9137 : f32[256] @ models/lib/nn.yaml:79:7
%9139 = mul %9138, %9138 : f32[256] @ models/lib/nn.yaml:79:7
%9140 = reduce_sum %9139 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9141 = sqrt %9140 : f32[] @ models/lib/nn.yaml:79:7
%9142 = cast %9141 : f64[] @ models/lib/nn.yaml:79:7
%9143 = add %9142, %6616 : f64[] @ models/lib/nn.yaml:79:7
%9144 = div %6618, %9143 : f64[] @ models/lib/nn.yaml:79:7
%9145 = lt %9144, %6620 : bool[] @ models/lib/nn.yaml:79:7
%9146 = cast %9144 : f32[] @ models/lib/nn.yaml:79:7
%9147 = broadcast %9146 : f32[16,16] @ models/lib/nn.yaml:79:7
%9148 = mul %9137, %9147 : f32[16,16] @ models/lib/nn.yaml:79:7
%9149 = broadcast %9145 : bool[16,16] @ models/lib/nn.yaml:79:7
%9150 = select %9149, %9148, %9137 : f32[16,16] @ models/lib/nn.yaml:79:7
%9151 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9152 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9153 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9154 = add %9153, %6630 : i64[] @ models/lib/nn.yaml:79:7
%9155 = mul %55, %7036 : f32[16,16] @ models/lib/nn.yaml:79:7
%9156 = mul %9150, %7038 : f32[16,16] @ models/lib/nn.yaml:79:7
%9157 = mul %9151, %7040 : f32[16,16] @ models/lib/nn.yaml:79:7
%9158 = add %9157, %9156 : f32[16,16] @ models/lib/nn.yaml:79:7
%9159 = mul %9150, %9150 : f32[16,16] @ models/lib/nn.yaml:79:7
%9160 = mul %9159, %7044 : f32[16,16] @ models/lib/nn.yaml:79:7
%9161 = mul %9152, %7046 : f32[16,16] @ models/lib/nn.yaml:79:7
%9162 = add %9161, %9160 : f32[16,16] @ models/lib/nn.yaml:79:7
%9163 = cast %9154 : f64[] @ models/lib/nn.yaml:79:7
%9164 = pow %6639, %9163 : f64[] @ models/lib/nn.yaml:79:7
%9165 = sub %6620, %9164 : f64[] @ models/lib/nn.yaml:79:7
%9166 = div %4149, %9165 : f64[] @ models/lib/nn.yaml:79:7
%9167 = pow %6647, %9163 : f64[] @ models/lib/nn.yaml:79:7
%9168 = sub %6620, %9167 : f64[] @ models/lib/nn.yaml:79:7
%9169 = sqrt %9168 : f64[] @ models/lib/nn.yaml:79:7
%9170 = div %6620, %9169 : f64[] @ models/lib/nn.yaml:79:7
%9171 = sqrt %9162 : f32[16,16] @ models/lib/nn.yaml:79:7
%9172 = cast %9170 : f32[] @ models/lib/nn.yaml:79:7
%9173 = broadcast %9172 : f32[16,16] @ models/lib/nn.yaml:79:7
%9174 = mul %9171, %9173 : f32[16,16] @ models/lib/nn.yaml:79:7
%9175 = add %9174, %7061 : f32[16,16] @ models/lib/nn.yaml:79:7
%9176 = div %9158, %9175 : f32[16,16] @ models/lib/nn.yaml:79:7
%9177 = cast %9166 : f32[] @ models/lib/nn.yaml:79:7
%9178 = broadcast %9177 : f32[16,16] @ models/lib/nn.yaml:79:7
%9179 = mul %9176, %9178 : f32[16,16] @ models/lib/nn.yaml:79:7
%9180 = sub %9155, %9179 : f32[16,16] @ models/lib/nn.yaml:79:7
%9181 = assign %55, %9180 : f32[16,16] @ models/lib/nn.yaml:79:7
%9182 = assign %9151, %9158 : f32[16,16] @ models/lib/nn.yaml:79:7
%9183 = assign %9152, %9162 : f32[16,16] @ models/lib/nn.yaml:79:7
%9184 = assign %9153, %9154 : i64[] @ models/lib/nn.yaml:79:7
%9185 = mul %133, %7072 : f32[16,16] @ models/lib/nn.yaml:79:7
%9186 = mul %9180, %7074 : f32[16,16] @ models/lib/nn.yaml:79:7
%9187 = add %9185, %9186 : f32[16,16] @ models/lib/nn.yaml:79:7
%9188 = assign %133, %9187 : f32[16,16] @ models/lib/nn.yaml:79:7
%9189 = all_reduce_sum %5837 : f32[16] @ models/lib/nn.yaml:80:7
%9190 = mul %9189, %9189 : f32[16] @ models/lib/nn.yaml:80:7
%9191 = reduce_sum %9190 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9192 = sqrt %9191 : f32[] @ models/lib/nn.yaml:80:7
%9193 = cast %9192 : f64[] @ models/lib/nn.yaml:80:7
%9194 = add %9193, %6616 : f64[] @ models/lib/nn.yaml:80:7
%9195 = div %6618, %9194 : f64[] @ models/lib/nn.yaml:80:7
%9196 = lt %9195, %6620 : bool[] @ models/lib/nn.yaml:80:7
%9197 = cast %9195 : f32[] @ models/lib/nn.yaml:80:7
%9198 = broadcast %9197 : f32[16] @ models/lib/nn.yaml:80:7
%9199 = mul %9189, %9198 : f32[16] @ models/lib/nn.yaml:80:7
%9200 = broadcast %9196 : bool[16] @ models/lib/nn.yaml:80:7
%9201 = select %9200, %9199, %9189 : f32[16] @ models/lib/nn.yaml:80:7
%9202 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9203 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9204 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9205 = add %9204, %6630 : i64[] @ models/lib/nn.yaml:80:7
%9206 = mul %9201, %6761 : f32[16] @ models/lib/nn.yaml:80:7
%9207 = mul %9202, %6763 : f32[16] @ models/lib/nn.yaml:80:7
%9208 = add %9207, %9206 : f32[16] @ models/lib/nn.yaml:80:7
%9209 = mul %9201, %9201 : f32[16] @ models/lib/nn.yaml:80:7
%9210 = mul %9209, %6767 : f32[16] @ models/lib/nn.yaml:80:7
%9211 = mul %9203, %6769 : f32[16] @ models/lib/nn.yaml:80:7
%9212 = add %9211, %9210 : f32[16] @ models/lib/nn.yaml:80:7
%9213 = cast %9205 : f64[] @ models/lib/nn.yaml:80:7
%9214 = pow %6639, %9213 : f64[] @ models/lib/nn.yaml:80:7
%9215 = sub %6620, %9214 : f64[] @ models/lib/nn.yaml:80:7
%9216 = div %4149, %9215 : f64[] @ models/lib/nn.yaml:80:7
%9217 = pow %6647, %9213 : f64[] @ models/lib/nn.yaml:80:7
%9218 = sub %6620, %9217 : f64[] @ models/lib/nn.yaml:80:7
%9219 = sqrt %9218 : f64[] @ models/lib/nn.yaml:80:7
%9220 = div %6620, %9219 : f64[] @ models/lib/nn.yaml:80:7
%9221 = sqrt %9212 : f32[16] @ models/lib/nn.yaml:80:7
%9222 = cast %9220 : f32[] @ models/lib/nn.yaml:80:7
%9223 = broadcast %9222 : f32[16] @ models/lib/nn.yaml:80:7
%9224 = mul %9221, %9223 : f32[16] @ models/lib/nn.yaml:80:7
%9225 = add %9224, %6784 : f32[16] @ models/lib/nn.yaml:80:7
%9226 = div %9208, %9225 : f32[16] @ models/lib/nn.yaml:80:7
%9227 = cast %9216 : f32[] @ models/lib/nn.yaml:80:7
%9228 = broadcast %9227 : f32[16] @ models/lib/nn.yaml:80:7
%9229 = mul %9226, %9228 : f32[16] @ models/lib/nn.yaml:80:7
%9230 = sub %56, %9229 : f32[16] @ models/lib/nn.yaml:80:7
%9231 = assign %56, %9230 : f32[16] @ models/lib/nn.yaml:80:7
%9232 = assign %9202, %9208 : f32[16] @ models/lib/nn.yaml:80:7
%9233 = assign %9203, %9212 : f32[16] @ models/lib/nn.yaml:80:7
%9234 = assign %9204, %9205 : i64[] @ models/lib/nn.yaml:80:7
%9235 = mul %134, %6795 : f32[16] @ models/lib/nn.yaml:80:7
%9236 = mul %9230, %6797 : f32[16] @ models/lib/nn.yaml:80:7
%9237 = add %9235, %9236 : f32[16] @ models/lib/nn.yaml:80:7
%9238 = assign %134, %9237 : f32[16] @ models/lib/nn.yaml:80:7
%9239 = all_reduce_sum %5831 : f32[16,16] @ models/lib/nn.yaml:79:7
%9240 = reshape %9239 : f32[256] @ models/lib/nn.yaml:79:7
%9241 = mul %9240, %9240 : f32[256] @ models/lib/nn.yaml:79:7
%9242 = reduce_sum %9241 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9243 = sqrt %9242 : f32[] @ models/lib/nn.yaml:79:7
%9244 = cast %9243 : f64[] @ models/lib/nn.yaml:79:7
%9245 = add %9244, %6616 : f64[] @ models/lib/nn.yaml:79:7
%9246 = div %6618, %9245 : f64[] @ models/lib/nn.yaml:79:7
%9247 = lt %9246, %6620 : bool[] @ models/lib/nn.yaml:79:7
%9248 = cast %9246 : f32[] @ models/lib/nn.yaml:79:7
%9249 = broadcast %9248 : f32[16,16] @ models/lib/nn.yaml:79:7
%9250 = mul %9239, %9249 : f32[16,16] @ models/lib/nn.yaml:79:7
%9251 = broadcast %9247 : bool[16,16] @ models/lib/nn.yaml:79:7
%9252 = select %9251, %9250, %9239 : f32[16,16] @ models/lib/nn.yaml:79:7
%9253 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9254 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9255 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9256 = add %9255, %6630 : i64[] @ models/lib/nn.yaml:79:7
%9257 = mul %57, %7036 : f32[16,16] @ models/lib/nn.yaml:79:7
%9258 = mul %9252, %7038 : f32[16,16] @ models/lib/nn.yaml:79:7
%9259 = mul %9253, %7040 : f32[16,16] @ models/lib/nn.yaml:79:7
%9260 = add %9259, %9258 : f32[16,16] @ models/lib/nn.yaml:79:7
%9261 = mul %9252, %9252 : f32[16,16] @ models/lib/nn.yaml:79:7
%9262 = mul %9261, %7044 : f32[16,16] @ models/lib/nn.yaml:79:7
%9263 = mul %9254, %7046 : f32[16,16] @ models/lib/nn.yaml:79:7
%9264 = add %9263, %9262 : f32[16,16] @ models/lib/nn.yaml:79:7
%9265 = cast %9256 : f64[] @ models/lib/nn.yaml:79:7
%9266 = pow %6639, %9265 : f64[] @ models/lib/nn.yaml:79:7
%9267 = sub %6620, %9266 : f64[] @ models/lib/nn.yaml:79:7
%9268 = div %4149, %9267 : f64[] @ models/lib/nn.yaml:79:7
%9269 = pow %6647, %9265 : f64[] @ models/lib/nn.yaml:79:7
%9270 = sub %6620, %9269 : f64[] @ models/lib/nn.yaml:79:7
%9271 = sqrt %9270 : f64[] @ models/lib/nn.yaml:79:7
%9272 = div %6620, %9271 : f64[] @ models/lib/nn.yaml:79:7
%9273 = sqrt %9264 : f32[16,16] @ models/lib/nn.yaml:79:7
%9274 = cast %9272 : f32[] @ models/lib/nn.yaml:79:7
%9275 = broadcast %9274 : f32[16,16] @ models/lib/nn.yaml:79:7
%9276 = mul %9273, %9275 : f32[16,16] @ models/lib/nn.yaml:79:7
%9277 = add %9276, %7061 : f32[16,16] @ models/lib/nn.yaml:79:7
%9278 = div %9260, %9277 : f32[16,16] @ models/lib/nn.yaml:79:7
%9279 = cast %9268 : f32[] @ models/lib/nn.yaml:79:7
%9280 = broadcast %9279 : f32[16,16] @ models/lib/nn.yaml:79:7
%9281 = mul %9278, %9280 : f32[16,16] @ models/lib/nn.yaml:79:7
%9282 = sub %9257, %9281 : f32[16,16] @ models/lib/nn.yaml:79:7
%9283 = assign %57, %9282 : f32[16,16] @ models/lib/nn.yaml:79:7
%9284 = assign %9253, %9260 : f32[16,16] @ models/lib/nn.yaml:79:7
%9285 = assign %9254, %9264 : f32[16,16] @ models/lib/nn.yaml:79:7
%9286 = assign %9255, %9256 : i64[] @ models/lib/nn.yaml:79:7
%9287 = mul %135, %7072 : f32[16,16] @ models/lib/nn.yaml:79:7
%9288 = mul %9282, %7074 : f32[16,16] @ models/lib/nn.yaml:79:7
%9289 = add %9287, %9288 : f32[16,16] @ models/lib/nn.yaml:79:7
%9290 = assign %135, %9289 : f32[16,16] @ models/lib/nn.yaml:79:7
%9291 = all_reduce_sum %5825 : f32[16] @ models/lib/nn.yaml:80:7
%9292 = mul %9291, %9291 : f32[16] @ models/lib/nn.yaml:80:7
%9293 = reduce_sum %9292 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9294 = sqrt %9293 : f32[] @ models/lib/nn.yaml:80:7
%9295 = cast %9294 : f64[] @ models/lib/nn.yaml:80:7
%9296 = add %9295, %6616 : f64[] @ models/lib/nn.yaml:80:7
%9297 = div %6618, %9296 : f64[] @ models/lib/nn.yaml:80:7
%9298 = lt %9297, %6620 : bool[] @ models/lib/nn.yaml:80:7
%9299 = cast %9297 : f32[] @ models/lib/nn.yaml:80:7
%9300 = broadcast %9299 : f32[16] @ models/lib/nn.yaml:80:7
%9301 = mul %9291, %9300 : f32[16] @ models/lib/nn.yaml:80:7
%9302 = broadcast %9298 : bool[16] @ models/lib/nn.yaml:80:7
%9303 = select %9302, %9301, %9291 : f32[16] @ models/lib/nn.yaml:80:7
%9304 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9305 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9306 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9307 = add %9306, %6630 : i64[] @ models/lib/nn.yaml:80:7
%9308 = mul %9303, %6761 : f32[16] @ models/lib/nn.yaml:80:7
%9309 = mul %9304, %6763 : f32[16] @ models/lib/nn.yaml:80:7
%9310 = add %9309, %9308 : f32[16] @ models/lib/nn.yaml:80:7
%9311 = mul %9303, %9303 : f32[16] @ models/lib/nn.yaml:80:7
%9312 = mul %9311, %6767 : f32[16] @ models/lib/nn.yaml:80:7
%9313 = mul %9305, %6769 : f32[16] @ models/lib/nn.yaml:80:7
%9314 = add %9313, %9312 : f32[16] @ models/lib/nn.yaml:80:7
%9315 = cast %9307 : f64[] @ models/lib/nn.yaml:80:7
%9316 = pow %6639, %9315 : f64[] @ models/lib/nn.yaml:80:7
%9317 = sub %6620, %9316 : f64[] @ models/lib/nn.yaml:80:7
%9318 = div %4149, %9317 : f64[] @ models/lib/nn.yaml:80:7
%9319 = pow %6647, %9315 : f64[] @ models/lib/nn.yaml:80:7
%9320 = sub %6620, %9319 : f64[] @ models/lib/nn.yaml:80:7
%9321 = sqrt %9320 : f64[] @ models/lib/nn.yaml:80:7
%9322 = div %6620, %9321 : f64[] @ models/lib/nn.yaml:80:7
%9323 = sqrt %9314 : f32[16] @ models/lib/nn.yaml:80:7
%9324 = cast %9322 : f32[] @ models/lib/nn.yaml:80:7
%9325 = broadcast %9324 : f32[16] @ models/lib/nn.yaml:80:7
%9326 = mul %9323, %9325 : f32[16] @ models/lib/nn.yaml:80:7
%9327 = add %9326, %6784 : f32[16] @ models/lib/nn.yaml:80:7
%9328 = div %9310, %9327 : f32[16] @ models/lib/nn.yaml:80:7
%9329 = cast %9318 : f32[] @ models/lib/nn.yaml:80:7
%9330 = broadcast %9329 : f32[16] @ models/lib/nn.yaml:80:7
%9331 = mul %9328, %9330 : f32[16] @ models/lib/nn.yaml:80:7
%9332 = sub %58, %9331 : f32[16] @ models/lib/nn.yaml:80:7
%9333 = assign %58, %9332 : f32[16] @ models/lib/nn.yaml:80:7
%9334 = assign %9304, %9310 : f32[16] @ models/lib/nn.yaml:80:7
%9335 = assign %9305, %9314 : f32[16] @ models/lib/nn.yaml:80:7
%9336 = assign %9306, %9307 : i64[] @ models/lib/nn.yaml:80:7
%9337 = mul %136, %6795 : f32[16] @ models/lib/nn.yaml:80:7
%9338 = mul %9332, %6797 : f32[16] @ models/lib/nn.yaml:80:7
%9339 = add %9337, %9338 : f32[16] @ models/lib/nn.yaml:80:7
%9340 = assign %136, %9339 : f32[16] @ models/lib/nn.yaml:80:7
%9341 = all_reduce_sum %5731 : f32[16,16] @ models/lib/nn.yaml:79:7
%9342 = reshape %9341 : f32[256] @ models/lib/nn.yaml:79:7
%9343 = mul %9342, %9342 : f32[256] @ models/lib/nn.yaml:79:7
%9344 = reduce_sum %9343 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9345 = sqrt %9344 : f32[] @ models/lib/nn.yaml:79:7
%9346 = cast %9345 : f64[] @ models/lib/nn.yaml:79:7
%9347 = add %9346, %6616 : f64[] @ models/lib/nn.yaml:79:7
%9348 = div %6618, %9347 : f64[] @ models/lib/nn.yaml:79:7
%9349 = lt %9348, %6620 : bool[] @ models/lib/nn.yaml:79:7
%9350 = cast %9348 : f32[] @ models/lib/nn.yaml:79:7
%9351 = broadcast %9350 : f32[16,16] @ models/lib/nn.yaml:79:7
%9352 = mul %9341, %9351 : f32[16,16] @ models/lib/nn.yaml:79:7
%9353 = broadcast %9349 : bool[16,16] @ models/lib/nn.yaml:79:7
%9354 = select %9353, %9352, %9341 : f32[16,16] @ models/lib/nn.yaml:79:7
%9355 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9356 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9357 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9358 = add %9357, %6630 : i64[] @ models/lib/nn.yaml:79:7
%9359 = mul %59, %7036 : f32[16,16] @ models/lib/nn.yaml:79:7
%9360 = mul %9354, %7038 : f32[16,16] @ models/lib/nn.yaml:79:7
%9361 = mul %9355, %7040 : f32[16,16] @ models/lib/nn.yaml:79:7
%9362 = add %9361, %9360 : f32[16,16] @ models/lib/nn.yaml:79:7
%9363 = mul %9354, %9354 : f32[16,16] @ models/lib/nn.yaml:79:7
%9364 = mul %9363, %7044 : f32[16,16] @ models/lib/nn.yaml:79:7
%9365 = mul %9356, %7046 : f32[16,16] @ models/lib/nn.yaml:79:7
%9366 = add %9365, %9364 : f32[16,16] @ models/lib/nn.yaml:79:7
%9367 = cast %9358 : f64[] @ models/lib/nn.yaml:79:7
%9368 = pow %6639, %9367 : f64[] @ models/lib/nn.yaml:79:7
%9369 = sub %6620, %9368 : f64[] @ models/lib/nn.yaml:79:7
%9370 = div %4149, %9369 : f64[] @ models/lib/nn.yaml:79:7
%9371 = pow %6647, %9367 : f64[] @ models/lib/nn.yaml:79:7
%9372 = sub %6620, %9371 : f64[] @ models/lib/nn.yaml:79:7
%9373 = sqrt %9372 : f64[] @ models/lib/nn.yaml:79:7
%9374 = div %6620, %9373 : f64[] @ models/lib/nn.yaml:79:7
%9375 = sqrt %9366 : f32[16,16] @ models/lib/nn.yaml:79:7
%9376 = cast %9374 : f32[] @ models/lib/nn.yaml:79:7
%9377 = broadcast %9376 : f32[16,16] @ models/lib/nn.yaml:79:7
%9378 = mul %9375, %9377 : f32[16,16] @ models/lib/nn.yaml:79:7
%9379 = add %9378, %7061 : f32[16,16] @ models/lib/nn.yaml:79:7
%9380 = div %9362, %9379 : f32[16,16] @ models/lib/nn.yaml:79:7
%9381 = cast %9370 : f32[] @ models/lib/nn.yaml:79:7
%9382 = broadcast %9381 : f32[16,16] @ models/lib/nn.yaml:79:7
%9383 = mul %9380, %9382 : f32[16,16] @ models/lib/nn.yaml:79:7
%9384 = sub %9359, %9383 : f32[16,16] @ models/lib/nn.yaml:79:7
%9385 = assign %59, %9384 : f32[16,16] @ models/lib/nn.yaml:79:7
%9386 = assign %9355, %9362 : f32[16,16] @ models/lib/nn.yaml:79:7
%9387 = assign %9356, %9366 : f32[16,16] @ models/lib/nn.yaml:79:7
%9388 = assign %9357, %9358 : i64[] @ models/lib/nn.yaml:79:7
%9389 = mul %137, %7072 : f32[16,16] @ models/lib/nn.yaml:79:7
%9390 = mul %9384, %7074 : f32[16,16] @ models/lib/nn.yaml:79:7
%9391 = add %9389, %9390 : f32[16,16] @ models/lib/nn.yaml:79:7
%9392 = assign %137, %9391 : f32[16,16] @ models/lib/nn.yaml:79:7
%9393 = all_reduce_sum %5723 : f32[16] @ models/lib/nn.yaml:80:7
%9394 = mul %9393, %9393 : f32[16] @ models/lib/nn.yaml:80:7
%9395 = reduce_sum %9394 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9396 = sqrt %9395 : f32[] @ models/lib/nn.yaml:80:7
%9397 = cast %9396 : f64[] @ models/lib/nn.yaml:80:7
%9398 = add %9397, %6616 : f64[] @ models/lib/nn.yaml:80:7
%9399 = div %6618, %9398 : f64[] @ models/lib/nn.yaml:80:7
%9400 = lt %9399, %6620 : bool[] @ models/lib/nn.yaml:80:7
%9401 = cast %9399 : f32[] @ models/lib/nn.yaml:80:7
%9402 = broadcast %9401 : f32[16] @ models/lib/nn.yaml:80:7
%9403 = mul %9393, %9402 : f32[16] @ models/lib/nn.yaml:80:7
%9404 = broadcast %9400 : bool[16] @ models/lib/nn.yaml:80:7
%9405 = select %9404, %9403, %9393 : f32[16] @ models/lib/nn.yaml:80:7
%9406 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9407 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9408 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9409 = add %9408, %6630 : i64[] @ models/lib/nn.yaml:80:7
%9410 = mul %9405, %6761 : f32[16] @ models/lib/nn.yaml:80:7
%9411 = mul %9406, %6763 : f32[16] @ models/lib/nn.yaml:80:7
%9412 = add %9411, %9410 : f32[16] @ models/lib/nn.yaml:80:7
%9413 = mul %9405, %9405 : f32[16] @ models/lib/nn.yaml:80:7
%9414 = mul %9413, %6767 : f32[16] @ models/lib/nn.yaml:80:7
%9415 = mul %9407, %6769 : f32[16] @ models/lib/nn.yaml:80:7
%9416 = add %9415, %9414 : f32[16] @ models/lib/nn.yaml:80:7
%9417 = cast %9409 : f64[] @ models/lib/nn.yaml:80:7
%9418 = pow %6639, %9417 : f64[] @ models/lib/nn.yaml:80:7
%9419 = sub %6620, %9418 : f64[] @ models/lib/nn.yaml:80:7
%9420 = div %4149, %9419 : f64[] @ models/lib/nn.yaml:80:7
%9421 = pow %6647, %9417 : f64[] @ models/lib/nn.yaml:80:7
%9422 = sub %6620, %9421 : f64[] @ models/lib/nn.yaml:80:7
%9423 = sqrt %9422 : f64[] @ models/lib/nn.yaml:80:7
%9424 = div %6620, %9423 : f64[] @ models/lib/nn.yaml:80:7
%9425 = sqrt %9416 : f32[16] @ models/lib/nn.yaml:80:7
%9426 = cast %9424 : f32[] @ models/lib/nn.yaml:80:7
%9427 = broadcast %9426 : f32[16] @ models/lib/nn.yaml:80:7
%9428 = mul %9425, %9427 : f32[16] @ models/lib/nn.yaml:80:7
%9429 = add %9428, %6784 : f32[16] @ models/lib/nn.yaml:80:7
%9430 = div %9412, %9429 : f32[16] @ models/lib/nn.yaml:80:7
%9431 = cast %9420 : f32[] @ models/lib/nn.yaml:80:7
%9432 = broadcast %9431 : f32[16] @ models/lib/nn.yaml:80:7
%9433 = mul %9430, %9432 : f32[16] @ models/lib/nn.yaml:80:7
%9434 = sub %60, %9433 : f32[16] @ models/lib/nn.yaml:80:7
%9435 = assign %60, %9434 : f32[16] @ models/lib/nn.yaml:80:7
%9436 = assign %9406, %9412 : f32[16] @ models/lib/nn.yaml:80:7
%9437 = assign %9407, %9416 : f32[16] @ models/lib/nn.yaml:80:7
%9438 = assign %9408, %9409 : i64[] @ models/lib/nn.yaml:80:7
%9439 = mul %138, %6795 : f32[16] @ models/lib/nn.yaml:80:7
%9440 = mul %9434, %6797 : f32[16] @ models/lib/nn.yaml:80:7
%9441 = add %9439, %9440 : f32[16] @ models/lib/nn.yaml:80:7
%9442 = assign %138, %9441 : f32[16] @ models/lib/nn.yaml:80:7
%9443 = all_reduce_sum %5702 : f32[16] @ models/lib/nn.yaml:89:7
%9444 = mul %9443, %9443 : f32[16] @ models/lib/nn.yaml:89:7
%9445 = reduce_sum %9444 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9446 = sqrt %9445 : f32[] @ models/lib/nn.yaml:89:7
%9447 = cast %9446 : f64[] @ models/lib/nn.yaml:89:7
%9448 = add %9447, %6616 : f64[] @ models/lib/nn.yaml:89:7
%9449 = div %6618, %9448 : f64[] @ models/lib/nn.yaml:89:7
%9450 = lt %9449, %6620 : bool[] @ models/lib/nn.yaml:89:7
%9451 = cast %9449 : f32[] @ models/lib/nn.yaml:89:7
%9452 = broadcast %9451 : f32[16] @ models/lib/nn.yaml:89:7
%9453 = mul %9443, %9452 : f32[16] @ models/lib/nn.yaml:89:7
%9454 = broadcast %9450 : bool[16] @ models/lib/nn.yaml:89:7
%9455 = select %9454, %9453, %9443 : f32[16] @ models/lib/nn.yaml:89:7
%9456 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9457 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9458 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9459 = add %9458, %6630 : i64[] @ models/lib/nn.yaml:89:7
%9460 = mul %9455, %6761 : f32[16] @ models/lib/nn.yaml:89:7
%9461 = mul %9456, %6763 : f32[16] @ models/lib/nn.yaml:89:7
%9462 = add %9461, %9460 : f32[16] @ models/lib/nn.yaml:89:7
%9463 = mul %9455, %9455 : f32[16] @ models/lib/nn.yaml:89:7
%9464 = mul %9463, %6767 : f32[16] @ models/lib/nn.yaml:89:7
%9465 = mul %9457, %6769 : f32[16] @ models/lib/nn.yaml:89:7
%9466 = add %9465, %9464 : f32[16] @ models/lib/nn.yaml:89:7
%9467 = cast %9459 : f64[] @ models/lib/nn.yaml:89:7
%9468 = pow %6639, %9467 : f64[] @ models/lib/nn.yaml:89:7
%9469 = sub %6620, %9468 : f64[] @ models/lib/nn.yaml:89:7
%9470 = div %4149, %9469 : f64[] @ models/lib/nn.yaml:89:7
%9471 = pow %6647, %9467 : f64[] @ models/lib/nn.yaml:89:7
%9472 = sub %6620, %9471 : f64[] @ models/lib/nn.yaml:89:7
%9473 = sqrt %9472 : f64[] @ models/lib/nn.yaml:89:7
%9474 = div %6620, %9473 : f64[] @ models/lib/nn.yaml:89:7
%9475 = sqrt %9466 : f32[16] @ models/lib/nn.yaml:89:7
%9476 = cast %9474 : f32[] @ models/lib/nn.yaml:89:7
%9477 = broadcast %9476 : f32[16] @ models/lib/nn.yaml:89:7
%9478 = mul %9475, %9477 : f32[16] @ models/lib/nn.yaml:89:7
%9479 = add %9478, %6784 : f32[16] @ models/lib/nn.yaml:89:7
%9480 = div %9462, %9479 : f32[16] @ models/lib/nn.yaml:89:7
%9481 = cast %9470 : f32[] @ models/lib/nn.yaml:89:7
%9482 = broadcast %9481 : f32[16] @ models/lib/nn.yaml:89:7
%9483 = mul %9480, %9482 : f32[16] @ models/lib/nn.yaml:89:7
%9484 = sub %61, %9483 : f32[16] @ models/lib/nn.yaml:89:7
%9485 = assign %61, %9484 : f32[16] @ models/lib/nn.yaml:89:7
%9486 = assign %9456, %9462 : f32[16] @ models/lib/nn.yaml:89:7
%9487 = assign %9457, %9466 : f32[16] @ models/lib/nn.yaml:89:7
%9488 = assign %9458, %9459 : i64[] @ models/lib/nn.yaml:89:7
%9489 = mul %139, %6795 : f32[16] @ models/lib/nn.yaml:89:7
%9490 = mul %9484, %6797 : f32[16] @ models/lib/nn.yaml:89:7
%9491 = add %9489, %9490 : f32[16] @ models/lib/nn.yaml:89:7
%9492 = assign %139, %9491 : f32[16] @ models/lib/nn.yaml:89:7
%9493 = all_reduce_sum %5695 : f32[16] @ models/lib/nn.yaml:90:7
%9494 = mul %9493, %9493 : f32[16] @ models/lib/nn.yaml:90:7
%9495 = reduce_sum %9494 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9496 = sqrt %9495 : f32[] @ models/lib/nn.yaml:90:7
%9497 = cast %9496 : f64[] @ models/lib/nn.yaml:90:7
%9498 = add %9497, %6616 : f64[] @ models/lib/nn.yaml:90:7
%9499 = div %6618, %9498 : f64[] @ models/lib/nn.yaml:90:7
%9500 = lt %9499, %6620 : bool[] @ models/lib/nn.yaml:90:7
%9501 = cast %9499 : f32[] @ models/lib/nn.yaml:90:7
%9502 = broadcast %9501 : f32[16] @ models/lib/nn.yaml:90:7
%9503 = mul %9493, %9502 : f32[16] @ models/lib/nn.yaml:90:7
%9504 = broadcast %9500 : bool[16] @ models/lib/nn.yaml:90:7
%9505 = select %9504, %9503, %9493 : f32[16] @ models/lib/nn.yaml:90:7
%9506 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9507 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9508 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9509 = add %9508, %6630 : i64[] @ models/lib/nn.yaml:90:7
%9510 = mul %9505, %6761 : f32[16] @ models/lib/nn.yaml:90:7
%9511 = mul %9506, %6763 : f32[16] @ models/lib/nn.yaml:90:7
%9512 = add %9511, %9510 : f32[16] @ models/lib/nn.yaml:90:7
%9513 = mul %9505, %9505 : f32[16] @ models/lib/nn.yaml:90:7
%9514 = mul %9513, %6767 : f32[16] @ models/lib/nn.yaml:90:7
%9515 = mul %9507, %6769 : f32[16] @ models/lib/nn.yaml:90:7
%9516 = add %9515, %9514 : f32[16] @ models/lib/nn.yaml:90:7
%9517 = cast %9509 : f64[] @ models/lib/nn.yaml:90:7
%9518 = pow %6639, %9517 : f64[] @ models/lib/nn.yaml:90:7
%9519 = sub %6620, %9518 : f64[] @ models/lib/nn.yaml:90:7
%9520 = div %4149, %9519 : f64[] @ models/lib/nn.yaml:90:7
%9521 = pow %6647, %9517 : f64[] @ models/lib/nn.yaml:90:7
%9522 = sub %6620, %9521 : f64[] @ models/lib/nn.yaml:90:7
%9523 = sqrt %9522 : f64[] @ models/lib/nn.yaml:90:7
%9524 = div %6620, %9523 : f64[] @ models/lib/nn.yaml:90:7
%9525 = sqrt %9516 : f32[16] @ models/lib/nn.yaml:90:7
%9526 = cast %9524 : f32[] @ models/lib/nn.yaml:90:7
%9527 = broadcast %9526 : f32[16] @ models/lib/nn.yaml:90:7
%9528 = mul %9525, %9527 : f32[16] @ models/lib/nn.yaml:90:7
%9529 = add %9528, %6784 : f32[16] @ models/lib/nn.yaml:90:7
%9530 = div %9512, %9529 : f32[16] @ models/lib/nn.yaml:90:7
%9531 = cast %9520 : f32[] @ models/lib/nn.yaml:90:7
%9532 = broadcast %9531 : f32[16] @ models/lib/nn.yaml:90:7
%9533 = mul %9530, %9532 : f32[16] @ models/lib/nn.yaml:90:7
%9534 = sub %62, %9533 : f32[16] @ models/lib/nn.yaml:90:7
%9535 = assign %62, %9534 : f32[16] @ models/lib/nn.yaml:90:7
%9536 = assign %9506, %9512 : f32[16] @ models/lib/nn.yaml:90:7
%9537 = assign %9507, %9516 : f32[16] @ models/lib/nn.yaml:90:7
%9538 = assign %9508, %9509 : i64[] @ models/lib/nn.yaml:90:7
%9539 = mul %140, %6795 : f32[16] @ models/lib/nn.yaml:90:7
%9540 = mul %9534, %6797 : f32[16] @ models/lib/nn.yaml:90:7
%9541 = add %9539, %9540 : f32[16] @ models/lib/nn.yaml:90:7
%9542 = assign %140, %9541 : f32[16] @ models/lib/nn.yaml:90:7
%9543 = all_reduce_sum %5691 : f32[64,16] @ models/lib/nn.yaml:79:7
%9544 = reshape %9543 : f32[1024] @ models/lib/nn.yaml:79:7
%9545 = mul %9544, %9544 : f32[1024] @ models/lib/nn.yaml:79:7
%9546 = reduce_sum %9545 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9547 = sqrt %9546 : f32[] @ models/lib/nn.yaml:79:7
%9548 = cast %9547 : f64[] @ models/lib/nn.yaml:79:7
%9549 = add %9548, %6616 : f64[] @ models/lib/nn.yaml:79:7
%9550 = div %6618, %9549 : f64[] @ models/lib/nn.yaml:79:7
%9551 = lt %9550, %6620 : bool[] @ models/lib/nn.yaml:79:7
%9552 = cast %9550 : f32[] @ models/lib/nn.yaml:79:7
%9553 = broadcast %9552 : f32[64,16] @ models/lib/nn.yaml:79:7
%9554 = mul %9543, %9553 : f32[64,16] @ models/lib/nn.yaml:79:7
%9555 = broadcast %9551 : bool[64,16] @ models/lib/nn.yaml:79:7
%9556 = select %9555, %9554, %9543 : f32[64,16] @ models/lib/nn.yaml:79:7
%9557 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9558 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9559 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9560 = add %9559, %6630 : i64[] @ models/lib/nn.yaml:79:7
%9561 = mul %63, %7246 : f32[64,16] @ models/lib/nn.yaml:79:7
%9562 = mul %9556, %7248 : f32[64,16] @ models/lib/nn.yaml:79:7
%9563 = mul %9557, %7250 : f32[64,16] @ models/lib/nn.yaml:79:7
%9564 = add %9563, %9562 : f32[64,16] @ models/lib/nn.yaml:79:7
%9565 = mul %9556, %9556 : f32[64,16] @ models/lib/nn.yaml:79:7
%9566 = mul %9565, %7254 : f32[64,16] @ models/lib/nn.yaml:79:7
%9567 = mul %9558, %7256 : f32[64,16] @ models/lib/nn.yaml:79:7
%9568 = add %9567, %9566 : f32[64,16] @ models/lib/nn.yaml:79:7
%9569 = cast %9560 : f64[] @ models/lib/nn.yaml:79:7
%9570 = pow %6639, %9569 : f64[] @ models/lib/nn.yaml:79:7
%9571 = sub %6620, %9570 : f64[] @ models/lib/nn.yaml:79:7
%9572 = div %4149, %9571 : f64[] @ models/lib/nn.yaml:79:7
%9573 = pow %6647, %9569 : f64[] @ models/lib/nn.yaml:79:7
%9574 = sub %6620, %9573 : f64[] @ models/lib/nn.yaml:79:7
%9575 = sqrt %9574 : f64[] @ models/lib/nn.yaml:79:7
%9576 = div %6620, %9575 : f64[] @ models/lib/nn.yaml:79:7
%9577 = sqrt %9568 : f32[64,16] @ models/lib/nn.yaml:79:7
%9578 = cast %9576 : f32[] @ models/lib/nn.yaml:79:7
%9579 = broadcast %9578 : f32[64,16] @ models/lib/nn.yaml:79:7
%9580 = mul %9577, %9579 : f32[64,16] @ models/lib/nn.yaml:79:7
%9581 = add %9580, %7271 : f32[64,16] @ models/lib/nn.yaml:79:7
%9582 = div %9564, %9581 : f32[64,16] @ models/lib/nn.yaml:79:7
%9583 = cast %9572 : f32[] @ models/lib/nn.yaml:79:7
%9584 = broadcast %9583 : f32[64,16] @ models/lib/nn.yaml:79:7
%9585 = mul %9582, %9584 : f32[64,16] @ models/lib/nn.yaml:79:7
%9586 = sub %9561, %9585 : f32[64,16] @ models/lib/nn.yaml:79:7
%9587 = assign %63, %9586 : f32[64,16] @ models/lib/nn.yaml:79:7
%9588 = assign %9557, %9564 : f32[64,16] @ models/lib/nn.yaml:79:7
%9589 = assign %9558, %9568 : f32[64,16] @ models/lib/nn.yaml:79:7
%9590 = assign %9559, %9560 : i64[] @ models/lib/nn.yaml:79:7
%9591 = mul %141, %7282 : f32[64,16] @ models/lib/nn.yaml:79:7
%9592 = mul %9586, %7284 : f32[64,16] @ models/lib/nn.yaml:79:7
%9593 = add %9591, %9592 : f32[64,16] @ models/lib/nn.yaml:79:7
%9594 = assign %141, %9593 : f32[64,16] @ models/lib/nn.yaml:79:7
%9595 = all_reduce_sum %5683 : f32[64] @ models/lib/nn.yaml:80:7
%9596 = mul %9595, %9595 : f32[64] @ models/lib/nn.yaml:80:7
%9597 = reduce_sum %9596 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9598 = sqrt %9597 : f32[] @ models/lib/nn.yaml:80:7
%9599 = cast %9598 : f64[] @ models/lib/nn.yaml:80:7
%9600 = add %9599, %6616 : f64[] @ models/lib/nn.yaml:80:7
%9601 = div %6618, %9600 : f64[] @ models/lib/nn.yaml:80:7
%9602 = lt %9601, %6620 : bool[] @ models/lib/nn.yaml:80:7
%9603 = cast %9601 : f32[] @ models/lib/nn.yaml:80:7
%9604 = broadcast %9603 : f32[64] @ models/lib/nn.yaml:80:7
%9605 = mul %9595, %9604 : f32[64] @ models/lib/nn.yaml:80:7
%9606 = broadcast %9602 : bool[64] @ models/lib/nn.yaml:80:7
%9607 = select %9606, %9605, %9595 : f32[64] @ models/lib/nn.yaml:80:7
%9608 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9609 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9610 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9611 = add %9610, %6630 : i64[] @ models/lib/nn.yaml:80:7
%9612 = mul %9607, %7305 : f32[64] @ models/lib/nn.yaml:80:7
%9613 = mul %9608, %7307 : f32[64] @ models/lib/nn.yaml:80:7
%9614 = add %9613, %9612 : f32[64] @ models/lib/nn.yaml:80:7
%9615 = mul %9607, %9607 : f32[64] @ models/lib/nn.yaml:80:7
%9616 = mul %9615, %7311 : f32[64] @ models/lib/nn.yaml:80:7
%9617 = mul %9609, %7313 : f32[64] @ models/lib/nn.yaml:80:7
%9618 = add %9617, %9616 : f32[64] @ models/lib/nn.yaml:80:7
%9619 = cast %9611 : f64[] @ models/lib/nn.yaml:80:7
%9620 = pow %6639, %9619 : f64[] @ models/lib/nn.yaml:80:7
%9621 = sub %6620, %9620 : f64[] @ models/lib/nn.yaml:80:7
%9622 = div %4149, %9621 : f64[] @ models/lib/nn.yaml:80:7
%9623 = pow %6647, %9619 : f64[] @ models/lib/nn.yaml:80:7
%9624 = sub %6620, %9623 : f64[] @ models/lib/nn.yaml:80:7
%9625 = sqrt %9624 : f64[] @ models/lib/nn.yaml:80:7
%9626 = div %6620, %9625 : f64[] @ models/lib/nn.yaml:80:7
%9627 = sqrt %9618 : f32[64] @ models/lib/nn.yaml:80:7
%9628 = cast %9626 : f32[] @ models/lib/nn.yaml:80:7
%9629 = broadcast %9628 : f32[64] @ models/lib/nn.yaml:80:7
%9630 = mul %9627, %9629 : f32[64] @ models/lib/nn.yaml:80:7
%9631 = add %9630, %7328 : f32[64] @ models/lib/nn.yaml:80:7
%9632 = div %9614, %9631 : f32[64] @ models/lib/nn.yaml:80:7
%9633 = cast %9622 : f32[] @ models/lib/nn.yaml:80:7
%9634 = broadcast %9633 : f32[64] @ models/lib/nn.yaml:80:7
%9635 = mul %9632, %9634 : f32[64] @ models/lib/nn.yaml:80:7
%9636 = sub %64, %9635 : f32[64] @ models/lib/nn.yaml:80:7
%9637 = assign %64, %9636 : f32[64] @ models/lib/nn.yaml:80:7
%9638 = assign %9608, %9614 : f32[64] @ models/lib/nn.yaml:80:7
%9639 = assign %9609, %9618 : f32[64] @ models/lib/nn.yaml:80:7
%9640 = assign %9610, %9611 : i64[] @ models/lib/nn.yaml:80:7
%9641 = mul %142, %7339 : f32[64] @ models/lib/nn.yaml:80:7
%9642 = mul %9636, %7341 : f32[64] @ models/lib/nn.yaml:80:7
%9643 = add %9641, %9642 : f32[64] @ models/lib/nn.yaml:80:7
%9644 = assign %142, %9643 : f32[64] @ models/lib/nn.yaml:80:7
%9645 = all_reduce_sum %5663 : f32[16,64] @ models/lib/nn.yaml:79:7
%9646 = reshape %9645 : f32[1024] @ models/lib/nn.yaml:79:7
%9647 = mul %9646, %9646 : f32[1024] @ models/lib/nn.yaml:79:7
%9648 = reduce_sum %9647 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9649 = sqrt %9648 : f32[] @ models/lib/nn.yaml:79:7
%9650 = cast %9649 : f64[] @ models/lib/nn.yaml:79:7
%9651 = add %9650, %6616 : f64[] @ models/lib/nn.yaml:79:7
%9652 = div %6618, %9651 : f64[] @ models/lib/nn.yaml:79:7
%9653 = lt %9652, %6620 : bool[] @ models/lib/nn.yaml:79:7
%9654 = cast %9652 : f32[] @ models/lib/nn.yaml:79:7
%9655 = broadcast %9654 : f32[16,64] @ models/lib/nn.yaml:79:7
%9656 = mul %9645, %9655 : f32[16,64] @ models/lib/nn.yaml:79:7
%9657 = broadcast %9653 : bool[16,64] @ models/lib/nn.yaml:79:7
%9658 = select %9657, %9656, %9645 : f32[16,64] @ models/lib/nn.yaml:79:7
%9659 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9660 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9661 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9662 = add %9661, %6630 : i64[] @ models/lib/nn.yaml:79:7
%9663 = mul %65, %7363 : f32[16,64] @ models/lib/nn.yaml:79:7
%9664 = mul %9658, %7365 : f32[16,64] @ models/lib/nn.yaml:79:7
%9665 = mul %9659, %7367 : f32[16,64] @ models/lib/nn.yaml:79:7
%9666 = add %9665, %9664 : f32[16,64] @ models/lib/nn.yaml:79:7
%9667 = mul %9658, %9658 : f32[16,64] @ models/lib/nn.yaml:79:7
%9668 = mul %9667, %7371 : f32[16,64] @ models/lib/nn.yaml:79:7
%9669 = mul %9660, %7373 : f32[16,64] @ models/lib/nn.yaml:79:7
%9670 = add %9669, %9668 : f32[16,64] @ models/lib/nn.yaml:79:7
%9671 = cast %9662 : f64[] @ models/lib/nn.yaml:79:7
%9672 = pow %6639, %9671 : f64[] @ models/lib/nn.yaml:79:7
%9673 = sub %6620, %9672 : f64[] @ models/lib/nn.yaml:79:7
%9674 = div %4149, %9673 : f64[] @ models/lib/nn.yaml:79:7
%9675 = pow %6647, %9671 : f64[] @ models/lib/nn.yaml:79:7
%9676 = sub %6620, %9675 : f64[] @ models/lib/nn.yaml:79:7
%9677 = sqrt %9676 : f64[] @ models/lib/nn.yaml:79:7
%9678 = div %6620, %9677 : f64[] @ models/lib/nn.yaml:79:7
%9679 = sqrt %9670 : f32[16,64] @ models/lib/nn.yaml:79:7
%9680 = cast %9678 : f32[] @ models/lib/nn.yaml:79:7
%9681 = broadcast %9680 : f32[16,64] @ models/lib/nn.yaml:79:7
%9682 = mul %9679, %9681 : f32[16,64] @ models/lib/nn.yaml:79:7
%9683 = add %9682, %7388 : f32[16,64] @ models/lib/nn.yaml:79:7
%9684 = div %9666, %9683 : f32[16,64] @ models/lib/nn.yaml:79:7
%9685 = cast %9674 : f32[] @ models/lib/nn.yaml:79:7
%9686 = broadcast %9685 : f32[16,64] @ models/lib/nn.yaml:79:7
%9687 = mul %9684, %9686 : f32[16,64] @ models/lib/nn.yaml:79:7
%9688 = sub %9663, %9687 : f32[16,64] @ models/lib/nn.yaml:79:7
%9689 = assign %65, %9688 : f32[16,64] @ models/lib/nn.yaml:79:7
%9690 = assign %9659, %9666 : f32[16,64] @ models/lib/nn.yaml:79:7
%9691 = assign %9660, %9670 : f32[16,64] @ models/lib/nn.yaml:79:7
%9692 = assign %9661, %9662 : i64[] @ models/lib/nn.yaml:79:7
%9693 = mul %143, %7399 : f32[16,64] @ models/lib/nn.yaml:79:7
%9694 = mul %9688, %7401 : f32[16,64] @ models/lib/nn.yaml:79:7
%9695 = add %9693, %9694 : f32[16,64] @ models/lib/nn.yaml:79:7
%9696 = assign %143, %9695 : f32[16,64] @ models/lib/nn.yaml:79:7
%9697 = all_reduce_sum %5655 : f32[16] @ models/lib/nn.yaml:80:7
%9698 = mul %9697, %9697 : f32[16] @ models/lib/nn.yaml:80:7
%9699 = reduce_sum %9698 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9700 = sqrt %9699 : f32[] @ models/lib/nn.yaml:80:7
%9701 = cast %9700 : f64[] @ models/lib/nn.yaml:80:7
%9702 = add %9701, %6616 : f64[] @ models/lib/nn.yaml:80:7
%9703 = div %6618, %9702 : f64[] @ models/lib/nn.yaml:80:7
%9704 = lt %9703, %6620 : bool[] @ models/lib/nn.yaml:80:7
%9705 = cast %9703 : f32[] @ models/lib/nn.yaml:80:7
%9706 = broadcast %9705 : f32[16] @ models/lib/nn.yaml:80:7
%9707 = mul %9697, %9706 : f32[16] @ models/lib/nn.yaml:80:7
%9708 = broadcast %9704 : bool[16] @ models/lib/nn.yaml:80:7
%9709 = select %9708, %9707, %9697 : f32[16] @ models/lib/nn.yaml:80:7
%9710 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9711 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9712 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9713 = add %9712, %6630 : i64[] @ models/lib/nn.yaml:80:7
%9714 = mul %9709, %6761 : f32[16] @ models/lib/nn.yaml:80:7
%9715 = mul %9710, %6763 : f32[16] @ models/lib/nn.yaml:80:7
%9716 = add %9715, %9714 : f32[16] @ models/lib/nn.yaml:80:7
%9717 = mul %9709, %9709 : f32[16] @ models/lib/nn.yaml:80:7
%9718 = mul %9717, %6767 : f32[16] @ models/lib/nn.yaml:80:7
%9719 = mul %9711, %6769 : f32[16] @ models/lib/nn.yaml:80:7
%9720 = add %9719, %9718 : f32[16] @ models/lib/nn.yaml:80:7
%9721 = cast %9713 : f64[] @ models/lib/nn.yaml:80:7
%9722 = pow %6639, %9721 : f64[] @ models/lib/nn.yaml:80:7
%9723 = sub %6620, %9722 : f64[] @ models/lib/nn.yaml:80:7
%9724 = div %4149, %9723 : f64[] @ models/lib/nn.yaml:80:7
%9725 = pow %6647, %9721 : f64[] @ models/lib/nn.yaml:80:7
%9726 = sub %6620, %9725 : f64[] @ models/lib/nn.yaml:80:7
%9727 = sqrt %9726 : f64[] @ models/lib/nn.yaml:80:7
%9728 = div %6620, %9727 : f64[] @ models/lib/nn.yaml:80:7
%9729 = sqrt %9720 : f32[16] @ models/lib/nn.yaml:80:7
%9730 = cast %9728 : f32[] @ models/lib/nn.yaml:80:7
%9731 = broadcast %9730 : f32[16] @ models/lib/nn.yaml:80:7
%9732 = mul %9729, %9731 : f32[16] @ models/lib/nn.yaml:80:7
%9733 = add %9732, %6784 : f32[16] @ models/lib/nn.yaml:80:7
%9734 = div %9716, %9733 : f32[16] @ models/lib/nn.yaml:80:7
%9735 = cast %9724 : f32[] @ models/lib/nn.yaml:80:7
%9736 = broadcast %9735 : f32[16] @ models/lib/nn.yaml:80:7
%9737 = mul %9734, %9736 : f32[16] @ models/lib/nn.yaml:80:7
%9738 = sub %66, %9737 : f32[16] @ models/lib/nn.yaml:80:7
%9739 = assign %66, %9738 : f32[16] @ models/lib/nn.yaml:80:7
%9740 = assign %9710, %9716 : f32[16] @ models/lib/nn.yaml:80:7
%9741 = assign %9711, %9720 : f32[16] @ models/lib/nn.yaml:80:7
%9742 = assign %9712, %9713 : i64[] @ models/lib/nn.yaml:80:7
%9743 = mul %144, %6795 : f32[16] @ models/lib/nn.yaml:80:7
%9744 = mul %9738, %6797 : f32[16] @ models/lib/nn.yaml:80:7
%9745 = add %9743, %9744 : f32[16] @ models/lib/nn.yaml:80:7
%9746 = assign %144, %9745 : f32[16] @ models/lib/nn.yaml:80:7
%9747 = all_reduce_sum %5628 : f32[16] @ models/lib/nn.yaml:89:7
%9748 = mul %9747, %9747 : f32[16] @ models/lib/nn.yaml:89:7
%9749 = reduce_sum %9748 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9750 = sqrt %9749 : f32[] @ models/lib/nn.yaml:89:7
%9751 = cast %9750 : f64[] @ models/lib/nn.yaml:89:7
%9752 = add %9751, %6616 : f64[] @ models/lib/nn.yaml:89:7
%9753 = div %6618, %9752 : f64[] @ models/lib/nn.yaml:89:7
%9754 = lt %9753, %6620 : bool[] @ models/lib/nn.yaml:89:7
%9755 = cast %9753 : f32[] @ models/lib/nn.yaml:89:7
%9756 = broadcast %9755 : f32[16] @ models/lib/nn.yaml:89:7
%9757 = mul %9747, %9756 : f32[16] @ models/lib/nn.yaml:89:7
%9758 = broadcast %9754 : bool[16] @ models/lib/nn.yaml:89:7
%9759 = select %9758, %9757, %9747 : f32[16] @ models/lib/nn.yaml:89:7
%9760 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9761 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9762 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9763 = add %9762, %6630 : i64[] @ models/lib/nn.yaml:89:7
%9764 = mul %9759, %6761 : f32[16] @ models/lib/nn.yaml:89:7
%9765 = mul %9760, %6763 : f32[16] @ models/lib/nn.yaml:89:7
%9766 = add %9765, %9764 : f32[16] @ models/lib/nn.yaml:89:7
%9767 = mul %9759, %9759 : f32[16] @ models/lib/nn.yaml:89:7
%9768 = mul %9767, %6767 : f32[16] @ models/lib/nn.yaml:89:7
%9769 = mul %9761, %6769 : f32[16] @ models/lib/nn.yaml:89:7
%9770 = add %9769, %9768 : f32[16] @ models/lib/nn.yaml:89:7
%9771 = cast %9763 : f64[] @ models/lib/nn.yaml:89:7
%9772 = pow %6639, %9771 : f64[] @ models/lib/nn.yaml:89:7
%9773 = sub %6620, %9772 : f64[] @ models/lib/nn.yaml:89:7
%9774 = div %4149, %9773 : f64[] @ models/lib/nn.yaml:89:7
%9775 = pow %6647, %9771 : f64[] @ models/lib/nn.yaml:89:7
%9776 = sub %6620, %9775 : f64[] @ models/lib/nn.yaml:89:7
%9777 = sqrt %9776 : f64[] @ models/lib/nn.yaml:89:7
%9778 = div %6620, %9777 : f64[] @ models/lib/nn.yaml:89:7
%9779 = sqrt %9770 : f32[16] @ models/lib/nn.yaml:89:7
%9780 = cast %9778 : f32[] @ models/lib/nn.yaml:89:7
%9781 = broadcast %9780 : f32[16] @ models/lib/nn.yaml:89:7
%9782 = mul %9779, %9781 : f32[16] @ models/lib/nn.yaml:89:7
%9783 = add %9782, %6784 : f32[16] @ models/lib/nn.yaml:89:7
%9784 = div %9766, %9783 : f32[16] @ models/lib/nn.yaml:89:7
%9785 = cast %9774 : f32[] @ models/lib/nn.yaml:89:7
%9786 = broadcast %9785 : f32[16] @ models/lib/nn.yaml:89:7
%9787 = mul %9784, %9786 : f32[16] @ models/lib/nn.yaml:89:7
%9788 = sub %67, %9787 : f32[16] @ models/lib/nn.yaml:89:7
%9789 = assign %67, %9788 : f32[16] @ models/lib/nn.yaml:89:7
%9790 = assign %9760, %9766 : f32[16] @ models/lib/nn.yaml:89:7
%9791 = assign %9761, %9770 : f32[16] @ models/lib/nn.yaml:89:7
%9792 = assign %9762, %9763 : i64[] @ models/lib/nn.yaml:89:7
%9793 = mul %145, %6795 : f32[16] @ models/lib/nn.yaml:89:7
%9794 = mul %9788, %6797 : f32[16] @ models/lib/nn.yaml:89:7
%9795 = add %9793, %9794 : f32[16] @ models/lib/nn.yaml:89:7
%9796 = assign %145, %9795 : f32[16] @ models/lib/nn.yaml:89:7
%9797 = all_reduce_sum %5621 : f32[16] @ models/lib/nn.yaml:90:7
%9798 = mul %9797, %9797 : f32[16] @ models/lib/nn.yaml:90:7
%9799 = reduce_sum %9798 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9800 = sqrt %9799 : f32[] @ models/lib/nn.yaml:90:7
%9801 = cast %9800 : f64[] @ models/lib/nn.yaml:90:7
%9802 = add %9801, %6616 : f64[] @ models/lib/nn.yaml:90:7
%9803 = div %6618, %9802 : f64[] @ models/lib/nn.yaml:90:7
%9804 = lt %9803, %6620 : bool[] @ models/lib/nn.yaml:90:7
%9805 = cast %9803 : f32[] @ models/lib/nn.yaml:90:7
%9806 = broadcast %9805 : f32[16] @ models/lib/nn.yaml:90:7
%9807 = mul %9797, %9806 : f32[16] @ models/lib/nn.yaml:90:7
%9808 = broadcast %9804 : bool[16] @ models/lib/nn.yaml:90:7
%9809 = select %9808, %9807, %9797 : f32[16] @ models/lib/nn.yaml:90:7
%9810 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9811 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9812 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9813 = add %9812, %6630 : i64[] @ models/lib/nn.yaml:90:7
%9814 = mul %9809, %6761 : f32[16] @ models/lib/nn.yaml:90:7
%9815 = mul %9810, %6763 : f32[16] @ models/lib/nn.yaml:90:7
%9816 = add %9815, %9814 : f32[16] @ models/lib/nn.yaml:90:7
%9817 = mul %9809, %9809 : f32[16] @ models/lib/nn.yaml:90:7
%9818 = mul %9817, %6767 : f32[16] @ models/lib/nn.yaml:90:7
%9819 = mul %9811, %6769 : f32[16] @ models/lib/nn.yaml:90:7
%9820 = add %9819, %9818 : f32[16] @ models/lib/nn.yaml:90:7
%9821 = cast %9813 : f64[] @ models/lib/nn.yaml:90:7
%9822 = pow %6639, %9821 : f64[] @ models/lib/nn.yaml:90:7
%9823 = sub %6620, %9822 : f64[] @ models/lib/nn.yaml:90:7
%9824 = div %4149, %9823 : f64[] @ models/lib/nn.yaml:90:7
%9825 = pow %6647, %9821 : f64[] @ models/lib/nn.yaml:90:7
%9826 = sub %6620, %9825 : f64[] @ models/lib/nn.yaml:90:7
%9827 = sqrt %9826 : f64[] @ models/lib/nn.yaml:90:7
%9828 = div %6620, %9827 : f64[] @ models/lib/nn.yaml:90:7
%9829 = sqrt %9820 : f32[16] @ models/lib/nn.yaml:90:7
%9830 = cast %9828 : f32[] @ models/lib/nn.yaml:90:7
%9831 = broadcast %9830 : f32[16] @ models/lib/nn.yaml:90:7
%9832 = mul %9829, %9831 : f32[16] @ models/lib/nn.yaml:90:7
%9833 = add %9832, %6784 : f32[16] @ models/lib/nn.yaml:90:7
%9834 = div %9816, %9833 : f32[16] @ models/lib/nn.yaml:90:7
%9835 = cast %9824 : f32[] @ models/lib/nn.yaml:90:7
%9836 = broadcast %9835 : f32[16] @ models/lib/nn.yaml:90:7
%9837 = mul %9834, %9836 : f32[16] @ models/lib/nn.yaml:90:7
%9838 = sub %68, %9837 : f32[16] @ models/lib/nn.yaml:90:7
%9839 = assign %68, %9838 : f32[16] @ models/lib/nn.yaml:90:7
%9840 = assign %9810, %9816 : f32[16] @ models/lib/nn.yaml:90:7
%9841 = assign %9811, %9820 : f32[16] @ models/lib/nn.yaml:90:7
%9842 = assign %9812, %9813 : i64[] @ models/lib/nn.yaml:90:7
%9843 = mul %146, %6795 : f32[16] @ models/lib/nn.yaml:90:7
%9844 = mul %9838, %6797 : f32[16] @ models/lib/nn.yaml:90:7
%9845 = add %9843, %9844 : f32[16] @ models/lib/nn.yaml:90:7
%9846 = assign %146, %9845 : f32[16] @ models/lib/nn.yaml:90:7
%9847 = all_reduce_sum %5615 : f32[24,16] @ models/lib/nn.yaml:79:7
%9848 = reshape %9847 : f32[384] @ models/lib/nn.yaml:79:7
%9849 = mul %9848, %9848 : f32[384] @ models/lib/nn.yaml:79:7
%9850 = reduce_sum %9849 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9851 = sqrt %9850 : f32[] @ models/lib/nn.yaml:79:7
%9852 = cast %9851 : f64[] @ models/lib/nn.yaml:79:7
%9853 = add %9852, %6616 : f64[] @ models/lib/nn.yaml:79:7
%9854 = div %6618, %9853 : f64[] @ models/lib/nn.yaml:79:7
%9855 = lt %9854, %6620 : bool[] @ models/lib/nn.yaml:79:7
%9856 = cast %9854 : f32[] @ models/lib/nn.yaml:79:7
%9857 = broadcast %9856 : f32[24,16] @ models/lib/nn.yaml:79:7
%9858 = mul %9847, %9857 : f32[24,16] @ models/lib/nn.yaml:79:7
%9859 = broadcast %9855 : bool[24,16] @ models/lib/nn.yaml:79:7
%9860 = select %9859, %9858, %9847 : f32[24,16] @ models/lib/nn.yaml:79:7
%9861 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9862 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9863 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9864 = add %9863, %6630 : i64[] @ models/lib/nn.yaml:79:7
%9865 = broadcast %6634 : f32[24,16] @ models/lib/nn.yaml:79:7
%9866 = mul %69, %9865 : f32[24,16] @ models/lib/nn.yaml:79:7
%9867 = broadcast %3826 : f32[24,16] @ models/lib/nn.yaml:79:7
%9868 = mul %9860, %9867 : f32[24,16] @ models/lib/nn.yaml:79:7
%9869 = broadcast %2620 : f32[24,16] @ models/lib/nn.yaml:79:7
%9870 = mul %9861, %9869 : f32[24,16] @ models/lib/nn.yaml:79:7
%9871 = add %9870, %9868 : f32[24,16] @ models/lib/nn.yaml:79:7
%9872 = mul %9860, %9860 : f32[24,16] @ models/lib/nn.yaml:79:7
%9873 = broadcast %6644 : f32[24,16] @ models/lib/nn.yaml:79:7
%9874 = mul %9872, %9873 : f32[24,16] @ models/lib/nn.yaml:79:7
%9875 = broadcast %6648 : f32[24,16] @ models/lib/nn.yaml:79:7
%9876 = mul %9862, %9875 : f32[24,16] @ models/lib/nn.yaml:79:7
%9877 = add %9876, %9874 : f32[24,16] @ models/lib/nn.yaml:79:7
%9878 = cast %9864 : f64[] @ models/lib/nn.yaml:79:7
%9879 = pow %6639, %9878 : f64[] @ models/lib/nn.yaml:79:7
%9880 = sub %6620, %9879 : f64[] @ models/lib/nn.yaml:79:7
%9881 = div %4149, %9880 : f64[] @ models/lib/nn.yaml:79:7
%9882 = pow %6647, %9878 : f64[] @ models/lib/nn.yaml:79:7
%9883 = sub %6620, %9882 : f64[] @ models/lib/nn.yaml:79:7
%9884 = sqrt %9883 : f64[] @ models/lib/nn.yaml:79:7
%9885 = div %6620, %9884 : f64[] @ models/lib/nn.yaml:79:7
%9886 = sqrt %9877 : f32[24,16] @ models/lib/nn.yaml:79:7
%9887 = cast %9885 : f32[] @ models/lib/nn.yaml:79:7
%9888 = broadcast %9887 : f32[24,16] @ models/lib/nn.yaml:79:7
%9889 = mul %9886, %9888 : f32[24,16] @ models/lib/nn.yaml:79:7
%9890 = broadcast %6664 : f32[24,16] @ models/lib/nn.yaml:79:7
%9891 = add %9889, %9890 : f32[24,16] @ models/lib/nn.yaml:79:7
%9892 = div %9871, %9891 : f32[24,16] @ models/lib/nn.yaml:79:7
%9893 = cast %9881 : f32[] @ models/lib/nn.yaml:79:7
%9894 = broadcast %9893 : f32[24,16] @ models/lib/nn.yaml:79:7
%9895 = mul %9892, %9894 : f32[24,16] @ models/lib/nn.yaml:79:7
%9896 = sub %9866, %9895 : f32[24,16] @ models/lib/nn.yaml:79:7
%9897 = assign %69, %9896 : f32[24,16] @ models/lib/nn.yaml:79:7
%9898 = assign %9861, %9871 : f32[24,16] @ models/lib/nn.yaml:79:7
%9899 = assign %9862, %9877 : f32[24,16] @ models/lib/nn.yaml:79:7
%9900 = assign %9863, %9864 : i64[] @ models/lib/nn.yaml:79:7
%9901 = broadcast %3 : f32[24,16] @ models/lib/nn.yaml:79:7
%9902 = mul %147, %9901 : f32[24,16] @ models/lib/nn.yaml:79:7
%9903 = broadcast %6679 : f32[24,16] @ models/lib/nn.yaml:79:7
%9904 = mul %9896, %9903 : f32[24,16] @ models/lib/nn.yaml:79:7
%9905 = add %9902, %9904 : f32[24,16] @ models/lib/nn.yaml:79:7
%9906 = assign %147, %9905 : f32[24,16] @ models/lib/nn.yaml:79:7
%9907 = all_reduce_sum %5607 : f32[24] @ models/lib/nn.yaml:80:7
%9908 = mul %9907, %9907 : f32[24] @ models/lib/nn.yaml:80:7
%9909 = reduce_sum %9908 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9910 = sqrt %9909 : f32[] @ models/lib/nn.yaml:80:7
%9911 = cast %9910 : f64[] @ models/lib/nn.yaml:80:7
%9912 = add %9911, %6616 : f64[] @ models/lib/nn.yaml:80:7
%9913 = div %6618, %9912 : f64[] @ models/lib/nn.yaml:80:7
%9914 = lt %9913, %6620 : bool[] @ models/lib/nn.yaml:80:7
%9915 = cast %9913 : f32[] @ models/lib/nn.yaml:80:7
%9916 = broadcast %9915 : f32[24] @ models/lib/nn.yaml:80:7
%9917 = mul %9907, %9916 : f32[24] @ models/lib/nn.yaml:80:7
%9918 = broadcast %9914 : bool[24] @ models/lib/nn.yaml:80:7
%9919 = select %9918, %9917, %9907 : f32[24] @ models/lib/nn.yaml:80:7
%9920 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9921 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9922 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9923 = add %9922, %6630 : i64[] @ models/lib/nn.yaml:80:7
%9924 = broadcast %3826 : f32[24] @ models/lib/nn.yaml:80:7
%9925 = mul %9919, %9924 : f32[24] @ models/lib/nn.yaml:80:7
%9926 = broadcast %2620 : f32[24] @ models/lib/nn.yaml:80:7
%9927 = mul %9920, %9926 : f32[24] @ models/lib/nn.yaml:80:7
%9928 = add %9927, %9925 : f32[24] @ models/lib/nn.yaml:80:7
%9929 = mul %9919, %9919 : f32[24] @ models/lib/nn.yaml:80:7
%9930 = broadcast %6644 : f32[24] @ models/lib/nn.yaml:80:7
%9931 = mul %9929, %9930 : f32[24] @ models/lib/nn.yaml:80:7
%9932 = broadcast %6648 : f32[24] @ models/lib/nn.yaml:80:7
%9933 = mul %9921, %9932 : f32[24] @ models/lib/nn.yaml:80:7
%9934 = add %9933, %9931 : f32[24] @ models/lib/nn.yaml:80:7
%9935 = cast %9923 : f64[] @ models/lib/nn.yaml:80:7
%9936 = pow %6639, %9935 : f64[] @ models/lib/nn.yaml:80:7
%9937 = sub %6620, %9936 : f64[] @ models/lib/nn.yaml:80:7
%9938 = div %4149, %9937 : f64[] @ models/lib/nn.yaml:80:7
%9939 = pow %6647, %9935 : f64[] @ models/lib/nn.yaml:80:7
%9940 = sub %6620, %9939 : f64[] @ models/lib/nn.yaml:80:7
%9941 = sqrt %9940 : f64[] @ models/lib/nn.yaml:80:7
%9942 = div %6620, %9941 : f64[] @ models/lib/nn.yaml:80:7
%9943 = sqrt %9934 : f32[24] @ models/lib/nn.yaml:80:7
%9944 = cast %9942 : f32[] @ models/lib/nn.yaml:80:7
%9945 = broadcast %9944 : f32[24] @ models/lib/nn.yaml:80:7
%9946 = mul %9943, %9945 : f32[24] @ models/lib/nn.yaml:80:7
%9947 = broadcast %6664 : f32[24] @ models/lib/nn.yaml:80:7
%9948 = add %9946, %9947 : f32[24] @ models/lib/nn.yaml:80:7
%9949 = div %9928, %9948 : f32[24] @ models/lib/nn.yaml:80:7
%9950 = cast %9938 : f32[] @ models/lib/nn.yaml:80:7
%9951 = broadcast %9950 : f32[24] @ models/lib/nn.yaml:80:7
%9952 = mul %9949, %9951 : f32[24] @ models/lib/nn.yaml:80:7
%9953 = sub %70, %9952 : f32[24] @ models/lib/nn.yaml:80:7
%9954 = assign %70, %9953 : f32[24] @ models/lib/nn.yaml:80:7
%9955 = assign %9920, %9928 : f32[24] @ models/lib/nn.yaml:80:7
%9956 = assign %9921, %9934 : f32[24] @ models/lib/nn.yaml:80:7
%9957 = assign %9922, %9923 : i64[] @ models/lib/nn.yaml:80:7
%9958 = broadcast %3 : f32[24] @ models/lib/nn.yaml:80:7
%9959 = mul %148, %9958 : f32[24] @ models/lib/nn.yaml:80:7
%9960 = broadcast %6679 : f32[24] @ models/lib/nn.yaml:80:7
%9961 = mul %9953, %9960 : f32[24] @ models/lib/nn.yaml:80:7
%9962 = add %9959, %9961 : f32[24] @ models/lib/nn.yaml:80:7
%9963 = assign %148, %9962 : f32[24] @ models/lib/nn.yaml:80:7
%9964 = all_reduce_sum %5587 : f32[24,24] @ models/lib/nn.yaml:79:7
%9965 = reshape %9964 : f32[576] @ models/lib/nn.yaml:79:7
%9966 = mul %9965, %9965 : f32[576] @ models/lib/nn.yaml:79:7
%9967 = reduce_sum %9966 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9968 = sqrt %9967 : f32[] @ models/lib/nn.yaml:79:7
%9969 = cast %9968 : f64[] @ models/lib/nn.yaml:79:7
%9970 = add %9969, %6616 : f64[] @ models/lib/nn.yaml:79:7
%9971 = div %6618, %9970 : f64[] @ models/lib/nn.yaml:79:7
%9972 = lt %9971, %6620 : bool[] @ models/lib/nn.yaml:79:7
%9973 = cast %9971 : f32[] @ models/lib/nn.yaml:79:7
%9974 = broadcast %9973 : f32[24,24] @ models/lib/nn.yaml:79:7
%9975 = mul %9964, %9974 : f32[24,24] @ models/lib/nn.yaml:79:7
%9976 = broadcast %9972 : bool[24,24] @ models/lib/nn.yaml:79:7
%9977 = select %9976, %9975, %9964 : f32[24,24] @ models/lib/nn.yaml:79:7
%9978 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9979 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9980 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9981 = add %9980, %6630 : i64[] @ models/lib/nn.yaml:79:7
%9982 = broadcast %6634 : f32[24,24] @ models/lib/nn.yaml:79:7
%9983 = mul %71, %9982 : f32[24,24] @ models/lib/nn.yaml:79:7
%9984 = broadcast %3826 : f32[24,24] @ models/lib/nn.yaml:79:7
%9985 = mul %9977, %9984 : f32[24,24] @ models/lib/nn.yaml:79:7
%9986 = broadcast %2620 : f32[24,24] @ models/lib/nn.yaml:79:7
%9987 = mul %9978, %9986 : f32[24,24] @ models/lib/nn.yaml:79:7
%9988 = add %9987, %9985 : f32[24,24] @ models/lib/nn.yaml:79:7
%9989 = mul %9977, %9977 : f32[24,24] @ models/lib/nn.yaml:79:7
%9990 = broadcast %6644 : f32[24,24] @ models/lib/nn.yaml:79:7
%9991 = mul %9989, %9990 : f32[24,24] @ models/lib/nn.yaml:79:7
%9992 = broadcast %6648 : f32[24,24] @ models/lib/nn.yaml:79:7
%9993 = mul %9979, %9992 : f32[24,24] @ models/lib/nn.yaml:79:7
%9994 = add %9993, %9991 : f32[24,24] @ models/lib/nn.yaml:79:7
%9995 = cast %9981 : f64[] @ models/lib/nn.yaml:79:7
%9996 = pow %6639, %9995 : f64[] @ models/lib/nn.yaml:79:7
%9997 = sub %6620, %9996 : f64[] @ models/lib/nn.yaml:79:7
%9998 = div %4149, %9997 : f64[] @ models/lib/nn.yaml:79:7
%9999 = pow %6647, %9995 : f64[] @ models/lib/nn.yaml:79:7
%10000 = sub %6620, %9999 : f64[] @ models/lib/nn.yaml:79:7
%10001 = sqrt %10000 : f64[] @ models/lib/nn.yaml:79:7
%10002 = div %6620, %10001 : f64[] @ models/lib/nn.yaml:79:7
%10003 = sqrt %9994 : f32[24,24] @ models/lib/nn.yaml:79:7
%10004 = cast %10002 : f32[] @ models/lib/nn.yaml:79:7
%10005 = broadcast %10004 : f32[24,24] @ models/lib/nn.yaml:79:7
%10006 = mul %10003, %10005 : f32[24,24] @ models/lib/nn.yaml:79:7
%10007 = broadcast %6664 : f32[24,24] @ models/lib/nn.yaml:79:7
%10008 = add %10006, %10007 : f32[24,24] @ models/lib/nn.yaml:79:7
%10009 = div %9988, %10008 : f32[24,24] @ models/lib/nn.yaml:79:7
%10010 = cast %9998 : f32[] @ models/lib/nn.yaml:79:7
%10011 = broadcast %10010 : f32[24,24] @ models/lib/nn.yaml:79:7
%10012 = mul %10009, %10011 : f32[24,24] @ models/lib/nn.yaml:79:7
%10013 = sub %9983, %10012 : f32[24,24] @ models/lib/nn.yaml:79:7
%10014 = assign %71, %10013 : f32[24,24] @ models/lib/nn.yaml:79:7
%10015 = assign %9978, %9988 : f32[24,24] @ models/lib/nn.yaml:79:7
%10016 = assign %9979, %9994 : f32[24,24] @ models/lib/nn.yaml:79:7
%10017 = assign %9980, %9981 : i64[] @ models/lib/nn.yaml:79:7
%10018 = broadcast %3 : f32[24,24] @ models/lib/nn.yaml:79:7
%10019 = mul %149, %10018 : f32[24,24] @ models/lib/nn.yaml:79:7
%10020 = broadcast %6679 : f32[24,24] @ models/lib/nn.yaml:79:7
%10021 = mul %10013, %10020 : f32[24,24] @ models/lib/nn.yaml:79:7
%10022 = add %10019, %10021 : f32[24,24] @ models/lib/nn.yaml:79:7
%10023 = assign %149, %10022 : f32[24,24] @ models/lib/nn.yaml:79:7
%10024 = all_reduce_sum %5579 : f32[24] @ models/lib/nn.yaml:80:7
%10025 = mul %10024, %10024 : f32[24] @ models/lib/nn.yaml:80:7
%10026 = reduce_sum %10025 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10027 = sqrt %10026 : f32[] @ models/lib/nn.yaml:80:7
%10028 = cast %10027 : f64[] @ models/lib/nn.yaml:80:7
%10029 = add %10028, %6616 : f64[] @ models/lib/nn.yaml:80:7
%10030 = div %6618, %10029 : f64[] @ models/lib/nn.yaml:80:7
%10031 = lt %10030, %6620 : bool[] @ models/lib/nn.yaml:80:7
%10032 = cast %10030 : f32[] @ models/lib/nn.yaml:80:7
%10033 = broadcast %10032 : f32[24] @ models/lib/nn.yaml:80:7
%10034 = mul %10024, %10033 : f32[24] @ models/lib/nn.yaml:80:7
%10035 = broadcast %10031 : bool[24] @ models/lib/nn.yaml:80:7
%10036 = select %10035, %10034, %10024 : f32[24] @ models/lib/nn.yaml:80:7
%10037 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10038 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10039 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10040 = add %10039, %6630 : i64[] @ models/lib/nn.yaml:80:7
%10041 = mul %10036, %9924 : f32[24] @ models/lib/nn.yaml:80:7
%10042 = mul %10037, %9926 : f32[24] @ models/lib/nn.yaml:80:7
%10043 = add %10042, %10041 : f32[24] @ models/lib/nn.yaml:80:7
%10044 = mul %10036, %10036 : f32[24] @ models/lib/nn.yaml:80:7
%10045 = mul %10044, %9930 : f32[24] @ models/lib/nn.yaml:80:7
%10046 = mul %10038, %9932 : f32[24] @ models/lib/nn.yaml:80:7
%10047 = add %10046, %10045 : f32[24] @ models/lib/nn.yaml:80:7
%10048 = cast %10040 : f64[] @ models/lib/nn.yaml:80:7
%10049 = pow %6639, %10048 : f64[] @ models/lib/nn.yaml:80:7
%10050 = sub %6620, %10049 : f64[] @ models/lib/nn.yaml:80:7
%10051 = div %4149, %10050 : f64[] @ models/lib/nn.yaml:80:7
%10052 = pow %6647, %10048 : f64[] @ models/lib/nn.yaml:80:7
%10053 = sub %6620, %10052 : f64[] @ models/lib/nn.yaml:80:7
%10054 = sqrt %10053 : f64[] @ models/lib/nn.yaml:80:7
%10055 = div %6620, %10054 : f64[] @ models/lib/nn.yaml:80:7
%10056 = sqrt %10047 : f32[24] @ models/lib/nn.yaml:80:7
%10057 = cast %10055 : f32[] @ models/lib/nn.yaml:80:7
%10058 = broadcast %10057 : f32[24] @ models/lib/nn.yaml:80:7
%10059 = mul %10056, %10058 : f32[24] @ models/lib/nn.yaml:80:7
%10060 = add %10059, %9947 : f32[24] @ models/lib/nn.yaml:80:7
%10061 = div %10043, %10060 : f32[24] @ models/lib/nn.yaml:80:7
%10062 = cast %10051 : f32[] @ models/lib/nn.yaml:80:7
%10063 = broadcast %10062 : f32[24] @ models/lib/nn.yaml:80:7
%10064 = mul %10061, %10063 : f32[24] @ models/lib/nn.yaml:80:7
%10065 = sub %72, %10064 : f32[24] @ models/lib/nn.yaml:80:7
%10066 = assign %72, %10065 : f32[24] @ models/lib/nn.yaml:80:7
%10067 = assign %10037, %10043 : f32[24] @ models/lib/nn.yaml:80:7
%10068 = assign %10038, %10047 : f32[24] @ models/lib/nn.yaml:80:7
%10069 = assign %10039, %10040 : i64[] @ models/lib/nn.yaml:80:7
%10070 = mul %150, %9958 : f32[24] @ models/lib/nn.yaml:80:7
%10071 = mul %10065, %9960 : f32[24] @ models/lib/nn.yaml:80:7
%10072 = add %10070, %10071 : f32[24] @ models/lib/nn.yaml:80:7
%10073 = assign %150, %10072 : f32[24] @ models/lib/nn.yaml:80:7
%10074 = all_reduce_sum %5559 : f32[8,24] @ models/lib/nn.yaml:79:7
%10075 = reshape %10074 : f32[192] @ models/lib/nn.yaml:79:7
%10076 = mul %10075, %10075 : f32[192] @ models/lib/nn.yaml:79:7
%10077 = reduce_sum %10076 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10078 = sqrt %10077 : f32[] @ models/lib/nn.yaml:79:7
%10079 = cast %10078 : f64[] @ models/lib/nn.yaml:79:7
%10080 = add %10079, %6616 : f64[] @ models/lib/nn.yaml:79:7
%10081 = div %6618, %10080 : f64[] @ models/lib/nn.yaml:79:7
%10082 = lt %10081, %6620 : bool[] @ models/lib/nn.yaml:79:7
%10083 = cast %10081 : f32[] @ models/lib/nn.yaml:79:7
%10084 = broadcast %10083 : f32[8,24] @ models/lib/nn.yaml:79:7
%10085 = mul %10074, %10084 : f32[8,24] @ models/lib/nn.yaml:79:7
%10086 = broadcast %10082 : bool[8,24] @ models/lib/nn.yaml:79:7
%10087 = select %10086, %10085, %10074 : f32[8,24] @ models/lib/nn.yaml:79:7
%10088 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10089 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10090 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10091 = add %10090, %6630 : i64[] @ models/lib/nn.yaml:79:7
%10092 = broadcast %6634 : f32[8,24] @ models/lib/nn.yaml:79:7
%10093 = mul %73, %10092 : f32[8,24] @ models/lib/nn.yaml:79:7
%10094 = broadcast %3826 : f32[8,24] @ models/lib/nn.yaml:79:7
%10095 = mul %10087, %10094 : f32[8,24] @ models/lib/nn.yaml:79:7
%10096 = broadcast %2620 : f32[8,24] @ models/lib/nn.yaml:79:7
%10097 = mul %10088, %10096 : f32[8,24] @ models/lib/nn.yaml:79:7
%10098 = add %10097, %10095 : f32[8,24] @ models/lib/nn.yaml:79:7
%10099 = mul %10087, %10087 : f32[8,24] @ models/lib/nn.yaml:79:7
%10100 = broadcast %6644 : f32[8,24] @ models/lib/nn.yaml:79:7
%10101 = mul %10099, %10100 : f32[8,24] @ models/lib/nn.yaml:79:7
%10102 = broadcast %6648 : f32[8,24] @ models/lib/nn.yaml:79:7
%10103 = mul %10089, %10102 : f32[8,24] @ models/lib/nn.yaml:79:7
%10104 = add %10103, %10101 : f32[8,24] @ models/lib/nn.yaml:79:7
%10105 = cast %10091 : f64[] @ models/lib/nn.yaml:79:7
%10106 = pow %6639, %10105 : f64[] @ models/lib/nn.yaml:79:7
%10107 = sub %6620, %10106 : f64[] @ models/lib/nn.yaml:79:7
%10108 = div %4149, %10107 : f64[] @ models/lib/nn.yaml:79:7
%10109 = pow %6647, %10105 : f64[] @ models/lib/nn.yaml:79:7
%10110 = sub %6620, %10109 : f64[] @ models/lib/nn.yaml:79:7
%10111 = sqrt %10110 : f64[] @ models/lib/nn.yaml:79:7
%10112 = div %6620, %10111 : f64[] @ models/lib/nn.yaml:79:7
%10113 = sqrt %10104 : f32[8,24] @ models/lib/nn.yaml:79:7
%10114 = cast %10112 : f32[] @ models/lib/nn.yaml:79:7
%10115 = broadcast %10114 : f32[8,24] @ models/lib/nn.yaml:79:7
%10116 = mul %10113, %10115 : f32[8,24] @ models/lib/nn.yaml:79:7
%10117 = broadcast %6664 : f32[8,24] @ models/lib/nn.yaml:79:7
%10118 = add %10116, %10117 : f32[8,24] @ models/lib/nn.yaml:79:7
%10119 = div %10098, %10118 : f32[8,24] @ models/lib/nn.yaml:79:7
%10120 = cast %10108 : f32[] @ models/lib/nn.yaml:79:7
%10121 = broadcast %10120 : f32[8,24] @ models/lib/nn.yaml:79:7
%10122 = mul %10119, %10121 : f32[8,24] @ models/lib/nn.yaml:79:7
%10123 = sub %10093, %10122 : f32[8,24] @ models/lib/nn.yaml:79:7
%10124 = assign %73, %10123 : f32[8,24] @ models/lib/nn.yaml:79:7
%10125 = assign %10088, %10098 : f32[8,24] @ models/lib/nn.yaml:79:7
%10126 = assign %10089, %10104 : f32[8,24] @ models/lib/nn.yaml:79:7
%10127 = assign %10090, %10091 : i64[] @ models/lib/nn.yaml:79:7
%10128 = broadcast %3 : f32[8,24] @ models/lib/nn.yaml:79:7
%10129 = mul %151, %10128 : f32[8,24] @ models/lib/nn.yaml:79:7
%10130 = broadcast %6679 : f32[8,24] @ models/lib/nn.yaml:79:7
%10131 = mul %10123, %10130 : f32[8,24] @ models/lib/nn.yaml:79:7
%10132 = add %10129, %10131 : f32[8,24] @ models/lib/nn.yaml:79:7
%10133 = assign %151, %10132 : f32[8,24] @ models/lib/nn.yaml:79:7
%10134 = all_reduce_sum %5551 : f32[8] @ models/lib/nn.yaml:80:7
%10135 = mul %10134, %10134 : f32[8] @ models/lib/nn.yaml:80:7
%10136 = reduce_sum %10135 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10137 = sqrt %10136 : f32[] @ models/lib/nn.yaml:80:7
%10138 = cast %10137 : f64[] @ models/lib/nn.yaml:80:7
%10139 = add %10138, %6616 : f64[] @ models/lib/nn.yaml:80:7
%10140 = div %6618, %10139 : f64[] @ models/lib/nn.yaml:80:7
%10141 = lt %10140, %6620 : bool[] @ models/lib/nn.yaml:80:7
%10142 = cast %10140 : f32[] @ models/lib/nn.yaml:80:7
%10143 = broadcast %10142 : f32[8] @ models/lib/nn.yaml:80:7
%10144 = mul %10134, %10143 : f32[8] @ models/lib/nn.yaml:80:7
%10145 = broadcast %10141 : bool[8] @ models/lib/nn.yaml:80:7
%10146 = select %10145, %10144, %10134 : f32[8] @ models/lib/nn.yaml:80:7
%10147 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10148 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10149 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10150 = add %10149, %6630 : i64[] @ models/lib/nn.yaml:80:7
%10151 = broadcast %3826 : f32[8] @ models/lib/nn.yaml:80:7
%10152 = mul %10146, %10151 : f32[8] @ models/lib/nn.yaml:80:7
%10153 = broadcast %2620 : f32[8] @ models/lib/nn.yaml:80:7
%10154 = mul %10147, %10153 : f32[8] @ models/lib/nn.yaml:80:7
%10155 = add %10154, %10152 : f32[8] @ models/lib/nn.yaml:80:7
%10156 = mul %10146, %10146 : f32[8] @ models/lib/nn.yaml:80:7
%10157 = broadcast %6644 : f32[8] @ models/lib/nn.yaml:80:7
%10158 = mul %10156, %10157 : f32[8] @ models/lib/nn.yaml:80:7
%10159 = broadcast %6648 : f32[8] @ models/lib/nn.yaml:80:7
%10160 = mul %10148, %10159 : f32[8] @ models/lib/nn.yaml:80:7
%10161 = add %10160, %10158 : f32[8] @ models/lib/nn.yaml:80:7
%10162 = cast %10150 : f64[] @ models/lib/nn.yaml:80:7
%10163 = pow %6639, %10162 : f64[] @ models/lib/nn.yaml:80:7
%10164 = sub %6620, %10163 : f64[] @ models/lib/nn.yaml:80:7
%10165 = div %4149, %10164 : f64[] @ models/lib/nn.yaml:80:7
%10166 = pow %6647, %10162 : f64[] @ models/lib/nn.yaml:80:7
%10167 = sub %6620, %10166 : f64[] @ models/lib/nn.yaml:80:7
%10168 = sqrt %10167 : f64[] @ models/lib/nn.yaml:80:7
%10169 = div %6620, %10168 : f64[] @ models/lib/nn.yaml:80:7
%10170 = sqrt %10161 : f32[8] @ models/lib/nn.yaml:80:7
%10171 = cast %10169 : f32[] @ models/lib/nn.yaml:80:7
%10172 = broadcast %10171 : f32[8] @ models/lib/nn.yaml:80:7
%10173 = mul %10170, %10172 : f32[8] @ models/lib/nn.yaml:80:7
%10174 = broadcast %6664 : f32[8] @ models/lib/nn.yaml:80:7
%10175 = add %10173, %10174 : f32[8] @ models/lib/nn.yaml:80:7
%10176 = div %10155, %10175 : f32[8] @ models/lib/nn.yaml:80:7
%10177 = cast %10165 : f32[] @ models/lib/nn.yaml:80:7
%10178 = broadcast %10177 : f32[8] @ models/lib/nn.yaml:80:7
%10179 = mul %10176, %10178 : f32[8] @ models/lib/nn.yaml:80:7
%10180 = sub %74, %10179 : f32[8] @ models/lib/nn.yaml:80:7
%10181 = assign %74, %10180 : f32[8] @ models/lib/nn.yaml:80:7
%10182 = assign %10147, %10155 : f32[8] @ models/lib/nn.yaml:80:7
%10183 = assign %10148, %10161 : f32[8] @ models/lib/nn.yaml:80:7
%10184 = assign %10149, %10150 : i64[] @ models/lib/nn.yaml:80:7
%10185 = broadcast %3 : f32[8] @ models/lib/nn.yaml:80:7
%10186 = mul %152, %10185 : f32[8] @ models/lib/nn.yaml:80:7
%10187 = broadcast %6679 : f32[8] @ models/lib/nn.yaml:80:7
%10188 = mul %10180, %10187 : f32[8] @ models/lib/nn.yaml:80:7
%10189 = add %10186, %10188 : f32[8] @ models/lib/nn.yaml:80:7
%10190 = assign %152, %10189 : f32[8] @ models/lib/nn.yaml:80:7
%10191 = broadcast %3 : f32[32,1] @ models/lib/dino.yaml:18:7
%10192 = mul %153, %10191 : f32[32,1] @ models/lib/dino.yaml:18:7
%10193 = broadcast %6679 : f32[32,1] @ models/lib/dino.yaml:18:7
%10194 = mul %75, %10193 : f32[32,1] @ models/lib/dino.yaml:18:7
%10195 = add %10192, %10194 : f32[32,1] @ models/lib/dino.yaml:18:7
%10196 = assign %153, %10195 : f32[32,1] @ models/lib/dino.yaml:18:7
%10197 = all_reduce_sum %5529 : f32[32,8] @ models/lib/dino.yaml:19:7
%10198 = reshape %10197 : f32[256] @ models/lib/dino.yaml:19:7
%10199 = mul %10198, %10198 : f32[256] @ models/lib/dino.yaml:19:7
%10200 = reduce_sum %10199 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%10201 = sqrt %10200 : f32[] @ models/lib/dino.yaml:19:7
%10202 = cast %10201 : f64[] @ models/lib/dino.yaml:19:7
%10203 = add %10202, %6616 : f64[] @ models/lib/dino.yaml:19:7
%10204 = div %6618, %10203 : f64[] @ models/lib/dino.yaml:19:7
%10205 = lt %10204, %6620 : bool[] @ models/lib/dino.yaml:19:7
%10206 = cast %10204 : f32[] @ models/lib/dino.yaml:19:7
%10207 = broadcast %10206 : f32[32,8] @ models/lib/dino.yaml:19:7
%10208 = mul %10197, %10207 : f32[32,8] @ models/lib/dino.yaml:19:7
%10209 = broadcast %10205 : bool[32,8] @ models/lib/dino.yaml:19:7
%10210 = select %10209, %10208, %10197 : f32[32,8] @ models/lib/dino.yaml:19:7
%10211 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%10212 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%10213 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%10214 = add %10213, %6630 : i64[] @ models/lib/dino.yaml:19:7
%10215 = broadcast %6634 : f32[32,8] @ models/lib/dino.yaml:19:7
%10216 = mul %76, %10215 : f32[32,8] @ models/lib/dino.yaml:19:7
%10217 = broadcast %3826 : f32[32,8] @ models/lib/dino.yaml:19:7
%10218 = mul %10210, %10217 : f32[32,8] @ models/lib/dino.yaml:19:7
%10219 = broadcast %2620 : f32[32,8] @ models/lib/dino.yaml:19:7
%10220 = mul %10211, %10219 : f32[32,8] @ models/lib/dino.yaml:19:7
%10221 = add %10220, %10218 : f32[32,8] @ models/lib/dino.yaml:19:7
%10222 = mul %10210, %10210 : f32[32,8] @ models/lib/dino.yaml:19:7
%10223 = broadcast %6644 : f32[32,8] @ models/lib/dino.yaml:19:7
%10224 = mul %10222, %10223 : f32[32,8] @ models/lib/dino.yaml:19:7
%10225 = broadcast %6648 : f32[32,8] @ models/lib/dino.yaml:19:7
%10226 = mul %10212, %10225 : f32[32,8] @ models/lib/dino.yaml:19:7
%10227 = add %10226, %10224 : f32[32,8] @ models/lib/dino.yaml:19:7
%10228 = cast %10214 : f64[] @ models/lib/dino.yaml:19:7
%10229 = pow %6639, %10228 : f64[] @ models/lib/dino.yaml:19:7
%10230 = sub %6620, %10229 : f64[] @ models/lib/dino.yaml:19:7
%10231 = div %4149, %10230 : f64[] @ models/lib/dino.yaml:19:7
%10232 = pow %6647, %10228 : f64[] @ models/lib/dino.yaml:19:7
%10233 = sub %6620, %10232 : f64[] @ models/lib/dino.yaml:19:7
%10234 = sqrt %10233 : f64[] @ models/lib/dino.yaml:19:7
%10235 = div %6620, %10234 : f64[] @ models/lib/dino.yaml:19:7
%10236 = sqrt %10227 : f32[32,8] @ models/lib/dino.yaml:19:7
%10237 = cast %10235 : f32[] @ models/lib/dino.yaml:19:7
%10238 = broadcast %10237 : f32[32,8] @ models/lib/dino.yaml:19:7
%10239 = mul %10236, %10238 : f32[32,8] @ models/lib/dino.yaml:19:7
%10240 = broadcast %6664 : f32[32,8] @ models/lib/dino.yaml:19:7
%10241 = add %10239, %10240 : f32[32,8] @ models/lib/dino.yaml:19:7
%10242 = div %10221, %10241 : f32[32,8] @ models/lib/dino.yaml:19:7
%10243 = cast %10231 : f32[] @ models/lib/dino.yaml:19:7
%10244 = broadcast %10243 : f32[32,8] @ models/lib/dino.yaml:19:7
%10245 = mul %10242, %10244 : f32[32,8] @ models/lib/dino.yaml:19:7
%10246 = sub %10216, %10245 : f32[32,8] @ models/lib/dino.yaml:19:7
%10247 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%10248 = lt %10247, %6630 : bool[] @ models/lib/dino.yaml:19:7
%10249 = broadcast %10248 : bool[32,8] @ models/lib/dino.yaml:19:7
%10250 = select %10249, %76, %10246 : f32[32,8] @ models/lib/dino.yaml:19:7
%10251 = select %10249, %10211, %10221 : f32[32,8] @ models/lib/dino.yaml:19:7
%10252 = select %10249, %10212, %10227 : f32[32,8] @ models/lib/dino.yaml:19:7
%10253 = select %10248, %10213, %10214 : i64[] @ models/lib/dino.yaml:19:7
%10254 = assign %76, %10250 : f32[32,8] @ models/lib/dino.yaml:19:7
%10255 = assign %10211, %10251 : f32[32,8] @ models/lib/dino.yaml:19:7
%10256 = assign %10212, %10252 : f32[32,8] @ models/lib/dino.yaml:19:7
%10257 = assign %10213, %10253 : i64[] @ models/lib/dino.yaml:19:7
%10258 = broadcast %3 : f32[32,8] @ models/lib/dino.yaml:19:7
%10259 = mul %154, %10258 : f32[32,8] @ models/lib/dino.yaml:19:7
%10260 = broadcast %6679 : f32[32,8] @ models/lib/dino.yaml:19:7
%10261 = mul %10250, %10260 : f32[32,8] @ models/lib/dino.yaml:19:7
%10262 = add %10259, %10261 : f32[32,8] @ models/lib/dino.yaml:19:7
%10263 = assign %154, %10262 : f32[32,8] @ models/lib/dino.yaml:19:7
%10264 = all_reduce_sum %5509 : f32[24,16] @ models/lib/nn.yaml:79:7
%10265 = reshape %10264 : f32[384] @ models/lib/nn.yaml:79:7
%10266 = mul %10265, %10265 : f32[384] @ models/lib/nn.yaml:79:7
%10267 = reduce_sum %10266 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10268 = sqrt %10267 : f32[] @ models/lib/nn.yaml:79:7
%10269 = cast %10268 : f64[] @ models/lib/nn.yaml:79:7
%10270 = add %10269, %6616 : f64[] @ models/lib/nn.yaml:79:7
%10271 = div %6618, %10270 : f64[] @ models/lib/nn.yaml:79:7
%10272 = lt %10271, %6620 : bool[] @ models/lib/nn.yaml:79:7
%10273 = cast %10271 : f32[] @ models/lib/nn.yaml:79:7
%10274 = broadcast %10273 : f32[24,16] @ models/lib/nn.yaml:79:7
%10275 = mul %10264, %10274 : f32[24,16] @ models/lib/nn.yaml:79:7
%10276 = broadcast %10272 : bool[24,16] @ models/lib/nn.yaml:79:7
%10277 = select %10276, %10275, %10264 : f32[24,16] @ models/lib/nn.yaml:79:7
%10278 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%10279 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%10280 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10281 = add %10280, %6630 : i64[] @ models/lib/nn.yaml:79:7
%10282 = mul %77, %9865 : f32[24,16] @ models/lib/nn.yaml:79:7
%10283 = mul %10277, %9867 : f32[24,16] @ models/lib/nn.yaml:79:7
%10284 = mul %10278, %9869 : f32[24,16] @ models/lib/nn.yaml:79:7
%10285 = add %10284, %10283 : f32[24,16] @ models/lib/nn.yaml:79:7
%10286 = mul %10277, %10277 : f32[24,16] @ models/lib/nn.yaml:79:7
%10287 = mul %10286, %9873 : f32[24,16] @ models/lib/nn.yaml:79:7
%10288 = mul %10279, %9875 : f32[24,16] @ models/lib/nn.yaml:79:7
%10289 = add %10288, %10287 : f32[24,16] @ models/lib/nn.yaml:79:7
%10290 = cast %10281 : f64[] @ models/lib/nn.yaml:79:7
%10291 = pow %6639, %10290 : f64[] @ models/lib/nn.yaml:79:7
%10292 = sub %6620, %10291 : f64[] @ models/lib/nn.yaml:79:7
%10293 = div %4149, %10292 : f64[] @ models/lib/nn.yaml:79:7
%10294 = pow %6647, %10290 : f64[] @ models/lib/nn.yaml:79:7
%10295 = sub %6620, %10294 : f64[] @ models/lib/nn.yaml:79:7
%10296 = sqrt %10295 : f64[] @ models/lib/nn.yaml:79:7
%10297 = div %6620, %10296 : f64[] @ models/lib/nn.yaml:79:7
%10298 = sqrt %10289 : f32[24,16] @ models/lib/nn.yaml:79:7
%10299 = cast %10297 : f32[] @ models/lib/nn.yaml:79:7
%10300 = broadcast %10299 : f32[24,16] @ models/lib/nn.yaml:79:7
%10301 = mul %10298, %10300 : f32[24,16] @ models/lib/nn.yaml:79:7
%10302 = add %10301, %9890 : f32[24,16] @ models/lib/nn.yaml:79:7
%10303 = div %10285, %10302 : f32[24,16] @ models/lib/nn.yaml:79:7
%10304 = cast %10293 : f32[] @ models/lib/nn.yaml:79:7
%10305 = broadcast %10304 : f32[24,16] @ models/lib/nn.yaml:79:7
%10306 = mul %10303, %10305 : f32[24,16] @ models/lib/nn.yaml:79:7
%10307 = sub %10282, %10306 : f32[24,16] @ models/lib/nn.yaml:79:7
%10308 = assign %77, %10307 : f32[24,16] @ models/lib/nn.yaml:79:7
%10309 = assign %10278, %10285 : f32[24,16] @ models/lib/nn.yaml:79:7
%10310 = assign %10279, %10289 : f32[24,16] @ models/lib/nn.yaml:79:7
%10311 = assign %10280, %10281 : i64[] @ models/lib/nn.yaml:79:7
%10312 = mul %155, %9901 : f32[24,16] @ models/lib/nn.yaml:79:7
%10313 = mul %10307, %9903 : f32[24,16] @ models/lib/nn.yaml:79:7
%10314 = add %10312, %10313 : f32[24,16] @ models/lib/nn.yaml:79:7
%10315 = assign %155, %10314 : f32[24,16] @ models/lib/nn.yaml:79:7
%10316 = all_reduce_sum %5503 : f32[24] @ models/lib/nn.yaml:80:7
%10317 = mul %10316, %10316 : f32[24] @ models/lib/nn.yaml:80:7
%10318 = reduce_sum %10317 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10319 = sqrt %10318 : f32[] @ models/lib/nn.yaml:80:7
%10320 = cast %10319 : f64[] @ models/lib/nn.yaml:80:7
%10321 = add %10320, %6616 : f64[] @ models/lib/nn.yaml:80:7
%10322 = div %6618, %10321 : f64[] @ models/lib/nn.yaml:80:7
%10323 = lt %10322, %6620 : bool[] @ models/lib/nn.yaml:80:7
%10324 = cast %10322 : f32[] @ models/lib/nn.yaml:80:7
%10325 = broadcast %10324 : f32[24] @ models/lib/nn.yaml:80:7
%10326 = mul %10316, %10325 : f32[24] @ models/lib/nn.yaml:80:7
%10327 = broadcast %10323 : bool[24] @ models/lib/nn.yaml:80:7
%10328 = select %10327, %10326, %10316 : f32[24] @ models/lib/nn.yaml:80:7
%10329 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10330 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10331 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10332 = add %10331, %6630 : i64[] @ models/lib/nn.yaml:80:7
%10333 = mul %10328, %9924 : f32[24] @ models/lib/nn.yaml:80:7
%10334 = mul %10329, %9926 : f32[24] @ models/lib/nn.yaml:80:7
%10335 = add %10334, %10333 : f32[24] @ models/lib/nn.yaml:80:7
%10336 = mul %10328, %10328 : f32[24] @ models/lib/nn.yaml:80:7
%10337 = mul %10336, %9930 : f32[24] @ models/lib/nn.yaml:80:7
%10338 = mul %10330, %9932 : f32[24] @ models/lib/nn.yaml:80:7
%10339 = add %10338, %10337 : f32[24] @ models/lib/nn.yaml:80:7
%10340 = cast %10332 : f64[] @ models/lib/nn.yaml:80:7
%10341 = pow %6639, %10340 : f64[] @ models/lib/nn.yaml:80:7
%10342 = sub %6620, %10341 : f64[] @ models/lib/nn.yaml:80:7
%10343 = div %4149, %10342 : f64[] @ models/lib/nn.yaml:80:7
%10344 = pow %6647, %10340 : f64[] @ models/lib/nn.yaml:80:7
%10345 = sub %6620, %10344 : f64[] @ models/lib/nn.yaml:80:7
%10346 = sqrt %10345 : f64[] @ models/lib/nn.yaml:80:7
%10347 = div %6620, %10346 : f64[] @ models/lib/nn.yaml:80:7
%10348 = sqrt %10339 : f32[24] @ models/lib/nn.yaml:80:7
%10349 = cast %10347 : f32[] @ models/lib/nn.yaml:80:7
%10350 = broadcast %10349 : f32[24] @ models/lib/nn.yaml:80:7
%10351 = mul %10348, %10350 : f32[24] @ models/lib/nn.yaml:80:7
%10352 = add %10351, %9947 : f32[24] @ models/lib/nn.yaml:80:7
%10353 = div %10335, %10352 : f32[24] @ models/lib/nn.yaml:80:7
%10354 = cast %10343 : f32[] @ models/lib/nn.yaml:80:7
%10355 = broadcast %10354 : f32[24] @ models/lib/nn.yaml:80:7
%10356 = mul %10353, %10355 : f32[24] @ models/lib/nn.yaml:80:7
%10357 = sub %78, %10356 : f32[24] @ models/lib/nn.yaml:80:7
%10358 = assign %78, %10357 : f32[24] @ models/lib/nn.yaml:80:7
%10359 = assign %10329, %10335 : f32[24] @ models/lib/nn.yaml:80:7
%10360 = assign %10330, %10339 : f32[24] @ models/lib/nn.yaml:80:7
%10361 = assign %10331, %10332 : i64[] @ models/lib/nn.yaml:80:7
%10362 = mul %156, %9958 : f32[24] @ models/lib/nn.yaml:80:7
%10363 = mul %10357, %9960 : f32[24] @ models/lib/nn.yaml:80:7
%10364 = add %10362, %10363 : f32[24] @ models/lib/nn.yaml:80:7
%10365 = assign %156, %10364 : f32[24] @ models/lib/nn.yaml:80:7
%10366 = all_reduce_sum %5475 : f32[24,24] @ models/lib/nn.yaml:79:7
%10367 = reshape %10366 : f32[576] @ models/lib/nn.yaml:79:7
%10368 = mul %10367, %10367 : f32[576] @ models/lib/nn.yaml:79:7
%10369 = reduce_sum %10368 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10370 = sqrt %10369 : f32[] @ models/lib/nn.yaml:79:7
%10371 = cast %10370 : f64[] @ models/lib/nn.yaml:79:7
%10372 = add %10371, %6616 : f64[] @ models/lib/nn.yaml:79:7
%10373 = div %6618, %10372 : f64[] @ models/lib/nn.yaml:79:7
%10374 = lt %10373, %6620 : bool[] @ models/lib/nn.yaml:79:7
%10375 = cast %10373 : f32[] @ models/lib/nn.yaml:79:7
%10376 = broadcast %10375 : f32[24,24] @ models/lib/nn.yaml:79:7
%10377 = mul %10366, %10376 : f32[24,24] @ models/lib/nn.yaml:79:7
%10378 = broadcast %10374 : bool[24,24] @ models/lib/nn.yaml:79:7
%10379 = select %10378, %10377, %10366 : f32[24,24] @ models/lib/nn.yaml:79:7
%10380 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10381 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10382 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10383 = add %10382, %6630 : i64[] @ models/lib/nn.yaml:79:7
%10384 = mul %79, %9982 : f32[24,24] @ models/lib/nn.yaml:79:7
%10385 = mul %10379, %9984 : f32[24,24] @ models/lib/nn.yaml:79:7
%10386 = mul %10380, %9986 : f32[24,24] @ models/lib/nn.yaml:79:7
%10387 = add %10386, %10385 : f32[24,24] @ models/lib/nn.yaml:79:7
%10388 = mul %10379, %10379 : f32[24,24] @ models/lib/nn.yaml:79:7
%10389 = mul %10388, %9990 : f32[24,24] @ models/lib/nn.yaml:79:7
%10390 = mul %10381, %9992 : f32[24,24] @ models/lib/nn.yaml:79:7
%10391 = add %10390, %10389 : f32[24,24] @ models/lib/nn.yaml:79:7
%10392 = cast %10383 : f64[] @ models/lib/nn.yaml:79:7
%10393 = pow %6639, %10392 : f64[] @ models/lib/nn.yaml:79:7
%10394 = sub %6620, %10393 : f64[] @ models/lib/nn.yaml:79:7
%10395 = div %4149, %10394 : f64[] @ models/lib/nn.yaml:79:7
%10396 = pow %6647, %10392 : f64[] @ models/lib/nn.yaml:79:7
%10397 = sub %6620, %10396 : f64[] @ models/lib/nn.yaml:79:7
%10398 = sqrt %10397 : f64[] @ models/lib/nn.yaml:79:7
%10399 = div %6620, %10398 : f64[] @ models/lib/nn.yaml:79:7
%10400 = sqrt %10391 : f32[24,24] @ models/lib/nn.yaml:79:7
%10401 = cast %10399 : f32[] @ models/lib/nn.yaml:79:7
%10402 = broadcast %10401 : f32[24,24] @ models/lib/nn.yaml:79:7
%10403 = mul %10400, %10402 : f32[24,24] @ models/lib/nn.yaml:79:7
%10404 = add %10403, %10007 : f32[24,24] @ models/lib/nn.yaml:79:7
%10405 = div %10387, %10404 : f32[24,24] @ models/lib/nn.yaml:79:7
%10406 = cast %10395 : f32[] @ models/lib/nn.yaml:79:7
%10407 = broadcast %10406 : f32[24,24] @ models/lib/nn.yaml:79:7
%10408 = mul %10405, %10407 : f32[24,24] @ models/lib/nn.yaml:79:7
%10409 = sub %10384, %10408 : f32[24,24] @ models/lib/nn.yaml:79:7
%10410 = assign %79, %10409 : f32[24,24] @ models/lib/nn.yaml:79:7
%10411 = assign %10380, %10387 : f32[24,24] @ models/lib/nn.yaml:79:7
%10412 = assign %10381, %10391 : f32[24,24] @ models/lib/nn.yaml:79:7
%10413 = assign %10382, %10383 : i64[] @ models/lib/nn.yaml:79:7
%10414 = mul %157, %10018 : f32[24,24] @ models/lib/nn.yaml:79:7
%10415 = mul %10409, %10020 : f32[24,24] @ models/lib/nn.yaml:79:7
%10416 = add %10414, %10415 : f32[24,24] @ models/lib/nn.yaml:79:7
%10417 = assign %157, %10416 : f32[24,24] @ models/lib/nn.yaml:79:7
%10418 = all_reduce_sum %5469 : f32[24] @ models/lib/nn.yaml:80:7
%10419 = mul %10418, %10418 : f32[24] @ models/lib/nn.yaml:80:7
%10420 = reduce_sum %10419 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10421 = sqrt %10420 : f32[] @ models/lib/nn.yaml:80:7
%10422 = cast %10421 : f64[] @ models/lib/nn.yaml:80:7
%10423 = add %10422, %6616 : f64[] @ models/lib/nn.yaml:80:7
%10424 = div %6618, %10423 : f64[] @ models/lib/nn.yaml:80:7
%10425 = lt %10424, %6620 : bool[] @ models/lib/nn.yaml:80:7
%10426 = cast %10424 : f32[] @ models/lib/nn.yaml:80:7
%10427 = broadcast %10426 : f32[24] @ models/lib/nn.yaml:80:7
%10428 = mul %10418, %10427 : f32[24] @ models/lib/nn.yaml:80:7
%10429 = broadcast %10425 : bool[24] @ models/lib/nn.yaml:80:7
%10430 = select %10429, %10428, %10418 : f32[24] @ models/lib/nn.yaml:80:7
%10431 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10432 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10433 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10434 = add %10433, %6630 : i64[] @ models/lib/nn.yaml:80:7
%10435 = mul %10430, %9924 : f32[24] @ models/lib/nn.yaml:80:7
%10436 = mul %10431, %9926 : f32[24] @ models/lib/nn.yaml:80:7
%10437 = add %10436, %10435 : f32[24] @ models/lib/nn.yaml:80:7
%10438 = mul %10430, %10430 : f32[24] @ models/lib/nn.yaml:80:7
%10439 = mul %10438, %9930 : f32[24] @ models/lib/nn.yaml:80:7
%10440 = mul %10432, %9932 : f32[24] @ models/lib/nn.yaml:80:7
%10441 = add %10440, %10439 : f32[24] @ models/lib/nn.yaml:80:7
%10442 = cast %10434 : f64[] @ models/lib/nn.yaml:80:7
%10443 = pow %6639, %10442 : f64[] @ models/lib/nn.yaml:80:7
%10444 = sub %6620, %10443 : f64[] @ models/lib/nn.yaml:80:7
%10445 = div %4149, %10444 : f64[] @ models/lib/nn.yaml:80:7
%10446 = pow %6647, %10442 : f64[] @ models/lib/nn.yaml:80:7
%10447 = sub %6620, %10446 : f64[] @ models/lib/nn.yaml:80:7
%10448 = sqrt %10447 : f64[] @ models/lib/nn.yaml:80:7
%10449 = div %6620, %10448 : f64[] @ models/lib/nn.yaml:80:7
%10450 = sqrt %10441 : f32[24] @ models/lib/nn.yaml:80:7
%10451 = cast %10449 : f32[] @ models/lib/nn.yaml:80:7
%10452 = broadcast %10451 : f32[24] @ models/lib/nn.yaml:80:7
%10453 = mul %10450, %10452 : f32[24] @ models/lib/nn.yaml:80:7
%10454 = add %10453, %9947 : f32[24] @ models/lib/nn.yaml:80:7
%10455 = div %10437, %10454 : f32[24] @ models/lib/nn.yaml:80:7
%10456 = cast %10445 : f32[] @ models/lib/nn.yaml:80:7
%10457 = broadcast %10456 : f32[24] @ models/lib/nn.yaml:80:7
%10458 = mul %10455, %10457 : f32[24] @ models/lib/nn.yaml:80:7
%10459 = sub %80, %10458 : f32[24] @ models/lib/nn.yaml:80:7
%10460 = assign %80, %10459 : f32[24] @ models/lib/nn.yaml:80:7
%10461 = assign %10431, %10437 : f32[24] @ models/lib/nn.yaml:80:7
%10462 = assign %10432, %10441 : f32[24] @ models/lib/nn.yaml:80:7
%10463 = assign %10433, %10434 : i64[] @ models/lib/nn.yaml:80:7
%10464 = mul %158, %9958 : f32[24] @ models/lib/nn.yaml:80:7
%10465 = mul %10459, %9960 : f32[24] @ models/lib/nn.yaml:80:7
%10466 = add %10464, %10465 : f32[24] @ models/lib/nn.yaml:80:7
%10467 = assign %158, %10466 : f32[24] @ models/lib/nn.yaml:80:7
%10468 = all_reduce_sum %5440 : f32[8,24] @ models/lib/nn.yaml:79:7
%10469 = reshape %10468 : f32[192] @ models/lib/nn.yaml:79:7
%10470 = mul %10469, %10469 : f32[192] @ models/lib/nn.yaml:79:7
%10471 = reduce_sum %10470 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10472 = sqrt %10471 : f32[] @ models/lib/nn.yaml:79:7
%10473 = cast %10472 : f64[] @ models/lib/nn.yaml:79:7
%10474 = add %10473, %6616 : f64[] @ models/lib/nn.yaml:79:7
%10475 = div %6618, %10474 : f64[] @ models/lib/nn.yaml:79:7
%10476 = lt %10475, %6620 : bool[] @ models/lib/nn.yaml:79:7
%10477 = cast %10475 : f32[] @ models/lib/nn.yaml:79:7
%10478 = broadcast %10477 : f32[8,24] @ models/lib/nn.yaml:79:7
%10479 = mul %10468, %10478 : f32[8,24] @ models/lib/nn.yaml:79:7
%10480 = broadcast %10476 : bool[8,24] @ models/lib/nn.yaml:79:7
%10481 = select %10480, %10479, %10468 : f32[8,24] @ models/lib/nn.yaml:79:7
%10482 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10483 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10484 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10485 = add %10484, %6630 : i64[] @ models/lib/nn.yaml:79:7
%10486 = mul %81, %10092 : f32[8,24] @ models/lib/nn.yaml:79:7
%10487 = mul %10481, %10094 : f32[8,24] @ models/lib/nn.yaml:79:7
%10488 = mul %10482, %10096 : f32[8,24] @ models/lib/nn.yaml:79:7
%10489 = add %10488, %10487 : f32[8,24] @ models/lib/nn.yaml:79:7
%10490 = mul %10481, %10481 : f32[8,24] @ models/lib/nn.yaml:79:7
%10491 = mul %10490, %10100 : f32[8,24] @ models/lib/nn.yaml:79:7
%10492 = mul %10483, %10102 : f32[8,24] @ models/lib/nn.yaml:79:7
%10493 = add %10492, %10491 : f32[8,24] @ models/lib/nn.yaml:79:7
%10494 = cast %10485 : f64[] @ models/lib/nn.yaml:79:7
%10495 = pow %6639, %10494 : f64[] @ models/lib/nn.yaml:79:7
%10496 = sub %6620, %10495 : f64[] @ models/lib/nn.yaml:79:7
%10497 = div %4149, %10496 : f64[] @ models/lib/nn.yaml:79:7
%10498 = pow %6647, %10494 : f64[] @ models/lib/nn.yaml:79:7
%10499 = sub %6620, %10498 : f64[] @ models/lib/nn.yaml:79:7
%10500 = sqrt %10499 : f64[] @ models/lib/nn.yaml:79:7
%10501 = div %6620, %10500 : f64[] @ models/lib/nn.yaml:79:7
%10502 = sqrt %10493 : f32[8,24] @ models/lib/nn.yaml:79:7
%10503 = cast %10501 : f32[] @ models/lib/nn.yaml:79:7
%10504 = broadcast %10503 : f32[8,24] @ models/lib/nn.yaml:79:7
%10505 = mul %10502, %10504 : f32[8,24] @ models/lib/nn.yaml:79:7
%10506 = add %10505, %10117 : f32[8,24] @ models/lib/nn.yaml:79:7
%10507 = div %10489, %10506 : f32[8,24] @ models/lib/nn.yaml:79:7
%10508 = cast %10497 : f32[] @ models/lib/nn.yaml:79:7
%10509 = broadcast %10508 : f32[8,24] @ models/lib/nn.yaml:79:7
%10510 = mul %10507, %10509 : f32[8,24] @ models/lib/nn.yaml:79:7
%10511 = sub %10486, %10510 : f32[8,24] @ models/lib/nn.yaml:79:7
%10512 = assign %81, %10511 : f32[8,24] @ models/lib/nn.yaml:79:7
%10513 = assign %10482, %10489 : f32[8,24] @ models/lib/nn.yaml:79:7
%10514 = assign %10483, %10493 : f32[8,24] @ models/lib/nn.yaml:79:7
%10515 = assign %10484, %10485 : i64[] @ models/lib/nn.yaml:79:7
%10516 = mul %159, %10128 : f32[8,24] @ models/lib/nn.yaml:79:7
%10517 = mul %10511, %10130 : f32[8,24] @ models/lib/nn.yaml:79:7
%10518 = add %10516, %10517 : f32[8,24] @ models/lib/nn.yaml:79:7
%10519 = assign %159, %10518 : f32[8,24] @ models/lib/nn.yaml:79:7
%10520 = all_reduce_sum %5434 : f32[8] @ models/lib/nn.yaml:80:7
%10521 = mul %10520, %10520 : f32[8] @ models/lib/nn.yaml:80:7
%10522 = reduce_sum %10521 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10523 = sqrt %10522 : f32[] @ models/lib/nn.yaml:80:7
%10524 = cast %10523 : f64[] @ models/lib/nn.yaml:80:7
%10525 = add %10524, %6616 : f64[] @ models/lib/nn.yaml:80:7
%10526 = div %6618, %10525 : f64[] @ models/lib/nn.yaml:80:7
%10527 = lt %10526, %6620 : bool[] @ models/lib/nn.yaml:80:7
%10528 = cast %10526 : f32[] @ models/lib/nn.yaml:80:7
%10529 = broadcast %10528 : f32[8] @ models/lib/nn.yaml:80:7
%10530 = mul %10520, %10529 : f32[8] @ models/lib/nn.yaml:80:7
%10531 = broadcast %10527 : bool[8] @ models/lib/nn.yaml:80:7
%10532 = select %10531, %10530, %10520 : f32[8] @ models/lib/nn.yaml:80:7
%10533 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10534 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10535 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10536 = add %10535, %6630 : i64[] @ models/lib/nn.yaml:80:7
%10537 = mul %10532, %10151 : f32[8] @ models/lib/nn.yaml:80:7
%10538 = mul %10533, %10153 : f32[8] @ models/lib/nn.yaml:80:7
%10539 = add %10538, %10537 : f32[8] @ models/lib/nn.yaml:80:7
%10540 = mul %10532, %10532 : f32[8] @ models/lib/nn.yaml:80:7
%10541 = mul %10540, %10157 : f32[8] @ models/lib/nn.yaml:80:7
%10542 = mul %10534, %10159 : f32[8] @ models/lib/nn.yaml:80:7
%10543 = add %10542, %10541 : f32[8] @ models/lib/nn.yaml:80:7
%10544 = cast %10536 : f64[] @ models/lib/nn.yaml:80:7
%10545 = pow %6639, %10544 : f64[] @ models/lib/nn.yaml:80:7
%10546 = sub %6620, %10545 : f64[] @ models/lib/nn.yaml:80:7
%10547 = div %4149, %10546 : f64[] @ models/lib/nn.yaml:80:7
%10548 = pow %6647, %10544 : f64[] @ models/lib/nn.yaml:80:7
%10549 = sub %6620, %10548 : f64[] @ models/lib/nn.yaml:80:7
%10550 = sqrt %10549 : f64[] @ models/lib/nn.yaml:80:7
%10551 = div %6620, %10550 : f64[] @ models/lib/nn.yaml:80:7
%10552 = sqrt %10543 : f32[8] @ models/lib/nn.yaml:80:7
%10553 = cast %10551 : f32[] @ models/lib/nn.yaml:80:7
%10554 = broadcast %10553 : f32[8] @ models/lib/nn.yaml:80:7
%10555 = mul %10552, %10554 : f32[8] @ models/lib/nn.yaml:80:7
%10556 = add %10555, %10174 : f32[8] @ models/lib/nn.yaml:80:7
%10557 = div %10539, %10556 : f32[8] @ models/lib/nn.yaml:80:7
%10558 = cast %10547 : f32[] @ models/lib/nn.yaml:80:7
%10559 = broadcast %10558 : f32[8] @ models/lib/nn.yaml:80:7
%10560 = mul %10557, %10559 : f32[8] @ models/lib/nn.yaml:80:7
%10561 = sub %82, %10560 : f32[8] @ models/lib/nn.yaml:80:7
%10562 = assign %82, %10561 : f32[8] @ models/lib/nn.yaml:80:7
%10563 = assign %10533, %10539 : f32[8] @ models/lib/nn.yaml:80:7
%10564 = assign %10534, %10543 : f32[8] @ models/lib/nn.yaml:80:7
%10565 = assign %10535, %10536 : i64[] @ models/lib/nn.yaml:80:7
%10566 = mul %160, %10185 : f32[8] @ models/lib/nn.yaml:80:7
%10567 = mul %10561, %10187 : f32[8] @ models/lib/nn.yaml:80:7
%10568 = add %10566, %10567 : f32[8] @ models/lib/nn.yaml:80:7
%10569 = assign %160, %10568 : f32[8] @ models/lib/nn.yaml:80:7
%10570 = broadcast %3 : f32[16,1] @ models/lib/dino.yaml:18:7
%10571 = mul %161, %10570 : f32[16,1] @ models/lib/dino.yaml:18:7
%10572 = broadcast %6679 : f32[16,1] @ models/lib/dino.yaml:18:7
%10573 = mul %83, %10572 : f32[16,1] @ models/lib/dino.yaml:18:7
%10574 = add %10571, %10573 : f32[16,1] @ models/lib/dino.yaml:18:7
%10575 = assign %161, %10574 : f32[16,1] @ models/lib/dino.yaml:18:7
%10576 = all_reduce_sum %5405 : f32[16,8] @ models/lib/dino.yaml:19:7
%10577 = reshape %10576 : f32[128] @ models/lib/dino.yaml:19:7
%10578 = mul %10577, %10577 : f32[128] @ models/lib/dino.yaml:19:7
%10579 = reduce_sum %10578 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%10580 = sqrt %10579 : f32[] @ models/lib/dino.yaml:19:7
%10581 = cast %10580 : f64[] @ models/lib/dino.yaml:19:7
%10582 = add %10581, %6616 : f64[] @ models/lib/dino.yaml:19:7
%10583 = div %6618, %10582 : f64[] @ models/lib/dino.yaml:19:7
%10584 = lt %10583, %6620 : bool[] @ models/lib/dino.yaml:19:7
%10585 = cast %10583 : f32[] @ models/lib/dino.yaml:19:7
%10586 = broadcast %10585 : f32[16,8] @ models/lib/dino.yaml:19:7
%10587 = mul %10576, %10586 : f32[16,8] @ models/lib/dino.yaml:19:7
%10588 = broadcast %10584 : bool[16,8] @ models/lib/dino.yaml:19:7
%10589 = select %10588, %10587, %10576 : f32[16,8] @ models/lib/dino.yaml:19:7
%10590 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%10591 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%10592 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%10593 = add %10592, %6630 : i64[] @ models/lib/dino.yaml:19:7
%10594 = broadcast %6634 : f32[16,8] @ models/lib/dino.yaml:19:7
%10595 = mul %84, %10594 : f32[16,8] @ models/lib/dino.yaml:19:7
%10596 = broadcast %3826 : f32[16,8] @ models/lib/dino.yaml:19:7
%10597 = mul %10589, %10596 : f32[16,8] @ models/lib/dino.yaml:19:7
%10598 = broadcast %2620 : f32[16,8] @ models/lib/dino.yaml:19:7
%10599 = mul %10590, %10598 : f32[16,8] @ models/lib/dino.yaml:19:7
%10600 = add %10599, %10597 : f32[16,8] @ models/lib/dino.yaml:19:7
%10601 = mul %10589, %10589 : f32[16,8] @ models/lib/dino.yaml:19:7
%10602 = broadcast %6644 : f32[16,8] @ models/lib/dino.yaml:19:7
%10603 = mul %10601, %10602 : f32[16,8] @ models/lib/dino.yaml:19:7
%10604 = broadcast %6648 : f32[16,8] @ models/lib/dino.yaml:19:7
%10605 = mul %10591, %10604 : f32[16,8] @ models/lib/dino.yaml:19:7
%10606 = add %10605, %10603 : f32[16,8] @ models/lib/dino.yaml:19:7
%10607 = cast %10593 : f64[] @ models/lib/dino.yaml:19:7
%10608 = pow %6639, %10607 : f64[] @ models/lib/dino.yaml:19:7
%10609 = sub %6620, %10608 : f64[] @ models/lib/dino.yaml:19:7
%10610 = div %4149, %10609 : f64[] @ models/lib/dino.yaml:19:7
%10611 = pow %6647, %10607 : f64[] @ models/lib/dino.yaml:19:7
%10612 = sub %6620, %10611 : f64[] @ models/lib/dino.yaml:19:7
%10613 = sqrt %10612 : f64[] @ models/lib/dino.yaml:19:7
%10614 = div %6620, %10613 : f64[] @ models/lib/dino.yaml:19:7
%10615 = sqrt %10606 : f32[16,8] @ models/lib/dino.yaml:19:7
%10616 = cast %10614 : f32[] @ models/lib/dino.yaml:19:7
%10617 = broadcast %10616 : f32[16,8] @ models/lib/dino.yaml:19:7
%10618 = mul %10615, %10617 : f32[16,8] @ models/lib/dino.yaml:19:7
%10619 = broadcast %6664 : f32[16,8] @ models/lib/dino.yaml:19:7
%10620 = add %10618, %10619 : f32[16,8] @ models/lib/dino.yaml:19:7
%10621 = div %10600, %10620 : f32[16,8] @ models/lib/dino.yaml:19:7
%10622 = cast %10610 : f32[] @ models/lib/dino.yaml:19:7
%10623 = broadcast %10622 : f32[16,8] @ models/lib/dino.yaml:19:7
%10624 = mul %10621, %10623 : f32[16,8] @ models/lib/dino.yaml:19:7
%10625 = sub %10595, %10624 : f32[16,8] @ models/lib/dino.yaml:19:7
%10626 = broadcast %10248 : bool[16,8] @ models/lib/dino.yaml:19:7
%10627 = select %10626, %84, %10625 : f32[16,8] @ models/lib/dino.yaml:19:7
%10628 = select %10626, %10590, %10600 : f32[16,8] @ models/lib/dino.yaml:19:7
%10629 = select %10626, %10591, %10606 : f32[16,8] @ models/lib/dino.yaml:19:7
%10630 = select %10248, %10592, %10593 : i64[] @ models/lib/dino.yaml:19:7
%10631 = assign %84, %10627 : f32[16,8] @ models/lib/dino.yaml:19:7
%10632 = assign %10590, %10628 : f32[16,8] @ models/lib/dino.yaml:19:7
%10633 = assign %10591, %10629 : f32[16,8] @ models/lib/dino.yaml:19:7
%10634 = assign %10592, %10630 : i64[] @ models/lib/dino.yaml:19:7
%10635 = broadcast %3 : f32[16,8] @ models/lib/dino.yaml:19:7
%10636 = mul %162, %10635 : f32[16,8] @ models/lib/dino.yaml:19:7
%10637 = broadcast %6679 : f32[16,8] @ models/lib/dino.yaml:19:7
%10638 = mul %10627, %10637 : f32[16,8] @ models/lib/dino.yaml:19:7
%10639 = add %10636, %10638 : f32[16,8] @ models/lib/dino.yaml:19:7
%10640 = assign %162, %10639 : f32[16,8] @ models/lib/dino.yaml:19:7
%10641 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%10642 = abs %4108 : f32[] @ models/dino_pass.yaml:149:3
%10643 = lt %10642, %10641 : bool[] @ models/dino_pass.yaml:149:3
%10644 = output %10643 name="finite" : bool[] @ models/dino_pass.yaml:149:3
