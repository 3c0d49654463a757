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
%198 = matmul %196, %197 ta=0 tb=1 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%199 = broadcast %91 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%200 = cast %198 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%201 = add %200, %199 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%202 = cast %201 : bf16[4,16,48] @ models/lib/nn.yaml:55:23
%203 = reshape %202 : bf16[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%204 = permute %203 perm=[2,0,3,1,4] : bf16[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%205 = slice %204 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%206 = reshape %205 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:28
%207 = slice %204 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%208 = reshape %207 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:34
%209 = cast %206 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%210 = cast %208 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%211 = permute %210 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%212 = slice %209 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%213 = broadcast %212 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%214 = slice %211 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%215 = broadcast %214 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%216 = mul %213, %215 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%217 = slice %209 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%218 = broadcast %217 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%219 = slice %211 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%220 = broadcast %219 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%221 = mul %218, %220 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%222 = add %216, %221 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%223 = slice %209 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%224 = broadcast %223 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%225 = slice %211 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%226 = broadcast %225 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%227 = mul %224, %226 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%228 = add %222, %227 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%229 = slice %209 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%230 = broadcast %229 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%231 = slice %211 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%232 = broadcast %231 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%233 = mul %230, %232 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%234 = add %228, %233 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%235 = slice %209 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%236 = broadcast %235 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%237 = slice %211 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%238 = broadcast %237 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%239 = mul %236, %238 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%240 = add %234, %239 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%241 = slice %209 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%242 = broadcast %241 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%243 = slice %211 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%244 = broadcast %243 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%245 = mul %242, %244 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%246 = add %240, %245 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%247 = slice %209 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%248 = broadcast %247 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%249 = slice %211 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%250 = broadcast %249 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%251 = mul %248, %250 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%252 = add %246, %251 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%253 = slice %209 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%254 = broadcast %253 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%255 = slice %211 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%256 = broadcast %255 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%257 = mul %254, %256 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%258 = add %252, %257 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%259 = cast %258 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%260 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%261 = broadcast %260 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%262 = cast %259 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%263 = mul %262, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%264 = reduce_max %263 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%265 = stop_gradient %264 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%266 = broadcast %265 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%267 = mul %262, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%268 = sub %267, %266 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%269 = exp %268 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%270 = reduce_sum %269 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%271 = broadcast %270 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%272 = exp %268 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%273 = div %272, %271 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%274 = cast %273 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%275 = slice %204 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%276 = reshape %275 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:40
%277 = cast %274 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%278 = cast %276 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%279 = reshape %277 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%280 = broadcast %279 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%281 = reshape %278 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%282 = broadcast %281 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%283 = mul %280, %282 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%284 = reduce_sum %283 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%285 = cast %284 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%286 = permute %285 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%287 = reshape %286 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%288 = cast %92 : bf16[16,16] @ models/lib/nn.yaml:83:15
%289 = matmul %287, %288 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%290 = broadcast %93 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%291 = cast %289 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%292 = add %291, %290 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%293 = add %176, %292 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%294 = reduce_sum %293 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%295 = div %294, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%296 = broadcast %295 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%297 = sub %293, %296 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%298 = mul %297, %297 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%299 = reduce_sum %298 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%300 = div %299, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%301 = add %300, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%302 = rsqrt %301 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%303 = broadcast %302 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%304 = mul %297, %303 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%305 = broadcast %94 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%306 = mul %304, %305 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%307 = broadcast %95 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%308 = add %306, %307 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%309 = cast %308 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%310 = cast %96 : bf16[64,16] @ models/lib/nn.yaml:83:15
%311 = matmul %309, %310 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%312 = broadcast %97 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%313 = cast %311 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%314 = add %313, %312 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%315 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%316 = broadcast %315 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%317 = mul %316, %314 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%318 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%319 = broadcast %318 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%320 = mul %314, %319 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%321 = erf %320 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%322 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%323 = broadcast %322 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%324 = add %323, %321 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%325 = mul %317, %324 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%326 = cast %325 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%327 = cast %98 : bf16[16,64] @ models/lib/nn.yaml:83:15
%328 = matmul %326, %327 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%329 = broadcast %99 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%330 = cast %328 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%331 = add %330, %329 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%332 = add %293, %331 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%333 = reduce_sum %332 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%334 = div %333, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%335 = broadcast %334 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%336 = sub %332, %335 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%337 = mul %336, %336 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%338 = reduce_sum %337 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%339 = div %338, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%340 = add %339, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%341 = rsqrt %340 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%342 = broadcast %341 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%343 = mul %336, %342 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%344 = broadcast %100 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%345 = mul %343, %344 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%346 = broadcast %101 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%347 = add %345, %346 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%348 = cast %347 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%349 = cast %102 : bf16[48,16] @ models/lib/nn.yaml:83:15
%350 = matmul %348, %349 ta=0 tb=1 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%351 = broadcast %103 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%352 = cast %350 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%353 = add %352, %351 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%354 = cast %353 : bf16[4,16,48] @ models/lib/nn.yaml:55:23
%355 = reshape %354 : bf16[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%356 = permute %355 perm=[2,0,3,1,4] : bf16[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%357 = slice %356 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%358 = reshape %357 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:28
%359 = slice %356 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%360 = reshape %359 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:34
%361 = cast %358 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%362 = cast %360 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%363 = permute %362 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%364 = slice %361 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%365 = broadcast %364 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%366 = slice %363 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%367 = broadcast %366 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%368 = mul %365, %367 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%369 = slice %361 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%370 = broadcast %369 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%371 = slice %363 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%372 = broadcast %371 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%373 = mul %370, %372 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%374 = add %368, %373 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%375 = slice %361 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%376 = broadcast %375 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%377 = slice %363 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%378 = broadcast %377 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%379 = mul %376, %378 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%380 = add %374, %379 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%381 = slice %361 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%382 = broadcast %381 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%383 = slice %363 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%384 = broadcast %383 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%385 = mul %382, %384 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%386 = add %380, %385 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%387 = slice %361 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%388 = broadcast %387 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%389 = slice %363 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%390 = broadcast %389 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%391 = mul %388, %390 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%392 = add %386, %391 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%393 = slice %361 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%394 = broadcast %393 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%395 = slice %363 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%396 = broadcast %395 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%397 = mul %394, %396 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%398 = add %392, %397 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%399 = slice %361 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%400 = broadcast %399 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%401 = slice %363 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%402 = broadcast %401 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%403 = mul %400, %402 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%404 = add %398, %403 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%405 = slice %361 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%406 = broadcast %405 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%407 = slice %363 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%408 = broadcast %407 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%409 = mul %406, %408 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%410 = add %404, %409 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%411 = cast %410 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%412 = cast %411 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%413 = mul %412, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%414 = reduce_max %413 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%415 = stop_gradient %414 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%416 = broadcast %415 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%417 = mul %412, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%418 = sub %417, %416 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%419 = exp %418 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%420 = reduce_sum %419 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%421 = broadcast %420 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%422 = exp %418 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%423 = div %422, %421 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%424 = cast %423 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%425 = slice %356 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%426 = reshape %425 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:40
%427 = cast %424 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%428 = cast %426 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%429 = reshape %427 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%430 = broadcast %429 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%431 = reshape %428 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%432 = broadcast %431 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%433 = mul %430, %432 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%434 = reduce_sum %433 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%435 = cast %434 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%436 = permute %435 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%437 = reshape %436 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%438 = cast %104 : bf16[16,16] @ models/lib/nn.yaml:83:15
%439 = matmul %437, %438 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%440 = broadcast %105 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%441 = cast %439 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%442 = add %441, %440 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%443 = add %332, %442 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%444 = reduce_sum %443 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%445 = div %444, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%446 = broadcast %445 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%447 = sub %443, %446 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%448 = mul %447, %447 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%449 = reduce_sum %448 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%450 = div %449, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%451 = add %450, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%452 = rsqrt %451 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%453 = broadcast %452 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%454 = mul %447, %453 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%455 = broadcast %106 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%456 = mul %454, %455 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%457 = broadcast %107 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%458 = add %456, %457 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%459 = cast %458 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%460 = cast %108 : bf16[64,16] @ models/lib/nn.yaml:83:15
%461 = matmul %459, %460 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%462 = broadcast %109 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%463 = cast %461 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%464 = add %463, %462 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%465 = mul %316, %464 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%466 = mul %464, %319 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%467 = erf %466 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%468 = add %323, %467 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%469 = mul %465, %468 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%470 = cast %469 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%471 = cast %110 : bf16[16,64] @ models/lib/nn.yaml:83:15
%472 = matmul %470, %471 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%473 = broadcast %111 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%474 = cast %472 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%475 = add %474, %473 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%476 = add %443, %475 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%477 = grid_neighbors n=4 size=3 : i32[16,8] @ models/dino_pass.yaml:61:16
%478 = neighbor_topk_gather %476, %477 k=2 : f32[4,16,2,16] @ models/dino_pass.yaml:77:16
%479 = reshape %478 : f32[64,2,16] @ models/dino_pass.yaml:87:23
%480 = broadcast %112 : f32[64,1,16] @ models/lib/vit.yaml:116:31
%481 = concat %480, %479 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%482 = reduce_sum %481 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%483 = broadcast %178 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%484 = div %482, %483 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%485 = broadcast %484 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%486 = sub %481, %485 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%487 = mul %486, %486 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%488 = reduce_sum %487 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%489 = div %488, %483 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%490 = broadcast %186 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%491 = add %489, %490 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%492 = rsqrt %491 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%493 = broadcast %492 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%494 = mul %486, %493 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%495 = broadcast %113 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%496 = mul %494, %495 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%497 = broadcast %114 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%498 = add %496, %497 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%499 = cast %498 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%500 = slice %499 lo=[0,0,0] hi=[64,1,16] : bf16[64,1,16] @ models/lib/vit.yaml:78:33
%501 = cast %115 : bf16[16,16] @ models/lib/nn.yaml:83:15
%502 = matmul %500, %501 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%503 = broadcast %116 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%504 = cast %502 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%505 = add %504, %503 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%506 = cast %117 : bf16[16,16] @ models/lib/nn.yaml:83:15
%507 = matmul %499, %506 ta=0 tb=1 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%508 = broadcast %118 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%509 = cast %507 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%510 = add %509, %508 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%511 = cast %119 : bf16[16,16] @ models/lib/nn.yaml:83:15
%512 = matmul %499, %511 ta=0 tb=1 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%513 = broadcast %120 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%514 = cast %512 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%515 = add %514, %513 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%516 = cast %505 : bf16[64,1,16] @ models/lib/nn.yaml:55:23
%517 = reshape %516 : bf16[64,1,2,8] @ models/lib/vit.yaml:78:22
%518 = permute %517 perm=[0,2,1,3] : bf16[64,2,1,8] @ models/lib/vit.yaml:78:14
%519 = cast %510 : bf16[64,3,16] @ models/lib/nn.yaml:55:23
%520 = reshape %519 : bf16[64,3,2,8] @ models/lib/vit.yaml:79:22
%521 = permute %520 perm=[0,2,1,3] : bf16[64,2,3,8] @ models/lib/vit.yaml:79:14
%522 = cast %518 : f32[64,2,1,8] @ models/lib/nn.yaml:55:23
%523 = cast %521 : f32[64,2,3,8] @ models/lib/nn.yaml:55:23
%524 = permute %523 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%525 = slice %522 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%526 = broadcast %525 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%527 = slice %524 lo=[0,0,0,0] hi=[64,2,1,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%528 = mul %526, %527 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%529 = slice %522 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%530 = broadcast %529 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%531 = slice %524 lo=[0,0,1,0] hi=[64,2,2,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%532 = mul %530, %531 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%533 = add %528, %532 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%534 = slice %522 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%535 = broadcast %534 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%536 = slice %524 lo=[0,0,2,0] hi=[64,2,3,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%537 = mul %535, %536 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%538 = add %533, %537 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%539 = slice %522 lo=[0,0,0,3] hi=[64,2,1,4] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%540 = broadcast %539 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%541 = slice %524 lo=[0,0,3,0] hi=[64,2,4,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%542 = mul %540, %541 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%543 = add %538, %542 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%544 = slice %522 lo=[0,0,0,4] hi=[64,2,1,5] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%545 = broadcast %544 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%546 = slice %524 lo=[0,0,4,0] hi=[64,2,5,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%547 = mul %545, %546 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%548 = add %543, %547 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%549 = slice %522 lo=[0,0,0,5] hi=[64,2,1,6] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%550 = broadcast %549 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%551 = slice %524 lo=[0,0,5,0] hi=[64,2,6,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%552 = mul %550, %551 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%553 = add %548, %552 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%554 = slice %522 lo=[0,0,0,6] hi=[64,2,1,7] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%555 = broadcast %554 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%556 = slice %524 lo=[0,0,6,0] hi=[64,2,7,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%557 = mul %555, %556 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%558 = add %553, %557 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%559 = slice %522 lo=[0,0,0,7] hi=[64,2,1,8] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%560 = broadcast %559 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%561 = slice %524 lo=[0,0,7,0] hi=[64,2,8,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%562 = mul %560, %561 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%563 = add %558, %562 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%564 = cast %563 : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%565 = broadcast %260 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%566 = cast %564 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%567 = mul %566, %565 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%568 = reduce_max %567 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%569 = stop_gradient %568 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%570 = broadcast %569 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%571 = mul %566, %565 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%572 = sub %571, %570 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%573 = exp %572 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%574 = reduce_sum %573 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%575 = broadcast %574 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%576 = exp %572 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%577 = div %576, %575 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%578 = cast %577 : bf16[64,2,1,3] @ models/lib/nn.yaml:56:23
%579 = cast %515 : bf16[64,3,16] @ models/lib/nn.yaml:56:23
%580 = reshape %579 : bf16[64,3,2,8] @ models/lib/vit.yaml:80:22
%581 = permute %580 perm=[0,2,1,3] : bf16[64,2,3,8] @ models/lib/vit.yaml:80:14
%582 = cast %578 : f32[64,2,1,3] @ models/lib/nn.yaml:56:23
%583 = cast %581 : f32[64,2,3,8] @ models/lib/nn.yaml:56:23
%584 = slice %582 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%585 = broadcast %584 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%586 = slice %583 lo=[0,0,0,0] hi=[64,2,1,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%587 = mul %585, %586 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%588 = slice %582 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%589 = broadcast %588 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%590 = slice %583 lo=[0,0,1,0] hi=[64,2,2,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%591 = mul %589, %590 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%592 = add %587, %591 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%593 = slice %582 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%594 = broadcast %593 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%595 = slice %583 lo=[0,0,2,0] hi=[64,2,3,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%596 = mul %594, %595 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%597 = add %592, %596 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%598 = cast %597 : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%599 = permute %598 perm=[0,2,1,3] : bf16[64,1,2,8] @ models/lib/nn.yaml:56:13
%600 = reshape %599 : bf16[64,1,16] @ models/lib/nn.yaml:57:16
%601 = cast %121 : bf16[16,16] @ models/lib/nn.yaml:83:15
%602 = matmul %600, %601 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%603 = broadcast %122 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%604 = cast %602 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%605 = add %604, %603 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%606 = add %480, %605 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%607 = reduce_sum %606 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%608 = broadcast %178 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%609 = div %607, %608 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%610 = broadcast %609 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%611 = sub %606, %610 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%612 = mul %611, %611 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%613 = reduce_sum %612 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%614 = div %613, %608 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%615 = broadcast %186 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%616 = add %614, %615 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%617 = rsqrt %616 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%618 = broadcast %617 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%619 = mul %611, %618 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%620 = broadcast %123 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%621 = mul %619, %620 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%622 = broadcast %124 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%623 = add %621, %622 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%624 = cast %623 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%625 = cast %125 : bf16[64,16] @ models/lib/nn.yaml:83:15
%626 = matmul %624, %625 ta=0 tb=1 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%627 = broadcast %126 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%628 = cast %626 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%629 = add %628, %627 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%630 = broadcast %315 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%631 = mul %630, %629 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%632 = broadcast %318 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%633 = mul %629, %632 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%634 = erf %633 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%635 = broadcast %322 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%636 = add %635, %634 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%637 = mul %631, %636 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%638 = cast %637 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%639 = cast %127 : bf16[16,64] @ models/lib/nn.yaml:83:15
%640 = matmul %638, %639 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%641 = broadcast %128 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%642 = cast %640 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%643 = add %642, %641 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%644 = add %606, %643 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%645 = concat %644, %479 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%646 = reduce_sum %645 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%647 = div %646, %483 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%648 = broadcast %647 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%649 = sub %645, %648 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%650 = mul %649, %649 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%651 = reduce_sum %650 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%652 = div %651, %483 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%653 = add %652, %490 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%654 = rsqrt %653 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%655 = broadcast %654 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%656 = mul %649, %655 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%657 = broadcast %129 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%658 = mul %656, %657 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%659 = broadcast %130 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%660 = add %658, %659 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%661 = cast %660 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%662 = slice %661 lo=[0,0,0] hi=[64,1,16] : bf16[64,1,16] @ models/lib/vit.yaml:78:33
%663 = cast %131 : bf16[16,16] @ models/lib/nn.yaml:83:15
%664 = matmul %662, %663 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%665 = broadcast %132 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%666 = cast %664 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%667 = add %666, %665 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%668 = cast %133 : bf16[16,16] @ models/lib/nn.yaml:83:15
%669 = matmul %661, %668 ta=0 tb=1 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%670 = broadcast %134 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%671 = cast %669 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%672 = add %671, %670 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%673 = cast %135 : bf16[16,16] @ models/lib/nn.yaml:83:15
%674 = matmul %661, %673 ta=0 tb=1 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%675 = broadcast %136 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%676 = cast %674 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%677 = add %676, %675 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%678 = cast %667 : bf16[64,1,16] @ models/lib/nn.yaml:55:23
%679 = reshape %678 : bf16[64,1,2,8] @ models/lib/vit.yaml:78:22
%680 = permute %679 perm=[0,2,1,3] : bf16[64,2,1,8] @ models/lib/vit.yaml:78:14
%681 = cast %672 : bf16[64,3,16] @ models/lib/nn.yaml:55:23
%682 = reshape %681 : bf16[64,3,2,8] @ models/lib/vit.yaml:79:22
%683 = permute %682 perm=[0,2,1,3] : bf16[64,2,3,8] @ models/lib/vit.yaml:79:14
%684 = cast %680 : f32[64,2,1,8] @ models/lib/nn.yaml:55:23
%685 = cast %683 : f32[64,2,3,8] @ models/lib/nn.yaml:55:23
%686 = permute %685 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%687 = slice %684 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%688 = broadcast %687 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%689 = slice %686 lo=[0,0,0,0] hi=[64,2,1,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%690 = mul %688, %689 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%691 = slice %684 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%692 = broadcast %691 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%693 = slice %686 lo=[0,0,1,0] hi=[64,2,2,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%694 = mul %692, %693 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%695 = add %690, %694 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%696 = slice %684 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%697 = broadcast %696 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%698 = slice %686 lo=[0,0,2,0] hi=[64,2,3,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%699 = mul %697, %698 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%700 = add %695, %699 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%701 = slice %684 lo=[0,0,0,3] hi=[64,2,1,4] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%702 = broadcast %701 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%703 = slice %686 lo=[0,0,3,0] hi=[64,2,4,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%704 = mul %702, %703 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%705 = add %700, %704 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%706 = slice %684 lo=[0,0,0,4] hi=[64,2,1,5] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%707 = broadcast %706 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%708 = slice %686 lo=[0,0,4,0] hi=[64,2,5,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%709 = mul %707, %708 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%710 = add %705, %709 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%711 = slice %684 lo=[0,0,0,5] hi=[64,2,1,6] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%712 = broadcast %711 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%713 = slice %686 lo=[0,0,5,0] hi=[64,2,6,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%714 = mul %712, %713 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%715 = add %710, %714 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%716 = slice %684 lo=[0,0,0,6] hi=[64,2,1,7] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%717 = broadcast %716 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%718 = slice %686 lo=[0,0,6,0] hi=[64,2,7,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%719 = mul %717, %718 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%720 = add %715, %719 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%721 = slice %684 lo=[0,0,0,7] hi=[64,2,1,8] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%722 = broadcast %721 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%723 = slice %686 lo=[0,0,7,0] hi=[64,2,8,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%724 = mul %722, %723 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%725 = add %720, %724 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%726 = cast %725 : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%727 = cast %726 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%728 = mul %727, %565 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%729 = reduce_max %728 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%730 = stop_gradient %729 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%731 = broadcast %730 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%732 = mul %727, %565 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%733 = sub %732, %731 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%734 = exp %733 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%735 = reduce_sum %734 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%736 = broadcast %735 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%737 = exp %733 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%738 = div %737, %736 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%739 = cast %738 : bf16[64,2,1,3] @ models/lib/nn.yaml:56:23
%740 = cast %677 : bf16[64,3,16] @ models/lib/nn.yaml:56:23
%741 = reshape %740 : bf16[64,3,2,8] @ models/lib/vit.yaml:80:22
%742 = permute %741 perm=[0,2,1,3] : bf16[64,2,3,8] @ models/lib/vit.yaml:80:14
%743 = cast %739 : f32[64,2,1,3] @ models/lib/nn.yaml:56:23
%744 = cast %742 : f32[64,2,3,8] @ models/lib/nn.yaml:56:23
%745 = slice %743 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%746 = broadcast %745 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%747 = slice %744 lo=[0,0,0,0] hi=[64,2,1,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%748 = mul %746, %747 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%749 = slice %743 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%750 = broadcast %749 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%751 = slice %744 lo=[0,0,1,0] hi=[64,2,2,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%752 = mul %750, %751 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%753 = add %748, %752 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%754 = slice %743 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%755 = broadcast %754 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%756 = slice %744 lo=[0,0,2,0] hi=[64,2,3,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%757 = mul %755, %756 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%758 = add %753, %757 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%759 = cast %758 : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%760 = permute %759 perm=[0,2,1,3] : bf16[64,1,2,8] @ models/lib/nn.yaml:56:13
%761 = reshape %760 : bf16[64,1,16] @ models/lib/nn.yaml:57:16
%762 = cast %137 : bf16[16,16] @ models/lib/nn.yaml:83:15
%763 = matmul %761, %762 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%764 = broadcast %138 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%765 = cast %763 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%766 = add %765, %764 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%767 = add %644, %766 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%768 = reduce_sum %767 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%769 = div %768, %608 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%770 = broadcast %769 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%771 = sub %767, %770 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%772 = mul %771, %771 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%773 = reduce_sum %772 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%774 = div %773, %608 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%775 = add %774, %615 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%776 = rsqrt %775 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%777 = broadcast %776 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%778 = mul %771, %777 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%779 = broadcast %139 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%780 = mul %778, %779 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%781 = broadcast %140 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%782 = add %780, %781 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%783 = cast %782 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%784 = cast %141 : bf16[64,16] @ models/lib/nn.yaml:83:15
%785 = matmul %783, %784 ta=0 tb=1 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%786 = broadcast %142 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%787 = cast %785 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%788 = add %787, %786 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%789 = mul %630, %788 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%790 = mul %788, %632 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%791 = erf %790 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%792 = add %635, %791 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%793 = mul %789, %792 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%794 = cast %793 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%795 = cast %143 : bf16[16,64] @ models/lib/nn.yaml:83:15
%796 = matmul %794, %795 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%797 = broadcast %144 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%798 = cast %796 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%799 = add %798, %797 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%800 = add %767, %799 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%801 = reshape %800 : f32[4,16,16] @ models/dino_pass.yaml:88:16
%802 = broadcast %112 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%803 = concat %802, %476 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%804 = reduce_sum %803 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%805 = broadcast %178 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%806 = div %804, %805 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%807 = broadcast %806 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%808 = sub %803, %807 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%809 = mul %808, %808 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%810 = reduce_sum %809 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%811 = div %810, %805 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%812 = broadcast %186 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%813 = add %811, %812 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%814 = rsqrt %813 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%815 = broadcast %814 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%816 = mul %808, %815 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%817 = broadcast %113 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%818 = mul %816, %817 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%819 = broadcast %114 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%820 = add %818, %819 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%821 = cast %820 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%822 = slice %821 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%823 = matmul %822, %501 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%824 = broadcast %116 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%825 = cast %823 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%826 = add %825, %824 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%827 = matmul %821, %506 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%828 = broadcast %118 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%829 = cast %827 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%830 = add %829, %828 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%831 = matmul %821, %511 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%832 = broadcast %120 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%833 = cast %831 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%834 = add %833, %832 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%835 = cast %826 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%836 = reshape %835 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%837 = permute %836 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%838 = cast %830 : bf16[4,17,16] @ models/lib/nn.yaml:55:23
%839 = reshape %838 : bf16[4,17,2,8] @ models/lib/vit.yaml:79:22
%840 = permute %839 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:79:14
%841 = cast %837 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%842 = cast %840 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%843 = permute %842 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%844 = slice %841 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%845 = broadcast %844 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%846 = slice %843 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%847 = mul %845, %846 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%848 = slice %841 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%849 = broadcast %848 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%850 = slice %843 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%851 = mul %849, %850 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%852 = add %847, %851 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%853 = slice %841 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%854 = broadcast %853 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%855 = slice %843 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%856 = mul %854, %855 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%857 = add %852, %856 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%858 = slice %841 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%859 = broadcast %858 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%860 = slice %843 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%861 = mul %859, %860 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%862 = add %857, %861 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%863 = slice %841 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%864 = broadcast %863 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%865 = slice %843 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%866 = mul %864, %865 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%867 = add %862, %866 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%868 = slice %841 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%869 = broadcast %868 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%870 = slice %843 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%871 = mul %869, %870 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%872 = add %867, %871 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%873 = slice %841 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%874 = broadcast %873 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%875 = slice %843 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%876 = mul %874, %875 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%877 = add %872, %876 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%878 = slice %841 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%879 = broadcast %878 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%880 = slice %843 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%881 = mul %879, %880 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%882 = add %877, %881 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%883 = cast %882 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%884 = broadcast %260 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%885 = cast %883 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%886 = mul %885, %884 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%887 = reduce_max %886 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%888 = stop_gradient %887 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%889 = broadcast %888 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%890 = mul %885, %884 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%891 = sub %890, %889 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%892 = exp %891 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%893 = reduce_sum %892 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%894 = broadcast %893 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%895 = exp %891 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%896 = div %895, %894 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%897 = cast %896 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%898 = cast %834 : bf16[4,17,16] @ models/lib/nn.yaml:56:23
%899 = reshape %898 : bf16[4,17,2,8] @ models/lib/vit.yaml:80:22
%900 = permute %899 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:80:14
%901 = cast %897 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%902 = cast %900 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%903 = reshape %901 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%904 = broadcast %903 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%905 = reshape %902 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%906 = broadcast %905 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%907 = mul %904, %906 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%908 = reduce_sum %907 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%909 = cast %908 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%910 = permute %909 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%911 = reshape %910 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%912 = matmul %911, %601 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%913 = broadcast %122 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%914 = cast %912 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%915 = add %914, %913 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%916 = add %802, %915 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%917 = reduce_sum %916 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%918 = broadcast %178 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%919 = div %917, %918 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%920 = broadcast %919 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%921 = sub %916, %920 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%922 = mul %921, %921 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%923 = reduce_sum %922 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%924 = div %923, %918 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%925 = broadcast %186 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%926 = add %924, %925 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%927 = rsqrt %926 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%928 = broadcast %927 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%929 = mul %921, %928 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%930 = broadcast %123 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%931 = mul %929, %930 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%932 = broadcast %124 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%933 = add %931, %932 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%934 = cast %933 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%935 = matmul %934, %625 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%936 = broadcast %126 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%937 = cast %935 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%938 = add %937, %936 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%939 = broadcast %315 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%940 = mul %939, %938 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%941 = broadcast %318 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%942 = mul %938, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%943 = erf %942 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%944 = broadcast %322 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%945 = add %944, %943 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%946 = mul %940, %945 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%947 = cast %946 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%948 = matmul %947, %639 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%949 = broadcast %128 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%950 = cast %948 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%951 = add %950, %949 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%952 = add %916, %951 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%953 = concat %952, %476 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%954 = reduce_sum %953 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%955 = div %954, %805 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%956 = broadcast %955 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%957 = sub %953, %956 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%958 = mul %957, %957 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%959 = reduce_sum %958 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%960 = div %959, %805 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%961 = add %960, %812 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%962 = rsqrt %961 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%963 = broadcast %962 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%964 = mul %957, %963 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%965 = broadcast %129 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%966 = mul %964, %965 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%967 = broadcast %130 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%968 = add %966, %967 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%969 = cast %968 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%970 = slice %969 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%971 = matmul %970, %663 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%972 = broadcast %132 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%973 = cast %971 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%974 = add %973, %972 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%975 = matmul %969, %668 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%976 = broadcast %134 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%977 = cast %975 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%978 = add %977, %976 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%979 = matmul %969, %673 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%980 = broadcast %136 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%981 = cast %979 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%982 = add %981, %980 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%983 = cast %974 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%984 = reshape %983 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%985 = permute %984 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%986 = cast %978 : bf16[4,17,16] @ models/lib/nn.yaml:55:23
%987 = reshape %986 : bf16[4,17,2,8] @ models/lib/vit.yaml:79:22
%988 = permute %987 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:79:14
%989 = cast %985 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%990 = cast %988 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%991 = permute %990 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%992 = slice %989 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%993 = broadcast %992 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%994 = slice %991 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%995 = mul %993, %994 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%996 = slice %989 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%997 = broadcast %996 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%998 = slice %991 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%999 = mul %997, %998 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1000 = add %995, %999 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1001 = slice %989 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1002 = broadcast %1001 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1003 = slice %991 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1004 = mul %1002, %1003 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1005 = add %1000, %1004 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1006 = slice %989 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1007 = broadcast %1006 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1008 = slice %991 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1009 = mul %1007, %1008 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1010 = add %1005, %1009 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1011 = slice %989 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1012 = broadcast %1011 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1013 = slice %991 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1014 = mul %1012, %1013 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1015 = add %1010, %1014 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1016 = slice %989 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1017 = broadcast %1016 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1018 = slice %991 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1019 = mul %1017, %1018 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1020 = add %1015, %1019 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1021 = slice %989 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1022 = broadcast %1021 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1023 = slice %991 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1024 = mul %1022, %1023 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1025 = add %1020, %1024 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1026 = slice %989 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1027 = broadcast %1026 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1028 = slice %991 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1029 = mul %1027, %1028 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1030 = add %1025, %1029 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1031 = cast %1030 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1032 = cast %1031 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1033 = mul %1032, %884 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1034 = reduce_max %1033 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1035 = stop_gradient %1034 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1036 = broadcast %1035 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1037 = mul %1032, %884 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1038 = sub %1037, %1036 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1039 = exp %1038 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1040 = reduce_sum %1039 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1041 = broadcast %1040 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1042 = exp %1038 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1043 = div %1042, %1041 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1044 = cast %1043 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%1045 = cast %982 : bf16[4,17,16] @ models/lib/nn.yaml:56:23
%1046 = reshape %1045 : bf16[4,17,2,8] @ models/lib/vit.yaml:80:22
%1047 = permute %1046 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:80:14
%1048 = cast %1044 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1049 = cast %1047 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%1050 = reshape %1048 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%1051 = broadcast %1050 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1052 = reshape %1049 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1053 = broadcast %1052 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1054 = mul %1051, %1053 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1055 = reduce_sum %1054 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1056 = cast %1055 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%1057 = permute %1056 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%1058 = reshape %1057 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%1059 = matmul %1058, %762 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1060 = broadcast %138 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1061 = cast %1059 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1062 = add %1061, %1060 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1063 = add %952, %1062 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1064 = reduce_sum %1063 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1065 = div %1064, %918 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1066 = broadcast %1065 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1067 = sub %1063, %1066 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1068 = mul %1067, %1067 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1069 = reduce_sum %1068 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1070 = div %1069, %918 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1071 = add %1070, %925 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1072 = rsqrt %1071 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1073 = broadcast %1072 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1074 = mul %1067, %1073 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1075 = broadcast %139 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1076 = mul %1074, %1075 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1077 = broadcast %140 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1078 = add %1076, %1077 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1079 = cast %1078 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1080 = matmul %1079, %784 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1081 = broadcast %142 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1082 = cast %1080 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1083 = add %1082, %1081 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1084 = mul %939, %1083 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1085 = mul %1083, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1086 = erf %1085 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1087 = add %944, %1086 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1088 = mul %1084, %1087 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1089 = cast %1088 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1090 = matmul %1089, %795 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1091 = broadcast %144 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1092 = cast %1090 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1093 = add %1092, %1091 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1094 = add %1063, %1093 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1095 = concat %1094, %801 axis=1 : f32[4,17,16] @ models/dino_pass.yaml:109:30
%1096 = reduce_sum %1095 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1097 = div %1096, %805 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1098 = broadcast %1097 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1099 = sub %1095, %1098 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1100 = mul %1099, %1099 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1101 = reduce_sum %1100 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1102 = div %1101, %805 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1103 = add %1102, %812 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1104 = rsqrt %1103 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1105 = broadcast %1104 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1106 = mul %1099, %1105 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1107 = broadcast %145 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1108 = mul %1106, %1107 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1109 = broadcast %146 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1110 = add %1108, %1109 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1111 = cast %1110 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%1112 = slice %1111 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/dino_pass.yaml:110:28
%1113 = cast %147 : bf16[24,16] @ models/lib/nn.yaml:83:15
%1114 = matmul %1112, %1113 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1115 = broadcast %148 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1116 = cast %1114 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1117 = add %1116, %1115 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1118 = broadcast %315 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1119 = mul %1118, %1117 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1120 = broadcast %318 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1121 = mul %1117, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1122 = erf %1121 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1123 = broadcast %322 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1124 = add %1123, %1122 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1125 = mul %1119, %1124 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1126 = cast %1125 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1127 = cast %149 : bf16[24,24] @ models/lib/nn.yaml:83:15
%1128 = matmul %1126, %1127 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1129 = broadcast %150 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1130 = cast %1128 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1131 = add %1130, %1129 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1132 = mul %1118, %1131 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1133 = mul %1131, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1134 = erf %1133 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1135 = add %1123, %1134 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1136 = mul %1132, %1135 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1137 = cast %1136 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1138 = cast %151 : bf16[8,24] @ models/lib/nn.yaml:83:15
%1139 = matmul %1137, %1138 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%1140 = broadcast %152 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1141 = cast %1139 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1142 = add %1141, %1140 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1143 = mul %1142, %1142 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%1144 = reduce_sum %1143 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1145 = sqrt %1144 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1146 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1147 = broadcast %1146 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1148 = max %1145, %1147 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1149 = broadcast %1148 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1150 = div %1142, %1149 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1151 = broadcast %153 : f32[32,8] @ models/lib/dino.yaml:22:22
%1152 = mul %1151, %154 : f32[32,8] @ models/lib/dino.yaml:22:22
%1153 = mul %154, %154 : f32[32,8] @ models/lib/dino.yaml:22:53
%1154 = reduce_sum %1153 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%1155 = sqrt %1154 : f32[32,1] @ models/lib/dino.yaml:22:35
%1156 = broadcast %1155 : f32[32,8] @ models/lib/dino.yaml:22:33
%1157 = div %1152, %1156 : f32[32,8] @ models/lib/dino.yaml:22:33
%1158 = cast %1150 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%1159 = cast %1157 : bf16[32,8] @ models/lib/dino.yaml:23:18
%1160 = matmul %1158, %1159 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%1161 = slice %1111 lo=[0,1,0] hi=[4,17,16] : bf16[4,16,16] @ models/dino_pass.yaml:110:46
%1162 = cast %155 : bf16[24,16] @ models/lib/nn.yaml:83:15
%1163 = matmul %1161, %1162 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%1164 = broadcast %156 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1165 = cast %1163 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1166 = add %1165, %1164 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1167 = broadcast %315 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1168 = mul %1167, %1166 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1169 = broadcast %318 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1170 = mul %1166, %1169 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1171 = erf %1170 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%1172 = broadcast %322 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1173 = add %1172, %1171 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1174 = mul %1168, %1173 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%1175 = cast %1174 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%1176 = cast %157 : bf16[24,24] @ models/lib/nn.yaml:83:15
%1177 = matmul %1175, %1176 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%1178 = broadcast %158 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1179 = cast %1177 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1180 = add %1179, %1178 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1181 = mul %1167, %1180 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1182 = mul %1180, %1169 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1183 = erf %1182 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%1184 = add %1172, %1183 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1185 = mul %1181, %1184 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%1186 = cast %1185 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%1187 = cast %159 : bf16[8,24] @ models/lib/nn.yaml:83:15
%1188 = matmul %1186, %1187 ta=0 tb=1 : bf16[4,16,8] @ models/lib/nn.yaml:83:15
%1189 = broadcast %160 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1190 = cast %1188 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1191 = add %1190, %1189 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1192 = mul %1191, %1191 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%1193 = reduce_sum %1192 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%1194 = sqrt %1193 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%1195 = broadcast %1146 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%1196 = max %1194, %1195 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%1197 = broadcast %1196 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%1198 = div %1191, %1197 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%1199 = broadcast %161 : f32[16,8] @ models/lib/dino.yaml:22:22
%1200 = mul %1199, %162 : f32[16,8] @ models/lib/dino.yaml:22:22
%1201 = mul %162, %162 : f32[16,8] @ models/lib/dino.yaml:22:53
%1202 = reduce_sum %1201 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%1203 = sqrt %1202 : f32[16,1] @ models/lib/dino.yaml:22:35
%1204 = broadcast %1203 : f32[16,8] @ models/lib/dino.yaml:22:33
%1205 = div %1200, %1204 : f32[16,8] @ models/lib/dino.yaml:22:33
%1206 = cast %1198 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%1207 = cast %1205 : bf16[16,8] @ models/lib/dino.yaml:23:18
%1208 = matmul %1206, %1207 ta=0 tb=1 : bf16[4,16,16] @ models/lib/dino.yaml:23:18
%1209 = cast %1160 : f32[4,1,32] @ models/dino_pass.yaml:131:20
%1210 = slice %1209 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1211 = slice %1209 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1212 = cast %1208 : f32[4,16,16] @ models/dino_pass.yaml:131:27
%1213 = slice %1212 lo=[0,0,0] hi=[2,16,16] : f32[2,16,16] @ models/dino_pass.yaml:131:27
%1214 = slice %1212 lo=[2,0,0] hi=[4,16,16] : f32[2,16,16] @ models/dino_pass.yaml:131:27
%1215 = cast %6 : bf16[4,3,12,12] @ models/lib/vit.yaml:17:18
%1216 = reshape %1215 : bf16[4,3,3,4,3,4] @ models/lib/vit.yaml:15:21
%1217 = permute %1216 perm=[0,2,4,1,3,5] : bf16[4,3,3,3,4,4] @ models/lib/vit.yaml:15:13
%1218 = reshape %1217 : bf16[4,9,48] @ models/lib/vit.yaml:16:13
%1219 = matmul %1218, %170 ta=0 tb=1 : bf16[4,9,16] @ models/lib/vit.yaml:17:18
%1220 = broadcast %87 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1221 = cast %1219 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1222 = add %1221, %1220 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1223 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%1224 = reshape %85 : f32[4,64] @ models/lib/vit.yaml:32:17
%1225 = cast %1223 : bf16[3,4] @ models/lib/vit.yaml:32:15
%1226 = cast %1224 : bf16[4,64] @ models/lib/vit.yaml:32:15
%1227 = matmul %1225, %1226 ta=0 tb=0 : bf16[3,64] @ models/lib/vit.yaml:32:15
%1228 = reshape %1227 : bf16[3,4,16] @ models/lib/vit.yaml:33:21
%1229 = permute %1228 perm=[1,0,2] : bf16[4,3,16] @ models/lib/vit.yaml:33:13
%1230 = reshape %1229 : bf16[4,48] @ models/lib/vit.yaml:34:17
%1231 = matmul %1225, %1230 ta=0 tb=0 : bf16[3,48] @ models/lib/vit.yaml:34:15
%1232 = cast %1231 : f32[3,48] @ models/lib/vit.yaml:35:21
%1233 = reshape %1232 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%1234 = permute %1233 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%1235 = reshape %1234 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%1236 = broadcast %1235 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%1237 = add %1222, %1236 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%1238 = reduce_sum %1237 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1239 = broadcast %178 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1240 = div %1238, %1239 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1241 = broadcast %1240 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1242 = sub %1237, %1241 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1243 = mul %1242, %1242 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1244 = reduce_sum %1243 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1245 = div %1244, %1239 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1246 = broadcast %186 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1247 = add %1245, %1246 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1248 = rsqrt %1247 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1249 = broadcast %1248 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1250 = mul %1242, %1249 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1251 = broadcast %88 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1252 = mul %1250, %1251 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1253 = broadcast %89 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1254 = add %1252, %1253 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1255 = cast %1254 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1256 = matmul %1255, %197 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%1257 = broadcast %91 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1258 = cast %1256 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1259 = add %1258, %1257 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1260 = cast %1259 : bf16[4,9,48] @ models/lib/nn.yaml:55:23
%1261 = reshape %1260 : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1262 = permute %1261 perm=[2,0,3,1,4] : bf16[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1263 = slice %1262 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1264 = reshape %1263 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:28
%1265 = slice %1262 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1266 = reshape %1265 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:34
%1267 = cast %1264 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1268 = cast %1266 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1269 = permute %1268 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%1270 = slice %1267 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1271 = broadcast %1270 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1272 = slice %1269 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1273 = broadcast %1272 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1274 = mul %1271, %1273 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1275 = slice %1267 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1276 = broadcast %1275 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1277 = slice %1269 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1278 = broadcast %1277 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1279 = mul %1276, %1278 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1280 = add %1274, %1279 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1281 = slice %1267 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1282 = broadcast %1281 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1283 = slice %1269 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1284 = broadcast %1283 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1285 = mul %1282, %1284 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1286 = add %1280, %1285 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1287 = slice %1267 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1288 = broadcast %1287 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1289 = slice %1269 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1290 = broadcast %1289 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1291 = mul %1288, %1290 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1292 = add %1286, %1291 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1293 = slice %1267 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1294 = broadcast %1293 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1295 = slice %1269 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1296 = broadcast %1295 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1297 = mul %1294, %1296 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1298 = add %1292, %1297 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1299 = slice %1267 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1300 = broadcast %1299 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1301 = slice %1269 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1302 = broadcast %1301 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1303 = mul %1300, %1302 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1304 = add %1298, %1303 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1305 = slice %1267 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1306 = broadcast %1305 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1307 = slice %1269 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1308 = broadcast %1307 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1309 = mul %1306, %1308 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1310 = add %1304, %1309 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1311 = slice %1267 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1312 = broadcast %1311 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1313 = slice %1269 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1314 = broadcast %1313 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1315 = mul %1312, %1314 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1316 = add %1310, %1315 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1317 = cast %1316 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%1318 = broadcast %260 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1319 = cast %1317 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1320 = mul %1319, %1318 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1321 = reduce_max %1320 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1322 = stop_gradient %1321 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1323 = broadcast %1322 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1324 = mul %1319, %1318 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1325 = sub %1324, %1323 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1326 = exp %1325 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1327 = reduce_sum %1326 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1328 = broadcast %1327 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1329 = exp %1325 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1330 = div %1329, %1328 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1331 = cast %1330 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%1332 = slice %1262 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1333 = reshape %1332 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:40
%1334 = cast %1331 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%1335 = cast %1333 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1336 = reshape %1334 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1337 = broadcast %1336 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1338 = reshape %1335 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%1339 = broadcast %1338 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1340 = mul %1337, %1339 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1341 = reduce_sum %1340 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1342 = cast %1341 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%1343 = permute %1342 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%1344 = reshape %1343 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%1345 = matmul %1344, %288 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1346 = broadcast %93 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1347 = cast %1345 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1348 = add %1347, %1346 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1349 = add %1237, %1348 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1350 = reduce_sum %1349 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1351 = div %1350, %1239 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1352 = broadcast %1351 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1353 = sub %1349, %1352 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1354 = mul %1353, %1353 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1355 = reduce_sum %1354 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1356 = div %1355, %1239 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1357 = add %1356, %1246 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1358 = rsqrt %1357 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1359 = broadcast %1358 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1360 = mul %1353, %1359 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1361 = broadcast %94 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1362 = mul %1360, %1361 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1363 = broadcast %95 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1364 = add %1362, %1363 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1365 = cast %1364 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1366 = matmul %1365, %310 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1367 = broadcast %97 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1368 = cast %1366 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1369 = add %1368, %1367 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1370 = broadcast %315 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1371 = mul %1370, %1369 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1372 = broadcast %318 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1373 = mul %1369, %1372 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1374 = erf %1373 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1375 = broadcast %322 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1376 = add %1375, %1374 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1377 = mul %1371, %1376 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1378 = cast %1377 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1379 = matmul %1378, %327 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1380 = broadcast %99 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1381 = cast %1379 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1382 = add %1381, %1380 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1383 = add %1349, %1382 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1384 = reduce_sum %1383 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1385 = div %1384, %1239 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1386 = broadcast %1385 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1387 = sub %1383, %1386 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1388 = mul %1387, %1387 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1389 = reduce_sum %1388 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1390 = div %1389, %1239 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1391 = add %1390, %1246 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1392 = rsqrt %1391 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1393 = broadcast %1392 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1394 = mul %1387, %1393 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1395 = broadcast %100 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1396 = mul %1394, %1395 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1397 = broadcast %101 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1398 = add %1396, %1397 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1399 = cast %1398 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1400 = matmul %1399, %349 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%1401 = broadcast %103 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1402 = cast %1400 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1403 = add %1402, %1401 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1404 = cast %1403 : bf16[4,9,48] @ models/lib/nn.yaml:55:23
%1405 = reshape %1404 : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1406 = permute %1405 perm=[2,0,3,1,4] : bf16[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1407 = slice %1406 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1408 = reshape %1407 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:28
%1409 = slice %1406 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1410 = reshape %1409 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:34
%1411 = cast %1408 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1412 = cast %1410 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1413 = permute %1412 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%1414 = slice %1411 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1415 = broadcast %1414 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1416 = slice %1413 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1417 = broadcast %1416 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1418 = mul %1415, %1417 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1419 = slice %1411 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1420 = broadcast %1419 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1421 = slice %1413 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1422 = broadcast %1421 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1423 = mul %1420, %1422 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1424 = add %1418, %1423 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1425 = slice %1411 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1426 = broadcast %1425 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1427 = slice %1413 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1428 = broadcast %1427 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1429 = mul %1426, %1428 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1430 = add %1424, %1429 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1431 = slice %1411 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1432 = broadcast %1431 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1433 = slice %1413 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1434 = broadcast %1433 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1435 = mul %1432, %1434 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1436 = add %1430, %1435 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1437 = slice %1411 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1438 = broadcast %1437 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1439 = slice %1413 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1440 = broadcast %1439 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1441 = mul %1438, %1440 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1442 = add %1436, %1441 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1443 = slice %1411 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1444 = broadcast %1443 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1445 = slice %1413 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1446 = broadcast %1445 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1447 = mul %1444, %1446 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1448 = add %1442, %1447 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1449 = slice %1411 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1450 = broadcast %1449 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1451 = slice %1413 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1452 = broadcast %1451 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1453 = mul %1450, %1452 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1454 = add %1448, %1453 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1455 = slice %1411 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1456 = broadcast %1455 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1457 = slice %1413 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1458 = broadcast %1457 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1459 = mul %1456, %1458 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1460 = add %1454, %1459 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1461 = cast %1460 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%1462 = cast %1461 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1463 = mul %1462, %1318 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1464 = reduce_max %1463 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1465 = stop_gradient %1464 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1466 = broadcast %1465 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1467 = mul %1462, %1318 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1468 = sub %1467, %1466 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1469 = exp %1468 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1470 = reduce_sum %1469 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1471 = broadcast %1470 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1472 = exp %1468 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1473 = div %1472, %1471 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1474 = cast %1473 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%1475 = slice %1406 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1476 = reshape %1475 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:40
%1477 = cast %1474 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%1478 = cast %1476 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1479 = reshape %1477 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1480 = broadcast %1479 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1481 = reshape %1478 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%1482 = broadcast %1481 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1483 = mul %1480, %1482 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1484 = reduce_sum %1483 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1485 = cast %1484 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%1486 = permute %1485 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%1487 = reshape %1486 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%1488 = matmul %1487, %438 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1489 = broadcast %105 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1490 = cast %1488 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1491 = add %1490, %1489 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1492 = add %1383, %1491 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1493 = reduce_sum %1492 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1494 = div %1493, %1239 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1495 = broadcast %1494 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1496 = sub %1492, %1495 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1497 = mul %1496, %1496 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1498 = reduce_sum %1497 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1499 = div %1498, %1239 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1500 = add %1499, %1246 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1501 = rsqrt %1500 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1502 = broadcast %1501 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1503 = mul %1496, %1502 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1504 = broadcast %106 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1505 = mul %1503, %1504 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1506 = broadcast %107 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1507 = add %1505, %1506 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1508 = cast %1507 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1509 = matmul %1508, %460 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1510 = broadcast %109 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1511 = cast %1509 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1512 = add %1511, %1510 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1513 = mul %1370, %1512 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1514 = mul %1512, %1372 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1515 = erf %1514 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1516 = add %1375, %1515 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1517 = mul %1513, %1516 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1518 = cast %1517 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1519 = matmul %1518, %471 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1520 = broadcast %111 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1521 = cast %1519 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1522 = add %1521, %1520 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1523 = add %1492, %1522 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1524 = grid_neighbors n=3 size=3 : i32[9,8] @ models/dino_pass.yaml:61:16
%1525 = neighbor_topk_gather %1523, %1524 k=2 : f32[4,9,2,16] @ models/dino_pass.yaml:77:16
%1526 = reshape %1525 : f32[36,2,16] @ models/dino_pass.yaml:87:23
%1527 = broadcast %112 : f32[36,1,16] @ models/lib/vit.yaml:116:31
%1528 = concat %1527, %1526 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1529 = reduce_sum %1528 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1530 = broadcast %178 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1531 = div %1529, %1530 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1532 = broadcast %1531 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1533 = sub %1528, %1532 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1534 = mul %1533, %1533 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1535 = reduce_sum %1534 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1536 = div %1535, %1530 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1537 = broadcast %186 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1538 = add %1536, %1537 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1539 = rsqrt %1538 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1540 = broadcast %1539 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1541 = mul %1533, %1540 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1542 = broadcast %113 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1543 = mul %1541, %1542 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1544 = broadcast %114 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1545 = add %1543, %1544 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1546 = cast %1545 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1547 = slice %1546 lo=[0,0,0] hi=[36,1,16] : bf16[36,1,16] @ models/lib/vit.yaml:78:33
%1548 = matmul %1547, %501 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1549 = broadcast %116 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1550 = cast %1548 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1551 = add %1550, %1549 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1552 = matmul %1546, %506 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1553 = broadcast %118 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1554 = cast %1552 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1555 = add %1554, %1553 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1556 = matmul %1546, %511 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1557 = broadcast %120 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1558 = cast %1556 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1559 = add %1558, %1557 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1560 = cast %1551 : bf16[36,1,16] @ models/lib/nn.yaml:55:23
%1561 = reshape %1560 : bf16[36,1,2,8] @ models/lib/vit.yaml:78:22
%1562 = permute %1561 perm=[0,2,1,3] : bf16[36,2,1,8] @ models/lib/vit.yaml:78:14
%1563 = cast %1555 : bf16[36,3,16] @ models/lib/nn.yaml:55:23
%1564 = reshape %1563 : bf16[36,3,2,8] @ models/lib/vit.yaml:79:22
%1565 = permute %1564 perm=[0,2,1,3] : bf16[36,2,3,8] @ models/lib/vit.yaml:79:14
%1566 = cast %1562 : f32[36,2,1,8] @ models/lib/nn.yaml:55:23
%1567 = cast %1565 : f32[36,2,3,8] @ models/lib/nn.yaml:55:23
%1568 = permute %1567 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1569 = slice %1566 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1570 = broadcast %1569 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1571 = slice %1568 lo=[0,0,0,0] hi=[36,2,1,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1572 = mul %1570, %1571 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1573 = slice %1566 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1574 = broadcast %1573 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1575 = slice %1568 lo=[0,0,1,0] hi=[36,2,2,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1576 = mul %1574, %1575 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1577 = add %1572, %1576 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1578 = slice %1566 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1579 = broadcast %1578 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1580 = slice %1568 lo=[0,0,2,0] hi=[36,2,3,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1581 = mul %1579, %1580 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1582 = add %1577, %1581 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1583 = slice %1566 lo=[0,0,0,3] hi=[36,2,1,4] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1584 = broadcast %1583 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1585 = slice %1568 lo=[0,0,3,0] hi=[36,2,4,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1586 = mul %1584, %1585 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1587 = add %1582, %1586 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1588 = slice %1566 lo=[0,0,0,4] hi=[36,2,1,5] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1589 = broadcast %1588 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1590 = slice %1568 lo=[0,0,4,0] hi=[36,2,5,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1591 = mul %1589, %1590 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1592 = add %1587, %1591 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1593 = slice %1566 lo=[0,0,0,5] hi=[36,2,1,6] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1594 = broadcast %1593 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1595 = slice %1568 lo=[0,0,5,0] hi=[36,2,6,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1596 = mul %1594, %1595 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1597 = add %1592, %1596 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1598 = slice %1566 lo=[0,0,0,6] hi=[36,2,1,7] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1599 = broadcast %1598 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1600 = slice %1568 lo=[0,0,6,0] hi=[36,2,7,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1601 = mul %1599, %1600 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1602 = add %1597, %1601 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1603 = slice %1566 lo=[0,0,0,7] hi=[36,2,1,8] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1604 = broadcast %1603 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1605 = slice %1568 lo=[0,0,7,0] hi=[36,2,8,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1606 = mul %1604, %1605 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1607 = add %1602, %1606 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1608 = cast %1607 : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1609 = broadcast %260 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1610 = cast %1608 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1611 = mul %1610, %1609 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1612 = reduce_max %1611 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1613 = stop_gradient %1612 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1614 = broadcast %1613 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1615 = mul %1610, %1609 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1616 = sub %1615, %1614 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1617 = exp %1616 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1618 = reduce_sum %1617 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1619 = broadcast %1618 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1620 = exp %1616 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1621 = div %1620, %1619 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1622 = cast %1621 : bf16[36,2,1,3] @ models/lib/nn.yaml:56:23
%1623 = cast %1559 : bf16[36,3,16] @ models/lib/nn.yaml:56:23
%1624 = reshape %1623 : bf16[36,3,2,8] @ models/lib/vit.yaml:80:22
%1625 = permute %1624 perm=[0,2,1,3] : bf16[36,2,3,8] @ models/lib/vit.yaml:80:14
%1626 = cast %1622 : f32[36,2,1,3] @ models/lib/nn.yaml:56:23
%1627 = cast %1625 : f32[36,2,3,8] @ models/lib/nn.yaml:56:23
%1628 = slice %1626 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1629 = broadcast %1628 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1630 = slice %1627 lo=[0,0,0,0] hi=[36,2,1,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1631 = mul %1629, %1630 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1632 = slice %1626 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1633 = broadcast %1632 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1634 = slice %1627 lo=[0,0,1,0] hi=[36,2,2,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1635 = mul %1633, %1634 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1636 = add %1631, %1635 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1637 = slice %1626 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1638 = broadcast %1637 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1639 = slice %1627 lo=[0,0,2,0] hi=[36,2,3,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1640 = mul %1638, %1639 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1641 = add %1636, %1640 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1642 = cast %1641 : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1643 = permute %1642 perm=[0,2,1,3] : bf16[36,1,2,8] @ models/lib/nn.yaml:56:13
%1644 = reshape %1643 : bf16[36,1,16] @ models/lib/nn.yaml:57:16
%1645 = matmul %1644, %601 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1646 = broadcast %122 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1647 = cast %1645 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1648 = add %1647, %1646 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1649 = add %1527, %1648 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1650 = reduce_sum %1649 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1651 = broadcast %178 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1652 = div %1650, %1651 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1653 = broadcast %1652 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1654 = sub %1649, %1653 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1655 = mul %1654, %1654 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1656 = reduce_sum %1655 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1657 = div %1656, %1651 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1658 = broadcast %186 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1659 = add %1657, %1658 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1660 = rsqrt %1659 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1661 = broadcast %1660 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1662 = mul %1654, %1661 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1663 = broadcast %123 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1664 = mul %1662, %1663 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1665 = broadcast %124 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1666 = add %1664, %1665 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1667 = cast %1666 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1668 = matmul %1667, %625 ta=0 tb=1 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1669 = broadcast %126 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1670 = cast %1668 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1671 = add %1670, %1669 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1672 = broadcast %315 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1673 = mul %1672, %1671 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1674 = broadcast %318 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1675 = mul %1671, %1674 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1676 = erf %1675 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1677 = broadcast %322 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1678 = add %1677, %1676 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1679 = mul %1673, %1678 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1680 = cast %1679 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1681 = matmul %1680, %639 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1682 = broadcast %128 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1683 = cast %1681 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1684 = add %1683, %1682 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1685 = add %1649, %1684 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1686 = concat %1685, %1526 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1687 = reduce_sum %1686 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1688 = div %1687, %1530 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1689 = broadcast %1688 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1690 = sub %1686, %1689 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1691 = mul %1690, %1690 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1692 = reduce_sum %1691 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1693 = div %1692, %1530 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1694 = add %1693, %1537 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1695 = rsqrt %1694 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1696 = broadcast %1695 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1697 = mul %1690, %1696 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1698 = broadcast %129 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1699 = mul %1697, %1698 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1700 = broadcast %130 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1701 = add %1699, %1700 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1702 = cast %1701 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1703 = slice %1702 lo=[0,0,0] hi=[36,1,16] : bf16[36,1,16] @ models/lib/vit.yaml:78:33
%1704 = matmul %1703, %663 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1705 = broadcast %132 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1706 = cast %1704 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1707 = add %1706, %1705 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1708 = matmul %1702, %668 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1709 = broadcast %134 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1710 = cast %1708 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1711 = add %1710, %1709 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1712 = matmul %1702, %673 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1713 = broadcast %136 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1714 = cast %1712 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1715 = add %1714, %1713 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1716 = cast %1707 : bf16[36,1,16] @ models/lib/nn.yaml:55:23
%1717 = reshape %1716 : bf16[36,1,2,8] @ models/lib/vit.yaml:78:22
%1718 = permute %1717 perm=[0,2,1,3] : bf16[36,2,1,8] @ models/lib/vit.yaml:78:14
%1719 = cast %1711 : bf16[36,3,16] @ models/lib/nn.yaml:55:23
%1720 = reshape %1719 : bf16[36,3,2,8] @ models/lib/vit.yaml:79:22
%1721 = permute %1720 perm=[0,2,1,3] : bf16[36,2,3,8] @ models/lib/vit.yaml:79:14
%1722 = cast %1718 : f32[36,2,1,8] @ models/lib/nn.yaml:55:23
%1723 = cast %1721 : f32[36,2,3,8] @ models/lib/nn.yaml:55:23
%1724 = permute %1723 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1725 = slice %1722 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1726 = broadcast %1725 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1727 = slice %1724 lo=[0,0,0,0] hi=[36,2,1,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1728 = mul %1726, %1727 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1729 = slice %1722 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1730 = broadcast %1729 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1731 = slice %1724 lo=[0,0,1,0] hi=[36,2,2,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1732 = mul %1730, %1731 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1733 = add %1728, %1732 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1734 = slice %1722 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1735 = broadcast %1734 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1736 = slice %1724 lo=[0,0,2,0] hi=[36,2,3,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1737 = mul %1735, %1736 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1738 = add %1733, %1737 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1739 = slice %1722 lo=[0,0,0,3] hi=[36,2,1,4] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1740 = broadcast %1739 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1741 = slice %1724 lo=[0,0,3,0] hi=[36,2,4,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1742 = mul %1740, %1741 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1743 = add %1738, %1742 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1744 = slice %1722 lo=[0,0,0,4] hi=[36,2,1,5] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1745 = broadcast %1744 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1746 = slice %1724 lo=[0,0,4,0] hi=[36,2,5,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1747 = mul %1745, %1746 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1748 = add %1743, %1747 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1749 = slice %1722 lo=[0,0,0,5] hi=[36,2,1,6] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1750 = broadcast %1749 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1751 = slice %1724 lo=[0,0,5,0] hi=[36,2,6,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1752 = mul %1750, %1751 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1753 = add %1748, %1752 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1754 = slice %1722 lo=[0,0,0,6] hi=[36,2,1,7] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1755 = broadcast %1754 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1756 = slice %1724 lo=[0,0,6,0] hi=[36,2,7,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1757 = mul %1755, %1756 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1758 = add %1753, %1757 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1759 = slice %1722 lo=[0,0,0,7] hi=[36,2,1,8] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1760 = broadcast %1759 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1761 = slice %1724 lo=[0,0,7,0] hi=[36,2,8,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1762 = mul %1760, %1761 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1763 = add %1758, %1762 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1764 = cast %1763 : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1765 = cast %1764 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1766 = mul %1765, %1609 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1767 = reduce_max %1766 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1768 = stop_gradient %1767 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1769 = broadcast %1768 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1770 = mul %1765, %1609 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1771 = sub %1770, %1769 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1772 = exp %1771 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1773 = reduce_sum %1772 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1774 = broadcast %1773 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1775 = exp %1771 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1776 = div %1775, %1774 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1777 = cast %1776 : bf16[36,2,1,3] @ models/lib/nn.yaml:56:23
%1778 = cast %1715 : bf16[36,3,16] @ models/lib/nn.yaml:56:23
%1779 = reshape %1778 : bf16[36,3,2,8] @ models/lib/vit.yaml:80:22
%1780 = permute %1779 perm=[0,2,1,3] : bf16[36,2,3,8] @ models/lib/vit.yaml:80:14
%1781 = cast %1777 : f32[36,2,1,3] @ models/lib/nn.yaml:56:23
%1782 = cast %1780 : f32[36,2,3,8] @ models/lib/nn.yaml:56:23
%1783 = slice %1781 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1784 = broadcast %1783 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1785 = slice %1782 lo=[0,0,0,0] hi=[36,2,1,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1786 = mul %1784, %1785 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1787 = slice %1781 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1788 = broadcast %1787 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1789 = slice %1782 lo=[0,0,1,0] hi=[36,2,2,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1790 = mul %1788, %1789 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1791 = add %1786, %1790 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1792 = slice %1781 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1793 = broadcast %1792 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1794 = slice %1782 lo=[0,0,2,0] hi=[36,2,3,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1795 = mul %1793, %1794 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1796 = add %1791, %1795 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1797 = cast %1796 : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1798 = permute %1797 perm=[0,2,1,3] : bf16[36,1,2,8] @ models/lib/nn.yaml:56:13
%1799 = reshape %1798 : bf16[36,1,16] @ models/lib/nn.yaml:57:16
%1800 = matmul %1799, %762 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1801 = broadcast %138 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1802 = cast %1800 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1803 = add %1802, %1801 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1804 = add %1685, %1803 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1805 = reduce_sum %1804 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1806 = div %1805, %1651 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1807 = broadcast %1806 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1808 = sub %1804, %1807 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1809 = mul %1808, %1808 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1810 = reduce_sum %1809 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1811 = div %1810, %1651 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1812 = add %1811, %1658 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1813 = rsqrt %1812 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1814 = broadcast %1813 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1815 = mul %1808, %1814 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1816 = broadcast %139 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1817 = mul %1815, %1816 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1818 = broadcast %140 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1819 = add %1817, %1818 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1820 = cast %1819 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1821 = matmul %1820, %784 ta=0 tb=1 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1822 = broadcast %142 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1823 = cast %1821 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1824 = add %1823, %1822 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1825 = mul %1672, %1824 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1826 = mul %1824, %1674 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1827 = erf %1826 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1828 = add %1677, %1827 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1829 = mul %1825, %1828 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1830 = cast %1829 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1831 = matmul %1830, %795 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1832 = broadcast %144 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1833 = cast %1831 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1834 = add %1833, %1832 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1835 = add %1804, %1834 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1836 = reshape %1835 : f32[4,9,16] @ models/dino_pass.yaml:88:16
%1837 = concat %802, %1523 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%1838 = reduce_sum %1837 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1839 = broadcast %178 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1840 = div %1838, %1839 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1841 = broadcast %1840 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1842 = sub %1837, %1841 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1843 = mul %1842, %1842 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1844 = reduce_sum %1843 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1845 = div %1844, %1839 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1846 = broadcast %186 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1847 = add %1845, %1846 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1848 = rsqrt %1847 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1849 = broadcast %1848 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1850 = mul %1842, %1849 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1851 = broadcast %113 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1852 = mul %1850, %1851 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1853 = broadcast %114 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1854 = add %1852, %1853 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1855 = cast %1854 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1856 = slice %1855 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%1857 = matmul %1856, %501 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1858 = cast %1857 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1859 = add %1858, %824 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1860 = matmul %1855, %506 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1861 = broadcast %118 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1862 = cast %1860 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1863 = add %1862, %1861 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1864 = matmul %1855, %511 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1865 = broadcast %120 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1866 = cast %1864 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1867 = add %1866, %1865 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1868 = cast %1859 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%1869 = reshape %1868 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%1870 = permute %1869 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%1871 = cast %1863 : bf16[4,10,16] @ models/lib/nn.yaml:55:23
%1872 = reshape %1871 : bf16[4,10,2,8] @ models/lib/vit.yaml:79:22
%1873 = permute %1872 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:79:14
%1874 = cast %1870 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%1875 = cast %1873 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1876 = permute %1875 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%1877 = slice %1874 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1878 = broadcast %1877 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1879 = slice %1876 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1880 = mul %1878, %1879 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1881 = slice %1874 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1882 = broadcast %1881 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1883 = slice %1876 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1884 = mul %1882, %1883 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1885 = add %1880, %1884 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1886 = slice %1874 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1887 = broadcast %1886 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1888 = slice %1876 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1889 = mul %1887, %1888 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1890 = add %1885, %1889 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1891 = slice %1874 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1892 = broadcast %1891 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1893 = slice %1876 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1894 = mul %1892, %1893 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1895 = add %1890, %1894 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1896 = slice %1874 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1897 = broadcast %1896 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1898 = slice %1876 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1899 = mul %1897, %1898 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1900 = add %1895, %1899 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1901 = slice %1874 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1902 = broadcast %1901 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1903 = slice %1876 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1904 = mul %1902, %1903 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1905 = add %1900, %1904 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1906 = slice %1874 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1907 = broadcast %1906 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1908 = slice %1876 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1909 = mul %1907, %1908 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1910 = add %1905, %1909 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1911 = slice %1874 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1912 = broadcast %1911 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1913 = slice %1876 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1914 = mul %1912, %1913 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1915 = add %1910, %1914 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1916 = cast %1915 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%1917 = broadcast %260 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1918 = cast %1916 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1919 = mul %1918, %1917 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1920 = reduce_max %1919 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1921 = stop_gradient %1920 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1922 = broadcast %1921 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1923 = mul %1918, %1917 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1924 = sub %1923, %1922 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1925 = exp %1924 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1926 = reduce_sum %1925 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1927 = broadcast %1926 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1928 = exp %1924 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1929 = div %1928, %1927 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1930 = cast %1929 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%1931 = cast %1867 : bf16[4,10,16] @ models/lib/nn.yaml:56:23
%1932 = reshape %1931 : bf16[4,10,2,8] @ models/lib/vit.yaml:80:22
%1933 = permute %1932 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:80:14
%1934 = cast %1930 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1935 = cast %1933 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%1936 = reshape %1934 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%1937 = broadcast %1936 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1938 = reshape %1935 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1939 = broadcast %1938 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1940 = mul %1937, %1939 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1941 = reduce_sum %1940 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1942 = cast %1941 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%1943 = permute %1942 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%1944 = reshape %1943 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%1945 = matmul %1944, %601 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1946 = cast %1945 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1947 = add %1946, %913 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1948 = add %802, %1947 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1949 = reduce_sum %1948 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1950 = div %1949, %918 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1951 = broadcast %1950 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1952 = sub %1948, %1951 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1953 = mul %1952, %1952 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1954 = reduce_sum %1953 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1955 = div %1954, %918 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1956 = add %1955, %925 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1957 = rsqrt %1956 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1958 = broadcast %1957 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1959 = mul %1952, %1958 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1960 = mul %1959, %930 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1961 = add %1960, %932 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1962 = cast %1961 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1963 = matmul %1962, %625 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1964 = cast %1963 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1965 = add %1964, %936 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1966 = mul %939, %1965 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1967 = mul %1965, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1968 = erf %1967 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1969 = add %944, %1968 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1970 = mul %1966, %1969 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1971 = cast %1970 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1972 = matmul %1971, %639 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1973 = cast %1972 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1974 = add %1973, %949 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1975 = add %1948, %1974 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1976 = concat %1975, %1523 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%1977 = reduce_sum %1976 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1978 = div %1977, %1839 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1979 = broadcast %1978 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1980 = sub %1976, %1979 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1981 = mul %1980, %1980 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1982 = reduce_sum %1981 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1983 = div %1982, %1839 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1984 = add %1983, %1846 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1985 = rsqrt %1984 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1986 = broadcast %1985 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1987 = mul %1980, %1986 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1988 = broadcast %129 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1989 = mul %1987, %1988 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1990 = broadcast %130 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1991 = add %1989, %1990 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1992 = cast %1991 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1993 = slice %1992 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%1994 = matmul %1993, %663 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1995 = cast %1994 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1996 = add %1995, %972 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1997 = matmul %1992, %668 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1998 = broadcast %134 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1999 = cast %1997 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2000 = add %1999, %1998 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2001 = matmul %1992, %673 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%2002 = broadcast %136 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2003 = cast %2001 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2004 = add %2003, %2002 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2005 = cast %1996 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%2006 = reshape %2005 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%2007 = permute %2006 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%2008 = cast %2000 : bf16[4,10,16] @ models/lib/nn.yaml:55:23
%2009 = reshape %2008 : bf16[4,10,2,8] @ models/lib/vit.yaml:79:22
%2010 = permute %2009 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:79:14
%2011 = cast %2007 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2012 = cast %2010 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%2013 = permute %2012 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2014 = slice %2011 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2015 = broadcast %2014 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2016 = slice %2013 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2017 = mul %2015, %2016 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2018 = slice %2011 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2019 = broadcast %2018 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2020 = slice %2013 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2021 = mul %2019, %2020 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2022 = add %2017, %2021 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2023 = slice %2011 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2024 = broadcast %2023 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2025 = slice %2013 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2026 = mul %2024, %2025 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2027 = add %2022, %2026 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2028 = slice %2011 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2029 = broadcast %2028 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2030 = slice %2013 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2031 = mul %2029, %2030 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2032 = add %2027, %2031 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2033 = slice %2011 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2034 = broadcast %2033 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2035 = slice %2013 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2036 = mul %2034, %2035 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2037 = add %2032, %2036 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2038 = slice %2011 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2039 = broadcast %2038 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2040 = slice %2013 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2041 = mul %2039, %2040 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2042 = add %2037, %2041 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2043 = slice %2011 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2044 = broadcast %2043 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2045 = slice %2013 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2046 = mul %2044, %2045 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2047 = add %2042, %2046 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2048 = slice %2011 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2049 = broadcast %2048 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2050 = slice %2013 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2051 = mul %2049, %2050 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2052 = add %2047, %2051 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2053 = cast %2052 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2054 = cast %2053 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2055 = mul %2054, %1917 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2056 = reduce_max %2055 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2057 = stop_gradient %2056 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2058 = broadcast %2057 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2059 = mul %2054, %1917 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2060 = sub %2059, %2058 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2061 = exp %2060 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2062 = reduce_sum %2061 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2063 = broadcast %2062 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2064 = exp %2060 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2065 = div %2064, %2063 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2066 = cast %2065 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%2067 = cast %2004 : bf16[4,10,16] @ models/lib/nn.yaml:56:23
%2068 = reshape %2067 : bf16[4,10,2,8] @ models/lib/vit.yaml:80:22
%2069 = permute %2068 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:80:14
%2070 = cast %2066 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%2071 = cast %2069 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%2072 = reshape %2070 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%2073 = broadcast %2072 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2074 = reshape %2071 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2075 = broadcast %2074 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2076 = mul %2073, %2075 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2077 = reduce_sum %2076 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2078 = cast %2077 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2079 = permute %2078 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2080 = reshape %2079 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2081 = matmul %2080, %762 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2082 = cast %2081 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2083 = add %2082, %1060 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2084 = add %1975, %2083 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2085 = reduce_sum %2084 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2086 = div %2085, %918 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2087 = broadcast %2086 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2088 = sub %2084, %2087 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2089 = mul %2088, %2088 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2090 = reduce_sum %2089 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2091 = div %2090, %918 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2092 = add %2091, %925 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2093 = rsqrt %2092 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2094 = broadcast %2093 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2095 = mul %2088, %2094 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2096 = mul %2095, %1075 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2097 = add %2096, %1077 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2098 = cast %2097 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2099 = matmul %2098, %784 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2100 = cast %2099 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2101 = add %2100, %1081 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2102 = mul %939, %2101 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2103 = mul %2101, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2104 = erf %2103 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2105 = add %944, %2104 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2106 = mul %2102, %2105 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2107 = cast %2106 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2108 = matmul %2107, %795 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2109 = cast %2108 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2110 = add %2109, %1091 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2111 = add %2084, %2110 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2112 = concat %2111, %1836 axis=1 : f32[4,10,16] @ models/dino_pass.yaml:109:30
%2113 = reduce_sum %2112 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2114 = div %2113, %1839 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2115 = broadcast %2114 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2116 = sub %2112, %2115 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2117 = mul %2116, %2116 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2118 = reduce_sum %2117 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2119 = div %2118, %1839 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2120 = add %2119, %1846 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2121 = rsqrt %2120 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2122 = broadcast %2121 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2123 = mul %2116, %2122 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2124 = broadcast %145 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2125 = mul %2123, %2124 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2126 = broadcast %146 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2127 = add %2125, %2126 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2128 = cast %2127 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%2129 = slice %2128 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/dino_pass.yaml:110:28
%2130 = matmul %2129, %1113 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2131 = cast %2130 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2132 = add %2131, %1115 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2133 = mul %1118, %2132 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2134 = mul %2132, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2135 = erf %2134 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2136 = add %1123, %2135 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2137 = mul %2133, %2136 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2138 = cast %2137 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2139 = matmul %2138, %1127 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2140 = cast %2139 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2141 = add %2140, %1129 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2142 = mul %1118, %2141 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2143 = mul %2141, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2144 = erf %2143 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2145 = add %1123, %2144 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2146 = mul %2142, %2145 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2147 = cast %2146 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2148 = matmul %2147, %1138 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%2149 = cast %2148 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2150 = add %2149, %1140 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2151 = mul %2150, %2150 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2152 = reduce_sum %2151 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%2153 = sqrt %2152 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2154 = max %2153, %1147 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2155 = broadcast %2154 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2156 = div %2150, %2155 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2157 = cast %2156 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%2158 = matmul %2157, %1159 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%2159 = slice %2128 lo=[0,1,0] hi=[4,10,16] : bf16[4,9,16] @ models/dino_pass.yaml:110:46
%2160 = matmul %2159, %1162 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2161 = broadcast %156 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2162 = cast %2160 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2163 = add %2162, %2161 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2164 = broadcast %315 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2165 = mul %2164, %2163 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2166 = broadcast %318 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2167 = mul %2163, %2166 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2168 = erf %2167 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2169 = broadcast %322 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2170 = add %2169, %2168 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2171 = mul %2165, %2170 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2172 = cast %2171 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2173 = matmul %2172, %1176 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2174 = broadcast %158 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2175 = cast %2173 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2176 = add %2175, %2174 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2177 = mul %2164, %2176 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2178 = mul %2176, %2166 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2179 = erf %2178 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2180 = add %2169, %2179 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2181 = mul %2177, %2180 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2182 = cast %2181 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2183 = matmul %2182, %1187 ta=0 tb=1 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%2184 = broadcast %160 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2185 = cast %2183 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2186 = add %2185, %2184 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2187 = mul %2186, %2186 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%2188 = reduce_sum %2187 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%2189 = sqrt %2188 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2190 = broadcast %1146 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2191 = max %2189, %2190 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2192 = broadcast %2191 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2193 = div %2186, %2192 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2194 = cast %2193 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%2195 = matmul %2194, %1207 ta=0 tb=1 : bf16[4,9,16] @ models/lib/dino.yaml:23:18
%2196 = cast %2158 : f32[4,1,32] @ models/dino_pass.yaml:131:20
%2197 = slice %2196 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%2198 = slice %2196 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%2199 = cast %2195 : f32[4,9,16] @ models/dino_pass.yaml:131:27
%2200 = slice %2199 lo=[0,0,0] hi=[2,9,16] : f32[2,9,16] @ models/dino_pass.yaml:131:27
%2201 = slice %2199 lo=[2,0,0] hi=[4,9,16] : f32[2,9,16] @ models/dino_pass.yaml:131:27
%2202 = reshape %8 : f32[16,48] @ models/lib/vit.yaml:17:20
%2203 = cast %2202 : bf16[16,48] @ models/lib/vit.yaml:17:18
%2204 = matmul %169, %2203 ta=0 tb=1 : bf16[4,16,16] @ models/lib/vit.yaml:17:18
%2205 = broadcast %9 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%2206 = cast %2204 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%2207 = add %2206, %2205 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%2208 = broadcast %7 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%2209 = add %2207, %2208 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%2210 = reduce_sum %2209 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2211 = div %2210, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2212 = broadcast %2211 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2213 = sub %2209, %2212 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2214 = mul %2213, %2213 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2215 = reduce_sum %2214 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2216 = div %2215, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2217 = add %2216, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2218 = rsqrt %2217 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2219 = broadcast %2218 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2220 = mul %2213, %2219 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2221 = broadcast %10 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2222 = mul %2220, %2221 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2223 = broadcast %11 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2224 = add %2222, %2223 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2225 = cast %2224 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2226 = cast %12 : bf16[48,16] @ models/lib/nn.yaml:83:15
%2227 = matmul %2225, %2226 ta=0 tb=1 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%2228 = broadcast %13 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2229 = cast %2227 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2230 = add %2229, %2228 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2231 = cast %2230 : bf16[4,16,48] @ models/lib/nn.yaml:55:23
%2232 = reshape %2231 : bf16[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%2233 = permute %2232 perm=[2,0,3,1,4] : bf16[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%2234 = slice %2233 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%2235 = reshape %2234 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:28
%2236 = slice %2233 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%2237 = reshape %2236 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:34
%2238 = cast %2235 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2239 = cast %2237 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2240 = permute %2239 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%2241 = slice %2238 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2242 = broadcast %2241 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2243 = slice %2240 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2244 = broadcast %2243 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2245 = mul %2242, %2244 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2246 = slice %2238 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2247 = broadcast %2246 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2248 = slice %2240 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2249 = broadcast %2248 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2250 = mul %2247, %2249 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2251 = add %2245, %2250 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2252 = slice %2238 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2253 = broadcast %2252 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2254 = slice %2240 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2255 = broadcast %2254 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2256 = mul %2253, %2255 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2257 = add %2251, %2256 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2258 = slice %2238 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2259 = broadcast %2258 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2260 = slice %2240 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2261 = broadcast %2260 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2262 = mul %2259, %2261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2263 = add %2257, %2262 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2264 = slice %2238 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2265 = broadcast %2264 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2266 = slice %2240 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2267 = broadcast %2266 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2268 = mul %2265, %2267 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2269 = add %2263, %2268 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2270 = slice %2238 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2271 = broadcast %2270 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2272 = slice %2240 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2273 = broadcast %2272 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2274 = mul %2271, %2273 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2275 = add %2269, %2274 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2276 = slice %2238 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2277 = broadcast %2276 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2278 = slice %2240 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2279 = broadcast %2278 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2280 = mul %2277, %2279 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2281 = add %2275, %2280 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2282 = slice %2238 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2283 = broadcast %2282 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2284 = slice %2240 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2285 = broadcast %2284 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2286 = mul %2283, %2285 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2287 = add %2281, %2286 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2288 = cast %2287 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%2289 = cast %2288 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2290 = mul %2289, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2291 = reduce_max %2290 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%2292 = stop_gradient %2291 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%2293 = broadcast %2292 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2294 = mul %2289, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2295 = sub %2294, %2293 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2296 = exp %2295 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2297 = reduce_sum %2296 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%2298 = broadcast %2297 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2299 = exp %2295 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2300 = div %2299, %2298 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2301 = cast %2300 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%2302 = slice %2233 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%2303 = reshape %2302 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:40
%2304 = cast %2301 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%2305 = cast %2303 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2306 = reshape %2304 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%2307 = broadcast %2306 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2308 = reshape %2305 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%2309 = broadcast %2308 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2310 = mul %2307, %2309 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2311 = reduce_sum %2310 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2312 = cast %2311 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%2313 = permute %2312 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%2314 = reshape %2313 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%2315 = cast %14 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2316 = matmul %2314, %2315 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2317 = broadcast %15 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2318 = cast %2316 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2319 = add %2318, %2317 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2320 = add %2209, %2319 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%2321 = reduce_sum %2320 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2322 = div %2321, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2323 = broadcast %2322 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2324 = sub %2320, %2323 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2325 = mul %2324, %2324 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2326 = reduce_sum %2325 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2327 = div %2326, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2328 = add %2327, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2329 = rsqrt %2328 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2330 = broadcast %2329 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2331 = mul %2324, %2330 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2332 = broadcast %16 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2333 = mul %2331, %2332 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2334 = broadcast %17 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2335 = add %2333, %2334 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2336 = cast %2335 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2337 = cast %18 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2338 = matmul %2336, %2337 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2339 = broadcast %19 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2340 = cast %2338 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2341 = add %2340, %2339 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2342 = mul %2341, %319 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%2343 = erf %2342 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%2344 = mul %316, %2341 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%2345 = add %323, %2343 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%2346 = mul %2344, %2345 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%2347 = cast %2346 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2348 = cast %20 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2349 = matmul %2347, %2348 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2350 = broadcast %21 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2351 = cast %2349 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2352 = add %2351, %2350 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2353 = add %2320, %2352 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%2354 = reduce_sum %2353 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2355 = div %2354, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2356 = broadcast %2355 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2357 = sub %2353, %2356 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2358 = mul %2357, %2357 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2359 = reduce_sum %2358 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2360 = div %2359, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2361 = add %2360, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2362 = rsqrt %2361 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2363 = broadcast %2362 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2364 = mul %2357, %2363 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2365 = broadcast %22 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2366 = mul %2364, %2365 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2367 = broadcast %23 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2368 = add %2366, %2367 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2369 = cast %2368 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2370 = cast %24 : bf16[48,16] @ models/lib/nn.yaml:83:15
%2371 = matmul %2369, %2370 ta=0 tb=1 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%2372 = broadcast %25 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2373 = cast %2371 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2374 = add %2373, %2372 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2375 = cast %2374 : bf16[4,16,48] @ models/lib/nn.yaml:55:23
%2376 = reshape %2375 : bf16[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%2377 = permute %2376 perm=[2,0,3,1,4] : bf16[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%2378 = slice %2377 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%2379 = reshape %2378 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:28
%2380 = slice %2377 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%2381 = reshape %2380 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:34
%2382 = cast %2379 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2383 = cast %2381 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2384 = permute %2383 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%2385 = slice %2382 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2386 = broadcast %2385 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2387 = slice %2384 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2388 = broadcast %2387 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2389 = mul %2386, %2388 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2390 = slice %2382 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2391 = broadcast %2390 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2392 = slice %2384 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2393 = broadcast %2392 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2394 = mul %2391, %2393 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2395 = add %2389, %2394 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2396 = slice %2382 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2397 = broadcast %2396 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2398 = slice %2384 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2399 = broadcast %2398 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2400 = mul %2397, %2399 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2401 = add %2395, %2400 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2402 = slice %2382 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2403 = broadcast %2402 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2404 = slice %2384 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2405 = broadcast %2404 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2406 = mul %2403, %2405 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2407 = add %2401, %2406 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2408 = slice %2382 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2409 = broadcast %2408 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2410 = slice %2384 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2411 = broadcast %2410 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2412 = mul %2409, %2411 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2413 = add %2407, %2412 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2414 = slice %2382 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2415 = broadcast %2414 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2416 = slice %2384 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2417 = broadcast %2416 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2418 = mul %2415, %2417 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2419 = add %2413, %2418 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2420 = slice %2382 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2421 = broadcast %2420 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2422 = slice %2384 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2423 = broadcast %2422 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2424 = mul %2421, %2423 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2425 = add %2419, %2424 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2426 = slice %2382 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2427 = broadcast %2426 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2428 = slice %2384 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2429 = broadcast %2428 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2430 = mul %2427, %2429 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2431 = add %2425, %2430 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2432 = cast %2431 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%2433 = cast %2432 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2434 = mul %2433, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2435 = reduce_max %2434 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%2436 = stop_gradient %2435 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%2437 = broadcast %2436 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2438 = mul %2433, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2439 = sub %2438, %2437 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2440 = exp %2439 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2441 = reduce_sum %2440 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%2442 = broadcast %2441 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2443 = exp %2439 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2444 = div %2443, %2442 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2445 = cast %2444 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%2446 = slice %2377 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%2447 = reshape %2446 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:40
%2448 = cast %2445 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%2449 = cast %2447 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2450 = reshape %2448 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%2451 = broadcast %2450 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2452 = reshape %2449 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%2453 = broadcast %2452 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2454 = mul %2451, %2453 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2455 = reduce_sum %2454 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2456 = cast %2455 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%2457 = permute %2456 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%2458 = reshape %2457 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%2459 = cast %26 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2460 = matmul %2458, %2459 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2461 = broadcast %27 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2462 = cast %2460 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2463 = add %2462, %2461 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2464 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%2465 = broadcast %2464 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2466 = div %2463, %2465 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2467 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%2468 = rand_uniform %2467 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%2469 = broadcast %2464 : f32[4] @ models/lib/nn.yaml:44:35
%2470 = add %2469, %2468 : f32[4] @ models/lib/nn.yaml:44:35
%2471 = floor %2470 : f32[4] @ models/lib/nn.yaml:44:24
%2472 = reshape %2471 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2473 = broadcast %2472 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2474 = mul %2466, %2473 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2475 = add %2353, %2474 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%2476 = reduce_sum %2475 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2477 = div %2476, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2478 = broadcast %2477 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2479 = sub %2475, %2478 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2480 = mul %2479, %2479 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2481 = reduce_sum %2480 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2482 = div %2481, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2483 = add %2482, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2484 = rsqrt %2483 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2485 = broadcast %2484 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2486 = mul %2479, %2485 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2487 = broadcast %28 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2488 = mul %2486, %2487 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2489 = broadcast %29 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2490 = add %2488, %2489 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2491 = cast %2490 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2492 = cast %30 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2493 = matmul %2491, %2492 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2494 = broadcast %31 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2495 = cast %2493 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2496 = add %2495, %2494 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2497 = mul %2496, %319 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%2498 = erf %2497 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%2499 = mul %316, %2496 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%2500 = add %323, %2498 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%2501 = mul %2499, %2500 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%2502 = cast %2501 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2503 = cast %32 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2504 = matmul %2502, %2503 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2505 = broadcast %33 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2506 = cast %2504 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2507 = add %2506, %2505 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2508 = div %2507, %2465 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2509 = rand_uniform %2467 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%2510 = add %2469, %2509 : f32[4] @ models/lib/nn.yaml:44:35
%2511 = floor %2510 : f32[4] @ models/lib/nn.yaml:44:24
%2512 = reshape %2511 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2513 = broadcast %2512 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2514 = mul %2508, %2513 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2515 = add %2475, %2514 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%2516 = broadcast %34 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%2517 = concat %2516, %2515 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%2518 = reduce_sum %2517 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2519 = div %2518, %805 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2520 = broadcast %2519 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2521 = sub %2517, %2520 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2522 = mul %2521, %2521 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2523 = reduce_sum %2522 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2524 = div %2523, %805 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2525 = add %2524, %812 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2526 = rsqrt %2525 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2527 = broadcast %2526 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2528 = mul %2521, %2527 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2529 = broadcast %35 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2530 = mul %2528, %2529 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2531 = broadcast %36 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2532 = add %2530, %2531 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2533 = cast %2532 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2534 = slice %2533 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%2535 = cast %37 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2536 = matmul %2534, %2535 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2537 = broadcast %38 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2538 = cast %2536 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2539 = add %2538, %2537 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2540 = cast %39 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2541 = matmul %2533, %2540 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2542 = broadcast %40 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2543 = cast %2541 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2544 = add %2543, %2542 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2545 = cast %41 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2546 = matmul %2533, %2545 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2547 = broadcast %42 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2548 = cast %2546 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2549 = add %2548, %2547 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2550 = cast %2539 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%2551 = reshape %2550 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%2552 = permute %2551 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%2553 = cast %2544 : bf16[4,17,16] @ models/lib/nn.yaml:55:23
%2554 = reshape %2553 : bf16[4,17,2,8] @ models/lib/vit.yaml:79:22
%2555 = permute %2554 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:79:14
%2556 = cast %2552 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2557 = cast %2555 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%2558 = permute %2557 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2559 = slice %2556 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2560 = broadcast %2559 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2561 = slice %2558 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2562 = mul %2560, %2561 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2563 = slice %2556 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2564 = broadcast %2563 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2565 = slice %2558 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2566 = mul %2564, %2565 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2567 = add %2562, %2566 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2568 = slice %2556 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2569 = broadcast %2568 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2570 = slice %2558 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2571 = mul %2569, %2570 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2572 = add %2567, %2571 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2573 = slice %2556 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2574 = broadcast %2573 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2575 = slice %2558 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2576 = mul %2574, %2575 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2577 = add %2572, %2576 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2578 = slice %2556 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2579 = broadcast %2578 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2580 = slice %2558 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2581 = mul %2579, %2580 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2582 = add %2577, %2581 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2583 = slice %2556 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2584 = broadcast %2583 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2585 = slice %2558 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2586 = mul %2584, %2585 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2587 = add %2582, %2586 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2588 = slice %2556 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2589 = broadcast %2588 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2590 = slice %2558 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2591 = mul %2589, %2590 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2592 = add %2587, %2591 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2593 = slice %2556 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2594 = broadcast %2593 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2595 = slice %2558 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2596 = mul %2594, %2595 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2597 = add %2592, %2596 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2598 = cast %2597 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2599 = cast %2598 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2600 = mul %2599, %884 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2601 = reduce_max %2600 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2602 = stop_gradient %2601 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2603 = broadcast %2602 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2604 = mul %2599, %884 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2605 = sub %2604, %2603 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2606 = exp %2605 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2607 = reduce_sum %2606 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2608 = broadcast %2607 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2609 = exp %2605 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2610 = div %2609, %2608 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2611 = cast %2610 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%2612 = cast %2549 : bf16[4,17,16] @ models/lib/nn.yaml:56:23
%2613 = reshape %2612 : bf16[4,17,2,8] @ models/lib/vit.yaml:80:22
%2614 = permute %2613 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:80:14
%2615 = cast %2611 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2616 = cast %2614 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%2617 = reshape %2615 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%2618 = broadcast %2617 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2619 = reshape %2616 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2620 = broadcast %2619 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2621 = mul %2618, %2620 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2622 = reduce_sum %2621 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2623 = cast %2622 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2624 = permute %2623 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2625 = reshape %2624 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2626 = cast %43 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2627 = matmul %2625, %2626 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2628 = broadcast %44 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2629 = cast %2627 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2630 = add %2629, %2628 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2631 = add %2516, %2630 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2632 = reduce_sum %2631 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2633 = div %2632, %918 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2634 = broadcast %2633 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2635 = sub %2631, %2634 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2636 = mul %2635, %2635 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2637 = reduce_sum %2636 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2638 = div %2637, %918 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2639 = add %2638, %925 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2640 = rsqrt %2639 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2641 = broadcast %2640 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2642 = mul %2635, %2641 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2643 = broadcast %45 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2644 = mul %2642, %2643 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2645 = broadcast %46 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2646 = add %2644, %2645 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2647 = cast %2646 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2648 = cast %47 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2649 = matmul %2647, %2648 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2650 = broadcast %48 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2651 = cast %2649 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2652 = add %2651, %2650 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2653 = mul %2652, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2654 = erf %2653 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2655 = mul %939, %2652 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2656 = add %944, %2654 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2657 = mul %2655, %2656 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2658 = cast %2657 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2659 = cast %49 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2660 = matmul %2658, %2659 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2661 = broadcast %50 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2662 = cast %2660 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2663 = add %2662, %2661 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2664 = add %2631, %2663 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2665 = concat %2664, %2515 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%2666 = reduce_sum %2665 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2667 = div %2666, %805 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2668 = broadcast %2667 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2669 = sub %2665, %2668 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2670 = mul %2669, %2669 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2671 = reduce_sum %2670 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2672 = div %2671, %805 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2673 = add %2672, %812 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2674 = rsqrt %2673 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2675 = broadcast %2674 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2676 = mul %2669, %2675 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2677 = broadcast %51 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2678 = mul %2676, %2677 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2679 = broadcast %52 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2680 = add %2678, %2679 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2681 = cast %2680 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2682 = slice %2681 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%2683 = cast %53 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2684 = matmul %2682, %2683 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2685 = broadcast %54 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2686 = cast %2684 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2687 = add %2686, %2685 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2688 = cast %55 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2689 = matmul %2681, %2688 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2690 = broadcast %56 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2691 = cast %2689 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2692 = add %2691, %2690 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2693 = cast %57 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2694 = matmul %2681, %2693 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2695 = broadcast %58 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2696 = cast %2694 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2697 = add %2696, %2695 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2698 = cast %2687 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%2699 = reshape %2698 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%2700 = permute %2699 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%2701 = cast %2692 : bf16[4,17,16] @ models/lib/nn.yaml:55:23
%2702 = reshape %2701 : bf16[4,17,2,8] @ models/lib/vit.yaml:79:22
%2703 = permute %2702 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:79:14
%2704 = cast %2700 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2705 = cast %2703 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%2706 = permute %2705 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2707 = slice %2704 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2708 = broadcast %2707 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2709 = slice %2706 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2710 = mul %2708, %2709 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2711 = slice %2704 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2712 = broadcast %2711 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2713 = slice %2706 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2714 = mul %2712, %2713 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2715 = add %2710, %2714 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2716 = slice %2704 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2717 = broadcast %2716 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2718 = slice %2706 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2719 = mul %2717, %2718 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2720 = add %2715, %2719 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2721 = slice %2704 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2722 = broadcast %2721 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2723 = slice %2706 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2724 = mul %2722, %2723 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2725 = add %2720, %2724 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2726 = slice %2704 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2727 = broadcast %2726 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2728 = slice %2706 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2729 = mul %2727, %2728 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2730 = add %2725, %2729 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2731 = slice %2704 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2732 = broadcast %2731 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2733 = slice %2706 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2734 = mul %2732, %2733 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2735 = add %2730, %2734 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2736 = slice %2704 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2737 = broadcast %2736 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2738 = slice %2706 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2739 = mul %2737, %2738 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2740 = add %2735, %2739 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2741 = slice %2704 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2742 = broadcast %2741 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2743 = slice %2706 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2744 = mul %2742, %2743 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2745 = add %2740, %2744 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2746 = cast %2745 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2747 = cast %2746 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2748 = mul %2747, %884 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2749 = reduce_max %2748 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2750 = stop_gradient %2749 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2751 = broadcast %2750 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2752 = mul %2747, %884 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2753 = sub %2752, %2751 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2754 = exp %2753 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2755 = reduce_sum %2754 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2756 = broadcast %2755 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2757 = exp %2753 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2758 = div %2757, %2756 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2759 = cast %2758 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%2760 = cast %2697 : bf16[4,17,16] @ models/lib/nn.yaml:56:23
%2761 = reshape %2760 : bf16[4,17,2,8] @ models/lib/vit.yaml:80:22
%2762 = permute %2761 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:80:14
%2763 = cast %2759 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2764 = cast %2762 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%2765 = reshape %2763 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%2766 = broadcast %2765 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2767 = reshape %2764 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2768 = broadcast %2767 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2769 = mul %2766, %2768 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2770 = reduce_sum %2769 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2771 = cast %2770 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2772 = permute %2771 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2773 = reshape %2772 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2774 = cast %59 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2775 = matmul %2773, %2774 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2776 = broadcast %60 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2777 = cast %2775 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2778 = add %2777, %2776 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2779 = add %2664, %2778 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2780 = reduce_sum %2779 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2781 = div %2780, %918 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2782 = broadcast %2781 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2783 = sub %2779, %2782 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2784 = mul %2783, %2783 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2785 = reduce_sum %2784 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2786 = div %2785, %918 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2787 = add %2786, %925 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2788 = rsqrt %2787 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2789 = broadcast %2788 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2790 = mul %2783, %2789 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2791 = broadcast %61 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2792 = mul %2790, %2791 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2793 = broadcast %62 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2794 = add %2792, %2793 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2795 = cast %2794 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2796 = cast %63 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2797 = matmul %2795, %2796 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2798 = broadcast %64 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2799 = cast %2797 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2800 = add %2799, %2798 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2801 = mul %2800, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2802 = erf %2801 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2803 = mul %939, %2800 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2804 = add %944, %2802 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2805 = mul %2803, %2804 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2806 = cast %2805 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2807 = cast %65 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2808 = matmul %2806, %2807 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2809 = broadcast %66 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2810 = cast %2808 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2811 = add %2810, %2809 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2812 = add %2779, %2811 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2813 = concat %2812, %2515 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:111:21
%2814 = reduce_sum %2813 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2815 = div %2814, %805 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2816 = broadcast %2815 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2817 = sub %2813, %2816 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2818 = mul %2817, %2817 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2819 = reduce_sum %2818 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2820 = div %2819, %805 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2821 = add %2820, %812 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2822 = rsqrt %2821 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2823 = broadcast %2822 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2824 = mul %2817, %2823 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2825 = broadcast %67 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2826 = mul %2824, %2825 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2827 = broadcast %68 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2828 = add %2826, %2827 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2829 = cast %2828 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2830 = slice %2829 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/dino_pass.yaml:103:28
%2831 = cast %69 : bf16[24,16] @ models/lib/nn.yaml:83:15
%2832 = matmul %2830, %2831 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2833 = broadcast %70 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2834 = cast %2832 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2835 = add %2834, %2833 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2836 = mul %2835, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2837 = erf %2836 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2838 = mul %1118, %2835 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2839 = add %1123, %2837 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2840 = mul %2838, %2839 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2841 = cast %2840 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2842 = cast %71 : bf16[24,24] @ models/lib/nn.yaml:83:15
%2843 = matmul %2841, %2842 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2844 = broadcast %72 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2845 = cast %2843 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2846 = add %2845, %2844 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2847 = mul %2846, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2848 = erf %2847 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2849 = mul %1118, %2846 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2850 = add %1123, %2848 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2851 = mul %2849, %2850 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2852 = cast %2851 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2853 = cast %73 : bf16[8,24] @ models/lib/nn.yaml:83:15
%2854 = matmul %2852, %2853 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%2855 = broadcast %74 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2856 = cast %2854 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2857 = add %2856, %2855 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2858 = mul %2857, %2857 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2859 = reduce_sum %2858 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%2860 = sqrt %2859 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2861 = max %2860, %1147 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2862 = broadcast %2861 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2863 = div %2857, %2862 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2864 = broadcast %75 : f32[32,8] @ models/lib/dino.yaml:22:22
%2865 = mul %2864, %76 : f32[32,8] @ models/lib/dino.yaml:22:22
%2866 = mul %76, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%2867 = reduce_sum %2866 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%2868 = sqrt %2867 : f32[32,1] @ models/lib/dino.yaml:22:35
%2869 = broadcast %2868 : f32[32,8] @ models/lib/dino.yaml:22:33
%2870 = div %2865, %2869 : f32[32,8] @ models/lib/dino.yaml:22:33
%2871 = cast %2863 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%2872 = cast %2870 : bf16[32,8] @ models/lib/dino.yaml:23:18
%2873 = matmul %2871, %2872 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%2874 = slice %2829 lo=[0,1,0] hi=[4,17,16] : bf16[4,16,16] @ models/dino_pass.yaml:103:46
%2875 = cast %77 : bf16[24,16] @ models/lib/nn.yaml:83:15
%2876 = matmul %2874, %2875 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%2877 = broadcast %78 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2878 = cast %2876 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2879 = add %2878, %2877 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2880 = mul %2879, %1169 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2881 = erf %2880 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%2882 = mul %1167, %2879 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2883 = add %1172, %2881 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2884 = mul %2882, %2883 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%2885 = cast %2884 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%2886 = cast %79 : bf16[24,24] @ models/lib/nn.yaml:83:15
%2887 = matmul %2885, %2886 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%2888 = broadcast %80 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2889 = cast %2887 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2890 = add %2889, %2888 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2891 = mul %2890, %1169 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2892 = erf %2891 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%2893 = mul %1167, %2890 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2894 = add %1172, %2892 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2895 = mul %2893, %2894 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%2896 = cast %2895 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%2897 = cast %81 : bf16[8,24] @ models/lib/nn.yaml:83:15
%2898 = matmul %2896, %2897 ta=0 tb=1 : bf16[4,16,8] @ models/lib/nn.yaml:83:15
%2899 = broadcast %82 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%2900 = cast %2898 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%2901 = add %2900, %2899 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%2902 = mul %2901, %2901 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%2903 = reduce_sum %2902 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%2904 = sqrt %2903 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%2905 = max %2904, %1195 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%2906 = broadcast %2905 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%2907 = div %2901, %2906 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%2908 = broadcast %83 : f32[16,8] @ models/lib/dino.yaml:22:22
%2909 = mul %2908, %84 : f32[16,8] @ models/lib/dino.yaml:22:22
%2910 = mul %84, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%2911 = reduce_sum %2910 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%2912 = sqrt %2911 : f32[16,1] @ models/lib/dino.yaml:22:35
%2913 = broadcast %2912 : f32[16,8] @ models/lib/dino.yaml:22:33
%2914 = div %2909, %2913 : f32[16,8] @ models/lib/dino.yaml:22:33
%2915 = cast %2907 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%2916 = cast %2914 : bf16[16,8] @ models/lib/dino.yaml:23:18
%2917 = matmul %2915, %2916 ta=0 tb=1 : bf16[4,16,16] @ models/lib/dino.yaml:23:18
%2918 = cast %2873 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%2919 = slice %2918 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%2920 = slice %2918 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%2921 = cast %2917 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%2922 = slice %2921 lo=[0,0,0] hi=[2,16,16] : f32[2,16,16] @ models/dino_pass.yaml:132:27
%2923 = slice %2921 lo=[2,0,0] hi=[4,16,16] : f32[2,16,16] @ models/dino_pass.yaml:132:27
%2924 = matmul %1218, %2203 ta=0 tb=1 : bf16[4,9,16] @ models/lib/vit.yaml:17:18
%2925 = broadcast %9 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%2926 = cast %2924 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%2927 = add %2926, %2925 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%2928 = reshape %7 : f32[4,64] @ models/lib/vit.yaml:32:17
%2929 = cast %2928 : bf16[4,64] @ models/lib/vit.yaml:32:15
%2930 = matmul %1225, %2929 ta=0 tb=0 : bf16[3,64] @ models/lib/vit.yaml:32:15
%2931 = reshape %2930 : bf16[3,4,16] @ models/lib/vit.yaml:33:21
%2932 = permute %2931 perm=[1,0,2] : bf16[4,3,16] @ models/lib/vit.yaml:33:13
%2933 = reshape %2932 : bf16[4,48] @ models/lib/vit.yaml:34:17
%2934 = matmul %1225, %2933 ta=0 tb=0 : bf16[3,48] @ models/lib/vit.yaml:34:15
%2935 = cast %2934 : f32[3,48] @ models/lib/vit.yaml:35:21
%2936 = reshape %2935 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%2937 = permute %2936 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%2938 = reshape %2937 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%2939 = broadcast %2938 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%2940 = add %2927, %2939 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%2941 = reduce_sum %2940 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2942 = div %2941, %1239 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2943 = broadcast %2942 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2944 = sub %2940, %2943 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2945 = mul %2944, %2944 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2946 = reduce_sum %2945 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2947 = div %2946, %1239 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2948 = add %2947, %1246 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2949 = rsqrt %2948 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2950 = broadcast %2949 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2951 = mul %2944, %2950 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2952 = broadcast %10 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2953 = mul %2951, %2952 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2954 = broadcast %11 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2955 = add %2953, %2954 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2956 = cast %2955 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%2957 = matmul %2956, %2226 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%2958 = broadcast %13 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2959 = cast %2957 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2960 = add %2959, %2958 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2961 = cast %2960 : bf16[4,9,48] @ models/lib/nn.yaml:55:23
%2962 = reshape %2961 : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%2963 = permute %2962 perm=[2,0,3,1,4] : bf16[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%2964 = slice %2963 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%2965 = reshape %2964 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:28
%2966 = slice %2963 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%2967 = reshape %2966 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:34
%2968 = cast %2965 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%2969 = cast %2967 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%2970 = permute %2969 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%2971 = slice %2968 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2972 = broadcast %2971 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2973 = slice %2970 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2974 = broadcast %2973 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2975 = mul %2972, %2974 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2976 = slice %2968 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2977 = broadcast %2976 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2978 = slice %2970 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2979 = broadcast %2978 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2980 = mul %2977, %2979 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2981 = add %2975, %2980 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2982 = slice %2968 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2983 = broadcast %2982 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2984 = slice %2970 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2985 = broadcast %2984 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2986 = mul %2983, %2985 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2987 = add %2981, %2986 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2988 = slice %2968 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2989 = broadcast %2988 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2990 = slice %2970 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2991 = broadcast %2990 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2992 = mul %2989, %2991 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2993 = add %2987, %2992 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2994 = slice %2968 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2995 = broadcast %2994 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2996 = slice %2970 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2997 = broadcast %2996 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2998 = mul %2995, %2997 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2999 = add %2993, %2998 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3000 = slice %2968 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3001 = broadcast %3000 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3002 = slice %2970 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3003 = broadcast %3002 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3004 = mul %3001, %3003 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3005 = add %2999, %3004 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3006 = slice %2968 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3007 = broadcast %3006 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3008 = slice %2970 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3009 = broadcast %3008 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3010 = mul %3007, %3009 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3011 = add %3005, %3010 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3012 = slice %2968 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3013 = broadcast %3012 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3014 = slice %2970 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3015 = broadcast %3014 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3016 = mul %3013, %3015 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3017 = add %3011, %3016 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3018 = cast %3017 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%3019 = cast %3018 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3020 = mul %3019, %1318 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3021 = reduce_max %3020 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%3022 = stop_gradient %3021 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%3023 = broadcast %3022 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3024 = mul %3019, %1318 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3025 = sub %3024, %3023 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3026 = exp %3025 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3027 = reduce_sum %3026 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%3028 = broadcast %3027 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3029 = exp %3025 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3030 = div %3029, %3028 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3031 = cast %3030 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%3032 = slice %2963 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3033 = reshape %3032 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:40
%3034 = cast %3031 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3035 = cast %3033 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3036 = reshape %3034 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3037 = broadcast %3036 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3038 = reshape %3035 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%3039 = broadcast %3038 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3040 = mul %3037, %3039 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3041 = reduce_sum %3040 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3042 = cast %3041 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%3043 = permute %3042 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%3044 = reshape %3043 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%3045 = matmul %3044, %2315 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3046 = broadcast %15 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3047 = cast %3045 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3048 = add %3047, %3046 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3049 = add %2940, %3048 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%3050 = reduce_sum %3049 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3051 = div %3050, %1239 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3052 = broadcast %3051 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3053 = sub %3049, %3052 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3054 = mul %3053, %3053 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3055 = reduce_sum %3054 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3056 = div %3055, %1239 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3057 = add %3056, %1246 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3058 = rsqrt %3057 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3059 = broadcast %3058 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3060 = mul %3053, %3059 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3061 = broadcast %16 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3062 = mul %3060, %3061 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3063 = broadcast %17 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3064 = add %3062, %3063 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3065 = cast %3064 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3066 = matmul %3065, %2337 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3067 = broadcast %19 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3068 = cast %3066 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3069 = add %3068, %3067 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3070 = mul %3069, %1372 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3071 = erf %3070 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3072 = mul %1370, %3069 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3073 = add %1375, %3071 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%3074 = mul %3072, %3073 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3075 = cast %3074 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3076 = matmul %3075, %2348 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3077 = broadcast %21 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3078 = cast %3076 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3079 = add %3078, %3077 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3080 = add %3049, %3079 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%3081 = reduce_sum %3080 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3082 = div %3081, %1239 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3083 = broadcast %3082 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3084 = sub %3080, %3083 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3085 = mul %3084, %3084 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3086 = reduce_sum %3085 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3087 = div %3086, %1239 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3088 = add %3087, %1246 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3089 = rsqrt %3088 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3090 = broadcast %3089 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3091 = mul %3084, %3090 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3092 = broadcast %22 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3093 = mul %3091, %3092 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3094 = broadcast %23 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3095 = add %3093, %3094 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3096 = cast %3095 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3097 = matmul %3096, %2370 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%3098 = broadcast %25 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3099 = cast %3097 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3100 = add %3099, %3098 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3101 = cast %3100 : bf16[4,9,48] @ models/lib/nn.yaml:55:23
%3102 = reshape %3101 : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%3103 = permute %3102 perm=[2,0,3,1,4] : bf16[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%3104 = slice %3103 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%3105 = reshape %3104 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:28
%3106 = slice %3103 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%3107 = reshape %3106 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:34
%3108 = cast %3105 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3109 = cast %3107 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3110 = permute %3109 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%3111 = slice %3108 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3112 = broadcast %3111 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3113 = slice %3110 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3114 = broadcast %3113 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3115 = mul %3112, %3114 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3116 = slice %3108 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3117 = broadcast %3116 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3118 = slice %3110 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3119 = broadcast %3118 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3120 = mul %3117, %3119 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3121 = add %3115, %3120 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3122 = slice %3108 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3123 = broadcast %3122 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3124 = slice %3110 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3125 = broadcast %3124 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3126 = mul %3123, %3125 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3127 = add %3121, %3126 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3128 = slice %3108 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3129 = broadcast %3128 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3130 = slice %3110 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3131 = broadcast %3130 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3132 = mul %3129, %3131 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3133 = add %3127, %3132 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3134 = slice %3108 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3135 = broadcast %3134 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3136 = slice %3110 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3137 = broadcast %3136 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3138 = mul %3135, %3137 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3139 = add %3133, %3138 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3140 = slice %3108 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3141 = broadcast %3140 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3142 = slice %3110 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3143 = broadcast %3142 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3144 = mul %3141, %3143 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3145 = add %3139, %3144 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3146 = slice %3108 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3147 = broadcast %3146 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3148 = slice %3110 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3149 = broadcast %3148 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3150 = mul %3147, %3149 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3151 = add %3145, %3150 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3152 = slice %3108 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3153 = broadcast %3152 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3154 = slice %3110 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3155 = broadcast %3154 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3156 = mul %3153, %3155 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3157 = add %3151, %3156 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3158 = cast %3157 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%3159 = cast %3158 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3160 = mul %3159, %1318 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3161 = reduce_max %3160 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%3162 = stop_gradient %3161 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%3163 = broadcast %3162 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3164 = mul %3159, %1318 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3165 = sub %3164, %3163 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3166 = exp %3165 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3167 = reduce_sum %3166 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%3168 = broadcast %3167 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3169 = exp %3165 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3170 = div %3169, %3168 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3171 = cast %3170 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%3172 = slice %3103 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3173 = reshape %3172 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:40
%3174 = cast %3171 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3175 = cast %3173 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3176 = reshape %3174 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3177 = broadcast %3176 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3178 = reshape %3175 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%3179 = broadcast %3178 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3180 = mul %3177, %3179 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3181 = reduce_sum %3180 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3182 = cast %3181 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%3183 = permute %3182 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%3184 = reshape %3183 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%3185 = matmul %3184, %2459 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3186 = broadcast %27 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3187 = cast %3185 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3188 = add %3187, %3186 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3189 = broadcast %2464 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3190 = div %3188, %3189 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3191 = rand_uniform %2467 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%3192 = add %2469, %3191 : f32[4] @ models/lib/nn.yaml:44:35
%3193 = floor %3192 : f32[4] @ models/lib/nn.yaml:44:24
%3194 = reshape %3193 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%3195 = broadcast %3194 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3196 = mul %3190, %3195 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3197 = add %3080, %3196 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%3198 = reduce_sum %3197 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3199 = div %3198, %1239 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3200 = broadcast %3199 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3201 = sub %3197, %3200 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3202 = mul %3201, %3201 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3203 = reduce_sum %3202 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3204 = div %3203, %1239 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3205 = add %3204, %1246 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3206 = rsqrt %3205 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3207 = broadcast %3206 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3208 = mul %3201, %3207 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3209 = broadcast %28 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3210 = mul %3208, %3209 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3211 = broadcast %29 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3212 = add %3210, %3211 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3213 = cast %3212 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3214 = matmul %3213, %2492 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3215 = broadcast %31 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3216 = cast %3214 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3217 = add %3216, %3215 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3218 = mul %3217, %1372 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3219 = erf %3218 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3220 = mul %1370, %3217 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3221 = add %1375, %3219 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%3222 = mul %3220, %3221 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3223 = cast %3222 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3224 = matmul %3223, %2503 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3225 = broadcast %33 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3226 = cast %3224 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3227 = add %3226, %3225 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3228 = div %3227, %3189 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3229 = rand_uniform %2467 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%3230 = add %2469, %3229 : f32[4] @ models/lib/nn.yaml:44:35
%3231 = floor %3230 : f32[4] @ models/lib/nn.yaml:44:24
%3232 = reshape %3231 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%3233 = broadcast %3232 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3234 = mul %3228, %3233 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3235 = add %3197, %3234 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%3236 = concat %2516, %3235 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%3237 = reduce_sum %3236 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3238 = div %3237, %1839 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3239 = broadcast %3238 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3240 = sub %3236, %3239 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3241 = mul %3240, %3240 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3242 = reduce_sum %3241 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3243 = div %3242, %1839 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3244 = add %3243, %1846 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3245 = rsqrt %3244 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3246 = broadcast %3245 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3247 = mul %3240, %3246 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3248 = broadcast %35 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3249 = mul %3247, %3248 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3250 = broadcast %36 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3251 = add %3249, %3250 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3252 = cast %3251 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3253 = slice %3252 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%3254 = matmul %3253, %2535 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3255 = cast %3254 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3256 = add %3255, %2537 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3257 = matmul %3252, %2540 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3258 = broadcast %40 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3259 = cast %3257 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3260 = add %3259, %3258 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3261 = matmul %3252, %2545 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3262 = broadcast %42 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3263 = cast %3261 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3264 = add %3263, %3262 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3265 = cast %3256 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%3266 = reshape %3265 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%3267 = permute %3266 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%3268 = cast %3260 : bf16[4,10,16] @ models/lib/nn.yaml:55:23
%3269 = reshape %3268 : bf16[4,10,2,8] @ models/lib/vit.yaml:79:22
%3270 = permute %3269 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:79:14
%3271 = cast %3267 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3272 = cast %3270 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3273 = permute %3272 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3274 = slice %3271 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3275 = broadcast %3274 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3276 = slice %3273 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3277 = mul %3275, %3276 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3278 = slice %3271 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3279 = broadcast %3278 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3280 = slice %3273 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3281 = mul %3279, %3280 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3282 = add %3277, %3281 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3283 = slice %3271 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3284 = broadcast %3283 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3285 = slice %3273 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3286 = mul %3284, %3285 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3287 = add %3282, %3286 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3288 = slice %3271 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3289 = broadcast %3288 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3290 = slice %3273 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3291 = mul %3289, %3290 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3292 = add %3287, %3291 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3293 = slice %3271 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3294 = broadcast %3293 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3295 = slice %3273 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3296 = mul %3294, %3295 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3297 = add %3292, %3296 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3298 = slice %3271 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3299 = broadcast %3298 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3300 = slice %3273 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3301 = mul %3299, %3300 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3302 = add %3297, %3301 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3303 = slice %3271 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3304 = broadcast %3303 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3305 = slice %3273 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3306 = mul %3304, %3305 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3307 = add %3302, %3306 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3308 = slice %3271 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3309 = broadcast %3308 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3310 = slice %3273 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3311 = mul %3309, %3310 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3312 = add %3307, %3311 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3313 = cast %3312 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3314 = cast %3313 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3315 = mul %3314, %1917 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3316 = reduce_max %3315 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%3317 = stop_gradient %3316 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%3318 = broadcast %3317 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3319 = mul %3314, %1917 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3320 = sub %3319, %3318 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3321 = exp %3320 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3322 = reduce_sum %3321 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%3323 = broadcast %3322 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3324 = exp %3320 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3325 = div %3324, %3323 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3326 = cast %3325 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%3327 = cast %3264 : bf16[4,10,16] @ models/lib/nn.yaml:56:23
%3328 = reshape %3327 : bf16[4,10,2,8] @ models/lib/vit.yaml:80:22
%3329 = permute %3328 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:80:14
%3330 = cast %3326 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3331 = cast %3329 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3332 = reshape %3330 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%3333 = broadcast %3332 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3334 = reshape %3331 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3335 = broadcast %3334 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3336 = mul %3333, %3335 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3337 = reduce_sum %3336 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%3338 = cast %3337 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%3339 = permute %3338 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%3340 = reshape %3339 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%3341 = matmul %3340, %2626 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3342 = cast %3341 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3343 = add %3342, %2628 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3344 = add %2516, %3343 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%3345 = reduce_sum %3344 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3346 = div %3345, %918 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3347 = broadcast %3346 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3348 = sub %3344, %3347 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3349 = mul %3348, %3348 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3350 = reduce_sum %3349 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3351 = div %3350, %918 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3352 = add %3351, %925 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%3353 = rsqrt %3352 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3354 = broadcast %3353 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3355 = mul %3348, %3354 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3356 = mul %3355, %2643 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3357 = add %3356, %2645 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%3358 = cast %3357 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3359 = matmul %3358, %2648 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3360 = cast %3359 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3361 = add %3360, %2650 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3362 = mul %3361, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3363 = erf %3362 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3364 = mul %939, %3361 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3365 = add %944, %3363 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3366 = mul %3364, %3365 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3367 = cast %3366 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3368 = matmul %3367, %2659 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3369 = cast %3368 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3370 = add %3369, %2661 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3371 = add %3344, %3370 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%3372 = concat %3371, %3235 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%3373 = reduce_sum %3372 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3374 = div %3373, %1839 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3375 = broadcast %3374 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3376 = sub %3372, %3375 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3377 = mul %3376, %3376 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3378 = reduce_sum %3377 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3379 = div %3378, %1839 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3380 = add %3379, %1846 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3381 = rsqrt %3380 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3382 = broadcast %3381 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3383 = mul %3376, %3382 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3384 = broadcast %51 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3385 = mul %3383, %3384 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3386 = broadcast %52 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3387 = add %3385, %3386 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3388 = cast %3387 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3389 = slice %3388 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%3390 = matmul %3389, %2683 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3391 = cast %3390 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3392 = add %3391, %2685 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3393 = matmul %3388, %2688 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3394 = broadcast %56 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3395 = cast %3393 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3396 = add %3395, %3394 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3397 = matmul %3388, %2693 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3398 = broadcast %58 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3399 = cast %3397 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3400 = add %3399, %3398 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3401 = cast %3392 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%3402 = reshape %3401 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%3403 = permute %3402 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%3404 = cast %3396 : bf16[4,10,16] @ models/lib/nn.yaml:55:23
%3405 = reshape %3404 : bf16[4,10,2,8] @ models/lib/vit.yaml:79:22
%3406 = permute %3405 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:79:14
%3407 = cast %3403 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3408 = cast %3406 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3409 = permute %3408 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3410 = slice %3407 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3411 = broadcast %3410 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3412 = slice %3409 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3413 = mul %3411, %3412 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3414 = slice %3407 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3415 = broadcast %3414 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3416 = slice %3409 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3417 = mul %3415, %3416 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3418 = add %3413, %3417 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3419 = slice %3407 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3420 = broadcast %3419 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3421 = slice %3409 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3422 = mul %3420, %3421 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3423 = add %3418, %3422 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3424 = slice %3407 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3425 = broadcast %3424 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3426 = slice %3409 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3427 = mul %3425, %3426 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3428 = add %3423, %3427 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3429 = slice %3407 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3430 = broadcast %3429 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3431 = slice %3409 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3432 = mul %3430, %3431 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3433 = add %3428, %3432 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3434 = slice %3407 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3435 = broadcast %3434 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3436 = slice %3409 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3437 = mul %3435, %3436 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3438 = add %3433, %3437 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3439 = slice %3407 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3440 = broadcast %3439 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3441 = slice %3409 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3442 = mul %3440, %3441 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3443 = add %3438, %3442 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3444 = slice %3407 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3445 = broadcast %3444 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3446 = slice %3409 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3447 = mul %3445, %3446 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3448 = add %3443, %3447 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3449 = cast %3448 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3450 = cast %3449 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3451 = mul %3450, %1917 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3452 = reduce_max %3451 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%3453 = stop_gradient %3452 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%3454 = broadcast %3453 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3455 = mul %3450, %1917 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3456 = sub %3455, %3454 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3457 = exp %3456 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3458 = reduce_sum %3457 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%3459 = broadcast %3458 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3460 = exp %3456 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3461 = div %3460, %3459 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3462 = cast %3461 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%3463 = cast %3400 : bf16[4,10,16] @ models/lib/nn.yaml:56:23
%3464 = reshape %3463 : bf16[4,10,2,8] @ models/lib/vit.yaml:80:22
%3465 = permute %3464 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:80:14
%3466 = cast %3462 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3467 = cast %3465 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3468 = reshape %3466 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%3469 = broadcast %3468 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3470 = reshape %3467 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3471 = broadcast %3470 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3472 = mul %3469, %3471 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3473 = reduce_sum %3472 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%3474 = cast %3473 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%3475 = permute %3474 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%3476 = reshape %3475 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%3477 = matmul %3476, %2774 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3478 = cast %3477 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3479 = add %3478, %2776 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3480 = add %3371, %3479 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%3481 = reduce_sum %3480 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3482 = div %3481, %918 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3483 = broadcast %3482 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3484 = sub %3480, %3483 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3485 = mul %3484, %3484 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3486 = reduce_sum %3485 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3487 = div %3486, %918 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3488 = add %3487, %925 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%3489 = rsqrt %3488 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3490 = broadcast %3489 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3491 = mul %3484, %3490 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3492 = mul %3491, %2791 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3493 = add %3492, %2793 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%3494 = cast %3493 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3495 = matmul %3494, %2796 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3496 = cast %3495 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3497 = add %3496, %2798 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3498 = mul %3497, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3499 = erf %3498 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3500 = mul %939, %3497 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3501 = add %944, %3499 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3502 = mul %3500, %3501 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3503 = cast %3502 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3504 = matmul %3503, %2807 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3505 = cast %3504 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3506 = add %3505, %2809 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3507 = add %3480, %3506 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%3508 = concat %3507, %3235 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:111:21
%3509 = reduce_sum %3508 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3510 = div %3509, %1839 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3511 = broadcast %3510 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3512 = sub %3508, %3511 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3513 = mul %3512, %3512 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3514 = reduce_sum %3513 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3515 = div %3514, %1839 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3516 = add %3515, %1846 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3517 = rsqrt %3516 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3518 = broadcast %3517 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3519 = mul %3512, %3518 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3520 = broadcast %67 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3521 = mul %3519, %3520 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3522 = broadcast %68 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3523 = add %3521, %3522 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3524 = cast %3523 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3525 = slice %3524 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/dino_pass.yaml:103:28
%3526 = matmul %3525, %2831 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3527 = cast %3526 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3528 = add %3527, %2833 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3529 = mul %3528, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3530 = erf %3529 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3531 = mul %1118, %3528 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3532 = add %1123, %3530 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3533 = mul %3531, %3532 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3534 = cast %3533 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3535 = matmul %3534, %2842 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3536 = cast %3535 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3537 = add %3536, %2844 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3538 = mul %3537, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3539 = erf %3538 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3540 = mul %1118, %3537 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3541 = add %1123, %3539 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3542 = mul %3540, %3541 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3543 = cast %3542 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3544 = matmul %3543, %2853 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%3545 = cast %3544 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3546 = add %3545, %2855 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3547 = mul %3546, %3546 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3548 = reduce_sum %3547 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%3549 = sqrt %3548 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3550 = max %3549, %1147 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3551 = broadcast %3550 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3552 = div %3546, %3551 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3553 = cast %3552 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%3554 = matmul %3553, %2872 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%3555 = slice %3524 lo=[0,1,0] hi=[4,10,16] : bf16[4,9,16] @ models/dino_pass.yaml:103:46
%3556 = matmul %3555, %2875 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3557 = broadcast %78 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3558 = cast %3556 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3559 = add %3558, %3557 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3560 = mul %3559, %2166 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3561 = erf %3560 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3562 = mul %2164, %3559 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3563 = add %2169, %3561 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3564 = mul %3562, %3563 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3565 = cast %3564 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3566 = matmul %3565, %2886 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3567 = broadcast %80 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3568 = cast %3566 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3569 = add %3568, %3567 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3570 = mul %3569, %2166 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3571 = erf %3570 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3572 = mul %2164, %3569 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3573 = add %2169, %3571 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3574 = mul %3572, %3573 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3575 = cast %3574 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3576 = matmul %3575, %2897 ta=0 tb=1 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%3577 = broadcast %82 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3578 = cast %3576 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3579 = add %3578, %3577 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3580 = mul %3579, %3579 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3581 = reduce_sum %3580 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%3582 = sqrt %3581 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3583 = max %3582, %2190 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3584 = broadcast %3583 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3585 = div %3579, %3584 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3586 = cast %3585 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%3587 = matmul %3586, %2916 ta=0 tb=1 : bf16[4,9,16] @ models/lib/dino.yaml:23:18
%3588 = cast %3554 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3589 = slice %3588 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3590 = slice %3588 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3591 = cast %3587 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%3592 = slice %3591 lo=[0,0,0] hi=[2,9,16] : f32[2,9,16] @ models/dino_pass.yaml:132:27
%3593 = slice %3591 lo=[2,0,0] hi=[4,9,16] : f32[2,9,16] @ models/dino_pass.yaml:132:27
%3594 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3595 = sub %1210, %3594 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3596 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3597 = div %3595, %3596 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3598 = reduce_max %3597 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3599 = stop_gradient %3598 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3600 = broadcast %3599 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3601 = div %3595, %3596 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3602 = sub %3601, %3600 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3603 = exp %3602 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3604 = reduce_sum %3603 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3605 = broadcast %3604 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3606 = exp %3602 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3607 = div %3606, %3605 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3608 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%3609 = broadcast %3608 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3610 = div %2920, %3609 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3611 = reduce_max %3610 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3612 = stop_gradient %3611 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3613 = broadcast %3612 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3614 = div %2920, %3609 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3615 = sub %3614, %3613 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3616 = exp %3615 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3617 = reduce_sum %3616 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3618 = log %3617 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3619 = broadcast %3618 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3620 = sub %3615, %3619 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3621 = stop_gradient %3607 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3622 = mul %3621, %3620 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3623 = reduce_sum %3622 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3624 = neg %3623 : f32[2,1] @ models/lib/dino.yaml:39:21
%3625 = reduce_sum %3624 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3626 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%3627 = div %3625, %3626 : f32[] @ models/lib/dino.yaml:39:16
%3628 = div %3589, %3609 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3629 = reduce_max %3628 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3630 = stop_gradient %3629 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3631 = broadcast %3630 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3632 = div %3589, %3609 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3633 = sub %3632, %3631 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3634 = exp %3633 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3635 = reduce_sum %3634 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3636 = log %3635 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3637 = broadcast %3636 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3638 = sub %3633, %3637 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3639 = stop_gradient %3607 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3640 = mul %3639, %3638 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3641 = reduce_sum %3640 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3642 = neg %3641 : f32[2,1] @ models/lib/dino.yaml:39:21
%3643 = reduce_sum %3642 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3644 = div %3643, %3626 : f32[] @ models/lib/dino.yaml:39:16
%3645 = add %3627, %3644 : f32[] @ models/dino_pass.yaml:148:11
%3646 = div %3590, %3609 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3647 = reduce_max %3646 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3648 = stop_gradient %3647 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3649 = broadcast %3648 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3650 = div %3590, %3609 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3651 = sub %3650, %3649 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3652 = exp %3651 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3653 = reduce_sum %3652 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3654 = log %3653 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3655 = broadcast %3654 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3656 = sub %3651, %3655 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3657 = stop_gradient %3607 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3658 = mul %3657, %3656 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3659 = reduce_sum %3658 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3660 = neg %3659 : f32[2,1] @ models/lib/dino.yaml:39:21
%3661 = reduce_sum %3660 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3662 = div %3661, %3626 : f32[] @ models/lib/dino.yaml:39:16
%3663 = add %3645, %3662 : f32[] @ models/dino_pass.yaml:148:11
%3664 = sub %1211, %3594 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3665 = div %3664, %3596 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3666 = reduce_max %3665 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3667 = stop_gradient %3666 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3668 = broadcast %3667 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3669 = div %3664, %3596 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3670 = sub %3669, %3668 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3671 = exp %3670 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3672 = reduce_sum %3671 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3673 = broadcast %3672 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3674 = exp %3670 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3675 = div %3674, %3673 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3676 = div %2919, %3609 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3677 = reduce_max %3676 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3678 = stop_gradient %3677 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3679 = broadcast %3678 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3680 = div %2919, %3609 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3681 = sub %3680, %3679 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3682 = exp %3681 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3683 = reduce_sum %3682 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3684 = log %3683 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3685 = broadcast %3684 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3686 = sub %3681, %3685 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3687 = stop_gradient %3675 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3688 = mul %3687, %3686 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3689 = reduce_sum %3688 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3690 = neg %3689 : f32[2,1] @ models/lib/dino.yaml:39:21
%3691 = reduce_sum %3690 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3692 = div %3691, %3626 : f32[] @ models/lib/dino.yaml:39:16
%3693 = add %3663, %3692 : f32[] @ models/dino_pass.yaml:148:11
%3694 = stop_gradient %3675 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3695 = mul %3694, %3638 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3696 = reduce_sum %3695 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3697 = neg %3696 : f32[2,1] @ models/lib/dino.yaml:39:21
%3698 = reduce_sum %3697 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3699 = div %3698, %3626 : f32[] @ models/lib/dino.yaml:39:16
%3700 = add %3693, %3699 : f32[] @ models/dino_pass.yaml:148:11
%3701 = stop_gradient %3675 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3702 = mul %3701, %3656 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3703 = reduce_sum %3702 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3704 = neg %3703 : f32[2,1] @ models/lib/dino.yaml:39:21
%3705 = reduce_sum %3704 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3706 = div %3705, %3626 : f32[] @ models/lib/dino.yaml:39:16
%3707 = add %3700, %3706 : f32[] @ models/dino_pass.yaml:148:11
%3708 = const data=[6] : f32[] @ models/dino_pass.yaml:145:3
%3709 = div %3707, %3708 : f32[] @ models/dino_pass.yaml:145:3
%3710 = output %3709 name="loss.cls" : f32[] @ models/dino_pass.yaml:145:3
%3711 = broadcast %164 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3712 = sub %1213, %3711 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3713 = broadcast %4 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3714 = div %3712, %3713 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3715 = reduce_max %3714 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%3716 = stop_gradient %3715 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%3717 = broadcast %3716 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3718 = div %3712, %3713 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3719 = sub %3718, %3717 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3720 = exp %3719 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3721 = reduce_sum %3720 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%3722 = broadcast %3721 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3723 = exp %3719 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3724 = div %3723, %3722 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3725 = broadcast %3608 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3726 = div %2922, %3725 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3727 = reduce_max %3726 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%3728 = stop_gradient %3727 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%3729 = broadcast %3728 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3730 = div %2922, %3725 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3731 = sub %3730, %3729 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3732 = exp %3731 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3733 = reduce_sum %3732 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%3734 = log %3733 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3735 = broadcast %3734 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3736 = sub %3731, %3735 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3737 = stop_gradient %3724 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3738 = mul %3737, %3736 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3739 = reduce_sum %3738 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%3740 = neg %3739 : f32[2,16] @ models/lib/dino.yaml:39:21
%3741 = reduce_sum %3740 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3742 = const data=[32] : f32[] @ models/lib/dino.yaml:39:16
%3743 = div %3741, %3742 : f32[] @ models/lib/dino.yaml:39:16
%3744 = sub %1214, %3711 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3745 = div %3744, %3713 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3746 = reduce_max %3745 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%3747 = stop_gradient %3746 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%3748 = broadcast %3747 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3749 = div %3744, %3713 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3750 = sub %3749, %3748 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3751 = exp %3750 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3752 = reduce_sum %3751 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%3753 = broadcast %3752 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3754 = exp %3750 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3755 = div %3754, %3753 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3756 = div %2923, %3725 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3757 = reduce_max %3756 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%3758 = stop_gradient %3757 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%3759 = broadcast %3758 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3760 = div %2923, %3725 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3761 = sub %3760, %3759 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3762 = exp %3761 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3763 = reduce_sum %3762 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%3764 = log %3763 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3765 = broadcast %3764 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3766 = sub %3761, %3765 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3767 = stop_gradient %3755 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3768 = mul %3767, %3766 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3769 = reduce_sum %3768 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%3770 = neg %3769 : f32[2,16] @ models/lib/dino.yaml:39:21
%3771 = reduce_sum %3770 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3772 = div %3771, %3742 : f32[] @ models/lib/dino.yaml:39:16
%3773 = add %3743, %3772 : f32[] @ models/dino_pass.yaml:152:11
%3774 = broadcast %164 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3775 = sub %2200, %3774 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3776 = broadcast %4 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3777 = div %3775, %3776 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3778 = reduce_max %3777 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%3779 = stop_gradient %3778 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%3780 = broadcast %3779 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3781 = div %3775, %3776 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3782 = sub %3781, %3780 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3783 = exp %3782 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%3784 = reduce_sum %3783 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%3785 = broadcast %3784 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3786 = exp %3782 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%3787 = div %3786, %3785 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3788 = broadcast %3608 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3789 = div %3592, %3788 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3790 = reduce_max %3789 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%3791 = stop_gradient %3790 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%3792 = broadcast %3791 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3793 = div %3592, %3788 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3794 = sub %3793, %3792 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3795 = exp %3794 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3796 = reduce_sum %3795 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%3797 = log %3796 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3798 = broadcast %3797 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3799 = sub %3794, %3798 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3800 = stop_gradient %3787 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3801 = mul %3800, %3799 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3802 = reduce_sum %3801 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%3803 = neg %3802 : f32[2,9] @ models/lib/dino.yaml:39:21
%3804 = reduce_sum %3803 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3805 = const data=[18] : f32[] @ models/lib/dino.yaml:39:16
%3806 = div %3804, %3805 : f32[] @ models/lib/dino.yaml:39:16
%3807 = add %3773, %3806 : f32[] @ models/dino_pass.yaml:152:11
%3808 = sub %2201, %3774 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3809 = div %3808, %3776 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3810 = reduce_max %3809 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%3811 = stop_gradient %3810 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%3812 = broadcast %3811 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3813 = div %3808, %3776 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3814 = sub %3813, %3812 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3815 = exp %3814 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%3816 = reduce_sum %3815 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%3817 = broadcast %3816 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3818 = exp %3814 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%3819 = div %3818, %3817 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3820 = div %3593, %3788 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3821 = reduce_max %3820 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%3822 = stop_gradient %3821 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%3823 = broadcast %3822 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3824 = div %3593, %3788 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3825 = sub %3824, %3823 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3826 = exp %3825 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3827 = reduce_sum %3826 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%3828 = log %3827 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3829 = broadcast %3828 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3830 = sub %3825, %3829 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3831 = stop_gradient %3819 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3832 = mul %3831, %3830 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3833 = reduce_sum %3832 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%3834 = neg %3833 : f32[2,9] @ models/lib/dino.yaml:39:21
%3835 = reduce_sum %3834 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3836 = div %3835, %3805 : f32[] @ models/lib/dino.yaml:39:16
%3837 = add %3807, %3836 : f32[] @ models/dino_pass.yaml:152:11
%3838 = const data=[4] : f32[] @ models/dino_pass.yaml:149:3
%3839 = div %3837, %3838 : f32[] @ models/dino_pass.yaml:149:3
%3840 = output %3839 name="loss.patch" : f32[] @ models/dino_pass.yaml:149:3
%3841 = mul %3839, %3608 : f32[] @ models/dino_pass.yaml:149:3
%3842 = add %3709, %3841 : f32[] @ models/dino_pass.yaml:149:3
%3843 = output %3842 name="loss" : f32[] @ models/dino_pass.yaml:145:3
%3844 = broadcast %2464 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%3845 = mul %163, %3844 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%3846 = concat %1210, %1211, %2197, %2198 axis=0 : f32[8,1,32] @ models/dino_pass.yaml:138:75
%3847 = reduce_sum %3846 axes=[0] keep=1 : f32[1,1,32] @ models/lib/nn.yaml:73:26
%3848 = all_reduce_sum %3847 : f32[1,1,32] @ models/lib/nn.yaml:73:16
%3849 = const data=[8] : f32[] @ models/lib/nn.yaml:73:65
%3850 = broadcast %3849 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%3851 = div %3848, %3850 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%3852 = broadcast %3608 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%3853 = mul %3852, %3851 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%3854 = add %3845, %3853 : f32[1,1,32] @ models/dino_pass.yaml:138:38
%3855 = assign %163, %3854 : f32[1,1,32] @ models/dino_pass.yaml:138:13
%3856 = broadcast %2464 : f32[1,16] @ models/dino_pass.yaml:142:26
%3857 = mul %164, %3856 : f32[1,16] @ models/dino_pass.yaml:142:26
%3858 = reshape %1213 : f32[32,16] @ models/dino_pass.yaml:142:81
%3859 = reshape %1214 : f32[32,16] @ models/dino_pass.yaml:142:81
%3860 = reshape %2200 : f32[18,16] @ models/dino_pass.yaml:142:81
%3861 = reshape %2201 : f32[18,16] @ models/dino_pass.yaml:142:81
%3862 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,32] @ models/lib/nn.yaml:73:26
%3863 = matmul %3862, %3858 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%3864 = matmul %3862, %3859 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%3865 = add %3863, %3864 : f32[1,16] @ models/lib/nn.yaml:73:26
%3866 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,18] @ models/lib/nn.yaml:73:26
%3867 = matmul %3866, %3860 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%3868 = add %3865, %3867 : f32[1,16] @ models/lib/nn.yaml:73:26
%3869 = matmul %3866, %3861 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%3870 = add %3868, %3869 : f32[1,16] @ models/lib/nn.yaml:73:26
%3871 = all_reduce_sum %3870 : f32[1,16] @ models/lib/nn.yaml:73:16
%3872 = const data=[1e+02] : f32[] @ models/lib/nn.yaml:73:65
%3873 = broadcast %3872 : f32[1,16] @ models/lib/nn.yaml:73:52
%3874 = div %3871, %3873 : f32[1,16] @ models/lib/nn.yaml:73:52
%3875 = broadcast %3608 : f32[1,16] @ models/dino_pass.yaml:142:68
%3876 = mul %3875, %3874 : f32[1,16] @ models/dino_pass.yaml:142:68
%3877 = add %3857, %3876 : f32[1,16] @ models/dino_pass.yaml:142:44
%3878 = assign %164, %3877 : f32[1,16] @ models/dino_pass.yaml:142:13
%3879 = cast %1 : f64[] @ models/dino_pass.yaml:122:3
%3880 = cast %2 : f64[] @ models/dino_pass.yaml:123:3
%3881 = cast %3 : f64[] @ models/dino_pass.yaml:124:3
%3882 = const data=[-0.0013888889] : f32[] @ models/lib/dino.yaml:39:21
%3883 = broadcast %3882 : f32[2,9] @ models/lib/dino.yaml:39:21
%3884 = reshape %3883 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%3885 = broadcast %3884 : f32[2,9,16] @ models/lib/dino.yaml:39:22
%3886 = stop_gradient %3819 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3887 = mul %3885, %3886 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3888 = neg %3887 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3889 = reduce_sum %3888 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%3890 = div %3889, %3827 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3891 = broadcast %3890 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%3892 = exp %3825 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3893 = mul %3891, %3892 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3894 = stop_gradient %3819 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3895 = mul %3885, %3894 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3896 = add %3895, %3893 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3897 = div %3896, %3788 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3898 = stop_gradient %3787 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3899 = mul %3885, %3898 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3900 = neg %3899 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3901 = reduce_sum %3900 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%3902 = div %3901, %3796 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3903 = broadcast %3902 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%3904 = exp %3794 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3905 = mul %3903, %3904 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3906 = stop_gradient %3787 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3907 = mul %3885, %3906 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3908 = add %3907, %3905 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3909 = div %3908, %3788 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3910 = const data=[-0.00078125] : f32[] @ models/lib/dino.yaml:39:21
%3911 = broadcast %3910 : f32[2,16] @ models/lib/dino.yaml:39:21
%3912 = reshape %3911 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%3913 = broadcast %3912 : f32[2,16,16] @ models/lib/dino.yaml:39:22
%3914 = stop_gradient %3755 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3915 = mul %3913, %3914 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3916 = neg %3915 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3917 = reduce_sum %3916 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%3918 = div %3917, %3763 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3919 = broadcast %3918 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%3920 = exp %3761 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3921 = mul %3919, %3920 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3922 = stop_gradient %3755 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3923 = mul %3913, %3922 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3924 = add %3923, %3921 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3925 = div %3924, %3725 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3926 = stop_gradient %3724 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3927 = mul %3913, %3926 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3928 = neg %3927 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3929 = reduce_sum %3928 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%3930 = div %3929, %3733 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3931 = broadcast %3930 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%3932 = exp %3731 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3933 = mul %3931, %3932 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3934 = stop_gradient %3724 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3935 = mul %3913, %3934 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3936 = add %3935, %3933 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3937 = div %3936, %3725 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3938 = const data=[-0.083333336] : f32[] @ models/lib/dino.yaml:39:21
%3939 = broadcast %3938 : f32[2,1] @ models/lib/dino.yaml:39:21
%3940 = reshape %3939 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3941 = broadcast %3940 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3942 = stop_gradient %3675 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3943 = mul %3941, %3942 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3944 = neg %3943 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3945 = reduce_sum %3944 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3946 = div %3945, %3653 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3947 = broadcast %3946 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3948 = exp %3651 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3949 = mul %3947, %3948 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3950 = stop_gradient %3675 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3951 = mul %3941, %3950 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3952 = add %3951, %3949 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3953 = div %3952, %3609 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3954 = div %3945, %3635 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3955 = broadcast %3954 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3956 = exp %3633 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3957 = mul %3955, %3956 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3958 = stop_gradient %3675 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3959 = mul %3941, %3958 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3960 = add %3959, %3957 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3961 = div %3960, %3609 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3962 = div %3945, %3683 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3963 = broadcast %3962 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3964 = exp %3681 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3965 = mul %3963, %3964 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3966 = stop_gradient %3675 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3967 = mul %3941, %3966 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3968 = add %3967, %3965 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3969 = div %3968, %3609 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3970 = stop_gradient %3607 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3971 = mul %3941, %3970 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3972 = neg %3971 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3973 = reduce_sum %3972 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3974 = div %3973, %3653 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3975 = broadcast %3974 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3976 = exp %3651 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3977 = mul %3975, %3976 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3978 = stop_gradient %3607 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3979 = mul %3941, %3978 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3980 = add %3979, %3977 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3981 = div %3980, %3609 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3982 = add %3953, %3981 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3983 = div %3973, %3635 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3984 = broadcast %3983 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3985 = exp %3633 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3986 = mul %3984, %3985 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3987 = stop_gradient %3607 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3988 = mul %3941, %3987 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3989 = add %3988, %3986 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3990 = div %3989, %3609 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3991 = add %3961, %3990 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3992 = div %3973, %3617 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3993 = broadcast %3992 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3994 = exp %3615 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3995 = mul %3993, %3994 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3996 = stop_gradient %3607 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3997 = mul %3941, %3996 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3998 = add %3997, %3995 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3999 = div %3998, %3609 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4000 = concat %3909, %3897 axis=0 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%4001 = concat %3991, %3982 axis=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%4002 = cast %4000 : bf16[4,9,16] @ models/lib/dino.yaml:23:18
%4003 = matmul %4002, %2916 ta=0 tb=0 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%4004 = reshape %4002 : bf16[36,16] @ models/lib/dino.yaml:23:18
%4005 = reshape %3586 : bf16[36,8] @ models/lib/dino.yaml:23:18
%4006 = matmul %4004, %4005 ta=1 tb=0 : bf16[16,8] @ models/lib/dino.yaml:23:18
%4007 = cast %4006 : f32[16,8] @ models/lib/dino.yaml:22:33
%4008 = div %4007, %2913 : f32[16,8] @ models/lib/dino.yaml:22:33
%4009 = mul %4008, %2914 : f32[16,8] @ models/lib/dino.yaml:22:33
%4010 = neg %4009 : f32[16,8] @ models/lib/dino.yaml:22:33
%4011 = reduce_sum %4010 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%4012 = broadcast %315 : f32[16,1] @ models/lib/dino.yaml:22:35
%4013 = mul %4011, %4012 : f32[16,1] @ models/lib/dino.yaml:22:35
%4014 = div %4013, %2912 : f32[16,1] @ models/lib/dino.yaml:22:35
%4015 = broadcast %4014 : f32[16,8] @ models/lib/dino.yaml:22:40
%4016 = mul %4015, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%4017 = add %4016, %4016 : f32[16,8] @ models/lib/dino.yaml:22:53
%4018 = mul %4008, %2908 : f32[16,8] @ models/lib/dino.yaml:22:22
%4019 = add %4017, %4018 : f32[16,8] @ models/lib/dino.yaml:22:22
%4020 = cast %4003 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4021 = div %4020, %3584 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4022 = mul %4021, %3585 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4023 = neg %4022 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4024 = reduce_sum %4023 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:18
%4025 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%4026 = broadcast %4025 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4027 = broadcast %315 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4028 = mul %4024, %4027 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4029 = sqrt %3581 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4030 = eq %4029, %2190 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%4031 = select %4030, %4028, %4026 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4032 = sqrt %3581 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4033 = gt %4032, %2190 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%4034 = select %4033, %4024, %4031 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4035 = mul %4034, %4027 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4036 = sqrt %3581 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4037 = div %4035, %4036 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4038 = broadcast %4037 : f32[4,9,8] @ models/lib/nn.yaml:33:29
%4039 = mul %4038, %3579 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%4040 = add %4021, %4039 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%4041 = add %4040, %4039 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%4042 = reduce_sum %4041 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4043 = reshape %4042 : f32[8] @ models/lib/nn.yaml:84:18
%4044 = cast %4041 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%4045 = matmul %4044, %2897 ta=0 tb=0 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4046 = reshape %4044 : bf16[36,8] @ models/lib/nn.yaml:83:15
%4047 = reshape %3575 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4048 = matmul %4046, %4047 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%4049 = cast %4045 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4050 = add %2169, %3571 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%4051 = mul %4049, %4050 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4052 = cast %4045 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4053 = mul %2164, %3569 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4054 = mul %4052, %4053 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4055 = mul %3569, %2166 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4056 = mul %4055, %4055 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4057 = neg %4056 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4058 = exp %4057 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4059 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4060 = broadcast %4059 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4061 = mul %4058, %4060 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4062 = mul %4054, %4061 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4063 = mul %4062, %2166 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4064 = mul %4051, %2164 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4065 = add %4063, %4064 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4066 = reduce_sum %4065 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4067 = reshape %4066 : f32[24] @ models/lib/nn.yaml:84:18
%4068 = cast %4065 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4069 = matmul %4068, %2886 ta=0 tb=0 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4070 = reshape %4068 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4071 = reshape %3565 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4072 = matmul %4070, %4071 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%4073 = cast %4069 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4074 = add %2169, %3561 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%4075 = mul %4073, %4074 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4076 = cast %4069 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4077 = mul %2164, %3559 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4078 = mul %4076, %4077 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4079 = mul %3559, %2166 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4080 = mul %4079, %4079 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4081 = neg %4080 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4082 = exp %4081 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4083 = mul %4082, %4060 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4084 = mul %4078, %4083 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4085 = mul %4084, %2166 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4086 = mul %4075, %2164 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4087 = add %4085, %4086 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4088 = reduce_sum %4087 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4089 = reshape %4088 : f32[24] @ models/lib/nn.yaml:84:18
%4090 = cast %4087 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4091 = matmul %4090, %2875 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4092 = reshape %4090 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4093 = reshape %3555 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4094 = matmul %4092, %4093 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%4095 = cast %4001 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%4096 = matmul %4095, %2872 ta=0 tb=0 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%4097 = reshape %4095 : bf16[4,32] @ models/lib/dino.yaml:23:18
%4098 = reshape %3553 : bf16[4,8] @ models/lib/dino.yaml:23:18
%4099 = matmul %4097, %4098 ta=1 tb=0 : bf16[32,8] @ models/lib/dino.yaml:23:18
%4100 = cast %4099 : f32[32,8] @ models/lib/dino.yaml:22:33
%4101 = div %4100, %2869 : f32[32,8] @ models/lib/dino.yaml:22:33
%4102 = mul %4101, %2870 : f32[32,8] @ models/lib/dino.yaml:22:33
%4103 = neg %4102 : f32[32,8] @ models/lib/dino.yaml:22:33
%4104 = reduce_sum %4103 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%4105 = broadcast %315 : f32[32,1] @ models/lib/dino.yaml:22:35
%4106 = mul %4104, %4105 : f32[32,1] @ models/lib/dino.yaml:22:35
%4107 = div %4106, %2868 : f32[32,1] @ models/lib/dino.yaml:22:35
%4108 = broadcast %4107 : f32[32,8] @ models/lib/dino.yaml:22:40
%4109 = mul %4108, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%4110 = add %4109, %4109 : f32[32,8] @ models/lib/dino.yaml:22:53
%4111 = mul %4101, %2864 : f32[32,8] @ models/lib/dino.yaml:22:22
%4112 = add %4110, %4111 : f32[32,8] @ models/lib/dino.yaml:22:22
%4113 = cast %4096 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4114 = div %4113, %3551 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4115 = mul %4114, %3552 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4116 = neg %4115 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4117 = reduce_sum %4116 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%4118 = broadcast %4025 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4119 = broadcast %315 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4120 = mul %4117, %4119 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4121 = sqrt %3548 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4122 = eq %4121, %1147 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4123 = select %4122, %4120, %4118 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4124 = sqrt %3548 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4125 = gt %4124, %1147 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4126 = select %4125, %4117, %4123 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4127 = mul %4126, %4119 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4128 = sqrt %3548 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4129 = div %4127, %4128 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4130 = broadcast %4129 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%4131 = mul %4130, %3546 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4132 = add %4114, %4131 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4133 = add %4132, %4131 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4134 = reduce_sum %4133 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4135 = reshape %4134 : f32[8] @ models/lib/nn.yaml:84:18
%4136 = cast %4133 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%4137 = matmul %4136, %2853 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4138 = reshape %4136 : bf16[4,8] @ models/lib/nn.yaml:83:15
%4139 = reshape %3543 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4140 = matmul %4138, %4139 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%4141 = cast %4137 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4142 = add %1123, %3539 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%4143 = mul %4141, %4142 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4144 = cast %4137 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4145 = mul %1118, %3537 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4146 = mul %4144, %4145 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4147 = mul %3537, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4148 = mul %4147, %4147 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4149 = neg %4148 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4150 = exp %4149 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4151 = broadcast %4059 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4152 = mul %4150, %4151 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4153 = mul %4146, %4152 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4154 = mul %4153, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4155 = mul %4143, %1118 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4156 = add %4154, %4155 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4157 = reduce_sum %4156 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4158 = reshape %4157 : f32[24] @ models/lib/nn.yaml:84:18
%4159 = cast %4156 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4160 = matmul %4159, %2842 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4161 = reshape %4159 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4162 = reshape %3534 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4163 = matmul %4161, %4162 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%4164 = cast %4160 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4165 = add %1123, %3530 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%4166 = mul %4164, %4165 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4167 = cast %4160 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4168 = mul %1118, %3528 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4169 = mul %4167, %4168 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4170 = mul %3528, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4171 = mul %4170, %4170 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4172 = neg %4171 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4173 = exp %4172 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4174 = mul %4173, %4151 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4175 = mul %4169, %4174 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4176 = mul %4175, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4177 = mul %4166, %1118 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4178 = add %4176, %4177 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4179 = reduce_sum %4178 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4180 = reshape %4179 : f32[24] @ models/lib/nn.yaml:84:18
%4181 = cast %4178 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4182 = matmul %4181, %2831 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4183 = reshape %4181 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4184 = reshape %3525 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4185 = matmul %4183, %4184 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%4186 = concat %4182, %4091 axis=1 : bf16[4,10,16] @ models/dino_pass.yaml:103:28
%4187 = cast %4186 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4188 = reduce_sum %4187 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4189 = reshape %4188 : f32[16] @ models/lib/nn.yaml:96:46
%4190 = cast %4186 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4191 = mul %4190, %3520 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4192 = cast %4186 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4193 = mul %4192, %3519 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4194 = reduce_sum %4193 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4195 = reshape %4194 : f32[16] @ models/lib/nn.yaml:96:37
%4196 = mul %4191, %3518 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4197 = mul %4191, %3512 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4198 = reduce_sum %4197 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4199 = mul %3517, %3517 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4200 = mul %3517, %4199 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4201 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4202 = broadcast %4201 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4203 = mul %4200, %4202 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4204 = mul %4198, %4203 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4205 = div %4204, %1839 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4206 = broadcast %4205 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4207 = mul %4206, %3512 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4208 = add %4196, %4207 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4209 = add %4208, %4207 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4210 = neg %4209 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4211 = reduce_sum %4210 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4212 = div %4211, %1839 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4213 = broadcast %4212 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4214 = add %4209, %4213 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4215 = slice %4214 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%4216 = slice %4214 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:111:21
%4217 = reduce_sum %4215 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4218 = reshape %4217 : f32[16] @ models/lib/nn.yaml:84:18
%4219 = cast %4215 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4220 = matmul %4219, %2807 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4221 = reshape %4219 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4222 = reshape %3503 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4223 = matmul %4221, %4222 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4224 = cast %4220 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4225 = add %944, %3499 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%4226 = mul %4224, %4225 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4227 = cast %4220 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4228 = mul %939, %3497 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4229 = mul %4227, %4228 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4230 = mul %3497, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4231 = mul %4230, %4230 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4232 = neg %4231 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4233 = exp %4232 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4234 = broadcast %4059 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4235 = mul %4233, %4234 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4236 = mul %4229, %4235 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4237 = mul %4236, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4238 = mul %4226, %939 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4239 = add %4237, %4238 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4240 = reduce_sum %4239 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4241 = reshape %4240 : f32[64] @ models/lib/nn.yaml:84:18
%4242 = cast %4239 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4243 = matmul %4242, %2796 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4244 = reshape %4242 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4245 = reshape %3494 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4246 = matmul %4244, %4245 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4247 = cast %4243 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4248 = reduce_sum %4247 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4249 = reshape %4248 : f32[16] @ models/lib/nn.yaml:96:46
%4250 = cast %4243 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4251 = mul %4250, %2791 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4252 = cast %4243 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4253 = mul %4252, %3491 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4254 = reduce_sum %4253 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4255 = reshape %4254 : f32[16] @ models/lib/nn.yaml:96:37
%4256 = mul %4251, %3490 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4257 = mul %4251, %3484 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4258 = reduce_sum %4257 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4259 = mul %3489, %3489 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4260 = mul %3489, %4259 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4261 = broadcast %4201 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4262 = mul %4260, %4261 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4263 = mul %4258, %4262 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4264 = div %4263, %918 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4265 = broadcast %4264 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4266 = mul %4265, %3484 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4267 = add %4256, %4266 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4268 = add %4267, %4266 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4269 = add %4215, %4268 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4270 = neg %4268 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4271 = reduce_sum %4270 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4272 = div %4271, %918 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4273 = broadcast %4272 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4274 = add %4269, %4273 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4275 = reduce_sum %4274 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4276 = reshape %4275 : f32[16] @ models/lib/nn.yaml:84:18
%4277 = cast %4274 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4278 = matmul %4277, %2774 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4279 = reshape %4277 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4280 = reshape %3475 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4281 = matmul %4279, %4280 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4282 = reshape %4278 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4283 = permute %4282 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4284 = cast %4283 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4285 = cast %3465 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4286 = permute %4285 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4287 = slice %4284 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4288 = broadcast %4287 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4289 = slice %4286 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4290 = mul %4288, %4289 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4291 = slice %4284 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4292 = broadcast %4291 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4293 = slice %4286 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4294 = mul %4292, %4293 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4295 = add %4290, %4294 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4296 = slice %4284 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4297 = broadcast %4296 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4298 = slice %4286 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4299 = mul %4297, %4298 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4300 = add %4295, %4299 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4301 = slice %4284 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4302 = broadcast %4301 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4303 = slice %4286 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4304 = mul %4302, %4303 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4305 = add %4300, %4304 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4306 = slice %4284 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4307 = broadcast %4306 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4308 = slice %4286 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4309 = mul %4307, %4308 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4310 = add %4305, %4309 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4311 = slice %4284 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4312 = broadcast %4311 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4313 = slice %4286 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4314 = mul %4312, %4313 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4315 = add %4310, %4314 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4316 = slice %4284 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4317 = broadcast %4316 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4318 = slice %4286 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4319 = mul %4317, %4318 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4320 = add %4315, %4319 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4321 = slice %4284 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4322 = broadcast %4321 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4323 = slice %4286 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4324 = mul %4322, %4323 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4325 = add %4320, %4324 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4326 = cast %4325 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4327 = cast %3462 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4328 = permute %4327 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%4329 = cast %4283 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4330 = broadcast %4328 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4331 = broadcast %4329 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4332 = mul %4330, %4331 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4333 = cast %4332 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%4334 = cast %4326 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4335 = div %4334, %3459 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4336 = mul %4335, %3461 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4337 = neg %4336 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4338 = reduce_sum %4337 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4339 = broadcast %4338 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4340 = add %4335, %4339 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4341 = exp %3456 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4342 = mul %4340, %4341 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4343 = mul %4342, %1917 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%4344 = cast %4343 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%4345 = cast %4344 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4346 = cast %3406 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4347 = reshape %4345 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%4348 = broadcast %4347 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4349 = reshape %4346 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4350 = broadcast %4349 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4351 = mul %4348, %4350 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4352 = reduce_sum %4351 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4353 = cast %4352 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4354 = cast %4344 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4355 = permute %4354 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%4356 = cast %3403 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4357 = broadcast %4355 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4358 = broadcast %4356 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4359 = mul %4357, %4358 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4360 = cast %4359 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%4361 = cast %4333 : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%4362 = permute %4361 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%4363 = reshape %4362 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%4364 = reduce_sum %4363 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4365 = reshape %4364 : f32[16] @ models/lib/nn.yaml:84:18
%4366 = permute %4333 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4367 = reshape %4366 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4368 = matmul %4367, %2693 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4369 = reshape %4366 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4370 = reshape %3388 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4371 = matmul %4369, %4370 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4372 = cast %4360 : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%4373 = permute %4372 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%4374 = reshape %4373 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%4375 = reduce_sum %4374 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4376 = reshape %4375 : f32[16] @ models/lib/nn.yaml:84:18
%4377 = permute %4360 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4378 = reshape %4377 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4379 = matmul %4378, %2688 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4380 = cast %4368 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4381 = cast %4379 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4382 = add %4380, %4381 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4383 = reshape %4377 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4384 = matmul %4383, %4370 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4385 = cast %4353 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%4386 = permute %4385 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4387 = reshape %4386 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4388 = reduce_sum %4387 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4389 = reshape %4388 : f32[16] @ models/lib/nn.yaml:84:18
%4390 = permute %4353 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4391 = reshape %4390 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4392 = matmul %4391, %2683 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4393 = reshape %4390 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4394 = reshape %3389 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4395 = matmul %4393, %4394 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4396 = cast %4392 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4397 = pad %4396 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4398 = add %4382, %4397 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4399 = reduce_sum %4398 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4400 = reshape %4399 : f32[16] @ models/lib/nn.yaml:96:46
%4401 = mul %4398, %3384 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4402 = mul %4398, %3383 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4403 = reduce_sum %4402 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4404 = reshape %4403 : f32[16] @ models/lib/nn.yaml:96:37
%4405 = mul %4401, %3382 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4406 = mul %4401, %3376 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4407 = reduce_sum %4406 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4408 = mul %3381, %3381 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4409 = mul %3381, %4408 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4410 = mul %4409, %4202 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4411 = mul %4407, %4410 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4412 = div %4411, %1839 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4413 = broadcast %4412 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4414 = mul %4413, %3376 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4415 = add %4405, %4414 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4416 = add %4415, %4414 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4417 = neg %4416 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4418 = reduce_sum %4417 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4419 = div %4418, %1839 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4420 = broadcast %4419 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4421 = add %4416, %4420 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4422 = slice %4421 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4423 = add %4274, %4422 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4424 = slice %4421 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4425 = add %4216, %4424 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4426 = reduce_sum %4423 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4427 = reshape %4426 : f32[16] @ models/lib/nn.yaml:84:18
%4428 = cast %4423 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4429 = matmul %4428, %2659 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4430 = reshape %4428 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4431 = reshape %3367 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4432 = matmul %4430, %4431 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4433 = cast %4429 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4434 = add %944, %3363 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%4435 = mul %4433, %4434 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4436 = cast %4429 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4437 = mul %939, %3361 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4438 = mul %4436, %4437 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4439 = mul %3361, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4440 = mul %4439, %4439 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4441 = neg %4440 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4442 = exp %4441 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4443 = mul %4442, %4234 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4444 = mul %4438, %4443 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4445 = mul %4444, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4446 = mul %4435, %939 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4447 = add %4445, %4446 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4448 = reduce_sum %4447 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4449 = reshape %4448 : f32[64] @ models/lib/nn.yaml:84:18
%4450 = cast %4447 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4451 = matmul %4450, %2648 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4452 = reshape %4450 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4453 = reshape %3358 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4454 = matmul %4452, %4453 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4455 = cast %4451 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4456 = reduce_sum %4455 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4457 = reshape %4456 : f32[16] @ models/lib/nn.yaml:96:46
%4458 = cast %4451 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4459 = mul %4458, %2643 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4460 = cast %4451 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4461 = mul %4460, %3355 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4462 = reduce_sum %4461 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4463 = reshape %4462 : f32[16] @ models/lib/nn.yaml:96:37
%4464 = mul %4459, %3354 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4465 = mul %4459, %3348 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4466 = reduce_sum %4465 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4467 = mul %3353, %3353 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4468 = mul %3353, %4467 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4469 = mul %4468, %4261 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4470 = mul %4466, %4469 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4471 = div %4470, %918 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4472 = broadcast %4471 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4473 = mul %4472, %3348 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4474 = add %4464, %4473 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4475 = add %4474, %4473 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4476 = add %4423, %4475 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4477 = neg %4475 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4478 = reduce_sum %4477 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4479 = div %4478, %918 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4480 = broadcast %4479 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4481 = add %4476, %4480 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4482 = reduce_sum %4481 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4483 = reshape %4482 : f32[16] @ models/lib/nn.yaml:84:18
%4484 = cast %4481 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4485 = matmul %4484, %2626 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4486 = reshape %4484 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4487 = reshape %3339 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4488 = matmul %4486, %4487 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4489 = reshape %4485 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4490 = permute %4489 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4491 = cast %4490 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4492 = cast %3329 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4493 = permute %4492 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4494 = slice %4491 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4495 = broadcast %4494 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4496 = slice %4493 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4497 = mul %4495, %4496 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4498 = slice %4491 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4499 = broadcast %4498 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4500 = slice %4493 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4501 = mul %4499, %4500 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4502 = add %4497, %4501 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4503 = slice %4491 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4504 = broadcast %4503 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4505 = slice %4493 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4506 = mul %4504, %4505 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4507 = add %4502, %4506 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4508 = slice %4491 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4509 = broadcast %4508 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4510 = slice %4493 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4511 = mul %4509, %4510 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4512 = add %4507, %4511 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4513 = slice %4491 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4514 = broadcast %4513 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4515 = slice %4493 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4516 = mul %4514, %4515 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4517 = add %4512, %4516 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4518 = slice %4491 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4519 = broadcast %4518 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4520 = slice %4493 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4521 = mul %4519, %4520 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4522 = add %4517, %4521 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4523 = slice %4491 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4524 = broadcast %4523 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4525 = slice %4493 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4526 = mul %4524, %4525 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4527 = add %4522, %4526 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4528 = slice %4491 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4529 = broadcast %4528 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4530 = slice %4493 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4531 = mul %4529, %4530 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4532 = add %4527, %4531 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4533 = cast %4532 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4534 = cast %3326 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4535 = permute %4534 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%4536 = cast %4490 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4537 = broadcast %4535 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4538 = broadcast %4536 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4539 = mul %4537, %4538 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4540 = cast %4539 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%4541 = cast %4533 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4542 = div %4541, %3323 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4543 = mul %4542, %3325 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4544 = neg %4543 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4545 = reduce_sum %4544 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4546 = broadcast %4545 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4547 = add %4542, %4546 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4548 = exp %3320 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4549 = mul %4547, %4548 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4550 = mul %4549, %1917 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%4551 = cast %4550 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%4552 = cast %4551 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4553 = cast %3270 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4554 = reshape %4552 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%4555 = broadcast %4554 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4556 = reshape %4553 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4557 = broadcast %4556 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4558 = mul %4555, %4557 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4559 = reduce_sum %4558 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4560 = cast %4559 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4561 = cast %4551 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4562 = permute %4561 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%4563 = cast %3267 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4564 = broadcast %4562 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4565 = broadcast %4563 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4566 = mul %4564, %4565 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4567 = cast %4566 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%4568 = cast %4540 : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%4569 = permute %4568 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%4570 = reshape %4569 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%4571 = reduce_sum %4570 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4572 = reshape %4571 : f32[16] @ models/lib/nn.yaml:84:18
%4573 = permute %4540 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4574 = reshape %4573 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4575 = matmul %4574, %2545 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4576 = reshape %4573 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4577 = reshape %3252 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4578 = matmul %4576, %4577 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4579 = cast %4567 : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%4580 = permute %4579 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%4581 = reshape %4580 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%4582 = reduce_sum %4581 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4583 = reshape %4582 : f32[16] @ models/lib/nn.yaml:84:18
%4584 = permute %4567 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4585 = reshape %4584 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4586 = matmul %4585, %2540 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4587 = cast %4575 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4588 = cast %4586 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4589 = add %4587, %4588 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4590 = reshape %4584 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4591 = matmul %4590, %4577 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4592 = cast %4560 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%4593 = permute %4592 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4594 = reshape %4593 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4595 = reduce_sum %4594 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4596 = reshape %4595 : f32[16] @ models/lib/nn.yaml:84:18
%4597 = permute %4560 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4598 = reshape %4597 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4599 = matmul %4598, %2535 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4600 = reshape %4597 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4601 = reshape %3253 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4602 = matmul %4600, %4601 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4603 = cast %4599 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4604 = pad %4603 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4605 = add %4589, %4604 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4606 = reduce_sum %4605 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4607 = reshape %4606 : f32[16] @ models/lib/nn.yaml:96:46
%4608 = mul %4605, %3248 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4609 = mul %4605, %3247 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4610 = reduce_sum %4609 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4611 = reshape %4610 : f32[16] @ models/lib/nn.yaml:96:37
%4612 = mul %4608, %3246 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4613 = mul %4608, %3240 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4614 = reduce_sum %4613 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4615 = mul %3245, %3245 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4616 = mul %3245, %4615 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4617 = mul %4616, %4202 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4618 = mul %4614, %4617 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4619 = div %4618, %1839 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4620 = broadcast %4619 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4621 = mul %4620, %3240 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4622 = add %4612, %4621 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4623 = add %4622, %4621 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4624 = neg %4623 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4625 = reduce_sum %4624 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4626 = div %4625, %1839 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4627 = broadcast %4626 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4628 = add %4623, %4627 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4629 = slice %4628 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4630 = add %4481, %4629 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4631 = slice %4628 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4632 = add %4425, %4631 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4633 = reduce_sum %4630 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4634 = mul %4632, %3233 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%4635 = div %4634, %3189 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4636 = reduce_sum %4635 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4637 = reshape %4636 : f32[16] @ models/lib/nn.yaml:84:18
%4638 = div %4634, %3189 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4639 = cast %4638 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4640 = matmul %4639, %2503 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4641 = reshape %4639 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4642 = reshape %3223 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4643 = matmul %4641, %4642 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4644 = cast %4640 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4645 = add %1375, %3219 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%4646 = mul %4644, %4645 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4647 = cast %4640 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4648 = mul %1370, %3217 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4649 = mul %4647, %4648 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4650 = mul %3217, %1372 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4651 = mul %4650, %4650 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4652 = neg %4651 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4653 = exp %4652 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4654 = broadcast %4059 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4655 = mul %4653, %4654 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4656 = mul %4649, %4655 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4657 = mul %4656, %1372 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4658 = mul %4646, %1370 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4659 = add %4657, %4658 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4660 = reduce_sum %4659 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4661 = reshape %4660 : f32[64] @ models/lib/nn.yaml:84:18
%4662 = cast %4659 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4663 = matmul %4662, %2492 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4664 = reshape %4662 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4665 = reshape %3213 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4666 = matmul %4664, %4665 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4667 = cast %4663 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4668 = reduce_sum %4667 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4669 = reshape %4668 : f32[16] @ models/lib/nn.yaml:96:46
%4670 = cast %4663 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4671 = mul %4670, %3209 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4672 = cast %4663 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4673 = mul %4672, %3208 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4674 = reduce_sum %4673 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4675 = reshape %4674 : f32[16] @ models/lib/nn.yaml:96:37
%4676 = mul %4671, %3207 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4677 = mul %4671, %3201 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4678 = reduce_sum %4677 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4679 = mul %3206, %3206 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4680 = mul %3206, %4679 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4681 = broadcast %4201 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4682 = mul %4680, %4681 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4683 = mul %4678, %4682 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4684 = div %4683, %1239 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4685 = broadcast %4684 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4686 = mul %4685, %3201 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4687 = add %4676, %4686 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4688 = add %4687, %4686 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4689 = add %4632, %4688 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4690 = neg %4688 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4691 = reduce_sum %4690 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4692 = div %4691, %1239 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4693 = broadcast %4692 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4694 = add %4689, %4693 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4695 = mul %4694, %3195 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%4696 = div %4695, %3189 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4697 = reduce_sum %4696 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4698 = reshape %4697 : f32[16] @ models/lib/nn.yaml:84:18
%4699 = div %4695, %3189 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4700 = cast %4699 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4701 = matmul %4700, %2459 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4702 = reshape %4700 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4703 = reshape %3183 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4704 = matmul %4702, %4703 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4705 = reshape %4701 : bf16[4,9,2,8] @ models/lib/nn.yaml:57:16
%4706 = permute %4705 perm=[0,2,1,3] : bf16[4,2,9,8] @ models/lib/nn.yaml:56:13
%4707 = cast %4706 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4708 = cast %3173 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4709 = permute %4708 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%4710 = slice %4707 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4711 = broadcast %4710 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4712 = slice %4709 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4713 = broadcast %4712 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4714 = mul %4711, %4713 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4715 = slice %4707 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4716 = broadcast %4715 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4717 = slice %4709 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4718 = broadcast %4717 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4719 = mul %4716, %4718 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4720 = add %4714, %4719 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4721 = slice %4707 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4722 = broadcast %4721 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4723 = slice %4709 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4724 = broadcast %4723 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4725 = mul %4722, %4724 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4726 = add %4720, %4725 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4727 = slice %4707 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4728 = broadcast %4727 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4729 = slice %4709 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4730 = broadcast %4729 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4731 = mul %4728, %4730 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4732 = add %4726, %4731 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4733 = slice %4707 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4734 = broadcast %4733 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4735 = slice %4709 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4736 = broadcast %4735 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4737 = mul %4734, %4736 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4738 = add %4732, %4737 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4739 = slice %4707 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4740 = broadcast %4739 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4741 = slice %4709 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4742 = broadcast %4741 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4743 = mul %4740, %4742 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4744 = add %4738, %4743 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4745 = slice %4707 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4746 = broadcast %4745 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4747 = slice %4709 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4748 = broadcast %4747 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4749 = mul %4746, %4748 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4750 = add %4744, %4749 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4751 = slice %4707 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4752 = broadcast %4751 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4753 = slice %4709 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4754 = broadcast %4753 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4755 = mul %4752, %4754 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4756 = add %4750, %4755 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4757 = cast %4756 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%4758 = cast %3171 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4759 = permute %4758 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4760 = cast %4706 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4761 = reshape %4759 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%4762 = broadcast %4761 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4763 = reshape %4760 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%4764 = broadcast %4763 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4765 = mul %4762, %4764 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4766 = reduce_sum %4765 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4767 = cast %4766 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%4768 = cast %4757 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4769 = div %4768, %3168 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4770 = mul %4769, %3170 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4771 = neg %4770 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4772 = reduce_sum %4771 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%4773 = broadcast %4772 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4774 = add %4769, %4773 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4775 = exp %3165 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4776 = mul %4774, %4775 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4777 = mul %4776, %1318 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%4778 = cast %4777 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%4779 = cast %4778 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4780 = cast %3107 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4781 = reshape %4779 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4782 = broadcast %4781 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4783 = reshape %4780 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4784 = broadcast %4783 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4785 = mul %4782, %4784 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4786 = reduce_sum %4785 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4787 = cast %4786 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%4788 = cast %4778 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4789 = permute %4788 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4790 = cast %3105 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4791 = reshape %4789 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4792 = broadcast %4791 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4793 = reshape %4790 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4794 = broadcast %4793 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4795 = mul %4792, %4794 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4796 = reduce_sum %4795 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4797 = cast %4796 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%4798 = reshape %4797 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%4799 = reshape %4767 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%4800 = reshape %4787 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%4801 = concat %4800, %4798, %4799 axis=0 : bf16[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4802 = cast %4801 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4803 = permute %4802 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%4804 = reshape %4803 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%4805 = reduce_sum %4804 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4806 = reshape %4805 : f32[48] @ models/lib/nn.yaml:84:18
%4807 = permute %4801 perm=[1,3,0,2,4] : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%4808 = reshape %4807 : bf16[4,9,48] @ models/lib/nn.yaml:66:21
%4809 = matmul %4808, %2370 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4810 = reshape %4807 : bf16[36,48] @ models/lib/nn.yaml:83:15
%4811 = reshape %3096 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4812 = matmul %4810, %4811 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%4813 = cast %4809 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4814 = reduce_sum %4813 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4815 = reshape %4814 : f32[16] @ models/lib/nn.yaml:96:46
%4816 = cast %4809 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4817 = mul %4816, %3092 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4818 = cast %4809 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4819 = mul %4818, %3091 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4820 = reduce_sum %4819 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4821 = reshape %4820 : f32[16] @ models/lib/nn.yaml:96:37
%4822 = mul %4817, %3090 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4823 = mul %4817, %3084 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4824 = reduce_sum %4823 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4825 = mul %3089, %3089 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4826 = mul %3089, %4825 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4827 = mul %4826, %4681 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4828 = mul %4824, %4827 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4829 = div %4828, %1239 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4830 = broadcast %4829 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4831 = mul %4830, %3084 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4832 = add %4822, %4831 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4833 = add %4832, %4831 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4834 = add %4694, %4833 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4835 = neg %4833 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4836 = reduce_sum %4835 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4837 = div %4836, %1239 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4838 = broadcast %4837 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4839 = add %4834, %4838 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4840 = reduce_sum %4839 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4841 = reshape %4840 : f32[16] @ models/lib/nn.yaml:84:18
%4842 = cast %4839 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4843 = matmul %4842, %2348 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4844 = reshape %4842 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4845 = reshape %3075 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4846 = matmul %4844, %4845 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4847 = cast %4843 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4848 = add %1375, %3071 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%4849 = mul %4847, %4848 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4850 = cast %4843 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4851 = mul %1370, %3069 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4852 = mul %4850, %4851 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4853 = mul %3069, %1372 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4854 = mul %4853, %4853 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4855 = neg %4854 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4856 = exp %4855 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4857 = mul %4856, %4654 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4858 = mul %4852, %4857 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4859 = mul %4858, %1372 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4860 = mul %4849, %1370 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4861 = add %4859, %4860 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4862 = reduce_sum %4861 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4863 = reshape %4862 : f32[64] @ models/lib/nn.yaml:84:18
%4864 = cast %4861 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4865 = matmul %4864, %2337 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4866 = reshape %4864 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4867 = reshape %3065 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4868 = matmul %4866, %4867 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4869 = cast %4865 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4870 = reduce_sum %4869 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4871 = reshape %4870 : f32[16] @ models/lib/nn.yaml:96:46
%4872 = cast %4865 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4873 = mul %4872, %3061 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4874 = cast %4865 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4875 = mul %4874, %3060 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4876 = reduce_sum %4875 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4877 = reshape %4876 : f32[16] @ models/lib/nn.yaml:96:37
%4878 = mul %4873, %3059 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4879 = mul %4873, %3053 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4880 = reduce_sum %4879 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4881 = mul %3058, %3058 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4882 = mul %3058, %4881 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4883 = mul %4882, %4681 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4884 = mul %4880, %4883 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4885 = div %4884, %1239 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4886 = broadcast %4885 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4887 = mul %4886, %3053 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4888 = add %4878, %4887 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4889 = add %4888, %4887 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4890 = add %4839, %4889 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4891 = neg %4889 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4892 = reduce_sum %4891 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4893 = div %4892, %1239 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4894 = broadcast %4893 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4895 = add %4890, %4894 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4896 = reduce_sum %4895 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4897 = reshape %4896 : f32[16] @ models/lib/nn.yaml:84:18
%4898 = cast %4895 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4899 = matmul %4898, %2315 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4900 = reshape %4898 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4901 = reshape %3043 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4902 = matmul %4900, %4901 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4903 = reshape %4899 : bf16[4,9,2,8] @ models/lib/nn.yaml:57:16
%4904 = permute %4903 perm=[0,2,1,3] : bf16[4,2,9,8] @ models/lib/nn.yaml:56:13
%4905 = cast %4904 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4906 = cast %3033 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4907 = permute %4906 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%4908 = slice %4905 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4909 = broadcast %4908 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4910 = slice %4907 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4911 = broadcast %4910 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4912 = mul %4909, %4911 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4913 = slice %4905 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4914 = broadcast %4913 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4915 = slice %4907 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4916 = broadcast %4915 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4917 = mul %4914, %4916 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4918 = add %4912, %4917 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4919 = slice %4905 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4920 = broadcast %4919 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4921 = slice %4907 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4922 = broadcast %4921 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4923 = mul %4920, %4922 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4924 = add %4918, %4923 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4925 = slice %4905 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4926 = broadcast %4925 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4927 = slice %4907 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4928 = broadcast %4927 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4929 = mul %4926, %4928 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4930 = add %4924, %4929 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4931 = slice %4905 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4932 = broadcast %4931 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4933 = slice %4907 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4934 = broadcast %4933 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4935 = mul %4932, %4934 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4936 = add %4930, %4935 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4937 = slice %4905 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4938 = broadcast %4937 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4939 = slice %4907 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4940 = broadcast %4939 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4941 = mul %4938, %4940 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4942 = add %4936, %4941 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4943 = slice %4905 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4944 = broadcast %4943 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4945 = slice %4907 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4946 = broadcast %4945 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4947 = mul %4944, %4946 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4948 = add %4942, %4947 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4949 = slice %4905 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4950 = broadcast %4949 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4951 = slice %4907 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4952 = broadcast %4951 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4953 = mul %4950, %4952 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4954 = add %4948, %4953 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4955 = cast %4954 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%4956 = cast %3031 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4957 = permute %4956 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4958 = cast %4904 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4959 = reshape %4957 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%4960 = broadcast %4959 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4961 = reshape %4958 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%4962 = broadcast %4961 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4963 = mul %4960, %4962 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4964 = reduce_sum %4963 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4965 = cast %4964 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%4966 = cast %4955 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4967 = div %4966, %3028 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4968 = mul %4967, %3030 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4969 = neg %4968 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4970 = reduce_sum %4969 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%4971 = broadcast %4970 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4972 = add %4967, %4971 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4973 = exp %3025 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4974 = mul %4972, %4973 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4975 = mul %4974, %1318 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%4976 = cast %4975 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%4977 = cast %4976 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4978 = cast %2967 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4979 = reshape %4977 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4980 = broadcast %4979 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4981 = reshape %4978 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4982 = broadcast %4981 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4983 = mul %4980, %4982 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4984 = reduce_sum %4983 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4985 = cast %4984 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%4986 = cast %4976 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4987 = permute %4986 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4988 = cast %2965 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4989 = reshape %4987 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4990 = broadcast %4989 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4991 = reshape %4988 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4992 = broadcast %4991 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4993 = mul %4990, %4992 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4994 = reduce_sum %4993 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4995 = cast %4994 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%4996 = reshape %4995 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%4997 = reshape %4965 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%4998 = reshape %4985 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%4999 = concat %4998, %4996, %4997 axis=0 : bf16[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%5000 = cast %4999 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%5001 = permute %5000 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%5002 = reshape %5001 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%5003 = reduce_sum %5002 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5004 = reshape %5003 : f32[48] @ models/lib/nn.yaml:84:18
%5005 = permute %4999 perm=[1,3,0,2,4] : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%5006 = reshape %5005 : bf16[4,9,48] @ models/lib/nn.yaml:66:21
%5007 = matmul %5006, %2226 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5008 = reshape %5005 : bf16[36,48] @ models/lib/nn.yaml:83:15
%5009 = reshape %2956 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5010 = matmul %5008, %5009 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%5011 = cast %5007 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5012 = reduce_sum %5011 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5013 = reshape %5012 : f32[16] @ models/lib/nn.yaml:96:46
%5014 = cast %5007 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5015 = mul %5014, %2952 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5016 = cast %5007 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5017 = mul %5016, %2951 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5018 = reduce_sum %5017 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5019 = reshape %5018 : f32[16] @ models/lib/nn.yaml:96:37
%5020 = mul %5015, %2950 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5021 = mul %5015, %2944 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5022 = reduce_sum %5021 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%5023 = mul %2949, %2949 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5024 = mul %2949, %5023 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5025 = mul %5024, %4681 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5026 = mul %5022, %5025 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5027 = div %5026, %1239 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%5028 = broadcast %5027 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%5029 = mul %5028, %2944 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5030 = add %5020, %5029 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5031 = add %5030, %5029 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5032 = add %4895, %5031 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5033 = neg %5031 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5034 = reduce_sum %5033 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%5035 = div %5034, %1239 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%5036 = broadcast %5035 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5037 = add %5032, %5036 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5038 = reduce_sum %5037 axes=[0] keep=1 : f32[1,9,16] @ models/lib/vit.yaml:62:15
%5039 = cast %5038 : bf16[1,9,16] @ models/lib/vit.yaml:34:15
%5040 = reshape %5039 : bf16[3,3,16] @ models/lib/vit.yaml:36:16
%5041 = permute %5040 perm=[1,0,2] : bf16[3,3,16] @ models/lib/vit.yaml:35:13
%5042 = reshape %5041 : bf16[3,48] @ models/lib/vit.yaml:35:21
%5043 = matmul %1225, %5042 ta=1 tb=0 : bf16[4,48] @ models/lib/vit.yaml:34:15
%5044 = reshape %5043 : bf16[4,3,16] @ models/lib/vit.yaml:34:17
%5045 = permute %5044 perm=[1,0,2] : bf16[3,4,16] @ models/lib/vit.yaml:33:13
%5046 = reshape %5045 : bf16[3,64] @ models/lib/vit.yaml:33:21
%5047 = matmul %1225, %5046 ta=1 tb=0 : bf16[4,64] @ models/lib/vit.yaml:32:15
%5048 = cast %5047 : f32[4,64] @ models/lib/vit.yaml:32:17
%5049 = reshape %5048 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%5050 = reduce_sum %5037 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%5051 = reshape %5050 : f32[16] @ models/lib/vit.yaml:17:71
%5052 = reshape %5037 : f32[36,16] @ models/lib/vit.yaml:17:18
%5053 = cast %5052 : bf16[36,16] @ models/lib/vit.yaml:17:18
%5054 = reshape %1217 : bf16[36,48] @ models/lib/vit.yaml:17:18
%5055 = matmul %5053, %5054 ta=1 tb=0 : bf16[16,48] @ models/lib/vit.yaml:17:18
%5056 = cast %5055 : f32[16,48] @ models/lib/vit.yaml:17:20
%5057 = reshape %5056 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%5058 = concat %3937, %3925 axis=0 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%5059 = concat %3969, %3999 axis=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%5060 = cast %5058 : bf16[4,16,16] @ models/lib/dino.yaml:23:18
%5061 = matmul %5060, %2916 ta=0 tb=0 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%5062 = reshape %5060 : bf16[64,16] @ models/lib/dino.yaml:23:18
%5063 = reshape %2915 : bf16[64,8] @ models/lib/dino.yaml:23:18
%5064 = matmul %5062, %5063 ta=1 tb=0 : bf16[16,8] @ models/lib/dino.yaml:23:18
%5065 = cast %5064 : f32[16,8] @ models/lib/dino.yaml:22:33
%5066 = div %5065, %2913 : f32[16,8] @ models/lib/dino.yaml:22:33
%5067 = mul %5066, %2914 : f32[16,8] @ models/lib/dino.yaml:22:33
%5068 = neg %5067 : f32[16,8] @ models/lib/dino.yaml:22:33
%5069 = reduce_sum %5068 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%5070 = mul %5069, %4012 : f32[16,1] @ models/lib/dino.yaml:22:35
%5071 = div %5070, %2912 : f32[16,1] @ models/lib/dino.yaml:22:35
%5072 = broadcast %5071 : f32[16,8] @ models/lib/dino.yaml:22:40
%5073 = mul %5072, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%5074 = add %4019, %5073 : f32[16,8] @ models/lib/dino.yaml:22:53
%5075 = add %5074, %5073 : f32[16,8] @ models/lib/dino.yaml:22:53
%5076 = mul %5066, %2908 : f32[16,8] @ models/lib/dino.yaml:22:22
%5077 = add %5075, %5076 : f32[16,8] @ models/lib/dino.yaml:22:22
%5078 = cast %5061 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5079 = div %5078, %2906 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5080 = mul %5079, %2907 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5081 = neg %5080 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5082 = reduce_sum %5081 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%5083 = broadcast %4025 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5084 = broadcast %315 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5085 = mul %5082, %5084 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5086 = sqrt %2903 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5087 = eq %5086, %1195 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%5088 = select %5087, %5085, %5083 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5089 = sqrt %2903 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5090 = gt %5089, %1195 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%5091 = select %5090, %5082, %5088 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5092 = mul %5091, %5084 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5093 = sqrt %2903 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5094 = div %5092, %5093 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5095 = broadcast %5094 : f32[4,16,8] @ models/lib/nn.yaml:33:29
%5096 = mul %5095, %2901 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5097 = add %5079, %5096 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5098 = add %5097, %5096 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5099 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,64] @ models/lib/nn.yaml:84:18
%5100 = reshape %5098 : f32[64,8] @ models/lib/nn.yaml:84:18
%5101 = matmul %5099, %5100 ta=0 tb=0 : f32[1,8] @ models/lib/nn.yaml:84:18
%5102 = reshape %5101 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%5103 = reshape %5102 : f32[8] @ models/lib/nn.yaml:84:18
%5104 = add %4043, %5103 : f32[8] @ models/lib/nn.yaml:84:18
%5105 = cast %5098 : bf16[4,16,8] @ models/lib/nn.yaml:83:15
%5106 = matmul %5105, %2897 ta=0 tb=0 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5107 = reshape %5105 : bf16[64,8] @ models/lib/nn.yaml:83:15
%5108 = reshape %2896 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5109 = matmul %5107, %5108 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%5110 = cast %4048 : f32[8,24] @ models/lib/nn.yaml:83:15
%5111 = cast %5109 : f32[8,24] @ models/lib/nn.yaml:83:15
%5112 = add %5110, %5111 : f32[8,24] @ models/lib/nn.yaml:83:15
%5113 = cast %5106 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5114 = add %1172, %2892 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%5115 = mul %5113, %5114 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5116 = cast %5106 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5117 = mul %1167, %2890 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5118 = mul %5116, %5117 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5119 = mul %2890, %1169 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5120 = mul %5119, %5119 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5121 = neg %5120 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5122 = exp %5121 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5123 = broadcast %4059 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5124 = mul %5122, %5123 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5125 = mul %5118, %5124 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5126 = mul %5125, %1169 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5127 = mul %5115, %1167 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5128 = add %5126, %5127 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5129 = reshape %5128 : f32[64,24] @ models/lib/nn.yaml:84:18
%5130 = matmul %5099, %5129 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%5131 = reshape %5130 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5132 = reshape %5131 : f32[24] @ models/lib/nn.yaml:84:18
%5133 = add %4067, %5132 : f32[24] @ models/lib/nn.yaml:84:18
%5134 = cast %5128 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5135 = matmul %5134, %2886 ta=0 tb=0 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5136 = reshape %5134 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5137 = reshape %2885 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5138 = matmul %5136, %5137 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%5139 = cast %4072 : f32[24,24] @ models/lib/nn.yaml:83:15
%5140 = cast %5138 : f32[24,24] @ models/lib/nn.yaml:83:15
%5141 = add %5139, %5140 : f32[24,24] @ models/lib/nn.yaml:83:15
%5142 = cast %5135 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5143 = add %1172, %2881 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%5144 = mul %5142, %5143 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5145 = cast %5135 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5146 = mul %1167, %2879 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5147 = mul %5145, %5146 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5148 = mul %2879, %1169 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5149 = mul %5148, %5148 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5150 = neg %5149 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5151 = exp %5150 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5152 = mul %5151, %5123 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5153 = mul %5147, %5152 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5154 = mul %5153, %1169 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5155 = mul %5144, %1167 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5156 = add %5154, %5155 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5157 = reshape %5156 : f32[64,24] @ models/lib/nn.yaml:84:18
%5158 = matmul %5099, %5157 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%5159 = reshape %5158 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5160 = reshape %5159 : f32[24] @ models/lib/nn.yaml:84:18
%5161 = add %4089, %5160 : f32[24] @ models/lib/nn.yaml:84:18
%5162 = cast %5156 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5163 = matmul %5162, %2875 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5164 = reshape %5162 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5165 = reshape %2874 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5166 = matmul %5164, %5165 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%5167 = cast %4094 : f32[24,16] @ models/lib/nn.yaml:83:15
%5168 = cast %5166 : f32[24,16] @ models/lib/nn.yaml:83:15
%5169 = add %5167, %5168 : f32[24,16] @ models/lib/nn.yaml:83:15
%5170 = cast %5059 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%5171 = matmul %5170, %2872 ta=0 tb=0 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%5172 = reshape %5170 : bf16[4,32] @ models/lib/dino.yaml:23:18
%5173 = reshape %2871 : bf16[4,8] @ models/lib/dino.yaml:23:18
%5174 = matmul %5172, %5173 ta=1 tb=0 : bf16[32,8] @ models/lib/dino.yaml:23:18
%5175 = cast %5174 : f32[32,8] @ models/lib/dino.yaml:22:33
%5176 = div %5175, %2869 : f32[32,8] @ models/lib/dino.yaml:22:33
%5177 = mul %5176, %2870 : f32[32,8] @ models/lib/dino.yaml:22:33
%5178 = neg %5177 : f32[32,8] @ models/lib/dino.yaml:22:33
%5179 = reduce_sum %5178 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%5180 = mul %5179, %4105 : f32[32,1] @ models/lib/dino.yaml:22:35
%5181 = div %5180, %2868 : f32[32,1] @ models/lib/dino.yaml:22:35
%5182 = broadcast %5181 : f32[32,8] @ models/lib/dino.yaml:22:40
%5183 = mul %5182, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%5184 = add %4112, %5183 : f32[32,8] @ models/lib/dino.yaml:22:53
%5185 = add %5184, %5183 : f32[32,8] @ models/lib/dino.yaml:22:53
%5186 = mul %5176, %2864 : f32[32,8] @ models/lib/dino.yaml:22:22
%5187 = add %5185, %5186 : f32[32,8] @ models/lib/dino.yaml:22:22
%5188 = cast %5171 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5189 = div %5188, %2862 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5190 = mul %5189, %2863 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5191 = neg %5190 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5192 = reduce_sum %5191 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%5193 = mul %5192, %4119 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5194 = sqrt %2859 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5195 = eq %5194, %1147 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%5196 = select %5195, %5193, %4118 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5197 = sqrt %2859 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5198 = gt %5197, %1147 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%5199 = select %5198, %5192, %5196 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5200 = mul %5199, %4119 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5201 = sqrt %2859 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5202 = div %5200, %5201 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5203 = broadcast %5202 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%5204 = mul %5203, %2857 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5205 = add %5189, %5204 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5206 = add %5205, %5204 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5207 = reduce_sum %5206 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%5208 = reshape %5207 : f32[8] @ models/lib/nn.yaml:84:18
%5209 = add %4135, %5208 : f32[8] @ models/lib/nn.yaml:84:18
%5210 = cast %5206 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%5211 = matmul %5210, %2853 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5212 = reshape %5210 : bf16[4,8] @ models/lib/nn.yaml:83:15
%5213 = reshape %2852 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5214 = matmul %5212, %5213 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%5215 = cast %4140 : f32[8,24] @ models/lib/nn.yaml:83:15
%5216 = cast %5214 : f32[8,24] @ models/lib/nn.yaml:83:15
%5217 = add %5215, %5216 : f32[8,24] @ models/lib/nn.yaml:83:15
%5218 = cast %5211 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5219 = add %1123, %2848 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%5220 = mul %5218, %5219 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5221 = cast %5211 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5222 = mul %1118, %2846 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5223 = mul %5221, %5222 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5224 = mul %2846, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5225 = mul %5224, %5224 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5226 = neg %5225 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5227 = exp %5226 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5228 = mul %5227, %4151 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5229 = mul %5223, %5228 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5230 = mul %5229, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5231 = mul %5220, %1118 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5232 = add %5230, %5231 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5233 = reduce_sum %5232 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5234 = reshape %5233 : f32[24] @ models/lib/nn.yaml:84:18
%5235 = add %4158, %5234 : f32[24] @ models/lib/nn.yaml:84:18
%5236 = cast %5232 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5237 = matmul %5236, %2842 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5238 = reshape %5236 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5239 = reshape %2841 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5240 = matmul %5238, %5239 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%5241 = cast %4163 : f32[24,24] @ models/lib/nn.yaml:83:15
%5242 = cast %5240 : f32[24,24] @ models/lib/nn.yaml:83:15
%5243 = add %5241, %5242 : f32[24,24] @ models/lib/nn.yaml:83:15
%5244 = cast %5237 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5245 = add %1123, %2837 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%5246 = mul %5244, %5245 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5247 = cast %5237 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5248 = mul %1118, %2835 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5249 = mul %5247, %5248 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5250 = mul %2835, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5251 = mul %5250, %5250 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5252 = neg %5251 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5253 = exp %5252 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5254 = mul %5253, %4151 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5255 = mul %5249, %5254 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5256 = mul %5255, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5257 = mul %5246, %1118 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5258 = add %5256, %5257 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5259 = reduce_sum %5258 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5260 = reshape %5259 : f32[24] @ models/lib/nn.yaml:84:18
%5261 = add %4180, %5260 : f32[24] @ models/lib/nn.yaml:84:18
%5262 = cast %5258 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5263 = matmul %5262, %2831 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5264 = reshape %5262 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5265 = reshape %2830 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5266 = matmul %5264, %5265 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%5267 = cast %4185 : f32[24,16] @ models/lib/nn.yaml:83:15
%5268 = cast %5266 : f32[24,16] @ models/lib/nn.yaml:83:15
%5269 = add %5267, %5268 : f32[24,16] @ models/lib/nn.yaml:83:15
%5270 = concat %5263, %5163 axis=1 : bf16[4,17,16] @ models/dino_pass.yaml:103:28
%5271 = cast %5270 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%5272 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:46
%5273 = reshape %5271 : f32[68,16] @ models/lib/nn.yaml:96:46
%5274 = matmul %5272, %5273 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5275 = reshape %5274 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5276 = reshape %5275 : f32[16] @ models/lib/nn.yaml:96:46
%5277 = add %4189, %5276 : f32[16] @ models/lib/nn.yaml:96:46
%5278 = mul %5271, %2825 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5279 = mul %5271, %2824 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5280 = reshape %5279 : f32[68,16] @ models/lib/nn.yaml:96:37
%5281 = matmul %5272, %5280 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5282 = reshape %5281 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5283 = reshape %5282 : f32[16] @ models/lib/nn.yaml:96:37
%5284 = add %4195, %5283 : f32[16] @ models/lib/nn.yaml:96:37
%5285 = mul %5278, %2823 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5286 = mul %5278, %2817 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5287 = reduce_sum %5286 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5288 = mul %2822, %2822 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5289 = mul %2822, %5288 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5290 = broadcast %4201 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5291 = mul %5289, %5290 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5292 = mul %5287, %5291 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5293 = div %5292, %805 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5294 = broadcast %5293 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5295 = mul %5294, %2817 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5296 = add %5285, %5295 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5297 = add %5296, %5295 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5298 = neg %5297 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5299 = reduce_sum %5298 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5300 = div %5299, %805 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5301 = broadcast %5300 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5302 = add %5297, %5301 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5303 = slice %5302 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%5304 = slice %5302 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:111:21
%5305 = reduce_sum %5303 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5306 = reshape %5305 : f32[16] @ models/lib/nn.yaml:84:18
%5307 = add %4218, %5306 : f32[16] @ models/lib/nn.yaml:84:18
%5308 = cast %5303 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5309 = matmul %5308, %2807 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5310 = reshape %5308 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5311 = reshape %2806 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5312 = matmul %5310, %5311 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5313 = cast %4223 : f32[16,64] @ models/lib/nn.yaml:83:15
%5314 = cast %5312 : f32[16,64] @ models/lib/nn.yaml:83:15
%5315 = add %5313, %5314 : f32[16,64] @ models/lib/nn.yaml:83:15
%5316 = cast %5309 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5317 = add %944, %2802 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%5318 = mul %5316, %5317 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5319 = cast %5309 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5320 = mul %939, %2800 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5321 = mul %5319, %5320 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5322 = mul %2800, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5323 = mul %5322, %5322 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5324 = neg %5323 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5325 = exp %5324 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5326 = mul %5325, %4234 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5327 = mul %5321, %5326 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5328 = mul %5327, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5329 = mul %5318, %939 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5330 = add %5328, %5329 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5331 = reduce_sum %5330 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5332 = reshape %5331 : f32[64] @ models/lib/nn.yaml:84:18
%5333 = add %4241, %5332 : f32[64] @ models/lib/nn.yaml:84:18
%5334 = cast %5330 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5335 = matmul %5334, %2796 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5336 = reshape %5334 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5337 = reshape %2795 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5338 = matmul %5336, %5337 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5339 = cast %4246 : f32[64,16] @ models/lib/nn.yaml:83:15
%5340 = cast %5338 : f32[64,16] @ models/lib/nn.yaml:83:15
%5341 = add %5339, %5340 : f32[64,16] @ models/lib/nn.yaml:83:15
%5342 = cast %5335 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5343 = reduce_sum %5342 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5344 = reshape %5343 : f32[16] @ models/lib/nn.yaml:96:46
%5345 = add %4249, %5344 : f32[16] @ models/lib/nn.yaml:96:46
%5346 = cast %5335 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5347 = mul %5346, %2791 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5348 = cast %5335 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5349 = mul %5348, %2790 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5350 = reduce_sum %5349 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5351 = reshape %5350 : f32[16] @ models/lib/nn.yaml:96:37
%5352 = add %4255, %5351 : f32[16] @ models/lib/nn.yaml:96:37
%5353 = mul %5347, %2789 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5354 = mul %5347, %2783 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5355 = reduce_sum %5354 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%5356 = mul %2788, %2788 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5357 = mul %2788, %5356 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5358 = mul %5357, %4261 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5359 = mul %5355, %5358 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5360 = div %5359, %918 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%5361 = broadcast %5360 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%5362 = mul %5361, %2783 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5363 = add %5353, %5362 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5364 = add %5363, %5362 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5365 = add %5303, %5364 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5366 = neg %5364 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5367 = reduce_sum %5366 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%5368 = div %5367, %918 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%5369 = broadcast %5368 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5370 = add %5365, %5369 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5371 = reduce_sum %5370 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5372 = reshape %5371 : f32[16] @ models/lib/nn.yaml:84:18
%5373 = add %4276, %5372 : f32[16] @ models/lib/nn.yaml:84:18
%5374 = cast %5370 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5375 = matmul %5374, %2774 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5376 = reshape %5374 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5377 = reshape %2772 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5378 = matmul %5376, %5377 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5379 = cast %4281 : f32[16,16] @ models/lib/nn.yaml:83:15
%5380 = cast %5378 : f32[16,16] @ models/lib/nn.yaml:83:15
%5381 = add %5379, %5380 : f32[16,16] @ models/lib/nn.yaml:83:15
%5382 = reshape %5375 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%5383 = permute %5382 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%5384 = cast %5383 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5385 = cast %2762 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5386 = permute %5385 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5387 = slice %5384 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5388 = broadcast %5387 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5389 = slice %5386 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5390 = mul %5388, %5389 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5391 = slice %5384 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5392 = broadcast %5391 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5393 = slice %5386 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5394 = mul %5392, %5393 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5395 = add %5390, %5394 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5396 = slice %5384 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5397 = broadcast %5396 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5398 = slice %5386 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5399 = mul %5397, %5398 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5400 = add %5395, %5399 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5401 = slice %5384 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5402 = broadcast %5401 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5403 = slice %5386 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5404 = mul %5402, %5403 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5405 = add %5400, %5404 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5406 = slice %5384 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5407 = broadcast %5406 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5408 = slice %5386 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5409 = mul %5407, %5408 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5410 = add %5405, %5409 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5411 = slice %5384 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5412 = broadcast %5411 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5413 = slice %5386 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5414 = mul %5412, %5413 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5415 = add %5410, %5414 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5416 = slice %5384 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5417 = broadcast %5416 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5418 = slice %5386 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5419 = mul %5417, %5418 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5420 = add %5415, %5419 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5421 = slice %5384 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5422 = broadcast %5421 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5423 = slice %5386 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5424 = mul %5422, %5423 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5425 = add %5420, %5424 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5426 = cast %5425 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5427 = cast %2759 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5428 = permute %5427 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%5429 = cast %5383 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5430 = broadcast %5428 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5431 = broadcast %5429 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5432 = mul %5430, %5431 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5433 = cast %5432 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%5434 = cast %5426 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5435 = div %5434, %2756 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5436 = mul %5435, %2758 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5437 = neg %5436 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5438 = reduce_sum %5437 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%5439 = broadcast %5438 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5440 = add %5435, %5439 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5441 = exp %2753 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5442 = mul %5440, %5441 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5443 = mul %5442, %884 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%5444 = cast %5443 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%5445 = cast %5444 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5446 = cast %2703 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5447 = reshape %5445 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%5448 = broadcast %5447 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5449 = reshape %5446 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5450 = broadcast %5449 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5451 = mul %5448, %5450 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5452 = reduce_sum %5451 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5453 = cast %5452 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%5454 = cast %5444 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5455 = permute %5454 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%5456 = cast %2700 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5457 = broadcast %5455 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5458 = broadcast %5456 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5459 = mul %5457, %5458 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5460 = cast %5459 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%5461 = cast %5433 : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%5462 = permute %5461 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%5463 = reshape %5462 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%5464 = reshape %5463 : f32[68,16] @ models/lib/nn.yaml:84:18
%5465 = matmul %5272, %5464 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5466 = reshape %5465 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5467 = reshape %5466 : f32[16] @ models/lib/nn.yaml:84:18
%5468 = add %4365, %5467 : f32[16] @ models/lib/nn.yaml:84:18
%5469 = permute %5433 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:80:14
%5470 = reshape %5469 : bf16[4,17,16] @ models/lib/vit.yaml:80:22
%5471 = matmul %5470, %2693 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5472 = reshape %5469 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5473 = reshape %2681 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5474 = matmul %5472, %5473 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5475 = cast %4371 : f32[16,16] @ models/lib/nn.yaml:83:15
%5476 = cast %5474 : f32[16,16] @ models/lib/nn.yaml:83:15
%5477 = add %5475, %5476 : f32[16,16] @ models/lib/nn.yaml:83:15
%5478 = cast %5460 : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%5479 = permute %5478 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%5480 = reshape %5479 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%5481 = reshape %5480 : f32[68,16] @ models/lib/nn.yaml:84:18
%5482 = matmul %5272, %5481 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5483 = reshape %5482 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5484 = reshape %5483 : f32[16] @ models/lib/nn.yaml:84:18
%5485 = add %4376, %5484 : f32[16] @ models/lib/nn.yaml:84:18
%5486 = permute %5460 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:79:14
%5487 = reshape %5486 : bf16[4,17,16] @ models/lib/vit.yaml:79:22
%5488 = matmul %5487, %2688 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5489 = cast %5471 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5490 = cast %5488 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5491 = add %5489, %5490 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5492 = reshape %5486 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5493 = matmul %5492, %5473 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5494 = cast %4384 : f32[16,16] @ models/lib/nn.yaml:83:15
%5495 = cast %5493 : f32[16,16] @ models/lib/nn.yaml:83:15
%5496 = add %5494, %5495 : f32[16,16] @ models/lib/nn.yaml:83:15
%5497 = cast %5453 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%5498 = permute %5497 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%5499 = reshape %5498 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%5500 = reduce_sum %5499 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5501 = reshape %5500 : f32[16] @ models/lib/nn.yaml:84:18
%5502 = add %4389, %5501 : f32[16] @ models/lib/nn.yaml:84:18
%5503 = permute %5453 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%5504 = reshape %5503 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%5505 = matmul %5504, %2683 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5506 = reshape %5503 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5507 = reshape %2682 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5508 = matmul %5506, %5507 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5509 = cast %4395 : f32[16,16] @ models/lib/nn.yaml:83:15
%5510 = cast %5508 : f32[16,16] @ models/lib/nn.yaml:83:15
%5511 = add %5509, %5510 : f32[16,16] @ models/lib/nn.yaml:83:15
%5512 = cast %5505 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%5513 = pad %5512 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5514 = add %5491, %5513 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5515 = reshape %5514 : f32[68,16] @ models/lib/nn.yaml:96:46
%5516 = matmul %5272, %5515 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5517 = reshape %5516 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5518 = reshape %5517 : f32[16] @ models/lib/nn.yaml:96:46
%5519 = add %4400, %5518 : f32[16] @ models/lib/nn.yaml:96:46
%5520 = mul %5514, %2677 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5521 = mul %5514, %2676 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5522 = reshape %5521 : f32[68,16] @ models/lib/nn.yaml:96:37
%5523 = matmul %5272, %5522 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5524 = reshape %5523 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5525 = reshape %5524 : f32[16] @ models/lib/nn.yaml:96:37
%5526 = add %4404, %5525 : f32[16] @ models/lib/nn.yaml:96:37
%5527 = mul %5520, %2675 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5528 = mul %5520, %2669 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5529 = reduce_sum %5528 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5530 = mul %2674, %2674 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5531 = mul %2674, %5530 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5532 = mul %5531, %5290 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5533 = mul %5529, %5532 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5534 = div %5533, %805 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5535 = broadcast %5534 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5536 = mul %5535, %2669 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5537 = add %5527, %5536 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5538 = add %5537, %5536 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5539 = neg %5538 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5540 = reduce_sum %5539 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5541 = div %5540, %805 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5542 = broadcast %5541 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5543 = add %5538, %5542 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5544 = slice %5543 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5545 = add %5370, %5544 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5546 = slice %5543 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5547 = add %5304, %5546 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5548 = reduce_sum %5545 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5549 = reshape %5548 : f32[16] @ models/lib/nn.yaml:84:18
%5550 = add %4427, %5549 : f32[16] @ models/lib/nn.yaml:84:18
%5551 = cast %5545 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5552 = matmul %5551, %2659 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5553 = reshape %5551 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5554 = reshape %2658 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5555 = matmul %5553, %5554 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5556 = cast %4432 : f32[16,64] @ models/lib/nn.yaml:83:15
%5557 = cast %5555 : f32[16,64] @ models/lib/nn.yaml:83:15
%5558 = add %5556, %5557 : f32[16,64] @ models/lib/nn.yaml:83:15
%5559 = cast %5552 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5560 = add %944, %2654 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%5561 = mul %5559, %5560 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5562 = cast %5552 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5563 = mul %939, %2652 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5564 = mul %5562, %5563 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5565 = mul %2652, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5566 = mul %5565, %5565 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5567 = neg %5566 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5568 = exp %5567 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5569 = mul %5568, %4234 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5570 = mul %5564, %5569 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5571 = mul %5570, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5572 = mul %5561, %939 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5573 = add %5571, %5572 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5574 = reduce_sum %5573 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5575 = reshape %5574 : f32[64] @ models/lib/nn.yaml:84:18
%5576 = add %4449, %5575 : f32[64] @ models/lib/nn.yaml:84:18
%5577 = cast %5573 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5578 = matmul %5577, %2648 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5579 = reshape %5577 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5580 = reshape %2647 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5581 = matmul %5579, %5580 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5582 = cast %4454 : f32[64,16] @ models/lib/nn.yaml:83:15
%5583 = cast %5581 : f32[64,16] @ models/lib/nn.yaml:83:15
%5584 = add %5582, %5583 : f32[64,16] @ models/lib/nn.yaml:83:15
%5585 = cast %5578 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5586 = reduce_sum %5585 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5587 = reshape %5586 : f32[16] @ models/lib/nn.yaml:96:46
%5588 = add %4457, %5587 : f32[16] @ models/lib/nn.yaml:96:46
%5589 = cast %5578 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5590 = mul %5589, %2643 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5591 = cast %5578 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5592 = mul %5591, %2642 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5593 = reduce_sum %5592 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5594 = reshape %5593 : f32[16] @ models/lib/nn.yaml:96:37
%5595 = add %4463, %5594 : f32[16] @ models/lib/nn.yaml:96:37
%5596 = mul %5590, %2641 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5597 = mul %5590, %2635 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5598 = reduce_sum %5597 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%5599 = mul %2640, %2640 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5600 = mul %2640, %5599 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5601 = mul %5600, %4261 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5602 = mul %5598, %5601 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5603 = div %5602, %918 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%5604 = broadcast %5603 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%5605 = mul %5604, %2635 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5606 = add %5596, %5605 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5607 = add %5606, %5605 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5608 = add %5545, %5607 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5609 = neg %5607 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5610 = reduce_sum %5609 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%5611 = div %5610, %918 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%5612 = broadcast %5611 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5613 = add %5608, %5612 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5614 = reduce_sum %5613 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5615 = reshape %5614 : f32[16] @ models/lib/nn.yaml:84:18
%5616 = add %4483, %5615 : f32[16] @ models/lib/nn.yaml:84:18
%5617 = cast %5613 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5618 = matmul %5617, %2626 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5619 = reshape %5617 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5620 = reshape %2624 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5621 = matmul %5619, %5620 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5622 = cast %4488 : f32[16,16] @ models/lib/nn.yaml:83:15
%5623 = cast %5621 : f32[16,16] @ models/lib/nn.yaml:83:15
%5624 = add %5622, %5623 : f32[16,16] @ models/lib/nn.yaml:83:15
%5625 = reshape %5618 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%5626 = permute %5625 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%5627 = cast %5626 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5628 = cast %2614 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5629 = permute %5628 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5630 = slice %5627 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5631 = broadcast %5630 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5632 = slice %5629 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5633 = mul %5631, %5632 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5634 = slice %5627 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5635 = broadcast %5634 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5636 = slice %5629 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5637 = mul %5635, %5636 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5638 = add %5633, %5637 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5639 = slice %5627 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5640 = broadcast %5639 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5641 = slice %5629 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5642 = mul %5640, %5641 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5643 = add %5638, %5642 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5644 = slice %5627 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5645 = broadcast %5644 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5646 = slice %5629 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5647 = mul %5645, %5646 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5648 = add %5643, %5647 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5649 = slice %5627 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5650 = broadcast %5649 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5651 = slice %5629 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5652 = mul %5650, %5651 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5653 = add %5648, %5652 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5654 = slice %5627 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5655 = broadcast %5654 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5656 = slice %5629 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5657 = mul %5655, %5656 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5658 = add %5653, %5657 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5659 = slice %5627 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5660 = broadcast %5659 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5661 = slice %5629 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5662 = mul %5660, %5661 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5663 = add %5658, %5662 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5664 = slice %5627 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5665 = broadcast %5664 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5666 = slice %5629 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5667 = mul %5665, %5666 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5668 = add %5663, %5667 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5669 = cast %5668 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5670 = cast %2611 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5671 = permute %5670 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%5672 = cast %5626 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5673 = broadcast %5671 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5674 = broadcast %5672 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5675 = mul %5673, %5674 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5676 = cast %5675 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%5677 = cast %5669 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5678 = div %5677, %2608 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5679 = mul %5678, %2610 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5680 = neg %5679 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5681 = reduce_sum %5680 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%5682 = broadcast %5681 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5683 = add %5678, %5682 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5684 = exp %2605 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5685 = mul %5683, %5684 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5686 = mul %5685, %884 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%5687 = cast %5686 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%5688 = cast %5687 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5689 = cast %2555 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5690 = reshape %5688 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%5691 = broadcast %5690 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5692 = reshape %5689 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5693 = broadcast %5692 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5694 = mul %5691, %5693 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5695 = reduce_sum %5694 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5696 = cast %5695 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%5697 = cast %5687 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5698 = permute %5697 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%5699 = cast %2552 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5700 = broadcast %5698 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5701 = broadcast %5699 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5702 = mul %5700, %5701 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5703 = cast %5702 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%5704 = cast %5676 : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%5705 = permute %5704 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%5706 = reshape %5705 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%5707 = reshape %5706 : f32[68,16] @ models/lib/nn.yaml:84:18
%5708 = matmul %5272, %5707 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5709 = reshape %5708 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5710 = reshape %5709 : f32[16] @ models/lib/nn.yaml:84:18
%5711 = add %4572, %5710 : f32[16] @ models/lib/nn.yaml:84:18
%5712 = permute %5676 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:80:14
%5713 = reshape %5712 : bf16[4,17,16] @ models/lib/vit.yaml:80:22
%5714 = matmul %5713, %2545 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5715 = reshape %5712 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5716 = reshape %2533 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5717 = matmul %5715, %5716 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5718 = cast %4578 : f32[16,16] @ models/lib/nn.yaml:83:15
%5719 = cast %5717 : f32[16,16] @ models/lib/nn.yaml:83:15
%5720 = add %5718, %5719 : f32[16,16] @ models/lib/nn.yaml:83:15
%5721 = cast %5703 : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%5722 = permute %5721 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%5723 = reshape %5722 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%5724 = reshape %5723 : f32[68,16] @ models/lib/nn.yaml:84:18
%5725 = matmul %5272, %5724 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5726 = reshape %5725 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5727 = reshape %5726 : f32[16] @ models/lib/nn.yaml:84:18
%5728 = add %4583, %5727 : f32[16] @ models/lib/nn.yaml:84:18
%5729 = permute %5703 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:79:14
%5730 = reshape %5729 : bf16[4,17,16] @ models/lib/vit.yaml:79:22
%5731 = matmul %5730, %2540 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5732 = cast %5714 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5733 = cast %5731 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5734 = add %5732, %5733 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5735 = reshape %5729 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5736 = matmul %5735, %5716 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5737 = cast %4591 : f32[16,16] @ models/lib/nn.yaml:83:15
%5738 = cast %5736 : f32[16,16] @ models/lib/nn.yaml:83:15
%5739 = add %5737, %5738 : f32[16,16] @ models/lib/nn.yaml:83:15
%5740 = cast %5696 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%5741 = permute %5740 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%5742 = reshape %5741 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%5743 = reduce_sum %5742 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5744 = reshape %5743 : f32[16] @ models/lib/nn.yaml:84:18
%5745 = add %4596, %5744 : f32[16] @ models/lib/nn.yaml:84:18
%5746 = permute %5696 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%5747 = reshape %5746 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%5748 = matmul %5747, %2535 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5749 = reshape %5746 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5750 = reshape %2534 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5751 = matmul %5749, %5750 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5752 = cast %4602 : f32[16,16] @ models/lib/nn.yaml:83:15
%5753 = cast %5751 : f32[16,16] @ models/lib/nn.yaml:83:15
%5754 = add %5752, %5753 : f32[16,16] @ models/lib/nn.yaml:83:15
%5755 = cast %5748 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%5756 = pad %5755 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5757 = add %5734, %5756 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5758 = reshape %5757 : f32[68,16] @ models/lib/nn.yaml:96:46
%5759 = matmul %5272, %5758 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5760 = reshape %5759 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5761 = reshape %5760 : f32[16] @ models/lib/nn.yaml:96:46
%5762 = add %4607, %5761 : f32[16] @ models/lib/nn.yaml:96:46
%5763 = mul %5757, %2529 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5764 = mul %5757, %2528 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5765 = reshape %5764 : f32[68,16] @ models/lib/nn.yaml:96:37
%5766 = matmul %5272, %5765 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5767 = reshape %5766 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5768 = reshape %5767 : f32[16] @ models/lib/nn.yaml:96:37
%5769 = add %4611, %5768 : f32[16] @ models/lib/nn.yaml:96:37
%5770 = mul %5763, %2527 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5771 = mul %5763, %2521 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5772 = reduce_sum %5771 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5773 = mul %2526, %2526 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5774 = mul %2526, %5773 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5775 = mul %5774, %5290 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5776 = mul %5772, %5775 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5777 = div %5776, %805 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5778 = broadcast %5777 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5779 = mul %5778, %2521 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5780 = add %5770, %5779 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5781 = add %5780, %5779 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5782 = neg %5781 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5783 = reduce_sum %5782 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5784 = div %5783, %805 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5785 = broadcast %5784 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5786 = add %5781, %5785 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5787 = slice %5786 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5788 = add %5613, %5787 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5789 = slice %5786 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5790 = add %5547, %5789 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5791 = reduce_sum %5788 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%5792 = add %4633, %5791 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%5793 = mul %5790, %2513 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%5794 = div %5793, %2465 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%5795 = reshape %5794 : f32[64,16] @ models/lib/nn.yaml:84:18
%5796 = matmul %5099, %5795 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5797 = reshape %5796 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5798 = reshape %5797 : f32[16] @ models/lib/nn.yaml:84:18
%5799 = add %4637, %5798 : f32[16] @ models/lib/nn.yaml:84:18
%5800 = cast %5794 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5801 = matmul %5800, %2503 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%5802 = reshape %5800 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5803 = reshape %2502 : bf16[64,64] @ models/lib/nn.yaml:83:15
%5804 = matmul %5802, %5803 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5805 = cast %4643 : f32[16,64] @ models/lib/nn.yaml:83:15
%5806 = cast %5804 : f32[16,64] @ models/lib/nn.yaml:83:15
%5807 = add %5805, %5806 : f32[16,64] @ models/lib/nn.yaml:83:15
%5808 = cast %5801 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5809 = add %323, %2498 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%5810 = mul %5808, %5809 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5811 = cast %5801 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5812 = mul %316, %2496 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5813 = mul %5811, %5812 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5814 = mul %2496, %319 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5815 = mul %5814, %5814 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5816 = neg %5815 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5817 = exp %5816 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5818 = broadcast %4059 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5819 = mul %5817, %5818 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5820 = mul %5813, %5819 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5821 = mul %5820, %319 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5822 = mul %5810, %316 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5823 = add %5821, %5822 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5824 = reshape %5823 : f32[64,64] @ models/lib/nn.yaml:84:18
%5825 = matmul %5099, %5824 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%5826 = reshape %5825 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5827 = reshape %5826 : f32[64] @ models/lib/nn.yaml:84:18
%5828 = add %4661, %5827 : f32[64] @ models/lib/nn.yaml:84:18
%5829 = cast %5823 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%5830 = matmul %5829, %2492 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5831 = reshape %5829 : bf16[64,64] @ models/lib/nn.yaml:83:15
%5832 = reshape %2491 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5833 = matmul %5831, %5832 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5834 = cast %4666 : f32[64,16] @ models/lib/nn.yaml:83:15
%5835 = cast %5833 : f32[64,16] @ models/lib/nn.yaml:83:15
%5836 = add %5834, %5835 : f32[64,16] @ models/lib/nn.yaml:83:15
%5837 = cast %5830 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%5838 = reshape %5837 : f32[64,16] @ models/lib/nn.yaml:96:46
%5839 = matmul %5099, %5838 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5840 = reshape %5839 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5841 = reshape %5840 : f32[16] @ models/lib/nn.yaml:96:46
%5842 = add %4669, %5841 : f32[16] @ models/lib/nn.yaml:96:46
%5843 = mul %5837, %2487 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5844 = mul %5837, %2486 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5845 = reshape %5844 : f32[64,16] @ models/lib/nn.yaml:96:37
%5846 = matmul %5099, %5845 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5847 = reshape %5846 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5848 = reshape %5847 : f32[16] @ models/lib/nn.yaml:96:37
%5849 = add %4675, %5848 : f32[16] @ models/lib/nn.yaml:96:37
%5850 = mul %5843, %2485 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5851 = mul %5843, %2479 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5852 = reduce_sum %5851 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5853 = mul %2484, %2484 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5854 = mul %2484, %5853 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5855 = broadcast %4201 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5856 = mul %5854, %5855 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5857 = mul %5852, %5856 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5858 = div %5857, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5859 = broadcast %5858 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5860 = mul %5859, %2479 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5861 = add %5850, %5860 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5862 = add %5861, %5860 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5863 = add %5790, %5862 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5864 = neg %5862 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5865 = reduce_sum %5864 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5866 = div %5865, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5867 = broadcast %5866 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5868 = add %5863, %5867 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5869 = mul %5868, %2473 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%5870 = div %5869, %2465 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%5871 = reshape %5870 : f32[64,16] @ models/lib/nn.yaml:84:18
%5872 = matmul %5099, %5871 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5873 = reshape %5872 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5874 = reshape %5873 : f32[16] @ models/lib/nn.yaml:84:18
%5875 = add %4698, %5874 : f32[16] @ models/lib/nn.yaml:84:18
%5876 = cast %5870 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5877 = matmul %5876, %2459 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5878 = reshape %5876 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5879 = reshape %2457 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5880 = matmul %5878, %5879 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5881 = cast %4704 : f32[16,16] @ models/lib/nn.yaml:83:15
%5882 = cast %5880 : f32[16,16] @ models/lib/nn.yaml:83:15
%5883 = add %5881, %5882 : f32[16,16] @ models/lib/nn.yaml:83:15
%5884 = reshape %5877 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%5885 = permute %5884 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%5886 = cast %5885 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5887 = cast %2447 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5888 = permute %5887 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%5889 = slice %5886 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5890 = broadcast %5889 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5891 = slice %5888 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5892 = broadcast %5891 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5893 = mul %5890, %5892 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5894 = slice %5886 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5895 = broadcast %5894 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5896 = slice %5888 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5897 = broadcast %5896 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5898 = mul %5895, %5897 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5899 = add %5893, %5898 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5900 = slice %5886 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5901 = broadcast %5900 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5902 = slice %5888 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5903 = broadcast %5902 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5904 = mul %5901, %5903 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5905 = add %5899, %5904 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5906 = slice %5886 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5907 = broadcast %5906 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5908 = slice %5888 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5909 = broadcast %5908 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5910 = mul %5907, %5909 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5911 = add %5905, %5910 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5912 = slice %5886 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5913 = broadcast %5912 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5914 = slice %5888 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5915 = broadcast %5914 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5916 = mul %5913, %5915 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5917 = add %5911, %5916 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5918 = slice %5886 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5919 = broadcast %5918 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5920 = slice %5888 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5921 = broadcast %5920 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5922 = mul %5919, %5921 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5923 = add %5917, %5922 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5924 = slice %5886 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5925 = broadcast %5924 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5926 = slice %5888 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5927 = broadcast %5926 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5928 = mul %5925, %5927 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5929 = add %5923, %5928 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5930 = slice %5886 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5931 = broadcast %5930 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5932 = slice %5888 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5933 = broadcast %5932 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5934 = mul %5931, %5933 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5935 = add %5929, %5934 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5936 = cast %5935 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%5937 = cast %2445 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5938 = permute %5937 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5939 = cast %5885 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5940 = reshape %5938 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%5941 = broadcast %5940 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5942 = reshape %5939 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%5943 = broadcast %5942 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5944 = mul %5941, %5943 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5945 = reduce_sum %5944 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5946 = cast %5945 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%5947 = cast %5936 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5948 = div %5947, %2442 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5949 = mul %5948, %2444 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5950 = neg %5949 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5951 = reduce_sum %5950 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%5952 = broadcast %5951 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5953 = add %5948, %5952 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5954 = exp %2439 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%5955 = mul %5953, %5954 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%5956 = mul %5955, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%5957 = cast %5956 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%5958 = cast %5957 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5959 = cast %2381 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5960 = reshape %5958 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5961 = broadcast %5960 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5962 = reshape %5959 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5963 = broadcast %5962 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5964 = mul %5961, %5963 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5965 = reduce_sum %5964 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5966 = cast %5965 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%5967 = cast %5957 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5968 = permute %5967 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5969 = cast %2379 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5970 = reshape %5968 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5971 = broadcast %5970 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5972 = reshape %5969 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5973 = broadcast %5972 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5974 = mul %5971, %5973 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5975 = reduce_sum %5974 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5976 = cast %5975 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%5977 = reshape %5976 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%5978 = reshape %5946 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%5979 = reshape %5966 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%5980 = concat %5979, %5977, %5978 axis=0 : bf16[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%5981 = cast %5980 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%5982 = permute %5981 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%5983 = reshape %5982 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%5984 = reshape %5983 : f32[64,48] @ models/lib/nn.yaml:84:18
%5985 = matmul %5099, %5984 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%5986 = reshape %5985 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5987 = reshape %5986 : f32[48] @ models/lib/nn.yaml:84:18
%5988 = add %4806, %5987 : f32[48] @ models/lib/nn.yaml:84:18
%5989 = permute %5980 perm=[1,3,0,2,4] : bf16[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%5990 = reshape %5989 : bf16[4,16,48] @ models/lib/nn.yaml:66:21
%5991 = matmul %5990, %2370 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5992 = reshape %5989 : bf16[64,48] @ models/lib/nn.yaml:83:15
%5993 = reshape %2369 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5994 = matmul %5992, %5993 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%5995 = cast %4812 : f32[48,16] @ models/lib/nn.yaml:83:15
%5996 = cast %5994 : f32[48,16] @ models/lib/nn.yaml:83:15
%5997 = add %5995, %5996 : f32[48,16] @ models/lib/nn.yaml:83:15
%5998 = cast %5991 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%5999 = reshape %5998 : f32[64,16] @ models/lib/nn.yaml:96:46
%6000 = matmul %5099, %5999 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6001 = reshape %6000 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6002 = reshape %6001 : f32[16] @ models/lib/nn.yaml:96:46
%6003 = add %4815, %6002 : f32[16] @ models/lib/nn.yaml:96:46
%6004 = mul %5998, %2365 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6005 = mul %5998, %2364 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6006 = reshape %6005 : f32[64,16] @ models/lib/nn.yaml:96:37
%6007 = matmul %5099, %6006 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6008 = reshape %6007 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6009 = reshape %6008 : f32[16] @ models/lib/nn.yaml:96:37
%6010 = add %4821, %6009 : f32[16] @ models/lib/nn.yaml:96:37
%6011 = mul %6004, %2363 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6012 = mul %6004, %2357 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6013 = reduce_sum %6012 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6014 = mul %2362, %2362 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6015 = mul %2362, %6014 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6016 = mul %6015, %5855 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6017 = mul %6013, %6016 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6018 = div %6017, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6019 = broadcast %6018 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6020 = mul %6019, %2357 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6021 = add %6011, %6020 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6022 = add %6021, %6020 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6023 = add %5868, %6022 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6024 = neg %6022 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6025 = reduce_sum %6024 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6026 = div %6025, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6027 = broadcast %6026 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6028 = add %6023, %6027 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6029 = reshape %6028 : f32[64,16] @ models/lib/nn.yaml:84:18
%6030 = matmul %5099, %6029 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6031 = reshape %6030 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6032 = reshape %6031 : f32[16] @ models/lib/nn.yaml:84:18
%6033 = add %4841, %6032 : f32[16] @ models/lib/nn.yaml:84:18
%6034 = cast %6028 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6035 = matmul %6034, %2348 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%6036 = reshape %6034 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6037 = reshape %2347 : bf16[64,64] @ models/lib/nn.yaml:83:15
%6038 = matmul %6036, %6037 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%6039 = cast %4846 : f32[16,64] @ models/lib/nn.yaml:83:15
%6040 = cast %6038 : f32[16,64] @ models/lib/nn.yaml:83:15
%6041 = add %6039, %6040 : f32[16,64] @ models/lib/nn.yaml:83:15
%6042 = cast %6035 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6043 = add %323, %2343 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%6044 = mul %6042, %6043 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6045 = cast %6035 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6046 = mul %316, %2341 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6047 = mul %6045, %6046 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6048 = mul %2341, %319 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6049 = mul %6048, %6048 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6050 = neg %6049 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6051 = exp %6050 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6052 = mul %6051, %5818 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6053 = mul %6047, %6052 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6054 = mul %6053, %319 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6055 = mul %6044, %316 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6056 = add %6054, %6055 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6057 = reshape %6056 : f32[64,64] @ models/lib/nn.yaml:84:18
%6058 = matmul %5099, %6057 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%6059 = reshape %6058 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%6060 = reshape %6059 : f32[64] @ models/lib/nn.yaml:84:18
%6061 = add %4863, %6060 : f32[64] @ models/lib/nn.yaml:84:18
%6062 = cast %6056 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%6063 = matmul %6062, %2337 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6064 = reshape %6062 : bf16[64,64] @ models/lib/nn.yaml:83:15
%6065 = reshape %2336 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6066 = matmul %6064, %6065 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6067 = cast %4868 : f32[64,16] @ models/lib/nn.yaml:83:15
%6068 = cast %6066 : f32[64,16] @ models/lib/nn.yaml:83:15
%6069 = add %6067, %6068 : f32[64,16] @ models/lib/nn.yaml:83:15
%6070 = cast %6063 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6071 = reshape %6070 : f32[64,16] @ models/lib/nn.yaml:96:46
%6072 = matmul %5099, %6071 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6073 = reshape %6072 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6074 = reshape %6073 : f32[16] @ models/lib/nn.yaml:96:46
%6075 = add %4871, %6074 : f32[16] @ models/lib/nn.yaml:96:46
%6076 = mul %6070, %2332 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6077 = mul %6070, %2331 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6078 = reshape %6077 : f32[64,16] @ models/lib/nn.yaml:96:37
%6079 = matmul %5099, %6078 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6080 = reshape %6079 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6081 = reshape %6080 : f32[16] @ models/lib/nn.yaml:96:37
%6082 = add %4877, %6081 : f32[16] @ models/lib/nn.yaml:96:37
%6083 = mul %6076, %2330 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6084 = mul %6076, %2324 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6085 = reduce_sum %6084 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6086 = mul %2329, %2329 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6087 = mul %2329, %6086 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6088 = mul %6087, %5855 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6089 = mul %6085, %6088 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6090 = div %6089, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6091 = broadcast %6090 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6092 = mul %6091, %2324 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6093 = add %6083, %6092 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6094 = add %6093, %6092 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6095 = add %6028, %6094 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6096 = neg %6094 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6097 = reduce_sum %6096 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6098 = div %6097, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6099 = broadcast %6098 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6100 = add %6095, %6099 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6101 = reshape %6100 : f32[64,16] @ models/lib/nn.yaml:84:18
%6102 = matmul %5099, %6101 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6103 = reshape %6102 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6104 = reshape %6103 : f32[16] @ models/lib/nn.yaml:84:18
%6105 = add %4897, %6104 : f32[16] @ models/lib/nn.yaml:84:18
%6106 = cast %6100 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6107 = matmul %6106, %2315 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6108 = reshape %6106 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6109 = reshape %2313 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6110 = matmul %6108, %6109 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6111 = cast %4902 : f32[16,16] @ models/lib/nn.yaml:83:15
%6112 = cast %6110 : f32[16,16] @ models/lib/nn.yaml:83:15
%6113 = add %6111, %6112 : f32[16,16] @ models/lib/nn.yaml:83:15
%6114 = reshape %6107 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%6115 = permute %6114 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%6116 = cast %6115 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6117 = cast %2303 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6118 = permute %6117 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%6119 = slice %6116 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6120 = broadcast %6119 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6121 = slice %6118 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6122 = broadcast %6121 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6123 = mul %6120, %6122 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6124 = slice %6116 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6125 = broadcast %6124 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6126 = slice %6118 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6127 = broadcast %6126 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6128 = mul %6125, %6127 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6129 = add %6123, %6128 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6130 = slice %6116 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6131 = broadcast %6130 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6132 = slice %6118 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6133 = broadcast %6132 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6134 = mul %6131, %6133 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6135 = add %6129, %6134 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6136 = slice %6116 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6137 = broadcast %6136 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6138 = slice %6118 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6139 = broadcast %6138 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6140 = mul %6137, %6139 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6141 = add %6135, %6140 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6142 = slice %6116 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6143 = broadcast %6142 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6144 = slice %6118 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6145 = broadcast %6144 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6146 = mul %6143, %6145 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6147 = add %6141, %6146 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6148 = slice %6116 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6149 = broadcast %6148 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6150 = slice %6118 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6151 = broadcast %6150 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6152 = mul %6149, %6151 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6153 = add %6147, %6152 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6154 = slice %6116 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6155 = broadcast %6154 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6156 = slice %6118 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6157 = broadcast %6156 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6158 = mul %6155, %6157 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6159 = add %6153, %6158 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6160 = slice %6116 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6161 = broadcast %6160 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6162 = slice %6118 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6163 = broadcast %6162 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6164 = mul %6161, %6163 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6165 = add %6159, %6164 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6166 = cast %6165 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%6167 = cast %2301 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6168 = permute %6167 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6169 = cast %6115 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6170 = reshape %6168 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%6171 = broadcast %6170 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6172 = reshape %6169 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%6173 = broadcast %6172 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6174 = mul %6171, %6173 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6175 = reduce_sum %6174 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6176 = cast %6175 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%6177 = cast %6166 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6178 = div %6177, %2298 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6179 = mul %6178, %2300 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6180 = neg %6179 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6181 = reduce_sum %6180 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%6182 = broadcast %6181 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6183 = add %6178, %6182 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6184 = exp %2295 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6185 = mul %6183, %6184 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6186 = mul %6185, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%6187 = cast %6186 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%6188 = cast %6187 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6189 = cast %2237 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6190 = reshape %6188 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6191 = broadcast %6190 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6192 = reshape %6189 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6193 = broadcast %6192 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6194 = mul %6191, %6193 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6195 = reduce_sum %6194 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6196 = cast %6195 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6197 = cast %6187 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6198 = permute %6197 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6199 = cast %2235 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6200 = reshape %6198 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6201 = broadcast %6200 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6202 = reshape %6199 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6203 = broadcast %6202 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6204 = mul %6201, %6203 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6205 = reduce_sum %6204 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6206 = cast %6205 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6207 = reshape %6206 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%6208 = reshape %6176 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%6209 = reshape %6196 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%6210 = concat %6209, %6207, %6208 axis=0 : bf16[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%6211 = cast %6210 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%6212 = permute %6211 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%6213 = reshape %6212 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%6214 = reshape %6213 : f32[64,48] @ models/lib/nn.yaml:84:18
%6215 = matmul %5099, %6214 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%6216 = reshape %6215 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%6217 = reshape %6216 : f32[48] @ models/lib/nn.yaml:84:18
%6218 = add %5004, %6217 : f32[48] @ models/lib/nn.yaml:84:18
%6219 = permute %6210 perm=[1,3,0,2,4] : bf16[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%6220 = reshape %6219 : bf16[4,16,48] @ models/lib/nn.yaml:66:21
%6221 = matmul %6220, %2226 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6222 = reshape %6219 : bf16[64,48] @ models/lib/nn.yaml:83:15
%6223 = reshape %2225 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6224 = matmul %6222, %6223 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%6225 = cast %5010 : f32[48,16] @ models/lib/nn.yaml:83:15
%6226 = cast %6224 : f32[48,16] @ models/lib/nn.yaml:83:15
%6227 = add %6225, %6226 : f32[48,16] @ models/lib/nn.yaml:83:15
%6228 = cast %6221 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6229 = reshape %6228 : f32[64,16] @ models/lib/nn.yaml:96:46
%6230 = matmul %5099, %6229 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6231 = reshape %6230 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6232 = reshape %6231 : f32[16] @ models/lib/nn.yaml:96:46
%6233 = add %5013, %6232 : f32[16] @ models/lib/nn.yaml:96:46
%6234 = mul %6228, %2221 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6235 = mul %6228, %2220 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6236 = reshape %6235 : f32[64,16] @ models/lib/nn.yaml:96:37
%6237 = matmul %5099, %6236 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6238 = reshape %6237 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6239 = reshape %6238 : f32[16] @ models/lib/nn.yaml:96:37
%6240 = add %5019, %6239 : f32[16] @ models/lib/nn.yaml:96:37
%6241 = mul %6234, %2219 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6242 = mul %6234, %2213 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6243 = reduce_sum %6242 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6244 = mul %2218, %2218 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6245 = mul %2218, %6244 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6246 = mul %6245, %5855 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6247 = mul %6243, %6246 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6248 = div %6247, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6249 = broadcast %6248 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6250 = mul %6249, %2213 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6251 = add %6241, %6250 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6252 = add %6251, %6250 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6253 = add %6100, %6252 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6254 = neg %6252 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6255 = reduce_sum %6254 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6256 = div %6255, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6257 = broadcast %6256 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6258 = add %6253, %6257 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6259 = reduce_sum %6258 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%6260 = add %5049, %6259 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%6261 = reshape %6258 : f32[64,16] @ models/lib/vit.yaml:17:71
%6262 = matmul %5099, %6261 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%6263 = reshape %6262 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%6264 = reshape %6263 : f32[16] @ models/lib/vit.yaml:17:71
%6265 = add %5051, %6264 : f32[16] @ models/lib/vit.yaml:17:71
%6266 = reshape %6258 : f32[64,16] @ models/lib/vit.yaml:17:18
%6267 = cast %6266 : bf16[64,16] @ models/lib/vit.yaml:17:18
%6268 = reshape %168 : bf16[64,48] @ models/lib/vit.yaml:17:18
%6269 = matmul %6267, %6268 ta=1 tb=0 : bf16[16,48] @ models/lib/vit.yaml:17:18
%6270 = cast %6269 : f32[16,48] @ models/lib/vit.yaml:17:20
%6271 = reshape %6270 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6272 = add %5057, %6271 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6273 = all_reduce_sum %6260 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6274 = reshape %6273 : f32[256] @ models/lib/vit.yaml:48:7
%6275 = mul %6274, %6274 : f32[256] @ models/lib/vit.yaml:48:7
%6276 = reduce_sum %6275 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%6277 = sqrt %6276 : f32[] @ models/lib/vit.yaml:48:7
%6278 = cast %6277 : f64[] @ models/lib/vit.yaml:48:7
%6279 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%6280 = add %6278, %6279 : f64[] @ models/lib/vit.yaml:48:7
%6281 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%6282 = div %6281, %6280 : f64[] @ models/lib/vit.yaml:48:7
%6283 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%6284 = lt %6282, %6283 : bool[] @ models/lib/vit.yaml:48:7
%6285 = cast %6282 : f32[] @ models/lib/vit.yaml:48:7
%6286 = broadcast %6285 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6287 = mul %6273, %6286 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6288 = broadcast %6284 : bool[1,16,16] @ models/lib/vit.yaml:48:7
%6289 = select %6288, %6287, %6273 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6290 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6291 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6292 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%6293 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%6294 = add %6292, %6293 : i64[] @ models/lib/vit.yaml:48:7
%6295 = mul %3879, %3880 : f64[] @ models/lib/vit.yaml:48:7
%6296 = sub %6283, %6295 : f64[] @ models/lib/vit.yaml:48:7
%6297 = cast %6296 : f32[] @ models/lib/vit.yaml:48:7
%6298 = broadcast %6297 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6299 = mul %7, %6298 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6300 = broadcast %3608 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6301 = mul %6289, %6300 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6302 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%6303 = broadcast %2464 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6304 = mul %6290, %6303 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6305 = add %6304, %6301 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6306 = mul %6289, %6289 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6307 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%6308 = broadcast %6307 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6309 = mul %6306, %6308 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6310 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%6311 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%6312 = broadcast %6311 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6313 = mul %6291, %6312 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6314 = add %6313, %6309 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6315 = cast %6294 : f64[] @ models/lib/vit.yaml:48:7
%6316 = pow %6302, %6315 : f64[] @ models/lib/vit.yaml:48:7
%6317 = sub %6283, %6316 : f64[] @ models/lib/vit.yaml:48:7
%6318 = div %3879, %6317 : f64[] @ models/lib/vit.yaml:48:7
%6319 = pow %6310, %6315 : f64[] @ models/lib/vit.yaml:48:7
%6320 = sub %6283, %6319 : f64[] @ models/lib/vit.yaml:48:7
%6321 = sqrt %6320 : f64[] @ models/lib/vit.yaml:48:7
%6322 = div %6283, %6321 : f64[] @ models/lib/vit.yaml:48:7
%6323 = sqrt %6314 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6324 = cast %6322 : f32[] @ models/lib/vit.yaml:48:7
%6325 = broadcast %6324 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6326 = mul %6323, %6325 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6327 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%6328 = broadcast %6327 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6329 = add %6326, %6328 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6330 = div %6305, %6329 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6331 = cast %6318 : f32[] @ models/lib/vit.yaml:48:7
%6332 = broadcast %6331 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6333 = mul %6330, %6332 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6334 = sub %6299, %6333 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6335 = assign %7, %6334 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6336 = assign %6290, %6305 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6337 = assign %6291, %6314 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6338 = assign %6292, %6294 : i64[] @ models/lib/vit.yaml:48:7
%6339 = broadcast %3 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6340 = mul %85, %6339 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6341 = sub %6283, %3881 : f64[] @ models/lib/vit.yaml:48:7
%6342 = cast %6341 : f32[] @ models/lib/vit.yaml:48:7
%6343 = broadcast %6342 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6344 = mul %6334, %6343 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6345 = add %6340, %6344 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6346 = assign %85, %6345 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6347 = all_reduce_sum %6272 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6348 = reshape %6347 : f32[768] @ models/lib/vit.yaml:9:7
%6349 = mul %6348, %6348 : f32[768] @ models/lib/vit.yaml:9:7
%6350 = reduce_sum %6349 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%6351 = sqrt %6350 : f32[] @ models/lib/vit.yaml:9:7
%6352 = cast %6351 : f64[] @ models/lib/vit.yaml:9:7
%6353 = add %6352, %6279 : f64[] @ models/lib/vit.yaml:9:7
%6354 = div %6281, %6353 : f64[] @ models/lib/vit.yaml:9:7
%6355 = lt %6354, %6283 : bool[] @ models/lib/vit.yaml:9:7
%6356 = cast %6354 : f32[] @ models/lib/vit.yaml:9:7
%6357 = broadcast %6356 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6358 = mul %6347, %6357 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6359 = broadcast %6355 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%6360 = select %6359, %6358, %6347 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6361 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6362 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6363 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%6364 = add %6363, %6293 : i64[] @ models/lib/vit.yaml:9:7
%6365 = broadcast %6297 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6366 = mul %8, %6365 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6367 = broadcast %3608 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6368 = mul %6360, %6367 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6369 = broadcast %2464 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6370 = mul %6361, %6369 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6371 = add %6370, %6368 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6372 = mul %6360, %6360 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6373 = broadcast %6307 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6374 = mul %6372, %6373 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6375 = broadcast %6311 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6376 = mul %6362, %6375 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6377 = add %6376, %6374 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6378 = cast %6364 : f64[] @ models/lib/vit.yaml:9:7
%6379 = pow %6302, %6378 : f64[] @ models/lib/vit.yaml:9:7
%6380 = sub %6283, %6379 : f64[] @ models/lib/vit.yaml:9:7
%6381 = div %3879, %6380 : f64[] @ models/lib/vit.yaml:9:7
%6382 = pow %6310, %6378 : f64[] @ models/lib/vit.yaml:9:7
%6383 = sub %6283, %6382 : f64[] @ models/lib/vit.yaml:9:7
%6384 = sqrt %6383 : f64[] @ models/lib/vit.yaml:9:7
%6385 = div %6283, %6384 : f64[] @ models/lib/vit.yaml:9:7
%6386 = sqrt %6377 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6387 = cast %6385 : f32[] @ models/lib/vit.yaml:9:7
%6388 = broadcast %6387 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6389 = mul %6386, %6388 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6390 = broadcast %6327 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6391 = add %6389, %6390 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6392 = div %6371, %6391 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6393 = cast %6381 : f32[] @ models/lib/vit.yaml:9:7
%6394 = broadcast %6393 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6395 = mul %6392, %6394 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6396 = sub %6366, %6395 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6397 = assign %8, %6396 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6398 = assign %6361, %6371 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6399 = assign %6362, %6377 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6400 = assign %6363, %6364 : i64[] @ models/lib/vit.yaml:9:7
%6401 = broadcast %3 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6402 = mul %86, %6401 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6403 = broadcast %6342 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6404 = mul %6396, %6403 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6405 = add %6402, %6404 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6406 = assign %86, %6405 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6407 = all_reduce_sum %6265 : f32[16] @ models/lib/vit.yaml:10:7
%6408 = mul %6407, %6407 : f32[16] @ models/lib/vit.yaml:10:7
%6409 = reduce_sum %6408 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%6410 = sqrt %6409 : f32[] @ models/lib/vit.yaml:10:7
%6411 = cast %6410 : f64[] @ models/lib/vit.yaml:10:7
%6412 = add %6411, %6279 : f64[] @ models/lib/vit.yaml:10:7
%6413 = div %6281, %6412 : f64[] @ models/lib/vit.yaml:10:7
%6414 = lt %6413, %6283 : bool[] @ models/lib/vit.yaml:10:7
%6415 = cast %6413 : f32[] @ models/lib/vit.yaml:10:7
%6416 = broadcast %6415 : f32[16] @ models/lib/vit.yaml:10:7
%6417 = mul %6407, %6416 : f32[16] @ models/lib/vit.yaml:10:7
%6418 = broadcast %6414 : bool[16] @ models/lib/vit.yaml:10:7
%6419 = select %6418, %6417, %6407 : f32[16] @ models/lib/vit.yaml:10:7
%6420 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%6421 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%6422 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%6423 = add %6422, %6293 : i64[] @ models/lib/vit.yaml:10:7
%6424 = broadcast %3608 : f32[16] @ models/lib/vit.yaml:10:7
%6425 = mul %6419, %6424 : f32[16] @ models/lib/vit.yaml:10:7
%6426 = broadcast %2464 : f32[16] @ models/lib/vit.yaml:10:7
%6427 = mul %6420, %6426 : f32[16] @ models/lib/vit.yaml:10:7
%6428 = add %6427, %6425 : f32[16] @ models/lib/vit.yaml:10:7
%6429 = mul %6419, %6419 : f32[16] @ models/lib/vit.yaml:10:7
%6430 = broadcast %6307 : f32[16] @ models/lib/vit.yaml:10:7
%6431 = mul %6429, %6430 : f32[16] @ models/lib/vit.yaml:10:7
%6432 = broadcast %6311 : f32[16] @ models/lib/vit.yaml:10:7
%6433 = mul %6421, %6432 : f32[16] @ models/lib/vit.yaml:10:7
%6434 = add %6433, %6431 : f32[16] @ models/lib/vit.yaml:10:7
%6435 = cast %6423 : f64[] @ models/lib/vit.yaml:10:7
%6436 = pow %6302, %6435 : f64[] @ models/lib/vit.yaml:10:7
%6437 = sub %6283, %6436 : f64[] @ models/lib/vit.yaml:10:7
%6438 = div %3879, %6437 : f64[] @ models/lib/vit.yaml:10:7
%6439 = pow %6310, %6435 : f64[] @ models/lib/vit.yaml:10:7
%6440 = sub %6283, %6439 : f64[] @ models/lib/vit.yaml:10:7
%6441 = sqrt %6440 : f64[] @ models/lib/vit.yaml:10:7
%6442 = div %6283, %6441 : f64[] @ models/lib/vit.yaml:10:7
%6443 = sqrt %6434 : f32[16] @ models/lib/vit.yaml:10:7
%6444 = cast %6442 : f32[] @ models/lib/vit.yaml:10:7
%6445 = broadcast %6444 : f32[16] @ models/lib/vit.yaml:10:7
%6446 = mul %6443, %6445 : f32[16] @ models/lib/vit.yaml:10:7
%6447 = broadcast %6327 : f32[16] @ models/lib/vit.yaml:10:7
%6448 = add %6446, %6447 : f32[16] @ models/lib/vit.yaml:10:7
%6449 = div %6428, %6448 : f32[16] @ models/lib/vit.yaml:10:7
%6450 = cast %6438 : f32[] @ models/lib/vit.yaml:10:7
%6451 = broadcast %6450 : f32[16] @ models/lib/vit.yaml:10:7
%6452 = mul %6449, %6451 : f32[16] @ models/lib/vit.yaml:10:7
%6453 = sub %9, %6452 : f32[16] @ models/lib/vit.yaml:10:7
%6454 = assign %9, %6453 : f32[16] @ models/lib/vit.yaml:10:7
%6455 = assign %6420, %6428 : f32[16] @ models/lib/vit.yaml:10:7
%6456 = assign %6421, %6434 : f32[16] @ models/lib/vit.yaml:10:7
%6457 = assign %6422, %6423 : i64[] @ models/lib/vit.yaml:10:7
%6458 = broadcast %3 : f32[16] @ models/lib/vit.yaml:10:7
%6459 = mul %87, %6458 : f32[16] @ models/lib/vit.yaml:10:7
%6460 = broadcast %6342 : f32[16] @ models/lib/vit.yaml:10:7
%6461 = mul %6453, %6460 : f32[16] @ models/lib/vit.yaml:10:7
%6462 = add %6459, %6461 : f32[16] @ models/lib/vit.yaml:10:7
%6463 = assign %87, %6462 : f32[16] @ models/lib/vit.yaml:10:7
%6464 = all_reduce_sum %6240 : f32[16] @ models/lib/nn.yaml:89:7
%6465 = mul %6464, %6464 : f32[16] @ models/lib/nn.yaml:89:7
%6466 = reduce_sum %6465 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6467 = sqrt %6466 : f32[] @ models/lib/nn.yaml:89:7
%6468 = cast %6467 : f64[] @ models/lib/nn.yaml:89:7
%6469 = add %6468, %6279 : f64[] @ models/lib/nn.yaml:89:7
%6470 = div %6281, %6469 : f64[] @ models/lib/nn.yaml:89:7
%6471 = lt %6470, %6283 : bool[] @ models/lib/nn.yaml:89:7
%6472 = cast %6470 : f32[] @ models/lib/nn.yaml:89:7
%6473 = broadcast %6472 : f32[16] @ models/lib/nn.yaml:89:7
%6474 = mul %6464, %6473 : f32[16] @ models/lib/nn.yaml:89:7
%6475 = broadcast %6471 : bool[16] @ models/lib/nn.yaml:89:7
%6476 = select %6475, %6474, %6464 : f32[16] @ models/lib/nn.yaml:89:7
%6477 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6478 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6479 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6480 = add %6479, %6293 : i64[] @ models/lib/nn.yaml:89:7
%6481 = mul %6476, %6424 : f32[16] @ models/lib/nn.yaml:89:7
%6482 = mul %6477, %6426 : f32[16] @ models/lib/nn.yaml:89:7
%6483 = add %6482, %6481 : f32[16] @ models/lib/nn.yaml:89:7
%6484 = mul %6476, %6476 : f32[16] @ models/lib/nn.yaml:89:7
%6485 = mul %6484, %6430 : f32[16] @ models/lib/nn.yaml:89:7
%6486 = mul %6478, %6432 : f32[16] @ models/lib/nn.yaml:89:7
%6487 = add %6486, %6485 : f32[16] @ models/lib/nn.yaml:89:7
%6488 = cast %6480 : f64[] @ models/lib/nn.yaml:89:7
%6489 = pow %6302, %6488 : f64[] @ models/lib/nn.yaml:89:7
%6490 = sub %6283, %6489 : f64[] @ models/lib/nn.yaml:89:7
%6491 = div %3879, %6490 : f64[] @ models/lib/nn.yaml:89:7
%6492 = pow %6310, %6488 : f64[] @ models/lib/nn.yaml:89:7
%6493 = sub %6283, %6492 : f64[] @ models/lib/nn.yaml:89:7
%6494 = sqrt %6493 : f64[] @ models/lib/nn.yaml:89:7
%6495 = div %6283, %6494 : f64[] @ models/lib/nn.yaml:89:7
%6496 = sqrt %6487 : f32[16] @ models/lib/nn.yaml:89:7
%6497 = cast %6495 : f32[] @ models/lib/nn.yaml:89:7
%6498 = broadcast %6497 : f32[16] @ models/lib/nn.yaml:89:7
%6499 = mul %6496, %6498 : f32[16] @ models/lib/nn.yaml:89:7
%6500 = add %6499, %6447 : f32[16] @ models/lib/nn.yaml:89:7
%6501 = div %6483, %6500 : f32[16] @ models/lib/nn.yaml:89:7
%6502 = cast %6491 : f32[] @ models/lib/nn.yaml:89:7
%6503 = broadcast %6502 : f32[16] @ models/lib/nn.yaml:89:7
%6504 = mul %6501, %6503 : f32[16] @ models/lib/nn.yaml:89:7
%6505 = sub %10, %6504 : f32[16] @ models/lib/nn.yaml:89:7
%6506 = assign %10, %6505 : f32[16] @ models/lib/nn.yaml:89:7
%6507 = assign %6477, %6483 : f32[16] @ models/lib/nn.yaml:89:7
%6508 = assign %6478, %6487 : f32[16] @ models/lib/nn.yaml:89:7
%6509 = assign %6479, %6480 : i64[] @ models/lib/nn.yaml:89:7
%6510 = mul %88, %6458 : f32[16] @ models/lib/nn.yaml:89:7
%6511 = mul %6505, %6460 : f32[16] @ models/lib/nn.yaml:89:7
%6512 = add %6510, %6511 : f32[16] @ models/lib/nn.yaml:89:7
%6513 = assign %88, %6512 : f32[16] @ models/lib/nn.yaml:89:7
%6514 = all_reduce_sum %6233 : f32[16] @ models/lib/nn.yaml:90:7
%6515 = mul %6514, %6514 : f32[16] @ models/lib/nn.yaml:90:7
%6516 = reduce_sum %6515 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6517 = sqrt %6516 : f32[] @ models/lib/nn.yaml:90:7
%6518 = cast %6517 : f64[] @ models/lib/nn.yaml:90:7
%6519 = add %6518, %6279 : f64[] @ models/lib/nn.yaml:90:7
%6520 = div %6281, %6519 : f64[] @ models/lib/nn.yaml:90:7
%6521 = lt %6520, %6283 : bool[] @ models/lib/nn.yaml:90:7
%6522 = cast %6520 : f32[] @ models/lib/nn.yaml:90:7
%6523 = broadcast %6522 : f32[16] @ models/lib/nn.yaml:90:7
%6524 = mul %6514, %6523 : f32[16] @ models/lib/nn.yaml:90:7
%6525 = broadcast %6521 : bool[16] @ models/lib/nn.yaml:90:7
%6526 = select %6525, %6524, %6514 : f32[16] @ models/lib/nn.yaml:90:7
%6527 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6528 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6529 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6530 = add %6529, %6293 : i64[] @ models/lib/nn.yaml:90:7
%6531 = mul %6526, %6424 : f32[16] @ models/lib/nn.yaml:90:7
%6532 = mul %6527, %6426 : f32[16] @ models/lib/nn.yaml:90:7
%6533 = add %6532, %6531 : f32[16] @ models/lib/nn.yaml:90:7
%6534 = mul %6526, %6526 : f32[16] @ models/lib/nn.yaml:90:7
%6535 = mul %6534, %6430 : f32[16] @ models/lib/nn.yaml:90:7
%6536 = mul %6528, %6432 : f32[16] @ models/lib/nn.yaml:90:7
%6537 = add %6536, %6535 : f32[16] @ models/lib/nn.yaml:90:7
%6538 = cast %6530 : f64[] @ models/lib/nn.yaml:90:7
%6539 = pow %6302, %6538 : f64[] @ models/lib/nn.yaml:90:7
%6540 = sub %6283, %6539 : f64[] @ models/lib/nn.yaml:90:7
%6541 = div %3879, %6540 : f64[] @ models/lib/nn.yaml:90:7
%6542 = pow %6310, %6538 : f64[] @ models/lib/nn.yaml:90:7
%6543 = sub %6283, %6542 : f64[] @ models/lib/nn.yaml:90:7
%6544 = sqrt %6543 : f64[] @ models/lib/nn.yaml:90:7
%6545 = div %6283, %6544 : f64[] @ models/lib/nn.yaml:90:7
%6546 = sqrt %6537 : f32[16] @ models/lib/nn.yaml:90:7
%6547 = cast %6545 : f32[] @ models/lib/nn.yaml:90:7
%6548 = broadcast %6547 : f32[16] @ models/lib/nn.yaml:90:7
%6549 = mul %6546, %6548 : f32[16] @ models/lib/nn.yaml:90:7
%6550 = add %6549, %6447 : f32[16] @ models/lib/nn.yaml:90:7
%6551 = div %6533, %6550 : f32[16] @ models/lib/nn.yaml:90:7
%6552 = cast %6541 : f32[] @ models/lib/nn.yaml:90:7
%6553 = broadcast %6552 : f32[16] @ models/lib/nn.yaml:90:7
%6554 = mul %6551, %6553 : f32[16] @ models/lib/nn.yaml:90:7
%6555 = sub %11, %6554 : f32[16] @ models/lib/nn.yaml:90:7
%6556 = assign %11, %6555 : f32[16] @ models/lib/nn.yaml:90:7
%6557 = assign %6527, %6533 : f32[16] @ models/lib/nn.yaml:90:7
%6558 = assign %6528, %6537 : f32[16] @ models/lib/nn.yaml:90:7
%6559 = assign %6529, %6530 : i64[] @ models/lib/nn.yaml:90:7
%6560 = mul %89, %6458 : f32[16] @ models/lib/nn.yaml:90:7
%6561 = mul %6555, %6460 : f32[16] @ models/lib/nn.yaml:90:7
%6562 = add %6560, %6561 : f32[16] @ models/lib/nn.yaml:90:7
%6563 = assign %89, %6562 : f32[16] @ models/lib/nn.yaml:90:7
%6564 = all_reduce_sum %6227 : f32[48,16] @ models/lib/nn.yaml:79:7
%6565 = reshape %6564 : f32[768] @ models/lib/nn.yaml:79:7
%6566 = mul %6565, %6565 : f32[768] @ models/lib/nn.yaml:79:7
%6567 = reduce_sum %6566 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6568 = sqrt %6567 : f32[] @ models/lib/nn.yaml:79:7
%6569 = cast %6568 : f64[] @ models/lib/nn.yaml:79:7
%6570 = add %6569, %6279 : f64[] @ models/lib/nn.yaml:79:7
%6571 = div %6281, %6570 : f64[] @ models/lib/nn.yaml:79:7
%6572 = lt %6571, %6283 : bool[] @ models/lib/nn.yaml:79:7
%6573 = cast %6571 : f32[] @ models/lib/nn.yaml:79:7
%6574 = broadcast %6573 : f32[48,16] @ models/lib/nn.yaml:79:7
%6575 = mul %6564, %6574 : f32[48,16] @ models/lib/nn.yaml:79:7
%6576 = broadcast %6572 : bool[48,16] @ models/lib/nn.yaml:79:7
%6577 = select %6576, %6575, %6564 : f32[48,16] @ models/lib/nn.yaml:79:7
%6578 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6579 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6580 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6581 = add %6580, %6293 : i64[] @ models/lib/nn.yaml:79:7
%6582 = broadcast %6297 : f32[48,16] @ models/lib/nn.yaml:79:7
%6583 = mul %12, %6582 : f32[48,16] @ models/lib/nn.yaml:79:7
%6584 = broadcast %3608 : f32[48,16] @ models/lib/nn.yaml:79:7
%6585 = mul %6577, %6584 : f32[48,16] @ models/lib/nn.yaml:79:7
%6586 = broadcast %2464 : f32[48,16] @ models/lib/nn.yaml:79:7
%6587 = mul %6578, %6586 : f32[48,16] @ models/lib/nn.yaml:79:7
%6588 = add %6587, %6585 : f32[48,16] @ models/lib/nn.yaml:79:7
%6589 = mul %6577, %6577 : f32[48,16] @ models/lib/nn.yaml:79:7
%6590 = broadcast %6307 : f32[48,16] @ models/lib/nn.yaml:79:7
%6591 = mul %6589, %6590 : f32[48,16] @ models/lib/nn.yaml:79:7
%6592 = broadcast %6311 : f32[48,16] @ models/lib/nn.yaml:79:7
%6593 = mul %6579, %6592 : f32[48,16] @ models/lib/nn.yaml:79:7
%6594 = add %6593, %6591 : f32[48,16] @ models/lib/nn.yaml:79:7
%6595 = cast %6581 : f64[] @ models/lib/nn.yaml:79:7
%6596 = pow %6302, %6595 : f64[] @ models/lib/nn.yaml:79:7
%6597 = sub %6283, %6596 : f64[] @ models/lib/nn.yaml:79:7
%6598 = div %3879, %6597 : f64[] @ models/lib/nn.yaml:79:7
%6599 = pow %6310, %6595 : f64[] @ models/lib/nn.yaml:79:7
%6600 = sub %6283, %6599 : f64[] @ models/lib/nn.yaml:79:7
%6601 = sqrt %6600 : f64[] @ models/lib/nn.yaml:79:7
%6602 = div %6283, %6601 : f64[] @ models/lib/nn.yaml:79:7
%6603 = sqrt %6594 : f32[48,16] @ models/lib/nn.yaml:79:7
%6604 = cast %6602 : f32[] @ models/lib/nn.yaml:79:7
%6605 = broadcast %6604 : f32[48,16] @ models/lib/nn.yaml:79:7
%6606 = mul %6603, %6605 : f32[48,16] @ models/lib/nn.yaml:79:7
%6607 = broadcast %6327 : f32[48,16] @ models/lib/nn.yaml:79:7
%6608 = add %6606, %6607 : f32[48,16] @ models/lib/nn.yaml:79:7
%6609 = div %6588, %6608 : f32[48,16] @ models/lib/nn.yaml:79:7
%6610 = cast %6598 : f32[] @ models/lib/nn.yaml:79:7
%6611 = broadcast %6610 : f32[48,16] @ models/lib/nn.yaml:79:7
%6612 = mul %6609, %6611 : f32[48,16] @ models/lib/nn.yaml:79:7
%6613 = sub %6583, %6612 : f32[48,16] @ models/lib/nn.yaml:79:7
%6614 = assign %12, %6613 : f32[48,16] @ models/lib/nn.yaml:79:7
%6615 = assign %6578, %6588 : f32[48,16] @ models/lib/nn.yaml:79:7
%6616 = assign %6579, %6594 : f32[48,16] @ models/lib/nn.yaml:79:7
%6617 = assign %6580, %6581 : i64[] @ models/lib/nn.yaml:79:7
%6618 = broadcast %3 : f32[48,16] @ models/lib/nn.yaml:79:7
%6619 = mul %90, %6618 : f32[48,16] @ models/lib/nn.yaml:79:7
%6620 = broadcast %6342 : f32[48,16] @ models/lib/nn.yaml:79:7
%6621 = mul %6613, %6620 : f32[48,16] @ models/lib/nn.yaml:79:7
%6622 = add %6619, %6621 : f32[48,16] @ models/lib/nn.yaml:79:7
%6623 = assign %90, %6622 : f32[48,16] @ models/lib/nn.yaml:79:7
%6624 = all_reduce_sum %6218 : f32[48] @ models/lib/nn.yaml:80:7
%6625 = mul %6624, %6624 : f32[48] @ models/lib/nn.yaml:80:7
%6626 = reduce_sum %6625 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6627 = sqrt %6626 : f32[] @ models/lib/nn.yaml:80:7
%6628 = cast %6627 : f64[] @ models/lib/nn.yaml:80:7
%6629 = add %6628, %6279 : f64[] @ models/lib/nn.yaml:80:7
%6630 = div %6281, %6629 : f64[] @ models/lib/nn.yaml:80:7
%6631 = lt %6630, %6283 : bool[] @ models/lib/nn.yaml:80:7
%6632 = cast %6630 : f32[] @ models/lib/nn.yaml:80:7
%6633 = broadcast %6632 : f32[48] @ models/lib/nn.yaml:80:7
%6634 = mul %6624, %6633 : f32[48] @ models/lib/nn.yaml:80:7
%6635 = broadcast %6631 : bool[48] @ models/lib/nn.yaml:80:7
%6636 = select %6635, %6634, %6624 : f32[48] @ models/lib/nn.yaml:80:7
%6637 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6638 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6639 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6640 = add %6639, %6293 : i64[] @ models/lib/nn.yaml:80:7
%6641 = broadcast %3608 : f32[48] @ models/lib/nn.yaml:80:7
%6642 = mul %6636, %6641 : f32[48] @ models/lib/nn.yaml:80:7
%6643 = broadcast %2464 : f32[48] @ models/lib/nn.yaml:80:7
%6644 = mul %6637, %6643 : f32[48] @ models/lib/nn.yaml:80:7
%6645 = add %6644, %6642 : f32[48] @ models/lib/nn.yaml:80:7
%6646 = mul %6636, %6636 : f32[48] @ models/lib/nn.yaml:80:7
%6647 = broadcast %6307 : f32[48] @ models/lib/nn.yaml:80:7
%6648 = mul %6646, %6647 : f32[48] @ models/lib/nn.yaml:80:7
%6649 = broadcast %6311 : f32[48] @ models/lib/nn.yaml:80:7
%6650 = mul %6638, %6649 : f32[48] @ models/lib/nn.yaml:80:7
%6651 = add %6650, %6648 : f32[48] @ models/lib/nn.yaml:80:7
%6652 = cast %6640 : f64[] @ models/lib/nn.yaml:80:7
%6653 = pow %6302, %6652 : f64[] @ models/lib/nn.yaml:80:7
%6654 = sub %6283, %6653 : f64[] @ models/lib/nn.yaml:80:7
%6655 = div %3879, %6654 : f64[] @ models/lib/nn.yaml:80:7
%6656 = pow %6310, %6652 : f64[] @ models/lib/nn.yaml:80:7
%6657 = sub %6283, %6656 : f64[] @ models/lib/nn.yaml:80:7
%6658 = sqrt %6657 : f64[] @ models/lib/nn.yaml:80:7
%6659 = div %6283, %6658 : f64[] @ models/lib/nn.yaml:80:7
%6660 = sqrt %6651 : f32[48] @ models/lib/nn.yaml:80:7
%6661 = cast %6659 : f32[] @ models/lib/nn.yaml:80:7
%6662 = broadcast %6661 : f32[48] @ models/lib/nn.yaml:80:7
%6663 = mul %6660, %6662 : f32[48] @ models/lib/nn.yaml:80:7
%6664 = broadcast %6327 : f32[48] @ models/lib/nn.yaml:80:7
%6665 = add %6663, %6664 : f32[48] @ models/lib/nn.yaml:80:7
%6666 = div %6645, %6665 : f32[48] @ models/lib/nn.yaml:80:7
%6667 = cast %6655 : f32[] @ models/lib/nn.yaml:80:7
%6668 = broadcast %6667 : f32[48] @ models/lib/nn.yaml:80:7
%6669 = mul %6666, %6668 : f32[48] @ models/lib/nn.yaml:80:7
%6670 = sub %13, %6669 : f32[48] @ models/lib/nn.yaml:80:7
%6671 = assign %13, %6670 : f32[48] @ models/lib/nn.yaml:80:7
%6672 = assign %6637, %6645 : f32[48] @ models/lib/nn.yaml:80:7
%6673 = assign %6638, %6651 : f32[48] @ models/lib/nn.yaml:80:7
%6674 = assign %6639, %6640 : i64[] @ models/lib/nn.yaml:80:7
%6675 = broadcast %3 : f32[48] @ models/lib/nn.yaml:80:7
%6676 = mul %91, %6675 : f32[48] @ models/lib/nn.yaml:80:7
%6677 = broadcast %6342 : f32[48] @ models/lib/nn.yaml:80:7
%6678 = mul %6670, %6677 : f32[48] @ models/lib/nn.yaml:80:7
%6679 = add %6676, %6678 : f32[48] @ models/lib/nn.yaml:80:7
%6680 = assign %91, %6679 : f32[48] @ models/lib/nn.yaml:80:7
%6681 = all_reduce_sum %6113 : f32[16,16] @ models/lib/nn.yaml:79:7
%6682 = reshape %6681 : f32[256] @ models/lib/nn.yaml:79:7
%6683 = mul %6682, %6682 : f32[256] @ models/lib/nn.yaml:79:7
%6684 = reduce_sum %6683 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6685 = sqrt %6684 : f32[] @ models/lib/nn.yaml:79:7
%6686 = cast %6685 : f64[] @ models/lib/nn.yaml:79:7
%6687 = add %6686, %6279 : f64[] @ models/lib/nn.yaml:79:7
%6688 = div %6281, %6687 : f64[] @ models/lib/nn.yaml:79:7
%6689 = lt %6688, %6283 : bool[] @ models/lib/nn.yaml:79:7
%6690 = cast %6688 : f32[] @ models/lib/nn.yaml:79:7
%6691 = broadcast %6690 : f32[16,16] @ models/lib/nn.yaml:79:7
%6692 = mul %6681, %6691 : f32[16,16] @ models/lib/nn.yaml:79:7
%6693 = broadcast %6689 : bool[16,16] @ models/lib/nn.yaml:79:7
%6694 = select %6693, %6692, %6681 : f32[16,16] @ models/lib/nn.yaml:79:7
%6695 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6696 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6697 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6698 = add %6697, %6293 : i64[] @ models/lib/nn.yaml:79:7
%6699 = broadcast %6297 : f32[16,16] @ models/lib/nn.yaml:79:7
%6700 = mul %14, %6699 : f32[16,16] @ models/lib/nn.yaml:79:7
%6701 = broadcast %3608 : f32[16,16] @ models/lib/nn.yaml:79:7
%6702 = mul %6694, %6701 : f32[16,16] @ models/lib/nn.yaml:79:7
%6703 = broadcast %2464 : f32[16,16] @ models/lib/nn.yaml:79:7
%6704 = mul %6695, %6703 : f32[16,16] @ models/lib/nn.yaml:79:7
%6705 = add %6704, %6702 : f32[16,16] @ models/lib/nn.yaml:79:7
%6706 = mul %6694, %6694 : f32[16,16] @ models/lib/nn.yaml:79:7
%6707 = broadcast %6307 : f32[16,16] @ models/lib/nn.yaml:79:7
%6708 = mul %6706, %6707 : f32[16,16] @ models/lib/nn.yaml:79:7
%6709 = broadcast %6311 : f32[16,16] @ models/lib/nn.yaml:79:7
%6710 = mul %6696, %6709 : f32[16,16] @ models/lib/nn.yaml:79:7
%6711 = add %6710, %6708 : f32[16,16] @ models/lib/nn.yaml:79:7
%6712 = cast %6698 : f64[] @ models/lib/nn.yaml:79:7
%6713 = pow %6302, %6712 : f64[] @ models/lib/nn.yaml:79:7
%6714 = sub %6283, %6713 : f64[] @ models/lib/nn.yaml:79:7
%6715 = div %3879, %6714 : f64[] @ models/lib/nn.yaml:79:7
%6716 = pow %6310, %6712 : f64[] @ models/lib/nn.yaml:79:7
%6717 = sub %6283, %6716 : f64[] @ models/lib/nn.yaml:79:7
%6718 = sqrt %6717 : f64[] @ models/lib/nn.yaml:79:7
%6719 = div %6283, %6718 : f64[] @ models/lib/nn.yaml:79:7
%6720 = sqrt %6711 : f32[16,16] @ models/lib/nn.yaml:79:7
%6721 = cast %6719 : f32[] @ models/lib/nn.yaml:79:7
%6722 = broadcast %6721 : f32[16,16] @ models/lib/nn.yaml:79:7
%6723 = mul %6720, %6722 : f32[16,16] @ models/lib/nn.yaml:79:7
%6724 = broadcast %6327 : f32[16,16] @ models/lib/nn.yaml:79:7
%6725 = add %6723, %6724 : f32[16,16] @ models/lib/nn.yaml:79:7
%6726 = div %6705, %6725 : f32[16,16] @ models/lib/nn.yaml:79:7
%6727 = cast %6715 : f32[] @ models/lib/nn.yaml:79:7
%6728 = broadcast %6727 : f32[16,16] @ models/lib/nn.yaml:79:7
%6729 = mul %6726, %6728 : f32[16,16] @ models/lib/nn.yaml:79:7
%6730 = sub %6700, %6729 : f32[16,16] @ models/lib/nn.yaml:79:7
%6731 = assign %14, %6730 : f32[16,16] @ models/lib/nn.yaml:79:7
%6732 = assign %6695, %6705 : f32[16,16] @ models/lib/nn.yaml:79:7
%6733 = assign %6696, %6711 : f32[16,16] @ models/lib/nn.yaml:79:7
%6734 = assign %6697, %6698 : i64[] @ models/lib/nn.yaml:79:7
%6735 = broadcast %3 : f32[16,16] @ models/lib/nn.yaml:79:7
%6736 = mul %92, %6735 : f32[16,16] @ models/lib/nn.yaml:79:7
%6737 = broadcast %6342 : f32[16,16] @ models/lib/nn.yaml:79:7
%6738 = mul %6730, %6737 : f32[16,16] @ models/lib/nn.yaml:79:7
%6739 = add %6736, %6738 : f32[16,16] @ models/lib/nn.yaml:79:7
%6740 = assign %92, %6739 : f32[16,16] @ models/lib/nn.yaml:79:7
%6741 = all_reduce_sum %6105 : f32[16] @ models/lib/nn.yaml:80:7
%6742 = mul %6741, %6741 : f32[16] @ models/lib/nn.yaml:80:7
%6743 = reduce_sum %6742 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6744 = sqrt %6743 : f32[] @ models/lib/nn.yaml:80:7
%6745 = cast %6744 : f64[] @ models/lib/nn.yaml:80:7
%6746 = add %6745, %6279 : f64[] @ models/lib/nn.yaml:80:7
%6747 = div %6281, %6746 : f64[] @ models/lib/nn.yaml:80:7
%6748 = lt %6747, %6283 : bool[] @ models/lib/nn.yaml:80:7
%6749 = cast %6747 : f32[] @ models/lib/nn.yaml:80:7
%6750 = broadcast %6749 : f32[16] @ models/lib/nn.yaml:80:7
%6751 = mul %6741, %6750 : f32[16] @ models/lib/nn.yaml:80:7
%6752 = broadcast %6748 : bool[16] @ models/lib/nn.yaml:80:7
%6753 = select %6752, %6751, %6741 : f32[16] @ models/lib/nn.yaml:80:7
%6754 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6755 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6756 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6757 = add %6756, %6293 : i64[] @ models/lib/nn.yaml:80:7
%6758 = mul %6753, %6424 : f32[16] @ models/lib/nn.yaml:80:7
%6759 = mul %6754, %6426 : f32[16] @ models/lib/nn.yaml:80:7
%6760 = add %6759, %6758 : f32[16] @ models/lib/nn.yaml:80:7
%6761 = mul %6753, %6753 : f32[16] @ models/lib/nn.yaml:80:7
%6762 = mul %6761, %6430 : f32[16] @ models/lib/nn.yaml:80:7
%6763 = mul %6755, %6432 : f32[16] @ models/lib/nn.yaml:80:7
%6764 = add %6763, %6762 : f32[16] @ models/lib/nn.yaml:80:7
%6765 = cast %6757 : f64[] @ models/lib/nn.yaml:80:7
%6766 = pow %6302, %6765 : f64[] @ models/lib/nn.yaml:80:7
%6767 = sub %6283, %6766 : f64[] @ models/lib/nn.yaml:80:7
%6768 = div %3879, %6767 : f64[] @ models/lib/nn.yaml:80:7
%6769 = pow %6310, %6765 : f64[] @ models/lib/nn.yaml:80:7
%6770 = sub %6283, %6769 : f64[] @ models/lib/nn.yaml:80:7
%6771 = sqrt %6770 : f64[] @ models/lib/nn.yaml:80:7
%6772 = div %6283, %6771 : f64[] @ models/lib/nn.yaml:80:7
%6773 = sqrt %6764 : f32[16] @ models/lib/nn.yaml:80:7
%6774 = cast %6772 : f32[] @ models/lib/nn.yaml:80:7
%6775 = broadcast %6774 : f32[16] @ models/lib/nn.yaml:80:7
%6776 = mul %6773, %6775 : f32[16] @ models/lib/nn.yaml:80:7
%6777 = add %6776, %6447 : f32[16] @ models/lib/nn.yaml:80:7
%6778 = div %6760, %6777 : f32[16] @ models/lib/nn.yaml:80:7
%6779 = cast %6768 : f32[] @ models/lib/nn.yaml:80:7
%6780 = broadcast %6779 : f32[16] @ models/lib/nn.yaml:80:7
%6781 = mul %6778, %6780 : f32[16] @ models/lib/nn.yaml:80:7
%6782 = sub %15, %6781 : f32[16] @ models/lib/nn.yaml:80:7
%6783 = assign %15, %6782 : f32[16] @ models/lib/nn.yaml:80:7
%6784 = assign %6754, %6760 : f32[16] @ models/lib/nn.yaml:80:7
%6785 = assign %6755, %6764 : f32[16] @ models/lib/nn.yaml:80:7
%6786 = assign %6756, %6757 : i64[] @ models/lib/nn.yaml:80:7
%6787 = mul %93, %6458 : f32[16] @ models/lib/nn.yaml:80:7
%6788 = mul %6782, %6460 : f32[16] @ models/lib/nn.yaml:80:7
%6789 = add %6787, %6788 : f32[16] @ models/lib/nn.yaml:80:7
%6790 = assign %93, %6789 : f32[16] @ models/lib/nn.yaml:80:7
%6791 = all_reduce_sum %6082 : f32[16] @ models/lib/nn.yaml:89:7
%6792 = mul %6791, %6791 : f32[16] @ models/lib/nn.yaml:89:7
%6793 = reduce_sum %6792 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6794 = sqrt %6793 : f32[] @ models/lib/nn.yaml:89:7
%6795 = cast %6794 : f64[] @ models/lib/nn.yaml:89:7
%6796 = add %6795, %6279 : f64[] @ models/lib/nn.yaml:89:7
%6797 = div %6281, %6796 : f64[] @ models/lib/nn.yaml:89:7
%6798 = lt %6797, %6283 : bool[] @ models/lib/nn.yaml:89:7
%6799 = cast %6797 : f32[] @ models/lib/nn.yaml:89:7
%6800 = broadcast %6799 : f32[16] @ models/lib/nn.yaml:89:7
%6801 = mul %6791, %6800 : f32[16] @ models/lib/nn.yaml:89:7
%6802 = broadcast %6798 : bool[16] @ models/lib/nn.yaml:89:7
%6803 = select %6802, %6801, %6791 : f32[16] @ models/lib/nn.yaml:89:7
%6804 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6805 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6806 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6807 = add %6806, %6293 : i64[] @ models/lib/nn.yaml:89:7
%6808 = mul %6803, %6424 : f32[16] @ models/lib/nn.yaml:89:7
%6809 = mul %6804, %6426 : f32[16] @ models/lib/nn.yaml:89:7
%6810 = add %6809, %6808 : f32[16] @ models/lib/nn.yaml:89:7
%6811 = mul %6803, %6803 : f32[16] @ models/lib/nn.yaml:89:7
%6812 = mul %6811, %6430 : f32[16] @ models/lib/nn.yaml:89:7
%6813 = mul %6805, %6432 : f32[16] @ models/lib/nn.yaml:89:7
%6814 = add %6813, %6812 : f32[16] @ models/lib/nn.yaml:89:7
%6815 = cast %6807 : f64[] @ models/lib/nn.yaml:89:7
%6816 = pow %6302, %6815 : f64[] @ models/lib/nn.yaml:89:7
%6817 = sub %6283, %6816 : f64[] @ models/lib/nn.yaml:89:7
%6818 = div %3879, %6817 : f64[] @ models/lib/nn.yaml:89:7
%6819 = pow %6310, %6815 : f64[] @ models/lib/nn.yaml:89:7
%6820 = sub %6283, %6819 : f64[] @ models/lib/nn.yaml:89:7
%6821 = sqrt %6820 : f64[] @ models/lib/nn.yaml:89:7
%6822 = div %6283, %6821 : f64[] @ models/lib/nn.yaml:89:7
%6823 = sqrt %6814 : f32[16] @ models/lib/nn.yaml:89:7
%6824 = cast %6822 : f32[] @ models/lib/nn.yaml:89:7
%6825 = broadcast %6824 : f32[16] @ models/lib/nn.yaml:89:7
%6826 = mul %6823, %6825 : f32[16] @ models/lib/nn.yaml:89:7
%6827 = add %6826, %6447 : f32[16] @ models/lib/nn.yaml:89:7
%6828 = div %6810, %6827 : f32[16] @ models/lib/nn.yaml:89:7
%6829 = cast %6818 : f32[] @ models/lib/nn.yaml:89:7
%6830 = broadcast %6829 : f32[16] @ models/lib/nn.yaml:89:7
%6831 = mul %6828, %6830 : f32[16] @ models/lib/nn.yaml:89:7
%6832 = sub %16, %6831 : f32[16] @ models/lib/nn.yaml:89:7
%6833 = assign %16, %6832 : f32[16] @ models/lib/nn.yaml:89:7
%6834 = assign %6804, %6810 : f32[16] @ models/lib/nn.yaml:89:7
%6835 = assign %6805, %6814 : f32[16] @ models/lib/nn.yaml:89:7
%6836 = assign %6806, %6807 : i64[] @ models/lib/nn.yaml:89:7
%6837 = mul %94, %6458 : f32[16] @ models/lib/nn.yaml:89:7
%6838 = mul %6832, %6460 : f32[16] @ models/lib/nn.yaml:89:7
%6839 = add %6837, %6838 : f32[16] @ models/lib/nn.yaml:89:7
%6840 = assign %94, %6839 : f32[16] @ models/lib/nn.yaml:89:7
%6841 = all_reduce_sum %6075 : f32[16] @ models/lib/nn.yaml:90:7
%6842 = mul %6841, %6841 : f32[16] @ models/lib/nn.yaml:90:7
%6843 = reduce_sum %6842 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6844 = sqrt %6843 : f32[] @ models/lib/nn.yaml:90:7
%6845 = cast %6844 : f64[] @ models/lib/nn.yaml:90:7
%6846 = add %6845, %6279 : f64[] @ models/lib/nn.yaml:90:7
%6847 = div %6281, %6846 : f64[] @ models/lib/nn.yaml:90:7
%6848 = lt %6847, %6283 : bool[] @ models/lib/nn.yaml:90:7
%6849 = cast %6847 : f32[] @ models/lib/nn.yaml:90:7
%6850 = broadcast %6849 : f32[16] @ models/lib/nn.yaml:90:7
%6851 = mul %6841, %6850 : f32[16] @ models/lib/nn.yaml:90:7
%6852 = broadcast %6848 : bool[16] @ models/lib/nn.yaml:90:7
%6853 = select %6852, %6851, %6841 : f32[16] @ models/lib/nn.yaml:90:7
%6854 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6855 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6856 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6857 = add %6856, %6293 : i64[] @ models/lib/nn.yaml:90:7
%6858 = mul %6853, %6424 : f32[16] @ models/lib/nn.yaml:90:7
%6859 = mul %6854, %6426 : f32[16] @ models/lib/nn.yaml:90:7
%6860 = add %6859, %6858 : f32[16] @ models/lib/nn.yaml:90:7
%6861 = mul %6853, %6853 : f32[16] @ models/lib/nn.yaml:90:7
%6862 = mul %6861, %6430 : f32[16] @ models/lib/nn.yaml:90:7
%6863 = mul %6855, %6432 : f32[16] @ models/lib/nn.yaml:90:7
%6864 = add %6863, %6862 : f32[16] @ models/lib/nn.yaml:90:7
%6865 = cast %6857 : f64[] @ models/lib/nn.yaml:90:7
%6866 = pow %6302, %6865 : f64[] @ models/lib/nn.yaml:90:7
%6867 = sub %6283, %6866 : f64[] @ models/lib/nn.yaml:90:7
%6868 = div %3879, %6867 : f64[] @ models/lib/nn.yaml:90:7
%6869 = pow %6310, %6865 : f64[] @ models/lib/nn.yaml:90:7
%6870 = sub %6283, %6869 : f64[] @ models/lib/nn.yaml:90:7
%6871 = sqrt %6870 : f64[] @ models/lib/nn.yaml:90:7
%6872 = div %6283, %6871 : f64[] @ models/lib/nn.yaml:90:7
%6873 = sqrt %6864 : f32[16] @ models/lib/nn.yaml:90:7
%6874 = cast %6872 : f32[] @ models/lib/nn.yaml:90:7
%6875 = broadcast %6874 : f32[16] @ models/lib/nn.yaml:90:7
%6876 = mul %6873, %6875 : f32[16] @ models/lib/nn.yaml:90:7
%6877 = add %6876, %6447 : f32[16] @ models/lib/nn.yaml:90:7
%6878 = div %6860, %6877 : f32[16] @ models/lib/nn.yaml:90:7
%6879 = cast %6868 : f32[] @ models/lib/nn.yaml:90:7
%6880 = broadcast %6879 : f32[16] @ models/lib/nn.yaml:90:7
%6881 = mul %6878, %6880 : f32[16] @ models/lib/nn.yaml:90:7
%6882 = sub %17, %6881 : f32[16] @ models/lib/nn.yaml:90:7
%6883 = assign %17, %6882 : f32[16] @ models/lib/nn.yaml:90:7
%6884 = assign %6854, %6860 : f32[16] @ models/lib/nn.yaml:90:7
%6885 = assign %6855, %6864 : f32[16] @ models/lib/nn.yaml:90:7
%6886 = assign %6856, %6857 : i64[] @ models/lib/nn.yaml:90:7
%6887 = mul %95, %6458 : f32[16] @ models/lib/nn.yaml:90:7
%6888 = mul %6882, %6460 : f32[16] @ models/lib/nn.yaml:90:7
%6889 = add %6887, %6888 : f32[16] @ models/lib/nn.yaml:90:7
%6890 = assign %95, %6889 : f32[16] @ models/lib/nn.yaml:90:7
%6891 = all_reduce_sum %6069 : f32[64,16] @ models/lib/nn.yaml:79:7
%6892 = reshape %6891 : f32[1024] @ models/lib/nn.yaml:79:7
%6893 = mul %6892, %6892 : f32[1024] @ models/lib/nn.yaml:79:7
%6894 = reduce_sum %6893 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6895 = sqrt %6894 : f32[] @ models/lib/nn.yaml:79:7
%6896 = cast %6895 : f64[] @ models/lib/nn.yaml:79:7
%6897 = add %6896, %6279 : f64[] @ models/lib/nn.yaml:79:7
%6898 = div %6281, %6897 : f64[] @ models/lib/nn.yaml:79:7
%6899 = lt %6898, %6283 : bool[] @ models/lib/nn.yaml:79:7
%6900 = cast %6898 : f32[] @ models/lib/nn.yaml:79:7
%6901 = broadcast %6900 : f32[64,16] @ models/lib/nn.yaml:79:7
%6902 = mul %6891, %6901 : f32[64,16] @ models/lib/nn.yaml:79:7
%6903 = broadcast %6899 : bool[64,16] @ models/lib/nn.yaml:79:7
%6904 = select %6903, %6902, %6891 : f32[64,16] @ models/lib/nn.yaml:79:7
%6905 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6906 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6907 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6908 = add %6907, %6293 : i64[] @ models/lib/nn.yaml:79:7
%6909 = broadcast %6297 : f32[64,16] @ models/lib/nn.yaml:79:7
%6910 = mul %18, %6909 : f32[64,16] @ models/lib/nn.yaml:79:7
%6911 = broadcast %3608 : f32[64,16] @ models/lib/nn.yaml:79:7
%6912 = mul %6904, %6911 : f32[64,16] @ models/lib/nn.yaml:79:7
%6913 = broadcast %2464 : f32[64,16] @ models/lib/nn.yaml:79:7
%6914 = mul %6905, %6913 : f32[64,16] @ models/lib/nn.yaml:79:7
%6915 = add %6914, %6912 : f32[64,16] @ models/lib/nn.yaml:79:7
%6916 = mul %6904, %6904 : f32[64,16] @ models/lib/nn.yaml:79:7
%6917 = broadcast %6307 : f32[64,16] @ models/lib/nn.yaml:79:7
%6918 = mul %6916, %6917 : f32[64,16] @ models/lib/nn.yaml:79:7
%6919 = broadcast %6311 : f32[64,16] @ models/lib/nn.yaml:79:7
%6920 = mul %6906, %6919 : f32[64,16] @ models/lib/nn.yaml:79:7
%6921 = add %6920, %6918 : f32[64,16] @ models/lib/nn.yaml:79:7
%6922 = cast %6908 : f64[] @ models/lib/nn.yaml:79:7
%6923 = pow %6302, %6922 : f64[] @ models/lib/nn.yaml:79:7
%6924 = sub %6283, %6923 : f64[] @ models/lib/nn.yaml:79:7
%6925 = div %3879, %6924 : f64[] @ models/lib/nn.yaml:79:7
%6926 = pow %6310, %6922 : f64[] @ models/lib/nn.yaml:79:7
%6927 = sub %6283, %6926 : f64[] @ models/lib/nn.yaml:79:7
%6928 = sqrt %6927 : f64[] @ models/lib/nn.yaml:79:7
%6929 = div %6283, %6928 : f64[] @ models/lib/nn.yaml:79:7
%6930 = sqrt %6921 : f32[64,16] @ models/lib/nn.yaml:79:7
%6931 = cast %6929 : f32[] @ models/lib/nn.yaml:79:7
%6932 = broadcast %6931 : f32[64,16] @ models/lib/nn.yaml:79:7
%6933 = mul %6930, %6932 : f32[64,16] @ models/lib/nn.yaml:79:7
%6934 = broadcast %6327 : f32[64,16] @ models/lib/nn.yaml:79:7
%6935 = add %6933, %6934 : f32[64,16] @ models/lib/nn.yaml:79:7
%6936 = div %6915, %6935 : f32[64,16] @ models/lib/nn.yaml:79:7
%6937 = cast %6925 : f32[] @ models/lib/nn.yaml:79:7
%6938 = broadcast %6937 : f32[64,16] @ models/lib/nn.yaml:79:7
%6939 = mul %6936, %6938 : f32[64,16] @ models/lib/nn.yaml:79:7
%6940 = sub %6910, %6939 : f32[64,16] @ models/lib/nn.yaml:79:7
%6941 = assign %18, %6940 : f32[64,16] @ models/lib/nn.yaml:79:7
%6942 = assign %6905, %6915 : f32[64,16] @ models/lib/nn.yaml:79:7
%6943 = assign %6906, %6921 : f32[64,16] @ models/lib/nn.yaml:79:7
%6944 = assign %6907, %6908 : i64[] @ models/lib/nn.yaml:79:7
%6945 = broadcast %3 : f32[64,16] @ models/lib/nn.yaml:79:7
%6946 = mul %96, %6945 : f32[64,16] @ models/lib/nn.yaml:79:7
%6947 = broadcast %6342 : f32[64,16] @ models/lib/nn.yaml:79:7
%6948 = mul %6940, %6947 : f32[64,16] @ models/lib/nn.yaml:79:7
%6949 = add %6946, %6948 : f32[64,16] @ models/lib/nn.yaml:79:7
%6950 = assign %96, %6949 : f32[64,16] @ models/lib/nn.yaml:79:7
%6951 = all_reduce_sum %6061 : f32[64] @ models/lib/nn.yaml:80:7
%6952 = mul %6951, %6951 : f32[64] @ models/lib/nn.yaml:80:7
%6953 = reduce_sum %6952 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6954 = sqrt %6953 : f32[] @ models/lib/nn.yaml:80:7
%6955 = cast %6954 : f64[] @ models/lib/nn.yaml:80:7
%6956 = add %6955, %6279 : f64[] @ models/lib/nn.yaml:80:7
%6957 = div %6281, %6956 : f64[] @ models/lib/nn.yaml:80:7
%6958 = lt %6957, %6283 : bool[] @ models/lib/nn.yaml:80:7
%6959 = cast %6957 : f32[] @ models/lib/nn.yaml:80:7
%6960 = broadcast %6959 : f32[64] @ models/lib/nn.yaml:80:7
%6961 = mul %6951, %6960 : f32[64] @ models/lib/nn.yaml:80:7
%6962 = broadcast %6958 : bool[64] @ models/lib/nn.yaml:80:7
%6963 = select %6962, %6961, %6951 : f32[64] @ models/lib/nn.yaml:80:7
%6964 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6965 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6966 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6967 = add %6966, %6293 : i64[] @ models/lib/nn.yaml:80:7
%6968 = broadcast %3608 : f32[64] @ models/lib/nn.yaml:80:7
%6969 = mul %6963, %6968 : f32[64] @ models/lib/nn.yaml:80:7
%6970 = broadcast %2464 : f32[64] @ models/lib/nn.yaml:80:7
%6971 = mul %6964, %6970 : f32[64] @ models/lib/nn.yaml:80:7
%6972 = add %6971, %6969 : f32[64] @ models/lib/nn.yaml:80:7
%6973 = mul %6963, %6963 : f32[64] @ models/lib/nn.yaml:80:7
%6974 = broadcast %6307 : f32[64] @ models/lib/nn.yaml:80:7
%6975 = mul %6973, %6974 : f32[64] @ models/lib/nn.yaml:80:7
%6976 = broadcast %6311 : f32[64] @ models/lib/nn.yaml:80:7
%6977 = mul %6965, %6976 : f32[64] @ models/lib/nn.yaml:80:7
%6978 = add %6977, %6975 : f32[64] @ models/lib/nn.yaml:80:7
%6979 = cast %6967 : f64[] @ models/lib/nn.yaml:80:7
%6980 = pow %6302, %6979 : f64[] @ models/lib/nn.yaml:80:7
%6981 = sub %6283, %6980 : f64[] @ models/lib/nn.yaml:80:7
%6982 = div %3879, %6981 : f64[] @ models/lib/nn.yaml:80:7
%6983 = pow %6310, %6979 : f64[] @ models/lib/nn.yaml:80:7
%6984 = sub %6283, %6983 : f64[] @ models/lib/nn.yaml:80:7
%6985 = sqrt %6984 : f64[] @ models/lib/nn.yaml:80:7
%6986 = div %6283, %6985 : f64[] @ models/lib/nn.yaml:80:7
%6987 = sqrt %6978 : f32[64] @ models/lib/nn.yaml:80:7
%6988 = cast %6986 : f32[] @ models/lib/nn.yaml:80:7
%6989 = broadcast %6988 : f32[64] @ models/lib/nn.yaml:80:7
%6990 = mul %6987, %6989 : f32[64] @ models/lib/nn.yaml:80:7
%6991 = broadcast %6327 : f32[64] @ models/lib/nn.yaml:80:7
%6992 = add %6990, %6991 : f32[64] @ models/lib/nn.yaml:80:7
%6993 = div %6972, %6992 : f32[64] @ models/lib/nn.yaml:80:7
%6994 = cast %6982 : f32[] @ models/lib/nn.yaml:80:7
%6995 = broadcast %6994 : f32[64] @ models/lib/nn.yaml:80:7
%6996 = mul %6993, %6995 : f32[64] @ models/lib/nn.yaml:80:7
%6997 = sub %19, %6996 : f32[64] @ models/lib/nn.yaml:80:7
%6998 = assign %19, %6997 : f32[64] @ models/lib/nn.yaml:80:7
%6999 = assign %6964, %6972 : f32[64] @ models/lib/nn.yaml:80:7
%7000 = assign %6965, %6978 : f32[64] @ models/lib/nn.yaml:80:7
%7001 = assign %6966, %6967 : i64[] @ models/lib/nn.yaml:80:7
%7002 = broadcast %3 : f32[64] @ models/lib/nn.yaml:80:7
%7003 = mul %97, %7002 : f32[64] @ models/lib/nn.yaml:80:7
%7004 = broadcast %6342 : f32[64] @ models/lib/nn.yaml:80:7
%7005 = mul %6997, %7004 : f32[64] @ models/lib/nn.yaml:80:7
%7006 = add %7003, %7005 : f32[64] @ models/lib/nn.yaml:80:7
%7007 = assign %97, %7006 : f32[64] @ models/lib/nn.yaml:80:7
%7008 = all_reduce_sum %6041 : f32[16,64] @ models/lib/nn.yaml:79:7
%7009 = reshape %7008 : f32[1024] @ models/lib/nn.yaml:79:7
%7010 = mul %7009, %7009 : f32[1024] @ models/lib/nn.yaml:79:7
%7011 = reduce_sum %7010 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7012 = sqrt %7011 : f32[] @ models/lib/nn.yaml:79:7
%7013 = cast %7012 : f64[] @ models/lib/nn.yaml:79:7
%7014 = add %7013, %6279 : f64[] @ models/lib/nn.yaml:79:7
%7015 = div %6281, %7014 : f64[] @ models/lib/nn.yaml:79:7
%7016 = lt %7015, %6283 : bool[] @ models/lib/nn.yaml:79:7
%7017 = cast %7015 : f32[] @ models/lib/nn.yaml:79:7
%7018 = broadcast %7017 : f32[16,64] @ models/lib/nn.yaml:79:7
%7019 = mul %7008, %7018 : f32[16,64] @ models/lib/nn.yaml:79:7
%7020 = broadcast %7016 : bool[16,64] @ models/lib/nn.yaml:79:7
%7021 = select %7020, %7019, %7008 : f32[16,64] @ models/lib/nn.yaml:79:7
%7022 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7023 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7024 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7025 = add %7024, %6293 : i64[] @ models/lib/nn.yaml:79:7
%7026 = broadcast %6297 : f32[16,64] @ models/lib/nn.yaml:79:7
%7027 = mul %20, %7026 : f32[16,64] @ models/lib/nn.yaml:79:7
%7028 = broadcast %3608 : f32[16,64] @ models/lib/nn.yaml:79:7
%7029 = mul %7021, %7028 : f32[16,64] @ models/lib/nn.yaml:79:7
%7030 = broadcast %2464 : f32[16,64] @ models/lib/nn.yaml:79:7
%7031 = mul %7022, %7030 : f32[16,64] @ models/lib/nn.yaml:79:7
%7032 = add %7031, %7029 : f32[16,64] @ models/lib/nn.yaml:79:7
%7033 = mul %7021, %7021 : f32[16,64] @ models/lib/nn.yaml:79:7
%7034 = broadcast %6307 : f32[16,64] @ models/lib/nn.yaml:79:7
%7035 = mul %7033, %7034 : f32[16,64] @ models/lib/nn.yaml:79:7
%7036 = broadcast %6311 : f32[16,64] @ models/lib/nn.yaml:79:7
%7037 = mul %7023, %7036 : f32[16,64] @ models/lib/nn.yaml:79:7
%7038 = add %7037, %7035 : f32[16,64] @ models/lib/nn.yaml:79:7
%7039 = cast %7025 : f64[] @ models/lib/nn.yaml:79:7
%7040 = pow %6302, %7039 : f64[] @ models/lib/nn.yaml:79:7
%7041 = sub %6283, %7040 : f64[] @ models/lib/nn.yaml:79:7
%7042 = div %3879, %7041 : f64[] @ models/lib/nn.yaml:79:7
%7043 = pow %6310, %7039 : f64[] @ models/lib/nn.yaml:79:7
%7044 = sub %6283, %7043 : f64[] @ models/lib/nn.yaml:79:7
%7045 = sqrt %7044 : f64[] @ models/lib/nn.yaml:79:7
%7046 = div %6283, %7045 : f64[] @ models/lib/nn.yaml:79:7
%7047 = sqrt %7038 : f32[16,64] @ models/lib/nn.yaml:79:7
%7048 = cast %7046 : f32[] @ models/lib/nn.yaml:79:7
%7049 = broadcast %7048 : f32[16,64] @ models/lib/nn.yaml:79:7
%7050 = mul %7047, %7049 : f32[16,64] @ models/lib/nn.yaml:79:7
%7051 = broadcast %6327 : f32[16,64] @ models/lib/nn.yaml:79:7
%7052 = add %7050, %7051 : f32[16,64] @ models/lib/nn.yaml:79:7
%7053 = div %7032, %7052 : f32[16,64] @ models/lib/nn.yaml:79:7
%7054 = cast %7042 : f32[] @ models/lib/nn.yaml:79:7
%7055 = broadcast %7054 : f32[16,64] @ models/lib/nn.yaml:79:7
%7056 = mul %7053, %7055 : f32[16,64] @ models/lib/nn.yaml:79:7
%7057 = sub %7027, %7056 : f32[16,64] @ models/lib/nn.yaml:79:7
%7058 = assign %20, %7057 : f32[16,64] @ models/lib/nn.yaml:79:7
%7059 = assign %7022, %7032 : f32[16,64] @ models/lib/nn.yaml:79:7
%7060 = assign %7023, %7038 : f32[16,64] @ models/lib/nn.yaml:79:7
%7061 = assign %7024, %7025 : i64[] @ models/lib/nn.yaml:79:7
%7062 = broadcast %3 : f32[16,64] @ models/lib/nn.yaml:79:7
%7063 = mul %98, %7062 : f32[16,64] @ models/lib/nn.yaml:79:7
%7064 = broadcast %6342 : f32[16,64] @ models/lib/nn.yaml:79:7
%7065 = mul %7057, %7064 : f32[16,64] @ models/lib/nn.yaml:79:7
%7066 = add %7063, %7065 : f32[16,64] @ models/lib/nn.yaml:79:7
%7067 = assign %98, %7066 : f32[16,64] @ models/lib/nn.yaml:79:7
%7068 = all_reduce_sum %6033 : f32[16] @ models/lib/nn.yaml:80:7
%7069 = mul %7068, %7068 : f32[16] @ models/lib/nn.yaml:80:7
%7070 = reduce_sum %7069 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7071 = sqrt %7070 : f32[] @ models/lib/nn.yaml:80:7
%7072 = cast %7071 : f64[] @ models/lib/nn.yaml:80:7
%7073 = add %7072, %6279 : f64[] @ models/lib/nn.yaml:80:7
%7074 = div %6281, %7073 : f64[] @ models/lib/nn.yaml:80:7
%7075 = lt %7074, %6283 : bool[] @ models/lib/nn.yaml:80:7
%7076 = cast %7074 : f32[] @ models/lib/nn.yaml:80:7
%7077 = broadcast %7076 : f32[16] @ models/lib/nn.yaml:80:7
%7078 = mul %7068, %7077 : f32[16] @ models/lib/nn.yaml:80:7
%7079 = broadcast %7075 : bool[16] @ models/lib/nn.yaml:80:7
%7080 = select %7079, %7078, %7068 : f32[16] @ models/lib/nn.yaml:80:7
%7081 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7082 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7083 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7084 = add %7083, %6293 : i64[] @ models/lib/nn.yaml:80:7
%7085 = mul %7080, %6424 : f32[16] @ models/lib/nn.yaml:80:7
%7086 = mul %7081, %6426 : f32[16] @ models/lib/nn.yaml:80:7
%7087 = add %7086, %7085 : f32[16] @ models/lib/nn.yaml:80:7
%7088 = mul %7080, %7080 : f32[16] @ models/lib/nn.yaml:80:7
%7089 = mul %7088, %6430 : f32[16] @ models/lib/nn.yaml:80:7
%7090 = mul %7082, %6432 : f32[16] @ models/lib/nn.yaml:80:7
%7091 = add %7090, %7089 : f32[16] @ models/lib/nn.yaml:80:7
%7092 = cast %7084 : f64[] @ models/lib/nn.yaml:80:7
%7093 = pow %6302, %7092 : f64[] @ models/lib/nn.yaml:80:7
%7094 = sub %6283, %7093 : f64[] @ models/lib/nn.yaml:80:7
%7095 = div %3879, %7094 : f64[] @ models/lib/nn.yaml:80:7
%7096 = pow %6310, %7092 : f64[] @ models/lib/nn.yaml:80:7
%7097 = sub %6283, %7096 : f64[] @ models/lib/nn.yaml:80:7
%7098 = sqrt %7097 : f64[] @ models/lib/nn.yaml:80:7
%7099 = div %6283, %7098 : f64[] @ models/lib/nn.yaml:80:7
%7100 = sqrt %7091 : f32[16] @ models/lib/nn.yaml:80:7
%7101 = cast %7099 : f32[] @ models/lib/nn.yaml:80:7
%7102 = broadcast %7101 : f32[16] @ models/lib/nn.yaml:80:7
%7103 = mul %7100, %7102 : f32[16] @ models/lib/nn.yaml:80:7
%7104 = add %7103, %6447 : f32[16] @ models/lib/nn.yaml:80:7
%7105 = div %7087, %7104 : f32[16] @ models/lib/nn.yaml:80:7
%7106 = cast %7095 : f32[] @ models/lib/nn.yaml:80:7
%7107 = broadcast %7106 : f32[16] @ models/lib/nn.yaml:80:7
%7108 = mul %7105, %7107 : f32[16] @ models/lib/nn.yaml:80:7
%7109 = sub %21, %7108 : f32[16] @ models/lib/nn.yaml:80:7
%7110 = assign %21, %7109 : f32[16] @ models/lib/nn.yaml:80:7
%7111 = assign %7081, %7087 : f32[16] @ models/lib/nn.yaml:80:7
%7112 = assign %7082, %7091 : f32[16] @ models/lib/nn.yaml:80:7
%7113 = assign %7083, %7084 : i64[] @ models/lib/nn.yaml:80:7
%7114 = mul %99, %6458 : f32[16] @ models/lib/nn.yaml:80:7
%7115 = mul %7109, %6460 : f32[16] @ models/lib/nn.yaml:80:7
%7116 = add %7114, %7115 : f32[16] @ models/lib/nn.yaml:80:7
%7117 = assign %99, %7116 : f32[16] @ models/lib/nn.yaml:80:7
%7118 = all_reduce_sum %6010 : f32[16] @ models/lib/nn.yaml:89:7
%7119 = mul %7118, %7118 : f32[16] @ models/lib/nn.yaml:89:7
%7120 = reduce_sum %7119 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7121 = sqrt %7120 : f32[] @ models/lib/nn.yaml:89:7
%7122 = cast %7121 : f64[] @ models/lib/nn.yaml:89:7
%7123 = add %7122, %6279 : f64[] @ models/lib/nn.yaml:89:7
%7124 = div %6281, %7123 : f64[] @ models/lib/nn.yaml:89:7
%7125 = lt %7124, %6283 : bool[] @ models/lib/nn.yaml:89:7
%7126 = cast %7124 : f32[] @ models/lib/nn.yaml:89:7
%7127 = broadcast %7126 : f32[16] @ models/lib/nn.yaml:89:7
%7128 = mul %7118, %7127 : f32[16] @ models/lib/nn.yaml:89:7
%7129 = broadcast %7125 : bool[16] @ models/lib/nn.yaml:89:7
%7130 = select %7129, %7128, %7118 : f32[16] @ models/lib/nn.yaml:89:7
%7131 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7132 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7133 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7134 = add %7133, %6293 : i64[] @ models/lib/nn.yaml:89:7
%7135 = mul %7130, %6424 : f32[16] @ models/lib/nn.yaml:89:7
%7136 = mul %7131, %6426 : f32[16] @ models/lib/nn.yaml:89:7
%7137 = add %7136, %7135 : f32[16] @ models/lib/nn.yaml:89:7
%7138 = mul %7130, %7130 : f32[16] @ models/lib/nn.yaml:89:7
%7139 = mul %7138, %6430 : f32[16] @ models/lib/nn.yaml:89:7
%7140 = mul %7132, %6432 : f32[16] @ models/lib/nn.yaml:89:7
%7141 = add %7140, %7139 : f32[16] @ models/lib/nn.yaml:89:7
%7142 = cast %7134 : f64[] @ models/lib/nn.yaml:89:7
%7143 = pow %6302, %7142 : f64[] @ models/lib/nn.yaml:89:7
%7144 = sub %6283, %7143 : f64[] @ models/lib/nn.yaml:89:7
%7145 = div %3879, %7144 : f64[] @ models/lib/nn.yaml:89:7
%7146 = pow %6310, %7142 : f64[] @ models/lib/nn.yaml:89:7
%7147 = sub %6283, %7146 : f64[] @ models/lib/nn.yaml:89:7
%7148 = sqrt %7147 : f64[] @ models/lib/nn.yaml:89:7
%7149 = div %6283, %7148 : f64[] @ models/lib/nn.yaml:89:7
%7150 = sqrt %7141 : f32[16] @ models/lib/nn.yaml:89:7
%7151 = cast %7149 : f32[] @ models/lib/nn.yaml:89:7
%7152 = broadcast %7151 : f32[16] @ models/lib/nn.yaml:89:7
%7153 = mul %7150, %7152 : f32[16] @ models/lib/nn.yaml:89:7
%7154 = add %7153, %6447 : f32[16] @ models/lib/nn.yaml:89:7
%7155 = div %7137, %7154 : f32[16] @ models/lib/nn.yaml:89:7
%7156 = cast %7145 : f32[] @ models/lib/nn.yaml:89:7
%7157 = broadcast %7156 : f32[16] @ models/lib/nn.yaml:89:7
%7158 = mul %7155, %7157 : f32[16] @ models/lib/nn.yaml:89:7
%7159 = sub %22, %7158 : f32[16] @ models/lib/nn.yaml:89:7
%7160 = assign %22, %7159 : f32[16] @ models/lib/nn.yaml:89:7
%7161 = assign %7131, %7137 : f32[16] @ models/lib/nn.yaml:89:7
%7162 = assign %7132, %7141 : f32[16] @ models/lib/nn.yaml:89:7
%7163 = assign %7133, %7134 : i64[] @ models/lib/nn.yaml:89:7
%7164 = mul %100, %6458 : f32[16] @ models/lib/nn.yaml:89:7
%7165 = mul %7159, %6460 : f32[16] @ models/lib/nn.yaml:89:7
%7166 = add %7164, %7165 : f32[16] @ models/lib/nn.yaml:89:7
%7167 = assign %100, %7166 : f32[16] @ models/lib/nn.yaml:89:7
%7168 = all_reduce_sum %6003 : f32[16] @ models/lib/nn.yaml:90:7
%7169 = mul %7168, %7168 : f32[16] @ models/lib/nn.yaml:90:7
%7170 = reduce_sum %7169 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7171 = sqrt %7170 : f32[] @ models/lib/nn.yaml:90:7
%7172 = cast %7171 : f64[] @ models/lib/nn.yaml:90:7
%7173 = add %7172, %6279 : f64[] @ models/lib/nn.yaml:90:7
%7174 = div %6281, %7173 : f64[] @ models/lib/nn.yaml:90:7
%7175 = lt %7174, %6283 : bool[] @ models/lib/nn.yaml:90:7
%7176 = cast %7174 : f32[] @ models/lib/nn.yaml:90:7
%7177 = broadcast %7176 : f32[16] @ models/lib/nn.yaml:90:7
%7178 = mul %7168, %7177 : f32[16] @ models/lib/nn.yaml:90:7
%7179 = broadcast %7175 : bool[16] @ models/lib/nn.yaml:90:7
%7180 = select %7179, %7178, %7168 : f32[16] @ models/lib/nn.yaml:90:7
%7181 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7182 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7183 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7184 = add %7183, %6293 : i64[] @ models/lib/nn.yaml:90:7
%7185 = mul %7180, %6424 : f32[16] @ models/lib/nn.yaml:90:7
%7186 = mul %7181, %6426 : f32[16] @ models/lib/nn.yaml:90:7
%7187 = add %7186, %7185 : f32[16] @ models/lib/nn.yaml:90:7
%7188 = mul %7180, %7180 : f32[16] @ models/lib/nn.yaml:90:7
%7189 = mul %7188, %6430 : f32[16] @ models/lib/nn.yaml:90:7
%7190 = mul %7182, %6432 : f32[16] @ models/lib/nn.yaml:90:7
%7191 = add %7190, %7189 : f32[16] @ models/lib/nn.yaml:90:7
%7192 = cast %7184 : f64[] @ models/lib/nn.yaml:90:7
%7193 = pow %6302, %7192 : f64[] @ models/lib/nn.yaml:90:7
%7194 = sub %6283, %7193 : f64[] @ models/lib/nn.yaml:90:7
%7195 = div %3879, %7194 : f64[] @ models/lib/nn.yaml:90:7
%7196 = pow %6310, %7192 : f64[] @ models/lib/nn.yaml:90:7
%7197 = sub %6283, %7196 : f64[] @ models/lib/nn.yaml:90:7
%7198 = sqrt %7197 : f64[] @ models/lib/nn.yaml:90:7
%7199 = div %6283, %7198 : f64[] @ models/lib/nn.yaml:90:7
%7200 = sqrt %7191 : f32[16] @ models/lib/nn.yaml:90:7
%7201 = cast %7199 : f32[] @ models/lib/nn.yaml:90:7
%7202 = broadcast %7201 : f32[16] @ models/lib/nn.yaml:90:7
%7203 = mul %7200, %7202 : f32[16] @ models/lib/nn.yaml:90:7
%7204 = add %7203, %6447 : f32[16] @ models/lib/nn.yaml:90:7
%7205 = div %7187, %7204 : f32[16] @ models/lib/nn.yaml:90:7
%7206 = cast %7195 : f32[] @ models/lib/nn.yaml:90:7
%7207 = broadcast %7206 : f32[16] @ models/lib/nn.yaml:90:7
%7208 = mul %7205, %7207 : f32[16] @ models/lib/nn.yaml:90:7
%7209 = sub %23, %7208 : f32[16] @ models/lib/nn.yaml:90:7
%7210 = assign %23, %7209 : f32[16] @ models/lib/nn.yaml:90:7
%7211 = assign %7181, %7187 : f32[16] @ models/lib/nn.yaml:90:7
%7212 = assign %7182, %7191 : f32[16] @ models/lib/nn.yaml:90:7
%7213 = assign %7183, %7184 : i64[] @ models/lib/nn.yaml:90:7
%7214 = mul %101, %6458 : f32[16] @ models/lib/nn.yaml:90:7
%7215 = mul %7209, %6460 : f32[16] @ models/lib/nn.yaml:90:7
%7216 = add %7214, %7215 : f32[16] @ models/lib/nn.yaml:90:7
%7217 = assign %101, %7216 : f32[16] @ models/lib/nn.yaml:90:7
%7218 = all_reduce_sum %5997 : f32[48,16] @ models/lib/nn.yaml:79:7
%7219 = reshape %7218 : f32[768] @ models/lib/nn.yaml:79:7
%7220 = mul %7219, %7219 : f32[768] @ models/lib/nn.yaml:79:7
%7221 = reduce_sum %7220 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7222 = sqrt %7221 : f32[] @ models/lib/nn.yaml:79:7
%7223 = cast %7222 : f64[] @ models/lib/nn.yaml:79:7
%7224 = add %7223, %6279 : f64[] @ models/lib/nn.yaml:79:7
%7225 = div %6281, %7224 : f64[] @ models/lib/nn.yaml:79:7
%7226 = lt %7225, %6283 : bool[] @ models/lib/nn.yaml:79:7
%7227 = cast %7225 : f32[] @ models/lib/nn.yaml:79:7
%7228 = broadcast %7227 : f32[48,16] @ models/lib/nn.yaml:79:7
%7229 = mul %7218, %7228 : f32[48,16] @ models/lib/nn.yaml:79:7
%7230 = broadcast %7226 : bool[48,16] @ models/lib/nn.yaml:79:7
%7231 = select %7230, %7229, %7218 : f32[48,16] @ models/lib/nn.yaml:79:7
%7232 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7233 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7234 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7235 = add %7234, %6293 : i64[] @ models/lib/nn.yaml:79:7
%7236 = mul %24, %6582 : f32[48,16] @ models/lib/nn.yaml:79:7
%7237 = mul %7231, %6584 : f32[48,16] @ models/lib/nn.yaml:79:7
%7238 = mul %7232, %6586 : f32[48,16] @ models/lib/nn.yaml:79:7
%7239 = add %7238, %7237 : f32[48,16] @ models/lib/nn.yaml:79:7
%7240 = mul %7231, %7231 : f32[48,16] @ models/lib/nn.yaml:79:7
%7241 = mul %7240, %6590 : f32[48,16] @ models/lib/nn.yaml:79:7
%7242 = mul %7233, %6592 : f32[48,16] @ models/lib/nn.yaml:79:7
%7243 = add %7242, %7241 : f32[48,16] @ models/lib/nn.yaml:79:7
%7244 = cast %7235 : f64[] @ models/lib/nn.yaml:79:7
%7245 = pow %6302, %7244 : f64[] @ models/lib/nn.yaml:79:7
%7246 = sub %6283, %7245 : f64[] @ models/lib/nn.yaml:79:7
%7247 = div %3879, %7246 : f64[] @ models/lib/nn.yaml:79:7
%7248 = pow %6310, %7244 : f64[] @ models/lib/nn.yaml:79:7
%7249 = sub %6283, %7248 : f64[] @ models/lib/nn.yaml:79:7
%7250 = sqrt %7249 : f64[] @ models/lib/nn.yaml:79:7
%7251 = div %6283, %7250 : f64[] @ models/lib/nn.yaml:79:7
%7252 = sqrt %7243 : f32[48,16] @ models/lib/nn.yaml:79:7
%7253 = cast %7251 : f32[] @ models/lib/nn.yaml:79:7
%7254 = broadcast %7253 : f32[48,16] @ models/lib/nn.yaml:79:7
%7255 = mul %7252, %7254 : f32[48,16] @ models/lib/nn.yaml:79:7
%7256 = add %7255, %6607 : f32[48,16] @ models/lib/nn.yaml:79:7
%7257 = div %7239, %7256 : f32[48,16] @ models/lib/nn.yaml:79:7
%7258 = cast %7247 : f32[] @ models/lib/nn.yaml:79:7
%7259 = broadcast %7258 : f32[48,16] @ models/lib/nn.yaml:79:7
%7260 = mul %7257, %7259 : f32[48,16] @ models/lib/nn.yaml:79:7
%7261 = sub %7236, %7260 : f32[48,16] @ models/lib/nn.yaml:79:7
%7262 = assign %24, %7261 : f32[48,16] @ models/lib/nn.yaml:79:7
%7263 = assign %7232, %7239 : f32[48,16] @ models/lib/nn.yaml:79:7
%7264 = assign %7233, %7243 : f32[48,16] @ models/lib/nn.yaml:79:7
%7265 = assign %7234, %7235 : i64[] @ models/lib/nn.yaml:79:7
%7266 = mul %102, %6618 : f32[48,16] @ models/lib/nn.yaml:79:7
%7267 = mul %7261, %6620 : f32[48,16] @ models/lib/nn.yaml:79:7
%7268 = add %7266, %7267 : f32[48,16] @ models/lib/nn.yaml:79:7
%7269 = assign %102, %7268 : f32[48,16] @ models/lib/nn.yaml:79:7
%7270 = all_reduce_sum %5988 : f32[48] @ models/lib/nn.yaml:80:7
%7271 = mul %7270, %7270 : f32[48] @ models/lib/nn.yaml:80:7
%7272 = reduce_sum %7271 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7273 = sqrt %7272 : f32[] @ models/lib/nn.yaml:80:7
%7274 = cast %7273 : f64[] @ models/lib/nn.yaml:80:7
%7275 = add %7274, %6279 : f64[] @ models/lib/nn.yaml:80:7
%7276 = div %6281, %7275 : f64[] @ models/lib/nn.yaml:80:7
%7277 = lt %7276, %6283 : bool[] @ models/lib/nn.yaml:80:7
%7278 = cast %7276 : f32[] @ models/lib/nn.yaml:80:7
%7279 = broadcast %7278 : f32[48] @ models/lib/nn.yaml:80:7
%7280 = mul %7270, %7279 : f32[48] @ models/lib/nn.yaml:80:7
%7281 = broadcast %7277 : bool[48] @ models/lib/nn.yaml:80:7
%7282 = select %7281, %7280, %7270 : f32[48] @ models/lib/nn.yaml:80:7
%7283 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7284 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7285 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7286 = add %7285, %6293 : i64[] @ models/lib/nn.yaml:80:7
%7287 = mul %7282, %6641 : f32[48] @ models/lib/nn.yaml:80:7
%7288 = mul %7283, %6643 : f32[48] @ models/lib/nn.yaml:80:7
%7289 = add %7288, %7287 : f32[48] @ models/lib/nn.yaml:80:7
%7290 = mul %7282, %7282 : f32[48] @ models/lib/nn.yaml:80:7
%7291 = mul %7290, %6647 : f32[48] @ models/lib/nn.yaml:80:7
%7292 = mul %7284, %6649 : f32[48] @ models/lib/nn.yaml:80:7
%7293 = add %7292, %7291 : f32[48] @ models/lib/nn.yaml:80:7
%7294 = cast %7286 : f64[] @ models/lib/nn.yaml:80:7
%7295 = pow %6302, %7294 : f64[] @ models/lib/nn.yaml:80:7
%7296 = sub %6283, %7295 : f64[] @ models/lib/nn.yaml:80:7
%7297 = div %3879, %7296 : f64[] @ models/lib/nn.yaml:80:7
%7298 = pow %6310, %7294 : f64[] @ models/lib/nn.yaml:80:7
%7299 = sub %6283, %7298 : f64[] @ models/lib/nn.yaml:80:7
%7300 = sqrt %7299 : f64[] @ models/lib/nn.yaml:80:7
%7301 = div %6283, %7300 : f64[] @ models/lib/nn.yaml:80:7
%7302 = sqrt %7293 : f32[48] @ models/lib/nn.yaml:80:7
%7303 = cast %7301 : f32[] @ models/lib/nn.yaml:80:7
%7304 = broadcast %7303 : f32[48] @ models/lib/nn.yaml:80:7
%7305 = mul %7302, %7304 : f32[48] @ models/lib/nn.yaml:80:7
%7306 = add %7305, %6664 : f32[48] @ models/lib/nn.yaml:80:7
%7307 = div %7289, %7306 : f32[48] @ models/lib/nn.yaml:80:7
%7308 = cast %7297 : f32[] @ models/lib/nn.yaml:80:7
%7309 = broadcast %7308 : f32[48] @ models/lib/nn.yaml:80:7
%7310 = mul %7307, %7309 : f32[48] @ models/lib/nn.yaml:80:7
%7311 = sub %25, %7310 : f32[48] @ models/lib/nn.yaml:80:7
%7312 = assign %25, %7311 : f32[48] @ models/lib/nn.yaml:80:7
%7313 = assign %7283, %7289 : f32[48] @ models/lib/nn.yaml:80:7
%7314 = assign %7284, %7293 : f32[48] @ models/lib/nn.yaml:80:7
%7315 = assign %7285, %7286 : i64[] @ models/lib/nn.yaml:80:7
%7316 = mul %103, %6675 : f32[48] @ models/lib/nn.yaml:80:7
%7317 = mul %7311, %6677 : f32[48] @ models/lib/nn.yaml:80:7
%7318 = add %7316, %7317 : f32[48] @ models/lib/nn.yaml:80:7
%7319 = assign %103, %7318 : f32[48] @ models/lib/nn.yaml:80:7
%7320 = all_reduce_sum %5883 : f32[16,16] @ models/lib/nn.yaml:79:7
%7321 = reshape %7320 : f32[256] @ models/lib/nn.yaml:79:7
%7322 = mul %7321, %7321 : f32[256] @ models/lib/nn.yaml:79:7
%7323 = reduce_sum %7322 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7324 = sqrt %7323 : f32[] @ models/lib/nn.yaml:79:7
%7325 = cast %7324 : f64[] @ models/lib/nn.yaml:79:7
%7326 = add %7325, %6279 : f64[] @ models/lib/nn.yaml:79:7
%7327 = div %6281, %7326 : f64[] @ models/lib/nn.yaml:79:7
%7328 = lt %7327, %6283 : bool[] @ models/lib/nn.yaml:79:7
%7329 = cast %7327 : f32[] @ models/lib/nn.yaml:79:7
%7330 = broadcast %7329 : f32[16,16] @ models/lib/nn.yaml:79:7
%7331 = mul %7320, %7330 : f32[16,16] @ models/lib/nn.yaml:79:7
%7332 = broadcast %7328 : bool[16,16] @ models/lib/nn.yaml:79:7
%7333 = select %7332, %7331, %7320 : f32[16,16] @ models/lib/nn.yaml:79:7
%7334 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7335 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7336 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7337 = add %7336, %6293 : i64[] @ models/lib/nn.yaml:79:7
%7338 = mul %26, %6699 : f32[16,16] @ models/lib/nn.yaml:79:7
%7339 = mul %7333, %6701 : f32[16,16] @ models/lib/nn.yaml:79:7
%7340 = mul %7334, %6703 : f32[16,16] @ models/lib/nn.yaml:79:7
%7341 = add %7340, %7339 : f32[16,16] @ models/lib/nn.yaml:79:7
%7342 = mul %7333, %7333 : f32[16,16] @ models/lib/nn.yaml:79:7
%7343 = mul %7342, %6707 : f32[16,16] @ models/lib/nn.yaml:79:7
%7344 = mul %7335, %6709 : f32[16,16] @ models/lib/nn.yaml:79:7
%7345 = add %7344, %7343 : f32[16,16] @ models/lib/nn.yaml:79:7
%7346 = cast %7337 : f64[] @ models/lib/nn.yaml:79:7
%7347 = pow %6302, %7346 : f64[] @ models/lib/nn.yaml:79:7
%7348 = sub %6283, %7347 : f64[] @ models/lib/nn.yaml:79:7
%7349 = div %3879, %7348 : f64[] @ models/lib/nn.yaml:79:7
%7350 = pow %6310, %7346 : f64[] @ models/lib/nn.yaml:79:7
%7351 = sub %6283, %7350 : f64[] @ models/lib/nn.yaml:79:7
%7352 = sqrt %7351 : f64[] @ models/lib/nn.yaml:79:7
%7353 = div %6283, %7352 : f64[] @ models/lib/nn.yaml:79:7
%7354 = sqrt %7345 : f32[16,16] @ models/lib/nn.yaml:79:7
%7355 = cast %7353 : f32[] @ models/lib/nn.yaml:79:7
%7356 = broadcast %7355 : f32[16,16] @ models/lib/nn.yaml:79:7
%7357 = mul %7354, %7356 : f32[16,16] @ models/lib/nn.yaml:79:7
%7358 = add %7357, %6724 : f32[16,16] @ models/lib/nn.yaml:79:7
%7359 = div %7341, %7358 : f32[16,16] @ models/lib/nn.yaml:79:7
%7360 = cast %7349 : f32[] @ models/lib/nn.yaml:79:7
%7361 = broadcast %7360 : f32[16,16] @ models/lib/nn.yaml:79:7
%7362 = mul %7359, %7361 : f32[16,16] @ models/lib/nn.yaml:79:7
%7363 = sub %7338, %7362 : f32[16,16] @ models/lib/nn.yaml:79:7
%7364 = assign %26, %7363 : f32[16,16] @ models/lib/nn.yaml:79:7
%7365 = assign %7334, %7341 : f32[16,16] @ models/lib/nn.yaml:79:7
%7366 = assign %7335, %7345 : f32[16,16] @ models/lib/nn.yaml:79:7
%7367 = assign %7336, %7337 : i64[] @ models/lib/nn.yaml:79:7
%7368 = mul %104, %6735 : f32[16,16] @ models/lib/nn.yaml:79:7
%7369 = mul %7363, %6737 : f32[16,16] @ models/lib/nn.yaml:79:7
%7370 = add %7368, %7369 : f32[16,16] @ models/lib/nn.yaml:79:7
%7371 = assign %104, %7370 : f32[16,16] @ models/lib/nn.yaml:79:7
%7372 = all_reduce_sum %5875 : f32[16] @ models/lib/nn.yaml:80:7
%7373 = mul %7372, %7372 : f32[16] @ models/lib/nn.yaml:80:7
%7374 = reduce_sum %7373 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7375 = sqrt %7374 : f32[] @ models/lib/nn.yaml:80:7
%7376 = cast %7375 : f64[] @ models/lib/nn.yaml:80:7
%7377 = add %7376, %6279 : f64[] @ models/lib/nn.yaml:80:7
%7378 = div %6281, %7377 : f64[] @ models/lib/nn.yaml:80:7
%7379 = lt %7378, %6283 : bool[] @ models/lib/nn.yaml:80:7
%7380 = cast %7378 : f32[] @ models/lib/nn.yaml:80:7
%7381 = broadcast %7380 : f32[16] @ models/lib/nn.yaml:80:7
%7382 = mul %7372, %7381 : f32[16] @ models/lib/nn.yaml:80:7
%7383 = broadcast %7379 : bool[16] @ models/lib/nn.yaml:80:7
%7384 = select %7383, %7382, %7372 : f32[16] @ models/lib/nn.yaml:80:7
%7385 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7386 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7387 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7388 = add %7387, %6293 : i64[] @ models/lib/nn.yaml:80:7
%7389 = mul %7384, %6424 : f32[16] @ models/lib/nn.yaml:80:7
%7390 = mul %7385, %6426 : f32[16] @ models/lib/nn.yaml:80:7
%7391 = add %7390, %7389 : f32[16] @ models/lib/nn.yaml:80:7
%7392 = mul %7384, %7384 : f32[16] @ models/lib/nn.yaml:80:7
%7393 = mul %7392, %6430 : f32[16] @ models/lib/nn.yaml:80:7
%7394 = mul %7386, %6432 : f32[16] @ models/lib/nn.yaml:80:7
%7395 = add %7394, %7393 : f32[16] @ models/lib/nn.yaml:80:7
%7396 = cast %7388 : f64[] @ models/lib/nn.yaml:80:7
%7397 = pow %6302, %7396 : f64[] @ models/lib/nn.yaml:80:7
%7398 = sub %6283, %7397 : f64[] @ models/lib/nn.yaml:80:7
%7399 = div %3879, %7398 : f64[] @ models/lib/nn.yaml:80:7
%7400 = pow %6310, %7396 : f64[] @ models/lib/nn.yaml:80:7
%7401 = sub %6283, %7400 : f64[] @ models/lib/nn.yaml:80:7
%7402 = sqrt %7401 : f64[] @ models/lib/nn.yaml:80:7
%7403 = div %6283, %7402 : f64[] @ models/lib/nn.yaml:80:7
%7404 = sqrt %7395 : f32[16] @ models/lib/nn.yaml:80:7
%7405 = cast %7403 : f32[] @ models/lib/nn.yaml:80:7
%7406 = broadcast %7405 : f32[16] @ models/lib/nn.yaml:80:7
%7407 = mul %7404, %7406 : f32[16] @ models/lib/nn.yaml:80:7
%7408 = add %7407, %6447 : f32[16] @ models/lib/nn.yaml:80:7
%7409 = div %7391, %7408 : f32[16] @ models/lib/nn.yaml:80:7
%7410 = cast %7399 : f32[] @ models/lib/nn.yaml:80:7
%7411 = broadcast %7410 : f32[16] @ models/lib/nn.yaml:80:7
%7412 = mul %7409, %7411 : f32[16] @ models/lib/nn.yaml:80:7
%7413 = sub %27, %7412 : f32[16] @ models/lib/nn.yaml:80:7
%7414 = assign %27, %7413 : f32[16] @ models/lib/nn.yaml:80:7
%7415 = assign %7385, %7391 : f32[16] @ models/lib/nn.yaml:80:7
%7416 = assign %7386, %7395 : f32[16] @ models/lib/nn.yaml:80:7
%7417 = assign %7387, %7388 : i64[] @ models/lib/nn.yaml:80:7
%7418 = mul %105, %6458 : f32[16] @ models/lib/nn.yaml:80:7
%7419 = mul %7413, %6460 : f32[16] @ models/lib/nn.yaml:80:7
%7420 = add %7418, %7419 : f32[16] @ models/lib/nn.yaml:80:7
%7421 = assign %105, %7420 : f32[16] @ models/lib/nn.yaml:80:7
%7422 = all_reduce_sum %5849 : f32[16] @ models/lib/nn.yaml:89:7
%7423 = mul %7422, %7422 : f32[16] @ models/lib/nn.yaml:89:7
%7424 = reduce_sum %7423 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7425 = sqrt %7424 : f32[] @ models/lib/nn.yaml:89:7
%7426 = cast %7425 : f64[] @ models/lib/nn.yaml:89:7
%7427 = add %7426, %6279 : f64[] @ models/lib/nn.yaml:89:7
%7428 = div %6281, %7427 : f64[] @ models/lib/nn.yaml:89:7
%7429 = lt %7428, %6283 : bool[] @ models/lib/nn.yaml:89:7
%7430 = cast %7428 : f32[] @ models/lib/nn.yaml:89:7
%7431 = broadcast %7430 : f32[16] @ models/lib/nn.yaml:89:7
%7432 = mul %7422, %7431 : f32[16] @ models/lib/nn.yaml:89:7
%7433 = broadcast %7429 : bool[16] @ models/lib/nn.yaml:89:7
%7434 = select %7433, %7432, %7422 : f32[16] @ models/lib/nn.yaml:89:7
%7435 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7436 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7437 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7438 = add %7437, %6293 : i64[] @ models/lib/nn.yaml:89:7
%7439 = mul %7434, %6424 : f32[16] @ models/lib/nn.yaml:89:7
%7440 = mul %7435, %6426 : f32[16] @ models/lib/nn.yaml:89:7
%7441 = add %7440, %7439 : f32[16] @ models/lib/nn.yaml:89:7
%7442 = mul %7434, %7434 : f32[16] @ models/lib/nn.yaml:89:7
%7443 = mul %7442, %6430 : f32[16] @ models/lib/nn.yaml:89:7
%7444 = mul %7436, %6432 : f32[16] @ models/lib/nn.yaml:89:7
%7445 = add %7444, %7443 : f32[16] @ models/lib/nn.yaml:89:7
%7446 = cast %7438 : f64[] @ models/lib/nn.yaml:89:7
%7447 = pow %6302, %7446 : f64[] @ models/lib/nn.yaml:89:7
%7448 = sub %6283, %7447 : f64[] @ models/lib/nn.yaml:89:7
%7449 = div %3879, %7448 : f64[] @ models/lib/nn.yaml:89:7
%7450 = pow %6310, %7446 : f64[] @ models/lib/nn.yaml:89:7
%7451 = sub %6283, %7450 : f64[] @ models/lib/nn.yaml:89:7
%7452 = sqrt %7451 : f64[] @ models/lib/nn.yaml:89:7
%7453 = div %6283, %7452 : f64[] @ models/lib/nn.yaml:89:7
%7454 = sqrt %7445 : f32[16] @ models/lib/nn.yaml:89:7
%7455 = cast %7453 : f32[] @ models/lib/nn.yaml:89:7
%7456 = broadcast %7455 : f32[16] @ models/lib/nn.yaml:89:7
%7457 = mul %7454, %7456 : f32[16] @ models/lib/nn.yaml:89:7
%7458 = add %7457, %6447 : f32[16] @ models/lib/nn.yaml:89:7
%7459 = div %7441, %7458 : f32[16] @ models/lib/nn.yaml:89:7
%7460 = cast %7449 : f32[] @ models/lib/nn.yaml:89:7
%7461 = broadcast %7460 : f32[16] @ models/lib/nn.yaml:89:7
%7462 = mul %7459, %7461 : f32[16] @ models/lib/nn.yaml:89:7
%7463 = sub %28, %7462 : f32[16] @ models/lib/nn.yaml:89:7
%7464 = assign %28, %7463 : f32[16] @ models/lib/nn.yaml:89:7
%7465 = assign %7435, %7441 : f32[16] @ models/lib/nn.yaml:89:7
%7466 = assign %7436, %7445 : f32[16] @ models/lib/nn.yaml:89:7
%7467 = assign %7437, %7438 : i64[] @ models/lib/nn.yaml:89:7
%7468 = mul %106, %6458 : f32[16] @ models/lib/nn.yaml:89:7
%7469 = mul %7463, %6460 : f32[16] @ models/lib/nn.yaml:89:7
%7470 = add %7468, %7469 : f32[16] @ models/lib/nn.yaml:89:7
%7471 = assign %106, %7470 : f32[16] @ models/lib/nn.yaml:89:7
%7472 = all_reduce_sum %5842 : f32[16] @ models/lib/nn.yaml:90:7
%7473 = mul %7472, %7472 : f32[16] @ models/lib/nn.yaml:90:7
%7474 = reduce_sum %7473 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7475 = sqrt %7474 : f32[] @ models/lib/nn.yaml:90:7
%7476 = cast %7475 : f64[] @ models/lib/nn.yaml:90:7
%7477 = add %7476, %6279 : f64[] @ models/lib/nn.yaml:90:7
%7478 = div %6281, %7477 : f64[] @ models/lib/nn.yaml:90:7
%7479 = lt %7478, %6283 : bool[] @ models/lib/nn.yaml:90:7
%7480 = cast %7478 : f32[] @ models/lib/nn.yaml:90:7
%7481 = broadcast %7480 : f32[16] @ models/lib/nn.yaml:90:7
%7482 = mul %7472, %7481 : f32[16] @ models/lib/nn.yaml:90:7
%7483 = broadcast %7479 : bool[16] @ models/lib/nn.yaml:90:7
%7484 = select %7483, %7482, %7472 : f32[16] @ models/lib/nn.yaml:90:7
%7485 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7486 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7487 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7488 = add %7487, %6293 : i64[] @ models/lib/nn.yaml:90:7
%7489 = mul %7484, %6424 : f32[16] @ models/lib/nn.yaml:90:7
%7490 = mul %7485, %6426 : f32[16] @ models/lib/nn.yaml:90:7
%7491 = add %7490, %7489 : f32[16] @ models/lib/nn.yaml:90:7
%7492 = mul %7484, %7484 : f32[16] @ models/lib/nn.yaml:90:7
%7493 = mul %7492, %6430 : f32[16] @ models/lib/nn.yaml:90:7
%7494 = mul %7486, %6432 : f32[16] @ models/lib/nn.yaml:90:7
%7495 = add %7494, %7493 : f32[16] @ models/lib/nn.yaml:90:7
%7496 = cast %7488 : f64[] @ models/lib/nn.yaml:90:7
%7497 = pow %6302, %7496 : f64[] @ models/lib/nn.yaml:90:7
%7498 = sub %6283, %7497 : f64[] @ models/lib/nn.yaml:90:7
%7499 = div %3879, %7498 : f64[] @ models/lib/nn.yaml:90:7
%7500 = pow %6310, %7496 : f64[] @ models/lib/nn.yaml:90:7
%7501 = sub %6283, %7500 : f64[] @ models/lib/nn.yaml:90:7
%7502 = sqrt %7501 : f64[] @ models/lib/nn.yaml:90:7
%7503 = div %6283, %7502 : f64[] @ models/lib/nn.yaml:90:7
%7504 = sqrt %7495 : f32[16] @ models/lib/nn.yaml:90:7
%7505 = cast %7503 : f32[] @ models/lib/nn.yaml:90:7
%7506 = broadcast %7505 : f32[16] @ models/lib/nn.yaml:90:7
%7507 = mul %7504, %7506 : f32[16] @ models/lib/nn.yaml:90:7
%7508 = add %7507, %6447 : f32[16] @ models/lib/nn.yaml:90:7
%7509 = div %7491, %7508 : f32[16] @ models/lib/nn.yaml:90:7
%7510 = cast %7499 : f32[] @ models/lib/nn.yaml:90:7
%7511 = broadcast %7510 : f32[16] @ models/lib/nn.yaml:90:7
%7512 = mul %7509, %7511 : f32[16] @ models/lib/nn.yaml:90:7
%7513 = sub %29, %7512 : f32[16] @ models/lib/nn.yaml:90:7
%7514 = assign %29, %7513 : f32[16] @ models/lib/nn.yaml:90:7
%7515 = assign %7485, %7491 : f32[16] @ models/lib/nn.yaml:90:7
%7516 = assign %7486, %7495 : f32[16] @ models/lib/nn.yaml:90:7
%7517 = assign %7487, %7488 : i64[] @ models/lib/nn.yaml:90:7
%7518 = mul %107, %6458 : f32[16] @ models/lib/nn.yaml:90:7
%7519 = mul %7513, %6460 : f32[16] @ models/lib/nn.yaml:90:7
%7520 = add %7518, %7519 : f32[16] @ models/lib/nn.yaml:90:7
%7521 = assign %107, %7520 : f32[16] @ models/lib/nn.yaml:90:7
%7522 = all_reduce_sum %5836 : f32[64,16] @ models/lib/nn.yaml:79:7
%7523 = reshape %7522 : f32[1024] @ models/lib/nn.yaml:79:7
%7524 = mul %7523, %7523 : f32[1024] @ models/lib/nn.yaml:79:7
%7525 = reduce_sum %7524 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7526 = sqrt %7525 : f32[] @ models/lib/nn.yaml:79:7
%7527 = cast %7526 : f64[] @ models/lib/nn.yaml:79:7
%7528 = add %7527, %6279 : f64[] @ models/lib/nn.yaml:79:7
%7529 = div %6281, %7528 : f64[] @ models/lib/nn.yaml:79:7
%7530 = lt %7529, %6283 : bool[] @ models/lib/nn.yaml:79:7
%7531 = cast %7529 : f32[] @ models/lib/nn.yaml:79:7
%7532 = broadcast %7531 : f32[64,16] @ models/lib/nn.yaml:79:7
%7533 = mul %7522, %7532 : f32[64,16] @ models/lib/nn.yaml:79:7
%7534 = broadcast %7530 : bool[64,16] @ models/lib/nn.yaml:79:7
%7535 = select %7534, %7533, %7522 : f32[64,16] @ models/lib/nn.yaml:79:7
%7536 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7537 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7538 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7539 = add %7538, %6293 : i64[] @ models/lib/nn.yaml:79:7
%7540 = mul %30, %6909 : f32[64,16] @ models/lib/nn.yaml:79:7
%7541 = mul %7535, %6911 : f32[64,16] @ models/lib/nn.yaml:79:7
%7542 = mul %7536, %6913 : f32[64,16] @ models/lib/nn.yaml:79:7
%7543 = add %7542, %7541 : f32[64,16] @ models/lib/nn.yaml:79:7
%7544 = mul %7535, %7535 : f32[64,16] @ models/lib/nn.yaml:79:7
%7545 = mul %7544, %6917 : f32[64,16] @ models/lib/nn.yaml:79:7
%7546 = mul %7537, %6919 : f32[64,16] @ models/lib/nn.yaml:79:7
%7547 = add %7546, %7545 : f32[64,16] @ models/lib/nn.yaml:79:7
%7548 = cast %7539 : f64[] @ models/lib/nn.yaml:79:7
%7549 = pow %6302, %7548 : f64[] @ models/lib/nn.yaml:79:7
%7550 = sub %6283, %7549 : f64[] @ models/lib/nn.yaml:79:7
%7551 = div %3879, %7550 : f64[] @ models/lib/nn.yaml:79:7
%7552 = pow %6310, %7548 : f64[] @ models/lib/nn.yaml:79:7
%7553 = sub %6283, %7552 : f64[] @ models/lib/nn.yaml:79:7
%7554 = sqrt %7553 : f64[] @ models/lib/nn.yaml:79:7
%7555 = div %6283, %7554 : f64[] @ models/lib/nn.yaml:79:7
%7556 = sqrt %7547 : f32[64,16] @ models/lib/nn.yaml:79:7
%7557 = cast %7555 : f32[] @ models/lib/nn.yaml:79:7
%7558 = broadcast %7557 : f32[64,16] @ models/lib/nn.yaml:79:7
%7559 = mul %7556, %7558 : f32[64,16] @ models/lib/nn.yaml:79:7
%7560 = add %7559, %6934 : f32[64,16] @ models/lib/nn.yaml:79:7
%7561 = div %7543, %7560 : f32[64,16] @ models/lib/nn.yaml:79:7
%7562 = cast %7551 : f32[] @ models/lib/nn.yaml:79:7
%7563 = broadcast %7562 : f32[64,16] @ models/lib/nn.yaml:79:7
%7564 = mul %7561, %7563 : f32[64,16] @ models/lib/nn.yaml:79:7
%7565 = sub %7540, %7564 : f32[64,16] @ models/lib/nn.yaml:79:7
%7566 = assign %30, %7565 : f32[64,16] @ models/lib/nn.yaml:79:7
%7567 = assign %7536, %7543 : f32[64,16] @ models/lib/nn.yaml:79:7
%7568 = assign %7537, %7547 : f32[64,16] @ models/lib/nn.yaml:79:7
%7569 = assign %7538, %7539 : i64[] @ models/lib/nn.yaml:79:7
%7570 = mul %108, %6945 : f32[64,16] @ models/lib/nn.yaml:79:7
%7571 = mul %7565, %6947 : f32[64,16] @ models/lib/nn.yaml:79:7
%7572 = add %7570, %7571 : f32[64,16] @ models/lib/nn.yaml:79:7
%7573 = assign %108, %7572 : f32[64,16] @ models/lib/nn.yaml:79:7
%7574 = all_reduce_sum %5828 : f32[64] @ models/lib/nn.yaml:80:7
%7575 = mul %7574, %7574 : f32[64] @ models/lib/nn.yaml:80:7
%7576 = reduce_sum %7575 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7577 = sqrt %7576 : f32[] @ models/lib/nn.yaml:80:7
%7578 = cast %7577 : f64[] @ models/lib/nn.yaml:80:7
%7579 = add %7578, %6279 : f64[] @ models/lib/nn.yaml:80:7
%7580 = div %6281, %7579 : f64[] @ models/lib/nn.yaml:80:7
%7581 = lt %7580, %6283 : bool[] @ models/lib/nn.yaml:80:7
%7582 = cast %7580 : f32[] @ models/lib/nn.yaml:80:7
%7583 = broadcast %7582 : f32[64] @ models/lib/nn.yaml:80:7
%7584 = mul %7574, %7583 : f32[64] @ models/lib/nn.yaml:80:7
%7585 = broadcast %7581 : bool[64] @ models/lib/nn.yaml:80:7
%7586 = select %7585, %7584, %7574 : f32[64] @ models/lib/nn.yaml:80:7
%7587 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7588 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7589 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7590 = add %7589, %6293 : i64[] @ models/lib/nn.yaml:80:7
%7591 = mul %7586, %6968 : f32[64] @ models/lib/nn.yaml:80:7
%7592 = mul %7587, %6970 : f32[64] @ models/lib/nn.yaml:80:7
%7593 = add %7592, %7591 : f32[64] @ models/lib/nn.yaml:80:7
%7594 = mul %7586, %7586 : f32[64] @ models/lib/nn.yaml:80:7
%7595 = mul %7594, %6974 : f32[64] @ models/lib/nn.yaml:80:7
%7596 = mul %7588, %6976 : f32[64] @ models/lib/nn.yaml:80:7
%7597 = add %7596, %7595 : f32[64] @ models/lib/nn.yaml:80:7
%7598 = cast %7590 : f64[] @ models/lib/nn.yaml:80:7
%7599 = pow %6302, %7598 : f64[] @ models/lib/nn.yaml:80:7
%7600 = sub %6283, %7599 : f64[] @ models/lib/nn.yaml:80:7
%7601 = div %3879, %7600 : f64[] @ models/lib/nn.yaml:80:7
%7602 = pow %6310, %7598 : f64[] @ models/lib/nn.yaml:80:7
%7603 = sub %6283, %7602 : f64[] @ models/lib/nn.yaml:80:7
%7604 = sqrt %7603 : f64[] @ models/lib/nn.yaml:80:7
%7605 = div %6283, %7604 : f64[] @ models/lib/nn.yaml:80:7
%7606 = sqrt %7597 : f32[64] @ models/lib/nn.yaml:80:7
%7607 = cast %7605 : f32[] @ models/lib/nn.yaml:80:7
%7608 = broadcast %7607 : f32[64] @ models/lib/nn.yaml:80:7
%7609 = mul %7606, %7608 : f32[64] @ models/lib/nn.yaml:80:7
%7610 = add %7609, %6991 : f32[64] @ models/lib/nn.yaml:80:7
%7611 = div %7593, %7610 : f32[64] @ models/lib/nn.yaml:80:7
%7612 = cast %7601 : f32[] @ models/lib/nn.yaml:80:7
%7613 = broadcast %7612 : f32[64] @ models/lib/nn.yaml:80:7
%7614 = mul %7611, %7613 : f32[64] @ models/lib/nn.yaml:80:7
%7615 = sub %31, %7614 : f32[64] @ models/lib/nn.yaml:80:7
%7616 = assign %31, %7615 : f32[64] @ models/lib/nn.yaml:80:7
%7617 = assign %7587, %7593 : f32[64] @ models/lib/nn.yaml:80:7
%7618 = assign %7588, %7597 : f32[64] @ models/lib/nn.yaml:80:7
%7619 = assign %7589, %7590 : i64[] @ models/lib/nn.yaml:80:7
%7620 = mul %109, %7002 : f32[64] @ models/lib/nn.yaml:80:7
%7621 = mul %7615, %7004 : f32[64] @ models/lib/nn.yaml:80:7
%7622 = add %7620, %7621 : f32[64] @ models/lib/nn.yaml:80:7
%7623 = assign %109, %7622 : f32[64] @ models/lib/nn.yaml:80:7
%7624 = all_reduce_sum %5807 : f32[16,64] @ models/lib/nn.yaml:79:7
%7625 = reshape %7624 : f32[1024] @ models/lib/nn.yaml:79:7
%7626 = mul %7625, %7625 : f32[1024] @ models/lib/nn.yaml:79:7
%7627 = reduce_sum %7626 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7628 = sqrt %7627 : f32[] @ models/lib/nn.yaml:79:7
%7629 = cast %7628 : f64[] @ models/lib/nn.yaml:79:7
%7630 = add %7629, %6279 : f64[] @ models/lib/nn.yaml:79:7
%7631 = div %6281, %7630 : f64[] @ models/lib/nn.yaml:79:7
%7632 = lt %7631, %6283 : bool[] @ models/lib/nn.yaml:79:7
%7633 = cast %7631 : f32[] @ models/lib/nn.yaml:79:7
%7634 = broadcast %7633 : f32[16,64] @ models/lib/nn.yaml:79:7
%7635 = mul %7624, %7634 : f32[16,64] @ models/lib/nn.yaml:79:7
%7636 = broadcast %7632 : bool[16,64] @ models/lib/nn.yaml:79:7
%7637 = select %7636, %7635, %7624 : f32[16,64] @ models/lib/nn.yaml:79:7
%7638 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7639 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7640 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7641 = add %7640, %6293 : i64[] @ models/lib/nn.yaml:79:7
%7642 = mul %32, %7026 : f32[16,64] @ models/lib/nn.yaml:79:7
%7643 = mul %7637, %7028 : f32[16,64] @ models/lib/nn.yaml:79:7
%7644 = mul %7638, %7030 : f32[16,64] @ models/lib/nn.yaml:79:7
%7645 = add %7644, %7643 : f32[16,64] @ models/lib/nn.yaml:79:7
%7646 = mul %7637, %7637 : f32[16,64] @ models/lib/nn.yaml:79:7
%7647 = mul %7646, %7034 : f32[16,64] @ models/lib/nn.yaml:79:7
%7648 = mul %7639, %7036 : f32[16,64] @ models/lib/nn.yaml:79:7
%7649 = add %7648, %7647 : f32[16,64] @ models/lib/nn.yaml:79:7
%7650 = cast %7641 : f64[] @ models/lib/nn.yaml:79:7
%7651 = pow %6302, %7650 : f64[] @ models/lib/nn.yaml:79:7
%7652 = sub %6283, %7651 : f64[] @ models/lib/nn.yaml:79:7
%7653 = div %3879, %7652 : f64[] @ models/lib/nn.yaml:79:7
%7654 = pow %6310, %7650 : f64[] @ models/lib/nn.yaml:79:7
%7655 = sub %6283, %7654 : f64[] @ models/lib/nn.yaml:79:7
%7656 = sqrt %7655 : f64[] @ models/lib/nn.yaml:79:7
%7657 = div %6283, %7656 : f64[] @ models/lib/nn.yaml:79:7
%7658 = sqrt %7649 : f32[16,64] @ models/lib/nn.yaml:79:7
%7659 = cast %7657 : f32[] @ models/lib/nn.yaml:79:7
%7660 = broadcast %7659 : f32[16,64] @ models/lib/nn.yaml:79:7
%7661 = mul %7658, %7660 : f32[16,64] @ models/lib/nn.yaml:79:7
%7662 = add %7661, %7051 : f32[16,64] @ models/lib/nn.yaml:79:7
%7663 = div %7645, %7662 : f32[16,64] @ models/lib/nn.yaml:79:7
%7664 = cast %7653 : f32[] @ models/lib/nn.yaml:79:7
%7665 = broadcast %7664 : f32[16,64] @ models/lib/nn.yaml:79:7
%7666 = mul %7663, %7665 : f32[16,64] @ models/lib/nn.yaml:79:7
%7667 = sub %7642, %7666 : f32[16,64] @ models/lib/nn.yaml:79:7
%7668 = assign %32, %7667 : f32[16,64] @ models/lib/nn.yaml:79:7
%7669 = assign %7638, %7645 : f32[16,64] @ models/lib/nn.yaml:79:7
%7670 = assign %7639, %7649 : f32[16,64] @ models/lib/nn.yaml:79:7
%7671 = assign %7640, %7641 : i64[] @ models/lib/nn.yaml:79:7
%7672 = mul %110, %7062 : f32[16,64] @ models/lib/nn.yaml:79:7
%7673 = mul %7667, %7064 : f32[16,64] @ models/lib/nn.yaml:79:7
%7674 = add %7672, %7673 : f32[16,64] @ models/lib/nn.yaml:79:7
%7675 = assign %110, %7674 : f32[16,64] @ models/lib/nn.yaml:79:7
%7676 = all_reduce_sum %5799 : f32[16] @ models/lib/nn.yaml:80:7
%7677 = mul %7676, %7676 : f32[16] @ models/lib/nn.yaml:80:7
%7678 = reduce_sum %7677 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7679 = sqrt %7678 : f32[] @ models/lib/nn.yaml:80:7
%7680 = cast %7679 : f64[] @ models/lib/nn.yaml:80:7
%7681 = add %7680, %6279 : f64[] @ models/lib/nn.yaml:80:7
%7682 = div %6281, %7681 : f64[] @ models/lib/nn.yaml:80:7
%7683 = lt %7682, %6283 : bool[] @ models/lib/nn.yaml:80:7
%7684 = cast %7682 : f32[] @ models/lib/nn.yaml:80:7
%7685 = broadcast %7684 : f32[16] @ models/lib/nn.yaml:80:7
%7686 = mul %7676, %7685 : f32[16] @ models/lib/nn.yaml:80:7
%7687 = broadcast %7683 : bool[16] @ models/lib/nn.yaml:80:7
%7688 = select %7687, %7686, %7676 : f32[16] @ models/lib/nn.yaml:80:7
%7689 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7690 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7691 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7692 = add %7691, %6293 : i64[] @ models/lib/nn.yaml:80:7
%7693 = mul %7688, %6424 : f32[16] @ models/lib/nn.yaml:80:7
%7694 = mul %7689, %6426 : f32[16] @ models/lib/nn.yaml:80:7
%7695 = add %7694, %7693 : f32[16] @ models/lib/nn.yaml:80:7
%7696 = mul %7688, %7688 : f32[16] @ models/lib/nn.yaml:80:7
%7697 = mul %7696, %6430 : f32[16] @ models/lib/nn.yaml:80:7
%7698 = mul %7690, %6432 : f32[16] @ models/lib/nn.yaml:80:7
%7699 = add %7698, %7697 : f32[16] @ models/lib/nn.yaml:80:7
%7700 = cast %7692 : f64[] @ models/lib/nn.yaml:80:7
%7701 = pow %6302, %7700 : f64[] @ models/lib/nn.yaml:80:7
%7702 = sub %6283, %7701 : f64[] @ models/lib/nn.yaml:80:7
%7703 = div %3879, %7702 : f64[] @ models/lib/nn.yaml:80:7
%7704 = pow %6310, %7700 : f64[] @ models/lib/nn.yaml:80:7
%7705 = sub %6283, %7704 : f64[] @ models/lib/nn.yaml:80:7
%7706 = sqrt %7705 : f64[] @ models/lib/nn.yaml:80:7
%7707 = div %6283, %7706 : f64[] @ models/lib/nn.yaml:80:7
%7708 = sqrt %7699 : f32[16] @ models/lib/nn.yaml:80:7
%7709 = cast %7707 : f32[] @ models/lib/nn.yaml:80:7
%7710 = broadcast %7709 : f32[16] @ models/lib/nn.yaml:80:7
%7711 = mul %7708, %7710 : f32[16] @ models/lib/nn.yaml:80:7
%7712 = add %7711, %6447 : f32[16] @ models/lib/nn.yaml:80:7
%7713 = div %7695, %7712 : f32[16] @ models/lib/nn.yaml:80:7
%7714 = cast %7703 : f32[] @ models/lib/nn.yaml:80:7
%7715 = broadcast %7714 : f32[16] @ models/lib/nn.yaml:80:7
%7716 = mul %7713, %7715 : f32[16] @ models/lib/nn.yaml:80:7
%7717 = sub %33, %7716 : f32[16] @ models/lib/nn.yaml:80:7
%7718 = assign %33, %7717 : f32[16] @ models/lib/nn.yaml:80:7
%7719 = assign %7689, %7695 : f32[16] @ models/lib/nn.yaml:80:7
%7720 = assign %7690, %7699 : f32[16] @ models/lib/nn.yaml:80:7
%7721 = assign %7691, %7692 : i64[] @ models/lib/nn.yaml:80:7
%7722 = mul %111, %6458 : f32[16] @ models/lib/nn.yaml:80:7
%7723 = mul %7717, %6460 : f32[16] @ models/lib/nn.yaml:80:7
%7724 = add %7722, %7723 : f32[16] @ models/lib/nn.yaml:80:7
%7725 = assign %111, %7724 : f32[16] @ models/lib/nn.yaml:80:7
%7726 = all_reduce_sum %5792 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7727 = reshape %7726 : f32[16] @ models/lib/vit.yaml:103:7
%7728 = mul %7727, %7727 : f32[16] @ models/lib/vit.yaml:103:7
%7729 = reduce_sum %7728 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%7730 = sqrt %7729 : f32[] @ models/lib/vit.yaml:103:7
%7731 = cast %7730 : f64[] @ models/lib/vit.yaml:103:7
%7732 = add %7731, %6279 : f64[] @ models/lib/vit.yaml:103:7
%7733 = div %6281, %7732 : f64[] @ models/lib/vit.yaml:103:7
%7734 = lt %7733, %6283 : bool[] @ models/lib/vit.yaml:103:7
%7735 = cast %7733 : f32[] @ models/lib/vit.yaml:103:7
%7736 = broadcast %7735 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7737 = mul %7726, %7736 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7738 = broadcast %7734 : bool[1,1,16] @ models/lib/vit.yaml:103:7
%7739 = select %7738, %7737, %7726 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7740 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7741 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7742 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%7743 = add %7742, %6293 : i64[] @ models/lib/vit.yaml:103:7
%7744 = broadcast %6297 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7745 = mul %34, %7744 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7746 = broadcast %3608 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7747 = mul %7739, %7746 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7748 = broadcast %2464 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7749 = mul %7740, %7748 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7750 = add %7749, %7747 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7751 = mul %7739, %7739 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7752 = broadcast %6307 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7753 = mul %7751, %7752 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7754 = broadcast %6311 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7755 = mul %7741, %7754 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7756 = add %7755, %7753 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7757 = cast %7743 : f64[] @ models/lib/vit.yaml:103:7
%7758 = pow %6302, %7757 : f64[] @ models/lib/vit.yaml:103:7
%7759 = sub %6283, %7758 : f64[] @ models/lib/vit.yaml:103:7
%7760 = div %3879, %7759 : f64[] @ models/lib/vit.yaml:103:7
%7761 = pow %6310, %7757 : f64[] @ models/lib/vit.yaml:103:7
%7762 = sub %6283, %7761 : f64[] @ models/lib/vit.yaml:103:7
%7763 = sqrt %7762 : f64[] @ models/lib/vit.yaml:103:7
%7764 = div %6283, %7763 : f64[] @ models/lib/vit.yaml:103:7
%7765 = sqrt %7756 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7766 = cast %7764 : f32[] @ models/lib/vit.yaml:103:7
%7767 = broadcast %7766 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7768 = mul %7765, %7767 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7769 = broadcast %6327 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7770 = add %7768, %7769 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7771 = div %7750, %7770 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7772 = cast %7760 : f32[] @ models/lib/vit.yaml:103:7
%7773 = broadcast %7772 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7774 = mul %7771, %7773 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7775 = sub %7745, %7774 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7776 = assign %34, %7775 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7777 = assign %7740, %7750 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7778 = assign %7741, %7756 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7779 = assign %7742, %7743 : i64[] @ models/lib/vit.yaml:103:7
%7780 = broadcast %3 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7781 = mul %112, %7780 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7782 = broadcast %6342 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7783 = mul %7775, %7782 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7784 = add %7781, %7783 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7785 = assign %112, %7784 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7786 = all_reduce_sum %5769 : f32[16] @ models/lib/nn.yaml:89:7
%7787 = mul %7786, %7786 : f32[16] @ models/lib/nn.yaml:89:7
%7788 = reduce_sum %7787 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7789 = sqrt %7788 : f32[] @ models/lib/nn.yaml:89:7
%7790 = cast %7789 : f64[] @ models/lib/nn.yaml:89:7
%7791 = add %7790, %6279 : f64[] @ models/lib/nn.yaml:89:7
%7792 = div %6281, %7791 : f64[] @ models/lib/nn.yaml:89:7
%7793 = lt %7792, %6283 : bool[] @ models/lib/nn.yaml:89:7
%7794 = cast %7792 : f32[] @ models/lib/nn.yaml:89:7
%7795 = broadcast %7794 : f32[16] @ models/lib/nn.yaml:89:7
%7796 = mul %7786, %7795 : f32[16] @ models/lib/nn.yaml:89:7
%7797 = broadcast %7793 : bool[16] @ models/lib/nn.yaml:89:7
%7798 = select %7797, %7796, %7786 : f32[16] @ models/lib/nn.yaml:89:7
%7799 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7800 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7801 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7802 = add %7801, %6293 : i64[] @ models/lib/nn.yaml:89:7
%7803 = mul %7798, %6424 : f32[16] @ models/lib/nn.yaml:89:7
%7804 = mul %7799, %6426 : f32[16] @ models/lib/nn.yaml:89:7
%7805 = add %7804, %7803 : f32[16] @ models/lib/nn.yaml:89:7
%7806 = mul %7798, %7798 : f32[16] @ models/lib/nn.yaml:89:7
%7807 = mul %7806, %6430 : f32[16] @ models/lib/nn.yaml:89:7
%7808 = mul %7800, %6432 : f32[16] @ models/lib/nn.yaml:89:7
%7809 = add %7808, %7807 : f32[16] @ models/lib/nn.yaml:89:7
%7810 = cast %7802 : f64[] @ models/lib/nn.yaml:89:7
%7811 = pow %6302, %7810 : f64[] @ models/lib/nn.yaml:89:7
%7812 = sub %6283, %7811 : f64[] @ models/lib/nn.yaml:89:7
%7813 = div %3879, %7812 : f64[] @ models/lib/nn.yaml:89:7
%7814 = pow %6310, %7810 : f64[] @ models/lib/nn.yaml:89:7
%7815 = sub %6283, %7814 : f64[] @ models/lib/nn.yaml:89:7
%7816 = sqrt %7815 : f64[] @ models/lib/nn.yaml:89:7
%7817 = div %6283, %7816 : f64[] @ models/lib/nn.yaml:89:7
%7818 = sqrt %7809 : f32[16] @ models/lib/nn.yaml:89:7
%7819 = cast %7817 : f32[] @ models/lib/nn.yaml:89:7
%7820 = broadcast %7819 : f32[16] @ models/lib/nn.yaml:89:7
%7821 = mul %7818, %7820 : f32[16] @ models/lib/nn.yaml:89:7
%7822 = add %7821, %6447 : f32[16] @ models/lib/nn.yaml:89:7
%7823 = div %7805, %7822 : f32[16] @ models/lib/nn.yaml:89:7
%7824 = cast %7813 : f32[] @ models/lib/nn.yaml:89:7
%7825 = broadcast %7824 : f32[16] @ models/lib/nn.yaml:89:7
%7826 = mul %7823, %7825 : f32[16] @ models/lib/nn.yaml:89:7
%7827 = sub %35, %7826 : f32[16] @ models/lib/nn.yaml:89:7
%7828 = assign %35, %7827 : f32[16] @ models/lib/nn.yaml:89:7
%7829 = assign %7799, %7805 : f32[16] @ models/lib/nn.yaml:89:7
%7830 = assign %7800, %7809 : f32[16] @ models/lib/nn.yaml:89:7
%7831 = assign %7801, %7802 : i64[] @ models/lib/nn.yaml:89:7
%7832 = mul %113, %6458 : f32[16] @ models/lib/nn.yaml:89:7
%7833 = mul %7827, %6460 : f32[16] @ models/lib/nn.yaml:89:7
%7834 = add %7832, %7833 : f32[16] @ models/lib/nn.yaml:89:7
%7835 = assign %113, %7834 : f32[16] @ models/lib/nn.yaml:89:7
%7836 = all_reduce_sum %5762 : f32[16] @ models/lib/nn.yaml:90:7
%7837 = mul %7836, %7836 : f32[16] @ models/lib/nn.yaml:90:7
%7838 = reduce_sum %7837 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7839 = sqrt %7838 : f32[] @ models/lib/nn.yaml:90:7
%7840 = cast %7839 : f64[] @ models/lib/nn.yaml:90:7
%7841 = add %7840, %6279 : f64[] @ models/lib/nn.yaml:90:7
%7842 = div %6281, %7841 : f64[] @ models/lib/nn.yaml:90:7
%7843 = lt %7842, %6283 : bool[] @ models/lib/nn.yaml:90:7
%7844 = cast %7842 : f32[] @ models/lib/nn.yaml:90:7
%7845 = broadcast %7844 : f32[16] @ models/lib/nn.yaml:90:7
%7846 = mul %7836, %7845 : f32[16] @ models/lib/nn.yaml:90:7
%7847 = broadcast %7843 : bool[16] @ models/lib/nn.yaml:90:7
%7848 = select %7847, %7846, %7836 : f32[16] @ models/lib/nn.yaml:90:7
%7849 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7850 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7851 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7852 = add %7851, %6293 : i64[] @ models/lib/nn.yaml:90:7
%7853 = mul %7848, %6424 : f32[16] @ models/lib/nn.yaml:90:7
%7854 = mul %7849, %6426 : f32[16] @ models/lib/nn.yaml:90:7
%7855 = add %7854, %7853 : f32[16] @ models/lib/nn.yaml:90:7
%7856 = mul %7848, %7848 : f32[16] @ models/lib/nn.yaml:90:7
%7857 = mul %7856, %6430 : f32[16] @ models/lib/nn.yaml:90:7
%7858 = mul %7850, %6432 : f32[16] @ models/lib/nn.yaml:90:7
%7859 = add %7858, %7857 : f32[16] @ models/lib/nn.yaml:90:7
%7860 = cast %7852 : f64[] @ models/lib/nn.yaml:90:7
%7861 = pow %6302, %7860 : f64[] @ models/lib/nn.yaml:90:7
%7862 = sub %6283, %7861 : f64[] @ models/lib/nn.yaml:90:7
%7863 = div %3879, %7862 : f64[] @ models/lib/nn.yaml:90:7
%7864 = pow %6310, %7860 : f64[] @ models/lib/nn.yaml:90:7
%7865 = sub %6283, %7864 : f64[] @ models/lib/nn.yaml:90:7
%7866 = sqrt %7865 : f64[] @ models/lib/nn.yaml:90:7
%7867 = div %6283, %7866 : f64[] @ models/lib/nn.yaml:90:7
%7868 = sqrt %7859 : f32[16] @ models/lib/nn.yaml:90:7
%7869 = cast %7867 : f32[] @ models/lib/nn.yaml:90:7
%7870 = broadcast %7869 : f32[16] @ models/lib/nn.yaml:90:7
%7871 = mul %7868, %7870 : f32[16] @ models/lib/nn.yaml:90:7
%7872 = add %7871, %6447 : f32[16] @ models/lib/nn.yaml:90:7
%7873 = div %7855, %7872 : f32[16] @ models/lib/nn.yaml:90:7
%7874 = cast %7863 : f32[] @ models/lib/nn.yaml:90:7
%7875 = broadcast %7874 : f32[16] @ models/lib/nn.yaml:90:7
%7876 = mul %7873, %7875 : f32[16] @ models/lib/nn.yaml:90:7
%7877 = sub %36, %7876 : f32[16] @ models/lib/nn.yaml:90:7
%7878 = assign %36, %7877 : f32[16] @ models/lib/nn.yaml:90:7
%7879 = assign %7849, %7855 : f32[16] @ models/lib/nn.yaml:90:7
%7880 = assign %7850, %7859 : f32[16] @ models/lib/nn.yaml:90:7
%7881 = assign %7851, %7852 : i64[] @ models/lib/nn.yaml:90:7
%7882 = mul %114, %6458 : f32[16] @ models/lib/nn.yaml:90:7
%7883 = mul %7877, %6460 : f32[16] @ models/lib/nn.yaml:90:7
%7884 = add %7882, %7883 : f32[16] @ models/lib/nn.yaml:90:7
%7885 = assign %114, %7884 : f32[16] @ models/lib/nn.yaml:90:7
%7886 = all_reduce_sum %5754 : f32[16,16] @ models/lib/nn.yaml:79:7
%7887 = reshape %7886 : f32[256] @ models/lib/nn.yaml:79:7
%7888 = mul %7887, %7887 : f32[256] @ models/lib/nn.yaml:79:7
%7889 = reduce_sum %7888 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7890 = sqrt %7889 : f32[] @ models/lib/nn.yaml:79:7
%7891 = cast %7890 : f64[] @ models/lib/nn.yaml:79:7
%7892 = add %7891, %6279 : f64[] @ models/lib/nn.yaml:79:7
%7893 = div %6281, %7892 : f64[] @ models/lib/nn.yaml:79:7
%7894 = lt %7893, %6283 : bool[] @ models/lib/nn.yaml:79:7
%7895 = cast %7893 : f32[] @ models/lib/nn.yaml:79:7
%7896 = broadcast %7895 : f32[16,16] @ models/lib/nn.yaml:79:7
%7897 = mul %7886, %7896 : f32[16,16] @ models/lib/nn.yaml:79:7
%7898 = broadcast %7894 : bool[16,16] @ models/lib/nn.yaml:79:7
%7899 = select %7898, %7897, %7886 : f32[16,16] @ models/lib/nn.yaml:79:7
%7900 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7901 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7902 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7903 = add %7902, %6293 : i64[] @ models/lib/nn.yaml:79:7
%7904 = mul %37, %6699 : f32[16,16] @ models/lib/nn.yaml:79:7
%7905 = mul %7899, %6701 : f32[16,16] @ models/lib/nn.yaml:79:7
%7906 = mul %7900, %6703 : f32[16,16] @ models/lib/nn.yaml:79:7
%7907 = add %7906, %7905 : f32[16,16] @ models/lib/nn.yaml:79:7
%7908 = mul %7899, %7899 : f32[16,16] @ models/lib/nn.yaml:79:7
%7909 = mul %7908, %6707 : f32[16,16] @ models/lib/nn.yaml:79:7
%7910 = mul %7901, %6709 : f32[16,16] @ models/lib/nn.yaml:79:7
%7911 = add %7910, %7909 : f32[16,16] @ models/lib/nn.yaml:79:7
%7912 = cast %7903 : f64[] @ models/lib/nn.yaml:79:7
%7913 = pow %6302, %7912 : f64[] @ models/lib/nn.yaml:79:7
%7914 = sub %6283, %7913 : f64[] @ models/lib/nn.yaml:79:7
%7915 = div %3879, %7914 : f64[] @ models/lib/nn.yaml:79:7
%7916 = pow %6310, %7912 : f64[] @ models/lib/nn.yaml:79:7
%7917 = sub %6283, %7916 : f64[] @ models/lib/nn.yaml:79:7
%7918 = sqrt %7917 : f64[] @ models/lib/nn.yaml:79:7
%7919 = div %6283, %7918 : f64[] @ models/lib/nn.yaml:79:7
%7920 = sqrt %7911 : f32[16,16] @ models/lib/nn.yaml:79:7
%7921 = cast %7919 : f32[] @ models/lib/nn.yaml:79:7
%7922 = broadcast %7921 : f32[16,16] @ models/lib/nn.yaml:79:7
%7923 = mul %7920, %7922 : f32[16,16] @ models/lib/nn.yaml:79:7
%7924 = add %7923, %6724 : f32[16,16] @ models/lib/nn.yaml:79:7
%7925 = div %7907, %7924 : f32[16,16] @ models/lib/nn.yaml:79:7
%7926 = cast %7915 : f32[] @ models/lib/nn.yaml:79:7
%7927 = broadcast %7926 : f32[16,16] @ models/lib/nn.yaml:79:7
%7928 = mul %7925, %7927 : f32[16,16] @ models/lib/nn.yaml:79:7
%7929 = sub %7904, %7928 : f32[16,16] @ models/lib/nn.yaml:79:7
%7930 = assign %37, %7929 : f32[16,16] @ models/lib/nn.yaml:79:7
%7931 = assign %7900, %7907 : f32[16,16] @ models/lib/nn.yaml:79:7
%7932 = assign %7901, %7911 : f32[16,16] @ models/lib/nn.yaml:79:7
%7933 = assign %7902, %7903 : i64[] @ models/lib/nn.yaml:79:7
%7934 = mul %115, %6735 : f32[16,16] @ models/lib/nn.yaml:79:7
%7935 = mul %7929, %6737 : f32[16,16] @ models/lib/nn.yaml:79:7
%7936 = add %7934, %7935 : f32[16,16] @ models/lib/nn.yaml:79:7
%7937 = assign %115, %7936 : f32[16,16] @ models/lib/nn.yaml:79:7
%7938 = all_reduce_sum %5745 : f32[16] @ models/lib/nn.yaml:80:7
%7939 = mul %7938, %7938 : f32[16] @ models/lib/nn.yaml:80:7
%7940 = reduce_sum %7939 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7941 = sqrt %7940 : f32[] @ models/lib/nn.yaml:80:7
%7942 = cast %7941 : f64[] @ models/lib/nn.yaml:80:7
%7943 = add %7942, %6279 : f64[] @ models/lib/nn.yaml:80:7
%7944 = div %6281, %7943 : f64[] @ models/lib/nn.yaml:80:7
%7945 = lt %7944, %6283 : bool[] @ models/lib/nn.yaml:80:7
%7946 = cast %7944 : f32[] @ models/lib/nn.yaml:80:7
%7947 = broadcast %7946 : f32[16] @ models/lib/nn.yaml:80:7
%7948 = mul %7938, %7947 : f32[16] @ models/lib/nn.yaml:80:7
%7949 = broadcast %7945 : bool[16] @ models/lib/nn.yaml:80:7
%7950 = select %7949, %7948, %7938 : f32[16] @ models/lib/nn.yaml:80:7
%7951 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7952 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7953 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7954 = add %7953, %6293 : i64[] @ models/lib/nn.yaml:80:7
%7955 = mul %7950, %6424 : f32[16] @ models/lib/nn.yaml:80:7
%7956 = mul %7951, %6426 : f32[16] @ models/lib/nn.yaml:80:7
%7957 = add %7956, %7955 : f32[16] @ models/lib/nn.yaml:80:7
%7958 = mul %7950, %7950 : f32[16] @ models/lib/nn.yaml:80:7
%7959 = mul %7958, %6430 : f32[16] @ models/lib/nn.yaml:80:7
%7960 = mul %7952, %6432 : f32[16] @ models/lib/nn.yaml:80:7
%7961 = add %7960, %7959 : f32[16] @ models/lib/nn.yaml:80:7
%7962 = cast %7954 : f64[] @ models/lib/nn.yaml:80:7
%7963 = pow %6302, %7962 : f64[] @ models/lib/nn.yaml:80:7
%7964 = sub %6283, %7963 : f64[] @ models/lib/nn.yaml:80:7
%7965 = div %3879, %7964 : f64[] @ models/lib/nn.yaml:80:7
%7966 = pow %6310, %7962 : f64[] @ models/lib/nn.yaml:80:7
%7967 = sub %6283, %7966 : f64[] @ models/lib/nn.yaml:80:7
%7968 = sqrt %7967 : f64[] @ models/lib/nn.yaml:80:7
%7969 = div %6283, %7968 : f64[] @ models/lib/nn.yaml:80:7
%7970 = sqrt %7961 : f32[16] @ models/lib/nn.yaml:80:7
%7971 = cast %7969 : f32[] @ models/lib/nn.yaml:80:7
%7972 = broadcast %7971 : f32[16] @ models/lib/nn.yaml:80:7
%7973 = mul %7970, %7972 : f32[16] @ models/lib/nn.yaml:80:7
%7974 = add %7973, %6447 : f32[16] @ models/lib/nn.yaml:80:7
%7975 = div %7957, %7974 : f32[16] @ models/lib/nn.yaml:80:7
%7976 = cast %7965 : f32[] @ models/lib/nn.yaml:80:7
%7977 = broadcast %7976 : f32[16] @ models/lib/nn.yaml:80:7
%7978 = mul %7975, %7977 : f32[16] @ models/lib/nn.yaml:80:7
%7979 = sub %38, %7978 : f32[16] @ models/lib/nn.yaml:80:7
%7980 = assign %38, %7979 : f32[16] @ models/lib/nn.yaml:80:7
%7981 = assign %7951, %7957 : f32[16] @ models/lib/nn.yaml:80:7
%7982 = assign %7952, %7961 : f32[16] @ models/lib/nn.yaml:80:7
%7983 = assign %7953, %7954 : i64[] @ models/lib/nn.yaml:80:7
%7984 = mul %116, %6458 : f32[16] @ models/lib/nn.yaml:80:7
%7985 = mul %7979, %6460 : f32[16] @ models/lib/nn.yaml:80:7
%7986 = add %7984, %7985 : f32[16] @ models/lib/nn.yaml:80:7
%7987 = assign %116, %7986 : f32[16] @ models/lib/nn.yaml:80:7
%7988 = all_reduce_sum %5739 : f32[16,16] @ models/lib/nn.yaml:79:7
%7989 = reshape %7988 : f32[256] @ models/lib/nn.yaml:79:7
%7990 = mul %7989, %7989 : f32[256] @ models/lib/nn.yaml:79:7
%7991 = reduce_sum %7990 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7992 = sqrt %7991 : f32[] @ models/lib/nn.yaml:79:7
%7993 = cast %7992 : f64[] @ models/lib/nn.yaml:79:7
%7994 = add %7993, %6279 : f64[] @ models/lib/nn.yaml:79:7
%7995 = div %6281, %7994 : f64[] @ models/lib/nn.yaml:79:7
%7996 = lt %7995, %6283 : bool[] @ models/lib/nn.yaml:79:7
%7997 = cast %7995 : f32[] @ models/lib/nn.yaml:79:7
%7998 = broadcast %7997 : f32[16,16] @ models/lib/nn.yaml:79:7
%7999 = mul %7988, %7998 : f32[16,16] @ models/lib/nn.yaml:79:7
%8000 = broadcast %7996 : bool[16,16] @ models/lib/nn.yaml:79:7
%8001 = select %8000, %7999, %7988 : f32[16,16] @ models/lib/nn.yaml:79:7
%8002 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8003 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8004 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8005 = add %8004, %6293 : i64[] @ models/lib/nn.yaml:79:7
%8006 = mul %39, %6699 : f32[16,16] @ models/lib/nn.yaml:79:7
%8007 = mul %8001, %6701 : f32[16,16] @ models/lib/nn.yaml:79:7
%8008 = mul %8002, %6703 : f32[16,16] @ models/lib/nn.yaml:79:7
%8009 = add %8008, %8007 : f32[16,16] @ models/lib/nn.yaml:79:7
%8010 = mul %8001, %8001 : f32[16,16] @ models/lib/nn.yaml:79:7
%8011 = mul %8010, %6707 : f32[16,16] @ models/lib/nn.yaml:79:7
%8012 = mul %8003, %6709 : f32[16,16] @ models/lib/nn.yaml:79:7
%8013 = add %8012, %8011 : f32[16,16] @ models/lib/nn.yaml:79:7
%8014 = cast %8005 : f64[] @ models/lib/nn.yaml:79:7
%8015 = pow %6302, %8014 : f64[] @ models/lib/nn.yaml:79:7
%8016 = sub %6283, %8015 : f64[] @ models/lib/nn.yaml:79:7
%8017 = div %3879, %8016 : f64[] @ models/lib/nn.yaml:79:7
%8018 = pow %6310, %8014 : f64[] @ models/lib/nn.yaml:79:7
%8019 = sub %6283, %8018 : f64[] @ models/lib/nn.yaml:79:7
%8020 = sqrt %8019 : f64[] @ models/lib/nn.yaml:79:7
%8021 = div %6283, %8020 : f64[] @ models/lib/nn.yaml:79:7
%8022 = sqrt %8013 : f32[16,16] @ models/lib/nn.yaml:79:7
%8023 = cast %8021 : f32[] @ models/lib/nn.yaml:79:7
%8024 = broadcast %8023 : f32[16,16] @ models/lib/nn.yaml:79:7
%8025 = mul %8022, %8024 : f32[16,16] @ models/lib/nn.yaml:79:7
%8026 = add %8025, %6724 : f32[16,16] @ models/lib/nn.yaml:79:7
%8027 = div %8009, %8026 : f32[16,16] @ models/lib/nn.yaml:79:7
%8028 = cast %8017 : f32[] @ models/lib/nn.yaml:79:7
%8029 = broadcast %8028 : f32[16,16] @ models/lib/nn.yaml:79:7
%8030 = mul %8027, %8029 : f32[16,16] @ models/lib/nn.yaml:79:7
%8031 = sub %8006, %8030 : f32[16,16] @ models/lib/nn.yaml:79:7
%8032 = assign %39, %8031 : f32[16,16] @ models/lib/nn.yaml:79:7
%8033 = assign %8002, %8009 : f32[16,16] @ models/lib/nn.yaml:79:7
%8034 = assign %8003, %8013 : f32[16,16] @ models/lib/nn.yaml:79:7
%8035 = assign %8004, %8005 : i64[] @ models/lib/nn.yaml:79:7
%8036 = mul %117, %6735 : f32[16,16] @ models/lib/nn.yaml:79:7
%8037 = mul %8031, %6737 : f32[16,16] @ models/lib/nn.yaml:79:7
%8038 = add %8036, %8037 : f32[16,16] @ models/lib/nn.yaml:79:7
%8039 = assign %117, %8038 : f32[16,16] @ models/lib/nn.yaml:79:7
%8040 = all_reduce_sum %5728 : f32[16] @ models/lib/nn.yaml:80:7
%8041 = mul %8040, %8040 : f32[16] @ models/lib/nn.yaml:80:7
%8042 = reduce_sum %8041 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8043 = sqrt %8042 : f32[] @ models/lib/nn.yaml:80:7
%8044 = cast %8043 : f64[] @ models/lib/nn.yaml:80:7
%8045 = add %8044, %6279 : f64[] @ models/lib/nn.yaml:80:7
%8046 = div %6281, %8045 : f64[] @ models/lib/nn.yaml:80:7
%8047 = lt %8046, %6283 : bool[] @ models/lib/nn.yaml:80:7
%8048 = cast %8046 : f32[] @ models/lib/nn.yaml:80:7
%8049 = broadcast %8048 : f32[16] @ models/lib/nn.yaml:80:7
%8050 = mul %8040, %8049 : f32[16] @ models/lib/nn.yaml:80:7
%8051 = broadcast %8047 : bool[16] @ models/lib/nn.yaml:80:7
%8052 = select %8051, %8050, %8040 : f32[16] @ models/lib/nn.yaml:80:7
%8053 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8054 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8055 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8056 = add %8055, %6293 : i64[] @ models/lib/nn.yaml:80:7
%8057 = mul %8052, %6424 : f32[16] @ models/lib/nn.yaml:80:7
%8058 = mul %8053, %6426 : f32[16] @ models/lib/nn.yaml:80:7
%8059 = add %8058, %8057 : f32[16] @ models/lib/nn.yaml:80:7
%8060 = mul %8052, %8052 : f32[16] @ models/lib/nn.yaml:80:7
%8061 = mul %8060, %6430 : f32[16] @ models/lib/nn.yaml:80:7
%8062 = mul %8054, %6432 : f32[16] @ models/lib/nn.yaml:80:7
%8063 = add %8062, %8061 : f32[16] @ models/lib/nn.yaml:80:7
%8064 = cast %8056 : f64[] @ models/lib/nn.yaml:80:7
%8065 = pow %6302, %8064 : f64[] @ models/lib/nn.yaml:80:7
%8066 = sub %6283, %8065 : f64[] @ models/lib/nn.yaml:80:7
%8067 = div %3879, %8066 : f64[] @ models/lib/nn.yaml:80:7
%8068 = pow %6310, %8064 : f64[] @ models/lib/nn.yaml:80:7
%8069 = sub %6283, %8068 : f64[] @ models/lib/nn.yaml:80:7
%8070 = sqrt %8069 : f64[] @ models/lib/nn.yaml:80:7
%8071 = div %6283, %8070 : f64[] @ models/lib/nn.yaml:80:7
%8072 = sqrt %8063 : f32[16] @ models/lib/nn.yaml:80:7
%8073 = cast %8071 : f32[] @ models/lib/nn.yaml:80:7
%8074 = broadcast %8073 : f32[16] @ models/lib/nn.yaml:80:7
%8075 = mul %8072, %8074 : f32[16] @ models/lib/nn.yaml:80:7
%8076 = add %8075, %6447 : f32[16] @ models/lib/nn.yaml:80:7
%8077 = div %8059, %8076 : f32[16] @ models/lib/nn.yaml:80:7
%8078 = cast %8067 : f32[] @ models/lib/nn.yaml:80:7
%8079 = broadcast %8078 : f32[16] @ models/lib/nn.yaml:80:7
%8080 = mul %8077, %8079 : f32[16] @ models/lib/nn.yaml:80:7
%8081 = sub %40, %8080 : f32[16] @ models/lib/nn.yaml:80:7
%8082 = assign %40, %8081 : f32[16] @ models/lib/nn.yaml:80:7
%8083 = assign %8053, %8059 : f32[16] @ models/lib/nn.yaml:80:7
%8084 = assign %8054, %8063 : f32[16] @ models/lib/nn.yaml:80:7
%8085 = assign %8055, %8056 : i64[] @ models/lib/nn.yaml:80:7
%8086 = mul %118, %6458 : f32[16] @ models/lib/nn.yaml:80:7
%8087 = mul %8081, %6460 : f32[16] @ models/lib/nn.yaml:80:7
%8088 = add %8086, %8087 : f32[16] @ models/lib/nn.yaml:80:7
%8089 = assign %118, %8088 : f32[16] @ models/lib/nn.yaml:80:7
%8090 = all_reduce_sum %5720 : f32[16,16] @ models/lib/nn.yaml:79:7
%8091 = reshape %8090 : f32[256] @ models/lib/nn.yaml:79:7
%8092 = mul %8091, %8091 : f32[256] @ models/lib/nn.yaml:79:7
%8093 = reduce_sum %8092 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8094 = sqrt %8093 : f32[] @ models/lib/nn.yaml:79:7
%8095 = cast %8094 : f64[] @ models/lib/nn.yaml:79:7
%8096 = add %8095, %6279 : f64[] @ models/lib/nn.yaml:79:7
%8097 = div %6281, %8096 : f64[] @ models/lib/nn.yaml:79:7
%8098 = lt %8097, %6283 : bool[] @ models/lib/nn.yaml:79:7
%8099 = cast %8097 : f32[] @ models/lib/nn.yaml:79:7
%8100 = broadcast %8099 : f32[16,16] @ models/lib/nn.yaml:79:7
%8101 = mul %8090, %8100 : f32[16,16] @ models/lib/nn.yaml:79:7
%8102 = broadcast %8098 : bool[16,16] @ models/lib/nn.yaml:79:7
%8103 = select %8102, %8101, %8090 : f32[16,16] @ models/lib/nn.yaml:79:7
%8104 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8105 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8106 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8107 = add %8106, %6293 : i64[] @ models/lib/nn.yaml:79:7
%8108 = mul %41, %6699 : f32[16,16] @ models/lib/nn.yaml:79:7
%8109 = mul %8103, %6701 : f32[16,16] @ models/lib/nn.yaml:79:7
%8110 = mul %8104, %6703 : f32[16,16] @ models/lib/nn.yaml:79:7
%8111 = add %8110, %8109 : f32[16,16] @ models/lib/nn.yaml:79:7
%8112 = mul %8103, %8103 : f32[16,16] @ models/lib/nn.yaml:79:7
%8113 = mul %8112, %6707 : f32[16,16] @ models/lib/nn.yaml:79:7
%8114 = mul %8105, %6709 : f32[16,16] @ models/lib/nn.yaml:79:7
%8115 = add %8114, %8113 : f32[16,16] @ models/lib/nn.yaml:79:7
%8116 = cast %8107 : f64[] @ models/lib/nn.yaml:79:7
%8117 = pow %6302, %8116 : f64[] @ models/lib/nn.yaml:79:7
%8118 = sub %6283, %8117 : f64[] @ models/lib/nn.yaml:79:7
%8119 = div %3879, %8118 : f64[] @ models/lib/nn.yaml:79:7
%8120 = pow %6310, %8116 : f64[] @ models/lib/nn.yaml:79:7
%8121 = sub %6283, %8120 : f64[] @ models/lib/nn.yaml:79:7
%8122 = sqrt %8121 : f64[] @ models/lib/nn.yaml:79:7
%8123 = div %6283, %8122 : f64[] @ models/lib/nn.yaml:79:7
%8124 = sqrt %8115 : f32[16,16] @ models/lib/nn.yaml:79:7
%8125 = cast %8123 : f32[] @ models/lib/nn.yaml:79:7
%8126 = broadcast %8125 : f32[16,16] @ models/lib/nn.yaml:79:7
%8127 = mul %8124, %8126 : f32[16,16] @ models/lib/nn.yaml:79:7
%8128 = add %8127, %6724 : f32[16,16] @ models/lib/nn.yaml:79:7
%8129 = div %8111, %8128 : f32[16,16] @ models/lib/nn.yaml:79:7
%8130 = cast %8119 : f32[] @ models/lib/nn.yaml:79:7
%8131 = broadcast %8130 : f32[16,16] @ models/lib/nn.yaml:79:7
%8132 = mul %8129, %8131 : f32[16,16] @ models/lib/nn.yaml:79:7
%8133 = sub %8108, %8132 : f32[16,16] @ models/lib/nn.yaml:79:7
%8134 = assign %41, %8133 : f32[16,16] @ models/lib/nn.yaml:79:7
%8135 = assign %8104, %8111 : f32[16,16] @ models/lib/nn.yaml:79:7
%8136 = assign %8105, %8115 : f32[16,16] @ models/lib/nn.yaml:79:7
%8137 = assign %8106, %8107 : i64[] @ models/lib/nn.yaml:79:7
%8138 = mul %119, %6735 : f32[16,16] @ models/lib/nn.yaml:79:7
%8139 = mul %8133, %6737 : f32[16,16] @ models/lib/nn.yaml:79:7
%8140 = add %8138, %8139 : f32[16,16] @ models/lib/nn.yaml:79:7
%8141 = assign %119, %8140 : f32[16,16] @ models/lib/nn.yaml:79:7
%8142 = all_reduce_sum %5711 : f32[16] @ models/lib/nn.yaml:80:7
%8143 = mul %8142, %8142 : f32[16] @ models/lib/nn.yaml:80:7
%8144 = reduce_sum %8143 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8145 = sqrt %8144 : f32[] @ models/lib/nn.yaml:80:7
%8146 = cast %8145 : f64[] @ models/lib/nn.yaml:80:7
%8147 = add %8146, %6279 : f64[] @ models/lib/nn.yaml:80:7
%8148 = div %6281, %8147 : f64[] @ models/lib/nn.yaml:80:7
%8149 = lt %8148, %6283 : bool[] @ models/lib/nn.yaml:80:7
%8150 = cast %8148 : f32[] @ models/lib/nn.yaml:80:7
%8151 = broadcast %8150 : f32[16] @ models/lib/nn.yaml:80:7
%8152 = mul %8142, %8151 : f32[16] @ models/lib/nn.yaml:80:7
%8153 = broadcast %8149 : bool[16] @ models/lib/nn.yaml:80:7
%8154 = select %8153, %8152, %8142 : f32[16] @ models/lib/nn.yaml:80:7
%8155 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8156 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8157 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8158 = add %8157, %6293 : i64[] @ models/lib/nn.yaml:80:7
%8159 = mul %8154, %6424 : f32[16] @ models/lib/nn.yaml:80:7
%8160 = mul %8155, %6426 : f32[16] @ models/lib/nn.yaml:80:7
%8161 = add %8160, %8159 : f32[16] @ models/lib/nn.yaml:80:7
%8162 = mul %8154, %8154 : f32[16] @ models/lib/nn.yaml:80:7
%8163 = mul %8162, %6430 : f32[16] @ models/lib/nn.yaml:80:7
%8164 = mul %8156, %6432 : f32[16] @ models/lib/nn.yaml:80:7
%8165 = add %8164, %8163 : f32[16] @ models/lib/nn.yaml:80:7
%8166 = cast %8158 : f64[] @ models/lib/nn.yaml:80:7
%8167 = pow %6302, %8166 : f64[] @ models/lib/nn.yaml:80:7
%8168 = sub %6283, %8167 : f64[] @ models/lib/nn.yaml:80:7
%8169 = div %3879, %8168 : f64[] @ models/lib/nn.yaml:80:7
%8170 = pow %6310, %8166 : f64[] @ models/lib/nn.yaml:80:7
%8171 = sub %6283, %8170 : f64[] @ models/lib/nn.yaml:80:7
%8172 = sqrt %8171 : f64[] @ models/lib/nn.yaml:80:7
%8173 = div %6283, %8172 : f64[] @ models/lib/nn.yaml:80:7
%8174 = sqrt %8165 : f32[16] @ models/lib/nn.yaml:80:7
%8175 = cast %8173 : f32[] @ models/lib/nn.yaml:80:7
%8176 = broadcast %8175 : f32[16] @ models/lib/nn.yaml:80:7
%8177 = mul %8174, %8176 : f32[16] @ models/lib/nn.yaml:80:7
%8178 = add %8177, %6447 : f32[16] @ models/lib/nn.yaml:80:7
%8179 = div %8161, %8178 : f32[16] @ models/lib/nn.yaml:80:7
%8180 = cast %8169 : f32[] @ models/lib/nn.yaml:80:7
%8181 = broadcast %8180 : f32[16] @ models/lib/nn.yaml:80:7
%8182 = mul %8179, %8181 : f32[16] @ models/lib/nn.yaml:80:7
%8183 = sub %42, %8182 : f32[16] @ models/lib/nn.yaml:80:7
%8184 = assign %42, %8183 : f32[16] @ models/lib/nn.yaml:80:7
%8185 = assign %8155, %8161 : f32[16] @ models/lib/nn.yaml:80:7
%8186 = assign %8156, %8165 : f32[16] @ models/lib/nn.yaml:80:7
%8187 = assign %8157, %8158 : i64[] @ models/lib/nn.yaml:80:7
%8188 = mul %120, %6458 : f32[16] @ models/lib/nn.yaml:80:7
%8189 = mul %8183, %6460 : f32[16] @ models/lib/nn.yaml:80:7
%8190 = add %8188, %8189 : f32[16] @ models/lib/nn.yaml:80:7
%8191 = assign %120, %8190 : f32[16] @ models/lib/nn.yaml:80:7
%8192 = all_reduce_sum %5624 : f32[16,16] @ models/lib/nn.yaml:79:7
%8193 = reshape %8192 : f32[256] @ models/lib/nn.yaml:79:7
%8194 = mul %8193, %8193 : f32[256] @ models/lib/nn.yaml:79:7
%8195 = reduce_sum %8194 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8196 = sqrt %8195 : f32[] @ models/lib/nn.yaml:79:7
%8197 = cast %8196 : f64[] @ models/lib/nn.yaml:79:7
%8198 = add %8197, %6279 : f64[] @ models/lib/nn.yaml:79:7
%8199 = div %6281, %8198 : f64[] @ models/lib/nn.yaml:79:7
%8200 = lt %8199, %6283 : bool[] @ models/lib/nn.yaml:79:7
%8201 = cast %8199 : f32[] @ models/lib/nn.yaml:79:7
%8202 = broadcast %8201 : f32[16,16] @ models/lib/nn.yaml:79:7
%8203 = mul %8192, %8202 : f32[16,16] @ models/lib/nn.yaml:79:7
%8204 = broadcast %8200 : bool[16,16] @ models/lib/nn.yaml:79:7
%8205 = select %8204, %8203, %8192 : f32[16,16] @ models/lib/nn.yaml:79:7
%8206 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8207 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8208 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8209 = add %8208, %6293 : i64[] @ models/lib/nn.yaml:79:7
%8210 = mul %43, %6699 : f32[16,16] @ models/lib/nn.yaml:79:7
%8211 = mul %8205, %6701 : f32[16,16] @ models/lib/nn.yaml:79:7
%8212 = mul %8206, %6703 : f32[16,16] @ models/lib/nn.yaml:79:7
%8213 = add %8212, %8211 : f32[16,16] @ models/lib/nn.yaml:79:7
%8214 = mul %8205, %8205 : f32[16,16] @ models/lib/nn.yaml:79:7
%8215 = mul %8214, %6707 : f32[16,16] @ models/lib/nn.yaml:79:7
%8216 = mul %8207, %6709 : f32[16,16] @ models/lib/nn.yaml:79:7
%8217 = add %8216, %8215 : f32[16,16] @ models/lib/nn.yaml:79:7
%8218 = cast %8209 : f64[] @ models/lib/nn.yaml:79:7
%8219 = pow %6302, %8218 : f64[] @ models/lib/nn.yaml:79:7
%8220 = sub %6283, %8219 : f64[] @ models/lib/nn.yaml:79:7
%8221 = div %3879, %8220 : f64[] @ models/lib/nn.yaml:79:7
%8222 = pow %6310, %8218 : f64[] @ models/lib/nn.yaml:79:7
%8223 = sub %6283, %8222 : f64[] @ models/lib/nn.yaml:79:7
%8224 = sqrt %8223 : f64[] @ models/lib/nn.yaml:79:7
%8225 = div %6283, %8224 : f64[] @ models/lib/nn.yaml:79:7
%8226 = sqrt %8217 : f32[16,16] @ models/lib/nn.yaml:79:7
%8227 = cast %8225 : f32[] @ models/lib/nn.yaml:79:7
%8228 = broadcast %8227 : f32[16,16] @ models/lib/nn.yaml:79:7
%8229 = mul %8226, %8228 : f32[16,16] @ models/lib/nn.yaml:79:7
%8230 = add %8229, %6724 : f32[16,16] @ models/lib/nn.yaml:79:7
%8231 = div %8213, %8230 : f32[16,16] @ models/lib/nn.yaml:79:7
%8232 = cast %8221 : f32[] @ models/lib/nn.yaml:79:7
%8233 = broadcast %8232 : f32[16,16] @ models/lib/nn.yaml:79:7
%8234 = mul %8231, %8233 : f32[16,16] @ models/lib/nn.yaml:79:7
%8235 = sub %8210, %8234 : f32[16,16] @ models/lib/nn.yaml:79:7
%8236 = assign %43, %8235 : f32[16,16] @ models/lib/nn.yaml:79:7
%8237 = assign %8206, %8213 : f32[16,16] @ models/lib/nn.yaml:79:7
%8238 = assign %8207, %8217 : f32[16,16] @ models/lib/nn.yaml:79:7
%8239 = assign %8208, %8209 : i64[] @ models/lib/nn.yaml:79:7
%8240 = mul %121, %6735 : f32[16,16] @ models/lib/nn.yaml:79:7
%8241 = mul %8235, %6737 : f32[16,16] @ models/lib/nn.yaml:79:7
%8242 = add %8240, %8241 : f32[16,16] @ models/lib/nn.yaml:79:7
%8243 = assign %121, %8242 : f32[16,16] @ models/lib/nn.yaml:79:7
%8244 = all_reduce_sum %5616 : f32[16] @ models/lib/nn.yaml:80:7
%8245 = mul %8244, %8244 : f32[16] @ models/lib/nn.yaml:80:7
%8246 = reduce_sum %8245 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8247 = sqrt %8246 : f32[] @ models/lib/nn.yaml:80:7
%8248 = cast %8247 : f64[] @ models/lib/nn.yaml:80:7
%8249 = add %8248, %6279 : f64[] @ models/lib/nn.yaml:80:7
%8250 = div %6281, %8249 : f64[] @ models/lib/nn.yaml:80:7
%8251 = lt %8250, %6283 : bool[] @ models/lib/nn.yaml:80:7
%8252 = cast %8250 : f32[] @ models/lib/nn.yaml:80:7
%8253 = broadcast %8252 : f32[16] @ models/lib/nn.yaml:80:7
%8254 = mul %8244, %8253 : f32[16] @ models/lib/nn.yaml:80:7
%8255 = broadcast %8251 : bool[16] @ models/lib/nn.yaml:80:7
%8256 = select %8255, %8254, %8244 : f32[16] @ models/lib/nn.yaml:80:7
%8257 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8258 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8259 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8260 = add %8259, %6293 : i64[] @ models/lib/nn.yaml:80:7
%8261 = mul %8256, %6424 : f32[16] @ models/lib/nn.yaml:80:7
%8262 = mul %8257, %6426 : f32[16] @ models/lib/nn.yaml:80:7
%8263 = add %8262, %8261 : f32[16] @ models/lib/nn.yaml:80:7
%8264 = mul %8256, %8256 : f32[16] @ models/lib/nn.yaml:80:7
%8265 = mul %8264, %6430 : f32[16] @ models/lib/nn.yaml:80:7
%8266 = mul %8258, %6432 : f32[16] @ models/lib/nn.yaml:80:7
%8267 = add %8266, %8265 : f32[16] @ models/lib/nn.yaml:80:7
%8268 = cast %8260 : f64[] @ models/lib/nn.yaml:80:7
%8269 = pow %6302, %8268 : f64[] @ models/lib/nn.yaml:80:7
%8270 = sub %6283, %8269 : f64[] @ models/lib/nn.yaml:80:7
%8271 = div %3879, %8270 : f64[] @ models/lib/nn.yaml:80:7
%8272 = pow %6310, %8268 : f64[] @ models/lib/nn.yaml:80:7
%8273 = sub %6283, %8272 : f64[] @ models/lib/nn.yaml:80:7
%8274 = sqrt %8273 : f64[] @ models/lib/nn.yaml:80:7
%8275 = div %6283, %8274 : f64[] @ models/lib/nn.yaml:80:7
%8276 = sqrt %8267 : f32[16] @ models/lib/nn.yaml:80:7
%8277 = cast %8275 : f32[] @ models/lib/nn.yaml:80:7
%8278 = broadcast %8277 : f32[16] @ models/lib/nn.yaml:80:7
%8279 = mul %8276, %8278 : f32[16] @ models/lib/nn.yaml:80:7
%8280 = add %8279, %6447 : f32[16] @ models/lib/nn.yaml:80:7
%8281 = div %8263, %8280 : f32[16] @ models/lib/nn.yaml:80:7
%8282 = cast %8271 : f32[] @ models/lib/nn.yaml:80:7
%8283 = broadcast %8282 : f32[16] @ models/lib/nn.yaml:80:7
%8284 = mul %8281, %8283 : f32[16] @ models/lib/nn.yaml:80:7
%8285 = sub %44, %8284 : f32[16] @ models/lib/nn.yaml:80:7
%8286 = assign %44, %8285 : f32[16] @ models/lib/nn.yaml:80:7
%8287 = assign %8257, %8263 : f32[16] @ models/lib/nn.yaml:80:7
%8288 = assign %8258, %8267 : f32[16] @ models/lib/nn.yaml:80:7
%8289 = assign %8259, %8260 : i64[] @ models/lib/nn.yaml:80:7
%8290 = mul %122, %6458 : f32[16] @ models/lib/nn.yaml:80:7
%8291 = mul %8285, %6460 : f32[16] @ models/lib/nn.yaml:80:7
%8292 = add %8290, %8291 : f32[16] @ models/lib/nn.yaml:80:7
%8293 = assign %122, %8292 : f32[16] @ models/lib/nn.yaml:80:7
%8294 = all_reduce_sum %5595 : f32[16] @ models/lib/nn.yaml:89:7
%8295 = mul %8294, %8294 : f32[16] @ models/lib/nn.yaml:89:7
%8296 = reduce_sum %8295 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8297 = sqrt %8296 : f32[] @ models/lib/nn.yaml:89:7
%8298 = cast %8297 : f64[] @ models/lib/nn.yaml:89:7
%8299 = add %8298, %6279 : f64[] @ models/lib/nn.yaml:89:7
%8300 = div %6281, %8299 : f64[] @ models/lib/nn.yaml:89:7
%8301 = lt %8300, %6283 : bool[] @ models/lib/nn.yaml:89:7
%8302 = cast %8300 : f32[] @ models/lib/nn.yaml:89:7
%8303 = broadcast %8302 : f32[16] @ models/lib/nn.yaml:89:7
%8304 = mul %8294, %8303 : f32[16] @ models/lib/nn.yaml:89:7
%8305 = broadcast %8301 : bool[16] @ models/lib/nn.yaml:89:7
%8306 = select %8305, %8304, %8294 : f32[16] @ models/lib/nn.yaml:89:7
%8307 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8308 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8309 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8310 = add %8309, %6293 : i64[] @ models/lib/nn.yaml:89:7
%8311 = mul %8306, %6424 : f32[16] @ models/lib/nn.yaml:89:7
%8312 = mul %8307, %6426 : f32[16] @ models/lib/nn.yaml:89:7
%8313 = add %8312, %8311 : f32[16] @ models/lib/nn.yaml:89:7
%8314 = mul %8306, %8306 : f32[16] @ models/lib/nn.yaml:89:7
%8315 = mul %8314, %6430 : f32[16] @ models/lib/nn.yaml:89:7
%8316 = mul %8308, %6432 : f32[16] @ models/lib/nn.yaml:89:7
%8317 = add %8316, %8315 : f32[16] @ models/lib/nn.yaml:89:7
%8318 = cast %8310 : f64[] @ models/lib/nn.yaml:89:7
%8319 = pow %6302, %8318 : f64[] @ models/lib/nn.yaml:89:7
%8320 = sub %6283, %8319 : f64[] @ models/lib/nn.yaml:89:7
%8321 = div %3879, %8320 : f64[] @ models/lib/nn.yaml:89:7
%8322 = pow %6310, %8318 : f64[] @ models/lib/nn.yaml:89:7
%8323 = sub %6283, %8322 : f64[] @ models/lib/nn.yaml:89:7
%8324 = sqrt %8323 : f64[] @ models/lib/nn.yaml:89:7
%8325 = div %6283, %8324 : f64[] @ models/lib/nn.yaml:89:7
%8326 = sqrt %8317 : f32[16] @ models/lib/nn.yaml:89:7
%8327 = cast %8325 : f32[] @ models/lib/nn.yaml:89:7
%8328 = broadcast %8327 : f32[16] @ models/lib/nn.yaml:89:7
%8329 = mul %8326, %8328 : f32[16] @ models/lib/nn.yaml:89:7
%8330 = add %8329, %6447 : f32[16] @ models/lib/nn.yaml:89:7
%8331 = div %8313, %8330 : f32[16] @ models/lib/nn.yaml:89:7
%8332 = cast %8321 : f32[] @ models/lib/nn.yaml:89:7
%8333 = broadcast %8332 : f32[16] @ models/lib/nn.yaml:89:7
%8334 = mul %8331, %8333 : f32[16] @ models/lib/nn.yaml:89:7
%8335 = sub %45, %8334 : f32[16] @ models/lib/nn.yaml:89:7
%8336 = assign %45, %8335 : f32[16] @ models/lib/nn.yaml:89:7
%8337 = assign %8307, %8313 : f32[16] @ models/lib/nn.yaml:89:7
%8338 = assign %8308, %8317 : f32[16] @ models/lib/nn.yaml:89:7
%8339 = assign %8309, %8310 : i64[] @ models/lib/nn.yaml:89:7
%8340 = mul %123, %6458 : f32[16] @ models/lib/nn.yaml:89:7
%8341 = mul %8335, %6460 : f32[16] @ models/lib/nn.yaml:89:7
%8342 = add %8340, %8341 : f32[16] @ models/lib/nn.yaml:89:7
%8343 = assign %123, %8342 : f32[16] @ models/lib/nn.yaml:89:7
%8344 = all_reduce_sum %5588 : f32[16] @ models/lib/nn.yaml:90:7
%8345 = mul %8344, %8344 : f32[16] @ models/lib/nn.yaml:90:7
%8346 = reduce_sum %8345 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8347 = sqrt %8346 : f32[] @ models/lib/nn.yaml:90:7
%8348 = cast %8347 : f64[] @ models/lib/nn.yaml:90:7
%8349 = add %8348, %6279 : f64[] @ models/lib/nn.yaml:90:7
%8350 = div %6281, %8349 : f64[] @ models/lib/nn.yaml:90:7
%8351 = lt %8350, %6283 : bool[] @ models/lib/nn.yaml:90:7
%8352 = cast %8350 : f32[] @ models/lib/nn.yaml:90:7
%8353 = broadcast %8352 : f32[16] @ models/lib/nn.yaml:90:7
%8354 = mul %8344, %8353 : f32[16] @ models/lib/nn.yaml:90:7
%8355 = broadcast %8351 : bool[16] @ models/lib/nn.yaml:90:7
%8356 = select %8355, %8354, %8344 : f32[16] @ models/lib/nn.yaml:90:7
%8357 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8358 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8359 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8360 = add %8359, %6293 : i64[] @ models/lib/nn.yaml:90:7
%8361 = mul %8356, %6424 : f32[16] @ models/lib/nn.yaml:90:7
%8362 = mul %8357, %6426 : f32[16] @ models/lib/nn.yaml:90:7
%8363 = add %8362, %8361 : f32[16] @ models/lib/nn.yaml:90:7
%8364 = mul %8356, %8356 : f32[16] @ models/lib/nn.yaml:90:7
%8365 = mul %8364, %6430 : f32[16] @ models/lib/nn.yaml:90:7
%8366 = mul %8358, %6432 : f32[16] @ models/lib/nn.yaml:90:7
%8367 = add %8366, %8365 : f32[16] @ models/lib/nn.yaml:90:7
%8368 = cast %8360 : f64[] @ models/lib/nn.yaml:90:7
%8369 = pow %6302, %8368 : f64[] @ models/lib/nn.yaml:90:7
%8370 = sub %6283, %8369 : f64[] @ models/lib/nn.yaml:90:7
%8371 = div %3879, %8370 : f64[] @ models/lib/nn.yaml:90:7
%8372 = pow %6310, %8368 : f64[] @ models/lib/nn.yaml:90:7
%8373 = sub %6283, %8372 : f64[] @ models/lib/nn.yaml:90:7
%8374 = sqrt %8373 : f64[] @ models/lib/nn.yaml:90:7
%8375 = div %6283, %8374 : f64[] @ models/lib/nn.yaml:90:7
%8376 = sqrt %8367 : f32[16] @ models/lib/nn.yaml:90:7
%8377 = cast %8375 : f32[] @ models/lib/nn.yaml:90:7
%8378 = broadcast %8377 : f32[16] @ models/lib/nn.yaml:90:7
%8379 = mul %8376, %8378 : f32[16] @ models/lib/nn.yaml:90:7
%8380 = add %8379, %6447 : f32[16] @ models/lib/nn.yaml:90:7
%8381 = div %8363, %8380 : f32[16] @ models/lib/nn.yaml:90:7
%8382 = cast %8371 : f32[] @ models/lib/nn.yaml:90:7
%8383 = broadcast %8382 : f32[16] @ models/lib/nn.yaml:90:7
%8384 = mul %8381, %8383 : f32[16] @ models/lib/nn.yaml:90:7
%8385 = sub %46, %8384 : f32[16] @ models/lib/nn.yaml:90:7
%8386 = assign %46, %8385 : f32[16] @ models/lib/nn.yaml:90:7
%8387 = assign %8357, %8363 : f32[16] @ models/lib/nn.yaml:90:7
%8388 = assign %8358, %8367 : f32[16] @ models/lib/nn.yaml:90:7
%8389 = assign %8359, %8360 : i64[] @ models/lib/nn.yaml:90:7
%8390 = mul %124, %6458 : f32[16] @ models/lib/nn.yaml:90:7
%8391 = mul %8385, %6460 : f32[16] @ models/lib/nn.yaml:90:7
%8392 = add %8390, %8391 : f32[16] @ models/lib/nn.yaml:90:7
%8393 = assign %124, %8392 : f32[16] @ models/lib/nn.yaml:90:7
%8394 = all_reduce_sum %5584 : f32[64,16] @ models/lib/nn.yaml:79:7
%8395 = reshape %8394 : f32[1024] @ models/lib/nn.yaml:79:7
%8396 = mul %8395, %8395 : f32[1024] @ models/lib/nn.yaml:79:7
%8397 = reduce_sum %8396 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8398 = sqrt %8397 : f32[] @ models/lib/nn.yaml:79:7
%8399 = cast %8398 : f64[] @ models/lib/nn.yaml:79:7
%8400 = add %8399, %6279 : f64[] @ models/lib/nn.yaml:79:7
%8401 = div %6281, %8400 : f64[] @ models/lib/nn.yaml:79:7
%8402 = lt %8401, %6283 : bool[] @ models/lib/nn.yaml:79:7
%8403 = cast %8401 : f32[] @ models/lib/nn.yaml:79:7
%8404 = broadcast %8403 : f32[64,16] @ models/lib/nn.yaml:79:7
%8405 = mul %8394, %8404 : f32[64,16] @ models/lib/nn.yaml:79:7
%8406 = broadcast %8402 : bool[64,16] @ models/lib/nn.yaml:79:7
%8407 = select %8406, %8405, %8394 : f32[64,16] @ models/lib/nn.yaml:79:7
%8408 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8409 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8410 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8411 = add %8410, %6293 : i64[] @ models/lib/nn.yaml:79:7
%8412 = mul %47, %6909 : f32[64,16] @ models/lib/nn.yaml:79:7
%8413 = mul %8407, %6911 : f32[64,16] @ models/lib/nn.yaml:79:7
%8414 = mul %8408, %6913 : f32[64,16] @ models/lib/nn.yaml:79:7
%8415 = add %8414, %8413 : f32[64,16] @ models/lib/nn.yaml:79:7
%8416 = mul %8407, %8407 : f32[64,16] @ models/lib/nn.yaml:79:7
%8417 = mul %8416, %6917 : f32[64,16] @ models/lib/nn.yaml:79:7
%8418 = mul %8409, %6919 : f32[64,16] @ models/lib/nn.yaml:79:7
%8419 = add %8418, %8417 : f32[64,16] @ models/lib/nn.yaml:79:7
%8420 = cast %8411 : f64[] @ models/lib/nn.yaml:79:7
%8421 = pow %6302, %8420 : f64[] @ models/lib/nn.yaml:79:7
%8422 = sub %6283, %8421 : f64[] @ models/lib/nn.yaml:79:7
%8423 = div %3879, %8422 : f64[] @ models/lib/nn.yaml:79:7
%8424 = pow %6310, %8420 : f64[] @ models/lib/nn.yaml:79:7
%8425 = sub %6283, %8424 : f64[] @ models/lib/nn.yaml:79:7
%8426 = sqrt %8425 : f64[] @ models/lib/nn.yaml:79:7
%8427 = div %6283, %8426 : f64[] @ models/lib/nn.yaml:79:7
%8428 = sqrt %8419 : f32[64,16] @ models/lib/nn.yaml:79:7
%8429 = cast %8427 : f32[] @ models/lib/nn.yaml:79:7
%8430 = broadcast %8429 : f32[64,16] @ models/lib/nn.yaml:79:7
%8431 = mul %8428, %8430 : f32[64,16] @ models/lib/nn.yaml:79:7
%8432 = add %8431, %6934 : f32[64,16] @ models/lib/nn.yaml:79:7
%8433 = div %8415, %8432 : f32[64,16] @ models/lib/nn.yaml:79:7
%8434 = cast %8423 : f32[] @ models/lib/nn.yaml:79:7
%8435 = broadcast %8434 : f32[64,16] @ models/lib/nn.yaml:79:7
%8436 = mul %8433, %8435 : f32[64,16] @ models/lib/nn.yaml:79:7
%8437 = sub %8412, %8436 : f32[64,16] @ models/lib/nn.yaml:79:7
%8438 = assign %47, %8437 : f32[64,16] @ models/lib/nn.yaml:79:7
%8439 = assign %8408, %8415 : f32[64,16] @ models/lib/nn.yaml:79:7
%8440 = assign %8409, %8419 : f32[64,16] @ models/lib/nn.yaml:79:7
%8441 = assign %8410, %8411 : i64[] @ models/lib/nn.yaml:79:7
%8442 = mul %125, %6945 : f32[64,16] @ models/lib/nn.yaml:79:7
%8443 = mul %8437, %6947 : f32[64,16] @ models/lib/nn.yaml:79:7
%8444 = add %8442, %8443 : f32[64,16] @ models/lib/nn.yaml:79:7
%8445 = assign %125, %8444 : f32[64,16] @ models/lib/nn.yaml:79:7
%8446 = all_reduce_sum %5576 : f32[64] @ models/lib/nn.yaml:80:7
%8447 = mul %8446, %8446 : f32[64] @ models/lib/nn.yaml:80:7
%8448 = reduce_sum %8447 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8449 = sqrt %8448 : f32[] @ models/lib/nn.yaml:80:7
%8450 = cast %8449 : f64[] @ models/lib/nn.yaml:80:7
%8451 = add %8450, %6279 : f64[] @ models/lib/nn.yaml:80:7
%8452 = div %6281, %8451 : f64[] @ models/lib/nn.yaml:80:7
%8453 = lt %8452, %6283 : bool[] @ models/lib/nn.yaml:80:7
%8454 = cast %8452 : f32[] @ models/lib/nn.yaml:80:7
%8455 = broadcast %8454 : f32[64] @ models/lib/nn.yaml:80:7
%8456 = mul %8446, %8455 : f32[64] @ models/lib/nn.yaml:80:7
%8457 = broadcast %8453 : bool[64] @ models/lib/nn.yaml:80:7
%8458 = select %8457, %8456, %8446 : f32[64] @ models/lib/nn.yaml:80:7
%8459 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8460 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8461 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8462 = add %8461, %6293 : i64[] @ models/lib/nn.yaml:80:7
%8463 = mul %8458, %6968 : f32[64] @ models/lib/nn.yaml:80:7
%8464 = mul %8459, %6970 : f32[64] @ models/lib/nn.yaml:80:7
%8465 = add %8464, %8463 : f32[64] @ models/lib/nn.yaml:80:7
%8466 = mul %8458, %8458 : f32[64] @ models/lib/nn.yaml:80:7
%8467 = mul %8466, %6974 : f32[64] @ models/lib/nn.yaml:80:7
%8468 = mul %8460, %6976 : f32[64] @ models/lib/nn.yaml:80:7
%8469 = add %8468, %8467 : f32[64] @ models/lib/nn.yaml:80:7
%8470 = cast %8462 : f64[] @ models/lib/nn.yaml:80:7
%8471 = pow %6302, %8470 : f64[] @ models/lib/nn.yaml:80:7
%8472 = sub %6283, %8471 : f64[] @ models/lib/nn.yaml:80:7
%8473 = div %3879, %8472 : f64[] @ models/lib/nn.yaml:80:7
%8474 = pow %6310, %8470 : f64[] @ models/lib/nn.yaml:80:7
%8475 = sub %6283, %8474 : f64[] @ models/lib/nn.yaml:80:7
%8476 = sqrt %8475 : f64[] @ models/lib/nn.yaml:80:7
%8477 = div %6283, %8476 : f64[] @ models/lib/nn.yaml:80:7
%8478 = sqrt %8469 : f32[64] @ models/lib/nn.yaml:80:7
%8479 = cast %8477 : f32[] @ models/lib/nn.yaml:80:7
%8480 = broadcast %8479 : f32[64] @ models/lib/nn.yaml:80:7
%8481 = mul %8478, %8480 : f32[64] @ models/lib/nn.yaml:80:7
%8482 = add %8481, %6991 : f32[64] @ models/lib/nn.yaml:80:7
%8483 = div %8465, %8482 : f32[64] @ models/lib/nn.yaml:80:7
%8484 = cast %8473 : f32[] @ models/lib/nn.yaml:80:7
%8485 = broadcast %8484 : f32[64] @ models/lib/nn.yaml:80:7
%8486 = mul %8483, %8485 : f32[64] @ models/lib/nn.yaml:80:7
%8487 = sub %48, %8486 : f32[64] @ models/lib/nn.yaml:80:7
%8488 = assign %48, %8487 : f32[64] @ models/lib/nn.yaml:80:7
%8489 = assign %8459, %8465 : f32[64] @ models/lib/nn.yaml:80:7
%8490 = assign %8460, %8469 : f32[64] @ models/lib/nn.yaml:80:7
%8491 = assign %8461, %8462 : i64[] @ models/lib/nn.yaml:80:7
%8492 = mul %126, %7002 : f32[64] @ models/lib/nn.yaml:80:7
%8493 = mul %8487, %7004 : f32[64] @ models/lib/nn.yaml:80:7
%8494 = add %8492, %8493 : f32[64] @ models/lib/nn.yaml:80:7
%8495 = assign %126, %8494 : f32[64] @ models/lib/nn.yaml:80:7
%8496 = all_reduce_sum %5558 : f32[16,64] @ models/lib/nn.yaml:79:7
%8497 = reshape %8496 : f32[1024] @ models/lib/nn.yaml:79:7
%8498 = mul %8497, %8497 : f32[1024] @ models/lib/nn.yaml:79:7
%8499 = reduce_sum %8498 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8500 = sqrt %8499 : f32[] @ models/lib/nn.yaml:79:7
%8501 = cast %8500 : f64[] @ models/lib/nn.yaml:79:7
%8502 = add %8501, %6279 : f64[] @ models/lib/nn.yaml:79:7
%8503 = div %6281, %8502 : f64[] @ models/lib/nn.yaml:79:7
%8504 = lt %8503, %6283 : bool[] @ models/lib/nn.yaml:79:7
%8505 = cast %8503 : f32[] @ models/lib/nn.yaml:79:7
%8506 = broadcast %8505 : f32[16,64] @ models/lib/nn.yaml:79:7
%8507 = mul %8496, %8506 : f32[16,64] @ models/lib/nn.yaml:79:7
%8508 = broadcast %8504 : bool[16,64] @ models/lib/nn.yaml:79:7
%8509 = select %8508, %8507, %8496 : f32[16,64] @ models/lib/nn.yaml:79:7
%8510 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8511 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8512 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8513 = add %8512, %6293 : i64[] @ models/lib/nn.yaml:79:7
%8514 = mul %49, %7026 : f32[16,64] @ models/lib/nn.yaml:79:7
%8515 = mul %8509, %7028 : f32[16,64] @ models/lib/nn.yaml:79:7
%8516 = mul %8510, %7030 : f32[16,64] @ models/lib/nn.yaml:79:7
%8517 = add %8516, %8515 : f32[16,64] @ models/lib/nn.yaml:79:7
%8518 = mul %8509, %8509 : f32[16,64] @ models/lib/nn.yaml:79:7
%8519 = mul %8518, %7034 : f32[16,64] @ models/lib/nn.yaml:79:7
%8520 = mul %8511, %7036 : f32[16,64] @ models/lib/nn.yaml:79:7
%8521 = add %8520, %8519 : f32[16,64] @ models/lib/nn.yaml:79:7
%8522 = cast %8513 : f64[] @ models/lib/nn.yaml:79:7
%8523 = pow %6302, %8522 : f64[] @ models/lib/nn.yaml:79:7
%8524 = sub %6283, %8523 : f64[] @ models/lib/nn.yaml:79:7
%8525 = div %3879, %8524 : f64[] @ models/lib/nn.yaml:79:7
%8526 = pow %6310, %8522 : f64[] @ models/lib/nn.yaml:79:7
%8527 = sub %6283, %8526 : f64[] @ models/lib/nn.yaml:79:7
%8528 = sqrt %8527 : f64[] @ models/lib/nn.yaml:79:7
%8529 = div %6283, %8528 : f64[] @ models/lib/nn.yaml:79:7
%8530 = sqrt %8521 : f32[16,64] @ models/lib/nn.yaml:79:7
%8531 = cast %8529 : f32[] @ models/lib/nn.yaml:79:7
%8532 = broadcast %8531 : f32[16,64] @ models/lib/nn.yaml:79:7
%8533 = mul %8530, %8532 : f32[16,64] @ models/lib/nn.yaml:79:7
%8534 = add %8533, %7051 : f32[16,64] @ models/lib/nn.yaml:79:7
%8535 = div %8517, %8534 : f32[16,64] @ models/lib/nn.yaml:79:7
%8536 = cast %8525 : f32[] @ models/lib/nn.yaml:79:7
%8537 = broadcast %8536 : f32[16,64] @ models/lib/nn.yaml:79:7
%8538 = mul %8535, %8537 : f32[16,64] @ models/lib/nn.yaml:79:7
%8539 = sub %8514, %8538 : f32[16,64] @ models/lib/nn.yaml:79:7
%8540 = assign %49, %8539 : f32[16,64] @ models/lib/nn.yaml:79:7
%8541 = assign %8510, %8517 : f32[16,64] @ models/lib/nn.yaml:79:7
%8542 = assign %8511, %8521 : f32[16,64] @ models/lib/nn.yaml:79:7
%8543 = assign %8512, %8513 : i64[] @ models/lib/nn.yaml:79:7
%8544 = mul %127, %7062 : f32[16,64] @ models/lib/nn.yaml:79:7
%8545 = mul %8539, %7064 : f32[16,64] @ models/lib/nn.yaml:79:7
%8546 = add %8544, %8545 : f32[16,64] @ models/lib/nn.yaml:79:7
%8547 = assign %127, %8546 : f32[16,64] @ models/lib/nn.yaml:79:7
%8548 = all_reduce_sum %5550 : f32[16] @ models/lib/nn.yaml:80:7
%8549 = mul %8548, %8548 : f32[16] @ models/lib/nn.yaml:80:7
%8550 = reduce_sum %8549 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8551 = sqrt %8550 : f32[] @ models/lib/nn.yaml:80:7
%8552 = cast %8551 : f64[] @ models/lib/nn.yaml:80:7
%8553 = add %8552, %6279 : f64[] @ models/lib/nn.yaml:80:7
%8554 = div %6281, %8553 : f64[] @ models/lib/nn.yaml:80:7
%8555 = lt %8554, %6283 : bool[] @ models/lib/nn.yaml:80:7
%8556 = cast %8554 : f32[] @ models/lib/nn.yaml:80:7
%8557 = broadcast %8556 : f32[16] @ models/lib/nn.yaml:80:7
%8558 = mul %8548, %8557 : f32[16] @ models/lib/nn.yaml:80:7
%8559 = broadcast %8555 : bool[16] @ models/lib/nn.yaml:80:7
%8560 = select %8559, %8558, %8548 : f32[16] @ models/lib/nn.yaml:80:7
%8561 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8562 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8563 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8564 = add %8563, %6293 : i64[] @ models/lib/nn.yaml:80:7
%8565 = mul %8560, %6424 : f32[16] @ models/lib/nn.yaml:80:7
%8566 = mul %8561, %6426 : f32[16] @ models/lib/nn.yaml:80:7
%8567 = add %8566, %8565 : f32[16] @ models/lib/nn.yaml:80:7
%8568 = mul %8560, %8560 : f32[16] @ models/lib/nn.yaml:80:7
%8569 = mul %8568, %6430 : f32[16] @ models/lib/nn.yaml:80:7
%8570 = mul %8562, %6432 : f32[16] @ models/lib/nn.yaml:80:7
%8571 = add %8570, %8569 : f32[16] @ models/lib/nn.yaml:80:7
%8572 = cast %8564 : f64[] @ models/lib/nn.yaml:80:7
%8573 = pow %6302, %8572 : f64[] @ models/lib/nn.yaml:80:7
%8574 = sub %6283, %8573 : f64[] @ models/lib/nn.yaml:80:7
%8575 = div %3879, %8574 : f64[] @ models/lib/nn.yaml:80:7
%8576 = pow %6310, %8572 : f64[] @ models/lib/nn.yaml:80:7
%8577 = sub %6283, %8576 : f64[] @ models/lib/nn.yaml:80:7
%8578 = sqrt %8577 : f64[] @ models/lib/nn.yaml:80:7
%8579 = div %6283, %8578 : f64[] @ models/lib/nn.yaml:80:7
%8580 = sqrt %8571 : f32[16] @ models/lib/nn.yaml:80:7
%8581 = cast %8579 : f32[] @ models/lib/nn.yaml:80:7
%8582 = broadcast %8581 : f32[16] @ models/lib/nn.yaml:80:7
%8583 = mul %8580, %8582 : f32[16] @ models/lib/nn.yaml:80:7
%8584 = add %8583, %6447 : f32[16] @ models/lib/nn.yaml:80:7
%8585 = div %8567, %8584 : f32[16] @ models/lib/nn.yaml:80:7
%8586 = cast %8575 : f32[] @ models/lib/nn.yaml:80:7
%8587 = broadcast %8586 : f32[16] @ models/lib/nn.yaml:80:7
%8588 = mul %8585, %8587 : f32[16] @ models/lib/nn.yaml:80:7
%8589 = sub %50, %8588 : f32[16] @ models/lib/nn.yaml:80:7
%8590 = assign %50, %8589 : f32[16] @ models/lib/nn.yaml:80:7
%8591 = assign %8561, %8567 : f32[16] @ models/lib/nn.yaml:80:7
%8592 = assign %8562, %8571 : f32[16] @ models/lib/nn.yaml:80:7
%8593 = assign %8563, %8564 : i64[] @ models/lib/nn.yaml:80:7
%8594 = mul %128, %6458 : f32[16] @ models/lib/nn.yaml:80:7
%8595 = mul %8589, %6460 : f32[16] @ models/lib/nn.yaml:80:7
%8596 = add %8594, %8595 : f32[16] @ models/lib/nn.yaml:80:7
%8597 = assign %128, %8596 : f32[16] @ models/lib/nn.yaml:80:7
%8598 = all_reduce_sum %5526 : f32[16] @ models/lib/nn.yaml:89:7
%8599 = mul %8598, %8598 : f32[16] @ models/lib/nn.yaml:89:7
%8600 = reduce_sum %8599 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8601 = sqrt %8600 : f32[] @ models/lib/nn.yaml:89:7
%8602 = cast %8601 : f64[] @ models/lib/nn.yaml:89:7
%8603 = add %8602, %6279 : f64[] @ models/lib/nn.yaml:89:7
%8604 = div %6281, %8603 : f64[] @ models/lib/nn.yaml:89:7
%8605 = lt %8604, %6283 : bool[] @ models/lib/nn.yaml:89:7
%8606 = cast %8604 : f32[] @ models/lib/nn.yaml:89:7
%8607 = broadcast %8606 : f32[16] @ models/lib/nn.yaml:89:7
%8608 = mul %8598, %8607 : f32[16] @ models/lib/nn.yaml:89:7
%8609 = broadcast %8605 : bool[16] @ models/lib/nn.yaml:89:7
%8610 = select %8609, %8608, %8598 : f32[16] @ models/lib/nn.yaml:89:7
%8611 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8612 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8613 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8614 = add %8613, %6293 : i64[] @ models/lib/nn.yaml:89:7
%8615 = mul %8610, %6424 : f32[16] @ models/lib/nn.yaml:89:7
%8616 = mul %8611, %6426 : f32[16] @ models/lib/nn.yaml:89:7
%8617 = add %8616, %8615 : f32[16] @ models/lib/nn.yaml:89:7
%8618 = mul %8610, %8610 : f32[16] @ models/lib/nn.yaml:89:7
%8619 = mul %8618, %6430 : f32[16] @ models/lib/nn.yaml:89:7
%8620 = mul %8612, %6432 : f32[16] @ models/lib/nn.yaml:89:7
%8621 = add %8620, %8619 : f32[16] @ models/lib/nn.yaml:89:7
%8622 = cast %8614 : f64[] @ models/lib/nn.yaml:89:7
%8623 = pow %6302, %8622 : f64[] @ models/lib/nn.yaml:89:7
%8624 = sub %6283, %8623 : f64[] @ models/lib/nn.yaml:89:7
%8625 = div %3879, %8624 : f64[] @ models/lib/nn.yaml:89:7
%8626 = pow %6310, %8622 : f64[] @ models/lib/nn.yaml:89:7
%8627 = sub %6283, %8626 : f64[] @ models/lib/nn.yaml:89:7
%8628 = sqrt %8627 : f64[] @ models/lib/nn.yaml:89:7
%8629 = div %6283, %8628 : f64[] @ models/lib/nn.yaml:89:7
%8630 = sqrt %8621 : f32[16] @ models/lib/nn.yaml:89:7
%8631 = cast %8629 : f32[] @ models/lib/nn.yaml:89:7
%8632 = broadcast %8631 : f32[16] @ models/lib/nn.yaml:89:7
%8633 = mul %8630, %8632 : f32[16] @ models/lib/nn.yaml:89:7
%8634 = add %8633, %6447 : f32[16] @ models/lib/nn.yaml:89:7
%8635 = div %8617, %8634 : f32[16] @ models/lib/nn.yaml:89:7
%8636 = cast %8625 : f32[] @ models/lib/nn.yaml:89:7
%8637 = broadcast %8636 : f32[16] @ models/lib/nn.yaml:89:7
%8638 = mul %8635, %8637 : f32[16] @ models/lib/nn.yaml:89:7
%8639 = sub %51, %8638 : f32[16] @ models/lib/nn.yaml:89:7
%8640 = assign %51, %8639 : f32[16] @ models/lib/nn.yaml:89:7
%8641 = assign %8611, %8617 : f32[16] @ models/lib/nn.yaml:89:7
%8642 = assign %8612, %8621 : f32[16] @ models/lib/nn.yaml:89:7
%8643 = assign %8613, %8614 : i64[] @ models/lib/nn.yaml:89:7
%8644 = mul %129, %6458 : f32[16] @ models/lib/nn.yaml:89:7
%8645 = mul %8639, %6460 : f32[16] @ models/lib/nn.yaml:89:7
%8646 = add %8644, %8645 : f32[16] @ models/lib/nn.yaml:89:7
%8647 = assign %129, %8646 : f32[16] @ models/lib/nn.yaml:89:7
%8648 = all_reduce_sum %5519 : f32[16] @ models/lib/nn.yaml:90:7
%8649 = mul %8648, %8648 : f32[16] @ models/lib/nn.yaml:90:7
%8650 = reduce_sum %8649 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8651 = sqrt %8650 : f32[] @ models/lib/nn.yaml:90:7
%8652 = cast %8651 : f64[] @ models/lib/nn.yaml:90:7
%8653 = add %8652, %6279 : f64[] @ models/lib/nn.yaml:90:7
%8654 = div %6281, %8653 : f64[] @ models/lib/nn.yaml:90:7
%8655 = lt %8654, %6283 : bool[] @ models/lib/nn.yaml:90:7
%8656 = cast %8654 : f32[] @ models/lib/nn.yaml:90:7
%8657 = broadcast %8656 : f32[16] @ models/lib/nn.yaml:90:7
%8658 = mul %8648, %8657 : f32[16] @ models/lib/nn.yaml:90:7
%8659 = broadcast %8655 : bool[16] @ models/lib/nn.yaml:90:7
%8660 = select %8659, %8658, %8648 : f32[16] @ models/lib/nn.yaml:90:7
%8661 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8662 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8663 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8664 = add %8663, %6293 : i64[] @ models/lib/nn.yaml:90:7
%8665 = mul %8660, %6424 : f32[16] @ models/lib/nn.yaml:90:7
%8666 = mul %8661, %6426 : f32[16] @ models/lib/nn.yaml:90:7
%8667 = add %8666, %8665 : f32[16] @ models/lib/nn.yaml:90:7
%8668 = mul %8660, %8660 : f32[16] @ models/lib/nn.yaml:90:7
%8669 = mul %8668, %6430 : f32[16] @ models/lib/nn.yaml:90:7
%8670 = mul %8662, %6432 : f32[16] @ models/lib/nn.yaml:90:7
%8671 = add %8670, %8669 : f32[16] @ models/lib/nn.yaml:90:7
%8672 = cast %8664 : f64[] @ models/lib/nn.yaml:90:7
%8673 = pow %6302, %8672 : f64[] @ models/lib/nn.yaml:90:7
%8674 = sub %6283, %8673 : f64[] @ models/lib/nn.yaml:90:7
%8675 = div %3879, %8674 : f64[] @ models/lib/nn.yaml:90:7
%8676 = pow %6310, %8672 : f64[] @ models/lib/nn.yaml:90:7
%8677 = sub %6283, %8676 : f64[] @ models/lib/nn.yaml:90:7
%8678 = sqrt %8677 : f64[] @ models/lib/nn.yaml:90:7
%8679 = div %6283, %8678 : f64[] @ models/lib/nn.yaml:90:7
%8680 = sqrt %8671 : f32[16] @ models/lib/nn.yaml:90:7
%8681 = cast %8679 : f32[] @ models/lib/nn.yaml:90:7
%8682 = broadcast %8681 : f32[16] @ models/lib/nn.yaml:90:7
%8683 = mul %8680, %8682 : f32[16] @ models/lib/nn.yaml:90:7
%8684 = add %8683, %6447 : f32[16] @ models/lib/nn.yaml:90:7
%8685 = div %8667, %8684 : f32[16] @ models/lib/nn.yaml:90:7
%8686 = cast %8675 : f32[] @ models/lib/nn.yaml:90:7
%8687 = broadcast %8686 : f32[16] @ models/lib/nn.yaml:90:7
%8688 = mul %8685, %8687 : f32[16] @ models/lib/nn.yaml:90:7
%8689 = sub %52, %8688 : f32[16] @ models/lib/nn.yaml:90:7
%8690 = assign %52, %8689 : f32[16] @ models/lib/nn.yaml:90:7
%8691 = assign %8661, %8667 : f32[16] @ models/lib/nn.yaml:90:7
%8692 = assign %8662, %8671 : f32[16] @ models/lib/nn.yaml:90:7
%8693 = assign %8663, %8664 : i64[] @ models/lib/nn.yaml:90:7
%8694 = mul %130, %6458 : f32[16] @ models/lib/nn.yaml:90:7
%8695 = mul %8689, %6460 : f32[16] @ models/lib/nn.yaml:90:7
%8696 = add %8694, %8695 : f32[16] @ models/lib/nn.yaml:90:7
%8697 = assign %130, %8696 : f32[16] @ models/lib/nn.yaml:90:7
%8698 = all_reduce_sum %5511 : f32[16,16] @ models/lib/nn.yaml:79:7
%8699 = reshape %8698 : f32[256] @ models/lib/nn.yaml:79:7
%8700 = mul %8699, %8699 : f32[256] @ models/lib/nn.yaml:79:7
%8701 = reduce_sum %8700 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8702 = sqrt %8701 : f32[] @ models/lib/nn.yaml:79:7
%8703 = cast %8702 : f64[] @ models/lib/nn.yaml:79:7
%8704 = add %8703, %6279 : f64[] @ models/lib/nn.yaml:79:7
%8705 = div %6281, %8704 : f64[] @ models/lib/nn.yaml:79:7
%8706 = lt %8705, %6283 : bool[] @ models/lib/nn.yaml:79:7
%8707 = cast %8705 : f32[] @ models/lib/nn.yaml:79:7
%8708 = broadcast %8707 : f32[16,16] @ models/lib/nn.yaml:79:7
%8709 = mul %8698, %8708 : f32[16,16] @ models/lib/nn.yaml:79:7
%8710 = broadcast %8706 : bool[16,16] @ models/lib/nn.yaml:79:7
%8711 = select %8710, %8709, %8698 : f32[16,16] @ models/lib/nn.yaml:79:7
%8712 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8713 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8714 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8715 = add %8714, %6293 : i64[] @ models/lib/nn.yaml:79:7
%8716 = mul %53, %6699 : f32[16,16] @ models/lib/nn.yaml:79:7
%8717 = mul %8711, %6701 : f32[16,16] @ models/lib/nn.yaml:79:7
%8718 = mul %8712, %6703 : f32[16,16] @ models/lib/nn.yaml:79:7
%8719 = add %8718, %8717 : f32[16,16] @ models/lib/nn.yaml:79:7
%8720 = mul %8711, %8711 : f32[16,16] @ models/lib/nn.yaml:79:7
%8721 = mul %8720, %6707 : f32[16,16] @ models/lib/nn.yaml:79:7
%8722 = mul %8713, %6709 : f32[16,16] @ models/lib/nn.yaml:79:7
%8723 = add %8722, %8721 : f32[16,16] @ models/lib/nn.yaml:79:7
%8724 = cast %8715 : f64[] @ models/lib/nn.yaml:79:7
%8725 = pow %6302, %8724 : f64[] @ models/lib/nn.yaml:79:7
%8726 = sub %6283, %8725 : f64[] @ models/lib/nn.yaml:79:7
%8727 = div %3879, %8726 : f64[] @ models/lib/nn.yaml:79:7
%8728 = pow %6310, %8724 : f64[] @ models/lib/nn.yaml:79:7
%8729 = sub %6283, %8728 : f64[] @ models/lib/nn.yaml:79:7
%8730 = sqrt %8729 : f64[] @ models/lib/nn.yaml:79:7
%8731 = div %6283, %8730 : f64[] @ models/lib/nn.yaml:79:7
%8732 = sqrt %8723 : f32[16,16] @ models/lib/nn.yaml:79:7
%8733 = cast %8731 : f32[] @ models/lib/nn.yaml:79:7
%8734 = broadcast %8733 : f32[16,16] @ models/lib/nn.yaml:79:7
%8735 = mul %8732, %8734 : f32[16,16] @ models/lib/nn.yaml:79:7
%8736 = add %8735, %6724 : f32[16,16] @ models/lib/nn.yaml:79:7
%8737 = div %8719, %8736 : f32[16,16] @ models/lib/nn.yaml:79:7
%8738 = cast %8727 : f32[] @ models/lib/nn.yaml:79:7
%8739 = broadcast %8738 : f32[16,16] @ models/lib/nn.yaml:79:7
%8740 = mul %8737, %8739 : f32[16,16] @ models/lib/nn.yaml:79:7
%8741 = sub %8716, %8740 : f32[16,16] @ models/lib/nn.yaml:79:7
%8742 = assign %53, %8741 : f32[16,16] @ models/lib/nn.yaml:79:7
%8743 = assign %8712, %8719 : f32[16,16] @ models/lib/nn.yaml:79:7
%8744 = assign %8713, %8723 : f32[16,16] @ models/lib/nn.yaml:79:7
%8745 = assign %8714, %8715 : i64[] @ models/lib/nn.yaml:79:7
%8746 = mul %131, %6735 : f32[16,16] @ models/lib/nn.yaml:79:7
%8747 = mul %8741, %6737 : f32[16,16] @ models/lib/nn.yaml:79:7
%8748 = add %8746, %8747 : f32[16,16] @ models/lib/nn.yaml:79:7
%8749 = assign %131, %8748 : f32[16,16] @ models/lib/nn.yaml:79:7
%8750 = all_reduce_sum %5502 : f32[16] @ models/lib/nn.yaml:80:7
%8751 = mul %8750, %8750 : f32[16] @ models/lib/nn.yaml:80:7
%8752 = reduce_sum %8751 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8753 = sqrt %8752 : f32[] @ models/lib/nn.yaml:80:7
%8754 = cast %8753 : f64[] @ models/lib/nn.yaml:80:7
%8755 = add %8754, %6279 : f64[] @ models/lib/nn.yaml:80:7
%8756 = div %6281, %8755 : f64[] @ models/lib/nn.yaml:80:7
%8757 = lt %8756, %6283 : bool[] @ models/lib/nn.yaml:80:7
%8758 = cast %8756 : f32[] @ models/lib/nn.yaml:80:7
%8759 = broadcast %8758 : f32[16] @ models/lib/nn.yaml:80:7
%8760 = mul %8750, %8759 : f32[16] @ models/lib/nn.yaml:80:7
%8761 = broadcast %8757 : bool[16] @ models/lib/nn.yaml:80:7
%8762 = select %8761, %8760, %8750 : f32[16] @ models/lib/nn.yaml:80:7
%8763 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8764 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8765 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8766 = add %8765, %6293 : i64[] @ models/lib/nn.yaml:80:7
%8767 = mul %8762, %6424 : f32[16] @ models/lib/nn.yaml:80:7
%8768 = mul %8763, %6426 : f32[16] @ models/lib/nn.yaml:80:7
%8769 = add %8768, %8767 : f32[16] @ models/lib/nn.yaml:80:7
%8770 = mul %8762, %8762 : f32[16] @ models/lib/nn.yaml:80:7
%8771 = mul %8770, %6430 : f32[16] @ models/lib/nn.yaml:80:7
%8772 = mul %8764, %6432 : f32[16] @ models/lib/nn.yaml:80:7
%8773 = add %8772, %8771 : f32[16] @ models/lib/nn.yaml:80:7
%8774 = cast %8766 : f64[] @ models/lib/nn.yaml:80:7
%8775 = pow %6302, %8774 : f64[] @ models/lib/nn.yaml:80:7
%8776 = sub %6283, %8775 : f64[] @ models/lib/nn.yaml:80:7
%8777 = div %3879, %8776 : f64[] @ models/lib/nn.yaml:80:7
%8778 = pow %6310, %8774 : f64[] @ models/lib/nn.yaml:80:7
%8779 = sub %6283, %8778 : f64[] @ models/lib/nn.yaml:80:7
%8780 = sqrt %8779 : f64[] @ models/lib/nn.yaml:80:7
%8781 = div %6283, %8780 : f64[] @ models/lib/nn.yaml:80:7
%8782 = sqrt %8773 : f32[16] @ models/lib/nn.yaml:80:7
%8783 = cast %8781 : f32[] @ models/lib/nn.yaml:80:7
%8784 = broadcast %8783 : f32[16] @ models/lib/nn.yaml:80:7
%8785 = mul %8782, %8784 : f32[16] @ models/lib/nn.yaml:80:7
%8786 = add %8785, %6447 : f32[16] @ models/lib/nn.yaml:80:7
%8787 = div %8769, %8786 : f32[16] @ models/lib/nn.yaml:80:7
%8788 = cast %8777 : f32[] @ models/lib/nn.yaml:80:7
%8789 = broadcast %8788 : f32[16] @ models/lib/nn.yaml:80:7
%8790 = mul %8787, %8789 : f32[16] @ models/lib/nn.yaml:80:7
%8791 = sub %54, %8790 : f32[16] @ models/lib/nn.yaml:80:7
%8792 = assign %54, %8791 : f32[16] @ models/lib/nn.yaml:80:7
%8793 = assign %8763, %8769 : f32[16] @ models/lib/nn.yaml:80:7
%8794 = assign %8764, %8773 : f32[16] @ models/lib/nn.yaml:80:7
%8795 = assign %8765, %8766 : i64[] @ models/lib/nn.yaml:80:7
%8796 = mul %132, %6458 : f32[16] @ models/lib/nn.yaml:80:7
%8797 = mul %8791, %6460 : f32[16] @ models/lib/nn.yaml:80:7
%8798 = add %8796, %8797 : f32[16] @ models/lib/nn.yaml:80:7
%8799 = assign %132, %8798 : f32[16] @ models/lib/nn.yaml:80:7
%8800 = all_reduce_sum %5496 : f32[16,16] @ models/lib/nn.yaml:79:7
%8801 = reshape %8800 : f32[256] @ models/lib/nn.yaml:79:7
%8802 = mul %8801, %8801 : f32[256] @ models/lib/nn.yaml:79:7
%8803 = reduce_sum %8802 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8804 = sqrt %8803 : f32[] @ models/lib/nn.yaml:79:7
%8805 = cast %8804 : f64[] @ models/lib/nn.yaml:79:7
%8806 = add %8805, %6279 : f64[] @ models/lib/nn.yaml:79:7
%8807 = div %6281, %8806 : f64[] @ models/lib/nn.yaml:79:7
%8808 = lt %8807, %6283 : bool[] @ models/lib/nn.yaml:79:7
%8809 = cast %8807 : f32[] @ models/lib/nn.yaml:79:7
%8810 = broadcast %8809 : f32[16,16] @ models/lib/nn.yaml:79:7
%8811 = mul %8800, %8810 : f32[16,16] @ models/lib/nn.yaml:79:7
%8812 = broadcast %8808 : bool[16,16] @ models/lib/nn.yaml:79:7
%8813 = select %8812, %8811, %8800 : f32[16,16] @ models/lib/nn.yaml:79:7
%8814 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8815 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8816 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8817 = add %8816, %6293 : i64[] @ models/lib/nn.yaml:79:7
%8818 = mul %55, %6699 : f32[16,16] @ models/lib/nn.yaml:79:7
%8819 = mul %8813, %6701 : f32[16,16] @ models/lib/nn.yaml:79:7
%8820 = mul %8814, %6703 : f32[16,16] @ models/lib/nn.yaml:79:7
%8821 = add %8820, %8819 : f32[16,16] @ models/lib/nn.yaml:79:7
%8822 = mul %8813, %8813 : f32[16,16] @ models/lib/nn.yaml:79:7
%8823 = mul %8822, %6707 : f32[16,16] @ models/lib/nn.yaml:79:7
%8824 = mul %8815, %6709 : f32[16,16] @ models/lib/nn.yaml:79:7
%8825 = add %8824, %8823 : f32[16,16] @ models/lib/nn.yaml:79:7
%8826 = cast %8817 : f64[] @ models/lib/nn.yaml:79:7
%8827 = pow %6302, %8826 : f64[] @ models/lib/nn.yaml:79:7
%8828 = sub %6283, %8827 : f64[] @ models/lib/nn.yaml:79:7
%8829 = div %3879, %8828 : f64[] @ models/lib/nn.yaml:79:7
%8830 = pow %6310, %8826 : f64[] @ models/lib/nn.yaml:79:7
%8831 = sub %6283, %8830 : f64[] @ models/lib/nn.yaml:79:7
%8832 = sqrt %8831 : f64[] @ models/lib/nn.yaml:79:7
%8833 = div %6283, %8832 : f64[] @ models/lib/nn.yaml:79:7
%8834 = sqrt %8825 : f32[16,16] @ models/lib/nn.yaml:79:7
%8835 = cast %8833 : f32[] @ models/lib/nn.yaml:79:7
%8836 = broadcast %8835 : f32[16,16] @ models/lib/nn.yaml:79:7
%8837 = mul %8834, %8836 : f32[16,16] @ models/lib/nn.yaml:79:7
%8838 = add %8837, %6724 : f32[16,16] @ models/lib/nn.yaml:79:7
%8839 = div %8821, %8838 : f32[16,16] @ models/lib/nn.yaml:79:7
%8840 = cast %8829 : f32[] @ models/lib/nn.yaml:79:7
%8841 = broadcast %8840 : f32[16,16] @ models/lib/nn.yaml:79:7
%8842 = mul %8839, %8841 : f32[16,16] @ models/lib/nn.yaml:79:7
%8843 = sub %8818, %8842 : f32[16,16] @ models/lib/nn.yaml:79:7
%8844 = assign %55, %8843 : f32[16,16] @ models/lib/nn.yaml:79:7
%8845 = assign %8814, %8821 : f32[16,16] @ models/lib/nn.yaml:79:7
%8846 = assign %8815, %8825 : f32[16,16] @ models/lib/nn.yaml:79:7
%8847 = assign %8816, %8817 : i64[] @ models/lib/nn.yaml:79:7
%8848 = mul %133, %6735 : f32[16,16] @ models/lib/nn.yaml:79:7
%8849 = mul %8843, %6737 : f32[16,16] @ models/lib/nn.yaml:79:7
%8850 = add %8848, %8849 : f32[16,16] @ models/lib/nn.yaml:79:7
%8851 = assign %133, %8850 : f32[16,16] @ models/lib/nn.yaml:79:7
%8852 = all_reduce_sum %5485 : f32[16] @ models/lib/nn.yaml:80:7
%8853 = mul %8852, %8852 : f32[16] @ models/lib/nn.yaml:80:7
%8854 = reduce_sum %8853 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8855 = sqrt %8854 : f32[] @ models/lib/nn.yaml:80:7
%8856 = cast %8855 : f64[] @ models/lib/nn.yaml:80:7
%8857 = add %8856, %6279 : f64[] @ models/lib/nn.yaml:80:7
%8858 = div %6281, %8857 : f64[] @ models/lib/nn.yaml:80:7
%8859 = lt %8858, %6283 : bool[] @ models/lib/nn.yaml:80:7
%8860 = cast %8858 : f32[] @ models/lib/nn.yaml:80:7
%8861 = broadcast %8860 : f32[16] @ models/lib/nn.yaml:80:7
%8862 = mul %8852, %8861 : f32[16] @ models/lib/nn.yaml:80:7
%8863 = broadcast %8859 : bool[16] @ models/lib/nn.yaml:80:7
%8864 = select %8863, %8862, %8852 : f32[16] @ models/lib/nn.yaml:80:7
%8865 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8866 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8867 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8868 = add %8867, %6293 : i64[] @ models/lib/nn.yaml:80:7
%8869 = mul %8864, %6424 : f32[16] @ models/lib/nn.yaml:80:7
%8870 = mul %8865, %6426 : f32[16] @ models/lib/nn.yaml:80:7
%8871 = add %8870, %8869 : f32[16] @ models/lib/nn.yaml:80:7
%8872 = mul %8864, %8864 : f32[16] @ models/lib/nn.yaml:80:7
%8873 = mul %8872, %6430 : f32[16] @ models/lib/nn.yaml:80:7
%8874 = mul %8866, %6432 : f32[16] @ models/lib/nn.yaml:80:7
%8875 = add %8874, %8873 : f32[16] @ models/lib/nn.yaml:80:7
%8876 = cast %8868 : f64[] @ models/lib/nn.yaml:80:7
%8877 = pow %6302, %8876 : f64[] @ models/lib/nn.yaml:80:7
%8878 = sub %6283, %8877 : f64[] @ models/lib/nn.yaml:80:7
%8879 = div %3879, %8878 : f64[] @ models/lib/nn.yaml:80:7
%8880 = pow %6310, %8876 : f64[] @ models/lib/nn.yaml:80:7
%8881 = sub %6283, %8880 : f64[] @ models/lib/nn.yaml:80:7
%8882 = sqrt %8881 : f64[] @ models/lib/nn.yaml:80:7
%8883 = div %6283, %8882 : f64[] @ models/lib/nn.yaml:80:7
%8884 = sqrt %8875 : f32[16] @ models/lib/nn.yaml:80:7
%8885 = cast %8883 : f32[] @ models/lib/nn.yaml:80:7
%8886 = broadcast %8885 : f32[16] @ models/lib/nn.yaml:80:7
%8887 = mul %8884, %8886 : f32[16] @ models/lib/nn.yaml:80:7
%8888 = add %8887, %6447 : f32[16] @ models/lib/nn.yaml:80:7
%8889 = div %8871, %8888 : f32[16] @ models/lib/nn.yaml:80:7
%8890 = cast %8879 : f32[] @ models/lib/nn.yaml:80:7
%8891 = broadcast %8890 : f32[16] @ models/lib/nn.yaml:80:7
%8892 = mul %8889, %8891 : f32[16] @ models/lib/nn.yaml:80:7
%8893 = sub %56, %8892 : f32[16] @ models/lib/nn.yaml:80:7
%8894 = assign %56, %8893 : f32[16] @ models/lib/nn.yaml:80:7
%8895 = assign %8865, %8871 : f32[16] @ models/lib/nn.yaml:80:7
%8896 = assign %8866, %8875 : f32[16] @ models/lib/nn.yaml:80:7
%8897 = assign %8867, %8868 : i64[] @ models/lib/nn.yaml:80:7
%8898 = mul %134, %6458 : f32[16] @ models/lib/nn.yaml:80:7
%8899 = mul %8893, %6460 : f32[16] @ models/lib/nn.yaml:80:7
%8900 = add %8898, %8899 : f32[16] @ models/lib/nn.yaml:80:7
%8901 = assign %134, %8900 : f32[16] @ models/lib/nn.yaml:80:7
%8902 = all_reduce_sum %5477 : f32[16,16] @ models/lib/nn.yaml:79:7
%8903 = reshape %8902 : f32[256] @ models/lib/nn.yaml:79:7
%8904 = mul %8903, %8903 : f32[256] @ models/lib/nn.yaml:79:7
%8905 = reduce_sum %8904 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8906 = sqrt %8905 : f32[] @ models/lib/nn.yaml:79:7
%8907 = cast %8906 : f64[] @ models/lib/nn.yaml:79:7
%8908 = add %8907, %6279 : f64[] @ models/lib/nn.yaml:79:7
%8909 = div %6281, %8908 : f64[] @ models/lib/nn.yaml:79:7
%8910 = lt %8909, %6283 : bool[] @ models/lib/nn.yaml:79:7
%8911 = cast %8909 : f32[] @ models/lib/nn.yaml:79:7
%8912 = broadcast %8911 : f32[16,16] @ models/lib/nn.yaml:79:7
%8913 = mul %8902, %8912 : f32[16,16] @ models/lib/nn.yaml:79:7
%8914 = broadcast %8910 : bool[16,16] @ models/lib/nn.yaml:79:7
%8915 = select %8914, %8913, %8902 : f32[16,16] @ models/lib/nn.yaml:79:7
%8916 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8917 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8918 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8919 = add %8918, %6293 : i64[] @ models/lib/nn.yaml:79:7
%8920 = mul %57, %6699 : f32[16,16] @ models/lib/nn.yaml:79:7
%8921 = mul %8915, %6701 : f32[16,16] @ models/lib/nn.yaml:79:7
%8922 = mul %8916, %6703 : f32[16,16] @ models/lib/nn.yaml:79:7
%8923 = add %8922, %8921 : f32[16,16] @ models/lib/nn.yaml:79:7
%8924 = mul %8915, %8915 : f32[16,16] @ models/lib/nn.yaml:79:7
%8925 = mul %8924, %6707 : f32[16,16] @ models/lib/nn.yaml:79:7
%8926 = mul %8917, %6709 : f32[16,16] @ models/lib/nn.yaml:79:7
%8927 = add %8926, %8925 : f32[16,16] @ models/lib/nn.yaml:79:7
%8928 = cast %8919 : f64[] @ models/lib/nn.yaml:79:7
%8929 = pow %6302, %8928 : f64[] @ models/lib/nn.yaml:79:7
%8930 = sub %6283, %8929 : f64[] @ models/lib/nn.yaml:79:7
%8931 = div %3879, %8930 : f64[] @ models/lib/nn.yaml:79:7
%8932 = pow %6310, %8928 : f64[] @ models/lib/nn.yaml:79:7
%8933 = sub %6283, %8932 : f64[] @ models/lib/nn.yaml:79:7
%8934 = sqrt %8933 : f64[] @ models/lib/nn.yaml:79:7
%8935 = div %6283, %8934 : f64[] @ models/lib/nn.yaml:79:7
%8936 = sqrt %8927 : f32[16,16] @ models/lib/nn.yaml:79:7
%8937 = cast %8935 : f32[] @ models/lib/nn.yaml:79:7
%8938 = broadcast %8937 : f32[16,16] @ models/lib/nn.yaml:79:7
%8939 = mul %8936, %8938 : f32[16,16] @ models/lib/nn.yaml:79:7
%8940 = add %8939, %6724 : f32[16,16] @ models/lib/nn.yaml:79:7
%8941 = div %8923, %8940 : f32[16,16] @ models/lib/nn.yaml:79:7
%8942 = cast %8931 : f32[] @ models/lib/nn.yaml:79:7
%8943 = broadcast %8942 : f32[16,16] @ models/lib/nn.yaml:79:7
%8944 = mul %8941, %8943 : f32[16,16] @ models/lib/nn.yaml:79:7
%8945 = sub %8920, %8944 : f32[16,16] @ models/lib/nn.yaml:79:7
%8946 = assign %57, %8945 : f32[16,16] @ models/lib/nn.yaml:79:7
%8947 = assign %8916, %8923 : f32[16,16] @ models/lib/nn.yaml:79:7
%8948 = assign %8917, %8927 : f32[16,16] @ models/lib/nn.yaml:79:7
%8949 = assign %8918, %8919 : i64[] @ models/lib/nn.yaml:79:7
%8950 = mul %135, %6735 : f32[16,16] @ models/lib/nn.yaml:79:7
%8951 = mul %8945, %6737 : f32[16,16] @ models/lib/nn.yaml:79:7
%8952 = add %8950, %8951 : f32[16,16] @ models/lib/nn.yaml:79:7
%8953 = assign %135, %8952 : f32[16,16] @ models/lib/nn.yaml:79:7
%8954 = all_reduce_sum %5468 : f32[16] @ models/lib/nn.yaml:80:7
%8955 = mul %8954, %8954 : f32[16] @ models/lib/nn.yaml:80:7
%8956 = reduce_sum %8955 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8957 = sqrt %8956 : f32[] @ models/lib/nn.yaml:80:7
%8958 = cast %8957 : f64[] @ models/lib/nn.yaml:80:7
%8959 = add %8958, %6279 : f64[] @ models/lib/nn.yaml:80:7
%8960 = div %6281, %8959 : f64[] @ models/lib/nn.yaml:80:7
%8961 = lt %8960, %6283 : bool[] @ models/lib/nn.yaml:80:7
%8962 = cast %8960 : f32[] @ models/lib/nn.yaml:80:7
%8963 = broadcast %8962 : f32[16] @ models/lib/nn.yaml:80:7
%8964 = mul %8954, %8963 : f32[16] @ models/lib/nn.yaml:80:7
%8965 = broadcast %8961 : bool[16] @ models/lib/nn.yaml:80:7
%8966 = select %8965, %8964, %8954 : f32[16] @ models/lib/nn.yaml:80:7
%8967 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8968 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8969 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8970 = add %8969, %6293 : i64[] @ models/lib/nn.yaml:80:7
%8971 = mul %8966, %6424 : f32[16] @ models/lib/nn.yaml:80:7
%8972 = mul %8967, %6426 : f32[16] @ models/lib/nn.yaml:80:7
%8973 = add %8972, %8971 : f32[16] @ models/lib/nn.yaml:80:7
%8974 = mul %8966, %8966 : f32[16] @ models/lib/nn.yaml:80:7
%8975 = mul %8974, %6430 : f32[16] @ models/lib/nn.yaml:80:7
%8976 = mul %8968, %6432 : f32[16] @ models/lib/nn.yaml:80:7
%8977 = add %8976, %8975 : f32[16] @ models/lib/nn.yaml:80:7
%8978 = cast %8970 : f64[] @ models/lib/nn.yaml:80:7
%8979 = pow %6302, %8978 : f64[] @ models/lib/nn.yaml:80:7
%8980 = sub %6283, %8979 : f64[] @ models/lib/nn.yaml:80:7
%8981 = div %3879, %8980 : f64[] @ models/lib/nn.yaml:80:7
%8982 = pow %6310, %8978 : f64[] @ models/lib/nn.yaml:80:7
%8983 = sub %6283, %8982 : f64[] @ models/lib/nn.yaml:80:7
%8984 = sqrt %8983 : f64[] @ models/lib/nn.yaml:80:7
%8985 = div %6283, %8984 : f64[] @ models/lib/nn.yaml:80:7
%8986 = sqrt %8977 : f32[16] @ models/lib/nn.yaml:80:7
%8987 = cast %8985 : f32[] @ models/lib/nn.yaml:80:7
%8988 = broadcast %8987 : f32[16] @ models/lib/nn.yaml:80:7
%8989 = mul %8986, %8988 : f32[16] @ models/lib/nn.yaml:80:7
%8990 = add %8989, %6447 : f32[16] @ models/lib/nn.yaml:80:7
%8991 = div %8973, %8990 : f32[16] @ models/lib/nn.yaml:80:7
%8992 = cast %8981 : f32[] @ models/lib/nn.yaml:80:7
%8993 = broadcast %8992 : f32[16] @ models/lib/nn.yaml:80:7
%8994 = mul %8991, %8993 : f32[16] @ models/lib/nn.yaml:80:7
%8995 = sub %58, %8994 : f32[16] @ models/lib/nn.yaml:80:7
%8996 = assign %58, %8995 : f32[16] @ models/lib/nn.yaml:80:7
%8997 = assign %8967, %8973 : f32[16] @ models/lib/nn.yaml:80:7
%8998 = assign %8968, %8977 : f32[16] @ models/lib/nn.yaml:80:7
%8999 = assign %8969, %8970 : i64[] @ models/lib/nn.yaml:80:7
%9000 = mul %136, %6458 : f32[16] @ models/lib/nn.yaml:80:7
%9001 = mul %8995, %6460 : f32[16] @ models/lib/nn.yaml:80:7
%9002 = add %9000, %9001 : f32[16] @ models/lib/nn.yaml:80:7
%9003 = assign %136, %9002 : f32[16] @ models/lib/nn.yaml:80:7
%9004 = all_reduce_sum %5381 : f32[16,16] @ models/lib/nn.yaml:79:7
%9005 = reshape %9004 : f32[256] @ models/lib/nn.yaml:79:7
%9006 = mul %9005, %9005 : f32[256] @ models/lib/nn.yaml:79:7
%9007 = reduce_sum %9006 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9008 = sqrt %9007 : f32[] @ models/lib/nn.yaml:79:7
%9009 = cast %9008 : f64[] @ models/lib/nn.yaml:79:7
%9010 = add %9009, %6279 : f64[] @ models/lib/nn.yaml:79:7
%9011 = div %6281, %9010 : f64[] @ models/lib/nn.yaml:79:7
%9012 = lt %9011, %6283 : bool[] @ models/lib/nn.yaml:79:7
%9013 = cast %9011 : f32[] @ models/lib/nn.yaml:79:7
%9014 = broadcast %9013 : f32[16,16] @ models/lib/nn.yaml:79:7
%9015 = mul %9004, %9014 : f32[16,16] @ models/lib/nn.yaml:79:7
%9016 = broadcast %9012 : bool[16,16] @ models/lib/nn.yaml:79:7
%9017 = select %9016, %9015, %9004 : f32[16,16] @ models/lib/nn.yaml:79:7
%9018 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9019 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9020 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9021 = add %9020, %6293 : i64[] @ models/lib/nn.yaml:79:7
%9022 = mul %59, %6699 : f32[16,16] @ models/lib/nn.yaml:79:7
%9023 = mul %9017, %6701 : f32[16,16] @ models/lib/nn.yaml:79:7
%9024 = mul %9018, %6703 : f32[16,16] @ models/lib/nn.yaml:79:7
%9025 = add %9024, %9023 : f32[16,16] @ models/lib/nn.yaml:79:7
%9026 = mul %9017, %9017 : f32[16,16] @ models/lib/nn.yaml:79:7
%9027 = mul %9026, %6707 : f32[16,16] @ models/lib/nn.yaml:79:7
%9028 = mul %9019, %6709 : f32[16,16] @ models/lib/nn.yaml:79:7
%9029 = add %9028, %9027 : f32[16,16] @ models/lib/nn.yaml:79:7
%9030 = cast %9021 : f64[] @ models/lib/nn.yaml:79:7
%9031 = pow %6302, %9030 : f64[] @ models/lib/nn.yaml:79:7
%9032 = sub %6283, %9031 : f64[] @ models/lib/nn.yaml:79:7
%9033 = div %3879, %9032 : f64[] @ models/lib/nn.yaml:79:7
%9034 = pow %6310, %9030 : f64[] @ models/lib/nn.yaml:79:7
%9035 = sub %6283, %9034 : f64[] @ models/lib/nn.yaml:79:7
%9036 = sqrt %9035 : f64[] @ models/lib/nn.yaml:79:7
%9037 = div %6283, %9036 : f64[] @ models/lib/nn.yaml:79:7
%9038 = sqrt %9029 : f32[16,16] @ models/lib/nn.yaml:79:7
%9039 = cast %9037 : f32[] @ models/lib/nn.yaml:79:7
%9040 = broadcast %9039 : f32[16,16] @ models/lib/nn.yaml:79:7
%9041 = mul %9038, %9040 : f32[16,16] @ models/lib/nn.yaml:79:7
%9042 = add %9041, %6724 : f32[16,16] @ models/lib/nn.yaml:79:7
%9043 = div %9025, %9042 : f32[16,16] @ models/lib/nn.yaml:79:7
%9044 = cast %9033 : f32[] @ models/lib/nn.yaml:79:7
%9045 = broadcast %9044 : f32[16,16] @ models/lib/nn.yaml:79:7
%9046 = mul %9043, %9045 : f32[16,16] @ models/lib/nn.yaml:79:7
%9047 = sub %9022, %9046 : f32[16,16] @ models/lib/nn.yaml:79:7
%9048 = assign %59, %9047 : f32[16,16] @ models/lib/nn.yaml:79:7
%9049 = assign %9018, %9025 : f32[16,16] @ models/lib/nn.yaml:79:7
%9050 = assign %9019, %9029 : f32[16,16] @ models/lib/nn.yaml:79:7
%9051 = assign %9020, %9021 : i64[] @ models/lib/nn.yaml:79:7
%9052 = mul %137, %6735 : f32[16,16] @ models/lib/nn.yaml:79:7
%9053 = mul %9047, %6737 : f32[16,16] @ models/lib/nn.yaml:79:7
%9054 = add %9052, %9053 : f32[16,16] @ models/lib/nn.yaml:79:7
%9055 = assign %137, %9054 : f32[16,16] @ models/lib/nn.yaml:79:7
%9056 = all_reduce_sum %5373 : f32[16] @ models/lib/nn.yaml:80:7
%9057 = mul %9056, %9056 : f32[16] @ models/lib/nn.yaml:80:7
%9058 = reduce_sum %9057 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9059 = sqrt %9058 : f32[] @ models/lib/nn.yaml:80:7
%9060 = cast %9059 : f64[] @ models/lib/nn.yaml:80:7
%9061 = add %9060, %6279 : f64[] @ models/lib/nn.yaml:80:7
%9062 = div %6281, %9061 : f64[] @ models/lib/nn.yaml:80:7
%9063 = lt %9062, %6283 : bool[] @ models/lib/nn.yaml:80:7
%9064 = cast %9062 : f32[] @ models/lib/nn.yaml:80:7
%9065 = broadcast %9064 : f32[16] @ models/lib/nn.yaml:80:7
%9066 = mul %9056, %9065 : f32[16] @ models/lib/nn.yaml:80:7
%9067 = broadcast %9063 : bool[16] @ models/lib/nn.yaml:80:7
%9068 = select %9067, %9066, %9056 : f32[16] @ models/lib/nn.yaml:80:7
%9069 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9070 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9071 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9072 = add %9071, %6293 : i64[] @ models/lib/nn.yaml:80:7
%9073 = mul %9068, %6424 : f32[16] @ models/lib/nn.yaml:80:7
%9074 = mul %9069, %6426 : f32[16] @ models/lib/nn.yaml:80:7
%9075 = add %9074, %9073 : f32[16] @ models/lib/nn.yaml:80:7
%9076 = mul %9068, %9068 : f32[16] @ models/lib/nn.yaml:80:7
%9077 = mul %9076, %6430 : f32[16] @ models/lib/nn.yaml:80:7
%9078 = mul %9070, %6432 : f32[16] @ models/lib/nn.yaml:80:7
%9079 = add %9078, %9077 : f32[16] @ models/lib/nn.yaml:80:7
%9080 = cast %9072 : f64[] @ models/lib/nn.yaml:80:7
%9081 = pow %6302, %9080 : f64[] @ models/lib/nn.yaml:80:7
%9082 = sub %6283, %9081 : f64[] @ models/lib/nn.yaml:80:7
%9083 = div %3879, %9082 : f64[] @ models/lib/nn.yaml:80:7
%9084 = pow %6310, %9080 : f64[] @ models/lib/nn.yaml:80:7
%9085 = sub %6283, %9084 : f64[] @ models/lib/nn.yaml:80:7
%9086 = sqrt %9085 : f64[] @ models/lib/nn.yaml:80:7
%9087 = div %6283, %9086 : f64[] @ models/lib/nn.yaml:80:7
%9088 = sqrt %9079 : f32[16] @ models/lib/nn.yaml:80:7
%9089 = cast %9087 : f32[] @ models/lib/nn.yaml:80:7
%9090 = broadcast %9089 : f32[16] @ models/lib/nn.yaml:80:7
%9091 = mul %9088, %9090 : f32[16] @ models/lib/nn.yaml:80:7
%9092 = add %9091, %6447 : f32[16] @ models/lib/nn.yaml:80:7
%9093 = div %9075, %9092 : f32[16] @ models/lib/nn.yaml:80:7
%9094 = cast %9083 : f32[] @ models/lib/nn.yaml:80:7
%9095 = broadcast %9094 : f32[16] @ models/lib/nn.yaml:80:7
%9096 = mul %9093, %9095 : f32[16] @ models/lib/nn.yaml:80:7
%9097 = sub %60, %9096 : f32[16] @ models/lib/nn.yaml:80:7
%9098 = assign %60, %9097 : f32[16] @ models/lib/nn.yaml:80:7
%9099 = assign %9069, %9075 : f32[16] @ models/lib/nn.yaml:80:7
%9100 = assign %9070, %9079 : f32[16] @ models/lib/nn.yaml:80:7
%9101 = assign %9071, %9072 : i64[] @ models/lib/nn.yaml:80:7
%9102 = mul %138, %6458 : f32[16] @ models/lib/nn.yaml:80:7
%9103 = mul %9097, %6460 : f32[16] @ models/lib/nn.yaml:80:7
%9104 = add %9102, %9103 : f32[16] @ models/lib/nn.yaml:80:7
%9105 = assign %138, %9104 : f32[16] @ models/lib/nn.yaml:80:7
%9106 = all_reduce_sum %5352 : f32[16] @ models/lib/nn.yaml:89:7
%9107 = mul %9106, %9106 : f32[16] @ models/lib/nn.yaml:89:7
%9108 = reduce_sum %9107 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9109 = sqrt %9108 : f32[] @ models/lib/nn.yaml:89:7
%9110 = cast %9109 : f64[] @ models/lib/nn.yaml:89:7
%9111 = add %9110, %6279 : f64[] @ models/lib/nn.yaml:89:7
%9112 = div %6281, %9111 : f64[] @ models/lib/nn.yaml:89:7
%9113 = lt %9112, %6283 : bool[] @ models/lib/nn.yaml:89:7
%9114 = cast %9112 : f32[] @ models/lib/nn.yaml:89:7
%9115 = broadcast %9114 : f32[16] @ models/lib/nn.yaml:89:7
%9116 = mul %9106, %9115 : f32[16] @ models/lib/nn.yaml:89:7
%9117 = broadcast %9113 : bool[16] @ models/lib/nn.yaml:89:7
%9118 = select %9117, %9116, %9106 : f32[16] @ models/lib/nn.yaml:89:7
%9119 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9120 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9121 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9122 = add %9121, %6293 : i64[] @ models/lib/nn.yaml:89:7
%9123 = mul %9118, %6424 : f32[16] @ models/lib/nn.yaml:89:7
%9124 = mul %9119, %6426 : f32[16] @ models/lib/nn.yaml:89:7
%9125 = add %9124, %9123 : f32[16] @ models/lib/nn.yaml:89:7
%9126 = mul %9118, %9118 : f32[16] @ models/lib/nn.yaml:89:7
%9127 = mul %9126, %6430 : f32[16] @ models/lib/nn.yaml:89:7
%9128 = mul %9120, %6432 : f32[16] @ models/lib/nn.yaml:89:7
%9129 = add %9128, %9127 : f32[16] @ models/lib/nn.yaml:89:7
%9130 = cast %9122 : f64[] @ models/lib/nn.yaml:89:7
%9131 = pow %6302, %9130 : f64[] @ models/lib/nn.yaml:89:7
%9132 = sub %6283, %9131 : f64[] @ models/lib/nn.yaml:89:7
%9133 = div %3879, %9132 : f64[] @ models/lib/nn.yaml:89:7
%9134 = pow %6310, %9130 : f64[] @ models/lib/nn.yaml:89:7
%9135 = sub %6283, %9134 : f64[] @ models/lib/nn.yaml:89:7
%9136 = sqrt %9135 : f64[] @ models/lib/nn.yaml:89:7
%9137 = div %6283, %9136 : f64[] @ models/lib/nn.yaml:89:7
%9138 = sqrt %9129 : f32[16] @ models/lib/nn.yaml:89:7
%9139 = cast %9137 : f32[] @ models/lib/nn.yaml:89:7
%9140 = broadcast %9139 : f32[16] @ models/lib/nn.yaml:89:7
%9141 = mul %9138, %9140 : f32[16] @ models/lib/nn.yaml:89:7
%9142 = add %9141, %6447 : f32[16] @ models/lib/nn.yaml:89:7
%9143 = div %9125, %9142 : f32[16] @ models/lib/nn.yaml:89:7
%9144 = cast %9133 : f32[] @ models/lib/nn.yaml:89:7
%9145 = broadcast %9144 : f32[16] @ models/lib/nn.yaml:89:7
%9146 = mul %9143, %9145 : f32[16] @ models/lib/nn.yaml:89:7
%9147 = sub %61, %9146 : f32[16] @ models/lib/nn.yaml:89:7
%9148 = assign %61, %9147 : f32[16] @ models/lib/nn.yaml:89:7
%9149 = assign %9119, %9125 : f32[16] @ models/lib/nn.yaml:89:7
%9150 = assign %9120, %9129 : f32[16] @ models/lib/nn.yaml:89:7
%9151 = assign %9121, %9122 : i64[] @ models/lib/nn.yaml:89:7
%9152 = mul %139, %6458 : f32[16] @ models/lib/nn.yaml:89:7
%9153 = mul %9147, %6460 : f32[16] @ models/lib/nn.yaml:89:7
%9154 = add %9152, %9153 : f32[16] @ models/lib/nn.yaml:89:7
%9155 = assign %139, %9154 : f32[16] @ models/lib/nn.yaml:89:7
%9156 = all_reduce_sum %5345 : f32[16] @ models/lib/nn.yaml:90:7
%9157 = mul %9156, %9156 : f32[16] @ models/lib/nn.yaml:90:7
%9158 = reduce_sum %9157 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9159 = sqrt %9158 : f32[] @ models/lib/nn.yaml:90:7
%9160 = cast %9159 : f64[] @ models/lib/nn.yaml:90:7
%9161 = add %9160, %6279 : f64[] @ models/lib/nn.yaml:90:7
%9162 = div %6281, %9161 : f64[] @ models/lib/nn.yaml:90:7
%9163 = lt %9162, %6283 : bool[] @ models/lib/nn.yaml:90:7
%9164 = cast %9162 : f32[] @ models/lib/nn.yaml:90:7
%9165 = broadcast %9164 : f32[16] @ models/lib/nn.yaml:90:7
%9166 = mul %9156, %9165 : f32[16] @ models/lib/nn.yaml:90:7
%9167 = broadcast %9163 : bool[16] @ models/lib/nn.yaml:90:7
%9168 = select %9167, %9166, %9156 : f32[16] @ models/lib/nn.yaml:90:7
%9169 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9170 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9171 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9172 = add %9171, %6293 : i64[] @ models/lib/nn.yaml:90:7
%9173 = mul %9168, %6424 : f32[16] @ models/lib/nn.yaml:90:7
%9174 = mul %9169, %6426 : f32[16] @ models/lib/nn.yaml:90:7
%9175 = add %9174, %9173 : f32[16] @ models/lib/nn.yaml:90:7
%9176 = mul %9168, %9168 : f32[16] @ models/lib/nn.yaml:90:7
%9177 = mul %9176, %6430 : f32[16] @ models/lib/nn.yaml:90:7
%9178 = mul %9170, %6432 : f32[16] @ models/lib/nn.yaml:90:7
%9179 = add %9178, %9177 : f32[16] @ models/lib/nn.yaml:90:7
%9180 = cast %9172 : f64[] @ models/lib/nn.yaml:90:7
%9181 = pow %6302, %9180 : f64[] @ models/lib/nn.yaml:90:7
%9182 = sub %6283, %9181 : f64[] @ models/lib/nn.yaml:90:7
%9183 = div %3879, %9182 : f64[] @ models/lib/nn.yaml:90:7
%9184 = pow %6310, %9180 : f64[] @ models/lib/nn.yaml:90:7
%9185 = sub %6283, %9184 : f64[] @ models/lib/nn.yaml:90:7
%9186 = sqrt %9185 : f64[] @ models/lib/nn.yaml:90:7
%9187 = div %6283, %9186 : f64[] @ models/lib/nn.yaml:90:7
%9188 = sqrt %9179 : f32[16] @ models/lib/nn.yaml:90:7
%9189 = cast %9187 : f32[] @ models/lib/nn.yaml:90:7
%9190 = broadcast %9189 : f32[16] @ models/lib/nn.yaml:90:7
%9191 = mul %9188, %9190 : f32[16] @ models/lib/nn.yaml:90:7
%9192 = add %9191, %6447 : f32[16] @ models/lib/nn.yaml:90:7
%9193 = div %9175, %9192 : f32[16] @ models/lib/nn.yaml:90:7
%9194 = cast %9183 : f32[] @ models/lib/nn.yaml:90:7
%9195 = broadcast %9194 : f32[16] @ models/lib/nn.yaml:90:7
%9196 = mul %9193, %9195 : f32[16] @ models/lib/nn.yaml:90:7
%9197 = sub %62, %9196 : f32[16] @ models/lib/nn.yaml:90:7
%9198 = assign %62, %9197 : f32[16] @ models/lib/nn.yaml:90:7
%9199 = assign %9169, %9175 : f32[16] @ models/lib/nn.yaml:90:7
%9200 = assign %9170, %9179 : f32[16] @ models/lib/nn.yaml:90:7
%9201 = assign %9171, %9172 : i64[] @ models/lib/nn.yaml:90:7
%9202 = mul %140, %6458 : f32[16] @ models/lib/nn.yaml:90:7
%9203 = mul %9197, %6460 : f32[16] @ models/lib/nn.yaml:90:7
%9204 = add %9202, %9203 : f32[16] @ models/lib/nn.yaml:90:7
%9205 = assign %140, %9204 : f32[16] @ models/lib/nn.yaml:90:7
%9206 = all_reduce_sum %5341 : f32[64,16] @ models/lib/nn.yaml:79:7
%9207 = reshape %9206 : f32[1024] @ models/lib/nn.yaml:79:7
%9208 = mul %9207, %9207 : f32[1024] @ models/lib/nn.yaml:79:7
%9209 = reduce_sum %9208 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9210 = sqrt %9209 : f32[] @ models/lib/nn.yaml:79:7
%9211 = cast %9210 : f64[] @ models/lib/nn.yaml:79:7
%9212 = add %9211, %6279 : f64[] @ models/lib/nn.yaml:79:7
%9213 = div %6281, %9212 : f64[] @ models/lib/nn.yaml:79:7
%9214 = lt %9213, %6283 : bool[] @ models/lib/nn.yaml:79:7
%9215 = cast %9213 : f32[] @ models/lib/nn.yaml:79:7
%9216 = broadcast %9215 : f32[64,16] @ models/lib/nn.yaml:79:7
%9217 = mul %9206, %9216 : f32[64,16] @ models/lib/nn.yaml:79:7
%9218 = broadcast %9214 : bool[64,16] @ models/lib/nn.yaml:79:7
%9219 = select %9218, %9217, %9206 : f32[64,16] @ models/lib/nn.yaml:79:7
%9220 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9221 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9222 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9223 = add %9222, %6293 : i64[] @ models/lib/nn.yaml:79:7
%9224 = mul %63, %6909 : f32[64,16] @ models/lib/nn.yaml:79:7
%9225 = mul %9219, %6911 : f32[64,16] @ models/lib/nn.yaml:79:7
%9226 = mul %9220, %6913 : f32[64,16] @ models/lib/nn.yaml:79:7
%9227 = add %9226, %9225 : f32[64,16] @ models/lib/nn.yaml:79:7
%9228 = mul %9219, %9219 : f32[64,16] @ models/lib/nn.yaml:79:7
%9229 = mul %9228, %6917 : f32[64,16] @ models/lib/nn.yaml:79:7
%9230 = mul %9221, %6919 : f32[64,16] @ models/lib/nn.yaml:79:7
%9231 = add %9230, %9229 : f32[64,16] @ models/lib/nn.yaml:79:7
%9232 = cast %9223 : f64[] @ models/lib/nn.yaml:79:7
%9233 = pow %6302, %9232 : f64[] @ models/lib/nn.yaml:79:7
%9234 = sub %6283, %9233 : f64[] @ models/lib/nn.yaml:79:7
%9235 = div %3879, %9234 : f64[] @ models/lib/nn.yaml:79:7
%9236 = pow %6310, %9232 : f64[] @ models/lib/nn.yaml:79:7
%9237 = sub %6283, %9236 : f64[] @ models/lib/nn.yaml:79:7
%9238 = sqrt %9237 : f64[] @ models/lib/nn.yaml:79:7
%9239 = div %6283, %9238 : f64[] @ models/lib/nn.yaml:79:7
%9240 = sqrt %9231 : f32[64,16] @ models/lib/nn.yaml:79:7
%9241 = cast %9239 : f32[] @ models/lib/nn.yaml:79:7
%9242 = broadcast %9241 : f32[64,16] @ models/lib/nn.yaml:79:7
%9243 = mul %9240, %9242 : f32[64,16] @ models/lib/nn.yaml:79:7
%9244 = add %9243, %6934 : f32[64,16] @ models/lib/nn.yaml:79:7
%9245 = div %9227, %9244 : f32[64,16] @ models/lib/nn.yaml:79:7
%9246 = cast %9235 : f32[] @ models/lib/nn.yaml:79:7
%9247 = broadcast %9246 : f32[64,16] @ models/lib/nn.yaml:79:7
%9248 = mul %9245, %9247 : f32[64,16] @ models/lib/nn.yaml:79:7
%9249 = sub %9224, %9248 : f32[64,16] @ models/lib/nn.yaml:79:7
%9250 = assign %63, %9249 : f32[64,16] @ models/lib/nn.yaml:79:7
%9251 = assign %9220, %9227 : f32[64,16] @ models/lib/nn.yaml:79:7
%9252 = assign %9221, %9231 : f32[64,16] @ models/lib/nn.yaml:79:7
%9253 = assign %9222, %9223 : i64[] @ models/lib/nn.yaml:79:7
%9254 = mul %141, %6945 : f32[64,16] @ models/lib/nn.yaml:79:7
%9255 = mul %9249, %6947 : f32[64,16] @ models/lib/nn.yaml:79:7
%9256 = add %9254, %9255 : f32[64,16] @ models/lib/nn.yaml:79:7
%9257 = assign %141, %9256 : f32[64,16] @ models/lib/nn.yaml:79:7
%9258 = all_reduce_sum %5333 : f32[64] @ models/lib/nn.yaml:80:7
%9259 = mul %9258, %9258 : f32[64] @ models/lib/nn.yaml:80:7
%9260 = reduce_sum %9259 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9261 = sqrt %9260 : f32[] @ models/lib/nn.yaml:80:7
%9262 = cast %9261 : f64[] @ models/lib/nn.yaml:80:7
%9263 = add %9262, %6279 : f64[] @ models/lib/nn.yaml:80:7
%9264 = div %6281, %9263 : f64[] @ models/lib/nn.yaml:80:7
%9265 = lt %9264, %6283 : bool[] @ models/lib/nn.yaml:80:7
%9266 = cast %9264 : f32[] @ models/lib/nn.yaml:80:7
%9267 = broadcast %9266 : f32[64] @ models/lib/nn.yaml:80:7
%9268 = mul %9258, %9267 : f32[64] @ models/lib/nn.yaml:80:7
%9269 = broadcast %9265 : bool[64] @ models/lib/nn.yaml:80:7
%9270 = select %9269, %9268, %9258 : f32[64] @ models/lib/nn.yaml:80:7
%9271 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9272 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9273 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9274 = add %9273, %6293 : i64[] @ models/lib/nn.yaml:80:7
%9275 = mul %9270, %6968 : f32[64] @ models/lib/nn.yaml:80:7
%9276 = mul %9271, %6970 : f32[64] @ models/lib/nn.yaml:80:7
%9277 = add %9276, %9275 : f32[64] @ models/lib/nn.yaml:80:7
%9278 = mul %9270, %9270 : f32[64] @ models/lib/nn.yaml:80:7
%9279 = mul %9278, %6974 : f32[64] @ models/lib/nn.yaml:80:7
%9280 = mul %9272, %6976 : f32[64] @ models/lib/nn.yaml:80:7
%9281 = add %9280, %9279 : f32[64] @ models/lib/nn.yaml:80:7
%9282 = cast %9274 : f64[] @ models/lib/nn.yaml:80:7
%9283 = pow %6302, %9282 : f64[] @ models/lib/nn.yaml:80:7
%9284 = sub %6283, %9283 : f64[] @ models/lib/nn.yaml:80:7
%9285 = div %3879, %9284 : f64[] @ models/lib/nn.yaml:80:7
%9286 = pow %6310, %9282 : f64[] @ models/lib/nn.yaml:80:7
%9287 = sub %6283, %9286 : f64[] @ models/lib/nn.yaml:80:7
%9288 = sqrt %9287 : f64[] @ models/lib/nn.yaml:80:7
%9289 = div %6283, %9288 : f64[] @ models/lib/nn.yaml:80:7
%9290 = sqrt %9281 : f32[64] @ models/lib/nn.yaml:80:7
%9291 = cast %9289 : f32[] @ models/lib/nn.yaml:80:7
%9292 = broadcast %9291 : f32[64] @ models/lib/nn.yaml:80:7
%9293 = mul %9290, %9292 : f32[64] @ models/lib/nn.yaml:80:7
%9294 = add %9293, %6991 : f32[64] @ models/lib/nn.yaml:80:7
%9295 = div %9277, %9294 : f32[64] @ models/lib/nn.yaml:80:7
%9296 = cast %9285 : f32[] @ models/lib/nn.yaml:80:7
%9297 = broadcast %9296 : f32[64] @ models/lib/nn.yaml:80:7
%9298 = mul %9295, %9297 : f32[64] @ models/lib/nn.yaml:80:7
%9299 = sub %64, %9298 : f32[64] @ models/lib/nn.yaml:80:7
%9300 = assign %64, %9299 : f32[64] @ models/lib/nn.yaml:80:7
%9301 = assign %9271, %9277 : f32[64] @ models/lib/nn.yaml:80:7
%9302 = assign %9272, %9281 : f32[64] @ models/lib/nn.yaml:80:7
%9303 = assign %9273, %9274 : i64[] @ models/lib/nn.yaml:80:7
%9304 = mul %142, %7002 : f32[64] @ models/lib/nn.yaml:80:7
%9305 = mul %9299, %7004 : f32[64] @ models/lib/nn.yaml:80:7
%9306 = add %9304, %9305 : f32[64] @ models/lib/nn.yaml:80:7
%9307 = assign %142, %9306 : f32[64] @ models/lib/nn.yaml:80:7
%9308 = all_reduce_sum %5315 : f32[16,64] @ models/lib/nn.yaml:79:7
%9309 = reshape %9308 : f32[1024] @ models/lib/nn.yaml:79:7
%9310 = mul %9309, %9309 : f32[1024] @ models/lib/nn.yaml:79:7
%9311 = reduce_sum %9310 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9312 = sqrt %9311 : f32[] @ models/lib/nn.yaml:79:7
%9313 = cast %9312 : f64[] @ models/lib/nn.yaml:79:7
%9314 = add %9313, %6279 : f64[] @ models/lib/nn.yaml:79:7
%9315 = div %6281, %9314 : f64[] @ models/lib/nn.yaml:79:7
%9316 = lt %9315, %6283 : bool[] @ models/lib/nn.yaml:79:7
%9317 = cast %9315 : f32[] @ models/lib/nn.yaml:79:7
%9318 = broadcast %9317 : f32[16,64] @ models/lib/nn.yaml:79:7
%9319 = mul %9308, %9318 : f32[16,64] @ models/lib/nn.yaml:79:7
%9320 = broadcast %9316 : bool[16,64] @ models/lib/nn.yaml:79:7
%9321 = select %9320, %9319, %9308 : f32[16,64] @ models/lib/nn.yaml:79:7
%9322 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9323 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9324 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9325 = add %9324, %6293 : i64[] @ models/lib/nn.yaml:79:7
%9326 = mul %65, %7026 : f32[16,64] @ models/lib/nn.yaml:79:7
%9327 = mul %9321, %7028 : f32[16,64] @ models/lib/nn.yaml:79:7
%9328 = mul %9322, %7030 : f32[16,64] @ models/lib/nn.yaml:79:7
%9329 = add %9328, %9327 : f32[16,64] @ models/lib/nn.yaml:79:7
%9330 = mul %9321, %9321 : f32[16,64] @ models/lib/nn.yaml:79:7
%9331 = mul %9330, %7034 : f32[16,64] @ models/lib/nn.yaml:79:7
%9332 = mul %9323, %7036 : f32[16,64] @ models/lib/nn.yaml:79:7
%9333 = add %9332, %9331 : f32[16,64] @ models/lib/nn.yaml:79:7
%9334 = cast %9325 : f64[] @ models/lib/nn.yaml:79:7
%9335 = pow %6302, %9334 : f64[] @ models/lib/nn.yaml:79:7
%9336 = sub %6283, %9335 : f64[] @ models/lib/nn.yaml:79:7
%9337 = div %3879, %9336 : f64[] @ models/lib/nn.yaml:79:7
%9338 = pow %6310, %9334 : f64[] @ models/lib/nn.yaml:79:7
%9339 = sub %6283, %9338 : f64[] @ models/lib/nn.yaml:79:7
%9340 = sqrt %9339 : f64[] @ models/lib/nn.yaml:79:7
%9341 = div %6283, %9340 : f64[] @ models/lib/nn.yaml:79:7
%9342 = sqrt %9333 : f32[16,64] @ models/lib/nn.yaml:79:7
%9343 = cast %9341 : f32[] @ models/lib/nn.yaml:79:7
%9344 = broadcast %9343 : f32[16,64] @ models/lib/nn.yaml:79:7
%9345 = mul %9342, %9344 : f32[16,64] @ models/lib/nn.yaml:79:7
%9346 = add %9345, %7051 : f32[16,64] @ models/lib/nn.yaml:79:7
%9347 = div %9329, %9346 : f32[16,64] @ models/lib/nn.yaml:79:7
%9348 = cast %9337 : f32[] @ models/lib/nn.yaml:79:7
%9349 = broadcast %9348 : f32[16,64] @ models/lib/nn.yaml:79:7
%9350 = mul %9347, %9349 : f32[16,64] @ models/lib/nn.yaml:79:7
%9351 = sub %9326, %9350 : f32[16,64] @ models/lib/nn.yaml:79:7
%9352 = assign %65, %9351 : f32[16,64] @ models/lib/nn.yaml:79:7
%9353 = assign %9322, %9329 : f32[16,64] @ models/lib/nn.yaml:79:7
%9354 = assign %9323, %9333 : f32[16,64] @ models/lib/nn.yaml:79:7
%9355 = assign %9324, %9325 : i64[] @ models/lib/nn.yaml:79:7
%9356 = mul %143, %7062 : f32[16,64] @ models/lib/nn.yaml:79:7
%9357 = mul %9351, %7064 : f32[16,64] @ models/lib/nn.yaml:79:7
%9358 = add %9356, %9357 : f32[16,64] @ models/lib/nn.yaml:79:7
%9359 = assign %143, %9358 : f32[16,64] @ models/lib/nn.yaml:79:7
%9360 = all_reduce_sum %5307 : f32[16] @ models/lib/nn.yaml:80:7
%9361 = mul %9360, %9360 : f32[16] @ models/lib/nn.yaml:80:7
%9362 = reduce_sum %9361 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9363 = sqrt %9362 : f32[] @ models/lib/nn.yaml:80:7
%9364 = cast %9363 : f64[] @ models/lib/nn.yaml:80:7
%9365 = add %9364, %6279 : f64[] @ models/lib/nn.yaml:80:7
%9366 = div %6281, %9365 : f64[] @ models/lib/nn.yaml:80:7
%9367 = lt %9366, %6283 : bool[] @ models/lib/nn.yaml:80:7
%9368 = cast %9366 : f32[] @ models/lib/nn.yaml:80:7
%9369 = broadcast %9368 : f32[16] @ models/lib/nn.yaml:80:7
%9370 = mul %9360, %9369 : f32[16] @ models/lib/nn.yaml:80:7
%9371 = broadcast %9367 : bool[16] @ models/lib/nn.yaml:80:7
%9372 = select %9371, %9370, %9360 : f32[16] @ models/lib/nn.yaml:80:7
%9373 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9374 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9375 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9376 = add %9375, %6293 : i64[] @ models/lib/nn.yaml:80:7
%9377 = mul %9372, %6424 : f32[16] @ models/lib/nn.yaml:80:7
%9378 = mul %9373, %6426 : f32[16] @ models/lib/nn.yaml:80:7
%9379 = add %9378, %9377 : f32[16] @ models/lib/nn.yaml:80:7
%9380 = mul %9372, %9372 : f32[16] @ models/lib/nn.yaml:80:7
%9381 = mul %9380, %6430 : f32[16] @ models/lib/nn.yaml:80:7
%9382 = mul %9374, %6432 : f32[16] @ models/lib/nn.yaml:80:7
%9383 = add %9382, %9381 : f32[16] @ models/lib/nn.yaml:80:7
%9384 = cast %9376 : f64[] @ models/lib/nn.yaml:80:7
%9385 = pow %6302, %9384 : f64[] @ models/lib/nn.yaml:80:7
%9386 = sub %6283, %9385 : f64[] @ models/lib/nn.yaml:80:7
%9387 = div %3879, %9386 : f64[] @ models/lib/nn.yaml:80:7
%9388 = pow %6310, %9384 : f64[] @ models/lib/nn.yaml:80:7
%9389 = sub %6283, %9388 : f64[] @ models/lib/nn.yaml:80:7
%9390 = sqrt %9389 : f64[] @ models/lib/nn.yaml:80:7
%9391 = div %6283, %9390 : f64[] @ models/lib/nn.yaml:80:7
%9392 = sqrt %9383 : f32[16] @ models/lib/nn.yaml:80:7
%9393 = cast %9391 : f32[] @ models/lib/nn.yaml:80:7
%9394 = broadcast %9393 : f32[16] @ models/lib/nn.yaml:80:7
%9395 = mul %9392, %9394 : f32[16] @ models/lib/nn.yaml:80:7
%9396 = add %9395, %6447 : f32[16] @ models/lib/nn.yaml:80:7
%9397 = div %9379, %9396 : f32[16] @ models/lib/nn.yaml:80:7
%9398 = cast %9387 : f32[] @ models/lib/nn.yaml:80:7
%9399 = broadcast %9398 : f32[16] @ models/lib/nn.yaml:80:7
%9400 = mul %9397, %9399 : f32[16] @ models/lib/nn.yaml:80:7
%9401 = sub %66, %9400 : f32[16] @ models/lib/nn.yaml:80:7
%9402 = assign %66, %9401 : f32[16] @ models/lib/nn.yaml:80:7
%9403 = assign %9373, %9379 : f32[16] @ models/lib/nn.yaml:80:7
%9404 = assign %9374, %9383 : f32[16] @ models/lib/nn.yaml:80:7
%9405 = assign %9375, %9376 : i64[] @ models/lib/nn.yaml:80:7
%9406 = mul %144, %6458 : f32[16] @ models/lib/nn.yaml:80:7
%9407 = mul %9401, %6460 : f32[16] @ models/lib/nn.yaml:80:7
%9408 = add %9406, %9407 : f32[16] @ models/lib/nn.yaml:80:7
%9409 = assign %144, %9408 : f32[16] @ models/lib/nn.yaml:80:7
%9410 = all_reduce_sum %5284 : f32[16] @ models/lib/nn.yaml:89:7
%9411 = mul %9410, %9410 : f32[16] @ models/lib/nn.yaml:89:7
%9412 = reduce_sum %9411 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9413 = sqrt %9412 : f32[] @ models/lib/nn.yaml:89:7
%9414 = cast %9413 : f64[] @ models/lib/nn.yaml:89:7
%9415 = add %9414, %6279 : f64[] @ models/lib/nn.yaml:89:7
%9416 = div %6281, %9415 : f64[] @ models/lib/nn.yaml:89:7
%9417 = lt %9416, %6283 : bool[] @ models/lib/nn.yaml:89:7
%9418 = cast %9416 : f32[] @ models/lib/nn.yaml:89:7
%9419 = broadcast %9418 : f32[16] @ models/lib/nn.yaml:89:7
%9420 = mul %9410, %9419 : f32[16] @ models/lib/nn.yaml:89:7
%9421 = broadcast %9417 : bool[16] @ models/lib/nn.yaml:89:7
%9422 = select %9421, %9420, %9410 : f32[16] @ models/lib/nn.yaml:89:7
%9423 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9424 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9425 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9426 = add %9425, %6293 : i64[] @ models/lib/nn.yaml:89:7
%9427 = mul %9422, %6424 : f32[16] @ models/lib/nn.yaml:89:7
%9428 = mul %9423, %6426 : f32[16] @ models/lib/nn.yaml:89:7
%9429 = add %9428, %9427 : f32[16] @ models/lib/nn.yaml:89:7
%9430 = mul %9422, %9422 : f32[16] @ models/lib/nn.yaml:89:7
%9431 = mul %9430, %6430 : f32[16] @ models/lib/nn.yaml:89:7
%9432 = mul %9424, %6432 : f32[16] @ models/lib/nn.yaml:89:7
%9433 = add %9432, %9431 : f32[16] @ models/lib/nn.yaml:89:7
%9434 = cast %9426 : f64[] @ models/lib/nn.yaml:89:7
%9435 = pow %6302, %9434 : f64[] @ models/lib/nn.yaml:89:7
%9436 = sub %6283, %9435 : f64[] @ models/lib/nn.yaml:89:7
%9437 = div %3879, %9436 : f64[] @ models/lib/nn.yaml:89:7
%9438 = pow %6310, %9434 : f64[] @ models/lib/nn.yaml:89:7
%9439 = sub %6283, %9438 : f64[] @ models/lib/nn.yaml:89:7
%9440 = sqrt %9439 : f64[] @ models/lib/nn.yaml:89:7
%9441 = div %6283, %9440 : f64[] @ models/lib/nn.yaml:89:7
%9442 = sqrt %9433 : f32[16] @ models/lib/nn.yaml:89:7
%9443 = cast %9441 : f32[] @ models/lib/nn.yaml:89:7
%9444 = broadcast %9443 : f32[16] @ models/lib/nn.yaml:89:7
%9445 = mul %9442, %9444 : f32[16] @ models/lib/nn.yaml:89:7
%9446 = add %9445, %6447 : f32[16] @ models/lib/nn.yaml:89:7
%9447 = div %9429, %9446 : f32[16] @ models/lib/nn.yaml:89:7
%9448 = cast %9437 : f32[] @ models/lib/nn.yaml:89:7
%9449 = broadcast %9448 : f32[16] @ models/lib/nn.yaml:89:7
%9450 = mul %9447, %9449 : f32[16] @ models/lib/nn.yaml:89:7
%9451 = sub %67, %9450 : f32[16] @ models/lib/nn.yaml:89:7
%9452 = assign %67, %9451 : f32[16] @ models/lib/nn.yaml:89:7
%9453 = assign %9423, %9429 : f32[16] @ models/lib/nn.yaml:89:7
%9454 = assign %9424, %9433 : f32[16] @ models/lib/nn.yaml:89:7
%9455 = assign %9425, %9426 : i64[] @ models/lib/nn.yaml:89:7
%9456 = mul %145, %6458 : f32[16] @ models/lib/nn.yaml:89:7
%9457 = mul %9451, %6460 : f32[16] @ models/lib/nn.yaml:89:7
%9458 = add %9456, %9457 : f32[16] @ models/lib/nn.yaml:89:7
%9459 = assign %145, %9458 : f32[16] @ models/lib/nn.yaml:89:7
%9460 = all_reduce_sum %5277 : f32[16] @ models/lib/nn.yaml:90:7
%9461 = mul %9460, %9460 : f32[16] @ models/lib/nn.yaml:90:7
%9462 = reduce_sum %9461 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9463 = sqrt %9462 : f32[] @ models/lib/nn.yaml:90:7
%9464 = cast %9463 : f64[] @ models/lib/nn.yaml:90:7
%9465 = add %9464, %6279 : f64[] @ models/lib/nn.yaml:90:7
%9466 = div %6281, %9465 : f64[] @ models/lib/nn.yaml:90:7
%9467 = lt %9466, %6283 : bool[] @ models/lib/nn.yaml:90:7
%9468 = cast %9466 : f32[] @ models/lib/nn.yaml:90:7
%9469 = broadcast %9468 : f32[16] @ models/lib/nn.yaml:90:7
%9470 = mul %9460, %9469 : f32[16] @ models/lib/nn.yaml:90:7
%9471 = broadcast %9467 : bool[16] @ models/lib/nn.yaml:90:7
%9472 = select %9471, %9470, %9460 : f32[16] @ models/lib/nn.yaml:90:7
%9473 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9474 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9475 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9476 = add %9475, %6293 : i64[] @ models/lib/nn.yaml:90:7
%9477 = mul %9472, %6424 : f32[16] @ models/lib/nn.yaml:90:7
%9478 = mul %9473, %6426 : f32[16] @ models/lib/nn.yaml:90:7
%9479 = add %9478, %9477 : f32[16] @ models/lib/nn.yaml:90:7
%9480 = mul %9472, %9472 : f32[16] @ models/lib/nn.yaml:90:7
%9481 = mul %9480, %6430 : f32[16] @ models/lib/nn.yaml:90:7
%9482 = mul %9474, %6432 : f32[16] @ models/lib/nn.yaml:90:7
%9483 = add %9482, %9481 : f32[16] @ models/lib/nn.yaml:90:7
%9484 = cast %9476 : f64[] @ models/lib/nn.yaml:90:7
%9485 = pow %6302, %9484 : f64[] @ models/lib/nn.yaml:90:7
%9486 = sub %6283, %9485 : f64[] @ models/lib/nn.yaml:90:7
%9487 = div %3879, %9486 : f64[] @ models/lib/nn.yaml:90:7
%9488 = pow %6310, %9484 : f64[] @ models/lib/nn.yaml:90:7
%9489 = sub %6283, %9488 : f64[] @ models/lib/nn.yaml:90:7
%9490 = sqrt %9489 : f64[] @ models/lib/nn.yaml:90:7
%9491 = div %6283, %9490 : f64[] @ models/lib/nn.yaml:90:7
%9492 = sqrt %9483 : f32[16] @ models/lib/nn.yaml:90:7
%9493 = cast %9491 : f32[] @ models/lib/nn.yaml:90:7
%9494 = broadcast %9493 : f32[16] @ models/lib/nn.yaml:90:7
%9495 = mul %9492, %9494 : f32[16] @ models/lib/nn.yaml:90:7
%9496 = add %9495, %6447 : f32[16] @ models/lib/nn.yaml:90:7
%9497 = div %9479, %9496 : f32[16] @ models/lib/nn.yaml:90:7
%9498 = cast %9487 : f32[] @ models/lib/nn.yaml:90:7
%9499 = broadcast %9498 : f32[16] @ models/lib/nn.yaml:90:7
%9500 = mul %9497, %9499 : f32[16] @ models/lib/nn.yaml:90:7
%9501 = sub %68, %9500 : f32[16] @ models/lib/nn.yaml:90:7
%9502 = assign %68, %9501 : f32[16] @ models/lib/nn.yaml:90:7
%9503 = assign %9473, %9479 : f32[16] @ models/lib/nn.yaml:90:7
%9504 = assign %9474, %9483 : f32[16] @ models/lib/nn.yaml:90:7
%9505 = assign %9475, %9476 : i64[] @ models/lib/nn.yaml:90:7
%9506 = mul %146, %6458 : f32[16] @ models/lib/nn.yaml:90:7
%9507 = mul %9501, %6460 : f32[16] @ models/lib/nn.yaml:90:7
%9508 = add %9506, %9507 : f32[16] @ models/lib/nn.yaml:90:7
%9509 = assign %146, %9508 : f32[16] @ models/lib/nn.yaml:90:7
%9510 = all_reduce_sum %5269 : f32[24,16] @ models/lib/nn.yaml:79:7
%9511 = reshape %9510 : f32[384] @ models/lib/nn.yaml:79:7
%9512 = mul %9511, %9511 : f32[384] @ models/lib/nn.yaml:79:7
%9513 = reduce_sum %9512 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9514 = sqrt %9513 : f32[] @ models/lib/nn.yaml:79:7
%9515 = cast %9514 : f64[] @ models/lib/nn.yaml:79:7
%9516 = add %9515, %6279 : f64[] @ models/lib/nn.yaml:79:7
%9517 = div %6281, %9516 : f64[] @ models/lib/nn.yaml:79:7
%9518 = lt %9517, %6283 : bool[] @ models/lib/nn.yaml:79:7
%9519 = cast %9517 : f32[] @ models/lib/nn.yaml:79:7
%9520 = broadcast %9519 : f32[24,16] @ models/lib/nn.yaml:79:7
%9521 = mul %9510, %9520 : f32[24,16] @ models/lib/nn.yaml:79:7
%9522 = broadcast %9518 : bool[24,16] @ models/lib/nn.yaml:79:7
%9523 = select %9522, %9521, %9510 : f32[24,16] @ models/lib/nn.yaml:79:7
%9524 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9525 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9526 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9527 = add %9526, %6293 : i64[] @ models/lib/nn.yaml:79:7
%9528 = broadcast %6297 : f32[24,16] @ models/lib/nn.yaml:79:7
%9529 = mul %69, %9528 : f32[24,16] @ models/lib/nn.yaml:79:7
%9530 = broadcast %3608 : f32[24,16] @ models/lib/nn.yaml:79:7
%9531 = mul %9523, %9530 : f32[24,16] @ models/lib/nn.yaml:79:7
%9532 = broadcast %2464 : f32[24,16] @ models/lib/nn.yaml:79:7
%9533 = mul %9524, %9532 : f32[24,16] @ models/lib/nn.yaml:79:7
%9534 = add %9533, %9531 : f32[24,16] @ models/lib/nn.yaml:79:7
%9535 = mul %9523, %9523 : f32[24,16] @ models/lib/nn.yaml:79:7
%9536 = broadcast %6307 : f32[24,16] @ models/lib/nn.yaml:79:7
%9537 = mul %9535, %9536 : f32[24,16] @ models/lib/nn.yaml:79:7
%9538 = broadcast %6311 : f32[24,16] @ models/lib/nn.yaml:79:7
%9539 = mul %9525, %9538 : f32[24,16] @ models/lib/nn.yaml:79:7
%9540 = add %9539, %9537 : f32[24,16] @ models/lib/nn.yaml:79:7
%9541 = cast %9527 : f64[] @ models/lib/nn.yaml:79:7
%9542 = pow %6302, %9541 : f64[] @ models/lib/nn.yaml:79:7
%9543 = sub %6283, %9542 : f64[] @ models/lib/nn.yaml:79:7
%9544 = div %3879, %9543 : f64[] @ models/lib/nn.yaml:79:7
%9545 = pow %6310, %9541 : f64[] @ models/lib/nn.yaml:79:7
%9546 = sub %6283, %9545 : f64[] @ models/lib/nn.yaml:79:7
%9547 = sqrt %9546 : f64[] @ models/lib/nn.yaml:79:7
%9548 = div %6283, %9547 : f64[] @ models/lib/nn.yaml:79:7
%9549 = sqrt %9540 : f32[24,16] @ models/lib/nn.yaml:79:7
%9550 = cast %9548 : f32[] @ models/lib/nn.yaml:79:7
%9551 = broadcast %9550 : f32[24,16] @ models/lib/nn.yaml:79:7
%9552 = mul %9549, %9551 : f32[24,16] @ models/lib/nn.yaml:79:7
%9553 = broadcast %6327 : f32[24,16] @ models/lib/nn.yaml:79:7
%9554 = add %9552, %9553 : f32[24,16] @ models/lib/nn.yaml:79:7
%9555 = div %9534, %9554 : f32[24,16] @ models/lib/nn.yaml:79:7
%9556 = cast %9544 : f32[] @ models/lib/nn.yaml:79:7
%9557 = broadcast %9556 : f32[24,16] @ models/lib/nn.yaml:79:7
%9558 = mul %9555, %9557 : f32[24,16] @ models/lib/nn.yaml:79:7
%9559 = sub %9529, %9558 : f32[24,16] @ models/lib/nn.yaml:79:7
%9560 = assign %69, %9559 : f32[24,16] @ models/lib/nn.yaml:79:7
%9561 = assign %9524, %9534 : f32[24,16] @ models/lib/nn.yaml:79:7
%9562 = assign %9525, %9540 : f32[24,16] @ models/lib/nn.yaml:79:7
%9563 = assign %9526, %9527 : i64[] @ models/lib/nn.yaml:79:7
%9564 = broadcast %3 : f32[24,16] @ models/lib/nn.yaml:79:7
%9565 = mul %147, %9564 : f32[24,16] @ models/lib/nn.yaml:79:7
%9566 = broadcast %6342 : f32[24,16] @ models/lib/nn.yaml:79:7
%9567 = mul %9559, %9566 : f32[24,16] @ models/lib/nn.yaml:79:7
%9568 = add %9565, %9567 : f32[24,16] @ models/lib/nn.yaml:79:7
%9569 = assign %147, %9568 : f32[24,16] @ models/lib/nn.yaml:79:7
%9570 = all_reduce_sum %5261 : f32[24] @ models/lib/nn.yaml:80:7
%9571 = mul %9570, %9570 : f32[24] @ models/lib/nn.yaml:80:7
%9572 = reduce_sum %9571 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9573 = sqrt %9572 : f32[] @ models/lib/nn.yaml:80:7
%9574 = cast %9573 : f64[] @ models/lib/nn.yaml:80:7
%9575 = add %9574, %6279 : f64[] @ models/lib/nn.yaml:80:7
%9576 = div %6281, %9575 : f64[] @ models/lib/nn.yaml:80:7
%9577 = lt %9576, %6283 : bool[] @ models/lib/nn.yaml:80:7
%9578 = cast %9576 : f32[] @ models/lib/nn.yaml:80:7
%9579 = broadcast %9578 : f32[24] @ models/lib/nn.yaml:80:7
%9580 = mul %9570, %9579 : f32[24] @ models/lib/nn.yaml:80:7
%9581 = broadcast %9577 : bool[24] @ models/lib/nn.yaml:80:7
%9582 = select %9581, %9580, %9570 : f32[24] @ models/lib/nn.yaml:80:7
%9583 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9584 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9585 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9586 = add %9585, %6293 : i64[] @ models/lib/nn.yaml:80:7
%9587 = broadcast %3608 : f32[24] @ models/lib/nn.yaml:80:7
%9588 = mul %9582, %9587 : f32[24] @ models/lib/nn.yaml:80:7
%9589 = broadcast %2464 : f32[24] @ models/lib/nn.yaml:80:7
%9590 = mul %9583, %9589 : f32[24] @ models/lib/nn.yaml:80:7
%9591 = add %9590, %9588 : f32[24] @ models/lib/nn.yaml:80:7
%9592 = mul %9582, %9582 : f32[24] @ models/lib/nn.yaml:80:7
%9593 = broadcast %6307 : f32[24] @ models/lib/nn.yaml:80:7
%9594 = mul %9592, %9593 : f32[24] @ models/lib/nn.yaml:80:7
%9595 = broadcast %6311 : f32[24] @ models/lib/nn.yaml:80:7
%9596 = mul %9584, %9595 : f32[24] @ models/lib/nn.yaml:80:7
%9597 = add %9596, %9594 : f32[24] @ models/lib/nn.yaml:80:7
%9598 = cast %9586 : f64[] @ models/lib/nn.yaml:80:7
%9599 = pow %6302, %9598 : f64[] @ models/lib/nn.yaml:80:7
%9600 = sub %6283, %9599 : f64[] @ models/lib/nn.yaml:80:7
%9601 = div %3879, %9600 : f64[] @ models/lib/nn.yaml:80:7
%9602 = pow %6310, %9598 : f64[] @ models/lib/nn.yaml:80:7
%9603 = sub %6283, %9602 : f64[] @ models/lib/nn.yaml:80:7
%9604 = sqrt %9603 : f64[] @ models/lib/nn.yaml:80:7
%9605 = div %6283, %9604 : f64[] @ models/lib/nn.yaml:80:7
%9606 = sqrt %9597 : f32[24] @ models/lib/nn.yaml:80:7
%9607 = cast %9605 : f32[] @ models/lib/nn.yaml:80:7
%9608 = broadcast %9607 : f32[24] @ models/lib/nn.yaml:80:7
%9609 = mul %9606, %9608 : f32[24] @ models/lib/nn.yaml:80:7
%9610 = broadcast %6327 : f32[24] @ models/lib/nn.yaml:80:7
%9611 = add %9609, %9610 : f32[24] @ models/lib/nn.yaml:80:7
%9612 = div %9591, %9611 : f32[24] @ models/lib/nn.yaml:80:7
%9613 = cast %9601 : f32[] @ models/lib/nn.yaml:80:7
%9614 = broadcast %9613 : f32[24] @ models/lib/nn.yaml:80:7
%9615 = mul %9612, %9614 : f32[24] @ models/lib/nn.yaml:80:7
%9616 = sub %70, %9615 : f32[24] @ models/lib/nn.yaml:80:7
%9617 = assign %70, %9616 : f32[24] @ models/lib/nn.yaml:80:7
%9618 = assign %9583, %9591 : f32[24] @ models/lib/nn.yaml:80:7
%9619 = assign %9584, %9597 : f32[24] @ models/lib/nn.yaml:80:7
%9620 = assign %9585, %9586 : i64[] @ models/lib/nn.yaml:80:7
%9621 = broadcast %3 : f32[24] @ models/lib/nn.yaml:80:7
%9622 = mul %148, %9621 : f32[24] @ models/lib/nn.yaml:80:7
%9623 = broadcast %6342 : f32[24] @ models/lib/nn.yaml:80:7
%9624 = mul %9616, %9623 : f32[24] @ models/lib/nn.yaml:80:7
%9625 = add %9622, %9624 : f32[24] @ models/lib/nn.yaml:80:7
%9626 = assign %148, %9625 : f32[24] @ models/lib/nn.yaml:80:7
%9627 = all_reduce_sum %5243 : f32[24,24] @ models/lib/nn.yaml:79:7
%9628 = reshape %9627 : f32[576] @ models/lib/nn.yaml:79:7
%9629 = mul %9628, %9628 : f32[576] @ models/lib/nn.yaml:79:7
%9630 = reduce_sum %9629 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9631 = sqrt %9630 : f32[] @ models/lib/nn.yaml:79:7
%9632 = cast %9631 : f64[] @ models/lib/nn.yaml:79:7
%9633 = add %9632, %6279 : f64[] @ models/lib/nn.yaml:79:7
%9634 = div %6281, %9633 : f64[] @ models/lib/nn.yaml:79:7
%9635 = lt %9634, %6283 : bool[] @ models/lib/nn.yaml:79:7
%9636 = cast %9634 : f32[] @ models/lib/nn.yaml:79:7
%9637 = broadcast %9636 : f32[24,24] @ models/lib/nn.yaml:79:7
%9638 = mul %9627, %9637 : f32[24,24] @ models/lib/nn.yaml:79:7
%9639 = broadcast %9635 : bool[24,24] @ models/lib/nn.yaml:79:7
%9640 = select %9639, %9638, %9627 : f32[24,24] @ models/lib/nn.yaml:79:7
%9641 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9642 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9643 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9644 = add %9643, %6293 : i64[] @ models/lib/nn.yaml:79:7
%9645 = broadcast %6297 : f32[24,24] @ models/lib/nn.yaml:79:7
%9646 = mul %71, %9645 : f32[24,24] @ models/lib/nn.yaml:79:7
%9647 = broadcast %3608 : f32[24,24] @ models/lib/nn.yaml:79:7
%9648 = mul %9640, %9647 : f32[24,24] @ models/lib/nn.yaml:79:7
%9649 = broadcast %2464 : f32[24,24] @ models/lib/nn.yaml:79:7
%9650 = mul %9641, %9649 : f32[24,24] @ models/lib/nn.yaml:79:7
%9651 = add %9650, %9648 : f32[24,24] @ models/lib/nn.yaml:79:7
%9652 = mul %9640, %9640 : f32[24,24] @ models/lib/nn.yaml:79:7
%9653 = broadcast %6307 : f32[24,24] @ models/lib/nn.yaml:79:7
%9654 = mul %9652, %9653 : f32[24,24] @ models/lib/nn.yaml:79:7
%9655 = broadcast %6311 : f32[24,24] @ models/lib/nn.yaml:79:7
%9656 = mul %9642, %9655 : f32[24,24] @ models/lib/nn.yaml:79:7
%9657 = add %9656, %9654 : f32[24,24] @ models/lib/nn.yaml:79:7
%9658 = cast %9644 : f64[] @ models/lib/nn.yaml:79:7
%9659 = pow %6302, %9658 : f64[] @ models/lib/nn.yaml:79:7
%9660 = sub %6283, %9659 : f64[] @ models/lib/nn.yaml:79:7
%9661 = div %3879, %9660 : f64[] @ models/lib/nn.yaml:79:7
%9662 = pow %6310, %9658 : f64[] @ models/lib/nn.yaml:79:7
%9663 = sub %6283, %9662 : f64[] @ models/lib/nn.yaml:79:7
%9664 = sqrt %9663 : f64[] @ models/lib/nn.yaml:79:7
%9665 = div %6283, %9664 : f64[] @ models/lib/nn.yaml:79:7
%9666 = sqrt %9657 : f32[24,24] @ models/lib/nn.yaml:79:7
%9667 = cast %9665 : f32[] @ models/lib/nn.yaml:79:7
%9668 = broadcast %9667 : f32[24,24] @ models/lib/nn.yaml:79:7
%9669 = mul %9666, %9668 : f32[24,24] @ models/lib/nn.yaml:79:7
%9670 = broadcast %6327 : f32[24,24] @ models/lib/nn.yaml:79:7
%9671 = add %9669, %9670 : f32[24,24] @ models/lib/nn.yaml:79:7
%9672 = div %9651, %9671 : f32[24,24] @ models/lib/nn.yaml:79:7
%9673 = cast %9661 : f32[] @ models/lib/nn.yaml:79:7
%9674 = broadcast %9673 : f32[24,24] @ models/lib/nn.yaml:79:7
%9675 = mul %9672, %9674 : f32[24,24] @ models/lib/nn.yaml:79:7
%9676 = sub %9646, %9675 : f32[24,24] @ models/lib/nn.yaml:79:7
%9677 = assign %71, %9676 : f32[24,24] @ models/lib/nn.yaml:79:7
%9678 = assign %9641, %9651 : f32[24,24] @ models/lib/nn.yaml:79:7
%9679 = assign %9642, %9657 : f32[24,24] @ models/lib/nn.yaml:79:7
%9680 = assign %9643, %9644 : i64[] @ models/lib/nn.yaml:79:7
%9681 = broadcast %3 : f32[24,24] @ models/lib/nn.yaml:79:7
%9682 = mul %149, %9681 : f32[24,24] @ models/lib/nn.yaml:79:7
%9683 = broadcast %6342 : f32[24,24] @ models/lib/nn.yaml:79:7
%9684 = mul %9676, %9683 : f32[24,24] @ models/lib/nn.yaml:79:7
%9685 = add %9682, %9684 : f32[24,24] @ models/lib/nn.yaml:79:7
%9686 = assign %149, %9685 : f32[24,24] @ models/lib/nn.yaml:79:7
%9687 = all_reduce_sum %5235 : f32[24] @ models/lib/nn.yaml:80:7
%9688 = mul %9687, %9687 : f32[24] @ models/lib/nn.yaml:80:7
%9689 = reduce_sum %9688 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9690 = sqrt %9689 : f32[] @ models/lib/nn.yaml:80:7
%9691 = cast %9690 : f64[] @ models/lib/nn.yaml:80:7
%9692 = add %9691, %6279 : f64[] @ models/lib/nn.yaml:80:7
%9693 = div %6281, %9692 : f64[] @ models/lib/nn.yaml:80:7
%9694 = lt %9693, %6283 : bool[] @ models/lib/nn.yaml:80:7
%9695 = cast %9693 : f32[] @ models/lib/nn.yaml:80:7
%9696 = broadcast %9695 : f32[24] @ models/lib/nn.yaml:80:7
%9697 = mul %9687, %9696 : f32[24] @ models/lib/nn.yaml:80:7
%9698 = broadcast %9694 : bool[24] @ models/lib/nn.yaml:80:7
%9699 = select %9698, %9697, %9687 : f32[24] @ models/lib/nn.yaml:80:7
%9700 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9701 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9702 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9703 = add %9702, %6293 : i64[] @ models/lib/nn.yaml:80:7
%9704 = mul %9699, %9587 : f32[24] @ models/lib/nn.yaml:80:7
%9705 = mul %9700, %9589 : f32[24] @ models/lib/nn.yaml:80:7
%9706 = add %9705, %9704 : f32[24] @ models/lib/nn.yaml:80:7
%9707 = mul %9699, %9699 : f32[24] @ models/lib/nn.yaml:80:7
%9708 = mul %9707, %9593 : f32[24] @ models/lib/nn.yaml:80:7
%9709 = mul %9701, %9595 : f32[24] @ models/lib/nn.yaml:80:7
%9710 = add %9709, %9708 : f32[24] @ models/lib/nn.yaml:80:7
%9711 = cast %9703 : f64[] @ models/lib/nn.yaml:80:7
%9712 = pow %6302, %9711 : f64[] @ models/lib/nn.yaml:80:7
%9713 = sub %6283, %9712 : f64[] @ models/lib/nn.yaml:80:7
%9714 = div %3879, %9713 : f64[] @ models/lib/nn.yaml:80:7
%9715 = pow %6310, %9711 : f64[] @ models/lib/nn.yaml:80:7
%9716 = sub %6283, %9715 : f64[] @ models/lib/nn.yaml:80:7
%9717 = sqrt %9716 : f64[] @ models/lib/nn.yaml:80:7
%9718 = div %6283, %9717 : f64[] @ models/lib/nn.yaml:80:7
%9719 = sqrt %9710 : f32[24] @ models/lib/nn.yaml:80:7
%9720 = cast %9718 : f32[] @ models/lib/nn.yaml:80:7
%9721 = broadcast %9720 : f32[24] @ models/lib/nn.yaml:80:7
%9722 = mul %9719, %9721 : f32[24] @ models/lib/nn.yaml:80:7
%9723 = add %9722, %9610 : f32[24] @ models/lib/nn.yaml:80:7
%9724 = div %9706, %9723 : f32[24] @ models/lib/nn.yaml:80:7
%9725 = cast %9714 : f32[] @ models/lib/nn.yaml:80:7
%9726 = broadcast %9725 : f32[24] @ models/lib/nn.yaml:80:7
%9727 = mul %9724, %9726 : f32[24] @ models/lib/nn.yaml:80:7
%9728 = sub %72, %9727 : f32[24] @ models/lib/nn.yaml:80:7
%9729 = assign %72, %9728 : f32[24] @ models/lib/nn.yaml:80:7
%9730 = assign %9700, %9706 : f32[24] @ models/lib/nn.yaml:80:7
%9731 = assign %9701, %9710 : f32[24] @ models/lib/nn.yaml:80:7
%9732 = assign %9702, %9703 : i64[] @ models/lib/nn.yaml:80:7
%9733 = mul %150, %9621 : f32[24] @ models/lib/nn.yaml:80:7
%9734 = mul %9728, %9623 : f32[24] @ models/lib/nn.yaml:80:7
%9735 = add %9733, %9734 : f32[24] @ models/lib/nn.yaml:80:7
%9736 = assign %150, %9735 : f32[24] @ models/lib/nn.yaml:80:7
%9737 = all_reduce_sum %5217 : f32[8,24] @ models/lib/nn.yaml:79:7
%9738 = reshape %9737 : f32[192] @ models/lib/nn.yaml:79:7
%9739 = mul %9738, %9738 : f32[192] @ models/lib/nn.yaml:79:7
%9740 = reduce_sum %9739 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9741 = sqrt %9740 : f32[] @ models/lib/nn.yaml:79:7
%9742 = cast %9741 : f64[] @ models/lib/nn.yaml:79:7
%9743 = add %9742, %6279 : f64[] @ models/lib/nn.yaml:79:7
%9744 = div %6281, %9743 : f64[] @ models/lib/nn.yaml:79:7
%9745 = lt %9744, %6283 : bool[] @ models/lib/nn.yaml:79:7
%9746 = cast %9744 : f32[] @ models/lib/nn.yaml:79:7
%9747 = broadcast %9746 : f32[8,24] @ models/lib/nn.yaml:79:7
%9748 = mul %9737, %9747 : f32[8,24] @ models/lib/nn.yaml:79:7
%9749 = broadcast %9745 : bool[8,24] @ models/lib/nn.yaml:79:7
%9750 = select %9749, %9748, %9737 : f32[8,24] @ models/lib/nn.yaml:79:7
%9751 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%9752 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%9753 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9754 = add %9753, %6293 : i64[] @ models/lib/nn.yaml:79:7
%9755 = broadcast %6297 : f32[8,24] @ models/lib/nn.yaml:79:7
%9756 = mul %73, %9755 : f32[8,24] @ models/lib/nn.yaml:79:7
%9757 = broadcast %3608 : f32[8,24] @ models/lib/nn.yaml:79:7
%9758 = mul %9750, %9757 : f32[8,24] @ models/lib/nn.yaml:79:7
%9759 = broadcast %2464 : f32[8,24] @ models/lib/nn.yaml:79:7
%9760 = mul %9751, %9759 : f32[8,24] @ models/lib/nn.yaml:79:7
%9761 = add %9760, %9758 : f32[8,24] @ models/lib/nn.yaml:79:7
%9762 = mul %9750, %9750 : f32[8,24] @ models/lib/nn.yaml:79:7
%9763 = broadcast %6307 : f32[8,24] @ models/lib/nn.yaml:79:7
%9764 = mul %9762, %9763 : f32[8,24] @ models/lib/nn.yaml:79:7
%9765 = broadcast %6311 : f32[8,24] @ models/lib/nn.yaml:79:7
%9766 = mul %9752, %9765 : f32[8,24] @ models/lib/nn.yaml:79:7
%9767 = add %9766, %9764 : f32[8,24] @ models/lib/nn.yaml:79:7
%9768 = cast %9754 : f64[] @ models/lib/nn.yaml:79:7
%9769 = pow %6302, %9768 : f64[] @ models/lib/nn.yaml:79:7
%9770 = sub %6283, %9769 : f64[] @ models/lib/nn.yaml:79:7
%9771 = div %3879, %9770 : f64[] @ models/lib/nn.yaml:79:7
%9772 = pow %6310, %9768 : f64[] @ models/lib/nn.yaml:79:7
%9773 = sub %6283, %9772 : f64[] @ models/lib/nn.yaml:79:7
%9774 = sqrt %9773 : f64[] @ models/lib/nn.yaml:79:7
%9775 = div %6283, %9774 : f64[] @ models/lib/nn.yaml:79:7
%9776 = sqrt %9767 : f32[8,24] @ models/lib/nn.yaml:79:7
%9777 = cast %9775 : f32[] @ models/lib/nn.yaml:79:7
%9778 = broadcast %9777 : f32[8,24] @ models/lib/nn.yaml:79:7
%9779 = mul %9776, %9778 : f32[8,24] @ models/lib/nn.yaml:79:7
%9780 = broadcast %6327 : f32[8,24] @ models/lib/nn.yaml:79:7
%9781 = add %9779, %9780 : f32[8,24] @ models/lib/nn.yaml:79:7
%9782 = div %9761, %9781 : f32[8,24] @ models/lib/nn.yaml:79:7
%9783 = cast %9771 : f32[] @ models/lib/nn.yaml:79:7
%9784 = broadcast %9783 : f32[8,24] @ models/lib/nn.yaml:79:7
%9785 = mul %9782, %9784 : f32[8,24] @ models/lib/nn.yaml:79:7
%9786 = sub %9756, %9785 : f32[8,24] @ models/lib/nn.yaml:79:7
%9787 = assign %73, %9786 : f32[8,24] @ models/lib/nn.yaml:79:7
%9788 = assign %9751, %9761 : f32[8,24] @ models/lib/nn.yaml:79:7
%9789 = assign %9752, %9767 : f32[8,24] @ models/lib/nn.yaml:79:7
%9790 = assign %9753, %9754 : i64[] @ models/lib/nn.yaml:79:7
%9791 = broadcast %3 : f32[8,24] @ models/lib/nn.yaml:79:7
%9792 = mul %151, %9791 : f32[8,24] @ models/lib/nn.yaml:79:7
%9793 = broadcast %6342 : f32[8,24] @ models/lib/nn.yaml:79:7
%9794 = mul %9786, %9793 : f32[8,24] @ models/lib/nn.yaml:79:7
%9795 = add %9792, %9794 : f32[8,24] @ models/lib/nn.yaml:79:7
%9796 = assign %151, %9795 : f32[8,24] @ models/lib/nn.yaml:79:7
%9797 = all_reduce_sum %5209 : f32[8] @ models/lib/nn.yaml:80:7
%9798 = mul %9797, %9797 : f32[8] @ models/lib/nn.yaml:80:7
%9799 = reduce_sum %9798 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9800 = sqrt %9799 : f32[] @ models/lib/nn.yaml:80:7
%9801 = cast %9800 : f64[] @ models/lib/nn.yaml:80:7
%9802 = add %9801, %6279 : f64[] @ models/lib/nn.yaml:80:7
%9803 = div %6281, %9802 : f64[] @ models/lib/nn.yaml:80:7
%9804 = lt %9803, %6283 : bool[] @ models/lib/nn.yaml:80:7
%9805 = cast %9803 : f32[] @ models/lib/nn.yaml:80:7
%9806 = broadcast %9805 : f32[8] @ models/lib/nn.yaml:80:7
%9807 = mul %9797, %9806 : f32[8] @ models/lib/nn.yaml:80:7
%9808 = broadcast %9804 : bool[8] @ models/lib/nn.yaml:80:7
%9809 = select %9808, %9807, %9797 : f32[8] @ models/lib/nn.yaml:80:7
%9810 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9811 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9812 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9813 = add %9812, %6293 : i64[] @ models/lib/nn.yaml:80:7
%9814 = broadcast %3608 : f32[8] @ models/lib/nn.yaml:80:7
%9815 = mul %9809, %9814 : f32[8] @ models/lib/nn.yaml:80:7
%9816 = broadcast %2464 : f32[8] @ models/lib/nn.yaml:80:7
%9817 = mul %9810, %9816 : f32[8] @ models/lib/nn.yaml:80:7
%9818 = add %9817, %9815 : f32[8] @ models/lib/nn.yaml:80:7
%9819 = mul %9809, %9809 : f32[8] @ models/lib/nn.yaml:80:7
%9820 = broadcast %6307 : f32[8] @ models/lib/nn.yaml:80:7
%9821 = mul %9819, %9820 : f32[8] @ models/lib/nn.yaml:80:7
%9822 = broadcast %6311 : f32[8] @ models/lib/nn.yaml:80:7
%9823 = mul %9811, %9822 : f32[8] @ models/lib/nn.yaml:80:7
%9824 = add %9823, %9821 : f32[8] @ models/lib/nn.yaml:80:7
%9825 = cast %9813 : f64[] @ models/lib/nn.yaml:80:7
%9826 = pow %6302, %9825 : f64[] @ models/lib/nn.yaml:80:7
%9827 = sub %6283, %9826 : f64[] @ models/lib/nn.yaml:80:7
%9828 = div %3879, %9827 : f64[] @ models/lib/nn.yaml:80:7
%9829 = pow %6310, %9825 : f64[] @ models/lib/nn.yaml:80:7
%9830 = sub %6283, %9829 : f64[] @ models/lib/nn.yaml:80:7
%9831 = sqrt %9830 : f64[] @ models/lib/nn.yaml:80:7
%9832 = div %6283, %9831 : f64[] @ models/lib/nn.yaml:80:7
%9833 = sqrt %9824 : f32[8] @ models/lib/nn.yaml:80:7
%9834 = cast %9832 : f32[] @ models/lib/nn.yaml:80:7
%9835 = broadcast %9834 : f32[8] @ models/lib/nn.yaml:80:7
%9836 = mul %9833, %9835 : f32[8] @ models/lib/nn.yaml:80:7
%9837 = broadcast %6327 : f32[8] @ models/lib/nn.yaml:80:7
%9838 = add %9836, %9837 : f32[8] @ models/lib/nn.yaml:80:7
%9839 = div %9818, %9838 : f32[8] @ models/lib/nn.yaml:80:7
%9840 = cast %9828 : f32[] @ models/lib/nn.yaml:80:7
%9841 = broadcast %9840 : f32[8] @ models/lib/nn.yaml:80:7
%9842 = mul %9839, %9841 : f32[8] @ models/lib/nn.yaml:80:7
%9843 = sub %74, %9842 : f32[8] @ models/lib/nn.yaml:80:7
%9844 = assign %74, %9843 : f32[8] @ models/lib/nn.yaml:80:7
%9845 = assign %9810, %9818 : f32[8] @ models/lib/nn.yaml:80:7
%9846 = assign %9811, %9824 : f32[8] @ models/lib/nn.yaml:80:7
%9847 = assign %9812, %9813 : i64[] @ models/lib/nn.yaml:80:7
%9848 = broadcast %3 : f32[8] @ models/lib/nn.yaml:80:7
%9849 = mul %152, %9848 : f32[8] @ models/lib/nn.yaml:80:7
%9850 = broadcast %6342 : f32[8] @ models/lib/nn.yaml:80:7
%9851 = mul %9843, %9850 : f32[8] @ models/lib/nn.yaml:80:7
%9852 = add %9849, %9851 : f32[8] @ models/lib/nn.yaml:80:7
%9853 = assign %152, %9852 : f32[8] @ models/lib/nn.yaml:80:7
%9854 = broadcast %3 : f32[32,1] @ models/lib/dino.yaml:18:7
%9855 = mul %153, %9854 : f32[32,1] @ models/lib/dino.yaml:18:7
%9856 = broadcast %6342 : f32[32,1] @ models/lib/dino.yaml:18:7
%9857 = mul %75, %9856 : f32[32,1] @ models/lib/dino.yaml:18:7
%9858 = add %9855, %9857 : f32[32,1] @ models/lib/dino.yaml:18:7
%9859 = assign %153, %9858 : f32[32,1] @ models/lib/dino.yaml:18:7
%9860 = all_reduce_sum %5187 : f32[32,8] @ models/lib/dino.yaml:19:7
%9861 = reshape %9860 : f32[256] @ models/lib/dino.yaml:19:7
%9862 = mul %9861, %9861 : f32[256] @ models/lib/dino.yaml:19:7
%9863 = reduce_sum %9862 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%9864 = sqrt %9863 : f32[] @ models/lib/dino.yaml:19:7
%9865 = cast %9864 : f64[] @ models/lib/dino.yaml:19:7
%9866 = add %9865, %6279 : f64[] @ models/lib/dino.yaml:19:7
%9867 = div %6281, %9866 : f64[] @ models/lib/dino.yaml:19:7
%9868 = lt %9867, %6283 : bool[] @ models/lib/dino.yaml:19:7
%9869 = cast %9867 : f32[] @ models/lib/dino.yaml:19:7
%9870 = broadcast %9869 : f32[32,8] @ models/lib/dino.yaml:19:7
%9871 = mul %9860, %9870 : f32[32,8] @ models/lib/dino.yaml:19:7
%9872 = broadcast %9868 : bool[32,8] @ models/lib/dino.yaml:19:7
%9873 = select %9872, %9871, %9860 : f32[32,8] @ models/lib/dino.yaml:19:7
%9874 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%9875 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%9876 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%9877 = add %9876, %6293 : i64[] @ models/lib/dino.yaml:19:7
%9878 = broadcast %6297 : f32[32,8] @ models/lib/dino.yaml:19:7
%9879 = mul %76, %9878 : f32[32,8] @ models/lib/dino.yaml:19:7
%9880 = broadcast %3608 : f32[32,8] @ models/lib/dino.yaml:19:7
%9881 = mul %9873, %9880 : f32[32,8] @ models/lib/dino.yaml:19:7
%9882 = broadcast %2464 : f32[32,8] @ models/lib/dino.yaml:19:7
%9883 = mul %9874, %9882 : f32[32,8] @ models/lib/dino.yaml:19:7
%9884 = add %9883, %9881 : f32[32,8] @ models/lib/dino.yaml:19:7
%9885 = mul %9873, %9873 : f32[32,8] @ models/lib/dino.yaml:19:7
%9886 = broadcast %6307 : f32[32,8] @ models/lib/dino.yaml:19:7
%9887 = mul %9885, %9886 : f32[32,8] @ models/lib/dino.yaml:19:7
%9888 = broadcast %6311 : f32[32,8] @ models/lib/dino.yaml:19:7
%9889 = mul %9875, %9888 : f32[32,8] @ models/lib/dino.yaml:19:7
%9890 = add %9889, %9887 : f32[32,8] @ models/lib/dino.yaml:19:7
%9891 = cast %9877 : f64[] @ models/lib/dino.yaml:19:7
%9892 = pow %6302, %9891 : f64[] @ models/lib/dino.yaml:19:7
%9893 = sub %6283, %9892 : f64[] @ models/lib/dino.yaml:19:7
%9894 = div %3879, %9893 : f64[] @ models/lib/dino.yaml:19:7
%9895 = pow %6310, %9891 : f64[] @ models/lib/dino.yaml:19:7
%9896 = sub %6283, %9895 : f64[] @ models/lib/dino.yaml:19:7
%9897 = sqrt %9896 : f64[] @ models/lib/dino.yaml:19:7
%9898 = div %6283, %9897 : f64[] @ models/lib/dino.yaml:19:7
%9899 = sqrt %9890 : f32[32,8] @ models/lib/dino.yaml:19:7
%9900 = cast %9898 : f32[] @ models/lib/dino.yaml:19:7
%9901 = broadcast %9900 : f32[32,8] @ models/lib/dino.yaml:19:7
%9902 = mul %9899, %9901 : f32[32,8] @ models/lib/dino.yaml:19:7
%9903 = broadcast %6327 : f32[32,8] @ models/lib/dino.yaml:19:7
%9904 = add %9902, %9903 : f32[32,8] @ models/lib/dino.yaml:19:7
%9905 = div %9884, %9904 : f32[32,8] @ models/lib/dino.yaml:19:7
%9906 = cast %9894 : f32[] @ models/lib/dino.yaml:19:7
%9907 = broadcast %9906 : f32[32,8] @ models/lib/dino.yaml:19:7
%9908 = mul %9905, %9907 : f32[32,8] @ models/lib/dino.yaml:19:7
%9909 = sub %9879, %9908 : f32[32,8] @ models/lib/dino.yaml:19:7
%9910 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%9911 = lt %9910, %6293 : bool[] @ models/lib/dino.yaml:19:7
%9912 = broadcast %9911 : bool[32,8] @ models/lib/dino.yaml:19:7
%9913 = select %9912, %76, %9909 : f32[32,8] @ models/lib/dino.yaml:19:7
%9914 = select %9912, %9874, %9884 : f32[32,8] @ models/lib/dino.yaml:19:7
%9915 = select %9912, %9875, %9890 : f32[32,8] @ models/lib/dino.yaml:19:7
%9916 = select %9911, %9876, %9877 : i64[] @ models/lib/dino.yaml:19:7
%9917 = assign %76, %9913 : f32[32,8] @ models/lib/dino.yaml:19:7
%9918 = assign %9874, %9914 : f32[32,8] @ models/lib/dino.yaml:19:7
%9919 = assign %9875, %9915 : f32[32,8] @ models/lib/dino.yaml:19:7
%9920 = assign %9876, %9916 : i64[] @ models/lib/dino.yaml:19:7
%9921 = broadcast %3 : f32[32,8] @ models/lib/dino.yaml:19:7
%9922 = mul %154, %9921 : f32[32,8] @ models/lib/dino.yaml:19:7
%9923 = broadcast %6342 : f32[32,8] @ models/lib/dino.yaml:19:7
%9924 = mul %9913, %9923 : f32[32,8] @ models/lib/dino.yaml:19:7
%9925 = add %9922, %9924 : f32[32,8] @ models/lib/dino.yaml:19:7
%9926 = assign %154, %9925 : f32[32,8] @ models/lib/dino.yaml:19:7
%9927 = all_reduce_sum %5169 : f32[24,16] @ models/lib/nn.yaml:79:7
%9928 = reshape %9927 : f32[384] @ models/lib/nn.yaml:79:7
%9929 = mul %9928, %9928 : f32[384] @ models/lib/nn.yaml:79:7
%9930 = reduce_sum %9929 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9931 = sqrt %9930 : f32[] @ models/lib/nn.yaml:79:7
%9932 = cast %9931 : f64[] @ models/lib/nn.yaml:79:7
%9933 = add %9932, %6279 : f64[] @ models/lib/nn.yaml:79:7
%9934 = div %6281, %9933 : f64[] @ models/lib/nn.yaml:79:7
%9935 = lt %9934, %6283 : bool[] @ models/lib/nn.yaml:79:7
%9936 = cast %9934 : f32[] @ models/lib/nn.yaml:79:7
%9937 = broadcast %9936 : f32[24,16] @ models/lib/nn.yaml:79:7
%9938 = mul %9927, %9937 : f32[24,16] @ models/lib/nn.yaml:79:7
%9939 = broadcast %9935 : bool[24,16] @ models/lib/nn.yaml:79:7
%9940 = select %9939, %9938, %9927 : f32[24,16] @ models/lib/nn.yaml:79:7
%9941 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9942 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9943 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9944 = add %9943, %6293 : i64[] @ models/lib/nn.yaml:79:7
%9945 = mul %77, %9528 : f32[24,16] @ models/lib/nn.yaml:79:7
%9946 = mul %9940, %9530 : f32[24,16] @ models/lib/nn.yaml:79:7
%9947 = mul %9941, %9532 : f32[24,16] @ models/lib/nn.yaml:79:7
%9948 = add %9947, %9946 : f32[24,16] @ models/lib/nn.yaml:79:7
%9949 = mul %9940, %9940 : f32[24,16] @ models/lib/nn.yaml:79:7
%9950 = mul %9949, %9536 : f32[24,16] @ models/lib/nn.yaml:79:7
%9951 = mul %9942, %9538 : f32[24,16] @ models/lib/nn.yaml:79:7
%9952 = add %9951, %9950 : f32[24,16] @ models/lib/nn.yaml:79:7
%9953 = cast %9944 : f64[] @ models/lib/nn.yaml:79:7
%9954 = pow %6302, %9953 : f64[] @ models/lib/nn.yaml:79:7
%9955 = sub %6283, %9954 : f64[] @ models/lib/nn.yaml:79:7
%9956 = div %3879, %9955 : f64[] @ models/lib/nn.yaml:79:7
%9957 = pow %6310, %9953 : f64[] @ models/lib/nn.yaml:79:7
%9958 = sub %6283, %9957 : f64[] @ models/lib/nn.yaml:79:7
%9959 = sqrt %9958 : f64[] @ models/lib/nn.yaml:79:7
%9960 = div %6283, %9959 : f64[] @ models/lib/nn.yaml:79:7
%9961 = sqrt %9952 : f32[24,16] @ models/lib/nn.yaml:79:7
%9962 = cast %9960 : f32[] @ models/lib/nn.yaml:79:7
%9963 = broadcast %9962 : f32[24,16] @ models/lib/nn.yaml:79:7
%9964 = mul %9961, %9963 : f32[24,16] @ models/lib/nn.yaml:79:7
%9965 = add %9964, %9553 : f32[24,16] @ models/lib/nn.yaml:79:7
%9966 = div %9948, %9965 : f32[24,16] @ models/lib/nn.yaml:79:7
%9967 = cast %9956 : f32[] @ models/lib/nn.yaml:79:7
%9968 = broadcast %9967 : f32[24,16] @ models/lib/nn.yaml:79:7
%9969 = mul %9966, %9968 : f32[24,16] @ models/lib/nn.yaml:79:7
%9970 = sub %9945, %9969 : f32[24,16] @ models/lib/nn.yaml:79:7
%9971 = assign %77, %9970 : f32[24,16] @ models/lib/nn.yaml:79:7
%9972 = assign %9941, %9948 : f32[24,16] @ models/lib/nn.yaml:79:7
%9973 = assign %9942, %9952 : f32[24,16] @ models/lib/nn.yaml:79:7
%9974 = assign %9943, %9944 : i64[] @ models/lib/nn.yaml:79:7
%9975 = mul %155, %9564 : f32[24,16] @ models/lib/nn.yaml:79:7
%9976 = mul %9970, %9566 : f32[24,16] @ models/lib/nn.yaml:79:7
%9977 = add %9975, %9976 : f32[24,16] @ models/lib/nn.yaml:79:7
%9978 = assign %155, %9977 : f32[24,16] @ models/lib/nn.yaml:79:7
%9979 = all_reduce_sum %5161 : f32[24] @ models/lib/nn.yaml:80:7
%9980 = mul %9979, %9979 : f32[24] @ models/lib/nn.yaml:80:7
%9981 = reduce_sum %9980 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9982 = sqrt %9981 : f32[] @ models/lib/nn.yaml:80:7
%9983 = cast %9982 : f64[] @ models/lib/nn.yaml:80:7
%9984 = add %9983, %6279 : f64[] @ models/lib/nn.yaml:80:7
%9985 = div %6281, %9984 : f64[] @ models/lib/nn.yaml:80:7
%9986 = lt %9985, %6283 : bool[] @ models/lib/nn.yaml:80:7
%9987 = cast %9985 : f32[] @ models/lib/nn.yaml:80:7
%9988 = broadcast %9987 : f32[24] @ models/lib/nn.yaml:80:7
%9989 = mul %9979, %9988 : f32[24] @ models/lib/nn.yaml:80:7
%9990 = broadcast %9986 : bool[24] @ models/lib/nn.yaml:80:7
%9991 = select %9990, %9989, %9979 : f32[24] @ models/lib/nn.yaml:80:7
%9992 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9993 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9994 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9995 = add %9994, %6293 : i64[] @ models/lib/nn.yaml:80:7
%9996 = mul %9991, %9587 : f32[24] @ models/lib/nn.yaml:80:7
%9997 = mul %9992, %9589 : f32[24] @ models/lib/nn.yaml:80:7
%9998 = add %9997, %9996 : f32[24] @ models/lib/nn.yaml:80:7
%9999 = mul %9991, %9991 : f32[24] @ models/lib/nn.yaml:80:7
%10000 = mul %9999, %9593 : f32[24] @ models/lib/nn.yaml:80:7
%10001 = mul %9993, %9595 : f32[24] @ models/lib/nn.yaml:80:7
%10002 = add %10001, %10000 : f32[24] @ models/lib/nn.yaml:80:7
%10003 = cast %9995 : f64[] @ models/lib/nn.yaml:80:7
%10004 = pow %6302, %10003 : f64[] @ models/lib/nn.yaml:80:7
%10005 = sub %6283, %10004 : f64[] @ models/lib/nn.yaml:80:7
%10006 = div %3879, %10005 : f64[] @ models/lib/nn.yaml:80:7
%10007 = pow %6310, %10003 : f64[] @ models/lib/nn.yaml:80:7
%10008 = sub %6283, %10007 : f64[] @ models/lib/nn.yaml:80:7
%10009 = sqrt %10008 : f64[] @ models/lib/nn.yaml:80:7
%10010 = div %6283, %10009 : f64[] @ models/lib/nn.yaml:80:7
%10011 = sqrt %10002 : f32[24] @ models/lib/nn.yaml:80:7
%10012 = cast %10010 : f32[] @ models/lib/nn.yaml:80:7
%10013 = broadcast %10012 : f32[24] @ models/lib/nn.yaml:80:7
%10014 = mul %10011, %10013 : f32[24] @ models/lib/nn.yaml:80:7
%10015 = add %10014, %9610 : f32[24] @ models/lib/nn.yaml:80:7
%10016 = div %9998, %10015 : f32[24] @ models/lib/nn.yaml:80:7
%10017 = cast %10006 : f32[] @ models/lib/nn.yaml:80:7
%10018 = broadcast %10017 : f32[24] @ models/lib/nn.yaml:80:7
%10019 = mul %10016, %10018 : f32[24] @ models/lib/nn.yaml:80:7
%10020 = sub %78, %10019 : f32[24] @ models/lib/nn.yaml:80:7
%10021 = assign %78, %10020 : f32[24] @ models/lib/nn.yaml:80:7
%10022 = assign %9992, %9998 : f32[24] @ models/lib/nn.yaml:80:7
%10023 = assign %9993, %10002 : f32[24] @ models/lib/nn.yaml:80:7
%10024 = assign %9994, %9995 : i64[] @ models/lib/nn.yaml:80:7
%10025 = mul %156, %9621 : f32[24] @ models/lib/nn.yaml:80:7
%10026 = mul %10020, %9623 : f32[24] @ models/lib/nn.yaml:80:7
%10027 = add %10025, %10026 : f32[24] @ models/lib/nn.yaml:80:7
%10028 = assign %156, %10027 : f32[24] @ models/lib/nn.yaml:80:7
%10029 = all_reduce_sum %5141 : f32[24,24] @ models/lib/nn.yaml:79:7
%10030 = reshape %10029 : f32[576] @ models/lib/nn.yaml:79:7
%10031 = mul %10030, %10030 : f32[576] @ models/lib/nn.yaml:79:7
%10032 = reduce_sum %10031 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10033 = sqrt %10032 : f32[] @ models/lib/nn.yaml:79:7
%10034 = cast %10033 : f64[] @ models/lib/nn.yaml:79:7
%10035 = add %10034, %6279 : f64[] @ models/lib/nn.yaml:79:7
%10036 = div %6281, %10035 : f64[] @ models/lib/nn.yaml:79:7
%10037 = lt %10036, %6283 : bool[] @ models/lib/nn.yaml:79:7
%10038 = cast %10036 : f32[] @ models/lib/nn.yaml:79:7
%10039 = broadcast %10038 : f32[24,24] @ models/lib/nn.yaml:79:7
%10040 = mul %10029, %10039 : f32[24,24] @ models/lib/nn.yaml:79:7
%10041 = broadcast %10037 : bool[24,24] @ models/lib/nn.yaml:79:7
%10042 = select %10041, %10040, %10029 : f32[24,24] @ models/lib/nn.yaml:79:7
%10043 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10044 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10045 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10046 = add %10045, %6293 : i64[] @ models/lib/nn.yaml:79:7
%10047 = mul %79, %9645 : f32[24,24] @ models/lib/nn.yaml:79:7
%10048 = mul %10042, %9647 : f32[24,24] @ models/lib/nn.yaml:79:7
%10049 = mul %10043, %9649 : f32[24,24] @ models/lib/nn.yaml:79:7
%10050 = add %10049, %10048 : f32[24,24] @ models/lib/nn.yaml:79:7
%10051 = mul %10042, %10042 : f32[24,24] @ models/lib/nn.yaml:79:7
%10052 = mul %10051, %9653 : f32[24,24] @ models/lib/nn.yaml:79:7
%10053 = mul %10044, %9655 : f32[24,24] @ models/lib/nn.yaml:79:7
%10054 = add %10053, %10052 : f32[24,24] @ models/lib/nn.yaml:79:7
%10055 = cast %10046 : f64[] @ models/lib/nn.yaml:79:7
%10056 = pow %6302, %10055 : f64[] @ models/lib/nn.yaml:79:7
%10057 = sub %6283, %10056 : f64[] @ models/lib/nn.yaml:79:7
%10058 = div %3879, %10057 : f64[] @ models/lib/nn.yaml:79:7
%10059 = pow %6310, %10055 : f64[] @ models/lib/nn.yaml:79:7
%10060 = sub %6283, %10059 : f64[] @ models/lib/nn.yaml:79:7
%10061 = sqrt %10060 : f64[] @ models/lib/nn.yaml:79:7
%10062 = div %6283, %10061 : f64[] @ models/lib/nn.yaml:79:7
%10063 = sqrt %10054 : f32[24,24] @ models/lib/nn.yaml:79:7
%10064 = cast %10062 : f32[] @ models/lib/nn.yaml:79:7
%10065 = broadcast %10064 : f32[24,24] @ models/lib/nn.yaml:79:7
%10066 = mul %10063, %10065 : f32[24,24] @ models/lib/nn.yaml:79:7
%10067 = add %10066, %9670 : f32[24,24] @ models/lib/nn.yaml:79:7
%10068 = div %10050, %10067 : f32[24,24] @ models/lib/nn.yaml:79:7
%10069 = cast %10058 : f32[] @ models/lib/nn.yaml:79:7
%10070 = broadcast %10069 : f32[24,24] @ models/lib/nn.yaml:79:7
%10071 = mul %10068, %10070 : f32[24,24] @ models/lib/nn.yaml:79:7
%10072 = sub %10047, %10071 : f32[24,24] @ models/lib/nn.yaml:79:7
%10073 = assign %79, %10072 : f32[24,24] @ models/lib/nn.yaml:79:7
%10074 = assign %10043, %10050 : f32[24,24] @ models/lib/nn.yaml:79:7
%10075 = assign %10044, %10054 : f32[24,24] @ models/lib/nn.yaml:79:7
%10076 = assign %10045, %10046 : i64[] @ models/lib/nn.yaml:79:7
%10077 = mul %157, %9681 : f32[24,24] @ models/lib/nn.yaml:79:7
%10078 = mul %10072, %9683 : f32[24,24] @ models/lib/nn.yaml:79:7
%10079 = add %10077, %10078 : f32[24,24] @ models/lib/nn.yaml:79:7
%10080 = assign %157, %10079 : f32[24,24] @ models/lib/nn.yaml:79:7
%10081 = all_reduce_sum %5133 : f32[24] @ models/lib/nn.yaml:80:7
%10082 = mul %10081, %10081 : f32[24] @ models/lib/nn.yaml:80:7
%10083 = reduce_sum %10082 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10084 = sqrt %10083 : f32[] @ models/lib/nn.yaml:80:7
%10085 = cast %10084 : f64[] @ models/lib/nn.yaml:80:7
%10086 = add %10085, %6279 : f64[] @ models/lib/nn.yaml:80:7
%10087 = div %6281, %10086 : f64[] @ models/lib/nn.yaml:80:7
%10088 = lt %10087, %6283 : bool[] @ models/lib/nn.yaml:80:7
%10089 = cast %10087 : f32[] @ models/lib/nn.yaml:80:7
%10090 = broadcast %10089 : f32[24] @ models/lib/nn.yaml:80:7
%10091 = mul %10081, %10090 : f32[24] @ models/lib/nn.yaml:80:7
%10092 = broadcast %10088 : bool[24] @ models/lib/nn.yaml:80:7
%10093 = select %10092, %10091, %10081 : f32[24] @ models/lib/nn.yaml:80:7
%10094 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10095 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10096 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10097 = add %10096, %6293 : i64[] @ models/lib/nn.yaml:80:7
%10098 = mul %10093, %9587 : f32[24] @ models/lib/nn.yaml:80:7
%10099 = mul %10094, %9589 : f32[24] @ models/lib/nn.yaml:80:7
%10100 = add %10099, %10098 : f32[24] @ models/lib/nn.yaml:80:7
%10101 = mul %10093, %10093 : f32[24] @ models/lib/nn.yaml:80:7
%10102 = mul %10101, %9593 : f32[24] @ models/lib/nn.yaml:80:7
%10103 = mul %10095, %9595 : f32[24] @ models/lib/nn.yaml:80:7
%10104 = add %10103, %10102 : f32[24] @ models/lib/nn.yaml:80:7
%10105 = cast %10097 : f64[] @ models/lib/nn.yaml:80:7
%10106 = pow %6302, %10105 : f64[] @ models/lib/nn.yaml:80:7
%10107 = sub %6283, %10106 : f64[] @ models/lib/nn.yaml:80:7
%10108 = div %3879, %10107 : f64[] @ models/lib/nn.yaml:80:7
%10109 = pow %6310, %10105 : f64[] @ models/lib/nn.yaml:80:7
%10110 = sub %6283, %10109 : f64[] @ models/lib/nn.yaml:80:7
%10111 = sqrt %10110 : f64[] @ models/lib/nn.yaml:80:7
%10112 = div %6283, %10111 : f64[] @ models/lib/nn.yaml:80:7
%10113 = sqrt %10104 : f32[24] @ models/lib/nn.yaml:80:7
%10114 = cast %10112 : f32[] @ models/lib/nn.yaml:80:7
%10115 = broadcast %10114 : f32[24] @ models/lib/nn.yaml:80:7
%10116 = mul %10113, %10115 : f32[24] @ models/lib/nn.yaml:80:7
%10117 = add %10116, %9610 : f32[24] @ models/lib/nn.yaml:80:7
%10118 = div %10100, %10117 : f32[24] @ models/lib/nn.yaml:80:7
%10119 = cast %10108 : f32[] @ models/lib/nn.yaml:80:7
%10120 = broadcast %10119 : f32[24] @ models/lib/nn.yaml:80:7
%10121 = mul %10118, %10120 : f32[24] @ models/lib/nn.yaml:80:7
%10122 = sub %80, %10121 : f32[24] @ models/lib/nn.yaml:80:7
%10123 = assign %80, %10122 : f32[24] @ models/lib/nn.yaml:80:7
%10124 = assign %10094, %10100 : f32[24] @ models/lib/nn.yaml:80:7
%10125 = assign %10095, %10104 : f32[24] @ models/lib/nn.yaml:80:7
%10126 = assign %10096, %10097 : i64[] @ models/lib/nn.yaml:80:7
%10127 = mul %158, %9621 : f32[24] @ models/lib/nn.yaml:80:7
%10128 = mul %10122, %9623 : f32[24] @ models/lib/nn.yaml:80:7
%10129 = add %10127, %10128 : f32[24] @ models/lib/nn.yaml:80:7
%10130 = assign %158, %10129 : f32[24] @ models/lib/nn.yaml:80:7
%10131 = all_reduce_sum %5112 : f32[8,24] @ models/lib/nn.yaml:79:7
%10132 = reshape %10131 : f32[192] @ models/lib/nn.yaml:79:7
%10133 = mul %10132, %10132 : f32[192] @ models/lib/nn.yaml:79:7
%10134 = reduce_sum %10133 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10135 = sqrt %10134 : f32[] @ models/lib/nn.yaml:79:7
%10136 = cast %10135 : f64[] @ models/lib/nn.yaml:79:7
%10137 = add %10136, %6279 : f64[] @ models/lib/nn.yaml:79:7
%10138 = div %6281, %10137 : f64[] @ models/lib/nn.yaml:79:7
%10139 = lt %10138, %6283 : bool[] @ models/lib/nn.yaml:79:7
%10140 = cast %10138 : f32[] @ models/lib/nn.yaml:79:7
%10141 = broadcast %10140 : f32[8,24] @ models/lib/nn.yaml:79:7
%10142 = mul %10131, %10141 : f32[8,24] @ models/lib/nn.yaml:79:7
%10143 = broadcast %10139 : bool[8,24] @ models/lib/nn.yaml:79:7
%10144 = select %10143, %10142, %10131 : f32[8,24] @ models/lib/nn.yaml:79:7
%10145 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10146 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10147 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10148 = add %10147, %6293 : i64[] @ models/lib/nn.yaml:79:7
%10149 = mul %81, %9755 : f32[8,24] @ models/lib/nn.yaml:79:7
%10150 = mul %10144, %9757 : f32[8,24] @ models/lib/nn.yaml:79:7
%10151 = mul %10145, %9759 : f32[8,24] @ models/lib/nn.yaml:79:7
%10152 = add %10151, %10150 : f32[8,24] @ models/lib/nn.yaml:79:7
%10153 = mul %10144, %10144 : f32[8,24] @ models/lib/nn.yaml:79:7
%10154 = mul %10153, %9763 : f32[8,24] @ models/lib/nn.yaml:79:7
%10155 = mul %10146, %9765 : f32[8,24] @ models/lib/nn.yaml:79:7
%10156 = add %10155, %10154 : f32[8,24] @ models/lib/nn.yaml:79:7
%10157 = cast %10148 : f64[] @ models/lib/nn.yaml:79:7
%10158 = pow %6302, %10157 : f64[] @ models/lib/nn.yaml:79:7
%10159 = sub %6283, %10158 : f64[] @ models/lib/nn.yaml:79:7
%10160 = div %3879, %10159 : f64[] @ models/lib/nn.yaml:79:7
%10161 = pow %6310, %10157 : f64[] @ models/lib/nn.yaml:79:7
%10162 = sub %6283, %10161 : f64[] @ models/lib/nn.yaml:79:7
%10163 = sqrt %10162 : f64[] @ models/lib/nn.yaml:79:7
%10164 = div %6283, %10163 : f64[] @ models/lib/nn.yaml:79:7
%10165 = sqrt %10156 : f32[8,24] @ models/lib/nn.yaml:79:7
%10166 = cast %10164 : f32[] @ models/lib/nn.yaml:79:7
%10167 = broadcast %10166 : f32[8,24] @ models/lib/nn.yaml:79:7
%10168 = mul %10165, %10167 : f32[8,24] @ models/lib/nn.yaml:79:7
%10169 = add %10168, %9780 : f32[8,24] @ models/lib/nn.yaml:79:7
%10170 = div %10152, %10169 : f32[8,24] @ models/lib/nn.yaml:79:7
%10171 = cast %10160 : f32[] @ models/lib/nn.yaml:79:7
%10172 = broadcast %10171 : f32[8,24] @ models/lib/nn.yaml:79:7
%10173 = mul %10170, %10172 : f32[8,24] @ models/lib/nn.yaml:79:7
%10174 = sub %10149, %10173 : f32[8,24] @ models/lib/nn.yaml:79:7
%10175 = assign %81, %10174 : f32[8,24] @ models/lib/nn.yaml:79:7
%10176 = assign %10145, %10152 : f32[8,24] @ models/lib/nn.yaml:79:7
%10177 = assign %10146, %10156 : f32[8,24] @ models/lib/nn.yaml:79:7
%10178 = assign %10147, %10148 : i64[] @ models/lib/nn.yaml:79:7
%10179 = mul %159, %9791 : f32[8,24] @ models/lib/nn.yaml:79:7
%10180 = mul %10174, %9793 : f32[8,24] @ models/lib/nn.yaml:79:7
%10181 = add %10179, %10180 : f32[8,24] @ models/lib/nn.yaml:79:7
%10182 = assign %159, %10181 : f32[8,24] @ models/lib/nn.yaml:79:7
%10183 = all_reduce_sum %5104 : f32[8] @ models/lib/nn.yaml:80:7
%10184 = mul %10183, %10183 : f32[8] @ models/lib/nn.yaml:80:7
%10185 = reduce_sum %10184 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10186 = sqrt %10185 : f32[] @ models/lib/nn.yaml:80:7
%10187 = cast %10186 : f64[] @ models/lib/nn.yaml:80:7
%10188 = add %10187, %6279 : f64[] @ models/lib/nn.yaml:80:7
%10189 = div %6281, %10188 : f64[] @ models/lib/nn.yaml:80:7
%10190 = lt %10189, %6283 : bool[] @ models/lib/nn.yaml:80:7
%10191 = cast %10189 : f32[] @ models/lib/nn.yaml:80:7
%10192 = broadcast %10191 : f32[8] @ models/lib/nn.yaml:80:7
%10193 = mul %10183, %10192 : f32[8] @ models/lib/nn.yaml:80:7
%10194 = broadcast %10190 : bool[8] @ models/lib/nn.yaml:80:7
%10195 = select %10194, %10193, %10183 : f32[8] @ models/lib/nn.yaml:80:7
%10196 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10197 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10198 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10199 = add %10198, %6293 : i64[] @ models/lib/nn.yaml:80:7
%10200 = mul %10195, %9814 : f32[8] @ models/lib/nn.yaml:80:7
%10201 = mul %10196, %9816 : f32[8] @ models/lib/nn.yaml:80:7
%10202 = add %10201, %10200 : f32[8] @ models/lib/nn.yaml:80:7
%10203 = mul %10195, %10195 : f32[8] @ models/lib/nn.yaml:80:7
%10204 = mul %10203, %9820 : f32[8] @ models/lib/nn.yaml:80:7
%10205 = mul %10197, %9822 : f32[8] @ models/lib/nn.yaml:80:7
%10206 = add %10205, %10204 : f32[8] @ models/lib/nn.yaml:80:7
%10207 = cast %10199 : f64[] @ models/lib/nn.yaml:80:7
%10208 = pow %6302, %10207 : f64[] @ models/lib/nn.yaml:80:7
%10209 = sub %6283, %10208 : f64[] @ models/lib/nn.yaml:80:7
%10210 = div %3879, %10209 : f64[] @ models/lib/nn.yaml:80:7
%10211 = pow %6310, %10207 : f64[] @ models/lib/nn.yaml:80:7
%10212 = sub %6283, %10211 : f64[] @ models/lib/nn.yaml:80:7
%10213 = sqrt %10212 : f64[] @ models/lib/nn.yaml:80:7
%10214 = div %6283, %10213 : f64[] @ models/lib/nn.yaml:80:7
%10215 = sqrt %10206 : f32[8] @ models/lib/nn.yaml:80:7
%10216 = cast %10214 : f32[] @ models/lib/nn.yaml:80:7
%10217 = broadcast %10216 : f32[8] @ models/lib/nn.yaml:80:7
%10218 = mul %10215, %10217 : f32[8] @ models/lib/nn.yaml:80:7
%10219 = add %10218, %9837 : f32[8] @ models/lib/nn.yaml:80:7
%10220 = div %10202, %10219 : f32[8] @ models/lib/nn.yaml:80:7
%10221 = cast %10210 : f32[] @ models/lib/nn.yaml:80:7
%10222 = broadcast %10221 : f32[8] @ models/lib/nn.yaml:80:7
%10223 = mul %10220, %10222 : f32[8] @ models/lib/nn.yaml:80:7
%10224 = sub %82, %10223 : f32[8] @ models/lib/nn.yaml:80:7
%10225 = assign %82, %10224 : f32[8] @ models/lib/nn.yaml:80:7
%10226 = assign %10196, %10202 : f32[8] @ models/lib/nn.yaml:80:7
%10227 = assign %10197, %10206 : f32[8] @ models/lib/nn.yaml:80:7
%10228 = assign %10198, %10199 : i64[] @ models/lib/nn.yaml:80:7
%10229 = mul %160, %9848 : f32[8] @ models/lib/nn.yaml:80:7
%10230 = mul %10224, %9850 : f32[8] @ models/lib/nn.yaml:80:7
%10231 = add %10229, %10230 : f32[8] @ models/lib/nn.yaml:80:7
%10232 = assign %160, %10231 : f32[8] @ models/lib/nn.yaml:80:7
%10233 = broadcast %3 : f32[16,1] @ models/lib/dino.yaml:18:7
%10234 = mul %161, %10233 : f32[16,1] @ models/lib/dino.yaml:18:7
%10235 = broadcast %6342 : f32[16,1] @ models/lib/dino.yaml:18:7
%10236 = mul %83, %10235 : f32[16,1] @ models/lib/dino.yaml:18:7
%10237 = add %10234, %10236 : f32[16,1] @ models/lib/dino.yaml:18:7
%10238 = assign %161, %10237 : f32[16,1] @ models/lib/dino.yaml:18:7
%10239 = all_reduce_sum %5077 : f32[16,8] @ models/lib/dino.yaml:19:7
%10240 = reshape %10239 : f32[128] @ models/lib/dino.yaml:19:7
%10241 = mul %10240, %10240 : f32[128] @ models/lib/dino.yaml:19:7
%10242 = reduce_sum %10241 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%10243 = sqrt %10242 : f32[] @ models/lib/dino.yaml:19:7
%10244 = cast %10243 : f64[] @ models/lib/dino.yaml:19:7
%10245 = add %10244, %6279 : f64[] @ models/lib/dino.yaml:19:7
%10246 = div %6281, %10245 : f64[] @ models/lib/dino.yaml:19:7
%10247 = lt %10246, %6283 : bool[] @ models/lib/dino.yaml:19:7
%10248 = cast %10246 : f32[] @ models/lib/dino.yaml:19:7
%10249 = broadcast %10248 : f32[16,8] @ models/lib/dino.yaml:19:7
%10250 = mul %10239, %10249 : f32[16,8] @ models/lib/dino.yaml:19:7
%10251 = broadcast %10247 : bool[16,8] @ models/lib/dino.yaml:19:7
%10252 = select %10251, %10250, %10239 : f32[16,8] @ models/lib/dino.yaml:19:7
%10253 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%10254 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%10255 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%10256 = add %10255, %6293 : i64[] @ models/lib/dino.yaml:19:7
%10257 = broadcast %6297 : f32[16,8] @ models/lib/dino.yaml:19:7
%10258 = mul %84, %10257 : f32[16,8] @ models/lib/dino.yaml:19:7
%10259 = broadcast %3608 : f32[16,8] @ models/lib/dino.yaml:19:7
%10260 = mul %10252, %10259 : f32[16,8] @ models/lib/dino.yaml:19:7
%10261 = broadcast %2464 : f32[16,8] @ models/lib/dino.yaml:19:7
%10262 = mul %10253, %10261 : f32[16,8] @ models/lib/dino.yaml:19:7
%10263 = add %10262, %10260 : f32[16,8] @ models/lib/dino.yaml:19:7
%10264 = mul %10252, %10252 : f32[16,8] @ models/lib/dino.yaml:19:7
%10265 = broadcast %6307 : f32[16,8] @ models/lib/dino.yaml:19:7
%10266 = mul %10264, %10265 : f32[16,8] @ models/lib/dino.yaml:19:7
%10267 = broadcast %6311 : f32[16,8] @ models/lib/dino.yaml:19:7
%10268 = mul %10254, %10267 : f32[16,8] @ models/lib/dino.yaml:19:7
%10269 = add %10268, %10266 : f32[16,8] @ models/lib/dino.yaml:19:7
%10270 = cast %10256 : f64[] @ models/lib/dino.yaml:19:7
%10271 = pow %6302, %10270 : f64[] @ models/lib/dino.yaml:19:7
%10272 = sub %6283, %10271 : f64[] @ models/lib/dino.yaml:19:7
%10273 = div %3879, %10272 : f64[] @ models/lib/dino.yaml:19:7
%10274 = pow %6310, %10270 : f64[] @ models/lib/dino.yaml:19:7
%10275 = sub %6283, %10274 : f64[] @ models/lib/dino.yaml:19:7
%10276 = sqrt %10275 : f64[] @ models/lib/dino.yaml:19:7
%10277 = div %6283, %10276 : f64[] @ models/lib/dino.yaml:19:7
%10278 = sqrt %10269 : f32[16,8] @ models/lib/dino.yaml:19:7
%10279 = cast %10277 : f32[] @ models/lib/dino.yaml:19:7
%10280 = broadcast %10279 : f32[16,8] @ models/lib/dino.yaml:19:7
%10281 = mul %10278, %10280 : f32[16,8] @ models/lib/dino.yaml:19:7
%10282 = broadcast %6327 : f32[16,8] @ models/lib/dino.yaml:19:7
%10283 = add %10281, %10282 : f32[16,8] @ models/lib/dino.yaml:19:7
%10284 = div %10263, %10283 : f32[16,8] @ models/lib/dino.yaml:19:7
%10285 = cast %10273 : f32[] @ models/lib/dino.yaml:19:7
%10286 = broadcast %10285 : f32[16,8] @ models/lib/dino.yaml:19:7
%10287 = mul %10284, %10286 : f32[16,8] @ models/lib/dino.yaml:19:7
%10288 = sub %10258, %10287 : f32[16,8] @ models/lib/dino.yaml:19:7
%10289 = broadcast %9911 : bool[16,8] @ models/lib/dino.yaml:19:7
%10290 = select %10289, %84, %10288 : f32[16,8] @ models/lib/dino.yaml:19:7
%10291 = select %10289, %10253, %10263 : f32[16,8] @ models/lib/dino.yaml:19:7
%10292 = select %10289, %10254, %10269 : f32[16,8] @ models/lib/dino.yaml:19:7
%10293 = select %9911, %10255, %10256 : i64[] @ models/lib/dino.yaml:19:7
%10294 = assign %84, %10290 : f32[16,8] @ models/lib/dino.yaml:19:7
%10295 = assign %10253, %10291 : f32[16,8] @ models/lib/dino.yaml:19:7
%10296 = assign %10254, %10292 : f32[16,8] @ models/lib/dino.yaml:19:7
%10297 = assign %10255, %10293 : i64[] @ models/lib/dino.yaml:19:7
%10298 = broadcast %3 : f32[16,8] @ models/lib/dino.yaml:19:7
%10299 = mul %162, %10298 : f32[16,8] @ models/lib/dino.yaml:19:7
%10300 = broadcast %6342 : f32[16,8] @ models/lib/dino.yaml:19:7
%10301 = mul %10290, %10300 : f32[16,8] @ models/lib/dino.yaml:19:7
%10302 = add %10299, %10301 : f32[16,8] @ models/lib/dino.yaml:19:7
%10303 = assign %162, %10302 : f32[16,8] @ models/lib/dino.yaml:19:7
%10304 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%10305 = abs %3842 : f32[] @ models/dino_pass.yaml:149:3
%10306 = lt %10305, %10304 : bool[] @ models/dino_pass.yaml:149:3
%10307 = output %10306 name="finite" : bool[] @ models/dino_pass.yaml:149:3
